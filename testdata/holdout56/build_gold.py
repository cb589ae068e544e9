#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the fifty-sixth hand-labelled hold-out set (holdout56).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, PPB, EUR, HOTELS, YEARS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, RSC, EW)

RET, LEGAL, SHARE_RET = "returns", "uk_france_legal_route_arrivals", "returns_share_of_small_boat_arrivals"
BL, BLA, APPS = "asylum_backlog", "asylum_backlog_appeals", "asylum_applications"
POP, POPCH, POPG = "population", "population_change", "population_growth"
SUP = "asylum_support_population"
AREAS, HH, FAM, CPW = "other:council_areas", "other:households", "other:families", "other:children_per_woman"
UK, FR, EU, EN, WA, NI, IE, GM = "UK", "France", "EU", "England", "Wales", "Northern Ireland", "Ireland", "Greater Manchester"

FY2425, FY2324, FY1920 = "2024/25 financial year", "2023/24 financial year", "2019/20 financial year"
FY2526, FY2627 = "2025/26 financial year", "2026/27 financial year"
ED25, ED24 = "end of December 2025 (31 December 2025)", "end of December 2024 (31 December 2024)"
Y25, Y24 = "2025 (calendar year)", "2024 (calendar year)"
NAO = "; National Audit Office"
TUE8, MON7 = "Tuesday 8 September 2026", "Monday 7 September 2026"
YTD8, YTD8_25 = "1 January to 8 September 2026", "1 January to 8 September 2025"
BOX = " (year so far box; Home Office, figures to 8 September)"
DEAL2 = "18 September 2025 (first return) to 8 September 2026"
YMID25 = "year to mid-2025 (1 July 2024 to 30 June 2025)"
MID25 = "mid-2025 (30 June 2025)"
YJ26, YJ25, YJ24 = ("year ending June 2026 (July 2025 to June 2026)", "year ending June 2025 (July 2024 to June 2025)",
                    "year ending June 2024 (July 2023 to June 2024)")
MIR = "family_visa_minimum_income_requirement"
REFUSED = "visa_applications_partner_share_refused"
JJ26, JJ25 = "1 January to 31 July 2026 (first seven months of this year)", "1 January to 31 July 2025 (same period of 2025)"
ES26, ES25 = "end of September 2026 (30 September 2026)", "end of September 2025 (30 September 2025)"
HOR = " (Home Office statistics published Thursday 19 November 2026)"
LEADER = "; leader of Oldham Council"

ARTICLES = {
    "01-aldgate-chronicle-comment-asylum-costs-audit-office": dict(
        meta=dict(url="https://www.aldgatechronicle.example/opinion/2026/03/05/asylum-bill-13m-a-day-auditors",
                  title="The asylum bill is £13m a day, and the auditors cannot tell us what we are getting for it",
                  publisher="The Aldgate Chronicle", author="Rupert Hallingdale-Crewe", published_date="2026-03-05"),
        labels=[
            L("£13m", 13e6, E, GBP, AC, FY2425 + " (per day; headline)", ctx="bill is £13m a day"),
            L("more than two-fifths", 40, MT, PCT, "asylum_cost_share_hotels", FY2425 + " (hotels' part of asylum support spending; standfirst" + NAO + ")", occ=0),
            L("£4.76bn", 4.76e9, E, GBP, AC, FY2425 + " (asylum support" + NAO + ")", occ=0),
            L("£5.38bn", 5.38e9, E, GBP, AC, FY2324 + " (the year before" + NAO + ")"),
            L("about 12 per cent", -12, AP, PCT, AC + "_change", FY2425 + " vs " + FY2324),
            L("some £13m", 13e6, AP, GBP, AC, FY2425 + " (per day)"),
            L("£980m", 980e6, E, GBP, AC, FY1920 + " (six years ago)"),
            L("nearly five times", 5, ALM, RATIO, AC + "_ratio", FY2425 + " vs " + FY1920),
            L("£4.5bn", 4.5e9, E, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (ten-year contracts signed in 2019; original expected lifetime cost)"),
            L("£15.3bn", 15.3e9, E, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (ten-year contracts; likely total" + NAO + ")"),
            L("more than three times", 3, MT, RATIO, "asylum_accommodation_contracts_cost_ratio", "2019 to 2029 (likely total vs original estimate" + NAO + ")"),
            L("£2.1bn", 2.1e9, E, GBP, AC, FY2425 + " (hotels" + NAO + ")"),
            L("more than two-fifths", 40, MT, PCT, "asylum_cost_share_hotels", FY2425 + " (hotels' part of support spending" + NAO + ")", occ=1),
            L("£137", 137, E, GBP, "asylum_hotel_cost_per_person_night", FY2425 + " (per person per night in a hotel" + NAO + ")"),
            L("£16", 16, E, GBP, "asylum_dispersal_cost_per_person_night", FY2425 + " (per person per night in dispersed housing" + NAO + ")"),
            L("more than eight times", 8, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", FY2425 + " (hotel bed vs dispersed housing" + NAO + ")"),
            L("about £50,000", 50000, AP, GBP, "asylum_hotel_cost_per_person_year", FY2425 + " (one person in a hotel over twelve months)"),
            L("29,640", 29640, E, P, HOT, ED25),
            L("38,079", 38079, E, P, HOT, ED24 + " (twelve months earlier)"),
            L("22 per cent", -22, E, PCT, HOT + "_change", ED25 + " vs " + ED24),
            L("196", 196, E, HOTELS, "asylum_hotels_in_use", "March 2026 (still being used)"),
            L("up to £1bn", 1e9, AM, GBP, "asylum_cost_saving", "per year (emptying the remaining hotels" + NAO + ")"),
            L("78,400", 78400, E, P, BL, ED25 + " (at the end of last year; no initial ruling)"),
            L("more than 50,000", 50000, MT, P, BLA, ED25 + " (appeal pending at the tribunal)"),
            L("almost half", 50, ALM, PCT, "asylum_appeals_share_allowed", "2025 (appeals that succeed)"),
            L("110,300", 110300, E, P, APPS, Y25 + " (highest annual figure on record)"),
            L("41,472", 41472, E, P, SBA, Y25 + " (reached Kent by dinghy)"),
            L("£715m", 715e6, E, GBP, RSC, "April 2022 to July 2024 (previous government's Rwanda partnership)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers relocated)", ctx="exactly four volunteers"),
            L("£4.76bn", 4.76e9, E, GBP, AC, FY2425 + " (what the department is buying)", occ=1),
        ]),
    "02-lanterngate-news-record-day-small-boat-crossings": dict(
        meta=dict(url="https://www.lanterngatenews.example/news/uk-england-kent-record-channel-crossings-1436",
                  title="Record 1,436 people cross Channel in small boats in a single day",
                  publisher="Lanterngate News", author="Tamsin Okafor-Lindqvist", published_date="2026-09-09"),
        labels=[
            L("1,436", 1436, E, P, SBA, TUE8 + " (record day; headline)", occ=0),
            L("1,436", 1436, E, P, SBA, TUE8 + " (record day; Home Office)", occ=1),
            L("24", 24, E, BOATS, SBC, TUE8, ctx="in 24 boats"),
            L("almost 60", 60, ALM, PPB, "small_boat_occupancy", TUE8 + " (average people per boat)"),
            L("1,295", 1295, E, P, SBA, "Monday 22 August 2022 (previous daily record)"),
            L("141", 141, E, P, SBA + "_change", TUE8 + " vs 22 August 2022 (margin over the previous record)"),
            L("318", 318, E, P, SBA, MON7 + " (on Monday)"),
            L("six", 6, E, BOATS, SBC, MON7, ctx="in six boats"),
            L("nearly 97,000", 97000, ALM, P, SBA, "5 July 2024 to 8 September 2026 (since the general election; Shadow Home Secretary)"),
            L("860", 860, E, P, SBA, "February 2026 (lowest monthly total; chart)"),
            L("5,910", 5910, E, P, SBA, "August 2026 (highest month so far this year; chart)"),
            L("2,550", 2550, E, P, SBA, "1 to 8 September 2026 (first eight days of September; chart)"),
            L("31.9k", 31900, E, P, SBA, YTD8 + BOX),
            L("29.2k", 29200, E, P, SBA, YTD8_25 + " (same point in 2025;" + BOX[2:]),
            L("517", 517, E, BOATS, SBC, YTD8 + BOX),
            L("62", 62, E, PPB, "small_boat_occupancy", YTD8 + " (average per boat;" + BOX[2:], occ=0),
            L("2,140", 2140, E, P, RET, DEAL2 + " (returned to France under UK-France deal;" + BOX[2:], occ=0, geo=FR),
            L("31,870", 31870, E, P, SBA, YTD8 + " (so far this year)"),
            L("about 9%", 9, AP, PCT, SBA + "_change", YTD8 + " vs " + YTD8_25),
            L("29,180", 29180, E, P, SBA, YTD8_25 + " (recorded by 8 September 2025)"),
            L("41,472", 41472, E, P, SBA, Y25 + " (full-year figure; second highest since 2018)"),
            L("62", 62, E, PPB, "small_boat_occupancy", YTD8 + " (average people per boat now)", occ=1),
            L("about 53", 53, AP, PPB, "small_boat_occupancy", Y25 + " (average people per boat)"),
            L("at least 23", 23, AL, P, "small_boat_deaths", YTD8 + " (deaths on the route in 2026; French authorities)"),
            L("about 700", 700, AP, P, "small_boat_launch_attempts_stopped_people", TUE8 + " (stopped from setting off; French police)", geo=FR),
            L("2,140", 2140, E, P, RET, DEAL2 + " (sent back since the first return in September 2025)", occ=1, geo=FR),
            L("about one in 20", 5, AP, PCT, SHARE_RET, DEAL2 + " (returns against arrivals over the same months)", geo=FR),
            L("1,690", 1690, E, P, LEGAL, DEAL2 + " (came to the UK the other way under the agreement; Home Office)"),
            L("fewer than a third", THIRD, LT, PCT, "small_boat_arrivals_share_poor_weather_days", YTD8 + " (crossings on days with poor weather; analysis)"),
        ]),
    "03-caerwen-online-wales-mid-year-population-estimates": dict(
        meta=dict(url="https://www.caerwenonline.example/news/wales-news/welsh-councils-population-mid-2025-estimates",
                  title="The Welsh councils growing fastest and the two that are shrinking, according to new population figures",
                  publisher="Caerwen Online", author="Gethin Abernathy-Rees", published_date="2026-07-15"),
        labels=[
            L("two", 2, E, AREAS, "council_areas_population_decline", YMID25 + " (councils shrinking; headline)", ctx="the two that are shrinking", geo=WA),
            L("15,300", 15300, E, P, POPG, YMID25, geo=WA),
            L("3,201,900", 3201900, E, P, POP, MID25 + " (ONS mid-year estimates)", geo=WA),
            L("0.5%", 0.5, E, PCT, POPCH, YMID25, geo=WA),
            L("roughly half", 0.5, AP, RATIO, POPG + "_ratio", YMID25 + " (Wales's growth rate vs England and Wales's)", geo=WA),
            L("0.9%", 0.9, E, PCT, POPCH, YMID25, occ=0, geo=EW),
            L("62.4 million", 62.4e6, E, P, POP, MID25, geo=EW),
            L("27,400", 27400, E, P, "births", YMID25, geo=WA),
            L("34,100", 34100, E, P, "deaths", YMID25, geo=WA),
            L("6,700", -6700, E, P, "population_natural_change", YMID25 + " (natural change took 6,700 off the population)", geo=WA),
            L("14,900", 14900, E, P, "net_migration_international", YMID25, geo=WA),
            L("7,100", 7100, E, P, "net_migration_rest_of_uk", YMID25 + " (from elsewhere in Britain, minus those leaving)", geo=WA),
            L("20", 20, E, AREAS, "council_areas_population_growth", YMID25 + " (of Wales's 22 local authorities)", ctx="authorities, 20 saw", geo=WA),
            L("1.4%", 1.4, E, PCT, POPCH, YMID25 + " (fastest-growing)", geo="Newport"),
            L("167,400", 167400, E, P, POP, MID25, geo="Newport"),
            L("1.1%", 1.1, E, PCT, POPCH, YMID25, geo="Cardiff"),
            L("388,900", 388900, E, P, POP, MID25, geo="Cardiff"),
            L("0.9%", 0.9, E, PCT, POPCH, YMID25, occ=1, geo="Wrexham"),
            L("5,200", 5200, E, P, "net_migration_international", YMID25, geo="Cardiff"),
            L("more than a third", THIRD, MT, PCT, "net_migration_international_share_cardiff", YMID25 + " (Cardiff's part of the total for Wales)", geo=WA),
            L("0.7%", 0.7, E, PCT, POPCH, YMID25, geo="Swansea"),
            L("248,600", 248600, E, P, POP, MID25, geo="Swansea"),
            L("two", 2, E, AREAS, "council_areas_population_decline", YMID25 + " (councils to lose population)", ctx="The two councils", geo=WA),
            L("0.2%", -0.2, E, PCT, POPCH, YMID25, geo="Blaenau Gwent"),
            L("0.3%", -0.3, E, PCT, POPCH, YMID25, geo="Ceredigion"),
            L("Some 22.4%", 22.4, AP, PCT, "population_share_aged_65_and_over", MID25, geo=WA),
            L("more than 715,000", 715000, MT, P, "population_aged_65_and_over", MID25, geo=WA),
            L("42.9", 42.9, E, YEARS, "population_median_age", MID25, geo=WA),
            L("51.2 years", 51.2, E, YEARS, "population_median_age", MID25 + " (oldest part of the country)", geo="Powys"),
            L("34.1", 34.1, E, YEARS, "population_median_age", MID25, geo="Cardiff"),
            L("about 1,800", -1800, AP, P, "net_migration_revision", YMID25 + " (new method for counting international students vs the old approach; ONS)", geo=WA),
            L("216,000", 216000, E, P, NM, Y25 + " (estimated)"),
        ]),
    "04-marchmont-record-family-visas-minimum-income-threshold": dict(
        meta=dict(url="https://www.marchmontrecord.example/uk-news/2026/aug/27/spouse-visa-refusals-minimum-income-threshold",
                  title="Nearly one in three spouse visa applications refused as income rule splits families",
                  publisher="The Marchmont Record", author="Helena Varga-Sutcliffe", published_date="2026-08-27"),
        labels=[
            L("Nearly one in three", THIRD, ALM, PCT, REFUSED, YJ26 + " (partner visa applications from outside the UK refused; headline)", ctx="Nearly one in three spouse"),
            L("almost twice", 2, ALM, RATIO, REFUSED + "_ratio", YJ26 + " vs " + YJ24 + " (refusal rate vs two years ago; standfirst)", occ=0),
            L("£29,000", 29000, E, GBP, MIR, "since April 2024 (threshold; standfirst)", occ=0),
            V("thousands", 2000, 9000, FAM, "families_living_apart_income_rule", "August 2026 (living apart because of the threshold; campaigners; photo caption)"),
            L("Nearly one in three", THIRD, ALM, PCT, REFUSED, YJ26 + " (spouse or partner applications from outside the UK refused)", ctx="Nearly one in three applications"),
            L("31%", 31, E, PCT, REFUSED, YJ26 + " (partner applications decided; Home Office)"),
            L("16%", 16, E, PCT, REFUSED, YJ24 + " (two years earlier)"),
            L("almost twice", 2, ALM, RATIO, REFUSED + "_ratio", YJ26 + " vs " + YJ24 + " (the rate)", occ=1),
            L("24%", -24, E, PCT, "visas_granted_family_partner_change", YJ26 + " vs " + YJ25),
            L("47,900", 47900, E, P, "visas_granted_family_partner", YJ26),
            L("63,000", 63000, E, P, "visas_granted_family_partner", YJ25 + " (previous twelve months)"),
            L("almost a quarter", -25, ALM, PCT, "visa_applications_family_partner_change", YJ26 + " vs " + YJ25),
            L("54,800", 54800, E, P, "visa_applications_family_partner", YJ26),
            L("71,400", 71400, E, P, "visa_applications_family_partner", YJ25),
            L("£18,600", 18600, E, GBP, MIR, "before April 2024"),
            L("£29,000", 29000, E, GBP, MIR, "from April 2024 (rose from £18,600)", occ=1),
            L("56%", 56, E, PCT, MIR + "_change", "April 2024 (£18,600 to £29,000)"),
            L("£38,700", 38700, E, GBP, MIR + "_planned", "further rise announced by the previous government, shelved after the 2024 general election"),
            R("between £23,000 and £25,000", 23000, 25000, GBP, MIR + "_recommended", "2025 (suggested last year; Migration Advisory Committee)"),
            L("£88,500", 88500, E, GBP, "family_visa_savings_requirement", "August 2026 (savings alone needed to meet the threshold)"),
            L("around 37%", 37, AP, PCT, "employees_share_earning_below_family_visa_threshold", "2026 (UK employees earning less than £29,000 a year; Kindred Borders analysis)"),
            L("45%", 45, E, PCT, "employees_share_earning_below_family_visa_threshold", "2026 (employees earning less than £29,000 a year; Kindred Borders analysis)", geo="North East"),
            L("11,000", 11000, E, P, "children_living_apart_income_rule", "August 2026 (children growing up with one parent abroad because of the rule; Kindred Borders estimate)"),
            L("40%", 40, E, PCT, "charity_helpline_calls_change", "past year to August 2026 (Kindred Borders helpline)"),
            L("£1,938", 1938, E, GBP, "family_visa_application_fee", "August 2026 (partner visa from outside the UK)"),
            L("£1,035", 1035, E, GBP, "visa_immigration_health_surcharge", "per year of the visa"),
            L("more than £9,000", 9000, MT, GBP, "family_visa_cost_total", "five years to settlement (fees and charges for a couple)"),
            L("44%", 44, E, PCT, REFUSED + "_pakistan", YJ26 + " (applications from Pakistan refused)"),
            L("41%", 41, E, PCT, REFUSED + "_bangladesh", YJ26 + " (applications from Bangladesh refused)"),
            L("69,800", 69800, E, P, "visas_granted_family", YJ26 + " (family visas of all kinds)"),
            L("19%", -19, E, PCT, "visas_granted_family_change", YJ26 + " vs " + YJ25),
            L("216,000", 216000, E, P, NM, Y25 + " (official estimates)"),
            L("half", 0.5, E, RATIO, NM + "_ratio", Y25 + " vs " + Y24, ctx="half the 431,000"),
            L("431,000", 431000, E, P, NM, Y24),
        ]),
    "05-quayside-journal-asylum-northern-ireland-republic-common-travel-area": dict(
        meta=dict(url="https://www.quaysidejournal.example/ireland/social-affairs/2026/08/15/asylum-claims-fall-border-common-travel-area",
                  title="Asylum claims in the State fall as focus shifts to the Border",
                  publisher="The Quayside Journal", author="Niamh Ó Dálaigh-Prentice", published_date="2026-08-15"),
        labels=[
            L("8,130", 8130, E, P, APPS, JJ26 + " (international protection; Department of Justice)", geo=IE),
            L("14 per cent", -14, E, PCT, APPS + "_change", JJ26 + " vs " + JJ25, geo=IE),
            L("9,470", 9470, E, P, APPS, JJ25, geo=IE),
            L("16,240", 16240, E, P, APPS, Y25 + " (last year's total)", geo=IE),
            L("13 per cent", -13, E, PCT, APPS + "_change", Y25 + " vs " + Y24, geo=IE),
            L("18,620", 18620, E, P, APPS, Y24, geo=IE),
            L("2,310", 2310, E, P, APPS + "_nigerian", Y25 + " (largest group)", geo=IE),
            L("1,480", 1480, E, P, APPS + "_somali", Y25, geo=IE),
            L("more than 80 per cent", 80, MT, PCT, "asylum_applications_share_via_northern_ireland", "2024 to 2026 (reach the State through Northern Ireland; Minister for Justice, an estimate)", geo=IE),
            L("32,900", 32900, E, P, "international_protection_accommodation_population", "end of July 2026 (31 July 2026) (IPAS)", geo=IE),
            L("€1.16 billion", 1.16e9, E, EUR, "international_protection_accommodation_cost", Y25 + " (last year)", geo=IE),
            L("about £1 billion", 1e9, AP, GBP, "international_protection_accommodation_cost", Y25 + " (sterling at current exchange rates)", geo=IE),
            L("roughly €3.2 million", 3.2e6, AP, EUR, "international_protection_accommodation_cost", Y25 + " (per day)", geo=IE),
            L("about €97", 97, AP, EUR, "international_protection_accommodation_cost_per_person_night", Y25 + " (average per person per night)", geo=IE),
            L("roughly £84", 84, AP, GBP, "international_protection_accommodation_cost_per_person_night", Y25 + " (average per person per night, in sterling)", geo=IE),
            L("More than 2,000", 2000, MT, P, "international_protection_applicants_awaiting_accommodation", "August 2026 (not offered a place; receiving increased daily expenses allowance)", geo=IE),
            L("11", 11, E, P, "international_protection_returns_to_uk", "2024 to 15 August 2026 (returned to the UK under the safe third country designation so far; Department of Justice)", ctx="said 11 people", geo=IE),
            L("2,950", 2950, E, P, "deportation_orders_signed", Y25 + " (last year)", geo=IE),
            L("about one in five", 20, AP, PCT, "deportation_orders_share_enforced", Y25, geo=IE),
            L("3,420", 3420, E, P, SUP, "end of June 2026 (30 June 2026) (receiving Home Office support)", geo=NI),
            L("9 per cent", 9, E, PCT, SUP + "_change", "end of June 2026 vs end of June 2025", geo=NI),
            L("106,500", 106500, E, P, APPS, YJ26),
            L("£4.76 billion", 4.76e9, E, GBP, AC, FY2425 + " (Home Office asylum support)"),
            L("420", 420, E, P, "operation_gull_detections", "12 months to March 2026 (April 2025 to March 2026) (travelling without the right documents; police)", geo=NI),
            L("about a fifth", -20, AP, PCT, APPS + "_change", Y25 + " vs " + Y24 + " (EU Agency for Asylum)", geo=EU),
            L("just over 800,000", 800000, MT, P, APPS, Y25 + " (EU Agency for Asylum)", geo=EU),
        ]),
    "06-tangentia-essay-population-projections-ageing-workforce": dict(
        meta=dict(url="https://www.tangentia.example/p/britain-is-getting-older-no-border-policy",
                  title="Britain is getting older, and no border policy can change that",
                  publisher="Tangentia", author="Cressida Main-Oyelaran", published_date="2026-10-23"),
        labels=[
            L("about 3.3", 3.3, AP, RATIO, "working_age_per_pensioner_ratio", "October 2026 (today; people of working age for every person over state pension age)"),
            L("2.7", 2.7, E, RATIO, "working_age_per_pensioner_ratio", "2050 (official projections)"),
            L("69.8 million", 69.8e6, E, P, POP, MID25 + " (last year; an estimate)"),
            L("72.5 million", 72.5e6, E, P, "population_projection", "mid-2032 (ONS projection)"),
            L("340,000", 340000, E, P, "net_migration_projection_assumption", "long run, per year (ONS central assumption)"),
            L("1.41", 1.41, E, CPW, "total_fertility_rate", "2024 (calendar year) (a record low)", geo=EW),
            L("Nearly one in five", 20, ALM, PCT, "population_share_aged_65_and_over", "October 2026 (now; aged 65 or over)"),
            L("one in four", 25, E, PCT, "population_share_aged_65_and_over", "2050 (projection)"),
            L("40.9 years", 40.9, E, YEARS, "population_median_age", "October 2026 (latest)"),
            L("almost 30%", 30, ALM, PCT, "population_share_aged_65_and_over", "October 2026 (over 65)", geo="Japan"),
            L("around 26", 26, AP, YEARS, "immigrant_median_age", "latest (people arriving on long-term visas)"),
            L("812,000", 812000, E, P, "immigration", Y25),
            L("596,000", 596000, E, P, "emigration", Y25),
            L("216,000", 216000, E, P, NM, Y25),
            L("half", 0.5, E, RATIO, NM + "_ratio", Y25 + " vs " + Y24, ctx="half the 431,000"),
            L("431,000", 431000, E, P, NM, Y24),
            L("906,000", 906000, E, P, NM, "year ending June 2023 (July 2022 to June 2023) (the peak)"),
            L("about 380,000", 380000, AP, P, NM, "2016 to 2025 (decade to 2025; annual average)"),
            L("nearly four times", 4, ALM, RATIO, NM + "_ratio", "2016 to 2025 annual average vs the 'tens of thousands' promised"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "per year (promised by successive governments)"),
            L("About a quarter", 25, AP, PCT, "adult_social_care_workforce_share_non_british", "2026 (not British nationals)", geo=EN),
            L("some 1.6 million", 1.6e6, AP, P, "adult_social_care_workforce", "2026", geo=EN),
            L("more than 500,000", 500000, MT, P, "net_migration_scenario", "per year indefinitely (to hold the ratio at today's level; some economists)"),
            L("about £146 billion", 146e9, AP, GBP, "state_pension_cost", "per year (2026/27 financial year)"),
            L("roughly 5%", 5, AP, PCT, "state_pension_cost_share_gdp", "per year (share of national income)"),
        ]),
    "07-medlock-evening-bulletin-greater-manchester-asylum-accommodation": dict(
        meta=dict(url="https://www.medlockbulletin.example/news/greater-manchester-news/asylum-seekers-greater-manchester-oldham-council-leader",
                  title="'We have been left to pick up the pieces': council leader's warning as asylum numbers in Greater Manchester rise again",
                  publisher="Medlock Evening Bulletin", author="Daniel Ashworth-Nwosu", published_date="2026-11-24"),
        labels=[
            L("more than 8,000", 8000, MT, P, SUP, ES26 + " (housed across the city-region; standfirst)", geo=GM),
            L("8,460", 8460, E, P, SUP, ES26 + " (housed by the Home Office)" , geo=GM),
            L("6%", 6, E, PCT, SUP + "_change", ES26 + " vs " + ES25 + HOR, geo=GM),
            L("7,980", 7980, E, P, SUP, ES25 + " (a year earlier)", geo=GM),
            L("almost one in 11", 100 / 11, ALM, PCT, "asylum_support_population_share_greater_manchester", ES26 + " (Greater Manchester's part of the UK total)"),
            L("96,300", 96300, E, P, SUP, ES26 + " (supported by the Home Office across the UK)"),
            L("2,870", 2870, E, P, SUP, ES26, geo="Manchester"),
            L("1,310", 1310, E, P, SUP, ES26, geo="Oldham"),
            L("1,090", 1090, E, P, SUP, ES26, geo="Bolton"),
            L("1,020", 1020, E, P, SUP, ES26, geo="Rochdale"),
            L("960", 960, E, P, SUP, ES26, geo="Salford"),
            L("1,140", 1140, E, P, HOT, ES26, geo=GM),
            L("11", 11, E, HOTELS, "asylum_hotels_in_use", ES26, ctx="in 11 hotels", geo=GM),
            L("24,310", 24310, E, P, HOT, ES26 + " (across the UK)"),
            L("around 246,000", 246000, AP, P, POP, "2026 (borough population)", geo="Oldham"),
            L("about one in 188", 100 / 188, AP, PCT, "asylum_support_population_share_of_residents", ES26 + " (residents who are asylum seekers)", geo="Oldham"),
            L("about £2.3m", 2.3e6, AP, GBP, "council_asylum_cost", FY2627 + " (per year not recovered; council estimate" + LEADER + ")", geo="Oldham"),
            L("£16m", 16e6, E, GBP, "council_savings_required", FY2627 + " (savings this year" + LEADER + ")", geo="Oldham"),
            L("£750", 750, E, GBP, "council_asylum_grant", "per new dispersal bed, one-off (Home Office" + LEADER + ")", geo="Oldham"),
            L("more than £14m", 14e6, MT, GBP, "council_asylum_cost_shortfall", "per year (unfunded costs; report to the Greater Manchester Combined Authority)", geo=GM),
            L("1,870", 1870, E, HH, "refugees_homeless_after_leaving_asylum_support", FY2526 + " (households granted refugee status seeking help with homelessness; Manchester City Council)", geo="Manchester"),
            L("38%", 38, E, PCT, "refugees_homeless_after_leaving_asylum_support_change", FY2526 + " vs " + FY2425, geo="Manchester"),
            L("Around one in six", SIXTH, AP, PCT, "temporary_accommodation_share_refugee_households", "November 2026 (households in temporary accommodation who are refugees)", geo="Manchester"),
            L("more than 100", 100, MT, HOTELS, "asylum_hotels_closed", "1 January to 24 November 2026 (this year; Home Office)"),
            L("more than 38,000", 38000, MT, P, SBA, "1 January to 23 November 2026 (in 2026)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
