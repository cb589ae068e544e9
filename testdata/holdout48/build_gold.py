#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the forty-eighth hand-labelled hold-out set (holdout48).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, EUR, RATIO, BOATS, PPB, YEARS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, PTR, RSC)

IMM, EMI, RET, APPS, BL = "immigration", "emigration", "returns", "asylum_applications", "asylum_backlog"
SUPPORT, HIU, OCC, GRANTS = "asylum_support_population", "asylum_hotels_in_use", "small_boat_occupancy", "asylum_grants"
GRANT_SH, SHARE_SB = "asylum_grants_share_initial_decisions", "returns_share_of_small_boat_arrivals"
LEGAL, APPEALS = "uk_france_legal_route_arrivals", "asylum_backlog_appeals"
HOMELESS, HH, HOTELS, USD, COUNCILS = ("refugees_homeless_after_leaving_asylum_support", "other:households", "other:hotels",
                                       "other:USD", "other:council_areas")
POP, GROWTH, POPCH, NATCH = "population", "population_growth", "population_change", "population_natural_change"
NMI, NMR = "net_migration_international", "net_migration_rest_of_uk"
CONTRACTS = "asylum_accommodation_contracts_cost"
SKILLED = "visas_granted_skilled_worker"
UK, FR, EU, EN, EW, SC, WA, NI = ("UK", "France", "EU", "England", "England and Wales", "Scotland", "Wales",
                                  "Northern Ireland")

# periods
YM26, YM25 = "year ending March 2026", "year ending March 2025"
YJ26, YJ25 = "year ending June 2026", "year ending June 2025"
EM26, EM25 = "end of March 2026 (31 March 2026)", "end of March 2025 (31 March 2025)"
EJ26, EJ25 = "end of June 2026 (30 June 2026)", "end of June 2025 (30 June 2025)"
HO_MAY = " (Home Office quarterly statistics released Thursday 21 May 2026)"
PILOT_M = "18 September 2025 (first return) to 31 March 2026"
PILOT_J = "18 September 2025 (first return flight) to 30 June 2026"
YTD_J26, YTD_J25 = "1 January to 9 July 2026", "1 January to 9 July 2025"
FY26, FY25, FY24 = "2025/26 financial year", "2024/25 financial year", "2023/24 financial year"
MID25 = "mid-2025 (30 June 2025)"
YMID25, YMID24 = "year to mid-2025 (mid-2024 to mid-2025)", "year to mid-2024 (mid-2023 to mid-2024)"
OPA = " (Office for Population Accounts, published Wednesday 30 September 2026)"
T1 = " (Table 1)"
NRS = " (National Records of Scotland, published Tuesday 14 July 2026)"
H126, H125 = "first half of 2026 (January to June 2026)", "first half of 2025 (January to June 2025)"
EUAA = " (EU asylum agency, Tuesday 8 September 2026)"

ARTICLES = {
    "01-marram-broadcasting-asylum-claims-backlog-in-charts": dict(
        meta=dict(url="https://www.marrambroadcasting.example/news/uk-politics-71829405",
                  title="Asylum in the UK: claims, decisions and the backlog in five charts",
                  publisher="Marram Broadcasting News", author="Tamsin Okonjo-Reilly", published_date="2026-05-22"),
        labels=[
            # 1. Claims
            L("98,720", 98720, E, P, APPS, YM26 + " (main applicants; over the year to March)" + HO_MAY),
            L("almost 10%", -10, ALM, PCT, APPS + "_change", YM26 + " vs " + YM25 + " (fewer)"),
            L("109,343", 109343, E, P, APPS, YM25 + " (the previous 12 months)"),
            L("about 119,000", 119000, AP, P, APPS, YM26 + " (including partners and children named on claims)"),
            L("84,132", 84132, E, P, APPS, "2002 (calendar year; the previous high)"),
            L("111,084", 111084, E, P, APPS, YJ25 + " (the peak; chart caption)"),
            L("Roughly two in five", 40, AP, PCT, "asylum_applications_share_small_boat", YM26 + " (applicants who reached the UK by dinghy across the Channel)"),
            L("37%", 37, E, PCT, "asylum_applications_share_visa_holders", YM26 + " (applicants who arrived with permission, usually on student or work visas)"),
            L("10,950", 10950, E, P, APPS, YM26 + " (Pakistani nationals; the most claims)"),
            L("7,420", 7420, E, P, APPS, YM26 + " (Eritreans)"),
            # 2. Decisions
            L("118,300", 118300, E, P, "asylum_initial_decisions", YM26),
            L("41%", 41, E, PCT, GRANT_SH, YM26 + " (ended in a grant of asylum or other protection)"),
            L("48%", 48, E, PCT, GRANT_SH, YM25 + " (a year before)"),
            L("More than nine in ten", 90, MT, PCT, GRANT_SH, YM26 + " (Sudanese applicants granted at the first attempt)"),
            L("fewer than one in ten", 10, LT, PCT, GRANT_SH, YM26 + " (Pakistanis)"),
            # 3. Backlog
            L("61,870", 61870, E, P, BL, EM26 + " (people waiting for an initial decision)"),
            L("43%", -43, E, PCT, BL + "_change", EM26 + " vs " + EM25 + " (fewer)"),
            L("108,140", 108140, E, P, BL, EM25 + " (a year earlier)"),
            L("more than 175,000", 175000, MT, P, BL, "end of June 2023 (the peak)"),
            L("just over a third", 1 / 3, MT, RATIO, BL + "_ratio", EM26 + " vs end of June 2023 (the peak)"),
            L("51,200", 51200, E, P, APPEALS, EM26 + " (appeals sitting with the immigration tribunal; when March ended)"),
            L("nearly doubled", 2, ALM, RATIO, APPEALS + "_ratio", EM26 + " vs " + EM25 + " (in a year)"),
            L("About four in ten", 40, AP, PCT, "asylum_appeals_share_allowed", "2026 (appeals won by the applicant; now; analyst, Tolland Institute)"),
            # 4. Support and hotels
            L("104,630", 104630, E, P, SUPPORT, EM26),
            L("28,410", 28410, E, P, HOT, EM26),
            L("12%", -12, E, PCT, HOT + "_change", EM26 + " vs " + EM25 + " (fewer)"),
            L("32,345", 32345, E, P, HOT, EM25 + " (a year earlier)"),
            L("£4.8bn", 4.8e9, E, GBP, AC, FY25 + " (2024/25; Home Office annual accounts)"),
            L("£5.4bn", 5.4e9, E, GBP, AC, FY24 + " (the year before; a record)"),
            # 5. Returns
            L("8%", 8, E, PCT, RET + "_change", YM26 + " vs " + YM25 + " (rose)"),
            L("36,920", 36920, E, P, RET, YM26),
            L("9,410", 9410, E, P, RET, YM26 + " (enforced returns)"),
            L("610", 610, E, P, RET, PILOT_M + " (small-boat arrivals taken back under the pilot agreement)", geo=FR),
            L("468", 468, E, P, LEGAL, PILOT_M + " (travelled the other way on the matching legal route)"),
            L("38,280", 38280, E, P, SBA, YM26 + " (over the year)"),
            L("4.1k", 4100, E, P, SBA, "1 January to 31 March 2026 (2026 so far; chart caption)"),
        ]),
    "02-east-kent-packet-dover-france-returns-deal-one-year": dict(
        meta=dict(url="https://www.eastkentpacket.example/news/dover/one-year-on-france-returns-deal-sends-back-one-in-24-channel-migrants-a318274/",
                  title="One year on, France returns deal sends back one in 24 Channel migrants",
                  publisher="The East Kent Packet", author="Fenella Oduya-Hart", published_date="2026-07-10"),
        labels=[
            L("one in 24", 100 / 24, E, PCT, SHARE_SB, PILOT_J + " (sent back; headline)", ctx="sends back one in 24", geo=FR),
            L("more than 18,000", 18000, MT, P, SBA, YTD_J26 + " (so far this year; standfirst)", occ=0),
            L("fewer than 1,200", 1200, LT, P, RET, PILOT_J + " (a year after the deal was announced; put on ferries or flights back)", geo=FR),
            L("1,186", 1186, E, P, RET, PILOT_J + " (returned by the end of June; Home Office figures released Thursday 9 July 2026)", geo=FR),
            L("947", 947, E, P, LEGAL, PILOT_J + " (came to Britain by the safe route; in exchange)"),
            L("28,300", 28300, E, P, SBA, PILOT_J + " (made the crossing over the same period)"),
            L("roughly one in 24", 100 / 24, AP, PCT, SHARE_SB, PILOT_J + " (has been sent back)", geo=FR),
            L("5,080", 5080, E, P, SBA, "June 2026 (brought ashore by Border Force)"),
            L("81", 81, E, BOATS, SBC, "June 2026"),
            L("63", 63, E, PPB, OCC, "June 2026 (an average in each)"),
            L("more than 18,000", 18000, MT, P, SBA, YTD_J26 + " (so far this year)", occ=1),
            L("14%", -14, E, PCT, SBA + "_change", YTD_J26 + " vs " + YTD_J25 + " (lower than by the same date in 2025)"),
            L("21,090", 21090, E, P, SBA, YTD_J25 + " (by the same date in 2025)"),
            L("about seven in ten", 70, AP, PCT, "small_boat_arrivals_share_landed_at_dover", "July 2025 to July 2026 (twelve months on; landed in this town; leader of Dover District Council)"),
            L("Well over 200,000", 200000, MT, P, SBA, "2018 to July 2026 (come ashore on this stretch of coast since 2018; leader of Dover District Council)"),
            L("£310,000", 310000, E, GBP, "council_small_boat_debris_clearance_cost", FY26 + " (the last financial year; dumped dinghies, motors and life jackets)", occ=0, geo="Dover"),
            L("£310,000", 310000, E, GBP, "council_small_boat_debris_clearance_cost", FY26 + " (leader of Dover District Council)", occ=1, geo="Dover"),
            L("about 118,000", 118000, AP, P, POP, "2026 (the district; leader of Dover District Council)", geo="Dover"),
            L("more than 1,100", 1100, MT, P, RET, "18 September 2025 to July 2026 (removed who would otherwise have stayed; Home Office)", geo=FR),
            L("more than doubled", 2, MT, RATIO, RET + "_ratio", "June 2026 vs January 2026 (weekly number sent back; Home Office)", geo=FR),
            L("about 50", 50, AP, P, RET, "per week, June 2026 (Home Office)", geo=FR),
            L("4,210", 4210, E, P, "small_boat_launch_attempts_stopped_people", "June 2026 (stopped from launching boats; Pas-de-Calais prefecture)", geo=FR),
            L("612", 612, E, P, "unaccompanied_children_in_care", EJ26, geo="Kent"),
            L("1,340", 1340, E, P, "unaccompanied_children_transferred", "2025 (last year; national transfer scheme)", geo="Kent"),
            L("At least nine", 9, AL, P, "small_boat_deaths", "1 January to July 2026 (since January; Straits Welcome Project volunteer)"),
        ]),
    "03-curator-refugees-homeless-after-leaving-asylum-hotels": dict(
        meta=dict(url="https://www.thecurator.example/uk-news/2026/oct/12/refugees-homeless-asylum-hotels-closing-england",
                  title="'I went from a hotel room to a park bench': refugees pushed into homelessness as asylum housing closes",
                  publisher="The Curator", author="Ines Marwood-Achebe", published_date="2026-10-12"),
        labels=[
            L("nearly two in five", 40, ALM, PCT, "charity_service_users_share_slept_rough", "April to September 2026 (new refugees the charities help who end up sleeping rough; standfirst)", occ=0, geo=EN),
            L("a fifth", 20, E, PCT, HOMELESS + "_change", FY26 + " vs " + FY25 + " (more homeless households; standfirst)", geo=EN),
            L("21,460", 21460, E, HH, HOMELESS, FY26 + " (households owed a homelessness duty after leaving asylum accommodation)", geo=EN),
            L("17,930", 17930, E, HH, HOMELESS, FY25 + " (the year before)", geo=EN),
            L("71%", 71, E, PCT, HOMELESS + "_share_single_adults", FY26 + " (single adults)", geo=EN),
            L("5,940", 5940, E, HH, HOMELESS, "January to March 2026 (the highest for any quarter)", geo=EN),
            L("1,240", 1240, E, P, "charity_service_users", "April to September 2026 (newly recognised refugees supported; Refugee Housing Forum)", geo=EN),
            L("486", 486, E, P, "charity_service_users_slept_rough", "April to September 2026 (slept rough at some point; Refugee Housing Forum)", geo=EN),
            L("nearly two in five", 40, ALM, PCT, "charity_service_users_share_slept_rough", "April to September 2026 (Refugee Housing Forum)", occ=1, geo=EN),
            L("Half", 50, E, PCT, "charity_service_users_share_short_notice", "April to September 2026 (given less than a week's notice that support was ending; Refugee Housing Forum)", geo=EN),
            L("£90", 90, E, GBP, "council_temporary_accommodation_cost", "per night (a night in emergency accommodation; Refugee Housing Forum director)", geo=EN),
            L("24,160", 24160, E, P, HOT, EJ26),
            L("a quarter", -25, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (fewer than a year earlier)"),
            L("210", 210, E, HOTELS, HIU, EJ25 + " (a year earlier)"),
            L("138", 138, E, HOTELS, HIU, EJ26),
            L("More than 48,000", 48000, MT, P, GRANTS, YJ26 + " (granted protection in the year to June)"),
            L("412", 412, E, P, "rough_sleepers_left_asylum_accommodation", "April to June 2026 (outreach workers; last settled address was asylum accommodation)", geo="London"),
            L("nearly four times", 4, ALM, RATIO, "rough_sleepers_left_asylum_accommodation_ratio", "April to June 2026 vs April to June 2024 (the same quarter of 2024)", geo="London"),
            L("£112m", 112e6, E, GBP, "council_refugee_homelessness_cost", FY26 + " (temporary accommodation for refugee households; an estimated; Local Government Association)", geo=EN),
            L("nearly a third", 100 / 3, ALM, PCT, "refugee_households_share_bed_and_breakfast", FY26 + " (refugee households placed in temporary accommodation put in bed and breakfast hotels)", geo="London"),
            L("more than 70", 70, MT, HOTELS, "asylum_hotels_closed", "July 2025 to October 2026 (since July last year; Home Office spokesperson)"),
        ]),
    "04-office-for-population-accounts-uk-four-nations-mid-2025": dict(
        meta=dict(url="https://www.opa.example/populationandsociety/populationsize/bulletins/populationestimatesukfournations/mid2025",
                  title="Population of the UK and its four nations: mid-2025 estimates",
                  publisher="Office for Population Accounts", author="Population Estimates Unit", published_date="2026-09-30",
                  license="Open Government Licence v3.0"),
        labels=[
            # 1. Main points
            L("69,633,600", 69633600, E, P, POP, MID25 + OPA, occ=0),
            L("322,200", 322200, E, P, GROWTH, YMID25, occ=0),
            L("0.5%", 0.5, E, PCT, POPCH, YMID25, occ=0),
            L("less than half", 0.5, LT, RATIO, GROWTH + "_ratio", YMID25 + " vs " + YMID24 + " (the previous year's increase)"),
            L("751,000", 751000, E, P, GROWTH, YMID24 + " (the previous year)"),
            L("297,600", 297600, E, P, NMI, YMID25, occ=0),
            L("92.4%", 92.4, E, PCT, "net_migration_share_of_population_growth", YMID25 + " (net international migration's share of the increase)"),
            L("24,600", 24600, E, P, NATCH, YMID25 + " (births minus deaths)", occ=0),
            L("0.5%", 0.5, E, PCT, POPCH, YMID25 + " (fastest of the four nations)", occ=1, geo=EN),
            L("0.4%", 0.4, E, PCT, POPCH, YMID25, geo=SC),
            L("0.3%", 0.3, E, PCT, POPCH, YMID25, occ=0, geo=NI),
            L("0.3%", 0.3, E, PCT, POPCH, YMID25, occ=1, geo=WA),
            # Table 1
            L("58,937,800", 58937800, E, P, POP, MID25 + T1, geo=EN),
            L("285,400", 285400, E, P, GROWTH, YMID25 + T1, geo=EN),
            L("41,300", 41300, E, P, NATCH, YMID25 + T1, geo=EN),
            L("257,900", 257900, E, P, NMI, YMID25 + T1, geo=EN),
            L("3,200,400", 3200400, E, P, POP, MID25 + T1, geo=WA),
            L("10,300", 10300, E, P, GROWTH, YMID25 + T1, geo=WA),
            L("-6,900", -6900, E, P, NATCH, YMID25 + T1, geo=WA),
            L("11,600", 11600, E, P, NMI, YMID25 + T1, geo=WA),
            L("5,567,500", 5567500, E, P, POP, MID25 + T1, geo=SC),
            L("20,200", 20200, E, P, GROWTH, YMID25 + T1, geo=SC),
            L("-13,100", -13100, E, P, NATCH, YMID25 + T1, geo=SC),
            L("23,900", 23900, E, P, NMI, YMID25 + T1, geo=SC),
            L("1,927,900", 1927900, E, P, POP, MID25 + T1, geo=NI),
            L("6,300", 6300, E, P, GROWTH, YMID25 + T1, geo=NI),
            L("3,300", 3300, E, P, NATCH, YMID25 + T1, geo=NI),
            L("4,200", 4200, E, P, NMI, YMID25 + T1, geo=NI),
            L("69,633,600", 69633600, E, P, POP, MID25 + T1, occ=1),
            L("322,200", 322200, E, P, GROWTH, YMID25 + T1, occ=1),
            L("24,600", 24600, E, P, NATCH, YMID25 + T1, occ=1),
            L("297,600", 297600, E, P, NMI, YMID25 + T1, occ=1),
            # text after the table
            L("84.6%", 84.6, E, PCT, "population_share_england_of_uk", MID25),
            L("8.0%", 8.0, E, PCT, "population_share_scotland_of_uk", MID25),
            L("4.6%", 4.6, E, PCT, "population_share_wales_of_uk", MID25),
            L("2.8%", 2.8, E, PCT, "population_share_ni_of_uk", MID25),
            L("62,138,200", 62138200, E, P, POP, MID25 + " (England and Wales combined)", geo=EW),
            L("13,800", -13800, E, P, NMR, YMID25 + " (moves within the UK: a net loss)", geo=EN),
            L("1,200", -1200, E, P, NMR, YMID25 + " (moves within the UK: a net loss)", geo=NI),
            L("9,400", 9400, E, P, NMR, YMID25 + " (moves within the UK: a net gain)", geo=SC),
            L("5,600", 5600, E, P, NMR, YMID25 + " (moves within the UK: a net gain)", geo=WA),
            # 3. Births, deaths and migration
            L("664,900", 664900, E, P, "births", YMID25),
            L("640,300", 640300, E, P, "deaths", YMID25),
            L("911,800", 911800, E, P, IMM, YMID25 + " (moved to the UK from abroad for at least a year; an estimated)"),
            L("614,200", 614200, E, P, EMI, YMID25 + " (moved abroad)"),
            L("about a third", 1 / 3, AP, RATIO, NMI + "_ratio", YMID25 + " vs " + YMID24),
            L("862,000", 862000, E, P, NMI, YMID24),
            # 4. Ageing
            L("19.3%", 19.3, E, PCT, "population_share_aged_65_and_over", MID25),
            L("22.1%", 22.1, E, PCT, "population_share_aged_65_and_over", MID25 + " (the oldest age profile of the four nations)", geo=WA),
        ]),
    "05-daily-heliograph-asylum-hotels-4m-a-day-accounts": dict(
        meta=dict(url="https://www.dailyheliograph.example/politics/2026/07/18/asylum-hotels-still-costing-taxpayers-4m-a-day/",
                  title="Asylum hotels still costing taxpayers more than £4m a day",
                  publisher="The Daily Heliograph", author="Rupert Calloway-Nash", published_date="2026-07-18"),
        labels=[
            L("more than £4m", 4e6, MT, GBP, AC, "per day, hotels, 2026 (at end of March 2026 occupancy; headline)", occ=0),
            L("6pc", -6, E, PCT, AC + "_change", FY26 + " vs " + FY25 + " (last year; standfirst)", occ=0),
            L("up to £200", 200, AM, GBP, AC, "per room per night, some hotels, 2026 (standfirst)", occ=0),
            L("more than £4m", 4e6, MT, GBP, AC, "per day, hotels, 2026 (at end of March 2026 occupancy; still paying)", occ=1),
            L("nearly £4.5bn", 4.5e9, ALM, GBP, AC, FY26 + " (2025-26; Home Office annual accounts laid before Parliament on Thursday 16 July 2026)"),
            L("6pc", -6, E, PCT, AC + "_change", FY26 + " vs " + FY25 + " (down only)", occ=1),
            L("£4.76bn", 4.76e9, E, GBP, AC, FY25 + " (the year before)"),
            L("more than four times", 4, MT, RATIO, AC + "_ratio", FY26 + " vs a year before the pandemic (2019-20)"),
            L("roughly £1bn", 1e9, AP, GBP, AC, "per year, before the pandemic (2019-20)"),
            L("Around 28,400", 28400, AP, P, HOT, EM26 + " (as March ended)"),
            L("£145", 145, E, GBP, AC, "per person per night, hotels, 2026 (a head; average used by the National Audit Office)"),
            L("about £1.5bn", 1.5e9, AP, GBP, AC, "per year, hotels, at the end of March 2026 occupancy (implied bill)"),
            L("about a third", 100 / 3, AP, PCT, "asylum_cost_share_hotels", FY26 + " (hotels' share of the entire asylum budget)"),
            L("just over a quarter", 25, MT, PCT, "asylum_support_share_hotels", EM26 + " (share of the people the Home Office supports who are in hotels)"),
            L("about £14", 14, AP, GBP, AC, "per person per night, dispersal accommodation, 2026 (flats and shared houses)"),
            L("more than ten times", 10, MT, RATIO, AC + "_ratio", "per person per night, hotel vs dispersal accommodation, 2026"),
            L("more than £50,000", 50000, MT, GBP, AC, "per person per year, hotels, 2026 (for each resident)"),
            R("between £120 and £180", 120, 180, GBP, AC, "per room per night, hotels in London and the South East, 2026 (documents seen by the newspaper)", geo="London and the South East"),
            L("up to £200", 200, AM, GBP, AC, "per room per night, a handful of hotels, 2026 (once meals, security and transport are added)", occ=1),
            L("£15.3bn", 15.3e9, E, GBP, CONTRACTS, "2019 to 2029 (contracts signed in 2019, over ten years; National Audit Office)"),
            L("more than three times", 3, MT, RATIO, CONTRACTS + "_ratio", "2019 to 2029 (current estimate vs original expectation; National Audit Office)"),
            L("£4.5bn", 4.5e9, E, GBP, CONTRACTS, "2019 to 2029 (originally expected; National Audit Office)", ctx="the £4.5bn originally"),
            L("well over 100", 100, MT, HOTELS, HIU, "July 2026 (quietly kept open; the Shadow Home Secretary)"),
            L("£715m", 715e6, E, GBP, RSC, "April 2022 to July 2024 (the Rwanda scheme's cost)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (relocated, all volunteers)", ctx="relocated only four people"),
            L("£290m", 290e6, E, GBP, PTR, "April 2022 to July 2024 (went straight to the Rwandan government)"),
            L("about 100", 100, AP, P, "rwanda_accommodation_capacity", "2022 to 2024 (a hostel in Kigali refurbished for new arrivals)", geo="Rwanda"),
            L("61,870", 61870, E, P, BL, EM26 + " (initial-decision backlog; the Home Secretary in the Commons on Monday 13 July 2026)"),
            L("around 400", 400, AP, HOTELS, HIU, "2023 (the peak under the last government; Home Office spokesperson)"),
            L("More than half", 50, MT, PCT, "asylum_hotels_closed_share", "2023 peak to July 2026 (have since shut; Home Office spokesperson)"),
            L("£1bn", 1e9, E, GBP, "asylum_cost_saving", "per year, by the end of this Parliament (closing the rest of the hotels; Home Office spokesperson)", ctx="saving £1bn a year"),
            L("Almost 20,000", 20000, ALM, P, SBA, "1 January to 17 July 2026 (since January)"),
        ]),
    "06-lammermuir-times-scotland-population-record-migration-councils": dict(
        meta=dict(url="https://www.lammermuirtimes.example/politics/scotlands-population-hits-record-5-57-million-migration-offsets-natural-decline-5812044",
                  title="Scotland's population hits record 5.57 million as migration offsets natural decline",
                  publisher="The Lammermuir Times", author="Catriona Vasquez-Imrie", published_date="2026-07-15"),
        labels=[
            L("5.57 million", 5.57e6, E, P, POP, MID25 + " (a record; headline)", geo=SC),
            L("33,300", 33300, E, P, NM, YMID25 + " (standfirst)", occ=0, geo=SC),
            L("13,100", -13100, E, P, NATCH, YMID25 + " (more deaths than births; standfirst)", occ=0, geo=SC),
            L("11", 11, E, COUNCILS, "council_areas_population_decline", YMID25 + " (still shrinking; standfirst)", occ=0, geo=SC),
            L("5,567,500", 5567500, E, P, POP, "end of June 2025 (30 June 2025)" + NRS, geo=SC),
            L("20,200", 20200, E, P, GROWTH, YMID25 + " (more than a year before)", geo=SC),
            L("0.4%", 0.4, E, PCT, POPCH, YMID25, geo=SC),
            L("45,600", 45600, E, P, "births", YMID25 + " (over the 12 months)", geo=SC),
            L("58,700", 58700, E, P, "deaths", YMID25, geo=SC),
            L("13,100", -13100, E, P, NATCH, YMID25 + " (without migration the population would have fallen by)", occ=1, geo=SC),
            L("33,300", 33300, E, P, NM, YMID25 + " (net migration added)", occ=1, geo=SC),
            L("Roughly seven in ten", 70, AP, PCT, "net_migration_share_overseas", YMID25 + " (came from overseas)", geo=SC),
            L("23,900", 23900, E, P, "net_migration_overseas", YMID25 + " (net international migration)", geo=SC),
            L("9,400", 9400, E, P, NMR, YMID25 + " (more people moved to Scotland from the rest of the UK than went the other way)", geo=SC),
            L("about a quarter", -25, AP, PCT, NM + "_change", YMID25 + " vs " + YMID24 + " (lower than the previous year)", geo=SC),
            L("44,600", 44600, E, P, NM, YMID24 + " (the previous year)", geo=SC),
            L("49,800", 49800, E, P, IMM, YMID25 + " (came to Scotland from abroad; NRS estimates)", geo=SC),
            L("63,100", 63100, E, P, IMM, YMID24 + " (down from)", geo=SC),
            L("25,900", 25900, E, P, EMI, YMID25 + " (left for other countries)", geo=SC),
            L("1.3%", 1.3, E, PCT, POPCH, YMID25 + " (the fastest-growing council area)", geo="Midlothian"),
            L("4,900", 4900, E, P, GROWTH, YMID25 + " (added)", geo="Edinburgh"),
            L("0.8%", 0.8, E, PCT, POPCH, YMID25 + " (grew by)", occ=0, geo="Glasgow"),
            L("11", 11, E, COUNCILS, "council_areas_population_decline", YMID25 + " (saw their populations fall)", occ=1, geo=SC),
            L("0.6%", -0.6, E, PCT, POPCH, YMID25 + " (shrank by)", geo="Inverclyde"),
            L("0.8%", -0.8, E, PCT, POPCH, YMID25 + " (shrank by)", occ=1, geo="Na h-Eileanan Siar"),
            L("almost two to one", 2, ALM, RATIO, "deaths_to_births_ratio", YMID25 + " (deaths outnumbered births)", geo="Argyll and Bute"),
            L("more than one in five", 20, MT, PCT, "population_share_aged_65_and_over", MID25 + " (now)", geo=SC),
            L("more than 13,000", -13000, MT, P, NATCH, "per year (without people choosing to build their lives here, we would be losing; Scottish Government migration minister)", geo=SC),
            L("6%", 6, E, PCT, "visas_granted_skilled_worker_share_scotland", YM26 + " (Scottish Government migration minister)"),
            L("8%", 8, E, PCT, "population_share_scotland_of_uk", "2026 (home to; Scottish Government migration minister)"),
            L("38%", -38, E, PCT, SKILLED + "_change", YM26 + " vs " + YM25 + " (jobs in Scotland; Home Office data)", geo=SC),
            L("3,820", 3820, E, P, SKILLED, YM26 + " (jobs in Scotland; over that period)", geo=SC),
            L("more than three-quarters", -75, MT, PCT, NM + "_change", "2025 vs year ending March 2023 (the peak; UK Government spokesperson)"),
            L("171,000", 171000, E, P, NM, "2025 (calendar year; UK Government spokesperson)"),
            L("Roughly one in every 110", 100 / 110, AP, PCT, "immigration_share_of_population", YMID25 + " (people living in Scotland who arrived from abroad in the past year; demographer, Kelpie Centre for Demography)", geo=SC),
        ]),
    "07-sheerline-wire-eu-asylum-applications-fall-15pc-uk-share": dict(
        meta=dict(url="https://www.sheerlinewire.example/world/europe/eu-asylum-applications-fall-15-syrian-claims-slump-2026-09-08/",
                  title="EU asylum applications fall 15% as Syrian claims slump; UK lodges about 13% of total",
                  publisher="Sheerline Wire", author="Anneliese Krogh-Palmer, Dominic Ashworth-Bello", published_date="2026-09-08"),
        labels=[
            L("15%", -15, E, PCT, APPS + "_change", H126 + " vs " + H125 + " (EU, Norway and Switzerland; headline)", occ=0, geo=EU),
            L("about 13%", 13, AP, PCT, "asylum_applications_share_uk_of_eu_and_uk", H126 + " (UK share of claims; headline)"),
            L("15%", -15, E, PCT, APPS + "_change", H126 + " vs " + H125 + " (EU, Norway and Switzerland)" + EUAA, occ=1, geo=EU),
            L("about 341,000", 341000, AP, P, APPS, H126 + " (EU, Norway and Switzerland)" + EUAA, geo=EU),
            L("71,300", 71300, E, P, APPS, H126 + " (the most applications)", geo=FR),
            L("61,200", 61200, E, P, APPS, H126, geo="Italy"),
            L("58,900", 58900, E, P, APPS, H126, geo="Spain"),
            L("46,800", 46800, E, P, APPS, H126, geo="Germany"),
            L("29%", -29, E, PCT, APPS + "_change", H126 + " vs " + H125 + " (down from a year earlier)", occ=0, geo="Germany"),
            L("44,100", 44100, E, P, APPS, H126 + " (Venezuelans; the most claims, most of them in Spain)", geo=EU),
            L("31,800", 31800, E, P, APPS, H126 + " (Afghans)", geo=EU),
            L("71%", -71, E, PCT, APPS + "_change", H126 + " vs " + H125 + " (Syrians; dropped)", geo=EU),
            L("9,800", 9800, E, P, APPS, H126 + " (Syrians)", geo=EU),
            L("29%", 29, E, PCT, GRANT_SH, H126 + " (first-instance decisions granting some form of protection)", occ=1, geo=EU),
            L("38%", 38, E, PCT, GRANT_SH, H125 + " (a year earlier)", geo=EU),
            L("about 870,000", 870000, AP, P, BL, EJ26 + " (cases still pending at first instance; when June ended)", geo=EU),
            L("42,590", 42590, E, P, APPS, H126 + " (main applicants; over the same six months; Home Office data published 27 August 2026)"),
            L("about 51,000", 51000, AP, P, APPS, H126 + " (including dependants)"),
            L("roughly 13%", 13, AP, PCT, "asylum_applications_share_uk_of_eu_and_uk", H126 + " (of all claims across the EU+ countries and the UK combined)"),
            L("16%", -16, E, PCT, APPS + "_change", YJ26 + " vs " + YJ25 + " (the 12 months to June; fell)"),
            L("92,790", 92790, E, P, APPS, YJ26),
            L("111,084", 111084, E, P, APPS, YJ25 + " (a record)"),
            L("40%", 40, E, PCT, GRANT_SH, YJ26 + " (British officials granted protection in)"),
            L("1,186", 1186, E, P, RET, "18 September 2025 to 30 June 2026 (returned under a pilot agreement signed last year)", geo=FR),
            L("28,760", 28760, E, P, SBA, "January to August 2026 (small-boat arrivals across the Channel)"),
            L("about 5%", 5, AP, PCT, SBA + "_change", "January to August 2026 vs January to August 2025 (more than a year earlier)"),
            L("at least 30,000", 30000, AL, P, "eu_solidarity_relocations", "per year (Pact on Migration and Asylum, in force since 12 June 2026)", geo=EU),
            L("20,000 euros", 20000, E, EUR, "eu_solidarity_contribution", "per person declined (Pact on Migration and Asylum, since 12 June 2026)", geo=EU),
            L("$23,400", 23400, E, USD, "eu_solidarity_contribution", "per person declined (in US dollars)", geo=EU),
            L("19%", -19, E, PCT, "irregular_arrivals_change", "January to August 2026 vs January to August 2025 (Frontex)", geo=EU),
            L("about 94,000", 94000, AP, P, "irregular_arrivals", "January to August 2026 (irregular crossings into the bloc; Frontex)", geo=EU),
            L("0.8547 euros", 0.8547, E, EUR, "exchange_rate_usd_eur", "per US dollar, 8 September 2026 (footer)", geo=EU),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
