#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the sixty-first hand-labelled hold-out set (holdout61).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, PPB, YEARS, THIRD, EUR, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, PTR, RSC, RSP)

UK, FR, WA, RW = "UK", "France", "Wales", "Rwanda"
OPS, AREAS, HH, P10K = "other:operations", "other:council_areas", "other:households", "other:persons_per_10000_residents"
IMM, EMI = "immigration", "emigration"
DISP, DISP10K = "asylum_dispersal_population", "asylum_dispersal_population_per_10000_residents"
DEATHS, OCC = "small_boat_deaths", "small_boat_occupancy"

# 01 (Thursday 26 November 2026; ONS release of the same day)
YJ26 = "year to June 2026 (July 2025 to June 2026)"
YJ25 = "year to June 2025 (July 2024 to June 2025)"
YJ23 = "year to June 2023 (July 2022 to June 2023; peak)"
BOX = " (Key figures box)"
# 02 (Thursday 16 July 2026)
FY2526, FY2425, FY2324 = "2025/26 (financial year)", "2024/25 (financial year, the year before)", "2023/24 (financial year; peak)"
EM26 = "end of March 2026 (31 March 2026)"
# 03 (Monday 8 June 2026)
SAT, SUN = "Saturday 6 June 2026", "Sunday 7 June 2026"
WKND = "Saturday 6 to Sunday 7 June 2026 (the weekend)"
YTD, YTD25 = "1 January to 7 June 2026 (so far this year)", "1 January to 7 June 2025 (same date in 2025)"
# 04 (Tuesday 10 March 2026; the claim made on Sunday 8 March 2026)
CLAIM = "April 2022 to July 2024 (claim; Cabinet minister, Sunday 8 March 2026)"
PAID = "April 2022 to April 2024 (total paid to Rwanda)"
SCHEME = "April 2022 to July 2024 (total cost of the scheme; Home Office)"
DEAL = "Migration and Economic Development Partnership (April 2022; planned, never made)"
# 05 (Saturday 12 September 2026)
Y25 = "2025 (calendar year)"
# 06 (Wednesday 14 October 2026)
SO_FAR = "1 January to 13 October 2026 (so far in 2026)"
TUE = "Tuesday 13 October 2026"
# 07 (Friday 27 November 2026; Home Office statistics of Thursday 26 November)
ES26, ES25 = "end of September 2026 (30 September 2026)", "end of September 2025 (twelve months earlier)"

ARTICLES = {
    "01-daily-kettledrum-net-migration-falls-home-secretary": dict(
        meta=dict(url="https://www.dailykettledrum.example/news/politics/net-migration-plunges-158000-home-secretary-job-half-done",
                  title="Net migration plunges to 158,000 - but Home Secretary warns 'the job is only half done'",
                  publisher="Daily Kettledrum", author="Tamsin Ruddle-Okafor", published_date="2026-11-26"),
        labels=[
            L("158,000", 158000, E, P, NM, YJ26 + " (headline)", occ=0),
            L("158,000", 158000, E, P, NM, YJ26 + " (in the year to June)", occ=1),
            L("29 per cent", -29, E, PCT, NM + "_change", YJ26 + " vs " + YJ25 + " (in twelve months)"),
            L("221,000", 221000, E, P, NM, YJ25 + " (revised estimate, ONS November 2026)"),
            L("204,000", 204000, E, P, NM, YJ25 + " (first estimate)"),
            L("906,000", 906000, E, P, NM, YJ23),
            L("more than five times", 5, MT, RATIO, NM + "_ratio", YJ23 + " vs " + YJ26 + " (peak against today's level)"),
            L("Some 776,000", 776000, AP, P, IMM, YJ26),
            L("6 per cent", -6, E, PCT, IMM + "_change", YJ26 + " vs " + YJ25 + " (fewer than a year earlier)"),
            L("618,000", 618000, E, P, EMI, YJ26),
            L("261,000", 261000, E, P, "emigration_british", YJ26 + " (highest since the current series began)", occ=0),
            L("139,000", 139000, E, P, "immigration_british", YJ26 + " (Britons moving back)"),
            L("122,000", -122000, E, P, "net_migration_british_nationals", YJ26 + " (net outflow)"),
            L("close to a million", 1000000, ALM, P, NM, "July 2024 (per year, when the government came into office; Home Secretary)"),
            L("158,000", 158000, E, P, NM, YJ26 + " (today; Home Secretary)", occ=2),
            L("38 per cent", -38, E, PCT, "visas_granted_skilled_worker_change", "July 2024 to 2026 (cut since the government came into office; Home Secretary)"),
            L("more than 75,000", 75000, MT, P, "returns", "July 2024 to November 2026 (since July 2024; Home Secretary)"),
            L("more than halved", -50, MT, PCT, HOT + "_change", "2023 peak to November 2026 (Home Secretary)"),
            L("More than 38,000", 38000, MT, P, SBA, "1 January to 25 November 2026 (since January; Shadow Home Secretary)"),
            L("26,900", 26900, E, P, HOT, "end of September 2026 (still in hotels; Shadow Home Secretary)"),
            L("601,000", 601000, E, P, "immigration_non_eu", YJ26),
            L("roughly four in five", 80, AP, PCT, "immigration_share_non_eu", YJ26 + " (non-EU nationals' share of arrivals)"),
            L("259,000", 259000, E, P, "immigration_study_non_eu", YJ26 + " (study the biggest single driver)"),
            L("172,000", 172000, E, P, "immigration_work_non_eu", YJ26),
            L("12.9k", 12900, E, P, "visas_granted_health_care_worker", "year to September 2026 (October 2025 to September 2026; lead applicants; Home Office)"),
            L("105.5k", 105500, E, P, "visas_granted_health_care_worker", "year to September 2024 (two years earlier; lead applicants)"),
            L("minus 14,000", -14000, E, P, "net_migration_eu", YJ26 + " (third year in a row of more leaving than coming)"),
            L("about four-fifths", 80, AP, PCT, "net_migration_share_of_fall_from_immigration", YJ26 + " vs " + YJ25 + " (share of the annual fall from fewer arrivals; Penderel Institute demographer)"),
            L("158k", 158000, E, P, NM, YJ26 + BOX),
            L("776k", 776000, E, P, IMM, YJ26 + BOX),
            L("618k", 618000, E, P, EMI, YJ26 + BOX),
            L("261k", 261000, E, P, "emigration_british", YJ26 + " (Britons leaving)" + BOX),
        ]),
    "02-estuary-broadcasting-verify-asylum-system-cost": dict(
        meta=dict(url="https://www.ebn.example/news/uk-politics-verify-asylum-system-cost",
                  title="How much does the asylum system cost?",
                  publisher="EBN News", author="Priya Halloran-Mbeki", published_date="2026-07-16"),
        labels=[
            L("£4.4bn", 4.4e9, E, GBP, AC, FY2526 + " (Home Office annual report)", occ=0),
            L("£4.8bn", 4.8e9, E, GBP, AC, FY2425),
            L("8%", -8, E, PCT, AC + "_change", FY2526 + " vs " + FY2425),
            L("£5.4bn", 5.4e9, E, GBP, AC, FY2324),
            L("more than four times", 4, MT, RATIO, AC + "_ratio", FY2526 + " vs before Covid (2019/20)"),
            L("roughly £1bn", 1e9, AP, GBP, AC, "per year before Covid (2019/20)"),
            L("about £145", 145, AP, GBP, "asylum_hotel_cost_per_person_night", "per person per night (NAO estimate)"),
            L("£14", 14, E, GBP, "asylum_dispersal_cost_per_person_night", "per person per night (shared flat or house; NAO estimate)"),
            L("roughly ten times", 10, AP, RATIO, "asylum_hotel_cost_per_person_night_ratio", "hotel bed against shared housing (NAO estimates)"),
            L("30,400", 30400, E, P, HOT, EM26),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "per person per night (NAO estimate; repeated)", ctx="At £145 each"),
            L("about £4.4m", 4.4e6, AP, GBP, AC, EM26 + " (per day; asylum hotels)"),
            L("approximately £1.6bn", 1.6e9, AP, GBP, AC, "per year (full year at end of March 2026 levels; asylum hotels)"),
            L("more than a third", THIRD, MT, PCT, "asylum_cost_share_hotels", FY2526 + " (hotels' share of the total bill)"),
            L("76,900", 76900, E, P, DISP, EM26 + " (dispersal accommodation and other housing)"),
            L("107,300", 107300, E, P, "asylum_support_population", EM26),
            L("a little over a quarter", 25, MT, PCT, "asylum_support_share_hotels", EM26),
            L("well over half", 50, MT, PCT, "asylum_cost_share_hotels", EM26 + " (share of spending on accommodation)"),
            L("£4.4bn", 4.4e9, E, GBP, AC, FY2526 + " (repeated)", occ=1),
            L("roughly £41,000", 41000, AP, GBP, "asylum_cost_per_person_per_year", FY2526 + " (per person supported)"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week (standard allowance, self-catering housing)"),
            L("£4.5bn", 4.5e9, E, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (original estimate for the ten-year contracts)"),
            L("£15.3bn", 15.3e9, E, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (NAO current estimate)"),
            L("£10.8bn", 10.8e9, E, GBP, "asylum_accommodation_contracts_cost_change", "2019 to 2029 (NAO current estimate vs original estimate)"),
            L("175,457", 175457, E, P, "asylum_backlog", "June 2023 (record; awaiting an initial decision)"),
            L("62,400", 62400, E, P, "asylum_backlog", EM26 + " (awaiting an initial decision)"),
            L("almost two-thirds", -200 / 3, ALM, PCT, "asylum_backlog_change", EM26 + " vs June 2023"),
            L("48,900", 48900, E, P, "asylum_backlog_appeals", EM26),
            L("about three-quarters", 75, AP, PCT, "asylum_backlog_appeals_change", EM26 + " vs end of March 2025 (in a year)"),
            L("about £715m", 715e6, AP, GBP, RSC, "April 2022 to July 2024 (by the time it was scrapped)"),
            L("£290m", 290e6, E, GBP, PTR, "April 2022 to July 2024 (went straight to Kigali)"),
            L("Four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers relocated)"),
            L("around £1bn", 1e9, AP, GBP, "asylum_hotel_exit_saving", "per year (Home Office estimate of moving everyone out of hotels)"),
            L("roughly 9,000", 9000, AP, P, "asylum_applications", "per month (July 2026; councils)"),
        ]),
    "03-bollard-wire-weekend-channel-crossings": dict(
        meta=dict(url="https://www.bollardwire.example/home-news/immigration/more-than-1200-migrants-cross-channel-weekend-sunday-high",
                  title="More than 1,200 migrants cross Channel over weekend as Sunday sets new high for 2026",
                  publisher="Bollard Wire", author="Callum Ostrowski-Reid", published_date="2026-06-08"),
        labels=[
            L("More than 1,200", 1200, MT, P, SBA, WKND + " (headline)"),
            L("Some 1,284", 1284, AP, P, SBA, WKND),
            L("512", 512, E, P, SBA, SAT),
            L("nine", 9, E, BOATS, SBC, SAT),
            L("772", 772, E, P, SBA, SUN + " (highest daily number so far this year)"),
            L("13", 13, E, BOATS, SBC, SUN),
            L("701", 701, E, P, SBA, "Tuesday 14 April 2026 (previous high for 2026)"),
            L("around 58", 58, AP, PPB, OCC, WKND + " (average per boat across the two days)"),
            L("53", 53, E, PPB, OCC, "2024 (calendar year; average)"),
            L("more than double", 2, MT, RATIO, SBA + "_ratio", SUN + " vs Sunday 1 June 2025 (first Sunday of June last year)"),
            L("341", 341, E, P, SBA, "Sunday 1 June 2025 (first Sunday of June last year)"),
            L("14,927", 14927, E, P, SBA, YTD + " (provisional total)"),
            L("6%", 6, E, PCT, SBA + "_change", YTD + " vs " + YTD25),
            L("14,082", 14082, E, P, SBA, YTD25),
            L("23%", 23, E, PCT, SBA + "_change", YTD + " vs 1 January to 7 June 2024 (equivalent point in 2024)"),
            L("1,930", 1930, E, P, SBA, "1 to 7 June 2026 (so far this month)"),
            L("3,861", 3861, E, P, SBA, "May 2026"),
            L("almost a third", THIRD, ALM, PCT, SBA + "_change", "May 2026 vs April 2026"),
            L("2,964", 2964, E, P, SBA, "April 2026"),
            L("41,472", 41472, E, P, SBA, "2025 (calendar year; last year)"),
            L("45,774", 45774, E, P, SBA, "2022 (calendar year; record)"),
            L("two", 2, E, BOATS, SBC, SUN + " (RNLI lifeboat called out)", ctx="called out to two boats", geo="Dungeness"),
            L("roughly one in six", 100 / 6, AP, PCT, "small_boat_arrivals_share_afghan", "January to March 2026 (first three months of the year)"),
            L("Around 95%", 95, AP, PCT, "small_boat_arrivals_share_claiming_asylum", "current (Home Office data)"),
            L("346", 346, E, P, "small_boat_launch_attempts_stopped_people", WKND + " (Dunkirk to Boulogne-sur-Mer; French authorities)", geo=FR),
            L("two", 2, E, P, DEATHS, SAT + " (off Equihen-Plage; maritime prefecture)", ctx="said two people died", geo="Equihen-Plage"),
            L("at least 17", 17, AL, P, DEATHS, "1 January to 6 June 2026 (in 2026; French officials)"),
            L("1,146", 1146, E, P, "returns", "September 2025 to 7 June 2026 (to date under the returns agreement; Home Office)", geo=FR),
            L("more than 50,000", 50000, MT, P, SBA, "2026 (calendar year; projected at this rate; Shadow Home Secretary)"),
            L("Fewer than one in ten", 10, LT, PCT, "small_boat_arrivals_share_with_legal_route", "June 2026 (people seen by the Lowshore Refugee Trust with a legal route open)"),
        ]),
    "04-checkweigh-fact-check-rwanda-payments": dict(
        meta=dict(url="https://www.checkweigh.example/fact-checks/immigration/uk-rwanda-700m-payments",
                  title="Did the UK pay Rwanda £700m for nothing?",
                  publisher="Checkweigh", author="Oona Castellane-Pryce", published_date="2026-03-10"),
        labels=[
            L("£700m", 700e6, E, GBP, PTR, CLAIM + " (headline)", occ=0),
            L("£700m", 700e6, E, GBP, PTR, CLAIM + " (What was claimed box)", occ=1),
            L("About £290m", 290e6, AP, GBP, PTR, PAID + " (Our verdict box)"),
            L("£700m", 700e6, E, GBP, PTR, CLAIM + " (Our verdict box)", occ=2),
            L("£715m", 715e6, E, GBP, RSC, SCHEME + " (Our verdict box)", ctx="put at £715m"),
            L("Four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (Our verdict box)"),
            L("£700m", 700e6, E, GBP, PTR, CLAIM, occ=3),
            L("£140m", 140e6, E, GBP, PTR, "2022"),
            L("£100m", 100e6, E, GBP, PTR, "2023 (the following year)"),
            L("£50m", 50e6, E, GBP, PTR, "April 2024"),
            L("£290m", 290e6, E, GBP, PTR, PAID, ctx="adds up to £290m"),
            L("£370m", 370e6, E, GBP, RSP, DEAL + " (to the fund over five years)"),
            L("£120m", 120e6, E, GBP, RSP, DEAL + " (when the 300th person arrived)"),
            L("£20,000", 20000, E, GBP, RSP, DEAL + " (per person relocated)"),
            L("up to £150,874", 150874, AM, GBP, RSP, DEAL + " (per person, processing and accommodation)"),
            L("about £715m", 715e6, AP, GBP, RSC, SCHEME, occ=0),
            L("£290m", 290e6, E, GBP, PTR, PAID, ctx="includes the £290m"),
            L("about £425m", 425e6, AP, GBP, RSC, SCHEME + " (spent elsewhere than Rwanda: detention, staff, legal work, IT, flights)"),
            L("£700m", 700e6, E, GBP, PTR, CLAIM + " (the claim's figure)", occ=4),
            L("almost two and a half times", 2.5, ALM, RATIO, PTR + "_ratio", CLAIM + " vs " + PAID),
            L("about two-fifths", 40, AP, PCT, "payment_to_rwanda_share_of_scheme_cost", SCHEME),
            L("around £750m", 750e6, AP, GBP, "rwanda_scheme_cancellation_saving", "after July 2024 (future spending avoided; government)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (separate voluntary arrangement)", ctx="But four people"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "April 2022 to July 2024 (per person relocated)"),
            L("nearly £180m", 180e6, ALM, GBP, "rwanda_scheme_cost_per_relocation", SCHEME + " (per person relocated)"),
            L("5,700", 5700, E, P, "rwanda_removal_cohort", "2024 (picked out for the first removals; Home Office figures)"),
            L("about 2,100", 2100, AP, P, "rwanda_removal_cohort_reporting", "2024 (still reporting to officials; Home Office figures)"),
            L("about £715m", 715e6, AP, GBP, RSC, SCHEME + " (a more accurate statement)", occ=1),
            L("less than half", 50, LT, PCT, "payment_to_rwanda_share_of_scheme_cost", SCHEME + " (a more accurate statement)"),
        ]),
    "05-the-offing-essay-young-britons-emigrating": dict(
        meta=dict(url="https://www.theoffing.example/p/the-quiet-exodus-of-the-young",
                  title="The quiet exodus of the young",
                  publisher="The Offing", author="Rosalind Quarrie-Oduya", published_date="2026-09-12"),
        labels=[
            L("257,000", 257000, E, P, "emigration_british", Y25 + " (ONS)"),
            L("143,000", 143000, E, P, "immigration_british", Y25),
            L("114,000", -114000, E, P, "net_migration_british_nationals", Y25 + " (net loss)"),
            L("nearly two", 2, ALM, RATIO, "emigration_british_ratio", Y25 + " (Britons leaving for every Briton who came home)"),
            L("Roughly three in five", 60, AP, PCT, "emigration_british_share_aged_16_34", Y25),
            L("some 154,000", 154000, AP, P, "emigration_british_aged_16_34", Y25),
            L("29", 29, E, YEARS, "emigration_british_median_age", Y25),
            L("about four times", 4, AP, RATIO, "house_price_to_earnings_ratio", "1988", geo="England"),
            L("about eight times", 8, AP, RATIO, "house_price_to_earnings_ratio", "2026 (today)", geo="England"),
            L("£2,250", 2250, E, GBP, "private_rent_average_monthly", "2026 (per month; young renter)", geo="London"),
            L("about 41%", 41, AP, PCT, "rent_share_of_take_home_pay_graduate", "2026 (typical graduate)", geo="London"),
            L("£29,970", 29970, E, GBP, "nurse_salary_newly_qualified", "2026 (starting salary)", geo="England"),
            L("roughly £37,000", 37000, AP, GBP, "nurse_salary_newly_qualified", "2026 (equivalent post)", geo="Western Australia"),
            L("21,400", 21400, E, P, "working_holiday_visas_granted_britons", "2024/25", geo="Australia"),
            L("almost double", 2, ALM, RATIO, "working_holiday_visas_granted_britons_ratio", "2024/25 vs 2019/20", geo="Australia"),
            L("11,200", 11200, E, P, "working_holiday_visas_granted_britons", "2019/20", geo="Australia"),
            L("about 9,800", 9800, AP, P, "canada_permanent_residents_british", Y25 + " (last year; admitted as permanent residents)", geo="Canada"),
            L("17%", 17, E, PCT, "canada_permanent_residents_british_change", Y25 + " vs 2024", geo="Canada"),
            L("Roughly 1.1m", 1.1e6, AP, P, "uk_born_population_abroad", "2026 (already live there)", geo="Australia"),
            L("about 5.5 million", 5.5e6, AP, P, "british_nationals_resident_abroad", "2026 (the diaspora as a whole)", geo="Outside the UK"),
            L("one in five", 20, E, PCT, "public_share_considering_emigration_under_35", "spring 2026 (aged 18 to 34 expecting to live abroad in five years; poll)"),
            L("closer to a quarter", 25, AP, PCT, "public_share_considering_emigration_under_35", "spring 2026 (those with a degree; poll)"),
            L("187,000", 187000, E, P, NM, Y25),
            L("a quarter", 25, E, PCT, "uk_doctors_overseas_certificate_applications_change", "2025 vs 2024 (last year; General Medical Council)", ctx="rose by a quarter"),
        ]),
    "06-the-sternpost-channel-deaths-sangatte-charity": dict(
        meta=dict(url="https://www.thesternpost.example/news/uk/home-news/sangatte-channel-deaths-2026-migrants-dinghy",
                  title="Three die off Sangatte, taking this year's Channel deaths to at least 39",
                  publisher="The Sternpost", author="Mathilde Orrery-Khan", published_date="2026-10-14"),
        labels=[
            L("Three", 3, E, P, DEATHS, TUE + " (headline)", occ=0, geo="Sangatte"),
            L("at least 39", 39, AL, P, DEATHS, SO_FAR + " (headline)", occ=0),
            L("Three", 3, E, P, DEATHS, TUE + " (including a seven-year-old girl)", occ=1, geo="Sangatte"),
            L("at least 39", 39, AL, P, DEATHS, SO_FAR + " (Pas-de-Calais prefecture)", occ=1),
            L("at least 36", 36, AL, P, DEATHS, "2025 (calendar year)"),
            L("78", 78, E, P, DEATHS, "2024 (calendar year; the worst so far)"),
            R("between 60 and 70", 60, 70, PPB, OCC, TUE + " (the dinghy that sank; maritime prefecture)", geo="Sangatte"),
            V("dozens", 24, 108, P, "small_boat_rescues", TUE + " (pulled from the sea)", geo="Sangatte"),
            L("41", 41, E, P, "small_boat_hospitalised", TUE + " (taken to hospital with hypothermia)", geo="Calais"),
            L("64", 64, E, PPB, OCC, "2026 (this year; average; sub-prefect of Boulogne-sur-Mer)", geo=FR),
            L("53", 53, E, PPB, OCC, "2024 (two years ago; average; sub-prefect of Boulogne-sur-Mer)", geo=FR),
            L("up to 90", 90, AM, PPB, OCC + "_max", "2026 (boats counted; sub-prefect of Boulogne-sur-Mer)", geo=FR),
            L("187", 187, E, OPS, "channel_rescue_operations", SO_FAR + " (since January; Strait of Dover; maritime prefecture)", geo=FR),
            L("4,960", 4960, E, P, "small_boat_rescues", SO_FAR + " (brought to safety; maritime prefecture)", geo=FR),
            L("more than 19,000", 19000, MT, P, "small_boat_launch_attempts_stopped_people", SO_FAR + " (prevented from leaving the beaches; French interior ministry)", geo=FR),
            L("33,604", 33604, E, P, SBA, "1 January to Monday 12 October 2026 (this year up to Monday; Home Office)"),
            L("29,437", 29437, E, P, SBA, "2023 (calendar year)"),
            L("at least 153", 153, AL, P, DEATHS, "1 January 2024 to 13 October 2026 (since the start of 2024; Tideline Watch)"),
            L("Nine", 9, E, P, "small_boat_deaths_children", SO_FAR + " (Tideline Watch)"),
            L("nearly one in four", 25, ALM, PCT, "small_boat_deaths_share_children", SO_FAR + " (Tideline Watch)"),
            L("Around 30%", 30, AP, PCT, "small_boat_deaths_share_unidentified", SO_FAR + " (not yet formally identified; Tideline Watch)"),
            L("1,720", 1720, E, P, "returns", "2025 to 13 October 2026 (since the one in, one out treaty took effect; Home Office)", geo=FR),
            L("£476m", 476e6, E, GBP, "uk_funding_to_france", "2023 to 2026 (over three years, pledged in 2023)", geo=FR),
            R("between €1,200 and €1,800", 1200, 1800, EUR, "smuggler_fee", "October 2026 (a place in a boat; a Sudanese man)", geo=FR),
        ]),
    "07-teifi-valley-observer-wales-asylum-dispersal-councils": dict(
        meta=dict(url="https://www.teifivalleyobserver.example/news/wales/four-welsh-councils-house-95-asylum-seekers-dispersal",
                  title="Four Welsh councils house 95% of asylum seekers as Home Office pushes for wider spread",
                  publisher="Teifi Valley Observer", author="Gwenllian Price-Abara", published_date="2026-11-27"),
        labels=[
            L("95%", 95, E, PCT, "asylum_support_population_share_four_dispersal_areas", ES26 + " (headline)", occ=0, geo=WA),
            L("6%", 6, E, PCT, DISP + "_change", ES26 + " vs " + ES25, geo=WA),
            L("3,420", 3420, E, P, DISP, ES26, geo=WA),
            L("3,226", 3226, E, P, DISP, ES25, geo=WA),
            L("1,262", 1262, E, P, DISP, ES26, geo="Cardiff"),
            L("891", 891, E, P, DISP, ES26, geo="Swansea"),
            L("784", 784, E, P, DISP, ES26, geo="Newport"),
            L("311", 311, E, P, DISP, ES26, geo="Wrexham"),
            L("95%", 95, E, PCT, "asylum_support_population_share_four_dispersal_areas", ES26, occ=1, geo=WA),
            L("172", 172, E, P, DISP, ES26 + " (the remaining people, in 13 other councils)", geo=WA),
            L("13", 13, E, AREAS, "council_areas_hosting_asylum_seekers", ES26 + " (other councils besides the four dispersal areas)", geo=WA),
            L("Five", 5, E, AREAS, "council_areas_without_asylum_seekers", ES26, occ=0, geo=WA),
            L("14", 14, E, P, DISP, "September 2026 (first placed under the scheme)", geo="Ceredigion"),
            L("three", 3, E, HH, "asylum_dispersal_families", "September 2026 (council)", ctx="include three families", geo="Ceredigion"),
            L("47", 47, E, P10K, DISP10K, ES26, geo="Newport"),
            L("36", 36, E, P10K, DISP10K, ES26, geo="Swansea"),
            L("34", 34, E, P10K, DISP10K, ES26, geo="Cardiff"),
            L("about 11", 11, AP, P10K, DISP10K, ES26, geo=WA),
            L("doubled", 2, E, RATIO, DISP + "_ratio", "September 2026 vs September 2024 (in two years)", geo="Wrexham"),
            L("156", 156, E, P, DISP, "September 2024", geo="Wrexham"),
            L("101,900", 101900, E, P, "asylum_support_population", ES26),
            L("about 4.6%", 4.6, AP, PCT, "population_share_of_uk", "2026 (Wales' share of the UK population)", geo=WA),
            L("3.4%", 3.4, E, PCT, "asylum_dispersal_population_share_wales", ES26 + " (Wales' share of people on asylum support)"),
            L("26,900", 26900, E, P, HOT, ES26),
            L("55,800", 55800, E, P, "asylum_backlog", ES26 + " (awaiting a first ruling)"),
            L("240", 240, E, P, "asylum_hotel_moves_to_dispersal", "July to November 2026 (since July; from hotels in England; officials)", geo=WA),
            L("up to 4,100", 4100, AM, P, "asylum_dispersal_target", "by the end of 2027 (end of next year; Home Office)", geo=WA),
            L("£3,500", 3500, E, GBP, "council_asylum_grant", "per new person placed (one-off; Home Office)", geo=WA),
            L("nearly a fifth", 20, ALM, PCT, "private_rent_change", "2023 to 2026 (since 2023; Ceredigion's cabinet member for housing)", geo="Ceredigion"),
            L("Five", 5, E, AREAS, "council_areas_without_asylum_seekers", ES26 + " (Plaid Cymru's spokesperson on social justice)", occ=1, geo=WA),
            L("more than four times", 4, MT, RATIO, DISP + "_ratio", ES26 + " (Newport against its share; Plaid Cymru's spokesperson on social justice)", geo="Newport"),
            L("£2.3m", 2.3e6, E, GBP, "welsh_government_sanctuary_funding", "2026/27 (this year; Welsh Government)", geo=WA),
            L("more than a third", THIRD, MT, PCT, "charity_advice_line_calls_change", "spring to November 2026 (Noddfa Cymru)", geo=WA),
            L("about 1,300", 1300, AP, "other:calls", "charity_advice_line_calls", "October 2026 (Noddfa Cymru)", geo=WA),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
