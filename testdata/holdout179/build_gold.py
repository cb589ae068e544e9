#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-seventy-ninth hand-labelled hold-out set (holdout179).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, NM, AC, HOT, PTR, RSC)

UK, SCO, ENG, YH = "UK", "Scotland", "England", "Yorkshire and the Humber"
RW = "Rwanda"  # not used as a geography: Rwanda figures are given UK, as in earlier sets
P10K = "other:persons_per_10000_residents"
AREAS, SHARES = "other:council_areas", "other:shares"
CERTS = "other:certificates"

# 01 (Wednesday 14 January 2026; Home Office memorandum to the Public Accounts Committee laid Tuesday 13 January 2026)
MEMO = "Home Office memorandum laid before Parliament Tuesday 13 January 2026"
LIFE = "April 2022 to July 2024 and after (the life of the scheme, final account; " + MEMO + ")"
BOX1 = " (Key facts box)"
REL = "rwanda_relocations"

# 02 (Friday 21 August 2026, PA copy; Home Office data published Thursday 20 August 2026)
HO2 = "Home Office data published Thursday 20 August 2026"
J26 = "30 June 2026 (the end of June, when June ended; " + HO2 + ")"
J25 = "30 June 2025 (a year earlier; " + HO2 + ")"
BOX2 = " (YORKSHIRE IN NUMBERS box)"
SUP, RATE = "asylum_support_population", "asylum_support_population_per_10000_residents"
HULL, YORK = "Kingston upon Hull", "York"

# 03 (Thursday 11 June 2026; Home Office internal accounts obtained under FOI by The Tryfan)
FY26 = "April 2025 to March 2026 (2025/26, last year; internal accounts obtained by The Tryfan)"
FY25 = "April 2024 to March 2025 (2024/25; internal accounts obtained by The Tryfan)"
M26 = "31 March 2026 (the end of March; internal accounts obtained by The Tryfan)"

# 04 (Wednesday 3 June 2026; fact check of a post on X of Sunday 31 May 2026; ONS provisional estimates published 21 May 2026)
ONS4 = "ONS provisional estimates published 21 May 2026"
Y25 = "January to December 2025 (calendar year 2025; " + ONS4 + ")"
YJ23 = "July 2022 to June 2023 (the year ending June 2023"
CLAIM = "last year, as claimed (the post by Gary Penhallow-Reece; in fact immigration for the year ending June 2023, first estimate)"
NMR = "net_migration_revision"

# 05 (Saturday 18 April 2026; essay)
YJ25 = "July 2024 to June 2025 (the year that ended in June 2025; ONS)"
HAR = "2026 (Harewood Research polling for The Kinder Scout)"
DOC = "doctors_certificates_to_practise_abroad"

# 06 (Thursday 9 July 2026; NRS mid-2025 estimates published Wednesday 8 July 2026)
NRS = "NRS mid-year estimates published Wednesday 8 July 2026"
M25 = "30 June 2025 (mid-2025; " + NRS + ")"
Y6 = "mid-2024 to mid-2025 (the 12 months to the middle of 2025, over the year; " + NRS + ")"
BOX6 = " (SCOTLAND'S POPULATION AT A GLANCE box)"

# 07 (Monday 23 November 2026; Home Office figures obtained by The Daily Skiddaw under FOI)
S26 = "October 2025 to September 2026 (the 12 months to September; Home Office figures obtained by The Daily Skiddaw)"
AVH = "asylum_applications_visa_holders"
SHV = "asylum_applications_share_visa_holders"
EXIT = "January to December 2025 (visas that expired in 2025; Home Office exit-check data)"

ARTICLES = {
    "01-helvellyn-news-rwanda-scheme-final-cost-explainer": dict(
        meta=dict(url="https://www.helvellynnews.example/news/uk-politics-71843260",
                  title="Rwanda scheme: What did it cost, and where did the money go?",
                  publisher="Helvellyn News", author="Priya Castellane-Mbeki", published_date="2026-01-14"),
        labels=[
            L("£734m", 734e6, E, GBP, RSC, LIFE, ctx="taxpayers £734m out of pocket"),
            L("£19m", 19e6, E, GBP, RSC + "_revision", "final account vs the estimate given to MPs in summer 2024 (higher; " + MEMO + ")"),
            L("four", 4, E, P, REL, LIFE + " relocated, all volunteers", ctx="a grand total of four people"),
            L("more than £180m", 180e6, MT, GBP, "rwanda_scheme_cost_per_relocation", LIFE + " a head, divided between the four"),
            L("£734m", 734e6, E, GBP, RSC, LIFE + BOX1, ctx="Total cost: £734m"),
            L("£296m", 296e6, E, GBP, PTR, "April 2022 to April 2024" + BOX1, ctx="government: £296m"),
            L("£52m", 52e6, E, GBP, "rwanda_scheme_cost_flights", LIFE + BOX1, ctx="Flights booked: £52m"),
            L("4", 4, E, P, REL, LIFE + BOX1, ctx="People relocated: 4"),
            L("£296m", 296e6, E, GBP, PTR, "April 2022 to April 2024 (payments in instalments; " + MEMO + ")", ctx="government reached £296m"),
            L("about 40%", 40, AP, PCT, "payment_to_rwanda_share_of_scheme_cost", LIFE),
            L("£140m", 140e6, E, GBP, PTR, "April 2022 (the first and biggest instalment, paid up front when the agreement was signed)"),
            L("£50m", 50e6, E, GBP, "payment_to_rwanda_due_not_made", "April 2025 (a further instalment that fell due, never paid)"),
            L("£52m", 52e6, E, GBP, "rwanda_scheme_cost_flights", LIFE + " charter flights", ctx="accounted for £52m"),
            L("£15.1m", 15.1e6, E, GBP, "rwanda_scheme_cost_flights_retainer_cancellation", "spring and summer 2024 (retainer and cancellation fees for aircraft that never took off)"),
            L("£101m", 101e6, E, GBP, "rwanda_scheme_cost_staff", LIFE),
            L("some 1,150", 1150, AP, P, "rwanda_scheme_staff", "spring 2024 (at the scheme's height; Home Office officials working on it)"),
            L("about 460", 460, AP, P, "rwanda_scheme_staff_caseworkers", "spring 2024 (at the scheme's height; caseworkers preparing removal files)"),
            L("£88m", 88e6, E, GBP, "rwanda_scheme_cost_detention_escorting_it", LIFE),
            L("£41m", 41e6, E, GBP, "rwanda_scheme_cost_legal", LIFE + " legal bills from court challenges"),
            L("£156m", 156e6, E, GBP, "rwanda_scheme_cost_accommodation_support", LIFE + " the remaining spending, mostly accommodation and support arrangements in Rwanda"),
            L("742", 742, E, P, "immigration_detentions_rwanda", "spring 2024 (the weeks before the 2024 general election; earmarked for the first flights)"),
            L("About a third", THIRD, AP, PCT, "rwanda_detainees_share_released_on_bail", "2024 (later released on bail by the courts)"),
            L("more than 60,000", 60000, MT, P, "small_boat_arrivals", "April 2022 to April 2024 (the two years after the deal was signed; Home Office data)"),
            L("£2.3m", 2.3e6, E, GBP, "rwanda_scheme_cost_refunds", "to January 2026 (recouped from suppliers; " + MEMO + ")"),
            L("nearly 15,000", 15000, ALM, P, "caseworkers_affordable_with_rwanda_cost", "for a year, for what the scheme cost (Dame Harriet Onwuachi-Lisle, Public Accounts Committee chair)"),
            L("four", 4, E, P, REL, LIFE + " (Dame Harriet Onwuachi-Lisle: it bought four relocations)", ctx="bought four relocations"),
            L("£734m", 734e6, E, GBP, RSC, LIFE + " (Home Office statement)", ctx="swallowed £734m"),
            L("four", 4, E, P, REL, LIFE + " (Home Office statement: relocated four volunteers)", ctx="relocated four volunteers"),
            L("£4.7bn", 4.7e9, E, GBP, AC, "April 2023 to March 2024 (2023/24; a Conservative spokesman)"),
        ]),
    "02-whernside-daily-pa-yorkshire-councils-asylum-housing": dict(
        meta=dict(url="https://www.whernsidedaily.example/news/politics/hull-tops-yorkshires-asylum-housing-league-new-figures-show-5127734",
                  title="Hull tops Yorkshire's asylum housing league, new figures show",
                  publisher="Whernside Daily", author="Rosalind Achterberg-Nwosu", published_date="2026-08-21"),
        labels=[
            L("more than 30 times", 30, MT, RATIO, RATE + "_ratio", J26 + " Hull's rate against York's", geo=HULL),
            L("10,840", 10840, E, P, SUP, J26, ctx="shows 10,840 people", geo=YH),
            L("14%", 14, E, PCT, SUP + "_change", "30 June 2026 vs 30 June 2025 (up on a year earlier; " + HO2 + ")", geo=YH),
            L("9,510", 9510, E, P, SUP, J25, geo=YH),
            L("19.4", 19.4, E, P10K, RATE, J26, ctx="That is 19.4", geo=YH),
            L("14.8", 14.8, E, P10K, RATE, J26 + " across the UK as a whole"),
            L("1,920", 1920, E, P, HOT, J26, ctx="region, 1,920 were", geo=YH),
            L("8,920", 8920, E, P, "asylum_dispersal_population", J26, geo=YH),
            L("39%", -39, E, PCT, HOT + "_change", "30 June 2026 vs summer 2025 (fallen since last summer; " + HO2 + ")", geo=YH),
            L("1,612", 1612, E, P, SUP, J26, geo=HULL),
            L("59.7", 59.7, E, P10K, RATE, J26 + " the highest in the region", ctx="a rate of 59.7", geo=HULL),
            L("39.0", 39.0, E, P10K, RATE, J26, geo="Rotherham"),
            L("29.4", 29.4, E, P10K, RATE, J26, geo="Calderdale"),
            L("23.9", 23.9, E, P10K, RATE, J26, geo="Leeds"),
            L("1,986", 1986, E, P, SUP, J26 + " the largest of any council", geo="Leeds"),
            L("214", 214, E, P, SUP, J26, geo="North Yorkshire"),
            L("more than 600,000", 600000, MT, P, "population", "2026 (a county of more than 600,000 people)", geo="North Yorkshire"),
            L("3.5", 3.5, E, P10K, RATE, J26, geo="North Yorkshire"),
            L("38", 38, E, P, SUP, J26, ctx="housed just 38", geo=YORK),
            L("1.9", 1.9, E, P10K, RATE, J26, geo=YORK),
            L("2.8", 2.8, E, P10K, RATE, J26, geo="East Riding of Yorkshire"),
            L("10,840", 10840, E, P, SUP, J26 + BOX2, ctx="end of June: 10,840", geo=YH),
            L("1,920", 1920, E, P, HOT, J26 + BOX2, ctx="In hotels: 1,920", geo=YH),
            L("19.4", 19.4, E, P10K, RATE, J26 + BOX2, ctx="residents: 19.4", geo=YH),
            L("59.7", 59.7, E, P10K, RATE, J26 + BOX2, ctx="Hull: 59.7", geo=HULL),
            L("about four times", 4, AP, RATIO, RATE + "_ratio", "2026 (now; Hull's rate against the national rate, Cllr Dennis Mallinder-Sowande)", geo=HULL),
            L("1,310", 1310, E, P, "asylum_grants", "1 January to August 2026 (since January; granted protection; Yorkshire Migration Partnership)", geo=YH),
            L("c. 600", 600, AP, P, "refugees_homeless_after_leaving_asylum_support", "1 January to August 2026 (since January; approached a council as homeless; Yorkshire Migration Partnership)", geo=YH),
            L("£3,500", 3500, E, GBP, "council_asylum_grant_per_person_proposed", "per asylum seeker housed (the settlement the Local Government Association calls for)", geo=ENG),
            L("£750", 750, E, GBP, "council_asylum_grant_per_person", "per asylum seeker housed, now (Local Government Association)", geo=ENG),
        ]),
    "03-the-tryfan-asylum-support-budget-overrun": dict(
        meta=dict(url="https://www.thetryfan.example/news/uk/home-news/asylum-support-budget-overspend-hotels-home-office-b2816044.html",
                  title="Asylum support bill overshot budget by £1.2bn as hotel costs ran out of control",
                  publisher="The Tryfan", author="Eleri Braithwaite-Nnamdi", published_date="2026-06-11"),
        labels=[
            L("£1.2bn", 1.2e9, E, GBP, "asylum_cost_overspend", FY26 + " (headline)", ctx="budget by £1.2bn as"),
            L("£4.3bn", 4.3e9, E, GBP, AC, FY26 + " (standfirst)", ctx="spent £4.3bn"),
            L("nearly 40 per cent", 40, ALM, PCT, "asylum_cost_overspend_share_of_budget", FY26 + " more than planned (standfirst)", ctx="last year, nearly 40 per cent"),
            L("£1.2bn", 1.2e9, E, GBP, "asylum_cost_overspend", FY26, ctx="budget by £1.2bn last"),
            L("almost half", 50, ALM, PCT, "asylum_cost_share_hotels", FY26),
            L("just over a quarter", 25, MT, PCT, "asylum_support_population_share_hotels", M26 + " hotels housing just over a quarter of the people in the system"),
            L("£4.3bn", 4.3e9, E, GBP, AC, FY26 + " accommodation and support", ctx="reached £4.3bn"),
            L("£3.1bn", 3.1e9, E, GBP, "asylum_cost_budget", FY26 + " the budget agreed with the Treasury", ctx="budget of £3.1bn"),
            L("£11.8m", 11.8e6, E, GBP, AC, FY26 + " per day"),
            L("almost £500,000", 500000, ALM, GBP, AC, FY26 + " per hour"),
            L("nearly 40 per cent", 40, ALM, PCT, "asylum_cost_overspend_share_of_budget", FY26 + " the overrun", ctx="of nearly 40 per cent"),
            L("£1.05bn", 1.05e9, E, GBP, "asylum_cost_reserve_claim", FY26 + " drawn from the Treasury's reserve"),
            L("9 per cent", 9, E, PCT, AC + "_change", "2025/26 vs 2024/25 (up; internal accounts obtained by The Tryfan)"),
            L("£3.95bn", 3.95e9, E, GBP, AC, FY25),
            L("£2.05bn", 2.05e9, E, GBP, "asylum_cost_hotels", FY26),
            L("27,650", 27650, E, P, HOT, M26),
            L("71,300", 71300, E, P, "asylum_dispersal_population", M26),
            L("about 28 per cent", 28, AP, PCT, "asylum_support_population_share_hotels", M26),
            L("£144", 144, E, GBP, "asylum_hotel_cost_per_person_night", FY26 + " the typical nightly price of a hotel place"),
            L("£19", 19, E, GBP, "asylum_dispersal_cost_per_person_night", FY26 + " a dispersal bed a night"),
            L("more than seven times", 7, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", FY26 + " a hotel room against a dispersal bed"),
            L("more than £52,000", 52000, MT, GBP, "asylum_hotel_cost_per_person_year", FY26 + " keeping one asylum seeker in a hotel for a whole year"),
            L("£712m", 712e6, E, GBP, AC, "April to May 2026 (so far this year, the first two months of the financial year)"),
            L("£3.1bn", 3.1e9, E, GBP, "asylum_cost_budget", FY26 + " (Morwenna Tregellas-Obi, Liberal Democrat home affairs spokesperson)", ctx="knew the £3.1bn"),
            L("£14.1bn", 14.1e9, E, GBP, "asylum_accommodation_contracts_cost", "the contracts' decade-long term (forecast; Asylum Housing Watch analysis)"),
            L("more than treble", 3, MT, RATIO, "asylum_accommodation_contracts_cost_ratio", "current forecast vs the original estimate (Asylum Housing Watch)"),
            L("£4.5bn", 4.5e9, E, GBP, "asylum_accommodation_contracts_cost_original_forecast", "the contracts' decade-long term (first pencilled in)"),
            L("some 62,400", 62400, AP, P, "asylum_backlog", M26 + " waiting for a first ruling"),
            L("79,800", 79800, E, P, "asylum_backlog", "31 March 2025 (March 2025; internal accounts obtained by The Tryfan)"),
        ]),
    "04-schiehallion-verdict-net-migration-highest-ever-claim": dict(
        meta=dict(url="https://www.schiehallionverdict.example/fact-check/immigration/net-migration-not-highest-ever/",
                  title="No, net migration is not \"the highest it has ever been\"",
                  publisher="Schiehallion Verdict", author="Ffion Gwilliam-Obeng", published_date="2026-06-03"),
        labels=[
            L("1.2m", 1.2e6, E, P, "immigration", CLAIM + " (What was claimed)", ctx="ever been. 1.2m people"),
            L("241,000", 241000, E, P, NM, Y25 + " (Our verdict)", ctx="migration at 241,000"),
            L("almost three-quarters", -75, ALM, PCT, NM + "_change", "2025 vs the peak in the year ending June 2023 (down; Our verdict)"),
            L("1.2m", 1.2e6, E, P, "immigration", YJ23 + ", first estimate; an old estimate of immigration, Our verdict)", ctx="The 1.2m figure"),
            L("more than 14,000", 14000, MT, SHARES, "social_media_post_shares", "31 May to 3 June 2026 (since Sunday; shares of the post on X)"),
            L("1.2m", 1.2e6, E, P, "immigration", CLAIM, ctx="\"1.2m people came here"),
            L("812,000", 812000, E, P, "immigration", Y25),
            L("571,000", 571000, E, P, "emigration", Y25),
            L("241,000", 241000, E, P, NM, Y25, ctx="net migration of 241,000"),
            L("39%", -39, E, PCT, NM + "_change", "2025 vs 2024 (down; " + ONS4 + ")"),
            L("398,000", 398000, E, P, NM, "January to December 2024 (2024, current estimate; " + ONS4 + ")"),
            L("921,000", 921000, E, P, NM, YJ23 + ", the peak; current estimate)", ctx="peak of 921,000"),
            L("nearly four times", 4, ALM, RATIO, NM + "_ratio", "year ending June 2023 vs 2025 (the peak against the latest figure)"),
            L("as much as 58,000", 58000, AM, P, "estimate_margin_of_error_net_migration", Y25 + " how far the newest estimate could be out, either way"),
            L("less than a third", THIRD, LT, PCT, "net_migration_upper_bound_share_of_peak", "2025 at the top of the ONS's range vs the peak in the year ending June 2023"),
            L("1.2m", 1.2e6, E, P, "immigration", YJ23 + ", as the post's figure)", ctx="does 1.2m come"),
            L("around 1.2m", 1.2e6, AP, P, "immigration", YJ23 + ", first published November 2023)"),
            L("1.31m", 1.31e6, E, P, "immigration", YJ23 + ", revised estimate)"),
            V("hundreds of thousands", 200000, 900000, P, "emigration", "each year (who leave)"),
            L("672,000", 672000, E, P, NM, YJ23 + ", the ONS's opening estimate, published November 2023)"),
            L("249,000", 249000, E, P, NMR, YJ23 + ", revised up)"),
            L("921,000", 921000, E, P, NM, YJ23 + ", revised estimate)", ctx="249,000, to 921,000"),
            L("37%", 37, E, PCT, NMR, YJ23 + ", the increase from revision)"),
            L("431,000", 431000, E, P, NM, "January to December 2024 (originally put at, first estimate)"),
            L("33,000", -33000, E, P, NMR, "January to December 2024 (the ONS now puts it lower; " + ONS4 + ")"),
            L("about 336,000", 336000, AP, P, NM, "July 2014 to June 2015 (the year ending June 2015, the highest before 2020 under the older method)"),
            L("below 100,000", 100000, LT, P, NM, "each of most years of the 1990s (older method)"),
        ]),
    "05-the-kinder-scout-graduate-emigration-brain-drain": dict(
        meta=dict(url="https://www.thekinderscout.example/2026/04/the-graduates-who-quietly-left",
                  title="The graduates who quietly left",
                  publisher="The Kinder Scout", author="Tobias Welland-Okafor", published_date="2026-04-18"),
        labels=[
            L("94,000", 94000, E, P, "emigration_british", YJ25),
            L("27%", 27, E, PCT, "emigration_british_change", "year ending June 2025 vs year ending June 2023 (a rise in two years; ONS)"),
            L("More than half", 50, MT, PCT, "emigration_british_share_aged_16_34", YJ25),
            L("57%", 57, E, PCT, "emigration_british_share_aged_16_34", YJ25 + " by the ONS's count"),
            L("£31,200", 31200, E, GBP, "graduate_salary", "2026 (the median starting salary; latest survey of employers)", geo=ENG),
            L("41%", 41, E, PCT, "rent_share_of_take_home_pay_graduate", "2026 (now; a graduate renting)", geo="London"),
            L("£53,000", 53000, E, GBP, "student_loan_debt_average_graduate", "on graduation (the average student loan)", geo=ENG),
            L("46,800", 46800, E, P, "australia_working_holiday_visas_british", "July 2024 to June 2025 (2024/25, the most since the scheme began)", geo="Australia"),
            L("one in five", 20, E, PCT, "graduates_share_considering_emigration_under_30", HAR + " seriously considering a move abroad by the end of the decade"),
            L("roughly a third", THIRD, AP, PCT, "graduates_share_considering_emigration_medicine", HAR + " among those who graduated in medicine"),
            L("5,900", 5900, E, CERTS, DOC, "2025 (last year; General Medical Council certificates UK-trained doctors need to register overseas)"),
            L("nearly twice", 2, ALM, RATIO, DOC + "_ratio", "2025 vs 2019 (General Medical Council)"),
            L("3,100", 3100, E, CERTS, DOC, "2019 (General Medical Council)"),
            L("in the region of £230,000", 230000, AP, GBP, "doctor_training_cost", "per doctor (cost to the taxpayer to train)"),
            L("about £110,000", 110000, AP, GBP, "graduate_emigrant_lifetime_tax_loss", "per graduate who emigrates permanently, over a lifetime (Oakmoor Institute)"),
            V("tens of thousands", 20000, 90000, P, "emigration_british_graduates", "each year (leaving)"),
        ]),
    "06-carn-mairg-news-nrs-scotland-population-migration": dict(
        meta=dict(url="https://www.carnmairgnews.example/news/scotland/politics/migration-record-scotland-population-nrs-5-58-million-4630195",
                  title="Migration pushes Scotland's population to record 5.58 million as deaths outstrip births again",
                  publisher="Carn Mairg News", author="Eilidh Drummond-Okoye", published_date="2026-07-09"),
        labels=[
            L("5.58 million", 5.58e6, E, P, "population", M25 + " (headline)", geo=SCO),
            L("5,579,400", 5579400, E, P, "population", M25, geo=SCO),
            L("32,500", 32500, E, P, "population_growth", Y6, ctx="increase of 32,500", geo=SCO),
            L("0.6%", 0.6, E, PCT, "population_change", Y6, geo=SCO),
            L("45,200", 45200, E, P, "births", Y6, ctx="There were 45,200", geo=SCO),
            L("61,800", 61800, E, P, "deaths", Y6, ctx="births and 61,800", geo=SCO),
            L("16,600", -16600, E, P, "population_natural_change", Y6 + " a natural decrease", ctx="decrease of 16,600", geo=SCO),
            L("49,100", 49100, E, P, NM, Y6, ctx="added 49,100", geo=SCO),
            L("35,200", 35200, E, P, "net_migration_overseas", Y6, geo=SCO),
            L("13,900", 13900, E, P, "net_migration_rest_of_uk", Y6 + " from elsewhere in the UK", geo=SCO),
            L("Some 58,700", 58700, AP, P, "immigration", Y6 + " arrived from abroad", geo=SCO),
            L("around 23,500", 23500, AP, P, "emigration", Y6 + " left Scotland for other countries", geo=SCO),
            L("5.58m", 5.58e6, E, P, "population", M25 + BOX6, geo=SCO),
            L("32,500", 32500, E, P, "population_growth", Y6 + BOX6, ctx="year: 32,500", geo=SCO),
            L("45,200", 45200, E, P, "births", Y6 + BOX6, ctx="Births: 45,200", geo=SCO),
            L("61,800", 61800, E, P, "deaths", Y6 + BOX6, ctx="Deaths: 61,800", geo=SCO),
            L("49,100", 49100, E, P, NM, Y6 + BOX6, ctx="migration: 49,100", geo=SCO),
            L("20", 20, E, AREAS, "council_areas_population_growth", Y6 + " of Scotland's 32 councils", geo=SCO),
            L("1.6%", 1.6, E, PCT, "population_change", Y6 + " the fastest growth", geo="Midlothian"),
            L("1.4%", 1.4, E, PCT, "population_change", Y6, geo="City of Edinburgh"),
            L("533,100", 533100, E, P, "population", M25, geo="City of Edinburgh"),
            L("1.2%", 1.2, E, PCT, "population_change", Y6, geo="Glasgow"),
            L("648,900", 648900, E, P, "population", M25, geo="Glasgow"),
            L("12", 12, E, AREAS, "council_areas_population_decline", Y6, ctx="fell in 12 areas", geo=SCO),
            L("0.7%", -0.7, E, PCT, "population_change", Y6 + " dropped", geo="Inverclyde"),
            L("77,300", 77300, E, P, "population", M25, geo="Inverclyde"),
            L("0.9%", -0.9, E, PCT, "population_change", Y6 + " the steepest fall", geo="Na h-Eileanan Siar"),
            L("21.0%", 21.0, E, PCT, "population_share_aged_65_and_over", M25, geo=SCO),
            L("more than one in five", 20, MT, PCT, "population_share_aged_65_and_over", M25, geo=SCO),
            L("16.8%", 16.8, E, PCT, "population_share_aged_65_and_over", "mid-2005 (twenty years earlier; NRS)", geo=SCO),
            L("around 16,600", -16600, AP, P, "population_natural_change", Y6 + " how far the population would have fallen without people moving here (Esther MacQuarrie-Nwachukwu, NRS)", geo=SCO),
            L("more than a third", THIRD, MT, PCT, "council_areas_population_decline_share", Y6 + " councils shrinking (Alasdair Pettigrew-Sani MSP)", geo=SCO),
            L("around 5.7 million", 5.7e6, AP, P, "population_projection", "early 2040s (the projected peak; NRS projections published last year)", geo=SCO),
        ]),
    "07-the-daily-skiddaw-visa-holders-asylum-claims-overstayers": dict(
        meta=dict(url="https://www.thedailyskiddaw.example/politics/2026/11/23/asylum-claims-visa-holders-students-care-workers-overstayers/",
                  title="Four in ten asylum claims now made by people who came in on visas",
                  publisher="The Daily Skiddaw", author="Hamish Tennant-Oyelaran", published_date="2026-11-23"),
        labels=[
            L("Four in ten", 40, E, PCT, SHV, S26 + " (headline)"),
            L("47,600", 47600, E, P, AVH, S26 + " (standfirst: students, care workers and tourists)", ctx="tourists lodged 47,600"),
            L("More than four in ten", 40, MT, PCT, SHV, S26 + " now"),
            L("47,600", 47600, E, P, AVH, S26, ctx="September, 47,600 claims"),
            L("113,300", 113300, E, P, "asylum_applications", S26 + " claims in total"),
            L("42 per cent", 42, E, PCT, SHV, S26),
            L("nearly four times", 4, ALM, RATIO, AVH + "_ratio", "12 months to September 2026 vs 12 months to September 2021 (risen)"),
            L("12,300", 12300, E, P, AVH, "October 2020 to September 2021 (the 12 months to September 2021)"),
            L("17,900", 17900, E, P, AVH + "_study", S26 + " former students, the largest group"),
            L("14,100", 14100, E, P, AVH + "_visit", S26 + " visitors"),
            L("11,300", 11300, E, P, AVH + "_work", S26 + " people on work visas"),
            L("6,800", 6800, E, P, AVH + "_care_worker", S26 + " came to work in the care sector"),
            L("4,300", 4300, E, P, AVH + "_other_visas", S26 + " other visas, including family and transit"),
            L("9,700", 9700, E, P, AVH + "_pakistani", S26 + " Pakistani nationals, the largest single nationality"),
            L("about one in five", 20, AP, PCT, AVH + "_share_pakistani", S26),
            L("71,000", 71000, E, P, "visa_overstayers", EXIT + " an estimated, no record of leaving the UK"),
            L("about 3 per cent", 3, AP, PCT, "visa_overstayers_share_of_expired_visas", EXIT),
            L("2.4m", 2.4e6, E, "other:visas", "visas_expired", EXIT + " visas that ran out during the year"),
            L("5,210", 5210, E, P, "returns_enforced_overstayers", "January to December 2025 (the same period; overstayers forcibly removed)"),
            L("6,040", 6040, E, P, "returns_enforced_overstayers", "January to December 2024 (the year before)"),
            L("around half", 50, AP, PCT, "asylum_grants_share_initial_decisions_visa_holders", "claims from former visa holders granted at first decision (refugee groups)"),
            L("3,280", 3280, E, "other:applications", "visa_applications_refused_asylum_risk", "1 January to November 2026 (since January; Home Office spokesperson)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
