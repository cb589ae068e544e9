#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the two-hundred-and-seventeenth hand-labelled hold-out set (holdout217).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, HOT)

UK, NI, IRL = "UK", "Northern Ireland", "Ireland"
COUNCILS, NIGHTS, WEEKS, DAYS = "other:councils", "other:nights", "other:weeks", "other:days"
BL, BLA, BLP = "asylum_backlog", "asylum_backlog_appeals", "asylum_backlog_people_including_dependants"
WD = "asylum_claims_withdrawn"
GR, ID, REF = "asylum_grant_rate", "asylum_initial_decisions", "asylum_refusals"
GRN = "asylum_grants_share_initial_decisions_"
ASP, DISP, DISPR = "asylum_support_population", "asylum_dispersal_population", "asylum_dispersal_population_per_10000_residents"
HIU = "asylum_hotels_in_use"
APPS = "asylum_applications"

# 01 (Tuesday 22 October 2024; Independent-style; "the year to June" is July 2023 to June 2024, "the end of June"
#     30 June 2024, "by the turn of the year" the end of 2023, "over the summer" summer 2024)
YJ24 = "July 2023 to June 2024 (the year ending June 2024; Home Office statistics"
YJ23 = "July 2022 to June 2023 (the previous 12 months; Home Office statistics"
LEG = "claims lodged before 28 June 2022, dealt with by the end of 2023 (the legacy backlog, by the turn of the year"
FOI = "July 2023 to June 2024 (implicit withdrawals in the year to June, confirmed to have left the UK; FOI answers to The Farrier)"
SURV1 = "summer 2024 (over the summer; a survey by a network of refugee advice services"
BOX1 = "; Withdrawn asylum claims box, Home Office immigration statistics)"

# 02 (Friday 28 February 2025; Guardian-style; "last year" is 2024, "on Thursday" 27 February 2025,
#     "since 5 July" 5 July 2024 to 27 February 2025)
Y24 = "January to December 2024 (2024, last year; Home Office statistics released on Thursday 27 February 2025"
Y23 = "January to December 2023 (2023, the year before; Home Office statistics"
CH2 = "January to December 2024 (initial grant rate by nationality, 2024; chart, Home Office immigration statistics)"

# 03 (Thursday 29 May 2025; PA copy in a Teesside paper; "when March ended" / "the quarter closed" is 31 March 2025,
#     "a year earlier" 31 March 2024, "the end of December" 31 December 2024, "last week" the release of
#     Thursday 22 May 2025, "last year" 2024, "in March" March 2025)
M25 = "31 March 2025 (when March ended; Home Office figures published last week"
BOX3 = "31 March 2025 (dispersal accommodation, end of March 2025; box, Home Office table Asy_D11)"
MBRO, STK, HTL, DTN, RDC = "Middlesbrough", "Stockton-on-Tees", "Hartlepool", "Darlington", "Redcar and Cleveland"
CLLR3 = "Councillor Wilhelmina Ashdown-Okafor, Middlesbrough's executive member for communities)"

# 04 (Thursday 13 November 2025; Northern Irish paper; "the end of June" is 30 June 2025, "the year to June" July 2024
#     to June 2025, "last month" and "in October" October 2025, "the end of March" 31 March 2026, "in August" August 2025)
J25 = "30 June 2025 (at the end of June; Home Office figures"
BOX4 = "; Asylum in Northern Ireland box, Home Office immigration statistics)"
BEL = "Belfast"
NIHE = "homelessness_applications_refugees"

# 05 (Thursday 26 February 2026; Sky News-style live blog; "last year" is 2025, "today" 26 February 2026,
#     "the end of December" / "the year's end" 31 December 2025, "a year earlier" 31 December 2024,
#     "since the election" 5 July 2024 onwards, "Tonight" 26 February 2026)
D25 = "31 December 2025 (the end of December; Home Office figures for the year ending December 2025"
D24 = "31 December 2024 (a year earlier; Home Office figures"
Y25 = "January to December 2025 (2025, last year; Home Office figures"
KP = "; key points)"
HS5 = "; the Home Secretary to MPs on Thursday 26 February 2026)"

# 06 (Wednesday 17 June 2026; UnHerd-style essay; "the end of March" / "In March" is 31 March 2026,
#     "last year" 2025, "this year" 2026)
MAR26 = "31 March 2026 (by the end of March"
FY2526 = "April 2025 to March 2026 (2025/26; the tribunal"

# 07 (Friday 6 November 2026; fact check; "on Wednesday" is 4 November 2026, "on Sunday" 1 November 2026,
#     "on Monday" 2 November 2026, "in August" August 2026, "the end of June this year" 30 June 2026)
JUN24 = "30 June 2024 (the end of June 2024, the last count before the general election; Home Office figures)"
JUN26 = "30 June 2026 (the end of June 2026; Home Office figures published in August"
PM = "claim by the Prime Minister at Prime Minister's Questions on Wednesday 4 November 2026"
SHS = "claim by the shadow home secretary in a newspaper interview on Sunday 1 November 2026"
INH = "claims lodged before 5 July 2024 (the inherited backlog, to 30 June 2026; Home Office data on the age of cases"
TWO = "July 2024 to June 2026 (the two years to June 2026; Home Office figures)"
BOX7 = "; The backlog in numbers box)"

ARTICLES = {
    "01-the-farrier-asylum-claims-withdrawn-doubled": dict(
        meta=dict(url="https://www.thefarrier.example/news/uk/home-news/asylum-claims-withdrawn-home-office-lost-contact-b2633417.html",
                  title="Withdrawn asylum claims almost doubled in a year as Home Office lost contact with thousands",
                  publisher="The Farrier", author="Lowri Haverstock-Nnamdi", published_date="2024-10-22"),
        labels=[
            L("almost doubled", 2, ALM, RATIO, WD + "_ratio", "year ending June 2024 vs year ending June 2023 (in a year; headline)", occ=0),
            V("thousands", 2000, 9000, P, "asylum_claimants_lost_contact", "July 2023 to June 2024 (the Home Office lost contact with; headline)", ctx="contact with thousands"),
            L("More than 30,000", 30000, MT, P, WD, "July 2023 to June 2024 (the 12 months to June, closed without any ruling; standfirst)"),
            L("Some 31,820", 31820, AP, P, WD, "July 2023 to June 2024 (withdrawn in the year to June; image caption)"),
            L("almost doubled", 2, ALM, RATIO, WD + "_ratio", "year ending June 2024 vs year ending June 2023 (in a year; official statistics)", occ=1),
            L("31,820", 31820, E, P, WD, YJ24 + ")", ctx="A total of 31,820"),
            L("17,450", 17450, E, P, WD, YJ23 + ")", occ=0),
            L("82%", 82, E, PCT, WD + "_change", "year ending June 2024 vs year ending June 2023 (an increase of; Home Office statistics)"),
            L("Almost three-quarters", 75, ALM, PCT, WD + "_share_implicit", YJ24 + ", treated as implicitly withdrawn)"),
            L("22,910", 22910, E, P, WD + "_implicit", YJ24 + ", implicitly withdrawn under paragraph 333C)", occ=0),
            L("8,910", 8910, E, P, WD + "_explicit", YJ24 + ", withdrawn by claimants themselves)"),
            L("some 92,000", 92000, AP, P, "asylum_backlog_legacy", LEG + "; ministers)"),
            L("roughly 17,900", 17900, AP, P, WD + "_legacy", LEG + ", ended in a withdrawal)"),
            L("about one in five", 20, AP, PCT, WD + "_legacy_share", LEG + ", ended in a withdrawal rather than a decision)"),
            L("roughly one in four", 25, AP, PCT, WD + "_share_of_claims_cleared", YJ24 + ", of the claims the department closed)"),
            L("128,720", 128720, E, P, "asylum_claims_closed", YJ24 + ", claims the department closed)"),
            L("96,900", 96900, E, P, ID, YJ24 + ")"),
            L("1,240", 1240, E, P, WD + "_implicit_confirmed_departed", FOI),
            L("22,910", 22910, E, P, WD + "_implicit", YJ24 + ", people whose claims were implicitly withdrawn; FOI answers to The Farrier)", occ=1),
            L("about one in 20", 5, AP, PCT, WD + "_implicit_share_confirmed_departed", FOI),
            L("410", 410, E, P, "survey_sample_size_withdrawn_claimants", SURV1 + ", people whose claims had been withdrawn)"),
            L("156", 156, E, P, "withdrawn_claimants_not_told_of_interview", SURV1 + ", said nobody had told them about the interview)"),
            L("nearly two in five", 40, ALM, PCT, "withdrawn_claimants_share_not_told_of_interview", SURV1 + ", said nobody had told them about the interview)"),
            L("86,460", 86460, E, P, BL, "30 June 2024 (at the end of June, claims awaiting an initial decision)"),
            L("118,900", 118900, E, P, BLP, "30 June 2024 (at the end of June, once dependants are included)"),
            L("about 138,000", 138000, AP, P, BL, "30 June 2023 (the June 2023 peak)"),
            L("more than a third", -THIRD, MT, PCT, BL + "_change", "30 June 2024 vs the June 2023 peak (the queue is now smaller by)"),
            V("tens of thousands", 20000, 90000, P, "asylum_claimants_lost_contact", "to October 2024 (dropped off the Home Office's books; the Liberal Democrats' home affairs spokesperson)"),
            L("1,000", 1000, E, P, "asylum_decision_makers_planned_recruitment", "October 2024 onwards (additional caseworkers being recruited; a Home Office spokesperson)"),
            L("31,820", 31820, E, P, WD, "July 2023 to June 2024 (year to June 2024" + BOX1, ctx="June 2024: 31,820"),
            L("17,450", 17450, E, P, WD, "July 2022 to June 2023 (year to June 2023" + BOX1, occ=1),
            L("72%", 72, E, PCT, WD + "_share_implicit", "July 2023 to June 2024 (share withdrawn implicitly" + BOX1),
        ]),
    "02-the-currier-asylum-grant-rate-by-nationality": dict(
        meta=dict(url="https://www.thecurrier.example/uk-news/2025/feb/28/asylum-grant-rate-falls-47-per-cent-refusals-nationality",
                  title="Under half of asylum seekers win protection at first decision as refusals climb",
                  publisher="The Currier", author="Ferdinand Uwakwe-Lockyer", published_date="2025-02-28"),
        labels=[
            L("Under half", 50, LT, PCT, GR, "January to December 2024 (win protection at first decision; headline)"),
            L("47%", 47, E, PCT, GR, "January to December 2024 (2024; standfirst)", occ=0),
            L("67%", 67, E, PCT, GR, "January to December 2023 (a year earlier; standfirst)", occ=0),
            L("50,120", 50120, E, P, REF, "January to December 2024 (refusals at initial decision last year; image caption)", occ=0),
            L("Fewer than half", 50, LT, PCT, GR, Y24 + ", won protection first time round)"),
            L("94,560", 94560, E, P, ID, Y24 + ")"),
            L("11%", 11, E, PCT, ID + "_change", "2024 vs 2023 (more than; Home Office statistics)", ctx="2024, 11% more"),
            L("85,190", 85190, E, P, ID, Y23 + ")"),
            L("44,440", 44440, E, P, "asylum_grants", Y24 + ", granted protection)"),
            L("47%", 47, E, PCT, GR, Y24 + ")", occ=1),
            L("67%", 67, E, PCT, GR, Y23 + ")", occ=1),
            L("50,120", 50120, E, P, REF, Y24 + ")", occ=1),
            L("78%", 78, E, PCT, REF + "_change", "2024 vs 2023 (up on the 28,110 recorded in 2023; Home Office statistics)"),
            L("28,110", 28110, E, P, REF, Y23 + ", recorded in 2023)"),
            L("More than nine in ten", 90, MT, PCT, "asylum_grants_share_refugee_status", Y24 + ", grants that were of full refugee status)"),
            L("41,190", 41190, E, P, "asylum_grants_refugee_status", Y24 + ", full refugee status)"),
            L("99%", 99, E, PCT, GRN + "sudanese", Y24 + ", Sudanese claimants)", occ=0),
            L("98%", 98, E, PCT, GRN + "eritrean", Y24 + ", Eritreans)", ctx="Eritreans 98%"),
            L("24%", 24, E, PCT, GRN + "vietnamese", Y24 + ", Vietnamese applicants)"),
            L("11%", 11, E, PCT, GRN + "albanian", Y24 + ", Albanians)", ctx="Albanians 11%"),
            L("12%", 12, E, PCT, GRN + "pakistani", Y24 + ", Pakistanis)"),
            L("5%", 5, E, PCT, GRN + "bangladeshi", Y24 + ", Bangladeshis)"),
            L("9,840", 9840, E, P, ID + "_afghan", Y24 + ", Afghans, more than any other nationality)"),
            L("86%", 86, E, PCT, GRN + "afghan", Y24 + ", Afghans)", occ=0),
            L("98%", 98, E, PCT, GRN + "afghan", Y23 + ", Afghans in 2023)", ctx="from 98% in 2023"),
            L("about three in five", 60, AP, PCT, "asylum_grants_share_afghan_eritrean_iranian_sudanese", Y24 + ", Afghans, Eritreans, Iranians and Sudanese together)"),
            L("6,650", 6650, E, P, "asylum_backlog_syrian_claims_paused", "31 December 2024 (Syrian claims in limbo at the end of the year, decisions paused since 9 December 2024; Home Office statistics)"),
            L("7,650", 7650, E, P, REF + "_albanian", Y24 + ", Albanians, the most of any nationality)"),
            L("Almost half", 50, ALM, PCT, REF + "_share_four_nationalities", "January to December 2024 (of all refusals, four nationalities; Benedikt Rosenthal-Achebe, a researcher at a migration think-tank)"),
            L("close to half", 50, AP, PCT, "asylum_appeals_share_allowed", "recent years to February 2025 (asylum appeals have been succeeding; Benedikt Rosenthal-Achebe, a researcher at a migration think-tank)"),
            L("41,100", 41100, E, P, BLA, "31 December 2024 (the close of December, asylum appeals queue at the tribunal; separate figures)"),
            L("29,600", 29600, E, P, BLA, "31 December 2023 (twelve months earlier; separate figures)"),
            L("108,140", 108140, E, P, APPS, Y24 + ", a record, dependants included)"),
            L("18%", 18, E, PCT, APPS + "_change", "2024 vs 2023 (more than in 2023; Home Office statistics)"),
            L("90,690", 90690, E, P, BL, "31 December 2024 (by December's end, claims yet to receive a first ruling; Home Office statistics)"),
            L("86,460", 86460, E, P, BL, "30 June 2024 (in June; Home Office statistics)"),
            L("more than 18,000", 18000, MT, P, "returns", "5 July 2024 to 27 February 2025 (since 5 July, sent home or removed to a third country; a Home Office spokesperson)"),
            L("99%", 99, E, PCT, GRN + "sudanese", CH2, occ=1),
            L("86%", 86, E, PCT, GRN + "afghan", CH2, occ=1),
            L("62%", 62, E, PCT, GRN + "iranian", CH2),
            L("11%", 11, E, PCT, GRN + "albanian", CH2, ctx="Albanian 11%"),
        ]),
    "03-stockton-cooper-teesside-asylum-dispersal-councils": dict(
        meta=dict(url="https://www.stocktoncooper.example/news/teesside/middlesbrough-tops-uk-league-asylum-seekers-per-head-5172648",
                  title="Middlesbrough still tops UK league for asylum seekers housed per head",
                  publisher="Stockton Cooper", author="Rhiannon Calloway-Ebuka and Declan Mossop-Varga", published_date="2025-05-29"),
        labels=[
            L("1,030", 1030, E, P, DISP, "March 2025 (the town houses, people seeking asylum; image caption)", occ=0, geo=MBRO),
            L("1,030", 1030, E, P, DISP, M25 + ", living in dispersal housing)", occ=1, geo=MBRO),
            L("69", 69, E, P, DISPR, M25 + ", for every 10,000 residents)", occ=0, geo=MBRO),
            L("more than seven times", 7, MT, RATIO, DISPR + "_ratio", M25 + ", Middlesbrough against the UK average)", geo=MBRO),
            L("about 9.5", 9.5, AP, P, DISPR, M25 + ", the UK average)"),
            L("14%", 14, E, PCT, DISP + "_change", "31 March 2025 vs 31 March 2024 (up on a year earlier; Home Office figures)", geo=MBRO),
            L("905", 905, E, P, DISP, "31 March 2024 (a year earlier; Home Office figures)", geo=MBRO),
            L("3,890", 3890, E, P, DISP, M25 + ", the largest number of any council)", geo="Glasgow"),
            L("2,410", 2410, E, P, DISP, M25 + ")", geo="Birmingham"),
            L("1,980", 1980, E, P, DISP, M25 + ")", geo="Liverpool"),
            L("about 61", 61, AP, P, DISPR, M25 + ")", geo="Glasgow"),
            L("roughly 21", 21, AP, P, DISPR, M25 + ")", geo="Birmingham"),
            L("108,730", 108730, E, P, ASP, "31 March 2025 (when the quarter closed; Home Office figures published last week)"),
            L("65,810", 65810, E, P, DISP, M25 + ", in dispersal housing)"),
            L("about three in five", 60, AP, PCT, "asylum_support_share_dispersal", M25 + ", of those on asylum support)"),
            L("32,345", 32345, E, P, HOT, M25 + ", living in hotels)"),
            L("15%", -15, E, PCT, HOT + "_change", "31 March 2025 vs 31 December 2024 (fewer than at the end of December; Home Office figures)"),
            L("38,079", 38079, E, P, HOT, "31 December 2024 (the end of December; Home Office figures)"),
            L("2,550", 2550, E, P, DISP, M25 + ", the five Tees Valley councils between them)", geo="Tees Valley"),
            L("more than a third", THIRD, MT, PCT, DISP + "_share_tees_valley", M25 + ", of those in the North East)", ctx="more than a third of the 6,940", geo="North East"),
            L("6,940", 6940, E, P, DISP, M25 + ")", geo="North East"),
            L("720", 720, E, P, DISP, M25 + ")", occ=0, geo=STK),
            L("410", 410, E, P, DISP, M25 + ")", occ=0, geo=HTL),
            L("230", 230, E, P, DISP, M25 + ")", geo=DTN),
            L("160", 160, E, P, DISP, M25 + ")", geo=RDC),
            L("Half", 50, E, PCT, DISP + "_share_top_30_councils", M25 + ", of everyone in dispersal accommodation lives in just 30 council areas)"),
            L("30", 30, E, COUNCILS, "asylum_dispersal_councils_holding_half", M25 + ", council areas where half of everyone in dispersal accommodation lives)"),
            L("one asylum seeker per 200", 0.5, E, PCT, "asylum_dispersal_cluster_limit_share_of_population", "before 2022 (Home Office guidance used to cap dispersal, in any ward or town)"),
            L("about 150,000", 150000, AP, P, "population", "2025 (Middlesbrough's population)", geo=MBRO),
            L("750", 750, E, P, "asylum_dispersal_cluster_limit", "2025 (the ceiling the old guidance would mean for Middlesbrough)", geo=MBRO),
            L("more than a third", THIRD, MT, PCT, DISP + "_over_cluster_limit_change", "May 2025 (housing more people than the ceiling the Home Office used to recommend; " + CLLR3, ctx="more than a third more people", geo=MBRO),
            L("212", 212, E, P, "asylum_seeking_children_school_admissions_midyear", "January to December 2024 (last year, children who arrived mid-year through the asylum system; " + CLLR3, geo=MBRO),
            L("£3,500", 3500, E, GBP, "asylum_dispersal_grant_per_bed", "per bed space (May 2025, each additional bed space in areas with few asylum seekers; the Home Office)"),
            L("140", 140, E, P, HOT, "March 2025 (men housed in the borough's only asylum hotel, in Thornaby)", geo=STK),
            L("1,030", 1030, E, P, DISP, BOX3, occ=2, geo=MBRO),
            L("69", 69, E, P, DISPR, BOX3, occ=1, geo=MBRO),
            L("720", 720, E, P, DISP, BOX3, occ=1, geo=STK),
            L("410", 410, E, P, DISP, BOX3, occ=1, geo=HTL),
        ]),
    "04-belfast-ropemaker-belfast-asylum-hotels-housing": dict(
        meta=dict(url="https://www.belfastropemaker.example/news/belfast/belfast-carries-three-quarters-of-ni-asylum-load-as-hotels-prepare-to-close-4529906",
                  title="Belfast carries three-quarters of Northern Ireland's asylum load as hotels prepare to close",
                  publisher="Belfast Ropemaker", author="Orlaith Gallagher-Mensah", published_date="2025-11-13"),
        labels=[
            L("three-quarters", 75, E, PCT, "asylum_support_population_share_belfast", "30 June 2025 (of Northern Ireland's asylum load; headline)", geo=NI),
            L("about three in four", 75, AP, PCT, "asylum_support_population_share_belfast", "30 June 2025 (of everyone seeking asylum in the North; new figures)", geo=NI),
            L("half", 50, E, PCT, "asylum_hotels_share_closure_planned", "by 31 March 2026 (the Home Office prepares to empty, of the city's asylum hotels)", ctx="half of the city's", geo=BEL),
            L("3,320", 3320, E, P, ASP, J25 + ")", occ=0, geo=NI),
            L("2,480", 2480, E, P, ASP, J25 + ", living in the Belfast City Council area)", occ=0, geo=BEL),
            L("about 71", 71, AP, P, "asylum_support_population_per_10000_residents", J25 + ", for every 10,000 people in the city)", geo=BEL),
            L("roughly 15", 15, AP, P, "asylum_support_population_per_10000_residents", J25 + ", across all four nations)"),
            L("about 3.1%", 3.1, AP, PCT, "asylum_support_population_share_northern_ireland", J25 + ", of the people on asylum support UK-wide)"),
            L("107,150", 107150, E, P, ASP, J25 + ", UK-wide)"),
            L("2.8%", 2.8, E, PCT, "population_share_northern_ireland", "2025 (the UK's people who live in Northern Ireland)"),
            L("1,410", 1410, E, P, HOT, J25 + ", in one of nine hotels)", occ=0, geo=NI),
            L("more than two in five", 40, MT, PCT, "asylum_support_share_hotels", J25 + ", of those supported here)", geo=NI),
            L("nine", 9, E, HOTELS, HIU, J25 + ", hotels)", ctx="one of nine hotels", geo=NI),
            L("six", 6, E, HOTELS, HIU, J25 + ", hotels in Belfast)", ctx="six of them in Belfast", geo=BEL),
            L("three", 3, E, HOTELS, "asylum_hotels_closed_planned", "by 31 March 2026 (would close by the end of March; officials to Belfast City Council last month)", ctx="that three of the city", geo=BEL),
            L("six", 6, E, HOTELS, HIU, "October 2025 (the city's asylum hotels; officials to Belfast City Council last month)", ctx="city's six asylum hotels", geo=BEL),
            L("23%", 23, E, PCT, APPS + "_change", "year to June 2025 vs year to June 2024 (claims lodged in Northern Ireland rose by; Home Office figures)", geo=NI),
            L("2,110", 2110, E, P, APPS, "July 2024 to June 2025 (the year to June, claims lodged in Northern Ireland; Home Office figures)", occ=0, geo=NI),
            L("More than four in five", 80, MT, PCT, APPS + "_share_via_land_border", "July 2024 to June 2025 (claims by people who reached Northern Ireland overland from the Republic; Home Office officials to a Stormont committee in October 2025)", geo=NI),
            L("18,560", 18560, E, P, APPS, "January to December 2024 (applied for international protection in 2024, a record for the State)", geo=IRL),
            L("1,160", 1160, E, "other:presentations", NIHE, "April 2024 to March 2025 (2024/25, homeless presentations from newly recognised refugees; the Housing Executive)", geo=NI),
            L("68%", 68, E, PCT, NIHE + "_change", "2024/25 vs 2022/23 (up on; the Housing Executive)", geo=NI),
            L("690", 690, E, "other:presentations", NIHE, "April 2022 to March 2023 (2022/23; the Housing Executive)", geo=NI),
            L("19 nights", 19, E, NIGHTS, "refugee_homeless_hostel_stay", "August to autumn 2025 (Samir's time in a hostel on the Antrim Road after being granted refugee status in August)", geo=BEL),
            L("£8.86", 8.86, E, GBP, "asylum_support_weekly_allowance_hotel", "per week (2025, given to people in the hotel; Samir)"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week (2025, people in self-catered accommodation)"),
            L("3,320", 3320, E, P, ASP, "30 June 2025 (people on asylum support, end of June 2025" + BOX4, occ=1, geo=NI),
            L("2,480", 2480, E, P, ASP, "30 June 2025 (of whom in Belfast" + BOX4, occ=1, geo=BEL),
            L("1,410", 1410, E, P, HOT, "30 June 2025 (in hotels" + BOX4, occ=1, geo=NI),
            L("2,110", 2110, E, P, APPS, "July 2024 to June 2025 (claims lodged, year to June 2025" + BOX4, occ=1, geo=NI),
        ]),
    "05-wheelwright-news-live-asylum-hotels-backlog-figures": dict(
        meta=dict(url="https://news.wheelwright.example/story/politics-latest-asylum-hotels-backlog-figures-13519284",
                  title="Politics latest: Asylum hotel numbers fall by a fifth in a year as backlog of first decisions shrinks to 51,800",
                  publisher="Wheelwright News", author="Perpetua Okonjo-Whitlam and Caspian Dunmore-Achterberg", published_date="2026-02-26"),
        labels=[
            L("a fifth", -20, E, PCT, HOT + "_change", "31 December 2025 vs 31 December 2024 (asylum hotel numbers fall by, in a year; headline)"),
            L("51,800", 51800, E, P, BL, "31 December 2025 (backlog of first decisions shrinks to; headline)", occ=0),
            L("30,480", 30480, E, P, HOT, "31 December 2025 (people in asylum hotels at end of 2025" + KP, occ=0),
            L("20%", -20, E, PCT, HOT + "_change", "31 December 2025 vs 31 December 2024 (down on a year earlier" + KP),
            L("197", 197, E, HOTELS, HIU, "February 2026 (hotels still open; the Home Office" + KP, occ=0),
            L("43%", -43, E, PCT, BL + "_change", "31 December 2025 vs 31 December 2024 (backlog of first decisions down" + KP, occ=0),
            L("54%", 54, E, PCT, BLA + "_change", "31 December 2025 vs 31 December 2024 (appeals queue up" + KP, occ=0),
            L("111,300", 111300, E, P, APPS, "January to December 2025 (record asylum claims in 2025" + KP, occ=0),
            L("132,700", 132700, E, P, ID, Y25 + "; our home editor)"),
            L("44%", 44, E, PCT, GR, Y25 + ", initial decisions that were grants; our home editor)"),
            L("47%", 47, E, PCT, GR, "January to December 2024 (2024; our home editor)"),
            L("63,400", 63400, E, P, BLA, "31 December 2025 (the end of December, the appeals queue at the tribunal; our home editor)"),
            L("54%", 54, E, PCT, BLA + "_change", "31 December 2025 vs 31 December 2024 (up from a year earlier; our home editor)", occ=1),
            L("41,100", 41100, E, P, BLA, "31 December 2024 (a year earlier; our home editor)"),
            L("197", 197, E, HOTELS, HIU, "February 2026 (the remaining hotels; our home editor)", occ=1),
            L("about five", 5, AP, HOTELS, "asylum_hotels_closures_required_per_month", "per month (March 2026 to spring 2029, to empty the remaining hotels; our home editor)"),
            L("barely one", 1, AP, HOTELS, "asylum_hotels_closed_per_month_average", "per month (since the election, July 2024 to February 2026; our home editor)"),
            V("tens of thousands", 20000, 90000, P, SBA, "11 June 2025 to February 2026 (since ministers promised to end hotel use, at the June 2025 spending review; tens of thousands more arrived by boat; Reform UK's home affairs spokesman)"),
            L("more than 210", 210, MT, HOTELS, HIU, "July 2024 (when we came into office" + HS5),
            L("almost £9m", 9000000, ALM, GBP, "asylum_cost_hotels", "per day (at its peak under the last government, 2023" + HS5),
            L("197", 197, E, HOTELS, HIU, "26 February 2026 (tonight" + HS5, occ=2),
            L("30,480", 30480, E, P, HOT, D25 + ", when December ended)", occ=1),
            L("38,079", 38079, E, P, HOT, "31 December 2024 (the end of 2024; Home Office figures)"),
            L("upwards of 56,000", 56000, MT, P, HOT, "September 2023 (the September 2023 peak; Home Office figures)"),
            L("29%", 29, E, PCT, "asylum_support_share_hotels", D25 + ", of everyone on asylum support at the year's end)"),
            L("103,900", 103900, E, P, ASP, D25 + ", at the year's end)"),
            L("43%", -43, E, PCT, BL + "_change", "31 December 2025 vs 31 December 2024 (backlog of first decisions down; blog heading)", occ=1),
            L("51,800", 51800, E, P, BL, D25 + ", the close of December, claims still waiting for a first decision)", occ=1),
            L("90,690", 90690, E, P, BL, D24 + ")"),
            L("43%", -43, E, PCT, BL + "_change", "31 December 2025 vs 31 December 2024 (a drop of; Home Office figures)", occ=2),
            L("about double", 2, AP, RATIO, BL + "_ratio", "31 December 2025 (against the level officials regard as a normal working queue)"),
            L("111,300", 111300, E, P, APPS, Y25 + ", a record, claims covered)", occ=1),
            L("3%", 3, E, PCT, APPS + "_change", "2025 vs 2024 (more than; Home Office figures)"),
            L("108,140", 108140, E, P, APPS, "January to December 2024 (2024; Home Office figures)"),
            L("41,470", 41470, E, P, SBA, Y25 + ", across the Channel)"),
            L("13%", 13, E, PCT, SBA + "_change", "2025 vs 2024 (up from; Home Office figures)"),
            L("36,816", 36816, E, P, SBA, "January to December 2024 (the year before; Home Office figures)"),
            L("61", 61, E, PPB, "small_boat_occupancy", "January to December 2025 (an average, people crammed onto each boat last year)"),
        ]),
    "06-the-chandler-asylum-appeals-tribunal-backlog-essay": dict(
        meta=dict(url="https://thechandler.example/politics/britains-asylum-queue-has-only-changed-address",
                  title="Britain's asylum queue has only changed address",
                  publisher="The Chandler", author="Leopold Fenwick-Oduya", published_date="2026-06-17"),
        labels=[
            L("44,900", 44900, E, P, BL, MAR26 + ", claims waiting for a first decision at the Home Office)"),
            L("less than a third", THIRD, LT, PCT, BL + "_share_of_peak", "31 March 2026 vs summer 2023 (of the 138,000 it was sitting on)"),
            L("138,000", 138000, E, P, BL, "summer 2023 (what the Home Office was sitting on in the summer of 2023)"),
            L("68,900", 68900, E, P, BLA, MAR26 + ", asylum appeals waiting at the First-tier Tribunal)"),
            L("9,800", 9800, E, P, BLA, "early 2023 (in early 2023, appeals waiting at the tribunal)"),
            L("seven times", 7, E, RATIO, BLA + "_ratio", "31 March 2026 vs early 2023 (it is now, as large)"),
            L("half as big again", 1.5, E, RATIO, "asylum_backlog_appeals_vs_initial_ratio", "31 March 2026 (the appeals queue against the Home Office's own queue)"),
            L("44%", 44, E, PCT, GR, "January to December 2025 (last year, the grant rate at first decision)"),
            L("well over half", 50, MT, PCT, REF + "_share_initial_decisions", "January to December 2025 (of those decided were told no)"),
            L("38,200", 38200, E, P, "asylum_appeals_determined", FY2526 + " determined)"),
            L("17,950", 17950, E, P, "asylum_appeals_allowed", FY2526 + " allowed)"),
            L("47%", 47, E, PCT, "asylum_appeals_share_allowed", FY2526 + ", of asylum appeals determined)"),
            L("Nearly six in ten", 60, ALM, PCT, "asylum_appeals_share_allowed_afghan", FY2526 + ", Afghan appeals that succeeded)"),
            L("about 54 weeks", 54, AP, WEEKS, "asylum_appeal_wait_average", "June 2026 (the average appeal now takes, from lodging to hearing)"),
            L("about £41,000", 41000, AP, GBP, "asylum_support_cost_per_person", "per year (2026, a head annually; the Home Office)"),
            L("102,800", 102800, E, P, ASP, "31 March 2026 (in March)"),
            L("roughly one in four", 25, AP, PCT, ASP + "_share_awaiting_appeal", "31 March 2026 (in March, of those on asylum support, waiting for an appeal)"),
            L("about 25,700", 25700, AP, P, ASP + "_awaiting_appeal", "31 March 2026 (in March, on asylum support and waiting for an appeal)"),
            L("perhaps £1bn", 1000000000, AP, GBP, "asylum_support_cost_awaiting_appeal", "per year (2026, the cost of those waiting for an appeal)"),
            L("4,000", 4000, E, DAYS, "tribunal_sitting_days_additional", "January to December 2026 (extra sitting days this year; the Ministry of Justice)"),
            L("about two in five", 40, AP, PCT, "asylum_appellants_share_legal_aid", "June 2026 (appellants who have a legal aid lawyer)"),
            L("barely half", 50, AP, PCT, "asylum_appeals_share_dismissed", "April 2025 to March 2026 (2025/26, the appeals the Home Office wins)"),
            L("about 70%", 70, AP, PCT, "asylum_grants_share_eventual_2022_cohort", "2022 to June 2026 (of the people who claimed asylum in 2022, granted protection at one stage or another)"),
        ]),
    "07-the-millwright-cleared-asylum-backlog-factcheck": dict(
        meta=dict(url="https://www.themillwright.example/fact-checks/immigration/has-government-cleared-asylum-backlog/",
                  title="Is the asylum backlog really \"cleared\"? We checked three claims",
                  publisher="The Millwright", author="Imogen Stallworthy-Nakamura", published_date="2026-11-06"),
        labels=[
            L("86,460", 86460, E, P, BL, JUN24, occ=0),
            L("38,600", 38600, E, P, BL, JUN26 + ")", occ=0),
            L("49,900", 49900, E, P, BLP, JUN26 + ", people if dependants are counted)"),
            L("more than half", -50, MT, PCT, BL + "_change", "30 June 2026 vs 30 June 2024 (a fall of; Home Office figures)"),
            L("2,950", 2950, E, P, "asylum_backlog_inherited", INH + ", still undecided)"),
            L("around 97%", 97, AP, PCT, "asylum_backlog_inherited_share_cleared", INH + ", of the inherited backlog has gone)"),
            L("83,510", 83510, E, P, "asylum_claims_closed_inherited", INH + ", inherited claims that were closed)"),
            L("21,400", 21400, E, P, WD + "_inherited", INH + ", withdrawn rather than decided)"),
            L("about a quarter", 25, AP, PCT, WD + "_inherited_share", INH + ", of the inherited claims closed, withdrawn)"),
            L("100,000", 100000, E, P, BLA, "November 2026 (people now waiting for an appeal; " + SHS + ")", occ=0),
            L("doubled", 2, E, RATIO, BLA + "_ratio", "30 June 2026 vs 30 June 2024 (the appeals queue has; our verdict)"),
            L("well below 100,000", 100000, LT, P, BLA, "30 June 2026 (the appeals queue; our verdict)"),
            L("71,500", 71500, E, P, BLA, "30 June 2026 (asylum appeals still to be heard when June 2026 ended; tribunal statistics)", occ=0),
            L("more than twice", 2, MT, RATIO, BLA + "_ratio", "30 June 2026 vs 30 June 2024 (tribunal statistics)"),
            L("34,800", 34800, E, P, BLA, "30 June 2024 (two years before; tribunal statistics)"),
            L("110,100", 110100, E, P, "asylum_backlog_including_appeals", "30 June 2026 (in June, claims awaiting a first decision plus appeals awaiting a hearing)"),
            L("121,260", 121260, E, P, "asylum_backlog_including_appeals", "30 June 2024 (two years earlier)"),
            L("about 9%", -9, AP, PCT, "asylum_backlog_including_appeals_change", "30 June 2026 vs 30 June 2024 (a fall of only)"),
            L("254,500", 254500, E, P, ID, TWO),
            L("41,700", 41700, E, P, WD, TWO),
            L("about one in seven", 100 / 7, AP, PCT, WD + "_share_of_claims_cleared", TWO[:-1] + ", of the cases it closed)"),
            L("31,820", 31820, E, P, WD, "July 2023 to June 2024 (in the year to June 2024 alone; Home Office figures)"),
            L("41%", 41, E, PCT, GR, "July 2025 to June 2026 (the year to June 2026; Home Office figures)"),
            L("48%", 48, E, PCT, GR, "July 2023 to June 2024 (two years before; Home Office figures)"),
            L("less than half", 50, LT, PCT, "asylum_backlog_share_of_inherited", "November 2026 vs July 2024 (the first-decision queue cut to, of its July 2024 size; the Home Office)"),
            L("86,460", 86460, E, P, BL, "30 June 2024 (awaiting initial decision, June 2024" + BOX7, occ=1),
            L("38,600", 38600, E, P, BL, "30 June 2026 (awaiting initial decision, June 2026" + BOX7, occ=1),
            L("71,500", 71500, E, P, BLA, "30 June 2026 (appeals outstanding, June 2026" + BOX7, occ=1),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
