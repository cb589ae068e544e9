#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the eighty-fourth hand-labelled hold-out set (holdout84).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, HOTELS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, SBA, NM, AC, HOT)

UK, FR, SC, WA, NI, ENG = "UK", "France", "Scotland", "Wales", "Northern Ireland", "England"
GL = "Glasgow"
HOMES, CPW, COUNCILS = "other:homes", "other:children_per_woman", "other:council_areas"
PROVIDERS, VAC, WEEKS, DAYS, HH = "other:providers", "other:vacancies", "other:weeks", "other:days", "other:households"

# 01 (Wednesday 15 April 2026; National Audit Office report on large sites "revealed yesterday", Tuesday 14 April)
LS = "April 2023 to March 2026 (large sites; National Audit Office)"
BARGE = "per night, August 2023 to January 2025 (the barge's 17 months in service)"
HOSM = "Home Office spokesman"
# 02 (Thursday 22 October 2026; ONS national population projections "published yesterday", Wednesday 21 October)
PROJ = "mid-2024 to mid-2034 (ONS projections published 21 October 2026)"
M34 = "mid-2034 (projected; ONS projections published 21 October 2026)"
M24 = "mid-2024 (30 June 2024)"
LONG = "per year, long run (ONS projection assumption)"
# 03 (Saturday 8 August 2026; one year of the UK-France returns treaty, in force from 6 August 2025)
PILOT = "September 2025 to July 2026 (since the treaty took effect on 6 August 2025; the pilot's first year)"
TABLE = " (returns by month table)"
# 04 (Tuesday 1 December 2026; Home Office statistics to the end of September 2026 "published last Thursday", 26 November)
ES26 = "end of September 2026 (30 September 2026)"
CSN = "Clyde Sanctuary Network"
# 05 (Monday 13 July 2026; a year after the care worker route closed to overseas applicants on 22 July 2025)
ASC = "adult_social_care_international_recruits"
CWO = "Care Workforce Observatory"
CHART = " (chart; " + CWO + ")"
DCC = "Domiciliary Care Council survey"
# 06 (Friday 11 September 2026; Ministry of Justice tribunal statistics for April to June 2026 "published on Thursday", 10 September)
TAO = "tribunal_appeals_outstanding_immigration_asylum"
EJ26 = "end of June 2026 (30 June 2026)"
Q2 = "April to June 2026 (the quarter)"
WT = "Waymark Trust"
# 07 (Tuesday 24 February 2026; Welsh Government figures "released today", four years after the invasion of 24 February 2022)
UA = "immigration_ukraine"
SINCE22 = "March 2022 to February 2026 (since Russia's full-scale invasion; four years on)"
WELC = "ukrainian_welcome_accommodation_population"
HFU = "homes_for_ukraine_host_households"
WGF = "welsh_government_ukraine_resettlement_funding"

ARTICLES = {
    "01-daily-mallet-barge-military-sites-cost": dict(
        meta=dict(url="https://www.dailymallet.example/news/article-17340218/migrant-barge-army-camp-bargain-backfires-312million-bill.html",
                  title="Migrant barge and army camp 'bargain' backfires: Taxpayers hit with £312MILLION bill for sites that cost MORE per head than hotels",
                  publisher="Daily Mallet", author="Dominic Harcourt-Blythe", published_date="2026-04-15"),
        labels=[
            L("£312MILLION", 312e6, E, GBP, AC, LS + " (headline)"),
            L("£139", 139, E, GBP, "asylum_barge_cost_per_person_night", BARGE + " (bullet)", occ=0, geo="Portland"),
            L("£118", 118, E, GBP, "asylum_hotel_cost_per_person_night", "per night, 2023-2025 (a typical hotel room; bullet)", occ=0),
            L("£61m", 61e6, E, GBP, AC, "2023-2024 (former RAF Scampton, before the scheme was ditched; bullet)", geo="Scampton"),
            L("up to 900", 900, AM, P, "large_site_capacity", "2026 onwards (planned; two old army camps; bullet)"),
            L("£312million", 312e6, E, GBP, AC, LS),
            L("a fifth", 20, E, PCT, AC + "_change", LS + " vs the estimate officials gave MPs in late 2024"),
            L("£260million", 260e6, E, GBP, AC, "April 2023 to March 2026 (large sites; expected, on the estimate officials gave MPs in late 2024)"),
            L("290", 290, E, P, "asylum_barge_population", "average night, August 2023 to January 2025 (17 months in service)", geo="Portland"),
            L("fewer than three in five", 60, LT, PCT, "large_site_occupancy_share", "average night, August 2023 to January 2025 (berths filled on the barge)", geo="Portland"),
            L("505", 505, E, P, "large_site_capacity", "August 2023 to January 2025 (the barge's berths)", geo="Portland"),
            L("£20.8million", 20.8e6, E, GBP, AC, "August 2023 to January 2025 (running cost)", geo="Portland"),
            L("£139", 139, E, GBP, "asylum_barge_cost_per_person_night", BARGE, occ=1, geo="Portland"),
            L("£118", 118, E, GBP, "asylum_hotel_cost_per_person_night", "per night, 2023-2025 (hotel room average over the same stretch)", occ=1),
            L("about £17", 17, AP, GBP, "asylum_dispersal_cost_per_person_night", "per night, 2023-2025 (a bed in an ordinary shared house)"),
            L("£196million", 196e6, E, GBP, AC, "July 2023 to March 2026 (the tab has reached; still open)", geo="Wethersfield"),
            L("800", 800, E, P, "large_site_capacity", "April 2026 (the cap)", geo="Wethersfield"),
            L("c. 600", 600, AP, P, "large_site_population", "March 2026 (last month)", geo="Wethersfield"),
            L("roughly three-quarters", 75, AP, PCT, "large_site_occupancy_share", "March 2026 (of its capacity)", geo="Wethersfield"),
            L("£162", 162, E, GBP, "large_site_cost_per_person_night", "per night, 2026 (now)", geo="Wethersfield"),
            L("nearly ten times", 10, ALM, RATIO, "large_site_cost_per_person_night_ratio", "2026 (Wethersfield vs the shared-house rate)", geo="Wethersfield"),
            L("68%", 68, E, PCT, "large_site_cost_per_person_night_change", "2026 vs July 2023 (since the site opened)", geo="Wethersfield"),
            L("£61million", 61e6, E, GBP, AC, "2023-2024 (former RAF Scampton, before the scheme was ditched in 2024)", geo="Scampton"),
            L("£35million", 35e6, E, GBP, "large_site_saving_planned", "per year (the promised saving that did not materialise)"),
            L("Up to 540", 540, AM, P, "large_site_capacity", "2026 onwards (planned; Crowborough training camp)", geo="Crowborough"),
            L("up to 360", 360, AM, P, "large_site_capacity", "2026 onwards (planned; Cameron Barracks)", geo="Inverness"),
            L("31,180", 31180, E, P, HOT, "end of December 2025 (31 December 2025)"),
            L("11,420", -11420, E, P, HOT + "_change", "end of December 2025 vs end of December 2024 (fewer than twelve months earlier)"),
            L("more than 4,000", 4000, MT, P, "petition_signatures", "April 2026 (against the camp plan; Crowborough Camp Action Group)", geo="Crowborough"),
            L("21,000", 21000, E, P, "population", "April 2026 (a town of; Crowborough Camp Action Group)", geo="Crowborough"),
            L("almost 40 per cent", -40, ALM, PCT, "asylum_hotels_in_use_change", "April 2026 vs the peak (hotel sites in use; " + HOSM + ")"),
            L("over 50,000", 50000, MT, P, "returns", "July 2024 to April 2026 (removed since July 2024; " + HOSM + ")"),
        ]),
    "02-the-spindle-ons-population-projections": dict(
        meta=dict(url="https://www.thespindle.example/politics/2026/10/22/migration-97pc-britain-population-growth-next-decade-ons/",
                  title="Migration to account for 97pc of Britain's population growth over next decade",
                  publisher="The Spindle", author="Rupert Ainsworth-Kwarteng", published_date="2026-10-22"),
        labels=[
            L("97pc", 97, E, PCT, "net_migration_share_of_population_growth", PROJ + " (headline)"),
            L("73 million", 73e6, E, P, "population_projection", "2034 (projected; standfirst)"),
            L("69.3 million", 69.3e6, E, P, "population", M24),
            L("73.0 million", 73.0e6, E, P, "population_projection", M34),
            L("3.7 million", 3.7e6, E, P, "population_growth_projection", PROJ),
            L("3.6 million", 3.6e6, E, P, "net_migration_projection_cumulative", PROJ),
            L("97 per cent", 97, E, PCT, "net_migration_share_of_population_growth", PROJ),
            L("110,000", 110000, E, P, "population_natural_change_projection", PROJ + " (over the whole decade)"),
            L("315,000", 315000, E, P, "net_migration_projection_assumption", LONG),
            L("25,000", -25000, E, P, "net_migration_projection_assumption_revision", LONG + " (revised down from the previous edition)"),
            L("340,000", 340000, E, P, "net_migration_projection_assumption", LONG + " (previous edition)"),
            L("906,000", 906000, E, P, NM, "year ending June 2023 (July 2022 to June 2023; the record)"),
            L("188,000", 188000, E, P, NM, "2025 (calendar year; official estimate)"),
            L("68,000", 68000, E, P, "population_projection_revision", "mid-2032 (projected; higher than in the last release)"),
            R("between 71.6 million and 74.6 million", 71.6e6, 74.6e6, P, "population_projection", "2034 (projected; alternative scenarios)"),
            L("165,000", 165000, E, P, "net_migration_projection_assumption", LONG + " (low variant)"),
            L("470,000", 470000, E, P, "net_migration_projection_assumption", LONG + " (high variant)"),
            L("1.7 million", 1.7e6, E, P, "population_aged_85_and_over", M24),
            L("2.4 million", 2.4e6, E, P, "population_aged_85_and_over_projection", M34),
            L("41%", 41, E, PCT, "population_aged_85_and_over_change", PROJ),
            L("19.1 per cent", 19.1, E, PCT, "population_share_aged_65_and_over", M24),
            L("21.6 per cent", 21.6, E, PCT, "population_share_aged_65_and_over_projection", M34),
            L("more than one in five", 20, MT, PCT, "population_share_aged_65_and_over_projection", M34),
            L("3.5 million", 3.5e6, E, P, "population_growth_projection", PROJ, geo=ENG),
            L("6.0 per cent", 6.0, E, PCT, "population_projection_change", PROJ, geo=ENG),
            L("2.9 per cent", 2.9, E, PCT, "population_projection_change", PROJ, geo=WA),
            L("1.8 per cent", 1.8, E, PCT, "population_projection_change", PROJ, geo=NI),
            L("1.2 per cent", 1.2, E, PCT, "population_projection_change", PROJ, geo=SC),
            L("1.45", 1.45, E, CPW, "total_fertility_rate", "long run (ONS projection assumption, trimmed)"),
            L("1.49", 1.49, E, CPW, "total_fertility_rate", "long run (ONS projection assumption, previous edition)"),
            L("More than three and a half million", 3.5e6, MT, P, "net_migration_projection_cumulative", PROJ + " (added by migration in a decade; Shadow Home Secretary)"),
            L("roughly 140,000", 140000, AP, HOMES, "housing_demand_from_migration", "per year, 2024-2034 (Halloway Institute)", geo=ENG),
            L("300,000", 300000, E, HOMES, "housing_target", "per year (homes promised by the Government; Halloway Institute)", geo=ENG),
        ]),
    "03-pylon-news-uk-france-returns-explainer": dict(
        meta=dict(url="https://news.pylon.example/one-in-one-out-at-one-year-how-many-migrants-has-the-uk-sent-back-to-france-13601742",
                  title="'One in, one out' at one year: How many migrants has the UK actually sent back to France?",
                  publisher="Pylon News", author="Ellie Brannagh-Osei", published_date="2026-08-08"),
        labels=[
            L("1,752", 1752, E, P, "returns", PILOT + " (standfirst)", occ=0, geo=FR),
            L("1,752", 1752, E, P, "returns", PILOT + " (Home Office figures obtained by Pylon News)", occ=1, geo=FR),
            L("319", 319, E, P, "returns", "July 2026 (July's)", occ=0, geo=FR),
            L("more than 12 times", 12, MT, RATIO, "returns_ratio", "July 2026 vs September 2025", geo=FR),
            L("12%", 12, E, PCT, "returns_change", "July 2026 vs June 2026", geo=FR),
            L("26", 26, E, P, "returns", "September 2025" + TABLE, geo=FR),
            L("58", 58, E, P, "returns", "October 2025" + TABLE, geo=FR),
            L("94", 94, E, P, "returns", "November 2025" + TABLE, geo=FR),
            L("117", 117, E, P, "returns", "December 2025" + TABLE, geo=FR),
            L("102", 102, E, P, "returns", "January 2026" + TABLE, geo=FR),
            L("131", 131, E, P, "returns", "February 2026" + TABLE, geo=FR),
            L("164", 164, E, P, "returns", "March 2026" + TABLE, geo=FR),
            L("208", 208, E, P, "returns", "April 2026" + TABLE, geo=FR),
            L("247", 247, E, P, "returns", "May 2026" + TABLE, geo=FR),
            L("286", 286, E, P, "returns", "June 2026" + TABLE, geo=FR),
            L("319", 319, E, P, "returns", "July 2026" + TABLE, occ=1, geo=FR),
            L("1,752", 1752, E, P, "returns", PILOT + " (total row)" + TABLE, occ=2, geo=FR),
            L("1,457", 1457, E, P, "returns", "1 January to 31 July 2026 (so far this year)", geo=FR),
            L("295", 295, E, P, "returns", "September to December 2025 (the final four months of 2025)", geo=FR),
            L("1,304", 1304, E, P, "uk_france_legal_route_arrivals", PILOT + " (admitted through the reciprocal route)"),
            L("41,380", 41380, E, P, SBA, "August 2025 to July 2026 (the 12 months to July)"),
            L("about 4 per cent", 4, AP, PCT, "returns_share_of_small_boat_arrivals", "August 2025 to July 2026 (the 12 months to July)", geo=FR),
            L("more than 23", 23, MT, RATIO, "small_boat_arrivals_per_return_ratio", "August 2025 to July 2026 (arrivals for every person removed)"),
            L("about 50", 50, AP, P, "returns_france_weekly_cap", "per week, September 2025 to March 2026 (the ceiling the pilot began with)", geo=FR),
            L("120", 120, E, P, "returns_france_weekly_cap", "per week, from April 2026 (lifted)", geo=FR),
            L("28%", 28, E, PCT, "returns_share_eritrean", PILOT + " (of those sent back)", geo=FR),
            L("19%", 19, E, PCT, "returns_share_afghan", PILOT + " (of those sent back)", geo=FR),
            L("31", 31, E, P, "returns_france_redetected_crossing", "to 3 August 2026 (French officials, on Monday)", geo=FR),
            L("about £11,000", 11000, AP, GBP, "returns_cost_per_person", "2025-2026 (each return under the pilot; officials' estimate)", geo=FR),
            L("£476m", 476e6, E, GBP, "uk_funding_to_france", "2023-2026 (over three years, under a 2023 agreement)"),
        ]),
    "04-the-clachan-glasgow-hotels-scotland-dispersal": dict(
        meta=dict(url="https://www.theclachan.example/news/scotland/glasgow-seven-in-ten-scotland-asylum-seekers-dispersal-hotels-4902216",
                  title="Glasgow still home to seven in ten of Scotland's asylum seekers despite dispersal drive",
                  publisher="The Clachan", author="Fraser McAlinden-Boateng", published_date="2026-12-01"),
        labels=[
            L("seven in ten", 70, E, PCT, "asylum_support_population_share_glasgow", ES26 + " (headline)", geo=SC),
            L("38 per cent", 38, E, PCT, "asylum_support_population_change", ES26 + " vs end of September 2025 (placed in other council areas; standfirst)", occ=0, geo=SC),
            L("three", 3, E, HOTELS, "asylum_hotels_in_use", ES26 + " (city hotels; standfirst)", ctx="three city hotels", geo=GL),
            L("540", 540, E, P, HOT, ES26 + " (three city hotels; standfirst)", occ=0, geo=GL),
            L("5,940", 5940, E, P, "asylum_support_population", ES26, geo=SC),
            L("4,160", 4160, E, P, "asylum_support_population", ES26, geo=GL),
            L("70 per cent", 70, E, PCT, "asylum_support_population_share_glasgow", ES26, geo=SC),
            L("1,780", 1780, E, P, "asylum_support_population", ES26 + " (other local authorities, outside Glasgow)", geo=SC),
            L("38 per cent", 38, E, PCT, "asylum_support_population_change", ES26 + " vs end of September 2025 (outside Glasgow)", occ=1, geo=SC),
            L("1,290", 1290, E, P, "asylum_support_population", "end of September 2025 (outside Glasgow; a year before)", geo=SC),
            L("Nineteen", 19, E, COUNCILS, "council_areas_hosting_asylum_seekers", "December 2026 (now)", geo=SC),
            L("four", 4, E, COUNCILS, "council_areas_hosting_asylum_seekers", "early 2023", ctx="compared with four in early 2023", geo=SC),
            L("312", 312, E, P, "asylum_support_population", ES26, geo="Aberdeen"),
            L("264", 264, E, P, "asylum_support_population", ES26, geo="Edinburgh"),
            L("198", 198, E, P, "asylum_support_population", ES26, geo="Dundee"),
            L("141", 141, E, P, "asylum_support_population", ES26, geo="Falkirk"),
            L("880", 880, E, P, HOT, ES26, geo=SC),
            L("five", 5, E, HOTELS, "asylum_hotels_in_use", ES26, ctx="in five hotels", geo=SC),
            L("Three", 3, E, HOTELS, "asylum_hotels_in_use", ES26 + " (of those five)", ctx="Three of those are in Glasgow", geo=GL),
            L("540", 540, E, P, HOT, ES26 + " (living in hotel rooms)", occ=1, geo=GL),
            L("about three in five", 60, AP, PCT, "asylum_hotel_population_share_glasgow", ES26 + " (of the Scottish total)", geo=SC),
            L("three", 3, E, HOTELS, "asylum_hotels_in_use", "December 2026 (still used by the Home Office; caption)", ctx="one of three still used", geo=GL),
            L("About a quarter", 25, AP, PCT, "asylum_support_population_share_children", "December 2026 (now)", geo=GL),
            L("around £74,000", 74000, AP, GBP, AC, "per day, December 2026 (the three Glasgow hotels; The Clachan understands)", geo=GL),
            L("three", 3, E, HOTELS, "asylum_hotels_in_use", "December 2026 (the Glasgow hotels the Home Office is paying for)", ctx="for the three Glasgow hotels", geo=GL),
            L("£3,500", 3500, E, GBP, "council_asylum_grant_per_dispersal_bed", "December 2026 (one-off payment for every bed space brought forward)", geo=SC),
            L("Seven in ten", 70, E, PCT, "asylum_support_population_share_glasgow", ES26 + " (Glasgow regional MSP)", geo=SC),
            L("2,310", 2310, E, P, "charity_service_users", "2025 (last year; " + CSN + ")", geo=GL),
            L("15 per cent", 15, E, PCT, "charity_service_users_change", "2025 vs 2024 (" + CSN + ")", geo=GL),
            L("less than £8", 8, LT, GBP, "asylum_support_daily_allowance", "per day, December 2026 (" + CSN + " coordinator)"),
            L("a third", -THIRD, E, PCT, "asylum_hotel_population_change", "December 2026 vs last year (people housed in hotels; Home Office)", ctx="down a third on last year", geo=SC),
            L("£2.1m", 2.1e6, E, GBP, "scottish_government_asylum_dispersal_funding", "2026/27 (this year; to councils, to prepare for new arrivals)", geo=SC),
        ]),
    "05-the-tally-stick-social-care-migrant-workers": dict(
        meta=dict(url="https://www.tallystick.example/content/7c41d2e9-care-providers-struggle-fill-rotas-overseas-recruitment-ban",
                  title="Care providers struggle to fill rotas a year after overseas recruitment ban",
                  publisher="The Tally Stick", author="Sophie Lindqvist-Oduya", published_date="2026-07-13"),
        labels=[
            L("more than half", -50, MT, PCT, ASC + "_change", "2025/26 vs 2024/25 (international hiring; standfirst)", occ=0, geo=ENG),
            L("above 120,000", 120000, MT, VAC, "adult_social_care_vacancies", "March 2026 (climbed back; standfirst)", geo=ENG),
            L("more than half", -50, MT, PCT, ASC + "_change", "2025/26 vs 2024/25 (in twelve months)", occ=1, geo=ENG),
            L("27,000", 27000, E, P, ASC, "2025/26 (April 2025 to March 2026; " + CWO + ")", geo=ENG),
            L("61,000", 61000, E, P, ASC, "2024/25 (April 2024 to March 2025; " + CWO + ")", geo=ENG),
            L("105,000", 105000, E, P, ASC, "2023/24 (April 2023 to March 2024; the peak; " + CWO + ")", geo=ENG),
            L("1,870", 1870, E, P, "visas_granted_care_worker", "April 2025 to March 2026 (the 12 months to March; care workers and senior care workers)"),
            L("97 per cent", -97, E, PCT, "visas_granted_care_worker_change", "April 2025 to March 2026 vs the previous 12 months (year on year)"),
            L("Some 38,600", 38600, AP, P, "care_workers_switched_sponsor_in_country", "22 July 2025 to July 2026 (since the ban; already in Britain)"),
            L("20.0k", 20000, E, P, ASC, "2021/22" + CHART, geo=ENG),
            L("70.3k", 70300, E, P, ASC, "2022/23" + CHART, geo=ENG),
            L("105.0k", 105000, E, P, ASC, "2023/24" + CHART, geo=ENG),
            L("61.0k", 61000, E, P, ASC, "2024/25" + CHART, geo=ENG),
            L("27.0k", 27000, E, P, ASC, "2025/26" + CHART, geo=ENG),
            L("about 1.59mn", 1.59e6, AP, P, "adult_social_care_workforce", "2025/26 (filled posts)", geo=ENG),
            L("some 23 per cent", 23, AP, PCT, "adult_social_care_workforce_share_non_british", "2025/26 (filled posts held by non-British nationals)", geo=ENG),
            L("126,000", 126000, E, VAC, "adult_social_care_vacancies", "March 2026", geo=ENG),
            L("8.1 per cent", 8.1, E, PCT, "adult_social_care_vacancy_share", "March 2026", geo=ENG),
            L("7.4 per cent", 7.4, E, PCT, "adult_social_care_vacancy_share", "March 2025 (a year earlier)", geo=ENG),
            L("£12.85", 12.85, E, GBP, "care_worker_hourly_pay", "per hour, April 2026 (median care worker)", geo=ENG),
            L("14p", 0.14, E, GBP, "care_worker_hourly_pay_above_national_living_wage", "per hour, April 2026 (median care worker)", geo=ENG),
            L("£12.71", 12.71, E, GBP, "national_living_wage_hourly", "per hour, from April 2026 (took effect that month)"),
            L("1,260", 1260, E, PROVIDERS, "poll_sample_size", "July 2026 (providers surveyed; " + DCC + ")"),
            L("two in five", 40, E, PCT, "care_providers_share_cut_hours_or_refused_clients", "January to July 2026 (the past six months; " + DCC + ")"),
            L("one in six", SIXTH, E, PCT, "care_providers_share_expecting_service_closure", "July 2026 to July 2027 (within a year; " + DCC + ")"),
            L("49 per cent", -49, E, PCT, ASC + "_change", "2025/26 vs 2024/25 (over the same period; Scottish Social Services Council)", geo=SC),
            L("440,000", 440000, E, P, "adult_social_care_workforce_needed", "by 2040 (extra care workers; Fernhill Policy Unit estimate)", geo=ENG),
            L("£450mn", 450e6, E, GBP, "care_fair_pay_agreement_funding", "2026 (committed to the first Fair Pay Agreement; Department of Health and Social Care)", geo=ENG),
            L("More than 10,000", 10000, MT, P, "adult_social_care_domestic_recruits", "January to July 2026 (since January; national recruitment campaign; DHSC spokesperson)", geo=ENG),
        ]),
    "06-the-bodkin-asylum-appeals-tribunal-delays": dict(
        meta=dict(url="https://www.thebodkin.example/news/uk/home-news/immigration-tribunal-backlog-record-asylum-appeals-wait-b2913457.html",
                  title="Immigration tribunal backlog hits record 78,300 as asylum seekers wait more than a year for appeals",
                  publisher="The Bodkin", author="Marisol Tregarthen-Abiodun", published_date="2026-09-11"),
        labels=[
            L("78,300", 78300, E, P, TAO, EJ26 + " (a record; headline)", occ=0),
            L("nearly doubled", 2, ALM, RATIO, TAO + "_ratio", EJ26 + " vs end of June 2025 (in a year; standfirst)"),
            V("tens of thousands", 20000, 90000, P, "asylum_support_population_awaiting_appeal", EJ26 + " (left in limbo in hotels and shared houses; standfirst)"),
            L("78,300", 78300, E, P, TAO, EJ26 + " (a record)", occ=1),
            L("41,900", 41900, E, P, TAO, "end of June 2025 (twelve months earlier)"),
            L("84%", 84, E, PCT, TAO + "_share_asylum", EJ26 + " (asylum cases, of these)"),
            L("about 65,800", 65800, AP, P, "asylum_backlog_appeals", EJ26 + " (asylum cases waiting at the tribunal)"),
            L("19,400", 19400, E, P, "tribunal_appeals_lodged_immigration_asylum", Q2 + " (new appeals received)"),
            L("20%", 20, E, PCT, "tribunal_appeals_lodged_immigration_asylum_change", Q2 + " vs April to June 2025 (the same quarter of 2025)"),
            L("11,200", 11200, E, P, "tribunal_appeals_disposed_immigration_asylum", Q2 + " (decided)"),
            L("17 per cent", 17, E, PCT, "asylum_appeals_share_pakistani", Q2 + " (of the new asylum appeals)"),
            L("61 weeks", 61, E, WEEKS, "asylum_appeal_wait_average", Q2 + " (typical, from lodging to decision)"),
            L("33 weeks", 33, E, WEEKS, "asylum_appeal_wait_average", "spring 2024"),
            L("46 per cent", 46, E, PCT, "asylum_appeals_share_allowed", Q2 + " (of asylum appeals decided)"),
            L("38 per cent", 38, E, PCT, "asylum_grants_share_initial_decisions", "2026 (now; the department's initial grant rate)"),
            L("61 per cent", 61, E, PCT, "asylum_grants_share_initial_decisions", "2024 (calendar year)"),
            L("36,900", 36900, E, P, "asylum_support_population_awaiting_appeal", EJ26 + " (Home Office data)"),
            L("nearly four times", 4, ALM, RATIO, "asylum_support_population_awaiting_appeal_ratio", EJ26 + " vs June 2023 (three years ago)"),
            L("around £41", 41, AP, GBP, "asylum_cost_per_person_per_day", "per day, 2026 (support)"),
            L("more than £550m", 550e6, MT, GBP, AC, "per year, 2026 (support for those awaiting an appeal)"),
            L("180", 180, E, P, "tribunal_judges_recruited", "2026 (new tribunal judges)"),
            L("31,000", 31000, E, DAYS, "tribunal_sitting_days", "2026/27 (April 2026 to March 2027; funded)"),
            L("24,500", 24500, E, DAYS, "tribunal_sitting_days", "2025/26 (April 2025 to March 2026; last year)"),
            L("1,420", 1420, E, P, "charity_service_users", "2025 (last year; " + WT + ")"),
            L("two-thirds", 200 / 3, E, PCT, "charity_service_users_change", "2025 vs 2024 (" + WT + ")"),
            L("Fewer than half", 50, LT, PCT, "charity_service_users_share_with_legal_aid_lawyer", "September 2026 (appellants the charity sees; " + WT + " director)"),
            L("more than 100,000", 100000, MT, P, "asylum_initial_decisions", "5 July 2024 to September 2026 (since 5 July 2024; Home Office spokesperson)"),
        ]),
    "07-the-cwm-courier-ukrainian-refugees-wales-super-sponsor": dict(
        meta=dict(url="https://www.cwmcourier.example/news/wales-news/four-years-ukrainians-sanctuary-wales-super-sponsor-31874402",
                  title="Four years on, 8,140 Ukrainians have found sanctuary in Wales - but fewer than 50 are still in welcome centres",
                  publisher="The Cwm Courier", author="Carys Penhaligon-Ndlovu", published_date="2026-02-24"),
        labels=[
            L("8,140", 8140, E, P, UA, SINCE22 + " (headline)", occ=0, geo=WA),
            L("fewer than 50", 50, LT, P, WELC, "February 2026 (still in welcome centres; headline)", geo=WA),
            L("about four in ten", 40, AP, PCT, UA + "_supersponsor_share", SINCE22 + " (of those arriving; standfirst)", geo=WA),
            L("8,140", 8140, E, P, UA, SINCE22 + " (Welsh Government figures released today)", occ=1, geo=WA),
            L("3,310", 3310, E, P, UA + "_supersponsor", SINCE22 + " (Welsh Government super sponsor route)", geo=WA),
            L("41 per cent", 41, E, PCT, UA + "_supersponsor_share", SINCE22 + " (of all arrivals)", geo=WA),
            L("1,780", 1780, E, P, WELC, "summer 2022 (the peak; initial accommodation)", geo=WA),
            L("46", 46, E, P, WELC, "February 2026 (remain)", geo=WA),
            L("97 per cent", -97, E, PCT, WELC + "_change", "February 2026 vs the peak of summer 2022", geo=WA),
            L("1,460", 1460, E, P, UA, SINCE22 + " (arrivals taken in)", geo="Cardiff"),
            L("720", 720, E, P, UA, SINCE22 + " (arrivals taken in)", geo="Swansea"),
            L("540", 540, E, P, UA, SINCE22 + " (arrivals taken in)", geo="Powys"),
            L("310", 310, E, P, UA, SINCE22 + " (arrivals taken in)", geo="Gwynedd"),
            L("Roughly one in three", THIRD, AP, PCT, "ukrainian_arrivals_share_left_wales", SINCE22 + " (have since left Wales)", geo=WA),
            L("1,120", 1120, E, HH, HFU, "February 2026 (hosts now)", geo=WA),
            L("58 per cent", -58, E, PCT, HFU + "_change", "February 2026 vs early 2023", geo=WA),
            L("2,650", 2650, E, HH, HFU, "early 2023", geo=WA),
            L("£500", 500, E, GBP, "homes_for_ukraine_thank_you_payment", "per month, February 2026 (per host)", geo=WA),
            L("1,390", 1390, E, P, "school_pupils_ukrainian", "February 2026 (currently)", geo=WA),
            L("1,910", 1910, E, P, "school_pupils_ukrainian", "2022-2025 (a high)", geo=WA),
            L("around 62 per cent", 62, AP, PCT, "employment_rate_ukrainian_working_age", "February 2026 (in a job)", geo=WA),
            L("£212m", 212e6, E, GBP, WGF, "2022 to February 2026 (since 2022)", geo=WA),
            L("£1.2m", 1.2e6, E, GBP, WGF, "2025/26 (this year; to help families move from hosted homes into private rentals)", geo=WA),
            L("more than 215,000", 215000, MT, P, UA, SINCE22 + " (on the two visa schemes)"),
            L("62,000", 62000, E, P, "ukraine_permission_extension_applications", "to February 2026 (received; Home Office)"),
            L("More than 5,000", 5000, MT, P, UA, "February 2026 (still call Wales home; Cabinet Secretary for Social Justice)", geo=WA),
            L("half", 50, E, PCT, "charity_service_users_share_worried_visa_expiry", "February 2026 (Ukrainian families it works with; Sanctuary Cymru Forum)",
              ctx="said half of the Ukrainian families", geo=WA),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
