#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the sixty-sixth hand-labelled hold-out set (holdout66).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, EUR, BOATS, HOTELS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, PTR, RSC, EW)

UK, FR, SC, WA, NI, ENG, IE = "UK", "France", "Scotland", "Wales", "Northern Ireland", "England", "Ireland"
AREAS, CALLS, PARCELS = "other:council_areas", "other:calls", "other:food_parcels"
PER10K, PER1K = "other:persons_per_10000_residents", "other:applications_per_1000_population"
ASP, AA = "asylum_support_population", "asylum_applications"
SBD = "small_boat_deaths"

# 01 (Wednesday 18 March 2026; National Audit Office report published Tuesday 17 March 2026)
RW = "April 2022 to July 2024 (life of the Rwanda scheme)"
# 02 (Thursday 21 May 2026, the day of the ONS release)
Y25, Y24 = "2025 (year ending December 2025)", "2024 (year ending December 2024)"
YJ25, YJ24 = "year ending June 2025 (July 2024 to June 2025)", "year ending June 2024 (July 2023 to June 2024)"
YJ23, YD23 = "year ending June 2023 (July 2022 to June 2023)", "year ending December 2023 (2023)"
# 03 (Tuesday 6 October 2026; "on Monday" = 5 October 2026)
YTD03 = "1 January to 5 October 2026 (so far this year)"
# 04 (Tuesday 26 May 2026; Home Office statistics of Thursday 21 May 2026)
YM26 = "year ending March 2026 (April 2025 to March 2026; the 12 months to March)"
YM25 = "year ending March 2025 (April 2024 to March 2025)"
# 05 (Saturday 8 August 2026; "on Monday" = 3 August 2026)
FY26, FY25 = "2025/26 (April 2025 to March 2026)", "2024/25 (April 2024 to March 2025)"
FY24 = "2023/24 (April 2023 to March 2024)"
BIBBY = "July 2023 to January 2025 (Bibby Stockholm in use)"
# 06 (Wednesday 2 September 2026; Home Office statistics of Thursday 27 August 2026)
EJ26, EJ25 = "end of June 2026 (30 June 2026)", "end of June 2025 (30 June 2025)"
# 07 (Friday 20 February 2026): Y25, Y24 as calendar years
C25, C24 = "2025 (calendar year; last year)", "2024 (calendar year)"

ARTICLES = {
    "01-daily-ramrod-rwanda-third-country-schemes-cost": dict(
        meta=dict(url="https://www.dailyramrod.example/news/politics/rwanda-fiasco-718million-spent-to-remove-just-four-migrants",
                  title="RWANDA FIASCO: £718MILLION SPENT TO REMOVE JUST FOUR MIGRANTS",
                  publisher="Daily Ramrod", author="Crispin Toller-Ndiaye", published_date="2026-03-18"),
        labels=[
            L("£718MILLION", 718e6, E, GBP, RSC, RW + " (final cost; National Audit Office; headline)"),
            L("FOUR", 4, E, P, "rwanda_relocations", RW + " (headline)"),
            L("£718million", 718e6, E, GBP, RSC, RW + " (final cost; National Audit Office)", occ=0),
            L("four", 4, E, P, "rwanda_relocations", RW + " (all volunteers; National Audit Office)", ctx="only four people"),
            L("£18million", 18e6, E, GBP, "rwanda_scheme_cost_revision", RW + " (NAO's closing tally against the sum ministers quoted)"),
            L("almost £180million", 180e6, ALM, GBP, "rwanda_scheme_cost_per_relocation", RW + " (for each person who boarded a plane)"),
            L("£290million", 290e6, E, GBP, PTR, RW + " (paid directly to the Rwandan government; NAO)", occ=0, geo="Rwanda"),
            L("£95million", 95e6, E, GBP, RSC, RW + " (charter flights booked then cancelled and empty detention beds; NAO)"),
            R("between £38,000 and £52,000", 38000, 52000, GBP, "return_hub_cost_per_place_year",
              "per year (each place in a planned Western Balkans return hub; leaked Home Office paper)"),
            L("at least four times", 4, AL, RATIO, "return_hub_cost_per_place_ratio",
              "per year (a return hub place against housing a claimant in a rented flat; leaked Home Office paper)"),
            L("£9,500", 9500, E, GBP, "asylum_dispersal_cost_per_person_year", "per year (housing a claimant in an ordinary rented flat; leaked Home Office paper)"),
            L("up to 2,000", 2000, AM, P, "return_hub_places_planned", "first year of the return hubs (leaked Home Office paper)"),
            L("as much as £104million", 104e6, AM, GBP, "return_hub_cost_planned", "first year of the return hubs (leaked Home Office paper)"),
            L("about €650million", 650e6, AP, EUR, "italy_albania_scheme_cost", "five years (Italy's deal with Albania; budgeted by Rome)", geo="Italy"),
            L("£560million", 560e6, AP, GBP, "italy_albania_scheme_cost", "five years (Italy's deal with Albania; sterling conversion of about €650million)", geo="Italy"),
            L("more than 400", 400, AM, P, "italy_albania_centres_population", "2024 to March 2026 (never held more than 400 at once; two centres)", geo="Albania"),
            L("612", 612, E, P, "returns", "August 2025 to 17 March 2026 (one-in, one-out pilot with France, since it started last August)", geo=FR),
            L("3,918", 3918, E, P, SBA, "1 January to 17 March 2026 (so far this year; Ramrod tally of Home Office data)"),
            L("£290million", 290e6, E, GBP, PTR, RW + " (already handed over; Shadow Home Secretary)", occ=1, geo="Rwanda"),
            L("£718million", 718e6, E, GBP, RSC, RW + " (Home Office spokesman)", occ=1),
            L("four", 4, E, P, "rwanda_relocations", RW + " (volunteers; Home Office spokesman)", ctx="removed four volunteers"),
            L("more than 52,000", 52000, MT, P, "returns", "July 2024 to March 2026 (since July 2024; Home Office spokesman)"),
            L("13 per cent", 13, E, PCT, "returns_change", "July 2024 to March 2026 vs the same period before the election (Home Office spokesman)"),
            L("roughly one in six", SIXTH, AP, PCT, "rwanda_removal_candidates_share_lost_contact",
              RW + " (identified for the flights, later stopped reporting; Westbury Migration Unit)"),
            L("58 per cent", 58, E, PCT, "poll_share_support_third_country_removals", "March 2026 (voters wanting a third-country removal scheme back; Ramrod/Fieldline poll)"),
            L("27 per cent", 27, E, PCT, "poll_share_oppose_third_country_removals", "March 2026 (Ramrod/Fieldline poll)"),
        ]),
    "02-coldharbour-news-ons-net-migration-estimates": dict(
        meta=dict(url="https://www.coldharbour.example/news/uk-politics-net-migration-almost-halves-ons-2025",
                  title="Net migration almost halves to 171,000, ONS figures show",
                  publisher="Coldharbour News", author="Imogen Latchford-Baptiste", published_date="2026-05-21"),
        labels=[
            L("171,000", 171000, E, P, NM, Y25 + " (headline)", occ=0),
            L("almost halves", -50, ALM, PCT, NM + "_change", Y25 + " vs " + Y24 + " (headline)"),
            L("171,000", 171000, E, P, NM, Y25 + " (last year)", occ=1),
            L("roughly half", 0.5, AP, RATIO, NM + "_ratio", Y25 + " vs " + Y24),
            L("763,000", 763000, E, P, "immigration", Y25),
            L("592,000", 592000, E, P, "emigration", Y25),
            L("337,000", 337000, E, P, NM, Y24 + " (revised)"),
            L("431,000", 431000, E, P, NM, Y24 + " (first published May 2025)"),
            L("272,000", 272000, E, P, NM, YJ25 + " (revised)"),
            L("68,000", 68000, E, P, "net_migration_revision", YJ25 + " (against the estimate of November 2025)"),
            L("906,000", 906000, E, P, NM, YJ23 + " (high point)"),
            L("166,000", 166000, E, P, "net_migration_revision", YJ23 + " (revised up in November 2024)"),
            L("906", 906000, E, P, NM, YJ23 + " (chart, thousands)"),
            L("854", 854000, E, P, NM, YD23 + " (chart, thousands)"),
            L("649", 649000, E, P, NM, YJ24 + " (chart, thousands)"),
            L("337", 337000, E, P, NM, Y24 + " (chart, thousands)"),
            L("272", 272000, E, P, NM, YJ25 + " (chart, thousands)"),
            L("171", 171000, E, P, NM, Y25 + " (chart, thousands)"),
            L("598,000", 598000, E, P, "immigration_non_eu", Y25),
            L("226,000", 226000, E, P, "immigration_study_non_eu", Y25),
            L("151,000", 151000, E, P, "immigration_work_non_eu", Y25),
            L("41%", -41, E, PCT, "immigration_work_non_eu_change", Y25 + " vs " + Y24),
            L("92,000", 92000, E, P, "immigration_humanitarian", Y25 + " (asylum, resettlement, Ukraine and Hong Kong schemes)"),
            L("20%", 20, E, PCT, "immigration_humanitarian_change", Y25 + " vs " + Y24),
            L("35,000", -35000, E, P, "net_migration_eu", Y25 + " (departures exceeded arrivals)"),
            L("74,000", -74000, E, P, "net_migration_british_nationals", Y25 + " (net outflow)"),
            L("4%", 4, E, PCT, "emigration_change", Y25 + " vs " + Y24),
            L("roughly one in five", 20, AP, PCT, "emigration_share_british", Y25 + " (last year; ONS head of migration analysis)"),
            L("below a fifth", 0.2, LT, RATIO, NM + "_ratio", Y25 + " vs " + YJ23 + " peak (Home Secretary)"),
            L("16.8%", 16.8, E, PCT, "population_share_born_abroad", "2021 census (21 March 2021)", geo=EW),
        ]),
    "03-daily-periscope-channel-deaths": dict(
        meta=dict(url="https://www.dailyperiscope.example/news/uk-news/channel-death-toll-reaches-64-sister-held-girls-above-waves",
                  title="'My sister held her girls above the waves': Channel death toll reaches 64 this year",
                  publisher="Daily Periscope", author="Lauren Mbatha-Crewe and Tomás Ferreira-Hollis", published_date="2026-10-06"),
        labels=[
            L("64", 64, E, P, SBD, YTD03 + " (headline)", ctx="reaches 64 this year"),
            L("At least 64", 64, AL, P, SBD, YTD03),
            L("Three", 3, E, P, SBD, "5 October 2026 (Monday; one dinghy)", geo="Wimereux"),
            L("two", 2, E, P, "small_boat_deaths_children", "5 October 2026 (Monday; girls aged seven and 11)", ctx="two girls", geo="Wimereux"),
            L("58", 58, E, P, "small_boat_rescues", "5 October 2026 (Monday; pulled from the sea by French rescuers)", geo="Wimereux"),
            L("€1,800", 1800, E, EUR, "smuggler_fee", "October 2026 (each seat; victim's brother)", geo=FR),
            L("64", 64, E, P, SBD, YTD03 + " (Missing Migrants Project)", ctx="toll to 64"),
            L("47", 47, E, P, SBD, "2025 (calendar year; Missing Migrants Project)"),
            L("82", 82, E, P, SBD, "2024 (calendar year; deadliest year; Missing Migrants Project)"),
            L("64", 64, E, P, SBD, YTD03, ctx="Of the 64"),
            L("38", 38, E, P, "small_boat_deaths_identified", YTD03 + " (formally identified)"),
            L("84%", 84, E, PCT, "small_boat_deaths_share_men", YTD03 + " (of those identified)"),
            L("around one in seven", 100 / 7, AP, PCT, "small_boat_deaths_share_children", YTD03),
            L("24,612", 24612, E, P, SBA, YTD03 + " (since January; Home Office)"),
            L("402", 402, E, BOATS, SBC, YTD03 + " (since January; Home Office)"),
            L("a third", -THIRD, E, PCT, SBA + "_change", YTD03 + " vs the same period of 2025 (last year)"),
            L("61", 61, E, PPB, "small_boat_occupancy", YTD03 + " (average per dinghy this year)"),
            L("1,140", 1140, E, CALLS, "charity_distress_calls", "2025 (last year; Strait Watch Alliance hotline)"),
            L("nearly double", 2, ALM, RATIO, "charity_distress_calls_ratio", "2025 vs 2024 (Strait Watch Alliance)"),
            L("At least 390", 390, AL, P, SBD, "2018 to 5 October 2026 (since 2018)"),
            L("about 300", 300, AP, P, SBA, "2018 (calendar year)"),
            L("More than 210,000", 210000, MT, P, SBA, "2019 to 5 October 2026 (in the years since 2018)"),
            L("17,800", 17800, E, P, "small_boat_launch_attempts_stopped_people", "January to August 2026 (French police)", geo=FR),
        ]),
    "04-inkwell-student-visas-dependants-explained": dict(
        meta=dict(url="https://inkwell.example/news/politics/student-visas-dependants-ban-universities-explained",
                  title="Student visas: who can still bring family, and what the latest numbers mean for universities",
                  publisher="Inkwell", author="Saskia Vrettos-Adeyemi", published_date="2026-05-26"),
        labels=[
            L("381,300", 381300, E, P, "visas_granted_study", YM26 + " (main applicants; at a glance box)", occ=0),
            L("12.9k", 12900, E, P, "visas_granted_study_dependants", YM26 + " (at a glance box)"),
            L("146,800", 146800, E, P, "visas_granted_study_dependants", YJ23 + " (peak; at a glance box)", occ=0),
            L("381,300", 381300, E, P, "visas_granted_study", YM26 + " (sponsored study, main applicants)", occ=1),
            L("3 per cent", -3, E, PCT, "visas_granted_study_change", YM26 + " vs " + YM25),
            L("393,100", 393100, E, P, "visas_granted_study", YM25 + " (previous year)"),
            L("Roughly 1.2m", 1.2e6, AP, P, "visas_granted_study", "April 2023 to March 2026 (past three years)"),
            L("98,400", 98400, E, P, "visas_granted_study_china", YM26),
            L("just over one in four", 25, MT, PCT, "visas_granted_study_share_china", YM26),
            L("71,200", 71200, E, P, "visas_granted_study_india", YM26),
            L("almost one in five", 20, ALM, PCT, "visas_granted_study_share_india", YM26),
            L("doubled", 2, E, RATIO, "visas_granted_study_pakistan_ratio", YM26 + " vs 2022"),
            L("36,500", 36500, E, P, "visas_granted_study_pakistan", YM26),
            L("12,870", 12870, E, P, "visas_granted_study_dependants", YM26),
            L("more than nine-tenths", -90, MT, PCT, "visas_granted_study_dependants_change", YM26 + " vs " + YJ23 + " peak"),
            L("146,800", 146800, E, P, "visas_granted_study_dependants", YJ23 + " (peak)", occ=1),
            L("About three-quarters", 75, AP, PCT, "visas_granted_study_dependants_share_phd", YM26),
            L("109,800", 109800, E, P, "visas_granted_graduate", YM26),
            L("8 per cent", -8, E, PCT, "visas_granted_graduate_change", YM26 + " vs " + YM25),
            L("about £22,000", 22000, AP, GBP, "international_student_fee", "2025/26 academic year (average overseas undergraduate fee a year)"),
            L("£9,535", 9535, E, GBP, "home_student_tuition_fee_cap", "2025/26 academic year (a year)", geo=ENG),
            L("four in 10", 40, E, PCT, "universities_share_expecting_deficit", "2025/26 (Campus Futures members expecting to end the year in deficit)"),
            L("9 per cent", -9, E, PCT, "international_postgraduate_applications_change", "2026 (latest admissions cycle)", geo=SC),
            L("£925", 925, E, GBP, "international_student_levy", "from August 2028 (per international student per year)", geo=ENG),
            L("around £600m", 600e6, AP, GBP, "international_student_levy_revenue", "per year from 2028 (Treasury)", geo=ENG),
        ]),
    "05-the-astrolabe-asylum-military-sites-barge-costs": dict(
        meta=dict(url="https://www.theastrolabe.example/politics/2026/08/08/military-camps-cost-more-per-asylum-seeker-than-hotels",
                  title="Military camps cost more per asylum seeker than hotels, Home Office figures reveal",
                  publisher="The Astrolabe", author="Rupert Caddick-Onyango", published_date="2026-08-08"),
        labels=[
            L("£5.38bn", 5.38e9, E, GBP, AC, FY24 + " (record; standfirst)"),
            L("£178", 178, E, GBP, "large_site_cost_per_person_night", FY26, occ=0, geo="Wethersfield"),
            L("£139", 139, E, GBP, "asylum_hotel_cost_per_person_night", FY26 + " (average)"),
            L("roughly £26", 26, AP, GBP, "asylum_dispersal_cost_per_person_night", FY26),
            L("almost seven times", 7, ALM, RATIO, "large_site_cost_per_person_night_ratio", FY26 + " (a place at the base against a room in a shared house)", geo="Wethersfield"),
            L("£196", 196, E, GBP, "large_site_cost_per_person_night", "2025/26 (first full year)", occ=0, geo="Crannock Down"),
            L("less than half", 50, LT, PCT, "large_site_occupancy_share", "March 2025 to August 2026 (since it opened)", geo="Crannock Down"),
            L("£5.38 billion", 5.38e9, E, GBP, AC, FY24 + " (record)"),
            L("£4.7 billion", 4.7e9, E, GBP, AC, FY25 + " (asylum support)"),
            L("£4.1 billion", 4.1e9, E, GBP, AC, FY26 + " (last year; estimated)"),
            L("£69 million", 69e6, E, GBP, "large_site_cost", "2026/27 (April 2026 to March 2027) (this financial year; forecast; two sites)"),
            L("£52 million", 52e6, E, GBP, "large_site_cost", FY25 + " (two sites)"),
            L("1,245", 1245, E, P, "large_site_capacity", "August 2026 (factbox)", geo="Wethersfield"),
            L("c. 600", 600, AP, P, "large_site_population", "August 2026 (factbox)", geo="Wethersfield"),
            L("£178", 178, E, GBP, "large_site_cost_per_person_night", FY26 + " (a night; factbox)", occ=1, geo="Wethersfield"),
            L("900", 900, E, P, "large_site_capacity", "August 2026 (factbox)", geo="Crannock Down"),
            L("410", 410, E, P, "large_site_population", "August 2026 (factbox)", geo="Crannock Down"),
            L("£196", 196, E, GBP, "large_site_cost_per_person_night", "2025/26 (a night; factbox)", occ=1, geo="Crannock Down"),
            L("440", 440, E, P, "asylum_barge_population", BIBBY + " (peak; factbox)", geo="Portland"),
            L("about £190", 190, AP, GBP, "asylum_barge_cost_per_person_night", BIBBY + " (factbox)", geo="Portland"),
            L("£29 million", 29e6, E, GBP, "asylum_barge_cost", BIBBY + " (total over 18 months; officials)", geo="Portland"),
            L("roughly £190", 190, AP, GBP, "asylum_barge_cost_per_person_night", BIBBY + " (officials)", geo="Portland"),
            V("hundreds", 200, 900, P, "large_site_population", "August 2026 (young men in a field; leader of Braintree District Council)", geo="Wethersfield"),
            L("164", 164, E, HOTELS, "asylum_hotels_in_use", "August 2026 (Home Office spokesman)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "2023 (Home Office spokesman)"),
        ]),
    "06-ffenest-online-wales-asylum-dispersal-councils": dict(
        meta=dict(url="https://www.ffenest.example/news/wales-news/welsh-councils-housing-most-asylum-seekers-full-list",
                  title="The Welsh councils housing the most asylum seekers, and how the numbers have changed",
                  publisher="Ffenest Online", author="Gethin Aberdare-Nkemelu", published_date="2026-09-02"),
        labels=[
            L("nine in ten", 90, E, PCT, "asylum_support_population_share_four_dispersal_areas", EJ26 + " (standfirst)", ctx="take nine in ten", geo=WA),
            L("more than nine in ten", 90, MT, PCT, "asylum_support_population_share_four_dispersal_areas", EJ26, geo=WA),
            L("3,290", 3290, E, P, ASP, EJ26 + " (when June ended)", geo=WA),
            L("6%", 6, E, PCT, ASP + "_change", EJ26 + " vs " + EJ25, geo=WA),
            L("3,049", 3049, E, P, ASP, EJ26 + " (the four dispersal councils: Cardiff, Swansea, Newport and Wrexham)", geo=WA),
            L("241", 241, E, P, ASP, EJ26 + " (the other councils)", occ=0, geo=WA),
            L("11", 11, E, AREAS, "council_areas_hosting_asylum_seekers", EJ26 + " (of the 18 outside the dispersal areas)", geo=WA),
            L("seven", 7, E, AREAS, "council_areas_hosting_no_asylum_seekers", EJ26, ctx="while seven councils", geo=WA),
            L("1,184", 1184, E, P, ASP, EJ26, geo="Cardiff"),
            L("1,236", 1236, E, P, ASP, EJ25, geo="Cardiff"),
            L("847", 847, E, P, ASP, EJ26, geo="Swansea"),
            L("20%", 20, E, PCT, ASP + "_change", EJ26 + " vs " + EJ25, occ=0, geo="Swansea"),
            L("716", 716, E, P, ASP, EJ26, geo="Newport"),
            L("652", 652, E, P, ASP, EJ25, geo="Newport"),
            L("302", 302, E, P, ASP, EJ26, geo="Wrexham"),
            L("281", 281, E, P, ASP, EJ25, geo="Wrexham"),
            L("241", 241, E, P, ASP, EJ26 + " (rest of Wales; list)", occ=1, geo=WA),
            L("229", 229, E, P, ASP, EJ25 + " (rest of Wales; list)", geo=WA),
            L("44", 44, E, PER10K, "asylum_support_population_per_10000_residents", EJ26, geo="Newport"),
            L("34", 34, E, PER10K, "asylum_support_population_per_10000_residents", EJ26, geo="Swansea"),
            L("31", 31, E, PER10K, "asylum_support_population_per_10000_residents", EJ26, geo="Cardiff"),
            L("nine", 9, E, P, ASP, EJ26, ctx="just nine people", geo="Powys"),
            L("103,600", 103600, E, P, ASP, EJ26),
            L("about 3%", 3, AP, PCT, "asylum_support_population_share_wales", EJ26),
            L("nearly 5%", 5, ALM, PCT, "population_share_wales_of_uk", "latest estimate"),
            L("91,900", 91900, E, P, ASP, EJ26, geo=ENG),
            L("Two", 2, E, HOTELS, "asylum_hotels_in_use", "September 2026", ctx="Two hotels", geo=WA),
            L("six", 6, E, HOTELS, "asylum_hotels_in_use", "start of 2025 (January 2025)", ctx="six at the start", geo=WA),
            L("20%", 20, E, PCT, ASP + "_change", EJ26 + " vs " + EJ25 + " (in a single year; Swansea cabinet member)", occ=1, geo="Swansea"),
            L("£1.75m", 1.75e6, E, GBP, "welsh_government_asylum_integration_funding", "2026/27 (April 2026 to March 2027) (this year; Welsh Government)", geo=WA),
            L("1,430", 1430, E, PARCELS, "charity_food_parcels", "1 January to 1 September 2026 (so far this year; Croeso Sanctuary Network)", geo="Cardiff"),
        ]),
    "07-cregagh-chronicle-asylum-claims-ni-ireland": dict(
        meta=dict(url="https://www.cregaghchronicle.example/news/northern-ireland/asylum-claims-ni-fall-by-a-third-republic-nearly-four-times",
                  title="Asylum claims in Northern Ireland fall by a third as Republic records nearly four times as many",
                  publisher="The Cregagh Chronicle", author="Ciara Mulvenna-Osei", published_date="2026-02-20"),
        labels=[
            L("a third", -THIRD, E, PCT, AA + "_change", C25 + " vs " + C24 + " (headline)", occ=0, geo=NI),
            L("nearly four times", 4, ALM, RATIO, AA + "_ratio", C25 + " (Republic of Ireland against Northern Ireland; headline)", occ=0, geo=IE),
            L("a third", -THIRD, E, PCT, AA + "_change", C25 + " vs " + C24, occ=1, geo=NI),
            L("3,410", 3410, E, P, AA, C25 + " (Home Office, freedom of information)", geo=NI),
            L("5,120", 5120, E, P, AA, C24, geo=NI),
            L("13,240", 13240, E, P, AA, C25 + " (International Protection Office)", geo=IE),
            L("nearly four times", 4, ALM, RATIO, AA + "_ratio", C25 + " (Republic of Ireland against Northern Ireland)", occ=1, geo=IE),
            L("28%", -28, E, PCT, AA + "_change", C25 + " vs " + C24, geo=IE),
            L("18,390", 18390, E, P, AA, C24 + " (the year before)", geo=IE),
            L("about 2.5", 2.5, AP, PER1K, "asylum_applications_per_1000_population", C25, geo=IE),
            L("1.8", 1.8, E, PER1K, "asylum_applications_per_1000_population", C25, geo=NI),
            L("22%", -22, E, PCT, AA + "_change", C25 + " vs " + C24 + " (EU asylum agency)", geo="EU"),
            L("about 790,000", 790000, AP, P, AA, C25 + " (EU asylum agency)", geo="EU"),
            L("roughly one in four", 25, AP, PCT, "asylum_applications_share_sudanese", C25, geo=NI),
            L("58%", 58, E, PCT, "asylum_grants_share_initial_decisions", C25 + " (granted at first instance)", geo=NI),
            L("27%", 27, E, PCT, "asylum_grants_share_initial_decisions", C25 + " (granted at first instance)", geo=IE),
            L("More than eight in ten", 80, MT, PCT, "asylum_applications_share_claimed_at_ipo_office", C25 + " (made in person at the IPO office in Dublin; Department of Justice)", geo=IE),
            L("2,540", 2540, E, P, ASP, "end of December 2025 (31 December 2025)", geo=NI),
            L("2,080", 2080, E, P, ASP, "end of December 2025 (31 December 2025)", geo="Belfast"),
            L("31", 31, E, P, "international_protection_returns_to_uk", C25 + " (under Common Travel Area arrangements)", geo=IE),
            L("€1.26bn", 1.26e9, E, EUR, "international_protection_accommodation_cost", C25, geo=IE),
            L("14%", 14, E, PCT, "international_protection_accommodation_cost_change", C25 + " vs " + C24, geo=IE),
            L("32,600", 32600, E, P, "international_protection_accommodation_population", "end of January 2026 (31 January 2026)", geo=IE),
            L("about 40", 40, AP, P, "charity_new_clients_weekly", "summer 2025 to February 2026 (a week, since the summer; Northside Asylum Advice)", geo="Belfast"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
