#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the twentieth hand-labelled hold-out set (holdout20).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, HOT, PTR, RSC)

RET, IMM, EMI, REL = "returns", "immigration", "emigration", "rwanda_relocations"
OCC, SBAC, NMC, NMR, NMF = "small_boat_occupancy", "small_boat_arrivals_change", "net_migration_change", "net_migration_revision", "net_migration_forecast"
DEATHS, LEGAL, RET_SHARE_FR = "small_boat_deaths", "uk_france_legal_route_arrivals", "returns_share_of_small_boat_arrivals"
STOPPED = "small_boat_launch_attempts_stopped_people"
POP, PG, PC, NATC = "population", "population_growth", "population_change", "population_natural_change"
SHARE65, SUPPORT, DISP = "population_share_aged_65_and_over", "asylum_support_population", "asylum_dispersal_population"
PFE, RETCOST, CHARTER = "public_finances_effect_lower_migration", "returns_cost", "charter_removal_flights"
HCW, SW, SWD = "visas_granted_health_care_worker", "visas_granted_skilled_worker", "visas_granted_skilled_worker_dependants"
WDEP = "immigration_work_dependants_non_eu"
UASC_IN, UASC_CARE = "unaccompanied_children_arrivals", "unaccompanied_children_in_care"
FR, SCO, WAL, EU, ENG = "France", "Scotland", "Wales", "EU", "England"
CA, PROV, FLIGHTS = "other:council_areas", "other:providers", "other:flights"

# periods
YJ26, YJ25, YJ23 = "year ending June 2026", "year ending June 2025", "year ending June 2023"
YD25, YD24 = "year ending December 2025", "year ending December 2024"
YTD01 = "1 January to 2 August 2026 (so far this year)"
PILOT01 = "since the first returns under the UK-France pilot (September 2025) to end of July 2026"
H1_26 = "first half of 2026 (January to June)"
S12 = "12 months to September 2026"
MID25, MID24 = "mid-2024 to mid-2025", "mid-2023 to mid-2024"
EM26 = "end of March 2026 (YE March 2026 release)"
YTD07 = "1 January to 18 October 2026 (so far this year)"
WKND07 = "17 to 18 October 2026 (weekend)"

ARTICLES = {
    "01-kingsway-small-boats-what-are-the-latest-figures": dict(
        meta=dict(url="https://www.kingswaynews.example/news/uk-politics-71843920",
                  title="Channel crossings: What do this year's small boat figures show?",
                  publisher="Kingsway News", author="Tomasz Pelling-Wade", published_date="2026-08-03"),
        labels=[
            # caption
            L("1,032", 1032, E, P, SBA, "28 July 2026 (Tuesday; caption)", occ=0),
            # What are the latest figures?
            L("21,460", 21460, E, P, SBA, YTD01),
            L("roughly a fifth", -20, AP, PCT, SBAC, YTD01 + " vs same point of 2025"),
            L("26,830", 26830, E, P, SBA, "1 January to 2 August 2025 (same point last year)"),
            L("39,740", 39740, E, P, SBA, "2025"),
            L("8%", 8, E, PCT, SBAC, "2025 vs 2024"),
            L("36,816", 36816, E, P, SBA, "2024"),
            L("45,774", 45774, E, P, SBA, "2022 (record)"),
            L("1,032", 1032, E, P, SBA, "28 July 2026 (Tuesday; busiest day of 2026 so far)", occ=1),
            L("17", 17, E, BOATS, SBC, "28 July 2026 (Tuesday)", ctx="in 17 boats"),
            L("almost 84,000", 84000, ALM, P, SBA, "since July 2024 (current government took office) to 2 August 2026"),
            # Why are the boats so crowded?
            L("62", 62, E, PPB, OCC, "2026 so far (average per boat)"),
            L("57", 57, E, PPB, OCC, "2025 (average per boat)"),
            L("53", 53, E, PPB, OCC, "2024 (average per boat)"),
            L("At least 17", 17, AL, P, DEATHS, YTD01 + " (French coastguard)"),
            L("two", 2, E, P, DEATHS, "31 July 2026 (Friday; off Boulogne)", ctx="two of them"),
            # Who is crossing?
            L("18%", 18, E, PCT, "small_boat_arrivals_share_eritrean", H1_26),
            L("about one in seven", 100 / 7, AP, PCT, "small_boat_arrivals_share_afghan", H1_26),
            L("2,790", 2790, E, P, SBA, H1_26 + " (Sudanese nationals)"),
            L("11%", 11, E, PCT, "small_boat_arrivals_share_children", "first quarter of 2026 (January to March)"),
            L("More than nine in ten", 90, MT, PCT, "small_boat_arrivals_share_claimed_asylum", "generally (small-boat arrivals who claim asylum)"),
            L("30,620", 30620, E, P, HOT, "end of March 2026"),
            L("more than 56,000", 56000, MT, P, HOT, "2023 peak"),
            # Are people being sent back to France?
            L("1,180", 1180, E, P, RET, PILOT01 + " (returned to France)", geo=FR),
            L("1,090", 1090, E, P, LEGAL, PILOT01 + " (legal route from France)"),
            L("under 4%", 4, LT, PCT, RET_SHARE_FR, PILOT01 + " (returns vs small-boat arrivals)", geo=FR),
            # What does the government say?
            L("more than 11,400", 11400, MT, P, STOPPED, H1_26 + " (French officers; Home Office spokesperson)", geo=FR),
        ]),
    "02-lombard-times-migration-fall-obr-public-finances": dict(
        meta=dict(url="https://www.lombardtimes.example/content/4b7e2c19-uk-net-migration-obr-budget-borrowing",
                  title="Falling migration opens new hole in chancellor's Budget arithmetic",
                  publisher="Lombard Times", author="Eleanor Whitcombe-Ross; Dev Anand-Carlisle",
                  published_date="2026-11-23"),
        labels=[
            # standfirst
            L("183,000", 183000, E, P, NM, YJ26 + " (provisional; standfirst)", occ=0),
            # body
            V("billions of pounds", 2e9, 9e9, GBP, PFE, "added to borrowing forecasts (economists)"),
            L("183,000", 183000, E, P, NM, YJ26 + " (provisional, ONS)", occ=1),
            L("246,000", 246000, E, P, NM, YJ25 + " (revised)"),
            L("906,000", 906000, E, P, NM, YJ23 + " (peak)"),
            L("258,000", 258000, E, P, NMF, "per year, average over the next five years (OBR March 2026 forecast)"),
            L("about £3.7bn", 3.7e9, AP, GBP, PFE, "per year by 2030-31, per 100,000 fewer working-age arrivals (OBR, March 2026)"),
            L("75,000", 75000, E, P, "obr_net_migration_assumption_shortfall", "per year, persistent (outturn vs OBR assumption)"),
            L("close to £2.8bn", 2.8e9, ALM, GBP, PFE, "per year, from a persistent shortfall of 75,000 (OBR rule of thumb)"),
            L("£11.2bn", 11.2e9, E, GBP, "fiscal_headroom", "spring 2026 (against the main fiscal rule)"),
            R("0.2 to 0.3 percentage points", 0.2, 0.3, PCT, "gdp_growth_forecast_downgrade",
              "2027 (next year; Harcourt Economics' expectation of the OBR forecast)"),
            R("between £2bn and £3bn", 2e9, 3e9, GBP, PFE, "likely hit (Harcourt Economics)"),
            # caption
            L("more than 90 per cent", -90, MT, PCT, HCW + "_change", S12 + " vs 2023 (caption)"),
            # Visas dry up
            L("46,800", 46800, E, P, SW, S12 + " (main applicants)"),
            L("31 per cent", -31, E, PCT, SW + "_change", S12 + " vs previous 12 months"),
            L("5,910", 5910, E, P, HCW, S12),
            L("less than a tenth", 0.1, LT, RATIO, HCW + "_ratio", S12 + " vs 2023"),
            L("64 per cent", -64, E, PCT, SWD + "_change", S12 + " vs previous 12 months (dependants of workers)"),
            L("19,400", 19400, E, P, SWD, S12 + " (dependants of workers)"),
            L("1,240", 1240, E, PROV, "poll_sample_size", "2026 (National Care Employers' Forum survey of care providers)"),
            L("almost two-thirds", 2 * THIRD, ALM, PCT, "care_providers_share_cut_hours_or_refused_clients",
              "since spring 2026 (National Care Employers' Forum survey)"),
            L("three in ten", 30, E, PCT, "care_providers_share_expecting_service_closure", "2027, expected (National Care Employers' Forum survey)"),
            L("3.6mn", 3.6e6, E, P, "payrolled_employees_non_uk", "now, 2026 (HMRC)"),
            L("30.4mn", 30.4e6, E, P, "payrolled_employees", "now, 2026 (HMRC)"),
            L("about 12 per cent", 12, AP, PCT, "payrolled_employees_share_non_uk", "now, 2026 (HMRC)"),
            L("38,000", 38000, E, P, "payrolled_employees_non_eu_change", "year to September 2026"),
            L("410,000", 410000, E, P, "payrolled_employees_non_eu_change", "year to September 2024 (two years earlier)"),
            # Wexcombe Institute
            L("four-fifths", -80, E, PCT, NMC, "peak (" + YJ23 + ") to " + YJ26 + " (Wexcombe Institute)"),
        ]),
    "03-cymru-dispatch-wales-population-asylum-dispersal": dict(
        meta=dict(url="https://www.cymrudispatch.example/news/wales/2026/07/30/wales-population-mid-2025-asylum-dispersal/",
                  title="Wales's population edges up again as migration makes up for falling births",
                  publisher="Cymru Dispatch", author="Seren Prydderch-Owen", published_date="2026-07-30"),
        labels=[
            # caption
            L("1.1%", 1.1, E, PCT, PC, MID25 + " (caption)", occ=0, geo="Cardiff"),
            # body
            L("12,300", 12300, E, P, PG, MID25, geo=WAL),
            L("3,208,900", 3208900, E, P, POP, "mid-2025", geo=WAL),
            L("0.4%", 0.4, E, PCT, PC, MID25, occ=0, geo=WAL),
            L("about a third", -THIRD, AP, PCT, "population_growth_change", MID25 + " vs " + MID24 + " (growth)", geo=WAL),
            L("18,600", 18600, E, P, PG, MID24, geo=WAL),
            L("28,900", 28900, E, P, "births", MID25, geo=WAL),
            L("33,800", 33800, E, P, "deaths", MID25, geo=WAL),
            L("4,900", -4900, E, P, NATC, MID25 + " (natural decrease)", geo=WAL),
            L("11,700", 11700, E, P, "net_migration_international", MID25, geo=WAL),
            L("a quarter", -25, E, PCT, "net_migration_international_change", MID25 + " vs " + MID24, ctx="a quarter fewer", geo=WAL),
            L("5,500", 5500, E, P, "internal_migration_net", MID25 + " (from elsewhere in the UK)", geo=WAL),
            L("62,176,300", 62176300, E, P, POP, "mid-2025", geo=EW),
            L("271,900", 271900, E, P, PG, MID25, geo=EW),
            L("0.4%", 0.4, E, PCT, PC, MID25, occ=1, geo=EW),
            L("just under 59 million", 59e6, LT, P, POP, "mid-2025", geo=ENG),
            L("0.5%", 0.5, E, PCT, PC, MID25 + " (National Records of Scotland)", geo=SCO),
            L("1.1%", 1.1, E, PCT, PC, MID25, occ=1, geo="Cardiff"),
            L("378,500", 378500, E, P, POP, "mid-2025", geo="Cardiff"),
            L("four", 4, E, CA, "council_areas_population_decline", MID25, ctx="while four local authorities", geo=WAL),
            L("More than one in five", 20, MT, PCT, SHARE65, "mid-2025", geo=WAL),
            L("22.3%", 22.3, E, PCT, SHARE65, "mid-2025", geo=WAL),
            L("18.8%", 18.8, E, PCT, SHARE65, "mid-2025", geo=ENG),
            # Where asylum seekers live
            L("3,460", 3460, E, P, SUPPORT, EM26, geo=WAL),
            L("2,870", 2870, E, P, DISP, EM26, geo=WAL),
            L("1,150", 1150, E, P, SUPPORT, EM26, geo="Cardiff"),
            L("810", 810, E, P, SUPPORT, EM26, geo="Swansea"),
            L("700", 700, E, P, SUPPORT, EM26, geo="Newport"),
            L("420", 420, E, P, SUPPORT, EM26, geo="Wrexham"),
            L("nearly nine in ten", 90, ALM, PCT, "asylum_support_population_share_four_dispersal_areas", EM26, geo=WAL),
            L("under 5%", 5, LT, PCT, "population_share_wales_of_uk", "now (mid-2025)"),
            L("about 4%", 4, AP, PCT, "asylum_dispersal_population_share_wales", EM26),
            L("68,400", 68400, E, P, DISP, EM26),
            # Plaid Cymru, Welsh Government
            L("a third", THIRD, E, PCT, "asylum_support_population_share_cardiff", "now (Plaid Cymru MS)",
              ctx="supporting a third", geo=WAL),
            L("£3.2m", 3.2e6, E, GBP, "welsh_government_resettlement_funding", "2025-26 (Welsh Government)", geo=WAL),
            L("more than 8,100", 8100, MT, P, "immigration_ukraine", "since 2022 (Welsh Government)", geo=WAL),
            L("about 3,300", 3300, AP, P, "immigration_ukraine_supersponsor", "since 2022 (Welsh Government supersponsor route)", geo=WAL),
        ]),
    "04-daily-stalwart-rwanda-bill-738million-deportation-flights": dict(
        meta=dict(url="https://www.dailystalwart.example/news/article-15592841/Rwanda-scheme-final-bill-738million-deportation-flights.html",
                  title="Axed Rwanda scheme's final bill rises to £738MILLION - that's more than £184m for each of the FOUR migrants who went, while deportation flights cost £42m last year",
                  publisher="Daily Stalwart", author="Declan Ashby-Foulkes", published_date="2026-03-14"),
        labels=[
            # headline
            L("£738MILLION", 738e6, E, GBP, RSC, "total cost (NAO update, March 2026; headline)"),
            L("more than £184m", 184e6, MT, GBP, RSC, "per person relocated (headline)"),
            L("FOUR", 4, E, P, REL, "voluntary relocations (headline)"),
            L("£42m", 42e6, E, GBP, RETCOST, "2025, charter removal flights (headline)"),
            # bullets
            L("£23million", 23e6, E, GBP, "rwanda_scheme_cost_revision", "wind-down costs added (NAO update, March 2026; bullet)", occ=0),
            L("four", 4, E, P, REL, "voluntary relocations (bullet)", ctx="Only four people"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "per person (bullet)", occ=0),
            L("198", 198, E, FLIGHTS, CHARTER, "2025 (bullet)", occ=0),
            L("7,940", 7940, E, P, RET, "2025, removed on charter flights (bullet)", occ=0),
            # body
            L("£738million", 738e6, E, GBP, RSC, "total cost (NAO update, March 2026)", occ=0),
            L("£23million", 23e6, E, GBP, "rwanda_scheme_cost_revision", "wind-down costs added, vs previous estimate (NAO update)", occ=1),
            L("£715million", 715e6, E, GBP, RSC, "total cost, earlier estimate"),
            L("more than £184million", 184e6, MT, GBP, RSC, "per person relocated"),
            L("four", 4, E, P, REL, "voluntary relocations", ctx="each of the four people"),
            L("four", 4, E, P, REL, "voluntary relocations", ctx="All four went"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "per person (voluntary side scheme)", occ=1),
            L("£510,000", 510e3, E, GBP, RSC, "first flight, June 2022 (grounded; estimated)", occ=0),
            L("£510,000", 510e3, E, GBP, RSC, "first flight, June 2022 (grounded; caption)", occ=1),
            L("£290million", 290e6, E, GBP, PTR, "total paid to the Rwandan government (NAO)"),
            L("up to 1,000", 1000, AM, P, "rwanda_accommodation_capacity", "hostels readied by Kigali", geo="Rwanda"),
            L("some 2,150", 2150, AP, P, "rwanda_detention_places_reserved", "detention places reserved for Rwanda removals"),
            L("198", 198, E, FLIGHTS, CHARTER, "2025 (last year)", occ=1),
            L("23 per cent", 23, E, PCT, CHARTER + "_change", "2025 vs 2024"),
            L("7,940", 7940, E, P, RET, "2025, removed on charter flights", occ=1),
            L("£42.3million", 42.3e6, E, GBP, RETCOST, "2025, charter removal flights"),
            L("more than £5,300", 5300, MT, GBP, RETCOST, "2025, per person removed by charter flight"),
            L("more than doubled", 2, MT, RATIO, "returns_ratio", "2025 vs 2023 (people removed by charter flight)"),
            L("Around one in four", 25, AP, PCT, "returns_share_albania", "2025 (charter passengers flown to Albania)"),
            L("10,480", 10480, E, P, RET, "2025 (enforced returns)"),
            L("16 per cent", 16, E, PCT, "returns_change", "2025 vs 2024 (enforced returns)"),
            L("5,790", 5790, E, P, RET, "2025 (foreign national offenders)"),
            L("39,740", 39740, E, P, SBA, "2025 (last year)"),
            # shadow home secretary, Public Purse Alliance, Home Office
            V("tens of millions", 20e6, 90e6, GBP, RSC, "wind-down costs (shadow home secretary)"),
            V("thousands", 2000, 9000, P, "foreign_national_offenders_awaiting_removal", "now, March 2026 (shadow home secretary)"),
            L("£738million", 738e6, E, GBP, RSC, "total cost (Public Purse Alliance)", occ=1),
            L("17 years", 17, E, YEARS, "rwanda_scheme_cost_years_of_charter_flights",
              "total scheme cost vs annual charter flight cost (Public Purse Alliance)"),
            L("four", 4, E, P, REL, "voluntary relocations (Public Purse Alliance)", ctx="got four volunteers"),
            L("£700million", 700e6, E, GBP, RSC, "total cost (Home Office spokesman)"),
            L("four", 4, E, P, REL, "voluntary relocations (Home Office spokesman)", ctx="just four volunteers"),
            L("nearly 60,000", 60000, ALM, P, RET, "since July 2024 to March 2026 (Home Office spokesman)"),
        ]),
    "05-weathervane-column-net-migration-numbers-game": dict(
        meta=dict(url="https://www.theweathervane.example/article/the-net-migration-numbers-game-that-nobody-wins",
                  title="The net migration numbers game that nobody wins",
                  publisher="The Weathervane", author="Ferdinand Ashcombe-Ryle", published_date="2026-05-28"),
        labels=[
            L("214,000", 214000, E, P, NM, YD25 + " (provisional, ONS May 2026)", occ=0),
            L("more than three-quarters", -75, MT, PCT, NMC, "peak (" + YJ23 + ") to 2025 (Home Secretary)"),
            L("692k", -692000, E, P, NMC, "peak (" + YJ23 + ") to 2025 (Home Office post)", occ=0),
            L("906,000", 906000, E, P, NM, YJ23 + " (peak)"),
            L("214,000", 214000, E, P, NM, YD25 + " (provisional)", occ=1),
            L("76%", -76, E, PCT, NMC, "peak (" + YJ23 + ") to 2025"),
            L("692k", -692000, E, P, NMC, "peak (" + YJ23 + ") to 2025 (author)", occ=1),
            L("431,000", 431000, E, P, NM, YD24 + " (ONS, current estimate)"),
            L("halving", -50, E, PCT, NMC, "2025 vs 2024"),
            L("above 300,000", 300000, MT, P, NM, "two separate years of the 2010s (ONS back series)"),
            L("two", 2, E, YEARS, "years_net_migration_above_300000", "the 2010s (ONS back series)", ctx="in two separate years"),
            L("150,000", 150000, AP, P, NM, "lowest year of the 2010s (ONS back series)", ctx="much below 150,000"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "target set in 2010", occ=0),
            L("about 150,000", -150000, AP, P, "immigration_change", "2025 vs 2024"),
            L("798,000", 798000, E, P, IMM, YD25),
            L("13%", 13, E, PCT, "emigration_change", "2025 vs 2024"),
            L("584,000", 584000, E, P, EMI, YD25),
            L("Almost a third", THIRD, ALM, PCT, "net_migration_share_of_fall_from_emigration", "2025 vs 2024"),
            L("204,000", 204000, E, P, NM, YJ25 + " (first estimate, November 2025)"),
            L("229,000", 229000, E, P, NM, YJ25 + " (revised, May 2026)"),
            L("25,000", 25000, E, P, NMR, YJ25 + ", revised up (May 2026 vs first estimate)"),
            L("12%", 12, E, PCT, NMR, YJ25 + ", revised up (May 2026 vs first estimate)"),
            V("tens of thousands", 20000, 90000, P, NMR, "typical revision to provisional estimates", occ=1),
            R("between 160,000 and 270,000", 160000, 270000, P, NM, YD25 + " (ONS likely range)"),
            L("around 258,000", 258000, AP, P, NMF, "per year to the end of the decade (OBR March 2026 forecast)"),
            R("150,000 to 200,000", 150000, 200000, P, "net_migration_target", "ministers' private 'sustainable' range"),
        ]),
    "06-civic-data-digest-ons-ltim-provisional-ye-june-2026": dict(
        meta=dict(url="https://www.civicdatadigest.example/releases/ons/long-term-international-migration-provisional-ye-june-2026",
                  title="Long-term international migration, provisional: YE June 2026",
                  publisher="Civic Data Digest", author=None, published_date="2026-11-19"),
        labels=[
            # Main points
            L("183,000", 183000, E, P, NM, YJ26 + " (provisional)", occ=0),
            L("246,000", 246000, E, P, NM, YJ25 + " (revised)", occ=0),
            L("772,000", 772000, E, P, IMM, YJ26),
            L("16%", -16, E, PCT, "immigration_change", YJ26 + " vs " + YJ25),
            L("12%", -12, E, PCT, "emigration_change", YJ26 + " vs " + YJ25),
            L("589,000", 589000, E, P, EMI, YJ26),
            L("around 78%", 78, AP, PCT, "immigration_share_non_eu", YJ26),
            L("604,000", 604000, E, P, "immigration_non_eu", YJ26, occ=0),
            L("35%", -35, E, PCT, "immigration_work_non_eu_change", YJ26 + " vs " + YJ25),
            L("121,000", 121000, E, P, "immigration_work_non_eu", YJ26, occ=0),
            L("more than halved", -50, MT, PCT, WDEP + "_change", YJ26 + " vs " + YJ25),
            L("74,000", 74000, E, P, WDEP, YJ25),
            L("31,000", 31000, E, P, WDEP, YJ26, occ=0),
            L("68,000", -68000, E, P, "net_migration_eu", YJ26 + " (negative)"),
            L("57,000", -57000, E, P, "net_migration_british_nationals", YJ26 + " (negative)"),
            L("17,000", 17000, E, P, NMR, YJ25 + ", revised up (vs May 2026 publication)"),
            L("22,000", 22000, E, P, NMR, YD25 + ", revised up (vs May 2026 publication)"),
            L("236,000", 236000, E, P, NM, YD25 + " (revised)"),
            # 2. by nationality
            L("63,000", -63000, E, P, NMC, YJ26 + " vs " + YJ25),
            L("604,000", 604000, E, P, "immigration_non_eu", YJ26, occ=1),
            L("296,000", 296000, E, P, "emigration_non_eu", YJ26),
            L("308,000", 308000, E, P, "net_migration_non_eu", YJ26),
            L("Almost twice", 2, ALM, RATIO, "emigration_eu_ratio", YJ26 + " (EU emigration vs EU immigration)"),
            L("141,000", 141000, E, P, "emigration_eu", YJ26),
            L("73,000", 73000, E, P, "immigration_eu", YJ26),
            L("95,000", 95000, E, P, "immigration_british", YJ26),
            L("152,000", 152000, E, P, "emigration_british", YJ26),
            L("142,000", 142000, E, P, "emigration_former_study_visa_non_eu", YJ26),
            L("almost half", 50, ALM, PCT, "emigration_non_eu_share_former_study", YJ26),
            # 3. Figure 3
            L("254,000", 254000, E, P, "immigration_study_non_eu", YJ26 + " (Figure 3)"),
            L("121,000", 121000, E, P, "immigration_work_non_eu", YJ26 + " (Figure 3, main applicants)", occ=1),
            L("82,000", 82000, E, P, "immigration_family_non_eu", YJ26 + " (Figure 3)"),
            L("71,000", 71000, E, P, "immigration_humanitarian_non_eu", YJ26 + " (Figure 3)"),
            L("45,000", 45000, E, P, "immigration_other_non_eu", YJ26 + " (Figure 3)"),
            L("31,000", 31000, E, P, WDEP, YJ26 + " (Figure 3)", occ=1),
            # 4. Revisions
            L("204,000", 204000, E, P, NM, YJ25 + " (first published, November 2025)"),
            L("246,000", 246000, E, P, NM, YJ25 + " (revised)", occ=1),
            L("42,000", 42000, E, P, NMR, YJ25 + ", revised up in total (vs first published, November 2025)"),
            R("between 124,000 and 242,000", 124000, 242000, P, NM, YJ26 + " (95% confidence interval)"),
            # Statistician's comment
            L("183,000", 183000, E, P, NM, YJ26 + " (statistician's comment)", occ=1),
        ]),
    "07-white-cliffs-courier-dover-weekend-crossings-services": dict(
        meta=dict(url="https://www.whitecliffscourier.example/news/dover/more-than-1-000-people-brought-into-dover-over-weekend-b1428873/",
                  title="More than 1,000 people brought into Dover over weekend as calm seas return to the Channel",
                  publisher="White Cliffs Courier", author="Lowri Castleton-Hayes", published_date="2026-10-20"),
        labels=[
            # headline, caption
            L("More than 1,000", 1000, MT, P, SBA, WKND07 + " (headline)", occ=0),
            L("624", 624, E, P, SBA, "17 October 2026 (Saturday; caption)", occ=0),
            # body
            L("More than 1,000", 1000, MT, P, SBA, WKND07, occ=1),
            L("624", 624, E, P, SBA, "17 October 2026 (Saturday)", occ=1),
            L("11", 11, E, BOATS, SBC, "17 October 2026 (Saturday)", ctx="in 11 boats"),
            L("402", 402, E, P, SBA, "18 October 2026 (Sunday)"),
            L("seven", 7, E, BOATS, SBC, "18 October 2026 (Sunday)", ctx="in seven boats"),
            L("31,870", 31870, E, P, SBA, YTD07),
            L("9%", -9, E, PCT, SBAC, YTD07 + " vs same stage of 2025"),
            L("35,020", 35020, E, P, SBA, "1 January to 18 October 2025 (same stage)"),
            L("more than 94,000", 94000, MT, P, SBA, "since July 2024 to 18 October 2026"),
            L("14,980", 14980, E, P, STOPPED, "January to September 2026 (first nine months; French police)", geo=FR),
            L("At least 22", 22, AL, P, DEATHS, YTD07),
            L("19%", -19, E, PCT, "irregular_arrivals_change", "January to September 2026 vs same period of 2025 (Frontex)", geo=EU),
            # Pressure on services
            L("1,460", 1460, E, P, UASC_IN, YTD07 + " (Kent County Council)", geo="Kent"),
            L("310", 310, E, P, UASC_IN, "first quarter of 2026 (January to March; Kent County Council)", geo="Kent"),
            L("392", 392, E, P, UASC_CARE, "end of September 2026 (Kent County Council)", geo="Kent"),
            L("fewer than 40", 40, LT, P, "unaccompanied_children_transferred", "summer 2026 (transferred to other councils)", geo="Kent"),
            L("£286,000", 286e3, E, GBP, "council_small_boat_debris_clearance_cost", "2025/26 (Dover District Council)", geo="Dover"),
            L("41", 41, E, BOATS, "abandoned_small_boats_removed", "2025/26 (Dover District Council, beaches)", geo="Dover"),
            L("212", 212, E, P, "hospital_emergency_treatments_small_boat_arrivals", "since January 2026 (East Kent Hospitals)", geo="East Kent"),
            V("dozens", 24, 108, P, "police_officers_redeployed_small_boats", "some weekends, 2026 (councillor)", geo="Dover"),
            L("c. 1,200", 1200, AP, P, "charity_service_users", "September 2026 (Harbour Welcome hub)", geo="Dover"),
            R("40-50", 40, 50, P, "charity_volunteers", "on a busy day, 2026 (Harbour Welcome hub)", geo="Dover"),
            L("more than 1,600", 1600, MT, P, RET, "since the first returns under the UK-France pilot (September 2025) to October 2026 (Home Office spokesperson)", geo=FR),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
