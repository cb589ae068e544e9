#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the sixty-seventh hand-labelled hold-out set (holdout67).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, HOTELS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, SBA, AC, RSC, HOT, EW)

UK, FR, SC, WA, NI, ENG, EU = "UK", "France", "Scotland", "Wales", "Northern Ireland", "England", "EU"
AREAS, LICENCES, PROVIDERS = "other:council_areas", "other:licences", "other:providers"
REPORTS, VACANCIES, PENALTIES = "other:reports", "other:vacancies", "other:penalties"
HOUSEHOLDS, APPLICATIONS = "other:households", "other:applications"
FNO = "returns_foreign_national_offenders"
FNP = "prison_population_foreign_nationals"
FNA = "foreign_national_offenders_awaiting_removal"
ASP = "asylum_support_population"

# 01 (Friday 27 February 2026; Ministry of Justice data published Thursday 26 February 2026)
EOD25 = "end of December 2025 (31 December 2025)"
C25, C24 = "2025 (calendar year; last year)", "2024 (calendar year)"
# 02 (Tuesday 14 July 2026; Home Office annual report published Monday 13 July 2026)
FY26, FY25 = "2025/26 (April 2025 to March 2026)", "2024/25 (April 2024 to March 2025)"
FY24, FY23, FY22 = "2023/24 (April 2023 to March 2024)", "2022/23 (April 2022 to March 2023)", "2021/22 (April 2021 to March 2022)"
RW = "April 2022 to July 2024 (life of the Rwanda scheme)"
# 03 (Friday 22 May 2026; Home Office statistics published Thursday 21 May 2026)
YM26 = "year ending March 2026 (April 2025 to March 2026; the 12 months to March)"
YM25 = "year ending March 2025 (April 2024 to March 2025; the previous 12 months)"
KABUL = "August 2021 to March 2026 (since the fall of Kabul)"
# 04 (Wednesday 8 July 2026; the claim was made on Sunday 5 July 2026)
CLAIM = "current (claim by an MP on a Sunday politics programme, 5 July 2026)"
YD25 = "year ending December 2025 (2025)"
CEN21 = "2021 census (21 March 2021)"
# 05 (Monday 20 April 2026)
SINCE22 = "July 2022 to April 2026 (since July 2022)"
# 06 (Saturday 14 November 2026; Home Office statistics published Thursday 12 November 2026)
ES26 = "end of September 2026 (30 September 2026)"
FY27 = "2026/27 (April 2026 to March 2027; this financial year)"
CONTRACT = "2019 to 2029 (ten-year asylum accommodation contracts)"
# 07 (Saturday 24 January 2026)
YJ25 = "year ending June 2025 (July 2024 to June 2025; the year to June 2025)"
MLENS = "January 2026 (this month; Meridian Lens survey)"

ARTICLES = {
    "01-daily-cannonade-foreign-criminals-deportations-prisons": dict(
        meta=dict(url="https://www.dailycannonade.example/news/politics/foreign-criminals-10000-locked-in-overcrowded-jails",
                  title="MORE THAN 10,000 FOREIGN CRIMINALS STILL LOCKED IN OUR OVERCROWDED JAILS",
                  publisher="Daily Cannonade", author="Gideon Harrow-Mbeki", published_date="2026-02-27"),
        labels=[
            L("MORE THAN 10,000", 10000, MT, P, FNP, EOD25 + " (headline)", geo=EW),
            L("One in eight", 12.5, E, PCT, "prison_population_share_foreign_nationals", EOD25 + " (standfirst)", geo=EW),
            V("thousands", 2000, 9000, P, FNA, "February 2026 (living in the community; standfirst)"),
            L("10,412", 10412, E, P, FNP, EOD25 + " (Ministry of Justice)", occ=0, geo=EW),
            L("almost one in eight", 12.5, ALM, PCT, "prison_population_share_foreign_nationals", EOD25, geo=EW),
            L("86,950", 86950, E, P, "prison_population", EOD25 + " (all prisoners)", geo=EW),
            L("£565million", 565e6, E, GBP, "foreign_national_prisoners_cost", "per year (at end-2025 numbers; an estimate)", geo=EW),
            L("£54,300", 54300, E, GBP, "prison_place_cost_per_year", "latest (average prison place, a year; Ministry of Justice)", geo=EW),
            L("10.4k", 10400, E, P, FNP, EOD25 + " (fact box)", geo=EW),
            L("19.9k", 19900, E, P, FNA, "February 2026 (latest; fact box)"),
            L("£54.3k", 54300, E, GBP, "prison_place_cost_per_year", "latest (a year; fact box)", geo=EW),
            L("1,124", 1124, E, P, FNP + "_albanian", EOD25, geo=EW),
            L("836", 836, E, P, FNP + "_polish", EOD25, geo=EW),
            L("791", 791, E, P, FNP + "_romanian", EOD25, geo=EW),
            L("19,870", 19870, E, P, FNA, "February 2026 (latest; finished sentences, living in the community)"),
            L("nearly double", 2, ALM, RATIO, FNA + "_ratio", "February 2026 vs 2019"),
            L("10,150", 10150, E, P, FNA, "2019 (calendar year)"),
            L("5,630", 5630, E, P, FNO, C25 + " (Home Office)"),
            L("14 per cent", 14, E, PCT, FNO + "_change", C25 + " vs " + C24),
            L("84%", 84, E, PCT, FNO + "_share_european_countries", C25),
            L("1,310", 1310, E, P, FNO + "_albania", C25, geo="Albania"),
            L("nearly four times", 4, ALM, RATIO, FNO + "_albania_ratio", C25 + " vs 2022", geo="Albania"),
            L("2,270", 2270, E, P, FNO + "_early_removal_scheme", C25),
            L("10,412", 10412, E, P, FNP, EOD25 + " (Shadow Justice Secretary)", occ=1, geo=EW),
            L("half a billion pounds", 500e6, E, GBP, "foreign_national_prisoners_cost", "per year (Shadow Justice Secretary)", geo=EW),
            L("almost 20,000", 20000, ALM, P, FNA, "February 2026 (walking the streets; Shadow Justice Secretary)"),
            L("2,310", 2310, E, P, "foreign_national_offender_deportation_appeals_decided",
              "year ending September 2025 (October 2024 to September 2025; the 12 months to September; FOI)"),
            L("More than a quarter", 25, MT, PCT, "foreign_national_offender_deportation_appeals_share_allowed",
              "year ending September 2025 (allowed on human rights grounds)"),
            L("642", 642, E, P, "foreign_national_offender_deportation_appeals_allowed", "year ending September 2025 (on human rights grounds)"),
            L("more than 8,100", 8100, MT, P, FNO, "5 July 2024 to February 2026 (since 5 July 2024; Home Office spokesman)"),
            L("17 per cent", 17, E, PCT, FNO + "_change",
              "5 July 2024 to February 2026 vs the same period before the election (Home Office spokesman)"),
            L("99 per cent", 99, E, PCT, "prison_capacity_share_used", "23 February 2026 (Monday; adult male estate, usable capacity; Prison Leaders' Forum)", geo=EW),
            L("1,480", 1480, E, P, "prison_spare_places", "23 February 2026 (Monday; adult male estate; Prison Leaders' Forum)", geo=EW),
            L("three-quarters", 75, E, PCT, "poll_share_support_deporting_all_foreign_criminals", "February 2026 (this week; Cannonade poll)"),
            L("9 per cent", 9, E, PCT, "poll_share_oppose_deporting_all_foreign_criminals", "February 2026 (this week; Cannonade poll)"),
        ]),
    "02-saltmarsh-news-verify-asylum-cost-per-claim": dict(
        meta=dict(url="https://www.saltmarsh.example/news/verify-what-does-an-asylum-claim-actually-cost",
                  title="What does an asylum claim actually cost? Saltmarsh Verify does the sums",
                  publisher="Saltmarsh News", author="Priya Lindqvist-Oduya", published_date="2026-07-14"),
        labels=[
            L("£4.47bn", 4.47e9, E, GBP, AC, FY26 + " (asylum support; Home Office annual report)"),
            L("6%", -6, E, PCT, AC + "_change", FY26 + " vs " + FY25),
            L("£4.76bn", 4.76e9, E, GBP, AC, FY25),
            L("£5.38bn", 5.38e9, E, GBP, AC, FY24 + " (record)"),
            L("about 104,000", 104000, AP, P, ASP, FY26 + " (average at any one time)"),
            L("roughly £43,000", 43000, AP, GBP, "asylum_cost_per_person_per_year", FY26 + " (a year for every person supported)"),
            L("about £118", 118, AP, GBP, "asylum_cost_per_person_per_day", FY26 + " (a day)"),
            L("£152", 152, E, GBP, "asylum_hotel_cost_per_person_night", FY26 + " (last year)"),
            L("£16", 16, E, GBP, "asylum_dispersal_cost_per_person_night", FY26),
            L("more than nine times", 9, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", FY26 + " (hotel bed against dispersed housing)"),
            L("61%", 61, E, PCT, "asylum_accommodation_cost_share_hotels", FY26),
            L("fewer than a third", THIRD, LT, PCT, "asylum_hotel_population_share_of_supported", FY26),
            L("a third", -THIRD, E, PCT, HOT + "_change", "end of March 2026 vs end of March 2025", ctx="down by a third"),
            L("46,800", 46800, E, P, HOT, "end of March 2025 (31 March 2025)"),
            L("31,200", 31200, E, P, HOT, "end of March 2026 (31 March 2026; twelve months later)"),
            L("2.12", 2.12e9, E, GBP, AC, FY22 + " (chart, £bn)"),
            L("3.96", 3.96e9, E, GBP, AC, FY23 + " (chart, £bn)"),
            L("5.38", 5.38e9, E, GBP, AC, FY24 + " (chart, £bn)"),
            L("4.76", 4.76e9, E, GBP, AC, FY25 + " (chart, £bn)"),
            L("4.47", 4.47e9, E, GBP, AC, FY26 + " (chart, £bn)"),
            L("about £5.1bn", 5.1e9, AP, GBP, AC, FY26 + " (support plus decisions, appeals and legal aid; Saltmarsh Verify's total)"),
            L("96,400", 96400, E, P, "asylum_initial_decisions", YM26),
            L("roughly £53,000", 53000, AP, GBP, "asylum_cost_per_claim_decided", FY26 + " (Saltmarsh Verify's calculation)"),
            L("about £700m", 700e6, AP, GBP, RSC, RW),
            L("four", 4, E, P, "rwanda_relocations", RW + " (volunteers flown to Kigali)", ctx="flew four volunteers"),
            L("roughly £175m", 175e6, AP, GBP, "rwanda_scheme_cost_per_relocation", RW + " (a head; Saltmarsh Verify's calculation)"),
            L("about £2,950", 2950, AP, GBP, "asylum_initial_decision_cost_per_case", "latest (caseworker time for a single initial decision; Home Office workforce data)"),
            L("£1,840", 1840, E, GBP, "asylum_appeal_cost", "latest (average per appeal heard; tribunal service)"),
            R("between £40,000 and £60,000", 40000, 60000, GBP, "asylum_cost_per_claim_decided", "latest (depending on what is counted; Kellbrook University academic)"),
            L("61,300", 61300, E, P, "asylum_backlog", "end of March 2026 (31 March 2026; awaiting a first decision)"),
            L("32%", -32, E, PCT, "asylum_backlog_change", "end of March 2026 vs end of March 2025"),
            L("£3.2bn", 3.2e9, E, GBP, AC, "2028/29 (April 2028 to March 2029; Home Office expectation)"),
            L("twice", 2, E, RATIO, AC + "_ratio", FY26 + " vs five years ago (Shadow Home Secretary)"),
            L("£2.12bn", 2.12e9, E, GBP, AC, FY22),
            L("more than double", 2, MT, RATIO, AC + "_ratio", FY26 + " vs " + FY22),
        ]),
    "03-tamebridge-courier-afghan-resettlement-arrivals": dict(
        meta=dict(url="https://www.tamebridgecourier.example/news/national/afghan-arrivals-under-resettlement-schemes-fall-38-as-routes-wind-down-4829163",
                  title="Afghan arrivals under resettlement schemes fall 38% as routes wind down",
                  publisher="The Tamebridge Courier (PA)", author="Hattie Ferrand-Osei", published_date="2026-05-22"),
        labels=[
            L("38%", -38, E, PCT, "resettlement_arrivals_afghan_change", YM26 + " vs " + YM25 + " (headline)", occ=0),
            L("more than a third", -THIRD, MT, PCT, "resettlement_arrivals_afghan_change", YM26 + " vs " + YM25),
            L("Some 4,260", 4260, AP, P, "resettlement_arrivals_afghan", YM26 + " (Arap and ACRS)"),
            L("38%", -38, E, PCT, "resettlement_arrivals_afghan_change", YM26 + " vs " + YM25, occ=1),
            L("6,870", 6870, E, P, "resettlement_arrivals_afghan", YM25),
            L("37,870", 37870, E, P, "resettlement_arrivals_afghan", KABUL + " (total, two routes)"),
            L("22,140", 22140, E, P, "resettlement_arrivals_afghan_arap", KABUL + " (including family members)"),
            L("15,730", 15730, E, P, "resettlement_arrivals_afghan_acrs", KABUL),
            L("Roughly two-thirds", 200 / 3, AP, PCT, "resettlement_arrivals_afghan_acrs_share_evacuated", KABUL + " (evacuated in the 2021 airlift)"),
            L("up to 1,500", 1500, AM, P, "resettlement_cap", "ACRS pathway 3 (places offered; now closed to new referrals)"),
            L("8,920", 8920, E, P, "resettlement_arrivals_afghan", "5 July 2024 to March 2026 (since 5 July 2024; Home Office)"),
            L("1,140", 1140, E, P, "afghan_bridging_accommodation_population", "end of March 2026 (31 March 2026)"),
            L("more than 9,000", 9000, MT, P, "afghan_bridging_accommodation_population", "2022 (peak of hotel use)"),
            L("£20,520", 20520, E, GBP, "council_resettlement_grant", "current (per person resettled, paid over three years)"),
            L("about one in six", SIXTH, AP, PCT, "small_boat_arrivals_share_afghan", C25),
            L("36,940", 36940, E, P, SBA, C25),
            L("3,410", 3410, E, P, "resettlement_arrivals_afghan", KABUL + " (since 2021)", geo="West Midlands"),
            L("9%", 9, E, PCT, "resettlement_arrivals_afghan_share_region", KABUL + " (share of the national total)", geo="West Midlands"),
            L("1,460", 1460, E, P, "resettlement_arrivals_afghan", KABUL, geo=WA),
            L("2,310", 2310, E, P, "resettlement_arrivals_afghan", KABUL, geo=SC),
            L("1,060", 1060, E, P, "resettlement_arrivals_afghan", KABUL + " (housed; council figures)", geo="Birmingham"),
            L("548", 548, E, P, "resettlement_arrivals_afghan", KABUL + " (housed; council figures)", geo="Coventry"),
            L("312", 312, E, P, "resettlement_arrivals_afghan", KABUL + " (housed; council figures)", geo="Wolverhampton"),
            L("c. 190", 190, AP, P, "resettlement_arrivals_afghan", KABUL + " (supported; Telford and Wrekin Council)", geo="Telford and Wrekin"),
            L("24,000", 24000, E, HOUSEHOLDS, "housing_waiting_list_households", "May 2026 (current; Birmingham City Council housing lead)", geo="Birmingham"),
            L("around a fifth", 20, AP, PCT, "private_rent_change", "2021 to May 2026 (since the first families arrived; Birmingham City Council housing lead)", geo="Birmingham"),
            L("£64m", 64e6, E, GBP, "local_authority_housing_fund_allocation", "to May 2026 (homes for Afghan and Ukrainian families)", geo="West Midlands"),
            L("more than 150,000", 150000, MT, P, "arap_applications_decided", "2021 to May 2026 (since 2021; Ministry of Defence)"),
            L("about 4%", 4, AP, PCT, "arap_applications_share_eligible", "2021 to May 2026 (since 2021; Ministry of Defence)"),
        ]),
    "04-truecount-fact-check-share-born-abroad": dict(
        meta=dict(url="https://truecount.example/fact-checks/are-one-in-five-people-in-the-uk-born-abroad",
                  title="Are one in five people in the UK born abroad?",
                  publisher="Truecount", author="Oluwaseun Hartigan-Moss", published_date="2026-07-08"),
        labels=[
            L("one in five", 20, E, PCT, "population_share_born_abroad", CLAIM + " (headline)", occ=0),
            L("One in five", 20, E, PCT, "population_share_born_abroad", CLAIM + " (claim box)"),
            L("about one in six", SIXTH, AP, PCT, "population_share_born_abroad", YD25 + " (verdict)", occ=0),
            L("one in five", 20, E, PCT, "population_share_born_abroad", CLAIM + " (the MP's words)", occ=1),
            L("11.6 million", 11.6e6, E, P, "population_born_abroad", YD25 + " (ONS)"),
            L("69.5 million", 69.5e6, E, P, "population", "mid-2025 (30 June 2025)"),
            L("16.7%", 16.7, E, PCT, "population_share_born_abroad", YD25),
            L("about one in six", SIXTH, AP, PCT, "population_share_born_abroad", YD25, occ=1),
            L("one in five", 20, E, PCT, "population_share_born_abroad", CLAIM + " (the claim, rejected)", occ=2),
            L("about 10%", 10, AP, PCT, "population_share_born_outside_eu", "latest Eurostat estimate (born outside the bloc)", geo=EU),
            L("310,000", 310000, E, P, "population_born_abroad_revision", "2024 (year ending December 2024; revised in the latest release)"),
            L("11.3 million", 11.3e6, E, P, "population_born_abroad", "2024 (year ending December 2024; revised)"),
            L("10.0 million", 10.0e6, E, P, "population_born_abroad", CEN21, geo=EW),
            L("16.8%", 16.8, E, PCT, "population_share_born_abroad", CEN21, geo=EW),
            L("13.4%", 13.4, E, PCT, "population_share_born_abroad", "2011 census (27 March 2011)", geo=EW),
            L("8.9%", 8.9, E, PCT, "population_share_born_abroad", "2001 census (29 April 2001)", geo=EW),
            L("almost doubled", 2, ALM, RATIO, "population_share_born_abroad_ratio", "2021 census vs 2001 census (two decades)", geo=EW),
            L("about one in ten", 10, AP, PCT, "population_share_born_abroad", "2022 census (most recent census)", geo=SC),
            L("around 7%", 7, AP, PCT, "population_share_born_abroad", "2021 census (most recent census)", geo=NI),
            L("1.2 million", 1.2e6, E, P, "population_born_abroad_change", YD25 + " vs 2021 (ONS estimate)"),
            L("one in five", 20, E, PCT, "population_share_born_abroad", CLAIM + " (crosshead)", occ=3),
            L("20.9%", 20.9, E, PCT, "population_share_born_abroad_aged_16_64", YD25 + " (ONS)"),
            L("40.6%", 40.6, E, PCT, "population_share_born_abroad", CEN21, geo="London"),
            L("more than half", 50, MT, PCT, "population_share_born_abroad", CEN21, geo="Brent"),
            L("one in five", 20, AP, PCT, "population_share_born_abroad_aged_16_64", "current (working-age adults; 'about right'; University of Stainmoor demographer)", occ=4),
            L("7.1 million", 7.1e6, E, P, "population_non_british_nationals", "2025 (last year; ONS)"),
            L("about 10.2%", 10.2, AP, PCT, "population_share_non_british_nationals", "2025 (last year; ONS)"),
            L("1.04 million", 1.04e6, E, P, "population_born_abroad_india", YD25),
            L("682,000", 682000, E, P, "population_born_abroad_poland", YD25),
            L("661,000", 661000, E, P, "population_born_abroad_pakistan", YD25),
        ]),
    "05-the-weatherglass-sponsor-licences-care-visa-abuse": dict(
        meta=dict(url="https://www.theweatherglass.example/uk-news/2026/apr/20/home-office-sponsor-licences-revoked-care-visa-abuse",
                  title="Home Office stripped more than 2,000 firms of visa sponsor licences last year as care abuse spread",
                  publisher="The Weatherglass", author="Niamh Castellanos-Boyd", published_date="2026-04-20"),
        labels=[
            L("more than 2,000", 2000, MT, LICENCES, "sponsor_licences_revoked", C25 + " (headline)"),
            L("More than half", 50, MT, PCT, "sponsor_licences_revoked_share_care_providers", C25 + " (standfirst)"),
            V("thousands", 2000, 9000, P, "care_workers_displaced_by_licence_revocations", SINCE22 + " (facing removal; standfirst)", ctx="leaving thousands of"),
            L("2,130", 2130, E, LICENCES, "sponsor_licences_revoked", C25 + " (FOI)"),
            L("more than double", 2, MT, RATIO, "sponsor_licences_revoked_ratio", C25 + " vs " + C24),
            L("1,010", 1010, E, LICENCES, "sponsor_licences_revoked", C24),
            L("1,170", 1170, E, PROVIDERS, "sponsor_licences_revoked_care_providers", C25),
            L("more than half", 50, MT, PCT, "sponsor_licences_revoked_share_care_providers", C25),
            L("1,690", 1690, E, PROVIDERS, "sponsor_licences_revoked_care_providers", SINCE22 + " (care providers that lost the right to sponsor)"),
            L("more than 45,000", 45000, MT, P, "care_workers_sponsored_by_revoked_providers", SINCE22),
            V("thousands of pounds", 2000, 9000, GBP, "recruitment_fee_paid", SINCE22 + " (paid to agents by many of the workers)"),
            L("about one in four", 25, AP, PCT, "care_workers_displaced_share_found_new_sponsor", SINCE22 + " (regional partnerships)"),
            L("7,420", 7420, E, P, "visas_granted_care_worker", C25 + " (main applicants)"),
            L("82%", -82, E, PCT, "visas_granted_care_worker_change", C25 + " vs " + C24),
            L("41,200", 41200, E, P, "visas_granted_care_worker", C24 + " (main applicants)"),
            L("more than 105,000", 105000, MT, P, "visas_granted_care_worker", "2023 (calendar year; peak; care workers and senior carers)"),
            L("£11,000", 11000, E, GBP, "recruitment_fee_paid", "2023 (one care worker's account, paid to an agent)"),
            L("at least £12.82", 12.82, AL, GBP, "care_worker_visa_minimum_pay_hourly", "April 2026 (current rules; an hour)"),
            L("1,340", 1340, E, REPORTS, "charity_exploitation_reports_care_workers", C25 + " (Fair Work Line)"),
            L("39%", 39, E, PCT, "charity_exploitation_reports_care_workers_change", C25 + " vs " + C24 + " (Fair Work Line)"),
            L("One in three", 100 / 3, E, PCT, "charity_callers_share_paid_recruitment_fee", "April 2026 (workers who call the Fair Work Line; its director)"),
            R("between £8,000 and £18,000", 8000, 18000, GBP, "recruitment_fee_paid", "April 2026 (usual fee paid by callers; Fair Work Line director)"),
            L("about 111,000", 111000, AP, VACANCIES, "adult_social_care_vacancies", FY25, geo=ENG),
            L("7.0%", 7.0, E, PCT, "adult_social_care_vacancy_share", FY25, geo=ENG),
            L("1,480", 1480, E, PENALTIES, "illegal_working_civil_penalties", C25 + " (issued to employers)"),
            L("£91m", 91e6, E, GBP, "illegal_working_civil_penalties_value", C25 + " (combined)"),
            L("up to £60,000", 60000, AM, GBP, "illegal_working_civil_penalty_per_worker", "current (maximum fine for each illegal worker)"),
            L("£14m", 14e6, E, GBP, "regional_partnerships_funding_displaced_care_workers", "to April 2026 (Home Office spokesperson)"),
        ]),
    "06-strathclyde-enquirer-glasgow-asylum-housing-council-costs": dict(
        meta=dict(url="https://www.strathclydeenquirer.example/news/glasgow/glasgow-four-in-five-asylum-seekers-scotland-refugee-homelessness-bill-triples",
                  title="Glasgow shelters four in five asylum seekers in Scotland while refugee homelessness bill triples",
                  publisher="The Strathclyde Enquirer", author="Eilidh Okonkwo-Macrae", published_date="2026-11-14"),
        labels=[
            L("four in five", 80, E, PCT, "asylum_support_population_share_glasgow", ES26 + " (headline)", ctx="shelters four in five", geo=SC),
            L("triples", 3, E, RATIO, "council_refugee_homelessness_cost_ratio", FY26 + " vs " + FY24 + " (headline)", geo="Glasgow"),
            L("Almost four in five", 80, ALM, PCT, "asylum_support_population_share_glasgow", ES26, geo=SC),
            L("past £23m", 23e6, MT, GBP, "council_refugee_homelessness_cost", FY26 + " (housing newly recognised refugees)", geo="Glasgow"),
            L("4,870", 4870, E, P, ASP, ES26 + " (in asylum accommodation)", geo="Glasgow"),
            L("6,140", 6140, E, P, ASP, ES26, geo=SC),
            L("1,270", 1270, E, P, ASP, ES26 + " (the 14 other council areas)", geo=SC),
            L("14", 14, E, AREAS, "council_areas_hosting_asylum_seekers", ES26 + " (besides Glasgow, since dispersal widened in 2022)", ctx="over 14 other", geo=SC),
            L("Roughly one in every 130", 100 / 130, AP, PCT, "asylum_support_population_share_of_residents", ES26, geo="Glasgow"),
            L("6.2%", 6.2, E, PCT, "asylum_support_population_share_scotland", ES26),
            L("98,700", 98700, E, P, ASP, ES26),
            L("about 8%", 8, AP, PCT, "population_share_scotland_of_uk", "latest estimate"),
            L("£1.74bn", 1.74e9, E, GBP, "asylum_accommodation_contracts_cost", CONTRACT + " (Northlight Housing contract)", geo="Scotland and Northern Ireland"),
            L("£23.8m", 23.8e6, E, GBP, "council_refugee_homelessness_cost", FY26 + " (temporary accommodation for refugees; council papers)", geo="Glasgow"),
            L("more than three times", 3, MT, RATIO, "council_refugee_homelessness_cost_ratio", FY26 + " vs " + FY24, geo="Glasgow"),
            L("£7.1m", 7.1e6, E, GBP, "council_refugee_homelessness_cost", FY24 + " (two years earlier)", geo="Glasgow"),
            L("3,160", 3160, E, APPLICATIONS, "homelessness_applications_refugees", FY26, geo="Glasgow"),
            L("20%", 20, E, PCT, "homelessness_applications_refugees_change", FY26 + " vs " + FY25, geo="Glasgow"),
            L("nearly a third", THIRD, ALM, PCT, "homelessness_presentations_share_refugees", FY26 + " (of all homeless applications in the city)", geo="Glasgow"),
            L("£750", 750, E, GBP, "council_asylum_grant_per_dispersal_bed", "current (a year for each asylum bedspace; council's housing convener)", geo="Glasgow"),
            L("£36m", 36e6, E, GBP, "council_homelessness_budget_overspend", FY27 + " (forecast)", geo="Glasgow"),
            V("hundreds", 200, 900, P, "asylum_hotel_population", "2020 (COVID-19 pandemic; moved out of flats at short notice)", geo="Glasgow"),
            L("Three", 3, E, HOTELS, "asylum_hotels_in_use", "November 2026 (still in use)", ctx="Three city hotels", geo="Glasgow"),
            L("c. 450", 450, AP, P, HOT, "November 2026 (men in the three city hotels)", geo="Glasgow"),
            L("£4.5m", 4.5e6, E, GBP, "scottish_government_emergency_housing_funding", "June 2026 (refugee homelessness)", geo="Glasgow"),
            L("more than 600", 600, MT, P, "refugees_homeless_after_leaving_asylum_support",
              "1 January to 13 November 2026 (so far this year; night shelters, friends' floors or the street; Clydeside Refugee Network)", geo="Glasgow"),
            L("£15.3bn", 15.3e9, E, GBP, "asylum_accommodation_contracts_cost", CONTRACT + " (National Audit Office)"),
            L("over three times", 3, MT, RATIO, "asylum_accommodation_contracts_cost_ratio", CONTRACT + " (against the first forecast; National Audit Office)"),
            L("£4.5bn", 4.5e9, E, GBP, "asylum_accommodation_contracts_cost", "2019 (first forecast for the ten-year contracts; National Audit Office)"),
        ]),
    "07-the-gadfly-young-britons-emigrating": dict(
        meta=dict(url="https://www.thegadfly.example/article/the-great-escape-why-britain-s-young-are-packing-for-perth-calgary-and-dubai",
                  title="The great escape: why Britain's young are packing for Perth, Calgary and Dubai",
                  publisher="The Gadfly", author="Fenella Strachan-Obi", published_date="2026-01-24"),
        labels=[
            L("roughly £53,000", 53000, AP, GBP, "student_loan_balance_individual", "January 2026 (the columnist's godson)"),
            L("£7.40", 7.40, E, GBP, "pint_price", "January 2026 (now; a Clapham pub)", geo="Clapham"),
            L("251,000", 251000, E, P, "emigration_british", YJ25 + " (ONS)"),
            L("139,000", 139000, E, P, "immigration_british", YJ25 + " (returned; ONS)"),
            L("112,000", -112000, E, P, "net_migration_british_nationals", YJ25 + " (net loss, in twelve months)"),
            L("almost two-thirds", 200 / 3, ALM, PCT, "emigration_british_share_under_35", YJ25),
            V("a few thousand", 2000, 5000, P, SBA, "recent years (rhetorical)"),
            V("six-figure", 100000, 999999, P, "emigration_british", YJ25 + " (exodus of the young and qualified; rhetorical)"),
            L("41,300", 41300, E, P, "working_holiday_visas_granted_britons", "2024-25 (July 2024 to June 2025; Australian financial year)", geo="Australia"),
            L("29 per cent", 29, E, PCT, "working_holiday_visas_granted_britons_change", "2024-25 vs 2023-24", geo="Australia"),
            L("Roughly 960,000", 960000, AP, P, "uk_born_population_abroad", "January 2026 (now)", geo="Australia"),
            L("Some 8,600", 8600, AP, P, "canada_permanent_residents_british", C25, geo="Canada"),
            L("12 per cent", 12, E, PCT, "canada_permanent_residents_british_change", C25 + " vs " + C24, geo="Canada"),
            L("380,000", 380000, E, P, "immigration_target_permanent_residents", "2026 (this year; Ottawa's overall target)", geo="Canada"),
            L("11,200", 11200, E, P, "france_first_residence_permits_british", C25, geo=FR),
            L("About 240,000", 240000, AP, P, "british_residents_uae", "January 2026 (now)", geo="United Arab Emirates"),
            L("double", 2, E, RATIO, "british_residents_uae_ratio", "January 2026 vs about 2016 (a decade ago)", ctx="double the number", geo="United Arab Emirates"),
            L("£32,916", 32916, E, GBP, "teacher_starting_salary", "2025/26 (newly qualified teacher)", geo=ENG),
            L("about £41,000", 41000, AP, GBP, "teacher_starting_salary", "2025/26 (the equivalent post, in sterling)", geo="Alberta"),
            L("nearly twice", 2, ALM, RATIO, "junior_doctor_pay_ratio", "first year after graduating (Perth against England)", geo="Perth"),
            L("7.7 times", 7.7, E, RATIO, "house_price_to_earnings_ratio", "latest (average home against average earnings)", geo=ENG),
            L("3.5 times", 3.5, E, RATIO, "house_price_to_earnings_ratio", "late 1990s", geo=ENG),
            L("9 per cent", 9, E, PCT, "student_loan_repayment_rate", "current (of earnings above the repayment threshold)", geo=ENG),
            L("40 per cent", 40, E, PCT, "rent_share_of_take_home_pay_graduate", "January 2026 (a graduate's rent; columnist's illustration)"),
            L("one in five", 20, E, PCT, "public_share_considering_emigration_under_35", MLENS + " (adults aged 18 to 34, likely to move abroad in the next five years)"),
            L("27 per cent", 27, E, PCT, "public_share_considering_emigration_graduates", MLENS),
            L("6 per cent", 6, E, PCT, "public_share_considering_emigration_over_55", MLENS),
            L("204,000", 204000, E, P, "net_migration", YJ25 + " (latest estimate)"),
            L("about £1,650", 1650, AP, GBP, "rent_monthly_individual", "January 2026 (the godson's two-bedroom flat, a month)", geo="Brisbane"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
