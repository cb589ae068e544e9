#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-seventy-second hand-labelled hold-out set (holdout172).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, RSC)

UK, ENG, WAL, SCO, NI, FR, EU, IRL = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France", "EU", "Ireland"
DAYS, P10K, PROPS, UNIS, XPTS = "other:days", "other:persons_per_10000_residents", "other:properties", "other:universities", "other:crossing_points"

# 01 (Tuesday 14 April 2026; the Home Office's daily count to Sunday 12 April and its quarterly release of 26 February 2026)
DAILY = "Home Office daily count"
YTD1 = "1 January to 12 April 2026 (so far this year, up to and including Sunday; " + DAILY + ")"
Q1 = "quarterly release for the year ending December 2025, published 26 February 2026"
Y25_1 = "January to December 2025 (last year; " + Q1 + ")"
OCC = "small_boat_occupancy"
CHART1 = "; chart of people crossing in small boats per calendar year)"

# 02 (Thursday 19 March 2026; HESA data for 2024/25 published Tuesday 17 March 2026)
HESA = "HESA data published Tuesday 17 March 2026"
AY25 = "academic year 2024/25 (" + HESA + ")"
AY24 = "academic year 2023/24 (" + HESA + ")"
INTL = "international_students"
SDV = "visas_granted_study_dependants"
SEV = "Severnside University"
CHART2 = "; chart of international students at Welsh universities; HESA)"

# 03 (Friday 28 August 2026; ONS estimate for 2025 published May 2026, Home Office figures published Thursday 27 August 2026)
ONS3 = "ONS estimate published May 2026"
C25 = "January to December 2025 (last year; " + ONS3 + ")"
HO3 = "Home Office figures published Thursday 27 August 2026"
YJ26 = "July 2025 to June 2026 (the 12 months to June; " + HO3 + ")"
TARGET = "net_migration_target"
GAP = "gap_to_net_migration_target"
YJ23 = "July 2022 to June 2023 (the year that ended in June 2023; ONS)"
PAB = "Peregrine Ashdown-Mbeki, Corbridge Institute"
POLL = "August 2026 (Redgrave Research poll for The Barbican)"

# 04 (Friday 22 May 2026; Home Office quarterly statistics for 31 March 2026 published Thursday 21 May 2026)
HO4 = "Home Office quarterly statistics published Thursday 21 May 2026"
M26 = "31 March 2026 (the end of March; " + HO4 + ")"
M25 = "31 March 2025 (a year before; " + HO4 + ")"
YH = "Yorkshire and the Humber"
ADP = "asylum_dispersal_population"
ADR = ADP + "_per_10000_residents"
HULL = "Kingston upon Hull"
SMP = "April 2025 to March 2026 (2025/26; survey by the Yorkshire and Humber strategic migration partnership)"
BOL = "Cllr Bernadette Ostrowski-Lamb, leader of Hull City Council"

# 05 (Tuesday 10 March 2026; Home Office figures for 2025, and the announcement of Monday 9 March 2026)
HO5 = "Home Office figures"
C25_5 = "January to December 2025 (last year; " + HO5 + ")"
C23_5 = "January to December 2023 (" + HO5 + ")"
PV = "visas_granted_family_partner"
MIR = "family_visa_minimum_income_requirement"
EBT = "employees_share_earning_below_family_visa_threshold"
ASHE = "2025 (ONS earnings data)"

# 06 (Tuesday 21 July 2026; Home Office annual accounts for 2025/26 published Monday 20 July 2026)
ACC = "Home Office accounts published Monday 20 July 2026"
FY26 = "April 2025 to March 2026 (2025/26; " + ACC + ")"
SOU = "the Sousaphone's analysis"
HCN = "asylum_hotel_cost_per_person_night"
BAG = "the Border Audit Group"

# 07 (Friday 27 February 2026; Home Office statistics for 2025 published Thursday 26 February 2026)
HO7 = "Home Office figures published Thursday 26 February 2026"
N25 = "January to December 2025 (last year; " + HO7 + ")"
LB = "asylum_applications_via_land_border"
D25 = "31 December 2025 (the end of December; " + HO7 + ")"
NMD = "Newry, Mourne and Down"
BOX7 = "; AT A GLANCE box)"

ARTICLES = {
    "01-the-ampersand-small-boat-counting-explainer": dict(
        meta=dict(url="https://www.theampersand.example/news/politics/channel-crossings-small-boats-how-counted-daily-quarterly-figures-explained-3418807",
                  title="How the Channel crossings are counted - and why the total you read today may not be the final one",
                  publisher="The Ampersand", author="Maddie Trevanion", published_date="2026-04-14"),
        labels=[
            L("9,412", 9412, E, P, SBA, YTD1),
            L("20%", 20, E, PCT, SBA + "_change", "1 January to 12 April 2026 vs the same point of 2025 (up; " + DAILY + ")"),
            L("7,850", 7850, E, P, SBA, "1 January to 12 April 2025 (the same point of 2025; " + DAILY + ")"),
            L("up to 1,600", 1600, AM, P, "processing_centre_capacity", "April 2026 (the processing centre's capacity)", geo="Manston"),
            L("312", 312, E, P, SBA, "Sunday 12 April 2026 (on Sunday; figures posted on Monday)"),
            L("six", 6, E, BOATS, SBC, "Sunday 12 April 2026 (on Sunday; figures posted on Monday)", ctx="in six boats"),
            L("52", 52, E, PPB, OCC, "Sunday 12 April 2026 (an average a boat)", ctx="average of 52"),
            L("163", 163, E, BOATS, SBC, "1 January to 12 April 2026 (logged since January; " + DAILY + ")"),
            L("58", 58, E, PPB, OCC, "1 January to 12 April 2026 (an average a boat since January)", ctx="average of 58"),
            L("53", 53, E, PPB, OCC, "January to December 2025 (an average a boat across 2025)", ctx="against 53 across"),
            L("783", 783, E, BOATS, SBC, "January to December 2025 (the boats of 2025)"),
            L("212", 212, E, P, SBA + "_revision", "January to December 2025 (last year's total revised up by; " + Q1 + ")"),
            L("41,318", 41318, E, P, SBA, "January to December 2025 (last year, before revision; " + DAILY + ")"),
            L("41,530", 41530, E, P, SBA, Y25_1 + " revised"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (the only busier year since 2018)"),
            L("6,120", 6120, E, P, SBA + "_afghan", Y25_1),
            L("roughly one in seven", 100 / 7, AP, PCT, SBA + "_share_afghan", Y25_1),
            L("just over three-quarters", 75, MT, PCT, SBA + "_share_adult_men", Y25_1),
            L("96%", 96, E, PCT, SBA + "_share_claimed_asylum", Y25_1 + " went on to claim asylum"),
            L("3,107", 3107, E, P, SBA, "March 2026 (last month alone)"),
            L("more than double", 2, MT, RATIO, SBA + "_ratio", "March 2026 vs March 2025 (last month against the same month of 2025)"),
            L("1,487", 1487, E, P, SBA, "March 2025"),
            L("19", 19, E, DAYS, "small_boat_crossing_days", "March 2026 (boats launched on, last month)", ctx="on 19 days"),
            L("151", 151, E, DAYS, "small_boat_crossing_days", "January to December 2025 (across the whole of last year)"),
            L("about two days in every five", 40, AP, PCT, "small_boat_crossing_days_share", "January to December 2025 (last year)"),
            L("8,930", 8930, E, P, "small_boat_launch_attempts_stopped_people", "January to March 2026 (the first quarter; French authorities)", geo=FR),
            L("a quarter", -25, E, PCT, "small_boat_launch_attempts_stopped_people_change", "January to March 2026 vs the same months of 2025 (down; French authorities)", ctx="down a quarter", geo=FR),
            L("£476m", 476000000, E, GBP, "uk_funding_to_france", "three years, 2023/24 to 2025/26 (towards coastal policing in France)"),
            L("1,046", 1046, E, P, "returns_france", "summer 2025 to 14 April 2026 (under the returns pilot agreed last summer)", geo=FR),
            L("9.4k", 9400, E, P, SBA, "1 January to 12 April 2026 (2026 to 12 April" + CHART1),
            L("41.5k", 41500, E, P, SBA, "January to December 2025 (2025" + CHART1),
            L("36.8k", 36800, E, P, SBA, "January to December 2024 (2024" + CHART1),
            L("29.4k", 29400, E, P, SBA, "January to December 2023 (2023" + CHART1),
            L("45.8k", 45800, E, P, SBA, "January to December 2022 (2022" + CHART1),
        ]),
    "02-rumney-redshank-welsh-universities-international-students": dict(
        meta=dict(url="https://www.rumneyredshank.example/news/education/overseas-student-numbers-welsh-universities-fall-33870415",
                  title="Overseas student numbers at Welsh universities fall by nearly a fifth as dependants ban bites",
                  publisher="Rumney Redshank", author="Carys Penhaligon-Abiola", published_date="2026-03-19"),
        labels=[
            L("nearly a fifth", -20, ALM, PCT, INTL + "_change", "2024/25 vs 2023/24 (fall; headline)", occ=0, geo=WAL),
            L("24,610", 24610, E, P, INTL, "academic year 2024/25 (overseas enrolments; standfirst)", occ=0, geo=WAL),
            L("nearly a fifth", -20, ALM, PCT, INTL + "_change", "2024/25 vs 2023/24 (fell in a year; " + HESA + ")", occ=1, geo=WAL),
            L("24,610", 24610, E, P, INTL, AY25, occ=1, geo=WAL),
            L("18%", -18, E, PCT, INTL + "_change", "2024/25 vs 2023/24 (18% fewer; " + HESA + ")", geo=WAL),
            L("30,015", 30015, E, P, INTL, AY24, geo=WAL),
            L("Some 22,140", 22140, AP, P, INTL + "_non_eu", AY25 + " from outside the EU", geo=WAL),
            L("2,470", 2470, E, P, INTL + "_eu", AY25 + " from EU countries", geo=WAL),
            L("44%", -44, E, PCT, INTL + "_nigeria_change", "2024/25 vs 2023/24 (Nigerian enrolments fell by; " + HESA + ")", geo=WAL),
            L("1,985", 1985, E, P, INTL + "_nigeria", AY25, geo=WAL),
            L("5,730", 5730, E, P, INTL + "_india", AY25, geo=WAL),
            L("21%", -21, E, PCT, INTL + "_india_change", "2024/25 vs 2023/24 (a drop of; " + HESA + ")", geo=WAL),
            L("4,310", 4310, E, P, INTL + "_china", AY25, geo=WAL),
            L("11,870", 11870, E, P, INTL, AY25 + " Cardiff's three universities", geo="Cardiff"),
            L("almost half", 50, ALM, PCT, INTL + "_share_cardiff", AY25 + " Cardiff's share of the Welsh total", geo=WAL),
            L("1,410", 1410, E, P, SDV, "January to December 2025 (family members joining students sponsored by Welsh universities; Home Office figures obtained by the Redshank)", geo=WAL),
            L("9,870", 9870, E, P, SDV, "January to December 2023 (two years earlier; Home Office figures obtained by the Redshank)", geo=WAL),
            L("86%", -86, E, PCT, SDV + "_change", "2025 vs 2023 (fallen by; Home Office figures obtained by the Redshank)", geo=WAL),
            L("17,650", 17650, E, P, SDV, "January to December 2025 (UK-wide, last year)"),
            L("about 8%", 8, AP, PCT, SDV + "_share_wales", "January to December 2025 (Welsh institutions' share of the UK total)"),
            L("a third", -THIRD, E, PCT, INTL + "_change", "2024/25 vs 2023/24 (international enrolments dropped by)", ctx="dropped by a third", geo=SEV),
            L("2,940", 2940, E, P, INTL, "academic year 2024/25 (international enrolments)", geo=SEV),
            L("31%", 31, E, PCT, "university_tuition_income_share_international_fees", "academic year 2023/24 (overseas fees' share of tuition income)", geo=SEV),
            L("£19m", 19000000, E, GBP, "university_savings_target", "2026 (savings it says it must find)", geo=SEV),
            L("up to 230", 230, AM, P, "university_job_cuts_planned", "2026 (posts to be lost)", geo=SEV),
            L("almost £7m", 7000000, ALM, GBP, "university_fee_income_loss", "2025/26 against 2024/25 (fee income lost in a year; Professor Iwan Ellery-Mensah, vice-chancellor)", geo=SEV),
            L("eight", 8, E, UNIS, "universities_forecasting_deficit", "2025/26 (forecasting deficits; Medr, reported February 2026)", ctx="that eight of", geo=WAL),
            L("about £95m", 95000000, AP, GBP, "university_sector_deficit_forecast", "2025/26 (combined shortfall; Medr)", geo=WAL),
            R("between £16,000 and £24,000", 16000, 24000, GBP, "international_student_tuition_fee", "per year, 2025/26 (international undergraduates typically pay)", geo=WAL),
            L("£9,535", 9535, E, GBP, "home_student_tuition_fee_cap", "per year, 2025/26 (the capped fee for home students)", geo=WAL),
            L("£1.2bn", 1200000000, E, GBP, "international_students_economic_contribution", "per year (each year's intake from overseas; a 2025 study for the Welsh Higher Education Forum)", geo=WAL),
            L("25.3k", 25300, E, P, INTL, "academic year 2021/22 (2021/22" + CHART2, geo=WAL),
            L("29.1k", 29100, E, P, INTL, "academic year 2022/23 (2022/23" + CHART2, geo=WAL),
            L("30.0k", 30000, E, P, INTL, "academic year 2023/24 (2023/24" + CHART2, geo=WAL),
            L("24.6k", 24600, E, P, INTL, "academic year 2024/25 (2024/25" + CHART2, geo=WAL),
        ]),
    "03-the-barbican-net-migration-target": dict(
        meta=dict(url="https://www.thebarbican.example/news/2026/08/28/net-migration-lowest-since-pandemic-62000-above-labour-target/",
                  title="Net migration falls to lowest level since pandemic - but remains 62,000 above Labour's target",
                  publisher="The Barbican", author="Hugo Tremlett-Oyebanji", published_date="2026-08-28"),
        labels=[
            L("62,000", 62000, E, P, GAP, "January to December 2025 (net migration above the target; headline)", occ=0),
            L("38 per cent", -38, E, PCT, "visas_granted_skilled_worker_change", "July 2025 to June 2026 vs the year before (down; standfirst)", occ=0),
            L("below 100,000", 100000, LT, P, TARGET, "per year, by 2029 (ministers' pledge; standfirst)", occ=0),
            L("62,000", 62000, E, P, GAP, "January to December 2025 (above the ceiling the Government set itself in April; " + ONS3 + ")", occ=1),
            L("below 100,000", 100000, LT, P, TARGET, "per year, by the end of this Parliament (committed in the spring; the Home Secretary)", occ=1),
            V("tens of thousands", 20000, 90000, P, TARGET, "per year (David Cameron's pledge of 2010)"),
            L("162,000", 162000, E, P, NM, C25),
            L("348,000", 348000, E, P, NM, "January to December 2024 (" + ONS3 + ")"),
            L("Some 779,000", 779000, AP, P, "immigration", C25 + " moved to Britain"),
            L("617,000", 617000, E, P, "emigration", C25 + " left, the highest on record"),
            L("68,000", 68000, E, P, "emigration_change", "2025 vs 2024 (higher than a year earlier; " + ONS3 + ")"),
            L("61,400", 61400, E, P, "visas_granted_skilled_worker", YJ26 + " main applicants"),
            L("38 per cent", -38, E, PCT, "visas_granted_skilled_worker_change", "July 2025 to June 2026 vs the year before (down; " + HO3 + ")", occ=1),
            L("more than 100,000", 100000, MT, P, "visas_granted_health_care_worker", "January to December 2023 (the peak)"),
            L("14,300", 14300, E, P, "visas_granted_health_care_worker", YJ26),
            L("about 140,000", 140000, AP, P, "visas_granted_study_dependants", "per year, 2023 (before the ban on most dependants)"),
            L("fewer than 13,000", 13000, LT, P, "visas_granted_study_dependants", YJ26 + " dwindled to"),
            L("906,000", 906000, E, P, NM, YJ23 + " a record, as revised"),
            L("740,000", 740000, E, P, NM, YJ23 + " first estimate"),
            L("166,000", 166000, E, P, NM + "_revision", YJ23 + " revised up by"),
            L("less than a fifth", 20, LT, PCT, NM + "_share_of_peak", "January to December 2025 against July 2022 to June 2023 (last year's balance against the peak)"),
            L("48,000", -48000, E, P, NM + "_eu", C25 + " EU nationals, a net outflow"),
            L("94,000", 94000, E, P, "emigration_british", C25 + " British citizens emigrated"),
            L("more than three-quarters", -75, MT, PCT, NM + "_change", "5 July 2024 to August 2026 (from 5 July 2024 to now; the Home Secretary)"),
            L("More than 1.2m", 1200000, MT, P, "immigration", "5 July 2024 to August 2026 (since Labour took office; the shadow home secretary)"),
            L("around 245,000", 245000, AP, P, NM + "_forecast", "per year, by 2030 (the Office for Budget Responsibility's forecasts)"),
            L("62,000", 62000, E, P, GAP, "2025 (another 62,000 to find; " + PAB + ")", occ=2),
            L("2,046", 2046, E, P, "poll_sample_size", POLL),
            L("61 per cent", 61, E, PCT, "poll_share_immigration_too_high", POLL),
            L("14 per cent", 14, E, PCT, "poll_share_expect_net_migration_target_met", POLL),
        ]),
    "04-batley-bittern-pa-yorkshire-asylum-dispersal-funding": dict(
        meta=dict(url="https://www.batleybittern.example/news/uk-news/yorkshire-councils-housing-one-in-six-of-englands-dispersed-asylum-seekers-5561093",
                  title="Yorkshire councils housing one in six of England's dispersed asylum seekers as Home Office cuts grant per bed",
                  publisher="Batley Bittern", author="Aidan Thirlwell-Osei", published_date="2026-05-22"),
        labels=[
            L("one in six", 100 / 6, E, PCT, ADP + "_share_yorkshire_and_the_humber", "31 March 2026 (Yorkshire councils' share; headline)", ctx="housing one in six of", geo=ENG),
            L("about a third", THIRD, AP, PCT, "council_asylum_cost_share_funded_by_home_office", "2025/26 (government money covers; standfirst)", geo=YH),
            L("9,870", 9870, E, P, ADP, M26, geo=YH),
            L("around one in six", 100 / 6, AP, PCT, ADP + "_share_yorkshire_and_the_humber", M26 + " of England's total", geo=ENG),
            L("about 9.6%", 9.6, AP, PCT, "population_share_yorkshire_and_the_humber", "2026 (the region's share of England's population)", geo=ENG),
            L("6%", 6, E, PCT, ADP + "_change", "31 March 2026 vs 31 March 2025 (rise in the 12 months to March; " + HO4 + ")", geo=YH),
            L("9,310", 9310, E, P, ADP, M25, geo=YH),
            L("1,140", 1140, E, P, HOT, M26 + " the region's asylum hotels", geo=YH),
            L("60%", -60, E, PCT, HOT + "_change", "31 March 2026 vs 31 March 2025 (60% fewer; " + HO4 + ")", geo=YH),
            L("2,830", 2830, E, P, HOT, M25, geo=YH),
            L("15", 15, E, HOTELS, "asylum_hotels_closed", "31 March 2025 to 31 March 2026 (shut by the Home Office)", ctx="shut 15 of", geo=YH),
            L("24", 24, E, HOTELS, "asylum_hotels_in_use", "31 March 2025 (the hotels it had been using)", ctx="of the 24 hotels", geo=YH),
            L("61,200", 61200, E, P, ADP, "31 March 2026 (March 31; " + HO4 + ")", geo=ENG),
            L("102,900", 102900, E, P, "asylum_support_population", M26 + " supported by the Home Office under section 95 or section 4"),
            L("29,600", 29600, E, P, HOT, M26),
            L("1,510", 1510, E, P, ADP, M26, occ=0, geo=HULL),
            L("55", 55, E, P10K, ADR, M26, ctx="equivalent to 55 for", geo=HULL),
            L("1,690", 1690, E, P, ADP, M26 + " the largest number", geo="Bradford"),
            L("30", 30, E, P10K, ADR, M26, ctx="or 30 per", geo="Bradford"),
            L("1,420", 1420, E, P, ADP, M26, geo="Sheffield"),
            L("25", 25, E, P10K, ADR, M26, ctx="(25)", geo="Sheffield"),
            L("1,050", 1050, E, P, ADP, M26, geo="Kirklees"),
            L("180", 180, E, P, ADP, M26, geo="North Yorkshire"),
            L("fewer than three", 3, LT, P10K, ADR, M26, geo="North Yorkshire"),
            L("nearly 19 times", 19, ALM, RATIO, ADR + "_ratio", M26 + " Hull's rate against North Yorkshire's", geo=HULL),
            L("£750", 750, E, GBP, "council_asylum_grant_per_new_dispersal_bed", "2026 (the Home Office now pays councils for each new dispersal bed)"),
            L("£3,500", 3500, E, GBP, "council_asylum_grant_per_new_dispersal_bed", "April 2023 to March 2024 (2023/24)"),
            L("almost four-fifths", -80, ALM, PCT, "council_asylum_grant_per_new_dispersal_bed_change", "2026 vs 2023/24 (a cut of)"),
            L("£38.6m", 38600000, E, GBP, "council_asylum_cost", SMP + " supporting asylum seekers and new refugees", geo=YH),
            L("£14.1m", 14100000, E, GBP, "council_asylum_grant", SMP + " covered by government grants", geo=YH),
            L("little more than a third", THIRD, MT, PCT, "council_asylum_cost_share_funded_by_home_office", SMP, geo=YH),
            L("roughly £3,900", 3900, AP, GBP, "council_asylum_cost_per_person", SMP + " for every person in dispersal housing", geo=YH),
            L("1,510", 1510, E, P, ADP, "May 2026 (placed here by the Home Office's contractor; " + BOL + ")", occ=1, geo=HULL),
            L("£1.3m", 1300000, E, GBP, "council_school_places_interpreters_cost_change", "2025 vs 2024 (went up by, last year; " + BOL + ")", geo=HULL),
            L("Sixty-five", 65, E, HOTELS, "asylum_hotels_closed", "5 July 2024 to May 2026 (closed since the election; the Home Office)"),
            L("38", 38, E, PROPS, "asylum_dispersal_properties", "May 2026 (properties in the district in use; Kirklees Council)", geo="Kirklees"),
        ]),
    "05-vernier-news-family-visas-minimum-income": dict(
        meta=dict(url="https://www.verniernews.example/news/articles/c8mv2q4r7e1o",
                  title="Income rule blamed as partner visas drop by a third in two years",
                  publisher="Vernier News", author="Priya Venkataraman-Hughes", published_date="2026-03-10"),
        labels=[
            L("a third", -THIRD, E, PCT, PV + "_change", "2025 vs 2023 (drop, in two years; headline)", ctx="drop by a third"),
            L("a third", -THIRD, E, PCT, PV + "_change", "2025 vs 2023 (fallen since the income needed was raised; " + HO5 + ")", ctx="fallen by a third"),
            L("38,740", 38740, E, P, PV, C25_5),
            L("58,100", 58100, E, P, PV, C23_5),
            L("31,600", 31600, E, P, PV + "_spouse_civil_partner", C25_5 + " spouses and civil partners"),
            L("82%", 82, E, PCT, PV + "_spouse_civil_partner_share_british_sponsor", C25_5 + " 82% of these sponsored by British citizens"),
            L("£18,600", 18600, E, GBP, MIR, "per year, until April 2024 (before the rise)"),
            L("£29,000", 29000, E, GBP, MIR, "per year, from April 2024 (the rise)", occ=0),
            L("about three-quarters", 75, AP, PCT, "visas_granted_family_share_partners", C25_5),
            L("19%", -19, E, PCT, "visas_granted_family_change", "2025 vs 2024 (fell last year; " + HO5 + ")"),
            L("51,280", 51280, E, P, "visas_granted_family", C25_5 + " all family visas"),
            L("£29,000", 29000, E, GBP, MIR, "per year, from March 2026 (to stay at, confirmed on Monday 9 March 2026; the Home Office)", occ=1),
            L("£38,700", 38700, E, GBP, MIR + "_planned", "per year (the rise the previous government had planned)", occ=0),
            R("between £23,000 and £25,000", 23000, 25000, GBP, MIR + "_recommended", "per year, 2025 (recommended last year; Migration Advisory Committee)"),
            L("about 44%", 44, AP, PCT, EBT, ASHE + " UK employees paid below the threshold"),
            L("57%", 57, E, PCT, EBT + "_women", ASHE),
            L("53%", 53, E, PCT, EBT, ASHE, geo=WAL),
            L("46%", 46, E, PCT, EBT, ASHE, geo=SCO),
            L("31%", 31, E, PCT, EBT, ASHE, geo="London"),
            L("£88,500", 88500, E, GBP, "family_visa_savings_requirement", "March 2026 (to meet the threshold on savings alone)"),
            L("£1,938", 1938, E, GBP, "family_visa_application_fee", "March 2026 (applying from abroad)"),
            L("£1,035", 1035, E, GBP, "visa_health_surcharge", "per year, March 2026 (paid upfront)"),
            L("Just under one in five", 20, LT, PCT, "visa_decisions_partner_share_refused", "January to December 2025 (partner applications decided in 2025)"),
            L("12%", 12, E, PCT, "visa_decisions_partner_share_refused", "January to December 2023"),
            L("About 4%", 4, AP, PCT, PV + "_share_article_8", C25_5 + " granted outside the normal rules"),
            L("£29,000", 29000, E, GBP, MIR, "per year, March 2026 (Rhian Pritchard-Solano, in her words)", occ=3),
            V("tens of thousands", 20000, 90000, P, "british_children_separated_by_family_visa_rules", "March 2026 (the Split Families Network)"),
            L("£29,000", 29000, E, GBP, MIR, "per year, March 2026 (the threshold; the Home Office's statement)", occ=4),
            L("£38,700", 38700, E, GBP, MIR + "_proposed", "per year (the Conservatives would restore the planned rise)", occ=1),
        ]),
    "06-daily-sousaphone-asylum-cost-per-person-year": dict(
        meta=dict(url="https://www.dailysousaphone.example/news/politics/2118406/asylum-bill-record-5-38billion-143-a-day-every-migrant",
                  title="Asylum bill hits record £5.38BILLION - that's £143 a DAY for every migrant",
                  publisher="Daily Sousaphone", author="Gemma Holroyd-Achebe", published_date="2026-07-21"),
        labels=[
            L("£5.38BILLION", 5380000000, E, GBP, AC, FY26 + " a record; headline"),
            L("£143", 143, E, GBP, "asylum_cost_per_person_per_day", "per day, 2025/26 (for every migrant; headline)", occ=0),
            L("more than £52,000", 52000, MT, GBP, "asylum_cost_per_person_per_year", "per year, 2025/26 (for each asylum seeker; standfirst)", occ=0),
            L("£5.38billion", 5380000000, E, GBP, AC, FY26 + " a record, in a single year"),
            L("more than £52,000", 52000, MT, GBP, "asylum_cost_per_person_per_year", "per year, 2025/26 (for every asylum seeker in taxpayer-funded accommodation)", occ=1),
            L("13 per cent", 13, E, PCT, AC + "_change", "2025/26 vs 2024/25 (up; " + ACC + ")"),
            L("£4.76billion", 4760000000, E, GBP, AC, "April 2024 to March 2025 (the year before; " + ACC + ")"),
            L("more than six times", 6, MT, RATIO, AC + "_ratio", "2025/26 vs 2019/20"),
            L("£850million", 850000000, E, GBP, AC, "April 2019 to March 2020 (2019/20)"),
            L("102,900", 102900, E, P, "asylum_support_population", "31 March 2026 (housed and fed by the state on March 31)"),
            L("£143", 143, E, GBP, "asylum_cost_per_person_per_day", "per day, 2025/26 (each one; " + SOU + ")", occ=1),
            L("more than £614,000", 614000, MT, GBP, AC, "per hour, 2025/26 (every hour; " + SOU + ")"),
            L("around £159", 159, AP, GBP, "asylum_cost_per_taxpayer", "2025/26 (for every income taxpayer; " + SOU + ")"),
            L("£2.27billion", 2270000000, E, GBP, "asylum_cost_hotels", FY26),
            L("some 42 per cent", 42, AP, PCT, "asylum_cost_share_hotels", FY26),
            L("£146", 146, E, GBP, HCN, "per night, 2026 (an average per person)"),
            L("almost six times", 6, ALM, RATIO, HCN + "_ratio", "2026 (a hotel night against a room in a shared house)"),
            L("£25", 25, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, 2026 (a room in a shared house)"),
            L("29,600", 29600, E, P, HOT, "31 March 2026 (hotel occupancy has dropped to)"),
            L("a third", -THIRD, E, PCT, HOT + "_change", "31 March 2026 vs 31 March 2025 (down on last year)", ctx="down a third on last year"),
            L("61,800", 61800, E, P, "asylum_backlog", "31 March 2026 (stuck in the queue for a first decision)"),
            L("8,420", 8420, E, P, "returns_failed_asylum_seekers", "April 2025 to March 2026 (removed last year)"),
            L("£715million", 715000000, E, GBP, RSC, "2022 to 2024 (the scrapped Rwanda scheme)", geo="Rwanda"),
            L("four", 4, E, P, "rwanda_relocations", "2022 to 2024 (volunteers flown to Kigali)", ctx="just four volunteers", geo="Rwanda"),
            L("Five billion pounds", 5000000000, E, GBP, AC, "2025/26 (the shadow home secretary)"),
            L("as high as £7.1billion", 7100000000, AM, GBP, "asylum_cost_including_other_departments", "2025/26 (the true cost once legal aid, policing and NHS care are included; " + BAG + ")"),
            L("£214million", 214000000, E, GBP, "legal_aid_immigration_asylum_cost", "April 2025 to March 2026 (last year; " + BAG + ")", geo=EW),
            L("doubled", 2, E, RATIO, "legal_aid_immigration_asylum_cost_ratio", "2025/26 vs five years earlier (" + BAG + ")", geo=EW),
            L("213", 213, E, HOTELS, "asylum_hotels_in_use", "July 2024 (the system ministers were handed; the Home Office)"),
            L("148", 148, E, HOTELS, "asylum_hotels_in_use", "July 2026 (hotel use now; a Home Office spokesperson)"),
            L("£600million", -600000000, E, GBP, "asylum_cost_hotels_forecast_change", "April 2026 to March 2027 (this year, fall expected by officials)"),
        ]),
    "07-banbridge-bullfinch-ni-land-border-asylum-claims": dict(
        meta=dict(url="https://www.banbridgebullfinch.example/news/nearly-four-times-as-many-asylum-seekers-crossing-from-republic-to-claim-in-ni-4471920",
                  title="Nearly four times as many asylum seekers crossing from Republic to claim in NI",
                  publisher="Banbridge Bullfinch", author="Orla McCartan-Usman", published_date="2026-02-27"),
        labels=[
            L("Nearly four times", 4, ALM, RATIO, LB + "_ratio", "2025 vs 2023 (claims after crossing from the Republic; headline)", geo=NI),
            L("38%", 38, E, PCT, "asylum_applications_share_via_land_border", N25 + " standfirst", occ=0, geo=NI),
            L("NEARLY four times", 4, ALM, RATIO, LB + "_ratio", "2025 vs 2023 (last year as in 2023; " + HO7 + ")", geo=NI),
            L("2,940", 2940, E, P, "asylum_applications", N25 + " claims lodged in Northern Ireland", occ=0, geo=NI),
            L("1,120", 1120, E, P, LB, N25 + " travelled from the Republic of Ireland", occ=0, geo=NI),
            L("38%", 38, E, PCT, "asylum_applications_share_via_land_border", N25, occ=1, geo=NI),
            L("290", 290, E, P, LB, "January to December 2023 (" + HO7 + ")", geo=NI),
            L("610", 610, E, P, LB, "January to December 2024 (" + HO7 + ")", geo=NI),
            L("27%", 27, E, PCT, "asylum_applications_change", "2025 vs 2024 (rose by; " + HO7 + ")", geo=NI),
            L("2,315", 2315, E, P, "asylum_applications", "January to December 2024 (" + HO7 + ")", geo=NI),
            L("109,400", 109400, E, P, "asylum_applications", N25 + " across the UK"),
            L("less than 3%", 3, LT, PCT, "asylum_applications_share_northern_ireland", N25 + " Northern Ireland's share of the UK total"),
            L("roughly three in five", 60, AP, PCT, LB + "_share_somali_algerian_nigerian", N25 + " the Home Office", geo=NI),
            L("nearly 300", 300, ALM, XPTS, "border_road_crossings", "2026 (roads that cross the border)", geo=NI),
            L("more than 80%", 80, MT, PCT, "asylum_applications_share_via_northern_ireland", "early 2024 (the Republic's new applicants; the then tánaiste, April 2024)", geo=IRL),
            L("15,940", 15940, E, P, "asylum_applications", "January to December 2025 (Dublin's International Protection Office)", geo=IRL),
            L("14%", -14, E, PCT, "asylum_applications_change", "2025 vs 2024 (down on the year before; International Protection Office)", geo=IRL),
            L("roughly 20%", -20, AP, PCT, "asylum_applications_change", "2025 vs 2024 (claims fell over the same period)", geo=EU),
            L("some 790,000", 790000, AP, P, "asylum_applications", "January to December 2025 (across the EU as a whole)", geo=EU),
            L("37", 37, E, P, "returns_to_ireland", "January to December 2025 (the UK returned to the Republic under a bilateral arrangement, last year)", geo=IRL),
            L("12", 12, E, P, "returns_ireland_to_uk", "January to December 2025 (Ireland sent back the other way, last year)", ctx="sent 12 back"),
            L("3,410", 3410, E, P, "asylum_support_population", D25 + " in Home Office-funded asylum accommodation", occ=0, geo=NI),
            L("1,260", 1260, E, P, HOT, D25, occ=0, geo=NI),
            L("214", 214, E, P, "asylum_dispersal_population", D25 + " in dispersal housing", geo=NMD),
            L("more than double", 2, MT, RATIO, "asylum_dispersal_population_ratio", "31 December 2025 vs 31 December 2024 (against a year earlier)", geo=NMD),
            L("96", 96, E, P, "asylum_dispersal_population", "31 December 2024 (a year earlier; " + HO7 + ")", geo=NMD),
            L("c. 600", 600, AP, P, "charity_clients_helped", "2024 to February 2026 (since it opened in 2024; the Border Justice Project)", geo="Newry"),
            L("2,940", 2940, E, P, "asylum_applications", "January to December 2025 (claims lodged in NI" + BOX7, occ=1, geo=NI),
            L("1,120", 1120, E, P, LB, "January to December 2025 (made after crossing the land border" + BOX7, occ=1, geo=NI),
            L("3,410", 3410, E, P, "asylum_support_population", "31 December 2025 (in asylum accommodation" + BOX7, occ=1, geo=NI),
            L("1,260", 1260, E, P, HOT, "31 December 2025 (in hotels" + BOX7, occ=1, geo=NI),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
