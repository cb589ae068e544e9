#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-seventy-sixth hand-labelled hold-out set (holdout176).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT)

UK, ENG, WAL, NI, FR = "UK", "England", "Wales", "Northern Ireland", "France"
HH, REFS, AREAS, CERTS = "other:households", "other:referrals", "other:council_areas", "other:certificates"
TWO3 = 200 / 3

# 01 (Friday 27 November 2026; ONS estimates for the year ending June 2026 published Thursday 26 November 2026)
ONS1 = "ONS estimate published Thursday 26 November 2026"
YJ26 = "July 2025 to June 2026 (the year ending June 2026, the 12 months to June; " + ONS1 + ")"
KP = " (Key Points box)"
NMR = "net_migration_revision"

# 02 (Wednesday 18 March 2026; Home Office data published last Thursday, 12 March 2026)
HO2 = "Home Office data published Thursday 12 March 2026"
F26 = "March 2022 to 28 February 2026 (by the end of February; " + HO2 + ")"
CDF = "Cardiff"
UKR = "immigration_ukraine"
BNO = "bno_visa_holders_resident"
WWC = "ukrainian_welcome_accommodation_population"
UPE = "ukraine_permission_extension_"

# 03 (Monday 3 August 2026; Home Office daily data to Sunday 2 August 2026)
YTD3 = "1 January to 2 August 2026 (so far this year, since January 1; the Chiffonier's analysis of Home Office data)"
SAME25 = "1 January to 2 August 2025 (by this date in 2025; Home Office data)"
OCC = "small_boat_occupancy"
BOX3 = " (PACKED TIGHTER EVERY YEAR box; Home Office data)"
HNK = "Desmond Harwood-Nkemelu, former Border Force official"
S80 = "small_boat_count_share_80_or_more_people"

# 04 (Friday 22 May 2026; Home Office figures for the 12 months to March 2026, allocation confirmed Monday 18 May 2026)
YM26 = "April 2025 to March 2026 (the 12 months to March, the latest year; Home Office figures)"
SWV = "visas_granted_seasonal_worker"
ALH = "seasonal_worker_visa_allocation_horticulture"
BOX4 = " (SEASONAL WORKERS IN NUMBERS box)"
LIN = "Lincolnshire"
LFPA = "January to December 2025 (last year; Lincolnshire Fresh Produce Alliance survey)"
GLAA = "gangmasters_referrals_seasonal_workers"
MCA = "2026 (at the peak; Martin Coupland-Asare's family farm)"

# 05 (Wednesday 22 July 2026; ONS mid-2025 estimates for England and Wales published that day)
ONS5 = "ONS mid-2025 estimates published Wednesday 22 July 2026"
M25 = "30 June 2025 (mid-2025; " + ONS5 + ")"
Y25 = "mid-2024 to mid-2025 (the year to June 2025; " + ONS5 + ")"

# 06 (Thursday 15 October 2026; Home Office annual report for 2025/26 published Tuesday 13 October 2026, quarterly figures to 30 June 2026)
FY26 = "April 2025 to March 2026 (2025/26; Home Office annual report published Tuesday 13 October 2026)"
J26 = "30 June 2026 (the end of June; latest quarterly figures)"
M26 = "31 March 2026 (three months earlier, in March; latest quarterly figures)"

# 07 (Saturday 7 February 2026; NISRA figures for the year to 30 June 2025, a survey published Monday 2 February 2026)
NIS = "mid-2024 to mid-2025 (the year to 30 June 2025; NISRA)"
BOX7 = " (BY THE NUMBERS box)"
AWH = "australia_working_holiday_visas_british"
OUT = "out_migration"
LPC = "Lecale Policy Centre"
NRC = "nurses_overseas_registration_certificates"

ARTICLES = {
    "01-the-interrobang-ons-migration-estimates-explainer": dict(
        meta=dict(url="https://www.theinterrobang.example/news/politics/ons-net-migration-immigration-emigration-how-counted-explained-3981265",
                  title="Who comes, who goes: how the ONS builds its migration figures, and why they keep changing",
                  publisher="The Interrobang", author="Tamsin Kerslake-Boateng", published_date="2026-11-27"),
        labels=[
            L("183,000", 183000, E, P, NM, "July 2025 to June 2026 (the year to June; standfirst)", ctx="fell to 183,000"),
            L("183,000", 183000, E, P, NM, YJ26 + KP, ctx="Net migration was 183,000"),
            L("22%", -22, E, PCT, NM + "_change", "year ending June 2026 vs year ending June 2025 (lower than a year before" + KP + ")"),
            L("46,000", 46000, E, P, NMR, "July 2024 to June 2025 (the previous year's figure, revised up" + KP + ")", ctx="revised up by 46,000, to"),
            L("235,000", 235000, E, P, NM, "July 2024 to June 2025 (the previous year, revised estimate" + KP + ")"),
            L("About one in five", 20, AP, PCT, "emigration_share_former_study", YJ26 + " people who left had originally come to study" + KP),
            L("771,000", 771000, E, P, "immigration", YJ26 + " long-term migrants arrived"),
            L("588,000", 588000, E, P, "emigration", YJ26 + " departed", ctx="arrived and 588,000 departed"),
            L("183,000", 183000, E, P, NM, YJ26, ctx="stood at 183,000"),
            L("22 per cent", -22, E, PCT, NM + "_change", "year ending June 2026 vs year ending June 2025 (down; " + ONS1 + ")"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (the year to March 2023, the high point; ONS)"),
            L("more than five times", 5, MT, RATIO, NM + "_ratio", "year to March 2023 vs year ending June 2026 (the high point against today's level)"),
            R("anywhere from 139,000 to 227,000", 139000, 227000, P, NM, YJ26 + " where the true net figure could lie, the ONS says"),
            L("c. 700,000", 700000, AP, P, "international_passenger_survey_interviews", "per year, before the COVID-19 pandemic (International Passenger Survey)"),
            L("around 4,000", 4000, AP, P, "international_passenger_survey_migrant_interviews", "per year, before the COVID-19 pandemic (turned out to be migrants; International Passenger Survey)"),
            L("598,000", 598000, E, P, "immigration_non_eu", YJ26 + " non-EU nationals' arrivals"),
            L("more than three-quarters", 75, MT, PCT, "immigration_share_non_eu", YJ26),
            L("84%", 84, E, PCT, "immigration_non_eu_share_study_or_work", YJ26 + " 84% of these held a study or work visa, counting dependants"),
            L("61,000", 61000, E, P, "immigration_eu", YJ26),
            L("112,000", 112000, E, P, "immigration_british", YJ26 + " British nationals came home", occ=0),
            L("588,000", 588000, E, P, "emigration", YJ26 + " who left", ctx="Of the 588,000"),
            L("302,000", 302000, E, P, "emigration_non_eu", YJ26),
            L("136,000", 136000, E, P, "emigration_eu", YJ26),
            L("150,000", 150000, E, P, "emigration_british", YJ26, occ=0),
            L("Roughly one in five", 20, AP, PCT, "emigration_share_former_study", YJ26 + " departures whose student visas had expired"),
            L("150,000", 150000, E, P, "emigration_british", YJ26 + " British citizens going", occ=1),
            L("112,000", 112000, E, P, "immigration_british", YJ26 + " British citizens returning", occ=1),
            L("38,000", -38000, E, P, "net_migration_british_nationals", YJ26 + " a net outflow"),
            L("189,000", 189000, E, P, NM, "July 2024 to June 2025 (the year ending June 2025, first estimate published November 2025)"),
            L("46,000", 46000, E, P, NMR, "July 2024 to June 2025 (revised up; " + ONS1 + ")", ctx="revised up by 46,000, mainly"),
            L("7,000", 7000, E, P, "immigration_revision", "July 2024 to June 2025 (nudged up; " + ONS1 + ")"),
            L("39,000", -39000, E, P, "emigration_revision", "July 2024 to June 2025 (cut; " + ONS1 + ")"),
            L("57,000", -57000, E, P, NMR, "January to December 2024 (calendar 2024, now below the level first published; " + ONS1 + ")"),
            L("around 90%", 90, AP, PCT, "immigration_share_measured_by_administrative_data", "2026 (now; Hollis Brereton-Achebe, ONS)"),
            V("tens of thousands", 20000, 90000, P, NMR, "between first and final estimates, a normal swing (Dr Anwen Saltmarsh-Ibekwe, Coldharbour Centre for Population Change)"),
        ]),
    "02-penylan-pochard-ukrainian-hong-kong-arrivals-wales": dict(
        meta=dict(url="https://www.penylanpochard.example/news/cardiff-news/ukrainians-wales-moved-on-hong-kong-families-29481736",
                  title="More than a third of Ukrainians who came to Wales have moved on - but Hong Kongers are putting down roots",
                  publisher="Penylan Pochard", author="Elin Mathias-Okoro", published_date="2026-03-18"),
        labels=[
            L("More than a third", THIRD, MT, PCT, "ukrainian_arrivals_share_left_wales", "March 2022 to March 2026 (have moved on; headline)", ctx="More than a third of Ukrainians who", geo=WAL),
            L("8,140", 8140, E, P, UKR, "2022 to February 2026 (since 2022; standfirst)", ctx="Figures show 8,140", geo=WAL),
            L("doubled", 2, E, RATIO, BNO + "_ratio", "2026 vs 2023 (Hong Kong families settling in Cardiff, in three years; standfirst)", ctx="has doubled in three years", geo=CDF),
            L("More than a third", THIRD, MT, PCT, "ukrainian_arrivals_share_left_wales", "March 2022 to March 2026 (have since left; new figures)", ctx="More than a third of the Ukrainians", geo=WAL),
            L("8,140", 8140, E, P, UKR, F26, ctx="Thursday show 8,140", geo=WAL),
            L("3,290", 3290, E, P, UKR + "_supersponsor", F26 + " the Welsh Government's super sponsor route", geo=WAL),
            L("4,850", 4850, E, P, UKR + "_homes_for_ukraine", F26, geo=WAL),
            L("about 5,200", 5200, AP, P, "ukrainians_resident", "March 2026 (still living in Wales; Welsh Government estimate)", geo=WAL),
            L("1,460", 1460, E, P, UKR, F26, geo=CDF),
            L("almost one in five", 20, ALM, PCT, UKR + "_share_cardiff", F26 + " Cardiff's share of the Welsh total", geo=WAL),
            L("720", 720, E, P, UKR, F26, geo="Swansea"),
            L("390", 390, E, P, UKR, F26, geo="Gwynedd"),
            L("more than 1,500", 1500, MT, P, WWC, "mid-2022 (when demand was highest; welcome centres)", geo=WAL),
            L("62", 62, E, P, WWC, "28 February 2026 (by the end of last month)", geo=WAL),
            L("Some 1,900", 1900, AP, HH, "homes_for_ukraine_host_households", "2022 to March 2026 (have hosted at some point)", geo=WAL),
            L("£500", 500, E, GBP, "homes_for_ukraine_thank_you_payment", "per month, March 2026 (for guests here longer than a year)", geo=WAL),
            L("1,240", 1240, E, P, "school_pupils_ukrainian", "January 2026 (on the rolls of Welsh schools)", geo=WAL),
            L("27%", -27, E, PCT, "school_pupils_ukrainian_change", "January 2026 vs January 2024 (down, two years earlier)", geo=WAL),
            L("1,690", 1690, E, P, "school_pupils_ukrainian", "January 2024 (two years earlier)", geo=WAL),
            L("3,020", 3020, E, P, UPE + "applications", "to March 2026 (lodged from Wales)", geo=WAL),
            L("2,870", 2870, E, P, UPE + "grants", "to March 2026 (granted, applications from Wales)", geo=WAL),
            L("95%", 95, E, PCT, UPE + "applications_share_granted", "to March 2026 (applications from Wales)", geo=WAL),
            L("£96.4m", 96400000, E, GBP, "welsh_government_ukraine_response_cost", "March 2022 to March 2026 (since March 2022; Welsh Government)", geo=WAL),
            L("167,300", 167300, E, P, "visas_granted_bno", "January 2021 to December 2025 (by the end of December, since the route opened)"),
            L("3,100", 3100, E, P, BNO, "March 2026 (an estimated, now live in Wales)", geo=WAL),
            L("doubled", 2, E, RATIO, BNO + "_ratio", "2026 vs 2023 (since 2023)", ctx="the number has doubled since", geo=CDF),
            L("c. 600", 600, AP, P, BNO, "2023", geo=CDF),
            L("about 1,200", 1200, AP, P, BNO, "March 2026 (now)", geo=CDF),
            L("21,400", 21400, E, P, "settlement_applications_bno", "January to February 2026 (by the end of February, UK-wide)"),
            L("around 240", 240, AP, P, "school_pupils_hong_kong", "March 2026 (now; Kelvin Tse-Roberts, Cymru Hong Kong Association)", geo=CDF),
        ]),
    "03-the-chiffonier-small-boat-occupancy-per-dinghy": dict(
        meta=dict(url="https://www.thechiffonier.example/news/2026/08/03/migrant-dinghies-now-carry-66-people-each-five-times-2020/",
                  title="Migrant dinghies now carry 66 people each - five times as many as in 2020",
                  publisher="The Chiffonier", author="Hugo Fennimore-Adjei", published_date="2026-08-03"),
        labels=[
            L("66", 66, E, PPB, OCC, "1 January to 2 August 2026 (now; headline)", ctx="now carry 66 people"),
            L("five times", 5, E, RATIO, OCC + "_ratio", "2026 so far vs 2020 (headline)"),
            L("66", 66, E, PPB, OCC, YTD3 + " an average, the highest on record", ctx="an average of 66 people"),
            L("13", 13, E, PPB, OCC, "January to December 2020 (the typical dinghy)", ctx="carried 13 people"),
            L("seven", 7, E, PPB, OCC, "January to December 2018 (when the crossings first drew national attention)"),
            L("Some 24,550", 24550, AP, P, SBA, YTD3),
            L("372", 372, E, BOATS, SBC, YTD3),
            L("a third", -THIRD, E, PCT, SBC + "_change", "2026 so far vs the same date in 2025 (launches down on last year)"),
            L("558", 558, E, BOATS, SBC, SAME25),
            L("19 per cent", -19, E, PCT, SBA + "_change", "2026 so far vs the same date in 2025 (fallen by only)"),
            L("30,420", 30420, E, P, SBA, SAME25),
            L("42,710", 42710, E, P, SBA, "January to December 2025 (last year)"),
            L("700", 700, E, BOATS, SBC, "January to December 2025 (last year)", ctx="came in 700 boats"),
            L("45,770", 45770, E, P, SBA, "January to December 2022 (still the busiest year)"),
            L("1,110", 1110, E, BOATS, SBC, "January to December 2022"),
            L("41", 41, E, PPB, OCC, "January to December 2022 (an average of)", ctx="an average of 41"),
            L("66", 66, E, PPB, OCC, "1 January to 2 August 2026 (this year to Aug 2" + BOX3 + ")", ctx="Aug 2 ... 66"),
            L("61", 61, E, PPB, OCC, "January to December 2025" + BOX3, ctx="2025 ... 61"),
            L("53", 53, E, PPB, OCC, "January to December 2024" + BOX3, ctx="2024 ... 53"),
            L("50", 50, E, PPB, OCC, "January to December 2023" + BOX3, ctx="2023 ... 50"),
            L("41", 41, E, PPB, OCC, "January to December 2022" + BOX3, ctx="2022 ... 41"),
            L("27", 27, E, PPB, OCC, "January to December 2021" + BOX3, ctx="2021 ... 27"),
            L("13", 13, E, PPB, OCC, "January to December 2020" + BOX3, ctx="2020 ... 13"),
            L("128", 128, E, PPB, OCC + "_max", "12 July 2026 (a record, a single dinghy that landed at Dungeness)"),
            L("One in five", 20, E, PCT, S80, "1 January to 2 August 2026 (boats this year)"),
            L("one in 50", 2, E, PCT, S80, "January to December 2022"),
            L("11,200", 11200, E, P, "small_boat_launch_attempts_stopped_people", "January to June 2026 (prevented from launching; French police and gendarmes)", geo=FR),
            L("At least 23", 23, AL, P, "small_boat_deaths", "1 January to 2 August 2026 (known to have died on the route in 2026)"),
            L("more than doubled", 2, MT, RATIO, OCC + "_ratio", "2026 vs 2021 (the average load; " + HNK + ")"),
            R("between £1,500 and £2,500", 1500, 2500, GBP, "smuggling_fee_per_person", "per seat, 2026 (now; " + HNK + ")", geo=FR),
            L("nearly 88,000", 88000, ALM, P, SBA, "5 July 2024 to 2 August 2026 (on Labour's watch; the shadow home secretary)"),
            L("more than 700", 700, MT, BOATS, "small_boats_and_engines_seized", "to August 2026 (already seized before they reached the water; a Home Office spokesman)", geo=FR),
        ]),
    "04-holbeach-harrier-pa-seasonal-worker-visas-farms": dict(
        meta=dict(url="https://www.holbeachharrier.example/news/farming/seasonal-worker-visas-up-20-as-growers-warn-smaller-quota-will-leave-crops-in-the-fields-5127734",
                  title="Seasonal worker visas up 20% as growers warn smaller quota will leave crops in the fields",
                  publisher="Holbeach Harrier", author="Frances Okonjo-Blyth", published_date="2026-05-22"),
        labels=[
            L("20%", 20, E, PCT, SWV + "_change", "12 months to March 2026 vs the year before (up; headline)", ctx="visas up 20%"),
            L("a fifth", 20, E, PCT, SWV + "_change", "12 months to March 2026 vs the year before (risen by)"),
            L("41,380", 41380, E, P, SWV, YM26),
            L("20%", 20, E, PCT, SWV + "_change", "12 months to March 2026 vs the year before (up; Home Office figures)", ctx="up 20% on the"),
            L("34,480", 34480, E, P, SWV, "April 2024 to March 2025 (the year before; Home Office figures)"),
            L("43,000", 43000, E, P, ALH, "2026 (this year's allocation)"),
            L("2,000", 2000, E, P, "seasonal_worker_visa_allocation_poultry", "2026 (this year's allocation, during the Christmas season)"),
            L("38,000", 38000, E, P, ALH, "2027 (confirmed by ministers on Monday 18 May 2026)"),
            L("almost 12%", -12, ALM, PCT, ALH + "_change", "2027 vs 2026 (a cut of)"),
            L("63%", 63, E, PCT, SWV + "_share_central_asia", YM26 + " workers from Central Asia"),
            L("12,910", 12910, E, P, SWV + "_uzbek", YM26 + " the largest single group"),
            L("41.4k", 41400, E, P, SWV, "April 2025 to March 2026 (year to March 2026" + BOX4 + ")"),
            L("12.9k", 12900, E, P, SWV + "_uzbek", "April 2025 to March 2026 (Uzbek nationals" + BOX4 + ")"),
            L("38k", 38000, E, P, ALH, "2027 (horticulture quota" + BOX4 + ")"),
            L("c. 9,500", 9500, AP, P, "farm_seasonal_workforce", "2026 (estimated to be needed at the height of the season)", geo=LIN),
            L("around two-thirds", TWO3, AP, PCT, "farm_seasonal_workforce_share_seasonal_worker_visa", "2026 (on the visa)", geo=LIN),
            L("one in five", 20, E, PCT, "growers_share_produce_unpicked", LFPA, geo=LIN),
            L("more than £36m", 36000000, MT, GBP, "growers_unpicked_produce_losses", LFPA, geo=LIN),
            L("164", 164, E, REFS, GLAA, "January to December 2025 (Gangmasters and Labour Abuse Authority)"),
            L("nearly double", 2, ALM, RATIO, GLAA + "_ratio", "2025 vs 2024 (Gangmasters and Labour Abuse Authority)"),
            L("86", 86, E, REFS, GLAA, "January to December 2024 (Gangmasters and Labour Abuse Authority)"),
            L("as much as £4,000", 4000, AM, GBP, "seasonal_workers_recruitment_fees_paid", "2026 (owed to recruiters in their home countries on arrival; campaigners)"),
            L("240", 240, E, P, "farm_seasonal_staff", MCA, geo="Gedney Drove End"),
            L("Three in every four", 75, E, PCT, "farm_seasonal_staff_share_seasonal_worker_visa", MCA, geo="Gedney Drove End"),
            L("about one in three", 100 / 3, AP, PCT, "employment_share_farming_food_processing", "2026 (Cllr Joanne Pinchbeck-Ugwu, South Holland District Council)", geo="South Holland"),
            L("£50m", 50000000, E, GBP, "farm_automation_fund", "2026 (a fund the Government is backing; a Home Office spokesperson)"),
        ]),
    "05-planisphere-news-england-wales-population-62-million": dict(
        meta=dict(url="https://www.planispherenews.example/news/articles/cx7q2w9k4l1o",
                  title="Population of England and Wales passes 62 million",
                  publisher="Planisphere News", author="Joanna Farquharson-Diallo", published_date="2026-07-22"),
        labels=[
            L("passes 62 million", 62000000, MT, P, "population", "30 June 2025 (mid-2025; headline)", geo=EW),
            L("passed 62 million", 62000000, MT, P, "population", M25 + " for the first time", geo=EW),
            L("62,310,400", 62310400, E, P, "population", M25, geo=EW),
            L("504,000", 504000, E, P, "population_growth", Y25 + " an increase on a year earlier", geo=EW),
            L("0.8%", 0.8, E, PCT, "population_change", Y25, ctx="or 0.8%", geo=EW),
            L("more than a quarter", -25, MT, PCT, "population_growth_change", "year to mid-2025 vs year to mid-2024 (smaller)", geo=EW),
            L("706,000", 706000, E, P, "population_growth", "mid-2023 to mid-2024 (the year to mid-2024, the largest annual increase in more than 70 years)", geo=EW),
            L("482,000", 482000, E, P, "net_migration_international", Y25, geo=EW),
            L("30,000", 30000, E, P, "population_natural_change", Y25 + " births minus deaths, just", geo=EW),
            L("596,000", 596000, E, P, "births", Y25, geo=EW),
            L("566,000", 566000, E, P, "deaths", Y25, geo=EW),
            L("about 8,000", -8000, AP, P, "internal_migration_net", Y25 + " a net loss to Scotland and Northern Ireland", geo=EW),
            L("about 96%", 96, AP, PCT, "net_migration_share_of_population_growth", Y25 + " international migration's share of the year's growth", geo=EW),
            L("0.8%", 0.8, E, PCT, "population_change", Y25, ctx="rose 0.8%", geo=ENG),
            L("59.1 million", 59100000, E, P, "population", M25, geo=ENG),
            L("0.5%", 0.5, E, PCT, "population_change", Y25, geo=WAL),
            L("3.21 million", 3210000, E, P, "population", M25, geo=WAL),
            L("59.6 million", 59600000, E, P, "population", "21 March 2021 (the 2021 census)", geo=EW),
            L("2.7 million", 2700000, E, P, "population_growth", "March 2021 to mid-2025 (since the 2021 census; " + ONS5 + ")", geo=EW),
            L("11.9 million", 11900000, E, P, "population_aged_65_and_over", M25, geo=EW),
            L("19.1%", 19.1, E, PCT, "population_share_aged_65_and_over", M25, geo=EW),
            L("1.7m", 1700000, E, P, "population_aged_85_and_over", M25, geo=EW),
            L("40.9 years", 40.9, E, YEARS, "population_median_age", M25, geo=EW),
            L("2.9%", 2.9, E, PCT, "population_change", Y25 + " the fastest-growing local authority", geo="Coventry"),
            L("27", 27, E, AREAS, "council_areas_population_decline", Y25 + " of the 318 council areas", geo=EW),
            L("9.1 million", 9100000, E, P, "population", M25 + " the most populous region", geo="London"),
            L("below 600,000", 600000, LT, P, "births", "per year, mid-2024 to mid-2025 (now; Ciaran Dunsford-Osei, ONS)", geo=EW),
            L("pass 72 million", 72000000, MT, P, "population_projection", "2032 (projected; Prof Helena Garside-Mwale, Ravensworth Institute for Population Studies)"),
        ]),
    "06-daily-euphonium-asylum-accommodation-daily-cost": dict(
        meta=dict(url="https://www.dailyeuphonium.example/news/politics/2156873/asylum-bill-14-7-million-a-day-migrant-hotels-climb-again",
                  title="Asylum bill hits £14.7MILLION A DAY as migrant hotel numbers climb again",
                  publisher="Daily Euphonium", author="Declan Thorogood-Bello", published_date="2026-10-15"),
        labels=[
            L("£14.7MILLION", 14700000, E, GBP, AC, "per day, April 2025 to March 2026 (2025/26; headline)"),
            L("£5.38billion", 5380000000, E, GBP, AC, "April 2025 to March 2026 (last year, a record; standfirst)", ctx="a record £5.38billion housing"),
            L("almost £15million", 15000000, ALM, GBP, AC, "per day, " + FY26),
            L("£5.38billion", 5380000000, E, GBP, AC, FY26 + " a record", ctx="cost a record £5.38billion in"),
            L("14 percent", 14, E, PCT, AC + "_change", "2025/26 vs 2024/25 (up; Home Office annual report)"),
            L("£4.71billion", 4710000000, E, GBP, AC, "April 2024 to March 2025 (2024/25; Home Office annual report)"),
            L("£14.7million", 14700000, E, GBP, AC, "per day, " + FY26, ctx="works out at £14.7million"),
            L("more than £10,000", 10000, MT, GBP, AC, "per minute, " + FY26 + " around the clock"),
            L("£2.23billion", 2230000000, E, GBP, "asylum_cost_hotels", FY26 + " hotels alone"),
            L("more than £6.1million", 6100000, MT, GBP, "asylum_cost_hotels", "per day, " + FY26),
            L("around three in ten", 30, AP, PCT, "asylum_support_share_hotels", J26 + " asylum seekers on support housed in hotels"),
            L("31,240", 31240, E, P, HOT, J26),
            L("9 percent", 9, E, PCT, HOT + "_change", "30 June 2026 vs 31 March 2026 (up, three months earlier)"),
            L("28,660", 28660, E, P, HOT, M26),
            L("212", 212, E, HOTELS, "asylum_hotels_in_use", J26),
            L("197", 197, E, HOTELS, "asylum_hotels_in_use", M26),
            L("108,650", 108650, E, P, "asylum_support_population", J26 + " receiving taxpayer-funded support"),
            L("£139", 139, E, GBP, "asylum_hotel_cost_per_person_night", "per night, 2025/26 (an average)"),
            L("£17", 17, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, 2025/26 (shared houses and flats)"),
            L("more than eight times", 8, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", "per night, 2025/26 (a hotel bed against dispersal housing)"),
            L("nearly four times", 4, ALM, RATIO, "asylum_cost_ratio", "2025/26 vs 2019/20 (the overall bill)"),
            L("£1.4billion", 1400000000, E, GBP, AC, "April 2019 to March 2020 (2019/20, before the small boats crisis took hold)"),
            L("more than £11billion", 11000000000, MT, GBP, AC, "5 July 2024 to October 2026 (since 5 July 2024, Sir Keir Starmer's first day in No 10; analysis by the Euphonium)"),
            L("72,410", 72410, E, P, "asylum_backlog", J26 + " waiting for an initial decision"),
            L("some 41,800", 41800, AP, P, "asylum_appeals_pending", J26 + " waiting for their appeals to be heard"),
            L("£14.7million", 14700000, E, GBP, AC, "per day, 2025/26 (Tory MP Gideon Ashworth-Amadi)", ctx="\"£14.7million a day. That"),
            L("more than £50,000", 50000, MT, GBP, "asylum_hotel_cost_per_person_year", "per year (each person in an asylum hotel; Trevor Lydgate-Oni, Border Reform Trust)"),
            L("topped 400", 400, MT, HOTELS, "asylum_hotels_in_use", "2023 (the hotel count; a Home Office spokesman)"),
            L("18%", 18, E, PCT, "returns_change", "2026 vs 2025 (removals up on last year; a Home Office spokesman)"),
            L("more than £700m", 700000000, MT, GBP, "rwanda_scheme_cost", "April 2022 to July 2024 (the scrapped Rwanda scheme; a Home Office spokesman)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers flown to Kigali; a Home Office spokesman)", ctx="just four volunteers"),
        ]),
    "07-portaferry-puffin-young-emigration-australia-canada": dict(
        meta=dict(url="https://www.portaferrypuffin.example/news/almost-three-in-five-leaving-ni-under-35-as-australia-and-canada-lure-a-generation-4418207",
                  title="Almost three in five people leaving NI are under 35 as Australia and Canada lure a generation",
                  publisher="Portaferry Puffin", author="Niamh Corrigan-Balogun", published_date="2026-02-07"),
        labels=[
            L("Almost three in five", 60, ALM, PCT, OUT + "_share_aged_16_34", "mid-2024 to mid-2025 (people leaving NI who are under 35; headline)", geo=NI),
            L("31%", 31, E, PCT, AWH + "_change", "2024/25 vs 2023/24 (jump, in a year; standfirst)", ctx="jump 31%", geo="Australia"),
            L("ALMOST three in five", 60, ALM, PCT, OUT + "_share_aged_16_34", NIS + " aged between 16 and 34", geo=NI),
            L("24,300", 24300, E, P, OUT, NIS + " moved out of Northern Ireland", geo=NI),
            L("14,100", 14100, E, P, OUT + "_aged_16_34", NIS + " the younger age group", geo=NI),
            L("Some 11,200", 11200, AP, P, "emigration", NIS + " went abroad", geo=NI),
            L("13,100", 13100, E, P, OUT + "_to_great_britain", NIS + " moved to Great Britain", geo=NI),
            L("26,000", 26000, E, P, "in_migration", NIS + " moving in over the same period", geo=NI),
            L("1,700", 1700, E, P, "net_migration_including_great_britain", NIS + " a small net gain", geo=NI),
            L("24.3k", 24300, E, P, OUT, "mid-2024 to mid-2025 (left NI, year to mid-2025" + BOX7 + ")", geo=NI),
            L("14.1k", 14100, E, P, OUT + "_aged_16_34", "mid-2024 to mid-2025 (of whom aged 16-34" + BOX7 + ")", geo=NI),
            L("42.6k", 42600, E, P, AWH, "July 2024 to June 2025 (2024/25" + BOX7 + ")", geo="Australia"),
            L("42,630", 42630, E, P, AWH, "July 2024 to June 2025 (2024/25; Australian government data)", geo="Australia"),
            L("31%", 31, E, PCT, AWH + "_change", "2024/25 vs 2023/24 (up; Australian government data)", ctx="up 31% on", geo="Australia"),
            L("32,540", 32540, E, P, AWH, "July 2023 to June 2024 (the year before; Australian government data)", geo="Australia"),
            L("c. 1,600", 1600, AP, P, AWH + "_from_northern_ireland", "July 2024 to June 2025 (went to people from here; " + LPC + " estimate)", geo=NI),
            L("9,000", 9000, E, P, "youth_mobility_quota_canada_britons", "2026 (this year, places for UK citizens)", geo="Canada"),
            L("10,500", 10500, E, P, "youth_mobility_quota_canada_irish", "2026 (a separate quota for Irish passport holders)", geo="Canada"),
            L("30,900", 30900, E, P, "emigration_irish_citizens", "May 2024 to April 2025 (the year to April 2025; Ireland's statistics office)", geo="Ireland"),
            L("1,180", 1180, E, CERTS, NRC, "January to December 2025 (nurses trained here)", geo=NI),
            L("310", 310, E, CERTS, NRC, "January to December 2020", geo=NI),
            L("nearly four times", 4, ALM, RATIO, NRC + "_ratio", "2025 vs 2020", geo=NI),
            L("one in three", 100 / 3, E, PCT, "young_people_share_expect_to_live_outside_ni", "February 2026 (people aged 18 to 30, within five years; " + LPC + " survey published Monday 2 February 2026)", geo=NI),
            L("62%", 62, E, PCT, "young_emigrants_share_citing_housing_costs", "February 2026 (respondents who had already left; " + LPC + " survey)", geo=NI),
            L("nearly 40", 40, ALM, P, OUT + "_aged_16_34", "per day (young people lost; Dr Shane Rooney-Afolabi, " + LPC + ")", geo=NI),
            L("3%", -3, E, PCT, "population_aged_20_29_change", "2015 to 2025 (fallen, over the last decade)", geo="Ards and North Down"),
            L("£4.5m", 4500000, E, GBP, "return_migration_campaign_funding", "2026 (committed; Department for the Economy)", geo=NI),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
