#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the two-hundred-and-thirteenth hand-labelled hold-out set (holdout213).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, EUR, RATIO, THIRD, SIXTH,
                        E, AP, MT, AL, LT, AM, ALM, SBA, NM)

UK, ENG, WAL, SCO, NI, IE = "UK", "England", "Wales", "Scotland", "Northern Ireland", "Ireland"
VHC, VCW, VSW = "visas_granted_health_care_worker", "visas_granted_care_worker", "visas_granted_skilled_worker"
VST, VSD, VGR = "visas_granted_study", "visas_granted_study_dependants", "visas_granted_graduate"
SET, CIT = "settlement_grants", "citizenship_grants"
SWT = "skilled_worker_salary_threshold"
NLW = "national_living_wage_hourly"
VAC, PROV, BEDS, HOMES = "other:vacancies", "other:providers", "other:beds", "other:care_homes"
OCC, BUS = "other:occupations", "other:businesses"

# 01 (Thursday 12 December 2024; Guardian-style; "in September" is September 2024; "last month" November 2024)
NHSE = "September 2024 (in September; NHS England workforce statistics"
YS24 = "October 2023 to September 2024 (the twelve months to September 2024; Home Office statistics released last month"
YS23 = "October 2022 to September 2023 (a year before; Home Office statistics released last month"
EMID = "East Midlands"
CN = "; Rosamund Achterberg-Kaur, chief nurse at a teaching trust)"
BOX1 = "; NHS England staff by nationality box)"

# 02 (Tuesday 13 May 2025; Telegraph-style; "on Monday" is 12 May 2025, the white paper; "last year" is 2024)
WP = "the immigration white paper published on Monday 12 May 2025"
Y24 = "January to December 2024 (last year"
SFC = "April 2023 to March 2024 (2023/24, Skills for Care's latest count; cited by Care England)"

# 03 (Wednesday 15 October 2025; Welsh weekly; "on Monday" is 13 October 2025)
PH = "Newcastle Emlyn"
PHN = "October 2025 (Plas Hendre, a 40-bed home near Newcastle Emlyn"
DM = "; Delyth Ashworth-Nwosu, the manager)"
CFW = "October 2025 (a survey of providers published on Monday 13 October 2025; Care Forum Wales)"

# 04 (Thursday 4 December 2025; Northern Irish weekly; "the past year" and "the twelve months ending in September" are
# October 2024 to September 2025; "last month" is November 2025; "last year" is 2024)
YS25 = "October 2024 to September 2025 (the twelve months ending in September; Home Office figures"
YS24N = "October 2023 to September 2024 (the year before; Home Office figures)"
BAN = "Banbridge"
PLANT = "December 2025 (now, a poultry processing plant on the outskirts of Banbridge)"
BOX4 = "; Skilled worker visas, year to September 2025 box)"

# 05 (Thursday 26 February 2026; FT-style analysis; "on Thursday" is 26 February 2026)
Y25 = "January to December 2025 (2025; Home Office figures released on Thursday 26 February 2026"
Y24S = "January to December 2024 (the year before; Home Office figures)"
SO = "; Sebastian Oakeshott-Nwankwo)"

# 06 (Wednesday 8 July 2026; UnHerd-style essay; "last year" is 2025, "this January" January 2026)
L25 = "January to December 2025 (last year"
MAC = "2024 (in its sample of Graduate visa holders; the Migration Advisory Committee's evidence)"

# 07 (Thursday 26 November 2026; live blog; "the year to June" is July 2025 to June 2026; "the year ending September"
# is October 2025 to September 2026)
YJ26 = "July 2025 to June 2026 (the year to June 2026; ONS"
YJ25R = "July 2024 to June 2025 (a year earlier, revised; ONS"
YS26 = "October 2025 to September 2026 (the year ending September 2026; Home Office"
YS25L = "October 2024 to September 2025 (a year earlier; Home Office)"
KP = "; key points)"

ARTICLES = {
    "01-the-teasel-nhs-overseas-staff-health-visas-slump": dict(
        meta=dict(url="https://www.theteasel.example/society/2024/dec/12/nhs-england-non-british-staff-record-health-care-visas-slump",
                  title="Nearly one in five NHS staff in England now hold a foreign passport as health visas slump",
                  publisher="The Teasel", author="Philippa Ravenscroft-Adeyemi", published_date="2024-12-12"),
        labels=[
            L("Nearly one in five", 20, ALM, PCT, "nhs_staff_share_non_british", "September 2024 (now hold a foreign passport; NHS England workforce statistics; headline)", geo=ENG),
            L("Some 269,800", 269800, AP, P, "nhs_staff_non_british", NHSE + "; image caption)", geo=ENG),
            L("more than halved", -50, MT, PCT, VHC + "_change", "year ending September 2024 vs year ending September 2023 (the stream of new recruits through the visa system; Home Office statistics)"),
            L("269,800", 269800, E, P, "nhs_staff_non_british", NHSE + ")", occ=1, geo=ENG),
            L("1.43 million", 1430000, E, P, "nhs_workforce", NHSE + ", staff whose nationality is known)", geo=ENG),
            L("18.9%", 18.9, E, PCT, "nhs_staff_share_non_british", NHSE + ", of the workforce)", occ=0, geo=ENG),
            L("12.4%", 12.4, E, PCT, "nhs_staff_share_non_british", "September 2019 (NHS England workforce statistics)", geo=ENG),
            L("about 117,000", 117000, AP, P, "nhs_staff_non_british_change", "September 2019 to September 2024 (over those five years, the headcount from abroad has grown by; NHS England workforce statistics)", geo=ENG),
            L("more than three-quarters", 75, MT, PCT, "nhs_staff_non_british_change", "September 2019 to September 2024 (over those five years; NHS England workforce statistics)", geo=ENG),
            L("153,100", 153100, E, P, "nhs_staff_non_british", "September 2019 (from; NHS England workforce statistics)", geo=ENG),
            L("About 37%", 37, AP, PCT, "nhs_doctors_share_non_british", NHSE + ", hospital and community doctors)", geo=ENG),
            L("roughly one in four", 25, AP, PCT, "nhs_nurses_share_non_british", NHSE + ", nurses and health visitors)", geo=ENG),
            L("64,200", 64200, E, P, "nhs_staff_indian_nationals", NHSE + ", the biggest group)", occ=0, geo=ENG),
            L("45,900", 45900, E, P, "nhs_staff_filipino_nationals", NHSE + ")", occ=0, geo=ENG),
            L("21,300", 21300, E, P, "nhs_staff_nigerian_nationals", NHSE + ")", geo=ENG),
            L("about 41%", 41, AP, PCT, "nhs_staff_non_british_share_indian_filipino", NHSE + ", Indians and Filipinos together of all non-British staff)", geo=ENG),
            L("71,400", 71400, E, P, VHC, YS24 + ", main applicants)"),
            L("51%", -51, E, PCT, VHC + "_change", "year ending September 2024 vs year ending September 2023 (down, a year before; Home Office statistics)"),
            L("145,200", 145200, E, P, VHC, YS23 + ", main applicants)"),
            L("111,900", 111900, E, P, VCW, YS23 + ", care workers and senior care workers)"),
            L("34,600", 34600, E, P, VCW, YS24 + ", care workers and senior care workers)"),
            L("36,800", 36800, E, P, "visas_granted_health_care_worker_health_professionals", YS24 + ", over the same period, nurses, doctors and other health professionals)"),
            L("33,300", 33300, E, P, "visas_granted_health_care_worker_health_professionals", YS23 + ", nurses, doctors and other health professionals)"),
            L("20,500", 20500, E, P, "nurses_joining_register_internationally_educated", "April to September 2024 (between April and September; the Nursing and Midwifery Council)"),
            L("26,100", 26100, E, P, "nurses_joining_register_internationally_educated", "April to September 2023 (the equivalent half of 2023; the Nursing and Midwifery Council)"),
            L("more than a fifth", -20, MT, PCT, "nurses_joining_register_internationally_educated_change", "April to September 2024 vs April to September 2023 (a drop of; the Nursing and Midwifery Council)"),
            L("1,150", 1150, E, P, "trust_registered_nurses", "December 2024 (registered nurses on our medical wards" + CN, geo=EMID),
            L("412", 412, E, P, "trust_nurses_trained_overseas", "December 2024 (trained overseas" + CN, geo=EMID),
            L("more than a third", THIRD, MT, PCT, "trust_nurses_share_trained_overseas", "winter 2024 (of the people holding this hospital together this winter" + CN, geo=EMID),
            L("40", 40, E, P, "trust_overseas_nurses_recruited", "per month (2022, two years ago, flying in from Kerala and Manila" + CN, geo=EMID),
            L("nearer a dozen", 12, AP, P, "trust_overseas_nurses_recruited", "per month (autumn 2024, this autumn" + CN, geo=EMID),
            L("about 105,000", 105000, AP, P, "adult_social_care_international_recruits", "April 2023 to March 2024 (2023/24, international recruits taken on; Skills for Care)", geo=ENG),
            L("roughly 70,000", -70000, AP, P, "adult_social_care_workforce_british_change", "April 2023 to March 2024 (2023/24, British workers in the sector shrank by; Skills for Care)", geo=ENG),
            L("7.6%", 7.6, E, PCT, "nhs_staff_share_non_british", "December 2024 (now, staff with a nationality other than British; NHS Scotland)", geo=SCO),
            L("1,240", 1240, E, P, "nhs_wales_nurses_recruited_overseas", "April 2023 to March 2024 (2023-24; NHS Wales figures obtained by The Teasel)", geo=WAL),
            L("1.16m", 1160000, E, P, "nhs_staff_british", "September 2024 (British" + BOX1, geo=ENG),
            L("269,800", 269800, E, P, "nhs_staff_non_british", "September 2024 (Non-British" + BOX1, occ=2, geo=ENG),
            L("18.9%", 18.9, E, PCT, "nhs_staff_share_non_british", "September 2024 (Non-British" + BOX1, occ=1, geo=ENG),
            L("64,200", 64200, E, P, "nhs_staff_indian_nationals", "September 2024 (Indian" + BOX1, occ=1, geo=ENG),
            L("45,900", 45900, E, P, "nhs_staff_filipino_nationals", "September 2024 (Filipino" + BOX1, occ=1, geo=ENG),
        ]),
    "02-the-broadcloth-white-paper-salary-english-settlement": dict(
        meta=dict(url="https://www.thebroadcloth.example/politics/2025/05/13/salary-bar-raised-settlement-wait-stretched-migration-crackdown/",
                  title="Salary bar raised and settlement wait stretched in Labour's migration crackdown",
                  publisher="The Broadcloth", author="Horatio Quennell-Mbatha", published_date="2025-05-13"),
        labels=[
            L("as much as 100,000", -100000, AM, P, "net_migration_white_paper_change", "per year (by 2029, trimmed from net arrivals; " + WP + "; standfirst)"),
            L("£41,700", 41700, E, GBP, SWT, "per year (proposed general salary threshold; " + WP + ")"),
            L("£38,700", 38700, E, GBP, SWT, "per year (May 2025, the current general salary threshold, lifted from)"),
            L("nearly 8%", 8, ALM, PCT, SWT + "_change", "proposed vs May 2025 (a rise of; " + WP + ")"),
            L("£30,960", 30960, E, GBP, SWT + "_new_entrant", "per year (May 2025, the current lower rate for new entrants)"),
            L("£33,400", 33400, E, GBP, SWT + "_new_entrant", "per year (proposed lower rate for new entrants; " + WP + ")"),
            L("About 180", 180, AP, OCC, "skilled_worker_occupations_removed", "proposed (occupations below degree level to drop off the eligible list; " + WP + ")"),
            L("32%", 32, E, PCT, "skills_charge_change", "proposed (employers that sponsor overseas staff will pay more; " + WP + ")"),
            L("up to 100,000", -100000, AM, P, "net_migration_white_paper_change", "per year (by 2029, lower the net inflow; officials' central estimate)"),
            L("about 39,000", -39000, AP, P, "immigration_white_paper_skills_threshold_change", "per year (fewer arrivals from the higher skills threshold alone; the Home Office)"),
            L("some 14,000", -14000, AP, P, "immigration_white_paper_graduate_route_change", "per year (fewer arrivals from the graduate change; the Home Office)"),
            L("about 7,000", -7000, AP, P, "immigration_white_paper_care_route_closure_change", "per year (fewer arrivals from the closure of overseas care recruitment; the Home Office)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the 12 months ending June 2023, a record high-water mark; the Office for National Statistics)"),
            L("728,000", 728000, E, P, NM, "July 2023 to June 2024 (the most recent reading, mid-2023 to mid-2024; the Office for National Statistics)"),
            L("nearly 1m", 1000000, ALM, P, NM, "July 2022 to June 2023 (in one year on the last government's watch; the Prime Minister)"),
            L("64,600", 64600, E, P, VHC, Y24 + ", main applicants; Home Office figures)"),
            L("56%", -56, E, PCT, VHC + "_change", "2024 vs 2023 (down on 2023; Home Office figures)"),
            L("82,400", 82400, E, P, VSW, Y24 + ", the general skilled worker route; Home Office figures)"),
            L("87%", -87, E, PCT, VSD + "_change", "2024 vs 2023 (fell; Home Office figures)"),
            L("18,400", 18400, E, P, VSD, Y24 + ", dependants of students; Home Office figures)"),
            V("hundreds of thousands", 200000, 900000, P, "visas_granted_dependants_prevented", Y24 + ", dependants our rules stopped coming; the shadow home secretary)"),
            L("above 300,000", 300000, MT, P, "net_migration_forecast", "per year (after the white paper, would still leave net migration; the shadow home secretary)"),
            L("43%", 43, E, PCT, "employers_sponsoring_share_roles_below_new_threshold", "May 2025 (firms that sponsor overseas staff with a role below the new threshold; a survey by one employers' lobby)"),
            L("about 131,000", 131000, AP, VAC, "adult_social_care_vacancies", SFC, geo=ENG),
            L("8.3%", 8.3, E, PCT, "adult_social_care_vacancy_share", SFC, geo=ENG),
        ]),
    "03-teifi-fleece-wales-care-homes-overseas-carers": dict(
        meta=dict(url="https://www.teififleece.example/news/we-are-one-sickness-away-teifi-valley-care-homes-visa-squeeze-5530218",
                  title="'We are one sickness away from shutting a wing': Teifi valley care homes feel the visa squeeze",
                  publisher="Teifi Fleece", author="Gwenllian Prothero-Achebe", published_date="2025-10-15"),
        labels=[
            L("21", 21, E, P, "care_home_staff_overseas_recruits", PHN + "; image caption)", occ=0, geo=PH),
            L("57", 57, E, P, "care_home_staff", PHN + "; image caption)", occ=0, geo=PH),
            L("40", 40, E, BEDS, "care_home_beds", PHN + ")", geo=PH),
            L("21", 21, E, P, "care_home_staff_overseas_recruits", PHN + ", came from Kerala, Zimbabwe and Ghana on health and care visas)", occ=1, geo=PH),
            L("57", 57, E, P, "care_home_staff", PHN + ")", occ=1, geo=PH),
            L("five", 5, E, VAC, "care_home_unfilled_vacancies", "22 July to October 2025 (since overseas recruitment ended, vacancies for care assistants the home has not been able to fill; Plas Hendre)", ctx="fill five vacancies", geo=PH),
            L("about £4,800", 4800, AP, GBP, "agency_staff_cost", "per month (before July 2025, used to spend" + DM, geo=PH),
            L("£11,300", 11300, E, GBP, "agency_staff_cost", "per month (September 2025" + DM, geo=PH),
            L("more than double", 2, MT, RATIO, "agency_staff_cost_ratio", "September 2025 vs before July 2025 (more than double, agency spend" + DM, geo=PH),
            L("£31", 31, E, GBP, "agency_staff_hourly_rate", "per hour (September 2025, paying for cover" + DM, geo=PH),
            L("£12.60", 12.60, E, GBP, "care_worker_hourly_pay", "per hour (October 2025, what our own carers earn" + DM, occ=0, geo=PH),
            L("two", 2, E, P, "care_home_job_applicants", "summer 2025 (over the summer, after advertising everywhere" + DM, ctx="had two applicants", geo=PH),
            L("640", 640, E, P, VCW, "July 2024 to June 2025 (the 12 months ending June 2025, care providers in Wales; Home Office sponsorship data)", geo=WAL),
            L("3,920", 3920, E, P, VCW, "July 2022 to June 2023 (two years before; Home Office sponsorship data)", geo=WAL),
            L("more than four-fifths", -80, MT, PCT, VCW + "_change", "year ending June 2025 vs year ending June 2023 (a fall of; Home Office sponsorship data)", geo=WAL),
            L("around 84,000", 84000, AP, P, "social_care_workforce", "October 2025 (people who work in the sector; Social Care Wales estimates)", geo=WAL),
            L("about 5,200", 5200, AP, P, "social_care_workers_sponsored_visas", "October 2025 (hold a sponsored visa; Social Care Wales estimates)", geo=WAL),
            L("roughly one in 16", 6.25, AP, PCT, "social_care_workforce_share_sponsored_visas", "October 2025 (hold a sponsored visa; Social Care Wales estimates)", geo=WAL),
            L("212", 212, E, PROV, "survey_sample_size_care_providers", CFW, geo=WAL),
            L("58%", 58, E, PCT, "care_providers_share_turned_away_residents_or_reduced_beds", CFW, geo=WAL),
            L("a quarter", 25, E, PCT, "care_providers_share_fearing_closure", CFW, geo=WAL),
            L("5,000", 5000, E, P, "adult_social_care_workers_needed", "October 2025 (the next care workers, where they are coming from; Mary Wimmer-Ellis, who chairs Care Forum Wales)", geo=WAL),
            L("£12.60", 12.60, E, GBP, "real_living_wage_hourly", "per hour (October 2025, currently; funded by the Welsh Government)", occ=1, geo=WAL),
            L("£12.21", 12.21, E, GBP, NLW, "per hour (April 2025 to March 2026, the UK's statutory national living wage)"),
            L("£1.4m", 1400000, E, GBP, "displaced_care_workers_support_funding", "to October 2025 (spent on a scheme matching workers whose sponsors lost their licences; the Welsh Government)", geo=WAL),
            L("310", 310, E, P, "displaced_care_workers_matched_to_new_sponsors", "April to October 2025 (placed since April; the Welsh Government)", geo=WAL),
            L("24", 24, E, HOMES, "care_homes_commissioned", "October 2025 (buys places at, in the county; Ceredigion County Council)", geo="Ceredigion"),
            L("about a third", THIRD, AP, PCT, "care_home_beds_share_critical_staffing", "October 2025 (of its commissioned beds, in homes reporting critical staffing; Ceredigion County Council)", geo="Ceredigion"),
        ]),
    "04-banbridge-bleach-green-ni-skilled-worker-visas-poultry-nurses": dict(
        meta=dict(url="https://www.banbridgebleachgreen.example/news/business/poultry-plants-hospitals-count-cost-ni-skilled-worker-visas-drop-third-4419087",
                  title="Poultry plants and hospitals count the cost as Northern Ireland's skilled worker visas drop by a third",
                  publisher="Banbridge Bleach Green", author="Aoife Cushnahan-Oyebanji", published_date="2025-12-04"),
        labels=[
            L("a third", -100 / 3, E, PCT, VSW + "_change", "year ending September 2025 vs year ending September 2024 (drop by; Home Office figures; headline)", occ=0, geo=NI),
            L("a third", -100 / 3, E, PCT, VSW + "_change", "year ending September 2025 vs year ending September 2024 (brought in fewer skilled workers in the past year; new Home Office figures)", occ=1, geo=NI),
            L("1,480", 1480, E, P, VSW, YS25 + ", main applicants sponsored by Northern Ireland employers and public bodies)", occ=0, geo=NI),
            L("2,210", 2210, E, P, VSW, YS24N, geo=NI),
            L("27%", -27, E, PCT, VSW + "_change", "year ending September 2025 vs year ending September 2024 (fell, grants on the route excluding health and care; Home Office figures)"),
            L("56,900", 56900, E, P, VSW, YS25 + ", excluding health and care)", occ=0),
            L("about 2.6%", 2.6, AP, PCT, "visas_granted_skilled_worker_share_northern_ireland", YS25 + ", Northern Ireland's share of the total)"),
            L("2.8%", 2.8, E, PCT, "population_share_northern_ireland", "2025 (UK residents who live in Northern Ireland)"),
            L("£41,700", 41700, E, GBP, SWT, "per year (from July 2025, the general salary threshold after the rise in July)"),
            L("210", 210, E, P, "poultry_plant_staff_on_visas", PLANT, geo=BAN),
            L("640", 640, E, P, "poultry_plant_staff", PLANT, geo=BAN),
            L("about a third", THIRD, AP, PCT, "poultry_plant_staff_share_on_visas", PLANT, geo=BAN),
            L("35", 35, E, VAC, "poultry_plant_unfilled_jobs", PLANT[:-1] + ", currently unfilled)", ctx="and 35 jobs", geo=BAN),
            L("more than £13,000", 13000, MT, GBP, "sponsorship_cost_per_worker", "five years (sponsoring a single butcher now, in charges and fees; Gareth Mullan-Adeyinka, operations director)", geo=BAN),
            L("1,050", 1050, E, P, "nurses_recruited_overseas", "April 2024 to March 2025 (2024/25, health and social care trusts; figures from the Department of Health)", geo=NI),
            L("35%", -35, E, PCT, "nurses_recruited_overseas_change", "2024/25 vs 2023/24 (down; figures from the Department of Health)", geo=NI),
            L("1,620", 1620, E, P, "nurses_recruited_overseas", "April 2023 to March 2024 (2023/24; figures from the Department of Health)", geo=NI),
            L("26,800", 26800, E, P, "nurses_register", "December 2025 (nurses and midwives on the Northern Ireland part of the Nursing and Midwifery Council register)", geo=NI),
            L("about 3,900", 3900, AP, P, "nurses_register_trained_outside_uk_eu", "December 2025 (trained outside the UK and the EU; Nursing and Midwifery Council register)", geo=NI),
            L("roughly one in seven", 100 / 7, AP, PCT, "nurses_register_share_trained_outside_uk_eu", "December 2025 (trained outside the UK and the EU; Nursing and Midwifery Council register)", geo=NI),
            L("£3,029", 3029, E, GBP, "settlement_application_fee_per_person", "December 2025 (the fee alone, for each of us; Priya Nambiar-Lennon)"),
            L("£12,116", 12116, E, GBP, "settlement_application_fee_family", "December 2025 (for my husband, the children and me; Priya Nambiar-Lennon)"),
            L("around 39,900", 39900, AP, P, "irish_employment_permits_issued", "January to December 2024 (last year, issued by Dublin; Ciarán Beattie-Okafor, SDLP MLA)", geo=IE),
            L("€38,000", 38000, E, EUR, "irish_employment_permit_salary_threshold", "per year (December 2025, the salary floor for the critical skills permit; Ciarán Beattie-Okafor, SDLP MLA)", geo=IE),
            L("about 25,000", 25000, AP, P, "food_drink_processing_workers", "December 2025 (worked in food and drink processing; the Department for the Economy)", geo=NI),
            L("more than a quarter", 25, MT, PCT, "food_drink_processing_workers_share_born_abroad", "December 2025 (born outside the UK; the Department for the Economy)", geo=NI),
            L("56,900", 56900, E, P, VSW, "October 2024 to September 2025 (year to September 2025; UK" + BOX4, occ=1),
            L("1,480", 1480, E, P, VSW, "October 2024 to September 2025 (year to September 2025; Northern Ireland" + BOX4, occ=1, geo=NI),
            L("33%", -33, E, PCT, VSW + "_change", "year ending September 2025 vs year ending September 2024 (Fall in NI" + BOX4, geo=NI),
        ]),
    "05-the-calico-settlement-surge-citizenship-ten-year-route": dict(
        meta=dict(url="https://www.thecalico.example/content/3b9d41c2-settlement-surge-ten-year-rule-citizenship",
                  title="Britain's settlement surge runs into Labour's ten-year rule",
                  publisher="The Calico", author="Lucian Farquharson-Adebayo", published_date="2026-02-26"),
        labels=[
            L("171,900", 171900, E, P, SET, Y25 + ", grants of settlement or indefinite leave to remain)"),
            L("13%", 13, E, PCT, SET + "_change", "2025 vs 2024 (more than the year before; Home Office figures)"),
            L("152,100", 152100, E, P, SET, Y24S),
            L("79,800", 79800, E, P, "settlement_grants_work", Y25 + ", work routes)"),
            L("46%", 46, E, PCT, "settlement_grants_share_work", Y25 + ", the highest share on record)"),
            L("32,100", 32100, E, P, "settlement_grants_care_workers_and_dependants", Y25 + ", care workers and their families)"),
            L("nearly a fifth", 20, ALM, PCT, "settlement_grants_share_care_workers_and_dependants", Y25 + ", of the total)"),
            L("8%", -8, E, PCT, CIT + "_change", "2025 vs 2024 (grants of British nationality fell; Home Office figures)"),
            L("247,300", 247300, E, P, CIT, Y25 + ", grants of British nationality)"),
            L("269,600", 269600, E, P, CIT, "January to December 2024 (2024, a record; Home Office figures)"),
            L("41,700", 41700, E, P, "citizenship_grants_india", Y25 + ", Indian nationals, the largest group)"),
            L("about one in six", SIXTH, AP, PCT, "citizenship_grants_share_indian", Y25 + ", Indian nationals)"),
            L("171.9k", 171900, E, P, SET, "January to December 2025 (2025; Home Office; chart caption)"),
            L("about 1.6m", 1600000, AP, P, "settlement_potentially_eligible", "2026 to 2030 (in the five years from 2026, would have qualified under the old rules; Home Office modelling)"),
            R("between 600,000 and 900,000", 600000, 900000, P, "settlement_delayed_by_earned_settlement", "2026 to 2030 (the changes could delay settlement for; officials' own estimates)"),
            L("£234bn", 234000000000, E, GBP, "settlement_boriswave_lifetime_fiscal_cost_estimate", "lifetime (letting the post-2021 cohort settle; Reform UK)"),
            L("£25,000", 25000, E, GBP, "care_worker_annual_earnings", "per year (April 2025 to March 2026, a typical salary of a settled care worker)"),
            L("about £3,500", 3500, AP, GBP, "income_tax_nics_care_worker", "per year (April 2025 to March 2026, at 2025-26 rates, a settled care worker on £25,000)"),
            L("roughly seven in ten", 70, AP, PCT, "settlement_grants_work_share_paying_income_tax_five_years_later", "2023 (five years later, people granted settlement on work routes in 2018" + SO),
            V("hundreds of thousands", 200000, 900000, P, "temporary_visa_holders_kept_by_longer_settlement_route", "2026 onwards (kept on temporary visas by lengthening the route" + SO),
            L("£3,029", 3029, E, GBP, "settlement_application_fee_per_person", "February 2026 (an application for indefinite leave, a person)"),
            L("roughly £520m", 520000000, AP, GBP, "settlement_fee_income", "January to December 2025 (2025's grants alone brought in)"),
            L("£1,735", 1735, E, GBP, "citizenship_application_fee", "February 2026 (naturalisation, including the ceremony)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (mid-2023, the net inflow reached; the Home Office's argument)"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the twelve months ending June 2025; the ONS's most recent count)"),
            L("1,200", 1200, E, BUS, "survey_sample_size_businesses", "February 2026 (a survey by a recruitment industry body)"),
            L("38%", 38, E, PCT, "employers_sponsoring_share_expecting_staff_to_leave", "February 2026 (of those sponsoring overseas staff, expected some to leave for Canada or Australia; a survey by a recruitment industry body)"),
        ]),
    "06-the-heald-graduate-route-student-dependants-essay": dict(
        meta=dict(url="https://theheald.example/p/the-degree-that-was-really-a-visa",
                  title="The degree that was really a visa",
                  publisher="The Heald", author="Ottoline Strachey-Mwangi", published_date="2026-07-08"),
        labels=[
            L("143,500", 143500, E, P, VSD, "January to December 2023 (that year, around 2023, the families of students)"),
            L("17,800", 17800, E, P, VSD, L25 + ", dependant visas granted)"),
            L("seven-eighths", -87.5, E, PCT, VSD + "_change", "2025 vs 2023 (a fall of, from the peak)"),
            L("414,000", 414000, E, P, VST, L25 + ", student visas for main applicants)"),
            L("15%", -15, E, PCT, VST + "_change", "2025 vs 2022 (down on the 486,000 of 2022)"),
            L("486,000", 486000, E, P, VST, "January to December 2022 (2022)"),
            L("129,400", 129400, E, P, VGR, L25 + ", the Graduate route)"),
            L("about 41%", 41, AP, PCT, "visas_granted_graduate_share_india", L25 + ", Indian nationals)"),
            L("nearly half", 50, ALM, PCT, "visas_granted_graduate_holders_share_earning_under_25000", MAC),
            L("roughly one in five", 20, AP, PCT, "visas_granted_graduate_holders_share_care_warehouse_delivery", MAC),
            L("about £11.8bn", 11800000000, AP, GBP, "international_student_fee_income", "per year (July 2026, now bring in, in fees)"),
            L("some 23%", 23, AP, PCT, "international_student_fee_income_share_of_university_income", "July 2026 (now, of the sector's income)"),
            L("Nearly two in five", 40, ALM, PCT, "universities_share_forecasting_deficit", "August 2025 to July 2026 (2025/26, forecast spending more than they earned)", geo=ENG),
            L("£925", 925, E, GBP, "international_student_levy", "per year (from August 2028, for every international student; the government's new levy)"),
            L("£41,700", 41700, E, GBP, SWT, "per year (July 2026, the salary threshold for a skilled worker job)"),
            L("13%", 13, E, PCT, "visa_applications_study_share_refused", L25 + ", visa refusal rates for students)"),
            L("9%", 9, E, PCT, "visa_applications_study_share_refused", "January to December 2023 (2023)"),
            L("£5,000 or more", 5000, AL, GBP, "student_visa_deposits_paid", "before refusal (deposits already paid by many of those refused)"),
        ]),
    "07-tweed-news-live-net-migration-visa-grants-citizenship": dict(
        meta=dict(url="https://news.tweednews.example/politics-latest-net-migration-visa-grants-settlement-live-13461895",
                  title="Politics latest: Net migration falls to 142,000 as work visas keep sliding; Home Secretary hails 'a system back in our hands'",
                  publisher="Tweed News", author="Juno Castellane-Mbeki, Tobias Renwick-Asamoah", published_date="2026-11-26"),
        labels=[
            L("142,000", 142000, E, P, NM, YJ26 + "; headline)", occ=0),
            L("142,000", 142000, E, P, NM, YJ26 + KP, occ=1),
            L("35%", -35, E, PCT, NM + "_change", "year ending June 2026 vs year ending June 2025 (down on revised; ONS" + KP, occ=0),
            L("219,000", 219000, E, P, NM, YJ25R + KP, occ=0),
            L("28%", -28, E, PCT, VSW + "_change", "year ending September 2026 vs year ending September 2025 (down; Home Office" + KP, occ=0),
            L("21%", -21, E, PCT, VGR + "_change", "year ending September 2026 vs year ending September 2025 (down; Home Office" + KP, occ=0),
            L("204,600", 204600, E, P, SET, YS26 + ", a record" + KP, occ=0),
            L("791,000", 791000, E, P, "immigration", YJ26 + ", long-term immigration; the data and forensics correspondent)"),
            L("649,000", 649000, E, P, "emigration", YJ26 + "; the data and forensics correspondent)"),
            L("15,000", 15000, E, P, "net_migration_revision", "July 2024 to June 2025 (the previous year's net figure, revised up by; ONS)"),
            L("219,000", 219000, E, P, NM, YJ25R + ", revised up to)", occ=1),
            L("14,200", 14200, E, P, VSD, "October 2025 to September 2026 (the year to September; Home Office)"),
            L("more than 140,000", 140000, MT, P, VSD, "January to December 2023 (the 2023 peak)"),
            L("204,600", 204600, E, P, SET, YS26 + ", indefinite leave to remain)", occ=1),
            L("nearly a fifth", 20, ALM, PCT, SET + "_change", "year ending September 2026 vs year ending September 2025 (higher than a year earlier; Home Office)"),
            L("171,500", 171500, E, P, SET, YS25L),
            L("228,900", 228900, E, P, CIT, YS26 + ", slipped to)"),
            L("6,800", 6800, E, P, "citizenship_refusals", YS26 + ", refusals of citizenship applications rose to)"),
            L("142,000", 142000, E, P, NM, "July 2025 to June 2026 (still higher than at any point in the 1990s; the shadow home secretary)", occ=2),
            V("tens of thousands", 20000, 90000, P, SET, "per quarter (2026, still settling every quarter; Reform's spokesman on home affairs)"),
            L("more than five times", 5, MT, RATIO, "net_migration_ratio", "when Labour took office vs year ending June 2026 (inherited net migration higher than today; the Home Secretary)"),
            L("41,200", 41200, E, P, VSW, YS26 + ", lead applicants, the October-to-September year)"),
            L("28%", -28, E, PCT, VSW + "_change", "year ending September 2026 vs year ending September 2025 (down; Home Office)", occ=1),
            L("56,900", 56900, E, P, VSW, YS25L),
            L("18,900", 18900, E, P, VHC, YS26 + ", fell to)"),
            L("98,700", 98700, E, P, VGR, YS26 + ", the Graduate route)"),
            L("21%", -21, E, PCT, VGR + "_change", "year ending September 2026 vs year ending September 2025 (fewer than the previous 12 months; Home Office)", occ=1),
            L("124,900", 124900, E, P, VGR, "October 2024 to September 2025 (the previous 12 months; Home Office)"),
            L("61,400", 61400, E, P, "visa_refusals_work_study", YS26 + ", refusals of work and study visas)"),
            L("18%", 18, E, PCT, "visa_refusals_work_study_change", "year ending September 2026 vs year ending September 2025 (up, on the year; Home Office)"),
            L("142,000", 142000, E, P, NM, YJ26 + "; 09:31 entry heading)", occ=3),
            L("142,000", 142000, E, P, NM, "July 2025 to June 2026 (the statisticians' first estimate covering July 2025 to June 2026; ONS)", occ=4),
            L("35%", -35, E, PCT, NM + "_change", "year ending June 2026 vs year ending June 2025 (down from the revised figure; ONS)", occ=1),
            L("219,000", 219000, E, P, NM, YJ25R + ", the revised figure)", occ=2),
            L("38,900", 38900, E, P, SBA, "1 January to 26 November 2026 (so far this year; the Home Office)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
