#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the two-hundred-and-eighteenth hand-labelled hold-out set (holdout218).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, NM)

UK, ENG = "UK", "England"
POSTS, HOMES, INST = "other:posts", "other:homes", "other:institutions"

# 01 (Friday 29 November 2024; FT-style analysis; "on Thursday" is 28 November 2024, "a year ago" November 2023,
#     "this financial year" 2024-25, "next year" 2025, "in September" September 2024, "between January and
#     October" January to October 2024)
ONS1 = "the ONS's revised series published on Thursday 28 November 2024)"
YJ23 = "July 2022 to June 2023 (the twelve months ending in June 2023; "
YJ24 = "July 2023 to June 2024 (the year to June 2024; "
OBRA = "obr_net_migration_assumption"
VA = "visa_applications"
HCW = "visa_applications_health_care_worker"
JO24 = "January to October 2024 (the ten months to October; Home Office figures)"

# 02 (Thursday 10 July 2025; BBC-style; "on Wednesday" is 9 July 2025, "in March" March 2025, "last month"
#     June 2025, "in May" May 2025, "this month" July 2025)
M25 = "March 2025 (NHS England's workforce figures"
NHSNB = "nhs_staff_non_british"
ASC = "adult_social_care"
SFC = "April 2024 to March 2025 (2024/25; Skills for Care report published on Wednesday 9 July 2025"
BOX2 = "; Care's reliance on workers from abroad box, Skills for Care)"
ICB = "Ifeoma Castellano-Brightwater, who runs care homes in Norfolk)"

# 03 (Thursday 11 December 2025; Independent-style; "on Thursday" is 11 December 2025, "next week" the week of
#     15 December 2025, "the year to September" October 2024 to September 2025)
MAC = ("2023 to 2024 (in the twelfth month after arriving, people who arrived in 2022 and 2023; the Migration Advisory "
       "Committee's annual report published on Thursday 11 December 2025")
ER = "employment_rate_"
MACE = "2024 (median annual earnings; the Migration Advisory Committee's annual report"
WD = "visas_granted_work_dependants"

# 04 (Tuesday 20 January 2026; north of England paper, LDRS copy; "on Monday" is 19 January 2026, "in December"
#     December 2025, "last June" June 2025, "this year" 2026, "in April" April 2026)
SUN = "Sunderland"
NE = "North East"
CTTE = "January 2026 (a report to Sunderland City Council's health and wellbeing scrutiny committee on Monday 19 January 2026"
VAC = "care_provider_vacancies"
SWS = "social_care_workforce_share_sponsored_visas"
LFO = "Lorelei Fitzsimmons-Okoro, manager of a nursing home in Washington)"
BOX4 = "; Care in Sunderland box, Sunderland City Council health and wellbeing scrutiny committee)"

# 05 (Thursday 19 March 2026; Economist-style leader; "last year" is 2025, "the year to January" February 2025 to
#     January 2026)
MID24 = "mid-2023 to mid-2024 (the year to mid-2024)"
ONSP = "the ONS's projections published last year, 2025)"

# 06 (Thursday 21 May 2026; Telegraph-style; "on Thursday" is 21 May 2026, "this year" 2025-26 (academic year),
#     "last year" 2025, "in September" September 2025, "last summer" summer 2025)
OFS = "2025-26 (forecasting a deficit for 2025-26; the Office for Students on Thursday 21 May 2026"
USD = "universities_share_forecasting_deficit"
ISF = "international_student_fee_income"
VCQ = "Professor Araminta Kingsbury-Nwachukwu, vice-chancellor of a university in the East Midlands)"
EM = "East Midlands"

# 07 (Thursday 12 November 2026; fact check; "on Monday" is 9 November 2026, "on Tuesday" 10 November, "on Sunday"
#     8 November, "this week" 9 to 12 November 2026)
CAND = "claim by a parliamentary candidate in a social media post on Monday 9 November 2026"
LOWP = "fiscal_lifetime_net_cost_low_wage_migrant"
OBRP = "the OBR's illustrative profiles in its 2024 fiscal risks report)"
UCS = "universal_credit_claimants_share_non_uk_nationals"
AUG26 = "August 2026 (Department for Work and Pensions figures)"
BOX7 = "; The numbers box)"

ARTICLES = {
    "01-the-sidereal-net-migration-revision-obr-assumption": dict(
        meta=dict(url="https://www.thesidereal.example/content/5e2b7c41-net-migration-revisions-budget-population-sums",
                  title="Migration revisions leave a hole in the Budget's population sums",
                  publisher="The Sidereal", author="Barnaby Ostrowski-Achebe", published_date="2024-11-29"),
        labels=[
            L("906,000", 906000, E, P, NM, YJ23 + ONS1),
            L("some 166,000", 166000, AP, P, "net_migration_revision", YJ23 + "higher than first published; " + ONS1),
            L("740,000", 740000, E, P, NM, YJ23 + "first published a year ago, November 2023; the ONS)"),
            L("866,000", 866000, E, P, NM, "January to December 2023 (calendar 2023, the estimate now; " + ONS1),
            L("685,000", 685000, E, P, NM, "January to December 2023 (calendar 2023, the estimate before the revision; the ONS)"),
            L("728,000", 728000, E, P, NM, YJ24 + "provisional estimate; " + ONS1),
            L("almost a fifth", -20, ALM, PCT, "net_migration_change", "year to June 2024 vs year to June 2023 (below the peak; the ONS)"),
            L("more than double", 2, MT, RATIO, "net_migration_to_obr_assumption_ratio", "year to June 2024 vs the OBR's assumption for later in the decade"),
            L("About 1.2mn", 1200000, AP, P, "immigration", YJ24 + "moved to the UK over those twelve months; the ONS)"),
            L("479,000", 479000, E, P, "emigration", YJ24 + "left; the ONS)"),
            L("roughly 1,040,000", 1040000, AP, P, "immigration_non_eu", YJ24 + "non-EU nationals among the arrivals; the ONS)"),
            L("86 per cent", 86, E, PCT, "immigration_non_eu_share", YJ24 + "non-EU nationals' share of the arrivals; the ONS)"),
            L("906k", 906000, E, P, NM, "July 2022 to June 2023 (year to June, 2023; chart caption, ONS)"),
            L("728k", 728000, E, P, NM, "July 2023 to June 2024 (year to June, 2024; chart caption, ONS)"),
            L("315,000", 315000, E, P, OBRA, "per year (2028-29, net migration settling by 2028-29; the OBR's forecast for the Budget on 30 October 2024)", occ=0),
            L("£9.9bn", 9900000000, E, GBP, "fiscal_headroom", "October 2024 (room under the chancellor's principal borrowing rule at the Budget on 30 October 2024; the OBR)"),
            L("Roughly three in four", 75, AP, PCT, "immigration_share_aged_16_to_34", YJ24 + "the latest year's arrivals aged between 16 and 34)"),
            L("100,000", 100000, E, P, "net_migration_scenario_above_obr_assumption", "per year (if net migration ran above its assumption; the OBR's rule of thumb in its fiscal risks report, September 2024)"),
            L("about £7bn", -7000000000, AP, GBP, "public_borrowing_effect_higher_net_migration_change", "April 2029 to March 2030 (the final year of the forecast, would trim borrowing; the OBR's rule of thumb in its fiscal risks report, September 2024)"),
            L("£127.5bn", 127500000000, E, GBP, "public_sector_net_borrowing", "April 2024 to March 2025 (this financial year, forecast; the OBR)"),
            L("4.5 per cent", 4.5, E, PCT, "public_sector_net_borrowing_share_gdp", "April 2024 to March 2025 (this financial year, of GDP, forecast; the OBR)"),
            L("something like £7,500", 7500, AP, GBP, "income_tax_nics_per_worker_average_wage", "per year (a worker on an average wage, annually; Perpetua Vandersteen-Okafor, chief UK economist at a City bank)"),
            L("315,000", 315000, E, P, OBRA, "per year (the watchdog's 315,000, already looks low for next year, 2025; Perpetua Vandersteen-Okafor)", occ=1),
            L("about a third", -THIRD, AP, PCT, VA + "_change", "January to October 2024 vs January to October 2023 (work, study and family visas, lower than a year earlier; Home Office figures)"),
            L("85 per cent", -85, E, PCT, VA + "_study_dependants_change", "January to October 2024 vs January to October 2023 (applications from overseas students' dependants, down by; Home Office figures)"),
            L("23,100", 23100, E, P, HCW, JO24),
            L("94,600", 94600, E, P, HCW, "January to October 2023 (the same stretch of 2023; Home Office figures)"),
            L("more than three-quarters", -75, MT, PCT, HCW + "_change", "January to October 2024 vs January to October 2023 (a fall of; Home Office figures)"),
        ]),
    "02-the-nightglow-nhs-social-care-non-uk-nationals": dict(
        meta=dict(url="https://www.thenightglow.example/news/health-71840263",
                  title="One in five NHS staff in England not British, as care recruitment from abroad halves",
                  publisher="The Nightglow", author="Tamsin Oyelowo-Gallagher", published_date="2025-07-10"),
        labels=[
            L("One in five", 20, E, PCT, "nhs_staff_share_non_british", M25 + "; headline)", geo=ENG),
            L("halves", -50, E, PCT, ASC + "_international_recruits_change", "2024/25 vs 2023/24 (care recruitment from abroad; headline)", geo=ENG),
            L("More than a third", THIRD, MT, PCT, "nhs_nurses_share_non_british", M25 + ", nurses and health visitors holding another nationality; image caption)", geo=ENG),
            L("About one in five", 20, AP, PCT, "nhs_staff_share_non_british", M25 + ", people working for the health service holding a non-British nationality)", geo=ENG),
            L("more than halved", -50, MT, PCT, ASC + "_international_recruits_change", "2024/25 vs 2023/24 (the flow of carers recruited from overseas into social care; Skills for Care)", geo=ENG),
            L("307,000", 307000, E, P, NHSNB, M25 + ", not UK nationals)", geo=ENG),
            L("roughly 1.5 million", 1500000, AP, P, "nhs_workforce", M25 + ", staff at trusts and other NHS bodies)", geo=ENG),
            L("11%", 11, E, PCT, NHSNB + "_change", "March 2025 vs March 2024 (up on the same month in 2024; NHS England's workforce figures)", geo=ENG),
            L("64,000", 64000, E, P, "nhs_staff_indian_nationals", M25 + ", the largest group)", geo=ENG),
            L("49,500", 49500, E, P, "nhs_staff_filipino_nationals", M25 + ")", geo=ENG),
            L("27,800", 27800, E, P, "nhs_staff_nigerian_nationals", M25 + ")", geo=ENG),
            L("almost half", 50, ALM, PCT, NHSNB + "_share_indian_filipino_nigerian", M25 + ", of all non-British staff between them)", geo=ENG),
            L("About 71,000", 71000, AP, P, "nhs_staff_eu_nationals", M25 + ", from EU countries)", geo=ENG),
            L("131,000", 131000, E, P, "nhs_nurses_non_british", M25 + ", nurses and health visitors)", geo=ENG),
            L("380,000", 380000, E, P, "nhs_nurses", M25 + ", nurses and health visitors)", geo=ENG),
            L("more than a third", THIRD, MT, PCT, "nhs_nurses_share_non_british", M25 + ", nurses and health visitors)", geo=ENG),
            L("8%", 8, E, PCT, "nhs_staff_share_non_british", "2025 (the non-British share of NHS staff; the devolved governments)", geo="Scotland"),
            L("9%", 9, E, PCT, "nhs_staff_share_non_british", "2025 (the non-British share of NHS staff; the devolved governments)", geo="Wales"),
            L("50,000", 50000, E, P, ASC + "_international_recruits", SFC + ", started care jobs after being recruited directly from abroad)", geo=ENG),
            L("105,000", 105000, E, P, ASC + "_international_recruits", "April 2023 to March 2024 (the year before; Skills for Care)", geo=ENG),
            L("About 1.62m", 1620000, AP, POSTS, ASC + "_filled_posts", SFC + BOX2, geo=ENG),
            L("25%", 25, E, PCT, ASC + "_filled_posts_share_non_british", SFC + BOX2, geo=ENG),
            L("18%", 18, E, PCT, ASC + "_filled_posts_share_non_eu", SFC + ", from outside the EU" + BOX2, geo=ENG),
            L("7%", 7, E, PCT, ASC + "_filled_posts_share_eu", SFC + ", from within the EU" + BOX2, geo=ENG),
            L("122,000", 122000, E, POSTS, ASC + "_vacancies", SFC + BOX2, geo=ENG),
            L("7.0%", 7.0, E, PCT, ASC + "_vacancy_rate", SFC + BOX2, geo=ENG),
            L("152,000", 152000, E, POSTS, ASC + "_vacancies", "April 2021 to March 2022 (a peak in 2021/22; Skills for Care)", geo=ENG),
            L("about 20,000", -20000, AP, P, ASC + "_workforce_british_change", "2024/25 vs 2023/24 (UK nationals in the workforce, dropped over the year; Skills for Care)", geo=ENG),
            L("about 7,000", -7000, AP, P, "immigration_care_workers_route_closure_change", "per year (from 22 July 2025, fewer care workers arriving each year after the closure; Home Office estimates)"),
            L("12", 12, E, "other:care_homes", "care_homes_run_by_provider", "July 2025 (runs 12 care homes; " + ICB, ctx="runs 12 care homes", geo="Norfolk"),
            L("410", 410, E, P, "care_provider_staff", "July 2025 (of my staff; " + ICB, geo="Norfolk"),
            L("about 90", 90, AP, P, "care_provider_staff_arrived_on_care_visa", "July 2025 (came on a care visa; " + ICB, geo="Norfolk"),
            L("23,400", 23400, E, P, "nurses_joining_register_internationally_educated", "April 2024 to March 2025 (the year to March, nurses and midwives educated outside the UK; the Nursing and Midwifery Council last month, June 2025)"),
            L("29,100", 29100, E, P, "nurses_joining_register_internationally_educated", "April 2023 to March 2024 (a year earlier; the Nursing and Midwifery Council)"),
        ]),
    "03-the-declination-mac-employment-rates-visa-routes": dict(
        meta=dict(url="https://www.thedeclination.example/news/uk/politics/migration-advisory-committee-employment-visa-routes-dependants-b2881937.html",
                  title="Migrants on some visa routes far less likely to be in work, government advisers find",
                  publisher="The Declination", author="Leonie Haverfield-Mbatha", published_date="2025-12-11"),
        labels=[
            L("91 per cent", 91, E, PCT, ER + "health_care_worker_visa", MAC + ", Health and Care Worker visa holders in paid work; image caption)", occ=0),
            L("Almost a third", THIRD, ALM, PCT, "skilled_worker_dependants_share_not_in_paid_work", MAC + ", partners of skilled workers not in paid work a year after they arrived)"),
            L("94 per cent", 94, E, PCT, ER + "skilled_worker_main_applicants", MAC + ", on a payroll)"),
            L("91 per cent", 91, E, PCT, ER + "health_care_worker_visa", MAC + ", the Health and Care Worker route)", occ=1),
            L("68 per cent", 68, E, PCT, ER + "skilled_worker_dependants", MAC + ", adult dependants of skilled workers)"),
            L("62 per cent", 62, E, PCT, ER + "care_worker_dependants", MAC + ", dependants of care workers)"),
            L("48 per cent", 48, E, PCT, ER + "student_dependants", MAC + ", adults who came as dependants of international students)"),
            L("71 per cent", 71, E, PCT, ER + "graduate_route", MAC + ", Graduate route holders)"),
            L("about one in six", 100 / 6, AP, PCT, "graduate_route_share_earning_below_15000", MAC + ", Graduate route holders earning less than £15,000 a year)"),
            L("£41,100", 41100, E, GBP, "skilled_worker_median_earnings_main_applicants", "per year (" + MACE + ", Skilled Worker main applicants)"),
            L("about 10 per cent", 10, AP, PCT, "skilled_worker_median_earnings_premium_over_uk_median", MACE + ", above the median for all full-time employees)"),
            L("£37,400", 37400, E, GBP, "earnings_median_full_time", "per year (2024, the median for all full-time employees in the UK; the Migration Advisory Committee's annual report)"),
            L("£24,800", 24800, E, GBP, "care_worker_annual_earnings", "per year (" + MACE + ", care workers on the health route)"),
            L("roughly two-thirds", 200 / 3, AP, PCT, "care_worker_median_earnings_share_of_uk_median", MACE + ", care workers' median as a share of the national figure)"),
            L("£41,000", 41000, E, GBP, "skilled_worker_median_earnings_main_applicants", "per year (a skilled worker earning; the committee's chair in the report's foreword)"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the twelve months to mid-2025, more people came than left; the ONS a fortnight earlier)"),
            L("under a quarter", 25, LT, PCT, "net_migration_share_of_peak", "year to June 2025 vs the peak in the year to March 2023 (the latest figure; the ONS)"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (the peak, dated to the year to March 2023; the ONS)"),
            L("61,200", 61200, E, P, WD, "October 2024 to September 2025 (the year to September, dependants of people on work routes; Home Office figures)"),
            L("178,400", 178400, E, P, WD, "October 2023 to September 2024 (the previous twelve months; Home Office figures)"),
            L("almost two-thirds", -200 / 3, ALM, PCT, WD + "_change", "year to September 2025 vs year to September 2024 (fewer; Home Office figures)"),
            L("32 per cent", 32, E, PCT, "skills_charge_large_employers_change", "from the week of 15 December 2025 (climbs next week; the Immigration Skills Charge for larger firms)"),
            L("£1,320", 1320, E, GBP, "skills_charge_large_employers_per_worker", "per year (from the week of 15 December 2025, for each sponsored worker at larger firms; the Immigration Skills Charge)"),
            V("tens of thousands", 20000, 90000, P, "immigration_dependants_not_working", "per year (coming as dependants and not working every year; the shadow home secretary)"),
            L("over 700,000", -700000, MT, P, "net_migration_change", "year to June 2025 vs the peak in the year to March 2023 (net migration is down from its peak; a Home Office statement)"),
        ]),
    "04-wearside-comet-sunderland-care-homes-visa-closure": dict(
        meta=dict(url="https://www.wearsidecomet.example/news/local-news/sunderland-care-homes-running-goodwill-overseas-recruitment-33190457",
                  title="Sunderland care homes 'running on goodwill' six months after overseas recruitment ended",
                  publisher="Wearside Comet", author="Callum Winterbottom-Asante", published_date="2026-01-20"),
        labels=[
            L("About one in five", 20, AP, PCT, SWS, "January 2026 (care workers on a sponsored visa; image caption)", geo=SUN),
            L("310", 310, E, POSTS, VAC, "December 2025 (unfilled posts at care homes and home care agencies in December; a report to Sunderland City Council's health and wellbeing scrutiny committee on Monday 19 January 2026)", occ=0, geo=SUN),
            L("63%", 63, E, PCT, VAC + "_change", "December 2025 vs June 2025 (up from last June; Sunderland City Council's scrutiny committee)", geo=SUN),
            L("190", 190, E, POSTS, VAC, "June 2025 (last June; Sunderland City Council's scrutiny committee)", geo=SUN),
            L("about 5,900", 5900, AP, P, "social_care_workforce", CTTE + ", care workers employed by providers in the city)", geo=SUN),
            L("1,150", 1150, E, P, "social_care_workers_sponsored_visas", CTTE + ", care workers on sponsored visas)", occ=0, geo=SUN),
            L("about one in five", 20, AP, PCT, SWS, CTTE + ")", geo=SUN),
            L("14%", 14, E, PCT, SWS, "January 2026 (across the North East; Skills for Care figures)", geo=NE),
            L("420", 420, E, P, "sponsored_care_workers_visas_expiring", "2026 (visas that run out before the end of this year; council officers)", geo=SUN),
            L("2,900", 2900, E, P, ASC + "_international_recruits", "April 2023 to March 2024 (2023/24, international recruits starting care jobs across the region)", geo=NE),
            L("1,100", 1100, E, P, ASC + "_international_recruits", "April 2024 to March 2025 (2024/25, international recruits starting care jobs across the region)", geo=NE),
            L("62%", -62, E, PCT, ASC + "_international_recruits_change", "2024/25 vs 2023/24 (a drop of)", geo=NE),
            L("£12.45", 12.45, E, GBP, "care_worker_hourly_pay", "per hour (January 2026, an average, care workers in Sunderland)", geo=SUN),
            L("24p", 0.24, E, GBP, "care_worker_hourly_pay_above_national_living_wage", "per hour (January 2026, more than the legal minimum for over-21s)", geo=SUN),
            L("£12.21", 12.21, E, GBP, "national_living_wage_hourly", "per hour (April 2025 to March 2026, the legal minimum for over-21s)"),
            L("£12.71", 12.71, E, GBP, "national_living_wage_hourly", "per hour (from April 2026, rises to in April)"),
            L("£2.3m", 2300000, E, GBP, "council_agency_staff_cost_social_care", "April 2024 to March 2025 (2024/25, agency care staff; the committee)", geo=SUN),
            L("£1.4m", 1400000, E, GBP, "council_agency_staff_cost_social_care", "April 2023 to March 2024 (the previous year; the committee)", geo=SUN),
            L("60", 60, E, "other:beds", "care_home_beds", "January 2026 (a 60-bed nursing home; " + LFO, ctx="60-bed", geo="Washington"),
            L("11", 11, E, P, "care_home_staff_arrived_on_sponsored_visas", "January 2026 (care staff from India, Zimbabwe and the Philippines on sponsored visas; " + LFO, ctx="where 11 of", geo="Washington"),
            L("74", 74, E, P, "care_home_care_staff", "January 2026 (her care staff; " + LFO, geo="Washington"),
            L("two", 2, E, P, "care_home_local_job_applicants", "before the visa route opened (advertised locally for months; " + LFO, ctx="got two applicants", geo="Washington"),
            L("three", 3, E, P, "care_home_sponsored_staff_left_for_hospital_jobs", "to January 2026 (have already gone to hospital jobs; " + LFO, ctx="and three have already", geo="Washington"),
            R("two or three", 2, 3, P, "care_home_sponsored_staff_further_leavers_scenario", "2026 (if another two or three leave this year; " + LFO, geo="Washington"),
            L("twenty", 20, E, P, "care_home_residents_displaced_if_floor_closed", "2026 (residents who would need a bed somewhere else if a floor shut; " + LFO, ctx="That's twenty", geo="Washington"),
            L("40%", 40, E, PCT, "population_aged_85_and_over_projection_change", "2026 to 2035 (forecast to grow by 2035; Coun Hollis Ravensworth-Adeyemi, cabinet member for healthy city)", geo=SUN),
            L("310", 310, E, POSTS, VAC, "December 2025 (not going to fill 310 vacancies from the jobcentre; Coun Hollis Ravensworth-Adeyemi)", occ=1, geo=SUN),
            L("more than 10,000", 10000, MT, P, "sponsored_care_workers_needing_new_sponsor", "January 2026 (carers from overseas already here and looking for a new sponsor; a Home Office statement)"),
            L("c. 5,900", 5900, AP, P, "social_care_workforce", "January 2026 (care workers" + BOX4, geo=SUN),
            L("1,150", 1150, E, P, "social_care_workers_sponsored_visas", "January 2026 (on sponsored visas" + BOX4, occ=1, geo=SUN),
            L("310", 310, E, POSTS, VAC, "December 2025 (unfilled posts, December 2025" + BOX4, occ=2, geo=SUN),
        ]),
    "05-the-penumbra-leader-population-growth-housing": dict(
        meta=dict(url="https://www.thepenumbra.example/leaders/2026/03/19/more-people-too-few-roofs",
                  title="More people, too few roofs",
                  publisher="The Penumbra", author=None, published_date="2026-03-19"),
        labels=[
            L("755,000", 755000, E, P, "population_growth", MID24),
            L("69.3m", 69300000, E, P, "population", "mid-2024 (grew to)"),
            L("96%", 96, E, PCT, "population_growth_share_international_migration", MID24[:-1] + ", net international migration's share of the rise)"),
            L("2.36", 2.36, E, "other:persons_per_household", "household_size_average", "2024 (people in the average English household)", geo=ENG),
            L("roughly 320,000", 320000, AP, HOMES, "housing_need_from_population_growth", MID24[:-1] + ", extra homes that year's growth implied)"),
            L("208,600", 208600, E, HOMES, "housing_net_additional_dwellings", "April 2024 to March 2025 (2024-25, England added, net)", geo=ENG),
            L("barely 70%", 70, ALM, PCT, "housing_net_additional_dwellings_share_of_target_rate", "2024-25 (of the 300,000 a year implied by the government's pledge)", geo=ENG),
            L("300,000", 300000, E, HOMES, "housing_target_homes", "per year (implied by the government's pledge for this parliament)", geo=ENG),
            L("1.5m", 1500000, E, HOMES, "housing_target_new_homes", "July 2024 to 2029 (the government's pledge to build over this parliament)", geo=ENG),
            L("more than doubled", 2, MT, RATIO, "house_price_to_earnings_growth_ratio", "late 1990s to 2026 (house prices relative to earnings, since the late 1990s)"),
            L("5.5%", 5.5, E, PCT, "private_rents_change", "February 2025 to January 2026 (the year to January, private rents rose by a further)", geo=ENG),
            L("more than 130,000", 130000, MT, "other:households", "temporary_accommodation_households", "March 2026 (households in temporary accommodation)", geo=ENG),
            L("Some 70%", 70, AP, PCT, "recent_migrants_share_private_rented", "2026 (migrants who arrived in the past five years living in privately rented homes)"),
            L("18%", 18, E, PCT, "population_share_private_rented", "2026 (the population as a whole living in privately rented homes)"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "per year (the level some politicians promise)"),
            L("about a fifth", 20, AP, PCT, "net_migration_share_of_peak", "year to June 2025 vs the peak in the year to March 2023 (net migration has already fallen to)"),
            L("340,000", 340000, E, P, "net_migration_projection_assumption", "per year (from 2028, assumed to settle at; " + ONSP),
            L("72.5m", 72500000, E, P, "population_projection", "mid-2032 (would reach by mid-2032; " + ONSP),
            L("4.9m", 4900000, E, P, "population_projection_change", "mid-2022 to mid-2032 (up on a decade earlier; " + ONSP),
            L("nearly half a million", 500000, ALM, P, "population_growth_projection", "per year (mid-2022 to mid-2032, a country adding people each year)"),
            L("about 200,000", 200000, AP, HOMES, "housing_need_from_population_growth", "per year (mid-2022 to mid-2032, homes to plan for the added people alone, before the backlog)"),
            L("about one in six", 100 / 6, AP, PCT, "construction_workforce_share_born_abroad", "2026 (the construction industry's labour force born abroad)"),
            L("nearer half", 50, AP, PCT, "construction_workforce_share_born_abroad", "2026 (the construction industry's labour force born abroad, in London)", geo="London"),
        ]),
    "06-the-gibbous-universities-deficit-international-students": dict(
        meta=dict(url="https://www.thegibbous.example/education/2026/05/21/nearly-half-universities-deficit-overseas-students/",
                  title="Nearly half of universities heading for deficit as overseas students stay away",
                  publisher="The Gibbous", author="Rupert Fanshawe-Okonjo", published_date="2026-05-21"),
        labels=[
            L("Nearly half", 50, ALM, PCT, USD, "2025-26 (universities heading for deficit; headline)", geo=ENG),
            L("almost a quarter", 25, ALM, PCT, "university_income_share_international_fees", "2024-25 (fees from overseas students, of university income; image caption)", occ=0, geo=ENG),
            L("Close to half", 50, ALM, PCT, USD, "2025-26 (heading for a loss this year; the Office for Students)", geo=ENG),
            L("123", 123, E, INST, "universities_forecasting_deficit", OFS + ")", geo=ENG),
            L("269", 269, E, INST, "higher_education_providers_monitored", "May 2026 (institutions the Office for Students monitors)", geo=ENG),
            L("46 per cent", 46, E, PCT, USD, OFS + ")", geo=ENG),
            L("43 per cent", 43, E, PCT, USD, "2024-25 (the previous year's returns; the Office for Students)", geo=ENG),
            L("£11.4 billion", 11400000000, E, GBP, ISF, "2024-25 (fees handed over by overseas undergraduates and postgraduates; the Office for Students)", geo=ENG),
            L("almost a quarter", 25, ALM, PCT, "university_income_share_international_fees", "2024-25 (of all the money the sector took in; the Office for Students)", occ=1, geo=ENG),
            L("£49.6 billion", 49600000000, E, GBP, "university_sector_income", "2024-25 (all the money the sector took in; the Office for Students)", geo=ENG),
            L("about 8 per cent", -8, AP, PCT, ISF + "_change", "2025-26 vs 2024-25 (expected to fall this year; the Office for Students)", geo=ENG),
            L("roughly £10.5 billion", 10500000000, AP, GBP, ISF + "_forecast", "2025-26 (this year, expected; the Office for Students)", geo=ENG),
            L("6 per cent", 6, E, PCT, ISF + "_planned_change", "2025-26 vs 2024-25 (universities' own plans had assumed a rise of)", geo=ENG),
            L("118,300", 118300, E, P, VA + "_study", "January to April 2026 (sponsored study visa applications from main applicants; Home Office data)"),
            L("7 per cent", -7, E, PCT, VA + "_study_change", "January to April 2026 vs January to April 2025 (fewer than in the same four months of 2025; Home Office data)"),
            L("almost eight times", 8, ALM, RATIO, "visas_granted_study_dependants_ratio", "2023 vs 2025 (student dependants' visas in 2023 compared with last year)"),
            L("18,400", 18400, E, P, "visas_granted_study_dependants", "January to December 2025 (last year, issued)"),
            L("£925", 925, E, GBP, "international_student_levy", "per student per year (from 2028, a charge per international student)", geo=ENG),
            L("around £460 million", 460000000, AP, GBP, "international_student_levy_revenue", "per year (from 2028, expected to bring in annually; Treasury officials)", geo=ENG),
            L("£9,535", 9535, E, GBP, "home_student_tuition_fee_cap", "per year (2025-26, the cap on fees for home undergraduates this year)", geo=ENG),
            L("about £2,500", 2500, AP, GBP, "home_student_teaching_loss_per_student", "per student (2025-26, an average, lost on each home undergraduate; universities)", geo=ENG),
            L("up to £24,000", 24000, AM, GBP, "international_student_tuition_fee_masters", "per year (2025-26, a business master's student from Nigeria or India; " + VCQ, geo=EM),
            L("300", 300, E, P, "international_students_no_shows", "September 2025 (fail to turn up in September; " + VCQ, ctx="When 300", geo=EM),
            L("over £7 million", 7000000, MT, GBP, "university_fee_income_loss", "2025-26 (gone when 300 fail to turn up; " + VCQ, geo=EM),
            L("140", 140, E, POSTS, "university_job_cuts", "summer 2025 to May 2026 (cut since last summer; " + VCQ, ctx="cut 140 posts", geo=EM),
            L("nine", 9, E, "other:courses", "university_courses_closed_or_merged", "summer 2025 to May 2026 (closed since last summer; " + VCQ, ctx="closed nine courses", geo=EM),
            L("£1.1 million", 1100000, E, GBP, "international_student_levy_cost_university", "per year (from 2028, on current numbers; " + VCQ, geo=EM),
            L("at least 15,000", 15000, AL, "other:jobs", "university_jobs_cut_or_at_risk", "January 2024 to May 2026 (lost or earmarked for cuts from January 2024 onwards; the University and College Union)"),
            L("about 40", 40, AP, INST, "universities_under_enhanced_monitoring", "May 2026 (institutions under enhanced monitoring; an OfS spokesman)", geo=ENG),
        ]),
    "07-the-star-chart-low-paid-migrant-cost-factcheck": dict(
        meta=dict(url="https://www.thestarchart.example/fact-check/economy/low-paid-migrant-cost-half-a-million/",
                  title="Does every low-paid migrant cost the taxpayer half a million pounds?",
                  publisher="The Star Chart", author="Imogen Faraday-Kwarteng", published_date="2026-11-12"),
        labels=[
            L("half a million pounds", 500000, E, GBP, LOWP, "lifetime (every low-paid migrant; " + CAND + "; headline)", occ=0),
            V("thousands", 2000, 9000, "other:shares", "social_media_post_shares", "9 to 12 November 2026 (shared this week; " + CAND + ")", ctx="shared thousands of times"),
            L("half a million pounds", 500000, E, GBP, LOWP, "lifetime (every migrant on a care worker's wage, over their lifetime; " + CAND + ")", occ=1),
            L("more than 9,000", 9000, MT, "other:shares", "social_media_post_shares", "9 to 12 November 2026 (the post on Monday 9 November 2026 was shared)"),
            L("about £151,000", 151000, AP, GBP, LOWP, "arrival at 25 to state pension age (the lowest-paid profile, by the time the person reaches state pension age; " + OBRP),
            L("about £465,000", 465000, AP, GBP, LOWP, "lifetime (the lowest-paid profile, by the end of their life; " + OBRP),
            L("roughly £245,000", 245000, AP, GBP, "fiscal_net_contribution_migrant_median_pay", "arrival at 25 to state pension age (a migrant on median earnings, net contribution; " + OBRP),
            L("£12.80", 12.80, E, GBP, "care_worker_hourly_pay", "per hour (March 2026, median pay for care workers; Skills for Care)", geo=ENG),
            L("about £24,600", 24600, AP, GBP, "care_worker_annual_earnings", "per year (March 2026, a full-time post; Skills for Care)", geo=ENG),
            L("almost two-thirds", 200 / 3, ALM, PCT, "care_worker_median_earnings_share_of_uk_median", "2026 (of the full-time median for all employees)"),
            L("£39,000", 39000, E, GBP, "earnings_median_full_time", "per year (2026, the full-time median for all employees)"),
            L("about 40%", 40, AP, PCT, "work_visa_holders_2015_share_departed", "2015 to 2020 (people who arrived on work visas in 2015, had left within five years; Home Office data)"),
            L("A third", THIRD, E, PCT, UCS, "November 2026 (claim by a councillor during a debate at a county council meeting on Tuesday 10 November 2026)", ctx="\"A third of people"),
            L("less than half", 0.5, LT, RATIO, UCS + "_ratio", "August 2026 (the true share vs the claimed third; our verdict)"),
            L("1.16 million", 1160000, E, P, "universal_credit_claimants_non_uk_nationals", AUG26),
            L("8.1 million", 8100000, E, P, "universal_credit_claimants", AUG26),
            L("about one in seven", 100 / 7, AP, PCT, UCS, AUG26),
            L("14%", 14, E, PCT, UCS, AUG26),
            L("Some 57%", 57, AP, PCT, "universal_credit_claimants_non_uk_nationals_share_in_work", AUG26[:-1] + ", non-UK nationals on universal credit in employment)"),
            L("38%", 38, E, PCT, "universal_credit_claimants_uk_nationals_share_in_work", AUG26[:-1] + ", UK nationals in employment)"),
            L("£2,300", 2300, E, GBP, "fiscal_contribution_eea_migrants_vs_average_adult", "per year (2016/17, from the MAC's 2018 report; claim by a campaign group for freedom of movement in a video posted on Sunday 8 November 2026)"),
            L("c. £151,000", 151000, AP, GBP, LOWP, "arrival at 25 to state pension age (OBR lowest-paid profile, net cost by state pension age" + BOX7),
            L("1.16m", 1160000, E, P, "universal_credit_claimants_non_uk_nationals", "August 2026 (non-UK nationals on universal credit, August 2026" + BOX7),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
