#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the fifty-seventh hand-labelled hold-out set (holdout57).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, PPB, HOTELS, YEARS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, RSC, RSP, PTR, EW)

UK, FR, EU, SC, WA, NI, RW, EN = "UK", "France", "EU", "Scotland", "Wales", "Northern Ireland", "Rwanda", "England"
KIR, YH, WY = "Kirklees", "Yorkshire and the Humber", "West Yorkshire"
RET, BL, APPS, SUP, DISP = "returns", "asylum_backlog", "asylum_applications", "asylum_support_population", "asylum_dispersal_population"
DEATHS, STOPPED, RESC = "small_boat_deaths", "small_boat_launch_attempts_stopped_people", "small_boat_rescues"
P10K, OPS, CALLS = "other:persons_per_10000_residents", "other:rescue_operations", "other:calls"
PER10K = "asylum_dispersal_population_per_10000_residents"
SHARE_HOT = "asylum_support_share_hotels"
HOTNIGHT, DISPNIGHT = "asylum_hotel_cost_per_person_night", "asylum_dispersal_cost_per_person_night"

# 01: Thursday 1 October 2026; "yesterday" = Wednesday 30 September 2026
SINCE = "5 July 2024 to 30 September 2026 (since the general election)"
WED30 = "Wednesday 30 September 2026 (yesterday)"
YTD30, YTD30_25 = "1 January to 30 September 2026", "1 January to 30 September 2025"
MIN = "; Border Security Minister"
SHADOW = "; Shadow Home Secretary"
BOX1 = " (crossings by year box; Home Office)"
# 02: Wednesday 11 March 2026
FY2425, FY2324, FY2223, FY2021 = ("2024/25 financial year", "2023/24 financial year", "2022/23 financial year",
                                  "2020/21 financial year")
CLAIM = "claim in a viral post on X (checked by Fennmoor Verify)"
ED25 = "end of December 2025 (31 December 2025)"
CHART = " (chart of hotel spending by financial year)"
# 03: Thursday 21 May 2026, ONS year ending December 2025
Y25, Y24 = "year ending December 2025 (2025; provisional)", "year ending December 2024 (2024; revised)"
PEAK = "year ending March 2023 (record peak)"
YM26 = "year ending March 2026 (April 2025 to March 2026)"
YM25 = "year ending March 2025 (April 2024 to March 2025)"
# 04: Tuesday 15 September 2026, figures to the end of June 2026
JUN26, JUN25 = "end of June 2026 (30 June 2026)", "end of June 2025 (30 June 2025)"
TAB = " (table: West Yorkshire councils)"
CM = "; council's cabinet member for communities"
HOS = "; Home Office spokesperson"
# 05: Thursday 5 November 2026; "Wednesday" = 4 November 2026
WED4 = "Wednesday 4 November 2026 (boat off Wimereux)"
YTD4 = "1 January to 4 November 2026 (this year)"
PREF = "; French maritime prefecture"
# 06: Saturday 14 March 2026
RWA = "April 2022 to 2026 (final account of the Rwanda partnership; written ministerial statement of Tuesday 10 March 2026)"
NAO = "National Audit Office estimate of March 2024"
# 07: Tuesday 2 June 2026; the speech was on Saturday 30 May 2026
LEADER = "claim by the Conservative leader in a speech on Saturday 30 May 2026"

ARTICLES = {
    "01-daily-stannard-small-boats-since-election": dict(
        meta=dict(url="https://www.dailystannard.example/news/politics/channel-migrants-100000-since-election-1987342",
                  title="100,000 MIGRANTS: CHANNEL TOLL SINCE ELECTION SMASHES SHAMEFUL MILESTONE",
                  publisher="Daily Stannard", author="Harriet Dunmore-Vance", published_date="2026-10-01"),
        labels=[
            L("100,000", 100000, E, P, SBA, SINCE + " (headline)", ctx="100,000 MIGRANTS"),
            L("612", 612, E, P, SBA, WED30 + " (standfirst)", occ=0),
            L("MORE than 100,000", 100000, MT, P, SBA, SINCE),
            L("612", 612, E, P, SBA, WED30, occ=1),
            L("11", 11, E, BOATS, SBC, WED30, ctx="in 11 boats"),
            L("100,350", 100350, E, P, SBA, SINCE + " (since polling day)"),
            L("about 123", 123, AP, P, SBA, SINCE + " (average per day)"),
            L("34,880", 34880, E, P, SBA, YTD30 + " (so far in 2026)"),
            L("11 per cent", 11, E, PCT, SBA + "_change", YTD30 + " vs " + YTD30_25),
            L("31,420", 31420, E, P, SBA, YTD30_25 + " (same date last year)"),
            L("572", 572, E, BOATS, SBC, YTD30 + " (this year's vessels)"),
            L("61", 61, E, PPB, "small_boat_occupancy", YTD30 + " (average people per boat)"),
            L("53", 53, E, PPB, "small_boat_occupancy", "2025 (calendar year; average people per boat)"),
            L("13", 13, E, PPB, "small_boat_occupancy", "2020 (calendar year; average people per boat)"),
            L("more than 38,000", 38000, MT, P, RET, SINCE + " (removed or returned" + MIN + ")"),
            L("1,870", 1870, E, P, RET, "September 2025 to 30 September 2026 (returned to France under the UK-France deal" + MIN + ")", geo=FR),
            L("£540 million", 540e6, E, GBP, "uk_funding_to_france", "2026 to 2029 (British money backing French officers" + MIN + ")"),
            L("nearly 19,000", 19000, ALM, P, STOPPED, YTD30 + " (stopped from launching this year" + MIN + ")", geo=FR),
            L("340", 340, E, P, "smuggling_arrests", "1 January to 30 September 2026 (since January; across Europe with British help" + MIN + ")", geo="Europe"),
            L("Almost 46,000", 46000, ALM, P, SBA, "1 October 2025 to 30 September 2026 (past twelve months" + SHADOW + ")"),
            L("More than two in five", 40, MT, PCT, "small_boat_arrivals_share_since_election",
              SINCE + " (share of everyone who has ever crossed since 2018" + SHADOW + ")"),
            L("some 29,850", 29850, AP, P, HOT, JUN26),
            L("£5.5 million", 5.5e6, E, GBP, AC, "2026 (hotels, per day; estimated)"),
            L("71 per cent", 71, E, PCT, "public_share_believe_ministers_lost_control_borders", "21 to 27 September 2026 (Stannard poll last week)"),
            L("18 per cent", 18, E, PCT, "public_share_trust_labour_on_borders", "21 to 27 September 2026 (Stannard poll last week)"),
            L("no fewer than 49", 49, AL, P, DEATHS, YTD30 + " (this year; French authorities)"),
            L("36.8k", 36800, E, P, SBA, "2024 (calendar year)" + BOX1),
            L("42.2k", 42200, E, P, SBA, "2025 (calendar year)" + BOX1),
            L("34.9k", 34900, E, P, SBA, YTD30 + BOX1),
        ]),
    "02-fennmoor-news-verify-asylum-hotel-costs": dict(
        meta=dict(url="https://www.fennmoornews.example/news/verify/asylum-hotels-8m-a-day-claim-checked",
                  title="Is the UK spending £8m a day on asylum hotels? We checked",
                  publisher="Fennmoor News", author="Priyanka Esterhuizen-Moss", published_date="2026-03-11"),
        labels=[
            L("£8m", 8e6, E, GBP, AC, "per day (hotels; " + CLAIM + "; headline)", ctx="spending £8m a day"),
            L("£8 million", 8e6, E, GBP, AC, "per day (hotels; " + CLAIM + ")"),
            L("half", 50, E, PCT, SHARE_HOT, "now (asylum seekers living in hotels; " + CLAIM + ")", ctx="\"half of all"),
            L("£200", 200, E, GBP, HOTNIGHT, "per night (each asylum seeker; " + CLAIM + ")", ctx="taxpayer £200 a night"),
            L("£2.31bn", 2.31e9, E, GBP, AC, FY2425 + " (hotel accommodation; Home Office annual report and accounts)", occ=0),
            L("about £6.3m", 6.3e6, AP, GBP, AC, FY2425 + " (hotels, per day)"),
            L("£8m", 8e6, E, GBP, AC, FY2324 + " (the claim's daily hotel figure, which fits the year before)", ctx="The £8m figure"),
            L("£2.95bn", 2.95e9, E, GBP, AC, FY2324 + " (hotels; when hotel use was at its height)", occ=0),
            L("just over £8m", 8e6, MT, GBP, AC, FY2324 + " (hotels, per day)"),
            L("£4.82bn", 4.82e9, E, GBP, AC, FY2425 + " (all asylum support)"),
            L("nearly half", 50, ALM, PCT, "asylum_cost_share_hotels", FY2425 + " (hotels' part of asylum support spending)"),
            L("£0.26bn", 0.26e9, E, GBP, AC, FY2021 + " (hotels" + CHART[1:]),
            L("£2.27bn", 2.27e9, E, GBP, AC, FY2223 + " (hotels" + CHART[1:]),
            L("£2.95bn", 2.95e9, E, GBP, AC, FY2324 + " (hotels, peak" + CHART[1:], occ=1),
            L("about a fifth", -20, AP, PCT, AC + "_change", FY2425 + " vs " + FY2324 + " (hotels" + CHART[1:]),
            L("£2.31bn", 2.31e9, E, GBP, AC, FY2425 + " (hotels" + CHART[1:], occ=1),
            L("half", 50, E, PCT, SHARE_HOT, "now (" + CLAIM + "; crosshead)", ctx="Are half of"),
            L("32,060", 32060, E, P, HOT, ED25 + " (Home Office statistics released last month)", occ=0),
            L("107,400", 107400, E, P, SUP, ED25),
            L("roughly three in 10", 30, AP, PCT, SHARE_HOT, ED25),
            L("56,042", 56042, E, P, HOT, "September 2023"),
            L("more than half", 50, MT, PCT, SHARE_HOT, "September 2023"),
            L("32,060", 32060, E, P, HOT, ED25 + " (of which, by nation)", occ=1),
            L("some 1,140", 1140, AP, P, HOT, ED25, geo=SC),
            L("690", 690, E, P, HOT, ED25, geo=WA),
            L("410", 410, E, P, HOT, ED25, geo=NI),
            L("210", 210, E, HOTELS, "asylum_hotels_in_use", ED25 + " (end of last year)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "mid-2023 (the high point)"),
            L("£200", 200, E, GBP, HOTNIGHT, "per night (" + CLAIM + "; crosshead)", ctx="cost £200 a night?"),
            L("about £145", 145, AP, GBP, HOTNIGHT, "per person per night (hotel place; National Audit Office estimate)"),
            L("£14", 14, E, GBP, DISPNIGHT, "per person per night (dispersal accommodation; National Audit Office estimate)"),
            L("more than 10 times", 10, MT, RATIO, HOTNIGHT + "_ratio", "per person per night (hotel bed vs dispersal accommodation)"),
            L("£200", 200, E, GBP, HOTNIGHT, "per night (" + CLAIM + ")", ctx="But £200 a night"),
            L("£8m", 8e6, E, GBP, AC, "per day (hotels; " + CLAIM + "; crosshead)", ctx="Where does the £8m claim"),
            L("£8m", 8e6, E, GBP, AC, "2023 (hotels, per day; Home Office statement in 2023)", ctx="costing \"£8m a day"),
            L("the best part of £5bn", 5e9, ALM, GBP, AC, "per year (asylum support; economist at the Westferry Institute)"),
            L("71,800", 71800, E, P, BL, ED25 + " (awaiting a first decision; in December)"),
            L("more than 175,000", 175000, MT, P, BL, "mid-2023 (30 June 2023)"),
        ]),
    "03-wireline-ons-net-migration-2025": dict(
        meta=dict(url="https://www.wireline.example/uk-news/home-affairs/net-migration-falls-227000-ons-20260521",
                  title="Net migration falls by almost half to 227,000 as more EU citizens leave",
                  publisher="Wireline", author="Callum Ferreira-Addo", published_date="2026-05-21"),
        labels=[
            L("almost half", -50, ALM, PCT, NM + "_change", Y25 + " vs " + Y24 + " (headline)", occ=0),
            L("227,000", 227000, E, P, NM, Y25 + " (headline; ONS)", occ=0),
            L("almost half", -50, ALM, PCT, NM + "_change", Y25 + " vs " + Y24 + " (last year)", occ=1),
            L("227,000", 227000, E, P, NM, Y25 + " (ONS)", occ=1),
            L("Some 856,000", 856000, AP, P, "immigration", Y25 + " (12 months to December 2025; ONS)"),
            L("629,000", 629000, E, P, "emigration", Y25 + " (ONS)", occ=0),
            L("406,000", 406000, E, P, NM, Y24),
            L("44%", -44, E, PCT, NM + "_change", Y25 + " vs " + Y24),
            L("944,000", 944000, E, P, NM, PEAK),
            L("19%", -19, E, PCT, "immigration_change", Y25 + " vs " + Y24),
            L("just over a million", 1e6, MT, P, "immigration", Y24),
            L("651,000", 651000, E, P, "emigration", Y24),
            L("629,000", 629000, E, P, "emigration", Y25, occ=1),
            L("662,000", 662000, E, P, "immigration_non_eu", Y25),
            L("106,000", 106000, E, P, "immigration_british", Y25),
            L("88,000", 88000, E, P, "immigration_eu", Y25),
            L("193,000", 193000, E, P, "emigration_eu", Y25),
            L("minus 105,000", -105000, E, P, "net_migration_eu", Y25),
            L("66,000", -66000, E, P, "net_migration_british_nationals", Y25 + " (a net outflow)"),
            L("172,000", 172000, E, P, "emigration_british", Y25),
            L("398,000", 398000, E, P, "net_migration_non_eu", Y25),
            L("38%", -38, E, PCT, "immigration_work_non_eu_change", Y25 + " vs " + Y24),
            L("143,000", 143000, E, P, "immigration_work_non_eu", Y25),
            L("359,000", 359000, E, P, "immigration_study_non_eu", Y24),
            L("297,000", 297000, E, P, "immigration_study_non_eu", Y25),
            L("110,000", 110000, E, P, "immigration_humanitarian_non_eu", Y25),
            L("about one in six", SIXTH, AP, PCT, "immigration_share_humanitarian_non_eu", Y25 + " (humanitarian routes' part of non-EU immigration)"),
            L("25,000", -25000, E, P, NM + "_revision", Y24 + " (revised down from the estimate published in November 2025)"),
            L("431,000", 431000, E, P, NM, "year ending December 2024 (first estimate, published last November)"),
            L("204,000", 204000, E, P, NM, "year ending June 2025 (July 2024 to June 2025; previous estimate)"),
            L("236,000", 236000, E, P, NM, "year ending June 2025 (July 2024 to June 2025; revised up)"),
            L("roughly a quarter", 0.25, AP, RATIO, NM + "_ratio", Y25 + " vs " + PEAK + " (ONS director of population and migration statistics)"),
            L("more than three quarters", -75, MT, PCT, NM + "_change", Y25 + " vs " + PEAK + " (since the peak; Home Secretary)"),
            L("227,000", 227000, E, P, NM, Y25 + " (in a single year; Shadow Home Secretary)", occ=2),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "per year (what the public were promised; Shadow Home Secretary)"),
            L("717,000", -717000, E, P, NM + "_change", Y25 + " vs " + PEAK + " (fall from the peak; Crossfield Analysis)"),
            L("401,600", 401600, E, P, "visas_granted_study", YM26 + " (sponsored study, main applicants; Home Office)"),
            L("4%", -4, E, PCT, "visas_granted_study_change", YM26 + " vs " + YM25),
            L("36%", -36, E, PCT, "visas_granted_skilled_worker_change", YM26 + " vs " + YM25),
            L("71,800", 71800, E, P, "visas_granted_skilled_worker", YM26),
            L("18,200", 18200, E, P, "visas_granted_study_dependants", YM26),
            L("109,300", 109300, E, P, APPS, YM26 + " (year to March; highest annual figure)"),
            L("2%", 2, E, PCT, APPS + "_change", YM26 + " vs " + YM25),
        ]),
    "04-wharfeside-examiner-kirklees-asylum-dispersal": dict(
        meta=dict(url="https://www.wharfesideexaminer.example/news/politics/council/kirklees-asylum-seekers-dispersal-cost-4821907",
                  title="Kirklees now home to more than 1,100 asylum seekers as council warns of £3.4m bill",
                  publisher="The Wharfeside Examiner", author="Eleanor Pickersgill-Nwosu", published_date="2026-09-15"),
        labels=[
            L("more than 1,100", 1100, MT, P, DISP, JUN26 + " (headline)", geo=KIR),
            L("£3.4m", 3.4e6, E, GBP, "council_asylum_cost", "per year (extra services; headline)", occ=0, geo=KIR),
            L("14 per cent", 14, E, PCT, DISP + "_change", JUN26 + " vs " + JUN25 + " (standfirst)", geo=KIR),
            L("1,182", 1182, E, P, DISP, JUN26 + " (latest Home Office figures)", occ=0, geo=KIR),
            L("1,037", 1037, E, P, DISP, JUN25 + " (twelve months earlier)", geo=KIR),
            L("£3.4m", 3.4e6, E, GBP, "council_asylum_cost", "per year (extra services; council estimate)", occ=1, geo=KIR),
            L("£2,500", 2500, E, GBP, "council_asylum_grant", "one-off (per new dispersal bed)"),
            L("1,946", 1946, E, P, DISP, JUN26 + TAB, geo="Bradford"),
            L("35.0", 35.0, E, P10K, PER10K, JUN26 + TAB, geo="Bradford"),
            L("+9%", 9, E, PCT, DISP + "_change", JUN26 + " vs " + JUN25 + TAB, geo="Bradford"),
            L("611", 611, E, P, DISP, JUN26 + TAB, geo="Calderdale"),
            L("29.0", 29.0, E, P10K, PER10K, JUN26 + TAB, geo="Calderdale"),
            L("-3%", -3, E, PCT, DISP + "_change", JUN26 + " vs " + JUN25 + TAB, geo="Calderdale"),
            L("1,182", 1182, E, P, DISP, JUN26 + TAB, occ=1, geo=KIR),
            L("26.7", 26.7, E, P10K, PER10K, JUN26 + TAB, geo=KIR),
            L("+14%", 14, E, PCT, DISP + "_change", JUN26 + " vs " + JUN25 + TAB, geo=KIR),
            L("1,715", 1715, E, P, DISP, JUN26 + TAB, geo="Leeds"),
            L("20.4", 20.4, E, P10K, PER10K, JUN26 + TAB, geo="Leeds"),
            L("+4%", 4, E, PCT, DISP + "_change", JUN26 + " vs " + JUN25 + TAB, geo="Leeds"),
            L("864", 864, E, P, DISP, JUN26 + TAB, geo="Wakefield"),
            L("24.2", 24.2, E, P10K, PER10K, JUN26 + TAB, geo="Wakefield"),
            L("+21%", 21, E, PCT, DISP + "_change", JUN26 + " vs " + JUN25 + TAB, geo="Wakefield"),
            L("6,318", 6318, E, P, DISP, JUN26 + " (the five councils between them)", geo=WY),
            L("10.6", 10.6, E, P10K, PER10K, JUN26 + " (England as a whole)", geo=EN),
            L("12,480", 12480, E, P, DISP, JUN26, geo=YH),
            L("Two", 2, E, HOTELS, "asylum_hotels_in_use", JUN26, ctx="Two hotels in the district", geo=KIR),
            L("318", 318, E, P, HOT, JUN26 + " (a further 318 in the two hotels)", geo=KIR),
            L("240", 240, E, P, "school_admissions_children_asylum_seeking_families", "April to September 2026 (since April" + CM + ")", geo=KIR),
            L("£1.1m", 1.1e6, E, GBP, "council_reserves_used_asylum_costs", "2026/27 financial year (this year alone" + CM + ")", geo=KIR),
            L("£3,000", 3000, E, GBP, "council_asylum_grant_requested", "per person per year (asked of the Home Secretary)", geo=KIR),
            L("about £5.5m", 5.5e6, AP, GBP, AC, "2026 (hotels, per day" + HOS + ")"),
            L("29,850", 29850, E, P, HOT, JUN26 + " (now" + HOS + ")"),
            L("more than 56,000", 56000, MT, P, HOT, "September 2023 (the high" + HOS + ")"),
            L("around 442,000", 442000, AP, P, "population", "2026 (current)", geo=KIR),
            L("about one resident in every 370", 100 / 370, AP, PCT, DISP + "_share_of_residents", JUN26, geo=KIR),
            L("around £90m", 90e6, AP, GBP, "council_asylum_cost_shortfall", "per year (not covered by Government funding; Local Government Association estimate)", geo=EN),
        ]),
    "05-larkhaven-channel-deaths-rescues-france": dict(
        meta=dict(url="https://www.larkhaven.example/news/world/europe/channel-deaths-wimereux-children-b2871154",
                  title="Three children among five dead off French coast as officials warn of Channel's 'deadliest autumn'",
                  publisher="The Larkhaven", author="Sabine Oyelaran-Hughes", published_date="2026-11-05"),
        labels=[
            L("Three", 3, E, P, "small_boat_deaths_children", WED4 + " (headline)", ctx="Three children among"),
            L("five", 5, E, P, DEATHS, WED4 + " (headline)", ctx="among five dead"),
            L("58", 58, E, P, RESC, WED4 + " (standfirst)", occ=0, geo=FR),
            L("more than doubled", 2, MT, RATIO, "small_boat_rescue_operations_ratio", YTD4 + " vs the same period of 2024 (standfirst; French maritime authorities)", geo=FR),
            L("Five", 5, E, P, DEATHS, WED4, ctx="Five people, three"),
            L("three", 3, E, P, "small_boat_deaths_children", WED4, ctx="three of them children"),
            L("more than 70", 70, MT, PPB, "small_boat_occupancy", WED4 + " (people on board" + PREF + ")"),
            L("58", 58, E, P, RESC, WED4 + " (pulled from the sea)", occ=1, geo=FR),
            L("Twelve", 12, E, P, "small_boat_passengers_returned_to_shore", WED4 + " (brought back by the pilot)", geo=FR),
            L("two", 2, E, P, "small_boat_survivors_hospitalised", WED4 + " (flown to hospital in Boulogne)", ctx="and two survivors", geo=FR),
            L("at least 57", 57, AL, P, DEATHS, YTD4 + " (known toll" + PREF + ")"),
            L("78", 78, E, P, DEATHS, "2024 (calendar year; the worst year so far)"),
            L("as many as 80", 80, AM, PPB, "small_boat_occupancy_max", "autumn 2026 (maritime prefect)", geo=FR),
            L("296", 296, E, OPS, "small_boat_rescue_operations", YTD4 + " (since January; CROSS Gris-Nez)", geo=FR),
            L("more than twice", 2, MT, RATIO, "small_boat_rescue_operations_ratio", YTD4 + " vs the same period of 2024 (maritime prefect)", geo=FR),
            L("4,870", 4870, E, P, RESC, YTD4 + " (rescued at sea; maritime prefect)", geo=FR),
            L("21,300", 21300, E, P, STOPPED, YTD4 + " (so far this year; French interior ministry)", geo=FR),
            L("more than 1,100", 1100, MT, P, "french_coastal_police_deployed", "November 2026 (now; French interior ministry)", geo=FR),
            L("£540m", 540e6, E, GBP, "uk_funding_to_france", "2026 to 2029 (three-year funding agreement signed in spring 2026)"),
            L("39,260", 39260, E, P, SBA, YTD4 + " (Home Office)"),
            L("8 per cent", 8, E, PCT, SBA + "_change", YTD4 + " vs 1 January to 4 November 2025 (same point last year)"),
            L("1,204", 1204, E, P, SBA, "Wednesday 12 August 2026 (busiest day of the year)"),
            L("2,090", 2090, E, P, RET, "September 2025 to 4 November 2026 (flown back under the returns agreement)", geo=FR),
            L("about 1,300", 1300, AP, CALLS, "charity_helpline_calls_missing_people", "1 January to 5 November 2026 (this year; Tidewater Refugee Aid)", geo=FR),
            L("almost three times", 3, ALM, RATIO, "charity_helpline_calls_missing_people_ratio", "2026 so far vs 2023 (Tidewater Refugee Aid)", geo=FR),
            L("22 per cent", -22, E, PCT, "irregular_arrivals_change", "January to September 2026 vs January to September 2025 (Frontex)", geo=EU),
            L("about 133,000", 133000, AP, P, "irregular_arrivals", "January to September 2026 (Frontex)", geo=EU),
            L("roughly two in five", 40, AP, PCT, "irregular_arrivals_share_central_mediterranean", "January to September 2026 (Frontex)", geo=EU),
        ]),
    "06-quillon-column-rwanda-final-cost": dict(
        meta=dict(url="https://www.thequillon.example/article/what-715-million-bought",
                  title="What £715 million bought",
                  publisher="The Quillon", author="Lavinia Ashcombe-Trevelyan", published_date="2026-03-14"),
        labels=[
            L("£715 million", 715e6, E, GBP, RSC, RWA + " (headline)", occ=0),
            L("£715 million", 715e6, E, GBP, RSC, RWA, occ=1),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (relocated, all voluntarily)", ctx="relocated four people"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (all four went voluntarily)", ctx="All four went"),
            L("a little under £179 million", 179e6, ALM, GBP, "rwanda_scheme_cost_per_relocation", RWA + " (per person relocated)"),
            L("Some £290 million", 290e6, AP, GBP, PTR, RWA + " (payments to the Rwandan government)"),
            L("Around £50 million", 50e6, AP, GBP, RSC, RWA + " (chartered flights)"),
            L("roughly £375 million", 375e6, AP, GBP, RSC, RWA + " (staff, detention, lawyers and IT; the remainder)"),
            L("300", 300, E, P, "rwanda_relocations_planned", NAO + " (the first 300 removals)"),
            L("£541 million", 541e6, E, GBP, RSP, NAO + " (first 300 removals)"),
            L("about £1.8 million", 1.8e6, AP, GBP, "rwanda_scheme_planned_cost_per_relocation", NAO + " (per person)"),
            L("some 84,000", 84000, AP, P, SBA, "April 2022 to July 2024 (between the signing and the scrapping of the Rwanda deal)"),
            L("36 per cent", -36, E, PCT, SBA + "_change", "2023 vs 2022 (calendar years)"),
            L("29,437", 29437, E, P, SBA, "2023 (calendar year)"),
            L("a quarter", 25, E, PCT, SBA + "_change", "2024 vs 2023 (calendar years)"),
            L("more than 175,000", 175000, MT, P, BL, "mid-2023 (waiting for a first decision)"),
            L("some 2,100", 2100, AP, P, "immigration_detentions_rwanda", "spring 2024 (detained, earmarked for Rwanda)"),
            L("£715 million", 715e6, E, GBP, RSC, RWA + " (what else it might have bought)", occ=2),
            L("roughly £50,000", 50000, AP, GBP, "asylum_caseworker_cost_per_year", "per year (a caseworker, including overheads)"),
            L("14,300", 14300, E, YEARS, "caseworker_years_affordable_with_rwanda_cost", RWA + " (years of decision-making the cost would pay for)"),
            L("14 million", 14e6, E, P, "population", "2026 (current)", geo=RW),
            L("about 200", 200, AP, P, "rwanda_accommodation_capacity", "2022 to 2024 (hostel in Kigali)", geo=RW),
            L("42,180", 42180, E, P, SBA, "2025 (calendar year)"),
            L("760", 760, E, P, RET, "September 2025 to 28 February 2026 (sent back to France under the returns deal by the end of February)", geo=FR),
            L("£715 million", 715e6, E, GBP, RSC, RWA + " (to be carved above the Home Office door)", occ=3),
        ]),
    "07-sifted-fact-check-leader-net-migration-visas": dict(
        meta=dict(url="https://www.sifted.example/fact-checks/immigration/conservative-leader-net-migration-visa-claims",
                  title="Conservative leader's migration claims: what the numbers really say",
                  publisher="Sifted", author="Tobias Ndlovu-Hartigan", published_date="2026-06-02"),
        labels=[
            L("over half a million", 500000, MT, P, NM, "per year (now; " + LEADER + ")", occ=0),
            L("227,000", 227000, E, P, NM, Y25 + " (verdict; official figures)", occ=0),
            L("1.2m", 1.2e6, E, P, "immigration", "2025 (last year; " + LEADER + ")", occ=0),
            L("About 856,000", 856000, AP, P, "immigration", Y25 + " (verdict)"),
            L("1.2m", 1.2e6, E, P, "immigration", "2025 (the claim's figure, close to the total for 2023; verdict)", occ=1),
            L("doubled", 2, E, RATIO, "visas_granted_health_care_worker_ratio", "July 2024 to May 2026 (under this government; " + LEADER + ")"),
            L("around three quarters", -75, AP, PCT, "visas_granted_health_care_worker_change", YM26 + " vs " + YM25 + " (verdict)"),
            L("227,000", 227000, E, P, NM, Y25 + " (ONS, last month)", occ=1),
            L("half a million", 500000, E, P, NM, "per year (the claim's figure, compared with 2025)", ctx="well below half a million"),
            L("above 500,000", 500000, MT, P, NM, "2023 (calendar year; last year net migration was above 500,000)"),
            L("944,000", 944000, E, P, NM, PEAK),
            L("406,000", 406000, E, P, NM, Y24),
            L("over half a million", 500000, MT, P, NM, "per year (the claim's figure; the party pointed to the 2023 total)", occ=1),
            L("856,000", 856000, E, P, "immigration", Y25 + " (ONS)", ctx="estimated that 856,000"),
            L("629,000", 629000, E, P, "emigration", Y25 + " (ONS)"),
            L("about 1,218,000", 1218000, AP, P, "immigration", "2023 (calendar year)"),
            L("1.2m", 1.2e6, E, P, "immigration", "2025 (the claim's figure, which matches 2023)", occ=2),
            L("11,400", 11400, E, P, "visas_granted_health_care_worker", YM26 + " (main applicants; Home Office)", occ=0),
            L("78%", -78, E, PCT, "visas_granted_health_care_worker_change", YM26 + " vs " + YM25),
            L("51,900", 51900, E, P, "visas_granted_health_care_worker", YM25),
            L("roughly double", 2, AP, RATIO, "visas_granted_health_care_worker_ratio", "2022 vs 2021 (calendar years)"),
            L("400,000", 400000, E, P, "visas_granted_study", "per year (student visas; " + LEADER + ")"),
            L("401,600", 401600, E, P, "visas_granted_study", YM26 + " (sponsored study, main applicants)"),
            L("4%", -4, E, PCT, "visas_granted_study_change", YM26 + " vs " + YM25),
            L("143,700", 143700, E, P, "visas_granted_study_dependants", "peak before the January 2024 ban (12-month total)"),
            L("18,200", 18200, E, P, "visas_granted_study_dependants", YM26 + " (latest)"),
            L("5.55 million", 5.55e6, E, P, "population", "mid-2024 (30 June 2024; National Records of Scotland)", geo=SC),
            L("about 12,700", -12700, AP, P, "population_natural_change", "year to mid-2024 (July 2023 to June 2024; more deaths than births)", geo=SC),
            L("one in six", SIXTH, E, PCT, "population_share_born_abroad", "now (" + LEADER + ")", geo=EW),
            L("10 million", 10e6, E, P, "population_born_abroad", "Census 2021 (21 March 2021)", geo=EW),
            L("16.8%", 16.8, E, PCT, "population_share_born_abroad", "Census 2021 (21 March 2021)", geo=EW),
            L("227k", 227000, E, P, NM, Y25 + " (by the numbers box)"),
            L("401.6k", 401600, E, P, "visas_granted_study", YM26 + " (by the numbers box)"),
            L("11.4k", 11400, E, P, "visas_granted_health_care_worker", YM26 + " (by the numbers box)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
