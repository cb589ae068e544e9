#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the seventy-second hand-labelled hold-out set (holdout72).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, HOTELS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, SBA, NM, HOT, PTR)

UK, FR, SC, WA, NI, ENG, EW, EU = "UK", "France", "Scotland", "Wales", "Northern Ireland", "England", "England and Wales", "EU"
MED, CMED = "Mediterranean", "Central Mediterranean"
COUNCILS, HOUSEHOLDS, HOMES, PROPERTIES = "other:councils", "other:households", "other:homes", "other:properties"
PER1000, DEATHRATE = "other:applications_per_1000_population", "other:deaths_per_1000_arrivals"
GROWERS, REFERRALS, AREAS = "other:growers", "other:referrals", "other:council_areas"

# 01 (Monday 12 October 2026; Freedom of Information responses to the Daily Tinderbox)
CH = "council_asylum_refugee_housing_cost"
FY26 = "2025/26 (April 2025 to March 2026; last year)"
FY25 = "2024/25 (April 2024 to March 2025)"
FY24 = "2023/24 (April 2023 to March 2024; two years earlier)"
FY23 = "2022/23 (April 2022 to March 2023)"
EJ26 = "end of June 2026 (30 June 2026)"
EJ23 = "end of June 2023 (the same point in 2023)"
# 02 (Wednesday 16 September 2026; Home Office statistics of August 2026; EUAA data to June 2026)
EU12 = "12 months to June 2026 (July 2025 to June 2026)"
EU12P = "12 months to June 2025 (July 2024 to June 2025; last year)"
YJ26 = "year ending June 2026 (July 2025 to June 2026)"
YJ25 = "year ending June 2025 (July 2024 to June 2025; a year earlier)"
H126, H125 = "January to June 2026 (the first six months of 2026)", "January to June 2025 (the same period of 2025)"
# 03 (Tuesday 6 January 2026; IOM Missing Migrants Project tallies for 2025)
C25, C24 = "2025 (calendar year; last year)", "2024 (calendar year; the year before)"
# 04 (Thursday 23 April 2026)
A26 = "2026 (this year's allocation)"
HRN = "2025 (workers interviewed last year; Harvest Rights Network)"
# 05 (Friday 20 March 2026; ONS national population projections published Thursday 19 March 2026)
PROJ = "mid-2024 to mid-2035 (ONS projections published 19 March 2026)"
HI = "Hearthstone Institute"
# 06 (Friday 24 July 2026; ONS mid-2025 estimates published Thursday 23 July 2026)
YM25 = "year to mid-2025 (July 2024 to June 2025)"
YM24 = "year to mid-2024 (July 2023 to June 2024)"
M25 = "mid-2025 (30 June 2025)"
# 07 (Tuesday 17 November 2026; Belfast City Council committee "on Monday" = 16 November 2026)
ACC = "asylum_accommodation_contracts_cost"
LIFE = "2019 to 2029 (the contract's ten-year life; latest forecast)"
EJ26NI = "end of June 2026 (30 June 2026)"

ARTICLES = {
    "01-daily-tinderbox-councils-refugee-housing-bill": dict(
        meta=dict(url="https://www.dailytinderbox.example/news/article-2026101207/councils-bill-housing-refugees-asylum-seekers-record-486million-london-borough-86000-a-day.html",
                  title="Councils' bill for housing refugees and asylum seekers soars to a record £486million - up 20% in a year - with one London borough paying out £86,000 A DAY",
                  publisher="Daily Tinderbox", author="Gideon Ashcroft-Mensah", published_date="2026-10-12"),
        labels=[
            L("£486million", 486e6, E, GBP, CH, FY26 + " (headline; a record)", occ=0, geo=ENG),
            L("20%", 20, E, PCT, CH + "_change", FY26 + " vs " + FY25 + " (headline; up 20% in a year)", occ=0, geo=ENG),
            L("£86,000", 86000, E, GBP, CH + "_per_day", "per day, " + FY26 + " (headline; A DAY)", occ=0, geo="Newham"),
            L("more than doubled", 2, MT, RATIO, CH + "_ratio", FY26 + " vs " + FY24 + " (in two years; standfirst)", geo="Birmingham"),
            L("£38.2million", 38.2e6, E, GBP, CH, FY26 + " (standfirst)", geo="Birmingham"),
            L("Nearly four times", 4, ALM, RATIO, "refugee_households_bed_and_breakfast_ratio", EJ26 + " vs " + EJ23 + " (standfirst)", geo=ENG),
            L("little more than an eighth", 12.5, MT, PCT, CH + "_share_funded_by_home_office", FY26 + " (standfirst)", occ=0, geo=ENG),
            L("£486million", 486e6, E, GBP, CH, FY26 + " (a record)", occ=1, geo=ENG),
            L("241", 241, E, COUNCILS, "councils_responding_foi", "October 2026 (Freedom of Information responses; Tinderbox investigation)", geo=ENG),
            L("20%", 20, E, PCT, CH + "_change", FY26 + " vs " + FY25, occ=1, geo=ENG),
            L("£405million", 405e6, E, GBP, CH, FY25, geo=ENG),
            L("nearly three times", 3, ALM, RATIO, CH + "_ratio", FY26 + " vs " + FY23, geo=ENG),
            L("£168million", 168e6, E, GBP, CH, FY23, geo=ENG),
            L("£301million", 301e6, E, GBP, "council_refugee_homelessness_cost",
              FY26 + " (temporary accommodation for refugees told to leave Home Office hotels and hostels)", geo=ENG),
            L("more than three-fifths", 60, MT, PCT, CH + "_share_temporary_accommodation", FY26, geo=ENG),
            L("14,700", 14700, E, HOUSEHOLDS, "refugee_households_temporary_accommodation", EJ26 + " (by the end of June)", geo=ENG),
            L("roughly one in nine", 100 / 9, AP, PCT, "temporary_accommodation_share_refugee_households", EJ26, geo=ENG),
            L("3,410", 3410, E, HOUSEHOLDS, "refugee_households_bed_and_breakfast", EJ26 + " (bed and breakfasts or hostel rooms)", geo=ENG),
            L("nearly four times", 4, ALM, RATIO, "refugee_households_bed_and_breakfast_ratio", EJ26 + " vs " + EJ23, geo=ENG),
            L("880", 880, E, HOUSEHOLDS, "refugee_households_bed_and_breakfast", EJ23, geo=ENG),
            L("£38.2m", 38.2e6, E, GBP, CH, FY26 + " (table)", geo="Birmingham"),
            L("£31.6m", 31.6e6, E, GBP, CH, FY26 + " (table)", geo="Newham"),
            L("£27.9m", 27.9e6, E, GBP, CH, FY26 + " (table)", geo="Manchester"),
            L("£22.4m", 22.4e6, E, GBP, CH, FY26 + " (table)", geo="Brent"),
            L("£19.8m", 19.8e6, E, GBP, CH, FY26 + " (table)", geo="Leeds"),
            L("£14.3m", 14.3e6, E, GBP, CH, FY26 + " (table)", geo="Hillingdon"),
            L("more than £86,000", 86000, MT, GBP, CH + "_per_day", "per day, " + FY26 + " (for every day of the year)", geo="Newham"),
            L("more than double", 2, MT, RATIO, CH + "_ratio", FY26 + " vs " + FY24, geo="Birmingham"),
            L("£17.9million", 17.9e6, E, GBP, CH, FY24, geo="Birmingham"),
            L("£61million", 61e6, E, GBP, "home_office_funding_to_councils", FY26 + " (towards the costs)", geo=ENG),
            L("little more than an eighth", 12.5, MT, PCT, CH + "_share_funded_by_home_office", FY26, occ=1, geo=ENG),
            L("more than 90,000", 90000, MT, P, SBA, "5 July 2024 to 11 October 2026 (since 5 July 2024; Shadow Housing Secretary)"),
            L("6,200", 6200, E, HOUSEHOLDS, "temporary_accommodation_households",
              "October 2026 (now; households of every kind; Newham cabinet member for housing)", geo="Newham"),
            L("some 29,600", 29600, AP, P, HOT, EJ26 + " (at the close of June; Home Office data)"),
        ]),
    "02-skyward-news-eu-uk-asylum-applications-explained": dict(
        meta=dict(url="https://news.skyward.example/story/asylum-claims-across-europe-have-fallen-by-a-third-so-why-havent-britains-13419027",
                  title="Asylum claims across Europe have fallen by a third - so why haven't Britain's?",
                  publisher="Skyward News", author="Sinead Okonkwo-Varga", published_date="2026-09-16"),
        labels=[
            L("a third", -THIRD, E, PCT, "asylum_applications_change", EU12 + " vs " + EU12P + " (EU+; headline)", ctx="fallen by a third", geo=EU),
            L("812,000", 812000, E, P, "asylum_applications", EU12 + " (EU+: EU, Norway and Switzerland; EU Agency for Asylum)", geo=EU),
            L("a third", -THIRD, E, PCT, "asylum_applications_change", EU12 + " vs " + EU12P + " (EU+; down a third on last year)",
              ctx="down a third on last year", geo=EU),
            L("1.2m", 1.2e6, E, P, "asylum_applications", EU12P + " (EU+)", geo=EU),
            L("109,800", 109800, E, P, "asylum_applications", YJ26 + " (Home Office)"),
            L("1%", -1, E, PCT, "asylum_applications_change", YJ26 + " vs " + YJ25),
            L("68,000", 68000, E, P, "asylum_applications_change", YJ26 + " vs year ending June 2021 (five years ago; 68,000 higher)"),
            L("139,600", 139600, E, P, "asylum_applications", EU12, geo=FR),
            L("121,300", 121300, E, P, "asylum_applications", EU12, geo="Spain"),
            L("117,900", 117900, E, P, "asylum_applications", EU12, geo="Germany"),
            L("46%", -46, E, PCT, "asylum_applications_change", EU12 + " vs " + EU12P + " (in a single year)", geo="Germany"),
            L("98,200", 98200, E, P, "asylum_applications", EU12, geo="Italy"),
            L("1.6", 1.6, E, PER1000, "asylum_applications_per_1000_population", YJ26 + " (claims for every 1,000 residents)"),
            L("1.7", 1.7, E, PER1000, "asylum_applications_per_1000_population", EU12 + " (EU+ average)", geo=EU),
            L("6.9", 6.9, E, PER1000, "asylum_applications_per_1000_population", EU12 + " (topped the table)", geo="Cyprus"),
            L("roughly one in eight", 12.5, AP, PCT, "asylum_applications_share_uk_of_eu_and_uk", EU12 + " (EU+ and the UK combined)"),
            L("three-quarters", -75, E, PCT, "asylum_applications_change",
              "since December 2024 (since Assad was toppled) to the " + EU12 + " (EU+; Syrian applicants)", geo=EU),
            L("38,400", 38400, E, P, "asylum_applications", EU12 + " (EU+; Syrian applicants)", geo=EU),
            L("71,500", 71500, E, P, "asylum_applications", EU12 + " (EU+; Venezuelan applicants, the largest single group)", geo=EU),
            L("79,300", 79300, E, P, "irregular_arrivals", H126 + " (irregular crossings into the bloc; Frontex)", geo=EU),
            L("21%", -21, E, PCT, "irregular_arrivals_change", H126 + " vs " + H125 + " (Frontex)", geo=EU),
            L("More than a third", THIRD, MT, PCT, "asylum_applications_share_small_boat", YJ26 + " (now)"),
            L("Some 41,200", 41200, AP, P, SBA, YJ26 + " (in the year to June)"),
            L("96%", 96, E, PCT, "small_boat_arrivals_share_claimed_asylum", YJ26 + " (96% of these)"),
            L("47%", 47, E, PCT, "asylum_grants_share_initial_decisions", YJ26 + " (first decisions)"),
            L("38%", 38, E, PCT, "asylum_grants_share_initial_decisions", EU12 + " (EU+)", geo=EU),
            L("£290m", 290e6, E, GBP, PTR, "2022 to July 2024 (the last government; scheme scrapped in July 2024)"),
            L("2,350", 2350, E, P, "returns", "to the end of August 2026 (under the one in, one out agreement with France)", geo=FR),
            L("more than 44,000", 44000, MT, P, SBA, "to the end of August 2026 (over the same period as the one in, one out agreement)"),
            L("a fifth", -20, E, PCT, "asylum_hotel_population_change", "June 2025 to September 2026 (since June 2025; Home Office)",
              ctx="fallen by a fifth"),
            L("37,900", 37900, E, P, "returns", "September 2025 to September 2026 (in the past year; removed or left; Home Office)"),
        ]),
    "03-the-lamplight-mediterranean-channel-deaths": dict(
        meta=dict(url="https://www.thelamplight.example/news/world/europe/mediterranean-deadliest-crossing-2214-deaths-channel-iom-b2891146.html",
                  title="Mediterranean still the world's deadliest sea crossing as 2,214 die trying to reach Europe",
                  publisher="The Lamplight", author="Marguerite Oyelowo-Strand", published_date="2026-01-06"),
        labels=[
            L("2,214", 2214, E, P, "migrant_deaths_mediterranean", C25 + " (dead or missing; headline)", occ=0, geo=MED),
            L("about a quarter", -25, AP, PCT, "small_boat_deaths_change", C25 + " vs " + C24 + " (deaths in the Channel; standfirst)"),
            V("hundreds", 200, 900, P, "migrant_deaths_unrecorded", C25 + " (missed by official tallies; campaigners; standfirst)", geo=MED),
            L("At least 2,214", 2214, AL, P, "migrant_deaths_mediterranean", C25 + " (died or went missing; IOM Missing Migrants Project)", geo=MED),
            L("10 per cent", -10, E, PCT, "migrant_deaths_mediterranean_change", C25 + " vs " + C24, geo=MED),
            L("2,460", 2460, E, P, "migrant_deaths_mediterranean", C24, geo=MED),
            L("almost three-quarters", 75, ALM, PCT, "migrant_deaths_mediterranean_share_central_route", C25, geo=MED),
            L("1,630", 1630, E, P, "migrant_deaths_central_mediterranean", C25 + " (Libya and Tunisia to Italy)", geo=CMED),
            L("67", 67, E, P, "small_boat_deaths", C25 + " (in the Channel)"),
            L("89", 89, E, P, "small_boat_deaths", C24),
            L("Nine", 9, E, P, "small_boat_deaths_children", C25, ctx="Nine of them were children"),
            L("More than 32,000", 32000, MT, P, "migrant_deaths_mediterranean", "2014 to 2025 (since 2014)", geo=MED),
            L("at least 380", 380, AL, P, "small_boat_deaths", "2014 to 2025 (since 2014; trying to reach Britain from northern France)"),
            L("about 15 times", 15, AP, RATIO, "migrant_deaths_per_1000_arrivals_central_mediterranean_ratio",
              C25 + " (central Mediterranean vs the Channel)", geo=CMED),
            L("about 25", 25, AP, DEATHRATE, "migrant_deaths_per_1000_arrivals_central_mediterranean",
              C25 + " (for every 1,000 people who reached Italy)", geo=CMED),
            L("1.6", 1.6, E, DEATHRATE, "small_boat_deaths_per_1000_arrivals", C25 + " (the Channel)"),
            L("66,300", 66300, E, P, "irregular_arrivals", C25 + " (sea arrivals)", geo="Italy"),
            L("41,470", 41470, E, P, SBA, C25),
            L("61", 61, E, PPB, "small_boat_occupancy", C25 + " (average to each boat)", ctx="average of 61"),
            L("Three in five", 60, E, PCT, "migrant_deaths_central_mediterranean_share_unidentified",
              "generally (never identified; IOM Missing Migrants Project)", geo=CMED),
            R("between 300 and 500", 300, 500, P, "migrant_deaths_unrecorded", C25 + " (invisible shipwrecks; University of Palermo study)", geo=MED),
            L("some 21,700", 21700, AP, P, "migrants_intercepted_at_sea_returned_to_libya", C25 + " (Libyan coastguard)", geo="Libya"),
            L("about 19,500", 19500, AP, P, "small_boat_launch_attempts_stopped_people", C25 + " (French authorities)", geo=FR),
            L("£476m", 476e6, E, GBP, "uk_funding_to_france", "2023/24 to 2025/26 (spread over three years; 2023 agreement)"),
            L("eight", 8, E, P, "small_boat_deaths", "18 August 2025 (deadliest single incident of the year)",
              ctx="when eight people drowned", geo="Équihen-Plage"),
            L("70", 70, E, PPB, "small_boat_occupancy", "18 August 2025 (one dinghy)", geo="Équihen-Plage"),
        ]),
    "04-the-pilcrow-seasonal-worker-visas-farm-labour": dict(
        meta=dict(url="https://www.thepilcrow.example/news/politics/farms-12900-pickers-short-seasonal-worker-visas-cut-3781642",
                  title="Farms warn they will be 12,900 pickers short as ministers trim seasonal worker visas",
                  publisher="The Pilcrow", author="Harriet Nakamura-Doyle", published_date="2026-04-23"),
        labels=[
            L("12,900", 12900, E, P, "seasonal_farm_labour_shortfall", "July to August 2026 (peak season; headline; Fresh Produce Growers' Council)", occ=0),
            L("41,500", 41500, E, P, "seasonal_worker_visa_allocation_horticulture", A26),
            L("2,000", 2000, E, P, "seasonal_worker_visa_allocation_poultry", A26 + " (poultry farms, run-up to Christmas)"),
            L("45,000", 45000, E, P, "seasonal_worker_visa_allocation_horticulture", "2025 (last year's allocation)"),
            L("3,500", -3500, E, P, "seasonal_worker_visa_allocation_horticulture_change", "2026 vs 2025 (fewer places)"),
            L("312", 312, E, GROWERS, "poll_sample_size", "winter 2025/26 (members surveyed; Fresh Produce Growers' Council)"),
            L("one in five", 20, E, PCT, "growers_share_left_crops_unharvested", "2025 (last year; Fresh Produce Growers' Council survey)"),
            L("as much as £60m", 60e6, AM, GBP, "crops_wasted_value", "2025 (last year; Fresh Produce Growers' Council)"),
            L("about 12,900", 12900, AP, P, "seasonal_farm_labour_shortfall", "July to August 2026 (peak of the season; Fresh Produce Growers' Council)"),
            L("37,920", 37920, E, P, "visas_granted_seasonal_worker", "2025 (calendar year; Home Office)"),
            L("6%", 6, E, PCT, "visas_granted_seasonal_worker_change", "2025 vs 2024 (the year before)"),
            L("2,500", 2500, E, P, "seasonal_worker_visa_allocation", "2019 (pilot places)"),
            L("more than 15 times", 15, MT, RATIO, "visas_granted_seasonal_worker_ratio", "2025 vs 2019 (pilot places)"),
            L("Almost two-thirds", 200 / 3, ALM, PCT, "visas_granted_seasonal_worker_share_central_asia",
              "2025 (last year's workers; Kyrgyzstan, Uzbekistan and Tajikistan)"),
            L("10,420", 10420, E, P, "visas_granted_seasonal_worker_kyrgyz", "2025 (nationals of Kyrgyzstan)"),
            L("8,760", 8760, E, P, "visas_granted_seasonal_worker_uzbek", "2025 (nationals of Uzbekistan)"),
            L("6,030", 6030, E, P, "visas_granted_seasonal_worker_tajik", "2025 (nationals of Tajikistan)"),
            L("9,100", 9100, E, P, "visas_granted_seasonal_worker", "2025 (taken on by soft fruit farms in Scotland)", geo=SC),
            L("almost a quarter", 25, ALM, PCT, "visas_granted_seasonal_worker_share_scotland", "2025"),
            L("Fewer than one in ten", 10, LT, PCT, "seasonal_pickers_share_uk_nationals", "2026 (pickers on the council's members' farms)"),
            L("41.5k", 41500, E, P, "seasonal_worker_visa_allocation_horticulture", A26 + " (at a glance box)"),
            L("12.9k", 12900, E, P, "seasonal_farm_labour_shortfall", "peak season 2026 (at a glance box)"),
            L("1 in 5", 20, E, PCT, "growers_share_left_crops_unharvested", "2025 (at a glance box)"),
            L("£12.71", 12.71, E, GBP, "national_living_wage_hourly", "per hour, from April 2026 (rose this month)"),
            L("1,150", 1150, E, P, "poll_sample_size", HRN),
            L("410", 410, E, P, "seasonal_workers_paid_recruitment_fees", HRN + " (paid fees to agents in their home country)"),
            L("84%", 84, E, PCT, "seasonal_workers_paid_recruitment_fees_share_borrowed", HRN + " (84% of these)"),
            L("as much as £4,000", 4000, AM, GBP, "recruitment_fee_paid", HRN + " (some paying)"),
            L("doubled", 2, E, RATIO, "gangmasters_referrals_seasonal_workers_ratio", "2025 vs 2024 (last year)"),
            L("734", 734, E, REFERRALS, "gangmasters_referrals_seasonal_workers", "2025 (last year; Gangmasters and Labour Abuse Authority)"),
            L("£50m", 50e6, E, GBP, "farm_automation_fund", "2025 onwards (announced last year; Defra)"),
        ]),
    "05-the-daily-theodolite-net-migration-projections-housing-demand": dict(
        meta=dict(url="https://www.dailytheodolite.example/politics/2026/03/20/migration-fuel-demand-extra-homes-population-projections/",
                  title="Migration to fuel demand for 1.2m extra homes as population forecast rises again",
                  publisher="The Daily Theodolite", author="Rupert Aldous-Nwankwo", published_date="2026-03-20"),
        labels=[
            L("1.2m", 1.2e6, E, HOMES, "housing_demand_from_migration", "mid-2024 to 2035 (headline; " + HI + ")", occ=0, geo=ENG),
            L("72.9 million", 72.9e6, E, P, "population_projection", "mid-2035 (within a decade; standfirst)", occ=0),
            L("well over a million", 1e6, MT, HOMES, "housing_demand_from_migration", "2026 to 2035 (over the next decade; " + HI + ")", geo=ENG),
            L("69.3 million", 69.3e6, E, P, "population", "mid-2024 (30 June 2024)"),
            L("72.9 million", 72.9e6, E, P, "population_projection", "mid-2035 (ONS projection)", occ=1),
            L("3.6 million", 3.6e6, E, P, "population_growth_projection", PROJ),
            L("166,000", 166000, E, P, "population_projection_revision", "mid-2035 (revised up against the previous set of projections)"),
            L("325,000", 325000, E, P, "net_migration_projection_assumption", "a year, long term (ONS projections published 19 March 2026)"),
            L("315,000", 315000, E, P, "net_migration_projection_assumption", "a year, long term (previous projections)"),
            L("3.46 million", 3.46e6, E, P, "net_migration_projection_cumulative", PROJ),
            L("140,000", 140000, E, P, "population_natural_change_projection", PROJ + " (births outnumber deaths over the whole period)"),
            L("5.6 per cent", 5.6, E, PCT, "population_projection_change", PROJ + " (over the decade)", geo=ENG),
            L("3.0 per cent", 3.0, E, PCT, "population_projection_change", PROJ, geo=WA),
            L("2.1 per cent", 2.1, E, PCT, "population_projection_change", PROJ, geo=SC),
            L("1.9 per cent", 1.9, E, PCT, "population_projection_change", PROJ, geo=NI),
            L("204,000", 204000, E, P, NM, "year ending June 2025 (July 2024 to June 2025; most recent estimate)"),
            L("906,000", 906000, E, P, NM, "year ending June 2023 (July 2022 to June 2023; peak, two years earlier)"),
            L("roughly 40,000", 40000, AP, HOUSEHOLDS, "households_per_100000_net_migrants", "once settled (" + HI + ")"),
            L("roughly 1.2m", 1.2e6, AP, HOMES, "housing_demand_from_migration", "mid-2024 to 2035 (by 2035; " + HI + ")", geo=ENG),
            L("243,000", 243000, E, HOUSEHOLDS, "household_growth_annual", "a year (" + HI + " estimate)", geo=ENG),
            L("some 68,000", 68000, AP, HOUSEHOLDS, "household_growth_annual_gap_to_official_projection",
              "a year (" + HI + " estimate vs the official household projections; 68,000 higher)", geo=ENG),
            L("175,000", 175000, E, HOUSEHOLDS, "household_projection_annual_growth", "a year (official household projections)", geo=ENG),
            L("1.5 million", 1.5e6, E, HOMES, "housing_target", "by the end of this Parliament (2024 to 2029)", geo=ENG),
            L("190,400", 190400, E, HOMES, "housing_completions", "2024/25 (April 2024 to March 2025; net additional homes)", geo=ENG),
            L("6.4 per cent", 6.4, E, PCT, "private_rents_change", "12 months to February 2026 (ONS)", geo=ENG),
            L("Three-quarters", 75, E, PCT, "household_growth_share_born_overseas", "2011 to 2026 (since 2011; " + HI + " research director)", geo=ENG),
            L("more than two-thirds", -200 / 3, MT, PCT, "net_migration_change",
              "year ending June 2025 vs the peak (year ending June 2023; government spokesman)"),
        ]),
    "06-the-cefn-courier-wales-mid-2025-population-estimates": dict(
        meta=dict(url="https://www.cefncourier.example/news/wales-news/wales-population-grows-19300-mid-2025-estimates-31904572",
                  title="Wales grows by 19,300 in a year as overseas arrivals offset a falling birth rate",
                  publisher="The Cefn Courier", author="Catrin Mwangi-Pritchard", published_date="2026-07-24"),
        labels=[
            L("19,300", 19300, E, P, "population_growth", YM25 + " (in a year; headline)", occ=0, geo=WA),
            L("seven", 7, E, AREAS, "council_areas_population_decline", YM25 + " (councils shrank; standfirst)", ctx="but seven councils shrank", geo=WA),
            L("19,300", 19300, E, P, "population_growth", YM25 + " (between mid-2024 and mid-2025)", occ=1, geo=WA),
            L("3,206,300", 3206300, E, P, "population", M25 + " (ONS)", geo=WA),
            L("0.6%", 0.6, E, PCT, "population_change", YM25 + " (on twelve months earlier)", ctx="increase of 0.6%", geo=WA),
            L("0.8%", 0.8, E, PCT, "population_change", YM25, geo=EW),
            L("62.3 million", 62.3e6, E, P, "population", M25, geo=EW),
            L("21,400", 21400, E, P, "net_migration_international", YM25, geo=WA),
            L("about a third", -THIRD, AP, PCT, "net_migration_international_change", YM25 + " vs " + YM24, geo=WA),
            L("32,600", 32600, E, P, "net_migration_international", YM24, geo=WA),
            L("doubled", 2, E, RATIO, "net_migration_international_ratio", YM25 + " vs year to mid-2021 (July 2020 to June 2021)", geo=WA),
            L("6,600", 6600, E, P, "internal_migration_net", YM25 + " (moves within the UK)", geo=WA),
            L("26,500", 26500, E, P, "births", YM25, geo=WA),
            L("35,400", 35400, E, P, "deaths", YM25, geo=WA),
            L("8,900", -8900, E, P, "population_natural_change", YM25 + " (natural decrease)", geo=WA),
            L("1.4%", 1.4, E, PCT, "population_change", YM25, geo="Cardiff"),
            L("387,900", 387900, E, P, "population", M25, geo="Cardiff"),
            L("1.2%", 1.2, E, PCT, "population_change", YM25, geo="Newport"),
            L("167,300", 167300, E, P, "population", M25, geo="Newport"),
            L("0.9%", 0.9, E, PCT, "population_change", YM25, geo="Swansea"),
            L("250,100", 250100, E, P, "population", M25, geo="Swansea"),
            L("almost two in five", 40, ALM, PCT, "net_migration_international_share_cardiff", YM25, geo=WA),
            L("0.6%", -0.6, E, PCT, "population_change", YM25, ctx="fell by 0.6%", geo="Ceredigion"),
            L("0.3%", -0.3, E, PCT, "population_change", YM25, geo="Gwynedd"),
            L("Seven", 7, E, AREAS, "council_areas_population_decline", YM25 + " (in all)", ctx="Seven councils in all", geo=WA),
            L("c. 600", 600, AP, P, "population_growth", YM25, geo="Isle of Anglesey"),
            L("43.0", 43.0, E, "years", "population_median_age", M25, geo=WA),
            L("52.1", 52.1, E, "years", "population_median_age", M25, geo="Conwy"),
            L("34.6", 34.6, E, "years", "population_median_age", M25, geo="Cardiff"),
            L("22.3%", 22.3, E, PCT, "population_share_aged_65_and_over", M25, geo=WA),
            L("29.4%", 29.4, E, PCT, "population_share_aged_65_and_over", M25, geo="Powys"),
            L("around 2,000", 2000, AP, HOMES, "housing_need", "a year (Cardiff Council cabinet member for housing)", geo="Cardiff"),
        ]),
    "07-the-stranmillis-standard-belfast-asylum-accommodation-contract": dict(
        meta=dict(url="https://www.stranmillisstandard.example/news/northern-ireland/asylum-housing-contract-ni-scotland-184bn-almost-three-times-estimate-a4471920.html",
                  title="Asylum housing contract for NI and Scotland to cost £1.84bn - almost three times the original estimate",
                  publisher="The Stranmillis Standard", author="Ciara Oduya-McKeown", published_date="2026-11-17"),
        labels=[
            L("£1.84bn", 1.84e9, E, GBP, ACC, LIFE + " (headline)", occ=0, geo="Scotland and Northern Ireland"),
            L("almost three times", 3, ALM, RATIO, ACC + "_ratio", LIFE + " vs the forecast at signing in 2019 (headline)", occ=0,
              geo="Scotland and Northern Ireland"),
            L("84%", 84, E, PCT, "asylum_support_population_share_belfast", EJ26NI + " (standfirst)", occ=0, geo=NI),
            L("£1.84bn", 1.84e9, E, GBP, ACC, LIFE, occ=1, geo="Scotland and Northern Ireland"),
            L("almost three times", 3, ALM, RATIO, ACC + "_ratio", LIFE + " vs the forecast at signing in 2019", occ=1,
              geo="Scotland and Northern Ireland"),
            L("£620m", 620e6, E, GBP, ACC, "2019 to 2029 (forecast when the contract was signed in 2019)", geo="Scotland and Northern Ireland"),
            L("£5.38bn", 5.38e9, E, GBP, "asylum_cost", "2025/26 (April 2025 to March 2026; a record; Home Office accounts)"),
            L("3,410", 3410, E, P, "asylum_support_population", EJ26NI + " (section 95 support)", geo=NI),
            L("Some 2,860", 2860, AP, P, "asylum_support_population", EJ26NI, geo="Belfast"),
            L("84%", 84, E, PCT, "asylum_support_population_share_belfast", EJ26NI + " (of the total)", occ=1, geo=NI),
            L("2,190", 2190, E, P, "asylum_support_population", "June 2023 (three years ago)", geo="Belfast"),
            L("Six", 6, E, HOTELS, "asylum_hotels_in_use", "November 2026 (still accommodate asylum seekers)", ctx="Six hotels", geo=NI),
            L("14", 14, E, HOTELS, "asylum_hotels_in_use", "2023 (peak)", geo=NI),
            L("£118", 118, E, GBP, "asylum_hotel_cost_per_person_night", "2026 (average per person per night)"),
            L("more than seven times", 7, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2026 (hotel bed vs a place in shared housing)"),
            L("£16", 16, E, GBP, "asylum_dispersal_cost_per_person_night", "2026 (a place in shared housing)"),
            R("between £40m and £45m", 40e6, 45e6, GBP, ACC, "a year (the Standard's estimate of Northern Ireland's share)", geo=NI),
            L("1,240", 1240, E, PROPERTIES, "asylum_dispersal_properties", "November 2026 (leased for asylum accommodation)", geo="Belfast"),
            L("three in ten", 30, E, PCT, "asylum_dispersal_properties_share_bt14_bt15", "November 2026 (two postcode districts)", geo="Belfast"),
            L("£1.9m", 1.9e6, E, GBP, "council_refugee_integration_spending",
              "2026/27 (so far this year; Belfast City Council committee on Monday 16 November 2026)", geo="Belfast"),
            L("1,170", 1170, E, HOUSEHOLDS, "refugees_homeless_after_leaving_asylum_support",
              "2025/26 (April 2025 to March 2026; homelessness presentations; Housing Executive)", geo=NI),
            L("35%", 35, E, PCT, "refugees_homeless_after_leaving_asylum_support_change", "2025/26 vs 2024/25 (the year before)", geo=NI),
            L("45,100", 45100, E, HOUSEHOLDS, "housing_waiting_list_households", "November 2026 (social housing waiting list)", geo=NI),
            L("640", 640, E, P, "charity_service_users", "2025 (last year; refugees helped with housing problems; Belfast Sanctuary Network)", geo="Belfast"),
            L("twice", 2, E, RATIO, "charity_service_users_ratio", "2025 vs 2024 (Belfast Sanctuary Network)", ctx="twice as many as in 2024", geo="Belfast"),
            L("more than half", -50, MT, PCT, "asylum_hotels_in_use_change", "to November 2026 (already cut; Home Office)", ctx="by more than half"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
