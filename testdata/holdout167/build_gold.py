#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-sixty-seventh hand-labelled hold-out set (holdout167).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, RSC)

UK, ENG, WAL, SCO, NI, FR, EU = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France", "EU"
INC, LAUNCH, P10K = "other:incidents", "other:launches", "other:persons_per_10000_residents"
VISITS, PEN, VIEWS, VAC, HH = "other:visits", "other:penalties", "other:views", "other:vacancies", "other:households"
TWO3 = 200 / 3

# 01 (Wednesday 29 July 2026; IOM count so far this year, Home Office data to Tuesday 28 July 2026)
IOM = "International Organization for Migration"
YTD1 = "1 January to 29 July 2026 (so far this year; " + IOM + ")"
HOD1 = "1 January to 28 July 2026 (between 1 January and 28 July; Home Office data)"
SBD, OCC = "small_boat_deaths", "small_boat_occupancy"
CGI = "coastguard_small_boat_incidents"
FRN = "the French navy's regional command in Cherbourg"

# 02 (Friday 29 May 2026; Home Office statistics for 31 March 2026 published Thursday 21 May 2026)
HO2 = "Home Office statistics published Thursday 21 May 2026"
M26 = "31 March 2026 (when March ended; " + HO2 + ")"
M25 = "31 March 2025 (twelve months earlier; " + HO2 + ")"
BOX2 = "31 March 2026 (HOW THE BOROUGHS COMPARE box; Home Office)"
GM = "Greater Manchester"
ADP = "asylum_dispersal_population"
ADR = ADP + "_per_10000_residents"
SBH = "Cllr Shazia Brennan-Hollis, Rochdale's cabinet member for housing"

# 03 (Saturday 14 February 2026; Home Office figures for 2025 published Thursday 12 February 2026)
HO3 = "Home Office figures published Thursday 12 February 2026"
Y25 = "January to December 2025 (last year; " + HO3 + ")"
Y24 = "January to December 2024 (" + HO3 + ")"
IWA, IWV = "illegal_working_arrests", "illegal_working_visits"
CPV, CPC = "illegal_working_civil_penalties_value", "illegal_working_civil_penalties_collected"
COLL = "civil penalties issued in 2025, collected by the end of January 2026"

# 04 (Tuesday 3 March 2026; Home Office statistics for 2025 published 26 February 2026)
HO4 = "Home Office statistics published 26 February 2026"
C25 = "January to December 2025 (last year; " + HO4 + ")"
CLAIM = "the claim (Desmond Yarrowby-Kwarteng MP, post on X, Sunday 1 March 2026)"
YM24 = "April 2023 to March 2024 (the year ending March 2024; cited by the MP's office)"
VCW = "visas_granted_care_worker"
VCWD = VCW + "_including_dependants"
VCWDEP = VCW + "_dependants"
CHART = "; chart of care worker visas granted to main applicants, 2025)"
INC_STAY = "care_workers_granted_permission_to_stay_in_country"
SFC = "April 2024 to March 2025 (2024/25; Skills for Care)"

# 05 (Thursday 26 November 2026; ONS estimates published that day)
ONS5 = "ONS estimates published Thursday 26 November 2026"
YJ26 = "July 2025 to June 2026 (the 12 months to June; " + ONS5 + ")"
YJ25 = "July 2024 to June 2025 (the year ending June 2025, revised; " + ONS5 + ")"
JEA = "Jonas Evershed-Akande, ONS"
IWD = "immigration_work_non_eu_including_dependants"

# 06 (Thursday 16 July 2026; ONS mid-2025 estimates published Wednesday 15 July 2026)
ONS6 = "ONS mid-2025 estimates published Wednesday 15 July 2026"
Y6 = "mid-2024 to mid-2025 (the year to mid-2025; " + ONS6 + ")"
MID6 = "30 June 2025 (mid-2025; " + ONS6 + ")"
PWS, CER = "Powys", "Ceredigion"
PNC = "population_natural_change"
EPN = "Dr Elin Prothero-Nakamura, Aberystwyth University"

# 07 (Saturday 29 August 2026; a column citing the Home Office's 2025/26 accounts and figures for 30 June 2026)
ACC = "Home Office annual accounts published July 2026"
FY7 = "April 2025 to March 2026 (2025/26; " + ACC + ")"
J26 = "30 June 2026 (the end of June; Home Office figures)"
HCN = "asylum_hotel_cost_per_person_night"
COL = "the columnist's arithmetic"

ARTICLES = {
    "01-skywatch-news-channel-deaths-rescues": dict(
        meta=dict(url="https://news.skywatch.example/story/channel-deaths-down-a-third-this-year-but-lifeboat-crews-warn-overcrowded-dinghies-leave-seconds-not-minutes-13398214",
                  title="Channel deaths down a third this year - but lifeboat crews warn overcrowded dinghies leave 'seconds, not minutes'",
                  publisher="Skywatch News", author="Hattie Quennell-Adeyemi", published_date="2026-07-29"),
        labels=[
            L("a third", -THIRD, E, PCT, SBD + "_change", "2026 so far vs the same point of 2025 (Channel deaths down; headline)", ctx="deaths down a third"),
            L("At least 27", 27, AL, P, SBD, "1 January to 29 July 2026 (lives lost on the route since January; standfirst)"),
            L("20%", 20, E, PCT, CGI + "_change", "January to July 2026 vs the same months of 2025 (call-outs climb; standfirst)", ctx="climb 20%"),
            L("at least 27", 27, AL, P, SBD, YTD1 + " on the Channel route"),
            L("a third", -THIRD, E, PCT, SBD + "_change", "2026 so far vs the end of July 2025 (down; " + IOM + ")", ctx="down a third on the 41"),
            L("41", 41, E, P, SBD, "1 January to end of July 2025 (counted by the end of July 2025; " + IOM + ")"),
            L("Five", 5, E, P, SBD + "_children", YTD1, ctx="Five of the dead"),
            L("almost one in five", 20, ALM, PCT, SBD + "_share_children", YTD1),
            L("at least four", 4, AL, P, "small_boat_missing", "9 June 2026 (a dinghy that left Gravelines, still missing; " + IOM + ")"),
            L("19,640", 19640, E, P, SBA, HOD1),
            L("318", 318, E, BOATS, SBC, HOD1),
            L("62", 62, E, PPB, OCC, HOD1 + " an average per boat", ctx="average of 62"),
            L("12%", -12, E, PCT, SBA + "_change", "1 January to 28 July 2026 vs the same point in 2025 (down; Home Office data)"),
            L("22,410", 22410, E, P, SBA, "1 January to 28 July 2025 (at this point in 2025; Home Office data)"),
            L("More than nine in ten", 90, MT, PCT, "small_boat_arrivals_share_picked_up_at_sea", HOD1),
            L("17,930", 17930, E, P, "small_boat_rescues", HOD1 + " picked up at sea by Border Force or lifeboat crews"),
            L("148", 148, E, INC, CGI, "1 January to July 2026 (since January; HM Coastguard)"),
            L("20%", 20, E, PCT, CGI + "_change", "January to July 2026 vs the same months of 2025 (up; HM Coastguard)", ctx="up 20% on 123"),
            L("123", 123, E, INC, CGI, "January to July 2025 (the same months of 2025; HM Coastguard)"),
            L("212", 212, E, LAUNCH, "rnli_lifeboat_launches", "1 January to July 2026 (this year, lifeboats at Dover, Walmer and Dungeness; RNLI)", geo="Kent"),
            L("31", 31, E, LAUNCH, "rnli_lifeboat_launches", "June 2026 (in June alone; Gareth Mundy-Oyelowo, Dover coxswain)", geo="Dover"),
            L("seven", 7, E, P, SBD, "9 June 2026 (the deadliest night this year, off Équihen-Plage)", ctx="when seven people", geo=FR),
            L("two", 2, E, P, SBD + "_children", "9 June 2026 (the deadliest night this year, off Équihen-Plage)", ctx="two of them children", geo=FR),
            L("about 70", 70, AP, PPB, OCC, "9 June 2026 (the dinghy that began to deflate off Équihen-Plage)", geo=FR),
            L("2,380", 2380, E, P, "small_boat_rescues_returned_to_france", "1 January to July 2026 (rescued and brought back to French ports; " + FRN + ")", geo=FR),
            L("nearly four times", 4, ALM, RATIO, "small_boat_rescues_returned_to_france_ratio", "2026 so far vs the equivalent period of 2024 (two years ago; " + FRN + ")", geo=FR),
            L("c. 600", 600, AP, P, "migrants_sleeping_rough_camps", "spring to July 2026 (since the spring; Opal Coast Night Watch)", geo="Loon-Plage"),
            L("more than 2,700", 2700, MT, P, "returns_france", "August 2025 to July 2026 (since the returns agreement began last August; a Home Office spokesperson)", geo=FR),
            L("Almost 20,000", 20000, ALM, P, SBA, "1 January to July 2026 (crossed this year; the shadow home secretary)"),
            L("12", 12, E, P, SBD, "January to December 2023 (IOM; chart line)", ctx="2023 - 12"),
            L("78", 78, E, P, SBD, "January to December 2024 (IOM; chart line)", ctx="2024 - 78"),
            L("62", 62, E, P, SBD, "January to December 2025 (IOM; chart line)", ctx="2025 - 62"),
            L("27", 27, E, P, SBD, "1 January to 29 July 2026 (2026 to date; IOM; chart line)", ctx="to date - 27"),
        ]),
    "02-manchester-waxwing-asylum-dispersal-boroughs": dict(
        meta=dict(url="https://www.manchesterwaxwing.example/news/greater-manchester-news/rochdale-five-times-asylum-seekers-trafford-31884207",
                  title="Rochdale takes in five times as many asylum seekers, relative to its population, as Trafford",
                  publisher="Manchester Waxwing", author="Declan Ashworth-Nyambura", published_date="2026-05-29"),
        labels=[
            L("five times", 5, E, RATIO, ADR + "_ratio", "31 March 2026 (Rochdale against Trafford, relative to population; headline)", occ=0, geo="Rochdale"),
            L("9%", 9, E, PCT, ADP + "_change", "31 March 2026 vs 31 March 2025 (rose in a year; standfirst)", occ=0, geo=GM),
            L("6,315", 6315, E, P, ADP, "31 March 2026 (in dispersal homes; standfirst)", occ=0, geo=GM),
            L("almost half", 50, ALM, PCT, ADP + "_share_three_boroughs", "31 March 2026 (in just three boroughs; standfirst)", occ=0, geo=GM),
            L("five times", 5, E, RATIO, ADR + "_ratio", "31 March 2026 (Rochdale against Trafford, for its size; " + HO2 + ")", occ=1, geo="Rochdale"),
            L("880", 880, E, P, ADP, M26, occ=0, geo="Rochdale"),
            L("39", 39, E, P10K, ADR, M26, ctx="- 39 for every", geo="Rochdale"),
            L("185", 185, E, P, ADP, M26, occ=0, geo="Trafford"),
            L("7.8", 7.8, E, P10K, ADR, M26, ctx="or 7.8 per", geo="Trafford"),
            L("6,315", 6315, E, P, ADP, M26 + " the city-region's ten boroughs", occ=1, geo=GM),
            L("9%", 9, E, PCT, ADP + "_change", "31 March 2026 vs 31 March 2025 (up; " + HO2 + ")", occ=1, geo=GM),
            L("5,790", 5790, E, P, ADP, M25, geo=GM),
            L("1,340", 1340, E, P, ADP, M26, geo="Manchester"),
            L("920", 920, E, P, ADP, M26, geo="Bolton"),
            L("almost half", 50, ALM, PCT, ADP + "_share_three_boroughs", M26 + " Manchester, Bolton and Rochdale", occ=1, geo=GM),
            L("about 5%", 5, AP, PCT, "population_share_of_england", "2026 (Greater Manchester's share of England's population)", geo=GM),
            L("around one in nine", 100 / 9, AP, PCT, ADP + "_share_of_england", M26, geo=GM),
            L("56,900", 56900, E, P, ADP, M26, geo=ENG),
            L("39", 39, E, P10K, ADR, BOX2, ctx="Rochdale 39", geo="Rochdale"),
            L("32", 32, E, P10K, ADR, BOX2, ctx="Oldham 32", geo="Oldham"),
            L("31", 31, E, P10K, ADR, BOX2, ctx="Bolton 31", geo="Bolton"),
            L("27", 27, E, P10K, ADR, BOX2, ctx="Salford 27", geo="Salford"),
            L("23", 23, E, P10K, ADR, BOX2, ctx="Manchester 23", geo="Manchester"),
            L("22", 22, E, P10K, ADR, BOX2, ctx="Tameside 22", geo="Tameside"),
            L("22", 22, E, P10K, ADR, BOX2, ctx="Bury 22", geo="Bury"),
            L("9.9", 9.9, E, P10K, ADR, BOX2, geo="Wigan"),
            L("7.8", 7.8, E, P10K, ADR, BOX2, ctx="Trafford 7.8", geo="Trafford"),
            L("6.4", 6.4, E, P10K, ADR, BOX2, geo="Stockport"),
            L("Some 1,180", 1180, AP, P, HOT, M26, geo=GM),
            L("nine", 9, E, HOTELS, "asylum_hotels_in_use", M26, ctx="in nine hotels", geo=GM),
            L("52%", -52, E, PCT, HOT + "_change", "31 March 2026 vs 31 March 2025 (down; " + HO2 + ")", geo=GM),
            L("2,460", 2460, E, P, HOT, "31 March 2025 (a year before; " + HO2 + ")", geo=GM),
            L("17", 17, E, HOTELS, "asylum_hotels_in_use", "31 March 2025 (a year before, when 17 were open; " + HO2 + ")", geo=GM),
            L("880", 880, E, P, ADP, "31 March 2026 (placed in Rochdale; " + SBH + ")", occ=1, geo="Rochdale"),
            L("185", 185, E, P, ADP, "31 March 2026 (in Trafford; " + SBH + ")", occ=1, geo="Trafford"),
            L("£1.9m", 1900000, E, GBP, "council_refugee_support_cost", "April 2025 to March 2026 (2025/26, supporting people once they got refugee status; " + SBH + ")", geo="Rochdale"),
            L("less than a third", THIRD, LT, PCT, "council_refugee_support_cost_share_reimbursed", "April 2025 to March 2026 (2025/26, came back from government; " + SBH + ")", geo="Rochdale"),
        ]),
    "03-the-clepsydra-illegal-working-raids-arrests-fines": dict(
        meta=dict(url="https://www.theclepsydra.example/article/illegal-working-arrests-up-by-half-as-raids-hit-takeaways-and-car-washes-x7kq2mvbd",
                  title="Illegal working arrests up by half as raids hit takeaways and car washes",
                  publisher="The Clepsydra", author="Oliver Castellan-Mbatha", published_date="2026-02-14"),
        labels=[
            L("half", 50, E, PCT, IWA + "_change", "2025 vs 2024 (up by half; headline)", ctx="up by half"),
            L("8,050", 8050, E, P, IWA, "January to December 2025 (last year; standfirst)", occ=0),
            L("just over a fifth", 20, MT, PCT, "illegal_working_civil_penalties_share_paid", COLL + " (standfirst)", occ=0),
            L("£187m", 187000000, E, GBP, CPV, "January to December 2025 (fines handed to employers; standfirst)"),
            L("8,050", 8050, E, P, IWA, Y25, occ=1),
            L("51 per cent", 51, E, PCT, IWA + "_change", "2025 vs 2024 (up; " + HO3 + ")"),
            L("11,200", 11200, E, VISITS, IWV, Y25),
            L("8,110", 8110, E, VISITS, IWV, Y24 + " the year before"),
            L("38 per cent", 38, E, PCT, IWV + "_change", "2025 vs 2024 (a rise of; " + HO3 + ")"),
            L("5,330", 5330, E, P, IWA, Y24),
            L("nearly 12,000", 12000, ALM, P, IWA, "5 July 2024 to February 2026 (since 5 July 2024, under the new government; " + HO3 + ")"),
            L("3,890", 3890, E, P, IWA + "_restaurants_takeaways", Y25),
            L("nearly half", 50, ALM, PCT, IWA + "_share_restaurants_takeaways", Y25),
            L("1,020", 1020, E, P, IWA + "_car_washes", Y25),
            L("760", 760, E, P, IWA + "_nail_bars_beauty_salons", Y25),
            L("1,214", 1214, E, P, IWA + "_delivery_riders", Y25 + " a record"),
            L("more than three times", 3, MT, RATIO, IWA + "_delivery_riders_ratio", "2025 vs 2024 (" + HO3 + ")"),
            L("380", 380, E, P, IWA + "_delivery_riders", Y24),
            L("About one in five", 20, AP, PCT, IWA + "_share_indian", Y25),
            L("1,640", 1640, E, P, IWA + "_indian", Y25),
            L("310", 310, E, P, IWA, Y25, geo=SCO),
            L("95", 95, E, P, IWA, Y25, geo=NI),
            L("3,120", 3120, E, PEN, "illegal_working_civil_penalties", Y25 + " civil penalty notices"),
            L("£187.4m", 187400000, E, GBP, CPV, Y25 + " combined value"),
            L("£41.2m", 41200000, E, GBP, CPC, COLL + " (only; " + HO3 + ")"),
            L("just over a fifth", 20, MT, PCT, "illegal_working_civil_penalties_share_paid", COLL + " (" + HO3 + ")", occ=1),
            L("£33.9m", 33900000, E, GBP, CPC, "April 2024 to March 2025 (the 2024/25 financial year, including older penalties)"),
            L("up to £60,000", 60000, AM, GBP, "illegal_working_civil_penalty_per_worker", "February 2026 (now, per illegal worker, repeat offenders)"),
            L("triple", 3, E, RATIO, "illegal_working_civil_penalty_per_worker_ratio", "now vs the previous maximum"),
            L("£20,000", 20000, E, GBP, "illegal_working_civil_penalty_per_worker", "before the current rules (the previous maximum)"),
            L("16 per cent", 16, E, PCT, "enforcement_officers_immigration_change", "July 2024 to February 2026 (since the election; the border security minister)"),
            L("1,960", 1960, E, P, "returns_illegal_working_arrestees", "arrested in 2025, removed by the end of January 2026 (" + HO3 + ")"),
            L("about a quarter", 25, AP, PCT, "returns_illegal_working_arrestees_share", "arrested in 2025, removed by the end of January 2026 (" + HO3 + ")"),
            L("Three-quarters", 75, E, PCT, "illegal_working_arrestees_share_still_in_uk", "arrested in 2025, still in the country (the shadow home secretary)"),
            R("between 700,000 and 1.1m", 700000, 1100000, P, "irregular_migrant_population_estimate", "2026 (living in the UK without legal status; Wexcombe Institute)"),
        ]),
    "04-reckonright-care-worker-visas-claim": dict(
        meta=dict(url="https://reckonright.example/immigration/care-worker-visas-150000-claim-incorrect",
                  title="No, 150,000 visas were not granted to care workers last year",
                  publisher="Reckonright", author="Kirsty Melling-Abara", published_date="2026-03-03"),
        labels=[
            L("150,000", 150000, E, P, VCW, "January to December 2025 (last year; " + CLAIM + "; headline)", occ=0),
            L("150,000", 150000, E, P, VCW, "January to December 2025 (last year; " + CLAIM + "; What was claimed box)", occ=1),
            L("7,940", 7940, E, P, VCW, C25 + " Our verdict box", occ=0),
            L("8,350", 8350, E, P, VCWD, C25 + " Our verdict box, including family members", occ=0),
            L("about 150,000", 150000, AP, P, VCWD, "April 2023 to March 2024 (the 12 months to March 2024; Our verdict box)"),
            L("150,000", 150000, E, P, VCW, "January to December 2025 (last year; " + CLAIM + ", in his words)", occ=3),
            L("more than 1.4 million", 1400000, MT, VIEWS, "social_media_post_views", "1 to 2 March 2026 (by Monday evening; the MP's post on X)"),
            L("7,940", 7940, E, P, VCW, C25 + " overseas applicants, care worker and senior care worker occupations", occ=1),
            L("71%", -71, E, PCT, VCW + "_change", "2025 vs 2024 (down; " + HO4 + ")"),
            L("27,400", 27400, E, P, VCW, "January to December 2024 (" + HO4 + ")"),
            L("about 19 times", 19, AP, RATIO, VCW + "_claimed_to_actual_ratio", "2025 (the figure in the claim against the real one)"),
            L("410", 410, E, P, VCWDEP, C25),
            L("8,350", 8350, E, P, VCWD, C25 + " taking the total to", occ=1),
            L("about a fifth", 20, AP, PCT, "visas_granted_health_care_worker_share_care_workers", C25 + " of main applicants"),
            L("38,400", 38400, E, P, "visas_granted_health_care_worker", C25 + " main applicants"),
            L("30,460", 30460, E, P, "visas_granted_health_care_worker_other_occupations", C25 + " the remaining main applicants"),
            L("3.6k", 3600, E, P, VCW, "January to March 2025 (Jan-Mar" + CHART),
            L("2.9k", 2900, E, P, VCW, "April to June 2025 (Apr-Jun" + CHART),
            L("0.9k", 900, E, P, VCW, "July to September 2025 (Jul-Sep" + CHART),
            L("0.5k", 500, E, P, VCW, "October to December 2025 (Oct-Dec" + CHART),
            L("18,700", 18700, E, P, INC_STAY, C25 + " already in the country"),
            L("64%", 64, E, PCT, INC_STAY + "_share_switching_sponsor", C25 + " 64% of these"),
            L("150,000", 150000, E, P, VCW, "January to December 2025 (" + CLAIM + "; cross-head)", occ=4),
            L("151,900", 151900, E, P, VCWD, YM24),
            L("70,300", 70300, E, P, VCW, YM24 + " care workers themselves"),
            L("81,600", 81600, E, P, VCWDEP, YM24 + " family members"),
            V("Hundreds of thousands", 200000, 900000, P, VCW, "2022 to March 2026 (since 2022; the MP's office)"),
            L("about 118,000", 118000, AP, VAC, "adult_social_care_vacancies", SFC, geo=ENG),
            L("7.0%", 7.0, E, PCT, "adult_social_care_vacancy_share", SFC, geo=ENG),
            L("150,000", 150000, E, P, VCW, "January to December 2025 (last year; " + CLAIM + "; conclusion)", occ=5),
        ]),
    "05-the-millwheel-ons-net-migration-revision-method": dict(
        meta=dict(url="https://www.themillwheel.example/uk-news/2026/nov/26/net-migration-falls-187000-ons-former-students-revision",
                  title="Net migration falls to 187,000 as ONS finds former students it thought had left",
                  publisher="The Millwheel", author="Rosalind Achterberg-Mbeki", published_date="2026-11-26"),
        labels=[
            L("187,000", 187000, E, P, NM, YJ26 + " headline", occ=0),
            L("67,000", 67000, E, P, "net_migration_revision", "July 2024 to June 2025 (the year to June 2025, revised up by; standfirst)", occ=0),
            L("187,000", 187000, E, P, NM, YJ26, occ=1),
            L("67,000", 67000, E, P, "net_migration_revision", "July 2024 to June 2025 (undercounted the year before by; " + ONS5 + ")", occ=1),
            L("816,000", 816000, E, P, "immigration", YJ26 + " long-term migrants arrived"),
            L("629,000", 629000, E, P, "emigration", YJ26 + " departed"),
            L("271,000", 271000, E, P, NM, YJ25),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (as first published, a year earlier; ONS)"),
            L("31%", -31, E, PCT, NM + "_change", "year to June 2026 vs year to June 2025 (fallen in a year; " + ONS5 + ")"),
            L("less than a fifth", 20, LT, PCT, "net_migration_share_of_peak", "year to June 2026 against the peak in the year to March 2023"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (the year to March 2023, its peak; ONS)"),
            L("81,000", -81000, E, P, "emigration_non_eu_revision", YJ25 + " revised down by"),
            L("14,000", 14000, E, P, "emigration_british_revision", YJ25 + " higher than before"),
            L("Around 60,000", 60000, AP, P, "net_migration_former_students_revision", "July 2024 to June 2025 (graduates who stayed on, not picked up by the old method; " + JEA + ")"),
            L("292,000", 292000, E, P, "net_migration_non_eu", YJ26),
            L("44,000", -44000, E, P, "net_migration_eu", YJ26 + " net leavers, more departing than arriving"),
            L("61,000", -61000, E, P, "net_migration_british_nationals", YJ26 + " more left than returned"),
            L("171,000", 171000, E, P, IWD, YJ26 + " coming to work, with their dependants"),
            L("39%", -39, E, PCT, IWD + "_change", "year to June 2026 vs the year before (down; " + ONS5 + ")"),
            L("about one in seven", 100 / 7, AP, PCT, "immigration_share_humanitarian", YJ26),
            L("116,000", 116000, E, P, "immigration_humanitarian", YJ26 + " including asylum seekers"),
            R("between 148,000 and 226,000", 148000, 226000, P, NM, YJ26 + " 95% confidence interval"),
            L("757,000", -757000, E, P, NM + "_change", "year to June 2026 vs the peak (lower than at its peak; the home secretary)"),
            L("more than 500", 500, MT, P, NM, "per day, year to June 2026 (on these numbers; the shadow home secretary)"),
            L("about 90,000", 90000, AP, P, "net_migration_average_revision", "the last five first estimates of annual net migration (revised upwards by an average of; Priya Haldane-Oke, Fenwick Migration Unit)"),
        ]),
    "06-radnor-redkite-rural-wales-births-deaths-migration": dict(
        meta=dict(url="https://www.radnorredkite.example/news/powys/deaths-outnumber-births-powys-12th-year-newcomers-keep-county-growing-1127493",
                  title="Deaths outnumber births in Powys for 12th year running as newcomers keep county growing",
                  publisher="Radnor Redkite", author="Cerys Vaughan-Idowu", published_date="2026-07-16"),
        labels=[
            L("0.4%", 0.4, E, PCT, "population_change", "mid-2024 to mid-2025 (last year; standfirst)", occ=0, geo=PWS),
            L("134,300", 134300, E, P, "population", "30 June 2025 (mid-2025; standfirst)", occ=0, geo=PWS),
            L("1,260", 1260, E, P, NM, "mid-2024 to mid-2025 (more people moved in than moved out; standfirst)", geo=PWS),
            L("960", 960, E, P, "births", Y6, geo=PWS),
            L("1,690", 1690, E, P, "deaths", Y6, geo=PWS),
            L("nearly 1.8", 1.8, ALM, RATIO, "deaths_to_births_ratio", Y6 + " deaths for every birth", geo=PWS),
            L("730", -730, E, P, PNC, Y6 + " a natural decrease", geo=PWS),
            L("910", 910, E, P, "net_migration_rest_of_uk", Y6 + " a net from elsewhere in the UK", geo=PWS),
            L("350", 350, E, P, "net_migration_international", Y6 + " from overseas", geo=PWS),
            L("530", 530, E, P, "population_growth", Y6, geo=PWS),
            L("0.4%", 0.4, E, PCT, "population_change", Y6, occ=1, geo=PWS),
            L("134,300", 134300, E, P, "population", MID6, occ=1, geo=PWS),
            L("0.3%", -0.3, E, PCT, "population_change", Y6 + " fell", geo=CER),
            L("72,900", 72900, E, P, "population", MID6, geo=CER),
            L("390", -390, E, P, PNC, Y6 + " deaths exceeded births", geo=CER),
            L("180", 180, E, P, NM, Y6 + " migration added only", geo=CER),
            L("0.6%", 0.6, E, PCT, "population_change", Y6, geo=WAL),
            L("3,214,600", 3214600, E, P, "population", MID6, geo=WAL),
            L("28,100", 28100, E, P, "births", Y6, geo=WAL),
            L("35,600", 35600, E, P, "deaths", Y6, geo=WAL),
            L("7,500", -7500, E, P, PNC, Y6 + " a natural decrease", geo=WAL),
            L("26,700", 26700, E, P, NM, Y6 + " migration added a net", geo=WAL),
            L("18,900", 18900, E, P, "net_migration_international", Y6 + " from overseas", geo=WAL),
            L("7,800", 7800, E, P, "net_migration_rest_of_uk", Y6 + " from the rest of the UK", geo=WAL),
            L("0.8%", 0.8, E, PCT, "population_change", Y6, geo=EW),
            L("62.1m", 62100000, E, P, "population", MID6, geo=EW),
            L("51.3 years", 51.3, E, YEARS, "population_median_age", MID6, geo=PWS),
            L("43.1", 43.1, E, YEARS, "population_median_age", MID6, geo=WAL),
            L("nearly three in ten", 30, ALM, PCT, "population_share_aged_65_and_over", MID6, geo=PWS),
            L("29.4%", 29.4, E, PCT, "population_share_aged_65_and_over", MID6, geo=PWS),
            L("11%", -11, E, PCT, "population_aged_16_to_64_projection_change", "mid-2025 to 2043 (will fall by 2043; Welsh Government projections)", geo=PWS),
            L("1,400", -1400, E, P, "primary_school_pupils_change", "about 2016 to 2026 (fewer than ten years ago; Cllr Gwenllian Meredith-Sowande, Powys County Council)", geo=PWS),
            L("74", 74, E, P, "international_nurses_recruited", "January to December 2025 (Powys Teaching Health Board)", geo=PWS),
            L("doubled", 2, E, RATIO, "international_nurses_recruited_ratio", "2025 vs 2023 (its overseas intake has doubled since 2023; Powys Teaching Health Board)", geo=PWS),
            L("about 6,800", -6800, AP, P, PNC, "mid-2015 to mid-2025 (would have lost over the past decade, deaths exceeding births; " + EPN + ")", geo=PWS),
            L("Roughly two-thirds", TWO3, AP, PCT, "internal_migrants_share_aged_over_45", "2026 (those coming from the rest of the UK; " + EPN + ")", geo=PWS),
        ]),
    "07-the-pillory-asylum-hotels-cost-taxpayers": dict(
        meta=dict(url="https://www.thepillory.example/article/the-most-expensive-hotel-chain-in-britain",
                  title="The most expensive hotel chain in Britain",
                  publisher="The Pillory", author="Jasper Wintringham-Oduya", published_date="2026-08-29"),
        labels=[
            L("£145", 145, E, GBP, HCN, "per night, 2026 (standfirst)", occ=0),
            L("£5.07bn", 5070000000, E, GBP, AC, FY7 + " a record, asylum support"),
            L("11 per cent", 11, E, PCT, AC + "_change", "2025/26 vs 2024/25 (up; " + ACC + ")"),
            L("£4.57bn", 4570000000, E, GBP, AC, "April 2024 to March 2025 (the year before; " + ACC + ")"),
            L("£2.9bn", 2900000000, E, GBP, "asylum_cost_hotels", FY7),
            L("57 per cent", 57, E, PCT, "asylum_cost_share_hotels", FY7),
            L("27,400", 27400, E, P, HOT, J26, occ=0),
            L("£145", 145, E, GBP, HCN, "per night, 2026 (per person per night; the department's own figures)", occ=1),
            L("£24", 24, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, 2026 (ordinary dispersal housing; the department's own figures)"),
            L("six times", 6, E, RATIO, HCN + "_ratio", "2026 (a hotel bed against a room in a shared house)"),
            L("nearly £4m", 4000000, ALM, GBP, "asylum_cost_hotels", "per day, 2026 (" + COL + ")"),
            L("about £53,000", 53000, AP, GBP, "asylum_hotel_cost_per_person_year", "per year, 2026 (for each resident; " + COL + ")"),
            L("£39,100", 39100, E, GBP, "median_full_time_salary", "per year, 2026"),
            L("28.6m", 28600000, E, HH, "households", "2026 (Britain's households)"),
            L("a little over £100", 100, MT, GBP, "asylum_cost_hotels_per_household", "April 2025 to March 2026 (the hotel bill alone, each household; " + COL + ")"),
            L("one in five", 20, E, PCT, "asylum_hotel_population_share_stayed_over_a_year", "2026 (by the Home Office's own admission)"),
            L("about 400", 400, AP, HOTELS, "asylum_hotels_in_use", "summer 2023"),
            L("198", 198, E, HOTELS, "asylum_hotels_in_use", "August 2026 (now)"),
            L("62,100", 62100, E, P, "asylum_backlog", J26 + " claims yet to receive an initial ruling"),
            L("a third", -THIRD, E, PCT, "asylum_backlog_change", "30 June 2026 vs 30 June 2025 (lower than a year earlier)"),
            L("tripled", 3, E, RATIO, "asylum_appeals_pending_ratio", "2026 vs 2024 (in two years)"),
            L("51,300", 51300, E, P, "asylum_appeals_pending", "2026 (now, waiting for an appeal)"),
            L("17,000", 17000, E, P, "asylum_appeals_pending", "2024 (two years earlier)"),
            L("27,400", 27400, E, P, HOT, J26 + " all hotel residents, if moved (the columnist)", occ=1),
            L("about £1.2bn", 1200000000, AP, GBP, "asylum_hotel_exit_saving", "per year (if all hotel residents were moved into dispersal housing; " + COL + ")"),
            L("some £700m", 700000000, AP, GBP, RSC, "2022 to 2024 (the last government's Rwanda scheme)", geo="Rwanda"),
            L("four", 4, E, P, "rwanda_relocations", "2022 to 2024 (volunteers flown to Kigali)", ctx="four volunteers", geo="Rwanda"),
            L("a fifth", -20, E, PCT, "asylum_applications_change", "2025 vs 2024 (first-time claims dropped by; last year)", geo=EU),
            L("about 760,000", 760000, AP, P, "asylum_applications", "January to December 2025 (first-time claims, last year)", geo=EU),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
