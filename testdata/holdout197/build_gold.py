#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-ninety-seventh hand-labelled hold-out set (holdout197).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, THIRD, SIXTH,
                        E, AP, MT, AL, LT, AM, ALM, SBA, NM, AC, HOT, PTR)

UK, ENG = "UK", "England"
RESP, VAC = "other:responses", "other:vacancies"
TWO3 = 200 / 3

# 01 (Saturday 13 January 2024; Spectator-style column)
ONS1 = "ONS"
NMC, NMR, NMF = "net_migration_change", "net_migration_revision", "net_migration_forecast"
YS23 = "October 2022 to September 2023 (the twelve months to September 2023; Home Office)"
POLL1 = "January 2024 (last week; poll for The Fianchetto)"
PKG = "the December 2023 package"

# 02 (Thursday 20 June 2024; New Statesman-style essay during the general election campaign)
ONS2 = "ONS, May 2024"
Y23 = "January to December 2023 (2023; " + ONS2 + ")"
POLL2 = "June 2024 (polling for The Zugzwang)"

# 03 (Tuesday 4 March 2025; Guardian-style opinion column)
Y24 = "January to December 2024 (2024, last year"
HO3 = "Home Office"

# 04 (Saturday 24 May 2025; Telegraph-style comment; ONS release Thursday 22 May 2025)
ONS4 = "ONS, Thursday 22 May 2025"
C24 = "January to December 2024 (2024, last year; " + ONS4 + ")"
C23 = "January to December 2023 (2023"

# 05 (Wednesday 3 December 2025; CapX-style piece; ONS release Thursday 27 November 2025, OBR Wednesday 26 November 2025)
ONS5 = "ONS, Thursday 27 November 2025"
J25 = "July 2024 to June 2025 (the year to June; " + ONS5 + ")"
OBR5 = "OBR, Budget 26 November 2025"
NOW5 = "December 2025 (now"
SKC = "skills_charge_large_employers_per_worker"

# 06 (Tuesday 16 June 2026; i-style opinion column)
HOM = "Home Office modelling published with the consultation"
FY6 = "April 2025 to March 2026 (the year to March; Home Office)"
SPE = "settlement_potentially_eligible"
SGC = "settlement_grants_care_workers_and_dependants"
SURV = "spring 2026 (this spring; survey of care providers in England)"
POLL6 = "June 2026 (this month; polling for Pips)"

# 07 (Thursday 26 November 2026; think-tank blog on ONS provisional estimates published that morning)
ONS7 = "ONS provisional estimates, 26 November 2026"
J26 = "July 2025 to June 2026 (the year to June 2026; " + ONS7 + ")"
KP = " (Key points)"
PEAK = "April 2022 to March 2023 (the peak, the year to March 2023"
PGM = "population_change_from_net_migration"

ARTICLES = {
    "01-the-fianchetto-tory-migration-promise-column": dict(
        meta=dict(url="https://www.thefianchetto.example/columns/the-tories-have-one-last-go-at-keeping-their-migration-promise",
                  title="The Tories have one last go at keeping their migration promise",
                  publisher="The Fianchetto", author="Hector Lanyon-Bramwell", published_date="2024-01-13"),
        labels=[
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "per year (David Cameron's pledge, from 2010)"),
            L("745,000", 745000, E, P, NM, "January to December 2022 (the year to December 2022; ONS, revised November 2023)"),
            L("139,000", 139000, E, P, NMR, "January to December 2022 (first estimate revised up in November 2023; ONS)"),
            L("672,000", 672000, E, P, NM, "July 2022 to June 2023 (the year to June 2023; ONS)"),
            L("73,000", -73000, E, P, NMC, "year to June 2023 vs year to December 2022 (lower)"),
            L("roughly three times", 3, AP, RATIO, "net_migration_ratio", "year to June 2023 vs the level Boris Johnson inherited in July 2019"),
            L("about 220,000", 220000, AP, P, NM, "July 2018 to June 2019 (the level Boris Johnson inherited in July 2019)"),
            L("300,000", -300000, E, P, "immigration_change", "future years vs the latest year (fewer people arriving; James Cleverly on " + PKG + ")", ctx="mean 300,000 fewer"),
            L("£26,200", 26200, E, GBP, "skilled_worker_salary_threshold", "January 2024 (before the rise; " + PKG + ")"),
            L("£38,700", 38700, E, GBP, "skilled_worker_salary_threshold", "spring 2024 onwards (after the rise; " + PKG + ")"),
            L("48%", 48, E, PCT, "skilled_worker_salary_threshold_change", "spring 2024 vs January 2024 (a rise; " + PKG + ")"),
            L("£18,600", 18600, E, GBP, "family_visa_minimum_income_requirement", "January 2024 (income needed to sponsor a spouse, before the rise)"),
            L("£29,000", 29000, E, GBP, "family_visa_minimum_income_requirement_planned", "spring 2024 onwards (this spring)"),
            L("101,000", 101000, E, P, "visas_granted_care_worker", YS23 + "; care workers and senior care workers"),
            L("120,000", 120000, E, P, "visas_granted_care_worker_dependants", YS23),
            L("More than half", 50, MT, PCT, "visas_granted_care_worker_share_dependants", YS23 + "; share of the route's visas that went to family members"),
            L("152,000", 152000, E, P, "visas_granted_study_dependants", "October 2022 to September 2023 (over the same period; Home Office)"),
            L("nearly eight times", 8, ALM, RATIO, "visas_granted_study_dependants_ratio", "year to September 2023 vs 2019"),
            L("19,900", 19900, E, P, "visas_granted_study_dependants", "January to December 2019 (2019)"),
            L("well under 100,000", 100000, LT, P, NM, "per year (much of the 1990s)"),
            L("58%", 58, E, PCT, "poll_share_immigration_too_high", POLL1 + "; too high over the past decade"),
            L("11%", 11, E, PCT, "poll_share_immigration_too_low", POLL1),
            L("about one in seven", 100 / 7, AP, PCT, "poll_share_immigration_should_be_halted", POLL1),
            L("about 370,000", 370000, AP, P, NMF, "future years (if Mr Cleverly's sums hold; the author)"),
            L("passed 300,000", 300000, MT, P, NM, "2015 (when it first passed 300,000)"),
            L("315,000", 315000, E, P, NMF, "per year (by 2028; OBR November 2023 forecast)"),
        ]),
    "02-the-zugzwang-labour-migration-number-essay": dict(
        meta=dict(url="https://www.thezugzwang.example/ideas/essay/2024/06/why-labour-will-not-name-a-number",
                  title="Why Labour will not name a number",
                  publisher="The Zugzwang", author="Imogen Trevelyan-Sithole", published_date="2024-06-20"),
        labels=[
            L("685,000", 685000, E, P, NM, Y23),
            L("764,000", 764000, E, P, NM, "January to December 2022 (the year before, revised; " + ONS2 + ")"),
            L("about 10%", -10, AP, PCT, NMC, "2023 vs 2022 (a fall; " + ONS2 + ")"),
            L("768,000", 768000, E, P, "net_migration_non_eu", Y23),
            L("86,000", -86000, E, P, "net_migration_eu", Y23 + "; a net outflow of EU citizens"),
            L("3,000", 3000, E, P, "net_migration_british_nationals", Y23 + "; added a net"),
            L("about 48,000", 48000, AP, P, NM, "January to December 1997 (1997, the year Tony Blair took office)"),
            R("between 5,000 and 13,000", 5000, 13000, P, "immigration_eu8_forecast", "per year (from the new EU member states; Home Office-commissioned study, 2003)"),
            V("hundreds of thousands", 200000, 900000, P, "immigration_eu8", "2004 onwards (the true number after EU enlargement)"),
            L("29,437", 29437, E, P, SBA, "January to December 2023 (last year)"),
            L("36%", -36, E, PCT, SBA + "_change", "2023 vs 2022 (fewer)"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (2022)"),
            L("more than 12,000", 12000, MT, P, SBA, "1 January to 19 June 2024 (so far this year)"),
            L("at least £290m", 290000000, AL, GBP, PTR, "April 2022 to June 2024 (swallowed so far by the Rwanda scheme)"),
            V("hundreds", 200, 900, P, "border_security_command_investigators_planned", "after the election (new investigators; Labour's plan)", ctx="hundreds of new investigators"),
            L("about 118,000", 118000, AP, P, "asylum_backlog", "31 March 2024 (people awaiting a first decision when March ended)"),
            L("64%", 64, E, PCT, "poll_share_no_recent_government_honest_about_immigration", POLL2),
            L("17%", 17, E, PCT, "poll_share_labour_would_be_honest_about_immigration", POLL2),
            L("42%", 42, E, PCT, "poll_share_immigration_most_important_issue_2019_conservative_voters", POLL2),
            L("roughly four-fifths", -80, AP, PCT, "visa_applications_study_dependants_change", "first months of 2024 vs a year earlier (after the ban took effect; some Labour economists)"),
            L("almost halved", -50, ALM, PCT, "visa_applications_care_worker_change", "first months of 2024 vs a year earlier (some Labour economists)"),
        ]),
    "03-the-cribbage-asylum-numbers-opinion": dict(
        meta=dict(url="https://www.thecribbage.example/commentisfree/2025/mar/04/labour-reform-asylum-script-numbers",
                  title="Labour is letting Reform write its asylum script. The numbers tell another story",
                  publisher="The Cribbage", author="Niamh Abernethy-Kouyaté", published_date="2025-03-04"),
        labels=[
            L("36,816", 36816, E, P, SBA, "January to December 2024 (2024)"),
            L("25%", 25, E, PCT, SBA + "_change", "2024 vs 2023 (up)"),
            L("29,437", 29437, E, P, SBA, "January to December 2023 (2023's)"),
            L("at least 78", 78, AL, P, "small_boat_deaths", "January to December 2024 (died in the attempt; International Organization for Migration)", geo="English Channel"),
            L("123 million", 123000000, E, P, "forcibly_displaced_people", "2024 (counted by the UN refugee agency)", geo="World"),
            L("108,138", 108138, E, P, "asylum_applications", Y24 + "; " + HO3 + ")"),
            L("about 230,000", 230000, AP, P, "asylum_applications", "January to December 2024 (first-time applications, over the same period)", geo="Germany"),
            L("roughly twice", 2, AP, RATIO, "asylum_applications_ratio", "January to December 2024 (Germany vs the UK)", geo="Germany"),
            L("a quarter", 25, E, PCT, "population_germany_larger_than_uk", "March 2025 (population only a quarter larger than ours; the author)", geo="Germany"),
            L("three in four", 75, E, PCT, "small_boat_arrivals_share_likely_granted_protection", "January to December 2024 (those who crossed in 2024; Refugee Council estimate)"),
            L("47%", 47, E, PCT, "asylum_grants_share_initial_decisions", Y24 + "; grant rate at initial decision; " + HO3 + ")"),
            L("67%", 67, E, PCT, "asylum_grants_share_initial_decisions", "January to December 2023 (2023; " + HO3 + ")"),
            L("£5.4bn", 5400000000, E, GBP, AC, "April 2023 to March 2024 (2023-24)"),
            L("About 38,000", 38000, AP, P, HOT, "31 December 2024 (the last day of 2024)"),
            L("roughly £145", 145, AP, GBP, "asylum_hotel_cost_per_person_night", "per night (a head, March 2025)"),
            L("fewer than one in 10", 10, LT, PCT, "poll_share_refugees_aware_of_legal_route", "2024 (last year; poll of refugees in northern France)", geo="France"),
            V("tens of thousands", 20000, 90000, P, SBA, "per year (future years, will keep arriving each year; the author)"),
            L("More than 2,800", 2800, MT, P, SBA, "1 January to 3 March 2025 (since 1 January)"),
        ]),
    "04-the-backgammon-net-migration-halved-comment": dict(
        meta=dict(url="https://www.thebackgammon.example/opinion/2025/05/24/net-migration-has-halved-dont-let-ministers-pretend/",
                  title="Net migration has halved. Don't let ministers pretend that was their doing",
                  publisher="The Backgammon", author="Rupert Dalgleish-Nwankwo", published_date="2025-05-24"),
        labels=[
            L("halved", -50, E, PCT, NMC, "2024 vs 2023 (headline)", ctx="Net migration has halved"),
            L("almost halved", -50, ALM, PCT, NMC, "2024 vs 2023 (last year; " + ONS4 + ")"),
            L("431,000", 431000, E, P, NM, C24),
            L("860,000", 860000, E, P, NM, C23 + "; " + ONS4 + ")", occ=0),
            L("Some 948,000", 948000, AP, P, "immigration", C24),
            L("517,000", 517000, E, P, "emigration", C24),
            L("944,000", 944000, E, P, NM, PEAK + "; ONS now says)"),
            L("86%", -86, E, PCT, "visas_granted_study_dependants_change", "2024 vs 2023 (fell over the year)"),
            L("67%", -67, E, PCT, "visas_granted_health_care_worker_change", "2024 vs 2023 (main applicants, dropped)"),
            L("131,000", 131000, E, P, "visas_granted_health_care_worker", "January to December 2023 (main applicants)"),
            L("43,000", 43000, E, P, "visas_granted_health_care_worker", "January to December 2024 (main applicants)"),
            L("up to 100,000", 100000, AM, P, "white_paper_expected_net_migration_reduction", "per year (before the next election; officials on the 12 May 2025 white paper)"),
            L("685,000", 685000, E, P, NM, C23 + "; first estimate, ONS May 2024)"),
            L("860,000", 860000, E, P, NM, C23 + "; it now says; " + ONS4 + ")", occ=1),
            L("175,000", 175000, E, P, NMR, C23 + "; revised up; " + ONS4 + ")"),
            L("a quarter", 25, E, PCT, NMR, C23 + "; shifting between one release and the next)"),
            L("77,000", -77000, E, P, "net_migration_british_nationals", C24.replace("; ONS", "; a net more British citizens departed than came home; ONS")),
            L("52,000", -52000, E, P, "net_migration_eu", C24.replace("; ONS", "; more EU nationals left than arrived; ONS")),
            L("560,000", 560000, E, P, "net_migration_non_eu", C24.replace("; ONS", "; added a net, last year alone; ONS")),
            L("340,000", 340000, E, P, NMF, "per year (long-run figure pencilled in March 2025; OBR)"),
            L("some 11 million", 11000000, AP, P, "population_growth", "1997 to 2024 (since 1997)"),
            L("at least half", 50, AL, PCT, "net_migration_share_of_population_growth", "1997 to 2024 (since 1997)"),
        ]),
    "05-the-endgame-fiscal-cost-falling-migration": dict(
        meta=dict(url="https://www.theendgame.example/articles/the-budgets-quiet-admission-lower-migration-costs-money",
                  title="The Budget's quiet admission: lower migration costs money",
                  publisher="The Endgame", author="Lucian Fotheringay-Adeyemi", published_date="2025-12-03"),
        labels=[
            L("204,000", 204000, E, P, NM, J25),
            L("more than two-thirds", -TWO3, MT, PCT, NMC, "year to June 2025 vs year to June 2024 (down; " + ONS5 + ")"),
            L("649,000", 649000, E, P, NM, "July 2023 to June 2024 (a year earlier; " + ONS5 + ")"),
            L("About 898,000", 898000, AP, P, "immigration", J25),
            L("some 694,000", 694000, AP, P, "emigration", J25),
            L("about 250,000", 250000, AP, P, NMF, "per year (average over the forecast; " + OBR5 + ")"),
            L("340,000", 340000, E, P, NMF, "per year (pencilled in last March, March 2025; OBR)"),
            L("£7.4bn", -7400000000, E, GBP, "tax_receipts_lower_migration_change", "per year (2029-30, receipts lighter on the lower path; " + OBR5 + ")"),
            L("over a quarter", 25, MT, PCT, "tax_receipts_lower_migration_share_of_budget_tax_rises", "2029-30 (the author)"),
            L("£26bn", 26000000000, E, GBP, "budget_tax_rises", "2029-30 (tax rises announced in the 26 November 2025 Budget)"),
            L("around £465,000", 465000, AP, GBP, "fiscal_lifetime_contribution_high_wage_migrant", "lifetime (arriving at 25 on well above median pay, over a working life; OBR analysis, 2024)"),
            L("£151,000", 151000, E, GBP, "fiscal_lifetime_net_cost_low_wage_migrant", "lifetime (arriving at 25 on half the median wage; OBR analysis, 2024)"),
            L("32%", 32, E, PCT, "skills_charge_change", "December 2025 vs before (rose this month)"),
            L("£1,000", 1000, E, GBP, SKC, "per year (large firm, before December 2025)"),
            L("£1,320", 1320, E, GBP, SKC, "per year (large firm, from December 2025)"),
            L("£925", 925, E, GBP, "international_student_levy", "per year (per student, from 2028; the Budget)"),
            L("some 730,000", 730000, AP, P, "international_students", NOW5 + "; overseas students universities rely on)"),
            L("roughly £12bn", 12000000000, AP, GBP, "international_student_fee_income", "per year (December 2025, fees from overseas students)"),
            L("around one in five", 20, AP, PCT, "nhs_staff_share_non_british", NOW5 + "; staff in English hospitals and GP practices)", geo=ENG),
            L("more than 3 million", 3000000, MT, P, "population_aged_65_and_over_change", "2000 to 2025 (since 2000)"),
        ]),
    "06-pips-settlement-ten-year-wait-analysis": dict(
        meta=dict(url="https://www.pips.example/opinion/settlement-fight-decide-who-britain-thinks-it-is-4410273",
                  title="The settlement fight will decide who Britain thinks it is",
                  publisher="Pips", author="Saoirse Pennington-Oyelaran", published_date="2026-06-16"),
        labels=[
            L("up to 1.6 million", 1600000, AM, P, SPE, "2026 to 2030 (could have become eligible under the old rules; " + HOM + ")"),
            L("Roughly 40%", 40, AP, PCT, SPE + "_share_care_workers_and_dependants", "2026 to 2030 (" + HOM + ")"),
            L("more than 600,000", 600000, MT, P, SPE + "_care_workers_and_dependants", "2026 to 2030 (" + HOM + ")"),
            L("163,000", 163000, E, P, "settlement_grants", FY6),
            L("23%", 23, E, PCT, "settlement_grants_change", "year to March 2026 vs year to March 2025 (more)"),
            L("132,500", 132500, E, P, "settlement_grants", "April 2024 to March 2025 (the year before; Home Office)"),
            L("roughly 31,000", 31000, AP, P, SGC, FY6),
            L("almost a fifth", 20, ALM, PCT, "settlement_grants_share_care_workers_and_dependants", FY6),
            L("£3,029", 3029, E, GBP, "settlement_application_fee_per_person", "June 2026 (each grant costs the applicant)"),
            V("hundreds of billions of pounds", 200000000000, 900000000000, GBP, "settlement_boriswave_lifetime_fiscal_cost_estimate", "lifetime (one widely quoted estimate)"),
            L("about 111,000", 111000, AP, VAC, "care_sector_vacancies", "2025 (last year; Skills for Care)", geo=ENG),
            L("almost a third", THIRD, ALM, PCT, "care_providers_share_expect_sponsored_staff_to_leave", SURV, geo=ENG),
            L("about one in eight", 12.5, AP, PCT, "care_providers_share_may_close_beds", SURV, geo=ENG),
            L("57%", 57, E, PCT, "poll_share_support_longer_settlement_wait", POLL6),
            L("24%", 24, E, PCT, "poll_share_oppose_longer_settlement_wait", POLL6),
            L("38%", 38, E, PCT, "poll_share_support_ten_year_settlement_wait_nurses_doctors", POLL6),
            L("more than 210,000", 210000, MT, RESP, "settlement_consultation_responses", "to 16 June 2026 (already received; Home Office)"),
        ]),
    "07-buxton-meeple-blog-net-migration-1990s-comparison": dict(
        meta=dict(url="https://www.buxtonmeeple.example/blog/back-to-the-1990s-not-quite-migration-figures",
                  title="Back to the 1990s? Not quite: what today's migration figures do and don't tell us",
                  publisher="Buxton Meeple", author="Cosima Wetherall-Mbeki", published_date="2026-11-26"),
        labels=[
            L("158,000", 158000, E, P, NM, "July 2025 to June 2026 (the year to June 2026" + KP + ")", occ=0),
            L("about five-sixths", -500 / 6, AP, PCT, NMC, "year to June 2026 vs the peak, year to March 2023 (below" + KP + ")"),
            L("62,000", -62000, E, P, "net_migration_british_nationals", "July 2025 to June 2026 (Britons leaving outnumber those coming home, by a net" + KP + ")", occ=0),
            L("over two and a half times", 2.5, MT, RATIO, "net_migration_ratio", "year to June 2026 vs the 1990s average" + KP),
            L("158,000", 158000, E, P, NM, J26, occ=1),
            L("742,000", 742000, E, P, "immigration", J26),
            L("584,000", 584000, E, P, "emigration", J26),
            L("944,000", 944000, E, P, NM, PEAK + "; the high point)"),
            L("944k", 944000, E, P, NM, PEAK + "; Chart 1 caption)"),
            L("roughly 60,000", 60000, AP, P, NM, "per year (average across the 1990s)"),
            L("close to zero", 0, AP, P, NM, "January to December 1993 (1993)"),
            L("below 100,000", 100000, LT, P, "net_migration_target", "per year (the Conservative target, the 2010s)"),
            L("62,000", -62000, E, P, "net_migration_british_nationals", J26.replace("; ONS", "; a net more UK nationals emigrated than returned; ONS"), occ=1),
            L("Around 55%", 55, AP, PCT, "emigration_british_share_aged_16_34", J26),
            L("41,000", -41000, E, P, "net_migration_eu", J26.replace("; ONS", "; net outflow of EU citizens; ONS")),
            L("261,000", 261000, E, P, "net_migration_non_eu", J26),
            L("less than a third", THIRD, LT, PCT, "net_migration_non_eu_share_of_peak", "year to June 2026 vs the peak, year to March 2023 (their contribution at the peak)"),
            L("12,000", 12000, E, P, NMR, "January to December 2025 (the year to December 2025, revised up; " + ONS7 + ")"),
            L("183,000", 183000, E, P, NM, "January to December 2025 (the year to December 2025, revised; " + ONS7 + ")"),
            L("about 69.8 million", 69800000, AP, P, "population", "30 June 2025 (mid-2025)"),
            L("158,000", 158000, E, P, NM, J26.replace("; ONS", "; net migration of; ONS"), occ=2),
            L("around 0.2%", 0.2, AP, PCT, PGM, "per year (year to June 2026, adds to the population)"),
            L("well over 1%", 1, MT, PCT, PGM, "per year (the height of the post-pandemic surge)"),
            L("9,000", 9000, E, P, "population_natural_change", "July 2025 to June 2026 (births minus deaths, over the same period)"),
            V("low hundreds of thousands", 200000, 400000, P, "net_migration_suggested_level", "per year (a figure some colleagues argue is right)"),
            L("three-quarters of a million", 750000, E, P, "immigration", "July 2025 to June 2026 (an immigration flow even in a quiet year)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
