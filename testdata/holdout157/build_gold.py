#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-fifty-seventh hand-labelled hold-out set (holdout157).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, NM)

UK, NI, FR, WAL, SCO = "UK", "Northern Ireland", "France", "Wales", "Scotland"
HOUSEHOLDS, FLIGHTS, PPF = "other:households", "other:flights", "other:persons_per_flight"
PER10K, VISITS, PENALTIES = "other:persons_per_10000_residents", "other:visits", "other:penalties"
SHARES, VACANCIES = "other:shares", "other:vacancies"
TWO3 = 200 / 3

# 01 (Thursday 13 August 2026; Home Office daily figures for Wednesday 12 August 2026, released Thursday morning)
WED = "Wednesday 12 August 2026 ("
YTD = "1 January to 12 August 2026 ("
H1 = "January to June 2026 (the first half of the year; the Home Office's latest nationality breakdown"
HOS = "a Home Office spokesperson"
SHS = "the shadow home secretary"

# 02 (Wednesday 18 March 2026; Housing Executive figures released to the paper; NISRA mid-year estimates released
# Thursday 12 March 2026)
RH = "refugees_homeless_after_leaving_asylum_support"
NISRA = "NISRA mid-year estimates released Thursday 12 March 2026"
MY25 = "mid-2024 to mid-2025 (the 12 months to mid-2025; " + NISRA + ")"
NIHE = "Northern Ireland Housing Executive"
MLA = "Ruairí Dornan-Abiola MLA"
DFC = "Department for Communities"

# 03 (Tuesday 9 June 2026; papers seen by The Mizzen)
AASC = "asylum_accommodation_contracts_cost"
PAP = "papers seen by The Mizzen"
FY26 = "April 2025 to March 2026 (2025/26, last year; " + PAP + ")"
CHAIR = "the chairwoman of the home affairs select committee"
OFF = "a former Home Office procurement official"
HOSW = "a Home Office spokeswoman"

# 04 (Friday 24 April 2026; claim made on the radio on Monday 20 April 2026)
CLAIM = "asylum_seekers_working_illegally_claim"
MHQ = "Miles Hatherell-Quaye"
Y25 = "January to December 2025 (last year; Home Office figures"
IWA = "illegal_working_arrests"

# 05 (Wednesday 26 August 2026; Home Office figures published Thursday 20 August 2026, for the end of June 2026)
ASP = "asylum_support_population"
HO5 = "Home Office figures published Thursday 20 August 2026"
J26 = "30 June 2026 (when June ended; " + HO5 + ")"
J25 = "30 June 2025 (twelve months earlier; " + HO5 + ")"
CLLR = "Cllr Eluned Harcombe-Osei, Cardiff Council"
SBC5 = "Abena Prys-Oduro, Sanctuary Bay Cymru"

# 06 (Saturday 14 November 2026; Home Office figures published Thursday 12 November 2026 for the year to September 2026)
HO6 = "Home Office figures published Thursday 12 November 2026"
YS = "October 2025 to September 2026 (the year to September; "
YS26 = YS + HO6 + ")"
YS25 = "October 2024 to September 2025 (the previous year; " + HO6 + ")"
LAB = "5 July 2024 to November 2026 ("

# 07 (Wednesday 16 September 2026; ONS labour market release of Tuesday 15 September 2026, for May to July 2026)
ONS7 = "ONS labour market release, Tuesday 15 September 2026"
MJ = "May to July 2026 (the three months to July; " + ONS7 + ")"
YC = "May to July 2026 vs May to July 2025 (in the year to July; " + ONS7 + ")"
EBA = "employment_born_abroad"
IFA = "Imogen Featherstonehaugh-Ali, Pellworth Capital"

ARTICLES = {
    "01-trefoil-news-channel-crossings-pass-30000": dict(
        meta=dict(url="https://www.trefoilnews.example/news/uk-71820463",
                  title="Channel crossings pass 30,000 for 2026 after busiest day on record",
                  publisher="Trefoil News", author="Ifeoma Castellane-Price", published_date="2026-08-13"),
        labels=[
            L("pass 30,000", 30000, MT, P, SBA, YTD + "for 2026; headline)"),
            L("1,347", 1347, E, P, SBA, WED + "crossed on Wednesday; caption)", occ=0),
            L("More than 30,000", 30000, MT, P, SBA, YTD + "during 2026, now)"),
            L("1,347", 1347, E, P, SBA, WED + "the largest number ever logged in one day; Home Office figures released Thursday 13 August 2026)", occ=1),
            L("22", 22, E, BOATS, SBC, WED + "Wednesday's crossings; Home Office figures)", ctx="in 22 boats"),
            L("1,295", 1295, E, P, SBA, "a single day in August 2022 (the previous daily high)"),
            L("30,418", 30418, E, P, SBA, YTD + "the count for 2026)"),
            L("21%", 21, E, PCT, SBA + "_change", "1 January to 12 August 2026 vs the same point of 2025 (more than at this point last year)"),
            L("25,140", 25140, E, P, SBA, "1 January to 12 August 2025 (at this point last year)"),
            L("2,412", 2412, E, P, SBA, "6 to 12 August 2026 (in the past seven days alone)"),
            L("61", 61, E, PPB, "small_boat_occupancy", WED + "an average per boat)", ctx="an average of 61 people"),
            L("more than four times", 4, MT, RATIO, "small_boat_occupancy_ratio", "Wednesday 12 August 2026 vs 2020 (the typical load in 2020)"),
            L("8,466", 8466, E, P, SBA, "January to December 2020 (crossed in total)"),
            L("790", 790, E, P, SBA, WED + "picked up at sea by Border Force and taken into Dover)", geo="Dover"),
            L("45.8k", 45800, E, P, SBA, "January to December 2022 (chart)"),
            L("29.4k", 29400, E, P, SBA, "January to December 2023 (chart)"),
            L("36.8k", 36800, E, P, SBA, "January to December 2024 (chart)"),
            L("41.5k", 41500, E, P, SBA, "January to December 2025 (chart)"),
            L("30.4k", 30400, E, P, SBA, YTD + "2026 to 12 August; chart)"),
            L("19,830", 19830, E, P, SBA, H1 + ")"),
            L("19%", 19, E, PCT, "small_boat_arrivals_share_eritrean", H1 + "; the largest group)"),
            L("14%", 14, E, PCT, "small_boat_arrivals_share_afghan", H1 + ")"),
            L("12%", 12, E, PCT, "small_boat_arrivals_share_sudanese", H1 + ")"),
            L("nearly two-thirds", TWO3, ALM, PCT, "small_boat_arrivals_share_top_five_nationalities", H1 + "; Eritreans, Afghans, Sudanese, Iranians and Syrians)"),
            L("Some 960", 960, AP, P, "small_boat_arrivals_vietnamese", H1 + ")"),
            L("about a third", 1 / 3, AP, RATIO, "small_boat_arrivals_vietnamese_ratio", "January to June 2026 vs January to June 2025 (the same months of 2025)"),
            L("2,870", 2870, E, P, "small_boat_arrivals_vietnamese", "January to June 2025 (the same months of 2025)"),
            L("Roughly one in seven", 100 / 7, AP, PCT, "small_boat_arrivals_share_children", H1 + "; said they were under 18)"),
            L("three-quarters", 75, E, PCT, "small_boat_arrivals_share_adult_men", H1 + ")"),
            L("At least 31", 31, AL, P, "small_boat_deaths", "1 January to 13 August 2026 (since January, trying to reach England by boat; International Organization for Migration)"),
            L("more than 50,000", 50000, MT, P, "returns", "5 July 2024 to August 2026 (removed or returned since July 2024; " + HOS + ")"),
            L("11,600", 11600, E, P, "small_boat_crossings_prevented", "1 January to 13 August 2026 (so far this year, blocked from boarding boats by French officers; " + HOS + ")", geo=FR),
            L("Thirty thousand", 30000, E, P, SBA, "1 January to 12 August 2026 (in barely seven months; " + SHS + ")"),
        ]),
    "02-cromac-linnet-ni-migration-refugee-homelessness": dict(
        meta=dict(url="https://www.cromaclinnet.example/news/northern-ireland/refugee-homelessness-cases-rise-40-as-migration-drives-ni-population-growth-50417736.html",
                  title="Refugee homelessness cases rise 40% as migration drives NI population growth",
                  publisher="Cromac Linnet", author="Niamh Carrick-Adebanjo", published_date="2026-03-18"),
        labels=[
            L("40%", 40, E, PCT, RH + "_change", "2025 vs 2024 (rise; headline)", occ=0, geo=NI),
            L("1,150", 1150, E, HOUSEHOLDS, RH, "January to December 2025 (refugee households the Housing Executive dealt with last year; standfirst)", occ=0, geo=NI),
            L("8,700", 8700, E, P, NM, "mid-2024 to mid-2025 (net migration added to Northern Ireland; " + NISRA + "; standfirst)", occ=0, geo=NI),
            L("40%", 40, E, PCT, RH + "_change", "2025 vs 2024 (jumped by, last year; " + NIHE + ")", occ=1, geo=NI),
            L("Some 1,150", 1150, AP, HOUSEHOLDS, RH, "January to December 2025 (presented as homeless during 2025; figures released to the Cromac Linnet)", geo=NI),
            L("820", 820, E, HOUSEHOLDS, RH, "January to December 2024 (in 2024; figures released to the Cromac Linnet)", geo=NI),
            L("60%", 60, E, PCT, RH + "_share_single_adults", "January to December 2025 (single adults, of these)", geo=NI),
            L("about one in 14", 100 / 14, AP, PCT, "homelessness_presentations_share_refugees", "January to December 2025 (of all homelessness presentations, last year)", geo=NI),
            L("16,300", 16300, E, HOUSEHOLDS, "homelessness_presentations", "January to December 2025 (totalled last year)", geo=NI),
            L("more than 300", 300, MT, HOUSEHOLDS, "refugee_households_temporary_accommodation", "31 January 2026 (at the end of January; hostels, B&Bs and leased flats)", geo=NI),
            L("passes 1.93 million", 1930000, MT, P, "population", "30 June 2025 (mid-2025; cross-head)", geo=NI),
            L("1.93 million", 1930000, E, P, "population", "30 June 2025 (mid-2025; " + NISRA + ")", ctx="reached 1.93 million", geo=NI),
            L("11,200", 11200, E, P, "population_growth", MY25, geo=NI),
            L("8,700", 8700, E, P, NM, "mid-2024 to mid-2025 (net international migration accounted for; " + NISRA + ")", occ=1, geo=NI),
            L("almost four-fifths", 80, ALM, PCT, "net_migration_share_of_population_growth", MY25, geo=NI),
            L("19,600", 19600, E, P, "immigration", "mid-2024 to mid-2025 (arrived from outside the UK and Ireland, an estimated; " + NISRA + ")", geo=NI),
            L("10,900", 10900, E, P, "emigration", "mid-2024 to mid-2025 (left; " + NISRA + ")", geo=NI),
            L("6,300", 6300, E, P, NM, "mid-2023 to mid-2024 (the net inflow a year earlier; " + NISRA + ")", geo=NI),
            L("1,900", 1900, E, P, "population_natural_change", "mid-2024 to mid-2025 (births outnumbered deaths by, the smallest natural increase recorded; " + NISRA + ")", geo=NI),
            L("41%", 41, E, PCT, "net_migration_share_of_ni_total", "mid-2024 to mid-2025 (of the net international inflow; " + NISRA + ")", geo="Belfast"),
            L("2,960", 2960, E, P, ASP, "31 December 2025 (being supported here when December ended; Home Office data)", geo=NI),
            L("roughly 3%", 3, AP, PCT, "asylum_support_population_share_ni", "31 December 2025 (of the UK-wide figure; Home Office data)"),
            L("one in three", 100 / 3, E, PCT, "charity_service_users_share_slept_rough", "February 2026 (those using the Lagan Sanctuary Network drop-in who had spent a night on the streets since recognition; Gráinne McAlinden-Sesay)", geo=NI),
            L("47,300", 47300, E, HOUSEHOLDS, "housing_waiting_list_households", "March 2026 (now; " + NIHE + ")", geo=NI),
            L("35,100", 35100, E, HOUSEHOLDS, "housing_waiting_list_households_housing_stress", "March 2026 (in housing stress; " + NIHE + ")", geo=NI),
            L("fewer than 6%", 6, LT, PCT, "housing_waiting_list_households_share_non_uk_irish_nationals", "March 2026 (applicants who were not UK or Irish nationals; " + NIHE + " spokeswoman)", geo=NI),
            L("£1.8m", 1800000, E, GBP, "refugee_housing_advice_pilot_funding", "2026 to 2028 (the " + DFC + "' advice pilot, over two years; " + MLA + ")", geo=NI),
            L("up to 600", 600, AM, HOUSEHOLDS, "refugee_housing_advice_pilot_households", "2026 to 2028 (over two years; a " + DFC + " spokesperson)", geo=NI),
        ]),
    "03-the-mizzen-asylum-accommodation-contracts-cost": dict(
        meta=dict(url="https://www.themizzen.example/article/asylum-housing-contracts-to-cost-16-9bn-almost-four-times-first-estimate-qx7wm3lp",
                  title="Asylum housing contracts to cost £16.9bn, almost four times first estimate",
                  publisher="The Mizzen", author="Hugo Lindqvist-Amadi", published_date="2026-06-09"),
        labels=[
            L("£16.9bn", 16900000000, E, GBP, AASC, "2019 to 2029 (the ten-year contracts, latest forecast; headline)"),
            L("almost four times", 4, ALM, RATIO, AASC + "_ratio", "latest forecast vs the first estimate of 2019 (headline)", occ=0),
            L("roughly £4.7m", 4700000, AP, GBP, AASC, "per day, April 2025 to March 2026 (paid to three firms, last year; standfirst)"),
            L("£16.9 billion", 16900000000, E, GBP, AASC, "2019 to 2029 (has climbed to; " + PAP + ")"),
            L("almost four times", 4, ALM, RATIO, AASC + "_ratio", "latest forecast vs the sum pencilled in when signed in 2019", occ=1),
            L("£4.5 billion", 4500000000, E, GBP, AASC + "_original_forecast", "2019 to 2029 (first expected, when signed in 2019)"),
            L("£1.6bn", 1600000000, E, GBP, AASC + "_revision", "2019 to 2029 (the latest forecast revised up by, on the National Audit Office's estimate; " + PAP + ")"),
            L("£15.3bn", 15300000000, E, GBP, AASC, "2019 to 2029 (estimated by the National Audit Office last year, 2025)"),
            L("£1.71bn", 1710000000, E, GBP, AASC, FY26),
            L("18%", -18, E, PCT, AASC + "_change", "2025/26 vs 2024/25 (down on the previous financial year)"),
            L("£2.09bn", 2090000000, E, GBP, AASC, "April 2024 to March 2025 (2024/25, the previous financial year)"),
            L("about £4.7m", 4700000, AP, GBP, AASC, "per day, April 2025 to March 2026 (for every day of the year)"),
            L("58%", 58, E, PCT, "asylum_accommodation_cost_share_hotels", "April 2025 to March 2026 (of accommodation spending, last year)"),
            L("29%", 29, E, PCT, "asylum_accommodation_population_share_hotels", "April 2025 to March 2026 (of the people in contracted accommodation, last year)"),
            L("27,140", 27140, E, P, "asylum_hotel_population", "31 March 2026 (at the end of March)"),
            L("182", 182, E, HOTELS, "asylum_hotels_in_use", "31 March 2026 (at the end of March)"),
            L("93,600", 93600, E, P, "asylum_accommodation_population", "31 March 2026 (in all, in contracted accommodation)"),
            L("210", 210, E, HOTELS, "asylum_hotels_in_use", "31 March 2025 (a year earlier)"),
            L("exceeded 400", 400, MT, HOTELS, "asylum_hotels_in_use", "2023 (at the peak)"),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "per night, April 2025 to March 2026 (2025/26, on average)"),
            L("£14", 14, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, April 2025 to March 2026 (a bed in dispersed housing)"),
            L("more than ten times", 10, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2025/26 (the hotel rate vs dispersed housing)"),
            L("£412m", 412000000, E, GBP, "asylum_accommodation_provider_profit", "2019 to March 2026 (combined profits of the three providers; " + PAP + ")"),
            L("£58m", 58000000, E, GBP, "asylum_accommodation_excess_profit_recovered", "2019 to June 2026 (returned to the Treasury so far)"),
            L("about one pound in every seven", 100 / 7, AP, PCT, "asylum_accommodation_excess_profit_recovered_share_of_profit", "2019 to June 2026 (of the £412m profits)"),
            R("£35m to £50m", 35000000, 50000000, GBP, "asylum_accommodation_excess_profit_owed", "April 2025 to March 2026 (the last financial year, a further sum likely to be owed; officials)"),
            L("less than a third", 1 / 3, LT, RATIO, AASC + "_ratio", "the 2019 estimate vs the current forecast (sold to parliament at; " + CHAIR + ")"),
            L("£412 million", 412000000, E, GBP, "asylum_accommodation_provider_profit", "2019 to March 2026 (" + CHAIR + ")"),
            L("about 50,000", 50000, AP, P, "contract_forecast_asylum_backlog_assumption", "2019 (the backlog assumed by the 2019 forecasts; " + OFF + ")"),
            L("more than 175,000", 175000, MT, P, "asylum_backlog", "2023 (the peak it later reached; " + OFF + ")"),
            L("more than three times", 3, MT, RATIO, "asylum_backlog_ratio", "the later peak vs the 2019 forecasts' assumption (" + OFF + ")"),
            V("millions of pounds", 2000000, 9000000, GBP, "asylum_cost_hotels", "per day, July 2024 (the hotel bill the government was left; " + HOSW + ")"),
            L("less than half as many", 0.5, LT, RATIO, "asylum_hotels_in_use_ratio", "June 2026 vs the 2023 peak (" + HOSW + ")"),
            L("38%", -38, E, PCT, "asylum_backlog_change", "June 2025 to June 2026 (fallen by, in a year; " + HOSW + ")"),
        ]),
    "04-checkroom-asylum-seekers-working-illegally-claim": dict(
        meta=dict(url="https://checkroom.example/fact-checks/60000-asylum-seekers-working-illegally",
                  title="Are 60,000 asylum seekers working illegally?",
                  publisher="CheckRoom", author="Perpetua Ndiaye-Lockhart", published_date="2026-04-24"),
        labels=[
            L("60,000", 60000, E, P, CLAIM, "April 2026 (the claim; headline question)", occ=0),
            L("60,000", 60000, E, P, CLAIM, "Monday 20 April 2026 (working illegally in this country; " + MHQ + "; What was said box)", occ=1),
            L("2,310", 2310, E, P, IWA + "_asylum_seekers", Y25 + "; Our verdict box)", occ=0),
            L("9,120", 9120, E, P, IWA, Y25 + "; Our verdict box)", occ=0),
            L("60,000", 60000, E, P, CLAIM, "April 2026 (the figure appears to come from a think tank; Our verdict box)", occ=2),
            L("more than 9,000", 9000, MT, SHARES, "claim_clip_shares", "20 to 24 April 2026 (times the clip has been shared on social media)"),
            L("103,500", 103500, E, P, ASP, "31 December 2025 (at the end of December; receiving asylum support)"),
            L("31,200", 31200, E, P, "asylum_hotel_population", "31 December 2025 (at the end of December; living in hotels)"),
            L("nearly three in five", 60, ALM, PCT, CLAIM + "_share_of_asylum_support_population", "31 December 2025 (of everyone on asylum support, if the claim were right)"),
            L("1,040", 1040, E, P, "permission_to_work_holders", "31 December 2025 (at the end of 2025, held that permission)"),
            L("13,460", 13460, E, VISITS, "illegal_working_visits", "January to December 2025 (in 2025; Immigration Enforcement)"),
            L("41%", 41, E, PCT, "illegal_working_visits_change", "2025 vs 2024 (more than the year before)"),
            L("9,120", 9120, E, P, IWA, "January to December 2025 (arrests those visits led to)", occ=1),
            L("42%", 42, E, PCT, IWA + "_change", "2025 vs 2024 (up)"),
            L("6,420", 6420, E, P, IWA, "January to December 2024 (in 2024)"),
            L("2,310", 2310, E, P, IWA + "_asylum_seekers", "January to December 2025 (asylum seekers or with a claim pending, of those arrested; the Home Office told CheckRoom)", occ=1),
            L("about a quarter", 25, AP, PCT, IWA + "_share_asylum_seekers", "January to December 2025 (of the total arrested)"),
            L("60,000", 60000, E, P, CLAIM, "April 2026 (the claim's figure)", occ=3),
            L("more than 25 times", 25, MT, RATIO, CLAIM + "_ratio", "the claim vs asylum seekers arrested for illegal working in 2025"),
            L("1,780", 1780, E, P, "delivery_riders_stopped_spot_checks", "November 2025 (last November, checked in a national operation)"),
            L("412", 412, E, P, IWA + "_delivery_riders", "November 2025 (arrested in the national operation)"),
            L("171", 171, E, P, IWA + "_delivery_riders_asylum_seekers", "November 2025 (of those arrested in the operation)"),
            L("about four in ten", 40, AP, PCT, IWA + "_delivery_riders_share_asylum_seekers", "November 2025 (of those arrested in the operation)"),
            L("60,000", 60000, E, P, CLAIM, "April 2026 (cross-head)", occ=4),
            R("between 40,000 and 80,000", 40000, 80000, P, "gig_economy_illegal_workers_estimate", "2025 (working illegally in app-based delivery and driving; Sallowfield Institute report)"),
            L("60,000", 60000, E, P, CLAIM, "April 2026 (the midpoint of that range, the figure he quoted; " + MHQ + ")", occ=5),
            R("between 594,000 and 745,000", 594000, 745000, P, "irregular_migrant_population", "estimate published 2020 (the UK's whole irregular migrant population; a study for the Greater London Authority)"),
            L("674,000", 674000, E, P, "irregular_migrant_population", "estimate published 2020 (the central figure; a study for the Greater London Authority)"),
            L("up to £60,000", 60000, AM, GBP, "illegal_working_civil_penalty_per_worker", "April 2026 (the civil penalty per person employed illegally)"),
            L("3,920", 3920, E, PENALTIES, "illegal_working_civil_penalties", "January to December 2025 (issued in 2025)"),
            L("£142m", 142000000, E, GBP, "illegal_working_civil_penalties_value", "January to December 2025 (total value of the penalties issued in 2025)"),
            L("more than 1,200", 1200, MT, P, "delivery_platform_riders_removed", "2025 to April 2026 (removed since facial verification checks were brought in; the three largest delivery platforms)"),
        ]),
    "05-canton-curlew-asylum-seekers-refugees-housed-wales": dict(
        meta=dict(url="https://www.cantoncurlew.example/news/cardiff-news/cardiff-houses-more-asylum-seekers-anywhere-wales-29174306",
                  title="Cardiff houses more asylum seekers than anywhere else in Wales, with 1,240 in the city",
                  publisher="Canton Curlew", author="Rhodri Penhaligon-Mensah", published_date="2026-08-26"),
        labels=[
            L("1,240", 1240, E, P, ASP, "30 June 2026 (in the city; headline)", occ=0, geo="Cardiff"),
            L("9%", 9, E, PCT, ASP + "_change", "30 June 2026 vs 30 June 2025 (up, in a year; standfirst)", occ=0, geo=WAL),
            L("3,380", 3380, E, P, ASP, "30 June 2026 (supported across Wales; standfirst)", occ=0, geo=WAL),
            L("1,240", 1240, E, P, ASP, J26, occ=1, geo="Cardiff"),
            L("more than a third", THIRD, MT, PCT, "asylum_support_population_share_cardiff", J26, geo=WAL),
            L("3,380", 3380, E, P, ASP, J26, occ=1, geo=WAL),
            L("9%", 9, E, PCT, ASP + "_change", "30 June 2026 vs 30 June 2025 (higher than twelve months earlier)", occ=1, geo=WAL),
            L("3,100", 3100, E, P, ASP, J25, geo=WAL),
            L("860", 860, E, P, ASP, J26, geo="Swansea"),
            L("710", 710, E, P, ASP, J26, geo="Newport"),
            L("390", 390, E, P, ASP, J26, geo="Wrexham"),
            L("almost 95%", 95, ALM, PCT, "asylum_support_population_share_four_dispersal_areas", J26, geo=WAL),
            L("180", 180, E, P, ASP, "30 June 2026 (spread across the other 18 councils, outside the four dispersal areas; " + HO5 + ")", geo=WAL),
            L("about 44", 44, AP, PER10K, ASP + "_per_10000_residents", J26, geo="Newport"),
            L("33", 33, E, PER10K, ASP + "_per_10000_residents", J26, ctx="against 33 in Cardiff", geo="Cardiff"),
            L("roughly 11", 11, AP, PER10K, ASP + "_per_10000_residents", J26, geo=WAL),
            L("15", 15, E, PER10K, ASP + "_per_10000_residents", "30 June 2026 (the average for the UK)", ctx="is 15 per 10,000"),
            L("Two", 2, E, HOTELS, "asylum_hotels_in_use", "30 June 2026 (still open; cross-head)", ctx="Two hotels still open", geo=WAL),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", "30 June 2026 (still in use when June closed)", ctx="Just two Welsh hotels", geo=WAL),
            L("210", 210, E, P, "asylum_hotel_population", "30 June 2026 (living in the two hotels)", geo=WAL),
            L("six", 6, E, HOTELS, "asylum_hotels_in_use", "30 June 2025 (a year earlier)", ctx="there had been six", geo=WAL),
            L("3.2%", 3.2, E, PCT, "asylum_support_population_share_wales", J26),
            L("104,200", 104200, E, P, ASP, J26),
            L("4.6%", 4.6, E, PCT, "population_share_wales_of_uk", "2026 (Wales's share of the UK's population)"),
            L("640", 640, E, HOUSEHOLDS, RH, "April 2025 to March 2026 (2025/26, refugee households seeking help with homelessness; Welsh councils)", geo=WAL),
            L("a third", THIRD, E, PCT, RH + "_change", "2025/26 vs 2024/25 (up, on the year before)", ctx="up by a third", geo=WAL),
            L("£3.1m", 3100000, E, GBP, "council_refugee_temporary_accommodation_cost", "April 2025 to March 2026 (the same year; Cardiff Council)", geo="Cardiff"),
            L("8,000", 8000, E, HOUSEHOLDS, "housing_waiting_list_households", "August 2026 (already on the waiting list; " + CLLR + ")", geo="Cardiff"),
            L("£4.2m", 4200000, E, GBP, "welsh_government_sanctuary_funding", "April 2026 to March 2027 (2026/27, the Nation of Sanctuary programme)", geo=WAL),
            L("c. 600", 600, AP, P, "charity_refugees_supported", "per year (refugees the charity works with; Sanctuary Bay Cymru)", geo=WAL),
            L("half", 50, E, PCT, "charity_service_users_share_no_bank_account", "July 2026 (of the refugees the team helped, with no bank account when support ended; " + SBC5 + ")", ctx="said half of the refugees", geo=WAL),
            L("about 7,800", 7800, AP, P, "ukrainian_arrivals", "March 2022 to August 2026 (since March 2022, super sponsor route and Homes for Ukraine)", geo=WAL),
        ]),
    "06-daily-harrumph-deportation-flights-record": dict(
        meta=dict(url="https://www.harrumph.example/news/politics/2093417/deportation-flights-record-74-enforced-returns-11380",
                  title="Deportation flights hit record 74 in a year as 11,380 migrants forcibly removed",
                  publisher="Daily Harrumph", author="Crispin Vautrin-Obi", published_date="2026-11-14"),
        labels=[
            L("74", 74, E, FLIGHTS, "charter_removal_flights", "October 2025 to September 2026 (in a year, a record; headline)", occ=0),
            L("11,380", 11380, E, P, "returns_enforced", "October 2025 to September 2026 (forcibly removed, in a year; headline)", occ=0),
            L("one in nine", 100 / 9, E, PCT, "returns_share_of_small_boat_arrivals", LAB + "since Labour took power, sent packing; standfirst)", occ=0),
            L("74", 74, E, FLIGHTS, "charter_removal_flights", YS26, occ=1),
            L("3,120", 3120, E, P, "returns_charter_flights", YS26),
            L("2,240", 2240, E, P, "returns_charter_flights", YS25),
            L("39%", 39, E, PCT, "returns_charter_flights_change", "year to September 2026 vs the previous year (a rise of)"),
            L("51", 51, E, FLIGHTS, "charter_removal_flights", "October 2024 to September 2025 (in the 12 months before)", ctx="Just 51 flights"),
            L("42", 42, E, PPF, "charter_removal_flight_occupancy", "October 2025 to September 2026 (an average of, on each plane)", ctx="an average of 42"),
            L("£31.6million", 31600000, E, GBP, "charter_removal_flights_cost", YS + "in total; " + HO6 + ")"),
            L("around £10,100", 10100, AP, GBP, "charter_removal_flights_cost_per_person", YS + "for every person removed; " + HO6 + ")"),
            L("11,380", 11380, E, P, "returns_enforced", YS + "the highest annual total since 2016; " + HO6 + ")", occ=1),
            L("17%", 17, E, PCT, "returns_enforced_change", "year to September 2026 vs the year before (up)"),
            L("9,730", 9730, E, P, "returns_enforced", YS25),
            L("26,900", 26900, E, P, "returns_voluntary", YS + "left voluntarily, a further; " + HO6 + ")"),
            L("seven in ten", 70, E, PCT, "returns_share_voluntary", YS + "voluntary departures, of returns overall; " + HO6 + ")"),
            L("38,280", 38280, E, P, "returns", YS + "returns overall; " + HO6 + ")"),
            L("more than a quarter", 25, MT, PCT, "returns_enforced_share_albanian", YS + "Albanians, of enforced removals; " + HO6 + ")"),
            L("doubled", 2, E, RATIO, "returns_enforced_vietnam_ratio", "year to September 2026 vs the previous year (removals to Vietnam)"),
            L("1,460", 1460, E, P, "returns_enforced_vietnam", YS + "removals to Vietnam; " + HO6 + ")"),
            L("Some 5,960", 5960, AP, P, "returns_foreign_national_offenders", YS + "foreign criminals deported over the same period; " + HO6 + ")"),
            L("2,640", 2640, E, P, "returns", "August 2025 to November 2026 (returned under the 'one in, one out' agreement since the first flights in August 2025)", geo=FR),
            L("101,200", 101200, E, P, SBA, LAB + "between 5 July 2024 and this week, came over in small boats)"),
            L("11,300", 11300, E, P, "returns_small_boat_arrivals", LAB + "of them, removed)"),
            L("about one in nine", 100 / 9, AP, PCT, "returns_share_of_small_boat_arrivals", LAB + "since 5 July 2024)"),
            L("Nine out of ten", 90, E, PCT, "small_boat_arrivals_share_still_in_uk", "November 2026 (people who cross the Channel and are still here; the shadow home secretary)"),
            L("More than 56,000", 56000, MT, P, "returns", LAB + "removed since July 2024; a Home Office spokesperson)"),
            L("2,000", 2000, E, P, "poll_sample_size", "November 2026 (voters polled for the Daily Harrumph)"),
            L("71%", 71, E, PCT, "poll_share_support_more_deportation_flights", "November 2026 (want the Government to lay on more deportation flights; poll for the Daily Harrumph)"),
            L("9%", 9, E, PCT, "poll_share_oppose_more_deportation_flights", "November 2026 (opposed; poll for the Daily Harrumph)", ctx="only 9% opposed"),
        ]),
    "07-the-margin-call-foreign-born-workers-jobs-growth": dict(
        meta=dict(url="https://www.themargincall.example/content/4c71e2a9-foreign-born-workers-account-for-all-uk-jobs-growth",
                  title="Foreign-born workers account for all of UK jobs growth as native employment slips",
                  publisher="The Margin Call", author="Valentina Okonjo-Reyes", published_date="2026-09-16"),
        labels=[
            L("268,000", 268000, E, P, EBA + "_change", "May to July 2026 vs May to July 2025 (rose, in a year; standfirst)", occ=0),
            L("96,000", -96000, E, P, "employment_uk_born_change", "May to July 2026 vs May to July 2025 (fell, in a year; standfirst)", occ=0),
            L("268,000", 268000, E, P, EBA + "_change", YC, occ=1),
            L("96,000", -96000, E, P, "employment_uk_born_change", YC, occ=1),
            L("7.42mn", 7420000, E, P, EBA, MJ),
            L("22.1 per cent", 22.1, E, PCT, "employment_share_born_abroad", MJ),
            L("33.6mn", 33600000, E, P, "employment_level", MJ),
            L("17.4 per cent", 17.4, E, PCT, "employment_share_born_abroad", "May to July 2016 (a decade earlier; " + ONS7 + ")"),
            L("44.6 per cent", 44.6, E, PCT, "employment_share_born_abroad", MJ, geo="London"),
            L("7.9 per cent", 7.9, E, PCT, "employment_share_born_abroad", MJ, geo=WAL),
            L("11.2 per cent", 11.2, E, PCT, "employment_share_born_abroad", MJ, geo=SCO),
            L("172,000", 172000, E, P, "employment_level_change", "May to July 2026 vs May to July 2025 (total employment rose by, over the year; " + ONS7 + ")"),
            L("75.8 per cent", 75.8, E, PCT, "employment_rate_non_uk_born", MJ),
            L("74.9 per cent", 74.9, E, PCT, "employment_rate_uk_born", MJ),
            L("83.4 per cent", 83.4, E, PCT, "employment_rate_eu_born", MJ),
            L("72.1 per cent", 72.1, E, PCT, "employment_rate_non_eu_born", MJ),
            L("212,000", 212000, E, P, "employment_level_revision", "spring 2026 (revised up by, after reweighting the Labour Force Survey; " + ONS7 + ")"),
            L("around one in five", 20, AP, PCT, "labour_force_survey_response_rate", "2026 (households approached that now take part)"),
            L("about half", 50, AP, PCT, "labour_force_survey_response_rate", "2016 (a decade ago)"),
            L("4.21mn", 4210000, E, P, "payrolled_employees_non_eu", "July 2026 (HMRC payroll data)"),
            L("143,000", 143000, E, P, "payrolled_employees_non_eu_change", "July 2026 vs July 2025 (more than; HMRC payroll data)"),
            L("more than double", 2, MT, RATIO, "payrolled_employees_non_eu_ratio", "July 2026 vs 2019 (the 2019 level; HMRC payroll data)"),
            L("61,000", -61000, E, P, "payrolled_employees_eu_change", "July 2026 vs July 2025 (fell by; HMRC payroll data)"),
            L("2.28mn", 2280000, E, P, "payrolled_employees_eu", "July 2026 (HMRC payroll data)"),
            L("204,000", 204000, E, P, NM, "January to December 2025 (calendar 2025, has already fallen to; " + IFA + ", ONS estimate published May 2026)"),
            L("5.1 per cent", 5.1, E, PCT, "unemployment_rate", "May to July 2026 (the highest since 2016 apart from the COVID-19 period; " + ONS7 + ")"),
            L("5.9 per cent", 5.9, E, PCT, "unemployment_rate_non_uk_born", MJ),
            L("9 per cent", -9, E, PCT, "job_vacancies_change", "May to July 2026 vs May to July 2025 (vacancies fell, over the year; " + ONS7 + ")"),
            L("702,000", 702000, E, VACANCIES, "job_vacancies", MJ),
            L("3.6 per cent", 3.6, E, PCT, "regular_pay_growth", "May to July 2026 vs May to July 2025 (regular pay rose, on a year earlier; " + ONS7 + ")"),
            L("about one in five", 20, AP, PCT, "employment_share_non_uk_nationals_health_social_care", "2026 (jobs in health and social care held by non-UK nationals; separate ONS figures)"),
            L("three-quarters", 75, E, PCT, EBA + "_change_share_arrived_after_2021", "2022 to 2026 (of the rise in foreign-born employment since 2022, people who arrived after 2021; Harkwood Labour Institute)"),
            L("80 per cent", 80, E, PCT, "employment_rate_target", "long term (the government's ambition; a government spokesperson)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
