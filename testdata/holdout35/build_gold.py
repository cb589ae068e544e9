#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the thirty-fifth hand-labelled hold-out set (holdout35).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, RATIO, BOATS, PPB, HOTELS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, PTR, RSC, RSP)

RET, IMM, EMI = "returns", "immigration", "emigration"
APPS, BL, DEC = "asylum_applications", "asylum_backlog", "asylum_initial_decisions"
GRANT, SUPPORT, DISP = "asylum_grants_share_initial_decisions", "asylum_support_population", "asylum_dispersal_population"
HOTELS_IN_USE, REL = "asylum_hotels_in_use", "rwanda_relocations"
POP, PG, PC, NAT = "population", "population_growth", "population_change", "population_natural_change"
STOPPED, LEGAL = "small_boat_launch_attempts_stopped_people", "uk_france_legal_route_arrivals"
NMA = "net_migration_projection_assumption"
HH, COUNCILS, INCIDENTS, ROOMS = "other:households", "other:council_areas", "other:incidents", "other:rooms"
FR, RW, WAL, SCO = "France", "Rwanda", "Wales", "Scotland"
WREN, ABD, ABDS = "Wrenfield", "Aberdeen", "Aberdeenshire"
LEGAL_COST = "council_legal_costs_asylum_hotel"

# periods
YS26, YS25 = "year ending September 2026", "year ending September 2025"
ES26, ES25 = "end of September 2026", "end of September 2025"
HO_NOV = " (Home Office, published Thursday 26 November 2026)"
YTD01, YTD01_25 = "1 January to 30 September 2026 (since January)", "1 January to 30 September 2025 (this stage of last year)"
Q3 = "July to September 2026 (the third quarter)"
FY26 = "2025/26 financial year"
EJ26, EJ25 = "end of June 2026", "end of June 2025"
HO_AUG = " (Home Office, published Thursday 20 August 2026)"
YJ26, YJ25 = "year ending June 2026", "year ending June 2025"
PILOT = "18 September 2025 (first return flight) to 31 August 2026"
MID25 = "year to mid-2025 (NRS, published Tuesday 6 October 2026)"
M25 = "mid-2025 (30 June 2025; NRS)"
RW_LIFE = "April 2022 to July 2024 (life of the scheme; final NAO figure)"

ARTICLES = {
    "01-charterhouse-times-small-boats-quarterly-figures": dict(
        meta=dict(url="https://www.charterhousetimes.example/article/channel-crossings-fall-tenth-summer-surge-home-secretary-q3-2026-k7dq2mb4x",
                  title="Channel crossings fall by a tenth but summer surge tests Home Secretary's promise",
                  publisher="The Charterhouse Times", author="Harriet Okonjo-Reyes", published_date="2026-11-26"),
        labels=[
            L("a tenth", -10, E, PCT, SBA + "_change", YS26 + " vs " + YS25 + " (headline)", ctx="fall by a tenth but"),
            L("13,480", 13480, E, P, SBA, Q3 + " (standfirst)", occ=0),
            L("5,120", 5120, E, P, SBA, "September 2026 (busiest month of 2026; caption)"),
            L("11 per cent", -11, E, PCT, SBA + "_change", YS26 + " vs " + YS25 + " (dropped)"),
            L("38,640", 38640, E, P, SBA, YS26 + HO_NOV),
            L("43,420", 43420, E, P, SBA, YS25 + " (the preceding year)"),
            L("604", 604, E, BOATS, SBC, YS26),
            L("64", 64, E, PPB, "small_boat_occupancy", YS26 + " (average per boat)"),
            L("Some 13,480", 13480, AP, P, SBA, Q3),
            L("nearly half", 50, ALM, PCT, "small_boat_arrivals_share_third_quarter", Q3 + " as a share of " + YTD01),
            L("29,115", 29115, E, P, SBA, YTD01),
            L("about 10 per cent", -10, AP, PCT, SBA + "_change", YTD01 + " vs " + YTD01_25 + " (lower)"),
            L("98,310", 98310, E, P, APPS, YS26 + " (main applicants)"),
            L("9 per cent", -9, E, PCT, APPS + "_change", YS26 + " vs " + YS25 + " (down)"),
            L("108,040", 108040, E, P, APPS, YS25 + " (main applicants; a year earlier)"),
            L("123,600", 123600, E, P, APPS, YS26 + " (including dependants)"),
            L("19 per cent", -19, E, PCT, APPS + "_change", "January to June 2026 vs January to June 2025 (fell; the EU asylum agency)", geo="EU"),
            L("two fifths", -40, E, PCT, BL + "_change", ES26 + " vs " + ES25 + " (shrunk; awaiting an initial decision)"),
            L("81,200", 81200, E, P, BL, ES25 + " (awaiting an initial decision)"),
            L("48,750", 48750, E, P, BL, ES26 + " (awaiting an initial decision)"),
            L("131,900", 131900, E, P, DEC, YS26 + " (first decisions)"),
            L("41 per cent", 41, E, PCT, GRANT, YS26),
            L("47 per cent", 47, E, PCT, GRANT, YS25 + " (twelve months before)"),
            L("21,640", 21640, E, P, HOT, ES26 + " (the quarter's end)"),
            L("158", 158, E, HOTELS, HOTELS_IN_USE, ES26),
            L("a third", -THIRD, E, PCT, HOT + "_change", ES26 + " vs " + ES25 + " (fewer people)", ctx="a third fewer people"),
            L("32,480", 32480, E, P, HOT, ES25 + " (a year earlier)"),
            L("£4.4 billion", 4.4e9, E, GBP, AC, FY26 + " (asylum support; departmental accounts)"),
            L("£2.1 billion", 2.1e9, E, GBP, AC, FY26 + " (hotels; departmental accounts)"),
            L("12 per cent", 12, E, PCT, RET + "_change", YS26 + " vs " + YS25 + " (climbed)", occ=0),
            L("38,900", 38900, E, P, RET, YS26 + " (removals and voluntary departures)"),
            L("34,730", 34730, E, P, RET, YS25),
            L("1,480", 1480, E, P, RET, "18 September 2025 (UK-France agreement) to 30 September 2026", geo=FR),
            L("1,310", 1310, E, P, LEGAL, "18 September 2025 (UK-France agreement) to 30 September 2026 (legal route from France)"),
            L("19,300", 19300, E, P, STOPPED, YTD01 + " (between January and September; French officers)", geo=FR),
            L("at least 27", 27, AL, P, "small_boat_deaths", "1 January to 26 November 2026 (in 2026; French coastguard)"),
            V("tens of thousands", 20000, 90000, P, BL, "July 2024 (the system inherited; claims gathering dust; Home Secretary)"),
            L("fewer than 160", 160, LT, HOTELS, HOTELS_IN_USE, "now, November 2026 (Home Secretary)"),
            L("more than 400", 400, MT, HOTELS, HOTELS_IN_USE, "peak, 2023 (when the numbers peaked; Home Secretary)"),
            L("more than a tenth", -10, MT, PCT, SBA + "_change", YS26 + " vs " + YS25 + " (crossings down; Home Secretary)"),
            L("12 per cent", 12, E, PCT, RET + "_change", YS26 + " vs " + YS25 + " (removals up; Home Secretary)", occ=1),
            L("more than 93,000", 93000, MT, P, SBA, "5 July 2024 (Labour took office) to September 2026 (shadow home secretary)"),
            L("a tenth", -10, E, PCT, SBA + "_change", YS26 + " vs " + YS25 + " (a fall of; shadow home secretary)", ctx="a fall of a tenth"),
            L("26 years", 26, E, YEARS, "returns_france_years_to_match_annual_arrivals", "at the present rate (returns to France against a year's crossings; shadow home secretary)"),
            L("roughly 3,000", 3000, AP, P, SBA, "October 2026 (expected; Home Office officials, privately)"),
        ]),
    "02-daily-tocsin-council-court-fight-asylum-hotel": dict(
        meta=dict(url="https://www.dailytocsin.example/news/article-14417320/Council-blows-500-000-court-battle-shut-migrant-hotel-Home-Office-5-7million-day.html",
                  title="Council blows nearly £500,000 of taxpayers' cash on court battle to shut migrant hotel - as it emerges the Home Office is spending £5.7MILLION A DAY housing asylum seekers in hotels",
                  publisher="Daily Tocsin", author="Tamsin Rookwood-Adeyemi", published_date="2026-10-13"),
        labels=[
            L("nearly £500,000", 500000, ALM, GBP, LEGAL_COST, "June 2025 to October 2026 (so far; headline)", geo=WREN),
            L("£5.7MILLION", 5.7e6, E, GBP, AC, "per day, " + FY26 + " (asylum hotels; headline)"),
            L("£486,000", 486000, E, GBP, LEGAL_COST, "June 2025 to October 2026 (since it first went to the High Court; bullet)", occ=0, geo=WREN),
            L("as many as 138", 138, AM, P, HOT, "March 2025 to October 2026 (most at a time; bullet)", geo=WREN),
            L("24,310", 24310, E, P, HOT, EJ26 + " (when June ended; bullet)" + HO_AUG),
            L("171", 171, E, HOTELS, HOTELS_IN_USE, EJ26 + " (bullet)", occ=0),
            L("£750,000", 750000, MT, GBP, LEGAL_COST, "final bill if the appeal is lost (could top; bullet)", occ=0, geo=WREN),
            L("Around 200", 200, AP, P, "protest_attendance", "September 2026 (last month; demonstration outside the hotel; caption)", geo=WREN),
            L("almost half a million pounds", 500000, ALM, GBP, LEGAL_COST, "June 2025 to October 2026 (so far)", geo=WREN),
            L("£486,000", 486000, E, GBP, LEGAL_COST, "June 2025 (first injunction claim) to October 2026 (documents seen by the Tocsin)", occ=1, geo=WREN),
            L("£750,000", 750000, MT, GBP, LEGAL_COST, "if the appeal fails and the council pays the Home Office's costs (could climb past; finance chief)", occ=1, geo=WREN),
            L("96", 96, E, ROOMS, "asylum_hotel_rooms", "now (the hotel's rooms)", ctx="96-room", geo=WREN),
            L("138", 138, E, P, HOT, "March 2025 to October 2026 (at its busiest)", ctx="it held 138", geo=WREN),
            L("61", 61, E, INCIDENTS, "police_callouts_asylum_hotel", "March 2025 to October 2026 (in that period; freedom of information)", geo=WREN),
            L("4,210", 4210, E, P, "petition_signatures", "now, October 2026 (calling for its closure)", geo=WREN),
            L("more than one in 20", 5, MT, PCT, "petition_signatures_share_of_population", "now, October 2026 (of the town's residents)", geo=WREN),
            L("roughly 82,000", 82000, AP, P, POP, "now, 2026 (the town's residents)", geo=WREN),
            L("171", 171, E, HOTELS, HOTELS_IN_USE, EJ26 + " (as the quarter closed in June; the Home Office's own figures)", occ=1),
            L("213", 213, E, HOTELS, HOTELS_IN_USE, EJ25 + " (twelve months before)"),
            L("£5.7million", 5.7e6, E, GBP, AC, "per day, " + FY26 + " (asylum hotels; an estimated)"),
            L("about £2.1billion", 2.1e9, AP, GBP, AC, FY26 + " (asylum hotels, over the year)"),
            L("£152", 152, E, GBP, AC, "per person per night, hotel room (average)"),
            L("more than three times", 3, MT, RATIO, AC + "_ratio", "per night, hotel vs rented house or flat"),
            L("£41", 41, E, GBP, AC, "per person per night, rented house or flat (dispersal accommodation)"),
            L("£383million", 383e6, E, GBP, "asylum_accommodation_provider_profit", "2019 to October 2026 (three firms combined; campaign group analysis)"),
            L("1,930", 1930, E, P, HOT, EJ26 + " (the Tocsin understands)", geo="Essex"),
            L("14", 14, E, HOTELS, HOTELS_IN_USE, EJ26 + " (the Tocsin understands)", ctx="in 14 hotels", geo="Essex"),
            L("well over 200", 200, MT, HOTELS, "asylum_hotels_closed", "July 2024 to October 2026 (already closed; Home Office spokesman)"),
        ]),
    "03-cynon-taff-recorder-pa-wales-dispersal": dict(
        meta=dict(url="https://www.cynontaffrecorder.example/news/wales/asylum-seekers-dispersal-wales-rises-18-per-cent-home-office-figures-8841207",
                  title="Number of asylum seekers housed in Wales rises by 18% as dispersal widens beyond the cities",
                  publisher="The Cynon & Taff Recorder (PA)", author="PA Wales Reporter", published_date="2026-09-03"),
        labels=[
            L("18%", 18, E, PCT, DISP + "_change", EJ26 + " vs " + EJ25 + " (headline)", occ=0, geo=WAL),
            L("2,640", 2640, E, P, DISP, EJ26 + " (standfirst)", occ=0, geo=WAL),
            L("18%", 18, E, PCT, DISP + "_change", EJ26 + " vs " + EJ25 + " (in a year)", occ=1, geo=WAL),
            L("2,640", 2640, E, P, DISP, EJ26 + HO_AUG, occ=1, geo=WAL),
            L("2,240", 2240, E, P, DISP, EJ25 + " (twelve months earlier)", geo=WAL),
            L("3,180", 3180, E, P, SUPPORT, EJ26 + " (including hotels and financial help only)", geo=WAL),
            L("2,760", 2760, E, P, SUPPORT, EJ25 + " (a year before)", geo=WAL),
            L("1,150", 1150, E, P, DISP, EJ26, geo="Cardiff"),
            L("640", 640, E, P, DISP, EJ26, geo="Swansea"),
            L("490", 490, E, P, DISP, EJ26, geo="Newport"),
            L("200", 200, E, P, DISP, EJ26, ctx="Wrexham with 200", geo="Wrexham"),
            L("roughly one in every 330", 100 / 330, AP, PCT, "asylum_dispersal_population_share_of_residents", EJ26 + " (in the capital)", geo="Cardiff"),
            L("about 94%", 94, AP, PCT, "asylum_dispersal_population_share_four_dispersal_areas", EJ26 + " (Cardiff, Swansea, Newport and Wrexham)", geo=WAL),
            L("nine", 9, E, COUNCILS, "council_areas_hosting_asylum_seekers", "2023 to June 2026 (other local authorities taking people for the first time)", geo=WAL),
            L("69,850", 69850, E, P, DISP, EJ26),
            L("104,900", 104900, E, P, SUPPORT, EJ26),
            L("5,480", 5480, E, P, SUPPORT, EJ26, geo=SCO),
            L("3,150", 3150, E, P, SUPPORT, EJ26, geo="Northern Ireland"),
            L("3.8%", 3.8, E, PCT, "asylum_dispersal_population_share_wales", EJ26 + " (Wales's share of those in dispersal homes)"),
            L("roughly 4.6%", 4.6, AP, PCT, "population_share_wales_of_uk", "now (Wales's share of the UK population)"),
            L("Two", 2, E, HOTELS, HOTELS_IN_USE, EJ26, ctx="Two Welsh hotels", geo=WAL),
            L("310", 310, E, P, HOT, EJ26, geo=WAL),
            L("up to 4,000", 4000, AM, P, "asylum_dispersal_target", "by March 2028 (Home Office to the WLGA)", geo=WAL),
            L("£3,500", 3500, E, GBP, "council_asylum_grant", "per new dispersal bed (one-off Home Office payment)"),
            L("more than 11,300", 11300, MT, HH, "temporary_accommodation_households", "now, September 2026 (WLGA spokesperson)", geo=WAL),
            L("£96 million", 96e6, E, GBP, "council_temporary_accommodation_cost", FY26 + " (last year; councils in Wales; WLGA spokesperson)", geo=WAL),
            L("£1.8 million", 1.8e6, E, GBP, "welsh_government_refugee_move_on_funding", "2026/27 (this year; Welsh Government)", geo=WAL),
            L("more than 40%", -40, MT, PCT, BL + "_change", EJ26 + " vs " + EJ25 + " (claims awaiting a decision, cut by; Home Office spokesperson)"),
            L("about 60%", 60, AP, PCT, "asylum_backlog_share_waiting_over_6_months", "now, September 2026 (adults a Cardiff charity sees)", geo="Cardiff"),
            L("37,375", 37375, E, P, SBA, YJ26),
            L("43,080", 43080, E, P, SBA, YJ25),
        ]),
    "04-fulcrum-verify-returns-france-deal": dict(
        meta=dict(url="https://www.fulcrumnews.example/news/articles/verify-returns-france-deal-claims-c8x2lq4wd71o",
                  title="Fulcrum Verify: Are more migrants really being sent home, and is the France deal working?",
                  publisher="Fulcrum News", author="Niamh Castellanos-Reid", published_date="2026-09-09"),
        labels=[
            L("ten years", 10, E, YEARS, "returns_record_period", YJ26 + " (highest level in; claim heading, Home Secretary)", occ=0),
            L("a decade", 10, E, YEARS, "returns_record_period", YJ26 + " (highest level for; Home Secretary, speech on Monday 7 September 2026)"),
            L("37,100", 37100, E, P, RET, YJ26 + HO_AUG),
            L("9%", 9, E, PCT, RET + "_change", YJ26 + " vs " + YJ25 + " (more)"),
            L("34,050", 34050, E, P, RET, YJ25 + " (the previous twelve months)"),
            L("40,250", 40250, E, P, RET, "year ending June 2016 (last time the annual figure was higher)"),
            L("10,420", 10420, E, P, RET, YJ26 + " (enforced returns)"),
            L("just over a quarter", 25, MT, PCT, "returns_share_enforced", YJ26),
            L("26,680", 26680, E, P, RET, YJ26 + " (voluntary returns)"),
            L("nearly three-quarters", 75, ALM, PCT, "returns_share_voluntary", YJ26),
            L("4,960", 4960, E, P, RET, YJ26 + " (people who had come to the UK by small boat)"),
            L("about 13%", 13, AP, PCT, "returns_share_of_small_boat_arrivals", YJ26),
            L("37,375", 37375, E, P, SBA, YJ26 + " (over the same period)"),
            L("one in 100", 1, E, PCT, "returns_share_of_small_boat_arrivals", "since the UK-France pilot began (claim heading; Reform UK's leader)", occ=0, geo=FR),
            L("one in 100", 1, E, PCT, "returns_share_of_small_boat_arrivals", "since the UK-France pilot began (Reform UK's leader, rally on Sunday 6 September 2026)", occ=1, geo=FR),
            L("1,402", 1402, E, P, RET, PILOT + " (Home Office, released Friday 4 September 2026)", geo=FR),
            L("Around 36,500", 36500, AP, P, SBA, PILOT + " (since the first return flight)"),
            L("roughly one in 26", 100 / 26, AP, PCT, "returns_share_of_small_boat_arrivals", PILOT, geo=FR),
            L("about 4%", 4, AP, PCT, "returns_share_of_small_boat_arrivals", PILOT, geo=FR),
            L("about 50", 50, AP, P, "returns_france_weekly_cap", "per week (as officials originally briefed)", geo=FR),
            L("28", 28, E, P, RET, "per week, average over the pilot's first 50 weeks, to 31 August 2026", ctx="averaged 28", geo=FR),
            L("1,260", 1260, E, P, LEGAL, PILOT + " (legal route from France)"),
            L("£476m", 476e6, E, GBP, "uk_funding_to_france", "three years from March 2023 (claim heading; shadow home secretary)", occ=0),
            L("£476m", 476e6, E, GBP, "uk_funding_to_france", "three years from March 2023 (shadow home secretary, column on Tuesday 8 September 2026)", occ=1),
            L("£476m", 476e6, E, GBP, "uk_funding_to_france", "three-year funding package agreed in March 2023", occ=2),
            L("21,840", 21840, E, P, STOPPED, YJ26 + " (French officers; Home Office data)", geo=FR),
            L("18,900", 18900, E, P, STOPPED, YJ25 + " (a year earlier)", geo=FR),
            L("ten years", 10, E, YEARS, "returns_record_period", YJ26 + " (higher than at any time in the last; Home Office)", occ=1),
            V("thousands", 2000, 9000, P, "small_boat_crossings_prevented", "now (partnership with France stopping; Home Office)", ctx="stopping thousands of crossings", geo=FR),
        ]),
    "05-new-polity-essay-net-migration-projections": dict(
        meta=dict(url="https://www.newpolity.example/politics/2026/07/the-number-nobody-can-pin-down-migration-projections",
                  title="The number nobody can pin down",
                  publisher="The New Polity", author="Tobias Wrenshaw-Amadi", published_date="2026-07-10"),
        labels=[
            L("672,000", 672000, E, P, NM, "year ending June 2023 (first estimate, ONS, November 2023)"),
            L("906,000", 906000, E, P, NM, "year ending June 2023 (revised, a year later, November 2024)", occ=0),
            L("234,000", 234000, E, P, "net_migration_revision", "year ending June 2023 (first estimate vs November 2024 estimate; off by)"),
            L("more than a third", THIRD, MT, PCT, "net_migration_revision", "year ending June 2023 (revision as a share of the first estimate)", occ=0),
            L("about 110,000", 110000, AP, P, "net_migration_revision", "since 2019 (average change from first to later estimates; the author's count)"),
            L("340,000", 340000, E, P, NMA, "per year, long term (2022-based projections, ONS, January 2025)"),
            L("72.5 million", 72.5e6, E, P, POP, "mid-2032 (projected; 2022-based projections, ONS, January 2025)"),
            L("245,000", 245000, E, P, NMA, "per year, long term (2024-based projections, ONS, published Tuesday 30 June 2026)"),
            L("95,000", -95000, E, P, NMA + "_revision", "per year, long term (2024-based vs 2022-based projections; a cut of)"),
            L("71.8 million", 71.8e6, E, P, POP, "mid-2034 (projected; 2024-based projections)"),
            L("207,000", 207000, E, P, NM, "2025 (calendar year; first estimate, ONS, published Thursday 21 May 2026)"),
            L("less than a quarter", 0.25, LT, RATIO, NM + "_ratio", "2025 vs peak (year ending June 2023)"),
            L("906,000", 906000, E, P, NM, "year ending June 2023 (peak)", occ=1),
            L("812,000", 812000, E, P, IMM, "2025 (calendar year; first estimate, ONS, May 2026)"),
            L("605,000", 605000, E, P, EMI, "2025 (calendar year; first estimate, ONS, May 2026)"),
            R("151,000 to 263,000", 151000, 263000, P, NM, "2025 (calendar year; the ONS's range around its first estimate)"),
            L("58,400", 58400, E, P, "visas_granted_skilled_worker", "2025 (main applicants; Home Office data)"),
            L("more than a third", -THIRD, MT, PCT, "visas_granted_skilled_worker_change", "2025 vs 2024 (main applicants; down)", occ=1),
            L("below 100,000", 100000, LT, P, NM, "per year, most of the 1990s"),
            R("between 200,000 and 330,000", 200000, 330000, P, NM, "per year, most of the 2010s"),
            L("about 330,000", 330000, AP, P, "net_migration_forecast", "2025 (OBR spring 2025 forecast assumption)"),
            L("around £7bn", 7e9, AP, GBP, "public_finances_effect_lower_migration", "per year by 2030 (added to borrowing by the cut in the migration assumption; OBR rule of thumb)"),
            L("about 30,000", -30000, AP, P, NAT, "per year, mid-2030s (projected; deaths outnumbering births; 2024-based projections)"),
            L("2 million", 2e6, E, P, PG, "mid-2025 to mid-2034 (projected; 2024-based projections)"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "hypothetical government target (the author's example)"),
        ]),
    "06-dee-and-don-journal-oil-workers-emigration": dict(
        meta=dict(url="https://www.deeanddonjournal.example/news/aberdeen-aberdeenshire/5502719/north-sea-workers-emigration-aberdeen-population-nrs/",
                  title="'There's nothing left for us here': North Sea workers swap Aberdeen for Norway and the Gulf as emigration from city jumps 27%",
                  publisher="The Dee and Don Journal", author="Calum Ferrier-Oduya", published_date="2026-10-07"),
        labels=[
            L("27%", 27, E, PCT, EMI + "_change", MID25 + " vs year to mid-2024 (emigration overseas; headline)", occ=0, geo=ABD),
            L("almost double", 2, ALM, RATIO, "offshore_pay_ratio", "now, 2026 (Abu Dhabi job vs North Sea pay; drilling supervisor)", geo="United Arab Emirates"),
            L("3,950", 3950, E, P, EMI, MID25 + " (left for another country)", geo=ABD),
            L("27%", 27, E, PCT, EMI + "_change", MID25 + " vs year to mid-2024 (up)", occ=1, geo=ABD),
            L("3,120", 3120, E, P, EMI, "year to mid-2024 (the year before)", geo=ABD),
            L("5,610", 5610, E, P, IMM, MID25 + " (arrivals from overseas)", geo=ABD),
            L("1,840", -1840, E, P, "internal_migration_net", MID25 + " (net loss to the rest of Scotland and the UK)", geo=ABD),
            L("about 500", -500, AP, P, NAT, MID25 + " (deaths exceeded births)", geo=ABD),
            L("226,480", 226480, E, P, POP, M25 + " (end of June 2025)", geo=ABD),
            L("680", -680, E, P, PG, MID25 + " (down)", geo=ABD),
            L("0.3%", -0.3, E, PCT, PC, MID25 + " (down)", geo=ABD),
            L("0.2%", 0.2, E, PCT, PC, MID25 + " (grew)", geo=ABDS),
            L("264,930", 264930, E, P, POP, M25, geo=ABDS),
            L("0.4%", 0.4, E, PCT, PC, MID25 + " (Scotland as a whole)", geo=SCO),
            L("0.9%", 0.9, E, PCT, PC, "year to mid-2025 (ONS)", geo="England and Wales"),
            L("31,200", 31200, E, P, EMI, MID25 + " (emigrated overseas)", geo=SCO),
            L("24,600", 24600, E, P, "net_migration_overseas", MID25 + " (net international migration)", geo=SCO),
            L("around 150,000", 150000, AP, P, "oil_gas_jobs_supported", "now, 2026 (energy industry figures)"),
            L("202,000", 202000, E, P, "oil_gas_jobs_supported", "2023"),
            L("roughly two in five", 40, AP, PCT, "oil_gas_jobs_share_north_east_scotland", "now, 2026 (share of UK oil and gas jobs in the north-east)"),
            L("about 1,400", 1400, AP, P, "oil_gas_job_cuts_announced", "1 January to 7 October 2026 (since January; the Journal's tally)", geo=ABD),
            L("1,060", 1060, E, P, "norway_work_permits_british_citizens", "2025 (Norway's immigration directorate)", geo="Norway"),
            L("nearly three-quarters", 75, ALM, PCT, "norway_work_permits_british_citizens_change", "2025 vs 2022 (up)", geo="Norway"),
            L("610", 610, E, P, "norway_work_permits_british_citizens", "2022", geo="Norway"),
            L("1,150", 1150, E, P, "poll_sample_size", "August 2026 (offshore workers surveyed for Granite Energy Skills)"),
            L("one in five", 20, E, PCT, "offshore_workers_share_planning_to_work_abroad", "August 2026 survey (within two years)"),
            L("Some 44%", 44, AP, PCT, "offshore_workers_share_approached_by_foreign_recruiter", "August 2026 survey (in the past six months)"),
            L("£850", 850, E, GBP, "offshore_day_rate", "per day, now (day rates offered; Granite Energy Skills chief executive)", geo="Middle East"),
            L("£75 million", 75e6, E, GBP, "scottish_government_just_transition_funding", "to date, October 2026 (committed to the north-east and Moray; Scottish Government)", geo="North East Scotland"),
            L("17%", -17, E, PCT, "house_price_change", "2014 to 2026 (average house prices, fallen)", geo=ABD),
        ]),
    "07-precis-explainer-rwanda-scheme-total-cost": dict(
        meta=dict(url="https://www.precis.example/news/politics/rwanda-scheme-final-cost-nao-explained-3719004",
                  title="What did the Rwanda scheme really cost? The final bill, item by item",
                  publisher="Precis", author="Eloise Brannigan-Oyelaran", published_date="2026-10-02"),
        labels=[
            L("£728m", 728e6, E, GBP, RSC, RW_LIFE + " (standfirst)", occ=0),
            L("£728m", 728e6, E, GBP, RSC, RW_LIFE + " (NAO report, published Thursday 1 October 2026)", occ=1),
            L("£13m", 13e6, E, GBP, RSC + "_revision", "final NAO figure vs total disclosed in July 2024 (more)"),
            L("£715m", 715e6, E, GBP, RSC, "April 2022 to July 2024 (as disclosed by the Home Office after the July 2024 general election)"),
            L("about 14m", 14e6, AP, P, POP, "now (the east African country's people)", geo=RW),
            L("£728m", 728e6, E, GBP, RSC, RW_LIFE + " (the NAO's breakdown)", occ=2),
            L("£290m", 290e6, E, GBP, PTR, RW_LIFE + " (payments to the Rwandan government)"),
            L("£118m", 118e6, E, GBP, RSC, RW_LIFE + " (Home Office staff and programme unit running costs)"),
            L("£96m", 96e6, E, GBP, RSC, RW_LIFE + " (detention places held ready)"),
            L("£77m", 77e6, E, GBP, RSC, RW_LIFE + " (IT systems, case management and other programme costs)"),
            L("£54m", 54e6, E, GBP, RSC, RW_LIFE + " (charter flights booked and cancelled)"),
            L("£52m", 52e6, E, GBP, RSC, RW_LIFE + " (accommodation in Kigali on standby)"),
            L("£41m", 41e6, E, GBP, RSC, RW_LIFE + " (legal costs, including the Supreme Court case)"),
            L("roughly two in every five", 40, AP, PCT, "payment_to_rwanda_share_of_scheme_cost", RW_LIFE + " (payments to Kigali, of every pound spent)"),
            L("£120m", 120e6, E, GBP, PTR, "April 2022 (the first payment, within days of the deal being signed)"),
            L("£151,000", 151000, E, GBP, PTR, "per person relocated (agreed on top of the fixed sums)"),
            L("Four", 4, E, P, REL, "April 2022 to July 2024 (volunteers)", ctx="Four. All were"),
            L("about £182m", 182e6, AP, GBP, RSC, RW_LIFE + " (per person relocated)"),
            L("more than 2,000", 2000, MT, P, "immigration_detentions_rwanda", "April and May 2024 (held for flights that never left)"),
            L("300", 300, E, P, "rwanda_relocations_planned", "first relocations costed by the NAO in 2024"),
            L("£541m", 541e6, E, GBP, RSP, "first 300 relocations (NAO estimate, 2024)"),
            L("about £1.8m", 1.8e6, AP, GBP, RSP, "per person, first 300 relocations (NAO estimate, 2024)"),
            L("roughly 84,000", 84000, AP, P, SBA, "April 2022 to July 2024 (while the partnership was in force)"),
            L("more than £8,600", 8600, MT, GBP, RSC, RW_LIFE + " (per small-boat arrival over that period)"),
            L("£728m", 728e6, E, GBP, RSC, RW_LIFE + " (in context)", occ=3),
            L("about a sixth", SIXTH, AP, PCT, "rwanda_scheme_cost_share_of_annual_asylum_cost", "total scheme cost vs asylum support in " + FY26),
            L("£4.4bn", 4.4e9, E, GBP, AC, FY26 + " (asylum support)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
