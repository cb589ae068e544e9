#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-sixty-eighth hand-labelled hold-out set (holdout168).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, EUR, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, RSC, PTR)

UK, FR, SCO, WAL, NI, EU, ENG = "UK", "France", "Scotland", "Wales", "Northern Ireland", "EU", "England"
TWO3 = 200 / 3
DAYS, WEEKS, HH, CLASSES = "other:days", "other:weeks", "other:households", "other:classes"
APP1000 = "other:applications_per_1000_population"

# 01 (Wednesday 6 May 2026; Home Office figures released Tuesday 5 May 2026, to 30 April 2026)
HO1 = "Home Office figures released Tuesday 5 May 2026"
PIL = "18 September 2025 to 30 April 2026 (since the first removal under the pilot; " + HO1 + ")"
RF = "returns_france"
RSA = "returns_share_of_small_boat_arrivals"
WK = "returns_france_weekly_average"
SHS = "the shadow home secretary"
ALO = "Dr Amara Lindqvist-Obi, Crossings Research Centre"

# 02 (Tuesday 23 June 2026; a Leeds City Council report to the executive board, and government figures)
LCC = "Leeds City Council report to the executive board, June 2026"
FY2 = "April 2025 to March 2026 (2025/26; " + LCC + ")"
M31 = "31 March 2026 (the end of March; " + LCC + ")"
RH = "refugees_homeless_after_leaving_asylum_support"
CTA = "council_refugee_temporary_accommodation_cost"
ENG12 = "April 2025 to March 2026 (the 12 months to March; government figures)"
LDS, BRD, YH = "Leeds", "Bradford", "Yorkshire and the Humber"
KWP = "Kirkgate Welcome Project"

# 03 (Monday 31 August 2026; Home Office daily figures to Sunday 30 August 2026)
HO3 = "Home Office figures to Sunday 30 August 2026"
SUM = "1 June to 30 August 2026 (since 1 June; " + HO3 + ")"
DAY = "Tuesday 25 August 2026 (in a single day; " + HO3 + ")"
OCC = "small_boat_occupancy"
BOX3 = "; SUMMER ON THE CHANNEL box)"

# 04 (Thursday 21 May 2026; ONS provisional estimates for calendar 2025, published that day)
ONS = "ONS provisional estimates published Thursday 21 May 2026"
Y25 = "January to December 2025 (last year; " + ONS + ")"
CH4 = "2025 vs 2024 ("

# 05 (Saturday 17 October 2026; National Audit Office report published Thursday 15 October 2026)
NAO = "National Audit Office report published Thursday 15 October 2026"
FY5 = "April 2025 to March 2026 (2025-26; " + NAO + ")"
CPP = "asylum_cost_per_person_per_year"

# 06 (Tuesday 24 February 2026; Home Office visa figures to the end of January 2026, Scottish Government)
ARR = "March 2022 to 31 January 2026 (between March 2022 and the end of January; Home Office figures)"
NOW6 = "February 2026 (four years on; "
IU, WAP = "immigration_ukraine", "ukrainian_welcome_accommodation_population"
UPE = "ukraine_permission_extension_applications"
RAA = "resettlement_arrivals_afghan"
AFG = "August 2021 to February 2026 (since the two resettlement schemes were set up; Home Office figures)"
NL = "North Lanarkshire"
SGG = "Cllr Siobhan Galbraith-Osei, leader of North Lanarkshire Council"
CVW = "Clyde Valley Welcome"

# 07 (Wednesday 18 March 2026; EU Agency for Asylum figures published Monday 16 March 2026, Frontex, Home Office)
EUAA = "EU Agency for Asylum figures published Monday 16 March 2026"
C25 = "January to December 2025 (last year; " + EUAA + ")"
AA = "asylum_applications"
FX = "January to December 2025 (Frontex)"
IA = "irregular_arrivals"
HA = "Prof Henrik Aaltonen-Baird, University of Lowmoor"

ARTICLES = {
    "01-the-lynchpin-france-returns-one-in-one-out": dict(
        meta=dict(url="https://www.thelynchpin.example/news/uk/home-affairs/one-in-one-out-france-returns-small-boats-figures-b2961047.html",
                  title="Fewer than one in 60 small boat arrivals sent back across the Channel as 'one in, one out' deal limps on",
                  publisher="The Lynchpin", author="Rosalind Achterberg-Mensah", published_date="2026-05-06"),
        labels=[
            L("Fewer than one in 60", 100 / 60, LT, PCT, RSA, "18 September 2025 to 30 April 2026 (sent back across the Channel; headline)", occ=0, geo=FR),
            L("more than doubled", 2, MT, RATIO, WK + "_ratio", "March to April 2026 vs September to December 2025 (removals since the autumn; standfirst)", geo=FR),
            L("Fewer than one in 60", 100 / 60, LT, PCT, RSA, PIL, occ=1, geo=FR),
            L("517", 517, E, P, RF, PIL + " flown back", geo=FR),
            L("31,240", 31240, E, P, SBA, "18 September 2025 to 30 April 2026 (in the same period; " + HO1 + ")"),
            L("roughly 1.7 per cent", 1.7, AP, PCT, RSA, PIL, geo=FR),
            L("486", 486, E, P, "uk_france_legal_route_arrivals", PIL + " sent by France through the legal route"),
            L("38 per cent", 38, E, PCT, "uk_france_legal_route_arrivals_share_sudanese", PIL + " of those admitted so far"),
            L("27", 27, E, P, WK, "per week, March to April 2026 (an average; " + HO1 + ")", ctx="average of 27 people", geo=FR),
            L("12", 12, E, P, WK, "per week, 18 September to December 2025 (before Christmas; " + HO1 + ")", ctx="against 12 a week", geo=FR),
            L("more than double", 2, MT, RATIO, WK + "_ratio", "March to April 2026 vs September to December 2025 (before Christmas)", geo=FR),
            L("just over half", 50, MT, PCT, WK + "_share_of_target", "March to April 2026 (only just over half the weekly rate officials briefed)", geo=FR),
            L("50", 50, E, P, "returns_france_weekly_target", "per week (briefed to reporters by officials, summer 2025)", ctx="the 50 a week", geo=FR),
            L("nearly 30 years", 30, ALM, YEARS, "returns_france_years_to_match_annual_arrivals", "at the March to April 2026 rate, against the arrivals of calendar 2025"),
            L("41,520", 41520, E, P, SBA, "January to December 2025 (came across in 2025)"),
            L("1,130", 1130, E, P, "returns_france_detained_for_return", "18 September 2025 to 30 April 2026 (since September; " + HO1 + ")"),
            L("412", 412, E, P, "returns_france_legal_challenges", "18 September 2025 to 30 April 2026 (lodged legal challenges; " + HO1 + ")"),
            L("96", 96, E, P, "returns_france_legal_challenges_succeeded", "18 September 2025 to 30 April 2026 (96 of these won a reprieve from the courts; " + HO1 + ")"),
            L("Nineteen", 19, E, P, "returns_france_attempted_recrossing", "18 September 2025 to 5 May 2026 (since been caught trying to cross again)", geo=FR),
            L("Eleven", 11, E, P, "returns_france_recrossed_successfully", "18 September 2025 to 5 May 2026 (made it and were detained on landing)"),
            L("about £19,400", 19400, AP, GBP, "returns_deal_cost_per_return", "18 September 2025 to 30 April 2026 (each removal; what the Lynchpin understands)"),
            L("about £10m", 10000000, AP, GBP, "returns_france_cost", "18 September 2025 to 30 April 2026 (in total; what the Lynchpin understands)"),
            L("roughly £715m", 715000000, AP, GBP, RSC, "2022 to July 2024 (the Rwanda scheme, by comparison)"),
            L("around 2,600", 2600, AP, P, "returns_france_annual_capacity", "per year (the treaty's ceiling during the pilot)", geo=FR),
            L("Five hundred", 500, E, P, RF, "18 September 2025 to 30 April 2026 (returns; " + SHS + ")", geo=FR),
            L("31,000", 31000, E, P, SBA, "18 September 2025 to 30 April 2026 (arrivals; " + SHS + ")"),
            L("better than 98 per cent", 98, MT, PCT, "small_boat_arrivals_share_not_returned", "18 September 2025 to 30 April 2026 (chance of staying; " + SHS + ")"),
            L("9%", 9, E, PCT, SBA + "_change", "January to April 2026 vs January to April 2025 (the first four months of this year, up; " + ALO + ")"),
            L("one-in-60", 100 / 60, E, PCT, RSA, "18 September 2025 to 30 April 2026 (chance of return; " + ALO + ")", geo=FR),
        ]),
    "02-headingley-heron-leeds-refugees-homelessness": dict(
        meta=dict(url="https://www.headingleyheron.example/news/politics/council/refugees-homeless-leeds-home-office-housing-up-20-per-cent-5190264",
                  title="Refugees turning to Leeds council as homeless after leaving Home Office housing up 20% in a year",
                  publisher="Headingley Heron", author="Kieran Stobart-Adeyemi", published_date="2026-06-23"),
        labels=[
            L("20%", 20, E, PCT, RH + "_change", "2025/26 vs 2024/25 (up, in a year; headline)", occ=0, geo=LDS),
            L("Nearly 1,200", 1200, ALM, HH, RH, "2025/26 (came to the city for help after a positive asylum decision; standfirst)", geo=LDS),
            L("one in five", 20, E, PCT, RH + "_share_rough_sleeping_or_at_risk", "2025/26 (sleeping rough or about to; standfirst)", occ=0, geo=LDS),
            L("a fifth", 20, E, PCT, RH + "_change", "2025/26 vs 2024/25 (risen by, in a year; " + LCC + ")", ctx="risen by a fifth", geo=LDS),
            L("1,184", 1184, E, HH, RH, FY2 + " approached the authority as homeless", geo=LDS),
            L("20%", 20, E, PCT, RH + "_change", "2025/26 vs 2024/25 (up; " + LCC + ")", occ=1, geo=LDS),
            L("987", 987, E, HH, RH, "April 2024 to March 2025 (2024/25; " + LCC + ")", geo=LDS),
            L("Some 87%", 87, AP, PCT, RH + "_share_single_adults", FY2, geo=LDS),
            L("236", 236, E, HH, RH + "_rough_sleeping_or_at_risk", FY2 + " on the night they first came forward", geo=LDS),
            L("one in five", 20, E, PCT, RH + "_share_rough_sleeping_or_at_risk", FY2, occ=1, geo=LDS),
            L("11 days", 11, E, DAYS, "refugee_eviction_notice_average", FY2 + " average warning of each eviction from the Home Office's contractor", geo=LDS),
            L("1,420", 1420, E, P, "asylum_dispersal_population", M31, geo=LDS),
            L("1,960", 1960, E, P, "asylum_dispersal_population", M31, geo=BRD),
            L("744", 744, E, HH, RH, "April 2025 to March 2026 (over the year; " + LCC + ")", geo=BRD),
            L("£3.9m", 3900000, E, GBP, CTA, FY2, geo=LDS),
            L("nearly three times", 3, ALM, RATIO, CTA + "_ratio", "2025/26 vs 2023/24 (two years earlier; " + LCC + ")", geo=LDS),
            L("£1.4m", 1400000, E, GBP, CTA, "April 2023 to March 2024 (two years earlier; " + LCC + ")", geo=LDS),
            L("Some 310", 310, AP, HH, "refugee_households_temporary_accommodation", "31 March 2026 (" + LCC + ")", geo=LDS),
            L("58", 58, E, HH, "refugee_households_bed_and_breakfast", "31 March 2026 (" + LCC + ")", geo=LDS),
            L("23 weeks", 23, E, WEEKS, "temporary_accommodation_stay_average_refugees", "31 March 2026 (the average stay had stretched to; " + LCC + ")", geo=LDS),
            L("15,860", 15860, E, HH, RH, ENG12, geo=ENG),
            L("a third", -THIRD, E, PCT, RH + "_change", "12 months to March 2026 vs the previous 12 months (down a third on last year; government figures)", ctx="down a third on last year", geo=ENG),
            L("1,920", 1920, E, HH, RH, ENG12, geo=YH),
            L("about 12%", 12, AP, PCT, RH + "_share_yorkshire_and_the_humber", ENG12 + " of the total", geo=ENG),
            L("well over £4m", 4000000, MT, GBP, CTA + "_forecast", "April 2026 to March 2027 (this year, expected; Cllr Joanne Ackroyd-Nnamdi, executive member for housing)", geo=LDS),
            L("doubled", 2, E, RATIO, "charity_refugee_clients_ratio", "2025 vs 2024 (last year; " + KWP + ")", geo=LDS),
            L("440", 440, E, P, "charity_refugee_clients", "2025 (newly recognised refugees helped last year; " + KWP + ")", geo=LDS),
            L("£15m", 15000000, E, GBP, "home_office_refugee_move_on_funding", "April 2026 to March 2027 (this year; a Home Office spokesperson)", geo=ENG),
        ]),
    "03-daily-squawk-summer-small-boats-record-day": dict(
        meta=dict(url="https://www.dailysquawk.example/news/politics/record-32-dinghies-cross-channel-36190452",
                  title="Record 32 dinghies cross Channel in one day as summer arrivals soar past 22,000",
                  publisher="Daily Squawk", author="Dean Holbrook-Asante", published_date="2026-08-31"),
        labels=[
            L("32", 32, E, BOATS, SBC, "Tuesday 25 August 2026 (a record, in one day; headline)", occ=0),
            L("past 22,000", 22000, MT, P, SBA, "1 June to 30 August 2026 (summer arrivals soar past; headline)"),
            L("nearly four times", 4, ALM, RATIO, OCC + "_ratio", "summer 2026 vs 2021 (passengers per dinghy; standfirst)", occ=0),
            L("more than half", 50, MT, PCT, "small_boat_crossing_days_share", "1 June to 30 August 2026 (days since the start of June; standfirst)"),
            L("32", 32, E, BOATS, SBC, DAY, occ=1),
            L("1,904", 1904, E, P, SBA, "Tuesday 25 August 2026 (landed on Tuesday; " + HO3 + ")"),
            L("29", 29, E, BOATS, SBC, "a single day in September 2025 (the previous high; " + HO3 + ")"),
            L("22,270", 22270, E, P, SBA, SUM),
            L("17%", 17, E, PCT, SBA + "_change", "1 June to 30 August 2026 vs the same weeks of 2025 (up)"),
            L("19,030", 19030, E, P, SBA, "1 June to 30 August 2025 (the same weeks of 2025; " + HO3 + ")"),
            L("5.9k", 5900, E, P, SBA, "June 2026" + " (" + HO3 + BOX3),
            L("7.4k", 7400, E, P, SBA, "July 2026" + " (" + HO3 + BOX3),
            L("9.0k", 9000, E, P, SBA, "1 to 30 August 2026 (to Sunday; " + HO3 + BOX3),
            L("352", 352, E, BOATS, SBC, "1 June to 30 August 2026 (" + HO3 + BOX3, occ=0),
            L("8,960", 8960, E, P, SBA, "1 to 30 August 2026 (August alone, with a day still to go; " + HO3 + ")"),
            L("352", 352, E, BOATS, SBC, SUM + " boats to have crossed this summer", occ=1),
            L("63", 63, E, PPB, OCC, SUM + " an average per boat", occ=0),
            L("16", 16, E, PPB, OCC, "2021 (the figure in 2021, an average per boat)"),
            L("nearly four times", 4, ALM, RATIO, OCC + "_ratio", "summer 2026 vs 2021 (the typical boat)", occ=1),
            L("52", 52, E, DAYS, "small_boat_crossing_days", "1 June to 30 August 2026 (of the 91 days from 1 June to Sunday; " + HO3 + ")"),
            L("30,140", 30140, E, P, SBA, "1 January to 30 August 2026 (so far this year; " + HO3 + ")"),
            L("12%", 12, E, PCT, SBA + "_change", "1 January to 30 August 2026 vs the same point of 2025 (more than)"),
            L("26,950", 26950, E, P, SBA, "1 January to 30 August 2025 (at this point in 2025; " + HO3 + ")"),
            L("more than 90,000", 90000, MT, P, SBA, "5 July 2024 to 30 August 2026 (since 5 July 2024; " + SHS + ")"),
            L("Thirty-two", 32, E, BOATS, SBC, "Tuesday 25 August 2026 (boats in a day; " + SHS + ")"),
            L("7,340", 7340, E, P, "small_boat_launch_attempts_stopped_people", "June to August 2026 (over the summer; French police)", geo=FR),
            L("roughly one in four", 25, AP, PCT, "small_boat_launch_attempts_stopped_people_share", "June to August 2026 (of attempts; French police)", geo=FR),
            L("At least 14", 14, AL, P, "small_boat_deaths", "1 June to 31 August 2026 (died in the Channel since 1 June)"),
            L("three", 3, E, P, "small_boat_deaths_children", "1 June to 31 August 2026 (since 1 June)", ctx="including three children"),
            L("63", 63, E, PPB, OCC, "summer 2026 (people in a boat; Jess Marlowe-Nakagawa, Channel Watch Trust)", occ=1),
            L("More than 1,000", 1000, MT, P, RF, "18 September 2025 to August 2026 (sent back under our returns deal; the Home Office)", geo=FR),
            L("passed 70,000", 70000, MT, P, "returns", "5 July 2024 to August 2026 (removals of every kind since this Government came to power; the Home Office)"),
        ]),
    "04-barnstaple-brambling-pa-net-migration-reasons-emigration": dict(
        meta=dict(url="https://www.barnstaplebrambling.example/news/national/25190437.net-migration-falls-almost-two-thirds-157000-people-leave-uk/",
                  title="Net migration falls by almost two-thirds to 157,000 as more people leave the UK",
                  publisher="Barnstaple Brambling", author="Eleanor Rushmere-Oduya", published_date="2026-05-21"),
        labels=[
            L("almost two-thirds", -TWO3, ALM, PCT, NM + "_change", CH4 + "falls by; headline)", occ=0),
            L("157,000", 157000, E, P, NM, "January to December 2025 (headline)", occ=0),
            L("almost two-thirds", -TWO3, ALM, PCT, NM + "_change", CH4 + "the gap shrank by; " + ONS + ")", occ=1),
            L("157,000", 157000, E, P, NM, Y25, occ=1),
            L("431,000", 431000, E, P, NM, "January to December 2024 (" + ONS + ")"),
            L("16%", -16, E, PCT, "immigration_change", CH4 + "fell; " + ONS + ")"),
            L("798,000", 798000, E, P, "immigration", Y25),
            L("almost a quarter", 25, ALM, PCT, "emigration_change", CH4 + "rose by; " + ONS + ")"),
            L("641,000", 641000, E, P, "emigration", Y25),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the year ending June 2025, first put at; " + ONS + ")"),
            L("27,000", 27000, E, P, NM + "_revision", "July 2024 to June 2025 (the year ending June 2025, revised up by; " + ONS + ")"),
            L("231,000", 231000, E, P, NM, "July 2024 to June 2025 (the year ending June 2025, revised; " + ONS + ")"),
            L("41%", -41, E, PCT, "immigration_work_non_eu_change", CH4 + "dropped; " + ONS + ")"),
            L("198,000", 198000, E, P, "immigration_work_non_eu", Y25),
            L("284,000", 284000, E, P, "immigration_study_non_eu", Y25 + " study, the biggest single reason"),
            L("31,000", 31000, E, P, "immigration_study_non_eu_change", CH4 + "higher than a year earlier; " + ONS + ")"),
            L("95,000", 95000, E, P, "immigration_humanitarian_non_eu", Y25),
            L("81%", 81, E, PCT, "immigration_humanitarian_non_eu_share_asylum", Y25 + " of these, asylum seekers"),
            L("68,000", 68000, E, P, "immigration_family_non_eu", Y25),
            L("10,000", 10000, E, P, "immigration_other_non_eu", Y25),
            L("71,000", 71000, E, P, "immigration_eu", Y25),
            L("72,000", 72000, E, P, "immigration_british", Y25 + " returning from abroad"),
            L("398,000", 398000, E, P, "emigration_non_eu", Y25),
            L("nearly three in five", 60, ALM, PCT, "emigration_non_eu_share_former_study", Y25 + " had first come to study"),
            L("Some 147,000", 147000, AP, P, "emigration_eu", Y25),
            L("76,000", -76000, E, P, "net_migration_eu", Y25 + " more EU nationals left than arrived"),
            L("96,000", 96000, E, P, "emigration_british", Y25),
            L("more than 270,000", -270000, MT, P, NM + "_change", CH4 + "brought down, in one year; the Home Secretary)"),
            L("Three-quarters of a million", 750000, E, P, "immigration", "January to December 2025 (still came here last year; " + SHS + ")"),
            L("Around 230,000", 230000, AP, P, "emigration_former_study_visa_non_eu", "January to December 2025 (former students left last year; Dr Naomi Fairclough-Eze, Bellhaven Migration Unit)"),
        ]),
    "05-the-embrasure-asylum-cost-per-person": dict(
        meta=dict(url="https://www.theembrasure.example/politics/2026/10/17/asylum-seeker-costs-taxpayer-50000-a-year-national-audit-office/",
                  title="Every asylum seeker now costs the taxpayer £50,000 a year",
                  publisher="The Embrasure", author="Charles Wetherby-Nkemelu", published_date="2026-10-17"),
        labels=[
            L("£50,000", 50000, E, GBP, CPP, "per year, 2025-26 (every asylum seeker; headline)"),
            L("£5.27bn", 5270000000, E, GBP, AC, "2025-26 (a record; standfirst)", occ=0),
            L("more than five times", 5, MT, RATIO, AC + "_ratio", "2025-26 vs 2019-20 (its level before the pandemic; standfirst)", occ=0),
            L("roughly £50,300", 50300, AP, GBP, CPP, "per year, " + FY5 + " supporting each asylum seeker"),
            L("£5.27bn", 5270000000, E, GBP, AC, FY5 + " a record", occ=1),
            L("14 per cent", 14, E, PCT, AC + "_change", "2025-26 vs 2024-25 (up; " + NAO + ")"),
            L("£4.63bn", 4630000000, E, GBP, AC, "April 2024 to March 2025 (2024-25; " + NAO + ")"),
            L("more than five times", 5, MT, RATIO, AC + "_ratio", "2025-26 vs 2019-20 (" + NAO + ")", occ=1),
            L("£0.98bn", 980000000, E, GBP, AC, "April 2019 to March 2020 (2019-20; " + NAO + ")"),
            L("104,800", 104800, E, P, "asylum_support_population", "31 March 2026 (receiving support on March 31; " + NAO + ")"),
            L("about £138", 138, AP, GBP, "asylum_cost_per_person_per_day", "per day, " + FY5 + " per person for every day of the year"),
            L("£2.06bn", 2060000000, E, GBP, "asylum_cost_hotels", FY5),
            L("39 per cent", 39, E, PCT, "asylum_cost_share_hotels", FY5),
            L("£139", 139, E, GBP, "asylum_hotel_cost_per_person_night", "per night, " + FY5 + " an average for a hotel room"),
            L("almost six times", 6, ALM, RATIO, "asylum_hotel_cost_per_person_night_ratio", FY5 + " a hotel night against a dispersal bed"),
            L("£24", 24, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, " + FY5),
            L("c. 190", 190, AP, HOTELS, "asylum_hotels_in_use", "30 September 2026 (by the end of September; " + NAO + ")"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "summer 2023 (the peak; " + NAO + ")"),
            L("c. 2,900", 2900, AP, P, "asylum_decision_makers", "October 2026 (now employs; " + NAO + ")"),
            L("£2,940", 2940, E, GBP, "asylum_cost_per_claim_decided", "2026 (the average cost of reaching an initial decision, now; " + NAO + ")"),
            L("£4,100", 4100, E, GBP, "asylum_cost_per_claim_decided", "2024 (two years earlier; " + NAO + ")"),
            L("Some 49,300", 49300, AP, P, "asylum_backlog_appeals", "June 2026 (in the tribunal's queue; " + NAO + ")"),
            L("nearly double", 2, ALM, RATIO, "asylum_backlog_appeals_ratio", "June 2026 vs June 2025 (a year before; " + NAO + ")"),
            L("25,600", 25600, E, P, "asylum_backlog_appeals", "June 2025 (a year before; " + NAO + ")"),
            L("£151m", 151000000, E, GBP, "legal_aid_immigration_asylum_cost", FY5 + " a further", geo=EW),
            L("£290m", 290000000, E, GBP, PTR, "2022 to 2024 (went directly to the Rwandan government; " + NAO + ")"),
            L("up to 200", 200, AM, P, "rwanda_accommodation_capacity", "2022 to 2024 (accommodation prepared in Kigali, never used for enforced removals; " + NAO + ")", geo="Rwanda"),
            L("Fifty thousand pounds", 50000, E, GBP, CPP, "per year, 2025-26 (a head; Dame Harriet Moxley-Ebo, chair of the Public Accounts Committee)"),
            L("£4.4bn", 4400000000, E, GBP, "asylum_cost_forecast", "April 2026 to March 2027 (this year, the department's expectation; " + NAO + ")"),
            L("halve", -50, E, PCT, "asylum_cost_hotels_planned_change", "2025-26 to 2028-29 (by 2028-29, the department's plan as told to auditors; " + NAO + ")"),
            L("Roughly three in every five", 60, AP, PCT, "asylum_cost_share_accommodation", "2025-26 (pounds that now go on accommodation; Tobias Wrenfield-Acheampong, Centre for Border Economics)"),
            L("more than 200", 200, MT, HOTELS, "asylum_hotels_closed", "summer 2023 to October 2026 (have shut; a Home Office spokesman)"),
        ]),
    "06-motherwell-merlin-scotland-ukrainian-afghan-refugees": dict(
        meta=dict(url="https://www.motherwellmerlin.example/news/north-lanarkshire/four-years-on-two-thirds-of-ukrainians-who-fled-to-scotland-are-still-here-5041873",
                  title="Four years on, two-thirds of Ukrainians who fled to Scotland are still here – but hundreds remain in temporary rooms",
                  publisher="Motherwell Merlin", author="Fiona Drummond-Asare", published_date="2026-02-24"),
        labels=[
            L("two-thirds", TWO3, E, PCT, "ukrainian_arrivals_share_still_in_scotland", NOW6 + "still here; headline)", geo=SCO),
            V("hundreds", 200, 900, P, WAP, NOW6 + "remain in temporary rooms; headline)", geo=SCO),
            L("More than 28,000", 28000, MT, P, IU, "March 2022 to January 2026 (came under visa schemes; standfirst)", geo=SCO),
            L("around three-quarters", 75, AP, PCT, IU + "_supersponsor_share", "March 2022 to January 2026 (arriving through the super sponsor route; standfirst)", geo=SCO),
            L("around 18,600", 18600, AP, P, "ukrainians_resident", NOW6 + "thought to be living in Scotland)", geo=SCO),
            L("roughly two in every three", TWO3, AP, PCT, "ukrainian_arrivals_share_still_in_scotland", NOW6 + "of those who came)", geo=SCO),
            L("28,140", 28140, E, P, IU, ARR, geo=SCO),
            L("about 13%", 13, AP, PCT, IU + "_share_scotland", ARR + " of the UK total", geo=UK),
            L("218,700", 218700, E, P, IU, ARR + " the UK total", geo=UK),
            L("21,300", 21300, E, P, IU + "_supersponsor", ARR + " the Scottish Government's super sponsor route", geo=SCO),
            L("28.1k", 28100, E, P, IU, "March 2022 to January 2026 (arrived since 2022; UKRAINIANS IN SCOTLAND box)", geo=SCO),
            L("18.6k", 18600, E, P, "ukrainians_resident", NOW6 + "estimated still here; UKRAINIANS IN SCOTLAND box)", geo=SCO),
            L("12.9k", 12900, E, P, UPE, "to February 2026 (extension applications; UKRAINIANS IN SCOTLAND box)", geo=SCO),
            L("c. 600", 600, AP, P, WAP, NOW6 + "in welcome accommodation; UKRAINIANS IN SCOTLAND box)", geo=SCO),
            L("more than 7,200", 7200, MT, P, WAP, "autumn 2022 (at its peak; the Scottish Government)", geo=SCO),
            L("around 600", 600, AP, P, WAP, NOW6 + "has fallen to; the Scottish Government)", geo=SCO),
            L("Some 12,900", 12900, AP, P, UPE, "to February 2026 (have applied to extend their stay)", geo=SCO),
            L("88%", 88, E, PCT, UPE + "_share_granted", "to February 2026 (of those decided so far, approved)", geo=SCO),
            L("1,310", 1310, E, P, IU, "March 2022 to February 2026 (welcomed since 2022)", geo=NL),
            L("212", 212, E, P, "school_pupils_ukrainian", NOW6 + "now in the area's schools)", geo=NL),
            L("7,900", 7900, E, P, IU, "March 2022 to January 2026 (arrivals in Wales)", geo=WAL),
            L("about 2,400", 2400, AP, P, IU, "March 2022 to January 2026 (arrivals in Northern Ireland)", geo=NI),
            L("more than £330m", 330000000, MT, GBP, "scottish_government_ukraine_resettlement_funding", "2022 to February 2026 (spent on its Ukraine response since 2022)", geo=SCO),
            L("1,640", 1640, E, P, RAA, AFG, geo=SCO),
            L("about one in 20", 5, AP, PCT, RAA + "_share_scotland", AFG + " of the UK's", geo=UK),
            L("33,400", 33400, E, P, RAA, AFG, geo=UK),
            L("118", 118, E, P, RAA, AFG + " home to", geo=NL),
            L("27", 27, E, HH, "afghan_families_resettled", AFG + " families", geo=NL),
            L("Nine", 9, E, HH, "afghan_households_temporary_accommodation", NOW6 + "still in temporary flats)", geo=NL),
            L("around 17,000", 17000, AP, HH, "housing_waiting_list_households", NOW6 + "on our housing list already; " + SGG + ")", geo=NL),
            L("less than half", 50, LT, PCT, "afghan_resettlement_grant_share_of_council_cost", "2025 (last year, what the grant covered; " + SGG + ")", geo=NL),
            L("96", 96, E, CLASSES, "english_classes_run", "January to December 2025 (" + CVW + ")", geo="Wishaw"),
            L("61", 61, E, P, "refugees_helped_into_work", "January to December 2025 (Ukrainians; " + CVW + ")", geo="Wishaw"),
        ]),
    "07-firecrest-news-eu-asylum-frontex-uk-compared": dict(
        meta=dict(url="https://www.firecrest.example/news/articles/c7q2v9x4e1mo",
                  title="Asylum in Europe: How does the UK compare?",
                  publisher="Firecrest News", author="Priyanka Holm-Adebayo", published_date="2026-03-18"),
        labels=[
            L("792,000", 792000, E, P, AA, C25 + " the EU, Norway and Switzerland", geo=EU),
            L("22%", -22, E, PCT, AA + "_change", "2025 vs 2024 (down; " + EUAA + ")", geo=EU),
            L("1,014,000", 1014000, E, P, AA, "January to December 2024 (the year before; " + EUAA + ")", geo=EU),
            L("171,000", 171000, E, P, AA, C25, geo="Germany"),
            L("158,000", 158000, E, P, AA, C25, geo="Spain"),
            L("149,000", 149000, E, P, AA, C25, geo=FR),
            L("137,000", 137000, E, P, AA, C25, geo="Italy"),
            L("nearly four in five", 80, ALM, PCT, AA + "_share_germany_spain_france_italy", C25 + " those four countries", geo=EU),
            L("roughly 4.3 million", 4300000, AP, P, "temporary_protection_ukrainians", "March 2026 (Ukrainians who hold temporary protection in EU countries)", geo=EU),
            L("1.2m", 1200000, E, P, "temporary_protection_ukrainians", "March 2026 (of them in Germany)", geo="Germany"),
            L("111,900", 111900, E, P, AA, "January to December 2025 (Home Office figures)"),
            L("3%", 3, E, PCT, AA + "_change", "2025 vs 2024 (more than in 2024; Home Office figures)"),
            L("roughly an eighth", 12.5, AP, PCT, AA + "_share_uk_of_eu_and_uk", "January to December 2025 (the EU-plus group and Britain put together)"),
            L("about 1.6", 1.6, AP, APP1000, AA + "_per_1000_population", "January to December 2025 (for every 1,000 residents)"),
            L("1.7", 1.7, E, APP1000, AA + "_per_1000_population", "January to December 2025 (across the EU-plus group)", geo=EU),
            L("2.0", 2.0, E, APP1000, AA + "_per_1000_population", "January to December 2025", geo="Germany"),
            L("some 178,000", 178000, AP, P, IA, FX + " irregular crossings of the bloc's external borders", geo=EU),
            L("26%", -26, E, PCT, IA + "_change", "2025 vs 2024 (a fall of; Frontex)", geo=EU),
            L("66,000", 66000, E, P, IA + "_central_mediterranean", FX + " detections on the busiest route", geo=EU),
            L("62%", -62, E, PCT, IA + "_west_africa_canary_islands_change", "2025 vs 2024 (fell by; Frontex)", geo=EU),
            L("18,000", 18000, E, P, IA + "_west_africa_canary_islands", FX, geo=EU),
            L("some 66,500", 66500, AP, P, "small_boat_crossing_attempts", FX + " attempts to cross the Channel towards Britain", geo=FR),
            L("41,520", 41520, E, P, SBA, "January to December 2025 (ended in a landing in the UK)"),
            L("roughly three in five", 60, AP, PCT, "small_boat_crossing_attempts_share_landed", "January to December 2025 (Frontex attempts that ended in a landing in the UK)", geo=FR),
            L("almost a quarter", 25, ALM, PCT, "small_boat_arrivals_share_of_eu_irregular_arrivals", "January to December 2025 (equal to, of every irregular crossing recorded into the EU)"),
            L("a fifth or so", 20, AP, PCT, "returns_share_of_return_orders", "latest year (ordered out of an EU country and recorded as having left; Eurostat)", geo=EU),
            L("35,200", 35200, E, P, "returns", "January to December 2025 (returns of all kinds; Home Office)"),
            L("€20,000", 20000, E, EUR, "eu_solidarity_contribution", "from 12 June 2026 (for each person not relocated; the European Commission)", geo=EU),
            L("at least 30,000", 30000, AL, P, "eu_solidarity_pool_relocations", "per year, from 12 June 2026 (the pool; the European Commission)", geo=EU),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
