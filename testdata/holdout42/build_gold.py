#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the forty-second hand-labelled hold-out set (holdout42).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, EUR, PPB, HOTELS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, PTR, RSC, RSP)

IMM, EMI, REV = "immigration", "emigration", "net_migration_revision"
RET, APPS, BL, BLA = "returns", "asylum_applications", "asylum_backlog", "asylum_backlog_appeals"
SUPPORT, DISP, HIU = "asylum_support_population", "asylum_dispersal_population", "asylum_hotels_in_use"
SHARE_SB, LEGAL, OCC = "returns_share_of_small_boat_arrivals", "uk_france_legal_route_arrivals", "small_boat_occupancy"
DEATHS, KIDS = "small_boat_deaths", "small_boat_deaths_children"
FUND, GRANT_SH = "uk_funding_to_france", "asylum_grants_share_initial_decisions"
SAVE = "rwanda_scheme_cancellation_saving"
FR, UK, WA = "France", "UK", "Wales"

# periods
Y25 = "2025 (calendar year; ONS provisional estimate published Thursday 21 May 2026)"
Y24 = "2024 (calendar year"
PEAK = "year ending March 2023 (the record)"
EJ26, EJ25 = "end of June 2026 (30 June 2026)", "end of June 2025 (30 June 2025)"
YJ26, YJ25 = "year ending June 2026", "year ending June 2025"
REL_AUG = " (Home Office statistics published Thursday 27 August 2026)"
FY26, FY25, FY20 = "2025/26 financial year", "2024/25 financial year", "2019/20 financial year"
PILOT = "18 September 2025 (first returns under the UK–France pilot) to "
SINCE_ELECTION = "5 July 2024 (the election) to "
YTD_OCT26, YTD_OCT25 = "1 January to 31 October 2026 (this year)", "1 January to 31 October 2025 (by the same point in 2025)"
OCT26 = "October 2026"
TUE = "Tuesday 27 October 2026 (one dinghy near Équihen-Plage)"
MEDP = "April 2022 to July 2024"
KF, BOX = " (key facts)", " (The Rwanda bill box)"

ARTICLES = {
    "01-lyra-news-net-migration-196000-explained": dict(
        meta=dict(url="https://www.lyranews.example/news/uk-politics-70418236",
                  title="Net migration falls to 196,000: what the figures show and why they keep being revised",
                  publisher="Lyra News", author="Priya Vandermeer-Addo", published_date="2026-05-21"),
        labels=[
            L("196,000", 196000, E, P, NM, Y25 + " (headline)", occ=0),
            L("196,000", 196000, E, P, NM, Y25 + " (last year)", occ=1),
            L("838,000", 838000, E, P, IMM, Y25 + " (people who moved to the UK)"),
            L("642,000", 642000, E, P, EMI, Y25 + " (people who moved away)"),
            L("about a fifth", 0.2, AP, RATIO, NM + "_ratio", "2025 vs " + PEAK),
            L("944,000", 944000, E, P, NM, PEAK),
            L("12%", -12, E, PCT, IMM + "_change", "2025 vs 2024 (immigration overall; lower than)"),
            L("661,000", 661000, E, P, "immigration_non_eu", Y25),
            L("almost four in five", 80, ALM, PCT, "immigration_share_non_eu", Y25),
            L("more than a third", -100 / 3, MT, PCT, "immigration_work_non_eu_change", "2025 vs 2024 (work-related arrivals; dropped by)"),
            L("182,000", 182000, E, P, "immigration_work_non_eu", Y25 + " (work-related arrivals)"),
            L("226,000", 226000, E, P, "immigration_study_non_eu", Y25),
            L("about a third", THIRD, AP, PCT, "immigration_share_study_non_eu", Y25 + " (of non-EU arrivals)"),
            L("5%", 5, E, PCT, EMI + "_change", "2025 vs 2024 (emigration went up by)"),
            L("75,000", -75000, E, P, "net_migration_british_nationals", Y25 + " (more British citizens left than came back)"),
            L("52,000", -52000, E, P, "net_migration_eu", Y25 + " (net outflow of EU nationals)"),
            L("431,000", 431000, E, P, NM, Y24 + "; first estimate, May 2025)"),
            L("345,000", 345000, E, P, NM, Y24 + "; latest estimate, May 2026)"),
            L("86,000", -86000, E, P, REV, Y24 + "; latest vs first estimate; downward revision)"),
            L("204,000", 204000, E, P, NM, YJ25 + " (first published November 2025)"),
            L("23,000", 23000, E, P, REV, YJ25 + " (raised by; May 2026 vs first estimate)"),
            L("227,000", 227000, E, P, NM, YJ25 + " (revised, May 2026)"),
            L("11%", 11, E, PCT, REV, YJ25 + " (revision as a share of the first estimate)"),
            R("between 151,000 and 243,000", 151000, 243000, P, NM, Y25 + " (ONS likely range)"),
            L("741,600", 741600, E, P, "visas_granted", "year ending March 2026 (12 months to March; work, study and family, excluding visitors; Home Office)"),
            L("16%", -16, E, PCT, "visas_granted_change", "year ending March 2026 vs year ending March 2025 (fewer than a year before)"),
            L("402,300", 402300, E, P, "visas_granted_study", "year ending March 2026 (went to students)"),
            L("43%", -43, E, PCT, NM + "_change", "2025 vs 2024 (fallen in a single year; Home Secretary)"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "promise first made in 2010 (recalled by the Shadow Home Secretary)"),
            L("around 250,000", 250000, AP, P, "net_migration_forecast", "per year, around 2030 (as the decade closes; Office for Budget Responsibility)"),
            L("about 69.3 million", 69.3e6, AP, P, "population", "mid-2024 (30 June 2024)"),
            L("706,900", 706900, E, P, "population_growth", "year to mid-2024 (1 July 2023 to 30 June 2024)", geo=EW),
            L("1.2%", 1.2, E, PCT, "population_change", "year to mid-2024 (1 July 2023 to 30 June 2024)", geo=EW),
            L("61.8 million", 61.8e6, E, P, "population", "mid-2024 (30 June 2024)", geo=EW),
        ]),
    "02-ogmore-valley-standard-asylum-dispersal-wales-up-13pc": dict(
        meta=dict(url="https://www.ogmorevalleystandard.example/news/wales-news/asylum-seekers-housed-wales-up-13-channel-crossings-27800-30917452",
                  title="Number of asylum seekers housed in Wales up 13% as more than 27,800 cross Channel this year",
                  publisher="The Ogmore Valley Standard (PA)", author="Dafydd Okereke-Lloyd, Seren Maddox-Pryce",
                  published_date="2026-08-28"),
        labels=[
            L("13%", 13, E, PCT, DISP + "_change", EJ26 + " vs " + EJ25 + " (asylum seekers housed; headline)", occ=0, geo=WA),
            L("more than 27,800", 27800, MT, P, SBA, "1 January to 26 August 2026 (this year; headline)"),
            L("about 3%", 3, AP, PCT, "asylum_support_population_share_wales", EJ26 + " (of everyone on asylum support in the UK; standfirst)"),
            L("More than 27,800", 27800, MT, P, SBA, "1 January to 26 August 2026 (2026 to date)"),
            L("2,940", 2940, E, P, DISP, EJ26 + REL_AUG, geo=WA),
            L("2,610", 2610, E, P, DISP, EJ25 + " (twelve months earlier)", geo=WA),
            L("13%", 13, E, PCT, DISP + "_change", EJ26 + " vs " + EJ25 + " (an increase of)", occ=1, geo=WA),
            L("240", 240, E, P, HOT, EJ26 + " (in the one hotel still used in Wales)", geo=WA),
            L("one", 1, E, HOTELS, HIU, EJ26 + " (the one hotel the department still uses in Wales)", ctx="the one hotel", geo=WA),
            L("3,180", 3180, E, P, SUPPORT, EJ26 + " (people seeking asylum supported in Wales)", geo=WA),
            L("around 3%", 3, AP, PCT, "asylum_support_population_share_wales", EJ26 + " (of those supported across the UK)"),
            L("101,300", 101300, E, P, SUPPORT, EJ26 + " (supported across the UK)"),
            L("1,120", 1120, E, P, DISP, EJ26 + " (housed the largest number)", geo="Cardiff"),
            L("760", 760, E, P, DISP, EJ26, geo="Swansea"),
            L("610", 610, E, P, DISP, EJ26, geo="Newport"),
            L("450", 450, E, P, DISP, EJ26, geo="Wrexham"),
            L("5,270", 5270, E, P, SUPPORT, EJ26 + " (people supported, most of them in Glasgow)", geo="Scotland"),
            L("2,410", 2410, E, P, SUPPORT, EJ26, geo="Northern Ireland"),
            L("18%", -18, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (people in asylum hotels; fell by)"),
            L("26,450", 26450, E, P, HOT, EJ26),
            L("Some 27,820", 27820, AP, P, SBA, "1 January to Wednesday 26 August 2026 (by Wednesday; Government data)"),
            L("40,120", 40120, E, P, SBA, YJ26 + " (year to June)"),
            L("7%", -7, E, PCT, SBA + "_change", YJ26 + " vs " + YJ25 + " (fewer than in the previous 12 months)"),
            L("61", 61, E, PPB, OCC, YJ26 + " (average people per boat)"),
            L("102,360", 102360, E, P, APPS, YJ26 + " (main applicants; twelve months to June)"),
            L("8%", -8, E, PCT, APPS + "_change", YJ26 + " vs " + YJ25 + " (fewer than a year earlier)"),
            L("up to 85", 85, AM, P, "asylum_dispersal_target", "June 2026 to March 2027 (people the council agreed to house)", geo="Bridgend"),
            L("£1.4 million", 1.4e6, E, GBP, "welsh_government_refugee_move_on_funding", "2026/27 financial year (this year; help for newly recognised refugees to find homes)", geo=WA),
            L("more than 300", 300, MT, P, "charity_service_users",
              "April to August 2026 (since April; refugees asking for help finding somewhere to live; Cymru Sanctuary Network)", geo=WA),
        ]),
    "03-levelcheck-returns-france-deal-claims": dict(
        meta=dict(url="https://levelcheck.example/fact-checks/immigration/returns-removals-france-deal-weekend-claims/",
                  title="Returns, removals and the France deal: checking three claims from the weekend",
                  publisher="Levelcheck", author="Ruaridh Blessington-Achebe", published_date="2026-09-15"),
        labels=[
            # What was claimed
            L("more than 75,000", 75000, MT, P, RET, SINCE_ELECTION + "September 2026 (since the election; the Home Secretary on Sunday 13 September 2026; claim)"),
            L("one in 25", 4, E, PCT, SHARE_SB, PILOT + "September 2026 (people crossing the Channel sent back to France; the Shadow Home Secretary; claim)", occ=0, geo=FR),
            L("£300,000", 300000, E, GBP, FUND, "per migrant taken back by France (social media post; claim)", occ=0),
            # More than 75,000 removed
            L("More than 75,000", 75000, MT, P, RET, SINCE_ELECTION + "September 2026 (the Home Secretary's claim; crosshead)"),
            L("72,870", 72870, E, P, RET, "July 2024 to June 2026 (official quarterly statistics; nearest match to since the election)"),
            L("6,390", 6390, E, P, RET, "July to August 2026 (provisional management information; Home Office)"),
            L("about 79,260", 79260, AP, P, RET, "July 2024 to August 2026 (official statistics plus provisional data)"),
            L("37,820", 37820, E, P, RET, YJ26),
            L("10,240", 10240, E, P, RET, YJ26 + " (enforced returns)"),
            L("just over a quarter", 25, MT, PCT, "returns_share_enforced", YJ26),
            L("a quarter", 25, E, PCT, RET + "_change", YJ26 + " vs " + YJ25 + " (enforced returns; up by)", ctx="up by a quarter"),
            L("8,190", 8190, E, P, RET, YJ25 + " (enforced returns; a year earlier)"),
            # One in 25 sent back to France
            L("One in 25", 4, E, PCT, SHARE_SB, PILOT + "September 2026 (the Shadow Home Secretary's claim; crosshead)", geo=FR),
            L("1,530", 1530, E, P, RET, PILOT + "31 August 2026 (returned under the pilot)", geo=FR),
            L("1,170", 1170, E, P, LEGAL, PILOT + "31 August 2026 (came the other way)"),
            L("about 38,380", 38380, AP, P, SBA, PILOT + "31 August 2026 (reached Britain by dinghy over the same period)"),
            L("one in 25", 4, E, PCT, SHARE_SB, PILOT + "31 August 2026 (share returned; Levelcheck's calculation)", occ=1, geo=FR),
            L("around 50", 50, AP, P, "returns_france_weekly_cap", "per week, at the pilot's launch, September 2025 (reports)", geo=FR),
            L("about 31", 31, AP, P, RET, "per week, " + PILOT + "31 August 2026 (average since the launch)", geo=FR),
            L("5,210", 5210, E, P, RET, YJ26 + " (small-boat arrivals removed or departed to any country)"),
            L("13%", 13, E, PCT, SHARE_SB, YJ26 + " (equal to; of those who came by small boat)"),
            L("40,120", 40120, E, P, SBA, YJ26 + " (came that way in the same period)"),
            # £300,000 for every migrant
            L("£300,000", 300000, E, GBP, FUND, "per migrant taken back by France (the post's claim; crosshead)", occ=1),
            L("£476 million", 476e6, E, GBP, FUND, "2023 to 2026 (over three years; agreed March 2023)"),
            L("roughly £311,000", 311000, AP, GBP, FUND, "per person returned under the pilot to 31 August 2026 (£476 million divided by returns)"),
        ]),
    "04-unpenned-asylum-bill-price-of-waiting": dict(
        meta=dict(url="https://unpenned.example/p/britains-asylum-bill-is-the-price-of-waiting",
                  title="Britain's asylum bill is the price of waiting",
                  publisher="Unpenned", author="Harriet Oyelowo-Strand", published_date="2026-09-09"),
        labels=[
            L("£4.2 billion", 4.2e9, E, GBP, AC, "per year, " + FY26 + " (standfirst)", occ=0),
            L("£4.2 billion", 4.2e9, E, GBP, AC, FY26 + " (asylum support; Home Office annual report, July 2026)", occ=1),
            L("£4.7 billion", 4.7e9, E, GBP, AC, FY25),
            L("11%", -11, E, PCT, AC + "_change", FY26 + " vs " + FY25 + " (a fall of)"),
            L("more than four times", 4, MT, RATIO, AC + "_ratio", FY26 + " vs " + FY20),
            L("under £1 billion", 1e9, LT, GBP, AC, FY20),
            L("about £147", 147, AP, GBP, AC, "per household, " + FY26),
            L("More than two-fifths", 40, MT, PCT, "asylum_cost_share_hotels", FY26),
            L("£1.9 billion", 1.9e9, E, GBP, AC, FY26 + " (hotels)"),
            L("more than £5 million", 5e6, MT, GBP, AC, "per day, hotels, " + FY26),
            L("£145", 145, E, GBP, AC, "per person per night, hotel place, " + FY26 + " (department's accounts)"),
            L("£27", 27, E, GBP, AC, "per person per night, room in a shared house, " + FY26 + " (department's accounts)"),
            L("more than five times", 5, MT, RATIO, AC + "_ratio", "per night, hotel place vs shared house, " + FY26),
            L("almost £53,000", 53000, ALM, GBP, AC, "per person per year in a hotel (twelve months; bed and board alone)"),
            L("54,320", 54320, E, P, BL, EJ26 + " (queue for first decisions)"),
            L("a third", -THIRD, E, PCT, BL + "_change", EJ26 + " vs " + EJ25 + " (fewer than a year before)"),
            L("about 175,000", 175000, AP, P, BL, "2023 (the peak)"),
            L("71,400", 71400, E, P, BLA, EJ26 + " (appeals waiting to be heard)"),
            L("45,200", 45200, E, P, BLA, EJ25 + " (a year earlier)"),
            L("101,300", 101300, E, P, SUPPORT, EJ26 + " (in June; people being supported)"),
            L("26,450", 26450, E, P, HOT, EJ26),
            L("176", 176, E, HOTELS, HIU, EJ26),
            V("hundreds of millions of pounds", 2e8, 9e8, GBP, "asylum_cost_saving", "per year (if the average wait were cut by three months; the author's estimate)"),
            L("£4.5 billion", 4.5e9, E, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (ten-year contracts; forecast when let in 2019)"),
            L("£15.3 billion", 15.3e9, E, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (ten-year contracts; National Audit Office estimate)"),
            L("over three times", 3, MT, RATIO, "asylum_accommodation_contracts_cost_ratio", "latest estimate vs original forecast (ten-year contracts from 2019)"),
            L("£2.3 billion", 2.3e9, E, GBP, "aid_in_donor_refugee_costs", "2025 (calendar year; aid budget booked for hosting refugees)"),
            L("about a sixth", SIXTH, AP, PCT, "aid_in_donor_refugee_costs_share", "2025 (share of the aid budget)"),
        ]),
    "05-unaffiliated-channel-crossings-100000-deaths-2026": dict(
        meta=dict(url="https://www.theunaffiliated.example/news/uk/home-news/channel-crossings-100000-election-deaths-2026-b3104872.html",
                  title="Channel crossings pass 100,000 since the election as this year's death toll reaches at least 57",
                  publisher="The Unaffiliated", author="Mireille Ashworth-Danso", published_date="2026-11-02"),
        labels=[
            L("100,000", 100000, MT, P, SBA, SINCE_ELECTION + "31 October 2026 (pass; headline)", occ=0),
            L("at least 57", 57, AL, P, DEATHS, "1 January to 1 November 2026 (this year; headline)", occ=0),
            L("Six", 6, E, P, DEATHS, TUE + " (last week; standfirst)", ctx="Six people, two"),
            L("two", 2, E, P, KIDS, TUE + " (standfirst)", ctx="two of them children"),
            L("more than 100,000", 100000, MT, P, SBA, SINCE_ELECTION + "31 October 2026 (since Labour came to power)"),
            L("35,700", 35700, E, P, SBA, YTD_OCT26 + " (Home Office data)"),
            L("5%", -5, E, PCT, SBA + "_change", YTD_OCT26 + " vs " + YTD_OCT25 + " (fewer)"),
            L("37,410", 37410, E, P, SBA, YTD_OCT25),
            L("100,247", 100247, E, P, SBA, SINCE_ELECTION + "31 October 2026 (counting from the day the government took office)"),
            L("3,380", 3380, E, P, SBA, OCT26),
            L("58", 58, E, BOATS, SBC, OCT26, ctx="in 58 boats"),
            L("58", 58, E, PPB, OCC, OCT26 + " (average per boat)", ctx="average of 58"),
            L("more than double", 2, MT, RATIO, "people_per_boat_ratio", OCT26 + " vs 2021 (typical load)"),
            L("28", 28, E, PPB, OCC, "2021 (calendar year; average)"),
            L("1,185", 1185, E, P, SBA, "Saturday 13 June 2026 (the single busiest day of the year)"),
            L("19", 19, E, BOATS, SBC, "Saturday 13 June 2026"),
            L("at least 57", 57, AL, P, DEATHS, "1 January to 1 November 2026 (in 2026; International Organization for Migration)", occ=1),
            L("nine", 9, E, P, KIDS, "1 January to 1 November 2026 (among the dead this year; International Organization for Migration)", ctx="among them nine children"),
            L("at least 31", 31, AL, P, DEATHS, "2025 (the whole year)"),
            L("78", 78, E, P, DEATHS, "2024 (calendar year)"),
            L("Six", 6, E, P, DEATHS, TUE + " (on Tuesday)", ctx="Six of this year's"),
            L("around 70", 70, AP, PPB, OCC, TUE + " (people carried by the overloaded dinghy)"),
            L("64", 64, E, P, "small_boat_rescues", TUE + " (pulled from the sea by French rescuers)", geo=FR),
            L("Two", 2, E, P, KIDS, TUE + " (children among the dead)", ctx="Two of the dead"),
            R("between €1,500 and €2,500", 1500, 2500, EUR, "smuggler_fee", "now, 2026 (a place in a boat; French police)", geo=FR),
            L("more than 14,000", 14000, MT, P, "small_boat_launch_attempts_stopped_people", "1 January to early November 2026 (so far this year; French police)", geo=FR),
            L("about 133,000", 133000, AP, P, "irregular_arrivals", "January to September 2026 (irregular crossings into the bloc; Frontex)", geo="EU"),
            L("22%", -22, E, PCT, "irregular_arrivals_change", "January to September 2026 vs January to September 2025 (fewer than a year earlier; Frontex)", geo="EU"),
            L("1,790", 1790, E, P, RET, PILOT + "31 October 2026 (handed back under the returns pilot)", geo=FR),
            L("1,400", 1400, E, P, LEGAL, PILOT + "31 October 2026 (came through the pilot's legal route)"),
            L("3,000-plus", 3000, MT, P, SBA, OCT26 + " (another month; Shadow Home Secretary)"),
            L("more than 85,000", 85000, MT, P, RET, SINCE_ELECTION + "November 2026 (removed or left since the election; Home Office spokesperson)"),
            # Crossings this year box
            L("35.7k", 35700, E, P, SBA, YTD_OCT26 + " (Crossings this year box)"),
            L("37.4k", 37400, E, P, SBA, YTD_OCT25 + " (Crossings this year box)"),
            L("at least 57", 57, AL, P, DEATHS, "1 January to 1 November 2026 (deaths recorded in 2026; Crossings this year box)", occ=2),
        ]),
    "06-gov-uk-asylum-summary-year-ending-june-2026": dict(
        meta=dict(url="https://www.gov.uk.example/government/statistics/immigration-system-statistics-year-ending-june-2026/summary-of-latest-statistics-asylum-and-protection",
                  title="Summary of latest statistics: asylum and protection, year ending June 2026",
                  publisher="Asylum Statistics Unit (GOV.UK)", author=None, published_date="2026-08-27",
                  license="Open Government Licence v3.0"),
        labels=[
            # 1. Key facts
            L("102,360", 102360, E, P, APPS, YJ26 + " (main applicants)" + KF, occ=0),
            L("8%", -8, E, PCT, APPS + "_change", YJ26 + " vs " + YJ25 + " (a fall of)" + KF, occ=0),
            L("41%", 41, E, PCT, GRANT_SH, YJ26 + " (grant rate at initial decision)" + KF, occ=0),
            L("47%", 47, E, PCT, GRANT_SH, YJ25 + " (a year earlier)" + KF, occ=0),
            L("54,320", 54320, E, P, BL, EJ26 + " (claims awaiting an initial decision)" + KF, occ=0),
            L("a third", -THIRD, E, PCT, BL + "_change", EJ26 + " vs " + EJ25 + " (down by; over the year)" + KF),
            L("101,300", 101300, E, P, SUPPORT, EJ26 + " (people supported by the Home Office)" + KF, occ=0),
            L("26,450", 26450, E, P, HOT, EJ26 + " (housed in hotels)" + KF, occ=0),
            # 2. Asylum applications
            L("102,360", 102360, E, P, APPS, YJ26 + " (claims lodged by main applicants; 12 months to June 2026)", occ=1),
            L("8%", -8, E, PCT, APPS + "_change", YJ26 + " vs " + YJ25 + " (below)", occ=1),
            L("111,084", 111084, E, P, APPS, YJ25 + " (12 months to June 2025)"),
            L("123,900", 123900, E, P, APPS, YJ26 + " (people covered by the claims, including dependants)"),
            L("11,350", 11350, E, P, APPS, YJ26 + " (Afghan main applicants; most common nationality)"),
            L("11%", 11, E, PCT, "asylum_applications_share_afghan", YJ26 + " (Afghans' share of applicants)"),
            L("9,280", 9280, E, P, APPS, YJ26 + " (Eritrean main applicants)"),
            L("8,040", 8040, E, P, APPS, YJ26 + " (Iranian main applicants)"),
            L("7,610", 7610, E, P, APPS, YJ26 + " (Sudanese main applicants)"),
            L("36%", 36, E, PCT, "asylum_applications_share_small_boat_arrivals", YJ26 + " (of main applicants)"),
            # 3. Initial decisions and grants
            L("124,800", 124800, E, P, "asylum_initial_decisions", YJ26 + " (12 months to June 2026)"),
            L("13%", 13, E, PCT, "asylum_initial_decisions_change", YJ26 + " vs " + YJ25 + " (more than)"),
            L("110,900", 110900, E, P, "asylum_initial_decisions", YJ25 + " (the preceding 12 months)"),
            L("51,170", 51170, E, P, "asylum_grants", YJ26 + " (refugee status or another form of protection at initial decision)"),
            L("41%", 41, E, PCT, GRANT_SH, YJ26 + " (grant rate)", occ=1),
            L("6 percentage points", -6, E, PCT, GRANT_SH + "_change", YJ26 + " vs " + YJ25 + " (lower; change in the grant rate in percentage points)"),
            L("47%", 47, E, PCT, GRANT_SH, YJ25, occ=1),
            L("96%", 96, E, PCT, GRANT_SH, YJ26 + " (Sudanese applicants)"),
            L("21%", 21, E, PCT, GRANT_SH, YJ26 + " (Iranian applicants)"),
            # 4. Claims awaiting a decision
            L("54,320", 54320, E, P, BL, EJ26 + " (claims yet to receive an initial decision)", occ=1),
            L("33%", -33, E, PCT, BL + "_change", EJ26 + " vs " + EJ25 + " (below)"),
            L("81,460", 81460, E, P, BL, EJ25),
            L("21,730", 21730, E, P, "asylum_backlog_waiting_over_6_months", EJ26),
            L("40%", 40, E, PCT, "asylum_backlog_share_waiting_over_6_months", EJ26),
            L("175,457", 175457, E, P, BL, "end of June 2023 (highest point)"),
            # 5. Appeals
            L("71,400", 71400, E, P, BLA, EJ26 + " (asylum appeals outstanding at the First-tier Tribunal)"),
            L("58%", 58, E, PCT, BLA + "_change", EJ26 + " vs " + EJ25 + " (up)"),
            L("45,200", 45200, E, P, BLA, EJ25 + " (twelve months before)"),
            L("38,600", 38600, E, P, "asylum_appeals_determined", YJ26 + " (determined by the Tribunal)"),
            L("44%", 44, E, PCT, "asylum_appeals_share_allowed", YJ26),
            # 6. Asylum support
            L("101,300", 101300, E, P, SUPPORT, EJ26 + " (receiving asylum support)", occ=1),
            L("6%", -6, E, PCT, SUPPORT + "_change", EJ26 + " vs " + EJ25 + " (fewer than twelve months before)"),
            L("26,450", 26450, E, P, HOT, EJ26 + " (lived in hotels)", occ=1),
            L("32,059", 32059, E, P, HOT, EJ25),
            L("18%", -18, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (fewer)"),
            L("68,230", 68230, E, P, DISP, EJ26),
            L("6,620", 6620, E, P, "asylum_support_subsistence_only", EJ26),
            L("176", 176, E, HOTELS, HIU, EJ26 + " (hotels used as asylum accommodation)"),
            L("more than 400", 400, MT, HOTELS, HIU, "2023 (the peak)"),
            # 7. Resettlement
            L("1,020", 1020, E, P, "resettlement_arrivals", YJ26 + " (UK Resettlement Scheme and community sponsorship)"),
        ]),
    "07-daily-lamplighter-rwanda-bill-715m-four-migrants": dict(
        meta=dict(url="https://www.dailylamplighter.example/news/article-15382044/Rwanda-scheme-final-bill-715m-four-migrants-Labour-750million-saving-fantasy.html",
                  title="EXCLUSIVE: Rwanda scheme's final bill hits £715m for just FOUR migrants - as Tories brand Labour's claim it saved £750million by axing the plan a 'fantasy'",
                  publisher="Daily Lamplighter", author="Clemency Vasquez-Thorne", published_date="2026-07-17"),
        labels=[
            # headline and bullets
            L("£715m", 715e6, E, GBP, RSC, MEDP + " and wind-down to 2025/26 (final bill; headline)", occ=0),
            L("FOUR", 4, E, P, "rwanda_relocations", MEDP + " (headline)"),
            L("£750million", 750e6, E, GBP, SAVE, "future years from July 2024 (saved by axing the plan; Labour's claim; headline)", occ=0),
            L("£3.1m", 3.1e6, E, GBP, RSC, FY26 + " (winding down the scheme last year; bullet)", occ=0),
            L("£290m", 290e6, E, GBP, PTR, MEDP + " (handed to Kigali; bullet)", occ=0),
            V("hundreds of millions", 2e8, 9e8, GBP, SAVE, "future years from July 2024 (saved by scrapping the deal; Labour; bullet)"),
            # body
            L("£3.1million", 3.1e6, E, GBP, RSC, FY26 + " (last year; Home Office annual report published Thursday 16 July 2026)"),
            L("£715million", 715e6, E, GBP, RSC, MEDP + " and wind-down to 2025/26 (final bill)", occ=0),
            L("four", 4, E, P, "rwanda_relocations", MEDP + " (all went voluntarily)", ctx="just four people"),
            L("almost £179million", 179e6, ALM, GBP, RSC, "per migrant relocated, " + MEDP),
            L("£290million", 290e6, E, GBP, PTR, MEDP + " (paid straight to the Rwandan government)"),
            L("around 200", 200, AP, P, "rwanda_accommodation_capacity", "2022 to 2024 (hostels readied for arrivals; Rwandan government spokeswoman)", geo="Rwanda"),
            L("£750million", 750e6, E, GBP, SAVE, "future years from July 2024 (public money saved by ditching the scheme; Labour's claim)", occ=1),
            L("£750million", 750e6, E, GBP, SAVE, "future years from July 2024 (Labour's figure, as quoted by the Shadow Home Secretary)", occ=2),
            L("more than 85,000", 85000, MT, P, SBA, "July 2024 to mid-July 2026 (since the scheme was scrapped; Shadow Home Secretary)"),
            L("£100million", 100e6, E, GBP, PTR, "2025 and 2026 (instalments never paid after the deal was cancelled)"),
            L("£50million", 50e6, E, GBP, PTR, "per year, 2025 and 2026 (annual instalments never paid)"),
            L("£120million", 120e6, E, GBP, PTR, "conditional, once 300 people had been relocated (never paid)"),
            L("£20,000", 20000, E, GBP, PTR, "per person sent (agreed)"),
            L("£150,874", 150874, E, GBP, PTR, "per person over five years (processing and integration; agreed)"),
            L("about £1.8million", 1.8e6, AP, GBP, RSP, "per person for the first 300 relocations (public spending watchdog, 2024)"),
            L("300", 300, E, P, "rwanda_relocations_planned", "the first relocations (public spending watchdog, 2024)", ctx="the first 300 migrants"),
            L("2,145", 2145, E, P, "rwanda_removal_cohort", "2024, before the general election was called (earmarked for the first flights; FOI documents)"),
            L("£750million", 750e6, E, GBP, SAVE, "future years from July 2024 (Labour sources: future payments, flights, detention and legal costs)", occ=3),
            L("£715million", 715e6, E, GBP, RSC, MEDP + " (Home Office spokesman)", occ=1),
            L("four", 4, E, P, "rwanda_relocations", MEDP + " (volunteers; Home Office spokesman)", ctx="sent four volunteers"),
            L("nearly 15,000", 15000, ALM, P, "caseworkers_affordable_with_rwanda_cost", "for a year (asylum caseworkers the money could have paid for; Home Office spokesman)"),
            # THE RWANDA BILL box
            L("£715m", 715e6, E, GBP, RSC, MEDP + " and wind-down (total cost)" + BOX, occ=1),
            L("£290m", 290e6, E, GBP, PTR, MEDP + " (paid to Rwanda)" + BOX, occ=1),
            L("4", 4, E, P, "rwanda_relocations", MEDP + " (migrants relocated)" + BOX, ctx="relocated: 4"),
            L("£178.8m", 178.8e6, E, GBP, RSC, "per relocation, " + MEDP + BOX),
            L("£3.1m", 3.1e6, E, GBP, RSC, FY26 + " (spent winding down)" + BOX, occ=1),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
