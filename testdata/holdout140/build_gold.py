#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-fortieth hand-labelled hold-out set (holdout140).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, AC, HOT, PTR)

UK, FR, EU, NI, SCO = "UK", "France", "EU", "Northern Ireland", "Scotland"
APC = "other:applications_per_1000_population"
P10K = "other:persons_per_10000_residents"
HH, SIGS, VAC, WEEKS, CPW = "other:households", "other:signatures", "other:vacancies", "other:weeks", "other:children_per_woman"
AA = "asylum_applications"

# 01 (Friday 27 February 2026; Home Office statistics published Thursday 26 February 2026; early Eurostat figures)
HO1 = "Home Office statistics published Thursday 26 February 2026"
Y25_1 = "January to December 2025 (last year; " + HO1
EUR1 = "January to December 2025 (first-time applicants; early Eurostat figures"
EUR1_24 = "January to December 2024 (first-time applicants; Eurostat"
RATE1 = "January to December 2025, per 1,000 residents (claims relative to population"
# 02 (Friday 22 May 2026; Home Office data published Thursday 21 May 2026, to the end of March 2026)
HO2 = "Home Office data published Thursday 21 May 2026"
M26 = "31 March 2026 (the end of March; " + HO2
M25 = "31 March 2025 (March 2025; " + HO2
FY26_2 = "April 2025 to March 2026 (the 12 months to March; Blackpool Council"
BPL, PRE, LANCS = "Blackpool", "Preston", "Lancashire"
TAT = "Cllr Maureen Tattersall, Blackpool Council"
HOMELESS = "refugees_homeless_after_leaving_asylum_support"
# 03 (Friday 28 August 2026; Home Office statistics published Thursday 27 August 2026, year ending June 2026)
HO3 = "Home Office statistics published Thursday 27 August 2026"
YJ26 = "July 2025 to June 2026 (the year ending June; " + HO3
CH3 = "year ending June 2026 vs year ending June 2025 ("
WORK = "visas_granted_work_including_dependants"
SWD = "visas_granted_skilled_worker_dependants_per_main_applicant_ratio"
UT = "Professor Gareth Olumide, Universities Together"
# 04 (Friday 27 November 2026; Home Office statistics published Thursday 26 November 2026, to the end of September 2026)
HO4 = "Home Office statistics published Thursday 26 November 2026"
S26 = "30 September 2026 (the end of September; " + HO4
OVER1 = "asylum_backlog_waiting_over_1_year"
SHS4 = "the shadow home secretary"
Y4 = "October 2025 to September 2026 (the 12 months to September; " + HO4
# 05 (Wednesday 10 June 2026; ONS estimates published May 2026 for calendar 2025)
ONS5 = "ONS estimates published May 2026"
Y25_5 = "January to December 2025 (" + ONS5
MARC = "Dr Eilidh Marchetti, demographer"
NOW5 = "2026, now (no date stated"
# 06 (Friday 26 June 2026; NISRA mid-2025 estimates published Thursday 25 June 2026)
NISRA = "NISRA estimates published Thursday 25 June 2026"
MY6 = "July 2024 to June 2025 (the year to mid-2025; " + NISRA
MID6 = "30 June 2025 (mid-2025; " + NISRA
BEL, ABC, DCS, IRL = "Belfast", "Armagh City, Banbridge and Craigavon", "Derry City and Strabane", "Ireland"
LAV = "Dr Fergal Lavery, Queen's University Belfast"
NC = "population_natural_change"
GROW = "population_growth"
TFR = "total_fertility_rate"
# 07 (Tuesday 15 September 2026; deaths off Boulogne-sur-Mer on Monday 14 September 2026)
MON7 = "Monday 14 September 2026 (on Monday"
YTD7 = "1 January to 14 September 2026 (so far this year"
BOUL, DUNG = "Boulogne-sur-Mer", "Dungeness"
DEATHS = "small_boat_deaths"
OCC = "small_boat_occupancy"
STOP = "small_boat_launch_attempts_stopped_people"

ARTICLES = {
    "01-meadowlark-news-asylum-claims-uk-france-germany-eu": dict(
        meta=dict(url="https://www.meadowlarknews.example/news/uk-70412288",
                  title="Asylum claims: How does the UK compare with France, Germany and the rest of Europe?",
                  publisher="Meadowlark News", author="Harriet Oduya", published_date="2026-02-27"),
        labels=[
            L("113,480", 113480, E, P, AA, Y25_1 + "; a record, everyone who applied)", occ=0),
            L("5%", 5, E, PCT, AA + "_change", "2025 vs 2024 (higher than in 2024; " + HO1 + ")"),
            L("about 103,000", 103000, AP, P, AA, "January to December 2002 (the previous high point)"),
            L("113,480", 113480, E, P, AA, Y25_1 + "; covers everyone who applied, including partners and children)", occ=1),
            L("91,760", 91760, E, P, AA + "_main_applicants", Y25_1 + "; main applicants only)"),
            L("11,240", 11240, E, P, AA + "_pakistani", Y25_1 + "; the largest number of claims)"),
            L("8,310", 8310, E, P, AA + "_eritrean", Y25_1 + ")"),
            L("7,960", 7960, E, P, AA + "_iranian", Y25_1 + ")"),
            L("About 41%", 41, AP, PCT, AA + "_share_small_boat_arrivals", Y25_1 + "; applicants who had reached the UK in small boats)"),
            L("roughly one in three", THIRD, AP, PCT, AA + "_share_visa_holders", Y25_1 + "; had entered legally on a visa and claimed later)"),
            L("3,118", 3118, E, P, SBA, "1 January to 26 February 2026 (so far this year; small-boat crossings)"),
            L("41,180", 41180, E, P, SBA, "January to December 2025 (the whole of 2025)"),
            L("about 688,000", 688000, AP, P, AA, EUR1 + "; the 27 EU member states)", geo=EU),
            L("roughly a quarter", -25, AP, PCT, AA + "_change", "2025 vs 2024 (first-time applicants down by; early Eurostat figures)", geo=EU),
            L("912,000", 912000, E, P, AA, EUR1_24 + ")", geo=EU),
            L("138,400", 138400, E, P, AA, EUR1 + "; the most of any member state)", geo=FR),
            L("131,900", 131900, E, P, AA, EUR1 + ")", geo="Spain"),
            L("roughly half", -50, AP, PCT, AA + "_change", "2025 vs 2024 (first-time claims fell by; early Eurostat figures)", geo="Germany"),
            L("113,200", 113200, E, P, AA, EUR1 + ")", geo="Germany"),
            L("229,700", 229700, E, P, AA, EUR1_24 + ")", geo="Germany"),
            L("three-quarters", -75, E, PCT, AA + "_syrian_change", "2025 vs 2024 (Syrian applications across the bloc fell by, after the fall of Assad's government)", geo=EU),
            L("about one in seven", 100 / 7, AP, PCT, AA + "_share_uk_of_eu_and_uk", "January to December 2025 (the UK's share of all claims lodged across the EU and the UK, 28 countries)"),
            L("roughly 69.5 million", 69500000, AP, P, "population", "2025 (residents; no date stated)"),
            L("1.6", 1.6, E, APC, AA + "_per_1000_population", RATE1 + ")"),
            L("2.0", 2.0, E, APC, AA + "_per_1000_population", RATE1 + ")", geo=FR),
            L("2.7", 2.7, E, APC, AA + "_per_1000_population", RATE1 + ")", geo="Spain"),
            L("1.4", 1.4, E, APC, AA + "_per_1000_population", RATE1 + ")", geo="Germany"),
            L("1.5", 1.5, E, APC, AA + "_per_1000_population", RATE1 + "; the EU as a whole)", geo=EU),
            L("fewer than 50", 50, LT, P, AA, "January to December 2025 (claims in the whole year)", geo="Hungary"),
            L("42%", 42, E, PCT, "asylum_grants_share_initial_decisions", Y25_1 + "; initial decisions that ended in a grant of protection)"),
            L("47%", 47, E, PCT, "asylum_grants_share_initial_decisions", "January to December 2024 (" + HO1 + ")"),
            L("38%", 38, E, PCT, "asylum_grants_share_initial_decisions", "January to December 2025 (the equivalent first-instance rate across the EU)", geo=EU),
            L("38,600", 38600, E, P, "returns", "January to December 2025 (removals and voluntary departures; the Home Office)"),
        ]),
    "02-golden-mile-gazette-blackpool-preston-asylum-hotels-costs": dict(
        meta=dict(url="https://www.goldenmilegazette.example/news/politics/council/blackpool-hotels-still-housing-738-asylum-seekers-as-council-counts-the-cost-5190447",
                  title="Blackpool hotels still housing 738 asylum seekers as council counts the cost",
                  publisher="Golden Mile Gazette", author="Bethany Lightfoot", published_date="2026-05-22"),
        labels=[
            L("738", 738, E, P, HOT, M26 + "; still housing; headline)", occ=0, geo=BPL),
            L("a third", -THIRD, E, PCT, HOT + "_change", "31 March 2026 vs 31 March 2025 (numbers in the resort's hotels are down; standfirst)", ctx="are down a third, but", geo=BPL),
            L("£905,000", 905000, E, GBP, "council_asylum_cost_shortfall", "April 2025 to March 2026 (the town hall says it is out of pocket; standfirst)", occ=0, geo=BPL),
            L("a third", -THIRD, E, PCT, HOT + "_change", "31 March 2026 vs 31 March 2025 (lower than a year ago; " + HO2 + ")", ctx="is a third lower than a year ago", geo=BPL),
            L("738", 738, E, P, HOT, M26 + "; staying in contingency hotels in the resort)", occ=1, geo=BPL),
            L("four", 4, E, HOTELS, "asylum_hotels_in_use", M26 + "; contingency hotels)", ctx="in four contingency hotels", geo=BPL),
            L("1,104", 1104, E, P, HOT, M25 + ")", geo=BPL),
            L("1,086", 1086, E, P, "asylum_dispersal_population", M26 + "; in dispersed accommodation)", geo=BPL),
            L("1,824", 1824, E, P, "asylum_support_population", M26 + "; the total supported in the town)", geo=BPL),
            L("291", 291, E, P, HOT, M26 + ")", geo=PRE),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", M26 + ")", ctx="in two hotels", geo=PRE),
            L("14%", 14, E, PCT, HOT + "_change", "31 March 2026 vs 31 March 2025 (up on a year earlier; " + HO2 + ")", geo=PRE),
            L("642", 642, E, P, "asylum_dispersal_population", M26 + "; in dispersed housing in the city)", geo=PRE),
            L("5,131", 5131, E, P, "asylum_support_population", M26 + "; Lancashire's 14 councils together)", geo=LANCS),
            L("about 129", 129, AP, P10K, "asylum_support_population_per_10000_residents", M26 + "; Blackpool's figure for every 10,000 residents)", geo=BPL),
            L("nearly four times", 4, ALM, RATIO, "asylum_support_population_per_10000_residents_ratio", M26 + "; Blackpool's rate against Lancashire's)", geo=BPL),
            L("33", 33, E, P10K, "asylum_support_population_per_10000_residents", M26 + "; the rate for Lancashire as a whole)", geo=LANCS),
            L("£1.37m", 1370000, E, GBP, "council_asylum_cost", FY26_2 + "; school places, social workers, emergency accommodation)", geo=BPL),
            L("£465,000", 465000, E, GBP, "council_asylum_grant", "April 2025 to March 2026 (Home Office grants for those twelve months; Blackpool Council)", geo=BPL),
            L("£905,000", 905000, E, GBP, "council_asylum_cost_shortfall", FY26_2 + "; a gap)", occ=1, geo=BPL),
            L("22%", 22, E, PCT, "council_asylum_cost_change", "2025/26 vs 2024/25 (the bill was up; Blackpool Council)", geo=BPL),
            L("£1.12m", 1120000, E, GBP, "council_asylum_cost", "April 2024 to March 2025 (2024/25; Blackpool Council)", geo=BPL),
            L("doubled", 2, E, RATIO, HOMELESS + "_ratio", "2025/26 vs 2024/25 (refugee households turning to the council as homeless; read from context, no period stated)", geo=BPL),
            L("107", 107, E, HH, HOMELESS, "April 2024 to March 2025 (before; read from context, no period stated)", geo=BPL),
            L("214", 214, E, HH, HOMELESS, "April 2025 to March 2026 (after doubling; read from context, no period stated)", geo=BPL),
            L("£312,000", 312000, E, GBP, "council_asylum_cost", "April 2025 to March 2026 (read from context; Preston City Council's own costs)", geo=PRE),
            L("One", 1, E, HOTELS, "asylum_hotels_closed", "summer 2025 to May 2026 (has shut since last summer; " + TAT + ")", ctx="One has shut since last summer", geo=BPL),
            L("four", 4, E, HOTELS, "asylum_hotels_in_use", "May 2026 (still open; " + TAT + ")", ctx="but four are still open", geo=BPL),
            L("nearly a million pounds", 1000000, ALM, GBP, "council_asylum_cost_shortfall", "April 2025 to March 2026 (we are short; " + TAT + ")", geo=BPL),
            L("31,870", 31870, E, P, HOT, M26 + "; nationally, when March ended)"),
            L("16%", -16, E, PCT, HOT + "_change", "31 March 2026 vs 31 March 2025 (fewer than twelve months before; " + HO2 + ")"),
            L("£137", 137, E, GBP, "asylum_hotel_cost_per_person_night", "2026, per person per night (an average; Home Office accounts)"),
            L("£18", 18, E, GBP, "asylum_dispersal_cost_per_person_night", "2026, per person per night (in dispersed housing; Home Office accounts)"),
            L("4.7k", 4700, E, SIGS, "petition_signatures", "to 22 May 2026 (a petition calling for the Preston hotel to be returned to paying guests)", geo=PRE),
            L("More than 150", 150, MT, HOTELS, "asylum_hotels_closed", "5 July 2024 to 22 May 2026 (since the general election; the Home Office)"),
        ]),
    "03-the-sundial-work-study-visas-dependants-fall": dict(
        meta=dict(url="https://www.thesundial.example/uk/politics/article/work-visas-down-38-families-shut-out-new-rules-q7w2k9xzt",
                  title="Work visas down 38% as families are shut out by the new rules",
                  publisher="The Sundial", author="Lucinda Garroway", published_date="2026-08-28"),
        labels=[
            L("38%", -38, E, PCT, WORK + "_change", CH3 + "work visas down; headline)"),
            L("more than a third", -THIRD, MT, PCT, WORK + "_change", CH3 + "the annual total lower than twelve months ago; " + HO3 + ")"),
            L("186,900", 186900, E, P, WORK, YJ26 + "; work visas, dependants included)"),
            L("301,500", 301500, E, P, WORK, "July 2024 to June 2025 (the previous twelve months; " + HO3 + ")"),
            L("38 per cent", -38, E, PCT, WORK + "_change", CH3 + "a drop of; " + HO3 + ")"),
            L("less than a third", THIRD, LT, PCT, WORK + "_share_of_peak", "year ending June 2026 vs year ending September 2023 (the latest year against the peak)"),
            L("617,000", 617000, E, P, WORK, "October 2022 to September 2023 (the peak, the year to September 2023; " + HO3 + ")"),
            L("62,300", 62300, E, P, "visas_granted_work_dependants", YJ26 + "; workers' dependants)"),
            L("44 per cent", -44, E, PCT, "visas_granted_work_dependants_change", CH3 + "fewer than a year before; " + HO3 + ")"),
            L("111,200", 111200, E, P, "visas_granted_work_dependants", "July 2024 to June 2025 (a year before; " + HO3 + ")"),
            L("31 per cent", -31, E, PCT, "visas_granted_skilled_worker_change", CH3 + "main applicants on the skilled worker route fell by; " + HO3 + ")"),
            L("58,400", 58400, E, P, "visas_granted_skilled_worker", YJ26 + "; main applicants, health and care staff included)"),
            L("9,870", 9870, E, P, "visas_granted_health_care_worker", YJ26 + "; just, health and care workers)"),
            L("146,000", 146000, E, P, "visas_granted_health_care_worker", "October 2022 to September 2023 (the route at its height; " + HO3 + ")"),
            L("49,100", 49100, E, P, "visas_granted_skilled_worker_dependants", YJ26 + "; dependants brought by skilled workers)"),
            L("0.84", 0.84, E, RATIO, SWD, YJ26 + "; dependants for each main applicant)"),
            L("1.3", 1.3, E, RATIO, SWD, "July 2023 to June 2024 (two years ago, the ratio; " + HO3 + ")"),
            L("£41,700", 41700, E, GBP, "skilled_worker_salary_threshold", "from July 2025 (rose last July; the salary a skilled worker must usually be paid, per year)"),
            L("39,800", 39800, E, P, "visas_granted_seasonal_worker", YJ26 + "; roughly the same as last year)"),
            L("4 per cent", 4, E, PCT, "visas_granted_study_change", CH3 + "main applicants sponsored to study rose; " + HO3 + ")"),
            L("421,700", 421700, E, P, "visas_granted_study", YJ26 + "; sponsored study visas, main applicants)"),
            L("16,900", 16900, E, P, "visas_granted_study_dependants", YJ26 + ")"),
            L("88 per cent", -88, E, PCT, "visas_granted_study_dependants_change", "year ending June 2026 vs year ending June 2023 (down on; " + HO3 + ")"),
            L("143,000", 143000, E, P, "visas_granted_study_dependants", "July 2022 to June 2023 (the year to June 2023, before the ban; " + HO3 + ")"),
            L("roughly one in five", 20, AP, PCT, "visas_granted_study_share_china", YJ26 + "; study visas received by Chinese nationals)"),
            L("23 per cent", 23, E, PCT, "visas_granted_study_share_india", YJ26 + "; study visas received by Indians)"),
            L("128,600", 128600, E, P, "visas_granted_graduate", YJ26 + "; the graduate route)"),
            L("21 per cent", -21, E, PCT, "visas_granted_graduate_change", CH3 + "fewer than a year earlier; " + HO3 + ")"),
            L("32 per cent", 32, E, PCT, "skills_charge_change", "from December 2025 vs before (the immigration skills charge has been steeper since December)"),
            L("£1,320", 1320, E, GBP, "skills_charge_large_employers_per_worker", "from December 2025, per year (larger companies now pay per worker)"),
            L("two-thirds", -200 / 3, E, PCT, "net_migration_change", "year ending June 2023 peak to the latest estimate (down from the peak we inherited; the migration minister)"),
            L("Four in ten", 40, E, PCT, "universities_share_in_deficit", "2026/27 (running a deficit this year; members of Universities Together; " + UT + ")"),
            L("roughly 111,000", 111000, AP, VAC, "adult_social_care_vacancies", "2026, now (unfilled posts in adult social care; the Homecare Employers Forum estimate)", geo="England"),
            L("about 5,600", 5600, AP, VAC, "adult_social_care_vacancies", "2026, now (unfilled posts in adult social care; the Homecare Employers Forum estimate)", geo="Wales"),
        ]),
    "04-daily-blazon-asylum-backlog-waiting-over-a-year": dict(
        meta=dict(url="https://www.dailyblazon.example/news/politics/2187734/asylum-backlog-20000-migrants-waiting-over-year-appeals-record",
                  title="Asylum backlog: Nearly 20,000 migrants waiting over a YEAR for a decision as appeals queue hits record",
                  publisher="Daily Blazon", author="Callum Redfern", published_date="2026-11-27"),
        labels=[
            L("Nearly 20,000", 20000, ALM, P, OVER1, S26 + "; waiting over a year for a decision; headline)"),
            L("MORE than 19,000", 19000, MT, P, OVER1, S26 + "; stuck for over a year without an answer; standfirst)"),
            L("almost quadrupled", 4, ALM, RATIO, "asylum_backlog_appeals_ratio", "30 September 2024 to 30 September 2026 (the pile of appeals, in two years; standfirst)"),
            L("NEARLY 20,000", 20000, ALM, P, OVER1, S26 + "; left waiting more than a year)"),
            L("19,860", 19860, E, P, OVER1, S26 + "; kept waiting for over 12 months)"),
            L("39%", 39, E, PCT, OVER1 + "_change", "30 September 2026 vs 30 September 2025 (up on twelve months earlier; " + HO4 + ")", ctx="up 39% on"),
            L("14,240", 14240, E, P, OVER1, "30 September 2025 (twelve months earlier; " + HO4 + ")"),
            L("4,150", 4150, E, P, OVER1 + "_children", S26 + "; of those waiting over a year, children)"),
            L("61%", 61, E, PCT, OVER1 + "_children_share_small_boat_arrivals", S26 + "; 61% of these came across the Channel in small boats)"),
            L("Some 2,410", 2410, AP, P, "asylum_backlog_waiting_over_3_years", S26 + "; stuck in limbo for more than three years)"),
            L("63,880", 63880, E, P, "asylum_backlog", S26 + "; people waiting for an initial decision)"),
            L("18%", -18, E, PCT, "asylum_backlog_change", "30 September 2026 vs 30 September 2025 (down on last year's; " + HO4 + ")"),
            L("77,900", 77900, E, P, "asylum_backlog", "30 September 2025 (last year's; " + HO4 + ")"),
            L("almost a third", THIRD, ALM, PCT, "asylum_backlog_share_waiting_over_1_year", S26 + "; of everyone in the queue, waiting longer than a year)"),
            L("71,340", 71340, E, P, "asylum_backlog_appeals", S26 + "; a record, appeals stacked up at the immigration tribunal)"),
            L("almost four times", 4, ALM, RATIO, "asylum_backlog_appeals_ratio", "30 September 2026 vs September 2024 (" + HO4 + ")"),
            L("18,600", 18600, E, P, "asylum_backlog_appeals", "September 2024 (" + HO4 + ")"),
            L("54", 54, E, WEEKS, "asylum_appeal_wait_average", "2026, now (an appeal now takes an average of 54 weeks to be heard)"),
            L("98,500", 98500, E, P, "asylum_initial_decisions", Y4 + ")"),
            L("39%", 39, E, PCT, "asylum_grants_share_initial_decisions", Y4 + "; granting protection)", ctx="in 39% of cases"),
            L("46%", 46, E, PCT, "asylum_appeals_share_allowed", Y4 + "; refused claimants who appealed and won)"),
            L("Around 4,300", 4300, AP, P, "asylum_backlog_rwanda_cohort", S26 + "; arrived after March 2023, once earmarked for removal to Rwanda, still waiting)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to 2024 (the Rwanda scheme, axed in 2024, flew just four people to Kigali, all volunteers)", ctx="flew just four people"),
            L("£290m", 290000000, E, GBP, PTR, "April 2022 to 2024 (had been paid to the African nation)"),
            L("£5.41bn", 5410000000, E, GBP, AC, "April 2025 to March 2026 (2025/26, a record; asylum support cost taxpayers)"),
            L("about £14.8m", 14800000, AP, GBP, AC, "April 2025 to March 2026, per day (2025/26)"),
            L("27,940", 27940, E, P, HOT, S26 + "; still housed in hotels)"),
            L("nearly 20,000", 20000, ALM, P, OVER1, "November 2026 (have waited more than a year; " + SHS4 + ")"),
            L("almost £15million", 15000000, ALM, GBP, AC, "November 2026, per day (every day of delay costs the taxpayer; " + SHS4 + ")"),
            L("more than 40%", -40, MT, PCT, "asylum_backlog_change", "July 2024 to September 2026 (since the election, the initial-decision queue down by; a Home Office spokesman)"),
        ]),
    "05-adrift-british-emigration-young-leaving": dict(
        meta=dict(url="https://adrift.example/p/the-quiet-exodus-of-britains-young",
                  title="The quiet exodus of Britain's young",
                  publisher="Adrift", author="Tobias Winterbourne", published_date="2026-06-10"),
        labels=[
            L("102,000", -102000, E, P, "net_migration_british_nationals", Y25_5 + "; net emigration of Britons last year; standfirst)", occ=0),
            L("241,000", 241000, E, P, "emigration_british", Y25_5 + "; British nationals emigrated, left for at least a year)"),
            L("139,000", 139000, E, P, "immigration_british", Y25_5 + "; Britons arrived or came home)"),
            L("102,000", -102000, E, P, "net_migration_british_nationals", Y25_5 + "; a net loss of our own citizens in twelve months)", occ=1),
            L("38,000", 38000, E, P, "emigration_british_revision", "January to December 2024 (the ONS revised up its figure for Britons leaving by)"),
            L("221,000", 221000, E, P, "emigration_british", "January to December 2024 (as revised; " + ONS5 + ")"),
            L("9%", 9, E, PCT, "emigration_british_change", "2025 vs 2024 (last year's total higher than the revised 2024 figure)"),
            L("some 74,000", 74000, AP, P, "emigration_british_change", "2025 vs the 2015-2019 average (higher than the average in the five years before COVID-19)"),
            L("167,000", 167000, E, P, "emigration_british", "2015 to 2019, average per year (the five years before COVID-19 closed the borders)"),
            L("Roughly three in five", 60, AP, PCT, "emigration_british_share_aged_16_34", Y25_5 + "; of the British emigrants were 16 to 34)"),
            L("something like 145,000", 145000, AP, P, "emigration_british_aged_16_34", Y25_5 + "; young Britons walking out of the door in a single year)"),
            L("29", 29, E, YEARS, "emigration_british_median_age", Y25_5 + "; the median British emigrant)", ctx="emigrant was 29"),
            L("47,300", 47300, E, P, "working_holiday_visas_granted_britons", "July 2024 to June 2025 (2024/25, Australia's financial year; Canberra granted Britons)", geo="Australia"),
            L("29%", 29, E, PCT, "working_holiday_visas_granted_britons_change", "2024/25 vs 2023/24 (more than the year before)", geo="Australia"),
            L("Around 1.3m", 1300000, AP, P, "uk_born_population_abroad", NOW5 + "; UK-born people who call Australia home)", geo="Australia"),
            L("some 5.5 million", 5500000, AP, P, "british_nationals_resident_abroad", NOW5 + "; British citizens settled overseas altogether; the Foreign Office)", geo="Outside the UK"),
            L("about 240,000", 240000, AP, P, "british_nationals_resident_abroad", NOW5 + "; Britons living in the Emirates; the UAE government)", geo="United Arab Emirates"),
            L("close to half", 50, AP, PCT, "rent_share_of_take_home_pay_graduate", NOW5 + "; a graduate in London hands over in rent)", geo="London"),
            L("One in eight", 12.5, E, PCT, "young_people_neet_share", NOW5 + "; people aged 16 to 24 neither working nor studying)"),
            L("about 946,000", 946000, AP, P, "young_people_neet", NOW5 + "; aged 16 to 24, in all)"),
            L("34%", 34, E, PCT, "young_adults_share_considering_emigrating", "spring 2026 (18-to-30-year-olds seriously thinking about emigrating in the next five years; a poll by the Frayling Trust)"),
            L("204,000", 204000, E, P, "net_migration", "January to December 2025 (net migration overall, as the ONS now says; " + MARC + ")"),
            L("roughly half", 50, AP, PCT, "net_migration_share_offset_by_british_net_emigration", "January to December 2025 (of the inflow simply replacing Britons who left; " + MARC + ")"),
            L("91,000", 91000, E, P, "irish_passport_applications_from_britain", "January to December 2025 (last year; Ireland's foreign ministry, from people living in Britain)"),
            L("nearly double", 2, ALM, RATIO, "irish_passport_applications_from_britain_ratio", "2025 vs before the 2016 referendum (the level before the referendum)"),
            L("£1,100", 1100, E, GBP, "room_rent_per_month", NOW5 + "; per month, a room in Hackney)", geo="Hackney"),
        ]),
    "06-the-slipway-northern-ireland-population-births-deaths": dict(
        meta=dict(url="https://www.theslipway.example/news/northern-ireland/northern-irelands-population-tops-193m-but-births-keep-falling-5521873",
                  title="Northern Ireland's population tops 1.93m but births keep falling",
                  publisher="The Slipway", author="Ciarán McAleer", published_date="2026-06-26"),
        labels=[
            L("1.93m", 1930000, MT, P, "population", MID6 + "; tops; headline)", geo=NI),
            L("3,540", 3540, E, P, "migration_net_inflow_all_sources", MY6 + "; migration added; standfirst)", occ=0, geo=NI),
            L("6,900", 6900, E, P, GROW, MY6 + "; grew by)", geo=NI),
            L("1,934,800", 1934800, E, P, "population", MID6 + ")", geo=NI),
            L("0.4%", 0.4, E, PCT, "population_change", MY6 + "; the rise)", geo=NI),
            L("19,770", 19770, E, P, "births", MY6 + ")", geo=NI),
            L("16,410", 16410, E, P, "deaths", MY6 + ")", geo=NI),
            L("3,360", 3360, E, P, NC, MY6 + "; a natural increase)", geo=NI),
            L("3,540", 3540, E, P, "migration_net_inflow_all_sources", MY6 + "; migration made up the rest, a net gain, including moves from Great Britain)", occ=1, geo=NI),
            L("4,910", 4910, E, P, "net_migration_international", MY6 + "; international moves, a net inflow)", geo=NI),
            L("1,370", -1370, E, P, "internal_migration_net", MY6 + "; more people left for Great Britain than arrived from it)", geo=NI),
            L("19,480", 19480, E, P, "births", "January to December 2025 (babies registered in calendar year 2025; a separate NISRA release)", geo=NI),
            L("more than a fifth", -20, MT, PCT, "births_change", "2025 vs 2008 (below the peak)", geo=NI),
            L("about 25,600", 25600, AP, P, "births", "January to December 2008 (the peak; NISRA)", geo=NI),
            L("1.68", 1.68, E, CPW, TFR, "2025 (now, average children per woman; NISRA)", geo=NI),
            L("1.41", 1.41, E, CPW, TFR, "no year stated (latest published rate)", geo=EW),
            L("1.25", 1.25, E, CPW, TFR, "no year stated (latest published rate)", geo=SCO),
            L("347,600", 347600, E, P, "population_aged_65_and_over", MID6 + "; aged 65 and over)", geo=NI),
            L("381,900", 381900, E, P, "population_aged_under_16", MID6 + "; children under 16)", geo=NI),
            L("fewer than one in five", 20, LT, PCT, "population_share_aged_under_16", MID6 + "; children under 16, for the first time)", geo=NI),
            L("about 1.2m", 1200000, AP, P, "population_aged_16_to_64", MID6 + "; people of working age)", geo=NI),
            L("2,300", 2300, E, P, GROW, MY6 + "; Belfast's population rose by)", geo=BEL),
            L("351,400", 351400, E, P, "population", MID6 + ")", geo=BEL),
            L("more than two in five", 40, MT, PCT, "net_migration_international_share_belfast", MY6 + "; the city's share of Northern Ireland's net international inflow)", geo=BEL),
            L("2,140", 2140, E, P, "net_migration_international", MY6 + "; Belfast's net international inflow)", geo=BEL),
            L("0.9%", 0.9, E, PCT, "population_change", MY6 + "; grew fastest)", geo=ABC),
            L("310", -310, E, P, GROW, MY6 + "; the only council to get smaller, losing residents)", geo=DCS),
            L("about 1.97m", 1970000, AP, P, "population_projection", "2043 (a high point, then falling; NISRA projections)", geo=NI),
            L("about 8,700", 8700, AP, P, NC, "about 2015, per year (a decade ago births outran deaths by; " + LAV + ")", geo=NI),
            L("little more than 3,000", 3000, MT, P, NC, "2025, now, per year (the margin; " + LAV + ")", geo=NI),
            L("5.48 million", 5480000, E, P, "population", "April 2025 (the Republic; the Central Statistics Office)", geo=IRL),
            L("Around three in 10", 30, AP, PCT, "university_entrants_share_studying_in_great_britain", "2026, now (young people who go to university go to Britain; Alliance MLA Niamh Corrigan)", geo=NI),
        ]),
    "07-onesheet-channel-deaths-boat-crowding-french-interceptions": dict(
        meta=dict(url="https://www.onesheet.example/news/uk/seven-dead-boulogne-crowding-channel-boats-new-high-3318840",
                  title="Seven dead off Boulogne as crowding on Channel boats reaches new high",
                  publisher="Onesheet", author="Amara Lindqvist", published_date="2026-09-15"),
        labels=[
            L("Seven", 7, E, P, DEATHS, MON7 + "; dead off Boulogne; headline)", geo=BOUL),
            L("At least 61", 61, AL, P, DEATHS, YTD7 + "; perished on the crossing in 2026; standfirst)"),
            L("At least seven", 7, AL, P, DEATHS, MON7 + "; died off the northern French coast when an overloaded dinghy got into trouble)", geo=BOUL),
            L("at least 61", 61, AL, P, DEATHS, YTD7 + "; this year's death toll in the Channel)"),
            R("between 60 and 80", 60, 80, P, "small_boat_people_on_board", MON7 + "; the boat that set off south of Boulogne-sur-Mer; the French maritime prefecture)", geo=BOUL),
            L("52", 52, E, P, "small_boat_rescues", MON7 + "; rescuers pulled from the water; the French maritime prefecture)", geo=BOUL),
            L("49", 49, E, P, DEATHS, "January to December 2025 (the whole of last year; International Organization for Migration)"),
            L("82", 82, E, P, DEATHS, "January to December 2024 (the record; International Organization for Migration)"),
            L("61", 61, E, P, DEATHS, YTD7 + "; of the 61)", ctx="Of the 61,"),
            L("38", 38, E, P, DEATHS + "_identified", YTD7 + "; only, identified so far)"),
            L("more than half", 50, MT, PCT, DEATHS + "_identified_share_eritrean_sudanese", YTD7 + "; of these, from Eritrea or Sudan)"),
            L("Nine", 9, E, P, DEATHS + "_children", YTD7 + "; were children)"),
            L("66", 66, E, PPB, OCC, YTD7 + "; people each on average, boats arriving in Kent; Home Office figures analysed by Onesheet)"),
            L("59", 59, E, PPB, OCC, "January to December 2025 (last year; Home Office figures analysed by Onesheet)"),
            L("about five times", 5, AP, RATIO, OCC + "_ratio", "2026 so far vs 2020 (people per boat; Home Office figures analysed by Onesheet)"),
            L("13", 13, E, PPB, OCC, "January to December 2020 (Home Office figures analysed by Onesheet)"),
            L("94", 94, E, PPB, OCC + "_max", "July 2026 (the most crowded boat so far this year, landed at Dungeness)", geo=DUNG),
            L("31,470", 31470, E, P, SBA, YTD7 + "; crossed since January)"),
            L("476", 476, E, BOATS, SBC, YTD7 + "; boats since January)"),
            L("8%", 8, E, PCT, SBA + "_change", "1 January to 14 September 2026 vs the same point in 2025 (more than)"),
            L("29,140", 29140, E, P, SBA, "1 January to 14 September 2025 (at the same point in 2025)"),
            L("409", 409, E, P, SBA, MON7 + "; still reached Britain that day)"),
            L("six", 6, E, BOATS, SBC, MON7 + "; boats that day)", ctx="in six boats"),
            L("14,900", 14900, E, P, STOP, YTD7 + "; stopped from setting off this year; the prefectures of the Nord and Pas-de-Calais)", geo=FR),
            L("roughly a third", THIRD, AP, PCT, STOP + "_share", YTD7 + "; of those who tried; the prefectures of the Nord and Pas-de-Calais)", geo=FR),
            L("23", 23, E, BOATS, "small_boat_interceptions_at_sea", "5 July to 14 September 2026 (since 5 July, taxi boats stopped at sea by maritime police)", geo=FR),
            L("c. 1,400", 1400, AP, P, "small_boat_interceptions_at_sea_people", "5 July to 14 September 2026 (since 5 July, carried on the boats stopped at sea)", geo=FR),
            L("£476m", 476000000, E, GBP, "uk_funding_to_france", "2023 to 2026 (across three years, under a 2023 agreement; French patrols)"),
            L("3,120", 3120, E, P, "returns", "August 2025 to 15 September 2026 (sent back under the one in, one out pilot since it began last August)", geo=FR),
            L("£14.6k", 14600, E, GBP, "fundraiser_amount_raised", "to 14 September 2026 (by last night; a fundraiser set up by volunteers in Dover to repatriate the bodies)", geo="Dover"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
