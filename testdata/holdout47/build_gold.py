#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the forty-seventh hand-labelled hold-out set (holdout47).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, PPB, HOTELS, YEARS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, PTR, RSC)

IMM, EMI, RET, APPS, BL = "immigration", "emigration", "returns", "asylum_applications", "asylum_backlog"
SUPPORT, HIU, OCC = "asylum_support_population", "asylum_hotels_in_use", "small_boat_occupancy"
DISP, GRANT_SH = "asylum_dispersal_population", "asylum_grants_share_initial_decisions"
SHARE_SB, LEGAL = "returns_share_of_small_boat_arrivals", "uk_france_legal_route_arrivals"
SKILLED, HCW = "visas_granted_skilled_worker", "visas_granted_health_care_worker"
NMI, POPCH, NATCH = "net_migration_international", "population_change", "population_natural_change"
RREL = "rwanda_relocations"
PINTS, HOMES = "other:pints", "other:homes"
FR, EW, WA, YH = "France", "England and Wales", "Wales", "Yorkshire and the Humber"
HULL, NY = "Kingston upon Hull", "North Yorkshire"

# periods
WEEK = "Monday 27 July to Sunday 2 August 2026 (the past seven days)"
SAT, SUN = "Saturday 1 August 2026", "Sunday 2 August 2026 (yesterday)"
YTD26, YTD25 = "1 January to Sunday 2 August 2026 (so far this year)", "1 January to 2 August 2025 (the same point last year)"
ELECTION = "5 July 2024 (Labour took office) to "
PILOT = "18 September 2025 (first return) to "
YJ26, YJ25, YJ24 = "year ending June 2026", "year ending June 2025", "year ending June 2024"
EJ26, EJ25, EJ24 = "end of June 2026 (30 June 2026)", "end of June 2025 (30 June 2025)", "end of June 2024 (30 June 2024)"
H126, H125 = "January to June 2026", "January to June 2025"
HO_AUG = " (Home Office statistics published Thursday 27 August 2026)"
Y25, Y24 = "2025 (calendar year)", "2024 (calendar year)"
PEAK23 = "September 2023 (the peak)"
DEBATE = ", TV debate Thursday 8 October 2026)"
CLAIM_SHS = " (claim; the Shadow Home Secretary" + DEBATE
CLAIM_MIN = " (claim; the Border Security Minister" + DEBATE
CLAIM_REF = " (claim; Reform UK's home affairs spokesperson" + DEBATE
ONS_MAY = " (ONS provisional estimate published Thursday 21 May 2026)"
MEDP = "April 2022 to July 2024"
FY26 = "2025/26 financial year"
MID25 = "mid-2025 (30 June 2025)"
YM25, YM24 = "year to mid-2025 (1 July 2024 to 30 June 2025)", "year to mid-2024 (1 July 2023 to 30 June 2024)"
T1 = " (Table 1)"
TBL = " (table of selected council areas)"

ARTICLES = {
    "01-larkspur-24-channel-crossings-week-nearly-3000": dict(
        meta=dict(url="https://news.larkspur24.example/story/nearly-3000-migrants-cross-channel-in-a-week-as-french-coastguard-warns-of-overloaded-boats-13419276",
                  title="Nearly 3,000 migrants cross Channel in a week as French coastguard warns of 'dangerously overloaded' boats",
                  publisher="Larkspur 24", author="Tamsin Oyelaran-Hurst, Luc Ferrandez-Boyle", published_date="2026-08-03"),
        labels=[
            L("Nearly 3,000", 3000, ALM, P, SBA, WEEK + " (in a week; headline)"),
            L("903", 903, E, P, SBA, SAT + " (standfirst)", occ=0),
            L("14", 14, E, BOATS, SBC, SAT + " (standfirst)", ctx="arrive in 14 boats"),
            # Key points
            L("2,919", 2919, E, P, SBA, WEEK + " (Monday to Sunday; key points)", occ=0),
            L("47", 47, E, BOATS, SBC, WEEK + " (key points)", ctx="crossed in 47 boats"),
            L("903", 903, E, P, SBA, SAT + " (Saturday alone; the most on any day since 14 June; key points)", occ=1),
            L("24,620", 24620, E, P, SBA, YTD26 + " (key points)", occ=0),
            L("about 6%", -6, AP, PCT, SBA + "_change", YTD26 + " vs " + YTD25 + " (below; key points)", occ=0),
            # 09:40
            L("761", 761, E, P, SBA, SUN + " (brought ashore; Home Office count)", occ=0),
            L("12", 12, E, BOATS, SBC, SUN, ctx="ashore in 12 boats"),
            L("2,919", 2919, E, P, SBA, WEEK, occ=1),
            L("47", 47, E, BOATS, SBC, WEEK, ctx="2,919 in 47 boats"),
            L("about 62", 62, AP, PPB, OCC, WEEK + " (people in each boat)"),
            # the daily tally
            L("0", 0, E, P, SBA, "Monday 27 July 2026 (daily tally)", ctx="Monday 27 July: 0"),
            L("412", 412, E, P, SBA, "Tuesday 28 July 2026 (daily tally)"),
            L("688", 688, E, P, SBA, "Wednesday 29 July 2026 (daily tally)"),
            L("155", 155, E, P, SBA, "Thursday 30 July 2026 (daily tally)"),
            L("0", 0, E, P, SBA, "Friday 31 July 2026 (daily tally)", ctx="Friday 31 July: 0"),
            L("903", 903, E, P, SBA, SAT + " (daily tally)", occ=2),
            L("761", 761, E, P, SBA, "Sunday 2 August 2026 (daily tally)", occ=1),
            # French coastguard
            L("126", 126, E, P, "small_boat_rescues", "Saturday 1 to Sunday 2 August 2026 (over the weekend; off Gravelines, Wimereux and Berck; préfecture maritime spokeswoman)", geo=FR),
            L("more than 70", 70, MT, PPB, OCC, "August 2026 (now; people the smugglers put into one boat; préfecture maritime spokeswoman)", geo=FR),
            L("20", 20, E, PPB, "small_boat_design_capacity", "August 2026 (a boat designed for; préfecture maritime spokeswoman)", ctx="designed for 20", geo=FR),
            L("more than 600", 600, MT, BOATS, "small_boats_seized", "1 January to August 2026 (seized across the EU this year before reaching the coast; préfecture maritime spokeswoman)", geo="EU"),
            L("19", 19, E, BOATS, "small_boat_launches_prevented", WEEK + " (French police and gendarmes; préfecture maritime spokeswoman)", ctx="prevented 19 boats", geo=FR),
            L("about 1,040", 1040, AP, P, "small_boat_launch_attempts_stopped_people", WEEK + " (stopped from leaving; préfecture maritime spokeswoman)", geo=FR),
            L("at least 21", 21, AL, P, "small_boat_deaths", "1 January to 1 August 2026 (since January; French coastguard)"),
            # 08:30
            L("903", 903, E, P, SBA, SAT + " (Saturday's arrivals)", occ=3),
            L("14", 14, E, BOATS, SBC, SAT, ctx="spread across 14 boats"),
            L("almost 65", 65, ALM, PPB, OCC, SAT + " (to a boat on average)"),
            L("1,097", 1097, E, P, SBA, "Sunday 14 June 2026 (the only day this year to beat Saturday)"),
            L("5,201", 5201, E, P, SBA, "July 2026"),
            L("5,290", 5290, E, P, SBA, "June 2026"),
            L("24,620", 24620, E, P, SBA, YTD26 + " (by Sunday night, since 1 January)", occ=1),
            L("26,180", 26180, E, P, SBA, YTD25),
            L("about 6%", -6, AP, PCT, SBA + "_change", YTD26 + " vs " + YTD25 + " (running lower)", occ=1),
            # politicians
            L("Almost 90,000", 90000, ALM, P, SBA, ELECTION + "2 August 2026 (since Labour took office; the Shadow Home Secretary)"),
            L("more than 1,400", 1400, MT, P, RET, PILOT + "August 2026 (sent back under the one-in, one-out agreement; Home Office spokesperson)", geo=FR),
            L("almost 200", 200, ALM, P, RET, "1 July to 2 August 2026 (since July; Home Office spokesperson)", geo=FR),
        ]),
    "02-broad-acres-chronicle-yorkshire-asylum-dispersal-councils": dict(
        meta=dict(url="https://www.broadacreschronicle.example/news/politics/yorkshire-asylum-housing-up-12-hull-leader-same-streets-keep-saying-yes-4471902",
                  title="Yorkshire asylum housing up 12% as Hull leader says 'the same streets keep saying yes'",
                  publisher="Broad Acres Chronicle", author="Niamh Scarborough-Adebayo", published_date="2026-08-28"),
        labels=[
            L("12%", 12, E, PCT, DISP + "_change", EJ26 + " vs " + EJ25 + " (asylum housing; headline)", geo=YH),
            L("quadrupled", 4, E, RATIO, DISP + "_ratio", EJ26 + " vs " + EJ25 + " (in a year; standfirst)", occ=0, geo=NY),
            L("10,450", 10450, E, P, DISP, EJ26 + " (asylum seekers housed in Yorkshire's towns and cities)" + HO_AUG, occ=0, geo=YH),
            L("12 per cent", 12, E, PCT, DISP + "_change", EJ26 + " vs " + EJ25 + " (more than a year ago)", geo=YH),
            L("about one in seven", 100 / 7, AP, PCT, "asylum_dispersal_population_share_yorkshire_and_the_humber", EJ26 + " (of everyone in dispersed accommodation across the UK)"),
            L("74,200", 74200, E, P, DISP, EJ26 + " (across the UK; Home Office)"),
            L("1,240", 1240, E, P, HOT, EJ26 + " (when June ended)", geo=YH),
            L("nine", 9, E, HOTELS, HIU, EJ26, ctx="in nine hotels", geo=YH),
            L("2,310", 2310, E, P, HOT, EJ25 + " (twelve months before)", geo=YH),
            L("17", 17, E, HOTELS, HIU, EJ25 + " (twelve months before)", ctx="in 17 hotels", geo=YH),
            L("more than seven in ten", 70, MT, PCT, "asylum_dispersal_population_share_six_urban_councils", EJ26 + " (Leeds, Bradford, Sheffield, Hull, Kirklees and Wakefield together)", geo=YH),
            # table
            L("1,515", 1515, E, P, DISP, EJ25 + TBL, geo="Leeds"),
            L("1,720", 1720, E, P, DISP, EJ26 + TBL, geo="Leeds"),
            L("1,360", 1360, E, P, DISP, EJ25 + TBL, geo="Bradford"),
            L("1,540", 1540, E, P, DISP, EJ26 + TBL, geo="Bradford"),
            L("1,095", 1095, E, P, DISP, EJ25 + TBL, geo=HULL),
            L("1,180", 1180, E, P, DISP, EJ26 + TBL, geo=HULL),
            L("455", 455, E, P, DISP, EJ25 + TBL, geo="Wakefield"),
            L("610", 610, E, P, DISP, EJ26 + TBL, geo="Wakefield"),
            L("35", 35, E, P, DISP, EJ25 + TBL, ctx="North Yorkshire | 35 | 150", geo=NY),
            L("150", 150, E, P, DISP, EJ26 + TBL, ctx="North Yorkshire | 35 | 150", geo=NY),
            L("9,320", 9320, E, P, DISP, EJ25 + TBL, geo=YH),
            L("10,450", 10450, E, P, DISP, EJ26 + TBL, occ=1, geo=YH),
            # rates
            L("Roughly one in every 230", 100 / 230, AP, PCT, "asylum_dispersal_population_share_of_residents", EJ26 + " (people in the city now)", geo=HULL),
            L("about one in 4,000", 100 / 4000, AP, PCT, "asylum_dispersal_population_share_of_residents", EJ26, geo=NY),
            L("18 times", 18, E, RATIO, "asylum_dispersal_population_share_of_residents_ratio", EJ26 + " (Hull's rate vs North Yorkshire's, a rate 18 times lower)", geo=HULL),
            L("a third", THIRD, E, PCT, DISP + "_change", EJ26 + " vs " + EJ25 + " (total climbing by; the sharpest rise among the larger areas)", geo="Wakefield"),
            # council leader
            V("hundreds", 200, 900, P, "school_admissions_midyear_asylum_children", "recent years (children taken in partway through the school year by primary schools in west Hull; leader of Hull City Council)", geo=HULL),
            L("£750", 750, E, GBP, "council_asylum_grant", "per person placed (Home Office funding to the council; leader of Hull City Council)", geo=HULL),
            L("less than half", 0.5, LT, RATIO, "asylum_dispersal_population_fair_share_ratio", EJ26 + " (Hull's number if every council took people in proportion to its population, vs now; leader of Hull City Council)", geo=HULL),
            # North Yorkshire
            L("more than quadrupled", 4, MT, RATIO, DISP + "_ratio", EJ26 + " vs " + EJ25, geo=NY),
            L("35", 35, E, P, DISP, EJ25 + " (from)", ctx="from 35 to 150", geo=NY),
            L("150", 150, E, P, DISP, EJ26 + " (to)", ctx="from 35 to 150", geo=NY),
            L("up to 400", 400, AM, P, "asylum_dispersal_target", "by March 2027 (agreed by the county council under the Home Office's plan to spread asylum housing)", geo=NY),
            L("Fewer than 40", 40, LT, P, DISP, EJ26 + " (live in Harrogate and Ryedale combined; the Chronicle understands)", geo="Harrogate and Ryedale"),
        ]),
    "03-truthwright-tv-debate-net-migration-hotels-returns-checked": dict(
        meta=dict(url="https://truthwright.example/fact-checks/immigration/tv-debate-net-migration-asylum-hotels-returns-claims-checked/",
                  title="Net migration, asylum hotels and returns: three claims from Thursday's TV debate, checked",
                  publisher="Truthwright", author="Priya Oduwole-Stannard", published_date="2026-10-09"),
        labels=[
            # claims and verdicts
            L("more than 300,000", 300000, MT, P, NM, "per year, now (still running at)" + CLAIM_SHS, occ=0),
            L("171,000", 171000, E, P, NM, Y25 + " (the latest official estimate; verdict)", occ=0),
            L("more than 300,000", 300000, MT, P, NM, Y24 + " (verdict)", occ=1),
            L("halved", -50, E, PCT, HOT + "_change", ELECTION + "now (people in asylum hotels)" + CLAIM_MIN, ctx='"We have halved the number'),
            L("more than halved", -50, MT, PCT, HOT + "_change", PEAK23 + " to " + EJ26 + " (since its 2023 peak; verdict)"),
            L("about a third", -THIRD, AP, PCT, HOT + "_change", EJ24 + " to " + EJ26 + " (since the government took office; verdict)"),
            L("one in 20", 5, E, PCT, SHARE_SB, "ever (people who come on small boats sent back)" + CLAIM_REF, occ=0),
            L("about one in six", 100 / 6, AP, PCT, SHARE_SB, YJ26 + " (Home Office figures put the proportion at; verdict)", occ=0),
            # Net migration
            L("more than 300,000", 300000, MT, P, NM, "per year, now (still running at)" + CLAIM_SHS, occ=2),
            L("171,000", 171000, E, P, NM, Y25 + ONS_MAY, occ=1),
            R("between 121,000 and 221,000", 121000, 221000, P, NM, Y25 + " (where the true figure probably lies; ONS)"),
            L("358,000", 358000, E, P, NM, Y24 + " (the estimate for 2024)"),
            L("649,000", 649000, E, P, NM, YJ24),
            # Asylum hotels
            L("halved", -50, E, PCT, HOT + "_change", ELECTION + "now (people in asylum hotels)" + CLAIM_MIN, ctx='had "halved the number'),
            L("18,940", 18940, E, P, HOT, EJ26 + " (the latest published figures)"),
            L("29,585", 29585, E, P, HOT, EJ24 + " (a few days before the general election)"),
            L("36%", -36, E, PCT, HOT + "_change", EJ24 + " to " + EJ26 + " (a fall of)"),
            L("a little over a third", -THIRD, MT, PCT, HOT + "_change", EJ24 + " to " + EJ26 + " (a fall of)"),
            L("more than 56,000", 56000, MT, P, HOT, PEAK23 + " (the high point)"),
            L("two-thirds", -200 / 3, E, PCT, HOT + "_change", PEAK23 + " to " + EJ26 + " (has since come down by)"),
            L("143", 143, E, HOTELS, HIU, EJ26 + " (by late June)"),
            L("more than 400", 400, MT, HOTELS, HIU, "2023 (at the peak)"),
            L("halving", -50, E, PCT, HOT + "_change", EJ24 + " to " + EJ26 + " (the June 2024 figures do not support a halving; Truthwright)"),
            # Returns
            L("one in 20", 5, E, PCT, SHARE_SB, "ever (people who come on small boats sent back)" + CLAIM_REF, occ=1),
            L("6,420", 6420, E, P, RET, YJ26 + " (small-boat arrivals removed from the UK or who left voluntarily; the 12 months to June 2026)"),
            L("39,245", 39245, E, P, SBA, YJ26 + " (crossed in that period)"),
            L("about one in six", 100 / 6, AP, PCT, SHARE_SB, YJ26 + " (that is)", occ=1),
            L("one in 20", 5, E, PCT, SHARE_SB, "ever (the claim: nothing in the data points to a rate as low as)", occ=2),
            L("1,210", 1210, E, P, RET, PILOT + "30 June 2026 (sent back under the pilot agreement; by the end of June)", geo=FR),
        ]),
    "04-migration-statistics-directorate-summary-ye-june-2026": dict(
        meta=dict(url="https://www.gov.example/government/statistics/immigration-system-statistics-year-ending-june-2026/summary-of-latest-statistics",
                  title="Immigration system statistics, year ending June 2026: summary of latest statistics",
                  publisher="Migration Statistics Directorate (GOV.UK)", author=None, published_date="2026-08-27",
                  license="Open Government Licence v3.0"),
        labels=[
            # 1. Small boats
            L("39,245", 39245, E, P, SBA, YJ26 + " (detected arriving on small boats)"),
            L("9%", -9, E, PCT, SBA + "_change", YJ26 + " vs " + YJ25 + " (fewer)", occ=0),
            L("43,309", 43309, E, P, SBA, YJ25),
            L("61", 61, E, PPB, OCC, YJ26 + " (average number of people per boat)"),
            L("53", 53, E, PPB, OCC, YJ24),
            L("17,755", 17755, E, P, SBA, H126),
            L("11%", -11, E, PCT, SBA + "_change", H126 + " vs " + H125 + " (fewer than in the first six months of 2025)", occ=0),
            L("19,982", 19982, E, P, SBA, H125 + " (the first six months of 2025)"),
            # 2. Asylum
            L("98,410", 98410, E, P, APPS, YJ26 + " (main applicants)"),
            L("11%", -11, E, PCT, APPS + "_change", YJ26 + " vs " + YJ25 + " (fewer than the previous year)", occ=1),
            L("111,084", 111084, E, P, APPS, YJ25 + " (the previous year)"),
            L("38%", 38, E, PCT, "asylum_applications_share_small_boat", YJ26 + " (claims from small boat arrivals)"),
            L("132,600", 132600, E, P, "asylum_initial_decisions", YJ26),
            L("41%", 41, E, PCT, GRANT_SH, YJ26 + " (grants at initial decision)", occ=0),
            L("54,370", 54370, E, P, "asylum_grants", YJ26 + " (grants at initial decision)"),
            L("47%", 47, E, PCT, GRANT_SH, YJ25),
            L("52,790", 52790, E, P, BL, EJ26 + " (claims awaiting an initial decision, main applicants; when June 2026 ended)"),
            L("42%", -42, E, PCT, BL + "_change", EJ26 + " vs " + EJ25 + " (fewer than a year before)"),
            L("91,460", 91460, E, P, BL, EJ25 + " (a year before)"),
            L("103,640", 103640, E, P, SUPPORT, EJ26 + " (receiving asylum support)"),
            L("74,200", 74200, E, P, DISP, EJ26 + " (in dispersal accommodation)"),
            L("18,940", 18940, E, P, HOT, EJ26),
            L("41%", -41, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (lower)", occ=1),
            L("32,059", 32059, E, P, HOT, EJ25),
            L("143", 143, E, HOTELS, HIU, EJ26 + " (hotels in use)"),
            # 3. Returns
            L("38,900", 38900, E, P, RET, YJ26 + " (returns from the UK)"),
            L("9%", 9, E, PCT, RET + "_change", YJ26 + " vs " + YJ25 + " (more than in the previous year)", occ=1),
            L("9,410", 9410, E, P, RET, YJ26 + " (enforced returns)"),
            L("26,030", 26030, E, P, RET, YJ26 + " (voluntary returns)"),
            L("3,460", 3460, E, P, RET, YJ26 + " (people refused entry at port who then departed)"),
            L("6,420", 6420, E, P, RET, YJ26 + " (people returned who had first come to the UK on a small boat)"),
            L("1,210", 1210, E, P, RET, PILOT + "30 June 2026 (sent to France under the UK-France agreement)", geo=FR),
            L("1,005", 1005, E, P, LEGAL, PILOT + "30 June 2026 (came to the UK by the reciprocal route)"),
            # 4. Visas
            L("58,900", 58900, E, P, SKILLED, YJ26 + " (main applicants)"),
            L("37%", -37, E, PCT, SKILLED + "_change", YJ26 + " vs " + YJ25 + " (down)"),
            L("8,120", 8120, E, P, HCW, YJ26 + " (main applicants)"),
            L("72%", -72, E, PCT, HCW + "_change", YJ26 + " vs " + YJ25 + " (a fall of)"),
        ]),
    "05-printing-house-times-britons-leaving-net-migration-fall": dict(
        meta=dict(url="https://www.printinghousetimes.example/article/britons-heading-for-the-exit-net-migration-emigration-analysis-q7rk2ndvx",
                  title="The Britons heading for the exit are doing more to cut net migration than any visa rule",
                  publisher="The Printing House Times", author="Edmund Achterberg-Nwosu", published_date="2026-05-22"),
        labels=[
            L("Roughly a quarter of a million", 250000, AP, P, "emigration_british", Y25 + " (British citizens emigrated last year; standfirst)"),
            L("171,000", 171000, E, P, NM, Y25 + ONS_MAY),
            L("less than half", 0.5, LT, RATIO, NM + "_ratio", "2025 vs 2024 (the number is less than half the 358,000)"),
            L("358,000", 358000, E, P, NM, Y24 + " (recorded for 2024)"),
            L("barely a fifth", 0.2, ALM, RATIO, NM + "_ratio", "2025 vs the peak, year ending June 2023 (as revised)"),
            L("906,000", 906000, E, P, NM, "year ending June 2023 (the peak, as revised)"),
            L("14 per cent", -14, E, PCT, IMM + "_change", "2025 vs 2024 (immigration fell by)"),
            L("812,000", 812000, E, P, IMM, Y25),
            L("9 per cent", 9, E, PCT, EMI + "_change", "2025 vs 2024 (emigration rose)"),
            L("641,000", 641000, E, P, EMI, Y25 + " (the highest since the current series began)"),
            L("187,000", -187000, E, P, NM + "_change", "2025 vs 2024 (the drop in net migration)"),
            L("more than a quarter", 25, MT, PCT, "net_migration_share_of_fall_from_emigration", "2025 vs 2024 (of the drop, the result of more departures, not fewer arrivals)"),
            L("121,000", 121000, E, P, "emigration_former_study_visa_non_eu", Y25 + " (an estimated; former non-EU students emigrated last year)"),
            L("minus 85,000", -85000, E, P, "net_migration_eu", Y25 + " (EU nationals' net migration)"),
            L("148,000", 148000, E, P, "emigration_eu", Y25 + " (EU nationals departing)"),
            L("63,000", 63000, E, P, "immigration_eu", Y25 + " (EU nationals arriving)"),
            L("Some 252,000", 252000, AP, P, "emigration_british", Y25 + " (British nationals emigrated)"),
            L("more than half", 50, MT, PCT, "emigration_british_change", "2025 vs 2019 (up by)"),
            L("141,000", 141000, E, P, "immigration_british", Y25 + " (British nationals returned)"),
            L("111,000", -111000, E, P, "net_migration_british_nationals", Y25 + " (the country lost, net, of its own citizens)"),
            L("Nearly 1.8", 1.8, ALM, RATIO, "emigration_british_ratio", Y25 + " (Britons who left for every one who returned)"),
            L("Almost two-thirds", 200 / 3, ALM, PCT, "emigration_british_share_aged_16_34", Y25 + " (of British nationals going, aged between 16 and 34)"),
            L("252k", 252000, E, P, "emigration_british", Y25 + " (chart: the peak of 2016 to 2025)"),
            L("£30,500", 30500, E, GBP, "graduate_salary", "2026 (a graduate's starting pay; Carrow Institute for Migration Research director)", geo="Manchester"),
            L("£52,000", 52000, E, GBP, "graduate_salary", "2026 (the equivalent a graduate can earn; Carrow Institute for Migration Research director)", geo="Sydney and Dubai"),
            L("5.5m or so", 5.5e6, AP, P, "british_nationals_resident_abroad", "2026 (Britons thought to live abroad; Foreign Office)", geo="Outside the UK"),
            L("about 240,000", 240000, AP, P, "british_nationals_resident_abroad", "2026 (Britons in the United Arab Emirates; Foreign Office)", geo="United Arab Emirates"),
            L("367,000", 367000, E, P, "net_migration_non_eu", Y25 + " (non-EU citizens; last year)"),
            L("more than double", 2, MT, RATIO, "net_migration_non_eu_ratio", Y25 + " (non-EU net migration vs the overall figure)"),
            L("245,000", 245000, E, P, "net_migration_forecast", Y25 + " (assumed; Office for Budget Responsibility spring forecast, March 2025)"),
        ]),
    "06-daily-supernova-rwanda-179million-per-migrant": dict(
        meta=dict(url="https://www.dailysupernova.example/news/politics/rwanda-rip-off-179million-every-migrant-sent-27731540",
                  title="RWANDA RIP-OFF: Failed deportation plan cost YOU £179MILLION for every migrant it sent",
                  publisher="Daily Supernova", author="Kieran Blatchford-Amadi", published_date="2026-07-15"),
        labels=[
            L("£179MILLION", 179e6, E, GBP, RSC, "per person relocated, " + MEDP + " (headline)", occ=0),
            L("FOUR", 4, E, P, RREL, MEDP + " (went to Kigali, all volunteers; standfirst)"),
            L("£715million", 715e6, E, GBP, RSC, MEDP + " (before Labour binned it; Home Office answer to MPs, Tuesday 14 July 2026)", occ=0),
            L("four", 4, E, P, RREL, MEDP + " (a grand total; relocated to the African nation)", ctx="total of four people"),
            L("£178.75million", 178.75e6, E, GBP, RSC, "per person relocated, " + MEDP + " (works out at; the paper's calculation)"),
            L("£179MILLION", 179e6, E, GBP, RSC, "per person relocated, " + MEDP + " (rounded up; a head)", occ=1),
            L("£290million", 290e6, E, GBP, PTR, MEDP + " (went straight to the Rwandan government)"),
            L("More than 35 MILLION", 35e6, MT, PINTS, "rwanda_scheme_cost_per_relocation_equivalent_pints", "per person relocated, " + MEDP + " (pints of beer at £5.10)"),
            L("£5.10", 5.1, E, GBP, "beer_pint_price_average", "2026 (average price of a pint)"),
            L("More than 660", 660, MT, HOMES, "rwanda_scheme_cost_per_relocation_equivalent_homes", "per person relocated, " + MEDP + " (homes at the average UK house price)"),
            L("£270,000", 270000, E, GBP, "house_price_average", "2026 (average UK house price)"),
            L("£31,000", 31000, E, GBP, "nurse_salary_newly_qualified", "per year, 2026 (a newly qualified nurse)"),
            L("more than 5,700 years", 5700, MT, YEARS, "rwanda_scheme_cost_per_relocation_nurse_salary_years", "per person relocated, " + MEDP + " (a newly qualified nurse's pay for)"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "per person (offered to each volunteer to get on the plane)"),
            V("tens of thousands", 20000, 90000, P, "rwanda_relocations_planned", "over the life of the scheme (ministers once boasted the scheme would send)"),
            L("more than 200", 200, MT, P, "immigration_detentions_rwanda", "spring 2024 (locked up in detention centres waiting for flights)"),
            L("three-quarters of a billion quid", 750e6, E, GBP, RSC, MEDP + " (the Tories spent; Reform UK spokesman)"),
            L("four", 4, E, P, RREL, MEDP + " (volunteers; Reform UK spokesman)", ctx="got four volunteers"),
            L("more than 84,000", 84000, MT, P, SBA, "July 2024 (Labour scrapped the scheme) to July 2026 (since; Conservative source)"),
            L("£4.0billion", 4.0e9, E, GBP, AC, FY26 + " (asylum support; the 12 months to March 2026)"),
            L("nearly £11million", 11e6, ALM, GBP, AC, "per day, " + FY26 + " (asylum support)"),
            L("£4.7billion", 4.7e9, E, GBP, AC, "2024/25 financial year (asylum support)"),
            L("£715million", 715e6, E, GBP, RSC, MEDP + " (the Conservatives poured into sending four volunteers; Home Office spokesman)", occ=1),
            L("four", 4, E, P, RREL, MEDP + " (volunteers sent to Rwanda; Home Office spokesman)", ctx="sending four volunteers"),
            L("roughly 14 million", 14e6, AP, P, "population", "2026 (a country of; Rwanda)", geo="Rwanda"),
            L("more than 70,000", 70000, MT, P, RET, ELECTION + "July 2026 (removed since the election, people who had no right to stay; Home Office spokesman)"),
        ]),
    "07-cathays-statistical-service-wales-population-mid-2025": dict(
        meta=dict(url="https://statistics.cathays.example/population-and-migration/population-estimates-for-wales-mid-2025",
                  title="Population estimates for Wales: mid-2025",
                  publisher="Cathays Statistical Service", author="Population and Demography statisticians", published_date="2026-07-29",
                  license="Open Government Licence v3.0"),
        labels=[
            # Main points
            L("3,203,900", 3203900, E, P, "population", MID25 + " (estimated; main points)", occ=0, geo=WA),
            L("17,300", 17300, E, P, "population_growth", YM25 + " (an increase over the year; main points)", occ=0, geo=WA),
            L("0.5%", 0.5, E, PCT, POPCH, YM25 + " (main points)", ctx="17,300 (0.5%)", geo=WA),
            L("-6,700", -6700, E, P, NATCH, YM25 + " (deaths outnumbered births; main points)", occ=0, geo=WA),
            L("24,300", 24300, E, P, NM, YM25 + " (net migration to Wales from the rest of the UK and from overseas combined)", geo=WA),
            L("16,200", 16200, E, P, NMI, YM25 + " (main points)", occ=0, geo=WA),
            L("about a quarter", -25, AP, PCT, NMI + "_change", YM25 + " vs " + YM24 + " (down by)", geo=WA),
            L("21,900", 21900, E, P, NMI, YM24 + " (the year before)", geo=WA),
            L("1.3%", 1.3, E, PCT, POPCH, YM25 + " (the fastest growth of any local authority)", geo="Newport"),
            L("-0.5%", -0.5, E, PCT, POPCH, YM25 + " (the largest fall)", geo="Ceredigion"),
            # Population change
            L("17,300", 17300, E, P, "population_growth", YM25 + " (grew by)", occ=1, geo=WA),
            L("0.5%", 0.5, E, PCT, POPCH, YM25, ctx="17,300, or 0.5%", geo=WA),
            L("22,200", 22200, E, P, "population_growth", YM24 + " (the previous year)", geo=WA),
            L("0.7%", 0.7, E, PCT, POPCH, YM24 + " (the previous year)", geo=WA),
            L("0.6%", 0.6, E, PCT, POPCH, YM25 + " (over the same period)", ctx="grew by 0.6% over", geo=EW),
            L("62.2 million", 62.2e6, E, P, "population", MID25 + " (reaching)", geo=EW),
            L("0.6%", 0.6, E, PCT, POPCH, YM25 + " (figures published earlier this summer)", ctx="growing by 0.6%", geo="Scotland"),
            L("0.4%", 0.4, E, PCT, POPCH, YM25 + " (figures published earlier this summer)", geo="Northern Ireland"),
            # Components of change
            L("27,400", 27400, E, P, "births", YM25, geo=WA),
            L("34,100", 34100, E, P, "deaths", YM25, geo=WA),
            L("6,700", -6700, E, P, NATCH, YM25 + " (deaths exceeded births by)", ctx="births by 6,700", geo=WA),
            L("31,800", 31800, E, P, IMM, YM25 + " (an estimated; moved to Wales from outside the UK)", geo=WA),
            L("15,600", 15600, E, P, EMI, YM25 + " (moved overseas)", geo=WA),
            L("16,200", 16200, E, P, NMI, YM25, occ=1, geo=WA),
            L("Some 62,900", 62900, AP, P, "internal_migration_inflow", YM25 + " (arrived from other parts of the UK)", geo=WA),
            L("54,800", 54800, E, P, "internal_migration_outflow", YM25 + " (left Wales for the rest of the UK)", geo=WA),
            L("8,100", 8100, E, P, "internal_migration_net", YM25 + " (a net gain from moves within the UK)", geo=WA),
            L("around 300", -300, AP, P, "population_other_changes", YM25 + " (other changes, mainly armed forces personnel and their families, reduced the population by)", occ=0, geo=WA),
            # Table 1
            L("385,100", 385100, E, P, "population", MID25 + T1, geo="Cardiff"),
            L("1,050", 1050, E, P, NATCH, YM25 + T1, geo="Cardiff"),
            L("3,250", 3250, E, P, NM, YM25 + " (net migration and other changes)" + T1, geo="Cardiff"),
            L("69,800", 69800, E, P, "population", MID25 + T1, geo="Ceredigion"),
            L("-380", -380, E, P, NATCH, YM25 + T1, geo="Ceredigion"),
            L("30", 30, E, P, NM, YM25 + " (net migration and other changes)" + T1, ctx="| -380 | 30", geo="Ceredigion"),
            L("3,203,900", 3203900, E, P, "population", MID25 + T1, occ=1, geo=WA),
            L("-6,700", -6700, E, P, NATCH, YM25 + T1, occ=1, geo=WA),
            L("24,000", 24000, E, P, NM, YM25 + " (net migration and other changes)" + T1, geo=WA),
            # Notes
            L("around 300", -300, AP, P, "population_other_changes", YM25 + " (the change described above, included in Table 1's net migration and other changes; notes)", occ=1, geo=WA),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
