#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the two-hundredth hand-labelled hold-out set (holdout200).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import build_gold, L, V, R, P, GBP, PCT, EUR, RATIO, THIRD, E, AP, MT, AL, LT, AM, ALM

UK, ENG, WAL, SCO, NI, EW = "UK", "England", "Wales", "Scotland", "Northern Ireland", "England and Wales"
VAC, LIC, PROV, VOTES = "other:vacancies", "other:licences", "other:providers", "other:votes"
ACRES, HOURS, SITES, PUBS, FIRMS = "other:acres", "other:hours", "other:sites", "other:pubs", "other:firms"
HOMES, CHOMES, USD, IDX = "other:homes", "other:care_homes", "other:USD", "other:index_points"
TWO3 = 200 / 3
NLW, SWT = "national_living_wage_hourly", "skilled_worker_salary_threshold"
ISCL, ISCS, ISC5 = "skills_charge_large_employers_per_worker", "skills_charge_small_employers_per_worker", "skills_charge_five_year_visa_large_employers"
SPC = "sponsorship_cost_per_worker"

# 01 (Thursday 14 August 2025; FT-style; Skills for Care figures for England)
SFC = "; Skills for Care)"
FY25 = "April 2024 to March 2025 (2024-25" + SFC
FY24 = "April 2023 to March 2024 (2023-24" + SFC
BOX1 = "April 2024 to March 2025 (2024-25; CARE WORKFORCE IN FIGURES box" + SFC
HAL = "Hallowmere Care, August 2025"
SCV, SCR, SSO = "social_care_vacancies", "social_care_vacancy_rate", "social_care_starters_recruited_overseas"
ISCNOW = "August 2025 (now, per sponsored worker per year, before the rise)"
ISCNEW = "late 2025 onwards (after the rise later this year, per sponsored worker per year)"

# 02 (Thursday 20 June 2024; PA copy in a Fenland paper)
FEN, WIS = "Fenland", "Wisbech"
NFU = "; NFU survey of horticulture members)"
MF = "Marshland Fruit, June 2024"
SWA = "seasonal_worker_visa_allocation_horticulture"

# 03 (Friday 6 February 2026; City AM-style; MPC decision on Thursday 5 February 2026)
MPC = "5 February 2026 (yesterday's Monetary Policy Committee decision)"
MPR = "; Bank of England Monetary Policy Report, February 2026)"
NMJ25 = "July 2024 to June 2025 (the twelve months to June 2025; ONS, November 2025)"
OBR = "; Office for Budget Responsibility, November 2025)"

# 04 (Thursday 21 November 2024; Bloomberg-style; Lantern & Quay half-year results)
H1 = "28 weeks to 12 October 2024 (Lantern & Quay half-year results)"
LQ = "Lantern & Quay"
TODAY4 = "21 November 2024 (Thursday, London trading)"

# 05 (Thursday 9 October 2025; Northern Irish paper; NIFDA survey)
ARM = "Armagh"
NIF = "October 2025 (NIFDA survey of 48 members)"
CV = "Callan Valley Foods"

# 06 (Wednesday 22 April 2026; Welsh paper; Home Office FOI response)
FOI = "January 2022 to April 2026 (since the start of 2022; Home Office FOI response)"
FOIB = "January 2022 to April 2026 (since 2022; KEY FIGURES box; Home Office FOI response)"
UKREV = "July 2022 to April 2026 (since July 2022; Home Office)"
SCW = "January to December 2025 (last year; Social Care Wales)"
RLW = "real_living_wage_hourly"
CWD, CWS, CWF = "care_workers_displaced_by_licence_revocations", "care_workers_sponsored_by_revoked_providers", "care_workers_displaced_found_new_sponsor"
SLR = "sponsor_licences_revoked_care_providers"

# 07 (Thursday 5 November 2026; Scottish paper; SBF survey published Tuesday 3 November 2026)
SBF = "November 2025 to October 2026 (the last 12 months; Scottish Building Federation survey)"
CITB = "per year, 2026 to 2030 (Construction Industry Training Board estimate)"
VYE = "July 2025 to June 2026 (year ending June 2026; Home Office)"
KH = "Kinfauns Homes"
FRR = "; OBR Fiscal risks and sustainability report, July 2026)"
NRS = "July 2024 to June 2025 (the year to mid-2025; National Records of Scotland)"

ARTICLES = {
    "01-the-greengage-care-operators-overseas-route-closure": dict(
        meta=dict(url="https://www.thegreengage.example/content/care-operators-brace-for-staffing-squeeze-as-overseas-route-shuts-7c41e2",
                  title="Care operators brace for staffing squeeze as overseas route shuts",
                  publisher="The Greengage", author="Perpetua Oyelowo-Farquharson", published_date="2025-08-14"),
        labels=[
            L("about one in five", 20, AP, PCT, "social_care_workforce_share_overseas_recruits", "August 2025 (care posts filled by recruits from abroad; providers; image caption)"),
            V("tens of thousands", 20000, 90000, VAC, "social_care_vacancies_change_forecast", "August 2025 to December 2029 (before the end of the decade; executives)"),
            L("111,000", 111000, E, VAC, SCV, FY25, occ=0, geo=ENG),
            L("6.5%", 6.5, E, PCT, SCR, FY25, occ=0, geo=ENG),
            L("131,000", 131000, E, VAC, SCV, FY24 + " a year earlier)", geo=ENG),
            L("about 15%", -15, AP, PCT, SCV + "_change", "2024-25 vs 2023-24 (a drop" + SFC, geo=ENG),
            L("Some 50,000", 50000, AP, P, SSO, FY25, geo=ENG),
            L("105,000", 105000, E, P, SSO, FY24, geo=ENG),
            L("less than half", 0.5, LT, RATIO, SSO + "_ratio", "2024-25 vs 2023-24 (the previous intake" + SFC, geo=ENG),
            L("64", 64, E, CHOMES, "firm_care_homes", HAL + " (homes run across the Midlands)", geo="Midlands"),
            L("roughly 4,300", 4300, AP, P, "firm_workforce", HAL),
            L("1,150", 1150, E, P, "firm_sponsored_workers", HAL + " (staff holding sponsored visas)"),
            L("about 27%", 27, AP, PCT, "firm_workforce_share_sponsored_visas", HAL),
            L("32%", 32, E, PCT, "skills_charge_change", "late 2025 vs August 2025 (to go up later this year)"),
            L("£1,000", 1000, E, GBP, ISCL, ISCNOW),
            L("£1,320", 1320, E, GBP, ISCL, ISCNEW),
            L("£364", 364, E, GBP, ISCS, ISCNOW),
            L("£480", 480, E, GBP, ISCS, ISCNEW),
            L("£6,600", 6600, E, GBP, ISC5, ISCNEW.replace("per sponsored worker per year", "a five-year visa at a large operator")),
            L("close to £9,000", 9000, AP, GBP, SPC, "August 2025 (bringing a carer from abroad, with fees and relocation; Barnaby Quartey-Lindqvist, Hallowmere Care)"),
            L("about £7,500", 7500, AP, GBP, SPC, "August 2023 (two years ago; Barnaby Quartey-Lindqvist, Hallowmere Care)"),
            L("£12.60", 12.6, E, GBP, "care_worker_hourly_pay", "March 2025 (median, per hour, independent sector" + SFC, geo=ENG),
            L("39p", 0.39, E, GBP, "care_worker_hourly_pay_above_national_living_wage", "March 2025 vs April 2025 (per hour" + SFC, geo=ENG),
            L("£12.21", 12.21, E, GBP, NLW, "April 2025 onwards (per hour; took effect in April)"),
            L("more than 470", 470, MT, LIC, SLR, "July 2022 to December 2024 (Home Office)"),
            L("39,000", 39000, E, P, CWD, "July 2022 to December 2024 (an estimated; Home Office)"),
            L("4.2%", -4.2, E, PCT, "company_share_price_change", "13 August 2025 (Wednesday; Brackenfold Healthcare shares)"),
            L("£18.6m", 18600000, E, GBP, "agency_staff_cost", "January to June 2025 (the six months to June; Brackenfold Healthcare)"),
            L("£11.9m", 11900000, E, GBP, "agency_staff_cost", "January to June 2024 (a year earlier; Brackenfold Healthcare)"),
            L("56%", 56, E, PCT, "agency_staff_cost_change", "six months to June 2025 vs a year earlier (an increase; Brackenfold Healthcare)"),
            L("up to £3.7bn", 3700000000, AM, GBP, "social_care_additional_funding", "April 2025 to March 2026 (this year; Department of Health and Social Care)", geo=ENG),
            L("around 30,000", -30000, AP, P, "visas_granted_care_worker_change", "per year (after the route's closure; Pelham Street Research estimate)"),
            L("nearly two-thirds", TWO3, ALM, PCT, "care_providers_sponsoring_share_fewer_than_50_employees", "August 2025 (operators sponsoring staff; Pelham Street Research)"),
            L("1.6m", 1600000, E, P, "social_care_filled_posts", BOX1, geo=ENG),
            L("111,000", 111000, E, VAC, SCV, BOX1, occ=1, geo=ENG),
            L("6.5%", 6.5, E, PCT, SCR, BOX1, occ=1, geo=ENG),
            L("50,000", 50000, E, P, SSO, BOX1, ctx="abroad: 50,000", geo=ENG),
        ]),
    "02-wisbech-walnut-fenland-growers-seasonal-pickers": dict(
        meta=dict(url="https://www.wisbechwalnut.example/business/farming/fenland-growers-fear-fruit-left-to-rot-as-seasonal-picker-shortfall-bites-4471093",
                  title="Fenland growers fear fruit left to rot as seasonal picker shortfall bites",
                  publisher="Wisbech Walnut", author="Ottoline Swaby-Marchetti", published_date="2024-06-20"),
        labels=[
            L("38%", 38, E, PCT, "growers_share_unable_to_recruit_all_pickers", "June 2024 (for June" + NFU, geo=EW),
            L("about a quarter", 25, AP, PCT, "growers_share_expecting_unharvested_crops", "summer 2024 (expected" + NFU, geo=EW),
            L("£22m", 22000000, E, GBP, "crops_wasted_value", "January to December 2023 (last year; NFU)", geo=ENG),
            L("£17m", 17000000, E, GBP, "crops_wasted_value", "January to December 2022 (2022; NFU)", geo=ENG),
            L("45,000", 45000, E, P, SWA, "January to December 2024 (the 2024 quota)"),
            L("2,000", 2000, E, P, "seasonal_worker_visa_allocation_poultry", "January to December 2024 (places for poultry work in the run-up to Christmas)"),
            L("37,250", 37250, E, P, "visas_granted_seasonal_worker", "April 2023 to March 2024 (year ending March 2024; Home Office)"),
            L("8%", 8, E, PCT, "visas_granted_seasonal_worker_change", "year ending March 2024 vs the previous 12 months (Home Office)"),
            L("900", 900, E, ACRES, "farm_area", MF, geo=WIS),
            L("about 420", 420, AP, P, "farm_seasonal_pickers_needed", MF + " (at its peak)", geo=WIS),
            L("365", 365, E, P, "farm_seasonal_pickers", "week of 17 June 2024 (on site this week; Marshland Fruit)", geo=WIS),
            L("roughly 55", 55, AP, P, "seasonal_farm_labour_shortfall", "June 2024 (the busiest days; Hermione Blackwood-Nnadi, Marshland Fruit)", geo=WIS),
            L("331", 331, E, P, "seasonal_worker_visa_holders_employed", "week of 17 June 2024 (pickers now on the farm; Marshland Fruit)", geo=WIS),
            L("more than nine in 10", 90, MT, PCT, "farm_seasonal_pickers_share_overseas", "week of 17 June 2024 (Marshland Fruit)", geo=WIS),
            L("260", 260, E, P, "farm_local_recruits", "March 2024 (hired from around Wisbech and March; Marshland Fruit)", geo=WIS),
            L("12", 12, E, P, "farm_local_recruits_retained", "mid-June 2024 (still working there; Marshland Fruit)", ctx="only 12 were", geo=WIS),
            L("almost 10%", 10, ALM, PCT, NLW + "_change", "April 2024 vs April 2023 (rose in April)"),
            L("£11.44", 11.44, E, GBP, NLW, "April 2024 onwards (per hour)"),
            L("£14.20", 14.2, E, GBP, "seasonal_worker_hourly_pay_average", "June 2024 (an average, per hour, on piece rates; Hermione Blackwood-Nnadi, Marshland Fruit)", geo=WIS),
            L("more than £20", 20, MT, GBP, "seasonal_worker_hourly_pay_fastest_pickers", "June 2024 (per hour, the fastest pickers; Marshland Fruit)", geo=WIS),
            L("around 40%", 40, AP, PCT, "labour_share_of_strawberry_production_cost", "June 2024 (now; growers)"),
            L("about 30%", 30, AP, PCT, "labour_share_of_strawberry_production_cost", "2019 (five years ago; growers)"),
            L("at least 55,000", 55000, AL, P, SWA + "_proposed", "per year for the next five years (guaranteed quota sought; Leopold Ashcombe-Ferreira, NFU)"),
            V("several thousand", 3000, 9000, P, "seasonal_worker_visa_allocation_unused", "January to December 2023 (places unused last year; Home Office spokesperson)"),
            L("3.4%", 3.4, E, PCT, "claimant_count_rate", "May 2024 (ONS)", geo=FEN),
            L("3.1%", 3.1, E, PCT, "claimant_count_rate", "May 2024 (the East of England average; ONS)", geo="East of England"),
        ]),
    "03-daily-quince-bank-of-england-rate-cut-migration": dict(
        meta=dict(url="https://www.dailyquince.example/economics/bank-of-england-trims-rates-as-slower-migration-cools-jobs-market",
                  title="Bank of England trims rates as slower migration cools jobs market",
                  publisher="Daily Quince", author="Ambrose Kettleby-Adeyemi", published_date="2026-02-06"),
        labels=[
            L("3.5 per cent", 3.5, E, PCT, "bank_rate", MPC.replace(")", "; standfirst)"), occ=0),
            L("25 basis points", -0.25, E, PCT, "bank_rate_change", MPC + " (a cut)"),
            L("3.5 per cent", 3.5, E, PCT, "bank_rate", MPC, occ=1),
            L("five", 5, E, VOTES, "mpc_votes_for_cut", MPC, ctx="voted five to four"),
            L("four", 4, E, VOTES, "mpc_votes_against_cut", MPC, ctx="five to four"),
            L("four", 4, E, VOTES, "mpc_votes_against_cut", MPC + " (the dissenters)", ctx="the four dissenters"),
            L("3.75 per cent", 3.75, E, PCT, "bank_rate", "December 2025 to 5 February 2026 (the rate the dissenters preferred to hold at)"),
            L("5.25 per cent", 5.25, E, PCT, "bank_rate", "August 2024 (before the Bank began easing)"),
            L("175 basis points", -1.75, E, PCT, "bank_rate_change", "August 2024 to 5 February 2026 (the cumulative easing)"),
            L("about 0.4 per cent", 0.4, AP, PCT, "labour_supply_growth", "January to December 2025 (2025" + MPR),
            L("1.1 per cent", 1.1, E, PCT, "labour_supply_growth", "January to December 2023 (2023" + MPR),
            L("100,000", -100000, E, P, "net_migration_change", "hypothetical, per year (every reduction in the Bank's rule of thumb" + MPR),
            L("roughly 0.1 percentage points", -0.1, AP, PCT, "potential_growth_per_100000_lower_net_migration_change", "per year (the Bank's estimate" + MPR),
            L("204,000", 204000, E, P, "net_migration", NMJ25),
            L("649,000", 649000, E, P, "net_migration", "July 2023 to June 2024 (a year before, revised; ONS)"),
            L("more than two-thirds", -TWO3, MT, PCT, "net_migration_change", "year to June 2025 vs year to June 2024 (the drop; ONS)"),
            L("898,000", 898000, E, P, "immigration", NMJ25),
            L("694,000", 694000, E, P, "emigration", NMJ25),
            L("3.9 per cent", 3.9, E, PCT, "regular_pay_growth", "September to November 2025 (the three months to November; private sector; ONS)"),
            L("5.9 per cent", 5.9, E, PCT, "regular_pay_growth", "September to November 2024 (a year before; private sector; ONS)"),
            L("9,000", -9000, E, VAC, "job_vacancies_change", "October to December 2025 vs the previous quarter (fell on the quarter; ONS)"),
            L("718,000", 718000, E, VAC, "job_vacancies", "October to December 2025 (the three months to December; ONS)"),
            L("5.1 per cent", 5.1, E, PCT, "unemployment_rate", "latest, three months to November 2025 (has edged up; ONS)"),
            L("around 5.3 per cent", 5.3, AP, PCT, "unemployment_rate_forecast_peak", "later in 2026 (later this year" + MPR),
            L("four", 4, E, VOTES, "mpc_votes_against_cut", MPC + " (members who do not share the judgement; Cordelia Fanshawe-Mbeki, Harrowgate Capital)", ctx="and four members"),
            L("3.4 per cent", 3.4, E, PCT, "inflation_forecast", "January to March 2026 (the first quarter; MPC central projection)"),
            L("2 per cent", 2, E, PCT, "inflation_target", "ongoing (the Bank's target)"),
            L("just under 2.5 per cent", 2.5, ALM, PCT, "inflation_forecast", "December 2026 (by the end of the year; MPC central projection)"),
            L("265,000", 265000, E, P, "obr_net_migration_assumption", "per year, long run (lowered in November 2025" + OBR),
            L("340,000", 340000, E, P, "obr_net_migration_assumption", "per year, long run (before November 2025" + OBR),
            L("about £7bn", 7000000000, AP, GBP, "public_borrowing_effect_lower_migration", "April 2029 to March 2030 (by 2029-30; OBR central estimate)"),
            L("0.4 per cent", -0.4, E, PCT, "exchange_rate_gbp_usd_change", "5 February 2026 (sterling slipped against the dollar)", ctx="slipped 0.4 per cent"),
            L("$1.358", 1.358, E, USD, "exchange_rate_gbp_usd", "5 February 2026 (after the decision)"),
            L("roughly 60 per cent", 60, AP, PCT, "bank_rate_cut_probability", "by June 2026 (market pricing of a further cut)"),
            L("1.2 per cent", 1.2, E, PCT, "ftse_250_change", "5 February 2026 (gained)"),
            L("22,874", 22874, E, IDX, "ftse_250_index", "5 February 2026 (close)"),
            L("71 per cent", 71, E, PCT, "firms_share_reporting_recruitment_difficulties", "October to December 2025 (firms that tried to hire in the final quarter of 2025; British Chambers of Commerce)"),
            L("82 per cent", 82, E, PCT, "firms_share_reporting_recruitment_difficulties", "2022 (the peak; British Chambers of Commerce)"),
            L("3.5%", 3.5, E, PCT, "bank_rate", MPC.replace(")", "; THE NUMBERS box)")),
            L("5", 5, E, VOTES, "mpc_votes_for_cut", MPC.replace(")", "; THE NUMBERS box)"), ctx="Vote: 5-4"),
            L("4", 4, E, VOTES, "mpc_votes_against_cut", MPC.replace(")", "; THE NUMBERS box)"), ctx="5-4"),
            L("204k", 204000, E, P, "net_migration", "July 2024 to June 2025 (YE June 2025; THE NUMBERS box; ONS)"),
        ]),
    "04-the-hazelnut-lantern-quay-pub-group-results-chefs": dict(
        meta=dict(url="https://www.thehazelnut.example/news/articles/2024-11-21/pub-group-lantern-quay-sinks-as-budget-costs-and-chef-shortages-bite",
                  title="Pub Group Lantern & Quay Sinks as Budget Costs and Chef Shortages Bite",
                  publisher="The Hazelnut", author="Isidore Penhallow-Nakamura", published_date="2024-11-21"),
        labels=[
            L("as much as 9.1%", -9.1, AM, PCT, "company_share_price_change", TODAY4 + " (intraday; Lantern & Quay shares)"),
            L("6.3%", -6.3, E, PCT, "company_share_price_change", "21 November 2024 (as of 8:05 a.m.; Lantern & Quay shares)"),
            L("212 pence", 2.12, E, GBP, "company_share_price", "21 November 2024 (as of 8:05 a.m.; Lantern & Quay)"),
            L("about £1.4 billion", 1400000000, AP, GBP, "company_market_value", "21 November 2024 (Lantern & Quay)"),
            L("about £38 million", 38000000, AP, GBP, "firm_national_insurance_cost_increase", "per year from April 2025 (Key Insights; Lantern & Quay)", occ=0),
            L("14%", -14, E, PCT, "firm_pretax_profit_change", H1 + " (Key Insights)", occ=0),
            L("85", 85, E, P, "firm_sponsored_workers_chefs", "April to November 2024 (since April; Key Insights; Lantern & Quay)", occ=0),
            L("640", 640, E, P, "firm_sponsored_workers_chefs", "April 2023 to March 2024 (the year before; Key Insights; Lantern & Quay)", occ=0),
            L("5.1%", 5.1, E, PCT, "firm_revenue_change", H1),
            L("£1.12 billion", 1120000000, E, GBP, "firm_revenue", H1),
            L("14%", -14, E, PCT, "firm_pretax_profit_change", H1, occ=1),
            L("£86.4 million", 86400000, E, GBP, "firm_pretax_profit", H1),
            L("15%", 15, E, PCT, "employer_nics_rate", "April 2025 onwards (raised by the 30 October 2024 budget)"),
            L("13.8%", 13.8, E, PCT, "employer_nics_rate", "before April 2025"),
            L("£5,000", 5000, E, GBP, "employer_nics_threshold", "April 2025 onwards (per year; lowered by the 30 October 2024 budget)"),
            L("£9,100", 9100, E, GBP, "employer_nics_threshold", "before April 2025 (per year)"),
            L("about £38 million", 38000000, AP, GBP, "firm_national_insurance_cost_increase", "per year from April 2025 (Rosalind Abernethy-Osei, Lantern & Quay)", occ=1),
            L("6.7%", 6.7, E, PCT, NLW + "_change", "April 2025 vs April 2024 (will rise)"),
            L("£12.21", 12.21, E, GBP, NLW, "April 2025 onwards (per hour)"),
            L("£21 million", 21000000, E, GBP, "firm_national_living_wage_cost_increase", "per year from April 2025 (a further; Lantern & Quay)"),
            L("almost £60 million", 60000000, ALM, GBP, "firm_payroll_cost_increase", "per year from April 2025 (extra cost; Rosalind Abernethy-Osei, Lantern & Quay)"),
            L("about 21,400", 21400, AP, P, "firm_workforce", "November 2024 (Lantern & Quay)"),
            L("730", 730, E, SITES, "firm_sites", "November 2024 (Lantern & Quay)"),
            L("18%", 18, E, PCT, "firm_workforce_share_overseas", "November 2024 (non-UK nationals; Lantern & Quay)"),
            L("roughly 3,850", 3850, AP, P, "firm_workforce_non_uk", "November 2024 (non-UK nationals; Lantern & Quay)"),
            L("640", 640, E, P, "firm_sponsored_workers_chefs", "April 2023 to March 2024 (its financial year to March; Lantern & Quay)", occ=1),
            L("85", 85, E, P, "firm_sponsored_workers_chefs", "April to November 2024 (since the threshold rose in April; Lantern & Quay)", occ=1),
            L("£38,700", 38700, E, GBP, SWT, "April 2024 onwards (per year)"),
            L("£26,200", 26200, E, GBP, SWT, "before April 2024 (per year)"),
            L("almost half", 50, ALM, PCT, SWT + "_change", "April 2024 vs before (an increase)"),
            L("about £33,000", 33000, AP, GBP, "head_chef_salary_typical", "November 2024 (most of its head chefs; per year; Lantern & Quay)"),
            L("around 310", 310, AP, VAC, "firm_kitchen_vacancies", "November 2024 (Lantern & Quay)"),
            L("close to double", 2, AP, RATIO, "firm_kitchen_vacancies_ratio", "November 2024 vs November 2023 (a year ago; Lantern & Quay)"),
            L("83,000", 83000, E, VAC, "job_vacancies_accommodation_food_services", "August to October 2024 (the three months to October; official data)"),
            L("about a fifth", -20, AP, PCT, "job_vacancies_accommodation_food_services_change", "August to October 2024 vs a year earlier (down; official data)"),
            L("£3.4 billion", 3400000000, E, GBP, "hospitality_budget_cost", "per year from April 2025 (the budget measures; UKHospitality)"),
            L("240 pence", 2.4, E, GBP, "analyst_price_target", "21 November 2024 (cut to; Haverleigh Securities)"),
            L("290 pence", 2.9, E, GBP, "analyst_price_target", "before 21 November 2024 (Haverleigh Securities)"),
            L("11%", -11, E, PCT, "firm_pretax_profit_forecast_revision", "full year 2024-25 (lowered; Haverleigh Securities)"),
            L("£171 million", 171000000, E, GBP, "firm_pretax_profit_forecast", "full year 2024-25 (Haverleigh Securities)"),
            L("4.2 pence", 0.042, E, GBP, "firm_interim_dividend_per_share", H1),
            L("12", 12, E, PUBS, "firm_new_pubs_planned", "second half of 2024-25 (Lantern & Quay)", ctx="open 12 new"),
            L("20", 20, E, PUBS, "firm_new_pubs_planned", "second half of 2024-25 (the original plan; Lantern & Quay)", ctx="planned 20"),
        ]),
    "05-armagh-bramley-ni-food-processors-visa-threshold": dict(
        meta=dict(url="https://www.armaghbramley.example/business/food-processors-warn-of-lost-shifts-as-visa-rules-tighten-5520871",
                  title="Food processors warn of lost shifts as visa rules tighten",
                  publisher="Armagh Bramley", author="Finnuala McCandless-Adebayo", published_date="2025-10-09"),
        labels=[
            V("hundreds", 200, 900, VAC, "food_processing_vacancies", "October 2025 (roles left unfilled; standfirst)", geo=NI),
            L("48", 48, E, FIRMS, "survey_respondents_firms", NIF, ctx="survey of 48", geo=NI),
            L("31", 31, E, FIRMS, "food_processors_with_unfilled_posts", NIF, geo=NI),
            L("around 1,200", 1200, AP, VAC, "food_processing_vacancies", NIF + " (between them)", geo=NI),
            L("Almost two-thirds", TWO3, ALM, PCT, "food_processors_share_cut_shifts_or_refused_work", "July to October 2025 (the past three months; NIFDA survey)", geo=NI),
            L("£41,700", 41700, E, GBP, SWT, "22 July 2025 onwards (per year)"),
            L("£38,700", 38700, E, GBP, SWT, "before 22 July 2025 (per year)"),
            L("1,340", 1340, E, P, "firm_workforce", "October 2025 (" + CV + ")", geo=ARM),
            L("roughly 45%", 45, AP, PCT, "firm_workforce_share_visa_or_eu", "October 2025 (hold visas or came from the EU before Brexit; " + CV + ")", geo=ARM),
            L("140", 140, E, P, "firm_sponsored_workers", "January to December 2024 (last year, skilled worker visas; Gideon Ferris-Okwuosa, " + CV + ")", geo=ARM),
            L("11", 11, E, P, "firm_sponsored_workers", "January to October 2025 (this year; Gideon Ferris-Okwuosa, " + CV + ")", ctx="just 11", geo=ARM),
            L("about £13.10", 13.1, AP, GBP, "butcher_hourly_pay", "October 2025 (per hour, skilled butchers; " + CV + ")", geo=ARM),
            L("just under £27,300", 27300, ALM, GBP, "butcher_annual_pay", "October 2025 (per year on a 40-hour week; " + CV + ")", geo=ARM),
            L("£1,000", 1000, E, GBP, ISCL, "October 2025 (per sponsored worker per year of visa)"),
            L("more than £600,000", 600000, MT, GBP, "firm_skills_charge_bill", "October 2021 to October 2025 (the past four years; Gideon Ferris-Okwuosa, " + CV + ")", geo=ARM),
            L("about £6.4bn", 6400000000, AP, GBP, "agri_food_sales", "January to December 2023 (2023)", geo=NI),
            L("more than three-quarters", 75, MT, PCT, "agri_food_sales_share_outside_ni", "January to December 2023 (sold outside the region)", geo=NI),
            L("Around 26,000", 26000, AP, P, "food_processing_jobs", "October 2025 (DAERA figures)", geo=NI),
            L("one in three", 100 / 3, E, PCT, "food_processing_workforce_share_non_uk", "October 2025 (industry estimates)", geo=NI),
            L("2.3%", 2.3, E, PCT, "unemployment_rate", "June to August 2025 (the three months to August; NISRA)", geo=NI),
            L("4.8%", 4.8, E, PCT, "unemployment_rate", "June to August 2025 (the UK rate)"),
            L("39,400", 39400, E, P, "employment_permits_issued", "January to December 2024 (the Irish government)", geo="Ireland"),
            L("€34,000", 34000, E, EUR, "irish_general_employment_permit_minimum_salary", "October 2025 (per year, meat deboners under the general permit scheme)", geo="Ireland"),
            L("about 90", 90, AP, P, "workers_needing_new_sponsor_after_licence_revocation", "2025 (earlier this year; a Dungannon labour agency; Home Office revocation)", geo=NI),
            L("c. 26,000", 26000, AP, P, "food_processing_jobs", "October 2025 (FACT BOX; DAERA)", geo=NI),
            L("1,200", 1200, E, VAC, "food_processing_vacancies", NIF.replace(")", "; FACT BOX)"), ctx="firms: 1,200", geo=NI),
            L("65%", 65, E, PCT, "food_processors_share_cut_shifts_or_refused_work", "July to October 2025 (FACT BOX; NIFDA survey)", geo=NI),
        ]),
    "06-cardiff-chestnut-welsh-care-sponsor-licences-revoked": dict(
        meta=dict(url="https://www.cardiffchestnut.example/news/business/hundreds-welsh-care-workers-left-limbo-31094567",
                  title="Hundreds of Welsh care workers left in limbo as firms lose right to sponsor visas",
                  publisher="Cardiff Chestnut", author="Eiluned Prothero-Asante", published_date="2026-04-22"),
        labels=[
            V("Hundreds", 200, 900, P, CWD, FOI + " (headline)", geo=WAL),
            L("Almost 2,000", 2000, ALM, P, CWD, FOI, geo=WAL),
            L("41", 41, E, LIC, SLR, FOI, occ=0, geo=WAL),
            L("1,960", 1960, E, P, CWS, FOI + " (at the time of revocation)", occ=0, geo=WAL),
            L("1,170", 1170, E, P, CWF, FOI, occ=0, geo=WAL),
            L("roughly three in five", 60, AP, PCT, CWD + "_share_found_new_sponsor", FOI, geo=WAL),
            L("more than 560", 560, MT, LIC, SLR, UKREV),
            L("about 44,000", 44000, AP, P, CWD, UKREV),
            L("about 7%", 7, AP, PCT, "sponsor_licences_revoked_share_wales", UKREV.replace(")", "; Wales's share of UK care revocations)"), occ=0),
            L("230", 230, E, P, "union_supported_displaced_care_workers", "January to December 2025 (over 2025; Unison Cymru)", geo=WAL),
            L("almost double", 2, ALM, RATIO, "union_supported_displaced_care_workers_ratio", "2025 vs 2024 (Unison Cymru)", geo=WAL),
            L("£9,500", 9500, E, GBP, "recruitment_fee_paid", "before arrival (paid to a recruiter; a senior carer from Kerala)", geo="Newport"),
            L("37.5", 37.5, E, HOURS, "care_worker_contracted_hours_promised", "per week (the job offered; a senior carer from Kerala)", geo="Newport"),
            L("fewer than 10", 10, LT, HOURS, "care_worker_hours_given", "per week (a senior carer from Kerala)", geo="Newport"),
            L("four", 4, E, HOURS, "care_worker_hours_given", "per week (some weeks; a senior carer from Kerala)", ctx="Some weeks I had four hours", geo="Newport"),
            L("84,500", 84500, E, P, "social_care_workforce", SCW, geo=WAL),
            L("about 5,600", 5600, AP, VAC, "social_care_vacancies", SCW, geo=WAL),
            L("roughly 6.2%", 6.2, AP, PCT, "social_care_vacancy_rate", SCW, geo=WAL),
            L("£13.45", 13.45, E, GBP, RLW, "April 2026 onwards (this month; per hour)", geo=WAL),
            L("£12.60", 12.6, E, GBP, RLW, "April 2025 to March 2026 (before this month; per hour)", geo=WAL),
            L("about 7%", 7, AP, PCT, RLW + "_change", "April 2026 vs April 2025 (an increase)", occ=1, geo=WAL),
            L("£30.6m", 30600000, E, GBP, "real_living_wage_uplift_funding", "April 2026 to March 2027 (2026-27; Welsh Government)", geo=WAL),
            L("£22m", 22000000, E, GBP, "real_living_wage_uplift_funding", "April 2025 to March 2026 (a year earlier; Welsh Government)", geo=WAL),
            L("14", 14, E, PROV, "care_providers_majority_sponsored_staff", "April 2026 (commissioned providers; Powys County Council)", geo="Powys"),
            L("more than half", 50, MT, PCT, "care_providers_workforce_share_sponsored", "April 2026 (of their workforce; Powys County Council)", geo="Powys"),
            V("hundreds", 200, 900, PROV, "sponsor_licences_revoked_care_providers", UKREV.replace("Home Office)", "rogue care providers; Home Office spokesperson)")),
            L("Nearly 3,300", 3300, ALM, P, "visas_granted_care_worker", "January to December 2023 (2023, the peak year; Home Office)", geo=WAL),
            L("about 450", 450, AP, P, "visas_granted_care_worker", "January to December 2025 (last year; Home Office)", geo=WAL),
            L("41", 41, E, LIC, SLR, FOIB, occ=1, geo=WAL),
            L("1,960", 1960, E, P, CWS, FOIB, occ=1, geo=WAL),
            L("1,170", 1170, E, P, CWF, FOIB, occ=1, geo=WAL),
            L("60%", 60, E, PCT, CWD + "_share_found_new_sponsor", FOIB, geo=WAL),
        ]),
    "07-gowrie-pear-scottish-builders-obr-migration-warning": dict(
        meta=dict(url="https://www.gowriepear.example/business/scottish-builders-say-visa-squeeze-threatens-housing-targets-6620418",
                  title="Scottish builders say visa squeeze threatens housing targets",
                  publisher="Gowrie Pear", author="Lachlan Strachan-Oyediran", published_date="2026-11-05"),
        labels=[
            L("68%", 68, E, PCT, "construction_firms_share_turned_down_work", SBF, occ=0, geo=SCO),
            L("52%", 52, E, PCT, "construction_firms_share_turned_down_work", "January to December 2024 (2024; Scottish Building Federation survey)", geo=SCO),
            L("4,190", 4190, E, P, "construction_workers_needed_annual", CITB, occ=0, geo=SCO),
            L("£41,700", 41700, E, GBP, SWT, "July 2025 onwards (per year)"),
            L("about £34,500", 34500, AP, GBP, "bricklayer_median_salary", "November 2026 (per year; Scottish Building Federation)", geo=SCO),
            L("4,870", 4870, E, P, "visas_granted_skilled_worker_construction", VYE, occ=0),
            L("41%", -41, E, PCT, "visas_granted_skilled_worker_construction_change", "year ending June 2026 vs the previous year (a drop; Home Office)", occ=0),
            L("19", 19, E, VAC, "firm_vacancies", "November 2026 (unfilled for more than six months; Ruaridh Montgomerie-Bassey, " + KH + ")", geo="Tayside"),
            L("14", 14, E, P, "firm_sponsored_workers", "April 2023 to March 2024 (2023-24; Ruaridh Montgomerie-Bassey, " + KH + ")", geo="Tayside"),
            L("two", 2, E, P, "firm_sponsored_workers", "2026 (this year; Ruaridh Montgomerie-Bassey, " + KH + ")", ctx="this year it is two", geo="Tayside"),
            L("around £11,000", 11000, AP, GBP, SPC, "November 2026 (fees and charges over a five-year visa; Ruaridh Montgomerie-Bassey, " + KH + ")", geo="Tayside"),
            L("£6,600", 6600, E, GBP, ISC5, "November 2026 (Immigration Skills Charge over a five-year visa; " + KH + ")", geo="Tayside"),
            L("200,000", 200000, E, P, "net_migration_scenario", "per year (lower path" + FRR),
            L("265,000", 265000, E, P, "obr_net_migration_assumption", "per year (central assumption" + FRR),
            L("about £8.5bn", 8500000000, AP, GBP, "public_borrowing_effect_lower_migration_scenario", "April 2030 to March 2031 (2030-31" + FRR),
            L("0.2%", 0.2, E, PCT, "working_age_population_growth_scenario", "per year (on the lower path" + FRR),
            L("roughly half", 0.5, AP, RATIO, "working_age_population_growth_ratio", "lower path vs the past decade (the pace" + FRR),
            L("11,900", -11900, E, P, "natural_change", NRS + " (deaths exceeded births)", geo=SCO),
            L("43,200", 43200, E, P, "net_migration", NRS + " (from the rest of the UK and abroad)", geo=SCO),
            L("19,600", 19600, E, HOMES, "housing_completions", "April 2025 to March 2026 (2025-26; Scottish Government)", geo=SCO),
            L("6.5%", 6.5, E, PCT, "housing_completions_change", "2025-26 vs 2024-25 (Scottish Government)", geo=SCO),
            L("a fifth", -20, E, PCT, "affordable_housing_starts_change", "latest year (fallen; Scottish Government)", geo=SCO),
            L("60,000", 60000, E, P, "construction_training_places_funded", "extra places (Home Office spokesperson)", geo=ENG),
            L("4.4%", 4.4, E, PCT, "unemployment_rate", "June to August 2026 (the three months to August)", geo=SCO),
            L("5.2%", 5.2, E, PCT, "unemployment_rate", "June to August 2026 (the UK rate)"),
            L("68%", 68, E, PCT, "construction_firms_share_turned_down_work", SBF.replace(")", "; BY THE NUMBERS box)"), occ=1, geo=SCO),
            L("4,190", 4190, E, P, "construction_workers_needed_annual", CITB.replace(")", "; BY THE NUMBERS box)"), occ=1, geo=SCO),
            L("4,870", 4870, E, P, "visas_granted_skilled_worker_construction", VYE.replace(";", "; BY THE NUMBERS box;"), occ=1),
            L("41%", -41, E, PCT, "visas_granted_skilled_worker_construction_change", "year ending June 2026 vs the previous year (down; BY THE NUMBERS box; Home Office)", occ=1),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
