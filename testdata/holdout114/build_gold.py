#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-fourteenth hand-labelled hold-out set (holdout114).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, HOTELS, THIRD, SIXTH, E, AP, MT, AL, LT,
                        AM, ALM, SBA, SBC, NM, AC, HOT, YEARS)

UK, SCO, NI, FR = "UK", "Scotland", "Northern Ireland", "France"
BEL = "Belfast"
HH = "other:households"
OCC = "small_boat_occupancy"
STOP = "small_boat_launch_attempts_stopped_people"

# 01 (Thursday 9 July 2026; Home Office annual report and accounts 2025/26, laid before MPs "on Wednesday", 8 July)
FY26 = "April 2025 to March 2026 (2025/26, the 12 months to March; Home Office annual report and accounts, laid Wednesday 8 July 2026"
SHS = "shadow home secretary"
HMIN = "Home Office minister"
QRT = "Quayhill Refugee Trust"
# 02 (Friday 22 May 2026; ONS provisional estimates released "on Thursday", 21 May 2026, for the year ending December 2025)
YD25 = "January to December 2025 (year ending December 2025; provisional; ONS, released Thursday 21 May 2026"
DCPC = "Dunmere Centre for Population Change"
# 03 (Tuesday 3 March 2026; Home Office figures obtained under FOI and an Assembly written answer)
FY25 = "April 2024 to March 2025 (2024/25; Home Office figures obtained under freedom of information and an Assembly written answer"
D25 = "31 December 2025 (the end of December; Home Office"
NIHE = "Northern Ireland Housing Executive"
MLA = "Alliance MLA for Belfast North"
LW = "Lagan Welcome"
# 04 (Sunday 28 June 2026, published 22:10; "so far this year" = 1 January to the end of last week, 27 June)
Y3 = "April 2025 to March 2026 (the 12 months to March; Home Office data"
YTD4 = "1 January to 27 June 2026 (so far this year"
FRI4 = "Friday 26 June 2026 (on Friday alone"
# 05 (Saturday 12 December 2026; ONS estimates "last month", November 2026, for the 12 months to June 2026)
YJ26 = "July 2025 to June 2026 (the 12 months to June 2026; ONS estimates published November 2026"
ABROAD = "Outside the UK"
# 06 (Sunday 9 August 2026, live page last updated 15:42; the record day is Saturday 8 August 2026)
SAT = "Saturday 8 August 2026 (Home Office figures"
YTD6 = "1 January to 8 August 2026 (so far this year"
MAN = "Manston"
# 07 (Monday 23 February 2026; Scottish Government estimates given to MSPs ahead of the anniversary on Tuesday 24 February)
SINCE = "March 2022 to February 2026 (since March 2022"
FEB26 = "February 2026 (four years on; Scottish Government estimates"
EMIN = "Scotland's equalities minister"
SGU = "scottish_government_ukraine_resettlement_funding"

ARTICLES = {
    "01-the-selvedge-home-office-accounts-asylum-support": dict(
        meta=dict(url="https://www.theselvedge.example/news/uk/politics/asylum-costs-home-office-accounts-hotels-b2869104.html",
                  title="Asylum bill drops below £4bn for first time in three years, Home Office accounts reveal",
                  publisher="The Selvedge", author="Tobias Renwick-Achterberg", published_date="2026-07-09"),
        labels=[
            L("below £4bn", 4e9, LT, GBP, AC, FY26 + "; headline)"),
            L("more than a third", THIRD, MT, PCT, "asylum_cost_share_hotels", "2025/26 (hotels' share of spending; standfirst)", ctx="swallowed more than a third"),
            L("£750m", -750e6, E, GBP, AC + "_change", "2025/26 vs 2024/25 (shed from the cost of supporting people who claim asylum; standfirst)"),
            L("£3.96bn", 3.96e9, E, GBP, AC, FY26 + ")"),
            L("16 per cent", -16, E, PCT, AC + "_change", "2025/26 vs 2024/25 (lower)"),
            L("£4.71bn", 4.71e9, E, GBP, AC, "April 2024 to March 2025 (2024/25)"),
            L("more than a quarter", -25, MT, PCT, AC + "_change", "2025/26 vs 2023/24 (down on the record)"),
            L("£5.38bn", 5.38e9, E, GBP, AC, "April 2023 to March 2024 (2023/24, the record)"),
            L("roughly £10.8m", 10.8e6, AP, GBP, AC, "per day, 2025/26 (still works out at)"),
            L("£1.37bn", 1.37e9, E, GBP, "asylum_cost_hotels", "April 2025 to March 2026 (2025/26; hotels)"),
            L("more than a third", THIRD, MT, PCT, "asylum_cost_share_hotels", "2025/26 (of the total)", ctx="or more than a third"),
            L("roughly a third", -THIRD, AP, PCT, "asylum_cost_hotels_change", "2025/26 vs 2024/25 (the hotel bill has come down by)"),
            L("£2.09bn", 2.09e9, E, GBP, "asylum_cost_hotels", "April 2024 to March 2025 (the year before)"),
            L("£1.18bn", 1.18e9, E, GBP, "asylum_cost_dispersal_accommodation", FY26 + "; houses and flats rented through the three regional contractors)"),
            L("£301m", 301e6, E, GBP, "asylum_cost_cash_allowances", FY26 + "; cash allowances)"),
            L("97,850", 97850, E, P, "asylum_support_population", "31 March 2026 (receiving asylum support; Home Office accounts)"),
            L("a tenth", -10, E, PCT, "asylum_support_population_change", "31 March 2026 vs 31 March 2025 (fewer)"),
            L("108,900", 108900, E, P, "asylum_support_population", "31 March 2025 (a year earlier)"),
            L("23,400", 23400, E, P, HOT, "31 March 2026 (living in hotels)"),
            L("almost one in four", 25, ALM, PCT, "asylum_support_share_hotels", "31 March 2026 (of those on support, living in hotels)", ctx="- almost one in four"),
            L("£131", 131, E, GBP, "asylum_hotel_cost_per_person_night", "2025/26 (a night in a hotel, per person; officials' estimate)"),
            L("almost five times", 5, ALM, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2025/26 (a hotel night against a bed in dispersal housing)"),
            L("£27", 27, E, GBP, "asylum_dispersal_cost_per_person_night", "2025/26 (a bed in dispersal housing, a night; officials' estimate)"),
            L("162", 162, E, HOTELS, "asylum_hotels_in_use", "31 March 2026 (the end of the financial year)"),
            L("213", 213, E, HOTELS, "asylum_hotels_in_use", "31 March 2025 (twelve months before)"),
            L("roughly £38,000", 38000, AP, GBP, "asylum_cost_per_person_per_year", "2025/26 (each person supported, across the year)"),
            L("about a sixth", SIXTH, AP, PCT, "asylum_cost_share_home_office_budget", FY26 + "; of the department's net spending)"),
            L("£23.7bn", 23.7e9, E, GBP, "home_office_budget", FY26 + "; net spending)"),
            L("£15.3bn", 15.3e9, E, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (the three contracts over ten years; now expected; Home Office accounts)"),
            L("nearly three and a half times", 3.5, ALM, RATIO, "asylum_accommodation_contracts_cost_ratio", "2019 to 2029 (now expected against the original forecast)"),
            L("£4.5bn", 4.5e9, E, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (originally forecast, in 2019)"),
            L("more than £3.7m", 3.7e6, MT, GBP, "asylum_cost_hotels", "per day, 2025/26 (still putting into hotels; " + SHS + ")"),
            L("almost one in four", 25, ALM, PCT, "asylum_support_share_hotels", "2026 (asylum seekers still in a hotel; " + SHS + ")", ctx="Instead, almost one in four"),
            L("more than £1.4bn", -1.4e9, MT, GBP, AC + "_change", "2023/24 to 2025/26 (cut the cost of asylum by, in two years; " + HMIN + ")"),
            L("58", 58, E, HOTELS, "asylum_hotels_closed", "5 July 2024 to July 2026 (closed since 5 July 2024; " + HMIN + ")"),
            L("more than 14,000", 14000, MT, P, "refugees_left_asylum_support", "January to December 2025 (granted refugee status last year and left support within the 28-day move-on period; " + QRT + ")"),
        ]),
    "02-the-pediment-net-migration-eu-non-eu-british": dict(
        meta=dict(url="https://www.thepediment.example/politics/2026/05/22/net-migration-171000-eu-citizens-leaving-britain-ons/",
                  title="More EU citizens leaving Britain than arriving as net migration falls to 171,000",
                  publisher="The Pediment", author="Hugo Mallender-Qureshi", published_date="2026-05-22"),
        labels=[
            L("171,000", 171000, E, P, NM, YD25 + "; headline)", occ=0),
            L("About four in five", 80, AP, PCT, "immigration_non_eu_share", "January to December 2025 (new long-term residents last year holding non-EU passports; caption)"),
            L("171,000", 171000, E, P, NM, YD25 + "; the population grew by a net)", occ=1),
            L("26,000", 26000, E, P, NM + "_revision", "January to December 2024 (the previous calendar year, revised up by; ONS)"),
            L("457,000", 457000, E, P, NM, "January to December 2024 (the previous calendar year, revised; ONS)"),
            L("63 per cent", -63, E, PCT, NM + "_change", "2025 vs 2024 (the annual figure has dropped by)"),
            L("less than a fifth", 0.2, LT, RATIO, NM + "_ratio", "year ending December 2025 vs year ending June 2023 (of its high point)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the 12 months ending June 2023; the high point)"),
            R("between 105,000 and 237,000", 105000, 237000, P, NM, YD25 + "; where the newest figure could lie)"),
            L("742,000", 742000, E, P, "immigration", YD25 + "; came to settle for at least twelve months)"),
            L("598,000", 598000, E, P, "immigration_non_eu", YD25 + "; non-EU citizens)"),
            L("269,000", 269000, E, P, "emigration_non_eu", YD25 + "; of the departures)"),
            L("329,000", 329000, E, P, "net_migration_non_eu", YD25 + "; a net addition)"),
            L("Some 71,000", 71000, AP, P, "immigration_eu", YD25 + "; EU nationals arrived)"),
            L("138,000", 138000, E, P, "emigration_eu", YD25 + "; EU nationals departed)"),
            L("67,000", -67000, E, P, "net_migration_eu", YD25 + "; a net loss)"),
            L("almost two to one", 2, ALM, RATIO, "emigration_eu_ratio", YD25 + "; EU leavers against arrivals)"),
            L("164,000", 164000, E, P, "emigration_british", YD25 + "; an estimated, emigrated)", ctx="An estimated 164,000"),
            L("more than twice", 2, MT, RATIO, "emigration_british_ratio", YD25 + "; British leavers against those who came home)"),
            L("73,000", 73000, E, P, "immigration_british", YD25 + "; came home)"),
            L("91,000", -91000, E, P, "net_migration_british_nationals", YD25 + "; Britons living here fell by, through migration alone)"),
            L("more than a fifth", -20, MT, PCT, "immigration_change", "2025 vs 2024 (overall immigration down by)"),
            L("948,000", 948000, E, P, "immigration", "January to December 2024 (2024's)"),
            L("16 per cent", 16, E, PCT, "emigration_change", "2025 vs 2024 (rose)"),
            L("571,000", 571000, E, P, "emigration", YD25 + ")"),
            L("231,000", 231000, E, P, "immigration_non_eu_study", YD25 + "; coming to take up courses)"),
            L("164,000", 164000, E, P, "immigration_non_eu_work", YD25 + "; arriving on work visas)", ctx="against 164,000 arriving"),
            L("79,000", 79000, E, P, "immigration_non_eu_humanitarian", YD25 + "; humanitarian routes)"),
            L("89,000", 89000, E, P, "immigration_non_eu_india", YD25 + "; Indian nationals, the biggest single group)"),
            L("58,000", 58000, E, P, "immigration_non_eu_china", YD25 + "; Chinese nationals)"),
            L("more than 85 per cent", -85, MT, PCT, "visas_granted_study_dependants_change", "since January 2024 (dependants arriving with overseas students, since families were barred from most courses)"),
            L("almost two-thirds", -200 / 3, ALM, PCT, NM + "_change", "2025 vs 2024 (in a single year; Home Secretary)"),
            L("171,000", 171000, E, P, NM, YD25 + "; 'another Oxford's worth of people every year'; " + "shadow home secretary)", occ=2),
            L("Close to 40 per cent", 40, AP, PCT, "immigration_non_eu_share_study", "2025 (non-EU arrivals who are students; " + DCPC + ")"),
            L("about 60 per cent", 60, AP, PCT, "emigration_british_share_under_35", "2025 (British emigrants under 35; " + DCPC + ")"),
        ]),
    "03-sailortown-news-belfast-asylum-accommodation-cost": dict(
        meta=dict(url="https://www.sailortownnews.example/news/northern-ireland/belfast/asylum-accommodation-cost-northern-ireland-524m-belfast-28871306",
                  title="Revealed: £52.4m bill for housing asylum seekers in Northern Ireland as Belfast takes lion's share",
                  publisher="Sailortown News", author="Orla Quigley-Mensforth", published_date="2026-03-03"),
        labels=[
            L("£52.4m", 52.4e6, E, GBP, AC, FY25 + "; headline)", occ=0, geo=NI),
            L("Nearly four-fifths", 80, ALM, PCT, "asylum_cost_share_belfast", "2024/25 (of the money, spent in the city; standfirst)", geo=NI),
            L("710", 710, E, P, HOT, D25 + "; still living in hotels in the city; standfirst)", occ=0, geo=BEL),
            L("£52.4m", 52.4e6, E, GBP, AC, FY25 + ")", occ=1, geo=NI),
            L("17%", 17, E, PCT, AC + "_change", "2024/25 vs 2023/24 (up on the year before)", geo=NI),
            L("£44.9m", 44.9e6, E, GBP, AC, "April 2023 to March 2024 (the year before)", geo=NI),
            L("£41.2m", 41.2e6, E, GBP, AC, FY25 + "; spent in Belfast)", geo=BEL),
            L("nearly four-fifths", 80, ALM, PCT, "asylum_cost_share_belfast", "2024/25 (of the Northern Ireland total)", geo=NI),
            L("£29.8m", 29.8e6, E, GBP, "asylum_cost_hotels", FY25 + "; hotels)", geo=NI),
            L("57%", 57, E, PCT, "asylum_cost_share_hotels", "2024/25 (of all spending)", geo=NI),
            L("£112", 112, E, GBP, "asylum_hotel_cost_per_person_night", "2024/25 (the average hotel place, per person per night; officials)", geo=NI),
            L("more than four times", 4, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2024/25 (a hotel place against a bed in shared housing; officials)", geo=NI),
            L("£24", 24, E, GBP, "asylum_dispersal_cost_per_person_night", "2024/25 (a bed in shared housing, a night; officials)", geo=NI),
            L("3,020", 3020, E, P, "asylum_support_population", D25 + "; receiving asylum support)", geo=NI),
            L("2,240", 2240, E, P, "asylum_support_population", D25 + ")", geo=BEL),
            L("about three in four", 75, AP, PCT, "asylum_support_population_share_belfast", D25 + "; of those in Northern Ireland, in Belfast)", geo=NI),
            L("just under 3 per cent", 3, LT, PCT, "asylum_support_population_share_ni", D25 + "; Northern Ireland's share of the people supported across the UK)"),
            L("101,300", 101300, E, P, "asylum_support_population", D25 + "; across the UK)"),
            L("Twelve", 12, E, HOTELS, "asylum_hotels_in_use", D25 + ")", geo=NI),
            L("eight", 8, E, HOTELS, "asylum_hotels_in_use", D25 + ")", ctx="eight of them in Belfast", geo=BEL),
            L("940", 940, E, P, HOT, D25 + "; the hotels housed)", geo=NI),
            L("710", 710, E, P, HOT, D25 + "; in the city)", occ=1, geo=BEL),
            L("three", 3, E, HOTELS, "asylum_hotels_closed", "5 July 2024 to March 2026 (handed back since 5 July 2024; Home Office)", ctx="said three hotels", geo=NI),
            L("1,090", 1090, E, P, "refugees_homeless_after_leaving_asylum_support", "April 2024 to March 2025 (newly recognised refugees presenting as homeless, 2024/25; " + NIHE + ")", geo=NI),
            L("23%", 23, E, PCT, "refugees_homeless_after_leaving_asylum_support_change", "2024/25 vs 2023/24 (" + NIHE + ")", geo=NI),
            L("£6.1m", 6.1e6, E, GBP, "refugee_homelessness_temporary_accommodation_cost", "April 2024 to March 2025 (temporary accommodation for them; " + NIHE + ")", geo=NI),
            L("Nearly £2m", 2e6, ALM, GBP, "asylum_cost_hotels", "per month, 2026 (hotels in Belfast; cross-head quoting the " + MLA + ")", geo=BEL),
            L("nearly £2m", 2e6, ALM, GBP, "asylum_cost_hotels", "per month, 2026 (on hotels in this city alone; " + MLA + ")", geo=BEL),
            L("around 40%", 40, AP, PCT, "asylum_hotel_population_share_families_with_children", "2026 (of those in Belfast hotels; " + MLA + ")", geo=BEL),
            L("more than 600", 600, MT, P, "asylum_seekers_placed_without_consultation", "2026 (placed in parts of north Belfast without any consultation; DUP councillor)", geo=BEL),
            L("1.2k", 1200, E, P, "charity_service_users", "March 2025 to February 2026 (helped with food parcels and clothing in the last year; " + LW + ")", geo=BEL),
            L("almost double", 2, ALM, RATIO, "charity_service_users_ratio", "the last year vs 2024 (" + LW + ")", geo=BEL),
            L("Nine out of ten", 90, E, PCT, "charity_service_users_share_not_told_nearest_gp", "2026 (people arriving at the charity's door; coordinator, " + LW + ")", geo=BEL),
        ]),
    "04-daily-pother-small-boats-nationalities-french-interceptions": dict(
        meta=dict(url="https://www.dailypother.example/news/article-15874412/Eritreans-TOP-list-Channel-migrants-Syrians-DOUBLES-French-police-stop-THIRD-fewer.html",
                  title="Eritreans now TOP the list of Channel migrants as number of Syrians crossing DOUBLES - while French police stop a THIRD fewer migrants than last year",
                  publisher="Daily Pother", author="Callum Fairbrother-Okonjo", published_date="2026-06-28"),
        labels=[
            L("a THIRD", -THIRD, E, PCT, STOP + "_change", "1 January to late June, 2026 vs 2025 (French police stop fewer migrants than last year; headline)", geo=FR),
            L("DOUBLES", 2, E, RATIO, "small_boat_arrivals_syrian_ratio", "12 months to March 2026 vs the year before (Syrians crossing; headline)"),
            L("Almost one in six", SIXTH, ALM, PCT, "small_boat_arrivals_share_eritrean", Y3 + "; bullet)"),
            L("8,940", 8940, E, P, STOP, YTD4 + "; stopped on French beaches; bullet)", occ=0, geo=FR),
            L("£476m", 476e6, E, GBP, "uk_funding_to_france", "2023 to 2026 (paying Paris to patrol its beaches; bullet)"),
            L("6,980", 6980, E, P, "small_boat_arrivals_eritrean", Y3 + ")"),
            L("almost one in six", SIXTH, ALM, PCT, "small_boat_arrivals_share_eritrean", Y3 + ")"),
            L("44,320", 44320, E, P, SBA, Y3 + "; made the journey)"),
            L("6,150", 6150, E, P, "small_boat_arrivals_afghan", Y3 + "; second)"),
            L("5,240", 5240, E, P, "small_boat_arrivals_sudanese", Y3 + ")"),
            L("4,010", 4010, E, P, "small_boat_arrivals_iranian", Y3 + ")"),
            L("3,460", 3460, E, P, "small_boat_arrivals_syrian", Y3 + ")"),
            L("doubled", 2, E, RATIO, "small_boat_arrivals_syrian_ratio", "12 months to March 2026 vs 12 months to March 2025 (in a year)"),
            L("1,730", 1730, E, P, "small_boat_arrivals_syrian", "April 2024 to March 2025 (a year before)"),
            L("41 per cent", 41, E, PCT, "small_boat_arrivals_vietnamese_change", "12 months to March 2026 vs the year before (jumped)"),
            L("2,890", 2890, E, P, "small_boat_arrivals_vietnamese", Y3 + ")"),
            L("58 per cent", 58, E, PCT, "small_boat_arrivals_share_top_five_nationalities", Y3 + ")"),
            L("three-quarters", 75, E, PCT, "small_boat_arrivals_share_adult_men", Y3 + "; of those crossing)"),
            L("312", 312, E, P, "small_boat_arrivals_albanian", Y3 + "; over the same period)"),
            L("more than 12,000", 12000, MT, P, "small_boat_arrivals_albanian", "January to December 2022"),
            L("19,860", 19860, E, P, SBA, YTD4 + ")"),
            L("23 per cent", 23, E, PCT, SBA + "_change", "1 January to late June, 2026 vs 2025"),
            L("16,150", 16150, E, P, SBA, "1 January to late June 2025 (by this stage of 2025)"),
            L("1,031", 1031, E, P, SBA, FRI4 + ")"),
            L("17", 17, E, BOATS, SBC, FRI4 + ")", ctx="in 17 boats"),
            L("61", 61, E, PPB, OCC, FRI4 + "; an average per dinghy)"),
            L("8,940", 8940, E, P, STOP, YTD4 + "; between January and the end of last week; French interior ministry)", occ=1, geo=FR),
            L("a third", -THIRD, E, PCT, STOP + "_change", "1 January to late June, 2026 vs 2025 (fewer; French interior ministry)", ctx="That is a third fewer", geo=FR),
            L("13,400", 13400, E, P, STOP, "1 January to late June 2025 (by the same time last year; French interior ministry)", geo=FR),
            L("14", 14, E, BOATS, "small_boat_interceptions_at_sea", "April to June 2026 ('taxi boats' intercepted at sea since new powers in April)", ctx="just 14", geo=FR),
            L("£476million", 476e6, E, GBP, "uk_funding_to_france", "2023 to 2026 (over three years, to police its beaches)"),
            L("almost £160million", 160e6, ALM, GBP, "uk_funding_to_france", "per year, 2023 to 2026"),
            L("Well over 80,000", 80000, MT, P, SBA, "5 July 2024 to June 2026 (since Labour took power; " + "shadow home secretary)"),
            L("Some 2,105", 2105, AP, P, "returns", "September 2025 to June 2026 (sent back under the 'one in, one out' pilot struck last summer; Home Office)", geo=FR),
            L("roughly one for every 18", 100 / 18, AP, PCT, "returns_share_of_small_boat_arrivals", "September 2025 to June 2026 (of those who have crossed in that time; Home Office)", geo=FR),
        ]),
    "05-the-oblique-british-emigration-essay": dict(
        meta=dict(url="https://www.theoblique.example/article/the-quiet-leaving/",
                  title="The quiet leaving",
                  publisher="The Oblique", author="Perpetua Ingleby-Osei", published_date="2026-12-12"),
        labels=[
            L("244,000", 244000, E, P, "emigration_british", YJ26 + "; Britons moved abroad)", occ=0),
            L("15 per cent", 15, E, PCT, "emigration_british_change", "year to June 2026 vs year to June 2025"),
            L("212,000", 212000, E, P, "emigration_british", "July 2024 to June 2025 (a year earlier)"),
            L("128,000", 128000, E, P, "immigration_british", YJ26 + "; only, came home)"),
            L("almost two", 2, ALM, RATIO, "emigration_british_ratio", YJ26 + "; left for every Briton who returned)", ctx="almost two left"),
            L("116,000", -116000, E, P, "net_migration_british_nationals", YJ26 + "; Britain ended the year citizens down)"),
            L("176,000", 176000, E, P, NM, YJ26 + "; total net migration)"),
            L("more than half", 50, MT, PCT, "emigration_british_change", "year to June 2026 vs 2021 (risen since)"),
            L("157,000", 157000, E, P, "emigration_british", "2021 (when 157,000 left)"),
            L("Nearly three in five", 60, ALM, PCT, "emigration_british_share_under_35", YJ26 + "; British emigrants under 35)"),
            L("29", 29, E, YEARS, "british_emigrants_median_age", YJ26 + "; the median leaver)", ctx="leaver is 29"),
            L("about half", 50, AP, PCT, "emigration_british_share_graduates", YJ26 + "; hold degrees)"),
            L("a third", THIRD, E, PCT, "nurse_salary_premium_abroad", "2026 (a nurse trained in Leeds earns more in Perth)", geo="Perth"),
            L("one in five", 20, E, PCT, "junior_doctors_share_planning_to_work_abroad", "autumn 2026 (survey for a medical union)"),
            L("4,700", 4700, E, P, "doctors_certificates_to_practise_abroad", "January to December 2025 (asked for the paperwork to practise overseas, last year)"),
            L("12 per cent", 12, E, PCT, "doctors_certificates_to_practise_abroad_change", "2025 vs 2024"),
            L("some 16,500", 16500, AP, P, "millionaires_emigrated", "January to December 2025 (moved out; a Mayfair wealth consultancy)"),
            L("roughly 29 per cent", 29, AP, PCT, "income_tax_share_top_1_percent_taxpayers", "2026 (the top 1 per cent of taxpayers' share of the income tax bill)"),
            L("About 1.1 million", 1.1e6, AP, P, "state_pensioners_abroad", "2026 (pensioners who collect the British state pension abroad)", geo=ABROAD),
            L("nearly 450,000", 450000, ALM, P, "state_pensioners_abroad_frozen", "2026 (pension frozen at the first rate received, mainly in Canada and Australia)", geo=ABROAD),
            L("about 300,000", 300000, AP, P, "british_nationals_resident_abroad", "2026 (registered British residents)", geo="Spain"),
            L("240,000", 240000, E, P, "british_nationals_resident_abroad", "2026 (an estimated; British passport-holders settled there)", geo="United Arab Emirates"),
            L("roughly double", 2, AP, RATIO, "british_nationals_resident_abroad_ratio", "2026 vs about 2016 (the number a decade ago)", geo="United Arab Emirates"),
            L("something like 5.5m", 5.5e6, AP, P, "british_nationals_resident_abroad", "2026 (British citizens living abroad)", geo=ABROAD),
            L("close to one in twelve", 100 / 12, AP, PCT, "british_nationals_resident_abroad_share", "2026 (of us, living abroad)", geo=ABROAD),
            L("nine times", 9, E, RATIO, "house_price_to_teacher_salary_ratio", "2026 (a two-bedroom flat against a teacher's salary)"),
            L("about a fifth", -20, AP, PCT, "surgeon_take_home_pay_change", "2008 to 2026 (fallen since 2008)"),
            L("244,000", 244000, E, P, "emigration_british", YJ26 + "; 'if the 244,000 were arriving')", occ=1),
        ]),
    "06-halo-news-live-record-day-channel-crossings": dict(
        meta=dict(url="https://news.halo.example/channel-migrants-live-record-1517-people-cross-in-one-day-13409217",
                  title="Channel migrants live: Record 1,517 people cross in one day - smashing 2022 high",
                  publisher="Halo News", author="Marcus Delahaye-Ofori", published_date="2026-08-09"),
        labels=[
            L("1,517", 1517, E, P, SBA, SAT + "; a record; headline)", ctx="Record 1,517 people cross in"),
            L("26", 26, E, BOATS, SBC, SAT + "; made the journey; standfirst)", ctx="show 26 boats"),
            L("1,517", 1517, E, P, SBA, SAT + "; a record; key points)", ctx="Record 1,517 people crossed"),
            L("1,295", 1295, E, P, SBA, "22 August 2022 (the previous high; key points)", occ=0),
            L("28,640", 28640, E, P, SBA, YTD6 + "; key points)", occ=0),
            L("19%", 19, E, PCT, SBA + "_change", "1 January to 8 August, 2026 vs 2025 (key points)", occ=0),
            L("590", 590, E, P, STOP, "Saturday 8 August 2026 (stopped from launching; French authorities; key points)", ctx="stopped 590 people", geo=FR),
            L("2,460", 2460, E, P, "returns", "September 2025 to 9 August 2026 (returned to France since the 'one in, one out' deal began; prime minister's official spokesperson)", geo=FR),
            L("58", 58, E, PPB, OCC, SAT + "; the average boat carried, yesterday)"),
            L("about 48", 48, AP, PPB, OCC, "22 August 2022 (the record day four summers ago)"),
            L("Over 92,000", 92000, MT, P, SBA, "5 July 2024 to 8 August 2026 (since the election; shadow home secretary; cross-head)", occ=0),
            L("Over 92,000", 92000, MT, P, SBA, "5 July 2024 to 8 August 2026 (made the crossing since the election; shadow home secretary)", occ=1),
            L("222", 222, E, P, SBA + "_change", "8 August 2026 vs 22 August 2022 (more than the previous one-day record)"),
            L("1,295", 1295, E, P, SBA, "22 August 2022 (the previous one-day record)", occ=1),
            L("nearly four times", 4, ALM, RATIO, "small_boat_arrivals_ratio", "8 August 2026 vs 9 August 2025 (the same Saturday last year)"),
            L("396", 396, E, P, SBA, "Saturday 9 August 2025 (the same Saturday last year)"),
            L("5.2k", 5200, E, P, SBA, "June 2026 (crossings by month)"),
            L("6.8k", 6800, E, P, SBA, "July 2026 (crossings by month)"),
            L("11", 11, E, BOATS, "small_boat_launches_prevented", "Saturday 8 August 2026 (French say boats stopped; entry heading)", ctx="French say 11 boats", geo=FR),
            L("11", 11, E, BOATS, "small_boat_launches_prevented", "Saturday 8 August 2026 (stopped from setting off between Dunkirk and Boulogne; France's interior ministry)", ctx="stopped 11 boats", geo=FR),
            L("about 590", 590, AP, P, STOP, "Saturday 8 August 2026 (carried by the boats stopped; France's interior ministry)", geo=FR),
            L("£476m", 476e6, E, GBP, "uk_funding_to_france", "2023 to 2026 (over three years, to fund extra French patrols; a 2023 agreement)"),
            L("1,600", 1600, E, P, "processing_site_capacity", "2026 (the Manston processing centre in Kent)", geo=MAN),
            L("more than 1,300", 1300, MT, P, "processing_site_population", "9 August 2026 (at one stage early this morning; a source at the site)", geo=MAN),
            V("several hundred", 300, 900, P, "processing_site_population_awaiting_transfer", "9 August 2026 (still waiting to be moved on; a source at the site)", geo=MAN),
            L("412", 412, E, P, SBA, "Friday 7 August 2026"),
            L("eight", 8, E, BOATS, SBC, "Friday 7 August 2026", ctx="in eight boats"),
            L("2,310", 2310, E, P, SBA, "1 to 8 August 2026 (the first eight days of August)"),
            L("1,517", 1517, E, P, SBA, SAT + "; confirmed by the Home Office, yesterday)", ctx="that 1,517 people"),
            L("26", 26, E, BOATS, SBC, SAT + "; confirmed, small boats)", ctx="in 26 small boats"),
            L("28,640", 28640, E, P, SBA, "1 January to 8 August 2026 (the total for 2026)", occ=1),
            L("19%", 19, E, PCT, SBA + "_change", "1 January to 8 August, 2026 vs 2025 (more than at the same point last year)", occ=1),
            L("24,070", 24070, E, P, SBA, "1 January to 8 August 2025 (at the same point last year)"),
        ]),
    "07-the-kelpie-courier-scotland-ukraine-schemes-stayed": dict(
        meta=dict(url="https://www.kelpiecourier.example/news/politics/scotland/ukrainians-scotland-super-sponsor-four-years-still-here-5817362/",
                  title="Four years on, three in five Ukrainians who came to Scotland are still here",
                  publisher="The Kelpie Courier", author="Eilidh Marchetti-Rankin", published_date="2026-02-23"),
        labels=[
            L("three in five", 60, E, PCT, "ukrainian_arrivals_share_still_in_scotland", FEB26 + "; Ukrainians who came to Scotland, still here; headline)", ctx="Four years on, three in five", geo=SCO),
            L("More than 28,000", 28000, MT, P, "immigration_ukraine", SINCE + "; fled the war to Scotland under the visa schemes; standfirst)", ctx="More than 28,000 people fled", geo=SCO),
            L("nearly two in five", 40, ALM, PCT, "ukrainian_arrivals_share_left_scotland", FEB26 + "; have since moved on; standfirst)", geo=SCO),
            L("Around three in five", 60, AP, PCT, "ukrainian_arrivals_share_still_in_scotland", FEB26 + "; still live here)", geo=SCO),
            L("28,450", 28450, E, P, "immigration_ukraine", SINCE + "; arrived with a Scottish sponsor; officials)", geo=SCO),
            L("about 17,600", 17600, AP, P, "ukrainians_resident", FEB26 + "; thought to remain in the country; officials)", geo=SCO),
            L("20,140", 20140, E, P, "immigration_ukraine_supersponsor", SINCE + "; the super sponsor scheme)", geo=SCO),
            L("about seven in ten", 70, AP, PCT, "immigration_ukraine_supersponsor_share", SINCE + "; of arrivals with a Scottish sponsor)", geo=SCO),
            L("8,310", 8310, E, P, "immigration_ukraine_homes_for_ukraine", SINCE + "; matched with individual hosts)", geo=SCO),
            L("about 18%", 18, AP, PCT, "immigration_ukraine_share_scotland", SINCE + "; of arrivals across the UK under the sponsorship route)", geo=SCO),
            L("158,900", 158900, E, P, "immigration_ukraine", SINCE + "; across the UK under the sponsorship route)"),
            L("9,820", 9820, E, P, "ukraine_permission_extension_applications", "to 31 January 2026 (people living in Scotland who had applied)", geo=SCO),
            L("9,130", 9130, E, P, "ukraine_permission_extension_grants", "to 31 January 2026 (granted an extension)", geo=SCO),
            L("93%", 93, E, PCT, "ukraine_permission_extension_applications_share_granted", "to 31 January 2026 (of those who applied)", geo=SCO),
            L("Nearly 400", 400, ALM, P, "ukrainian_welcome_accommodation_population", "February 2026 (still living in welcome accommodation, mostly hotels)", geo=SCO),
            L("7,200", 7200, E, P, "ukrainian_welcome_accommodation_population", "autumn 2022 (the peak)", geo=SCO),
            L("6,200", 6200, E, P, "immigration_ukraine", SINCE + "; received the most arrivals)", geo="Edinburgh"),
            L("3,950", 3950, E, P, "immigration_ukraine", SINCE + ")", geo="Glasgow"),
            L("2,280", 2280, E, P, "immigration_ukraine", SINCE + ")", geo="Aberdeen"),
            L("640", 640, E, HH, "ukrainian_households_temporary_accommodation", "31 December 2025 (in council temporary accommodation; Convention of Scottish Local Authorities)", geo=SCO),
            L("About 57%", 57, AP, PCT, "employment_rate_ukrainian_working_age", "2026 (working-age Ukrainians in paid work; survey data)", geo=SCO),
            L("£428m", 428e6, E, GBP, "scottish_government_ukraine_response_cost", "2022 to February 2026 (spent on its response since 2022)", occ=0, geo=SCO),
            L("£11.2m", 11.2e6, E, GBP, SGU, "April 2026 to March 2027 (the budget for 2026/27)", geo=SCO),
            L("three-quarters", -75, E, PCT, SGU + "_change", "2026/27 vs 2025/26 (down on this year's)", geo=SCO),
            L("£45m", 45e6, E, GBP, SGU, "April 2025 to March 2026 (this year's)", geo=SCO),
            L("£350", 350, E, GBP, "homes_for_ukraine_thank_you_payment", "per month, 2026 (paid to hosts by the UK Government; a policy rate)", geo=SCO),
            L("More than 28,000", 28000, MT, P, "immigration_ukraine", SINCE + "; found sanctuary here; " + EMIN + ")", ctx="More than 28,000 people have found", geo=SCO),
            V("thousands", 2000, 9000, P, "ukrainians_in_work_or_study", "2026 (now work, study and pay taxes in our communities; " + EMIN + ")", geo=SCO),
            L("£428m", 428e6, E, GBP, "scottish_government_ukraine_response_cost", "2022 to February 2026 ('deserves proper scrutiny'; Scottish Conservative MSP)", occ=1, geo=SCO),
            L("c. 600", 600, AP, HH, "charity_service_users", "late January to February 2026 (families who contacted the charity about visa extensions in the past month; Forthbank Ukrainian Hub, Leith)", geo="Edinburgh"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
