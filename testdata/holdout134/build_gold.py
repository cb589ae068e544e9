#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-thirty-fourth hand-labelled hold-out set (holdout134).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, HOTELS, BOATS, PPB, THIRD, SIXTH,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, PTR, RSC, RSP)

UK, SCO, NI, WAL, ENG, FR = "UK", "Scotland", "Northern Ireland", "Wales", "England", "France"
VAC, INC, CALLS, HOMES = "other:vacancies", "other:incidents", "other:calls", "other:homes"

# 01 (Thursday 20 August 2026; Home Office quarterly statistics released that day, year ending June 2026)
HO1 = "Home Office quarterly statistics published Thursday 20 August 2026"
YJ26 = "July 2025 to June 2026 (the year to June; " + HO1
YJ25 = "July 2024 to June 2025 (the previous year; " + HO1 + ")"
J26 = "30 June 2026 (" + HO1
CH1 = "year ending June 2026 vs year ending June 2025"
# 02 (Monday 12 October 2026; internal Home Office documents seen by the paper)
DOCS = "internal Home Office documents seen by the Daily Wallop"
NOW2 = "12 October 2026 (on Monday"
SINCE2 = "July to 12 October 2026 (since July"
FY26 = "April 2025 to March 2026 (2025/26"
FY25 = "April 2024 to March 2025 (2024/25"
HOS = "Home Office spokesperson"
SHS = "the shadow home secretary"
# 03 (Saturday 5 December 2026; ONS provisional estimates released Thursday 26 November 2026, year ending June 2026)
ONS3 = "ONS estimates released Thursday 26 November 2026"
YJ26_3 = "July 2025 to June 2026 (the year ending June 2026; " + ONS3
YJ25_3 = "July 2024 to June 2025 (the twelve months to June 2025"
# 04 (Wednesday 15 July 2026; PA copy with local lines; ONS mid-2025 estimates released the week before)
ONS4 = "ONS mid-2025 estimates released the week before 15 July 2026"
YM4 = "July 2024 to June 2025 (the year to mid-2025; " + ONS4 + ")"
MID4 = "30 June 2025 (mid-2025; " + ONS4 + ")"
CUM, CUMB, WAF, KEN = "Cumbria", "Cumberland", "Westmorland and Furness", "Kendal"
SFC = "Skills for Care"
FELL = "July 2026 (Fellside Homecare, Kendal"
# 05 (Thursday 31 December 2026; the year 2026)
Y26 = "1 January to 31 December 2026 (in 2026"
TALLY = "tally compiled by the Bellfounder from French prosecutors, coroners and the IOM"
PREF = "French maritime prefecture at Cherbourg"
VL = "Veille Littorale, Calais"
# 06 (Wednesday 8 July 2026; ONS mid-2025 estimates released "yesterday", Tuesday 7 July 2026)
ONS6 = "ONS mid-2025 estimates released Tuesday 7 July 2026"
YM6 = "July 2024 to June 2025 (the year to mid-2025; " + ONS6
MID6 = "30 June 2025 (mid-2025; " + ONS6
CDF = "Cardiff"
# 07 (Tuesday 21 July 2026; Home Office annual report and accounts 2025/26 published Monday 20 July 2026)
ARA = "Home Office annual report and accounts 2025/26, published Monday 20 July 2026"
WHOLE = "April 2022 to March 2026 (the scheme's final bill; " + ARA
LD = "the Liberal Democrats' home affairs spokesperson"

ARTICLES = {
    "01-whinchat-news-asylum-claims-backlog-quarterly": dict(
        meta=dict(url="https://www.whinchatnews.example/news/articles/c4r8w2n71qxo",
                  title="Asylum claims fall by a fifth as waiting list drops below 50,000",
                  publisher="Whinchat News", author="Marta Quennell-Achebe", published_date="2026-08-20"),
        labels=[
            L("a fifth", -20, E, PCT, "asylum_applications_change", CH1 + " (asylum claims fall by; headline)", ctx="fall by a fifth as"),
            L("below 50,000", 50000, LT, P, "asylum_backlog", J26 + "; the waiting list drops below; headline)"),
            L("a fifth", -20, E, PCT, "asylum_applications_change", CH1 + " (claims dropped by; " + HO1 + ")", ctx="dropped by a fifth over"),
            L("87,340", 87340, E, P, "asylum_applications", YJ26 + "; people lodged a claim in the year)"),
            L("109,180", 109180, E, P, "asylum_applications", YJ25),
            L("47,900", 47900, E, P, "asylum_backlog", J26 + "; claims in the initial-decision queue on 30 June)"),
            L("less than half", 0.5, LT, RATIO, "asylum_backlog_ratio", "30 June 2026 vs 30 June 2025 (the queue against a year earlier; " + HO1 + ")"),
            L("104,600", 104600, E, P, "asylum_backlog", "30 June 2025 (logged a year earlier; " + HO1 + ")"),
            L("121,450", 121450, E, P, "asylum_initial_decisions", YJ26 + "; initial decisions over the year)"),
            L("Some 48%", 48, AP, PCT, "asylum_grants_share_initial_decisions", YJ26 + "; ended in a grant of protection)"),
            L("61%", 61, E, PCT, "asylum_grants_share_initial_decisions", "July 2024 to June 2025 (the year ending June 2025; " + HO1 + ")"),
            L("63,160", 63160, E, P, "asylum_refusals", YJ26 + "; refused at the first stage)"),
            L("nearly four times", 4, ALM, RATIO, "asylum_refusals_ratio", "year ending June 2026 vs year ending June 2024 (refusals at the first stage)"),
            L("16,400", 16400, E, P, "asylum_refusals", "July 2023 to June 2024 (turned down in the year to June 2024; " + HO1 + ")"),
            L("71,200", 71200, E, P, "asylum_backlog_appeals", J26 + "; unheard appeals at the tribunal by the close of June)", occ=0),
            L("38%", 38, E, PCT, "asylum_backlog_appeals_change", "30 June 2026 vs 30 June 2025 (a rise on twelve months before)"),
            L("43%", 43, E, PCT, "asylum_appeals_share_allowed", YJ26 + "; of the appeals judges decided during the year)"),
            L("9,870", 9870, E, P, "asylum_applications_afghan", YJ26 + "; Afghans, the biggest group of claimants)"),
            L("Roughly 36%", 36, AP, PCT, "asylum_applications_share_small_boat", YJ26 + "; claims lodged by small-boat arrivals)"),
            L("26,905", 26905, E, P, SBA, "1 January to 20 August 2026 (so far this year; separate Home Office daily figures)"),
            L("14%", -14, E, PCT, "asylum_applications_change", "January to June 2026 vs January to June 2025 (dropped; EU Agency for Asylum)", geo="EU"),
            L("21,640", 21640, E, P, HOT, J26 + "; living in hotels when June ended)"),
            L("about a third", -THIRD, AP, PCT, HOT + "_change", "30 June 2026 vs 30 June 2025 (down on a year before)"),
            L("31,900", 31900, E, P, HOT, "30 June 2025 (a year before; " + HO1 + ")"),
            L("103,400", 103400, E, P, "asylum_support_population", J26 + "; receiving asylum support)"),
            L("5,870", 5870, E, P, "asylum_support_population", J26 + ")", geo=SCO),
            L("2,480", 2480, E, P, "asylum_support_population", J26 + ")", geo=NI),
            L("£4.71bn", 4710000000, E, GBP, AC, FY26 + "; asylum cost the Home Office)"),
            L("£5.41bn", 5410000000, E, GBP, AC, FY25 + "; a record)"),
            L("more than 118,000", 118000, MT, P, "asylum_backlog", "5 July 2024 (when we came into office, waiting on a first decision; the border security and asylum minister)"),
            L("fewer than 48,000", 48000, LT, P, "asylum_backlog", "20 August 2026 (today; the border security and asylum minister)"),
            L("19%", 19, E, PCT, "returns_enforced_change", "year ending June 2026 vs the year before (up on last year; the border security and asylum minister)"),
            L("Fewer than one in ten", 10, LT, PCT, "returns_share_of_refusals", "5 July 2024 to 20 August 2026 (refused applicants since the election put on a plane; " + SHS + ")"),
            L("71,200", 71200, E, P, "asylum_backlog_appeals", "20 August 2026 (the tribunal queue is now; " + SHS + ")", occ=1),
            L("nearly half", 50, ALM, PCT, "asylum_appeals_share_allowed", "no period stated (appeals heard that end with a judge overturning the Home Office; Priya Vantongeren-Hale, Open Harbour Advice)"),
        ]),
    "02-daily-wallop-asylum-hotels-nightly-cost": dict(
        meta=dict(url="https://www.dailywallop.example/news/politics/asylum-hotels-cost-148-night-3318742",
                  title="Asylum hotels cost taxpayers £148 a NIGHT per person - even as 37 more shut their doors",
                  publisher="Daily Wallop", author="Kerry Ashdown-Mbeki", published_date="2026-10-12"),
        labels=[
            L("£148", 148, E, GBP, "asylum_hotel_cost_per_person_night", "per night, October 2026 (per person; headline)", ctx="£148 a NIGHT"),
            L("37", 37, E, HOTELS, "asylum_hotels_closed", SINCE2 + ", 37 more shut their doors; headline)", occ=0),
            L("Nearly 20,000", 20000, ALM, P, HOT, NOW2 + ", still in hotels; standfirst)"),
            L("around £2.9m", 2900000, AP, GBP, "asylum_cost_hotels", "per day, October 2026 (the cost of the hotel population; standfirst)", occ=0),
            L("£148", 148, E, GBP, "asylum_hotel_cost_per_person_night", "per night, October 2026 (an average, per asylum seeker in a hotel; " + DOCS + ")", ctx="average of £148"),
            L("more than NINE times", 9, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", "October 2026 (hotel against dispersal housing, per person per night; " + DOCS + ")"),
            L("£16", 16, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, October 2026 (a person in Home Office dispersal housing; " + DOCS + ")"),
            L("more than £4,400", 4400, MT, GBP, "asylum_hotel_cost_per_person_month", "per month, October 2026 (a single room)"),
            L("37", 37, E, HOTELS, "asylum_hotels_closed", SINCE2 + ", ministers have shut)", occ=1),
            L("118", 118, E, HOTELS, "asylum_hotels_in_use", NOW2 + ", still in use)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "summer 2023 (at the height of the crisis)"),
            L("19,850", 19850, E, P, HOT, NOW2 + ", people still living in them)"),
            L("around £2.9m", 2900000, AP, GBP, "asylum_cost_hotels", "per day, October 2026 (every single day)", occ=1),
            L("more than £1bn", 1000000000, MT, GBP, "asylum_cost_hotels", "per year, at October 2026 rates (over a year that adds up to)"),
            L("c. 28,000", 28000, AP, P, "nurses_affordable_with_asylum_hotel_cost", "per year, at October 2026 rates (salaries of newly qualified nurses; union estimates)"),
            L("£1.7bn", 1700000000, E, GBP, "asylum_cost_hotels", FY26 + "; spending on hotels fell to; " + DOCS + ")"),
            L("a quarter", -25, E, PCT, "asylum_cost_hotels_change", "2025/26 vs 2024/25 (down a quarter on)"),
            L("£2.3bn", 2300000000, E, GBP, "asylum_cost_hotels", FY25 + "; paid out; " + DOCS + ")"),
            L("three-quarters", 75, E, PCT, "asylum_accommodation_cost_share_hotels", FY26 + ", last year; hotels' share of spending on asylum accommodation)"),
            L("£2.26bn", 2260000000, E, GBP, "asylum_cost_accommodation", FY26 + ", last year; spent on asylum accommodation)"),
            L("212", 212, E, P, HOT, "until 25 September 2026 (the Marram Hotel housed, until it closed its doors)", geo="Skegness"),
            L("£640,000", 640000, E, GBP, "police_cost_asylum_hotel_protests", "April 2025 to March 2026 (the 12 months to March; Greater Manchester Police, protests outside a Rochdale hotel)", geo="Rochdale"),
            L("4,600", 4600, E, P, "asylum_hotel_moves_out", SINCE2 + ", moved out of hotels)"),
            L("84%", 84, E, PCT, "asylum_hotel_moves_out_share_to_dispersal", SINCE2 + "; of these, went into dispersed housing)"),
            L("some 800", 800, AP, P, "large_site_population", "October 2026 (the old RAF Wethersfield airbase now holds)", geo="Wethersfield"),
            L("400", 400, E, HOTELS, "asylum_hotels_in_use", "5 July 2024 (we inherited; " + HOS + ")", ctx="inherited 400 hotels"),
            L("almost £9m", 9000000, ALM, GBP, "asylum_cost_hotels", "per day, July 2024 (the hotels inherited were costing; " + HOS + ")"),
            L("halved", -50, E, PCT, "asylum_hotels_in_use_change", "October 2026 vs July 2024 (already halved the number in use; " + HOS + ")"),
            L("nearly 20,000", 20000, ALM, P, HOT, "12 October 2026 (sixteen months on, still in hotels; " + SHS + ")"),
            L("over £1bn", 1000000000, MT, GBP, "asylum_cost_hotels", "per year, October 2026 (a bill hard-working families are footing; " + SHS + ")"),
            L("One in five", 20, E, PCT, "asylum_hotels_share_still_open_since_july_2024", "12 October 2026 vs 5 July 2024 (of the hotels open when Labour came in, still taking asylum seekers today; " + SHS + ")"),
            L("up to 40%", 40, AM, PCT, "asylum_accommodation_provider_profit_margin", "2025 (hotel owners' profits on Home Office contracts; a Wallop investigation last year)"),
        ]),
    "03-slantwise-young-britons-emigration-net-migration-essay": dict(
        meta=dict(url="https://slantwise.example/p/the-young-britons-quietly-leaving",
                  title="The young Britons quietly leaving",
                  publisher="Slantwise", author="Tamsin Okereke-Vaughan", published_date="2026-12-05"),
        labels=[
            L("184,000", 184000, E, P, NM, YJ26_3 + "; this year's number)", occ=0),
            L("some 57,000", -57000, AP, P, NM + "_change", "year ending June 2026 vs year ending June 2025 (lower than twelve months earlier)"),
            L("796,000", 796000, E, P, "immigration", YJ26_3 + "; came to settle for twelve months or longer)"),
            L("612,000", 612000, E, P, "emigration", YJ26_3 + "; went the other way)"),
            L("257,000", 257000, E, P, "emigration_british", YJ26_3 + "; British nationals among the departures)"),
            L("141,000", 141000, E, P, "immigration_british", YJ26_3 + "; Britons came home)"),
            L("116,000", -116000, E, P, "net_migration_british_nationals", YJ26_3 + "; Britain shed, of its citizens)"),
            L("52,000", -52000, E, P, "net_migration_eu", YJ26_3 + "; EU nationals leaving faster than they arrive)"),
            L("352,000", 352000, E, P, "net_migration_non_eu", YJ26_3 + "; the entire positive balance, citizens of countries outside the EU)"),
            L("Some three in five", 60, AP, PCT, "emigration_british_share_aged_16_34", YJ26_3 + ")"),
            L("roughly 154,000", 154000, AP, P, "emigration_british_aged_16_34", YJ26_3 + ")"),
            L("44%", 44, E, PCT, "emigration_british_share_graduates", YJ26_3 + "; of British leavers of working age, held a degree)"),
            L("roughly doubled", 2, AP, RATIO, "emigration_british_aged_16_34_ratio", "year ending June 2026 vs 2019 (young British leavers since the last full year before COVID-19)"),
            L("Nearly three-quarters", 75, ALM, PCT, "emigration_british_share_top_four_destinations", YJ26_3 + "; went to Australia, Canada, the United States and the Gulf)"),
            L("31,400", 31400, E, P, "working_holiday_visas_granted_britons", "July 2025 to June 2026 (Australia's 2025/26 programme year)", geo="Australia"),
            L("17%", 17, E, PCT, "working_holiday_visas_granted_britons_change", "2025/26 vs 2024/25 programme year (up on the year before)", geo="Australia"),
            L("9,800", 9800, E, P, "working_holiday_visas_granted_britons", "2025/26 (New Zealand issued another)", geo="New Zealand"),
            L("roughly 1.2m", 1200000, AP, P, "uk_born_population_abroad", "December 2026 (already call Australia home)", geo="Australia"),
            L("about 35%", 35, AP, PCT, "rent_share_of_pay_young_renters", "December 2026 (now; of take-home pay)", geo=ENG),
            L("11.6k", 11600, E, P, "doctors_certificates_to_practise_abroad", "last year, 2025 (General Medical Council certificates that let UK-trained doctors register overseas)"),
            L("one in five", 20, E, PCT, "public_share_considering_emigration_under_35", "October 2026 (adults under 35 expecting to have moved overseas before the decade is out; Castlerigg Trust poll)"),
            L("204,000", 204000, E, P, NM, YJ25_3 + ", the first estimate; ONS)"),
            L("37,000", 37000, E, P, NM + "_revision", YJ25_3 + "; pushed up by; " + ONS3 + ")"),
            L("241,000", 241000, E, P, NM, YJ25_3 + ", as revised; " + ONS3 + ")"),
            L("184,000", 184000, E, P, NM, YJ26_3 + "; treated as a verdict on border policy)", occ=1),
            L("340,000", 340000, E, P, NM + "_projection_assumption", "per year, in the long run (Office for Budget Responsibility projections)"),
        ]),
    "04-westmorland-cairn-cumbria-population-care-worker-visas": dict(
        meta=dict(url="https://www.westmorlandcairn.example/news/health/care-homes-warn-staffing-crisis-overseas-recruits-cumbria-population-2026",
                  title="Care homes warn of staffing crisis as overseas recruits dry up and county's over-65s keep growing",
                  publisher="Westmorland Cairn", author="Rhodri Fairclough-Nwachukwu", published_date="2026-07-15"),
        labels=[
            L("0.4%", 0.4, E, PCT, "population_change", YM4 + " (last year; standfirst)", occ=0, geo=CUM),
            L("6,940", 6940, E, P, "visas_granted_care_worker", "April 2025 to March 2026 (the 12 months to March; Home Office tables)"),
            L("78%", -78, E, PCT, "visas_granted_care_worker_change", "year ending March 2026 vs year ending March 2025 (a drop)"),
            L("31,240", 31240, E, P, "visas_granted_care_worker", "April 2024 to March 2025 (the previous 12 months; Home Office tables)"),
            L("118,000", 118000, E, VAC, "adult_social_care_vacancies", FY26 + "; vacant posts; " + SFC + ")", geo=ENG),
            L("7.4%", 7.4, E, PCT, "adult_social_care_vacancy_share", FY26 + "; " + SFC + ")", geo=ENG),
            L("around 21,600", 21600, AP, P, "adult_social_care_international_recruits", FY26 + ", last year; " + SFC + ")", geo=ENG),
            L("less than half", 0.5, LT, RATIO, "adult_social_care_international_recruits_ratio", "2025/26 vs 2024/25 (" + SFC + ")", geo=ENG),
            L("48,300", 48300, E, P, "adult_social_care_international_recruits", FY25 + "; " + SFC + ")", geo=ENG),
            L("2,010", 2010, E, P, "population_growth", YM4, geo=CUM),
            L("503,200", 503200, E, P, "population", MID4, geo=CUM),
            L("0.4%", 0.4, E, PCT, "population_change", YM4, occ=1, geo=CUM),
            L("0.8%", 0.8, E, PCT, "population_change", YM4, geo=ENG),
            L("6,850", 6850, E, P, "deaths", YM4, geo=CUM),
            L("3,930", 3930, E, P, "births", YM4, geo=CUM),
            L("2,920", -2920, E, P, "population_natural_change", YM4 + " (deaths exceeded births by)", geo=CUM),
            L("3,610", 3610, E, P, "net_migration_international", YM4 + " (a net gain from abroad)", geo=CUM),
            L("1,320", 1320, E, P, "internal_migration_net", YM4 + " (a net gain from elsewhere in the UK)", geo=CUM),
            L("275,600", 275600, E, P, "population", MID4, geo=CUMB),
            L("227,600", 227600, E, P, "population", MID4, geo=WAF),
            L("More than a quarter", 25, MT, PCT, "population_share_aged_65_and_over", MID4, geo=CUM),
            L("27.4%", 27.4, E, PCT, "population_share_aged_65_and_over", MID4, geo=CUM),
            L("19.1%", 19.1, E, PCT, "population_share_aged_65_and_over", MID4, geo=ENG),
            L("10.8%", 10.8, E, PCT, "adult_social_care_vacancy_share", FY26 + "; the county's care vacancy rate; " + SFC + ")", geo=CUM),
            L("roughly 1,350", 1350, AP, VAC, "adult_social_care_vacancies", FY26 + "; unfilled posts; " + SFC + ")", geo=CUM),
            L("c. 640", 640, AP, P, "care_workers_on_sponsored_visas", "July 2026 (care staff working on sponsored visas; Cumbria Care Providers Forum estimate)", geo=CUM),
            L("37", 37, E, P, "firm_sponsored_workers", FELL + "; carers holding sponsored visas)", occ=0, geo=KEN),
            L("92", 92, E, P, "firm_workforce", FELL + "; the firm's carers)", geo=KEN),
            L("two in five", 40, E, PCT, "firm_sponsored_workers_share", FELL + "; share of carers on sponsored visas)", geo=KEN),
            L("37", 37, E, P, "firm_sponsored_workers", FELL + "; if those 37 left; the manager, Hannah Brathwaite-Kamara)", occ=1, geo=KEN),
            L("about 150", 150, AP, P, "care_recipients_at_risk_firm", FELL + "; people whose packages of care would be handed back; the manager, Hannah Brathwaite-Kamara)", geo=KEN),
            L("£182m", 182000000, E, GBP, "council_adult_social_care_spending", "2026/27 (now; Westmorland and Furness Council's net budget)", geo=WAF),
            L("41%", 41, E, PCT, "council_adult_social_care_spending_share_of_budget", "2026/27 (now; of its net budget; Westmorland and Furness Council)", geo=WAF),
            L("6%", 6, E, PCT, "homecare_worker_pay_change", "from April 2026 (raised homecare pay; Westmorland and Furness Council)", geo=WAF),
            L("up to £5.6bn", 5600000000, AM, GBP, "adult_social_care_funding_increase", "April 2026 to March 2027 (this year, additional funding for councils; the Department of Health and Social Care)", geo=ENG),
        ]),
    "05-the-bellfounder-channel-deaths-rescues-year": dict(
        meta=dict(url="https://www.thebellfounder.example/uk-news/2026/dec/31/channel-deaths-2026-second-deadliest-year-small-boats",
                  title="At least 64 people died trying to cross the Channel in 2026, second-deadliest year on record",
                  publisher="The Bellfounder", author="Juliette Marchbank-Oduya, Ewan Castellane", published_date="2026-12-31"),
        labels=[
            L("At least 64", 64, AL, P, "small_boat_deaths", Y26 + "; headline)", occ=0),
            L("about one in six", SIXTH, AP, PCT, "small_boat_deaths_share_children", Y26 + "; children among the dead; standfirst)"),
            L("At least 64", 64, AL, P, "small_boat_deaths", Y26 + ", this year; " + TALLY + ")", occ=1),
            L("at least 78", 78, AL, P, "small_boat_deaths", "January to December 2024 (deaths recorded in 2024)"),
            L("41", 41, E, P, "small_boat_deaths", "January to December 2025 (last year's count)"),
            L("at least 402", 402, AL, P, "small_boat_deaths", "2014 to 31 December 2026 (the total since 2014)"),
            L("Eleven", 11, E, P, "small_boat_deaths_children", Y26 + "; this year's victims who were children)"),
            L("About one in five", 20, AP, PCT, "small_boat_deaths_share_unidentified", "31 December 2026 (of the bodies recovered this year, still not identified)"),
            L("13", 13, E, P, "small_boat_deaths_unidentified", "31 December 2026 (bodies recovered this year, still not identified)"),
            L("More than half", 50, MT, PCT, "small_boat_deaths_share_crushed_or_suffocated", Y26 + "; of those who died, crushed or suffocated inside dinghies; rescuers say)"),
            L("41,260", 41260, E, P, SBA, "1 January to 30 December 2026 (Home Office figures)"),
            L("652", 652, E, BOATS, SBC, "1 January to 30 December 2026 (Home Office figures)"),
            L("63", 63, E, PPB, "small_boat_occupancy", "1 January to 30 December 2026 (an average a boat)"),
            L("4%", 4, E, PCT, SBA + "_change", "2026 vs 2025 (arrivals were up)"),
            L("39,670", 39670, E, P, SBA, "January to December 2025 (made the crossing in 2025)"),
            R("between 60 and 70", 60, 70, PPB, "small_boat_occupancy", "summer 2026 (most boats leaving the French coast; " + PREF + ")", geo=FR),
            L("3,480", 3480, E, P, "small_boat_rescues", Y26 + "; rescued by its crews and partner vessels; " + PREF + ")", geo=FR),
            L("27%", 27, E, PCT, "small_boat_rescues_change", "2026 vs 2025 (up on the year before; " + PREF + ")", geo=FR),
            L("690", 690, E, INC, "coastguard_small_boat_incidents", Y26 + "; HM Coastguard handled)"),
            L("a fifth", 20, E, PCT, "coastguard_small_boat_incidents_change", "2026 vs 2025 (more than in 2025; HM Coastguard)"),
            L("about 22,800", 22800, AP, P, "small_boat_launch_attempts_stopped_people", Y26 + "; stopped from launching; French police)", geo=FR),
            L("nine", 9, E, P, "small_boat_deaths", "14 August 2026 (the deadliest night, in the surf off Le Portel)", geo="Le Portel"),
            L("71", 71, E, P, "small_boat_passengers_single_boat", "14 August 2026 (the boat that broke apart off Le Portel)", geo="Le Portel"),
            L("1,940", 1940, E, CALLS, "charity_distress_calls", Y26 + "; distress calls answered; " + VL + ")", geo=FR),
            L("nearly double", 2, ALM, RATIO, "charity_distress_calls_ratio", "2026 vs 2024 (the number two years ago; " + VL + ")", geo=FR),
            L("more than 2,600", 2600, MT, P, "returns", "from the start of the UK-France returns agreement in 2025 to 31 December 2026 (sent back; Home Office spokesperson)", geo=FR),
            L("Roughly three in ten", 30, AP, PCT, "small_boat_launches_share_south_of_boulogne", Y26 + "; departures this year; " + PREF + ")", geo=FR),
            L("fewer than one in ten", 10, LT, PCT, "small_boat_launches_share_south_of_boulogne", "January to December 2023 (" + PREF + ")", geo=FR),
        ]),
    "06-the-cardiff-cwtch-cardiff-population-births-deaths": dict(
        meta=dict(url="https://www.cardiffcwtch.example/news/cardiff-news/cardiffs-population-passes-388000-newcomers-31442087",
                  title="Cardiff's population passes 388,000 as newcomers from abroad make up for falling births",
                  publisher="The Cardiff Cwtch", author="Lowri Maddocks-Adebayo", published_date="2026-07-08"),
        labels=[
            L("388,000", 388000, MT, P, "population", MID6 + "; passes; headline)", geo=CDF),
            L("1.1%", 1.1, E, PCT, "population_change", YM6 + "; the capital grew by; standfirst)", occ=0, geo=CDF),
            L("almost twice", 2, ALM, RATIO, "population_growth_ratio", "year to mid-2025 (Cardiff's growth rate against Wales's; standfirst)", occ=0, geo=CDF),
            L("4,220", 4220, E, P, "population_growth", YM6 + ")", geo=CDF),
            L("388,400", 388400, E, P, "population", MID6 + ")", geo=CDF),
            L("1.1%", 1.1, E, PCT, "population_change", YM6 + "; up on 12 months earlier)", occ=1, geo=CDF),
            L("almost twice", 2, ALM, RATIO, "population_growth_ratio", "year to mid-2025 (Cardiff's growth rate against the rate across Wales)", occ=1, geo=CDF),
            L("0.6%", 0.6, E, PCT, "population_change", YM6 + ")", geo=WAL),
            L("3.22 million", 3220000, E, P, "population", MID6 + ")", geo=WAL),
            L("1.3%", 1.3, E, PCT, "population_change", YM6 + ")", geo="Newport"),
            L("165,800", 165800, E, P, "population", MID6 + ")", geo="Newport"),
            L("4,120", 4120, E, P, "births", YM6 + ")", geo=CDF),
            L("3,080", 3080, E, P, "deaths", YM6 + ")", geo=CDF),
            L("1,040", 1040, E, P, "population_natural_change", YM6 + "; a natural increase)", geo=CDF),
            L("a tenth", -10, E, PCT, "births_change", "year to mid-2025 vs 2015 (births have fallen since 2015)", geo=CDF),
            L("4,580", 4580, E, P, "births", "2015 (babies born in Cardiff)", geo=CDF),
            L("5,900", -5900, E, P, "population_natural_change", YM6 + "; deaths outnumbered births by)", geo=WAL),
            L("5,960", 5960, E, P, "net_migration_international", YM6 + "; a net, more arrived from abroad than left)", geo=CDF),
            L("2,780", -2780, E, P, "internal_migration_net", YM6 + "; lost a net to the rest of the UK)", geo=CDF),
            L("346,100", 346100, E, P, "population", "27 March 2011 (the 2011 census)", geo=CDF),
            L("12.2%", 12.2, E, PCT, "population_change", "27 March 2011 to 30 June 2025 (since the 2011 census; " + ONS6 + ")", geo=CDF),
            L("62.3 million", 62300000, E, P, "population", MID6 + ")", geo=EW),
            L("0.8%", 0.8, E, PCT, "population_change", YM6 + ")", geo=EW),
            L("24,000", 24000, E, HOMES, "housing_target", "by 2036 (the replacement local development plan makes room for; Councillor Rhian Okonkwo-Morgan)", geo=CDF),
            L("Roughly one in five", 20, AP, PCT, "population_share_students", "term time, 2026 (people living in Cardiff who are students; Dr Sioned Brennan-Okafor, Cardiff University)", geo=CDF),
            L("almost 600", -600, ALM, P, "school_reception_pupils_change", "2019 to 2026 (reception class numbers have dropped since 2019; Cardiff Council)", geo=CDF),
            L("420,000", 420000, E, P, "population_projection", "2043 (Welsh Government projections published in 2024)", geo=CDF),
        ]),
    "07-the-yeoman-rwanda-scheme-final-bill": dict(
        meta=dict(url="https://www.theyeoman.example/news/uk/home-news/rwanda-scheme-final-bill-718m-four-volunteers-b2871046.html",
                  title="Rwanda scheme's final bill: £718m spent to send four volunteers to Kigali",
                  publisher="The Yeoman", author="Oliver Ramsbottom-Eze", published_date="2026-07-21"),
        labels=[
            L("£718m", 718000000, E, GBP, RSC, WHOLE + "; headline)", occ=0),
            L("four", 4, E, P, "rwanda_relocations", "2024 (volunteers sent to Kigali; headline)", ctx="send four volunteers"),
            L("almost £180m", 180000000, ALM, GBP, "rwanda_scheme_cost_per_relocation", WHOLE + "; for each person who went; standfirst)", occ=0),
            L("£718m", 718000000, E, GBP, RSC, WHOLE + "; before Labour scrapped it)", occ=1),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (the policy relocated only four people, each a volunteer)", ctx="relocated only four people"),
            L("£18m", 18000000, E, GBP, RSC + "_revision", "the final bill vs the figure given to MPs in July 2024 (more than; " + ARA + ")"),
            L("£700m", 700000000, E, GBP, RSC, "April 2022 to July 2024 (the home secretary's figure to MPs shortly after Labour took office)"),
            L("almost £180m", 180000000, ALM, GBP, "rwanda_scheme_cost_per_relocation", WHOLE + "; for each of the four)", occ=1),
            L("four", 4, E, P, "rwanda_relocations", "2024 (asylum seekers who flew to Kigali under the voluntary strand)", ctx="each of the four asylum"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "2024 (offered to each of the four to go)"),
            L("£290m", 290000000, E, GBP, PTR, "April 2022 to July 2024 (paid directly to the government of Rwanda; " + ARA + ")"),
            L("about 40%", 40, AP, PCT, "payment_to_rwanda_share_of_scheme_cost", WHOLE + ")"),
            L("£148m", 148000000, E, GBP, "rwanda_scheme_cost_detention", WHOLE + "; detention and escorting)"),
            L("£61m", 61000000, E, GBP, "rwanda_scheme_cost_legal", WHOLE + "; legal costs)"),
            L("£42m", 42000000, E, GBP, "rwanda_scheme_cost_flights", WHOLE + "; charter flights that never left the tarmac)"),
            L("£50m", 50000000, E, GBP, "payment_to_rwanda_due_not_made", "2025 (due to Kigali in 2025, never paid; " + ARA + ")"),
            L("about 200", 200, AP, P, "rwanda_accommodation_capacity", "April 2022 to July 2024 (beds in the Kigali hostel readied for the first arrivals)", geo="Rwanda"),
            L("2,143", 2143, E, P, "immigration_detentions_rwanda", "spring 2024 (detained ahead of planned flights)"),
            L("Roughly four in five", 80, AP, PCT, "rwanda_detainees_share_released_on_bail", "May to June 2024 (out on bail within weeks of the election being called)"),
            L("5,700", 5700, E, P, "rwanda_removal_candidates_identified", "2024 (people the department identified who could be sent to Rwanda)"),
            L("about 2,150", 2150, AP, P, "rwanda_removal_candidates_located", "2024 (of the 5,700, the department was able to locate)"),
            L("£541m", 541000000, E, GBP, RSP, "2024 estimate (to relocate the first 300 people; National Audit Office)"),
            L("Seven hundred and eighteen million pounds", 718000000, E, GBP, RSC, "the scheme's final bill (" + LD + ")"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (" + LD + ")", ctx="million pounds, four people"),
            L("20,000", 20000, E, P, "caseworkers_affordable_with_rwanda_cost", "for twelve months (asylum caseworkers the money would have employed; " + LD + ")"),
            L("more than 60,000", 60000, MT, P, "returns", "5 July 2024 to 21 July 2026 (since 5 July 2024; Home Office officials)"),
            L("More than 45,000", 45000, MT, P, SBA, "January to December 2022 (the year the scheme was announced; Dr Imogen Tolhurst-Baines, Fenbridge Institute)"),
            L("more than 29,000", 29000, MT, P, SBA, "January to December 2023 (the next year; Dr Imogen Tolhurst-Baines, Fenbridge Institute)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
