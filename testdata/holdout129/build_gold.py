#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-twenty-ninth hand-labelled hold-out set (holdout129).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, AC, HOT, RSC, PTR)

UK, ENG, WAL, SCO, NI, FR, EU = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France", "EU"
DAYS, PER10K, VIEWS, SHARES, COUNCILS = ("other:days", "other:persons_per_10000_residents", "other:views",
                                         "other:shares", "other:council_areas")

# 01 (Sunday 8 November 2026; Home Office daily small-boat figures for Sunday 1 to Saturday 7 November 2026)
HO1 = "Home Office figures"
WK = "1 to 7 November 2026 (the past seven days, Sunday to Saturday; " + HO1
SAT = "7 November 2026 (Saturday; " + HO1
# 02 (Wednesday 11 March 2026; a report by the Tyne and Tees Strategic Migration Group published Tuesday 10 March 2026,
#     from Home Office statistics for the end of December 2025)
GRP = "Tyne and Tees Strategic Migration Group report published Tuesday 10 March 2026"
D25 = "31 December 2025 (at the end of December; " + GRP
DSP, PERK = "asylum_dispersal_population", "asylum_dispersal_population_per_10000_residents"
NE, SE = "North East", "South East"
FY25 = "April 2024 to March 2025 (2024/25; " + GRP
# 03 (Saturday 29 August 2026; Home Office quarterly statistics published Thursday 27 August 2026, year ending June 2026)
HO3 = "Home Office quarterly statistics published Thursday 27 August 2026"
YJ26 = "July 2025 to June 2026 (the year ending June 2026; " + HO3
YJ25 = "July 2024 to June 2025 (a year earlier; " + HO3 + ")"
J26 = "30 June 2026 (when June ended; " + HO3
GRANTS = "asylum_grants_share_initial_decisions"
# 04 (Friday 12 June 2026; Home Office monthly visa data published Thursday 11 June 2026; HESA finance data for 2024/25)
HO4 = "Home Office monthly data published Thursday 11 June 2026"
JM26 = "January to May 2026 (between January and May; " + HO4
VAS = "visa_applications_study"
FY4 = "August 2024 to July 2025 (2024/25, the academic financial year; "
CM = "Halifax"
# 05 (Wednesday 14 October 2026; a claim posted on Monday 12 October 2026, checked against Home Office accounts)
CLAIM = "per day, no period stated (the claim: a Conservative backbench MP's video posted Monday 12 October 2026"
ACC = "Home Office annual report and accounts for 2025/26"
FY26 = "April 2025 to March 2026 (2025/26; " + ACC
FY24 = "April 2023 to March 2024 (2023/24; Home Office accounts"
HC = "asylum_cost_hotels"
POST = "12 to 14 October 2026 (since the video was posted on Monday, by Wednesday morning)"
# 06 (Wednesday 9 December 2026; NRS 2024-based population projections released Tuesday 8 December 2026)
NRS = "NRS projections released Tuesday 8 December 2026"
M34 = "30 June 2034 (mid-2034; " + NRS
DEC = "mid-2024 to mid-2034 (over the decade; " + NRS
PPC = "population_projection_change"
# 07 (Tuesday 13 October 2026; Home Office figures published Monday 12 October 2026 on the UK-France returns pilot)
HO7 = "Home Office figures published Monday 12 October 2026"
PILOT = "18 September 2025 to 12 October 2026 (since the first one in, one out flight in September last year; " + HO7
SINCE = "5 July to 12 October 2026 (since 5 July, when the extended agreement took effect; " + HO7
SHARE7 = "returns_share_of_small_boat_arrivals"

ARTICLES = {
    "01-redpoll-channel-crossings-november-week": dict(
        meta=dict(url="https://www.redpoll.example/news/uk-england-kent-77104523",
                  title="Channel crossings: More than 2,300 people arrive in a week as calm spell returns",
                  publisher="Redpoll", author="Tamsin Achterberg-Lowe", published_date="2026-11-08"),
        labels=[
            L("More than 2,300", 2300, MT, P, SBA, WK + "; arrive in a week; headline)"),
            L("871", 871, E, P, SBA, SAT + "; Saturday alone brought ashore; summary line)", occ=0),
            L("more than 2,300", 2300, MT, P, SBA, WK + "; landed on British shores in the seven days to Saturday)"),
            L("2,346", 2346, E, P, SBA, WK + "; arrived between Sunday and Saturday)"),
            L("41", 41, E, BOATS, SBC, WK + ")", ctx="in 41 boats"),
            L("about 57", 57, AP, PPB, "small_boat_occupancy", WK + "; an average on each boat)"),
            L("412", 412, E, P, SBA, "2 November 2026 (on Monday; " + HO1 + ")"),
            L("eight", 8, E, BOATS, SBC, "2 November 2026 (on Monday; " + HO1 + ")", ctx="in eight boats"),
            L("655", 655, E, P, SBA, "4 November 2026 (on Wednesday; " + HO1 + ")"),
            L("11", 11, E, BOATS, SBC, "4 November 2026 (on Wednesday; " + HO1 + ")", ctx="in 11 boats"),
            L("one", 1, E, BOATS, SBC, "5 November 2026 (on Thursday, one dinghy; " + HO1 + ")", ctx="and one dinghy"),
            L("38", 38, E, P, SBA, "5 November 2026 (on Thursday; " + HO1 + ")", ctx="carrying 38 people"),
            L("370", 370, E, P, SBA, "6 November 2026 (on Friday; " + HO1 + ")"),
            L("871", 871, E, P, SBA, SAT + "; Saturday's total)", occ=1),
            L("14", 14, E, BOATS, SBC, SAT + ")", ctx="in 14 boats"),
            L("more than a third", THIRD, MT, PCT, "small_boat_arrivals_share_saturday", WK + "; Saturday's share of everyone who landed during the week)"),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", "7 November 2026 vs October 2026's busiest day (Saturday's count against October's busiest day)"),
            L("229", 229, E, P, SBA, "October 2026, its busiest day (date not stated; " + HO1 + ")"),
            L("nearly double", 2, ALM, RATIO, SBA + "_ratio", "1 to 7 November 2026 vs the first week of November 2025 (the week's figure against the same week last year)"),
            L("1,204", 1204, E, P, SBA, "first week of November 2025 (last year; " + HO1 + ")"),
            L("36,214", 36214, E, P, SBA, "1 January to 7 November 2026 (arrivals for 2026 so far; " + HO1 + ")"),
            L("9%", 9, E, PCT, SBA + "_change", "1 January to 7 November 2026 vs the same point in 2025 (up on)"),
            L("9,560", 9560, E, P, "small_boat_arrivals_gap_to_record", "1 January to 7 November 2026 (this year's total short of the annual record set in 2022)"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (the annual record)"),
            L("41,472", 41472, E, P, SBA, "January to December 2025 (last year's total)"),
            L("2,950", 2950, E, P, SBA, "1 to 31 October 2026 (in October, the lowest monthly figure since February; " + HO1 + ")"),
            L("more than 52,000", 52000, MT, P, "returns", "5 July 2024 to 8 November 2026 (since the election, returned; a Home Office spokesperson)"),
            L("640", 640, E, P, "small_boat_launch_attempts_stopped_people", "1 to 7 November 2026 (in the past week, stopped from setting off; French authorities)", geo=FR),
            L("19", 19, E, BOATS, "small_boat_launches_prevented", "1 to 7 November 2026 (in the past week; French authorities)", ctx="prevented 19 launches", geo=FR),
            L("2,300-plus", 2300, MT, P, SBA, WK + "; another, in seven days; the shadow home secretary)"),
            L("c. 600", 600, AP, P, "people_waiting_northern_france", "November 2026 (now sleeping in woodland around the town, waiting for a chance to cross; aid workers in Dunkirk)", geo="Dunkirk"),
            L("about twice", 2, AP, RATIO, "people_waiting_northern_france_ratio", "November 2026 vs summer 2026 (as many as in the summer; aid workers in Dunkirk)", geo="Dunkirk"),
            L("at least 29", 29, AL, P, "small_boat_deaths", "1 January to 8 November 2026 (deaths on the route to Britain since January; Abri du Littoral)"),
            L("five", 5, E, DAYS, "small_boat_suitable_weather_days", "1 to 7 November 2026 (days when a crossing is realistic, in one week; Dr Fergus Lindqvist)", ctx="had five of them"),
            L("53", 53, E, PPB, "small_boat_occupancy", "January to December 2024 (the average recorded across 2024; Dr Fergus Lindqvist)", ctx="the 53 recorded"),
        ]),
    "02-wansbeck-warbler-north-east-asylum-dispersal-funding": dict(
        meta=dict(url="https://www.wansbeckwarbler.example/news/north-east/north-east-councils-asylum-seekers-three-times-south-east-rate-funding-4471093",
                  title="North East councils house asylum seekers at almost three times the South East's rate - with a fraction of the funding",
                  publisher="Wansbeck Warbler", author="Jodie Marwood", published_date="2026-03-11"),
        labels=[
            L("almost three times", 3, ALM, RATIO, PERK + "_ratio", D25 + "; the North East's rate against the South East's; headline)", occ=0, geo=NE),
            L("7,480", 7480, E, P, DSP, D25 + "; people in dispersed homes; standfirst)", occ=0, geo=NE),
            L("£750", 750, E, GBP, "council_asylum_grant_per_person", "policy rate in March 2026 (a one-off grant per asylum seeker placed; standfirst)", occ=0),
            L("almost three times", 3, ALM, RATIO, PERK + "_ratio", D25 + "; the North East's rate against the South East's)", occ=1, geo=NE),
            L("7,480", 7480, E, P, DSP, D25 + "; living in dispersal accommodation across the region's councils)", occ=1, geo=NE),
            L("28", 28, E, PER10K, PERK, D25 + "; for every 10,000 residents)", ctx="equivalent to 28 for", geo=NE),
            L("10", 10, E, PER10K, PERK, D25 + "; per 10,000)", ctx="compared with 10 per", geo=SE),
            L("15", 15, E, PER10K, PERK, D25 + "; per 10,000 across England as a whole)", ctx="and 15 across", geo=ENG),
            L("61", 61, E, PER10K, PERK, D25 + "; the highest rate in the region, per 10,000)", ctx="at 61 per", geo="Middlesbrough"),
            L("44", 44, E, PER10K, PERK, D25 + "; per 10,000)", ctx="Sunderland on 44", geo="Sunderland"),
            L("41", 41, E, PER10K, PERK, D25 + "; per 10,000)", ctx="Hartlepool on 41", geo="Hartlepool"),
            L("3", 3, E, PER10K, PERK, D25 + "; the lowest rate in the region, per 10,000)", ctx="lowest, at 3.", geo="Northumberland"),
            L("1,320", 1320, E, P, DSP, D25 + "; the most people in the region)", geo="Newcastle upon Tyne"),
            L("17%", 17, E, PCT, DSP + "_change", "31 December 2025 vs 31 December 2024 (up on a year earlier)", geo="Newcastle upon Tyne"),
            L("doubled", 2, E, RATIO, DSP + "_ratio", "31 December 2025 vs 31 December 2019 (since the end of 2019; " + GRP + ")", geo=NE),
            L("3,740", 3740, E, P, DSP, "31 December 2019 (the end of 2019; " + GRP + ")", geo=NE),
            L("£750", 750, E, GBP, "council_asylum_grant_per_person", "policy rate in March 2026 (a one-off payment from the Home Office for every new arrival)", occ=1),
            L("£2,140", 2140, E, GBP, "council_asylum_cost_per_person", "per year, 2024/25 (an average each year on services; " + GRP + " estimate)", geo=NE),
            L("around £1,390", 1390, AP, GBP, "council_asylum_cost_shortfall_per_person", "per year, 2024/25 (the shortfall a head; " + GRP + " estimate)", geo=NE),
            L("£16m", 16000000, E, GBP, "council_asylum_cost", FY25 + "; an estimated, spent across the region on asylum-related services)", geo=NE),
            L("£3.7m", 3700000, E, GBP, "council_asylum_grant", FY25 + "; covered by the Home Office grant)", geo=NE),
            L("less than a quarter", 25, LT, PCT, "council_asylum_grant_share_of_cost", FY25 + "; the grant's share of the cost)", geo=NE),
            L("£12.3m", 12300000, E, GBP, "council_asylum_cost_shortfall", FY25 + "; the remaining sum councils find from their own budgets)", geo=NE),
            L("18%", -18, E, PCT, "council_spending_power_per_head_change", "2010/11 to 2025/26 (spending power per head has fallen since 2010/11, in real terms; " + GRP + ")", geo=NE),
            L("11%", -11, E, PCT, "council_spending_power_per_head_change", "2010/11 to 2025/26 (since 2010/11, in real terms; " + GRP + ")", geo=SE),
            L("One in every 164", 100 / 164, E, PCT, "asylum_dispersal_population_share_of_residents", "March 2026 (now an asylum seeker in a dispersed home; Councillor Shauna Pellow)", geo="Middlesbrough"),
            L("closer to one in 2,000", 100 / 2000, AP, PCT, "asylum_dispersal_population_share_of_residents", "March 2026 (Councillor Shauna Pellow)", geo="Surrey"),
            L("more than 100", 100, MT, HOTELS, "asylum_hotels_closed", "5 July 2024 to March 2026 (since the election, handed back to their owners; a Home Office spokesperson)"),
            L("£500", 500, E, GBP, "council_asylum_grant_per_person_change", "from April 2026 (councils will receive more per person housed; a Home Office spokesperson)"),
            L("104,300", 104300, E, P, "asylum_support_population", "31 December 2025 (when December ended, nationally; Home Office figures)"),
            L("33,400", 33400, E, P, HOT, "31 December 2025 (of whom in hotels; Home Office figures)"),
        ]),
    "03-the-tollbooth-quarterly-asylum-statistics-backlog": dict(
        meta=dict(url="https://www.thetollbooth.example/article/asylum-backlog-cut-by-a-third-grant-rate-below-half-k7v2q9wxd",
                  title="Asylum backlog cut by a third as grant rate slips below half",
                  publisher="The Tollbooth", author="Felicity Drummond", published_date="2026-08-29"),
        labels=[
            L("a third", -THIRD, E, PCT, "asylum_backlog_change", "30 June 2026 vs 30 June 2025 (backlog cut by; headline)", ctx="cut by a third"),
            L("below half", 50, LT, PCT, GRANTS, YJ26 + "; the grant rate slips below; headline)"),
            L("7 per cent", -7, E, PCT, "asylum_applications_change", "year ending June 2026 vs year ending June 2025 (claims fell in the year to June; standfirst)"),
            L("a third", -THIRD, E, PCT, "asylum_backlog_change", "30 June 2026 vs 30 June 2025 (the queue of undecided claims has shrunk by, in twelve months)", ctx="shrunk by a third"),
            L("63,900", 63900, E, P, "asylum_backlog", J26 + ")"),
            L("a third", -THIRD, E, PCT, "asylum_backlog_change", "30 June 2026 vs 30 June 2025 (down on last year's)", ctx="down a third on"),
            L("95,400", 95400, E, P, "asylum_backlog", "30 June 2025 (last year's; " + HO3 + ")"),
            L("103,400", 103400, E, P, "asylum_applications", YJ26 + ")"),
            L("111,200", 111200, E, P, "asylum_applications", YJ25),
            L("118,900", 118900, E, P, "asylum_initial_decisions", YJ26 + ")"),
            L("20%", 20, E, PCT, "asylum_initial_decisions_change", "year ending June 2026 vs year ending June 2025 (up on a year earlier)"),
            L("99,100", 99100, E, P, "asylum_initial_decisions", YJ25),
            L("48%", 48, E, PCT, GRANTS, YJ26 + "; went in the claimant's favour, \"Just\" left out)"),
            L("61%", 61, E, PCT, GRANTS, YJ25),
            L("61,800", 61800, E, P, "asylum_refusals", YJ26 + ")"),
            L("11,200", 11200, E, P, "asylum_applications_pakistani", YJ26 + "; more than any other nationality)"),
            L("84%", 84, E, PCT, "asylum_applications_pakistani_share_visa_holders", YJ26 + "; 84% of these came from people who first arrived on a work or study visa)"),
            L("Just over a third", THIRD, MT, PCT, "asylum_applications_share_small_boat", YJ26 + "; lodged by small boat arrivals)"),
            L("36%", 36, E, PCT, "asylum_applications_share_small_boat", YJ26 + ")"),
            L("17,600", 17600, E, P, "asylum_withdrawals", YJ26 + "; claims withdrawn)"),
            L("35,100", 35100, E, P, "returns", YJ26 + "; returns of all kinds in the year)"),
            L("14%", 14, E, PCT, "returns_enforced_change", "year ending June 2026 vs year ending June 2025 (enforced returns rose by)"),
            L("9,960", 9960, E, P, "returns_enforced", YJ26 + ")"),
            L("27,800", 27800, E, P, HOT, "30 June 2026 (at the close of the quarter; " + HO3 + ")"),
            L("32,100", 32100, E, P, HOT, "31 March 2026 (three months earlier; " + HO3 + ")"),
            L("Some 51,300", 51300, AP, P, "asylum_backlog_appeals", "30 June 2026 (appeals queuing for a hearing at the first-tier tribunal by the end of June)"),
            L("42,000", 42000, E, P, "asylum_backlog_appeals", "30 June 2025 (twelve months before)"),
            L("Roughly two in five", 40, AP, PCT, "asylum_appeals_share_allowed", "no period stated (appeals are allowed)"),
            V("millions", 2000000, 9000000, GBP, HC, "per day, July 2024 (hotels costing every day when this government inherited the system; the Home Secretary)"),
            L("more than 30,000", -30000, MT, P, "asylum_backlog_change", "August 2026 vs a year ago (fewer people waiting for a decision; the Home Secretary)"),
            L("More than 57,000", 57000, MT, P, "asylum_grants", "twelve months to June 2026 (handed asylum in twelve months; the shadow home secretary)"),
        ]),
    "04-the-moorhen-student-visas-dependants-university-income": dict(
        meta=dict(url="https://www.themoorhen.example/education/2026/jun/12/overseas-student-visa-applications-fall-universities-cliff-edge",
                  title="Overseas student applications fall again as universities warn of 'cliff edge'",
                  publisher="The Moorhen", author="Hester Quennell", published_date="2026-06-12"),
        labels=[
            L("11%", -11, E, PCT, VAS + "_change", "January to May 2026 vs January to May 2025 (applications from main applicants down this year; standfirst)", occ=0),
            V("thousands", 2000, 9000, P, "university_job_cuts", "no period stated (the financial squeeze has already cost, on campuses)"),
            L("118,400", 118400, E, P, VAS, JM26 + "; sponsored study visas, main applicants)"),
            L("11%", -11, E, PCT, VAS + "_change", "January to May 2026 vs January to May 2025 (down on the same months of 2025)", occ=1),
            L("6,900", 6900, E, P, VAS + "_dependants", JM26 + ")"),
            L("nearly eight times", 8, ALM, RATIO, VAS + "_dependants_ratio", "January to May 2023 vs January to May 2026 (as many in the first five months of 2023)"),
            L("52,300", 52300, E, P, VAS + "_dependants", "January to May 2023 (the first five months of 2023; " + HO4 + ")"),
            L("less than 6%", 6, LT, PCT, VAS + "_share_dependants", JM26 + "; of study-related applications)"),
            L("404,300", 404300, E, P, "visas_granted_study", "April 2025 to March 2026 (the 12 months to March; main applicants)"),
            L("about one in five", 20, AP, PCT, "visas_granted_study_share_india", "April 2025 to March 2026 (the 12 months to March)"),
            L("24%", 24, E, PCT, "visas_granted_study_share_china", "April 2025 to March 2026 (the 12 months to March)"),
            L("46%", -46, E, PCT, VAS + "_nigeria_change", "January to May 2026 vs January to May 2025 (fallen by so far this year)"),
            L("£12.1bn", 12100000000, E, GBP, "international_student_fee_income", FY4 + "overseas students' tuition fees; Higher Education Statistics Agency)"),
            L("20%", 20, E, PCT, "international_student_fee_income_change", "2024/25 vs 2021/22 (up on three years earlier; Higher Education Statistics Agency)"),
            L("23%", 23, E, PCT, "university_income_share_international_fees", FY4 + "of the sector's total income; Higher Education Statistics Agency)"),
            L("£52.6bn", 52600000000, E, GBP, "university_income", FY4 + "the sector's total income; Higher Education Statistics Agency)"),
            L("£22,800", 22800, E, GBP, "international_student_tuition_fee", "per year, 2026 (undergraduates from abroad pay an average)"),
            L("£9,535", 9535, E, GBP, "home_student_tuition_fee_cap", "per year, 2026 (a policy rate: the cap for home students)", geo=ENG),
            L("31%", 31, E, PCT, "university_students_share_international", "June 2026 (students from overseas at Calder Mill University)", geo=CM),
            L("320", 320, E, P, "university_job_cuts", "announced April 2026 (Calder Mill University)", geo=CM),
            L("2,400", 2400, E, P, "university_international_postgraduate_intake_planned", "2026/27 (new international postgraduates planned for this year; Professor Jyoti Carrow)", geo=CM),
            L("1,500", 1500, AM, P, "university_international_postgraduate_intake_forecast", "2026/27 (we will be lucky to get; Professor Jyoti Carrow)", geo=CM),
            L("45%", 45, E, PCT, "universities_share_in_deficit", "2025/26 (will run a deficit this year; Universities Finance Forum estimate)", geo=ENG),
            L("9%", -9, E, PCT, "international_student_fee_income_change", "2024/25 vs 2023/24 (overseas fee income fell)", geo=WAL),
            L("£512m", 512000000, E, GBP, "international_student_fee_income", FY4 + "overseas fee income in Wales)", geo=WAL),
            L("£925", 925, E, GBP, "international_student_levy", "per year, planned (a policy rate: annual levy per international student)", geo=ENG),
            L("about £460m", 460000000, AP, GBP, "international_student_levy_revenue", "per year from 2028 (the Treasury expects to raise)", geo=ENG),
            L("7%", 7, E, PCT, "visas_granted_study_change", "latest 12 months vs before the pandemic (study visa grants still above their level; a government spokesperson)"),
        ]),
    "05-checksum-asylum-hotels-cost-per-day-claim": dict(
        meta=dict(url="https://checksum.example/fact-checks/asylum-hotels-8m-a-day-claim-out-of-date/",
                  title="Do asylum hotels still cost £8m a day?",
                  publisher="Checksum", author="Priya Halvorsen-Mbeki", published_date="2026-10-14"),
        labels=[
            L("£8m", 8000000, E, GBP, HC, CLAIM + "; headline, asked as a question)", ctx="still cost £8m a day"),
            L("£8 million", 8000000, E, GBP, HC, CLAIM + "; the claim box)", ctx="costing taxpayers £8 million"),
            L("about £4.7m", 4700000, AP, GBP, HC, "per day, " + FY26 + "; verdict box)", occ=0),
            L("44%", -44, E, PCT, HC + "_change", "2025/26 vs 2023/24 (down in two years; verdict box)"),
            L("£8 million", 8000000, E, GBP, HC, CLAIM + "; quoted in the body)", ctx="draining £8 million"),
            L("more than 1.2m", 1200000, MT, VIEWS, "social_media_post_views", POST),
            L("12.9k", 12900, E, SHARES, "social_media_post_shares", POST),
            L("£8m", 8000000, E, GBP, HC, CLAIM + "; question cross-head)", ctx="Where does £8m"),
            L("around £8m", 8000000, AP, GBP, HC, "per day, early 2023 (a daily hotel bill ministers began citing)"),
            L("£3.07bn", 3070000000, E, GBP, HC, FY24 + "; spent on hotels)"),
            L("roughly £8.4m", 8400000, AP, GBP, HC, "per day, " + FY24 + "; works out at)"),
            L("£5.38bn", 5380000000, E, GBP, AC, FY24 + "; total asylum support spending, \"a record\" left out)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "September 2023 (when hotel use peaked)"),
            L("more than 56,000", 56000, MT, P, HOT, "September 2023 (when hotel use peaked)"),
            L("£1.71bn", 1710000000, E, GBP, HC, FY26 + "; annual report, published in July)"),
            L("about £4.7m", 4700000, AP, GBP, HC, "per day, " + FY26 + "; £1.71bn divided by 365)", occ=1),
            L("almost two-fifths", 40, ALM, PCT, HC + "_share_of_asylum_support", FY26 + "; hotels' share of total asylum support spending)"),
            L("£4.49bn", 4490000000, E, GBP, AC, FY26 + "; total asylum support spending)"),
            L("about £12.3m", 12300000, AP, GBP, AC, "per day, " + FY26 + ")"),
            L("29,600", 29600, E, P, HOT, "30 June 2026 (Home Office statistics)"),
            L("just under 200", 200, ALM, HOTELS, "asylum_hotels_in_use", "30 June 2026 (still open to asylum seekers)"),
            R("between £1.1bn and £1.3bn", 1100000000, 1300000000, GBP, HC, "April 2026 to March 2027 (this financial year, expected; the Home Office told MPs)"),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "per night, no period stated (a hotel, per person; National Audit Office estimate)"),
            L("£27", 27, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, no period stated (a bed in dispersed housing; National Audit Office estimate)"),
            L("more than five times", 5, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", "no period stated (hotels against dispersed housing; National Audit Office estimate)"),
            V("hundreds", 200, 900, HOTELS, "asylum_hotels_closed", "5 July 2024 to October 2026 (closed since the election; a Home Office spokesperson)"),
            L("more than £1.7bn", 1700000000, MT, GBP, HC, "April 2025 to March 2026 (last year; conclusion)"),
            L("£8m", 8000000, E, GBP, HC, "per day, 2023 (the £8m-a-day figure describes spending in 2023; conclusion)", ctx="the £8m-a-day"),
            L("less than three-fifths", 60, LT, PCT, HC + "_per_day_share_of_claimed", "2025/26 vs the claimed £8m a day (the current daily cost as a share of that; conclusion)"),
        ]),
    "06-the-bothy-nrs-population-projections-migration": dict(
        meta=dict(url="https://www.thebothy.example/news/scottish-news/scotland-population-572-million-migration-nrs-projections-30418872",
                  title="Scotland's population set to reach 5.72 million - but only thanks to migration",
                  publisher="The Bothy", author="Catriona Mackinlay", published_date="2026-12-09"),
        labels=[
            L("5.72 million", 5720000, E, P, "population_projection", M34 + "; set to reach; headline)", occ=0, geo=SCO),
            L("5.55 million", 5550000, E, P, "population", "30 June 2024 (mid-2024; " + NRS + ")", geo=SCO),
            L("5.72 million", 5720000, E, P, "population_projection", M34 + ")", occ=1, geo=SCO),
            L("3.1%", 3.1, E, PCT, PPC, DEC + ")", geo=SCO),
            L("140,000", -140000, E, P, "population_natural_change_projection", DEC + "; deaths exceed births by)", geo=SCO),
            L("31,000", 31000, E, P, "net_migration_projection_assumption", "per year, " + DEC + "; more people move to Scotland than leave each year)", geo=SCO),
            L("19,000", 19000, E, P, "net_migration_overseas_projection_assumption", "per year, " + DEC + "; from overseas)", geo=SCO),
            L("12,000", 12000, E, P, "net_migration_rest_of_uk_projection_assumption", "per year, " + DEC + "; from elsewhere in the UK)", geo=SCO),
            L("14,000", 14000, E, P, "net_migration_overseas_projection_assumption", "per year (the previous set of projections, published in 2024)", geo=SCO),
            L("5.79 million", 5790000, E, P, "population_projection", "30 June 2049 (the projection for 2049, now; " + NRS + ")", geo=SCO),
            L("166,000", 166000, E, P, "population_projection_revision", "30 June 2049 (revised up by, against the previous projections)", geo=SCO),
            R("between 5.47 million and 5.98 million", 5470000, 5980000, P, "population_projection", "30 June 2049 (depending on the migration assumption used; " + NRS + ")", geo=SCO),
            L("68,000", 68000, E, P, "population_working_age_projection_change", "mid-2024 to mid-2034 (the working-age population higher in 2034 than in 2024)", geo=SCO),
            L("a third", THIRD, E, PCT, "population_aged_75_and_over_projection_change", DEC + "; the over-75s will increase in number by)", geo=SCO),
            L("23.4%", 23.4, E, PCT, "population_share_aged_65_and_over_projection", "30 June 2034 (by 2034; " + NRS + ")", geo=SCO),
            L("20.6%", 20.6, E, PCT, "population_share_aged_65_and_over", "30 June 2024 (now; " + NRS + ")", geo=SCO),
            L("17", 17, E, COUNCILS, "council_areas_population_decline_projected", DEC + "; of Scotland's 32 council areas, projected to shrink)", ctx="32 council areas, 17 are", geo=SCO),
            L("6.2%", -6.2, E, PCT, PPC, DEC + "; the steepest fall)", geo="Inverclyde"),
            L("5.9%", -5.9, E, PCT, PPC, DEC + ")", geo="Na h-Eileanan Siar"),
            L("10.8%", 10.8, E, PCT, PPC, DEC + "; the fastest growth)", geo="Midlothian"),
            L("7.6%", 7.6, E, PCT, PPC, DEC + ")", geo="East Lothian"),
            L("7.1%", 7.1, E, PCT, PPC, DEC + ")", geo="Edinburgh"),
            L("Three-quarters", 75, E, PCT, "population_growth_projection_share_four_council_areas_around_edinburgh", "mid-2024 to mid-2034 (of the growth over the next ten years; Professor Morven Galbraith-Tait)", geo=SCO),
            L("5.4%", 5.4, E, PCT, PPC, "mid-2024 to mid-2034 (over the same period; Office for National Statistics projections)", geo="England and Wales"),
            L("1.8%", 1.8, E, PCT, PPC, "mid-2024 to mid-2034 (over the same period)", geo=NI),
            L("8.0%", 8.0, E, PCT, "population_share_of_uk", "30 June 2024 (Scotland's share of the UK population, now; " + NRS + ")", geo=SCO),
            L("7.9%", 7.9, E, PCT, "population_share_of_uk_projection", "30 June 2034 (projected to slip to; " + NRS + ")", geo=SCO),
        ]),
    "07-the-freewheeler-one-in-one-out-returns-to-france": dict(
        meta=dict(url="https://www.thefreewheeler.example/news/uk/politics/one-in-one-out-returns-france-small-boats-b2871406.html",
                  title="'One in, one out': only one in 14 small boat arrivals sent back to France a year into deal",
                  publisher="The Freewheeler", author="Kit Pellegrini-Rowe", published_date="2026-10-13"),
        labels=[
            L("one in 14", 100 / 14, E, PCT, SHARE7, PILOT + "; small boat arrivals sent back; headline)", occ=0, geo=FR),
            L("3,120", 3120, E, P, "returns", PILOT + "; flown to France since the first flight; standfirst)", occ=0, geo=FR),
            L("3,120", 3120, E, P, "returns", PILOT + "; removed to France, \"just\" left out)", occ=1, geo=FR),
            L("2,870", 2870, E, P, "uk_france_legal_route_arrivals", PILOT + "; come the other way on the scheme's legal route)"),
            L("more than 44,000", 44000, MT, P, SBA, "18 September 2025 to 12 October 2026 (since that first flight)"),
            L("roughly one in 14", 100 / 14, AP, PCT, SHARE7, PILOT + ")", geo=FR),
            L("50", 50, E, P, "returns_france_weekly_cap", "per week, until 4 July 2026 (a policy rate: the weekly cap before the extended agreement)", ctx="from 50 to", geo=FR),
            L("150", 150, E, P, "returns_france_weekly_cap", "per week, from 5 July 2026 (a policy rate: the weekly cap under the extended agreement)", ctx="to 150,", geo=FR),
            L("some 1,410", 1410, AP, P, "returns", SINCE + ")", geo=FR),
            L("about 100", 100, AP, P, "returns_france_weekly_average", "per week, " + SINCE + ")", geo=FR),
            L("more than twice", 2, MT, RATIO, "returns_france_weekly_average_ratio", "5 July to 12 October 2026 vs the pilot's first nine months (the weekly rate)", geo=FR),
            L("£41.6m", 41600000, E, GBP, "returns_cost", PILOT + "; the scheme has cost so far)"),
            L("about £13,300", 13300, AP, GBP, "returns_cost_per_person", PILOT + "; for each person returned)"),
            L("a quarter", 25, E, PCT, "returns_share_eritrean", PILOT + "; Eritreans among those returned)", geo=FR),
            L("18%", 18, E, PCT, "returns_share_afghan", PILOT + "; Afghans among those returned)", geo=FR),
            L("At least 37", 37, AL, P, "returns_france_redetected_crossing", PILOT + "; detected trying to cross again)", geo=FR),
            L("11", 11, E, P, "returns_france_recrossed_successfully", PILOT + "; crossed again successfully)", ctx="11 of them successfully", geo=FR),
            L("More than 400", 400, MT, P, "returns_france_legal_challenges", PILOT + "; selected for removal, lodged legal challenges)", geo=FR),
            L("more than 3,000", 3000, MT, P, "returns", "18 September 2025 to 13 October 2026 (have now returned; the Home Secretary)", geo=FR),
            L("14 years", 14, E, YEARS, "returns_france_years_to_match_annual_arrivals", "at the pace since September 2025 (to return the people who arrive in one year; the shadow home secretary)"),
            L("more than 21,000", 21000, MT, P, "small_boat_launch_attempts_stopped_people", "1 January to 12 October 2026 (stopped from leaving its beaches so far this year; French interior ministry)", geo=FR),
            L("£476m", 476000000, E, GBP, "uk_funding_to_france", "over three years (for policing of the northern coast)"),
            L("about £700m", 700000000, AP, GBP, RSC, "April 2022 to July 2024 (the Rwanda scheme cost the taxpayer before it was scrapped)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (relocated just four volunteers)", ctx="just four volunteers"),
            L("£290m", 290000000, E, GBP, PTR, "April 2022 to July 2024 (Rwanda was paid)", geo="Rwanda"),
            L("123,000", 123000, E, P, "returns", "January to December 2025 (member states returned last year; Eurostat)", geo=EU),
            L("about a fifth", 20, AP, PCT, "returns_share_of_return_orders", "January to December 2025 (of those ordered to leave; Eurostat)", geo=EU),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
