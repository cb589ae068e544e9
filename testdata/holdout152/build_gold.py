#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-fifty-second hand-labelled hold-out set (holdout152).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, THIRD, SIXTH, EW,
                        E, AP, MT, AL, LT, AM, ALM, SBA)

UK, ENG, WAL, SCO, NI, FR, EU, RW = ("UK", "England", "Wales", "Scotland", "Northern Ireland", "France", "EU",
                                     "Rwanda")
HOURS, NIGHTS, INCIDENTS, COMPLAINTS = "other:hours", "other:nights", "other:incidents", "other:complaints"
SHARES, PRISONS, VACANCIES, WEEKS = "other:shares", "other:prisons", "other:vacancies", "other:weeks"
DAYS, INSTS, DPK = "other:days", "other:institutions", "other:deaths_per_1000_arrivals"
TWO3 = 200 / 3

# 01 (Tuesday 3 November 2026; IOM Missing Migrants Project figures to early November 2026)
IOM = "IOM Missing Migrants Project"
YTD1 = "1 January to early November 2026 ("
SBD = "small_boat_deaths"
MDE = "migrant_deaths_europe_routes"
MDW = "migrant_deaths_worldwide"
HMB = "Hélène Marchetti-Boyd, Dunes Witness Project"
CMED = "Central Mediterranean"

# 02 (Thursday 21 May 2026; the Manston Independent Monitoring Board's annual report for 2025, published Tuesday 19 May)
MAN = "Manston"
IMB = "Independent Monitoring Board annual report, published Tuesday 19 May 2026"
Y25 = "January to December 2025 (last year; "
Y24 = "January to December 2024 (a year before; "
HB24 = "processing_site_held_beyond_24_hours"
GTA = "Graham Tillotson-Achebe, IMB chair"
HOS2 = "a Home Office spokesperson"

# 03 (Wednesday 5 August 2026; MoJ prison population figures for 30 June 2026, published Thursday 30 July 2026)
CLAIM = "August 2026 (the claim, a Facebook post shared since Sunday 2 August 2026"
MOJ = "MoJ figures published Thursday 30 July 2026"
J26 = "30 June 2026 (" + MOJ + ")"
PSF = "prison_population_share_foreign_nationals"
PFN = "prison_population_foreign_nationals"
PSA = "prison_population_share_asylum_seekers"
PQ = "March 2026 (written parliamentary answer; MoJ)"

# 04 (Friday 26 June 2026; NISRA mid-2025 population estimates, published Thursday 25 June 2026)
NISRA = "NISRA mid-year estimates published Thursday 25 June 2026"
M25 = "July 2024 to June 2025 (the twelve months to mid-2025; " + NISRA + ")"
M25M = "30 June 2025 (mid-2025; " + NISRA + ")"
ABC = "Armagh City, Banbridge and Craigavon"
MLA = "Declan Hughes-McAtamney MLA, Upper Bann"

# 05 (Monday 14 September 2026; MoJ tribunal statistics published Thursday 10 September 2026 for April to June 2026)
MOJ5 = "MoJ tribunal statistics published Thursday 10 September 2026"
E26 = "30 June 2026 (the end of June; " + MOJ5
Q2 = "April to June 2026 (" + MOJ5 + ")"
ABA = "asylum_backlog_appeals"
ACSA = "asylum_cost_support_appellants"
SJS = "the shadow justice secretary"
MOJS = "a Ministry of Justice spokesman"

# 06 (Thursday 16 July 2026; PA copy on the Home Office's annual report and accounts for 2025/26, published Wednesday
# 15 July 2026)
ACC = "Home Office annual accounts 2025/26, published Wednesday 15 July 2026"
FY26 = "April 2025 to March 2026 (2025/26, the 12 months to March; " + ACC
FY25 = "April 2024 to March 2025 (2024/25; " + ACC + ")"
ACH = "asylum_cost_hotels"
HOP = "asylum_hotel_population"
SHS = "the shadow home secretary"

# 07 (Friday 27 February 2026; HESA student figures for 2024/25; Home Office figures for the year ending December 2025,
# published Thursday 26 February 2026)
HAL, YH, NEA = "Halifax", "Yorkshire and the Humber", "North East"
HESA = "Higher Education Statistics Agency"
AY25 = "2024/25 academic year (last year; " + HESA + ")"
AY24 = "2023/24 academic year (the year before; " + HESA + ")"
HO7 = "Home Office figures published Thursday 26 February 2026"
YE25 = "January to December 2025 (the year ending December 2025; " + HO7 + ")"
INTS = "international_students"
VSD = "visas_granted_study_dependants"

ARTICLES = {
    "01-the-openhand-channel-deaths-iom-missing-migrants": dict(
        meta=dict(url="https://www.theopenhand.example/global-development/2026/nov/03/channel-deaths-2026-outstrip-last-year-iom-missing-migrants",
                  title="Channel deaths in 2026 already outstrip last year's total, UN agency says",
                  publisher="The Openhand", author="Priya Halvorsen-Mensah", published_date="2026-11-03"),
        labels=[
            L("At least 71", 71, AL, P, SBD, YTD1 + "since January; standfirst)"),
            L("nearly 2,400", 2400, ALM, P, MDE, YTD1 + "dead or missing on routes into Europe; standfirst)", geo="Europe"),
            L("seven", 7, E, P, SBD, "September 2026 (caption; died at Gravelines)", geo="Gravelines"),
            L("at least 71", 71, AL, P, SBD, YTD1 + "so far in 2026; " + IOM + ")"),
            L("64", 64, E, P, SBD, "January to December 2025 (all of 2025; " + IOM + ")"),
            L("19", 19, E, P, SBD, "a single week in late September 2026 (" + IOM + ")"),
            L("three", 3, E, BOATS, "small_boats_in_difficulty", "a single week in late September 2026 (overloaded dinghies between Boulogne and Gravelines)", ctx="three overloaded dinghies", geo=FR),
            L("78", 78, E, P, SBD, "January to December 2024 (the route's deadliest year on record; " + IOM + ")"),
            L("18", 18, E, P, "small_boat_deaths_on_beaches", YTD1 + "this year's victims who died on the beach or in shallow water; French prosecutors)", geo=FR),
            L("About one in six", SIXTH, AP, PCT, "small_boat_deaths_share_children", YTD1 + "so far in 2026; " + IOM + ")"),
            L("Fewer than half", 50, LT, PCT, "small_boat_deaths_share_identified", YTD1 + "formally identified; " + IOM + ")"),
            L("34,120", 34120, E, P, SBA, YTD1 + "this year; Home Office)"),
            L("roughly two", 2, AP, DPK, "small_boat_deaths_per_1000_arrivals", YTD1 + "this year; deaths per 1,000 arrivals)"),
            L("2,380", 2380, E, P, MDE, YTD1 + "since 1 January, dead or missing on routes to and within Europe; " + IOM + ")", geo="Europe"),
            L("a quarter", -25, E, PCT, MDE + "_change", "1 January to early November 2026 vs the same point of 2025 (down; " + IOM + ")", ctx="down a quarter", geo="Europe"),
            L("3,170", 3170, E, P, MDE, "1 January to early November 2025 (the same point last year; " + IOM + ")", geo="Europe"),
            L("1,510", 1510, E, P, "migrant_deaths_central_mediterranean", YTD1 + "lives lost; " + IOM + ")", geo=CMED),
            L("almost two-thirds", TWO3, ALM, PCT, "migrant_deaths_europe_routes_share_central_mediterranean", YTD1 + "of the 2,380 dead or missing; " + IOM + ")", geo=CMED),
            L("nearly four times", 4, ALM, RATIO, "migrant_deaths_central_mediterranean_ratio", YTD1 + "central Mediterranean vs the Atlantic route to the Canary Islands; " + IOM + ")", geo=CMED),
            L("390", 390, E, P, "migrant_deaths_atlantic_route", YTD1 + "the Atlantic route to the Canary Islands; " + IOM + ")", geo="Canary Islands"),
            L("139,600", 139600, E, P, "irregular_arrivals", YTD1 + "the same period, irregular crossings into the bloc; Frontex)", geo=EU),
            L("7,410", 7410, E, P, MDW, "January to December 2025 (worldwide deaths and disappearances; " + IOM + ")", geo="World"),
            L("17%", -17, E, PCT, MDW + "_change", "2025 vs 2024 (down; " + IOM + ")", geo="World"),
            L("8,938", 8938, E, P, MDW, "January to December 2024 (the record; " + IOM + ")", geo="World"),
            L("more than 85,000", 85000, MT, P, MDW, "2014 to November 2026 (since it began counting in 2014; " + IOM + ")", geo="World"),
            L("c. 600", 600, AP, P, "migrant_deaths_unrecorded", "per year (deaths the agency misses in the Sahara alone; Arjun Velasquez-Holm, " + IOM + ")", geo="Sahara"),
            L("30", 30, E, PPB, "small_boat_occupancy", "2021 (five years ago, people in a boat; " + HMB + ")", geo=FR),
            R("60 or 70", 60, 70, PPB, "small_boat_occupancy", "November 2026 (now, people in a boat; " + HMB + ")", geo=FR),
            L("71", 71, E, P, SBD, YTD1 + "the number 71; " + HMB + ")", ctx="the number 71"),
            L("more than 26,000", 26000, MT, P, "small_boat_crossings_prevented", YTD1 + "attempted crossings stopped by French officers so far this year; Home Office)", geo=FR),
            L("1,240", 1240, E, P, "returns", "August 2025 to November 2026 (since last August, under the one-in, one-out pilot; Home Office)", geo=FR),
        ]),
    "02-ramsgate-rudder-manston-held-beyond-24-hours": dict(
        meta=dict(url="https://www.ramsgaterudder.example/news/nearly-4000-kept-at-manston-past-24-hour-limit-last-year-monitors-say-5512907",
                  title="Nearly 4,000 kept at Manston past 24-hour limit last year, monitors say",
                  publisher="Ramsgate Rudder", author="Kieran Mayhew-Sowande", published_date="2026-05-21"),
        labels=[
            L("Nearly 4,000", 4000, ALM, P, HB24, Y25 + "headline)", geo=MAN),
            L("36,480", 36480, E, P, "processing_site_throughput", Y25 + "processed; caption)", occ=0, geo=MAN),
            L("NEARLY 4,000", 4000, ALM, P, HB24, Y25 + "first words; " + IMB + ")", geo=MAN),
            L("3,960", 3960, E, P, HB24, "January to December 2025 (during 2025; " + IMB + ")", geo=MAN),
            L("130%", 130, E, PCT, HB24 + "_change", "2025 vs 2024 (up; " + IMB + ")", geo=MAN),
            L("1,720", 1720, E, P, HB24, "January to December 2024 (kept too long in 2024; " + IMB + ")", geo=MAN),
            L("about one in nine", 100 / 9, AP, PCT, "processing_site_share_held_beyond_24_hours", Y25 + IMB + ")", geo=MAN),
            L("36,480", 36480, E, P, "processing_site_throughput", Y25 + "went through the centre; " + IMB + ")", occ=1, geo=MAN),
            L("58 hours", 58, E, HOURS, "processing_site_stay_max", Y25 + "the longest single stay; " + IMB + ")", geo=MAN),
            L("13.2 hours", 13.2, E, HOURS, "processing_site_average_stay", Y25 + IMB + ")", geo=MAN),
            L("9.8 hours", 9.8, E, HOURS, "processing_site_average_stay", Y24 + IMB + ")", geo=MAN),
            V("several thousand", 2000, 9000, P, SBA, "a handful of summer weekends in 2025 (landed on the Kent coast within days; " + IMB + ")", geo="Kent"),
            L("1,310", 1310, E, P, "processing_site_population", "a day in August 2025 (the worst day; " + IMB + ")", geo=MAN),
            L("1,600", 1600, E, P, "processing_site_capacity", "August 2025 (" + IMB + ")", occ=0, geo=MAN),
            L("11", 11, E, NIGHTS, "processing_site_nights_families_sleeping_on_mats", Y25 + IMB + ")", geo=MAN),
            L("Some 7,020", 7020, AP, P, "processing_site_throughput_children", "January to December 2025 (in 2025; " + IMB + ")", geo=MAN),
            L("1,940", 1940, E, P, "processing_site_throughput_unaccompanied_children", "January to December 2025 (travelling alone; " + IMB + ")", geo=MAN),
            L("more than a quarter", 25, MT, PCT, "processing_site_throughput_children_share_unaccompanied", "January to December 2025 (" + IMB + ")", geo=MAN),
            L("23", 23, E, INCIDENTS, "processing_site_self_harm_incidents", Y25 + IMB + ")", geo=MAN),
            L("two", 2, E, INCIDENTS, "processing_site_self_harm_incidents_teenagers", Y25 + "involving teenagers; " + IMB + ")", ctx="two of them involving teenagers", geo=MAN),
            L("1,600", 1600, E, P, "processing_site_capacity", "autumn 2022 (the site, meant for; " + GTA + ")", occ=1, geo=MAN),
            L("about 4,000", 4000, AP, P, "processing_site_population", "autumn 2022 (at its worst; " + GTA + ")", geo=MAN),
            V("thousands", 2000, 9000, P, HB24, "January to December 2025 (keeping thousands past the legal limit; " + GTA + ")", ctx="Keeping thousands of people", geo=MAN),
            L("£41.6m", 41.6e6, E, GBP, "processing_site_running_cost", "January to December 2025 (" + IMB + ")", geo=MAN),
            L("a fifth", 20, E, PCT, "processing_site_running_cost_change", "2025 vs 2024 (up; " + IMB + ")", ctx="up a fifth", geo=MAN),
            L("some 520", 520, AP, P, "processing_site_staff", "2025 (employed through contractors; " + IMB + ")", geo=MAN),
            L("14", 14, E, COMPLAINTS, "council_complaints_coach_traffic", "January to May 2026 (since January, coach traffic through Manston village; Cllr Marianne Oduya-Pryce, Thanet District Council, Monday 18 May 2026)", geo=MAN),
            L("more than 85%", 85, MT, PCT, "processing_site_share_moved_on_within_16_hours", "January to December 2025 (in 2025; " + HOS2 + ")", geo=MAN),
            L("£9.3m", 9.3e6, E, GBP, "processing_site_investment", "2024 to May 2026 (since 2024, extra accommodation and medical space; " + HOS2 + ")", geo=MAN),
            L("1,180", 1180, E, P, "unaccompanied_children_taken_into_care", "January to December 2025 (from Manston and the Western Jet Foil site during 2025; Kent County Council)", geo="Kent"),
        ]),
    "03-claimwise-asylum-seekers-share-prison-population": dict(
        meta=dict(url="https://claimwise.example/fact-checks/immigration/quarter-prisoners-england-wales-asylum-seekers/",
                  title="Are a quarter of prisoners in England and Wales asylum seekers?",
                  publisher="Claimwise", author="Tobias Renwick-Adeyemi", published_date="2026-08-05"),
        labels=[
            L("a quarter", 25, E, PCT, PSA, CLAIM + "; headline)", ctx="Are a quarter of", geo=EW),
            L("A quarter", 25, E, PCT, PSA, CLAIM + "; The claim box)", geo=EW),
            L("£50,000", 50000, E, GBP, "prison_place_cost_per_year", CLAIM + "; The claim box; per year)", occ=0, geo=EW),
            L("about 12%", 12, AP, PCT, PSF, "30 June 2026 (Our verdict box)", geo=EW),
            L("fewer than 2%", 2, LT, PCT, PSA, "March 2026 (the best official figure; Our verdict box)", geo=EW),
            L("more than 11,000", 11000, MT, SHARES, "social_media_post_shares", "Sunday 2 to Wednesday 5 August 2026 (since Sunday; Facebook users who shared the post)"),
            L("88,240", 88240, E, P, "prison_population", J26, geo=EW),
            L("10,690", 10690, E, P, PFN, J26, geo=EW),
            L("12.1%", 12.1, E, PCT, PSF, J26, geo=EW),
            L("1,850", 1850, E, P, "prison_population_nationality_unknown", J26, geo=EW),
            L("2.1%", 2.1, E, PCT, "prison_population_share_nationality_unknown", J26, geo=EW),
            L("about 14%", 14, AP, PCT, PSF, "30 June 2026 (if every prisoner with no nationality recorded were from abroad)", geo=EW),
            L("1,320", 1320, E, P, PFN + "_albanian", J26, geo=EW),
            L("780", 780, E, P, PFN + "_polish", J26, geo=EW),
            L("760", 760, E, P, PFN + "_romanian", J26, geo=EW),
            L("Roughly three in ten", 30, AP, PCT, PFN + "_share_eu", "30 June 2026 (foreign prisoners holding the passport of an EU country; " + MOJ + ")", geo=EW),
            L("1,470", 1470, E, P, "prison_population_asylum_claim_pending_or_refused", PQ, geo=EW),
            L("1.7%", 1.7, E, PCT, PSA, PQ, geo=EW),
            L("fewer than one in fifty", 2, LT, PCT, PSA, PQ, geo=EW),
            L("540", 540, E, P, "prison_immigration_detainees", "30 June 2026 (held in prisons under immigration powers at the end of June; " + MOJ + ")", geo=EW),
            L("1,090", 1090, E, P, "illegal_arrival_convictions", "June 2022 to August 2026 (since June 2022; Crown Prosecution Service)", geo=EW),
            L("210", 210, E, P, "prison_population_illegal_arrival_offence", J26, geo=EW),
            L("12.4%", 12.4, E, PCT, PSF, "June 2016 (MoJ)", geo=EW),
            L("8,310", 8310, E, P, "prison_population", "June 2026 (Scottish Prison Service)", geo=SCO),
            L("about 4%", 4, AP, PCT, PSF, "June 2026 (Scottish Prison Service)", geo=SCO),
            L("1,960", 1960, E, P, "prison_population", "June 2026 (Northern Ireland Prison Service)", geo=NI),
            L("140", 140, E, P, PFN, "June 2026 (Northern Ireland Prison Service)", geo=NI),
            L("7.1%", 7.1, E, PCT, PSF, "June 2026 (Northern Ireland Prison Service)", geo=NI),
            L("£50,000", 50000, E, GBP, "prison_place_cost_per_year", CLAIM + "; the post says; per year)", occ=1, geo=EW),
            L("£54,100", 54100, E, GBP, "prison_place_cost_per_year", "April 2024 to March 2025 (2024/25; MoJ's most recent figure; per year)", geo=EW),
            L("a quarter", 25, E, PCT, PSA, CLAIM + "; cross-head)", ctx="\"a quarter\" come", geo=EW),
            L("nine", 9, E, PRISONS, "prisons_foreign_national_share_over_quarter", "30 June 2026 (at the end of June; " + MOJ + ")", ctx="in nine prisons", geo=EW),
            L("46%", 46, E, PCT, PSF, "30 June 2026 (in one immigration removal prison; " + MOJ + ")", geo=EW),
            L("106,800", 106800, E, P, "asylum_support_population", "31 March 2026 (Home Office)"),
            L("about 0.15%", 0.15, AP, PCT, "asylum_support_population_share_of_residents", "31 March 2026 (of the population)"),
        ]),
    "04-lurgan-loomhouse-nisra-migration-ni-population": dict(
        meta=dict(url="https://www.lurganloomhouse.example/news/ni-population-tops-193m-as-net-migration-more-than-halves-2284610",
                  title="NI population tops 1.93m as net migration more than halves",
                  publisher="Lurgan Loomhouse", author="Niamh Corrigan-Weir", published_date="2026-06-26"),
        labels=[
            L("tops 1.93m", 1.93e6, MT, P, "population", M25M[:-1] + "; headline)", geo=NI),
            L("more than halves", -50, MT, PCT, "net_migration_change", "year to mid-2025 vs year to mid-2024 (headline)", geo=NI),
            L("7,900", 7900, E, P, "population_growth", M25, geo=NI),
            L("1,934,600", 1934600, E, P, "population", M25M, geo=NI),
            L("0.4%", 0.4, E, PCT, "population_change", "mid-2024 to mid-2025 (up on a year before; " + NISRA + ")", geo=NI),
            L("4,600", 4600, E, P, "net_migration", M25, geo=NI),
            L("almost three-fifths", 60, ALM, PCT, "net_migration_share_of_population_growth", M25, geo=NI),
            L("less than half", 0.5, LT, RATIO, "net_migration_ratio", "year to mid-2025 vs year to mid-2024 (the figure for the previous year; " + NISRA + ")", geo=NI),
            L("1,200", 1200, E, P, "net_migration_revision", "July 2023 to June 2024 (the previous year, revised up by; " + NISRA + ")", ctx="revised up by 1,200", geo=NI),
            L("9,700", 9700, E, P, "net_migration", "July 2023 to June 2024 (the previous year, as revised; " + NISRA + ")", geo=NI),
            L("20,100", 20100, E, P, "births", M25, geo=NI),
            L("16,800", 16800, E, P, "deaths", M25, geo=NI),
            L("3,300", 3300, E, P, "population_natural_change", M25[:-1] + "; more births than deaths)", geo=NI),
            L("2.4%", -2.4, E, PCT, "births_change", "year to mid-2025 vs year to mid-2024 (down on the year before; " + NISRA + ")", geo=NI),
            L("Some 26,900", 26900, AP, P, "immigration", "July 2024 to June 2025 (moved to Northern Ireland during the 12 months to June; " + NISRA + ")", geo=NI),
            L("15,100", 15100, E, P, "immigration_from_outside_uk", M25, geo=NI),
            L("Around 22,300", 22300, AP, P, "emigration", "July 2024 to June 2025 (moved away; " + NISRA + ")", geo=NI),
            L("31,500", 31500, E, P, "population_growth", "21 March 2021 to 30 June 2025 (higher than at the 2021 census; " + NISRA + ")", geo=NI),
            L("0.9%", 0.9, E, PCT, "population_change", M25, geo=ABC),
            L("223,900", 223900, E, P, "population", M25M, geo=ABC),
            L("1,450", 1450, E, P, "net_migration", M25[:-1] + "; a net 1,450 migrants)", geo=ABC),
            L("almost a third", THIRD, ALM, PCT, "net_migration_share_of_ni_total", M25[:-1] + "; of Northern Ireland's total)", geo=ABC),
            L("0.2%", 0.2, E, PCT, "population_change", M25, geo="Belfast"),
            L("352,400", 352400, E, P, "population", M25M, geo="Belfast"),
            L("310", -310, E, P, "population_growth", M25[:-1] + "; shrank by)", geo="Derry City and Strabane"),
            L("More than 356,000", 356000, MT, P, "population_aged_65_and_over", M25M, geo=NI),
            L("18.4%", 18.4, E, PCT, "population_share_aged_65_and_over", M25M, geo=NI),
            L("15.9%", 15.9, E, PCT, "population_share_aged_65_and_over", "mid-2015 (ten years ago; " + NISRA + ")", geo=NI),
            R("between 1.95m and 2.01m", 1.95e6, 2.01e6, P, "population_projection", "2040 (NISRA projections; Dr Aoife Brannigan-Kerr, NISRA statistician)", geo=NI),
            L("halved", -50, E, PCT, "net_migration_change", "year to mid-2025 vs year to mid-2024 (if net migration has halved; " + MLA + ")", geo=NI),
            L("About one in 13", 100 / 13, AP, PCT, "population_share_born_outside_uk_and_ireland", "21 March 2021 (the 2021 census; residents of the borough)", geo=ABC),
            L("about one in 15", 100 / 15, AP, PCT, "population_share_born_outside_uk_and_ireland", "21 March 2021 (the 2021 census; across Northern Ireland)", geo=NI),
            L("around 1,200", 1200, AP, VACANCIES, "job_vacancies_food_processing", "June 2026 (members' vacancies in food processing alone; Craigavon Chamber of Commerce)", geo="Craigavon"),
            L("about 2.8%", 2.8, AP, PCT, "population_share_ni_of_uk", "mid-2025 (Northern Ireland's share of the UK's population; NISRA)"),
        ]),
    "05-daily-stampede-asylum-appeals-tribunal-backlog-cost": dict(
        meta=dict(url="https://www.dailystampede.example/news/politics/2016384/asylum-appeals-backlog-record-68400-bill-1-2bn",
                  title="ASYLUM APPEALS MELTDOWN: Queue hits record 68,400 as bill for migrants waiting soars to £1.2BN",
                  publisher="Daily Stampede", author="Callum Fairweather-Nkemelu", published_date="2026-09-14"),
        labels=[
            L("68,400", 68400, E, P, ABA, E26 + "; a record; headline)", occ=0),
            L("£1.2BN", 1.2e9, E, GBP, ACSA, "per year (the bill for migrants waiting; headline)"),
            L("42 percent", 42, E, PCT, ABA + "_change", "30 June 2026 vs 30 June 2025 (rocketed by, in a year; standfirst)", ctx="rocketed by 42 percent"),
            L("£3.3million", 3.3e6, E, GBP, ACSA, "per day (a £3.3million-a-day bill; standfirst)", occ=0),
            L("nearly quadrupled", 4, ALM, RATIO, ABA + "_ratio", "30 June 2026 vs 30 June 2024 (in two years; caption)", occ=0),
            L("68,400", 68400, E, P, ABA, E26 + "; a record)", occ=1),
            L("42 percent", 42, E, PCT, ABA + "_change", "30 June 2026 vs 30 June 2025 (higher than a year earlier; " + MOJ5 + ")", ctx="was 42 percent higher"),
            L("48,200", 48200, E, P, ABA, "30 June 2025 (a year earlier; " + MOJ5 + ")"),
            L("17,900", 17900, E, P, ABA, "30 June 2024 (two years ago; " + MOJ5 + ")"),
            L("19,750", 19750, E, P, "asylum_appeals_lodged", Q2),
            L("13,100", 13100, E, P, "asylum_appeals_determined", Q2),
            L("6,650", 6650, E, P, ABA + "_change", "April to June 2026 (the pile grew by, in three months; " + MOJ5 + ")"),
            L("54 weeks", 54, E, WEEKS, "asylum_appeal_wait_average", Q2),
            L("doubled", 2, E, RATIO, "asylum_appeal_wait_average_ratio", "April to June 2026 vs spring 2024 (" + MOJ5 + ")"),
            L("27 weeks", 27, E, WEEKS, "asylum_appeal_wait_average", "spring 2024 (" + MOJ5 + ")"),
            L("6,160", 6160, E, P, "asylum_appeals_allowed", Q2),
            L("38%", 38, E, PCT, "asylum_appeals_allowed_share_article_8", "April to June 2026 (38% of these, on family-life grounds; " + MOJ5 + ")"),
            L("Almost half", 50, ALM, PCT, "asylum_appeals_share_allowed", Q2),
            L("31,600", 31600, E, P, "asylum_support_population_awaiting_appeal", "30 June 2026 (when June ended; Home Office figures)"),
            L("more than one in four", 25, MT, PCT, "asylum_support_population_share_awaiting_appeal", "30 June 2026 (of all those supported; Home Office figures)"),
            L("£1.2billion", 1.2e9, E, GBP, ACSA, "per year (officials' estimate)"),
            L("around £3.3million", 3.3e6, AP, GBP, ACSA, "per day (every day; officials' estimate)"),
            L("about £38,000", 38000, AP, GBP, ACSA + "_per_person", "per year (for each person; officials' estimate)"),
            L("nearly quadrupled", 4, ALM, RATIO, ABA + "_ratio", "July 2024 to June 2026 (on their watch; " + SJS + ")", occ=1),
            L("More than 2,200", 2200, MT, P, ABA + "_change", "per month (new cases added every single month; " + SJS + ")"),
            L("pass 80,000", 80000, MT, P, ABA + "_projection", "December 2026 (before Christmas, at that rate; " + SJS + ")"),
            L("42,000", 42000, E, DAYS, "tribunal_sitting_days", "2026 (this year; " + MOJS + ")"),
            L("7,000", 7000, E, DAYS, "tribunal_sitting_days_change", "2026 vs 2025 (more than last year; " + MOJS + ")"),
            L("90", 90, E, P, "tribunal_judges_recruited", "2026 (new judges; " + MOJS + ")"),
            L("Some 54,800", 54800, AP, P, "asylum_backlog", "30 June 2026 (claims with no initial decision; Home Office)"),
            L("31 percent", -31, E, PCT, "asylum_backlog_change", "30 June 2026 vs 30 June 2025 (down on twelve months before; Home Office)"),
            R("between £2,500 and £4,000", 2500, 4000, GBP, "asylum_appeal_cost", "per appeal (average cost to the taxpayer; Migration Sense)"),
        ]),
    "06-shropshire-shuttle-home-office-accounts-asylum-spending": dict(
        meta=dict(url="https://www.shropshireshuttle.example/news/uk-news/asylum-spending-falls-to-4-36bn-but-hotels-still-cost-4-5m-a-day-accounts-show-7730182",
                  title="Asylum spending falls to £4.36bn but hotels still cost £4.5m a day, accounts show",
                  publisher="Shropshire Shuttle", author="Ellis Draycott-Mbeki", published_date="2026-07-16"),
        labels=[
            L("£4.36bn", 4.36e9, E, GBP, "asylum_cost", FY26 + "; headline)"),
            L("£4.5m", 4.5e6, E, GBP, ACH, "per day (2025/26; headline)"),
            L("£4.36 billion", 4.36e9, E, GBP, "asylum_cost", FY26 + ")"),
            L("9%", -9, E, PCT, "asylum_cost_change", "2025/26 vs 2024/25 (down on the year before; " + ACC + ")"),
            L("nearly £12 million", 12e6, ALM, GBP, "asylum_cost", "per day (2025/26; " + ACC + ")"),
            L("£4.79 billion", 4.79e9, E, GBP, "asylum_cost", FY25),
            L("£5.38 billion", 5.38e9, E, GBP, "asylum_cost", "April 2023 to March 2024 (2023/24, the record; " + ACC + ")"),
            L("almost a fifth", -20, ALM, PCT, "asylum_cost_change", "2025/26 vs 2023/24 (fallen from that peak; " + ACC + ")"),
            L("£1.64 billion", 1.64e9, E, GBP, ACH, FY26 + ")"),
            L("about 38%", 38, AP, PCT, "asylum_cost_share_hotels", FY26 + ")"),
            L("roughly £4.5 million", 4.5e6, AP, GBP, ACH, "per day (2025/26; " + ACC + ")"),
            L("more than a third", -THIRD, MT, PCT, ACH + "_change", "2025/26 vs 2024/25 (down; " + ACC + ")"),
            L("£2.61 billion", 2.61e9, E, GBP, ACH, FY25),
            L("£1.28 billion", 1.28e9, E, GBP, "asylum_cost_dispersal_accommodation", FY26 + "; other asylum accommodation)"),
            L("£274 million", 274e6, E, GBP, "asylum_cost_cash_allowances", FY26 + ")"),
            L("£7.8 million", 7.8e6, E, GBP, "rwanda_scheme_cost", FY26 + "; wind-down costs of the scrapped scheme)"),
            L("about £715 million", 715e6, AP, GBP, "rwanda_scheme_cost", "2022 to March 2026 (the partnership's total cost; " + ACC + ")"),
            L("£290 million", 290e6, E, GBP, "payment_to_rwanda", "2022 to March 2026 (paid directly to the government in Kigali; " + ACC + ")", geo=RW),
            L("97,650", 97650, E, P, "asylum_support_population", "31 March 2026 (" + ACC + ")"),
            L("106,900", 106900, E, P, "asylum_support_population", "31 March 2025 (a year earlier; " + ACC + ")"),
            L("Some 24,100", 24100, AP, P, HOP, "31 March 2026 (in hotels; " + ACC + ")"),
            L("less than half", 0.5, LT, RATIO, HOP + "_ratio", "31 March 2026 vs the 2023 high (" + ACC + ")"),
            L("more than 56,000", 56000, MT, P, HOP, "2023 (the 2023 high; " + ACC + ")"),
            L("196", 196, E, HOTELS, "asylum_hotels_closed", "5 July 2024 to July 2026 (since 5 July 2024; Home Office)"),
            L("61,300", 61300, E, P, "asylum_backlog", "31 March 2026 (the initial-decision backlog when March ended; Home Office)"),
            L("about 19%", 19, AP, PCT, "asylum_cost_share_home_office_budget", FY26 + "; of the department's total net spending)"),
            L("£22.9 billion", 22.9e9, E, GBP, "home_office_net_spending", FY26 + ")"),
            L("About £1.1 billion", 1.1e9, AP, GBP, "asylum_cost_counted_as_aid", FY26 + "; counted towards the overseas aid budget)"),
            V("billions", 2e9, 9e9, GBP, "asylum_cost_excess", "July 2024 (the system ministers found, billions of pounds more than was necessary; a Home Office spokesperson)"),
            L("more than £1 billion", -1e9, MT, GBP, "asylum_cost_change", "2023/24 to 2025/26 (taken out of the bill in two years; a Home Office spokesperson)"),
            L("Nearly £12 million", 12e6, ALM, GBP, "asylum_cost", "per day (2025/26, still being spent; " + SHS + ")"),
            L("24,100", 24100, E, P, HOP, "31 March 2026 (still living in hotels; " + SHS + ")", ctx="when 24,100 people"),
            L("310", 310, E, P, "asylum_support_population", "31 March 2026 (the end of March; regional figures published alongside the accounts)", geo="Shropshire"),
            L("2,940", 2940, E, P, "asylum_support_population", "31 March 2026 (the end of March; regional figures published alongside the accounts)", geo=WAL),
        ]),
    "07-calderdale-candle-international-students-dependants-universities": dict(
        meta=dict(url="https://www.calderdalecandle.example/news/education/overseas-student-numbers-at-calderbrook-down-a-third-as-dependants-rule-bites-8821354",
                  title="Overseas student numbers at Calderbrook down a third as dependants rule bites",
                  publisher="Calderdale Candle", author="Joanna Pickersgill-Nwosu", published_date="2026-02-27"),
        labels=[
            L("a third", -THIRD, E, PCT, INTS + "_change", "2024/25 vs 2023/24 (Calderbrook University; headline)", ctx="down a third", geo=HAL),
            L("3.1k", 3100, E, P, INTS, "2024/25 academic year (Calderbrook University's international intake; caption)", geo=HAL),
            L("a third", -THIRD, E, PCT, INTS + "_change", "2024/25 vs 2023/24 (lost in a year; first words)", ctx="lost a third", geo=HAL),
            L("3,120", 3120, E, P, INTS, AY25 + "Calderbrook University)", geo=HAL),
            L("4,680", 4680, E, P, INTS, AY24 + "Calderbrook University)", geo=HAL),
            L("About one in five", 20, AP, PCT, "university_students_share_international", AY25 + "Calderbrook University)", geo=HAL),
            L("15,800", 15800, E, P, "university_students", AY25 + "Calderbrook University)", geo=HAL),
            L("910", 910, E, P, "international_students_with_dependants", "2022/23 academic year (Calderbrook students who brought dependants)", geo=HAL),
            L("70", 70, E, P, "international_students_with_dependants", "2024/25 academic year (last year; Calderbrook University)", ctx="it was just 70", geo=HAL),
            L("44,850", 44850, E, P, INTS, AY25 + "universities across Yorkshire and the Humber)", geo=YH),
            L("9%", -9, E, PCT, INTS + "_change", "2024/25 vs 2023/24 (fewer; " + HESA + ")", geo=YH),
            L("49,300", 49300, E, P, INTS, AY24 + "2023/24)", geo=YH),
            L("Three-quarters", 75, E, PCT, "international_students_share_postgraduate", AY25 + "on postgraduate courses)", geo=YH),
            L("14%", -14, E, PCT, INTS + "_change", "2024/25 vs 2023/24 (fell; " + HESA + ")", geo=NEA),
            L("25,100", 25100, E, P, INTS, AY25 + "North East)", geo=NEA),
            L("402,600", 402600, E, P, "visas_granted_study", YE25[:-1] + "; main applicants)"),
            L("4%", 4, E, PCT, "visas_granted_study_change", "2025 vs 2024 (up; " + HO7 + ")"),
            L("17,400", 17400, E, P, VSD, YE25),
            L("a fifth", -20, E, PCT, VSD + "_change", "2025 vs 2024 (fewer; " + HO7 + ")", ctx="a fifth fewer"),
            L("88%", -88, E, PCT, VSD + "_change", "2025 vs 2023 (down; " + HO7 + ")"),
            L("143,700", 143700, E, P, VSD, "January to December 2023 (issued in 2023, before the rules changed; " + HO7 + ")"),
            L("three-fifths", -60, E, PCT, "international_students_nigeria_change", "2024/25 vs earlier years (Calderbrook's Nigerian enrolments dropped by)", geo=HAL),
            L("£52.4m", 52.4e6, E, GBP, "international_student_fee_income", "2024/25 (Calderbrook University)", geo=HAL),
            L("£71.9m", 71.9e6, E, GBP, "international_student_fee_income", "2023/24 (a year earlier; Calderbrook University)", geo=HAL),
            R("between 150 and 180", 150, 180, P, "university_job_cuts", "announced January 2026 (Calderbrook University)", geo=HAL),
            L("£925", 925, E, GBP, "international_student_levy", "per year from 2028 (per overseas student, English universities)", geo=ENG),
            L("about £2.9m", 2.9e6, AP, GBP, "international_student_levy_cost_university", "per year from 2028 (at current numbers; Calderbrook University)", geo=HAL),
            L("14", 14, E, INSTS, "universities_north_member_institutions", "February 2026 (institutions represented by Universities North)", ctx="represents 14 institutions", geo=YH),
            L("£1.4bn", 1.4e9, E, GBP, "international_students_economic_contribution", "per year's intake, before the fall (an estimate for Universities North)", geo=YH),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
