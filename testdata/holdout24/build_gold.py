#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the twenty-fourth hand-labelled hold-out set (holdout24).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, MONTHS, THIRD, E,
                        AP, MT, AL, LT, ALM, EW, SBA, SBC, NM, AC, HOT)

RET, IMM, EMI, REL, RSC = "returns", "immigration", "emigration", "rwanda_relocations", "rwanda_scheme_cost"
OCC, SBAC = "small_boat_occupancy", "small_boat_arrivals_change"
BL, BLA, DEATHS, LEGAL = "asylum_backlog", "asylum_backlog_appeals", "small_boat_deaths", "uk_france_legal_route_arrivals"
RET_SHARE_FR, STOPPED = "returns_share_of_small_boat_arrivals", "small_boat_launch_attempts_stopped_people"
HOTELS_N, HOTELS_CLOSED = "asylum_hotels_in_use", "asylum_hotels_closed"
SUPPORT, POP, PC = "asylum_support_population", "population", "population_change"
GSHARE, ALLOWED = "asylum_grants_share_initial_decisions", "asylum_appeals_share_allowed"
NMF, NMC = "net_migration_forecast", "net_migration_change"
VG, VGS, VGSD = "visas_granted", "visas_granted_study", "visas_granted_study_dependants"
VGSD_SHARE = "visas_granted_study_dependants_share_of_main_applicants"
UKR = "immigration_ukraine"
HOMELESS = "refugees_homeless_after_leaving_asylum_support"
FR, SCO, WM, NI, RW = "France", "Scotland", "West Midlands", "Northern Ireland", "Rwanda"
CA, HH, DAYS = "other:council_areas", "other:households", "other:days"

# periods
YJ26, YJ25, YJ24, YJ23 = "year ending June 2026", "year ending June 2025", "year ending June 2024", "year ending June 2023"
EJ26, EJ25, EJ24 = "end of June 2026", "end of June 2025", "end of June 2024"
ED25, ED24 = "end of December 2025", "end of December 2024"
FY26, FY25, FY24, FY23, FY27 = ("2025/26 financial year", "2024/25 financial year", "2023/24 financial year",
                                "2022/23 financial year", "2026/27 financial year")
Q2_26 = "April to June 2026 (quarter)"
MID25 = "year to mid-2025 (NRS mid-2025 estimates, published 21 July 2026)"
UKR_P = "since the Russian invasion (February 2022) to the end of June 2026"
OBR25, OBR26 = "OBR March 2025 Economic and fiscal outlook assumption", "OBR March 2026 Economic and fiscal outlook assumption"
YTD06, YTD06_25 = "1 January to 8 November 2026 (so far this year)", "1 January to 8 November 2025 (same point last year)"
SINCE06 = "since the general election (July 2024) to 9 November 2026 (shadow home secretary)"
PILOT06 = "since the first returns under the UK-France pilot (September 2025) to 9 November 2026"
PILOT07 = "since the first returns under the UK-France pilot (September 2025) to 16 August 2026"
SAT07 = "15 August 2026 (Saturday)"
YTD07, YTD07_25 = "1 January to 15 August 2026 (so far this year)", "1 January to 15 August 2025 (same date)"

ARTICLES = {
    "01-daily-gazetteer-asylum-appeals-record-tribunal-backlog": dict(
        meta=dict(url="https://www.dailygazetteer.example/news/2026/09/10/asylum-appeals-record-high-tribunal-queue-71650/",
                  title="Asylum appeals hit record high as tribunal queue swells to 71,650",
                  publisher="The Daily Gazetteer", author="Hamish Tredgold-Ayre", published_date="2026-09-10"),
        labels=[
            L("71,650", 71650, E, P, BLA, EJ26 + " (First-tier Tribunal cases waiting; headline)", occ=0),
            L("19,840", 19840, E, P, "asylum_appeals_lodged", Q2_26 + " (First-tier Tribunal; Ministry of Justice, published Thursday 10 September 2026)"),
            L("74 per cent", 74, E, PCT, "asylum_appeals_lodged_change", Q2_26 + " vs April to June 2025"),
            L("71,650", 71650, E, P, BLA, EJ26 + " (First-tier Tribunal cases waiting to be heard)", occ=1),
            L("41,200", 41200, E, P, BLA, EJ25 + " (a year earlier)"),
            L("nearly four times", 4, ALM, RATIO, BLA + "_ratio", EJ26 + " vs " + EJ24 + " (two years ago)"),
            L("13.4 months", 13.4, E, MONTHS, "asylum_appeal_wait_average", Q2_26 + " (average time to decision)"),
            L("7.9 months", 7.9, E, MONTHS, "asylum_appeal_wait_average", "April to June 2025 (a year before; average time to decision)"),
            L("43 per cent", 43, E, PCT, GSHARE, YJ26),
            L("61 per cent", 61, E, PCT, GSHARE, YJ24 + " (two years earlier)"),
            L("About one in five", 20, AP, PCT, "asylum_appeals_share_pakistani", Q2_26 + " (appeals lodged by Pakistani nationals)"),
            L("Some 56,300", 56300, AP, P, BL, EJ26 + " (awaiting an initial decision)"),
            L("more than 175,000", 175000, MT, P, BL, "peak, 2023"),
            L("£81.6 million", 81.6e6, E, GBP, "legal_aid_immigration_asylum_cost", FY26),
            L("£49.3 million", 49.3e6, E, GBP, "legal_aid_immigration_asylum_cost", FY24),
            L("29,500", 29500, E, P, "asylum_support_population_awaiting_appeal", EJ26 + " (an estimate; the newspaper's analysis)"),
            L("98,730", 98730, E, P, SUPPORT, EJ26),
            L("about three in every ten", 30, AP, PCT, "asylum_support_population_share_awaiting_appeal", EJ26 + " (the newspaper's analysis)"),
            L("£14,200", 14200, E, GBP, AC, "per supported person per year, average (Home Office)"),
            L("about £420 million", 420e6, AP, GBP, AC, "per year, asylum support for appellants (the newspaper's calculation)"),
            L("Just over two in five", 40, MT, PCT, ALLOWED, YJ26 + " (past twelve months; appeals decided)"),
            L("41 per cent", 41, E, PCT, ALLOWED, YJ26 + " (past twelve months; appeals determined)"),
            L("44,160", 44160, E, P, "asylum_appeals_determined", YJ26 + " (past twelve months)"),
            # Shadow Home Secretary
            L("70,000", 70000, E, P, BLA, "now, September 2026 (cases shunted into the appeals queue; Shadow Home Secretary)"),
            V("millions", 2e6, 9e6, GBP, AC, "per week (Shadow Home Secretary)"),
            # Ministry of Justice
            L("115", 115, E, P, "tribunal_judges_recruited", "since summer 2025 (last summer) to September 2026 (Ministry of Justice)"),
            L("26,000", 26000, E, DAYS, "tribunal_sitting_days", FY27 + " (this financial year; funded; Ministry of Justice)"),
            L("a fifth", 20, E, PCT, "tribunal_sitting_days_change", FY27 + " vs " + FY26 + " (Ministry of Justice)"),
            # Home Office
            V("tens of thousands", 20000, 90000, P, BL, "when the government took office, July 2024 (left in limbo; Home Office spokesman)"),
            L("more than two-thirds", -200 / 3, MT, PCT, "asylum_backlog_change", EJ26 + " vs the peak (2023; awaiting an initial decision; Home Office spokesman)"),
            L("more than 200", 200, MT, HOTELS, HOTELS_CLOSED, "since the peak (2023) to September 2026 (Home Office spokesman)"),
        ]),
    "02-quadrant-factcheck-conservative-leader-net-migration-visas": dict(
        meta=dict(url="https://www.quadrantnews.example/factcheck/factcheck-conservative-leader-conference-claims-migration",
                  title="FactCheck: the Conservative leader's conference claims on migration, tested",
                  publisher="Quadrant News", author="Priyanka Doherty-Vane", published_date="2026-10-08"),
        labels=[
            # claim 1
            L("a quarter of a million", 250000, E, P, NM, "per year, now (the Leader of the Opposition's claim, 7 October 2026)",
              ctx="running at a quarter of a million"),
            L("171,000", 171000, E, P, NM, "2025 (provisional, ONS May 2026)"),
            L("about 79,000", 79000, AP, P, "claim_net_migration_overstatement", "2025 (claim vs ONS estimate)"),
            L("223,000", 223000, E, P, NM, YJ25 + " (revised, ONS May 2026)"),
            R("128,000 to 214,000", 128000, 214000, P, NM, "2025 (ONS likely range)"),
            L("a quarter of a million", 250000, E, P, NM, "per year (the claim's figure)", ctx="short of a quarter of a million"),
            L("906,000", 906000, E, P, NM, YJ23 + " (peak)"),
            L("roughly five times", 5, AP, RATIO, "net_migration_ratio", YJ23 + " (peak) vs 2025"),
            L("41,000", -41000, E, P, "net_migration_eu", "2025 (last year; minus 41,000)"),
            # claim 2
            L("1.2 million", 1.2e6, E, P, VG, "a single year (the Leader of the Opposition's claim, 7 October 2026)"),
            L("731,600", 731600, E, P, VG, YJ26 + " (work, study, family and other long stays)"),
            L("17 per cent", -17, E, PCT, "visas_granted_change", YJ26 + " vs " + YJ25),
            L("881,400", 881400, E, P, VG, YJ25 + " (previous twelve months)"),
            L("about 2.5 million", 2.5e6, AP, P, "visas_granted_including_visit", YJ26 + " (including visitor visas)"),
            L("396,000", 396000, E, P, VGS, YJ26 + " (long-stay visas to students)", occ=0),
            L("more than half", 50, MT, PCT, "visas_granted_share_study", YJ26),
            L("38 per cent", -38, E, PCT, "visas_granted_skilled_worker_change", YJ26 + " vs " + YJ25 + " (main applicants)"),
            L("41,300", 41300, E, P, "visas_granted_skilled_worker", YJ26 + " (main applicants)"),
            L("7,150", 7150, E, P, "visas_granted_health_care_worker", YJ26),
            L("less than a third", 1 / 3, LT, RATIO, "visas_granted_health_care_worker_ratio", YJ26 + " vs " + YJ25),
            L("24,800", 24800, E, P, "visas_granted_health_care_worker", YJ25 + " (a year before)"),
            L("1.2m", 1.2e6, E, P, VG, "a single year (the claim's figure)"),
            L("1.26m", 1.26e6, E, P, VG, YJ23 + " (long-stay visas)"),
            L("more than 1.1 million", 1.1e6, MT, P, "visas_granted_including_extensions", "a single year (Conservative spokesperson)"),
            L("roughly 470,000", 470000, AP, P, "claim_visas_granted_overstatement", YJ26 + " (claim vs Home Office figure)"),
            # claim 3
            L("Two in every five", 40, E, PCT, VGSD_SHARE, "now (the Leader of the Opposition's claim, 7 October 2026)"),
            L("143,500", 143500, E, P, VGSD, "2023 (dependants of sponsored students)"),
            L("357,600", 357600, E, P, VGS, "2023 (sponsored students, main applicants)"),
            L("about two for every five", 40, AP, PCT, VGSD_SHARE, "2023"),
            L("10,900", 10900, E, P, VGSD, YJ26),
            L("396,000", 396000, E, P, VGS, YJ26 + " (students, main applicants)", occ=1),
            L("fewer than three in every 100", 3, LT, PCT, VGSD_SHARE, YJ26),
            L("92 per cent", -92, E, PCT, VGSD + "_change", YJ26 + " vs 2023"),
        ]),
    "03-saltire-times-scotland-population-record-ukrainian-arrivals": dict(
        meta=dict(url="https://www.saltiretimes.example/news/politics/scottish-politics/scotlands-population-hits-record-558m-as-migrants-make-up-for-falling-births-5128846",
                  title="Scotland's population hits record 5.58m as migrants make up for falling births",
                  publisher="The Saltire Times", author="Catriona Malloch-Reid", published_date="2026-07-22"),
        labels=[
            L("5.58m", 5.58e6, E, P, POP, "mid-2025 (NRS; headline)", geo=SCO),
            L("5,575,300", 5575300, E, P, POP, "mid-2025 (NRS, published 21 July 2026)", geo=SCO),
            L("28,400", 28400, E, P, "population_growth", MID25, geo=SCO),
            L("0.5 per cent", 0.5, E, PCT, PC, MID25, geo=SCO),
            L("60,980", 60980, E, P, "deaths", MID25, geo=SCO),
            L("45,760", 45760, E, P, "births", MID25, geo=SCO),
            L("15,220", -15220, E, P, "population_natural_change", MID25 + " (deaths exceed births)", geo=SCO),
            L("43,620", 43620, E, P, NM, MID25 + " (overseas and rest of UK)", geo=SCO),
            L("27,310", 27310, E, P, "net_migration_overseas", MID25, geo=SCO),
            L("16,310", 16310, E, P, "net_migration_rest_of_uk", MID25, geo=SCO),
            L("almost a fifth", -20, ALM, PCT, NMC, MID25 + " vs year to mid-2024", geo=SCO),
            L("53,800", 53800, E, P, NM, "year to mid-2024 (the year before)", geo=SCO),
            L("0.7 per cent", 0.7, E, PCT, PC, "year to mid-2025", geo=EW),
            L("0.3 per cent", 0.3, E, PCT, PC, "year to mid-2025", geo=NI),
            L("1.4 per cent", 1.4, E, PCT, PC, MID25, geo="Edinburgh"),
            L("532,900", 532900, E, P, POP, "mid-2025 (NRS)", geo="Edinburgh"),
            L("Eleven", 11, E, CA, "council_areas_population_decline", MID25, geo=SCO),
            L("20.6 per cent", 20.6, E, PCT, "population_share_aged_65_and_over", "mid-2025 (NRS)", geo=SCO),
            L("more than one in five", 20, MT, PCT, "population_share_aged_65_and_over", "mid-2025 (NRS)", geo=SCO),
            # Ukraine
            L("27,640", 27640, E, P, UKR, UKR_P + " (Home Office)", geo=SCO),
            L("about one in eight", 12.5, AP, PCT, UKR + "_share_scotland", UKR_P),
            L("221,900", 221900, E, P, UKR, UKR_P + " (Home Office)"),
            L("More than 20,000", 20000, MT, P, "immigration_ukraine_supersponsor", UKR_P + " (Scottish Government super sponsor scheme)", geo=SCO),
            L("480", 480, E, P, "ukrainian_welcome_accommodation_population", "now, July 2026 (ministers)", geo=SCO),
            L("more than 7,000", 7000, MT, P, "ukrainian_welcome_accommodation_population", "height of the super sponsor scheme (2022)", geo=SCO),
            L("£47m", 47e6, E, GBP, "scottish_government_ukraine_resettlement_funding", FY25, geo=SCO),
            L("£24.5m", 24.5e6, E, GBP, "scottish_government_ukraine_resettlement_funding", FY27 + " (this year)", geo=SCO),
            L("around 15,000", -15000, AP, P, "population_natural_change", "per year, without migration (Scotland's migration minister)", geo=SCO),
            L("Roughly a third", THIRD, AP, PCT, "ukrainian_arrivals_share_left_scotland", "since arrival to July 2026 (demographer, University of Inverleith)", geo=SCO),
            L("171,000", 171000, E, P, NM, "2025 (latest ONS estimate)"),
        ]),
    "04-midlands-mail-live-west-midlands-asylum-seekers-full-list": dict(
        meta=dict(url="https://www.midlandsmaillive.example/news/midlands-news/exact-number-asylum-seekers-every-part-west-midlands-31098842",
                  title="Exact number of asylum seekers housed in every part of the West Midlands - full list",
                  publisher="Midlands Mail Live", author="Jaspreet Kaur-Fennimore", published_date="2026-03-10"),
        labels=[
            L("Almost 12,000", 12000, ALM, P, SUPPORT, ED25 + " (end of last year)", geo=WM),
            L("11,930", 11930, E, P, SUPPORT, ED25 + " (Home Office, published February 2026)", geo=WM),
            L("6 per cent", -6, E, PCT, SUPPORT + "_change", ED25 + " vs " + ED24, geo=WM),
            L("11.4 per cent", 11.4, E, PCT, SUPPORT + "_share_west_midlands", ED25),
            L("104,860", 104860, E, P, SUPPORT, ED25),
            L("more than one in ten", 10, MT, PCT, SUPPORT + "_share_west_midlands", ED25),
            L("2,310", 2310, E, P, HOT, ED25, geo=WM),
            L("19", 19, E, HOTELS, HOTELS_N, ED25, ctx="people in 19 hotels", geo=WM),
            L("4,050", 4050, E, P, HOT, ED24 + " (twelve months earlier)", geo=WM),
            L("31", 31, E, HOTELS, HOTELS_N, ED24 + " (twelve months earlier)", ctx="4,050 in 31 hotels", geo=WM),
            L("31,870", 31870, E, P, HOT, ED25),
            # full list
            L("3,140", 3140, E, P, SUPPORT, ED25, geo="Birmingham"),
            L("1,480", 1480, E, P, SUPPORT, ED25, geo="Coventry"),
            L("1,390", 1390, E, P, SUPPORT, ED25, geo="Stoke-on-Trent"),
            L("1,210", 1210, E, P, SUPPORT, ED25, geo="Wolverhampton"),
            L("1,060", 1060, E, P, SUPPORT, ED25, geo="Sandwell"),
            L("890", 890, E, P, SUPPORT, ED25, geo="Walsall"),
            L("420", 420, E, P, SUPPORT, ED25, geo="Dudley"),
            L("310", 310, E, P, SUPPORT, ED25, geo="Telford and Wrekin"),
            L("240", 240, E, P, SUPPORT, ED25, geo="Nuneaton and Bedworth"),
            L("180", 180, E, P, SUPPORT, ED25, geo="Solihull"),
            L("1,610", 1610, E, P, SUPPORT, ED25 + " (the rest of the region's councils)", geo=WM),
            L("2,560", 2560, E, P, "asylum_dispersal_population", ED25, geo="Birmingham"),
            L("580", 580, E, P, HOT, ED25, geo="Birmingham"),
            L("one for every 187", 100 / 187, E, PCT, SUPPORT + "_share_of_residents", ED25, geo="Stoke-on-Trent"),
            L("one for every 370", 100 / 370, E, PCT, SUPPORT + "_share_of_residents", ED25, geo="Birmingham"),
            L("doubled", 2, E, RATIO, SUPPORT + "_ratio", ED25 + " vs 2023", geo="Coventry"),
            # Birmingham City Council
            L("Some 2,140", 2140, AP, HH, HOMELESS, FY25 + " (refugee households approaching the council as homeless)", geo="Birmingham"),
            L("almost triple", 3, ALM, RATIO, HOMELESS + "_ratio", FY25 + " vs " + FY23, geo="Birmingham"),
            L("730", 730, E, HH, HOMELESS, FY23 + " (refugee households approaching the council as homeless)", geo="Birmingham"),
            L("£14.8m", 14.8e6, E, GBP, "council_refugee_homelessness_cost", FY26 + " (expected; temporary accommodation for refugees)", geo="Birmingham"),
            L("£2.9m", 2.9e6, E, GBP, "council_asylum_grant", FY26 + " (from the Home Office)", geo="Birmingham"),
            L("£11.9m", 11.9e6, E, GBP, "council_asylum_cost_shortfall", FY26, geo="Birmingham"),
            L("£96", 96, E, GBP, "council_refugee_homelessness_cost", "per night, bed and breakfast room for a family, now (cabinet member for housing)", geo="Birmingham"),
            L("5.3k", 5300, E, P, "petition_signatures", "now, March 2026 (petition to close a hotel)", geo="Walsall"),
            # Home Office
            L("more than 400", 400, MT, HOTELS, HOTELS_N, "peak, 2023 (Home Office spokesperson)"),
            L("under 200", 200, LT, HOTELS, HOTELS_N, "now, March 2026 (Home Office spokesperson)"),
        ]),
    "05-threadneedle-backchannel-obr-migration-assumptions-table": dict(
        meta=dict(url="https://www.threadneedlereview.example/backchannel/2026/05/22/the-obrs-migration-problem-in-one-small-table/",
                  title="The OBR's migration problem, in one small table",
                  publisher="Threadneedle Review", author="Ottoline Ferris-Achebe", published_date="2026-05-22"),
        labels=[
            L("171k", 171000, E, P, NM, "2025 (provisional, ONS 21 May 2026)", occ=0),
            L("812k", 812000, E, P, IMM, "2025 (provisional, ONS)", occ=0),
            L("641k", 641000, E, P, EMI, "2025 (provisional, ONS)"),
            L("331k", 331000, E, P, NM, "2024 (revised, ONS May 2026)"),
            L("345k", 345000, E, P, NM, "2024 (ONS November 2025 estimate)"),
            L("14k", -14000, E, P, "net_migration_revision", "2024, revised down (May 2026 vs November 2025 estimate)"),
            # table ('000)
            L("386", 386000, E, P, NMF, "2025 (" + OBR25 + "; table, '000)"),
            L("342", 342000, E, P, NMF, "2026 (" + OBR25 + "; table, '000)"),
            L("340", 340000, E, P, NMF, "2027 (" + OBR25 + "; table, '000)", occ=0),
            L("340", 340000, E, P, NMF, "2028 (" + OBR25 + "; table, '000)", occ=1),
            L("340", 340000, E, P, NMF, "2029 (" + OBR25 + "; table, '000)", occ=2),
            L("236", 236000, E, P, NMF, "2025 (" + OBR26 + "; table, '000)", ctx="236    250"),
            L("250", 250000, E, P, NMF, "2026 (" + OBR26 + "; table, '000)"),
            L("265", 265000, E, P, NMF, "2027 (" + OBR26 + "; table, '000)"),
            L("280", 280000, E, P, NMF, "2028 (" + OBR26 + "; table, '000)"),
            L("290", 290000, E, P, NMF, "2029 (" + OBR26 + "; table, '000)", ctx="280    290"),
            L("171", 171000, E, P, NM, "2025 (ONS May 2026; table, '000)", ctx="ONS, May 2026        171"),
            # commentary
            L("more than double", 2, MT, RATIO, NMF + "_ratio", "2025 (" + OBR25 + " vs ONS outturn)"),
            L("150k", -150000, E, P, NMF + "_revision", "2025 (" + OBR26 + " vs " + OBR25 + ")"),
            L("236k", 236000, E, P, NMF, "2025 (" + OBR26 + ")"),
            L("290k", 290000, E, P, NMF, "2029, end of the forecast (" + OBR26 + ")", occ=0),
            L("65k", 65000, E, P, "obr_net_migration_assumption_shortfall", "2025 (ONS estimate vs " + OBR26 + ")"),
            L("about 28 per cent", 28, AP, PCT, "obr_net_migration_assumption_shortfall_share", "2025 (ONS estimate vs " + OBR26 + ")"),
            L("about a quarter", 25, AP, PCT, "emigration_change", "2025 vs 2023"),
            L("812k", 812000, E, P, IMM, "2025 (provisional, ONS)", occ=1),
            L("1.2mn", 1.2e6, E, P, IMM, "2023"),
            L("190k", 190000, E, P, "net_migration_scenario", "long run (OBR March 2026 low-migration variant)"),
            L("290k", 290000, E, P, NMF, "long run (" + OBR26 + ", central)", occ=1),
            L("£8.4bn", 8.4e9, E, GBP, "public_finances_effect_lower_migration", "2030-31 (OBR March 2026 low-migration variant; higher borrowing)"),
            L("£13.6bn", 13.6e9, E, GBP, "fiscal_headroom", "March 2026 (against the main fiscal rule; OBR outlook)"),
            L("more than three-fifths", 60, MT, PCT, "public_finances_effect_share_of_headroom", "2030-31 (low-migration variant against March 2026 headroom)"),
            L("171k", 171000, E, P, NM, "2025, if it persisted as the run rate (scenario)", occ=1),
            L("about £10bn", 10e9, AP, GBP, "public_finances_effect_lower_migration", "2030-31, if net migration stayed at 171k (scaling of the OBR's sensitivity)"),
            L("906k", 906000, E, P, NM, YJ23 + " (peak)"),
        ]),
    "06-custodian-politics-live-home-office-questions": dict(
        meta=dict(url="https://www.thecustodian.example/politics/live/2026/nov/09/home-office-questions-channel-crossings-home-secretary-politics-live",
                  title="Home Office questions: Home Secretary says Channel crossings down 9% as shadow minister attacks France returns deal - as it happened",
                  publisher="The Custodian", author="Rhiannon Achterberg-Moss", published_date="2026-11-09"),
        labels=[
            L("9%", -9, E, PCT, SBAC, YTD06 + " vs same point of 2025 (Home Secretary; headline)", occ=0),
            # summary
            L("33,950", 33950, E, P, SBA, YTD06 + " (Home Secretary; summary)", occ=0),
            L("9%", -9, E, PCT, SBAC, YTD06 + " vs same point of 2025 (Home Secretary; summary)", occ=1),
            L("nearly 100,000", 100000, ALM, P, SBA, SINCE06 + " (summary)"),
            L("fewer than one in 25", 4, LT, PCT, RET_SHARE_FR, SINCE06 + " (returned to France vs crossings; summary)", occ=0, geo=FR),
            L("166", 166, E, HOTELS, HOTELS_N, "now, 9 November 2026 (ministers; summary)", occ=0),
            L("more than 400", 400, MT, HOTELS, HOTELS_N, "peak, 2023 (ministers; summary)", occ=0),
            L("more than 70,000", 70000, MT, P, BLA, "now, November 2026 (Liberal Democrats; summary)", occ=0),
            # 15.41
            L("3,380", 3380, E, P, SUPPORT, "now, November 2026 (Plaid Cymru home affairs spokesperson)", geo="Wales"),
            # 15.26
            L("£715m", 715e6, E, GBP, RSC, "total cost of the scheme (border security minister)"),
            L("four", 4, E, P, REL, "people relocated, all volunteers (border security minister)", ctx="relocated four people"),
            L("200", 200, E, P, "rwanda_accommodation_capacity", "hostel in Kigali prepared for arrivals (border security minister)", geo=RW),
            # 15.09
            L("more than 70,000", 70000, MT, P, BLA, "now, November 2026 (Liberal Democrat home affairs spokesperson)", occ=1),
            L("£4.2bn", 4.2e9, E, GBP, AC, "last year, 2025 (asylum system; Liberal Democrat home affairs spokesperson)"),
            # 14.52
            L("1,740", 1740, E, P, RET, PILOT06 + " (returned to France; shadow home secretary; heading)", occ=0, geo=FR),
            L("Nearly 100,000", 100000, ALM, P, SBA, SINCE06),
            L("1,740", 1740, E, P, RET, PILOT06 + " (put on planes to France; shadow home secretary)", occ=1, geo=FR),
            L("fewer than one in 25", 4, LT, PCT, RET_SHARE_FR, SINCE06 + " (returned to France vs crossings)", occ=1, geo=FR),
            L("14%", 14, E, PCT, "returns_change", YJ26 + " vs " + YJ25 + " (Home Secretary)"),
            L("38,870", 38870, E, P, RET, YJ26 + " (Home Secretary)"),
            # 14.44
            L("166", 166, E, HOTELS, HOTELS_N, "now, 9 November 2026 (Home Secretary)", occ=1),
            L("more than 400", 400, MT, HOTELS, HOTELS_N, "peak, 2023 (Home Secretary)", occ=1),
            L("below 24,000", 24000, LT, P, HOT, "now, 9 November 2026 (Home Secretary)"),
            L("Fewer than 52,000", 52000, LT, P, BL, "now, 9 November 2026 (awaiting an initial decision; Home Secretary)"),
            L("more than 175,000", 175000, MT, P, BL, "peak, 2023 (Home Secretary)"),
            # 14.35
            L("9%", -9, E, PCT, SBAC, YTD06 + " vs same point of 2025 (Home Secretary; heading)", occ=2),
            L("33,950", 33950, E, P, SBA, YTD06 + " (Home Secretary)", occ=1),
            L("9%", -9, E, PCT, SBAC, YTD06 + " vs same point of 2025 (Home Secretary)", occ=3),
            L("37,420", 37420, E, P, SBA, YTD06_25 + " (Home Secretary)"),
            L("1,740", 1740, E, P, RET, PILOT06 + " (flown back to France; Home Secretary)", occ=2, geo=FR),
            L("1,610", 1610, E, P, LEGAL, PILOT06 + " (legal route; Home Secretary)"),
            L("9,870", 9870, E, P, STOPPED, "1 January to 9 November 2026 (since January; French officers; Home Secretary)", geo=FR),
            L("About one in five", 20, AP, PCT, "small_boat_arrivals_share_eritrean", YTD06 + " (Home Secretary)"),
        ]),
    "07-gannet-wire-pictures-channel-crossings-busiest-day": dict(
        meta=dict(url="https://www.gannetwire.example/pictures/2026/08/16/channel-crossings-busiest-day-of-the-year-712",
                  title="Channel crossings: busiest day of the year as 712 make the journey",
                  publisher="Gannet Wire", author=None, published_date="2026-08-16"),
        labels=[
            L("712", 712, E, P, SBA, SAT07 + " (headline)", occ=0),
            L("More than 700", 700, MT, P, SBA, SAT07),
            L("712", 712, E, P, SBA, SAT07 + " (Home Office)", occ=1),
            L("13", 13, E, BOATS, SBC, SAT07 + " (Home Office)", occ=0),
            L("nearly 55", 55, ALM, PPB, OCC, SAT07 + " (average per boat)"),
            L("689", 689, E, P, SBA, "30 May 2026 (previous high for 2026)"),
            L("22,480", 22480, E, P, SBA, YTD07),
            L("about 13%", -13, AP, PCT, SBAC, YTD07 + " vs same date of 2025"),
            L("25,810", 25810, E, P, SBA, YTD07_25),
            L("41,290", 41290, E, P, SBA, "2025 (last year)"),
            # captions
            L("712", 712, E, P, SBA, SAT07 + " (Home Office; caption)", occ=2),
            L("around 60", 60, AP, PPB, OCC, SAT07 + " (one dinghy leaving Gravelines; caption)", geo=FR),
            V("dozens", 24, 108, P, "people_waiting_on_beach", SAT07 + " (dunes near Wimereux; caption)", geo=FR),
            L("Around 14%", 14, AP, PCT, "small_boat_arrivals_share_children", "first half of 2026 (under 18; Home Office; caption)"),
            L("13", 13, E, BOATS, SBC, SAT07 + " (boats reaching the UK; caption)", ctx="one of 13 boats"),
            L("48", 48, E, P, "small_boat_rescues", SAT07 + " (off Boulogne-sur-Mer; French authorities; caption)", geo=FR),
            # text
            L("at least 23", 23, AL, P, DEATHS, "1 January to 15 August 2026 (this year; aid groups in Calais)"),
            L("1,320", 1320, E, P, RET, PILOT07 + " (flown back to France; Home Office)", geo=FR),
            L("more than 6,000", 6000, MT, P, STOPPED, "January to July 2026 (first seven months; French officers; Home Office)", geo=FR),
            L("1,190", 1190, E, P, LEGAL, PILOT07 + " (legal route; Open Shores Network)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
