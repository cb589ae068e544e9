#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the twenty-fifth hand-labelled hold-out set (holdout25).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, PTR, RSC)

RET, IMM, EMI, REL = "returns", "immigration", "emigration", "rwanda_relocations"
OCC, SBAC, DEATHS = "small_boat_occupancy", "small_boat_arrivals_change", "small_boat_deaths"
LEGAL, RET_SHARE_FR, STOPPED = "uk_france_legal_route_arrivals", "returns_share_of_small_boat_arrivals", "small_boat_launch_attempts_stopped_people"
BL, BLC, BLA = "asylum_backlog", "asylum_backlog_change", "asylum_backlog_appeals"
APPS, APPSC, GSHARE = "asylum_applications", "asylum_applications_change", "asylum_grants_share_initial_decisions"
HOTELS_N, HOTC = "asylum_hotels_in_use", "asylum_hotel_population_change"
ACC, ACR, AC_SHARE = "asylum_cost_change", "asylum_cost_ratio", "asylum_cost_share_hotels"
SUPPORT, POP, PC, PG = "asylum_support_population", "population", "population_change", "population_growth"
NMR, SHARE65 = "net_migration_revision", "population_share_aged_65_and_over"
REFUNDS = "rwanda_scheme_cost_refunds"
VGSW, VGHC, VGS = "visas_granted_skilled_worker", "visas_granted_health_care_worker", "visas_granted_study"
UKR, WG_FUND = "immigration_ukraine", "welsh_government_resettlement_funding"
WELCOME = "ukrainian_welcome_accommodation_population"
FR, EU, SCO, WAL, NI, RW = "France", "EU", "Scotland", "Wales", "Northern Ireland", "Rwanda"
CA, HH, ROOMS = "other:council_areas", "other:households", "other:rooms"

# periods
H1_26, H1_25 = "1 January to 30 June 2026 (first half of the year)", "1 January to 30 June 2025 (same period)"
PILOT01 = "since the first returns under the UK-France pilot (September 2025) to 30 June 2026"
SAT02 = "12 September 2026 (Saturday)"
YTD02, YTD02_25 = "1 January to 12 September 2026 (so far this year)", "1 January to 12 September 2025 (same date)"
FY26, FY25, FY24, FY27 = ("2025/26 financial year", "2024/25 financial year", "2023/24 financial year",
                          "2026/27 financial year")
YD25, YD24, YD23 = "year ending December 2025 (2025)", "year ending December 2024 (2024)", "year ending December 2023 (2023)"
YJ26, YJ25, YJ23 = "year ending June 2026", "year ending June 2025", "year ending June 2023"
EJ26, EJ25, EM26 = "end of June 2026", "end of June 2025", "end of March 2026"
MID25 = "year to mid-2025 (ONS mid-2025 estimates, published 29 July 2026)"
UKR_P = "since the Russian invasion (February 2022) to July 2026"

ARTICLES = {
    "01-kbs-news-small-boats-first-half-2026-in-charts": dict(
        meta=dict(url="https://www.kbsnews.example/news/uk-politics-70419326",
                  title="Channel crossings in the first half of 2026: What the numbers show, in charts",
                  publisher="KBS News", author="Imogen Castellane-Hughes", published_date="2026-07-02"),
        labels=[
            # chart 1
            L("19,980", 19980, E, P, SBA, H1_25 + " (Home Office; chart)", occ=0),
            L("17,940", 17940, E, P, SBA, H1_26 + " (Home Office; chart)", occ=0),
            # text
            L("17,940", 17940, E, P, SBA, H1_26 + " (Home Office)", occ=1),
            L("10%", -10, E, PCT, SBAC, H1_26 + " vs " + H1_25),
            L("19,980", 19980, E, P, SBA, H1_25, occ=1),
            L("nearly 18,000", 18000, ALM, P, SBA, H1_26 + " (in six months; shadow home secretary)"),
            # chart 2
            L("28,526", 28526, E, P, SBA, "2021 (Home Office; chart)"),
            L("45,774", 45774, E, P, SBA, "2022 (Home Office; chart)", occ=0),
            L("29,437", 29437, E, P, SBA, "2023 (Home Office; chart)"),
            L("36,816", 36816, E, P, SBA, "2024 (Home Office; chart)"),
            L("42,680", 42680, E, P, SBA, "2025 (Home Office; chart)", occ=0),
            L("42,680", 42680, E, P, SBA, "2025 (last year; second-highest on record)", occ=1),
            L("45,774", 45774, E, P, SBA, "2022 (highest on record)", occ=1),
            # chart 3
            L("13", 13, E, PPB, OCC, "2020 (average per boat; chart)", ctx="2020: 13"),
            L("53", 53, E, PPB, OCC, "2024 (average per boat; chart)", ctx="2024: 53"),
            L("58", 58, E, PPB, OCC, H1_26 + " (average per boat; chart)", ctx="30 June): 58"),
            # text
            L("309", 309, E, BOATS, SBC, H1_26),
            L("58", 58, E, PPB, OCC, H1_26 + " (average per boat)", ctx="average of 58 people"),
            L("53", 53, E, PPB, OCC, "2024 (average per boat)", ctx="up from 53 across"),
            L("about 13", 13, AP, PPB, OCC, "2020 (average per boat)"),
            L("At least 31", 31, AL, P, DEATHS, "1 January to 2 July 2026 (since January; aid groups on the French coast)"),
            # chart 4
            L("21%", 21, E, PCT, "small_boat_arrivals_share_eritrean", H1_26 + " (chart)"),
            L("14%", 14, E, PCT, "small_boat_arrivals_share_afghan", H1_26 + " (chart)"),
            L("12%", 12, E, PCT, "small_boat_arrivals_share_sudanese", H1_26 + " (chart)"),
            L("9%", 9, E, PCT, "small_boat_arrivals_share_iranian", H1_26 + " (chart)"),
            L("44%", 44, E, PCT, "small_boat_arrivals_share_other_nationalities", H1_26 + " (chart)"),
            L("About one in five", 20, AP, PCT, "small_boat_arrivals_share_eritrean", H1_26 + " (arriving this year)"),
            L("About 95%", 95, AP, PCT, "small_boat_arrivals_share_claimed_asylum", "year ending March 2026 (Home Office)"),
            # chart 5
            L("1,150", 1150, E, P, RET, PILOT01 + " (sent back to France; chart)", occ=0, geo=FR),
            L("1,020", 1020, E, P, LEGAL, PILOT01 + " (legal route; chart)", occ=0),
            # text
            L("1,150", 1150, E, P, RET, PILOT01 + " (flown back to France)", occ=1, geo=FR),
            L("1,020", 1020, E, P, LEGAL, PILOT01 + " (admitted from France)", occ=1),
            L("roughly one return for every 24", 100 / 24, AP, PCT, RET_SHARE_FR, PILOT01 + " (returns vs small boat arrivals since the first flight)", geo=FR),
            L("more than 11,000", 11000, MT, P, STOPPED, "January to June 2026 (French police)", geo=FR),
            L("more than 1,100", 1100, MT, P, RET, PILOT01 + " (returns to France; Home Office spokesperson)", geo=FR),
            L("about a fifth", -20, AP, PCT, "irregular_arrivals_change", "January to May 2026 (first five months) vs same period of 2025 (Frontex)", geo=EU),
            L("about 58,000", 58000, AP, P, "irregular_arrivals", "January to May 2026 (first five months; Frontex)", geo=EU),
        ]),
    "02-stourside-gazette-pa-channel-crossings-manston-dover": dict(
        meta=dict(url="https://www.stoursidegazette.example/news/dover-deal/more-than-1000-cross-channel-in-a-day-for-first-time-this-year-7731904",
                  title="More than 1,000 cross Channel in a day for first time this year as 17 boats reach Kent",
                  publisher="The Stourside Gazette (PA)", author="PA Reporter", published_date="2026-09-13"),
        labels=[
            L("More than 1,000", 1000, MT, P, SBA, SAT02 + " (headline)", occ=0),
            L("17", 17, E, BOATS, SBC, SAT02 + " (headline)", ctx="as 17 boats reach"),
            L("More than 1,000", 1000, MT, P, SBA, SAT02, occ=1),
            L("1,062", 1062, E, P, SBA, SAT02 + " (Home Office)"),
            L("17", 17, E, BOATS, SBC, SAT02 + " (Home Office)", ctx="in 17 boats, an"),
            L("about 62", 62, AP, PPB, OCC, SAT02 + " (average per boat)"),
            L("987", 987, E, P, SBA, "19 June 2026 (previous highest daily figure this year)"),
            L("29,870", 29870, E, P, SBA, YTD02 + " (provisional; PA analysis)"),
            L("about 8%", -8, AP, PCT, SBAC, YTD02 + " vs " + YTD02_25),
            L("32,450", 32450, E, P, SBA, YTD02_25),
            L("11,930", 11930, E, P, SBA, "1 July to 12 September 2026 (since July)"),
            L("74", 74, E, P, STOPPED, SAT02 + " (beaches near Gravelines and Boulogne-sur-Mer; French authorities)", geo=FR),
            L("23", 23, E, P, "small_boat_rescues", SAT02 + " (off Equihen-Plage; French authorities)", geo=FR),
            L("up to 1,600", 1600, AM, P, "processing_site_capacity", "at a time (as designed)", geo="Manston"),
            L("about 4,000", 4000, AP, P, "processing_site_population", "autumn 2022 (peak)", geo="Manston"),
            L("1,480", 1480, E, P, RET, "since the UK-France agreement began (first returns September 2025) to 13 September 2026 (Home Office spokesperson)", geo=FR),
            L("More than a thousand", 1000, MT, P, SBA, SAT02 + " (in a single day; shadow home secretary)"),
            L("Nearly 30,000", 30000, ALM, P, SBA, YTD02 + " (this year; MP for Dover and Deal)"),
            L("1,140", 1140, E, P, "unaccompanied_children_arrivals", "1 January to 13 September 2026 (since January; Kent County Council)", geo="Kent"),
            L("512", 512, E, P, "unaccompanied_children_in_care", "now, September 2026 (Kent County Council)", geo="Kent"),
            L("£186,000", 186000, E, GBP, "council_small_boat_debris_clearance_cost", "since 2023 to September 2026 (Dover District Council; FOI)", geo="Dover"),
            L("6.4k", 6400, E, P, "petition_signatures", "now, September 2026 (petition for a permanent Border Force presence on the seafront)", geo="Deal"),
            L("at least 39", 39, AL, P, DEATHS, "1 January to 13 September 2026 (this year; aid groups in northern France)"),
        ]),
    "03-proofmark-fact-check-cost-of-asylum-three-claims": dict(
        meta=dict(url="https://www.proofmark.example/fact-checks/immigration/asylum-system-cost-three-claims-checked",
                  title="What does the asylum system really cost? Three politicians' claims checked",
                  publisher="Proofmark", author="Tobias Wrenfield-Oyelaran", published_date="2026-10-16"),
        labels=[
            # the claims
            L("£5 billion", 5e9, E, GBP, AC, "per year, now (the shadow home secretary's claim, Sunday 11 October 2026)", occ=0),
            L("£8 million", 8e6, E, GBP, AC, "per day, hotels, now (Reform UK home affairs spokesman's claim)", occ=0),
            L("a third", -THIRD, E, PCT, ACC, FY26 + " vs " + FY25 + " (hotels; a single year; the Home Secretary's claim, Wednesday 14 October 2026)", occ=0),
            # verdict box
            L("£5.38 billion", 5.38e9, E, GBP, AC, FY24 + " (asylum support, peak; verdict)", occ=0),
            L("£4.06 billion", 4.06e9, E, GBP, AC, FY26 + " (asylum support, latest annual figure; verdict)", occ=0),
            L("about £4.7 million", 4.7e6, AP, GBP, AC, "per day, hotels, " + FY26 + " (verdict)", occ=0),
            L("34%", -34, E, PCT, ACC, FY26 + " vs " + FY25 + " (hotels; verdict)", occ=0),
            # £5 billion a year
            L("£5 billion", 5e9, E, GBP, AC, "per year (the claim's figure; heading)", occ=1),
            L("£4.06 billion", 4.06e9, E, GBP, AC, FY26 + " (12 months to March 2026; asylum support; Home Office accounts)", occ=1),
            L("about 14%", -14, AP, PCT, ACC, FY26 + " vs " + FY25 + " (asylum support)"),
            L("£4.71 billion", 4.71e9, E, GBP, AC, FY25 + " (asylum support)"),
            L("£5.38 billion", 5.38e9, E, GBP, AC, FY24 + " (asylum support, record)", occ=1),
            L("£5 billion", 5e9, E, GBP, AC, "per year (the claim's figure; Conservative Party: includes other asylum-related costs)", occ=2),
            # £8 million every single day
            L("£8 million", 8e6, E, GBP, AC, "per day, hotels (the claim's figure; heading)", occ=1),
            L("more than 56,000", 56000, MT, P, HOT, "peak, " + FY24),
            L("£3.03 billion", 3.03e9, E, GBP, AC, FY24 + " (hotels)"),
            L("about £8.3 million", 8.3e6, AP, GBP, AC, "per day, hotels, " + FY24),
            L("£1.71 billion", 1.71e9, E, GBP, AC, FY26 + " (hotels)", occ=0),
            L("about £4.7 million", 4.7e6, AP, GBP, AC, "per day, hotels, " + FY26, occ=1),
            L("under three-fifths", 0.6, LT, RATIO, ACR, FY26 + " (hotels per day vs the claim's £8 million a day)"),
            L("about 42%", 42, AP, PCT, AC_SHARE, FY26),
            L("more than half", 50, MT, PCT, AC_SHARE, FY24),
            L("£138", 138, E, GBP, AC, "per person per night, hotel place, " + FY26 + " (average)"),
            L("nearly four times", 4, ALM, RATIO, ACR, FY26 + " (hotel place vs dispersal housing, per night)"),
            L("£36", 36, E, GBP, AC, "per person per night, dispersal housing, " + FY26),
            # cut by a third
            L("a third", -THIRD, E, PCT, ACC, FY26 + " vs " + FY25 + " (hotels; the claim; heading)", occ=1),
            L("£2.58 billion", 2.58e9, E, GBP, AC, FY25 + " (hotels)"),
            L("£1.71 billion", 1.71e9, E, GBP, AC, FY26 + " (hotels)", occ=1),
            L("34%", -34, E, PCT, ACC, FY26 + " vs " + FY25 + " (hotels)", occ=1),
            L("27,900", 27900, E, P, HOT, EJ26 + " (Home Office)"),
            L("£15.3 billion", 15.3e9, E, GBP, AC, "ten years to 2029 (current accommodation contracts; National Audit Office estimate)"),
        ]),
    "04-crossgrain-net-migration-revisions-british-emigrants": dict(
        meta=dict(url="https://www.crossgrain.example/p/the-migration-figure-nobody-can-pin-down",
                  title="The migration figure nobody can pin down",
                  publisher="Crossgrain", author="Hester Ambrose-Kettle", published_date="2026-06-03"),
        labels=[
            L("183,000", 183000, E, P, NM, YD25 + " (provisional; ONS, Thursday 21 May 2026)", occ=0),
            L("672,000", 672000, E, P, NM, YJ23 + " (first estimate, ONS November 2023)"),
            L("740,000", 740000, E, P, NM, YJ23 + " (revised, May 2024)"),
            L("906,000", 906000, E, P, NM, YJ23 + " (revised, November 2024)"),
            L("234,000", 234000, E, P, NMR, YJ23 + " (November 2024 estimate vs first estimate, November 2023)"),
            L("431,000", 431000, E, P, NM, YD24 + " (first estimate, ONS May 2025)"),
            L("345,000", 345000, E, P, NM, YD24 + " (revised, November 2025)"),
            L("338,000", 338000, E, P, NM, YD24 + " (revised, May 2026)"),
            L("93,000", -93000, E, P, NMR, YD24 + " (May 2026 estimate vs first estimate, May 2025)"),
            L("more than a fifth", -20, MT, PCT, NMR, YD24 + " (May 2026 estimate vs first estimate, May 2025)"),
            L("204,000", 204000, E, P, NM, YJ25 + " (first estimate, ONS November 2025)"),
            L("226,000", 226000, E, P, NM, YJ25 + " (revised, May 2026)"),
            R("121,000 to 245,000", 121000, 245000, P, NM, YD25 + " (ONS 95% interval)"),
            L("856,000", 856000, E, P, IMM, YD25 + " (last year)"),
            L("673,000", 673000, E, P, EMI, YD25),
            L("nearly four-fifths", 0.8, ALM, RATIO, "emigration_ratio", YD25 + " (emigration vs immigration)"),
            L("257,000", 257000, E, P, "emigration_british", YD25 + " (highest in the current series)"),
            L("118,000", 118000, E, P, "immigration_british", YD25),
            L("139,000", -139000, E, P, "net_migration_british_nationals", YD25 + " (minus 139,000)"),
            L("58,000", -58000, E, P, "net_migration_eu", YD25 + " (minus 58,000)"),
            L("380,000", 380000, E, P, "net_migration_non_eu", YD25),
            L("almost a third", 100 / 3, ALM, PCT, "emigration_british_change", YD25 + " vs " + YD23),
            L("196,000", 196000, E, P, "emigration_british", YD23),
            L("More than half", 50, MT, PCT, "emigration_british_share_aged_16_34", YD25),
            L("27 per cent", 27, E, PCT, "public_share_considering_emigration_under_35", "spring 2026 (Perrow Research survey of under-35s)"),
            L("about 69.3 million", 69.3e6, AP, P, POP, "mid-2024 (latest ONS estimate)"),
            L("183,000", 183000, E, P, NM, YD25, occ=1),
        ]),
    "05-the-unaligned-rwanda-scheme-cost-refunds-four-sent": dict(
        meta=dict(url="https://www.theunaligned.example/news/uk/politics/rwanda-scheme-cost-refunds-public-accounts-committee-b2961473.html",
                  title="Rwanda scheme cost £715m to send four people - and Kigali will not hand any of it back",
                  publisher="The Unaligned", author="Niamh Treloar-Banks", published_date="2026-03-17"),
        labels=[
            L("£715m", 715e6, E, GBP, RSC, "total cost of the scheme (headline)", occ=0),
            L("four", 4, E, P, REL, "people sent, April 2022 to July 2024 (headline)", ctx="to send four people"),
            L("less than £14m", 14e6, LT, GBP, REFUNDS, "refunds secured so far, to March 2026 (airlines and contractors; standfirst)"),
            L("£715m", 715e6, E, GBP, RSC, "total cost of the scheme (Public Accounts Committee report, Monday 16 March 2026)", occ=1),
            L("four", 4, E, P, REL, "people relocated, all voluntarily", ctx="only four people being"),
            L("£290m", 290e6, E, GBP, PTR, "total paid to Rwanda, 2022-2024"),
            L("£13.6m", 13.6e6, E, GBP, REFUNDS, "refunds secured so far, to March 2026"),
            L("less than 2 per cent", 2, LT, PCT, REFUNDS + "_share", "refunds to March 2026 as a share of the total cost"),
            L("£140m", 140e6, E, GBP, PTR, "2022 (instalment)"),
            L("£100m", 100e6, E, GBP, PTR, "2023 (instalment)", ctx="£100m in 2023"),
            L("£50m", 50e6, E, GBP, PTR, "2024 (instalment)"),
            L("£100m", 100e6, E, GBP, PTR, "due in later years, never paid", ctx="Another £100m"),
            L("£425m", 425e6, E, GBP, RSC, "staff, lawyers, detention places, IT systems and flights (rest of the total)"),
            L("£38m", 38e6, E, GBP, RSC, "legal costs (total)"),
            L("about £500,000", 500000, AP, GBP, RSC, "the charter flight grounded in June 2022"),
            L("£8.9m", 8.9e6, E, GBP, REFUNDS, "cancelled aircraft bookings, to March 2026"),
            L("£4.7m", 4.7e6, E, GBP, REFUNDS, "contractors whose work was stopped early, to March 2026"),
            L("four", 4, E, P, REL, "people who went to Rwanda", ctx="among the four people"),
            L("almost £180m", 180e6, ALM, GBP, RSC, "per person relocated"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "per person (voluntary relocation scheme)"),
            L("some 220", 220, AP, P, "immigration_detentions_rwanda", "spring 2024 (height of preparations)"),
            L("5,700", 5700, E, P, "rwanda_removal_candidates_identified", "spring 2024 (identified for possible removal)"),
            L("2,143", 2143, E, P, "rwanda_removal_cohort_reporting", "spring 2024 (still in touch with the Home Office)"),
            V("Hundreds of millions of pounds", 200e6, 900e6, GBP, RSC, "committed before the scheme was shown to work (the committee's chair)"),
            L("more than 1,000", 1000, MT, P, "rwanda_scheme_staff", "at the scheme's peak (civil servants)"),
            L("50", 50, E, ROOMS, "rwanda_accommodation_rooms", "hostel in Kigali kept on standby until the scheme was scrapped", ctx="a 50-room", geo=RW),
            V("hundreds of millions of pounds", 200e6, 900e6, GBP, RSC, "spent by July 2024 (Home Office spokesperson)"),
            V("billions", 2e9, 9e9, GBP, "asylum_cost_saving", "on hotels, had the scheme worked (shadow home secretary)"),
        ]),
    "06-cambrialive-wales-population-asylum-dispersal-ukrainians": dict(
        meta=dict(url="https://www.cambrialive.example/news/wales-news/wales-population-record-high-migration-29871145",
                  title="Wales' population reaches a record 3.21m, with migrants offsetting a shortfall of births",
                  publisher="CambriaLive", author="Carys Vaughan-Idowu", published_date="2026-07-30"),
        labels=[
            L("five", 5, E, CA, "council_areas_population_decline", MID25 + " (standfirst)", ctx="but five council areas", geo=WAL),
            L("3.21m", 3.21e6, E, P, POP, "mid-2025 (record; headline)", geo=WAL),
            L("3,209,800", 3209800, E, P, POP, "mid-2025 (record; ONS)", geo=WAL),
            L("19,600", 19600, E, P, PG, MID25, geo=WAL),
            L("0.6%", 0.6, E, PCT, PC, MID25, geo=WAL),
            L("34,900", 34900, E, P, "deaths", MID25, geo=WAL),
            L("27,300", 27300, E, P, "births", MID25, geo=WAL),
            L("7,600", -7600, E, P, "population_natural_change", MID25 + " (natural decrease)", geo=WAL),
            L("18,100", 18100, E, P, "net_migration_international", MID25, geo=WAL),
            L("9,100", 9100, E, P, "internal_migration_net", MID25 + " (from the rest of the UK)", geo=WAL),
            L("0.7%", 0.7, E, PCT, PC, MID25, geo=EW),
            L("62.1 million", 62.1e6, E, P, POP, "mid-2025 (ONS)", geo=EW),
            L("385,400", 385400, E, P, POP, "mid-2025 (ONS)", geo="Cardiff"),
            L("1.1%", 1.1, E, PCT, PC, MID25, geo="Cardiff"),
            L("1.3%", 1.3, E, PCT, PC, MID25 + " (fastest growth in Wales)", geo="Newport"),
            L("166,700", 166700, E, P, POP, "mid-2025 (ONS)", geo="Newport"),
            L("Five", 5, E, CA, "council_areas_population_decline", MID25, geo=WAL),
            L("0.2%", -0.2, E, PCT, PC, MID25, geo="Blaenau Gwent"),
            L("More than one in five", 20, MT, PCT, SHARE65, "mid-2025 (ONS)", geo=WAL),
            L("22.1%", 22.1, E, PCT, SHARE65, "mid-2025 (ONS)", geo=WAL),
            # asylum dispersal
            L("3,310", 3310, E, P, SUPPORT, EM26 + " (Home Office)", geo=WAL),
            L("1,210", 1210, E, P, SUPPORT, EM26, geo="Cardiff"),
            L("740", 740, E, P, SUPPORT, EM26, geo="Swansea"),
            L("700", 700, E, P, SUPPORT, EM26, geo="Newport"),
            L("420", 420, E, P, SUPPORT, EM26, geo="Wrexham"),
            L("doubled", 2, E, RATIO, SUPPORT + "_ratio", EM26 + " vs end of March 2024 (in two years)", geo="Wrexham"),
            L("240", 240, E, P, SUPPORT, EM26 + " (outside the four dispersal areas)", geo=WAL),
            L("88", 88, E, P, HOT, EM26 + " (Wales' last asylum hotel)", geo="Flintshire"),
            L("about 3.2%", 3.2, AP, PCT, SUPPORT + "_share_wales", EM26),
            L("104,100", 104100, E, P, SUPPORT, EM26),
            L("4.6%", 4.6, E, PCT, "population_share_wales_of_uk", "mid-2025"),
            L("up to 600", 600, AM, P, "asylum_dispersal_target", "over the next two years, to mid-2028 (more places sought by the Home Office)", geo=WAL),
            # Ukrainians
            L("8,140", 8140, E, P, UKR, UKR_P + " (Homes for Ukraine)", geo=WAL),
            L("About two in five", 40, AP, PCT, "immigration_ukraine_supersponsor_share", UKR_P + " (Welsh Government super sponsor route)", geo=WAL),
            L("3,260", 3260, E, P, "immigration_ukraine_supersponsor", UKR_P + " (Welsh Government super sponsor route)", geo=WAL),
            L("46", 46, E, P, WELCOME, "now, July 2026 (welcome centres)", geo=WAL),
            L("more than 1,300", 1300, MT, P, WELCOME, "peak (2022)", geo=WAL),
            L("About 1,100", 1100, AP, HH, "homes_for_ukraine_host_households", "now, July 2026", geo=WAL),
            L("£350", 350, E, GBP, "homes_for_ukraine_thank_you_payment", "per month per host household, now", geo=WAL),
            L("£21.4m", 21.4e6, E, GBP, WG_FUND, FY25 + " (support for Ukrainians)", geo=WAL),
            L("£9.8m", 9.8e6, E, GBP, WG_FUND, FY27 + " (this year; budgeted)", geo=WAL),
        ]),
    "07-altitude-news-live-home-office-quarterly-statistics": dict(
        meta=dict(url="https://www.altitudenews.example/live/home-office-immigration-statistics-asylum-claims-backlog-latest-13418872",
                  title="Asylum claims down 8% and backlog cut by almost a third, Home Office figures show - as it happened",
                  publisher="Altitude News", author=None, published_date="2026-08-27"),
        labels=[
            # headline
            L("8%", -8, E, PCT, APPSC, YJ26 + " vs " + YJ25 + " (headline)", occ=0),
            L("almost a third", -THIRD, ALM, PCT, BLC, EJ26 + " vs " + EJ25 + " (awaiting an initial decision; headline)", occ=0),
            # key points
            L("8%", -8, E, PCT, APPSC, YJ26 + " vs " + YJ25 + " (key points)", occ=1),
            L("102,400", 102400, E, P, APPS, YJ26 + " (key points)", occ=0),
            L("27,900", 27900, E, P, HOT, EJ26 + " (key points)"),
            L("13%", -13, E, PCT, HOTC, EJ26 + " vs " + EJ25 + " (key points)"),
            L("31%", -31, E, PCT, VGSW + "_change", YJ26 + " vs " + YJ25 + " (key points)", occ=0),
            # 12:41 charity
            L("48%", 48, E, PCT, GSHARE, YJ25 + " (refugee charity)", occ=0),
            L("44%", 44, E, PCT, GSHARE, YJ26 + " (refugee charity)", occ=0),
            L("68,300", 68300, E, P, BLA, "now, August 2026 (refugee charity's director of policy)"),
            # 12:16 shadow home secretary
            L("Over 40,000", 40000, MT, P, SBA, "in a year, to August 2026 (shadow home secretary; entry heading)", occ=0),
            L("Over 40,000", 40000, MT, P, SBA, "the last year, to August 2026 (shadow home secretary)", occ=1),
            L("1,150", 1150, E, P, RET, "since the first returns under the UK-France pilot (September 2025) to August 2026 (sent back to France; shadow home secretary)", occ=0, geo=FR),
            # 11:48 visas
            L("49,800", 49800, E, P, VGSW, YJ26 + " (main applicants)"),
            L("31%", -31, E, PCT, VGSW + "_change", YJ26 + " vs " + YJ25 + " (main applicants)", occ=1),
            L("5,130", 5130, E, P, VGHC, YJ26),
            L("about a fifth", 0.2, AP, RATIO, VGHC + "_ratio", YJ26 + " vs " + YJ25),
            L("25,650", 25650, E, P, VGHC, YJ25 + " (a year earlier)"),
            L("401,000", 401000, E, P, VGS, YJ26),
            L("3%", 3, E, PCT, VGS + "_change", YJ26 + " vs " + YJ25),
            # 11:22 Home Secretary
            L("187", 187, E, HOTELS, HOTELS_N, "now, 27 August 2026 (Home Secretary)"),
            L("more than 400", 400, MT, HOTELS, HOTELS_N, "2023 (Home Secretary)"),
            L("£4.06bn", 4.06e9, E, GBP, AC, FY26 + " (last financial year; asylum support; Home Secretary)"),
            L("183,000", 183000, E, P, NM, YD25 + " (Home Secretary)"),
            L("almost a third", -THIRD, ALM, PCT, BLC, EJ26 + " vs " + EJ25 + " (Home Secretary)", occ=1),
            # 10:53 housing
            L("102,700", 102700, E, P, SUPPORT, EJ26),
            L("5,060", 5060, E, P, SUPPORT, EJ26, geo=SCO),
            L("2,290", 2290, E, P, SUPPORT, EJ26, geo=NI),
            # 10:30 returns
            L("37,860", 37860, E, P, RET, YJ26),
            L("11%", 11, E, PCT, "returns_change", YJ26 + " vs " + YJ25),
            L("9,640", 9640, E, P, RET, YJ26 + " (enforced returns)"),
            L("1,150", 1150, E, P, RET, "since the first returns under the UK-France pilot (September 2025) to 30 June 2026 (Home Office)", occ=1, geo=FR),
            # 10:04 small boats
            L("Some 40,640", 40640, AP, P, SBA, YJ26),
            L("6%", -6, E, PCT, SBAC, YJ26 + " vs " + YJ25),
            L("More than a third", THIRD, MT, PCT, "asylum_applications_share_small_boat", YJ26),
            # 09:47 backlog
            L("61,200", 61200, E, P, BL, EJ26 + " (awaiting an initial decision)"),
            L("90,800", 90800, E, P, BL, EJ25 + " (a year earlier)"),
            L("124,600", 124600, E, P, "asylum_initial_decisions", YJ26),
            L("44%", 44, E, PCT, GSHARE, YJ26, occ=1),
            L("48%", 48, E, PCT, GSHARE, YJ25, occ=1),
            # 09:31
            L("102,400", 102400, E, P, APPS, YJ26, occ=1),
            L("8%", -8, E, PCT, APPSC, YJ26 + " vs " + YJ25, occ=2),
            L("111,300", 111300, E, P, APPS, YJ25 + " (record)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
