#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the fifteenth hand-labelled hold-out set (holdout15).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, PPB, RATIO, HOTELS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT)

TWO3 = 200 / 3
RET, IMM, EMI = "returns", "immigration", "emigration"
OCC, SBAC, NMC, NMR, NMF = "small_boat_occupancy", "small_boat_arrivals_change", "net_migration_change", "net_migration_revision", "net_migration_forecast"
HOTELS_N, HOTC, CLOSED = "asylum_hotels_in_use", "asylum_hotel_population_change", "asylum_hotels_closed"
DEATHS, RESCUES, PPBR = "small_boat_deaths", "small_boat_rescues", "people_per_boat_ratio"
ACR, ACC = "asylum_cost_ratio", "asylum_cost_change"
DISP, DISPC, DISPR = "asylum_dispersal_population", "asylum_dispersal_population_change", "asylum_dispersal_population_ratio"
SUPPORT = "asylum_support_population"
POP, PG, PC, NAT = "population", "population_growth", "population_change", "population_natural_change"
NMO, NMRUK = "net_migration_overseas", "net_migration_rest_of_uk"
AREAS = "other:council_areas"
VG, VSW, VHCW, VST, VSTD = "visas_granted", "visas_granted_skilled_worker", "visas_granted_health_care_worker", "visas_granted_study", "visas_granted_study_dependants"
VSWD, VGRAD, VSHST = "visas_granted_skilled_worker_dependants", "visas_granted_graduate", "visas_granted_share_study"
FR, SCO, UK = "France", "Scotland", "UK"
WB, WM = "Wyrebrook", "West Midlands"

# periods
SINCE01 = "since 5 July 2024 (Labour took office) to 10 May 2026"
YTD01 = "1 January to 10 May 2026 (so far this year)"
CLAIM = "per day, hotels (claimed by shadow home secretary Marcus Hemsley, 10 May 2026)"
FY26, FY25, FY24 = "2025/26 financial year", "2024/25 financial year", "2023/24 financial year"
D25, D24 = "year ending December 2025", "year ending December 2024"
MID25, MID24 = "year to mid-2025 (30 June 2025)", "year to mid-2024"
T11 = "Tuesday 11 August 2026"
YTD04 = "1 January to 11 August 2026 (so far this year)"
SINCE04 = "since 5 July 2024 (Labour took office) to 11 August 2026"
PILOT = "since the first returns under the UK-France pilot (September 2025) to 11 August 2026"
M26, M25 = "end of March 2026", "end of March 2025"
YM26, YM25 = "year ending March 2026", "year ending March 2025"
CONTRACTS = "Asylum Accommodation and Support Contracts, 2019 to 2029"

ARTICLES = {
    "01-clearcount-hemsley-72000-crossings-7m-a-day-hotels-claim": dict(
        meta=dict(url="https://clearcount.example/fact-checks/hemsley-72000-channel-crossings-7m-a-day-asylum-hotels/",
                  title="Have 72,000 people crossed the Channel under Labour, and do asylum hotels cost £7m a day?",
                  publisher="ClearCount", author="Laura Pennick-Oyelaran", published_date="2026-05-14"),
        labels=[
            # headline and claim box
            L("72,000", 72000, E, P, SBA, SINCE01 + " (claim, headline)", ctx="Have 72,000 people"),
            L("£7m", 7e6, E, GBP, AC, CLAIM + " (headline)", occ=0),
            L("More than 72,000", 72000, MT, P, SBA, SINCE01 + " (claimed by shadow home secretary)"),
            L("£7 million", 7e6, E, GBP, AC, CLAIM),
            # Our verdict
            L("72,290", 72290, E, P, SBA, SINCE01 + " (verdict)", occ=0),
            L("about £4.7m", 4.7e6, AP, GBP, AC, "per day, hotels, " + FY26 + " (verdict)", occ=0),
            L("£7m", 7e6, E, GBP, AC, CLAIM + " (verdict)", occ=1),
            # Crossings since the election
            L("72,290", 72290, E, P, SBA, SINCE01, occ=1),
            L("Roughly 23,000", 23000, AP, P, SBA, "5 July to 31 December 2024"),
            L("41,260", 41260, E, P, SBA, "2025"),
            L("8,010", 8010, E, P, SBA, YTD01, occ=0),
            L("12%", 12, E, PCT, SBAC, "2025 vs 2024"),
            L("36,816", 36816, E, P, SBA, "2024"),
            L("8,010", 8010, E, P, SBA, YTD01, occ=1),
            L("a third", -THIRD, E, PCT, SBAC, YTD01 + " vs same period of 2025", ctx="a fall of a third"),
            L("11,900", 11900, E, P, SBA, "1 January to 10 May 2025"),
            L("167", 167, E, "other:boats", SBC, YTD01),
            L("48", 48, E, PPB, OCC, YTD01 + " (average)"),
            L("58", 58, E, PPB, OCC, "2025 (average)"),
            L("more than 72,000", 72000, MT, P, SBA, SINCE01 + " (claim restated)"),
            # The cost of hotels
            L("£1.7bn", 1.7e9, E, GBP, AC, FY26 + " (hotels; National Audit Office)"),
            L("about £4.7m", 4.7e6, AP, GBP, AC, "per day, hotels, " + FY26, occ=1),
            L("£2.2bn", 2.2e9, E, GBP, AC, FY25 + " (hotels)"),
            L("roughly £6m", 6e6, AP, GBP, AC, "per day, hotels, " + FY25),
            L("more than 56,000", 56000, MT, P, HOT, FY24 + " (peak)"),
            L("£3.1bn", 3.1e9, E, GBP, AC, FY24 + " (hotels)"),
            L("close to £8.5m", 8.5e6, AP, GBP, AC, "per day, hotels, " + FY24),
            L("26,480", 26480, E, P, HOT, M26),
            L("183", 183, E, HOTELS, HOTELS_N, M26),
            L("more than 400", 400, MT, HOTELS, HOTELS_N, "peak (2023)"),
            L("about two-thirds", 2 / 3, AP, RATIO, ACR, "daily hotel cost, " + FY26 + ", vs the claimed £7m a day"),
            L("£7m", 7e6, E, GBP, AC, CLAIM, occ=2),
            L("£7m", 7e6, E, GBP, AC, CLAIM + " (his spokesperson: average since July 2024)", occ=3),
            L("about £5.2m", 5.2e6, AP, GBP, AC, "per day, hotels, average since July 2024 to March 2026 (ClearCount estimate)"),
            V("thousands", 2000, 9000, P, "asylum_refused_not_removed", "now, people in hotels refused asylum (shadow home secretary's spokesperson)"),
            L("£4.02bn", 4.02e9, E, GBP, AC, FY26 + " (asylum support, estimate)"),
            L("£5.38bn", 5.38e9, E, GBP, AC, FY24 + " (asylum support, record)"),
        ]),
    "02-parallax-decade-net-migration-183000-essay": dict(
        meta=dict(url="https://parallax.example/essays/the-decade-the-numbers-stopped-obeying-anyone",
                  title="The decade the numbers stopped obeying anyone",
                  publisher="Parallax", author="Hugo Ashenden-Price", published_date="2026-06-03"),
        labels=[
            L("roughly a fifth", 0.2, AP, RATIO, "net_migration_ratio", D25 + " vs peak (year ending June 2023; standfirst)"),
            L("about 330,000", 330000, AP, P, NM, "2015"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "per year (government pledge in force in 2015)"),
            L("906,000", 906000, E, P, NM, "year ending June 2023 (peak)"),
            L("nearly three times", 3, ALM, RATIO, "net_migration_ratio", "year ending June 2023 vs 2015"),
            L("183,000", 183000, E, P, NM, D25 + " (provisional, ONS)"),
            L("less than half", 0.5, LT, RATIO, "net_migration_ratio", D25 + " vs " + D24),
            L("431,000", 431000, E, P, NM, D24 + " (revised)"),
            L("58%", -58, E, PCT, NMC, D25 + " vs " + D24),
            L("812,000", 812000, E, P, IMM, D25),
            L("1.2m", 1.2e6, E, P, IMM, "year ending December 2023"),
            L("629,000", 629000, E, P, EMI, D25),
            L("more than double", 2, MT, RATIO, "emigration_ratio", D25 + " vs a typical year of the mid-2010s"),
            L("roughly 300,000", 300000, AP, P, EMI, "per year, mid-2010s (typical year)"),
            L("almost 4m", 4e6, ALM, P, NM, "2016 to 2025 (ten-year total)"),
            L("almost 400,000", 400000, ALM, P, NM, "per year, 2016 to 2025 (average)"),
            L("something like 250,000", 250000, AP, P, NM, "per year, 2016 to 2019"),
            L("perhaps 90,000", 90000, AP, P, NM, "2020"),
            L("some 2.2m", 2.2e6, AP, P, NM, "2022 to 2024 (three-year total)"),
            L("more than half", 50, MT, PCT, "net_migration_share_of_decade_total", "2022 to 2024 as a share of the 2016-2025 total"),
            L("Almost four in five", 80, ALM, PCT, "immigration_share_non_eu", D25),
            L("around half", 50, AP, PCT, "immigration_share_eu", "2015"),
            L("minus 91,000", -91000, E, P, "net_migration_eu", D25),
            L("minus 82,000", -82000, E, P, "net_migration_british_nationals", D25),
            L("356,000", 356000, E, P, "net_migration_non_eu", D25),
            R("from 112,000 to 251,000", 112000, 251000, P, NM, D25 + " (likely range)"),
            L("166,000", 166000, E, P, NMR, "year ending June 2023, revised up (eventually)"),
            L("roughly 260,000", 260000, AP, P, NMF, "per year once the decade is out (OBR assumption)"),
            L("three-quarters", -75, E, PCT, "immigration_work_dependants_change", "2025 vs 2023"),
            L("one in six", SIXTH, E, PCT, "population_share_born_abroad", "2021 census", geo=EW),
        ]),
    "03-tayside-clarion-pa-nrs-scotland-population-mid-2025": dict(
        meta=dict(url="https://www.taysideclarion.example/news/scotland/scotlands-population-record-high-overseas-migration-drop-5218847",
                  title="Scotland's population reaches record high despite steep drop in overseas migration",
                  publisher="The Tayside Clarion (PA)", author="Morag Fullerton", published_date="2026-07-15"),
        labels=[
            L("5,568,900", 5568900, E, P, POP, "30 June 2025 (NRS, record)", geo=SCO),
            L("22,400", 22400, E, P, PG, MID25, geo=SCO),
            L("0.4%", 0.4, E, PCT, PC, MID25, geo=SCO, ctx="or 0.4%"),
            L("58,900", 58900, E, P, "deaths", MID25, geo=SCO),
            L("45,700", 45700, E, P, "births", MID25, geo=SCO),
            L("13,200", -13200, E, P, NAT, MID25 + " (natural decrease)", geo=SCO),
            L("35,600", 35600, E, P, NM, MID25 + " (overseas and rest of UK)", geo=SCO),
            L("20,900", 20900, E, P, NMO, MID25, geo=SCO),
            L("38%", -38, E, PCT, "net_migration_overseas_change", MID25 + " vs " + MID24, geo=SCO),
            L("33,600", 33600, E, P, NMO, MID24, geo=SCO),
            L("14,700", 14700, E, P, NMRUK, MID25, geo=SCO),
            L("Some 46,300", 46300, AP, P, IMM, MID25 + " (from overseas)", geo=SCO),
            L("25,400", 25400, E, P, EMI, MID25 + " (to other countries)", geo=SCO),
            L("24", 24, E, AREAS, "council_areas_population_growth", "mid-2024 to mid-2025", geo=SCO),
            L("1.2%", 1.2, E, PCT, PC, MID25 + " (fastest growth)", geo="West Lothian"),
            L("0.9%", 0.9, E, PCT, PC, MID25, geo="Aberdeen City"),
            L("0.4%", -0.4, E, PCT, PC, MID25 + " (steepest decline)", geo="Argyll and Bute", ctx="shrinking by 0.4%"),
            L("0.3%", -0.3, E, PCT, PC, MID25, geo="Dumfries and Galloway"),
            L("passed 530,000", 530000, MT, P, POP, "mid-2025", geo="Edinburgh"),
            L("around 15,000", 15000, AP, P, NMRUK, "per year, most of the past decade (NRS statistician)", geo=SCO),
            L("more than a third", -THIRD, MT, PCT, "net_migration_overseas_change", MID25 + " vs " + MID24 + " (Scottish migration minister)", geo=SCO),
            L("three-quarters", -75, E, PCT, "visas_granted_health_care_worker_change", "since 2023 (care worker visas for Scotland; Scottish migration minister)", geo=SCO),
            L("one in four", 25, E, PCT, "population_share_pensionable_age", "2045 (projection; Scottish migration minister)", geo=SCO),
            L("more than half", -50, MT, PCT, NMC, D25 + " vs " + D24 + " (UK Government spokesperson)"),
            L("183,000", 183000, E, P, NM, D25 + " (ONS)"),
            L("58%", -58, E, PCT, NMC, D25 + " vs " + D24),
            L("about 8%", 8, AP, PCT, "population_share_scotland_of_uk", "now (mid-2024/mid-2025 estimates)", geo=SCO),
            L("69.3 million", 69.3e6, E, P, POP, "mid-2024 (ONS)"),
        ]),
    "04-kestrel-live-channel-crossings-three-die-returns-deal-11-august-2026": dict(
        meta=dict(url="https://www.kestrelnews.example/news/live/uk-channel-crossings-11-august-2026-88214630",
                  title="Channel crossings: Three die off French coast as 768 people reach UK on busiest day of 2026",
                  publisher="Kestrel News", author=None, published_date="2026-08-11"),
        labels=[
            # headline and summary
            L("Three", 3, E, P, DEATHS, T11 + ", off Équihen-Plage (headline)", ctx="Three die off"),
            L("768", 768, E, P, SBA, T11 + " (headline)", occ=0),
            L("Three", 3, E, P, DEATHS, T11 + " (summary)", ctx="- Three people"),
            L("768", 768, E, P, SBA, T11 + " (summary)", occ=1),
            L("14", 14, E, "other:boats", SBC, T11 + " (summary)", ctx="in 14 boats"),
            L("36%", -36, E, PCT, SBAC, YTD04 + " vs same point of 2025 (summary)", occ=0),
            L("up to 150", 150, AM, P, RET, "per week from September 2026 (expanded UK-France deal; summary)", geo=FR, occ=0),
            # 19:20
            L("768", 768, E, P, SBA, T11, occ=2),
            L("14", 14, E, "other:boats", SBC, T11, ctx="in 14 small boats"),
            L("55", 55, E, PPB, OCC, T11 + " (average)", ctx="an average of 55 people"),
            L("701", 701, E, P, SBA, "2 June 2026 (previous busiest day of 2026)"),
            L("17,380", 17380, E, P, SBA, YTD04),
            L("27,150", 27150, E, P, SBA, "1 January to 11 August 2025"),
            L("36%", -36, E, PCT, SBAC, YTD04 + " vs same point of 2025", occ=1),
            L("81,660", 81660, E, P, SBA, SINCE04),
            # 18:45 analysis
            L("more than a third", -THIRD, MT, PCT, SBAC, YTD04 + " vs same point of 2025 (correspondent)"),
            L("55", 55, E, PPB, OCC, T11 + " (average; correspondent)", ctx="average of 55 compares"),
            L("13", 13, E, PPB, OCC, "2020 (average)"),
            L("more than four times", 4, MT, RATIO, PPBR, T11 + " vs 2020 (people per boat)"),
            R("between 30,000 and 35,000", 30000, 35000, P, SBA, "2026 (officials' private expectation)"),
            V("tens of thousands", 20000, 90000, P, SBA, "2026 (correspondent)"),
            L("Fewer than one in 20", 5, LT, PCT, "returns_share_of_small_boat_arrivals", PILOT + " (returns to France vs crossings)", geo=FR),
            # 17:10
            L("up to 150", 150, AM, P, RET, "per week from September 2026 (expanded UK-France deal)", geo=FR, occ=1),
            L("about 30", 30, AP, P, RET, "per week, average, " + PILOT, geo=FR),
            L("1,386", 1386, E, P, RET, PILOT + " (returned to France)", geo=FR),
            L("1,310", 1310, E, P, "uk_france_legal_route_arrivals", PILOT + " (legal route from France)"),
            # 16:02
            L("81.6k", 81600, E, P, SBA, SINCE04 + " (shadow home secretary's post on X)"),
            L("768", 768, E, P, SBA, T11 + " (shadow home secretary's post on X)", occ=3),
            # 14:05
            L("Three", 3, E, P, DEATHS, T11 + ", off Équihen-Plage (entry heading)", ctx="Three dead off"),
            L("three", 3, E, P, DEATHS, T11 + ", off Équihen-Plage (French maritime officials)", ctx="say three people died"),
            L("About 60", 60, AP, P, RESCUES, T11 + ", off Équihen-Plage (survivors taken to Boulogne)", geo=FR),
            L("at least 41", 41, AL, P, DEATHS, "2026 to 11 August (Shoreline Watch)"),
            L("At least 73", 73, AL, P, DEATHS, "2025 (Shoreline Watch)"),
            # 12:20, 10:45
            L("at least six", 6, AL, "other:boats", SBC, T11 + ", first light to 12:20 (brought into Dover)"),
            L("more than 70", 70, MT, PPB, OCC, T11 + " (one boat brought into Dover)"),
            L("62", 62, E, P, RESCUES, T11 + " (Dungeness lifeboat; entry heading)", ctx="brings 62 ashore"),
            L("62", 62, E, P, RESCUES, T11 + " (Dungeness lifeboat)", ctx="landed 62 people"),
        ]),
    "05-compass-asylum-contracts-15-8bn-nao": dict(
        meta=dict(url="https://www.thecompass.example/news/uk/home-news/asylum-accommodation-contracts-nao-cost-158bn-b2741905.html",
                  title="Asylum housing contracts to cost £15.8bn – three and a half times original estimate, watchdog finds",
                  publisher="The Compass", author="Sophie Reardon-Aziz", published_date="2026-04-22"),
        labels=[
            # headline and standfirst
            L("£15.8bn", 15.8e9, E, GBP, AC, CONTRACTS + " (NAO estimate of lifetime cost; headline)", occ=0),
            L("three and a half times", 3.5, E, RATIO, ACR, CONTRACTS + ", NAO estimate vs original estimate (headline)", occ=0),
            L("£383m", 383e6, E, GBP, "asylum_accommodation_provider_profit", "2019 to March 2025, three providers combined (standfirst)", occ=0),
            L("£10.5m", 10.5e6, E, GBP, "asylum_accommodation_excess_profit_recovered", "to April 2026 (clawed back by the Home Office; standfirst)", occ=0),
            # body
            L("£15.8bn", 15.8e9, E, GBP, AC, CONTRACTS + " (NAO estimate of lifetime cost)", occ=1),
            L("three and a half times", 3.5, E, RATIO, ACR, CONTRACTS + ", NAO estimate vs original estimate", occ=1),
            L("£4.5bn", 4.5e9, E, GBP, AC, CONTRACTS + " (original estimate)", occ=0),
            L("£12.9bn", 12.9e9, E, GBP, AC, CONTRACTS + ", paid out to end of March 2026"),
            L("about £2.9bn", 2.9e9, AP, GBP, AC, CONTRACTS + ", still to be spent (April 2026 to 2029)"),
            L("£5.38bn", 5.38e9, E, GBP, AC, FY24 + " (asylum support, record)"),
            L("£3.1bn", 3.1e9, E, GBP, AC, FY24 + " (hotels)"),
            L("£4.71bn", 4.71e9, E, GBP, AC, FY25 + " (asylum support)"),
            L("£4.02bn", 4.02e9, E, GBP, AC, FY26 + " (asylum support, estimate)"),
            L("15%", -15, E, PCT, ACC, FY26 + " vs " + FY25 + " (asylum support)"),
            L("£1.7bn", 1.7e9, E, GBP, AC, FY26 + " (hotels)"),
            L("roughly £4.7m", 4.7e6, AP, GBP, AC, "per day, hotels, " + FY26),
            L("£2.2bn", 2.2e9, E, GBP, AC, FY25 + " (hotels)"),
            L("£158", 158, E, GBP, AC, "per person per night, hotels, " + FY26 + " (average; NAO)"),
            L("£19", 19, E, GBP, AC, "per person per night, dispersal accommodation, " + FY26 + " (NAO)"),
            L("more than eight times", 8, MT, RATIO, ACR, "per night, hotel vs dispersal accommodation, " + FY26),
            L("about £57,700", 57700, AP, GBP, AC, "per person per year, hotel"),
            L("26,480", 26480, E, P, HOT, M26),
            L("183", 183, E, HOTELS, HOTELS_N, M26),
            L("17%", -17, E, PCT, HOTC, M26 + " vs " + M25),
            L("63,900", 63900, E, P, DISP, M26),
            L("98,620", 98620, E, P, SUPPORT, M26),
            L("£383m", 383e6, E, GBP, "asylum_accommodation_provider_profit", "2019 to March 2025, three providers combined", occ=1),
            L("£74m", 74e6, E, GBP, "asylum_accommodation_excess_profit_owed", "to March 2025 (profit above the agreed margin; NAO)"),
            L("£10.5m", 10.5e6, E, GBP, "asylum_accommodation_excess_profit_recovered", "to April 2026 (NAO)", occ=1),
            # PAC chair
            L("£4.5bn", 4.5e9, E, GBP, AC, CONTRACTS + " (original budget; PAC chair)", occ=1),
            L("more than three times", 3, MT, RATIO, ACR, CONTRACTS + ", expected final cost vs original budget (PAC chair)"),
            L("barely a seventh", 100 / 7, AP, PCT, "asylum_accommodation_excess_profit_share_recovered", "to April 2026 (PAC chair)"),
            V("Tens of thousands", 20000, 90000, P, HOT, "now, April 2026 (PAC chair)"),
            L("eight times", 8, E, RATIO, ACR, "per night, hotel vs ordinary housing (PAC chair)", ctx="at eight times the cost"),
            R("between £6bn and £8bn", 6e9, 8e9, GBP, AC, "replacement contracts from 2029, over ten years (officials' expectation)"),
            # Home Office
            L("more than 200", 200, MT, HOTELS, CLOSED, "since the peak (2023) to April 2026 (Home Office spokesperson)"),
            L("£740m", -740e6, E, GBP, ACC, "per year by 2028/29, planned saving from ending hotel use (Home Office spokesperson)"),
        ]),
    "06-harbinger-visas-care-study-dependants-ye-march-2026": dict(
        meta=dict(url="https://www.theharbinger.example/uk-news/2026/may/21/care-worker-visas-down-two-thirds-overall-grants-fall-14-per-cent",
                  title="Care worker visas down by two-thirds in a year as overall grants fall 14%",
                  publisher="The Harbinger", author="Niamh Okafor-Lindqvist", published_date="2026-05-21"),
        labels=[
            # headline, standfirst, caption
            L("two-thirds", -TWO3, E, PCT, VHCW + "_change", YM26 + " vs " + YM25 + " (main applicants; headline)", ctx="down by two-thirds in a year as"),
            L("14%", -14, E, PCT, VG + "_change", YM26 + " vs " + YM25 + " (headline)", occ=0),
            L("more than half", 50, MT, PCT, VSHST, YM26 + " (study visas as a share of all visas; standfirst)"),
            L("more than halved", -50, MT, PCT, VSWD + "_change", YM26 + " vs " + YM25 + " (standfirst)", occ=0),
            L("two-thirds", -TWO3, E, PCT, VHCW + "_change", YM26 + " vs " + YM25 + " (main applicants; caption)", ctx="fell by two-thirds in the year to March"),
            # body
            L("712,400", 712400, E, P, VG, YM26 + " (entry clearance, excluding visitor and transit)"),
            L("14%", -14, E, PCT, VG + "_change", YM26 + " vs " + YM25, occ=1),
            L("828,400", 828400, E, P, VG, YM25 + " (entry clearance, excluding visitor and transit)"),
            L("7,200", 7200, E, P, VHCW, YM26 + " (main applicants)"),
            L("a third", THIRD / 100, E, RATIO, VHCW + "_ratio", YM26 + " vs " + YM25, ctx="a third of the 21,600"),
            L("21,600", 21600, E, P, VHCW, YM25 + " (main applicants)"),
            L("less than a tenth", 0.1, LT, RATIO, VHCW + "_ratio", YM26 + " vs 2023 peak"),
            L("89,200", 89200, E, P, VHCW, "2023 (peak)"),
            L("39%", -39, E, PCT, VSW + "_change", YM26 + " vs " + YM25 + " (main applicants)"),
            L("46,900", 46900, E, P, VSW, YM26 + " (main applicants)"),
            L("roughly one in 13", 100 / 13, AP, PCT, "visas_granted_share_work", YM26 + " (Skilled Worker and Health and Care Worker main applicants as a share of all visas)"),
            L("more than halved", -50, MT, PCT, VSWD + "_change", YM26 + " vs " + YM25, occ=1),
            L("91,700", 91700, E, P, VSWD, YM25),
            L("38,200", 38200, E, P, VSWD, YM26),
            L("402,300", 402300, E, P, VST, YM26 + " (sponsored study, main applicants)"),
            L("2%", -2, E, PCT, VST + "_change", YM26 + " vs " + YM25 + " (main applicants)"),
            L("56%", 56, E, PCT, VSHST, YM26),
            L("around half", 50, AP, PCT, VSHST, YM25),
            L("17,800", 17800, E, P, VSTD, YM26),
            L("almost nine-tenths", -90, ALM, PCT, VSTD + "_change", YM26 + " vs 2023"),
            L("about 150,000", 150000, AP, P, VSTD, "2023"),
            L("fewer than one in 20", 5, LT, PCT, "visas_granted_study_share_dependants", YM26),
            L("halved", -50, E, PCT, VGRAD + "_change", YM26 + " vs " + YM25, ctx="grants halved to"),
            L("86,400", 86400, E, P, VGRAD, YM26),
            L("71,200", 71200, E, P, "visas_granted_family", YM26),
            L("a quarter", 25, E, PCT, "visas_granted_skilled_worker_share_india", YM26, ctx="with a quarter of"),
            L("three times", 3, E, RATIO, "visas_granted_skilled_worker_india_vs_nigeria_ratio", YM26),
            L("almost half", 50, ALM, PCT, "visas_granted_study_share_china_india", YM26),
            L("183,000", 183000, E, P, NM, D25 + " (ONS)"),
            L("under half", 0.5, LT, RATIO, "net_migration_ratio", D25 + " vs " + D24),
            V("thousands", 2000, 9000, P, VHCW, "per month, 2023 (academic)"),
            V("hundreds", 200, 900, P, VHCW, "per month, now (academic)"),
        ]),
    "07-wyrebrook-chronicle-asylum-dispersal-412-up-19-percent": dict(
        meta=dict(url="https://www.wyrebrookchronicle.example/news/wyrebrook-news/wyrebrook-asylum-seekers-dispersal-housing-412-up-19-per-cent-1190462",
                  title="Wyrebrook now houses 412 asylum seekers in flats and houses – up 19% in a year",
                  publisher="Wyrebrook Chronicle", author="Priya Hallworth", published_date="2026-06-04"),
        labels=[
            L("412", 412, E, P, DISP, M26 + " (headline)", geo=WB, occ=0),
            L("19%", 19, E, PCT, DISPC, M26 + " vs " + M25 + " (headline)", geo=WB, occ=0),
            L("almost a fifth", 20, ALM, PCT, DISPC, M26 + " vs " + M25, geo=WB),
            L("412", 412, E, P, DISP, M26, geo=WB, occ=1),
            L("19%", 19, E, PCT, DISPC, M26 + " vs " + M25, geo=WB, occ=1),
            L("346", 346, E, P, DISP, M25, geo=WB),
            L("96", 96, E, P, HOT, M26 + " (Lindens Hotel)", geo=WB),
            L("23", 23, E, P, "asylum_support_subsistence_only", M26, geo=WB),
            L("531", 531, E, P, SUPPORT, M26 + " (section 95 support)", geo=WB),
            L("131,400", 131400, E, P, POP, "now (estimate)", geo=WB),
            L("one dispersal resident for every 319", 100 / 319, E, PCT, "asylum_dispersal_population_share_of_residents", M26, geo=WB),
            L("more than three times", 3, MT, RATIO, DISPR, M26 + ", rate per resident vs England", geo=WB),
            L("almost 10,000", 10000, ALM, P, DISP, M26, geo=WM),
            L("about 15%", 15, AP, PCT, "asylum_dispersal_population_share_west_midlands", M26 + " (West Midlands share of the UK total)"),
            L("63,900", 63900, E, P, DISP, M26),
            L("26,480", 26480, E, P, HOT, M26),
            L("three times", 3, E, RATIO, DISPR, "now, vs some neighbouring areas (council leader)", geo=WB, ctx="take three times as many"),
            L("£1.3m", 1.3e6, E, GBP, AC, FY26 + " (Wyrebrook council costs linked to asylum; council leader)", geo=WB),
            L("£480,000", 480000, E, GBP, "council_asylum_grant", FY26 + " (Home Office grant; council leader)", geo=WB),
            L("£820,000", 820000, E, GBP, "council_asylum_cost_shortfall", FY26 + " (met by local taxpayers; council leader)", geo=WB),
            L("up to 150", 150, AM, P, DISPC, "by March 2027 (expected increase; council leader)", geo=WB),
            L("c. 560", 560, AP, P, DISP, "by March 2027 (council officers' estimate)", geo=WB),
            L("More than 80", 80, MT, P, "public_meeting_attendance", "May 2026 (Meadowbank Community Centre)", geo=WB),
            V("a few hundred", 200, 900, P, DISP, "now (Wyrebrook Welcome group)", geo=WB),
            L("well over 100,000", 100000, MT, P, POP, "now (Wyrebrook Welcome group)", geo=WB),
            L("more than 400", 400, MT, HOTELS, HOTELS_N, "peak (2023; Home Office spokesperson)"),
            L("183", 183, E, HOTELS, HOTELS_N, "now, June 2026 (Home Office spokesperson)"),
        ]),
}


if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
