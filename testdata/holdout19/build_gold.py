#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the nineteenth hand-labelled hold-out set (holdout19).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, EUR, PPB, RATIO, HOTELS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, PTR, RSC, RSP)

RET, IMM, EMI, REL, RELP = "returns", "immigration", "emigration", "rwanda_relocations", "rwanda_relocations_planned"
OCC, SBAC, NMC, NMR, NMF = "small_boat_occupancy", "small_boat_arrivals_change", "net_migration_change", "net_migration_revision", "net_migration_forecast"
HOTELS_N, BL, APPEALS, DEATHS = "asylum_hotels_in_use", "asylum_backlog", "asylum_backlog_appeals", "small_boat_deaths"
RETC, RET_SHARE_FR, LEGAL = "returns_change", "returns_share_of_small_boat_arrivals", "uk_france_legal_route_arrivals"
STOPPED, WAITING = "small_boat_launch_attempts_stopped_people", "people_waiting_northern_france"
ACC, HOTC, ACR = "asylum_cost_change", "asylum_hotel_population_change", "asylum_cost_ratio"
SUPPORT, POP, PG, PC = "asylum_support_population", "population", "population_growth", "population_change"
SHARE65, NATC = "population_share_aged_65_and_over", "population_natural_change"
FR, SCO, WAL, EU, NI = "France", "Scotland", "Wales", "EU", "Northern Ireland"
HAL = "Hallowmere"
CA = "other:council_areas"
INC = "other:incidents"

# periods
YJ26, YJ25, YJ23 = "year ending June 2026", "year ending June 2025", "year ending June 2023"
YD25 = "year ending December 2025"
D7 = "7 September 2026 (Monday)"
FOUR02 = "4 to 7 September 2026 (four days)"
YTD02 = "1 January to 7 September 2026 (so far this year)"
SINCE02 = "since 5 July 2024 (Labour took office) to 7 September 2026"
PILOT02 = "since the first returns under the UK-France pilot (September 2025) to 7 September 2026"
FY26, FY25, FY24 = "2025/26 financial year", "2024/25 financial year", "2023/24 financial year"
EM26, EJ26, EJ25 = "end of March 2026", "end of June 2026", "end of June 2025"
MID25, MID24 = "mid-2024 to mid-2025", "mid-2023 to mid-2024"
YTD07 = "1 January to 11 November 2026 (so far this year)"
PILOT07 = "since the first returns under the UK-France pilot (September 2025) to 11 November 2026"

ARTICLES = {
    "01-bellwether-net-migration-158000-revisions": dict(
        meta=dict(url="https://www.thebellwether.example/uk-news/2026/nov/26/net-migration-falls-158000-ons-revisions-analysis",
                  title="Net migration has fallen to 158,000 – but the revisions are almost as striking as the fall",
                  publisher="The Bellwether", author="Hanna Weatherall-Price", published_date="2026-11-26"),
        labels=[
            # headline, standfirst, caption
            L("158,000", 158000, E, P, NM, YJ26 + " (provisional; headline)", occ=0),
            L("more than two-fifths", -40, MT, PCT, NMC, YJ26 + " vs " + YJ25 + " (standfirst)"),
            L("158,000", 158000, E, P, NM, YJ26 + " (provisional; caption)", occ=1),
            # body
            L("158,000", 158000, E, P, NM, YJ26 + " (provisional)", occ=2),
            L("906,000", 906000, E, P, NM, YJ23 + " (peak)"),
            L("almost six times", 6, ALM, RATIO, "net_migration_ratio", YJ23 + " (peak) vs " + YJ26),
            L("Around 742,000", 742000, AP, P, IMM, YJ26 + " (provisional)"),
            L("584,000", 584000, E, P, EMI, YJ26 + " (provisional)"),
            L("17%", -17, E, PCT, "immigration_change", YJ26 + " vs " + YJ25),
            L("6%", -6, E, PCT, "emigration_change", YJ26 + " vs " + YJ25),
            L("273,000", 273000, E, P, NM, YJ25 + " (revised)"),
            L("115,000", -115000, E, P, NMC, YJ26 + " vs " + YJ25 + " (revised)"),
            L("42%", -42, E, PCT, NMC, YJ26 + " vs " + YJ25 + " (revised)"),
            L("204,000", 204000, E, P, NM, YJ25 + " (first published, November 2025)"),
            L("69,000", 69000, E, P, NMR, YJ25 + ", revised up (vs first published)"),
            L("223,000", 223000, E, P, NM, YD25 + " (first published, May 2026)"),
            L("186,000", 186000, E, P, NM, YD25 + " (revised)"),
            L("some 37,000", -37000, AP, P, NMR, YD25 + ", revised down (vs first published, May 2026)"),
            L("571,000", 571000, E, P, "immigration_non_eu", YJ26),
            L("more than three in four", 75, MT, PCT, "immigration_share_non_eu", YJ26),
            L("84,000", 84000, E, P, "immigration_eu", YJ26),
            L("87,000", 87000, E, P, "immigration_british", YJ26),
            L("109,000", 109000, E, P, "immigration_work_non_eu", YJ26),
            L("44%", -44, E, PCT, "immigration_work_non_eu_change", YJ26 + " vs " + YJ25),
            L("263,000", 263000, E, P, "immigration_study_non_eu", YJ26),
            L("3%", -3, E, PCT, "immigration_study_non_eu_change", YJ26 + " vs " + YJ25),
            L("almost halved", -50, ALM, PCT, "immigration_work_dependants_change", YJ26 + " vs " + YJ25),
            L("38,000", 38000, E, P, "immigration_work_dependants", YJ26),
            R("between 97,000 and 219,000", 97000, 219000, P, NM, YJ26 + " (ONS likely range)"),
            # think tank
            L("Two-thirds", 2 * THIRD, E, PCT, "net_migration_share_of_fall_from_dependants_and_students",
              "peak (" + YJ23 + ") to " + YJ26 + " (Hartwell Trust)"),
            R("120,000 to 170,000", 120000, 170000, P, NMF, "per year by 2030, on current policy (Hartwell Trust)"),
            # Home Office, Conservatives
            L("more than 740,000", -740000, MT, P, NMC, YJ26 + " vs " + YJ23 + " peak (Home Office spokesperson)"),
            L("158,000", 158000, E, P, NM, YJ26 + " (Conservative spokesperson)", occ=3),
        ]),
    "02-upright-2300-cross-channel-in-four-days": dict(
        meta=dict(url="https://www.theupright.example/news/uk/home-news/channel-crossings-small-boats-2300-four-days-b2614087.html",
                  title="More than 2,300 people cross the Channel in four days as calm weather brings busiest spell of 2026",
                  publisher="The Upright", author="Callum Reddaway-Stone", published_date="2026-09-08"),
        labels=[
            # headline, standfirst, caption
            L("More than 2,300", 2300, MT, P, SBA, FOUR02 + " (headline)", occ=0),
            L("1,104", 1104, E, P, SBA, D7 + " (standfirst)", occ=0),
            L("1,104", 1104, E, P, SBA, D7 + " (caption)", occ=1),
            L("19", 19, E, BOATS, SBC, D7 + " (caption)", ctx="in 19 small boats"),
            # body
            L("More than 2,300", 2300, MT, P, SBA, FOUR02, occ=1),
            L("1,104", 1104, E, P, SBA, D7, occ=2),
            L("19", 19, E, BOATS, SBC, D7, ctx="in 19 boats"),
            L("58", 58, E, PPB, OCC, D7 + " (average)"),
            L("927", 927, E, P, SBA, "18 June 2026 (previous 2026 daily high)"),
            L("24,318", 24318, E, P, SBA, YTD02),
            L("16%", -16, E, PCT, SBAC, YTD02 + " vs same point of 2025"),
            L("29,040", 29040, E, P, SBA, "1 January to 7 September 2025 (same date last year)"),
            L("40,890", 40890, E, P, SBA, "2025"),
            # timeline
            L("512", 512, E, P, SBA, "4 September 2026 (Friday)"),
            L("nine", 9, E, BOATS, SBC, "4 September 2026 (Friday)"),
            L("688", 688, E, P, SBA, "5 September 2026 (Saturday)"),
            L("12", 12, E, BOATS, SBC, "5 September 2026 (Saturday)", ctx="in 12 boats"),
            V("Hundreds", 200, 900, P, WAITING, "5 September 2026 (beach at Gravelines)", geo=FR),
            L("1,104", 1104, E, P, SBA, D7 + " (timeline)", occ=3),
            # body continued
            R("200 to 300", 200, 300, P, WAITING, "7 September 2026, night (dunes east of Dunkirk; aid workers)", geo=FR),
            L("More than 88,000", 88000, MT, P, SBA, SINCE02 + " (The Upright's analysis)"),
            L("14,600", 14600, E, P, STOPPED, "1 January to 7 September 2026 (French authorities)", geo=FR),
            L("at least 19", 19, AL, P, DEATHS, YTD02),
            L("1,310", 1310, E, P, RET, PILOT02 + " (returned to France)", geo=FR),
            L("1,260", 1260, E, P, LEGAL, PILOT02 + " (legal route from France)"),
            L("roughly one for every 30", 100 / 30, AP, PCT, RET_SHARE_FR,
              "6 August 2025 (pilot took effect) to 7 September 2026 (critics)", geo=FR),
            # charity, opposition, Home Office
            L("Two in five", 40, E, PCT, WAITING + "_share_family_in_uk",
              "summer 2026 (people met by Tidelines volunteers in Dunkirk)", geo=FR),
            L("treble", 3, E, RATIO, "small_boat_arrivals_ratio",
              D7 + " vs 7 September 2025 (shadow home secretary's spokesman)"),
            V("thousands", 2000, 9000, P, STOPPED, "2026 so far (Home Office spokesperson)", geo=FR),
            L("13%", 13, E, PCT, RETC, YJ26 + " vs " + YJ25 + " (Home Office spokesperson)"),
        ]),
    "03-crosscurrent-essay-price-of-indecision": dict(
        meta=dict(url="https://crosscurrent.example/2026/07/the-price-of-indecision-asylum-bill",
                  title="The price of indecision",
                  publisher="Crosscurrent", author="Rowan Achterberg-Lyle", published_date="2026-07-22"),
        labels=[
            L("£4.12bn", 4.12e9, E, GBP, AC, FY26 + " (asylum support)"),
            L("£4.71bn", 4.71e9, E, GBP, AC, FY25 + " (asylum support)"),
            L("almost a quarter", -25, ALM, PCT, ACC, FY26 + " vs " + FY24 + " (asylum support)"),
            L("£5.38bn", 5.38e9, E, GBP, AC, FY24 + " (asylum support, record)"),
            L("about £60", 60, AP, GBP, AC, FY26 + ", per person in the UK a year (author's calculation)"),
            L("More than two-fifths", 40, MT, PCT, "asylum_cost_share_hotels", FY26),
            L("£1.71bn", 1.71e9, E, GBP, AC, FY26 + " (hotels)"),
            L("roughly £145", 145, AP, GBP, AC, "per person per night in a hotel (2026)"),
            L("eight times", 8, E, RATIO, ACR, "per person per night, hotel vs shared flat (2026)"),
            L("A thousand pounds", 1000, E, GBP, AC, "per hotel room per week (author's rounding)"),
            V("tens of thousands", 20000, 90000, P, HOT, "since 2020, cumulative (people who have passed through hotels)"),
            L("29,610", 29610, E, P, HOT, EM26),
            L("roughly half", 0.5, AP, RATIO, "asylum_hotel_population_ratio", EM26 + " vs 2023 peak"),
            L("more than 56,000", 56000, MT, P, HOT, "2023 peak"),
            L("59,200", 59200, E, P, BL, EM26 + " (awaiting an initial decision)"),
            L("more than 60,000", 60000, MT, P, APPEALS, "now, July 2026"),
            L("about 6,000", 6000, AP, P, "asylum_appeals_determined", "per month, now (tribunal)"),
            L("nearly half", 50, ALM, PCT, "asylum_appeals_share_allowed", "now, July 2026"),
            L("60,000", 60000, E, P, APPEALS, "now, July 2026 (author's arithmetic)", ctx="across 60,000 cases"),
            R("between £80m and £100m", 80e6, 100e6, GBP, AC, "per month of delay across 60,000 appeal cases (author's estimate)"),
            L("well over three times", 3, MT, RATIO, ACR, "accommodation contracts' expected lifetime cost vs original promise (NAO, 2025)"),
            L("roughly 2,400", 2400, AP, P, "asylum_decision_makers", "now, July 2026"),
            L("2,400", 2400, E, P, "asylum_caseworkers_hypothetical", "additional caseworkers (author's proposal)", ctx="another 2,400"),
            L("perhaps £120m", 120e6, AP, GBP, "asylum_caseworkers_hypothetical_cost", "per year for another 2,400 caseworkers (author's estimate)"),
            L("less than a tenth", 0.1, LT, RATIO, "asylum_caseworkers_hypothetical_cost_ratio",
              "another 2,400 caseworkers a year vs hotel spending " + FY26 + " (author's estimate)"),
            L("40,890", 40890, E, P, SBA, "2025 (last year)"),
            L("around 100,000", 100000, AP, P, SUPPORT, "now, July 2026"),
            L("£4bn", 4e9, E, GBP, AC, "per year (author's rounding of asylum support)"),
        ]),
    "04-caledonian-record-scotland-population-5-58m": dict(
        meta=dict(url="https://www.caledonianrecord.example/news/scottish-news/26114872.scotlands-population-reaches-record-5-58-million/",
                  title="Scotland's population reaches record 5.58 million as migration offsets falling births",
                  publisher="The Caledonian Record", author="Fiona Baird-MacLennan", published_date="2026-07-09"),
        labels=[
            L("5.58 million", 5580000, E, P, POP, "mid-2025 (headline)", geo=SCO),
            L("5,578,400", 5578400, E, P, POP, "mid-2025", geo=SCO),
            L("31,200", 31200, E, P, PG, MID25, geo=SCO),
            L("0.6%", 0.6, E, PCT, PC, MID25, geo=SCO),
            L("more than a quarter", -25, MT, PCT, "population_growth_change", MID25 + " vs " + MID24 + " (growth)", geo=SCO),
            L("44,000", 44000, E, P, PG, MID24, geo=SCO),
            L("45,310", 45310, E, P, "births", MID25, geo=SCO),
            L("62,870", 62870, E, P, "deaths", MID25, geo=SCO),
            L("17,560", -17560, E, P, NATC, MID25 + " (natural decrease)", geo=SCO),
            L("48,760", 48760, E, P, NM, MID25 + " (all moves, overseas and rest of UK)", geo=SCO),
            L("33,940", 33940, E, P, "net_migration_international", MID25 + " (from overseas)", geo=SCO),
            L("14,820", 14820, E, P, "net_migration_rest_of_uk", MID25 + " (from the rest of the UK)", geo=SCO),
            L("1.4%", 1.4, E, PCT, PC, MID25, geo="City of Edinburgh"),
            L("642,300", 642300, E, P, POP, "mid-2025", geo="Glasgow"),
            L("three", 3, E, CA, "council_areas_population_decline", MID25, ctx="fell in only three council areas", geo=SCO),
            L("Some 20.9%", 20.9, AP, PCT, SHARE65, "mid-2025", geo=SCO),
            L("17.6%", 17.6, E, PCT, SHARE65, "mid-2015 (ten years ago)", geo=SCO),
            L("0.3%", 0.3, E, PCT, PC, MID25, geo=NI),
            L("0.5%", 0.5, E, PCT, PC, MID25, geo=WAL),
            L("0.7%", 0.7, E, PCT, PC, MID25, geo=EW),
            L("About 8%", 8, AP, PCT, "population_share_scotland_of_uk", "mid-2025"),
            L("223,000", 223000, E, P, NM, YD25 + " (ONS, May 2026)"),
            L("roughly 17,000", -17000, AP, P, NATC, "per year, now (Prof Drummond-Keir)", geo=SCO),
            L("One in five", 20, E, PCT, SHARE65, "now (Prof Drummond-Keir)", geo=SCO),
            L("around 5.7 million", 5700000, AP, P, POP, "projected peak, early 2040s (NRS projections, 2025)", geo=SCO),
            L("around 3,900", 3900, AP, P, SUPPORT, EM26, geo="Glasgow"),
            L("5,210", 5210, E, P, SUPPORT, EM26, geo=SCO),
            L("More than 27,000", 27000, MT, P, "immigration_ukraine", "since 2022 (super sponsor scheme and Homes for Ukraine)", geo=SCO),
        ]),
    "05-commons-research-service-rwanda-partnership-costs": dict(
        meta=dict(url="https://researchbriefings.commonsresearch.example/documents/CRS-10482/CRS-10482.pdf",
                  title="The UK–Rwanda partnership: what it cost and what it delivered",
                  publisher="Commons Research Service", author="Eleanor Pyke-Hadfield; Gareth Lunn-Osei",
                  published_date="2026-06-15"),
        labels=[
            # summary
            L("£290m", 290e6, E, GBP, PTR, "April 2022 to July 2024, total paid (summary)", occ=0),
            L("£715m", 715e6, E, GBP, RSC, "total cost of the scheme (Home Office; summary)", occ=0),
            L("Four", 4, E, P, REL, "voluntary relocations under the separate scheme (summary)", occ=0),
            # payments
            L("£240m", 240e6, E, GBP, PTR, "2022-23 and 2023-24"),
            L("£50m", 50e6, E, GBP, PTR, "April 2024", occ=0),
            L("£290m", 290e6, E, GBP, PTR, "April 2022 to July 2024, total paid", occ=1),
            L("£50m", 50e6, E, GBP, PTR, "per year, each of the two following years (committed; NAO)", occ=1),
            L("£120m", 120e6, E, GBP, PTR, "due once 300 people relocated (committed; NAO)"),
            L("300", 300, E, P, RELP, "threshold for the £120m payment (NAO)", ctx="once 300 people"),
            L("£20,000", 20000, E, GBP, PTR, "per person relocated (committed; NAO)"),
            L("£150,874", 150874, E, GBP, PTR, "per person relocated, processing and integration over five years (committed; NAO)"),
            L("300", 300, E, P, RELP, "first cohort (NAO)", ctx="the first 300 people"),
            L("at least £561m", 561e6, AL, GBP, RSP, "first 300 relocations, payments to Rwanda (NAO)"),
            L("roughly £1.9m", 1.9e6, AP, GBP, RSP, "per person, first 300 relocations (NAO)"),
            # relocations and detentions
            L("c. 400", 400, AP, P, "immigration_detentions_rwanda", "weeks before the July 2024 general election"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "per person (voluntary relocation scheme, from March 2024)"),
            L("Four", 4, E, P, REL, "voluntary relocation scheme, March to July 2024", occ=1),
            L("around 76,000", 76000, AP, P, SBA, "April 2022 to April 2024"),
            L("four", 4, E, P, REL, "voluntary relocations", ctx="The four voluntary relocations"),
            L("less than 0.01%", 0.01, LT, PCT, "rwanda_relocations_share_of_small_boat_arrivals",
              "voluntary relocations vs small boat arrivals, April 2022 to April 2024"),
            # total cost
            L("£715m", 715e6, E, GBP, RSC, "total cost of the scheme (Home Office written statement, September 2024)", occ=1),
            L("£290m", 290e6, E, GBP, PTR, "April 2022 to July 2024, total paid", occ=2),
            L("£280m", 280e6, E, GBP, RSC, "staff, IT and detention (estimated)"),
            L("£145m", 145e6, E, GBP, RSC, "flights and other contracts"),
            L("four", 4, E, P, REL, "people who went (voluntary relocations)", ctx="the four people who went"),
            L("just under £180m", 180e6, LT, GBP, RSC, "per person relocated"),
            L("£100m", 100e6, E, GBP, PTR, "committed for later years, not paid"),
        ]),
    "06-daily-foghorn-asylum-hotels-4-7million-a-day": dict(
        meta=dict(url="https://www.dailyfoghorn.example/news/politics/31884520/asylum-hotels-cost-4-7million-a-day-hallowmere/",
                  title="ASYLUM HOTELS STILL COSTING £4.7MILLION A DAY",
                  publisher="Daily Foghorn", author="Danny Coker-Ashworth", published_date="2026-08-22"),
        labels=[
            # headline, standfirst
            L("£4.7MILLION", 4.7e6, E, GBP, AC, "per day, hotels, " + FY26 + " (headline)"),
            L("Nearly 28,000", 28000, ALM, P, HOT, EJ26 + " (standfirst)"),
            # body
            L("£4.7million", 4.7e6, E, GBP, AC, "per day, hotels, " + FY26),
            L("27,940", 27940, E, P, HOT, EJ26),
            L("14%", -14, E, PCT, HOTC, EJ26 + " vs " + EJ25),
            L("£1.71billion", 1.71e9, E, GBP, AC, FY26 + " (hotels)"),
            L("41.5 per cent", 41.5, E, PCT, "asylum_cost_share_hotels", FY26),
            L("£4.12billion", 4.12e9, E, GBP, AC, FY26 + " (asylum support)"),
            # caption
            L("up to 240", 240, AM, P, HOT, "now, August 2026 (Grangeford Park Hotel; caption)", occ=0, geo=HAL),
            L("£145", 145, E, GBP, AC, "per person per night, some hotels (insiders)"),
            L("EIGHT times", 8, E, RATIO, ACR, "per person per night, hotel vs shared flat (insiders)"),
            L("£18", 18, E, GBP, AC, "per person per night, shared flat"),
            L("211", 211, E, HOTELS, HOTELS_N, "now, August 2026"),
            L("more than half", 0.5, MT, RATIO, "asylum_hotels_in_use_ratio", "now vs 2023 peak"),
            L("400-plus", 400, MT, HOTELS, HOTELS_N, "2023 peak"),
            L("up to 240", 240, AM, P, HOT, "now, August 2026 (Grangeford Park Hotel)", occ=1, geo=HAL),
            L("£2.3m", 2.3e6, E, GBP, AC, "since 2024 (paid to the Grangeford Park Hotel's owners; estimated)", geo=HAL),
            L("8.7k", 8700, E, P, "petition_signatures", "now, August 2026 (petition to hand the hotel back)", geo=HAL),
            R("BETWEEN 300 and 400", 300, 400, P, "protest_attendance", "16 August 2026 (last Sunday; protest outside the hotel)", geo=HAL),
            L("46", 46, E, INC, "police_callouts_asylum_hotel", "January to August 2026 (councillor)", geo=HAL),
            L("more than 100", 100, MT, P, "gp_new_patients_asylum_hotel", "since the hotel opened (councillor)", geo=HAL),
            L("31,000", 31000, E, P, POP, "now (councillor)", geo=HAL),
            L("£152million", 152e6, E, GBP, "asylum_accommodation_provider_profit", "last year (firms' accounts at Companies House)"),
            L("nearly 28,000", 28000, ALM, P, HOT, "now, August 2026 (Conservative source)"),
            L("more than 400", 400, MT, HOTELS, HOTELS_N, "2023 peak (Home Office spokesperson)"),
            L("almost £9million", 9e6, ALM, GBP, AC, "per day, hotels, 2023 peak (Home Office spokesperson)"),
            L("nearly half", 50, ALM, PCT, "asylum_hotels_closed_share", "since the 2023 peak (Home Office spokesperson)"),
            V("billions", 2e9, 9e9, GBP, "asylum_cost_saving", "by the end of this Parliament (Home Office spokesperson)"),
            L("57,400", 57400, E, P, BL, EJ26 + " (awaiting an initial decision; YE June 2026 release)"),
        ]),
    "07-sextant-wire-channel-crossings-france-returns": dict(
        meta=dict(url="https://www.sextantwire.example/world/uk/britains-channel-crossings-drop-10-returns-france-trickle-2026-11-12/",
                  title="Britain's Channel crossings drop 10% but returns to France remain a trickle",
                  publisher="Sextant Wire", author="Marguerite Okafor-Lind; Pierre-Alain Desrosiers",
                  published_date="2026-11-12"),
        labels=[
            L("10%", -10, E, PCT, SBAC, YTD07 + " vs same period of 2025 (headline)", occ=0),
            L("about 10%", -10, AP, PCT, SBAC, YTD07 + " vs same period of 2025"),
            L("fewer than 2,000", 2000, LT, P, RET, PILOT07 + " (returned to France)", geo=FR),
            L("Some 33,170", 33170, AP, P, SBA, YTD07),
            L("36,950", 36950, E, P, SBA, "1 January to 11 November 2025 (same period)"),
            L("40,890", 40890, E, P, SBA, "2025"),
            L("45,774", 45774, E, P, SBA, "2022 (record)"),
            L("15,210", 15210, E, P, SBA, "first half of 2026 (January to June)"),
            L("almost a quarter", -25, ALM, PCT, SBAC, "first half of 2026 vs first half of 2025"),
            L("1,842", 1842, E, P, RET, PILOT07 + " (returned to France)", geo=FR),
            L("1,690", 1690, E, P, LEGAL, PILOT07 + " (legal route from France)"),
            L("More than 97,000", 97000, MT, P, SBA, "since July 2024 (Labour took office) to 11 November 2026"),
            L("more than 20 years", 20, MT, YEARS, "returns_france_years_to_match_annual_arrivals",
              "at the current pace of returns to France (Centre for Border Policy researcher)"),
            R("between 1,200 and 2,000 euros", 1200, 2000, EUR, "smuggler_fee", "per seat, 2026 (French prosecutors)", geo=FR),
            L("up to 70", 70, AM, PPB, "small_boat_occupancy_max", "2026 (French prosecutors)"),
            L("59", 59, E, PPB, OCC, "2026 (average per boat)"),
            L("53", 53, E, PPB, OCC, "2024 (average per boat)"),
            L("more than 18,000", 18000, MT, P, STOPPED, YTD07 + " (French authorities)", geo=FR),
            L("At least 26", 26, AL, P, DEATHS, YTD07 + " (French coastguard)"),
            L("1,200", 1200, E, P, "french_coastal_police_deployed", "every night, now (senior state official, Pas-de-Calais)",
              ctx="We have 1,200 police", geo=FR),
            L("476 million pounds", 476e6, E, GBP, "uk_funding_to_france", "three years from 2023 (2023 deal)"),
            L("about 550 million euros", 550e6, AP, EUR, "uk_funding_to_france", "three years from 2023 (2023 deal; euro equivalent)"),
            L("roughly 141,000", 141000, AP, P, "irregular_arrivals", "January to October 2026 (Frontex)", geo=EU),
            L("22%", -22, E, PCT, "irregular_arrivals_change", "January to October 2026 vs same period of 2025 (Frontex)", geo=EU),
            L("98,700", 98700, E, P, "asylum_applications", YJ26),
            L("11%", -11, E, PCT, "asylum_applications_change", YJ26 + " vs " + YJ25 + " (record)"),
            L("Around a third", THIRD, AP, PCT, "asylum_applications_share_small_boat", YJ26 + " (Migration Observatory)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
