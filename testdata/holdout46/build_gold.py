#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the forty-sixth hand-labelled hold-out set (holdout46).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, PPB, HOTELS, YEARS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, HOT, PTR, RSC)

IMM, EMI, RET, APPS, BL = "immigration", "emigration", "returns", "asylum_applications", "asylum_backlog"
SUPPORT, HIU, OCC, AC = "asylum_support_population", "asylum_hotels_in_use", "small_boat_occupancy", "asylum_cost"
GRANT_SH, SHARE_SB = "asylum_grants_share_initial_decisions", "returns_share_of_small_boat_arrivals"
LEGAL = "uk_france_legal_route_arrivals"
SKILLED, HCW = "visas_granted_skilled_worker", "visas_granted_health_care_worker"
VAC, SG_FUND = "job_vacancies", "scottish_government_refugee_support_funding"
HOMELESS = "refugees_homeless_after_leaving_asylum_support"
REV, NMF = "net_migration_revision", "net_migration_forecast"
USD, HH, COUNCILS, VACS = "other:USD", "other:households", "other:council_areas", "other:vacancies"
NI, SC, GL, FR, EU, IE, EW, WA, EN = ("Northern Ireland", "Scotland", "Glasgow", "France", "EU", "Ireland",
                                      "England and Wales", "Wales", "England")

# periods
YJ26, YJ25, YJ24 = "year ending June 2026", "year ending June 2025", "year ending June 2024"
EJ26, EJ25 = "end of June 2026 (30 June 2026)", "end of June 2025 (30 June 2025)"
EM26 = "end of March 2026 (31 March 2026; when March ended)"
FY26, FY25 = "2025/26 financial year", "2024/25 financial year"
PEAK = "year ending March 2023 (the peak)"
Y25, Y24 = "2025 (calendar year)", "2024 (calendar year)"
HO_AUG = " (Home Office quarterly statistics published Thursday 27 August 2026)"
PILOT_J = "18 September 2025 (first return) to 30 June 2026"
PILOT_S = "18 September 2025 (first return) to 30 September 2026"
YTD_J26, YTD_J25 = "1 January to Friday 12 June 2026", "1 January to 12 June 2025"
FRI = "Friday 12 June 2026 (yesterday)"
ELECTION = "5 July 2024 (Labour took office) to "
JS26, JS25 = "January to September 2026", "January to September 2025"
JA26 = "three months to August 2026 (June to August 2026)"
MID25 = "year to mid-2025 (1 July 2024 to 30 June 2025)"
NISRA = " (NISRA mid-year estimate published Thursday 25 June 2026)"
ONS_NOV = " (ONS provisional estimate published Thursday 26 November 2026)"
FIRST, LATEST = " (first estimate, ", " (latest estimate, ONS, Thursday 26 November 2026)"
T1 = " (Table 1)"

ARTICLES = {
    "01-tiller-wire-uk-asylum-claims-fall-13pc-quarterly-data": dict(
        meta=dict(url="https://www.tillerwire.example/world/uk/uk-asylum-claims-fall-13-channel-crossings-slow-home-office-data-2026-08-27/",
                  title="UK asylum claims fall 13% as Channel crossings slow, Home Office data shows",
                  publisher="Tiller Wire", author="Marisol Threlkeld-Osei, Callum Aberdour", published_date="2026-08-27"),
        labels=[
            L("13%", -13, E, PCT, APPS + "_change", YJ26 + " vs " + YJ25 + " (asylum claims; headline)", occ=0),
            L("13%", -13, E, PCT, APPS + "_change", YJ26 + " vs " + YJ25 + " (the year ending in June)" + HO_AUG, occ=1),
            L("96,870", 96870, E, P, APPS, YJ26 + " (main applicants; the 12 months ending in June)"),
            L("111,084", 111084, E, P, APPS, YJ25 + " (a year earlier)"),
            L("12%", -12, E, PCT, SBA + "_change", YJ26 + " vs " + YJ25 + " (dropped)"),
            L("38,200", 38200, E, P, SBA, YJ26 + " (over the same period)"),
            L("5,510", 5510, E, P, SBA, "June 2026 (June alone; highest monthly tally so far in 2026)"),
            # Returns climb
            L("37,640", 37640, E, P, RET, YJ26 + " (removed or returned)"),
            L("6%", 6, E, PCT, RET + "_change", YJ26 + " vs " + YJ25 + " (a rise on the prior year)"),
            L("9,870", 9870, E, P, RET, YJ26 + " (enforced returns)"),
            L("1,040", 1040, E, P, RET, PILOT_J + " (sent back under the pilot deal; when June ended)", geo=FR),
            L("872", 872, E, P, LEGAL, PILOT_J + " (came from France through the legal route)"),
            L("fewer than four in every 100", 4, LT, PCT, SHARE_SB, "18 September 2025 to August 2026 (crossed since the first return last September and removed to France; the Shadow Home Secretary)", geo=FR),
            # Decisions
            L("124,500", 124500, E, P, "asylum_initial_decisions", YJ26 + " (over the year)"),
            L("38%", 38, E, PCT, GRANT_SH, YJ26 + " (granted some form of protection)"),
            L("47%", 47, E, PCT, GRANT_SH, YJ25 + " (a year earlier)"),
            L("49,380", 49380, E, P, BL, EJ26 + " (cases still waiting for a first ruling)"),
            L("46%", -46, E, PCT, BL + "_change", EJ26 + " vs " + EJ25 + " (down)"),
            L("90,686", 90686, E, P, BL, EJ25 + " (twelve months before)"),
            L("67,200", 67200, E, P, "asylum_backlog_appeals", "August 2026 (outstanding at the tribunal now; analyst, Greyfriars Migration Unit)"),
            # Hotels and costs
            L("25,070", 25070, E, P, HOT, EJ26 + " (on June 30)"),
            L("22%", -22, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (fewer)"),
            L("32,059", 32059, E, P, HOT, EJ25 + " (a year before)"),
            L("101,950", 101950, E, P, SUPPORT, EJ26 + " (in total receiving asylum support)"),
            L("4.1 billion pounds", 4.1e9, E, GBP, AC, FY26 + " (Home Office annual accounts, July 2026)"),
            L("$5.5 billion", 5.5e9, E, USD, AC, FY26 + " (in US dollars)"),
            L("4.8 billion pounds", 4.8e9, E, GBP, AC, FY25 + " (the year before)"),
            # Work visas
            L("61,500", 61500, E, P, SKILLED, YJ26 + " (main applicants)"),
            L("34%", -34, E, PCT, SKILLED + "_change", YJ26 + " vs " + YJ25 + " (fewer than a year before)"),
            L("75%", -75, E, PCT, HCW + "_change", YJ26 + " vs " + YJ25 + " (slumped)"),
            L("7,950", 7950, E, P, HCW, YJ26),
            L("0.7460 pounds", 0.746, E, GBP, "exchange_rate_usd_gbp", "per US dollar, 27 August 2026 (footer)"),
        ]),
    "02-merchant-city-herald-glasgow-asylum-dispersal-council-funding-gap": dict(
        meta=dict(url="https://www.merchantcityherald.example/news/glasgow-news/glasgow-asylum-seekers-scotland-council-funding-gap-12-8m-5531870",
                  title="Glasgow houses nearly four in five of Scotland's asylum seekers as council warns of £12.8m gap",
                  publisher="The Merchant City Herald", author="Kirsty Balfron-Adeyemi", published_date="2026-09-14"),
        labels=[
            L("nearly four in five", 80, ALM, PCT, "asylum_support_population_share_glasgow", EJ26 + " (of Scotland's asylum seekers; headline)", geo=SC),
            L("£12.8m", 12.8e6, E, GBP, "council_asylum_cost_shortfall", FY26 + " (headline)", geo=GL),
            L("less than half", 50, LT, PCT, "council_asylum_grant_share_of_cost", FY26 + " (money from the Home Office and Holyrood against the cost of housing refugees; standfirst)", geo=GL),
            L("almost four in five", 80, ALM, PCT, "asylum_support_population_share_glasgow", EJ26 + " (of the asylum seekers housed in Scotland)", geo=SC),
            L("£12.8 million", 12.8e6, E, GBP, "council_asylum_cost_shortfall", FY26 + " (the council's shortfall in the cost of supporting refugees)", geo=GL),
            L("4,610", 4610, E, P, SUPPORT, EJ26 + " (when June ended; Home Office statistics published last month)", geo=GL),
            L("5,830", 5830, E, P, SUPPORT, EJ26 + " (across Scotland)", geo=SC),
            L("nearly four times", 4, ALM, RATIO, "asylum_support_population_ratio", EJ26 + " (Glasgow vs the rest of Scotland)", geo=GL),
            L("1,220", 1220, E, P, SUPPORT, EJ26 + " (spread across 14 other council areas: Scotland outside Glasgow)", geo=SC),
            L("14", 14, E, COUNCILS, "council_areas_hosting_asylum_seekers", EJ26 + " (other council areas besides Glasgow)", ctx="across 14 other", geo=SC),
            L("Roughly one in every 140", 100 / 140, AP, PCT, "asylum_support_population_share_of_residents", EJ26 + " (Glasgow residents who are asylum seekers; now)", geo=GL),
            L("about one in 4,000", 100 / 4000, AP, PCT, "asylum_support_population_share_of_residents", EJ26 + " (the rest of Scotland)", geo=SC),
            L("390", 390, E, P, HOT, EJ26, geo=GL),
            L("two", 2, E, HOTELS, HIU, EJ26, ctx="living in two hotels", geo=GL),
            L("1,150", 1150, E, P, HOT, EJ25 + " (a year earlier)", geo=GL),
            L("six", 6, E, HOTELS, HIU, EJ25 + " (a year earlier)", ctx="in six hotels", geo=GL),
            L("2,870", 2870, E, HH, HOMELESS, "12 months to March 2026 (2025/26; homeless applications from newly recognised refugee households)", geo=GL),
            L("three-quarters", 75, E, PCT, HOMELESS + "_change", FY26 + " vs " + FY25 + " (up by)", geo=GL),
            L("1,640", 1640, E, HH, HOMELESS, FY25, geo=GL),
            L("£23.4 million", 23.4e6, E, GBP, "council_asylum_cost", FY26 + " (temporary accommodation, casework and support for refugees and people seeking asylum; the council's estimate)", geo=GL),
            L("£6.1 million", 6.1e6, E, GBP, "council_asylum_grant", FY26 + " (received from the Home Office)", geo=GL),
            L("£4.5 million", 4.5e6, E, GBP, SG_FUND, FY26 + " (received from the Scottish Government)", geo=GL),
            L("almost £13m", 13e6, ALM, GBP, "council_asylum_cost_shortfall", FY26 + " (a gap; the leader of Glasgow City Council)", geo=GL),
            L("3,410", 3410, E, HH, "temporary_accommodation_households", EM26, geo=GL),
            L("£4.5m", 4.5e6, E, GBP, SG_FUND, FY26 + " (from Holyrood; Scotland's Housing Secretary)", geo=GL),
            L("50%", 50, E, PCT, SG_FUND + "_change", FY26 + " vs " + FY25 + " (an increase; Scotland's Housing Secretary)", geo=GL),
            L("more than 900", 900, MT, P, "charity_service_users", "January to August 2026 (came through the door; Clydeway Refugee Welcome drop-in, Govan)", geo=GL),
            L("a third", THIRD, E, PCT, "charity_service_users_change", "January to August 2026 vs January to August 2025 (more than)", ctx="August, a third more", geo=GL),
            L("more than a fifth", -20, MT, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (across the UK, down on a year ago; Home Office spokesperson)"),
        ]),
    "03-lothbury-times-migration-slowdown-labour-market-care-visas": dict(
        meta=dict(url="https://www.lothburytimes.example/content/visa-curbs-care-hospitality-employers-shrinking-pool-3f9c2a71",
                  title="Visa curbs leave care and hospitality employers fishing in a shrinking pool",
                  publisher="The Lothbury Times", author="Anselm Rothwell-Daka", published_date="2026-09-16"),
        labels=[
            L("678,000", 678000, E, VACS, VAC, JA26 + " (lowest since early 2021)"),
            L("40,000", -40000, E, VACS, VAC + "_change", JA26 + " vs three months to May 2026 (down on the previous quarter)"),
            L("about 15 per cent", -15, AP, PCT, VAC + "_change", JA26 + " vs January to March 2020 (below their level just before the pandemic)"),
            L("5.2 per cent", 5.2, E, PCT, "unemployment_rate", JA26 + " (ONS, published Tuesday 15 September 2026)"),
            L("1.86mn", 1.86e6, E, P, "unemployment_level", JA26 + " (out of work and looking for a job)"),
            L("3.6 per cent", 3.6, E, PCT, "regular_pay_change", JA26 + " (annual growth in regular pay)"),
            L("2.7", 2.7, E, RATIO, "unemployed_per_vacancy_ratio", JA26 + " (unemployed people for each vacancy; now)"),
            L("fewer than one", 1, LT, RATIO, "unemployed_per_vacancy_ratio", "spring 2022 (April to June 2022)"),
            L("90%", -90, E, PCT, HCW + "_change", YJ26 + " vs the 2023 peak (main applicants; chart title)"),
            L("a third", -THIRD, E, PCT, SKILLED + "_change", YJ26 + " vs " + YJ25 + " (main applicants; down by)"),
            L("61,500", 61500, E, P, SKILLED, YJ26 + " (main applicants; Home Office figures published last month)"),
            L("three-quarters", -75, E, PCT, HCW + "_change", YJ26 + " vs " + YJ25 + " (fell by)"),
            L("7,950", 7950, E, P, HCW, YJ26),
            L("1,180", 1180, E, P, "visas_granted_care_worker", YJ26 + " (care worker visas; route shut to new overseas hires in July 2025)"),
            L("167,000", 167000, E, P, NM, Y25 + " (ONS estimate, May 2026)"),
            L("less than a fifth", 0.2, LT, RATIO, NM + "_ratio", Y25 + " vs " + PEAK),
            L("944,000", 944000, E, P, NM, PEAK + " (the high reached in the 12 months to March 2023)"),
            L("2.93mn", 2.93e6, E, P, "payrolled_employees_non_eu", "July 2026 (HM Revenue & Customs payroll data)"),
            L("1.8 per cent", 1.8, E, PCT, "payrolled_employees_non_eu_change", "July 2026 vs July 2025 (slowest annual growth since 2021)"),
            L("2.4 per cent", -2.4, E, PCT, "payrolled_employees_eu_change", "July 2026 vs July 2025 (fell)"),
            L("2.21mn", 2.21e6, E, P, "payrolled_employees_eu", "July 2026"),
            L("84,000", 84000, E, VACS, VAC, JA26 + " (hospitality; advertised over the summer)"),
            L("about an eighth", 12.5, AP, PCT, "job_vacancies_share_hospitality", JA26 + " (of all openings)"),
            L("111,000", 111000, E, VACS, "adult_social_care_vacancies", FY25 + " (vacant posts; Skills for Care)", geo=EN),
            L("7.0 per cent", 7.0, E, PCT, "adult_social_care_vacancy_share", FY25 + " (vacancy rate; Skills for Care)", geo=EN),
            L("105,000", 105000, E, P, "adult_social_care_international_recruits", "2023/24 financial year (international recruits starting direct care jobs)", geo=EN),
            L("about 50,000", 50000, AP, P, "adult_social_care_international_recruits", FY25 + " (the following year)", geo=EN),
            L("430", 430, E, P, "care_provider_staff", "2026 (Wolds Homecare, a Lincolnshire provider)", geo="Lincolnshire"),
            L("38", 38, E, P, "care_provider_new_starters_overseas", "2024 (two years ago; new carers who came from overseas; Wolds Homecare chief executive)", geo="Lincolnshire"),
            L("120", 120, E, P, "care_provider_new_starters", "2024 (two years ago; new carers; Wolds Homecare chief executive)", geo="Lincolnshire"),
            L("six", 6, E, P, "care_provider_new_starters_overseas", "2026 (this year; Wolds Homecare chief executive)", ctx="This year it was six", geo="Lincolnshire"),
            L("258,000", 258000, E, P, NMF, "per year, long run (Office for Budget Responsibility spring outlook, March 2026)"),
        ]),
    "04-daily-bullhorn-record-1406-channel-crossings-one-day": dict(
        meta=dict(url="https://www.dailybullhorn.example/news/uk-news/record-1406-migrants-cross-channel-37719043",
                  title="RECORD 1,406 migrants cross Channel in a single day as 21 boats land in Kent",
                  publisher="Daily Bullhorn", author="Jodie Marchbank", published_date="2026-06-13"),
        labels=[
            L("1,406", 1406, E, P, SBA, FRI + " (a single day; headline)", occ=0),
            L("21", 21, E, BOATS, SBC, FRI + " (headline)", ctx="as 21 boats"),
            L("1,295", 1295, E, P, SBA, "Monday 22 August 2022 (the previous high; standfirst)", occ=0),
            L("1,406", 1406, E, P, SBA, FRI + " (a record)", occ=1),
            L("21", 21, E, BOATS, SBC, FRI + " (Home Office data)", ctx="shows 21 boats"),
            L("67", 67, E, PPB, OCC, FRI + " (an average each)"),
            L("1,295", 1295, E, P, SBA, "Monday 22 August 2022 (previous one-day high)", occ=1),
            L("14,000", 14000, MT, P, SBA, YTD_J26 + " (2026 so far; pushes the total past)"),
            L("96", 96, E, P, SBA, "Thursday 11 June 2026 (made it across)"),
            L("nine", 9, E, BOATS, "small_boat_launches_prevented", FRI + " (stopped from setting off; French police)", ctx="another nine", geo=FR),
            L("about 480", 480, AP, P, "small_boat_launch_attempts_stopped_people", FRI + " (turned back; French police)", geo=FR),
            L("83", 83, E, PPB, "small_boat_occupancy_max", FRI + " (one boat; witnesses in Dover)"),
            L("3,020", 3020, E, P, SBA, "1 to 12 June 2026 (the first 12 days of June)"),
            L("more than two-thirds", 2 / 3, MT, RATIO, SBA + "_ratio", "1 to 12 June 2026 vs May 2026 (the whole of May)"),
            L("4,380", 4380, E, P, SBA, "May 2026 (the whole of May)"),
            L("14.2k", 14200, E, P, SBA, YTD_J26 + " (year to date; chart caption)"),
            L("More than 78,000", 78000, MT, P, SBA, ELECTION + "12 June 2026 (since Labour took office; the Shadow Home Secretary)"),
            L("about 9%", -9, AP, PCT, SBA + "_change", YTD_J26 + " vs " + YTD_J25 + " (lower than by this date in 2025; Home Office sources)"),
            L("15,640", 15640, E, P, SBA, YTD_J25 + " (by this date in 2025)"),
            L("nearly 900", 900, ALM, P, RET, "18 September 2025 to June 2026 (sent back under the returns agreement; Home Office spokesperson)", geo=FR),
            L("At least 14", 14, AL, P, "small_boat_deaths", YTD_J26 + " (in 2026; International Organization for Migration)"),
            L("Around 27,000", 27000, AP, P, HOT, EM26),
            L("almost £4m", 4e6, ALM, GBP, AC, "per day, hotels, " + EM26),
        ]),
    "05-parliamentary-research-desk-uk-france-returns-agreement-first-year": dict(
        meta=dict(url="https://researchdesk.parliament.example/research-briefings/cbp-10517/",
                  title="The UK-France returns agreement: the first year",
                  publisher="Parliamentary Research Desk", author="Rhiannon Castellow-Mbatha, Dominic Aysgarth",
                  published_date="2026-10-06", license="Open Parliament Licence v3.0"),
        labels=[
            # Summary
            L("1,742", 1742, E, P, RET, PILOT_S + " (returned to France; summary)", occ=0, geo=FR),
            L("1,483", 1483, E, P, LEGAL, PILOT_S + " (came to the UK through the reciprocal route; summary)", occ=0),
            L("40,850", 40850, E, P, SBA, PILOT_S + " (over the same period)"),
            L("about 4%", 4, AP, PCT, SHARE_SB, PILOT_S + " (returns under the agreement equal to)", geo=FR),
            # Background
            L("£290 million", 290e6, E, GBP, PTR, "April 2022 to July 2024 (paid to Rwanda; National Audit Office)"),
            L("some 135,000", 135000, AP, P, "refugees_hosted", "2026 (refugees Rwanda hosts; now)", geo="Rwanda"),
            L("£715 million", 715e6, E, GBP, RSC, "April 2022 to July 2024 (the scheme's total cost)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (relocated voluntarily)", ctx="and four people relocated"),
            # How it works
            L("about 6,900", 6900, AP, P, "uk_france_legal_route_applications", "to 30 September 2026 (applications received through the route)"),
            # Table 1
            L("153", 153, E, P, RET, "18 September to 31 December 2025" + T1, geo=FR),
            L("121", 121, E, P, LEGAL, "18 September to 31 December 2025" + T1),
            L("318", 318, E, P, RET, "January to March 2026" + T1, geo=FR),
            L("264", 264, E, P, LEGAL, "January to March 2026" + T1),
            L("569", 569, E, P, RET, "April to June 2026" + T1, geo=FR),
            L("487", 487, E, P, LEGAL, "April to June 2026" + T1),
            L("702", 702, E, P, RET, "July to September 2026" + T1, geo=FR),
            L("611", 611, E, P, LEGAL, "July to September 2026" + T1),
            L("1,742", 1742, E, P, RET, PILOT_S + " (total)" + T1, occ=1, geo=FR),
            L("1,483", 1483, E, P, LEGAL, PILOT_S + " (total)" + T1, occ=1),
            # after the table
            L("about 10", 10, AP, P, RET, "per week, 18 September to 31 December 2025 (the first period)", geo=FR),
            L("about 53", 53, AP, P, RET, "per week, July to September 2026 (since July)", geo=FR),
            L("around 2,800", 2800, AP, P, RET, "per year, at the July to September 2026 rate (what the agreement would return)", geo=FR),
            L("less than a tenth", 10, LT, PCT, SHARE_SB, "per year at the July to September 2026 rate, against arrivals in the " + YJ26, geo=FR),
            L("38,200", 38200, E, P, SBA, YJ26 + " (crossed)"),
            L("31,020", 31020, E, P, SBA, JS26),
            L("9%", -9, E, PCT, SBA + "_change", JS26 + " vs " + JS25 + " (fewer)"),
            L("34,112", 34112, E, P, SBA, JS25 + " (the same months of 2025)"),
            L("41", 41, E, P, "returns_france_redetected_crossing", "18 September 2025 to July 2026 (returned and later detected trying to cross again; Home Office to the Home Affairs Committee)", geo=FR),
            # Costs
            L("£476 million", 476e6, E, GBP, "uk_funding_to_france", "2023 to 2026 (across three years; March 2023 summit package)"),
            L("about 178,000", 178000, AP, P, "irregular_arrivals", Y25 + " (irregular border crossings into the EU; Frontex)", geo=EU),
            L("about a quarter", -25, AP, PCT, "irregular_arrivals_change", "2025 vs 2024 (a fall; Frontex)", geo=EU),
            # Debate
            L("one for every 23", 100 / 23, E, PCT, SHARE_SB, PILOT_S + " (returns one for every 23 who arrive; the Shadow Home Secretary)", geo=FR),
        ]),
    "06-sperrin-broadcasting-ni-population-migration-explainer": dict(
        meta=dict(url="https://www.sperrinbroadcasting.example/news/ni/politics/ni-population-193m-migration-drives-growth-a48213",
                  title="NI population reaches 1.93m as migration drives growth: what the new figures show",
                  publisher="Sperrin Broadcasting News", author="Orlaith McKinstry-Banerjee", published_date="2026-06-25"),
        labels=[
            L("1.93m", 1.93e6, E, P, "population", "mid-2025 (30 June 2025; reaches; headline)", geo=NI),
            L("just over 1.93 million", 1.93e6, MT, P, "population", "mid-2025 (30 June 2025; last year)", geo=NI),
            L("1,934,200", 1934200, E, P, "population", "mid-2025 (on 30 June 2025)" + NISRA, geo=NI),
            L("8,500", 8500, E, P, "population_growth", MID25 + " (more than a year earlier)", geo=NI),
            L("0.4%", 0.4, E, PCT, "population_change", MID25 + " (growth)", geo=NI),
            L("82,600", 82600, E, P, "population_growth", "mid-2015 to mid-2025 (over the past decade)", geo=NI),
            L("4.5%", 4.5, E, PCT, "population_change", "mid-2015 to mid-2025 (over the past decade)", geo=NI),
            L("19,800", 19800, E, P, "births", MID25, geo=NI),
            L("16,700", 16700, E, P, "deaths", MID25, geo=NI),
            L("3,100", 3100, E, P, "population_natural_change", MID25 + " (natural increase)", geo=NI),
            L("more than a fifth", -20, MT, PCT, "births_change", MID25 + " vs 2008 (births are down on)", geo=NI),
            L("5,400", 5400, E, P, NM, MID25 + " (migration added)", geo=NI),
            L("almost two-thirds", 200 / 3, ALM, PCT, "net_migration_share_of_population_growth", MID25 + " (of this year's increase; NISRA statistician)", geo=NI),
            L("Some 16,200", 16200, AP, P, IMM, MID25 + " (arrived from outside the UK)", geo=NI),
            L("9,900", 9900, E, P, EMI, MID25 + " (left for other countries)", geo=NI),
            L("6,300", 6300, E, P, "net_migration_international", MID25 + " (a net gain)", geo=NI),
            L("About 11,800", 11800, AP, P, "cross_border_migration_inflow_gb", MID25 + " (came here from England, Scotland and Wales)", geo=NI),
            L("12,700", 12700, E, P, "cross_border_migration_outflow_gb", MID25 + " (went in the opposite direction, to Great Britain)", geo=NI),
            L("900", -900, E, P, "net_migration_rest_of_uk", MID25 + " (a net loss to Great Britain)", geo=NI),
            L("16,430", 16430, E, P, "health_card_registrations_from_outside_uk", Y25 + " (registered with a GP; previously lived outside the UK; NISRA statistician)", geo=NI),
            L("4%", -4, E, PCT, "health_card_registrations_from_outside_uk_change", "2025 vs 2024 (fewer; NISRA statistician)", geo=NI),
            L("6.5%", 6.5, E, PCT, "population_share_born_abroad", "21 March 2021 (2021 census; born somewhere other than the UK or Ireland)", geo=NI),
            L("40.4 years", 40.4, E, YEARS, "population_median_age", "mid-2025 (now)", geo=NI),
            L("37.6", 37.6, E, YEARS, "population_median_age", "mid-2015 (a decade ago)", geo=NI),
            L("almost one in five", 20, ALM, PCT, "population_share_aged_65_and_over", "mid-2025 (now)", geo=NI),
            L("roughly doubled", 2, AP, RATIO, "population_aged_85_and_over_ratio", "mid-2025 vs 2000 (since the turn of the century; demographer, Queen's University Belfast)", geo=NI),
            L("1.1%", 1.1, E, PCT, "population_change", MID25 + " (the fastest of any council area)", geo="Mid Ulster"),
            L("2,900", 2900, E, P, "population_growth", MID25 + " (added)", geo="Belfast"),
            L("Three", 3, E, COUNCILS, "council_areas_population_decline", MID25 + " (council areas, all in the west, whose populations fell slightly)", geo=NI),
            L("5.46 million", 5.46e6, E, P, "population", "April 2025 (Central Statistics Office)", geo=IE),
            L("125,300", 125300, E, P, IMM, "year to April 2025 (the previous 12 months; moved there; Central Statistics Office)", geo=IE),
            L("2,290", 2290, E, P, SUPPORT, EM26 + " (Home Office figures)", geo=NI),
        ]),
    "07-untethered-net-migration-118000-revisions-analysis": dict(
        meta=dict(url="https://www.untethered.example/news/uk/politics/net-migration-118000-ons-revisions-analysis-b2871406.html",
                  title="Net migration has fallen to 118,000 - but the bigger story is how often the numbers change",
                  publisher="The Untethered", author="Tobiah Wrenfield-Asante", published_date="2026-11-27"),
        labels=[
            L("118,000", 118000, E, P, NM, YJ26 + " (headline)", occ=0),
            V("tens of thousands", 20000, 90000, P, REV, "recent years (the ONS has rewritten every recent year, sometimes by; standfirst)"),
            L("118,000", 118000, E, P, NM, YJ26 + ONS_NOV, occ=1),
            L("roughly half", 0.5, AP, RATIO, NM + "_ratio", YJ26 + " vs " + YJ25 + " (the level a year earlier)"),
            L("about an eighth", 0.125, AP, RATIO, NM + "_ratio", YJ26 + " vs " + PEAK),
            L("944,000", 944000, E, P, NM, PEAK),
            L("736,000", 736000, E, P, IMM, YJ26 + " (arrived to live in the UK)"),
            L("618,000", 618000, E, P, EMI, YJ26 + " (left)"),
            R("between 62,000 and 174,000", 62000, 174000, P, NM, YJ26 + " (where the true figure is likely to lie; ONS)"),
            L("almost halved", -50, ALM, PCT, NM + "_change", YJ26 + " vs " + YJ25 + " (in a year; the Home Secretary)"),
            # The revisions
            L("204,000", 204000, E, P, NM, YJ25 + FIRST + "November 2025)"),
            L("219,000", 219000, E, P, NM, YJ25 + " (revised estimate, May 2026)"),
            L("231,000", 231000, E, P, NM, YJ25 + LATEST),
            L("27,000", 27000, E, P, REV, YJ25 + " (latest vs first estimate; upward revision)"),
            L("13%", 13, E, PCT, REV, YJ25 + " (revision as a share of the first estimate)", occ=0),
            L("167,000", 167000, E, P, NM, Y25 + FIRST + "May 2026)"),
            L("196,000", 196000, E, P, NM, Y25 + LATEST),
            L("17%", 17, E, PCT, REV, Y25 + " (latest vs first estimate; higher)"),
            L("About 70%", 70, AP, PCT, "net_migration_revision_share_non_eu", Y25 + " (of the upward revision; non-EU nationals)"),
            L("431,000", 431000, E, P, NM, Y24 + FIRST + "May 2025; the initial figure)"),
            L("338,000", 338000, E, P, NM, Y24 + LATEST),
            L("more than a fifth", -20, MT, PCT, REV, Y24 + " (latest vs first estimate; a reduction)"),
            L("more than three times", 3, MT, RATIO, REV + "_ratio", "downward revision to 2024 vs upward revision to 2025 (size)"),
            L("728,000", 728000, E, P, NM, YJ24 + FIRST + "November 2024)"),
            L("861,000", 861000, E, P, NM, YJ24 + LATEST),
            L("133,000", 133000, E, P, REV, YJ24 + " (latest vs first estimate; the biggest correction of the four)"),
            # What it means for the fall
            L("113,000", -113000, E, P, NM + "_change", YJ26 + " vs " + YJ25 + " (the drop, on the latest figures)"),
            L("49%", -49, E, PCT, NM + "_change", YJ26 + " vs " + YJ25 + " (the drop)"),
            L("13%", 13, E, PCT, "net_migration_scenario_revision", YJ26 + " (hypothetical: if revised up by the same as its predecessor)", occ=1),
            L("about 98,000", -98000, AP, P, "net_migration_scenario_change", YJ26 + " vs " + YJ25 + " (the fall if the newer year is revised up by 13%)"),
            L("588,000", 588000, E, P, "immigration_non_eu", YJ26 + " (non-EU nationals' arrivals)"),
            L("four in five", 80, E, PCT, "immigration_share_non_eu", YJ26 + " (of the total)"),
            L("221,000", 221000, E, P, "immigration_study", YJ26 + " (study, the largest single reason)"),
            L("three in ten", 30, E, PCT, "immigration_share_study", YJ26),
            L("71,000", -71000, E, P, "net_migration_british_nationals", YJ26 + " (a net outflow: more British citizens left than returned)"),
            L("49,000", -49000, E, P, "net_migration_eu", YJ26 + " (EU citizens: a net outflow)"),
            L("238,000", 238000, E, P, "net_migration_non_eu", YJ26),
            # The forecast gap
            L("258,000", 258000, E, P, NMF, "per year, long run (Office for Budget Responsibility spring forecast, March 2026)"),
            L("less than half", 0.5, LT, RATIO, NMF + "_ratio", YJ26 + " latest estimate vs the OBR's 258,000 a year"),
            L("412,000", 412000, E, P, "population_growth", MID25, geo=EW),
            L("0.7%", 0.7, E, PCT, "population_change", MID25, geo=EW),
            L("62.2 million", 62.2e6, E, P, "population", "mid-2025 (30 June 2025)", geo=EW),
            L("2,600", -2600, E, P, "population_natural_change", MID25 + " (deaths outnumbered births)", geo=WA),
            L("14,100", 14100, E, P, "population_growth", MID25 + " (thanks to migration)", geo=WA),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
