#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the twenty-second hand-labelled hold-out set (holdout22).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, EUR, PPB, RATIO, HOTELS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, EW, SBA, NM, AC, HOT, PTR, RSC)

RET, IMM, EMI, REL = "returns", "immigration", "emigration", "rwanda_relocations"
OCC, SBAC, NMC, NMR, NMF = "small_boat_occupancy", "small_boat_arrivals_change", "net_migration_change", "net_migration_revision", "net_migration_forecast"
BL, DEATHS, LEGAL, RET_SHARE_FR = "asylum_backlog", "small_boat_deaths", "uk_france_legal_route_arrivals", "returns_share_of_small_boat_arrivals"
STOPPED, HOTELS_N, HOTELS_CLOSED = "small_boat_launch_attempts_stopped_people", "asylum_hotels_in_use", "asylum_hotels_closed"
ACC, ACR, HOTC = "asylum_cost_change", "asylum_cost_ratio", "asylum_hotel_population_change"
SUPPORT, POP, PC, NATC = "asylum_support_population", "population", "population_change", "population_natural_change"
SHARE65 = "population_share_aged_65_and_over"
HOMELESS, RCOST = "refugees_homeless_after_leaving_asylum_support", "council_refugee_homelessness_cost"
GSHARE = "asylum_grants_share_initial_decisions"
BSC = "border_security_command_funding"
FR, SCO, EU = "France", "Scotland", "EU"
CA, HH = "other:council_areas", "other:households"

# periods
FY26, FY25, FY24 = "2025/26 financial year", "2024/25 financial year", "2023/24 financial year"
EM26, EJ26 = "end of March 2026", "end of June 2026"
YJ26, YJ25, YJ24, YJ23 = "year ending June 2026", "year ending June 2025", "year ending June 2024", "year ending June 2023"
YD25 = "year ending December 2025"
YS26, YS25 = "year ending September 2026", "year ending September 2025"
PROJ = "mid-2024 to mid-2034, projected (NRS 2024-based projections)"
ED25 = "end of December 2025"
YTD04 = "1 January to 9 June 2026 (so far this year)"
SINCE04 = "since July 2024 (general election) to 9 June 2026"
PILOT04 = "since the first returns under the UK-France pilot (September 2025) to 9 June 2026"
PILOT07 = "since the first returns under the UK-France pilot (September 2025) to 12 October 2026"
YTD07 = "1 January to 30 September 2026"

ARTICLES = {
    "01-daily-megaphone-asylum-hotel-bill-29million-a-week": dict(
        meta=dict(url="https://www.dailymegaphone.example/news/politics/asylum-hotel-bill-29million-week-32741185",
                  title="ASYLUM HOTEL BILL STILL £29MILLION A WEEK",
                  publisher="Daily Megaphone", author="Kerry-Ann Fothergill-Shaw", published_date="2026-07-16"),
        labels=[
            # headline, standfirst
            L("£29MILLION", 29e6, E, GBP, AC, "per week, hotels, " + FY26 + " (last year; headline)"),
            L("£1.52BILLION", 1.52e9, E, GBP, AC, FY26 + " (hotels; last year; standfirst)"),
            # body
            L("£29million", 29e6, E, GBP, AC, "per week, hotels, " + FY26 + " (last year)"),
            L("£1.52billion", 1.52e9, E, GBP, AC, FY26 + " (hotels; Home Office annual report)"),
            L("nearly two-fifths", 40, ALM, PCT, "asylum_cost_share_hotels", FY26),
            L("£3.97billion", 3.97e9, E, GBP, AC, FY26 + " (asylum support)"),
            L("£2.21billion", 2.21e9, E, GBP, AC, FY25 + " (hotels)"),
            L("almost a third", -THIRD, ALM, PCT, ACC, FY26 + " vs " + FY25 + " (hotels)"),
            L("26%", -26, E, PCT, ACC, FY26 + " vs " + FY24 + " (asylum support)"),
            L("£5.38billion", 5.38e9, E, GBP, AC, FY24 + " (asylum support, record)"),
            # caption
            L("around 190", 190, AP, P, HOT, "now, July 2026 (Larchmont Hotel; caption)", occ=0, geo="Brierley Vale"),
            L("188", 188, E, HOTELS, HOTELS_N, "now, July 2026 (caption)", occ=0),
            # body
            L("some 26,480", 26480, AP, P, HOT, EM26),
            L("18%", -18, E, PCT, HOTC, EM26 + " vs end of March 2025"),
            L("188", 188, E, HOTELS, HOTELS_N, "now, July 2026", occ=1),
            L("more than 400", 400, MT, HOTELS, HOTELS_N, "2023 peak"),
            L("£141", 141, E, GBP, AC, "per person per night, average hotel place, now (industry insiders)"),
            L("more than SEVEN TIMES", 7, MT, RATIO, ACR, "per person per night, hotel vs shared house, now (industry insiders)"),
            L("£19", 19, E, GBP, AC, "per person per night, shared house, now"),
            L("£187million", 187e6, E, GBP, "asylum_accommodation_provider_profit", "latest accounts (accommodation contract holders, combined)"),
            L("£74million", 74e6, E, GBP, "asylum_accommodation_excess_profit_recovered", "to date, July 2026 (excess profit clawed back)"),
            L("around 190", 190, AP, P, HOT, "since spring 2024 to July 2026 (Larchmont Hotel)", occ=1, geo="Brierley Vale"),
            L("6.2k", 6200, E, P, "petition_signatures", "13 July 2026 (Monday; petition delivered to the town hall)", geo="Brierley Vale"),
            L("£3.1m", 3.1e6, E, GBP, AC, "per year, Larchmont Hotel (councillor)", geo="Brierley Vale"),
            L("26,000-plus", 26000, MT, P, HOT, "now, July 2026 (Tory source)"),
            L("almost 20,000", 20000, ALM, P, SBA, "1 January to 15 July 2026 (since New Year's Day)"),
            L("40,310", 40310, E, P, SBA, "2025"),
            # Home Office
            L("almost £700million", -700e6, ALM, GBP, ACC, FY26 + " vs " + FY25 + " (hotels; Home Office spokesperson)"),
            L("more than half", 50, MT, PCT, "asylum_hotels_closed_share", "since the 2023 peak (Home Office spokesperson)"),
            L("61,700", 61700, E, P, BL, "now (" + EM26 + " figures; awaiting an initial decision; Home Office spokesperson)"),
            L("more than 175,000", 175000, MT, P, BL, "peak, mid-2023 (Home Office spokesperson)"),
        ]),
    "02-longview-why-net-migration-fell": dict(
        meta=dict(url="https://www.thelongview.example/britain/2026/11/26/why-british-net-migration-has-fallen-so-far-so-fast",
                  title="Why British net migration has fallen so far, so fast",
                  publisher="The Longview", author=None, published_date="2026-11-26"),
        labels=[
            L("906,000", 906000, E, P, NM, YJ23 + " (peak)"),
            L("167,000", 167000, E, P, NM, YJ26 + " (provisional, ONS 19 November 2026)"),
            L("more than five times", 5, MT, RATIO, "net_migration_ratio", YJ23 + " (peak) vs " + YJ26),
            L("1.33m", 1.33e6, E, P, IMM, YJ23 + " (peak)"),
            L("761,000", 761000, E, P, IMM, YJ26),
            L("420,000", 420000, E, P, EMI, YJ23),
            L("594,000", 594000, E, P, EMI, YJ26),
            L("739,000", -739000, E, P, NMC, YJ26 + " vs " + YJ23 + " (peak)"),
            L("about three-quarters", 75, AP, PCT, "net_migration_share_of_fall_from_immigration", YJ23 + " (peak) to " + YJ26),
            L("some 174,000", 174000, AP, P, "emigration_change", YJ26 + " vs " + YJ23 + " (the rest of the fall: more people leaving)"),
            # chart ('000)
            L("1,326", 1326000, E, P, IMM, YJ23 + " (chart, '000)"),
            L("1,095", 1095000, E, P, IMM, YJ24 + " (chart, '000)"),
            L("898", 898000, E, P, IMM, YJ25 + " (chart, '000)"),
            L("761", 761000, E, P, IMM, YJ26 + " (chart, '000)", ctx="2026 761."),
            L("420", 420000, E, P, EMI, YJ23 + " (chart, '000)", ctx="2023 420;"),
            L("446", 446000, E, P, EMI, YJ24 + " (chart, '000)"),
            L("660", 660000, E, P, EMI, YJ25 + " (chart, '000)"),
            L("594", 594000, E, P, EMI, YJ26 + " (chart, '000)", ctx="2026 594."),
            # past year
            L("71,000", -71000, E, P, NMC, YJ26 + " vs " + YJ25 + " (revised)"),
            L("30%", -30, E, PCT, NMC, YJ26 + " vs " + YJ25 + " (revised)"),
            L("238,000", 238000, E, P, NM, YJ25 + " (revised, November 2026)"),
            L("204,000", 204000, E, P, NM, YJ25 + " (first estimate, November 2025)"),
            L("15%", -15, E, PCT, "immigration_change", YJ26 + " vs " + YJ25),
            L("10%", -10, E, PCT, "emigration_change", YJ26 + " vs " + YJ25),
            # policy
            L("38%", -38, E, PCT, "immigration_work_non_eu_change", YJ26 + " vs " + YJ25 + " (main applicants)"),
            L("118,000", 118000, E, P, "immigration_work_non_eu", YJ26 + " (main applicants)"),
            L("29,000", 29000, E, P, "immigration_work_dependants_non_eu", YJ26),
            L("little more than a quarter", 0.25, MT, RATIO, "immigration_work_dependants_non_eu_ratio",
              YJ26 + " vs " + YJ24 + " (two years earlier)"),
            L("three-quarters", -75, E, PCT, "visas_granted_health_care_worker_change", YS26 + " vs " + YS25 + " (main applicants)",
              ctx="fell by three-quarters in"),
            L("4,860", 4860, E, P, "visas_granted_health_care_worker", YS26 + " (main applicants)"),
            # students
            L("262,000", 262000, E, P, "immigration_study_non_eu", YJ26),
            L("402,000", 402000, E, P, "visas_granted_study", YS26 + " (main applicants)"),
            L("3%", 3, E, PCT, "visas_granted_study_change", YS26 + " vs " + YS25),
            L("281,000", 281000, E, P, "emigration_non_eu", YJ26),
            L("roughly half", 50, AP, PCT, "emigration_non_eu_share_former_study", YJ26),
            # by nationality
            L("88,000", -88000, E, P, "net_migration_eu", YJ26 + " (minus 88,000)"),
            L("62,000", -62000, E, P, "net_migration_british_nationals", YJ26 + " (minus 62,000)"),
            L("317,000", 317000, E, P, "net_migration_non_eu", YJ26),
            # outlook
            L("about 245,000", 245000, AP, P, NMF, "per year by 2030 (OBR March 2026 forecast)"),
            L("nearer 170,000", 170000, AP, P, "net_migration_scenario", "per year to 2030-31, if it stays near the current level (Kestrel Institute)"),
            R("£5bn-8bn", 5e9, 8e9, GBP, "public_finances_effect_lower_migration",
              "per year by 2030-31, if net migration stays nearer 170,000 (Kestrel Institute)"),
            # revisions
            L("214,000", 214000, E, P, NM, YD25 + " (revised, November 2026)"),
            L("some 17,000", 17000, AP, P, NMR, YD25 + ", revised up (vs May 2026 estimate)"),
            L("34,000", 34000, E, P, NMR, YJ25 + ", revised up (vs first published, November 2025)"),
            R("121,000 to 213,000", 121000, 213000, P, NM, YJ26 + " (95% range)"),
            # politics, census
            L("one in five", 20, E, PCT, "public_share_correct_net_migration_fell", "recent survey, 2026"),
            L("one in six", SIXTH, E, PCT, "population_share_born_abroad", "2021 census", geo=EW),
        ]),
    "03-clydeside-bulletin-scotland-population-projections-glasgow-asylum": dict(
        meta=dict(url="https://www.clydesidebulletin.example/news/scottish-politics/25190364.scotlands-population-reach-5-7m-2034-migration/",
                  title="Scotland's population to reach 5.7m by 2034 - but only thanks to migration",
                  publisher="The Clydeside Bulletin", author="Euan Galbraith-Lennox", published_date="2026-03-11"),
        labels=[
            L("5.7m", 5.7e6, E, P, POP, "mid-2034, projected (NRS 2024-based projections; headline)", geo=SCO),
            L("5,546,900", 5546900, E, P, POP, "mid-2024 (NRS)", geo=SCO),
            L("5.70 million", 5.7e6, E, P, POP, "mid-2034, projected (NRS 2024-based projections)", geo=SCO),
            L("2.8%", 2.8, E, PCT, PC, PROJ, geo=SCO),
            L("around 150,000", -150000, AP, P, NATC, PROJ + " (deaths exceed births)", geo=SCO),
            L("about 30,000", 30000, AP, P, NM, "per year, average, " + PROJ + " (overseas and rest of UK)", geo=SCO),
            L("305,000", 305000, E, P, NM, PROJ + ", total (overseas and rest of UK)", geo=SCO),
            L("20.4%", 20.4, E, PCT, SHARE65, "mid-2024", geo=SCO),
            L("23.5%", 23.5, E, PCT, SHARE65, "mid-2034, projected (NRS)", geo=SCO),
            L("1.1%", -1.1, E, PCT, "population_working_age_change", PROJ, geo=SCO),
            L("21", 21, E, CA, "council_areas_population_growth", PROJ, ctx="rise in 21 council", geo=SCO),
            L("11", 11, E, CA, "council_areas_population_decline", PROJ, ctx="fall in 11,", geo=SCO),
            L("7.2%", -7.2, E, PCT, PC, PROJ, geo="Inverclyde"),
            L("9.1%", 9.1, E, PCT, PC, PROJ, geo="Midlothian"),
            L("6.4%", 6.4, E, PCT, PC, PROJ, geo="Glasgow"),
            L("648,900", 648900, E, P, POP, "mid-2024", geo="Glasgow"),
            L("690,400", 690400, E, P, POP, "mid-2034, projected (NRS)", geo="Glasgow"),
            L("5.1%", 5.1, E, PCT, PC, "mid-2024 to mid-2034, projected (ONS)", geo="England"),
            L("3.2%", 3.2, E, PCT, PC, "mid-2024 to mid-2034, projected (ONS)", geo="Wales"),
            L("2.1%", 2.1, E, PCT, PC, "mid-2024 to mid-2034, projected (ONS)", geo="Northern Ireland"),
            # asylum
            L("4,120", 4120, E, P, SUPPORT, ED25, geo="Glasgow"),
            L("three-quarters", 75, E, PCT, "asylum_support_population_share_glasgow", ED25, geo=SCO),
            L("5,480", 5480, E, P, SUPPORT, ED25, geo=SCO),
            L("roughly one for every 160", 100 / 160, AP, PCT, "asylum_support_population_share_of_residents", ED25, geo="Glasgow"),
            L("about 8%", 8, AP, PCT, "population_share_scotland_of_uk", "now (2026)"),
            L("5.4%", 5.4, E, PCT, "asylum_support_population_share_scotland", ED25),
            L("101,500", 101500, E, P, SUPPORT, ED25),
            # Glasgow City Council
            L("Some 1,240", 1240, AP, HH, HOMELESS, "2024/25 financial year (refugee households seeking help as homeless; Glasgow City Council)", geo="Glasgow"),
            L("more than double", 2, MT, RATIO, HOMELESS + "_ratio", "2024/25 vs 2022/23 (two years earlier)", geo="Glasgow"),
            L("£18.6m", 18.6e6, E, GBP, RCOST, "2025/26 financial year (this financial year; expected)", geo="Glasgow"),
            V("hundreds", 200, 900, P, HOMELESS, "when decisions are cleared in bulk (senior council source)", geo="Glasgow"),
            # demographer
            L("204,000", 204000, E, P, NM, YJ25 + " (ONS first estimate; demographer)"),
            L("5.7 million", 5.7e6, E, P, POP, "mid-2034, projected (NRS; demographer)", geo=SCO),
        ]),
    "04-chamber-notes-commons-debate-small-boats-returns": dict(
        meta=dict(url="https://www.chambernotes.example/parliament/home-affairs/commons-opposition-day-small-boats-returns-revolving-door",
                  title="\"A revolving door\": MPs clash over small boats as minister insists removals are rising",
                  publisher="Chamber Notes", author="Imogen Tarrant-Blyth", published_date="2026-06-10"),
        labels=[
            # standfirst
            L("12%", -12, E, PCT, SBAC, YTD04 + " vs same point of 2025 (standfirst)", occ=0),
            # write-up
            L("13,940", 13940, E, P, SBA, "1 January to 9 June 2026 (since 1 January; shadow home secretary)", occ=0),
            L("almost 77,000", 77000, ALM, P, SBA, SINCE04 + " (shadow home secretary)", occ=0),
            # Hansard: Shadow Home Secretary
            L("40,310", 40310, E, P, SBA, "2025 (last year; shadow home secretary)"),
            L("13,940", 13940, E, P, SBA, YTD04 + " (shadow home secretary)", occ=1),
            L("almost 77,000", 77000, ALM, P, SBA, SINCE04 + " (shadow home secretary)", occ=1),
            L("960", 960, E, P, RET, PILOT04 + " (returned to France; shadow home secretary)", geo=FR),
            L("fewer than one in 20", 5, LT, PCT, RET_SHARE_FR, PILOT04 + " (returns vs arrivals since returns began; shadow home secretary)", geo=FR),
            L("197,000", 197000, E, P, NM, YD25 + " (ONS, May 2026; shadow home secretary)"),
            # Minister
            L("12%", -12, E, PCT, SBAC, YTD04 + " vs same point of 2025 (Minister)", occ=1),
            L("13%", 13, E, PCT, "returns_change", "year ending March 2026 vs year ending March 2025 (Minister)"),
            L("37,120", 37120, E, P, RET, "year ending March 2026 (Minister)"),
            L("5,260", 5260, E, P, RET, "year ending March 2026 (foreign national offenders; Minister)"),
            L("a third", -THIRD, E, PCT, "asylum_backlog_change", EM26 + " vs end of March 2025 (awaiting a first decision; Minister)"),
            L("61,700", 61700, E, P, BL, EM26 + " (awaiting a first decision; Minister)"),
            # backbenchers
            L("470", 470, E, P, "unaccompanied_children_in_care", "now, June 2026 (Kent County Council; Member for Thornwick and Eastry)", geo="Kent"),
            L("£715 million", 715e6, E, GBP, RSC, "total cost of the scheme (Member for Harbourside South)"),
            L("four", 4, E, P, REL, "voluntary relocations (Member for Harbourside South)", ctx="relocated four volunteers"),
            L("26,480", 26480, E, P, HOT, EM26 + " (Liberal Democrat spokesperson)"),
            L("more than £4m", 4e6, MT, GBP, AC, "per day, hotels, now (Liberal Democrat spokesperson)"),
            L("more than 4,000", 4000, MT, P, SUPPORT, "now, June 2026 (SNP Member for Glasgow Kelvinmuir)", geo="Glasgow"),
            # winding up
            L("more than 6,800", 6800, MT, P, STOPPED, YTD04 + " (French officers; Minister)", geo=FR),
            L("at least nine", 9, AL, P, DEATHS, "2026 so far, to 9 June (Minister)"),
            L("61", 61, E, PPB, OCC, "2026 so far (average per boat; Minister)"),
            L("£280 million", 280e6, E, GBP, BSC, "over three years (Minister)"),
            # division
            L("332", 332, E, P, "commons_division_noes", "9 June 2026 (Tuesday; opposition day motion)"),
            L("181", 181, E, P, "commons_division_ayes", "9 June 2026 (Tuesday; opposition day motion)"),
        ]),
    "05-haven-refugee-alliance-grant-rate-falls-press-release": dict(
        meta=dict(url="https://www.havenrefugeealliance.example/news/press-releases/backlog-cleared-at-a-cost-grant-rate-falls-to-41",
                  title="Backlog cleared at a cost as asylum grant rate falls to 41%",
                  publisher="Haven Refugee Alliance", author=None, published_date="2026-11-19"),
        labels=[
            L("41%", 41, E, PCT, GSHARE, YS26 + " (headline)", occ=0),
            L("118,900", 118900, E, P, "asylum_initial_decisions", YS26),
            L("21%", 21, E, PCT, "asylum_initial_decisions_change", YS26 + " vs " + YS25),
            L("41%", 41, E, PCT, GSHARE, YS26, occ=1),
            L("48%", 48, E, PCT, GSHARE, YS25),
            L("seven percentage points", -7, E, PCT, GSHARE + "_change", YS26 + " vs " + YS25 + " (percentage points)"),
            # key figures
            L("96,480", 96480, E, P, "asylum_applications", YS26),
            L("12%", -12, E, PCT, "asylum_applications_change", YS26 + " vs " + YS25),
            L("109,640", 109640, E, P, "asylum_applications", YS25),
            L("48,750", 48750, E, P, "asylum_grants", YS26 + " (initial decisions)"),
            L("52,860", 52860, E, P, BL, "30 September 2026 (awaiting a first decision)"),
            L("23%", -23, E, PCT, "asylum_backlog_change", "30 September 2026 vs 30 September 2025"),
            L("27,300", 27300, E, P, "asylum_withdrawals", YS26),
            L("more than double", 2, MT, RATIO, "asylum_withdrawals_ratio", YS26 + " vs " + YS25),
            L("12,900", 12900, E, P, "asylum_withdrawals", YS25 + " (previous 12 months)"),
            L("68,900", 68900, E, P, "asylum_backlog_appeals", "end of September 2026 (appeals waiting to be heard)"),
            L("18%", 18, E, PCT, "asylum_backlog_appeals_change", "end of September 2026 vs end of September 2025"),
            L("Almost half", 50, ALM, PCT, "asylum_appeals_share_allowed", YS26 + " (tribunal)"),
            L("47%", 47, E, PCT, "asylum_appeals_share_allowed", YS26 + " (tribunal)"),
            L("22,760", 22760, E, P, HOT, "end of September 2026"),
            # nationalities
            L("91%", 91, E, PCT, GSHARE + "_afghan", YS25),
            L("36%", 36, E, PCT, GSHARE + "_afghan", YS26),
            L("99%", 99, E, PCT, GSHARE + "_sudanese", YS26),
            L("96%", 96, E, PCT, GSHARE + "_eritrean", YS26),
            # chief executive
            L("almost half", 50, ALM, PCT, "asylum_appeals_share_allowed", "now (chief executive)"),
            L("3,870", 3870, E, P, HOMELESS, "2025 (last year; refugees supported by Haven's advisers)"),
            # notes to editors
            L("more than 16,000", 16000, MT, P, "charity_service_users", "every year (Haven Refugee Alliance; notes to editors)"),
        ]),
    "06-capital-evening-post-london-boroughs-refugee-homelessness": dict(
        meta=dict(url="https://www.capitaleveningpost.example/news/london/london-boroughs-refugee-homelessness-111m-shortfall-b1284467.html",
                  title="London boroughs £111m out of pocket as refugee homelessness soars",
                  publisher="Capital Evening Post", author="Ruth Okonkwo-Lamb", published_date="2026-09-29"),
        labels=[
            L("£111m", 111e6, E, GBP, "council_asylum_cost_shortfall", FY26 + " (refugee homelessness costs less grants; headline)", occ=0, geo="London"),
            L("£142m", 142e6, E, GBP, RCOST, FY26 + " (last year; London Councils survey)", geo="London"),
            L("£111m", 111e6, E, GBP, "council_asylum_cost_shortfall", FY26 + " (refugee homelessness costs less grants)", occ=1, geo="London"),
            L("nearly doubled", 2, ALM, RATIO, HOMELESS + "_ratio", "2025/26 vs 2023/24 (in two years; households)", geo="London"),
            L("5,870", 5870, E, HH, HOMELESS, FY26 + " (refugee households approaching boroughs as homeless)", geo="London"),
            L("38%", 38, E, PCT, RCOST + "_change", FY26 + " vs " + FY25, geo="London"),
            L("£103m", 103e6, E, GBP, RCOST, FY25 + " (previous year)", geo="London"),
            L("£31m", 31e6, E, GBP, "council_asylum_grant", FY26 + " (Home Office contribution)", geo="London"),
            L("13,180", 13180, E, P, SUPPORT, EJ26, geo="London"),
            L("about one in eight", 12.5, AP, PCT, "asylum_support_population_share_london", EJ26),
            L("101,300", 101300, E, P, SUPPORT, EJ26),
            L("7,240", 7240, E, P, HOT, EJ26, geo="London"),
            L("more than a quarter", 25, MT, PCT, "asylum_hotel_population_share_london", EJ26),
            L("24,910", 24910, E, P, HOT, EJ26),
            L("about 9.1 million", 9.1e6, AP, P, POP, "now (2026)", geo="London"),
            L("1,560", 1560, E, P, SUPPORT, EJ26 + " (in asylum accommodation)", geo="Hillingdon"),
            L("1,020", 1020, E, P, SUPPORT, EJ26 + " (in asylum accommodation)", geo="Croydon"),
            L("940", 940, E, P, SUPPORT, EJ26 + " (in asylum accommodation)", geo="Newham"),
            L("880", 880, E, P, SUPPORT, EJ26 + " (in asylum accommodation)", geo="Ealing"),
            L("Nine", 9, E, HOTELS, HOTELS_CLOSED, "since January 2026", geo="London"),
            L("41", 41, E, HOTELS, HOTELS_N, "now, September 2026", geo="London"),
            L("£9.4m", 9.4e6, E, GBP, "council_asylum_cost", "2026 so far (this year; leader of Hillingdon Council)", geo="Hillingdon"),
            L("14", 14, E, HOTELS, HOTELS_N, "now, September 2026 (leader of Hillingdon Council)", geo="Hillingdon"),
            L("£1.2m", 1.2e6, E, GBP, RCOST, "per month, now (emergency rooms for refugee families)", geo="Croydon"),
            L("Some 410", 410, AP, HH, "refugee_households_temporary_accommodation",
              "now; granted refugee status in the past year (Mayor of Newham)", geo="Newham"),
            L("more than 200", 200, MT, HOTELS, HOTELS_CLOSED, "since the 2023 peak (Home Office spokesperson)"),
            L("£105m", 105e6, E, GBP, "council_asylum_grant", "2026/27 (this year; Home Office spokesperson)"),
        ]),
    "07-the-pointer-rwanda-scheme-cost-what-replaced-it": dict(
        meta=dict(url="https://www.thepointer.example/news/politics/rwanda-scheme-cost-what-replaced-explained-3318842",
                  title="Rwanda scheme: What did it really cost, and what has replaced it?",
                  publisher="The Pointer", author="Anoushka Penberthy-Vail", published_date="2026-10-12"),
        labels=[
            # at a glance
            L("£715m", 715e6, E, GBP, RSC, "total cost of the scheme (at a glance)", occ=0),
            L("£290m", 290e6, E, GBP, PTR, "total paid to Rwanda (at a glance)", occ=0),
            L("4", 4, E, P, REL, "people relocated (at a glance)", ctx="People relocated: 4"),
            L("1,520", 1520, E, P, RET, PILOT07 + " (returned to France; at a glance)", occ=0, geo=FR),
            # How much did it cost?
            L("£715m", 715e6, E, GBP, RSC, "total cost of the scheme (Home Office)", occ=1),
            L("£290m", 290e6, E, GBP, PTR, "total paid to the government in Kigali", occ=1),
            L("£425m", 425e6, E, GBP, RSC, "staff, detention space, IT, legal work and flights (rest of the total)"),
            L("£100m", 100e6, E, GBP, PTR, "committed for later years, never paid"),
            # How many people were actually sent?
            L("Four", 4, E, P, REL, "people actually sent (all voluntary)", ctx="Four. All went"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "per person (voluntary relocation scheme)"),
            L("four", 4, E, P, REL, "voluntary relocations", ctx="between those four"),
            L("nearly £179m", 179e6, ALM, GBP, RSC, "per person relocated"),
            L("more than 2,000", 2000, MT, P, "rwanda_removal_candidates_identified", "when the scheme was abandoned (July 2024)"),
            L("about 200", 200, AP, P, "rwanda_accommodation_capacity", "at a time (hostel readied by Kigali)", geo="Rwanda"),
            # What replaced it?
            L("£280m", 280e6, E, GBP, BSC, "over three years"),
            L("more than 390", 390, MT, P, "smuggling_arrests", "2025 (last year; National Crime Agency)"),
            L("1,520", 1520, E, P, RET, PILOT07 + " (returned to France)", occ=1, geo=FR),
            L("1,430", 1430, E, P, LEGAL, PILOT07 + " (legal route from France)"),
            # Is it working?
            L("27,390", 27390, E, P, SBA, YTD07 + " (by the end of September)"),
            L("about 15%", -15, AP, PCT, SBAC, YTD07 + " vs same point of 2025"),
            L("32,100", 32100, E, P, SBA, "1 January to 30 September 2025 (same point)"),
            L("around 4%", 4, AP, PCT, RET_SHARE_FR, PILOT07 + " (returns vs arrivals since the pilot started)", geo=FR),
            L("38,010", 38010, E, P, RET, YJ26),
            L("12%", 12, E, PCT, "returns_change", YJ26 + " vs " + YJ25),
            L("21%", -21, E, PCT, "irregular_arrivals_change", "January to September 2026 vs same period of 2025 (Frontex)", geo=EU),
            # parties, other countries
            L("£715m", 715e6, E, GBP, RSC, "total cost of the scheme (ministers)", occ=2),
            V("thousands", 2000, 9000, P, "caseworkers_affordable_with_rwanda_cost", "with the scheme's £715m (ministers)"),
            L("roughly €650m", 650e6, AP, EUR, "italy_albania_scheme_cost", "over five years (budget)", geo="Italy"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
