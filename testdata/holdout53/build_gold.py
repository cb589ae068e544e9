#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the fifty-third hand-labelled hold-out set (holdout53).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, EUR, RATIO, BOATS, PPB, HOTELS, THIRD, E,
                        AP, MT, AL, LT, ALM, SBA, SBC, NM, AC, HOT, PTR, RSC)

IMM, EMI, RET, OCC = "immigration", "emigration", "returns", "small_boat_occupancy"
APPS, GRANT_RATE, LEGAL = "asylum_applications", "asylum_grant_rate", "uk_france_legal_route_arrivals"
SHARE_RET, REL = "returns_share_of_small_boat_arrivals", "rwanda_relocations"
NMR, NMF, NMI = "net_migration_revision", "net_migration_forecast", "net_migration_international"
POP, INT, SUP = "population", "internal_migration_net", "asylum_support_population"
CON, PAPC = "asylum_accommodation_contracts_cost", "asylum_applications_per_1000_population"
HOMES_U, HOUSEHOLDS, BEDS = "other:homes", "other:households", "other:bed_spaces"
PARCELS, RATE_U = "other:food_parcels", "other:applications_per_1000_population"
UK, FR, EU, WA, DE, IT = "UK", "France", "EU", "Wales", "Germany", "Italy"
LIV, LCR = "Liverpool", "Liverpool City Region"

# periods
SUN, SAT = "Sunday 9 August 2026", "Saturday 8 August 2026"
YTD9, YTD9_25 = "1 January to 9 August 2026", "1 January to 9 August 2025"
PILOT_A = "18 September 2025 (first return) to 9 August 2026"
LAB = "5 July 2024 (Labour took office)"
Y25, Y24 = "2025 (calendar year)", "2024 (calendar year)"
YJ25 = "year ending June 2025 (July 2024 to June 2025)"
ONS = " (ONS, Thursday 21 May 2026)"
EJ26, EJ25 = "end of June 2026 (30 June 2026)", "end of June 2025 (30 June 2025)"
FY24, FY25, FY26 = "2023–24 financial year", "2024–25 financial year", "2025–26 financial year"
F2 = " (Figure 2, £ million)"
YMID25, YMID24 = "year to mid-2025 (mid-2024 to mid-2025)", "year to mid-2024 (mid-2023 to mid-2024)"
MID25, MID24 = "mid-2025 (30 June 2025)", "mid-2024 (30 June 2024)"
EM26 = "end of March 2026 (31 March 2026)"
YTD21 = "1 January to 21 July 2026"
SINCE_LAB_21 = LAB + " to 21 July 2026"

ARTICLES = {
    "01-anchorline-tv-channel-crossings-busiest-day-since-june": dict(
        meta=dict(url="https://www.anchorlinetv.example/news/2026-08-10/almost-840-migrants-cross-channel-busiest-day-since-june",
                  title="Almost 840 migrants cross Channel on Sunday in busiest day since June",
                  publisher="Anchorline TV News", author="Priya Castellanos-Webb", published_date="2026-08-10"),
        labels=[
            L("Almost 840", 840, ALM, P, SBA, SUN + " (headline)"),
            L("Fourteen", 14, E, BOATS, SBC, SUN + " (reached the Kent coast; standfirst)"),
            L("837", 837, E, P, SBA, SUN + " (Home Office figures released Monday 10 August 2026)", occ=0),
            L("14", 14, E, BOATS, SBC, SUN, ctx="in 14 small boats"),
            L("almost 60", 60, ALM, PPB, OCC, SUN + " (people on each boat)"),
            L("13", 13, E, PPB, OCC, "2020 (calendar year; the average per boat)"),
            L("more than four times", 4, MT, RATIO, "people_per_boat_ratio", SUN + " vs 2020 (passengers per dinghy)"),
            L("129", 129, E, P, SBA, SAT),
            L("three", 3, E, BOATS, SBC, SAT, ctx="in three boats"),
            L("24,118", 24118, E, P, SBA, YTD9 + " (the total for 2026 so far)", occ=0),
            L("27,029", 27029, E, P, SBA, YTD9_25 + " (by the same date last year)"),
            L("about 11%", -11, AP, PCT, SBA + "_change", YTD9 + " vs " + YTD9_25 + " (running lower)"),
            L("41,472", 41472, E, P, SBA, Y25 + " (last year as a whole; the second-highest annual figure)"),
            # chart (thousands)
            L("1.2k", 1200, E, P, SBA, "January 2026 (chart)"),
            L("0.9k", 900, E, P, SBA, "February 2026 (chart)"),
            L("2.7k", 2700, E, P, SBA, "March 2026 (chart)"),
            L("3.5k", 3500, E, P, SBA, "April 2026 (chart)"),
            L("4.9k", 4900, E, P, SBA, "May 2026 (chart)"),
            L("5.3k", 5300, E, P, SBA, "June 2026 (chart)"),
            L("4.0k", 4000, E, P, SBA, "July 2026 (chart)"),
            L("5,322", 5322, E, P, SBA, "June 2026 (the peak month of 2026)"),
            L("3,971", 3971, E, P, SBA, "July 2026 (held down by unsettled weather)"),
            # Key numbers
            L("837", 837, E, P, SBA, SUN + " (key numbers)", occ=1),
            L("14", 14, E, BOATS, SBC, SUN + " (key numbers)", ctx="• 14 boats"),
            L("24,118", 24118, E, P, SBA, YTD9 + " (key numbers)", occ=1),
            L("About 11%", -11, AP, PCT, SBA + "_change", YTD9 + " vs " + YTD9_25 + " (fewer than at this stage of 2025; key numbers)"),
            L("1,460", 1460, E, P, RET, PILOT_A + " (sent back to France since last September; key numbers)", occ=0, geo=FR),
            # returns deal
            L("1,460", 1460, E, P, RET, PILOT_A + " (sent back under the one-in, one-out pilot)", occ=1, geo=FR),
            L("1,120", 1120, E, P, LEGAL, PILOT_A + " (flown here through the scheme's legal route)"),
            L("fewer than one in 20", 5, LT, PCT, SHARE_RET, PILOT_A + " (returned, of those landing after the pilot started)", geo=FR),
            L("212", 212, E, P, "small_boat_launch_attempts_stopped_people", SUN + " (stopped from boarding boats near Gravelines and Hardelot; prefecture for the Channel coast)", geo=FR),
            L("more than 1,400", 1400, MT, P, RET, PILOT_A + " (returned to France; Home Office spokesperson)", geo=FR),
            L("Nearly 89,000", 89000, ALM, P, SBA, LAB + " to 9 August 2026 (crossed since Labour took office; the Shadow Home Secretary)"),
            L("At least 19", 19, AL, P, "small_boat_deaths", YTD9 + " (died attempting the journey since January; International Organization for Migration)"),
            L("three", 3, E, P, "small_boat_deaths_children", YTD9 + " (children among the dead; International Organization for Migration)", ctx="three of them children"),
        ]),
    "02-stanchion-wire-uk-net-migration-171000-revisions": dict(
        meta=dict(url="https://www.stanchionwire.example/world/uk/uk-net-migration-slides-171000-departures-climb-2026-05-21/",
                  title="UK net migration slides to 171,000 as departures climb, earlier estimates revised",
                  publisher="Stanchion Wire", author="Tomasz Achebe-Lindgren", published_date="2026-05-21"),
        labels=[
            L("171,000", 171000, E, P, NM, Y25 + " (headline)", occ=0),
            L("171,000", 171000, E, P, NM, Y25 + ONS, occ=1),
            L("331,000", 331000, E, P, NM, Y24 + " (revised)" + ONS),
            L("less than a fifth", 0.2, LT, RATIO, NM + "_ratio", Y25 + " vs year ending March 2023 (the post-pandemic high)"),
            L("944,000", 944000, E, P, NM, "year ending March 2023 (April 2022 to March 2023; the post-pandemic high)"),
            L("219,000", 219000, E, P, NM, YJ25 + " (revised up)" + ONS),
            L("204,000", 204000, E, P, NM, YJ25 + " (previous estimate, November 2025)"),
            L("14,000", -14000, E, P, NMR, Y24 + " (estimate cut, vs the previous estimate)" + ONS),
            L("345,000", 345000, E, P, NM, Y24 + " (previous estimate)"),
            L("15,000", 15000, E, P, NMR, YJ25 + " (upward revision, mostly students staying longer)" + ONS),
            L("About 812,000", 812000, AP, P, IMM, Y25 + " (arrived to live in Britain for at least a year)"),
            L("nearly 10%", -10, ALM, PCT, IMM + "_change", Y25 + " vs " + Y24 + " (fewer)"),
            L("13%", 13, E, PCT, EMI + "_change", Y25 + " vs " + Y24 + " (emigration rose)"),
            L("641,000", 641000, E, P, EMI, Y25),
            L("298,000", 298000, E, P, "net_migration_non_eu", Y25 + " (non-EU nationals)"),
            L("39,000", -39000, E, P, "net_migration_eu", Y25 + " (a net number of EU citizens left)"),
            L("88,000", -88000, E, P, "net_migration_british_nationals", Y25 + " (a net number of British nationals left)"),
            L("38%", -38, E, PCT, "immigration_work_non_eu_change", Y25 + " vs " + Y24 + " (non-EU nationals arriving for work)"),
            L("176,000", 176000, E, P, "immigration_work_non_eu", Y25),
            L("203,000", 203000, E, P, "immigration_study_non_eu", Y25 + " (arrivals for study)"),
            L("231,000", 231000, E, P, "immigration_study_non_eu", Y24 + " (arrivals for study)"),
            L("104,300", 104300, E, P, APPS, Y25 + " (claimed asylum last year; Home Office, February 2026)"),
            L("4%", -4, E, PCT, APPS + "_change", Y25 + " vs " + Y24 + " (fewer)"),
            L("41,472", 41472, E, P, SBA, Y25 + " (reached the country in small boats)"),
            R("between 150,000 and 200,000", 150000, 200000, P, NMF, "per year, in coming years (expected to settle; senior UK economist, Lothair Capital)"),
            L("258,000", 258000, E, P, NMF, "per year (Office for Budget Responsibility, March 2026 forecast)"),
            L("almost half", -50, ALM, PCT, NM + "_change", Y25 + " vs " + Y24 + " (fallen in a single year; the Prime Minister's spokesman)"),
            L("171,000", 171000, E, P, NM, Y25 + " (still far too high; Reform UK)", occ=2),
            L("zero", 0, E, P, "net_migration_target", "per year, under a Reform government (the aim stated by Reform UK's leader)"),
        ]),
    "03-pier-head-echo-liverpool-asylum-support-rise": dict(
        meta=dict(url="https://www.pierheadecho.example/news/liverpool-news/asylum-seekers-housed-liverpool-up-almost-fifth-31847265",
                  title="Number of asylum seekers housed in Liverpool up by almost a fifth in a year",
                  publisher="Pier Head Evening Echo", author="Siobhan McAllister-Nwosu", published_date="2026-08-28"),
        labels=[
            L("almost a fifth", 20, ALM, PCT, SUP + "_change", EJ26 + " vs " + EJ25 + " (asylum seekers housed in Liverpool; headline)", occ=0, geo=LIV),
            L("almost a fifth", 20, ALM, PCT, SUP + "_change", EJ26 + " vs " + EJ25 + " (higher than a year ago)", occ=1, geo=LIV),
            L("2,760", 2760, E, P, SUP, EJ26 + " (receiving asylum support; Home Office data published Thursday 27 August 2026)", geo=LIV),
            L("2,310", 2310, E, P, SUP, EJ25 + " (twelve months earlier)", geo=LIV),
            L("5,140", 5140, E, P, SUP, EJ26 + " (the six boroughs together)", geo=LCR),
            L("more than half", 50, MT, PCT, "asylum_support_population_share_liverpool", EJ26 + " (Liverpool's part of the city region's total)", geo=LCR),
            L("410", 410, E, P, HOT, EJ26 + " (in hotels in the city region in June)", geo=LCR),
            L("a third", 1 / 3, E, RATIO, HOT + "_ratio", EJ26 + " vs " + EJ25, geo=LCR),
            L("1,230", 1230, E, P, HOT, EJ25 + " (a year before)", geo=LCR),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", EJ26 + " (still being used)", ctx="only two hotels", geo=LCR),
            L("six", 6, E, HOTELS, "asylum_hotels_in_use", EJ25 + " (down from)", ctx="down from six", geo=LCR),
            L("around 500,000", 500000, AP, P, POP, "2026 (Liverpool is home to)", geo=LIV),
            L("roughly one in every 180", 100 / 180, AP, PCT, "asylum_support_population_share_of_residents", EJ26 + " (residents who are asylum seekers)", geo=LIV),
            L("101,900", 101900, E, P, SUP, EJ26 + " (the national asylum support caseload in June)"),
            L("about one in 20", 5, AP, PCT, "asylum_support_population_share_liverpool_city_region", EJ26 + " (the city region's part of the national caseload)"),
            L("£3,500", 3500, E, GBP, "council_asylum_grant", "per new bed space, one-off (spokesperson for the Metro Mayor of the Liverpool City Region)", geo=LCR),
            L("closer to £9,000", 9000, AP, GBP, "council_asylum_cost", "per person, first year of support (cost to local services; the Metro Mayor's spokesperson, the councils' own estimate)", geo=LCR),
            L("£1.2m", 1.2e6, E, GBP, "combined_authority_refugee_integration_funding", "2026–27 financial year (set aside this year for English classes and employment support; the Metro Mayor's spokesperson)", geo=LCR),
            L("2,430", 2430, E, P, "charity_service_users", "1 January to 28 August 2026 (supported since January; Dockside Welcome Project)", geo=LIV),
            L("35%", 35, E, PCT, "charity_service_users_change", "1 January to 28 August 2026 vs the same stretch of 2025 (Dockside Welcome Project)", geo=LIV),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week, 2026 (to live on; director, Dockside Welcome Project)"),
            L("nearly 300", 300, ALM, PARCELS, "charity_food_parcels_distributed", "per week, August 2026 (giving out; director, Dockside Welcome Project)", geo=LIV),
            L("312", 312, E, HOUSEHOLDS, "refugees_homeless_after_leaving_asylum_support", "year to June 2026 (July 2025 to June 2026; approached the council as homeless after being granted refugee status; Liverpool City Council)", geo=LIV),
            L("nearly double", 2, ALM, RATIO, "refugees_homeless_after_leaving_asylum_support_ratio", "year to June 2026 vs year to June 2025", geo=LIV),
            L("164", 164, E, HOUSEHOLDS, "refugees_homeless_after_leaving_asylum_support", "year to June 2025 (July 2024 to June 2025; the previous twelve months)", geo=LIV),
            L("more than 250", 250, MT, HOTELS, "asylum_hotels_closed", "2023 peak to August 2026 (closed nationally since the peak; Home Office spokesperson)"),
        ]),
    "04-national-accounts-scrutiny-office-asylum-accommodation-contracts": dict(
        meta=dict(url="https://www.naso.example/reports/asylum-accommodation-contracts-update-on-cost-and-performance/",
                  title="Asylum accommodation contracts: an update on cost and performance",
                  publisher="National Accounts Scrutiny Office", author=None, published_date="2026-10-14"),
        labels=[
            L("£15.8 billion", 15.8e9, E, GBP, CON, "September 2019 to September 2029 (the contracts' ten-year life; current expectation)"),
            L("more than three times", 3, MT, RATIO, CON + "_ratio", "current expectation vs the estimate when the contracts were let in 2019"),
            L("£4.6 billion", 4.6e9, E, GBP, CON, "September 2019 to September 2029 (estimated when the contracts were let, 2019)"),
            L("£4.22 billion", 4.22e9, E, GBP, AC, FY24 + " (spending on the contracts; the peak)"),
            L("£2.87 billion", 2.87e9, E, GBP, AC, FY26 + " (spending on the contracts)"),
            L("about a fifth", -20, AP, PCT, AC + "_change", FY26 + " vs " + FY25 + " (spending on the contracts; less than)"),
            L("more than half", -50, MT, PCT, AC + "_change", FY26 + " vs " + FY24 + " (spending on contingency hotels, in two years)", ctx="fell by more than half"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "2023 (the peak)"),
            L("118", 118, E, HOTELS, "asylum_hotels_in_use", EJ26),
            L("£152", 152, E, GBP, AC, "per person per night, " + FY26 + " (a hotel place; average)"),
            L("£17", 17, E, GBP, AC, "per person per night, " + FY26 + " (dispersal accommodation; average)"),
            L("about nine times", 9, AP, RATIO, AC + "_ratio", FY26 + " (hotel vs dispersal cost per person per night)"),
            L("about two-thirds", 200 / 3, AP, PCT, "asylum_cost_share_accommodation_contracts", FY26 + " (the contracts' part of asylum spending)"),
            L("£4.4 billion", 4.4e9, E, GBP, AC, FY26 + " (the Department's spending on asylum)"),
            L("97,600", 97600, E, P, SUP, "30 June 2026 (living in accommodation provided under the contracts)"),
            L("21,400", 21400, E, P, HOT, "30 June 2026"),
            L("more than 56,000", 56000, MT, P, HOT, "2023 (the peak)"),
            L("at least 14,000", 14000, AL, BEDS, "asylum_dispersal_bed_spaces_needed", "by 2029 (additional dispersal bed spaces needed to end hotel use)"),
            L("6,300", 6300, E, BEDS, "asylum_dispersal_bed_spaces_added", FY26 + " (new bed spaces delivered by providers)"),
            L("9,000", 9000, E, BEDS, "asylum_dispersal_bed_spaces_planned", FY26 + " (planned by the Department)"),
            L("1,214", 1214, E, HOMES_U, "asylum_accommodation_properties_inspected", FY26 + " (inspected by the Department)"),
            L("462", 462, E, HOMES_U, "asylum_accommodation_properties_with_defects", FY26 + " (at least one defect)"),
            L("38%", 38, E, PCT, "asylum_accommodation_properties_share_with_defects", FY26 + " (of properties inspected)"),
            L("57", 57, E, HOMES_U, "asylum_accommodation_properties_health_safety_risk", FY26 + " (judged to pose a risk to health or safety)"),
            L("£61 million", 61e6, E, GBP, "asylum_accommodation_excess_profit_recovered", "2019 to October 2026 (repaid by providers since 2019)"),
            L("£23 million", 23e6, E, GBP, "asylum_accommodation_excess_profit_owed", FY25 + " (owed, not yet recovered)"),
            # Figure 2 (£ million)
            L("2,890", 2.89e9, E, GBP, AC, FY24 + " (contingency hotels)" + F2),
            L("2,110", 2.11e9, E, GBP, AC, FY25 + " (contingency hotels)" + F2),
            L("1,340", 1.34e9, E, GBP, AC, FY26 + " (contingency hotels)" + F2),
            L("-36", -36, E, PCT, AC + "_change", FY26 + " vs " + FY25 + " (contingency hotels; Figure 2, %)"),
            L("1,020", 1.02e9, E, GBP, AC, FY24 + " (dispersal accommodation)" + F2),
            L("1,180", 1.18e9, E, GBP, AC, FY25 + " (dispersal accommodation)" + F2),
            L("1,260", 1.26e9, E, GBP, AC, FY26 + " (dispersal accommodation)" + F2),
            L("+7", 7, E, PCT, AC + "_change", FY26 + " vs " + FY25 + " (dispersal accommodation; Figure 2, %)"),
            L("310", 3.1e8, E, GBP, AC, FY24 + " (initial accommodation)" + F2),
            L("290", 2.9e8, E, GBP, AC, FY25 + " (initial accommodation)" + F2),
            L("270", 2.7e8, E, GBP, AC, FY26 + " (initial accommodation)" + F2),
            L("-7", -7, E, PCT, AC + "_change", FY26 + " vs " + FY25 + " (initial accommodation; Figure 2, %)"),
            L("4,220", 4.22e9, E, GBP, AC, FY24 + " (total)" + F2),
            L("3,580", 3.58e9, E, GBP, AC, FY25 + " (total)" + F2),
            L("2,870", 2.87e9, E, GBP, AC, FY26 + " (total)" + F2),
            L("-20", -20, E, PCT, AC + "_change", FY26 + " vs " + FY25 + " (total; Figure 2, %)"),
        ]),
    "05-daily-broadsword-rwanda-scheme-final-bill-729million": dict(
        meta=dict(url="https://www.dailybroadsword.example/news/politics/2041877/rwanda-scheme-final-bill-729million-four-migrants",
                  title="Rwanda scheme's final bill hits £729MILLION - and just FOUR migrants ever went",
                  publisher="Daily Broadsword", author="Graham Oduya-Pennington", published_date="2026-07-22"),
        labels=[
            L("£729MILLION", 729e6, E, GBP, RSC, "April 2022 to March 2026 (final bill; headline)"),
            L("FOUR", 4, E, P, REL, "April 2022 to July 2024 (migrants who ever went; headline)"),
            L("£729million", 729e6, E, GBP, RSC, "April 2022 to March 2026 (bill left to taxpayers; standfirst)", occ=0),
            L("£14million", 14e6, E, GBP, RSC, FY26 + " (spent winding the scheme down; Home Office annual report and accounts, Tuesday 21 July 2026)"),
            L("£729million", 729e6, E, GBP, RSC, "April 2022 to March 2026 (total cost of the Migration and Economic Development Partnership)", occ=1),
            L("£715million", 715e6, E, GBP, RSC, "April 2022 to July 2024 (disclosed to MPs by the Home Secretary, July 2024)", occ=0),
            L("£290million", 290e6, E, GBP, PTR, "April 2022 to March 2026 (went straight to the government in Kigali)"),
            L("roughly two in every five", 40, AP, PCT, "payment_to_rwanda_share_of_scheme_cost", "April 2022 to March 2026 (pounds of the total that went to Kigali)"),
            L("£439million", 439e6, E, GBP, RSC, "April 2022 to March 2026 (the remainder: staff, lawyers, detention places and chartered jets)"),
            L("four", 4, E, P, REL, "April 2022 to July 2024 (ever relocated, all volunteers)", ctx="Only four people"),
            L("more than £182million", 182e6, MT, GBP, RSC, "April 2022 to March 2026 (per person relocated)"),
            L("5,700", 5700, E, P, "rwanda_removal_cohort", "July 2024 (identified as eligible for removal when the scheme was scrapped)"),
            L("more than half", 50, MT, PCT, "rwanda_removal_candidates_share_lost_contact", "2024 (lost contact with; the department's admission)"),
            L("nearly 86,000", 86000, ALM, P, SBA, SINCE_LAB_21 + " (crossed from France in small boats since Labour took office)"),
            L("41,472", 41472, E, P, SBA, Y25 + " (last year)"),
            L("21,100", 21100, E, P, SBA, YTD21 + " (so far in 2026)"),
            V("tens of thousands", 20000, 90000, P, SBA, SINCE_LAB_21 + " (crossed the Channel since Labour cancelled the scheme; the Shadow Home Secretary)"),
            L("£729million", 729e6, E, GBP, RSC, "April 2022 to March 2026 (spent sending four people to Africa; Reform UK's home affairs spokesman)", occ=2),
            L("four", 4, E, P, REL, "April 2022 to July 2024 (Reform UK's home affairs spokesman)", ctx="sending four people"),
            L("£3.7million", 3.7e6, E, GBP, AC, "per day, July 2026 (putting migrants up in hotels; Reform UK's home affairs spokesman)"),
            L("more than 15,000", 15000, MT, P, "caseworkers_affordable_with_rwanda_cost", "for a year (asylum caseworkers the sum could have paid for; the Liberal Democrats' home affairs spokeswoman)"),
            L("£715million", 715e6, E, GBP, RSC, "April 2022 to July 2024 (spent by the last government; Home Office spokesman)", occ=1),
            L("four", 4, E, P, REL, "April 2022 to July 2024 (volunteers removed; Home Office spokesman)", ctx="removed four volunteers"),
            L("more than 50,000", 50000, MT, P, RET, LAB + " to July 2026 (returned since the election; Home Office spokesman)"),
            L("around a tenth", -10, AP, PCT, SBA + "_change", YTD21 + " vs 1 January to 21 July 2025 (so far this year; Home Office spokesman)"),
            L("£4.4billion", 4.4e9, E, GBP, AC, FY26 + " (spent on asylum; Home Office accounts)"),
            L("more than six times", 6, MT, RATIO, AC + "_ratio", FY26 + " asylum spending vs the entire cost of the Rwanda scheme (critics)"),
        ]),
    "06-cymru-statistics-migration-to-and-from-wales-mid-2025": dict(
        meta=dict(url="https://www.cymrustats.example/statistics-and-research/migration-to-and-from-wales-year-to-mid-2025",
                  title="Migration to and from Wales: year to mid-2025",
                  publisher="Cymru Statistics and Research Division", author="Rhodri Tegwen-Abiodun",
                  published_date="2026-07-29", license="Open Government Licence v3.0"),
        labels=[
            # Main points
            L("3,205,600", 3205600, E, P, POP, MID25 + " (main points)", geo=WA),
            L("18,500", 18500, E, P, "population_growth", YMID25 + " (increase on a year earlier)", geo=WA),
            L("0.6%", 0.6, E, PCT, "population_change", YMID25, geo=WA),
            L("17,200", 17200, E, P, NMI, YMID25 + " (net international migration added; main points)", occ=0, geo=WA),
            L("42%", -42, E, PCT, NMI + "_change", YMID25 + " vs " + YMID24 + " (fewer)", geo=WA),
            L("29,700", 29700, E, P, NMI, YMID24, geo=WA),
            L("8,400", 8400, E, P, INT, YMID25 + " (moves within the UK added; main points)", occ=0, geo=WA),
            L("7,100", -7100, E, P, "population_natural_change", YMID25 + " (more deaths than births; main points)", occ=0, geo=WA),
            # Population change
            L("3,187,100", 3187100, E, P, POP, MID24, geo=WA),
            L("17,200", 17200, E, P, NMI, YMID25 + " (accounted for)", occ=1, geo=WA),
            L("8,400", 8400, E, P, INT, YMID25 + " (net migration from the rest of the UK)", occ=1, geo=WA),
            L("7,100", -7100, E, P, "population_natural_change", YMID25 + " (natural change reduced the population by)", occ=1, geo=WA),
            L("0.4%", 0.4, E, PCT, "population_change", YMID25 + " (over the same twelve months, England and Wales combined)", geo="England and Wales"),
            L("0.3%", 0.3, E, PCT, "population_change", YMID25, geo="Scotland"),
            L("0.5%", 0.5, E, PCT, "population_change", YMID25, geo="Northern Ireland"),
            L("4.6%", 4.6, E, PCT, "population_share_wales_of_uk", MID25 + " (Wales's share of the UK population)"),
            # International migration
            L("41,800", 41800, E, P, IMM, YMID25 + " (came to live in Wales from abroad)", geo=WA),
            L("24,600", 24600, E, P, EMI, YMID25 + " (residents who emigrated)", geo=WA),
            L("Around two in five", 40, AP, PCT, "immigration_share_aged_16_24", YMID25 + " (international immigrants aged 16 to 24)", geo=WA),
            L("6,100", 6100, E, P, NMI, YMID25, geo="Cardiff"),
            L("2,900", 2900, E, P, NMI, YMID25, geo="Swansea"),
            L("1,800", 1800, E, P, NMI, YMID25, geo="Newport"),
            L("more than a third", THIRD, MT, PCT, "net_migration_international_share_cardiff", YMID25 + " (Cardiff's part of the Wales total)", geo=WA),
            L("219,000", 219000, E, P, NM, YJ25 + " (ONS long-term international migration estimate)"),
            L("about 8%", 8, AP, PCT, "net_migration_share_wales", YMID25 + " vs " + YJ25 + " (Wales's net international migration against UK net migration)"),
            # Within the UK
            L("63,900", 63900, E, P, "internal_migration_inflow", YMID25 + " (arrived from other parts of the UK)", geo=WA),
            L("55,500", 55500, E, P, "internal_migration_outflow", YMID25 + " (went the other way)", geo=WA),
            L("8,400", 8400, E, P, INT, YMID25 + " (net gain within the UK)", occ=2, geo=WA),
            L("8,100", 8100, E, P, INT, YMID25 + " (net gain from England)", geo=WA),
            L("300", 300, E, P, INT, YMID25 + " (net from Scotland and Northern Ireland together)", geo=WA),
            L("About one in seven", 100 / 7, AP, PCT, "internal_migration_inflow_share_aged_65_and_over", YMID25 + " (of people moving to Wales from England)", geo=WA),
            # Births and deaths
            L("27,600", 27600, E, P, "births", YMID25 + " (live births over the twelve months)", geo=WA),
            L("34,700", 34700, E, P, "deaths", YMID25, geo=WA),
            L("7,100", -7100, E, P, "population_natural_change", YMID25 + " (natural decrease)", occ=2, geo=WA),
            # Asylum and resettlement
            L("3,480", 3480, E, P, SUP, EM26 + " (receiving asylum support; Home Office)", geo=WA),
            L("about 3%", 3, AP, PCT, "asylum_support_population_share_wales", EM26 + " (of the UK total)"),
            L("104,700", 104700, E, P, SUP, EM26 + " (UK total)"),
            L("More than four in five", 80, MT, PCT, "asylum_support_population_share_four_dispersal_areas", EM26 + " (living in Cardiff, Swansea, Newport or Wrexham)", geo=WA),
            L("More than 8,000", 8000, MT, P, "immigration_ukraine", "March 2022 to July 2026 (arrived under Homes for Ukraine and the supersponsor route)", geo=WA),
        ]),
    "07-new-continental-asylum-claims-per-head-uk-france-germany-italy": dict(
        meta=dict(url="https://www.newcontinental.example/opinion/2026/11/19/britain-not-europes-soft-touch-asylum-claims-per-head",
                  title="Britain is not Europe's soft touch. The numbers say so",
                  publisher="The New Continental", author="Aurélie Banerjee-Holt", published_date="2026-11-19"),
        labels=[
            L("2,040", 2040, E, P, "poll_sample_size", "October 2026 (adults polled for this paper last month)"),
            L("41%", 41, E, PCT, "poll_share_uk_most_asylum_claims_per_head", "October 2026 (believed the UK took in more claims per head than France, Germany or Italy)"),
            L("12%", 12, E, PCT, "poll_share_uk_fewest_asylum_claims_per_head", "October 2026 (picked Britain as the lowest of the four)"),
            L("104,300", 104300, E, P, APPS, Y25 + " (main applicants and dependants)"),
            L("about 151,000", 151000, AP, P, APPS, Y25, geo=FR),
            L("roughly 134,000", 134000, AP, P, APPS, Y25, geo=IT),
            L("113,200", 113200, E, P, APPS, Y25 + " (first-time claims)", geo=DE),
            L("329,000", 329000, E, P, APPS, "2023 (calendar year; first-time claims)", geo=DE),
            L("nearly 1.2m", 1.2e6, ALM, P, APPS, "2015 to 2016 (calendar years; lodged a first claim)", geo=DE),
            L("about 69.5 million", 69.5e6, AP, P, POP, "2025"),
            L("1.5", 1.5, E, RATE_U, PAPC, Y25 + " (claims per 1,000 residents)"),
            L("2.2", 2.2, E, RATE_U, PAPC, Y25 + " (claims per 1,000 residents)", geo=FR),
            L("almost half as many again", 1.5, ALM, RATIO, PAPC + "_ratio", Y25 + " (France's rate against the UK's)", geo=FR),
            L("2.3", 2.3, E, RATE_U, PAPC, Y25 + " (claims per 1,000 residents)", geo=IT),
            L("almost two-thirds", -200 / 3, ALM, PCT, APPS + "_change", Y25 + " vs 2023 (first-time claims; fell in two years)", geo=DE),
            L("1.4", 1.4, E, RATE_U, PAPC, Y25 + " (claims per 1,000 residents)", geo=DE),
            L("1.8", 1.8, E, RATE_U, PAPC, Y25 + " (claims per 1,000 people across the 27 member states)", geo=EU),
            L("about 810,000", 810000, AP, P, APPS, Y25, geo=EU),
            L("roughly one in every 670", 100 / 670, AP, PCT, "asylum_applications_share_of_population", Y25 + " (people living in Britain who made a claim last year)"),
            L("one in every 440", 100 / 440, E, PCT, "asylum_applications_share_of_population", Y25, geo=IT),
            L("about 153,000", 153000, AP, P, "asylum_applications_at_france_rate", Y25 + " (had the UK received claims at the French rate)"),
            L("nearly 50,000", 50000, ALM, P, "asylum_applications_at_france_rate_difference", Y25 + " (more than it did, at the French rate)"),
            L("41,472", 41472, E, P, SBA, Y25 + " (small-boat arrivals of last year)"),
            L("Some 66,000", 66000, AP, P, "irregular_arrivals", Y25 + " (reached Italy by sea over the same period)", geo=IT),
            L("£4.4bn", 4.4e9, E, GBP, AC, FY26 + " (Home Office spending on asylum)"),
            L("about a quarter", 25, AP, PCT, GRANT_RATE, Y25 + " (France's asylum office, at first instance)", geo=FR),
            L("45%", 45, E, PCT, GRANT_RATE, Y25 + " (the UK's initial grant rate)"),
            L("roughly 2,100", 2100, AP, P, RET, "18 September 2025 (first return) to 31 October 2026 (returned under the one-in, one-out pilot by the end of October)", geo=FR),
            L("€670m", 670e6, E, EUR, "italy_albania_scheme_cost", "to November 2026 (offshore centres in Albania; a reported figure)", geo=IT),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
