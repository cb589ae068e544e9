#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the fifty-fifth hand-labelled hold-out set (holdout55).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, PPB, YEARS, EUR, HOTELS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT)

RET, LEGAL, SHARE_RET = "returns", "uk_france_legal_route_arrivals", "returns_share_of_small_boat_arrivals"
UKFR, OCC, DEATHS = "uk_funding_to_france", "small_boat_occupancy", "small_boat_deaths"
BL, BLA, GR, APPS = "asylum_backlog", "asylum_backlog_appeals", "asylum_grants_share_initial_decisions", "asylum_applications"
SUP = "asylum_support_population"
RES, RGRANT, RCOST, RSHORT = "resettlement_arrivals", "council_resettlement_grant", "council_resettlement_cost", "council_resettlement_cost_shortfall"
HIU = "asylum_hotels_in_use"
INC, COUNCILS = "other:incidents", "other:council_areas"
UK, FR, EU, SC, WA, NI, RW = "UK", "France", "EU", "Scotland", "Wales", "Northern Ireland", "Rwanda"
SAY, HIGH, BHM, WM = "South Ayrshire", "Highland", "Birmingham", "West Midlands"

# periods
Y25, Y24, Y23, Y22 = "2025 (calendar year)", "2024 (calendar year)", "2023 (calendar year)", "2022 (calendar year)"
FY2526, FY2425, FY2627 = "2025/26 financial year", "2024/25 financial year", "2026/27 financial year"
YTD_S, YTD_S25 = "1 January to 13 September 2026", "1 January to 13 September 2025"
DEAL_S = "18 September 2025 (first return) to 11 September 2026 (last Friday)"
YJ26, YJ25 = "year ending June 2026 (July 2025 to June 2026)", "year ending June 2025 (July 2024 to June 2025)"
EJ26 = "end of June 2026 (30 June 2026)"
YS26, YS25 = ("year ending September 2026 (October 2025 to September 2026)",
              "year ending September 2025 (October 2024 to September 2025)")
ES26, ES25 = "end of September 2026 (30 September 2026)", "end of September 2025 (30 September 2025)"
EM26, EM25 = "end of March 2026 (31 March 2026)", "end of March 2025 (31 March 2025)"
YTD_O, YTD_O25 = "1 January to 19 October 2026", "1 January to 19 October 2025"
DEAL_O = "18 September 2025 (first return) to 21 October 2026"
T = " (table, in thousands)"

ARTICLES = {
    "01-signpost-explainer-channel-crossings-costs-returns": dict(
        meta=dict(url="https://www.thesignpost.example/news/politics/channel-crossings-explained-numbers-cost-returns",
                  title="Channel crossings explained: how many people have come, what it costs and what happens next",
                  publisher="The Signpost", author="Tamsin Okafor-Lindqvist", published_date="2026-09-14"),
        labels=[
            L("29,370", 29370, E, P, SBA, YTD_S + " (by the close of Sunday; Home Office)"),
            L("6 per cent", -6, E, PCT, SBA + "_change", YTD_S + " vs " + YTD_S25),
            L("31,260", 31260, E, P, SBA, YTD_S25 + " (the equivalent date twelve months ago)"),
            L("41,472", 41472, E, P, SBA, Y25 + " (logged across 2025)"),
            L("45,774", 45774, E, P, SBA, Y22 + " (the record)"),
            L("36,816", 36816, E, P, SBA, Y24),
            L("about 53", 53, AP, PPB, OCC, YTD_S + " (average per dinghy so far this year)"),
            L("13", 13, E, PPB, OCC, "2020 (calendar year; average per dinghy)", ctx="with 13 in 2020"),
            L("about one in six", SIXTH, AP, PCT, "small_boat_arrivals_share_eritrean", YTD_S + " (Eritreans, the largest nationality in 2026)"),
            L("roughly one in ten", 10, AP, PCT, "small_boat_arrivals_share_unaccompanied_children", YTD_S + " (children travelling without a parent; officials)"),
            L("1,610", 1610, E, P, RET, DEAL_S + " (flown back to France under the one-in, one-out arrangement; Home Office)", geo=FR),
            L("1,170", 1170, E, P, LEGAL, DEAL_S + " (came to Britain from France by the legal route)"),
            L("fewer than one in 20", 5, LT, PCT, SHARE_RET, DEAL_S + " (returns against people arriving by dinghy since the first return)", geo=FR),
            L("37,180", 37180, E, P, RET, YJ26 + " (all nationalities and routes)"),
            L("8 per cent", 8, E, PCT, RET + "_change", YJ26 + " vs " + YJ25),
            L("£4.6bn", 4.6e9, E, GBP, AC, FY2526 + " (Home Office spending on asylum)"),
            L("£5.4bn", 5.4e9, E, GBP, AC, FY2425 + " (the year before)"),
            L("roughly £12.6m", 12.6e6, AP, GBP, AC, FY2526 + " (a day)"),
            L("about £145", 145, AP, GBP, "asylum_hotel_cost_per_person_night", FY2526 + " (a night in a hotel, per person)"),
            L("about £24", 24, AP, GBP, "asylum_dispersal_cost_per_person_night", FY2526 + " (a night in ordinary dispersal housing, per person)"),
            L("27,650", 27650, E, P, HOT, EJ26),
            L("nearly a fifth", -20, ALM, PCT, HOT + "_change", EJ26 + " vs end of June 2025 (in a year)"),
            L("£715m", 715e6, E, GBP, "rwanda_scheme_cost", "April 2022 to July 2024 (cost before the scheme was scrapped)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (all volunteers)", ctx="Just four people"),
            L("more than 100", 100, MT, P, "rwanda_accommodation_capacity", "to July 2024 (housing prepared for people who never arrived)", geo=RW),
            L("Some 58,700", 58700, AP, P, BL, EJ26 + " (claimants with no first-instance ruling)"),
            L("35 per cent", -35, E, PCT, BL + "_change", EJ26 + " vs end of June 2025 (in a year)"),
            L("more than 60,000", 60000, MT, P, BLA, "14 September 2026 (now; the tribunal queue)"),
            L("171,000", 171000, E, P, NM, Y25 + " (Office for National Statistics)"),
            L("less than a fifth", 0.2, LT, RATIO, NM + "_ratio", Y25 + " vs " + Y23),
        ]),
    "02-carrick-crier-scottish-councils-refugee-resettlement-costs": dict(
        meta=dict(url="https://www.carrickcrier.example/news/scottish-news/councils-refugee-resettlement-funding-gap-9-4m",
                  title="Councils hit with £9.4m bill as refugee cash falls short",
                  publisher="The Carrick Crier", author="Callum Rennie-Adeyemi", published_date="2026-06-09"),
        labels=[
            L("£9.4m", 9.4e6, E, GBP, RSHORT, FY2526 + " (Scottish councils' combined gap; headline)", geo=SC),
            L("just over three-quarters", 75, MT, PCT, "council_resettlement_cost_share_covered_by_tariff", FY2526 + " (Home Office money against the real cost; standfirst)", geo=SC),
            V("millions of pounds", 2e6, 9e6, GBP, RSHORT, FY2526 + " (councils left out of pocket)", geo=SC),
            L("£9.4million", 9.4e6, E, GBP, RSHORT, FY2526 + " (combined gap; COSLA survey)", geo=SC),
            L("1,184", 1184, E, P, RES, Y25 + " (last year; official resettlement schemes)", geo=SC),
            L("912", 912, E, P, RES, Y24, geo=SC),
            L("nearly 30 per cent", 30, ALM, PCT, RES + "_change", Y25 + " vs " + Y24, geo=SC),
            L("486", 486, E, P, "resettlement_arrivals_afghan", Y25 + " (Afghans among last year's arrivals)", geo=SC),
            L("about two in five", 40, AP, PCT, "resettlement_arrivals_share_afghan", Y25, geo=SC),
            L("More than 5,600", 5600, MT, P, RES, "2015 (Syrian scheme began) to 9 June 2026", geo=SC),
            L("£20,520", 20520, E, GBP, RGRANT, "per refugee, spread over five years (Home Office tariff)"),
            L("closer to £27,000", 27000, AP, GBP, RCOST, "per refugee over five years (the true cost, councils say)", geo=SC),
            L("more than £6,000", 6000, MT, GBP, "council_resettlement_cost_shortfall_per_refugee", "per refugee over five years", geo=SC),
            L("40 per cent", 40, E, PCT, "council_resettlement_cost_excess_over_tariff", "9 June 2026 (costs running above the tariff; Highland Council)", geo=HIGH),
            L("214", 214, E, P, RES, "2016 to 9 June 2026 (refugees taken in)", geo=SAY),
            L("£1.46m", 1.46e6, E, GBP, RCOST, FY2526, geo=SAY),
            L("£1.09m", 1.09e6, E, GBP, RGRANT, FY2526 + " (got back from the Home Office)", geo=SAY),
            L("Sixty-one", 61, E, P, RES, Y25 + " (last year; council leader)", geo=SAY),
            L("around a quarter", 25, AP, PCT, "council_resettlement_cost_share_council_budget", FY2526 + " (cost coming out of the council's own budget; council leader)", geo=SAY),
            L("more than two years", 2, MT, YEARS, "council_housing_waiting_time", "9 June 2026 (wait for a three-bedroom council tenancy in parts of Carrick; council leader)", geo=SAY),
            L("one in five", 20, E, PCT, "councils_share_may_pause_resettlement", "9 June 2026 (councils warning they might pause new arrivals; COSLA)", geo=SC),
            L("More than 28,000", 28000, MT, P, "immigration_ukraine", "2022 to 9 June 2026 (Ukrainians arrived)", geo=SC),
            L("Around 1,260", 1260, AP, P, "ukrainian_welcome_accommodation_population", "9 June 2026 (still in welcome accommodation)", geo=SC),
            L("almost two-thirds", -200 / 3, ALM, PCT, "ukrainian_welcome_accommodation_population_change", "9 June 2026 vs June 2025 (a year ago)", geo=SC),
            L("£6.2m", 6.2e6, E, GBP, "scottish_government_refugee_support_funding", FY2627 + " (this year; Scottish Government)", geo=SC),
        ]),
    "03-tyburn-wire-home-office-quarterly-statistics-returns-hotels": dict(
        meta=dict(url="https://www.tyburnwire.example/uk-news/home-affairs/enforced-returns-up-asylum-hotels-fall-third",
                  title="Enforced returns up 14% as number of asylum seekers in hotels falls by a third",
                  publisher="Tyburn Wire", author="Oliver Mbeki-Hartnell", published_date="2026-11-26"),
        labels=[
            L("14%", 14, E, PCT, RET + "_change", YS26 + " vs " + YS25 + " (enforced returns; headline)", ctx="Enforced returns up 14%"),
            L("a third", -THIRD, E, PCT, HOT + "_change", ES26 + " vs " + ES25 + " (headline)", ctx="falls by a third"),
            L("14%", 14, E, PCT, RET + "_change", YS26 + " vs " + YS25 + " (forced removals, over the past year)", ctx="climbed by 14%"),
            L("a third", -THIRD, E, PCT, HOT + "_change", ES26 + " vs " + ES25, ctx="shrank by a third"),
            L("some 10,420", 10420, AP, P, RET, YS26 + " (enforced returns; Home Office)"),
            L("9,140", 9140, E, P, RET, YS25 + " (enforced returns)"),
            L("38,650", 38650, E, P, RET, YS26 + " (returns of all kinds)"),
            L("9%", 9, E, PCT, RET + "_change", YS26 + " vs " + YS25),
            L("23,100", 23100, E, P, RET, YS26 + " (voluntary)"),
            L("5,130", 5130, E, P, RET, YS26 + " (turned away at the border and then departed)"),
            L("24,180", 24180, E, P, HOT, ES26),
            L("33%", -33, E, PCT, HOT + "_change", ES26 + " vs " + ES25),
            L("36,270", 36270, E, P, HOT, ES25),
            L("103,600", 103600, E, P, SUP, ES26),
            L("fewer than a quarter", 25, LT, PCT, "asylum_support_share_hotels", ES26),
            L("97,400", 97400, E, P, APPS, YS26),
            L("12%", -12, E, PCT, APPS + "_change", YS26 + " vs " + YS25),
            L("110,700", 110700, E, P, APPS, YS25),
            L("94,900", 94900, E, P, "asylum_initial_decisions", YS26),
            L("38,900", 38900, E, P, "asylum_grants", YS26 + " (protection granted at initial decision)"),
            L("41%", 41, E, PCT, GR, YS26),
            L("48%", 48, E, PCT, GR, YS25),
            L("54,300", 54300, E, P, BL, ES26 + " (queue for a first decision)"),
            L("31%", -31, E, PCT, BL + "_change", ES26 + " vs " + ES25),
            L("78,900", 78900, E, P, BL, ES25),
            L("67,800", 67800, E, P, BLA, ES26),
            L("19%", 19, E, PCT, BLA + "_change", ES26 + " vs " + ES25),
            V("tens of thousands", 20000, 90000, P, BLA, ES26 + " (in the appeals queue; Shadow Home Secretary)"),
            L("Some 27,300", 27300, AP, P, "detention_entries", YS26),
            L("6%", 6, E, PCT, "detention_entries_change", YS26 + " vs " + YS25),
            L("2,310", 2310, E, P, "detention_population", ES26 + " (highest quarter-end figure since 2019)"),
            L("36,890", 36890, E, P, SBA, "1 January to 25 November 2026 (up to Wednesday; Home Office daily counts)"),
            L("4%", -4, E, PCT, SBA + "_change", "1 January to 25 November 2026 vs 1 January to 25 November 2025"),
            L("51,200", 51200, E, P, "visas_granted_skilled_worker", YS26 + " (main applicants)"),
            L("38%", -38, E, PCT, "visas_granted_skilled_worker_change", YS26 + " vs " + YS25),
            L("61%", -61, E, PCT, "visas_granted_health_care_worker_change", YS26 + " vs " + YS25),
            L("9,800", 9800, E, P, "visas_granted_health_care_worker", YS26),
            L("4,310", 4310, E, P, RES, YS26 + " (resettlement schemes, most of them Afghans)"),
            L("17%", -17, E, PCT, RES + "_change", YS26 + " vs " + YS25),
            L("68,900", 68900, E, P, "visas_granted_family", YS26),
            L("3%", 3, E, PCT, "visas_granted_study_change", YS26 + " vs " + YS25),
            L("401,300", 401300, E, P, "visas_granted_study", YS26),
            L("around one in three", THIRD, AP, PCT, "care_provider_overseas_hires_share_ineligible", "2025 (overseas hires that would be impossible under today's rules; Meridian Migration Trust)"),
            L("148,000", 148000, E, P, NM, YJ26 + " (ONS)"),
            L("204,000", 204000, E, P, NM, YJ25 + " (the previous year; ONS)"),
        ]),
    "04-green-benches-westminster-morning-net-migration-by-the-numbers": dict(
        meta=dict(url="https://www.greenbenches.example/newsletter/london-morning/2026-11-27",
                  title="Green Benches London Morning: Net migration down again",
                  publisher="Green Benches", author="Hattie Szabo-Crane, Rupert Adeyinka-Moss", published_date="2026-11-27"),
        labels=[
            L("148,000", 148000, E, P, NM, YJ26 + " (ONS)", occ=0),
            L("204,000", 204000, E, P, NM, YJ25 + " (a year earlier)"),
            L("less than a sixth", 1 / 6, LT, RATIO, NM + "_ratio", YJ26 + " vs year ending March 2023 (the 2023 peak)"),
            L("Some 631,000", 631000, AP, P, "emigration", YJ26 + " (left the UK)"),
            L("779,000", 779000, E, P, "immigration", YJ26 + " (arrived)"),
            R("between 101,000 and 195,000", 101000, 195000, P, NM, YJ26 + " (where the true figure could lie; ONS statisticians)"),
            L("about 260,000", 260000, AP, P, "net_migration_forecast", "later this decade (a year; the OBR's last forecast)"),
            V("several billion pounds", 2e9, 9e9, GBP, "public_finances_effect_lower_migration", "spring 2027 forecast (what lower net migration could knock off; Treasury worries)"),
            L("37,030", 37030, E, P, SBA, "1 January to 26 November 2026 (by Thursday night)", occ=0),
            L("around 40,000", 40000, AP, P, SBA, "2026 (calendar year; officials' private expectation)"),
            L("41,472", 41472, E, P, SBA, Y25 + " (last year)"),
            L("almost a fifth", 20, ALM, PCT, BLA + "_change", ES26 + " vs " + ES25 + " (appeals queue, in a year)"),
            L("67,800", 67800, E, P, BLA, ES26),
            L("44 percent", 44, E, PCT, "poll_share_immigration_top_three_issue", "November 2026 (voters naming immigration as a top-three issue; poll pushed by Reform's press office)"),
            L("52 percent", 52, E, PCT, "poll_share_immigration_top_three_issue", "spring 2026"),
            L("3,120", 3120, E, P, SUP, ES26 + " (Home Office tables)", geo=WA),
            L("2,650", 2650, E, P, SUP, ES26 + " (Home Office tables)", geo=NI),
            # By the numbers
            L("148,000", 148000, E, P, NM, YJ26 + " (by the numbers; ONS)", occ=1),
            L("27%", -27, E, PCT, NM + "_change", YJ26 + " vs " + YJ25 + " (by the numbers)"),
            L("24,180", 24180, E, P, HOT, ES26 + " (by the numbers)"),
            L("38,650", 38650, E, P, RET, YS26 + " (by the numbers)"),
            L("9%", 9, E, PCT, RET + "_change", YS26 + " vs " + YS25 + " (by the numbers)"),
            L("37,030", 37030, E, P, SBA, "1 January to 26 November 2026 (so far in 2026; by the numbers)", occ=1),
            L("£4.6bn", 4.6e9, E, GBP, AC, FY2526 + " (by the numbers)"),
            L("£15.3bn", 15.3e9, E, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (the contracts' ten-year life; spending watchdog)"),
        ]),
    "05-heartland-evening-mail-birmingham-asylum-hotels-council-costs": dict(
        meta=dict(url="https://www.heartlandeveningmail.example/news/birmingham/council-counts-cost-asylum-hotels-west-midlands",
                  title="Council counts £3.8m cost of asylum hotels as West Midlands numbers fall",
                  publisher="Heartland Evening Mail", author="Jaspreet Kaur-Whitlock", published_date="2026-07-08"),
        labels=[
            L("£3.8m", 3.8e6, E, GBP, "council_asylum_cost", FY2526 + " (services for asylum seekers in hotels; headline)", occ=0, geo=BHM),
            L("less than a third", THIRD, LT, PCT, "council_asylum_cost_share_funded_by_home_office", FY2526 + " (standfirst)", occ=0, geo=BHM),
            L("£3.8m", 3.8e6, E, GBP, "council_asylum_cost", FY2526 + " (last year; services for asylum seekers in hotels)", occ=1, geo=BHM),
            L("£1.1m", 1.1e6, E, GBP, "home_office_funding_to_councils", FY2526 + " (received towards it)", geo=BHM),
            L("less than a third", THIRD, LT, PCT, "council_asylum_cost_share_funded_by_home_office", FY2526 + " (the Home Office contribution)", occ=1, geo=BHM),
            L("1,260", 1260, E, P, HOT, EM26 + " (Home Office)", geo=BHM),
            L("nine", 9, E, HOTELS, HIU, EM26, ctx="nine hotels", geo=BHM),
            L("2,940", 2940, E, P, "asylum_dispersal_population", EM26 + " (dispersed housing)", geo=BHM),
            L("more than a third", THIRD, MT, PCT, "asylum_hotel_population_share_birmingham", EM26 + " (Birmingham's part of the region's hotel residents)", geo=WM),
            L("3,410", 3410, E, P, HOT, EM26, geo=WM),
            L("4,630", 4630, E, P, HOT, EM25 + " (a year earlier)", geo=WM),
            L("26 per cent", -26, E, PCT, HOT + "_change", EM26 + " vs " + EM25, geo=WM),
            L("27", 27, E, HOTELS, HIU, EM26, ctx="had 27 hotels", geo=WM),
            L("38", 38, E, HOTELS, HIU, EM25, ctx="down from 38", geo=WM),
            L("29,840", 29840, E, P, HOT, EM26 + " (nationally)"),
            L("around a fifth", -20, AP, PCT, HOT + "_change", EM26 + " vs " + EM25 + " (the year before)"),
            L("roughly £4.1m", 4.1e6, AP, GBP, AC, "July 2026 (the hotel bill, a day; Home Office)"),
            L("more than £300m", 300e6, MT, GBP, "council_budget_savings", "to July 2026 (savings already found; cabinet member for social justice and communities)", geo=BHM),
            L("around 600", 600, AP, P, "school_places_asylum_hotel_children", "1 January to 8 July 2026 (children from hotel families given school places since January; MP for Birmingham Ladywood)", geo=BHM),
            L("£212,000", 212000, E, GBP, "council_legal_costs_asylum_hotel", "to July 2026 (legal advice in its attempt to stop a hotel being used; Walsall Council)", geo="Walsall"),
            L("more than 4,800", 4800, MT, P, "petition_signatures", "to July 2026 (petition for a hotel to close)", geo="Sutton Coldfield"),
            L("47", 47, E, INC, "police_callouts_asylum_hotel", "January to May 2026 (incidents at or near one hotel; West Midlands Police)", geo="Solihull"),
            L("more than 400", 400, MT, HOTELS, HIU, "2023 (Home Office spokeswoman)"),
            L("more than half", -50, MT, PCT, HIU + "_change", "July 2026 vs 2023 (Home Office spokeswoman)"),
            L("more than £50m", 50e6, MT, GBP, "home_office_funding_to_councils", "2026 (grants to councils this year; Home Office spokeswoman)"),
        ]),
    "06-cherwell-migration-review-emigration-net-migration-commentary": dict(
        meta=dict(url="https://www.cherwellmigrationreview.example/commentary/net-migration-halved-again-departures",
                  title="Net migration has halved again. This time departures are doing much of the work",
                  publisher="Cherwell Migration Review", author="Eleri Vasquez-Holloway", published_date="2026-05-22"),
        labels=[
            L("halved", -50, E, PCT, NM + "_change", Y25 + " vs " + Y24 + " (headline)", occ=0),
            L("171,000", 171000, E, P, NM, Y25 + " (an estimated; provisional ONS figures; summary)"),
            L("641,000", 641000, E, P, "emigration", Y25 + " (highest annual figure in the current series; summary)"),
            L("About a quarter", 25, AP, PCT, "net_migration_share_of_fall_from_emigration", "2023 to 2025 (summary)"),
            # Table 1
            L("1,218", 1218000, E, P, "immigration", Y22 + T),
            L("493", 493000, E, P, "emigration", Y22 + T),
            L("725", 725000, E, P, NM, Y22 + T),
            L("1,326", 1326000, E, P, "immigration", Y23 + T),
            L("460", 460000, E, P, "emigration", Y23 + T),
            L("866", 866000, E, P, NM, Y23 + T),
            L("948", 948000, E, P, "immigration", Y24 + T + " (provisional)"),
            L("593", 593000, E, P, "emigration", Y24 + T + " (provisional)"),
            L("355", 355000, E, P, NM, Y24 + T + " (provisional)"),
            L("812", 812000, E, P, "immigration", Y25 + T + " (provisional)"),
            L("641", 641000, E, P, "emigration", Y25 + T + " (provisional)"),
            L("171", 171000, E, P, NM, Y25 + T + " (provisional)"),
            # Body
            L("695,000", -695000, E, P, NM + "_change", "2023 to 2025 (fall)"),
            L("514,000", -514000, E, P, "immigration_change", "2023 to 2025 (immigration's part of the fall)"),
            L("181,000", 181000, E, P, "emigration_change", "2023 to 2025 (emigration's part of the fall)"),
            L("roughly 26%", 26, AP, PCT, "net_migration_share_of_fall_from_emigration", "2023 to 2025"),
            L("more than halved", -50, MT, PCT, NM + "_change", Y25 + " vs " + Y24),
            L("402,000", 402000, E, P, "emigration_non_eu", Y25),
            L("151,000", 151000, E, P, "emigration_former_study_visa_non_eu", Y25 + " (an estimated; first arrived on a study visa)"),
            L("a little under two in five", 40, LT, PCT, "emigration_non_eu_share_former_study", Y25),
            L("142,000", 142000, E, P, "emigration_eu", Y25),
            L("97,000", 97000, E, P, "emigration_british", Y25),
            L("around 72,000", -72000, AP, P, "net_migration_british_nationals", Y25 + " (net outflow of British nationals, last year)"),
            L("more than 1.2m", 1.2e6, MT, P, "emigration", "2024 and 2025 (two calendar years together)"),
            L("345,000", 345000, E, P, NM, Y24 + " (ONS's previous estimate)"),
            L("355,000", 355000, E, P, NM, Y24 + " (revised)"),
            L("10,000", 10000, E, P, NM + "_revision", Y24 + " (upward revision)"),
            R("from 121,000 to 221,000", 121000, 221000, P, NM, Y25 + " (ONS measure of uncertainty)"),
            L("340,000", 340000, E, P, "net_migration_projection_assumption", "long run (a year; Office for Budget Responsibility's fiscal forecasts)"),
            L("about twice", 2, AP, RATIO, NM + "_ratio", "OBR long-run assumption vs " + Y25 + " estimate"),
            L("69.4 million", 69.4e6, E, P, "population", "mid-2025 (30 June 2025)"),
            L("706,000", 706000, E, P, "population_growth", "year to mid-2024 (1 July 2023 to 30 June 2024)", geo="England and Wales"),
        ]),
    "07-agence-manche-presse-boulogne-interceptions-returns-deal": dict(
        meta=dict(url="https://www.manchepresse.example/en/france-britain-migration-channel-boulogne-returns-deal",
                  title="Off Boulogne, French police try to stop boats at sea as UK returns deal falls short",
                  publisher="Agence Manche-Presse", author=None, published_date="2026-10-21"),
        labels=[
            L("14", 14, E, BOATS, "small_boat_interceptions_at_sea", "summer 2026 to 21 October 2026 (stopped by intercepting at sea so far; French officials)", ctx="stop 14 boats", geo=FR),
            L("more than 19,800", 19800, MT, P, "small_boat_launch_attempts_stopped_people", "1 January to 18 October 2026 (maritime prefecture)", geo=FR),
            L("about 21,000", 21000, AP, P, "small_boat_launch_attempts_stopped_people", "1 January to 18 October 2025 (same period last year)", geo=FR),
            L("33,950", 33950, E, P, SBA, YTD_O + " (by Monday; British figures)"),
            L("about 5 percent", -5, AP, PCT, SBA + "_change", YTD_O + " vs " + YTD_O25),
            L("41,472", 41472, E, P, SBA, Y25 + " (the year ended with)"),
            L("412", 412, E, P, SBA, "Monday 19 October 2026"),
            L("eight", 8, E, BOATS, SBC, "Monday 19 October 2026", ctx="in eight boats"),
            L("at least 23", 23, AL, P, DEATHS, "1 January to 21 October 2026 (so far in 2026; AMP tally from French official sources)"),
            L("78", 78, E, P, DEATHS, Y24 + " (the deadliest year on record)"),
            L("around 50", 50, AP, P, "returns_france_weekly_cap", "a week (the pilot's initially expected rate)", geo=FR),
            L("1,940", 1940, E, P, RET, DEAL_O + " (sent back to France; British officials)", geo=FR),
            L("1,410", 1410, E, P, LEGAL, DEAL_O + " (travelled to Britain through the legal route)"),
            L("fewer than one in 20", 5, LT, PCT, SHARE_RET, DEAL_O + " (returns against dinghy passengers counted since launch)", geo=FR),
            L("around 2,000", 2000, AP, P, "people_waiting_northern_france", "21 October 2026 (living in tents in the camps near Dunkirk; Refuge Littoral)", geo=FR),
            R("between 1,500 and 2,500 euros", 1500, 2500, EUR, "smuggler_fee", "October 2026 (for a seat; migrants interviewed by AMP)", geo=FR),
            L("up to 7,000 euros", 7000, AM, EUR, "smuggler_fee", "October 2026 (for the whole journey from Libya; migrants interviewed by AMP)", geo=FR),
            L("more than 60", 60, MT, PPB, OCC, "October 2026 (boats now routinely carry)", geo=FR),
            V("Hundreds of millions", 2e8, 9e8, GBP, UKFR, "2023 onwards (money Britain has paid France; crosshead)"),
            L("£476 million", 476e6, E, GBP, UKFR, "2023 to 2026 (three-year agreement signed in 2023)"),
            L("550 million euros", 550e6, E, EUR, UKFR, "2023 to 2026 (three-year agreement signed in 2023; conversion)"),
            L("at least 200 million euros", 200e6, AL, EUR, UKFR, "a year (follow-up deal sought by Paris; French interior ministry source)"),
            L("Some 1,200", 1200, AP, P, "french_coastal_police_deployed", "21 October 2026 (police and gendarmes deployed; maritime prefecture)", geo=FR),
            L("312", 312, E, P, "smuggling_arrests", Y25 + " (last year; suspected smugglers in Nord and Pas-de-Calais; prosecutors in Boulogne)", geo=FR),
            L("about 153,000", 153000, AP, P, APPS, Y25, geo=FR),
            L("about a fifth", -20, AP, PCT, "irregular_arrivals_change", "January to September 2026 vs January to September 2025 (Frontex)", geo=EU),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
