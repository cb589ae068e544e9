#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the fortieth hand-labelled hold-out set (holdout40).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, EUR, PPB, HOTELS, MONTHS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT)

FLIGHTS, PPF, DAYS, HH = "other:flights", "other:persons_per_flight", "other:days", "other:households"
CA, CENTRES, USD = "other:council_areas", "other:centres", "other:USD"
RET, APPS, BL, BLA = "returns", "asylum_applications", "asylum_backlog", "asylum_backlog_appeals"
SUPPORT, HOTELS_IN_USE = "asylum_support_population", "asylum_hotels_in_use"
SHARE_SB, LEGAL, CHARTER = "returns_share_of_small_boat_arrivals", "uk_france_legal_route_arrivals", "charter_removal_flights"
OCC, POP, NMI = "small_boat_occupancy", "population", "net_migration_international"
FR, UK, WM, WA, EU = "France", "UK", "West Midlands", "Wales", "EU"

# periods
EM26, EM25 = "end of March 2026 (31 March 2026)", "end of March 2025 (31 March 2025)"
YM26, YM25, YM24 = "year ending March 2026", "year ending March 2025", "year ending March 2024"
YJ26, YJ25 = "year ending June 2026", "year ending June 2025"
REL_MAY = " (Home Office statistics published Thursday 21 May 2026)"
SUMMER26, SUMMER25 = "1 June to 31 August 2026 (this summer)", "1 June to 31 August 2025 (same three months of 2025)"
AUG26 = "August 2026"
YTD_AUG26, YTD_AUG25 = "1 January to 31 August 2026 (2026 so far)", "1 January to 31 August 2025 (by the end of August last year)"
YTD_SEP26, YTD_SEP25 = "1 January to 30 September 2026", "1 January to 30 September 2025"
PILOT = "18 September 2025 (first returns) to "
MID25, MID24 = "mid-2025 (30 June 2025)", "mid-2024 (30 June 2024)"
Y_MID25, Y_MID24 = "year to mid-2025 (1 July 2024 to 30 June 2025)", "year to mid-2024 (1 July 2023 to 30 June 2024)"
H1_26, H1_25 = "first half of 2026 (January to June 2026)", "first half of 2025 (January to June 2025)"
T1 = " (Table 1)"

ARTICLES = {
    "01-palatine-asylum-appeals-queue-almost-69000": dict(
        meta=dict(url="https://www.thepalatine.example/uk-news/2026/may/22/asylum-appeals-queue-almost-69000-home-office-refusals-backlog-courts",
                  title="Asylum appeals queue hits almost 69,000 as faster Home Office refusals shift the backlog to the courts",
                  publisher="The Palatine", author="Tamsin Okonedo-Rourke", published_date="2026-05-22"),
        labels=[
            L("almost 69,000", 69000, ALM, P, BLA, EM26 + " (asylum appeals outstanding at the first-tier tribunal; headline)"),
            L("almost two-thirds", 200 / 3, ALM, PCT, BLA + "_change", EM26 + " vs " + EM25 + " (cases waiting for a tribunal hearing, in a year; standfirst)"),
            L("a third", THIRD, E, RATIO, BL + "_ratio", EM26 + " vs the peak, summer 2023 (queue for first decisions; standfirst)",
              ctx="to a third of its peak"),
            L("nearly 69,000", 69000, ALM, P, BLA, EM26 + " (people waiting for an asylum appeal to be heard)"),
            V("tens of thousands", 20000, 90000, P, "asylum_appeals_lodged", YM26 + " (refused claimants sent into the tribunal system)"),
            L("68,900", 68900, E, P, BLA, EM26 + " (asylum appeals outstanding in the first-tier tribunal)" + REL_MAY),
            L("41,900", 41900, E, P, BLA, EM25 + " (twelve months before)"),
            L("64%", 64, E, PCT, BLA + "_change", EM26 + " vs " + EM25 + " (a rise of)"),
            L("35%", -35, E, PCT, BL + "_change", EM26 + " vs " + EM25 + " (people waiting for a first decision; fell by)"),
            L("58,640", 58640, E, P, BL, EM26 + " (people waiting for a first decision)"),
            L("roughly a third", THIRD, AP, RATIO, BL + "_ratio", EM26 + " vs the peak, summer 2023"),
            L("about 175,000", 175000, AP, P, BL, "summer 2023 (the peak)"),
            L("127,540", 127540, E, P, "asylum_backlog_including_appeals", EM26 + " (waiting for an initial decision or an appeal)"),
            L("132,700", 132700, E, P, "asylum_backlog_including_appeals", EM25 + " (a year earlier)"),
            L("131,200", 131200, E, P, "asylum_initial_decisions", YM26),
            L("43%", 43, E, PCT, "asylum_grants_share_initial_decisions", YM26 + " (decisions granting protection)"),
            L("48%", 48, E, PCT, "asylum_grants_share_initial_decisions", YM25 + " (the previous year)"),
            L("61,300", 61300, E, P, "asylum_appeals_lodged", YM26 + " (appeals lodged by refused claimants)"),
            L("almost double", 2, ALM, RATIO, "asylum_appeals_lodged_ratio", YM26 + " vs " + YM24 + " (two years earlier)"),
            L("46%", 46, E, PCT, "asylum_appeals_share_allowed", YM26 + " (asylum appeals decided in the year)"),
            L("about 14 months", 14, AP, MONTHS, "asylum_appeal_wait_average", "now, May 2026 (wait for a hearing)"),
            L("roughly seven months", 7, AP, MONTHS, "asylum_appeal_wait_average", "2024 (wait for a hearing)"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week, now (director, Refugee Legal Access Network)"),
            L("more than 3,200", 3200, MT, P, "charity_service_users",
              "1 January to May 2026 (since January; appellants helped by the Refugee Legal Access Network; director)"),
            L("roughly twice", 2, AP, RATIO, "charity_service_users_ratio",
              "January to May 2026 vs the same months of 2025 (appellants helped; director, Refugee Legal Access Network)"),
            L("about 24,000", 24000, AP, P, "asylum_support_population_awaiting_appeal", EM26 + " (Home Office)"),
            L("104,700", 104700, E, P, SUPPORT, EM26 + " (people the Home Office was supporting)"),
            L("28,900", 28900, E, P, HOT, EM26),
            L("11%", -11, E, PCT, HOT + "_change", EM26 + " vs " + EM25 + " (fewer than a year earlier)"),
            L("5%", -5, E, PCT, APPS + "_change", YM26 + " vs " + YM25 + " (fell by)"),
            L("104,380", 104380, E, P, APPS, YM26 + " (people applying)"),
            L("about 36%", 36, AP, PCT, "asylum_applications_share_small_boat_arrivals", YM26 + " (claims lodged by small-boat arrivals)"),
            L("32", 32, E, P, "tribunal_judges_recruited", "2026 (this year; additional judges; retired immigration judge)"),
            L("at least 100", 100, AL, P, "tribunal_judges_target",
              "future (more judges needed to bring waits down to six months; retired immigration judge)"),
            L("more than half", -50, MT, PCT, BL + "_change",
              "July 2024 to March 2026 (since the election; queue for initial decisions cut; Home Office spokesperson)"),
        ]),
    "02-daily-bellows-summer-channel-crossings-16000": dict(
        meta=dict(url="https://www.dailybellows.example/news/uk/2049371/summer-chaos-16000-migrants-cross-channel-august-worst-month",
                  title="Summer of chaos as more than 16,000 migrants cross Channel in three months – with August the worst month of 2026",
                  publisher="Daily Bellows", author="Fergal Lindqvist-Adeyemi", published_date="2026-09-01"),
        labels=[
            L("more than 16,000", 16000, MT, P, SBA, SUMMER26 + " (in three months; headline)"),
            L("5,940", 5940, E, P, SBA, AUG26 + " (August alone; standfirst)", occ=0),
            L("MORE than 16,000", 16000, MT, P, SBA, SUMMER26),
            L("16,070", 16070, E, P, SBA, SUMMER26 + " (Home Office figures)"),
            L("15 per cent", 15, E, PCT, SBA + "_change", SUMMER26 + " vs " + SUMMER25 + " (up)"),
            L("14,030", 14030, E, P, SBA, SUMMER25),
            L("5,940", 5940, E, P, SBA, AUG26 + " (the busiest month of the year so far)", occ=1),
            L("94", 94, E, BOATS, SBC, AUG26),
            L("63", 63, E, PPB, OCC, AUG26 + " (average crammed into each dinghy)"),
            L("1,137", 1137, E, P, SBA, "Saturday 22 August 2026 (the single worst day)"),
            L("18", 18, E, BOATS, SBC, "Saturday 22 August 2026"),
            L("27,630", 27630, E, P, SBA, YTD_AUG26),
            L("3 per cent", -3, E, PCT, SBA + "_change", YTD_AUG26 + " vs " + YTD_AUG25 + " (a fall of just)"),
            L("28,410", 28410, E, P, SBA, YTD_AUG25),
            L("More than 91,000", 91000, MT, P, SBA, "5 July 2024 to 31 August 2026 (since Labour came to power)"),
            # CROSSINGS THIS SUMMER box
            L("4,870", 4870, E, P, SBA, "June 2026 (Crossings this summer box)"),
            L("5,260", 5260, E, P, SBA, "July 2026 (Crossings this summer box)"),
            L("5,940", 5940, E, P, SBA, AUG26 + " (Crossings this summer box)", occ=2),
            L("16.1k", 16100, E, P, SBA, SUMMER26 + " (Crossings this summer box, total)"),
            # Shadow Home Secretary
            L("Sixteen thousand", 16000, E, P, SBA, SUMMER26 + " (in three months; Shadow Home Secretary)"),
            L("more than 60", 60, MT, PPB, OCC, "now, summer 2026 (people packed into every boat; Shadow Home Secretary)"),
            L("more than £4million", 4e6, MT, GBP, AC, "per day, now (keeping migrants in hotels; Shadow Home Secretary)"),
            L("about one in 30", 100 / 30, AP, PCT, SHARE_SB,
              PILOT + "end of August 2026 (since the deal started; people who came over who were sent back; Shadow Home Secretary)", geo=FR),
            # the rest
            L("11,800", 11800, E, P, "small_boat_launch_attempts_stopped_people", "1 June to end of August 2026 (since the start of June; French police)", geo=FR),
            L("at least 41", 41, AL, P, "small_boat_deaths", "1 January to 1 September 2026 (since January; French authorities)"),
            L("more than 1,300", 1300, MT, P, RET, PILOT + "1 September 2026 (under the agreement; Home Office spokesman)", geo=FR),
            L("almost 37,000", 37000, ALM, P, RET, YJ26 + " (removed; Home Office spokesman)"),
            L("9 per cent", 9, E, PCT, RET + "_change", YJ26 + " vs " + YJ25 + " (up; Home Office spokesman)"),
        ]),
    "03-rea-valley-mail-west-midlands-asylum-hotels-dispersal": dict(
        meta=dict(url="https://www.reavalleymail.example/news/midlands-news/three-more-west-midlands-asylum-hotels-close-31984265",
                  title="Three more West Midlands asylum hotels to close by August – but council bosses warn of a homelessness 'cliff edge'",
                  publisher="Rea Valley Mail", author="Jaspreet Halloran-Mensah", published_date="2026-06-10"),
        labels=[
            L("Three", 3, E, HOTELS, "asylum_hotels_to_close", "June to end of August 2026 (headline)", occ=0, geo=WM),
            L("3,920", 3920, E, P, SUPPORT, EM26 + " (people seeking asylum; standfirst)", occ=0, geo="Birmingham"),
            L("Three", 3, E, HOTELS, "asylum_hotels_to_close", "June to end of August 2026 (Home Office)", occ=1, geo=WM),
            L("eight", 8, E, HOTELS, HOTELS_IN_USE, "end of August 2026 (would remain in use after the closures)", geo=WM),
            L("37", 37, E, HOTELS, HOTELS_IN_USE, "2023 (the high point)", geo=WM),
            L("11,860", 11860, E, P, SUPPORT, EM26 + " (figures published last month)", geo=WM),
            L("more than one in ten", 10, MT, PCT, "asylum_support_population_share_west_midlands", EM26 + " (West Midlands' share of the UK total)"),
            L("104,700", 104700, E, P, SUPPORT, EM26 + " (supported across the UK)"),
            L("2,480", 2480, E, P, HOT, EM26, geo=WM),
            L("29%", -29, E, PCT, HOT + "_change", EM26 + " vs " + EM25 + " (a drop of)", geo=WM),
            L("3,920", 3920, E, P, SUPPORT, EM26, occ=1, geo="Birmingham"),
            L("1,640", 1640, E, P, SUPPORT, EM26, geo="Coventry"),
            L("1,280", 1280, E, P, SUPPORT, EM26, geo="Wolverhampton"),
            L("1,150", 1150, E, P, SUPPORT, EM26, geo="Sandwell"),
            L("1,090", 1090, E, P, SUPPORT, EM26, geo="Stoke-on-Trent"),
            L("roughly 0.5%", 0.5, AP, PCT, "asylum_support_population_share_of_residents", EM26 + " (share of the city's population)", geo="Coventry"),
            L("about a quarter", 25, AP, PCT, "asylum_dispersal_population_change", "March 2024 to March 2026 (in two years; people in dispersal housing)", geo=WM),
            L("1,460", 1460, E, HH, "refugees_homeless_after_leaving_asylum_support", "2025/26 financial year (newly recognised refugees presenting as homeless; Birmingham City Council)", geo="Birmingham"),
            L("940", 940, E, HH, "refugees_homeless_after_leaving_asylum_support", "2023/24 financial year", geo="Birmingham"),
            L("more than half", 50, MT, PCT, "refugees_homeless_after_leaving_asylum_support_change", "2025/26 vs 2023/24 (an increase of)", geo="Birmingham"),
            L("£7.8m", 7.8e6, E, GBP, "council_refugee_homelessness_cost", "2025/26 financial year (emergency accommodation for those households)", geo="Birmingham"),
            L("more than 24,000", 24000, MT, HH, "housing_waiting_list_households", "now, June 2026 (households on the waiting list; cabinet member for housing)", geo="Birmingham"),
            L("£95", 95, E, GBP, "council_temporary_accommodation_cost", "per night, now (bed and breakfasts; cabinet member for housing)", geo="Birmingham"),
            L("about 140", 140, AP, P, "asylum_hotel_moves_out", "May 2026 (last month; men moved out of the Crown Lodge hotel)", geo="Walsall"),
            L("1,900", 1900, E, P, "petition_signatures", "2026 (residents' group campaigning for the hotel's closure)", geo="Walsall"),
            L("310", 310, E, P, SUPPORT, "now, June 2026 (people seeking asylum housed in the borough; leader of Dudley Council)", geo="Dudley"),
            L("More than 400", 400, MT, HOTELS, HOTELS_IN_USE, "the peak (in use nationally; Home Office spokesperson)"),
            L("fewer than 200", 200, LT, HOTELS, HOTELS_IN_USE, "now, June 2026 (today; Home Office spokesperson)"),
        ]),
    "04-members-research-bureau-small-boat-statistics-2026": dict(
        meta=dict(url="https://research.members-bureau.example/research-briefings/mrb-0412/",
                  title="Small boat crossings of the English Channel: statistics to September 2026",
                  publisher="Members' Research Bureau", author="Ottilie Brannagh-Suleiman, Lucas Ferreira-Hodgkins",
                  published_date="2026-10-12", license="Open Parliament Licence v3.0"),
        labels=[
            # Summary
            L("31,040", 31040, E, P, SBA, YTD_SEP26 + " (summary)", occ=0),
            L("6%", -6, E, PCT, SBA + "_change", YTD_SEP26 + " vs " + YTD_SEP25 + " (fewer)"),
            L("33,140", 33140, E, P, SBA, YTD_SEP25 + " (the same months of 2025)"),
            L("41,240", 41240, E, P, SBA, "2025 (calendar year; summary)", occ=0),
            L("More than 223,000", 223000, MT, P, SBA, "2018 to 30 September 2026 (since the Home Office began publishing figures)"),
            # Table 1
            L("31,040", 31040, E, P, SBA, YTD_SEP26 + T1, occ=1),
            L("41,240", 41240, E, P, SBA, "2025 (calendar year)" + T1, occ=1),
            L("36,816", 36816, E, P, SBA, "2024 (calendar year)" + T1),
            L("29,437", 29437, E, P, SBA, "2023 (calendar year)" + T1),
            L("45,774", 45774, E, P, SBA, "2022 (calendar year)" + T1),
            L("28,526", 28526, E, P, SBA, "2021 (calendar year)" + T1),
            L("8,466", 8466, E, P, SBA, "2020 (calendar year)" + T1),
            L("1,843", 1843, E, P, SBA, "2019 (calendar year)" + T1),
            L("299", 299, E, P, SBA, "2018 (calendar year)" + T1),
            # 1. How many people have crossed?
            L("5,940", 5940, E, P, SBA, AUG26 + " (the busiest month of the year to date)"),
            L("23", 23, E, DAYS, "days_without_small_boat_crossings", "January to March 2026 (first quarter of the year)"),
            L("37,690", 37690, E, P, SBA, YJ26 + " (quarterly statistics)"),
            L("13%", -13, E, PCT, SBA + "_change", YJ26 + " vs " + YJ25 + " (fewer)", ctx="13% fewer"),
            L("43,307", 43307, E, P, SBA, YJ25),
            # 2. Boats and occupancy
            L("Some 505", 505, AP, BOATS, SBC, YTD_SEP26 + " (first nine months of 2026)"),
            L("61", 61, E, PPB, OCC, YTD_SEP26 + " (average people per boat)"),
            L("62", 62, E, PPB, OCC, "2025 (calendar year; average)"),
            L("667", 667, E, BOATS, SBC, "2025 (calendar year)"),
            L("53", 53, E, PPB, OCC, "2024 (calendar year; average)"),
            L("41", 41, E, PPB, OCC, "2022 (calendar year; average)"),
            # 3. Nationality, age and sex
            L("17%", 17, E, PCT, "small_boat_arrivals_share_eritrean", YTD_SEP26 + " (2026 to date)"),
            L("14%", 14, E, PCT, "small_boat_arrivals_share_afghan", YTD_SEP26),
            L("12%", 12, E, PCT, "small_boat_arrivals_share_sudanese", YTD_SEP26),
            L("9%", 9, E, PCT, "small_boat_arrivals_share_iranian", YTD_SEP26),
            L("About three-quarters", 75, AP, PCT, "small_boat_arrivals_share_adult_men", YTD_SEP26),
            L("76%", 76, E, PCT, "small_boat_arrivals_share_adult_men", YTD_SEP26),
            # 4. Asylum claims and removals
            L("around 95%", 95, AP, PCT, "small_boat_arrivals_share_claiming_asylum", YJ26 + " (arrivals who had claimed asylum)"),
            L("about 35%", 35, AP, PCT, "asylum_applications_share_small_boat_arrivals", YJ26 + " (share of all asylum claims)"),
            L("4,960", 4960, E, P, RET, YJ26 + " (returns of people who had originally come by small boat)"),
            L("13%", 13, E, PCT, SHARE_SB, YJ26 + " (equivalent to; of arrivals over the period)", ctx="equivalent to 13% of arrivals"),
            # 5. Returns to France
            L("1,420", 1420, E, P, RET, PILOT + "30 September 2026 (UK–France agreement; Home Office)", geo=FR),
            L("1,290", 1290, E, P, LEGAL, PILOT + "30 September 2026 (admitted through the agreement's legal route)"),
            L("17,300", 17300, E, P, "small_boat_crossings_prevented", "January to September 2026 (French authorities)", geo=FR),
            L("more than a third", THIRD, MT, PCT, "small_boat_launches_prevented_share", "January to September 2026 (of all attempts, prevented plus arrivals)", geo=FR),
            L("£476 million", 476e6, E, GBP, "uk_funding_to_france", "2023 to 2026 (over three years, agreed in 2023)"),
            # 6. Deaths at sea
            L("At least 46", 46, AL, P, "small_boat_deaths", YTD_SEP26 + " (International Organization for Migration)"),
            L("at least 78", 78, AL, P, "small_boat_deaths", "2024 (calendar year; the highest annual total; International Organization for Migration)"),
        ]),
    "05-holborn-times-charter-flights-removals-rise": dict(
        meta=dict(url="https://www.theholborntimes.example/article/ministers-lean-on-charter-flights-as-removals-climb-9-per-cent-x7k2qv0pd",
                  title="Ministers lean on charter flights as removals climb 9%",
                  publisher="The Holborn Times", author="Rupert Calloway-Nkemelu", published_date="2026-08-24"),
        labels=[
            L("9%", 9, E, PCT, RET + "_change", YJ26 + " vs " + YJ25 + " (headline)"),
            L("Fifty-eight", 58, E, FLIGHTS, CHARTER, YJ26 + " (in a year; standfirst)"),
            L("58", 58, E, FLIGHTS, CHARTER, YJ26 + " (the year to June)", occ=0),
            L("almost 50 per cent", 50, ALM, PCT, CHARTER + "_change", YJ26 + " vs " + YJ25),
            L("39", 39, E, FLIGHTS, CHARTER, YJ25 + " (a year earlier)"),
            L("36,970", 36970, E, P, RET, YJ26 + " (Home Office statistics published Thursday 20 August 2026)"),
            L("9 per cent", 9, E, PCT, RET + "_change", YJ26 + " vs " + YJ25 + " (up on the year before)"),
            L("9,880", 9880, E, P, RET, YJ26 + " (enforced returns)"),
            L("more than a fifth", 20, MT, PCT, RET + "_change", YJ26 + " vs " + YJ25 + " (enforced returns; higher)"),
            L("27,090", 27090, E, P, RET, YJ26 + " (left voluntarily)"),
            L("up to £3,000", 3000, AM, GBP, "voluntary_return_payment", "per person, now (payment to help voluntary leavers settle back home)"),
            L("2,640", 2640, E, P, RET, YJ26 + " (carried on charter flights)"),
            L("about 46", 46, AP, PPF, "charter_removal_flight_occupancy", YJ26 + " (average a flight)"),
            L("21", 21, E, FLIGHTS, CHARTER, YJ26 + " (flights to Albania)", geo="Albania"),
            L("58", 58, E, FLIGHTS, CHARTER, YJ26 + " (21 of the 58)", occ=1),
            L("1,150", 1150, E, P, RET, YJ26 + " (Albanian nationals taken home on charters)", geo="Albania"),
            L("more than a third", THIRD, MT, PCT, "charter_removal_flights_share_albania", YJ26 + " (of the flights in all)"),
            L("£19.7 million", 19.7e6, E, GBP, "charter_removal_flights_cost", YJ26 + " (the year's flights; answers to written parliamentary questions)"),
            L("roughly £340,000", 340000, AP, GBP, "charter_removal_flights_cost", "per flight, " + YJ26),
            L("5,640", 5640, E, P, "returns_foreign_national_offenders", YJ26),
            L("15 per cent", 15, E, PCT, "returns_foreign_national_offenders_change", YJ26 + " vs " + YJ25 + " (more than a year earlier)"),
            L("more than 70,000", 70000, MT, P, RET, "July 2024 to August 2026 (since the election; Home Secretary on Friday 21 August 2026)"),
            L("37,690", 37690, E, P, SBA, YJ26 + " (over the same twelve months)"),
            L("4,960", 4960, E, P, RET, YJ26 + " (people who had arrived by small boat who were removed)"),
            L("2,310", 2310, E, P, "detention_population", "end of June 2026 (30 June 2026; the detention estate)"),
            L("290", 290, E, P, "detention_capacity_change", "planned (beds to be added by reopening removal centres)", ctx="add 290 beds"),
            L("two", 2, E, CENTRES, "removal_centres_reopened", "planned (former removal centres to be reopened)", ctx="reopening two former"),
            L("£715 million", 715e6, E, GBP, "rwanda_scheme_cost", "April 2022 to July 2024 (the plan's cost)"),
            L("£290 million", 290e6, E, GBP, "payment_to_rwanda", "April 2022 to July 2024 (paid to Kigali)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (relocated, all volunteers)", ctx="only four people"),
            L("about 100", 100, AP, P, "rwanda_accommodation_capacity", "2022 to 2024 (hostel prepared for arrivals in the Rwandan capital)", geo="Rwanda"),
            L("1,160", 1160, E, P, RET, PILOT + "30 June 2026 (one in, one out arrangement)", geo=FR),
            L("1,020", 1020, E, P, LEGAL, PILOT + "30 June 2026 (legal route for those with family in Britain)"),
            L("11", 11, E, P, RET, "May 2026 (passengers on one charter flight to Albania)", geo="Albania"),
            L("38", 38, E, P, "removal_injunctions", "May 2026 (last-minute injunctions against one charter flight to Albania)"),
        ]),
    "06-gwalia-live-wales-population-migration-mid-2025": dict(
        meta=dict(url="https://www.gwalialive.example/news/wales-news/migration-keeps-wales-growing-population-32m-28804417",
                  title="Migration keeps Wales growing as population reaches 3.2m",
                  publisher="Gwalia Live", author="Carys Pennant-Obi", published_date="2026-07-17"),
        labels=[
            L("3.2m", 3.2e6, E, P, POP, MID25 + " (headline)", geo=WA),
            L("378,400", 378400, E, P, POP, MID25 + " (caption)", geo="Cardiff"),
            L("14,800", 14800, E, P, "population_growth", Y_MID25 + " (ONS mid-year estimates released Thursday 16 July 2026)", geo=WA),
            L("3,203,400", 3203400, E, P, POP, MID25, geo=WA),
            L("0.5%", 0.5, E, PCT, "population_change", Y_MID25, ctx="growth of 0.5%", geo=WA),
            L("0.5%", 0.5, E, PCT, "population_change", Y_MID25, ctx="increased by 0.5%", geo=EW),
            L("62.1 million", 62.1e6, E, P, POP, MID25, geo=EW),
            L("28,300", 28300, E, P, "births", Y_MID25, geo=WA),
            L("33,200", 33200, E, P, "deaths", Y_MID25, geo=WA),
            L("4,900", -4900, E, P, "population_natural_change", Y_MID25 + " (deaths outnumbered births by)", geo=WA),
            L("14,100", 14100, E, P, NMI, Y_MID25, geo=WA),
            L("Some 21,600", 21600, AP, P, "immigration", Y_MID25 + " (arrived from abroad)", geo=WA),
            L("7,500", 7500, E, P, "emigration", Y_MID25 + " (left for other countries)", geo=WA),
            L("5,600", 5600, E, P, "internal_migration_net", Y_MID25 + " (moves within the UK, net)", geo=WA),
            L("38%", -38, E, PCT, NMI + "_change", Y_MID25 + " vs " + Y_MID24 + " (down)", geo=WA),
            L("22,800", 22800, E, P, NMI, Y_MID24 + " (a year before)", geo=WA),
            L("182,000", 182000, E, P, NM, "2025 (calendar year; ONS figures published in May 2026)"),
            L("under a fifth", 0.2, LT, RATIO, NM + "_ratio", "2025 vs the peak (year ending March 2023)"),
            L("944,000", 944000, E, P, NM, "year ending March 2023 (the peak)"),
            L("1.4%", 1.4, E, PCT, "population_change", Y_MID25 + " (fastest-growing area in Wales)", geo="Newport"),
            L("167,900", 167900, E, P, POP, MID25, geo="Newport"),
            L("1.0%", 1.0, E, PCT, "population_change", Y_MID25, geo="Cardiff"),
            L("about 600", -600, AP, P, "population_growth", Y_MID25 + " (lost residents; the largest fall of any council)", geo="Powys"),
            L("Eight", 8, E, CA, "council_areas_population_decline", Y_MID25 + " (local authorities whose populations shrank)", geo=WA),
            L("More than one in five", 20, MT, PCT, "population_share_aged_65_and_over", MID25, geo=WA),
            L("22.1%", 22.1, E, PCT, "population_share_aged_65_and_over", MID25, geo=WA),
            L("19.3%", 19.3, E, PCT, "population_share_aged_65_and_over", MID25, geo="England"),
            L("3,310", 3310, E, P, SUPPORT, EM26 + " (asylum seekers housed; Home Office data)", geo=WA),
            L("roughly 3%", 3, AP, PCT, "asylum_support_population_share_wales", EM26 + " (of those supported UK-wide)"),
            L("5,410", 5410, E, P, SUPPORT, EM26, geo="Scotland"),
            L("2,690", 2690, E, P, SUPPORT, EM26, geo="Northern Ireland"),
            L("nearly 5,000", -5000, ALM, P, "population_natural_change",
              Y_MID25 + " (population lost without anyone moving in; Cardiff University population researcher)", geo=WA),
            L("About one in three", THIRD, AP, PCT, "nhs_wales_doctors_share_qualified_abroad", "now, July 2026 (Welsh Government spokesperson)", geo=WA),
            L("69.9 million", 69.9e6, E, P, POP, MID25),
            L("about 4.6%", 4.6, AP, PCT, "population_share_wales_of_uk", MID25),
        ]),
    "07-keelson-wire-eu-asylum-applications-fall-uk": dict(
        meta=dict(url="https://www.keelsonwire.example/world/europe/asylum-applications-europe-fall-14-britains-claims-hold-near-100000-2026-09-22/",
                  title="Asylum applications in Europe fall 14% as Britain's claims hold near 100,000",
                  publisher="Keelson Wire", author="Annika Wojcik-Farrell, Tobias Rennard-Eze", published_date="2026-09-22"),
        labels=[
            L("14%", -14, E, PCT, APPS + "_change", H1_26 + " vs " + H1_25 + " (EU+; headline)", occ=0, geo=EU),
            L("near 100,000", 100000, AP, P, APPS, YJ26 + " (main applicants; headline)"),
            L("14%", -14, E, PCT, APPS + "_change", H1_26 + " vs " + H1_25 + " (EU, Norway and Switzerland; EUAA on Tuesday 22 September 2026)", occ=1, geo=EU),
            L("Some 341,600", 341600, AP, P, APPS, H1_26 + " (EU+; EUAA)", geo=EU),
            L("399,300", 399300, E, P, APPS, H1_25 + " (EU+; a year earlier)", geo=EU),
            L("about 1.4 million", 1.4e6, AP, P, APPS, "2015 (full year; the peak)", geo=EU),
            L("62,400", 62400, E, P, APPS, H1_26 + " (received the most claims)", geo="Spain"),
            L("61,900", 61900, E, P, APPS, H1_26, geo=FR),
            L("55,300", 55300, E, P, APPS, H1_26, geo="Germany"),
            L("almost half", -50, ALM, PCT, APPS + "_change", H1_26 + " vs " + H1_25 + " (a fall of)", geo="Germany"),
            L("51,700", 51700, E, P, APPS, H1_26, geo="Italy"),
            L("about two-thirds", 200 / 3, AP, PCT, "asylum_applications_share_spain_france_germany_italy", H1_26 + " (the four countries' share of all EU+ applications)", geo=EU),
            L("46,800", 46800, E, P, APPS, H1_26 + " (Venezuelan nationals; the largest single nationality)", geo=EU),
            L("31,200", 31200, E, P, APPS, H1_26 + " (Afghan nationals)", geo=EU),
            L("17,400", 17400, E, P, APPS, H1_26 + " (Syrian nationals)", geo=EU),
            L("more than two-thirds", -200 / 3, MT, PCT, APPS + "_change", H1_26 + " vs before December 2024 (Syrian nationals; down by)", geo=EU),
            L("About 26%", 26, AP, PCT, "asylum_grants_share_initial_decisions", H1_26 + " (first-instance decisions granting protection; EUAA)", geo=EU),
            L("Some 890,000", 890000, AP, P, BL, "end of June 2026 (cases awaiting a decision; EU+)", geo=EU),
            L("at least 30,000", 30000, AL, P, "eu_solidarity_relocations", "per year, from June 2026 (relocation target under the Pact on Migration and Asylum)", geo=EU),
            L("20,000 euros", 20000, E, EUR, "eu_solidarity_contribution", "per person not accepted, from June 2026 (Pact on Migration and Asylum)", geo=EU),
            L("600 million euros", 600e6, E, EUR, "eu_solidarity_contribution", "per year, from June 2026 (common fund)", geo=EU),
            L("$705 million", 705e6, E, USD, "eu_solidarity_contribution", "per year, from June 2026 (common fund, in US dollars)", geo=EU),
            L("about one in five", 20, AP, PCT, "returns_share_of_return_orders", "now, 2026 (people told to leave the bloc who actually go; European Commission)", geo=EU),
            L("101,920", 101920, E, P, APPS, YJ26 + " (main applications; Home Office data published in August 2026)"),
            L("8%", -8, E, PCT, APPS + "_change", YJ26 + " vs " + YJ25 + " (down)"),
            L("49,310", 49310, E, P, APPS, H1_26 + " (claims in the first half of 2026 alone)"),
            L("Around a third", THIRD, AP, PCT, "asylum_applications_share_small_boat_arrivals", "now, 2026 (UK claims made by people who crossed the Channel)"),
            L("Some 37,690", 37690, AP, P, SBA, YJ26 + " (made that journey)"),
            L("1,160", 1160, E, P, RET, PILOT + "30 June 2026 (sent back under the returns agreement; Home Office spokesperson)", geo=FR),
            L("0.8510 euros", 0.851, E, EUR, "exchange_rate_usd_eur", "per US dollar, 22 September 2026 (footer)", geo=EU),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
