#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-sixtieth hand-labelled hold-out set (holdout160).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, MONTHS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC)

UK, NI, FR, SCO, EU = "UK", "Northern Ireland", "France", "Scotland", "EU"
ENG, WAL = "England", "Wales"
TWO3 = 200 / 3

# 01 (Saturday 1 August 2026; Home Office data for July released "last night", Friday 31 July 2026)
JUL = "July 2026 ("
WED = "Wednesday 29 July 2026 (the busiest day; "
SHS = "the Shadow Home Secretary"
HOS = "a Home Office spokesperson"
OIOO = "August 2025 to July 2026 (since the one-in, one-out deal took effect last August"

# 02 (Thursday 15 October 2026; Skills for Care report on 2025-26; Home Office visa figures to June 2026)
SFC = "Skills for Care"
FY26 = "April 2025 to March 2026 (2025-26; " + SFC + ")"
FY25 = "April 2024 to March 2025 (2024-25, the year before; " + SFC + ")"
ASC = "adult_social_care_"
VCW = "visas_granted_care_worker"
GAO = "Gwen Abernethy-Osei, care home manager near Boston"
BOS = "Boston"

# 03 (Wednesday 11 March 2026; Home Office asylum support statistics released in February 2026, to 31 December 2025)
DCS = "Derry City and Strabane"
HOST = "Home Office statistics released last month (February 2026)"
D25 = "31 December 2025 (the end of December; " + HOST + ")"
D24 = "31 December 2024 (the end of 2024; " + HOST + ")"
ASP = "asylum_support_population"
DER = "Derry"
WHSCT = "Western Health and Social Care Trust"
MLA = "Clodagh McShane-Adebola, Foyle MLA"

# 04 (Tuesday 24 March 2026; fact check of a claim made on a radio phone-in on Monday 9 March 2026)
Y25 = "January to December 2025 ("
AA = "asylum_applications"
UKS = "asylum_applications_share_uk_of_eu_and_uk"
CLAIM = "a caller to a radio phone-in, Monday 9 March 2026"
EUAA = "EUAA, EU+ (EU27, Norway and Switzerland)"
CHART = "; chart)"
APC = "other:applications_per_1000_population"

# 05 (Thursday 16 July 2026; ONS mid-2025 population estimates released Wednesday 15 July 2026)
ONS = "ONS mid-year estimates released Wednesday 15 July 2026"
MID25 = "30 June 2025 (mid-2025; " + ONS + ")"
YR25 = "mid-2024 to mid-2025 (in 12 months; " + ONS + ")"
YH = "Yorkshire and the Humber"
LDS, SHF, BFD, HULL, YRK = "Leeds", "Sheffield", "Bradford", "Kingston upon Hull", "York"
POP, PG, PC, NC = "population", "population_growth", "population_change", "population_natural_change"

# 06 (Friday 28 August 2026; Home Office figures published Thursday 27 August 2026 for the year ending June 2026)
HOF = "Home Office figures published Thursday 27 August 2026"
J26 = "30 June 2026 (the end of June; " + HOF + ")"
J25 = "30 June 2025 (a year earlier; " + HOF + ")"
YJ26 = "July 2025 to June 2026 (the year ending June; " + HOF + ")"
ABL = "asylum_backlog"
MIN = "the border security minister"

# 07 (Thursday 14 May 2026; OfS report on the sector's finances published Wednesday 13 May 2026)
OFS = "Office for Students annual report on the sector's finances, published Wednesday 13 May 2026"
HAV = "Haverleigh University"
VC = "Professor Dame Imelda Scarisbrick-Oyelaran, vice-chancellor of Haverleigh University"
USE = "universities_share_expecting_deficit"
UIS = "university_income_share_international_fees"

ARTICLES = {
    "01-daily-catapult-record-july-channel-crossings": dict(
        meta=dict(url="https://www.dailycatapult.example/news/politics/record-9140-migrants-cross-channel-july-2026-188204",
                  title="Channel chaos: RECORD 9,140 migrants cross in July as Labour loses grip on border",
                  publisher="Daily Catapult", author="Fergus Tillotson-Mbeki", published_date="2026-08-01"),
        labels=[
            L("9,140", 9140, E, P, SBA, JUL + "a record for a month; headline)", occ=0),
            L("Nearly 300", 300, ALM, P, SBA, "per day, July 2026 (a day, landed last month; standfirst)"),
            L("a third", THIRD, E, PCT, SBA + "_change", "July 2026 vs July 2025 (more than in; standfirst)", ctx="a third more than in July 2025"),
            L("1,034", 1034, E, P, SBA, WED + "caption)", occ=0),
            L("9,140", 9140, E, P, SBA, JUL + "the most ever logged in a single month; first words)", occ=1),
            L("8,631", 8631, E, P, SBA, "August 2022 (the previous monthly peak)"),
            L("34%", 34, E, PCT, SBA + "_change", "July 2026 vs July 2025 (up on)"),
            L("6,820", 6820, E, P, SBA, "July 2025 (July last year)"),
            L("almost 295", 295, ALM, P, SBA, "per day, July 2026 (landed on every day of the month)"),
            L("148", 148, E, BOATS, SBC, JUL + "Home Office data released Friday 31 July 2026)"),
            L("62", 62, E, PPB, "small_boat_occupancy", JUL + "an average, squeezed aboard each)"),
            L("1,034", 1034, E, P, SBA, WED + "the highest daily figure of 2026 so far)", occ=1),
            L("17", 17, E, BOATS, SBC, WED + "dinghies)", ctx="in 17 dinghies"),
            L("doubled", 2, E, RATIO, "small_boat_arrivals_ratio", "July 2026 vs June 2026 (crossings doubled from June)"),
            L("4,570", 4570, E, P, SBA, "June 2026"),
            L("Some 27,905", 27905, AP, P, SBA, "1 January to 31 July 2026 (so far this year)"),
            L("12%", 12, E, PCT, SBA + "_change", "1 January-31 July 2026 vs the same period of 2025 (ahead of where 2025 stood at the end of July)"),
            L("upwards of 92,000", 92000, MT, P, SBA, "5 July 2024 to 31 July 2026 (since 5 July 2024, under Labour)"),
            L("roughly one in five", 20, AP, PCT, "small_boat_arrivals_share_eritrean", JUL + "of July's arrivals)"),
            L("c. 600", 600, AP, P, "people_waiting_northern_france", "week to 1 August 2026 (sleeping out in the camps around Loon-Plage this week; aid workers)", geo=FR),
            L("more than 9,000", 9000, MT, P, SBA, JUL + "in a single month; " + SHS + ")"),
            L("1,260", 1260, E, P, "returns", OIOO + "; returned to France)", geo=FR),
            L("fewer than 3%", 3, LT, PCT, "returns_share_of_small_boat_arrivals", OIOO + "; of the arrivals over the same period)"),
            L("roughly 44,000", 44000, AP, P, SBA, OIOO + "; over the same period)"),
            L("3,480", 3480, E, P, "small_boat_launch_attempts_stopped_people", JUL + "stopped from setting off; the Interior Ministry in Paris)", geo=FR),
            L("roughly 28%", 28, AP, PCT, "small_boat_launch_attempts_stopped_people_share", JUL + "of all those who tried; the Interior Ministry in Paris)", geo=FR),
            L("nearly four times", 4, ALM, RATIO, "smuggling_arrests_ratio", "summer 2025 to July 2026 vs the previous government's final year (smugglers arrested; " + HOS + ")"),
            L("more than 50,000", 50000, MT, P, "returns", "5 July 2024 to July 2026 (returned since the election; " + HOS + ")"),
            L("£180million", 180000000, E, GBP, "detention_capacity_funding", "announced by August 2026 (for new detention places; " + HOS + ")"),
            L("around £4.2million", 4200000, AP, GBP, "asylum_cost_hotels", "per day, 2026 (still spending on hotels for asylum seekers; the National Audit Office)"),
            L("a minimum of 31", 31, AL, P, "small_boat_deaths", "1 January to 1 August 2026 (lives lost on the route to England this year; the International Organization for Migration)"),
        ]),
    "02-the-long-view-care-workers-visas-vacancies": dict(
        meta=dict(url="https://www.thelongview.example/society/2026/oct/15/care-vacancies-climb-above-120000-overseas-recruitment-dries-up",
                  title="Care vacancies climb back above 120,000 as overseas recruitment dries up",
                  publisher="The Long View", author="Imogen Saltmarsh-Obi", published_date="2026-10-15"),
        labels=[
            L("above 120,000", 120000, MT, "other:vacancies", ASC + "vacancies", "April 2025 to March 2026 (2025-26, climb back above; headline)", geo=ENG),
            L("one in 13", 100 / 13, E, PCT, ASC + "vacancy_share", "2025-26 (posts unfilled; " + SFC + "; standfirst)", geo=ENG),
            L("more than 90%", -90, MT, PCT, VCW + "_change", "July 2025-June 2026 vs July 2023-June 2024 (a fall of, in two years; standfirst)"),
            L("124,000", 124000, E, "other:vacancies", ASC + "vacancies", "April 2025 to March 2026 (2025-26, vacant on an average day; " + SFC + ")", geo=ENG),
            L("111,000", 111000, E, "other:vacancies", ASC + "vacancies", FY25, geo=ENG),
            L("7.6%", 7.6, E, PCT, ASC + "vacancy_share", FY26, geo=ENG),
            L("roughly one in every 13", 100 / 13, AP, PCT, ASC + "vacancy_share", FY26, geo=ENG),
            L("2,140", 2140, E, P, VCW, "July 2025 to June 2026 (the year to June; care worker and senior care worker roles, applicants from overseas; Home Office)"),
            L("92%", -92, E, PCT, VCW + "_change", "July 2025-June 2026 vs July 2023-June 2024 (a drop of, from two years earlier; Home Office)"),
            L("26,700", 26700, E, P, VCW, "July 2023 to June 2024 (two years earlier; Home Office)"),
            L("about 105,000", 105000, AP, P, VCW, "October 2022 to September 2023 (the year to September 2023, when the route was at its busiest)"),
            L("120,000 or so", 120000, AP, P, VCW + "_dependants", "October 2022 to September 2023 (partners and children who came with them)"),
            L("About 21%", 21, AP, PCT, ASC + "workforce_share_non_british", FY26, geo=ENG),
            L("1.51m", 1510000, E, P, ASC + "workforce", "2025-26 (filled posts in the sector; " + SFC + ")", geo=ENG),
            L("16%", 16, E, PCT, ASC + "workforce_share_non_british", "April 2021 to March 2022 (2021-22; " + SFC + ")", geo=ENG),
            L("three-quarters", -75, E, PCT, ASC + "international_recruits_change", "2025-26 vs 2024-25 (new international recruits fell by; " + SFC + ")", ctx="fell by three-quarters", geo=ENG),
            L("about 50,000", 50000, AP, P, ASC + "international_recruits", "April 2024 to March 2025 (2024-25; " + SFC + ")", geo=ENG),
            L("roughly 12,500", 12500, AP, P, ASC + "international_recruits", FY26, geo=ENG),
            L("24.1%", 24.1, E, PCT, ASC + "turnover_rate", FY26, geo=ENG),
            L("about 360,000", 360000, AP, P, ASC + "leavers", "2025-26 (left their jobs during the year; " + SFC + ")", geo=ENG),
            L("187", 187, E, "other:providers", "sponsor_licences_revoked_care_providers", "April 2025 to March 2026 (in 2025-26 alone; the Home Office)"),
            L("£12.95", 12.95, E, GBP, "care_worker_hourly_pay", "per hour, March 2026 (the median care worker)", geo=ENG),
            L("24p", 0.24, E, GBP, "care_worker_hourly_pay_above_minimum_wage", "per hour, March 2026 (above the legal minimum for over-21s)", geo=ENG),
            L("19", 19, E, P, "care_home_staff_overseas_recruits", "autumn 2024 (two years ago, carers from overseas; " + GAO + ")", geo=BOS, ctx="had 19 carers"),
            L("nine", 9, E, P, "care_home_staff_overseas_recruits", "October 2026 (today; " + GAO + ")", ctx="Today we have nine", geo=BOS),
            L("£31", 31, E, GBP, "agency_staff_hourly_rate", "per hour, October 2026 (agency rates to cover nights; " + GAO + ")", geo=BOS),
            L("more than double", 2, MT, RATIO, "agency_staff_hourly_rate_ratio", "October 2026 (agency rate vs what the home pays its own team; " + GAO + ")", geo=BOS),
            L("about 470,000", 470000, AP, P, ASC + "posts_needed_projection", "2025-26 to 2040 (more posts needed by 2040; " + SFC + " projection)", geo=ENG),
            L("1,930", 1930, E, "other:calls", "charity_advice_line_calls", "January to December 2025 (calls from care workers; Fairhaven Work Rights)"),
            L("40%", 40, E, PCT, "charity_advice_line_calls_change", "2025 vs 2024 (up on the year before; Fairhaven Work Rights)"),
            L("£2.1bn", 2100000000, E, GBP, "adult_social_care_funding_increase", "April 2026 to March 2027 (extra funding for councils this year; Department of Health and Social Care)", geo=ENG),
        ]),
    "03-faughan-falcon-derry-asylum-seekers-services": dict(
        meta=dict(url="https://www.faughanfalcon.example/news/derry/number-of-asylum-seekers-in-derry-up-56-in-a-year-as-services-feel-strain-a7731942",
                  title="Number of asylum seekers in Derry up 56% in a year as GPs, schools and charities feel the strain",
                  publisher="Faughan Falcon", author="Ruairí Gallagher-Nkemelu", published_date="2026-03-11"),
        labels=[
            L("56%", 56, E, PCT, ASP + "_change", "31 December 2025 vs 31 December 2024 (up, in a year; headline)", occ=0, geo=DCS),
            L("almost one in five", 20, ALM, PCT, ASP + "_share_derry_city_and_strabane", D25[:-1] + "; of those on asylum support in Northern Ireland; standfirst)", occ=0, geo=NI),
            L("more than half", 50, MT, PCT, ASP + "_change", "31 December 2025 vs 31 December 2024 (rise by, last year)", geo=DCS),
            L("640", 640, E, P, ASP, D25, geo=DCS),
            L("56%", 56, E, PCT, ASP + "_change", "31 December 2025 vs 31 December 2024 (a jump on)", occ=1, geo=DCS),
            L("410", 410, E, P, ASP, D24, geo=DCS),
            L("almost one in five", 20, ALM, PCT, ASP + "_share_derry_city_and_strabane", D25[:-1] + "; of the 3,290 across Northern Ireland)", occ=1, geo=NI),
            L("3,290", 3290, E, P, ASP, D25, geo=NI),
            L("42", 42, E, "other:persons_per_10000_residents", ASP + "_per_10000_residents", D25, geo=DCS),
            L("57", 57, E, "other:persons_per_10000_residents", ASP + "_per_10000_residents", D25, geo="Belfast"),
            L("17", 17, E, "other:persons_per_10000_residents", ASP + "_per_10000_residents", D25[:-1] + "; Northern Ireland as a whole)", geo=NI),
            L("About 210", 210, AP, P, "asylum_hotel_population", D25[:-1] + "; living in hotels in the city)", geo=DER),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", D25[:-1] + "; hotels in the city)", ctx="in two hotels", geo=DER),
            L("some 85,000", 85000, AP, P, POP, "March 2026 (a city of some 85,000 people)", geo=DER),
            L("460", 460, E, P, "gp_registrations_asylum_seekers", "January to December 2025 (registered with GP practices in Derry during 2025; " + WHSCT + ")", geo=DER),
            L("almost double", 2, ALM, RATIO, "gp_registrations_asylum_seekers_ratio", "2025 vs 2024 (" + WHSCT + ")", geo=DER),
            L("240", 240, E, P, "gp_registrations_asylum_seekers", "January to December 2024 (" + WHSCT + ")", geo=DER),
            L("a third", THIRD, E, PCT, "interpreter_requests_change", "2025 vs 2024 (rose by; " + WHSCT + ")", ctx="rose by a third", geo=WHSCT),
            L("7,150", 7150, E, "other:requests", "interpreter_requests", "January to December 2025 (requests for interpreters across the trust's services)", geo=WHSCT),
            L("118", 118, E, P, "school_pupils_asylum_seeking_families", "January 2026 (enrolled in schools in the council area; the Education Authority)", geo=DCS),
            L("31", 31, E, P, "school_pupils_asylum_seeking_families_single_school", "January 2026 (at one primary school in the Waterside; the Education Authority)", ctx="31 of them", geo=DER),
            L("380", 380, E, P, "esol_waiting_list", "March 2026 (North West Regional College's waiting list for English classes)", geo=DER),
            L("up to nine months", 9, AM, MONTHS, "esol_waiting_time", "March 2026 (some wait for a place; North West Regional College)", geo=DER),
            L("2,940", 2940, E, "other:parcels", "food_bank_parcels_asylum_seeking_households", "January to December 2025 (Riverside Pantry)", geo=DER),
            L("roughly 14%", 14, AP, PCT, "food_bank_parcels_share_asylum_seeking_households", "January to December 2025 (of all parcels it gave out; Riverside Pantry)", geo=DER),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week, March 2026 (self-catered housing, section 95 support)"),
            L("£9.95", 9.95, E, GBP, "asylum_support_weekly_allowance_catered", "per week, March 2026 (hotel residents whose meals are provided)"),
            L("96", 96, E, "other:households", "refugees_homeless_after_leaving_asylum_support", "April 2024 to March 2025 (2024/25; the Housing Executive)", geo=DCS),
            L("53", 53, E, "other:households", "refugees_homeless_after_leaving_asylum_support", "April 2023 to March 2024 (the year before; the Housing Executive)", geo=DCS),
            L("20", 20, E, "other:gps", "gp_shortfall", "before 2025 (already short before any of this began; " + MLA + ")", ctx="already 20 GPs short", geo=DER),
            L("around 70", 70, AP, P, "drop_in_visitors", "per week, March 2026 (through the Maiden City Welcome drop-in's doors; Eimear Doherty-Mensah)", geo=DER),
            L("below 200", 200, LT, HOTELS, "asylum_hotels_in_use", "March 2026 (open across the UK; a Home Office spokesperson)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "2023 (at the peak; a Home Office spokesperson)"),
        ]),
    "04-sourcebound-uk-share-europe-asylum-claims": dict(
        meta=dict(url="https://sourcebound.example/fact-checks/does-the-uk-receive-a-fifth-of-europes-asylum-claims",
                  title="Does the UK receive a fifth of Europe's asylum claims?",
                  publisher="Sourcebound", author="Hester Quayle-Bamidele", published_date="2026-03-24"),
        labels=[
            L("a fifth", 20, E, PCT, UKS, "March 2026 (the claim checked; headline)", ctx="receive a fifth of Europe's"),
            L("a fifth", 20, E, PCT, UKS, "March 2026 (now; the claim; What was claimed box)", ctx="receives a fifth of all asylum claims"),
            L("about 12%", 12, AP, PCT, UKS, Y25 + "of applications across the EU, Norway, Switzerland and the UK; Our verdict box)"),
            L("four", 4, E, "other:countries", "countries_more_asylum_applications_than_uk", Y25 + "countries that received more; Our verdict box)", ctx="and four countries received more", geo=EU),
            L("one in five", 20, E, PCT, UKS, "March 2026 (now; the claim; " + CLAIM + ")", occ=0),
            L("about 2.3 million", 2300000, AP, "other:views", "social_media_post_views", "9 to 24 March 2026 (clips and posts repeating the claim, this month)"),
            L("812,400", 812400, E, P, AA, Y25 + EUAA + ")", geo=EU),
            L("19%", -19, E, PCT, AA + "_change", "2025 vs 2024 (fewer than; " + EUAA + ")", geo=EU),
            L("109,300", 109300, E, P, AA, Y25 + "including dependants; Home Office)"),
            L("1%", 1, E, PCT, AA + "_change", "2025 vs 2024 (up on; Home Office)"),
            L("about 921,700", 921700, AP, P, AA, Y25 + "EU+ and UK added together)", geo="EU and UK"),
            L("11.9%", 11.9, E, PCT, UKS, Y25 + "the UK's share of the combined total)"),
            L("roughly one claim in eight", 12.5, AP, PCT, UKS, Y25 + "the UK's share of the combined total)"),
            L("141,600", 141600, E, P, AA, Y25 + "EUAA)", geo="Germany"),
            L("136,200", 136200, E, P, AA, Y25 + "EUAA)", geo=FR),
            L("131,900", 131900, E, P, AA, Y25 + "EUAA)", geo="Spain"),
            L("119,700", 119700, E, P, AA, Y25 + "EUAA)", geo="Italy"),
            L("141.6k", 141600, E, P, AA, Y25 + "EUAA" + CHART, geo="Germany"),
            L("136.2k", 136200, E, P, AA, Y25 + "EUAA" + CHART, geo=FR),
            L("131.9k", 131900, E, P, AA, Y25 + "EUAA" + CHART, geo="Spain"),
            L("119.7k", 119700, E, P, AA, Y25 + "EUAA" + CHART, geo="Italy"),
            L("109.3k", 109300, E, P, AA, Y25 + "Home Office" + CHART),
            L("10,480", 10480, E, P, AA, "October 2025 (Home Office)"),
            L("10,120", 10120, E, P, AA, "October 2025 (EUAA)", geo="Germany"),
            L("about 1.3 million", 1300000, AP, P, AA, "January to December 2015 (at the height of the refugee crisis)", geo=EU),
            L("roughly 40,000", 40000, AP, P, AA, "January to December 2015 (at the height of the refugee crisis)"),
            L("about 3%", 3, AP, PCT, UKS, "January to December 2015 (the UK's share)"),
            L("nearly quadrupled", 4, ALM, RATIO, UKS + "_ratio", "2025 vs 2015 (the UK's share since then)"),
            L("about 1.6", 1.6, AP, APC, AA + "_per_1000_population", Y25 + "claims per 1,000 residents)"),
            L("1.8", 1.8, E, APC, AA + "_per_1000_population", Y25 + "EU+ average)", geo=EU),
            L("6.4", 6.4, E, APC, AA + "_per_1000_population", Y25 + "the highest rate)", geo="Cyprus"),
            L("84,900", 84900, E, P, AA + "_main_applicants", Y25 + "Home Office)"),
            L("24,400", 24400, E, P, AA + "_dependants", Y25 + "most of them children; Home Office)"),
            L("47%", 47, E, PCT, "asylum_grants_share_initial_decisions", Y25 + "initial decisions that were grants; Home Office)"),
            L("38%", 38, E, PCT, "asylum_grants_share_initial_decisions", Y25 + "across the EU+)", geo=EU),
            L("20%", 20, E, PCT, UKS, "not stated (a newspaper report the caller had seen, as a producer recounted; no such report found)"),
        ]),
    "05-leeds-loiner-yorkshire-cities-population-migration": dict(
        meta=dict(url="https://www.leedsloiner.example/news/leeds-population-tops-850000-as-migration-from-abroad-drives-yorkshires-growth-5182936",
                  title="Leeds population tops 850,000 as migration from abroad drives Yorkshire's growth",
                  publisher="Leeds Loiner", author="Harriet Ogundipe-Walsh", published_date="2026-07-16"),
        labels=[
            L("tops 850,000", 850000, MT, P, POP, "30 June 2025 (mid-2025; headline)", geo=LDS),
            L("49,800", 49800, E, P, PG, "mid-2024 to mid-2025 (added in a year; standfirst)", occ=0, geo=YH),
            L("more than 850,000", 850000, MT, P, POP, "30 June 2025 (now has; official estimates)", geo=LDS),
            L("851,600", 851600, E, P, POP, MID25, geo=LDS),
            L("10,100", 10100, E, P, PG, YR25, geo=LDS),
            L("1.2%", 1.2, E, PCT, PC, YR25, geo=LDS),
            L("49,800", 49800, E, P, PG, YR25, occ=1, geo=YH),
            L("5.64m", 5640000, E, P, POP, MID25, geo=YH),
            L("0.9%", 0.9, E, PCT, PC, YR25, ctx="a rise of 0.9%", geo=YH),
            L("58,300", 58300, E, P, "net_migration", YR25[:-1] + "; net international migration added)", geo=YH),
            L("6,600", -6600, E, P, "internal_migration_net", YR25[:-1] + "; the region lost a net 6,600 residents to the rest of the UK)", geo=YH),
            L("1,900", -1900, E, P, NC, YR25[:-1] + "; 1,900 more deaths than births)", geo=YH),
            L("about a third", -THIRD, AP, PCT, "net_migration_change", "year to mid-2025 vs year to mid-2024 (down on the previous year's)", geo=YH),
            L("88,400", 88400, E, P, "net_migration", "mid-2023 to mid-2024 (the previous year's; " + ONS + ")", geo=YH),
            L("0.6%", 0.6, E, PCT, PC, YR25, geo=EW),
            L("62.2 million", 62200000, E, P, POP, MID25, geo=EW),
            L("0.9%", 0.9, E, PCT, PC, YR25, ctx="Sheffield grew by 0.9%", geo=SHF),
            L("575,400", 575400, E, P, POP, MID25, geo=SHF),
            L("0.8%", 0.8, E, PCT, PC, YR25, geo=BFD),
            L("568,700", 568700, E, P, POP, MID25, geo=BFD),
            L("3,100", 3100, E, P, NC, YR25[:-1] + "; births exceeded deaths by, the largest natural increase in Yorkshire)", geo=BFD),
            L("0.3%", 0.3, E, PCT, PC, YR25, geo=HULL),
            L("271,900", 271900, E, P, POP, MID25, geo=HULL),
            L("passed 207,000", 207000, MT, P, POP, "30 June 2025 (for the first time; " + ONS + ")", geo=YRK),
            L("2,900", 2900, E, P, "net_migration", YR25[:-1] + "; net international migrants York gained)", geo=YRK),
            L("nearly three-quarters", 75, ALM, PCT, "net_migration_share_students", YR25[:-1] + "; were students)", geo=YRK),
            L("12,400", 12400, E, P, "net_migration", YR25[:-1] + "; net international migration)", geo=LDS),
            L("3,900", -3900, E, P, "internal_migration_net", YR25[:-1] + "; more people leaving for elsewhere in Britain than arriving)", geo=LDS),
            L("1,600", 1600, E, P, NC, YR25[:-1] + "; births outnumbered deaths by)", geo=LDS),
            L("2,300", 2300, E, P, "population_revision", "30 June 2024 (the mid-2024 estimate, revised up by; " + ONS + ")", geo=LDS),
            L("about 100,000", 100000, AP, P, PG, "27 March 2011 to 30 June 2025 (since the 2011 census)", geo=LDS),
            L("17.4%", 17.4, E, PCT, "population_share_aged_65_and_over", MID25, geo=YH),
            L("about 19,000", 19000, AP, P, "international_students", "2025/26 academic year (now; Dr Priya Lanchester-Boateng, University of Leeds)", geo=LDS),
            L("10,000", 10000, E, P, PG, "per year (a city growing by; Cllr Tom Braithwaite-Nwosu, Leeds City Council)", geo=LDS),
            L("about 4,500", 4500, AP, "other:homes", "housing_need", "per year (new homes needed; Cllr Tom Braithwaite-Nwosu, Leeds City Council)", geo=LDS),
        ]),
    "06-oban-osprey-asylum-backlog-caseworkers-pa": dict(
        meta=dict(url="https://www.obanosprey.example/news/uk-news/asylum-backlog-falls-28-but-appeals-queue-grows-pa-20260828",
                  title="Asylum backlog falls 28% but appeals queue grows as caseworker numbers are cut",
                  publisher="Oban Osprey", author="Callum Rennie-Asante", published_date="2026-08-28"),
        labels=[
            L("28%", -28, E, PCT, ABL + "_change", "30 June 2026 vs 30 June 2025 (falls; headline)", occ=0),
            L("Fewer than 65,000", 65000, LT, P, ABL, "30 June 2026 (now waiting for a first decision; first words)"),
            L("more than a quarter", -25, MT, PCT, ABL + "_change", "30 June 2026 vs 30 June 2025 (a fall of, in a year)"),
            L("64,800", 64800, E, P, ABL, J26),
            L("28%", -28, E, PCT, ABL + "_change", "30 June 2026 vs 30 June 2025 (down; " + HOF + ")", occ=1),
            L("90,000", 90000, E, P, ABL, J25),
            L("almost two-thirds", -TWO3, ALM, PCT, ABL + "_change", "30 June 2026 vs the June 2023 peak (lower than)"),
            L("about 175,000", 175000, AP, P, ABL, "30 June 2023 (the peak)"),
            L("19%", 19, E, PCT, ABL + "_appeals_change", "30 June 2026 vs 30 June 2025 (grew, over the past year)"),
            L("48,700", 48700, E, P, ABL + "_appeals", J26[:-1] + "; the queue of appeals before the immigration tribunal)"),
            L("2,140", 2140, E, P, "asylum_decision_makers", "June 2026 (full-time equivalent decision-makers employed; " + HOF + ")"),
            L("17%", -17, E, PCT, "asylum_decision_makers_change", "June 2026 vs June 2025 (fewer than)"),
            L("2,580", 2580, E, P, "asylum_decision_makers", "June 2025 (a year before; " + HOF + ")"),
            L("4.6", 4.6, E, "other:decisions", "asylum_decisions_per_caseworker", "per month, year to June 2026 (an average per decision-maker)"),
            L("3.4", 3.4, E, "other:decisions", "asylum_decisions_per_caseworker", "per month, year to June 2025 (up from)"),
            L("118,600", 118600, E, P, "asylum_initial_decisions", YJ26),
            L("43%", 43, E, PCT, "asylum_grants_share_initial_decisions", YJ26[:-1] + "; 43% of these were grants of protection)"),
            L("102,900", 102900, E, P, "asylum_applications", YJ26[:-1] + "; claimed asylum over the same 12 months)"),
            L("6%", -6, E, PCT, "asylum_applications_change", "year to June 2026 vs year to June 2025 (fewer than the year before)"),
            L("Just over a third", THIRD, MT, PCT, "asylum_applications_share_small_boat", YJ26[:-1] + "; had arrived by small boat)"),
            L("Some 96,400", 96400, AP, P, ASP, J26),
            L("24,800", 24800, E, P, "asylum_hotel_population", J26),
            L("a fifth", -20, E, PCT, "asylum_hotel_population_change", "30 June 2026 vs 30 June 2025 (fewer than 12 months before)", ctx="a fifth fewer"),
            L("13%", 13, E, PCT, "returns_change", "year to June 2026 vs year to June 2025 (returns rose)"),
            L("36,900", 36900, E, P, "returns", YJ26[:-1] + "; over the year, the department said)"),
            L("5,210", 5210, E, P, ASP, "30 June 2026 (as of 30 June; " + HOF + ")", geo=SCO),
            L("almost nine in 10", 90, ALM, PCT, ASP + "_share_glasgow", "30 June 2026 (of those in Scotland, in Glasgow)", geo=SCO),
            L("3,020", 3020, E, P, ASP, "30 June 2026 (as of 30 June; " + HOF + ")", geo=WAL),
            L("53 weeks", 53, E, "other:weeks", "asylum_appeal_wait_average", "year to June 2026 (the average appeal took; Ministry of Justice tribunal figures)"),
            V("tens of thousands", 20000, 90000, P, ABL, "July 2024 (the system we took over, left in limbo; " + MIN + ")"),
            V("millions", 2000000, 9000000, GBP, "asylum_cost_hotels", "per day, July 2024 (hotels costing the taxpayer millions every day; " + MIN + ")"),
            L("more than 230,000", 230000, MT, P, "asylum_initial_decisions", "July 2024 to August 2026 (since July 2024; " + MIN + ")"),
            L("£290m", 290000000, E, GBP, "payment_to_rwanda", "2022 to 2024 (our predecessors handed Rwanda; " + MIN + ")"),
            L("four", 4, E, P, "rwanda_relocations", "2022 to 2024 (volunteers flown to Kigali; " + MIN + ")", ctx="flew four volunteers"),
            L("nearly 8,000", 8000, ALM, P, ABL + "_appeals_change", "30 June 2026 vs 30 June 2025 (appeals up by, in a year; the shadow home secretary)"),
            L("roughly half", 50, AP, PCT, "asylum_appeals_share_allowed", "2026 (appeals that succeed; Anya Kowalczyk-Brennan, Sanctuary Law Network)"),
        ]),
    "07-the-quorum-universities-overseas-student-fees": dict(
        meta=dict(url="https://www.thequorum.example/article/universities-lean-on-overseas-fees-for-almost-a-quarter-of-income-q8v2ntd4",
                  title="Universities lean on overseas fees for almost a quarter of income as deficits spread",
                  publisher="The Quorum", author="Lucian Farrow-Adekunle", published_date="2026-05-14"),
        labels=[
            L("almost a quarter", 25, ALM, PCT, UIS, "2024-25 (of income; headline)", occ=0, geo=ENG),
            L("45%", 45, E, PCT, USE, "April 2025 to March 2026 (2025-26, this year, of institutions in England; standfirst)", occ=0, geo=ENG),
            L("£1.4bn", 1400000000, E, GBP, "university_fee_income_shortfall", "2025-26 (a hole opened by weaker recruitment; standfirst)", ctx="a £1.4bn hole", geo=ENG),
            L("almost a quarter", 25, ALM, PCT, UIS, "2024-25 (of their income; the higher education regulator)", occ=1, geo=ENG),
            L("nearly half", 50, ALM, PCT, USE, "2025-26 (the sector pushed towards deficit)", geo=ENG),
            L("£11.8 billion", 11800000000, E, GBP, "international_student_fee_income", "August 2024 to July 2025 (2024-25; " + OFS + ")", geo=ENG),
            L("23.4%", 23.4, E, PCT, UIS, "2024-25 (of total income; " + OFS + ")", geo=ENG),
            L("£50.4 billion", 50400000000, E, GBP, "university_income", "2024-25 (total income; " + OFS + ")", geo=ENG),
            L("13%", 13, E, PCT, UIS, "2014-15 (a decade earlier; " + OFS + ")", geo=ENG),
            L("45%", 45, E, PCT, USE, "2025-26 (of the providers the OfS examined; " + OFS + ")", occ=1, geo=ENG),
            L("40%", 40, E, PCT, USE, "2024-25 (in last year's report)", geo=ENG),
            L("8.5%", 8.5, E, PCT, "international_students_planned_change", "2025-26 vs 2024-25 (universities had planned for overseas recruitment to grow by)", geo=ENG),
            L("about 4%", -4, AP, PCT, "international_students_change", "2025-26 vs 2024-25 (the OfS believes numbers will fall by)", geo=ENG),
            L("roughly £1.4bn", 1400000000, AP, GBP, "university_fee_income_shortfall", "2025-26 (short of what institutions budgeted for; the OfS)", geo=ENG),
            L("393,000", 393000, E, P, "visas_granted_study", "April 2025 to March 2026 (the 12 months to March; main applicants; Home Office)"),
            L("5%", -5, E, PCT, "visas_granted_study_change", "year to March 2026 vs year to March 2025 (fewer than a year earlier)"),
            L("a fifth", -20, E, PCT, "visas_granted_study_change", "year to March 2026 vs the 2022-23 peak (down on)", ctx="down a fifth"),
            L("18,200", 18200, E, P, "visas_granted_study_dependants", "April 2025 to March 2026 (over the same 12 months; Home Office)"),
            L("86%", -86, E, PCT, "visas_granted_study_dependants_change", "year to March 2026 vs 2023 (down on the 2023 total)"),
            L("about 134,000", 134000, AP, P, "visas_granted_study_dependants", "January to December 2023 (the 2023 total)"),
            L("roughly a quarter", 25, AP, PCT, "international_students_share_china", "autumn 2025 (of international entrants last autumn)"),
            L("about a fifth", 20, AP, PCT, "international_students_share_india", "autumn 2025 (of international entrants last autumn)"),
            R("between £22,000 and £38,000", 22000, 38000, GBP, "international_student_tuition_fee", "per year, 2026 (what overseas undergraduates typically pay)"),
            L("as much as £68,000", 68000, AM, GBP, "international_student_tuition_fee_medicine", "per year, 2026 (a medical degree can cost)"),
            L("£9,535", 9535, E, GBP, "home_student_tuition_fee_cap", "per year, 2025-26 (home fees are capped at)", geo=ENG),
            L("about £1,750", 1750, AP, GBP, "home_student_teaching_loss_per_student", "per year, 2024-25 (lost on every home student taught; the OfS)", geo=ENG),
            L("69p", 0.69, E, GBP, "research_cost_recovery_per_pound", "2024-25 (recovered of every pound research costs; the OfS)", geo=ENG),
            L("£925", 925, E, GBP, "international_student_levy", "per year from 2028 (for each overseas student)", geo=ENG),
            L("about £460m", 460000000, AP, GBP, "international_student_levy_revenue", "per year from 2028 (the Treasury's expected yield)", geo=ENG),
            L("31%", 31, E, PCT, "university_students_share_international", "2025-26 (of our students; " + VC + ")", geo=HAV),
            L("52%", 52, E, PCT, "university_fee_income_share_international", "2025-26 (of our fee income; " + VC + ")", geo=HAV),
            L("240", 240, E, P, "university_job_cuts", "2025-26 (posts cut this year; " + VC + ")", geo=HAV),
            L("more than 10,000", 10000, MT, P, "university_job_cuts", "November 2024 to May 2026 (the past 18 months, across UK higher education; the University and College Union)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
