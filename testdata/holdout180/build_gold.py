#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-eightieth hand-labelled hold-out set (holdout180).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, AC, HOT)

UK, ENG, WAL, NI, FR, LDN = "UK", "England", "Wales", "Northern Ireland", "France", "London"
HH, AREAS, DAYS, REPORTS = "other:households", "other:council_areas", "other:days", "other:reports"

# 01 (Thursday 14 May 2026; figures obtained by the Jacquard under freedom of information rules)
FOI1 = "figures obtained by the Jacquard under freedom of information rules"
FY1 = "April 2025 to March 2026 (2025/26, last year; " + FOI1 + ")"
D25 = "31 December 2025 (the end of December; " + FOI1 + ")"
TAC = "council_temporary_accommodation_cost"
RTA = "refugee_households_temporary_accommodation"
PLN = "Pan-London Housing Directors' Network"

# 02 (Wednesday 29 July 2026; ONS mid-year population estimates for mid-2025)
ONS2 = "ONS mid-year population estimates"
Y2 = "mid-2024 to mid-2025 (the year to mid-2025; " + ONS2 + ")"
M2 = "30 June 2025 (mid-2025; " + ONS2 + ")"
HPA = "Dr Huw Pennant-Adisa, Tawe Centre for Population Research"

# 03 (Friday 27 February 2026; Home Office data published Thursday 26 February 2026)
HO3 = "Home Office data published Thursday 26 February 2026"
SINCE3 = "April 2021 to December 2025 (since the schemes opened; " + HO3 + ")"
C25 = "January to December 2025 (last year, 2025; " + HO3 + ")"
E25 = "31 December 2025 (the end of December; " + HO3 + ")"
RAA = "resettlement_arrivals_afghan"
LAN, BWD = "Lancashire", "Blackburn with Darwen"
TMH = "Cllr Tariq Mahmood-Hesketh, Blackburn with Darwen Council"

# 04 (Tuesday 9 June 2026; fact check of claims made in the Commons last Tuesday, 2 June 2026, and online)
FY4 = "April 2025 to March 2026 (2025/26, last year; Home Office accounts)"
FY24 = "April 2023 to March 2024 (2023/24; Home Office accounts)"
MAR26 = "31 March 2026 (the end of March; Home Office figures)"
MAR25 = "31 March 2025 (a year before; Home Office figures)"
HCN = "asylum_hotel_cost_per_person_night"
CH = "asylum_cost_hotels"

# 05 (Thursday 20 August 2026; Home Office quarterly figures released that day)
HO5 = "Home Office quarterly figures released Thursday 20 August 2026"
J26 = "30 June 2026 (the end of June; " + HO5 + ")"
YJ26 = "July 2025 to June 2026 (the year to June; " + HO5 + ")"
DP = "detention_population"

# 06 (Tuesday 1 September 2026; Home Office daily figures to Monday 31 August 2026)
AUG = "August 2026 (last month; Home Office figures)"
YTD6 = "1 January to 31 August 2026 (since January; Home Office figures)"
RATIO6 = "August 2026 vs August 2020 (six years ago)"

# 07 (Wednesday 1 July 2026; NISRA mid-2025 estimates released last Thursday, 25 June 2026)
NIS = "NISRA mid-2025 estimates released Thursday 25 June 2026"
Y7 = "mid-2024 to mid-2025 (the year ending 30 June 2025, the year to mid-2025; " + NIS + ")"
M7 = "30 June 2025 (mid-2025; " + NIS + ")"
NMG = "net_migration_including_great_britain"
BOX7 = " (MIGRATION AT A GLANCE box)"
DUN = "Rosemary Dunwoody-Ikpe, East Belfast MLA"

ARTICLES = {
    "01-evening-jacquard-london-temporary-accommodation-asylum": dict(
        meta=dict(url="https://www.eveningjacquard.example/news/london/london-boroughs-temporary-accommodation-cost-4-3m-a-day-asylum-hotels-b1184203.html",
                  title="London boroughs spending £4.3m a day on temporary housing as asylum evictions add to crisis",
                  publisher="The Evening Jacquard", author="Rosalind Achterberg", published_date="2026-05-14"),
        labels=[
            L("£4.3m", 4300000, E, GBP, TAC, "per day, " + FY1 + " (headline)", ctx="spending £4.3m a day", geo=LDN),
            L("£1.57bn", 1570000000, E, GBP, TAC, FY1 + " (standfirst)", ctx="paid £1.57bn for", geo=LDN),
            V("hundreds", 200, 900, P, "refugees_homeless_after_leaving_asylum_support", "2026 (newly recognised refugees pushed on to councils' books as asylum hotels close; council leaders)", ctx="pushing hundreds of", geo=LDN),
            L("more than £4.3m", 4300000, MT, GBP, TAC, "per day, " + FY1, geo=LDN),
            L("£1.57bn", 1570000000, E, GBP, TAC, FY1 + " the 32 boroughs and the City", ctx="City spent £1.57bn", geo=LDN),
            L("14 per cent", 14, E, PCT, TAC + "_change", "2025/26 vs 2024/25 (above the year before; " + FOI1 + ")", geo=LDN),
            L("£1.38bn", 1380000000, E, GBP, TAC, "April 2024 to March 2025 (the year before; " + FOI1 + ")", geo=LDN),
            L("71,240", 71240, E, HH, "temporary_accommodation_households", D25, geo=LDN),
            L("93,800", 93800, E, P, "temporary_accommodation_children", D25, geo=LDN),
            L("Around one in five", 20, AP, PCT, "temporary_accommodation_share_placed_outside_home_borough", D25, geo=LDN),
            L("3,870", 3870, E, HH, RTA, "31 December 2025 (as December ended; the boroughs' returns)", geo=LDN),
            L("nearly four times", 4, ALM, RATIO, RTA + "_ratio", "December 2025 vs December 2023 (the close of 2023; the boroughs' returns)", geo=LDN),
            L("1,010", 1010, E, HH, RTA, "31 December 2023 (the close of 2023; the boroughs' returns)", geo=LDN),
            L("£96", 96, E, GBP, TAC + "_per_night", "per night, 2026 (nightly-paid rooms, per household, an average; " + FOI1 + ")", geo=LDN),
            R("between £80 and £120", 80, 120, GBP, TAC + "_per_night", "per night, 2026 (some hotels and bed and breakfasts in outer London)", geo=LDN),
            L("A THIRD", THIRD, E, PCT, TAC + "_share_of_budget", "April 2025 to March 2026 (Newham's net revenue budget; cross-head)", geo="Newham"),
            L("£114m", 114000000, E, GBP, TAC, "April 2025 to March 2026 (last year; Newham)", geo="Newham"),
            L("about £312,000", 312000, AP, GBP, TAC, "per day, April 2025 to March 2026 (Newham)", geo="Newham"),
            L("roughly a third", THIRD, AP, PCT, TAC + "_share_of_budget", "April 2025 to March 2026 (of Newham's net revenue budget)", geo="Newham"),
            L("412", 412, E, HH, "homelessness_applications_refugees", "April 2025 to March 2026 (between April and March; Folasade Brannigan, Newham cabinet member for housing)", geo="Newham"),
            L("barely a hundred", 100, ALM, HH, "homelessness_applications_refugees", "April 2023 to March 2024 (two years ago; Folasade Brannigan)", geo="Newham"),
            L("8,950", 8950, E, P, HOT, "31 December 2025 (the end of December; Home Office data)", geo=LDN),
            L("11,400", 11400, E, P, HOT, "31 December 2024 (a year earlier; Home Office data)", geo=LDN),
            L("c. 1,200", 1200, AP, P, HOT, "May 2026 (still houses, in hotels near Heathrow)", geo="Hillingdon"),
            L("at least 2,500", 2500, AL, HH, "refugee_households_homelessness_approaches_forecast", "January to December 2026 (expected during 2026; " + PLN + ")", geo=LDN),
            L("more than 40%", 40, MT, PCT, "homelessness_spending_share_temporary_accommodation", "2026 (now; according to the " + PLN + ")", geo=ENG),
            L("16%", 16, E, PCT, "population_share_london", "2026 (the capital's share of the country's population; " + PLN + ")", geo=ENG),
            L("£84m", 84000000, E, GBP, "council_refugee_move_on_funding", "2026/27 (this year, extra for councils; a Home Office spokeswoman)", geo=UK),
        ]),
    "02-inkle-news-wales-mid-year-population-migration": dict(
        meta=dict(url="https://www.inklenews.example/news/articles/c4wl7m2q9e0o",
                  title="Migration keeps Wales growing as deaths outnumber births again",
                  publisher="Inkle News", author="Gwenllian Rhys-Oyebanji", published_date="2026-07-29"),
        labels=[
            L("17,300", 17300, E, P, "population_growth", Y2, geo=WAL),
            L("3,214,900", 3214900, E, P, "population", M2, geo=WAL),
            L("0.5%", 0.5, E, PCT, "population_change", Y2 + " up year on year", geo=WAL),
            L("35,900", 35900, E, P, "deaths", Y2, geo=WAL),
            L("27,100", 27100, E, P, "births", Y2, geo=WAL),
            L("8,800", -8800, E, P, "population_natural_change", Y2 + " (shrank naturally)", geo=WAL),
            L("About 38,500", 38500, AP, P, "immigration", Y2 + " arrived from overseas", geo=WAL),
            L("18,800", 18800, E, P, "emigration", Y2, geo=WAL),
            L("19,700", 19700, E, P, "net_migration_international", Y2, geo=WAL),
            L("27%", -27, E, PCT, "net_migration_international_change", "year to mid-2025 vs year to mid-2024 (down on the year before)", geo=WAL),
            L("27,000", 27000, E, P, "net_migration_international", "mid-2023 to mid-2024 (the year before; " + ONS2 + ")", geo=WAL),
            L("6,400", 6400, E, P, "internal_migration_net", Y2 + " (a net 6,400 from moves inside the UK)", geo=WAL),
            L("Roughly a third", THIRD, AP, PCT, "immigration_share_study", Y2 + " (overseas arrivals who were students; the ONS)", geo=WAL),
            L("1.2%", 1.2, E, PCT, "population_change", Y2, geo="Cardiff"),
            L("384,200", 384200, E, P, "population", M2, geo="Cardiff"),
            L("0.9%", 0.9, E, PCT, "population_change", Y2, geo="Newport"),
            L("0.3%", -0.3, E, PCT, "population_change", Y2 + " (fell)", geo="Ceredigion"),
            L("0.2%", -0.2, E, PCT, "population_change", Y2 + " (fell)", geo="Blaenau Gwent"),
            L("19", 19, E, AREAS, "council_areas_population_decline_without_migration", Y2 + " (of the 22; Inkle News analysis)", ctx="Without migration, 19 of", geo=WAL),
            L("More than one in five", 20, MT, PCT, "population_share_aged_65_and_over", M2, geo=WAL),
            L("22.4%", 22.4, E, PCT, "population_share_aged_65_and_over", M2, geo=WAL),
            L("19.1%", 19.1, E, PCT, "population_share_aged_65_and_over", M2 + " the UK as a whole", geo=UK),
            L("43.1 years", 43.1, E, YEARS, "population_median_age", M2, geo=WAL),
            L("50.2 years", 50.2, E, YEARS, "population_median_age", M2, geo="Conwy"),
            L("something like 2,400", -2400, AP, P, "population_growth_excluding_international_migration", "mid-2024 to mid-2025 (last year, a hypothetical: would have shrunk; " + HPA + ")", geo=WAL),
            L("nearly one in six", 100 / 6, ALM, PCT, "university_students_share_international", "2026 (of all students at Welsh universities; " + HPA + ")", geo=WAL),
            L("more than 9,000", 9000, MT, P, "health_care_workers_recruited_overseas", "2021 to July 2026 (since 2021; a Welsh Government spokesperson)", geo=WAL),
            L("1,430", 1430, E, HH, "temporary_accommodation_households", "2026 (in Cardiff alone; the Welsh Conservatives)", geo="Cardiff"),
        ]),
    "03-darwen-dobby-pa-afghan-resettlement-arap-acrs-housing": dict(
        meta=dict(url="https://www.darwendobby.example/news/national/afghan-arrivals-fall-by-41-as-hundreds-remain-in-hotels-and-temporary-homes-4729158",
                  title="Afghan arrivals fall by 41% as hundreds remain in hotels and temporary homes",
                  publisher="Darwen Dobby", author="Marcus Eldridge-Nwosu", published_date="2026-02-27"),
        labels=[
            L("41%", -41, E, PCT, RAA + "_change", "2025 vs 2024 (fall; headline)", ctx="fall by 41%"),
            V("hundreds", 200, 900, P, "afghan_transitional_accommodation_population", "December 2025 (remain in hotels and temporary homes; headline)", ctx="41% as hundreds remain"),
            L("41%", -41, E, PCT, RAA + "_change", "2025 vs 2024 (last year, dropped; " + HO3 + ")", ctx="dropped by 41%"),
            V("hundreds", 200, 900, HH, "afghan_families_awaiting_permanent_home", "February 2026 (still waiting for a permanent home; charities)", ctx="saying hundreds of families"),
            L("3,940", 3940, E, P, RAA, C25 + " ARAP and ACRS"),
            L("6,680", 6680, E, P, RAA, "January to December 2024 (" + HO3 + ")"),
            L("38,960", 38960, E, P, RAA, SINCE3 + " in total"),
            L("24,310", 24310, E, P, RAA + "_arap", SINCE3 + " including Operation Pitting"),
            L("more than three in five", 60, MT, PCT, RAA + "_share_arap", SINCE3),
            L("14,650", 14650, E, P, RAA + "_acrs", "January 2022 to December 2025 (since the ACRS opened; " + HO3 + ")"),
            L("up to 20,000", 20000, AM, P, "afghan_resettlement_pledge_people", "from January 2022 (the ACRS promise to resettle people at risk)"),
            L("almost three-quarters", 75, ALM, PCT, RAA + "_acrs_share_of_pledge", "January 2022 to December 2025 (of the commitment met; " + HO3 + ")"),
            L("c. 2,100", 2100, AP, P, "arap_eligible_awaiting_relocation", "February 2026 (still waiting to travel, most in Pakistan; according to the Home Office)"),
            L("1,260", 1260, E, P, "afghan_transitional_accommodation_population", E25),
            L("310", 310, E, P, "afghan_transitional_accommodation_population_hotels", E25, ctx="of whom 310 were"),
            L("about a quarter", 25, AP, PCT, "afghan_transitional_accommodation_share_hotels", E25),
            L("790", 790, E, HH, "homelessness_applications_afghan", C25 + " assessed as homeless by councils", geo=ENG),
            L("12%", 12, E, PCT, "homelessness_applications_afghan_change", "2025 vs 2024 (up; " + HO3 + ")", geo=ENG),
            V("Tens of thousands", 20000, 90000, P, RAA, "August 2021 to February 2026 (brought to safety; the Ministry of Defence)"),
            L("£21,600", 21600, E, GBP, "council_resettlement_grant_per_refugee", "per person over three years (the tariff councils receive)", geo=UK),
            L("nearer £30,000", 30000, AP, GBP, "council_resettlement_cost_per_refugee", "per person over three years (the real cost once housing is included; the Local Government Association)", geo=ENG),
            L("1,180", 1180, E, P, RAA, "2021 to February 2026 (since 2021; figures obtained by the Dobby from the county's strategic migration partnership)", geo=LAN),
            L("74", 74, E, HH, "afghan_families_resettled", "August 2021 to February 2026 (since the fall of Kabul; Blackburn with Darwen Council)", geo=BWD),
            L("391", 391, E, P, RAA, "August 2021 to February 2026 (since the fall of Kabul, people in all)", geo=BWD),
            L("£9.4m", 9400000, E, GBP, "local_authority_housing_fund_allocation", "to February 2026 (councils in the county; Local Authority Housing Fund)", geo=LAN),
            L("more than 6,000", 6000, MT, HH, "housing_waiting_list_households", "February 2026 (" + TMH + ")", geo=BWD),
            L("around a fifth", 20, AP, PCT, "rents_change", "2022 to 2026 (since 2022, risen; " + TMH + ")", geo=BWD),
        ]),
    "04-sleycheck-asylum-hotel-cost-per-day-per-night": dict(
        meta=dict(url="https://sleycheck.example/immigration/asylum-hotels-8-million-a-day-200-a-night/",
                  title="Asylum hotels don't cost £8m a day or £200 a night any more",
                  publisher="SleyCheck", author="Imogen Strathdee-Quartey", published_date="2026-06-09"),
        labels=[
            L("£8m", 8000000, E, GBP, CH, "per day (the claim as summarised; headline)", ctx="cost £8m a day"),
            L("£200", 200, E, GBP, HCN, "per night (the claim as summarised; headline)", ctx="or £200 a night any more"),
            L("£8 million", 8000000, E, GBP, CH, "per day (What was claimed box)", ctx="the taxpayer £8 million a day.\n"),
            L("about £8.2m", 8200000, AP, GBP, CH, "per day, " + FY24 + " (Our verdict box)"),
            L("around £5.7m", 5700000, AP, GBP, CH, "per day, " + FY4 + " (Our verdict box)"),
            L("£200", 200, E, GBP, HCN, "per night (What was claimed box)", ctx="hotel costs £200 a night.\n"),
            L("£126", 126, E, GBP, HCN, "per night, " + FY4 + " (an average; Our verdict box)", ctx="average of £126 per person per night last year"),
            L("£8 million", 8000000, E, GBP, CH, "per day (still costing; Conservative MP Barnaby Quilter-Adeyemi in the Commons, Tuesday 2 June 2026)", ctx="\"still costing the taxpayer £8 million"),
            L("£200", 200, E, GBP, HCN, "per night (a viral post on Facebook and X)", ctx="costs you £200 a night"),
            L("£2.07bn", 2070000000, E, GBP, CH, FY4 + " the financial year to March 2026"),
            L("roughly £5.7m", 5700000, AP, GBP, CH, "per day, " + FY4),
            L("£8 million", 8000000, E, GBP, CH, "per day (the claimed figure, which appears to come from 2023/24)", ctx="The £8 million figure"),
            L("£2.99bn", 2990000000, E, GBP, CH, FY24 + " when hotel spending peaked"),
            L("roughly £8.2m", 8200000, AP, GBP, CH, "per day, " + FY24),
            L("36,240", 36240, E, P, HOT, MAR26),
            L("196", 196, E, HOTELS, "asylum_hotels_in_use", MAR26),
            L("47,100", 47100, E, P, HOT, MAR25),
            L("290", 290, E, HOTELS, "asylum_hotels_in_use", MAR25),
            L("23%", -23, E, PCT, HOT + "_change", "31 March 2026 vs 31 March 2025 (a fall)"),
            L("about a third", -THIRD, AP, PCT, "asylum_hotels_in_use_change", "31 March 2026 vs 31 March 2025 (a fall in the number of hotels)"),
            L("£126", 126, E, GBP, HCN, "per night, " + FY4 + " (on average; the Home Office told SleyCheck)", ctx="cost it £126 per person"),
            R("from about £80 to £160", 80, 160, GBP, HCN, "per night, 2025/26 (individual hotels; parliamentary answers)"),
            L("close to £200", 200, AP, GBP, HCN, "per night (a small number of hotels may cost)"),
            L("£16", 16, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, " + FY4 + " (an average; the department)"),
            L("nearly eight times", 8, ALM, RATIO, HCN + "_ratio", "per night, 2025/26 (a hotel place against dispersal accommodation)"),
            L("104,300", 104300, E, P, "asylum_support_population", MAR26 + " in asylum accommodation"),
            L("about £54", 54, AP, GBP, "asylum_accommodation_cost_per_person_night", "per night, 2025/26 (average across all types of asylum accommodation)"),
            L("£126", 126, E, GBP, HCN, "per night, 2025/26 (the basis of the yearly cost)", ctx="At £126 a night"),
            L("about £46,000", 46000, AP, GBP, "asylum_hotel_cost_per_person_year", "per year, 2025/26 (a full year of hotel accommodation)"),
            L("£4.9bn", 4900000000, E, GBP, AC, FY4 + " the whole asylum system"),
            L("about £13.4m", 13400000, AP, GBP, AC, "per day, " + FY4),
        ]),
    "05-the-distaff-immigration-detention-numbers-length": dict(
        meta=dict(url="https://www.thedistaff.example/uk-news/2026/aug/20/immigration-detention-numbers-rise-almost-quarter-removal-centres",
                  title="Number held in UK immigration detention rises by almost a quarter",
                  publisher="The Distaff", author="Lorcan Varga-Ampofo", published_date="2026-08-20"),
        labels=[
            L("almost a quarter", 25, ALM, PCT, DP + "_change", "30 June 2026 vs 30 June 2025 (rises; headline)", ctx="rises by almost a quarter"),
            L("2,310", 2310, E, P, DP, J26 + " (standfirst)", ctx="show 2,310 people"),
            L("almost a quarter", 25, ALM, PCT, DP + "_change", "30 June 2026 vs 30 June 2025 (in a year, grown)", ctx="grown by almost a quarter"),
            L("2,310", 2310, E, P, DP, J26, ctx="that 2,310 people"),
            L("23%", 23, E, PCT, DP + "_change", "30 June 2026 vs 30 June 2025 (up; " + HO5 + ")"),
            L("1,880", 1880, E, P, DP, "30 June 2025 (twelve months before; " + HO5 + ")"),
            L("27,640", 27640, E, P, "detention_entries", YJ26),
            L("14%", 14, E, PCT, "detention_entries_change", "year to June 2026 vs year to June 2025 (a rise on the year before)"),
            L("27,100", 27100, E, P, "detention_leavers", YJ26 + " left detention"),
            L("58%", 58, E, PCT, "detention_leavers_share_returned", YJ26 + " removed"),
            L("31%", 31, E, PCT, "detention_leavers_share_held_over_28_days", YJ26),
            L("146", 146, E, P, "detention_population_held_over_six_months", J26),
            L("39 days", 39, E, DAYS, "detention_length_average", YJ26 + " (for those leaving)"),
            L("33", 33, E, DAYS, "detention_length_average", "July 2024 to June 2025 (the year before; " + HO5 + ")", ctx="up from 33 the"),
            L("more than two years", 2, MT, YEARS, "detention_length_individual_case", "to August 2026 (one man held at Brook House, who spoke to the Distaff)"),
            L("1,530", 1530, E, REPORTS, "detention_rule35_reports", YJ26 + " (Rule 35 reports filed)"),
            L("38%", 38, E, PCT, "detention_rule35_reports_share_led_to_release", YJ26),
            L("three", 3, E, P, "detention_deaths", "1 January to 20 August 2026 (since January; Lattice Visitors Group)", ctx="Since January three people"),
            L("around 1,000", 1000, AP, P, "detention_capacity_change", "planned (increase in places committed by ministers)"),
            L("about 2,200", 2200, AP, P, "detention_capacity", "August 2026 (places across the existing removal centres)"),
            L("roughly 680", 680, AP, P, "detention_capacity", "August 2026 (places at Harmondsworth)", geo="Harmondsworth"),
            V("hundreds of millions", 200000000, 900000000, GBP, "detention_expansion_cost", "planned (the cost of the expansion)"),
            L("£152m", 152000000, E, GBP, "detention_cost", "April 2025 to March 2026 (2025/26)"),
            L("£118", 118, E, GBP, "detention_cost_per_person_day", "per day, 2025/26 (an average per detainee)"),
            L("more than 3,000", 3000, MT, P, DP, "early 2010s (at any one time; Dr Piers Ellery-Nnamdi, University of Kent)"),
        ]),
    "06-daily-batten-small-boats-monthly-record-pm-pledge": dict(
        meta=dict(url="https://www.dailybatten.example/news/politics/2207415/channel-crossings-record-9120-august-starmer-smash-the-gangs",
                  title="Channel crossings hit RECORD 9,120 in a month as Starmer's 'smash the gangs' vow lies in tatters",
                  publisher="Daily Batten", author="Callum Rennard-Boakye", published_date="2026-09-01"),
        labels=[
            L("9,120", 9120, E, P, SBA, AUG + " a record month (headline)", ctx="RECORD 9,120 in a month"),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", RATIO6 + " (standfirst)", occ=0),
            L("9,120", 9120, E, P, SBA, AUG + " a record", ctx="A RECORD 9,120 migrants"),
            L("8,470", 8470, E, P, SBA, "September 2022 (the previous monthly high; Home Office figures)"),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", RATIO6, occ=1),
            L("2,330", 2330, E, P, SBA, "August 2020 (Home Office figures)"),
            L("171", 171, E, BOATS, SBC, AUG),
            L("53", 53, E, PPB, "small_boat_occupancy", AUG + " on average"),
            L("1,312", 1312, E, P, SBA, "Sunday 23 August 2026 (the busiest day, a new high for a single day of 2026; per day)"),
            L("33,870", 33870, E, P, SBA, YTD6),
            L("18 per cent", 18, E, PCT, SBA + "_change", "1 January to 31 August 2026 vs the same period of 2025 (above last year's)"),
            L("more than 95,000", 95000, MT, P, SBA, "5 July 2024 to 31 August 2026 (since Sir Keir Starmer walked into Downing Street in July 2024)"),
            L("1,160", 1160, E, P, "returns_france", "September 2025 to August 2026 (since the one in, one out scheme began last September)"),
            L("about one in 40", 2.5, AP, PCT, "returns_share_of_small_boat_arrivals", "September 2025 to August 2026 (over the same period)"),
            L("47,300", 47300, E, P, SBA, "September 2025 to August 2026 (crossed over the same period)"),
            L("2,650", 2650, E, P, "small_boat_launch_attempts_stopped_people", AUG.replace("Home Office figures", "the Interior Ministry in Paris"), geo=FR),
            L("£510million", 510000000, E, GBP, "uk_funding_to_france_border_deal", "three-year deal (handed by the UK to Paris)", geo=FR),
            L("at least 21", 21, AL, P, "small_boat_deaths", "1 January to 31 August 2026 (so far in 2026; border officials)"),
            L("Nine thousand", 9000, E, P, SBA, "August 2026 (in one month; Reform UK MP Gareth Hollingworth-Obi)"),
            L("more than 1,400", 1400, MT, P, "people_smugglers_arrested", "September 2025 to August 2026 (the past 12 months; a Home Office spokesman)"),
        ]),
    "07-ballyhackamore-bobbin-nisra-migration-inflow-outflow-net": dict(
        meta=dict(url="https://www.ballyhackamorebobbin.example/news/northern-ireland/net-migration-to-northern-ireland-falls-by-a-third-as-more-people-head-for-great-britain-6120394",
                  title="Net migration to Northern Ireland falls by a third as more people head for Great Britain",
                  publisher="Ballyhackamore Bobbin", author="Orla Devlin-Oduya", published_date="2026-07-01"),
        labels=[
            L("a third", -THIRD, E, PCT, NMG + "_change", "year to mid-2025 vs year to mid-2024 (falls; headline)", ctx="falls by a third", geo=NI),
            L("31,700", 31700, E, P, "in_migration", Y7 + " (standfirst)", ctx="show 31,700 people moved here", geo=NI),
            L("25,100", 25100, E, P, "out_migration", Y7 + " (standfirst)", ctx="while 25,100 left", geo=NI),
            L("a third", -THIRD, E, PCT, NMG + "_change", "year to mid-2025 vs year to mid-2024 (dropped; official estimates)", ctx="dropped by a third", geo=NI),
            L("31,700", 31700, E, P, "in_migration", Y7, ctx="show 31,700 people moved to", geo=NI),
            L("25,100", 25100, E, P, "out_migration", Y7, ctx="while 25,100 moved away", geo=NI),
            L("6,600", 6600, E, P, NMG, Y7 + " a net gain", ctx="net gain of 6,600", geo=NI),
            L("9,800", 9800, E, P, NMG, "mid-2023 to mid-2024 (the previous year; " + NIS + ")", geo=NI),
            L("17,400", 17400, E, P, "immigration", Y7 + " from outside the UK", geo=NI),
            L("14,300", 14300, E, P, "internal_migration_inflow_from_great_britain", Y7, geo=NI),
            L("some 11,900", 11900, AP, P, "emigration", Y7 + " went abroad", geo=NI),
            L("13,200", 13200, E, P, "internal_migration_outflow_to_great_britain", Y7 + " moved to England, Scotland or Wales", geo=NI),
            L("5,500", 5500, E, P, "net_migration_international", Y7, geo=NI),
            L("1,100", 1100, E, P, "internal_migration_net", Y7 + " exchange with the rest of the UK", geo=NI),
            L("About one in five", 20, AP, PCT, "immigration_share_republic_of_ireland", Y7 + " (NISRA)", geo=NI),
            L("31.7k", 31700, E, P, "in_migration", Y7 + BOX7, geo=NI),
            L("25.1k", 25100, E, P, "out_migration", Y7 + BOX7, geo=NI),
            L("+6.6k", 6600, E, P, NMG, Y7 + BOX7, geo=NI),
            L("1.93m", 1930000, E, P, "population", M7 + BOX7, geo=NI),
            L("11,500", 11500, E, P, "population_growth", Y7, geo=NI),
            L("0.6%", 0.6, E, PCT, "population_change", Y7, geo=NI),
            L("1,927,400", 1927400, E, P, "population", M7, geo=NI),
            L("6,600", 6600, E, P, NMG, Y7 + " (migration's part of the growth)", ctx="accounted for 6,600", geo=NI),
            L("20,300", 20300, E, P, "births", Y7, geo=NI),
            L("15,400", 15400, E, P, "deaths", Y7, geo=NI),
            L("4,900", 4900, E, P, "population_natural_change", Y7 + " a natural increase", geo=NI),
            L("352,900", 352900, E, P, "population", M7, geo="Belfast"),
            L("2,900", 2900, E, P, "net_migration_international", Y7 + " (took in more from abroad than it lost)", geo="Belfast"),
            L("more than half", 50, MT, PCT, "net_migration_international_share_belfast", Y7, geo=NI),
            L("nearly double", 2, ALM, RATIO, "immigration_ratio", "year to mid-2025 vs a decade ago (international inflows)", geo=NI),
            L("fewer than 9,500", 9500, LT, P, "immigration", "mid-2014 to mid-2015 (a decade ago, a year; arriving from outside the UK)", geo=NI),
            L("44%", 44, E, PCT, "internal_migration_outflow_to_great_britain_share_aged_18_24", Y7, geo=NI),
            L("around 5,800", 5800, AP, P, "internal_migration_outflow_to_great_britain_aged_18_24", "per year (every year; " + DUN + ")", geo=NI),
            L("£3.2m", 3200000, E, GBP, "graduate_retention_scheme_funding", "2026 (committed; a Department for the Economy spokesperson)", geo=NI),
            L("73.4%", 73.4, E, PCT, "employment_rate", "2026 (a record; a Department for the Economy spokesperson)", geo=NI),
        ]),
}
if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
