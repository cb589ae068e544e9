#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the two-hundred-and-tenth hand-labelled hold-out set (holdout210).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, HOTELS, THIRD, SIXTH,
                        E, AP, MT, AL, LT, AM, ALM, SBA, NM)

UK, ENG, WAL, SCO, NI = "UK", "England", "Wales", "Scotland", "Northern Ireland"
DE, FR, IT, EU = "Germany", "France", "Italy", "EU"
HOMES, HH = "other:homes", "other:households"
PER1000A = "other:applications_per_1000_population"
PER1000P = "other:persons_per_1000_population"
NMF = "net_migration_forecast"
NICR, NICT = "employer_nics_rate", "employer_nics_threshold"
NLW = "national_living_wage_hourly"
ASCV, ASCI = "adult_social_care_vacancies", "adult_social_care_international_recruits"
PBE = "public_borrowing_effect_lower_migration"
APP, APK = "asylum_applications", "asylum_applications_per_1000_population"
NMK = "net_migration_per_1000_population"

# 01 (Thursday 31 October 2024; Independent-style Budget report; the Budget was on Wednesday 30 October 2024)
BUD = "the Budget on Wednesday 30 October 2024"
APR25 = "from April 2025 (from next April; " + BUD + ")"
NOW24 = "April 2024 to March 2025 (now, before next April; " + BUD + ")"
OBR29 = "per year (by 2029; the OBR's assumption published with " + BUD
FY2324 = "April 2023 to March 2024 (2023/24; Skills for Care)"
STOCK = "Stockport"
HOME1 = "October 2024 (Mavis Ollerenshaw-Banda's care home)"
BOX1 = "; The Budget in figures box)"

# 02 (Thursday 27 February 2025; Guardian-style; Home Office statistics for the year ending December 2024)
Y24 = "January to December 2024 (last year, 2024; Home Office figures"
Y23 = "January to December 2023 (2023; Home Office figures"
NPT = "Newport"

# 03 (Tuesday 15 July 2025; Scottish regional paper; "this summer" is 2025, "last year" 2024)
ANG = "Angus"
FARM = "summer 2025 (this summer, on the farm near Forfar; Alasdair Strachan-Oyelowo)"
HI = "Highlands and Islands"

# 04 (Saturday 20 September 2025; Telegraph-style; "on Wednesday" is 17 September 2025)
TT = "a centre-right think tank's report"
PLEDGE = "July 2024 to 2029 (this parliament, before the next general election; "
PBO = "Peterborough"

# 05 (Wednesday 4 March 2026; FT-style analysis of the OBR's forecast on Tuesday 3 March 2026)
M26 = "the OBR's forecast on Tuesday 3 March 2026"
FY3031 = "April 2030 to March 2031 (2030-31"
N25 = "the OBR's November 2025 forecast"

# 06 (Tuesday 16 June 2026; UnHerd-style essay; "last year" is 2025)
Y25 = "January to December 2025 (last year, 2025"

# 07 (Friday 20 November 2026; fact check; "Sunday" is 15 November 2026, "Monday" 16 November 2026)
LIFE = "lifetime (a migrant arriving at 25"
FY2526 = "April 2025 to March 2026 (2025-26"
CL1 = "claim by Reform UK's home affairs spokesman on Sunday 15 November 2026"
MAC = "April 2016 to March 2017 (2016/17; the Migration Advisory Committee, 2018)"
BOX7 = "; The figures box)"

ARTICLES = {
    "01-the-voussoir-budget-care-jobs-tax-obr-migration": dict(
        meta=dict(url="https://www.thevoussoir.example/news/uk/politics/budget-2024-care-homes-jobs-tax-obr-net-migration-b2639417.html",
                  title="Care homes say the Budget's jobs tax lands on staff the OBR expects Britain to stop importing",
                  publisher="The Voussoir", author="Fenella Oyelaran-Blackstock", published_date="2024-10-31"),
        labels=[
            L("about £940m", 940000000, AP, GBP, "employer_nics_cost_social_care", "per year (from April 2025, dearer employer contributions; care providers; image caption)"),
            L("£40bn", 40000000000, E, GBP, "budget_tax_rises", "per year (by 2029-30, tax rises set out in " + BUD + "; the Chancellor)", occ=0),
            L("13.8%", 13.8, E, PCT, NICR, NOW24),
            L("15%", 15, E, PCT, NICR, APR25, occ=0),
            L("£9,100", 9100, E, GBP, NICT, "per year (April 2024 to March 2025, now, before next April; " + BUD + ")"),
            L("£5,000", 5000, E, GBP, NICT, "per year (from April 2025, from next April; " + BUD + ")", occ=0),
            L("685,000", 685000, E, P, NM, "January to December 2023 (2023; the ONS)"),
            L("315,000", 315000, E, P, NMF, OBR29 + ")", occ=0),
            L("more than half", -50, MT, PCT, NMF + "_change", "2023 to 2029 (a drop of, from the ONS's 2023 estimate to the OBR's assumption)"),
            L("100,000", 100000, E, P, "net_migration_scenario_shortfall", "per year (2029-30, a net inflow smaller than the central case; the OBR's sensitivity test)"),
            L("roughly £7bn", 7000000000, AP, GBP, PBE, "April 2029 to March 2030 (2029-30, higher borrowing if net migration were 100,000 a year lower; the OBR's sensitivity test)"),
            L("£22bn", 22000000000, E, GBP, "public_finances_inherited_gap", "April 2024 to March 2025 (this year's public finances, a black hole; the Chancellor)"),
            L("£6.4bn", 6400000000, E, GBP, "asylum_cost_overspend", "April 2024 to March 2025 (this year, not budgeted for; the Chancellor)", occ=0),
            L("131,000", 131000, E, P, ASCV, FY2324, geo=ENG),
            L("8.3%", 8.3, E, PCT, "adult_social_care_vacancy_share", FY2324, geo=ENG),
            L("105,000", 105000, E, P, ASCI, "April 2023 to March 2024 (over the same 12 months, recruited from overseas; Skills for Care)", geo=ENG),
            L("3,100", 3100, E, P, "visa_applications_care_worker", "July to September 2024 (between July and September; Home Office monthly figures)"),
            L("83%", -83, E, PCT, "visa_applications_care_worker_change", "July to September 2024 vs July to September 2023 (down, a year earlier; Home Office monthly figures)"),
            L("18,200", 18200, E, P, "visa_applications_care_worker", "July to September 2023 (a year earlier; Home Office monthly figures)"),
            L("46", 46, E, P, "care_home_residents", HOME1, geo=STOCK),
            L("71", 71, E, P, "care_home_staff", HOME1, geo=STOCK),
            L("29", 29, E, P, "care_home_staff_sponsored_visas", "October 2024 (staff holding Health and Care Worker visas; Mavis Ollerenshaw-Banda's care home)", geo=STOCK),
            L("about two in five", 40, AP, PCT, "care_home_staff_share_sponsored_visas", HOME1, geo=STOCK),
            L("£5,000", 5000, E, GBP, "employment_allowance", "per year (April 2024 to March 2025, before the rise; " + BUD + ")", occ=1),
            L("£10,500", 10500, E, GBP, "employment_allowance", "per year (from April 2025, rises to; " + BUD + ")"),
            L("about £45,000", 45000, AP, GBP, "employer_nics_cost_care_home", "per year (from April 2025, added to the wage bill; Mavis Ollerenshaw-Banda)", geo=STOCK),
            L("£25bn", 25000000000, E, GBP, "employer_nics_increase_receipts", "per year (from April 2025, a jobs tax; the shadow chancellor)"),
            V("hundreds of thousands", 200000, 900000, P, NMF, "per year (2024 to 2029, the migrants the Chancellor is counting on; the shadow chancellor)"),
            L("315,000", 315000, E, P, NMF, "per year (by 2029, as her forecaster assumes; the shadow chancellor)", occ=1),
            L("£3.4bn", 3400000000, E, GBP, "barnett_funding_increase", "April 2025 to March 2026 (2025-26, through the Barnett formula; the Treasury)", geo=SCO),
            L("£1.7bn", 1700000000, E, GBP, "barnett_funding_increase", "April 2025 to March 2026 (2025-26, through the Barnett formula; the Treasury)", geo=WAL),
            L("£1.5bn", 1500000000, E, GBP, "barnett_funding_increase", "April 2025 to March 2026 (2025-26, through the Barnett formula; the Treasury)", geo=NI),
            L("£40bn", 40000000000, E, GBP, "budget_tax_rises", "per year (tax rises announced in " + BUD + BOX1, occ=1),
            L("15%", 15, E, PCT, NICR, "from April 2025 (employer NI rate from April 2025" + BOX1, occ=1),
            L("315,000", 315000, E, P, NMF, "per year (2029, OBR net migration assumption" + BOX1, occ=2),
            L("£6.4bn", 6400000000, E, GBP, "asylum_cost_overspend", "April 2024 to March 2025 (asylum overspend identified in July 2024" + BOX1, occ=1),
        ]),
    "02-the-plinth-health-care-worker-visas-fall": dict(
        meta=dict(url="https://www.theplinth.example/uk-news/2025/feb/27/care-worker-visas-collapse-three-quarters-homes-struggle-rotas",
                  title="Care worker visas collapse by three-quarters as homes struggle to fill rotas",
                  publisher="The Plinth", author="Odalys Prendergast-Okafor", published_date="2025-02-27"),
        labels=[
            L("three-quarters", -75, E, PCT, "visas_granted_care_worker_change", "2024 vs 2023 (collapse by, care worker visas; headline)", occ=0),
            L("three-quarters", -75, E, PCT, "visas_granted_care_worker_change", "2024 vs 2023 (fallen by, in a year; official figures)", occ=1),
            L("25,800", 25800, E, P, "visas_granted_care_worker", Y24 + ", care workers and senior care workers, released on Thursday)"),
            L("105,500", 105500, E, P, "visas_granted_care_worker", Y23 + ")"),
            L("57%", -57, E, PCT, "visas_granted_health_care_worker_change", "2024 vs 2023 (fell by, main applicants on the Health and Care Worker route; Home Office figures)"),
            L("63,000", 63000, E, P, "visas_granted_health_care_worker", Y24 + ", main applicants)"),
            L("146,500", 146500, E, P, "visas_granted_health_care_worker", Y23 + ", main applicants)"),
            L("203,000", 203000, E, P, "visas_granted_health_care_worker_dependants", Y23 + ", family members)"),
            L("69,400", 69400, E, P, "visas_granted_health_care_worker_dependants", Y24 + ", family members)"),
            L("about two-thirds", -200 / 3, AP, PCT, "visas_granted_health_care_worker_dependants_change", "2024 vs 2023 (a fall of; Home Office figures)"),
            L("19,300", 19300, E, P, "visas_granted_nurses_midwives_doctors", "January to December 2024 (2024; Home Office figures)"),
            L("21%", -21, E, PCT, "visas_granted_nurses_midwives_doctors_change", "2024 vs 2023 (down, the previous year; Home Office figures)"),
            L("24,400", 24400, E, P, "visas_granted_nurses_midwives_doctors", "January to December 2023 (the previous year; Home Office figures)"),
            L("131,000", 131000, E, P, ASCV, "April 2023 to March 2024 (2023-24, empty posts; Skills for Care)", geo=ENG),
            L("one in six", 100 / 6, E, PCT, "adult_social_care_workforce_share_non_british", "April 2023 to March 2024 (2023-24, holds a non-British nationality; Skills for Care)", geo=ENG),
            L("1.59m", 1590000, E, P, "adult_social_care_workforce", "April 2023 to March 2024 (2023-24, people working in the sector; Skills for Care)", geo=ENG),
            L("1,870", 1870, E, P, ASCI, "January to December 2024 (last year, overseas care workers who started jobs; Welsh Government analysis of sponsorship data)", geo=WAL),
            L("6,020", 6020, E, P, ASCI, "January to December 2023 (2023; Welsh Government analysis of sponsorship data)", geo=WAL),
            L("more than two-thirds", -200 / 3, MT, PCT, ASCI + "_change", "2024 vs 2023 (a fall of; Welsh Government analysis of sponsorship data)", geo=WAL),
            L("eleven", 11, E, "other:shifts", "care_home_unfilled_night_shifts", "per week (February 2025, night shifts with nobody to cover them; Bronwen Tshabalala-Rees)", geo=NPT),
            L("nine", 9, E, P, "care_home_overseas_recruits_planned", "autumn 2024 (lined up from Zimbabwe and Kerala; Bronwen Tshabalala-Rees)", geo=NPT),
            L("Six", 6, E, P, "care_home_overseas_recruits_without_certificate_of_sponsorship", "autumn 2024 to February 2025 (never got a certificate of sponsorship; Bronwen Tshabalala-Rees)", geo=NPT),
            L("around 2,300", 2300, AP, P, ASCI, "2022 to February 2025 (since 2022, recruited from abroad; the Department of Health)", geo=NI),
            L("More than 470", 470, MT, "other:providers", "sponsor_licences_revoked_care_providers", "July 2022 to February 2025 (since July 2022; the Home Office)"),
            V("tens of thousands", 20000, 90000, P, "care_workers_sponsored_by_revoked_providers", "July 2022 to February 2025 (stranded since July 2022; unions)"),
            L("£10,000 or more", 10000, AL, GBP, "recruitment_fee_paid", "July 2022 to February 2025 (fees paid to recruitment agents by some; unions)"),
            L("£23,200", 23200, E, GBP, "care_worker_salary_threshold", "per year (February 2025, the salary floor for visa-holding care staff)"),
            L("£38,700", 38700, E, GBP, "skilled_worker_salary_threshold", "per year (February 2025, the threshold for most skilled workers)"),
            L("£11.44", 11.44, E, GBP, NLW, "per hour (April 2024 to March 2025, the national living wage before April)"),
            L("£12.21", 12.21, E, GBP, NLW, "per hour (from April 2025, rises to in April)"),
            L("6.7%", 6.7, E, PCT, NLW + "_change", "April 2025 vs April 2024 (an increase of, in April)"),
            L("£600m", 600000000, E, GBP, "adult_social_care_funding_increase", "April 2025 to March 2026 (an extra, for councils; health ministers)", geo=ENG),
        ]),
    "03-carmyllie-mason-angus-seasonal-pickers-hospitality": dict(
        meta=dict(url="https://www.carmylliemason.example/business/farming/5279114/angus-strawberries-left-to-rot-pickers-shortage-seasonal-visas/",
                  title="Strawberries left to rot as Angus growers run short of pickers",
                  publisher="Carmyllie Mason", author="Ishbel Macaskill-Ferreira", published_date="2025-07-15"),
        labels=[
            L("30", 30, E, P, "farm_seasonal_pickers_without_seasonal_worker_visa", FARM[:-1] + "; image caption)", occ=0, geo=ANG),
            L("420", 420, E, P, "farm_seasonal_pickers", FARM[:-1] + "; image caption)", occ=0, geo=ANG),
            L("420", 420, E, P, "farm_seasonal_pickers", FARM, occ=1, geo=ANG),
            L("40", 40, E, P, "farm_seasonal_pickers_change", "summer 2025 vs summer 2024 (fewer than last year; Alasdair Strachan-Oyelowo)", geo=ANG),
            L("30", 30, E, P, "farm_seasonal_pickers_without_seasonal_worker_visa", FARM[:-1] + ", all but)", occ=1, geo=ANG),
            L("460", 460, E, P, "farm_seasonal_pickers_planned", "summer 2025 (planned for again; Alasdair Strachan-Oyelowo)", ctx="planned for 460", geo=ANG),
            L("About 35", 35, AP, "other:tonnes", "crops_wasted", "June 2025 (a single fortnight in June; Alasdair Strachan-Oyelowo)", geo=ANG),
            L("roughly £140,000", 140000, AP, GBP, "crops_wasted_value", "June 2025 (at wholesale prices, never to be seen; Alasdair Strachan-Oyelowo)", geo=ANG),
            L("43,000", 43000, E, P, "seasonal_worker_visa_allocation_horticulture", "January to December 2025 (this year, horticulture visas for growers across the UK)"),
            L("2,000", 2000, E, P, "seasonal_worker_visa_allocation_poultry", "January to December 2025 (this year, for poultry)"),
            L("41,470", 41470, E, P, "visas_granted_seasonal_worker", "April 2024 to March 2025 (the 12 months to March; Home Office data)"),
            L("8%", -8, E, PCT, "visas_granted_seasonal_worker_change", "April 2024 to March 2025 vs the year before (down; Home Office data)"),
            L("45,230", 45230, E, P, "visas_granted_seasonal_worker", "April 2023 to March 2024 (the year before; Home Office data)"),
            L("58%", 58, E, PCT, "visas_granted_seasonal_worker_share_central_asia", "April 2024 to March 2025 (workers from central Asia; Home Office data)"),
            L("about 10,000", 10000, AP, P, "farm_seasonal_workforce", "summer 2025 (needed at the height of the summer; NFU Scotland)", geo=SCO),
            L("more than nine in ten", 90, MT, PCT, "farm_seasonal_workforce_share_seasonal_worker_visa", "summer 2025 (now come through the scheme; NFU Scotland)", geo=SCO),
            L("£12.21", 12.21, E, GBP, NLW, "per hour (from April 2025, the national living wage)"),
            L("6.7%", 6.7, E, PCT, NLW + "_change", "April 2025 vs April 2024 (rose by, in April)"),
            L("£15.80", 15.8, E, GBP, "farm_picker_hourly_pay_average", "per hour (summer 2025, the best pickers with piece-rate bonuses, an average; Alasdair Strachan-Oyelowo)", geo=ANG),
            L("15%", 15, E, PCT, NICR, "from April 2025 (went up to in April)"),
            L("£38,000", 38000, E, GBP, "employer_nics_cost_farm", "the 2025 season (added to this season's wage bill; Alasdair Strachan-Oyelowo)", geo=ANG),
            L("310", 310, E, "other:businesses", "survey_sample_size_hospitality_businesses", "July 2025 (hotels, restaurants and bars surveyed by a hospitality trade body)", geo=HI),
            L("31%", 31, E, PCT, "hospitality_businesses_share_unfilled_seasonal_vacancies", "July 2025 (by the start of July; a hospitality trade body's survey)", geo=HI),
            L("about 22%", 22, AP, PCT, "hospitality_staff_share_eu_nationals", "before Brexit (up to 2020; a hospitality trade body)", geo=SCO),
            L("12%", 12, E, PCT, "hospitality_staff_share_eu_nationals", "July 2025 (today; a hospitality trade body)", geo=SCO),
            L("11", 11, E, HOTELS, "hotel_group_hotels", "July 2025 (a group between Pitlochry and Fort William; Catriona Pettigrew-Anand)", geo=SCO),
            L("c. 600", 600, AP, P, "hotel_group_staff", "summer 2025 (at the peak of the season; Catriona Pettigrew-Anand)", geo=SCO),
            L("about 60", 60, AP, P, "hotel_group_staff_shortfall", "summer 2025 (this year, people short; Catriona Pettigrew-Anand)", geo=SCO),
            L("one in ten", 10, E, PCT, "hotel_group_staff_shortfall_share", "summer 2025 (of what she needs; Catriona Pettigrew-Anand)", geo=SCO),
            V("hundreds", 200, 900, P, "soft_fruit_industry_jobs", "July 2025 (local jobs beyond the farm gate; Councillor Euan Drummond-Osei)", geo=ANG),
            L("about 50", 50, AP, P, "farm_seasonal_pickers_needed_extra", "August 2025 (extra pickers for the raspberry harvest; Alasdair Strachan-Oyelowo)", geo=ANG),
        ]),
    "04-the-keystone-migration-housing-demand-england": dict(
        meta=dict(url="https://www.thekeystone.example/politics/2025/09/20/migration-will-swallow-most-of-labours-new-homes-think-tank/",
                  title="Migration 'will swallow most of Labour's new homes', think tank warns",
                  publisher="The Keystone", author="Crispin Vandeleur-Achebe", published_date="2025-09-20"),
        labels=[
            L("nearly seven in ten", 70, ALM, PCT, "housing_demand_from_migration_share_of_net_additions", "2024 vs 2023-24 (homes needed by arrivals settling in England last year, of the homes completed; " + TT + "; standfirst)", occ=0, geo=ENG),
            L("roughly 370,000", 370000, AP, P, "net_migration_england", "January to December 2024 (settled in England in 2024; " + TT + ")", geo=ENG),
            L("about 154,000", 154000, AP, HOMES, "housing_demand_from_migration", "January to December 2024 (homes needed between them; " + TT + ")", geo=ENG),
            L("2.4", 2.4, E, "other:persons_per_household", "household_size_average", "2024 (the national average, assumed; " + TT + ")", geo=ENG),
            L("nearly seven in ten", 70, ALM, PCT, "housing_demand_from_migration_share_of_net_additions", "2024 vs 2023-24 (equivalent to, of net additional homes; " + TT + ")", occ=1, geo=ENG),
            L("221,070", 221070, E, HOMES, "housing_net_additional_dwellings", "April 2023 to March 2024 (2023-24, the most recent year with official figures)", geo=ENG),
            L("431,000", 431000, E, P, NM, "January to December 2024 (the YE December 2024; the Office for National Statistics)"),
            L("less than half", 0.5, LT, RATIO, "net_migration_ratio", "year ending December 2024 vs the 2023 peak (the Office for National Statistics)"),
            L("something like 42,000", 42000, AP, HOMES, "housing_demand_from_migration_per_100000_migrants", "any year (every 100,000 extra people who settle here; Hermione Blatchford-Oduya)", geo=ENG),
            L("1.5 million", 1500000, E, HOMES, "housing_target", PLEDGE + "the target; Hermione Blatchford-Oduya)", occ=0, geo=ENG),
            L("about 60%", 60, AP, PCT, "household_growth_share_migration", "2014 to 2024 (over the decade to 2024; Hermione Blatchford-Oduya)", geo=ENG),
            L("1.5 million", 1500000, E, HOMES, "housing_target", PLEDGE + "Labour's pledge)", occ=1, geo=ENG),
            L("300,000", 300000, E, HOMES, "housing_target", "per year (July 2024 to 2029, this parliament, before the next general election; Labour's pledge)", geo=ENG),
            L("1.5 million", 1500000, E, HOMES, "housing_target", PLEDGE + "they talk about; the shadow housing secretary)", occ=2, geo=ENG),
            L("5.9%", 5.9, E, PCT, "private_rents_change", "September 2024 to August 2025 (the 12 months to August; the ONS, on Wednesday 17 September 2025)", geo=ENG),
            L("£2,268", 2268, E, GBP, "private_rent_average_monthly", "per month (August 2025, the average London tenant; the ONS)", geo="London"),
            L("131,140", 131140, E, HH, "temporary_accommodation_households", "31 March 2025 (a record, in stopgap housing such as B&Bs and hostels)", geo=ENG),
            L("12%", 12, E, PCT, "temporary_accommodation_households_change", "31 March 2025 vs 31 March 2024 (up, a year earlier)", geo=ENG),
            L("117,450", 117450, E, HH, "temporary_accommodation_households", "31 March 2024 (a year earlier)", geo=ENG),
            L("about one in eight", 12.5, AP, PCT, "homelessness_acceptances_share_refugees", "April 2024 to March 2025 (2024-25, refugees leaving Home Office accommodation; Peterborough City Council)", geo=PBO),
            L("fewer than one in 20", 5, LT, PCT, "homelessness_acceptances_share_refugees", "April 2021 to March 2022 (three years earlier; Peterborough City Council)", geo=PBO),
        ]),
    "05-the-ashlar-obr-migration-forecast-public-finances": dict(
        meta=dict(url="https://www.theashlar.example/content/7c1e2f9a-obr-migration-downgrade-fiscal-headroom",
                  title="Falling migration leaves a £6bn dent in Britain's fiscal buffer",
                  publisher="The Ashlar", author="Rosalind Tremayne-Okonkwo", published_date="2026-03-04"),
        labels=[
            L("£6bn", 6000000000, E, GBP, PBE, FY3031 + ", the dent in the fiscal buffer; " + M26 + "; headline)"),
            L("260,000", 260000, E, P, NMF, "per year (from 2028-29, settle at; " + M26 + ")"),
            L("80,000", -80000, E, P, NMF + "_revision", "per year (from 2028-29, revised down by; " + M26 + " vs " + N25 + ")"),
            L("340,000", 340000, E, P, NMF, "per year (from 2028-29, pencilled in only last November; " + N25 + ")"),
            L("£6.2bn", 6200000000, E, GBP, PBE, FY3031 + ", that change alone adds to borrowing; " + M26 + ")"),
            L("£21.7bn", 21700000000, E, GBP, "fiscal_headroom", FY3031 + ", the headroom built up in the autumn Budget, November 2025)"),
            L("more than a quarter", 25, MT, PCT, "public_finances_effect_share_of_headroom", FY3031 + ", the migration downgrade on its own; " + M26 + ")"),
            L("£18.4bn", 18400000000, E, GBP, "fiscal_headroom", FY3031 + ", leaving headroom at; " + M26 + ")"),
            L("£8.9bn", -8900000000, E, GBP, "tax_receipts_lower_migration_change", FY3031 + ", lower than in November; " + M26 + ")"),
            L("£2.7bn", -2700000000, E, GBP, "public_spending_lower_migration_change", FY3031 + ", spending lower than in November; " + M26 + ")"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the latest estimate, years to June; ONS; chart caption)", occ=0),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the year to June 2025; the ONS)", occ=1),
            L("more than two-thirds", -200 / 3, MT, PCT, NM + "_change", "year to June 2025 vs year to June 2024 (below the year before; the ONS)"),
            L("649,000", 649000, E, P, NM, "July 2023 to June 2024 (the year before; the ONS)"),
            L("182,400", 182400, E, P, "visas_granted_work", "January to December 2025 (2025, main applicants; last week's Home Office release)"),
            L("36%", -36, E, PCT, "visas_granted_work_change", "2025 vs 2024 (down; last week's Home Office release)"),
            L("290,000", -290000, E, P, "population_working_age_forecast_revision", "2030 (aged 16 to 64, smaller than assumed in November; " + M26 + ")"),
            L("210,000", -210000, E, P, "employment_forecast_revision", "2030 (fewer people in work than assumed in November; " + M26 + ")"),
            L("0.5%", -0.5, E, PCT, "gdp_forecast_revision", FY3031 + ", real GDP lower by; " + M26 + ")"),
            L("0.1%", 0.1, E, PCT, "gdp_per_head_forecast_revision", FY3031 + ", output per head higher; " + M26 + ")"),
            L("roughly £0.8bn", 800000000, AP, GBP, PBE + "_per_10000_migrants", "after five years (every 10,000 fewer net migrants a year; the OBR's rule of thumb)"),
            L("6 basis points", 0.06, E, PCT, "gilt_yield_10_year_change", "3 March 2026 (rose on Tuesday)"),
            L("4.62%", 4.62, E, PCT, "gilt_yield_10_year", "3 March 2026 (on Tuesday)"),
            L("close to a third", 100 / 3, AP, PCT, "public_finances_effect_share_of_headroom", "autumn 2026 (another downward revision of a similar size, of the remaining buffer; on the OBR's numbers)"),
        ]),
    "06-the-gritstone-britain-europe-migration-per-head-essay": dict(
        meta=dict(url="https://thegritstone.example/p/britain-is-not-europes-open-door",
                  title="Britain is not Europe's open door",
                  publisher="The Gritstone", author="Leopold Fairweather-Kimani", published_date="2026-06-16"),
        labels=[
            L("110,600", 110600, E, P, APP, Y25 + ", claimed asylum in the UK)"),
            L("about 69.3m", 69300000, AP, P, "population", "2025 (a population of about, the divisor)"),
            L("roughly 1.6", 1.6, AP, PER1000A, APK, Y25 + ", for each 1,000 inhabitants)"),
            L("151,000", 151000, E, P, APP, Y25 + ")", geo=FR),
            L("68.6m", 68600000, E, P, "population", "2025 (a population of)", geo=FR),
            L("about 2.2", 2.2, AP, PER1000A, APK, Y25 + ")", geo=FR),
            L("121,000", 121000, E, P, APP, Y25 + ")", geo=IT),
            L("about 2.1", 2.1, AP, PER1000A, APK, Y25 + ")", geo=IT),
            L("782,000", 782000, E, P, APP, Y25 + ", across the EU as a whole)", geo=EU),
            L("some 1.7", 1.7, AP, PER1000A, APK, Y25 + ")", geo=EU),
            L("more than a fifth", -20, MT, PCT, APP + "_change", "2025 vs 2024 (a fall of)", geo=EU),
            L("roughly 1m", 1000000, AP, P, APP, "January to December 2024 (2024)", geo=EU),
            L("almost four times", 4, ALM, RATIO, APP + "_ratio", "January to December 2023 (2023, first-time claims in Germany vs claims in the UK)", geo=DE),
            L("113,200", 113200, E, P, APP, "January to December 2025 (2025, first-time applications)", geo=DE),
            L("about half", -50, AP, PCT, APP + "_change", "2025 vs 2024 (down by, first-time applications)", geo=DE),
            L("229,751", 229751, E, P, APP, "January to December 2024 (the year before, first-time applications)", geo=DE),
            L("about 1.4", 1.4, AP, PER1000A, APK, "January to December 2025 (2025, first-time applications)", geo=DE),
            L("about one in eight", 12.5, AP, PCT, "asylum_applications_share_uk_of_eu_and_uk", Y25 + ", of every claim lodged across the EU and Britain combined)", geo="EU and UK"),
            L("171,000", 171000, E, P, NM, "January to December 2025 (the ONS estimate for 2025, published last month)"),
            L("about 2.5", 2.5, AP, PER1000P, NMK, "January to December 2025 (2025; the ONS)"),
            L("260,000", 260000, E, P, NM, "January to December 2025 (2025; Germany's statisticians)", geo=DE),
            L("3.1", 3.1, E, PER1000P, NMK, "January to December 2025 (2025; Germany's statisticians)", geo=DE),
            L("around 240,000", 240000, AP, P, NM, "January to December 2025 (2025)", geo=IT),
            L("roughly 4.1", 4.1, AP, PER1000P, NMK, "January to December 2025 (2025, per head)", geo=IT),
            L("about 152,000", 152000, AP, P, NM, "January to December 2025 (2025)", geo=FR),
            L("Somewhere around 1.9 million", 1900000, AP, P, NM, "January to December 2025 (2025, the EU as a whole)", geo=EU),
            L("over 4", 4, MT, PER1000P, NMK, "January to December 2025 (2025, the EU as a whole)", geo=EU),
            L("roughly 41,000", 41000, AP, P, SBA, Y25 + ")"),
            L("400,000", 400000, E, P, "skilled_workers_needed", "per year (2026, Berlin talks openly about needing)", geo=DE),
            V("hundreds of thousands", 200000, 900000, P, "work_permits_issued", "2023 to 2026 (quietly issued by Rome's right-wing government)", geo=IT),
        ]),
    "07-the-plumb-line-migrants-tax-contribution-factcheck": dict(
        meta=dict(url="https://www.theplumbline.example/fact-checks/low-paid-migrant-cost-taxpayers-150000-income-tax-share-eu-migrants",
                  title="Does a low-paid migrant really cost taxpayers £150,000?",
                  publisher="The Plumb Line", author="Marguerite Osei-Hollingworth", published_date="2026-11-20"),
        labels=[
            L("£150,000", 150000, E, GBP, "fiscal_lifetime_net_cost_low_wage_migrant", "lifetime (a low-paid migrant; " + CL1 + "; headline)", occ=0),
            L("£150,000", 150000, E, GBP, "fiscal_lifetime_net_cost_low_wage_migrant", "lifetime (every migrant who comes here on a low wage; " + CL1 + ")", occ=1),
            L("£128,000", 128000, E, GBP, "fiscal_lifetime_net_cost_low_wage_migrant", LIFE + " earning half the average wage, in today's prices; the Office for Budget Responsibility's modelling)", occ=0),
            L("about £320,000", 320000, AP, GBP, "fiscal_lifetime_contribution_migrant", LIFE + " on the average wage; the Office for Budget Responsibility's modelling)"),
            L("more than £1.1m", 1100000, MT, GBP, "fiscal_lifetime_contribution_high_wage_migrant", LIFE + " earning twice the average; the Office for Budget Responsibility's modelling)"),
            L("£41,700", 41700, E, GBP, "skilled_worker_salary_threshold", "per year (November 2026, the minimum salary on most work visas)"),
            L("one in every five", 20, E, PCT, "income_tax_nics_share_non_uk_nationals", "November 2026 (pounds of income tax paid by migrants; claim by a Labour backbencher on X on Monday 16 November 2026)"),
            L("£62.1bn", 62100000000, E, GBP, "income_tax_nics_paid_non_uk_nationals", FY2526 + "; HMRC data)", occ=0),
            L("about 13%", 13, AP, PCT, "income_tax_nics_share_non_uk_nationals", FY2526 + ", of the tax paid by all employees; HMRC data)"),
            L("£478bn", 478000000000, E, GBP, "income_tax_nics_paid_all_employees", FY2526 + "; HMRC data)"),
            L("roughly one pound in eight", 12.5, AP, PCT, "income_tax_nics_share_non_uk_nationals", FY2526 + "; HMRC data)"),
            L("5.4m", 5400000, E, P, "payrolled_employees_non_uk", FY2526 + ", non-UK nationals on payrolls; HMRC data)"),
            L("30.4m", 30400000, E, P, "payrolled_employees", FY2526 + ", people on payrolls; HMRC data)"),
            L("almost 18%", 18, ALM, PCT, "payrolled_employees_share_non_uk", FY2526 + ", of the total; HMRC data)"),
            L("£2,300", 2300, E, GBP, "fiscal_contribution_eea_migrants_vs_average_adult", "per year (put in more than the average British adult; claim by a Liberal Democrat peer on Sunday 15 November 2026)", occ=0),
            L("£2,300", 2300, E, GBP, "fiscal_contribution_eea_migrants_vs_average_adult", "per year, " + MAC, occ=1),
            L("£840", -840, E, GBP, "fiscal_contribution_non_eea_migrants_vs_average_adult", "per year, " + MAC[:-1] + ", contributed less)"),
            L("£1,035", 1035, E, GBP, "visa_immigration_health_surcharge", "per year (November 2026, for adults)"),
            L("£4.3bn", 4300000000, E, GBP, "visa_fee_and_immigration_health_surcharge_income", FY2526 + "; the Home Office, on Monday 16 November 2026)"),
            L("18%", 18, E, PCT, "visa_fee_and_immigration_health_surcharge_income_change", "2025-26 vs 2024-25 (up; the Home Office)", ctx="up 18% on"),
            L("£3.65bn", 3650000000, E, GBP, "visa_fee_and_immigration_health_surcharge_income", "April 2024 to March 2025 (the previous year; the Home Office)"),
            L("£128,000", 128000, E, GBP, "fiscal_lifetime_net_cost_low_wage_migrant", LIFE + ", low-paid; the OBR" + BOX7, occ=1),
            L("£62.1bn", 62100000000, E, GBP, "income_tax_nics_paid_non_uk_nationals", FY2526 + "; HMRC" + BOX7, occ=1),
            L("13%", 13, E, PCT, "income_tax_nics_share_non_uk_nationals", FY2526 + ", share of all employee tax; HMRC" + BOX7, ctx="employee tax: 13%"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
