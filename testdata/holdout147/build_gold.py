#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-forty-seventh hand-labelled hold-out set (holdout147).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT)

UK, SCO, FR, EU = "UK", "Scotland", "France", "EU"
HH, APPS, SIGS, PACKS = "other:households", "other:applications", "other:signatures", "other:packs"
PER10K = "other:persons_per_10000_residents"

# 01 (Monday 20 July 2026; Home Office small boat figures for the weekend of Saturday 18 and Sunday 19 July 2026)
HO1 = "Home Office figures"
WKD = "Saturday 18 to Sunday 19 July 2026 (the weekend; "
SAT = "Saturday 18 July 2026 ("
SUN = "Sunday 19 July 2026 (yesterday; "
YTD1 = "1 January to 19 July 2026 (so far this year; "
SHS = "the shadow home secretary"
HOS1 = "a Home Office spokesman"

# 02 (Thursday 12 March 2026; Home Office statistics published in February 2026 for 31 December 2025; a council report
# considered on Tuesday 10 March 2026)
GLA = "Glasgow"
HO2 = "Home Office statistics published February 2026"
D25 = "31 December 2025 (the end of December; " + HO2
REP = "Glasgow City Council report, Tuesday 10 March 2026"
FY25 = "April 2024 to March 2025 (2024/25; " + REP
RHC = "council_refugee_homelessness_cost"
HAPS = "homelessness_presentations_share_refugees"
SGF = "scottish_government_refugee_homelessness_funding_glasgow"
CLLR = "Cllr Ruairidh MacFarlane, housing convener, Glasgow City Council"

# 03 (Wednesday 4 March 2026; the OBR's spring forecast, published Tuesday 3 March 2026)
OBR = "Office for Budget Responsibility spring forecast, Tuesday 3 March 2026"
Y30 = "April 2029 to March 2030 (2029-30; " + OBR
FC5 = "2026 to 2030 (average a year over the next five years; "
PBE = "public_borrowing_effect_lower_migration"
NMF = "net_migration_forecast"
LR = "net_migration_forecast_long_run"

# 04 (Friday 29 May 2026; ONS long-term international migration estimates published Thursday 28 May 2026)
ONS = "ONS estimates published Thursday 28 May 2026"
Y25 = "January to December 2025 (last year; " + ONS + ")"
Y24 = "January to December 2024 ("
YJ23 = "July 2022 to June 2023 (the year to June 2023; "

# 05 (Wednesday 16 September 2026; Home Office letter to Durham County Council on Friday 11 September 2026; Home Office
# figures for 30 June 2026)
CD, NE, WD = "County Durham", "North East", "Weardale"
HO5 = "Home Office figures for the end of June 2026"
J26 = "30 June 2026 (the end of June; " + HO5 + ")"
J25 = "30 June 2025 (a year earlier; " + HO5 + ")"
NOV = "by 30 November 2026 (by the end of November; "
LSC = "large_site_capacity"

# 06 (Monday 24 August 2026; Home Office immigration statistics released Thursday 20 August 2026 for the year ending
# June 2026)
HO6 = "Home Office statistics released Thursday 20 August 2026"
YE26 = "July 2025 to June 2026 (the year ending June 2026; " + HO6
YE25 = "July 2024 to June 2025 (the previous year; " + HO6 + ")"
GR = "asylum_grants_share_initial_decisions"
ICR = "Dr Ifeoma Castellanos-Reid, Northgate Centre for Migration Law"

# 07 (Wednesday 22 July 2026; Home Office annual report and accounts for 2025/26, published Tuesday 21 July 2026)
ACC = "Home Office annual report and accounts 2025/26, published Tuesday 21 July 2026"
FY = "April 2025 to March 2026 (2025/26, the last financial year; " + ACC
OVS = "asylum_cost_overspend_share_of_budget"
HOS7 = "a Home Office spokesman"

ARTICLES = {
    "01-daily-yell-channel-crossings-weekend-busiest-days": dict(
        meta=dict(url="https://www.dailyyell.example/news/politics/nearly-2000-migrants-cross-channel-one-weekend-38820417",
                  title="Nearly 2,000 migrants cross Channel in one weekend as Saturday tops year's busiest day",
                  publisher="Daily Yell", author="Reuben Ashcombe", published_date="2026-07-20"),
        labels=[
            L("Nearly 2,000", 2000, ALM, P, SBA, WKD + "headline)"),
            L("nearly four times", 4, ALM, RATIO, "small_boat_arrivals_ratio", "weekend of 18-19 July 2026 vs the same weekend of 2025 (as many as; standfirst)"),
            L("1,041", 1041, E, P, SBA, SAT + "crammed into dinghies on Saturday alone; standfirst)", occ=0),
            L("NEARLY 2,000", 2000, ALM, P, SBA, WKD + "first words)"),
            L("1,917", 1917, E, P, SBA, WKD + HO1 + ")"),
            L("32", 32, E, BOATS, SBC, WKD + HO1 + ")"),
            L("1,041", 1041, E, P, SBA, SAT + "the year's busiest day yet; " + HO1 + ")", occ=1),
            L("17", 17, E, BOATS, SBC, SAT + HO1 + ")", ctx="in 17 boats"),
            L("61", 61, E, PPB, "small_boat_occupancy", SAT + "an average of 61 in each)"),
            L("897", 897, E, P, SBA, "Wednesday 6 May 2026 (the year's previous high)"),
            L("144", 144, E, P, SBA + "_change", "Saturday 18 July 2026 vs Wednesday 6 May 2026 (beat the year's previous high by)"),
            L("876", 876, E, P, SBA, SUN + HO1 + ")"),
            L("15", 15, E, BOATS, SBC, SUN + HO1 + ")", ctx="in 15 boats"),
            L("512", 512, E, P, SBA, "the equivalent weekend of July 2025 (last summer)"),
            L("24,380", 24380, E, P, SBA, YTD1 + HO1 + ")"),
            L("14%", 14, E, PCT, SBA + "_change", "1 January to 19 July 2026 vs the same point of 2025 (higher than)"),
            L("21,390", 21390, E, P, SBA, "1 January to 19 July 2025 (logged by this point in 2025)"),
            L("5,260", 5260, E, P, SBA, "1 to 19 July 2026 (July's first 19 days)"),
            L("4,710", 4710, E, P, SBA, "June 2026 (June's entire total)"),
            L("more than double", 2, MT, RATIO, "small_boat_arrivals_ratio", "1 to 19 July 2026 vs 1 to 19 July 2025"),
            L("2,610", 2610, E, P, SBA, "1 to 19 July 2025 (the same days of July last year)"),
            L("236", 236, E, P, "small_boat_arrivals_children", WKD + "officials)"),
            L("around one in eight", 12.5, AP, PCT, "small_boat_arrivals_share_children", WKD + "officials)"),
            L("54%", 54, E, PCT, "small_boat_arrivals_share_eritrean_sudanese", WKD + "officials)"),
            L("14", 14, E, BOATS, "small_boat_launches_prevented", WKD + "French police)", ctx="prevented 14 boats", geo=FR),
            L("about 640", 640, AP, P, "small_boat_launch_attempts_stopped_people", WKD + "on board the boats prevented from leaving; French police)", geo=FR),
            L("fewer than a third", THIRD, LT, PCT, "small_boat_launches_prevented_share", WKD + "of the launches attempted, halted)", geo=FR),
            L("46", 46, E, BOATS, "small_boat_launch_attempts", WKD + "launches attempted over the two days)", geo=FR),
            L("no fewer than 23", 23, AL, P, "small_boat_deaths", "1 January to July 2026 (since January; the IOM)"),
            L("almost 89,000", 89000, ALM, P, SBA, "5 July 2024 to 19 July 2026 (since 5 July 2024, on Labour's watch; " + SHS + ")"),
            L("Almost 33,000", 33000, ALM, P, "returns", "July 2025 to July 2026 (the past 12 months; " + HOS1 + ")"),
            L("13%", 13, E, PCT, "returns_change", "the past 12 months vs the 12 months before (" + HOS1 + ")"),
            L("more than 16,000", 16000, MT, P, "small_boat_launch_attempts_stopped_people", YTD1 + "stopped from crossing by French officers; " + HOS1 + ")", geo=FR),
            L("58", 58, E, P, "small_boat_arrivals_unaccompanied_children", WKD + "arrived over the weekend; Kent County Council)", geo="Kent"),
            L("1,300", 1300, E, PACKS, "charity_dry_clothes_packs_distributed", "Friday 17 to Sunday 19 July 2026 (since Friday night; Harbourlight Welcome)", geo="Dover"),
        ]),
    "02-partick-piper-glasgow-asylum-council-housing": dict(
        meta=dict(url="https://www.partickpiper.example/news/glasgow/refugee-homelessness-cost-glasgow-38-6m-4471926",
                  title="Refugee homelessness to cost Glasgow £38.6m, as city shelters more than three-quarters of the nation's asylum seekers",
                  publisher="Partick Piper", author="Kirsty Drummond-Baird", published_date="2026-03-12"),
        labels=[
            L("£38.6m", 38600000, E, GBP, RHC, "April 2025 to March 2026 (2025/26, officers' estimate; headline)", occ=0, geo=GLA),
            L("more than three-quarters", 75, MT, PCT, "asylum_support_population_share_glasgow", "31 December 2025 (of the nation's asylum seekers; headline)", occ=0, geo=GLA),
            L("more than a third", THIRD, MT, PCT, HAPS, "April 2024 to March 2025 (2024/25; of the council's homelessness caseload; standfirst)", geo=GLA),
            L("4,930", 4930, E, P, "asylum_support_population", D25 + ")", geo=GLA),
            L("more than three-quarters", 75, MT, PCT, "asylum_support_population_share_glasgow", D25 + "; of Scotland's total)", occ=1, geo=GLA),
            L("6,340", 6340, E, P, "asylum_support_population", D25 + ")", geo=SCO),
            L("78%", 78, E, PCT, "asylum_support_population_share_glasgow", D25 + ")", geo=GLA),
            L("310", 310, E, P, "asylum_support_population", D25 + "; the next largest)", geo="Edinburgh"),
            L("roughly 75", 75, AP, PER10K, "asylum_support_population_per_10000_residents", D25 + "; for each 10,000 people)", geo=GLA),
            L("around five times", 5, AP, RATIO, "asylum_support_population_per_10000_residents_ratio", D25 + "; Glasgow vs the UK-wide rate)", geo=GLA),
            L("107,200", 107200, E, P, "asylum_support_population", D25 + ")"),
            L("about 6%", 6, AP, PCT, "asylum_support_population_share_scotland", D25 + "; Scotland's share of the UK)", geo=SCO),
            L("8,620", 8620, E, APPS, "homelessness_applications", FY25 + ")", geo=GLA),
            L("11%", 11, E, PCT, "homelessness_applications_change", "2024/25 vs 2023/24 (up on the year before; " + REP + ")", geo=GLA),
            L("3,110", 3110, E, APPS, "homelessness_applications_refugees", FY25 + "; from households just granted refugee status)", geo=GLA),
            L("over a third", THIRD, MT, PCT, HAPS, FY25 + ")", geo=GLA),
            L("almost twice", 2, ALM, RATIO, "homelessness_applications_refugees_ratio", "2024/25 vs 2022/23 (" + REP + ")", geo=GLA),
            L("2,480", 2480, E, APPS, "homelessness_applications_refugees", "April to December 2025 (the first nine months of 2025/26; " + REP + ")", geo=GLA),
            L("3,470", 3470, E, HH, "temporary_accommodation_households", "30 September 2025 (" + REP + ")", geo=GLA),
            L("1,190", 1190, E, HH, "temporary_accommodation_households_bed_and_breakfast_hotels", "30 September 2025 (" + REP + ")", geo=GLA),
            L("£38.6m", 38600000, E, GBP, RHC, "April 2025 to March 2026 (2025/26, officers' estimate; " + REP + ")", occ=1, geo=GLA),
            L("82%", 82, E, PCT, RHC + "_change", "2025/26 vs 2023/24 (an increase of; " + REP + ")", geo=GLA),
            L("£21.2m", 21200000, E, GBP, RHC, "April 2023 to March 2024 (2023/24, two years earlier; " + REP + ")", geo=GLA),
            L("£4m", 4000000, E, GBP, SGF, "April 2025 to March 2026 (2025/26, the Scottish Government's extra; " + REP + ")", occ=0, geo=GLA),
            R("between £18m and £24m", 18000000, 24000000, GBP, "council_refugee_homelessness_cost_shortfall", "April 2025 to March 2026 (2025/26, the remaining gap; " + REP + ")", geo=GLA),
            L("5,980", 5980, E, HH, "social_housing_lettings", "2025 (last year; social rented homes let)", geo=GLA),
            L("1,140", 1140, E, HH, "social_housing_lettings_refugees", "2025 (last year)", geo=GLA),
            L("almost one in five", 20, ALM, PCT, "social_housing_lettings_share_refugees", "2025 (last year)", geo=GLA),
            L("about 250", 250, AP, P, "refugees_needing_council_homes", "March 2026 (now; per month; " + CLLR + ")", geo=GLA),
            L("412", 412, E, P, "charity_service_users_rough_sleeping", "2025 (last year; slept rough after leaving asylum housing; Clydeside Sanctuary Network)", geo=GLA),
            L("a third", THIRD, E, PCT, "charity_service_users_rough_sleeping_change", "2025 vs 2024 (up by; Clydeside Sanctuary Network)", ctx="up by a third on 2024", geo=GLA),
            L("£4m", 4000000, E, GBP, SGF, "April 2025 to March 2026 (this year; a Scottish Government spokesperson)", occ=1, geo=GLA),
            L("£2.5m", 2500000, E, GBP, "scottish_government_refugee_integration_funding", "April 2025 to March 2026 (this year; a Scottish Government spokesperson)", geo=SCO),
            L("31,400", 31400, E, P, "asylum_initial_decisions", "October to December 2025 (the final three months of 2025; a Home Office spokesperson)"),
        ]),
    "03-the-amortiser-net-migration-fiscal-forecasts-obr": dict(
        meta=dict(url="https://www.theamortiser.example/content/3b9e41f0-obr-net-migration-borrowing-forecast",
                  title="Falling migration leaves £6.9bn hole in UK borrowing forecasts",
                  publisher="The Amortiser", author="Harriet Vossberg and Ilan Pereira-Quist", published_date="2026-03-04"),
        labels=[
            L("£6.9bn", 6900000000, E, GBP, PBE, Y30 + "; headline)", occ=0),
            L("75,000", -75000, E, P, NMF + "_revision", FC5 + "spring forecast vs November 2025; per year; standfirst)"),
            L("£6.9bn", 6900000000, E, GBP, PBE, Y30 + ")", occ=1),
            L("265,000", 265000, E, P, NMF, FC5 + OBR + ")"),
            L("340,000", 340000, E, P, NMF, FC5 + "assumed in November 2025; OBR)"),
            L("80,000", -80000, E, P, LR + "_revision", "long run (spring forecast vs November 2025; " + OBR + ")"),
            L("235,000", 235000, E, P, LR, "long run (" + OBR + ")"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the twelve months to June 2025; Office for National Statistics)"),
            L("649,000", 649000, E, P, NM, "July 2023 to June 2024 (a year before; Office for National Statistics)"),
            L("more than two-thirds", -200 / 3, MT, PCT, NM + "_change", "year to June 2025 vs year to June 2024 (a drop of)"),
            L("£8.4bn", -8400000000, E, GBP, "tax_receipts_lower_migration_change", Y30 + ")"),
            L("£1.5bn", -1500000000, E, GBP, "public_spending_lower_migration_change", Y30 + "; lower spending on public services and welfare)"),
            L("roughly 430,000", -430000, AP, P, "population_working_age_forecast_revision", "2030 (the end of the forecast; aged 16 to 64, spring forecast vs November 2025; OBR)"),
            L("0.2 percentage points", -0.2, E, PCT, "potential_growth_forecast_revision", "2026 to 2030 (per year; " + OBR + ")"),
            L("1.4 per cent", 1.4, E, PCT, "gdp_growth_forecast", "2026 (November 2025 forecast; OBR)"),
            L("1.2 per cent", 1.2, E, PCT, "gdp_growth_forecast", "2026 (" + OBR + ")"),
            L("roughly £9bn", 9000000000, AP, GBP, "public_borrowing_effect_per_100000_lower_net_migration", "after five years (rule of thumb, per 100,000 a year reduction in net migration; OBR)"),
            L("about a third", THIRD, AP, PCT, "public_borrowing_effect_lower_migration_if_even_fall_change", Y30 + "; larger had the fall been spread evenly)"),
            L("almost half", 50, ALM, PCT, "public_finances_effect_share_of_headroom", Y30 + "; of the November headroom)"),
            L("£14.2bn", 14200000000, E, GBP, "fiscal_headroom", "2029-30 (against the stability rule, set in November 2025)"),
            L("£11.8bn", 11800000000, E, GBP, "fiscal_headroom", Y30 + "; against the stability rule)"),
            L("about £350m", 350000000, AP, GBP, "tax_receipts_per_10000_skilled_workers", "per year (each 10,000 fewer skilled workers; Marguerite Oyelaran-Finch, Larchmont Capital)"),
            L("as much as 100,000", -100000, AM, P, NM + "_change", "per year (the immigration white paper's possible reduction; the Home Office)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the peak, the twelve months to June 2023; ONS)"),
            R("between 200,000 and 300,000", 200000, 300000, P, NM, "before the COVID-19 pandemic (pre-pandemic levels, per year)"),
        ]),
    "04-signal-uk-ons-immigration-emigration-explainer": dict(
        meta=dict(url="https://www.signaluk.example/news/uk-71842296",
                  title="Net migration: How does the ONS work out who arrives and who leaves?",
                  publisher="Signal UK", author="Tomasz Achebe-Lund", published_date="2026-05-29"),
        labels=[
            L("177,000", 177000, E, P, NM, Y25, occ=0),
            L("836,000", 836000, E, P, "immigration", Y25),
            L("659,000", 659000, E, P, "emigration", Y25, occ=0),
            V("hundreds of thousands", 200000, 900000, P, "international_passenger_survey_interviews", "each year before 2020 (travellers stopped by the International Passenger Survey)"),
            L("c. 4,000", 4000, AP, P, "international_passenger_survey_migrant_interviews", "each year before 2020 (turned out to be migrants)"),
            L("686,000", 686000, E, P, "immigration_non_eu", Y25),
            L("82%", 82, E, PCT, "immigration_share_non_eu", Y25),
            L("92,000", 92000, E, P, "immigration_british", Y25),
            L("58,000", 58000, E, P, "immigration_eu", Y25),
            L("48,000", -48000, E, P, "net_migration_eu", "January to December 2025 (EU nationals leaving outnumbered those arriving by; " + ONS + ")"),
            L("91,000", -91000, E, P, "net_migration_british_nationals", "January to December 2025 (the gap for British nationals; " + ONS + ")"),
            L("316,000", 316000, E, P, "net_migration_non_eu", Y25),
            L("370,000", 370000, E, P, "emigration_non_eu", Y25),
            L("659,000", 659000, E, P, "emigration", Y25, occ=1),
            L("more than half", 50, MT, PCT, "emigration_non_eu_share_former_study", "January to December 2025 (had first arrived on study visas; " + ONS + ")"),
            L("about 485", 485, AP, P, NM, "January to December 2025 (last year; per day, on average)"),
            L("69.3m", 69300000, E, P, "population", "mid-2024 (30 June 2024)"),
            L("431,000", 431000, E, P, NM, Y24 + "first estimate, May 2025; ONS)"),
            L("32,000", 32000, E, P, NM + "_revision", Y24 + "revised up by; " + ONS + ")"),
            L("463,000", 463000, E, P, NM, Y24 + "revised; " + ONS + ")"),
            L("740,000", 740000, E, P, NM, YJ23 + "the first published figure, November 2023; ONS)"),
            L("166,000", 166000, E, P, NM + "_revision", YJ23 + "the first figure ended up too low by; ONS)"),
            L("about 1.3m", 1300000, AP, P, "immigration", YJ23 + "the peak; ONS)"),
            L("177,000", 177000, E, P, NM, "January to December 2025 (cross-head: how reliable is)", occ=1),
            R("between 129,000 and 225,000", 129000, 225000, P, NM, "January to December 2025 (the real number probably falls; " + ONS + ")"),
        ]),
    "05-durham-drover-asylum-hotel-closures-large-site": dict(
        meta=dict(url="https://www.durhamdrover.example/news/local-news/two-county-durham-asylum-hotels-shut-weardale-camp-5520931",
                  title="Two County Durham asylum hotels to shut by November as Home Office confirms Weardale camp for up to 900 men",
                  publisher="Durham Drover", author="Lewis Hetherington-Pye", published_date="2026-09-16"),
        labels=[
            L("Two", 2, E, HOTELS, "asylum_hotels_to_close", NOV + "headline)", geo=CD),
            L("up to 900", 900, AM, P, LSC, "spring 2027 (the camp's maximum; headline)", geo=WD),
            L("two", 2, E, HOTELS, "asylum_hotels_to_close", NOV + "caption)", ctx="one of two hotels", geo=CD),
            L("TWO", 2, E, HOTELS, "asylum_hotels_to_close", NOV + "first word)", geo=CD),
            V("hundreds", 200, 900, P, "large_site_population_planned", "from November 2026 (men to be moved to the camp)", geo=WD),
            L("186", 186, E, P, HOT, "September 2026 (currently; the Wearbank Lodge)", geo="Chester-le-Street"),
            L("143", 143, E, P, HOT, "September 2026 (currently; the Manor Farm Hotel)", geo="Seaham"),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", "September 2026 (the only asylum hotels left in the county)", ctx="The two sites", geo=CD),
            L("329", 329, E, P, HOT, J26, geo=CD),
            L("41%", -41, E, PCT, HOT + "_change", "30 June 2026 vs 30 June 2025 (lower than)", geo=CD),
            L("558", 558, E, P, HOT, J25, geo=CD),
            L("1,480", 1480, E, P, HOT, J26, geo=NE),
            L("more than a fifth", 20, MT, PCT, "asylum_hotel_population_share_county_durham", "30 June 2026 (the county's share of the North East's total; " + HO5 + ")", occ=0, geo=CD),
            L("300", 300, E, P, LSC, "November 2026 (on opening; single men)", geo=WD),
            L("a maximum of 900", 900, AM, P, LSC, "spring 2027 (by next spring)", geo=WD),
            L("£37m", 37000000, E, GBP, "large_site_cost_site_works", "2026 (to set up; the Home Office)", geo=WD),
            L("£61", 61, E, GBP, "large_site_cost_per_person_night", "from November 2026 (per person per night, to run; the Home Office)", geo=WD),
            L("less than half", 50, LT, PCT, "large_site_cost_per_person_night_share_of_hotel_cost", "2026 (the Home Office)", geo=WD),
            L("£142", 142, E, GBP, "asylum_hotel_cost_per_person_night", "2026 (average per hotel bed per night; the Home Office)"),
            L("£46m", 46000000, E, GBP, "large_site_cost_excess_over_hotels", "2024 (the first large sites, Wethersfield and Scampton; National Audit Office)"),
            L("162", 162, E, HOTELS, "asylum_hotels_in_use", J26),
            L("213", 213, E, HOTELS, "asylum_hotels_in_use", "30 June 2025 (twelve months before; " + HO5 + ")"),
            L("23,700", 23700, E, P, HOT, J26),
            L("more than a fifth", -20, MT, PCT, HOT + "_change", "30 June 2026 vs 30 June 2025 (fewer than)", occ=1),
            L("30,200", 30200, E, P, HOT, J25),
            L("two", 2, E, HOTELS, "asylum_hotels_to_close", NOV + "the council's leader)", ctx="swapping two hotels", geo=CD),
            L("three times", 3, E, RATIO, "large_site_capacity_ratio", "spring 2027 (the camp against the two hotels; the council's leader)", geo=WD),
            L("about 4,300", 4300, AP, P, "gp_registered_patients", "September 2026 (the Upper Weardale practice)", geo=WD),
            L("nearly 21%", 21, ALM, PCT, "gp_registered_patients_change", "when the camp is full (a full camp would add)", geo=WD),
            L("more than 2,100", 2100, MT, SIGS, "petition_signatures", "Saturday 12 to Wednesday 16 September 2026 (since Saturday; Weardale Residents' Group)", geo=WD),
            L("about £1.9m", 1900000, AP, GBP, "police_cost_large_site", "November 2026 to November 2027 (the camp's first year; Durham Constabulary)", geo=CD),
        ]),
    "06-the-crux-asylum-grant-rates-by-nationality": dict(
        meta=dict(url="https://www.thecrux.example/news/politics/asylum-grant-rate-38-nationality-3318452",
                  title="Asylum grant rate falls to 38%, but your chances still depend on where you come from",
                  publisher="The Crux", author="Anoushka Trevelyan-Bose", published_date="2026-08-24"),
        labels=[
            L("38%", 38, E, PCT, GR, YE26 + "; headline)", occ=0),
            L("little more than a third", THIRD, MT, PCT, GR + "_afghan", YE26 + "; standfirst)"),
            L("Fewer than four in ten", 40, LT, PCT, GR, YE26 + ")"),
            L("124,600", 124600, E, P, "asylum_initial_decisions", YE26 + ")"),
            L("46,900", 46900, E, P, "asylum_grants", YE26 + "; refugee status or another type of leave)"),
            L("38%", 38, E, PCT, GR, YE26 + ")", occ=1),
            L("48%", 48, E, PCT, GR, YE25),
            L("124.6k", 124600, E, P, "asylum_initial_decisions", YE26 + "; by the numbers box)"),
            L("38%", 38, E, PCT, GR, YE26 + "; by the numbers box)", occ=2),
            L("10 points", -10, E, PCT, GR + "_change", "year ending June 2026 vs year ending June 2025 (down; by the numbers box)"),
            L("96%", 96, E, PCT, GR + "_sudanese", YE26 + "; by the numbers box)", occ=0),
            L("96%", 96, E, PCT, GR + "_sudanese", YE26 + ")", occ=1),
            L("9,840", 9840, E, P, "asylum_initial_decisions_sudanese", YE26 + ")"),
            L("89%", 89, E, PCT, GR + "_eritrean", YE26 + ")"),
            L("3%", 3, E, PCT, GR + "_bangladeshi", YE26 + ")"),
            L("6%", 6, E, PCT, GR + "_pakistani", YE26 + ")"),
            L("8%", 8, E, PCT, GR + "_albanian", YE26 + ")"),
            L("58%", 58, E, PCT, GR + "_iranian", YE26 + ")"),
            L("21%", 21, E, PCT, GR + "_iraqi", YE26 + ")"),
            L("14,300", 14300, E, P, "asylum_initial_decisions_afghan", YE26 + "; the largest single nationality)"),
            L("about one in nine", 100 / 9, AP, PCT, "asylum_initial_decisions_share_afghan", YE26 + ")"),
            L("36%", 36, E, PCT, GR + "_afghan", YE26 + ")"),
            L("97%", 97, E, PCT, GR + "_afghan", "July 2023 to June 2024 (two years ago; " + HO6 + ")"),
            L("9,150", 9150, E, P, "asylum_refusals_afghan", YE26 + ")"),
            L("nearly four times", 4, ALM, RATIO, "asylum_refusals_afghan_ratio", "year ending June 2026 vs year ending June 2024 (as many as)"),
            L("1,020", 1020, E, P, "asylum_initial_decisions_syrian", YE26 + ")"),
            L("23%", 23, E, PCT, GR + "_syrian", YE26 + ")"),
            L("42%", 42, E, PCT, GR, "January to December 2025 (recognised at first instance by member states; EU Agency for Asylum)", geo=EU),
            L("77,700", 77700, E, P, "asylum_refusals", YE26 + ")"),
            L("roughly seven in ten", 70, AP, PCT, "asylum_refusals_share_small_boat_arrivals", YE26 + "; arrived by small boat)"),
            L("Three-quarters", 75, E, PCT, "asylum_refusals_small_boat_arrivals_share_men_under_40", YE26 + "; of these, men under 40; the Home Office)"),
            L("46%", 46, E, PCT, "asylum_appeals_share_allowed", "July 2025 to June 2026 (the year to June; appeals decided by the tribunal)"),
            L("nearly half", 50, ALM, PCT, "asylum_initial_decisions_share_afghan_eritrean_sudanese", "2023 (" + ICR + ")"),
            L("about a quarter", 25, AP, PCT, "asylum_initial_decisions_share_afghan_eritrean_sudanese", "August 2026 (now; " + ICR + ")"),
            V("several thousand", 2000, 9000, P, "asylum_refusals_afghan_due_to_guidance", "2025 onwards (the guidance tightened last year; " + ICR + ")"),
            L("2,860", 2860, E, P, "returns_refused_asylum_seekers", YE26 + "; the department)"),
            L("18%", 18, E, PCT, "returns_refused_asylum_seekers_change", "year ending June 2026 vs year ending June 2025 (up; the department)"),
        ]),
    "07-the-sennight-asylum-system-cost-against-budget": dict(
        meta=dict(url="https://www.thesennight.example/article/asylum-bill-overshoots-budget-by-850m-despite-hotel-closures-k7r2mq9xw",
                  title="Asylum bill overshoots budget by £850m despite hotel closures",
                  publisher="The Sennight", author="Eleanor Whitcombe-Stroud", published_date="2026-07-22"),
        labels=[
            L("£850m", 850000000, E, GBP, "asylum_cost_overspend", FY + "; headline)"),
            L("£4.71bn", 4710000000, E, GBP, AC, FY + "; standfirst)"),
            L("22 per cent", 22, E, PCT, OVS, FY + "; more than planned; standfirst)", occ=0),
            L("£4.71 billion", 4710000000, E, GBP, AC, FY + ")"),
            L("£850 million", 850000000, E, GBP, "asylum_cost_overspend", FY + ")"),
            L("£3.86 billion", 3860000000, E, GBP, "asylum_cost_budgeted", FY + "; set aside at the start of the year)"),
            L("22 per cent", 22, E, PCT, OVS, FY + "; overshot by)", occ=1),
            L("£620 million", 620000000, E, GBP, "asylum_cost_reserve_claim", FY + "; claim on the Treasury reserve)"),
            L("5 per cent", -5, E, PCT, AC + "_change", "2025/26 vs 2024/25 (lower than)"),
            L("£4.97 billion", 4970000000, E, GBP, AC, "April 2024 to March 2025 (2024/25; " + ACC + ")"),
            L("£5.38bn", 5380000000, E, GBP, AC, "April 2023 to March 2024 (2023/24, a record)"),
            L("£1.92 billion", 1920000000, E, GBP, "asylum_cost_hotels", FY + ")"),
            L("a third", -THIRD, E, PCT, "asylum_cost_hotels_change", "2025/26 vs 2024/25 (down on last year)", occ=0),
            L("about £5.3 million", 5300000, AP, GBP, "asylum_cost_hotels", FY + "; per day)"),
            L("£1.24 billion", 1240000000, E, GBP, "asylum_cost_dispersal_accommodation", FY + ")"),
            L("£310 million", 310000000, E, GBP, "asylum_cost_cash_allowances", FY + "; the weekly allowances)"),
            L("£186 million", 186000000, E, GBP, "large_site_cost", FY + "; including Wethersfield)"),
            L("£1.05 billion", 1050000000, E, GBP, "asylum_cost_processing_staff_legal", FY + "; the remaining)"),
            L("102,900", 102900, E, P, "asylum_support_population", "31 March 2026 (" + ACC + ")"),
            L("109,200", 109200, E, P, "asylum_support_population", "31 March 2025 (twelve months earlier; " + ACC + ")"),
            L("more than £44,000", 44000, MT, GBP, "asylum_cost_per_person_per_year", FY + "; average annual cost per person)"),
            L("58 per cent", 58, E, PCT, "asylum_cost_share_hotels", "April 2024 to March 2025 (2024/25; " + ACC + ")"),
            L("41 per cent", 41, E, PCT, "asylum_cost_share_hotels", FY + ")"),
            L("£15.3 billion", 15300000000, E, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (the ten-year contracts over their life, current estimate; " + ACC + ")"),
            L("over three times", 3, MT, RATIO, "asylum_accommodation_contracts_cost_ratio", "2019 to 2029 (current estimate vs the first estimate)"),
            L("£4.5 billion", 4500000000, E, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (first estimated, 2019)"),
            L("About £1.9 billion", 1900000000, AP, GBP, "asylum_cost_counted_as_aid", FY + "; counted towards the aid budget)"),
            L("roughly 14 per cent", 14, AP, PCT, "asylum_cost_counted_as_aid_share_of_oda", FY + "; of all official development assistance)"),
            L("nearly a quarter", 25, ALM, PCT, OVS, FY + "; a budget wrong by; the chairwoman of the public accounts committee)"),
            L("more than £9.6 billion", 9600000000, MT, GBP, AC, "April 2024 to March 2026 (two years; the Tories' home affairs spokesman)"),
            L("close to £9 million", 9000000, ALM, GBP, "asylum_cost_hotels", "2023 (the peak; per day; the Home Office)"),
            L("More than 210", 210, MT, HOTELS, "asylum_hotels_closed", "July 2024 to July 2026 (closed since Labour came in; " + HOS7 + ")"),
            L("a third", -THIRD, E, PCT, "asylum_cost_hotels_change", "2025/26 vs 2024/25 (come off the hotel bill in a single year; " + HOS7 + ")", occ=1),
            L("£3.4 billion", 3400000000, E, GBP, "asylum_cost_budgeted", "April 2026 to March 2027 (this year; " + HOS7 + ")"),
            L("about 10,000", 10000, AP, P, "asylum_initial_decisions", "2026/27 (per month, needed to meet the budget; officials)"),
            L("14 per cent", 14, E, PCT, SBA + "_change", "1 January to July 2026 vs the same period of 2025 (running ahead of last year)", ctx="running 14 per cent"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
