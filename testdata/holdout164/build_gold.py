#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-sixty-fourth hand-labelled hold-out set (holdout164).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM)

UK, SCO, WAL, FR, NI, EU = "UK", "Scotland", "Wales", "France", "Northern Ireland", "EU"
TWO3 = 200 / 3
P10K, OPS, ENG_U = "other:persons_per_10000_residents", "other:operations", "other:engines"
LANG, COUNCILS, HH = "other:languages", "other:councils", "other:households"
SBD, OCC = "small_boat_deaths", "small_boat_occupancy"

# 01 (Tuesday 6 October 2026; IOM figures given on Monday 5 October, Home Office arrivals to Sunday 4 October)
IOM = "International Organization for Migration, Monday 5 October 2026"
YTD1 = "1 January to 5 October 2026 (so far this year; " + IOM + ")"
HOA = "1 January to 4 October 2026 (Home Office figures analysed by the Brackwater)"
APN = "Clémence Audibert-Nour, Littoral Solidaire"
MPA = "Marcus Pryce-Adjei, Crossing Point Trust"
FIM = "France's interior ministry"

# 02 (Wednesday 30 September 2026; NRS mid-2025 estimates published Tuesday 29 September 2026)
NRS = "National Records of Scotland mid-2025 estimates published Tuesday 29 September 2026"
M25 = "30 June 2025 (mid-2025; " + NRS + ")"
Y25 = "mid-2024 to mid-2025 (the year to 30 June 2025; " + NRS + ")"
NMI = "net_migration_international"
ABD, ABS, MOR = "Aberdeen", "Aberdeenshire", "Moray"
BOX = "; NORTH-EAST AT A GLANCE box)"
ARO = "Cllr Alasdair Rennie-Osei, co-leader of Aberdeen City Council"

# 03 (Monday 16 March 2026; Home Office figures released to the Clangour under freedom of information)
FOI3 = "Home Office figures released under freedom of information to the Daily Clangour"
UFF = "uk_funding_to_france"
HPA = "Hugo Pennycuick-Ansah, Tory MP"

# 04 (Thursday 26 November 2026; Home Office statistics for the year ending September 2026, published that day)
HO4 = "Home Office statistics published Thursday 26 November 2026"
YS26 = "October 2025 to September 2026 (the year to September; " + HO4 + ")"
YS25 = "October 2024 to September 2025 (a year earlier; " + HO4 + ")"
CH4 = "year to September 2026 vs year to September 2025 ("
AA, VG = "asylum_applications", "visas_granted"

# 05 (Tuesday 14 July 2026; Home Office annual report and accounts for 2025/26 published Monday 13 July 2026)
HOAR = "Home Office annual report and accounts, published Monday 13 July 2026"
FY26 = "April 2025 to March 2026 (2025/26; " + HOAR + ")"
AC, ACF = "asylum_cost", "asylum_cost_forecast"
TSR = "the Treasury's assumption at the Spending Review, June 2025"
PHN = "Pippa Haverstock-Nwosu, shadow Treasury minister"

# 06 (Wednesday 20 May 2026; Home Office figures for 31 March 2026 published Thursday 14 May 2026)
HO6 = "Home Office figures published Thursday 14 May 2026"
M26 = "31 March 2026 (when March ended; " + HO6 + ")"
RCT = "Rhondda Cynon Taf"
ADP, ADR = "asylum_dispersal_population", "asylum_dispersal_population_per_10000_residents"
RPA = "Cllr Rhiannon Pugh-Achebe, Rhondda Cynon Taf Council"
NV = "Noddfa Valleys"

# 07 (Wednesday 4 March 2026; OBR Economic and Fiscal Outlook published Tuesday 3 March 2026)
OBR = "OBR Economic and Fiscal Outlook, Tuesday 3 March 2026"
NMF, NMFR = "net_migration_forecast", "net_migration_forecast_revision"
LFR, PBL = "labour_force_forecast_revision", "public_borrowing_effect_lower_migration"
JFR = "Jonah Feldkamp-Ruiz, Harrowgate Capital"

ARTICLES = {
    "01-the-brackwater-channel-deaths-smugglers-boats": dict(
        meta=dict(url="https://www.thebrackwater.example/uk-news/2026/oct/06/channel-deaths-2026-overtake-last-year-smugglers-overload-dinghies",
                  title="Channel deaths in 2026 overtake last year's toll as smugglers overload flimsier dinghies",
                  publisher="The Brackwater", author="Imogen Varley-Okonkwo", published_date="2026-10-06"),
        labels=[
            L("At least 61", 61, AL, P, SBD, "1 January to 5 October 2026 (deaths recorded so far this year; standfirst)"),
            L("66", 66, E, PPB, OCC, "1 January to 4 October 2026 (average carried per boat now; standfirst)", occ=0),
            L("nearly four times", 4, ALM, RATIO, OCC + "_ratio", "2026 so far vs 2020 (average per boat; standfirst)"),
            L("about 80", 80, AP, PPB, OCC, "late September 2026 (a dinghy off Hardelot beach, counted by French officers; caption)", geo=FR),
            L("at least 61", 61, AL, P, SBD, YTD1),
            L("49", 49, E, P, SBD, "January to December 2025 (the whole of 2025; " + IOM + ")"),
            L("12", 12, E, P, SBD + "_children", YTD1, ctx="that 12 children"),
            L("Nine", 9, E, P, SBD + "_unidentified", YTD1 + " victims still not identified"),
            L("a dozen or so", 12, AP, PPB, OCC, "2018 (when the route opened)"),
            L("more than 60", 60, MT, PPB, OCC, "2026 (now routinely hold)"),
            L("31,270", 31270, E, P, SBA, HOA),
            L("474", 474, E, BOATS, SBC, HOA, occ=0),
            L("66", 66, E, PPB, OCC, "1 January to 4 October 2026 (an average a boat; Home Office figures analysed by the Brackwater)", occ=1),
            L("17", 17, E, PPB, OCC, "January to December 2020 (the average)", ctx="average was 17"),
            L("20%", 20, E, PCT, SBA + "_change", "1 January to 4 October 2026 vs the same period of 2025 (up)"),
            L("461", 461, E, BOATS, SBC, "1 January to 4 October 2025 (the same period of last year)"),
            L("474", 474, E, BOATS, SBC, "1 January to 4 October 2026 (barely changed, from 461)", occ=1),
            L("312", 312, E, BOATS, "small_boat_hulls_seized", "July 2026 (a single raid near Essen; German police)", geo="Germany"),
            L("140", 140, E, ENG_U, "outboard_engines_seized", "July 2026 (a single raid near Essen; German police)", ctx="312 hulls and 140", geo="Germany"),
            L("roughly a third", THIRD, AP, PCT, SBD + "_share_crushed_or_suffocated", "1 January to October 2026 (deaths documented this year; " + APN + ")"),
            L("48", 48, E, P, SBD + "_french_waters_or_beaches", YTD1 + " in French waters or on French beaches", geo=FR),
            L("61", 61, E, P, SBD, YTD1 + " 48 of the 61", ctx="48 of the 61"),
            L("17,800", 17800, E, P, "small_boat_launch_attempts_stopped_people", "January to August 2026 (stopped from setting off; " + FIM + ")", geo=FR),
            L("9%", -9, E, PCT, "small_boat_launch_attempts_stopped_people_change", "January to August 2026 vs a year earlier (fewer; " + FIM + ")", geo=FR),
            L("164", 164, E, OPS, "channel_rescue_operations", "January to August 2026 (co-ordinated by the coastguard centre at Gris-Nez; " + FIM + ")", geo=FR),
            L("Four in ten", 40, E, PCT, SBD + "_share_sudanese_eritrean", "1 January to October 2026 (cross-head; " + MPA + ")", ctx="'Four in ten were"),
            L("at least 140", 140, AL, P, SBD, "5 July 2024 to 5 October 2026 (since the day Labour formed its government; IOM data)"),
            L("Four in ten", 40, E, PCT, SBD + "_share_sudanese_eritrean", "1 January to October 2026 (those who died this year; " + MPA + ")", ctx="\"Four in ten of those"),
            L("More than 31,000", 31000, MT, P, SBA, "1 January to October 2026 (this year; the shadow home secretary)"),
            L("more than 3,100", 3100, MT, P, "smuggling_arrests", "July 2024 to October 2026 (people smugglers, with partners across Europe; a Home Office spokesperson)", geo="Europe"),
        ]),
    "02-dyce-dotterel-scotland-population-north-east-migration": dict(
        meta=dict(url="https://www.dycedotterel.example/news/aberdeen/overseas-arrivals-push-scotlands-population-to-record-aberdeen-growing-again-6620418",
                  title="Overseas arrivals push Scotland's population to a record 5.58m – and Aberdeen is growing again",
                  publisher="Dyce Dotterel", author="Fraser Kinnaird-Mbeki", published_date="2026-09-30"),
        labels=[
            L("5.58m", 5580000, E, P, "population", "30 June 2025 (a record; headline)", geo=SCO),
            L("2,450", 2450, E, P, "population_growth", "mid-2024 to mid-2025 (residents added in a year; standfirst)", occ=0, geo=ABD),
            L("nearly a third", THIRD, ALM, PCT, NMI + "_change", "mid-2024 to mid-2025 vs the year before (jumped by; standfirst)", occ=0, geo=ABD),
            L("229,700", 229700, E, P, "population", "30 June 2025 (mid-2025; caption)", occ=0, geo=ABD),
            L("5,581,400", 5581400, E, P, "population", M25, geo=SCO),
            L("34,500", 34500, E, P, "population_growth", Y25, geo=SCO),
            L("0.6%", 0.6, E, PCT, "population_change", Y25, geo=SCO),
            L("10,900", -10900, E, P, "population_natural_change", Y25 + " deaths outnumbered births", geo=SCO),
            L("45,400", 45400, E, P, NM, Y25 + " migration added a net", geo=SCO),
            L("31,200", 31200, E, P, NMI, Y25 + " from overseas", occ=0, geo=SCO),
            L("14,200", 14200, E, P, "net_migration_rest_of_uk", Y25 + " from elsewhere in the UK", geo=SCO),
            L("0.8%", 0.8, E, PCT, "population_change", "mid-2024 to mid-2025 (ONS estimates released in July 2026)", geo=EW),
            L("2,450", 2450, E, P, "population_growth", Y25, occ=1, geo=ABD),
            L("229,700", 229700, E, P, "population", M25, occ=1, geo=ABD),
            L("1.1%", 1.1, E, PCT, "population_change", Y25 + " the largest annual gain since 2014", ctx="up 1.1% and", geo=ABD),
            L("3,150", 3150, E, P, NMI, Y25, geo=ABD),
            L("nearly a third", THIRD, ALM, PCT, NMI + "_change", "mid-2024 to mid-2025 vs the year before (higher than; " + NRS + ")", occ=1, geo=ABD),
            L("roughly one in ten", 10, AP, PCT, NMI + "_share_aberdeen", Y25 + " Aberdeen's share of Scotland's total", geo=SCO),
            L("1,020", -1020, E, P, "internal_migration_net", Y25 + " a net loss to other parts of the UK", geo=ABD),
            L("320", 320, E, P, "population_natural_change", Y25 + " births exceeded deaths", geo=ABD),
            L("229.7k", 229700, E, P, "population", "30 June 2025 (mid-2025" + BOX, geo=ABD),
            L("+1.1%", 1.1, E, PCT, "population_change", "mid-2024 to mid-2025 (mid-2025" + BOX, geo=ABD),
            L("265.3k", 265300, E, P, "population", "30 June 2025 (mid-2025" + BOX, geo=ABS),
            L("+0.4%", 0.4, E, PCT, "population_change", "mid-2024 to mid-2025 (mid-2025" + BOX, geo=ABS),
            L("95.4k", 95400, E, P, "population", "30 June 2025 (mid-2025" + BOX, geo=MOR),
            L("-0.1%", -0.1, E, PCT, "population_change", "mid-2024 to mid-2025 (mid-2025" + BOX, geo=MOR),
            L("4.6k", 4600, E, P, NMI, "mid-2024 to mid-2025 (net arrivals from overseas, three council areas" + BOX, geo="Aberdeen, Aberdeenshire and Moray"),
            L("1,120", 1120, E, P, NMI, Y25 + " a net from overseas", geo=ABS),
            L("610", -610, E, P, "population_natural_change", Y25 + " deaths exceeded births", geo=ABS),
            L("330", 330, E, P, NMI, Y25 + " gained from abroad", geo=MOR),
            L("Ninety-four", 94, E, LANG, "school_pupils_languages_spoken", "September 2026 (languages in city classrooms; cross-head; " + ARO + ")", geo=ABD),
            L("94", 94, E, LANG, "school_pupils_languages_spoken", "September 2026 (children speaking, in our classrooms; " + ARO + ")", geo=ABD),
            L("about 7,000", 7000, AP, P, "energy_workers_needed_projection", "by 2030 (more engineers and technicians the region will need; the Offshore Skills Compact, cited by " + ARO + ")", geo="North East Scotland"),
            L("31,200", 31200, E, P, NMI, Y25 + " the net figure; NRS statisticians", occ=1, geo=SCO),
            L("about 18%", -18, AP, PCT, NMI + "_change", "mid-2024 to mid-2025 vs the previous year (lower; NRS statisticians)", geo=SCO),
            L("roughly 20,000", 20000, AP, P, NMI, "per year, before COVID-19 (NRS statisticians)", geo=SCO),
            L("around three-quarters", 75, AP, PCT, "net_migration_share_of_population_growth", "mid-2015 to mid-2025 (over the past decade, from overseas; the Scottish Government's migration minister)", geo=SCO),
        ]),
    "03-daily-clangour-payments-to-france-crossings": dict(
        meta=dict(url="https://www.dailyclangour.example/news/politics/2174409/britain-handed-france-1-03billion-stop-boats-still-coming",
                  title="Britain has now handed France £1.03BILLION to stop the boats – and they are STILL coming",
                  publisher="Daily Clangour", author="Gareth Penhaligon-Adebayo", published_date="2026-03-16"),
        labels=[
            L("£1.03BILLION", 1030000000, E, GBP, UFF, "2014 to December 2025 (handed over in all; headline)"),
            L("£2,900", 2900, E, GBP, UFF + "_per_person_stopped", "January to December 2025 (every migrant turned back on a French beach last year; standfirst)", occ=0),
            L("more than £1billion", 1000000000, MT, GBP, UFF, "2014 to March 2026 (poured into French beach patrols since 2014)"),
            L("£1.03billion", 1030000000, E, GBP, UFF, "2014 to December 2025 (by the end of last year; " + FOI3 + ")"),
            L("£92million", 92000000, E, GBP, UFF, "January to December 2025 (in 2025 alone; " + FOI3 + ")", occ=0),
            L("20 per cent", 20, E, PCT, UFF + "_change", "2025 vs 2024 (up on the year before)"),
            L("more than doubled", 2, MT, RATIO, UFF + "_ratio", "2025 vs 2021 (the annual payment)"),
            L("£58million", 58000000, E, GBP, UFF + "_officers_wages", "January to December 2025 (wages and overtime for French officers)"),
            L("almost two-thirds", TWO3, ALM, PCT, UFF + "_share_officers_wages", "January to December 2025 (of last year's cash)"),
            L("£21million", 21000000, E, GBP, UFF + "_equipment", "January to December 2025 (drones, vehicles and night-vision cameras)"),
            L("31,700", 31700, E, P, "small_boat_launch_attempts_stopped_people", "January to December 2025 (stopped from launching boats last year)", geo=FR),
            L("£2,900", 2900, E, GBP, UFF + "_per_person_stopped", "January to December 2025 (for each migrant turned back; the Clangour's calculation)", occ=1),
            L("41,470", 41470, E, P, SBA, "January to December 2025 (made it to Britain's shores last year)"),
            L("fewer than half", 50, LT, PCT, "small_boat_launch_attempts_stopped_people_share", "January to December 2025 (of those who try; the Clangour's calculation)", occ=0, geo=FR),
            L("Some 5,210", 5210, AP, P, SBA, "1 January to 15 March 2026 (since January 1)"),
            L("4,020", 4020, E, P, SBA, "1 January to 15 March 2025 (at this point last year)"),
            L("almost 30 per cent", 30, ALM, PCT, SBA + "_change", "1 January to 15 March 2026 vs the same point of 2025 (a jump of)"),
            L("up to £560million", 560000000, AM, GBP, UFF + "_planned", "2026 to 2029 (a fresh three-year package under negotiation; the Clangour understands)"),
            L("around 1,200", 1200, AP, P, "french_coastal_police_deployed", "March 2026 (officers patrolling from Dunkirk to the Baie de Somme, paid for by the money)", geo=FR),
            L("19", 19, E, BOATS, "small_boat_interceptions_at_sea", "January to December 2025 (intercepted at sea last year; French police)", ctx="just 19 boats", geo=FR),
            L("640", 640, E, P, "returns_france", "August 2025 to March 2026 (returned under the one in, one out pilot launched last August)", geo=FR),
            L("roughly one for every 33", 33, AP, RATIO, "small_boat_arrivals_to_returns_france_ratio", "August 2025 to March 2026 (arrivals for each person returned in the same period)"),
            L("£92million", 92000000, E, GBP, UFF, "January to December 2025 (sent last year alone; " + HPA + ")", occ=1),
            L("fewer than half", 50, LT, PCT, "small_boat_launch_attempts_stopped_people_share", "January to December 2025 (of the boats, stopped by the French; " + HPA + ")", occ=1, geo=FR),
            L("roughly £36", 36, AP, GBP, UFF + "_per_household", "2014 to December 2025 (the total handed over since 2014, for every household in Britain)"),
            L("more than 85,000", 85000, MT, P, "small_boat_crossings_prevented", "2023 to March 2026 (since 2023; a Home Office spokesman)", geo=FR),
        ]),
    "04-bridgnorth-bunting-pa-immigration-statistics-visas-asylum": dict(
        meta=dict(url="https://www.bridgnorthbunting.example/news/national/asylum-claims-fall-first-time-five-years-skilled-worker-visas-drop-quarter-5518842",
                  title="Asylum claims fall for first time in five years as skilled worker visas drop by a quarter",
                  publisher="Bridgnorth Bunting", author="Tamsin Okoro-Whitfield", published_date="2026-11-26"),
        labels=[
            L("a quarter", -25, E, PCT, VG + "_skilled_worker_change", CH4 + "drop by; headline)", ctx="drop by a quarter"),
            L("some 104,900", 104900, AP, P, AA, YS26),
            L("6%", -6, E, PCT, AA + "_change", CH4 + "down; " + HO4 + ")"),
            L("111,600", 111600, E, P, AA, YS25),
            L("81,700", 81700, E, P, AA + "_main_applicants", YS26),
            L("Just over a third", THIRD, MT, PCT, AA + "_share_small_boat", YS26 + " claims made by small boat arrivals"),
            L("34%", 34, E, PCT, AA + "_share_small_boat", YS26 + " claims made by small boat arrivals"),
            L("38%", 38, E, PCT, AA + "_share_visa_holders", YS26 + " people who first arrived with a visa"),
            L("1,900", 1900, E, P, AA + "_revision", "July 2025 to June 2026 (the year ending June, published in August, revised up by; " + HO4 + ")"),
            L("108,400", 108400, E, P, AA, "July 2025 to June 2026 (the year ending June, revised; " + HO4 + ")"),
            L("around 880,000", 880000, AP, P, AA, "October 2025 to September 2026 (over the same 12 months; the EU's asylum agency)", geo=EU),
            L("96,700", 96700, E, P, "asylum_initial_decisions", YS26),
            L("47%", 47, E, PCT, "asylum_grants_share_initial_decisions", YS26 + " of these, protection granted"),
            L("52%", 52, E, PCT, "asylum_grants_share_initial_decisions", "October 2024 to September 2025 (the previous year; " + HO4 + ")"),
            L("21%", -21, E, PCT, "asylum_backlog_change", "30 September 2026 vs 30 September 2025 (shrank, in a year)"),
            L("58,300", 58300, E, P, "asylum_backlog", "30 September 2026 (cases yet to receive an initial decision; " + HO4 + ")"),
            L("1,930", 1930, E, P, "asylum_support_population", "30 September 2026 (when the quarter ended; " + HO4 + ")", geo=NI),
            L("681,300", 681300, E, P, VG, YS26 + " all work, study and family routes"),
            L("13%", -13, E, PCT, VG + "_change", CH4 + "a fall of; " + HO4 + ")"),
            L("a quarter", -25, E, PCT, VG + "_skilled_worker_change", CH4 + "fell by; " + HO4 + ")", ctx="fell by a quarter"),
            L("39,800", 39800, E, P, VG + "_skilled_worker", YS26 + " main applicants"),
            L("35%", -35, E, PCT, VG + "_health_care_worker_change", CH4 + "dropped; " + HO4 + ")"),
            L("9,650", 9650, E, P, VG + "_health_care_worker", YS26),
            L("740", 740, E, P, VG + "_care_worker", YS26 + " care workers, of the health and care visas"),
            L("398,200", 398200, E, P, VG + "_study", YS26 + " main applicants"),
            L("1%", 1, E, PCT, VG + "_study_change", CH4 + "up; " + HO4 + ")"),
            L("12,900", 12900, E, P, VG + "_family_change", CH4 + "rose by; " + HO4 + ")"),
            L("84,300", 84300, E, P, VG + "_family", YS26),
            L("4%", 4, E, PCT, VG + "_visit_change", CH4 + "rose; " + HO4 + ")"),
            L("2.27m", 2270000, E, P, VG + "_visit", YS26 + " not counted in the long-term total"),
            L("36,800", 36800, E, P, "returns", YS26 + " returned from the UK", occ=0),
            L("11%", 11, E, PCT, "returns_change", CH4 + "more than in the previous year; " + HO4 + ")"),
            L("36,800", 36800, E, P, "returns", "October 2025 to September 2026 (removed or left voluntarily; the migration minister)", occ=1),
            L("Almost 700,000", 700000, ALM, P, VG, "October 2025 to September 2026 (in twelve months; the shadow home secretary)"),
            L("around 2,000", 2000, AP, P, AA, "per week, October 2025 to September 2026 (still running at; the shadow home secretary)"),
            L("about one in five", 20, AP, PCT, "refugees_share_homeless_after_grant", "2026 (refugees it supported, evicted within 28 days of a grant; the Refugee Welcome Network)"),
        ]),
    "05-daily-grumble-asylum-cost-treasury-forecast": dict(
        meta=dict(url="https://www.dailygrumble.example/news/article-15530217/Asylum-bill-hits-record-5-41BILLION-nearly-double-Treasury-forecast.html",
                  title="Asylum bill hits a record £5.41BILLION – nearly double what the Treasury said it would cost",
                  publisher="Daily Grumble", author="Henrietta Quayle-Ogundipe", published_date="2026-07-14"),
        labels=[
            L("£5.41BILLION", 5410000000, E, GBP, AC, "April 2025 to March 2026 (2025/26, a record; headline)"),
            L("nearly double", 2, ALM, RATIO, AC + "_ratio", "2025/26 outturn vs the Treasury's forecast for the year (headline)"),
            L("11 per cent", 11, E, PCT, AC + "_change", "2025/26 vs 2024/25 (rose; bullet standfirst)", occ=0),
            L("£2.9billion", 2900000000, E, GBP, ACF, "April 2025 to March 2026 (pencilled in for the year at the last Spending Review; bullet standfirst)", occ=0),
            L("£48,600", 48600, E, GBP, AC + "_per_person_per_year", "April 2025 to March 2026 (each person housed at taxpayers' expense; bullet standfirst)", occ=0),
            L("£5.41billion", 5410000000, E, GBP, AC, "per year, " + FY26 + "; a record)"),
            L("almost twice", 2, ALM, RATIO, AC + "_ratio", "2025/26 outturn vs the Treasury's forecast"),
            L("11 per cent", 11, E, PCT, AC + "_change", "2025/26 vs 2024/25 (rose by; " + HOAR + ")", occ=1),
            L("£4.87billion", 4870000000, E, GBP, AC, "April 2024 to March 2025 (2024/25, the year before; " + HOAR + ")"),
            L("£14.8million", 14800000, E, GBP, AC, "per day, April 2025 to March 2026 (2025/26; every day)"),
            L("£2.9billion", 2900000000, E, GBP, ACF, "April 2025 to March 2026 (2025/26; " + TSR + ")", occ=1),
            L("£1.7billion", 1700000000, E, GBP, ACF, "April 2028 to March 2029 (by 2028/29; " + TSR + ")"),
            L("about £4.2billion", 4200000000, AP, GBP, ACF, "April 2026 to March 2027 (this year; the Home Office now expects)"),
            L("£2.3billion", 2300000000, E, GBP, "asylum_cost_hotels", FY26 + "; hotels alone)"),
            L("43 per cent", 43, E, PCT, "asylum_cost_share_hotels", FY26 + ")"),
            L("£700million", 700000000, E, GBP, "rwanda_scheme_cost", "2022 to 2024 (wasted on the scrapped scheme, not included in the asylum bill)", ctx="the £700million wasted"),
            L("111,300", 111300, E, P, "asylum_support_population", "31 March 2026 (people the department was supporting; " + HOAR + ")"),
            L("£48,600", 48600, E, GBP, AC + "_per_person_per_year", "April 2025 to March 2026 (the 12 months to March; an average; the Grumble's analysis)", occ=1),
            L("almost four times", 4, ALM, RATIO, AC + "_per_person_per_year_to_state_pension_ratio", "2025/26 cost per person vs the full new state pension"),
            L("£12,548", 12548, E, GBP, "state_pension_full_new_annual", "per year, 2026/27 (the full new state pension)"),
            L("£187", 187, E, GBP, AC + "_per_household", FY26 + "; for every household)"),
            L("£4.5billion", 4500000000, E, GBP, "asylum_accommodation_contracts_cost_original_forecast", "2019 to 2029 (ten-year contracts signed in 2019, as originally forecast)"),
            L("more than £15billion", 15000000000, MT, GBP, "asylum_accommodation_contracts_cost_forecast", "2019 to 2029 (the final bill auditors now expect)"),
            L("more than three times", 3, MT, RATIO, "asylum_accommodation_contracts_cost_forecast_ratio", "2019 to 2029 (expected final bill vs the original forecast)"),
            L("63,400", 63400, E, P, "asylum_backlog", "31 March 2026 (yet to receive a first decision when March ended)"),
            L("41,900", 41900, E, P, "asylum_backlog_appeals", "31 March 2026 (appeals stuck in the tribunal system)"),
            L("halve", -50, E, PCT, "asylum_cost_pledged_change", "pledge made after July 2024 (ministers promised to halve the bill; " + PHN + ")"),
            L("£540million", 540000000, E, GBP, AC + "_change", "2025/26 vs 2024/25 (gone up by, in a single year; " + PHN + ")"),
            L("some £2.5billion", 2500000000, AP, GBP, "asylum_cost_overspend", "April 2025 to March 2026 (the gap between the Treasury's assumption and actual spending; the Centre for Frontier Policy)"),
            L("more than £700million", -700000000, MT, GBP, "asylum_cost_hotels_change", "peak to July 2026 (spending on hotels is down from its peak; a Home Office spokesman)"),
            L("171", 171, E, HOTELS, "asylum_hotels_in_use", "July 2026 (hotels that remain in use; a Home Office spokesman)"),
        ]),
    "06-pontypridd-pipit-wales-asylum-dispersal-councils": dict(
        meta=dict(url="https://www.pontypriddpipit.example/news/rhondda-cynon-taf/rct-houses-just-88-asylum-seekers-two-years-after-joining-dispersal-scheme-3390561",
                  title="RCT houses just 88 asylum seekers two years after joining Wales's dispersal scheme",
                  publisher="Pontypridd Pipit", author="Carys Llewelyn-Mensah", published_date="2026-05-20"),
        labels=[
            L("88", 88, E, P, ADP, "31 March 2026 (headline)", occ=0, geo=RCT),
            L("four in five", 80, E, PCT, ADP + "_share_four_dispersal_areas", "31 March 2026 (of those placed in Wales; standfirst)", geo=WAL),
            L("nine", 9, E, COUNCILS, "councils_without_asylum_dispersal", "31 March 2026 (councils that host no one; standfirst)", ctx="while nine councils", geo=WAL),
            L("88", 88, E, P, ADP, M26, occ=1, geo=RCT),
            L("3.7", 3.7, E, P10K, ADR, M26, geo=RCT),
            L("38", 38, E, P10K, ADR, M26, ctx="Wrexham (38)", geo="Wrexham"),
            L("31", 31, E, P10K, ADR, M26, ctx="Cardiff (31)", geo="Cardiff"),
            L("29", 29, E, P10K, ADR, M26, ctx="Newport (29)", geo="Newport"),
            L("25", 25, E, P10K, ADR, M26, ctx="Swansea (25)", geo="Swansea"),
            L("17", 17, E, P10K, ADR, M26 + " the average across England", ctx="average of 17", geo="England"),
            L("3,420", 3420, E, P, ADP, "31 March 2026 (on March 31; " + HO6 + ")", geo=WAL),
            L("6%", 6, E, PCT, ADP + "_change", "31 March 2026 vs 31 March 2025 (up, in twelve months)", geo=WAL),
            L("1,150", 1150, E, P, ADP, M26, geo="Cardiff"),
            L("610", 610, E, P, ADP, M26, geo="Swansea"),
            L("520", 520, E, P, ADP, M26, geo="Wrexham"),
            L("470", 470, E, P, ADP, M26, geo="Newport"),
            L("80%", 80, E, PCT, ADP + "_share_four_dispersal_areas", M26 + " the four areas between them", geo=WAL),
            L("nine", 9, E, COUNCILS, "councils_without_asylum_dispersal", M26 + " of Wales's 22 councils", ctx="councils, nine had", geo=WAL),
            L("410", 410, E, P, "asylum_hotel_population", "May 2026 (in Welsh asylum hotels)", geo=WAL),
            L("a third", -THIRD, E, PCT, "asylum_hotel_population_change", "May 2026 vs May 2025 (down on last year)", ctx="down a third on", geo=WAL),
            L("up to 240", 240, AM, P, "asylum_dispersal_target", "by spring 2026 (under the 2024 agreement with the Home Office)", geo=RCT),
            L("just over a third", THIRD, MT, PCT, "asylum_dispersal_target_share_met", "31 March 2026 (of the target, reached)", geo=RCT),
            L("£2,750", 2750, E, GBP, "council_asylum_grant_per_new_dispersal_bed", "2026 (one-off, for every new bed brought into the scheme)"),
            L("£560", 560, E, GBP, "council_asylum_grant_per_dispersal_bed", "per year, 2026 (for each occupied bed)"),
            L("14%", 14, E, PCT, "private_rent_change", "May 2024 to May 2026 (rents in the valleys, in two years; " + RPA + ")", geo=RCT),
            L("1,900", 1900, E, HH, "council_housing_waiting_list", "May 2026 (households on the council's own waiting list; " + RPA + ")", geo=RCT),
            L("about 4.5%", 4.5, AP, PCT, "population_share_wales_of_uk", "2026 (Wales's share of the UK's population)"),
            L("3.1%", 3.1, E, PCT, "asylum_support_population_share_wales", "31 March 2026 (people receiving asylum support under section 95)"),
            L("£1.4m", 1400000, E, GBP, "welsh_government_sanctuary_spending", "April 2026 to March 2027 (set aside this year for councils; the Welsh Government)", geo=WAL),
            L("310", 310, E, P, "drop_in_visitors", "January to May 2026 (came through its doors since January; " + NV + ")", geo="Pontypridd"),
            L("Around one in five", 20, AP, PCT, "drop_in_visitors_share_refugees_facing_eviction", "January to May 2026 (refugees already granted status, facing eviction; " + NV + ")", geo="Pontypridd"),
        ]),
    "07-the-abacist-obr-net-migration-labour-force": dict(
        meta=dict(url="https://www.theabacist.example/content/4be1c7d2-93a0-4f6e-b8d5-1a7c0e52f918",
                  title="Lower migration forecast leaves UK labour force 410,000 smaller, says OBR",
                  publisher="The Abacist", author="Delphine Ashworth-Nakamura", published_date="2026-03-04"),
        labels=[
            L("410,000", -410000, E, P, LFR, "2030-31 (March 2026 vs November 2025 forecast; headline)", occ=0),
            L("245,000", 245000, E, P, NMF, "per year, long run (settle at; standfirst)", occ=0),
            L("340,000", 340000, E, P, NMF, "per year, long run (the November 2025 forecast; standfirst)", occ=0),
            L("£6.2bn", 6200000000, E, GBP, PBL, "per year, by 2030-31 (added to borrowing; standfirst)", occ=0),
            V("hundreds of thousands", -900000, -200000, P, LFR, "end of the decade (workforce smaller than previously expected; " + OBR + ")"),
            L("185,000", 185000, E, P, NMF, "2026 (a trough; " + OBR + ")"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the year to June 2025, the latest official estimate)"),
            L("245,000", 245000, E, P, NMF, "per year, from 2029 (settling at; " + OBR + ")", occ=1),
            L("340,000", 340000, E, P, NMF, "per year, long run (November 2025 forecast)", occ=1),
            L("some 95,000", -95000, AP, P, NMFR, "long run, March 2026 vs November 2025 forecast (the old level higher than the new)"),
            L("245k", 245000, E, P, NMF, "per year, long run (chart; OBR)"),
            L("c. 95k", -95000, AP, P, NMFR, "long run, March 2026 vs November 2025 forecast (below; chart; OBR)"),
            L("693,000", 693000, E, P, "emigration", "July 2024 to June 2025 (over those 12 months; Office for National Statistics)"),
            L("about 80 per cent", 80, AP, PCT, "net_migration_share_aged_16_64", "forecast period (net arrivals of working age; " + OBR + ")"),
            L("63 per cent", 63, E, PCT, "population_share_aged_16_64", "2026 (the existing population; " + OBR + ")"),
            L("410,000", -410000, E, P, LFR, "2030-31 (smaller than in the November 2025 forecast; " + OBR + ")", occ=1),
            L("1.1 per cent", -1.1, E, PCT, LFR, "2030-31 (smaller than in the November 2025 forecast; " + OBR + ")"),
            L("1.2mn", 1200000, E, P, "employment_forecast_change", "2025-26 to 2030-31 (over the next five years; " + OBR + ")"),
            L("1.4 per cent", 1.4, E, PCT, "potential_output_growth_forecast", "per year, forecast period (March 2026; " + OBR + ")"),
            L("1.6 per cent", 1.6, E, PCT, "potential_output_growth_forecast", "per year, forecast period (November 2025 forecast)"),
            L("£6.2bn", 6200000000, E, GBP, PBL, "2030-31 (extra borrowing, net effect; " + OBR + ")", occ=1),
            L("£14.9bn", 14900000000, E, GBP, "fiscal_headroom", "March 2026 (against the main fiscal rule; " + OBR + ")"),
            L("£21.7bn", 21700000000, E, GBP, "fiscal_headroom", "November 2025 (the previous forecast)"),
            L("roughly half", 50, AP, PCT, "fiscal_headroom_change_share_migration", "November 2025 to March 2026 (of the deterioration, from the weaker migration outlook; " + OBR + ")"),
            L("118,000", 118000, E, P, "population_revision", "30 June 2025 (the mid-2025 population, revised up by; " + OBR + ")"),
            L("Roughly three-quarters", 75, AP, PCT, "employment_growth_share_born_abroad", "2019 to 2026 (since 2019; " + JFR + ")"),
            L("about one in five", 20, AP, PCT, "employment_share_born_abroad", "March 2026 (workers born abroad, now; " + JFR + ")"),
            L("100,000", 100000, E, P, "net_migration_scenario", "per year, forecast period (the low-migration scenario; " + OBR + ")", ctx="average 100,000 a year"),
            R("between £11bn and £13bn", 11000000000, 13000000000, GBP, PBL + "_scenario", "2030-31 (low-migration scenario vs central forecast; " + OBR + ")"),
            L("0.6 per cent", 0.6, E, PCT, "boe_population_growth_assumption", "per year (Bank of England projections published February 2026)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
