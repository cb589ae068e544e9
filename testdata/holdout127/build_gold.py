#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-twenty-seventh hand-labelled hold-out set (holdout127).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, PTR, RSC)

UK, ENG, EW, WAL, FR = "UK", "England", "England and Wales", "Wales", "France"
DAYS, HH, PER10K = "other:days", "other:households", "other:persons_per_10000_residents"
VIEWS, SHARES, HOMES, COUNCILS = "other:views", "other:shares", "other:homes", "other:councils"

# 01 (Thursday 1 October 2026; Home Office small-boat figures for September 2026)
HO1 = "Home Office figures"
SEP = "1 to 30 September 2026 (last month; " + HO1
# 02 (Tuesday 26 May 2026; Home Office statistics published Thursday 21 May 2026 for the end of March)
HO2 = "Home Office statistics published Thursday 21 May 2026"
M26 = "31 March 2026 (at the end of March; " + HO2
M25 = "31 March 2025 (a year earlier; " + HO2 + ")"
ASP, PERK = "asylum_support_population", "asylum_support_population_per_10000_residents"
SAN, WM = "Sandwell", "West Midlands"
HOMELESS = "refugees_homeless_after_leaving_asylum_support"
# 03 (Friday 17 July 2026; Home Office annual report and accounts presented to MPs on Thursday 16 July 2026)
ACC = "Home Office annual report and accounts presented Thursday 16 July 2026"
FY26 = "April 2025 to March 2026 (2025/26; " + ACC
FY25 = "April 2024 to March 2025 (2024/25; " + ACC
CONTRACTS = "asylum_accommodation_contracts_cost"
# 04 (Monday 25 May 2026; ONS figures released Thursday 21 May 2026 for calendar 2025)
ONS4 = "ONS figures released Thursday 21 May 2026"
C25 = "January to December 2025 (last year; " + ONS4
EMB = "emigration_british"
EUP = "eu_first_residence_permits_uk_citizens"
# 05 (Wednesday 2 December 2026; ONS provisional estimates released Thursday 26 November 2026; claims of Sunday 29 November)
ONS5 = "ONS provisional estimates released Thursday 26 November 2026"
YJ26 = "July 2025 to June 2026 (the year ending June 2026; " + ONS5
YJ24 = "July 2023 to June 2024 (the year to June 2024, the last before the election; " + ONS5
MIN = "since July 2024 (since this government took office; a Cabinet minister on Sunday 29 November 2026; the claim checked"
SHADOW = "peak to before the July 2024 election (already dropped by before the election; the shadow immigration minister on Sunday 29 November 2026; the claim checked"
NMC = NM + "_change"
POST = "29 November to 2 December 2026 (since the shadow immigration minister's post went up on Sunday)"
# 06 (Thursday 30 July 2026; ONS mid-2025 estimates published Wednesday 29 July 2026)
ONS6 = "ONS mid-year estimates published Wednesday 29 July 2026"
MID25 = "30 June 2025 (mid-2025; " + ONS6 + ")"
YM25 = "July 2024 to June 2025 (the 12 months to mid-2025; " + ONS6
# 07 (Tuesday 20 October 2026; Home Office final accounts of the Rwanda partnership published Monday 19 October 2026)
ACC7 = "Home Office final accounts published Monday 19 October 2026"
LIFE = "April 2022 to July 2024 (the life of the scheme; " + ACC7
LOST = "rwanda_removal_candidates_share_lost_contact"

ARTICLES = {
    "01-pipistrelle-channel-crossings-record-september": dict(
        meta=dict(url="https://www.pipistrelle.example/news/uk-england-kent-76230418",
                  title="Channel crossings: September sets a new monthly record",
                  publisher="Pipistrelle", author="Morwenna Dacre-Okafor", published_date="2026-10-01"),
        labels=[
            L("More than 9,200", 9200, MT, P, SBA, SEP + "; made the journey in 30 days; summary line)"),
            L("9,265", 9265, E, P, SBA, SEP + ")"),
            L("8,631", 8631, E, P, SBA, "1 to 31 August 2022 (the old monthly record)"),
            L("634", 634, E, P, SBA + "_change", "September 2026 vs August 2022 (the old record has been beaten by)"),
            L("69%", 69, E, PCT, SBA + "_change", "September 2026 vs September 2025 (up on September last year)"),
            L("5,480", 5480, E, P, SBA, "1 to 30 September 2025 (September last year; " + HO1 + ")"),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", "September 2026 vs February 2026 (as many as in February)"),
            L("2,410", 2410, E, P, SBA, "1 to 28 February 2026 (February; " + HO1 + ")"),
            L("161", 161, E, BOATS, SBC, SEP + ")"),
            L("about 58", 58, AP, PPB, "small_boat_occupancy", SEP + "; an average on each boat)"),
            L("1,412", 1412, E, P, SBA, "19 September 2026 (Saturday 19 September, the single busiest day; " + HO1 + ")"),
            L("24", 24, E, BOATS, SBC, "19 September 2026 (Saturday 19 September; " + HO1 + ")", ctx="on 24 boats"),
            L("38,906", 38906, E, P, SBA, "1 January to 30 September 2026 (so far this year; " + HO1 + ")"),
            L("21%", 21, E, PCT, SBA + "_change", "1 January to 30 September 2026 vs 1 January to 30 September 2025 (ahead of the 2025 tally at the end of September)"),
            L("17", 17, E, DAYS, "small_boat_suitable_weather_days", "September 2026 (last month, calm enough for crossings; forecasters)", ctx="logged 17 days"),
            L("nine", 9, E, DAYS, "small_boat_suitable_weather_days", "September 2025 (forecasters)", ctx="against nine in"),
            L("more than 3,100", 3100, MT, P, "returns", "5 July 2024 to 1 October 2026 (under this government, flown back to France; a Home Office spokesperson)", geo=FR),
            L("a quarter", 25, E, PCT, "returns_enforced_change", "no period stated (enforced removals are up by; a Home Office spokesperson)"),
            L("roughly 11,200", 11200, AP, P, "small_boat_launch_attempts_stopped_people", "1 January to 30 September 2026 (so far this year, stopped from launching by French officers; a Home Office spokesperson)", geo=FR),
            L("340", 340, E, P, "french_police_deployment_additional", "by December 2026 (extra gendarmes to be deployed between Dunkirk and Boulogne; a Home Office spokesperson)", geo=FR),
            L("about one in five", 20, AP, PCT, "small_boat_arrivals_share_sudanese", SEP + "; of September's arrivals)"),
            L("1,860", 1860, E, P, "small_boat_arrivals_sudanese", SEP + ")"),
            L("Almost three-quarters", 75, ALM, PCT, "small_boat_arrivals_share_adult_men", SEP + "; of those who crossed)"),
            L("at least 31", 31, AL, P, "small_boat_deaths", "1 January to 1 October 2026 (this year; Saltmarsh Watch)"),
            L("four", 4, E, P, "small_boat_deaths_children", "September 2026 (children who drowned in September; Saltmarsh Watch)", ctx="four of them children"),
            L("More than 100,000", 100000, MT, P, SBA, "5 July 2024 to 1 October 2026 (have crossed since the election; the shadow home secretary)"),
            L("100,870", 100870, E, P, SBA, "5 July 2024 to 30 September 2026 (since 5 July 2024, the running total; Home Office data)"),
            L("about 15%", 15, AP, PCT, SBA + "_change", "12 months to September 2026 vs the previous 12 months (the rolling 12 months; Dr Annika Holloway-Mensah)"),
            L("53", 53, E, PPB, "small_boat_occupancy", "January to December 2025 (the 53 of 2025, an average; Dr Annika Holloway-Mensah)", ctx="the 53 of 2025"),
        ]),
    "02-oldbury-oracle-west-midlands-asylum-per-head": dict(
        meta=dict(url="https://www.oldburyoracle.example/news/sandwell/sandwell-asylum-seekers-per-head-west-midlands-councils-5518204",
                  title="Sandwell houses more asylum seekers per head than any other West Midlands council",
                  publisher="Oldbury Oracle", author="Declan Whitacre-Nnamdi", published_date="2026-05-26"),
        labels=[
            L("64", 64, E, PER10K, PERK, M26 + "; for every 10,000 residents; standfirst)", occ=0, geo=SAN),
            L("four times", 4, E, RATIO, PERK + "_ratio", "31 March 2026 (Sandwell's rate against the UK average; standfirst)", geo=SAN),
            L("Some 2,240", 2240, AP, P, ASP, M26 + "; being housed in the borough on 31 March)", geo=SAN),
            L("64", 64, E, PER10K, PERK, M26 + "; the equivalent for every 10,000 residents)", occ=1, geo=SAN),
            L("roughly one in every 156", 100 / 156, AP, PCT, ASP + "_share_of_residents", M26 + ")", geo=SAN),
            L("342", 342, E, P, ASP + "_change", "31 March 2026 vs 31 March 2025 (higher than a year earlier)", geo=SAN),
            L("1,898", 1898, E, P, ASP, M25, geo=SAN),
            L("18%", 18, E, PCT, ASP + "_change", "31 March 2026 vs 31 March 2025 (a rise of)", geo=SAN),
            L("62", 62, E, PER10K, PERK, M26 + "; the next highest rate)", ctx="at 62 per", geo="Stoke-on-Trent"),
            L("57", 57, E, PER10K, PERK, M26 + ")", ctx="Coventry on 57", geo="Coventry"),
            L("about 49", 49, AP, PER10K, PERK, M26 + ")", geo="Wolverhampton"),
            L("4,920", 4920, E, P, ASP, M26 + "; the most people in absolute terms)", geo="Birmingham"),
            L("42", 42, E, PER10K, PERK, M26 + ")", ctx="rate of 42 per", geo="Birmingham"),
            L("9%", -9, E, PCT, ASP + "_change", "31 March 2026 vs 31 March 2025 (its total fell by, over the year)", ctx="fell by 9% from", geo="Birmingham"),
            L("5,405", 5405, E, P, ASP, M25, geo="Birmingham"),
            L("96", 96, E, P, ASP, M26 + "; housed just 96 people)", ctx="just 96 people", geo="Solihull"),
            L("under five", 5, LT, PER10K, PERK, M26 + "; per 10,000)", geo="Solihull"),
            L("16,730", 16730, E, P, ASP, "31 March 2026 (as March ended; " + HO2 + ")", geo=WM),
            L("around 28", 28, AP, PER10K, PERK, M26 + "; per 10,000 residents)", geo=WM),
            L("about 16", 16, AP, PER10K, PERK, M26 + "; per 10,000 for the UK as a whole)", geo=UK),
            L("more than 15%", 15, MT, PCT, ASP + "_share_west_midlands", M26 + "; the region's share of the UK total)", geo=UK),
            L("109,400", 109400, E, P, ASP, M26 + "; the UK total)", geo=UK),
            L("under 9%", 9, LT, PCT, "population_share_west_midlands_of_uk", "no period stated (the region is home to under 9% of the population)", geo=UK),
            L("1,880", 1880, E, P, "asylum_dispersal_population", M26 + "; living in dispersed flats and shared houses)", geo=SAN),
            L("84%", 84, E, PCT, "asylum_dispersal_population_share_smethwick_oldbury_west_bromwich", M26 + "; 84% of these were in Smethwick, Oldbury and West Bromwich)", geo=SAN),
            L("360", 360, E, P, HOT, M26 + "; the other 360 were in hotels)", geo=SAN),
            L("more than halved", -50, MT, PCT, "asylum_hotels_in_use_change", "31 March 2026 vs 31 March 2025 (in a year; " + HO2 + ")", geo=WM),
            L("31", 31, E, HOTELS, "asylum_hotels_in_use", M25, ctx="from 31 to 14", geo=WM),
            L("14", 14, E, HOTELS, "asylum_hotels_in_use", M26 + ")", ctx="to 14, the", geo=WM),
            L("more than three times", 3, MT, RATIO, PERK + "_ratio", "no period stated (housing asylum seekers at the rate of our neighbours in Dudley; Councillor Devinder Aulakh-Brennan)", geo=SAN),
            L("c. £2.1m", 2100000, AP, GBP, "council_refugee_support_cost", "April 2025 to March 2026 (2025/26, on top of what it receives from Whitehall; a report to Sandwell Council's cabinet)", geo=SAN),
            L("612", 612, E, HH, HOMELESS, "April 2025 to March 2026 (the 12 months to March; refugee households that approached the council for help with homelessness)", geo=SAN),
            L("doubled", 2, E, RATIO, HOMELESS + "_ratio", "12 months to March 2026 vs the year before", geo=SAN),
            L("306", 306, E, HH, HOMELESS, "April 2024 to March 2025 (the year before)", geo=SAN),
            L("38%", -38, E, PCT, "asylum_hotel_population_change", "May 2026 vs May 2025 (across the country, fewer than a year ago; a Home Office spokesperson)", geo=UK),
        ]),
    "03-the-wardmote-home-office-annual-report-asylum-cost": dict(
        meta=dict(url="https://www.thewardmote.example/politics/2026/07/17/asylum-system-cost-443bn-home-office-accounts/",
                  title="Asylum system cost taxpayers £4.43bn last year despite hotel closures",
                  publisher="The Wardmote", author="Hugo Ashdown-Quaye", published_date="2026-07-17"),
        labels=[
            L("£4.43bn", 4430000000, E, GBP, AC, FY26 + "; last year; headline)", occ=0),
            L("a tenth", -10, E, PCT, AC + "_change", "2025/26 vs 2024/25 (the bill fell by; standfirst)"),
            L("more than four times", 4, MT, RATIO, AC + "_ratio", "2025/26 vs 2019/20 (what it was before the small boats crisis; standfirst)"),
            L("£4.43bn", 4430000000, E, GBP, AC, FY26 + "; the last financial year)", occ=1),
            L("10 per cent", -10, E, PCT, AC + "_change", "2025/26 vs 2024/25 (fell by)"),
            L("£4.91bn", 4910000000, E, GBP, AC, FY25 + "; the year before, as revised)"),
            L("£130m", 130000000, E, GBP, AC + "_revision", "April 2024 to March 2025 (the 2024/25 figure revised up by since last year's report)"),
            L("£5.38bn", 5380000000, E, GBP, AC, "April 2023 to March 2024 (2023/24; a record)"),
            L("more than £14.7bn", 14700000000, MT, GBP, AC, "April 2023 to March 2026 (over the three years)"),
            L("roughly £12m", 12000000, AP, GBP, AC, "per day, April 2025 to March 2026 (last year's bill alone works out at, a day)"),
            L("£1.02bn", 1020000000, E, GBP, AC, "April 2019 to March 2020 (2019/20, the equivalent figure)"),
            L("£1.62bn", 1620000000, E, GBP, "asylum_cost_hotels", FY26 + "; went on hotel rooms)"),
            L("more than a third", THIRD, MT, PCT, "asylum_cost_share_hotels", FY26 + "; of all asylum spending)"),
            L("35 per cent", -35, E, PCT, "asylum_cost_hotels_change", "2025/26 vs 2024/25 (a drop of)"),
            L("£2.48bn", 2480000000, E, GBP, "asylum_cost_hotels", FY25 + "; paid out in 2024/25)"),
            L("£138", 138, E, GBP, "asylum_hotel_cost_per_person_night", "per night, April 2025 to March 2026 (an average per person; " + ACC + ")"),
            L("nearly six times", 6, ALM, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2025/26 (a hotel place against a place in a rented flat or shared house)"),
            L("£24", 24, E, GBP, "dispersal_accommodation_cost_per_person_night", "per night, April 2025 to March 2026 (spent on each person placed in a rented flat or shared house)"),
            L("24,600", 24600, E, P, HOT, "31 March 2026 (at the end of March, still living in hotels; " + ACC + ")"),
            L("fewer than one in four", 25, LT, PCT, "asylum_hotel_population_share_of_supported", "31 March 2026 (of the people then receiving support)"),
            L("103,900", 103900, E, P, "asylum_support_population", "31 March 2026 (then receiving support; " + ACC + ")"),
            L("£15.3bn", 15300000000, E, GBP, CONTRACTS, "over the contracts' ten-year life (now forecast; the three main providers)"),
            L("almost three and a half times", 3.5, ALM, RATIO, CONTRACTS + "_ratio", "the current lifetime forecast vs the original estimate"),
            L("£4.5bn", 4500000000, E, GBP, CONTRACTS, "over the contracts' ten-year life (the original estimate)"),
            L("£312m", 312000000, E, GBP, CONTRACTS, FY26 + "; last year, run under a separate contract)", geo="Scotland and Northern Ireland"),
            L("61,400", 61400, E, P, "asylum_backlog", "31 March 2026 (claims still waiting for a first ruling in March; " + ACC + ")"),
            L("a third", -THIRD, E, PCT, "asylum_backlog_change", "March 2026 vs March 2025 (down a third on last year)", ctx="down a third on"),
            L("90,700", 90700, E, P, "asylum_backlog", "31 March 2025 (last year's; " + ACC + ")"),
            L("48,200", 48200, E, P, "tribunal_appeals_outstanding_immigration_asylum", "31 March 2026 (appeals waiting to be heard; " + ACC + ")"),
            L("41 per cent", 41, E, PCT, "tribunal_appeals_outstanding_immigration_asylum_change", "March 2026 vs March 2025 (up)"),
            L("nearly two in five", 40, ALM, PCT, "tribunal_appeals_outstanding_immigration_asylum_share_human_rights", "31 March 2026 (lodged on human rights grounds, mostly under Article 8)"),
            L("£4.4m", 4400000, E, GBP, "asylum_cost_hotels", "per day, 2025/26 (still spending a day on them; the shadow home secretary)"),
            L("a third", -THIRD, E, PCT, "asylum_backlog_change", "no period stated (cut the backlog by; a Home Office spokesman)", ctx="backlog by a third"),
            L("up to £1.1bn", 1100000000, AM, GBP, "asylum_cost_saving", "per year (moving every remaining hotel resident into ordinary rented homes; Dr Lavinia Rookwood-Eze of the Cairnford Institute, an estimate)"),
        ]),
    "04-the-lapwing-british-emigration-australia-canada-eu": dict(
        meta=dict(url="https://www.thelapwing.example/uk-news/2026/may/25/british-emigration-young-people-australia-canada-eu",
                  title="Emigration of British citizens climbs to 268,000 as young people seek a life abroad",
                  publisher="The Lapwing", author="Philippa Trevithick-Osei", published_date="2026-05-25"),
        labels=[
            L("268,000", 268000, E, P, EMB, C25 + "; headline)", occ=0),
            L("About three in five", 60, AP, PCT, EMB + "_share_aged_16_34", C25 + "; of those who left were under 35; standfirst)"),
            L("268,000", 268000, E, P, EMB, C25 + "; moving abroad to live)", occ=1),
            L("16%", 16, E, PCT, EMB + "_change", "2025 vs 2024 (up on 2024)"),
            L("231,000", 231000, E, P, EMB, "January to December 2024 (in 2024; " + ONS4 + ")"),
            L("141,000", 141000, E, P, "immigration_british", C25 + "; Britons coming home from abroad)"),
            L("127,000", -127000, E, P, "net_migration_british_nationals", C25 + "; a net loss of its own citizens)"),
            L("roughly double", 2, AP, RATIO, "net_migration_british_nationals_ratio", "2025 vs 2022 (the net loss against the net outflow of 2022)"),
            L("64,000", -64000, E, P, "net_migration_british_nationals", "January to December 2022 (the net loss of 2022; " + ONS4 + ")"),
            L("almost half", 50, ALM, PCT, "emigration_share_british", C25 + "; British nationals' share of all emigration)"),
            L("557,000", 557000, E, P, "emigration", C25 + "; all emigration)"),
            L("Almost 60%", 60, ALM, PCT, EMB + "_share_aged_16_34", C25 + "; of the British leavers)"),
            L("46,200", 46200, E, P, "working_holiday_visas_granted_britons", "July 2024 to June 2025 (the 12 months to June 2025; Australia's Department of Home Affairs)", geo="Australia"),
            L("20%", 20, E, PCT, "working_holiday_visas_granted_britons_change", "year to June 2025 vs year to June 2024 (up on the previous year)", geo="Australia"),
            L("21,800", 21800, E, P, "australia_visas_granted_british_nationals", "July 2024 to June 2025 (2024/25; permanent visas)", geo="Australia"),
            L("14,900", 14900, E, P, "canada_permanent_residents_british", "January to December 2025 (in 2025)", geo="Canada"),
            L("nearly double", 2, ALM, RATIO, "canada_permanent_residents_british_ratio", "2025 vs 2021 (the 7,600 of 2021)", geo="Canada"),
            L("7,600", 7600, E, P, "canada_permanent_residents_british", "January to December 2021 (the 7,600 of 2021)", geo="Canada"),
            L("a fifth", -20, E, PCT, "canada_permanent_resident_target_change", "no period stated (Ottawa has since cut its overall target for new permanent residents by; a policy target)", geo="Canada"),
            L("104,500", 104500, E, P, EUP, "January to December 2024 (in 2024; Eurostat)", geo="EU"),
            L("12%", 12, E, PCT, EUP + "_change", "2024 vs 2023 (more than in 2023; Eurostat)", geo="EU"),
            L("about a quarter", 25, AP, PCT, EUP + "_share_spain", "January to December 2024 (Spain accounted for; Eurostat)", geo="Spain"),
            L("13,400", 13400, E, P, "france_first_residence_permits_british", "January to December 2024 (France; Eurostat)", geo=FR),
            L("Three-quarters", 75, E, PCT, EUP + "_share_work_family", "January to December 2024 (granted for work or family reasons rather than study; Eurostat)", geo="EU"),
            L("around 5.5 million", 5500000, AP, P, "uk_born_population_abroad", "2026 (UK-born people settled overseas; Dr Ambrose Wren-Adjei's estimate)", geo="World"),
            L("roughly one in 12", 100 / 12, AP, PCT, "uk_born_population_share_living_abroad", "2026 (of everyone born here; Dr Ambrose Wren-Adjei)"),
            L("1.5 million", 1500000, E, HOMES, "housing_target_homes", "by 2029 (the government's pledge to build; a policy target)", geo=ENG),
        ]),
    "05-tallymark-net-migration-two-governments-claim": dict(
        meta=dict(url="https://tallymark.example/fact-check/net-migration-fallen-two-thirds-labour-conservatives",
                  title="Has net migration fallen by two-thirds under Labour? Both sides are missing part of the picture",
                  publisher="Tallymark", author="Marisol Pennock-Adebayo", published_date="2026-12-02"),
        labels=[
            L("two-thirds", -200 / 3, E, PCT, NMC, MIN + "; headline)", occ=0),
            L("two-thirds", -200 / 3, E, PCT, NMC, MIN + "; what was claimed)", occ=1),
            L("300,000", -300000, E, P, NMC, SHADOW + "; what was claimed)", occ=0),
            L("72%", -72, E, PCT, NMC, "year to June 2026 vs year to June 2024 (net migration fell by; our verdict)", occ=0),
            L("two-thirds", -200 / 3, E, PCT, NMC, MIN + "; restated in our verdict)", occ=2),
            L("nearly 300,000", -300000, ALM, P, NMC, "year to March 2023 vs year to June 2024 (between its peak and the year to June 2024; our verdict)"),
            L("two-thirds", -200 / 3, E, PCT, NMC, MIN + "; had fallen by, told a morning politics programme)", occ=3),
            L("more than 1.4m", 1400000, MT, VIEWS, "social_media_post_views", POST),
            L("9.7k", 9700, E, SHARES, "social_media_post_shares", POST),
            L("183,000", 183000, E, P, NM, YJ26 + ")"),
            L("21,000", -21000, E, P, NMC, "year ending June 2026 vs year ending June 2025 (lower than)"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the year ending June 2025; " + ONS5 + ")"),
            L("649,000", 649000, E, P, NM, YJ24 + ")", occ=0),
            L("43,000", 43000, E, P, NM + "_revision", "July 2023 to June 2024 (the ONS has since revised that figure up by)"),
            L("649,000", 649000, E, P, NM, YJ24 + "; against 649,000)", occ=1),
            L("72%", -72, E, PCT, NMC, "year to June 2026 vs year to June 2024 (a fall of)", occ=1),
            R("between 121,000 and 245,000", 121000, 245000, P, NM, YJ26 + "; the latest year, the ONS's 95% confidence interval)"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (the year to March 2023, the high point)"),
            L("295,000", -295000, E, P, NMC, "year to March 2023 vs year to June 2024 (it had dropped by)"),
            L("300,000", -300000, E, P, NMC, SHADOW + "; the figure the shadow minister cited)", occ=2),
            L("81%", -81, E, PCT, NMC, "year to June 2026 vs year to March 2023 (measured from that peak, lower)"),
            L("roughly 2.6m", 2600000, AP, P, "net_migration_cumulative", "July 2019 to June 2024 (across the five years to June 2024)"),
            L("86%", -86, E, PCT, "visas_granted_study_dependants_change", "2025 vs 2023 (dependant visas for the families of students)"),
            L("About 629,000", 629000, AP, P, "emigration", YJ26 + "; left the UK in the latest 12 months)"),
            L("505,000", 505000, E, P, "emigration", "July 2023 to June 2024 (the year ending June 2024; " + ONS5 + ")"),
            L("812,000", 812000, E, P, "immigration", YJ26 + ")"),
            L("about 1.3m", 1300000, AP, P, "immigration", "no period stated (at its height)"),
        ]),
    "06-y-goleudy-ons-mid-year-estimate-wales-councils": dict(
        meta=dict(url="https://www.ygoleudy.example/news/wales-population-passes-3-2-million-ons-mid-year-estimates-31120475",
                  title="Wales's population passes 3.2 million as newcomers outweigh falling births",
                  publisher="Y Goleudy", author="Gwenllian Parry-Ashcroft", published_date="2026-07-30"),
        labels=[
            L("3.2 million", 3200000, MT, P, "population", "30 June 2025 (mid-2025, passes; " + ONS6 + "; headline)", occ=0, geo=WAL),
            L("nine", 9, E, COUNCILS, "councils_with_natural_decrease", YM25 + "; of the 22 council areas, deaths outnumbered births; standfirst)", ctx="in nine of the 22", geo=WAL),
            L("3.2 million", 3200000, MT, P, "population", "30 June 2025 (mid-2025, has topped for the first time; " + ONS6 + ")", occ=1, geo=WAL),
            L("3,209,800", 3209800, E, P, "population", MID25, geo=WAL),
            L("23,200", 23200, E, P, "population_growth", YM25 + "; more than a year earlier)", geo=WAL),
            L("0.7%", 0.7, E, PCT, "population_change", YM25 + ")", geo=WAL),
            L("4,100", 4100, E, P, "population_revision", "30 June 2024 (last year's figure nudged up by in the same release; " + ONS6 + ")", geo=WAL),
            L("3,186,600", 3186600, E, P, "population", "30 June 2024 (mid-2024, as revised; " + ONS6 + ")", geo=WAL),
            L("0.8%", 0.8, E, PCT, "population_change", YM25 + ")", geo=EW),
            L("62.3 million", 62300000, E, P, "population", MID25, geo=EW),
            L("34,100", 34100, E, P, "deaths", YM25 + ")", geo=WAL),
            L("27,500", 27500, E, P, "births", YM25 + ")", geo=WAL),
            L("6,600", -6600, E, P, "population_natural_change", YM25 + "; a natural decrease)", ctx="natural decrease of 6,600", geo=WAL),
            L("20,900", 20900, E, P, "net_migration_international", YM25 + ")", geo=WAL),
            L("almost a third", -THIRD, ALM, PCT, "net_migration_international_change", "year to mid-2025 vs year to mid-2024 (fewer than the 30,400 of the year before)", geo=WAL),
            L("30,400", 30400, E, P, "net_migration_international", "July 2023 to June 2024 (the year before; " + ONS6 + ")", geo=WAL),
            L("8,900", 8900, E, P, "net_migration_rest_of_uk", YM25 + "; the balance of moves to and from other parts of the UK)", geo=WAL),
            L("1.2%", 1.2, E, PCT, "population_change", YM25 + "; the fastest-growing council area)", geo="Cardiff"),
            L("384,600", 384600, E, P, "population", MID25, geo="Cardiff"),
            L("1.0%", 1.0, E, PCT, "population_change", YM25 + ")", geo="Newport"),
            L("166,800", 166800, E, P, "population", MID25, geo="Newport"),
            L("0.9%", 0.9, E, PCT, "population_change", YM25 + ")", geo="Wrexham"),
            L("0.2%", -0.2, E, PCT, "population_change", YM25 + "; the only area where the population fell)", geo="Blaenau Gwent"),
            L("66,700", 66700, E, P, "population", MID25, geo="Blaenau Gwent"),
            L("nine", 9, E, COUNCILS, "councils_with_natural_decrease", YM25 + "; more deaths than births)", ctx="In nine council areas", geo=WAL),
            L("50.1 years", 50.1, E, YEARS, "population_median_age", MID25, geo="Powys"),
            L("42.9", 42.9, E, YEARS, "population_median_age", MID25, geo=WAL),
            L("40.9", 40.9, E, YEARS, "population_median_age", MID25, geo=EW),
            L("22.0%", 22.0, E, PCT, "population_share_aged_65_and_over", MID25, geo=WAL),
            L("more than one in five", 20, MT, PCT, "population_share_aged_65_and_over", MID25, geo=WAL),
            L("around 6,600", -6600, AP, P, "population_growth_excluding_migration", "July 2024 to June 2025 (last year, would have shrunk by without anyone moving here; Professor Eirlys Vaughan-Mbatha)", geo=WAL),
            L("nearly three in ten", 30, ALM, PCT, "population_share_aged_65_and_over_projection", "early 2030s (if nothing changes, over 65; Professor Eirlys Vaughan-Mbatha)", geo="Powys"),
            L("0.6%", 0.6, E, PCT, "population_change", "July 2024 to June 2025 (the same 12 months; National Records of Scotland)", geo="Scotland"),
            L("0.5%", 0.5, E, PCT, "population_change", "July 2024 to June 2025 (the same 12 months; Northern Ireland Statistics and Research Agency)", geo="Northern Ireland"),
        ]),
    "07-the-unattached-rwanda-scheme-final-accounts": dict(
        meta=dict(url="https://www.theunattached.example/news/uk/politics/rwanda-scheme-final-accounts-cost-four-volunteers-b2930517.html",
                  title="Rwanda scheme's final bill: £715m for four volunteers",
                  publisher="The Unattached", author="Saoirse Delahunt-Oyelaran", published_date="2026-10-20"),
        labels=[
            L("£715m", 715000000, E, GBP, RSC, LIFE + "; the final bill; headline)", occ=0),
            L("four", 4, E, P, "rwanda_relocations", LIFE + "; volunteers; headline)", ctx="£715m for four volunteers"),
            L("£290m", 290000000, E, GBP, PTR, LIFE + "; went to Kigali; standfirst)", occ=0),
            L("almost three-quarters", 75, ALM, PCT, LOST, LIFE + "; of the people lined up for removal lost contact; standfirst)"),
            L("£714.6m", 714600000, E, GBP, RSC, LIFE + "; cost before it was abandoned)"),
            L("four", 4, E, P, "rwanda_relocations", LIFE + "; only four people were ever relocated, all voluntarily)", ctx="only four people"),
            L("nearly £179m", 179000000, ALM, GBP, "rwanda_scheme_cost_per_relocation", LIFE + "; a head)"),
            L("£290m", 290000000, E, GBP, PTR, LIFE + "; payments to the Rwandan government)", occ=1),
            L("about two-fifths", 40, AP, PCT, "payment_to_rwanda_share_of_scheme_cost", LIFE + ")"),
            L("£178.2m", 178200000, E, GBP, "rwanda_scheme_cost_staff", LIFE + "; Home Office staff and running costs)"),
            L("£73.4m", 73400000, E, GBP, "rwanda_scheme_cost_detention", LIFE + ")"),
            L("£61.9m", 61900000, E, GBP, "rwanda_scheme_cost_legal", LIFE + "; on lawyers)"),
            L("£56.1m", 56100000, E, GBP, "rwanda_scheme_cost_flights", LIFE + "; charter flights and escorts booked but never used)"),
            L("£55m", 55000000, E, GBP, "rwanda_scheme_cost_other", LIFE + "; IT systems, accommodation in Rwanda and smaller items)"),
            L("2,180", 2180, E, P, "rwanda_removal_candidates_identified", LIFE + ")"),
            L("1,640", 1640, E, P, "rwanda_removal_candidates_lost_contact", "to July 2024 (had stopped reporting by the time the policy was scrapped; " + ACC7 + ")"),
            L("about three-quarters", 75, AP, PCT, LOST, "to July 2024 (of those identified for removal; " + ACC7 + ")"),
            L("Some 310", 310, AP, P, "immigration_detentions_rwanda", LIFE + "; were detained)"),
            L("218", 218, E, P, "rwanda_detainees_released_on_bail", LIFE + "; later released on bail)"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "per person (each offered under a voluntary relocation package; a policy rate)"),
            L("£370m", 370000000, E, GBP, "payment_to_rwanda_due_not_made", "instalments still to come, wiped out when the partnership ended in 2024 (" + ACC7 + ")"),
            L("£120m", 120000000, E, GBP, "payment_to_rwanda_due_not_made", "on the 300th relocation (a payment that would have fallen due; " + ACC7 + ")"),
            L("around £1.8m", 1800000, AP, GBP, "rwanda_scheme_planned_cost_per_relocation", "2024 (per person for the first 300 relocated; a National Audit Office estimate)"),
            L("£715m", 715000000, E, GBP, RSC, LIFE + "; every penny of that; the Home Secretary)", occ=1),
            V("thousands", 2000, 9000, P, "caseworkers_affordable_with_rwanda_cost", "no period stated (could have paid for, clearing the backlog; the Home Secretary)"),
            L("36%", -36, E, PCT, SBA + "_change", "January to December 2023 vs 2022 (small boat crossings fell by in 2023; the shadow home secretary)"),
            L("more than 85,000", 85000, MT, P, SBA, "April 2022 to July 2024 (over the 27 months the deal existed)"),
            L("roughly one in 21,000", 100 / 21000, AP, PCT, "rwanda_relocations_share_of_small_boat_arrivals", "April 2022 to July 2024 (the relocations against arrivals by dinghy)"),
            L("more than 400", 400, MT, P, "rwanda_notice_of_intent_recipients_supported", "2022 to 2024 (supported by the Linden Row Project, people who received notices of intent)", geo="London"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
