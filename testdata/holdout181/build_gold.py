#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-eighty-first hand-labelled hold-out set (holdout181).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, PTR, RSC, RSP)

UK, ENG, FR = "UK", "England", "France"
DEC, LOCS = "other:decisions", "other:locations"
TWO3 = 200 / 3

# 01 (Friday 22 May 2026; Home Office figures for the quarter to 31 March 2026 published Thursday 21 May 2026)
HO1 = "Home Office figures published Thursday 21 May 2026"
M26 = "31 March 2026 (the end of March; " + HO1 + ")"
M25 = "31 March 2025 (a year earlier; " + HO1 + ")"
Q1 = "January to March 2026 (the quarter; " + HO1 + ")"
AB = "asylum_backlog"
DPC = "asylum_decisions_per_caseworker"
ADM = "asylum_decision_makers"
QA = "asylum_decisions_share_returned_by_quality_assurance"

# 02 (Monday 14 September 2026; Home Office daily figures to Sunday 13 September 2026)
WKD = "Saturday 12 and Sunday 13 September 2026 (the weekend; Home Office figures)"
SAT = "Saturday 12 September 2026 (Home Office figures)"
SUN = "Sunday 13 September 2026 (Home Office figures)"
YTD = "1 January to 13 September 2026 (so far this year, since January, 2026 to date; Florin News analysis of Home Office daily figures)"
CHG2 = "1 January to 13 September 2026 vs the same point of 2025"
OCC = "small_boat_occupancy"
KP2 = " (Key points)"
MIN2 = "Naomi Pettigrew-Asante, border security minister"

# 03 (Thursday 5 March 2026; OBR spring forecast published Tuesday 3 March 2026)
OBR = "OBR spring forecast published Tuesday 3 March 2026"
NPA = "net_migration_projection_assumption"
PFE = "public_finances_effect_lower_migration"
FY31 = "2030-31 (the year the fiscal rule is judged; " + OBR + ")"
HK = "Tamara Oduya-Kingsley, Haverstock Institute"

# 04 (Friday 28 August 2026; FOI responses from 11 Midlands universities; Home Office figures published Thursday 27 August 2026)
MID = "East and West Midlands"
AY26 = "2025/26 academic year (last year; FOI responses from 11 universities obtained by PA)"
AY24 = "2023/24 academic year (two years earlier; FOI responses obtained by PA)"
CHG4 = "2025/26 vs 2023/24 (over two years; FOI responses obtained by PA"
ISN = "international_students_new_entrants"
YJ26 = "July 2025 to June 2026 (the 12 months to June; Home Office figures published Thursday 27 August 2026)"
KF4 = " (KEY FACTS box)"
SRO = "Prof Sunita Radclyffe-Obi, pro-vice-chancellor at a West Midlands university"

# 05 (Wednesday 15 April 2026; fact check of a viral post and a former minister's podcast claim)
CLAIM = "the viral post's claim (shared since the weekend of 11-12 April 2026)"
LIFE = "April 2022 to July 2024 (the scheme's life)"
GOV = LIFE + " (the total put on it by the new government after scrapping it in July 2024)"
PER = "rwanda_scheme_cost_per_relocation"
PPR = "payment_to_rwanda_per_relocation"
REL = "rwanda_relocations"
REL24 = "2024 (under the separate voluntary relocation scheme)"

# 06 (Wednesday 27 May 2026, a column; ONS estimates published Thursday 21 May 2026)
TGT = "net_migration_target"
TTK = "the 'tens of thousands' pledge made in January 2010 by the then leader of the opposition"
POLL = "May 2026 (this month; Hartigan Research poll)"
Y25 = "January to December 2025 (calendar 2025; ONS estimate published Thursday 21 May 2026)"

# 07 (Wednesday 9 September 2026; Home Office EU Settlement Scheme statistics to 30 June 2026 released last week)
CWL = "Cornwall"
EUSS = "eu_settlement_scheme"
J26 = "2019 to 30 June 2026 (by the end of June, since the scheme opened; Home Office statistics released last week)"
LATE = "1 July 2021 to 30 June 2026 (after the deadline of June 30, 2021"
YJ26C = "July 2025 to June 2026 (the 12 months to June; Home Office statistics)"
KMA = "Tegen Hocking-Adeyemi, Kernow Migrant Advice Project"

ARTICLES = {
    "01-the-testoon-asylum-backlog-caseworker-productivity": dict(
        meta=dict(url="https://www.thetestoon.example/uk/home-affairs/article/asylum-backlog-falls-below-40000-caseworkers-record-pace-q7t3vlm2k",
                  title="Asylum backlog falls below 40,000 as caseworkers clear claims at record pace",
                  publisher="The Testoon", author="Hattie Quennell-Addo", published_date="2026-05-22"),
        labels=[
            L("below 40,000", 40000, LT, P, AB, "31 March 2026 (headline)", ctx="falls below 40,000"),
            L("nearly four times", 4, ALM, RATIO, DPC + "_ratio", "January to March 2026 vs 2022 (cases a month per decision-maker; standfirst)", ctx="completes nearly four times"),
            L("about 600", 600, AP, P, "asylum_caseworkers_based_at_site", "May 2026 (the department's asylum staff based at the Croydon decision centre; picture caption)", geo="Croydon"),
            L("below 40,000", 40000, LT, P, AB, M26 + " claims, for the first time in seven years", ctx="dropped below 40,000"),
            L("38,640", 38640, E, P, AB, M26 + " claims awaiting an initial decision"),
            L("46,900", 46900, E, P, AB + "_people_including_dependants", M26 + " people covered once dependants are counted"),
            L("41 per cent", -41, E, PCT, AB + "_change", "31 March 2026 vs 31 March 2025 (down on a year earlier; " + HO1 + ")"),
            L("65,480", 65480, E, P, AB, M25 + " claims outstanding"),
            L("a little over a quarter", 25, MT, PCT, AB + "_share_of_peak", "31 March 2026 against mid-2023 (the high-water mark)"),
            L("134,200", 134200, E, P, AB, "mid-2023 (the peak, the high-water mark)"),
            L("29,870", 29870, E, P, "asylum_initial_decisions", Q1),
            L("2,310", 2310, E, P, ADM, M26 + " full-time decision-makers"),
            L("roughly 2,500", 2500, AP, P, ADM, "2024 (when ministers hired heavily)"),
            L("4.3", 4.3, E, DEC, DPC, "per month, January to March 2026 (an average; a Testoon analysis of the data)"),
            L("1.1", 1.1, E, DEC, DPC, "per month, spring 2022 (a Testoon analysis of the data)"),
            L("nearly four times", 4, ALM, RATIO, DPC + "_ratio", "January to March 2026 vs spring 2022 (output per head has risen)", ctx="has risen nearly four times"),
            L("38 per cent", 38, E, PCT, "asylum_grant_rate", Q1 + " of decisions were grants, just"),
            L("52 per cent", 52, E, PCT, "asylum_grant_rate", "January to December 2025 (across 2025)"),
            L("4,120", 4120, E, P, "asylum_claims_withdrawn", Q1 + " a further"),
            L("7,140", 7140, E, DEC, "asylum_decisions_returned_by_quality_assurance", "January to December 2025 (last year; figures obtained by The Testoon under freedom of information)"),
            L("one in 15", 100 / 15, E, PCT, QA, "January to December 2025 (last year; figures obtained by The Testoon under freedom of information)"),
            L("one in 40", 2.5, E, PCT, QA, "January to December 2023 (figures obtained by The Testoon under freedom of information)"),
            L("about 47,500", 47500, AP, P, "asylum_backlog_appeals", "31 March 2026 (outstanding at the first-tier tribunal on March 31)"),
            L("18 per cent", 18, E, PCT, "asylum_backlog_appeals_change", "31 March 2026 vs 31 December 2025 (more than in December)"),
            L("44 per cent", 44, E, PCT, "asylum_appeals_share_allowed", Q1 + " of the appeals judges decided"),
            L("six", 6, E, DEC, "asylum_decisions_per_caseworker_target", "per month, May 2026 (what some caseworkers are being asked for; Dame Rosalind Ibbotson-Kwarteng, former chief inspector of borders)", ctx="asked for six decisions"),
            L("about a third", THIRD, AP, PCT, "asylum_decision_makers_turnover_share", "per year, 2026 (staff turnover in decision-making teams; Lucas Ferreira-Hambling, PCS union)"),
            L("171", 171, E, HOTELS, "asylum_hotels_in_use", M26),
            L("26,300", 26300, E, P, HOT, M26),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "2023 (the worst of the hotel era)"),
            L("£4.3bn", 4300000000, E, GBP, AC, "April 2025 to March 2026 (2025/26, forecast; asylum support)"),
        ]),
    "02-florin-news-weekend-channel-crossings": dict(
        meta=dict(url="https://news.florin.example/story/more-than-1-800-migrants-cross-the-channel-in-weekend-surge-as-years-total-passes-31-000-13472896",
                  title="More than 1,800 migrants cross the Channel in weekend surge as year's total passes 31,000",
                  publisher="Florin News", author="Ellis Brannigan-Osei", published_date="2026-09-14"),
        labels=[
            L("More than 1,800", 1800, MT, P, SBA, WKD.replace("Home Office figures", "headline")),
            L("passes 31,000", 31000, MT, P, SBA, "1 January to 13 September 2026 (the year's total; headline)"),
            L("more than 1,200", 1200, MT, P, SBA, SAT + " 2026's busiest day yet (standfirst)"),
            L("21", 21, E, BOATS, SBC, SAT + " (standfirst)", ctx="arriving in 21 boats"),
            L("32", 32, E, BOATS, SBC, WKD + KP2),
            L("1,817", 1817, E, P, SBA, WKD + KP2, ctx="brought 1,817 people across on"),
            L("almost 57", 57, ALM, PPB, OCC, WKD + " each boat on average" + KP2),
            L("31,460", 31460, E, P, SBA, "1 January to 13 September 2026 (2026 to date" + KP2 + ")", ctx="31,460 arrivals"),
            L("14%", 14, E, PCT, SBA + "_change", CHG2 + " (more than by this point last year" + KP2 + ")", ctx="date, 14% more"),
            L("1,817", 1817, E, P, SBA, WKD + " this weekend", ctx="Small boats brought 1,817"),
            L("1,213", 1213, E, P, SBA, SAT + " more than on any other day this year"),
            L("21", 21, E, BOATS, SBC, SAT, ctx="in 21 boats, more"),
            L("604", 604, E, P, SBA, SUN),
            L("11", 11, E, BOATS, SBC, SUN, ctx="in 11 boats"),
            L("about 58", 58, AP, PPB, OCC, SAT + " people apiece on average"),
            L("55", 55, E, PPB, OCC, SUN + " Sunday's"),
            L("30 or so", 30, AP, PPB, OCC, "2021 (typical five years ago)"),
            L("31,460", 31460, E, P, SBA, YTD, ctx="So far this year, 31,460"),
            L("14%", 14, E, PCT, SBA + "_change", CHG2 + " (more than at this point in 2025; Florin News analysis)", ctx="That is 14% more"),
            L("27,610", 27610, E, P, SBA, "1 January to 13 September 2025 (recorded at this point in 2025)"),
            L("548", 548, E, BOATS, SBC, YTD),
            L("57.4", 57.4, E, PPB, OCC, YTD + " an average of"),
            L("2,944", 2944, E, P, SBA, "7 to 13 September 2026 (last week as a whole)"),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", "week to 13 September 2026 vs the previous seven days"),
            L("770", 770, E, P, SBA, "31 August to 6 September 2026 (the previous seven days)"),
            L("around 340", 340, AP, P, "small_boat_launch_attempts_stopped_people", WKD.replace("Home Office figures", "French police"), geo=FR),
            L("14", 14, E, LOCS, "french_police_interventions_locations", WKD.replace("Home Office figures", "between Dunkirk and Boulogne-sur-Mer; French police"), ctx="intervened at 14 locations", geo=FR),
            L("At least 19", 19, AL, P, "small_boat_deaths", "1 January to 13 September 2026 (deaths at sea on the route in 2026; the IOM)"),
            L("up to 80", 80, AM, PPB, OCC + "_max", "September 2026 (these boats are now rammed with; " + MIN2 + ")"),
            L("a third", THIRD, E, PCT, "returns_change", "2026 vs 2025 (removing more people with no right to stay than last year; " + MIN2 + ")"),
            L("more than 90,000", 90000, MT, P, SBA, "5 July 2024 to 13 September 2026 (since Labour took office in July 2024; the shadow home secretary)"),
            L("More than nine in 10", 90, MT, PCT, SBA + "_share_claiming_asylum", WKD.replace("Home Office figures", "who landed this weekend and will seek asylum; Aisha Tremayne-Kolade, Channel Welcome Network")),
            L("312", 312, E, P, "returns_france", "2025 to 13 September 2026 (so far, under the one-in, one-out pilot agreed last year; the Home Office)"),
            L("298", 298, E, P, "uk_france_legal_route_arrivals", "2025 to 13 September 2026 (so far, by the pilot's legal route; the Home Office)"),
        ]),
    "03-the-moidore-obr-net-migration-public-finances": dict(
        meta=dict(url="https://www.themoidore.example/content/4b7e91c2-lower-migration-knocks-7-6bn-off-chancellors-fiscal-headroom",
                  title="Lower migration knocks £7.6bn off chancellor's fiscal headroom",
                  publisher="The Moidore", author="Priya Castellane-Mbeki and Oliver Trethewey-Dube", published_date="2026-03-05"),
        labels=[
            L("£7.6bn", 7600000000, E, GBP, PFE, "2030-31 (headroom lost; headline)", ctx="knocks £7.6bn"),
            L("almost a quarter", -25, ALM, PCT, NPA + "_revision", "long run, from 2029-30 (cut; standfirst)"),
            L("245,000", 245000, E, P, NPA, "per year, long run from 2029-30 (standfirst)", ctx="to 245,000 a year\n"),
            L("£7.6bn", 7600000000, E, GBP, PFE, FY31 + " fiscal headroom lost", ctx="cost the chancellor £7.6bn"),
            L("245,000", 245000, E, P, NPA, "per year, from 2029-30 (settle at; " + OBR + ")", ctx="settle at 245,000"),
            L("315,000", 315000, E, P, NPA, "per year, long run (pencilled in last November; OBR November 2025 forecast)"),
            L("70,000", -70000, E, P, NPA + "_revision", "per year, long run (the revision, the biggest single downgrade; " + OBR + ")"),
            L("190,000", 190000, E, P, "net_migration_forecast", "April 2026 to March 2027 (2026-27, the lowest since the pandemic; " + OBR + ")"),
            L("205,000", 205000, E, P, NM, "July 2024 to June 2025 (the 12 months to June 2025; ONS)"),
            L("more than 900,000", 900000, MT, P, NM, "July 2022 to June 2023 (a peak two years earlier; ONS)"),
            L("about 310,000", -310000, AP, P, "working_age_population_forecast_revision", "2030-31 (smaller than assumed in November; " + OBR + ")"),
            L("0.4 per cent", -0.4, E, PCT, "gdp_forecast_revision", "2030-31 (real GDP lower than assumed in November; " + OBR + ")"),
            L("£7.6bn", 7600000000, E, GBP, PFE, FY31 + " adds to borrowing", ctx="migration adds £7.6bn"),
            L("nearly two-thirds", TWO3, ALM, PCT, "public_finances_effect_share_of_headroom_fall", FY31),
            L("£11.9bn", -11900000000, E, GBP, "fiscal_headroom_change", FY31 + " the fall in her headroom"),
            L("£9.8bn", 9800000000, E, GBP, "fiscal_headroom", FY31 + " now stands at"),
            L("100,000", 100000, E, P, NPA + "_scenario", "per year (if net migration ran at; scenario in " + OBR + ", annex B)", ctx="ran at 100,000 a year"),
            L("£18.2bn", 18200000000, E, GBP, PFE + "_scenario", "final forecast year, 2030-31 (if net migration ran at 100,000 a year, higher than the central case; " + OBR + ", annex B)"),
            L("£14bn", -14000000000, E, GBP, PFE + "_scenario", "final forecast year, 2030-31 (at 400,000 a year, borrowing lower; " + OBR + ", annex B)"),
            L("400,000", 400000, E, P, NPA + "_scenario", "per year (at; scenario in " + OBR + ", annex B)", ctx="at 400,000 it"),
            L("about £410,000", 410000, AP, GBP, "fiscal_lifetime_contribution_graduate", "over a lifetime, in today's prices (a graduate arriving at 25 in a job paid above the median; " + OBR + ")"),
            L("roughly £130,000", 130000, AP, GBP, "fiscal_lifetime_net_cost_low_wage_migrant", "over a lifetime (a low-paid worker arriving at 25; " + OBR + ")"),
            L("roughly £1bn", 1000000000, AP, GBP, "public_borrowing_effect_per_10000_lower_net_migration", "per year, by 2030 (every 10,000 fewer net arrivals a year; " + HK + ")"),
            L("245,000", 245000, E, P, NPA, "per year, long run (assumed in March 2023; OBR)", ctx="net migration of 245,000"),
            L("more than three times", 3, MT, RATIO, "net_migration_to_obr_assumption_ratio", "2023 (figures the ONS reported within months, against the March 2023 assumption)"),
            L("4.58 per cent", 4.58, E, PCT, "gilt_yield_10_year", "Tuesday 3 March 2026 (closed, unchanged on the day)"),
            L("£2.1bn", 2100000000, E, GBP, "skills_charge_and_visa_fee_receipts_forecast", "over the forecast period to 2030-31 (extra receipts; " + OBR + ", cited by Treasury officials)"),
            L("30,000", -30000, E, P, NPA + "_revision", "long run (a further cut, hypothetical; Ludgate Capital economists)"),
            L("a third", THIRD, E, PCT, "public_finances_effect_share_of_headroom", "2030-31 (of what headroom remains, if the assumption were cut a further 30,000; Ludgate Capital economists)", ctx="wipe out a third"),
        ]),
    "04-walsall-farthing-pa-midlands-student-visas": dict(
        meta=dict(url="https://www.walsallfarthing.example/news/education/international-student-numbers-midlands-universities-fall-quarter-visa-curbs-8812046",
                  title="International student numbers at Midlands universities fall by a quarter as visa curbs bite",
                  publisher="Walsall Farthing", author="Harriet Mbatha-Cole", published_date="2026-08-28"),
        labels=[
            L("a quarter", -25, E, PCT, ISN + "_change", "2025/26 vs 2023/24 (fall; headline)", ctx="fall by a quarter", geo=MID),
            L("a quarter", -25, E, PCT, ISN + "_change", CHG4 + ", dropped by)", ctx="dropped by a quarter", geo=MID),
            L("31,480", 31480, E, P, ISN, AY26 + " new students from outside the UK", ctx="they enrolled 31,480", geo=MID),
            L("42,150", 42150, E, P, ISN, AY24, ctx="down from 42,150", geo=MID),
            L("6,320", 6320, E, P, ISN, AY26.replace("from 11 universities", "from Coventry University"), geo="Coventry"),
            L("11,040", 11040, E, P, ISN, AY24.replace("two years earlier", "two years earlier, Coventry University"), geo="Coventry"),
            L("43%", -43, E, PCT, ISN + "_change", CHG4 + ", a drop of; Coventry University)", ctx="a drop of 43%", geo="Coventry"),
            L("almost halved", 0.5, ALM, RATIO, ISN + "_ratio", "2025/26 vs 2023/24 (the intake; University of Wolverhampton)", geo="Wolverhampton"),
            L("2,410", 2410, E, P, ISN, AY24.replace("two years earlier", "from; University of Wolverhampton"), geo="Wolverhampton"),
            L("1,260", 1260, E, P, ISN, AY26.replace("from 11 universities", "from the University of Wolverhampton"), geo="Wolverhampton"),
            L("2,980", 2980, E, P, ISN, AY26.replace("from 11 universities", "from Aston University"), geo="Birmingham"),
            L("26%", -26, E, PCT, ISN + "_change", CHG4 + ", down; Aston University)", geo="Birmingham"),
            L("4,030", 4030, E, P, ISN, AY24.replace("two years earlier", "Aston University"), geo="Birmingham"),
            L("4%", 4, E, PCT, ISN + "_change", CHG4 + ", a rise; University of Birmingham)", geo="Birmingham"),
            L("7,150", 7150, E, P, ISN, AY26.replace("from 11 universities", "from the University of Birmingham"), geo="Birmingham"),
            L("371,600", 371600, E, P, "visas_granted_study", YJ26 + " main applicants granted sponsored study visas", ctx="June, 371,600 main"),
            L("7%", -7, E, PCT, "visas_granted_study_change", "July 2025 to June 2026 vs July 2024 to June 2025 (a drop on the year before; Home Office)"),
            L("13,200", 13200, E, P, "visas_granted_study_dependants", YJ26 + " fell to"),
            L("almost one in five", 20, ALM, PCT, ISN + "_share_nigeria", AY24.replace("two years earlier", "students from Nigeria at the 11 universities"), geo=MID),
            L("about one in 12", 100 / 12, AP, PCT, ISN + "_share_nigeria", AY26.replace("last year", "last year, students from Nigeria"), geo=MID),
            L("around £17,500", 17500, AP, GBP, "international_student_tuition_fee", "per year, 2026 (an international master's student pays; " + SRO + ")", geo="West Midlands"),
            L("£9,535", 9535, E, GBP, "home_student_tuition_fee_cap", "per year, 2026 (a home undergraduate; " + SRO + ")", geo=ENG),
            V("tens of millions of pounds", 20000000, 90000000, GBP, "university_fee_income_shortfall", "2023/24 to 2025/26 (when you lose students on that scale in two years; " + SRO + ")", geo="West Midlands"),
            L("c. 600", 600, AP, P, "university_job_cuts", "January to August 2026 (announced since January; Coventry University)", geo="Coventry"),
            L("£2.9bn", 2900000000, E, GBP, "international_student_economic_contribution", "2023/24 academic year (to the region's economy, fees, rent and spending; analysis for the Midlands Universities Group)", geo=MID),
            L("31,480", 31480, E, P, ISN, "2025/26 academic year (at 11 Midlands universities" + KF4 + ")", ctx="- 31,480", geo=MID),
            L("42,150", 42150, E, P, ISN, "2023/24 academic year (down from, two years earlier" + KF4 + ")", ctx="Down from 42,150", geo=MID),
            L("371,600", 371600, E, P, "visas_granted_study", "July 2025 to June 2026 (study visas granted UK-wide, year to June 2026" + KF4 + ")", ctx="- 371,600"),
            L("43%", -43, E, PCT, ISN + "_change", "2025/26 vs 2023/24 (Coventry University intake down" + KF4 + ")", ctx="intake down 43%", geo="Coventry"),
        ]),
    "05-groatcheck-rwanda-cost-per-person-claims": dict(
        meta=dict(url="https://groatcheck.example/fact-checks/rwanda-scheme-cost-per-person-relocated-179m/",
                  title="Did the Rwanda scheme really cost £179m for each person it sent there?",
                  publisher="Groatcheck", author="Morwenna Achterberg-Sowande", published_date="2026-04-15"),
        labels=[
            L("£179m", 179000000, E, GBP, PER, LIFE + " (for each person it sent there; headline)", ctx="really cost £179m"),
            L("£180 million", 180000000, E, GBP, PER, LIFE + " (per person it actually sent to Kigali; " + CLAIM + ")"),
            L("about £715m", 715000000, AP, GBP, RSC, GOV + " (Our verdict)"),
            L("four", 4, E, P, REL, LIFE + " (split four ways, one share for each person who went; Our verdict)", ctx="four ways"),
            L("just under £179m", 179000000, ALM, GBP, PER, LIFE + " (Our verdict)", ctx="comes to just under £179m"),
            L("£72.5m", 72500000, E, GBP, PPR, LIFE + " (counting only the money paid to Rwanda itself; Our verdict)", ctx="it was £72.5m"),
            L("more than 40,000", 40000, MT, P, "claim_post_sharers", "since the weekend of 11-12 April 2026 (Facebook and X users who shared the post)"),
            L("£290m", 290000000, E, GBP, PTR, "April 2022 to April 2024 (paid to Rwanda in total; Home Office figures released in 2024)", ctx="show £290m"),
            L("£240m", 240000000, E, GBP, PTR, "April 2022 to December 2023 (up to December 2023; Home Office figures)"),
            L("£50m", 50000000, E, GBP, PTR, "April 2024 (then more; Home Office figures)", ctx="then £50m more"),
            L("£50m", 50000000, E, GBP, "payment_to_rwanda_due_not_made", "April 2025 (due, never paid after the scheme was scrapped)", ctx="A further £50m"),
            L("£120m", 120000000, E, GBP, "payment_to_rwanda_planned_after_300_relocations", "one-off, once 300 people had been relocated (never triggered)"),
            L("around £715m", 715000000, AP, GBP, RSC, GOV, ctx="total cost at around £715m"),
            L("about £1.8m", 1800000, AP, GBP, "rwanda_scheme_planned_cost_per_relocation", "the first 300 people (National Audit Office estimate, March 2024)"),
            L("four", 4, E, P, REL, REL24, ctx="four people did go"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "per person, 2024 (offered to each failed asylum seeker to move)"),
            L("around £715m", 715000000, AP, GBP, RSC, LIFE + " (the total cost, divided by four; Groatcheck's arithmetic)", ctx="total cost of around £715m by"),
            L("four", 4, E, P, REL, LIFE + " (divided by; Groatcheck's arithmetic)", ctx="by four gives £178.75m"),
            L("£178.75m", 178750000, E, GBP, PER, LIFE + " (Groatcheck's arithmetic)"),
            L("just under £179m", 179000000, ALM, GBP, PER, LIFE + " (Groatcheck's arithmetic)", ctx="each, just under £179m"),
            L("£180m", 180000000, E, GBP, PER, LIFE + " (which the viral post rounds to)"),
            L("£290m", 290000000, E, GBP, PTR, "April 2022 to April 2024 (paid directly to Rwanda; Groatcheck's arithmetic)", ctx="only the £290m"),
            L("four", 4, E, P, REL, LIFE + " (divided by; Groatcheck's arithmetic)", ctx="by four gives £72.5m"),
            L("£72.5m", 72500000, E, GBP, PPR, LIFE + " (per person; Groatcheck's arithmetic)", ctx="gives £72.5m"),
            L("roughly 83,000", 83000, AP, P, SBA, "April 2022 to July 2024 (over the period the scheme was in force; Home Office figures)"),
        ]),
    "06-the-mancus-net-migration-targets-decades": dict(
        meta=dict(url="https://www.themancus.example/comment/2026/05/sixteen-years-tens-of-thousands-why-every-migration-target-fails",
                  title="Sixteen years of \"tens of thousands\": why every migration target fails",
                  publisher="The Mancus", author="Jocasta Verrinder-Lamptey", published_date="2026-05-27"),
        labels=[
            V("tens of thousands", 20000, 90000, P, TGT, "per year (" + TTK + "; headline)", occ=0),
            V("hundreds of thousands", 200000, 900000, P, NM, "per year, 2009 (the level to be brought down from, January 2010)"),
            V("tens of thousands", 20000, 90000, P, TGT, "per year (" + TTK + ")", occ=1),
            L("about 250,000", 250000, AP, P, NM, "per year, 2009 (when the promise was made in January 2010)", ctx="stood at about 250,000"),
            L("roughly 155,000", 155000, AP, P, NM, "January to December 2012 (the lowest figure of the coalition years)"),
            L("more than half as high again", 1.5, MT, RATIO, "net_migration_to_target_ratio", "2012 against the top of the 'tens of thousands' range"),
            L("336,000", 336000, E, P, NM, "July 2014 to June 2015 (mid-2015)"),
            L("172,000", 172000, E, P, NM, Y25 + " the lowest for a calendar year since 2020"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (the record, the year to March 2023)"),
            L("less than a fifth", 20, LT, PCT, "net_migration_share_of_peak", "calendar 2025 against the year to March 2023"),
            L("72,000", 72000, E, P, "net_migration_excess_over_target", "calendar 2025 against the upper end of the 'tens of thousands' promise"),
            L("something like 30,000", -30000, AP, P, NM, "per year, a typical year of the 1970s and 1980s (more people left than arrived)"),
            L("around 200,000", 200000, AP, P, NM, "2004 (when Poland and its neighbours joined the EU)"),
            L("about 250,000", 250000, AP, P, NM, "per year, 2010 to 2019 (averaged across the 2010s)", ctx="averaged about 250,000"),
            V("tens of thousands", 20000, 90000, P, TGT, "per year (" + TTK + ", 'since the promise')", occ=2),
            L("something like 4.8 million", 4800000, AP, P, "net_migration_cumulative", "2010 to 2025 (added to the population since the 'tens of thousands' promise)"),
            L("some 840,000", 840000, AP, P, "immigration", "January to December 2025 (arrived; ONS)"),
            L("668,000", 668000, E, P, "emigration", "January to December 2025 (left; ONS)"),
            V("tens of thousands", 20000, 90000, P, "net_migration_change", "any year (a small swing in either flow can move net migration by; the columnist)", occ=3),
            L("zero", 0, E, P, TGT, "within a single parliament (Reform UK's 'net zero' promise)", ctx="\"net zero\""),
            L("zero", 0, E, P, TGT, "within a single parliament (Reform UK's promise to get the figure to)", ctx="the figure to zero"),
            L("100,000", 100000, E, P, TGT, "per year (a binding cap voted on each year by MPs; the Conservatives' proposal)"),
            L("well below 200,000", 200000, LT, P, "net_migration_forecast", "by the next election (ministers' expectation, let known in autumn 2025)"),
            L("64%", 64, E, PCT, "poll_share_immigration_too_high", POLL),
            L("28%", 28, E, PCT, "public_share_correct_net_migration_fell", POLL + " correctly said it had fallen over the past two years"),
            L("One in three", THIRD, E, PCT, "public_share_thought_net_migration_rose", POLL),
        ]),
    "07-truro-tanner-cornwall-eu-settlement-scheme": dict(
        meta=dict(url="https://www.trurotanner.example/news/cornwall-news/thousands-eu-citizens-cornwall-still-applying-settled-status-9930418",
                  title="Thousands of EU citizens in Cornwall still applying for settled status five years after deadline",
                  publisher="Truro Tanner", author="Kerensa Polglase-Mensah", published_date="2026-09-09"),
        labels=[
            V("Thousands", 2000, 9000, P, EUSS + "_late_applications", LATE + "; headline)", geo=CWL),
            L("More than 6,000", 6000, MT, P, EUSS + "_late_applications", LATE + "; standfirst)", ctx="More than 6,000 late", geo=CWL),
            L("More than 6,000", 6000, MT, P, EUSS + "_late_applications", LATE + "; Home Office figures)", ctx="More than 6,000 people", geo=CWL),
            V("hundreds", 200, 900, P, "eu_citizens_without_secure_status_estimate", "September 2026 (living and working here without realising their status is not secure; advisers)", geo=CWL),
            L("38,460", 38460, E, P, EUSS + "_applications", J26, geo=CWL),
            L("6,120", 6120, E, P, EUSS + "_late_applications", LATE + "; Home Office statistics)", geo=CWL),
            L("about one in six", 100 / 6, AP, PCT, EUSS + "_applications_share_late", J26, geo=CWL),
            L("37,210", 37210, E, P, EUSS + "_applications_concluded", J26 + " decided", geo=CWL),
            L("Some 19,830", 19830, AP, P, EUSS + "_grants_settled", J26, geo=CWL),
            L("13,940", 13940, E, P, EUSS + "_grants_pre_settled", J26, geo=CWL),
            L("59%", 59, E, PCT, EUSS + "_grants_share_settled", J26 + " of those granted status", geo=CWL),
            L("2,150", 2150, E, P, EUSS + "_refusals", J26, geo=CWL),
            L("1,290", 1290, E, P, EUSS + "_withdrawn_void_invalid", J26, geo=CWL),
            L("1,250", 1250, E, P, EUSS + "_applications_pending", "30 June 2026 (still awaiting a decision; Home Office statistics)", geo=CWL),
            L("9,870", 9870, E, P, EUSS + "_applications_polish", J26, geo=CWL),
            L("7,410", 7410, E, P, EUSS + "_applications_romanian", J26, geo=CWL),
            L("3,260", 3260, E, P, EUSS + "_applications_bulgarian", J26, geo=CWL),
            L("11%", 11, E, PCT, EUSS + "_applications_romanian_change", YJ26C + " rose by, the fastest growth of any nationality locally", geo=CWL),
            L("8.6m", 8600000, E, P, EUSS + "_applications", "2019 to 30 June 2026 (across the UK; Home Office statistics)"),
            L("nearly 1.1m", 1100000, ALM, P, EUSS + "_late_applications", "1 July 2021 to 30 June 2026 (across the UK, late; Home Office statistics)"),
            L("Around 4,700", 4700, AP, P, EUSS + "_automatic_upgrades_to_settled", "2025 to September 2026 (since last year, so far; the Home Office)", geo=CWL),
            L("318", 318, E, P, EUSS + "_late_applications_assisted", "1 January to early September 2026 (so far this year; " + KMA + ")", geo=CWL),
            L("14%", 14, E, PCT, EUSS + "_late_applications_assisted_change", "so far in 2026 vs the same period of 2025 (up; " + KMA + ")", geo=CWL),
            L("nearly £3,000", 3000, ALM, GBP, EUSS + "_late_applicant_lost_wages", "2026 (eleven weeks unable to work while her status was sorted; Agnieszka Wrobel-Treloar, care worker)", geo="Camborne"),
            L("around 1,400", 1400, AP, P, "council_staff_eu_citizens", "September 2026 (its own staff and contractors; Cornwall Council)", geo=CWL),
            L("more than 5.6 million", 5600000, MT, P, EUSS + "_grants", "2019 to September 2026 (people granted status; a Home Office spokesperson)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
