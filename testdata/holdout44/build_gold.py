#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the forty-fourth hand-labelled hold-out set (holdout44).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, PPB, HOTELS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, HOT, RSC)

IMM, EMI, RET, APPS, BL = "immigration", "emigration", "returns", "asylum_applications", "asylum_backlog"
SUPPORT, HIU, OCC = "asylum_support_population", "asylum_hotels_in_use", "small_boat_occupancy"
GRANT_SH, SHARE_SB, DEC = "asylum_grants_share_initial_decisions", "returns_share_of_small_boat_arrivals", "asylum_initial_decisions"
PROJ, PROJ_CH = "population_projection", "population_projection_change"
NMPA = "net_migration_projection_assumption"
S65, WAPR = "population_share_aged_65_and_over", "working_age_per_pensioner_ratio"
APL, APL_BL = "asylum_appeals_lodged", "asylum_backlog_appeals"
AC, HOMELESS = "asylum_cost", "refugees_homeless_after_leaving_asylum_support"
HOUSEHOLDS, MONTHS, COUNCILS, CROSSINGS = "other:households", "other:months", "other:council_areas", "other:crossing_points"
NI, SC, WM, IE, FR, EU = "Northern Ireland", "Scotland", "West Midlands", "Ireland", "France", "EU"

# periods
YJ26, YJ25, YJ24 = "year ending June 2026", "year ending June 2025", "year ending June 2024"
YS26 = "year ending September 2026"
EJ26, EJ25 = "end of June 2026 (30 June 2026)", "end of June 2025 (30 June 2025)"
ES26 = "end of September 2026 (30 September 2026)"
PEAK = "year ending March 2023 (the record)"
Y25 = "2025 (calendar year)"
ONS_NOV = " (ONS provisional estimate published Thursday 26 November 2026)"
ONS_MAY = " (ONS provisional estimate published Thursday 21 May 2026)"
YTD_NOV26, YTD_NOV25 = "1 January to Wednesday 25 November 2026 (between 1 January and Wednesday)", "1 January to 25 November 2025 (by the same date last year)"
ELECTION = "5 July 2024 (Labour took office) to "
JS26, JS25, JS24 = "January to September 2026", "January to September 2025", "January to September 2024"
MID25, MID24 = "year to mid-2025 (1 July 2024 to 30 June 2025)", "mid-2024 (30 June 2024)"
NISRA = " (NISRA estimate published Thursday 25 June 2026)"
EM26, EM25 = "end of March 2026 (31 March 2026)", "end of March 2025 (31 March 2025)"
NRS = " (NRS 2024-based projection published Tuesday 13 October 2026)"
DEC24_34, DEC24_49 = "mid-2024 to mid-2034 (over the next decade)", "mid-2024 to mid-2049 (over 25 years)"
FY26, FY25 = "2025/26 financial year", "2024/25 financial year"
NIGHT_HOTEL = "per person per night, hotel place, " + FY26 + " (Home Office annual report, July 2026)"
CLAIM = " (the Shadow Home Secretary's conference speech, Tuesday 6 October 2026; claim)"
VERDICT = " (Groundtruth verdict)"
KP, T1 = " (key points)", " (Table 1)"

ARTICLES = {
    "01-arclight-news-net-migration-141000-numbers-behind-headlines": dict(
        meta=dict(url="https://www.arclightnews.example/news/politics/2026-11-26/net-migration-falls-to-141000-the-numbers-behind-the-headlines",
                  title="Net migration falls to 141,000: the numbers behind the headlines",
                  publisher="Arclight News", author="Tamsin Achterberg-Nwosu", published_date="2026-11-26"),
        labels=[
            L("141,000", 141000, E, P, NM, YJ26 + " (headline)", occ=0),
            # The headline
            L("141,000", 141000, E, P, NM, YJ26 + ONS_NOV, occ=1),
            L("218,000", 218000, E, P, NM, YJ25 + " (the previous 12 months; current estimate, November 2026)"),
            L("more than a third", -THIRD, MT, PCT, NM + "_change", YJ26 + " vs " + YJ25 + " (the fall)"),
            L("less than a sixth", 1 / 6, LT, RATIO, NM + "_ratio", YJ26 + " vs " + PEAK),
            L("944,000", 944000, E, P, NM, PEAK + " (all-time high; 12 months ending March 2023)"),
            L("Some 792,000", 792000, AP, P, IMM, YJ26 + " (arrived intending to stay a year or more)"),
            L("651,000", 651000, E, P, EMI, YJ26 + " (moved abroad)"),
            L("12%", -12, E, PCT, IMM + "_change", YJ26 + " vs " + YJ25 + " (arrivals down on a year earlier)"),
            L("4%", -4, E, PCT, EMI + "_change", YJ26 + " vs " + YJ25 + " (departures lower)"),
            # Who is coming, and who is leaving
            L("618,000", 618000, E, P, "immigration_non_eu", YJ26),
            L("roughly 78%", 78, AP, PCT, "immigration_share_non_eu", YJ26),
            L("241,000", 241000, E, P, "immigration_study_non_eu", YJ26 + " (most common reason)"),
            L("close to two in five", 40, ALM, PCT, "immigration_share_study_non_eu", YJ26 + " (of non-EU arrivals)"),
            L("164,000", 164000, E, P, "immigration_work_non_eu", YJ26 + " (work-related immigration from beyond the EU)"),
            L("less than half", 0.5, LT, RATIO, "immigration_work_non_eu_ratio", YJ26 + " vs " + YJ24 + " (its level two years before)"),
            L("87,000", -87000, E, P, "net_migration_british_nationals", YJ26 + " (British citizens leaving outnumbered those coming home)"),
            L("68,000", -68000, E, P, "net_migration_eu", YJ26 + " (EU citizens: departures exceeded arrivals)"),
            L("183,000", 183000, E, P, NM, Y25 + " (first estimate, May 2026)"),
            L("172,000", 172000, E, P, NM, Y25 + " (trimmed this morning; November 2026)"),
            # Small boats
            L("33,250", 33250, E, P, SBA, YTD_NOV26 + " (Home Office)"),
            L("17%", -17, E, PCT, SBA + "_change", YTD_NOV26 + " vs " + YTD_NOV25 + " (below)"),
            L("39,910", 39910, E, P, SBA, YTD_NOV25),
            L("37,940", 37940, E, P, SBA, YJ26 + " (the 12 months to June)"),
            L("598", 598, E, BOATS, SBC, YJ26),
            L("63", 63, E, PPB, OCC, YJ26 + " (average on each boat)"),
            # Asylum
            L("94,310", 94310, E, P, APPS, YS26),
            L("14%", -14, E, PCT, APPS + "_change", YS26 + " vs year ending September 2025 (down on the 12 months before)"),
            L("52,740", 52740, E, P, BL, ES26 + " (awaiting an initial decision)"),
            L("about 175,000", 175000, AP, P, BL, "2023 (the peak)"),
            L("21,650", 21650, E, P, HOT, ES26 + " (housed in hotels)"),
            L("more than 56,000", 56000, MT, P, HOT, "2023 (when hotel use was at its height)"),
            L("36,900", 36900, E, P, RET, YS26 + " (returned from the UK)"),
            L("about a quarter", 25, AP, PCT, "returns_share_enforced", YS26),
            # The politics / what happens next
            L("nearly 100,000", 100000, ALM, P, SBA, ELECTION + "November 2026 (since the general election; Reform UK's home affairs spokesman)"),
            L("about 260,000", 260000, AP, P, "net_migration_forecast", "per year, over the next five years (2026 to 2031; Office for Budget Responsibility)"),
        ]),
    "02-slemish-herald-ni-population-migration-common-travel-area": dict(
        meta=dict(url="https://www.slemishherald.example/news/northern-ireland/migration-drives-northern-irelands-population-past-193-million-as-net-inflow-hits-5200-a7719204.html",
                  title="Migration drives Northern Ireland's population past 1.93 million as net inflow hits 5,200",
                  publisher="The Slemish Herald", author="Niamh Castellane-Ruddock", published_date="2026-06-26"),
        labels=[
            L("1.93 million", 1.93e6, MT, P, "population", "mid-2025 (30 June 2025; past; headline)", geo=NI),
            L("5,200", 5200, E, P, NM, MID25 + " (net inflow; headline)", occ=0, geo=NI),
            L("9,100", 9100, E, P, "population_growth", MID25 + NISRA, geo=NI),
            L("1,931,600", 1931600, E, P, "population", "mid-2025 (30 June last year)" + NISRA, geo=NI),
            L("0.5%", 0.5, E, PCT, "population_change", MID25, geo=NI),
            L("20,400", 20400, E, P, "births", MID25, geo=NI),
            L("16,500", 16500, E, P, "deaths", MID25, geo=NI),
            L("3,900", 3900, E, P, "population_natural_change", MID25 + " (natural increase)", geo=NI),
            L("5,200", 5200, E, P, NM, MID25 + " (net migration added)", occ=1, geo=NI),
            L("Some 14,900", 14900, AP, P, IMM, MID25 + " (came from outside the UK)", geo=NI),
            L("9,600", 9600, E, P, EMI, MID25 + " (left for overseas)", geo=NI),
            L("5,300", 5300, E, P, "net_migration_international", MID25 + " (net gain from overseas)", geo=NI),
            L("12,400", 12400, E, P, "cross_border_migration_inflow_gb", MID25 + " (arrived from Great Britain)", geo=NI),
            L("12,500", 12500, E, P, "cross_border_migration_outflow_gb", MID25 + " (went to Great Britain)", geo=NI),
            L("100", -100, E, P, "net_migration_rest_of_uk", MID25 + " (net loss to Great Britain)", geo=NI),
            L("4,700", 4700, E, P, "population_growth", MID25, geo="Belfast"),
            L("352,400", 352400, E, P, "population", "mid-2025 (30 June 2025)", geo="Belfast"),
            L("more than half", 50, MT, PCT, "population_growth_share_belfast", MID25 + " (of the total increase)", geo=NI),
            L("17,260", 17260, E, P, "health_card_registrations_from_outside_uk", Y25 + " (registering with a GP after arriving from outside the UK; NISRA statistician)", geo=NI),
            L("6%", 6, E, PCT, "health_card_registrations_from_outside_uk_change", "2025 vs 2024 (up; NISRA statistician)", geo=NI),
            L("about 300", 300, AP, CROSSINGS, "border_crossing_points", "2026 (the land border)", geo="Irish border"),
            L("23,000", 23000, E, P, "cross_border_commuters", "2026 (an estimated; commute across the land border for work)", geo="Irish border"),
            L("1,140", 1140, E, P, "operation_gull_detections", Y25 + " (detected at ports and airports; Operation Gull)", geo=NI),
            L("14,920", 14920, E, P, APPS, Y25 + " (international protection applications; last year)", geo=IE),
            L("18,561", 18561, E, P, APPS, "2024 (calendar year; international protection applications)", geo=IE),
            L("roughly a fifth", -20, AP, PCT, APPS + "_change", "2025 vs 2024 (fewer)", geo=IE),
            L("more than 80%", 80, MT, PCT, "asylum_applications_share_via_northern_ireland", "2024 (came across the border from the north; the justice minister in Dublin)", geo=IE),
            L("2,480", 2480, E, P, SUPPORT, EM26 + " (when March ended; Home Office)", geo=NI),
            L("21%", -21, E, PCT, SUPPORT + "_change", EM26 + " vs " + EM25 + " (fewer than twelve months earlier)", geo=NI),
            L("310", 310, E, P, HOT, EM26, geo=NI),
            L("around nine in ten", 90, AP, PCT, "asylum_support_population_share_belfast", EM26 + " (in the Belfast area)", geo=NI),
        ]),
    "03-ochil-times-scotland-population-projections-migration": dict(
        meta=dict(url="https://www.ochiltimes.example/scotland/politics/article/scotland-population-projections-migration-nrs-2049-f4k8q2",
                  title="Scotland will only keep growing if people keep moving here, projections show",
                  publisher="The Ochil Times", author="Fergus Lindqvist-Mackay", published_date="2026-10-14"),
        labels=[
            L("6%", -6, E, PCT, PROJ_CH, DEC24_49 + " (without migration; standfirst)", occ=0, geo=SC),
            L("5.55 million", 5.55e6, E, P, "population", MID24, geo=SC),
            L("5.71 million", 5.71e6, E, P, PROJ, "mid-2034 (over the next decade)" + NRS, geo=SC),
            L("2.9%", 2.9, E, PCT, PROJ_CH, DEC24_34 + NRS, geo=SC),
            L("about 5.76 million", 5.76e6, AP, P, PROJ, "mid-2040s (the projected peak)" + NRS, geo=SC),
            L("23,000", 23000, E, P, NMPA, "per year, from mid-2024 (projection assumption)", geo=SC),
            L("13,000", 13000, E, P, "net_migration_overseas_projection_assumption", "per year, from mid-2024 (from overseas)", geo=SC),
            L("10,000", 10000, E, P, "net_migration_rest_of_uk_projection_assumption", "per year, from mid-2024 (from the rest of the UK)", geo=SC),
            L("more than a third", THIRD, MT, PCT, NMPA + "_change", "2024-based vs 2022-based projections (higher than)", geo=SC),
            L("17,000", 17000, E, P, NMPA, "per year (2022-based projections; the previous set)", geo=SC),
            L("5.21 million", 5.21e6, E, P, PROJ, "mid-2049 (natural change only: if nobody moved in or out)", geo=SC),
            L("6%", -6, E, PCT, PROJ_CH, DEC24_49 + " (natural change only; a drop of)", occ=1, geo=SC),
            L("11,400", -11400, E, P, "population_natural_change", "year to mid-2024 (more deaths than births)", geo=SC),
            L("22,000", -22000, E, P, "population_natural_change_projection", "per year by 2049 (the annual gap; projected)", geo=SC),
            L("nearly double", 2, ALM, RATIO, "population_natural_change_projection_ratio", "2049 vs year to mid-2024 (annual gap of deaths over births)", geo=SC),
            L("About one in five", 20, AP, PCT, S65, MID24 + " (now)", geo=SC),
            L("20.6%", 20.6, E, PCT, S65, MID24 + " (now)", geo=SC),
            L("more than a quarter", 25, MT, PCT, S65, "mid-2049 (projected)", geo=SC),
            L("25.9%", 25.9, E, PCT, S65, "mid-2049 (projected)", geo=SC),
            L("46%", 46, E, PCT, "population_aged_75_and_over_change", DEC24_49 + " (projected)", geo=SC),
            L("510,000", 510000, E, P, "population_aged_75_and_over", MID24, geo=SC),
            L("745,000", 745000, E, P, "population_aged_75_and_over", "mid-2049 (projected)", geo=SC),
            L("3.1", 3.1, E, RATIO, WAPR, MID24 + " (people of working age per person of pensionable age; currently)", geo=SC),
            L("2.3", 2.3, E, RATIO, WAPR, "mid-2049 (projected)", geo=SC),
            L("Nineteen", 19, E, COUNCILS, "council_areas_population_growth", DEC24_34 + " (projected to grow)", geo=SC),
            L("14.8%", 14.8, E, PCT, PROJ_CH, DEC24_34, geo="Midlothian"),
            L("11.9%", -11.9, E, PCT, PROJ_CH, DEC24_34 + " (the steepest decline)", geo="Inverclyde"),
            L("5.4%", 5.4, E, PCT, PROJ_CH, DEC24_34 + " (the UK as a whole)"),
            L("5.8%", 5.8, E, PCT, PROJ_CH, DEC24_34, geo="England"),
            L("3.4%", 3.4, E, PCT, PROJ_CH, DEC24_34, geo="Wales"),
            L("1.6%", 1.6, E, PCT, PROJ_CH, DEC24_34, geo=NI),
            L("38,600", 38600, E, P, NM, MID25, geo=SC),
            L("25,900", 25900, E, P, "net_migration_overseas", MID25, geo=SC),
            L("12,700", 12700, E, P, "net_migration_rest_of_uk", MID25 + " (from elsewhere in the UK)", geo=SC),
            L("Roughly two-thirds", 200 / 3, AP, PCT, "immigration_share_aged_16_34", MID25 + " (of those who arrived from abroad)", geo=SC),
        ]),
    "04-groundtruth-shadow-home-secretary-conference-claims": dict(
        meta=dict(url="https://groundtruth.example/fact-checks/immigration/shadow-home-secretary-conference-speech-channel-crossings-net-migration/",
                  title="Checking the Shadow Home Secretary's conference speech on Channel crossings and net migration",
                  publisher="Groundtruth", author="Imogen Tarrant-Boateng", published_date="2026-10-08"),
        labels=[
            # claims and verdicts
            L("Nearly 100,000", 100000, ALM, P, SBA, ELECTION + "October 2026 (since Labour took office)" + CLAIM),
            L("about 93,800", 93800, AP, P, SBA, ELECTION + "6 October 2026" + VERDICT, occ=0),
            L("a fifth", 20, E, PCT, SBA + "_change", "2026 to date vs the same period (up; this year)" + CLAIM, ctx="up by a fifth this year"),
            L("17%", -17, E, PCT, SBA + "_change", JS26 + " vs " + JS25 + " (lower than at this point last year)" + VERDICT, occ=0),
            L("less than a third", 1 / 3, LT, RATIO, NM + "_ratio", "2025 vs " + YJ24 + " (the year before the election)" + VERDICT, occ=0),
            L("one in 50", 2, E, PCT, SHARE_SB, "ever (small boat migrants removed)" + CLAIM, occ=0),
            L("about one in eight", 12.5, AP, PCT, SHARE_SB, YJ26 + " (the most recent figures)" + VERDICT, occ=0),
            # Small boats since the election
            L("93,147", 93147, E, P, SBA, ELECTION + "30 September 2026 (Home Office)"),
            L("610", 610, E, P, SBA, "1 to 6 October 2026 (provisional daily figures)"),
            L("about 93,800", 93800, AP, P, SBA, ELECTION + "6 October 2026 (the total)", occ=1),
            L("more than 6,000", 6000, MT, P, "claim_small_boat_arrivals_overstatement", ELECTION + "6 October 2026 (the claim's shortfall from 100,000)"),
            # Are crossings up this year?
            L("29,050", 29050, E, P, SBA, JS26),
            L("34,830", 34830, E, P, SBA, JS25 + " (the same nine months)"),
            L("17%", -17, E, PCT, SBA + "_change", JS26 + " vs " + JS25 + " (this year's total lower)", occ=1),
            L("24,190", 24190, E, P, SBA, JS24 + " (the first nine months)"),
            L("about a fifth", 20, AP, PCT, SBA + "_change", JS26 + " vs " + JS24 + " (higher)"),
            # Net migration
            L("183,000", 183000, E, P, NM, Y25 + ONS_MAY),
            L("652,000", 652000, E, P, NM, YJ24 + " (the final complete year under the previous government; latest ONS figure)"),
            L("less than a third", 1 / 3, LT, RATIO, NM + "_ratio", "2025 vs " + YJ24, occ=1),
            L("944,000", 944000, E, P, NM, PEAK),
            # Removals
            L("5,060", 5060, E, P, RET, YJ26 + " (people who arrived by small boat and were returned from the UK)"),
            L("37,940", 37940, E, P, SBA, YJ26 + " (came by small boat over the same period)"),
            L("about one in eight", 12.5, AP, PCT, SHARE_SB, YJ26 + " (works out at)", occ=1),
            L("one in 50", 2, E, PCT, SHARE_SB, "ever (the claim, rejected)", occ=1),
            L("1,690", 1690, E, P, RET, "18 September 2025 (start of the pilot) to 30 September 2026 (sent back under the pilot)", geo=FR),
            L("About 44%", 44, AP, PCT, GRANT_SH, YJ26 + " (asylum decisions that were grants)"),
            L("one in 50", 2, E, PCT, SHARE_SB, "ever (the claim; source requested)", occ=2),
        ]),
    "05-daily-colonnade-decade-of-leaving-and-arriving": dict(
        meta=dict(url="https://www.dailycolonnade.example/news/2026/05/30/decade-of-arrivals-masked-quieter-exodus-young-britons/",
                  title="A decade of arrivals has masked a quieter exodus of young Britons",
                  publisher="The Daily Colonnade", author="Rupert Alderney-Kwarteng", published_date="2026-05-30"),
        labels=[
            L("183,000", 183000, E, P, NM, Y25 + " (standfirst)", occ=0),
            L("about 330,000", 330000, AP, P, NM, "year ending June 2016 (the referendum year)"),
            L("almost 950,000", 950000, ALM, P, NM, PEAK),
            L("183,000", 183000, E, P, NM, Y25 + ONS_MAY + " (last week)", occ=1),
            L("821,000", 821000, E, P, IMM, Y25),
            L("638,000", 638000, E, P, EMI, Y25),
            L("about 3.5 million", 3.5e6, AP, P, NM, "mid-2016 to 2025 (over the ten years; cumulative, in net terms)"),
            L("65.6m", 65.6e6, E, P, "population", "mid-2016 (30 June 2016)"),
            L("some 69.6m", 69.6e6, AP, P, "population", "mid-2025 (30 June 2025)"),
            L("191,000", 191000, E, P, "emigration_british", Y25 + " (British nationals emigrated)"),
            L("112,000", 112000, E, P, "immigration_british", Y25 + " (came home)"),
            L("79,000", -79000, E, P, "net_migration_british_nationals", Y25 + " (a net loss of our own citizens)"),
            L("around 130,000", 130000, AP, P, "emigration_british", "2016 (calendar year; Britons left)"),
            L("almost half", 50, ALM, PCT, "emigration_british_change", "2025 vs 2016 (the outflow has grown by)"),
            L("Roughly three in five", 60, AP, PCT, "emigration_british_share_under_35", Y25 + " (British emigrants last year under 35)"),
            L("more than 38,000", 38000, MT, P, "australia_working_holiday_visas_british", Y25 + " (granted to young Britons)", geo="Australia"),
            L("one in four", 25, E, PCT, "public_share_considering_emigration_under_35", "2026 (a recent poll: adults under 35 seriously considering a move abroad)"),
            L("More than 41,000", 41000, MT, P, SBA, Y25 + " (last year)"),
            L("£715m", 715e6, E, GBP, RSC, "April 2022 to July 2024 (spent on the Rwanda scheme before it was scrapped)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers relocated)", ctx="four volunteers"),
            L("some 14 million", 14e6, AP, P, "population", "2026 (Rwanda, the scheme's destination; now)", geo="Rwanda"),
            L("below 100,000", 100000, LT, P, "net_migration_target", "promised by every government since 2010"),
        ]),
    "06-digbeth-despatch-west-midlands-asylum-hotels-138-a-night": dict(
        meta=dict(url="https://www.digbethdespatch.example/news/midlands-news/asylum-hotels-west-midlands-cost-138-31877405",
                  title="Asylum hotels in the West Midlands cost £138 a night per person as 2,310 still wait in rooms",
                  publisher="Digbeth Despatch", author="Harpreet Oduya-Whitlock", published_date="2026-09-08"),
        labels=[
            # headline and standfirst
            L("£138", 138, E, GBP, AC, NIGHT_HOTEL + " (headline)", occ=0),
            L("2,310", 2310, E, P, HOT, EJ26 + " (still wait in rooms; headline)", occ=0, geo=WM),
            L("more than a third", -THIRD, MT, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (down on last year; standfirst)", occ=0, geo=WM),
            V("hundreds of thousands of pounds", 2e5, 9e5, GBP, AC, "per night, " + EJ26 + " (the region's hotel bill; standfirst)", geo=WM),
            # body
            L("2,310", 2310, E, P, HOT, EJ26 + " (latest Home Office data)", occ=1, geo=WM),
            L("3,560", 3560, E, P, HOT, EJ25 + " (a year earlier)", geo=WM),
            L("35%", -35, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (the fall)", geo=WM),
            L("14", 14, E, HOTELS, HIU, EJ26, geo=WM),
            L("23", 23, E, HOTELS, HIU, EJ25 + " (June 2025)", geo=WM),
            L("24,180", 24180, E, P, HOT, EJ26 + " (across the UK)"),
            L("168", 168, E, HOTELS, HIU, EJ26 + " (sites across the UK)"),
            L("£138", 138, E, GBP, AC, NIGHT_HOTEL, occ=1),
            L("£24", 24, E, GBP, AC, "per person per night, room in a shared house, " + FY26 + " (Home Office annual report)"),
            L("nearly six times", 6, ALM, RATIO, AC + "_ratio", "per person per night, hotel place vs shared house, " + FY26),
            L("about £54", 54, AP, GBP, AC, "per person per night, averaged across all types of accommodation, " + FY26),
            L("almost £320k", 320000, ALM, GBP, AC, "per night, West Midlands hotels, " + EJ26 + " (on those figures)", geo=WM),
            L("about £116 million", 116e6, AP, GBP, AC, "per year, West Midlands hotels, at June 2026 occupancy (on those figures)", geo=WM),
            L("10,850", 10850, E, P, SUPPORT, EJ26, geo=WM),
            L("about 11%", 11, AP, PCT, "asylum_support_population_share_west_midlands", EJ26 + " (of those supported nationally)"),
            L("98,400", 98400, E, P, SUPPORT, EJ26 + " (supported nationally)"),
            L("3,180", 3180, E, P, SUPPORT, EJ26 + " (housed the most)", geo="Birmingham"),
            L("1,160", 1160, E, P, SUPPORT, EJ26, geo="Coventry"),
            L("1,020", 1020, E, P, SUPPORT, EJ26, geo="Stoke-on-Trent"),
            L("890", 890, E, P, SUPPORT, EJ26, geo="Wolverhampton"),
            L("760", 760, E, P, SUPPORT, EJ26, geo="Sandwell"),
            L("540", 540, E, P, SUPPORT, EJ26, geo="Walsall"),
            L("11 months", 11, E, MONTHS, "asylum_hotel_stay_average", "2026 (now; the Home Office)"),
            L("1,340", 1340, E, HOUSEHOLDS, HOMELESS, FY26 + " (refugee households recorded as homeless; Birmingham City Council)", geo="Birmingham"),
            L("870", 870, E, HOUSEHOLDS, HOMELESS, FY25 + " (the year before)", geo="Birmingham"),
            L("54%", 54, E, PCT, HOMELESS + "_change", FY26 + " vs " + FY25 + " (a rise of)", geo="Birmingham"),
            L("£7.4 million", 7.4e6, E, GBP, "council_refugee_homelessness_cost", FY26 + " (the cost of housing them)", geo="Birmingham"),
            L("£4.9 million", 4.9e6, E, GBP, "council_refugee_homelessness_cost", FY25, geo="Birmingham"),
            V("hundreds", 200, 900, HOUSEHOLDS, HOMELESS, "2026 (households arriving at the council's door; cabinet member for housing)", ctx="when hundreds of households", geo="Birmingham"),
            L("more than 600", 600, MT, P, "charity_service_users", "January to September 2026 (since January; Balsall Heath Sanctuary Hub)", geo="Birmingham"),
            L("about 240", 240, AP, P, HOT, "September 2026 (men in the airport hotel; until March 2027)", geo="Solihull"),
            V("millions", 2e6, 9e6, GBP, AC, "per day, July 2024 (hotels when the government took office; Home Office spokesperson)", ctx="taxpayer millions every day"),
            L("more than a third", -THIRD, MT, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (hotel use cut; Home Office spokesperson)", occ=1, geo=WM),
        ]),
    "07-lowther-centre-briefing-asylum-grant-rates-appeals-nationalities": dict(
        meta=dict(url="https://lowthercentre.appleby.example/briefings/asylum-grant-rates-appeals-and-nationalities-in-the-uk/",
                  title="Briefing: Asylum grant rates, appeals and nationalities in the UK",
                  publisher="Lowther Centre on Migration, University of Appleby",
                  author="Saoirse Nakamura-Bell, Tobias Eze-Lindholm", published_date="2026-10-16", license="CC BY 4.0"),
        labels=[
            # Key points
            L("44%", 44, E, PCT, GRANT_SH, YJ26 + KP, occ=0),
            L("49%", 49, E, PCT, GRANT_SH, YJ25 + " (a year earlier)" + KP),
            L("95%", 95, E, PCT, GRANT_SH, YJ26 + " (Sudanese applicants)" + KP, occ=0),
            L("3%", 3, E, PCT, GRANT_SH, YJ26 + " (Bangladeshi applicants)" + KP, occ=0),
            L("63,900", 63900, E, P, APL_BL, EJ26 + " (outstanding appeals)" + KP, occ=0),
            L("53%", 53, E, PCT, APL_BL + "_change", EJ26 + " vs " + EJ25 + " (up in twelve months)" + KP),
            L("Around two in five", 40, AP, PCT, "asylum_appeals_share_allowed", YJ26 + " (appeals decided by the tribunal)" + KP),
            # Applications and initial decisions
            L("98,640", 98640, E, P, APPS, YJ26 + " (main applicants)", occ=0),
            L("11%", -11, E, PCT, APPS + "_change", YJ26 + " vs " + YJ25 + " (fewer)"),
            L("111,084", 111084, E, P, APPS, YJ25 + " (the previous twelve months)"),
            L("118,400", 118400, E, P, DEC, YJ26),
            L("52,100", 52100, E, P, "asylum_grants", YJ26 + " (initial decisions that were grants)"),
            L("66,300", 66300, E, P, "asylum_refusals", YJ26 + " (initial decisions that were refusals)"),
            L("5 percentage points", -5, E, PCT, GRANT_SH + "_change", YJ26 + " vs " + YJ25 + " (fall in the overall grant rate, in percentage points)"),
            # Table 1
            L("10,920", 10920, E, P, APPS, YJ26 + " (Afghanistan)" + T1),
            L("71%", 71, E, PCT, GRANT_SH, YJ26 + " (Afghanistan)" + T1),
            L("8,610", 8610, E, P, APPS, YJ26 + " (Eritrea)" + T1),
            L("89%", 89, E, PCT, GRANT_SH, YJ26 + " (Eritrea)" + T1),
            L("7,940", 7940, E, P, APPS, YJ26 + " (Iran)" + T1),
            L("38%", 38, E, PCT, GRANT_SH, YJ26 + " (Iran)" + T1),
            L("7,330", 7330, E, P, APPS, YJ26 + " (Sudan)" + T1),
            L("95%", 95, E, PCT, GRANT_SH, YJ26 + " (Sudan)" + T1, occ=1),
            L("6,850", 6850, E, P, APPS, YJ26 + " (Pakistan)" + T1),
            L("6%", 6, E, PCT, GRANT_SH, YJ26 + " (Pakistan)" + T1),
            L("5,980", 5980, E, P, APPS, YJ26 + " (Bangladesh)" + T1),
            L("3%", 3, E, PCT, GRANT_SH, YJ26 + " (Bangladesh)" + T1, occ=1),
            L("98,640", 98640, E, P, APPS, YJ26 + " (all nationalities)" + T1, occ=1),
            L("44%", 44, E, PCT, GRANT_SH, YJ26 + " (all nationalities)" + T1, occ=1),
            # after the table
            L("almost half", 50, ALM, PCT, "asylum_applications_share_top_six_nationalities", YJ26 + " (the six nationalities in Table 1)"),
            L("48%", 48, E, PCT, "asylum_applications_share_top_six_nationalities", YJ26),
            L("around two-thirds", 200 / 3, AP, PCT, "asylum_applications_share_previous_visa_holders",
              YJ26 + " (Pakistani and Bangladeshi applicants who had previously held a UK visa)"),
            # Appeals
            L("46,800", 46800, E, P, APL, YJ26 + " (asylum appeals lodged)"),
            L("62%", 62, E, PCT, APL + "_change", YJ26 + " vs " + YJ25 + " (an increase)"),
            L("28,900", 28900, E, P, APL, YJ25 + " (a year earlier)"),
            L("63,900", 63900, E, P, APL_BL, EJ26 + " (appeals outstanding)", occ=1),
            L("41,700", 41700, E, P, APL_BL, EJ25 + " (twelve months before)"),
            L("31,200", 31200, E, P, "asylum_appeals_determined", YJ26 + " (determined by the tribunal)"),
            L("42%", 42, E, PCT, "asylum_appeals_share_allowed", YJ26 + " (of appeals determined)", ctx="of which 42%"),
            L("61%", 61, E, PCT, "asylum_grants_share_final", "claims made in 2022 (cohort), outcomes by June 2026 (once appeals were counted)"),
            L("52%", 52, E, PCT, GRANT_SH, "claims made in 2022 (cohort; at the initial decision)"),
            # International comparison
            L("about 830,000", 830000, AP, P, APPS, Y25 + " (EU+: the EU plus Norway and Switzerland; EU Agency for Asylum)", geo=EU),
            L("roughly 42%", 42, AP, PCT, GRANT_SH, Y25 + " (first-instance decisions that were positive; EU+; EU Agency for Asylum)", geo=EU),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
