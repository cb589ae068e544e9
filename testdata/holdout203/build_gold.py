#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the two-hundred-and-third hand-labelled hold-out set (holdout203).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, THIRD, HOT,
                        E, AP, MT, AL, LT, AM, ALM, NM)

UK, ENG, SCO = "UK", "England", "Scotland"
AB = "Argyll and Bute"
IM, EM = "immigration", "emigration"
NEU = "_non_eu"
COUNCILS, BEDS, STAFF, VAC, COURSES, LIC = ("other:councils", "other:beds", "other:staff", "other:vacancies",
                                            "other:courses", "other:licences")
ONS = "ONS"

# 01 (Thursday 28 November 2024; BBC-style; ONS provisional estimates for the year ending June 2024)
YJ24 = "July 2023 to June 2024 (the 12 months ending in June; ONS provisional estimates"
YJ23 = "July 2022 to June 2023 (the 12 months to June 2023"
FB1 = "; fact box)"
ASH = "Florian Ashdown-Mbatha, ONS"

# 02 (Friday 23 May 2025; Guardian-style; ONS figures for the year ending December 2024, published Thursday 22 May)
Y24 = "January to December 2024 (2024, the year ending December 2024; ONS"
Y23 = "January to December 2023 (2023, the year before; ONS"
C24 = "2024 vs 2023 ("

# 03 (Thursday 22 August 2024; PA copy; Home Office statistics for the year ending June 2024)
H124 = "January to June 2024 (between January and June; Home Office statistics"
H123 = "January to June 2023 (the same months of 2023; Home Office statistics"
HC = "visas_granted_health_care_worker"
SW = "visas_granted_skilled_worker"
SD = "visas_granted_study_dependants"
YEJ24 = "July 2023 to June 2024 (the year ending June 2024; Home Office"
YEJ23 = "July 2022 to June 2023 (the year before; Home Office"
DERBY = "Derbyshire"
HOME3 = "care home near Chapel-en-le-Frith; Harriet Colquhoun-Mensah"

# 04 (Thursday 19 February 2026; Economist-style analysis)
YJ25 = "July 2024 to June 2025 (the year to June 2025; ONS provisional"
PEAK = "July 2022 to June 2023 (the year to June 2023, the peak; ONS"
CHART = "; chart)"

# 05 (Friday 22 May 2026; Telegraph-style; ONS figures for 2025 published Thursday 21 May 2026)
Y25 = "January to December 2025 (last year, 2025; ONS"
SHADOW = "; Araminta Ingleby-Okonkwo, shadow home secretary)"

# 06 (Wednesday 8 October 2025; Scottish paper; NRS mid-2024 population estimates published Tuesday 7 October 2025)
M24 = "July 2023 to June 2024 (the year to 30 June 2024; National Records of Scotland"
J24 = "30 June 2024 (mid-2024; National Records of Scotland"
BOX = "; SCOTLAND IN NUMBERS box)"
PG, PC = "population_growth", "population_change"

# 07 (Wednesday 11 November 2026; fact check of two claims made on Monday 9 November 2026)
Y25F = "January to December 2025 (the year ending December 2025, last year; ONS, May 2026"
YJ24F = "July 2023 to June 2024 (the 12 months ending June 2024; ONS latest estimate"
HS = "9 November 2026 (since this government came in, year ending June 2024 vs 2025; the Home Secretary's claim"
REF = "9 November 2026 (year after year, each year; Reform UK's deputy leader's claim"

ARTICLES = {
    "01-the-nimbus-ons-net-migration-revised-peak": dict(
        meta=dict(url="https://www.thenimbus.example/news/articles/cq5l8vx2e1ro",
                  title="Net migration falls to 728,000 as ONS lifts earlier peak to 906,000",
                  publisher="The Nimbus", author="Sebastian Quarrington-Achebe", published_date="2024-11-28"),
        labels=[
            L("728,000", 728000, E, P, NM, YJ24 + "; headline)", occ=0),
            L("906,000", 906000, E, P, NM, YJ23 + ", the earlier peak as revised; headline)", occ=0),
            L("728,000", 728000, E, P, NM, YJ24 + ")", occ=1),
            L("906,000", 906000, E, P, NM, YJ23 + ", the high point, revised; ONS)", occ=1),
            L("740,000", 740000, E, P, NM, YJ23 + ", first estimate published last November; ONS)"),
            L("166,000", 166000, E, P, NM + "_revision", YJ23 + ", upward revision; ONS)"),
            L("about a fifth", -20, AP, PCT, NM + "_change", "year ending June 2024 vs year ending June 2023 (dropped from its peak; ONS)"),
            L("1,207,000", 1207000, E, P, IM, "July 2023 to June 2024 (the twelve months to June 2024; ONS estimates)"),
            L("479,000", 479000, E, P, EM, "July 2023 to June 2024 (the twelve months to June 2024, departed; ONS estimates)", occ=0),
            L("1,326,000", 1326000, E, P, IM, "July 2022 to June 2023 (the previous year; ONS)"),
            L("119,000", -119000, E, P, IM + "_change", "year ending June 2024 vs year ending June 2023 (a drop of; ONS)"),
            L("59,000", 59000, E, P, EM + "_change", "year ending June 2024 vs year ending June 2023 (rose by; ONS)"),
            L("1,036,000", 1036000, E, P, IM + NEU, YJ24 + ", nationals of countries outside the EU)"),
            L("86%", 86, E, PCT, IM + "_share" + NEU, YJ24 + ", most newcomers)"),
            L("102,000", 102000, E, P, IM + "_eu", YJ24 + ", EU citizens)"),
            L("69,000", 69000, E, P, IM + "_british", YJ24 + ", British nationals returning)"),
            L("a quarter", -25, E, PCT, IM + "_study" + NEU + "_change", "year ending June 2024 vs a year earlier (fell by; ONS)", ctx="fell by a quarter"),
            L("339,000", 339000, E, P, IM + "_study" + NEU, YJ24 + ", for study)"),
            L("453,000", 453000, E, P, IM + "_study" + NEU, "July 2022 to June 2023 (a year earlier, for study; ONS)"),
            L("442,000", 442000, E, P, IM + "_work" + NEU, YJ24 + ", for work including dependants)"),
            L("8%", 8, E, PCT, IM + "_work" + NEU + "_change", "year ending June 2024 vs year ending June 2023 (up; ONS)"),
            L("409,000", 409000, E, P, IM + "_work" + NEU, "July 2022 to June 2023 (the year before, for work including dependants; ONS)"),
            L("About 70,000", 70000, AP, P, NM + "_students_staying_on_revision", YJ23 + ", part of the revision from non-EU students and families staying on; " + ASH + ")"),
            L("roughly 60,000", 60000, AP, P, NM + "_method_improvements_revision", YJ23 + ", part of the revision from improved estimates of visa arrivals; " + ASH + ")"),
            L("36,000", 36000, E, P, NM + "_ukrainians_revision", YJ23 + ", part of the revision from Ukrainians remaining longer; " + ASH + ")"),
            L("nearly four times", 4, ALM, RATIO, NM + "_ratio", "year ending June 2024 vs year ending December 2019 (the latest figure; ONS)"),
            L("184,000", 184000, E, P, NM, "January to December 2019 (the year ending December 2019; ONS)"),
            L("more than 170,000", -170000, MT, P, NM + "_change", "year ending June 2024 vs year ending June 2023 (already fallen since the peak; the shadow home secretary)"),
            L("728,000", 728000, E, P, NM, "July 2023 to June 2024 (YE June 2024; Office for National Statistics" + FB1, occ=2),
            L("1.2m", 1200000, E, P, IM, "July 2023 to June 2024 (YE June 2024; Office for National Statistics" + FB1),
            L("479,000", 479000, E, P, EM, "July 2023 to June 2024 (YE June 2024; Office for National Statistics" + FB1, occ=1),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (revised peak, YE June 2023; Office for National Statistics" + FB1, occ=2),
        ]),
    "02-the-equinox-migration-reasons-nationality-breakdown": dict(
        meta=dict(url="https://www.theequinox.example/uk-news/2025/may/23/students-care-workers-asylum-who-is-still-moving-to-britain-ons",
                  title="Students and care workers gone, asylum seekers up: who is still moving to Britain",
                  publisher="The Equinox", author="Imogen Brackenbury-Osei", published_date="2025-05-23"),
        labels=[
            L("almost halved", -50, ALM, PCT, NM + "_change", C24 + "in 2024; standfirst)"),
            L("431,000", 431000, E, P, NM, Y24 + ", latest count published on Thursday)"),
            L("860,000", 860000, E, P, NM, Y23 + ")"),
            L("948,000", 948000, E, P, IM, Y24 + ")"),
            L("27%", -27, E, PCT, IM + "_change", C24 + "down on 2023; ONS)"),
            L("18%", 18, E, PCT, EM + "_change", C24 + "climbed; ONS)"),
            L("517,000", 517000, E, P, EM, Y24 + ", the highest level in the current series)", occ=0),
            L("Four in five", 80, E, PCT, IM + "_share" + NEU, Y24 + ", arrivals from outside the EU)"),
            L("766,000", 766000, E, P, IM + NEU, Y24 + ", from outside the EU)"),
            L("79,000", 79000, E, P, IM + "_eu", Y24 + ", EU nationals)"),
            L("103,000", 103000, E, P, IM + "_british", Y24 + ", British citizens coming home)"),
            L("517,000", 517000, E, P, EM, Y24 + ", who left)", occ=1),
            L("257,000", 257000, E, P, EM + NEU, Y24 + ", non-EU nationals who left)"),
            L("109,000", 109000, E, P, EM + "_eu", Y24 + ", EU citizens who left)"),
            L("151,000", 151000, E, P, EM + "_british", Y24 + ", British nationals who left)"),
            L("509,000", 509000, E, P, NM + NEU, Y24 + ")"),
            L("30,000", -30000, E, P, NM + "_eu", Y24 + ", more EU citizens left than arrived)"),
            L("48,000", -48000, E, P, NM + "_british_nationals", Y24 + ", the balance was negative by)"),
            L("88,000", 88000, E, P, IM + "_non_eu_india", Y24 + ", Indian nationals, the largest source)"),
            L("nearly twice", 2, ALM, RATIO, IM + "_non_eu_india_ratio", Y24 + ", India vs Pakistan)"),
            L("49,000", 49000, E, P, IM + "_non_eu_pakistan", Y24 + ", Pakistani nationals)"),
            L("271,000", 271000, E, P, IM + "_study" + NEU, Y24 + ", for study)"),
            L("more than a third", THIRD, MT, PCT, IM + NEU + "_share_study", Y24 + ", of non-EU arrivals)"),
            L("31%", -31, E, PCT, IM + "_study" + NEU + "_change", C24 + "down on the previous year; ONS)"),
            L("41%", -41, E, PCT, IM + "_work" + NEU + "_change", C24 + "fell; ONS)"),
            L("249,000", 249000, E, P, IM + "_work" + NEU, Y24 + ", for work)"),
            L("almost a third", THIRD, ALM, PCT, IM + NEU + "_share_work", Y24 + ", of non-EU immigration)"),
            L("225,000", 225000, E, P, IM + "_work_dependants" + NEU, Y23 + ", relatives arriving with workers, dropped from)"),
            L("95,000", 95000, E, P, IM + "_work_dependants" + NEU, Y24 + ", relatives arriving with workers)"),
            L("130,000", -130000, E, P, IM + "_work_dependants" + NEU + "_change", C24 + "a fall of; ONS)"),
            L("85,000", 85000, E, P, IM + "_family" + NEU, Y24 + ", family migration, broadly unchanged)"),
            L("108,000", 108000, E, P, IM + "_asylum" + NEU, Y24 + " estimates, arrived to claim asylum)"),
            L("29%", 29, E, PCT, IM + "_asylum" + NEU + "_change", C24 + "up; ONS)"),
            L("84,000", 84000, E, P, IM + "_asylum" + NEU, Y23 + ", arrived to claim asylum)"),
            L("about one in seven", 100 / 7, AP, PCT, IM + NEU + "_share_asylum", Y24 + ", of non-EU arrivals)"),
            L("37,000", 37000, E, P, IM + "_humanitarian" + NEU, Y24 + ", humanitarian routes including the Ukraine and Hong Kong schemes)"),
            L("40%", -40, E, PCT, IM + "_humanitarian" + NEU + "_change", C24 + "down; ONS)"),
            L("Roughly four in 10", 40, AP, PCT, EM + NEU + "_share_former_study", "January to December 2024 (last year, non-EU people who left; Dr Ottilie Brennand-Achterberg, University of Oxford)"),
            L("728,000", 728000, E, P, NM, "July 2023 to June 2024 (the 12 months ending June 2024, earlier estimate; ONS)"),
            L("782,000", 782000, E, P, NM, "July 2023 to June 2024 (the 12 months ending June 2024, revised; ONS)"),
            L("54,000", 54000, E, P, NM + "_revision", "July 2023 to June 2024 (the 12 months ending June 2024, an increase of; ONS)"),
            L("more than twice", 2, MT, RATIO, NM + "_ratio", "2024 vs 2019 (still, the level of 2019; the Conservatives)"),
        ]),
    "03-buxton-barometer-pa-care-visas-student-dependants": dict(
        meta=dict(url="https://www.buxtonbarometer.example/news/uk-news/care-worker-visas-down-81-as-overseas-recruitment-slows-home-office-figures-show-4812093",
                  title="Care worker visas down 81% as overseas recruitment slows, Home Office figures show",
                  publisher="Buxton Barometer", author="Perpetua Hollingsworth-Eze", published_date="2024-08-22"),
        labels=[
            L("81%", -81, E, PCT, HC + "_change", "January to June 2024 vs January to June 2023 (down; Home Office figures; headline)", occ=0),
            L("81%", -81, E, PCT, HC + "_change", "January to June 2024 vs January to June 2023 (fallen by, the first half of 2024; official figures)", occ=1),
            L("10,740", 10740, E, P, HC, H124 + ", main applicants)"),
            L("56,420", 56420, E, P, HC, H123 + ", main applicants)"),
            L("89,420", 89420, E, P, HC, "July 2023 to June 2024 (the 12 months to June, main applicants; Home Office statistics)"),
            L("24%", -24, E, PCT, HC + "_change", "year ending June 2024 vs the year before (down; Home Office statistics)"),
            L("117,650", 117650, E, P, HC, YEJ23 + " statistics, main applicants)"),
            L("63,870", 63870, E, P, SW, YEJ24 + ", outside the health and care sector)"),
            L("3%", 3, E, PCT, SW + "_change", "year ending June 2024 vs the year before (up; Home Office)"),
            L("62,010", 62010, E, P, SW, YEJ23 + ", outside the health and care sector)"),
            L("£26,200", 26200, E, GBP, "skilled_worker_salary_threshold", "until April 2024 (the standard pay floor, went up from)"),
            L("£38,700", 38700, E, GBP, "skilled_worker_salary_threshold", "from April 2024 (the standard pay floor, went up to)"),
            L("12,950", 12950, E, P, SD, H124 + ", dependants of sponsored students)"),
            L("94,400", 94400, E, P, SD, H123 + ", dependants of sponsored students)"),
            L("86%", -86, E, PCT, SD + "_change", "January to June 2024 vs January to June 2023 (a fall of; Home Office statistics)"),
            L("more than seven times", 7, MT, RATIO, SD + "_ratio", "January to June 2023 vs January to June 2024 (the first half of last year; Home Office statistics)"),
            L("13%", -13, E, PCT, "visas_granted_study_change", "year ending June 2024 vs the year before (down, main applicants; Home Office statistics)"),
            L("432,225", 432225, E, P, "visas_granted_study", "July 2023 to June 2024 (the year ending June, main applicants; Home Office statistics)"),
            L("about 1,900", 1900, AP, P, "adult_social_care_workers_sponsored_visas", "August 2024 (now, held sponsored visas; Derbyshire County Council)", geo=DERBY),
            L("roughly one in 12", 100 / 12, AP, PCT, "adult_social_care_workforce_share_sponsored_visas", "August 2024 (now; Derbyshire County Council)", geo=DERBY),
            L("about 23,000", 23000, AP, P, "adult_social_care_workforce", "August 2024 (now; Derbyshire County Council)", geo=DERBY),
            L("14", 14, E, P, "care_home_overseas_carers_recruited", "January to December 2023 (last year; " + HOME3 + ")", geo="Chapel-en-le-Frith"),
            L("two", 2, E, P, "care_home_overseas_carers_recruited", "1 January to 22 August 2024 (this year; " + HOME3 + ")", ctx="managed two", geo="Chapel-en-le-Frith"),
            L("38", 38, E, BEDS, "care_home_beds", "August 2024 (now; " + HOME3 + ")", geo="Chapel-en-le-Frith"),
            L("105,000", 105000, E, P, "adult_social_care_international_recruits", "April 2023 to March 2024 (2023/24; Skills for Care estimate)", geo=ENG),
            L("70,000", 70000, E, P, "adult_social_care_international_recruits", "April 2022 to March 2023 (2022/23; Skills for Care estimate)", geo=ENG),
            L("more than 250", 250, MT, LIC, "sponsor_licences_revoked_care_providers", "July 2022 to June 2024 (between July 2022 and June 2024; the Home Office)"),
        ]),
    "04-the-isobar-analysis-why-net-migration-fell": dict(
        meta=dict(url="https://www.theisobar.example/britain/2026/02/19/the-great-british-migration-reversal",
                  title="The great British migration reversal",
                  publisher="The Isobar", author=None, published_date="2026-02-19"),
        labels=[
            L("over three-quarters", -75, MT, PCT, NM + "_change", "year to June 2025 vs year to June 2023 (shrunk since 2023; standfirst)"),
            L("906,000", 906000, E, P, NM, PEAK + ")"),
            L("212,000", 212000, E, P, NM, "July 2024 to June 2025 (the provisional count for July 2024 to June 2025; ONS)"),
            L("under a quarter", 25, LT, PCT, NM + "_share_of_peak", "year to June 2025 vs year to June 2023 (of that high-water mark; ONS)"),
            L("almost 700,000", -700000, ALM, P, NM + "_change", "year to June 2025 vs year to June 2023 (a fall, in two years; ONS)"),
            L("up to 100,000", -100000, AM, P, IM + "_planned_change", "per year (the cut promised by Labour's white paper of May 2025)"),
            L("905,000", 905000, E, P, IM, YJ25 + ")"),
            L("more than 1.3m", 1300000, MT, P, IM, PEAK + ", the peak of immigration)"),
            L("almost two-thirds", 200 / 3, ALM, PCT, EM + "_change", "year to June 2025 vs year to June 2023 (has risen by; ONS)"),
            L("693,000", 693000, E, P, EM, YJ25 + ")"),
            L("389,000", 389000, E, P, EM + NEU, YJ25 + ", non-EU citizens who departed)"),
            L("183,000", 183000, E, P, "emigration_former_study_visa_non_eu", YJ25 + ", non-EU emigrants who had first arrived to study)"),
            L("nearly half", 50, ALM, PCT, EM + NEU + "_share_former_study", YJ25 + ", of non-EU citizens who departed)"),
            L("906", 906000, E, P, NM, "July 2022 to June 2023 (year to June 2023, '000; ONS" + CHART),
            L("782", 782000, E, P, NM, "July 2023 to June 2024 (year to June 2024, '000; ONS" + CHART),
            L("212", 212000, E, P, NM, "July 2024 to June 2025 (year to June 2025, '000, provisional; ONS" + CHART),
            L("172,000", 172000, E, P, EM + "_british", "July 2024 to June 2025 (the twelve months to mid-2025, Britons who moved abroad; ONS)"),
            L("almost double", 2, ALM, RATIO, EM + "_british_ratio", "year to June 2025 vs 2021 (ONS)"),
            L("89,000", 89000, E, P, EM + "_british", "2021 (the 89,000 of 2021; ONS)"),
            L("minus 79,000", -79000, E, P, NM + "_british_nationals", YJ25 + ", British citizens)"),
            L("minus 62,000", -62000, E, P, NM + "_eu", YJ25 + ", EU citizens)"),
            L("353,000", 353000, E, P, NM + NEU, YJ25 + ", from outside Europe)"),
            L("395,000", 395000, E, P, "immigration_target_permanent_residents", "January to December 2025 (the goal for 2025; the Canadian government)", geo="Canada"),
            L("485,000", 485000, E, P, "immigration_target_permanent_residents", "January to December 2024 (the previous goal, lowered from)", geo="Canada"),
            L("270,000", 270000, E, P, "international_student_places_cap", "2025 (new international student places capped)", geo="Australia"),
            L("about a third", -THIRD, AP, PCT, NM + "_change", "2024 vs 2023 (fell in 2024; Destatis)", geo="Germany"),
            L("around 430,000", 430000, AP, P, NM, "January to December 2024 (2024; Destatis)", geo="Germany"),
            L("1%", 1, E, PCT, "payrolled_employees_non_eu_change", "January to December 2025 (the year to December 2025, grew by just; HMRC payroll data)"),
            L("18%", 18, E, PCT, "payrolled_employees_non_eu_change", "January to December 2023 (2023, rising by; HMRC payroll data)"),
            L("111,000", 111000, E, VAC, "adult_social_care_vacancies", "April 2024 to March 2025 (2024-25; Skills for Care)", geo=ENG),
            L("131,000", 131000, E, VAC, "adult_social_care_vacancies", "April 2023 to March 2024 (2023/24; Skills for Care)", geo=ENG),
            L("c. 600", 600, AP, COURSES, "university_courses_closed_or_merged", "January 2024 to February 2026 (since the start of 2024; Universities UK)"),
            L("Roughly two in five", 40, AP, PCT, "universities_share_expecting_deficit", "August 2025 to July 2026 (2025-26, English universities forecasting deficits)", geo=ENG),
            L("728,000", 728000, E, P, NM, "July 2023 to June 2024 (the figure for mid-2024, earlier estimate; ONS)"),
            L("782,000", 782000, E, P, NM, "July 2023 to June 2024 (the figure for mid-2024, pushed up to; ONS)"),
            L("net zero", 0, E, P, "net_migration_target", "per year (Reform UK's promise)"),
        ]),
    "05-the-zephyr-shadow-home-secretary-migration-figures": dict(
        meta=dict(url="https://www.thezephyr.example/politics/2026/05/22/tories-accuse-labour-stealing-credit-net-migration-falls-183000/",
                  title="Tories accuse Labour of 'stealing credit' as net migration falls to 183,000",
                  publisher="The Zephyr", author="Cosmo Farquharson-Adeyemi", published_date="2026-05-22"),
        labels=[
            L("183,000", 183000, E, P, NM, Y25 + "; headline)", occ=0),
            L("183,000", 183000, E, P, NM, Y25 + ", its lowest level since before the pandemic)", occ=1),
            L("842,000", 842000, E, P, IM, Y25 + ", settled in Britain; Thursday's official estimates)"),
            L("659,000", 659000, E, P, EM, Y25 + ", moved out; Thursday's official estimates)"),
            L("431,000", 431000, E, P, NM, "January to December 2024 (2024, estimate before revision; ONS)"),
            L("452,000", 452000, E, P, NM, "January to December 2024 (2024, revised upwards; ONS)"),
            L("60 per cent", -60, E, PCT, NM + "_change", "2025 vs 2024 (down in a year; ONS)"),
            L("236,000", 236000, E, P, NM, "July 2024 to June 2025 (the twelve months to mid-2025, revised; ONS)"),
            L("24,000", 24000, E, P, NM + "_revision", "July 2024 to June 2025 (the twelve months to mid-2025, an upward revision; ONS)"),
            L("more than three-quarters", -75, MT, PCT, NM + "_change", "2025 vs year ending June 2023 (from its high point under the previous government; a Home Office minister)"),
            L("more than 140,000", -140000, MT, P, "visas_granted_dependants_change", "2024 vs 2023 (cut in a single year by the rules brought in at the start of 2024" + SHADOW),
            L("111,000", 111000, E, P, "asylum_applications", "April 2025 to March 2026 (running at a year" + SHADOW, occ=0),
            L("more than 65,000", 65000, MT, P, "small_boat_arrivals", "5 July 2024 to 22 May 2026 (since 5 July 2024" + SHADOW),
            L("about 32,000", 32000, AP, P, HOT, "May 2026 (still housing, asylum seekers in hotels" + SHADOW),
            L("£5.8 million", 5800000, E, GBP, "asylum_hotel_cost", "per day (May 2026, a day for those hotels" + SHADOW),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "per year (a Conservative government's aim" + SHADOW),
            L("243,000", 243000, E, P, IM + "_study" + NEU, Y25 + ", for study)"),
            L("198,000", 198000, E, P, IM + "_work" + NEU, Y25 + ", for work)"),
            L("119,000", 119000, E, P, IM + "_asylum", Y25 + " estimated, arrived to seek asylum)"),
            L("about 14 per cent", 14, AP, PCT, IM + "_share_asylum", Y25 + ", of all immigration)"),
            L("108,000", 108000, E, P, IM + "_asylum", "January to December 2024 (the year before; ONS)"),
            L("111,000", 111000, E, P, "asylum_applications", "April 2025 to March 2026 (the 12 months to March; Home Office figures)", occ=1),
            L("4 per cent", 4, E, PCT, "asylum_applications_change", "12 months to March 2026 vs the year before (up; Home Office figures)"),
            L("181,000", 181000, E, P, EM + "_british", Y25 + ", the highest since the current series began)"),
            L("Roughly three in five", 60, AP, PCT, EM + "_british_share_aged_16_34", Y25 + ", British emigrants aged between 16 and 34)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (on the Conservatives' watch; Labour sources)"),
            L("nearly 80 per cent", -80, ALM, PCT, NM + "_change", "2025 vs year ending June 2023 (down from that peak; a Home Office spokesman)"),
        ]),
    "06-oban-gloaming-nrs-scotland-population-estimates": dict(
        meta=dict(url="https://www.obangloaming.example/news/scotland/migrants-keep-scotland-growing-as-deaths-outstrip-births-again-5530218",
                  title="Migrants keep Scotland growing as deaths outstrip births again",
                  publisher="Oban Gloaming", author="Morag Kilbride-Oyinlola", published_date="2025-10-08"),
        labels=[
            L("5.55 million", 5550000, E, P, "population", J24 + "; standfirst)", geo=SCO),
            L("5,546,900", 5546900, E, P, "population", J24 + ", a record)", occ=0, geo=SCO),
            L("56,800", 56800, E, P, PG, M24 + ")", geo=SCO),
            L("1.0%", 1.0, E, PCT, PC, M24 + ")", geo=SCO),
            L("5,490,100", 5490100, E, P, "population", "30 June 2023 (a year earlier; National Records of Scotland)", geo=SCO),
            L("45,870", 45870, E, P, "births", M24 + ", over the 12 months)", occ=0, geo=SCO),
            L("58,070", 58070, E, P, "deaths", M24 + ", over the 12 months)", occ=0, geo=SCO),
            L("12,200", -12200, E, P, "population_natural_change", M24 + ", deaths outnumbered births by)", occ=0, geo=SCO),
            L("69,000", 69000, E, P, NM, M24 + ")", occ=0, geo=SCO),
            L("45,300", 45300, E, P, NM + "_international", M24 + ", from overseas)", geo=SCO),
            L("23,700", 23700, E, P, NM + "_rest_of_uk", M24 + ", from elsewhere in the UK)", geo=SCO),
            L("about two-thirds", 200 / 3, AP, PCT, NM + "_share_international", M24 + ", of the gain from abroad)", geo=SCO),
            L("11%", -11, E, PCT, NM + "_international_change", "year to mid-2024 vs the previous year (down; National Records of Scotland)", geo=SCO),
            L("520", 520, E, P, PG, "July 2023 to June 2024 (last year; picture caption)", occ=0, geo=AB),
            L("520", 520, E, P, PG, M24 + ")", occ=1, geo=AB),
            L("0.6%", 0.6, E, PCT, PC, M24 + ")", geo=AB),
            L("87,130", 87130, E, P, "population", J24 + ")", geo=AB),
            L("640", -640, E, P, "population_natural_change", M24 + ", more deaths than births)", geo=AB),
            L("1,160", 1160, E, P, NM, M24 + ", gained through migration)", geo=AB),
            L("Twenty-nine", 29, E, COUNCILS, "council_areas_population_growth", M24 + ", council areas that grew)", geo=SCO),
            L("32", 32, E, COUNCILS, "council_areas_total", "2025 (Scotland's council areas)", geo=SCO),
            L("2.1%", 2.1, E, PCT, PC, M24 + ", the fastest-growing)", geo="Midlothian"),
            L("0.4%", -0.4, E, PCT, PC, M24 + ", shrank)", geo="Na h-Eileanan Siar"),
            L("More than one in five", 20, MT, PCT, "population_share_aged_65_and_over", J24 + ", Scots now aged 65 or over)", geo=SCO),
            L("more than a quarter", 25, MT, PCT, "population_share_aged_65_and_over", J24 + ", aged 65 or over)", geo=AB),
            L("12,200", -12200, E, P, "population_natural_change", "July 2023 to June 2024 (last year, the fall without migration; the Scottish Government's migration minister)", occ=1, geo=SCO),
            L("22", 22, E, STAFF, "hotel_staff", "2025 (this year; Fiona Ardbeg-Nwachukwu, hotel and bar on the Corran Esplanade)", geo="Oban"),
            L("nine", 9, E, STAFF, "hotel_staff_from_outside_uk", "2025 (this year, came from outside the UK; Fiona Ardbeg-Nwachukwu)", ctx="and nine of them", geo="Oban"),
            L("about 140", 140, AP, VAC, "council_vacancies_care_education", "October 2025 (now, across care and education; Argyll and Bute Council)", geo=AB),
            L("1.1%", 1.1, E, PCT, PC, "July 2023 to June 2024 (the same twelve months; Office for National Statistics estimates)"),
            L("69.3 million", 69300000, E, P, "population", "30 June 2024 (Office for National Statistics estimates)"),
            L("about 8%", 8, AP, PCT, "population_share_scotland_of_uk", "30 June 2024 (of the UK total)", geo=SCO),
            L("5,546,900", 5546900, E, P, "population", J24 + BOX, occ=1, geo=SCO),
            L("45,870", 45870, E, P, "births", M24 + BOX, occ=1, geo=SCO),
            L("58,070", 58070, E, P, "deaths", M24 + BOX, occ=1, geo=SCO),
            L("+69,000", 69000, E, P, NM, M24 + BOX, geo=SCO),
        ]),
    "07-the-dewpoint-factcheck-net-migration-cut-claim": dict(
        meta=dict(url="https://www.thedewpoint.example/fact-checks/net-migration-three-quarters-million-arrivals-claims",
                  title="Is net migration down three-quarters under Labour? And are a million people still arriving each year?",
                  publisher="The Dewpoint", author="Clementine Arkwright-Nnamdi", published_date="2026-11-11"),
        labels=[
            L("three-quarters", -75, E, PCT, NM + "_change", HS + "; headline)", ctx="down three-quarters under"),
            L("a million", 1000000, E, P, IM, REF + "; headline)", ctx="are a million people"),
            L("more than three-quarters", -75, MT, PCT, NM + "_change", HS + ", What was claimed)", occ=0),
            L("More than a million", 1000000, MT, P, IM, REF + ", What was claimed)"),
            L("842,000", 842000, E, P, IM, Y25F + "; Our verdict)", occ=0),
            L("three-quarters", -75, E, PCT, NM + "_change", HS + "; cross-head)", ctx='"three-quarters" come'),
            L("183,000", 183000, E, P, NM, Y25F + ")", occ=0),
            L("782,000", 782000, E, P, NM, YJ24F + ", the period the Home Office pointed to)", occ=0),
            L("782,000", 782000, E, P, NM, YJ24F + ", going from)", occ=1),
            L("183,000", 183000, E, P, NM, Y25F + ", going to)", occ=1),
            L("77%", -77, E, PCT, NM + "_change", "2025 vs year ending June 2024 (a reduction of; ONS)"),
            L("more than three-quarters", -75, MT, PCT, NM + "_change", HS + ", found right)", occ=1),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the 12 months to June 2023, the highest level; ONS)"),
            L("124,000", -124000, E, P, NM + "_change", "year to June 2024 vs year to June 2023 (lower; ONS)"),
            L("a third", -THIRD, E, PCT, IM + "_change", "2025 vs year to June 2024 (fell by; ONS)", ctx="fell by a third"),
            L("1,261,000", 1261000, E, P, IM, YJ24F + ")", occ=0),
            L("842,000", 842000, E, P, IM, Y25F + ", fell to)", occ=1),
            L("419,000", -419000, E, P, IM + "_change", "2025 vs year to June 2024 (a drop of; ONS)"),
            L("180,000", 180000, E, P, EM + "_change", "2025 vs year to June 2024 (rose by; ONS)"),
            L("659,000", 659000, E, P, EM, Y25F + ")"),
            L("roughly 30%", 30, AP, PCT, NM + "_share_of_fall_from_emigration", "2025 vs year to June 2024 (departures explain, of the overall fall; ONS)"),
            L("842,000", 842000, E, P, IM, Y25F + " estimates, moved here in 2025)", occ=2),
            L("a million", 1000000, AM, P, IM, "any 12-month period since the year ending June 2024 (has not topped; ONS)", ctx="topped a million"),
            L("1,261,000", 1261000, E, P, IM, YJ24F + ", the last time above a million)", occ=1),
            L("2.3 million", 2300000, E, P, "visas_granted_visit", "July 2025 to June 2026 (the year to June 2026; Home Office figures)"),
            L("51,300", 51300, E, P, "visas_granted_skilled_worker", "July 2025 to June 2026 (the year to June 2026, lead applicants; the Home Office)"),
            L("16%", -16, E, PCT, "visas_granted_skilled_worker_change", "year to June 2026 vs the year before (down; the Home Office)"),
            L("fewer than 8,000", 8000, LT, P, "visas_granted_health_care_worker", "July 2025 to June 2026 (the year to June 2026; the Home Office)"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "per year (the Conservatives' 2010 manifesto)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
