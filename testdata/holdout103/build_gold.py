#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-third hand-labelled hold-out set (holdout103).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, RATIO, HOTELS, MONTHS, THIRD, SIXTH, E, AP, MT,
                        AL, LT, AM, ALM, AC, HOT, EW)

UK, ENG, WA, SCO, NI, FR, EU = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France", "EU"
DAYS, SITES, NATS, VACS = "other:days", "other:sites", "other:nationalities", "other:vacancies"
REPORTS, INCIDENTS, CLAIMS, ROOMS = "other:reports", "other:incidents", "other:claims", "other:rooms"
HH, VIEWS, SHARES, FAMILIES = "other:households", "other:views", "other:shares", "other:families"

# 01 (Friday 27 February 2026; Home Office statistics "released yesterday", Thursday 26 February 2026, to the end of
# December 2025)
D25 = "31 December 2025 (the last day of December; Home Office statistics released Thursday 26 February 2026"
SINCE = "5 July 2024 to 31 December 2025 (since the election"
HIU, HCL = "asylum_hotels_in_use", "asylum_hotels_closed"
HCPN = "asylum_hotel_cost_per_person_night"
SHS = "shadow home secretary"
HOS = "Home Office spokesman"
# 02 (Tuesday 12 May 2026; report commissioned by the Department for the Economy "published on Monday", 11 May 2026)
DFE = "Department for the Economy report published Monday 11 May 2026"
MPS = "meat_poultry_processing_workforce_share_born_abroad"
MPW = "meat_poultry_processing_workforce"
SWS = "skilled_workers_sponsored_meat_poultry_processing"
UPPG = "chief executive, Ulster Protein Processors' Group"
# 03 (Monday 8 June 2026; Home Office figures "published last month", Thursday 21 May 2026, for the 12 months to March
# 2026; HM Chief Inspector of Prisons' report on Harmondsworth "published on Thursday", 4 June 2026)
Y26 = "April 2025 to March 2026 (the 12 months to March; Home Office figures published Thursday 21 May 2026"
HMIP = "HM Chief Inspector of Prisons, report on Harmondsworth published Thursday 4 June 2026"
HW = "Harmondsworth"
OGC = "Open Gate Clinic"
DAR = "detention_entries_adults_at_risk"
# 04 (Friday 28 August 2026; Home Office data "published on Thursday", 27 August 2026, for the year ending June 2026)
YJ26 = "July 2025 to June 2026 (the year ending June; Home Office data published Thursday 27 August 2026"
VSD = "visas_granted_study_dependants"
VS = "visas_granted_study"
KW = "University of Kettlewick"
VC = "vice-chancellor, University of Kettlewick"
# 05 (Wednesday 14 October 2026; report to the City of Edinburgh Council's housing, homelessness and fair work committee
# "on Tuesday", 13 October 2026)
ED = "Edinburgh"
OCT = "October 2026 (currently; report to the housing, homelessness and fair work committee, Tuesday 13 October 2026"
J26 = "30 June 2026 (committee report"
POL = "August to October 2026 (so far, since early August; Police Scotland"
CONV = "convener, housing, homelessness and fair work committee"
EWN = "Edinburgh Welcome Network"
HPH = "refugees_from_asylum_hotel_presenting_homeless"
# 06 (Tuesday 21 July 2026; a claim made on a TV programme "on Thursday", 16 July 2026)
PSBA = "population_share_born_abroad"
PBA = "population_born_abroad"
CLAIM = "Conservative frontbencher, The Debate Hour, Thursday 16 July 2026"
C21 = "March 2021 (Census 2021"
ADM = "mid-2025 (ONS admin-based estimates by country of birth, published June 2026"
# 07 (Tuesday 17 November 2026; PA copy; extension announced "on Monday", 16 November 2026; Home Office figures to the
# end of September 2026)
NF, NW = "Norfolk", "Norwich"
UPE = "ukraine_permission_extension"
S26 = "March 2022 to 30 September 2026 (by the end of September; Home Office figures"
HFU = "homes_for_ukraine_host_households"
NUFC = "Norwich Ukrainian Friendship Circle"

ARTICLES = {
    "01-daily-hubbub-asylum-hotels-closure-target": dict(
        meta=dict(url="https://www.dailyhubbub.example/news/politics/2160483/asylum-hotels-196-still-open-labour-closure-deadline",
                  title="ASYLUM HOTELS SHAMBLES: 196 still open as Labour's closure deadline creeps closer",
                  publisher="Daily Hubbub", author="Tamsin Hollinrake", published_date="2026-02-27"),
        labels=[
            L("196", 196, E, HOTELS, HIU, "31 December 2025 (still open; headline)", occ=0),
            L("17", 17, E, HOTELS, HCL, SINCE + "; shut since the election; standfirst)", ctx="Only 17 have shut"),
            L("£139", 139, E, GBP, HCPN, "2026 (for every migrant in a room, a night; standfirst)", occ=0),
            L("196", 196, E, HOTELS, HIU, D25 + "; still paying for when 2025 ended)", occ=1),
            L("27,480", 27480, E, P, HOT, D25 + "; living in hotel rooms)"),
            L("14 percent", -14, E, PCT, HOT + "_change", "31 December 2025 vs 31 December 2024 (twelve months before)"),
            L("31,960", 31960, E, P, HOT, "31 December 2024 (twelve months before)"),
            L("more than a quarter", 25, MT, PCT, "asylum_support_share_hotels", D25 + "; of the people the department supports)"),
            L("104,200", 104200, E, P, "asylum_support_population", D25 + "; the people the department supports)"),
            L("17", 17, E, HOTELS, HCL, SINCE + "; since Labour entered Downing Street on 5 July 2024)", ctx="Just 17 hotels"),
            L("213", 213, E, HOTELS, HIU, "5 July 2024 (in use when Labour entered Downing Street)"),
            L("more than 17 years", 17, MT, YEARS, "asylum_hotels_years_to_close_all_at_current_rate", "from January 2026 (at the pace since July 2024, emptying the remaining hotels; the Hubbub's projection)"),
            L("196", 196, E, HOTELS, HIU, "31 December 2025 (the remaining)", occ=2),
            L("more than five", 5, MT, HOTELS, "asylum_hotels_closures_required_per_month", "per month, January 2026 to March 2029 (to meet the target date, every month until the spring of 2029)"),
            L("three", 3, E, HOTELS, HCL, "1 January to 27 February 2026 (so far this year, returned to their owners)", ctx="only three have been"),
            L("more than 56,000", 56000, MT, P, HOT, "September 2023 (at the peak)"),
            L("50", 50, E, HOTELS, HCL, "early 2024 (handed back in one batch by the previous government)"),
            L("£5.38bn", 5.38e9, E, GBP, AC, "2024/25 (a record; spending on asylum support)"),
            L("£1.7bn", 1.7e9, E, GBP, AC, "2024/25 (hotels swallowed, of the asylum support spending)"),
            L("£139", 139, E, GBP, HCPN, "2026 (an average, a night; analysis by the Hubbub)", occ=1),
            L("nearly nine times", 9, ALM, RATIO, HCPN + "_ratio", "2026 (a hotel place against a flat or shared house; analysis by the Hubbub)"),
            L("£16", 16, E, GBP, "dispersal_accommodation_cost_per_person_night", "2026 (to house someone in a flat or shared house, a night)"),
            L("fewer than one in 10", 10, LT, PCT, "asylum_hotels_closed_share", "5 July 2024 to February 2026 (twenty months on, of the hotels; " + SHS + ")"),
            L("almost £4million", 4e6, ALM, GBP, AC, "per day, February 2026 (every single night this drags on, hotels; " + SHS + ")"),
            L("2,740", 2740, E, P, "returns", "September 2025 to February 2026 (sent back under the one-in, one-out arrangement; " + SHS + ")", geo=FR),
            L("up to 40", 40, AM, HOTELS, "asylum_hotels_reopened", "2024 to February 2026 (quietly reopened by contractors since 2024; Reform UK home affairs spokesman)"),
            L("14", 14, E, HOTELS, HIU, "February 2026 (still hosts, more than any other council)", ctx="hosts 14 asylum", geo="Hillingdon"),
            L("11", 11, E, HOTELS, HIU, "February 2026", ctx="Birmingham has 11", geo="Birmingham"),
            L("4,480", -4480, E, P, HOT + "_change", "31 December 2025 vs 31 December 2024 (dropped in a year; " + HOS + ")"),
            L("more than 9,000", 9000, MT, P, "asylum_hotel_moves_out", "summer 2025 to February 2026 (moved on to cheaper housing since the summer; " + HOS + ")"),
            L("two", 2, E, SITES, "large_sites_planned", "by the end of 2026 (former military sites; border security minister, Monday 23 February 2026)", ctx="that two former military"),
            L("up to 2,000", 2000, AM, P, "large_site_population_planned", "by the end of 2026 (men, between the two sites; border security minister, Monday 23 February 2026)"),
        ]),
    "02-lanyon-news-ni-meat-poultry-overseas-workers": dict(
        meta=dict(url="https://www.lanyonnews.example/news/articles/c7e2m4q1x9no",
                  title="Six in 10 meat plant workers in NI recruited from overseas, report finds",
                  publisher="Lanyon News", author="Cormac Leathem", published_date="2026-05-12"),
        labels=[
            L("Six in 10", 60, E, PCT, MPS, "2026 (meat plant workers recruited from overseas; " + DFE + "; headline)", geo=NI),
            L("62%", 62, E, PCT, MPS, "2026 (now; workers from outside the UK and Ireland; " + DFE + ")", geo=NI),
            L("about 13,600", 13600, AP, P, MPW, "2026 (the sector employs; " + DFE + ")", geo=NI),
            L("48%", 48, E, PCT, MPS, "2019", geo=NI),
            L("almost three-quarters", 75, ALM, PCT, "poultry_processing_workforce_share_born_abroad", "2026 (on the processing lines in poultry plants; " + DFE + ")", geo=NI),
            L("roughly 1,900", 1900, AP, P, MPW + "_filipino", "2026 (the largest single group; " + DFE + ")", geo=NI),
            L("about 1,150", 1150, AP, P, MPW + "_brazilian", "2026 (" + DFE + ")", geo=NI),
            L("860", 860, E, P, MPW + "_portuguese", "2026 (" + DFE + ")", geo=NI),
            L("610", 610, E, P, MPW + "_lithuanian", "2026 (" + DFE + ")", geo=NI),
            L("more than 40", 40, MT, NATS, MPW + "_nationalities", "2026 (nationalities recorded; " + DFE + ")", geo=NI),
            L("c. 2,500", 2500, AP, P, "residents_from_timor_leste", "2026 (now live in and around the town; Department for the Economy estimate)", geo="Dungannon"),
            L("1,420", 1420, E, P, SWS, "2025 (on skilled worker visas)", geo=NI),
            L("nearly four times", 4, ALM, RATIO, SWS + "_ratio", "2025 vs 2021 (four years earlier)", geo=NI),
            L("380", 380, E, P, SWS, "2021 (four years earlier)", geo=NI),
            L("Seven in 10", 70, E, PCT, SWS + "_share_philippines_india", "2025 (last year's recruits)", geo=NI),
            L("240", 240, E, P, SWS, "January to March 2026 (the first three months of this year)", geo=NI),
            L("a third", -THIRD, E, PCT, SWS + "_change", "January to March 2026 vs January to March 2025 (down on the same quarter of 2025)", geo=NI),
            L("£41,700", 41700, E, GBP, "skilled_worker_salary_threshold", "2026 (the general salary threshold, since July 2025; a policy rate)", geo=UK),
            L("£27,300", 27300, E, GBP, "butcher_meat_trimmer_typical_annual_pay", "per year, 2026 (a typical butcher or meat trimmer earns)", geo=NI),
            L("c. 1,100", 1100, AP, VACS, "meat_poultry_processing_vacancies", "May 2026 (unfilled vacancies among its members; Ulster Protein Processors' Group)", geo=NI),
            L("£2.4bn", 2.4e9, E, GBP, "meat_poultry_processing_sales", "per year, 2026 (worth in sales; " + UPPG + ")", geo=NI),
            L("roughly one in every 20", 5, AP, PCT, "rural_private_sector_jobs_share_linked_to_meat_poultry_processing", "2026 (" + UPPG + ")", geo=NI),
            L("9%", 9, E, PCT, "meat_poultry_processing_average_hourly_pay_change", "2025 vs 2024 (last year; " + DFE + ")", geo=NI),
            L("£13.40", 13.40, E, GBP, "meat_poultry_processing_average_hourly_pay", "per hour, 2025 (last year; " + DFE + ")", geo=NI),
            L("£12.71", 12.71, E, GBP, "national_living_wage_hourly", "per hour, 2026 (a policy rate)", geo=UK),
            L("27%", 27, E, PCT, "meat_poultry_processing_staff_turnover", "2025 (" + DFE + ")", geo=NI),
            L("2,300", 2300, E, P, "meat_poultry_processing_additional_workers_needed", "by 2030 (processors expect to need another; " + DFE + ")", geo=NI),
            L("640", 640, E, P, "charity_service_users", "2025 (migrant workers helped; Agri-Food Workers' Forum)", geo=NI),
            L("one in five", 20, E, PCT, "charity_service_users_share_housing_advice", "2025 (seeking advice about housing; Agri-Food Workers' Forum)", geo=NI),
        ]),
    "03-the-carrel-mental-illness-immigration-detention": dict(
        meta=dict(url="https://www.thecarrel.example/uk-news/2026/jun/08/mentally-ill-people-held-for-months-immigration-detention",
                  title="'I stopped knowing what day it was': mentally ill people held for months in immigration detention",
                  publisher="The Carrel", author="Priya Ravenscroft", published_date="2026-06-08"),
        labels=[
            L("More than a fifth", 20, MT, PCT, "detention_entries_share_adults_at_risk", "April 2025 to March 2026 (locked up last year, flagged as at risk; standfirst)"),
            V("Hundreds", 200, 900, P, "detention_population_serious_mental_illness", "June 2026 (held for weeks or months while waiting for hospital beds; official data and inspection report)"),
            L("26,310", 26310, E, P, "detention_entries", Y26 + "; taken into detention)"),
            L("18%", 18, E, PCT, "detention_entries_change", "April 2025 to March 2026 vs April 2024 to March 2025 (the previous year)"),
            L("5,870", 5870, E, P, DAR, Y26 + "; assessed as adults at risk)"),
            L("more than a fifth", 20, MT, PCT, "detention_entries_share_adults_at_risk", Y26 + "; of everyone detained)"),
            L("Some 410", 410, AP, P, DAR + "_level_3", Y26 + "; the highest level of risk)"),
            L("3,160", 3160, E, REPORTS, "detention_rule35_reports", Y26 + "; reports by doctors in removal centres)"),
            L("14%", 14, E, PCT, "detention_rule35_reports_share_led_to_release", Y26 + ")"),
            L("23%", 23, E, PCT, "detention_rule35_reports_share_led_to_release", "April 2023 to March 2024 (two years ago)"),
            L("612", 612, E, INCIDENTS, "detention_self_harm_incidents", Y26 + "; needing medical treatment)"),
            L("470", 470, E, INCIDENTS, "detention_self_harm_incidents", "April 2024 to March 2025 (the year before)"),
            L("58", 58, E, P, "detention_population_constant_watch_daily_average", "per day, April 2025 to March 2026 (on an average day, under constant watch)"),
            L("almost half", 50, ALM, PCT, "detention_survey_share_mental_health_problem", "2026 (detainees who answered a survey; " + HMIP + ")", geo=HW),
            L("312", 312, E, P, "detention_survey_respondents", "2026 (detainees who answered a survey; " + HMIP + ")", geo=HW),
            L("one in eight", 12.5, E, PCT, "detention_survey_share_felt_suicidal", "2026 (felt suicidal since arriving; " + HMIP + ")", geo=HW),
            L("37", 37, E, P, "detention_transfers_psychiatric_hospital", "2025 (last year, across the detention estate; " + HMIP + ")"),
            L("49 days", 49, E, DAYS, "detention_transfers_psychiatric_hospital_wait_average", "2025 (an average wait for a bed; " + HMIP + ")"),
            L("780", 780, E, P, "charity_service_users", "2025 (detainees assessed; " + OGC + ")"),
            L("450", 450, E, P, "charity_service_users", "2023 (" + OGC + ")"),
            L("roughly six in 10", 60, AP, PCT, "charity_service_users_share_ptsd", "2026 (meet the threshold for post-traumatic stress disorder; clinical director, " + OGC + ")"),
            L("64%", 64, E, PCT, "detention_leavers_share_released", Y26 + "; released into the UK rather than removed)"),
            L("41 days", 41, E, DAYS, "detention_length_average_adults_at_risk", Y26 + "; those deemed at risk)"),
            L("27 days", 27, E, DAYS, "detention_length_average", Y26 + "; detainees as a whole)"),
            L("Three", 3, E, P, "detention_deaths", "2025", ctx="Three people died"),
            L("£9.6m", 9.6e6, E, GBP, "unlawful_detention_compensation", "2024/25 (paid to settle claims)"),
            L("380", 380, E, CLAIMS, "unlawful_detention_claims_settled", "2024/25"),
            L("more than 200", 200, MT, P, "immigration_detentions_rwanda", "2024 (detained ahead of flights that never left, during the Rwanda plan)"),
        ]),
    "04-the-greywether-international-students-dependants-university-finances": dict(
        meta=dict(url="https://www.thegreywether.example/education/2026/08/28/overseas-students-dependants-collapse-universities-black-hole/",
                  title="Collapse in overseas students' families leaves universities facing £1bn black hole",
                  publisher="The Greywether", author="Harriet Quennell", published_date="2026-08-28"),
        labels=[
            L("£1bn", 1e9, E, GBP, "university_fee_income_shortfall", "per year, by 2029 (the black hole universities face; headline)", geo=ENG),
            L("87 per cent", -87, E, PCT, VSD + "_change", "year ending June 2026 vs year ending June 2023 (from their peak; standfirst)"),
            L("18,600", 18600, E, P, VSD, YJ26 + ")"),
            L("143,500", 143500, E, P, VSD, "July 2022 to June 2023 (the peak, three years earlier)"),
            L("nearly eight times", 8, ALM, RATIO, VSD + "_ratio", "year to June 2023 vs the latest 12 months"),
            L("fewer than one in 20", 5, LT, PCT, "visas_granted_study_share_dependants", YJ26 + "; of all study visas)"),
            L("some 381,200", 381200, AP, P, VS, YJ26 + "; sponsored study visas, main applicants)"),
            L("6 per cent", -6, E, PCT, VS + "_change", "year ending June 2026 vs year ending June 2025"),
            L("405,600", 405600, E, P, VS, "July 2024 to June 2025 (the previous year)"),
            L("98,300", 98300, E, P, VS + "_china", YJ26 + "; the largest group)"),
            L("89,700", 89700, E, P, VS + "_india", YJ26 + ")"),
            L("almost half", -50, ALM, PCT, VS + "_nigeria_change", "year ending June 2026 vs year ending June 2024 (in two years)"),
            L("148,000", 148000, E, P, "visas_granted_graduate", YJ26 + ")"),
            L("45 per cent", 45, E, PCT, "universities_share_expecting_deficit", "2025/26 (English universities expect to run a deficit; Office for Students)", geo=ENG),
            L("£11.2bn", 11.2e9, E, GBP, "international_student_fee_income", "2024/25 (last year)", geo=ENG),
            L("almost a quarter", 25, ALM, PCT, "university_income_share_international_fees", "2024/25 (of the sector's total income)", geo=ENG),
            L("£48.9bn", 48.9e9, E, GBP, "university_sector_income", "2024/25 (the sector's total income)", geo=ENG),
            L("£24,100", 24100, E, GBP, "international_student_tuition_fee_average", "per year, 2026 (an overseas undergraduate pays on average)"),
            L("two and a half times", 2.5, E, RATIO, "international_student_tuition_fee_ratio", "2026 (what a home student is charged)"),
            L("684,000", 684000, E, P, "international_students", "2024/25 (at UK universities; Higher Education Statistics Agency)"),
            L("£925", 925, E, GBP, "international_student_levy", "per year, from 2028 (for every international student; a policy rate)", geo=ENG),
            L("about £460m", 460e6, AP, GBP, "international_student_levy_revenue", "per year, from 2028 (the Treasury expects it to raise)", geo=ENG),
            L("410", 410, E, P, "university_job_cuts", "2024 to August 2026 (posts already lost; " + VC + ")", geo=KW),
            L("38 per cent", 38, E, PCT, "university_students_share_international", "2026 (of our intake; " + VC + ")", geo=KW),
            R("between £800m and £1.2bn", 800e6, 1.2e9, GBP, "university_fee_income_shortfall", "per year, by 2029 (the levy and falling recruitment leave English universities worse off; " + VC + ")", geo=ENG),
            L("upwards of 10,000", 10000, MT, P, "university_job_cuts", "January 2024 to August 2026 (since the start of 2024, in higher education; University and College Union)"),
            L("more than four in 10", 40, MT, PCT, "visas_granted_study_share_with_dependants", "year ending June 2023 (at the peak, on some master's courses; Thornbury Forum)"),
            L("more than half", -50, MT, PCT, "net_migration_change", "2023 to 2026 (fallen since 2023; Home Office spokesman)"),
        ]),
    "05-the-cramond-courier-edinburgh-asylum-hotel": dict(
        meta=dict(url="https://www.cramondcourier.example/news/edinburgh-news/maybury-gate-asylum-hotel-stay-open-2027-5523018",
                  title="Edinburgh asylum hotel to stay open until 2027 despite months of protests",
                  publisher="The Cramond Courier", author="Eilidh Rintoul", published_date="2026-10-14"),
        labels=[
            L("186", 186, E, P, HOT, OCT + "; the Maybury Gate Hotel houses; standfirst)", occ=0, geo=ED),
            L("above £380,000", 380000, MT, GBP, "police_cost_asylum_hotel_protests", POL + "; policing costs for weekly demonstrations; standfirst)", geo=ED),
            L("186", 186, E, P, HOT, OCT + "; currently accommodates)", occ=1, geo=ED),
            L("212", 212, E, ROOMS, "asylum_hotel_rooms", OCT + "; the building has)", geo=ED),
            L("two", 2, E, HOTELS, "asylum_hotels_closed", "2025 (last year, the capital's other asylum hotels)", ctx="after two others closed", geo=ED),
            L("More than half", 50, MT, PCT, "asylum_hotel_population_share_sudan_eritrea", OCT + "; residents from Sudan or Eritrea)", geo=ED),
            L("seven months", 7, E, MONTHS, "asylum_hotel_stay_average", OCT + "; the average stay, now)", geo=ED),
            L("four", 4, E, MONTHS, "asylum_hotel_stay_average", "2024", ctx="up from four in 2024", geo=ED),
            L("1,040", 1040, E, P, "asylum_support_population", J26 + "; receiving asylum support across Edinburgh)", geo=ED),
            L("5,460", 5460, E, P, "asylum_support_population", J26 + "; Scotland as a whole)", geo=SCO),
            L("fewer than one in five", 20, LT, PCT, "asylum_support_population_share_edinburgh", J26 + "; the city's share of Scotland)", geo=SCO),
            L("71%", 71, E, PCT, "asylum_support_population_share_glasgow", J26 + "; Glasgow's share of Scotland)", geo=SCO),
            L("about 5%", 5, AP, PCT, "asylum_support_population_share_scotland", "30 June 2026 (Scotland's share of those supported across the UK)", geo=UK),
            L("up to 1,250", 1250, AM, P, "asylum_dispersal_target", "by the end of 2027 (expected to accommodate, under a deal agreed with the Home Office)", geo=ED),
            L("£386,000", 386000, E, GBP, "police_cost_asylum_hotel_protests", POL + "; policing the demonstrations)", geo=ED),
            L("23", 23, E, P, "protest_arrests", POL + ")", geo=ED),
            L("doubled", 2, E, RATIO, "police_officers_deployed_asylum_hotel_protests_ratio", "some weekends, August to October 2026 (officer numbers; Police Scotland)", geo=ED),
            L("7,412", 7412, E, P, "petition_signatures", "October 2026 (petition calling for the hotel to close)", geo=ED),
            L("around 5,190", 5190, AP, HH, "temporary_accommodation_households", "October 2026 (tonight; " + CONV + ")", geo=ED),
            L("12%", 12, E, PCT, "temporary_accommodation_households_change", "October 2026 vs October 2025 (in a year; " + CONV + ")", geo=ED),
            L("94", 94, E, P, HPH, "2025/26 (refugees granted status at the hotel who presented as homeless; the council)", geo=ED),
            L("nearly double", 2, ALM, RATIO, HPH + "_ratio", "2025/26 vs 2024/25 (the council)", geo=ED),
            L("£118", 118, E, GBP, "asylum_hotel_cost_per_person_night", "2026 (average paid to the operator per resident per night; committee report)", geo=ED),
            L("roughly £8m", 8e6, AP, GBP, AC, "per year, 2026 (the hotel at current occupancy; committee report)", geo=ED),
            L("more than 300", 300, MT, P, "charity_service_users", "June 2023 to October 2026 (men from the hotel given English lessons; " + EWN + ")", geo=ED),
            L("roughly one in three", THIRD, AP, PCT, "charity_service_users_share_relative_in_camp_chad", "October 2026 (had a relative still in a camp in Chad; " + EWN + ")", geo=ED),
            L("28,900", 28900, E, P, HOT, "30 June 2026 (across the UK, when June ended)"),
            L("183", 183, E, HOTELS, "asylum_hotels_in_use", "30 June 2026 (across the UK)"),
        ]),
    "06-countercheck-one-in-six-born-abroad": dict(
        meta=dict(url="https://www.countercheck.example/fact-check/immigration/one-in-six-uk-residents-born-overseas/",
                  title="Fact check: was one in six UK residents born overseas?",
                  publisher="Countercheck", author="Oona Penhaligon", published_date="2026-07-21"),
        labels=[
            L("one in six", SIXTH, E, PCT, PSBA, "2026 (the claim checked; headline)", occ=0),
            L("One in six", SIXTH, E, PCT, PSBA, "2026 (today; the claim, 'What was claimed' box; " + CLAIM + ")"),
            L("16.6%", 16.6, E, PCT, PSBA, ADM + "; 'Our verdict' box)", occ=0),
            L("16.8%", 16.8, E, PCT, PSBA, C21 + "; 'Our verdict' box)", occ=0, geo=EW),
            L("one in six", SIXTH, E, PCT, PSBA, "2026 (living in this country, born somewhere else; " + CLAIM + ")", occ=1),
            L("more than 1.2m", 1.2e6, MT, VIEWS, "social_media_post_views", "16 to 21 July 2026 (a clip of the exchange)"),
            L("14.3k", 14300, E, SHARES, "social_media_post_shares", "16 to 21 July 2026 (shared)"),
            L("10.0 million", 10e6, E, P, PBA, C21 + "; residents born outside the UK)", geo=EW),
            L("16.8%", 16.8, E, PCT, PSBA, C21 + ")", occ=1, geo=EW),
            L("8.9%", 8.9, E, PCT, PSBA, "April 2001 (Census 2001)", geo=EW),
            L("nearly doubled", 2, ALM, RATIO, PSBA + "_ratio", "2021 vs 2001 (in 20 years)", geo=EW),
            L("10%", 10, E, PCT, PSBA, "March 2022 (Scotland's census, held a year later)", geo=SCO),
            L("6.5%", 6.5, E, PCT, PSBA, C21 + "; born outside both the UK and Ireland; NISRA)", geo=NI),
            L("6.9%", 6.9, E, PCT, PSBA, C21 + ")", geo=WA),
            L("40.6%", 40.6, E, PCT, PSBA, C21 + ")", geo="London"),
            L("56.2%", 56.2, E, PCT, PSBA, C21 + "; the highest anywhere in England and Wales)", geo="Brent"),
            L("920,000", 920000, E, P, PBA + "_india", C21 + ")", geo=EW),
            L("743,000", 743000, E, P, PBA + "_poland", C21 + ")", geo=EW),
            L("624,000", 624000, E, P, PBA + "_pakistan", C21 + ")", geo=EW),
            L("539,000", 539000, E, P, PBA + "_romania", C21 + ")", geo=EW),
            L("11.6 million", 11.6e6, E, P, PBA, ADM + ")"),
            L("16.6%", 16.6, E, PCT, PSBA, ADM + ")", occ=1),
            L("69.9 million", 69.9e6, E, P, "population", ADM + ")"),
            L("one in six", SIXTH, E, PCT, PSBA, "(the claim's figure, as the benchmark the estimate is very close to)", occ=2),
            L("16.7%", SIXTH, E, PCT, PSBA, "(one in six as a percentage; the claim's figure)"),
            L("166,000", 166000, E, P, PBA + "_revision", "mid-2024 (revised up in June 2026; ONS)"),
            L("11.3 million", 11.3e6, E, P, PBA, "mid-2024 (revised; ONS)"),
            L("68,000", 68000, E, P, "population_born_other_eu_revision", "mid-2024 (higher than first published; ONS)"),
            L("just over half", 50, MT, PCT, PBA + "_share_british_passport", C21 + "; held a British passport)", geo=EW),
            L("about 14%", 14, AP, PCT, PSBA, "2025 (born outside the country where they now live; Eurostat)", geo=EU),
            L("about 21%", 21, AP, PCT, "employment_share_born_abroad", "2026 (people in employment; Labour Force Survey)"),
        ]),
    "07-the-wensum-evening-press-ukraine-permission-extension": dict(
        meta=dict(url="https://www.wensumeveningpress.example/news/national/25611840.ukrainians-norfolk-given-two-years-permission-scheme-extended/",
                  title="Ukrainians in Norfolk given two more years as Government extends permission scheme",
                  publisher="The Wensum Evening Press", author="Lydia Fothergill", published_date="2026-11-17"),
        labels=[
            L("Some 312,400", 312400, AP, P, "visas_granted_ukraine_schemes", S26 + "; issued under the Ukraine schemes)"),
            L("226,900", 226900, E, P, "immigration_ukraine", S26 + "; had arrived in the UK)"),
            L("162,700", 162700, E, P, "immigration_ukraine_homes_for_ukraine", S26 + "; of those arrivals, through Homes for Ukraine)"),
            L("61%", 61, E, PCT, "immigration_ukraine_share_women_of_adults", S26 + "; of adult arrivals)"),
            L("roughly three in 10", 30, AP, PCT, "immigration_ukraine_share_children", S26 + "; arrivals who are children)"),
            L("About 9,000", 9000, AP, P, "emigration_ukraine_scheme_arrivals", "March 2022 to November 2026 (thought to have left the UK again)"),
            L("158,300", 158300, E, P, UPE + "_applications", "4 February 2025 to November 2026 (since the extension scheme opened; Home Office)"),
            L("Some 148,900", 148900, AP, P, UPE + "_decisions", "4 February 2025 to November 2026 (decided so far)"),
            L("95%", 95, E, PCT, UPE + "_applications_share_granted", "4 February 2025 to November 2026 (of the decisions so far, granted)"),
            L("23 days", 23, E, DAYS, UPE + "_decision_time_average", "4 February 2025 to November 2026 (taking an average of)"),
            L("About 7,400", 7400, AP, P, UPE + "_refusals", "4 February 2025 to November 2026 (refused)"),
            L("20%", 20, E, PCT, UPE + "_applications_change", "July to September 2026 vs April to June 2026 (the three months to September against the previous quarter)"),
            L("more than 40,000", 40000, MT, P, UPE + "_applications_forecast", "2027 (further applications officials expect)"),
            L("3,120", 3120, E, P, "immigration_ukraine_homes_for_ukraine", "March 2022 to November 2026 (came to Norfolk under the Homes for Ukraine scheme)", geo=NF),
            L("about 1,400", 1400, AP, P, "ukrainians_resident", "November 2026 (still living in the county; Norfolk County Council estimate)", geo=NF),
            L("480", 480, E, HH, HFU, "November 2026 (households hosting, has fallen to)", geo=NF),
            L("roughly a quarter", 0.25, AP, RATIO, HFU + "_ratio", "November 2026 vs the peak, summer 2022", geo=NF),
            L("1,950", 1950, E, HH, HFU, "summer 2022 (the peak)", geo=NF),
            L("£350", 350, E, GBP, "homes_for_ukraine_thank_you_payment", "per month, 2026 (hosts receive; a policy rate)"),
            L("£10,500", 10500, E, GBP, "homes_for_ukraine_council_tariff_per_guest", "March 2022 to March 2023 (for each guest who arrived in the first year; a policy rate)"),
            L("£21.6m", 21.6e6, E, GBP, "homes_for_ukraine_council_funding_spent", "March 2022 to 31 March 2026 (by the end of March)", geo=NF),
            L("820", 820, E, P, "school_pupils_ukrainian", "November 2026 (Ukrainian pupils in Norfolk schools; the council)", geo=NF),
            L("about 60%", 60, AP, PCT, "employment_rate_ukrainian_working_age", "2026 (working-age Ukrainians in work; Office for National Statistics survey)"),
            L("around one in five", 20, AP, PCT, "ukrainians_in_work_share_using_qualifications", "2026 (say they use their qualifications; Office for National Statistics survey)"),
            L("260", 260, E, FAMILIES, "charity_service_users_families_housing", "January to November 2026 (this year, families helped with housing problems; " + NUFC + ")", geo=NW),
            L("nearly a third", THIRD, ALM, PCT, "private_rents_change", "2022 to 2026 (rents had risen since 2022; " + NUFC + ")", geo=NW),
            L("38,700", 38700, E, HH, HFU, "30 September 2026 (still hosting across the UK at the end of September)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
