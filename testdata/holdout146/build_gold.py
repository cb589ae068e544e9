#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-forty-sixth hand-labelled hold-out set (holdout146).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, HOTELS, MONTHS, THIRD, EW,
                        E, AP, MT, AL, LT, AM, ALM, SBA, NM, AC, HOT, PTR, RSC)

UK, ENG, SCO, WAL, NI, FR, EU, RW = "UK", "England", "Scotland", "Wales", "Northern Ireland", "France", "EU", "Rwanda"
WEEKS, JOBS, DRONES, AGREEMENTS = "other:weeks", "other:jobs", "other:drones", "other:agreements"
PER10K = "other:persons_per_10000_residents"
VAC, LICENCES = "other:vacancies", "other:licences"

# 01 (Thursday 16 July 2026; Home Office annual report and accounts 2025/26, published Wednesday 15 July 2026)
ACC = "Home Office annual report and accounts 2025/26, published Wednesday 15 July 2026"
REC = "April 2022 to March 2026 (recovered to date, as the 2025/26 accounts show; " + ACC
LIFE1 = "April 2022 to 2025 (the scheme's whole life, to its repeal; "
PAID = "2022 to 2024 (paid to Kigali in instalments between 2022 and 2024; " + ACC + ")"
RREL = "rwanda_relocations"
REL1 = "April 2022 to July 2024 (people relocated to Rwanda under the scheme, all volunteers; "
DEAL = "April 2022, over five years (promised under the original deal)"
RECM = "rwanda_scheme_cost_recovered"
SHS1 = "the shadow home secretary"
HOS1 = "a Home Office spokesman"
TL = "Colm Arbuthnot, director, the Taxpayers' Ledger"

# 02 (Friday 28 August 2026; Home Office quarterly statistics for the year ending June 2026, released Thursday 27 August)
HO2 = "Home Office statistics released Thursday 27 August 2026"
YJ26 = "July 2025 to June 2026 (the year ending June 2026; " + HO2
YJ25 = "July 2024 to June 2025 (last year / a year before; " + HO2 + ")"
YJ23 = "July 2022 to June 2023 (the 12 months to June 2023, before the restriction was announced; " + HO2
CH2 = "year ending June 2026 vs year ending June 2025 ("
SD = "visas_granted_study_dependants"
SV = "visas_granted_study"
IMU = "Irwell Metropolitan University"
CFG = "the Campus Futures Group"

# 03 (Tuesday 9 June 2026; French interior ministry figures published in Paris on Monday 8 June 2026)
FIM = "French interior ministry figures published Monday 8 June 2026"
Y25 = "January to December 2025 (last year; " + FIM
YTD3 = "1 January to 8 June 2026 (so far this year"
STOP = "small_boat_launch_attempts_stopped_people"
STOPSH = STOP + "_share"
UKF = "uk_funding_to_france"
NEWDEAL = "April 2026 to March 2029 (the replacement deal, signed Monday 8 June 2026, over the next three years"
OLDDEAL = "April 2023 to March 2026 (the 2023 deal, over three years, ran out in March"
QUIST = "Dr Fenella Quist, Channel Crossings Monitor"

# 04 (Friday 27 February 2026; FOI figures for Yorkshire and the Humber; Home Office statistics published Thursday 26 February 2026)
YH = "Yorkshire and the Humber"
FOI = "figures released to the Weathercock under the Freedom of Information Act"
HO4 = "Home Office statistics published Thursday 26 February 2026"
D25 = "31 December 2025 (the end of December / the end of last year; "
D24 = "31 December 2024 (a year earlier; " + HO4 + ")"
ASP = "asylum_support_population"
CASN = "Ruth Kellingworth, co-ordinator, Calder and Aire Sanctuary Network"
HULL, BRAD, LEEDS, SHEF, ROTH = "Kingston upon Hull", "Bradford", "Leeds", "Sheffield", "Rotherham"

# 05 (Tuesday 16 June 2026; essay on ONS provisional estimates for 2025)
ONS5 = "ONS provisional estimates for 2025"
C25 = "January to December 2025 (last year; " + ONS5 + ")"
EB = "emigration_british"
ABROAD = "british_nationals_resident_abroad"
UAE, SPAIN, OUT = "United Arab Emirates", "Spain", "Outside the UK"

# 06 (Friday 28 August 2026; Home Office statistics published Thursday 27 August 2026 for the year ending June 2026)
HO6 = "Home Office statistics published Thursday 27 August 2026"
J26 = "30 June 2026 (the end of June; " + HO6
FNO = "foreign_national_offenders_awaiting_removal"
FNOC = FNO + "_in_community"
RFNO = "returns_foreign_national_offenders"
Y6 = "July 2025 to June 2026 (the year ending June 2026; " + HO6
SJS = "the shadow justice secretary"
HOS6 = "a Home Office spokesman"

# 07 (Thursday 3 December 2026, magazine issue of 5 December; Home Office figures to September 2026, ONS release of Thursday 26 November 2026)
HCW = "visas_granted_health_care_worker"
YS23 = "October 2022 to September 2023 (the year to September 2023, the peak; Home Office)"
YS26 = "October 2025 to September 2026 (the year to September 2026; Home Office)"
SFC = "Skills for Care"

ARTICLES = {
    "01-daily-signalman-rwanda-payments-recovered": dict(
        meta=dict(url="https://www.dailysignalman.example/news/politics/2026/07/16/rwanda-fiasco-only-11-7m-clawed-back-from-715m-scheme-1984452",
                  title="Rwanda fiasco: Only £11.7m clawed back from £715m scheme as Kigali keeps EVERY penny of its £290m",
                  publisher="Daily Signalman", author="Harriet Vossberg", published_date="2026-07-16"),
        labels=[
            L("£11.7m", 11700000, E, GBP, RECM, REC + "; headline)", occ=0),
            L("£715m", 715000000, E, GBP, RSC, LIFE1 + ACC + "; headline)", occ=0),
            L("£290m", 290000000, E, GBP, PTR, "2022 to 2024 (all of it kept by Kigali; headline)", occ=0),
            L("1.6p", 1.6, E, PCT, "rwanda_scheme_cost_share_recovered", REC + "; of every pound, found its way back to the Treasury; standfirst)"),
            L("four", 4, E, P, RREL, REL1 + "ever flown to Kigali; caption)", ctx="Only four people were ever flown"),
            L("£11.7m", 11700000, E, GBP, RECM, REC + "; clawed back)", occ=1),
            L("more than £703m", 703000000, MT, GBP, "rwanda_scheme_cost_unrecovered", REC + "; taxpayers' money gone for good)"),
            L("£6.9m", 6900000, E, GBP, RECM + "_flight_refunds", REC + "; refunds on charter jets that never took off)"),
            L("£3.1m", 3100000, E, GBP, RECM + "_escort_contract", REC + "; a break clause in the escort contract)"),
            L("£1.7m", 1700000, E, GBP, RECM + "_leases", REC + "; handing back offices and a reception centre)"),
            L("£2.4m", 2400000, E, GBP, "rwanda_scheme_cost_written_off", "to March 2026 (owed by a security contractor, written off; " + ACC + ")"),
            L("£290m", 290000000, E, GBP, PTR, PAID, occ=1),
            L("more than 40 per cent", 40, MT, PCT, "payment_to_rwanda_share_of_scheme_cost", LIFE1 + ACC + ")"),
            L("£715m", 715000000, E, GBP, RSC, LIFE1 + "the whole bill; " + ACC + ")", occ=1),
            L("less than 2 per cent", 2, LT, PCT, "rwanda_scheme_cost_share_recovered", REC + "; of what was spent)"),
            L("Four", 4, E, P, RREL, REL1 + "cross-head)", ctx="Four volunteers"),
            L("four", 4, E, P, RREL, REL1 + "Rwanda took in)", ctx="Rwanda took in four people"),
            L("four", 4, E, P, RREL, REL1 + "all four went of their own free will)", ctx="all four went"),
            L("£72.5m", 72500000, E, GBP, "payment_to_rwanda_per_relocation", "2022 to 2024 (payments to Rwanda for each person relocated)"),
            L("more than £178m", 178000000, MT, GBP, "rwanda_scheme_cost_per_relocation", LIFE1 + "per person sent, with flights, detention, lawyers and civil servants)"),
            L("£370m", 370000000, E, GBP, "payment_to_rwanda_planned", DEAL + "; for Rwanda's economy)"),
            L("£120m", 120000000, E, GBP, "payment_to_rwanda_planned", "April 2022 (the original deal; due once 300 people had arrived)"),
            L("300", 300, E, P, "rwanda_relocations_planned", "April 2022 (the original deal; arrivals that would trigger the £120m)"),
            L("£20,000", 20000, E, GBP, "payment_to_rwanda_per_relocation_planned", "April 2022 (the original deal; for every individual relocated)"),
            L("£50m", 50000000, E, GBP, "payment_to_rwanda_due_not_made", "April 2025 and April 2026 (each of two payments pencilled in, never made once Labour tore the treaty up)"),
            L("£100m", 100000000, E, GBP, "rwanda_scheme_cancellation_saving", "April 2025 and April 2026 (the two payments never made)"),
            L("£4.62bn", 4620000000, E, GBP, AC, "April 2025 to March 2026 (2025/26; " + ACC + ")"),
            L("£5.06bn", 5060000000, E, GBP, AC, "April 2024 to March 2025 (the year before, a record; " + ACC + ")"),
            L("Over 80,000", 80000, MT, P, SBA, "5 July 2024 to July 2026 (since Labour took the keys to the Home Office; " + SHS1 + ")"),
            L("£11.7m", 11700000, E, GBP, RECM, REC[:-len(ACC)] + SHS1 + "; loose change)", occ=2),
            L("£715m", 715000000, E, GBP, RSC, LIFE1 + HOS1 + "; a gimmick the government inherited)", occ=2),
            L("four", 4, E, P, RREL, REL1 + HOS1 + "; removed four volunteers)", ctx="removed four volunteers"),
            L("£150m", 150000000, E, GBP, "border_security_command_funding", "April 2026 to March 2027 (to spend this year; " + HOS1 + ")"),
            L("roughly £25", 25, AP, GBP, "rwanda_scheme_cost_per_household", LIFE1 + "every household in Britain; the Taxpayers' Ledger)"),
            L("about 14,200", 14200, AP, P, "asylum_hotel_places_affordable_with_rwanda_cost", "for a whole year (asylum seekers who could have been put up in hotels for the same money; " + TL + ")"),
            L("up to 1,000", 1000, AM, P, "rwanda_accommodation_capacity", "2022 to 2024 (accommodation kept ready for arrivals; a spokeswoman in Kigali)", geo=RW),
        ]),
    "02-the-quarrystone-student-visas-dependants-rule-changes": dict(
        meta=dict(url="https://www.thequarrystone.example/education/2026/aug/28/visas-overseas-students-families-down-almost-90-from-peak",
                  title="Visas for overseas students' families down almost 90% from peak as rule change bites",
                  publisher="The Quarrystone", author="Ines Maclaverty", published_date="2026-08-28"),
        labels=[
            L("almost 90%", -90, ALM, PCT, SD + "_change", "year ending June 2026 vs year ending June 2023 (down from the peak; headline)"),
            L("16,900", 16900, E, P, SD, YJ26 + "; standfirst)", occ=0),
            L("almost nine-tenths", -90, ALM, PCT, SD + "_change", "year ending June 2026 vs year ending June 2023 (since ministers barred most taught postgraduates from bringing family)"),
            L("16,900", 16900, E, P, SD, YJ26 + ")", occ=1),
            L("152,800", 152800, E, P, SD, YJ23 + ")"),
            L("13%", -13, E, PCT, SD + "_change", CH2 + "lower than last year's; " + HO2 + ")"),
            L("19,400", 19400, E, P, SD, YJ25),
            L("4%", -4, E, PCT, SV + "_change", CH2 + "main applicants slipped by; " + HO2 + ")"),
            L("398,600", 398600, E, P, SV, YJ26 + "; main applicants)"),
            L("415,200", 415200, E, P, SV, YJ25),
            L("roughly one dependant for every 24", 100 / 24, AP, PCT, SD + "_share_of_main_applicants", YJ26 + "; now)"),
            L("about one for every three", THIRD, AP, PCT, SD + "_share_of_main_applicants", "July 2022 to June 2023 (at the peak; " + HO2 + ")"),
            L("97,300", 97300, E, P, SV + "_india", YJ26 + "; Indian nationals)"),
            L("11%", -11, E, PCT, SV + "_india_change", CH2 + "fewer than a year earlier; " + HO2 + ")"),
            L("3%", 3, E, PCT, SV + "_china_change", CH2 + "Chinese students rose by; " + HO2 + ")"),
            L("92,600", 92600, E, P, SV + "_china", YJ26 + "; Chinese students)"),
            L("more than two-fifths", -40, MT, PCT, SV + "_nigeria_change", CH2 + "Nigerian students fell by; " + HO2 + ")"),
            L("14,800", 14800, E, P, SV + "_nigeria", YJ26 + "; Nigerian students)"),
            L("61,400", 61400, E, P, SD + "_nigeria", YJ23 + "; dependants brought by Nigerian students)"),
            L("roughly two in five", 40, AP, PCT, SD + "_share_nigeria", YJ23 + "; of all those granted)"),
            L("71%", 71, E, PCT, SD + "_share_postgraduate_research", YJ26 + "; this year's dependant visas)"),
            L("£17,500", 17500, E, GBP, "international_student_tuition_fee", "2026 (fees for a master's in public health begun in January 2026; a student, Adaeze)", geo=IMU),
            L("3,400", 3400, E, P, "international_students_postgraduate_taught_enrolments", "2023 (overseas students on taught master's programmes)", geo=IMU),
            L("2,150", 2150, E, P, "international_students_postgraduate_taught_enrolments", "2026 (this year)", geo=IMU),
            L("37%", -37, E, PCT, "international_students_postgraduate_taught_enrolments_change", "2026 vs 2023 (a drop of)", geo=IMU),
            L("140", 140, E, JOBS, "university_job_cuts", "2026 (jobs being cut)", geo=IMU),
            L("£18m", 18000000, E, GBP, "university_budget_shortfall", "2026 (the shortfall the university is trying to close)", geo=IMU),
            L("43%", 43, E, PCT, "universities_share_expecting_deficit", "August 2025 to July 2026 (2025/26; the Office for Students, May 2026)", geo=ENG),
            L("£925", 925, E, GBP, "international_student_levy", "from 2028, per year (a flat levy on every international student)", geo=ENG),
            L("about £620m", 620000000, AP, GBP, "international_student_levy_cost", "from 2028, per year (the cost to universities; " + CFG + ")", geo=ENG),
            L("about a quarter", -25, AP, PCT, "international_students_postgraduate_taught_entrants_change", "latest year vs the year before (year not stated; postgraduate taught entrants from outside the UK; the sector body's figures)", geo=SCO),
            L("798,000", 798000, E, P, "immigration", "January to December 2025 (people who moved to the UK in 2025; ONS estimates published May 2026)"),
            L("31%", 31, E, PCT, "immigration_share_study", "January to December 2025 (came to study; ONS estimates published May 2026)"),
            L("around four-fifths", -80, AP, PCT, "net_migration_change", "from the record high (year to June 2023) to the latest estimate (a Home Office spokesperson)"),
        ]),
    "03-skein-news-french-police-beach-interceptions-uk-funding": dict(
        meta=dict(url="https://news.skein.example/french-police-stopped-about-42-of-channel-crossing-attempts-last-year-13561188",
                  title="French police stopped about 42% of Channel crossing attempts last year - as Britain agrees bigger cheque",
                  publisher="Skein News", author="Tomasz Greenhalgh", published_date="2026-06-09"),
        labels=[
            L("about 42%", 42, AP, PCT, STOPSH, Y25 + "; of crossing attempts stopped; headline)", occ=0, geo=FR),
            L("29,800", 29800, E, P, STOP, Y25 + "; standfirst)", occ=0, geo=FR),
            L("29.8k", 29800, E, P, STOP, Y25 + "; key figures)", geo=FR),
            L("13.9k", 13900, E, P, SBA, YTD3 + "; key figures)"),
            L("£510m", 510000000, E, GBP, UKF, NEWDEAL + "; key figures)", occ=0),
            L("29,800", 29800, E, P, STOP, Y25 + ")", occ=1, geo=FR),
            L("10%", -10, E, PCT, STOP + "_change", "2025 vs 2024 (down on 2024; " + FIM + ")", geo=FR),
            L("41,650", 41650, E, P, SBA, "January to December 2025 (over the same 12 months)"),
            L("about 42%", 42, AP, PCT, STOPSH, Y25 + "; of the attempts officers could count, on the Nord and Pas-de-Calais coast)", occ=1, geo=FR),
            L("33,100", 33100, E, P, STOP, "January to December 2024 (" + FIM + ")", geo=FR),
            L("614", 614, E, BOATS, "small_boat_launches_prevented", Y25 + "; boats blocked from launching)", geo=FR),
            L("about a third", -THIRD, AP, PCT, "small_boat_launches_prevented_change", "2025 vs 2024 (fewer than a year earlier; " + FIM + ")", geo=FR),
            L("10,460", 10460, E, P, STOP, YTD3 + "; stopped on the French side)", geo=FR),
            L("13,900", 13900, E, P, SBA, YTD3 + "; arrived in Britain)"),
            L("61", 61, E, PPB, "small_boat_occupancy", YTD3 + "; an average of 61 people each)"),
            L("£476m", 476000000, E, GBP, UKF, OLDDEAL + ")"),
            L("£510m", 510000000, E, GBP, UKF, NEWDEAL + ")", occ=1),
            L("about 7%", 7, AP, PCT, UKF + "_change", "the 2026 deal vs the 2023 deal (both over three years)"),
            L("roughly £170m", 170000000, AP, GBP, UKF, "April 2026 to March 2029, per year (the replacement deal)"),
            L("more than £5,000", 5000, MT, GBP, UKF + "_per_person_stopped", "April 2023 to March 2026 (the last deal, for every person French officers stopped; Skein News's analysis)"),
            L("around 1,200", 1200, AP, P, "french_coastal_police_deployed", "from June 2026, per night (officers and gendarmes on the coast, paid for by the new money)", geo=FR),
            L("some 800", 800, AP, P, "french_coastal_police_deployed", "2023 (when the previous deal was signed)", geo=FR),
            L("more than 80", 80, MT, DRONES, "french_coastal_drones_funded", "April 2026 to March 2029 (drones the new money will pay for)", geo=FR),
            L("More than 60%", 60, MT, PCT, "small_boat_launches_share_taxi_boats", "June 2026 (now; launches involving taxi boats; the French authorities)", geo=FR),
            L("11", 11, E, BOATS, "small_boat_interceptions_at_sea", "2025 to 31 May 2026 (under rules introduced last year, by the end of May; French vessels)", geo=FR),
            R("between 40% and 45%", 40, 45, PCT, STOPSH, "2023 to 2025 (settled for three years; " + QUIST + ")", geo=FR),
            L("17", 17, E, P, "small_boat_deaths", "1 January to 8 June 2026 (since January; the UN's migration agency)"),
            L("26%", -26, E, PCT, "irregular_arrivals_change", "2025 vs 2024 (irregular crossings of the EU's outer borders dropped last year; Frontex)", geo=EU),
        ]),
    "04-yorkshire-weathercock-asylum-decision-waits-backlog": dict(
        meta=dict(url="https://www.yorkshireweathercock.example/news/thousands-of-asylum-seekers-in-yorkshire-left-waiting-more-than-six-months-5521873",
                  title="Thousands of asylum seekers in Yorkshire left waiting more than six months for a decision",
                  publisher="Yorkshire Weathercock", author="Bethan Oldroyd", published_date="2026-02-27"),
        labels=[
            V("Thousands", 2000, 9000, P, "asylum_backlog_waiting_over_6_months", D25 + FOI + "; headline)", ctx="Thousands of asylum seekers", geo=YH),
            L("Almost 9,000", 9000, ALM, P, "asylum_backlog", D25 + FOI + "; standfirst)", geo=YH),
            L("ALMOST 9,000", 9000, ALM, P, "asylum_backlog", D25 + FOI + ")", geo=YH),
            L("more than a third", THIRD, MT, PCT, "asylum_backlog_share_waiting_over_6_months", D25 + FOI + ")", geo=YH),
            L("8,940", 8940, E, P, "asylum_backlog", "31 December 2025 (had yet to receive an initial decision; " + FOI + ")", geo=YH),
            L("38%", 38, E, PCT, "asylum_backlog_share_waiting_over_6_months", "31 December 2025 (" + FOI + ")", geo=YH),
            L("1,120", 1120, E, P, "asylum_backlog_waiting_over_2_years", "31 December 2025 (" + FOI + ")", geo=YH),
            L("roughly one in eight", 12.5, AP, PCT, "asylum_backlog_share_yorkshire_and_the_humber", D25 + "of the people waiting across the UK)", geo=YH),
            L("74,300", 74300, E, P, "asylum_backlog", D25 + HO4 + ")"),
            L("18%", -18, E, PCT, "asylum_backlog_change", "31 December 2025 vs 31 December 2024 (fallen in a year; " + HO4 + ")"),
            L("90,600", 90600, E, P, "asylum_backlog", D24),
            L("more than 175,000", 175000, MT, P, "asylum_backlog", "mid-2023 (the peak)"),
            L("11,870", 11870, E, P, ASP, D25 + HO4 + ")", geo=YH),
            L("some 1,410", 1410, AP, P, ASP + "_change", "31 December 2025 vs 31 December 2024 (higher than a year earlier; " + HO4 + ")", geo=YH),
            L("13%", 13, E, PCT, ASP + "_change", "31 December 2025 vs 31 December 2024 (up; " + HO4 + ")", geo=YH),
            L("2,140", 2140, E, P, ASP, D25 + HO4 + "; the most)", geo=LEEDS),
            L("1,910", 1910, E, P, ASP, D25 + HO4 + ")", geo=BRAD),
            L("1,760", 1760, E, P, ASP, D25 + HO4 + ")", geo=SHEF),
            L("1,080", 1080, E, P, ASP, D25 + HO4 + ")", geo=HULL),
            L("about 40", 40, AP, PER10K, ASP + "_per_10000_residents", D25 + HO4 + "; one of the highest rates in England)", geo=HULL),
            L("c. 700", 700, AP, P, ASP, D25 + HO4 + ")", geo=ROTH),
            L("1,460", 1460, E, P, HOT, D25 + HO4 + "; the region's hotel population)", geo=YH),
            L("nine", 9, E, HOTELS, "asylum_hotels_in_use", D25 + "hotels the region's asylum seekers are spread across)", ctx="across nine hotels", geo=YH),
            L("27", 27, E, HOTELS, "asylum_hotels_in_use", "2023 (when use peaked)", ctx="from 27 hotels", geo=YH),
            L("640", 640, E, P, "charity_service_users", "February 2026 (the charity's clients; " + CASN + ")", geo=YH),
            L("17", 17, E, MONTHS, "asylum_initial_decision_wait_median", "February 2026 (the charity's clients waited a median of, for a first decision; " + CASN + ")", geo=YH),
            L("fewer than one in ten", 10, LT, PCT, "charity_service_users_share_given_update", "December 2025 to February 2026 (clients given any update in the past three months; " + CASN + ")", geo=YH),
            L("51,200", 51200, E, P, "asylum_backlog_appeals", "31 December 2025 (asylum appeals outstanding as 2025 closed; " + HO4 + ")"),
            L("45%", 45, E, PCT, "asylum_grants_share_initial_decisions", "January to December 2025 (" + HO4 + ")"),
            L("57%", 57, E, PCT, "asylum_grants_share_initial_decisions", "January to December 2024 (" + HO4 + ")"),
            L("27", 27, E, WEEKS, "asylum_initial_decision_wait_average", "February 2026 (new claims now decided in an average of; a Home Office spokesperson)", ctx="average of 27 weeks"),
            L("nearly three-fifths", -60, ALM, PCT, "asylum_backlog_change", "summer 2023 to December 2025 (cut since the summer of 2023; a Home Office spokesperson)"),
        ]),
    "05-hinterland-british-emigration-what-the-figures-show": dict(
        meta=dict(url="https://hinterland.example/a/the-quiet-exodus-of-young-britain",
                  title="The quiet exodus of young Britain",
                  publisher="Hinterland", author="Ottilie Brannagh", published_date="2026-06-16"),
        labels=[
            L("109,000", 109000, E, P, EB, C25, occ=0),
            L("18%", 18, E, PCT, EB + "_change", "2025 vs 2024 (" + ONS5 + ")"),
            L("56,000", 56000, E, P, "immigration_british", C25[:-1] + "; British nationals who came back)"),
            L("53,000", -53000, E, P, "net_migration_british_nationals", C25[:-1] + "; citizens lost, net, in a single year)"),
            L("69.3m", 69300000, E, P, "population", "mid-2024 (the ONS's latest mid-year estimate)"),
            L("181,000", 181000, E, P, NM, C25[:-1] + "; the headline figure)"),
            L("617,000", 617000, E, P, "emigration", C25[:-1] + "; overall emigration)"),
            L("fewer than one in five", 20, LT, PCT, "emigration_share_british", C25[:-1] + "; Britons among those leaving)"),
            L("109,000", 109000, E, P, EB, C25[:-1] + "; of the 109,000)", occ=1),
            L("some 61,000", 61000, AP, P, EB + "_aged_16_34", C25),
            L("nearly four times", 4, ALM, RATIO, EB + "_aged_16_34_to_55_and_over_ratio", C25[:-1] + "; those aged 16 to 34 against those aged 55 and over)"),
            L("16,000", 16000, E, P, EB + "_aged_55_and_over", C25),
            L("Roughly two-thirds", 200 / 3, AP, PCT, EB + "_share_graduates", C25[:-1] + "; last year's leavers who held a degree)"),
            L("11,000", 11000, E, P, EB + "_revision", "January to December 2024 (revised up by, after matching tax and benefit records; the ONS)"),
            L("38,700", 38700, E, P, "australia_visas_granted_british_nationals", "July 2024 to June 2025 (working holiday visas to Britons; Australia)", geo="Australia"),
            L("a third", THIRD, E, PCT, "australia_visas_granted_british_nationals_change", "year to June 2025 vs year to June 2023 (more than two years earlier)", ctx="a third more than two years earlier", geo="Australia"),
            L("240,000", 240000, E, P, ABROAD, "2026 (now home to an estimated; British residents)", geo=UAE),
            L("about 290,000", 290000, AP, P, ABROAD, "2026 (still has)", geo=SPAIN),
            L("102,000", 102000, E, P, "eu_first_residence_permits_british", "January to December 2024 (first residence permits received by Britons)", geo=EU),
            R("between 4.5 million and 5.5 million", 4500000, 5500000, P, ABROAD, "2026 (British citizens who live abroad; the usual estimate)", geo=OUT),
            L("16,500", 16500, E, P, "emigration_millionaires", "January to December 2025 (millionaires who left Britain; a wealth consultancy's much-quoted claim)"),
            L("12%", -12, E, PCT, "non_dom_taxpayers_change", "year to April 2025 vs the year before (non-domiciled taxpayers; HMRC)"),
            L("some 200,000", 200000, AP, P, EB, "mid-2000s, per year (Britons emigrating a year)"),
            L("one in five", 20, E, PCT, "poll_share_graduates_expecting_to_emigrate", "March 2026 (graduates under 30 expecting to have moved abroad within five years; a poll for the Fairhaven Trust)", ctx="one in five graduates"),
            L("47%", 47, E, PCT, "poll_share_emigrants_citing_housing", "March 2026 (those who had already left, citing housing as the most common reason; a poll for the Fairhaven Trust)"),
            V("tens of thousands", 20000, 90000, P, EB + "_graduates", "recent years, per year (young graduates the country sends abroad each year)"),
        ]),
    "06-daily-brazier-foreign-offenders-deported-awaiting-removal": dict(
        meta=dict(url="https://www.dailybrazier.example/news/article-15072291/Nearly-25-000-foreign-criminals-Britain-waiting-deported.html",
                  title="Nearly 25,000 foreign criminals are still in Britain waiting to be deported - with 1,140 more on our streets than a year ago",
                  publisher="Daily Brazier", author="Rosamund Trevethick", published_date="2026-08-28"),
        labels=[
            L("Nearly 25,000", 25000, ALM, P, FNO, J26 + "; still in Britain waiting to be deported; headline)"),
            L("1,140", 1140, E, P, FNOC + "_change", "30 June 2026 vs 30 June 2025 (more on our streets than a year ago; headline)", occ=0),
            L("20,410", 20410, E, P, FNOC, J26 + "; bullet point)", occ=0),
            L("More than 3,600", 3600, MT, P, FNOC + "_over_5_years", J26 + "; waiting for over five years; bullet point)", occ=0),
            L("12 per cent", 12, E, PCT, RFNO + "_change", "year ending June 2026 vs year ending June 2025 (deportations rose; bullet point)", occ=0),
            L("Over 20,000", 20000, MT, P, FNOC, J26 + "; living freely in British communities)"),
            L("20,410", 20410, E, P, FNOC, J26 + ")", occ=1),
            L("1,140", 1140, E, P, FNOC + "_change", "30 June 2026 vs 30 June 2025 (higher than 12 months earlier; " + HO6 + ")", occ=1),
            L("6 per cent", 6, E, PCT, FNOC + "_change", "30 June 2026 vs 30 June 2025 (up; " + HO6 + ")"),
            L("4,380", 4380, E, P, FNO + "_in_prison", J26 + "; still behind bars waiting to be removed)"),
            L("24,790", 24790, E, P, FNO, J26 + "; the total)"),
            L("More than 3,600", 3600, MT, P, FNOC + "_over_5_years", J26 + "; waiting for over five years)", occ=1),
            L("5,980", 5980, E, P, RFNO, Y6 + ")"),
            L("12 per cent", 12, E, PCT, RFNO + "_change", "year ending June 2026 vs year ending June 2025 (up on the previous year; " + HO6 + ")", occ=1),
            L("5,340", 5340, E, P, RFNO, "July 2024 to June 2025 (the previous year; " + HO6 + ")"),
            L("1,370", 1370, E, P, RFNO + "_albanian", Y6 + "; Albanians, the largest group)"),
            L("almost a quarter", 25, ALM, PCT, RFNO + "_share_albanian", Y6 + "; of the total)"),
            L("890", 890, E, P, RFNO + "_romanian", Y6 + ")"),
            L("540", 540, E, P, RFNO + "_polish", Y6 + ")"),
            L("12 per cent", 12, E, PCT, "prison_population_share_foreign_nationals", "June 2026 (now; of the prison population)", ctx="make up 12 per cent", geo=EW),
            L("10,650", 10650, E, P, "prison_population_foreign_nationals", "June 2026 (behind bars at the last count)", geo=EW),
            L("about £570million", 570000000, AP, GBP, "foreign_national_prisoners_cost", "2026, per year (Ministry of Justice estimates)", geo=EW),
            L("212", 212, E, P, "foreign_national_offender_deportation_appeals_allowed", "January to December 2025 (won appeals against deportation on human rights grounds, last year)"),
            L("four in five", 80, E, PCT, "foreign_national_offender_deportation_appeals_allowed_share_article_8", "January to December 2025 (of those who won, relied on Article 8)"),
            L("Fewer than one in four", 25, LT, PCT, "foreign_prisoners_share_deported_at_end_of_sentence", "August 2026 (deported at the end of their sentence; " + SJS + ")"),
            V("thousands", 2000, 9000, P, SBA, "August 2026, per month (arriving every month in small boats; " + SJS + ")", ctx="the thousands more arriving"),
            L("more than four", 4, MT, YEARS, "foreign_national_offenders_years_to_clear_at_current_rate", "August 2026 (at the current pace, to clear the backlog; Migration Watchtower)", ctx="more than four years"),
            L("More than 10,500", 10500, MT, P, RFNO, "5 July 2024 to August 2026 (deported since 5 July 2024; " + HOS6 + ")"),
            L("14 per cent", 14, E, PCT, RFNO + "_change", "5 July 2024 to August 2026 vs the previous 24 months (" + HOS6 + ")"),
            L("three", 3, E, AGREEMENTS, "returns_agreements_signed", "January to August 2026 (new returns agreements signed this year alone; " + HOS6 + ")", ctx="with three countries"),
            L("about 3,000", 3000, AP, P, "foreign_national_offenders_held_beyond_sentence", "2026 (earlier this year; held in prison beyond the end of their sentences while removal was arranged; ministers)"),
        ]),
    "07-the-tabard-health-care-visas-share-of-immigration": dict(
        meta=dict(url="https://www.thetabard.example/article/the-care-visa-was-never-the-whole-story/",
                  title="The care visa was never the whole story",
                  publisher="The Tabard", author="Peregrine Ashdown-Vale", published_date="2026-12-03"),
        labels=[
            V("a few thousand", 2000, 5000, P, "visas_granted_care_worker_expected", "2022 (what the route was designed for; Westminster folklore)"),
            V("hundreds of thousands", 200000, 900000, P, HCW + "_including_dependants", "2022 to 2024 (the Johnson years and after; people the route ended up bringing in)"),
            L("146,100", 146100, E, P, HCW, YS23),
            L("205,400", 205400, E, P, HCW + "_dependants", YS23),
            L("more than 350,000", 350000, MT, P, HCW + "_including_dependants", YS23[:-1] + "; in a single year, on one route)"),
            L("1.32 million", 1320000, E, P, "immigration", "July 2022 to June 2023 (the year to June 2023; the ONS)"),
            L("more than a quarter", 25, MT, PCT, "immigration_share_health_care_worker_route", "year to June 2023 (the route and its families, of all arrivals)"),
            L("17,400", 17400, E, P, HCW, YS26),
            L("less than an eighth", 12.5, LT, PCT, HCW + "_share_of_peak", "year to September 2026 against the year to September 2023 peak"),
            L("9,600", 9600, E, P, HCW + "_dependants", YS26),
            L("some 81%", 81, AP, PCT, HCW + "_share_nhs_staff", YS26[:-1] + "; nurses, doctors and other NHS staff among the main applicants)"),
            L("1,180", 1180, E, P, "visas_granted_care_worker", YS26[:-1] + "; care workers proper)"),
            L("742,000", 742000, E, P, "immigration", "July 2025 to June 2026 (the year to June 2026; the ONS release of Thursday 26 November 2026)"),
            L("under 4 per cent", 4, LT, PCT, "immigration_share_health_care_worker_route", "year to June 2026 (the route with dependants, now)"),
            L("approaching a million", 1000000, ALM, P, NM, "July 2022 to June 2023 (the peak once blamed on the policy)"),
            L("about 108,000", 108000, AP, VAC, "adult_social_care_vacancies", "April 2025 to March 2026 (2025/26; " + SFC + ")", geo=ENG),
            L("6.3 per cent", 6.3, E, PCT, "adult_social_care_vacancy_rate", "April 2025 to March 2026 (2025/26; " + SFC + ")", geo=ENG),
            L("roughly 1.6m", 1600000, AP, JOBS, "adult_social_care_filled_posts", "April 2025 to March 2026 (2025/26; " + SFC + ")", geo=ENG),
            L("About one in five", 20, AP, PCT, "adult_social_care_filled_posts_share_non_british", "2025/26 (posts held by someone who is not a British national)", geo=ENG),
            L("more than 470", 470, MT, LICENCES, "care_sponsor_licences_revoked", "2022 to December 2026 (care providers stripped of their sponsor licences since 2022; the Home Office)"),
            L("doubled", 2, E, RATIO, "care_sponsor_licences_revoked_ratio", "April 2025 to March 2026 vs the year before (the 12 months to March)"),
            V("Thousands", 2000, 9000, P, "care_workers_displaced_by_licence_revocations", "2022 to December 2026 (workers who came legitimately, left without a sponsor)", ctx="Thousands of workers"),
            L("one in six", 100 / 6, E, PCT, "care_workers_share_arrived_on_visa", "2026 (care workers in some counties; Welsh ministers)", geo=WAL),
            L("a third", -THIRD, E, PCT, "care_worker_recruitment_overseas_change", "2026 vs 2025 (down on last year; Scottish Care)", ctx="down a third", geo=SCO),
            L("1,020", 1020, E, P, "nurses_recruited_overseas", "January to December 2025 (Northern Ireland's health trusts)", geo=NI),
            L("nearly twice", 2, ALM, RATIO, "nurses_recruited_overseas_ratio", "2025 vs 2021 (Northern Ireland's health trusts)", geo=NI),
            L("two in five", 40, E, PCT, "nurses_joining_register_share_trained_abroad", "January to December 2025 (nurses who joined the register last year)"),
            L("about £12.90", 12.9, AP, GBP, "care_worker_hourly_pay", "December 2026, per hour (an average care worker now earns)"),
            L("100,000", 100000, E, P, "adult_social_care_workers_needed", "future, years not stated (the next 100,000 carers)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
