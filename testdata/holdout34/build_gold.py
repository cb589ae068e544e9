#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the thirty-fourth hand-labelled hold-out set (holdout34).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, PPB, HOTELS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT)

RET, IMM, EMI = "returns", "immigration", "emigration"
NMR, NMC = "net_migration_revision", "net_migration_change"
APPS, BL, BLA = "asylum_applications", "asylum_backlog", "asylum_backlog_appeals"
RSC, PTR, REL = "rwanda_scheme_cost", "payment_to_rwanda", "rwanda_relocations"
GRANT, SUPPORT, DEC = "asylum_grants_share_initial_decisions", "asylum_support_population", "asylum_initial_decisions"
HOTELS_IN_USE = "asylum_hotels_in_use"
POP, PG, PC, NAT = "population", "population_growth", "population_change", "population_natural_change"
RH = "refugees_homeless_after_leaving_asylum_support"
TA_COST = "council_temporary_accommodation_cost"
HH, COUNCILS, HOMES = "other:households", "other:council_areas", "other:homes"
TFR, LAUNCHES = "other:children_per_woman", "other:launches"
FR, RW, WAL, SCO, NI, ENG, LDN = "France", "Rwanda", "Wales", "Scotland", "Northern Ireland", "England", "London"

# periods
YJ26, YJ25 = "year ending June 2026", "year ending June 2025"
EJ26, EJ25 = "end of June 2026", "end of June 2025"
FY26, FY25, FY27 = "2025/26 financial year", "2024/25 financial year", "2026/27 financial year"
ONS_NOV = " (ONS provisional estimate, published Thursday 26 November 2026)"
Y25_FIRST = "2025 (calendar year; first estimate, ONS, published Thursday 21 May 2026)"
AUG = "August 2026 (last month)"
YTD02, YTD02_25 = "1 January to 31 August 2026 (2026 so far)", "1 January to 31 August 2025 (same point last year)"
HO_AUG27 = " (Home Office, published Thursday 27 August 2026)"
T1 = " (Table 1)"
SAT = "Saturday 22 August 2026 (today)"
FRI = "Friday 21 August 2026 (yesterday)"
YTD06, YTD06_25 = "1 January to 21 August 2026 (this year's total)", "1 January to 21 August 2025 (by this date in 2025)"
MID25 = "year to mid-2025 (ONS mid-year estimates, published Tuesday 14 July 2026)"
M25 = "mid-2025 (June 2025; ONS mid-year estimates)"
RW_LIFE = "life of the scheme (April 2022 to July 2024)"

ARTICLES = {
    "01-farringdon-post-ons-net-migration-revisions": dict(
        meta=dict(url="https://www.farringdonpost.example/uk-news/2026/nov/26/net-migration-171000-ons-revisions-analysis",
                  title="Net migration falls to 171,000 – but the ONS has quietly rewritten the past two years",
                  publisher="The Farringdon Post", author="Aditi Welland-Crouch", published_date="2026-11-26"),
        labels=[
            L("171,000", 171000, E, P, NM, YJ26 + ONS_NOV + " (headline)", occ=0),
            L("below a fifth", 0.2, LT, RATIO, NM + "_ratio", YJ26 + " vs peak, year ending March 2023 (standfirst)"),
            L("171,000", 171000, E, P, NM, YJ26 + " (12 months to June)" + ONS_NOV, occ=1),
            L("less than a fifth", 0.2, LT, RATIO, NM + "_ratio", YJ26 + " vs peak, year ending March 2023"),
            L("944,000", 944000, E, P, NM, "year ending March 2023 (peak)"),
            L("198,000", 198000, E, P, NM, Y25_FIRST),
            L("226,000", 226000, E, P, NM, "2025 (calendar year; revised, November 2026)"),
            L("28,000", 28000, E, P, NMR, "2025 (calendar year; revised vs first estimate; upward revision)"),
            L("204,000", 204000, E, P, NM, YJ25 + " (first estimate, November 2025)"),
            L("48,000", 48000, E, P, NMR, YJ25 + " (revised vs first estimate; raised)"),
            L("252,000", 252000, E, P, NM, YJ25 + " (revised, November 2026)"),
            L("more than 100,000", 100000, MT, P, NMR, "2023 (calendar year; first estimate vs later estimates)"),
            L("81,000", -81000, E, P, NMC, YJ26 + " vs " + YJ25 + " (revised series; fell)"),
            L("roughly a third", -THIRD, AP, PCT, NMC, YJ26 + " vs " + YJ25 + " (revised series)"),
            L("a halving", -50, E, PCT, NMC, "2025 vs 2024 (as first estimated in May 2026; ministers)"),
            L("776,000", 776000, E, P, IMM, YJ26 + " (an estimated)"),
            L("about 6%", -6, AP, PCT, IMM + "_change", YJ26 + " vs " + YJ25 + " (lower)"),
            L("605,000", 605000, E, P, EMI, YJ26),
            L("571,000", 571000, E, P, EMI, YJ25 + " (revised)"),
            R("112,000 to 230,000", 112000, 230000, P, NM, YJ26 + " (range around the central estimate)"),
            L("172,000", 172000, E, P, "immigration_work_non_eu", YJ26),
            L("29%", -29, E, PCT, "immigration_work_non_eu_change", YJ26 + " vs " + YJ25),
            L("242,000", 242000, E, P, "immigration_work_non_eu", YJ25),
            L("more than half", -50, MT, PCT, "immigration_work_dependants_non_eu_change", YJ26 + " vs " + YJ25 + " (dependants of non-EU workers; fell)"),
            L("49,000", 49000, E, P, "immigration_work_dependants_non_eu", YJ26 + " (dependants of non-EU workers)"),
            L("281,000", 281000, E, P, "immigration_study_non_eu", YJ26 + " (broadly flat)"),
            L("nearly half", 50, ALM, PCT, "immigration_share_study_non_eu", YJ26 + " (share of non-EU immigration)"),
            L("612,000", 612000, E, P, "immigration_non_eu", YJ26),
            L("286,000", 286000, E, P, "emigration_non_eu", YJ26),
            L("326,000", 326000, E, P, "net_migration_non_eu", YJ26),
            L("58,000", -58000, E, P, "net_migration_eu", YJ26 + " (net outflow)"),
            L("Some 241,000", 241000, AP, P, "emigration_british", YJ26 + " (British nationals)"),
            L("144,000", 144000, E, P, "immigration_british", YJ26 + " (British nationals returned)"),
            L("97,000", -97000, E, P, "net_migration_british_nationals", YJ26 + " (net loss)"),
            L("Around one in three", 100 / 3, AP, PCT, "net_migration_share_of_fall_from_emigration",
              "year ending March 2023 (peak) to " + YJ26 + " (ONS director of population statistics)"),
            L("well below 150,000", 150000, LT, P, "net_migration_target", "before the next general election (by 2029; Home Secretary)"),
            V("tens of thousands", 20000, 90000, P, NMR, "2025 and year ending June 2025 (first estimates wrong by; shadow home secretary)"),
            L("258,000", 258000, E, P, "net_migration_forecast", YJ26 + " (OBR spring 2026 forecast assumption; thinktank senior fellow)"),
            L("87,000", 87000, E, P, "obr_net_migration_assumption_shortfall", YJ26 + " (OBR assumption minus ONS estimate; thinktank senior fellow)"),
        ]),
    "02-daily-siren-record-month-9214-crossings-hotel-cost": dict(
        meta=dict(url="https://www.dailysiren.example/news/politics/migrant-crisis-record-9214-channel-crossings-august-hotel-cost-4418203/",
                  title="BOAT BLITZ: RECORD 9,214 MIGRANTS CROSS CHANNEL IN A MONTH",
                  publisher="The Daily Siren", author="Darren Pettigrew-Asante", published_date="2026-09-01"),
        labels=[
            L("9,214", 9214, E, P, SBA, AUG + " (headline)", occ=0),
            L("£145", 145, E, GBP, AC, "per person per night, asylum hotel (standfirst)", occ=0),
            L("Around 50", 50, AP, P, SBA, "last week, late August 2026 (brought into Dover by one Border Force cutter; caption)", geo="Dover"),
            L("9,214", 9214, E, P, SBA, AUG + " (the highest monthly total ever)", occ=1),
            L("8,631", 8631, E, P, SBA, "August 2022 (previous monthly record)"),
            L("nearly 300", 300, ALM, P, SBA, "per day, August 2026 (daily average)"),
            L("162", 162, E, BOATS, SBC, AUG),
            L("57", 57, E, PPB, "small_boat_occupancy", AUG + " (average per boat)"),
            L("1,108", 1108, E, P, SBA, "Saturday 22 August 2026 (busiest day of August)"),
            L("3.3k", 3300, E, P, SBA, "22 to 31 August 2026 (the last ten days of the month)"),
            L("31,754", 31754, E, P, SBA, YTD02),
            L("nearly 10 per cent", 10, ALM, PCT, SBA + "_change", YTD02 + " vs " + YTD02_25),
            L("28,950", 28950, E, P, SBA, YTD02_25),
            L("around 2,600", 2600, AP, P, "small_boat_launch_attempts_stopped_people", AUG + " (French police)", geo=FR),
            L("at least 20", 20, AL, P, "small_boat_deaths", "1 January to 1 September 2026 (since January)"),
            L("Nine in ten", 90, E, PCT, "small_boat_arrivals_share_claimed_asylum", "now (those who land go on to claim asylum)"),
            L("more than £40million", 40e6, MT, GBP, AC, "first month of hotel accommodation for August 2026's arrivals (Siren's estimate)"),
            L("£145", 145, E, GBP, AC, "per person per night, asylum hotel (average; official figures)", occ=1),
            L("more than £52,900", 52900, MT, GBP, AC, "per person per year, asylum hotel"),
            L("nearly four times", 4, ALM, RATIO, AC + "_ratio", "per person per year, hotel vs council flat or shared house"),
            L("£14,000", 14000, E, GBP, AC, "per person per year, council flat or shared house (dispersal accommodation)"),
            L("almost £1.7billion", 1.7e9, ALM, GBP, AC, "per year, if all 2026 arrivals so far were in hotels (think tank's sums)"),
            L("£4.9billion", 4.9e9, E, GBP, AC, FY26 + " (last year; the asylum system)"),
            L("Nearly 100,000", 100000, ALM, P, SBA, "since the government took office (5 July 2024) to 1 September 2026 (Shadow Home Secretary)"),
            L("Over 37,000", 37000, MT, P, RET, "past twelve months, to September 2026 (Home Office spokesman)"),
            L("more than 1,500", 1500, MT, P, RET, "September 2025 (UK-France deal) to 1 September 2026 (Home Office spokesman)", geo=FR),
            V("hundreds of thousands", 200000, 900000, P, "returns_pledge", "if Reform UK won power (people who entered illegally; Reform UK's leader)"),
            L("9,214", 9214, E, P, SBA, AUG + " (Siren Says)", occ=2),
        ]),
    "03-london-evening-courier-refugees-temporary-accommodation": dict(
        meta=dict(url="https://www.londoneveningcourier.example/news/london/refugees-homeless-hotels-temporary-accommodation-boroughs-b1294406.html",
                  title="Refugees 'leaving hotels straight into homelessness' as boroughs face £186m bill",
                  publisher="London Evening Courier", author="Imogen Faraday-Nwosu", published_date="2026-10-08"),
        labels=[
            L("£186m", 186e6, E, GBP, "council_refugee_homelessness_cost", FY26 + " (London boroughs; headline)", occ=0, geo=LDN),
            L("one in eight", 12.5, E, PCT, "temporary_accommodation_share_refugee_households", FY26 + " (newly recognised refugees among families placed; standfirst)", occ=0, geo=LDN),
            L("More than 71,000", 71000, MT, HH, "temporary_accommodation_households", "now, end of March 2026 (caption)", geo=LDN),
            L("5,640", 5640, E, HH, RH, FY26 + " (came to a London borough as homeless after leaving asylum accommodation; London Councils)", geo=LDN),
            L("41 per cent", 41, E, PCT, RH + "_change", FY26 + " vs " + FY25, geo=LDN),
            L("one in eight", 12.5, E, PCT, "temporary_accommodation_share_refugee_households", FY26 + " (all households placed in temporary accommodation)", occ=1, geo=LDN),
            L("6,940", 6940, E, P, HOT, EJ26, geo=LDN),
            L("41", 41, E, HOTELS, HOTELS_IN_USE, EJ26, ctx="in 41 hotels", geo=LDN),
            L("more than a quarter", 25, MT, PCT, "asylum_hotel_population_share_london", EJ26 + " (London's share of the national total)"),
            L("over 9,000", 9000, MT, P, HOT, EJ25 + " (a year earlier)", geo=LDN),
            L("£186m", 186e6, E, GBP, "council_refugee_homelessness_cost", FY26 + " (last year; an estimated)", occ=1, geo=LDN),
            L("about £4.4m", 4.4e6, AP, GBP, TA_COST, "per day, 2025/26 (temporary accommodation bill)", geo=LDN),
            L("more than £1.6bn", 1.6e9, MT, GBP, TA_COST, "per year, 2025/26 (temporary accommodation bill)", geo=LDN),
            L("71,350", 71350, E, HH, "temporary_accommodation_households", "end of March 2026", geo=LDN),
            L("some 183,000", 183000, AP, P, "temporary_accommodation_population", "end of March 2026 (people in the 71,350 households)", geo=LDN),
            L("more than 95,000", 95000, MT, P, "temporary_accommodation_children", "end of March 2026", geo=LDN),
            L("roughly one in 50", 2, AP, PCT, "temporary_accommodation_share_of_population", "end of March 2026 (of the capital's residents)", geo=LDN),
            L("9.1m", 9.1e6, E, P, POP, "now, 2026 (the capital's residents)", geo=LDN),
            L("612", 612, E, HH, RH, FY26 + " (last year)", geo="Newham"),
            L("540", 540, E, HH, RH, FY26, geo="Hillingdon"),
            L("almost doubled", 2, ALM, RATIO, RH + "_ratio", FY26 + " vs " + FY25, geo="Croydon"),
            L("201", 201, E, HH, RH, FY25, geo="Croydon"),
            L("389", 389, E, HH, RH, FY26, geo="Croydon"),
            L("£95", 95, E, GBP, TA_COST, "per night, emergency rooms, now (average; London Councils executive member for housing)", geo=LDN),
            L("1,150", 1150, E, HH, "refugee_households_bed_and_breakfast", FY26 + " (bed and breakfast or hostels; London Councils executive member for housing)", geo=LDN),
            L("£11m", 11e6, E, GBP, "home_office_refugee_move_on_funding", FY27 + " (this year; extra to councils; Home Office spokesperson)"),
            L("more than 400", 400, MT, HOTELS, HOTELS_IN_USE, "peak, 2023 (the system the government inherited; Home Office spokesperson)"),
            V("six figures", 100000, 999999, P, BL, "July 2024 (the inherited backlog; Home Office spokesperson)"),
            L("More than half", 50, MT, PCT, "asylum_hotels_closed_share", "peak (2023) to October 2026 (of the hotels used at the peak, now closed; Home Office spokesperson)"),
            L("£8m", 8e6, E, GBP, "mayor_rent_deposit_scheme_funding", "now, October 2026 (set aside by the Mayor; City Hall)", geo=LDN),
        ]),
    "04-westminster-research-library-asylum-statistics-briefing": dict(
        meta=dict(url="https://researchlibrary.westminster.example/research-briefings/cbp-10412/",
                  title="Asylum statistics: the year to June 2026",
                  publisher="Westminster Research Library", author="Helena Strickland-Obi, Georgina Tuckett",
                  published_date="2026-09-15", license="Open Parliament Licence"),
        labels=[
            # Summary
            L("96,820", 96820, E, P, APPS, YJ26 + " (main applicants; summary)" + HO_AUG27, occ=0),
            L("13%", -13, E, PCT, APPS + "_change", YJ26 + " vs " + YJ25 + " (fewer)"),
            L("52,300", 52300, E, P, BL, EJ26 + " (no first decision by 30 June; summary)", occ=0),
            L("42%", -42, E, PCT, BL + "_change", EJ26 + " vs " + EJ25),
            L("24,880", 24880, E, P, HOT, EJ26 + " (summary)", occ=0),
            # 1. Applications
            L("96,820", 96820, E, P, APPS, YJ26 + " (main applicants)", occ=1),
            L("111,084", 111084, E, P, APPS, YJ25 + " (main applicants; highest annual total on record)", occ=0),
            L("121,400", 121400, E, P, APPS, YJ26 + " (including dependants)"),
            L("Around 37%", 37, AP, PCT, "asylum_applications_share_small_boat_arrivals", YJ26 + " (main applicants who arrived by small boat)"),
            L("roughly three in ten", 30, AP, PCT, "asylum_applications_share_visa_holders", YJ26 + " (main applicants who entered with a visa)"),
            L("about 880,000", 880000, AP, P, APPS, "2025 (EU+ countries; EU Agency for Asylum)", geo="EU"),
            # 2. Decisions and waiting times
            L("134,200", 134200, E, P, DEC, YJ26, occ=0),
            L("44%", 44, E, PCT, GRANT, YJ26, occ=0),
            L("48%", 48, E, PCT, GRANT, YJ25 + " (a year earlier)", occ=0),
            L("90,686", 90686, E, P, BL, EJ25, occ=0),
            L("52,300", 52300, E, P, BL, EJ26, occ=1),
            L("about 15%", 15, AP, PCT, BLA + "_change", EJ26 + " vs " + EJ25 + " (First-tier Tribunal)"),
            L("58,900", 58900, E, P, BLA, EJ26 + " (First-tier Tribunal)", occ=0),
            # 3. Asylum support and hotels
            L("102,700", 102700, E, P, SUPPORT, EJ26),
            L("24,880", 24880, E, P, HOT, EJ26, occ=1),
            L("24%", 24, E, PCT, "asylum_support_share_hotels", EJ26),
            L("22%", -22, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (fewer than twelve months earlier)"),
            L("176", 176, E, HOTELS, HOTELS_IN_USE, EJ26, occ=0),
            L("5,120", 5120, E, P, SUPPORT, EJ26, geo=SCO),
            L("3,060", 3060, E, P, SUPPORT, EJ26, geo=WAL),
            L("2,940", 2940, E, P, SUPPORT, EJ26, geo=NI),
            # 4. Spending
            L("£4.9 billion", 4.9e9, E, GBP, AC, FY26 + " (Home Office spending on asylum support)"),
            L("£5.4 billion", 5.4e9, E, GBP, AC, FY25 + " (Home Office spending on asylum support)"),
            L("9%", -9, E, PCT, AC + "_change", FY26 + " vs " + FY25 + " (a fall)", ctx="a fall of 9%"),
            L("just over half", 50, MT, PCT, "asylum_cost_share_hotels", FY26),
            L("about £2.6 billion", 2.6e9, AP, GBP, AC, FY26 + " (hotels)"),
            L("£145", 145, E, GBP, AC, "per person per night, hotel (Home Office estimate, 2025/26)"),
            L("£38", 38, E, GBP, AC, "per person per night, dispersal accommodation (Home Office estimate, 2025/26)"),
            # 5. Returns
            L("37,480", 37480, E, P, RET, YJ26, occ=0),
            L("9%", 9, E, PCT, RET + "_change", YJ26 + " vs " + YJ25, ctx="9% more than a year earlier"),
            L("10,950", 10950, E, P, RET, YJ26 + " (enforced returns)"),
            L("1,320", 1320, E, P, RET, "September 2025 (first flight under the UK-France agreement) to 30 June 2026", geo=FR),
            # 6. The Rwanda partnership
            L("£715 million", 715e6, E, GBP, RSC, RW_LIFE + " (total cost)"),
            L("£290 million", 290e6, E, GBP, PTR, RW_LIFE + " (direct payments to Kigali)"),
            L("Four", 4, E, P, REL, RW_LIFE + " (relocated voluntarily)"),
            L("up to 1,000", 1000, AM, P, "rwanda_relocations_capacity", "the scheme's first five years (as Rwanda had said)", geo=RW),
            # Table 1
            L("111,084", 111084, E, P, APPS, YJ25 + " (main applicants)" + T1, occ=1),
            L("96,820", 96820, E, P, APPS, YJ26 + " (main applicants)" + T1, occ=2),
            L("118,900", 118900, E, P, DEC, YJ25 + T1),
            L("134,200", 134200, E, P, DEC, YJ26 + T1, occ=1),
            L("48%", 48, E, PCT, GRANT, YJ25 + T1, occ=1),
            L("44%", 44, E, PCT, GRANT, YJ26 + T1, occ=1),
            L("90,686", 90686, E, P, BL, EJ25 + T1, occ=1),
            L("52,300", 52300, E, P, BL, EJ26 + T1, occ=2),
            L("51,000", 51000, E, P, BLA, EJ25 + T1),
            L("58,900", 58900, E, P, BLA, EJ26 + T1, occ=1),
            L("32,059", 32059, E, P, HOT, EJ25 + T1),
            L("24,880", 24880, E, P, HOT, EJ26 + T1, occ=2),
            L("210", 210, E, HOTELS, HOTELS_IN_USE, EJ25 + T1),
            L("176", 176, E, HOTELS, HOTELS_IN_USE, EJ26 + T1, occ=1),
            L("34,390", 34390, E, P, RET, YJ25 + T1),
            L("37,480", 37480, E, P, RET, YJ26 + T1, occ=1),
            L("43,310", 43310, E, P, SBA, YJ25 + T1),
            L("39,930", 39930, E, P, SBA, YJ26 + T1),
        ]),
    "05-outlier-essay-young-britons-emigration": dict(
        meta=dict(url="https://outlier.example/society/the-great-british-departure-lounge",
                  title="The great British departure lounge",
                  publisher="Outlier", author="Callum Ashdown-Pryce", published_date="2026-08-04"),
        labels=[
            L("198,000", 198000, E, P, NM, Y25_FIRST),
            L("less than a quarter", 0.25, LT, RATIO, NM + "_ratio", "2025 vs peak (year ending March 2023)"),
            L("236,000", 236000, E, P, "emigration_british", "2025 (last year; most since the current series began)"),
            L("131,000", 131000, E, P, "immigration_british", "2025 (came back)"),
            L("105,000", -105000, E, P, "net_migration_british_nationals", "2025 (net loss in a single year)"),
            L("nearly four times", 4, ALM, RATIO, "net_migration_british_nationals_ratio", "2025 vs 2019 (net loss of Britons)"),
            L("27,000", -27000, E, P, "net_migration_british_nationals", "2019 (net loss)"),
            L("Nearly three in five", 60, ALM, PCT, "emigration_british_share_aged_16_34", "2025"),
            L("more than eight times", 8, MT, RATIO, "house_price_to_earnings_ratio", "now, 2026 (typical home vs typical full-time earnings)", geo=ENG),
            L("roughly four times", 4, AP, RATIO, "house_price_to_earnings_ratio", "a generation ago (typical home vs typical full-time earnings)", geo=ENG),
            L("more than 40 per cent", 40, MT, PCT, "rent_share_of_take_home_pay_graduate", "now, 2026 (graduate on a starting salary)", geo=LDN),
            L("One in four", 25, E, PCT, "public_share_considering_emigration_under_35", "spring 2026 (survey of adults under 35; seriously considering moving abroad)"),
            L("About 4.7 million", 4.7e6, AP, P, "uk_born_population_abroad", "now (UN estimates)", geo="World"),
            L("nearly a million", 1e6, ALM, P, "uk_born_population_abroad", "now (UN estimates)", geo="Australia"),
            L("240,000 or so", 240000, AP, P, "british_nationals_resident_abroad", "now (thought to live there)", geo="United Arab Emirates"),
            L("1.41", 1.41, E, TFR, "total_fertility_rate", "2024 (lowest since records began)", geo=EW),
            L("about 275,000", 275000, AP, P, PG, MID25),
            L("0.4%", 0.4, E, PCT, PC, MID25),
            L("69.6 million", 69.6e6, E, P, POP, "mid-2025 (ONS mid-year estimates)"),
            L("23,000", 23000, E, P, NAT, MID25 + " (natural change contributed just)"),
            L("13.6 million", 13.6e6, E, P, "population_aged_65_and_over", "now, mid-2025"),
            L("upwards of £100,000", 100000, MT, GBP, "education_cost_per_person", "per person, nursery to graduation (the author's figure)"),
        ]),
    "06-cirrus-news-live-channel-crossings-saturday": dict(
        meta=dict(url="https://news.cirrus.example/story/channel-crossings-live-busiest-day-of-the-year-migrants-kent-13418822",
                  title="Channel crossings live: Busiest day of the year as hundreds of migrants reach Kent",
                  publisher="Cirrus News", author=None, published_date="2026-08-22"),
        labels=[
            V("hundreds", 200, 900, P, SBA, SAT + " (headline)"),
            L("More than 1,000", 1000, MT, P, SBA, SAT + " (expected; Home Office sources; 20:55 entry heading)"),
            L("more than 1,000", 1000, MT, P, SBA, SAT + " (likely total; Home Office sources)"),
            L("at least 14", 14, AL, BOATS, SBC, SAT + " (brought into Dover; reporter's count)", geo="Dover"),
            L("around 60", 60, AP, PPB, "small_boat_occupancy", SAT + " (some boats brought into Dover)", geo="Dover"),
            L("two", 2, E, P, "smuggling_arrests", SAT + " (suspicion of steering dinghies; Kent Police)", ctx="two men have been arrested", geo="Kent"),
            L("Eleven", 11, E, P, "small_boat_casualties_hospitalised", SAT + " (dinghy taking on water near Équihen-Plage; French authorities)", geo=FR),
            L("at least 19", 19, AL, P, "small_boat_deaths", "1 January to 22 August 2026 (so far in 2026)"),
            L("Twenty-eight thousand", 28000, E, P, SBA, "1 January to 22 August 2026 (already this year; shadow home secretary)"),
            L("Almost 1,500", 1500, ALM, P, RET, "September 2025 (UK-France agreement) to 22 August 2026 (Home Office spokesperson)", geo=FR),
            L("more than 14,000", 14000, MT, P, "small_boat_crossings_prevented", "1 January to 22 August 2026 (this year; French partners; Home Office spokesperson)", geo=FR),
            L("734", 734, E, P, SBA, FRI),
            L("12", 12, E, BOATS, SBC, FRI, ctx="in 12 boats"),
            L("61", 61, E, PPB, "small_boat_occupancy", FRI + " (average per boat)"),
            L("28,430", 28430, E, P, SBA, YTD06),
            L("about 4%", 4, AP, PCT, SBA + "_change", YTD06 + " vs " + YTD06_25),
            L("27,280", 27280, E, P, SBA, YTD06_25),
            L("5,890", 5890, E, P, SBA, "1 to 21 August 2026 (August alone)"),
            L("186", 186, E, P, "small_boat_launch_attempts_stopped_people", "night of 21 to 22 August 2026 (overnight, beaches near Gravelines and Wimereux; préfecture maritime)", geo=FR),
            L("about 70", 70, AP, PPB, "small_boat_occupancy", "night of 21 to 22 August 2026 (one boat that turned back)", geo=FR),
            L("six times", 6, E, LAUNCHES, "rnli_lifeboat_launches", SAT + " (since dawn; RNLI crews from Dover and Dungeness)"),
            L("around 2,000", 2000, AP, P, "people_waiting_northern_france", SAT + " (living in camps along the coast; Dunkirk aid group volunteer)", geo=FR),
            L("five", 5, E, BOATS, SBC, SAT + " (by 08:02; correspondent's count in Dungeness)", ctx="counted five already", geo="Dungeness"),
        ]),
    "07-dinas-online-wales-population-growth-migration": dict(
        meta=dict(url="https://www.dinasonline.example/news/wales-news/wales-population-grows-migration-ons-figures-29583114",
                  title="Wales' population grows for fourth year in a row – but only because of migration",
                  publisher="Dinas Online", author="Ffion Carrow-Idowu", published_date="2026-07-15"),
        labels=[
            V("tens of thousands", 20000, 90000, P, NM, MID25 + " (newcomers, net, international and from the rest of the UK; standfirst)", geo=WAL),
            L("1.6%", 1.6, E, PCT, PC, MID25 + " (in a year; the fastest in Wales; caption)", occ=0, geo="Newport"),
            L("3.2 million", 3.2e6, MT, P, POP, M25 + " (has passed, for the first time)", geo=WAL),
            L("3,208,900", 3208900, E, P, POP, M25, geo=WAL),
            L("22,600", 22600, E, P, PG, MID25, geo=WAL),
            L("0.7%", 0.7, E, PCT, PC, MID25, geo=WAL),
            L("0.4%", 0.4, E, PCT, PC, MID25, occ=0),
            L("69.6 million", 69.6e6, E, P, POP, M25),
            L("28,700", 28700, E, P, "births", MID25, geo=WAL),
            L("34,800", 34800, E, P, "deaths", MID25, geo=WAL),
            L("6,100", -6100, E, P, NAT, MID25 + " (natural decrease)", geo=WAL),
            L("17,900", 17900, E, P, "net_migration_international", MID25, geo=WAL),
            L("10,800", 10800, E, P, "internal_migration_net", MID25 + " (arrivals from the rest of the UK minus departures to it)", geo=WAL),
            L("almost four in five", 80, ALM, PCT, "net_migration_share_of_population_growth", MID25 + " (international migration's share of the increase)", geo=WAL),
            L("About half", 50, AP, PCT, "immigration_share_study", MID25 + " (of those arriving from overseas)", geo=WAL),
            L("1.6%", 1.6, E, PCT, PC, MID25, occ=1, geo="Newport"),
            L("167,900", 167900, E, P, POP, M25, geo="Newport"),
            L("1.1%", 1.1, E, PCT, PC, MID25, geo="Cardiff"),
            L("383,600", 383600, E, P, POP, M25, geo="Cardiff"),
            L("0.9%", 0.9, E, PCT, PC, MID25, geo="Wrexham"),
            L("Three", 3, E, COUNCILS, "council_areas_population_decline", MID25 + " (Ceredigion, Gwynedd and Blaenau Gwent)", geo=WAL),
            L("0.4%", -0.4, E, PCT, PC, MID25 + " (fell)", occ=1, geo="Ceredigion"),
            L("70,800", 70800, E, P, POP, M25, geo="Ceredigion"),
            L("22.4%", 22.4, E, PCT, "population_share_aged_65_and_over", M25, geo=WAL),
            L("19.3%", 19.3, E, PCT, "population_share_aged_65_and_over", M25),
            L("Nearly a third", 100 / 3, ALM, PCT, "nhs_wales_doctors_share_qualified_abroad", "now, July 2026 (Cabinet Secretary for the Economy)", geo=WAL),
            L("one in four", 25, E, PCT, "population_share_aged_65_and_over", "now, July 2026 (some valleys towns; Plaid Cymru's economy spokesperson)", geo="South Wales Valleys"),
            L("fewer than 6,000", 6000, LT, HOMES, "housing_completions", "per year, now (Reform UK's leader in the Senedd)", geo=WAL),
            L("more than 20,000", 20000, MT, P, PG, "per year, now (Reform UK's leader in the Senedd)", geo=WAL),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
