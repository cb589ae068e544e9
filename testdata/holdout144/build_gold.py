#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-forty-fourth hand-labelled hold-out set (holdout144).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, EUR, PPB, RATIO, HOTELS, MONTHS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, HOT, PTR, RSC, RSP)

UK, ENG, WAL, SCO, NI, FR = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France"
LICENCES, WEEKS, DAYS = "other:licences", "other:weeks", "other:days"

# 01 (Monday 7 September 2026; Home Office figures for Saturday 5 September 2026, released Sunday 6 September)
HO1 = "Home Office figures released Sunday 6 September 2026"
SAT = "Saturday 5 September 2026 ("
YTD1 = "1 January to 5 September 2026 (so far this year; "
CH1 = "1 January to 5 September 2026 vs the same period of 2025 ("
FRA1 = "French police and gendarmes"
TIDE = "Dami Oduwole, director, Tidewater Refugee Project"
SHS = "the shadow home secretary"

# 02 (Wednesday 3 June 2026; Home Office figures published in May 2026 for 31 March 2026; council and police costs)
HO2 = "Home Office figures published May 2026"
M26 = "31 March 2026 (the end of March; " + HO2
HERTS = "Hertfordshire"
HCC = "Hertfordshire County Council"
HPOL = "Hertfordshire Constabulary"
WH = "Welwyn Hatfield"

# 03 (Wednesday 15 July 2026; Home Office data for the year ending March 2026; MAC annual report of Tuesday 14 July)
HO3 = "Home Office data"
YM26 = "April 2025 to March 2026 (the twelve months to March; " + HO3
YM25 = "April 2024 to March 2025 (the year before; " + HO3 + ")"
CH3 = "year ending March 2026 vs year ending March 2025 ("
MAC = "Migration Advisory Committee annual report, Tuesday 14 July 2026"
SWV = "visas_granted_skilled_worker"
TMF = "Talent Mobility Forum survey"

# 04 (Wednesday 14 January 2026; National Records of Scotland 2024-based projections, published Tuesday 13 January 2026)
NRS = "National Records of Scotland 2024-based projections, published Tuesday 13 January 2026"
P34 = "mid-2034 (projected; " + NRS + ")"
DEC = "mid-2024 to mid-2034 (over the next decade, projected; " + NRS
M24 = "mid-2024 (" + NRS + ")"
PP, PPC = "population_projection", "population_projection_change"
NCP = "population_natural_change_projection"
FIFE = "Fife"
GM = "Dr Isobel Guthrie-Mair, Kingdom Futures Trust"

# 05 (Thursday 21 May 2026; PA copy on Home Office statistics released Thursday 21 May 2026 for January to March 2026)
HO5 = "Home Office statistics released Thursday 21 May 2026"
Q1 = "January to March 2026 (the first quarter; " + HO5
Q125 = "January to March 2025 (the same quarter of 2025; " + HO5 + ")"
QCH = "January to March 2026 vs January to March 2025 ("
BSM = "the border security minister"
ALB = "Albania"

# 06 (Tuesday 15 September 2026; Ministry of Justice tribunal statistics for April to June 2026, published Thursday 10 September)
MOJ = "Ministry of Justice tribunal statistics published Thursday 10 September 2026"
J26 = "30 June 2026 (the end of June; " + MOJ
TAO = "tribunal_appeals_outstanding_immigration_asylum"
WAIT = "tribunal_appeal_wait_average"
AKR = "Femi Akande-Ross, immigration barrister"

# 07 (Tuesday 3 February 2026; Home Office written statement to Parliament on Monday 2 February 2026)
WS = "Home Office written statement to Parliament, Monday 2 February 2026"
LIFE = "April 2022 to 2025 (the scheme's whole life, final figures; " + WS
HS = "the Home Secretary"

ARTICLES = {
    "01-daily-shout-channel-crossings-record-day": dict(
        meta=dict(url="https://www.dailyshout.example/news/politics/record-1382-migrants-cross-channel-36104417",
                  title="RECORD 1,382 migrants cross Channel in one day as French stop just 19 boats",
                  publisher="Daily Shout", author="Kerry-Ann Mossop", published_date="2026-09-07"),
        labels=[
            L("1,382", 1382, E, P, SBA, SAT + "in one day, a record; headline)", occ=0),
            L("19", 19, E, BOATS, "small_boat_launches_prevented", SAT + "French stop just 19 boats; headline)", ctx="stop just 19 boats", geo=FR),
            L("More than 31,000", 31000, MT, P, SBA, YTD1 + "made the journey in 2026; standfirst)"),
            L("a fifth", 20, E, PCT, SBA + "_change", CH1 + "more than at this stage last year; standfirst)"),
            L("1,382", 1382, E, P, SBA, SAT + "a record, the highest daily tally; " + HO1 + ")", occ=1),
            L("24", 24, E, BOATS, SBC, SAT + "dinghies that made it across; " + HO1 + ")"),
            L("58", 58, E, PPB, "small_boat_occupancy", SAT + "an average of 58 people each; " + HO1 + ")"),
            L("1,305", 1305, E, P, SBA, "Monday 22 August 2022 (the previous daily high; Home Office figures)"),
            L("77", 77, E, P, SBA + "_change", "Saturday 5 September 2026 vs Monday 22 August 2022 (the previous high smashed by)"),
            L("1,011", 1011, E, P, SBA, "Monday 17 August 2026 (the busiest day of 2026 until Saturday)"),
            L("31,460", 31460, E, P, SBA, YTD1 + HO1 + ")"),
            L("20%", 20, E, PCT, SBA + "_change", CH1 + "up on the same point of 2025; " + HO1 + ")"),
            L("26,210", 26210, E, P, SBA, "1 January to 5 September 2025 (recorded at this point in 2025; Home Office figures)"),
            L("40,950", 40950, E, P, SBA, "January to December 2025 (the full-year figure for 2025)"),
            L("3,104", 3104, E, P, SBA, "Sunday 30 August to Saturday 5 September 2026 (the seven days to Saturday)"),
            L("81", 81, E, PPB, "small_boat_occupancy_max", SAT + "one overloaded inflatable brought into Folkestone; Border Force sources)", geo="Folkestone"),
            L("Roughly one in five", 20, AP, PCT, "small_boat_arrivals_share_children", SAT + "arrivals believed to be children)"),
            L("19", 19, E, BOATS, "small_boat_launches_prevented", SAT + "boats stopped between Calais and Dunkirk; " + FRA1 + ")", ctx="stopping 19 boats", geo=FR),
            L("803", 803, E, P, "small_boat_launch_attempts_stopped_people", SAT + "turned back on the beaches and in the shallows; " + FRA1 + ")", geo=FR),
            L("fewer than half", 50, LT, PCT, "small_boat_launches_prevented_share", SAT + "of the boats that tried to set off, halted)", geo=FR),
            L("43", 43, E, BOATS, "small_boat_launch_attempts", SAT + "boats that tried to set off)", geo=FR),
            L("more than 94,000", 94000, MT, P, SBA, "5 July 2024 to 5 September 2026 (since 5 July 2024, overseen by Labour)"),
            L("Getting on for 95,000", 95000, ALM, P, SBA, "5 July 2024 to September 2026 (since Keir Starmer walked into Downing Street; " + SHS + ")"),
            L("1,382", 1382, E, P, SBA, SAT + "got into dinghies on Saturday; " + SHS + ")", occ=2),
            L("3,140", 3140, E, P, "returns", "September 2025 to 6 September 2026 (sent back to France under the one in, one out pilot since it began last September; the Home Office)", geo=FR),
            L("41", 41, E, P, "returns_planned", "week of 7 September 2026 (booked on flights to France this week; the Home Office)", geo=FR),
            L("a quarter", 25, E, PCT, "returns_change", "July 2024 to September 2026 (removals and returns risen since July 2024; a Home Office spokeswoman)"),
            L("Three-quarters", 75, E, PCT, "small_boat_arrivals_share_granted_protection", "September 2026 (of the people in those boats, granted protection when claims are decided; " + TIDE + ")"),
            L("up to €2,000", 2000, AM, EUR, "smuggling_fee_per_person", "September 2026 (paid to smugglers per seat; " + TIDE + ")", geo=FR),
        ]),
    "02-herts-hornbeam-asylum-hotels-closures-costs": dict(
        meta=dict(url="https://www.hertshornbeam.example/news/hatfield/two-more-hertfordshire-asylum-hotels-to-close-4417302",
                  title="Two more Hertfordshire asylum hotels to close as numbers fall by a third",
                  publisher="Herts Hornbeam", author="Priya Chaudhary-Webb", published_date="2026-06-03"),
        labels=[
            L("Two", 2, E, HOTELS, "asylum_hotels_to_close", "by the end of August 2026 (hotels in Hatfield and Cheshunt to close; headline)", geo=HERTS),
            L("a third", -THIRD, E, PCT, HOT + "_change", "31 March 2026 vs 31 March 2025 (numbers fall by; headline)", occ=0, geo=HERTS),
            L("TWO", 2, E, HOTELS, "asylum_hotels_to_close", "before September 2026 (to stop housing asylum seekers; the Home Office)", geo=HERTS),
            L("three", 3, E, HOTELS, "asylum_hotels_in_use", "June 2026 (Hertfordshire's three remaining asylum hotels)", ctx="Hertfordshire's three remaining", geo=HERTS),
            L("212", 212, E, P, HOT, M26 + "; the Ashgrove Court Hotel)", geo="Hatfield"),
            L("138", 138, E, P, HOT, M26 + "; the Riverside Quay Hotel)", geo="Cheshunt"),
            L("224", 224, E, P, HOT, M26 + "; the hotel in Stevenage, on the same date)", geo="Stevenage"),
            L("574", 574, E, P, HOT, M26 + ")", geo=HERTS),
            L("a third", -THIRD, E, PCT, HOT + "_change", "31 March 2026 vs 31 March 2025 (lower than twelve months earlier; " + HO2 + ")", occ=1, geo=HERTS),
            L("861", 861, E, P, HOT, "31 March 2025 (recorded twelve months earlier; " + HO2 + ")", geo=HERTS),
            L("seven", 7, E, HOTELS, "asylum_hotels_in_use", "autumn 2023 (at the peak, across the county)", ctx="seven hotels across the county", geo=HERTS),
            L("Four", 4, E, HOTELS, "asylum_hotels_closed", "5 July 2024 to June 2026 (stopped housing asylum seekers since 5 July 2024)", geo=HERTS),
            L("24,900", 24900, E, P, HOT, "31 March 2026 (" + HO2 + ")"),
            L("more than 56,000", 56000, MT, P, HOT, "2023 (the height of the system's reliance on hotels)"),
            L("just under 200", 200, ALM, HOTELS, "asylum_hotels_in_use", "31 March 2026 (hotels remained open)"),
            L("a little over 2%", 2, MT, PCT, "asylum_hotel_population_share_hertfordshire", "31 March 2026 (Hertfordshire's share of the UK total)", geo=HERTS),
            L("£1.4m", 1400000, E, GBP, "council_asylum_cost", "April 2025 to March 2026 (2025/26; school places, health visitors and social work for families in the hotels; " + HCC + ")", geo=HERTS),
            L("£610,000", 610000, E, GBP, "council_asylum_grant", "April 2025 to March 2026 (2025/26; received from the Home Office towards it; " + HCC + ")", geo=HERTS),
            L("less than half", 50, LT, PCT, "council_asylum_cost_share_funded_by_home_office", "April 2025 to March 2026 (2025/26; " + HCC + ")", geo=HERTS),
            L("£318,000", 318000, E, GBP, "council_legal_costs_asylum_hotel", "2023 to 2026 (failed High Court bid to stop the Ashgrove Court being used; Welwyn Hatfield Borough Council)", geo=WH),
            L("£1.26m", 1260000, E, GBP, "police_cost_asylum_hotel_protests", "April 2025 to March 2026 (2025/26; protests outside the Hatfield and Cheshunt hotels; " + HPOL + ")", geo=HERTS),
            L("more than three times", 3, MT, RATIO, "police_cost_asylum_hotel_protests_ratio", "2025/26 vs 2024/25 (" + HPOL + ")", geo=HERTS),
            L("£390,000", 390000, E, GBP, "police_cost_asylum_hotel_protests", "April 2024 to March 2025 (2024/25; " + HPOL + ")", geo=HERTS),
            L("c. 450", 450, AP, "other:shifts", "police_officer_shifts_asylum_hotel_protests", "April 2025 to March 2026 (2025/26; officer shifts taken up; " + HPOL + ")", geo=HERTS),
            L("more than £30m", 30000000, MT, GBP, "police_cost_asylum_hotel_protests", "summer 2025 (last summer; forces in England and Wales; National Police Chiefs' Council estimate)", geo=EW),
            L("more than a quarter of a million pounds", 250000, MT, GBP, "council_legal_costs_asylum_hotel", "2023 to June 2026 (council tax-payers' money spent trying to get a fair hearing; Cllr Rosalind Achterberg, leader, Welwyn Hatfield Borough Council)", geo=WH),
            L("about 1,900", 1900, AP, "other:signatures", "petition_signatures_asylum_hotel_closure", "by June 2026 (petition demanding the hotel's closure; Jenny Marchetti, Hatfield Residents' Forum)", geo="Hatfield"),
            L("about 40", 40, AP, "other:jobs", "asylum_hotel_reopening_jobs", "after the hotel closes (reopening to paying guests; the hotel's owners)", geo="Hatfield"),
            V("hundreds", 200, 900, P, "charity_service_users", "2023 to June 2026 (hotel residents helped since 2023; Herts Welcome Hub)", geo=HERTS),
            L("More than 150", 150, MT, HOTELS, "asylum_hotels_closed", "July 2024 to June 2026 (closed nationally since the general election; the Home Office)"),
            V("billions", 2000000000, 9000000000, GBP, "asylum_hotel_exit_saving", "to the next general election (saving from closing every hotel; a Home Office spokesperson)"),
        ]),
    "03-the-gearing-skilled-worker-visas-sponsorship": dict(
        meta=dict(url="https://www.thegearing.example/content/7c2f19d4-employers-visa-sponsorship-salary-floor",
                  title="Employers turn their backs on visa sponsorship as salary floor bites",
                  publisher="The Gearing", author="Oliver Trench and Anjali Sethuraman", published_date="2026-07-15"),
        labels=[
            L("31%", -31, E, PCT, SWV + "_change", CH3 + "skilled worker grants fall; standfirst)"),
            L("double", 2, E, RATIO, "sponsor_licences_revoked_ratio", CH3 + "licence revocations; standfirst)"),
            L("58,700", 58700, E, P, SWV, YM26 + "; main applicants)"),
            L("31 per cent", -31, E, PCT, SWV + "_change", CH3 + "fewer than the year before; " + HO3 + ")"),
            L("85,400", 85400, E, P, SWV, YM25),
            L("96,200", 96200, E, P, SWV + "_including_dependants", YM26 + ")"),
            L("£41,700", 41700, E, GBP, "skilled_worker_salary_threshold", "since July 2025 (the general salary threshold; " + MAC + ")"),
            L("59 per cent", 59, E, PCT, "skilled_worker_salary_threshold_change", "before April 2024 to July 2026 (risen in a little over two years)"),
            L("£26,200", 26200, E, GBP, "skilled_worker_salary_threshold", "before April 2024"),
            L("14,700", 14700, E, P, "visas_granted_health_care_worker", YM26 + "; grants on the health and care route)"),
            L("almost three-quarters", -75, ALM, PCT, "visas_granted_health_care_worker_change", CH3 + "down; " + HO3 + ")"),
            L("109,600", 109600, E, LICENCES, "sponsor_licences", "31 March 2026 (licensed sponsors at the end of March; " + HO3 + ")"),
            L("8 per cent", -8, E, PCT, "sponsor_licences_change", "31 March 2026 vs 31 March 2025 (down over twelve months)"),
            L("1,948", 1948, E, LICENCES, "sponsor_licences_revoked", YM26 + "; revoked by the Home Office)"),
            L("974", 974, E, LICENCES, "sponsor_licences_revoked", "April 2024 to March 2025 (the twelve months to March 2025; " + HO3 + ")"),
            L("doubled", 2, E, RATIO, "sponsor_licences_revoked_ratio", CH3 + "the number doubled)"),
            L("71,300", 71300, E, P, "certificates_of_sponsorship_assigned_skilled_worker", "April 2025 to March 2026 (assigned to employers; the Migration Advisory Committee)"),
            L("£46,900", 46900, E, GBP, "skilled_worker_median_salary_sponsored", "2025 (last year; newly sponsored skilled workers; " + MAC + ")"),
            L("roughly one in four", 25, AP, PCT, "skilled_worker_sponsored_jobs_share_within_2000_of_threshold", "2025 (sponsored jobs paid within £2,000 of the threshold; " + MAC + ")"),
            L("37 per cent", 37, E, PCT, SWV + "_share_india", YM26 + "; Indian nationals, the largest single group)"),
            L("1,150", 1150, E, "other:employers", "survey_employers_responding", "2026 (employers surveyed; " + TMF + ")"),
            L("38 per cent", 38, E, PCT, "employers_share_stopped_sponsorship", "July 2025 to July 2026 (cut back or stopped sponsoring over the past year; " + TMF + ")"),
            L("one in six", 100 / 6, E, PCT, "employers_share_planning_to_move_roles_abroad", "July 2026 (considering moving roles overseas; " + TMF + ")"),
            L("upwards of £15,000", 15000, MT, GBP, "sponsorship_cost_per_worker_change", "July 2026 vs a year ago (an engineer from Bangalore over a five-year visa, mid-sized firm; Rhiannon Vale, chief executive, Talent Mobility Forum)"),
            L("about 0.1 percentage points", -0.1, AP, PCT, "gdp_growth_lower_skilled_worker_inflows_change", "2026 (this year; shaved off GDP growth; Lukas Bergqvist, UK economist, Harcastle Bank)"),
            L("around 700,000", -700000, AP, P, NM + "_change", "the 2023 peak to the latest estimate (below its 2023 peak; the Home Office)"),
            L("82", 82, E, "other:occupations", "temporary_shortage_list_occupations", "July 2026 (currently covered by the temporary shortage list; the Migration Advisory Committee)"),
        ]),
    "04-fife-pibroch-scotland-population-projections-migration": dict(
        meta=dict(url="https://www.fifepibroch.example/news/scotland/scotlands-population-to-hit-5-72m-but-only-because-of-migration-5520931",
                  title="Scotland's population to hit 5.72m, but only because of migration",
                  publisher="Fife Pibroch", author="Ewan Dalgetty", published_date="2026-01-14"),
        labels=[
            L("5.72m", 5720000, E, P, PP, "mid-2034 (projected; " + NRS + "; headline)", geo=SCO),
            L("3.1%", 3.1, E, PCT, PPC, DEC + ")", geo=SCO),
            L("5.72 million", 5720000, E, P, PP, P34, geo=SCO),
            L("5.55 million", 5550000, E, P, "population", M24, geo=SCO),
            L("about 151,000", -151000, AP, P, NCP, DEC + "; natural decrease over the ten years)", geo=SCO),
            L("44,100", 44100, E, P, "births_projection", "year to mid-2034, per year (by 2034, projected; " + NRS + ")", geo=SCO),
            L("62,800", 62800, E, P, "deaths_projection", "year to mid-2034, per year (by 2034, projected; " + NRS + ")", geo=SCO),
            L("18,700", -18700, E, P, NCP, "year to mid-2034, per year (the gap between births and deaths; " + NRS + ")", geo=SCO),
            L("32,400", 32400, E, P, "net_migration_projection_assumption", "mid-2024 to mid-2034, average per year (into Scotland; " + NRS + ")", geo=SCO),
            L("14,100", 14100, E, P, "net_migration_rest_of_uk_projection_assumption", "mid-2024 to mid-2034, average per year (from elsewhere in the UK; " + NRS + ")", geo=SCO),
            L("18,300", 18300, E, P, "net_migration_overseas_projection_assumption", "mid-2024 to mid-2034, average per year (from overseas; " + NRS + ")", geo=SCO),
            L("70,000", 70000, E, P, "population_projection_revision", "mid-2034 (2024-based against the previous, 2022-based, projections; revised up by; NRS)", geo=SCO),
            R("between 5.61m and 5.83m", 5610000, 5830000, P, PP, "mid-2034 (under alternative assumptions about migration; " + NRS + ")", geo=SCO),
            L("38%", 38, E, PCT, "population_aged_75_and_over_projection_change", DEC + "; the over-75 population)", geo=SCO),
            L("8%", -8, E, PCT, "population_aged_under_16_projection_change", DEC + "; children under 16 become fewer)", geo=SCO),
            L("more than one in five", 20, MT, PCT, "population_share_pensionable_age_projection", "mid-2049 (by 2049, projected; " + NRS + ")", geo=SCO),
            L("6.2%", 6.2, E, PCT, PPC, "mid-2024 to mid-2034 (over the same ten years, projected; ONS projections)", geo=ENG),
            L("3.4%", 3.4, E, PCT, PPC, "mid-2024 to mid-2034 (over the same ten years, projected; ONS projections)", geo=WAL),
            L("1.9%", 1.9, E, PCT, PPC, "mid-2024 to mid-2034 (over the same ten years, projected; ONS projections)", geo=NI),
            L("8.0%", 8.0, E, PCT, "population_share_scotland_of_uk", "mid-2024 (Scotland's share of the UK population; NRS and ONS)", geo=SCO),
            L("7.8%", 7.8, E, PCT, "population_share_scotland_of_uk_projection", "mid-2034 (expected to slip to, projected; NRS and ONS)", geo=SCO),
            L("375,400", 375400, E, P, "population", M24, geo=FIFE),
            L("378,900", 378900, E, P, PP, P34, geo=FIFE),
            L("0.9%", 0.9, E, PCT, PPC, DEC + "; growth of just)", geo=FIFE),
            L("about 1,300", -1300, AP, P, NCP, "mid-2024 to mid-2034, per year (deaths expected to outnumber births; " + NRS + ")", geo=FIFE),
            L("1,650", 1650, E, P, "net_migration_projection_assumption", "mid-2024 to mid-2034, average per year (net migration averaging; " + NRS + ")", geo=FIFE),
            L("10.4%", 10.4, E, PCT, "population_share_aged_75_and_over", M24, geo=FIFE),
            L("13.1%", 13.1, E, PCT, "population_share_aged_75_and_over_projection", P34, geo=FIFE),
            L("around 150,000", -150000, AP, P, "population_projection_no_migration_change", "mid-2024 to 2034 (fewer people than today if migration were taken away; " + GM + ")", geo=SCO),
            L("around 2,600", 2600, AP, "other:vacancies", "social_care_vacancies", "January 2026 (already, across the region; " + GM + ")", geo=FIFE),
        ]),
    "05-malvern-milestone-removals-voluntary-returns-quarter": dict(
        meta=dict(url="https://www.malvernmilestone.example/news/national/24117835.removals-up-14-voluntary-departures-make-nearly-three-quarters-total/",
                  title="Removals up 14% as voluntary departures make up nearly three-quarters of total",
                  publisher="Malvern Milestone", author="Jemima Thorne", published_date="2026-05-21"),
        labels=[
            L("14%", 14, E, PCT, "returns_change", QCH + "removals up; headline)", occ=0),
            L("nearly three-quarters", 75, ALM, PCT, "returns_share_voluntary", Q1 + "; voluntary departures; headline)", occ=0),
            L("14%", 14, E, PCT, "returns_change", QCH + "rose in the opening quarter of 2026; " + HO5 + ")", occ=1),
            L("9,870", 9870, E, P, "returns", Q1 + ")"),
            L("8,660", 8660, E, P, "returns", Q125),
            L("22%", 22, E, PCT, "returns_enforced_change", QCH + "enforced returns rose; " + HO5 + ")"),
            L("2,510", 2510, E, P, "returns_enforced", Q1 + ")"),
            L("7,360", 7360, E, P, "returns_voluntary", Q1 + ")"),
            L("nearly three-quarters", 75, ALM, PCT, "returns_share_voluntary", Q1 + "; of the total)", occ=1),
            L("Just over a quarter", 25, MT, PCT, "returns_voluntary_share_assisted", Q1 + "; of these, helped by the Home Office with travel and resettlement)"),
            L("1,940", 1940, E, P, "returns_voluntary_assisted", Q1 + ")"),
            L("up to £3,000", 3000, AM, GBP, "voluntary_return_payment", "2026, per person (payments to voluntary returners; " + HO5 + ")"),
            L("36,820", 36820, E, P, "returns", "April 2025 to March 2026 (the 12 months to March; " + HO5 + ")"),
            L("11%", 11, E, PCT, "returns_change", "year ending March 2026 vs year ending March 2025 (" + HO5 + ")"),
            L("33,170", 33170, E, P, "returns", "April 2024 to March 2025 (the previous year; " + HO5 + ")"),
            L("1,380", 1380, E, P, "returns_foreign_national_offenders", Q1 + "; foreign criminals)"),
            L("81%", 81, E, PCT, "returns_foreign_national_offenders_share_european_countries", Q1 + "; 81% of these sent to European countries)"),
            L("1,010", 1010, E, P, "returns_albania", Q1 + "; returned to Albania, the most common destination)", geo=ALB),
            L("about one in 10", 10, AP, PCT, "returns_share_albania", Q1 + "; of the total)", geo=ALB),
            L("27", 27, E, "other:flights", "returns_charter_flights", Q1 + "; charter flights carrying people being removed)"),
            L("2,180", 2180, E, P, "detention_population", "31 March 2026 (in detention; " + HO5 + ")"),
            L("Almost 64,000", 64000, ALM, P, "returns", "July 2024 to May 2026 (returned since July 2024; " + BSM + ")"),
            L("about a fifth", 20, AP, PCT, "returns_share_of_return_orders", "recent years, year not stated (people ordered to leave who actually do; " + BSM + ")", geo="EU"),
            L("one in 20", 5, E, PCT, "returns_share_of_small_boat_arrivals", "2025 (people who came across the Channel last year who have been removed; " + SHS + ")"),
            L("More than 60%", 60, MT, PCT, "returns_voluntary_share_never_claimed_asylum", "May 2026 (voluntary returns of people who never claimed asylum; Grainne Ashworth, Routes Home)"),
            L("290", 290, E, P, "detention_capacity_change", "summer 2025 to May 2026 (places added since last summer; the Home Office)"),
            L("two", 2, E, "other:centres", "detention_centres_planned", "by 2027 (further centres to open; the Home Office)", ctx="open two further centres"),
            L("31,010", 31010, E, P, "asylum_applications", Q1 + "; claims lodged)"),
            L("6%", 6, E, PCT, "asylum_applications_change", QCH + "up on a year earlier; " + HO5 + ")"),
        ]),
    "06-the-lowdown-asylum-appeals-backlog-tribunal-waits": dict(
        meta=dict(url="https://thelowdown.example/news/politics/asylum-appeals-backlog-tribunal-waiting-times-explained-3981127",
                  title="Why 68,000 people are stuck in the asylum appeals queue, and how long they wait",
                  publisher="The Lowdown", author="Saoirse Pennant", published_date="2026-09-15"),
        labels=[
            L("68,000", 68000, E, P, TAO, J26 + "; headline)"),
            L("more than trebled", 3, MT, RATIO, TAO + "_ratio", "30 June 2026 vs 30 June 2024 (in two years; standfirst)"),
            L("68.4k", 68400, E, P, TAO, J26 + "; key numbers)"),
            L("57", 57, E, WEEKS, WAIT, "April to June 2026 (average time to clear an appeal; key numbers; " + MOJ + ")", occ=0),
            L("47%", 47, E, PCT, "asylum_appeals_share_allowed", "July 2025 to June 2026 (asylum appeals allowed; key numbers; " + MOJ + ")", ctx="47% of asylum appeals allowed"),
            L("68,400", 68400, E, P, TAO, J26 + ")"),
            L("46%", 46, E, PCT, TAO + "_change", "30 June 2026 vs 30 June 2025 (higher than; " + MOJ + ")"),
            L("46,850", 46850, E, P, TAO, "30 June 2025 (" + MOJ + ")"),
            L("21,550", 21550, E, P, TAO + "_change", "30 June 2025 to 30 June 2026 (an increase of; " + MOJ + ")"),
            L("more than three times", 3, MT, RATIO, TAO + "_ratio", "30 June 2026 vs 30 June 2024 (" + MOJ + ")"),
            L("21,100", 21100, E, P, TAO, "30 June 2024 (outstanding two years ago; " + MOJ + ")"),
            L("55,900", 55900, E, P, "asylum_backlog_appeals", J26 + "; asylum appeals)"),
            L("more than four in five", 80, MT, PCT, TAO + "_share_asylum", J26 + "; asylum appeals among those waiting)"),
            L("14,260", 14260, E, P, "tribunal_appeals_lodged_immigration_asylum", "April to June 2026 (new appeals lodged; " + MOJ + ")"),
            L("9,880", 9880, E, P, "tribunal_appeals_disposed_immigration_asylum", "April to June 2026 (appeals decided; " + MOJ + ")"),
            L("4,380", 4380, E, P, TAO + "_change", "April to June 2026 (the queue grew in three months; " + MOJ + ")"),
            L("57", 57, E, WEEKS, WAIT, "April to June 2026 (appeals cleared in the quarter, from lodging; " + MOJ + ")", occ=1),
            L("38", 38, E, WEEKS, WAIT, "April to June 2025 (a year earlier; " + MOJ + ")"),
            L("50%", 50, E, PCT, WAIT + "_change", "April to June 2026 vs April to June 2025 (an increase of; " + MOJ + ")"),
            L("Some 47%", 47, AP, PCT, "asylum_appeals_share_allowed", "July 2025 to June 2026 (asylum appeals decided in the year to June that succeeded; " + MOJ + ")"),
            L("nearly half", 50, ALM, PCT, "asylum_appeals_share_allowed", "September 2026 (refusals being reversed; " + AKR + ")"),
            L("About 31,600", 31600, AP, P, "asylum_support_population_awaiting_appeal", "30 June 2026 (on support with an appeal pending; Home Office figures)"),
            L("about a third", THIRD, AP, PCT, "asylum_support_population_share_awaiting_appeal", "30 June 2026 (of everyone supported; Home Office figures)"),
            L("94,800", 94800, E, P, "asylum_support_population", "30 June 2026 (supported in total; Home Office figures)"),
            L("roughly £1.3bn", 1300000000, AP, GBP, "asylum_cost_awaiting_appeal", "2026, per year (housing and supporting people awaiting an appeal; The Lowdown's estimate from Home Office unit costs)"),
            L("3,000", 3000, E, DAYS, "tribunal_sitting_days_added", "April 2026 to March 2027 (extra sitting days funded this year; Ministry of Justice)"),
            L("about 14,000", 14000, AP, DAYS, "tribunal_sitting_days", "April 2026 to March 2027 (the total this year; Ministry of Justice)"),
            L("120", 120, E, P, "tribunal_judges_recruited", "to September 2026 (new judges recruited; Ministry of Justice)"),
            L("seven", 7, E, MONTHS, "asylum_initial_decision_wait_average", "September 2026 (initial decisions now made in an average of; the Home Office)"),
            L("14", 14, E, MONTHS, "asylum_initial_decision_wait_average", "2024 (down from; the Home Office)"),
        ]),
    "07-the-mainmast-rwanda-scheme-final-costs-parliament": dict(
        meta=dict(url="https://www.themainmast.example/politics/2026/02/03/rwanda-scheme-cost-179m-for-every-migrant-it-sent/",
                  title="Rwanda scheme cost almost £179m for every migrant it sent",
                  publisher="The Mainmast", author="Giles Pemberton-Lowe", published_date="2026-02-03"),
        labels=[
            L("almost £179m", 179000000, ALM, GBP, "rwanda_scheme_cost_per_relocation", LIFE + "; for every migrant it sent; headline)", occ=0),
            L("£715.6m", 715600000, E, GBP, RSC, LIFE + "; standfirst)", occ=0),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to 2024 (volunteers ever relocated; standfirst)", ctx="Only four volunteers"),
            L("£715.6m", 715600000, E, GBP, RSC, LIFE + "; before it was scrapped)", occ=1),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to 2024 (a grand total, all volunteers; " + WS + ")", ctx="a grand total of four people"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "2024, per person (paid apiece to leave; " + WS + ")"),
            L("almost £179m", 179000000, ALM, GBP, "rwanda_scheme_cost_per_relocation", LIFE + "; the bill divided between them, a head)", occ=1),
            L("nearly 100 times", 100, ALM, RATIO, "rwanda_scheme_cost_per_relocation_ratio", "final cost per head vs the cost per head implied by the National Audit Office's 2024 estimate"),
            L("£541m", 541000000, E, GBP, RSP, "the first 300 removals (National Audit Office estimate, 2024)"),
            L("300", 300, E, P, "rwanda_relocations_planned", "the first 300 removals (National Audit Office estimate, 2024)"),
            L("£290m", 290000000, E, GBP, PTR, LIFE + "; received by Kigali, the biggest component)"),
            L("about two-fifths", 40, AP, PCT, "payment_to_rwanda_share_of_scheme_cost", LIFE + ")"),
            L("£240m", 240000000, E, GBP, PTR, "2022 (handed over before the first flight was due to take off, June 2022; " + WS + ")"),
            L("£50m", 50000000, E, GBP, PTR, "April 2024 (a final payment; " + WS + ")"),
            L("£49.8m", 49800000, E, GBP, "rwanda_scheme_cost_flights", LIFE + "; charter aircraft booked but never flown)"),
            L("£83.1m", 83100000, E, GBP, "rwanda_scheme_cost_detention", LIFE + "; detaining and escorting people earmarked for removal)"),
            L("£37.4m", 37400000, E, GBP, "rwanda_scheme_cost_legal", LIFE + ")"),
            L("£255.3m", 255300000, E, GBP, "rwanda_scheme_cost_staff_and_other", LIFE + "; staff and other Home Office costs)"),
            L("2,170", 2170, E, P, "immigration_detentions_rwanda", "April to May 2024 (held in detention awaiting removal flights; " + WS + ")"),
            L("Around half", 50, AP, PCT, "rwanda_detainees_share_released_on_bail", "2024 (later released on bail; " + WS + ")"),
            L("200", 200, E, P, "rwanda_accommodation_capacity", "2024 (hostels in Kigali kept ready throughout 2024)", geo="Rwanda"),
            L("£220m", 220000000, E, GBP, "rwanda_scheme_cancellation_saving", "scheduled payments avoided by ending the deal, years not stated (" + WS + ")"),
            L("Seven hundred and fifteen million pounds", 715000000, E, GBP, RSC, "April 2022 to 2025 (the scheme's whole life; " + HS + ")"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to 2024 (volunteers; " + HS + ")", ctx="for four volunteers"),
            L("more than 12,000", 12000, MT, P, "caseworkers_affordable_with_rwanda_cost", "for a year (asylum caseworkers the sum could employ; " + HS + ")"),
            L("more than 63,000", 63000, MT, P, SBA, "6 July 2024 to February 2026 (since Labour scrapped the scheme; " + SHS + ")"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
