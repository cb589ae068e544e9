#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the ninety-sixth hand-labelled hold-out set (holdout96).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, RATIO, PPB, BOATS, HOTELS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, AC, NM)

UK, ENG, WA, SCO, NI, FR, EU = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France", "EU"
CENTRES, INCIDENTS, REPORTS, HOURS = "other:centres", "other:incidents", "other:reports", "other:hours"
TRUSTS, VAC, AREAS, CALLOUTS, OPS = "other:trusts", "other:vacancies", "other:council_areas", "other:callouts", "other:operations"

# 01 (Monday 2 February 2026; Home Office figures released to The Almoner under freedom of information)
DD = "detention_deaths"
HW, BH = "Harmondsworth", "Brook House"
VHN = "director, Visiting Hour Network"
# 02 (Wednesday 10 June 2026; Home Office visa statistics for the year to March 2026)
HCW = "visas_granted_health_care_worker"
Y02 = "April 2025 to March 2026 (the twelve months ending in March"
COS = "certificates_of_sponsorship_assigned_nhs_trusts"
NJR = "nurses_joining_register_internationally_educated"
ATWF = "Acute Trusts Workforce Forum survey"
TVH = "chief executive, Teme Valley Hospitals NHS Trust"
WOR = "Worcestershire"
# 03 (Thursday 25 June 2026; NISRA mid-2025 population estimates "published on Wednesday", 24 June)
Y03 = "July 2024 to June 2025 (the year to mid-2025; NISRA mid-year estimates"
M25 = "30 June 2025 (mid-2025"
Y03P = "July 2023 to June 2024 (the year before"
# 04 (Friday 20 March 2026; Home Office figures obtained by the Daily Tumbril under freedom of information)
ST = "Staffordshire"
D25 = "31 December 2025 (end of December"
HOTP = "asylum_hotel_population"
GAS = "Reform UK county councillor, cabinet member for communities"
# 05 (Wednesday 17 June 2026; live page)
TUE = "16 June 2026 (on Tuesday"
WED = "17 June 2026 (today"
YTD5 = "1 January to 16 June 2026 (so far this year"
# 06 (Thursday 19 March 2026; HESA figures "published on Tuesday", 17 March)
CDF = "Cardiff"
AY = "2024/25 (academic year"
UCU = "president, Cardiff University UCU branch"
# 07 (Wednesday 18 March 2026; six months after the first return flight of 18 September 2025)
SIX = "18 September 2025 to 17 March 2026 (the six months since the first flight under the agreement"
RSA = "returns_share_of_small_boat_arrivals"

ARTICLES = {
    "01-the-almoner-immigration-detention-deaths": dict(
        meta=dict(url="https://www.thealmoner.example/uk-news/2026/feb/02/immigration-detention-deaths-2025-highest-decade-foi",
                  title="Deaths in immigration detention more than doubled last year to highest toll in a decade",
                  publisher="The Almoner", author="Tamsin Okonjo-Braithwaite", published_date="2026-02-02"),
        labels=[
            L("more than doubled", 2, MT, RATIO, DD + "_ratio", "2025 vs 2024 (last year; headline)"),
            L("Nine", 9, E, P, DD, "2025 (calendar year; in removal centres; standfirst)", occ=0),
            L("more than a third", THIRD, MT, PCT, "detention_population_change", "31 December 2025 vs 31 December 2024 (the number held; standfirst)"),
            L("Nine", 9, E, P, DD, "2025 (last year; Home Office figures obtained by The Almoner)", occ=1),
            L("more than twice", 2, MT, RATIO, DD + "_ratio", "2025 vs 2024"),
            L("four", 4, E, P, DD, "2024 (calendar year)"),
            L("three", 3, E, P, DD, "2025 (calendar year; the largest removal centre)", geo=HW),
            L("two", 2, E, P, DD, "2025 (calendar year)", ctx="and two at Brook House", geo=BH),
            L("Four", 4, E, P, DD + "_self_inflicted", "2025 (being treated as self-inflicted)"),
            L("five", 5, E, P, DD + "_after_release", "2025 (died within 28 days of being released)"),
            L("2,310", 2310, E, P, "detention_population", "31 December 2025"),
            L("38%", 38, E, PCT, "detention_population_change", "31 December 2025 vs 31 December 2024 (a year earlier)"),
            L("two", 2, E, CENTRES, "removal_centres_reopened", "2025 (reopened by ministers to speed up removals)", ctx="reopened two centres"),
            L("about 2,900", 2900, AP, P, "detention_capacity_planned", "end of 2026 (capacity due to reach)"),
            L("28,640", 28640, E, P, "detention_entries", "2025 (calendar year; entered detention)"),
            L("a fifth", 20, E, PCT, "detention_entries_change", "2025 vs 2024 (the previous year)"),
            L("27,950", 27950, E, P, "detention_leavers", "2025 (calendar year; left detention)"),
            L("61%", 61, E, PCT, "detention_leavers_share_returned", "2025 (removed from the UK)"),
            L("212", 212, E, P, "detention_population_held_over_six_months", "31 December 2025 (when the year ended)"),
            L("nearly one in ten", 10, ALM, PCT, "detention_population_share_held_over_six_months", "31 December 2025 (of the total)"),
            L("74", 74, E, P, "detention_population_held_over_six_months", "31 December 2024 (the close of 2024)"),
            L("487", 487, E, INCIDENTS, "detention_self_harm_incidents", "2025 (requiring medical treatment)"),
            L("351", 351, E, INCIDENTS, "detention_self_harm_incidents", "2024 (from)"),
            L("3,410", 3410, E, REPORTS, "detention_rule35_reports", "2025 (filed by doctors in the centres)"),
            L("about one in six", SIXTH, AP, PCT, "detention_rule35_reports_share_led_to_release", "2025 (led to a release)"),
            L("1,940", 1940, E, P, "detention_charity_clients", "2025 (last year; met in detention; " + VHN + ")"),
            L("almost twice", 2, ALM, RATIO, "detention_charity_clients_ratio", "2025 vs 2023 (" + VHN + ")"),
            L("nine", 9, E, P, DD, "2025 (every one of these deaths; " + VHN + ")"),
            L("fewer than 700", 700, LT, P, "detention_population", "2020 (during the COVID-19 pandemic; the lowest point since comparable records began in 2009)"),
            L("£84m", 84e6, E, GBP, "detention_cost", "2024/25 (April 2024 to March 2025; running the detention estate; Home Office annual accounts)"),
            L("about £118", 118, AP, GBP, "detention_cost_per_person_day", "per day, 2024/25 (for each person held)"),
            L("43%", 43, E, PCT, "detention_survey_share_felt_unsafe", "autumn 2025 (men surveyed; prisons inspectorate)", geo=BH),
            L("up to 20 hours", 20, AM, HOURS, "detention_hours_locked_in_rooms", "per day, autumn 2025 (some detainees, because of staff shortages; prisons inspectorate)", geo=BH),
            L("at least 62", 62, AL, P, DD, "2000 to 2025 (since 2000; Liberal Democrats' home affairs spokesperson)"),
            L("more than 35,000", 35000, MT, P, "returns", "2025 (last year; removed; Home Office spokesperson)"),
        ]),
    "02-the-mercantile-health-care-visa-nhs-trusts": dict(
        meta=dict(url="https://www.themercantile.example/content/4b7e21c9-nhs-trusts-overseas-hiring-health-care-visas-slump",
                  title="NHS trusts pull back from overseas hiring as health and care visas slump",
                  publisher="The Mercantile", author="Lucinda Farrow-Adeyinka and Arjun Castellane-Mehta", published_date="2026-06-10"),
        labels=[
            L("58 per cent", -58, E, PCT, HCW + "_change", "year to March 2026 vs year to March 2025 (grants to main applicants; standfirst)", occ=0),
            L("12,650", 12650, E, P, HCW, Y02 + "; main applicants; Home Office figures)"),
            L("58 per cent", -58, E, PCT, HCW + "_change", "year to March 2026 vs year to March 2025 (a fall in a year)", occ=1),
            L("almost nine-tenths", -90, ALM, PCT, HCW + "_change", "year to March 2026 vs the peak, year to September 2023 (below the peak)"),
            L("105,900", 105900, E, P, HCW, "October 2022 to September 2023 (the peak; the year to September 2023)"),
            L("8,940", 8940, E, P, COS, "2025/26 (April 2025 to March 2026)", geo=ENG),
            L("14,310", 14310, E, P, COS, "2024/25 (a year earlier)", geo=ENG),
            L("38 per cent", -38, E, PCT, COS + "_change", "2025/26 vs 2024/25 (a drop)", geo=ENG),
            L("78.4", 78400, E, P, HCW, "April 2022 to March 2023 (year ending March 2023; chart, '000)"),
            L("88.6", 88600, E, P, HCW, "April 2023 to March 2024 (year ending March 2024; chart, '000)"),
            L("30.1", 30100, E, P, HCW, "April 2024 to March 2025 (year ending March 2025; chart, '000)"),
            L("12.7", 12700, E, P, HCW, "April 2025 to March 2026 (year ending March 2026; chart, '000)"),
            L("17,240", 17240, E, P, NJR, Y02 + "; over the same 12 months; Nursing and Midwifery Council register)"),
            L("24,870", 24870, E, P, NJR, "April 2024 to March 2025 (down from)"),
            L("about 36 per cent", 36, AP, PCT, "nurses_joining_register_share_internationally_educated", Y02 + "; of all joiners)"),
            L("almost half", 50, ALM, PCT, "nurses_joining_register_share_internationally_educated", "April 2023 to March 2024 (two years ago)"),
            L("131", 131, E, TRUSTS, "poll_sample_size", "2026 (acute, mental health and community trusts surveyed; " + ATWF + ")", geo=ENG),
            L("71 per cent", 71, E, PCT, "nhs_trusts_share_cut_international_recruitment", "2026/27 (frozen or cut this financial year; " + ATWF + ")", geo=ENG),
            L("one in five", 20, E, PCT, "nhs_trusts_share_withdrew_overseas_job_offers", "2026/27 (withdrawn offers already made; " + ATWF + ")", geo=ENG),
            L("about £11,800", 11800, AP, GBP, "nhs_international_recruitment_cost_per_nurse", "2026 (flights, visa fees, temporary housing and exam support; Acute Trusts Workforce Forum)", geo=ENG),
            L("420", 420, E, P, "trust_international_nurse_recruits", "2023 (three years ago, in one year; " + TVH + ")", geo=WOR),
            L("under 30", 30, LT, P, "trust_international_nurse_recruits", "2026 (this year; " + TVH + ")", geo=WOR),
            L("4 per cent", -4, E, PCT, "trust_pay_bill_change", "2026/27 (has to come down by; " + TVH + ")", geo=WOR),
            L("A third", THIRD, E, PCT, "trust_international_nurse_recruits_share_left", "to June 2026 (nurses recruited from Kerala who have already moved on; " + TVH + ")", geo=WOR),
            L("About 20 per cent", 20, AP, PCT, "nhs_staff_share_non_british", "2026 (report a nationality other than British)", geo=ENG),
            L("1.52mn", 1.52e6, E, P, "nhs_workforce", "2026 (NHS England's employees)", geo=ENG),
            L("61,300", 61300, E, P, "nhs_staff_indian_nationals", "2026 (the largest group after Britons)", geo=ENG),
            L("27,100", 27100, E, VAC, "nhs_nursing_vacancies", "March 2026", geo=ENG),
            L("7.4 per cent", 7.4, E, PCT, "nhs_nursing_vacancy_share", "March 2026 (the vacancy rate)", geo=ENG),
            L("9,600", 9600, E, P, "adult_social_care_international_recruits", "2025/26 (April 2025 to March 2026; Skills for Care estimates)", geo=ENG),
            L("50,000", 50000, E, P, "adult_social_care_international_recruits", "2023/24 (two years earlier; Skills for Care estimates)", geo=ENG),
            L("118,000", 118000, E, VAC, "adult_social_care_vacancies", "2025/26 (climbed to; Skills for Care estimates)", geo=ENG),
            L("32 per cent", 32, E, PCT, "skills_charge_per_sponsored_worker_change", "December 2025 (the immigration skills charge rose)"),
            L("£1,320", 1320, E, GBP, "skills_charge_per_sponsored_worker", "per year, from December 2025 (for each sponsored worker; a policy rate)"),
            L("more than 8,000", 8000, MT, P, "nhs_nurses_change", "June 2025 to June 2026 (over the past year; health department)", geo=ENG),
        ]),
    "03-the-glenariff-gazette-nisra-migration-estimates": dict(
        meta=dict(url="https://www.glenariffgazette.example/news/northern-ireland/ni-population-record-193m-net-migration-falls-nisra-4471852",
                  title="Northern Ireland population reaches record 1.93m - but net migration falls by more than half",
                  publisher="The Glenariff Gazette", author="Ciarán Mulholland-Asante", published_date="2026-06-25"),
        labels=[
            L("1.93m", 1.93e6, E, P, "population", M25 + "; a record; headline)", geo=NI),
            L("more than half", -50, MT, PCT, NM + "_change", "year to mid-2025 vs year to mid-2024 (headline)", occ=0, geo=NI),
            L("4,100", 4100, E, P, NM, Y03 + "; more people moved here than left; standfirst)", occ=0, geo=NI),
            L("9,800", 9800, E, P, NM, Y03P + "; twelve months before; standfirst)", occ=0, geo=NI),
            L("7,300", 7300, E, P, "population_growth", Y03 + "; published on Wednesday 24 June 2026)", geo=NI),
            L("1,932,400", 1932400, E, P, "population", M25 + "; the highest figure on record)", geo=NI),
            L("more than half", 50, MT, PCT, NM + "_share_of_population_growth", Y03 + "; migration supplied more than half of the increase)", occ=1, geo=NI),
            L("Some 27,400", 27400, AP, P, "immigration", Y03 + "; came to live in Northern Ireland)", geo=NI),
            L("23,300", 23300, E, P, "emigration", Y03 + "; left)", geo=NI),
            L("4,100", 4100, E, P, NM, Y03 + ")", occ=1, geo=NI),
            L("58 per cent", -58, E, PCT, NM + "_change", "year to mid-2025 vs year to mid-2024 (lower than the year before)", geo=NI),
            L("9,800", 9800, E, P, NM, Y03P + "; revised)", occ=1, geo=NI),
            L("1,600", 1600, E, P, NM + "_revision", Y03P + "; revised up as fuller health and tax records became available)", geo=NI),
            L("3,200", 3200, E, P, "population_natural_change", Y03 + ")", geo=NI),
            L("20,100", 20100, E, P, "births", Y03 + ")", geo=NI),
            L("16,900", 16900, E, P, "deaths", Y03 + ")", geo=NI),
            L("1,200", -1200, E, P, NM + "_rest_of_uk", Y03 + "; net loss in moves to and from Great Britain)", geo=NI),
            L("5,300", 5300, E, P, NM + "_international", Y03 + "; net gain from everywhere else, including the Republic of Ireland)", geo=NI),
            L("55 per cent", 55, E, PCT, NM + "_international_share_belfast", Y03 + "; Belfast's share of the international gain)", geo=NI),
            L("0.9 per cent", 0.9, E, PCT, "population_change", Y03 + ")", geo="Belfast"),
            L("353,100", 353100, E, P, "population", M25 + ")", geo="Belfast"),
            L("two", 2, E, AREAS, "council_areas_population_decline", Y03 + "; council areas where the number of residents fell)", ctx="one of two council areas", geo=NI),
            L("0.4 per cent", 0.4, E, PCT, "population_change", Y03 + "; growth rate)", geo=NI),
            L("0.7 per cent", 0.7, E, PCT, "population_change", "July 2024 to June 2025 (over the same period)", geo=EW),
            L("0.3 per cent", 0.3, E, PCT, "population_change", "July 2024 to June 2025 (over the same period)", geo=SCO),
            L("348,900", 348900, E, P, "population_aged_65_and_over", M25 + ")", geo=NI),
            L("18.1 per cent", 18.1, E, PCT, "population_share_aged_65_and_over", M25 + ")", geo=NI),
            L("15.8 per cent", 15.8, E, PCT, "population_share_aged_65_and_over", "30 June 2015 (a decade earlier)", geo=NI),
            L("15,930", 15930, E, P, "health_card_registrations_from_outside_uk", "July 2024 to June 2025 (the year ending June 2025; NISRA)", geo=NI),
            L("12 per cent", -12, E, PCT, "health_card_registrations_from_outside_uk_change", "year ending June 2025 vs year ending June 2024 (fewer than the year before)", geo=NI),
            L("about a fifth", 20, AP, PCT, "health_card_registrations_from_outside_uk_share_india", "July 2024 to June 2025 (Indian nationals)", geo=NI),
            R("between 2,600 and 5,600", 2600, 5600, P, NM, Y03 + "; where the true figure probably lay; NISRA head of population statistics)", geo=NI),
            L("about 12,000", 12000, AP, P, "employer_unfilled_posts", "June 2026 (posts members cannot fill; chief executive, Causeway Employers' Forum)", geo=NI),
        ]),
    "04-daily-tumbril-staffordshire-asylum-hotel-bill": dict(
        meta=dict(url="https://www.dailytumbril.example/news/article-14873306/Migrant-hotel-bill-ONE-county-215-000-DAY-Staffordshire.html",
                  title="Migrant hotel bill in just ONE county hits £215,000 a DAY as number of asylum seekers put up in Staffordshire's 11 hotels soars to 1,480 - almost four times as many as in 2022",
                  publisher="Daily Tumbril", author="Fergus Halloran-Bekele", published_date="2026-03-20"),
        labels=[
            L("£215,000", 215000, E, GBP, AC, "per day, end of December 2025 (hotels in the county; headline)", occ=0, geo=ST),
            L("11", 11, E, HOTELS, "asylum_hotels_in_use", D25 + "; headline)", ctx="Staffordshire's 11 hotels", geo=ST),
            L("1,480", 1480, E, P, HOTP, D25 + "; headline)", occ=0, geo=ST),
            L("almost four times", 4, ALM, RATIO, HOTP + "_ratio", "December 2025 vs 2022 (headline)", occ=0, geo=ST),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "2026 (average for each asylum seeker in the county's hotels; bullet)", occ=0, geo=ST),
            L("66 per cent", 66, E, PCT, HOTP + "_change", "31 December 2025 vs 31 December 2024 (in a year; bullet)", occ=0, geo=ST),
            L("almost £215,000", 215000, ALM, GBP, AC, "per day, end of December 2025 (hotel rooms for asylum seekers in the county)", geo=ST),
            L("1,480", 1480, E, P, HOTP, D25 + "; freedom of information responses from the Home Office)", occ=1, geo=ST),
            L("11", 11, E, HOTELS, "asylum_hotels_in_use", D25 + ")", ctx="living in 11 hotels", geo=ST),
            L("66 per cent", 66, E, PCT, HOTP + "_change", "31 December 2025 vs 31 December 2024", occ=1, geo=ST),
            L("890", 890, E, P, HOTP, "31 December 2024 (twelve months earlier)", geo=ST),
            L("almost four times", 4, ALM, RATIO, HOTP + "_ratio", "December 2025 vs 2022", occ=1, geo=ST),
            L("380", 380, E, P, HOTP, "2022", geo=ST),
            L("a third", -THIRD, E, PCT, HOTP + "_change", "2022 to December 2025 (over the same period, across the UK)"),
            L("29,600", 29600, E, P, HOTP, D25 + "; across the UK)"),
            L("about one in 20", 5, AP, PCT, HOTP + "_share_staffordshire", D25 + "; Staffordshire's share of the national total)"),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "2026 (average for a hotel place in the county)", occ=1, geo=ST),
            L("about £24", 24, AP, GBP, "asylum_dispersal_cost_per_person_night", "2026 (a bed in shared housing elsewhere in the system)"),
            L("more than £78million", 78e6, MT, GBP, AC, "per year, 2026 (the Staffordshire hotel bill over a year)", geo=ST),
            L("£71million", 71e6, E, GBP, "council_road_repairs_budget", "2026 (this year; Staffordshire County Council)", geo=ST),
            L("£5.38billion", 5.38e9, E, GBP, AC, "2023/24 (April 2023 to March 2024; a record; Home Office accounts)"),
            L("£4.71billion", 4.71e9, E, GBP, AC, "2024/25 (last year; Home Office accounts)"),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", "March 2026 (within half a mile of each other)", ctx="where two of the hotels", geo="Cannock"),
            R("between £90 and £120", 90, 120, GBP, "asylum_hotel_room_rate_per_night", "per night, 2026 (what hotel owners can earn per room; one industry source)"),
            L("£78million", 78e6, E, GBP, AC, "per year, 2026 (" + GAS + ")", ctx="That's £78million", geo=ST),
            L("2,400", 2400, E, P, "asylum_cost_nurse_salary_equivalent", "per year, 2026 (enough to pay; " + GAS + ")", geo=ST),
            L("590", 590, E, P, HOTP + "_change", "December 2025 vs December 2024 (more people than a year ago; " + GAS + ")", geo=ST),
            L("£640,000", 640e3, E, GBP, "police_cost_asylum_hotel_protests", "summer 2025 to March 2026 (since last summer; Staffordshire Police)", geo=ST),
            L("312", 312, E, CALLOUTS, "police_callouts_asylum_hotels", "2025 (calendar year; Staffordshire Police)", geo=ST),
            L("£8.86", 8.86, E, GBP, "asylum_support_weekly_allowance_catered", "per week, 2026 (each adult living in a hotel)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "2023 (the peak)"),
            L("under 200", 200, LT, HOTELS, "asylum_hotels_in_use", "March 2026 (today)"),
            V("millions", 2e6, 9e6, GBP, AC, "per day, July 2024 (the system this government was left; Home Office spokesman)"),
            V("dozens", 24, 108, HOTELS, "asylum_hotels_closed", "5 July 2024 to March 2026 (since 5 July 2024; Home Office spokesman)"),
        ]),
    "05-updraft-news-small-boats-live": dict(
        meta=dict(url="https://news.updraft.example/live/small-boats-live-channel-crossings-dover-busiest-day-2026-13592240",
                  title="Small boats live: Hundreds more reach Kent a day after 893 crossed on 2026's busiest day yet",
                  publisher="Updraft News", author="Esme Rotherwood-Diallo and Kwame Lindqvist-Hart", published_date="2026-06-17"),
        labels=[
            V("Hundreds", 200, 900, P, SBA, WED + "; more reach Kent; headline)"),
            L("893", 893, E, P, SBA, TUE + "; 2026's busiest day yet; headline)", occ=0),
            L("893", 893, E, P, SBA, TUE + "; the highest daily total this year; key points)", occ=1),
            L("14", 14, E, BOATS, SBC, TUE + "; key points)", ctx="on Tuesday in 14 boats"),
            L("More than 16,000", 16000, MT, P, SBA, YTD5 + "; key points)"),
            L("20%", 20, E, PCT, SBA + "_change", "1 January to 16 June 2026 vs the same span of 2025 (by this date last year; key points)"),
            L("260", 260, E, P, "small_boat_launch_attempts_stopped_people", "16 to 17 June 2026 (overnight; French police; key points)", occ=0, geo=FR),
            L("612", 612, E, P, SBA, WED + "; Home Office, confirmed; recap at 19:05)", occ=0),
            L("11", 11, E, BOATS, SBC, WED + "; recap at 19:05)", ctx="today in 11 boats"),
            L("612", 612, E, P, SBA, WED + "; Home Office; entry at 18:40)", occ=1),
            L("11", 11, E, BOATS, SBC, WED + "; entry at 18:40)", ctx="in 11 small boats"),
            L("1,500", 1500, E, P, SBA, "16 to 17 June 2026 (in two days; Shadow Home Secretary)"),
            L("16,240", 16240, E, P, SBA, "1 January to 16 June 2026 (this year's arrivals up to Tuesday)"),
            L("3,120", 3120, E, P, "small_boat_arrivals_children", "1 January to 16 June 2026 (said they were under 18)"),
            L("84%", 84, E, PCT, "small_boat_arrivals_children_share_unaccompanied", "1 January to 16 June 2026 (84% of these travelling without a parent or guardian)"),
            L("about one in five", 20, AP, PCT, "small_boat_arrivals_share_sudanese", "1 January to 16 June 2026 (the largest single group)"),
            L("59", 59, E, PPB, "small_boat_occupancy", "1 January to 16 June 2026 (the average in 2026)"),
            L("55", 55, E, PPB, "small_boat_occupancy", "2025 (last year)"),
            L("12.9k", 12900, E, P, SBA, "1 January to 16 June 2024 (chart)"),
            L("13.5k", 13500, E, P, SBA, "1 January to 16 June 2025 (chart)"),
            L("16.2k", 16200, E, P, SBA, YTD5 + "; chart)"),
            L("c. 600", 600, AP, P, "unaccompanied_children_in_care", "17 June 2026 (now looking after; Kent County Council)", geo="Kent"),
            L("three", 3, E, OPS, "channel_rescue_operations", "16 to 17 June 2026 (overnight; French maritime authorities)", geo=FR),
            L("74", 74, E, P, "small_boat_rescues", "16 to 17 June 2026 (overnight; brought back to Boulogne-sur-Mer)", geo=FR),
            L("260", 260, E, P, "small_boat_launch_attempts_stopped_people", "16 to 17 June 2026 (overnight, Gravelines and Hardelot; the local prefecture)", occ=1, geo=FR),
            L("893", 893, E, P, SBA, TUE + "; the Home Office's figure; entry at 10:02)", occ=2),
            L("14", 14, E, BOATS, SBC, TUE + "; entry at 10:02)", ctx="is 893 people in 14 boats"),
            L("64", 64, E, PPB, "small_boat_occupancy", TUE + "; an average per boat)"),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", "16 June vs 15 June 2026 (Tuesday vs Monday)"),
            L("230", 230, E, P, SBA, "15 June 2026 (on Monday)"),
            L("741", 741, E, P, SBA, "2 May 2026 (the previous high for 2026)"),
            L("40,870", 40870, E, P, SBA, "2025 (last year; second only to 2022)"),
            L("45,774", 45774, E, P, SBA, "2022 (calendar year)"),
            L("611", 611, E, P, "returns", "September 2025 to June 2026 (sent back since the first flight last September; Home Office spokesperson)", geo=FR),
            L("More than 47,000", 47000, MT, P, "returns", "5 July 2024 to June 2026 (here unlawfully, have left since 5 July 2024; Home Office spokesperson)"),
        ]),
    "06-the-llanishen-leader-cardiff-university-international-students": dict(
        meta=dict(url="https://www.llanishenleader.example/news/cardiff-news/cardiff-university-international-students-fall-chinese-33541278",
                  title="Cardiff University's overseas student numbers fall 14% as Chinese enrolments drop by a third",
                  publisher="The Llanishen Leader", author="Gwenllian Prosser-Ndiaye", published_date="2026-03-19"),
        labels=[
            L("14%", -14, E, PCT, "international_students_change", "2024/25 vs 2023/24 (Cardiff University; headline)", occ=0, geo=CDF),
            L("a third", -THIRD, E, PCT, "international_students_china_change", "2024/25 vs 2023/24 (Chinese enrolments; headline)", occ=0, geo=CDF),
            L("8,140", 8140, E, P, "international_students", AY + "; at Wales' largest university; standfirst)", occ=0, geo=CDF),
            L("up to 320", 320, AM, P, "university_job_cuts", "2026 (jobs under threat; union; standfirst)", occ=0, geo=CDF),
            L("14%", -14, E, PCT, "international_students_change", "2024/25 vs 2023/24 (in twelve months)", occ=1, geo=CDF),
            L("8,140", 8140, E, P, "international_students", AY + "; Higher Education Statistics Agency data published on Tuesday 17 March 2026)", occ=1, geo=CDF),
            L("9,470", 9470, E, P, "international_students", "2023/24 (the year before)", geo=CDF),
            L("2,310", 2310, E, P, "international_students_china", AY + ")", geo=CDF),
            L("a third", -THIRD, E, PCT, "international_students_china_change", "2024/25 vs 2023/24 (down on last year)", occ=1, geo=CDF),
            L("9%", 9, E, PCT, "international_students_india_change", "2024/25 vs 2023/24", geo=CDF),
            L("1,460", 1460, E, P, "international_students_india", AY + ")", geo=CDF),
            L("41%", -41, E, PCT, "international_students_nigeria_change", "2024/25 vs 2023/24 (after the dependants ban from January 2024)", geo=CDF),
            L("24,790", 24790, E, P, "international_students", AY + "; across Wales)", geo=WA),
            L("11%", -11, E, PCT, "international_students_change", "2024/25 vs 2023/24 (across Wales)", geo=WA),
            L("roughly a third", THIRD, AP, PCT, "international_students_share_cardiff_university", AY + "; Cardiff University's share of Wales's international students)", geo=WA),
            L("a quarter", 25, E, PCT, "university_students_share_international", AY + "; overseas students' share of the university's students)", geo=CDF),
            L("32,560", 32560, E, P, "university_students", AY + "; Cardiff University)", geo=CDF),
            L("28%", 28, E, PCT, "university_students_share_international", "2022/23 (two years earlier)", geo=CDF),
            L("£24,950", 24950, E, GBP, "international_student_tuition_fee", "per year, 2025/26 (overseas undergraduate on a classroom-based course)", geo=CDF),
            L("more than two and a half times", 2.5, MT, RATIO, "international_student_tuition_fee_ratio", "2025/26 (overseas vs the cap for students from Wales)", geo=CDF),
            L("£9,535", 9535, E, GBP, "home_student_tuition_fee_cap", "per year, 2025/26 (the cap on fees for students from Wales; a policy rate)", geo=WA),
            L("£198.6m", 198.6e6, E, GBP, "international_student_fee_income", "2024/25 (the university's accounts)", geo=CDF),
            L("29%", 29, E, PCT, "university_income_share_international_fees", "2024/25 (of its total income)", geo=CDF),
            L("£24.6m", 24.6e6, E, GBP, "university_deficit_forecast", "2025/26 (forecast for this year)", geo=CDF),
            L("up to 320", 320, AM, P, "university_job_cuts", "2026 (plans confirmed in January)", occ=1, geo=CDF),
            L("180", 180, E, P, "university_job_cuts", "2025 (lost through voluntary severance last year)", geo=CDF),
            L("8,000", 8000, E, P, "international_students", "2024/25 (" + UCU + ")", geo=CDF),
            L("nearly £200m", 200e6, ALM, GBP, "international_student_fee_income", "per year, 2024/25 (" + UCU + ")", geo=CDF),
            L("one in seven", -100 / 7, E, PCT, "international_students_change", "2024/25 vs 2023/24 (losing one in seven of them; " + UCU + ")", geo=CDF),
            L("6%", 6, E, PCT, "international_student_applications_change", "applications for September 2026 vs the same point last year (pro-vice-chancellor for global engagement)", geo=CDF),
            L("£19m", 19e6, E, GBP, "welsh_government_university_funding", "2025/26 (extra, given to Medr; Welsh Government)", geo=WA),
            L("£925", 925, E, GBP, "international_student_levy", "per year, from 2028 (planned, per overseas student at English universities)", geo=ENG),
            L("£1.2bn", 1.2e9, E, GBP, "international_students_economic_contribution", "2022/23 (a study commissioned by Welsh universities)", geo=WA),
        ]),
    "07-the-buttress-france-returns-deal-six-months": dict(
        meta=dict(url="https://www.thebuttress.example/politics/2026/03/18/one-in-one-out-six-months-412-migrants-returned-france/",
                  title="Six months of 'one in, one out': 412 migrants sent back to France while 19,870 crossed the Channel",
                  publisher="The Buttress", author="Rupert Sandwell-Oyinlola", published_date="2026-03-18"),
        labels=[
            L("412", 412, E, P, "returns", SIX + "; sent back to France; headline)", occ=0, geo=FR),
            L("19,870", 19870, E, P, SBA, SIX + "; crossed the Channel; headline)", occ=0),
            L("one in 48", 100 / 48, E, PCT, RSA, SIX + "; returned under the deal; analysis by The Buttress; standfirst)", occ=0, geo=FR),
            L("412", 412, E, P, "returns", SIX + ")", occ=1, geo=FR),
            L("19,870", 19870, E, P, SBA, SIX + "; reached Britain by dinghy)", occ=1),
            L("roughly one in 48", 100 / 48, AP, PCT, RSA, SIX + "; removed under the scheme)", geo=FR),
            L("up to 50", 50, AM, P, "returns_france_weekly_cap", "per week (the treaty's ceiling)", geo=FR),
            L("about 1,300", 1300, AP, P, "returns_france_possible_at_cap", SIX + "; had the ceiling been reached)", geo=FR),
            L("less than a third", THIRD, LT, PCT, "returns_france_share_of_cap", SIX + "; the actual number against the ceiling)", geo=FR),
            L("367", 367, E, P, "uk_france_legal_route_arrivals", SIX + "; accepted from France in return)"),
            L("4,930", 4930, E, P, "uk_france_legal_route_applications", "to March 2026 (registered on the online platform; figures seen by The Buttress)"),
            L("fewer than one in ten", 10, LT, PCT, "uk_france_legal_route_applications_share_accepted", "to March 2026 (have been accepted)"),
            L("£3.9m", 3.9e6, E, GBP, "returns_cost", SIX + "; the charter flights alone)", geo=FR),
            L("about £9,500", 9500, AP, GBP, "returns_cost_per_person", SIX + "; charter flights, for every person returned)", geo=FR),
            L("163", 163, E, P, "returns_france_legal_challenges", "to March 2026 (challenges lodged on behalf of those selected for removal)", geo=FR),
            L("At least 23", 23, AL, P, "returns_france_redetected_crossing", "to March 2026 (caught trying to reach Britain again; officials)", geo=FR),
            L("nine", 9, E, P, "returns_france_recrossed_successfully", "to March 2026 (have made it back to Britain; officials)", geo=FR),
            L("37 per cent", 37, E, PCT, "returns_share_eritrean", SIX + "; Eritreans, the largest group of those returned)", geo=FR),
            L("40,870", 40870, E, P, SBA, "2025 (last year)"),
            L("4,310", 4310, E, P, SBA, "1 January to 17 March 2026 (so far this year)"),
            L("8 per cent", 8, E, PCT, SBA + "_change", "1 January to 17 March 2026 vs the same point of 2025"),
            L("£476m", 476e6, E, GBP, "uk_funding_to_france", "2023 to 2026 (over three years, agreed in 2023; extra patrols)"),
            L("£715m", 715e6, E, GBP, "rwanda_scheme_cost", "2022 to July 2024 (the scheme, scrapped in July 2024)"),
            L("four", 4, E, P, "rwanda_relocations", "2022 to July 2024 (volunteers sent to Kigali, none by force)"),
            L("about one in five", 20, AP, PCT, "returns_share_of_return_orders", "2025 (people told to leave the EU who are actually removed; Brussels)", geo=EU),
            L("almost 50 years", 50, ALM, YEARS, "returns_france_years_to_match_annual_arrivals", "at the current pace (to send back one year's arrivals; Shadow Home Secretary)"),
            L("one in 48", 100 / 48, E, PCT, RSA, SIX + "; 'one in 48 out'; Shadow Home Secretary)", ctx="It's one in 48 out", geo=FR),
            R("between 150 and 200", 150, 200, P, "returns_france_weekly_needed_for_deterrence", "per week (returns a deterrent effect would need; director, Westgate Borders Unit)", geo=FR),
            L("doubled", 2, E, RATIO, "returns_france_flights_per_week_ratio", "March 2026 vs January 2026 (flights each week since January; Home Office spokesman)", geo=FR),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
