#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the ninety-second hand-labelled hold-out set (holdout92).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, EUR, THIRD, E,
                        AP, MT, AL, ALM, AM, SBA, SBC, NM)

UK, ENG, WA, NI, FR, IRL = "UK", "England", "Wales", "Northern Ireland", "France", "Ireland"
BHM, LDN, WRX = "Birmingham", "London", "Wrexham"
HH, DAYS, XPTS, OPS = "other:households", "other:days", "other:crossing_points", "other:operations"
PROPS, P10K, CENTRES, RESULTS, HOMES = ("other:properties", "other:persons_per_10000_residents", "other:centres",
                                        "other:test_results", "other:homes")

# 01 (Monday 27 April 2026; MHCLG homelessness statistics for 2025 "released on Thursday", 23 April)
HL = "refugees_homeless_after_leaving_asylum_support"
OLP = "Open Latch Project"
# 02 (Monday 20 July 2026; Home Office small boat figures for the week Monday 13 to Sunday 19 July)
WK = "13 to 19 July 2026 (Monday to Sunday; the week)"
SAT = "18 July 2026 (Saturday; a single day)"
YTD = "1 January to 19 July 2026 (so far this year)"
MIN = "French interior ministry"
# 03 (Thursday 12 February 2026; Irish Department of Justice statistics for 2025 "published on Tuesday", 10 February)
DOJ = "Department of Justice, Dublin"
YS25 = "October 2024 to September 2025 (the year to September)"
IRB = "Irish border"
NMD = "Newry, Mourne and Down"
# 04 (Friday 22 May 2026; ONS estimates for the year ending December 2025 published "yesterday", Thursday 21 May)
Y25 = "2025 (calendar year; year ending December 2025, provisional)"
Y24 = "2024 (calendar year; year ending December 2024, revised)"
SPF = "Stonegate Policy Forum"
# 05 (Wednesday 2 September 2026; Home Office statistics to the end of June "published last Thursday", 27 August)
ADP = "asylum_dispersal_population"
J26 = "30 June 2026 (end of June)"
FOUR = "Cardiff, Swansea, Newport and Wrexham"
FWH = "Ffynnon Welcome Hub"
# 06 (Tuesday 10 November 2026; Home Office figures released under freedom of information)
VRE = "visa_refusals_english_language"
YS26 = "October 2025 to September 2026 (the year to September)"
YS26P = "October 2024 to September 2025 (a year earlier)"
BAR = "immigration barrister, Orrell Tate Chambers"
# 07 (Wednesday 4 March 2026; OBR forecast "published on Tuesday", 3 March, with the Spring Statement)
NMF = "net_migration_forecast"
FY30 = "2030-31 (April 2030 to March 2031; OBR March 2026 forecast against November 2025's"
LONG = "per year, from 2028-29 (long-term assumption"
TSY = "Treasury spokesperson"

ARTICLES = {
    "01-the-corbel-refugees-homeless-move-on-period": dict(
        meta=dict(url="https://www.thecorbel.example/uk-news/2026/apr/27/refugees-homeless-asylum-support-move-on-period-england-rise",
                  title="Refugees made homeless after asylum support ends up 20% in a year",
                  publisher="The Corbel", author="Harriet Okonkwo-Lindqvist", published_date="2026-04-27"),
        labels=[
            L("20%", 20, E, PCT, HL + "_change", "2025 vs 2024 (calendar years; headline)", geo=ENG),
            L("24,310", 24310, E, HH, HL, "2025 (calendar year; taken on by councils; standfirst)", occ=0, geo=ENG),
            L("nearly four times", 4, ALM, RATIO, HL + "_ratio", "2025 vs 2022 (the 2022 total; standfirst)", geo=ENG),
            L("a fifth", 20, E, PCT, HL + "_change", "2025 vs 2024 (rose last year)", geo=ENG),
            L("24,310", 24310, E, HH, HL, "2025 (calendar year; owed a homelessness duty after being required to leave asylum support; MHCLG figures released on Thursday 23 April 2026)", occ=1, geo=ENG),
            L("20,260", 20260, E, HH, HL, "2024 (calendar year)", geo=ENG),
            L("6,380", 6380, E, HH, HL, "2022 (calendar year)", geo=ENG),
            L("7,120", 7120, E, HH, HL, "October to December 2025 (the last quarter, the worst since records began)", geo=ENG),
            L("86%", 86, E, PCT, HL + "_share_single_adults", "October to December 2025 (of these)", geo=ENG),
            L("Some 1,460", 1460, AP, HH, HL + "_rough_sleeping", "October to December 2025 (already sleeping rough when they asked for help)", geo=ENG),
            L("890", 890, E, HH, HL + "_rough_sleeping", "October to December 2024 (the same three months of 2024)", geo=ENG),
            L("64%", 64, E, PCT, HL + "_rough_sleeping_change", "October to December 2025 vs October to December 2024", geo=ENG),
            L("61,700", 61700, E, P, "asylum_grants", "2025 (calendar year; granted protection at initial decision)"),
            L("515", 515, E, P, "charity_service_users", "2025 (refugees followed after a grant last year; " + OLP + ")", geo=BHM),
            L("Three-quarters", 75, E, PCT, "charity_service_users_share_short_notice", "2025 (sent the letter ending support with less than 28 days to run; " + OLP + ")", geo=BHM),
            L("17 days", 17, E, DAYS, "refugee_eviction_notice_average", "2025 (the average warning before support stopped; " + OLP + ")", geo=BHM),
            L("More than two in five", 40, MT, PCT, "charity_service_users_share_no_evisa_access", "2025 (could not see their eVisa when support stopped; " + OLP + ")", geo=BHM),
            L("roughly halved", -50, AP, PCT, "charity_clients_found_sleeping_rough_change", "during the 56-day move-on pilot vs the 28-day period (" + OLP + " director)", geo=BHM),
            L("1,980", 1980, E, HH, HL, "2025 (calendar year; last year; approached Birmingham City Council)", geo=BHM),
            L("roughly 165", 165, AP, HH, HL, "per month, 2025 (Birmingham City Council)", geo=BHM),
            L("£14.6m", 14.6e6, E, GBP, "council_refugee_homelessness_cost", "2025/26 (April 2025 to March 2026; temporary accommodation for refugee households; Birmingham City Council)", geo=BHM),
            L("£8.9m", 8.9e6, E, GBP, "council_refugee_homelessness_cost", "2024/25 (April 2024 to March 2025; the year before; Birmingham City Council)", geo=BHM),
            L("2,340", 2340, E, HH, "refugee_households_bed_and_breakfast", "31 March 2026 (end of March; in bed and breakfast or hotel rooms; London boroughs)", geo=LDN),
            L("about £9m", 9e6, AP, GBP, "council_refugee_homelessness_cost", "per month, March 2026 (London boroughs)", geo=LDN),
            L("more than 100,000", 100000, MT, P, "asylum_initial_decisions", "2025 (calendar year; last year; Home Office spokesperson)"),
            L("more than 10,000", -10000, MT, P, "asylum_hotel_population_change", "5 July 2024 to April 2026 (hotel numbers down since the election; Home Office spokesperson)"),
        ]),
    "02-skyreach-news-channel-crossings-week-french-police": dict(
        meta=dict(url="https://news.skyreach.example/story/more-than-2-100-people-reach-uk-by-small-boat-in-one-week-as-french-police-stop-46-boats-13391842",
                  title="More than 2,100 people reach UK by small boat in one week as French police stop 46 boats on beaches",
                  publisher="Skyreach News", author="Tom Ferreira-Blackwood", published_date="2026-07-20"),
        labels=[
            L("More than 2,100", 2100, MT, P, SBA, WK + "; headline)", occ=0),
            L("46", 46, E, BOATS, "small_boat_launches_prevented", WK + "; French police on the beaches; headline)", occ=0, geo=FR),
            L("743", 743, E, P, SBA, SAT + "; the busiest day of 2026 so far; standfirst)", occ=0),
            L("more than half", 50, MT, PCT, "small_boat_launches_prevented_share", WK + "; of the launches French officers spotted; standfirst)", occ=0, geo=FR),
            L("More than 2,100", 2100, MT, P, SBA, WK + "; over the last seven days; Home Office figures)", occ=1),
            L("2,164", 2164, E, P, SBA, WK + ")"),
            L("38", 38, E, BOATS, SBC, WK + ")"),
            L("57", 57, E, PPB, "small_boat_occupancy", WK + "; an average on each dinghy)"),
            L("743", 743, E, P, SBA, SAT + "; the year's busiest day to date)", occ=1),
            L("12", 12, E, BOATS, SBC, SAT + ")", ctx="in 12 boats"),
            L("24,380", 24380, E, P, SBA, YTD + "; the total for the year)"),
            L("12%", 12, E, PCT, SBA + "_change", YTD + " vs 1 January to 19 July 2025 (the same point of 2025)"),
            L("21,770", 21770, E, P, SBA, "1 January to 19 July 2025 (the same point of 2025)"),
            L("45,774", 45774, E, P, SBA, "2022 (calendar year; the record)"),
            L("1.2k", 1200, E, P, SBA, "29 June to 5 July 2026 (week to 5 July; chart)"),
            L("0.9k", 900, E, P, SBA, "6 to 12 July 2026 (week to 12 July; chart)"),
            L("2.2k", 2200, E, P, SBA, "13 to 19 July 2026 (week to 19 July; chart)"),
            L("46", 46, E, BOATS, "small_boat_launches_prevented", WK + "; between Dunkirk and Boulogne-sur-Mer; " + MIN + ")", occ=1, geo=FR),
            L("1,380", 1380, E, P, "small_boat_launch_attempts_stopped_people", WK + "; stopped from setting off; " + MIN + ")", geo=FR),
            L("more than half", 50, MT, PCT, "small_boat_launches_prevented_share", WK + "; of the launch attempts detected; " + MIN + " official)", occ=1, geo=FR),
            L("nine", 9, E, BOATS, "small_boat_interceptions_at_sea", WK + "; \"taxi boats\" stopped close to the shore under maritime rules introduced in May)", geo=FR),
            L("312", 312, E, P, "small_boat_interceptions_at_sea_people", WK + "; on board the intercepted taxi boats)", geo=FR),
            L("About 1,200", 1200, AP, P, "french_coastal_police_deployed", "July 2026 (police and gendarmes now patrolling the northern French coast)", geo=FR),
            L("£476m", 476e6, E, GBP, "uk_france_funding", "2023 onwards (the agreement signed in 2023, part-paying for the French coastal force)"),
            L("one in five", 20, E, PCT, "small_boat_arrivals_share_eritrean", YTD + "; Skyreach News analysis of Home Office data)"),
            L("14%", 14, E, PCT, "small_boat_arrivals_share_afghan", YTD + "; Skyreach News analysis)"),
            L("11%", 11, E, PCT, "small_boat_arrivals_share_sudanese", YTD + "; Skyreach News analysis)"),
            L("61", 61, E, PPB, "small_boat_occupancy", YTD + "; the average crossing this year)"),
            L("53", 53, E, PPB, "small_boat_occupancy", "2024 (calendar year)"),
            L("no fewer than 19", 19, AL, P, "small_boat_deaths", "1 January to 20 July 2026 (lives lost in the Strait of Dover since January; International Organization for Migration)"),
            L("around 1,350", 1350, AP, P, "returns", "August 2025 to July 2026 (sent back across the Channel under the returns agreement since the first flight last August; Home Secretary)", geo=FR),
            L("More than 68,000", 68000, MT, P, "returns", "5 July 2024 to July 2026 (removed since 5 July 2024; Home Secretary)"),
            L("2,000", 2000, E, P, SBA, "per week, July 2026 (landing on our beaches; Shadow Home Secretary)"),
        ]),
    "03-the-clogher-courier-irish-border-asylum-dublin": dict(
        meta=dict(url="https://www.cloghercourier.example/news/border/asylum-claims-republic-fall-fifth-dublin-four-in-five-border-4417209",
                  title="Asylum claims in the Republic fall by a fifth - but Dublin says four in five still come over the border",
                  publisher="The Clogher Courier", author="Ciara Monaghan-Oduya", published_date="2026-02-12"),
        labels=[
            L("around 300", 300, AP, XPTS, "border_crossing_points", "February 2026 (places where the border can be crossed; caption)", geo=IRB),
            L("a fifth", -20, E, PCT, "asylum_applications_change", "2025 vs 2024 (international protection applications; headline)", ctx="fall by a fifth", geo=IRL),
            L("four in five", 80, E, PCT, "asylum_applications_share_via_northern_ireland", "2025 (still come over the border; " + DOJ + "; headline)", geo=IRL),
            L("Some 14,870", 14870, AP, P, "asylum_applications", "2025 (sought international protection south of the border last year; standfirst)", geo=IRL),
            L("a fifth", -20, E, PCT, "asylum_applications_change", "2025 vs 2024 (fell last year)", ctx="fell by a fifth", geo=IRL),
            L("14,870", 14870, E, P, "asylum_applications", "2025 (calendar year; received by the International Protection Office; statistics published on Tuesday 10 February 2026)", occ=1, geo=IRL),
            L("18,561", 18561, E, P, "asylum_applications", "2024 (calendar year)", geo=IRL),
            L("2,410", 2410, E, P, "asylum_applications_nigerian", "2025 (calendar year; the largest group)", geo=IRL),
            L("1,050", 1050, E, P, "asylum_applications_somali", "2025 (calendar year)", geo=IRL),
            L("more than 80%", 80, MT, PCT, "asylum_applications_share_via_northern_ireland", "2025 (entered the State through Northern Ireland; " + DOJ + ")", geo=IRL),
            L("84%", 84, E, PCT, "asylum_applications_share_via_northern_ireland", "2024 (the year before; " + DOJ + " estimate)", geo=IRL),
            L("2,340", 2340, E, P, "asylum_applications", YS25 + "; claims lodged here; Home Office figures)", geo=NI),
            L("26%", 26, E, PCT, "asylum_applications_change", "year to September 2025 vs year to September 2024", geo=NI),
            L("111,900", 111900, E, P, "asylum_applications", YS25 + "; a record across the UK)"),
            L("412", 412, E, P, "asylum_support_population", "30 September 2025 (in Home Office accommodation at the end of September)", geo=NMD),
            L("nearly three times", 3, ALM, RATIO, "asylum_support_population_ratio", "end of September 2025 vs two years before (September 2023)", geo=NMD),
            L("1,190", 1190, E, P, "international_protection_return_requests_to_uk", "2025 (requests to return applicants to the UK under the 2020 arrangement; " + DOJ + ")", geo=IRL),
            L("nine", 9, E, P, "international_protection_returns_to_uk", "2025 (people actually transferred to the UK; " + DOJ + ")", geo=IRL),
            L("1,640", 1640, E, P, "border_immigration_detections", "2025 (Garda checks on buses and cars at Dundalk, Monaghan and Lifford)", geo=IRL),
            L("31%", 31, E, PCT, "border_immigration_detections_change", "2025 vs 2024", geo=IRL),
            L("33,200", 33200, E, P, "international_protection_accommodation_population", "end of January 2026 (applicants housed by the State)", geo=IRL),
            L("€1.24bn", 1.24e9, E, EUR, "international_protection_accommodation_cost", "2025 (calendar year; last year)", geo=IRL),
            L("about €3.4m", 3.4e6, AP, EUR, "international_protection_accommodation_cost", "per day, 2025", geo=IRL),
            L("something like 300", 300, AP, XPTS, "border_crossing_points", "February 2026 (crossings along this border; Fermanagh and Omagh District councillor)", geo=IRB),
            L("640", 640, E, P, "charity_service_users", "2025 (calendar year; helped by the Erne Sanctuary Network)", geo="Enniskillen"),
            L("more than half", 50, MT, PCT, "charity_service_users_share_lived_in_northern_ireland", "2025 (had lived in Northern Ireland before moving south; Erne Sanctuary Network co-ordinator)", geo="Enniskillen"),
            L("more than 400", 400, MT, OPS, "enforcement_operations_northern_ireland", "5 July 2024 to February 2026 (intelligence-led immigration enforcement operations since 5 July 2024; Home Office)", geo=NI),
        ]),
    "04-daily-flagon-net-migration-still-too-high": dict(
        meta=dict(url="https://www.dailyflagon.example/news/politics/2204318/net-migration-still-too-high-176000-ons-figures",
                  title="Net migration 'STILL far too high' at 176,000 - as more than 800,000 new arrivals pour into Britain",
                  publisher="Daily Flagon", author="Marcus Penrhyn-Dale", published_date="2026-05-22"),
        labels=[
            L("176,000", 176000, E, P, NM, Y25 + "; headline)", occ=0),
            L("more than 800,000", 800000, MT, P, "immigration", Y25 + "; new arrivals; headline)"),
            L("three-fifths", -60, E, PCT, NM + "_change", "2025 vs 2024 (dropped in twelve months; standfirst)"),
            L("176,000", 176000, E, P, NM, Y25 + "; ONS figures published yesterday)", occ=1),
            L("14,000", 14000, E, P, NM + "_revision", Y24 + "; revised up)"),
            L("445,000", 445000, E, P, NM, Y24 + ")", occ=0),
            L("269,000", -269000, E, P, NM + "_change", "2025 vs 2024 (the gap shrank in twelve months)"),
            L("815,000", 815000, E, P, "immigration", Y25 + ")", occ=0),
            L("948,000", 948000, E, P, "immigration", Y24 + ")", occ=0),
            L("639,000", 639000, E, P, "emigration", Y25 + ")", occ=0),
            L("136,000", 136000, E, P, "emigration_change", "2025 vs 2024 (higher than the year before)"),
            R("between 121,000 and 231,000", 121000, 231000, P, NM, Y25 + "; where the true total could lie, ONS)"),
            L("948,000", 948000, E, P, "immigration", Y24 + "; table)", occ=1),
            L("815,000", 815000, E, P, "immigration", Y25 + "; table)", occ=1),
            L("503,000", 503000, E, P, "emigration", Y24 + "; table)"),
            L("639,000", 639000, E, P, "emigration", Y25 + "; table)", occ=1),
            L("445,000", 445000, E, P, NM, Y24 + "; table)", occ=1),
            L("176,000", 176000, E, P, NM, Y25 + "; table)", occ=2),
            L("690,000", 690000, E, P, "immigration_non_eu", Y25 + "; non-EU nationals arriving)"),
            L("almost 85 per cent", 85, ALM, PCT, "immigration_share_non_eu", Y25 + ")"),
            L("68,000", 68000, E, P, "immigration_eu", Y25 + ")"),
            L("57,000", 57000, E, P, "immigration_british", Y25 + "; Britons returning home)"),
            L("252,000", 252000, E, P, "net_migration_non_eu", Y25 + ")"),
            L("41,000", -41000, E, P, "net_migration_eu", Y25 + "; more EU citizens left than arrived)"),
            L("35,000", -35000, E, P, "net_migration_british_nationals", Y25 + "; Britons heading abroad outnumbered those coming back)"),
            L("44%", -44, E, PCT, "immigration_work_non_eu_change", "2025 vs 2024"),
            L("168,000", 168000, E, P, "immigration_work_non_eu", Y25 + ")"),
            L("214,000", 214000, E, P, "immigration_study_non_eu", Y25 + "; non-EU students arriving)"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "per year (promised in four Conservative manifestos)", occ=0),
            L("176,000", 176000, E, P, NM, Y25 + "; Shadow Home Secretary)", occ=3),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "per year (under a binding annual cap; Shadow Home Secretary)", occ=1),
            L("2.9 million", 2.9e6, E, P, "net_migration_cumulative", "2021 to 2025 (added to the population; " + SPF + ")"),
            L("one in every 24", 100 / 24, E, PCT, "net_migration_cumulative_share_of_population", "2021 to 2025 (of the people now living in the country; " + SPF + ")"),
            L("944,000", 944000, E, P, NM, "the peak before July 2024 (when the government took office; Home Office)"),
            L("more than 750,000", -750000, MT, P, NM + "_change", "2025 vs the peak (now lower; Home Office)"),
        ]),
    "05-the-maelor-leader-wrexham-asylum-dispersal": dict(
        meta=dict(url="https://www.maelorleader.example/news/wrexham/wrexham-asylum-seeker-numbers-dispersal-home-office-31884215",
                  title="Wrexham asylum seeker numbers jump more than a third as Home Office leases 25 extra homes",
                  publisher="The Maelor Leader", author="Gethin Prosser-Adeyemi", published_date="2026-09-02"),
        labels=[
            L("more than a third", THIRD, MT, PCT, ADP + "_change", "30 June 2026 vs 30 June 2025 (headline)", occ=0, geo=WRX),
            L("25", 25, E, PROPS, "asylum_dispersal_properties_change", "start of 2025 to September 2026 (extra homes leased by the Home Office; headline)", ctx="leases 25 extra homes", geo=WRX),
            L("342", 342, E, P, ADP, J26 + "; standfirst)", occ=0, geo=WRX),
            L("more than a third", THIRD, MT, PCT, ADP + "_change", "30 June 2026 vs 30 June 2025 (than a year ago)", occ=1, geo=WRX),
            L("342", 342, E, P, ADP, J26 + "; Home Office statistics published last Thursday, 27 August 2026)", occ=1, geo=WRX),
            L("248", 248, E, P, ADP, "30 June 2025 (twelve months earlier)", geo=WRX),
            L("38%", 38, E, PCT, ADP + "_change", "30 June 2026 vs 30 June 2025", geo=WRX),
            L("3,162", 3162, E, P, ADP, J26 + "; the four long-standing dispersal areas between them)", geo=FOUR),
            L("3,460", 3460, E, P, ADP, J26 + ")", geo=WA),
            L("more than nine in ten", 90, MT, PCT, "asylum_dispersal_population_share_four_dispersal_areas", J26 + ")", geo=WA),
            L("1,410", 1410, E, P, ADP, J26 + ")", geo="Cardiff"),
            L("720", 720, E, P, ADP, J26 + ")", geo="Swansea"),
            L("690", 690, E, P, ADP, J26 + ")", geo="Newport"),
            L("roughly one in ten", 10, AP, PCT, "asylum_dispersal_population_share_wrexham", J26 + "; of those dispersed in Wales)", geo=WA),
            L("about 25", 25, AP, P10K, ADP + "_per_10000_residents", J26 + ")", geo=WRX),
            L("11", 11, E, P10K, ADP + "_per_10000_residents", J26 + "; Wales as a whole)", ctx="against 11 for Wales", geo=WA),
            L("96", 96, E, PROPS, "asylum_dispersal_properties", "September 2026 (leased now by the Home Office's contractor)", occ=0, geo=WRX),
            L("71", 71, E, PROPS, "asylum_dispersal_properties", "January 2025 (the start of last year)", geo=WRX),
            L("58", 58, E, P, "school_pupils_asylum_seeking_families", "September 2025 to September 2026 (children taken by Wrexham schools since last September; council lead member for communities)", geo=WRX),
            L("£750", 750, E, GBP, "council_asylum_grant_per_dispersal_bed", "2026 (per bed, paid once; council lead member for communities)", geo=WRX),
            L("double", 2, E, RATIO, ADP + "_ratio", "Christmas 2026 vs June 2026 (a prediction; Reform UK group leader on the council)", geo=WRX),
            L("214", 214, E, P, "charity_service_users", "1 January to 2 September 2026 (new visitors so far this year; " + FWH + ")", geo=WRX),
            L("131", 131, E, P, "charity_service_users", "2025 (calendar year; the whole of 2025; " + FWH + ")", geo=WRX),
            L("Nearly two-thirds", 200 / 3, ALM, PCT, "charity_service_users_share_english_classes", "2026 (come for its English conversation classes; " + FWH + " volunteer)", geo=WRX),
            L("£2.4m", 2.4e6, E, GBP, "welsh_government_sanctuary_funding", "2026-27 (April 2026 to March 2027; this year; advice and integration services)", geo=WA),
            L("71,900", 71900, E, P, ADP, J26 + "; across the UK)"),
            L("4.8%", 4.8, E, PCT, "asylum_dispersal_population_share_wales", J26 + ")"),
            L("about 21,400", 21400, AP, P, "asylum_hotel_population", J26 + "; in hotels across the UK)"),
            L("c. 136,000", 136000, AP, P, "population", "2026 (fact box)", geo=WRX),
            L("342", 342, E, P, ADP, J26 + "; fact box)", occ=2, geo=WRX),
            L("96", 96, E, PROPS, "asylum_dispersal_properties", "September 2026 (leased by the contractor; fact box)", occ=1, geo=WRX),
            L("25", 25, E, P10K, ADP + "_per_10000_residents", J26 + "; fact box)", ctx="residents: 25", geo=WRX),
            L("11", 11, E, P10K, ADP + "_per_10000_residents", J26 + "; fact box)", ctx="(Wales: 11)", geo=WA),
        ]),
    "06-the-nib-english-test-fraud-visa-refusals": dict(
        meta=dict(url="https://www.thenib.example/news/politics/visa-refusals-english-tests-nearly-triple-cheating-overseas-centres-3981427",
                  title="Visa refusals over English tests nearly triple as Home Office finds cheating at overseas centres",
                  publisher="The Nib", author="Anjali Whitcombe-Mensah", published_date="2026-11-10"),
        labels=[
            L("nearly triple", 3, ALM, RATIO, VRE + "_ratio", "year to September 2026 vs year to September 2025 (headline)"),
            L("4,180", 4180, E, P, VRE, YS26 + "; turned down over untrustworthy language certificates; standfirst)", occ=0),
            L("nearly tripled", 3, ALM, RATIO, VRE + "_ratio", "year to September 2026 vs year to September 2025 (in a year)"),
            L("4,180", 4180, E, P, VRE, YS26 + "; refused on English language grounds; Home Office figures released under freedom of information)", occ=1),
            L("1,510", 1510, E, P, VRE, YS26P + ")"),
            L("1,630", 1630, E, P, VRE + "_india", YS26 + "; Indian applicants)"),
            L("1,020", 1020, E, P, VRE + "_pakistan", YS26 + "; Pakistani applicants)"),
            L("740", 740, E, P, VRE + "_nigeria", YS26 + "; Nigerian applicants)"),
            L("14", 14, E, CENTRES, "english_test_centres_approval_withdrawn", "January to August 2026 (test centres whose approval was withdrawn)", geo="India, Pakistan, Nigeria and Bangladesh"),
            L("6,240", 6240, E, RESULTS, "english_test_results_invalidated", "2026 (test results declared invalid, in total)"),
            L("2,900", 2900, E, RESULTS, "english_test_results_questionable", "2026 (classed as questionable; must resit)"),
            L("820", 820, E, P, "english_test_proxy_takers_identified", "2026 (suspected proxy test-takers identified by investigators)"),
            L("£3.2m", 3.2e6, E, GBP, "english_test_fraud_investigation_cost", "2026 (the inquiry's cost so far)"),
            L("Roughly three-quarters", 75, AP, PCT, "english_test_results_invalidated_share_student_visas", "2026 (of the invalid results, used in student visa applications)"),
            L("18%", 18, E, PCT, "visa_applications_study_share_refused", YS26 + "; sponsored study visas)"),
            L("11%", 11, E, PCT, "visa_applications_study_share_refused", YS26P + ")"),
            L("one in five", 20, E, PCT, "visa_refusals_study_share_citing_english", YS26 + "; of those refusals, citing doubts over English)"),
            L("6%", -6, E, PCT, "visa_applications_study_change", "year to September 2026 vs year to September 2025"),
            L("401,000", 401000, E, P, "visa_applications_study", YS26 + "; sponsored study)"),
            L("more than 35,000", 35000, MT, P, "student_visas_cancelled_english_test_fraud", "2014 onwards (after the 2014 scandal over a government-approved test provider)"),
            L("one in eight", 12.5, E, PCT, "university_applicants_share_refused_visas_south_asia", "January to November 2026 (since January; one post-1992 university's applicants from south Asia)", geo="West Midlands"),
            V("thousands", 2000, 9000, P, "students_contesting_english_test_fraud_allegations", "2014 onwards (spent years trying to clear their names; " + BAR + ")"),
            L("about 300", 300, AP, P, "visa_refusal_appeals_english_language", "per month, November 2026 (appeals now running; " + BAR + ")"),
            L("more than 9,000", 9000, MT, P, "visa_refusals_deception", "5 July 2024 to November 2026 (applications refused since 5 July 2024 where deception was found; Home Office)"),
            L("up to £1.1bn", 1.1e9, AM, GBP, "home_office_english_test_contract_value", "ten years from 2027 (the contract replacing approved tests)"),
            L("412,000", 412000, E, P, "english_test_sittings_uk_visas", "2025/26 (April 2025 to March 2026; people sitting approved English tests for UK visas)"),
            L("8%", -8, E, PCT, "english_test_sittings_uk_visas_change", "2025/26 vs 2024/25"),
        ]),
    "07-the-dividend-obr-forecast-migrant-tax-receipts": dict(
        meta=dict(url="https://www.thedividend.example/content/8c41e0d7-2b9a-4f6e-b3d5-71a9e6c0f254",
                  title="Lower migration to cost Treasury £7.4bn a year as OBR cuts forecast",
                  publisher="The Dividend", author="Sebastian Thornbury-Nakashima", published_date="2026-03-04"),
        labels=[
            L("£7.4bn", 7.4e9, E, GBP, "public_borrowing_effect_lower_migration", FY30 + "; a year; headline)", occ=0),
            L("£7.4bn", 7.4e9, E, GBP, "public_borrowing_effect_lower_migration", FY30 + "; the gap in the public finances)", occ=1),
            L("185,000", 185000, E, P, NMF, LONG + "; OBR March 2026 forecast, published on Tuesday 3 March)"),
            L("258,000", 258000, E, P, NMF, LONG + "; OBR November 2025 forecast)"),
            L("about half", 0.5, AP, RATIO, NMF + "_ratio", "long term (March 2026 assumption vs March 2025 assumption)"),
            L("340,000", 340000, E, P, NMF, "per year, long term (OBR March 2025 forecast; a year ago)"),
            L("73,000", -73000, E, P, NMF + "_revision", "per year, long term (March 2026 vs November 2025 assumption; downward revision)"),
            L("£9.2bn", -9.2e9, E, GBP, "tax_receipts_lower_migration_change", FY30 + "; receipts lower)"),
            L("£1.8bn", -1.8e9, E, GBP, "public_spending_lower_migration_change", FY30 + "; less spending on public services and welfare)"),
            L("£7.4bn", 7.4e9, E, GBP, "public_borrowing_effect_lower_migration", FY30 + "; borrowing higher)", occ=2),
            L("410,000", -410000, E, P, "population_working_age_forecast_revision", "2030 (smaller than in November's forecast)"),
            L("0.4 per cent", -0.4, E, PCT, "gdp_forecast_revision", "2030 (the level of real GDP, lowered from November's forecast)"),
            L("0.1 per cent", 0.1, E, PCT, "gdp_per_head_forecast_revision", "2030 (output per person higher than in November's forecast)"),
            L("1.1 per cent", 1.1, E, PCT, "gdp_growth_forecast", "2026 (growth this year, unchanged)"),
            L("£19.4bn", 19.4e9, E, GBP, "fiscal_headroom", "March 2026 (against the stability rule; OBR March 2026 forecast)"),
            L("£21.7bn", 21.7e9, E, GBP, "fiscal_headroom", "November 2025 (OBR November 2025 forecast)"),
            L("340", 340000, E, P, NMF, "per year, long term (March 2025 forecast; chart, thousands)"),
            L("258", 258000, E, P, NMF, "per year, long term (November 2025 forecast; chart, thousands)"),
            L("185", 185000, E, P, NMF, "per year, long term (March 2026 forecast; chart, thousands)"),
            L("£61.2bn", 61.2e9, E, GBP, "income_tax_nics_paid_non_uk_nationals", "2024-25 (April 2024 to March 2025; HMRC data published last year)"),
            L("about 13 per cent", 13, AP, PCT, "income_tax_nics_share_non_uk_nationals", "2024-25 (of the total)"),
            L("£24.8bn", 24.8e9, E, GBP, "income_tax_nics_paid_eu_nationals", "2024-25"),
            L("£36.4bn", 36.4e9, E, GBP, "income_tax_nics_paid_non_eu_nationals", "2024-25"),
            L("two-thirds", 200 / 3, E, PCT, "income_tax_nics_paid_non_eu_nationals_change", "2024-25 vs 2021-22 (risen since 2021-22)"),
            L("£4.71bn", 4.71e9, E, GBP, "visa_fee_and_health_surcharge_receipts", "2024-25 (a record; Home Office accounts)"),
            L("more than quadrupled", 4, MT, RATIO, "net_migration_ratio", "under the previous government (to its peak; " + TSY + ")"),
            L("1.5mn", 1.5e6, E, HOMES, "housing_target_new_homes", "July 2024 to 2029 (this parliament; " + TSY + ")"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
