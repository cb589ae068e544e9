#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the sixty-ninth hand-labelled hold-out set (holdout69).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT)

UK, FR, SC, WA, NI, ENG, EW, EU = "UK", "France", "Scotland", "Wales", "Northern Ireland", "England", "England and Wales", "EU"
WI = "Na h-Eileanan Siar"
VIEWS, IMAGES, AREAS = "other:views", "other:images", "other:council_areas"

# 01 (Monday 20 July 2026; "last week" = Monday 13 to Sunday 19 July 2026; Thursday = 16 July)
WK = "13-19 July 2026 (last week; Monday to Sunday)"
YTD01 = "1 January to 19 July 2026 (so far this year)"
SAME25 = "1 January to 19 July 2025 (the same point in 2025)"
JUL = "1-19 July 2026 (July on its own)"
# 02 (Thursday 26 November 2026, the day of the ONS release)
YD25 = "year ending December 2025 (January to December 2025)"
YD24 = "year ending December 2024 (January to December 2024)"
YJ26 = "year ending June 2026 (July 2025 to June 2026; the latest 12 months)"
YJ25 = "year ending June 2025 (July 2024 to June 2025)"
YJ23 = "year ending June 2023 (July 2022 to June 2023; peak)"
# 03 (Tuesday 10 March 2026; Welsh Government data published that day)
C25, C24 = "2025 (calendar year; last year)", "2024 (calendar year)"
# 04 (Wednesday 14 October 2026; the post was shared on Sunday 11 October 2026)
CLAIM = "claim (post on X, Sunday 11 October 2026; a month)"
RATE = "2026 (current rate; a week)"
EJ26 = "end of June 2026 (30 June 2026)"
# 05 (Friday 18 September 2026; Home Office data published in August 2026)
SINCE24 = "January 2024 to June 2026 (since the start of 2024; Young Arrivals Legal Centre)"
# 06 (Wednesday 21 January 2026, the day of the NRS projections)
PROJ = "mid-2024 to mid-2034 (NRS projection)"
# 07 (Thursday 5 March 2026; OBR forecast of Tuesday 3 March 2026)
MT26 = "medium term (a year; OBR forecast of March 2026)"

ARTICLES = {
    "01-daily-halberd-record-week-crossings-heatwave": dict(
        meta=dict(url="https://www.dailyhalberd.example/news/politics/2026/07/20/record-week-channel-5212-migrants-heatwave-border-security-command",
                  title="RECORD WEEK IN THE CHANNEL: 5,212 migrants land in seven days as heatwave hands smugglers glassy seas",
                  publisher="Daily Halberd", author="Callum Brennan-Oyelaran", published_date="2026-07-20"),
        labels=[
            L("5,212", 5212, E, P, SBA, WK + " (headline)", occ=0),
            L("MORE than 1,400", 1400, MT, P, SBA, "16 July 2026 (a single day; standfirst)"),
            L("5,212", 5212, E, P, SBA, WK, occ=1),
            L("88", 88, E, BOATS, SBC, WK, ctx="came in 88 boats"),
            L("59", 59, E, PPB, "small_boat_occupancy", WK + " (average)", ctx="average of 59 people"),
            L("4,391", 4391, E, P, SBA, "final week of August 2025 (the old weekly high)"),
            L("1,482", 1482, E, P, SBA, "16 July 2026 (Thursday; most on any single day)", ctx="Thursday alone saw 1,482"),
            L("1,210", 1210, E, P, SBA, "15 July 2026 (Wednesday)"),
            L("1,268", 1268, E, P, SBA, "17 July 2026 (Friday)"),
            L("more than three-quarters", 75, MT, PCT, "small_boat_arrivals_share_three_busiest_days", WK + " (Wednesday to Friday)"),
            L("nearly treble", 3, ALM, RATIO, "small_boat_arrivals_ratio", WK + " vs 13-19 July 2025 (the same week of last summer)"),
            L("1,790", 1790, E, P, SBA, "13-19 July 2025 (the same week of last summer)"),
            L("27,940", 27940, E, P, SBA, YTD01),
            L("14 per cent", 14, E, PCT, SBA + "_change", YTD01 + " vs " + SAME25),
            L("6,870", 6870, E, P, SBA, JUL),
            L("roughly one in four", 25, AP, PCT, "small_boat_arrivals_share_july", JUL + " as a share of " + YTD01),
            L("5.2k", 5200, E, P, SBA, WK + " (the week in numbers box)"),
            L("88", 88, E, BOATS, SBC, WK + " (the week in numbers box)", ctx="Boats: 88"),
            L("1,482", 1482, E, P, SBA, "16 July 2026 (Thursday; busiest day; the week in numbers box)", ctx="Busiest day: 1,482"),
            L("59", 59, E, PPB, "small_boat_occupancy", WK + " (the week in numbers box)", ctx="per boat: 59"),
            L("31", 31, E, P, "small_boat_deaths", YTD01 + " (Channel deaths this year; the week in numbers box)", ctx="this year: 31"),
            L("1,050", 1050, E, P, "small_boat_launch_attempts_stopped_people", WK + " (over the seven days; French police)", geo=FR),
            L("around one attempt in six", SIXTH, AP, PCT, "small_boat_launch_attempts_stopped_people_share", WK + " (of launch attempts; French police)", geo=FR),
            L("Two", 2, E, P, "small_boat_deaths", "17 July 2026 (Friday; off Gravelines)", ctx="Two men died", geo="Gravelines"),
            L("31", 31, E, P, "small_boat_deaths", YTD01 + " (this year's Channel death toll)", ctx="death toll to 31"),
            L("£280m", 280e6, E, GBP, "border_security_command_budget", "2026/27 (April 2026 to March 2027)"),
            L("386", 386, E, P, "smuggling_arrests", "year ending June 2026 (the 12 months to June; suspected smugglers; officials)"),
            L("a fifth", 20, E, PCT, "smuggling_arrests_change", "year ending June 2026 vs year ending June 2025 (officials)", ctx="up a fifth"),
            L("more than 52,000", 52000, MT, P, "returns", "5 July 2024 to July 2026 (since 5 July 2024; Home Office spokesman)"),
            L("1,240", 1240, E, P, "returns", "to July 2026 (under the returns deal struck with Paris; Home Office spokesman)", geo=FR),
            L("£715m", 715e6, E, GBP, "rwanda_scheme_cost", "2022 to 2024 (the last government; Home Office spokesman)"),
            L("four", 4, E, P, "rwanda_relocations", "2022 to 2024 (volunteers removed; Home Office spokesman)", ctx="just four volunteers"),
        ]),
    "02-penfold-news-ons-migration-method-revisions": dict(
        meta=dict(url="https://www.penfold.example/news/uk-politics-2026-11-26-net-migration-revised-ons-emigration-method",
                  title="Net migration revised up by 97,000 after ONS rethinks how it counts people leaving",
                  publisher="Penfold News", author="Tamsin Achterberg-Nwosu", published_date="2026-11-26"),
        labels=[
            L("97,000", 97000, E, P, "net_migration_revision", YD25 + " (revised up; headline)", occ=0),
            L("301,000", 301000, E, P, NM, YD25 + " (revised estimate)"),
            L("204,000", 204000, E, P, NM, YD25 + " (as first reported in May 2026)"),
            L("834,000", 834000, E, P, "immigration", YJ26),
            L("605,000", 605000, E, P, "emigration", YJ26),
            L("229,000", 229000, E, P, NM, YJ26),
            L("almost a quarter", -25, ALM, PCT, NM + "_change", YJ26 + " vs " + YD25 + " (revised)"),
            L("88,000", -88000, E, P, "emigration_revision", "2025 (calendar year; cut by the switch to exit checks)"),
            L("9,000", 9000, E, P, "immigration_revision", "2025 (calendar year; nudged up)"),
            L("58,000", 58000, E, P, "net_migration_revision_former_students", YD25 + " (former students)"),
            L("97,000", 97000, E, P, "net_migration_revision", YD25 + " (the extra)", occ=1),
            L("six in ten", 60, E, PCT, "net_migration_revision_share_former_students", YD25),
            L("385", 385000, E, P, NM, YD24 + " (old estimate; chart, thousands)"),
            L("431", 431000, E, P, NM, YD24 + " (new estimate; chart, thousands)"),
            L("296", 296000, E, P, NM, YJ25 + " (old estimate; chart, thousands)"),
            L("348", 348000, E, P, NM, YJ25 + " (new estimate; chart, thousands)"),
            L("204", 204000, E, P, NM, YD25 + " (old estimate; chart, thousands)"),
            L("301", 301000, E, P, NM, YD25 + " (new estimate; chart, thousands)"),
            L("229", 229000, E, P, NM, YJ26 + " (new estimate; chart, thousands)"),
            L("937,000", 937000, E, P, NM, YJ23 + " (all-time high, revised)"),
            L("31,000", 31000, E, P, "net_migration_revision", YJ23 + " (higher than before)"),
            L("about 1.2m", 1.2e6, AP, P, "visa_holders_matched_exit_checks", "new method, November 2026 (visa holders matched; ONS director of population statistics)"),
            R("between 187,000 and 271,000", 187000, 271000, P, NM, YJ26 + " (95% confidence interval; ONS)"),
            L("143,000", 143000, E, P, "immigration_work_non_eu", YJ26),
            L("36%", -36, E, PCT, "immigration_work_non_eu_change", YJ26 + " vs " + YJ25 + " (a year earlier)"),
            L("112,000", 112000, E, P, "immigration_humanitarian", YJ26 + " (asylum seekers and resettled refugees)"),
            L("almost one in seven", 100 / 7, ALM, PCT, "immigration_share_humanitarian", YJ26 + " (of all arrivals)"),
            L("41,000", -41000, E, P, "net_migration_eu", YJ26 + " (net outflow of EU nationals)"),
            L("more than two-thirds", -200 / 3, MT, PCT, NM + "_change", YJ26 + " vs " + YJ23 + " (from its peak; Home Secretary)"),
            L("62.3 million", 62.3e6, E, P, "population", "mid-2025 (30 June 2025; ONS)", geo=EW),
        ]),
    "03-the-tawe-chronicle-pa-refugees-work-wales": dict(
        meta=dict(url="https://www.tawechronicle.example/news/wales/nearly-1900-refugees-helped-into-jobs-in-wales-as-employment-scheme-expands-5123987",
                  title="Nearly 1,900 refugees helped into jobs in Wales as employment scheme expands",
                  publisher="The Tawe Chronicle (PA)", author="Gwenllian Okafor-Price", published_date="2026-03-10"),
        labels=[
            L("Nearly 1,900", 1900, ALM, P, "refugee_employment_programme_job_starts", C25 + " (headline)", occ=0, geo=WA),
            L("Nearly 1,900", 1900, ALM, P, "refugee_employment_programme_job_starts", C25 + " (Welsh Government programme)", occ=1, geo=WA),
            L("1,870", 1870, E, P, "refugee_employment_programme_job_starts", C25 + " (Camu Ymlaen scheme)", geo=WA),
            L("23%", 23, E, PCT, "refugee_employment_programme_job_starts_change", C25 + " vs " + C24, geo=WA),
            L("1,520", 1520, E, P, "refugee_employment_programme_job_starts", C24, geo=WA),
            L("4,300", 4300, E, P, "refugee_employment_programme_participants", C25 + " (over the year)", geo=WA),
            L("more than four in ten", 40, MT, PCT, "refugee_employment_programme_share_into_work", C25 + " (of those supported)", geo=WA),
            L("41%", 41, E, PCT, "refugees_share_in_work_within_six_months_of_status", C25 + " (scheme participants)", geo=WA),
            L("29%", 29, E, PCT, "refugees_share_in_work_within_six_months_of_status", "2023 (two years earlier; scheme participants)", geo=WA),
            L("52%", 52, E, PCT, "employment_rate_refugees", "latest estimate, 2025 (an estimated)", geo=WA),
            L("73%", 73, E, PCT, "employment_rate", "latest estimate, 2025 (all working-age adults)", geo=WA),
            L("790", 790, E, P, "refugee_employment_programme_job_starts", C25, geo="Cardiff"),
            L("around 42%", 42, AP, PCT, "refugee_employment_programme_job_starts_share_cardiff", C25 + " (of the total)", geo=WA),
            L("410", 410, E, P, "refugee_employment_programme_job_starts", C25, geo="Swansea"),
            L("260", 260, E, P, "refugee_employment_programme_job_starts", C25, geo="Newport"),
            L("140", 140, E, P, "refugee_employment_programme_job_starts", C25, geo="Wrexham"),
            L("270", 270, E, P, "refugee_employment_programme_job_starts", C25 + " (the remaining, other local authorities)", geo=WA),
            L("Almost two in five", 40, ALM, PCT, "refugee_employment_programme_job_starts_share_health_social_care", C25, geo=WA),
            L("£12.94", 12.94, E, GBP, "refugee_employment_programme_average_starting_wage", C25 + " (an hour)", geo=WA),
            L("£4.6m", 4.6e6, E, GBP, "welsh_government_refugee_employment_funding", "over three years (scheme funding)", geo=WA),
            L("310", 310, E, P, "refugee_health_professionals_supported", "March 2026 (working with; Camu Ymlaen)", geo=WA),
            L("nine in ten", 90, E, PCT, "refugee_health_professionals_share_not_practising", "March 2026 (not yet practising in their field)", geo=WA),
            L("c. 600", 600, AP, P, "esol_waiting_list", "March 2026 (waiting for ESOL classes; Cymru Sanctuary Network)", geo="Swansea"),
            L("About 3,050", 3050, AP, P, "asylum_support_population", "end of December 2025 (31 December 2025)", geo=WA),
            L("roughly 3%", 3, AP, PCT, "asylum_support_population_share_wales", "end of December 2025 (of everyone on asylum support across the UK)"),
            L("more than half", -50, MT, PCT, "asylum_backlog_change", "July 2024 to March 2026 (since July 2024; initial decisions; Home Office)"),
            L("11,400", 11400, E, P, "refugee_employment_programme_job_starts", C25 + " (comparable programme funded by the Department for Work and Pensions)", geo=ENG),
        ]),
    "04-plainsum-fact-check-asylum-weekly-allowance": dict(
        meta=dict(url="https://plainsum.example/fact-checks/asylum-seekers-not-paid-2000-a-month",
                  title="No, asylum seekers are not handed £2,000 a month in cash",
                  publisher="Plainsum", author="Rhiannon Castellanos-Byrne", published_date="2026-10-14"),
        labels=[
            L("£2,000", 2000, E, GBP, "asylum_support_monthly_allowance", CLAIM + " (headline; rejected)", occ=0),
            L("£2,000", 2000, E, GBP, "asylum_support_monthly_allowance", CLAIM + " (what was claimed box)", occ=1),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", RATE + " (standard rate; verdict box)", occ=0),
            L("about £213", 213, AP, GBP, "asylum_support_monthly_allowance", "2026 (current rate; a month; verdict box)", occ=0),
            L("£8.86", 8.86, E, GBP, "asylum_support_weekly_allowance", RATE + " (hotels, catered; verdict box)", occ=0),
            L("£2,000", 2000, E, GBP, "asylum_support_monthly_allowance", CLAIM + " (the post's words)", occ=2),
            L("more than 3.1m", 3.1e6, MT, VIEWS, "social_media_post_views", "11-13 October 2026 (by Tuesday)"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", RATE + " (self-catered; per person)", occ=1),
            L("just over £7", 7, MT, GBP, "asylum_support_daily_allowance", "2026 (current rate; a day)"),
            L("about £213", 213, AP, GBP, "asylum_support_monthly_allowance", "2026 (current rate; a month)", occ=1),
            L("£2,557", 2557, E, GBP, "asylum_support_annual_allowance", "2026 (current rate; over a full year)"),
            L("£8.86", 8.86, E, GBP, "asylum_support_weekly_allowance", RATE + " (hotels and other catered accommodation)", occ=1),
            L("£5.25", 5.25, E, GBP, "asylum_support_weekly_supplement_pregnancy_young_children", RATE + " (extra; pregnant women and children aged one to three)"),
            L("£9.50", 9.5, E, GBP, "asylum_support_weekly_supplement_babies", RATE + " (extra; babies under one)"),
            L("£300", 300, E, GBP, "asylum_support_maternity_payment", "2026 (current rate; one-off)"),
            L("£2,000", 2000, E, GBP, "asylum_support_monthly_allowance", CLAIM + " (the claimed)", occ=3),
            L("more than nine times", 9, MT, RATIO, "asylum_support_monthly_allowance_claim_ratio", "2026 (the claimed £2,000 against the standard rate)"),
            L("£241.30", 241.3, E, GBP, "state_pension_full_new_weekly", "2026/27 (a week)"),
            L("about a fifth", 0.2, AP, RATIO, "asylum_support_weekly_allowance_ratio", "2026/27 (standard allowance against the full new state pension)"),
            L("£2,000", 2000, E, GBP, "asylum_support_monthly_allowance", CLAIM + " (crosshead)", occ=4),
            L("about £145", 145, AP, GBP, "asylum_hotel_cost_per_person_night", "2025 (a night; figures given to MPs last year)"),
            L("more than £4,000", 4000, MT, GBP, "asylum_hotel_cost_per_person_month", "2025 (over a month)"),
            L("104,300", 104300, E, P, "asylum_support_population", EJ26),
            L("31,600", 31600, E, P, HOT, EJ26),
            L("about three in ten", 30, AP, PCT, "asylum_support_share_hotels", EJ26),
            L("£4.1bn", 4.1e9, E, GBP, AC, "2025/26 (April 2025 to March 2026; asylum support)"),
            L("roughly £200m", 200e6, AP, GBP, AC, "2025/26 (cash allowances)"),
            L("less than 5%", 5, LT, PCT, "asylum_cost_share_cash_allowances", "2025/26 (of asylum support spending)"),
        ]),
    "05-the-keel-child-asylum-seekers-age-disputes": dict(
        meta=dict(url="https://www.thekeel.example/news/uk/home-news/child-refugees-age-disputes-record-adult-hotels-facial-estimation-b2819034.html",
                  title="Hundreds of child refugees wrongly treated as adults as age disputes reach record high",
                  publisher="The Keel", author="Nadia Ferreira-Holt", published_date="2026-09-18"),
        labels=[
            V("Hundreds", 200, 900, P, "age_disputed_children_placed_in_adult_accommodation", SINCE24 + " (headline)"),
            L("at least 940", 940, AL, P, "age_disputed_children_placed_in_adult_accommodation", SINCE24 + " (standfirst)", occ=0),
            V("hundreds", 200, 900, P, "age_disputed_children_placed_in_adult_accommodation", "September 2026 (being housed alongside adults now; charities)", ctx="warning that hundreds"),
            L("4,120", 4120, E, P, "asylum_age_disputes", YJ26 + " (raised)"),
            L("31 per cent", 31, E, PCT, "asylum_age_disputes_change", YJ26 + " vs " + YJ25),
            L("3,145", 3145, E, P, "asylum_age_disputes", YJ25 + " (a year earlier)"),
            L("3,480", 3480, E, P, "asylum_age_disputes_resolved", YJ26),
            L("1,910", 1910, E, P, "asylum_age_disputes_found_adult", YJ26),
            L("55 per cent", 55, E, PCT, "asylum_age_disputes_share_found_adult", YJ26),
            L("1,570", 1570, E, P, "asylum_age_disputes_found_child", YJ26),
            L("3,760", 3760, E, P, "asylum_applications", YJ26 + " (the year to June; unaccompanied minors)"),
            L("a third", -THIRD, E, PCT, "asylum_applications_change", YJ26 + " vs " + YJ25 + " (unaccompanied minors)", ctx="a third lower"),
            L("5,640", 5640, E, P, "asylum_applications", YJ25 + " (the previous 12 months; unaccompanied minors)"),
            L("at least 940", 940, AL, P, "age_disputed_children_placed_in_adult_accommodation", SINCE24 + " (adult hotels or immigration detention)", occ=1),
            L("520", 520, E, P, "age_dispute_cases_followed_to_conclusion", SINCE24),
            L("84 per cent", 84, E, PCT, "age_dispute_cases_share_accepted_as_child", SINCE24 + " (by a council or a court)"),
            L("about 150", 150, AP, P, "age_disputed_young_people_in_adult_accommodation", "September 2026 (today; charity estimate)"),
            L("430", 430, E, P, "age_assessment_judicial_review_claims", "2025 (calendar year; lodged)"),
            L("doubled", 2, E, RATIO, "age_assessment_judicial_review_claims_ratio", "2025 vs 2023 (since 2023)"),
            L("2,600", 2600, E, IMAGES, "facial_age_estimation_trial_images", "2026 (trial before roll-out)"),
            L("81 per cent", 81, E, PCT, "facial_age_estimation_share_within_two_years", "2026 (trial)"),
            L("almost one in five", 20, ALM, PCT, "facial_age_estimation_share_outside_margin", "2026 (trial; critics)"),
            L("1,260", 1260, E, P, "national_age_assessment_board_assessments", "2025 (last year)"),
            L("496", 496, E, P, "unaccompanied_children_in_care", "September 2026 (is looking after)", geo="Kent"),
            L("£143", 143, E, GBP, "unaccompanied_children_home_office_funding_per_night", "2026 (a night, for each child; Kent County Council)", geo="Kent"),
            L("7,180", 7180, E, P, "unaccompanied_children_in_care", "end of March 2026 (31 March 2026)", geo=ENG),
            L("9 per cent", 9, E, PCT, "unaccompanied_children_in_care_change", "end of March 2026 vs end of March 2025 (a year before)", geo=ENG),
            L("More than half", 50, MT, PCT, "asylum_age_disputes_share_found_adult", "2025 (resolved last year; Home Office spokesperson)"),
        ]),
    "06-the-glenmorven-press-scotland-population-projections-rural": dict(
        meta=dict(url="https://www.glenmorvenpress.example/news/highlands-islands/islands-face-steepest-decline-scotland-population-projections-2026-01-21",
                  title="Islands face steepest decline as Scotland's population growth slows to a crawl",
                  publisher="The Glenmorven Press", author="Eilidh MacRury-Bangura", published_date="2026-01-21"),
        labels=[
            L("almost one in ten", -10, ALM, PCT, "population_projection_change", PROJ + " (within a decade; standfirst)", geo=WI),
            L("5.55 million", 5.55e6, E, P, "population", "mid-2024 (30 June 2024; NRS)", geo=SC),
            L("5.64 million", 5.64e6, E, P, "population_projection", "mid-2034 (NRS projection)", geo=SC),
            L("1.6%", 1.6, E, PCT, "population_projection_change", PROJ, ctx="an increase of 1.6%", geo=SC),
            L("5.0%", 5.0, E, PCT, "population_projection_change", "mid-2024 to mid-2034 (the same decade)", geo=ENG),
            L("2.2%", 2.2, E, PCT, "population_projection_change", "mid-2024 to mid-2034 (the same decade)", geo=NI),
            L("181,000", -181000, E, P, "population_natural_change_projection", PROJ + " (over the ten years; natural decrease)", geo=SC),
            L("27,000", 27000, E, P, "net_migration_projection_assumption", PROJ + " (a year)", geo=SC),
            L("17,000", 17000, E, P, "net_migration_overseas_projection_assumption", PROJ + " (a year; from outside the UK)", geo=SC),
            L("10,000", 10000, E, P, "net_migration_rest_of_uk_projection_assumption", PROJ + " (a year; from England, Wales and Northern Ireland)", geo=SC),
            L("Fourteen", 14, E, AREAS, "council_areas_projected_population_decline", "mid-2024 to mid-2034 (by 2034; of the 32 local authorities)", geo=SC),
            L("9.3%", -9.3, E, PCT, "population_projection_change", PROJ, ctx="drop by 9.3%", geo=WI),
            L("7.4%", -7.4, E, PCT, "population_projection_change", PROJ, ctx="a fall of 7.4%", geo="Inverclyde"),
            L("6.1%", -6.1, E, PCT, "population_projection_change", PROJ, ctx="Bute with 6.1%", geo="Argyll and Bute"),
            L("3.8%", -3.8, E, PCT, "population_projection_change", PROJ, geo="Dumfries and Galloway"),
            L("11.2%", 11.2, E, PCT, "population_projection_change", PROJ, ctx="grow by 11.2%", geo="Midlothian"),
            L("8.6%", 8.6, E, PCT, "population_projection_change", PROJ, geo="Edinburgh"),
            L("17%", -17, E, PCT, "population_working_age_projection_change", PROJ, geo=WI),
            L("36%", 36, E, PCT, "population_share_aged_65_and_over_projection", "mid-2034 (by 2034)", geo=WI),
            L("23%", 23, E, PCT, "population_share_aged_65_and_over_projection", "mid-2034 (by 2034)", geo=SC),
            L("18%", -18, E, PCT, "school_rolls_change", "2015 to 2025/26 (since 2015; islands; councillor)", geo="Argyll and Bute"),
            L("1,200", 1200, E, P, "rural_visa_pilot_places_proposed", "a year (proposed pilot; Scottish Government)", geo=SC),
            L("£2.4m", 2.4e6, E, GBP, "rural_resettlement_fund", "2026 (set aside; Scottish Government)", geo=SC),
            L("up to £15,000", 15000, AM, GBP, "rural_resettlement_grant_per_family", "2026 (each family that moves; Scottish Government)", geo=SC),
            L("5,436,600", 5436600, E, P, "population", "2022 census (20 March 2022)", geo=SC),
            L("-9.3%", -9.3, E, PCT, "population_projection_change", PROJ + " (table)", geo=WI),
            L("-7.4%", -7.4, E, PCT, "population_projection_change", PROJ + " (table)", geo="Inverclyde"),
            L("-6.1%", -6.1, E, PCT, "population_projection_change", PROJ + " (table)", geo="Argyll and Bute"),
            L("+11.2%", 11.2, E, PCT, "population_projection_change", PROJ + " (table)", geo="Midlothian"),
            L("+1.6%", 1.6, E, PCT, "population_projection_change", PROJ + " (table)", geo=SC),
        ]),
    "07-bourse-times-obr-lower-net-migration-public-finances": dict(
        meta=dict(url="https://www.boursetimes.example/content/5e2c7a91-obr-lower-net-migration-fiscal-headroom",
                  title="Falling migration blows £8.4bn hole in chancellor's fiscal buffer",
                  publisher="Bourse Times", author="Harriet Venables-Oduya and Tomas Lindgren-Achebe", published_date="2026-03-05"),
        labels=[
            L("£8.4bn", 8.4e9, E, GBP, "public_finances_effect_lower_migration", "2030-31 (added to borrowing; headline)", occ=0),
            L("a quarter", -25, E, PCT, "net_migration_forecast_change", "medium term, OBR March 2026 vs November 2025 forecast (standfirst)"),
            V("billions of pounds", 2e9, 9e9, GBP, "public_finances_effect_lower_migration", "annually by 2030"),
            L("180,000", 180000, E, P, "net_migration_forecast", "2026-27 (OBR forecast of March 2026)"),
            L("235,000", 235000, E, P, "net_migration_forecast", MT26),
            L("315,000", 315000, E, P, "net_migration_forecast", "medium term (a year; OBR forecast of November 2025)"),
            L("£11.3bn", -11.3e9, E, GBP, "tax_receipts_lower_migration_change", "2030-31 (OBR)"),
            L("£2.9bn", -2.9e9, E, GBP, "public_spending_lower_migration_change", "2030-31 (public services and benefits; OBR)"),
            L("£8.4bn", 8.4e9, E, GBP, "public_finances_effect_lower_migration", "2030-31 (raise borrowing; OBR)", occ=1),
            L("about 85 per cent", 85, AP, PCT, "public_finances_effect_share_of_headroom", "March 2026 forecast (on its own)"),
            L("£9.9bn", 9.9e9, E, GBP, "fiscal_headroom", "before the March 2026 forecast (against the main fiscal rule)"),
            L("£7.2bn", 7.2e9, E, GBP, "fiscal_headroom", "March 2026 forecast (final)"),
            L("about 540,000", -540000, AP, P, "population_working_age_forecast_revision", "2030 (against the November 2025 projection; OBR)"),
            L("0.7 per cent", -0.7, E, PCT, "gdp_forecast_revision", "forecast horizon, 2030-31 (real GDP; OBR)"),
            L("0.2 per cent", 0.2, E, PCT, "gdp_per_head_forecast_revision", "forecast horizon, 2030-31 (OBR)"),
            L("£78bn", 78e9, E, GBP, "income_tax_nics_paid_non_uk_nationals", "2024-25 (last financial year; HMRC)"),
            L("about a sixth", 100 / 6, AP, PCT, "income_tax_nics_share_non_uk_nationals", "2024-25 (last financial year; HMRC)"),
            L("315", 315000, E, P, "net_migration_forecast", "medium term (OBR forecast of March 2024; chart, thousands)", ctx="March 2024: 315"),
            L("340", 340000, E, P, "net_migration_forecast", "medium term (OBR forecast of March 2025; chart, thousands)"),
            L("315", 315000, E, P, "net_migration_forecast", "medium term (OBR forecast of November 2025; chart, thousands)", ctx="November 2025: 315"),
            L("235", 235000, E, P, "net_migration_forecast", "medium term (OBR forecast of March 2026; chart, thousands)"),
            L("£4.8bn", 4.8e9, E, GBP, "visa_fee_and_immigration_health_surcharge_income", "2024-25 (record; Home Office accounts)"),
            L("22", 22, E, P, "poll_sample_size", "March 2026 (forecasters surveyed; Ashcombe Institute)"),
            R("150,000 to 260,000", 150000, 260000, P, "net_migration_forecast", "2026 (forecasters' estimates; Ashcombe Institute survey)"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "2010 to 2019 (ministers' target)"),
            L("906,000", 906000, E, P, NM, "year ending June 2023 (July 2022 to June 2023; peak)"),
            L("close to 2.3mn", 2.3e6, AP, P, NM, "2025 (calendar year; Eurostat)", geo=EU),
            L("4.58 per cent", 4.58, E, PCT, "gilt_yield_10_year", "3 March 2026 (after the forecast)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
