#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-forty-first hand-labelled hold-out set (holdout141).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT)

UK, ENG, WAL, SCO, NI, FR = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France"
P10K = "other:persons_per_10000_residents"
COUNCILS, HH, VIEWS, LAUNCHES, LICENCES, STEMS = ("other:councils", "other:households", "other:views",
                                                   "other:launches", "other:licences", "other:stems")
TWO3 = 200 / 3

# 01 (Thursday 16 July 2026; Home Office annual report and accounts 2025/26, laid before Parliament Wednesday 15 July 2026)
ACC = "Home Office accounts for 2025/26, laid before Parliament on Wednesday 15 July 2026"
FY26 = "April 2025 to March 2026 (2025/26; " + ACC
FY25 = "April 2024 to March 2025 (2024/25; " + ACC
M26 = "31 March 2026 (the end of March; " + ACC + ")"
M25 = "31 March 2025 (a year earlier; " + ACC + ")"
CH1 = "2025/26 vs 2024/25 ("
SHS1 = "the shadow home secretary"
MIN1 = "a Home Office minister"
CAR = "Nadia Kaczmarek, director of the Carrow Institute"
CONTR = "asylum_accommodation_contracts_cost"
HNIGHT = "asylum_hotel_cost_per_person_night"

# 02 (Friday 22 May 2026; Home Office figures published Thursday 21 May 2026, year ending March 2026)
HO2 = "Home Office figures published Thursday 21 May 2026"
YM26 = "April 2025 to March 2026 (the year ending March; " + HO2
YM25 = "April 2024 to March 2025 (the previous twelve months; " + HO2 + ")"
YTD2 = "1 January to 22 May 2026 (since January / so far this year; "
GROW2 = "growers' representatives in the county"
CORN = "Cornwall"
EMP = "seasonal_worker_visa_holders_employed"
SWV = "visas_granted_seasonal_worker"
PASC = "Jory Pascoe, owner, Hendra Vean Flowers"
FARM = "Crowlas"
FHN = "Fair Harvest Network"

# 03 (Monday 2 March 2026; Home Office data to 31 December 2025 published Thursday 26 February 2026; the paper's analysis)
HO3 = "Home Office data published Thursday 26 February 2026; the Trellis's analysis with ONS mid-2024 population"
D25 = "31 December 2025 (the end of December; " + HO3 + ")"
D25R = "31 December 2025, per 10,000 residents (" + HO3
ASP, RATE = "asylum_support_population", "asylum_support_population_per_10000_residents"
MBRO = "Middlesbrough"
ATH = "Cllr Dean Atherley, Middlesbrough Council"
HOMELESS = "refugees_homeless_after_leaving_asylum_support"

# 04 (Tuesday 16 June 2026; live page; Home Office figures for Monday 15 June 2026)
MON4 = "Monday 15 June 2026 ("
YTD4 = "1 January to 15 June 2026 (this year's running total; Home Office figures"
YTD4_25 = "1 January to 15 June 2025 (by the same date last year; Home Office figures)"
CH4 = "1 January to 15 June 2026 vs same period 2025 (Home Office figures"
FRP = "French police"
OCC = "small_boat_occupancy"
DEATHS = "small_boat_deaths"
STOP = "small_boat_launch_attempts_stopped_people"

# 05 (Wednesday 2 December 2026; check of a minister's claim on Sunday 29 November 2026; ONS figures of Thursday 26 November 2026)
ONS5 = "ONS provisional estimates published Thursday 26 November 2026"
YJ26 = "July 2025 to June 2026 (the twelve months to June 2026; provisional; " + ONS5
YJ25 = "July 2024 to June 2025 ("
YJ24 = "July 2023 to June 2024 (the Conservatives' final full year in office; latest ONS estimate)"
YJ23 = "July 2022 to June 2023 (the peak; "
CLAIM5 = "July 2025 to June 2026 vs under the Conservatives (period not specified; claim by a Cabinet Office minister, Sunday 29 November 2026"
SHARE5 = "net_migration_share_of_earlier_level"
PEAK5 = "net_migration_share_of_peak"
ELEC5 = "net_migration_share_of_year_before_election"
AVG5 = "net_migration_share_of_previous_parliament_average"

# 06 (Tuesday 10 March 2026; Home Office figures to 31 December 2025; Glasgow City Council)
HO6 = "Home Office figures published February 2026"
D25G = "31 December 2025 (the end of December; " + HO6 + ")"
GLA = "Glasgow"
GCC = "Glasgow City Council"
REN = "Councillor Isla Rennick, Glasgow City Council"
Y25G = "January to December 2025 (in 2025; " + GCC
FY26G = "April 2025 to March 2026 (2025/26; " + GCC + " officers' estimate)"

# 07 (Thursday 5 March 2026; OBR spring forecast published Tuesday 3 March 2026)
OBR = "Office for Budget Responsibility spring forecast, Tuesday 3 March 2026"
Y31 = "April 2030 to March 2031 (2030-31; " + OBR
LR = "long run, per year (" + OBR
NOV = "November 2025 forecast ("
PFE = "public_finances_effect_lower_migration"
HEAD = "fiscal_headroom"
SHEAD = "public_finances_effect_share_of_headroom"
NMA = "net_migration_projection_assumption"
WAP = "working_age_population_growth_forecast"
VOSS = "Harriet Voss, chief UK economist, Ardent Partners"

ARTICLES = {
    "01-daily-gantline-asylum-cost-home-office-accounts": dict(
        meta=dict(url="https://www.dailygantline.example/politics/2026/07/16/asylum-system-still-costing-taxpayers-11-5m-a-day/",
                  title="Asylum system still costing taxpayers £11.5m a day",
                  publisher="Daily Gantline", author="Rupert Haldane", published_date="2026-07-16"),
        labels=[
            L("£11.5m", 11500000, E, GBP, AC, FY26 + "; per day; headline)"),
            L("£4.18bn", 4180000000, E, GBP, AC, FY26 + "; standfirst)"),
            L("12pc", -12, E, PCT, AC + "_change", CH1 + "down on the year before; standfirst)"),
            L("almost half", 50, ALM, PCT, "asylum_cost_share_hotels", FY26 + "; hotels' share of the bill; standfirst)"),
            L("£11.5 million", 11500000, E, GBP, AC, FY26 + "; per day; last year)"),
            L("£4.18 billion", 4180000000, E, GBP, AC, FY26 + ")"),
            L("12 per cent", -12, E, PCT, AC + "_change", CH1 + "lower than 2024/25; " + ACC + ")"),
            L("£4.76 billion", 4760000000, E, GBP, AC, FY25 + ")"),
            L("£5.38bn", 5380000000, E, GBP, AC, "April 2023 to March 2024 (2023/24, the record; " + ACC + ")"),
            L("roughly £41,000", 41000, AP, GBP, "asylum_cost_per_person_per_year", FY26 + "; per person supported, spread across the year)"),
            L("102,000", 102000, E, P, "asylum_support_population", FY26 + "; supported on an average day)"),
            L("£1.94 billion", 1940000000, E, GBP, "asylum_cost_hotels", FY26 + ")"),
            L("46 per cent", 46, E, PCT, "asylum_cost_share_hotels", FY26 + ")"),
            L("£2.71 billion", 2710000000, E, GBP, "asylum_cost_hotels", FY25 + "; twelve months earlier)"),
            L("£145", 145, E, GBP, HNIGHT, FY26 + "; per person per night, a hotel bed)"),
            L("more than five times", 5, MT, RATIO, HNIGHT + "_ratio", FY26 + "; hotel bed against a bed in dispersed housing)"),
            L("£27", 27, E, GBP, "asylum_dispersal_cost_per_person_night", FY26 + "; per person per night)"),
            L("£4.5 billion", 4500000000, E, GBP, CONTR + "_original_forecast", "2019 to 2029 (the contracts signed in 2019, originally priced over ten years; " + ACC + ")"),
            L("£15.3 billion", 15300000000, E, GBP, CONTR, "2019 to 2029 (now expected to come in at, over the contracts' life; " + ACC + ")"),
            L("more than three times", 3, MT, RATIO, CONTR + "_ratio", "2019 to 2029 (now expected against first budgeted; " + ACC + ")"),
            L("£6.4 million", 6400000, E, GBP, "rwanda_scheme_cost", FY26 + "; spent winding up the Rwanda scheme, mostly settling contracts in Kigali)"),
            L("24,310", 24310, E, P, HOT, M26),
            L("almost a quarter", -25, ALM, PCT, HOT + "_change", "31 March 2026 vs 31 March 2025 (fewer than a year earlier; " + ACC + ")"),
            L("32,059", 32059, E, P, HOT, M25),
            L("41,600", 41600, E, P, "asylum_backlog", M26[:-1] + "; claims still awaiting a first decision)"),
            L("almost a third", -100 / 3, ALM, PCT, "asylum_backlog_change", "31 March 2026 vs 31 March 2025 (down on last year; " + ACC + ")"),
            L("52,400", 52400, E, P, "asylum_backlog_appeals", M26[:-1] + "; appeals queue)"),
            L("more than four billion pounds", 4000000000, MT, GBP, AC, "July 2026, per year (" + SHS1 + ")"),
            V("Tens of thousands", 20000, 90000, P, HOT, "July 2026 (people who remain in hotels; " + SHS1 + ")"),
            L("around 800", 800, AP, P, SBA, "5 July 2024 to July 2026, per week (every week under this Government; " + SHS1 + ")"),
            L("more than £1.2 billion", -1200000000, MT, GBP, AC + "_change", "2023/24 to 2025/26 (down in two years; " + MIN1 + ")"),
            L("60", 60, E, HOTELS, "asylum_hotels_closed", "July 2025 to July 2026 (closed in the past 12 months; " + MIN1 + ")"),
            L("up to £900 million", 900000000, AM, GBP, "asylum_cost_saving", "per year, if the appeals backlog were cleared (estimate; the Carrow Institute)"),
            L("one in five", 20, E, PCT, "asylum_cost_share_refused_claimants", "July 2026 (pounds of asylum spending going on people already refused once; " + CAR + ")"),
            L("around £2,600", 2600, AP, GBP, "asylum_cost_per_person_per_month", "July 2026, per month (each month an appeal waits for a hearing; " + CAR + ")"),
        ]),
    "02-kernow-quill-seasonal-worker-visas-cornwall-farms": dict(
        meta=dict(url="https://www.kernowquill.example/news/farming/cornish-growers-lean-on-overseas-pickers-seasonal-visas-dip-8841207",
                  title="Cornish growers lean on overseas pickers as seasonal visas dip nationally",
                  publisher="Kernow Quill", author="Morwenna Tregear", published_date="2026-05-22"),
        labels=[
            L("More than 2,000", 2000, MT, P, EMP, YTD2 + "workers come to the county's farms; standfirst)", geo=CORN),
            L("MORE than 2,000", 2000, MT, P, EMP, YTD2 + "arrived on Cornish farms)", geo=CORN),
            L("38,240", 38240, E, P, SWV, YM26 + ")"),
            L("6%", -6, E, PCT, SWV + "_change", "year ending March 2026 vs year ending March 2025 (down on the previous twelve months; " + HO2 + ")"),
            L("40,680", 40680, E, P, SWV, YM25),
            L("41,000", 41000, E, P, "seasonal_worker_visa_allocation_horticulture", "2026 (this year's cap; ministers)"),
            L("2,000", 2000, E, P, "seasonal_worker_visa_allocation_poultry", "2026 (a separate cap for poultry work before Christmas; ministers)", ctx="a separate 2,000"),
            L("about 2,150", 2150, AP, P, EMP, YTD2 + GROW2 + ")", geo=CORN),
            L("roughly 1,800", 1800, AP, P, EMP, "1 January to 22 May 2025 (by this point in 2025; " + GROW2 + ")", geo=CORN),
            L("almost a fifth", 20, ALM, PCT, EMP + "_change", "so far in 2026 vs by this point in 2025 (an increase of; " + GROW2 + ")", geo=CORN),
            L("roughly one in six", 100 / 6, AP, PCT, "farm_seasonal_workforce_share_seasonal_worker_visa", "2026 season (overseas workers among those who work on Cornish farms at the peak)", geo=CORN),
            L("12.9k", 12900, E, P, "farm_workforce_peak_season", "peak of the season (the county's most recent farm survey; year not stated)", geo=CORN),
            L("c. 600", 600, AP, P, "farm_seasonal_pickers", "January to early April 2026 (the daffodil season; Hendra Vean Flowers)", geo=FARM),
            L("640", 640, E, P, "farm_seasonal_pickers", "2025 (taken on; " + PASC + ")", geo=FARM),
            L("31 million", 31000000, E, STEMS, "daffodil_stems_picked", "2026 season (picked this year; " + PASC + ")", geo=FARM),
            L("£12.71", 12.71, E, GBP, "seasonal_worker_hourly_pay", "May 2026, per hour (what he pays, the same as anyone else; " + PASC + ")", geo=FARM),
            L("about 410", 410, AP, P, EMP, "2026 (broccoli and cauliflower growers around Marazion and on the Roseland)", geo=CORN),
            L("nearly four times", 4, ALM, RATIO, EMP + "_ratio", "2026 vs 2021 (as many as they employed in 2021; growers around Marazion and on the Roseland)", geo=CORN),
            L("A quarter", 25, E, PCT, "growers_share_planted_less_labour_uncertainty", "spring 2026 (growers surveyed; Tom Bolitho, NFU adviser in Cornwall)", geo=CORN),
            L("9,460", 9460, E, P, SWV + "_kyrgyz", YM26 + "; the year to March)"),
            L("just under a quarter", 25, ALM, PCT, SWV + "_share_kyrgyz", YM26 + "; of the total)"),
            L("84%", 84, E, PCT, SWV + "_kyrgyz_share_returning", YM26 + "; 84% of these went to people who had picked on a British farm before; the scheme operators)"),
            L("7,130", 7130, E, P, SWV + "_uzbek", YM26 + ")"),
            L("3,020", 3020, E, P, SWV + "_indonesian", YM26 + ")"),
            L("57", 57, E, P, "charity_service_users", YTD2 + "people from Cornish farms helped; " + FHN + ")", geo=CORN),
            L("23", 23, E, P, "charity_service_users", "1 January to May 2025 (the same months last year; " + FHN + ")", geo=CORN),
            L("up to £4,000", 4000, AM, GBP, "seasonal_workers_recruitment_fees_paid", "before travelling, 2026 (paid to recruitment agents in their home countries; Elowen Carne, " + FHN + ")", geo=CORN),
            L("about £400", 400, AP, GBP, "seasonal_worker_weekly_take_home_pay", "2026, per week (most take home once the caravan rent has come out; Elowen Carne, " + FHN + ")", geo=CORN),
            L("two", 2, E, LICENCES, "sponsor_licences_revoked", "2024 to May 2026 (scheme operators that lost their licences since 2024; a Home Office spokesperson)"),
        ]),
    "03-the-trellis-asylum-housing-regions-per-10000": dict(
        meta=dict(url="https://www.thetrellis.example/uk-news/2026/mar/02/revealed-north-east-houses-four-times-as-many-asylum-seekers-per-head-as-south-west",
                  title="Revealed: North East houses four times as many asylum seekers per head as South West",
                  publisher="The Trellis", author="Helena Marsh and Kwame Asante", published_date="2026-03-02"),
        labels=[
            L("four times", 4, E, RATIO, RATE + "_ratio", "31 December 2025 (North East against South West, per head; headline)", geo="North East"),
            L("71", 71, E, P10K, RATE, D25R + "; standfirst)", occ=0, geo=MBRO),
            L("15", 15, E, P10K, RATE, D25R + "; the UK average; standfirst)", ctx="a UK average of 15"),
            L("104,870", 104870, E, P, ASP, D25),
            L("about 15", 15, AP, P10K, RATE, D25R + "; the equivalent for every 10,000 residents)"),
            L("23", 23, E, P10K, RATE, D25R + "; the highest of any English region)", geo="North East"),
            L("21", 21, E, P10K, RATE, D25R + ")", ctx="North West at 21", geo="North West"),
            L("5.6", 5.6, E, P10K, RATE, D25R + ")", geo="South West"),
            L("8.4", 8.4, E, P10K, RATE, D25R + ")", geo="South East"),
            L("16,950", 16950, E, P, ASP, D25, geo="London"),
            L("19", 19, E, P10K, RATE, D25R + ")", ctx="or 19 per 10,000", geo="London"),
            L("14", 14, E, P10K, RATE, D25R + ")", ctx="rate was 14 per 10,000", geo=ENG),
            L("6,510", 6510, E, P, ASP, D25, geo=SCO),
            L("12", 12, E, P10K, RATE, D25R + ")", ctx="(12 per 10,000)", geo=SCO),
            L("3,480", 3480, E, P, ASP, D25, geo=WAL),
            L("11", 11, E, P10K, RATE, D25R + ")", ctx="3,480 (11)", geo=WAL),
            L("2,750", 2750, E, P, ASP, D25, geo=NI),
            L("14", 14, E, P10K, RATE, D25R + ")", ctx="2,750 (14)", geo=NI),
            L("1,060", 1060, E, P, ASP, D25[:-1] + "; people in asylum accommodation)", geo=MBRO),
            L("71", 71, E, P10K, RATE, D25R + "; the highest in Great Britain)", occ=1, geo=MBRO),
            L("nearly five times", 5, ALM, RATIO, RATE + "_ratio", "31 December 2025 (Middlesbrough against the UK average)", geo=MBRO),
            L("68", 68, E, P10K, RATE, D25R + "; close behind)", geo="Glasgow"),
            L("37", 37, E, COUNCILS, "councils_asylum_support_below_1_per_10000", D25[:-1] + "; councils with fewer than one person in 10,000 in the system)"),
            L("Seven", 7, E, COUNCILS, "councils_above_dispersal_ratio_1_in_200", D25[:-1] + "; councils above the one-per-200-residents line)"),
            L("27,640", 27640, E, P, HOT, D25[:-1] + "; the end of the year)"),
            L("14%", -14, E, PCT, HOT + "_change", "31 December 2025 vs 31 December 2024 (down on twelve months earlier; " + HO3 + ")"),
            L("just over a quarter", 25, MT, PCT, "asylum_hotel_population_share_of_supported", D25[:-1] + "; of everyone in the system)"),
            L("7,920", 7920, E, P, HOT, D25, geo="London"),
            L("29%", 29, E, PCT, "asylum_hotel_population_share_london", D25, geo="London"),
            L("68,390", 68390, E, P, "asylum_dispersal_population", D25),
            L("roughly 30 times", 30, AP, RATIO, RATE + "_ratio", "2026 (Middlesbrough against Wokingham, per head; Dr Fenella Oyelaran, Northern Housing Observatory)", geo=MBRO),
            L("412", 412, E, HH, HOMELESS, "2025 (last year; households leaving asylum accommodation dealt with by the homelessness team; " + ATH + ")", geo=MBRO),
            L("double", 2, E, RATIO, HOMELESS + "_ratio", "2025 vs 2024 (double the year before; " + ATH + ")", geo=MBRO),
            L("£95m", 95000000, E, GBP, "council_asylum_grant", "new settlement, year not stated (to be shared among the areas housing the most people; the Home Office)"),
            L("8,840", 8840, E, P, ASP + "_subsistence_only", D25[:-1] + "; methodology note)"),
        ]),
    "04-sightline-news-channel-crossings-live-french-interceptions": dict(
        meta=dict(url="https://news.sightline.example/live/channel-crossings-live-more-than-1000-migrants-reach-uk-in-a-day-13381244",
                  title="Channel crossings live: More than 1,000 migrants reach UK in a day as French police turn back hundreds",
                  publisher="Sightline News", author=None, published_date="2026-06-16"),
        labels=[
            L("More than 1,000", 1000, MT, P, SBA, MON4 + "in a day; headline)"),
            V("hundreds", 200, 900, P, STOP, MON4 + "turned back; French police; headline)", geo=FR),
            L("1,047", 1047, E, P, SBA, MON4 + "Home Office figures; key points)", occ=0),
            L("16", 16, E, BOATS, SBC, MON4 + "Home Office figures; key points)", ctx="in 16 boats on Monday, the highest"),
            L("c. 600", 600, AP, P, STOP, MON4 + "stopped from setting off; " + FRP + "; key points)", geo=FR),
            L("19,880", 19880, E, P, SBA, YTD4 + "; key points)", occ=0),
            L("14%", 14, E, PCT, SBA + "_change", CH4 + "; key points)", occ=0),
            L("Two", 2, E, P, DEATHS, MON4 + "two men die off the French coast; key points)", ctx="Two men die", geo=FR),
            L("Over a thousand", 1000, MT, P, SBA, MON4 + "in one day; the shadow home secretary)"),
            L("Almost 83,000", 83000, ALM, P, SBA, "5 July 2024 to 15 June 2026 (since 5 July 2024; the shadow home secretary)"),
            L("65", 65, E, PPB, OCC, MON4 + "on average in each boat; Sightline News analysis)"),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", "Monday 15 June 2026 vs 8 to 14 June 2026 (the previous seven days combined)"),
            L("271", 271, E, P, SBA, "8 to 14 June 2026 (the previous seven days combined)"),
            L("92", 92, E, PPB, OCC + "_max", MON4 + "aboard one dinghy; RNLI volunteers)", geo="St Mary's Bay"),
            L("612", 612, E, P, STOP, MON4 + "stopped from getting into boats from Dunkirk to Boulogne; " + FRP + ")", geo=FR),
            L("11", 11, E, BOATS, "small_boat_launches_prevented", MON4 + FRP + ")", geo=FR),
            L("one", 1, E, BOATS, "small_boat_interceptions_at_sea", MON4 + "intercepted in the water off Hardelot; " + FRP + ")", ctx="intercepted one boat", geo=FR),
            L("38", 38, E, P, "small_boat_interceptions_at_sea_people", MON4 + "on the boat intercepted off Hardelot; " + FRP + ")", geo=FR),
            L("47", 47, E, P, "small_boat_rescues", MON4 + "off Gravelines; the French maritime prefecture)", geo=FR),
            L("2,740", 2740, E, P, "returns", "since the UK-France pilot began (2025) to 16 June 2026 (returned to France; a Home Office spokesperson)", geo=FR),
            L("Two", 2, E, P, DEATHS, MON4 + "two deaths confirmed; post heading)", ctx="Two deaths confirmed", geo=FR),
            L("two", 2, E, P, DEATHS, MON4 + "near Équihen-Plage; French authorities)", ctx="that two men died", geo=FR),
            L("34", 34, E, P, DEATHS, "1 January to 15 June 2026 (the toll on the route this year; International Organization for Migration)"),
            L("28", 28, E, P, DEATHS, "1 January to mid-June 2025 (by the same point in 2025; International Organization for Migration)"),
            L("1,047", 1047, E, P, SBA, MON4 + "Home Office figures)", occ=1),
            L("16", 16, E, BOATS, SBC, MON4 + "Home Office figures)", ctx="in 16 boats on Monday.\n"),
            L("19,880", 19880, E, P, SBA, YTD4 + ")", occ=1),
            L("14%", 14, E, PCT, SBA + "_change", CH4 + "; higher than by the same date last year)", occ=1),
            L("17,440", 17440, E, P, SBA, YTD4_25),
            L("902", 902, E, P, SBA, "Sunday 31 May 2026 (the previous busiest day this year; Home Office figures)"),
            L("More than half", 50, MT, PCT, "small_boat_arrivals_share_landed_at_dover", MON4 + "brought into Dover by Border Force)", geo="Dover"),
            L("588", 588, E, P, "small_boat_arrivals_landed_at_dover", MON4 + "brought into Dover by Border Force)", geo="Dover"),
            L("five times", 5, E, LAUNCHES, "rnli_lifeboat_launches", MON4 + "yesterday; the RNLI)"),
        ]),
    "05-truebearing-net-migration-two-governments-claim": dict(
        meta=dict(url="https://truebearing.example/immigration/net-migration-labour-quarter-conservatives/",
                  title="Is net migration under Labour a quarter of what it was under the Conservatives?",
                  publisher="Truebearing", author="Cato Lindfield", published_date="2026-12-02"),
        labels=[
            L("a quarter", 25, E, PCT, SHARE5, CLAIM5 + "; the claim asked as a question; headline)", ctx="under Labour a quarter of what"),
            L("less than a quarter", 25, LT, PCT, SHARE5, CLAIM5 + "; claim box)", occ=0),
            L("about a fifth", 20, AP, PCT, PEAK5, "year ending June 2026 vs year ending June 2023 (the 2023 peak; verdict)"),
            L("more than a quarter", 25, MT, PCT, ELEC5, "year ending June 2026 vs year ending June 2024 (the last year before the election; verdict)", ctx="but it is more than a quarter"),
            L("about a third", 100 / 3, AP, PCT, AVG5, "two years to June 2026 vs average of the 2019 parliament (verdict)"),
            L("less than a quarter", 25, LT, PCT, SHARE5, CLAIM5 + "; told a BBC politics programme)", occ=1),
            L("1.2m", 1200000, E, VIEWS, "social_media_post_views", "29 November to 2 December 2026 (a clip of the exchange viewed on X)"),
            L("183,000", 183000, E, P, NM, YJ26 + ")", occ=0),
            R("between 121,000 and 245,000", 121000, 245000, P, NM, YJ26 + "; the ONS's likely range for the true value)"),
            L("about 795,000", 795000, AP, P, "immigration", YJ26 + "; long-term arrivals)"),
            L("612,000", 612000, E, P, "emigration", YJ26 + "; departures)"),
            L("a quarter", 25, E, PCT, "emigration_change", "year ending June 2026 vs year ending June 2025 (emigration up on the year before; " + ONS5 + ")", ctx="up a quarter on the 489,000"),
            L("489,000", 489000, E, P, "emigration", YJ25 + "the year before; " + ONS5 + ")"),
            L("740,000", 740000, E, P, NM, YJ23 + "as first put, spring 2024)"),
            L("191,000", 191000, E, P, NM + "_revision", YJ23 + "revised up since first published; ONS)"),
            L("931,000", 931000, E, P, NM, YJ23 + "the latest estimate; ONS)"),
            L("183,000", 183000, E, P, NM, YJ26 + "; against the peak)", occ=1),
            L("20%", 20, E, PCT, PEAK5, "year ending June 2026 vs year ending June 2023 (183,000 against the peak)"),
            L("less than a quarter", 25, LT, PCT, PEAK5, "year ending June 2026 vs year ending June 2023 (comfortably less than a quarter of the peak)", occ=2),
            L("694,000", 694000, E, P, NM, YJ24),
            L("26%", 26, E, PCT, ELEC5, "year ending June 2026 vs year ending June 2024 (the latest figure against the last year before the election)"),
            L("slightly more than a quarter", 25, MT, PCT, ELEC5, "year ending June 2026 vs year ending June 2024"),
            L("237,000", -237000, E, P, NM + "_change", "year ending June 2023 to year ending June 2024 (already fallen between the peak and the election)"),
            L("almost a third", 100 / 3, ALM, PCT, "net_migration_share_of_fall_before_election", "year ending June 2023 to year ending June 2026 (of the total fall since the peak, the part before the election)"),
            L("about 610,000", 610000, AP, P, NM, "July 2019 to June 2024, average per year (the five years of the 2019 parliament)"),
            L("93,000", 93000, E, P, NM, "July 2019 to June 2020 (the year ending June 2020; COVID-19 restrictions)"),
            L("about 217,000", 217000, AP, P, NM, "July 2024 to June 2026, average per year (the two full years of the current government)"),
            L("a little over a third", 100 / 3, MT, PCT, AVG5, "two years to June 2026 vs average of the 2019 parliament (of the Conservative figure)"),
            L("204,000", 204000, E, P, NM, YJ25 + "as first published, November 2025)"),
            L("251,000", 251000, E, P, NM, YJ25 + "as revised, November 2026)"),
            L("some 47,000", 47000, AP, P, NM + "_revision", YJ25 + "higher than first published; ONS)"),
        ]),
    "06-the-clydesider-glasgow-asylum-dispersal-council-funding": dict(
        meta=dict(url="https://www.clydesider.example/news/glasgow-news/glasgow-houses-two-thirds-scotlands-asylum-seekers-30418862",
                  title="Glasgow houses two-thirds of Scotland's asylum seekers as council counts £14m cost of refugee homelessness",
                  publisher="The Clydesider", author="Fraser Loudon", published_date="2026-03-10"),
        labels=[
            L("two-thirds", TWO3, E, PCT, "asylum_support_population_share_glasgow", D25G[:-1] + "; Glasgow's share of Scotland's asylum seekers; headline)", occ=0, geo=GLA),
            L("£14m", 14000000, E, GBP, "council_refugee_homelessness_cost", FY26G[:-1] + "; headline)", occ=0, geo=GLA),
            L("20%", 20, E, PCT, HOMELESS + "_change", "2025 vs 2024 (homeless applications from new refugees; standfirst)", occ=0, geo=GLA),
            L("4,310", 4310, E, P, "asylum_support_population", D25G, geo=GLA),
            L("two-thirds", TWO3, E, PCT, "asylum_support_population_share_glasgow", D25G[:-1] + "; of everyone in the system in Scotland)", occ=1, geo=GLA),
            L("6,510", 6510, E, P, "asylum_support_population", D25G, geo=SCO),
            L("210", 210, E, P, "asylum_support_population", D25G, geo="North Lanarkshire"),
            L("180", 180, E, P, "asylum_support_population", D25G, geo="Renfrewshire"),
            L("68", 68, E, P10K, "asylum_support_population_per_10000_residents", "31 December 2025, per 10,000 residents (" + HO6 + ")", geo=GLA),
            L("more than four times", 4, MT, RATIO, "asylum_support_population_per_10000_residents_ratio", "31 December 2025 (Glasgow's rate against the UK average)", geo=GLA),
            L("15", 15, E, P10K, "asylum_support_population_per_10000_residents", "31 December 2025, per 10,000 residents (the UK average; " + HO6 + ")"),
            L("3,870", 3870, E, P, "asylum_dispersal_population", D25G[:-1] + "; flats leased by the Home Office's contractor)", geo=GLA),
            L("440", 440, E, P, HOT, D25G, geo=GLA),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", D25G[:-1] + "; hotels on the south side)", ctx="440 in two hotels", geo=GLA),
            L("3,120", 3120, E, HH, HOMELESS, Y25G + "; homeless applications from households just given leave to remain)", geo=GLA),
            L("20%", 20, E, PCT, HOMELESS + "_change", "2025 vs 2024 (" + GCC + ")", occ=1, geo=GLA),
            L("2,600", 2600, E, HH, HOMELESS, "January to December 2024 (the year before; " + GCC + ")", geo=GLA),
            L("about £14m", 14000000, AP, GBP, "council_refugee_homelessness_cost", FY26G, geo=GLA),
            L("£21.4m", 21400000, E, GBP, "council_homelessness_budget_overspend", FY26G, geo=GLA),
            L("£6m", 6000000, E, GBP, "council_refugee_homelessness_funding", "January 2026 (an extra sum from the Scottish Government)", geo=GLA),
            L("£1.2m", 1200000, E, GBP, "home_office_refugee_move_on_funding", "2025/26 (the Home Office's move-on grant; " + GCC + ")", geo=GLA),
            L("nearly 1,900", 1900, ALM, HH, "temporary_accommodation_households", "Tuesday 10 March 2026 (tonight; " + REN + ")", geo=GLA),
            L("one in three", 100 / 3, E, PCT, "temporary_accommodation_share_refugee_households", "Tuesday 10 March 2026 (of those in temporary accommodation tonight; " + REN + ")", geo=GLA),
            L("2,480", 2480, E, P, "asylum_initial_decisions", "January to December 2025 (claims from people living in Glasgow; Home Office figures)", geo=GLA),
            L("three-quarters", 75, E, PCT, "asylum_grants_share_initial_decisions", "January to December 2025 (grants of protection; Home Office figures)", geo=GLA),
            L("roughly 150", 150, AP, P, "charity_service_users", "March 2026, per week (volunteers seeing; Kirsteen Abernethy, Clyde Welcome Network)", geo=GLA),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "March 2026, per week (for essentials on top of housing; the Home Office)"),
        ]),
    "07-the-coupon-migration-fiscal-effect-obr-forecast": dict(
        meta=dict(url="https://www.thecoupon.example/content/5d1e8a42-obr-lower-migration-public-finances",
                  title="Lower migration to leave £7bn hole in public finances, OBR says",
                  publisher="The Coupon", author="Imogen Fairweather and Tariq Blume", published_date="2026-03-05"),
        labels=[
            L("£7bn", 7000000000, E, GBP, PFE, Y31 + "; the hole in public finances; headline)"),
            L("265,000", 265000, E, P, NMA, LR + "; standfirst)", occ=0),
            L("more than a third", 100 / 3, MT, PCT, SHEAD, "March 2026 forecast (the chancellor's headroom eaten into; standfirst)", occ=0),
            L("£7.1bn", 7100000000, E, GBP, PFE, Y31 + "; per year worse off)", occ=0),
            L("265,000", 265000, E, P, NMA, LR + ")", occ=1),
            L("340,000", 340000, E, P, NMA, "long run, per year (" + NOV + "OBR)"),
            L("75,000", -75000, E, P, NMA + "_revision", "long run, per year (March 2026 forecast vs November 2025; " + OBR + ")"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the year to June 2025; ONS estimate)"),
            L("more than three-quarters", -75, MT, PCT, NM + "_change", "year to June 2025 vs the 2023 peak (below its peak; ONS estimate)"),
            L("£9.6bn", -9600000000, E, GBP, "tax_receipts_lower_migration_change", Y31 + "; the lower path cuts tax receipts)"),
            L("£2.5bn", -2500000000, E, GBP, "public_spending_lower_migration_change", Y31 + "; reducing spending on public services and benefits)"),
            L("£7.1bn", 7100000000, E, GBP, "public_borrowing_effect_lower_migration", Y31 + "; adds to borrowing that year)", occ=1),
            R("between £5bn and £9bn", 5000000000, 9000000000, GBP, PFE, Y31 + "; the cost could lie anywhere between, depending on the mix)"),
            L("£19.6bn", 19600000000, E, GBP, HEAD, "March 2026 forecast (" + OBR + ")"),
            L("£23.1bn", 23100000000, E, GBP, HEAD, NOV + "OBR)"),
            L("more than a third", 100 / 3, MT, PCT, SHEAD, "March 2026 forecast (the migration revision alone would have consumed; " + OBR + ")", occ=1),
            L("0.3 per cent", 0.3, E, PCT, WAP, "2026 to 2030, per year (" + OBR + ")"),
            L("half", 0.5, E, RATIO, WAP + "_ratio", "2026 to 2030 (March 2026 forecast against the autumn's; " + OBR + ")", ctx="half the 0.6 per cent"),
            L("0.6 per cent", 0.6, E, PCT, WAP, "2026 to 2030, per year (projected in the autumn; " + NOV + "OBR)"),
            L("about 400,000", -400000, AP, P, "working_age_population_forecast_revision", "end of the forecast, 2030 (smaller than previously thought; " + OBR + ")"),
            L("1.1 per cent", 1.1, E, PCT, "gdp_growth_forecast", "2026 (this year; " + OBR + ")"),
            L("1.4 per cent", 1.4, E, PCT, "gdp_growth_forecast", "2026 (this year; " + NOV + "OBR)"),
            L("about a quarter", -25, AP, PCT, NM + "_change", "2025 vs 2024 (net migration to the EU fell; Eurostat figures)", geo="EU"),
            L("1.2 per cent", 1.2, E, PCT, "population_change", "July 2023 to June 2024 (the year to mid-2024; ONS estimate)", geo="England and Wales"),
            L("about £410,000", 410000, AP, GBP, "fiscal_lifetime_contribution_migrant", "lifetime, in today's prices (a migrant arriving aged 25 on the median wage; OBR 2024 analysis)"),
            L("roughly £150,000", 150000, AP, GBP, "fiscal_lifetime_net_cost_low_wage_migrant", "lifetime, in today's prices (one earning half the median; OBR 2024 analysis)"),
            L("Roughly 60 per cent", 60, AP, PCT, "net_migration_share_of_fall_from_dependants_and_students", "the 2023 peak to the year to June 2025 (students and their dependants and care workers; " + VOSS + ")"),
            L("£1,035", 1035, E, GBP, "visa_immigration_health_surcharge", "March 2026, per year (most adult visa holders; " + VOSS + ")"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
