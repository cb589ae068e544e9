#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the twenty-sixth hand-labelled hold-out set (holdout26).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, HOTELS, THIRD, E,
                        AP, MT, LT, ALM, EW, SBA, AC, HOT)

RET, IMM, EMI, NM = "returns", "immigration", "emigration", "net_migration"
RET_CHG, RSC, REL = "returns_change", "rwanda_scheme_cost", "rwanda_relocations"
BL, APPS = "asylum_backlog", "asylum_applications"
HOTELS_N, SUPPORT = "asylum_hotels_in_use", "asylum_support_population"
POP, PC, PG, NAT = "population", "population_change", "population_growth", "population_natural_change"
SW, HCW, STUDY = "visas_granted_skilled_worker", "visas_granted_health_care_worker", "visas_granted_study"
WDEP, SDEP = "visas_granted_skilled_worker_dependants", "visas_granted_study_dependants"
FLIGHTS_M, FNO_WAIT = "charter_removal_flights", "foreign_national_offenders_awaiting_removal"
HOMELESS = "refugees_homeless_after_leaving_asylum_support"
FSTUD = "emigration_former_study_visa_non_eu"
FLIGHTS, HH, CA = "other:flights", "other:households", "other:council_areas"
FR, RW, NI, SCO, WAL, IRL, ENG = "France", "Rwanda", "Northern Ireland", "Scotland", "Wales", "Ireland", "England"
KPH, LPL, NW = "Kingsmere Park Hotel, Essex", "Liverpool", "North West"

# periods
EJ26, EJ25, EM26 = "end of June 2026", "end of June 2025", "end of March 2026"
YJ26, YJ25, YJ24, YJ23 = "year ending June 2026", "year ending June 2025", "year ending June 2024", "year ending June 2023"
FY26, FY25, FY24, FY27 = "2025/26 financial year", "2024/25 financial year", "2023/24 financial year", "2026/27 financial year"
YTD01, YTD01_25 = "1 January to 27 August 2026 (so far this year)", "1 January to 27 August 2025 (same point in 2025)"
PILOT02 = "since the first returns under the UK-France pilot (September 2025) to the end of August 2026"
MID25N, MID25 = "year to mid-2025 (NISRA mid-2025 estimates, published 25 June 2026)", "year to mid-2025 (ONS mid-2025 estimates, published 15 July 2026)"
MID24 = "year to mid-2024 (12 months earlier)"
Y25 = "2025 (year ending December 2025; ONS provisional, 21 May 2026)"
Y25V = "2025 (year ending December 2025; Home Office, published 26 February 2026)"
PEAK = YJ23 + " (peak)"

ARTICLES = {
    "01-daily-vanguard-asylum-hotel-bill-174-hotels": dict(
        meta=dict(url="https://www.dailyvanguard.example/news/article-15092274/migrant-hotel-bill-4-5million-day-174-hotels-still-use.html",
                  title="Migrant hotel bill still running at £4.5MILLION a day with 174 hotels in use - two years after Labour vowed to empty them",
                  publisher="Daily Vanguard", author="Harriet Pengelly-Rusk", published_date="2026-08-28"),
        labels=[
            L("£4.5MILLION", 4.5e6, E, GBP, AC, "per day, asylum hotels, 2025/26 (headline)"),
            L("174", 174, E, HOTELS, HOTELS_N, EJ26 + " (headline)", occ=0),
            L("£1.63billion", 1.63e9, E, GBP, AC, FY26 + " (asylum hotels; Home Office accounts; standfirst)", occ=0),
            L("More than 24,000", 24000, MT, P, HOT, EJ26 + " (standfirst)"),
            L("almost 25,000", 25000, ALM, P, SBA, YTD01 + " (standfirst)"),
            L("around £4.5million", 4.5e6, AP, GBP, AC, "per day, asylum hotels, 2025/26"),
            L("24,310", 24310, E, P, HOT, EJ26 + " (Home Office, published Thursday 27 August 2026)"),
            L("almost a quarter", -25, ALM, PCT, HOT + "_change", EJ26 + " vs " + EJ25),
            L("31,940", 31940, E, P, HOT, EJ25 + " (a year earlier)"),
            L("174", 174, E, HOTELS, HOTELS_N, EJ26, occ=1),
            L("more than 400", 400, MT, HOTELS, HOTELS_N, "peak, summer 2023"),
            L("£1.63billion", 1.63e9, E, GBP, AC, FY26 + " (hotel accommodation; Home Office accounts)", occ=1),
            L("more than a third", THIRD, MT, PCT, "asylum_cost_share_hotels", FY26),
            L("£4.41billion", 4.41e9, E, GBP, AC, FY26 + " (asylum support, total)"),
            L("roughly £158", 158, AP, GBP, AC, "per person per night, hotel, 2025/26"),
            L("more than nine times", 9, MT, RATIO, AC + "_ratio", "per person per night, hotel vs shared house, 2025/26"),
            L("£17", 17, E, GBP, AC, "per person per night, shared flat or house (dispersal), 2025/26"),
            L("7 per cent", -7, E, PCT, AC + "_change", FY26 + " vs " + FY25),
            L("£4.76billion", 4.76e9, E, GBP, AC, FY25),
            L("around 140", 140, AP, P, HOT, "now, August 2026 (single men; caption)", geo=KPH),
            L("96,200", 96200, E, P, APPS, YJ26),
            L("13 per cent", -13, E, PCT, APPS + "_change", YJ26 + " vs " + YJ25),
            L("Some 54,700", 54700, AP, P, BL, EJ26 + " (awaiting an initial decision)"),
            L("98,420", 98420, E, P, SUPPORT, EJ26),
            L("about a quarter", 25, AP, PCT, "asylum_support_share_hotels", EJ26),
            L("24,960", 24960, E, P, SBA, YTD01),
            L("28,510", 28510, E, P, SBA, YTD01_25),
            L("42,370", 42370, E, P, SBA, "2025 (last year)"),
            L("about 300", 300, AP, P, "protest_attendance", "Saturday 22 August 2026 (at the weekend; organisers' claim)", geo=KPH),
            # Shadow Home Secretary
            L("more than £9billion", 9e9, MT, GBP, AC, "2024/25 and 2025/26 (two years under Labour; Shadow Home Secretary)"),
            L("£4.5million", 4.5e6, E, GBP, AC, "per day, asylum hotels (Shadow Home Secretary)", occ=1),
            V("Tens of thousands", 20000, 90000, P, SBA, "per year, now (Shadow Home Secretary)"),
            # Home Office spokesman
            L("almost one", 1, ALM, HOTELS, "asylum_hotels_opened", "per day, when the Government took office, July 2024 (Home Office spokesman)"),
            L("well over half", 50, MT, PCT, "asylum_hotels_closed_share", "since the peak (2023) to August 2026 (Home Office spokesman)"),
            L("£470million", -470e6, E, GBP, AC + "_change", FY26 + " vs " + FY25 + " (hotel spending; Home Office spokesman)"),
        ]),
    "02-fairway-verify-deportations-decade-high-flights": dict(
        meta=dict(url="https://www.fairwaynews.example/news/uk-69203418",
                  title="Are deportations really at a ten-year high?",
                  publisher="Fairway News", author="Tamsin Oduya-Hartnell", published_date="2026-09-01"),
        labels=[
            L("doubled", 2, E, RATIO, FLIGHTS_M + "_ratio", "now vs earlier (Home Secretary's claim, Sunday 30 August 2026)", occ=0),
            L("39,660", 39660, E, P, RET, YJ26 + " (Home Office, published Thursday 27 August 2026)"),
            L("11%", 11, E, PCT, RET_CHG, YJ26 + " vs " + YJ25),
            L("35,730", 35730, E, P, RET, YJ25 + " (previous twelve months)"),
            L("about 41,000", 41000, AP, P, RET, "year ending June 2016"),
            L("28,720", 28720, E, P, RET, YJ26 + " (voluntary returns)"),
            L("almost three-quarters", 75, ALM, PCT, "returns_share_voluntary", YJ26),
            L("16%", 16, E, PCT, RET_CHG, YJ26 + " vs " + YJ25 + " (enforced returns)"),
            L("10,940", 10940, E, P, RET, YJ26 + " (enforced returns)", occ=0),
            # chart
            L("about 12,500", 12500, AP, P, RET, "year ending June 2016 (enforced returns; chart)"),
            L("7,300", 7300, E, P, RET, "year ending June 2019 (enforced returns; chart)"),
            L("2,760", 2760, E, P, RET, "year ending June 2021 (enforced returns; low; chart)"),
            L("10,940", 10940, E, P, RET, YJ26 + " (enforced returns; chart)", occ=1),
            # flights
            L("71", 71, E, FLIGHTS, FLIGHTS_M, YJ26 + " (Home Office)"),
            L("35", 35, E, FLIGHTS, FLIGHTS_M, YJ24 + " (two years earlier)"),
            L("slightly more than double", 2, MT, RATIO, FLIGHTS_M + "_ratio", YJ26 + " vs " + YJ24),
            L("nearly a third", THIRD, ALM, PCT, "returns_share_albania", YJ26 + " (of enforced returns)"),
            L("3,470", 3470, E, P, RET, YJ26 + " (enforced returns of Albanian nationals)", geo="Albania"),
            # foreign national offenders
            L("9%", 9, E, PCT, RET_CHG, YJ26 + " vs " + YJ25 + " (foreign national offenders)"),
            L("5,940", 5940, E, P, RET, YJ26 + " (foreign national offenders)"),
            L("about 15%", 15, AP, PCT, "returns_share_foreign_national_offenders", YJ26),
            L("19,630", 19630, E, P, FNO_WAIT, EM26 + " (living in the community after serving their sentences)"),
            L("more than three times", 3, MT, RATIO, FNO_WAIT + "_ratio", EM26 + " vs foreign national offenders returned in a year (" + YJ26 + ")"),
            # France and Rwanda
            L("1,480", 1480, E, P, RET, PILOT02, geo=FR),
            L("about 36,400", 36400, AP, P, SBA, PILOT02 + " (same period)"),
            L("roughly one in 25", 4, AP, PCT, "returns_share_of_small_boat_arrivals", PILOT02, geo=FR),
            L("£715m", 715e6, E, GBP, RSC, "total cost of the scheme (April 2022 to July 2024)"),
            L("four", 4, E, P, REL, "people relocated, all voluntarily (April 2022 to July 2024)", ctx="Just four people"),
            L("about 100", 100, AP, P, "rwanda_accommodation_capacity", "hostel in Kigali prepared for relocated people", geo=RW),
            L("about one in five", 20, AP, PCT, "returns_share_of_return_orders", "recent years (people ordered to leave who are returned; European Commission)", geo="EU"),
            L("doubled", 2, E, RATIO, FLIGHTS_M + "_ratio", YJ26 + " vs " + YJ24 + " (the claim, in the verdict)", occ=1),
        ]),
    "03-belfast-gleaner-ni-population-record-border": dict(
        meta=dict(url="https://www.belfastgleaner.example/news/northern-ireland/northern-ireland-population-hits-new-high-of-194m-as-migration-outstrips-natural-growth-A7731904.html",
                  title="Northern Ireland population hits new high of 1.94m as migration outstrips natural growth",
                  publisher="The Belfast Gleaner", author="Ciarán Moorhead-Lavery", published_date="2026-06-25"),
        labels=[
            L("1.94m", 1.94e6, E, P, POP, "mid-2025 (NISRA; headline)", geo=NI),
            L("almost 354,000", 354000, ALM, P, POP, "mid-2025 (NISRA; caption)", geo="Belfast"),
            L("1,935,600", 1935600, E, P, POP, "mid-2025 (NISRA, published 25 June 2026)", geo=NI),
            L("7,500", 7500, E, P, PG, MID25N, geo=NI),
            L("0.4%", 0.4, E, PCT, PC, MID25N, geo=NI),
            L("19,870", 19870, E, P, "births", MID25N, geo=NI),
            L("16,940", 16940, E, P, "deaths", MID25N, geo=NI),
            L("2,930", 2930, E, P, NAT, MID25N, geo=NI),
            L("4,570", 4570, E, P, NM, MID25N, geo=NI),
            L("Around 13,630", 13630, AP, P, IMM, MID25N + " (from outside the UK)", geo=NI),
            L("9,650", 9650, E, P, EMI, MID25N + " (to outside the UK)", geo=NI),
            L("590", 590, E, P, "net_migration_rest_of_uk", MID25N + " (net inflow from Great Britain)", geo=NI),
            L("0.7%", 0.7, E, PCT, PC, MID25N, geo="Belfast"),
            L("353,900", 353900, E, P, POP, "mid-2025 (NISRA)", geo="Belfast"),
            L("almost a fifth", 20, ALM, PCT, "population_share_belfast_of_ni", "mid-2025 (NISRA)", geo=NI),
            L("Two", 2, E, CA, "council_areas_population_decline", MID25N, geo=NI),
            L("Some 2,300", 2300, AP, P, "immigration_ukraine", "since 2022 to June 2026 (Homes for Ukraine; NISRA)", geo=NI),
            L("More than 360,000", 360000, MT, P, "population_aged_65_and_over", "mid-2025 (NISRA)", geo=NI),
            L("18.6%", 18.6, E, PCT, "population_share_aged_65_and_over", "mid-2025 (NISRA)", geo=NI),
            # border
            L("more than 80%", 80, MT, PCT, "asylum_applications_share_via_northern_ireland",
              "recent (international protection applicants who crossed the land border from Northern Ireland; Irish Government claim)", geo=IRL),
            L("17,340", 17340, E, P, APPS, "2025 (international protection applications; Department of Justice, Dublin)", geo=IRL),
            L("7%", -7, E, PCT, APPS + "_change", "2025 vs 2024", geo=IRL),
            L("18,650", 18650, E, P, APPS, "2024 (international protection applications)", geo=IRL),
            L("about 32,900", 32900, AP, P, SUPPORT, "May 2026 (international protection accommodation)", geo=IRL),
            L("1,140", 1140, E, P, "operation_gull_detections", "2025 (last year; suspected immigration offences at Belfast ports and airports; PSNI)", geo=NI),
            L("2,610", 2610, E, P, SUPPORT, EM26 + " (Home Office)", geo=NI),
            L("about 2.6%", 2.6, AP, PCT, "asylum_support_population_share_ni", EM26),
            L("2.8%", 2.8, E, PCT, "population_share_ni_of_uk", "mid-2025"),
        ]),
    "04-lectern-common-room-work-study-visas-dependants": dict(
        meta=dict(url="https://www.thelectern.example/article/the-visa-figures-that-ought-to-worry-both-parties/",
                  title="The visa figures that ought to worry both parties",
                  publisher="The Lectern", author="Imogen Achterberg-Pryce", published_date="2026-02-27"),
        labels=[
            L("48,900", 48900, E, P, SW, Y25V + " (main applicants)"),
            L("37 per cent", -37, E, PCT, SW + "_change", "2025 vs 2024 (main applicants)"),
            L("77,100", 77100, E, P, SW, "2024 (main applicants)"),
            L("roughly a third", THIRD, AP, PCT, "visas_granted_skilled_worker_share_india", "2025 (main applicants)"),
            L("9,150", 9150, E, P, HCW, Y25V + " (main applicants; last year)"),
            L("about a tenth", 0.1, AP, RATIO, HCW + "_ratio", "2025 vs 2023 (main applicants)"),
            L("nearly 90,000", 90000, ALM, P, HCW, "2023 (main applicants)"),
            L("38,700", 38700, E, P, WDEP, Y25V + " (dependants on the work routes)"),
            L("82 per cent", -82, E, PCT, WDEP + "_change", "2025 vs 2023"),
            L("219,400", 219400, E, P, WDEP, "2023 (dependants on the work routes)"),
            L("12.9k", 12900, E, P, "visas_granted_health_care_worker_dependants", Y25V),
            L("about two for every three", 200 / 3, AP, PCT, "visas_granted_skilled_worker_dependants_share_of_main_applicants", "2025 (today)"),
            L("5 per cent", 5, E, PCT, STUDY + "_change", "2025 vs 2024 (sponsored study, main applicants)"),
            L("423,700", 423700, E, P, STUDY, Y25V + " (sponsored study, main applicants)"),
            L("403,500", 403500, E, P, STUDY, "2024 (sponsored study, main applicants)"),
            L("11,600", 11600, E, P, SDEP, Y25V + " (last year)"),
            L("more than nine-tenths", -90, MT, PCT, SDEP + "_change", "2025 vs 2023"),
            L("more than 140,000", 140000, MT, P, SDEP, "2023"),
            L("8 per cent", 8, E, PCT, "visas_granted_family_change", "2025 vs 2024"),
            L("71,300", 71300, E, P, "visas_granted_family", Y25V),
            L("112,400", 112400, E, P, "visas_granted_graduate", Y25V + " (last year)"),
            L("742,600", 742600, E, P, "visas_granted", Y25V + " (long-stay visas)"),
            L("almost 1.2m", 1.2e6, ALM, P, "visas_granted", "2023 (long-stay visas)"),
            L("more than a third", -THIRD, MT, PCT, "visas_granted_change", "2025 vs 2023 (long-stay visas)"),
            L("216,000", 216000, E, P, NM, YJ25 + " (ONS)"),
            L("roughly a quarter", 0.25, AP, RATIO, NM + "_ratio", YJ25 + " vs " + PEAK),
            L("906,000", 906000, E, P, NM, PEAK),
            L("32 per cent", 32, E, PCT, "skills_charge_change", "now, February 2026 (increase in the Immigration Skills Charge)"),
            L("£925", 925, E, GBP, "international_student_levy", "per international student per year, from 2028 (planned)"),
            R("between £560m and £620m", 560e6, 620e6, GBP, "international_student_levy_cost", "per year, from 2028 (the universities' estimate)"),
            L("roughly one in five", 20, AP, PCT, "university_departments_share_on_watch_list", "now, February 2026 (one vice-chancellor's university)"),
        ]),
    "05-kennet-valley-post-pa-england-wales-population-mid-2025": dict(
        meta=dict(url="https://www.kennetvalleypost.example/news/national/26031877.population-growth-england-wales-cut-two-thirds-fewer-migrants-arrive/",
                  title="Population growth in England and Wales cut by more than two-thirds as fewer migrants arrive",
                  publisher="Kennet Valley Post", author="Rosalind Tavener-Okoro", published_date="2026-07-15"),
        labels=[
            L("more than two-thirds", -200 / 3, MT, PCT, PG + "_change", MID25 + " vs " + MID24 + " (headline)", geo=EW),
            L("219,800", 219800, E, P, PG, MID25, geo=EW),
            L("less than a third", 1 / 3, LT, RATIO, PG + "_ratio", MID25 + " vs " + MID24, geo=EW),
            L("62,032,100", 62032100, E, P, POP, "mid-2025 (end of June 2025; ONS)", geo=EW),
            L("0.4%", 0.4, E, PCT, PC, MID25, geo=EW, occ=0),
            L("706,900", 706900, E, P, PG, MID24 + " (the previous year)", geo=EW),
            L("198,300", 198300, E, P, "net_migration_international", MID25, geo=EW),
            L("690,100", 690100, E, P, "net_migration_international", MID24 + " (a year earlier)", geo=EW),
            L("about nine in ten", 90, AP, PCT, "net_migration_share_of_population_growth", MID25, geo=EW),
            L("21,500", 21500, E, P, NAT, MID25, geo=EW),
            L("591,200", 591200, E, P, "births", MID25, geo=EW),
            L("569,700", 569700, E, P, "deaths", MID25, geo=EW),
            L("3%", -3, E, PCT, "births_change", MID25 + " vs " + MID24, geo=EW),
            L("0.4%", 0.4, E, PCT, PC, MID25, geo=ENG, occ=1),
            L("58,835,400", 58835400, E, P, POP, "mid-2025 (ONS)", geo=ENG),
            L("0.3%", 0.3, E, PCT, PC, MID25, geo=WAL),
            L("3,196,700", 3196700, E, P, POP, "mid-2025 (ONS)", geo=WAL),
            L("4,100", -4100, E, P, NAT, MID25 + " (more deaths than births)", geo=WAL),
            L("1.1%", 1.1, E, PCT, PC, MID25, geo="Cardiff"),
            L("383,400", 383400, E, P, POP, "mid-2025 (ONS)", geo="Cardiff"),
            L("0.4%", -0.4, E, PCT, PC, MID25 + " (shrank)", geo="Blaenau Gwent", occ=2),
            L("9,137,200", 9137200, E, P, POP, "mid-2025 (ONS)", geo="London"),
            L("0.6%", 0.6, E, PCT, PC, MID25, geo="London"),
            L("101,900", -101900, E, P, "internal_migration_net", MID25 + " (net loss to other parts of the UK)", geo="London"),
            L("1.6%", 1.6, E, PCT, PC, MID25, geo="Tower Hamlets"),
            L("0.8%", -0.8, E, PCT, PC, MID25 + " (lost residents)", geo="Kensington and Chelsea"),
            L("0.7%", 0.7, E, PCT, PC, MID25 + " (fastest-growing region)", geo="East Midlands"),
            L("0.1%", 0.1, E, PCT, PC, MID25 + " (slowest-growing region)", geo="North East"),
            L("1.9%", 1.9, E, PCT, PC, MID25 + " (biggest rise among local authorities)", geo="Coventry"),
            L("41", 41, E, CA, "council_areas_population_decline", MID25 + " (local authority areas)", geo=EW),
            L("Some 19.2%", 19.2, AP, PCT, "population_share_aged_65_and_over", "mid-2025 (ONS)", geo=EW),
            L("nearly one in five", 20, ALM, PCT, "population_share_aged_65_and_over", "mid-2025 (ONS)", geo=EW),
            L("1.71 million", 1.71e6, E, P, "population_aged_85_and_over", "mid-2025 (ONS)", geo=EW),
            L("69,537,500", 69537500, E, P, POP, "mid-2025 (ONS)"),
            L("5,569,800", 5569800, E, P, POP, "mid-2025 (National Records of Scotland)", geo=SCO),
            L("0.5%", 0.5, E, PCT, PC, "year to mid-2025 (National Records of Scotland)", geo=SCO),
            L("1,935,600", 1935600, E, P, POP, "mid-2025 (NISRA)", geo=NI),
            L("more than 200,000", 200000, MT, P, PG, MID25 + " (a single year; Centre for Borders Policy)", geo=EW),
            L("more than three-quarters", -75, MT, PCT, NM + "_change", "latest estimate (2025) vs " + PEAK + " (Home Office spokeswoman)"),
        ]),
    "06-brantwell-unit-emigration-non-eu-students-briefing": dict(
        meta=dict(url="https://www.brantwell.kingsford.example/resources/briefings/who-leaves-emigration-non-eu-students-summary/",
                  title="Who leaves? Emigration from the UK and the outflow of non-EU students",
                  publisher="Brantwell Migration Unit, Kingsford University",
                  author="Eleri Vasquez-Thornbury, Jonah Pemberton-Afolabi", published_date="2026-06-16"),
        labels=[
            L("643,000", 643000, E, P, EMI, Y25 + " (key points)"),
            L("9%", 9, E, PCT, EMI + "_change", "2025 vs 2024"),
            L("more than half", 50, MT, PCT, "emigration_non_eu_share_former_study", Y25 + " (key points)", occ=0),
            L("827,000", 827000, E, P, IMM, Y25),
            L("184,000", 184000, E, P, NM, Y25),
            L("318,000", 318000, E, P, "emigration_non_eu", Y25),
            L("almost half", 50, ALM, PCT, "emigration_share_non_eu", Y25),
            L("211,000", 211000, E, P, "emigration_british", Y25),
            L("114,000", 114000, E, P, "emigration_eu", Y25),
            L("66,000", 66000, E, P, "immigration_eu", Y25),
            L("48,000", -48000, E, P, "net_migration_eu", Y25 + " (minus 48,000)"),
            L("Some 172,000", 172000, AP, P, FSTUD, Y25),
            L("more than half", 50, MT, PCT, "emigration_non_eu_share_former_study", Y25, occ=1),
            L("61,000", 61000, E, P, "emigration_former_work_visa_non_eu", Y25),
            L("roughly two in five", 40, AP, PCT, FSTUD + "_share_india_china", Y25),
            L("about 40%", 40, AP, PCT, "emigration_non_eu_change", "2025 vs 2023"),
            L("about one in four", 25, AP, PCT, "study_visa_cohort_share_with_leave_after_five_years",
              "students who arrived in 2019, five years later (Home Office migrant journey data)"),
            L("251,000", 251000, E, P, "immigration_study_non_eu", Y25),
            L("more than two-thirds", 2 / 3, MT, RATIO, FSTUD + "_ratio", Y25 + " (former students leaving vs students arriving)"),
            L("closer to a third", 1 / 3, AP, RATIO, FSTUD + "_ratio", "2022 (former students leaving vs students arriving)"),
            L("112,400", 112400, E, P, "visas_granted_graduate", "2025 (Home Office)"),
            L("24,700", 24700, E, P, EMI, "year to mid-2025 (to overseas; National Records of Scotland)", geo=SCO),
            L("below 100,000", 100000, LT, P, "net_migration_scenario", "within two years (by 2028), if emigration stays near its current level (the authors' scenario)"),
        ]),
    "07-mersey-tidings-liverpool-refugees-homeless-after-asylum-hotels": dict(
        meta=dict(url="https://www.merseytidings.example/news/liverpool-news/refugees-set-up-fail-number-33481207",
                  title="Refugees 'set up to fail' as number left homeless after asylum accommodation nearly quadruples",
                  publisher="Mersey Tidings", author="Declan Fairclough-Nwosu", published_date="2026-10-22"),
        labels=[
            L("nearly quadruples", 4, ALM, RATIO, HOMELESS + "_ratio", FY26 + " vs " + FY24 + " (headline)", geo=LPL),
            L("£4.9m", 4.9e6, E, GBP, "council_asylum_cost_shortfall", FY26 + " (standfirst)", geo=LPL, occ=0),
            L("nearly four times", 4, ALM, RATIO, HOMELESS + "_ratio", FY26 + " vs " + FY24 + " (in two years)", geo=LPL),
            L("1,340", 1340, E, HH, HOMELESS, FY26 + " (the 12 months to March 2026)", geo=LPL),
            L("350", 350, E, HH, HOMELESS, FY24, geo=LPL),
            L("790", 790, E, HH, HOMELESS, FY27 + " to date, April to 21 October 2026 (so far this year)", geo=LPL),
            L("more than 1,500", 1500, MT, HH, HOMELESS, FY27 + " (projected, by the end of the financial year)", geo=LPL),
            L("around one in five", 20, AP, PCT, "temporary_accommodation_share_refugee_households", "now, October 2026 (council report)", geo=LPL),
            L("1,870", 1870, E, HH, "temporary_accommodation_households", "now, October 2026 (council report)", geo=LPL),
            L("£6.8m", 6.8e6, E, GBP, "council_refugee_homelessness_cost", FY26 + " (temporary accommodation for refugee households)", geo=LPL),
            L("£1.9m", 1.9e6, E, GBP, "council_asylum_grant", FY26 + " (from the Home Office)", geo=LPL),
            L("£4.9m", 4.9e6, E, GBP, "council_asylum_cost_shortfall", FY26, geo=LPL, occ=1),
            L("£1.2m", 1.2e6, E, GBP, "council_refugee_homelessness_cost", "since July, 1 July to 21 October 2026 (bed and breakfast rooms)", geo=LPL),
            L("3,410", 3410, E, P, SUPPORT, EJ26 + " (Home Office, published August 2026)", geo=LPL),
            L("five", 5, E, HOTELS, HOTELS_N, EJ26, ctx="living in five hotels", geo=LPL),
            L("17,260", 17260, E, P, SUPPORT, EJ26, geo=NW),
            L("more than one in six", 100 / 6, MT, PCT, "asylum_support_population_share_north_west", EJ26),
            L("98,420", 98420, E, P, SUPPORT, EJ26),
            L("48,300", 48300, E, P, "asylum_grants", YJ26 + " (asylum or another form of protection)"),
            L("more than 600", 600, MT, P, "charity_service_users", "since January, 1 January to 22 October 2026 (Mersey Welcome Hub)", geo=LPL),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
