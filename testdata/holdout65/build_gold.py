#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the sixty-fifth hand-labelled hold-out set (holdout65).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, EUR, BOATS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, EW)

UK, FR, SC, WA, NI, ENG, EU = "UK", "France", "Scotland", "Wales", "Northern Ireland", "England", "EU"
WEEKS, DAYS, HOUSEHOLDS, VACANCIES = "other:weeks", "other:days", "other:households", "other:vacancies"

# 01 (Friday 11 September 2026; the record day was Thursday 10 September 2026)
THU = "Thursday 10 September 2026 (single day)"
YTD01 = "1 January to 10 September 2026 (so far this year)"
YTD01_25 = "1 January to 10 September 2025 (same point last year)"
PILOT01 = "August 2025 to 11 September 2026 (since the UK-France returns agreement began)"
# 02 (Friday 12 June 2026; Ministry of Justice tribunal statistics of Thursday 11 June 2026)
EM26, EM25, EM24 = "end of March 2026 (31 March 2026)", "end of March 2025 (31 March 2025)", "end of March 2024 (31 March 2024)"
Q126, Q125, Q124 = "January to March 2026 (first quarter)", "January to March 2025", "January to March 2024"
# 03 (Thursday 30 April 2026; homelessness statistics for October to December 2025)
Q425, Q424 = "October to December 2025 (last year's final quarter)", "October to December 2024 (same quarter of 2024)"
Y25, Y24, Y23 = "2025 (calendar year)", "2024 (calendar year)", "2023 (calendar year)"
HOMELESS = "refugees_homeless_after_leaving_asylum_support"
# 04 (Tuesday 9 June 2026; ONS release of Thursday 21 May 2026)
YJ19, YJ23 = "year ending June 2019 (July 2018 to June 2019)", "year ending June 2023 (July 2022 to June 2023)"
CLAIM04 = "since Brexit (31 January 2020) to June 2026 (claimed; MP on a radio phone-in on Monday 8 June 2026)"
# 05 (Wednesday 25 March 2026; Spring Statement of Tuesday 24 March 2026)
FY25, FY24 = "2024/25 (April 2024 to March 2025)", "2023/24 (April 2023 to March 2024)"
IHS = "visa_immigration_health_surcharge"
# 06 (Saturday 28 February 2026)
UKR = "March 2022 to 17 February 2026 (since the sponsorship schemes opened; Home Office figures)"
UKR_ALL = "2022 to February 2026 (since the schemes opened)"
# 07 (Wednesday 11 November 2026)
PILOT07 = "August 2025 to November 2026 (first fifteen months of the UK-France one in, one out pilot)"
YJ26 = "year ending June 2026 (July 2025 to June 2026)"

ARTICLES = {
    "01-zenith-news-record-day-channel-crossings-live": dict(
        meta=dict(url="https://news.zenith.example/live/channel-migrants-record-1412-cross-in-a-single-day-20260911",
                  title="Channel migrants: Record 1,412 people crossed in a single day, Home Office confirms",
                  publisher="Zenith News", author="Nadia Ferreira-Holt; Casimir Drabble", published_date="2026-09-11"),
        labels=[
            L("1,412", 1412, E, P, SBA, THU + " (record; headline)", occ=0),
            L("1,412", 1412, E, P, SBA, THU + " (record; key points)", occ=1),
            L("27", 27, E, BOATS, SBC, THU + " (key points)", ctx="in 27 boats"),
            L("34,906", 34906, E, P, SBA, YTD01 + " (key points)"),
            L("20%", 20, E, PCT, SBA + "_change", YTD01 + " vs " + YTD01_25),
            L("Two", 2, E, P, "small_boat_deaths", THU + " (off the French coast; key points)", ctx="Two people died off", geo=FR),
            L("about one in 25", 4, AP, PCT, "small_boat_arrivals_share_record_day", YTD01 + " (Thursday's share of all arrivals this year)"),
            L("1,377", 1377, E, P, SBA, "1 January to 28 February 2026 (January and February put together)"),
            L("52", 52, E, PPB, "small_boat_occupancy", THU + " (average per dinghy)", ctx="carried 52 people"),
            L("53", 53, E, PPB, "small_boat_occupancy", YTD01 + " (mean across 2026)", ctx="mean of 53"),
            L("at least six", 6, AL, BOATS, SBC, "11 September 2026 (before noon, escorted into Dover harbour; correspondent)", geo="Dover"),
            L("Almost 100,000", 100000, ALM, P, SBA, "5 July 2024 to 10 September 2026 (since the government took office; shadow home secretary)"),
            L("more than 36,000", 36000, MT, P, "returns", "year to June 2026 (12 months to June; removed or left voluntarily; Home Secretary)"),
            L("2,470", 2470, E, P, "returns", PILOT01 + " (small-boat arrivals sent back under the agreement; Home Secretary)", geo=FR),
            L("two", 2, E, P, "small_boat_deaths", THU + " (attempted crossing near Équihen-Plage; French maritime prefecture)", ctx="says two people died", geo=FR),
            L("Two", 2, E, P, "small_boat_deaths", THU + " (off the French coast; post heading)", ctx="Two dead off", geo=FR),
            L("43", 43, E, P, "small_boat_rescues", THU + " (rescued and taken to Boulogne; French maritime prefecture)", geo=FR),
            L("316", 316, E, P, "small_boat_launch_attempts_stopped_people", THU + " (stopped from launching; French interior ministry)", geo=FR),
            L("1,305", 1305, E, P, SBA, "22 August 2022 (single day; previous record)"),
            L("107", 107, E, P, SBA + "_change", THU + " vs 22 August 2022 (margin over the previous single-day record)"),
            L("45,774", 45774, E, P, SBA, "2022 (calendar year; highest annual figure)"),
            L("41,472", 41472, E, P, SBA, Y25 + " (last year)"),
            L("Twenty-seven", 27, E, BOATS, SBC, THU + " (researcher, University of Kestlemoor)"),
            L("34.9k", 34900, E, P, SBA, YTD01 + " (key figures box)"),
            L("29.1k", 29100, E, P, SBA, YTD01_25 + " (key figures box)"),
            L("655", 655, E, BOATS, SBC, YTD01 + " (key figures box)"),
            L("at least 19", 19, AL, P, "small_boat_deaths", "1 January to 11 September 2026 (so far this year; reported by French authorities)", geo=FR),
        ]),
    "02-daily-palisade-asylum-appeals-tribunal-backlog": dict(
        meta=dict(url="https://www.dailypalisade.example/news/article-14839201/record-68940-migrants-waiting-asylum-appeals-tribunal.html",
                  title="Record 68,940 migrants now waiting on asylum appeals as tribunal queue balloons to nearly FOUR times its size two years ago",
                  publisher="Daily Palisade", author="Lucian Haverstock-Mbeki", published_date="2026-06-12"),
        labels=[
            L("68,940", 68940, E, P, "asylum_backlog_appeals", EM26 + " (record; headline)", occ=0),
            L("nearly FOUR times", 4, ALM, RATIO, "asylum_backlog_appeals_ratio", EM26 + " vs " + EM24 + " (two years ago; headline)"),
            L("56 per cent", 56, E, PCT, "asylum_backlog_appeals_change", EM26 + " vs " + EM25 + " (standfirst bullet)", occ=0),
            L("Almost half", 50, ALM, PCT, "asylum_appeals_share_allowed", Q126 + " (appellants who win; standfirst bullet)"),
            L("More than 31,000", 31000, MT, P, "asylum_support_population_awaiting_appeal", EM26 + " (in taxpayer-funded housing; standfirst bullet)"),
            L("68,940", 68940, E, P, "asylum_backlog_appeals", EM26 + " (record)", occ=1),
            L("56 per cent", 56, E, PCT, "asylum_backlog_appeals_change", EM26 + " vs " + EM25, occ=1),
            L("44,180", 44180, E, P, "asylum_backlog_appeals", EM25),
            L("nearly four times", 4, ALM, RATIO, "asylum_backlog_appeals_ratio", EM26 + " vs " + EM24 + " (two years ago)"),
            L("17,650", 17650, E, P, "asylum_backlog_appeals", EM24),
            V("tens of thousands", 20000, 90000, P, "asylum_refusals", "2025 to June 2026 (refusals reaching the tribunal as the Home Office clears its backlog)"),
            L("16,720", 16720, E, P, "asylum_appeals_lodged", Q126),
            L("a third", THIRD, E, PCT, "asylum_appeals_lodged_change", Q126 + " vs " + Q125, ctx="up by a third"),
            L("9,860", 9860, E, P, "asylum_appeals_determined", Q126 + " (disposed of)"),
            L("about 1.7", 1.7, AP, RATIO, "asylum_appeals_lodged_ratio", Q126 + " (appeals arriving for every case finished)"),
            L("47 per cent", 47, E, PCT, "asylum_appeals_share_allowed", Q126 + " (appeals determined in the quarter)"),
            L("39 per cent", 39, E, PCT, "asylum_appeals_share_allowed", Q124 + " (two years earlier)"),
            L("about one in five", 20, AP, PCT, "asylum_appeals_allowed_share_article_8", "June 2026 (successful appeals resting at least partly on Article 8; lawyers)"),
            L("58", 58, E, WEEKS, "asylum_appeal_wait_average", Q126 + " (average from lodging to decision)", ctx="average of 58 weeks"),
            L("38", 38, E, WEEKS, "asylum_appeal_wait_average", "early 2025 (January to March 2025)", ctx="with 38 weeks"),
            L("31,200", 31200, E, P, "asylum_support_population_awaiting_appeal", EM26),
            L("more than a quarter", 25, MT, PCT, "asylum_support_population_share_awaiting_appeal", EM26),
            L("about £1.2million", 1.2e6, AP, GBP, AC, "June 2026 (per day; housing and feeding appellants on asylum support; Whitehall source)"),
            L("nearly quadrupled", 4, ALM, RATIO, "asylum_backlog_appeals_ratio", EM26 + " vs " + EM24 + " (shadow home secretary)"),
            L("nearly half", 50, ALM, PCT, "asylum_appeals_share_allowed", "2026 (appeals overturning refusals; former tribunal judge)"),
            L("4,000", 4000, E, DAYS, "tribunal_sitting_days_added", "2026/27 (this financial year; Ministry of Justice)"),
            L("120", 120, E, P, "tribunal_judges_recruited", "summer 2025 to June 2026 (since last summer; Ministry of Justice)"),
            L("more than a third", -THIRD, MT, PCT, "asylum_backlog_change", "year to March 2026 (12 months to March; waiting for initial decisions; Home Office spokesman)"),
        ]),
    "03-wearside-dispatch-refugee-homelessness-after-asylum-decisions": dict(
        meta=dict(url="https://www.wearsidedispatch.example/news/national/homelessness-among-newly-recognised-refugees-up-20-in-a-year-5521874",
                  title="Homelessness among newly recognised refugees up 20% in a year",
                  publisher="The Wearside Dispatch (PA)", author="Rosalind Achterberg-Kaye", published_date="2026-04-30"),
        labels=[
            L("20%", 20, E, PCT, HOMELESS + "_change", Q425 + " vs " + Q424 + " (headline)", occ=0, geo=ENG),
            L("7,380", 7380, E, HOUSEHOLDS, HOMELESS, Q425 + " (households asked to leave Home Office accommodation)", geo=ENG),
            L("20%", 20, E, PCT, HOMELESS + "_change", Q425 + " vs " + Q424, occ=1, geo=ENG),
            L("6,150", 6150, E, HOUSEHOLDS, HOMELESS, Q424, geo=ENG),
            L("27,640", 27640, E, HOUSEHOLDS, HOMELESS, Y25 + " (whole year)", geo=ENG),
            L("doubled", 2, E, RATIO, HOMELESS + "_ratio", Y25 + " vs " + Y23, geo=ENG),
            L("84%", 84, E, PCT, HOMELESS + "_share_single_adults", Q425, geo=ENG),
            L("1,090", 1090, E, HOUSEHOLDS, HOMELESS + "_rough_sleeping", Q425 + " (sleeping rough when they asked for help)", geo=ENG),
            L("1,940", 1940, E, HOUSEHOLDS, HOMELESS, Q425 + " (London boroughs)", geo="London"),
            L("more than a quarter", 25, MT, PCT, HOMELESS + "_share_london", Q425 + " (London boroughs' share of England's cases)", geo="London"),
            L("2,160", 2160, E, HOUSEHOLDS, "refugee_households_temporary_accommodation", "end of December 2025 (31 December 2025)", geo=ENG),
            L("3,050", 3050, E, P, "refugee_households_temporary_accommodation_children", "end of December 2025 (31 December 2025; children in those households)", geo=ENG),
            L("Nearly 64,000", 64000, ALM, P, "asylum_grants", Y25 + " (granted protection at initial decision)"),
            L("Three-quarters", 75, E, PCT, "charity_service_users_share_short_notice", Y25 + " (last year; given less than a week's notice to leave; Northern Welcome Trust)", geo="North East"),
            L("412", 412, E, P, "charity_service_users", Y25 + " (newly recognised refugees supported; Northern Welcome Trust)", geo="North East"),
            L("260", 260, E, P, "charity_service_users", Y24 + " (the year before; Northern Welcome Trust)", geo="North East"),
            L("£184m", 184e6, E, GBP, "council_refugee_homelessness_cost", FY25 + " (temporary accommodation for refugee households; Local Government Association)", geo=ENG),
            L("410", 410, E, HOUSEHOLDS, "refugee_households_temporary_accommodation", "end of December 2025 (31 December 2025; Welsh Government)", geo=WA),
            L("236", 236, E, HOUSEHOLDS, HOMELESS, Y25 + " (owed a homelessness duty; Sunderland City Council)", geo="Sunderland"),
            L("131", 131, E, HOUSEHOLDS, HOMELESS, Y24 + " (a year earlier; Sunderland City Council)", geo="Sunderland"),
            L("c. 600", 600, AP, P, "asylum_dispersal_population", "April 2026 (report to the council's cabinet)", geo="Sunderland"),
            L("£1.2m", 1.2e6, E, GBP, "council_refugee_homelessness_cost", "2025/26 (April 2025 to March 2026; temporary accommodation for refugees; council report)", geo="Sunderland"),
        ]),
    "04-counterweight-fact-check-net-migration-tripled": dict(
        meta=dict(url="https://counterweight.example/fact-check/has-net-migration-tripled-since-brexit",
                  title="Has net migration tripled since Brexit?",
                  publisher="Counterweight", author="Anouk Fairweather-Osei", published_date="2026-06-09"),
        labels=[
            L("tripled", 3, E, RATIO, NM + "_ratio", CLAIM04 + " (headline)", occ=0),
            L("tripled", 3, E, RATIO, NM + "_ratio", CLAIM04 + " (claim box)", occ=1),
            L("more than four times", 4, MT, RATIO, NM + "_ratio", YJ23 + " vs pre-Brexit level (verdict)", occ=0),
            L("171,000", 171000, E, P, NM, Y25 + " (latest estimate; verdict)", occ=0),
            L("tripled", 3, E, RATIO, NM + "_ratio", CLAIM04, occ=2),
            L("219,000", 219000, E, P, NM, YJ19 + " (older survey method)"),
            L("906,000", 906000, E, P, NM, YJ23 + " (peak)", occ=0),
            L("more than four times", 4, MT, RATIO, NM + "_ratio", YJ23 + " vs " + YJ19, occ=1),
            L("906,000", 906000, E, P, NM, YJ23 + " (current estimate)", occ=1),
            L("672,000", 672000, E, P, NM, YJ23 + " (first estimate, November 2023)"),
            L("234,000", 234000, E, P, NM + "_revision", YJ23 + " (first estimate to current estimate)"),
            L("171,000", 171000, E, P, NM, Y25 + " (ONS first estimate, 21 May 2026)", occ=1),
            L("60%", -60, E, PCT, NM + "_change", Y25 + " vs " + Y24 + " (revised)"),
            L("431,000", 431000, E, P, NM, Y24 + " (revised)"),
            L("48,000", -48000, E, P, NM + "_change", Y25 + " vs " + YJ19),
            L("744,000", 744000, E, P, "immigration", Y25),
            L("a fifth", -20, E, PCT, "immigration_change", Y25 + " vs " + Y24),
            L("573,000", 573000, E, P, "emigration", Y25),
            L("68,000", 68000, E, P, "emigration_change", Y25 + " vs " + Y24),
            L("289,000", 289000, E, P, "net_migration_non_eu", Y25),
            L("62,000", -62000, E, P, "net_migration_eu", Y25 + " (net outflow)"),
            L("56,000", -56000, E, P, "net_migration_british_nationals", Y25 + " (net outflow)"),
            L("Roughly one in five", 20, AP, PCT, "immigration_share_work_non_eu", Y25 + " (non-EU arrivals on a work visa)"),
            L("almost two in five", 40, ALM, PCT, "immigration_share_work_non_eu", Y23 + " (non-EU arrivals on a work visa)"),
            L("100,000 or more", 100000, AL, P, NM + "_revision", "recent years (size of revisions to first estimates, in both directions; migration statistician)"),
            L("roughly one in six", 100 / 6, AP, PCT, "population_share_born_abroad", "2021 Census (21 March 2021)", geo=EW),
        ]),
    "05-exchequer-times-health-surcharge-nhs-care-workforce": dict(
        meta=dict(url="https://www.exchequertimes.example/content/3f9a1c2e-uk-immigration-health-surcharge-nhs-care-workers",
                  title="NHS and care employers brace for surcharge rise as overseas hiring dries up",
                  publisher="Exchequer Times", author="Rowena Stackpole-Adeyinka", published_date="2026-03-25"),
        labels=[
            L("£1,035", 1035, E, GBP, IHS, "March 2026 (current adult rate, a year)"),
            L("£1,320", 1320, E, GBP, IHS + "_planned", "from April 2027 (proposed adult rate, a year; Treasury documents)"),
            L("£410mn", 410e6, E, GBP, IHS + "_additional_receipts_forecast", "a year once fully in force (from 2027; officials)"),
            L("£2.38bn", 2.38e9, E, GBP, IHS + "_receipts", FY25 + " (record; Home Office accounts)"),
            L("£1.96bn", 1.96e9, E, GBP, IHS + "_receipts", FY24 + " (the year before)"),
            L("66 per cent", 66, E, PCT, IHS + "_change", "February 2024 (adult rate increase)"),
            L("£624", 624, E, GBP, IHS, "before February 2024 (previous adult rate, a year)"),
            L("16,400", 16400, E, P, "visas_granted_health_care_worker", Y25 + " (main applicants)"),
            L("more than four-fifths", -80, MT, PCT, "visas_granted_health_care_worker_change", Y25 + " vs " + Y23 + " (peak)"),
            L("89,100", 89100, E, P, "visas_granted_health_care_worker", Y23 + " (peak; main applicants)"),
            L("Around a third", THIRD, AP, PCT, "care_providers_share_expecting_service_cuts", "2026 (members who will cut services this year; Independent Care Providers' Association)"),
            L("111,000", 111000, E, VACANCIES, "adult_social_care_vacancies", FY25 + " (Skills for Care)", geo=ENG),
            L("7 per cent", 7, E, PCT, "adult_social_care_vacancy_share", FY25 + " (vacancy rate; Skills for Care)", geo=ENG),
            L("41,000", 41000, E, P, "adult_social_care_international_recruits", FY25 + " (Skills for Care)", geo=ENG),
            L("105,000", 105000, E, P, "adult_social_care_international_recruits", FY24 + " (the previous year; Skills for Care)", geo=ENG),
            L("Almost 21 per cent", 21, ALM, PCT, "nhs_staff_share_non_british", "March 2026 (latest; hospital and community health services staff; NHS England)", geo=ENG),
            L("1.42mn", 1.42e6, E, P, "nhs_workforce", "March 2026 (latest; hospital and community health services staff; NHS England)", geo=ENG),
            L("more than half", 50, MT, PCT, "doctors_joining_register_share_qualified_abroad", Y25 + " (last year)"),
            L("15,700", 15700, E, P, "nurses_joining_register_internationally_educated", FY25 + " (nurses and midwives; Nursing and Midwifery Council)"),
            L("36 per cent", -36, E, PCT, "nurses_joining_register_internationally_educated_change", FY25 + " vs " + FY24),
            R("between £1.1bn and £1.6bn", 1.1e9, 1.6e9, GBP, "adult_social_care_overseas_recruitment_replacement_cost", "a year (estimate; Ravensworth Institute)", geo=ENG),
            L("more than £10,000", 10000, MT, GBP, IHS + "_couple_five_year_visa", "five-year visa, paid up front (a couple; Ravensworth Institute economist)"),
            L("204,000", 204000, E, P, NM, "year to June 2025 (July 2024 to June 2025; ONS)"),
        ]),
    "06-lomond-herald-ukrainians-homes-for-ukraine-scotland": dict(
        meta=dict(url="https://www.lomondherald.example/news/scotland/four-years-on-scotlands-welcome-for-ukrainians-faces-its-hardest-test-4821930",
                  title="Four years on, Scotland's welcome for Ukrainians faces its hardest test",
                  publisher="The Lomond Herald", author="Catriona Baird-Lewandowska", published_date="2026-02-28"),
        labels=[
            L("nearly 28,000", 28000, ALM, P, "immigration_ukraine", UKR + " (found refuge in Scotland)", geo=SC),
            L("27,940", 27940, E, P, "immigration_ukraine", UKR + " (arrived with Scottish sponsors)", geo=SC),
            L("21,260", 21260, E, P, "immigration_ukraine_supersponsor", UKR + " (Scottish Government super sponsor route)", geo=SC),
            L("6,680", 6680, E, P, "immigration_ukraine_individual_sponsors", UKR + " (individual hosts under Homes for Ukraine)", geo=SC),
            L("18.5%", 18.5, E, PCT, "immigration_ukraine_share_scotland", UKR + " (share of all UK sponsorship-route arrivals)", geo=SC),
            L("more than twice", 2, MT, RATIO, "immigration_ukraine_share_scotland_ratio", UKR + " (against Scotland's share of the UK population)", geo=SC),
            L("Some 1,130", 1130, AP, P, "ukrainian_welcome_accommodation_population", "February 2026 (still in welcome accommodation)", geo=SC),
            L("more than 7,000", 7000, MT, P, "ukrainian_welcome_accommodation_population", "late 2022 (height of the arrivals)", geo=SC),
            L("£24.1m", 24.1e6, E, GBP, "scottish_government_ukraine_resettlement_funding", "2026/27 (April 2026 to March 2027; spending plans)", geo=SC),
            L("a third", -THIRD, E, PCT, "scottish_government_ukraine_resettlement_funding_change", "2026/27 vs 2025/26 (down on last year)", geo=SC),
            L("£36.2m", 36.2e6, E, GBP, "scottish_government_ukraine_resettlement_funding", "2025/26 (April 2025 to March 2026; last year)", geo=SC),
            L("5,630", 5630, E, P, "immigration_ukraine", UKR + " (largest number of arrivals)", geo="Edinburgh"),
            L("4,210", 4210, E, P, "immigration_ukraine", UKR, geo="Glasgow"),
            L("1,480", 1480, E, P, "immigration_ukraine", UKR, geo="Aberdeenshire"),
            V("thousands", 2000, 9000, P, "ukrainian_welcome_accommodation_moves_out", "2022 to February 2026 (moved out of temporary accommodation into settled homes; Minister for Equalities)", ctx="moved thousands of people", geo=SC),
            L("more than £250m", 250e6, MT, GBP, "uk_government_ukraine_funding_to_scotland", "2022 to February 2026 (towards the cost of Ukrainian arrivals; UK Government)", geo=SC),
            L("About 7,900", 7900, AP, P, "ukrainian_arrivals_left_scotland", UKR + " (thought to have left Scotland)", geo=SC),
            L("£350", 350, E, GBP, "homes_for_ukraine_thank_you_payment", "February 2026 (a month, per host household)", geo=SC),
            L("Around one in five", 20, AP, PCT, "homes_for_ukraine_host_households_share_still_hosting", "February 2026 (households that first offered a room; Scottish Welcome Network)", geo=SC),
            L("about 7,400", 7400, AP, P, "immigration_ukraine", UKR_ALL, geo=WA),
            L("around 2,600", 2600, AP, P, "immigration_ukraine", UKR_ALL, geo=NI),
            L("roughly 219,000", 219000, AP, P, "immigration_ukraine", UKR_ALL + " (family, sponsorship and extension schemes)"),
        ]),
    "07-undercroft-essay-returns-deals-france-and-beyond": dict(
        meta=dict(url="https://undercroft.example/p/the-returns-illusion",
                  title="The returns illusion",
                  publisher="Undercroft", author="Tobias Wreningham-Achebe", published_date="2026-11-11"),
        labels=[
            L("2,940", 2940, E, P, "returns", PILOT07, geo=FR),
            L("roughly 55,000", 55000, AP, P, SBA, PILOT07 + " (same period)"),
            L("fewer than one in 17", 100 / 17, LT, PCT, "returns_share_of_small_boat_arrivals", PILOT07, geo=FR),
            L("2,610", 2610, E, P, "uk_france_legal_route_arrivals", PILOT07 + " (admitted from France through the legal route)"),
            L("about 5%", 5, AP, PCT, "returns_share_of_small_boat_arrivals", PILOT07 + " (chance of being sent back)", geo=FR),
            L("more than 12,000", 12000, MT, P, SBA, "2022 (calendar year; Albanians)"),
            L("fewer than 1,000", 1000, LT, P, SBA, Y23 + " (Albanians; the year after the December 2022 agreement)"),
            L("more than 90 per cent", -90, MT, PCT, SBA + "_change", Y23 + " vs 2022 (Albanians)"),
            L("more than 5,000", 5000, MT, P, "returns", "December 2022 to December 2023 (year after the deal; Albanians sent home)", geo="Albania"),
            L("roughly £700m", 700e6, AP, GBP, "rwanda_scheme_cost", "April 2022 to July 2024 (life of the scheme)"),
            L("£290m", 290e6, E, GBP, "payment_to_rwanda", "April 2022 to July 2024 (went to Kigali)", geo="Rwanda"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (all volunteers)", ctx="took in four people"),
            L("roughly 430,000", 430000, AP, P, "return_decisions_issued", Y25 + " (last year; member states)", geo=EU),
            L("around 110,000", 110000, AP, P, "returns", Y25 + " (last year; actually left)", geo=EU),
            L("about a quarter", 25, AP, PCT, "returns_share_of_return_orders", Y25 + " (last year)", geo=EU),
            L("more than €600m", 600e6, MT, EUR, "italy_albania_scheme_cost", "five years (expected cost of Italy's centres in Albania)", geo="Italy"),
            V("a few dozen", 24, 60, P, "italy_albania_centres_population", "since 2024 (held at a time)", geo="Albania"),
            V("a few hundred", 200, 500, P, "dublin_transfers_out", "a year, before Brexit (to 2020; transfers to other member states under the Dublin rules)"),
            L("36,400", 36400, E, P, "returns", YJ26 + " (left after being told they had no right to stay)"),
            L("10,380", 10380, E, P, "returns", YJ26 + " (enforced returns)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
