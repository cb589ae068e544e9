#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-ninetieth hand-labelled hold-out set (holdout190).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, NM, AC, PTR, RSC, RSP)

UK, WAL = "UK", "Wales"
BILLS, VIEWS, FLIGHTS, PPF = "other:bills", "other:views", "other:flights", "other:persons_per_flight"
COUNTRIES, INCIDENTS = "other:countries", "other:incidents"

# 01 (Wednesday 17 July 2024; the King's Speech and the first day of the debate on it)
YTD1 = "1 January to 16 July 2024 (so far this year, by Tuesday"
SCH1 = "April 2022 to July 2024 (over two years"
BOX1 = " (The border measures at a glance box)"

# 02 (Thursday 6 February 2025; a minister's claim in the Commons on Tuesday 4 February 2025)
SAV = "rwanda_scheme_cancellation_saving"
SAVP = "April 2024 to March 2027 (2024/25 to 2026/27, claimed saving from ending the scheme"
INST = "April 2024 to March 2027 (2024/25, 2025/26 and 2026/27"
SCH2 = "April 2022 to July 2024 (the life of the scheme"
P300 = "payment_to_rwanda_planned_after_300_relocations"

# 03 (Thursday 21 August 2025; Home Office statistics for the year ending June 2025 published that day)
YJ5 = "July 2024 to June 2025 (the year ending June 2025; Home Office figures published 21 August 2025"
CH3 = " (Chart: People returned from the UK, year ending June 2025; Home Office immigration statistics)"

# 04 (Monday 12 January 2026; Home Office FOI figures for 2025 obtained by Awl News)
Y25 = "January to December 2025 (last year; Home Office FOI figures obtained by Awl News"
Y24 = "January to December 2024 (2024, the year before; Home Office FOI figures"
CRF = "charter_removal_flights"
BOX4 = " (KEY FIGURES box; Home Office, FOI request by Awl News)"

# 05 (Thursday 23 April 2026; The Caliper, Britain section)
Y25C = "January to December 2025 (last year"
PIL = "August 2025 to mid-April 2026 (since the one in, one out pilot began last August"
CH5 = " (Chart: Returns to selected countries, 2025; Home Office)"

# 06 (Wednesday 15 July 2026; Ministry of Justice data released to the Bridgend Bradawl)
M26 = "31 March 2026 (the end of March; Ministry of Justice data released to the Bradawl"
FY6 = "April 2025 to March 2026 (the year to March, 2025/26; Home Office figures"
FNO = "returns_foreign_national_offenders"
PF = "prison_population_foreign_nationals"
BOX6 = " (FOREIGN NATIONALS IN WELSH PRISONS box; Ministry of Justice, 31 March 2026)"
MS6 = "Gethin Marchmont-Oduya MS, Welsh Conservative justice spokesperson"

# 07 (Thursday 27 August 2026; Home Office statistics for the year ending June 2026 published that day; FOI)
YJ6 = "July 2025 to June 2026 (the year ending June 2026; Home Office figures published 27 August 2026"
J30 = "30 June 2026 (Home Office figures published 27 August 2026"
FY7 = "April 2025 to March 2026 (2025/26; FOI response to the Strathaven Spanner"
DUN = "South Lanarkshire"
BOX7 = " (KEY FIGURES box; Home Office, FOI response)"

ARTICLES = {
    "01-the-holdfast-kings-speech-border-security-bill": dict(
        meta=dict(url="https://www.theholdfast.example/politics/2024/07/17/kings-speech-starmer-border-security-command-rwanda/",
                  title="King's Speech: Starmer promises border 'command' as Rwanda plan is formally buried",
                  publisher="The Holdfast", author="Ptolemy Ashdown-Mbatha, Sorcha Quennell-Adjei", published_date="2024-07-17"),
        labels=[
            L("more than 13,000", 13000, MT, P, SBA, YTD1 + "; standfirst)"),
            L("40", 40, E, BILLS, "kings_speech_bills", "17 July 2024 (Bills read out in the King's Speech)"),
            L("13,950", 13950, E, P, SBA, YTD1 + "; Home Office figures)", ctx="show 13,950"),
            L("11pc", 11, E, PCT, SBA + "_change", "1 January to 16 July 2024 vs the same stage of 2023 (up; Home Office figures)"),
            L("12,570", 12570, E, P, SBA, "1 January to 16 July 2023 (by this stage a year ago; Home Office figures)"),
            L("118,880", 118880, E, P, "asylum_backlog", "31 March 2024 (the end of March; no first decision, as ministers were told)"),
            L("More than 50,000", 50000, MT, P, "asylum_backlog_illegal_migration_act_cohort", "March 2023 to July 2024 (arrived after March 2023, stuck in limbo)"),
            L("nearly £8m", 8000000, ALM, GBP, "asylum_cost_hotels", "per day, July 2024 (hotel rooms for asylum seekers; Whitehall sources)"),
            L("more than 200", 200, MT, HOTELS, "asylum_hotels_in_use", "July 2024 (hotels in use; Whitehall sources)"),
            L("four", 4, E, P, "rwanda_relocations", SCH1 + "; all volunteers, the Prime Minister)"),
            L("1,000", 1000, E, P, "enforcement_officers_extra", "to be recruited (a returns and enforcement unit; the Prime Minister)", ctx="recruit 1,000"),
            L("764,000", 764000, E, P, NM, "July 2022 to June 2023 (a single year, the year to June 2023; the Prime Minister, ONS)"),
            L("685,000", 685000, E, P, NM, "January to December 2023 (2023 as a whole; ONS)"),
            L("a third", -THIRD, E, PCT, SBA + "_change", "2023 vs 2022 (fell last year; the Leader of the Opposition)", ctx="fell by a third"),
            L("more than 90pc", -90, MT, PCT, "small_boat_arrivals_albanian_change", "2023 vs 2022 (crossings from Albania dropped; the Leader of the Opposition)"),
            L("13,950", 13950, E, P, SBA, YTD1 + "; the Leader of the Opposition)", ctx="the 13,950 who"),
            V("Tens of thousands", 20000, 90000, P, SBA, "from July 2024 (more will come; the Leader of the Opposition)"),
            L("around 67pc", 67, AP, PCT, "asylum_grants_share_initial_decisions", "April 2023 to March 2024 (the year to March; the shadow home secretary)"),
            L("44pc", -44, E, PCT, "returns_enforced_change", "2023 vs 2010 (lower; the Home Secretary)"),
            L("£5.38bn", 5380000000, E, GBP, AC, "April 2023 to March 2024 (2023/24, a record; House of Commons Library)"),
            L("more than double", 2, MT, RATIO, "asylum_cost_ratio", "2023/24 vs 2021/22 (House of Commons Library)"),
            L("£2.12bn", 2120000000, E, GBP, AC, "April 2021 to March 2022 (2021/22; House of Commons Library)"),
            L("About three-quarters", 75, AP, PCT, "asylum_cost_share_hotels", "April 2023 to March 2024 (2023/24, hotels and other contingency accommodation; House of Commons Library)"),
            L("1,000", 1000, E, P, "enforcement_officers_extra", "to be recruited (returns and enforcement" + BOX1 + ")", ctx="- 1,000 extra"),
        ]),
    "02-setsquare-rwanda-scheme-750m-saving-fact-check": dict(
        meta=dict(url="https://setsquare.example/immigration/rwanda-scheme-750m-saving/",
                  title="Has axing the Rwanda scheme saved £750m?",
                  publisher="Setsquare", author="Oona Fairweather-Adebayo", published_date="2025-02-06"),
        labels=[
            L("£750m", 750000000, E, GBP, SAV, SAVP + "; headline)", ctx="saved £750m?"),
            L("£750m", 750000000, E, GBP, SAV, SAVP + "; What was claimed)", ctx="taxpayers £750m."),
            L("£150m", 150000000, E, GBP, "payment_to_rwanda_planned", INST + "; contractually bound to pay Rwanda; Our verdict)", ctx="Only £150m"),
            L("£750 million", 750000000, E, GBP, SAV, SAVP + "; a Home Office minister in the Commons on Tuesday 4 February 2025)"),
            L("20k", 20000, E, P, "nurses_affordable_with_rwanda_cost", "hypothetical (nurses the £750m would hire; an online post)"),
            L("more than 400,000", 400000, MT, VIEWS, "social_media_post_views", "to Wednesday 5 February 2025 (by Wednesday evening)"),
            L("about £700m", 700000000, AP, GBP, RSC, SCH2 + ", when it was scrapped; the Home Office)"),
            L("£290m", 290000000, E, GBP, PTR, "April 2022 to summer 2024 (payments to the Rwandan government alone)"),
            L("£220m", 220000000, E, GBP, PTR, "April 2022 to December 2023 (by the end of 2023; National Audit Office, March 2024)"),
            L("£50m", 50000000, E, GBP, PTR, "April 2024 (a further payment; the Home Office)", ctx="a further £50m"),
            L("£20m", 20000000, E, GBP, PTR, "summer 2024 (that summer; the Home Office)"),
            L("Four", 4, E, P, "rwanda_relocations", SCH2 + "; all volunteers)", ctx="Four people were relocated"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "per person (offered to each volunteer)"),
            L("four", 4, E, P, "rwanda_relocations", SCH2 + "; the divisor of the total)", ctx="total by four"),
            L("£175m", 175000000, E, GBP, "rwanda_scheme_cost_per_relocation", SCH2 + "; the total divided by four, a head)"),
            L("£750m", 750000000, E, GBP, SAV, SAVP + "; cross-head)", ctx="Where does £750m"),
            L("£150m", 150000000, E, GBP, "payment_to_rwanda_planned", INST + "; annual payments to Rwanda; the Home Office)", ctx="- £150m in annual"),
            L("£50m", 50000000, E, GBP, "payment_to_rwanda_planned", "per year, " + INST + "; the Home Office)", ctx="(£50m in each"),
            L("£120m", 120000000, E, GBP, P300, "once 300 people had been relocated (treaty terms; the Home Office)", ctx="- £120m due"),
            L("£480m", 480000000, E, GBP, RSP, INST + ", the same three years; forecast operational spending, mostly detention, escorts and charter flights; the Home Office)", ctx="- £480m of forecast"),
            L("£120m", 120000000, E, GBP, P300, "after 300 relocations (treaty terms set out by the NAO)", ctx="But the £120m"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (by July 2024, the scheme had managed)", ctx="had managed four"),
            L("£20,000", 20000, E, GBP, "payment_to_rwanda_per_relocation_planned", "per person relocated (treaty terms described by the NAO)"),
            L("up to £150,874", 150874, AM, GBP, "rwanda_scheme_planned_processing_cost_per_relocation", "per person, over five years (processing and integration; treaty terms described by the NAO)"),
            L("roughly £51m", 51000000, AP, GBP, "payment_to_rwanda_planned", "for the first 300 people relocated (the per-person payments; Setsquare calculation)"),
            L("£750m", 750000000, E, GBP, SAV, SAVP + "; not part of it)", ctx="not part of the £750m"),
            L("£480m", 480000000, E, GBP, RSP, INST + "; the forecast)", ctx="The £480m forecast"),
            V("thousands", 2000, 9000, P, "rwanda_relocations_planned", "per year, from autumn 2024 (assumed in the Home Office forecast)"),
            L("£150m", 150000000, E, GBP, "payment_to_rwanda_planned", INST + "; instalments no longer due)", ctx="The £150m of instalments"),
            L("a fifth", 20, E, PCT, SAV + "_share_secure", "of the claimed £750m saving (the instalments; Setsquare)"),
            L("four-fifths", 80, E, PCT, SAV + "_share_contingent", "of the claimed £750m saving (rests on a scenario in which the scheme worked; Setsquare)"),
            L("£75m", 75000000, E, GBP, "border_security_command_funding", "from September 2024 (redirected from the former Rwanda budget; the government)"),
            L("100", 100, E, P, "border_security_command_staff", "from September 2024 (specialist investigators; the government)"),
            L("£700m", 700000000, E, GBP, RSC, SCH2 + "; the previous government spent, a Home Office spokesperson)", ctx="spent £700m"),
            L("four", 4, E, P, "rwanda_relocations", SCH2 + "; volunteers sent, a Home Office spokesperson)", ctx="send four volunteers"),
        ]),
    "03-lathe-news-enforced-voluntary-returns-year-to-june": dict(
        meta=dict(url="https://www.lathe.example/news/articles/c8e2v41kqzno",
                  title="Forced removals from UK reach highest level since 2018",
                  publisher="Lathe News", author="Tamsin Ogunleye-Hartnell", published_date="2025-08-21"),
        labels=[
            L("seven years", 7, E, YEARS, "returns_record_period", "year ending June 2025 (enforced returns at their highest level in seven years)"),
            L("9,240", 9240, E, P, "returns_enforced", YJ5 + ")", ctx="There were 9,240"),
            L("26%", 26, E, PCT, "returns_enforced_change", "year ending June 2025 vs year ending June 2024 (up on the previous 12 months)"),
            L("7,330", 7330, E, P, "returns_enforced", "July 2023 to June 2024 (the previous 12 months; Home Office figures)"),
            L("34,870", 34870, E, P, "returns", YJ5 + "; in total, including voluntary and port returns)"),
            L("13%", 13, E, PCT, "returns_change", "year ending June 2025 vs the year before (a rise)"),
            L("18,310", 18310, E, P, "returns_voluntary", YJ5 + ")", ctx="at 18,310"),
            L("just over half", 50, MT, PCT, "returns_share_voluntary", YJ5 + "; of the total)"),
            L("up to £3,000", 3000, AM, GBP, "voluntary_return_payment", "per person (one-off payment to those who go voluntarily)"),
            L("4,120", 4120, E, P, "returns_voluntary_assisted", YJ5 + "; received an assisted package)"),
            L("7,320", 7320, E, P, "returns_port", YJ5 + ")", ctx="A further 7,320"),
            L("2,560", 2560, E, P, "returns_enforced", "April to June 2025 (the three months to June; Home Office figures)"),
            L("1,880", 1880, E, P, "returns_enforced_albanian", YJ5 + ")"),
            L("about one in five", 20, AP, PCT, "returns_enforced_share_albanian", YJ5 + "; of all enforced removals)"),
            L("5,180", 5180, E, P, "returns_foreign_national_offenders", YJ5 + ")"),
            L("14%", 14, E, PCT, "returns_foreign_national_offenders_change", "year ending June 2025 vs a year earlier (more)"),
            L("1,120", 1120, E, P, "returns_revision", "April 2024 to March 2025 (the year ending March, revised up; Home Office)"),
            L("43,810", 43810, E, P, SBA, "July 2024 to June 2025 (over the same 12 months; Home Office figures)"),
            L("31,750", 31750, E, P, SBA, "July 2023 to June 2024 (a year earlier; Home Office figures)"),
            L("38%", 38, E, PCT, SBA + "_change", "year ending June 2025 vs year ending June 2024 (a rise)"),
            L("fewer than 2,000", 2000, LT, P, "returns_small_boat_arrivals", "July 2024 to June 2025 (the year to June; officials' estimate)"),
            L("18,310", 18310, E, P, "returns_voluntary", "year ending June 2025 (Voluntary" + CH3 + ")", ctx="Voluntary 18,310"),
            L("9,240", 9240, E, P, "returns_enforced", "year ending June 2025 (Enforced" + CH3 + ")", ctx="Enforced 9,240"),
            L("7,320", 7320, E, P, "returns_port", "year ending June 2025 (Port" + CH3 + ")", ctx="Port 7,320"),
            L("more than 35,000", 35000, MT, P, "returns", "5 July 2024 to 21 August 2025 (since the general election on 5 July last year; a Home Office spokesperson)"),
            L("about one in 20", 5, AP, PCT, "returns_share_small_boat_arrivals", "to August 2025 (of those who came on small boats, removed; the shadow home secretary)"),
            L("almost 40%", 40, ALM, PCT, SBA + "_change", "year ending June 2025 vs year ending June 2024 (crossings up; the shadow home secretary)"),
            L("more than 12,000", 12000, MT, P, "returns_enforced", "July 2014 to June 2015 (the year ending June 2015; the same data series)"),
        ]),
    "04-awl-news-charter-removal-flights-2025": dict(
        meta=dict(url="https://news.awl.example/story/deportation-charter-flights-up-61-as-home-office-spends-27m-on-removals-13501846",
                  title="Deportation charter flights up 61% as Home Office spends £27m on removals",
                  publisher="Awl News", author="Leofric Adeyemi-Sandoval", published_date="2026-01-12"),
        labels=[
            L("61%", 61, E, PCT, CRF + "_change", "2025 vs 2024 (up; headline)"),
            L("£27m", 27000000, E, GBP, CRF + "_cost", "January to December 2025 (spent on charter removals; headline)"),
            L("nearly doubled", 2, ALM, RATIO, CRF + "_passengers_ratio", "2025 vs 2024 (people removed on chartered planes; standfirst)", ctx="chartered planes nearly doubled"),
            L("almost a quarter", 25, ALM, PCT, "charter_removal_manifest_share_taken_off", "January to December 2025 (of those listed, taken off before departure; standfirst)", ctx="but almost a quarter"),
            L("58", 58, E, FLIGHTS, CRF, Y25 + ")", ctx="chartered 58"),
            L("36", 36, E, FLIGHTS, CRF, Y24 + ")"),
            L("2,610", 2610, E, P, CRF + "_passengers", Y25 + ")", ctx="carried 2,610"),
            L("1,370", 1370, E, P, CRF + "_passengers", Y24 + ")"),
            L("45", 45, E, PPF, "charter_removal_flight_occupancy", Y25 + "; average per flight)", ctx="average of 45"),
            L("£27.3m", 27300000, E, GBP, CRF + "_cost", Y25 + ")", ctx="flights cost £27.3m"),
            L("£17.9m", 17900000, E, GBP, CRF + "_cost", Y24 + ")"),
            L("about £470,000", 470000, AP, GBP, CRF + "_cost_per_flight", Y25 + ")"),
            L("roughly £10,500", 10500, AP, GBP, CRF + "_cost_per_person", Y25 + "; for every person removed)"),
            L("19", 19, E, FLIGHTS, CRF + "_albania", Y25 + "; to Albania)"),
            L("a third", THIRD, E, PCT, CRF + "_share_albania", Y25 + "; of the total)"),
            L("nine", 9, E, FLIGHTS, CRF + "_vietnam", Y25 + "; to Vietnam)", ctx="Vietnam received nine"),
            L("seven", 7, E, FLIGHTS, CRF + "_brazil", Y25 + "; to Brazil)", ctx="Brazil seven"),
            L("six", 6, E, FLIGHTS, CRF + "_georgia", Y25 + "; to Georgia)", ctx="Georgia six"),
            L("163", 163, E, P, "charter_removal_flight_passengers_largest", "September 2025 (the largest single flight, to Brazil; Home Office FOI figures)"),
            L("17", 17, E, P, "charter_removal_flight_passengers_smallest", "2025 (the smallest flight, to Jamaica, on board; Home Office FOI figures)"),
            V("dozens", 24, 108, P, "charter_removal_manifest_taken_off_legal_claims", "2025 (removed from the Jamaica flight's list by late legal challenges)"),
            L("3,400", 3400, E, P, "charter_removal_flight_manifest", Y25 + "; listed on flight manifests)"),
            L("790", 790, E, P, "charter_removal_manifest_taken_off", Y25 + "; taken off before departure)"),
            L("almost a quarter", 25, ALM, PCT, "charter_removal_manifest_share_taken_off", Y25 + "; of the 3,400 listed)", ctx="790 - almost a quarter"),
            L("About half", 50, AP, PCT, "charter_removal_taken_off_share_legal_claims", Y25 + "; of the 790, after last-minute legal claims)"),
            L("9,870", 9870, E, P, "returns_enforced", "January to December 2025 (2025; Home Office figures)"),
            L("more than a quarter", 25, MT, PCT, "returns_enforced_share_charter_flights", "January to December 2025 (of enforced returns, by charter)"),
            L("7,260", 7260, E, P, "returns_enforced_scheduled_flights", "January to December 2025 (put on scheduled flights)"),
            L("more than 41,000", 41000, MT, P, SBA, "January to December 2025 (over the same 12 months; reached the Kent coast)"),
            L("nearly doubled", 2, ALM, RATIO, CRF + "_passengers_ratio", "2025 vs 2024 (in a year; the border security minister)", ctx="We have nearly doubled"),
            L("Fifty-eight", 58, E, FLIGHTS, CRF, "January to December 2025 (the shadow home secretary)"),
            V("tens of thousands", 20000, 90000, P, SBA, "January to December 2025 (came in the other direction; the shadow home secretary)"),
            L("more than 15 years", 15, MT, YEARS, CRF + "_years_to_match_annual_arrivals", "at the 2025 rate (to remove one year's arrivals; the shadow home secretary)"),
            L("Ten and a half thousand pounds", 10500, E, GBP, CRF + "_cost_per_person", "2025 (a seat; Pilar Etxeberria-Lund, Flightpath Justice Project)"),
            L("58", 58, E, FLIGHTS, CRF, "January to December 2025 (charter removal flights in 2025" + BOX4 + ")", ctx="58 - charter"),
            L("2,610", 2610, E, P, CRF + "_passengers", "January to December 2025 (people removed on them" + BOX4 + ")", ctx="2,610 - people"),
            L("£27.3m", 27300000, E, GBP, CRF + "_cost", "January to December 2025 (total cost" + BOX4 + ")", ctx="£27.3m - total"),
            L("45", 45, E, PPF, "charter_removal_flight_occupancy", "January to December 2025 (average number of people per flight" + BOX4 + ")", ctx="45 - average"),
        ]),
    "05-the-caliper-uk-returns-deals": dict(
        meta=dict(url="https://www.thecaliper.example/britain/2026/04/23/return-to-sender",
                  title="Return to sender",
                  publisher="The Caliper", author=None, published_date="2026-04-23"),
        labels=[
            L("roughly 36,000", 36000, AP, P, "returns", Y25C + "; Britain returned)"),
            L("fewer than 10,000", 10000, LT, P, "returns_enforced", Y25C + "; forced to go)"),
            L("about 41,500", 41500, AP, P, SBA, Y25C + "; over the same period)"),
            L("870", 870, E, P, "returns_france", PIL + "; sent back under it by mid-April)"),
            L("940", 940, E, P, "uk_france_legal_route_arrivals", PIL + "; admitted in exchange)"),
            L("28,900 or so", 28900, AP, P, SBA, PIL + "; crossed since the pilot began)"),
            L("about 3%", 3, AP, PCT, "returns_france_share_of_small_boat_arrivals", PIL + "; of those who crossed, returned)"),
            L("12,300", 12300, E, P, "small_boat_arrivals_albanian", "January to December 2022 (that year)"),
            L("about 1,100", 1100, AP, P, "small_boat_arrivals_albanian", "January to December 2025 (2025)"),
            L("more than 90%", -90, MT, PCT, "small_boat_arrivals_albanian_change", "2025 vs 2022 (a fall)"),
            L("95", 95, E, P, "returns_iraq", "January to December 2024 (2024; returns to Iraq)"),
            L("370", 370, E, P, "returns_iraq", "January to December 2025 (2025; returns to Iraq)", ctx="reached 370"),
            L("nearly four times", 4, ALM, RATIO, "returns_iraq_ratio", "2025 vs 2024 (returns to Iraq, after a deal signed last spring)"),
            L("more than 3,000", 3000, MT, P, "small_boat_arrivals_iraqi", Y25C + "; Iraqis crossed the Channel)"),
            L("about 3,900", 3900, AP, P, "small_boat_arrivals_vietnamese", "January to December 2025 (2025; Vietnamese nationals)"),
            L("1,130", 1130, E, P, "returns_vietnam", "January to December 2025 (Vietnam took back)", ctx="took back 1,130"),
            L("fewer than three in ten", 30, LT, PCT, "returns_vietnam_share_of_small_boat_arrivals", "January to December 2025 (returns to Vietnam against Vietnamese small-boat arrivals)"),
            L("about £15,000", 15000, AP, GBP, "returns_cost_per_enforced_removal", "2026 (on average, including detention, escorts and flights; officials' estimate)"),
            L("roughly £2,500", 2500, AP, GBP, "returns_cost_per_voluntary_return", "2026 (a voluntary return; officials' estimate)"),
            L("six times", 6, E, RATIO, "returns_cost_per_enforced_removal_ratio", "2026 (an enforced return against a voluntary one; officials' estimate)"),
            L("as much as £3,000", 3000, AM, GBP, "voluntary_return_payment", "per person (voluntary packages now run to)"),
            R("between £12,000 and £18,000", 12000, 18000, GBP, "return_hub_cost_per_person", "per person (said to be offered to a Western Balkan government)"),
            L("c. 700", 700, AP, P, "return_hub_capacity", "the first site (planned places)"),
            L("420,000 or so", 420000, AP, P, "eu_return_orders", "January to December 2024 (ordered to leave the EU in 2024; Eurostat)", geo="EU"),
            L("about a fifth", 20, AP, PCT, "eu_return_orders_share_returned", "January to December 2024 (actually went; Eurostat)", geo="EU"),
            L("16%", 16, E, PCT, "returns_enforced_change", "2025 vs 2024 (rose last year)"),
            L("12,000", 12000, E, P, "returns_enforced_target", "January to December 2026 (Home Office target for 2026)", ctx="target of 12,000"),
            L("roughly 230", 230, AP, P, "returns_enforced_target", "per week, 2026 (needed to meet the target)"),
            L("1,920", 1920, E, P, "returns_albania", "January to December 2025 (Albania" + CH5 + ")"),
            L("1,130", 1130, E, P, "returns_vietnam", "January to December 2025 (Vietnam" + CH5 + ")", ctx="Vietnam 1,130"),
            L("370", 370, E, P, "returns_iraq", "January to December 2025 (Iraq" + CH5 + ")", ctx="Iraq 370"),
            L("640", 640, E, P, "returns_france", "January to December 2025 (France" + CH5 + ")"),
        ]),
    "06-bridgend-bradawl-foreign-national-offenders-welsh-prisons": dict(
        meta=dict(url="https://www.bridgendbradawl.example/news/crime/foreign-prisoners-welsh-jails-deportations-31874520",
                  title="Hundreds of foreign prisoners held in Welsh jails as deportations rise",
                  publisher="Bridgend Bradawl", author="Carys Penhallow-Adeyinka", published_date="2026-07-15"),
        labels=[
            V("Hundreds", 200, 900, P, PF, "31 March 2026 (held in Welsh jails; headline)", geo=WAL),
            L("More than 400", 400, MT, P, PF, "31 March 2026 (serving sentences in Welsh prisons; standfirst)", geo=WAL),
            L("410", 410, E, P, PF, M26 + ")", geo=WAL, ctx="holding 410"),
            L("171", 171, E, P, PF, M26 + "; HMP Berwyn)", geo="Wrexham", ctx="with 171"),
            L("148", 148, E, P, PF, M26 + "; HMP Parc)", geo="Bridgend", ctx="Bridgend with 148"),
            L("54", 54, E, P, PF, M26 + "; HMP Cardiff)", geo="Cardiff", ctx="54 at HMP"),
            L("29", 29, E, P, PF, M26 + "; HMP Swansea)", geo="Swansea", ctx="29 at HMP"),
            L("eight", 8, E, P, PF, M26 + "; Usk and Prescoed)", geo="Usk", ctx="and eight across"),
            L("7.6%", 7.6, E, PCT, "prison_population_share_foreign_nationals", M26 + ")", geo=WAL),
            L("5,380", 5380, E, P, "prison_population", M26 + "; held in Welsh prisons)", geo=WAL),
            L("10,790", 10790, E, P, PF, "31 March 2026 (the end of March; Ministry of Justice)", geo=EW),
            L("87,900", 87900, E, P, "prison_population", "31 March 2026 (the end of March; Ministry of Justice)", geo=EW),
            L("around one in eight", 12.5, AP, PCT, "prison_population_share_foreign_nationals", "31 March 2026 (the end of March; Ministry of Justice)", geo=EW),
            L("6,040", 6040, E, P, FNO, FY6 + ")"),
            L("17%", 17, E, PCT, FNO + "_change", "year to March 2026 vs the previous year (a rise)"),
            L("5,160", 5160, E, P, FNO, "April 2024 to March 2025 (the previous year; Home Office figures)"),
            L("1,450", 1450, E, P, FNO + "_albanian", FY6 + ")"),
            L("almost a quarter", 25, ALM, PCT, FNO + "_share_albanian", FY6 + "; of the total)"),
            L("2,310", 2310, E, P, FNO + "_early_removal_scheme", FY6 + ")"),
            L("37%", 37, E, PCT, FNO + "_early_removal_scheme_change", "2025/26 vs 2024/25 (up)"),
            L("1,690", 1690, E, P, FNO + "_early_removal_scheme", "April 2024 to March 2025 (the year before; Home Office figures)"),
            L("eight", 8, E, COUNTRIES, "deport_now_appeal_later_countries", "before 2025 (before ministers widened the rules last year)", ctx="from eight countries"),
            L("23", 23, E, COUNTRIES, "deport_now_appeal_later_countries", "2025 onwards (after the rules were widened last year)"),
            L("19,120", 19120, E, P, "foreign_national_offenders_awaiting_removal_in_community", "March 2026 (living outside prison while awaiting deportation; Home Office figures)"),
            L("1,500", 1500, E, P, "foreign_national_offenders_awaiting_removal_in_community_change", "March 2026 vs March 2025 (higher than a year earlier)"),
            L("about £54,000", 54000, AP, GBP, "prison_place_cost_per_year", "per year (a prison place; " + MS6 + ")", geo=EW),
            L("410", 410, E, P, PF, "31 March 2026 (these prisoners; " + MS6 + ")", geo=WAL, ctx="these 410"),
            L("more than £22m", 22000000, MT, GBP, "foreign_national_prisoners_cost", "per year (annually, to lock up the 410; " + MS6 + ")", geo=WAL),
            L("More than 11,000", 11000, MT, P, FNO, "5 July 2024 to July 2026 (since 5 July 2024; a Home Office spokesperson)"),
            L("more than a sixth", 100 / 6, MT, PCT, FNO + "_change", "year to March 2026 vs the previous year (on last year; a Home Office spokesperson)"),
            L("171", 171, E, P, PF, "31 March 2026 (HMP Berwyn" + BOX6 + ")", geo="Wrexham", ctx="Berwyn: 171"),
            L("148", 148, E, P, PF, "31 March 2026 (HMP Parc" + BOX6 + ")", geo="Bridgend", ctx="Parc: 148"),
            L("54", 54, E, P, PF, "31 March 2026 (HMP Cardiff" + BOX6 + ")", geo="Cardiff", ctx="Cardiff: 54"),
            L("29", 29, E, P, PF, "31 March 2026 (HMP Swansea" + BOX6 + ")", geo="Swansea", ctx="Swansea: 29"),
            L("8", 8, E, P, PF, "31 March 2026 (Usk and Prescoed" + BOX6 + ")", geo="Usk", ctx="Prescoed: 8"),
            L("410", 410, E, P, PF, "31 March 2026 (Total" + BOX6 + ")", geo=WAL, ctx="Total: 410"),
        ]),
    "07-strathaven-spanner-dungavel-immigration-detention": dict(
        meta=dict(url="https://www.strathavenspanner.example/news/politics/dungavel-detention-cost-home-office-figures-27114309",
                  title="Cost of holding people at Dungavel tops £9m as UK detention numbers climb",
                  publisher="Strathaven Spanner", author="Ruaraidh Kilbride-Osei", published_date="2026-08-27"),
        labels=[
            L("tops £9m", 9000000, MT, GBP, "detention_cost", "April 2025 to March 2026 (cost of holding people at Dungavel; headline)", geo=DUN),
            L("Some 2,410", 2410, AP, P, "detention_population", J30 + "; standfirst)"),
            L("nearly a fifth", 20, ALM, PCT, "detention_population_change", "30 June 2026 vs 30 June 2025 (more than a year earlier; standfirst)"),
            L("19%", 19, E, PCT, "detention_population_change", "30 June 2026 vs 30 June 2025 (risen in a year; Home Office figures)"),
            L("2,410", 2410, E, P, "detention_population", J30 + ")", ctx="There were 2,410"),
            L("2,025", 2025, E, P, "detention_population", "30 June 2025 (the same point in 2025; Home Office figures)"),
            L("29,640", 29640, E, P, "detention_entries", YJ6 + ")", ctx="months, 29,640"),
            L("21%", 21, E, PCT, "detention_entries_change", "year ending June 2026 vs the previous year (up)"),
            L("24,500", 24500, E, P, "detention_entries", "July 2024 to June 2025 (the previous year; Home Office figures)"),
            L("29,100", 29100, E, P, "detention_leavers", YJ6 + "; left detention)"),
            L("14,370", 14370, E, P, "detention_leavers_returned", YJ6 + "; returned to another country)"),
            L("just under half", 50, LT, PCT, "detention_leavers_share_returned", YJ6 + ")"),
            L("Seven in 10", 70, E, PCT, "detention_leavers_share_held_28_days_or_less", YJ6 + "; spent no more than 28 days inside)"),
            L("52", 52, E, P, "detention_population_held_over_six_months", J30 + "; there for more than six months)"),
            L("249", 249, E, P, "detention_capacity", "August 2026 (beds at Dungavel House)", geo=DUN),
            L("178", 178, E, P, "detention_population", "30 June 2026 (held at Dungavel House)", geo=DUN),
            L("£9.6m", 9600000, E, GBP, "detention_cost", FY7 + "; to run Dungavel)", geo=DUN, ctx="cost £9.6m"),
            L("£147", 147, E, GBP, "detention_cost_per_person_day", "per day, " + FY7 + "; per detainee at Dungavel)", geo=DUN, ctx="or £147 per"),
            L("£121", 121, E, GBP, "detention_cost_per_person_day", "per day, 2025/26 (the UK-wide average)"),
            L("1,340", 1340, E, P, "detention_entries", "1 January to 30 June 2026 (the first six months of this year; passed through Dungavel)", geo=DUN),
            L("Around 40%", 40, AP, PCT, "detention_population_share_detained_in_scotland", "30 June 2026 (of those held at Dungavel at the end of June)", geo=DUN),
            L("doubled", 2, E, RATIO, "detention_population_women_ratio", "August 2026 vs an earlier point not stated (women held at Dungavel)", geo=DUN),
            L("22", 22, E, P, "detention_population_women", "August 2026 (women held at Dungavel)", geo=DUN),
            L("almost quadrupled", 4, ALM, RATIO, "detention_self_harm_incidents_ratio", "2025/26 vs 2023/24 (over two years, at Dungavel)", geo=DUN),
            L("13", 13, E, INCIDENTS, "detention_self_harm_incidents", "April 2023 to March 2024 (2023/24, at Dungavel)", geo=DUN),
            L("50", 50, E, INCIDENTS, "detention_self_harm_incidents", "April 2025 to March 2026 (2025/26, at Dungavel)", geo=DUN),
            L("£131m", 131000000, E, GBP, "detention_cost", "April 2025 to March 2026 (last year; the detention estate across the UK)"),
            L("more than a quarter", 25, MT, PCT, "detention_cost_change", "2025/26 vs 2023/24 (up)"),
            L("£104m", 104000000, E, GBP, "detention_cost", "April 2023 to March 2024 (2023/24)"),
            L("290", 290, E, P, "detention_capacity_change", "since September 2024 (beds added by reopening Campsfield House and Haslar)"),
            L("£147", 147, E, GBP, "detention_cost_per_person_day", "per day, 2025/26 (at Dungavel; Fiona Achterlonie-Bamgbose MSP)", geo=DUN, ctx="spending £147"),
            L("12.9k", 12900, E, P, "petition_signatures", "to August 2026 (petition calling for Dungavel's closure)", geo=DUN),
            L("23%", 23, E, PCT, "returns_enforced_change", "year ending June 2026 vs the previous year (on last year; a Home Office spokesperson)"),
            L("more than 20,000", 20000, MT, P, "returns_enforced", "5 July 2024 to 27 August 2026 (since 5 July 2024; a Home Office spokesperson)"),
            L("2,410", 2410, E, P, "detention_population", "30 June 2026 (people in detention, UK" + BOX7 + ")", ctx="2,410 - people"),
            L("29,640", 29640, E, P, "detention_entries", "July 2025 to June 2026 (entered detention, year to June" + BOX7 + ")", ctx="29,640 - entered"),
            L("£9.6m", 9600000, E, GBP, "detention_cost", "April 2025 to March 2026 (Dungavel running cost" + BOX7 + ")", geo=DUN, ctx="£9.6m - Dungavel"),
            L("£147", 147, E, GBP, "detention_cost_per_person_day", "per day, 2025/26 (cost per detainee per day at Dungavel" + BOX7 + ")", geo=DUN, ctx="£147 - cost"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
