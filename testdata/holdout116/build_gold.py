#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-sixteenth hand-labelled hold-out set (holdout116).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, THIRD, E, AP, MT, AL, LT, AM, ALM,
                        SBA, SBC, NM, YEARS)

UK, ENG, EW, WAL, NI, FR = "UK", "England", "England and Wales", "Wales", "Northern Ireland", "France"
FLIGHTS, HOUSEHOLDS, VACANCIES, POSTS = "other:flights", "other:households", "other:vacancies", "other:posts"

# 01 (Thursday 26 February 2026; Home Office statistics for the year to December 2025 published "on Thursday")
Y25 = "January to December 2025 (last year; Home Office immigration statistics published Thursday 26 February 2026"
FNO = "returns_foreign_national_offenders"
AWC = "foreign_national_offenders_awaiting_removal_in_community"
DEC25 = "31 December 2025 (at the end of December; Home Office"
# 02 (Saturday 20 June 2026, published 22:41 on Friday 19 June; the record day was Friday 19 June, "yesterday")
FRI = "Friday 19 June 2026 (yesterday; Home Office figures"
YTD2 = "1 January to 19 June 2026 (so far this year"
LY2 = "1 January to 19 June 2025 (by this stage last year"
REC = "Monday 22 August 2022 (the previous daily record"
OCC = "small_boat_occupancy"
BFS = "Border Force source"
# 03 (Tuesday 1 September 2026; Home Office figures published "last week", Thursday 27 August 2026)
YJ26 = "July 2025 to June 2026 (the 12 months to June 2026; Home Office figures published Thursday 27 August 2026"
YJ25 = "July 2024 to June 2025 (the year before"
VG = "visas_granted_graduate"
SW = "graduate_route_switches_to_skilled_worker"
# 04 (Tuesday 24 February 2026; Welsh Government figures to the end of January 2026)
ARR = "24 February 2022 to 31 January 2026 (since Russia's full-scale invasion, to the end of January; Welsh Government figures"
UKR = "immigration_ukraine"
AFG = "resettlement_arrivals_afghan"
KAB = "August 2021 to February 2026 (since the Taliban seized Kabul"
RISK = "ukrainian_households_at_risk_of_losing_host"
NODDFA = "Noddfa Network"
GAA = "Gwynedd and Isle of Anglesey"
# 05 (Wednesday 4 March 2026; OBR forecast published "on Tuesday", 3 March 2026)
EFO = "OBR forecast published Tuesday 3 March 2026"
NMF = "net_migration_forecast"
LR = "per year, the long run"
# 06 (Thursday 25 June 2026; NISRA mid-2025 population estimates published "on Thursday")
YM = "July 2024 to June 2025 (the year to mid-2025; NISRA mid-year estimates published Thursday 25 June 2026"
MID = "30 June 2025 (mid-2025; NISRA mid-year estimates published Thursday 25 June 2026"
SCPS = "demographer, Strangford Centre for Population Studies"
# 07 (Saturday 30 May 2026; ONS release "on Thursday", 28 May 2026)
ONS28 = "ONS, Thursday 28 May 2026"
YJ23 = "July 2022 to June 2023 (the twelve months to June 2023"
C23 = "January to December 2023 (the calendar year 2023"
C24 = "January to December 2024 (the figure for 2024"

ARTICLES = {
    "01-the-morrow-foreign-offender-removals": dict(
        meta=dict(url="https://www.themorrow.example/news/uk/home-news/foreign-offenders-deported-2025-home-office-figures-b2913406.html",
                  title="Foreign offender removals reach highest level in a decade - but 19,000 are still waiting to be deported",
                  publisher="The Morrow", author="Tobias Renwick-Amadi", published_date="2026-02-26"),
        labels=[
            L("19,000", 19000, E, P, AWC, DEC25 + "; still waiting to be deported; headline)"),
            L("5,630", 5630, E, P, FNO, Y25 + "; sent home; standfirst)", occ=0),
            L("14 per cent", 14, E, PCT, FNO + "_change", "2025 vs 2024 (up; standfirst)", occ=0),
            L("5,630", 5630, E, P, FNO, Y25 + "; returned)", occ=1),
            L("14 per cent", 14, E, PCT, FNO + "_change", "2025 vs 2024 (an increase of)", occ=1),
            L("4,940", 4940, E, P, FNO, "January to December 2024 (removed in 2024)"),
            L("5,810", 5810, E, P, FNO, "January to December 2015 (the last bigger annual total)"),
            L("about 15 per cent", 15, AP, PCT, "returns_share_foreign_national_offenders", Y25 + "; of all enforced and voluntary returns)"),
            L("37,400", 37400, E, P, "returns", Y25 + "; enforced or voluntary returns during the year)"),
            L("1,790", 1790, E, P, FNO + "_albanian", Y25 + "; Albanians, the largest single nationality)"),
            L("nearly a third", THIRD, ALM, PCT, FNO + "_share_albanian", Y25 + "; of the total)"),
            L("640", 640, E, P, FNO + "_romanian", Y25 + "; Romanians)"),
            L("410", 410, E, P, FNO + "_polish", Y25 + "; Poles)"),
            L("a fifth", 20, E, PCT, FNO + "_eu_change", "2025 vs 2024 (removals of EU citizens as a whole went up by)", ctx="went up by a fifth"),
            L("46", 46, E, FLIGHTS, "charter_removal_flights", Y25 + "; in the 12 months)"),
            L("29", 29, E, FLIGHTS, "charter_removal_flights", "January to December 2024 (the year before)"),
            L("19,420", 19420, E, P, AWC, DEC25 + "; on bail or licence while deportation cases dragged on)"),
            L("620", 620, E, P, AWC + "_change", "31 December 2025 vs 31 December 2024 (more than twelve months earlier)"),
            L("10,790", 10790, E, P, "prison_population_foreign_nationals", DEC25 + "; held in prisons)", geo=EW),
            L("roughly 12 per cent", 12, AP, PCT, "prison_population_share_foreign_nationals", DEC25 + "; of everyone behind bars)", geo=EW),
            L("more than 8,000", 8000, MT, P, FNO, "5 July 2024 to February 2026 (removed since July 2024; Home Secretary, to the Commons)"),
            L("1,260", 1260, E, P, FNO + "_early_removal_scheme", Y25 + "; removed through the early removal scheme)"),
            L("double", 2, E, RATIO, FNO + "_early_removal_scheme_ratio", "2025 vs 2023 (the number in 2023)", ctx="double the number in 2023"),
            L("£53,000", 53000, E, GBP, "prison_place_cost_per_year", "per year, 2025/26 (keeping someone in prison, on average; Ministry of Justice)", geo=EW),
            L("more than £570m", 570e6, MT, GBP, "foreign_national_prisoners_cost", "per year, 2025/26 (the bill for foreign inmates, annually)", geo=EW),
            L("one in four", 25, E, PCT, "foreign_national_offender_deportation_appeals_share_allowed", "October 2024 to September 2025 (deportation appeals decided in the year to September; tribunal statistics)"),
            L("more than three years", 3, MT, YEARS, "foreign_national_offenders_years_to_clear_at_current_rate", "from February 2026, at 2025's pace (to clear the queue if nobody new joins it; Penstock Institute)"),
            L("Nearly 20,000", 20000, ALM, P, AWC, "February 2026 (convicted foreign criminals walking our streets; shadow home secretary)"),
        ]),
    "02-daily-brouhaha-record-day-channel-crossings": dict(
        meta=dict(url="https://www.dailybrouhaha.example/news/article-14920375/Channel-migrants-record-1409-single-day-67-per-dinghy.html",
                  title="Channel migrants smash daily RECORD as 1,409 arrive in 24 hours - with smugglers cramming an average of 67 into every dinghy",
                  publisher="Daily Brouhaha", author="Dominic Farrant-Osei", published_date="2026-06-20"),
        labels=[
            L("1,409", 1409, E, P, SBA, FRI + "; a daily record; headline)", occ=0),
            L("67", 67, E, PPB, OCC, FRI + "; average per dinghy; headline)", ctx="average of 67 into"),
            L("1,305", 1305, E, P, SBA, REC + "; bullet)", occ=0),
            L("21", 21, E, BOATS, SBC, FRI + "; bullet)", ctx="Just 21 boats"),
            L("22 per cent", 22, E, PCT, SBA + "_change", "1 January to 19 June, 2026 vs 2025 (running ahead of 2025; bullet)", occ=0),
            L("1,409", 1409, E, P, SBA, FRI + "; landed on the Kent coast; a record)", occ=1),
            L("21", 21, E, BOATS, SBC, FRI + ")", ctx="came in 21 boats"),
            L("67", 67, E, PPB, OCC, FRI + "; the highest for any day)", ctx="average of 67 people"),
            L("1,305", 1305, E, P, SBA, REC + ")", occ=1),
            L("27", 27, E, BOATS, SBC, REC + ")", ctx="took 27 boats"),
            L("104", 104, E, P, SBA + "_change", "Friday 19 June 2026 vs Monday 22 August 2022 (more people than on the old record day)"),
            L("six", -6, E, BOATS, SBC + "_change", "Friday 19 June 2026 vs Monday 22 August 2022 (fewer dinghies)", ctx="six fewer dinghies"),
            L("16,930", 16930, E, P, SBA, YTD2 + "; 2026's running total)"),
            L("22 per cent", 22, E, PCT, SBA + "_change", "1 January to 19 June, 2026 vs 2025 (a jump on)", occ=1),
            L("13,880", 13880, E, P, SBA, LY2 + ")"),
            L("281", 281, E, BOATS, SBC, YTD2 + ")"),
            L("60", 60, E, PPB, OCC, YTD2 + "; on average)", ctx="carried 60 people"),
            L("52", 52, E, PPB, OCC, LY2 + "; the same months of 2025)"),
            L("13", 13, E, PPB, OCC, "January to December 2020", ctx="a mere 13 in 2020"),
            L("as many as 90", 90, AM, PPB, OCC + "_max", FRI + "; some boats; " + BFS + ")"),
            L("186", 186, E, P, SBA + "_children", FRI + "; said they were under 18)"),
            L("more than half", 50, MT, PCT, "small_boat_arrivals_share_afghan_eritrean", YTD2 + "; Afghans and Eritreans)"),
            R("70 or 80", 70, 80, PPB, OCC, "June 2026 (putting on a boat; " + BFS + ")"),
            L("more than 700", 700, MT, P, "small_boat_launch_attempts_stopped_people", FRI + "; stopped from launching; officials in Calais)", geo=FR),
            L("around a quarter", 25, AP, PCT, "small_boat_count_share_taxi_boats", "June 2026 (dinghies that now collect passengers in the shallows off France)"),
            L("at least 11", 11, AL, P, "small_boat_deaths", "1 January to 19 June 2026 (since January; French authorities)"),
            L("£158", 158, E, GBP, "asylum_hotel_cost_per_person_night", "per night, 2026 (each resident, on average)"),
            L("More than 80,000", 80000, MT, P, SBA, "5 July 2024 to 19 June 2026 (since this government came to power; shadow home secretary)"),
            L("2,870", 2870, E, P, "returns", "August 2025 to June 2026 (returned to France under the UK-France agreement; Home Office statement)", geo=FR),
            L("more than 50,000", 50000, MT, P, "returns", "5 July 2024 to June 2026 (put on planes out of the UK since the election; Home Office statement)"),
        ]),
    "03-the-serif-graduate-visa-route-explainer": dict(
        meta=dict(url="https://theserif.example/news/politics/graduate-visa-route-18-months-explained-4127785",
                  title="Graduate visas: who uses the route, and what happens when it is cut to 18 months?",
                  publisher="The Serif", author="Anouk Pemberton-Ilori", published_date="2026-09-01"),
        labels=[
            L("18%", -18, E, PCT, VG + "_change", "year to June 2026 vs year to June 2025 (fell in a year; standfirst)", occ=0),
            L("£880", 880, E, GBP, "visa_application_fee_graduate", "2026 (the visa itself; a policy rate)"),
            L("£1,035", 1035, E, GBP, "visa_immigration_health_surcharge", "per year of the visa, 2026 (a policy rate)"),
            L("148,300", 148300, E, P, VG, YJ26 + "; main applicants)"),
            L("18%", -18, E, PCT, VG + "_change", "year to June 2026 vs year to June 2025 (fewer)", occ=1),
            L("180,900", 180900, E, P, VG, YJ25 + ")"),
            L("21,600", 21600, E, P, VG + "_dependants", YJ26 + "; issued to dependants)"),
            L("roughly a quarter", 0.25, AP, RATIO, VG + "_dependants_ratio", "year to June 2026 vs year to June 2024 (of the number two years earlier)"),
            L("more than 610,000", 610000, MT, P, VG, "July 2021 to June 2026 (main applicants since the route opened)"),
            L("62,300", 62300, E, P, VG + "_india", YJ26 + "; Indian nationals)"),
            L("42%", 42, E, PCT, VG + "_share_india", YJ26 + ")"),
            L("23%", -23, E, PCT, VG + "_india_change", "year to June 2026 vs year to June 2025 (a fall in their numbers)"),
            L("11%", 11, E, PCT, VG + "_share_nigeria", YJ26 + ")"),
            L("9%", 9, E, PCT, VG + "_share_pakistan", YJ26 + ")"),
            L("6%", 6, E, PCT, VG + "_share_china", YJ26 + "; Chinese graduates)", ctx="just 6%"),
            L("about three in five", 60, AP, PCT, VG + "_holders_share_earning_under_25000", "the route to the committee's review (people on the route; Migration Advisory Committee review)"),
            L("around one in five", 20, AP, PCT, VG + "_share_switched_to_skilled_worker", "the route to the committee's review (by the time their leave ran out; Migration Advisory Committee review)"),
            L("£21,300", 21300, E, GBP, VG + "_holders_median_earnings", "per year (median earnings on the route; Migration Advisory Committee review)"),
            L("Some 31,400", 31400, AP, P, SW, "January to December 2025 (switched from the graduate route into skilled work)"),
            L("more than a quarter", 25, MT, PCT, SW + "_change", "2025 vs 2024 (higher)"),
            L("24,700", 24700, E, P, SW, "January to December 2024"),
            L("£41.9bn", 41.9e9, E, GBP, "international_students_economic_contribution", "a single year's intake of international students (Universities UK)"),
            L("fewer than 30%", 30, LT, PCT, VG + "_holders_share_graduate_level_jobs", "2026 (graduate visa holders in graduate-level jobs; Thresher Trust)"),
            R("between 9,000 and 14,000", -14000, -9000, P, "net_migration_graduate_route_policy_change", "per year, once fully in place from 2027 (reduction from the shorter route; Home Office estimate)"),
            L("about 120,000", 120000, AP, P, VG + "_forecast", "per year, once the shorter route is fully in place (annual grants; Home Office estimate)"),
            L("71,900", 71900, E, P, "visa_applications_graduate", "January to June 2026 (lodged between January and June)"),
            L("12%", -12, E, PCT, "visa_applications_graduate_change", "January to June, 2026 vs 2025 (down on the same six months)"),
        ]),
    "04-menai-mail-wales-ukrainian-afghan-resettlement": dict(
        meta=dict(url="https://www.menaimail.example/news/wales-news/ukrainians-wales-four-years-supersponsor-afghans-28814063",
                  title="Four years on, 8,640 Ukrainians have made Wales their refuge - but hundreds of families face losing their hosts",
                  publisher="Menai Mail", author="Gethin Marchbanks-Ude", published_date="2026-02-24"),
        labels=[
            L("8,640", 8640, E, P, UKR, ARR + "; headline)", occ=0, geo=WAL),
            V("hundreds", 200, 900, HOUSEHOLDS, RISK, "February to August 2026 (families who face losing their hosts; headline)", geo=WAL),
            L("Nearly two-fifths", 40, ALM, PCT, UKR + "_supersponsor_share", ARR + "; through the supersponsor route; standfirst)", geo=WAL),
            L("1,180", 1180, E, P, AFG, KAB + ", since 2021; standfirst)", occ=0, geo=WAL),
            L("More than 8,600", 8600, MT, P, UKR, ARR + ")", geo=WAL),
            L("8,640", 8640, E, P, UKR, ARR + "; with Welsh sponsors)", occ=1, geo=WAL),
            L("3,410", 3410, E, P, UKR + "_supersponsor", ARR + ")", geo=WAL),
            L("about 6,100", 6100, AP, P, "ukrainians_resident", "February 2026 (still living in Wales; officials)", geo=WAL),
            L("11,900", 11900, E, P, "visas_granted_ukraine_schemes", "March 2022 to January 2026 (visas issued to people sponsored in Wales)", geo=WAL),
            L("about 73%", 73, AP, PCT, "visas_granted_ukraine_schemes_share_arrived", "March 2022 to January 2026 (of those given permission, actually made the journey)", geo=WAL),
            L("more than 218,000", 218000, MT, P, UKR, "March 2022 to February 2026 (the two sponsorship schemes and the family route)"),
            L("312", 312, E, P, UKR, ARR + ")", geo="Gwynedd"),
            L("148", 148, E, P, UKR, ARR + "; Ynys Môn)", geo="Isle of Anglesey"),
            L("265", 265, E, P, UKR, ARR + ")", geo="Conwy"),
            L("1,760", 1760, E, P, UKR, ARR + "; more than any other council)", geo="Cardiff"),
            L("1,180", 1180, E, P, AFG, KAB + "; ARAP and ACRS)", occ=1, geo=WAL),
            L("Around 90", 90, AP, P, AFG, KAB + "; living in Gwynedd and on Anglesey)", geo=GAA),
            L("more than 36,000", 36000, MT, P, AFG, KAB + "; across Britain, the two Afghan schemes)"),
            L("£5,900", 5900, E, GBP, "homes_for_ukraine_council_tariff_per_guest", "2026 (for each Ukrainian arrival; UK Government; a policy rate)"),
            L("£10,500", 10500, E, GBP, "homes_for_ukraine_council_tariff_per_guest", "2022 (for those who came before 2023; a policy rate)"),
            L("£500", 500, E, GBP, "homes_for_ukraine_thank_you_payment", "per month, 2026 (paid to hosts; a policy rate)", geo=WAL),
            L("£97.5m", 97.5e6, E, GBP, "welsh_government_ukraine_response_cost", "2022 to February 2026 (spent on its response since 2022; Welsh Government)", geo=WAL),
            L("1,950", 1950, E, P, "ukrainian_welcome_accommodation_population", "autumn 2022 (the welcome centres at their busiest)", geo=WAL),
            V("Thousands", 2000, 9000, P, "ukrainian_arrivals_in_work", "February 2026 (now working, teaching and paying in; Cabinet Secretary for Social Justice)", geo=WAL),
            L("1,240", 1240, E, HOUSEHOLDS, "homelessness_presentations_ukrainian_households", "2022 to February 2026 (sought homelessness help from Welsh councils since 2022; " + NODDFA + ")", geo=WAL),
            L("one in seven", 100 / 7, E, PCT, "ukrainian_households_temporary_accommodation_share", "February 2026 (of those households, still in temporary accommodation; " + NODDFA + ")", geo=WAL),
            L("almost 400", 400, ALM, HOUSEHOLDS, RISK, "February to August 2026 (could lose their hosts within six months; Plaid Cymru spokesperson on social justice)", geo=WAL),
            L("41", 41, E, HOUSEHOLDS, "afghan_families_housed_by_council", KAB + "; in council and housing association homes; Gwynedd Council leader)", ctx="housed 41 Afghan", geo="Gwynedd"),
            L("more than £1bn", 1e9, MT, GBP, "homes_for_ukraine_council_tariff_payments", "2022 to February 2026 (tariff payments to councils since 2022; UK Government spokesperson)"),
        ]),
    "05-salmonsheet-obr-forecast-lower-net-migration": dict(
        meta=dict(url="https://www.salmonsheet.example/content/4d1f8c27-93ab-4e6b-b1f0-obr-migration-downgrade-fiscal-headroom",
                  title="OBR migration downgrade wipes £6.2bn off chancellor's fiscal buffer",
                  publisher="Salmonsheet", author="Barnaby Okafor-Lindqvist", published_date="2026-03-04"),
        labels=[
            L("£6.2bn", -6.2e9, E, GBP, "fiscal_headroom_change", "the fiscal rule's target year, March 2026 vs November 2025 forecast (wiped off the chancellor's fiscal buffer by the migration downgrade; headline)", occ=0),
            L("250,000", 250000, E, P, NMF, LR + " (" + EFO + "; standfirst)", occ=0),
            L("295,000", 295000, E, P, NMF, LR + " (the OBR's November 2025 assumption; standfirst)", occ=0),
            L("250,000", 250000, E, P, NMF, LR + " (" + EFO + ")", occ=1),
            L("295,000", 295000, E, P, NMF, LR + " (pencilled in last November, 2025)", occ=1),
            L("340,000", 340000, E, P, NMF, LR + " (the OBR's assumption a year earlier, March 2025)"),
            L("185,000", 185000, E, P, NMF, "January to December 2026 (bottoming out; " + EFO + ")"),
            L("210,000", 210000, E, P, NMF, "January to December 2027 (edging up; " + EFO + ")"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the 12 months ending June 2025; ONS)"),
            L("649,000", 649000, E, P, NM, "July 2023 to June 2024 (twelve months before, as revised; ONS)"),
            L("more than two-thirds", -200 / 3, MT, PCT, NM + "_change", "year to June 2025 vs year to June 2024 (a drop of)"),
            L("36 per cent", -36, E, PCT, "visas_granted_skilled_worker_change", "2025 vs 2024 (main applicants; Home Office data)"),
            L("57,000", 57000, E, P, "visas_granted_skilled_worker", "January to December 2025 (last year; main applicants; Home Office data)"),
            L("260,000", -260000, E, P, "population_working_age_forecast_revision", "2030-31 (smaller than previously forecast; " + EFO + ")"),
            L("0.4 per cent", -0.4, E, PCT, "gdp_forecast_revision", "2030-31 (off the level of real GDP; " + EFO + ")"),
            L("£8.1bn", -8.1e9, E, GBP, "tax_receipts_lower_migration_change", "2030-31 (receipts lower as a result; " + EFO + ")"),
            L("£1.9bn", -1.9e9, E, GBP, "public_spending_lower_migration_change", "2030-31 (less spending on public services and welfare; " + EFO + ")"),
            L("£6.2bn", 6.2e9, E, GBP, "public_borrowing_effect_lower_migration", "2030-31 (borrowing higher; " + EFO + ")", occ=1),
            L("£21bn", 21e9, E, GBP, "fiscal_headroom", "the fiscal rule's target year (the OBR's November 2025 forecast)"),
            L("£14.8bn", 14.8e9, E, GBP, "fiscal_headroom", "the fiscal rule's target year (" + EFO + ")"),
            L("54 per cent", 54, E, PCT, "fiscal_rule_probability_of_meeting", "the fiscal rule's target year (the chance of meeting the rule on time; " + EFO + ")"),
            L("1.1 per cent", 1.1, E, PCT, "gdp_growth_forecast", "January to December 2026 (" + EFO + ")"),
            L("1.4 per cent", 1.4, E, PCT, "gdp_growth_forecast", "January to December 2026 (the OBR's November 2025 forecast)"),
            L("96.1 per cent", 96.1, E, PCT, "public_sector_net_debt_share_gdp", "2028-29 (the projected peak; " + EFO + ")"),
            L("about 500,000", -500000, AP, P, "population_projection_revision", "2030 (smaller than in its previous projection; " + EFO + ")"),
            L("zero or below", 0, AM, P, "net_migration_target", "per year (what net migration should be; Reform UK)"),
            L("4.58 per cent", 4.58, E, PCT, "gilt_yield_10_year", "Tuesday 3 March 2026 (after the release)"),
        ]),
    "06-glens-gazette-nisra-population-migration": dict(
        meta=dict(url="https://www.glensgazette.example/news/northern-ireland/ni-population-1-93m-migration-slows-births-record-low-4418207",
                  title="NI population edges up to 1.93m as migration slows and births fall to record low",
                  publisher="Glens Gazette", author="Orla McCandless-Tembo", published_date="2026-06-25"),
        labels=[
            L("1.93m", 1.93e6, E, P, "population", MID + "; headline)", geo=NI),
            L("almost halved", -50, ALM, PCT, NM + "_change", "year to mid-2025 vs year to mid-2024 (standfirst)", occ=0, geo=NI),
            L("7,600", 7600, E, P, "population_growth", YM + "; more people than 12 months earlier; standfirst)", occ=0, geo=NI),
            L("7,600", 7600, E, P, "population_growth", YM + "; the smallest annual increase in almost a decade)", occ=1, geo=NI),
            L("1,934,800", 1934800, E, P, "population", MID + ")", geo=NI),
            L("0.4%", 0.4, E, PCT, "population_change", YM + "; up on mid-2024)", geo=NI),
            L("0.7%", 0.7, E, PCT, "population_change", "July 2024 to June 2025 (the UK overall)"),
            L("2.8%", 2.8, E, PCT, "population_share_ni_of_uk", "30 June 2025 (mid-2025; Northern Ireland's share of the UK's population)"),
            L("20,100", 20100, E, P, "births", YM + "; the fewest since records began)", geo=NI),
            L("16,600", 16600, E, P, "deaths", YM + ")", geo=NI),
            L("3,500", 3500, E, P, "population_natural_change", YM + "; births minus deaths)", geo=NI),
            L("4,100", 4100, E, P, NM, YM + "; migration accounted for the other)", geo=NI),
            L("Some 15,200", 15200, AP, P, "immigration", YM + "; arrived from beyond the UK)", geo=NI),
            L("9,900", 9900, E, P, "emigration", YM + "; departed for other countries)", geo=NI),
            L("5,300", 5300, E, P, NM + "_international", YM + "; international migration in the black)", geo=NI),
            L("1,200", -1200, E, P, NM + "_rest_of_uk", YM + "; a net loss to Great Britain)", geo=NI),
            L("7,900", 7900, E, P, NM, "July 2023 to June 2024 (the previous year; NISRA)", geo=NI),
            L("almost halved", -50, ALM, PCT, NM + "_change", "year to mid-2025 vs year to mid-2024", occ=1, geo=NI),
            L("352,600", 352600, E, P, "population", MID + ")", geo="Belfast"),
            L("0.6%", 0.6, E, PCT, "population_change", YM + ")", geo="Belfast"),
            L("more than two in five", 40, MT, PCT, "immigration_share_belfast", YM + "; of those arriving from abroad, drawn to Belfast)", geo=NI),
            L("1.1%", 1.1, E, PCT, "population_change", YM + "; the fastest of the council areas)", geo="Mid Ulster"),
            L("0.2%", -0.2, E, PCT, "population_change", YM + "; the only council area to lose residents)", geo="Derry City and Strabane"),
            L("Nearly one in five", 20, ALM, PCT, "population_share_aged_65_and_over", MID + ")", geo=NI),
            L("18.4%", 18.4, E, PCT, "population_share_aged_65_and_over", MID + ")", geo=NI),
            L("below 20%", 20, LT, PCT, "population_share_aged_under_16", MID + "; for the first time)", geo=NI),
            L("just under two million", 2e6, ALM, P, "population_projection", "the late 2040s (the projected peak; NISRA projections)", geo=NI),
            L("about one in every 15", 100 / 15, AP, PCT, "population_share_born_outside_uk_ireland", "March 2021 (the 2021 census; " + SCPS + ")", geo=NI),
            L("around 26,000", 26000, AP, VACANCIES, "job_vacancies", "June 2026 (vacancies across the economy; Economy Minister)", geo=NI),
            L("More than 5,000", 5000, MT, P, "school_leavers_leaving_for_gb_universities", "2025 (last year; school leavers who went to university in Britain; Alliance MLA)", geo=NI),
        ]),
    "07-demurral-ons-migration-revisions-data-quality": dict(
        meta=dict(url="https://demurral.example/p/britain-is-flying-blind-on-migration",
                  title="Britain is flying blind on migration",
                  publisher="Demurral", author="Cressida Vandermolen-Achebe", published_date="2026-05-30"),
        labels=[
            L("176,000", 176000, E, P, NM, "January to December 2025 (" + ONS28 + ")"),
            L("closer to 300,000", 300000, AP, P, NM, "January to December 2025 (the true figure; the Opposition)"),
            L("672,000", 672000, E, P, NM, YJ23 + "; the ONS's first estimate, November 2023)"),
            L("740,000", 740000, E, P, NM, YJ23 + "; as revised the following spring, 2024)"),
            L("906,000", 906000, E, P, NM, YJ23 + "; as revised in autumn 2024; the post-Brexit peak)"),
            L("234,000", 234000, E, P, NM + "_revision", YJ23 + "; the total revision, November 2023 to autumn 2024)"),
            L("more than a third", THIRD, MT, PCT, NM + "_revision", YJ23 + "; the peak against the first estimate MPs fought over)"),
            L("685,000", 685000, E, P, NM, C23 + "; first published)"),
            L("181,000", 181000, E, P, NM + "_revision", C23 + "; later revised up by)"),
            L("866,000", 866000, E, P, NM, C23 + "; as revised)"),
            L("431,000", 431000, E, P, NM, C24 + "; first announced last May, 2025)"),
            L("345,000", 345000, E, P, NM, C24 + "; as cut in November 2025)"),
            L("359,000", 359000, E, P, NM, C24 + "; as revised on Thursday; " + ONS28 + ")"),
            L("some 14,000", 14000, AP, P, NM + "_revision", C24 + "; higher, May 2026 vs November 2025 vintage; " + ONS28 + ")"),
            L("86,000", 86000, E, P, "migration_estimate_vintage_spread", C24 + "; the spread between three vintages)"),
            L("around 800,000", 800000, AP, P, "international_passenger_survey_interviews", "January to December 2019 (travellers spoken to in its last full year)"),
            V("a few thousand", 2000, 9000, P, "international_passenger_survey_migrant_interviews", "January to December 2019 (of the travellers, turned out to be migrants)"),
            L("508,000", 508000, E, P, "emigration", C23 + "; the first estimate)"),
            L("532,000", 532000, E, P, "emigration", C23 + "; the latest estimate)"),
            L("roughly 70%", 70, AP, PCT, NM + "_revision_share_from_longer_stays", YJ23 + "; of the upward revision, from people staying longer than assumed; ONS)"),
            L("56.1 million", 56.1e6, E, P, "population", "27 March 2011 (the 2011 census)", geo=EW),
            L("464,000", 464000, E, P, "population_estimate_census_revision", "27 March 2011 (the census count against the official estimate)", geo=EW),
            L("about 20%", 20, AP, PCT, "labour_force_survey_response_rate", "2026 (now; households approached)"),
            L("about 50%", 50, AP, PCT, "labour_force_survey_response_rate", "about 2016 (a decade ago)"),
            L("around 400", 400, AP, POSTS, "ons_staff_posts_cut", "2023 to May 2026 (posts shed since the survey lost its accredited status)"),
            R("from 122,000 to 231,000", 122000, 231000, P, NM, "January to December 2025 (the ONS's own range)"),
            L("69 million", 69e6, E, P, "population", "2026 (the country we are running)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
