#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-ninety-fourth hand-labelled hold-out set (holdout194).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, MONTHS, THIRD, SIXTH,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, PTR, RSC)

UK, ENG, SCO = "UK", "England", "Scotland"
HH, VAC = "other:households", "other:vacancies"
HOTPOP, HOTN, RET, RETE = "asylum_hotel_population", "asylum_hotels_in_use", "returns", "returns_enforced"
ASP, RREL, RPER = "asylum_support_population", "rwanda_relocations", "rwanda_scheme_cost_per_relocation"
SCHEME = "April 2022 to July 2024 (the life of the Rwanda scheme"

# 01 (Wednesday 30 October 2024; Budget day sketch, The Leaven)
CH = "the Chancellor, Budget speech"
SINCE1 = "5 July to 30 October 2024 (since July"

# 02 (Wednesday 14 May 2025; PMQs; Home Office data published Tuesday 13 May 2025, covering to 11 May)
TORY2 = "the Conservative leader at PMQs"
PM2 = "the Prime Minister at PMQs"
VER = "; Crumpet Verify)"
SINCE2 = "5 July 2024 to 11 May 2025 (since the general election"
YTD25 = "1 January to 11 May 2025 (so far this year"
RET2 = "5 July 2024 to 30 April 2025 (since the election"

# 03 (Sunday 17 August 2025; Daily Cob, figures to Saturday 16 August 2025)
SHS3 = "the shadow home secretary"
HOS3 = "a Home Office spokesman"
FY2526 = "April 2025 to March 2026 (2025/26, this year; Home Office spending plans cited by " + SHS3
YTD3 = "1 January to 16 August 2025 (so far this year"

# 04 (Tuesday 13 January 2026; Crumbcheck fact check of claims made Sunday 11 and Monday 12 January 2026)
SAVE4 = "per year by the end of a first term (Conservative costed border plan"
FY2425 = "April 2024 to March 2025 (2024/25; Home Office annual report and accounts)"
FY2324 = "April 2023 to March 2024 (2023/24; Home Office annual report and accounts)"
EIA = "June 2023 (Home Office economic impact assessment on third-country removals)"
HHC = "asylum_cost_per_household"

# 05 (Tuesday 10 March 2026; PA copy; second reading debate Monday 9 March 2026)
VOTE = "9 March 2026 (second reading of the Asylum Support and Removals Bill, Monday)"
HS5 = "the Home Secretary, opening the debate"
MP5 = "Imogen Treadwell-Osei MP"
STOKE = "Stoke-on-Trent"
BOX5 = " (STAFFORDSHIRE AND ASYLUM box; Home Office, Stoke-on-Trent City Council)"
D25 = "31 December 2025 (the end of December; Home Office figures)"

# 06 (Tuesday 29 September 2026; Labour conference speech in Liverpool; ONS figures published May 2026)
Y25 = "January to December 2025 (the year ending December 2025; ONS, published May 2026"
HS6 = "the home secretary, conference speech"
TGT6 = "per year to the next election (Labour's new ambition"
YTD6 = "1 January to 27 September 2026 (so far this year, by last Sunday; Home Office)"

# 07 (Thursday 19 November 2026; interview with Catriona Balfour-Nakamura, SNP)
CBN = "Catriona Balfour-Nakamura, SNP"
MID25 = "mid-2024 to mid-2025 (the year to mid-2025; National Records of Scotland, cited by " + CBN + ")"

ARTICLES = {
    "01-the-leaven-budget-sketch-asylum-bill-rwanda": dict(
        meta=dict(url="https://www.theleaven.example/politics/2024/10/30/budget-sketch-chancellor-rwanda-last-rites/",
                  title="The Chancellor read the Rwanda scheme its last rites, and the Tories forgot to mourn",
                  publisher="The Leaven", author="Barnaby Quillfeather-Adair", published_date="2024-10-30"),
        labels=[
            L("£40bn", 40000000000, E, GBP, "budget_tax_rises", "Autumn Budget, 30 October 2024 (tax rises announced; standfirst)"),
            L("four", 4, E, P, RREL, SCHEME + "; people sent to Kigali; standfirst)", ctx="joke about four people"),
            L("£40 billion", 40000000000, E, GBP, "budget_tax_rises", "Autumn Budget, 30 October 2024 (tax rises announced)"),
            L("more than £5bn", 5000000000, MT, GBP, AC, "April 2023 to March 2024 (2023-24; " + CH + ")"),
            L("nearly £8m", 8000000, ALM, GBP, "asylum_cost_hotels", "per day, July 2024 (when Labour took office; " + CH + ")"),
            L("£700 million", 700000000, E, GBP, RSC, SCHEME + "; " + CH + ")"),
            L("four", 4, E, P, RREL, SCHEME + "; " + CH + ")", ctx="It sent four."),
            L("Four", 4, E, P, RREL, SCHEME + "; volunteers; " + CH + ")", ctx="Four volunteers"),
            L("£175 million", 175000000, E, GBP, RPER, SCHEME + "; a head; " + CH + ")"),
            L("£150 million", 150000000, E, GBP, "border_security_command_funding", "2024-25 to 2025-26 (over the next two years; " + CH + ")"),
            L("£1.2 billion", 1200000000, E, GBP, "asylum_processing_funding", "April 2025 to March 2026 (2025-26, extra money for the asylum backlog; " + CH + ")"),
            L("118,000", 118000, E, P, "asylum_backlog", "July 2024 (claims inherited at the election; " + CH + ")"),
            L("around £1.5 billion", 1500000000, AP, GBP, "asylum_cost_saving", "per year by 2026-27 (April 2026 to March 2027; " + CH + ")"),
            L("Almost 17,500", 17500, ALM, P, SBA, SINCE1 + "; heckle by Sir Crispin Haldane-Mwangi)"),
            L("almost 17,500", 17500, ALM, P, SBA, SINCE1 + " 5 July; Home Office daily figures)"),
            L("2.4 per cent", 2.4, E, PCT, "home_office_day_to_day_budget_real_terms_change", "2025-26 vs 2024-25 (real-terms rise in the Home Office's day-to-day budget; the Budget)"),
            L("685,000", 685000, E, P, NM, "January to December 2023 (last year; the shadow chancellor)"),
            L("a tenth", -10, E, PCT, "net_migration_change", "2023 vs 2022 (down; the shadow chancellor)"),
            L("764,000", 764000, E, P, NM, "January to December 2022 (2022; the shadow chancellor)"),
            V("Tens of thousands", 20000, 90000, P, "net_migration_target", "per year (the Conservatives' former target, since the coalition years; a Labour backbencher)"),
            L("about 315,000", 315000, AP, P, "net_migration_forecast", "per year by 2029 (Office for Budget Responsibility forecasts published with the Budget; the shadow chancellor)"),
        ]),
    "02-crumpet-news-pmqs-small-boats-since-election": dict(
        meta=dict(url="https://www.crumpetnews.example/news/articles/c9pmqs-channel-crossings-figures",
                  title="PMQs: Prime Minister and Tory leader trade Channel crossing figures",
                  publisher="Crumpet News", author="Ophelia Strang-Batiste", published_date="2025-05-14"),
        labels=[
            L("more than 35,000", 35000, MT, P, SBA, "5 July 2024 to 14 May 2025 (since Labour won the general election; " + TORY2 + ", reported)", ctx="MPs that more than 35,000"),
            L("almost 30,000", 30000, ALM, P, RET, RET2 + "; removed or helped to depart; " + PM2 + ", reported)", ctx="helped depart almost 30,000"),
            L("11,074", 11074, E, P, SBA, YTD25 + "; Home Office data published 13 May 2025)", ctx="arrivals at 11,074"),
            L("more than 35,000", 35000, MT, P, SBA, "5 July 2024 to 14 May 2025 (since then; " + TORY2 + ")", ctx="Since then more than 35,000"),
            L("almost 40%", 40, ALM, PCT, "small_boat_arrivals_change", "2025 so far vs the same period of 2024 (up on last year; " + TORY2 + ")"),
            L("almost 30,000", 30000, ALM, P, RET, RET2 + "; returned; " + PM2 + ")", ctx="we have returned almost 30,000"),
            L("24%", 24, E, PCT, "returns_enforced_change", RET2 + " vs a year earlier; " + PM2 + ")", ctx="enforced returns by 24%"),
            L("almost a quarter", -25, ALM, PCT, "asylum_backlog_change", "since the election (end of June 2024 to end of December 2024; " + PM2 + ")"),
            L("more than 400", 400, MT, HOTELS, HOTN, "summer 2023 (under the party opposite; " + PM2 + ")"),
            L("218", 218, E, HOTELS, HOTN, "14 May 2025 (today; " + PM2 + ")", ctx="Today there are 218"),
            L("£5.7m", 5700000, E, GBP, "asylum_cost_hotels", "per day, May 2025 (still spending; the Liberal Democrat leader at PMQs)"),
            L("35,411", 35411, E, P, SBA, SINCE2 + "; Home Office figures" + VER),
            L("more than 35,000", 35000, MT, P, SBA, SINCE2 + "; the Tory leader's figure, quoted" + VER, ctx="leader's \"more than 35,000"),
            L("11,074", 11074, E, P, SBA, YTD25 + "; Home Office" + VER, ctx="So far in 2025, 11,074"),
            L("182", 182, E, BOATS, SBC, YTD25 + "; Home Office" + VER),
            L("61", 61, E, PPB, "small_boat_occupancy", YTD25 + "; average people per boat" + VER),
            L("38%", 38, E, PCT, "small_boat_arrivals_change", "1 January to 11 May 2025 vs the equivalent point of 2024 (up" + VER),
            L("8,031", 8031, E, P, SBA, "1 January to 11 May 2024 (the equivalent point of 2024" + VER),
            L("almost 30,000", 30000, ALM, P, RET, RET2 + "; the Prime Minister's figure, quoted" + VER, ctx="Minister's \"almost 30,000"),
            L("29,870", 29870, E, P, RET, "5 July 2024 to 30 April 2025 (all returns between 5 July and the end of April" + VER),
            L("About three-quarters", 75, AP, PCT, "returns_share_voluntary", "5 July 2024 to 30 April 2025 (voluntary departures" + VER),
            L("7,210", 7210, E, P, RETE, "5 July 2024 to 30 April 2025 (enforced returns" + VER),
            L("24%", 24, E, PCT, "returns_enforced_change", "5 July 2024 to 30 April 2025 vs the same period a year earlier (up" + VER, ctx="7,210, up 24%"),
            L("5,815", 5815, E, P, RETE, "5 July 2023 to 30 April 2024 (the same period a year earlier" + VER),
            L("1,840", 1840, E, P, "returns_small_boat_arrivals", "5 July 2024 to 30 April 2025 (people returned who had arrived by small boat" + VER),
            L("about 6%", 6, AP, PCT, "returns_share_small_boat_arrivals", "5 July 2024 to 30 April 2025 (share of those returned who had arrived by small boat" + VER),
            L("90,800", 90800, E, P, "asylum_backlog", "31 December 2024 (claims without an initial ruling at the close of December" + VER),
            L("118,900", 118900, E, P, "asylum_backlog", "30 June 2024 (the end of June 2024" + VER),
            L("218", 218, E, HOTELS, HOTN, "31 March 2025 (when March ended" + VER, ctx="numbered 218"),
            L("topped 400", 400, MT, HOTELS, HOTN, "summer 2023 (the peak" + VER),
        ]),
    "03-daily-cob-shadow-home-secretary-asylum-bill-claims": dict(
        meta=dict(url="https://www.dailycob.example/news/politics/2087731/labour-asylum-bill-6-billion-channel-arrivals-50000-election",
                  title="Labour's asylum bill 'set to smash £6.4BILLION' as Channel arrivals top 50,000 since election",
                  publisher="Daily Cob", author="Dominic Farraday-Nkemelu", published_date="2025-08-17"),
        labels=[
            L("£6.4BILLION", 6400000000, E, GBP, AC, FY2526 + "; headline)"),
            L("top 50,000", 50000, MT, P, SBA, "5 July 2024 to 16 August 2025 (since the election; headline)"),
            L("£17.5million", 17500000, E, GBP, AC, "per day, 2025/26 (" + SHS3 + "; standfirst)", ctx="handing over £17.5million"),
            L("£6.4billion", 6400000000, E, GBP, AC, FY2526 + ")"),
            L("past 50,000", 50000, MT, P, SBA, "5 July 2024 to 16 August 2025 (since the general election)"),
            L("£17.5million", 17500000, E, GBP, AC, "per day, 2025/26 (every single day; " + SHS3 + ")", ctx="tab of £17.5million"),
            L("more than 50,000", 50000, MT, P, SBA, "5 July 2024 to 16 August 2025 (since 5 July last year; " + SHS3 + ", article for the Daily Cob)"),
            L("tripled", 3, E, RATIO, "asylum_cost_ratio", "2025/26 vs 2021/22 (" + SHS3 + ")"),
            L("£2.1billion", 2100000000, E, GBP, AC, "April 2021 to March 2022 (2021/22; " + SHS3 + ")"),
            L("28,076", 28076, E, P, SBA, YTD3 + "; government data)"),
            L("46%", 46, E, PCT, "small_boat_arrivals_change", YTD3 + " vs the same period of 2024; up)"),
            L("19,230", 19230, E, P, SBA, "1 January to mid-August 2024 (by the middle of August 2024)"),
            L("486", 486, E, BOATS, SBC, YTD3 + ")"),
            L("58", 58, E, PPB, "small_boat_occupancy", YTD3 + "; average people per dinghy)"),
            L("52,413", 52413, E, P, SBA, "5 July 2024 to 16 August 2025 (Labour's first morning in Downing Street to Saturday; the Cob's analysis of the daily counts)"),
            L("some 32,100", 32100, AP, P, HOTPOP, "30 June 2025 (when June ended)"),
            L("8%", 8, E, PCT, "asylum_hotel_population_change", "end of June 2025 vs end of June 2024 (twelve months before; up)"),
            L("roughly one in three", THIRD, AP, PCT, "asylum_support_population_share_in_hotels", "30 June 2025 (" + SHS3 + "'s reckoning)"),
            L("103,000", 103000, E, P, ASP, "30 June 2025 (people on asylum support; " + SHS3 + ")"),
            L("2,012", 2012, E, P, "poll_sample_size", "August 2025 (adults surveyed for the Daily Cob)"),
            L("64%", 64, E, PCT, "public_share_believe_ministers_lost_control_borders", "August 2025 (Daily Cob survey)"),
            L("18%", 18, E, PCT, "public_share_believe_ministers_in_control_borders", "August 2025 (disagreed; Daily Cob survey)"),
            V("tens of billions of pounds", 20000000000, 90000000000, GBP, "asylum_cost_over_decade", "over a decade (the true cost; Lyle Brackenridge-Oduya, Reform UK)"),
            L("118,000", 118000, E, P, "asylum_backlog", "July 2024 (inherited; " + HOS3 + ")"),
            L("almost £8million", 8000000, ALM, GBP, "asylum_cost_hotels", "per day, July 2024 (inherited; " + HOS3 + ")"),
            L("£650million", -650000000, E, GBP, "asylum_cost_accommodation_change", "against the last full year of the previous government, 2023/24 (cut; " + HOS3 + ")"),
            L("more than 35,000", 35000, MT, P, RET, "5 July 2024 to August 2025 (since the election; " + HOS3 + ")"),
            L("£1.2billion", 1200000000, E, GBP, "asylum_processing_funding", "2025/26 (investing to clear the backlog; " + HOS3 + ")"),
            L("210", 210, E, HOTELS, HOTN, "August 2025 (now; " + HOS3 + ")"),
            L("more than 400", 400, MT, HOTELS, HOTN, "2023 (the peak under the Tories; " + HOS3 + ")"),
            L("more than 11,000", 11000, MT, P, "small_boat_launch_attempts_stopped_people", "1 January to August 2025 (since January, French officers; " + HOS3 + ")", geo="France"),
            L("more than £8billion", 8000000000, MT, GBP, "asylum_cost_wider_estimate", "per year (including healthcare, schooling and policing; the Haverleigh Centre)"),
        ]),
    "04-crumbcheck-rwanda-removals-costings-row": dict(
        meta=dict(url="https://crumbcheck.example/immigration/rwanda-style-removals-costings-row/",
                  title="Do the parties' sums on Rwanda-style removals add up?",
                  publisher="Crumbcheck", author="Ottilie Brannagh-Sesay", published_date="2026-01-13"),
        labels=[
            L("£4bn", 4000000000, E, GBP, "asylum_cost_saving", SAVE4 + "; claim box)", ctx="would save £4bn"),
            L("about 85%", 85, AP, PCT, "asylum_cost_saving_share_of_bill", "2024/25 bill (the claimed saving as a share of the entire asylum bill; verdict box)", ctx="bill by about 85%"),
            L("£715m", 715000000, E, GBP, RSC, SCHEME + "; claim box)", ctx="scheme cost £715m"),
            L("four", 4, E, P, RREL, SCHEME + "; claim box)", ctx="only four people"),
            L("£170", 170, E, GBP, HHC, "per year (Reform UK claim; claim box)", ctx="country £170 a year.\n"),
            L("about £164", 164, AP, GBP, HHC, "per year, 2024/25 (latest annual figures; verdict box)", ctx="work out at about £164"),
            L("£4bn", 4000000000, E, GBP, "asylum_cost_saving", SAVE4 + ", quoted)", ctx="taxpayer £4bn"),
            L("£715m", 715000000, E, GBP, RSC, SCHEME + "; a Home Office minister, Monday 12 January 2026)", ctx="spent £715m sending"),
            L("four", 4, E, P, RREL, SCHEME + "; a Home Office minister)", ctx="sending four volunteers"),
            L("£170", 170, E, GBP, HHC, "per year (Reform UK's deputy leader)", ctx="country £170 a year\""),
            L("£4.7bn", 4700000000, E, GBP, AC, FY2425, ctx="asylum at £4.7bn"),
            L("13%", -13, E, PCT, "asylum_cost_change", "2024/25 vs 2023/24 (a fall; Home Office annual report and accounts)"),
            L("£5.4bn", 5400000000, E, GBP, AC, FY2324, ctx="on the £5.4bn spent in"),
            L("Around £2.1bn", 2100000000, AP, GBP, "asylum_cost_hotels", FY2425),
            L("£4bn", 4000000000, E, GBP, "asylum_cost_saving", SAVE4 + ", restated by Crumbcheck)", ctx="A saving of £4bn"),
            L("about 85%", 85, AP, PCT, "asylum_cost_saving_share_of_bill", "2024/25 (today's costs; Crumbcheck)", ctx="removing about 85%"),
            L("three-quarters", -75, E, PCT, "small_boat_arrivals_projected_change", "once removals begin (assumed fall in crossings; Conservative costed border plan)"),
            L("£169,000", 169000, E, GBP, "third_country_removal_cost_per_person_estimate", EIA),
            L("around £106,000", 106000, AP, GBP, "asylum_cost_per_person_estimate", EIA + "; keeping one person in the UK asylum system)"),
            L("about 37%", 37, AP, PCT, "third_country_removal_breakeven_deterrence_share", EIA + "; would-be arrivals who would need to be deterred to break even)"),
            L("£4bn", 4000000000, E, GBP, "asylum_cost_saving", "per year (the claimed saving, Crumbcheck's calculation)", ctx="To save £4bn"),
            L("£106,000", 106000, E, GBP, "asylum_cost_per_person_estimate", EIA + "; used in Crumbcheck's calculation)", ctx="at £106,000 a person"),
            L("nearly 38,000", 38000, ALM, P, "small_boat_arrivals_deterred_needed_for_saving", "per year (people who would have to be put off coming; Crumbcheck's calculation)"),
            L("41,200", 41200, E, P, SBA, "January to December 2025 (2025)"),
            L("£700m", 700000000, E, GBP, RSC, SCHEME + "; the home secretary to MPs, July 2024)"),
            L("£715m", 715000000, E, GBP, RSC, SCHEME + "; a later Home Office tally)", ctx="tally came to £715m"),
            L("£290m", 290000000, E, GBP, PTR, SCHEME + "; handed to the Rwandan government)"),
            L("about 1,000", 1000, AP, P, "rwanda_accommodation_capacity", "first phase (accommodation ready; the Rwandan government)", geo="Rwanda"),
            L("Four", 4, E, P, RREL, SCHEME + "; relocated voluntarily)", ctx="Four people were relocated"),
            L("roughly £179m", 179000000, AP, GBP, RPER, SCHEME + "; for each person who went; Crumbcheck)"),
            L("Nobody", 0, E, P, "rwanda_removals_enforced", "April 2024 to July 2024 (removed under the 2024 Safety of Rwanda Act before the policy was dropped)"),
            L("£170", 170, E, GBP, HHC, "per year (the claim, in a heading)", ctx="each household £170?"),
            L("£4.7bn", 4700000000, E, GBP, AC, FY2425.replace(")", "; divided by households)"), ctx="divide £4.7bn"),
            L("roughly 28.6 million", 28600000, AP, HH, "households", "2025 (the UK's households; ONS household estimates)"),
            L("about £164", 164, AP, GBP, HHC, "per year, 2024/25 (Crumbcheck's calculation)", ctx="comes to about £164"),
            L("£5.4bn", 5400000000, E, GBP, AC, FY2324.replace(")", "; spent a year earlier)"), ctx="on the £5.4bn spent a year"),
            L("about £189", 189, AP, GBP, HHC, "per year, 2023/24 (Crumbcheck's calculation)"),
        ]),
    "05-leek-oatcake-pa-asylum-bill-commons-second-reading": dict(
        meta=dict(url="https://www.leekoatcake.example/news/politics/asylum-bill-clears-first-commons-hurdle-stoke-mp-warns-costs-3318842",
                  title="Asylum bill clears first Commons hurdle as Stoke MP warns over city's costs",
                  publisher="Leek Oatcake", author="Harriet Okonkwo-Lisle", published_date="2026-03-10"),
        labels=[
            L("341", 341, E, P, "commons_division_ayes", VOTE),
            L("187", 187, E, P, "commons_division_noes", VOTE),
            L("154", 154, E, P, "commons_division_majority", VOTE),
            L("41,200", 41200, E, P, SBA, "January to December 2025 (last year; " + HS5 + ")"),
            L("12%", 12, E, PCT, "small_boat_arrivals_change", "2025 vs 2024 (a rise; " + HS5 + ")"),
            L("36,816", 36816, E, P, SBA, "January to December 2024 (2024's total; " + HS5 + ")"),
            L("32,100", 32100, E, P, HOTPOP, "30 June 2025 (the end of last June; " + HS5 + ")"),
            L("24,800", 24800, E, P, HOTPOP, "31 December 2025 (the end of December; " + HS5 + ")"),
            L("more than a fifth", -20, MT, PCT, "asylum_hotel_population_change", "end of June to end of December 2025 (down, in six months; " + HS5 + ")"),
            L("£640m", 640000000, E, GBP, "asylum_cost_saving", "per year by 2028/29 (the Bill's saving, Home Office estimate; " + HS5 + ")"),
            L("more than 19,000", 19000, MT, P, "asylum_support_population_refused_claims", "March 2026 (refused claims, still in taxpayer-funded accommodation; the shadow home secretary)"),
            L("more than one in six", SIXTH, MT, PCT, "asylum_support_population_share_refused_claims", "March 2026 (of everyone on asylum support; the shadow home secretary)"),
            L("11 months", 11, E, MONTHS, "asylum_initial_decision_wait_average", "March 2026 (average wait for an initial decision; the Liberal Democrats' home affairs spokesperson)"),
            L("1,240", 1240, E, P, ASP, "March 2026 (asylum seekers housed in the city; " + MP5 + ")", geo=STOKE, ctx="houses 1,240"),
            L("one for every 209", 100 / 209, E, PCT, "asylum_support_population_share_of_residents", "March 2026 (people who live in the city; " + MP5 + ")", geo=STOKE),
            L("about one in 640", 100 / 640, AP, PCT, "asylum_support_population_share_of_residents", "March 2026 (across the UK as a whole; " + MP5 + ")"),
            L("£2.3m", 2300000, E, GBP, "council_asylum_cost", "April 2025 to March 2026 (2025/26, services that come with dispersal; " + MP5 + ")", geo=STOKE, ctx="council spent £2.3m"),
            L("£900,000", 900000, E, GBP, "council_asylum_grant", "April 2025 to March 2026 (2025/26, grant from the Home Office; " + MP5 + ")", geo=STOKE, ctx="Home Office was £900,000"),
            L("£1.4m", 1400000, E, GBP, "council_asylum_cost_shortfall", "April 2025 to March 2026 (2025/26, the gap; " + MP5 + ")", geo=STOKE),
            L("720", 720, E, P, ASP, D25, geo="Staffordshire (excluding Stoke-on-Trent)", ctx="a further 720"),
            L("1,960", 1960, E, P, ASP, D25.replace(";", "; the county total;"), geo="Staffordshire"),
            V("thousands", 2000, 9000, P, "refused_asylum_seekers_destitute", "if the Bill passes (pushed into destitution; a Refugee Council spokesperson)"),
            L("1,240", 1240, E, P, ASP, "31 December 2025 (asylum seekers housed" + BOX5 + ")", geo=STOKE, ctx="Stoke-on-Trent: 1,240"),
            L("720", 720, E, P, ASP, "31 December 2025 (rest of Staffordshire" + BOX5 + ")", geo="Staffordshire (excluding Stoke-on-Trent)", ctx="Staffordshire: 720"),
            L("£2.3m", 2300000, E, GBP, "council_asylum_cost", "April 2025 to March 2026 (2025/26, council spending on dispersal" + BOX5 + ")", geo=STOKE, ctx="2025/26: £2.3m"),
            L("£900,000", 900000, E, GBP, "council_asylum_grant", "April 2025 to March 2026 (2025/26, Home Office grant" + BOX5 + ")", geo=STOKE, ctx="grant: £900,000"),
        ]),
    "06-the-sourdough-conference-speech-net-migration-target": dict(
        meta=dict(url="https://www.thesourdough.example/politics/2026/sep/29/home-secretary-net-migration-below-200000-labour-conference",
                  title="Home secretary promises to keep net migration below 200,000 a year",
                  publisher="The Sourdough", author="Marisol Penhallow-Achebe", published_date="2026-09-29"),
        labels=[
            L("below 200,000", 200000, LT, P, "net_migration_target", TGT6 + "; headline)", ctx="net migration below 200,000 a year\n"),
            L("187,000", 187000, E, P, NM, Y25 + "; standfirst)", ctx="fell to 187,000"),
            L("below 200,000", 200000, LT, P, "net_migration_target", TGT6 + "; the home secretary)", ctx="keeping net migration below 200,000"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "per year (the Conservatives' long-abandoned pledge)", ctx="pledge of \"the tens of thousands"),
            L("187,000", 187000, E, P, NM, Y25 + ")", ctx="net migration at 187,000"),
            L("462,000", 462000, E, P, NM, "January to December 2024 (2024, revised; ONS, published May 2026)"),
            L("nearly five times", 5, ALM, RATIO, "net_migration_ratio", "when the party opposite left office vs 2025 (" + HS6 + ")"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "per year (the Conservatives' promise; " + HS6 + ")", ctx="promised the tens of thousands"),
            L("close to a million", 1000000, ALM, P, NM, "the peak under the previous government (delivered; " + HS6 + ")"),
            L("more than half", -50, MT, PCT, "net_migration_change", "2025 vs 2024 (in twelve months; " + HS6 + ")"),
            L("below 200,000", 200000, LT, P, "net_migration_target", TGT6 + "; " + HS6 + ")", ctx="keep net migration below 200,000 a year until"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the year ending June 2023, the high point; ONS)"),
            L("31,000", 31000, E, P, "net_migration_revision", "January to December 2024 (the 2024 figure revised up; ONS May 2026 release)"),
            L("431,000", 431000, E, P, NM, "January to December 2024 (2024, as first published; ONS)"),
            L("a fifth", -20, E, PCT, "small_boat_arrivals_change", "1 January to late September 2026 vs the same period of 2025 (down, so far this year; the home secretary)"),
            L("26,000", 26000, E, P, SBA, YTD6),
            L("32,500", 32500, E, P, SBA, "1 January to late September 2025 (the same point in 2025; Home Office)"),
            L("fewer than 100", 100, LT, HOTELS, HOTN, "September 2026 (still open; the home secretary)"),
            L("218", 218, E, HOTELS, HOTN, "March 2025 (March last year; the home secretary)"),
            L("£715m", 715000000, E, GBP, RSC, SCHEME + "; the home secretary)"),
            L("four", 4, E, P, RREL, SCHEME + "; the home secretary)", ctx="sent four people"),
            L("more than 1 million", 1000000, MT, P, "net_migration_cumulative", "over the parliament, 2024 to 2029 (added to the population by migration under Labour's projections; the shadow home secretary)"),
            L("258,000", 258000, E, P, "net_migration_forecast", "per year from 2030 (the OBR's spring 2026 forecast; the Fenwright Institute)"),
            L("nearer 200,000", 200000, AP, P, "net_migration_scenario", "per year (a figure nearer the new ambition; the Fenwright Institute)"),
            L("roughly £4bn", 4000000000, AP, GBP, "public_borrowing_effect_lower_migration", "per year by 2030 (the Fenwright Institute, using the OBR's rule of thumb)"),
            L("about 111,000", 111000, AP, VAC, "adult_social_care_vacancies", "September 2026 (unfilled jobs; care providers)", geo=ENG),
            L("roughly one in six", SIXTH, AP, PCT, "adult_social_care_workforce_share_health_care_visa", "September 2026 (workers who came through the health and care visa route; care providers)", geo=ENG),
            L("200,000", 200000, E, P, "net_migration_target", TGT6 + "; the 200,000 figure, a delegate at a fringe meeting)", ctx="whether the 200,000 figure"),
        ]),
    "07-selkirk-bannock-interview-snp-migration-targets": dict(
        meta=dict(url="https://www.selkirkbannock.example/politics/24581190.scotland-needs-people-not-fewer-snp-home-affairs-interview/",
                  title="'Scotland needs more people, not fewer': SNP home affairs chief on targets, boats and Rwanda",
                  publisher="Selkirk Bannock", author="Fraser Ormiston-Agyei", published_date="2026-11-19"),
        labels=[
            L("below 200,000", 200000, LT, P, "net_migration_target", "per year (Labour's promise; standfirst)", ctx="hold net migration below 200,000"),
            L("187,000", 187000, E, P, NM, "January to December 2025 (last year; the interviewer, citing Labour)"),
            L("below 200,000", 200000, LT, P, "net_migration_target", "per year (Labour's promise; the interviewer)", ctx="keep it below 200,000"),
            L("5.57 million", 5570000, E, P, "population", "mid-2025 (National Records of Scotland, cited by " + CBN + ")", geo=SCO),
            L("38,000", 38000, E, P, "population_growth", MID25, geo=SCO),
            L("10,400", -10400, E, P, "population_natural_change", MID25.replace("(", "(more deaths than births; "), geo=SCO),
            L("About 31,900", 31900, AP, P, "net_migration_overseas", MID25.replace("(", "(came from overseas; "), geo=SCO),
            L("16,500", 16500, E, P, "net_migration_rest_of_uk", MID25.replace("(", "(from elsewhere in the UK; "), geo=SCO),
            L("48,400", 48400, E, P, NM, MID25.replace("(", "(people who chose Scotland, overseas and rest of UK; "), geo=SCO),
            L("about 8%", 8, AP, PCT, "population_share_scotland_of_uk", "2025 (" + CBN + ")"),
            L("roughly 5%", 5, AP, PCT, "immigration_share_scotland", "in a typical year (share of those arriving from abroad; " + CBN + ")"),
            L("7%", -7, E, PCT, "population_working_age_projection_change", "to 2045 (if migration dried up; Scottish Government projections cited by " + CBN + ")", geo=SCO),
            L("at least 20,000", 20000, AL, P, "immigration_target_scotland_working_age", "per year (more working-age people to attract; the SNP's ambition, " + CBN + ")", geo=SCO),
            L("33,150", 33150, E, P, SBA, "1 January to 18 November 2026 (this year; Home Office count cited by " + CBN + ")"),
            L("38,900", 38900, E, P, SBA, "1 January to 18 November 2025 (this point in 2025; " + CBN + ")"),
            L("about 15%", -15, AP, PCT, "small_boat_arrivals_change", "2026 so far vs the same point of 2025 (a fall; " + CBN + ")"),
            L("£715m", 715000000, E, GBP, RSC, SCHEME + "; " + CBN + ")"),
            L("roughly 17,000", 17000, AP, P, "rwanda_scheme_cost_nurse_salaries_equivalent", "for a year (nurses in Scotland the Rwanda money would pay; " + CBN + ")", geo=SCO),
            L("more than 4,000", 4000, MT, P, ASP, "November 2026 (people seeking asylum housed in Glasgow; " + CBN + ")", geo="Glasgow"),
            L("more than half", 50, MT, PCT, "asylum_support_population_share_glasgow", "November 2026 (of everyone in Scotland waiting for a decision; " + CBN + ")", geo=SCO),
            L("about 850,000", 850000, AP, P, "asylum_applications", "January to December 2025 (last year; " + CBN + ")", geo="EU"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
