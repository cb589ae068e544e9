#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the eighty-second hand-labelled hold-out set (holdout82).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, HOTELS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, PTR, EW)

UK, FR, SC, NI, ENG, WA, EU = "UK", "France", "Scotland", "Northern Ireland", "England", "Wales", "EU"
GL, BEL, ALB, VN = "Glasgow", "Belfast", "Albania", "Vietnam"
HH, APPS, LICENCES, BUSINESSES = "other:households", "other:applications", "other:licences", "other:businesses"
DAYS, FLIGHTS = "other:days", "other:flights"

# 01 (Friday 28 August 2026; Home Office statistics to the end of June 2026 "released yesterday", Thursday 27 August)
EJ26 = "end of June 2026 (30 June 2026)"
FY26 = "2025/26 (April 2025 to March 2026; last year)"
SUMMER = "per day, summer 2026 (hotels; now)"
SHS = "Shadow Home Secretary"
HOSM = "Home Office spokesman"
# 02 (Thursday 12 March 2026; Home Office statistics for 2025 "released last month", MAC report "on Wednesday", 11 March)
SW = "visas_granted_skilled_worker"
THR = "skilled_worker_salary_threshold"
C25 = "2025 (calendar year; last year)"
CHART = " (chart, main applicants by quarter)"
LBC = "Lowfield Business Council survey, published 11 March 2026"
# 03 (Friday 31 July 2026; live page, posts from 08:05 to 18:42)
DAY = "31 July 2026 (today, Friday)"
YTD = "1 January to 31 July 2026 (so far this year)"
YTD25 = "1 January to 31 July 2025 (the same point last year)"
DEAL = "August 2025 to July 2026 (since the returns deal with France began last August"
OVERNIGHT = "night of 30 to 31 July 2026 (overnight"
SHS3 = "shadow home secretary"
# 04 (Monday 19 October 2026; council housing committee report due "on Thursday", 22 October)
EJ26G = "end of June 2026 (30 June 2026; Home Office data)"
MCRN = "Merchant City Refugee Network"
# 05 (Friday 26 June 2026; NISRA mid-2025 population estimates "released on Thursday", 25 June)
M25 = "mid-2025 (30 June 2025)"
YM25 = "year to mid-2025 (July 2024 to June 2025)"
# 06 (Friday 27 November 2026; Home Office statistics for the year ending September 2026 "published on Thursday", 26 November)
YS26 = "year ending September 2026 (October 2025 to September 2026; the 12 months to September)"
YS24 = "year ending September 2024 (October 2023 to September 2024)"
S30 = "30 September 2026"
GVG = "Gatehouse Visitors Group director"
# 07 (Thursday 28 May 2026; ONS provisional estimates for 2025 released "last Thursday", 21 May)
Y25 = "2025 (year ending December 2025; last year)"
YJ25 = "year ending June 2025 (July 2024 to June 2025)"
YM24 = "year to mid-2024 (July 2023 to June 2024)"

ARTICLES = {
    "01-daily-trowel-asylum-hotels-daily-cost": dict(
        meta=dict(url="https://www.dailytrowel.example/news/article-16204471/asylum-hotels-rise-again-28640-migrants-4-8million-a-day.html",
                  title="Number of migrants in asylum hotels RISES again to 28,640 - with taxpayers now paying £4.8MILLION a DAY to keep them there",
                  publisher="Daily Trowel", author="Oliver Pendragon-Askew", published_date="2026-08-28"),
        labels=[
            L("28,640", 28640, E, P, HOT, EJ26 + " (headline)", occ=0),
            L("£4.8MILLION", 4.8e6, E, GBP, AC, SUMMER + " (headline)"),
            L("8%", 8, E, PCT, HOT + "_change", "end of June 2026 vs end of March 2026 (in just three months; bullet)"),
            L("£168", 168, E, GBP, "asylum_hotel_cost_per_person_night", "per night, August 2026 (an average room now; bullet)", occ=0),
            L("nearly nine times", 9, ALM, RATIO, "asylum_hotel_cost_per_person_night_ratio",
              "August 2026 (hotel room vs ordinary housing; bullet)"),
            L("£5.38bn", 5.38e9, E, GBP, AC, FY26 + " (whole asylum system; a record; bullet)", occ=0),
            L("28,640", 28640, E, P, HOT, EJ26 + " (when June ended; Home Office statistics released yesterday)", occ=1),
            L("2,120", 2120, E, P, HOT + "_change", "end of June 2026 vs end of March 2026 (an increase since the end of March)"),
            L("roughly £4.8million", 4.8e6, AP, GBP, AC, SUMMER + " (the bill running at)"),
            L("about £1.75billion", 1.75e9, AP, GBP, AC, "per year, summer 2026 (hotels; across a full year)"),
            L("11 per cent", -11, E, PCT, HOT + "_change", EJ26 + " vs end of June 2025 (lower than in June last year)"),
            L("32,180", 32180, E, P, HOT, "end of June 2025 (June last year)"),
            L("£168", 168, E, GBP, "asylum_hotel_cost_per_person_night", "per night, August 2026 (a single hotel place, average; officials)", occ=1),
            L("about £19", 19, AP, GBP, "asylum_dispersal_cost_per_person_night", "per night, August 2026 (normal dispersal system; officials)"),
            L("196", 196, E, HOTELS, "asylum_hotels_in_use", "30 June 2026 (on June 30)"),
            L("183", 183, E, HOTELS, "asylum_hotels_in_use", "end of March 2026 (three months before)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "2023 (when hotel use peaked)"),
            L("More than a quarter", 25, MT, PCT, "asylum_support_share_hotels", EJ26 + " (of asylum seekers on state support)"),
            L("103,400", 103400, E, P, "asylum_support_population", EJ26 + " (on state support)"),
            L("almost one in five", 20, ALM, PCT, "asylum_hotel_population_share_children", EJ26 + " (hotel residents who are children)"),
            L("£5.38bn", 5.38e9, E, GBP, AC, FY26 + " (wider asylum system; a record; annual accounts published last month)", occ=1),
            L("almost 15 per cent", 15, ALM, PCT, AC + "_change", "2025/26 vs 2024/25 (wider asylum system)"),
            L("£4.69bn", 4.69e9, E, GBP, AC, "2024/25 (April 2024 to March 2025; wider asylum system)"),
            L("£4.8million", 4.8e6, E, GBP, AC, SUMMER + " (every single day; " + SHS + ")", ctx="a £4.8million tab"),
            L("more than 90,000", 90000, MT, P, SBA, "5 July 2024 to August 2026 (since July 5, 2024; " + SHS + ")"),
            L("310", 310, E, P, HOT, "August 2026 (now; one hotel brought back into use last month; borough councillor)", geo="Nuneaton"),
            L("a third", -THIRD, E, PCT, AC + "_change", "August 2026 vs the last government's peak (hotel spending; " + HOSM + ")",
              ctx="down by a third"),
            L("more than halved", -50, MT, PCT, "asylum_hotels_in_use_change",
              "August 2026 vs the last government's peak (sites in use; " + HOSM + ")"),
            L("37,600", 37600, E, P, "returns", "July 2025 to June 2026 (the last 12 months; " + HOSM + ")"),
            L("13 per cent", 13, E, PCT, "returns_change", "July 2025 to June 2026 vs the previous 12 months (" + HOSM + ")"),
        ]),
    "02-the-tenterhook-skilled-worker-visas-salary-threshold": dict(
        meta=dict(url="https://www.thetenterhook.example/content/3b9e71fa-employers-retreat-overseas-hiring-visa-salary-floor",
                  title="Employers retreat from overseas hiring as visa salary floor bites",
                  publisher="The Tenterhook", author="Harriet Quennell-Adebayo", published_date="2026-03-12"),
        labels=[
            L("more than a third", -THIRD, MT, PCT, SW + "_change", "2025 vs 2024 (main applicants; standfirst)", occ=0),
            L("£41,700", 41700, E, GBP, THR, "from 22 July 2025 (the minimum pay threshold; standfirst)", occ=0),
            L("more than a third", -THIRD, MT, PCT, SW + "_change", "2025 vs 2024 (main applicants)", occ=1),
            L("74,600", 74600, E, P, SW, C25 + " (main applicants, excluding the health and care route)"),
            L("37 per cent", -37, E, PCT, SW + "_change", "2025 vs 2024 (main applicants)"),
            L("118,400", 118400, E, P, SW, "2024 (calendar year; main applicants)"),
            L("£38,700", 38700, E, GBP, THR, "April 2024 to 21 July 2025 (before the July rise)"),
            L("£41,700", 41700, E, GBP, THR, "from 22 July 2025 (the general threshold)", occ=1),
            L("12,900", 12900, E, P, SW, "October to December 2025 (main applicants; the weakest quarter)"),
            L("23.1k", 23100, E, P, SW, "January to March 2025" + CHART),
            L("21.4k", 21400, E, P, SW, "April to June 2025" + CHART),
            L("17.2k", 17200, E, P, SW, "July to September 2025" + CHART),
            L("12.9k", 12900, E, P, SW, "October to December 2025" + CHART),
            L("£26,200", 26200, E, GBP, THR, "until April 2024"),
            L("59 per cent", 59, E, PCT, THR + "_change", "July 2025 vs before April 2024 (two increases in little over a year)"),
            L("about 7 per cent", 7, AP, PCT, THR + "_above_median_pay", "March 2026 (now; above median full-time earnings)"),
            L("44 per cent", -44, E, PCT, SW + "_dependants_change", "2025 vs 2024"),
            L("61,800", 61800, E, P, SW + "_dependants", C25),
            L("41 per cent", 41, E, PCT, SW + "_share_india", C25 + " (Indian nationals; main applicant grants)"),
            L("32 per cent", 32, E, PCT, "skills_charge_per_sponsored_worker_change",
              "from December 2025 vs before (immigration skills charge, larger employers)"),
            L("£1,000", 1000, E, GBP, "skills_charge_per_sponsored_worker", "per year, before December 2025 (immigration skills charge, larger employers)"),
            L("£1,320", 1320, E, GBP, "skills_charge_per_sponsored_worker", "per year, from December 2025 (immigration skills charge, larger employers)"),
            L("118,700", 118700, E, LICENCES, "sponsor_licences", "end of December 2025 (organisations holding a sponsor licence)"),
            L("5,600", -5600, E, LICENCES, "sponsor_licences_change", "end of December 2025 vs end of December 2024 (a drop on a year earlier)"),
            L("1,950", 1950, E, LICENCES, "sponsor_licences_revoked", C25),
            L("close to four times", 4, AP, RATIO, "sponsor_licences_revoked_ratio", "2025 vs 2023"),
            L("in the region of £15,000", 15000, AP, GBP, "sponsorship_cost_per_worker",
              "over five years of sponsorship, March 2026 (a mid-sized firm; fees, charge and surcharge; Migration Advisory Committee chair)"),
            L("1,140", 1140, E, BUSINESSES, "poll_sample_size", "March 2026 (employers surveyed; " + LBC + ")"),
            L("three in 10", 30, E, PCT, "employers_share_stopped_sponsorship", "July 2025 to March 2026 (stopped or paused since July; " + LBC + ")"),
            L("Some 46 per cent", 46, AP, PCT, "employers_share_would_not_sponsor_again", "March 2026 (at current costs; " + LBC + ")"),
            L("£41,700", 41700, E, GBP, THR, "from 22 July 2025 (the threshold; finance director, Midlands engineering group)", occ=2),
            L("£33,000", 33000, E, GBP, "local_pay_roles_below_threshold", "March 2026 (welders' roles, local pay; finance director, Midlands engineering group)",
              geo="Midlands"),
            L("204,000", 204000, E, P, NM, "year ending June 2025 (July 2024 to June 2025; ONS estimate, November 2025)"),
            L("less than a quarter", 0.25, LT, RATIO, NM + "_ratio", "year ending June 2025 vs the 2023 peak"),
        ]),
    "03-gantry-news-channel-crossings-live-dover": dict(
        meta=dict(url="https://news.gantry.example/channel-crossings-live-hundreds-more-reach-dover-as-years-total-passes-25000-13428810",
                  title="Channel crossings live: Hundreds more reach Dover as year's total passes 25,000",
                  publisher="Gantry News", author="Tamsin Okonjo-Fairlie", published_date="2026-07-31"),
        labels=[
            V("Hundreds", 200, 900, P, SBA, DAY + " (more reach Dover; headline)"),
            L("25,000", 25000, MT, P, SBA, YTD + " (year's total passes; headline)", ctx="passes 25,000"),
            L("853", 853, E, P, SBA, DAY + " (so far today; key points)", occ=0),
            L("14", 14, E, BOATS, SBC, DAY + " (so far today; key points)", ctx="853 people on 14 boats"),
            L("25,310", 25310, E, P, SBA, YTD + " (total for 2026; key points)", occ=0),
            L("12%", 12, E, PCT, SBA + "_change", YTD + " vs " + YTD25 + " (key points)", occ=0),
            L("five", 5, E, BOATS, "small_boat_launches_prevented", OVERNIGHT + "; French police; key points)", ctx="stopped five launches", geo=FR),
            L("853", 853, E, P, SBA, DAY + " (running total confirmed by the Home Office this evening)", occ=1),
            L("14", 14, E, BOATS, SBC, DAY + " (running total)", ctx="arrived on 14 boats"),
            L("about 61", 61, AP, PPB, "small_boat_occupancy", DAY + " (average per boat)"),
            L("more than double", 2, MT, RATIO, SBA + "_ratio", DAY + " vs 30 July 2026 (yesterday)"),
            L("412", 412, E, P, SBA, "30 July 2026 (yesterday, Thursday)"),
            L("seven", 7, E, BOATS, SBC, "30 July 2026 (yesterday, Thursday)", ctx="in seven boats"),
            L("5,940", 5940, E, P, SBA, "1 to 31 July 2026 (July's figure; 2026's busiest month to date)"),
            L("25,310", 25310, E, P, SBA, YTD + " (post heading)", occ=1),
            L("25,310", 25310, E, P, SBA, YTD + " (latest Home Office data)", occ=2),
            L("12%", 12, E, PCT, SBA + "_change", YTD + " vs " + YTD25 + " (by this date in 2025)", occ=1),
            L("22,600", 22600, E, P, SBA, YTD25 + " (by this date in 2025)"),
            L("1,097", 1097, E, P, SBA, "14 June 2026 (the busiest single day of 2026)"),
            L("54", 54, E, PPB, "small_boat_occupancy", YTD + " (average this year)"),
            L("53", 53, E, PPB, "small_boat_occupancy", "2025 (across the whole of last year)"),
            L("Roughly a third", THIRD, AP, PCT, "small_boat_arrivals_share_women_and_children",
              DAY + " (of those the charity helped today; Tideline Welcome spokeswoman)"),
            L("More than 25,000", 25000, MT, P, SBA, YTD + " (this year alone; " + SHS3 + ")"),
            V("a few thousand", 2000, 5000, P, "returns", DEAL + "; sent back; " + SHS3 + ")", geo=FR),
            V("tens of thousands", 20000, 90000, P, SBA, DEAL + "; have arrived; " + SHS3 + ")"),
            L("at least 26", 26, AL, P, "small_boat_deaths", YTD + " (International Organization for Migration)"),
            L("534", 534, E, P, SBA, DAY + " (brought ashore by noon; Home Office)"),
            L("nine", 9, E, BOATS, SBC, DAY + " (by noon; Home Office)", ctx="on nine boats"),
            L("five", 5, E, BOATS, "small_boat_launches_prevented", OVERNIGHT + "; launch attempts; French interior ministry)",
              ctx="intervened in five launch attempts", geo=FR),
            L("238", 238, E, P, "small_boat_launch_attempts_stopped_people", OVERNIGHT + "; French interior ministry)", geo=FR),
            L("Almost a third", THIRD, ALM, PCT, "small_boat_launches_prevented_share",
              YTD + " (attempted launches stopped before reaching the water; French interior ministry)", geo=FR),
            L("At least 200", 200, AL, P, SBA, DAY + " (by 09:40; post heading)"),
            L("at least 200", 200, AL, P, SBA, DAY + " (landed by 09:40 this morning; correspondent at the port)"),
            L("2,870", 2870, E, P, "returns", DEAL + "; 'one in, one out' pilot; Home Office, Thursday)", geo=FR),
        ]),
    "04-the-corrie-glasgow-asylum-council-housing": dict(
        meta=dict(url="https://www.thecorrie.example/news/glasgow/glasgow-housing-close-to-collapse-asylum-seekers-refugee-homelessness-5530917",
                  title="Glasgow housing 'close to collapse' as city shelters nearly four in five asylum seekers north of the border",
                  publisher="The Corrie", author="Catriona Drummuir-Mensah", published_date="2026-10-19"),
        labels=[
            L("nearly four in five", 80, ALM, PCT, "asylum_support_population_share_glasgow", EJ26G + " (headline)", occ=0, geo=SC),
            L("More than 4,000", 4000, MT, P, "asylum_support_population", EJ26G + " (in asylum accommodation; standfirst)", geo=GL),
            L("41 per cent", 41, E, PCT, "homelessness_applications_refugees_change", "2025/26 vs 2024/25 (in a year; standfirst)", occ=0, geo=GL),
            L("nearly four in five", 80, ALM, PCT, "asylum_support_population_share_glasgow", EJ26G, occ=1, geo=SC),
            L("4,180", 4180, E, P, "asylum_support_population", EJ26G, geo=GL),
            L("5,370", 5370, E, P, "asylum_support_population", EJ26G, geo=SC),
            L("9 per cent", 9, E, PCT, "asylum_support_population_change", "end of June 2026 vs end of June 2025 (a year earlier)", geo=GL),
            L("3,830", 3830, E, P, "asylum_support_population", "end of June 2025 (a year earlier)", geo=GL),
            L("roughly one in every 152", 100 / 152, AP, PCT, "asylum_support_population_share_of_residents", EJ26G + " (of Glaswegians)", geo=GL),
            L("about 300", 300, AP, P, "asylum_support_population", "2023 (housed elsewhere in Scotland, outside Glasgow, when dispersal widened)", geo=SC),
            L("1,190", 1190, E, P, "asylum_support_population", EJ26G + " (housed elsewhere in Scotland, outside Glasgow)", geo=SC),
            L("more than three times", 3, MT, RATIO, "asylum_support_population_ratio", EJ26G + " (Glasgow vs the rest of Scotland put together)", geo=GL),
            L("2,960", 2960, E, APPS, "homelessness_applications_refugees", "2025/26 (April 2025 to March 2026; council housing committee report)", geo=GL),
            L("41 per cent", 41, E, PCT, "homelessness_applications_refugees_change", "2025/26 vs 2024/25", occ=1, geo=GL),
            L("2,100", 2100, E, APPS, "homelessness_applications_refugees", "2024/25 (April 2024 to March 2025)", geo=GL),
            L("almost a third", THIRD, ALM, PCT, "homelessness_presentations_share_refugees", "2025/26 (of all homelessness applications)", geo=GL),
            L("three-quarters", 75, E, PCT, "homelessness_applications_refugees_share_single_men", "2025/26 (refugee applications from single men)", geo=GL),
            L("3,420", 3420, E, HH, "temporary_accommodation_households", "end of September 2026", geo=GL),
            L("640", 640, E, HH, "temporary_accommodation_households_bed_and_breakfast", "end of September 2026 (in hotels and bed and breakfasts)", geo=GL),
            L("£68m", 68e6, E, GBP, "council_temporary_accommodation_cost", "2026/27 (April 2026 to March 2027; expected)", geo=GL),
            L("£21.6m", 21.6e6, E, GBP, "council_homelessness_budget_overspend", "2026/27 (forecast)", geo=GL),
            L("More than 24,000", 24000, MT, HH, "housing_waiting_list_households", "October 2026 (now; the city's housing list)", geo=GL),
            L("16,800", 16800, E, HH, "temporary_accommodation_households", "end of March 2026 (when March ended; a record)", geo=SC),
            L("£1.3m", 1.3e6, E, GBP, "council_temporary_accommodation_cost", "per week, October 2026 (now; convener for housing)", geo=GL),
            L("£6.5m", 6.5e6, E, GBP, "scottish_government_emergency_housing_funding", "2026/27 (this year; extra, to cut use of hotels and B&Bs)", geo=GL),
            L("Two", 2, E, HOTELS, "asylum_hotels_in_use", "October 2026 (still in use)", ctx="Two hotels in Glasgow", geo=GL),
            L("around 460", 460, AP, P, HOT, "October 2026 (still house; on behalf of the Home Office)", geo=GL),
            L("1,870", 1870, E, P, "charity_service_users", "2025 (last year; " + MCRN + ")", geo=GL),
            L("a quarter", 25, E, PCT, "charity_service_users_change", "2025 vs 2024 (" + MCRN + ")", geo=GL),
            L("Half", 50, E, PCT, "charity_service_users_share_never_offered_tenancy", "2025 (last year; " + MCRN + " director)", geo=GL),
            L("£3.2m", 3.2e6, E, GBP, "home_office_refugee_move_on_funding", "2026/27 (this year; to Scottish councils; Home Office statement)", geo=SC),
        ]),
    "05-the-strangford-herald-nisra-population-migration": dict(
        meta=dict(url="https://www.strangfordherald.example/news/northern-ireland/population-edges-up-to-1-93-million-births-lowest-on-record-5120473",
                  title="Northern Ireland population edges up to 1.93 million as births fall to lowest level on record",
                  publisher="The Strangford Herald", author="Declan Ravensworth-Okafor", published_date="2026-06-26"),
        labels=[
            L("1.93 million", 1.93e6, E, P, "population", M25 + " (headline)", occ=0, geo=NI),
            L("almost half", 50, ALM, PCT, "net_migration_share_of_population_growth", YM25 + " (standfirst)", occ=0, geo=NI),
            L("1,931,700", 1931700, E, P, "population", M25 + " (NISRA mid-year estimates)", geo=NI),
            L("6,200", 6200, E, P, "population_growth", YM25 + " (over the 12 months)", geo=NI),
            L("0.3%", 0.3, E, PCT, "population_change", YM25, geo=NI),
            L("1.2%", 1.2, E, PCT, "population_change", YM24 + " (the latest comparable figure)", geo=EW),
            L("20,100", 20100, E, P, "births", YM25, geo=NI),
            L("3.4%", -3.4, E, PCT, "births_change", YM25 + " vs " + YM24, geo=NI),
            L("16,900", 16900, E, P, "deaths", YM25, geo=NI),
            L("3,200", 3200, E, P, "population_natural_change", YM25 + " (births outnumbered deaths)", geo=NI),
            L("24,800", 24800, E, P, "immigration", YM25 + " (moved to Northern Ireland, including from Great Britain; an estimated)", geo=NI),
            L("21,800", 21800, E, P, "emigration", YM25 + " (left, including for Great Britain)", geo=NI),
            L("3,000", 3000, E, P, NM, YM25, geo=NI),
            L("4,600", 4600, E, P, "net_migration_international", YM25 + " (outside the UK; a net gain)", geo=NI),
            L("1,600", -1600, E, P, "net_migration_rest_of_uk", YM25 + " (lost to Great Britain)", geo=NI),
            L("almost half", 50, ALM, PCT, "net_migration_share_of_population_growth", YM25 + " (NISRA head of population statistics)", occ=1, geo=NI),
            L("about a fifth", 20, AP, PCT, "net_migration_share_of_population_growth", "about 2015 (a decade ago; NISRA head of population statistics)", geo=NI),
            L("2,300", -2300, E, P, "population_revision", "mid-2024 (30 June 2024; estimate revised down)", geo=NI),
            L("0.6%", 0.6, E, PCT, "population_change", YM25 + " (caption)", occ=0, geo=BEL),
            L("0.6%", 0.6, E, PCT, "population_change", YM25, occ=1, geo=BEL),
            L("352,400", 352400, E, P, "population", M25, geo=BEL),
            L("more than a third", THIRD, MT, PCT, "population_growth_share_belfast", YM25 + " (of the province's increase)", geo=NI),
            L("0.2%", -0.2, E, PCT, "population_change", YM25, geo="Derry City and Strabane"),
            L("Some 339,800", 339800, AP, P, "population_aged_65_and_over", M25, geo=NI),
            L("more than one in six", SIXTH, MT, PCT, "population_share_aged_65_and_over", M25, geo=NI),
            L("about one in five", 20, AP, PCT, "population_share_aged_under_16", M25, geo=NI),
            L("19,650", 19650, E, P, "health_card_registrations_from_outside_uk", "2025 (calendar year; arriving from outside the UK, signed up with a GP)", geo=NI),
            L("6%", 6, E, PCT, "health_card_registrations_from_outside_uk_change", "2025 vs 2024 (a year earlier)", geo=NI),
            L("Around one in 15", 100 / 15, AP, PCT, "population_share_born_abroad", "March 2021 (2021 census; born outside the UK and Ireland)", geo=NI),
            L("1.93 million", 1.93e6, E, P, "population", M25, occ=1, geo=NI),
            L("2.8%", 2.8, E, PCT, "population_share_ni_of_uk", M25, geo=UK),
            L("about 1.97 million", 1.97e6, AP, P, "population_projection", "late 2040s (projected peak; NISRA's most recent projections)", geo=NI),
            L("about 15,800", 15800, AP, P, "deaths", "per year, before the COVID-19 pandemic (before 2020)", geo=NI),
        ]),
    "06-the-flint-detention-removals-albania-vietnam": dict(
        meta=dict(url="https://www.theflint.example/news/uk/home-news/vietnam-albania-removals-charter-flights-immigration-detention-b2861034.html",
                  title="Removals to Vietnam nearly quadruple as Home Office fills detention centres to clear charter flights",
                  publisher="The Flint", author="Leila Marchbank-Oyelaran", published_date="2026-11-27"),
        labels=[
            L("nearly quadruple", 4, ALM, RATIO, "returns_ratio", YS26 + " vs " + YS24 + " (Vietnamese nationals; headline)", geo=VN),
            L("More than 2,200", 2200, MT, P, "detention_population", S30 + " (locked up under immigration powers; standfirst)"),
            L("almost quadrupled", 4, ALM, RATIO, "returns_ratio", YS26 + " vs " + YS24 + " (Vietnamese nationals forcibly removed; in two years)", geo=VN),
            L("1,310", 1310, E, P, "returns", YS26 + " (Vietnamese nationals)", geo=VN),
            L("340", 340, E, P, "returns", YS24 + " (Vietnamese nationals)", geo=VN),
            L("Some 3,420", 3420, AP, P, "returns", YS26 + " (Albanians; enforced returns)", geo=ALB),
            L("more than a quarter", 25, MT, PCT, "returns_share_albania", YS26 + " (of enforced returns)"),
            L("11,860", 11860, E, P, "returns", YS26 + " (enforced returns overall)"),
            L("17 per cent", 17, E, PCT, "returns_change", YS26 + " vs the previous year (enforced returns)"),
            L("more than 16,000", 16000, MT, P, "returns",
              "December 2022 to November 2026 (since the UK-Albania returns agreement; Albanians, forced or voluntary)", geo=ALB),
            L("2,280", 2280, E, P, "detention_population", S30 + " (removal centres and short-term holding facilities)"),
            L("19 per cent", 19, E, PCT, "detention_population_change", S30 + " vs 30 September 2025 (a year earlier)"),
            L("410", 410, E, P, "detention_population", S30 + " (Albanians, the largest single group)"),
            L("190", 190, E, P, "detention_population", S30 + " (Vietnamese nationals)"),
            L("29,600", 29600, E, P, "detention_entries", YS26 + " (entered detention during the year)"),
            L("54 per cent", 54, E, PCT, "detention_leavers_share_returned", YS26 + " (of those who left; removed from the country)"),
            L("one in five", 20, E, PCT, "detention_leavers_share_held_over_28_days", YS26 + " (of those who left)", ctx="and one in five had spent"),
            L("412 days", 412, E, DAYS, "detention_length_max", S30 + " (the longest current detention)"),
            L("£131", 131, E, GBP, "detention_cost_per_person_day", "per day, 2026 (average)"),
            L("25", 25, E, FLIGHTS, "charter_removal_flights", YS26 + " (to Albania and Vietnam; over the 12 months)", ctx="ran 25 charter flights",
              geo="Albania and Vietnam"),
            L("58", 58, E, P, "returns", "24 November 2026 (Tuesday; one charter flight from Stansted to Hanoi)", geo=VN),
            L("740", 740, E, P, "charity_service_users", "2025 (last year; people in detention; " + GVG + ")"),
            L("More than half", 50, MT, PCT, "detention_charity_clients_share_released_without_removal", "2025 (eventually released; " + GVG + ")"),
            L("2,860", 2860, E, P, SBA, YS26 + " (Vietnamese nationals; the fifth largest group)"),
            L("more than 12,000", 12000, MT, P, SBA, "2022 (calendar year; Albanians)"),
            L("fewer than 600", 600, LT, P, SBA, YS26 + " (Albanians; the latest 12 months)"),
            L("£290m", 290e6, E, GBP, PTR, "April 2022 to July 2024 (the previous government's Rwanda policy; paid to Rwanda)"),
            L("about one in five", 20, AP, PCT, "returns_share_of_return_orders", "latest year (Eurostat; people issued a return decision who actually departed)", geo=EU),
            L("more than 61,000", 61000, MT, P, "returns", "July 2024 to November 2026 (since July 2024; Home Office spokesperson)"),
        ]),
    "07-the-kerf-net-migration-explained-components": dict(
        meta=dict(url="https://thekerf.example/news/politics/net-migration-explained-how-measured-why-figure-changes-3412907",
                  title="What is net migration, how is it measured and why does the figure keep changing?",
                  publisher="The Kerf", author="Aoife Penhallow-Nakamura", published_date="2026-05-28"),
        labels=[
            L("171,000", 171000, E, P, NM, Y25 + " (standfirst)", occ=0),
            L("171,000", 171000, E, P, NM, Y25 + " (ONS first estimate, released last Thursday)", occ=1),
            L("57 per cent", -57, E, PCT, NM + "_change", "2025 vs 2024"),
            L("398,000", 398000, E, P, NM, "2024 (calendar year; current estimate)", occ=0),
            L("802,000", 802000, E, P, "immigration", Y25 + " (an estimated; arrived)"),
            L("631,000", 631000, E, P, "emigration", Y25 + " (departed)"),
            L("171,000", 171000, E, P, NM, Y25 + " (the population larger by)", occ=2),
            L("611,000", 611000, E, P, "immigration_non_eu", Y25),
            L("265,000", 265000, E, P, "emigration_non_eu", Y25),
            L("346,000", 346000, E, P, "net_migration_non_eu", Y25 + " (a net inflow)"),
            L("about three-quarters", 75, AP, PCT, "immigration_share_non_eu", Y25 + " (of all immigration)"),
            L("about a third", THIRD, AP, PCT, "immigration_share_study_non_eu", Y25 + " (of non-EU arrivals; came to study)"),
            L("86,000", 86000, E, P, "immigration_eu", Y25),
            L("165,000", 165000, E, P, "emigration_eu", Y25),
            L("minus 79,000", -79000, E, P, "net_migration_eu", Y25),
            L("about a quarter", 25, AP, PCT, "emigration_share_eu", Y25 + " (of everyone leaving)"),
            L("105,000", 105000, E, P, "immigration_british", Y25 + " (came home)"),
            L("201,000", 201000, E, P, "emigration_british", Y25 + " (moved abroad)"),
            L("96,000", -96000, E, P, "net_migration_british_nationals", Y25 + " (a net outflow)"),
            L("171,000", 171000, E, P, NM, Y25 + " (the three components added together)", occ=3),
            L("204,000", 204000, E, P, NM, YJ25 + " (first estimate)"),
            L("38,000", 38000, E, P, NM + "_revision", YJ25 + " (revised up)"),
            L("242,000", 242000, E, P, NM, YJ25 + " (revised estimate)"),
            L("431,000", 431000, E, P, NM, "2024 (calendar year; first published a year ago)"),
            L("33,000", -33000, E, P, NM + "_revision", "2024 (calendar year; revised down)"),
            L("398,000", 398000, E, P, NM, "2024 (calendar year; today's revised estimate)", occ=1),
            L("944,000", 944000, E, P, NM, "year ending March 2023 (April 2022 to March 2023; the record)"),
            L("about 690,000", 690000, AP, P, "net_migration_international", YM24 + " (ONS population estimates)", geo=EW),
            L("roughly 659,000", 659000, AP, P, "net_migration_international", YM24, geo=ENG),
            L("about 31,000", 31000, AP, P, "net_migration_international", YM24, geo=WA),
            L("about 340,000", 340000, AP, P, "net_migration_forecast", "per year, long run (Office for Budget Responsibility assumption)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
