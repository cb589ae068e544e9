#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-eighty-ninth hand-labelled hold-out set (holdout189).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, AC, HOT, PTR)

UK, ENG, WAL, SCO, NI = "UK", "England", "Wales", "Scotland", "Northern Ireland"
BEDS, WEEKS, COUNCILS = "other:beds", "other:weeks", "other:councils"
PER10K = "other:persons_per_10000_residents"
TWO3 = 200 / 3

# 01 (Thursday 21 March 2024; Home Office data handed to the Home Affairs Committee on Monday 18 March 2024)
F29 = "29 February 2024 (the last day of February; Home Office data handed to the Home Affairs Committee on Monday 18 March 2024)"
AHC = "asylum_cost_hotels"
AHU = "asylum_hotels_in_use"
YTD1 = "1 January to 20 March 2024 (so far this year)"
YTD0 = "1 January to 20 March 2023 (this stage of 2023)"

# 02 (Thursday 24 October 2024; Home Office annual report and accounts 2023-24, laid Thursday 17 October 2024)
FY24 = "April 2023 to March 2024 (2023-24; Home Office annual report and accounts laid 17 October 2024)"
FY23 = "April 2022 to March 2023 (2022-23; Home Office annual report)"
FY22 = "April 2021 to March 2022 (2021-22; Home Office annual report)"
CH2 = " (Chart: Home Office asylum spending, £bn; Home Office annual reports and accounts)"

# 03 (Wednesday 14 May 2025; Home Affairs Committee evidence session that day)
D24 = "31 December 2024 (when 2024 ended; published Home Office figures)"
ABA = "asylum_backlog_appeals"
M25 = "31 March 2025 (officials, Home Affairs Committee)"
KP = " (KEY POINTS box)"
PS = "the Home Office's permanent secretary"
WAIT = "asylum_appeal_wait_average"

# 04 (Thursday 21 August 2025; Home Office immigration statistics for the year ending June 2025, released that day)
YJ25 = "July 2024 to June 2025 (the year ending June 2025; Home Office statistics released Thursday 21 August 2025)"
YJ24 = "July 2023 to June 2024 (the year to June 2024, a year earlier; Home Office statistics)"
GR = "asylum_grants_share_initial_decisions"
TAB = "July 2024 to June 2025 (YE June 2025; table: initial grant rate by nationality, Home Office immigration statistics)"

# 05 (Thursday 11 December 2025; written answers of 9 and 10 December 2025)
S30 = "30 September 2025 (written answer UIN 94217, answered 9 December 2025)"
S30H = "30 September 2025 (written answer UIN 94302, answered 10 December 2025)"
FY25W = "April 2024 to March 2025 (2024-25; written answer HL12873, answered 10 December 2025)"
FY25H = "April 2024 to March 2025 (2024-25; written answer UIN 94302, answered 10 December 2025)"
WA = "asylum_support_weekly_allowance"
ASP = "asylum_support_population"

# 06 (Tuesday 14 April 2026; LGA survey, PA copy, with local figures for Stoke-on-Trent)
FY25 = "April 2024 to March 2025 (2024/25, last year; Local Government Association survey)"
SOT = "Stoke-on-Trent"
FY26S = "April 2025 to March 2026 (the 12 months to March; Stoke-on-Trent City Council)"
CAC = "council_asylum_cost"

# 07 (Wednesday 4 November 2026; National Audit Office report on the cost of the asylum system across government)
FY26 = "April 2025 to March 2026 (2025-26, last year; National Audit Office report)"
NAOB = "; National Audit Office report, 'The report found' list)"

ARTICLES = {
    "01-the-barometer-asylum-hotels-cost-per-night": dict(
        meta=dict(url="https://www.thebarometer.example/politics/2024/03/21/migrant-hotels-still-costing-taxpayers-5m-a-day/",
                  title="Migrant hotels still costing taxpayers £5m a day despite closure drive",
                  publisher="The Barometer", author="Imogen Ravensworth-Adebayo", published_date="2024-03-21"),
        labels=[
            L("£5m", 5000000, E, GBP, AHC, "per day, March 2024 (now; headline)"),
            L("Almost 36,000", 36000, ALM, P, HOT, "March 2024 (remain in hotels; standfirst)"),
            L("251", 251, E, HOTELS, AHU, "March 2024 (still used by the Home Office; picture caption)", ctx="one of 251 still"),
            L("more than £5 million", 5000000, MT, GBP, AHC, "per day, March 2024 (still paying; official figures)"),
            L("35,940", 35940, E, P, HOT, F29),
            L("36 per cent", -36, E, PCT, HOT + "_change", "29 February 2024 vs September 2023 (a drop from the peak)"),
            L("56,020", 56020, E, P, HOT, "September 2023 (the peak)"),
            L("£146", 146, E, GBP, "asylum_hotel_cost_per_person_night", "per night, March 2024 (average for each person put up in a hotel)"),
            L("£17", 17, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, March 2024 (a place in dispersal accommodation)"),
            L("more than eight times", 8, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", "per night, March 2024 (a hotel bed against dispersal accommodation)"),
            L("about £5.2 million", 5200000, AP, GBP, AHC, "per day, March 2024 (now, on those figures)"),
            L("almost £2 billion", 2000000000, ALM, GBP, AHC, "per year, March 2024 (now, on those figures)"),
            L("topped £8 million", 8000000, MT, GBP, AHC, "per day, autumn 2023 (the height of last autumn's crisis)"),
            L("251", 251, E, HOTELS, AHU, "March 2024 (now)", ctx="now number 251"),
            L("398", 398, E, HOTELS, AHU, "September 2023 (last September)"),
            L("at least 150", 150, AL, HOTELS, "asylum_hotels_to_close", "by the end of April 2024 (ministers' promise)"),
            L("147", 147, E, HOTELS, "asylum_hotels_closed", "September 2023 to March 2024 (handed back so far)", ctx="and 147 have"),
            L("almost a third", THIRD, ALM, PCT, "asylum_support_share_hotels", F29 + " of people receiving asylum support"),
            L("110,620", 110620, E, P, ASP, F29 + " receiving asylum support"),
            L("4,644", 4644, E, P, SBA, YTD1),
            L("20 per cent", 20, E, PCT, SBA + "_change", "1 January to 20 March 2024 vs the same stage of 2023 (more)"),
            L("3,870", 3870, E, P, SBA, YTD0),
            L("91", 91, E, BOATS, SBC, YTD1),
            L("51", 51, E, PPB, "small_boat_occupancy", YTD1 + " average per boat, a record for the time of year"),
            L("204", 204, E, P, HOT, "March 2024 (men housed at the Marshlands Court Hotel)", geo="Skegness"),
            L("£310,000", 310000, E, GBP, "council_legal_costs_asylum_hotel", "to March 2024 (a legal challenge that failed in the High Court last month; East Lindsey District Council)", geo="East Lindsey"),
            L("3,110", 3110, E, "other:incidents", "police_callouts_asylum_hotel", "January to December 2023 (last year; figures obtained by the Barometer)", geo="England and Wales"),
            V("tens of thousands", 20000, 90000, P, "asylum_backlog", "March 2024 (left waiting in limbo by a vast backlog; Labour)"),
            L("147", 147, E, HOTELS, "asylum_hotels_closed", "summer 2023 to March 2024 (since last summer; a Home Office spokeswoman)", ctx="shut 147 hotels"),
            V("millions of pounds", 2000000, 9000000, GBP, "asylum_hotel_exit_saving", "summer 2023 to March 2024 (saved by closing hotels; a Home Office spokeswoman)"),
            L("8,000", 8000, E, BEDS, "asylum_dispersal_beds_required", "by the end of April 2024 (the next six weeks, for the April deadline; officials privately)", geo=ENG),
        ]),
    "02-the-firmament-home-office-accounts-asylum-spending": dict(
        meta=dict(url="https://www.thefirmament.example/britain/2024/10/24/paying-for-the-queue",
                  title="Paying for the queue",
                  publisher="The Firmament", author=None, published_date="2024-10-24"),
        labels=[
            L("a fifth", 20, E, PCT, "asylum_cost_share_home_office_budget", "April 2023 to March 2024 (2023-24; rubric)", ctx="eats a fifth of"),
            L("£5.38bn", 5380000000, E, GBP, AC, FY24 + " a record"),
            L("more than a third", THIRD, MT, PCT, AC + "_change", "2023-24 vs 2022-23 (higher)"),
            L("£3.96bn", 3960000000, E, GBP, AC, FY23),
            L("more than 2.5 times", 2.5, MT, RATIO, AC + "_ratio", "2023-24 vs 2021-22"),
            L("£2.12bn", 2120000000, E, GBP, AC, FY22),
            L("£26.1bn", 26100000000, E, GBP, "home_office_net_spending", FY24 + " total net spending"),
            L("about a fifth", 20, AP, PCT, "asylum_cost_share_home_office_budget", FY24),
            L("£3.78bn", 3780000000, E, GBP, "asylum_cost_budget", FY24 + " asylum budget at the start of the year"),
            L("£1.6bn", 1600000000, E, GBP, "asylum_cost_overspend", FY24 + " overshot, filled from the Treasury's reserve"),
            L("£4.46bn", 4460000000, E, GBP, "asylum_cost_accommodation", FY24),
            L("£3.07bn", 3070000000, E, GBP, AHC, FY24),
            L("more than two-thirds", TWO3, MT, PCT, "asylum_accommodation_cost_share_hotels", FY24),
            L("about £8.4m", 8400000, AP, GBP, AHC, "per day, " + FY24),
            L("£310m", 310000000, E, GBP, "asylum_cost_cash_allowances", FY24),
            L("£610m", 610000000, E, GBP, "asylum_cost_casework_and_other", FY24 + " caseworkers, interpreters, grants to councils and the rest"),
            L("1.0", 1000000000, E, GBP, AC, "April 2019 to March 2020 (2019-20" + CH2 + ")"),
            L("1.3", 1300000000, E, GBP, AC, "April 2020 to March 2021 (2020-21" + CH2 + ")"),
            L("2.1", 2100000000, E, GBP, AC, "April 2021 to March 2022 (2021-22" + CH2 + ")"),
            L("4.0", 4000000000, E, GBP, AC, "April 2022 to March 2023 (2022-23" + CH2 + ")"),
            L("5.4", 5400000000, E, GBP, AC, "April 2023 to March 2024 (2023-24" + CH2 + ")"),
            L("114,400", 114400, E, P, ASP, FY24 + " average number supported during the year"),
            L("roughly £47,000", 47000, AP, GBP, "asylum_cost_per_person_per_year", "per year, " + FY24 + " a head"),
            L("104,300", 104300, E, P, "asylum_initial_decisions", FY24),
            L("more than three times", 3, MT, RATIO, "asylum_initial_decisions_ratio", "2023-24 vs 2022-23 (the year before)"),
            L("31,200", 31200, E, P, "asylum_initial_decisions", FY23 + " the year before"),
            L("nearly doubled", 2, ALM, RATIO, "asylum_decision_makers_ratio", "2023-24 vs 2022-23"),
            L("1,280", 1280, E, P, "asylum_decision_makers", FY23),
            L("2,420", 2420, E, P, "asylum_decision_makers", FY24),
            L("£418m", 418000000, E, GBP, "asylum_cost_caseworking", FY24),
            L("about £4,000", 4000, AP, GBP, "asylum_cost_per_claim_decided", FY24 + " a decision"),
            L("29,600", 29600, E, P, HOT, "30 June 2024 (the end of June)"),
            L("56,020", 56020, E, P, HOT, "September 2023 (the peak)"),
            L("£100m", 100000000, E, GBP, PTR, FY24 + " paid to Kigali in the year"),
            L("£240m", 240000000, E, GBP, PTR, "April 2022 to March 2024 (the total so far; Home Office accounts)"),
            L("about 100", 100, AP, P, "rwanda_accommodation_capacity", "2024 (a Kigali guesthouse prepared for the first arrivals, able to sleep; standing empty)", geo="Rwanda"),
            L("£4.2bn", 4200000000, E, GBP, "asylum_cost_forecast", "April 2024 to March 2025 (2024-25; the department's own forecast)"),
            L("more than a fifth", -20, MT, PCT, "asylum_cost_forecast_change", "2024-25 forecast vs 2023-24 (lower than last year's total)"),
        ]),
    "03-sundog-news-home-affairs-committee-asylum-backlogs": dict(
        meta=dict(url="https://news.sundog.example/story/asylum-backlog-home-office-boss-admits-appeals-queue-has-moved-the-problem-13355201",
                  title="Asylum backlog: Home Office boss admits appeals queue has 'moved the problem down the corridor'",
                  publisher="Sundog News", author="Callum Achterberg-Nwosu", published_date="2025-05-14"),
        labels=[
            L("more than tripled", 3, MT, RATIO, ABA + "_ratio", "31 December 2024 vs 31 December 2022 (in two years)"),
            L("around 10,500", 10500, AP, P, "asylum_initial_decisions", "per month, May 2025 (now; " + PS + ")"),
            L("91,120", 91120, E, P, "asylum_backlog", D24, ctx="decision at 91,120"),
            L("7,480", -7480, E, P, "asylum_backlog_change", "31 December 2024 vs 31 December 2023 (lower than twelve months before)"),
            L("about 84,000", 84000, AP, P, "asylum_backlog", "April 2025 (provisional data; " + PS + ")"),
            L("More than half", 50, MT, PCT, "asylum_backlog_share_waiting_over_6_months", "April 2025 (of those still waiting, in the queue for over six months)"),
            L("91,120", 91120, E, P, "asylum_backlog", "31 December 2024 (end of December" + KP + ")", ctx="(end of December): 91,120"),
            L("41,990", 41990, E, P, ABA, "31 December 2024 (appeals waiting at the tribunal" + KP + ")", ctx="tribunal: 41,990"),
            L("32.3k", 32300, E, P, HOT, "31 March 2025 (end of March" + KP + ")"),
            L("58 weeks", 58, E, WEEKS, WAIT, "May 2025 (average wait for an appeal" + KP + ")", ctx="appeal: 58 weeks"),
            L("41,990", 41990, E, P, ABA, "31 December 2024 (the end of December; outstanding at the First-tier Tribunal)", ctx="were 41,990"),
            L("12,650", 12650, E, P, ABA, "31 December 2022 (two years earlier)"),
            L("36,240", 36240, E, P, "asylum_appeals_lodged", "January to December 2024 (the whole of 2024)"),
            L("21,480", 21480, E, P, "asylum_appeals_determined", "January to December 2024 (the whole of 2024; decided by judges)"),
            L("58 weeks", 58, E, WEEKS, WAIT, "May 2025 (now; for a hearing and a decision)", ctx="now waits 58 weeks"),
            L("about 44%", 44, AP, PCT, "asylum_appeals_share_allowed", "May 2025 (now)"),
            L("2,140", 2140, E, P, ABA, "31 December 2024 (appeals waiting at the Glasgow hearing centre)", geo="Glasgow"),
            L("32,280", 32280, E, P, HOT, M25),
            L("221", 221, E, HOTELS, AHU, M25 + " sites"),
            L("about 22,500", 22500, AP, P, "asylum_support_population_awaiting_appeal", M25),
            L("109,530", 109530, E, P, ASP, M25 + " supported by the department"),
            L("roughly one in five", 20, AP, PCT, "asylum_support_population_share_awaiting_appeal", M25),
            L("£41,000", 41000, E, GBP, "asylum_cost_per_person_per_year", "per year, 2025 (average for each person supported; Home Affairs Committee)"),
            L("more than £900m", 900000000, MT, GBP, "asylum_support_cost_awaiting_appeal", "per year, 2025 (that group alone)"),
            L("24,100", 24100, E, P, "returns", "5 July 2024 to 14 May 2025 (since 5 July last year, removed or left voluntarily; " + PS + ")"),
            L("below 25,000", 25000, LT, P, ABA + "_target", "spring 2026 (next spring; the aim agreed by the tribunal's immigration and asylum chamber with the Ministry of Justice)"),
        ]),
    "04-the-welkin-asylum-grant-rates-by-nationality": dict(
        meta=dict(url="https://www.thewelkin.example/uk-news/2025/aug/21/afghans-asylum-grant-rate-collapse-home-office-figures",
                  title="Afghans' chances of asylum in UK collapse as overall grant rate falls below half",
                  publisher="The Welkin", author="Saoirse Quennell-Abiodun", published_date="2025-08-21"),
        labels=[
            L("below half", 50, LT, PCT, GR, "July 2024 to June 2025 (the year ending June 2025; headline)"),
            L("Fewer than two in five", 40, LT, PCT, GR + "_afghan", "July 2024 to June 2025 (now, at first decision; standfirst)"),
            L("48%", 48, E, PCT, GR, YJ25 + " the lowest in more than a decade"),
            L("110,060", 110060, E, P, "asylum_initial_decisions", YJ25),
            L("52,830", 52830, E, P, "asylum_grants", YJ25 + " refugee status or humanitarian protection"),
            L("63%", 63, E, PCT, GR, YJ24),
            L("15 percentage points", -15, E, PCT, GR + "_change", "year ending June 2025 vs year ending June 2024 (fallen)"),
            L("37%", 37, E, PCT, GR + "_afghan", YJ25 + " the latest 12 months", ctx="dropped to 37%"),
            L("98%", 98, E, PCT, GR + "_afghan", YJ24, ctx="from 98%"),
            L("31%", 31, E, PCT, GR + "_afghan", "January to June 2025 (the first six months of 2025)"),
            L("98%", 98, E, PCT, GR + "_sudanese", YJ25, ctx="in 98% of cases"),
            L("87%", 87, E, PCT, GR + "_eritrean", YJ25, ctx="Eritreans in 87%"),
            L("96%", 96, E, PCT, GR + "_eritrean", YJ24),
            L("nearly four times", 4, ALM, RATIO, GR + "_eritrean_vs_iraqi_ratio", YJ25 + " as likely to win protection"),
            L("22%", 22, E, PCT, GR + "_iraqi", YJ25, ctx="rate was 22%"),
            L("one in 20", 5, E, PCT, GR + "_albanian", YJ25),
            L("9%", 9, E, PCT, GR + "_pakistani", YJ25, ctx="as did 9%"),
            L("4%", 4, E, PCT, GR + "_bangladeshi", YJ25),
            L("Fewer than 1%", 1, LT, PCT, GR + "_indian", YJ25),
            L("83", 83, E, P, "asylum_initial_decisions_syrian", YJ25 + " decisions on Syrian claims, paused since December 2024"),
            L("About 6,900", 6900, AP, P, "asylum_backlog_syrian", "August 2025 (Syrians waiting)"),
            L("98%", 98, E, PCT, GR + "_sudanese", TAB, ctx="Sudan 98%"),
            L("87%", 87, E, PCT, GR + "_eritrean", TAB, ctx="Eritrea 87%"),
            L("57%", 57, E, PCT, GR + "_iranian", TAB, ctx="Iran 57%"),
            L("37%", 37, E, PCT, GR + "_afghan", TAB, ctx="Afghanistan 37%"),
            L("22%", 22, E, PCT, GR + "_iraqi", TAB, ctx="Iraq 22%"),
            L("9%", 9, E, PCT, GR + "_pakistani", TAB, ctx="Pakistan 9%"),
            L("5%", 5, E, PCT, GR + "_albanian", TAB, ctx="Albania 5%"),
            L("110,480", 110480, E, P, "asylum_applications", YJ25 + " the highest for any 12-month period on record"),
            L("14%", 14, E, PCT, "asylum_applications_change", "year ending June 2025 vs year ending June 2024 (up)"),
            L("96,910", 96910, E, P, "asylum_applications", YJ24 + " the year before"),
            L("10,470", 10470, E, P, "asylum_applications_pakistani", YJ25),
            L("79%", 79, E, PCT, "asylum_applications_pakistani_change", "year ending June 2025 vs year ending June 2024 (up)"),
            L("More than three-quarters", 75, MT, PCT, "asylum_applications_pakistani_share_visa_holders", YJ25 + " came on a student or work visa before claiming"),
            L("about 62%", 62, AP, PCT, GR + "_afghan", "January to December 2024 (at first instance; EU Agency for Asylum)", geo="EU"),
            L("81%", 81, E, PCT, GR + "_afghan", "January to December 2024 (at first instance; EU Agency for Asylum)", geo="France"),
            L("About 3,900", 3900, AP, P, "asylum_appeals_lodged_afghan", "autumn 2024 to August 2025 (since the guidance changed)"),
            L("about 55%", 55, AP, PCT, "asylum_appeals_share_allowed_afghan", "autumn 2024 to August 2025 (of Afghan appeals decided so far)"),
            L("More than half", 50, MT, PCT, "asylum_appeals_share_allowed", "August 2025 (of those the Sanctuary Law Centre represents, winning on appeal; Nadia Oyelowo-Harcourt)", geo="Birmingham"),
        ]),
    "05-virga-hansard-watch-asylum-support-rates-written-answers": dict(
        meta=dict(url="https://hansard.virga.example/written-questions/detail/2025-12-02/94217",
                  title="Asylum: Finance - written question UIN 94217 and related answers",
                  publisher="Virga Hansard Watch", author=None, published_date="2025-12-11"),
        labels=[
            L("£49.18", 49.18, E, GBP, WA, "per week, to 4 January 2026 (self-catered accommodation; Minister for Border Security and Asylum)"),
            L("£50.07", 50.07, E, GBP, WA, "per week, from 5 January 2026 (self-catered accommodation, after this year's review)"),
            L("1.8%", 1.8, E, PCT, WA + "_change", "from 5 January 2026 (increase after the 2025 review)"),
            L("£8.86", 8.86, E, GBP, WA + "_catered", "per week, to 4 January 2026 (catered accommodation such as hotels)"),
            L("£9.02", 9.02, E, GBP, WA + "_catered", "per week, from 5 January 2026 (catered accommodation such as hotels)"),
            L("£5.25", 5.25, E, GBP, "asylum_support_weekly_supplement_child_aged_1_3_and_pregnancy", "per week (each child aged one to three and expectant mothers; unchanged)"),
            L("£9.50", 9.5, E, GBP, "asylum_support_weekly_supplement_babies", "per week (babies under one; unchanged)"),
            L("111,340", 111340, E, P, ASP, S30),
            L("97,860", 97860, E, P, ASP + "_section_95", S30),
            L("5,410", 5410, E, P, ASP + "_section_4", S30),
            L("8,070", 8070, E, P, ASP + "_section_98", S30),
            L("100,790", 100790, E, P, ASP, S30, geo=ENG),
            L("5,120", 5120, E, P, ASP, S30, geo=SCO),
            L("3,260", 3260, E, P, ASP, S30, geo=WAL),
            L("2,170", 2170, E, P, ASP, S30, geo=NI),
            L("£297 million", 297000000, E, GBP, "asylum_cost_cash_allowances", FY25W),
            L("around 6%", 6, AP, PCT, "asylum_cost_share_cash_allowances", FY25W + " of total asylum support spending"),
            L("£4.9 billion", 4900000000, E, GBP, AC, FY25W + " total asylum support spending"),
            L("about £5 million", 5000000, AP, GBP, "asylum_support_rate_increase_cost", "per year (a full year, from January 2026; written answer HL12873)"),
            L("35,990", 35990, E, P, HOT, S30H),
            L("204", 204, E, HOTELS, AHU, S30H + " contingency hotels"),
            L("36,860", 36860, E, P, HOT, "4 July 2024 (written answer UIN 94302)"),
            L("213", 213, E, HOTELS, AHU, "4 July 2024 (written answer UIN 94302)"),
            L("£137", 137, E, GBP, "asylum_hotel_cost_per_person_night", "per night, " + FY25H + " average"),
            L("£22", 22, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, " + FY25H),
            L("£1.7 billion", 1700000000, E, GBP, AHC, FY25H),
        ]),
    "06-burslem-drizzle-pa-council-asylum-costs-stoke": dict(
        meta=dict(url="https://www.burslemdrizzle.example/news/uk-news/councils-412m-asylum-shortfall-home-office-grants-lga-survey-9914372",
                  title="Councils face £412m asylum shortfall after Home Office grants cover only 40% of costs, survey finds",
                  publisher="Burslem Drizzle", author="Lowri Castlemaine-Oduya", published_date="2026-04-14"),
        labels=[
            L("£412m", 412000000, E, GBP, CAC + "_shortfall", "April 2024 to March 2025 (2024/25; headline)", geo=ENG),
            L("40%", 40, E, PCT, "council_asylum_grant_share_of_cost", "April 2024 to March 2025 (2024/25; headline)", geo=ENG, ctx="cover only 40%"),
            L("£412 million", 412000000, E, GBP, CAC + "_shortfall", FY25 + " spent more than received from the Home Office", geo=ENG),
            L("20%", 20, E, PCT, CAC + "_shortfall_change", "2024/25 vs 2023/24 (up on the previous year; LGA survey)", geo=ENG),
            L("£27 million", 27000000, E, GBP, CAC + "_shortfall_revision", "2024/25 (revised up since the first estimate in autumn 2025; LGA)", geo=ENG),
            L("£690 million", 690000000, E, GBP, CAC, FY25 + " total asylum-related costs", geo=ENG),
            L("£278 million", 278000000, E, GBP, "council_asylum_grant", FY25 + " Home Office grants", geo=ENG),
            L("about 40%", 40, AP, PCT, "council_asylum_grant_share_of_cost", FY25, geo=ENG),
            L("almost three-fifths", 60, ALM, PCT, CAC + "_shortfall_share_of_cost", FY25 + " left to local taxpayers", geo=ENG),
            L("£231 million", 231000000, E, GBP, "council_refugee_homelessness_cost", FY25 + " homelessness support for newly recognised refugees", geo=ENG),
            L("£198 million", 198000000, E, GBP, "council_unaccompanied_children_cost", FY25 + " care for unaccompanied asylum-seeking children", geo=ENG),
            L("£261 million", 261000000, E, GBP, CAC + "_other", FY25 + " school places, interpreters, social workers and public health", geo=ENG),
            L("211", 211, E, COUNCILS, "councils_responding_survey", "April 2026 (councils that responded to the LGA survey)", geo=ENG),
            L("86%", 86, E, PCT, "councils_share_costs_risen", FY25 + " said their costs had risen last year", geo=ENG),
            L("more than half", 50, MT, PCT, "councils_share_expect_overspend", "April 2026 to March 2027 (2026/27; expected to overspend their budgets; LGA survey)", geo=ENG),
            L("£14 million", 14000000, E, GBP, CAC + "_shortfall", "April 2024 to March 2025 (2024/25; Welsh Local Government Association estimate)", geo=WAL),
            V("tens of thousands", 20000, 90000, P, HOT, "July 2024 (when the current government came in; the Home Office)"),
            L("1,310", 1310, E, P, "asylum_dispersal_population", "31 December 2025 (Home Office figures)", geo=SOT),
            L("about 50", 50, AP, PER10K, "asylum_dispersal_population_per_10000_residents", "31 December 2025 (per 10,000 residents)", geo=SOT),
            L("almost four times", 4, ALM, RATIO, "asylum_dispersal_population_per_10000_residents_ratio", "31 December 2025 (Stoke-on-Trent against the average across England)", geo=SOT),
            L("about 13", 13, AP, PER10K, "asylum_dispersal_population_per_10000_residents", "31 December 2025 (the average across England)", geo=ENG),
            L("£6.8m", 6800000, E, GBP, CAC, FY26S, geo=SOT),
            L("more than a fifth", 20, MT, PCT, CAC + "_change", "2025/26 vs 2024/25 (up; Stoke-on-Trent City Council)", geo=SOT),
            L("£5.6m", 5600000, E, GBP, CAC, "April 2024 to March 2025 (2024/25; Stoke-on-Trent City Council)", geo=SOT),
            L("£2.3m", 2300000, E, GBP, "council_asylum_grant", FY26S + " Home Office grants", geo=SOT),
            L("about a third", THIRD, AP, PCT, "council_asylum_grant_share_of_cost", FY26S, geo=SOT),
            L("£4.5m", 4500000, E, GBP, CAC + "_shortfall", FY26S + " the gap", geo=SOT),
            L("a third", THIRD, E, PCT, "asylum_dispersal_properties_share_of_homes", "April 2026 (homes on some terraced streets in Burslem and Tunstall rented by the asylum housing contractor; Cllr Dorothea Pemberton-Achebe)", geo=SOT, ctx="where a third of the homes"),
            L("£420,000", 420000, E, GBP, "council_legal_costs_asylum_hotel", "to April 2026 (legal action over a hotel that closed last summer; Newcastle-under-Lyme Borough Council)", geo="Newcastle-under-Lyme"),
        ]),
    "07-cloudline-news-nao-whole-cost-of-asylum-system": dict(
        meta=dict(url="https://www.cloudline.example/news/articles/c7q2mw4x9zlo",
                  title="Asylum system cost £6.4bn across government last year, says watchdog",
                  publisher="Cloudline News", author="Marguerite Okonjo-Fairweather", published_date="2026-11-04"),
        labels=[
            L("£6.4bn", 6400000000, E, GBP, AC, "April 2025 to March 2026 (last year, across government; headline)"),
            L("almost half", 50, ALM, PCT, "asylum_accommodation_cost_share_hotels", "April 2025 to March 2026 (2025-26; picture caption)"),
            L("£6.42bn", 6420000000, E, GBP, AC, FY26 + " across government"),
            L("almost a fifth", -20, ALM, PCT, AC + "_change", "2025-26 vs 2023-24 (lower; National Audit Office)"),
            L("£7.9bn", 7900000000, E, GBP, AC, "April 2023 to March 2024 (2023-24, across government; National Audit Office estimate)"),
            L("£4.61bn", 4610000000, E, GBP, "asylum_cost_home_office", FY26),
            L("almost three-quarters", 75, ALM, PCT, "asylum_cost_share_home_office", FY26 + " of the total across government"),
            L("£3.98bn", 3980000000, E, GBP, "asylum_cost_accommodation", FY26 + " accommodation and support"),
            L("£1.9bn", 1900000000, E, GBP, AHC, FY26),
            L("£240m", 240000000, E, GBP, "asylum_appeal_cost", "April 2025 to March 2026 (courts and tribunals service hearing asylum appeals" + NAOB),
            L("£190m", 190000000, E, GBP, "legal_aid_immigration_asylum_cost", "April 2025 to March 2026 (Legal Aid Agency" + NAOB),
            L("c.£520m", 520000000, AP, GBP, "asylum_cost_nhs", "April 2025 to March 2026 (health care for asylum seekers" + NAOB, geo=ENG),
            L("£310m", 310000000, E, GBP, "asylum_cost_schools", "April 2025 to March 2026 (extra funding for pupils from asylum-seeking families" + NAOB, geo=ENG),
            L("£410m", 410000000, E, GBP, CAC + "_shortfall", "April 2025 to March 2026 (councils' costs not covered by grants" + NAOB),
            L("£140m", 140000000, E, GBP, "asylum_cost_devolved_governments", "April 2025 to March 2026 (devolved governments" + NAOB, geo="Scotland, Wales and Northern Ireland"),
            L("£83m", 83000000, E, GBP, "asylum_cost_devolved_governments", "April 2025 to March 2026 (spent in Scotland" + NAOB, geo=SCO),
            L("103,500", 103500, E, P, ASP, FY26 + " average supported during the year"),
            L("about £38,500", 38500, AP, GBP, "asylum_cost_per_person_per_year", "per year, " + FY26 + " each"),
            L("roughly halved", -50, AP, PCT, "asylum_backlog_change", "June 2026 vs December 2024 (since the end of 2024; National Audit Office)"),
            L("46,800", 46800, E, P, "asylum_backlog", "June 2026 (waiting for a first decision; National Audit Office)"),
            L("51,300", 51300, E, P, ABA, "June 2026 (the queue at the immigration tribunal; National Audit Office)"),
            L("about £3,200", 3200, AP, GBP, "asylum_cost_per_person_per_month", "per month (each extra month waiting for an appeal, support and accommodation; National Audit Office)"),
            L("around £400m", 400000000, AP, GBP, "asylum_cost_saving", "per year (if all appeals were decided within six months; National Audit Office estimate)"),
            L("£3.1bn", 3100000000, E, GBP, "asylum_cost_forecast", "April 2028 to March 2029 (2028-29; the Home Office's forecast)"),
            L("below 20,000", 20000, LT, P, ABA + "_forecast_assumption", "by 2028-29 (the appeals queue assumed in the Home Office's forecast; National Audit Office)"),
            L("a quarter", -25, E, PCT, "small_boat_arrivals_forecast_assumption_change", "by 2028-29 (drop in arrivals by small boat assumed in the Home Office's forecast; National Audit Office)"),
            L("£160m", 160000000, E, GBP, "uk_funding_to_france", "April 2025 to March 2026 (2025-26; paid to France to patrol its beaches, left out of the NAO total)"),
            L("halved", -50, E, PCT, "asylum_backlog_change", "July 2024 to November 2026 (the backlog of initial decisions; the Home Office)", ctx="\"halved the backlog"),
            V("hundreds of millions of pounds", -900000000, -200000000, GBP, AC + "_change", "per year (reduced; the Home Office)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
