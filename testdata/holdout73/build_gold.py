#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the seventy-third hand-labelled hold-out set (holdout73).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, RATIO, PPB, BOATS, HOTELS, MONTHS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, RSC)

UK, FR, SC, WA, NI, ENG, EW, EU = "UK", "France", "Scotland", "Wales", "Northern Ireland", "England", "England and Wales", "EU"
HOUSEHOLDS, HOMES, AREAS = "other:households", "other:homes", "other:council_areas"
TESTS, BUSINESSES, VACANCIES = "other:tests", "other:businesses", "other:vacancies"
LAUNCHES, INCIDENTS, OPERATIONS = "other:launches", "other:incidents", "other:operations"

# 01 (Saturday 31 January 2026; Home Office written answer to the Shadow Home Secretary)
PPN = "asylum_hotel_cost_per_person_night"
NOW01 = "2025/26 (current rate; Home Office written answer, January 2026)"
ES25 = "end of September 2025 (30 September 2025)"
ES24 = "end of September 2024 (twelve months before)"
FY25 = "2024/25 (April 2024 to March 2025)"
# 02 (Thursday 21 May 2026; Home Office quarterly statistics to March 2026)
CG = "citizenship_grants"
YM26 = "year ending March 2026 (April 2025 to March 2026)"
YM25 = "year ending March 2025 (April 2024 to March 2025; the preceding year)"
# 03 (Tuesday 14 July 2026; PA copy)
DC, SW = "Devon and Cornwall", "South West"
SURVEY = "summer 2026 (this year; South West Hospitality Forum survey)"
SWF = "South West Hospitality Forum"
# 04 (Tuesday 1 December 2026; ONS provisional estimates published Thursday 26 November 2026)
YJ26 = "year ending June 2026 (July 2025 to June 2026)"
YJ25 = "year ending June 2025 (July 2024 to June 2025)"
YJ24 = "year ending June 2024 (July 2023 to June 2024; the last full 12 months before the election)"
YM23 = "year ending March 2023 (April 2022 to March 2023; the peak)"
CLAIM04 = "year ending June 2026 vs " + YJ24 + " (claim; Home Secretary, 29 November 2026)"
# 05 (Wednesday 12 August 2026; "by Sunday" = 9 August 2026)
C25, C23 = "2025 (calendar year; last year)", "2023 (calendar year)"
YTD26 = "1 January to 9 August 2026 (so far this year)"
YTD25 = "1 January to 9 August 2025 (the corresponding period of 2025)"
# 06 (Tuesday 10 March 2026; Home Office statistics published 26 February 2026)
ED25 = "end of December 2025 (31 December 2025)"
ED24 = "end of December 2024 (twelve months before)"
ASP = "asylum_support_population"
# 07 (Saturday 7 November 2026)
FNO = "foreign_national_offenders_awaiting_removal"
RFNO = "returns_foreign_national_offenders"
YJ26B = "year ending June 2026 (July 2025 to June 2026; the year to June)"
EJ26 = "end of June 2026 (30 June 2026)"

ARTICLES = {
    "01-daily-crowbar-asylum-hotel-cost-per-night": dict(
        meta=dict(url="https://www.dailycrowbar.example/news/politics/2143876/migrant-hotels-cost-145-a-night-asylum-seeker-eight-times-flat",
                  title="Migrant hotels cost YOU £145 a night for every asylum seeker - almost eight times the price of a flat",
                  publisher="Daily Crowbar", author="Marcus Penhallow-Achebe", published_date="2026-01-31"),
        labels=[
            L("£145", 145, E, GBP, PPN, "per night, " + NOW01 + " (headline)", occ=0),
            L("almost eight times", 8, ALM, RATIO, PPN + "_ratio", NOW01 + " (hotel vs a flat; headline)"),
            L("nearly £53,000", 53000, ALM, GBP, "asylum_hotel_cost_per_person_year", "per year, " + NOW01 + " (standfirst)"),
            L("more than four times", 4, MT, RATIO, "asylum_hotel_cost_per_person_year_to_state_pension_ratio",
              NOW01 + " (vs the full new state pension; standfirst)", occ=0),
            L("£145", 145, E, GBP, PPN, "per night, " + NOW01, occ=1),
            L("11 per cent", 11, E, PCT, PPN + "_change", NOW01 + " vs " + FY25 + " (a year earlier)"),
            L("£131", 131, E, GBP, PPN, "per night, " + FY25 + " (a year earlier)"),
            L("almost £53,000", 53000, ALM, GBP, "asylum_hotel_cost_per_person_year", "per year, " + NOW01 + " (one hotel bed)"),
            L("more than four times", 4, MT, RATIO, "asylum_hotel_cost_per_person_year_to_state_pension_ratio",
              NOW01 + " (vs the full new state pension)", occ=1),
            L("£11,973", 11973, E, GBP, "state_pension_full_new_annual", "per year, 2025/26 (paid annually)"),
            L("£19", 19, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, " + NOW01 + " (rented flat or shared house; average)", occ=0),
            L("£3.1billion", 3.1e9, E, GBP, AC, FY25 + " (hotels)"),
            L("58 per cent", 58, E, PCT, "asylum_cost_share_hotels", FY25),
            L("£5.3billion", 5.3e9, E, GBP, AC, FY25 + " (asylum accommodation and support)"),
            L("31,240", 31240, E, P, HOT, ES25),
            L("18 per cent", -18, E, PCT, HOT + "_change", ES25 + " vs " + ES24 + " (fewer)"),
            L("196", 196, E, HOTELS, "asylum_hotels_in_use", ES25 + " (sites)", occ=0),
            L("400-plus", 400, MT, HOTELS, "asylum_hotels_in_use", "2023 (when hotel use peaked)"),
            L("41", 41, E, HOTELS, "asylum_hotels_in_use", ES25 + " (the most of any region)", ctx="with 41,", geo="North West"),
            L("37", 37, E, HOTELS, "asylum_hotels_in_use", ES25, geo="London"),
            L("around £4.5million", 4.5e6, AP, GBP, "asylum_hotel_cost_per_night",
              "per night, September 2025 onwards (nightly rate times residents; the Crowbar's calculation)"),
            L("£383million", 383e6, E, GBP, "asylum_accommodation_provider_profit",
              "2020/21 to 2024/25 (the past five years; three private contractors combined)"),
            L("£145", 145, E, GBP, PPN, "per night, " + NOW01 + " (fact box)", occ=2),
            L("£19", 19, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, " + NOW01 + " (fact box)", occ=1),
            L("31.2k", 31200, E, P, HOT, ES25 + " (fact box)"),
            L("196", 196, E, HOTELS, "asylum_hotels_in_use", ES25 + " (fact box)", occ=1),
            L("£3.1bn", 3.1e9, E, GBP, AC, FY25 + " (hotels; fact box)"),
            L("£145", 145, E, GBP, PPN, "per night, " + NOW01 + " (Shadow Home Secretary)", occ=3),
            L("more than 65,000", 65000, MT, P, SBA, "July 2024 to January 2026 (since July 2024; Shadow Home Secretary)"),
            L("One in three", 100 / 3, E, PCT, "asylum_hotels_share_in_use_over_three_years",
              "January 2026 (hotels still in use; Public Purse Watch)"),
            V("tens of thousands", 20000, 90000, P, HOT, "July 2024 (when this Government took office; Home Office spokesman)"),
            L("more than 50", 50, MT, HOTELS, "asylum_hotels_closed", "4 July 2024 to January 2026 (since the election; Home Office spokesman)"),
            L("41 per cent", -41, E, PCT, "asylum_backlog_change", "July 2024 to January 2026 (claims awaiting a first decision; Home Office spokesman)"),
        ]),
    "02-corncrake-news-british-citizenship-grants-record": dict(
        meta=dict(url="https://www.corncrakenews.example/news/uk-70418265",
                  title="Record 281,900 people granted British citizenship in a year",
                  publisher="Corncrake News", author="Layla Abernethy-Osei", published_date="2026-05-21"),
        labels=[
            L("281,900", 281900, E, P, CG, YM26 + " (headline; a record)", occ=0),
            L("281,900", 281900, E, P, CG, YM26 + " (the year to March; a record; Home Office)", occ=1),
            L("6%", 6, E, PCT, CG + "_change", YM26 + " vs " + YM25),
            L("almost twice", 2, ALM, RATIO, CG + "_ratio", YM26 + " vs year ending March 2016 (a decade earlier)"),
            L("149,400", 149400, E, P, CG, "year ending March 2016 (April 2015 to March 2016; a decade earlier)"),
            L("305,700", 305700, E, P, "citizenship_applications", YM26),
            L("9%", 9, E, PCT, "citizenship_applications_change", YM26 + " vs " + YM25),
            L("98%", 98, E, PCT, "citizenship_decisions_share_granted", YM26 + " (applications decided)"),
            L("38,600", 38600, E, P, CG, YM26 + " (Indian nationals; the largest group)"),
            L("24,100", 24100, E, P, CG, YM26 + " (Pakistani nationals)"),
            L("17,300", 17300, E, P, CG, YM26 + " (Nigerian nationals)"),
            L("47,900", 47900, E, P, CG, YM26 + " (EU citizens)"),
            L("17%", 17, E, PCT, CG + "_share_eu_citizens", YM26),
            L("27%", 27, E, PCT, CG + "_share_children", YM26 + " (children under 18)"),
            L("About four in ten", 40, AP, PCT, CG + "_share_first_arrived_work_or_study_visa",
              YM26 + " (this year's new citizens; Institute for Settlement Studies researcher)"),
            L("about seven years", 7, AP, YEARS, "citizenship_time_from_arrival_typical",
              "May 2026 (now; typical gap between arriving and becoming a citizen; Institute for Settlement Studies researcher)"),
            L("176,500", 176500, E, P, "settlement_grants", YM26 + " (indefinite leave to remain)"),
            L("24%", 24, E, PCT, "settlement_grants_change", YM26 + " vs " + YM25 + " (a year earlier)"),
            L("as many as 1.5 million", 1.5e6, AM, P, "settlement_applicants_affected",
              "May 2026 (people already in the country; ministers)"),
            L("£1,735", 1735, E, GBP, "citizenship_application_fee", "May 2026 (current fee for an adult)"),
            L("£130", 130, E, GBP, "citizenship_ceremony_fee", "May 2026 (current fee)"),
            L("£490m", 490e6, E, GBP, "citizenship_fee_income", YM26 + " (an estimated; over the year, at current rates)"),
            L("212,300", 212300, E, TESTS, "life_in_the_uk_tests_taken", "2025 (calendar year)"),
            L("69%", 69, E, PCT, "life_in_the_uk_test_pass_rate", "2025 (calendar year)"),
            L("9,140", 9140, E, P, "citizenship_ceremony_attendees", YM26 + " (over the year; registrars)", geo=SC),
            L("5,260", 5260, E, P, "citizenship_ceremony_attendees", YM26 + " (over the year)", geo=WA),
            L("3,480", 3480, E, P, "citizenship_ceremony_attendees", YM26 + " (over the year)", geo=NI),
            L("More than 450,000", 450000, MT, P, CG, "July 2024 to May 2026 (since July 2024; Home Office spokesperson)"),
        ]),
    "03-the-torridge-tide-pa-seasonal-tourism-workers-visas": dict(
        meta=dict(url="https://www.torridgetide.example/news/national/25301847.nearly-six-ten-seaside-firms-devon-cornwall-cannot-fill-summer-jobs/",
                  title="Nearly six in ten seaside firms in Devon and Cornwall cannot fill summer jobs after visa shake-up",
                  publisher="The Torridge Tide", author="Eleanor Trewin-Mbeki", published_date="2026-07-14"),
        labels=[
            L("Nearly six in ten", 60, ALM, PCT, "hospitality_businesses_share_unfilled_seasonal_vacancies", SURVEY + " (headline)", geo=DC),
            L("418", 418, E, BUSINESSES, "poll_sample_size", SURVEY + " (hospitality businesses surveyed)", geo=DC),
            L("58%", 58, E, PCT, "hospitality_businesses_share_unfilled_seasonal_vacancies", SURVEY, geo=DC),
            L("71%", 71, E, PCT, "hospitality_businesses_unfilled_vacancies_share_cut_service", SURVEY + " (Of those)", geo=DC),
            L("about 9,800", 9800, AP, P, "hospitality_labour_shortfall", "summer 2026 (height of the season; " + SWF + " estimate)", geo=DC),
            L("14,600", 14600, E, VACANCIES, "job_vacancies_accommodation_food_services",
              "three months to May 2026 (March to May 2026; official figures)", geo=SW),
            L("1,600", 1600, E, VACANCIES, "job_vacancies_accommodation_food_services_change",
              "March to May 2026 vs March to May 2025 (up on a year earlier)", geo=SW),
            L("11,600", 11600, E, P, "visas_granted_skilled_worker", "year to March 2025 (April 2024 to March 2025; hospitality jobs; Home Office)"),
            L("3,950", 3950, E, P, "visas_granted_skilled_worker", "year to March 2026 (April 2025 to March 2026; hospitality jobs; Home Office)"),
            L("63%", -63, E, PCT, "visas_granted_skilled_worker_change", "year to March 2026 vs year to March 2025 (chefs)"),
            L("2,140", 2140, E, P, "visas_granted_skilled_worker", "year to March 2026 (April 2025 to March 2026; chefs)"),
            L("around one in six", 100 / 6, AP, PCT, "employment_share_hospitality", "2026 (workers employed in hospitality)", geo="Cornwall"),
            L("one in 14", 100 / 14, E, PCT, "employment_share_hospitality", "2026 (workers employed in hospitality)", geo=ENG),
            L("nearly a quarter", 25, ALM, PCT, "hospitality_staff_share_eu_nationals", "before Brexit (before 2020; " + SWF + ")", geo=SW),
            L("9%", 9, E, PCT, "hospitality_staff_share_eu_nationals", "2026 (now; " + SWF + ")", geo=SW),
            L("27,400", 27400, E, P, "visas_granted_youth_mobility", "2025 (calendar year; last year)"),
            L("19,800", 19800, E, P, "visas_granted_youth_mobility", "2023 (calendar year)"),
            L("about 60,000", 60000, AP, P, "youth_experience_scheme_cap", "a year, from 2027 at the earliest (reports in Brussels)"),
            L("£2.6bn", 2.6e9, E, GBP, "tourism_value", "a year (Cornwall Council)", geo="Cornwall"),
            L("47,000", 47000, E, P, "tourism_jobs", "2026 (jobs supported by tourism; Cornwall Council)", geo="Cornwall"),
            L("more than 13,000", 13000, MT, HOMES, "short_term_holiday_lets", "July 2026 (now; Cornwall Council)", geo="Cornwall"),
            L("fewer than 900", 900, LT, HOMES, "homes_advertised_long_term_rent", "June 2026 (last month)", geo="Cornwall"),
            L("14%", 14, E, PCT, "seasonal_housekeeper_pay_change", "July 2024 to July 2026 (in two years; " + SWF + " chief executive)", geo=DC),
            L("1,120", 1120, E, P, "claimant_count", "June 2026", geo="Torridge"),
            L("2.9%", 2.9, E, PCT, "claimant_count_share_working_age", "June 2026 (working-age residents)", geo="Torridge"),
            L("more than halved", -50, MT, PCT, "net_migration_change", "latest estimate vs the peak (Home Office spokesperson)"),
            L("almost a million", 1e6, ALM, P, "young_people_neet", "July 2026 (not in education, employment or training; Home Office spokesperson)"),
        ]),
    "04-numberwise-fact-check-net-migration-two-thirds": dict(
        meta=dict(url="https://www.numberwise.example/immigration/net-migration-fallen-two-thirds-since-election/",
                  title="Has net migration fallen by two-thirds since the election?",
                  publisher="Numberwise", author="Tomasz Ellery-Nwosu", published_date="2026-12-01"),
        labels=[
            L("two-thirds", -200 / 3, E, PCT, "net_migration_change", CLAIM04 + " (headline)", occ=0),
            L("two-thirds", -200 / 3, E, PCT, "net_migration_change", CLAIM04 + " (claim box)", occ=1),
            L("218,000", 218000, E, P, NM, YJ26 + " (ONS provisional estimate)", occ=0),
            L("66%", -66, E, PCT, "net_migration_change", YJ26 + " vs " + YJ24),
            L("649,000", 649000, E, P, NM, YJ24),
            L("944,000", 944000, E, P, NM, YM23 + " (the 12 months to March 2023)"),
            L("almost a third", -THIRD, ALM, PCT, "net_migration_change", YJ24 + " vs " + YM23 + " (by polling day)"),
            L("152,980", 152980, E, P, "visas_granted_study_dependants", "2023 (calendar year)"),
            L("18,400", 18400, E, P, "visas_granted_study_dependants", "2025 (calendar year)"),
            L("88%", -88, E, PCT, "visas_granted_study_dependants_change", "2025 vs 2023 (a decline)"),
            L("771,000", 771000, E, P, "immigration", YJ26 + " (the latest 12 months; arrived)", occ=0),
            L("553,000", 553000, E, P, "emigration", YJ26 + " (left)"),
            L("204,000", 204000, E, P, NM, YJ25 + " (first estimate, a year ago)"),
            L("37,000", 37000, E, P, "net_migration_revision", YJ25 + " (nudged up since the first estimate)"),
            L("241,000", 241000, E, P, NM, YJ25 + " (revised estimate)"),
            L("218,000", 218000, E, P, NM, YJ26 + " (central estimate)", occ=1),
            R("from 151,000 to 285,000", 151000, 285000, P, NM, YJ26 + " (plausible range; ONS measure of uncertainty)"),
            L("61%", -61, E, PCT, "net_migration_change",
              YJ26 + " vs " + YJ24 + " (if revised upwards by a similar amount next year; Numberwise calculation)"),
            L("two-thirds", -200 / 3, E, PCT, "net_migration_change", CLAIM04 + " (the claimed fall)", occ=2),
            L("771,000", 771000, E, P, "immigration", YJ26 + " (people who arrived)", occ=1),
            L("598,000", 598000, E, P, "immigration_non_eu", YJ26 + " (non-EU nationals)"),
            L("more than three-quarters", 75, MT, PCT, "immigration_share_non_eu", YJ26),
            L("322,000", 322000, E, P, "net_migration_non_eu", YJ26),
            L("61,000", -61000, E, P, "net_migration_eu", YJ26 + " (a net loss)"),
            L("43,000", -43000, E, P, "net_migration_british_nationals", YJ26 + " (a net loss)"),
            L("roughly one in five", 20, AP, PCT, "immigration_non_eu_share_humanitarian", YJ26 + " (humanitarian routes, including asylum)"),
            L("about 250,000", 250000, AP, P, NM, "a year, average of 2010 to 2019 (the 2010s)"),
            L("one and a half million", 1.5e6, E, P, "immigration",
              "July 2024 to November 2026 (since Labour took office; claim; Shadow Home Secretary, 29 November 2026)"),
            L("931,000", 931000, E, P, "immigration", YJ25),
            L("771,000", 771000, E, P, "immigration", YJ26, occ=2),
            L("about 1.7 million", 1.7e6, AP, P, "immigration", "July 2024 to June 2026 (the two years ending June 2025 and June 2026; in total)"),
        ]),
    "05-the-kingfisher-channel-rescues-lifeboats-french-coastguard": dict(
        meta=dict(url="https://www.thekingfisher.example/news/uk/home-news/channel-lifeboat-rescues-rnli-french-coastguard-small-boats-b2964310.html",
                  title="Lifeboat crews pulled more than 3,400 people out of Channel dinghies last year as French rescue calls nearly doubled",
                  publisher="The Kingfisher", author="Oriel Fairweather-Nnamdi", published_date="2026-08-12"),
        labels=[
            L("more than 3,400", 3400, MT, P, "small_boat_rescues", C25 + " (RNLI lifeboat crews; headline)", geo="Kent"),
            L("nearly doubled", 2, ALM, RATIO, "channel_rescue_operations_ratio", C25 + " vs " + C23 + " (French rescue calls; headline)", geo=FR),
            L("more than 60", 60, MT, PPB, "small_boat_occupancy", "2026 (now; average dinghy; standfirst)"),
            L("3,417", 3417, E, P, "small_boat_rescues", C25 + " (brought ashore by RNLI crews on the Kent coast)", geo="Kent"),
            L("412", 412, E, LAUNCHES, "rnli_lifeboat_launches", C25 + " (Dover, Walmer, Ramsgate and Dungeness)", geo="Kent"),
            L("17 per cent", 17, E, PCT, "rnli_lifeboat_launches_change", C25 + " vs 2024", geo="Kent"),
            L("187", 187, E, LAUNCHES, "rnli_lifeboat_launches", C25 + " (the Dover all-weather lifeboat)", geo="Dover"),
            L("1,047", 1047, E, INCIDENTS, "coastguard_small_boat_incidents", C25 + " (HM Coastguard)"),
            L("2,260", 2260, E, P, "small_boat_rescues", YTD26 + " (RNLI crews)", geo="Kent"),
            L("a fifth", 20, E, PCT, "small_boat_rescues_change", YTD26 + " vs " + YTD25 + " (RNLI crews)", ctx="up by a fifth", geo="Kent"),
            L("1,380", 1380, E, OPERATIONS, "channel_rescue_operations", C25 + " (Cap Gris-Nez rescue centre)", geo=FR),
            L("nearly twice", 2, ALM, RATIO, "channel_rescue_operations_ratio", C25 + " vs " + C23, geo=FR),
            L("712", 712, E, OPERATIONS, "channel_rescue_operations", C23, geo=FR),
            L("9,860", 9860, E, P, "small_boat_rescues", C25 + " (picked up by French vessels)", geo=FR),
            L("about half", 50, AP, PCT, "small_boat_rescues_share_returned_to_france", C25 + " (taken back to Calais or Boulogne)", geo=FR),
            L("62", 62, E, PPB, "small_boat_occupancy", C25 + " (average)"),
            L("66", 66, E, PPB, "small_boat_occupancy", "1 January to August 2026 (in 2026 so far; average)"),
            L("41,472", 41472, E, P, SBA, C25),
            L("669", 669, E, BOATS, SBC, C25),
            L("roughly three-quarters", 75, AP, PCT, "small_boat_arrivals_share_collected_by_border_force", C25),
            L("about one in 12", 100 / 12, AP, PCT, "small_boat_arrivals_share_brought_in_by_lifeboats", C25),
            L("24,310", 24310, E, P, SBA, YTD26 + " (by 9 August)"),
            L("8 per cent", 8, E, PCT, SBA + "_change", YTD26 + " vs " + YTD25),
            L("no fewer than 29", 29, AL, P, "small_boat_deaths", "1 January to 12 August 2026 (the death toll for the year)"),
            L("83", 83, E, PPB, "small_boat_occupancy", "June 2026 (a single boat; Dover coxswain)"),
            L("About four in ten", 40, AP, PCT, "small_boat_crossings_share_taxi_boats", "2026 (now; French officials)", geo=FR),
            L("19", 19, E, BOATS, "small_boat_interceptions_at_sea", "June to August 2026 (since new rules adopted in June; maritime prefecture)",
              ctx="intercepted 19 boats", geo=FR),
            L("about £2.3m", 2.3e6, AP, GBP, "rnli_channel_response_cost", "a year (RNLI)"),
            L("more than 1,100", 1100, MT, P, "people_smuggler_arrests",
              "since the creation of the Border Security Command (2024) to August 2026 (Home Office spokesperson)"),
        ]),
    "06-the-quaich-asylum-dispersal-aberdeen-edinburgh": dict(
        meta=dict(url="https://www.thequaich.example/news/politics/scottish-politics/aberdeens-asylum-population-quadruples-home-office-dispersal-glasgow-4918273",
                  title="Aberdeen's asylum population quadruples as Home Office spreads housing beyond Glasgow",
                  publisher="The Quaich", author="Fraser Mbatha-Kerr", published_date="2026-03-10"),
        labels=[
            L("quadruples", 4, E, RATIO, ASP + "_ratio", ED25 + " vs " + ED24 + " (headline)", geo="Aberdeen"),
            L("below three-quarters", 75, LT, PCT, ASP + "_share_glasgow", ED25 + " (standfirst)", geo=SC),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", "March 2026 (still using; caption)", ctx="still using two city-centre", geo="Aberdeen"),
            L("more than quadrupled", 4, MT, RATIO, ASP + "_ratio", ED25 + " vs " + ED24 + " (in a year)", geo="Aberdeen"),
            L("418", 418, E, P, ASP, ED25 + " (Home Office figures published 26 February 2026)", geo="Aberdeen"),
            L("97", 97, E, P, ASP, ED24, geo="Aberdeen"),
            L("58%", 58, E, PCT, ASP + "_change", ED25 + " vs " + ED24, geo="Edinburgh"),
            L("291", 291, E, P, ASP, ED25, geo="Edinburgh"),
            L("5,230", 5230, E, P, ASP, ED25, geo=SC),
            L("9%", 9, E, PCT, ASP + "_change", ED25 + " vs " + ED24 + " (the previous year)", geo=SC),
            L("3,860", 3860, E, P, ASP, ED25, geo="Glasgow"),
            L("74%", 74, E, PCT, ASP + "_share_glasgow", ED25, geo=SC),
            L("more than nine in ten", 90, MT, PCT, ASP + "_share_glasgow", "2022 (Glasgow still Scotland's only dispersal area)", geo=SC),
            L("146", 146, E, P, ASP, ED25 + " (now)", geo="Dundee"),
            L("112", 112, E, P, ASP, ED25 + " (now)", geo="Falkirk"),
            L("21", 21, E, AREAS, "council_areas_accommodating_asylum_seekers", ED25 + " (of Scotland's 32 councils)", geo=SC),
            L("about 140", 140, AP, P, HOT, ED25 + " (still living in hotels)", geo="Aberdeen"),
            L("one in 165", 100 / 165, E, PCT, "asylum_support_population_share_of_residents", ED25 + " (over the 1:200 ceiling)", geo="Glasgow"),
            L("about one in every 540", 100 / 540, AP, PCT, "asylum_support_population_share_of_residents", ED25, geo="Aberdeen"),
            L("roughly one in 1,800", 100 / 1800, AP, PCT, "asylum_support_population_share_of_residents", ED25, geo="Edinburgh"),
            L("£3,500", 3500, E, GBP, "council_asylum_grant_per_dispersal_bed", "March 2026 (each new bed space brought into use)"),
            L("120", 120, E, HOMES, "council_homes_offered_for_asylum_dispersal", "March 2026 (empty council flats offered to the contractor)", geo="Aberdeen"),
            L("5,140", 5140, E, HOUSEHOLDS, "temporary_accommodation_households", "March 2026 (now; more than any other council in Scotland)", occ=0, geo="Edinburgh"),
            L("1,310", 1310, E, HOUSEHOLDS, "refugees_homeless_after_leaving_asylum_support", "2025 (calendar year; last year)", geo=SC),
            L("27%", 27, E, PCT, "refugees_homeless_after_leaving_asylum_support_change", "2025 vs 2024", geo=SC),
            L("quadrupled", 4, E, RATIO, ASP + "_ratio", ED25 + " vs " + ED24 + " (Aberdeen City Council co-leader)",
              ctx="then they quadrupled", geo="Aberdeen"),
            L("5,140", 5140, E, HOUSEHOLDS, "temporary_accommodation_households", "March 2026 (Edinburgh's housing convener)", occ=1, geo="Edinburgh"),
            L("nearly tripled", 3, ALM, RATIO, "charity_service_users_ratio", "March 2026 vs spring 2025 (since last spring; Granite Welcome Network)", geo="Aberdeen"),
            L("around 90", 90, AP, P, "charity_service_users", "per week, March 2026 (Granite Welcome Network drop-in)", geo="Aberdeen"),
            L("£4.2m", 4.2e6, E, GBP, "scottish_government_refugee_support_funding", "2025/26 (this financial year; Scottish Government spokesperson)", geo=SC),
            L("107,400", 107400, E, P, ASP, ED25 + " (when December ended; Home Office spokesperson)"),
            L("less than 5%", 5, LT, PCT, ASP + "_share_scotland", ED25 + " (Home Office spokesperson)"),
        ]),
    "07-the-balustrade-deportation-appeals-human-rights-claims": dict(
        meta=dict(url="https://www.thebalustrade.example/article/why-britain-cannot-deport-its-foreign-criminals/",
                  title="Why Britain cannot deport its foreign criminals",
                  publisher="The Balustrade", author="Hugo Marchbank-Eze", published_date="2026-11-07"),
        labels=[
            L("19,640", 19640, E, P, FNO, EJ26 + " (standfirst; still living among us)", occ=0),
            L("5,380", 5380, E, P, RFNO, YJ26B),
            L("14%", 14, E, PCT, RFNO + "_change", YJ26B + " vs the previous 12 months (July 2024 to June 2025)"),
            L("roughly a quarter", 25, AP, PCT, RFNO + "_share_albanian", YJ26B + " (the largest single group)"),
            L("more than 9,000", 9000, MT, P, RFNO, "July 2024 to November 2026 (since July 2024; ministers)"),
            L("19,640", 19640, E, P, FNO, EJ26 + " (at large in Britain)", occ=1),
            L("16,900", 16900, E, P, FNO, "end of June 2024 (two years earlier)"),
            L("Some 2,300", 2300, AP, P, FNO + "_over_five_years", EJ26 + " (waiting for more than five years)"),
            L("roughly one in seven", 100 / 7, AP, PCT, "returns_share_foreign_national_offenders", YJ26B + " (the same year)"),
            L("37,600", 37600, E, P, "returns", YJ26B + " (left the UK, voluntarily or otherwise)"),
            L("Some 8,200", 8200, AP, P, "human_rights_claims_facing_deportation", "2025 (calendar year; last year)"),
            L("5,700", 5700, E, P, "human_rights_claims_facing_deportation", "2022 (calendar year)"),
            L("44%", 44, E, PCT, "human_rights_claims_facing_deportation_change", "2025 vs 2022"),
            L("14 months", 14, E, MONTHS, "deportation_appeal_wait_average", "2026 (now; on average, to reach a hearing)"),
            L("3,940", 3940, E, P, "deportation_appeals_determined", "2025 (calendar year; First-tier Tribunal)"),
            L("1,260", 1260, E, P, "deportation_appeals_allowed", "2025 (calendar year; First-tier Tribunal)"),
            L("about a third", THIRD, AP, PCT, "deportation_appeals_share_allowed", "2025 (calendar year; First-tier Tribunal)"),
            L("71%", 71, E, PCT, "deportation_appeals_allowed_share_article_8", "2025 (of those allowed)"),
            L("about 12%", 12, AP, PCT, "prison_population_share_foreign_nationals", "November 2026 (now)", geo=EW),
            L("c. 10,400", 10400, AP, P, "prison_population_foreign_nationals", "November 2026 (now)", geo=EW),
            L("roughly £52,000", 52000, AP, GBP, "prison_place_cost_per_year", "per year, 2026 (a head each year)", geo=EW),
            L("more than half a billion pounds", 500e6, MT, GBP, "foreign_national_prisoners_cost", "per year, 2026 (annually)", geo=EW),
            L("2,130", 2130, E, P, "detention_population", EJ26 + " (held in immigration removal centres)"),
            L("47%", 47, E, PCT, "detention_population_share_foreign_national_offenders", EJ26 + " (former prisoners awaiting removal)"),
            L("£137", 137, E, GBP, "detention_cost_per_person_day", "per day, 2026 (each)"),
            L("about one in five", 20, AP, PCT, "return_decisions_share_enforced", "2026 (now; return decisions actually carried out)", geo=EU),
            L("£715m", 715e6, E, GBP, RSC, "2022 to July 2024 (the last government's scheme)"),
            L("four", 4, E, P, "rwanda_relocations", "2022 to July 2024 (volunteers; the last government's scheme)", ctx="delivered four volunteers"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
