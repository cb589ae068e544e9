#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-ninety-sixth hand-labelled hold-out set (holdout196).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, PTR)

UK, ENG, WAL, SCO, NI, EW = "UK", "England", "Wales", "Scotland", "Northern Ireland", "England and Wales"
COUNCILS, AREAS, ROOMS = "other:councils", "other:council_areas", "other:rooms"
RATE10K, RATE1K = "other:persons_per_10000_residents", "other:applications_per_1000_population"
TWO3 = 200 / 3

# 01 (Wednesday 21 February 2024; NAO investigation into asylum accommodation, published that morning; summary)
NAO = "National Audit Office investigation published 21 February 2024"
FY24 = "April 2023 to March 2024 (2023-24, forecast; " + NAO + ")"
KF1 = " (KEY FACTS box; National Audit Office)"
H2 = "July to December 2023 (the same six months; " + NAO + ")"

# 02 (Monday 14 October 2024; briefing; Home Office statistics for the year ending June 2024)
YJ24 = "July 2023 to June 2024 (the year ending June 2024; Home Office statistics)"
YJ23 = "July 2022 to June 2023 (a year earlier, YE June 2023; Home Office statistics)"
EUAA = "January to December 2023 (2023; EU Agency for Asylum)"
KP2 = " (Key points)"

# 03 (Tuesday 8 July 2025; Commons Library-style briefing; Home Office statistics at 31 March 2025)
M25 = "31 March 2025 (the end of March 2025; Home Office statistics)"
TAB3 = "31 March 2025 (Table 1: people receiving asylum support; Home Office statistics and ONS mid-2024 population estimates)"
ASP = "asylum_support_population"
RATE = "asylum_support_population_per_10000_residents"

# 04 (Thursday 26 February 2026; Home Office press release on immigration statistics for YE December 2025)
Y25 = "January to December 2025 (last year, YE December 2025; Home Office immigration statistics)"
Y24 = "January to December 2024 (2024; Home Office immigration statistics)"
KF4 = "January to December 2025 (Key figures for the year ending December 2025; Home Office)"
D25 = "31 December 2025 (the end of December; Home Office immigration statistics)"

# 05 (Thursday 21 May 2026; ONS long-term international migration bulletin, YE December 2025, in summary)
ONS5 = "provisional ONS estimates published 21 May 2026"
YD25 = "January to December 2025 (the year ending (YE) December 2025; " + ONS5 + ")"
YD24 = "January to December 2024 (YE December 2024, revised; ONS estimates published 21 May 2026)"
TAB5 = " (Table 1, thousands; ONS)"

# 06 (Thursday 27 August 2026; Home Office statistics for the year to June 2026, published that day)
HO6 = "Home Office statistics published 27 August 2026"
YJ26 = "July 2025 to June 2026 (the year to June; " + HO6 + ")"
YJ25 = "July 2024 to June 2025 (the year before; " + HO6 + ")"
TAB6 = " (table: asylum applications, top four nationalities, main applicants; Home Office)"
TJ26 = "July 2025 to June 2026 (YE June 2026" + TAB6 + ")"
TJ25 = "July 2024 to June 2025 (YE June 2025" + TAB6 + ")"
TCH = "YE June 2026 vs YE June 2025" + TAB6

# 07 (Thursday 26 November 2026; ONS estimates for the year to June 2026, published that morning)
ONS7 = "provisional ONS estimates published 26 November 2026"
J26 = "July 2025 to June 2026 (the year to June, YE June 2026; " + ONS7 + ")"
J25 = "July 2024 to June 2025 (YE June 2025, revised; ONS estimates published 26 November 2026)"
TAB7 = " (table: How the UK figures changed; ONS)"
NRS = "July 2024 to June 2025 (the year to mid-2025; National Records of Scotland, published October 2026)"
BOX7 = "July 2024 to June 2025 (year to mid-2025; HIGHLAND IN NUMBERS box; NRS)"
HIGH = "Highland"

ARTICLES = {
    "01-saltburn-scar-nao-asylum-accommodation-summary": dict(
        meta=dict(url="https://www.saltburnscar.example/public-money/report-summaries/asylum-hotels-still-costing-8-2m-a-day-as-big-sites-fall-short-auditors-find-5520914",
                  title="Asylum hotels still costing £8.2m a day as big sites fall short, auditors find",
                  publisher="Saltburn Scar", author="Wendeline Ashcombe-Nakamura", published_date="2024-02-21"),
        labels=[
            L("£8.2m", 8200000, E, GBP, "asylum_cost_hotels", "per day (2023-24, still costing a day; headline)", occ=0),
            L("£4.7bn", 4700000000, E, GBP, AC, "April 2023 to March 2024 (2023-24, forecast" + KF1 + ")", occ=0),
            L("£8.2m", 8200000, E, GBP, "asylum_cost_hotels", "per day (average daily cost of hotels this year, 2023-24" + KF1 + ")", occ=1),
            L("c. 56,000", 56000, AP, P, HOT, "September 2023 (at the peak" + KF1 + ")"),
            L("£49m", 49000000, E, GBP, "large_site_cost_excess_over_hotels", "over the sites' lifetime (the extra cost compared with hotels" + KF1 + ")", occ=0),
            L("£4.7bn", 4700000000, E, GBP, AC, FY24 + " asylum support", occ=1),
            L("over twice", 2, MT, RATIO, AC + "_ratio", "2023-24 (forecast) vs 2021-22 (" + NAO + ")"),
            L("£1.96bn", 1960000000, E, GBP, AC, "April 2021 to March 2022 (2021-22; " + NAO + ")"),
            L("£3.96bn", 3960000000, E, GBP, AC, "April 2022 to March 2023 (2022-23; " + NAO + ")"),
            L("£2.3bn", 2300000000, E, GBP, "asylum_cost_hotels", "April 2022 to March 2023 (2022-23, on hotel rooms; " + NAO + ")"),
            L("58%", 58, E, PCT, "asylum_cost_share_hotels", "April 2022 to March 2023 (2022-23; " + NAO + ")"),
            L("£8.2m", 8200000, E, GBP, "asylum_cost_hotels", "per day (an average a day this year, 2023-24; " + NAO + ")", occ=2),
            L("£157", 157, E, GBP, "asylum_hotel_cost_per_person_night", "per day (per person per night, 2023-24; " + NAO + ")"),
            L("£19", 19, E, GBP, "asylum_dispersal_cost_per_person_night", "per day (per person per night in dispersed housing, 2023-24; " + NAO + ")"),
            L("more than eight times", 8, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2023-24 (hotels vs dispersed housing, per person per night; " + NAO + ")"),
            L("398", 398, E, HOTELS, "asylum_hotels_in_use", "September 2023 (the September 2023 peak; " + NAO + ")"),
            L("52", 52, E, HOTELS, "asylum_hotels_closed", "September 2023 to 31 January 2024 (had left by 31 January 2024; " + NAO + ")"),
            L("about one in eight", 12.5, AP, PCT, "asylum_hotels_closed_share", "September 2023 to 31 January 2024 (of the 398 hotels in use at the peak; " + NAO + ")"),
            L("45,800", 45800, E, P, HOT, "31 January 2024 (hotel occupancy had dropped to; " + NAO + ")"),
            L("18%", -18, E, PCT, HOT + "_change", "31 January 2024 vs the September 2023 peak (down; " + NAO + ")"),
            L("up to 8,500", 8500, AM, P, "large_site_population_planned", "March 2023 (planned space on large sites; " + NAO + ")"),
            L("just over 900", 900, MT, P, "large_site_population", "31 January 2024 (the end of January; " + NAO + ")"),
            L("around one in ten", 10, AP, PCT, "large_site_occupancy_share", "31 January 2024 (of the places first planned; " + NAO + ")"),
            L("£241m", 241000000, E, GBP, "large_site_cost", "March 2023 to March 2024 (expected spending by the end of March 2024; " + NAO + ")"),
            L("£49m", 49000000, E, GBP, "large_site_cost_excess_over_hotels", "over the sites' lifetime (more than keeping the same people in hotels; NAO estimate)", occ=1),
            L("138,000", 138000, E, P, "asylum_backlog", "30 June 2023 (the end of June 2023; " + NAO + ")"),
            L("95,300", 95300, E, P, "asylum_backlog", "31 December 2023 (the end of December; " + NAO + ")"),
            L("31%", -31, E, PCT, "asylum_backlog_change", "31 December 2023 vs 30 June 2023 (a reduction of; " + NAO + ")"),
            L("17,300", 17300, E, P, "asylum_claims_withdrawn", H2),
            L("more than a fifth", 20, MT, PCT, "asylum_claims_withdrawn_share_of_claims_cleared", H2 + " of all the claims it cleared"),
            L("£240m", 240000000, E, GBP, PTR, "April 2022 to December 2023 (paid by the end of December 2023; " + NAO + ")"),
            L("£50m", 50000000, E, GBP, "payment_to_rwanda_planned", "April 2024 to March 2025 (2024-25, a further payment expected; " + NAO + ")"),
            L("around 200", 200, AP, P, "rwanda_accommodation_capacity", "February 2024 (accommodation prepared in Kigali, people at a time; " + NAO + ")", geo="Rwanda"),
            V("millions of pounds", 2000000, 9000000, GBP, "asylum_cost_hotels", "per day (every single day, February 2024; the chair of the Public Accounts Committee)"),
            L("more than 50", 50, MT, HOTELS, "asylum_hotels_closed", "to February 2024 (left so far; the Home Office)"),
        ]),
    "02-the-headland-briefing-asylum-uk-eu-comparison": dict(
        meta=dict(url="https://www.theheadland.example/briefings/asylum-in-the-uk-and-how-it-compares-with-the-eu",
                  title="Briefing: Asylum in the UK and how it compares with the EU",
                  publisher="The Headland", author="Ottoline Ferreira-Haldane; Kwabena Pettigrew-Strand", published_date="2024-10-14"),
        labels=[
            L("75,800", 75800, E, P, "asylum_applications", YJ24 + " main applicants" + KP2, occ=0),
            L("96,400", 96400, E, P, "asylum_applications_including_dependants", YJ24 + " people once dependants are counted" + KP2),
            L("9%", 9, E, PCT, "asylum_applications_change", "YE June 2024 vs YE June 2023 (more than a year earlier" + KP2 + ")"),
            L("69,600", 69600, E, P, "asylum_applications", YJ23 + KP2),
            L("84,100", 84100, E, P, "asylum_applications", "January to December 2002 (the previous high in 2002" + KP2 + ")"),
            L("Some 38%", 38, AP, PCT, "asylum_applications_share_small_boat", YJ24 + " main applicants who had arrived in a small boat" + KP2),
            L("Half", 50, E, PCT, "asylum_grants_share_initial_decisions", YJ24 + KP2),
            L("51%", 51, E, PCT, "asylum_grants_share_initial_decisions", YJ24 + KP2),
            L("74%", 74, E, PCT, "asylum_grants_share_initial_decisions", "July 2022 to June 2023 (YE June 2023" + KP2 + ")"),
            L("75,800", 75800, E, P, "asylum_applications", "July 2023 to June 2024 (the 12 months to June 2024; Home Office statistics) main applicants", occ=1),
            L("almost a third", THIRD, ALM, PCT, "asylum_applications_share_afghan_iranian_eritrean", YJ24 + " together, of the total", ctx="together accounting for almost a third"),
            L("105,800", 105800, E, P, "asylum_initial_decisions", "July 2023 to June 2024 (YE June 2024; Home Office statistics)"),
            L("almost four times as many", 4, ALM, RATIO, "asylum_initial_decisions_ratio", "YE June 2024 vs YE June 2022 (Home Office statistics)"),
            L("27,600", 27600, E, P, "asylum_initial_decisions", "July 2021 to June 2022 (the year ending June 2022; Home Office statistics)"),
            L("doubling", 2, E, RATIO, "asylum_decision_makers_ratio", "June 2022 to June 2024 (after doubling the number of decision-makers; Home Office)"),
            L("86,500", 86500, E, P, "asylum_backlog", "30 June 2024 (the end of June 2024; Home Office statistics)"),
            L("less than half", 50, LT, PCT, "asylum_backlog_share_of_peak", "30 June 2024 vs the peak at 30 June 2023 (Home Office statistics)"),
            L("175,500", 175500, E, P, "asylum_backlog", "30 June 2023 (the peak a year earlier; Home Office statistics)"),
            V("tens of thousands", 20000, 90000, P, "asylum_backlog_appeals", "30 June 2024 (refused applicants waiting for an appeal)"),
            L("about 1.05 million", 1050000, AP, P, "asylum_applications", EUAA, geo="EU"),
            L("18%", 18, E, PCT, "asylum_applications_change", "2023 vs 2022 (up; EU Agency for Asylum)", geo="EU"),
            L("334,000", 334000, E, P, "asylum_applications", EUAA + " Germany alone", geo="Germany"),
            L("almost a third", THIRD, ALM, PCT, "asylum_applications_share_germany", EUAA + " of the EU total", ctx="334,000, almost a third", geo="EU"),
            L("67,300", 67300, E, P, "asylum_applications", "January to December 2023 (calendar year 2023; Home Office statistics) main applicants"),
            L("around 6%", 6, AP, PCT, "asylum_applications_share_uk_of_eu_and_uk", "January to December 2023 (claims made in the EU and the UK combined)", geo="EU and UK"),
            L("Four", 4, E, P, "rwanda_relocations_voluntary", "April 2022 to July 2024 (under the previous government's partnership, went voluntarily)"),
            L("£290m", 290000000, E, GBP, PTR, "April 2022 to July 2024 (the UK paid Rwanda; the Home Office)"),
            L("2,140", 2140, E, P, "immigration_detentions_rwanda", "April 2022 to July 2024 (detained in preparation for removal; the Home Office)"),
            L("100", 100, E, ROOMS, "rwanda_accommodation_rooms", "2022 to 2024 (Hope Hostel in Kigali, prepared to receive the first arrivals)", geo="Rwanda"),
            V("thousands", 2000, 9000, P, "caseworkers_affordable_with_rwanda_cost", "April 2022 to July 2024 (the money would have paid for; a Refugee Council spokesperson)", ctx="paid for thousands of"),
        ]),
    "03-barmouth-bar-commons-library-asylum-support-nations": dict(
        meta=dict(url="https://www.barmouthbar.example/research-briefings/cbp-9381/asylum-support-across-the-uks-nations-the-statistics",
                  title="Asylum support across the UK's nations: the statistics",
                  publisher="Barmouth Bar", author="Hermione Dolgellau-Fairweather; Sunil Abergele-Cartwright", published_date="2025-07-08"),
        labels=[
            L("108,600", 108600, E, P, ASP, M25 + " receiving asylum support", occ=0),
            L("2%", -2, E, PCT, ASP + "_change", "31 March 2025 vs 31 March 2024 (fewer than a year before; Home Office statistics)"),
            L("About three in ten", 30, AP, PCT, "asylum_support_share_hotels", M25),
            L("32,900", 32900, E, P, HOT, M25),
            L("3,400", -3400, E, P, HOT + "_change", "31 March 2025 vs 31 March 2024 (fewer; Home Office statistics)"),
            L("95,600", 95600, E, P, ASP, TAB3, geo=ENG),
            L("17", 17, E, RATE10K, RATE, TAB3, ctx="England\t95,600\t17", geo=ENG),
            L("6,100", 6100, E, P, ASP, TAB3, geo=SCO),
            L("11", 11, E, RATE10K, RATE, TAB3, ctx="Scotland\t6,100\t11", geo=SCO),
            L("3,700", 3700, E, P, ASP, TAB3, geo=WAL),
            L("12", 12, E, RATE10K, RATE, TAB3, ctx="Wales\t3,700\t12", geo=WAL),
            L("3,200", 3200, E, P, ASP, TAB3, geo=NI),
            L("17", 17, E, RATE10K, RATE, TAB3, ctx="Northern Ireland\t3,200\t17", geo=NI),
            L("108,600", 108600, E, P, ASP, TAB3, occ=1),
            L("16", 16, E, RATE10K, RATE, TAB3, ctx="UK\t108,600\t16"),
            L("88%", 88, E, PCT, "asylum_support_population_share_england", M25),
            L("99,300", 99300, E, P, ASP, M25 + " housed by councils in England and Wales together", geo=EW),
            L("3,900", 3900, E, P, ASP, M25, geo="Glasgow"),
            L("almost two-thirds", TWO3, ALM, PCT, "asylum_support_population_share_glasgow", M25 + " of Scotland's total", geo=SCO),
            L("1,950", 1950, E, P, ASP, M25, geo="Belfast"),
            L("about three in five", 60, AP, PCT, "asylum_support_population_share_belfast", M25 + " of those in Northern Ireland", geo=NI),
            L("1,100", 1100, E, P, ASP, M25, geo="Cardiff"),
            L("nearly three in ten", 30, ALM, PCT, "asylum_support_population_share_cardiff", M25 + " of the Welsh figure", geo=WAL),
            L("£5.4bn", 5400000000, E, GBP, AC, "April 2023 to March 2024 (2023-24, a record; Home Office)"),
            L("£4.9bn", 4900000000, E, GBP, AC, "April 2024 to March 2025 (2024-25, provisional figures; Home Office)"),
            L("9%", -9, E, PCT, AC + "_change", "2024-25 vs 2023-24 (down; provisional figures)"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week (self-catering accommodation, rates from 1 April 2025)"),
            L("£8.86", 8.86, E, GBP, "asylum_support_weekly_allowance_catered", "per week (in hotels, where meals are provided, rates from 1 April 2025)"),
        ]),
    "04-dungeness-spit-home-office-release-quarterly-statistics": dict(
        meta=dict(url="https://www.dungenessspit.example/releases/government/returns-up-12-and-8-500-fewer-in-asylum-hotels-latest-immigration-statistics-show-8830261",
                  title="Returns up 12% and 8,500 fewer in asylum hotels, latest immigration statistics show",
                  publisher="Dungeness Spit", author=None, published_date="2026-02-26"),
        labels=[
            L("12%", 12, E, PCT, "returns_change", "2025 vs 2024 (up; press release headline)", occ=0),
            L("8,500", -8500, E, P, HOT + "_change", "31 December 2025 vs 31 December 2024 (fewer in asylum hotels; press release headline)", occ=0),
            L("more than a third", -THIRD, MT, PCT, "asylum_backlog_change", "31 December 2025 vs 31 December 2024 (the asylum backlog down by; standfirst)"),
            L("36,900", 36900, E, P, "returns", Y25 + " removals and returns"),
            L("12%", 12, E, PCT, "returns_change", "2025 vs 2024 (more than; Home Office immigration statistics)", occ=1),
            L("32,950", 32950, E, P, "returns", Y24),
            L("24%", 24, E, PCT, "returns_enforced_change", "2025 vs 2024 (increased by; Home Office immigration statistics)"),
            L("10,400", 10400, E, P, "returns_enforced", Y25),
            L("8,390", 8390, E, P, "returns_enforced", Y24),
            L("54,600", 54600, E, P, "returns", "5 July 2024 to 31 December 2025 (since 5 July 2024; Home Office)"),
            L("29,600", 29600, E, P, HOT, "31 December 2025 (asylum seekers housed in hotels on 31 December; Key figures for the year ending December 2025; Home Office)"),
            L("8,500", -8500, E, P, HOT + "_change", "31 December 2025 vs 31 December 2024 (fewer than 12 months earlier; Key figures)", occ=1),
            L("22%", -22, E, PCT, HOT + "_change", "31 December 2025 vs 31 December 2024 (a fall of; Key figures)"),
            L("197", 197, E, HOTELS, "asylum_hotels_in_use", "31 December 2025 (hotels in use; Key figures)"),
            L("more than halved", -50, MT, PCT, "asylum_hotels_in_use_change", "31 December 2025 vs the peak in summer 2023 (Key figures)"),
            L("around 400", 400, AP, HOTELS, "asylum_hotels_in_use", "summer 2023 (the peak; Key figures)"),
            L("58,400", 58400, E, P, "asylum_backlog", D25 + " awaiting an initial asylum decision (Key figures)"),
            L("35%", -35, E, PCT, "asylum_backlog_change", "31 December 2025 vs 31 December 2024 (down; Key figures)"),
            L("89,900", 89900, E, P, "asylum_backlog", "31 December 2024 (Key figures; Home Office)"),
            L("131,200", 131200, E, P, "asylum_initial_decisions", KF4),
            L("28,500", 28500, E, P, "asylum_initial_decisions_change", "2025 vs 2024 (more than in 2024; Key figures)"),
            L("104,800", 104800, E, P, "asylum_applications", KF4 + " main applicants"),
            L("4%", 4, E, PCT, "asylum_applications_change", "2025 vs 2024 (up; Key figures)"),
            R("40 to 50", 40, 50, HOTELS, "asylum_hotels_to_close", "January to June 2026 (a further, expected to close by the end of June; Home Office)"),
            L("6%", 6, E, PCT, SBA + "_change", "2025 vs 2024 (rose by; Home Office)"),
            L("38,960", 38960, E, P, SBA, Y25),
            L("36,820", 36820, E, P, SBA, Y24),
            L("55", 55, E, PPB, "small_boat_occupancy", Y25 + " an average load per boat"),
            L("21,400", 21400, E, P, "small_boat_launch_attempts_stopped_people", "January to December 2025 (French authorities prevented from crossing; Home Office)", geo="France"),
            L("410", 410, E, P, "returns_france", "September 2025 to 31 January 2026 (as of the end of January, under the UK-France agreement; Home Office)"),
            L("49,600", 49600, E, P, "visas_granted_skilled_worker", Y25 + " main applicants"),
            L("38%", -38, E, PCT, "visas_granted_skilled_worker_change", "2025 vs 2024 (a drop of; Home Office immigration statistics)"),
            L("71%", -71, E, PCT, "visas_granted_health_care_worker_change", "2025 vs 2024 (down; Home Office immigration statistics)"),
            L("9,800", 9800, E, P, "visas_granted_health_care_worker", Y25),
            L("under a quarter", 25, LT, PCT, "net_migration_share_of_peak", "year ending June 2025 vs the level inherited (fallen to; the Home Secretary)"),
            L("498", 498, E, P, "unaccompanied_children_in_care", "31 January 2026 (the end of January; Kent County Council, Spit note)", geo="Kent"),
            L("more than double", 2, MT, RATIO, "unaccompanied_children_in_care_ratio", "31 January 2026 (against the number it says it can safely support; Kent County Council)", geo="Kent"),
            L("231", 231, E, P, "unaccompanied_children_in_care_safe_capacity", "January 2026 (the number it says it can safely support; Kent County Council)", geo="Kent"),
        ]),
    "05-skegness-sandbank-ons-bulletin-long-term-migration": dict(
        meta=dict(url="https://www.skegnesssandbank.example/official-statistics/net-migration-falls-to-184-000-as-work-arrivals-slump-4471186",
                  title="Net migration falls to 184,000 as work arrivals slump",
                  publisher="Skegness Sandbank", author=None, published_date="2026-05-21"),
        labels=[
            L("184,000", 184000, E, P, NM, YD25 + " headline", occ=0),
            L("184,000", 184000, E, P, NM, YD25 + " (Main points)", occ=1),
            L("56%", -56, E, PCT, NM + "_change", "YE December 2025 vs YE December 2024 (below; Main points)"),
            L("422,000", 422000, E, P, NM, YD24 + " (Main points)"),
            L("Around 826,000", 826000, AP, P, "immigration", YD25 + " immigrated long term (Main points)"),
            L("a fifth", -20, E, PCT, "immigration_change", "YE December 2025 vs YE December 2024 (a fall of; Main points)"),
            L("1,032,000", 1032000, E, P, "immigration", YD24 + " (Main points)"),
            L("5%", 5, E, PCT, "emigration_change", "YE December 2025 vs YE December 2024 (rose; Main points)"),
            L("642,000", 642000, E, P, "emigration", YD25 + " (Main points)", occ=0),
            L("four in five", 80, E, PCT, "immigration_share_non_eu", YD25 + " (Main points)"),
            L("662,000", 662000, E, P, "immigration_non_eu", YD25 + " (Main points)", occ=0),
            L("113,000", -113000, E, P, "net_migration_eu", YD25 + " a net outflow of EU nationals (Main points)"),
            L("24,000", 24000, E, P, NM + "_revision", "January to December 2024 (YE December 2024, revised up in the release of 21 May 2026; Main points)"),
            L("398,000", 398000, E, P, NM, "January to December 2024 (YE December 2024, the earlier estimate, published May 2025; ONS)"),
            L("662,000", 662000, E, P, "immigration_non_eu", YD25, occ=1),
            L("238,000", 238000, E, P, "immigration_study_non_eu", YD25),
            L("201,000", 201000, E, P, "immigration_work_non_eu", YD25),
            L("121,000", 121000, E, P, "immigration_humanitarian_non_eu", YD25, ctx="121,000 for humanitarian"),
            L("54,000", 54000, E, P, "immigration_family_non_eu", YD25),
            L("48,000", 48000, E, P, "immigration_other_non_eu", YD25),
            L("43%", -43, E, PCT, "immigration_work_non_eu_change", "YE December 2025 vs YE December 2024 (lower; ONS) including dependants"),
            L("352,000", 352000, E, P, "immigration_work_non_eu", YD24 + " including dependants"),
            L("96,000", 96000, E, P, "immigration_humanitarian_asylum_non_eu", YD25 + " people seeking asylum"),
            L("around four-fifths", -80, AP, PCT, NM + "_change", "YE December 2025 vs the peak, YE March 2023 (fallen by; Figure 1 caption)"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (its peak, YE March 2023; Figure 1 caption)"),
            L("642,000", 642000, E, P, "emigration", YD25, occ=1),
            L("341,000", 341000, E, P, "emigration_non_eu", YD25),
            L("187,000", 187000, E, P, "emigration_eu", YD25),
            L("114,000", 114000, E, P, "emigration_british", YD25),
            L("46%", 46, E, PCT, "emigration_non_eu_share_former_study", YD25 + " had originally come to study"),
            L("61.8 million", 61800000, E, P, "population", "30 June 2024 (mid-2024; ONS)", geo=EW),
            R("between 121,000 and 247,000", 121000, 247000, P, NM, YD25 + " most likely lay between, allowing for uncertainty"),
        ]),
    "06-cromer-cove-asylum-claims-fall-eritreans-table": dict(
        meta=dict(url="https://www.cromercove.example/uk-news/2026/aug/27/eritreans-now-biggest-group-as-asylum-claims-drop-for-first-time-since-2022",
                  title="Eritreans now biggest group as asylum claims drop for first time since 2022",
                  publisher="Cromer Cove", author="Rowena Kittiwake-Oduya", published_date="2026-08-27"),
        labels=[
            L("98,700", 98700, E, P, "asylum_applications", YJ26 + " standfirst", occ=0),
            L("388", 388, E, P, SBA, "Monday 24 August 2026 (on Monday; image caption)"),
            L("98,700", 98700, E, P, "asylum_applications", YJ26 + " main applicants", occ=1),
            L("11%", -11, E, PCT, "asylum_applications_change", "year to June 2026 vs the year before (down; " + HO6 + ")"),
            L("110,900", 110900, E, P, "asylum_applications", YJ25),
            L("almost 30%", -30, ALM, PCT, "asylum_applications_pakistani_change", "year to June 2026 vs the year before (fell by; " + HO6 + ")"),
            L("8,100", 8100, E, P, "asylum_applications_eritrean", TJ25, geo=UK),
            L("9,400", 9400, E, P, "asylum_applications_eritrean", TJ26),
            L("+16%", 16, E, PCT, "asylum_applications_eritrean_change", TCH),
            L("9,900", 9900, E, P, "asylum_applications_afghan", TJ25),
            L("8,200", 8200, E, P, "asylum_applications_afghan", TJ26),
            L("−17%", -17, E, PCT, "asylum_applications_afghan_change", TCH),
            L("11,200", 11200, E, P, "asylum_applications_pakistani", TJ25),
            L("7,900", 7900, E, P, "asylum_applications_pakistani", TJ26),
            L("−29%", -29, E, PCT, "asylum_applications_pakistani_change", TCH),
            L("8,600", 8600, E, P, "asylum_applications_iranian", TJ25),
            L("7,300", 7300, E, P, "asylum_applications_iranian", TJ26),
            L("−15%", -15, E, PCT, "asylum_applications_iranian_change", TCH),
            L("a third", THIRD, E, PCT, "asylum_applications_share_top_four_nationalities", YJ26 + " the four nationalities in the table", ctx="accounted for a third"),
            L("47,200", 47200, E, P, "asylum_backlog", "30 June 2026 (the close of June; " + HO6 + ")"),
            L("about a third", -THIRD, AP, PCT, "asylum_backlog_change", "30 June 2026 vs 30 June 2025 (lower; " + HO6 + ")"),
            L("71,300", 71300, E, P, "asylum_backlog", "30 June 2025 (12 months before; " + HO6 + ")"),
            L("22,100", 22100, E, P, HOT, "30 June 2026 (the end of June; " + HO6 + ")"),
            L("10,000", -10000, E, P, HOT + "_change", "30 June 2026 vs 30 June 2025 (fewer than a year earlier; " + HO6 + ")"),
            L("24,310", 24310, E, P, SBA, "1 January to 26 August 2026 (so far this year; Home Office figures)"),
            L("12%", -12, E, PCT, SBA + "_change", "1 January to 26 August 2026 vs the same point of 2025 (below; Home Office figures)"),
            L("27,625", 27625, E, P, SBA, "1 January to 26 August 2025 (at this stage of 2025; Home Office figures)"),
            L("17,980", 17980, E, P, SBA, "January to June 2026 (during the first six months of the year; Home Office figures)"),
            L("295", 295, E, BOATS, SBC, "January to June 2026 (during the first six months of the year; Home Office figures)"),
            L("61", 61, E, PPB, "small_boat_occupancy", "January to June 2026 (on each boat on average; Home Office figures)"),
            L("11,300", 11300, E, P, "small_boat_launch_attempts_stopped_people", "January to June 2026 (over the same period; French police)", geo="France"),
            L("about £15bn", 15000000000, AP, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (the contracts' 10-year term; National Audit Office estimate, 2025)"),
            L("Roughly nine in ten", 90, AP, PCT, "small_boat_arrivals_share_claiming_asylum", "August 2026 (Dr Nnamdi Ravenscar-Holt, Migration Observatory)"),
            L("91%", 91, E, PCT, "asylum_grants_share_initial_decisions_eritrean", "latest year available to a House of Commons Library briefing published July 2026"),
            L("under 5%", 5, LT, PCT, "asylum_grants_share_initial_decisions_pakistani", "latest year available to a House of Commons Library briefing published July 2026"),
            L("More than 200", 200, MT, HOTELS, "asylum_hotels_closed", "July 2024 to August 2026 (since the election; the Home Office)"),
            V("tens of thousands", 20000, 90000, P, SBA, "per year (still arriving illegally every year; the shadow home secretary)"),
        ]),
    "07-wick-wrack-ons-net-migration-highland-table": dict(
        meta=dict(url="https://www.wickwrack.example/news/scotland/net-migration-falls-by-a-third-but-highlands-still-depend-on-newcomers-6093318",
                  title="Net migration falls by a third, but Highlands still depend on newcomers",
                  publisher="Wick Wrack", author="Catriona Ackergill-Mbeki", published_date="2026-11-26"),
        labels=[
            L("a third", -THIRD, E, PCT, NM + "_change", "YE June 2026 vs YE June 2025 (revised) (falls by; headline)", occ=0),
            L("158,000", 158000, E, P, NM, J26 + " arrivals outnumbered departures (standfirst)", occ=0),
            L("a third", -THIRD, E, PCT, NM + "_change", "YE June 2026 vs YE June 2025 (revised) (dropped by; " + ONS7 + ")", occ=1),
            L("158,000", 158000, E, P, NM, J26 + " a provisional total", occ=1),
            L("236,000", 236000, E, P, NM, J25 + " the previous 12 months", occ=0),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (YE June 2025, first estimate, published November 2025)"),
            L("32,000", 32000, E, P, NM + "_revision", "July 2024 to June 2025 (YE June 2025, revised up in the release of 26 November 2026)"),
            L("905,000", 905000, E, P, "immigration", J25 + TAB7),
            L("782,000", 782000, E, P, "immigration", J26 + TAB7),
            L("−123,000", -123000, E, P, "immigration_change", "YE June 2026 vs YE June 2025" + TAB7),
            L("669,000", 669000, E, P, "emigration", J25 + TAB7),
            L("624,000", 624000, E, P, "emigration", J26 + TAB7),
            L("−45,000", -45000, E, P, "emigration_change", "YE June 2026 vs YE June 2025" + TAB7),
            L("236,000", 236000, E, P, NM, J25 + TAB7, occ=1),
            L("158,000", 158000, E, P, NM, J26 + TAB7, occ=2),
            L("−78,000", -78000, E, P, NM + "_change", "YE June 2026 vs YE June 2025" + TAB7),
            L("14%", -14, E, PCT, "immigration_change", "YE June 2026 vs YE June 2025 (down; " + ONS7 + ")"),
            L("7%", -7, E, PCT, "emigration_change", "YE June 2026 vs YE June 2025 (down; " + ONS7 + ")"),
            L("about 250,000", 250000, AP, P, NM, "per year (averaged a year in the decade to 2019, 2010 to 2019; a House of Commons Library briefing)"),
            L("38,900", 38900, E, P, NM, NRS, geo=SCO),
            L("21,600", 21600, E, P, "net_migration_overseas", NRS + " from overseas", geo=SCO),
            L("17,300", 17300, E, P, "net_migration_rest_of_uk", NRS + " from the rest of the UK", geo=SCO),
            L("11,900", -11900, E, P, "population_natural_change", NRS + " deaths outnumbered births by", geo=SCO),
            L("27,000", 27000, E, P, "population_growth", NRS + " the population grew by", geo=SCO),
            L("1,100", 1100, E, P, "population_growth", NRS + " the population rose by", geo=HIGH),
            L("1,050", -1050, E, P, "population_natural_change", NRS + " deaths exceeded births by", geo=HIGH),
            L("2,150", 2150, E, P, NM, NRS + " a net number moved in", geo=HIGH),
            L("around 240", -240, AP, P, "population_growth", NRS + " lost residents", geo="Caithness"),
            L("nearly a quarter", 25, ALM, PCT, "population_share_aged_65_and_over", "mid-2025 (people across the Highlands aged 65 or over; NRS)", geo=HIGH),
            L("+1.1k", 1100, E, P, "population_growth", BOX7 + " population change", geo=HIGH),
            L("2.15k", 2150, E, P, NM, BOX7, geo=HIGH),
            L("-1.05k", -1050, E, P, "population_natural_change", BOX7 + " natural change", geo=HIGH),
            L("212", 212, E, P, "nurses_recruited_overseas", "April 2025 to March 2026 (2025-26, started work; NHS Highland)", geo=HIGH),
            L("140", 140, E, P, "nurses_recruited_overseas", "April 2023 to March 2024 (2023/24; NHS Highland)", geo=HIGH),
            L("just over half", 50, MT, PCT, "nurses_recruited_overseas_change", "2025-26 vs 2023/24 (an increase of; NHS Highland)", geo=HIGH),
            L("more than 80%", -80, MT, PCT, NM + "_change", "YE June 2026 vs the peak, YE March 2023 (a drop since the peak; the Home Office)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
