#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the two-hundred-and-ninth hand-labelled hold-out set (holdout209).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, HOTELS,
                        E, AP, MT, AL, LT, AM, ALM, SBA, AC, HOT)

UK, GB, ENG, WAL, SCO, NI, FR, EU = "UK", "Great Britain", "England", "Wales", "Scotland", "Northern Ireland", "France", "EU"
CASES, DEC, WEEKS, DAYS = "other:cases", "other:decisions", "other:weeks", "other:days"
PER10K = "other:persons_per_10000_residents"
BL, BLA = "asylum_backlog", "asylum_backlog_appeals"
ASP, DISP = "asylum_support_population", "asylum_dispersal_population"
HIU = "asylum_hotels_in_use"
ACH = "asylum_cost_hotels"
HPN = "asylum_hotel_cost_per_person_night"
GR = "asylum_grants_share_initial_decisions"
TRO = "tribunal_appeals_outstanding_immigration_asylum"
LSP, LSC = "large_site_population", "large_site_capacity"
LSN = "large_site_cost_per_person_night"
TGT = "asylum_dispersal_target"

# 01 (Thursday 26 September 2024; Economist-style Britain piece; "last year" is 2023)
J24 = "30 June 2024 (the end of June; the Home Office's latest count"
FY2324 = "April 2023 to March 2024 (2023-24"
SEP24 = "September 2024 ("

# 02 (Thursday 28 August 2025; BBC-style explainer with chart captions; figures for the year ending June 2025)
YJ25 = "July 2024 to June 2025 ("
CH2 = "; chart: initial grant rate by nationality, year ending June 2025)"
E25 = "30 June 2025 ("

# 03 (Thursday 11 December 2025; PA copy in an Angus paper; Ministry of Justice tribunal statistics to September 2025)
S25 = "30 September 2025 (when September ended; Ministry of Justice"
S24 = "30 September 2024 (twelve months before; Ministry of Justice"
Q3 = "July to September 2025 (between July and September; Ministry of Justice"
BOX3 = "; Appeals at a glance box, end of September 2025)"
GLA, ANG = "Glasgow", "Angus"

# 04 (Tuesday 3 February 2026; Telegraph-style; the minister's interview)
MIN = "Marcus Llewellyn-Oduya, border security and asylum minister)"
D25 = "31 December 2025 (when December ended; "
ESX, ESU, HIG = "Essex", "East Sussex", "Highland"

# 05 (Monday 13 April 2026; Guardian-style investigation; internal documents)
DOCS = "internal Home Office documents)"
F26 = "28 February 2026 (the end of February; " + DOCS

# 06 (Friday 17 July 2026; Wakefield local paper; Home Office figures for the end of March 2026)
WAK, YH = "Wakefield", "Yorkshire and the Humber"
M26 = "31 March 2026 (the end of March; Home Office figures"
BOX6 = "; Asylum in Wakefield district box, end of March 2026)"
CAL = "July 2026 (the Calder Lodge Hotel, Ossett; "

# 07 (Tuesday 10 November 2026; Express-style; leaked Home Office quota papers)
QUOTA = "by the end of 2028 (under the formula, leaked Home Office papers)"
NOW7 = "November 2026 (currently; leaked Home Office papers)"
SUR, ELM, MBRO = "Surrey", "Elmbridge", "Middlesbrough"

ARTICLES = {
    "01-the-proving-drawer-cost-per-asylum-claim": dict(
        meta=dict(url="https://www.theprovingdrawer.example/britain/2024/09/26/the-price-of-a-claim",
                  title="The price of a claim",
                  publisher="The Proving Drawer", author=None, published_date="2024-09-26"),
        labels=[
            V("thousands of pounds", 2000, 9000, GBP, "asylum_cost_per_claim_per_month_waiting", "per month (every month a case sits unopened, 2024; standfirst)"),
            L("118,882", 118882, E, CASES, BL, J24 + ", claims awaiting a first decision)"),
            L("about 151,000", 151000, AP, P, BL, J24 + ", people covered by those claims)"),
            L("14%", -14, E, PCT, BL + "_change", "30 June 2024 vs 30 June 2023 (a fall of, from the peak twelve months earlier; Home Office)"),
            L("175,457", 175457, E, P, BL, "30 June 2023 (the peak, twelve months earlier; Home Office)"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week (2024, weekly allowance for those who cook for themselves)"),
            L("£4.7bn", 4700000000, E, GBP, AC, FY2324 + ", spending on asylum support)"),
            L("almost a fifth", 20, ALM, PCT, AC + "_change", "2023-24 vs 2022-23 (up on)"),
            L("£3.96bn", 3960000000, E, GBP, AC, "April 2022 to March 2023 (2022-23, went out of the door)"),
            L("112,000", 112000, E, DEC, "asylum_initial_decisions", FY2324 + ", the same twelve months; the department)", occ=0),
            L("roughly £42,000", 42000, AP, GBP, "asylum_cost_per_claim_decided", FY2324 + ", each decided claim; the publication's calculation)"),
            L("About 29,600", 29600, AP, P, HOT, "30 June 2024 (late June)"),
            L("around £145", 145, AP, GBP, HPN, "per day (per person per night, a hotel bed, 2024; the department reckons)"),
            L("about £14", 14, AP, GBP, "asylum_dispersal_cost_per_person_night", "per day (per person per night, dispersal housing, 2024; the department reckons)"),
            L("more than ten times", 10, MT, RATIO, HPN + "_ratio", "2024 (the hotel against dispersal housing, per night)"),
            L("roughly £8m", 8000000, AP, GBP, ACH, "per day (across 2023, paid to hoteliers; the department)"),
            L("Around 107,000", 107000, AP, P, ASP, SEP24 + "draw support now)"),
            L("about £44,000", 44000, AP, GBP, "asylum_cost_per_person_per_year", "per year (" + SEP24[:-2] + ", an average for each person supported)"),
            L("just under £3,700", 3700, ALM, GBP, "asylum_cost_per_claim_per_month_waiting", "per month (" + SEP24[:-2] + ", for each month they wait)"),
            L("about £2.4bn", 2400000000, AP, GBP, "asylum_cost_saving_faster_decisions", "per year (2024, if every decision came six months sooner; the publication's calculation)"),
            L("roughly half", 50, AP, PCT, "asylum_cost_saving_faster_decisions_share_of_annual_cost", "per year (2024, of the annual bill)", ctx="roughly half the annual"),
            L("about 2,500", 2500, AP, P, "asylum_decision_makers", SEP24 + "the department employs)"),
            L("112,000", 112000, E, DEC, "asylum_initial_decisions", FY2324 + ", those decisions)", occ=1),
            L("fewer than one", 1, LT, DEC, "asylum_decisions_per_caseworker", "per week (2023-24, a week for each decision-maker)"),
            L("1,000", 1000, E, P, "asylum_caseworkers_additional", "from 5 July 2024 (Labour says it will hire more)"),
            L("about 45,000", 45000, AP, DEC, "asylum_decisions_additional_from_new_caseworkers", "per year (at current rates, 1,000 more caseworkers would add)"),
            L("about 90,000", 90000, AP, P, "asylum_backlog_illegal_migration_act_cohort", "5 July to 26 September 2024 (since polling day, claims restarted after being frozen under the Illegal Migration Act)"),
            L("About half", 50, AP, PCT, "asylum_refusals_share_appealed", "2024 (of those refused, lodge an appeal)"),
            L("roughly half", 50, AP, PCT, "asylum_appeals_share_allowed", "2024 (of the appeals the tribunal hears)", ctx="allows roughly half"),
            L("about £1,800", 1800, AP, GBP, "asylum_appeal_cost", "2024 (each hearing costs the courts)"),
            L("More than 25,000", 25000, MT, P, SBA, "1 January to 26 September 2024 (so far this year)"),
            L("67%", 67, E, PCT, GR, "January to December 2023 (last year, of initial decisions)"),
        ]),
    "02-the-breadbin-asylum-grant-rates-backlog-charts": dict(
        meta=dict(url="https://www.thebreadbin.example/news/articles/asylum-claims-grant-rates-backlog-appeals-four-charts",
                  title="Asylum claims: Who is allowed to stay, and how long does the wait last? Four charts",
                  publisher="The Breadbin", author="Tamsin Wolstenholme-Achterberg", published_date="2025-08-28"),
        labels=[
            L("111,084", 111084, E, P, "asylum_applications", YJ25 + "between July 2024 and June 2025; Home Office)", occ=0),
            L("14%", 14, E, PCT, "asylum_applications_change", "year ending June 2025 vs year ending June 2024 (up on the previous 12-month period)", ctx="That was 14% up"),
            L("10,742", 10742, E, P, "asylum_applications_pakistani", YJ25 + "Pakistani nationals, the largest number of claims)"),
            L("almost one in 10", 10, ALM, PCT, "asylum_applications_share_pakistani", YJ25 + "of the total)"),
            L("Seven in 10", 70, E, PCT, "asylum_applications_pakistani_share_arrived_on_visa", YJ25 + "Pakistani claimants who arrived on a work or study visa)"),
            L("111,084", 111084, E, P, "asylum_applications", YJ25 + "the latest total, the highest on record; chart caption)", occ=1),
            L("116,239", 116239, E, DEC, "asylum_initial_decisions", YJ25 + "over the year to June, first-instance decisions)"),
            L("48%", 48, E, PCT, GR, YJ25 + "of those, gave protection)"),
            L("61%", 61, E, PCT, GR, "July 2023 to June 2024 (a year earlier)"),
            L("13 percentage points", -13, E, PCT, GR + "_change", "year ending June 2025 vs year ending June 2024 (a fall of)"),
            L("about 42%", 42, AP, PCT, GR, "January to December 2024 (first-instance decisions in 2024 that were positive)", geo=EU),
            L("36%", 36, E, PCT, GR + "_afghan", YJ25 + "Afghans' grant rate fell to)", occ=0),
            L("98%", 98, E, PCT, GR + "_afghan", "July 2023 to June 2024 (twelve months earlier)", ctx="from 98% twelve"),
            L("about 6,800", 6800, AP, CASES, "asylum_backlog_syrian_claims_paused", "December 2024 to August 2025 (paused since the fall of the Assad government last December)"),
            L("99%", 99, E, PCT, GR + "_sudanese", YJ25 + "Sudan" + CH2),
            L("98%", 98, E, PCT, GR + "_eritrean", YJ25 + "Eritrea" + CH2, ctx="Eritrea 98%"),
            L("62%", 62, E, PCT, GR + "_iranian", YJ25 + "Iran" + CH2),
            L("36%", 36, E, PCT, GR + "_afghan", YJ25 + "Afghanistan" + CH2, occ=1),
            L("31%", 31, E, PCT, GR + "_iraqi", YJ25 + "Iraq" + CH2),
            L("14%", 14, E, PCT, GR + "_vietnamese", YJ25 + "Vietnam" + CH2, ctx="Vietnam 14%"),
            L("9%", 9, E, PCT, GR + "_albanian", YJ25 + "Albania" + CH2),
            L("5%", 5, E, PCT, GR + "_pakistani", YJ25 + "Pakistan" + CH2),
            L("3%", 3, E, PCT, GR + "_bangladeshi", YJ25 + "Bangladesh" + CH2),
            L("70,532", 70532, E, CASES, BL, E25 + "by June's end, claims awaiting a first decision; Home Office)"),
            L("41%", -41, E, PCT, BL + "_change", "30 June 2025 vs 30 June 2024 (down on the end of June 2024)"),
            L("90,812", 90812, E, P, BL, E25 + "people, once partners and children are included)", occ=0),
            L("38,150", 38150, E, P, "asylum_backlog_waiting_over_6_months", E25 + "waiting longer than six months)"),
            L("about two in five", 40, AP, PCT, "asylum_backlog_share_waiting_over_6_months", E25 + "of those people)"),
            L("175,457", 175457, E, P, BL, "30 June 2023 (the line peaks in June 2023; chart caption)"),
            L("90,812", 90812, E, P, BL, E25 + "by June 2025; chart caption)", occ=1),
            L("Some 43,760", 43760, AP, CASES, BLA, E25 + "at the close of June, asylum appeals in the tribunal's lists; Ministry of Justice)"),
            L("more than double", 2, MT, RATIO, BLA + "_ratio", "30 June 2025 vs 30 June 2024 (twelve months before; Ministry of Justice)"),
            L("20,900", 20900, E, CASES, BLA, "30 June 2024 (twelve months before; Ministry of Justice)", occ=0),
            L("20,900", 20900, E, CASES, BLA, "30 June 2024 (the end of June 2024; chart caption, Ministry of Justice)", occ=1),
            L("43,760", 43760, E, CASES, BLA, E25 + "the end of June 2025; chart caption, Ministry of Justice)", occ=1),
            L("110,756", 110756, E, P, ASP, E25 + "June's figures, receiving asylum support)"),
            L("32,059", 32059, E, P, HOT, E25 + "June's figures, in hotels)"),
            L("about 29%", 29, AP, PCT, "asylum_support_share_hotels", E25 + "of those receiving asylum support, in hotels)"),
            L("8%", 8, E, PCT, HOT + "_change", "30 June 2025 vs 30 June 2024 (more than a year earlier)"),
            L("29,585", 29585, E, P, HOT, "30 June 2024 (a year earlier)"),
            L("more than 40%", -40, MT, PCT, BL + "_change", "July 2024 to August 2025 (cut the backlog of initial decisions since the election; a Home Office spokesperson)"),
        ]),
    "03-forfar-bridie-pa-tribunal-appeal-waits": dict(
        meta=dict(url="https://www.forfarbridie.example/news/national/asylum-appeal-waits-lengthen-as-tribunal-queue-grows-by-71-5518206",
                  title="Asylum appeal waits lengthen as tribunal queue grows by 71%",
                  publisher="Forfar Bridie", author="Fenella Drummond-Okafor", published_date="2025-12-11"),
        labels=[
            L("71%", 71, E, PCT, TRO + "_change", "30 September 2025 vs 30 September 2024 (tribunal queue grows by; headline)", occ=0),
            L("More than 63,000", 63000, MT, CASES, TRO, "11 December 2025 (waiting to be heard; image caption)"),
            L("63,480", 63480, E, CASES, TRO, S25 + ")", occ=0),
            L("71%", 71, E, PCT, TRO + "_change", "30 September 2025 vs 30 September 2024 (a rise of, from twelve months before; Ministry of Justice)", occ=1),
            L("37,120", 37120, E, CASES, TRO, S24 + ")"),
            L("48,950", 48950, E, CASES, BLA, S25 + ", asylum appeals)", occ=0),
            L("more than three-quarters", 75, MT, PCT, TRO + "_share_asylum", S25 + ", of the total)"),
            L("1,310", 1310, E, CASES, TRO + "_revision", "30 June 2025 (the end of June, revised up; Ministry of Justice)"),
            L("58,930", 58930, E, CASES, TRO, "30 June 2025 (the end of June, revised count; Ministry of Justice)"),
            L("4,550", 4550, E, CASES, TRO + "_change", "30 June to 30 September 2025 (the queue lengthened in three months; Ministry of Justice)"),
            L("14,210", 14210, E, CASES, "tribunal_appeals_lodged_immigration_asylum", Q3 + ")"),
            L("45%", 45, E, PCT, "tribunal_appeals_lodged_immigration_asylum_change", "July to September 2025 vs the same quarter of 2024 (up; Ministry of Justice)"),
            L("9,800", 9800, E, CASES, "tribunal_appeals_lodged_immigration_asylum", "July to September 2024 (the same quarter of 2024; Ministry of Justice)"),
            L("9,660", 9660, E, CASES, "tribunal_appeals_disposed_immigration_asylum", Q3 + ", judges dealt with)"),
            L("58 weeks", 58, E, WEEKS, "asylum_appeal_wait_average", Q3 + ", the average asylum appeal, once lodged)", occ=0),
            L("37 weeks", 37, E, WEEKS, "asylum_appeal_wait_average", "July to September 2024 (a year earlier; Ministry of Justice)"),
            L("21 weeks", 21, E, WEEKS, "asylum_appeal_wait_average_change", "July to September 2025 vs a year earlier (an extra, of waiting; Ministry of Justice)"),
            L("49 weeks", 49, E, WEEKS, "asylum_appeal_wait_average", Q3 + ", the average in Glasgow)", geo=GLA),
            R("between 40 and 60 weeks", 40, 60, WEEKS, "asylum_appeal_listing_wait", "December 2025 (typically given hearing dates after lodging; solicitors in the city)", geo=GLA),
            L("46%", 46, E, PCT, "asylum_appeals_share_allowed", Q3 + ", asylum appeals decided at a hearing in the quarter)"),
            L("About 38,000", 38000, AP, P, "asylum_support_population_awaiting_appeal", "December 2025 (people with appeals pending still receiving asylum support; the department)"),
            L("around £40,000", 40000, AP, GBP, "asylum_cost_per_person_per_year", "per year (December 2025, per person; the department)"),
            L("roughly £1.5bn", 1500000000, AP, GBP, "asylum_cost_support_awaiting_appeal", "per year (December 2025, would cost; the department)"),
            L("75", 75, E, P, "tribunal_judges_recruited", "April to December 2025 (since April; a Ministry of Justice spokesperson)"),
            L("6,500", 6500, E, "other:sitting_days", "tribunal_sitting_days_added", "April 2025 to March 2026 (this financial year; a Ministry of Justice spokesperson)"),
            L("5,330", 5330, E, P, ASP, "30 September 2025 (the end of September; Home Office data)", geo=SCO),
            L("3,870", 3870, E, P, ASP, "30 September 2025 (the end of September; Home Office data)", geo=GLA),
            L("almost three-quarters", 75, ALM, PCT, "asylum_support_population_share_glasgow", "30 September 2025 (of those in Scotland, in Glasgow; Home Office data)", geo=SCO),
            L("34", 34, E, P, DISP, "December 2025 (the area hosted, in dispersal accommodation; Angus Council)", geo=ANG),
            L("63,480", 63480, E, CASES, TRO, "30 September 2025 (outstanding at the First-tier Tribunal" + BOX3, occ=1),
            L("48,950", 48950, E, CASES, BLA, "30 September 2025 (of which asylum" + BOX3, occ=1),
            L("58 weeks", 58, E, WEEKS, "asylum_appeal_wait_average", "July to September 2025 (average asylum wait" + BOX3, occ=1),
        ]),
    "04-the-saltcellar-minister-hotels-army-camps": dict(
        meta=dict(url="https://www.thesaltcellar.example/politics/2026/02/03/every-asylum-hotel-shut-before-election-minister-army-camps/",
                  title="Every asylum hotel will be shut before the election, vows minister",
                  publisher="The Saltcellar", author="Jemima Ravenscroft-Idowu", published_date="2026-02-03"),
        labels=[
            L("27", 27, E, P, LSP, "late January 2026 (the first men arrived last week, Crowborough camp; image caption)", geo=ESU),
            L("197", 197, E, HOTELS, HIU, D25 + MIN),
            L("213", 213, E, HOTELS, HIU, "July 2024 (Labour's first month in office; " + MIN),
            L("more than 400", 400, MT, HOTELS, HIU, "2023 (a Conservative-era peak; " + MIN, occ=0),
            L("over 400", 400, MT, HOTELS, HIU, "2023 (at one point, the last government was paying for; " + MIN),
            L("nearly £9m", 9000000, ALM, GBP, ACH, "per day (2023, at one point under the last government; " + MIN),
            L("16", 16, E, HOTELS, "asylum_hotels_closed", "July 2024 to February 2026 (of the hotels we inherited, shut; " + MIN),
            L("at least 40", 40, AL, HOTELS, "asylum_hotels_closed_planned", "February to the end of summer 2026 (more by the end of the summer; " + MIN),
            L("less than half", 0.5, LT, RATIO, LSN + "_ratio", "2026 (per night, Crowborough and Cameron Barracks against a hotel room; " + MIN),
            L("28,940", 28940, E, P, HOT, "31 December 2025 (the last day of December; Home Office figures seen by this newspaper)"),
            L("24%", -24, E, PCT, HOT + "_change", "31 December 2025 vs 31 December 2024 (fewer than a year earlier; Home Office figures)"),
            L("38,079", 38079, E, P, HOT, "31 December 2024 (a year earlier; Home Office figures)"),
            L("up to 540", 540, AM, P, LSC, "2026 (the camp at Crowborough will take, single men)", geo=ESU),
            L("around 300", 300, AP, P, LSC, "2026 (Cameron Barracks in Inverness will take)", geo=HIG),
            L("about 840", 840, AP, P, LSC, "2026 (together the camps will hold)"),
            L("fewer than one in 30", 100 / 30, LT, PCT, "large_site_capacity_share_of_hotel_population", "2026 (of those still in hotels)"),
            L("about £145", 145, AP, GBP, HPN, "per day (per person per night, a hotel place, 2026; " + MIN),
            L("under £70", 70, LT, GBP, LSN + "_expected", "per day (per person per night, at the camps once full, 2026; " + MIN),
            L("more than 500", 500, MT, P, "returns_france", "August 2025 to February 2026 (flown back to France under the returns deal since August; " + MIN, geo=FR),
            L("£5.12bn", 5120000000, E, GBP, AC, "April 2024 to March 2025 (2024-25, a record, asylum cost taxpayers; the shadow home secretary)"),
            V("a few hundred", 200, 900, P, LSC, "2026 (beds in the Highlands; the shadow home secretary)", geo=HIG),
            L("more than 41,000", 41000, MT, P, SBA, "January to December 2025 (last year, the boats brought; the shadow home secretary)"),
            V("tens of thousands", 20000, 90000, P, HOT, "February 2026 (young men remained in hotels; Reform UK)"),
            L("£46m", 46000000, E, GBP, "large_site_cost_excess_over_hotels", "2023 onwards (the previous government's large sites, more than hotels; a National Audit Office finding)"),
            L("2,012", 2012, E, P, "poll_sample_size", "early 2026 (adults questioned; polling for The Saltcellar)"),
            L("58%", 58, E, PCT, "poll_share_support_military_sites", "early 2026 (backed housing asylum seekers at military sites; polling for The Saltcellar)"),
            L("19%", 19, E, PCT, "poll_share_oppose_military_sites", "early 2026 (were opposed; polling for The Saltcellar)"),
        ]),
    "05-the-scullery-military-sites-investigation": dict(
        meta=dict(url="https://www.thescullery.example/uk-news/2026/apr/13/revealed-ex-raf-base-wethersfield-costs-more-per-night-than-asylum-hotels",
                  title="Revealed: ex-RAF base costs more per night than asylum hotels it was meant to replace",
                  publisher="The Scullery", author="Ottoline Pemberton-Nnamdi and Casimir Featherstonehaugh-Bello", published_date="2026-04-13"),
        labels=[
            L("One in four", 25, E, PCT, "large_site_population_share_referred_mental_health", "January to December 2025 (men held at Wethersfield, referred for mental health care; standfirst)", geo=ESX),
            L("about 850", 850, AP, P, LSP, "April 2026 (now houses, Wethersfield; image caption)", occ=0, geo=ESX),
            L("£172", 172, E, GBP, LSN, "per day (a night for each man, Wethersfield, 2025-26; " + DOCS, geo=ESX),
            L("almost a fifth", 20, ALM, PCT, LSN + "_premium_over_hotels", "2025-26 (more than the average for a hotel; " + DOCS, geo=ESX),
            L("£145", 145, E, GBP, HPN, "per day (the average for a hotel, per person per night, 2025-26; " + DOCS),
            L("1,245", 1245, E, P, LSC, "April 2026 (Wethersfield has beds)", geo=ESX),
            L("About 850", 850, AP, P, LSP, F26, geo=ESX),
            L("just over two-thirds", 200 / 3, MT, PCT, "large_site_occupancy_share", F26, geo=ESX),
            L("about £53m", 53000000, AP, GBP, "large_site_cost_running", "per year (at that occupancy, Wethersfield; " + DOCS, geo=ESX),
            L("£62m", 62000000, E, GBP, "large_site_cost_site_works", "July 2023 to April 2026 (since it opened in July 2023; " + DOCS, geo=ESX),
            L("more than £230m", 230000000, MT, GBP, "large_site_cost", "July 2023 to April 2026 (in all, spent on the base; " + DOCS, geo=ESX),
            L("£1.4m", 1400000, E, GBP, "large_site_cost_security", "per month (private security, Wethersfield, 2026; " + DOCS, geo=ESX),
            L("97 days", 97, E, DAYS, "large_site_stay_average", "to 28 February 2026 (men stayed for an average of; " + DOCS, geo=ESX),
            L("at least 60", 60, AL, P, "large_site_residents_held_over_six_months", F26, geo=ESX),
            L("Three-quarters", 75, E, PCT, "large_site_population_share_eritrea_sudan_afghanistan_iran", F26, geo=ESX),
            L("212", 212, E, P, "large_site_residents_referred_mental_health", "January to December 2025 (in 2025; the local NHS trust)", geo=ESX),
            L("roughly one in four", 25, AP, PCT, "large_site_population_share_referred_mental_health", "January to December 2025 (of the site's population; the local NHS trust)", geo=ESX),
            L("143", 143, E, "other:incidents", "large_site_police_incidents", "January to December 2025 (last year; Essex police)", geo=ESX),
            L("63%", 63, E, PCT, "large_site_police_incidents_change", "2025 vs 2024 (up; Essex police)", geo=ESX),
            L("88", 88, E, "other:incidents", "large_site_police_incidents", "January to December 2024 (2024; Essex police)", geo=ESX),
            L("1,410", 1410, E, P, "large_site_residents_asylum_decisions", "July 2023 to April 2026 (residents whose claims have been decided since the base opened; the Home Office)", geo=ESX),
            L("1,113", 1113, E, P, "large_site_residents_asylum_grants", "July 2023 to April 2026 (granted protection since the base opened; the Home Office)", geo=ESX),
            L("79%", 79, E, PCT, "asylum_grants_share_decisions_large_site_residents", "July 2023 to April 2026 (since the base opened; the Home Office)", geo=ESX),
            L("380", 380, E, P, LSP, "31 March 2026 (by the end of March, Crowborough; " + DOCS, geo=ESU),
            L("seven in 10", 70, E, PCT, "large_site_occupancy_share", "31 March 2026 (of its places, Crowborough; " + DOCS, geo=ESU),
            L("540", 540, E, P, LSC, "2026 (Crowborough's places; " + DOCS, geo=ESU),
            L("£38.5m", 38500000, E, GBP, "large_site_cost_site_works", "to April 2026 (Crowborough's site works; " + DOCS, geo=ESU),
            L("£118", 118, E, GBP, LSN + "_expected", "per day (a night per person, Crowborough once full, 2026; " + DOCS, geo=ESU),
            L("under £70", 70, LT, GBP, LSN + "_expected", "per day (per person per night at the camps, promised in February 2026; the border security minister)"),
            L("more than 200", 200, MT, HOTELS, HIU, "July 2024 (we inherited; a Home Office spokesperson)"),
            L("fewer than 29,000", 29000, LT, P, HOT, "31 December 2025 (remained in hotels when 2025 ended; the Home Office)"),
        ]),
    "06-wakefield-larder-ossett-asylum-hotel-closure": dict(
        meta=dict(url="https://www.wakefieldlarder.example/news/local-politics/ossett-asylum-hotel-to-close-by-autumn-as-home-office-confirms-exit-plan-for-wakefield-4417302",
                  title="Ossett asylum hotel to close by autumn as Home Office confirms exit plan for Wakefield",
                  publisher="Wakefield Larder", author="Gideon Ashworth-Mbatha", published_date="2026-07-17"),
        labels=[
            L("one", 1, E, HOTELS, HIU, "from 30 September 2026 (after the closure, still in use in the district; the Home Office)", ctx="leaving one hotel", geo=WAK),
            L("118", 118, E, P, HOT, CAL + "its residents)", geo=WAK),
            L("up to 60", 60, AM, P, "asylum_hotel_moves_to_large_sites", "by 30 September 2026 (could be offered places at Crowborough or Wethersfield; the Home Office)", geo=WAK),
            L("113", 113, E, P, HOT, "July 2026 (the Pennine Way Inn, residents)", geo=WAK),
            L("688", 688, E, P, ASP, M26 + ")", occ=0, geo=WAK),
            L("231", 231, E, P, HOT, M26 + ", in the two hotels)", occ=0, geo=WAK),
            L("two", 2, E, HOTELS, HIU, M26 + ", the two hotels)", ctx="in the two hotels", geo=WAK),
            L("about a third", 100 / 3, AP, PCT, "asylum_support_share_hotels", M26 + ")", geo=WAK),
            L("457", 457, E, P, DISP, M26 + ", in dispersal housing)", occ=0, geo=WAK),
            L("14%", 14, E, PCT, ASP + "_change", "31 March 2026 vs 31 March 2025 (up on a year earlier; Home Office figures)", geo=WAK),
            L("602", 602, E, P, ASP, "31 March 2025 (a year earlier; Home Office figures)", geo=WAK),
            L("about 19", 19, AP, PER10K, ASP + "_per_10000_residents", M26 + ", for every 10,000 residents)", geo=WAK),
            L("24", 24, E, PER10K, ASP + "_per_10000_residents", M26 + ", the regional average)", ctx="Humber average of 24", geo=YH),
            L("11", 11, E, HOTELS, HIU, M26 + ", across the region)", geo=YH),
            L("24", 24, E, HOTELS, HIU, "31 March 2025 (twelve months before; Home Office figures)", ctx="from 24 twelve", geo=YH),
            L("161", 161, E, HOTELS, HIU, M26 + ", nationally)"),
            L("24,310", 24310, E, P, HOT, M26 + ", nationally)"),
            L("about £138", 138, AP, GBP, HPN, "per day (per person per night at the Calder Lodge, 2026; the council)", geo=WAK),
            L("more than £16,000", 16000, MT, GBP, "asylum_hotel_cost_per_night", "per day (a night for the Calder Lodge as a whole, 2026; the council)", geo=WAK),
            L("£412,000", 412000, E, GBP, "council_refugee_temporary_accommodation_cost", "April 2025 to March 2026 (2025-26, temporary accommodation for people leaving asylum hotels; Ruth Haverstock-Nwankwo, council leader)", geo=WAK),
            L("About 150", 150, AP, P, "asylum_hotel_protest_attendance", "11 July 2026 (on Saturday, gathered outside the Calder Lodge)", geo=WAK),
            L("around 80", 80, AP, P, "asylum_hotel_counter_protest_attendance", "11 July 2026 (on Saturday, a counter-demonstration)", geo=WAK),
            L("three", 3, E, P, "asylum_hotel_protest_arrests", "11 July 2026 (on Saturday; West Yorkshire Police)", ctx="made three arrests", geo=WAK),
            L("9.6k", 9600, E, "other:signatures", "petition_signatures", "to 16 July 2026 (by Thursday, the petition to shut the hotel)", geo=WAK),
            L("688", 688, E, P, ASP, "31 March 2026 (in asylum support" + BOX6, occ=1, geo=WAK),
            L("231", 231, E, P, HOT, "31 March 2026 (in hotels" + BOX6, occ=1, geo=WAK),
            L("457", 457, E, P, DISP, "31 March 2026 (in dispersal housing" + BOX6, occ=1, geo=WAK),
            L("c. 364,000", 364000, AP, P, "population", "2026 (district population; ONS" + BOX6, geo=WAK),
        ]),
    "07-daily-skillet-council-dispersal-quotas": dict(
        meta=dict(url="https://www.dailyskillet.example/news/politics/2041187/asylum-quotas-councils-surrey-elmbridge-home-office-plan",
                  title="EXCLUSIVE: Leafy shires face asylum QUOTAS as Labour sets a formula for every council",
                  publisher="Daily Skillet", author="Barnaby Kettlewell-Ogunbiyi", published_date="2026-11-10"),
        labels=[
            V("a few dozen", 24, 108, P, ASP, NOW7[:-1] + "; Surrey towns, each; standfirst)", geo=SUR),
            V("hundreds", 200, 900, P, TGT, "by the end of 2028 (could be told to take each, Surrey towns; standfirst)", geo=SUR),
            L("22", 22, E, PER10K, TGT + "_per_10000_residents", QUOTA, geo=GB),
            L("350", 350, E, "other:councils", "councils", "November 2026 (the councils in England, Scotland and Wales)", geo=GB),
            L("142", 142, E, "other:councils", "councils_hosting_fewer_than_5_per_10000", NOW7, geo=GB),
            L("two in five", 40, E, PCT, "councils_share_hosting_fewer_than_5_per_10000", NOW7[:-1] + "; of the total)", geo=GB),
            L("139,000", 139000, E, P, "population", "2026 (the Surrey borough of)", geo=ELM),
            L("14", 14, E, P, ASP, "June 2026 (just, being supported in June)", ctx="just 14 asylum", geo=ELM),
            L("306", 306, E, P, TGT, QUOTA, geo=ELM),
            L("more than 20 times", 20, MT, RATIO, TGT + "_vs_current_ratio", "by the end of 2028 vs June 2026 (as many)", geo=ELM),
            L("11", 11, E, "other:councils", "councils", "2026 (Surrey's district and borough councils)", geo=SUR),
            L("1.2m", 1200000, E, P, "population", "2026 (home to)", geo=SUR),
            L("about 2,640", 2640, AP, P, TGT, QUOTA[:-1] + "; between them)", geo=SUR),
            L("410", 410, E, P, ASP, "November 2026 (today)", geo=SUR),
            L("1,047", 1047, E, P, ASP, "November 2026 (already houses)", geo=MBRO),
            L("more than three times", 3, MT, RATIO, ASP + "_per_10000_residents_vs_target_ratio", "November 2026 (the new rate)", geo=MBRO),
            L("3,910", 3910, E, P, ASP, "November 2026 (already houses)", geo="Glasgow"),
            L("nearly three times", 3, ALM, RATIO, ASP + "_per_10000_residents_vs_target_ratio", "November 2026 (the new rate)", geo="Glasgow"),
            L("almost 7,000", 7000, ALM, P, TGT, QUOTA[:-1] + "; Welsh councils between them)", geo=WAL),
            L("About 2,600", 2600, AP, P, ASP, "November 2026 (in asylum support there)", geo=NI),
            L("£4,250", 4250, E, GBP, "council_asylum_grant_per_new_dispersal_bed", "2026 onwards (for each extra bed; leaked Home Office papers)", geo=GB),
            L("£3,500", 3500, E, GBP, "council_asylum_grant_per_new_dispersal_bed", "until 2026 (up from; leaked Home Office papers)", geo=GB),
            L("21%", 21, E, PCT, "council_asylum_grant_per_new_dispersal_bed_change", "2026 (a rise of)", geo=GB),
            L("seven in 10", 70, E, PCT, "councils_share_insufficient_affordable_homes", "2026 (councils without enough affordable homes to meet the plan; a Local Government Association survey)", geo=ENG),
            L("1,900", 1900, E, "other:families", "council_housing_waiting_list", "November 2026 (on our housing waiting list; Peregrine Ashdown-Ofori, Conservative leader of a Surrey council)", geo=SUR),
            L("tripled", 3, E, RATIO, "council_temporary_accommodation_cost_ratio", "2022 to 2026 (in four years; Peregrine Ashdown-Ofori)", geo=SUR),
            L("17,940", 17940, E, P, HOT, "30 September 2026 (the end of September; the Home Office)"),
            L("118", 118, E, HOTELS, HIU, "30 September 2026 (the end of September; the Home Office)"),
            L("43", 43, E, HOTELS, "asylum_hotels_closed", "January to June 2026 (the first half of 2026; a Home Office spokesman)"),
            L("more than 36,000", 36000, MT, P, SBA, "1 January to 10 November 2026 (so far this year)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
