#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the ninety-ninth hand-labelled hold-out set (holdout99).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, THIRD, E, AP, MT, AL, LT, AM, ALM,
                        SBA, NM, RSC, EW)

UK, ENG, WA, SCO, NI = "UK", "England", "Wales", "Scotland", "Northern Ireland"
COUNTRIES, EMPLOYERS, COUPLES, FAMILIES = "other:countries", "other:employers", "other:couples", "other:families"
SHARES, AREAS, PER100 = "other:shares", "other:council_areas", "other:persons_per_100_working_age"

# 01 (Friday 27 November 2026; ONS provisional estimates "released on Thursday", 26 November)
YJ26 = "July 2025 to June 2026 (the year to June; ONS provisional estimates published Thursday 26 November 2026"
C25 = "January to December 2025 (calendar 2025"
GPC = "Greyfriars Population Centre"
# 02 (Saturday 28 February 2026; Home Office figures "published on Thursday", 26 February, to the end of December 2025)
FNO = "foreign_national_offenders_awaiting_removal_in_community"
RFNO = "returns_foreign_national_offenders"
D25 = "31 December 2025 (end of last year; Home Office figures published Thursday 26 February 2026"
PRIS = "December 2025 (behind bars in December"
SHS = "Shadow Home Secretary"
HOS = "Home Office spokesman"
# 03 (Thursday 22 October 2026; report to the council's strategy and resources committee "on Monday", 19 October)
SHF = "Sheffield"
REP = "refugee_employment_programme"
SINCE = ("April 2024 to October 2026 (since the Hallam Works Partnership opened; report to Sheffield City Council's "
         "strategy and resources committee, Monday 19 October 2026")
CLLR = "chair of the strategy and resources committee, Sheffield City Council"
# 04 (Monday 11 May 2026)
MIR = "family_visa_minimum_income_requirement"
PVA = "visa_applications_family_partner"
BELOW = "employees_share_earning_below_family_visa_threshold"
ALB = "Albemarle Institute"
# 05 (Wednesday 9 September 2026; Home Office statistics to the end of June 2026, published 27 August)
YJ = "July 2025 to June 2026 (the year to June 2026; Home Office statistics published 27 August 2026"
# 06 (Wednesday 21 January 2026; NRS projections published "yesterday", Tuesday 20 January)
PROJ = "mid-2024 to mid-2034 (NRS projections published Tuesday 20 January 2026"
CPF = "demographer, Centre for Population Futures"
# 07 (Monday 14 September 2026; Home Office statistics to the end of June 2026 "published last month")
ADC = "age_disputed_children_placed_in_adult_accommodation"
AD = "asylum_age_disputes"
UAA = "asylum_applications_unaccompanied_children"
YJ7 = "July 2025 to June 2026 (the year to June; Home Office statistics published August 2026"
KYR = "freedom of information data obtained by Kinship Young Refugees"

ARTICLES = {
    "01-parhelion-news-ons-administrative-data-revisions": dict(
        meta=dict(url="https://news.parhelion.example/story/net-migration-how-the-ons-counts-who-arrives-and-who-leaves-13482207",
                  title="Net migration: How the ONS now counts who arrives and who leaves - and why its first estimate keeps moving",
                  publisher="Parhelion News", author="Harriet Quayle-Mbeki", published_date="2026-11-27"),
        labels=[
            L("176,000", 176000, E, P, NM, YJ26 + "; standfirst)", occ=0),
            L("27,000", 27000, E, P, NM + "_revision", C25 + "; the one before it, revised up on Thursday; standfirst)"),
            L("812,000", 812000, E, P, "immigration", YJ26 + ")"),
            L("636,000", 636000, E, P, "emigration", YJ26 + ")"),
            L("176,000", 176000, E, P, NM, YJ26 + "; this week's release)", occ=1),
            R("between 121,000 and 233,000", 121000, 233000, P, NM, YJ26 + "; where the true figure probably sits)"),
            L("a third", -THIRD, E, PCT, NM + "_change", "year to June 2026 vs calendar 2025, revised (down a third on)"),
            L("less than a fifth", 0.2, LT, RATIO, NM + "_ratio", "year to June 2026 vs the record, year ending March 2023"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (year ending March 2023; the record)"),
            L("about 800,000", 800000, AP, P, "international_passenger_survey_interviews",
              "per year, before March 2020 (travellers questioned at ports and airports)"),
            L("Fewer than 5,000", 5000, LT, P, "international_passenger_survey_migrant_interviews",
              "per year, before March 2020 (interviews with migrants)"),
            L("Roughly four in five", 80, AP, PCT, "immigration_share_non_eu", YJ26 + "; counted arriving from outside the EU)"),
            L("651,000", 651000, E, P, "immigration_non_eu", YJ26 + ")"),
            L("38%", 38, E, PCT, "immigration_non_eu_share_study", YJ26 + "; study the main reason)"),
            L("31%", 31, E, PCT, "immigration_non_eu_share_work", YJ26 + "; work the main reason)"),
            L("68,000", 68000, E, P, "immigration_eu", YJ26 + "; EU arrivals)"),
            L("14,000", -14000, E, P, "net_migration_eu", YJ26 + "; a net outflow of EU citizens)"),
            L("71,000", -71000, E, P, "net_migration_british_nationals", YJ26 + "; more emigrated than returned)"),
            L("261,000", 261000, E, P, "net_migration_non_eu", YJ26 + "; added a net)"),
            L("235,000", 235000, E, P, NM, C25 + "; first estimate, May 2026)"),
            L("262,000", 262000, E, P, NM, C25 + ", revised; Thursday 26 November 2026)"),
            L("About two-thirds", 200 / 3, AP, PCT, "net_migration_revision_share_former_students",
              C25 + "; of the increase, students who stayed on after their courses; ONS)"),
            L("9,000", -9000, E, P, NM + "_revision", "July 2024 to June 2025 (the year to June 2025; trimmed)"),
            L("195,000", 195000, E, P, NM, "July 2024 to June 2025 (the year to June 2025, revised)"),
            L("around 62,000", 62000, AP, P, "revision_size_average_net_migration_first_estimates",
              "since the switch to administrative data (average revision, in either direction; " + GPC + " analysis)"),
            L("Nine in ten", 90, E, PCT, "revisions_share_from_latest_six_months",
              "November 2026 (of the ONS's revisions; ONS head of migration statistics)"),
            L("69.9 million", 69.9e6, E, P, "population", "30 June 2025 (mid-2025; ONS)"),
        ]),
    "02-daily-blunderbuss-foreign-national-offenders-deportations": dict(
        meta=dict(url="https://www.dailyblunderbuss.example/news/article-15220847/Nearly-20-000-foreign-criminals-large-Britain-await-deportation.html",
                  title="Nearly 20,000 foreign criminals still at large in Britain as they await deportation - up a fifth in just two years",
                  publisher="Daily Blunderbuss", author="Callum Fitzwarren-Okoro", published_date="2026-02-28"),
        labels=[
            L("Nearly 20,000", 20000, ALM, P, FNO, D25 + "; still at large in Britain; headline)"),
            L("a fifth", 20, E, PCT, FNO + "_change", "31 December 2025 vs 31 December 2023 (in just two years; headline)"),
            L("19,640", 19640, E, P, FNO, D25 + "; a record; bullet)", occ=0),
            L("14 per cent", 14, E, PCT, RFNO + "_change", "2025 vs 2024 (deportations last year; bullet)", occ=0),
            L("19,640", 19640, E, P, FNO, D25 + "; in the community)", occ=1),
            L("20 per cent", 20, E, PCT, FNO + "_change", "31 December 2025 vs 31 December 2023 (two years earlier)"),
            L("16,370", 16370, E, P, FNO, "31 December 2023 (two years earlier)"),
            L("10,730", 10730, E, P, "prison_population_foreign_nationals", PRIS + ")", geo=EW),
            L("about 12 per cent", 12, AP, PCT, "prison_population_share_foreign_nationals", PRIS + ")", geo=EW),
            L("87,900", 87900, E, P, "prison_population", PRIS + ")", geo=EW),
            L("1,340", 1340, E, P, "prison_population_foreign_nationals_albanian", PRIS + "; the biggest group)", geo=EW),
            L("one in eight", 12.5, E, PCT, "prison_population_foreign_nationals_share_albanian", PRIS + "; of all foreign prisoners)", geo=EW),
            L("£53,000", 53000, E, GBP, "prison_place_cost_per_year", "per year, 2024/25 (each place)", geo=EW),
            L("more than £560million", 560e6, MT, GBP, "foreign_national_prisoners_cost",
              "per year, at the 2024/25 cost per place (locking up foreign offenders, annually)", geo=EW),
            L("5,410", 5410, E, P, RFNO, "2025 (calendar year; removed)"),
            L("14 per cent", 14, E, PCT, RFNO + "_change", "2025 vs 2024 (up on the year before)", occ=1),
            L("4,745", 4745, E, P, RFNO, "2024 (the year before)"),
            L("nearly four", 4, ALM, RATIO, "foreign_national_offenders_in_community_per_removal_ratio",
              "end of December 2025 stock vs 2025 removals (for each one sent home)"),
            L("710", 710, E, P, RFNO, "1 January to 27 February 2026 (so far this year)"),
            L("Nearly half", 50, ALM, PCT, RFNO + "_share_early_removal_scheme", "2025 (last year's removals)"),
            L("2,480", 2480, E, P, RFNO + "_early_removal_scheme", "2025 (let out early under the Early Removal Scheme)"),
            L("Some 1,190", 1190, AP, P, "foreign_national_offender_deportation_appeals_allowed", "2025 (last year; appeals that succeeded)"),
            L("44 per cent", 44, E, PCT, "deportation_appeals_allowed_share_article_8", "2025 (of those wins; relied on Article 8)"),
            V("dozens", 24, 108, P, "foreign_national_offenders_released_awaiting_deportation",
              "per week, February 2026 (finish their sentences with nowhere to send them; " + SHS + ")"),
            L("6,000", 6000, E, P, RFNO, "per year, before the pandemic (under a Conservative government; " + SHS + ")"),
            L("£700million", 700e6, E, GBP, RSC, "2022 to July 2024 (spent on the scrapped Rwanda scheme; Reform UK home affairs spokesman)"),
            L("more than 8,200", 8200, MT, P, RFNO, "5 July 2024 to February 2026 (since 5 July 2024; " + HOS + ")"),
            L("16 per cent", 16, E, PCT, RFNO + "_change", "5 July 2024 to February 2026 vs the previous 18 months (" + HOS + ")"),
        ]),
    "03-the-rivelin-gazette-sheffield-refugee-employment-programme": dict(
        meta=dict(url="https://www.rivelingazette.example/news/people/sheffield-refugee-jobs-scheme-two-in-five-in-work-5839214",
                  title="Two in five refugees on Sheffield jobs scheme now in work as more employers sign up",
                  publisher="The Rivelin Gazette", author="Leanne Hepworth-Adebayo", published_date="2026-10-22"),
        labels=[
            L("Two in five", 40, E, PCT, REP + "_share_into_work", SINCE + "; now in work; headline)", geo=SHF),
            L("517", 517, E, P, REP + "_job_starts", SINCE + "; helped into jobs; standfirst)", occ=0, geo=SHF),
            L("More than 500", 500, MT, P, REP + "_job_starts", SINCE + "; found work)", geo=SHF),
            L("two in five", 40, E, PCT, REP + "_share_into_work", SINCE + "; of those who join now leave it for a job)", geo=SHF),
            L("1,284", 1284, E, P, REP + "_participants", SINCE + "; enrolled)", geo=SHF),
            L("46", 46, E, COUNTRIES, REP + "_participants_countries_of_origin", SINCE + "; different countries)", geo=SHF),
            L("517", 517, E, P, REP + "_job_starts", SINCE + "; gone into paid employment)", occ=1, geo=SHF),
            L("around 40 per cent", 40, AP, PCT, REP + "_share_into_work", SINCE + ")", geo=SHF),
            L("31 per cent", 31, E, PCT, REP + "_share_into_work", "April 2024 to March 2025 (the scheme's first year)", geo=SHF),
            L("28 per cent", 28, E, PCT, REP + "_job_starts_share_health_social_care", SINCE + "; the biggest slice)", geo=SHF),
            L("17 per cent", 17, E, PCT, REP + "_job_starts_share_warehousing_logistics", SINCE + ")", geo=SHF),
            L("£13.05", 13.05, E, GBP, REP + "_average_starting_wage", "per hour, " + SINCE + "; when they started)", geo=SHF),
            L("£12.71", 12.71, E, GBP, "national_living_wage_hourly", "per hour, from April 2026 (the national living wage; a policy rate)"),
            L("83 per cent", 83, E, PCT, REP + "_job_starts_share_still_in_job_six_months", SINCE + "; still in the same job six months later)", geo=SHF),
            L("68", 68, E, EMPLOYERS, REP + "_employers", "October 2026 (firms taking part)", geo=SHF),
            L("41", 41, E, EMPLOYERS, REP + "_employers", "October 2025 (a year ago)", geo=SHF),
            L("two-thirds", 200 / 3, E, PCT, REP + "_employers_change", "October 2026 vs October 2025 (more)", geo=SHF),
            L("£2.4m", 2.4e6, E, GBP, REP + "_cost", SINCE + "; so far, from the UK Shared Prosperity Fund)", geo=SHF),
            L("about £4,640", 4640, AP, GBP, REP + "_cost_per_job", SINCE + "; for every job)", geo=SHF),
            L("236", 236, E, P, "esol_waiting_list", "October 2026 (on a waiting list for an English class; council report)", geo=SHF),
            L("just under a third", THIRD, ALM, PCT, REP + "_participants_share_women", SINCE + ")", geo=SHF),
            L("1,150", 1150, E, P, "asylum_grants", "July 2025 to June 2026 (the 12 months to June; people living in the city granted refugee status; Sheffield City Council)", geo=SHF),
            L("c. 1,900", 1900, AP, P, "asylum_dispersal_population", "October 2026 (housed in Sheffield while they wait for a decision)", geo=SHF),
            L("about one in nine", 100 / 9, AP, PCT, "asylum_dispersal_population_share_sheffield", "October 2026 (of those in Yorkshire and the Humber)", geo="Yorkshire and the Humber"),
            L("312", 312, E, P, REP + "_participants_current", "October 2026 (on the programme right now; " + CLLR + ")", geo=SHF),
            L("about £2,900", 2900, AP, GBP, "council_temporary_accommodation_saving_per_job", "per year, October 2026 (every placement saves the council; " + CLLR + ")", geo=SHF),
            L("around half", 50, AP, PCT, "refugees_share_in_work_within_a_year_of_status", "2026 (Home Office research)"),
        ]),
    "04-the-crenellation-family-visa-minimum-income-requirement": dict(
        meta=dict(url="https://www.thecrenellation.example/politics/2026/05/11/family-visa-income-rule-tens-of-thousands-couples-apart/",
                  title="Family visa income rule has kept tens of thousands of couples apart",
                  publisher="The Crenellation", author="Rupert Ashcombe-Nwachukwu", published_date="2026-05-11"),
        labels=[
            V("tens of thousands", 20000, 90000, COUPLES, "couples_separated_family_visa_income_rule", "April 2024 to May 2026 (kept apart; headline)"),
            L("almost a third", -THIRD, ALM, PCT, PVA + "_change", "2025 vs 2023 (since the threshold rose; standfirst)", occ=0),
            L("£29,000", 29000, E, GBP, MIR, "from April 2024 (the threshold; standfirst; a policy rate)", occ=0),
            L("almost a third", -THIRD, ALM, PCT, PVA + "_change", "2025 vs 2023 (since the Conservatives raised the income a British citizen must earn)", occ=1),
            L("58,300", 58300, E, P, PVA, "2025 (calendar year; lodged on the partner route; Home Office data)"),
            L("31 per cent", -31, E, PCT, PVA + "_change", "2025 vs 2023"),
            L("84,600", 84600, E, P, PVA, "2023 (the last full year before the change)"),
            L("£18,600", 18600, E, GBP, MIR, "2012 to April 2024 (where it had sat since 2012; a policy rate)", occ=0),
            L("£29,000", 29000, E, GBP, MIR, "from April 2024 (jumped to; a policy rate)", occ=1),
            L("56 per cent", 56, E, PCT, MIR + "_change", "April 2024 (from £18,600 to £29,000)"),
            L("about 10,000", 10000, AP, P, "family_visas_expected_annual_reduction_from_threshold_rise",
              "per year (expected when the rise was announced in December 2023; Home Office estimate)"),
            L("£38,700", 38700, E, GBP, MIR + "_planned", "the previous government's intended rise (shelved by Labour after the July 2024 election)"),
            R("between £23,000 and £25,000", 23000, 25000, GBP, MIR + "_recommended", "2025 (concluded last year; Migration Advisory Committee)"),
            L("49,700", 49700, E, P, "visas_granted_family_partner", "2025 (last year; partner visas granted)"),
            L("a quarter", -25, E, PCT, "visas_granted_family_partner_change", "2025 vs 2023 (fewer than in 2023)", ctx="a quarter fewer"),
            L("£88,500", 88500, E, GBP, "family_visa_savings_requirement", "from April 2024 (savings instead of income, held for six months; a policy rate)"),
            L("more than four in ten", 40, MT, PCT, BELOW, "2026 (British employees earning less than £29,000; " + ALB + ")"),
            L("almost six in ten", 60, ALM, PCT, BELOW + "_women", "2026 (working women; " + ALB + ")"),
            L("about half", 50, AP, PCT, BELOW, "2026 (of all employees; " + ALB + ")", geo="North East"),
            L("roughly a quarter", 25, AP, PCT, BELOW, "2026 (" + ALB + ")", geo="London"),
            L("£18,600", 18600, E, GBP, MIR, "2012 to April 2024 (the old figure, never uprated; director, " + ALB + ")", occ=1),
            L("£29,000", 29000, E, GBP, MIR, "from April 2024 (even at; director, " + ALB + ")", ctx="Even at £29,000"),
            L("well over 2,000", 2000, MT, FAMILIES, "charity_families_split_across_borders", "May 2026 (in touch with the group; Hearthside Families Campaign)"),
            L("£1,938", 1938, E, GBP, "family_visa_application_fee", "2026 (a partner applying from abroad; a policy rate)"),
            L("£1,035", 1035, E, GBP, "visa_immigration_health_surcharge", "per year, 2026 (towards the NHS; a policy rate)"),
            L("more than £11,000", 11000, MT, GBP, "family_visa_route_cost_five_years", "2026 (handed over by the time a couple reaches settlement)"),
            L("about 9 per cent", 9, AP, PCT, "immigration_non_eu_share_family", C25 + "; Office for National Statistics estimates)"),
        ]),
    "05-checkwise-channel-crossings-nationalities-claim": dict(
        meta=dict(url="https://checkwise.example/fact-checks/channel-small-boats-albanian-vietnamese-claim/",
                  title="Are most people crossing the Channel Albanian or Vietnamese? No",
                  publisher="Checkwise", author="Tomasz Wren-Adeyemi", published_date="2026-09-09"),
        labels=[
            L("fewer than one in ten", 10, LT, PCT, "small_boat_arrivals_share_albanian_vietnamese", "July 2025 to June 2026 (between July 2025 and June 2026; verdict)"),
            L("more than 31,000", 31000, MT, SHARES, "social_media_post_shares", "5 to 9 September 2026 (since the weekend; X and Facebook)"),
            L("42,310", 42310, E, P, SBA, YJ + "; in those 12 months)"),
            L("8,720", 8720, E, P, "small_boat_arrivals_eritrean", YJ + "; list)"),
            L("6,140", 6140, E, P, "small_boat_arrivals_afghan", YJ + "; list)"),
            L("5,390", 5390, E, P, "small_boat_arrivals_sudanese", YJ + "; list)"),
            L("4,480", 4480, E, P, "small_boat_arrivals_iranian", YJ + "; list)"),
            L("3,010", 3010, E, P, "small_boat_arrivals_syrian", YJ + "; list)"),
            L("2,540", 2540, E, P, "small_boat_arrivals_vietnamese", YJ + "; list)"),
            L("760", 760, E, P, "small_boat_arrivals_albanian", YJ + "; list)"),
            L("about a fifth", 20, AP, PCT, "small_boat_arrivals_share_eritrean", YJ + ")"),
            L("nearly two-thirds", 200 / 3, ALM, PCT, "small_boat_arrivals_share_top_five_nationalities", YJ + ")"),
            L("6%", 6, E, PCT, "small_boat_arrivals_share_vietnamese", YJ + "; the sixth largest group)"),
            L("1.8%", 1.8, E, PCT, "small_boat_arrivals_share_albanian", YJ + ")"),
            L("3,300", 3300, E, P, "small_boat_arrivals_albanian_vietnamese", YJ + "; the two nationalities named in the post)"),
            L("7.8%", 7.8, E, PCT, "small_boat_arrivals_share_albanian_vietnamese", YJ + ")"),
            L("more than 12,000", 12000, MT, P, "small_boat_arrivals_albanian", "2022 (calendar year)"),
            L("over a quarter", 25, MT, PCT, "small_boat_arrivals_share_albanian", "2022 (of everyone who came by small boat that year)"),
            L("640", 640, E, P, "small_boat_arrivals_albanian", "2025 (calendar year)"),
            L("almost double", 2, ALM, RATIO, "small_boat_arrivals_vietnamese_ratio", "year to June 2026 vs year to June 2024 (two years earlier)"),
            L("1,290", 1290, E, P, "small_boat_arrivals_vietnamese", "July 2023 to June 2024 (two years earlier)"),
            L("97%", 97, E, PCT, "small_boat_arrivals_eritrean_share_granted_protection", YJ + "; claims decided, initial decision)"),
            L("96%", 96, E, PCT, "small_boat_arrivals_sudanese_share_granted_protection", YJ + "; claims decided, initial decision)"),
            L("41%", 41, E, PCT, "small_boat_arrivals_afghan_share_granted_protection", YJ + "; after a steep fall in 2025)"),
            L("18%", 18, E, PCT, "small_boat_arrivals_vietnamese_share_granted_protection", YJ + ")"),
            L("9%", 9, E, PCT, "small_boat_arrivals_albanian_share_granted_protection", YJ + ")"),
            L("about 58%", 58, AP, PCT, "small_boat_arrivals_share_granted_protection", YJ + "; initial decisions, all nationalities)"),
            L("Roughly three-quarters", 75, AP, PCT, "small_boat_arrivals_share_adult_men", YJ + ")"),
            L("8.7k", 8700, E, P, "small_boat_arrivals_eritrean", YJ + "; chart)"),
            L("6.1k", 6100, E, P, "small_boat_arrivals_afghan", YJ + "; chart)"),
            L("5.4k", 5400, E, P, "small_boat_arrivals_sudanese", YJ + "; chart)"),
            L("4.5k", 4500, E, P, "small_boat_arrivals_iranian", YJ + "; chart)"),
            L("3.0k", 3000, E, P, "small_boat_arrivals_syrian", YJ + "; chart)"),
            L("2.5k", 2500, E, P, "small_boat_arrivals_vietnamese", YJ + "; chart)"),
            L("0.8k", 800, E, P, "small_boat_arrivals_albanian", YJ + "; chart)"),
        ]),
    "06-the-carse-journal-scotland-population-projections-migration": dict(
        meta=dict(url="https://www.carsejournal.example/news/scotland/migration-only-thing-keeping-scotlands-population-growing-projections-4920736",
                  title="Migration the only thing keeping Scotland's population growing, official projections show",
                  publisher="The Carse Journal", author="Eilidh Drummond-Acheampong", published_date="2026-01-21"),
        labels=[
            L("5.55 million", 5.55e6, E, P, "population", "30 June 2024 (mid-2024; NRS)", geo=SCO),
            L("5.71 million", 5.71e6, E, P, "population_projection", "30 June 2034 (mid-2034; NRS projections published Tuesday 20 January 2026)", geo=SCO),
            L("about 3 per cent", 3, AP, PCT, "population_projection_change", PROJ + ")", geo=SCO),
            L("roughly 180,000", -180000, AP, P, "population_natural_change_projection", PROJ + "; more deaths than births)", geo=SCO),
            L("34,000", 34000, E, P, "net_migration_projection_assumption", "per year, " + PROJ + "; central projection)", occ=0, geo=SCO),
            L("about 19,000", 19000, AP, P, "net_migration_overseas_projection_assumption", "per year, " + PROJ + "; from overseas)", geo=SCO),
            L("15,000", 15000, E, P, "net_migration_rest_of_uk_projection_assumption", "per year, " + PROJ + "; from elsewhere in the UK)", geo=SCO),
            L("1 per cent", -1, E, PCT, "population_working_age_projection_change", PROJ + ")", geo=SCO),
            L("14 per cent", 14, E, PCT, "population_pensionable_age_projection_change", PROJ + ")", geo=SCO),
            L("9 per cent", -9, E, PCT, "population_children_projection_change", PROJ + "; children under 16)", geo=SCO),
            L("about 820,000", 820000, AP, P, "population_children_projection", "30 June 2034 (children under 16)", geo=SCO),
            L("45,800", 45800, E, P, "births", "2024 (calendar year)", geo=SCO),
            L("58,200", 58200, E, P, "deaths", "2024 (calendar year)", geo=SCO),
            L("12,400", -12400, E, P, "population_natural_change", "2024 (a shortfall of births against deaths)", geo=SCO),
            L("17,000", 17000, E, P, "net_migration_projection_assumption_low_variant", "per year, " + PROJ + "; low migration variant)", geo=SCO),
            L("half", 50, E, PCT, "low_migration_variant_share_of_central_assumption", PROJ + "; half the central figure)", geo=SCO),
            L("below 5.5 million", 5.5e6, LT, P, "population_projection_low_migration_variant", "2044 (low migration variant, after a peak in 2029)", geo=SCO),
            L("11 per cent", 11, E, PCT, "population_projection_change", PROJ + "; the fastest growth in Scotland)", geo="East Lothian"),
            L("8 per cent", -8, E, PCT, "population_projection_change", PROJ + ")", geo="Inverclyde"),
            L("11", 11, E, AREAS, "council_areas_population_decline_projected", PROJ + "; of the 32 council areas)", ctx="fall in 11 of the 32", geo=SCO),
            L("5.1 per cent", 5.1, E, PCT, "population_projection_change", "mid-2024 to mid-2034 (over the same decade; Office for National Statistics)"),
            L("2.6 per cent", 2.6, E, PCT, "population_projection_change", "mid-2024 to mid-2034 (over the same decade)", geo=WA),
            L("1.9 per cent", 1.9, E, PCT, "population_projection_change", "mid-2024 to mid-2034 (over the same decade)", geo=NI),
            L("8.0 per cent", 8.0, E, PCT, "population_share_scotland", "30 June 2024 (mid-2024; Scotland's share of the UK population)"),
            L("7.8 per cent", 7.8, E, PCT, "population_projection_share_scotland", "30 June 2034 (mid-2034; projected share of the UK population)"),
            L("35", 35, E, PER100, "pensionable_age_per_100_working_age", "2034 (by 2034; " + CPF + ")", geo=SCO),
            L("31", 31, E, PER100, "pensionable_age_per_100_working_age", "January 2026 (now; " + CPF + ")", geo=SCO),
            L("34,000", 34000, E, P, "net_migration_projection_assumption", "per year, " + PROJ + "; the assumption; " + CPF + ")", occ=1, geo=SCO),
            L("more than 40,000", 40000, MT, P, "net_migration", "per year, 2021 to 2025 (averaged since 2021; " + CPF + ")", geo=SCO),
        ]),
    "07-the-colloquy-age-disputes-lone-asylum-seeking-children": dict(
        meta=dict(url="https://www.thecolloquy.example/uk-news/2026/sep/14/home-office-child-refugees-wrongly-treated-as-adults-age-disputes",
                  title="Home Office wrongly treated hundreds of lone child refugees as adults, figures show",
                  publisher="The Colloquy", author="Nadia Okonedo-Fairweather", published_date="2026-09-14"),
        labels=[
            V("hundreds", 200, 900, P, ADC, "2025 (lone child refugees wrongly treated as adults; headline)"),
            L("Nearly four times", 4, ALM, RATIO, ADC + "_ratio", "2025 vs 2022 (standfirst; charity's analysis)"),
            V("Hundreds", 200, 900, P, ADC, "2025 (last year; " + KYR + ")"),
            L("862", 862, E, P, ADC, "2025 (later accepted as under 18 by a local authority; " + KYR + ")"),
            L("nearly four times", 4, ALM, RATIO, ADC + "_ratio", "2025 vs 2022"),
            L("221", 221, E, P, ADC, "2022 (calendar year)"),
            L("At least 37", 37, AL, P, ADC + "_held_in_detention", "2025 (held in immigration detention before their age was corrected)"),
            L("one in five", 20, E, PCT, ADC + "_share_aged_15_or_under", "2025 (were 15 or younger)"),
            L("4,310", 4310, E, P, AD, YJ7 + "; raised by the department)"),
            L("22%", 22, E, PCT, AD + "_change", "year to June 2026 vs the previous 12 months"),
            L("About 60%", 60, AP, PCT, AD + "_share_small_boat", YJ7 + "; involved people who had crossed in small boats)"),
            L("3,120", 3120, E, P, AD + "_resolved", YJ7 + ")"),
            L("1,410", 1410, E, P, AD + "_found_child", YJ7 + ")"),
            L("45%", 45, E, PCT, AD + "_share_found_child", YJ7 + "; of disputes resolved)"),
            L("About 1,700", 1700, AP, P, AD + "_pending", "30 June 2026 (still waiting at the end of June)"),
            L("147", 147, E, "other:days", AD + "_resolution_time_average", YJ7 + "; the average dispute took to settle)"),
            L("3,480", 3480, E, P, UAA, YJ7 + "; unaccompanied children who claimed asylum)"),
            L("9%", -9, E, PCT, UAA + "_change", "year to June 2026 vs year to June 2025 (fewer than a year earlier)"),
            L("Almost nine in 10", 90, ALM, PCT, UAA + "_share_boys", YJ7 + ")"),
            L("a third", THIRD, E, PCT, UAA + "_share_sudan_eritrea", YJ7 + "; came from Sudan or Eritrea)"),
            L("about 420", 420, AP, P, "unaccompanied_children_in_care", "September 2026 (under-18s who arrived without a parent; Kent county council)", geo="Kent"),
            L("980", 980, E, P, "national_age_assessment_board_assessments", "March 2023 to September 2026 (since it was set up; Home Office)"),
            L("318", 318, E, P, "age_assessment_judicial_review_claims", "2025 (last year; Ministry of Justice)"),
            L("196", 196, E, P, "age_assessment_judicial_review_claims", "2023 (calendar year; Ministry of Justice)"),
            L("more than half", 50, MT, PCT, AD + "_share_found_adult", YJ7 + "; Home Office spokesperson)"),
            L("£8m", 8e6, E, GBP, "age_assessment_technology_investment", "2026 (new age assessment technology and training; Home Office spokesperson)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
