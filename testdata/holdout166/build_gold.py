#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-sixty-sixth hand-labelled hold-out set (holdout166).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, MONTHS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, PTR, RSC, RSP)

FR, SCO, GLA, INV, ENG, KENT, ASH, WAL, EU = ("France", "Scotland", "Glasgow", "Inverclyde", "England", "Kent",
                                             "Ashford", "Wales", "EU")
WEEKS, DAYS, CPW = "other:weeks", "other:days", "other:children_per_woman"

# 01 (Monday 15 June 2026; Home Office daily small boat figures for Monday 8 to Sunday 14 June 2026, and a leaked
# French interior ministry assessment of the same week)
WK = "8 to 14 June 2026 (last week, Monday to Sunday)"
PWK = "1 to 7 June 2026 (the previous week)"
YTD = "1 January to 14 June 2026 (so far this year)"
YTD25 = "1 January to 14 June 2025 (by the same date last year)"
FMI = "8 to 14 June 2026 (those seven days; leaked French interior ministry assessment)"
SHS = "Rupert Stannard-Mends, shadow Home Secretary"

# 02 (Thursday 21 May 2026; Scottish Government analysis released Wednesday 20 May 2026)
SG = "Scottish Government analysis released Wednesday 20 May 2026"
M26 = "31 March 2026 (the end of March)"
M25 = "31 March 2025 (last year's)"
PTW = "January to December 2025 (in 2025; Home Office figures obtained by the Clydeside Welcome Network)"
RTW = "per year, after a change to let asylum seekers work after six months (" + SG + ")"
MLB = "Morag Lindqvist-Bell, Equalities Minister"

# 03 (Thursday 27 August 2026; Home Office quarterly statistics released that day, for the end of June 2026)
HO3 = "Home Office statistics released Thursday 27 August 2026"
J26 = "30 June 2026 (the end of June; " + HO3 + ")"
J25 = "30 June 2025 (twelve months earlier; " + HO3 + ")"
Y26 = "July 2025 to June 2026 (the year ending June 2026; " + HO3 + ")"
Y25 = "July 2024 to June 2025 (the year before; " + HO3 + ")"
BSM = "the Border Security Minister"

# 04 (Wednesday 15 April 2026; Home Office closing report on the Rwanda partnership published Tuesday 14 April 2026)
REP = "Home Office closing report published Tuesday 14 April 2026"
RS = "April 2022 to April 2026 (the scheme's final bill; " + REP + ")"
REL = "April 2022 to July 2024 (the scheme's life; " + REP + ")"
ORIG = "April 2022 agreement (as originally signed)"

# 05 (Friday 27 February 2026; Home Office statistics released Thursday 26 February 2026 for calendar 2025)
HO5 = "Home Office statistics released Thursday 26 February 2026"
C25 = "January to December 2025 (" + HO5 + ")"
C24 = "January to December 2024 (" + HO5 + ")"
C23 = "January to December 2023 (" + HO5 + ")"
C22 = "January to December 2022 (" + HO5 + ")"
SDV = "visas_granted_study_dependants"
OFS = "Office for Students, February 2026"
MOR, ALC = "Morvale", "Professor Adaeze Lindholm-Carter, Morvale University"

# 06 (Tuesday 6 October 2026; Kent County Council figures, Home Office figures for the year ending June 2026)
NOW6 = "October 2026 (now; Kent County Council)"
YTD6 = "1 January to early October 2026 (since 1 January; Kent County Council)"
YTD6P = "1 January to early October 2025 (the same stretch of last year; Kent County Council)"
YJ6 = "July 2025 to June 2026 (the year ending June; Home Office figures)"
UCC = "unaccompanied_children_in_care"

# 07 (Saturday 14 March 2026; ONS 2024-based national population projections published February 2026)
ONS = "ONS principal projection published February 2026"
EFO = "Edmund Fairweather-Okoro, essay"

ARTICLES = {
    "01-daily-fusillade-channel-week-french-police": dict(
        meta=dict(url="https://www.fusillade.example/news/article-15873342/Channel-migrant-week-shame-2318-land-seven-days-French-officers-look-on.html",
                  title="Channel migrant week of shame: 2,318 land in seven days as French officers look on from the dunes",
                  publisher="Daily Fusillade", author="Grainne Holloway-Asante", published_date="2026-06-15"),
        labels=[
            L("2,318", 2318, E, P, SBA, WK + " (in seven days; headline)", occ=0),
            L("41", 41, E, BOATS, SBC, WK + " (dinghies landed in Kent; standfirst)", occ=0),
            L("fewer than one in three", THIRD, LT, PCT, "small_boat_launches_prevented_share", WK + " (gendarmes halted; leaked memo, standfirst)", geo=FR),
            L("18%", 18, E, PCT, SBA + "_change", "1 January to 14 June 2026 vs the same point in 2025 (so far this year, ahead of 2025's pace; standfirst)"),
            L("More than 2,300", 2300, MT, P, SBA, WK + " (last week)"),
            L("almost double", 2, ALM, RATIO, SBA + "_ratio", "8 to 14 June 2026 vs 1 to 7 June 2026 (the tally for the seven days before)"),
            L("2,318", 2318, E, P, SBA, WK + " (official figures)", occ=1),
            L("41", 41, E, BOATS, SBC, WK + " (official figures)", occ=1),
            L("1,164", 1164, E, P, SBA, PWK),
            L("57", 57, E, PPB, "small_boat_occupancy", WK + " (an average per dinghy)"),
            R("between 70 and 80", 70, 80, PPB, "small_boat_occupancy_max", WK + " (the fullest dinghies carried)"),
            L("712", 712, E, P, SBA, "per day, Saturday 13 June 2026 (Saturday alone; the busiest day since August 2025)"),
            L("11", 11, E, BOATS, SBC, "per day, Saturday 13 June 2026 (boats to reach Kent that day; caption)"),
            L("17,906", 17906, E, P, SBA, YTD + " (crossings in 2026)"),
            L("some 18 per cent", 18, AP, PCT, SBA + "_change", "1 January to 14 June 2026 vs the same date in 2025 (higher than)"),
            L("15,175", 15175, E, P, SBA, YTD25 + " (twelve months ago)"),
            L("19", 19, E, BOATS, "small_boat_launches_prevented", FMI + " officers intervened", ctx="just 19 of the 63", geo=FR),
            L("63", 63, E, BOATS, "small_boat_launch_attempts", FMI + " launch attempts spotted", geo=FR),
            L("30 per cent", 30, E, PCT, "small_boat_launches_prevented_share", FMI + " a hit rate of", geo=FR),
            L("44", 44, E, BOATS, "small_boat_launches_not_prevented", FMI + " the boats got away", geo=FR),
            L("41", 41, E, BOATS, SBC, WK + " (made it to English waters; leaked French interior ministry assessment)", occ=2),
            L("around 640", 640, AP, P, "small_boat_launch_attempts_stopped_people", FMI + " stopped from boarding", geo=FR),
            L("£476million", 476000000, E, GBP, "uk_funding_to_france", "2023 to 2026 (over three years, under a deal agreed in 2023)"),
            L("almost £160million", 160000000, ALM, GBP, "uk_funding_to_france", "per year, 2023 to 2026 (the equivalent a year)"),
            L("About 800", 800, AP, P, "french_coastal_police_deployed", "June 2026 (meant to be on duty along the coast at any time; leaked French interior ministry assessment)", geo=FR),
            L("fewer than 500", 500, LT, P, "french_coastal_police_deployed", "most nights of 8 to 14 June 2026 (were out; leaked French interior ministry assessment)", geo=FR),
            L("14", 14, E, BOATS, "small_boat_interceptions_at_sea", "2025 to 14 June 2026 (attempted since French ministers said last year they would allow it)", geo=FR),
            L("nearly half a billion pounds", 500000000, ALM, GBP, "uk_funding_to_france", "2023 to 2026 (sending across the Channel; " + SHS + ")"),
            L("more than 2,300", 2300, MT, P, SBA, "8 to 14 June 2026 (in one week; " + SHS + ")"),
            L("about one in five", 20, AP, PCT, "small_boat_arrivals_share_eritrean", WK + " (the week's total)"),
            L("at least 19", 19, AL, P, "small_boat_deaths", "1 January to 15 June 2026 (since January; the UN's migration agency)"),
            L("More than 50,000", 50000, MT, P, "returns", "5 July 2024 to June 2026 (since 5 July 2024, sent home; a Home Office spokesman)"),
        ]),
    "02-greenock-guillemot-asylum-right-to-work-scotland": dict(
        meta=dict(url="https://www.greenockguillemot.example/news/inverclyde/26093114.letting-asylum-seekers-work-earn-scotland-18m-year-holyrood-analysis/",
                  title="Letting asylum seekers work would earn Scotland £18m a year, Holyrood analysis finds",
                  publisher="Greenock Guillemot", author="Calum Strachan-Boateng", published_date="2026-05-21"),
        labels=[
            L("£18m", 18000000, E, GBP, "right_to_work_projected_tax_revenue", RTW + "; headline", geo=SCO),
            V("thousands", 2000, 9000, P, "asylum_seekers_barred_from_work", "May 2026 (kept idle by Westminster rules; Scottish ministers, standfirst)", geo=SCO),
            L("a third", THIRD, E, PCT, "asylum_support_population_change", "31 March 2026 vs 31 March 2025 (climbs by; standfirst)", ctx="climbs by a third", geo=INV),
            L("around £18.4 million", 18400000, AP, GBP, "right_to_work_projected_tax_revenue", RTW + " income tax and NI", geo=SCO),
            L("around 2,100", 2100, AP, P, "right_to_work_projected_employment", "within a year of a rule change (would be in work; " + SG + ")", geo=SCO),
            L("5,940", 5940, E, P, "asylum_support_population", "May 2026 (being supported north of the border; " + SG + ")", geo=SCO),
            L("roughly 35%", 35, AP, PCT, "right_to_work_projected_employment_share", "within a year of a rule change (" + SG + ")", geo=SCO),
            L("£9.7m", 9700000, E, GBP, "right_to_work_projected_support_saving", "after a rule change (the Home Office would save on support; " + SG + ")", geo=SCO),
            L("£50.36", 50.36, E, GBP, "asylum_support_weekly_allowance", "per week, May 2026 (the weekly allowance)"),
            L("98,650", 98650, E, P, "asylum_support_population", M26 + " UK-wide"),
            L("about 6%", 6, AP, PCT, "asylum_support_population_share_scotland", M26 + " Scotland's share of the UK total", geo=SCO),
            L("1,180", 1180, E, P, "permission_to_work_applications", PTW),
            L("412", 412, E, P, "permission_to_work_grants", PTW),
            L("just over a third", THIRD, MT, PCT, "permission_to_work_applications_share_granted", PTW),
            L("38", 38, E, P, "permission_to_work_grants", PTW + " only, in Scotland", geo=SCO),
            L("3,790", 3790, E, P, "asylum_support_population", "May 2026 (remains home to; " + SG + ")", geo=GLA),
            L("almost two-thirds", 200 / 3, ALM, PCT, "asylum_support_population_share_glasgow", "May 2026 (of those in Scotland's asylum system)", geo=GLA),
            L("212", 212, E, P, "asylum_support_population", M26 + " had risen to", geo=INV),
            L("a third", THIRD, E, PCT, "asylum_support_population_change", "31 March 2026 vs 31 March 2025 (up on last year's)", ctx="up a third on", geo=INV),
            L("159", 159, E, P, "asylum_support_population", M25, geo=INV),
            L("1,310", 1310, E, P, "asylum_seekers_dispersed", "April 2025 to March 2026 (newly dispersed, the 12 months to March)", geo=SCO),
            L("14 months", 14, E, MONTHS, "asylum_initial_decision_wait_average", "May 2026 (now, for people housed in Scotland; " + SG + ")", geo=SCO),
            L("one in five", 20, E, PCT, "asylum_support_population_share_waiting_over_2_years", "May 2026 (waiting longer than two years; " + SG + ")", geo=SCO),
            L("more than £28 million", 28000000, MT, GBP, "right_to_work_projected_fiscal_gain", "per year, after a rule change (our modelling; " + MLB + ")", geo=SCO),
            L("1,050", 1050, E, P, "poll_sample_size", "2026 (a survey of adults carried out for the Scottish Government)", geo=SCO),
            L("nearly three-quarters", 75, ALM, PCT, "poll_share_support_asylum_seekers_right_to_work", "2026 (survey for the Scottish Government)", geo=SCO),
            L("74%", 74, E, PCT, "poll_share_support_asylum_seekers_right_to_work", "2026 (survey for the Scottish Government)", geo=SCO),
            L("14%", 14, E, PCT, "poll_share_oppose_asylum_seekers_right_to_work", "2026 (survey for the Scottish Government)", geo=SCO),
            L("at least 60", 60, AL, P, "asylum_seekers_with_professional_qualifications", "May 2026 (adults housed locally; Inverclyde Council officers, Cllr Alison McTaggart-Boakye)", geo=INV),
        ]),
    "03-merlin-news-asylum-backlog-appeals": dict(
        meta=dict(url="https://www.merlinnews.example/news/articles/c8m2q4vx71ko",
                  title="Asylum backlog falls 44% but appeals queue swells",
                  publisher="Merlin News", author="Imogen Tarrant-Nwachukwu", published_date="2026-08-27"),
        labels=[
            L("44%", -44, E, PCT, "asylum_backlog_change", "30 June 2026 vs 30 June 2025 (falls; headline)", occ=0),
            L("48,730", 48730, E, P, "asylum_backlog", J26 + " in the initial-decision queue"),
            L("44%", -44, E, PCT, "asylum_backlog_change", "30 June 2026 vs 30 June 2025 (a fall from; " + HO3 + ")", occ=1),
            L("86,900", 86900, E, P, "asylum_backlog", J25),
            L("61,200", 61200, E, P, "asylum_backlog_appeals", J26 + " undecided asylum appeals at the tribunal"),
            L("41,600", 41600, E, P, "asylum_backlog_appeals", J25),
            L("47%", 47, E, PCT, "asylum_backlog_appeals_change", "30 June 2026 vs 30 June 2025 (an increase of; " + HO3 + ")", ctx="an increase of 47%"),
            L("About 22,000", 22000, AP, P, "asylum_hotel_population", J26 + " still housed in hotels; caption"),
            L("128,400", 128400, E, P, "asylum_initial_decisions", Y26 + " first-instance rulings"),
            L("41%", 41, E, PCT, "asylum_grants_share_initial_decisions", Y26),
            L("47%", 47, E, PCT, "asylum_grants_share_initial_decisions", Y25, ctx="from 47% the year"),
            L("roughly four in five", 80, AP, PCT, "asylum_refusals_share_appealed", Y26 + " of those refused went on to appeal"),
            L("52,300", 52300, E, P, "asylum_appeals_lodged", Y26 + " new asylum appeals received by the tribunal"),
            L("almost four times", 4, ALM, RATIO, "asylum_appeals_lodged_ratio", "year to June 2026 vs year to June 2024 (" + HO3 + ")"),
            L("13,900", 13900, E, P, "asylum_appeals_lodged", "July 2023 to June 2024 (the year to June 2024; " + HO3 + ")"),
            L("54 weeks", 54, E, WEEKS, "asylum_appeal_wait_average", Y26 + " average time to be decided"),
            L("38%", 38, E, PCT, "asylum_appeals_share_allowed", "July 2025 to June 2026 (over the past year; " + HO3 + ")"),
            L("31%", 31, E, PCT, "asylum_backlog_share_waiting_over_6_months", J26 + " fell to"),
            L("6%", -6, E, PCT, "asylum_applications_change", "year to June 2026 vs year to June 2025 (dropped; " + HO3 + ")"),
            L("101,900", 101900, E, P, "asylum_applications", Y26),
            L("39%", 39, E, PCT, "asylum_applications_share_small_boat", Y26 + " lodged by small boat arrivals"),
            L("more than 38,000", -38000, MT, P, "asylum_backlog_change", "July 2025 to June 2026 (cleared from the backlog in a single year; " + BSM + ")"),
            L("5,500", 5500, E, DAYS, "tribunal_sitting_days_added", "2026 (extra sitting days funded this year; " + BSM + ")"),
            L("about 2,600", 2600, AP, P, "asylum_decision_makers", "August 2026 (now employs; the Home Office)"),
            L("1,850", 1850, E, P, "asylum_decision_makers", "mid-2024 (the Home Office)"),
            L("Almost 110,000", 110000, ALM, P, "asylum_backlog_including_appeals", "August 2026 (still waiting for either a decision or an appeal; Felicity Armitage-Ndiaye, shadow immigration minister)"),
            L("one in five", 20, E, PCT, "asylum_appellants_share_without_legal_representation", "August 2026 (now had no lawyer at their hearing; the Open Door Legal Trust)"),
            L("almost two in five", 40, ALM, PCT, "asylum_appeals_share_allowed", "2025-26 (appeals succeed; Samuel Adjei-Lindgren, the Open Door Legal Trust)"),
        ]),
    "04-daily-trombone-rwanda-final-bill-kigali": dict(
        meta=dict(url="https://www.trombone.example/news/politics/2113847/rwanda-scheme-final-bill-742-million-four-migrants",
                  title="Rwanda fiasco final bill hits £742MILLION – and only FOUR migrants ever went",
                  publisher="Daily Trombone", author="Hamish Gorringe-Adebayo", published_date="2026-04-15"),
        labels=[
            L("£742MILLION", 742000000, E, GBP, RSC, RS + " headline"),
            L("FOUR", 4, E, P, "rwanda_relocations", REL + " only four migrants ever went; headline"),
            L("£742million", 742000000, E, GBP, RSC, RS + " standfirst", occ=0),
            L("£290million", 290000000, E, GBP, PTR, "April 2022 to April 2024 (handed straight to Kigali; " + REP + ", standfirst)", occ=0),
            L("more than £185million", 185000000, MT, GBP, "rwanda_scheme_cost_per_relocation", RS + " for each of the four volunteers"),
            L("four", 4, E, P, "rwanda_relocations", REL + " volunteers who flew to Rwanda", ctx="each of the four volunteers"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "2024 (cash offered to each volunteer; " + REP + ")"),
            L("£290million", 290000000, E, GBP, PTR, "April 2022 to April 2024 (went directly to the Rwandan government; " + REP + ")", occ=1),
            L("39 per cent", 39, E, PCT, "payment_to_rwanda_share_of_scheme_cost", RS + " of the total"),
            L("£120million", 120000000, E, GBP, PTR, "April 2022 (an upfront payment; " + REP + ")", ctx="upfront £120million"),
            L("£20million", 20000000, E, GBP, PTR, "2022/23 (later that financial year; " + REP + ")"),
            L("£100million", 100000000, E, GBP, PTR, "April 2023 to March 2024 (2023/24; " + REP + ")"),
            L("£50million", 50000000, E, GBP, PTR, "April 2024 (a final payment, weeks before the general election was called; " + REP + ")", ctx="final £50million"),
            L("£452million", 452000000, E, GBP, "rwanda_scheme_cost_other", RS + " the remainder: flights, detention, lawyers and staff"),
            L("Some £48.6million", 48600000, AP, GBP, "rwanda_scheme_cost_flights", RS + " charter aircraft that never took off"),
            L("£96million", 96000000, E, GBP, "rwanda_scheme_cost_detention", RS),
            L("£71.3million", 71300000, E, GBP, "rwanda_scheme_cost_legal", RS + " legal battles"),
            L("more than 1,000", 1000, MT, P, "rwanda_scheme_staff", "2022 to 2024 (at the height of the policy; " + REP + ")"),
            L("5,700", 5700, E, P, "rwanda_removal_candidates_identified", "spring 2024 (identified for removal; " + REP + ")"),
            L("More than 3,500", 3500, MT, P, "rwanda_removal_candidates_lost_contact", "spring 2024 onwards (then lost contact with the Home Office; " + REP + ")"),
            L("more than three in five", 60, MT, PCT, "rwanda_removal_candidates_share_lost_contact", "spring 2024 onwards (" + REP + ")"),
            L("£370million", 370000000, E, GBP, "payment_to_rwanda_planned", ORIG + " over five years", ctx="Kigali £370million over"),
            L("£120million", 120000000, E, GBP, "payment_to_rwanda_planned", ORIG + " a further sum once 300 people had been relocated", ctx="further £120million"),
            L("£151,000", 151000, E, GBP, "payment_to_rwanda_per_relocation", ORIG + " for every person sent"),
            L("more than double", 2, MT, RATIO, "rwanda_scheme_cost_ratio", "final bill vs the headline sum first unveiled in April 2022"),
            L("£370million", 370000000, E, GBP, RSP, "April 2022 (the headline sum ministers first unveiled)", ctx="double the £370million"),
            L("around 200", 200, AP, P, "rwanda_accommodation_capacity", "2022 to 2024 (a hostel readied for the first arrivals)", geo="Rwanda"),
            L("more than 150,000", 150000, MT, P, SBA, "April 2022 to April 2026 (since the plan was unveiled, reached Kent in dinghies)"),
            L("£742million", 742000000, E, GBP, RSC, "April 2022 to April 2026 (poured in by the Tories; the Home Secretary)", occ=1),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (ended with four volunteers in Rwanda; the Home Secretary)", ctx="with four volunteers"),
            V("thousands", 2000, 9000, P, "police_officers_affordable_with_rwanda_cost", "counterfactual for the scheme's cost (extra police officers; the Home Secretary)"),
            L("roughly 20,000", 20000, AP, P, "caseworkers_affordable_with_rwanda_cost", "per year, counterfactual for the scheme's cost (salaries for a year; the Public Purse Campaign)"),
        ]),
    "05-the-comptroller-student-visas-dependants-universities": dict(
        meta=dict(url="https://www.comptroller.example/content/4f7a1c2e-9b3d-4e61-a8d0-5c2e7b91f3a6",
                  title="Collapse in student dependants deepens squeeze on UK universities",
                  publisher="The Comptroller", author="Harriet Okonjo-Marsh", published_date="2026-02-27"),
        labels=[
            L("88%", -88, E, PCT, SDV + "_change", "2025 vs 2023 (fall from the 2023 peak; standfirst)"),
            L("88 per cent", -88, E, PCT, SDV + "_change", "2025 vs 2023 (in two years; " + HO5 + ")"),
            L("17,200", 17200, E, P, SDV, C25),
            L("143,500", 143500, E, P, SDV, C23),
            L("3 per cent", -3, E, PCT, "visas_granted_study_change", "2025 vs 2024 (fell; main applicants; " + HO5 + ")"),
            L("381,600", 381600, E, P, "visas_granted_study", C25 + " main applicants"),
            L("486,000", 486000, E, P, "visas_granted_study", C22 + " the 2022 high"),
            L("135.8k", 135800, E, P, SDV, C22 + " chart"),
            L("143.5k", 143500, E, P, SDV, C23 + " chart"),
            L("19.1k", 19100, E, P, SDV, C24 + " chart"),
            L("17.2k", 17200, E, P, SDV, C25 + " chart"),
            L("93,800", 93800, E, P, "visas_granted_study_india", C25 + " Indian nationals"),
            L("91,300", 91300, E, P, "visas_granted_study_china", C25 + " Chinese nationals"),
            L("almost half", 50, ALM, PCT, "visas_granted_study_share_china_india", C25 + " together, of the total"),
            L("243,100", 243100, E, P, "visas_granted_study_postgraduate", C25 + " postgraduate courses"),
            L("64%", 64, E, PCT, "visas_granted_study_postgraduate_share_one_year_taught_masters", C25 + " of these, one-year taught master's degrees"),
            L("two-fifths", -40, E, PCT, "visas_granted_study_nigeria_change", "2025 vs 2024 (grants to Nigerians fell, for a second successive year; " + HO5 + ")"),
            L("45 per cent", 45, E, PCT, "universities_share_expecting_deficit", "2025-26 (providers forecasting deficits; " + OFS + ")", geo=ENG),
            L("£11.9bn", 11900000000, E, GBP, "international_student_fee_income", "2023-24 (a record; " + OFS + ")", geo=ENG),
            L("£10.6bn", 10600000000, E, GBP, "international_student_fee_income_forecast", "2026-27 (forecast to slip to; " + OFS + ")", geo=ENG),
            L("about £22,000", 22000, AP, GBP, "international_student_tuition_fee", "per year, 2025-26 (a taught course, on average)", geo=ENG),
            L("£9,535", 9535, E, GBP, "home_student_tuition_fee_cap", "per year, 2025-26 (the cap on home undergraduate fees)", geo=ENG),
            L("£925", 925, E, GBP, "international_student_levy", "per year, from 2028 (the proposed charge on each international student)"),
            L("c. £600mn", 600000000, AP, GBP, "international_student_levy_revenue", "per year, from 2028 (the cost to the sector; Aldgate Economics)"),
            L("340", 340, E, P, "university_job_cuts", "to February 2026 (posts already cut; " + ALC + ")", geo=MOR),
            L("150", 150, E, P, "university_job_cuts_planned", "2026 (a further consultation; " + ALC + ")", geo=MOR),
            L("£38mn", 38000000, E, GBP, "university_deficit", "2025-26 (to close a deficit; " + ALC + ")", geo=MOR),
            L("about 60 per cent", -60, AP, PCT, "international_students_postgraduate_with_families_change", "a single recruitment cycle, 2024 (Nigeria and Ghana; " + ALC + ")", geo=MOR),
            L("21 per cent", -21, E, PCT, "visas_granted_graduate_change", "2025 vs 2024 (fell; last year)"),
            L("128,000", 128000, E, P, "visas_granted_graduate", "January to December 2025 (last year)"),
            L("Roughly one in four", 25, AP, PCT, "universities_share_drawing_on_reserves", "February 2026 (now; Tom Etheridge-Sato, Aldgate Economics)"),
            L("more than half", -50, MT, PCT, NM + "_change", "the 2023 peak to the latest estimate (a fall; the Home Office)"),
        ]),
    "06-ashford-avocet-kent-unaccompanied-children-transfer-scheme": dict(
        meta=dict(url="https://www.ashfordavocet.example/news/kent-still-looking-after-628-lone-child-migrants-nearly-twice-its-fair-share-318842/",
                  title="Kent still looking after 628 lone child migrants – nearly twice its fair share",
                  publisher="Ashford Avocet", author="Poppy Fairbairn-Oduya", published_date="2026-10-06"),
        labels=[
            L("628", 628, E, P, UCC, NOW6 + " still looking after; headline", occ=0, geo=KENT),
            L("nearly twice", 2, ALM, RATIO, UCC + "_nts_threshold_ratio", "October 2026 (against its fair share under the national transfer scheme; headline)", geo=KENT),
            L("a fifth", 20, E, PCT, "unaccompanied_children_arrivals_change", "1 January to early October 2026 vs the same period of 2025 (arrivals on the coast rise by; standfirst)", geo=KENT),
            L("628", 628, E, P, UCC, NOW6, occ=1, geo=KENT),
            L("280", 280, E, P, "unaccompanied_children_in_care_above_nts_threshold", NOW6 + " more than it would be expected to look after", geo=KENT),
            L("348", 348, E, P, "unaccompanied_children_national_transfer_scheme_threshold", "October 2026 (0.1% of Kent's resident under-18s)", geo=KENT),
            L("1,904", 1904, E, P, "unaccompanied_children_arrivals", YTD6, geo=KENT),
            L("21%", 21, E, PCT, "unaccompanied_children_arrivals_change", "1 January to early October 2026 vs the same stretch of 2025 (up; Kent County Council)", geo=KENT),
            L("1,573", 1573, E, P, "unaccompanied_children_arrivals", YTD6P, geo=KENT),
            L("1,486", 1486, E, P, "unaccompanied_children_transferred", YTD6 + " moved on to other local authorities", geo=KENT),
            L("78%", 78, E, PCT, "unaccompanied_children_share_transferred", YTD6, geo=KENT),
            L("nine days", 9, E, DAYS, "unaccompanied_children_transfer_time_average", YTD6 + " on average, in a reception centre before transfer", geo=KENT),
            L("120", 120, E, P, "unaccompanied_children_reception_capacity", "October 2026 (beds between the reception centres; Kent County Council)", geo=KENT),
            L("142", 142, E, P, "unaccompanied_children_reception_centre_occupancy_peak", "one night in August 2026 (children staying in the reception centres)", geo=KENT),
            L("£143", 143, E, GBP, "home_office_funding_uasc_per_night", "per night, 2026 (government funding per child)"),
            L("£196", 196, E, GBP, "unaccompanied_children_care_cost_per_night", "per night, 2026 (the true cost, on average; Kent County Council)", geo=KENT),
            L("£53", 53, E, GBP, "unaccompanied_children_care_funding_gap_per_night", "per night, 2026 (a gap; Kent County Council)", geo=KENT),
            L("£12.1m", 12100000, E, GBP, "council_unaccompanied_children_cost_shortfall", "per year, 2026 (across a year; Kent County Council)", geo=KENT),
            L("1,377", 1377, E, P, "unaccompanied_children_care_leavers", NOW6 + " care leavers who first came as unaccompanied children", geo=KENT),
            L("£285", 285, E, GBP, "home_office_funding_care_leaver_per_week", "per week, 2026 (the government pays, per care leaver)"),
            L("Eleven", 11, E, P, "unaccompanied_children_missing_from_care", YTD6 + " gone missing from KCC's care so far this year", geo=KENT),
            L("Four", 4, E, P, "unaccompanied_children_missing_from_care_still_missing", NOW6 + " still missing", geo=KENT),
            L("96", 96, E, P, UCC, NOW6 + " placed in foster homes or supported lodgings in the borough", geo=ASH),
            L("4,120", 4120, E, P, "unaccompanied_children_transferred", YJ6 + " nationally"),
            L("6,310", 6310, E, P, "asylum_applications_unaccompanied_children", YJ6),
            L("almost two-thirds", 200 / 3, ALM, PCT, "unaccompanied_children_share_transferred", YJ6 + " were moved"),
            L("more than 20,000", 20000, MT, P, "unaccompanied_children_transferred", "since the scheme became mandatory (2022) to October 2026 (the Home Office's statement)"),
            L("a quarter", 25, E, PCT, "unaccompanied_children_share_waiting_over_1_year_for_asylum_interview", "October 2026 (teenagers it works with; Harbour Steps)", geo=ASH),
        ]),
    "07-the-heretick-population-projections-2050": dict(
        meta=dict(url="https://www.heretick.example/p/britain-in-2050-will-be-a-country-built-by-arrivals",
                  title="Britain in 2050 will be a country built by arrivals",
                  publisher="The Heretick", author="Edmund Fairweather-Okoro", published_date="2026-03-14"),
        labels=[
            L("76 million", 76000000, E, P, "population_projection", "mid-2050 (by mid-century; " + ONS + ", standfirst)"),
            L("69.3 million", 69300000, E, P, "population", "mid-2024 (ONS)"),
            L("72.9 million", 72900000, E, P, "population_projection", "mid-2034 (" + ONS + ")"),
            L("76.1 million", 76100000, E, P, "population_projection", "mid-2050 (" + ONS + ")"),
            L("6.8 million", 6800000, E, P, "population_growth_projection", "mid-2024 to mid-2050 (more people in 26 years; " + ONS + ")"),
            L("1.41", 1.41, E, CPW, "total_fertility_rate", "2024 (a low unmatched in the official series; ONS)", geo=EW),
            L("c. 595,000", 595000, AP, P, "births", "per year, around 2024 (babies born each year; ONS)", geo=EW),
            L("about 60,000", -60000, AP, P, "population_natural_change_projection", "per year, by 2050 (deaths to exceed births by; " + ONS + ")"),
            L("340,000", 340000, E, P, "net_migration_projection_assumption", "per year, from mid-2030 (settles at; " + ONS + ")"),
            L("135,000", 135000, E, P, "net_migration_projection_assumption_revision", "2024-based vs 2021-based projections (higher than the long-run assumption used three years ago)"),
            L("1.4 million", 1400000, E, P, "population_projection_revision", "mid-2050 (revised up since the previous set; " + ONS + ")"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (a record peak; ONS)"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the ONS's most recent figure)"),
            L("71.4 million", 71400000, E, P, "population_projection", "mid-2050 (lower migration variant; ONS)"),
            L("80.3 million", 80300000, E, P, "population_projection", "mid-2050 (higher migration variant; ONS)"),
            R("between 71 million and 80 million", 71000000, 80000000, P, "population_projection", "mid-2050 (the plausible range across the variants; " + EFO + ")"),
            L("about one in five", 20, AP, PCT, "population_share_aged_65_and_over", "2026 (today; over 65)"),
            L("one in four", 25, E, PCT, "population_share_aged_65_and_over_projection", "2050 (by mid-century; " + ONS + ")"),
            L("double", 2, E, RATIO, "population_aged_85_and_over_projection_ratio", "2050 vs now (projected to double; " + ONS + ")"),
            L("1.7m", 1700000, E, P, "population_aged_85_and_over", "2026 (now; ONS)"),
            L("3.4m", 3400000, E, P, "population_aged_85_and_over_projection", "2050 (" + ONS + ")"),
            L("3.3", 3.3, E, RATIO, "working_age_per_pensioner_ratio", "2026 (now; people of working age for each pensioner)"),
            L("2.7", 2.7, E, RATIO, "working_age_per_pensioner_projection_ratio", "2050 (the support ratio slides to; " + ONS + ")"),
            L("roughly 1.2m", 1200000, AP, P, "population_working_age_projection_change", "2026 to 2034 (larger in 2034 than now; " + ONS + ")"),
            L("5.6 million", 5600000, E, P, "population_projection", "early 2040s (projected peak; " + ONS + ")", geo=SCO),
            L("about 4%", 4, AP, PCT, "population_projection_change", "mid-2024 to mid-2050 (grows by 2050; " + ONS + ")", geo=WAL),
            L("just above 2 million", 2000000, MT, P, "population_projection", "late 2040s (the projected peak; " + ONS + ")", geo="Northern Ireland"),
            L("Nearly nine in ten", 90, ALM, PCT, "population_growth_projection_share_england", "mid-2024 to mid-2050 (of the extra people; " + ONS + ")", geo=ENG),
            L("about 453 million", 453000000, AP, P, "population_projection", "2026 (to top out this year; Eurostat)", geo=EU),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
