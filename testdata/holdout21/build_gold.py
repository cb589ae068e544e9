#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the twenty-first hand-labelled hold-out set (holdout21).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, RSC)

RET, IMM, EMI, REL = "returns", "immigration", "emigration", "rwanda_relocations"
OCC, SBAC, NMR, NMF, NMT = "small_boat_occupancy", "small_boat_arrivals_change", "net_migration_revision", "net_migration_forecast", "net_migration_target"
DEATHS, LEGAL, STOPPED = "small_boat_deaths", "uk_france_legal_route_arrivals", "small_boat_launch_attempts_stopped_people"
HOTELS_IN_USE, HOT_RATIO, HOT_CHANGE = "asylum_hotels_in_use", "asylum_hotel_population_ratio", "asylum_hotel_population_change"
SUPPORT, DISP = "asylum_support_population", "asylum_dispersal_population"
POP, PG, PC = "population", "population_growth", "population_change"
DET, DET_IN, DET_CAP, DET_COST = "detention_population", "detention_entries", "detention_capacity", "detention_cost"
WORK, WDEP = "immigration_work_non_eu", "immigration_work_dependants_non_eu"
CCOST = "council_asylum_cost"
APPS, BACKLOG, APPEALS, GRANT_RATE = "asylum_applications", "asylum_backlog", "asylum_backlog_appeals", "asylum_grant_rate"
SW, HCW, VISIT = "visas_granted_skilled_worker", "visas_granted_health_care_worker", "visas_granted_visit"
FR, EU, SCO, WAL, NI = "France", "EU", "Scotland", "Wales", "Northern Ireland"
BEL, SKB, YH, MSF, RW = "Belfast", "Skellbridge", "Yorkshire and the Humber", "Marshfield", "Rwanda"
CA, CENTRES, HH = "other:council_areas", "other:centres", "other:households"

# periods
YTD01 = "1 January to 7 September 2026 (so far this year, to Monday's figures)"
MON01 = "7 September 2026 (Monday)"
PILOT01 = "since the first returns under the UK-France pilot (September 2025) to 8 September 2026"
YJ26, YJ25, YJ24, YJ23 = "year ending June 2026", "year ending June 2025", "year ending June 2024", "year ending June 2023"
EJ26, EJ25, EJ24, EJ23 = "end of June 2026", "end of June 2025", "end of June 2024", "end of June 2023"
FY2324, FY2425, FY2526 = "2023/24 (financial year)", "2024/25 (financial year)", "2025/26 (financial year)"
MID25 = "mid-2024 to mid-2025"
EM26 = "end of March 2026 (31 March)"
YS26, YS25 = "year ending September 2026", "year ending September 2025"
ES26, ES25 = "end of September 2026", "end of September 2025"
NOW06 = "now (late November 2026)"

ARTICLES = {
    "01-stratus-news-live-channel-crossings-home-secretary-statement": dict(
        meta=dict(url="https://news.stratusnews.example/live/channel-crossings-live-home-secretary-statement-13398271",
                  title="Channel crossings live: Hundreds more arrive at Dover after 846 crossed on Monday - Home Secretary updates MPs on France deal",
                  publisher="Stratus News", author="Harriet Quenby-Lowe; Marcus Ebo-Trant", published_date="2026-09-08"),
        labels=[
            # headline
            V("Hundreds", 200, 900, P, SBA, "8 September 2026 (Tuesday; today, headline)"),
            L("846", 846, E, P, SBA, MON01 + " (headline)", occ=0),
            # key points
            L("846", 846, E, P, SBA, MON01 + " (key points)", occ=1),
            L("14", 14, E, BOATS, SBC, MON01 + " (key points)", occ=0),
            L("26,910", 26910, E, P, SBA, YTD01 + " (key points)", occ=0),
            L("12%", -12, E, PCT, SBAC, YTD01 + " vs same point of 2025 (key points)", occ=0),
            L("1,560", 1560, E, P, RET, PILOT01 + " (returned to France; Home Secretary; key points)", occ=0, geo=FR),
            L("at least 19", 19, AL, P, DEATHS, "1 January to 8 September 2026 (charity; key points)", occ=0),
            # 16:55 Frontex
            L("21%", -21, E, PCT, "irregular_arrivals_change", "first seven months of 2026 (January to July) vs same period of 2025 (Frontex)", geo=EU),
            L("about 112,000", 112000, AP, P, "irregular_arrivals", "first seven months of 2026 (January to July; Frontex)", geo=EU),
            # 16:10 shadow home secretary
            L("1,560", 1560, E, P, RET, PILOT01 + " (returned to France; shadow home secretary citing the Home Secretary)", occ=1, geo=FR),
            L("well over 30,000", 30000, MT, P, SBA, PILOT01 + " (same period; shadow home secretary)"),
            # 15:25 how full are the boats
            L("just over 60", 60, MT, PPB, OCC, MON01 + " (average per boat)"),
            L("53", 53, E, PPB, OCC, "2024 (average per boat)"),
            # 14:30 deaths
            L("At least 19", 19, AL, P, DEATHS, "1 January to 8 September 2026 (so far this year; Channel Watch Network; heading)"),
            L("at least 19", 19, AL, P, DEATHS, "1 January to 8 September 2026 (so far this year; Channel Watch Network)", occ=1),
            # 13:05 Home Secretary
            L("1,560", 1560, E, P, RET, PILOT01 + " (returned to France; Home Secretary)", occ=2, geo=FR),
            L("1,480", 1480, E, P, LEGAL, PILOT01 + " (admitted by the legal route; Home Secretary)"),
            L("3,940", 3940, E, P, STOPPED, "since July (1 July to 8 September 2026; French officers; Home Secretary)", geo=FR),
            L("below 200", 200, LT, HOTELS, HOTELS_IN_USE, "now, September 2026 (Home Secretary)"),
            L("more than 400", 400, MT, HOTELS, HOTELS_IN_USE, "peak (2023; Home Secretary)"),
            L("nearly 36,000", 36000, ALM, P, RET, YJ26 + " (removed or left voluntarily; Home Secretary)"),
            L("£700m", 700e6, E, GBP, RSC, "total (Rwanda scheme; Home Secretary)"),
            L("four", 4, E, P, REL, "total (volunteers sent to Rwanda; Home Secretary)", ctx="sent four volunteers"),
            # 12:20 official figures
            L("846", 846, E, P, SBA, MON01 + " (Home Office)", occ=2),
            L("14", 14, E, BOATS, SBC, MON01 + " (Home Office)", ctx="on Monday in 14 boats"),
            L("26,910", 26910, E, P, SBA, YTD01, occ=1),
            L("12%", -12, E, PCT, SBAC, YTD01 + " vs same point of 2025", occ=1),
            L("30,540", 30540, E, P, SBA, "1 January to 7 September 2025 (same point last year)"),
            L("40,960", 40960, E, P, SBA, "2025"),
            L("36,816", 36816, E, P, SBA, "2024"),
            # 11:15 Dover
            L("about 150", 150, AP, P, SBA, "8 September 2026 (this morning, Dover; correspondent's count)"),
            L("at least a dozen", 12, AL, P, "small_boat_children_on_board", "8 September 2026 (this morning, Dover; correspondent's count)"),
            # 10:05 French rescue
            L("63", 63, E, P, "small_boat_rescues", "night of 7 to 8 September 2026 (off Gravelines; French maritime prefecture)", geo=FR),
            # 07:10
            L("918", 918, E, P, SBA, "19 June 2026"),
        ]),
    "02-fair-reckoning-three-claims-asylum-costs-checked": dict(
        meta=dict(url="https://fairreckoning.example/fact-checks/asylum-costs-three-claims-sunday-debate/",
                  title="Asylum costs: three claims from Sunday's debate checked",
                  publisher="Fair Reckoning", author="Orla Penhallow-Vance", published_date="2026-10-14"),
        labels=[
            # claim 1
            L("£5.4 billion", 5.4e9, E, GBP, AC, "per year (claimed; Reform UK spokesman, 11 October 2026)"),
            L("about £5.4bn", 5.4e9, AP, GBP, AC, FY2324 + " (verdict)"),
            L("£4.05bn", 4.05e9, E, GBP, AC, FY2526 + " (verdict)", occ=0),
            L("£5.38bn", 5.38e9, E, GBP, AC, FY2324 + " (record; Home Office accounts)"),
            L("£4.71bn", 4.71e9, E, GBP, AC, FY2425),
            L("£4.05bn", 4.05e9, E, GBP, AC, FY2526, occ=1),
            L("14%", -14, E, PCT, "asylum_cost_change", FY2526 + " vs " + FY2425),
            L("about a quarter", -25, AP, PCT, "asylum_cost_change", FY2526 + " vs " + FY2324 + " (peak)"),
            # claim 2
            L("£8 million", 8e6, E, GBP, AC, "per day (hotels; claimed; Conservative frontbencher, 11 October 2026)"),
            L("roughly £6m", 6e6, AP, GBP, AC, "per day, now (hotels; verdict)"),
            L("£8m", 8e6, E, GBP, AC, "per day, spring 2023 (hotels; Home Office)"),
            L("more than 56,000", 56000, MT, P, HOT, "spring 2023"),
            L("passed 400", 400, MT, HOTELS, HOTELS_IN_USE, "spring 2023"),
            L("£2.2bn", 2.2e9, E, GBP, AC, FY2526 + " (hotel accommodation)"),
            L("about £6m", 6e6, AP, GBP, AC, "per day, " + FY2526 + " (hotels)"),
            L("more than half", 50, MT, PCT, "asylum_cost_share_hotels", FY2526),
            L("28,450", 28450, E, P, HOT, EJ26),
            L("roughly half", 0.5, AP, RATIO, HOT_RATIO, EJ26 + " vs 2023 peak"),
            L("192", 192, E, HOTELS, HOTELS_IN_USE, EJ26),
            # claim 3
            L("more than £50,000", 50000, MT, GBP, AC, "per person per year in a hotel (claimed; Labour MP)", occ=0),
            L("£152", 152, E, GBP, AC, "per person per night, hotels, " + FY2526 + " (verdict)", occ=0),
            L("about £55,500", 55500, AP, GBP, AC, "per person per year in a hotel, " + FY2526 + " (verdict)", occ=0),
            L("£152", 152, E, GBP, AC, "per person per night, hotels, " + FY2526 + " (National Audit Office)", occ=1),
            L("£19", 19, E, GBP, AC, "per person per night, dispersed housing, " + FY2526 + " (National Audit Office)"),
            L("eight times", 8, E, RATIO, "asylum_cost_ratio", FY2526 + " (hotel vs dispersed housing, per person per night)"),
            L("£152", 152, E, GBP, AC, "per person per night, hotels, " + FY2526, occ=2),
            L("about £55,500", 55500, AP, GBP, AC, "per person per year in a hotel, " + FY2526, occ=1),
            L("more than £50,000", 50000, MT, GBP, AC, "per person per year in a hotel (claimed; Labour MP; restated)", occ=1),
            L("about £6,900", 6900, AP, GBP, AC, "per person per year in dispersed housing, " + FY2526),
            L("106,200", 106200, E, P, SUPPORT, EJ26),
            L("just over a quarter", 25, MT, PCT, "asylum_support_share_hotels", EJ26),
        ]),
    "03-lagan-evening-post-ni-population-mid-2025-belfast-asylum-hotels": dict(
        meta=dict(url="https://www.laganeveningpost.example/news/northern-ireland/northern-ireland-population-rises-to-193m-but-births-keep-falling-ARC20260625",
                  title="Northern Ireland population rises to 1.93m, but births keep falling",
                  publisher="Lagan Evening Post", author="Aoife Drennan-McCaul", published_date="2026-06-25"),
        labels=[
            # headline and standfirst
            L("1.93m", 1.93e6, E, P, POP, "mid-2025 (headline)", geo=NI),
            L("almost half", 50, ALM, PCT, "net_migration_share_of_population_growth", MID25 + " (standfirst)", occ=0, geo=NI),
            L("five", 5, E, HOTELS, HOTELS_IN_USE, "now, June 2026 (standfirst)", ctx="five Belfast hotels", geo=BEL),
            # caption
            L("0.5%", 0.5, E, PCT, PC, MID25 + " (caption)", geo=BEL),
            # body
            L("1,934,600", 1934600, E, P, POP, "mid-2025 (NISRA)", geo=NI),
            L("6,100", 6100, E, P, PG, MID25, geo=NI),
            L("0.3%", 0.3, E, PCT, PC, MID25, geo=NI),
            L("20,150", 20150, E, P, "births", MID25, geo=NI),
            L("16,900", 16900, E, P, "deaths", MID25, geo=NI),
            L("3,250", 3250, E, P, "population_natural_change", MID25 + " (natural increase)", geo=NI),
            L("Around 4,400", 4400, AP, P, "net_migration_international", MID25 + " (net gain from outside the UK)", geo=NI),
            L("1,550", -1550, E, P, "net_migration_rest_of_uk", MID25 + " (net loss to Great Britain)", geo=NI),
            L("2,850", 2850, E, P, NM, MID25 + " (overall net migration)", geo=NI),
            L("almost half", 50, ALM, PCT, "net_migration_share_of_population_growth", MID25, occ=1, geo=NI),
            L("1,750", 1750, E, P, PG, MID25, geo=BEL),
            L("352,800", 352800, E, P, POP, "mid-2025", geo=BEL),
            L("Three", 3, E, CA, "council_areas_population_decline", MID25, geo=NI),
            L("345,000", 345000, E, P, "population_aged_65_and_over", "mid-2025", geo=NI),
            L("17.8%", 17.8, E, PCT, "population_share_aged_65_and_over", "mid-2025", geo=NI),
            L("just under 3%", 3, LT, PCT, "population_share_ni_of_uk", "mid-2025 (Northern Ireland) against mid-2024 (UK, most recent estimate)"),
            L("69.3 million", 69.3e6, E, P, POP, "mid-2024 (most recent UK-wide estimate)"),
            # asylum accommodation
            L("2,740", 2740, E, P, SUPPORT, EM26, geo=NI),
            L("nearly four times", 4, ALM, RATIO, "asylum_support_population_ratio", EM26 + " vs March 2021 (five years ago)", geo=NI),
            L("Around three-quarters", 75, AP, PCT, "asylum_support_population_share_belfast", EM26, geo=NI),
            L("Five", 5, E, HOTELS, HOTELS_IN_USE, "now, June 2026", ctx="Five hotels in the city", geo=BEL),
            L("about 590", 590, AP, P, HOT, "now, June 2026", geo=BEL),
            L("nine", 9, E, HOTELS, HOTELS_IN_USE, "start of 2025", ctx="there were nine", geo=BEL),
            L("30,100", 30100, E, P, HOT, EM26),
            L("more than 56,000", 56000, MT, P, HOT, "2023 (high point)"),
            L("about 2.5%", 2.5, AP, PCT, "asylum_support_population_share_ni", EM26 + " (Northern Ireland's share of the UK total)"),
            L("107,900", 107900, E, P, SUPPORT, EM26),
            L("£1.2m", 1.2e6, E, GBP, "ni_executive_refugee_integration_funding", "2026/27 (financial year; Executive Office)", geo=NI),
            L("1,380", 1380, E, P, "charity_service_users", "12 months to March 2026 (Belfast-based asylum charity)", geo=BEL),
            L("a fifth", 20, E, PCT, "charity_service_users_change", "12 months to March 2026 vs previous 12 months (Belfast-based asylum charity)", geo=BEL),
        ]),
    "04-the-pennant-immigration-detention-removals-highest-since-2018": dict(
        meta=dict(url="https://www.thepennant.example/article/immigration-detention-highest-level-since-2018-removals-climb-x7kq2rt9l",
                  title="Immigration detention at highest level since 2018 as removals climb",
                  publisher="The Pennant", author="Fergus Dalrymple-Watt", published_date="2026-08-28"),
        labels=[
            # standfirst
            L("14 per cent", 14, E, PCT, DET + "_change", EJ26 + " vs " + EJ25 + " (standfirst)", occ=0),
            L("two", 2, E, CENTRES, "removal_centres_reopened", "2026 onwards (Campsfield House and Haslar; standfirst)", ctx="reopen two centres"),
            # caption
            L("about 3,200", 3200, AP, P, DET_CAP, "by 2028 (planned; caption)"),
            # body
            L("2,210", 2210, E, P, DET, EJ26, occ=0),
            L("14 per cent", 14, E, PCT, DET + "_change", EJ26 + " vs " + EJ25, occ=1),
            L("1,940", 1940, E, P, DET, EJ25, occ=0),
            L("26,400", 26400, E, P, DET_IN, YJ26),
            L("9 per cent", 9, E, PCT, DET_IN + "_change", YJ26 + " vs " + YJ25),
            L("17 per cent", 17, E, PCT, "returns_change", YJ26 + " vs " + YJ25 + " (enforced returns)"),
            L("10,880", 10880, E, P, RET, YJ26 + " (enforced returns)", occ=0),
            L("24,860", 24860, E, P, RET, YJ26 + " (voluntary returns)"),
            L("35,740", 35740, E, P, RET, YJ26 + " (all returns)"),
            L("5,620", 5620, E, P, RET, YJ26 + " (foreign national offenders)"),
            L("about one in five", 20, AP, PCT, "returns_share_albania", YJ26 + " (share of enforced returns)"),
            # table
            L("1,520", 1520, E, P, DET, EJ23 + " (table)"),
            L("6,120", 6120, E, P, RET, YJ23 + " (enforced returns; table)"),
            L("1,810", 1810, E, P, DET, EJ24 + " (table)"),
            L("8,470", 8470, E, P, RET, YJ24 + " (enforced returns; table)"),
            L("1,940", 1940, E, P, DET, EJ25 + " (table)", occ=1),
            L("9,300", 9300, E, P, RET, YJ25 + " (enforced returns; table)"),
            L("2,210", 2210, E, P, DET, EJ26 + " (table)", occ=1),
            L("10,880", 10880, E, P, RET, YJ26 + " (enforced returns; table)", occ=1),
            # capacity, minister
            L("about 900", 900, AP, P, DET_CAP + "_change", "by 2028 (Campsfield House and Haslar reopening)"),
            L("nearly 36,000", 36000, ALM, P, RET, YJ26 + " (Border Security Minister)"),
            L("48 per cent", 48, E, PCT, "detention_leavers_share_returned", YJ26),
            L("16 per cent", 16, E, PCT, "detention_population_share_held_over_28_days", EJ26),
            L("£121", 121, E, GBP, DET_COST, "per detention place per day, 2026 (average; Home Office)"),
            L("about £4.4m", 4.4e6, AP, GBP, DET_COST, "per year, per extra 100 detainees (Home Office average cost)"),
            L("A third", THIRD, E, PCT, "detention_charity_clients_share_held_over_3_months", "now, August 2026 (detention visiting charity)"),
            L("1,310", 1310, E, P, RET, "since the first returns under the UK-France pilot (September 2025) to " + EJ26, geo=FR),
            L("£715m", 715e6, E, GBP, RSC, "total (Rwanda scheme)"),
            L("four", 4, E, P, REL, "total (all volunteers)", ctx="four people were relocated"),
            L("about 100", 100, AP, P, "rwanda_accommodation_capacity", "hostel prepared for arrivals (Kigali)", geo=RW),
        ]),
    "05-broadside-five-years-net-migration-data-long-read": dict(
        meta=dict(url="https://www.broadside.example/uk-news/2026/may/30/five-years-net-migration-uk-data-long-read",
                  title="From 872,000 to 196,000: five years that remade Britain's migration numbers",
                  publisher="Broadside", author="Ben Okafor-Lindqvist", published_date="2026-05-30"),
        labels=[
            # headline
            L("872,000", 872000, E, P, NM, "2022 (calendar year; headline)", occ=0),
            L("196,000", 196000, E, P, NM, "2025 (calendar year, provisional; headline)", occ=0),
            # body
            L("196,000", 196000, E, P, NM, "2025 (calendar year, provisional; ONS, 21 May 2026)", occ=1),
            L("937,000", 937000, E, P, NM, "year ending March 2023 (peak)"),
            L("nearly five times", 5, ALM, RATIO, "net_migration_ratio", "year ending March 2023 (peak) vs 2025"),
            L("more than 2.7 million", 2.7e6, MT, P, NM, "2021 to 2025 (five calendar years combined)"),
            L("476,000", 476000, E, P, NM, "2021"),
            L("872,000", 872000, E, P, NM, "2022", occ=1),
            L("860,000", 860000, E, P, NM, "2023"),
            L("423,000", 423000, E, P, WORK, "2023"),
            L("152,000", 152000, E, P, WDEP, "2023"),
            L("148,000", 148000, E, P, WORK, "2025"),
            L("almost two-thirds", -2 * THIRD, ALM, PCT, WORK + "_change", "2025 vs 2023"),
            L("nearly three-quarters", -75, ALM, PCT, WDEP + "_change", "2025 vs 2023"),
            L("41,000", 41000, E, P, WDEP, "2025"),
            L("819,000", 819000, E, P, IMM, "2025"),
            L("14%", -14, E, PCT, IMM + "_change", "2025 vs 2024"),
            L("953,000", 953000, E, P, IMM, "2024"),
            L("623,000", 623000, E, P, EMI, "2025"),
            L("About two in five", 40, AP, PCT, "immigration_share_study_non_eu", "2025 (last year)"),
            L("246,000", 246000, E, P, "immigration_study_non_eu", "2025 (last year)"),
            L("77%", 77, E, PCT, "immigration_share_non_eu", "2025"),
            L("82,000", 82000, E, P, "immigration_eu", "2025"),
            L("107,000", 107000, E, P, "immigration_british", "2025"),
            L("431,000", 431000, E, P, NM, "2024 (first estimate, May 2025)"),
            L("341,000", 341000, E, P, NM, "2024 (revised, May 2026)"),
            L("90,000", -90000, E, P, NMR, "2024 (first estimate to revised)"),
            L("about a fifth", -20, AP, PCT, NMR, "2024 (first estimate to revised)"),
            V("tens of thousands", 20000, 90000, P, NMT, "2010 pledge (never met)"),
            R("between 150,000 and 250,000", 150000, 250000, P, NMF, "per year, rest of the decade (to 2030; Dr Ashworth)"),
            L("about one in six", 100 / 6, AP, PCT, "population_share_born_abroad", "2021 census (Dr Ashworth)", geo=EW),
            R("131,000 to 261,000", 131000, 261000, P, NM, "2025 (95% confidence interval, ONS)"),
        ]),
    "06-ridings-post-skellbridge-last-asylum-hotels-close-council-costs": dict(
        meta=dict(url="https://www.theridingspost.example/news/politics/skellbridges-last-two-asylum-hotels-to-close-by-march-as-council-counts-ps16m-bill-5129934",
                  title="Skellbridge's last two asylum hotels to close by March as council counts £1.6m bill",
                  publisher="The Ridings Post", author="Eleanor Thwaite-Barraclough", published_date="2026-11-27"),
        labels=[
            # headline, standfirst, caption
            L("two", 2, E, HOTELS, HOTELS_IN_USE, NOW06 + " (headline)", ctx="last two asylum hotels", geo=SKB),
            L("£1.6m", 1.6e6, E, GBP, CCOST, "since 2023 to November 2026 (headline)", occ=0, geo=SKB),
            L("290", 290, E, P, HOT, NOW06 + " (standfirst)", occ=0, geo=SKB),
            L("180", 180, E, P, HOT, "peak (Mallard Hotel at its busiest; caption)", geo=SKB),
            # body
            L("two", 2, E, HOTELS, HOTELS_IN_USE, NOW06, ctx="The two hotels in Skellbridge", geo=SKB),
            L("About 290", 290, AP, P, HOT, NOW06, geo=SKB),
            L("24,650", 24650, E, P, HOT, ES26),
            L("13%", -13, E, PCT, HOT_CHANGE, ES26 + " vs " + EJ26),
            L("fewer than half", 0.5, LT, RATIO, HOT_RATIO, ES26 + " vs 2023 peak"),
            L("more than 56,000", 56000, MT, P, HOT, "2023 (height of hotel use)"),
            L("168", 168, E, HOTELS, HOTELS_IN_USE, ES26),
            L("more than 400", 400, MT, HOTELS, HOTELS_IN_USE, "summer 2023"),
            L("1,980", 1980, E, P, HOT, NOW06 + " (regional migration partnership)", geo=YH),
            L("3,400", 3400, E, P, HOT, "a year ago (November 2025; regional migration partnership)", geo=YH),
            L("23", 23, E, HOTELS, HOTELS_IN_USE, "a year ago (November 2025; regional migration partnership)", geo=YH),
            L("11", 11, E, HOTELS, HOTELS_IN_USE, NOW06 + " (regional migration partnership)", geo=YH),
            L("£1.6m", 1.6e6, E, GBP, CCOST, "since 2023 to November 2026", occ=1, geo=SKB),
            L("£620,000", 620000, E, GBP, "council_asylum_grant", "since 2023 to November 2026 (from the Home Office)", geo=SKB),
            L("almost £1m", 1e6, ALM, GBP, "council_asylum_cost_shortfall", "since 2023 to November 2026", geo=SKB),
            L("£540,000", 540000, E, GBP, CCOST, "2025/26 (financial year)", geo=SKB),
            L("about £3.80", 3.8, AP, GBP, CCOST, "2025/26 (financial year), per resident", geo=SKB),
            L("142,000", 142000, E, P, POP, "now (borough residents)", geo=SKB),
            L("up to 150", 150, AM, P, DISP + "_change", "planned (further Home Office placements in private rented homes; council leader)", geo=SKB),
            L("9,400", 9400, E, HH, "housing_waiting_list_households", "now, November 2026 (council leader)", geo=SKB),
            L("doubled", 2, E, RATIO, DISP + "_ratio", NOW06 + " vs 2023", geo=SKB),
            L("310", 310, E, P, DISP, NOW06, geo=SKB),
            L("More than 4,800", 4800, MT, P, "petition_signatures", "2024 (Reform UK petition)", geo=SKB),
            L("12.9k", 12900, E, P, "social_media_group_members", NOW06 + " (Facebook group against the hotels)", geo=SKB),
            L("around 60", 60, AP, P, "charity_service_users", "per week, now (Skellbridge Welcome English classes)", geo=SKB),
            L("more than 230", 230, MT, HOTELS, "asylum_hotels_closed", "since the peak (2023) to November 2026 (Home Office)"),
        ]),
    "07-marshfield-echo-pa-asylum-claims-fall-backlog-visas": dict(
        meta=dict(url="https://www.marshfieldecho.example/news/national/asylum-claims-fall-9-as-backlog-drops-to-lowest-level-since-2021-4471902",
                  title="Asylum claims fall 9% as backlog drops to lowest level since 2021",
                  publisher="The Marshfield Echo (PA)", author="Priya Hallam-Birch", published_date="2026-11-26"),
        labels=[
            L("9%", -9, E, PCT, APPS + "_change", YS26 + " vs " + YS25 + " (headline)", occ=0),
            L("9%", -9, E, PCT, APPS + "_change", YS26 + " vs " + YS25, occ=1),
            L("101,600", 101600, E, P, APPS, YS26),
            L("111,700", 111700, E, P, APPS, YS25),
            L("Around a third", THIRD, AP, PCT, "asylum_applications_share_small_boat", YS26),
            L("Some 37,180", 37180, AP, P, SBA, YS26),
            L("11%", -11, E, PCT, SBAC, YS26 + " vs " + YS25),
            L("132,800", 132800, E, P, "asylum_initial_decisions", YS26),
            L("41%", 41, E, PCT, GRANT_RATE, YS26 + " (initial decisions)"),
            L("52%", 52, E, PCT, GRANT_RATE, YS25 + " (initial decisions)"),
            L("54,400", 54400, E, P, "asylum_grants", YS26 + " (at initial decision)"),
            L("47,900", 47900, E, P, BACKLOG, ES26 + " (awaiting an initial decision)"),
            L("37%", -37, E, PCT, BACKLOG + "_change", ES26 + " vs " + ES25),
            L("68,200", 68200, E, P, APPEALS, ES26 + " (appeals waiting to be heard)"),
            L("nearly double", 2, ALM, RATIO, APPEALS + "_ratio", ES26 + " vs " + ES25),
            L("35,600", 35600, E, P, APPEALS, ES25),
            L("some 24,650", 24650, AP, P, HOT, ES26 + " (30 September)"),
            L("28,450", 28450, E, P, HOT, EJ26 + " (three months before)"),
            L("12%", 12, E, PCT, "returns_change", YS26 + " vs " + YS25 + " (enforced and voluntary)"),
            L("38,420", 38420, E, P, RET, YS26 + " (enforced and voluntary)"),
            L("48,900", 48900, E, P, SW, YS26 + " (main applicants)"),
            L("38%", -38, E, PCT, SW + "_change", YS26 + " vs " + YS25 + " (main applicants)"),
            L("6,100", 6100, E, P, HCW, YS26),
            L("27,900", 27900, E, P, HCW, YS25),
            L("78%", -78, E, PCT, HCW + "_change", YS26 + " vs " + YS25),
            L("6%", 6, E, PCT, VISIT + "_change", YS26 + " vs " + YS25),
            L("1.2m", 1.2e6, E, P, VISIT, YS26),
            L("more than a third", -THIRD, MT, PCT, BACKLOG + "_change", ES26 + " vs autumn 2025 (minister)"),
            L("more than half", -50, MT, PCT, HOT_CHANGE, ES26 + " vs 2023 peak (minister)"),
            V("Tens of thousands", 20000, 90000, P, SBA, "per year, currently (shadow home secretary)"),
            L("almost doubled", 2, ALM, RATIO, APPEALS + "_ratio", ES26 + " vs " + ES25 + " (shadow home secretary)"),
            L("almost half", 50, ALM, PCT, "asylum_appeals_share_allowed", "currently, 2026 (refugee charity)"),
            L("48", 48, E, P, DISP, ES26, geo=MSF),
            L("3,210", 3210, E, P, DISP, ES26, geo=WAL),
            L("5,040", 5040, E, P, DISP, ES26, geo=SCO),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
