#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the seventy-fifth hand-labelled hold-out set (holdout75).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, EUR, RATIO, PPB, BOATS, YEARS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, RSC, PTR)

UK, FR, SC, WA, NI, ENG, EW = "UK", "France", "Scotland", "Wales", "Northern Ireland", "England", "England and Wales"
HOUSEHOLDS, COUNCILS, INCIDENTS, CENTRES = "other:households", "other:councils", "other:incidents", "other:centres"

# 01 (Tuesday 16 June 2026; Home Office daily small boat figures to Monday 15 June)
YTD26 = "1 January to 15 June 2026 (so far this year)"
YTD25 = "1 January to 15 June 2025 (the same point in 2025)"
MON = "15 June 2026 (Monday; yesterday)"
J26 = "1 to 15 June 2026 (the first 15 days of June)"
J25 = "1 to 15 June 2025 (the same days of last June)"
OIOO = "August 2025 to 15 June 2026 (since the one in, one out arrangement started last August)"
BOX = " (CROSSINGS WEEK BY WEEK box)"
# 02 (Thursday 21 May 2026; ONS provisional estimates for the year ending December 2025, released that day)
C25 = "2025 (calendar year; year ending December 2025; provisional)"
C24 = "2024 (calendar year; year ending December 2024)"
YJ25 = "year ending June 2025 (July 2024 to June 2025)"
YM23 = "year ending March 2023 (April 2022 to March 2023; the peak)"
# 03 (Tuesday 14 April 2026; PA Freedom of Information requests)
ST, WM = "Stoke-on-Trent", "West Midlands"
CH = "council_asylum_refugee_housing_cost"
RTA = "refugee_households_temporary_accommodation"
FY26 = "2025/26 (April 2025 to March 2026; last year)"
FY25 = "2024/25 (April 2024 to March 2025)"
FY24 = "2023/24 (April 2023 to March 2024; two years earlier)"
EM26 = "end of March 2026 (31 March 2026)"
# 04 (Thursday 26 February 2026)
BA = "population_share_born_abroad"
Y25 = "2025 (latest ONS estimate; Annual Population Survey)"
CEN21 = "March 2021 (Census 2021; census day)"
CLAIM6 = "2026 (claim; social media post)"
CLAIM5 = "2026 (claim; Reform UK councillor, television debate on Sunday 22 February 2026)"
# 05 (Monday 9 March 2026; Home Office figures obtained by The Tideline; IOM)
D25 = "2025 (calendar year; last year)"
D24 = "2024 (calendar year)"
ED25 = "end of December 2025 (31 December 2025)"
DV = "Detention Voices"
# 06 (Thursday 5 March 2026; OBR spring forecast published on Tuesday 3 March 2026)
PF = "public_finances_effect_lower_migration"
FY31 = "2030-31 (final year of the forecast; OBR spring forecast, 3 March 2026)"
LIFE = "over a lifetime, in today's prices (OBR central estimate; migrant arriving at 25"
AM_ECON = "Arkwright Mercantile chief UK economist"
# 07 (Wednesday 7 October 2026; return hub agreement with North Macedonia signed overnight)
NMK = "North Macedonia"
HUB = "return_hub"
DEAL = "three years from 2026 (the agreement signed on 6-7 October 2026)"

ARTICLES = {
    "01-daily-anvil-channel-crossings-weekly-tally": dict(
        meta=dict(url="https://www.dailyanvil.example/news/politics/2231904/channel-migrants-crossings-up-20-per-cent-412-single-day",
                  title="Channel migrants up 20% on last year as 412 cross in a single day",
                  publisher="Daily Anvil", author="Connor Ashby-Okoro", published_date="2026-06-16"),
        labels=[
            L("20%", 20, E, PCT, SBA + "_change", YTD26 + " vs " + YTD25 + " (headline)", ctx="up 20% on last year"),
            L("412", 412, E, P, SBA, MON + " (in a single day; headline)", occ=0),
            L("MORE than 17,000", 17000, MT, P, SBA, YTD26 + " (since January; standfirst)"),
            L("almost 3,100", 3100, ALM, P, SBA, J26 + " (the first fortnight of June; standfirst)"),
            L("412", 412, E, P, SBA, MON, occ=1),
            L("17,382", 17382, E, P, SBA, YTD26 + " (this year's tally)"),
            L("a fifth", 20, E, PCT, SBA + "_change", YTD26 + " vs " + YTD25, ctx="up by a fifth"),
            L("14,480", 14480, E, P, SBA, YTD25),
            L("seven", 7, E, BOATS, SBC, MON, ctx="came in seven boats"),
            L("almost 59", 59, ALM, PPB, "small_boat_occupancy", MON + " (crammed into each dinghy)"),
            L("289", 289, E, BOATS, SBC, YTD26),
            L("60", 60, E, PPB, "small_boat_occupancy", YTD26 + " (average on board)", ctx="an average of 60 people"),
            L("3,061", 3061, E, P, SBA, J26),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", J26 + " vs " + J25),
            L("812", 812, E, P, SBA, J25),
            L("more than one in six", SIXTH, MT, PCT, SBA + "_share_june", J26 + " (of all arrivals so far in 2026)"),
            L("1,106", 1106, E, P, SBA, "week to Sunday 24 May 2026 (18 to 24 May)" + BOX),
            L("1,244", 1244, E, P, SBA, "the same week of 2025 (2025 column)" + BOX),
            L("1,874", 1874, E, P, SBA, "week to Sunday 31 May 2026 (25 to 31 May)" + BOX),
            L("702", 702, E, P, SBA, "the same week of 2025 (2025 column)" + BOX),
            L("639", 639, E, P, SBA, "week to Sunday 7 June 2026 (1 to 7 June)" + BOX),
            L("355", 355, E, P, SBA, "the same week of 2025 (2025 column)" + BOX),
            L("2,010", 2010, E, P, SBA, "week to Sunday 14 June 2026 (8 to 14 June)" + BOX, occ=0),
            L("381", 381, E, P, SBA, "the same week of 2025 (2025 column)" + BOX, occ=0),
            L("2,010", 2010, E, P, SBA, "8 to 14 June 2026 (the seven days to Sunday)", occ=1),
            L("more than five times", 5, MT, RATIO, SBA + "_ratio", "8 to 14 June 2026 vs the same week last year"),
            L("381", 381, E, P, SBA, "the same week of 2025 (the same week last year)", occ=1),
            L("931", 931, E, P, SBA, "9 June 2026 (the busiest single day this year)"),
            L("41,472", 41472, E, P, SBA, "2025 (calendar year; last year)"),
            L("45,774", 45774, E, P, SBA, "2022 (calendar year; the highest annual figure)"),
            L("about one in five", 20, AP, PCT, SBA + "_share_eritrean", "January to March 2026 (the first three months of this year; Home Office)"),
            L("2,914", 2914, E, P, "returns", OIOO + " (gone back to France)", geo=FR),
            L("fewer than one in ten", 10, LT, PCT, "returns_share_of_small_boat_arrivals", OIOO, geo=FR),
            L("33,900", 33900, E, P, SBA, OIOO + " (reached Britain over the same period)"),
            L("more than 82,000", 82000, MT, P, SBA, "5 July 2024 to 15 June 2026 (since 5 July 2024; Shadow Home Secretary)"),
            L("More than 9,000", 9000, MT, P, "small_boat_launch_attempts_stopped_people",
              "1 January to 15 June 2026 (since January; stopped on French beaches; Home Office)", geo=FR),
        ]),
    "02-nightjar-news-ons-net-migration-revisions": dict(
        meta=dict(url="https://www.nightjarnews.example/news/uk-politics-74130562",
                  title="Net migration falls to 183,000 as ONS revises earlier years upwards",
                  publisher="Nightjar News", author="Rosalind Achterberg-Nye", published_date="2026-05-21"),
        labels=[
            L("183,000", 183000, E, P, NM, C25 + " (headline)", occ=0),
            L("183,000", 183000, E, P, NM, C25 + " (Office for National Statistics)", occ=1),
            L("61%", -61, E, PCT, NM + "_change", C25 + " vs " + C24),
            L("812,000", 812000, E, P, "immigration", C25 + " (an estimated; arrived to live in the UK)"),
            L("629,000", 629000, E, P, "emigration", C25),
            L("22%", -22, E, PCT, "immigration_change", C25 + " vs " + C24 + " (the year before)"),
            L("55,000", 55000, E, P, "emigration_change", C25 + " vs " + C24 + " (55,000 higher)"),
            R("between 128,000 and 241,000", 128000, 241000, P, NM, C25 + " (the true level probably lies; ONS)"),
            L("467,000", 467000, E, P, NM, C24 + " (revised estimate)"),
            L("36,000", 36000, E, P, NM + "_revision", C24 + " (revised up from the estimate published a year ago)"),
            L("229,000", 229000, E, P, NM, YJ25 + " (revised estimate)"),
            L("some 25,000", 25000, AP, P, NM + "_revision", YJ25 + " (higher than first reported in November 2025)"),
            L("12,000", 12000, E, P, NM + "_revision", YM23 + " (nudged up)"),
            L("956,000", 956000, E, P, NM, YM23 + " (revised estimate)"),
            L("618,000", 618000, E, P, "immigration_non_eu", C25 + " (arrivals of non-EU nationals)"),
            L("about three-quarters", 75, AP, PCT, "immigration_share_non_eu", C25),
            L("Some 231,000", 231000, AP, P, "immigration_study_non_eu", C25),
            L("a third", -THIRD, E, PCT, "immigration_study_non_eu_change", C25 + " vs " + C24 + " (the previous year)", ctx="down a third"),
            L("40%", -40, E, PCT, "immigration_work_non_eu_change", C25 + " vs " + C24),
            L("149,000", 149000, E, P, "immigration_work_non_eu", C25 + " (work-related arrivals)"),
            L("102,000", 102000, E, P, "immigration_humanitarian_non_eu", C25 + " (humanitarian routes, including asylum and resettlement)"),
            L("62,000", -62000, E, P, "net_migration_british_nationals", C25 + " (a net outflow)"),
            L("38,000", -38000, E, P, "net_migration_eu", C25 + " (a net outflow)"),
            L("283,000", 283000, E, P, "net_migration_non_eu", C25),
            L("79,400", 79400, E, P, "visas_granted_work", "year ending March 2026 (April 2025 to March 2026; the twelve months to March; main applicants; Home Office)"),
            L("37%", -37, E, PCT, "visas_granted_work_change", "year ending March 2026 vs year ending March 2025 (main applicants; Home Office)"),
            L("more than two-thirds", -200 / 3, MT, PCT, NM + "_change", "since the general election of July 2024 (since Labour came to power; claim; Home Secretary)"),
            L("nearly 200,000", 200000, ALM, P, NM, "a year, 2025 (still running at; shadow home secretary)"),
            L("One in four", 25, E, PCT, "emigration_share_former_study", C25 + " (last year's leavers who first arrived with a student visa; home editor's analysis)"),
        ]),
    "03-the-potteries-kiln-pa-council-temporary-accommodation-asylum-cost": dict(
        meta=dict(url="https://www.potterieskiln.example/news/national/council-bill-housing-refugees-temporary-accommodation-nearly-triples-two-years-5128804",
                  title="Council bill for housing refugees in temporary accommodation nearly triples in two years",
                  publisher="The Potteries Kiln", author="Maeve Tolland-Asante", published_date="2026-04-14"),
        labels=[
            L("nearly triples", 3, ALM, RATIO, CH + "_ratio", FY26 + " vs " + FY24 + " (in two years; headline)", geo=ST),
            L("£6.8 million", 6.8e6, E, GBP, CH, FY26 + " (standfirst)", occ=0, geo=ST),
            L("£6.8 million", 6.8e6, E, GBP, CH, FY26 + " (asylum seekers and newly recognised refugees in temporary accommodation; PA)", occ=1, geo=ST),
            L("nearly three times", 3, ALM, RATIO, CH + "_ratio", FY26 + " vs " + FY24, geo=ST),
            L("£2.4 million", 2.4e6, E, GBP, CH, FY24, geo=ST),
            L("£4.1 million", 4.1e6, E, GBP, CH, FY25, geo=ST),
            L("66%", 66, E, PCT, CH + "_change", FY26 + " vs " + FY25 + " (the latest year alone)", geo=ST),
            L("342", 342, E, HOUSEHOLDS, RTA, EM26 + " (households who had come through the asylum system)", geo=ST),
            L("97", 97, E, HOUSEHOLDS, RTA, "end of March 2024 (the same point in 2024)", geo=ST),
            L("More than a third", THIRD, MT, PCT, RTA + "_share_bed_and_breakfast", EM26, geo=ST),
            L("118", 118, E, HOUSEHOLDS, "refugee_households_bed_and_breakfast", EM26 + " (bed and breakfasts or hotel rooms)", geo=ST),
            L("211", 211, E, P, "temporary_accommodation_children", EM26 + " (children in those households)", geo=ST),
            L("£74", 74, E, GBP, "council_bed_and_breakfast_cost_per_room_night", "per night, 2026 (average for a bed and breakfast room)", geo=ST),
            L("about £27,000", 27000, AP, GBP, "council_bed_and_breakfast_cost_per_room_year", "per year, 2026 (over a full year)", geo=ST),
            L("43%", 43, E, PCT, "council_temporary_accommodation_cost_share_asylum_refugee", FY26, geo=ST),
            L("£15.9 million", 15.9e6, E, GBP, "council_temporary_accommodation_cost", FY26 + " (all temporary accommodation)", geo=ST),
            L("1,240", 1240, E, P, "asylum_dispersal_population", "December 2025 (contractor-run housing)", geo=ST),
            L("about one in 210", 100 / 210, AP, PCT, "asylum_dispersal_population_share_of_residents", "December 2025", geo=ST),
            L("£1.1 million", 1.1e6, E, GBP, "council_asylum_grant", FY26 + " (from central government towards the costs)", geo=ST),
            L("less than a sixth", SIXTH, LT, PCT, CH + "_share_funded_by_government", FY26, geo=ST),
            L("14", 14, E, COUNCILS, "councils_responding_foi", "April 2026 (PA Freedom of Information requests)", geo=WM),
            L("£38.5 million", 38.5e6, E, GBP, CH, FY26 + " (combined, 14 councils answering PA)", geo=WM),
            L("52%", 52, E, PCT, CH + "_change", FY26 + " vs " + FY25 + " (the previous year; 14 councils)", geo=WM),
            L("£14.2 million", 14.2e6, E, GBP, CH, FY26, geo="Birmingham"),
            L("13,960", 13960, E, HOUSEHOLDS, RTA, "end of September 2025 (after leaving asylum support; government figures)", geo=ENG),
            L("29%", 29, E, PCT, RTA + "_change", "end of September 2025 vs end of September 2024 (a year earlier)", geo=ENG),
            L("6,700", 6700, E, HOUSEHOLDS, "housing_waiting_list_households", "April 2026 (now; families on our own housing register; cabinet member for housing)", geo=ST),
            L("around £30 million", 30e6, AP, GBP, "council_asylum_cost_shortfall", "2026/27 (this year; combined; Midland Councils Partnership)", geo=WM),
            L("430", 430, E, P, "charity_service_users", "2025 (last year; newly recognised refugees served notice to quit; Northwood Welcome Project)", geo=ST),
            L("Roughly half", 50, AP, PCT, "charity_service_users_share_no_job_or_deposit", "2025 (Northwood Welcome Project director)", geo=ST),
            L("almost half", -50, ALM, PCT, "asylum_hotels_in_use_change", "to April 2026 (already fallen; Home Office spokeswoman)"),
        ]),
    "04-factwheel-one-in-six-born-abroad": dict(
        meta=dict(url="https://www.factwheel.example/fact-checks/immigration/one-in-six-uk-born-abroad/",
                  title="Were one in six people in the UK born abroad?",
                  publisher="Factwheel", author="Hollis Varga-Mendez", published_date="2026-02-26"),
        labels=[
            L("one in six", SIXTH, E, PCT, BA, CLAIM6 + " (headline)", ctx="Were one in six"),
            L("One in six", SIXTH, E, PCT, BA, CLAIM6 + " (What was claimed)", ctx="One in six people in the UK was born"),
            L("16.6%", 16.6, E, PCT, BA, Y25 + " (Our verdict)", occ=0),
            L("one in five", 20, E, PCT, BA, CLAIM5 + " (Our verdict)", ctx="that one in five people", geo=ENG),
            L("11.4 million", 11.4e6, E, P, "population_born_abroad", Y25),
            L("about 68.7 million", 68.7e6, AP, P, "population", "2025"),
            L("16.6%", 16.6, E, PCT, BA, Y25, occ=1),
            L("roughly one in six", SIXTH, AP, PCT, BA, Y25),
            L("around 150,000", 150000, AP, HOUSEHOLDS, "poll_sample_size", "each year (Annual Population Survey)"),
            L("10.0 million", 10.0e6, E, P, "population_born_abroad", CEN21 + " (usual residents born overseas)", geo=EW),
            L("16.8%", 16.8, E, PCT, BA, CEN21, geo=EW),
            L("10.3%", 10.3, E, PCT, BA, "March 2022 (Scotland's Census 2022; a year later)", geo=SC),
            L("7.1%", 7.1, E, PCT, BA, CEN21 + " (Northern Ireland's 2021 census)", geo=NI),
            L("6.9%", 6.9, E, PCT, BA, CEN21, geo=WA),
            L("13.4%", 13.4, E, PCT, BA, "March 2011 (Census 2011)", geo=EW),
            L("8.9%", 8.9, E, PCT, BA, "April 2001 (Census 2001)", geo=EW),
            L("4.6 million", 4.6e6, E, P, "population_born_abroad", "April 2001 (Census 2001)", geo=EW),
            L("more than doubled", 2, MT, RATIO, "population_born_abroad_ratio", "2021 vs 2001 (in twenty years)", geo=EW),
            L("920,000", 920000, E, P, "population_born_abroad_india", CEN21 + " (the most common country of birth outside the UK)", geo=EW),
            L("743,000", 743000, E, P, "population_born_abroad_poland", CEN21, geo=EW),
            L("624,000", 624000, E, P, "population_born_abroad_pakistan", CEN21, geo=EW),
            L("539,000", 539000, E, P, "population_born_abroad_romania", CEN21, geo=EW),
            L("40.6%", 40.6, E, PCT, BA, CEN21, geo="London"),
            L("more than half", 50, MT, PCT, BA, CEN21, geo="Brent"),
            L("6.3 million", 6.3e6, E, P, "population_non_british_nationals", Y25 + " (hold a non-British nationality)"),
            L("about one in 11", 100 / 11, AP, PCT, "population_share_non_british_nationals", Y25),
            L("more than two in five", 40, MT, PCT, "population_born_abroad_share_british_citizens", Y25 + " (implied)"),
            L("one in five", 20, E, PCT, BA, CLAIM5 + " (crosshead: The \"one in five\" claim)", ctx="The \"one in five\" claim", geo=ENG),
            L("one in five", 20, E, PCT, BA, CLAIM5 + " (the councillor's words)", ctx="\"one in five people in England were born abroad\"", geo=ENG),
            L("17.4%", 17.4, E, PCT, BA, CEN21, geo=ENG),
            L("about one in six", SIXTH, AP, PCT, BA, CEN21, geo=ENG),
        ]),
    "05-the-tideline-deaths-immigration-detention-channel": dict(
        meta=dict(url="https://www.thetideline.example/uk-news/2026/mar/09/deaths-immigration-detention-highest-on-record-channel",
                  title="Seven people died in UK immigration detention last year, the most on record",
                  publisher="The Tideline", author="Aisling Okereke-Brandt", published_date="2026-03-09"),
        labels=[
            L("Seven", 7, E, P, "detention_deaths", D25 + " (the most on record; headline)", ctx="Seven people died in UK"),
            L("at least 64", 64, AL, P, "small_boat_deaths", D25 + " (trying to cross the Channel; standfirst)"),
            L("Seven", 7, E, P, "detention_deaths", D25 + " (highest annual toll since records began; Home Office figures)",
              ctx="Seven people died in immigration detention in the UK"),
            L("more than twice", 2, MT, RATIO, "detention_deaths_ratio", D25 + " vs " + D24),
            L("three", 3, E, P, "detention_deaths", D24, ctx="when three people died"),
            L("at least 61", 61, AL, P, "detention_deaths", "2000 to 2025 (since 2000)"),
            L("38%", 38, E, PCT, "detention_self_harm_incidents_change", D25 + " vs " + D24),
            L("694", 694, E, INCIDENTS, "detention_self_harm_incidents", D25 + " (requiring medical treatment)"),
            L("2,180", 2180, E, P, "detention_population", ED25 + " (people held)"),
            L("a quarter", 25, E, PCT, "detention_population_change", ED25 + " vs end of December 2024 (a year earlier)", ctx="up a quarter"),
            L("some 140", 140, AP, P, "detention_population_held_over_six_months", ED25 + " (detained for longer than six months)"),
            L("Two", 2, E, CENTRES, "removal_centres_reopened", "later in 2026 (former centres due to reopen)", ctx="Two former centres"),
            L("about 600", 600, AP, P, "detention_capacity_change", "later in 2026 (beds added by reopening two centres)"),
            L("£120m", 120e6, E, GBP, "detention_capacity_expansion_cost", "2026 (reopening two centres; Home Office)"),
            L("£142", 142, E, GBP, "detention_cost_per_person_day", "per day, 2026 (average; holding one person)"),
            L("26,300", 26300, E, P, "detention_entries", D25 + " (entered detention during 2025)"),
            L("53%", 53, E, PCT, "detention_entries_share_released", D25 + " (released back into the community rather than removed)"),
            L("At least 64", 64, AL, P, "small_boat_deaths", D25 + " (attempting the crossing; International Organization for Migration)"),
            L("almost a fifth", -20, ALM, PCT, "small_boat_deaths_change", D25 + " vs " + D24),
            L("78", 78, E, P, "small_boat_deaths", D24 + " (the worst year since crossings began)"),
            L("At least eight", 8, AL, P, "small_boat_deaths_children", D25),
            L("nine", 9, E, P, "small_boat_deaths", "September 2025 (the deadliest single incident)", ctx="claimed nine lives", geo="Sangatte"),
            L("more than 340", 340, MT, P, "small_boat_deaths", "2018 to March 2026 (since 2018; crossing from northern France)"),
            L("at least 11", 11, AL, P, "small_boat_deaths", "1 January to 9 March 2026 (already recorded in 2026)"),
            L("1,150", 1150, E, P, "detention_charity_clients", D25 + " (supported in removal centres; " + DV + " director)"),
            L("Roughly one in three", THIRD, AP, PCT, "detention_charity_clients_share_torture_survivors", D25 + " (told us they had been tortured; " + DV + " director)"),
            L("more than 50,000", 50000, MT, P, "returns", "July 2024 to March 2026 (since July 2024; Home Office spokesperson)"),
        ]),
    "06-bullion-times-obr-migration-public-finances": dict(
        meta=dict(url="https://www.bulliontimes.example/content/7d41c2a8-obr-lower-migration-borrowing-7bn",
                  title="Lower migration to add £7bn a year to UK borrowing, OBR says",
                  publisher="Bullion Times", author="Imogen Saltash-Mwangi", published_date="2026-03-05"),
        labels=[
            L("£7bn", 7e9, E, GBP, PF, "per year, " + FY31 + " (added to borrowing; headline)", occ=0),
            L("a fifth", -20, E, PCT, "net_migration_projection_assumption_change", "long term (OBR spring forecast 2026 vs previous forecast; standfirst)",
              ctx="assumption by a fifth"),
            L("about a third", THIRD, AP, PCT, "public_finances_effect_share_of_headroom", FY31 + " (standfirst)"),
            L("£7.4bn", 7.4e9, E, GBP, PF, "per year, " + FY31 + " (by 2030-31; OBR)", occ=0),
            L("315,000", 315000, E, P, "net_migration_projection_assumption", "a year, long term (previous OBR forecast)"),
            L("250,000", 250000, E, P, "net_migration_projection_assumption", "a year, long term (OBR spring forecast, 3 March 2026)"),
            L("about a fifth", -20, AP, PCT, "net_migration_projection_assumption_change", "long term (OBR spring forecast 2026 vs previous forecast)"),
            L("£7.4bn", 7.4e9, E, GBP, PF, FY31 + " (lower tax receipts and higher borrowing)", occ=1),
            L("roughly a third", THIRD, AP, PCT, "public_finances_effect_share_of_headroom", FY31),
            L("£21.7bn", 21.7e9, E, GBP, "fiscal_headroom", FY31 + " (against the chancellor's main fiscal rule)"),
            L("about £130,000", 130000, AP, GBP, "fiscal_lifetime_contribution_migrant", LIFE + " and earning close to the median wage)"),
            L("roughly £880,000", 880000, AP, GBP, "fiscal_lifetime_contribution_migrant", LIFE + "; a high earner)"),
            L("about £170,000", -170000, AP, GBP, "fiscal_lifetime_contribution_migrant", LIFE + "; a low earner with two dependants; a net cost)"),
            L("nearly half", 50, ALM, PCT, "immigration_share_students_and_dependants", "year ending June 2023 (the 2023 peak; OBR)"),
            L("0.6 per cent", -0.6, E, PCT, "gdp_forecast_revision", "2030 (real GDP vs the OBR's previous forecast)"),
            L("0.1 per cent", -0.1, E, PCT, "gdp_per_head_forecast_revision", "2030 (vs the OBR's previous forecast)"),
            L("1.3 per cent", 1.3, E, PCT, "potential_output_growth_forecast", "a year (OBR spring forecast 2026; revised down)"),
            L("1.5 per cent", 1.5, E, PCT, "potential_output_growth_forecast", "a year (previous OBR forecast)"),
            L("204,000", 204000, E, P, NM, "year ending June 2025 (July 2024 to June 2025; the 12 months to June 2025)"),
            L("906,000", 906000, E, P, NM, "year ending June 2023 (July 2022 to June 2023; two years before)"),
            L("150,000", 150000, E, P, "net_migration_scenario", "a year (OBR scenario: were net migration to settle at)"),
            L("£11bn", 11e9, E, GBP, PF, "2030-31 (OBR scenario of net migration at 150,000 a year; higher borrowing than the central case)"),
            L("about £1.3tn", 1.3e12, AP, GBP, "public_spending_total", "per year, 2026 (total public spending; " + AM_ECON + ")"),
            L("£7bn", 7e9, E, GBP, PF, FY31 + " (a £7bn swing; " + AM_ECON + ")", occ=1),
            L("about £850mn", -850e6, AP, GBP, "visa_immigration_health_surcharge_receipts_change", "2027-28 (visa fee and health surcharge income; " + AM_ECON + ")"),
            L("Roughly 70 per cent", 70, AP, PCT, "public_finances_effect_share_income_tax_nics", FY31 + " (Institute for Public Accounts director)"),
            L("95.1 per cent", 95.1, E, PCT, "public_sector_net_debt_share_gdp", "2028-29 (forecast peak; OBR)"),
        ]),
    "07-skylark-news-live-north-macedonia-return-hub-deal": dict(
        meta=dict(url="https://news.skylark.example/live/politics-live-uk-north-macedonia-return-hub-deal-13508817",
                  title="Politics live: UK signs £62m deal to send failed asylum seekers to North Macedonia 'return hub'",
                  publisher="Skylark News", author="Callum Ndiaye-Holt", published_date="2026-10-07"),
        labels=[
            L("£62m", 62e6, E, GBP, HUB + "_payment", DEAL + " (headline)", occ=0),
            L("£62m", 62e6, E, GBP, HUB + "_payment", DEAL + " (over three years; Key points)", occ=1),
            L("about £21,000", 21000, AP, GBP, HUB + "_cost_per_person", DEAL + " (for each person sent; Key points)", occ=0),
            L("up to 1,200", 1200, AM, P, HUB + "_capacity", "a year (people who have exhausted their appeals; Key points)", geo=NMK),
            L("fewer than one in 25", 4, LT, PCT, HUB + "_capacity_share_of_small_boat_arrivals",
              "2026 (this year's small boat arrivals; claim; opposition; Key points)", occ=0),
            L("£715m", 715e6, E, GBP, RSC, "2022 to July 2024 (the Rwanda scheme; Key points)", occ=0),
            L("four", 4, E, P, "rwanda_relocations", "2022 to July 2024 (volunteers; Key points)", ctx="relocated four volunteers"),
            L("no more than 100", 100, AM, P, HUB + "_capacity", "per month (monthly cap; North Macedonia's interior ministry)", geo=NMK),
            L("1,200", 1200, E, P, HUB + "_capacity", "a year (the annual ceiling in the memorandum)", ctx="annual ceiling of 1,200", geo=NMK),
            L("46%", 46, E, PCT, "poll_share_support_third_country_removals", "6 October 2026 (Tuesday evening; Pollwise snap poll for Skylark News)"),
            L("37%", 37, E, PCT, "poll_share_oppose_third_country_removals", "6 October 2026 (Tuesday evening; Pollwise snap poll for Skylark News)"),
            L("2,041", 2041, E, P, "poll_sample_size", "6 October 2026 (adults interviewed online; Pollwise)"),
            L("More than half", 50, MT, PCT, "asylum_refusals_share_from_countries_unsafe_to_return",
              "2025 (people refused asylum last year; Refugee Rights Collective chief executive)"),
            L("£21,000", 21000, E, GBP, HUB + "_cost_per_person", DEAL + " (a time; Refugee Rights Collective chief executive)", ctx="at £21,000 a time"),
            L("fewer than one in 25", 4, LT, PCT, HUB + "_capacity_share_of_small_boat_arrivals",
              "1 January to October 2026 (crossed the Channel this year; claim; shadow home secretary)", occ=1),
            L("more than 33,000", 33000, MT, P, SBA, "1 January to October 2026 (so far in 2026; Home Office figures)"),
            L("1,200", 1200, E, P, HUB + "_capacity", "a year (transfers at full capacity; analysis)", ctx="1,200 transfers", geo=NMK),
            L("£21,000", 21000, E, GBP, HUB + "_cost_per_person", DEAL + " (each; analysis)", ctx="at £21,000 each"),
            L("about £25m", 25e6, AP, GBP, HUB + "_running_cost", "per year (running costs on top of the money paid up front; analysis)"),
            L("3,600", 3600, E, P, HUB + "_capacity", DEAL + " (over three years at full capacity; analysis)", geo=NMK),
            L("about £138m", 138e6, AP, GBP, HUB + "_cost_total", DEAL + " (in all, over three years at full capacity; analysis)"),
            L("roughly £38,000", 38000, AP, GBP, HUB + "_cost_per_person_total", DEAL + " (a head, including the up-front payment; analysis)"),
            L("£715m", 715e6, E, GBP, RSC, "2022 to July 2024 (the Rwanda scheme; analysis)", occ=1),
            L("four", 4, E, P, "rwanda_relocations", "2022 to July 2024 (analysis)", ctx="bought four relocations"),
            L("nearly £179m", 179e6, ALM, GBP, "rwanda_scheme_cost_per_relocation", "2022 to July 2024 (each; analysis)"),
            L("About 38,000", 38000, AP, P, "failed_asylum_seekers_awaiting_removal", "October 2026 (living in the UK with no removal scheduled; officials)"),
            L("more than 30 years", 30, MT, YEARS, HUB + "_years_to_clear_failed_claims", "from 2026 (at full tilt; analysis)"),
            L("around 150", 150, AP, P, HUB + "_transfers_forecast", "the first three months of the scheme (border security minister)", geo=NMK),
            L("about £21,000", 21000, AP, GBP, HUB + "_cost_per_person", DEAL + " (border security minister)", occ=1),
            L("more than £40,000", 40000, MT, GBP, "asylum_hotel_cost_per_person_year", "per year, 2026 (a single adult in a hotel; border security minister)"),
            L("more than €800m", 800e6, MT, EUR, "italy_albania_scheme_cost", "2024 to October 2026 (so far; Italian auditors)", geo="Italy"),
            L("£62m", 62e6, E, GBP, HUB + "_payment", DEAL + " (building and staffing the centre; Home Secretary's statement entry)", occ=2),
            L("fewer than three in ten", 30, LT, PCT, "return_decisions_share_enforced", "latest year (their own return decisions; Eurostat)", geo="EU"),
            L("£715m", 715e6, E, GBP, RSC, "2022 to July 2024 (spent on the Rwanda partnership; Home Secretary's statement entry)", occ=2),
            L("£290m", 290e6, E, GBP, PTR, "2022 to July 2024 (paid directly to Kigali)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
