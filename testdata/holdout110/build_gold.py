#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-tenth hand-labelled hold-out set (holdout110).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, HOTELS, THIRD, SIXTH, E, AP, MT, AL, LT, AM,
                        ALM, SBA, NM, AC, HOT, YEARS)

UK, ENG, WA, FR = "UK", "England", "Wales", "France"
AUS, CAN = "Australia", "Canada"
OPS, AREAS, D100 = "other:operations", "other:council_areas", "other:deaths_per_100_births"

# 01 (Tuesday 8 September 2026; deaths on Monday 7 September; "so far this year" = 1 January to 7 September 2026)
SBD = "small_boat_deaths"
YTD1 = "1 January to 7 September 2026 (so far this year; maritime prefecture, Cherbourg"
MON = "Monday 7 September 2026 (before dawn, off Équihen-Plage"
PREF = "maritime prefecture, Cherbourg"
MS = "Marée Solidaire, Dunkirk aid group"
# 02 (Saturday 14 March 2026; ONS estimates "in November" 2025 for the year ending June 2025)
WHV = "working_holiday_visas_granted_britons"
YJ25 = "July 2024 to June 2025 (year ending June 2025; ONS, published November 2025"
WCM = "Ravensworth Centre for Migration Research"
# 03 (Thursday 21 May 2026; National Audit Office report published "yesterday", Wednesday 20 May 2026)
LS = "large_site_cost"
NAO = "National Audit Office report, published Wednesday 20 May 2026"
PROG = "2023 to 31 March 2026 (the large sites programme to the end of March; " + NAO + ")"
BIBBY = "August 2023 to January 2025 (the barge's time at Portland; " + NAO + ")"
WF, PORT, SCAMP = "Wethersfield", "Portland", "Scampton"
# 04 (Wednesday 29 July 2026; ONS mid-2025 estimates published "on Wednesday")
MID25 = "mid-2025 (30 June 2025; ONS estimates published Wednesday 29 July 2026"
Y25 = "July 2024 to June 2025 (the year to mid-2025; ONS"
PEN = "demographer, Penrallt University"
# 05 (Tuesday 12 May 2026; Home Office figures for 2025)
MIR = "family_visa_minimum_income_requirement"
C25 = "January to December 2025 (last year; Home Office figures"
MAC = "Migration Advisory Committee"
FAN = "Families Apart Network survey of members"
# 06 (Thursday 8 October 2026; Home Office confirmed the new rates "on Wednesday", 7 October; in force "from next month")
WA_ = "asylum_support_weekly_allowance"
NEW = "per week, from November 2026 (new rate confirmed by the Home Office on Wednesday 7 October 2026"
OLD = "per week, until October 2026 (current rate"
BRK = "Baylight Refugee Kitchen, Newcastle"
# 07 (Saturday 28 November 2026; ONS release "on Thursday", 26 November 2026)
YJ26 = "July 2025 to June 2026 (the year to June 2026; first estimate; ONS, Thursday 26 November 2026"

ARTICLES = {
    "01-the-belltower-channel-deaths-so-far-this-year": dict(
        meta=dict(url="https://www.thebelltower.example/news/uk/home-news/channel-deaths-2026-small-boats-equihen-b2817734.html",
                  title="At least 58 dead in Channel crossings so far in 2026 as dinghy sinks off French coast",
                  publisher="The Belltower", author="Harriet Pellow-Mwangi", published_date="2026-09-08"),
        labels=[
            L("At least 58", 58, AL, P, SBD, YTD1 + "; headline)"),
            L("Four", 4, E, P, SBD, MON + "; more deaths; standfirst)", ctx="Four more deaths", geo=FR),
            L("almost a third", THIRD, ALM, PCT, SBD + "_change", "1 January to 7 September, 2026 vs 2025 (above last year's figure at this stage; standfirst)"),
            L("at least 58", 58, AL, P, SBD, YTD1 + "; lives claimed since January)"),
            L("four", 4, E, P, SBD, MON + "; the latest victims)", ctx="victims, four people", geo=FR),
            L("71", 71, E, P, "small_boat_rescues", MON + "; pulled from the water and the sinking boat; " + PREF + ")", geo=FR),
            L("44", 44, E, P, SBD, "1 January to 7 September 2025 (by the same date last year; " + PREF + ")"),
            L("67", 67, E, P, SBD, "January to December 2025 (all of 2025; " + PREF + ")", ctx="67 for all of 2025"),
            L("82", 82, E, P, SBD, "January to December 2024 (the deadliest of recent years)"),
            L("Twelve", 12, E, P, SBD + "_children", YTD1 + "; of this year's dead)"),
            L("about one in five", 20, AP, PCT, SBD + "_share_children", YTD1 + "; of this year's dead)"),
            L("21", 21, E, P, SBD + "_unidentified", YTD1 + "; still not identified)", ctx="and 21 have"),
            L("more than a third", THIRD, MT, PCT, SBD + "_share_unidentified", YTD1 + "; of the total)"),
            L("at least 17", 17, AL, P, SBD + "_crushed_or_suffocated", YTD1 + "; crushed or suffocated inside the boats; officials)"),
            L("29,140", 29140, E, P, SBA, "1 January to 7 September 2026 (arrivals so far this year; Home Office figures)"),
            L("14%", 14, E, PCT, SBA + "_change", "1 January to early September, 2026 vs 2025 (a rise on; Home Office figures)"),
            L("25,560", 25560, E, P, SBA, "1 January to early September 2025 (recorded by early September 2025)"),
            L("428", 428, E, "other:boats", "small_boat_count", "1 January to 7 September 2026 (the boats they came in)"),
            L("68", 68, E, PPB, "small_boat_occupancy", "1 January to 7 September 2026 (an average per boat)"),
            L("roughly 41", 41, AP, PPB, "small_boat_occupancy", "January to December 2022"),
            L("more than 70", 70, MT, PPB, "small_boat_occupancy", "September 2026 (boats now leaving the beaches; " + MS + ")", geo=FR),
            R("between 1,200 and 1,500", 1200, 1500, P, "migrants_sleeping_rough_french_coast", "the week to 6 September 2026 (last week, in woodland camps around Dunkirk and Calais; " + MS + ")", geo=FR),
            L("Half", 50, E, PCT, "charity_patients_share_crush_injuries", "2026 (people the charity's medics treat after a failed launch; " + MS + ")", geo=FR),
            L("311", 311, E, OPS, "channel_rescue_operations", "1 January to 7 September 2026 (since January; French crews; " + PREF + ")", geo=FR),
            L("3,612", 3612, E, P, "small_boat_rescues", "1 January to 7 September 2026 (brought to safety since January; " + PREF + ")", geo=FR),
            L("more than 90,000", 90000, MT, P, SBA, "4 July 2024 to September 2026 (since the general election of July 2024; shadow home secretary)"),
            L("more than 16,000", 16000, MT, P, "small_boat_launch_attempts_stopped_people", "1 January to 7 September 2026 (attempts to cross prevented so far this year, with French partners; Home Office spokesperson)", geo=FR),
            L("2,340", 2340, E, P, "returns", "to September 2026 (returned to France under the UK-France agreement; Home Office spokesperson)", geo=FR),
            L("371", 371, E, P, SBD, "late 2018 to September 2026 (deaths and disappearances on the route; International Organization for Migration)"),
            L("more than 1,400", 1400, MT, P, "migrant_deaths_mediterranean", "January to August 2026 (International Organization for Migration)", geo="Mediterranean"),
            L("a quarter", -25, E, PCT, "migrant_deaths_mediterranean_change", "January to August, 2026 vs 2025 (down on 2025; International Organization for Migration)", ctx="down a quarter", geo="Mediterranean"),
        ]),
    "02-the-cornice-young-britons-emigrating-australia-canada": dict(
        meta=dict(url="https://www.thecornice.example/news/2026/03/14/young-britons-emigrating-australia-canada-working-holiday-visas/",
                  title="The young Britons packing up for Sydney and Toronto",
                  publisher="The Cornice", author="Rupert Lanyon-Okafor", published_date="2026-03-14"),
        labels=[
            L("more than doubled", 2, MT, RATIO, WHV + "_ratio", "2024-25 vs 2021-22 (Australian financial years; in three years; standfirst)", geo=AUS),
            L("38,420", 38420, E, P, WHV, "July 2024 to June 2025 (2024-25, Australia's financial year; Department of Home Affairs)", geo=AUS),
            L("22 per cent", 22, E, PCT, WHV + "_change", "2024-25 vs 2023-24 (Australian financial years)", geo=AUS),
            L("31,490", 31490, E, P, WHV, "July 2023 to June 2024 (2023-24, the year before)", geo=AUS),
            L("more than double", 2, MT, RATIO, WHV + "_ratio", "2024-25 vs 2021-22 (Australian financial years)", geo=AUS),
            L("17,860", 17860, E, P, WHV, "July 2021 to June 2022 (2021-22, when borders had barely reopened)", geo=AUS),
            L("Some 11,950", 11950, AP, P, "canada_permanent_residents_british", "January to December 2025 (Britons who became permanent residents; Canada's immigration department)", geo=CAN),
            L("9 per cent", 9, E, PCT, "canada_permanent_residents_british_change", "2025 vs 2024", geo=CAN),
            L("9,000", 9000, E, P, "youth_mobility_quota_canada_britons", "per year (places for Britons in Canada's youth mobility scheme; a policy cap)", geo=CAN),
            L("nearly four times", 4, ALM, RATIO, "canada_youth_mobility_applications_to_places_ratio", "2025 (applicants against places)", geo=CAN),
            L("252,000", 252000, E, P, "emigration_british", YJ25 + "; left to live abroad)"),
            L("139,000", 139000, E, P, "immigration_british", YJ25 + "; came back)"),
            L("113,000", -113000, E, P, "net_migration_british_nationals", YJ25 + "; a net outflow)"),
            L("Roughly three in five", 60, AP, PCT, "emigration_british_share_under_35", YJ25 + "; of those leaving)"),
            L("204,000", 204000, E, P, NM, YJ25 + "; over the same 12 months)"),
            L("649,000", 649000, E, P, NM, "July 2023 to June 2024 (a year earlier, revised; ONS)"),
            L("more than two-thirds", -200 / 3, MT, PCT, NM + "_change", "year ending June 2025 vs year ending June 2024 (a fall of)"),
            L("one in four", 25, E, PCT, "public_share_considering_emigration_under_35", "March 2026 (18 to 34-year-olds seriously considering a move overseas; Greyhallow survey for The Cornice)"),
            L("one in seven", 100 / 7, E, PCT, "public_share_considering_emigration_under_35", "2019 (when the firm first put the question; Greyhallow)"),
            L("about £41,000", 41000, AP, GBP, "nurse_salary_newly_qualified", "per year, 2026 (starting pay, the equivalent in pounds)", geo="New South Wales"),
            L("just over £31,000", 31000, MT, GBP, "nurse_salary_newly_qualified", "per year, 2026 (the first rung of the NHS ladder)", geo=ENG),
            L("about 20,000", 20000, AP, P, "emigration_british_change", "per year, now vs about 2016 (more Britons leave each year than a decade ago; " + WCM + ")"),
            L("well over half", 50, MT, PCT, "emigration_british_share_graduates", "2026 (today's leavers who hold a degree; " + WCM + ")"),
            L("about 960,000", 960000, AP, P, "uk_born_population_abroad", "2026 (people born in the UK living in Australia, its largest foreign-born group)", geo=AUS),
            L("some 470,000", 470000, AP, P, "uk_born_population_abroad", "2026 (people born in the UK living in Canada)", geo=CAN),
            L("half a million", 500000, E, P, "emigration_british_young_people", "July 2024 to March 2026 (young people who have left 'on Labour's watch'; shadow chancellor)"),
            L("4.1 per cent", 4.1, E, PCT, "national_living_wage_hourly_change", "April 2026 (next month's rise; government spokesman)"),
            L("£12.71", 12.71, E, GBP, "national_living_wage_hourly", "per hour, from April 2026 (a policy rate)"),
        ]),
    "03-daily-fracas-asylum-barges-large-sites-cost": dict(
        meta=dict(url="https://www.dailyfracas.example/news/article-15502218/Asylum-barge-army-camps-cost-1-17billion-watchdog.html",
                  title="Asylum barge and army camps have cost taxpayers £1.17BILLION - nearly double what ministers promised - and are STILL far dearer than hotels, damning watchdog report reveals",
                  publisher="Daily Fracas", author="Margot Teasdale-Anya", published_date="2026-05-21"),
        labels=[
            L("£1.17BILLION", 1.17e9, E, GBP, LS, PROG + "; headline)"),
            L("nearly double", 2, ALM, RATIO, LS + "_ratio", "to March 2026 (spent against what ministers promised; headline)", ctx="nearly double what"),
            L("£1.17bn", 1.17e9, E, GBP, LS, PROG + "; bullet)", ctx="swallowed £1.17bn"),
            L("£640m", 640e6, E, GBP, LS + "_budgeted", "the programme's first budget (2023; bullet)"),
            L("£213", 213, E, GBP, LS + "_per_person_night", "2026 (one migrant at RAF Wethersfield, a night; bullet)", ctx="costs £213 a night, nearly", geo=WF),
            L("nearly 50%", 50, ALM, PCT, LS + "_per_person_night_premium_over_hotels", "2026 (more than a hotel room; bullet)", geo=WF),
            L("never more than 60 per cent", 60, AM, PCT, "large_site_occupancy_share", BIBBY + "; how full the barge was; bullet)", geo=PORT),
            L("£1.17billion", 1.17e9, E, GBP, LS, PROG + ")"),
            L("£1.17bn", 1.17e9, E, GBP, LS, PROG + "; the bill had reached)", ctx="reached £1.17bn"),
            L("nearly double", 2, ALM, RATIO, LS + "_ratio", "to March 2026 vs the original budget (" + NAO + ")", ctx="nearly double the"),
            L("£640million", 640e6, E, GBP, LS + "_budgeted", "the programme's original budget (2023; " + NAO + ")"),
            L("£94million", 94e6, E, GBP, "large_site_saving_planned", "the programme's lifetime (promised saving against hotels; " + NAO + ")"),
            L("£259million", 259e6, E, GBP, LS + "_excess_over_hotels", "the programme's lifetime, to the closure of the last site (forecast; " + NAO + ")"),
            L("£182million", 182e6, E, GBP, LS + "_security", PROG + "; security alone)"),
            L("almost one in six", SIXTH, ALM, PCT, LS + "_share_security", PROG + "; of every pound spent)"),
            L("£27.9million", 27.9e6, E, GBP, "asylum_barge_cost", BIBBY + "; in total)", geo=PORT),
            L("around £170", 170, AP, GBP, "asylum_barge_cost_per_person_night", BIBBY + "; a night for each man on board)", geo=PORT),
            L("505", 505, E, P, "asylum_barge_capacity", BIBBY + "; built to take)", geo=PORT),
            L("300 at most", 300, AM, P, "asylum_barge_population", BIBBY + "; held)", geo=PORT),
            L("584", 584, E, P, "large_site_population", "31 March 2026 (men housed at RAF Wethersfield; " + NAO + ")", geo=WF),
            L("less than half", 50, LT, PCT, "large_site_occupancy_share", "31 March 2026 (of its capacity; " + NAO + ")", geo=WF),
            L("1,245", 1245, E, P, "large_site_capacity", "31 March 2026 (" + NAO + ")", geo=WF),
            L("£213", 213, E, GBP, LS + "_per_person_night", "2026 (each of them, a night; " + NAO + ")", ctx="costs £213 a night, against", geo=WF),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "2026 (the average for a hotel place, a night; " + NAO + ")"),
            L("£60.4million", 60.4e6, E, GBP, LS, "2023 to 2025 (poured into RAF Scampton, abandoned last year; " + NAO + ")", geo=SCAMP),
            L("£71million", 71e6, E, GBP, LS + "_unused_sites", PROG + "; sites that were never used)"),
            L("£7.5million", 7.5e6, E, GBP, LS, "per week, 2023 to 2026 (taxpayers fleeced; shadow home secretary)"),
            L("197", 197, E, HOTELS, "asylum_hotels_in_use", "31 March 2026 (open at the end of March; Home Office officials)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "2023 (the peak; Home Office officials)"),
            L("more than £40million", 40e6, MT, GBP, "large_site_saving_planned", "per year, from spring 2027 (closing Wethersfield by next spring; Home Office spokesman)"),
            V("hundreds of millions of pounds", -900e6, -200e6, GBP, AC + "_change", "since July 2024 (already cut the asylum bill by; Home Office spokesman)"),
            L("£4.7billion", 4.7e9, E, GBP, AC, "April 2024 to March 2025 (2024/25; the total cost of asylum support; official accounts)"),
            L("Nearly three-quarters", 75, ALM, PCT, LS + "_overspend_share_delays", "the programme to 2026 (of the overspend, from delays; Tollbridge Institute)"),
            L("about 1,300", 1300, AP, P, "population", "2026 (the village of Wethersfield)", geo=WF),
            L("8,300", 8300, E, P, "large_site_population_cumulative", PROG + "; people who passed through the sites)"),
        ]),
    "04-glanmor-news-wales-population-estimate": dict(
        meta=dict(url="https://www.glanmornews.example/news/articles/wales-population-record-mid-2025-estimates-migration-c7q2x9",
                  title="Record 3.2 million live in Wales as newcomers make up for natural decline",
                  publisher="Glanmor News", author="Carys Llewellyn-Bankole", published_date="2026-07-29"),
        labels=[
            L("3.2 million", 3.2e6, E, P, "population", MID25 + "; a record; headline)", ctx="Record 3.2 million live", geo=WA),
            L("3.2 million", 3.2e6, E, P, "population", MID25 + "; a record)", ctx="a record 3.2 million, with", geo=WA),
            L("3,204,900", 3204900, E, P, "population", MID25 + "; residents)", geo=WA),
            L("18,300", 18300, E, P, "population_growth", Y25 + "; an increase in 12 months)", geo=WA),
            L("0.6%", 0.6, E, PCT, "population_change", Y25 + ")", geo=WA),
            L("28,900", 28900, E, P, "births", Y25 + ")", geo=WA),
            L("35,600", 35600, E, P, "deaths", Y25 + ")", geo=WA),
            L("6,700", -6700, E, P, "population_natural_change", Y25 + "; deaths outnumbered births by)", geo=WA),
            L("16,800", 16800, E, P, "net_migration_international", Y25 + "; arrivals from abroad minus departures)", geo=WA),
            L("nearly a third", -THIRD, ALM, PCT, "net_migration_international_change", "year to mid-2025 vs year to mid-2024 (down on the year before; ONS)", geo=WA),
            L("24,500", 24500, E, P, "net_migration_international", "July 2023 to June 2024 (the year before; ONS)", geo=WA),
            L("8,200", 8200, E, P, "net_migration_rest_of_uk", Y25 + "; a further, from the rest of the UK)", geo=WA),
            L("Some 39,100", 39100, AP, P, "internal_migration_inflow_from_rest_of_uk", Y25 + "; came to Wales from England, Scotland or Northern Ireland)", geo=WA),
            L("30,900", 30900, E, P, "internal_migration_outflow_to_rest_of_uk", Y25 + "; made the opposite move)", geo=WA),
            L("2,400", 2400, E, P, "population_revision", "mid-2024 (revised up; ONS)", geo=WA),
            L("3,186,600", 3186600, E, P, "population", "mid-2024 (30 June 2024, revised; ONS)", geo=WA),
            L("0.7%", 0.7, E, PCT, "population_change", Y25 + "; England and Wales together)", geo="England and Wales"),
            L("62.2 million", 62.2e6, E, P, "population", MID25 + ")", geo="England and Wales"),
            L("59 million", 59e6, E, P, "population", MID25 + "; England alone)", geo=ENG),
            L("Eighteen", 18, E, AREAS, "council_areas_population_growth", Y25 + "; of Wales' 22 local authorities)", geo=WA),
            L("1.4%", 1.4, E, PCT, "population_change", Y25 + "; grew fastest)", geo="Newport"),
            L("1.1%", 1.1, E, PCT, "population_change", Y25 + ")", geo="Cardiff"),
            L("390,700", 390700, E, P, "population", MID25 + ")", geo="Cardiff"),
            L("0.3%", -0.3, E, PCT, "population_change", Y25 + "; the only area to shrink)", geo="Blaenau Gwent"),
            L("22.9%", 22.9, E, PCT, "population_share_aged_65_and_over", MID25 + "; now)", geo=WA),
            L("19%", 19, E, PCT, "population_share_aged_65_and_over", MID25 + ")", geo=ENG),
            L("more than a quarter", 25, MT, PCT, "population_share_aged_65_and_over", MID25 + ")", geo="Conwy"),
            L("43.1", 43.1, E, YEARS, "population_median_age", MID25 + "; now)", geo=WA),
            L("123", 123, E, D100, "deaths_per_100_births", "July 2024 to June 2025 (last year; deaths for every 100 babies born; " + PEN + ")", geo=WA),
            L("about two in five", 40, AP, PCT, "immigration_share_study", Y25 + "; overseas arrivals who came to study; " + PEN + ")", geo=WA),
            L("2,100", -2100, E, P, "population_working_age_change", Y25 + "; people of working age, fallen by; Welsh government)", geo=WA),
            L("Roughly one in three", THIRD, AP, PCT, "graduates_share_leaving_wales", "2026 (graduates of Welsh universities leaving within a year of finishing; Plaid Cymru MS)", geo=WA),
            L("around 3.3 million", 3.3e6, AP, P, "population_projection", "2035 (could reach by; earlier ONS projections)", geo=WA),
        ]),
    "05-the-iota-family-visas-minimum-income-explainer": dict(
        meta=dict(url="https://theiota.example/news/politics/family-visas-29000-minimum-income-rule-explained-3417720",
                  title="Family visas: what is the £29,000 rule, and how many couples does it keep apart?",
                  publisher="The Iota", author="Priya Thornbury-Bhatt", published_date="2026-05-12"),
        labels=[
            L("£29,000", 29000, E, GBP, MIR, "per year, since 11 April 2024 (the rule now; headline)", occ=0),
            L("a quarter", -25, E, PCT, "visas_granted_family_partner_change", "2025 vs 2024 (partner visas granted fell by, last year; standfirst)"),
            L("£29,000", 29000, E, GBP, MIR, "per year, since 11 April 2024 (gross income a sponsor must show)", occ=1),
            L("£18,600", 18600, E, GBP, MIR, "per year, 2012 to April 2024"),
            L("56%", 56, E, PCT, MIR + "_change", "April 2024 (lifted by, in one step)"),
            L("£38,700", 38700, E, GBP, MIR + "_planned", "per year (the last government's planned further rise, shelved after the 2024 election)", occ=0),
            R("between £23,000 and £25,000", 23000, 25000, GBP, MIR + "_recommended", "per year (a fairer balance; " + MAC + " review, 2025)"),
            L("51,300", 51300, E, P, "visas_granted_family_partner", C25 + ")"),
            L("25%", -25, E, PCT, "visas_granted_family_partner_change", "2025 vs 2024 (down on)"),
            L("68,400", 68400, E, P, "visas_granted_family_partner", "January to December 2024"),
            L("12%", -12, E, PCT, "visa_applications_family_partner_change", "2025 vs 2024 (dropped less steeply)"),
            L("63,800", 63800, E, P, "visa_applications_family_partner", C25 + ")"),
            L("72,600", 72600, E, P, "visas_granted_family", C25 + "; every family route, including children and adult relatives)"),
            L("about 40%", 40, AP, PCT, "employees_share_earning_below_family_visa_threshold", "2025 (employees in Britain; " + MAC + ")"),
            L("£29,000", 29000, E, GBP, MIR, "per year (the threshold the MAC's shares are measured against)", occ=2),
            L("49%", 49, E, PCT, "employees_share_earning_below_family_visa_threshold", "2025 (" + MAC + ")", geo=WA),
            L("51%", 51, E, PCT, "employees_share_earning_below_family_visa_threshold", "2025 (" + MAC + ")", geo="North East"),
            L("27%", 27, E, PCT, "employees_share_earning_below_family_visa_threshold", "2025 (" + MAC + ")", geo="London"),
            L("54%", 54, E, PCT, "employees_share_earning_below_family_visa_threshold_women", "2025 (working women below the line; " + MAC + ")"),
            L("29%", 29, E, PCT, "employees_share_earning_below_family_visa_threshold_men", "2025 (men; " + MAC + ")"),
            L("£88,500", 88500, E, GBP, "family_visa_savings_requirement", "2026 (cash savings needed by couples without the income; a policy rate)"),
            L("£1,938", 1938, E, GBP, "family_visa_fee", "2026 (applying from abroad; a policy rate)"),
            L("£1,035", 1035, E, GBP, "visa_immigration_health_surcharge", "per year, 2026 (a policy rate)"),
            L("more than £5,000", 5000, MT, GBP, "family_visa_upfront_cost", "2026 (a first 33-month visa, fee and surcharge)"),
            L("£3,029", 3029, E, GBP, "settlement_fee", "2026 (per person; a policy rate)"),
            V("thousands", 2000, 9000, P, "children_separated_by_family_visa_rules", "2026 (British children raised with a parent stuck overseas; Families Apart Network)"),
            L("three-quarters", 75, E, PCT, "separated_couples_share_apart_over_a_year", "2026 (" + FAN + ")"),
            L("84%", 84, E, PCT, "separated_couples_share_children_mental_health_suffered", "2026 (of these; " + FAN + ")"),
            L("About one in 10", 10, AP, PCT, "visas_granted_family_partner_share_article_8", C25 + "; granted on the basis of the right to family life)"),
            L("close to £25,000", 25000, AP, GBP, MIR + "_proposed", "per year (the figure officials are understood to favour)"),
            L("£38,700", 38700, E, GBP, MIR + "_proposed", "per year (Reform UK's proposal)", occ=1),
        ]),
    "06-daily-shemozzle-asylum-weekly-allowance": dict(
        meta=dict(url="https://www.dailyshemozzle.example/news/politics/asylum-seekers-weekly-allowance-rise-3381902",
                  title="Asylum seekers to get £2.02 a week more as charities warn cash 'won't cover a loaf and a bus fare'",
                  publisher="Daily Shemozzle", author="Dean Kilbride-Ofori", published_date="2026-10-08"),
        labels=[
            L("£2.02", 2.02, E, GBP, WA_ + "_change", NEW + "; more a week; headline)", occ=0),
            L("£51.20", 51.20, E, GBP, WA_, NEW + "; standfirst)", occ=0),
            L("£7.31", 7.31, E, GBP, "asylum_support_daily_allowance", "per day, from November 2026 (the new rate a day; standfirst)", occ=0),
            L("£9.24", 9.24, E, GBP, WA_ + "_catered", NEW + "; people in hotels where meals are provided; standfirst)", occ=0),
            L("£2.02", 2.02, E, GBP, WA_ + "_change", NEW + "; an extra)", occ=1),
            L("£49.18", 49.18, E, GBP, WA_, OLD + "; self-catered housing)"),
            L("£51.20", 51.20, E, GBP, WA_, NEW + ")", occ=1),
            L("4.1%", 4.1, E, PCT, WA_ + "_change", "from November 2026 (an increase of)"),
            L("£7.31", 7.31, E, GBP, "asylum_support_daily_allowance", "per day, from November 2026 (works out at)", occ=1),
            L("£9.24", 9.24, E, GBP, WA_ + "_catered", NEW + "; people placed in hotels)", occ=1),
            L("4.3%", 4.3, E, PCT, WA_ + "_catered_change", "from November 2026 (up from)"),
            L("£8.86", 8.86, E, GBP, WA_ + "_catered", OLD + "; hotels)"),
            L("£39.63", 39.63, E, GBP, WA_, "per week, 2021 (the rate stood at; charities)"),
            L("29%", 29, E, PCT, WA_ + "_change", "2021 to November 2026 (risen since then; charities)"),
            L("about 36%", 36, AP, PCT, "food_price_change", "2021 to 2026 (in that time; ONS data)"),
            L("just over half", 50, MT, PCT, WA_ + "_share_of_universal_credit", "from November 2026 (the new rate against universal credit for a single adult 25 or over)"),
            L("roughly £93", 93, AP, GBP, "universal_credit_standard_allowance_weekly", "per week, 2026 (a single adult aged 25 or over)"),
            L("around 108,000", 108000, AP, P, "asylum_support_population", "30 June 2026 (at the end of June; relied on asylum support)"),
            L("31,500", 31500, E, P, HOT, "30 June 2026 (of them in hotels)"),
            L("about £212million", 212e6, AP, GBP, "asylum_cost_cash_allowances", "per year, 2026 (cash payments)"),
            L("about 5%", 5, AP, PCT, "asylum_cost_share_cash_allowances", "per year, 2026 (of the asylum bill)"),
            L("£4.2billion", 4.2e9, E, GBP, AC, "per year, 2026 (an asylum bill of)"),
            L("about 350", 350, AP, P, "charity_service_users", "per week, October 2026 (people fed a week; " + BRK + ")", geo="Newcastle"),
            L("120", 120, E, P, "charity_service_users", "per week, 2023 (" + BRK + ")", ctx="up from 120 in 2023", geo="Newcastle"),
            L("nearly three times", 3, ALM, RATIO, "charity_service_users_ratio", "October 2026 vs 2023 (" + BRK + ")", geo="Newcastle"),
            L("nearly seven in ten", 70, ALM, PCT, "asylum_seekers_share_skipped_meals", "September 2026 (the past month, people on the standard allowance; survey by " + BRK + ")"),
            L("more than half", 50, MT, PCT, "asylum_seekers_share_skipped_meals_weekly", "September 2026 (of them, every week; survey by " + BRK + ")"),
            L("£7.31", 7.31, E, GBP, "asylum_support_daily_allowance", "per day, from November 2026 (nobody is getting rich on; " + BRK + ")", occ=2),
            L("£12million", 12e6, E, GBP, AC, "per day, 2026 (the asylum system; Reform UK home affairs spokesman)"),
            L("More than 100", 100, MT, HOTELS, "asylum_hotels_closed", "July 2024 to October 2026 (stopped housing asylum seekers since the election; Home Office spokesperson)"),
            L("over a third", -THIRD, MT, PCT, "asylum_backlog_change", "July 2024 to October 2026 (the backlog of claims is down by, since the election; Home Office spokesperson)"),
            L("at least 1,600", 1600, AL, P, "asylum_seekers_referred_to_food_banks", "January to June 2026 (people in asylum accommodation, the first half of the year; Refugee Welcome Alliance letter)"),
        ]),
    "07-askance-net-migration-targets-politics": dict(
        meta=dict(url="https://askance.example/p/the-number-that-ate-british-politics",
                  title="The number that ate British politics",
                  publisher="Askance", author="Lucan Brereton-Nnadi", published_date="2026-11-28"),
        labels=[
            L("183,000", 183000, E, P, NM, YJ26 + ")"),
            L("272,000", 272000, E, P, NM, "July 2024 to June 2025 (the previous year, revised; ONS, 26 November 2026)"),
            L("some 68,000", 68000, AP, P, NM + "_revision", "July 2024 to June 2025 (higher than first reported; ONS, 26 November 2026)"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "per year (the 2010 pledge; the new coalition government)"),
            L("roughly 250,000", 250000, AP, P, NM, "2010 (at the time)", ctx="stood at roughly 250,000"),
            L("154,000", 154000, E, P, NM, "2012 (the lowest while the pledge survived)"),
            L("336,000", 336000, E, P, NM, "2015"),
            L("52%", 52, E, PCT, "eu_referendum_leave_share", "23 June 2016 (voted Leave)"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (the 12 months to March 2023; the peak)"),
            L("close to a million", 1e6, AP, P, NM, "April 2022 to March 2023 (the peak)"),
            L("166,000", 166000, E, P, NM + "_revision", "July 2022 to June 2023 (mid-2022 to mid-2023, revised up in November 2024; ONS)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (mid-2022 to mid-2023, as revised in November 2024; ONS)"),
            L("more than four-fifths", -80, MT, PCT, NM + "_change", "year to June 2026 vs year to March 2023 (fallen from the peak)"),
            L("about a third", -THIRD, AP, PCT, NM + "_change", "year to June 2026 vs year to June 2025 (in the last year alone)"),
            L("143,000", 143000, E, P, "visas_granted_study_dependants", "January to December 2023"),
            L("about 19,000", 19000, AP, P, "visas_granted_study_dependants", "January to December 2025 (last year)"),
            L("some 260,000", 260000, AP, P, "emigration_british", "per year, year to June 2026 (Britons leaving, now)"),
            L("Nearly six in ten", 60, ALM, PCT, "public_share_immigration_too_high", "2026 (voters, when pollsters ask)"),
            L("9%", 9, E, PCT, "public_share_believing_migration_target_achievable", "2026 (believe any government will hit a numerical target; polls)"),
            L("up to 100,000", -100000, AM, P, "net_migration_planned_change", "per year, by the end of the Parliament, 2029 (Labour's 2025 white paper)"),
            L("zero", 0, E, P, "net_migration_target", "per year ('net zero' migration; Reform UK)"),
            L("485,000", 485000, E, P, "immigration_target_permanent_residents", "2025 (Canada's earlier target for new permanent residents)", geo=CAN),
            L("395,000", 395000, E, P, "immigration_target_permanent_residents", "2025 (the cut target)", geo=CAN),
            L("270,000", 270000, E, P, "international_student_enrolment_cap", "2025 (new international student places)", geo=AUS),
            L("about 250,000", 250000, AP, P, "net_migration_long_run_assumption", "per year, the long run (Office for Budget Responsibility)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
