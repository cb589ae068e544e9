#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-seventy-first hand-labelled hold-out set (holdout171).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, AC, HOT)

UK, ENG, SCO, NI, FR = "UK", "England", "Scotland", "Northern Ireland", "France"
HH, FLIGHTS, BEDS, PRISONS, UNIS = "other:households", "other:flights", "other:beds", "other:prisons", "other:universities"
TWO3 = 200 / 3

# 01 (Tuesday 12 May 2026; French interior ministry figures since 6 April, Home Office data to Sunday 10 May)
FIM = "French interior ministry"
SINCE6 = "6 April to 10 May 2026 (since 6 April, the first five weeks of the new tactic; " + FIM + ")"
HO1 = "1 January to 10 May 2026 (between 1 January and 10 May; Home Office data)"
ISEA, ISEAP = "small_boat_interceptions_at_sea", "small_boat_interceptions_at_sea_people"
LAS = "small_boat_launch_attempts_stopped_people"

# 02 (Wednesday 29 July 2026; ONS mid-2025 estimates published Tuesday 28 July 2026)
ONS2 = "ONS mid-2025 estimates published Tuesday 28 July 2026"
Y2 = "mid-2024 to mid-2025 (the twelve months to the middle of last year; " + ONS2 + ")"
MID25 = "30 June 2025 (mid-2025; " + ONS2 + ")"
BOX2 = "mid-2024 to mid-2025 (THE NUMBERS box; ONS)"
BHM, WM = "Birmingham", "West Midlands"
PNC, INT, NMI = "population_natural_change", "internal_migration_net", "net_migration_international"
JHA = "Cllr Javed Hollingworth-Amadi, Birmingham's cabinet member for housing"

# 03 (Saturday 23 May 2026; Home Office figures for the year to March 2026 published Thursday 21 May 2026)
HO3 = "Home Office figures published Thursday 21 May 2026"
FY26 = "April 2025 to March 2026 (the 12 months to March; " + HO3 + ")"
FY27 = "April 2026 to March 2027 (2026/27; internal planning papers)"
PAP = "internal planning papers seen by The Tellurion"
RE, RET = "returns_enforced", "returns_enforced_target"
FNO = "returns_foreign_national_offenders"

# 04 (Tuesday 9 June 2026; Ministry of Justice figures for 31 March 2026 published 30 April 2026)
CLAIM = "the claim (Gordon Thackwray-Ugwu MP, television interview, Sunday 7 June 2026"
MOJ = "31 March 2026 (Ministry of Justice figures published 30 April 2026"
SHARE, FNP = "prison_population_share_foreign_nationals", "prison_population_foreign_nationals"
FNC = "foreign_national_prisoners_cost"
CHART4 = " (31 March; chart of foreign nationals in prison in England and Wales)"

# 05 (Thursday 14 May 2026; Office for Students report published that day, Home Office visa figures to March 2026)
OFS = "Office for Students report published Thursday 14 May 2026"
FY25 = "August 2024 to July 2025 (2024/25; " + OFS + ")"
YM26 = "April 2025 to March 2026 (the 12 months to March; Home Office)"
VS, VSD = "visas_granted_study", "visas_granted_study_dependants"
FEE = "international_student_fee_income"
HOL = "Hollinsbury"

# 06 (Monday 20 April 2026; Home Office figures to the end of March 2026, Scottish Government and Angus Council)
HO6 = "March 2022 to 31 March 2026 (by the end of March; Home Office)"
APR6 = "April 2026 (still live here; Scottish Government estimate)"
IU = "immigration_ukraine"
WEL = "ukrainian_welcome_accommodation_population"
SGF = "scottish_government_ukraine_resettlement_funding"
TWN = "February to March 2026 (Tay Welcome Network survey)"
TAY = "Angus, Dundee and Perth and Kinross"
SURV = "ukrainian_survey_respondents_"

# 07 (Friday 28 August 2026; Home Office statistics for the year ending June 2026 published Thursday 27 August 2026)
HO7 = "Home Office statistics published Thursday 27 August 2026"
J26 = "30 June 2026 (the end of June; " + HO7 + ")"
YJ26 = "July 2025 to June 2026 (the year ending June; " + HO7 + ")"
BL, BL1, BL3 = "asylum_backlog", "asylum_backlog_waiting_over_1_year", "asylum_backlog_waiting_over_3_years"
BLS1 = "asylum_backlog_share_waiting_over_1_year"

ARTICLES = {
    "01-zephyr-news-french-interceptions-boats-stopped-at-sea": dict(
        meta=dict(url="https://news.zephyr.example/story/french-gendarmes-stop-41-migrant-boats-at-sea-in-first-five-weeks-of-new-tactic-13517740",
                  title="French gendarmes stop 41 migrant boats at sea in first five weeks of new tactic",
                  publisher="Zephyr News", author="Priya Vandermeer-Kamau", published_date="2026-05-12"),
        labels=[
            L("41", 41, E, BOATS, ISEA, "6 April to 11 May 2026 (first five weeks of the new tactic; headline)", ctx="stop 41 migrant", geo=FR),
            L("Nearly four times", 4, ALM, RATIO, ISEAP + "_ratio", "6 April to May 2026 vs the same weeks of 2025 (people turned back on the water; standfirst)", geo=FR),
            L("more than 11,000", 11000, MT, P, SBA, "1 January to May 2026 (this year; standfirst)"),
            L("41", 41, E, BOATS, ISEA, SINCE6, ctx="stopped 41 small boats", geo=FR),
            L("2,130", 2130, E, P, ISEAP, SINCE6, geo=FR),
            L("52", 52, E, PPB, ISEA + "_occupancy", SINCE6 + " an average on each boat", ctx="average of 52", geo=FR),
            L("nearly four times", 4, ALM, RATIO, ISEAP + "_ratio", "6 April to 10 May 2026 vs the same five weeks of 2025 (" + FIM + ")", ctx="That is nearly four times", geo=FR),
            L("seven", 7, E, BOATS, ISEA, "Thursday 7 May 2026 (on Thursday alone, between Équihen and Berck; " + FIM + ")", ctx="boarded seven boats", geo=FR),
            L("388", 388, E, P, ISEAP, "Thursday 7 May 2026 (on Thursday alone; " + FIM + ")", geo=FR),
            L("6,480", 6480, E, P, LAS, "1 January to 10 May 2026 (between 1 January and Sunday; " + FIM + ")", geo=FR),
            L("20%", 20, E, PCT, LAS + "_change", "1 January to 10 May 2026 vs the same point of 2025 (up; " + FIM + ")", geo=FR),
            L("5,400", 5400, E, P, LAS, "1 January to 10 May 2025 (the same point of 2025; " + FIM + ")", geo=FR),
            L("more than four in ten", 40, MT, PCT, "small_boat_crossing_attempts_share_stopped", "1 January to 10 May 2026 (so far this year, halted on the French side; " + FIM + ")", geo=FR),
            L("140", 140, E, P, "french_coastal_police_deployed_change", "spring 2026 (extra officers this spring; Colonel Armelle Tessier-Ndiaye, gendarmerie)", geo=FR),
            L("11,236", 11236, E, P, SBA, HO1),
            L("187", 187, E, BOATS, SBC, HO1),
            L("about 60", 60, AP, PPB, "small_boat_occupancy", HO1 + " per boat"),
            L("14%", -14, E, PCT, SBA + "_change", "1 January to 10 May 2026 vs the same months of 2025 (fewer; Home Office data)"),
            L("13,070", 13070, E, P, SBA, "1 January to 10 May 2025 (those months of 2025; Home Office data)"),
            L("At least nine", 9, AL, P, "small_boat_deaths", "1 January to 12 May 2026 (so far this year; IOM)"),
            L("16", 16, E, P, "small_boat_deaths", "1 January to mid-May 2025 (by this point of 2025; IOM)", ctx="against 16 by"),
            L("At least 14", 14, AL, P, "small_boat_interception_injuries_hospitalised", "6 April to 12 May 2026 (since 6 April; Rivage Solidaire)", geo=FR),
            L("£158m", 158000000, E, GBP, "uk_funding_to_france", "April 2026 to March 2027 (2026/27; the Home Office)"),
            L("Forty-one", 41, E, BOATS, ISEA, "6 April to May 2026 (stopped at sea; a Home Office spokesperson)", geo=FR),
            L("More than 70,000", 70000, MT, P, SBA, "5 July 2024 to May 2026 (since 5 July 2024; the shadow home secretary)"),
            V("A few dozen", 24, 60, BOATS, ISEA, "6 April to May 2026 (boats turned round; the shadow home secretary)", geo=FR),
        ]),
    "02-bournville-bullfinch-west-midlands-births-deaths-migration": dict(
        meta=dict(url="https://www.bournvillebullfinch.example/news/birmingham-news/birmingham-grows-10600-year-newcomers-overseas-31990412",
                  title="Birmingham grows by 10,600 in a year as newcomers from overseas outweigh families leaving for the shires",
                  publisher="Bournville Bullfinch", author="Tamsin Okwuosa-Brereton", published_date="2026-07-29"),
        labels=[
            L("10,600", 10600, E, P, "population_growth", "mid-2024 to mid-2025 (in a year; headline)", ctx="grows by 10,600", geo=BHM),
            L("14,900", 14900, E, P, NMI, "mid-2024 to mid-2025 (gained from abroad; standfirst)", ctx="gained 14,900", geo=BHM),
            L("10,600", 10600, E, P, "population_growth", Y2, ctx="rose by 10,600", geo=BHM),
            L("1,186,400", 1186400, E, P, "population", MID25, geo=BHM),
            L("0.9%", 0.9, E, PCT, "population_change", Y2, geo=BHM),
            L("14,900", 14900, E, P, NMI, Y2 + " a net, moved to Birmingham from overseas", ctx="A net 14,900", geo=BHM),
            L("27,600", 27600, E, P, "immigration", Y2 + " arrived from overseas", geo=BHM),
            L("12,700", 12700, E, P, "emigration", Y2 + " left for overseas", geo=BHM),
            L("10,030", -10030, E, P, INT, Y2 + " a net, left for elsewhere in Britain", geo=BHM),
            L("15,210", 15210, E, P, "births", Y2, geo=BHM),
            L("9,480", 9480, E, P, "deaths", Y2, geo=BHM),
            L("5,730", 5730, E, P, PNC, Y2 + " natural increase", geo=BHM),
            L("6,300", 6300, E, P, "population_revision", "30 June 2024 (mid-2024 count revised up; " + ONS2 + ")", geo=BHM),
            L("1,175,800", 1175800, E, P, "population", "30 June 2024 (mid-2024, revised; " + ONS2 + ")", geo=BHM),
            L("15.2k", 15200, E, P, "births", BOX2, geo=BHM),
            L("9.5k", 9500, E, P, "deaths", BOX2, geo=BHM),
            L("+14.9k", 14900, E, P, NMI, BOX2 + " from overseas, net", geo=BHM),
            L("-10.0k", -10000, E, P, INT, BOX2 + " to rest of UK, net", geo=BHM),
            L("0.7%", 0.7, E, PCT, "population_change", Y2, geo=WM),
            L("6,134,000", 6134000, E, P, "population", MID25, geo=WM),
            L("61,300", 61300, E, P, "deaths", Y2, geo=WM),
            L("66,900", 66900, E, P, "births", Y2, geo=WM),
            L("5,600", 5600, E, P, PNC, Y2 + " natural increase", ctx="only 5,600", geo=WM),
            L("11,300", -11300, E, P, INT, Y2 + " a net, leaving for other regions", geo=WM),
            L("about 5,700", -5700, AP, P, "population_growth_excluding_international_migration", Y2 + " would have lost without international migration; the paper's arithmetic", geo=WM),
            L("48,300", 48300, E, P, NMI, Y2, geo=WM),
            L("1.6%", 1.6, E, PCT, "population_change", Y2, geo="Coventry"),
            L("366,300", 366300, E, P, "population", MID25, geo="Coventry"),
            L("1,010", -1010, E, P, PNC, Y2 + " deaths exceeded births", geo="Shropshire"),
            L("2,400", 2400, E, P, INT, Y2 + " a net, moving in from elsewhere in Britain", geo="Shropshire"),
            L("35.2 years", 35.2, E, YEARS, "population_median_age", MID25, geo=BHM),
            L("40.6", 40.6, E, YEARS, "population_median_age", MID25, geo=ENG),
            L("1.2m", 1200000, E, P, "population", "2026 (a city of 1.2m people; " + JHA + ")", geo=BHM),
            L("more than 24,000", 24000, MT, HH, "housing_waiting_list_households", "July 2026 (on the housing register; " + JHA + ")", geo=BHM),
            L("Roughly three in every five", 60, AP, PCT, "immigration_share_aged_16_to_24", "mid-2024 to mid-2025 (arriving from overseas; Dr Maud Featherstone-Ike, Aston Park University)", geo=BHM),
        ]),
    "03-the-tellurion-home-office-removals-returns-targets": dict(
        meta=dict(url="https://www.thetellurion.example/article/home-office-sets-secret-goal-of-15000-forced-removals-r4mz8qtwc",
                  title="Home Office sets secret goal of 15,000 forced removals",
                  publisher="The Tellurion", author="Rowena Achebe-Thornbury", published_date="2026-05-23"),
        labels=[
            L("15,000", 15000, E, P, RET, FY27 + " (headline)", occ=0),
            L("more than a quarter", 25, MT, PCT, RET + "_change", "2026/27 target vs 2025/26 enforced returns (above last year's total; standfirst)", occ=0),
            L("15,000", 15000, E, P, RET, "April 2026 to March 2027 (the 2026/27 financial year; " + PAP + ")", occ=1),
            L("more than a quarter", 25, MT, PCT, RET + "_change", "2026/27 target vs April 2025 to March 2026 (above the 11,840; " + PAP + ")", occ=1),
            L("11,840", 11840, E, P, RE, FY26),
            L("19 per cent", 19, E, PCT, RE + "_change", "2025/26 vs 2024/25 (a rise on the year before; " + HO3 + ")"),
            L("38,420", 38420, E, P, "returns", "April 2025 to March 2026 (the year to March; " + HO3 + ")"),
            L("9 per cent", 9, E, PCT, "returns_change", "2025/26 vs 2024/25 (more than in the previous twelve months; " + HO3 + ")"),
            L("More than two-thirds", TWO3, MT, PCT, "returns_share_voluntary", FY26),
            L("26,580", 26580, E, P, "returns_voluntary", FY26),
            L("up to £3,000", 3000, AM, GBP, "voluntary_return_resettlement_grant", "2025/26 (per person departing voluntarily)"),
            L("1,280", 1280, E, P, "returns_voluntary_change", "2025/26 vs 2024/25 (higher than a year earlier; " + HO3 + ")"),
            L("1,240", 1240, E, P, "returns_revision", "January to December 2025 (calendar 2025, revised up; " + HO3 + ")"),
            L("37,910", 37910, E, P, "returns", "January to December 2025 (calendar 2025, revised; " + HO3 + ")"),
            L("118", 118, E, FLIGHTS, "returns_charter_flights", FY26 + " chartered removal flights"),
            L("double", 2, E, RATIO, "returns_charter_flights_ratio", "2025/26 vs 2024/25 (the previous twelve months; " + HO3 + ")", ctx="double the number of the previous"),
            L("2,370", 2370, E, P, RE + "_albania", FY26 + " flown to Tirana"),
            L("one in five", 20, E, PCT, RE + "_share_albania", FY26),
            L("almost half", 50, ALM, PCT, RE + "_share_foreign_national_offenders", FY26),
            L("Some 5,620", 5620, AP, P, FNO, FY26 + " deported"),
            L("14 per cent", 14, E, PCT, FNO + "_change", "2025/26 vs 2024/25 (up; " + HO3 + ")"),
            L("19,870", 19870, E, P, "foreign_national_offenders_awaiting_removal_in_community", "May 2026 (released, awaiting deportation; " + HO3 + ")"),
            L("15,000", 15000, E, P, RET, FY27 + " (the target)", occ=2),
            L("2,190", 2190, E, BEDS, "detention_capacity", "May 2026 (detention beds now available; " + PAP + ")"),
            R("between 800 and 1,000", 800, 1000, BEDS, "detention_capacity_planned_change", "May 2026 to 2027 (more places before 2028; " + PAP + ")"),
            L("£410m", 410000000, E, GBP, "detention_capacity_expansion_cost", "2026 to 2027 (the cost of the extra places; " + PAP + ")"),
            L("about £17,600", 17600, AP, GBP, "returns_cost_per_person", "2026 (each enforced removal; a senior official)"),
            L("nearly 78,000", 78000, ALM, P, "returns", "5 July 2024 to May 2026 (since 5 July 2024; the border security minister)"),
            L("3,460", 3460, E, P, "returns_delayed_article_8_appeals", "January to December 2025 (last year)"),
            L("20,000", 20000, E, P, RET, "per year (called for by the shadow home secretary)"),
        ]),
    "04-claimwright-foreign-national-prisoners-share-claim": dict(
        meta=dict(url="https://claimwright.example/factcheck/crime/foreign-national-prisoners-one-in-four/",
                  title="Are one in four prisoners foreign nationals? No - it's about one in eight",
                  publisher="Claimwright", author="Niamh Okonjo-Leverett", published_date="2026-06-09"),
        labels=[
            L("one in four", 25, E, PCT, SHARE, CLAIM + "; headline)", ctx="Are one in four", geo=EW),
            L("about one in eight", 12.5, AP, PCT, SHARE, MOJ + "; headline)", occ=0, geo=EW),
            L("One in four", 25, E, PCT, SHARE, CLAIM + "; What was claimed box)", geo=EW),
            L("half a billion pounds", 500000000, E, GBP, FNC, "per year (" + CLAIM + "; What was claimed box))", ctx="cost taxpayers half a billion pounds a year.\n", geo=EW),
            L("10,890", 10890, E, P, FNP, MOJ + "; Our verdict box)", occ=0, geo=EW),
            L("87,650", 87650, E, P, "prison_population", MOJ + "; Our verdict box)", occ=0, geo=EW),
            L("12.4%", 12.4, E, PCT, SHARE, MOJ + "; Our verdict box)", occ=0, geo=EW),
            L("about £590m", 590000000, AP, GBP, FNC, "per year (Claimwright's arithmetic; Our verdict box)", occ=0, geo=EW),
            L("one in four", 25, E, PCT, SHARE, CLAIM + ")", ctx="said that \"one in four", geo=EW),
            L("half a billion pounds", 500000000, E, GBP, FNC, "per year (" + CLAIM + "))", ctx="\"cost taxpayers half a billion pounds", geo=EW),
            L("roughly double", 2, AP, RATIO, SHARE + "_claimed_to_actual_ratio", "the claim vs 31 March 2026 (Claimwright)", geo=EW),
            L("87,650", 87650, E, P, "prison_population", MOJ + ")", occ=1, geo=EW),
            L("10,890", 10890, E, P, FNP, MOJ + ")", occ=1, geo=EW),
            L("12.4%", 12.4, E, PCT, SHARE, MOJ + ")", occ=1, geo=EW),
            L("about one in eight", 12.5, AP, PCT, SHARE, MOJ + ")", occ=1, geo=EW),
            L("6,130", 6130, E, P, "prison_population_nationality_unknown", MOJ + ")", geo=EW),
            L("19.4%", 19.4, E, PCT, "prison_population_share_foreign_or_unknown_nationality", MOJ + "; Claimwright's arithmetic)", geo=EW),
            L("9.7k", 9700, E, P, FNP, "31 March 2022" + CHART4, geo=EW),
            L("10.1k", 10100, E, P, FNP, "31 March 2023" + CHART4, geo=EW),
            L("10.4k", 10400, E, P, FNP, "31 March 2024" + CHART4, geo=EW),
            L("10.6k", 10600, E, P, FNP, "31 March 2025" + CHART4, geo=EW),
            L("10.9k", 10900, E, P, FNP, "31 March 2026" + CHART4, geo=EW),
            L("7,950", 7950, E, P, FNP + "_sentenced", MOJ + ")", geo=EW),
            L("2,940", 2940, E, P, FNP + "_remand", MOJ + ")", geo=EW),
            L("61%", 61, E, PCT, FNP + "_remand_share_london_south_east", MOJ + "; of these, held in local prisons in London and the South East)", geo=EW),
            L("1,610", 1610, E, P, FNP + "_albanian", MOJ + ")", geo=EW),
            L("about 15%", 15, AP, PCT, FNP + "_share_albanian", MOJ + ")", geo=EW),
            L("11", 11, E, PRISONS, "prisons_foreign_national_share_over_quarter", MOJ + ")", ctx="In 11 prisons", geo=EW),
            L("about 27%", 27, AP, PCT, "prison_population_remand_share_foreign_nationals", "2026 (party research, as cited by Mr Thackwray-Ugwu's office on Monday 8 June 2026)", geo="London"),
            L("£54,500", 54500, E, GBP, "prison_place_cost_per_year", "April 2024 to March 2025 (2024/25; Ministry of Justice)", geo=EW),
            L("about £590m", 590000000, AP, GBP, FNC, "per year (Claimwright's arithmetic)", occ=1, geo=EW),
            L("half a billion", 500000000, E, GBP, FNC, "per year (the claim, as quoted by Claimwright)", ctx="the \"half a billion\"", geo=EW),
            L("about 5%", 5, AP, PCT, SHARE, "2026 (those held in Scotland's prisons)", geo=SCO),
            L("nearly one in ten", 10, ALM, PCT, SHARE, "2026 (those held in Northern Ireland's prisons)", geo=NI),
            L("one in four", 25, E, PCT, SHARE, CLAIM + "; conclusion)", ctx="The claim that one in four", geo=EW),
        ]),
    "05-the-treadle-international-students-university-finances": dict(
        meta=dict(url="https://www.thetreadle.example/education/2026/may/14/nearly-half-of-englands-universities-expect-to-be-in-deficit-as-overseas-fee-income-slides",
                  title="Nearly half of England's universities expect to be in deficit as overseas fee income slides",
                  publisher="The Treadle", author="Rhiannon Baptiste-Ellwood", published_date="2026-05-14"),
        labels=[
            L("Nearly half", 50, ALM, PCT, "universities_share_expecting_deficit", "2025/26 (headline)", occ=0, geo=ENG),
            L("6%", -6, E, PCT, FEE + "_change", "2024/25 vs 2023/24 (fell; standfirst)", occ=0, geo=ENG),
            L("Nearly half", 50, ALM, PCT, "universities_share_expecting_deficit", "2025/26 (this academic year; " + OFS + ")", occ=1, geo=ENG),
            L("45%", 45, E, PCT, "universities_share_expecting_deficit", "2025/26 (providers expecting to spend more than they earned; " + OFS + ")", geo=ENG),
            L("6%", -6, E, PCT, FEE + "_change", "2024/25 vs 2023/24 (fell; " + OFS + ")", occ=1, geo=ENG),
            L("£10.2bn", 10200000000, E, GBP, FEE, FY25, geo=ENG),
            L("£10.85bn", 10850000000, E, GBP, FEE, "August 2023 to July 2024 (the year before, a record; " + OFS + ")", geo=ENG),
            L("about a fifth", 20, AP, PCT, "university_income_share_international_fees", FY25, geo=ENG),
            L("£51.4bn", 51400000000, E, GBP, "university_sector_income", FY25 + " what universities earn in all", geo=ENG),
            L("402,500", 402500, E, P, VS, YM26 + " main applicants"),
            L("3%", 3, E, PCT, VS + "_change", "year to March 2026 vs a year earlier (a rise; Home Office)"),
            L("18,900", 18900, E, P, VSD, YM26),
            L("nearly nine in ten", -90, ALM, PCT, VSD + "_change", "year to March 2026 vs year to March 2023 (fewer; Home Office)"),
            L("143,700", 143700, E, P, VSD, "April 2022 to March 2023 (the year to March 2023; Home Office)"),
            L("14,200", 14200, E, P, VS + "_india_change", "year to March 2026 vs a year earlier (higher; Home Office)"),
            L("112,600", 112600, E, P, VS + "_india", YM26),
            L("9%", -9, E, PCT, VS + "_china_change", "year to March 2026 vs a year earlier (fell; Home Office)"),
            L("£9,535", 9535, E, GBP, "home_student_tuition_fee_cap", "2025/26 (per home undergraduate per year; Dr Helena Marchetti-Oyo, OfS)", geo=ENG),
            L("£20,000 or more", 20000, AL, GBP, "international_student_tuition_fee", "per year, for years (overseas students; Dr Helena Marchetti-Oyo, OfS)", geo=ENG),
            L("27", 27, E, UNIS, "universities_with_less_than_30_days_cash", "2024/25 (at some point in the year; " + OFS + ")", ctx="that 27 providers", geo=ENG),
            L("£925", 925, E, GBP, "international_student_levy", "from 2028, per international student per year", geo=ENG),
            R("between £560m and £640m", 560000000, 640000000, GBP, "international_student_levy_revenue", "per year from 2028 (cost to the sector; Stannard Policy Unit)", geo=ENG),
            L("more than 14,000", 14000, MT, P, "university_job_cuts", "January 2024 to May 2026 (since January 2024, cut or put at risk; University and College Union)"),
            L("£38.4m", 38400000, E, GBP, "university_deficit", "2025/26 (reported deficit; Hollinsbury University)", geo=HOL),
            L("420", 420, E, P, "university_job_cuts", "2026 (posts going; Hollinsbury University)", geo=HOL),
            L("a third", -THIRD, E, PCT, "international_students_postgraduate_change", "2023 to 2025/26 (international postgraduate intake down since 2023; Hollinsbury University)", ctx="down by a third", geo=HOL),
        ]),
    "06-arbroath-eider-ukrainian-refugees-scotland-three-years-on": dict(
        meta=dict(url="https://www.arbroatheider.example/news/angus-mearns/ukrainians-scotland-three-years-on-angus-welcome-hub-5419836/",
                  title="'We stopped counting the days': Ukrainians in Scotland three years on from Angus welcome hub closing",
                  publisher="Arbroath Eider", author="Lorna Keiller-Boateng", published_date="2026-04-20"),
        labels=[
            L("Around 17,300", 17300, AP, P, "ukrainians_resident", "April 2026 (still living north of the border; standfirst)", geo=SCO),
            L("a third", -THIRD, E, PCT, SGF + "_change", "2026/27 vs 2025/26 (funding for councils cut; standfirst)", ctx="cut by a third", geo=SCO),
            L("27,480", 27480, E, P, IU, HO6, geo=SCO),
            L("about one in eight", 12.5, AP, PCT, IU + "_share_scotland", HO6 + " Scotland's share of UK arrivals", geo=UK),
            L("219,900", 219900, E, P, IU, HO6 + " arrivals across the UK", geo=UK),
            L("Three-quarters", 75, E, PCT, IU + "_supersponsor_share", HO6 + " through the super sponsor route", geo=SCO),
            L("20,650", 20650, E, P, IU + "_supersponsor", HO6, geo=SCO),
            L("around 17,300", 17300, AP, P, "ukrainians_resident", APR6, geo=SCO),
            L("less than two-thirds", TWO3, LT, PCT, "ukrainian_arrivals_share_still_in_scotland", APR6, geo=SCO),
            L("610", 610, E, P, IU, "March 2022 to March 2026 (arrived under the schemes; Angus Council)", geo="Angus"),
            L("about 380", 380, AP, P, "ukrainians_resident", "April 2026 (remain; Angus Council)", geo="Angus"),
            L("57", 57, E, P, "school_pupils_ukrainian", "April 2026 (in its schools; Angus Council)", geo="Angus"),
            L("112", 112, E, P, WEL, "April 2026 (still in temporary welcome accommodation)", geo=SCO),
            V("thousands", 2000, 9000, P, WEL, "2022 to 2023 (at its height; once housed)", ctx="once housed thousands", geo=SCO),
            L("c. 450", 450, AP, P, WEL, "April 2025 (a year ago)", geo=SCO),
            L("£4.2m", 4200000, E, GBP, SGF, "April 2026 to March 2027 (2026/27; Scottish Government)", geo=SCO),
            L("a third", -THIRD, E, PCT, SGF + "_change", "2026/27 vs 2025/26 (down on last year; Scottish Government)", ctx="down a third on last year", geo=SCO),
            L("Some 11,460", 11460, AP, P, "ukraine_permission_extension_applications", "to April 2026 (applications from Scotland; Home Office)", geo=SCO),
            L("96%", 96, E, PCT, "ukraine_permission_extension_applications_share_granted", "to April 2026 (of those decided so far)", geo=SCO),
            L("61%", 61, E, PCT, SURV + "share_in_paid_work", TWN, geo=TAY),
            L("38%", 38, E, PCT, SURV + "share_in_paid_work", "spring 2023 (the charity's first survey; Tay Welcome Network)", geo=TAY),
            L("Some 54%", 54, AP, PCT, SURV + "share_hoping_to_settle", TWN, geo=TAY),
            L("one in five", 20, E, PCT, SURV + "in_work_share_below_qualifications", TWN, geo=TAY),
            V("hundreds", 200, 900, P, "esol_waiting_list", TWN + " on waiting lists for English classes", ctx="hundreds are on waiting lists", geo=TAY),
            L("4,300", 4300, E, HH, "housing_waiting_list_households", "April 2026 (on its housing list; an Angus Council spokeswoman)", geo="Angus"),
        ]),
    "07-daily-whoop-asylum-backlog-waiting-over-a-year": dict(
        meta=dict(url="https://www.dailywhoop.example/news/politics/one-three-still-stuck-asylum-limbo-36114582",
                  title="ONE IN THREE still stuck in asylum limbo after more than a year despite backlog falling 42%",
                  publisher="Daily Whoop", author="Kayleigh Summerbee-Adu", published_date="2026-08-28"),
        labels=[
            L("ONE IN THREE", THIRD, E, PCT, BLS1, "30 June 2026 (headline)"),
            L("42%", -42, E, PCT, BL + "_change", "30 June 2026 vs 30 June 2025 (falling; headline)", occ=0),
            L("17,460", 17460, E, P, BL1, "30 June 2026 (over 12 months for a first decision; standfirst)", occ=0),
            L("more than 2,000", 2000, MT, P, BL3, "30 June 2026 (three years or longer; standfirst)"),
            V("THOUSANDS", 2000, 9000, P, BL1, "30 June 2026 (upper-case first words)"),
            L("52,740", 52740, E, P, BL, J26 + " waiting for a first ruling"),
            L("42%", -42, E, PCT, BL + "_change", "30 June 2026 vs 30 June 2025 (down; " + HO7 + ")", occ=1),
            L("90,900", 90900, E, P, BL, "30 June 2025 (a year earlier; " + HO7 + ")"),
            L("17,460", 17460, E, P, BL1, J26, occ=1),
            L("one in three", THIRD, E, PCT, BLS1, J26),
            L("18%", -18, E, PCT, BL1 + "_change", "30 June 2026 vs 30 June 2025 (down on last year; " + HO7 + ")"),
            L("2,140", 2140, E, P, BL3, J26),
            L("one in seven", 100 / 7, E, PCT, "asylum_backlog_share_children", J26),
            L("7,530", 7530, E, P, "asylum_backlog_children", J26 + " under-18s"),
            L("121,700", 121700, E, P, "asylum_initial_decisions", YJ26),
            L("20%", 20, E, PCT, "asylum_initial_decisions_change", "year ending June 2026 vs the previous 12 months (up; " + HO7 + ")"),
            L("46%", 46, E, PCT, "asylum_grants_share_initial_decisions", YJ26),
            L("61,300", 61300, E, P, "asylum_backlog_appeals", J26 + " the tribunal's queue"),
            L("38%", 38, E, PCT, "asylum_backlog_appeals_change", "30 June 2026 vs 30 June 2025 (up in a year; " + HO7 + ")"),
            L("26,900", 26900, E, P, HOT, J26),
            L("more than £4m", 4000000, MT, GBP, "asylum_cost_hotels", "June 2026, per day (costing the taxpayer)"),
            L("£4.8bn", 4800000000, E, GBP, AC, "April 2025 to March 2026 (last year; asylum support; the Home Office)"),
            V("tens of thousands", 20000, 90000, P, BL, "August 2026 (still in limbo; Open Door Alliance)"),
            L("A third", THIRD, E, PCT, BLS1, "30 June 2026 (waiting more than a year; Beverley Anand-Whitcombe, Open Door Alliance)"),
            L("almost 40,000", -40000, ALM, P, BL + "_change", "30 June 2025 to 30 June 2026 (cut in a year; Ruth Pennington-Barnes, asylum minister)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
