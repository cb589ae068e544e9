#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the seventieth hand-labelled hold-out set (holdout70).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, SBA, NM, AC, EW)

UK, WA, NI, ENG = "UK", "Wales", "Northern Ireland", "England"
CASES, WEEKS, FAMILIES, CALLS = "other:cases", "other:weeks", "other:families", "other:calls"
HOUSEHOLDS, VACANCIES, OFFICES, DAYS = "other:households", "other:vacancies", "other:offices", "other:days"

# 01 (Friday 26 June 2026; Legal Aid Agency statistics released "yesterday", Thursday 25 June 2026)
LAC = "legal_aid_immigration_asylum_cost"
FY26 = "2025/26 (April 2025 to March 2026; the last financial year)"
FY25 = "2024/25 (April 2024 to March 2025)"
FY16 = "2015/16 (April 2015 to March 2016)"
YM26 = "year ending March 2026 (April 2025 to March 2026; the twelve months to March)"
YM25 = "year ending March 2025 (April 2024 to March 2025; the previous year)"
C25, C24 = "2025 (calendar year; last year)", "2024 (calendar year)"
# 02 (Tuesday 17 March 2026; HESA data released Thursday 12 March 2026)
AY25, AY24 = "2024/25 academic year", "2023/24 academic year (the year before)"
WV = "University of the Western Valleys"
# 03 (Saturday 28 February 2026; Home Office statistics published Thursday 26 February 2026)
PAUSE = "September 2025 to February 2026 (since the route was suspended last September)"
# 04 (Friday 27 November 2026; ONS estimates published Thursday 26 November 2026)
YJ26 = "year ending June 2026 (July 2025 to June 2026; the 12 months to June)"
YJ26T = YJ26 + " (table, thousands)"
# 05 (Monday 18 May 2026)
YM26N = "year ending March 2026 (April 2025 to March 2026; the 12 months to March)"
YM25N = "year ending March 2025 (April 2024 to March 2025; the previous year)"
NHSNOW = "May 2026 (latest NHS England workforce statistics)"
# 06 (Tuesday 24 February 2026, the fourth anniversary of the invasion)
UKR = "March 2022 to February 2026 (since the scheme opened in March 2022)"
HUB = "February 2026 (survey of 640 Ukrainian adults; Ukrainian Community Hub Belfast)"
# 07 (Friday 11 September 2026; Ministry of Justice statistics published Thursday 10 September 2026)
TAO = "tribunal_appeals_outstanding_immigration_asylum"
EJ26, EJ25 = "end of June 2026 (30 June 2026)", "end of June 2025 (30 June 2025; a year earlier)"
Q226, Q225 = "April to June 2026 (the three months to June)", "April to June 2025 (the same quarter of 2025)"
NLC = "2026 (now; Northgate Law Centres Network research)"

ARTICLES = {
    "01-daily-flintlock-legal-aid-asylum-immigration-bill": dict(
        meta=dict(url="https://www.dailyflintlock.example/news/article-2026062601/legal-aid-bill-migrants-record-187million-nearly-four-times-decade-ago.html",
                  title="Legal aid bill for migrants' cases hits a record £187million - nearly FOUR times what taxpayers paid a decade ago",
                  publisher="Daily Flintlock", author="Marcus Thornbury-Ejiofor", published_date="2026-06-26"),
        labels=[
            L("£187million", 187e6, E, GBP, LAC, FY26 + " (headline; a record)", occ=0, geo=EW),
            L("nearly FOUR times", 4, ALM, RATIO, LAC + "_ratio", FY26 + " vs a decade ago (headline)", geo=EW),
            L("31%", 31, E, PCT, LAC + "_change", FY26 + " vs " + FY25 + " (standfirst; in a single year)", geo=EW),
            L("more than a fifth", 20, MT, PCT, LAC + "_share_top_ten_firms", FY26 + " (ten best-paid firms; standfirst)", occ=0, geo=EW),
            L("£6.2m", 6.2e6, E, GBP, LAC + "_single_firm", FY26 + " (one firm; standfirst)", geo=EW),
            L("less than a tenth", 10, LT, PCT, "legal_aid_total_cost_share_immigration_asylum", FY26 + " (justice officials; standfirst)", occ=0, geo=EW),
            L("£187million", 187e6, E, GBP, LAC, FY26, occ=1, geo=EW),
            L("31 per cent", 31, E, PCT, LAC + "_change", FY26 + " vs " + FY25, geo=EW),
            L("£142.7million", 142.7e6, E, GBP, LAC, FY25, geo=EW),
            L("nearly four times", 4, ALM, RATIO, LAC + "_ratio", FY26 + " vs " + FY16, geo=EW),
            L("£48million", 48e6, E, GBP, LAC, FY16, geo=EW),
            L("£131million", 131e6, E, GBP, LAC + "_asylum", FY26 + " (asylum work)", geo=EW),
            L("around 70 per cent", 70, AP, PCT, LAC + "_share_asylum", FY26 + " (asylum work; Legal Aid Agency)", geo=EW),
            L("61,400", 61400, E, CASES, "legal_aid_immigration_asylum_matter_starts", YM26 + " (new cases funded)", geo=EW),
            L("8,900", 8900, E, CASES, "legal_aid_immigration_asylum_matter_starts_change", YM26 + " vs " + YM25, geo=EW),
            L("£3,046", 3046, E, GBP, LAC + "_per_case", YM26 + " (average payout per case)", geo=EW),
            L("27,900", 27900, E, CASES, "legal_aid_tribunal_hearing_claims", FY26 + " (hearings at the first-tier tribunal)", geo=EW),
            L("44 per cent", 44, E, PCT, "legal_aid_tribunal_hearing_claims_change", FY26 + " vs " + FY25, geo=EW),
            L("£41.5million", 41.5e6, E, GBP, LAC + "_top_ten_firms", FY26 + " (ten firms paid the most; Flintlock analysis)", geo=EW),
            L("more than a fifth", 20, MT, PCT, LAC + "_share_top_ten_firms", FY26 + " (Flintlock analysis)", occ=1, geo=EW),
            L("£6.2million", 6.2e6, E, GBP, LAC + "_single_firm", FY26 + " (the biggest earner, a practice in north London)", geo=EW),
            L("more than £48,000", 48000, MT, GBP, "legal_aid_cost_single_client",
              "2019 to June 2026 (one client, across six years of appeals and judicial reviews)", geo=EW),
            L("Some 4,350", 4350, AP, CASES, "judicial_reviews_immigration_lodged", C25, geo=EW),
            L("about half", 50, AP, PCT, "judicial_reviews_immigration_share_legally_aided", C25, geo=EW),
            L("more than 19,000", 19000, MT, P, SBA, "1 January to 26 June 2026 (so far this year)"),
            L("doubled", 2, E, RATIO, LAC + "_ratio", "2025/26 vs 2022 (since 2022; Shadow Justice Secretary)", geo=EW),
            L("10 per cent", 10, E, PCT, "legal_aid_immigration_fee_change", "October 2025 (last October; fixed fees)", geo=EW),
            L("£20million", 20e6, E, GBP, "legal_aid_immigration_fee_rise_cost", "per year, from October 2025 (an estimated)", geo=EW),
            L("Half", 50, E, PCT, "asylum_appeals_share_allowed", "current (Immigration Practitioners' Forum)"),
            L("£2.3billion", 2.3e9, E, GBP, "legal_aid_total_cost", FY26 + " (last year; Ministry of Justice spokesman)", geo=EW),
            L("less than a tenth", 10, LT, PCT, "legal_aid_total_cost_share_immigration_asylum", FY26 + " (Ministry of Justice spokesman)", occ=1, geo=EW),
            L("9,460", 9460, E, P, "returns", "1 January to 26 June 2026 (since January; removed or left voluntarily; Home Office)"),
        ]),
    "02-glannau-news-wales-international-students-universities": dict(
        meta=dict(url="https://www.glannau.example/news/wales-2026-03-17-international-students-welsh-universities-fall",
                  title="Welsh universities lose one in seven overseas students in a year",
                  publisher="Glannau News", author="Rhodri ap Gwilym-Osei", published_date="2026-03-17"),
        labels=[
            L("one in seven", -100 / 7, E, PCT, "international_students_change", AY25 + " vs " + AY24 + " (headline; lose one in seven)", geo=WA),
            L("up to £24,000", 24000, AM, GBP, "international_student_fee", "per year, 2026 (image caption)", geo=WA),
            L("14%", -14, E, PCT, "international_students_change", AY25 + " vs " + AY24, geo=WA),
            L("24,385", 24385, E, P, "international_students", AY25 + " (HESA)", geo=WA),
            L("28,360", 28360, E, P, "international_students", AY24, geo=WA),
            L("21,950", 21950, E, P, "international_students_non_eu", AY25, geo=WA),
            L("2,435", 2435, E, P, "international_students_eu", AY25, geo=WA),
            L("about one in six", 100 / 6, AP, PCT, "university_students_share_international", AY25, geo=WA),
            L("more than one in five", 20, MT, PCT, "university_students_share_international", AY25, geo=ENG),
            L("almost a third", -100 / 3, ALM, PCT, "international_postgraduate_entrants_change",
              AY25 + " vs " + AY24 + " (new entrants to one-year taught master's courses)", geo=WA),
            L("58%", 58, E, PCT, "international_students_share_postgraduate", AY25, geo=WA),
            L("6,740", 6740, E, P, "international_students_india", AY25, geo=WA),
            L("3,180", 3180, E, P, "international_students_china", AY25, geo=WA),
            L("2,910", 2910, E, P, "international_students_nigeria", AY25, geo=WA),
            L("halved", -50, E, PCT, "international_students_nigeria_change", AY25 + " vs 2022/23 academic year (in two years)", geo=WA),
            L("11,860", 11860, E, P, "international_students", AY25 + " (universities in Cardiff)", geo="Cardiff"),
            L("5,210", 5210, E, P, "international_students", AY25 + " (universities in Swansea)", geo="Swansea"),
            L("£431m", 431e6, E, GBP, "international_student_fee_income", "2023/24 (latest finance data)", geo=WA),
            L("about 19%", 19, AP, PCT, "university_income_share_international_fees", "2023/24 (latest finance data)", geo=WA),
            L("£63m", 63e6, E, GBP, "university_sector_deficit", "2023/24 (the sector as a whole)", geo=WA),
            L("£1.1bn", 1.1e9, E, GBP, "international_students_economic_contribution",
              "each year's overseas intake (Welsh Universities Forum estimate)", geo=WA),
            L("More than 1,400", 1400, MT, P, "university_job_cuts", "January 2025 to March 2026 (since January 2025; gone or under threat)", geo=WA),
            L("1,120", -1120, E, P, "international_students_change", "2025/26 vs 2023/24 academic year (two years ago; vice-chancellor)", geo=WV),
            L("roughly £17m", 17e6, AP, GBP, "university_fee_income_shortfall", "2025/26 academic year (budgeted for and not received; vice-chancellor)", geo=WV),
            L("190", 190, E, P, "university_job_cuts", "by summer 2026 (posts to go; vice-chancellor)", geo=WV),
            L("404,300", 404300, E, P, "visas_granted_study", "2025 (calendar year; sponsored study visas)"),
            L("4%", -4, E, PCT, "visas_granted_study_change", "2025 vs 2024 (calendar years)"),
            L("£19.5m", 19.5e6, E, GBP, "welsh_government_university_funding", "2025/26 (this financial year; extra; Welsh Government spokesperson)", geo=WA),
        ]),
    "03-daily-clanger-refugee-family-reunion-sudan-daughters": dict(
        meta=dict(url="https://www.dailyclanger.example/news/uk-news/refugee-dad-tears-joy-daughters-khartoum-family-reunion-36541207",
                  title="Refugee dad's tears of joy as daughters he last saw in Khartoum finally land in Britain - but thousands more families are stuck",
                  publisher="Daily Clanger", author="Kerry-Ann Mbatha-Lowe", published_date="2026-02-28"),
        labels=[
            V("thousands", 2000, 9000, FAMILIES, "family_reunion_families_unable_to_apply", PAUSE + " (headline)", ctx="but thousands more families"),
            L("at least 6,500", 6500, AL, P, "family_reunion_refugees_preparing_to_apply", "September 2025 (when the route closed; Reunite Together)"),
            L("14,930", 14930, E, P, "visas_granted_family_reunion", C25 + " (Home Office)"),
            L("27%", -27, E, PCT, "visas_granted_family_reunion_change", C25 + " vs " + C24),
            L("20,450", 20450, E, P, "visas_granted_family_reunion", C24),
            L("1,210", 1210, E, P, "visas_granted_family_reunion", "October to December 2025 (the final three months of the year)"),
            L("27 weeks", 27, E, WEEKS, "family_reunion_decision_wait_average", C25),
            L("one in five", 20, E, PCT, "family_reunion_applications_share_refused", C25),
            L("54%", 54, E, PCT, "visas_granted_family_reunion_share_children", C25),
            L("84%", 84, E, PCT, "visas_granted_family_reunion_children_share_under_16", C25 + " (84% of these)"),
            L("3,070", 3070, E, P, "visas_granted_family_reunion_sudanese", C25),
            L("almost five times", 5, ALM, RATIO, "visas_granted_family_reunion_sudanese_ratio", C25 + " vs 2022"),
            V("millions", 2e6, 9e6, P, "displaced_people_sudan", "April 2023 to February 2026 (since the war broke out)", geo="Sudan"),
            L("2,480", 2480, E, P, "visas_granted_family_reunion_eritrean", C25),
            L("2,210", 2210, E, P, "visas_granted_family_reunion_afghan", C25),
            L("1,390", 1390, E, P, "visas_granted_family_reunion_syrian", C25),
            L("more than 160,000", 160000, MT, P, "visas_granted_family_reunion", "2015 to February 2026 (since 2015)"),
            L("61%", 61, E, PCT, "visas_granted_family_reunion_share_small_boat_sponsors", C24 + " (Home Office claim)"),
            L("58%", 58, E, PCT, "poll_share_support_refugee_family_reunion", "February 2026 (Brightline Research poll for the Clanger)"),
            L("£1,850", 1850, E, GBP, "family_reunion_costs_individual", "2025 (DNA tests and travel documents; one refugee)"),
            L("1,120", 1120, E, FAMILIES, "family_reunion_families_helped_by_charity", C25 + " (Reunite Together)"),
            L("Three-quarters", 75, E, PCT, "family_reunion_families_helped_share_child_in_conflict_zone", C25 + " (Reunite Together)"),
            L("2,300", 2300, E, CALLS, "charity_helpline_calls", "September to October 2025 (first month after the pause; Reunite Together)"),
            L("more than twice", 2, MT, RATIO, "charity_helpline_calls_ratio", "first month after the pause vs its usual number (Reunite Together)"),
            L("more than 50,000", 50000, MT, P, "returns", "July 2024 to February 2026 (since July 2024; Home Office spokesperson)"),
        ]),
    "04-the-lintel-net-migration-explained-nationality": dict(
        meta=dict(url="https://www.thelintel.example/news/politics/net-migration-explained-what-the-number-means-4417302",
                  title="What does 'net migration' actually measure? The number everyone argues about, explained",
                  publisher="The Lintel", author="Tomasz Achterberg-Nwosu", published_date="2026-11-27"),
        labels=[
            L("176,000", 176000, E, P, NM, YJ26 + " (standfirst; Thursday's figures)", occ=0),
            L("852,000", 852000, E, P, "immigration", YJ26 + " (ONS)"),
            L("676,000", 676000, E, P, "emigration", YJ26 + " (ONS)"),
            L("176,000", 176000, E, P, NM, YJ26, occ=1),
            L("about a fifth", -20, AP, PCT, NM + "_change", YJ26 + " vs 2025 (calendar year)"),
            L("219,000", 219000, E, P, NM, "2025 (calendar year; year ending December 2025; revised)", occ=0),
            L("more than 900,000", 900000, MT, P, NM, "year ending June 2023 (July 2022 to June 2023; peak)"),
            L("142", 142000, E, P, "immigration_british", YJ26T, ctx="British | 142"),
            L("236", 236000, E, P, "emigration_british", YJ26T, ctx="142 | 236"),
            L("-94", -94000, E, P, "net_migration_british_nationals", YJ26T, ctx="236 | -94"),
            L("118", 118000, E, P, "immigration_eu", YJ26T, ctx="EU | 118"),
            L("172", 172000, E, P, "emigration_eu", YJ26T, ctx="118 | 172"),
            L("-54", -54000, E, P, "net_migration_eu", YJ26T, ctx="172 | -54"),
            L("592", 592000, E, P, "immigration_non_eu", YJ26T, ctx="Non-EU | 592"),
            L("268", 268000, E, P, "emigration_non_eu", YJ26T, ctx="592 | 268"),
            L("324", 324000, E, P, "net_migration_non_eu", YJ26T, ctx="268 | 324"),
            L("852", 852000, E, P, "immigration", YJ26T, ctx="Total | 852"),
            L("676", 676000, E, P, "emigration", YJ26T, ctx="852 | 676"),
            L("176", 176000, E, P, NM, YJ26T, ctx="676 | 176"),
            L("94,000", -94000, E, P, "net_migration_british_nationals", YJ26 + " (more Britons left than came back)"),
            L("nearly seven in ten", 70, ALM, PCT, "immigration_share_non_eu", YJ26),
            L("592,000", 592000, E, P, "immigration_non_eu", YJ26),
            L("213,000", 213000, E, P, "immigration_study_non_eu", YJ26),
            L("164,000", 164000, E, P, "immigration_work_non_eu", YJ26),
            L("96,000", 96000, E, P, "immigration_humanitarian_non_eu", YJ26 + " (asylum, resettlement and the Ukraine scheme)"),
            L("6%", 6, E, PCT, "emigration_change", YJ26 + " vs year ending June 2025 (a year earlier)"),
            L("Just over a third", THIRD, MT, PCT, "emigration_share_british", YJ26),
            L("41,000", 41000, E, P, NM + "_revision", "2025 (calendar year; pushed up against the first estimate of May 2026)"),
            L("219,000", 219000, E, P, NM, "2025 (calendar year; revised)", occ=1),
            L("178,000", 178000, E, P, NM, "2025 (calendar year; first estimate, published in May 2026)"),
            L("about 19,000", 19000, AP, P, "population_natural_change", "year to mid-2025 (July 2024 to June 2025; births minus deaths)"),
            L("zero", 0, E, P, "net_migration_target", "Reform UK's aim (would bring net migration down to zero)"),
            L("around 260,000", 260000, AP, P, "net_migration_forecast", "per year, from 2030 (Office for Budget Responsibility assumption)"),
        ]),
    "05-the-orrery-nhs-overseas-nurses-health-care-visa": dict(
        meta=dict(url="https://www.theorrery.example/news/2026/05/18/nhs-staffing-squeeze-overseas-nurses-health-care-visas-halve/",
                  title="NHS faces staffing squeeze as overseas nurses turn their backs on Britain",
                  publisher="The Orrery", author="Cressida Vane-Okafor", published_date="2026-05-18"),
        labels=[
            L("more than halved", -50, MT, PCT, "visas_granted_health_care_worker_change", "2025 vs 2024 (standfirst; in a year)"),
            L("Almost one in five", 20, ALM, PCT, "nhs_staff_share_non_british", NHSNOW + " (image caption)", geo=ENG),
            L("21,740", 21740, E, P, "visas_granted_health_care_worker", "2025 (calendar year; main applicants)"),
            L("53 per cent", -53, E, PCT, "visas_granted_health_care_worker_change", "2025 vs 2024"),
            L("46,200", 46200, E, P, "visas_granted_health_care_worker", "2024 (calendar year; the year before)"),
            L("19,300", 19300, E, P, "visas_granted_health_care_worker_dependants", "2025 (calendar year)"),
            L("almost 121,000", 121000, ALM, P, "visas_granted_health_care_worker", "2023 (calendar year; height of the boom)"),
            L("11,980", 11980, E, P, "nurses_joining_register_internationally_educated", YM26N + " (nurses and midwives)"),
            L("less than half", 0.5, LT, RATIO, "nurses_joining_register_internationally_educated_ratio",
              YM26N + " vs year ending March 2024 (two years earlier)"),
            L("25,620", 25620, E, P, "nurses_joining_register_internationally_educated", "year ending March 2024 (April 2023 to March 2024; two years earlier)"),
            L("7,340", 7340, E, P, "nurses_leaving_register_internationally_educated", YM26N + " (over the same period)"),
            L("27 per cent", 27, E, PCT, "nurses_leaving_register_internationally_educated_change", YM26N + " vs " + YM25N),
            L("4,640", 4640, E, P, "nurses_register_net_change_internationally_educated", YM26N + " (net gain; smallest since 2020)"),
            L("about 6,900", 6900, AP, P, "nurses_joining_register_internationally_educated_india_philippines", YM26N + " (last year's new international joiners)"),
            L("two-fifths", -40, E, PCT, "nurses_joining_register_internationally_educated_nigeria_change", YM26N + " vs " + YM25N),
            L("More than half", 50, MT, PCT, "doctors_joining_register_share_qualified_abroad", "2025 (calendar year)"),
            L("62 per cent", 62, E, PCT, "doctors_joining_register_share_qualified_abroad", "2023 (calendar year; a high)"),
            L("Nearly 290,000", 290000, ALM, P, "nhs_staff_non_british", NHSNOW, geo=ENG),
            L("1.5 million", 1.5e6, E, P, "nhs_workforce", NHSNOW, geo=ENG),
            L("almost one in five", 20, ALM, PCT, "nhs_staff_share_non_british", NHSNOW, geo=ENG),
            L("61,200", 61200, E, P, "nhs_staff_indian_nationals", NHSNOW, geo=ENG),
            L("44,800", 44800, E, P, "nhs_staff_filipino_nationals", NHSNOW, geo=ENG),
            L("8 per cent", -8, E, PCT, "nursing_degree_applications_change", "2026 (this year; Nurses' Professional Union)"),
            L("13,800", 13800, E, P, "nhs_nurses_change", "May 2026 vs May 2025 (than a year ago; Department of Health and Social Care spokesman)", geo=ENG),
            L("7.1 per cent", 7.1, E, PCT, "adult_social_care_vacancy_share", "latest (2026)", geo=ENG),
            L("about 113,000", 113000, AP, VACANCIES, "adult_social_care_vacancies", "latest (2026)", geo=ENG),
            L("one in four", 25, E, PCT, "care_providers_share_turned_away_clients",
              "July 2025 to May 2026 (since the visa closure; Care Employers' Alliance)", geo=ENG),
            L("£1,035", 1035, E, GBP, "visa_immigration_health_surcharge", "per year (current)"),
        ]),
    "06-the-divis-herald-ukrainian-refugees-northern-ireland": dict(
        meta=dict(url="https://www.divisherald.example/news/northern-ireland/four-years-on-ukrainians-refuge-northern-ireland-uncertain-future-a1183047.html",
                  title="Four years on, Ukrainians who found refuge in Northern Ireland face an uncertain future",
                  publisher="The Divis Herald", author="Niamh Devlin-Oyelaran", published_date="2026-02-24"),
        labels=[
            V("hundreds", 200, 900, HOUSEHOLDS, "homes_for_ukraine_host_households_stopped_hosting",
              "autumn 2022 to February 2026 (host families that have stepped back; standfirst)", geo=NI),
            L("Some 2,940", 2940, AP, P, "immigration_ukraine_homes_for_ukraine", UKR + " (Home Office)", geo=NI),
            L("1,100", 1100, E, P, "immigration_ukraine_family_scheme", UKR + " (an estimated; family route)", geo=NI),
            L("around 221,000", 221000, AP, P, "immigration_ukraine", UKR + " (both schemes)"),
            L("almost 3%", 3, ALM, PCT, "population_share_northern_ireland_of_uk", "current (home to)", geo=NI),
            L("under 2%", 2, LT, PCT, "immigration_ukraine_share_northern_ireland", UKR, geo=NI),
            L("1,380", 1380, E, P, "immigration_ukraine_homes_for_ukraine", UKR + " (Executive Office)", geo="Belfast"),
            L("310", 310, E, P, "immigration_ukraine_homes_for_ukraine", UKR + " (Executive Office)", geo="Newry, Mourne and Down"),
            L("260", 260, E, P, "immigration_ukraine_homes_for_ukraine", UKR + " (Executive Office)", geo="Derry City and Strabane"),
            L("410", 410, E, HOUSEHOLDS, "homes_for_ukraine_host_households", "February 2026 (still hosting)", occ=0, geo=NI),
            L("almost two-thirds", -200 / 3, ALM, PCT, "homes_for_ukraine_host_households_change", "February 2026 vs autumn 2022 (peak)", geo=NI),
            L("1,150", 1150, E, HOUSEHOLDS, "homes_for_ukraine_host_households", "autumn 2022 (peak)", geo=NI),
            L("£350", 350, E, GBP, "homes_for_ukraine_thank_you_payment", "per month (current)", geo=NI),
            L("1,760", 1760, E, P, "ukraine_permission_extension_applications", "to the end of January 2026", geo=NI),
            L("1,690", 1690, E, P, "ukraine_permission_extension_grants", "to the end of January 2026", geo=NI),
            L("96%", 96, E, PCT, "ukraine_permission_extension_applications_share_granted", "to the end of January 2026", geo=NI),
            L("1,030", 1030, E, P, "school_pupils_ukrainian", "2025/26 school year (this school year; Education Authority)", geo=NI),
            L("870", 870, E, P, "school_pupils_ukrainian", "2023/24 school year (Education Authority)", geo=NI),
            L("214", 214, E, HOUSEHOLDS, "homelessness_presentations_ukrainian_households", "2024/25 (April 2024 to March 2025; Housing Executive)", geo=NI),
            L("19%", 19, E, PCT, "homelessness_presentations_ukrainian_households_change", "2024/25 vs 2023/24 (the year before)", geo=NI),
            L("640", 640, E, P, "poll_sample_size", HUB, geo=NI),
            L("three in five", 60, E, PCT, "ukrainian_adults_share_in_paid_work", HUB, geo=NI),
            L("one in ten", 10, E, PCT, "ukrainian_adults_share_job_matching_qualifications", HUB, geo=NI),
            L("More than half", 50, MT, PCT, "ukrainian_adults_share_intending_to_stay", HUB, geo=NI),
            L("roughly a quarter", 25, AP, PCT, "ukrainian_arrivals_share_left_northern_ireland", UKR + " (have already left; hub estimate)", geo=NI),
            L("c. 4,000", 4000, AP, P, "immigration_ukraine", UKR + " (both schemes; at a glance box)", geo=NI),
            L("410", 410, E, HOUSEHOLDS, "homes_for_ukraine_host_households", "February 2026 (still hosting; at a glance box)", occ=1, geo=NI),
            L("1.7k", 1700, E, P, "ukraine_permission_extension_grants", "to the end of January 2026 (at a glance box)", geo=NI),
            L("more than 46,000", 46000, MT, HOUSEHOLDS, "housing_waiting_list_households", "February 2026 (social housing waiting list; TUV MLA)", geo=NI),
            L("£4.6m", 4.6e6, E, GBP, "ni_executive_ukrainian_support_funding", "2025/26 (April 2025 to March 2026; Executive Office)", geo=NI),
            L("more than 6 million", 6e6, MT, P, "ukrainian_refugees_recorded", "February 2026 (still recorded; UN refugee agency)", geo="Europe"),
        ]),
    "07-the-millrace-asylum-appeals-backlog-legal-aid-deserts": dict(
        meta=dict(url="https://www.themillrace.example/uk-news/2026/sep/11/asylum-appeals-backlog-doubles-legal-aid-deserts-first-tier-tribunal",
                  title="Asylum appeals backlog more than doubles as 'legal aid deserts' leave tens of thousands without a lawyer",
                  publisher="The Millrace", author="Dominic Ferreira-Lyall", published_date="2026-09-11"),
        labels=[
            L("more than doubles", 2, MT, RATIO, TAO + "_ratio", EJ26 + " vs " + EJ25 + " (headline)"),
            V("tens of thousands", 20000, 90000, P, "asylum_seekers_without_legal_advice", "September 2026 (without a lawyer; headline)", geo=EW),
            L("71,280", 71280, E, P, TAO, EJ26 + " (standfirst; Ministry of Justice)", occ=0),
            L("more than doubled", 2, MT, RATIO, TAO + "_ratio", EJ26 + " vs " + EJ25),
            L("71,280", 71280, E, P, TAO, EJ26, occ=1),
            L("33,900", 33900, E, P, TAO, EJ25),
            L("51,640", 51640, E, P, "asylum_backlog_appeals", EJ26 + " (asylum cases at the first-tier tribunal)"),
            L("nearly three-quarters", 75, ALM, PCT, TAO + "_share_asylum", EJ26),
            L("30,000", 30000, E, P, "asylum_backlog_appeals_change", EJ26 + " vs " + EJ25 + " (asylum cases; higher than in June 2025)"),
            L("18,900", 18900, E, P, "tribunal_appeals_lodged_immigration_asylum", Q226),
            L("46%", 46, E, PCT, "tribunal_appeals_lodged_immigration_asylum_change", Q226 + " vs " + Q225),
            L("11,420", 11420, E, P, "tribunal_appeals_disposed_immigration_asylum", Q226),
            L("more than 7,000", 7000, MT, P, TAO + "_change", Q226 + " (in a single quarter)"),
            L("51 weeks", 51, E, WEEKS, "asylum_appeal_wait_average", Q226),
            L("47%", 47, E, PCT, "asylum_appeals_share_allowed", Q226 + " (appeals determined)"),
            L("31,000", 31000, E, P, "asylum_support_population_awaiting_appeal", "September 2026 (an estimated; in asylum accommodation)"),
            L("about £1.3bn", 1.3e9, AP, GBP, AC, "per year, 2026 (accommodation for people awaiting a hearing; the Millrace's calculation)"),
            L("198", 198, E, OFFICES, "legal_aid_immigration_offices", NLC, geo=EW),
            L("360", 360, E, OFFICES, "legal_aid_immigration_offices", "2014 (Northgate Law Centres Network research)", geo=EW),
            L("45%", -45, E, PCT, "legal_aid_immigration_offices_change", "2026 vs 2014 (Northgate Law Centres Network research)", geo=EW),
            L("Almost two-thirds", 200 / 3, ALM, PCT, "asylum_dispersal_population_share_without_legal_aid_adviser", NLC, geo=EW),
            L("at least 47,000", 47000, AL, P, "asylum_seekers_without_legal_advice", NLC + " (cannot get free advice)", geo=EW),
            L("5.8 million", 5.8e6, E, P, "population", "current (residents)", geo="South West"),
            L("four", 4, E, OFFICES, "legal_aid_immigration_offices", NLC, ctx="has four such offices", geo="South West"),
            L("1,140", 1140, E, P, "asylum_dispersal_population", "September 2026 (asylum seekers housed)", geo="Plymouth"),
            L("one in five", 20, E, PCT, "asylum_appellants_share_without_representative", "2025 (last year; appellants at hearings; tribunal data)"),
            L("one in eight", 12.5, E, PCT, "asylum_appellants_share_without_representative", "2022 (tribunal data)"),
            L("about nine in every ten", 90, AP, PCT, "legal_advice_requests_share_turned_away", "September 2026 (people who ask for help; Teesside practice)", geo="Teesside"),
            L("4,500", 4500, E, DAYS, "tribunal_sitting_days_added", "2026/27 (this financial year; Ministry of Justice spokesperson)"),
            L("120", 120, E, P, "tribunal_judges_recruited", "2026/27 (Ministry of Justice spokesperson)"),
            L("39%", -39, E, PCT, "asylum_backlog_change", "June 2024 to September 2026 (since June 2024; Home Office)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
