#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the fifty-first hand-labelled hold-out set (holdout51).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, PPB, YEARS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, PTR, RSC)

IMM, EMI, RET, BL, OCC = "immigration", "emigration", "returns", "asylum_backlog", "small_boat_occupancy"
APPS, SUPPORT, HIU = "asylum_applications", "asylum_support_population", "asylum_hotels_in_use"
SKILLED, CARE = "visas_granted_skilled_worker", "visas_granted_health_care_worker"
ALLOW = "asylum_support_weekly_allowance"
HOMELESS = "refugees_homeless_after_leaving_asylum_support"
TA_COST = "council_temporary_accommodation_cost"
POP, PROJ, PROJCH = "population", "population_projection", "population_projection_change"
NMPA = "net_migration_projection_assumption"
HOTELS, HH, HOMES, HOSP, VIEWS, OPS, COUNCILS = ("other:hotels", "other:households", "other:homes",
                                                "other:hospitals", "other:views", "other:operations",
                                                "other:council_areas")
UK, FR, EU, EW, SC, WA, NI = "UK", "France", "EU", "England and Wales", "Scotland", "Wales", "Northern Ireland"
SK, YH = "Skelderby", "Yorkshire and the Humber"

# periods
YJ26, YJ25 = "year ending June 2026", "year ending June 2025"
ONS_NOV = " (ONS, published Thursday 26 November 2026)"
YS26, YS25 = "year ending September 2026", "year ending September 2025"
HO_NOV = " (Home Office, published Thursday 26 November 2026)"
ES26, ES25 = "end of September 2026 (30 September 2026)", "end of September 2025 (30 September 2025)"
PEAK = "year ending March 2023 (the peak)"
EJ26, EJ25 = "end of June 2026 (30 June 2026)", "end of June 2025 (30 June 2025)"
HO_AUG = " (Home Office quarterly figures published Thursday 27 August 2026)"
FY26, FY24, FY21 = "2025–26 financial year", "2023–24 financial year", "2020–21 financial year"
CL1 = "the Shadow Home Secretary's claim on Sunday 30 August 2026"
CL2 = "claim repeated by several MPs and a campaign group over the bank holiday weekend, 29–31 August 2026"
CL3 = "the Home Secretary's claim in an interview on Tuesday 1 September 2026"
CL4 = "a social media post, bank holiday weekend to Tuesday 1 September 2026"
FY2627, FY2526, FY2425 = "2026/27 financial year", "2025/26 financial year", "2024/25 financial year"
CAB = "the council's cabinet member for housing and regeneration"
Y25, Y24, Y19 = "2025 (calendar year)", "2024 (calendar year)", "2019 (calendar year)"
T1 = " (Table 1)"
PILOT_D = "18 September 2025 (first return) to 31 December 2025"
MON = "Monday 3 August 2026"
YTD_A26, YTD_A25 = "1 January to 3 August 2026", "1 January to 3 August 2025"
PROJ10 = "mid-2024 to mid-2034 (2024-based principal projection)"
M24, M34 = "mid-2024 (30 June 2024)", "mid-2034 (projected, 2024-based principal projection)"
SCHEME = "April 2022 to July 2024 (the Rwanda partnership)"

ARTICLES = {
    "01-bankside-times-net-migration-148000-asylum-claims-fall": dict(
        meta=dict(url="https://www.thebanksidetimes.example/article/net-migration-falls-to-148000-care-recruitment-dries-up-k7q2m9xlt",
                  title="Net migration falls to 148,000 as overseas recruitment of carers dries up",
                  publisher="The Bankside Times", author="Eleanor Fairbairn-Okafor, Felix Marchetti-Rowe",
                  published_date="2026-11-27"),
        labels=[
            L("148,000", 148000, E, P, NM, YJ26 + " (headline)", occ=0),
            L("13 per cent", -13, E, PCT, APPS + "_change", YS26 + " vs " + YS25 + " (asylum claims down; standfirst)", occ=0),
            L("more than three fifths", -60, MT, PCT, CARE + "_change", YS26 + " vs " + YS25 + " (work visas for care staff fallen in a year; caption)"),
            L("148,000", 148000, E, P, NM, YJ26 + " (the twelve months to June)" + ONS_NOV, occ=1),
            L("742,000", 742000, E, P, IMM, YJ26 + " (arrived intending to stay a year or longer)" + ONS_NOV),
            L("594,000", 594000, E, P, EMI, YJ26 + ONS_NOV),
            L("239,000", 239000, E, P, NM, YJ25 + " (the previous twelve months; revised estimate)"),
            L("38 per cent", -38, E, PCT, NM + "_change", YJ26 + " vs " + YJ25 + " (the annual figure has dropped)"),
            L("less than a sixth", 1 / 6, LT, RATIO, NM + "_ratio", YJ26 + " vs " + PEAK),
            L("944,000", 944000, E, P, NM, PEAK + " (the year to March 2023)"),
            L("277,000", 277000, E, P, "net_migration_non_eu", YJ26 + " (non-EU nationals added)"),
            L("103,000", -103000, E, P, "net_migration_british_nationals", YJ26 + " (net departures of Britons)"),
            L("26,000", -26000, E, P, "net_migration_eu", YJ26 + " (net departures of EU citizens)"),
            L("48,300", 48300, E, P, SKILLED, YS26 + " (main applicants)" + HO_NOV),
            L("31 per cent", -31, E, PCT, SKILLED + "_change", YS26 + " vs " + YS25 + " (main applicants; down)"),
            L("62 per cent", -62, E, PCT, CARE + "_change", YS26 + " vs " + YS25 + " (grants slumped)"),
            L("6,850", 6850, E, P, CARE, YS26),
            L("approaching a million", 1e6, ALM, P, NM, PEAK + " (net migration the government inherited; the Home Secretary)"),
            L("more than four fifths", -80, MT, PCT, NM + "_change", YJ26 + " vs " + PEAK + " (has come down; the Home Secretary)"),
            L("More than 100,000", -100000, MT, P, "net_migration_british_nationals", YJ26 + " (more Britons left than came home; the Shadow Home Secretary)"),
            L("96,410", 96410, E, P, APPS, YS26 + HO_NOV, occ=0),
            L("13 per cent", -13, E, PCT, APPS + "_change", YS26 + " vs " + YS25 + " (fewer)", occ=1),
            L("110,380", 110380, E, P, APPS, YS25 + " (lodged a year earlier)"),
            L("30 per cent", -30, E, PCT, BL + "_change", ES26 + " vs " + ES25 + " (claims waiting for a first decision; shrank)"),
            L("49,730", 49730, E, P, BL, ES26 + " (claims still waiting for a first decision)"),
            L("21,940", 21940, E, P, HOT, ES26 + " (asylum seekers living in hotels)", occ=0),
            L("131", 131, E, HOTELS, HIU, ES26, occ=0),
            L("more than a third", -THIRD, MT, PCT, HOT + "_change", ES26 + " vs " + ES25 + " (fewer people than twelve months before)"),
            L("9 per cent", 9, E, PCT, RET + "_change", YS26 + " vs " + YS25 + " (returns rose)"),
            L("38,760", 38760, E, P, RET, YS26, occ=0),
            L("10,120", 10120, E, P, RET, YS26 + " (enforced removals)"),
            L("1,455", 1455, E, P, RET, "18 September 2025 (first return) to 30 September 2026 (taken back by France under the pilot returns deal)", geo=FR),
            L("37,950", 37950, E, P, SBA, "1 January to 26 November 2026 (so far this year)"),
            L("3 per cent", -3, E, PCT, SBA + "_change", "1 January to 26 November 2026 vs 1 January to 26 November 2025 (below last year's tally by this date)"),
            # What the figures show
            L("148,000", 148000, E, P, NM, YJ26 + " (what the figures show box)", occ=2),
            L("96,410", 96410, E, P, APPS, YS26 + " (box)", occ=1),
            L("13%", -13, E, PCT, APPS + "_change", YS26 + " vs " + YS25 + " (box)"),
            L("21,940", 21940, E, P, HOT, ES26 + " (box)", occ=1),
            L("131", 131, E, HOTELS, HIU, ES26 + " (box)", occ=1),
            L("38,760", 38760, E, P, RET, YS26 + " (box)", occ=1),
            L("9%", 9, E, PCT, RET + "_change", YS26 + " vs " + YS25 + " (box)"),
            L("42,910", 42910, E, P, SBA, YS26 + " (the year to September; box)"),
        ]),
    "02-fourway-news-factcheck-asylum-hotels-claims": dict(
        meta=dict(url="https://www.fourwaynews.example/factcheck/2026/09/02/400-hotels-8m-a-day-four-asylum-hotel-claims-tested",
                  title="FactCheck: 400 hotels and £8m a day? Four claims about asylum hotels, tested",
                  publisher="Fourway News", author="Tamsin Achterberg-Mold", published_date="2026-09-02"),
        labels=[
            L("400", 400, E, HOTELS, HIU, "2026 (still in use; " + CL1 + "; headline)", ctx="FactCheck: 400 hotels"),
            L("£8m", 8e6, E, GBP, AC, "per day, 2026 (hotels; " + CL2 + "; headline)", ctx="hotels and £8m a day?"),
            L("400", 400, E, HOTELS, HIU, "2026 (hotels stuffed with asylum seekers; " + CL1 + ")", ctx="still 400 hotels"),
            L("157", 157, E, HOTELS, HIU, EJ26 + HO_AUG),
            L("210", 210, E, HOTELS, HIU, EJ25 + " (a year earlier)"),
            L("a quarter", -25, E, PCT, HIU + "_change", EJ26 + " vs " + EJ25 + " (a fall)", ctx="a fall of a quarter"),
            L("Four hundred", 400, E, HOTELS, HIU, "2026 (the claimed figure; " + CL1 + ")"),
            L("more than 400", 400, MT, HOTELS, HIU, "mid-2023 (the high point)"),
            L("well under half", 0.5, LT, RATIO, HIU + "_ratio", EJ26 + " (the current figure against the one claimed)"),
            L("£8m", 8e6, E, GBP, AC, "per day, 2026 (hotels; " + CL2 + ")", ctx="taxpayer £8m a day\""),
            L("about £8m", 8e6, AP, GBP, AC, "per day, 2023 (hotels; ministers said)"),
            L("£1.61bn", 1.61e9, E, GBP, AC, FY26 + " (spending on hotels; Home Office accounts)"),
            L("around £4.4m", 4.4e6, AP, GBP, AC, "per day, " + FY26 + " (hotels)"),
            L("more than a third", 100 / 3, MT, PCT, "asylum_cost_share_hotels", FY26 + " (hotels' share of asylum support and accommodation spending)"),
            L("£4.32bn", 4.32e9, E, GBP, AC, FY26 + " (asylum support and accommodation in total)"),
            L("almost half", -50, ALM, PCT, AC + "_change", FY26 + " vs 2023 (the daily cost of hotels has fallen)"),
            L("a quarter", -25, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (cut the number of people in hotels in a year; " + CL3 + ")", ctx="by a quarter in a year"),
            L("24,870", 24870, E, P, HOT, EJ26 + HO_AUG),
            L("32,345", 32345, E, P, HOT, EJ25 + " (twelve months earlier)"),
            L("7,475", -7475, E, P, HOT + "_change", EJ26 + " vs " + EJ25 + " (fewer)"),
            L("23%", -23, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (a fall)"),
            L("a quarter", -25, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (the claim restated; " + CL3 + ")", ctx="\"a quarter\" rounds"),
            L("fewer than a quarter", 25, LT, PCT, "asylum_support_share_hotels", EJ26 + " (hotels' share of people on asylum support)"),
            L("104,910", 104910, E, P, SUPPORT, EJ26),
            L("£49", 49, E, GBP, ALLOW, "per week, 2026 (spending money for migrants in hotels; " + CL4 + ")"),
            L("more than 2 million", 2e6, MT, VIEWS, "social_media_post_views", "to Tuesday evening, 1 September 2026 (the post making claim 4)"),
            L("£49.18", 49.18, E, GBP, ALLOW, "per week, 2026 (self-catered accommodation)"),
            L("£9.95", 9.95, E, GBP, ALLOW, "per week, 2026 (hotels where meals are provided)"),
            L("£145", 145, E, GBP, AC, "per person per night, hotels (average; National Audit Office estimate)"),
            L("about £14", 14, AP, GBP, AC, "per person per night, dispersal accommodation (National Audit Office estimate)"),
            L("more than ten times", 10, MT, RATIO, AC + "_ratio", "per person per night, hotels vs dispersal accommodation (National Audit Office estimate)"),
            L("roughly a fifth", 0.2, AP, RATIO, ALLOW + "_ratio", "per week, 2026 (what people in hotels receive against the £49 claimed)"),
        ]),
    "03-skelderby-evening-press-refugee-homelessness-housing-pressure": dict(
        meta=dict(url="https://www.skelderbyeveningpress.example/news/politics/refugees-leaving-asylum-hotels-push-skelderby-housing-to-breaking-point-4829163",
                  title="Refugees leaving asylum hotels push Skelderby housing 'to breaking point' as homeless cases jump 46%",
                  publisher="Skelderby Evening Press", author="Callum Ruddock-Asante", published_date="2026-10-13"),
        labels=[
            L("46%", 46, E, PCT, HOMELESS + "_change", FY2526 + " vs " + FY2425 + " (homeless cases jump; headline)", occ=0, geo=SK),
            L("£9.1m", 9.1e6, E, GBP, TA_COST, FY2627 + " (this year; council forecast; standfirst)", occ=0, geo=SK),
            L("46%", 46, E, PCT, HOMELESS + "_change", FY2526 + " vs " + FY2425 + " (refugees turning to the council after leaving Home Office housing; jumped in a year)", occ=1, geo=SK),
            L("318", 318, E, HH, HOMELESS, FY2526 + " (households homeless after asylum support ended; report to cabinet)", geo=SK),
            L("218", 218, E, HH, HOMELESS, FY2425, geo=SK),
            L("196", 196, E, HH, HOMELESS, "April to September 2026 (first six months of the 2026/27 financial year)", geo=SK),
            L("almost 400", 400, ALM, HH, HOMELESS, FY2627 + " (on course for by the end of March 2027)", geo=SK),
            L("1,140", 1140, E, HH, "temporary_accommodation_households", ES26, geo=SK),
            L("roughly a quarter", 25, AP, PCT, "temporary_accommodation_share_refugee_households", ES26, geo=SK),
            L("87", 87, E, HH, "temporary_accommodation_households_bed_and_breakfast", ES26 + " (bed and breakfast or hotel rooms)", geo=SK),
            R("five or six", 5, 6, HH, HOMELESS, "per week, October 2026 (families coming through the council's doors with nowhere to go; " + CAB + ")", geo=SK),
            L("£6.8m", 6.8e6, E, GBP, TA_COST, FY2526 + " (" + CAB + ")", geo=SK),
            L("£9.1m", 9.1e6, E, GBP, TA_COST, FY2627 + " (forecast; " + CAB + ")", occ=1, geo=SK),
            L("£2.3m", 2.3e6, E, GBP, "council_temporary_accommodation_overspend", FY2627 + " (more than budgeted; " + CAB + ")", geo=SK),
            L("1,420", 1420, E, P, "asylum_dispersal_population", "October 2026 (people seeking asylum placed by the Home Office; " + CAB + ")", geo=SK),
            L("about one in nine", 100 / 9, AP, PCT, "asylum_dispersal_population_share_skelderby", "October 2026 (Skelderby's share of those in dispersed accommodation across the region; " + CAB + ")", geo=YH),
            L("roughly one in every 170", 100 / 170, AP, PCT, "asylum_dispersal_population_share_of_residents", "October 2026 (" + CAB + ")", geo=SK),
            L("241,400", 241400, E, P, POP, "2026 (a town of; " + CAB + ")", geo=SK),
            L("9,870", 9870, E, HH, "housing_waiting_list_households", "October 2026 (on the housing register; " + CAB + ")", geo=SK),
            L("more than four years", 4, MT, YEARS, "social_housing_wait_average", "October 2026 (average wait for a three-bedroom council house; " + CAB + ")", geo=SK),
            L("Two", 2, E, HOTELS, HIU, "October 2026 (hotels in the borough)", geo=SK),
            L("310", 310, E, P, HOT, "October 2026 (asylum seekers in the borough's two hotels)", geo=SK),
            L("one", 1, E, HOTELS, "asylum_hotels_to_close", "by March 2027 (Home Office told the council)", ctx="that one of them will close", geo=SK),
            L("double", 2, E, RATIO, "charity_service_users_ratio", "2025 vs 2024 (Open Door Skelderby; crosshead)", ctx="Charity sees demand double", geo=SK),
            L("640", 640, E, P, "charity_service_users", "2025 (last year; Open Door Skelderby)", geo=SK),
            L("nearly double", 2, ALM, RATIO, "charity_service_users_ratio", "2025 vs 2024 (Open Door Skelderby)", geo=SK),
            L("330", 330, E, P, "charity_service_users", "2024 (the year before; Open Door Skelderby)", geo=SK),
            L("About a third", 100 / 3, AP, PCT, "charity_service_users_share_slept_rough", "2025–2026 (slept rough or on friends' sofas after leaving asylum accommodation; Open Door Skelderby's coordinator)", geo=SK),
            L("more than 240", 240, MT, HOTELS, "asylum_hotels_closed", "2023 peak to October 2026 (Home Office spokesperson)"),
        ]),
    "04-parliamentary-briefings-office-returns-removals-statistics": dict(
        meta=dict(url="https://briefings.parliament-briefings.example/research-briefings/cbp-10574/",
                  title="Returns and removals from the UK: statistics and policy",
                  publisher="Parliamentary Briefings Office", author="Ruairi Penhallow-Adeyemi, Georgina Stott-Varga",
                  published_date="2026-03-16", license="Open Parliament Licence v3.0"),
        labels=[
            # Summary
            L("36,990", 36990, E, P, RET, Y25 + " (summary)", occ=0),
            L("7%", 7, E, PCT, RET + "_change", Y25 + " vs " + Y24 + " (summary)"),
            L("40,390", 40390, E, P, RET, Y19 + " (the last year before the pandemic; summary)", occ=0),
            L("13%", 13, E, PCT, RET + "_change", Y25 + " vs " + Y24 + " (enforced returns rose; summary)"),
            L("9,530", 9530, E, P, RET, Y25 + " (enforced returns; summary)", occ=0),
            L("almost two thirds", 200 / 3, ALM, PCT, "returns_share_voluntary", Y25 + " (summary)"),
            L("About one in 12", 100 / 12, AP, PCT, "returns_share_small_boat_arrivals", Y25 + " (people returned who had first reached the UK on a small boat; summary)"),
            L("281", 281, E, P, RET, PILOT_D + " (taken back by France under the UK-France agreement; summary)", occ=0, geo=FR),
            # 1. What counts as a return?
            L("up to £3,000", 3000, AM, GBP, "voluntary_return_payment", "per person (Voluntary Returns Service help towards resettling; note on definitions)"),
            # Table 1
            L("7,360", 7360, E, P, RET, Y19 + " (enforced)" + T1),
            L("20,190", 20190, E, P, RET, Y19 + " (voluntary)" + T1),
            L("12,840", 12840, E, P, RET, Y19 + " (refused entry at port)" + T1),
            L("40,390", 40390, E, P, RET, Y19 + " (total)" + T1, occ=1),
            L("8,410", 8410, E, P, RET, Y24 + " (enforced)" + T1),
            L("22,970", 22970, E, P, RET, Y24 + " (voluntary)" + T1),
            L("3,170", 3170, E, P, RET, Y24 + " (refused entry at port)" + T1),
            L("34,550", 34550, E, P, RET, Y24 + " (total)" + T1),
            L("9,530", 9530, E, P, RET, Y25 + " (enforced)" + T1, occ=1),
            L("24,160", 24160, E, P, RET, Y25 + " (voluntary)" + T1),
            L("3,300", 3300, E, P, RET, Y25 + " (refused entry at port)" + T1),
            L("36,990", 36990, E, P, RET, Y25 + " (total)" + T1, occ=1),
            # text
            L("5%", 5, E, PCT, RET + "_change", Y25 + " vs " + Y24 + " (voluntary returns rose)"),
            L("65%", 65, E, PCT, "returns_share_voluntary", Y25),
            L("3,120", 3120, E, P, RET, Y25 + " (people returned who had originally come by small boat)"),
            L("more than 50,000", 50000, MT, P, RET, "July 2024 to 31 December 2025 (the Government has said)"),
            L("281", 281, E, P, RET, PILOT_D + " (returned to France)", occ=1, geo=FR),
            L("196", 196, E, P, "uk_france_legal_route_arrivals", PILOT_D + " (admitted through the reciprocal route)"),
            L("about 3%", 3, AP, PCT, "returns_share_of_small_boat_arrivals", PILOT_D + " (returns against crossings between the first return and the end of the year)", geo=FR),
            L("9,380", 9380, E, P, SBA, PILOT_D + " (crossed the Channel between the first return and the end of the year)"),
            L("four", 4, E, P, "rwanda_relocations", SCHEME + " (all voluntarily)", ctx="only four people"),
            L("£715 million", 715e6, E, GBP, RSC, SCHEME + " (total cost; Home Office)"),
            L("£290 million", 290e6, E, GBP, PTR, SCHEME + " (paid to the Government of Rwanda; Home Office)"),
            L("484,000", 484000, E, P, "return_orders", "2024 (non-EU citizens ordered to leave an EU country; Eurostat)", geo=EU),
            L("roughly one in four", 25, AP, PCT, "returns_share_of_return_orders", "2024 (returned to a country outside the EU; Eurostat)", geo=EU),
            L("121,000", 121000, E, P, RET, "2024 (non-EU citizens ordered to leave and returned to a country outside the EU; Eurostat)", geo=EU),
        ]),
    "05-freestanding-channel-deaths-rescues-french-coast": dict(
        meta=dict(url="https://www.thefreestanding.example/news/uk/home-news/channel-deaths-boulogne-dinghy-child-french-coast-b2894417.html",
                  title="Five dead, including child, as overloaded dinghy gets into trouble off French coast",
                  publisher="The Freestanding", author="Hannelore Oduya-Frost", published_date="2026-08-04"),
        labels=[
            L("Five", 5, E, P, "small_boat_deaths", MON + " (early hours, off the northern French coast; headline)", ctx="Five dead, including"),
            L("at least 34", 34, AL, P, "small_boat_deaths", "1 January to 3 August 2026 (this year; French authorities; standfirst)", occ=0),
            L("Five", 5, E, P, "small_boat_deaths", MON + " (French authorities)", ctx="Five people, among them"),
            L("58", 58, E, P, "small_boat_rescues", MON + " (pulled from the water or the stricken boat by a French navy patrol vessel; the maritime prefect)", geo=FR),
            L("Four", 4, E, P, "small_boat_casualties_hospitalised", MON + " (the maritime prefect)", ctx="Four of them were taken", geo=FR),
            L("About a dozen", 12, AP, P, "small_boat_passengers_refused_rescue", MON + " (refused to be taken off and carried on towards England)", geo=FR),
            L("more than 70", 70, MT, P, "small_boat_people_on_board", MON + " (the boat involved; officials believe)", geo=FR),
            L("at least 34", 34, AL, P, "small_boat_deaths", "1 January to 3 August 2026 (died on the route this year; French authorities)", occ=1),
            L("27", 27, E, P, "small_boat_deaths", Y25 + " (the whole of 2025; French authorities)"),
            L("78", 78, E, P, "small_boat_deaths", Y24 + " (the deadliest year since the crossings began)"),
            L("181", 181, E, OPS, "channel_rescue_operations", "1 January to 3 August 2026 (coordinated by the coastguard centre at Gris-Nez)", geo=FR),
            L("4,870", 4870, E, P, "small_boat_rescues", "1 January to 3 August 2026 (brought to safety; Gris-Nez)", geo=FR),
            L("6,120", 6120, E, P, "small_boat_rescues", Y25 + " (the whole of last year; Gris-Nez)", geo=FR),
            L("more than 9,000", 9000, MT, P, "small_boat_launch_attempts_stopped_people", "1 January to 3 August 2026 (stopped before they could reach the water this year; France's interior ministry)", geo=FR),
            L("23,600", 23600, E, P, SBA, YTD_A26 + " (since 1 January; Home Office figures)"),
            L("7 per cent", -7, E, PCT, SBA + "_change", YTD_A26 + " vs " + YTD_A25 + " (fewer)"),
            L("25,510", 25510, E, P, SBA, YTD_A25 + " (the same point last year)"),
            L("412", 412, E, P, SBA, MON),
            L("seven", 7, E, BOATS, SBC, MON, ctx="in seven boats"),
            L("65", 65, E, PPB, OCC, "1 January to 3 August 2026 (the average a boat this year)"),
            L("five times", 5, E, RATIO, "people_per_boat_ratio", "2026 (year to 3 August) vs 2020 (calendar year)"),
            L("perhaps 30", 30, AP, PPB, "small_boat_design_capacity", "2026 (what the boats are made for; coordinator, Les Veilleurs du Détroit)", geo=FR),
            R("70 or 80", 70, 80, PPB, OCC, "2026 (the loads volunteers watch boats leave with; coordinator, Les Veilleurs du Détroit)", geo=FR),
            L("1,140", 1140, E, P, RET, "18 September 2025 (first return) to 31 July 2026 (taken back by France under the one-in, one-out arrangement; the Border Security Minister)", geo=FR),
            L("£476m", 476e6, E, GBP, "uk_funding_to_france", "2023–24 to 2025–26 financial years (over three years under the 2023 deal)"),
            L("more than 350", 350, MT, P, "small_boat_deaths", "2014 to August 2026 (deaths and disappearances in the Channel; International Organization for Migration)"),
        ]),
    "06-scottish-population-statistics-service-projections-2024-based": dict(
        meta=dict(url="https://www.popstats-scotland.example/news/population-projected-to-grow-by-2-6-over-next-decade/",
                  title="Population projected to grow by 2.6% over next decade",
                  publisher="Scottish Population Statistics Service", author=None, published_date="2026-01-13",
                  license="Open Government Licence v3.0"),
        labels=[
            L("2.6%", 2.6, E, PCT, PROJCH, PROJ10 + " (over next decade; headline)", occ=0, geo=SC),
            L("5.55 million", 5.55e6, E, P, POP, M24, geo=SC),
            L("5.69 million", 5.69e6, E, P, PROJ, M34, geo=SC),
            L("143,000", 143000, E, P, "population_growth_projection", PROJ10, geo=SC),
            L("2.6%", 2.6, E, PCT, PROJCH, PROJ10, occ=1, geo=SC),
            L("5,546,900", 5546900, E, P, POP, M24, geo=SC),
            L("5,689,900", 5689900, E, P, PROJ, M34, geo=SC),
            L("606,000", 606000, E, P, "deaths_projection", PROJ10 + " (over the ten years)", geo=SC),
            L("444,000", 444000, E, P, "births_projection", PROJ10 + " (over the ten years)", geo=SC),
            L("162,000", -162000, E, P, "population_natural_change_projection", PROJ10 + " (a natural decrease)", occ=0, geo=SC),
            L("305,000", 305000, E, P, NMPA, PROJ10 + " (net migration projected to add)", geo=SC),
            L("180,000", 180000, E, P, "net_migration_overseas_projection_assumption", PROJ10 + " (from overseas)", geo=SC),
            L("125,000", 125000, E, P, "net_migration_rest_of_uk_projection_assumption", PROJ10 + " (from the rest of the UK)", geo=SC),
            L("27%", 27, E, PCT, "population_aged_75_and_over_change", PROJ10, geo=SC),
            L("510,000", 510000, E, P, "population_aged_75_and_over", M24, geo=SC),
            L("648,000", 648000, E, P, "population_aged_75_and_over", M34, geo=SC),
            L("7.9%", -7.9, E, PCT, "population_aged_under_16_change", PROJ10 + " (children; projected to fall)", geo=SC),
            L("0.4%", 0.4, E, PCT, "population_working_age_change", PROJ10 + " (aged 16 to 64)", geo=SC),
            L("42.6 years", 42.6, E, YEARS, "population_median_age", M24, geo=SC),
            L("43.9 years", 43.9, E, YEARS, "population_median_age", M34, geo=SC),
            L("5.1%", 5.1, E, PCT, PROJCH, "mid-2024 to mid-2034 (the same period; Office for National Statistics projections)", geo=UK),
            L("5.4%", 5.4, E, PCT, PROJCH, "mid-2024 to mid-2034 (Office for National Statistics projections)", geo=EW),
            L("3.2%", 3.2, E, PCT, PROJCH, "mid-2024 to mid-2034 (on its own; Office for National Statistics projections)", geo=WA),
            L("2.4%", 2.4, E, PCT, PROJCH, "mid-2024 to mid-2034 (Office for National Statistics projections)", geo=NI),
            L("Twenty", 20, E, COUNCILS, "council_areas_population_growth", PROJ10 + " (of Scotland's 32 council areas, projected to grow)", geo=SC),
            L("10.2%", 10.2, E, PCT, PROJCH, PROJ10 + " (the fastest growth)", geo="Midlothian"),
            L("6.4%", -6.4, E, PCT, PROJCH, PROJ10 + " (the largest fall)", geo="Na h-Eileanan Siar"),
            L("5.8%", -5.8, E, PCT, PROJCH, PROJ10 + " (fall)", geo="Inverclyde"),
            L("half", 0.5, E, RATIO, NMPA + "_ratio", "mid-2024 to mid-2034 (low migration variant against the principal projection)", ctx="at half the level", geo=SC),
            L("5.54 million", 5.54e6, E, P, PROJ, "mid-2034 (low migration variant)", geo=SC),
            L("5.84 million", 5.84e6, E, P, PROJ, "mid-2034 (high migration variant)", geo=SC),
            L("5.73 million", 5.73e6, E, P, PROJ, "mid-2047 (the projected peak; principal projection)", geo=SC),
            L("162,000", -162000, E, P, "population_natural_change_projection", PROJ10 + " (the population would shrink by without migration; the Minister for Migration and Population)", occ=1, geo=SC),
            L("30,500", 30500, E, P, NMPA, "per year, " + PROJ10 + " (average; background note)", geo=SC),
        ]),
    "07-lookout-asylum-bill-enough-to-build-opinion": dict(
        meta=dict(url="https://www.thelookout.example/article/the-asylum-bill-nobody-in-westminster-wants-to-read/",
                  title="The asylum bill nobody in Westminster wants to read",
                  publisher="The Lookout", author="Rupert Haldane-Oyelaran", published_date="2026-07-25"),
        labels=[
            L("£4.32bn", 4.32e9, E, GBP, AC, FY26 + " (Home Office annual report laid last week)", occ=0),
            L("a fifth", -20, E, PCT, AC + "_change", FY26 + " vs " + FY24 + " (less)"),
            L("£5.38bn", 5.38e9, E, GBP, AC, FY24),
            L("under £2bn", 2e9, LT, GBP, AC, FY21),
            L("£4.32bn", 4.32e9, E, GBP, AC, FY26, occ=1),
            L("nearly £12m", 12e6, ALM, GBP, AC, "per day, " + FY26 + " (every day, weekends and bank holidays included)"),
            L("24,000", 24000, E, HOMES, "asylum_cost_equivalent_council_homes", FY26 + " (council houses the bill could build at today's prices)"),
            L("almost 140,000", 140000, ALM, P, "asylum_cost_equivalent_nurses", FY26 + " (newly qualified nurses the bill could pay for a year)"),
            L("seven", 7, E, HOSP, "asylum_cost_equivalent_hospitals", FY26 + " (new district general hospitals the bill could put up)", ctx="put up seven new"),
            L("More than a third", 100 / 3, MT, PCT, "asylum_cost_share_hotels", FY26),
            L("£1.61bn", 1.61e9, E, GBP, AC, FY26 + " (went on hotels)"),
            L("£145", 145, E, GBP, AC, "per person per night, hotels (National Audit Office)"),
            L("£1,015", 1015, E, GBP, AC, "per person per week, hotels"),
            L("107,300", 107300, E, P, SUPPORT, "end of March 2026 (31 March 2026; when March ended)"),
            L("about £40,000", 40000, AP, GBP, AC, "per person per year, " + FY26 + " (the whole bill divided by those supported)"),
            L("about £39,000", 39000, AP, GBP, "median_full_time_pay", "per year (median full-time salary, latest annual survey)"),
            L("more than four times", 4, MT, RATIO, AC + "_ratio", FY26 + " (cost per asylum seeker against what the state spends on a secondary school pupil)"),
            L("£715m", 715e6, E, GBP, RSC, SCHEME),
            L("four", 4, E, P, "rwanda_relocations", SCHEME + " (volunteers)", ctx="relocated four volunteers"),
            L("nearly £179m", 179e6, ALM, GBP, RSC, SCHEME + " (each, per person relocated)"),
            L("171,000", 171000, E, P, NM, "2025 (calendar year; ONS, May 2026)"),
            L("41,472", 41472, E, P, SBA, Y25 + " (last year)"),
            L("fewer than one in ten", 10, LT, PCT, "returns_share_of_small_boat_arrivals", Y25 + " (last year's small-boat arrivals sent back)"),
            L("58,600", 58600, E, P, BL, "end of March 2026 (initial decisions)"),
            L("more than 61,000", 61000, MT, P, "asylum_backlog_appeals", "end of March 2026 (appeals waiting for a tribunal)"),
            L("nearly half", 50, ALM, PCT, "asylum_appeals_share_allowed", "year ending March 2026 (appeals heard, won by the appellant)"),
            L("£4.32bn", 4.32e9, E, GBP, AC, "per year, " + FY26 + " (a year, for ever)", occ=2),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
