#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the twenty-third hand-labelled hold-out set (holdout23).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, EUR, PPB, RATIO, HOTELS, BOATS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, RSC)

USD, HH, NETWORKS, YRS = "other:USD", "other:households", "other:networks", "years"
RET, IMM, EMI, REL = "returns", "immigration", "emigration", "rwanda_relocations"
OCC, SBAC, NMC = "small_boat_occupancy", "small_boat_arrivals_change", "net_migration_change"
BL, BLA, BLX = "asylum_backlog", "asylum_backlog_appeals", "asylum_backlog_including_appeals"
APPS, APPSC = "asylum_applications", "asylum_applications_change"
DEATHS, LEGAL, RET_SHARE_FR = "small_boat_deaths", "uk_france_legal_route_arrivals", "returns_share_of_small_boat_arrivals"
STOPPED, HOTELS_N = "small_boat_launch_attempts_stopped_people", "asylum_hotels_in_use"
SUPPORT, POP = "asylum_support_population", "population"
GSHARE = "asylum_grants_share_initial_decisions"
HOMELESS = "refugees_homeless_after_leaving_asylum_support"
TA = "council_temporary_accommodation_cost"
FUND_FR = "uk_funding_to_france"
SITE_CAP, SITE_POP, SITE_COST = "large_site_capacity", "large_site_population", "large_site_cost"
FR, EU, SCO, WAL, NI, NE = "France", "EU", "Scotland", "Wales", "Northern Ireland", "North East"
HM = "Hallbeck Moor"

# periods
YJ26, YJ25, YJ23 = "year ending June 2026", "year ending June 2025", "year ending June 2023"
YD25, YD24 = "year ending December 2025 (2025)", "year ending December 2024 (2024)"
YS26, YS25 = "year ending September 2026", "year ending September 2025"
YM25 = "year to mid-2025"
FY26, FY25, FY24 = "2025/26 financial year", "2024/25 financial year", "2023/24 financial year"
EJ26, EJ25, ES26, EM26 = "end of June 2026", "end of June 2025", "end of September 2026", "end of March 2026"
PEAK23 = "2023 peak"

ARTICLES = {
    "01-transit-daily-migration-numbers-round-up": dict(
        meta=dict(url="https://www.transitdaily.example/news/uk/migration-numbers-round-up-net-migration-148000-channel-crossings-hotels-26115094/",
                  title="Migration numbers round-up: net migration sinks to 148,000, Channel crossings down 10% and the hotels keep closing",
                  publisher="Transit Daily", author="Priya Ashworth-Mensah", published_date="2026-11-27"),
        labels=[
            # headline
            L("148,000", 148000, E, P, NM, YJ26 + " (provisional, ONS 26 November 2026; headline)", occ=0),
            L("10%", -10, E, PCT, SBAC, "1 January to 26 November 2026 vs same date of 2025 (headline)", ctx="down 10% and"),
            # 1. net migration
            L("148,000", 148000, E, P, NM, YJ26 + " (provisional, ONS)", occ=1),
            L("219,000", 219000, E, P, NM, YJ25 + " (previous 12 months)"),
            L("roughly a sixth", 1 / 6, AP, RATIO, "net_migration_ratio", YJ26 + " vs " + YJ23 + " (record)"),
            L("906,000", 906000, E, P, NM, YJ23 + " (record; three years earlier)"),
            L("Some 802,000", 802000, AP, P, IMM, YJ26),
            L("654,000", 654000, E, P, EMI, YJ26),
            L("274,000", 274000, E, P, "emigration_british", YJ26 + " (highest in the current series)"),
            L("just over 62.2 million", 62.2e6, MT, P, POP, "mid-2025 (ONS)", geo=EW),
            # 2. small boats
            L("34,870", 34870, E, P, SBA, "1 January to 26 November 2026 (up to and including Thursday)"),
            L("about 10%", -10, AP, PCT, SBAC, "1 January to 26 November 2026 vs same date of 2025"),
            L("38,650", 38650, E, P, SBA, "1 January to 26 November 2025 (same date a year ago)"),
            L("218", 218, E, P, SBA, "25 November 2026 (Wednesday)", occ=0),
            L("four", 4, E, BOATS, SBC, "25 November 2026 (Wednesday)", ctx="from four boats"),
            L("about 55", 55, AP, PPB, OCC, "25 November 2026 (Wednesday; average per boat)"),
            L("218", 218, E, P, SBA, "25 November 2026 (Wednesday; caption)", occ=1),
            L("41,120", 41120, E, P, SBA, "2025 (second-highest on record)"),
            L("45,774", 45774, E, P, SBA, "2022 (record)"),
            V("Tens of thousands", 20000, 90000, P, SBA, "per year, now (shadow home secretary)"),
            # 3. hotels and asylum
            L("24,980", 24980, E, P, HOT, ES26),
            L("27,640", 27640, E, P, HOT, EJ26),
            L("158", 158, E, HOTELS, HOTELS_N, ES26),
            L("more than 400", 400, MT, HOTELS, HOTELS_N, PEAK23),
            L("over 56,000", 56000, MT, P, HOT, PEAK23),
            L("16%", -16, E, PCT, APPSC, YS26 + " vs " + YS25),
            L("93,400", 93400, E, P, APPS, YS26 + " (12 months to September)"),
            L("52,300", 52300, E, P, BL, ES26 + " (waiting for an initial decision)"),
            L("almost two-thirds", -200 / 3, ALM, PCT, "asylum_hotels_in_use_change", "since the 2023 peak, to September 2026 (Home Office spokesperson)"),
            L("2,480", 2480, E, P, SUPPORT, ES26, geo=NI),
            L("about one in 40", 2.5, AP, PCT, "asylum_support_population_share_ni", ES26),
            # 4. visas
            L("29%", -29, E, PCT, "visas_granted_skilled_worker_change", YS26 + " vs " + YS25 + " (main applicants)"),
            L("51.6k", 51600, E, P, "visas_granted_skilled_worker", YS26 + " (main applicants)"),
            L("4,310", 4310, E, P, "visas_granted_health_care_worker", YS26),
            L("4%", 4, E, PCT, "visas_granted_study_change", YS26 + " vs " + YS25 + " (main applicants)"),
            L("418,000", 418000, E, P, "visas_granted_study", YS26 + " (main applicants)"),
        ]),
    "02-arbiter-back-room-asylum-backlog-statistics": dict(
        meta=dict(url="https://www.thearbiter.example/back-room/dont-pop-the-champagne-over-the-asylum-backlog-yet",
                  title="Don't pop the champagne over the asylum backlog yet",
                  publisher="The Arbiter", author="Wilfred Okafor-Blaine", published_date="2026-08-31"),
        labels=[
            L("58,900", 58900, E, P, BL, EJ26 + " (awaiting a first decision; Home Office, published 27 August 2026)"),
            L("35 per cent", -35, E, PCT, "asylum_backlog_change", EJ26 + " vs " + EJ25),
            L("121,600", 121600, E, P, "asylum_initial_decisions", YJ26),
            L("31,200", 31200, E, P, "asylum_withdrawals", YJ26),
            L("more than double", 2, MT, RATIO, "asylum_withdrawals_ratio", YJ26 + " vs " + YJ25),
            L("14,100", 14100, E, P, "asylum_withdrawals", YJ25 + " (previous year)"),
            L("about one in ten", 10, AP, PCT, "asylum_withdrawals_share_departed",
              YJ26 + " (withdrawn claims recorded as departing; author's reading of table Ret_D02)"),
            L("47 per cent", 47, E, PCT, GSHARE, YJ25),
            L("39 per cent", 39, E, PCT, GSHARE, YJ26 + " (this year)"),
            L("74,600", 74600, E, P, BLA, EJ26 + " (appeals waiting to be heard)"),
            L("nearly double", 2, ALM, RATIO, BLA + "_ratio", EJ26 + " vs " + EJ25),
            L("38,900", 38900, E, P, BLA, EJ25 + " (a year earlier)"),
            L("Almost half", 50, ALM, PCT, "asylum_appeals_share_allowed", "now, 2026 (appeals decided by the tribunal)"),
            L("about 133,500", 133500, AP, P, BLX, EJ26 + " (initial decisions and appeals together)"),
            L("129,700", 129700, E, P, BLX, EJ25 + " (initial decisions and appeals together)"),
            L("about 3 per cent", 3, AP, PCT, BLX + "_change", EJ26 + " vs " + EJ25),
            L("11 per cent", -11, E, PCT, APPSC, YJ26 + " vs " + YJ25),
            L("98,700", 98700, E, P, APPS, YJ26),
            L("27,640", 27640, E, P, HOT, EJ26),
            L("32,060", 32060, E, P, HOT, EJ25),
            L("176", 176, E, HOTELS, HOTELS_N, "now (" + EJ26 + " figures)"),
            L("more than 400", 400, MT, HOTELS, HOTELS_N, "2023 (peak)"),
            L("£4.27 billion", 4.27e9, E, GBP, AC, FY26 + " (asylum support; Home Office annual report)"),
            L("£5.38 billion", 5.38e9, E, GBP, AC, FY24 + " (record; two years earlier)"),
            L("about £145", 145, AP, GBP, AC, "per person per night, hotel bed, now"),
            L("roughly £20", 20, AP, GBP, AC, "per person per night, dispersed housing, now"),
            L("something like 35,000", 35000, AP, P, "asylum_appeals_allowed_projected",
              "of the appeals waiting at " + EJ26 + ", if allowed at the current rate (author's estimate)"),
            V("tens of thousands", 20000, 90000, P, "asylum_refused_not_removed", "now, August 2026 (shadow home secretary, Friday 28 August)"),
        ]),
    "03-gwent-evening-herald-newport-asylum-dispersal-housing-costs": dict(
        meta=dict(url="https://www.gwenteveningherald.example/news/newport/24817356.newport-asylum-seekers-council-housing-bill-8-3m/",
                  title="Newport houses more asylum seekers than anywhere in Wales but Cardiff as council's emergency housing bill hits £8.3m",
                  publisher="Gwent Evening Herald", author="Rhodri Pugh-Akintola", published_date="2026-06-16"),
        labels=[
            L("£8.3m", 8.3e6, E, GBP, TA, FY26 + " (headline)", occ=0, geo="Newport"),
            L("760", 760, E, P, SUPPORT, EM26, geo="Newport"),
            L("3,420", 3420, E, P, SUPPORT, EM26, geo=WAL),
            L("1,270", 1270, E, P, SUPPORT, EM26, geo="Cardiff"),
            L("690", 690, E, P, SUPPORT, EM26, geo="Swansea"),
            L("440", 440, E, P, SUPPORT, EM26, geo="Wrexham"),
            L("more than nine in ten", 90, MT, PCT, "asylum_support_population_share_four_dispersal_areas", EM26, geo=WAL),
            L("almost a third", THIRD, ALM, PCT, SUPPORT + "_change", "end of March 2024 to end of March 2026 (two years)", geo="Newport"),
            L("580", 580, E, P, SUPPORT, "end of March 2024", geo="Newport"),
            L("roughly one for every 220", 100 / 220, AP, PCT, "asylum_support_population_share_of_residents", EM26, geo="Newport"),
            L("£8.3m", 8.3e6, E, GBP, TA, FY26 + " (last year; caption)", occ=1, geo="Newport"),
            L("£8.3m", 8.3e6, E, GBP, TA, FY26, occ=2, geo="Newport"),
            L("41 per cent", 41, E, PCT, TA + "_change", FY26 + " vs " + FY25, geo="Newport"),
            L("£5.9m", 5.9e6, E, GBP, TA, FY25, geo="Newport"),
            L("£4.6m", 4.6e6, E, GBP, "council_temporary_accommodation_budget", FY26, geo="Newport"),
            L("£3.7m", 3.7e6, E, GBP, "council_overspend", FY26 + " (temporary accommodation)", geo="Newport"),
            L("about one in five", 20, AP, PCT, "homelessness_presentations_share_refugees", FY26 + " (last year; council report)", geo="Newport"),
            L("1,460", 1460, E, HH, "homelessness_presentations", FY26 + " (households who came to the council as homeless)", geo="Newport"),
            L("296", 296, E, HH, HOMELESS, FY26 + " (refugee households leaving asylum accommodation)", geo="Newport"),
            L("nearly double", 2, ALM, RATIO, HOMELESS + "_ratio", FY26 + " vs " + FY24 + " (two years before)", geo="Newport"),
            L("152", 152, E, HH, HOMELESS, FY24 + " (two years before)", geo="Newport"),
            L("up to £95", 95, AM, GBP, TA, "per night, bed and breakfast room, now (cabinet member for housing)", geo="Newport"),
            L("£3,500", 3500, E, GBP, "council_asylum_grant", "per new dispersal bed, now (Home Office payment; cabinet member for housing)", geo="Newport"),
            L("6,900", 6900, E, HH, "housing_waiting_list_households", "now, June 2026 (Reform UK councillor)", geo="Newport"),
            L("1,120", 1120, E, P, "charity_service_users", "2025 (last year; Gwent Sanctuary Network)", geo="Newport"),
            L("a quarter", 25, E, PCT, "charity_service_users_change", "2025 vs 2024 (Gwent Sanctuary Network)", ctx="up by a quarter", geo="Newport"),
            L("£2.4m", 2.4e6, E, GBP, "welsh_government_refugee_move_on_funding", "2026/27 (this year; Welsh Government)", geo=WAL),
            L("106,800", 106800, E, P, SUPPORT, EM26),
            L("29,870", 29870, E, P, HOT, EM26),
            L("about 3 per cent", 3, AP, PCT, "asylum_support_population_share_wales", EM26),
            L("4.6 per cent", 4.6, E, PCT, "population_share_wales_of_uk", "now, 2026"),
            L("two", 2, E, HOTELS, HOTELS_N, "now, June 2026", ctx="Just two asylum hotels", geo=WAL),
            L("seven", 7, E, HOTELS, HOTELS_N, "2023", ctx="from seven in 2023", geo=WAL),
        ]),
    "04-relay-newswire-uk-france-returns-deal-one-year": dict(
        meta=dict(url="https://www.relaynewswire.example/world/europe/uk-returns-nearly-2000-migrants-france-first-year-swap-deal-2026-09-18/",
                  title="UK returns nearly 2,000 migrants to France in first year of swap deal as crossings dip",
                  publisher="Relay Newswire", author="Tobias Renwick-Asante, Claire Vautrin-Obi", published_date="2026-09-18"),
        labels=[
            L("nearly 2,000", 2000, ALM, P, RET, "first year of the UK-France agreement, September 2025 to 18 September 2026 (headline)", geo=FR),
            L("1,960", 1960, E, P, RET, "first year of the UK-France agreement, September 2025 to 18 September 2026 (UK government)", geo=FR),
            L("more than 15,000", 15000, MT, P, STOPPED, "2026 so far (French authorities)", geo=FR),
            L("27,650", 27650, E, P, SBA, "1 January to 17 September 2026 (since January)"),
            L("11%", -11, E, PCT, SBAC, "1 January to 17 September 2026 vs same point of 2025"),
            L("Some 1,840", 1840, AP, P, LEGAL, "first year of the UK-France agreement, to 18 September 2026 (Home Office)"),
            L("roughly 5%", 5, AP, PCT, RET_SHARE_FR, "since the first return flight, September 2025 to September 2026 (returns vs arrivals; Relay calculation)", geo=FR),
            L("about 37,500", 37500, AP, P, SBA, "since the first return flight, September 2025 to 17 September 2026 (Relay calculation)"),
            L("15,320", 15320, E, P, STOPPED, "January to August 2026 (French interior ministry)", geo=FR),
            L("12,470", 12470, E, P, STOPPED, "January to August 2025 (French interior ministry)", geo=FR),
            L("41", 41, E, NETWORKS, "smuggling_networks_disrupted", "January to August 2026 (French interior ministry)", ctx="broken up 41", geo=FR),
            L("At least 23", 23, AL, P, DEATHS, "2026 so far (French officials)"),
            L("78", 78, E, P, DEATHS, "2024 (whole year; deadliest on record)", ctx="with 78 in"),
            L("541 million euros", 541e6, E, EUR, FUND_FR, "over three years, 2023 agreement"),
            L("$636 million", 636e6, E, USD, FUND_FR, "over three years, 2023 agreement (dollar conversion)"),
            L("10 million euros", 10e6, E, EUR, FUND_FR, "further funding for a French maritime unit, 2026"),
            R("between 1,500 and 2,500 euros", 1500, 2500, EUR, "smuggler_fee", "per seat, now (prosecutors in Boulogne-sur-Mer)", geo=FR),
            L("up to 80", 80, AM, PPB, "small_boat_occupancy_max", "now (prosecutors in Boulogne-sur-Mer)", geo=FR),
            L("63", 63, E, PPB, OCC, "2026 so far (average per boat)", ctx="carried 63"),
            L("53", 53, E, PPB, OCC, "2024 (average per boat)", ctx="from 53 in 2024"),
            L("18%", -18, E, PCT, "irregular_arrivals_change", "January to August 2026 vs same period of 2025 (Frontex)", geo=EU),
            L("about 101,000", 101000, AP, P, "irregular_arrivals", "January to August 2026 (Frontex)", geo=EU),
            L("Five", 5, E, P, RET, "per day, current rate of returns to France (French interior ministry official)", ctx="\"Five returns", geo=FR),
            L("715 million pounds", 715e6, E, GBP, RSC, "total cost of the scheme"),
            L("$968 million", 968e6, E, USD, RSC, "total cost of the scheme (dollar conversion)"),
            L("four", 4, E, P, REL, "voluntary relocations before the scheme was scrapped (July 2024)", ctx="only four volunteers"),
            L("171,000", 171000, E, P, NM, YD25 + " (ONS, May 2026)"),
            L("906,000", 906000, E, P, NM, YJ23 + " (peak)"),
        ]),
    "05-oriel-centre-british-emigration-departing-students": dict(
        meta=dict(url="https://www.orielcentre.fenbridge.example/commentaries/leaving-britain-british-emigrants-departing-students/",
                  title="Leaving Britain: what the latest estimates say about British emigrants and departing students",
                  publisher="Oriel Centre for Migration Studies, University of Fenbridge",
                  author="Hannah Lindqvist-Oduya, Tomasz Brennan-Achebe", published_date="2026-06-04"),
        labels=[
            # summary
            L("268,000", 268000, E, P, "emigration_british", YD25 + " (summary)", occ=0),
            L("171,000", 171000, E, P, NM, YD25 + " (summary)", occ=0),
            L("Roughly three in five", 60, AP, PCT, "emigration_non_eu_share_former_study", YD25 + " (summary)"),
            # body
            L("861,000", 861000, E, P, IMM, YD25),
            L("690,000", 690000, E, P, EMI, YD25),
            L("171,000", 171000, E, P, NM, YD25, occ=1),
            L("about four-fifths", 0.8, AP, RATIO, "emigration_ratio", YD25 + " (emigration vs immigration)"),
            L("906,000", 906000, E, P, NM, YJ23 + " (peak)"),
            L("roughly a third", 1 / 3, AP, RATIO, "emigration_ratio", YJ23 + " (emigration vs immigration)"),
            L("268,000", 268000, E, P, "emigration_british", YD25, occ=1),
            L("11%", 11, E, PCT, "emigration_british_change", YD25 + " vs " + YD24),
            L("241,000", 241000, E, P, "emigration_british", YD24),
            L("131,000", 131000, E, P, "immigration_british", YD25),
            L("137,000", -137000, E, P, "net_migration_british_nationals", YD25 + " (minus 137,000)"),
            L("151,000", 151000, E, P, "emigration_eu", YD25),
            L("64,000", 64000, E, P, "immigration_eu", YD25),
            L("87,000", -87000, E, P, "net_migration_eu", YD25 + " (minus 87,000)"),
            L("395,000", 395000, E, P, "net_migration_non_eu", YD25),
            L("around half", 50, AP, PCT, "emigration_british_share_aged_16_34", "recent years (survey evidence)"),
            L("more than 1 million", 1e6, MT, P, "uk_born_population_abroad", "2020 (UN estimates)", geo="Australia"),
            L("about 4.7 million", 4.7e6, AP, P, "uk_born_population_abroad", "2020 (UN estimates; living outside the UK)", geo="World"),
            L("163,000", 163000, E, P, "emigration_former_study_visa_non_eu", YD25),
            L("roughly three in five", 60, AP, PCT, "emigration_non_eu_share_former_study", YD25),
            L("271,000", 271000, E, P, "emigration_non_eu", YD25),
            L("238,000", 238000, E, P, "immigration_study_non_eu", YD25 + " (last year)"),
            L("about two-thirds", 2 / 3, AP, RATIO, "emigration_former_study_visa_non_eu_ratio", YD25 + " (former students leaving vs students arriving)"),
            L("21,400", 21400, E, P, EMI, YM25 + " (to overseas; NRS)", geo=SCO),
            L("47,800", 47800, E, P, IMM, YM25 + " (from overseas; NRS)", geo=SCO),
            L("26,400", 26400, E, P, "net_migration_overseas", YM25 + " (NRS)", geo=SCO),
            L("8,900", 8900, E, P, EMI, YM25 + " (to outside the UK; NISRA)", geo=NI),
            L("34,000", 34000, E, P, "estimate_margin_of_error", YD25 + " (95% confidence interval for British emigration, plus or minus)"),
        ]),
    "06-voxline-border-minister-phone-in-crossings-hotels": dict(
        meta=dict(url="https://www.voxline.example/news/politics/border-minister-callers-channel-crossings-asylum-hotels/",
                  title="'We are not there yet': Border minister faces callers' anger over Channel crossings and asylum hotels",
                  publisher="Voxline", author="Natalie Fenwick-Osei", published_date="2026-10-07"),
        labels=[
            L("12%", -12, E, PCT, SBAC, "1 January to 6 October 2026 vs same point of 2025 (standfirst; Minister)", ctx="down 12% on"),
            L("29,880", 29880, E, P, SBA, "1 January to 6 October 2026 (so far this year; Minister)"),
            L("12%", -12, E, PCT, SBAC, "1 January to 6 October 2026 vs same point of 2025 (Minister)", ctx="12% fewer"),
            L("almost 34,000", 34000, ALM, P, SBA, "1 January to 6 October 2025 (by this date last year; Minister)"),
            L("just over 2,000", 2000, MT, P, RET, "since the first returns under the UK-France agreement (September 2025) to 7 October 2026 (Minister)", geo=FR),
            L("almost 37,000", 37000, ALM, P, RET, YJ26 + " (Minister)"),
            V("hundreds", 200, 900, P, SBA, "on a typical day, now (caller)", ctx="there's hundreds more"),
            L("more than 17,000", 17000, MT, P, STOPPED, "2026 so far (French officers; Minister)", geo=FR),
            L("more than 60", 60, MT, PPB, OCC, "2026 so far (average per boat; Minister)"),
            L("over 400", 400, MT, HOTELS, HOTELS_N, "peak, 2023 (Minister)"),
            L("around 160", 160, AP, HOTELS, HOTELS_N, "now, October 2026 (Minister)"),
            V("hundreds of millions of pounds", 200e6, 900e6, GBP, "asylum_cost_saving", "per year, from closing hotels (Minister)"),
            L("more than £1 billion", -1e9, MT, GBP, "asylum_cost_change", FY26 + " vs " + FY24 + " (asylum support; Minister)"),
            L("£4.27bn", 4.27e9, E, GBP, AC, FY26 + " (asylum support; Minister)"),
            L("£5.38bn", 5.38e9, E, GBP, AC, FY24 + " (record; Minister)"),
            L("£715 million", 715e6, E, GBP, RSC, "total cost of the scheme (Minister)"),
            L("four", 4, E, P, REL, "voluntary relocations (Minister)", ctx="sent four volunteers"),
            L("Four", 4, E, P, REL, "voluntary relocations (Minister)", ctx="volunteers. Four"),
            L("2,000", 2000, E, P, "caseworkers_affordable_with_rwanda_cost", "for five years, with the scheme's £715 million (Minister)", ctx="paid for 2,000 extra"),
            L("171,000", 171000, E, P, NM, YD25 + " (Minister)"),
            L("more than four-fifths", -80, MT, PCT, NMC, YD25 + " vs " + YJ23 + " (record; Minister)"),
            L("906,000", 906000, E, P, NM, YJ23 + " (record; Minister)"),
            L("nearly a million", 1e6, ALM, P, NM, YJ23 + " (peak; Minister)"),
            L("under 200,000", 200000, LT, P, NM, YD25 + " (now; Minister)"),
            L("more than a third", -THIRD, MT, PCT, "asylum_backlog_change", EJ26 + " vs " + EJ25 + " (Minister)"),
            L("58,900", 58900, E, P, BL, EJ26 + " (waiting for an initial decision; Minister)"),
            L("almost doubled", 2, ALM, RATIO, BLA + "_ratio", EJ26 + " vs " + EJ25 + " (appeals awaiting a hearing; critics)"),
            L("2,000", 2000, E, P, RET, "since the first returns under the UK-France agreement (September 2025) to October 2026 (shadow home secretary)", ctx="about 2,000 returns", geo=FR),
            L("30,000", 30000, E, P, SBA, "2026 so far (this year; shadow home secretary)"),
            L("15 years", 15, E, YRS, "returns_france_years_to_match_annual_arrivals", "at the current rate (shadow home secretary)"),
        ]),
    "07-tees-valley-dispatch-north-east-asylum-hotels-army-camp": dict(
        meta=dict(url="https://www.teesvalleydispatch.example/news/north-east/26447731.first-asylum-seekers-moved-former-army-camp-near-darlington/",
                  title="First asylum seekers moved into former Army camp near Darlington as region's hotels empty",
                  publisher="Tees Valley Dispatch", author="Joanne Hetherington-Amadi", published_date="2026-09-09"),
        labels=[
            L("up to 500", 500, AM, P, SITE_CAP, "eventually (caption)", occ=0, geo=HM),
            L("120", 120, E, P, SITE_POP, "7 September 2026 (Monday; first arrivals)", geo=HM),
            L("up to 500", 500, AM, P, SITE_CAP, "eventually (Home Office officials' briefing, August 2026)", occ=1, geo=HM),
            L("1,310", 1310, E, P, HOT, EJ26, geo=NE),
            L("nine", 9, E, HOTELS, HOTELS_N, EJ26, ctx="in nine hotels", geo=NE),
            L("2,060", 2060, E, P, HOT, EJ25 + " (a year earlier)", geo=NE),
            L("15", 15, E, HOTELS, HOTELS_N, EJ25 + " (a year earlier)", ctx="in 15 hotels", geo=NE),
            L("7,450", 7450, E, P, SUPPORT, EJ26, geo=NE),
            L("about 7%", 7, AP, PCT, "asylum_support_population_share_north_east", EJ26),
            L("103,900", 103900, E, P, SUPPORT, EJ26),
            L("about 4%", 4, AP, PCT, "population_share_north_east_of_uk", "now, 2026"),
            L("1,180", 1180, E, P, SUPPORT, EJ26, geo="Middlesbrough"),
            L("roughly one in every 125", 0.8, AP, PCT, "asylum_support_population_share_of_residents", EJ26, geo="Middlesbrough"),
            L("1,090", 1090, E, P, SUPPORT, EJ26, geo="Newcastle upon Tyne"),
            L("760", 760, E, P, SUPPORT, EJ26, geo="Sunderland"),
            L("610", 610, E, P, SUPPORT, EJ26, geo="Stockton-on-Tees"),
            L("540", 540, E, P, SUPPORT, EJ26, geo="Gateshead"),
            L("350", 350, E, P, SUPPORT, EJ26, geo="Hartlepool"),
            L("220", 220, E, P, SUPPORT, EJ26, geo="Darlington"),
            L("27,640", 27640, E, P, HOT, EJ26),
            L("14%", -14, E, PCT, "asylum_hotel_population_change", EJ26 + " vs " + EJ25),
            L("£14.6m", 14.6e6, E, GBP, SITE_COST, "conversion, to September 2026 (so far; written parliamentary answer)", geo=HM),
            L("about £1.2m", 1.2e6, AP, GBP, SITE_COST, "per month, running costs once full (expected)", geo=HM),
            L("about half", 0.5, AP, RATIO, "asylum_cost_ratio", "per person per night, large site vs hotel place, once full (Home Office)"),
            L("Five hundred", 500, E, P, SITE_CAP, "when full (council leader)", geo=HM),
            L("£400,000", 400000, E, GBP, "council_asylum_funding_requested", "2026/27 (this year; council leader)", geo="Darlington"),
            L("Around 250", 250, AP, P, "protest_attendance", "5 September 2026 (Saturday)", geo=HM),
            L("4.3k", 4300, E, P, "social_media_group_members", "now, September 2026 (in a month)", geo=HM),
            L("more than 400", 400, MT, HOTELS, HOTELS_N, "peak, 2023 (Home Office spokesperson)"),
            L("176", 176, E, HOTELS, HOTELS_N, "now (" + EJ26 + " figures; Home Office spokesperson)"),
            L("up to 10,000", 10000, AM, P, SITE_CAP, "by the end of 2027 (end of next year; all large sites; Home Office spokesperson)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
