#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the seventy-sixth hand-labelled hold-out set (holdout76).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, HOTELS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, NM, HOT)

UK, SC, WA, NI, ENG, EW, EU = "UK", "Scotland", "Wales", "Northern Ireland", "England", "England and Wales", "EU"
HOUSEHOLDS, EPISODES, OCCUPATIONS = "other:households", "other:episodes", "other:occupations"
LICENCES, TFR_UNIT, INCIDENTS, HOMES = "other:licences", "other:children_per_woman", "other:incidents", "other:homes"

# 01 (Friday 22 May 2026; Home Office statistics for the year ending March 2026 published "on Thursday", 21 May)
YM26 = "year ending March 2026 (April 2025 to March 2026; the 12 months to March)"
YM25 = "year ending March 2025 (April 2024 to March 2025; the previous year)"
EM26 = "end of March 2026 (31 March 2026)"
EM25 = "end of March 2025 (twelve months earlier)"
GR = "asylum_grants_share_initial_decisions"
AA = "asylum_applications"
FEN = "Fenwick Centre for Migration Policy"
# 02 (Tuesday 10 March 2026; Wayfinder Children's Trust report published "today")
HOT02 = "July 2021 to January 2024 (while Home Office hotels housed unaccompanied children)"
NOW02 = "March 2026 (now; Wayfinder Children's Trust report)"
MISS = "unaccompanied_children_missing_from_hotels"
MCARE = "unaccompanied_children_missing_from_care"
C25 = "2025 (calendar year; last year)"
# 03 (Wednesday 3 June 2026; Home Office statistics for the year ending March 2026 published "last month")
SW = "visas_granted_skilled_worker"
THR = "skilled_worker_salary_threshold"
YM23 = "year ending March 2023 (April 2022 to March 2023)"
YM24 = "year ending March 2024 (April 2023 to March 2024)"
CHART = " (chart)"
# 04 (Friday 28 August 2026; ONS births in England and Wales 2025 published "this week")
BA = "births_mother_born_abroad"
BSA = "births_share_mother_born_abroad"
BUK = "births_mother_born_uk"
B25 = "2025 (calendar year; births registered in England and Wales)"
TFR = "total_fertility_rate"
# 05 (Wednesday 10 June 2026; Home Office figures released to the Chronicle; Stormont committee "on Monday", 8 June)
ASP = "asylum_support_population"
FY26 = "2025/26 (April 2025 to March 2026)"
NIHE = "Northern Ireland Housing Executive director of homelessness services"
# 06 (Tuesday 6 October 2026; council leaders told "on Monday", 5 October)
CN = "Cardiff and Newport"
NOW06 = "October 2026 (now; figures presented to the councils)"
EJ26 = "end of June 2026 (30 June 2026)"
RH = "refugees_homeless_after_leaving_asylum_support"
CLLR = "Cardiff cabinet member for housing"
HOSP = "Home Office spokesperson"
# 07 (Wednesday 2 December 2026; ONS estimates for the year ending June 2026 published "last Thursday", 26 November)
YJ26 = "year ending June 2026 (July 2025 to June 2026)"
YJ25 = "year ending June 2025 (July 2024 to June 2025; the previous 12 months)"
EB = "emigration_british"
WHV = "working_holiday_visas_granted_britons"
CPR = "canada_permanent_residents_british"

ARTICLES = {
    "01-the-daily-plimsoll-asylum-backlog-grant-rates-by-nationality": dict(
        meta=dict(url="https://www.dailyplimsoll.example/politics/2026/05/22/asylum-backlog-falls-third-sudanese-eritreans-grant-rates/",
                  title="Asylum backlog falls by a third, but Sudanese and Eritreans still win protection nine times in ten",
                  publisher="The Daily Plimsoll", author="Hamish Treloar-Okafor", published_date="2026-05-22"),
        labels=[
            L("a third", -THIRD, E, PCT, "asylum_backlog_change", EM26 + " vs " + EM25 + " (headline)", ctx="falls by a third"),
            L("nine times in ten", 90, E, PCT, GR, YM26 + " (Sudanese and Eritrean nationals; headline)"),
            L("118,600", 118600, E, P, "asylum_initial_decisions", YM26 + " (claims cleared; standfirst)", occ=0),
            L("more than halved", -50, MT, PCT, GR + "_afghan_change", YM26 + " vs " + YM25 + " (standfirst)"),
            L("a third", -THIRD, E, PCT, "asylum_backlog_change", EM26 + " vs " + EM25 + " (in a year)", ctx="shrunk by a third"),
            L("nearly doubled", 2, ALM, RATIO, "asylum_backlog_appeals_ratio", EM26 + " vs " + EM25),
            L("61,340", 61340, E, P, "asylum_backlog", EM26 + " (claims awaiting an initial decision; Home Office)"),
            L("91,900", 91900, E, P, "asylum_backlog", EM25),
            L("about 175,000", 175000, AP, P, "asylum_backlog", "summer 2023 (its high point)"),
            L("118,600", 118600, E, P, "asylum_initial_decisions", YM26, occ=1),
            L("52,200", 52200, E, P, "asylum_grants", YM26 + " (initial decisions granting protection)"),
            L("66,400", 66400, E, P, "asylum_refusals", YM26 + " (initial decisions)"),
            L("44 per cent", 44, E, PCT, GR, YM26 + " (succeeded at the first attempt)"),
            L("52 per cent", 52, E, PCT, GR, YM25),
            L("98 per cent", 98, E, PCT, GR + "_sudanese", YM26),
            L("93 per cent", 93, E, PCT, GR + "_eritrean", YM26),
            L("fewer than one in twenty", 5, LT, PCT, GR + "_albanian", YM26),
            L("1 per cent", 1, E, PCT, GR + "_indian", YM26),
            L("11 per cent", 11, E, PCT, GR + "_vietnamese", YM26),
            L("14 per cent", 14, E, PCT, GR + "_pakistani", YM26),
            L("82 per cent", 82, E, PCT, GR + "_afghan", YM25),
            L("38 per cent", 38, E, PCT, GR + "_afghan", YM26),
            L("11,900", 11900, E, P, AA, YM26 + " (Pakistani nationals; the most claims)"),
            L("109,200", 109200, E, P, AA, YM26 + " (in all)"),
            L("4 per cent", 4, E, PCT, AA + "_change", YM26 + " vs " + YM25),
            L("51,200", 51200, E, P, "asylum_backlog_appeals", EM26 + " (appeals waiting for a First-tier Tribunal hearing)"),
            L("nearly double", 2, ALM, RATIO, "asylum_backlog_appeals_ratio", EM26 + " vs " + EM25, ctx="nearly double the number"),
            L("Roughly 45 per cent", 45, AP, PCT, "asylum_appeals_share_allowed", YM26 + " (appeals decided; Ministry of Justice)"),
            L("Almost four in ten", 40, ALM, PCT, "asylum_backlog_share_waiting_over_6_months", EM26),
            L("around 7,900", 7900, AP, P, "asylum_backlog_waiting_over_1_year", EM26),
            L("More than 50,000", 50000, MT, P, "asylum_backlog_appeals", "May 2026 (stuck in the system; shadow home secretary)"),
            L("close to 100 per cent", 100, AP, PCT, GR, "May 2026 (some nationalities; shadow home secretary)"),
            R("between 20,000 and 25,000", 20000, 25000, P, "asylum_refused_not_removed",
              "May 2026 (refused applicants with no appeal outstanding; " + FEN + " estimate)"),
            L("almost half", -50, ALM, PCT, "asylum_backlog_change", "5 July 2024 to May 2026 (since 5 July 2024; Home Office spokesman)"),
            V("dozens", 24, 108, HOTELS, "asylum_hotels_closed", "5 July 2024 to May 2026 (since 5 July 2024; Home Office spokesman)"),
        ]),
    "02-daily-tambourine-missing-children-asylum-hotels": dict(
        meta=dict(url="https://www.dailytambourine.example/news/uk-news/revealed-512-lone-child-migrants-went-36118204",
                  title="Revealed: 512 lone child migrants went missing from Home Office hotels - and more than 1 in 5 have never been found",
                  publisher="Daily Tambourine", author="Kayleigh Brannigan-Oyelaran", published_date="2026-03-10"),
        labels=[
            L("512", 512, E, P, MISS, HOT02 + " (headline)", occ=0),
            L("more than 1 in 5", 20, MT, PCT, MISS + "_share_never_found", NOW02 + " (headline)"),
            L("More than 500", 500, MT, P, MISS, HOT02),
            L("118", 118, E, P, MISS + "_still_missing", NOW02 + " (still unaccounted for)", occ=0),
            L("six", 6, E, HOTELS, "unaccompanied_children_hotels_used", HOT02, ctx="the six hotels"),
            L("5,120", 5120, E, P, "unaccompanied_children_placed_in_hotels", HOT02 + " (passed through them)"),
            L("512", 512, E, P, MISS, HOT02 + " (vanished at least once)", occ=1),
            L("one in ten", 10, E, PCT, "unaccompanied_children_placed_in_hotels_share_missing", HOT02),
            L("118", 118, E, P, MISS + "_still_missing", NOW02 + " (never traced)", occ=1),
            L("84%", 84, E, PCT, MISS + "_still_missing_share_albanian", NOW02 + " (84% of these)"),
            L("39", 39, E, P, MISS + "_found_exploited", NOW02 + " (found working in cannabis farms or county lines; police)", geo=ENG),
            L("£8.4m", 8.4e6, E, GBP, "asylum_cost", HOT02 + " (running the hotels for unaccompanied children)"),
            L("1,310", 1310, E, P, MCARE, C25 + " (unaccompanied asylum-seeking children missing at least once)", geo=ENG),
            L("20%", 20, E, PCT, MCARE + "_change", "2025 vs 2024", geo=ENG),
            L("4,870", 4870, E, EPISODES, "unaccompanied_children_missing_episodes", C25, geo=ENG),
            L("46", 46, E, P, MCARE, "1 January to 10 March 2026 (so far this year)", geo="Kent"),
            L("nearly four times", 4, ALM, RATIO, MCARE + "_ratio", "so far in 2026 vs the same point in 2025", geo="Kent"),
            L("480", 480, E, P, "unaccompanied_children_in_care", "March 2026 (now; Kent County Council)", geo="Kent"),
            L("at least 262", 262, AL, P, "age_disputed_children_placed_in_adult_accommodation", C25 + " (judged to be adults by Border Force)"),
            L("168", 168, E, P, "age_disputed_found_to_be_children", C25 + " (later assessed by councils)"),
            L("nearly two-thirds", 200 / 3, ALM, PCT, "age_disputed_share_found_to_be_children", C25),
            L("118", 118, E, P, MISS + "_still_missing", NOW02 + " (Wayfinder chief executive)", occ=2),
            L("3,560", 3560, E, P, AA, C25 + " (unaccompanied children)"),
            L("£143", 143, E, GBP, "unaccompanied_asylum_seeking_children_cost_per_night",
              "per night, March 2026 (paid to councils per child; " + HOSP + ")"),
            L("Nearly three-quarters", 75, ALM, PCT, "unaccompanied_children_share_transferred_within_10_working_days",
              "March 2026 (now; " + HOSP + ")"),
            L("7,380", 7380, E, P, "unaccompanied_children_in_care", "end of March 2025 (31 March 2025; last year)", geo=ENG),
            L("14%", -14, E, PCT, "unaccompanied_children_in_care_change", "end of March 2025 vs end of March 2024 (12 months earlier)", geo=ENG),
        ]),
    "03-the-dovetail-skilled-worker-visa-threshold-dependants": dict(
        meta=dict(url="https://www.thedovetail.example/news/politics/skilled-worker-visa-salary-threshold-dependants-explained-3920417",
                  title="Skilled worker visa: what you now need to earn, who can bring family, and why numbers have halved",
                  publisher="The Dovetail", author="Priya Lindqvist-Oduro", published_date="2026-06-03"),
        labels=[
            L("halved", -50, E, PCT, SW + "_change", "year ending March 2026 vs " + YM23 + " (headline)"),
            L("36 per cent", -36, E, PCT, SW + "_change", YM26 + " vs " + YM25 + " (main applicants; standfirst)", occ=0),
            L("58,900", 58900, E, P, SW, YM26 + " (main applicants; Home Office)"),
            L("36 per cent", -36, E, PCT, SW + "_change", YM26 + " vs " + YM25 + " (main applicants)", occ=1),
            L("roughly 60 per cent", -60, AP, PCT, SW + "_change", YM26 + " vs " + YM23),
            L("146,500", 146500, E, P, SW, YM23 + " (main applicants)"),
            L("146.5k", 146500, E, P, SW, YM23 + CHART),
            L("118.2k", 118200, E, P, SW, YM24 + CHART),
            L("92.0k", 92000, E, P, SW, "year ending March 2025 (April 2024 to March 2025)" + CHART),
            L("58.9k", 58900, E, P, SW, YM26 + CHART),
            L("£41,700", 41700, E, GBP, THR, "per year, since 22 July 2025 (general threshold)"),
            L("£38,700", 38700, E, GBP, THR, "per year, April 2024 to 21 July 2025 (previous general threshold)"),
            L("£26,200", 26200, E, GBP, THR, "per year, before April 2024"),
            L("59 per cent", 59, E, PCT, THR + "_change", "since 22 July 2025 vs before April 2024 (in little more than a year)"),
            L("£33,400", 33400, E, GBP, THR + "_new_entrant", "per year, since 22 July 2025 (lower floor for new entrants)"),
            L("82", 82, E, OCCUPATIONS, "temporary_shortage_list_occupations", "June 2026 (now; until the end of 2026)"),
            L("71,300", 71300, E, P, SW + "_dependants", YM26 + " (the year to March)"),
            L("41 per cent", -41, E, PCT, SW + "_dependants_change", YM26 + " vs " + YM25),
            L("1.2", 1.2, E, RATIO, SW + "_dependants_per_main_applicant_ratio", YM26),
            L("1.4", 1.4, E, RATIO, "visas_granted_care_worker_dependants_per_main_applicant_ratio",
              "2022 to July 2025 (while the care route was open; on average)"),
            L("32 per cent", 32, E, PCT, "skills_charge_large_employers_change", "December 2025 (the Immigration Skills Charge rise)"),
            L("£1,320", 1320, E, GBP, "skills_charge_large_employers_per_worker", "per year, since December 2025 (Immigration Skills Charge)"),
            L("£769", 769, E, GBP, "visa_application_fee_skilled_worker", "2026 (visa of up to three years)"),
            L("£1,035", 1035, E, GBP, "health_surcharge_per_person", "per year, 2026 (immigration health surcharge, each family member)"),
            L("£20,700", 20700, E, GBP, "health_surcharge_family_of_four_five_year_visa", "2026 (a couple with two children on a five-year visa)"),
            L("16,800", 16800, E, P, SW, YM26 + " (Indian nationals; main applicants)"),
            L("more than a quarter", 25, MT, PCT, SW + "_share_india", YM26),
            L("5,600", 5600, E, P, SW, YM26 + " (Nigerian nationals; main applicants)"),
            L("3,100", 3100, E, P, SW, YM26 + " (Filipino nationals; main applicants)"),
            L("about 121,000", 121000, AP, LICENCES, "sponsor_licences", "June 2026 (now; licensed sponsors)"),
            L("1,950", 1950, E, LICENCES, "sponsor_licences_revoked", C25),
            L("more than double", 2, MT, RATIO, "sponsor_licences_revoked_ratio", "2025 vs 2024"),
            L("about £39,000", 39000, AP, GBP, "earnings_median_full_time", "per year, 2026 (median full-time pay; Waverley Institute economist)"),
            L("around one in five", 20, AP, PCT, SW + "_share_below_current_threshold",
              "2023 (sponsored workers recruited in 2023, against today's threshold; Waverley Institute economist)"),
            L("more than two-thirds", -200 / 3, MT, PCT, NM + "_change", "latest estimate vs the peak (" + HOSP + ")"),
        ]),
    "04-palimpsest-births-mothers-born-abroad": dict(
        meta=dict(url="https://palimpsest.example/p/the-maternity-ward-is-a-better-guide-to-britain-than-the-census",
                  title="The maternity ward is a better guide to Britain than the census",
                  publisher="Palimpsest", author="Rosalind Achterberg-Nnamdi", published_date="2026-08-28"),
        labels=[
            L("More than a third", THIRD, MT, PCT, BSA, B25 + " (standfirst)", geo=EW),
            L("34.1 per cent", 34.1, E, PCT, BSA, B25 + " (a record; ONS)", geo=EW),
            L("33.6 per cent", 33.6, E, PCT, BSA, "2024 (the year before)", geo=EW),
            L("589,800", 589800, E, P, "births", B25, geo=EW),
            L("roughly 201,000", 201000, AP, P, BA, B25, geo=EW),
            L("about one in nine", 100 / 9, AP, PCT, BSA, "1990", geo=EW),
            L("21,200", 21200, E, P, BA, B25 + " (mothers born in India)", geo=EW),
            L("19,100", 19100, E, P, BA, B25 + " (mothers born in Pakistan)", geo=EW),
            L("12,400", 12400, E, P, BA, B25 + " (mothers born in Romania)", geo=EW),
            L("10,900", 10900, E, P, BA, B25 + " (mothers born in Nigeria)", geo=EW),
            L("8.7 per cent", 8.7, E, PCT, "births_share_mother_born_eu", B25, geo=EW),
            L("11.3 per cent", 11.3, E, PCT, "births_share_mother_born_eu", "2017 (the peak)", geo=EW),
            L("more than a quarter", -25, MT, PCT, BUK + "_change", "2025 vs 2010 (since 2010)", geo=EW),
            L("about 541,700", 541700, AP, P, BUK, "2010", geo=EW),
            L("388,700", 388700, E, P, BUK, B25, geo=EW),
            L("around a tenth", 10, AP, PCT, BA + "_change", "2025 vs 2010 (since 2010)", geo=EW),
            L("59,700", 59700, E, P, BA + "_change", "2025 vs 2005 (59,700 higher)", geo=EW),
            L("1.80", 1.8, E, TFR_UNIT, TFR, C25 + " (women born abroad)", geo=EW),
            L("1.33", 1.33, E, TFR_UNIT, TFR, C25 + " (women born in the UK)", occ=0, geo=EW),
            L("1.41", 1.41, E, TFR_UNIT, TFR, C25 + " (all women; the lowest on record)", geo=EW),
            L("59.4 per cent", 59.4, E, PCT, BSA, B25, geo="London"),
            L("above three-quarters", 75, MT, PCT, BSA, B25, geo="Newham"),
            L("13.2 per cent", 13.2, E, PCT, BSA, B25, geo=WA),
            L("roughly one in five", 20, AP, PCT, BSA, "2025 (National Records of Scotland)", geo=SC),
            L("571,000", 571000, E, P, "deaths", C25, geo=EW),
            L("18,800", 18800, E, P, "population_natural_change", C25, geo=EW),
            L("340,000", 340000, E, P, "net_migration_assumption", "per year, long run (ONS projections assumption; demographer)"),
            L("4.9 million", 4.9e6, E, P, "population_growth_projection", "mid-2022 to mid-2032 (the decade to 2032; ONS projections; demographer)"),
            L("1.33", 1.33, E, TFR_UNIT, TFR, C25 + " (native-born women; restated)", occ=1, geo=EW),
        ]),
    "05-the-carryduff-chronicle-ni-asylum-claims-accommodation": dict(
        meta=dict(url="https://www.carryduffchronicle.example/news/politics/northern-ireland-asylum-claims-up-18-housing-executive-cliff-edge-refugees-4471829",
                  title="Northern Ireland asylum claims up 18% as Housing Executive warns of 'cliff edge' for new refugees",
                  publisher="The Carryduff Chronicle", author="Niamh Dornan-Achebe", published_date="2026-06-10"),
        labels=[
            L("18%", 18, E, PCT, AA + "_change", YM26 + " vs " + YM25 + " (headline)", occ=0, geo=NI),
            L("Three", 3, E, HOTELS, "asylum_hotels_in_use", "June 2026 (still in use; standfirst)", ctx="Three hotels are still in use", geo=NI),
            L("18%", 18, E, PCT, AA + "_change", YM26 + " vs " + YM25 + " (Home Office figures released to the Chronicle)", occ=1, geo=NI),
            L("2,870", 2870, E, P, AA, YM26, geo=NI),
            L("2,430", 2430, E, P, AA, YM25, geo=NI),
            L("More than half", 50, MT, PCT, AA + "_share_sudanese_eritrean_somali", YM26, geo=NI),
            L("1,520", 1520, E, P, AA, YM26 + " (Sudanese, Eritrean and Somali nationals)", geo=NI),
            L("3,960", 3960, E, P, ASP, EM26 + " (housed or supported by the Home Office)", geo=NI),
            L("almost nine in ten", 90, ALM, PCT, ASP + "_share_belfast", EM26, geo=NI),
            L("3,510", 3510, E, P, ASP, EM26, geo="Belfast"),
            L("Three", 3, E, HOTELS, "asylum_hotels_in_use", "June 2026 (contingency accommodation)", ctx="Three hotels are still used", geo=NI),
            L("13", 13, E, HOTELS, "asylum_hotels_in_use", "2023 (the high)", geo=NI),
            L("c. 600", 600, AP, P, HOT, "June 2026 (between the three hotels)", geo=NI),
            L("210", 210, E, P, "asylum_dispersal_population", "June 2026 (dispersed housing)", geo="Derry City and Strabane"),
            L("145", 145, E, P, "asylum_dispersal_population", "June 2026 (dispersed housing)", geo="Newry, Mourne and Down"),
            L("16,950", 16950, E, P, AA, C25 + " (applications for international protection)", geo="Ireland"),
            L("more than 80%", 80, MT, PCT, AA + "_share_via_northern_ireland", "2024 to 2026 (Irish government claim)", geo="Ireland"),
            L("£290m", 290e6, E, GBP, "payment_to_rwanda", "2022 to July 2024 (paid by the time the scheme was scrapped)"),
            L("1,460", 1460, E, HOUSEHOLDS, RH, FY26 + " (presented as homeless; Housing Executive)", geo=NI),
            L("26%", 26, E, PCT, RH + "_change", FY26 + " vs 2024/25", geo=NI),
            L("540", 540, E, HOUSEHOLDS, "refugee_households_temporary_accommodation", "end of May 2026", geo=NI),
            L("46,800", 46800, E, HOUSEHOLDS, "housing_waiting_list_households", "June 2026 (applicants; " + NIHE + ")", geo=NI),
            L("about three-quarters", 75, AP, PCT, "housing_waiting_list_share_housing_stress", "June 2026 (" + NIHE + ")", geo=NI),
            L("£7.2m", 7.2e6, E, GBP, "refugee_homelessness_temporary_accommodation_cost", FY26 + " (last year; " + NIHE + ")", geo=NI),
            L("nearly double", 2, ALM, RATIO, "refugee_homelessness_temporary_accommodation_cost_ratio", FY26 + " vs 2023/24 (two years earlier)", geo=NI),
            L("£1.6m", 1.6e6, E, GBP, "refugee_integration_funding", "2026/27 (this year; Department for Communities)", geo=NI),
            L("188", 188, E, HOTELS, "asylum_hotels_in_use", "June 2026 (" + HOSP + ")"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "2023 (the peak; " + HOSP + ")"),
        ]),
    "06-the-pontcanna-post-cardiff-newport-asylum-hotels-closing": dict(
        meta=dict(url="https://www.pontcannapost.example/news/cardiff-news/last-asylum-hotels-cardiff-newport-shut-march-28830571",
                  title="Last asylum hotels in Cardiff and Newport to shut by March as Home Office moves 640 people into houses",
                  publisher="The Pontcanna Post", author="Gethin Rowlands-Asante", published_date="2026-10-06"),
        labels=[
            L("640", 640, E, P, HOT, NOW06 + " (headline)", occ=0, geo=CN),
            L("a third", THIRD, E, PCT, RH + "_change", "2026 onwards (could rise once decisions speed up; forecast; standfirst)",
              ctx="could rise by a third once", geo="Cardiff"),
            L("four", 4, E, HOTELS, "asylum_hotels_in_use", NOW06 + " (remaining)", ctx="its four remaining", geo=CN),
            L("three", 3, E, HOTELS, "asylum_hotels_in_use", NOW06, ctx="three in Cardiff", geo="Cardiff"),
            L("one", 1, E, HOTELS, "asylum_hotels_in_use", NOW06, ctx="and one on the outskirts", geo="Newport"),
            L("about 640", 640, AP, P, HOT, NOW06, geo=CN),
            L("455", 455, E, P, HOT, NOW06, geo="Cardiff"),
            L("185", 185, E, P, HOT, NOW06, occ=0, geo="Newport"),
            L("3,470", 3470, E, P, ASP, NOW06, geo=WA),
            L("9%", 9, E, PCT, ASP + "_change", "October 2026 vs October 2025 (a year ago)", geo=WA),
            L("1,390", 1390, E, P, ASP, NOW06, occ=0, geo="Cardiff"),
            L("880", 880, E, P, ASP, NOW06, geo="Swansea"),
            L("790", 790, E, P, ASP, NOW06, geo="Newport"),
            L("410", 410, E, P, ASP, NOW06, geo="Wrexham"),
            L("27,600", 27600, E, P, HOT, EJ26),
            L("29%", -29, E, PCT, HOT + "_change", EJ26 + " vs end of June 2025 (a year before)"),
            L("3.47k", 3470, E, P, ASP, NOW06 + " (ASYLUM IN WALES box)", geo=WA),
            L("1,390", 1390, E, P, ASP, NOW06 + " (box)", occ=1, geo="Cardiff"),
            L("640", 640, E, P, HOT, NOW06 + " (hotel residents to be moved; box)", ctx="to be moved: 640", geo=CN),
            L("183", 183, E, HOTELS, "asylum_hotels_in_use", NOW06 + " (box)", occ=0),
            L("c. 400", 400, AP, HOTELS, "asylum_hotels_in_use", "2023 (box)"),
            L("610", 610, E, HOUSEHOLDS, "refugee_households_leaving_asylum_support", C25 + " (granted refugee status; " + CLLR + ")", geo="Cardiff"),
            L("more than half", 50, MT, PCT, "refugee_households_leaving_asylum_support_share_homeless", C25 + " (" + CLLR + ")", geo="Cardiff"),
            L("a third", THIRD, E, PCT, RH + "_change", "2026 onwards (could rise if the Home Office speeds up decisions; forecast; " + CLLR + ")",
              ctx="could rise by a third.", geo="Cardiff"),
            L("2,260", 2260, E, HOUSEHOLDS, "temporary_accommodation_households", "October 2026 (already)", geo="Cardiff"),
            L("310", 310, E, HOUSEHOLDS, "temporary_accommodation_households", "October 2026 (in hotels and B&Bs)", geo="Cardiff"),
            L("37", 37, E, INCIDENTS, "police_callouts_asylum_hotel", C25 + " (at or near the site; Gwent Police)", geo="Newport"),
            L("9", 9, E, P, "arrests_asylum_hotel", C25 + " (Gwent Police)", ctx="leading to 9 arrests", geo="Newport"),
            L("£2.4m", 2.4e6, E, GBP, "welsh_government_refugee_housing_funding", "2026/27 (this year)", geo=WA),
            L("£1.5m", 1.5e6, E, GBP, "welsh_government_refugee_housing_funding", "2025 (announced in 2025)", geo=WA),
            R("40 or 50", 40, 50, P, "charity_service_users", "per week, October 2026 (already; Cynefin Sanctuary Project drop-in)", geo="Newport"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "2023 (" + HOSP + ")"),
            L("183", 183, E, HOTELS, "asylum_hotels_in_use", "October 2026 (today; " + HOSP + ")", occ=1),
            L("185", 185, E, P, HOT, NOW06 + " (Newport's Conservative group)", occ=1, geo="Newport"),
        ]),
    "07-the-transom-british-emigration-australia-canada": dict(
        meta=dict(url="https://www.thetransom.example/news/uk/home-news/british-emigration-australia-canada-young-people-ons-b2871163.html",
                  title="Young Britons head for Australia and Canada as emigration by UK nationals rises 20%",
                  publisher="The Transom", author="Rhiannon Castleford-Obi", published_date="2026-12-02"),
        labels=[
            L("20%", 20, E, PCT, EB + "_change", YJ26 + " vs " + YJ25 + " (headline)", occ=0),
            L("Three-quarters", 75, E, PCT, EB + "_share_aged_16_34", YJ26 + " (under 35; standfirst)", occ=0),
            L("92,000", 92000, E, P, EB, YJ26 + " (Office for National Statistics)"),
            L("20%", 20, E, PCT, EB + "_change", YJ26 + " vs " + YJ25, occ=1),
            L("77,000", 77000, E, P, EB, YJ25),
            L("35,000", 35000, E, P, "immigration_british", YJ26 + " (came back or arrived)"),
            L("minus 57,000", -57000, E, P, "net_migration_british_nationals", YJ26),
            L("631,000", 631000, E, P, "emigration", YJ26 + " (all nationalities)"),
            L("183,000", 183000, E, P, NM, YJ26),
            L("41,000", 41000, E, P, "emigration_revision", YJ25 + " (estimate revised up)"),
            L("683,000", 683000, E, P, "emigration", YJ25 + " (revised estimate)"),
            L("Three-quarters", 75, E, PCT, EB + "_share_aged_16_34", YJ26, occ=1),
            L("about half", 50, AP, PCT, "immigration_british_share_aged_16_34", YJ26 + " (of those who arrived)"),
            L("41,300", 41300, E, P, WHV, "2025/26 (Australian financial year, July 2025 to June 2026)", geo="Australia"),
            L("nearly double", 2, ALM, RATIO, WHV + "_ratio", "2025/26 vs 2022/23", geo="Australia"),
            L("21,700", 21700, E, P, WHV, "2022/23 (July 2022 to June 2023)", geo="Australia"),
            L("8,450", 8450, E, P, CPR, "2025 (calendar year)", geo="Canada"),
            L("5,900", 5900, E, P, CPR, "2023 (calendar year)", geo="Canada"),
            L("12.9k", 12900, E, P, "canada_youth_mobility_work_permits_british", "2025 (calendar year; a further)", geo="Canada"),
            L("1.3m", 1.3e6, E, P, "uk_born_population_abroad", "2026 (an estimated; United Nations figures)", geo="Australia"),
            L("c. 600,000", 600000, AP, P, "uk_born_population_abroad", "2026 (United Nations figures)", geo="Canada"),
            L("61,800", 61800, E, P, "eu_first_residence_permits_british", C25 + " (Eurostat)", geo=EU),
            L("12%", -12, E, PCT, "eu_first_residence_permits_british_change", "2025 vs 2024 (fewer)", geo=EU),
            L("2,040", 2040, E, P, "poll_sample_size", "November 2026 (Keystone Research poll for The Transom)"),
            L("one in five", 20, E, PCT, "public_share_considering_emigration_under_35",
              "November 2026 (aged 18 to 34; in the next five years; Keystone Research poll)"),
            L("around £47,000", 47000, AP, GBP, "nurse_salary_newly_qualified", "per year, 2026 (the equivalent; Hadrian Centre economist)",
              geo="Western Australia"),
            L("£31,000", 31000, E, GBP, "nurse_salary_newly_qualified", "per year, 2026 (Hadrian Centre economist)", geo=ENG),
            L("250", 250, E, P, EB, "per day, " + YJ26 + " (losing 250 of its own citizens a day; Liberal Democrats)"),
            L("1.5 million", 1.5e6, E, HOMES, "housebuilding_target", "2024 to 2029 (this Parliament; government spokesperson)", geo=ENG),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
