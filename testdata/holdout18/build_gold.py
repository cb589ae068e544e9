#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the eighteenth hand-labelled hold-out set (holdout18).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, PTR)

RET, IMM, EMI, REL = "returns", "immigration", "emigration", "rwanda_relocations"
OCC, SBAC, NMC, NMR, NMF = "small_boat_occupancy", "small_boat_arrivals_change", "net_migration_change", "net_migration_revision", "net_migration_forecast"
HOTELS_N, BL, APPEALS, DEATHS = "asylum_hotels_in_use", "asylum_backlog", "asylum_backlog_appeals", "small_boat_deaths"
RETC, RET_SHARE_FR, LEGAL = "returns_change", "returns_share_of_small_boat_arrivals", "uk_france_legal_route_arrivals"
STOPPED = "small_boat_launch_attempts_stopped_people"
ACC, HOTC = "asylum_cost_change", "asylum_hotel_population_change"
SUPPORT, DISP, DISPC = "asylum_support_population", "asylum_dispersal_population", "asylum_dispersal_population_change"
POP, PG, PC = "population", "population_growth", "population_change"
HCW, SW, SWD, STUDY = ("visas_granted_health_care_worker", "visas_granted_skilled_worker",
                       "visas_granted_skilled_worker_dependants", "visas_granted_study")
FR, SCO, WAL, EU, NI, IE = "France", "Scotland", "Wales", "EU", "Northern Ireland", "Ireland"
CAS, NW = "Castlemere", "North West"

# periods
YJ26, YJ25, YJ23 = "year ending June 2026", "year ending June 2025", "year ending June 2023"
YD25 = "year ending December 2025"
YS26, YS25 = "year ending September 2026", "year ending September 2025"
D12 = "12 September 2026 (Saturday)"
YTD02 = "1 January to 12 September 2026 (so far this year)"
SINCE02 = "since 5 July 2024 (Labour took office) to 12 September 2026"
MID25, MID24 = "mid-2024 to mid-2025", "mid-2023 to mid-2024"
FY26, FY25, FY24 = "2025/26 financial year", "2024/25 financial year", "2023/24 financial year"
EJ26, EJ25 = "end of June 2026", "end of June 2025"
CLAIM06 = "claimed by Conservative MP Lavinia Ormsby-Knight, post on X, 4 December 2026"
SINCE06 = "5 July 2024 to 30 November 2026"
PILOT06 = "since the first returns under the UK-France pilot (September 2025) to 30 November 2026"
SINCEPILOT06 = "6 August 2025 (pilot took effect) to 30 November 2026"
Y26 = "2026"

ARTICLES = {
    "01-portcullis-net-migration-171000-visa-curbs": dict(
        meta=dict(url="https://www.theportcullis.example/politics/2026/11/26/net-migration-plunges-171000-visa-curbs-care-workers/",
                  title="Net migration plunges to 171,000 as visa curbs drive overseas care workers away",
                  publisher="The Portcullis", author="Edmund Thackray-Vale", published_date="2026-11-26"),
        labels=[
            # headline and standfirst
            L("171,000", 171000, E, P, NM, YJ26 + " (provisional; headline)", occ=0),
            L("more than a third", -THIRD, MT, PCT, NMC, YJ26 + " vs " + YJ25 + " (standfirst)"),
            # body
            L("171,000", 171000, E, P, NM, YJ26 + " (provisional)", occ=1),
            L("784,000", 784000, E, P, IMM, YJ26 + " (provisional)"),
            L("613,000", 613000, E, P, EMI, YJ26 + " (provisional)"),
            L("36%", -36, E, PCT, NMC, YJ26 + " vs " + YJ25 + " (updated)"),
            L("64,000", 64000, E, P, NMR, YJ25 + ", revised up (vs first published)"),
            L("268,000", 268000, E, P, NM, YJ25 + " (revised)"),
            L("219,000", 219000, E, P, NM, YD25 + " (revised)"),
            L("some 27,000", 27000, AP, P, NMR, YD25 + ", revised up (vs first published, May 2026)"),
            L("under a fifth", 0.2, LT, RATIO, "net_migration_ratio", YJ26 + " vs " + YJ23 + " (peak)"),
            L("906,000", 906000, E, P, NM, YJ23 + " (peak)"),
            L("18%", -18, E, PCT, "immigration_change", YJ26 + " vs " + YJ25),
            L("11%", -11, E, PCT, "emigration_change", YJ26 + " vs " + YJ25),
            L("three-quarters", 75, E, PCT, "immigration_share_non_eu", YJ26),
            L("588,000", 588000, E, P, "immigration_non_eu", YJ26),
            L("96,000", 96000, E, P, "immigration_eu", YJ26),
            L("100,000", 100000, E, P, "immigration_british", YJ26, occ=0),
            # visas
            L("8,140", 8140, E, P, HCW, YS26 + " (main applicants)"),
            L("76%", -76, E, PCT, HCW + "_change", YS26 + " vs " + YS25 + " (main applicants)"),
            L("a fifth", -20, E, PCT, SW + "_change", YS26 + " vs " + YS25 + " (main applicants)", ctx="dropped by a fifth"),
            L("52,600", 52600, E, P, SW, YS26 + " (main applicants)"),
            L("one in five", 20, E, PCT, SW + "_share_india", YS26 + " (main applicants, Indian nationals)"),
            L("21,900", 21900, E, P, SWD, YS26 + " (dependants of work visa holders)"),
            L("less than half", 0.5, LT, RATIO, SWD + "_ratio", YS26 + " vs " + YS25 + " (dependants of work visa holders)"),
            L("47,300", 47300, E, P, SWD, YS25 + " (dependants of work visa holders)"),
            L("Some 408,000", 408000, AP, P, STUDY, YS26 + " (sponsored study, main applicants)"),
            L("4%", 4, E, PCT, STUDY + "_change", YS26 + " vs " + YS25 + " (sponsored study, main applicants)"),
            # think tank
            L("About half", 50, AP, PCT, "immigration_share_of_fall_from_dependants", "peak (" + YJ23 + ") to " + YJ26 + " (Carrow Institute)"),
            R("between 100,000 and 150,000", 100000, 150000, P, NMF, "per year by 2028 (Carrow Institute central view)"),
            # Home Office
            L("more than 700,000", -700000, MT, P, NMC, YJ26 + " vs " + YJ23 + " peak (Home Office spokesperson)"),
        ]),
    "02-daily-gauntlet-1014-cross-channel-in-a-day": dict(
        meta=dict(url="https://www.dailygauntlet.example/news/politics/2087341/migrant-crisis-1014-cross-channel-single-day-small-boats-19000",
                  title="Migrant crisis: 1,014 cross Channel in a single day as small boats total for 2026 passes 19,000",
                  publisher="Daily Gauntlet", author="Sean Mulcahy-Reeve", published_date="2026-09-13"),
        labels=[
            # headline and standfirst
            L("1,014", 1014, E, P, SBA, D12 + " (headline)", occ=0),
            L("passes 19,000", 19000, MT, P, SBA, YTD02 + " (headline)"),
            L("MORE than a thousand", 1000, MT, P, SBA, D12 + " (standfirst)"),
            # caption
            L("1,014", 1014, E, P, SBA, D12 + " (caption)", occ=1),
            # body
            L("1,014", 1014, E, P, SBA, D12, occ=2),
            L("18", 18, E, BOATS, SBC, D12),
            L("56", 56, E, PPB, OCC, D12 + " (average)"),
            L("nearly four times", 4, ALM, RATIO, "small_boat_arrivals_ratio", D12 + " vs 12 September 2025 (same day last year)"),
            L("263", 263, E, P, SBA, "12 September 2025 (same day last year)"),
            L("866", 866, E, P, SBA, "27 August 2026 (previous 2026 daily high)"),
            L("19,280", 19280, E, P, SBA, YTD02),
            L("31 percent", -31, E, PCT, SBAC, YTD02 + " vs same point of 2025"),
            L("28,010", 28010, E, P, SBA, "1 January to 12 September 2025 (same point last year)"),
            L("41,460", 41460, E, P, SBA, "2025"),
            L("about 11,900", 11900, AP, P, STOPPED, "1 January to 12 September 2026 (since January; prefecture in Lille)", geo=FR),
            L("At least 23", 23, AL, P, DEATHS, YTD02),
            L("1,140", 1140, E, P, RET, "since the first returns under the UK-France pilot (September 2025) to 12 September 2026 (returned to France)", geo=FR),
            V("hundreds", 200, 900, P, SBA, "per hour, calm mornings (critics)"),
            # Conservative spokesman
            L("More than 84,000", 84000, MT, P, SBA, SINCE02 + " (Conservative home affairs spokesman)"),
            L("nearly a fifth", 20, ALM, PCT, "small_boat_arrivals_share_afghan", YTD02 + " (Conservative home affairs spokesman)"),
            # Home Office
            L("more than 70,000", 70000, MT, P, RET, "since July 2024 (Home Office spokesperson)"),
            L("a fifth", 20, E, PCT, RETC, "year ending June 2026 vs year ending June 2025 (Home Office spokesperson)", ctx="up by a fifth"),
        ]),
    "03-causeway-news-ni-population-passes-1-93m-mid-2025": dict(
        meta=dict(url="https://www.causewaynews.example/news/northern-ireland-population-mid-2025-nisra-70418823",
                  title="Northern Ireland's population passes 1.93m as births fall and more people arrive",
                  publisher="Causeway News NI", author="Orla McAteer-Brennan", published_date="2026-06-25"),
        labels=[
            L("passes 1.93m", 1.93e6, MT, P, POP, "mid-2025 (30 June 2025; headline)", geo=NI),
            L("2,100", 2100, E, P, PG, MID25 + " (caption)", geo="Belfast", occ=0),
            L("5,900", 5900, E, P, PG, MID25, geo=NI),
            L("1,931,800", 1931800, E, P, POP, "mid-2025 (30 June 2025)", geo=NI),
            L("0.3%", 0.3, E, PCT, PC, MID25, geo=NI),
            L("half", 0.5, E, RATIO, "population_growth_ratio", MID25 + " vs " + MID24, geo=NI, ctx="was half the size"),
            L("11,800", 11800, E, P, PG, MID24, geo=NI),
            L("19,850", 19850, E, P, "births", MID25, geo=NI),
            L("almost a fifth", -20, ALM, PCT, "births_change", MID25 + " vs 2015", geo=NI),
            L("16,400", 16400, E, P, "deaths", MID25, geo=NI),
            L("3,450", 3450, E, P, "population_natural_change", MID25 + " (natural increase)", geo=NI),
            L("22,180", 22180, E, P, IMM, MID25 + " (all moves into Northern Ireland, including from Great Britain)", geo=NI),
            L("19,730", 19730, E, P, EMI, MID25 + " (all moves out of Northern Ireland, including to Great Britain)", geo=NI),
            L("2,450", 2450, E, P, NM, MID25 + " (net gain from all migration)", geo=NI),
            L("3,950", 3950, E, P, "net_migration_international", MID25 + " (from outside the UK)", geo=NI),
            L("1,500", -1500, E, P, "net_migration_rest_of_uk", MID25 + " (net loss to England, Scotland and Wales)", geo=NI),
            L("2,100", 2100, E, P, PG, MID25, geo="Belfast", occ=1),
            L("348,600", 348600, E, P, POP, "mid-2025", geo="Belfast"),
            L("more than a third", THIRD, MT, PCT, "population_growth_share_belfast", MID25, geo=NI),
            L("Four", 4, E, "other:council_areas", "council_areas_population_decline", MID25 + " (council areas whose population fell)", geo=NI, ctx="Four council areas"),
            L("17.9%", 17.9, E, PCT, "population_share_aged_65_and_over", "mid-2025", geo=NI),
            L("15.4%", 15.4, E, PCT, "population_share_aged_65_and_over", "mid-2015 (a decade ago)", geo=NI),
            L("0.5%", 0.5, E, PCT, PC, MID25 + " (ONS)", geo=EW),
            L("0.4%", 0.4, E, PCT, PC, MID25 + " (National Records of Scotland)", geo=SCO),
            L("192,000", 192000, E, P, NM, YD25 + " (ONS, May 2026)"),
            L("5.53m", 5.53e6, E, P, POP, "April 2026 (Central Statistics Office)", geo=IE),
            L("6.5%", 6.5, E, PCT, "population_share_born_abroad", "2021 census (born outside the UK and Ireland)", geo=NI),
            L("2,610", 2610, E, P, SUPPORT, "end of March 2026", geo=NI),
            L("more than double", 2, MT, RATIO, SUPPORT + "_ratio", "end of March 2026 vs five years earlier (March 2021)", geo=NI),
        ]),
    "04-fenwick-centre-briefing-asylum-hotels-cost": dict(
        meta=dict(url="https://www.hallamshire.example/fenwick-centre/briefings/asylum-accommodation-costs-hotels/",
                  title="Asylum accommodation: what it costs, and why hotels still matter",
                  publisher="Fenwick Centre on Migration, University of Hallamshire",
                  author="Tomasz Wilk-Aldous; Fiona Reay", published_date="2026-10-08", license="CC BY 4.0"),
        labels=[
            # key points
            L("£4.03bn", 4.03e9, E, GBP, AC, FY26 + " (asylum support; key points)", occ=0),
            L("15%", -15, E, PCT, ACC, FY26 + " vs " + FY25 + " (asylum support)"),
            L("a quarter", -25, E, PCT, ACC, FY26 + " vs " + FY24 + " (asylum support, record)", ctx="a quarter below"),
            L("£5.38bn", 5.38e9, E, GBP, AC, FY24 + " (asylum support, record; key points)", occ=0),
            L("£1.6bn", 1.6e9, E, GBP, AC, FY26 + " (hotels; key points)", occ=0),
            L("almost 40%", 40, ALM, PCT, "asylum_cost_share_hotels", FY26),
            L("24,180", 24180, E, P, HOT, EJ26 + " (key points)", occ=0),
            L("a quarter", -25, E, PCT, HOTC, EJ26 + " vs " + EJ25, ctx="a fall of a quarter"),
            L("well under half", 0.5, LT, RATIO, "asylum_hotel_population_ratio", EJ26 + " vs peak (2023)"),
            L("more than 56,000", 56000, MT, P, HOT, "peak (2023)"),
            L("about eight times", 8, AP, RATIO, "asylum_cost_ratio", "per person per night, hotel vs dispersal accommodation, " + FY26),
            # how much does the system cost
            L("£5.38bn", 5.38e9, E, GBP, AC, FY24 + " (asylum support, record)", occ=1),
            L("£4.76bn", 4.76e9, E, GBP, AC, FY25 + " (asylum support)"),
            L("12%", -12, E, PCT, ACC, FY25 + " vs " + FY24 + " (asylum support)"),
            L("£4.03bn", 4.03e9, E, GBP, AC, FY26 + " (asylum support; last year)", occ=1),
            L("£2.2bn", 2.2e9, E, GBP, AC, "2024-25 financial year (hotels)"),
            L("more than a quarter", -25, MT, PCT, ACC, "2025-26 vs 2024-25 financial year (hotels)"),
            L("£1.6bn", 1.6e9, E, GBP, AC, "2025-26 financial year (hotels)", occ=1),
            L("about £4.4m", 4.4e6, AP, GBP, AC, "per day, hotels, 2025-26 financial year"),
            # why are hotels so expensive
            L("£139", 139, E, GBP, AC, "per person per night, hotels, " + FY26 + " (average; NAO)"),
            L("£17", 17, E, GBP, AC, "per person per night, dispersal accommodation, " + FY26 + " (NAO)"),
            L("£4.5bn", 4.5e9, E, GBP, AC, "Asylum Accommodation and Support Contracts, 2019 to 2029 (original estimate, 2019)"),
            L("£15.3bn", 15.3e9, E, GBP, AC, "Asylum Accommodation and Support Contracts, 2019 to 2029 (NAO estimate of lifetime cost)"),
            L("more than three times", 3, MT, RATIO, "asylum_cost_ratio", "Asylum Accommodation and Support Contracts, NAO estimate vs original estimate"),
            # how many people are in hotels
            L("104,800", 104800, E, P, SUPPORT, EJ26 + " (YE June 2026 release)"),
            L("24,180", 24180, E, P, HOT, EJ26, occ=1),
            L("nearly a quarter", 25, ALM, PCT, "asylum_support_share_hotels", EJ26),
            L("66,900", 66900, E, P, DISP, EJ26),
            L("64%", 64, E, PCT, "asylum_support_share_dispersal", EJ26),
            L("c. 850", 850, AP, P, "large_site_population", EJ26 + " (large former military sites)"),
            L("5,060", 5060, E, P, DISP, EJ26, geo=SCO),
            L("3,340", 3340, E, P, DISP, EJ26, geo=WAL),
            L("196", 196, E, HOTELS, HOTELS_N, EJ26),
            L("more than 400", 400, MT, HOTELS, HOTELS_N, "summer 2023"),
            # plans and backlog
            L("around £2.6bn", 2.6e9, AP, GBP, AC, "2028-29 financial year (Spending Review assumption; asylum support)"),
            L("58,200", 58200, E, P, BL, EJ26 + " (awaiting initial decision)"),
            L("61,300", 61300, E, P, APPEALS, EJ26 + " (appeals waiting to be heard)"),
        ]),
    "05-castlemere-advertiser-pa-dispersal-nearly-doubles-rookwood": dict(
        meta=dict(url="https://www.castlemereadvertiser.example/news/local-news/asylum-seekers-castlemere-nearly-double-rookwood-house-31877402",
                  title="Number of asylum seekers housed in Castlemere nearly doubles as Home Office eyes former student block",
                  publisher="The Castlemere Advertiser (PA)", author="Jenna Holroyd-Pike", published_date="2026-08-18"),
        labels=[
            L("nearly doubles", 2, ALM, RATIO, DISP + "_ratio", EJ26 + " vs " + EJ25 + " (headline)", geo=CAS),
            L("nearly doubled", 2, ALM, RATIO, DISP + "_ratio", EJ26 + " vs " + EJ25, geo=CAS),
            L("up to 140", 140, AM, P, DISPC, "planned (Rookwood House, Home Office proposal)", geo=CAS),
            L("409", 409, E, P, DISP, EJ26, geo=CAS),
            L("214", 214, E, P, DISP, EJ25, geo=CAS),
            L("c. 550", 550, AP, P, DISP, "if the Rookwood House plan goes ahead (council officers' estimate)", geo=CAS),
            L("more than 150", 150, MT, P, "public_meeting_attendance", "17 August 2026 (Monday; town hall meeting)", geo=CAS),
            L("2,340", 2340, E, P, "petition_signatures", "now, August 2026 (petition against Rookwood House)", geo=CAS),
            # council leader
            L("118,300", 118300, E, P, POP, "now (council leader)", geo=CAS),
            L("a couple of hundred", 200, AP, P, DISP, "a year earlier, mid-2025 (council leader)", geo=CAS),
            L("more than 400", 400, MT, P, DISP, "now, August 2026 (council leader)", geo=CAS),
            L("£1.1m", 1.1e6, E, GBP, "council_asylum_cost", "last year, 2025/26 (council leader)", geo=CAS),
            L("£310,000", 310000, E, GBP, "council_asylum_grant", "last year, 2025/26 (Home Office grant; council leader)", geo=CAS),
            L("almost £800,000", 800000, ALM, GBP, "council_asylum_cost_shortfall", "last year, 2025/26 (council leader)", geo=CAS),
            L("140", 140, E, P, DISPC, "planned (Rookwood House; council leader)", geo=CAS, ctx="another 140 people"),
            # region
            L("13,380", 13380, E, P, DISP, EJ26, geo=NW),
            L("one in five", 20, E, PCT, DISP + "_share_north_west", EJ26),
            # charity
            L("About half", 50, AP, PCT, DISP + "_share_sudan_eritrea", "now, August 2026 (people supported by Castlemere Welcome)", geo=CAS),
            # Home Office
            L("fewer than 200", 200, LT, HOTELS, HOTELS_N, "now, August 2026 (Home Office spokeswoman)"),
        ]),
    "06-plumbline-91k-crossed-1-5k-returned-france": dict(
        meta=dict(url="https://plumbline.example/fact-checks/91k-crossed-channel-1-5k-returned-to-france/",
                  title="Have 91k crossed the Channel while only 1.5k were sent back to France?",
                  publisher="Plumbline", author="Kwame Ashdown-Rees", published_date="2026-12-09"),
        labels=[
            # headline
            L("91k", 91000, E, P, SBA, "since 5 July 2024 (" + CLAIM06 + "; headline)", occ=0),
            L("1.5k", 1500, E, P, RET, "since the first returns under the UK-France pilot (" + CLAIM06 + "; headline)", geo=FR, occ=0),
            # the claim
            L("91k", 91000, E, P, SBA, "since 5 July 2024 (" + CLAIM06 + ")", occ=1),
            L("1.5k", 1500, E, P, RET, "since the first returns under the UK-France pilot (" + CLAIM06 + ")", geo=FR, occ=1),
            L("one in 60", 100 / 60, E, PCT, RET_SHARE_FR, "returns to France vs crossings since 5 July 2024 (" + CLAIM06 + ")", geo=FR, occ=0),
            # verdict
            L("1,740", 1740, E, P, RET, PILOT06 + " (returned to France; verdict)", geo=FR, occ=0),
            L("about one in 25", 4, AP, PCT, RET_SHARE_FR, SINCEPILOT06 + " (returns to France vs small-boat arrivals; verdict)", geo=FR, occ=0),
            # how many have crossed
            L("91,060", 91060, E, P, SBA, SINCE06),
            L("91k", 91000, E, P, SBA, "since 5 July 2024 (" + CLAIM06 + "; restated)", occ=2),
            # returns to France
            L("1,740", 1740, E, P, RET, PILOT06 + " (returned to France)", geo=FR, occ=1),
            L("1.5k", 1500, E, P, RET, "since the first returns under the UK-France pilot (" + CLAIM06 + "; restated by her office)", geo=FR, occ=2),
            # is it one in 60
            L("one in 60", 100 / 60, E, PCT, RET_SHARE_FR, "returns to France vs crossings since 5 July 2024 (" + CLAIM06 + "; restated in heading)", geo=FR, occ=1),
            L("1,500", 1500, E, P, RET, "since the first returns under the UK-France pilot (" + CLAIM06 + "; restated)", geo=FR),
            L("about one in 60", 100 / 60, AP, PCT, RET_SHARE_FR, "returns to France vs crossings since 5 July 2024 (" + CLAIM06 + "; restated)", geo=FR),
            L("91,000", 91000, E, P, SBA, "since 5 July 2024 (" + CLAIM06 + "; restated)"),
            L("more than half", 50, MT, PCT, "small_boat_arrivals_share_before_pilot", SINCE06 + " (arrivals before 6 August 2025)"),
            L("42,610", 42610, E, P, SBA, SINCEPILOT06),
            L("1,740", 1740, E, P, RET, PILOT06 + " (returned to France)", geo=FR, occ=2),
            L("about one in 25", 4, AP, PCT, RET_SHARE_FR, SINCEPILOT06 + " (returns to France vs small-boat arrivals)", geo=FR, occ=1),
            L("4%", 4, E, PCT, RET_SHARE_FR, SINCEPILOT06 + " (returns to France vs small-boat arrivals)", geo=FR),
            # returns overall
            L("38,640", 38640, E, P, RET, YS26),
            L("20%", 20, E, PCT, RETC, YS26 + " vs " + YS25),
            L("10,560", 10560, E, P, RET, YS26 + " (enforced returns)"),
            L("14%", 14, E, PCT, RETC, YS26 + " vs " + YS25 + " (enforced returns)"),
            L("28,080", 28080, E, P, RET, YS26 + " (voluntary returns)"),
            L("more than seven in ten", 70, MT, PCT, "returns_share_voluntary", YS26),
            L("5,410", 5410, E, P, RET, YS26 + " (foreign national offenders)"),
            L("about one in seven", 100 / 7, AP, PCT, "returns_share_foreign_national_offenders", YS26),
            L("80,260", 80260, E, P, RET, "July 2024 to September 2026"),
            # Rwanda
            L("Four", 4, E, P, REL, "total, all voluntary (to July 2024)", ctx="Four people relocated"),
            L("£290m", 290e6, E, GBP, PTR, "total paid to Rwanda before the scheme was cancelled (July 2024)"),
        ]),
    "07-lightship-news-channel-crossings-2026-key-figures": dict(
        meta=dict(url="https://www.lightshipnews.example/news/uk/channel-crossings-2026-key-figures-small-boats",
                  title="Channel crossings in 2026: the key figures from a year when the boats slowed but never stopped",
                  publisher="Lightship News", author="Ravi Okonjo-Hart", published_date="2027-01-01"),
        labels=[
            L("26,590", 26590, E, P, SBA, Y26 + " (1 January to 31 December)"),
            L("14,870", -14870, E, P, SBAC, Y26 + " vs 2025 (fewer)"),
            L("41,460", 41460, E, P, SBA, "2025"),
            L("more than a third", -THIRD, MT, PCT, SBAC, Y26 + " vs 2025"),
            L("58", 58, E, PPB, OCC, Y26 + " (average; heading)", occ=0),
            L("462", 462, E, BOATS, SBC, Y26),
            L("58", 58, E, PPB, OCC, Y26 + " (average)", occ=1),
            L("53", 53, E, PPB, OCC, "2025 (average)"),
            L("1,014", 1014, E, P, SBA, D12 + " (busiest day of 2026)"),
            L("18", 18, E, BOATS, SBC, D12),
            L("More than 91,000", 91000, MT, P, SBA, "since 5 July 2024 (Labour took office) to 31 December 2026"),
            L("1,960", 1960, E, P, RET, "since the first returns under the UK-France pilot (September 2025) to 31 December 2026 (returned to France)", geo=FR),
            L("doubled", 2, E, RATIO, "returns_ratio", "December 2026 vs April 2026 (monthly returns to France)", geo=FR),
            L("110", 110, E, P, RET, "April 2026 (returned to France)", geo=FR),
            L("220", 220, E, P, RET, "December 2026 (returned to France)", geo=FR),
            L("1,870", 1870, E, P, LEGAL, "since the UK-France pilot began (August 2025) to 31 December 2026 (legal route from France)"),
            L("fewer than one in ten", 10, LT, PCT, RET_SHARE_FR, "returns to France since September 2025 vs small-boat arrivals in " + Y26, geo=FR),
            L("19,840", 19840, E, P, STOPPED, Y26 + " (French authorities)", geo=FR),
            L("At least 31", 31, AL, P, DEATHS, Y26),
            L("at least 64", 64, AL, P, DEATHS, "2025"),
            L("4,980", 4980, E, P, SBA, Y26 + " (Afghan nationals)"),
            L("almost one in five", 20, ALM, PCT, "small_boat_arrivals_share_afghan", Y26),
            L("149,000", 149000, E, P, "irregular_arrivals", Y26 + " (irregular border crossings; Frontex; heading)", geo=EU, ctx="149,000\n"),
            L("about 149,000", 149000, AP, P, "irregular_arrivals", Y26 + " (irregular border crossings; Frontex)", geo=EU),
            L("16%", -16, E, PCT, "irregular_arrivals_change", Y26 + " vs 2025 (Frontex)", geo=EU),
            L("as many as 150", 150, AM, P, RET, "per week, from spring 2027 (second phase of the UK-France agreement; Home Office)", geo=FR),
        ]),
}


if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
