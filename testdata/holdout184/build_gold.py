#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-eighty-fourth hand-labelled hold-out set (holdout184).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, EUR, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, NM, HOT)

UK, ENG, NI, IE = "UK", "England", "Northern Ireland", "Ireland"
TWO3 = 200 / 3
CALLS, SIGS = "other:police_callouts", "other:signatures"
INST, JOBS, PROGS = "other:institutions", "other:jobs", "other:programmes"
PEN, FIRMS, XINGS = "other:penalties", "other:firms", "other:crossing_points"
AGENCIES, CPW = "other:agencies", "other:children_per_woman"

# 01 (Thursday 12 February 2026; Home Office documents released under FOI, figures to the end of December 2025)
KET = "Kettering"
D25 = "31 December 2025 (the end of December; Home Office documents released under freedom of information)"
Y25 = "January to December 2025 (the 12 months to December; Home Office documents released under freedom of information)"
KF = " (KEY FACTS box)"
AHC = "asylum_cost_hotels"
AHU = "asylum_hotels_in_use"

# 02 (Friday 22 May 2026; Home Office data published yesterday, Thursday 21 May 2026, for the 12 months to March 2026)
HO2 = "Home Office data published Thursday 21 May 2026"
YM26 = "April 2025 to March 2026 (the 12 months to March, the latest year; " + HO2 + ")"
YM25 = "April 2024 to March 2025 (a year earlier; " + HO2 + ")"
PEAK2 = "July 2022 to June 2023 (the year to June 2023, the peak; " + HO2 + ")"
SDV = "visas_granted_study_dependants"
SV = "visas_granted_study"
OFS = "universities_share_expecting_deficit"
TVU = "Prof Imogen Starling-Obi, vice-chancellor of Trent Vale University"

# 03 (Wednesday 26 August 2026; Harbourlight Children's Trust analysis of Home Office figures and council case files)
HCT = "Harbourlight Children's Trust analysis"
H26 = "January to June 2026 (between January and June, this year; Home Office data)"
SBAC = "small_boat_arrivals_children"
AD = "asylum_age_disputes"
ADC = "asylum_age_disputes_share_found_child"

# 04 (Wednesday 11 November 2026; PA copy; figures obtained by PA under FOI for the 12 months to September 2026)
ESX = "Essex"
YS26 = "October 2025 to September 2026 (the 12 months to September; figures obtained by the PA news agency under freedom of information)"
YS25 = "October 2024 to September 2025 (the previous 12 months; figures obtained by the PA news agency)"
CED = "clandestine_entrants_detected"
CEP = "clandestine_entrant_civil_penalties"

# 05 (Thursday 17 September 2026; Irish Department of Justice figures to the end of August 2026; Home Office figures)
DOJ = "Irish Department of Justice"
A26 = "January to August 2026 (the first eight months of 2026, this year; " + DOJ + ")"
AA = "asylum_applications"

# 06 (Thursday 22 October 2026; ONS labour market figures published Tuesday 20 October 2026)
ONS6 = "ONS Labour Force Survey figures published Tuesday 20 October 2026"
JA26 = "June to August 2026 (the three months to August; " + ONS6 + ")"
YOY6 = "June to August 2026 vs June to August 2025 (over the past year; " + ONS6 + ")"
ENB = "employment_non_uk_born"
ER = "employment_rate_"
INA = "economic_inactivity_rate_"
PAYE = "payrolled_employees_"

# 07 (Thursday 5 November 2026; an essay)
OHN = "Oliver Haskey-Nwachukwu's essay"
S26 = "summer 2026 (sometime this summer, passed; ONS projections)"
M25 = "30 June 2025 (the mid-2025 figure; ONS)"
TFR = "total_fertility_rate"

ARTICLES = {
    "01-daily-fortissimo-kettering-asylum-hotels-cost": dict(
        meta=dict(url="https://www.dailyfortissimo.example/news/uk/1984532/kettering-asylum-hotels-bill-31million-year-migrants-quadruple",
                  title="Kettering asylum hotels bill hits £31MILLION a year as migrant numbers in town nearly quadruple",
                  publisher="Daily Fortissimo", author="Gareth Pennycook-Addo", published_date="2026-02-12"),
        labels=[
            L("£31MILLION", 31000000, E, GBP, AHC, "per year, 2025 (headline)", geo=KET),
            L("nearly quadruple", 4, ALM, RATIO, HOT + "_ratio", "December 2025 vs the start of 2024 (migrant numbers in town; headline)", geo=KET),
            L("Four", 4, E, HOTELS, AHU, "December 2025 (now; standfirst)", ctx="Four hotels in one", geo=KET),
            L("912", 912, E, P, HOT, "December 2025 (now; standfirst)", ctx="now house 912", geo=KET),
            L("more than £31million", 31000000, MT, GBP, AHC, "per year, 2025 (the Fortissimo has learned)", geo=KET),
            L("912", 912, E, P, HOT, D25, ctx="show 912 migrants", geo=KET),
            L("four", 4, E, HOTELS, AHU, D25, ctx="living in four hotels", geo=KET),
            L("nearly four times", 4, ALM, RATIO, HOT + "_ratio", "31 December 2025 vs the start of 2024", geo=KET),
            L("240", 240, E, P, HOT, "January 2024 (the start of 2024)", geo=KET),
            L("one", 1, E, HOTELS, AHU, "January 2024 (the start of 2024, just one hotel block-booked)", ctx="just one hotel had", geo=KET),
            L("£31.3million", 31300000, E, GBP, AHC, Y25 + " paid to the operators", geo=KET),
            L("14%", 14, E, PCT, AHC + "_change", "2025 vs 2024 (up on the year before)", geo=KET),
            L("£27.5million", 27500000, E, GBP, AHC, "January to December 2024 (the year before)", geo=KET),
            L("about £94", 94, AP, GBP, "asylum_hotel_cost_per_person_night", "per night, 2025 (for every resident)", geo=KET),
            L("more than £34,000", 34000, MT, GBP, "asylum_hotel_cost_per_person_year", "per year, 2025 (per asylum seeker)", geo=KET),
            L("One in five", 20, E, PCT, HOT + "_share_stayed_over_a_year", D25 + " checked in over a year ago", geo=KET),
            L("Around 800", 800, AP, P, HOT + "_single_adult_men", D25, geo=KET),
            L("roughly 63,000", 63000, AP, P, "population", "2026 (now; the town)", geo=KET),
            L("about 3%", 3, AP, PCT, HOT + "_share_kettering", "31 December 2025 (Kettering's share of all asylum seekers in hotels across Britain)"),
            L("29,850", 29850, E, P, HOT, "31 December 2025 (the end of December, nationwide; Home Office figures)"),
            L("196", 196, E, HOTELS, AHU, "31 December 2025 (sites nationwide; Home Office figures)"),
            L("327", 327, E, CALLS, "police_callouts_asylum_hotels", "January 2025 to February 2026 (since January last year; Northamptonshire Police)", geo=KET),
            L("912", 912, E, P, HOT, "December 2025" + KF, ctx="Kettering hotels: 912", geo=KET),
            L("4", 4, E, HOTELS, AHU, "December 2025" + KF, ctx="Hotels in use: 4", geo=KET),
            L("£31.3m", 31300000, E, GBP, AHC, "per year, 2025 (annual bill" + KF + ")", geo=KET),
            L("£94", 94, E, GBP, "asylum_hotel_cost_per_person_night", "per night, 2025 (cost per resident" + KF + ")", ctx="per night: £94", geo=KET),
            L("more than 4,300", 4300, MT, SIGS, "petition_signatures_close_asylum_hotels", "to February 2026 (a petition calling for the hotels to be shut)", geo=KET),
            L("less than 0.1%", 0.1, LT, PCT, "population_share_kettering", "2026 (Kettering's share of the UK's people; campaigners)"),
            V("hundreds", 200, 900, HOTELS, AHU, "July 2024 (when this Government took over; a Home Office spokesperson)", ctx="with hundreds of hotels"),
            L("More than 100", 100, MT, HOTELS, "asylum_hotels_closed", "July 2024 to February 2026 (stopped taking asylum seekers since then; a Home Office spokesperson)"),
        ]),
    "02-the-ritornello-student-dependants-university-finances": dict(
        meta=dict(url="https://www.theritornello.example/article/student-dependant-visas-fall-88-from-peak-universities-count-cost-q7hz2kd4m",
                  title="Student dependant visas fall 88% from peak as universities count the cost",
                  publisher="The Ritornello", author="Rosalind Achterberg-Quaye", published_date="2026-05-22"),
        labels=[
            L("88%", -88, E, PCT, SDV + "_change", "year to March 2026 vs year to June 2023 (fall from peak; headline)"),
            L("almost nine tenths", -90, ALM, PCT, SDV + "_change", "year to March 2026 vs year to June 2023 (fallen, in under three years)"),
            L("17,860", 17860, E, P, SDV, YM26),
            L("19 per cent", -19, E, PCT, SDV + "_change", "year to March 2026 vs year to March 2025 (fewer than a year earlier; " + HO2 + ")"),
            L("21,940", 21940, E, P, SDV, YM25),
            L("88 per cent", -88, E, PCT, SDV + "_change", "year to March 2026 vs year to June 2023 (below the high; " + HO2 + ")"),
            L("148,300", 148300, E, P, SDV, PEAK2),
            L("3 per cent", 3, E, PCT, SV + "_change", "year to March 2026 vs year to March 2025 (sponsored study visas to main applicants, rose)"),
            L("402,500", 402500, E, P, SV, YM26 + " sponsored study visas, main applicants"),
            L("390,700", 390700, E, P, SV, YM25 + " sponsored study visas, main applicants"),
            L("about 4 per cent", 4, AP, PCT, SV + "_share_dependants", YM26 + " dependants' share of all study visas"),
            L("23 per cent", 23, E, PCT, SV + "_share_dependants", PEAK2 + " dependants' share of all study visas"),
            L("more than a third", THIRD, MT, PCT, SDV + "_share_nigeria", "2023 (students from Nigeria's share of dependants)"),
            L("a third", -THIRD, E, PCT, "postgraduate_applications_nigeria_change", "2026 vs 2024 (down on two years ago; admissions data seen by The Ritornello)", ctx="down by a third on"),
            L("44 per cent", 44, E, PCT, OFS, "2025/26 (English institutions expecting a deficit; Office for Students)", geo=ENG),
            L("40 per cent", 40, E, PCT, OFS, "2024/25 (twelve months before; Office for Students)", geo=ENG),
            L("£11.8bn", 11800000000, E, GBP, "international_student_tuition_fee_income", "2024/25 (an estimated)"),
            L("roughly a quarter", 25, AP, PCT, "university_income_share_international_fees", "2024/25 (of all university income)"),
            L("£4.3bn", 4300000000, E, GBP, "university_fee_income_lost_dependants_ban", "January 2024 to May 2026 (since the ban took effect; Universities UK estimate)"),
            L("At least 60", 60, AL, INST, "universities_redundancy_programmes", "January 2025 to May 2026 (since the start of 2025)"),
            L("more than 10,000", 10000, MT, JOBS, "university_jobs_cut_or_at_risk", "2025 to May 2026 (University and College Union)"),
            L("6,200", 6200, E, P, "postgraduate_taught_enrolments", "2024 (two years ago; " + TVU + ")"),
            L("about 3,900", 3900, AP, P, "postgraduate_taught_enrolments", "2026 (now, after two years of falls; " + TVU + ")"),
            L("14", 14, E, PROGS, "university_programmes_closed", "2024 to May 2026 (closed; " + TVU + ")"),
            L("180", 180, E, JOBS, "university_posts_consultation", "May 2026 (posts under consultation; " + TVU + ")"),
        ]),
    "03-the-obbligato-child-small-boat-arrivals-age-disputes": dict(
        meta=dict(url="https://www.theobbligato.example/news/uk/home-news/children-small-boats-age-disputes-treated-as-adults-b2718406.html",
                  title="Hundreds of children wrongly treated as adults after crossing Channel, charity finds",
                  publisher="The Obbligato", author="Eleanor Quist-Mbeki", published_date="2026-08-26"),
        labels=[
            V("Hundreds", 200, 900, P, "asylum_age_disputes_found_child", "January to December 2025 (wrongly treated as adults; headline)", ctx="Hundreds of children wrongly"),
            L("More than one in five", 20, MT, PCT, SBA + "_share_children", "January to June 2026 (people arriving in small boats this year; standfirst)"),
            V("Hundreds", 200, 900, P, "asylum_age_disputes_found_child", "January to December 2025 (wrongly treated as adults by Border Force; " + HCT + ")", ctx="Hundreds of children who"),
            L("2,340", 2340, E, P, AD, "January to December 2025 (last year, claims to be under 18 disputed on arrival; " + HCT + ")"),
            L("at least 1,070", 1070, AL, P, "asylum_age_disputes_found_child", "January to December 2025 (later found to be children; " + HCT + ")"),
            L("almost half", 50, ALM, PCT, ADC, "January to December 2025 (" + HCT + ")"),
            L("4,130", 4130, E, P, SBAC, H26),
            L("more than one in five", 20, MT, PCT, SBA + "_share_children", H26, ctx="more than one in five of the"),
            L("19,700", 19700, E, P, SBA, H26 + " people who made the journey"),
            L("2,860", 2860, E, P, SBA + "_unaccompanied_children", H26 + " travelled without a parent or guardian"),
            L("14%", 14, E, PCT, SBA + "_unaccompanied_children_change", "January to June 2026 vs the same period last year (up)"),
            L("1,180", 1180, E, P, AD, "January to August 2026 (since January, Border Force disputed the age; " + HCT + ")"),
            L("about £1.2m", 1200000, AP, GBP, "age_assessment_scientific_methods_pilot_cost", "2025 to 2026 (the pilot announced last year; " + HCT + " estimate)"),
            L("nearly half", 50, ALM, PCT, ADC, "January to December 2025 (Dr Hanna Okwuosa-Reid, Harbourlight Children's Trust)"),
            L("at least 40", 40, AL, P, "age_disputed_children_missing", "to August 2026 (went missing and have not been found; Dr Hanna Okwuosa-Reid, Harbourlight Children's Trust)"),
            L("610", 610, E, P, "unaccompanied_children_in_care", "31 July 2026 (looked after by Kent County Council)", geo="Kent"),
            L("a quarter", 25, E, PCT, "age_assessments_share_found_to_be_children", "2026 (young people assessed after being treated as adults elsewhere; a Kent County Council spokesperson)", geo="Kent"),
        ]),
    "04-tendring-tremolo-pa-lorry-stowaways-harwich-tilbury": dict(
        meta=dict(url="https://www.tendringtremolo.example/news/crime/stowaways-found-in-lorries-at-essex-ports-up-65-as-smugglers-switch-routes-4870215",
                  title="Stowaways found in lorries at Essex ports up 65% as smugglers switch routes",
                  publisher="Tendring Tremolo", author="Thomas Ngata-Blundell", published_date="2026-11-11"),
        labels=[
            L("65%", 65, E, PCT, CED + "_change", "12 months to September 2026 vs the previous 12 months (Essex ports, up; headline)", ctx="ports up 65%", geo=ESX),
            L("almost two-thirds", TWO3, ALM, PCT, CED + "_change", "12 months to September 2026 vs the previous 12 months (risen, in a year)", geo=ESX),
            L("1,486", 1486, E, P, CED, YS26 + " at Harwich and Tilbury", geo=ESX),
            L("65%", 65, E, PCT, CED + "_change", "12 months to September 2026 vs the previous 12 months (up; PA figures)", ctx="up 65% on the", geo=ESX),
            L("902", 902, E, P, CED, YS25, geo=ESX),
            L("875", 875, E, P, CED, YS26 + " including London Gateway", geo="Tilbury"),
            L("611", 611, E, P, CED, YS26, geo="Harwich"),
            L("4,610", 4610, E, P, CED, "October 2025 to September 2026 (the same period, across all UK ports)"),
            L("almost a third", THIRD, ALM, PCT, CED + "_share_essex", "October 2025 to September 2026 (the two Essex ports' share of the national total)"),
            L("318", 318, E, PEN, CEP, YS26 + " issued to hauliers; the Home Office", geo=ESX),
            L("£6.2m", 6200000, E, GBP, CEP + "_value", YS26 + " fines totalling; the Home Office", geo=ESX),
            L("Fewer than half", 50, LT, PCT, CEP + "_share_paid", "to November 2026 (so far paid)", geo=ESX),
            L("Some 190", 190, AP, P, CED + "_under_18", YS26, geo=ESX),
            L("11", 11, E, P, CED + "_single_vehicle", "early November 2026 (last week, inside a refrigerated trailer)", geo="Harwich"),
            L("14", 14, E, P, CED + "_single_vehicle", "March 2026 (a separate case, behind pallets of frozen food)", geo="Tilbury"),
            L("about 140", 140, AP, FIRMS, "essex_freight_operators_group_members", "November 2026 (haulage firms represented; Mark Dunwoody-Asante, Essex Freight Operators' Group)", geo=ESX),
            L("£2,000", 2000, E, GBP, "clandestine_entrant_civil_penalty", "per penalty, 2026 (a fine on a driver, in the example of Mark Dunwoody-Asante, Essex Freight Operators' Group)"),
        ]),
    "05-ostinato-news-ni-irish-border-asylum-movements": dict(
        meta=dict(url="https://www.ostinatonews.example/news/articles/c4r8n2x7vq1o",
                  title="Asylum: Three in four Irish protection claims 'made by people who crossed border'",
                  publisher="Ostinato News", author="Ciarán McAtamney-Oyelaran", published_date="2026-09-17"),
        labels=[
            L("Three in four", 75, E, PCT, AA + "_share_crossed_land_border", "January to August 2026 (Irish protection claims made by people who crossed the border; headline)", geo=IE),
            L("About three in four", 75, AP, PCT, AA + "_share_crossed_land_border", A26 + " believed to have entered across the border from Northern Ireland", geo=IE),
            L("13,870", 13870, E, P, AA, A26, geo=IE),
            L("9%", 9, E, PCT, AA + "_change", "January to August 2026 vs the same period last year (up; " + DOJ + ")", geo=IE),
            L("17,940", 17940, E, P, AA, "January to December 2025 (the whole of 2025; " + DOJ + ")", geo=IE),
            L("nearly four times", 4, ALM, RATIO, AA + "_ratio", "2025 vs 2021 (" + DOJ + ")", geo=IE),
            L("about 76%", 76, AP, PCT, AA + "_share_via_common_travel_area", A26 + " arrived through the Common Travel Area; officials estimate", geo=IE),
            L("Fewer than 600", 600, LT, P, AA + "_dublin_airport", A26 + " claimed asylum on arrival at Dublin Airport", geo=IE),
            L("about 300", 300, AP, XINGS, "irish_land_border_crossing_points", "2026 (the land border)", geo="Irish border"),
            L("1,340", 1340, E, P, "garda_border_checks_people_without_documents", "January to September 2026 (since January, on services from Northern Ireland; Gardaí)", geo=IE),
            L("about 420", 420, AP, P, "refused_leave_to_land", "January to September 2026 (of those found on services from Northern Ireland; Gardaí)", geo=IE),
            L("32,700", 32700, E, P, "asylum_accommodation_population", "September 2026 (housed by the International Protection Accommodation Service)", geo=IE),
            L("more than 2,900", 2900, MT, P, "asylum_applicants_without_accommodation", "31 August 2026 (single men without an offer of a bed at the end of August)", geo=IE),
            L("€1.06bn", 1060000000, E, EUR, "asylum_cost", "January to December 2025 (last year, accommodating protection applicants; the Irish state)", geo=IE),
            L("1,420", 1420, E, P, AA, "July 2025 to June 2026 (the year to June; Home Office)", geo=NI),
            L("1,090", 1090, E, P, AA, "July 2024 to June 2025 (a year before; Home Office)", geo=NI),
            L("2,960", 2960, E, P, "asylum_support_population", "30 June 2026 (the end of June, in Home Office accommodation)", geo=NI),
            L("a third", THIRD, E, PCT, "asylum_support_population_share_belfast_hotels", "30 June 2026 (in Belfast hotels)", geo=NI),
            L("212", 212, E, P, "returns", "January to September 2026 (returned to the UK so far this year under a bilateral arrangement; " + DOJ + " spokesperson)", geo=IE),
        ]),
    "06-the-tessitura-foreign-born-workers-employment-rates": dict(
        meta=dict(url="https://www.thetessitura.example/content/8e41c7a2-5d93-4b1f-a6e0-3c72f9d15b48",
                  title="Foreign-born workers drive UK jobs growth as native employment stalls",
                  publisher="The Tessitura", author="Aisling Varga-Mensah", published_date="2026-10-22"),
        labels=[
            L("more than a fifth", 20, MT, PCT, "employment_share_born_abroad", "June to August 2026 (migrants' share of the workforce; standfirst)", ctx="account for more than a fifth"),
            L("310,000", 310000, E, P, ENB + "_change", YOY6 + " rose"),
            L("7.08mn", 7080000, E, P, ENB, JA26 + " aged 16 and over"),
            L("33.4mn", 33400000, E, P, "employment", JA26 + " total in work"),
            L("more than a fifth", 20, MT, PCT, "employment_share_born_abroad", JA26, ctx="That is more than a fifth"),
            L("about 17 per cent", 17, AP, PCT, "employment_share_born_abroad", "2016 (a decade ago)"),
            L("95,000", -95000, E, P, "employment_uk_born_change", YOY6 + " fell"),
            L("76.1 per cent", 76.1, E, PCT, ER + "non_uk_born", JA26 + " working-age people born abroad"),
            L("74.6 per cent", 74.6, E, PCT, ER + "uk_born", JA26),
            L("82.4 per cent", 82.4, E, PCT, ER + "eu_born", JA26),
            L("72.3 per cent", 72.3, E, PCT, ER + "non_eu_born", JA26),
            L("34.8 per cent", 34.8, E, PCT, INA + "non_eu_born_women", JA26),
            L("nearly double", 2, ALM, RATIO, INA + "non_eu_born_women_ratio", JA26 + " against EU-born women"),
            L("18.3 per cent", 18.3, E, PCT, INA + "eu_born_women", JA26),
            L("about 18 per cent", 18, AP, PCT, "labour_force_survey_response_rate", "2026 (households approached that now take part)"),
            L("roughly 50 per cent", 50, AP, PCT, "labour_force_survey_response_rate", "2016 (a decade ago)"),
            L("4.3mn", 4300000, E, P, PAYE + "non_uk_nationality", "September 2026 (HMRC payroll data)"),
            L("2.1 per cent", 2.1, E, PCT, PAYE + "non_uk_nationality_change", "September 2026 vs September 2025 (up on a year earlier; HMRC payroll data)"),
            L("0.2 per cent", 0.2, E, PCT, PAYE + "uk_nationality_change", "October 2025 to September 2026 (rose over the 12 months to September; HMRC payroll data)"),
            L("38 per cent", -38, E, PCT, "visas_granted_skilled_worker_change", "year to June 2026 vs year to June 2025 (main applicants, fell)"),
            L("more than two-thirds", -TWO3, MT, PCT, "visas_granted_health_care_worker_change", "year to June 2026 vs year to June 2025 (fell)"),
            L("712,000", 712000, E, P, "job_vacancies", "July to September 2026 (the three months to September; an estimated)"),
            L("11 per cent", -11, E, PCT, "job_vacancies_change", "July to September 2026 vs a year earlier (down)"),
            L("almost 1.3mn", 1300000, ALM, P, "job_vacancies", "2022 (the peak)"),
            L("about one in five", 20, AP, PCT, "care_workers_share_born_abroad", "2026 (Social Care Workforce Observatory estimate)", geo=ENG),
            L("1,150", 1150, E, AGENCIES, "homecare_providers_forum_members", "October 2026 (agencies represented; Homecare Providers Forum)"),
            L("41 per cent", 41, E, PCT, "homecare_agencies_share_turned_down_clients", "January to October 2026 (since January, for want of staff; Homecare Providers Forum survey)"),
            L("5.3 per cent", 5.3, E, PCT, "unemployment_rate_forecast", "early 2027 (expected peak; Daniel Strachan-Boateng, Kestrel Bank)"),
            L("5.0 per cent", 5.0, E, PCT, "unemployment_rate", "October 2026 (now; Daniel Strachan-Boateng, Kestrel Bank)"),
        ]),
    "07-the-fermata-uk-population-passes-70-million": dict(
        meta=dict(url="https://thefermata.example/p/britain-at-70-million-the-number-nobody-voted-for",
                  title="Britain at 70 million: the number nobody voted for",
                  publisher="The Fermata", author="Oliver Haskey-Nwachukwu", published_date="2026-11-05"),
        labels=[
            L("70 million", 70000000, E, P, "population", "2026 (Britain at; headline)", ctx="Britain at 70 million"),
            L("passed 70 million", 70000000, MT, P, "population", S26),
            L("69.8 million", 69800000, E, P, "population", M25),
            L("60 million", 60000000, E, P, "population", "2005 (reached)"),
            L("ten million", 10000000, E, P, "population_growth", "2005 to 2026 (the next ten million, in barely two decades; " + OHN + ")"),
            L("1.2m", 1200000, E, P, "population_growth", "mid-2023 to mid-2025 (the two years to mid-2025)"),
            L("21,000", 21000, E, P, "population_natural_change", "mid-2024 to mid-2025 (the year to mid-2025, births minus deaths, just)"),
            L("c. 600,000", 600000, AP, P, NM, "per year, 2022 to 2025 (averaged)"),
            L("more than 900,000", 900000, MT, P, NM, "2022 to 2025 (peaking)"),
            L("About one in six", 100 / 6, AP, PCT, "population_share_born_abroad", "2026 (people now living here born overseas)"),
            L("one in eleven", 100 / 11, E, PCT, "population_share_born_abroad", "2000 (the turn of the century)"),
            L("208,000", 208000, E, "other:homes", "housing_completions", "April 2025 to March 2026 (2025/26)", geo=ENG),
            L("300,000", 300000, E, "other:homes", "housing_target", "per year (a government target)", geo=ENG),
            L("7.23 million", 7230000, E, "other:cases", "nhs_waiting_list", "2026 (now; the NHS waiting list)", geo=ENG),
            L("1.41", 1.41, E, CPW, TFR, "2025 (a record low)"),
            L("fewer than one and a half", 1.5, LT, CPW, TFR, "2026 (Prof Ruth Ellingham-Sowande, demographer)"),
            L("72.9 million", 72900000, E, P, "population_projection", "2036 (the ONS's principal projection)"),
            L("about 340,000", 340000, AP, P, "net_migration_projection_assumption", "per year, long term (assumed to settle at; the ONS's principal projection)"),
            L("204,000", 204000, E, P, NM, "the latest year (year ending December 2025; cited by ministers)"),
            L("Seventy million", 70000000, E, P, "population", "2026 (a milestone we reached)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
