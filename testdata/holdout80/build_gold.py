#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the eightieth hand-labelled hold-out set (holdout80).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, EUR, RATIO, PPB, BOATS, MONTHS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, RSC, EW)

UK, FR, SC, WA, NI, ENG, IE = "UK", "France", "Scotland", "Wales", "Northern Ireland", "England", "Ireland"
HH, PROVIDERS, VAC = "other:households", "other:providers", "other:vacancies"
BUSINESSES, CROSSINGS, LAUNCHES = "other:businesses", "other:crossing_points", "other:launches"

# 01 (Friday 22 May 2026; Home Office statistics for the year ending March 2026 published "on Thursday", 21 May)
EM26 = "end of March 2026 (31 March 2026)"
YM26 = "year ending March 2026 (April 2025 to March 2026; the 12 months to March)"
FNO = "foreign_national_offenders_awaiting_removal"
FNOC = FNO + "_in_community"
CJF = "Carrick Justice Foundation research director"
SHS = "Shadow Home Secretary"
# 02 (Thursday 30 April 2026; homelessness statistics for October to December 2025 published "on Wednesday", 29 April)
RH = "refugees_homeless_after_leaving_asylum_support"
Q4 = "October to December 2025 (the last three months of 2025)"
OT = "Open Threshold director"
# 03 (Friday 27 February 2026; Home Office statistics for the year ending December 2025 "revealed yesterday", 26 February)
HC = "visas_granted_health_care_worker"
HCD = HC + "_dependants"
C25 = "2025 (calendar year; last year)"
ICPF = "Independent Care Providers' Forum chief executive"
GRAPHIC = " (HOW THE CARE ROUTE SHRANK graphic; main applicants)"
# 04 (Tuesday 14 July 2026; Scottish Councils' Resettlement Network report to council leaders, due "on Friday", 17 July)
UA = "immigration_ukraine"
SYR = "resettlement_arrivals_syrian"
EMY = "March 2022 to end of May 2026 (since Russia's full-scale invasion; counted to the end of May)"
VPRS = "November 2015 to July 2026 (since the first Syrian families arrived in 2015)"
SCRN = "Scottish Councils' Resettlement Network"
# 05 (Thursday 8 October 2026; Irish Department of Justice figures published "on Tuesday", 6 October)
AA = "asylum_applications"
JS26 = "January to September 2026 (first nine months of 2026)"
JS25 = "January to September 2025 (same period last year)"
VIA = "asylum_applications_share_via_northern_ireland"
FACT = " (FACTFILE box)"
# 06 (Wednesday 18 November 2026; ONS labour market statistics published "on Tuesday", 17 November)
JS = "July to September 2026 (the three months to September; Labour Force Survey)"
FEN = "Fennimore Institute chief economist"
NEF = "Northgate Employers' Forum survey, published Monday 16 November 2026"
# 07 (Monday 21 September 2026; Home Office figures for the weekend of 19-20 September)
SAT = "19 September 2026 (Saturday)"
SUN = "20 September 2026 (Sunday)"
WKD = "19 to 20 September 2026 (the weekend; a single weekend)"
PREV = "12 to 13 September 2026 (the weekend before)"
YTD = "1 January to 20 September 2026 (so far this year)"
HOS = "Home Office spokesperson"

ARTICLES = {
    "01-the-waymark-foreign-offenders-awaiting-deportation": dict(
        meta=dict(url="https://www.thewaymark.example/news/2026/05/22/foreign-criminals-awaiting-deportation-record-high/",
                  title="Nearly 20,000 foreign criminals waiting to be deported as backlog hits new high",
                  publisher="The Waymark", author="Rupert Haldane-Ebo", published_date="2026-05-22"),
        labels=[
            L("Nearly 20,000", 20000, ALM, P, FNO, EM26 + " (headline)"),
            L("a third", THIRD, E, PCT, FNOC + "_change", "end of March 2026 vs end of March 2024 (in two years; standfirst)",
              ctx="grown by a third in two years"),
            L("two in three", 200 / 3, E, PCT, FNO + "_share_in_community", EM26 + " (no longer in prison)"),
            L("19,740", 19740, E, P, FNO, EM26 + " (published on Thursday)"),
            L("1,430", 1430, E, P, FNO + "_change", EM26 + " vs end of March 2025 (more than twelve months earlier)"),
            L("18,310", 18310, E, P, FNO, "end of March 2025 (twelve months earlier)"),
            L("13,260", 13260, E, P, FNOC, EM26 + " (finished their sentences, living in the community)"),
            L("9,950", 9950, E, P, FNOC, "end of March 2024"),
            L("a third", THIRD, E, PCT, FNOC + "_change", "end of March 2026 vs end of March 2024 (a rise in two years)",
              ctx="a rise of a third in two years"),
            L("6,480", 6480, E, P, FNO + "_in_prison", EM26 + " (remain behind bars)"),
            L("Some 5,870", 5870, AP, P, "returns", YM26 + " (foreign national offenders removed)"),
            L("14 per cent", 14, E, PCT, "returns_change", YM26 + " vs year ending March 2025 (foreign national offenders; the year before)"),
            L("6,400", 6400, E, P, "returns", "2016/17 (April 2016 to March 2017; foreign national offenders deported)"),
            L("47 per cent", 47, E, PCT, "returns_foreign_national_offenders_share_european_countries", YM26 + " (Europeans)"),
            L("1,120", 1120, E, P, "returns", YM26 + " (Albanian foreign national offenders put on planes home)", geo="Albania"),
            L("1,940", 1940, E, P, "returns", YM26 + " (foreign national offenders released early under the Early Removal Scheme)"),
            L("4,820", 4820, E, P, "deportation_appeals_determined", "2025 (calendar year; immigration tribunal)"),
            L("1,590", 1590, E, P, "deportation_appeals_allowed", "2025 (calendar year; immigration tribunal)"),
            L("almost a third", THIRD, ALM, PCT, "deportation_appeals_share_allowed", "2025 (calendar year)"),
            L("62 per cent", 62, E, PCT, "deportation_appeals_allowed_share_article_8", "2025 (appeals that succeeded; family-life arguments)"),
            L("19 months", 19, E, MONTHS, "foreign_national_offenders_time_to_removal_after_sentence",
              "May 2026 (now; typical gap between end of sentence and removal; " + CJF + ")"),
            L("11 months", 11, E, MONTHS, "foreign_national_offenders_time_to_removal_after_sentence", "2022 (" + CJF + ")"),
            R("between £12,000 and £18,000", 12000, 18000, GBP, "enforced_removal_cost_per_person", "May 2026 (each enforced removal; " + CJF + ")"),
            L("12 per cent", 12, E, PCT, "prison_population_share_foreign_nationals", "May 2026 (now)", geo=EW),
            L("some 10,400", 10400, AP, P, "prison_population_foreign_nationals", "May 2026 (now; inmates)", geo=EW),
            L("about £54,000", 54000, AP, GBP, "prison_place_cost_per_year", "per year, 2026 (Ministry of Justice)", geo=EW),
            L("more than 3,000", 3000, MT, P, FNOC + "_change", "July 2024 to March 2026 (since Labour took office; " + SHS + ")"),
            L("nearly three times", 3, ALM, RATIO, FNOC + "_ratio", "2026 vs 2015 (" + SHS + ")"),
            L("more than 10,000", 10000, MT, P, "returns", "5 July 2024 to May 2026 (since 5 July 2024; foreign offenders deported; Home Office spokesman)"),
        ]),
    "02-the-lamplit-refugees-homeless-after-asylum-granted": dict(
        meta=dict(url="https://www.thelamplit.example/news/uk/home-news/refugees-homeless-asylum-granted-move-on-period-b2794415.html",
                  title="Nearly four times as many refugees made homeless after being granted asylum as two years ago",
                  publisher="The Lamplit", author="Nadia Rourke-Bamidele", published_date="2026-04-30"),
        labels=[
            L("Nearly four times", 4, ALM, RATIO, RH + "_ratio", "October to December 2025 vs October to December 2023 (two years ago; headline)", geo=ENG),
            L("£118m", 118e6, E, GBP, "council_refugee_homelessness_cost", "2025 (calendar year; councils; standfirst)", occ=0, geo=ENG),
            L("4,310", 4310, E, HH, RH, Q4 + " (households turning to their council for help)", geo=ENG),
            L("20 per cent", 20, E, PCT, RH + "_change", Q4 + " vs July to September 2025 (the previous quarter)", geo=ENG),
            L("nearly four times", 4, ALM, RATIO, RH + "_ratio", Q4 + " vs October to December 2023 (the same period of 2023)", geo=ENG),
            L("1,120", 1120, E, HH, RH, "October to December 2023 (the same period of 2023)", geo=ENG),
            L("260", 260, E, HH, RH, Q4 + " (separate figures; sought help from councils)", geo=WA),
            L("14,900", 14900, E, HH, RH, "2025 (calendar year; the whole of last year)", geo=ENG),
            L("8,700", 8700, E, HH, RH, "2024 (calendar year)", geo=ENG),
            L("71 per cent", 71, E, PCT, RH + "_change", "2025 vs 2024", geo=ENG),
            L("84 per cent", 84, E, PCT, RH + "_share_single_adults", "2025 (calendar year; of these)", geo=ENG),
            L("2,050", 2050, E, HH, RH + "_families_with_children", "2025 (calendar year)", geo=ENG),
            L("46,800", 46800, E, P, "asylum_grants", "2025 (calendar year; granted protection)"),
            L("about 9,000", 9000, AP, P, "asylum_initial_decisions", "per month, April 2026 (now)"),
            L("1,350", 1350, E, HH, RH, Q4 + " (the capital's boroughs; the final quarter)", geo="London"),
            L("close to a third", THIRD, AP, PCT, RH + "_share_london", Q4 + " (of the England total)", geo="London"),
            L("810", 810, E, P, "rough_sleepers_left_asylum_accommodation", "January to March 2026 (outreach counts)", geo="London"),
            L("one in five", 20, E, PCT, "rough_sleepers_new_share_left_asylum_accommodation",
              "January to March 2026 (of everyone found on the streets for the first time)", geo="London"),
            L("£118m", 118e6, E, GBP, "council_refugee_homelessness_cost", "2025 (calendar year; emergency accommodation; Council Housing Network analysis)", occ=1, geo=ENG),
            L("nearly double", 2, ALM, RATIO, "council_refugee_homelessness_cost_ratio", "2025 vs 2024 (a year earlier; Council Housing Network analysis)", geo=ENG),
            L("£61m", 61e6, E, GBP, "council_refugee_homelessness_cost", "2024 (a year earlier; Council Housing Network analysis)", geo=ENG),
            L("£1.4m", 1.4e6, E, GBP, "council_refugee_homelessness_cost", "per month, April 2026 (bed and breakfast rooms; running at)", geo="Birmingham"),
            L("390", 390, E, HH, "refugee_households_bed_and_breakfast", "end of December 2025 (refugee households with children)", geo=ENG),
            L("640", 640, E, P, "charity_service_users", "2025 (last year; newly recognised refugees; " + OT + ")"),
            L("three-quarters", 75, E, PCT, "charity_service_users_share_homeless", "2025 (nowhere to go on the day their support ended; " + OT + ")"),
            L("Half", 50, E, PCT, "charity_service_users_share_without_documents", "2025 (had not received their documents; " + OT + ")"),
            L("£35m", 35e6, E, GBP, "home_office_refugee_move_on_funding", "2026 (this year; Government spokesperson)", geo=ENG),
        ]),
    "03-daily-abacus-health-care-visas-dependants": dict(
        meta=dict(url="https://www.dailyabacus.example/news/article-15530172/care-visa-relatives-outnumber-workers-labour-crackdown.html",
                  title="Care visa relatives STILL outnumber workers despite Labour crackdown: 29,400 family members came in alongside 18,700 staff last year",
                  publisher="Daily Abacus", author="Graham Tulloch-Asante", published_date="2026-02-27"),
        labels=[
            L("29,400", 29400, E, P, HCD, C25 + " (family members; headline)", occ=0),
            L("18,700", 18700, E, P, HC, C25 + " (main applicants; headline)", occ=0),
            L("64 per cent", -64, E, PCT, HC + "_change", "2025 vs 2024 (main applicants; bullet)", occ=0),
            L("1.6", 1.6, E, RATIO, HCD + "_per_main_applicant_ratio", C25 + " (relatives for every worker; bullet)", occ=0),
            L("More than 39,000", 39000, MT, P, "care_workers_sponsored_by_revoked_providers", C25 + " (needing a new employer; bullet)"),
            L("470", 470, E, PROVIDERS, "sponsor_licences_revoked_care_providers", C25 + " (bullet)", occ=0),
            L("18,700", 18700, E, P, HC, C25 + " (main applicants)", occ=1),
            L("64 per cent", -64, E, PCT, HC + "_change", "2025 vs 2024 (main applicants)", occ=1),
            L("51,900", 51900, E, P, HC, "2024 (calendar year; the year before)"),
            L("145,400", 145400, E, P, HC, "2023 (calendar year; the record)"),
            L("Some 29,400", 29400, AP, P, HCD, C25 + " (partners and children)"),
            L("47 per cent", -47, E, PCT, HCD + "_change", "2025 vs 2024"),
            L("55,500", 55500, E, P, HCD, "2024 (calendar year)"),
            L("1.6", 1.6, E, RATIO, HCD + "_per_main_applicant_ratio", C25 + " (family members for every worker)", occ=1),
            L("310", 310, E, P, "visas_granted_care_worker", "October to December 2025 (the final three months of 2025; care workers and senior care workers)"),
            L("6,200", 6200, E, P, "visas_granted_care_worker", C25 + " (care workers and senior care workers)"),
            L("81 per cent", -81, E, PCT, "visas_granted_care_worker_change", "2025 vs 2024"),
            L("5,900", 5900, E, P, HC + "_nurses", C25),
            L("37 per cent", 37, E, PCT, HC + "_share_india", C25 + " (Indian nationals)"),
            L("more than 620,000", 620000, MT, P, HC + "_including_dependants",
              "February 2022 to December 2025 (since the route was opened to care workers; staff and their families)"),
            L("470", 470, E, PROVIDERS, "sponsor_licences_revoked_care_providers", C25, occ=1),
            L("more than 39,000", 39000, MT, P, "care_workers_sponsored_by_revoked_providers", C25 + " (workers they had brought in)"),
            L("one in five", 20, E, PCT, "care_workers_displaced_share_found_new_sponsor", "February 2026 (Home Office data seen by the Daily Abacus)"),
            V("Tens of thousands", 20000, 90000, P, HCD, "2025-2026 (still pouring in; " + "Shadow Home Secretary)"),
            L("111,000", 111000, E, VAC, "adult_social_care_vacancies", "February 2026 (now; unfilled posts; " + ICPF + ")", geo=ENG),
            L("7.9 per cent", 7.9, E, PCT, "adult_social_care_vacancy_share", "February 2026 (now; " + ICPF + ")", geo=ENG),
            L("almost half", 50, ALM, PCT, "adult_social_care_new_posts_share_overseas_recruits", "2023/24 (April 2023 to March 2024; " + ICPF + ")", geo=ENG),
            L("more than half", -50, MT, PCT, NM + "_change", "2025 vs 2024 (last year; Home Office spokesman)"),
            L("91 per cent", -91, E, PCT, "care_worker_visa_applications_change", "since July 2025 vs before the changes (Home Office spokesman)"),
            L("61.3k", 61300, E, P, HC, "2022 (calendar year)" + GRAPHIC),
            L("145.4k", 145400, E, P, HC, "2023 (calendar year)" + GRAPHIC),
            L("51.9k", 51900, E, P, HC, "2024 (calendar year)" + GRAPHIC),
            L("18.7k", 18700, E, P, HC, "2025 (calendar year)" + GRAPHIC),
        ]),
    "04-the-gloaming-ukrainian-syrian-refugees-scottish-councils": dict(
        meta=dict(url="https://www.thegloaming.example/news/politics/scotland-councils-refugee-funding-ukrainians-syrians-4871203",
                  title="A decade after the first Syrians landed, Scotland's councils warn refugee funding is running dry",
                  publisher="The Gloaming", author="Eilidh Macrae-Osei", published_date="2026-07-14"),
        labels=[
            L("More than 28,000", 28000, MT, P, UA, EMY + " (standfirst)", geo=SC),
            L("3,400", 3400, E, P, SYR, VPRS + " (standfirst)", geo=SC),
            L("£14m", 14e6, E, GBP, "council_resettlement_cost_shortfall", "2026 (this year; standfirst)", geo=SC),
            L("28,350", 28350, E, P, UA, EMY + " (" + SCRN + ")", geo=SC),
            L("3,420", 3420, E, P, SYR, VPRS + " (under the UK's resettlement programme; " + SCRN + ")", occ=0, geo=SC),
            L("about one in eight", 12.5, AP, PCT, "immigration_ukraine_share_scotland", EMY + " (of all who came to the UK on Ukraine visas)", geo=SC),
            L("21,900", 21900, E, P, "immigration_ukraine_supersponsor", EMY + " (Scottish Government super sponsor route)", geo=SC),
            L("7,150", 7150, E, P, UA, "July 2026 (now living in the capital)", geo="Edinburgh"),
            L("4,860", 4860, E, P, UA, "July 2026 (now living)", geo="Glasgow"),
            L("2,310", 2310, E, P, UA, "July 2026 (now living)", geo="Aberdeen"),
            L("doubled", 2, E, RATIO, UA + "_ratio", "July 2026 vs 2023 (since 2023)", geo="Highland"),
            L("1,480", 1480, E, P, UA, "July 2026 (have settled)", geo="Highland"),
            L("About 6,100", 6100, AP, P, "ukrainian_arrivals_left_scotland", EMY + " (have since left Scotland)", geo=SC),
            L("more than one in five", 20, MT, PCT, "ukrainian_arrivals_share_left_scotland", EMY, geo=SC),
            L("290", 290, E, P, "ukrainian_welcome_accommodation_population", "July 2026 (still in welcome accommodation)", geo=SC),
            L("96 per cent", -96, E, PCT, "ukrainian_welcome_accommodation_population_change", "July 2026 vs the peak of autumn 2022", geo=SC),
            L("7,300", 7300, E, P, "ukrainian_welcome_accommodation_population", "autumn 2022 (the peak)", geo=SC),
            L("3,420", 3420, E, P, SYR, VPRS + " (Vulnerable Persons Resettlement Scheme; since then)", occ=1, geo=SC),
            L("about 17 per cent", 17, AP, PCT, SYR + "_share_scotland", VPRS + " (of the UK total)", geo=SC),
            L("20,300", 20300, E, P, SYR, VPRS + " (the UK took in)", geo=UK),
            L("182", 182, E, P, SYR, VPRS + " (welcomed)", geo="Argyll and Bute"),
            L("Three in five", 60, E, PCT, "resettlement_arrivals_share_adults_in_work_or_training",
              "July 2026 (now; Syrian adults resettled before 2018; " + SCRN + ")", geo=SC),
            L("fewer than one in ten", 10, LT, PCT, "resettlement_arrivals_share_adults_in_work_or_training",
              "on arrival, 2015-2017 (Syrian adults resettled before 2018; " + SCRN + ")", geo=SC),
            L("£20,520", 20520, E, GBP, "council_resettlement_grant_per_refugee", "2015-2020 (per Syrian refugee, spread over five years)", geo=SC),
            L("£5,900", 5900, E, GBP, "council_resettlement_grant_per_refugee", "2023 (per Ukrainian arrival; cut to)", geo=SC),
            L("£14.2m", 14.2e6, E, GBP, "council_resettlement_cost_shortfall", "2026 (this year; " + SCRN + " calculation)", geo=SC),
            L("£3.8m", 3.8e6, E, GBP, "council_resettlement_cost_shortfall", "2026 (this year; " + SCRN + " calculation)", geo="Glasgow"),
            L("Around 1,100", 1100, AP, HH, "ukrainian_households_temporary_accommodation", "July 2026 (still; " + SCRN + " chair)", geo=SC),
            L("more than £400m", 400e6, MT, GBP, "scottish_government_ukraine_resettlement_funding", "2022 to July 2026 (since 2022; Scottish Government spokesperson)", geo=SC),
        ]),
    "05-the-drumlin-herald-irish-border-asylum-claims-ireland": dict(
        meta=dict(url="https://www.drumlinherald.example/news/border/eight-in-ten-asylum-seekers-republic-came-across-border-4412987",
                  title="Eight in ten asylum seekers in the Republic 'came across the border from Northern Ireland'",
                  publisher="The Drumlin Herald", author="Ciarán Mulgrew-Addo", published_date="2026-10-08"),
        labels=[
            L("Eight in ten", 80, E, PCT, VIA, JS26 + " (headline; Department of Justice estimate)", geo=IE),
            L("18%", -18, E, PCT, AA + "_change", JS26 + " vs " + JS25 + " (standfirst)", occ=0, geo=IE),
            L("Around eight in every ten", 80, AP, PCT, VIA, JS26 + " (Department of Justice estimates)", geo=IE),
            L("11,240", 11240, E, P, AA, JS26 + " (applied for international protection)", occ=0, geo=IE),
            L("18%", -18, E, PCT, AA + "_change", JS26 + " vs " + JS25 + " (fewer)", occ=1, geo=IE),
            L("13,710", 13710, E, P, AA, JS25, geo=IE),
            L("18,560", 18560, E, P, AA, "2025 (calendar year; last year's total)", geo=IE),
            L("10,320", 10320, E, P, AA, JS26 + " (claims made in person at the International Protection Office)", geo=IE),
            L("84%", 84, E, PCT, VIA, JS26 + " (of claims made in person at the International Protection Office; officials' estimate)", geo=IE),
            R("between 900 and 1,000", 900, 1000, P, AA, "per month, " + JS26 + " (applicants making the journey south from Northern Ireland; implied)", geo=IE),
            L("1,690", 1690, E, P, AA, JS26 + " (Nigerians)", geo=IE),
            L("1,020", 1020, E, P, AA, JS26 + " (Somalis)", geo=IE),
            L("a third", -THIRD, E, PCT, AA + "_change", JS26 + " vs " + JS25 + " (Somalis; down on last year)", ctx="down a third on last year", geo=IE),
            L("870", 870, E, P, AA, JS26 + " (Algerians)", geo=IE),
            L("410", 410, E, P, "international_protection_return_requests_to_uk", "January 2025 to October 2026 (since the start of 2025)", geo=IE),
            L("21", 21, E, P, "international_protection_returns_to_uk", "January 2025 to October 2026 (since the start of 2025; actually returned)", occ=0, geo=IE),
            L("1,640", 1640, E, P, "border_immigration_detections", "January to June 2026 (first half of the year; Garda patrols in border counties)", geo=IE),
            L("31 per cent", 31, E, PCT, "border_immigration_detections_change", "January to June 2026 vs January to June 2025", geo=IE),
            L("1,180", 1180, E, P, "operation_gull_detections", "2025 (calendar year; last year; PSNI)", geo=NI),
            L("3,050", 3050, E, P, "asylum_support_population", "end of June 2026 (supported by the Home Office)", geo=NI),
            L("9%", 9, E, PCT, "asylum_support_population_change", "end of June 2026 vs end of June 2025 (a year earlier)", geo=NI),
            L("33,400", 33400, E, P, "international_protection_accommodation_population", "October 2026 (now; housed by the State)", occ=0, geo=IE),
            L("€1.2bn", 1.2e9, E, EUR, "international_protection_accommodation_cost", "2025 (calendar year; last year)", geo=IE),
            L("3,100", 3100, E, P, "international_protection_applicants_awaiting_accommodation", "October 2026 (now; single men waiting for a bed)", geo=IE),
            L("11,240", 11240, E, P, AA, JS26 + " (applications)" + FACT, occ=1, geo=IE),
            L("c. 8,700", 8700, AP, P, AA, JS26 + " (via Northern Ireland)" + FACT, geo=IE),
            L("21", 21, E, P, "international_protection_returns_to_uk", JS26 + " (returned to UK)" + FACT, occ=1, geo=IE),
            L("33,400", 33400, E, P, "international_protection_accommodation_population", "October 2026 (in State accommodation)" + FACT, occ=1, geo=IE),
            L("208", 208, E, CROSSINGS, "border_crossing_points", "2026 (public road crossings on the border)" + FACT, geo="Irish border"),
        ]),
    "06-the-ingot-migrants-labour-market-employment-rates": dict(
        meta=dict(url="https://www.theingot.example/content/7c41d2e8-uk-migrants-employment-rate-falls-below-uk-born",
                  title="Migrants' jobs advantage disappears as hiring slows",
                  publisher="The Ingot", author="Oliver Drummond-Achterberg", published_date="2026-11-18"),
        labels=[
            L("74.6 per cent", 74.6, E, PCT, "employment_rate_non_uk_born", JS + " (aged 16 to 64)"),
            L("75.1 per cent", 75.1, E, PCT, "employment_rate_uk_born", JS),
            L("76.3 per cent", 76.3, E, PCT, "employment_rate_non_uk_born", "July to September 2025 (a year earlier)"),
            L("82.4 per cent", 82.4, E, PCT, "employment_rate_eu_born", JS),
            L("71.2 per cent", 71.2, E, PCT, "employment_rate_non_eu_born", JS),
            L("61.8 per cent", 61.8, E, PCT, "employment_rate_non_eu_born_women", JS),
            L("some 13 percentage points", 13, AP, PCT, "employment_rate_gap_non_eu_born_women_vs_eu_born_women", JS + " (below women born in the EU)"),
            L("21.8 per cent", 21.8, E, PCT, "inactivity_rate_non_uk_born", JS + " (highest since the Covid-19 pandemic)"),
            L("166,000", 166000, E, P, "employment_born_abroad_revision", JS + " (revised up after reweighting the survey)"),
            L("7.21mn", 7.21e6, E, P, "employment_born_abroad", JS + " (revised estimate)"),
            L("21.9 per cent", 21.9, E, PCT, "employment_share_born_abroad", JS),
            L("68,000", 68000, E, P, "payrolled_employees_non_eu_change", "October 2026 vs October 2025 (HMRC; higher than a year earlier)"),
            L("less than a third", 1 / 3, LT, RATIO, "payrolled_employees_non_eu_change_ratio",
              "year to October 2026 vs year to October 2023 (the increase; HMRC)"),
            L("41,000", -41000, E, P, "payrolled_employees_eu_change", "October 2026 vs October 2025 (HMRC; fell by)"),
            L("5.4 per cent", 5.4, E, PCT, "unemployment_rate", JS),
            L("712,000", 712000, E, VAC, "job_vacancies", "autumn 2026 (latest; lowest since early 2021)"),
            L("204,000", 204000, E, P, NM, "year ending June 2026 (July 2025 to June 2026; ONS, last week)"),
            L("431,000", 431000, E, P, NM, "year ending June 2025 (a year before)"),
            L("about 1.2mn", 1.2e6, AP, P, "study_care_route_arrivals_still_in_uk", "2021 to November 2026 (came on study and care routes since 2021; " + FEN + ")"),
            L("roughly half", 50, AP, PCT, "study_care_route_arrivals_share_in_work", "November 2026 (" + FEN + ")"),
            L("1,350", 1350, E, BUSINESSES, "poll_sample_size", "November 2026 (" + NEF + ")"),
            L("two in five", 40, E, PCT, "employers_share_cut_overseas_hiring", "July 2025 to November 2026 (since the salary threshold rose; " + NEF + ")"),
            L("one in four", 25, E, PCT, "employers_share_left_roles_unfilled", "July 2025 to November 2026 (as a result; " + NEF + ")"),
            L("about 36 per cent", 36, AP, PCT, "employment_share_born_abroad_hospitality", JS),
            L("28 per cent", 28, E, PCT, "employment_share_born_abroad_health_social_care", JS),
        ]),
    "07-daily-kazoo-channel-weekend-crossings-deaths": dict(
        meta=dict(url="https://www.dailykazoo.example/news/uk-news/four-die-channel-girl-seven-36951284",
                  title="Four die in Channel including girl of seven as 1,168 people cross in one weekend",
                  publisher="Daily Kazoo", author="Keeley Armitage-Nwosu", published_date="2026-09-21"),
        labels=[
            L("Four", 4, E, P, "small_boat_deaths", SUN + " (headline)", ctx="Four die in Channel"),
            L("1,168", 1168, E, P, SBA, WKD + " (headline)", occ=0),
            L("Four", 4, E, P, "small_boat_deaths", SUN, ctx="Four people, among them"),
            L("more than 1,100", 1100, MT, P, SBA, WKD),
            L("812", 812, E, P, SBA, SAT),
            L("14", 14, E, BOATS, SBC, SAT, ctx="in 14 boats"),
            L("356", 356, E, P, SBA, SUN),
            L("seven", 7, E, BOATS, SBC, SUN, ctx="in seven boats"),
            L("1,168", 1168, E, P, SBA, WKD + " (in two days)", occ=1),
            L("double", 2, E, RATIO, SBA + "_ratio", SAT + " vs 18 September 2026 (Friday)", ctx="was double the 406"),
            L("406", 406, E, P, SBA, "18 September 2026 (Friday)"),
            L("58", 58, E, PPB, "small_boat_occupancy", SAT + " (average per boat)"),
            L("more than treble", 3, MT, RATIO, SBA + "_ratio", WKD + " vs " + PREV),
            L("342", 342, E, P, SBA, PREV),
            L("33,905", 33905, E, P, SBA, YTD),
            L("9%", 9, E, PCT, SBA + "_change", YTD + " vs the same point of 2025"),
            L("One in eight", 12.5, E, PCT, "small_boat_arrivals_share_children", YTD + " (Home Office data)"),
            L("at least 84", 84, AL, P, "small_boat_deaths", "1 January to 20 September 2026 (since January; IOM Missing Migrants Project)"),
            L("78", 78, E, P, "small_boat_deaths", "2024 (the whole of 2024; the deadliest year until now)"),
            L("23", 23, E, BOATS, "small_boat_launches_prevented", WKD + " (French police)", geo=FR),
            L("517", 517, E, P, "small_boat_launch_attempts_stopped_people", WKD + " (French police; beaches between Dunkirk and Le Touquet)", geo=FR),
            L("nine", 9, E, LAUNCHES, "rnli_lifeboat_launches", WKD + " (Dover and Dungeness lifeboats)", geo="Kent"),
            L("Fewer than 2,000", 2000, LT, P, "resettlement_arrivals", "2025 (last year; Shoreline Watch)"),
            L("4,920", 4920, E, P, "returns", "August 2025 to September 2026 (since last August; 'one in, one out' deal; " + "Shadow Home Secretary)", geo=FR),
            L("more than 50,000", 50000, MT, P, SBA, "August 2025 to September 2026 (since last August; Shadow Home Secretary)"),
            L("more than 58,000", 58000, MT, P, "returns", "5 July 2024 to September 2026 (since the election; " + HOS + ")"),
            L("40%", 40, E, PCT, "smuggling_arrests_change", "2026 vs 2025 (up on last year; " + HOS + ")"),
            L("£715m", 715e6, E, GBP, RSC, "April 2022 to July 2024 (the Rwanda plan; " + HOS + ")"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers flown to Kigali; " + HOS + ")", ctx="four volunteers"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
