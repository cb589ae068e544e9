#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the fifty-fourth hand-labelled hold-out set (holdout54).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, PPB, YEARS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, EW)

RET, LEGAL, SHARE_RET, UKFR = "returns", "uk_france_legal_route_arrivals", "returns_share_of_small_boat_arrivals", "uk_funding_to_france"
BL, BLA, GR, APPS = "asylum_backlog", "asylum_backlog_appeals", "asylum_grants_share_initial_decisions", "asylum_applications"
HOT = "asylum_hotel_population"
POP, POPCH = "population", "population_change"
DISP = "asylum_dispersal_population"
HCOST = "council_refugee_homelessness_cost"
HOMELESS = "refugees_homeless_after_leaving_asylum_support"
HOURS, LAUNCHES, VIEWS, AREAS, HH = "other:hours", "other:launches", "other:views", "other:council_areas", "other:households"
UK, FR, EU, EN, SC, WA, NI, RW = "UK", "France", "EU", "England", "Scotland", "Wales", "Northern Ireland", "Rwanda"
BEL, DOV, KENT, MAN, GLA = "Belfast", "Dover", "Kent", "Manston", "Glasgow"

# periods
MON13, SUN12, TUE14 = "Monday 13 July 2026", "Sunday 12 July 2026", "Tuesday 14 July 2026"
YTD13, YTD13_25 = "1 January to 13 July 2026", "1 January to 13 July 2025"
SINCE_GOV_J = "5 July 2024 to 13 July 2026"
DEAL_J = "18 September 2025 (first return) to 14 July 2026"
EJ26, EJ25, EJ23 = ("end of June 2026 (30 June 2026)", "end of June 2025 (30 June 2025)", "end of June 2023 (30 June 2023)")
YJ26, YJ25, YJ24 = ("year ending June 2026 (July 2025 to June 2026)", "year ending June 2025 (July 2024 to June 2025)",
                    "year ending June 2024 (July 2023 to June 2024)")
T = " (table)"
YMID25 = "year to mid-2025 (1 July 2024 to 30 June 2025)"
MID25 = "mid-2025 (30 June 2025)"
Y25, Y24 = "2025 (calendar year)", "2024 (calendar year)"
YTD6A, YTD6A_25 = "1 January to 6 August 2026", "1 January to 6 August 2025"
DEAL_A = "18 September 2025 (first return) to 31 August 2026"
FY2526, FY2223, FY2324, FY2627 = "2025/26 financial year", "2022/23 financial year", "2023/24 financial year", "2026/27 financial year"

ARTICLES = {
    "01-spindrift-news-live-channel-crossings-commons-statement": dict(
        meta=dict(url="https://www.spindriftnews.example/live/uk/channel-crossings-home-secretary-statement-14-july-2026",
                  title="More than 1,000 migrants make Channel crossing on busiest day of 2026 as Home Secretary faces MPs",
                  publisher="Spindrift News", author="Imogen Castellanos-Reid", published_date="2026-07-14"),
        labels=[
            L("More than 1,000", 1000, MT, P, SBA, MON13 + " (busiest day of 2026; headline)"),
            # Key points
            L("1,027", 1027, E, P, SBA, MON13 + " (key points; Home Office)", occ=0),
            L("17", 17, E, BOATS, SBC, MON13 + " (key points)", ctx="in 17 boats on Monday"),
            L("812", 812, E, P, SBA, "Saturday 30 May 2026 (the previous highest daily total of 2026; key points)"),
            L("more than 85,000", 85000, MT, P, SBA, SINCE_GOV_J + " (crossed under Labour; Shadow Home Secretary; key points)", occ=0),
            # 15:48
            L("1,027", 1027, E, P, SBA, MON13 + " (recap; Home Office)", occ=1),
            L("at least 240", 240, AL, P, SBA, TUE14 + " (landed at Dover by lunchtime, provisional; Border Force sources)"),
            # 15:10
            L("about 60", 60, AP, PPB, "small_boat_occupancy", MON13 + " (an average in each dinghy)"),
            L("17", 17, E, BOATS, SBC, MON13, ctx="just 17 boats"),
            L("20,315", 20315, E, P, SBA, YTD13 + " (running total this year)"),
            L("about 4%", -4, AP, PCT, SBA + "_change", YTD13 + " vs " + YTD13_25),
            L("21,117", 21117, E, P, SBA, YTD13_25 + " (recorded at this point in 2025)"),
            L("41,472", 41472, E, P, SBA, Y25 + " (last year; second-highest annual total on record)"),
            L("20.3k", 20300, E, P, SBA, YTD13 + " (chart total so far)"),
            # 14:02
            L("more than 85,000", 85000, MT, P, SBA, SINCE_GOV_J + " (since the government took office in July 2024; Shadow Home Secretary in the Commons)", occ=1),
            L("fewer than one in 20", 5, LT, PCT, SHARE_RET, "18 September 2025 to 13 July 2026 (returns to France against small boat migrants since the deal started; Shadow Home Secretary)", geo=FR),
            # 13:21
            L("1,180", 1180, E, P, RET, DEAL_J + " (returned under the one-in, one-out pact; Home Secretary)", geo=FR),
            L("870", 870, E, P, LEGAL, DEAL_J + " (admitted to Britain via the legal route; Home Secretary)"),
            L("more than 60,000", 60000, MT, P, RET, "5 July 2024 to 14 July 2026 (removed or chosen to go since the government took office; Home Secretary)"),
            L("£140m", 140e6, E, GBP, UKFR, "2026 to 2028 (extra, over two years, for French policing of the beaches; announced by the Home Secretary)"),
            L("£476m", 476e6, E, GBP, UKFR, "agreed in 2023 (the earlier package)"),
            # 11:17
            L("11", 11, E, BOATS, "small_boat_launches_prevented", MON13 + " (heading; maritime prefecture)", ctx="stopped 11 boats", geo=FR),
            L("11", 11, E, BOATS, "small_boat_launches_prevented", MON13 + " (prevented from launching; maritime prefecture)", ctx="prevented 11 boats", geo=FR),
            L("about 480", 480, AP, P, "small_boat_launch_attempts_stopped_people", MON13 + " (stopped from reaching the boats; maritime prefecture)", geo=FR),
            L("at least 19", 19, AL, P, "small_boat_deaths", "1 January to 14 July 2026 (deaths since January; French officials)"),
            # 09:02
            L("1,027", 1027, E, P, SBA, MON13 + " (entry heading)", occ=2),
            L("1,027", 1027, E, P, SBA, MON13 + " (yesterday; Home Office figures)", occ=3),
            L("17", 17, E, BOATS, SBC, MON13 + " (yesterday)", ctx="in 17 boats yesterday"),
            L("more than double", 2, MT, RATIO, SBA + "_ratio", MON13 + " vs " + SUN12),
            L("448", 448, E, P, SBA, SUN12 + " (Sunday's total)"),
            L("more than 1,000", 1000, MT, P, SBA, MON13 + " (first time this year in a single day)"),
        ]),
    "02-clerkenwell-post-asylum-backlog-by-nationality-grant-rates": dict(
        meta=dict(url="https://www.clerkenwellpost.example/uk-news/2026/aug/28/asylum-backlog-nationality-grant-rates-analysis",
                  title="Asylum backlog shrinks by almost a third – but the people left waiting tell a different story",
                  publisher="The Clerkenwell Post", author="Niamh Adebayo-Kerr, Felix Marchetti-Obi", published_date="2026-08-28"),
        labels=[
            L("almost a third", -THIRD, ALM, PCT, BL + "_change", EJ26 + " vs " + EJ25 + " (headline)", occ=0),
            L("more than half", 50, MT, PCT, "asylum_backlog_share_six_nationalities", EJ26 + " (six nationalities' part of the queue; standfirst)", occ=0),
            L("almost a third", -THIRD, ALM, PCT, BL + "_change", EJ26 + " vs " + EJ25 + " (in a year)", occ=1),
            L("61,200", 61200, E, P, BL, EJ26 + " (people still without a first ruling, including dependants; Home Office)", occ=0),
            L("90,800", 90800, E, P, BL, EJ25 + " (twelve months before)"),
            L("175,457", 175457, E, P, BL, EJ23 + " (the backlog at its height)"),
            L("about a third", 1 / 3, AP, RATIO, BL + "_ratio", EJ26 + " vs " + EJ23 + " (the peak)"),
            L("32,790", 32790, E, P, "asylum_backlog_six_nationalities", EJ26 + " (Afghanistan, Eritrea, Iran, Sudan, Pakistan and Iraq)"),
            L("more than half", 50, MT, PCT, "asylum_backlog_share_six_nationalities", EJ26 + " (of the total)", occ=1),
            L("about one in eight", 12.5, AP, PCT, "asylum_backlog_share_afghan", EJ26 + " (Afghans, the biggest group)"),
            # Table
            L("7,420", 7420, E, P, "asylum_backlog_afghan", EJ26 + T),
            L("36%", 36, E, PCT, GR + "_afghan", YJ26 + T),
            L("6,150", 6150, E, P, "asylum_backlog_eritrean", EJ26 + T),
            L("84%", 84, E, PCT, GR + "_eritrean", YJ26 + T),
            L("5,880", 5880, E, P, "asylum_backlog_iranian", EJ26 + T),
            L("47%", 47, E, PCT, GR + "_iranian", YJ26 + T, ctx="| 47%"),
            L("5,310", 5310, E, P, "asylum_backlog_sudanese", EJ26 + T),
            L("90%", 90, E, PCT, GR + "_sudanese", YJ26 + T),
            L("4,760", 4760, E, P, "asylum_backlog_pakistani", EJ26 + T),
            L("6%", 6, E, PCT, GR + "_pakistani", YJ26 + T, ctx="| 6%"),
            L("3,270", 3270, E, P, "asylum_backlog_iraqi", EJ26 + T),
            L("17%", 17, E, PCT, GR + "_iraqi", YJ26 + T),
            L("61,200", 61200, E, P, BL, EJ26 + " (all nationalities" + T + ")", occ=1),
            L("44%", 44, E, PCT, GR, YJ26 + " (all nationalities" + T + ")", ctx="| 44%"),
            # Body
            L("44%", 44, E, PCT, GR, YJ26 + " (across all nationalities)", ctx="slipped to 44%"),
            L("47%", 47, E, PCT, GR, YJ25 + " (a year before)", ctx="from 47% a year"),
            L("more than nine in ten", 90, MT, PCT, GR + "_afghan", YJ24 + " (two years ago)"),
            L("just over a third", THIRD, MT, PCT, GR + "_afghan", YJ26 + " (now)"),
            L("11,200", 11200, E, P, "asylum_applications_pakistani", YJ26 + " (Pakistan, the largest single source of new claims)"),
            L("104,300", 104300, E, P, APPS, YJ26 + " (claims lodged)"),
            L("Roughly three in four", 75, AP, PCT, "asylum_applications_pakistani_share_visa_holders", YJ26 + " (Pakistani claimants who had entered on a visa)"),
            L("6%", -6, E, PCT, APPS + "_change", YJ26 + " vs " + YJ25, ctx="claims were 6% down"),
            L("111,084", 111084, E, P, APPS, YJ25 + " (the previous twelve months, a record)"),
            L("41%", 41, E, PCT, BLA + "_change", EJ26 + " vs " + EJ25 + " (appeals queue, in a year)"),
            L("64,500", 64500, E, P, BLA, EJ26 + " (appeals queue)"),
            V("thousands", 2000, 9000, P, BLA, EJ26 + " (people refused at the first stage now waiting at the tribunal; Dr Leontine Abara-Whitfield, Harcourt Centre for Refugee Law)"),
            L("a tenth", -10, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (hotel numbers, in a year; Home Office spokesperson)"),
            L("28,940", 28940, E, P, HOT, EJ26 + " (people in hotels)"),
            L("32,345", 32345, E, P, HOT, EJ25 + " (a year earlier)"),
        ]),
    "03-mourne-television-news-nisra-population-migration-mid-2025": dict(
        meta=dict(url="https://www.mournetv.example/news/northern-ireland/nisra-population-estimates-mid-2025",
                  title="NI population reaches 1.93 million as overseas arrivals drive growth",
                  publisher="Mourne Television News", author="Ciara Dunleavy-Mensah", published_date="2026-06-25"),
        labels=[
            L("1.93 million", 1.93e6, E, P, POP, MID25 + " (headline)", geo=NI),
            L("1,929,400", 1929400, E, P, POP, MID25 + " (an estimated; NISRA)", geo=NI),
            L("7,600", 7600, E, P, "population_growth", YMID25 + " (NISRA)", geo=NI),
            L("0.4%", 0.4, E, PCT, POPCH, YMID25, geo=NI),
            L("3,400", 3400, E, P, "population_natural_change", YMID25 + " (births outnumbered deaths)", geo=NI),
            L("4,200", 4200, E, P, NM, YMID25 + " (net migration, international and within the UK)", geo=NI),
            L("Some 16,800", 16800, AP, P, "immigration", YMID25 + " (arrived from outside the UK)", geo=NI),
            L("11,700", 11700, E, P, "emigration", YMID25 + " (emigrated)", geo=NI),
            L("5,100", 5100, E, P, "net_migration_international", YMID25 + " (net gain from outside the UK)", geo=NI),
            L("roughly one in four", 25, AP, PCT, "immigration_share_eu", YMID25 + " (EU citizens among arrivals from overseas; NISRA)", geo=NI),
            L("About 12,100", 12100, AP, P, "cross_border_migration_outflow_gb", YMID25 + " (left for England, Scotland and Wales)", geo=NI),
            L("11,200", 11200, E, P, "cross_border_migration_inflow_gb", YMID25 + " (the reverse journey)", geo=NI),
            L("900", -900, E, P, "net_migration_rest_of_uk", YMID25 + " (net loss to Great Britain)", geo=NI),
            L("20,300", 20300, E, P, "births", YMID25, geo=NI),
            L("16,900", 16900, E, P, "deaths", YMID25, geo=NI),
            L("more than 8,000", 8000, MT, P, "population_natural_change", "year to mid-2015 (a decade ago, a year)", geo=NI),
            L("40.6 years", 40.6, E, YEARS, "population_median_age", MID25 + " (now; Dr Fergal McAteer-Okonkwo, Ulster Institute for Social Research)", geo=NI),
            L("0.7%", 0.7, E, PCT, POPCH, YMID25, geo=BEL),
            L("351,700", 351700, E, P, POP, MID25, geo=BEL),
            L("3,300", 3300, E, P, "net_migration_international", YMID25 + " (Belfast's part of the net international arrivals)", geo=BEL),
            L("almost two-thirds", 200 / 3, ALM, PCT, "net_migration_international_share_belfast", YMID25 + " (Belfast's share of Northern Ireland's net international migration)", geo=NI),
            L("0.1%", -0.1, E, PCT, POPCH, YMID25 + " (the only council area where the population fell)", geo="Derry City and Strabane"),
            L("more than 350,000", 350000, MT, P, "population_aged_65_and_over", MID25 + " (now)", geo=NI),
            L("18.3%", 18.3, E, PCT, "population_share_aged_65_and_over", MID25, geo=NI),
            L("1.1%", 1.1, E, PCT, POPCH, "year to mid-2024 (1 July 2023 to 30 June 2024; ONS, July 2025)", geo=EW),
            L("204,000", 204000, E, P, NM, Y25 + " (ONS, May 2026)"),
            L("21,600", 21600, E, P, "health_card_registrations_from_outside_uk", Y25 + " (Department of Health)", geo=NI),
            L("4%", -4, E, PCT, "health_card_registrations_from_outside_uk_change", Y25 + " vs " + Y24, ctx="2025, 4% fewer", geo=NI),
        ]),
    "04-the-conduit-foreign-students-visas-university-finances": dict(
        meta=dict(url="https://www.theconduit.example/britain/2026/10/22/degrees-of-difficulty",
                  title="Degrees of difficulty", publisher="The Conduit", author=None, published_date="2026-10-22"),
        labels=[
            L("roughly a quarter", 25, AP, PCT, "university_students_share_international", "autumn 2026 (foreign students in the student body)", geo="Sheffield"),
            L("389,700", 389700, E, P, "visas_granted_study", YJ26 + " (sponsored study, main applicants)"),
            L("5%", -5, E, PCT, "visas_granted_study_change", YJ26 + " vs " + YJ25),
            L("more than 1.2m", 1.2e6, MT, P, "visas_granted_study", "July 2023 to June 2026 (the past three years)"),
            L("18,400", 18400, E, P, "visas_granted_study_dependants", YJ26 + " (students' spouses and children)"),
            L("87%", -87, E, PCT, "visas_granted_study_dependants_change", YJ26 + " vs 2023 (calendar year)"),
            L("97,600", 97600, E, P, "visas_granted_study_china", YJ26 + " (Chinese nationals)"),
            L("2%", 2, E, PCT, "visas_granted_study_china_change", YJ26 + " vs " + YJ25),
            L("14%", -14, E, PCT, "visas_granted_study_india_change", YJ26 + " vs " + YJ25),
            L("88,300", 88300, E, P, "visas_granted_study_india", YJ26 + " (Indian nationals)"),
            L("halved", -50, E, PCT, "visas_granted_study_nigeria_change", YJ26 + " vs " + YJ25 + " (Nigerian numbers)"),
            L("£11.8bn", 11.8e9, E, GBP, "international_student_fee_income", "2024/25 academic year (fees paid by foreign students)"),
            L("almost a quarter", 25, ALM, PCT, "university_income_share_international_fees", "2024/25 academic year (of the sector's income)"),
            L("about £22,000", 22000, AP, GBP, "international_student_tuition_fee", "per year (typical charge for an undergraduate from abroad, 2026)"),
            L("more than double", 2, MT, RATIO, "international_student_tuition_fee_ratio", "per year (typical international undergraduate fee vs the cap on home fees)"),
            L("£9,535", 9535, E, GBP, "tuition_fee_cap", "per year (cap on fees for home students at English universities, 2026)", geo=EN),
            L("45%", 45, E, PCT, "universities_share_in_deficit", FY2627 + " (this financial year; Office for Students)", geo=EN),
            L("more than 12,000", 12000, MT, P, "university_job_cuts", "January 2024 to October 2026 (since the start of 2024; main lecturers' union count)"),
            L("£925", 925, E, GBP, "international_student_levy", "per international student per year (from 2028)", geo=EN),
            L("about £600m", 600e6, AP, GBP, "international_student_levy_revenue", "per year (from 2028; Treasury expectation)", geo=EN),
            L("204,000", 204000, E, P, NM, Y25),
            L("331,000", 331000, E, P, NM, Y24 + " (the year before)"),
            L("less than a quarter", 0.25, LT, RATIO, NM + "_ratio", Y25 + " vs year ending March 2023 (the record)"),
            L("944,000", 944000, E, P, NM, "year ending March 2023 (April 2022 to March 2023; the record)"),
            L("3%", 3, E, PCT, "visa_applications_study_change", "January to September 2026 vs January to September 2025 (first nine months)"),
            L("295,000", 295000, E, P, "international_student_enrolment_cap", "2026 (cap on new international enrolments)", geo="Australia"),
            L("more than a third", -THIRD, MT, PCT, "study_permits_issued_change", "2026 vs 2023 (cut since 2023)", geo="Canada"),
        ]),
    "05-cinque-ports-gazette-dover-manston-arrivals-council-leader": dict(
        meta=dict(url="https://www.cinqueportsgazette.example/dover/news/council-leader-plea-channel-crossings-near-25000",
                  title="'We can't keep picking up the pieces': Dover council leader's plea as Channel crossings near 25,000",
                  publisher="Cinque Ports Gazette", author="Tom Ashdown-Mwangi", published_date="2026-08-07"),
        labels=[
            L("near 25,000", 25000, ALM, P, SBA, YTD6A + " (headline)"),
            L("almost 25,000", 25000, ALM, P, SBA, YTD6A + " (the first seven months of the year)"),
            L("24,960", 24960, E, P, SBA, YTD6A + " (by the end of Thursday; government figures)"),
            L("about 4%", -4, AP, PCT, SBA + "_change", YTD6A + " vs " + YTD6A_25),
            L("26,010", 26010, E, P, SBA, YTD6A_25 + " (by the same date in 2025)"),
            L("More than 2,300", 2300, MT, P, SBA, "31 July to 6 August 2026 (the past seven days)"),
            L("604", 604, E, P, SBA, "Wednesday 5 August 2026"),
            L("10", 10, E, BOATS, SBC, "Wednesday 5 August 2026"),
            L("£148,000", 148000, E, GBP, "council_small_boat_debris_clearance_cost", "2025 (last year; clearing abandoned boats, engines and lifejackets; council leader)", geo=DOV),
            L("£46,000", 46000, E, GBP, "council_small_boat_debris_clearance_cost_reimbursed", "2025 (given back by the Home Office; council leader)", geo=DOV),
            L("less than a third", THIRD, LT, PCT, "council_small_boat_debris_clearance_cost_share_reimbursed", "2025 (the Home Office's part of the cost; council leader)", geo=DOV),
            L("about 118,000", 118000, AP, P, POP, "2026 (the district; council leader)", geo=DOV),
            L("96", 96, E, BOATS, "abandoned_small_boats_removed", "1 January to 3 August 2026 (since January; report to cabinet on Monday)", geo=DOV),
            L("1,027", 1027, E, P, SBA, MON13 + " (the peak day of 2026 to date)"),
            L("17", 17, E, BOATS, SBC, MON13, ctx="in 17 boats"),
            L("more than 1,000", 1000, MT, P, SBA, MON13 + " (the first day of 2026 with)"),
            L("more than 215,000", 215000, MT, P, SBA, "2018 to 6 August 2026 (since the first small boats were recorded)"),
            L("up to 1,600", 1600, AM, P, "processing_site_capacity", "August 2026 (people at any one time)", geo=MAN),
            L("about 19 hours", 19, AP, HOURS, "processing_site_average_stay", "August 2026 (average stay now; Home Office)", geo=MAN),
            L("more than 23,000", 23000, MT, P, "processing_site_throughput", YTD6A + " (passed through since January; Home Office)", geo=MAN),
            L("more than £2m", 2e6, MT, GBP, "home_office_funding_to_councils", "1 January to 6 August 2026 (given to councils in the county this year; Home Office spokesperson)", geo=KENT),
            L("more than 1,300", 1300, MT, P, RET, "18 September 2025 (first return) to 6 August 2026 (sent back under the agreement; Home Office spokesperson)", geo=FR),
            L("438", 438, E, P, "unaccompanied_children_in_care", "August 2026 (currently; Kent County Council)", geo=KENT),
            L("11%", 11, E, PCT, "unaccompanied_children_in_care_change", "August 2026 vs August 2025 (on a year ago; Kent County Council)", geo=KENT),
            L("58", 58, E, LAUNCHES, "rnli_lifeboat_launches", "1 January to 6 August 2026 (this year; RNLI)", geo=DOV),
        ]),
    "06-checkmark-three-claims-returns-removals-france-rwanda": dict(
        meta=dict(url="https://www.checkmark.example/fact-check/immigration/removals-returns-rwanda-three-claims",
                  title="Removals, returns and Rwanda: three claims checked",
                  publisher="Checkmark", author="Orla Featherstone-Adeyemi", published_date="2026-09-02"),
        labels=[
            # Claim 1
            L("more than 70,000", 70000, MT, P, RET, "5 July 2024 to 28 August 2026 (removed since this government took office; the Home Secretary's claim)"),
            L("71,900", 71900, E, P, RET, "5 July 2024 to 30 June 2026 (all returns; Home Office)"),
            L("18,600", 18600, E, P, RET, "5 July 2024 to 30 June 2026 (enforced returns)"),
            L("about a quarter", 25, AP, PCT, "returns_share_enforced", "5 July 2024 to 30 June 2026"),
            L("44,900", 44900, E, P, RET, "5 July 2024 to 30 June 2026 (voluntary returns)"),
            L("up to £3,000", 3000, AM, GBP, "voluntary_return_payment", "per person (payment to some voluntary returnees)"),
            L("8,400", 8400, E, P, RET, "5 July 2024 to 30 June 2026 (refused entry at a port and sent back)"),
            L("37,420", 37420, E, P, RET, YJ26 + " (all returns)"),
            L("7%", 7, E, PCT, RET + "_change", YJ26 + " vs " + YJ25 + " (all returns)"),
            L("12%", 12, E, PCT, RET + "_change", YJ26 + " vs " + YJ25 + " (enforced returns)"),
            L("9,870", 9870, E, P, RET, YJ26 + " (enforced returns)", occ=0),
            # Claim 2
            L("1 in 50", 2, E, PCT, SHARE_RET, "18 September 2025 to 2 September 2026 (migrants crossing the Channel sent back to France; claim in a post on X)", geo=FR),
            L("more than 2.1 million", 2.1e6, MT, VIEWS, "social_media_post_views", "to 2 September 2026 (views of the post on X)"),
            L("1,530", 1530, E, P, RET, DEAL_A + " (sent to France under the one-in, one-out arrangement; Home Office)", geo=FR),
            L("37,950", 37950, E, P, SBA, DEAL_A + " (small boat arrivals since the first person was flown back; Home Office daily figures)"),
            L("about one in 25", 4, AP, PCT, SHARE_RET, DEAL_A + " (arrivals returned so far)", geo=FR),
            L("4%", 4, E, PCT, SHARE_RET, DEAL_A, ctx="or 4%.", geo=FR),
            L("about 50", 50, AP, P, RET, "summer 2026 (returns to France per week)", geo=FR),
            L("1,120", 1120, E, P, LEGAL, DEAL_A + " (admitted from France through the reciprocal legal route)"),
            # Claim 3
            L("9,870", 9870, E, P, RET, YJ26 + " (enforced returns, the latest twelve months)", occ=1),
            L("2,760", 2760, E, P, RET, "2021 (calendar year; enforced returns, the low)"),
            L("more than 12,000", 12000, MT, P, RET, "early 2010s (enforced returns a year)"),
            L("£715m", 715e6, E, GBP, "rwanda_scheme_cost", "April 2022 to July 2024 (the partnership's cost before it was scrapped)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (all volunteers)", ctx="just four people"),
            L("about 200", 200, AP, P, "rwanda_accommodation_capacity", "2024 (housing ready for the first flights; Rwanda's statement)", geo=RW),
            L("roughly one in five", 20, AP, PCT, "returns_share_of_return_orders", Y25 + " (people ordered to leave who did so; Eurostat)", geo=EU),
        ]),
    "07-lowland-standard-glasgow-asylum-dispersal-council-costs": dict(
        meta=dict(url="https://www.lowlandstandard.example/news/politics/glasgow-asylum-bill-soars-council-funding-gap",
                  title="Glasgow's asylum bill soars as city houses three in four of Scotland's asylum seekers",
                  publisher="The Lowland Standard", author="Morag Drummond-Ilori", published_date="2026-11-16"),
        labels=[
            L("three in four", 75, E, PCT, DISP + "_share_glasgow", EJ26 + " (Glasgow's part of Scotland's asylum seekers; headline)", geo=SC),
            L("£30m", 30e6, E, GBP, "council_asylum_cost_shortfall", FY2526 + " (funding gap; standfirst)", geo=GLA),
            L("nearly four times", 4, ALM, RATIO, HCOST + "_ratio", FY2526 + " vs " + FY2223 + " (standfirst)", occ=0, geo=GLA),
            L("more than £30 million", 30e6, MT, GBP, "council_asylum_cost_shortfall", FY2526 + " (shortfall in supporting asylum seekers and refugees; council report)", geo=GLA),
            L("5,240", 5240, E, P, DISP, EJ26 + " (in dispersed accommodation; Home Office)", geo=GLA),
            L("14 per cent", 14, E, PCT, DISP + "_change", EJ26 + " vs " + EJ25, geo=GLA),
            L("4,610", 4610, E, P, DISP, EJ25 + " (a year earlier)", geo=GLA),
            L("7,020", 7020, E, P, DISP, EJ26 + " (across Scotland)", geo=SC),
            L("about three-quarters", 75, AP, PCT, DISP + "_share_glasgow", EJ26 + " (Glasgow's part of the Scottish total)", geo=SC),
            L("3,380", 3380, E, P, DISP, EJ26 + " (the whole of Wales, on the same date)", geo=WA),
            L("28", 28, E, AREAS, "council_areas_hosting_asylum_seekers", "November 2026 (now)", ctx="in 28 of", geo=SC),
            L("about 650,000", 650000, AP, P, POP, "2026 (a city of)", geo=GLA),
            L("roughly one in every 125", 0.8, AP, PCT, DISP + "_share_of_residents", EJ26 + " (Glasgow's figure against its residents)", geo=GLA),
            L("£42.7m", 42.7e6, E, GBP, HCOST, FY2526 + " (homelessness services and related support for refugees; council report)", geo=GLA),
            L("nearly four times", 4, ALM, RATIO, HCOST + "_ratio", FY2526 + " vs " + FY2223, occ=1, geo=GLA),
            L("£11m", 11e6, E, GBP, HCOST, FY2223, geo=GLA),
            L("£12.6m", 12.6e6, E, GBP, "council_refugee_homelessness_funding", FY2526 + " (funding from the Home Office and the Scottish Government)", geo=GLA),
            L("about £51m", 51e6, AP, GBP, HCOST, FY2627 + " (this financial year, forecast)", geo=GLA),
            R("between 70 and 80", 70, 80, HH, HOMELESS, "November 2026 (households a week seeking help after being granted status; council officers' estimate)", geo=GLA),
            L("3,960", 3960, E, HH, HOMELESS, FY2526 + " (homelessness applications from newly recognised refugees)", geo=GLA),
            L("nearly double", 2, ALM, RATIO, HOMELESS + "_ratio", FY2526 + " vs " + FY2324, geo=GLA),
            L("2,080", 2080, E, HH, HOMELESS, FY2324 + " (two years earlier)", geo=GLA),
            L("more than a third", THIRD, MT, PCT, "homelessness_presentations_share_refugees", FY2526 + " (refugees' share of all homelessness applications in the city)", geo=GLA),
            L("some 1,150", 1150, AP, P, "temporary_accommodation_population_hotels_bed_and_breakfast", "November 2026 (on a typical night; put up by the council)", geo=GLA),
            L("more than 2,400", 2400, MT, P, "charity_service_users", "1 January to 16 November 2026 (seen this year; Clydeside Welcome Network)", geo=GLA),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week (asylum support; Clydeside Welcome Network)"),
            L("more than 3,000", -3000, MT, P, HOT + "_change", EJ26 + " vs " + EJ25 + " (hotel use across the UK, in a year; Home Office)"),
            L("£4.2m", 4.2e6, E, GBP, "scottish_government_emergency_housing_funding", FY2627 + " (this year; Scottish Government)", geo=GLA),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
