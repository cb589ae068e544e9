#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the seventy-seventh hand-labelled hold-out set (holdout77).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, PPB, HOTELS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, PTR, RSC, RSP)

UK, SC, ENG, FR, RW = "UK", "Scotland", "England", "France", "Rwanda"
JOBS, INVESTIGATIONS, COUNCILS, TFR_UNIT = "other:jobs", "other:investigations", "other:council_areas", "other:children_per_woman"

# 01 (Wednesday 22 July 2026, 22:04 BST; Home Office annual report and accounts for 2025/26, "reveal today")
FY26 = "2025/26 (April 2025 to March 2026; last year, the 12 months to March)"
FY25 = "2024/25 (April 2024 to March 2025)"
EM26 = "end of March 2026 (31 March 2026)"
BOX = " (WHERE THE MONEY WENT box)"
SHS = "shadow home secretary"
TOLL = "Tollgate Institute"
HOSM = "Home Office spokesman"
# 02 (Thursday 27 August 2026; Home Office statistics for the year ending June 2026 "came out on Thursday")
YJ26 = "year ending June 2026 (July 2025 to June 2026)"
YJ25 = "year ending June 2025 (July 2024 to June 2025; twelve months earlier)"
KP = " (Key points box)"
VW, VS, VF = "visas_granted_work", "visas_granted_study", "visas_granted_family"
AA = "asylum_applications"
# 03 (Tuesday 14 April 2026; Fenland Growers' Association report published "on Tuesday")
C25 = "2025 (calendar year; last year)"
FGA = "Fenland Growers' Association"
SWV = "visas_granted_seasonal_worker"
ALLOC = "seasonal_worker_visa_allocation_horticulture"
SPA = "Spalding"
# 04 (Friday 6 February 2026; claim made on Sunday 1 February)
SINCE = "5 July 2024 to 1 February 2026 (since the general election)"
MP = "Conservative MP Hugo Stanmer-Pryce"
# 05 (Wednesday 11 March 2026; NAO report published "on Wednesday")
MEDP = "April 2022 to July 2024 (the life of the scheme; National Audit Office)"
# 06 (Thursday 9 July 2026; NRS mid-2025 estimates released "yesterday", 8 July)
MY25 = "year to 30 June 2025 (mid-2024 to mid-2025)"
M25 = "30 June 2025 (mid-2025 estimate)"
PK = "Perth and Kinross"
MIN = "Scottish migration minister"
OCHIL = "Ochil Institute demographer"
# 07 (Tuesday 17 November 2026; ONS estimates for 2025)
C25B = "2025 (calendar year; last year)"
EB = "emigration_british"
BRA = "british_nationals_resident_abroad"
SALTER = "Salter Centre for Mobility Studies"

ARTICLES = {
    "01-the-daily-windlass-asylum-system-cost-per-claim": dict(
        meta=dict(url="https://www.dailywindlass.example/news/article-14920371/asylum-system-cost-4-9billion-hotels-half-bill.html",
                  title="Asylum system cost taxpayers £4.9BILLION last year - that's £13.4m every day - with hotels still swallowing nearly half of the bill",
                  publisher="The Daily Windlass", author="Fergus Alderton-Quaye", published_date="2026-07-22"),
        labels=[
            L("£4.9BILLION", 4.9e9, E, GBP, AC, FY26 + " (headline)"),
            L("£13.4m", 13.4e6, E, GBP, AC, "per day, " + FY26 + " (every day; headline)"),
            L("nearly half", 50, ALM, PCT, "asylum_cost_share_hotels", FY26 + " (headline)"),
            L("£2.28bn", 2.28e9, E, GBP, AC, FY26 + " (hotel rooms; standfirst)", occ=0),
            L("more than £45,000", 45000, MT, GBP, "asylum_cost_per_claim_lodged", FY26 + " (standfirst)", occ=0),
            L("more than six times", 6, MT, RATIO, "asylum_cost_ratio", "2025/26 vs 2019/20 (before the pandemic; Conservatives; standfirst)", occ=0),
            L("£4.91billion", 4.91e9, E, GBP, AC, FY26 + " (Home Office accounts)"),
            L("more than £6million", 6e6, MT, GBP, AC, "per day, " + FY26 + " (hotels)", ctx="running at more than £6million a day"),
            L("2 per cent", -2, E, PCT, AC + "_change", "2025/26 vs 2024/25"),
            L("£5.02billion", 5.02e9, E, GBP, AC, FY25),
            L("£5.38bn", 5.38e9, E, GBP, AC, "2023/24 (April 2023 to March 2024; the record)"),
            L("more than six times", 6, MT, RATIO, "asylum_cost_ratio", "2025/26 vs 2019/20", occ=1),
            L("£739million", 739e6, E, GBP, AC, "2019/20 (April 2019 to March 2020)"),
            L("108,900", 108900, E, P, AA, FY26 + " (claims lodged in the same year)"),
            L("more than £45,000", 45000, MT, GBP, "asylum_cost_per_claim_lodged", FY26, occ=1),
            L("104,300", 104300, E, P, "asylum_support_population", EM26 + " (on state support when March ended)"),
            L("about £47,000", 47000, AP, GBP, "asylum_cost_per_person_per_year", FY26 + " (a head)"),
            L("£2.28bn", 2.28e9, E, GBP, AC, FY26 + " (hotels)" + BOX, occ=1),
            L("£1.12bn", 1.12e9, E, GBP, AC, FY26 + " (houses, flats and large sites)" + BOX),
            L("£530m", 530e6, E, GBP, AC, FY26 + " (casework and decision-making)" + BOX),
            L("£410m", 410e6, E, GBP, AC, FY26 + " (weekly cash allowances)" + BOX),
            L("£310m", 310e6, E, GBP, AC, FY26 + " (legal aid and tribunals)" + BOX),
            L("£260m", 260e6, E, GBP, AC, FY26 + " (travel, healthcare and other)" + BOX),
            L("46 per cent", 46, E, PCT, "asylum_cost_share_hotels", FY26),
            L("more than a fifth", -20, MT, PCT, HOT + "_change", EM26 + " vs end of March 2025 (over the year)"),
            L("29,500", 29500, E, P, HOT, EM26),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "per night, " + FY26 + " (officials)"),
            L("roughly £27", 27, AP, GBP, "asylum_dispersal_cost_per_person_night", "per night, " + FY26 + " (ordinary dispersal housing)"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week, July 2026 (self-catering accommodation)"),
            L("£8.86", 8.86, E, GBP, "asylum_support_weekly_allowance", "per week, July 2026 (hotels, meals provided)"),
            L("more than £6million", 6e6, MT, GBP, AC, "per day, July 2026 (hotels; " + SHS + ")", ctx="still paying more than £6million a day"),
            L("almost 42,000", 42000, ALM, P, SBA, "2025 (calendar year; reached Kent by dinghy; " + SHS + ")"),
            L("13 per cent", 13, E, PCT, SBA + "_change", "2025 vs 2024 (" + SHS + ")"),
            L("roughly trebled", 3, AP, RATIO, "asylum_cost_per_claim_ratio", "2025/26 vs a decade earlier (in a decade; " + TOLL + ")"),
            L("71,600", 71600, E, P, "asylum_backlog", "March 2026 (cases still without a first decision; " + TOLL + ")"),
            R("between £3billion and £3.5billion", 3e9, 3.5e9, GBP, AC, "per year, 2028/29 (forecast if the backlog is cleared and hotels shut; " + TOLL + ")"),
            L("£470million", -470e6, E, GBP, AC + "_change", "2025/26 vs the 2023/24 peak (" + HOSM + ")"),
            L("more than 200", 200, MT, HOTELS, "asylum_hotels_closed", "July 2024 to July 2026 (already closed; " + HOSM + ")"),
            L("£1billion", 1e9, E, GBP, "asylum_cost_saving", "per year, by 2027 (target; " + HOSM + ")"),
        ]),
    "02-wrenfield-news-home-office-quarterly-visas-asylum-returns": dict(
        meta=dict(url="https://www.wrenfieldnews.example/news/uk-70418826",
                  title="Work visas fall for third year as family route and returns climb",
                  publisher="Wrenfield News", author="Tamsin Okereke-Hale", published_date="2026-08-27"),
        labels=[
            L("96,700", 96700, E, P, VW, YJ26 + " (main applicants)" + KP, occ=0),
            L("31%", -31, E, PCT, VW + "_change", YJ26 + " vs " + YJ25 + " (main applicants)" + KP),
            L("402,100", 402100, E, P, VS, YJ26 + " (sponsored study, main applicants)" + KP, occ=0),
            L("4%", 4, E, PCT, VS + "_change", YJ26 + " vs " + YJ25 + KP),
            L("71,800", 71800, E, P, VF, YJ26 + KP, occ=0),
            L("18%", 18, E, PCT, VF + "_change", YJ26 + " vs " + YJ25 + KP, occ=0),
            L("103,500", 103500, E, P, AA, YJ26 + " (people claiming asylum)" + KP, occ=0),
            L("7%", -7, E, PCT, AA + "_change", YJ26 + " vs " + YJ25 + KP),
            L("37,900", 37900, E, P, "returns", YJ26 + " (the most since 2015)" + KP, occ=0),
            L("96,700", 96700, E, P, VW, YJ26 + " (main applicants on work routes)", occ=1),
            L("140,100", 140100, E, P, VW, YJ25 + " (main applicants)"),
            L("9,800", 9800, E, P, "visas_granted_health_care_worker", YJ26 + " (main applicants)"),
            L("27,300", 27300, E, P, "visas_granted_health_care_worker", YJ25 + " (main applicants)"),
            L("168,400", 168400, E, P, VW + "_including_dependants", YJ26 + " (including family members)"),
            L("less than half", 0.5, LT, RATIO, VW + "_including_dependants_ratio", YJ26 + " vs the 2023 peak"),
            L("402,100", 402100, E, P, VS, YJ26 + " (sponsored study, main applicants)", occ=1),
            L("Nearly four in ten", 40, ALM, PCT, "visas_granted_study_share_china_india", YJ26 + " (Indian and Chinese nationals)"),
            L("14,900", 14900, E, P, "visas_granted_study_dependants", YJ26),
            L("a tenth", 0.1, E, RATIO, "visas_granted_study_dependants_ratio", YJ26 + " vs 2023 (a tenth of the 2023 level)"),
            L("18%", 18, E, PCT, VF + "_change", YJ26 + " vs " + YJ25, occ=1),
            L("71,800", 71800, E, P, VF, YJ26, occ=1),
            L("103,500", 103500, E, P, AA, YJ26 + " (asylum claims, main applicants)", occ=1),
            L("131,000", 131000, E, P, AA, YJ26 + " (people, once dependants are counted)"),
            L("About 38%", 38, AP, PCT, AA + "_share_small_boat_arrivals", YJ26 + " (claimants who had arrived by small boat)"),
            L("67,200", 67200, E, P, "asylum_backlog", "end of June 2026 (cases yet to receive a first decision)"),
            L("51,700", -51700, E, P, "asylum_backlog_change", "end of June 2026 vs end of June 2024 (two years earlier; 51,700 lower)"),
            L("37,900", 37900, E, P, "returns", YJ26 + " (returned from the UK)", occ=1),
            L("12%", 12, E, PCT, "returns_change", YJ26 + " vs " + YJ25),
            L("10,400", 10400, E, P, "returns", YJ26 + " (enforced returns)"),
            L("21%", 21, E, PCT, "returns_change", YJ26 + " vs " + YJ25 + " (enforced returns)"),
            L("almost three-quarters", 75, ALM, PCT, "returns_share_voluntary", YJ26 + " (voluntary departures)"),
            L("5,600", 5600, E, P, "returns", YJ26 + " (foreign national offenders)"),
            V("tens of thousands", 20000, 90000, P, SBA, "August 2026 (still crossing the Channel; " + SHS + ")"),
        ]),
    "03-the-crowland-cresset-pa-migrant-workers-farms-food-processing": dict(
        meta=dict(url="https://www.crowlandcresset.example/news/national/seasonal-worker-visas-up-8-growers-warn-crops-left-to-rot-5519270",
                  title="Seasonal worker visas up 8% as growers warn crops are being left to rot",
                  publisher="The Crowland Cresset", author="Ewan Pritchard-Mbeki", published_date="2026-04-14"),
        labels=[
            L("8%", 8, E, PCT, SWV + "_change", "2025 vs 2024 (headline)", occ=0),
            L("37,400", 37400, E, P, SWV, C25 + " (" + FGA + ")"),
            L("8%", 8, E, PCT, SWV + "_change", "2025 vs 2024 (on the year before; " + FGA + ")", occ=1),
            L("Almost 30%", 30, ALM, PCT, "growers_share_left_crops_unharvested", C25 + " (growers answering the " + FGA + " survey)"),
            L("around £62 million", 62e6, AP, GBP, "crops_wasted_value", C25 + " (losses from unpicked produce; " + FGA + " survey)"),
            L("41,000", 41000, E, P, ALLOC, "2026 (calendar year; Government allocation)"),
            L("2,000", 2000, E, P, "seasonal_worker_visa_allocation_poultry", "2026 (calendar year; a further)"),
            L("43,000", 43000, E, P, ALLOC, "2025 (last year)"),
            L("55,000", 55000, E, P, ALLOC, "proposed (the number the " + FGA + " wants)"),
            L("Nearly six in ten", 60, ALM, PCT, SWV + "_share_central_asia", C25 + " (Kyrgyzstan, Uzbekistan or Tajikistan)"),
            L("one in 20", 5, E, PCT, SWV + "_share_central_asia", "2021 (calendar year)"),
            L("roughly halved", -50, AP, PCT, "agricultural_workers_eu_born_change", "2025 vs 2019 (since 2019; " + FGA + " report estimate)"),
            L("around 27,000", 27000, AP, P, "agricultural_workers_eu_born", "2025 (now; " + FGA + " report estimate)"),
            L("455,000", 455000, E, P, "food_drink_manufacturing_workforce", "2025 (an estimated; Labour Force Survey analysis)"),
            L("about a third", THIRD, AP, PCT, "food_drink_manufacturing_workforce_share_born_abroad", "2025 (Labour Force Survey analysis)"),
            L("an eighth", 12.5, E, PCT, "vegetable_production_share_of_england", "2026 (" + FGA + ")", geo="Lincolnshire"),
            L("Around 14,800", 14800, AP, P, "food_processing_workforce", "April 2026 (now)", geo="South Holland and Boston"),
            L("25.8%", 25.8, E, PCT, "population_share_born_abroad", "March 2021 (2021 census)", geo="Boston"),
            L("1,240", 1240, E, P, "packhouse_workforce_eu_nationals", "April 2026 (one packhouse; settled or pre-settled status)", geo=SPA),
            L("1,900", 1900, E, P, "packhouse_workforce", "April 2026 (one packhouse)", geo=SPA),
            L("a third", -THIRD, E, PCT, "packhouse_applications_eu_recruits_change", "2026 vs 2025 (on last year; one packhouse)",
              ctx="down by a third on last year", geo=SPA),
            L("300", 300, E, JOBS, "picking_jobs_advertised_locally", "summer 2025 (last summer; " + FGA + " chairman)", geo="Lincolnshire"),
            L("11", 11, E, P, "picking_job_applicants_local", "summer 2025 (last summer; " + FGA + " chairman)", ctx="we had 11 applicants", geo="Lincolnshire"),
            L("96", 96, E, INVESTIGATIONS, "gangmasters_labour_exploitation_investigations",
              C25 + " (agriculture and food processing; Gangmasters and Labour Abuse Authority)"),
            L("20%", 20, E, PCT, "gangmasters_labour_exploitation_investigations_change", "2025 vs 2024 (Gangmasters and Labour Abuse Authority)"),
        ]),
    "04-checkpost-small-boat-arrivals-since-election-claim": dict(
        meta=dict(url="https://checkpost.example/immigration/70000-channel-crossings-since-election/",
                  title="Have 70,000 people crossed the Channel since the general election?",
                  publisher="Checkpost", author="Oluwaseun Hartigan-Bell", published_date="2026-02-06"),
        labels=[
            L("70,000", 70000, E, P, SBA, SINCE + " (the claim; headline)", ctx="Have 70,000 people"),
            L("More than 70,000", 70000, MT, P, SBA, SINCE + " (claimed by " + MP + "; What was claimed)", occ=0),
            L("doubled", 2, E, RATIO, SBA + "_ratio", "2025 vs 2024 (claimed by " + MP + "; What was claimed)", occ=0),
            L("64,870", 64870, E, P, SBA, SINCE + " (Checkpost count of Home Office data; Our verdict)", occ=0),
            L("about 5,100", 5100, AP, P, SBA + "_shortfall_against_claim", SINCE + " (short of the claim; Our verdict)"),
            L("More than 70,000", 70000, MT, P, SBA, SINCE + " (" + MP + ", on air on 1 February)", occ=1),
            L("doubled", 2, E, RATIO, SBA + "_ratio", "2025 vs 2024 (" + MP + ", on air)", occ=1),
            L("22,140", 22140, E, P, SBA, "5 July to 31 December 2024"),
            L("41,472", 41472, E, P, SBA, "2025 (calendar year)", occ=0),
            L("1,258", 1258, E, P, SBA, "1 January to 1 February 2026 (so far this year)"),
            L("64,870", 64870, E, P, SBA, SINCE, occ=1),
            L("41,472", 41472, E, P, SBA, "2025 (calendar year)", occ=1),
            L("13%", 13, E, PCT, SBA + "_change", "2025 vs 2024"),
            L("36,816", 36816, E, P, SBA, "2024 (calendar year)"),
            L("45,774", 45774, E, P, SBA, "2022 (calendar year; the highest year)"),
            L("64,870", 64870, E, P, SBA, SINCE + " (the 19 months after polling day)", occ=2),
            L("48,970", 48970, E, P, SBA, "December 2022 to 4 July 2024 (the 19 months before the election)"),
            L("about a third", THIRD, AP, PCT, SBA + "_change", "19 months after vs 19 months before the 4 July 2024 election"),
            L("680", 680, E, BOATS, SBC, "2025 (calendar year)"),
            L("695", 695, E, BOATS, SBC, "2024 (calendar year)"),
            L("61", 61, E, PPB, "small_boat_occupancy", "2025 (calendar year; average)", ctx="average of 61 people"),
            L("53", 53, E, PPB, "small_boat_occupancy", "2024 (calendar year; average)", ctx="against 53."),
            L("About 14%", 14, AP, PCT, SBA + "_share_children", "2025 (recorded as under 18)"),
            L("281", 281, E, P, "returns", "August 2025 to 31 January 2026 (UK-France pilot returns agreement; Home Office)", geo=FR),
            L("19,600", 19600, E, P, SBA, "August 2025 to 31 January 2026 (after the pilot started)"),
            L("roughly one in 70", 100 / 70, AP, PCT, "returns_share_of_small_boat_arrivals",
              "August 2025 to 31 January 2026 (returned under the pilot)", geo=FR),
        ]),
    "05-the-daily-gimbal-rwanda-scheme-nao-spending": dict(
        meta=dict(url="https://www.dailygimbal.example/politics/2026/03/11/rwanda-scheme-cost-741m-four-people-national-audit-office/",
                  title="Rwanda scheme cost £741m and sent just four people, watchdog finds",
                  publisher="The Daily Gimbal", author="Alistair Penhallow-Nwosu", published_date="2026-03-11"),
        labels=[
            L("£741m", 741e6, E, GBP, RSC, MEDP + " (headline)"),
            L("four", 4, E, P, "rwanda_relocations", MEDP + " (headline)", ctx="sent just four people"),
            L("more than £185m", 185e6, MT, GBP, "rwanda_scheme_cost_per_relocation", MEDP + " (standfirst)"),
            L("£120m", 120e6, E, GBP, "rwanda_scheme_cancellation_saving", "July 2024 to July 2027 (future payments avoided; standfirst)"),
            L("£741 million", 741e6, E, GBP, RSC, MEDP, occ=0),
            L("four", 4, E, P, "rwanda_relocations", MEDP + " (all volunteers)", ctx="just four people ever"),
            L("£290 million", 290e6, E, GBP, PTR, MEDP + " (paid directly to the Rwandan government)"),
            L("a little under two-fifths", 40, ALM, PCT, PTR + "_share_of_scheme_cost", MEDP),
            L("£451 million", 451e6, E, GBP, RSC, MEDP + " (spent in Britain)"),
            L("£95 million", 95e6, E, GBP, RSC, MEDP + " (detaining and escorting people earmarked for removal)"),
            L("£48 million", 48e6, E, GBP, RSC, MEDP + " (chartered aircraft)"),
            L("£67 million", 67e6, E, GBP, RSC, MEDP + " (Home Office staff)"),
            L("some £241 million", 241e6, AP, GBP, RSC, MEDP + " (legal costs, IT and accommodation in Kigali)"),
            L("more than £185 million", 185e6, MT, GBP, "rwanda_scheme_cost_per_relocation", MEDP),
            L("four", 4, E, P, "rwanda_relocations", MEDP + " (the four who went)", ctx="The four who went"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "2024 (each, under the voluntary scheme)"),
            L("£541 million", 541e6, E, GBP, RSP, "March 2024 NAO estimate (to relocate the first 300 people)"),
            L("300", 300, E, P, "rwanda_relocations_planned", "March 2024 NAO estimate (the first 300 people)"),
            L("about £1.8 million", 1.8e6, AP, GBP, "rwanda_scheme_planned_cost_per_relocation", "March 2024 NAO estimate (a head)"),
            L("2,145", 2145, E, P, "immigration_detentions_rwanda", "2024 (calendar year; in readiness for flights to Kigali)"),
            L("Some 87%", 87, AP, PCT, "rwanda_detainees_share_released_on_bail", "2024 (87% of these)"),
            L("4,520", 4520, E, P, "rwanda_removal_candidates_identified", "2024 (identified for possible removal)"),
            L("3,010", 3010, E, P, "rwanda_removal_candidates_lost_contact", "2024 to 2026 (officials lost contact)"),
            L("two in three", 200 / 3, E, PCT, "rwanda_removal_candidates_share_lost_contact", "2024 to 2026"),
            L("£120 million", 120e6, E, GBP, "rwanda_scheme_cancellation_saving", "July 2024 to July 2027 (over the following three years; National Audit Office)"),
            L("200", 200, E, P, "rwanda_accommodation_capacity", "2024 (hostel in Kigali made ready for the first arrivals)", geo=RW),
            L("£741 million", 741e6, E, GBP, RSC, MEDP + " (chair of the Public Accounts Committee)", occ=1),
            L("around 15,000", 15000, AP, P, "caseworkers_affordable_with_rwanda_cost", "for a year (chair of the Public Accounts Committee)"),
            L("more than 40 per cent", 40, MT, PCT, SBA + "_change",
              "July 2024 to June 2025 vs the 12 months before (the 12 months after the scheme was cancelled; " + SHS + ")"),
            L("three quarters of a billion pounds", 750e6, E, GBP, RSC, MEDP + " (Home Office spokesman)"),
            L("four", 4, E, P, "rwanda_relocations", MEDP + " (four volunteers; Home Office spokesman)", ctx="send four volunteers"),
            L("more than 50,000", 50000, MT, P, "returns", "5 July 2024 to March 2026 (since July 2024; removed or returned; Home Office spokesman)"),
        ]),
    "06-the-strathearn-spyglass-scotland-population-rest-of-uk-migration": dict(
        meta=dict(url="https://www.strathearnspyglass.example/news/scotland/scotlands-population-record-high-rest-of-uk-migration-4810392",
                  title="Scotland's population reaches record high as newcomers from south of the border make up for falling births",
                  publisher="The Strathearn Spyglass", author="Morag Baillie-Nkemelu", published_date="2026-07-09"),
        labels=[
            L("0.7%", 0.7, E, PCT, "population_change", MY25 + " (last year; caption)", occ=0, geo=PK),
            L("5,574,600", 5574600, E, P, "population", M25 + " (more than ever before; National Records of Scotland)", geo=SC),
            L("27,700", 27700, E, P, "population_growth", MY25, geo=SC),
            L("0.5%", 0.5, E, PCT, "population_change", MY25, geo=SC),
            L("16,800", -16800, E, P, "population_natural_change", MY25 + " (deaths outnumbered births)", geo=SC),
            L("45,300", 45300, E, P, "births", MY25 + " (the fewest since 1855)", geo=SC),
            L("62,100", 62100, E, P, "deaths", MY25, geo=SC),
            L("44,500", 44500, E, P, NM, MY25 + " (a net; overseas and the rest of the UK)", geo=SC),
            L("30,900", 30900, E, P, "net_migration_overseas", MY25, geo=SC),
            L("13,600", 13600, E, P, "net_migration_rest_of_uk", MY25 + " (from elsewhere in the UK)", geo=SC),
            L("48,200", 48200, E, P, "internal_migration_inflow", MY25 + " (from England, Wales and Northern Ireland)", geo=SC),
            L("34,600", 34600, E, P, "internal_migration_outflow", MY25 + " (to the rest of the UK)", geo=SC),
            L("9%", 9, E, PCT, "net_migration_rest_of_uk_change", MY25 + " vs the year before (a year earlier)", geo=SC),
            L("nearly three times", 3, ALM, RATIO, "net_migration_rest_of_uk_ratio", MY25 + " vs a decade ago", geo=SC),
            L("about two in five", 40, AP, PCT, "internal_migration_inflow_share_aged_20_34", MY25 + " (in their twenties and early thirties)", geo=SC),
            L("0.7%", 0.7, E, PCT, "population_change", MY25, occ=1, geo=PK),
            L("155,100", 155100, E, P, "population", M25, geo=PK),
            L("1,060", 1060, E, P, "net_migration_rest_of_uk", MY25 + " (gained from elsewhere in the UK)", geo=PK),
            L("640", 640, E, P, "net_migration_overseas", MY25 + " (gained from overseas)", geo=PK),
            L("620", -620, E, P, "population_natural_change", MY25 + " (620 more deaths than births)", geo=PK),
            L("More than a quarter", 25, MT, PCT, "population_share_aged_65_and_over", M25 + " (passed their 65th birthday)", geo=PK),
            L("a fifth", 20, E, PCT, "population_share_aged_65_and_over", M25, geo=SC),
            L("1.1m", 1.1e6, E, P, "population_aged_65_and_over", M25, geo=SC),
            L("26", 26, E, COUNCILS, "council_areas_population_growth", MY25 + " (of 32 council areas)", ctx="26 grew", geo=SC),
            L("1.6%", 1.6, E, PCT, "population_change", MY25 + " (the quickest)", geo="Midlothian"),
            L("six", 6, E, COUNCILS, "council_areas_population_decline", MY25, ctx="the six whose", geo=SC),
            L("1.25", 1.25, E, TFR_UNIT, "total_fertility_rate", "latest year (" + MIN + ")", geo=SC),
            R("16,000 or 17,000", -17000, -16000, P, "population_natural_change", "per year (without those who move here; " + MIN + ")", geo=SC),
            L("about £231,000", 231000, AP, GBP, "house_price_average", "July 2026 (" + OCHIL + ")", geo=PK),
            L("roughly £290,000", 290000, AP, GBP, "house_price_average", "July 2026 (" + OCHIL + ")", geo=UK),
            L("Around a third", THIRD, AP, PCT, "internal_migration_inflow_share_leaving_within_five_years",
              "recent years (movers from the rest of the UK; " + OCHIL + ")", geo=SC),
            L("about 5.6 million", 5.6e6, AP, P, "population_projection", "early 2040s (the projected peak; National Records of Scotland)", geo=SC),
        ]),
    "07-the-tessellate-long-read-emigration-returning-britons": dict(
        meta=dict(url="https://www.thetessellate.example/news/2026/nov/17/leaving-britain-emigration-returning-britons-long-read",
                  title="Leaving Britain: why more of us are going, and why so many come back",
                  publisher="The Tessellate", author="Jonah Featherstone-Achterberg", published_date="2026-11-17"),
        labels=[
            L("Around 94,000", 94000, AP, P, EB, C25B + " (standfirst)"),
            L("around 94,000", 94000, AP, P, EB, C25B + " (Office for National Statistics)"),
            L("15%", 15, E, PCT, EB + "_change", "2025 vs 2024"),
            L("82,000", 82000, E, P, EB, "2024 (calendar year)"),
            L("36,000", 36000, E, P, "immigration_british", C25B + " (came back to live here)"),
            L("more than two and a half", 2.5, MT, RATIO, "emigration_british_to_immigration_british_ratio", C25B + " (left for every Briton who returned)"),
            L("58,000", -58000, E, P, "net_migration_british_nationals", C25B + " (net loss; the largest recorded)"),
            L("646,000", 646000, E, P, "emigration", C25B + " (all nationalities)"),
            L("some 68,000", 68000, AP, P, "emigration_change", "2025 vs 2024 (68,000 higher)"),
            L("Roughly one in seven", 100 / 7, AP, PCT, "emigration_share_british", C25B + " (held a British passport)"),
            L("about 60%", 60, AP, PCT, "emigration_british_share_under_35", C25B),
            L("19,000", 19000, E, P, EB + "_revision", "2023 (calendar year; revised up this spring)"),
            L("about 5.5 million", 5.5e6, AP, P, BRA, "2026 (the most widely quoted estimate)", geo="Outside the UK"),
            L("one in 12", 100 / 12, E, PCT, BRA + "_share_of_british_citizens", "2026 (the most widely quoted estimate)"),
            L("287,000", 287000, E, P, BRA, "start of 2026 (held Spanish residence documents)", geo="Spain"),
            L("a tenth", -10, E, PCT, BRA + "_change", "start of 2026 vs end of 2020 (since the end of the Brexit transition period)", geo="Spain"),
            L("doubled", 2, E, RATIO, BRA + "_ratio", "2026 vs 2016 (in a decade; Foreign Office)", geo="United Arab Emirates"),
            L("about 240,000", 240000, AP, P, BRA, "2026 (Foreign Office)", geo="United Arab Emirates"),
            L("678,000", 678000, E, P, "uk_born_population_abroad", "2026 (residents born in the UK)", geo="United States"),
            L("1.06 million", 1.06e6, E, P, "state_pensioners_abroad", "2026 (Department for Work and Pensions)", geo="Outside the UK"),
            L("About 453,000", 453000, AP, P, "state_pensioners_abroad_frozen", "2026 (mainly in Canada, Australia and New Zealand)", geo="Outside the UK"),
            L("1,400", 1400, E, P, "emigrant_cohort_study_sample", "2016 cohort (emigrated from the UK in 2016; " + SALTER + ")"),
            L("nearly half", 50, ALM, PCT, "emigrant_cohort_share_returned", "2016 cohort, by 2025 (by last year; " + SALTER + ")"),
            L("58%", 58, E, PCT, "emigrant_cohort_share_returned_left_in_twenties", "2016 cohort, by 2025 (" + SALTER + ")"),
            L("2,300", 2300, E, P, "returning_britons_helped_by_charity", "year to September 2026 (Landfall Returners' Trust)"),
            L("a fifth", 20, E, PCT, "returning_britons_helped_by_charity_change", "year to September 2026 vs the previous year (Landfall Returners' Trust)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
