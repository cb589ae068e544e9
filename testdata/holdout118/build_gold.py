#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-eighteenth hand-labelled hold-out set (holdout118).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, HOTELS, THIRD, E, AP, MT, LT, AM, ALM,
                        SBA, NM, EW, PTR, RSC, RSP)

UK, ENG, WAL, SCO = "UK", "England", "Wales", "Scotland"
HOUSEHOLDS, WEEKS, DAYS = "other:households", "other:weeks", "other:days"
AREAS, LICENCES, FLIGHTS = "other:council_areas", "other:licences", "other:flights"

# 01 (Tuesday 21 July 2026; the Home Office's final accounting of the Rwanda scheme, sent to the Public Accounts
#     Committee "on Monday", 20 July 2026; the scheme ran from the deal's signing in April 2022 to July 2024)
RW = "April 2022 to July 2024 (the scheme's whole life; final accounting sent to the Public Accounts Committee, Monday 20 July 2026"
HS1 = "Home Secretary"
# 02 (Friday 12 June 2026; Ministry of Justice tribunal statistics "released on Thursday", 11 June, for January to March 2026)
TOUT = "tribunal_appeals_outstanding_immigration_asylum"
TLOD, TDIS = "tribunal_appeals_lodged_immigration_asylum", "tribunal_appeals_disposed_immigration_asylum"
M26 = "31 March 2026 (end of March; Ministry of Justice tribunal statistics released Thursday 11 June 2026"
Q126 = "January to March 2026 (the first quarter; Ministry of Justice tribunal statistics"
BIA = "asylum_backlog_including_appeals"
# 03 (Wednesday 29 July 2026; ONS mid-2025 population estimates for England and Wales)
MID25 = "mid-2025 (30 June 2025; ONS mid-year population estimates for England and Wales, 29 July 2026"
YM25 = "July 2024 to June 2025 (the year to June 2025; ONS mid-year estimates"
YM24 = "July 2023 to June 2024 (the previous 12 months; ONS"
NMI = "net_migration_international"
# 04 (Friday 27 November 2026; Home Office quarterly statistics "revealed yesterday", Thursday 26 November, stocks at 30 September)
S26 = "30 September 2026 (end of September; Home Office quarterly statistics released Thursday 26 November 2026"
S25 = "30 September 2025 (a year earlier"
Y4 = "30 September 2025 to 30 September 2026 (in a year"
CRB, WTH = "Crowborough", "Wethersfield"
LSP = "large_site_population"
# 05 (Monday 2 March 2026; a paper for Glasgow City Council's city administration committee, Thursday 26 February 2026)
RH = "refugees_homeless_after_leaving_asylum_support"
GY25 = "January to December 2025 (last year; Glasgow City Council paper for the city administration committee, Thursday 26 February 2026"
GLA = "Glasgow"
CONV = "Glasgow City Council convener for housing"
GWN = "Govanhill Open Door Network"
# 06 (Tuesday 26 May 2026; Home Office statistics "published last Thursday", 21 May 2026, for the year to March 2026)
VSW = "visas_granted_skilled_worker"
YQ26 = "April 2025 to March 2026 (the year to March; Home Office statistics published Thursday 21 May 2026"
YQ25 = "April 2024 to March 2025 (a year earlier"
THR = "skilled_worker_salary_threshold"
# 07 (Saturday 5 September 2026; a Vietnam charter "on Thursday", 3 September; Home Office figures "published last week",
#     Thursday 27 August 2026, for the year to June 2026)
YJ26 = "July 2025 to June 2026 (the year to June; Home Office figures published Thursday 27 August 2026"
YJ25 = "July 2024 to June 2025 (a year earlier"
FL3 = "Thursday 3 September 2026 (the charter from Stansted to Hanoi"
YTD7 = "1 January to 3 September 2026 (so far this year"
VN, AL_ = "Vietnam", "Albania"
MIN7 = "border security minister"

ARTICLES = {
    "01-daily-clatter-rwanda-scheme-final-cost": dict(
        meta=dict(url="https://www.dailyclatter.example/news/politics/tory-rwanda-flop-final-bill-749million-36152847",
                  title="Tory Rwanda flop's final bill hits £749MILLION - for just FOUR volunteers",
                  publisher="Daily Clatter", author="Delphine Aukett-Marwood", published_date="2026-07-21"),
        labels=[
            L("£749MILLION", 749e6, E, GBP, RSC, RW + "; headline)"),
            L("FOUR", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers; headline)"),
            L("more than £187million", 187e6, MT, GBP, "rwanda_scheme_cost_per_relocation", RW + "; for every person who flew to Kigali; standfirst)"),
            L("£749million", 749e6, E, GBP, RSC, RW + ")"),
            L("£34million", 34e6, E, GBP, "rwanda_scheme_cost_revision", "April 2022 to July 2024 (the final bill revised up from the figure published in 2024)"),
            L("£715million", 715e6, E, GBP, RSC, "April 2022 to July 2024 (the figure published in 2024)"),
            L("almost 5%", 5, ALM, PCT, "rwanda_scheme_cost_revision", "April 2022 to July 2024 (the final bill against the 2024 figure; a rise of)"),
            L("Four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (people flown to Rwanda, all volunteers)"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "April 2022 to July 2024 (handed to each volunteer; a policy rate)"),
            L("£290million", 290e6, E, GBP, PTR, "April 2022 to July 2024 (pocketed by Rwanda's government)"),
            L("nearly two-fifths", 40, ALM, PCT, "payment_to_rwanda_share_of_scheme_cost", "April 2022 to July 2024 (of the entire cost)"),
            L("£226million", 226e6, E, GBP, "rwanda_scheme_cost_staff_it_programme", RW + "; staff, IT and 'programme costs')"),
            L("£118million", 118e6, E, GBP, "rwanda_scheme_cost_detention", RW + "; detaining people it hoped to put on planes)"),
            L("£63million", 63e6, E, GBP, "rwanda_scheme_cost_legal", RW + "; legal fees)"),
            L("£52million", 52e6, E, GBP, "rwanda_scheme_cost_flights", RW + "; charter flights that never took off)"),
            L("almost £1million", 1e6, ALM, GBP, RSC, "per day, April 2022 to July 2024 (spread across the 27 months)"),
            L("5,700", 5700, E, P, "rwanda_removal_candidates_identified", "2024 (at the scheme's peak, earmarked for removal)"),
            L("fewer than two in five", 40, LT, PCT, "rwanda_removal_candidates_share_located", "2024 (of those earmarked, the share officials could locate)"),
            L("100", 100, E, P, "rwanda_accommodation_capacity", "2022 to 2024 (a hostel in Kigali; room for)", geo="Rwanda"),
            L("£50million", 50e6, E, GBP, "payment_to_rwanda_due_not_made", "2025 and 2026 (each of two further instalments, cancelled after the general election)"),
            L("£541million", 541e6, E, GBP, RSP, "the scheme's life (National Audit Office estimate, March 2024, even if only 300 people were sent)"),
            L("300", 300, E, P, "rwanda_relocations_planned", "the scheme's life (the National Audit Office's scenario, March 2024)"),
            L("Three-quarters of a billion pounds", 750e6, E, GBP, RSC, "April 2022 to July 2024 (" + HS1 + ")"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers on a plane to Rwanda; " + HS1 + ")", ctx="get four volunteers"),
            L("almost 18,000", 18000, ALM, P, "caseworkers_affordable_with_rwanda_cost", "for a year (asylum caseworkers the same money would have paid for; " + HS1 + ")"),
            L("71,400", 71400, E, P, "returns", "5 July 2024 to July 2026 (people without permission to remain returned; " + HS1 + ")"),
            L("23%", 23, E, PCT, "returns_change", "5 July 2024 to July 2026 vs the two years before (enforced returns; " + HS1 + ")"),
            L("more than 80,000", 80000, MT, P, SBA, "July 2024 to July 2026 (since Labour scrapped the scheme; shadow home secretary)"),
            L("84,610", 84610, E, P, SBA, "April 2022 to July 2024 (between the signing of the deal and its cancellation; Home Office data)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (the four who went)", ctx="the four who went"),
            L("fewer than one in 20,000", 0.005, LT, PCT, "rwanda_relocations_share_of_small_boat_arrivals", "April 2022 to July 2024 (of small-boat arrivals while the deal stood)"),
            L("more than 21,000", 21000, MT, P, "nurses_affordable_with_rwanda_cost", "for a year (salaries of newly qualified nurses the final total would have covered; Ward Watch)"),
        ]),
    "02-the-sidebar-immigration-tribunal-appeals-backlog": dict(
        meta=dict(url="https://www.thesidebar.example/news/politics/asylum-backlog-moved-tribunals-appeals-3741208",
                  title="The asylum backlog hasn't vanished - it has moved to the tribunals",
                  publisher="The Sidebar", author="Tobiah Wrenshaw-Adewumi", published_date="2026-06-12"),
        labels=[
            L("more than half", 50, MT, PCT, TOUT + "_change", "31 March 2026 vs 31 March 2025 (appeals waiting to be heard, grown in a year; standfirst)", ctx="grown by more than half"),
            V("tens of thousands", 20000, 90000, P, "asylum_backlog_appeals", "June 2026 (people left in limbo; standfirst)"),
            L("78,400", 78400, E, P, TOUT, M26 + "; the immigration and asylum chamber of the First-tier Tribunal)"),
            L("51,100", 51100, E, P, TOUT, "31 March 2025 (twelve months earlier)"),
            L("53%", 53, E, PCT, TOUT + "_change", "31 March 2026 vs 31 March 2025 (the queue is up)"),
            L("Around four in five", 80, AP, PCT, TOUT + "_share_asylum", M26 + "; of the outstanding cases)"),
            L("62,900", 62900, E, P, "asylum_backlog_appeals", M26 + "; asylum appeals outstanding)"),
            L("more than 110,000", 110000, MT, P, "asylum_initial_decisions", "January to December 2025 (last year; initial asylum decisions by the Home Office)"),
            L("more than half", 50, MT, PCT, "asylum_refusals_share_initial_decisions", "January to December 2025 (of initial decisions, refused)", ctx="refused more than half"),
            L("21,700", 21700, E, P, TLOD, Q126 + "; new appeals lodged)"),
            L("nearly double", 2, ALM, RATIO, TLOD + "_ratio", "January to March, 2026 vs 2025 (appeals lodged against the first quarter of 2025)"),
            L("11,300", 11300, E, P, TLOD, "January to March 2025 (the first quarter of 2025)"),
            L("9,850", 9850, E, P, TDIS, Q126 + "; cases disposed of)"),
            L("less than half", 0.5, LT, RATIO, TDIS + "_ratio", "January to March 2026 (disposals against the number coming in)"),
            L("roughly 900", 900, AP, P, TOUT + "_change", "per week, January to March 2026 (the backlog still swelling, on that arithmetic)"),
            L("54 weeks", 54, E, WEEKS, "asylum_appeal_wait_average", Q126 + "; from lodging to a ruling)"),
            L("38 weeks", 38, E, WEEKS, "asylum_appeal_wait_average", "January to March 2025 (a year ago)"),
            L("One in four", 25, E, PCT, "asylum_appeal_share_waited_over_18_months", Q126 + "; appellants whose cases were decided in the quarter)"),
            L("some 33,600", 33600, AP, P, "asylum_support_population_awaiting_appeal", M26 + "; appellants receiving asylum support)"),
            L("more than a third", THIRD, MT, PCT, "asylum_support_population_share_awaiting_appeal", M26 + "; of all those supported)"),
            L("97,200", 97200, E, P, "asylum_support_population", M26 + "; supported in total)"),
            L("about £570m", 570e6, AP, GBP, "asylum_support_cost_appellants", "per year, 2026 (housing and supporting appellants; The Sidebar's calculation from Home Office average support costs)"),
            L("46%", 46, E, PCT, "asylum_appeals_share_allowed", Q126 + "; asylum appeals that reached a ruling, allowed)"),
            L("nearly half", 50, ALM, PCT, "asylum_appeals_share_allowed", "2026 (refusals overturned; barrister, Coldharbour Chambers)"),
            L("41,900", 41900, E, P, "asylum_backlog", "2026 (claims awaiting a first decision, the latest figure; Home Office)"),
            L("about three-quarters", -75, AP, PCT, "asylum_backlog_change", "2023 peak to 2026 (below its 2023 peak; Home Office)"),
            L("104,800", 104800, E, P, BIA, "2026 (waiting on either a caseworker or a judge; first decisions plus asylum appeals)"),
            L("some 27,000", -27000, AP, P, BIA + "_change", "2026 vs a year earlier (fewer than a year ago)"),
            L("under a third", THIRD, LT, PCT, BIA + "_share_tribunal", "2025 (a year ago; the share sitting with the tribunal)"),
            L("three in five", 60, E, PCT, BIA + "_share_tribunal", "2026 (now; the share sitting with the tribunal)"),
            L("42,000", 42000, E, DAYS, "tribunal_sitting_days", "2026/27 (funded by the Ministry of Justice for the chamber)"),
            L("33,500", 33500, E, DAYS, "tribunal_sitting_days", "2025/26"),
            L("a quarter", 25, E, PCT, "tribunal_sitting_days_change", "2026/27 vs 2025/26 (an increase of)", ctx="an increase of a quarter"),
            L("96", 96, E, P, "tribunal_judges_recruited", "summer 2025 to June 2026 (judges recruited since last summer)"),
            L("more than 100", 100, MT, P, "tribunal_judges_target", "by December 2026 (new judges in post by the end of the year; Ministry of Justice spokesperson)"),
        ]),
    "03-carrier-wave-ons-mid-year-population-england-wales": dict(
        meta=dict(url="https://www.carrierwave.example/news/articles/population-england-wales-mid-2025-ons-cw7r2n5k8d1o",
                  title="Slower migration brings sharp slowdown in population growth for England and Wales",
                  publisher="Carrier Wave", author="Harriet Okwuosa-Brisley", published_date="2026-07-29"),
        labels=[
            L("452,600", 452600, E, P, "population_growth", YM25 + "; residents gained)", geo=EW),
            L("62,271,300", 62271300, E, P, "population", MID25 + ")", geo=EW),
            L("0.7%", 0.7, E, PCT, "population_change", YM25 + ")", ctx="a rise of 0.7%", geo=EW),
            L("1.2%", 1.2, E, PCT, "population_change", YM24 + ")", geo=EW),
            L("438,100", 438100, E, P, NMI, YM25 + ")", geo=EW),
            L("690,100", 690100, E, P, NMI, YM24 + "; the year before)", geo=EW),
            L("252,000", -252000, E, P, NMI + "_change", "year to June 2025 vs year to June 2024 (lower)", geo=EW),
            L("more than a third", -THIRD, MT, PCT, NMI + "_change", "year to June 2025 vs year to June 2024 (a drop of)", geo=EW),
            L("19,200", 19200, E, P, "population_natural_change", YM25 + "; natural change contributed)", geo=EW),
            L("594,500", 594500, E, P, "births", YM25 + ")", geo=EW),
            L("575,300", 575300, E, P, "deaths", YM25 + ")", geo=EW),
            L("nearly 23 times", 23, ALM, RATIO, NMI + "_ratio", YM25 + "; migration from abroad against the excess of births over deaths)", geo=EW),
            L("4,700", -4700, E, P, "internal_migration_net", YM25 + "; moves within the UK, to Scotland and Northern Ireland, took away)", geo=EW),
            L("6,700", 6700, E, P, "population_revision", "mid-2024 (30 June 2024; revised up; ONS)", geo=EW),
            L("61,818,700", 61818700, E, P, "population", "mid-2024 (30 June 2024, as revised; ONS)", geo=EW),
            L("59,069,400", 59069400, E, P, "population", MID25 + ")", geo=ENG),
            L("0.7%", 0.7, E, PCT, "population_change", YM25 + ")", ctx="59,069,400, up 0.7%", geo=ENG),
            L("0.5%", 0.5, E, PCT, "population_change", YM25 + ")", geo=WAL),
            L("3,201,900", 3201900, E, P, "population", MID25 + ")", geo=WAL),
            L("7,300", -7300, E, P, "population_natural_change", YM25 + "; deaths exceeded births by)", geo=WAL),
            L("1.4%", -1.4, E, PCT, "births_change", "year to June 2025 vs year to June 2024 (births fell on the year)", geo=EW),
            L("231,000", 231000, E, P, "population_aged_65_and_over_change", "mid-2024 to mid-2025 (the over-65s grew by)", geo=EW),
            L("12.4 million", 12.4e6, E, P, "population_aged_65_and_over", MID25 + "; the over-65s)", geo=EW),
            L("almost one in five", 20, ALM, PCT, "population_share_aged_65_and_over", MID25 + "; of the population)", geo=EW),
            L("2.6%", 2.6, E, PCT, "population_change", YM25 + "; grew fastest)", geo="Tower Hamlets"),
            L("14", 14, E, AREAS, "council_areas_population_decline", YM25 + "; council areas where the population shrank)", geo=EW),
            L("roughly 97%", 97, AP, PCT, "population_growth_share_international_migration", YM25 + "; ONS head of population estimates)", geo=EW),
            L("6.2 million", 6.2e6, E, P, "population_growth", "March 2011 to mid-2025 (more residents than at the 2011 census)", geo=EW),
            L("11%", 11, E, PCT, "population_change", "March 2011 to mid-2025 (an increase since the 2011 census)", geo=EW),
            L("340,000", 340000, E, P, "net_migration_projection_assumption", "per year, long term (the ONS's long-term projections, cited by a demographer at the Pemberton Lacey University)"),
            L("more than three-quarters", -75, MT, PCT, NM + "_change", "the 2023 high point to the latest estimate (UK net migration shrunk by; Home Office spokesperson)"),
        ]),
    "04-daily-palaver-asylum-hotels-close-large-sites": dict(
        meta=dict(url="https://www.dailypalaver.example/news/article-15384216/Labour-shuts-92-migrant-hotels-ex-military-camps-quadruple.html",
                  title="Labour shuts 92 migrant hotels in a YEAR - but number of asylum seekers sent to ex-military camps nearly QUADRUPLES",
                  publisher="Daily Palaver", author="Barnaby Cullingford-Nnamdi", published_date="2026-11-27"),
        labels=[
            L("92", 92, E, HOTELS, "asylum_hotels_closed", Y4 + "; headline)", occ=0),
            L("nearly QUADRUPLES", 4, ALM, RATIO, LSP + "_ratio", "30 September 2026 vs 30 September 2025 (asylum seekers at ex-military camps; headline)"),
            L("118", 118, E, HOTELS, "asylum_hotels_in_use", S26 + "; bullet)", occ=0),
            L("210", 210, E, HOTELS, "asylum_hotels_in_use", S25 + "; bullet)", occ=0),
            L("almost two-fifths", -40, ALM, PCT, "asylum_hotel_population_change", "30 September 2026 vs 30 September 2025 (the number living in them, down; bullet)", occ=0),
            L("19,640", 19640, E, P, "asylum_hotel_population", S26 + "; bullet)", occ=0),
            L("1,720", 1720, E, P, LSP, S26 + "; housed at large sites; bullet)", occ=0),
            L("nearly four times", 4, ALM, RATIO, LSP + "_ratio", "30 September 2026 vs 30 September 2025 (as many as last year; bullet)", occ=0),
            L("92", 92, E, HOTELS, "asylum_hotels_closed", Y4 + "; hotels housing asylum seekers, fallen by)", occ=1),
            L("well over a thousand", 1000, MT, P, LSP + "_change", Y4 + "; moved into former military bases)"),
            L("118", 118, E, HOTELS, "asylum_hotels_in_use", S26 + ")", occ=1),
            L("210", 210, E, HOTELS, "asylum_hotels_in_use", S25 + "; twelve months earlier)", occ=1),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "mid-2023 (the high point)"),
            L("19,640", 19640, E, P, "asylum_hotel_population", S26 + "; hotel residents)", occ=1),
            L("31,870", 31870, E, P, "asylum_hotel_population", S25 + ")"),
            L("almost two-fifths", -40, ALM, PCT, "asylum_hotel_population_change", "30 September 2026 vs 30 September 2025 (a fall of)", occ=1),
            L("1,720", 1720, E, P, LSP, S26 + "; living in large sites)", occ=1),
            L("nearly four times", 4, ALM, RATIO, LSP + "_ratio", "30 September 2026 vs 30 September 2025 (against those housed in them a year earlier)", occ=1),
            L("445", 445, E, P, LSP, S25 + ")"),
            L("1,180", 1180, E, P, LSP, S26 + "; a disused RAF airfield in Essex)", geo=WTH),
            L("540", 540, E, P, LSP, S26 + "; a converted Army training camp in East Sussex)", geo=CRB),
            L("no more than 500", 500, AM, P, "large_site_capacity_cap", "spring 2026 (what officials told residents the site would take when it opened)", geo=CRB),
            L("up to 900", 900, AM, P, "large_site_capacity", "2026 (plans since approved)", geo=CRB),
            L("£96", 96, E, GBP, "large_site_cost_per_person_night", "per night, 2026 (officials' cost per person at large sites)"),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "per night, 2026 (in a hotel; officials)"),
            L("about a third", THIRD, AP, PCT, "large_site_cost_saving_share_vs_hotels", "2026 (large sites cheaper per night than hotels; officials)"),
            L("£36.5million", 36.5e6, E, GBP, "large_site_cost", "2026 (converting the camp; documents released under Freedom of Information)", geo=CRB),
            L("around £67,600", 67600, AP, GBP, "large_site_cost_per_person", "2026 (conversion cost for each man living there)", geo=CRB),
            L("4 per cent", -4, E, PCT, "asylum_support_population_change", "30 September 2026 vs 30 September 2025 (receiving Home Office support, fell)"),
            L("104,300", 104300, E, P, "asylum_support_population", S26 + ")"),
            L("78,900", 78900, E, P, "asylum_dispersal_population", S26 + "; dispersal accommodation)"),
            L("almost two", 2, ALM, HOTELS, "asylum_hotels_closed", "per week, " + Y4 + "; the hotel estate shrinking)", ctx="almost two a week"),
            L("almost £2.9million", 2.9e6, ALM, GBP, "asylum_cost_hotels", "per day, 2026 (the hotels that remain)"),
            L("14 per cent", 14, E, PCT, SBA + "_change", "1 January to November, 2026 vs 2025 (crossings this year running higher; shadow home secretary)"),
            L("Almost half", 50, ALM, PCT, "asylum_hotels_closed_share", "5 July 2024 to November 2026 (of the hotels open on election day, now shut; Home Office spokesperson)"),
        ]),
    "05-the-steamie-glasgow-refugee-homelessness": dict(
        meta=dict(url="https://www.thesteamie.example/news/glasgow/refugee-homelessness-glasgow-record-4310-households-25583014",
                  title="'You get your papers, then you get a bin bag': refugee homelessness in Glasgow hits record",
                  publisher="The Steamie", author="Morven Kilbride-Baptiste", published_date="2026-03-02"),
        labels=[
            L("4,310", 4310, E, HOUSEHOLDS, RH, GY25 + "; turned to the city for help; standfirst)", occ=0, geo=GLA),
            L("nearly two-thirds", 200 / 3, ALM, PCT, RH + "_change", "2025 vs 2024 (up; standfirst)", geo=GLA),
            L("4,310", 4310, E, HOUSEHOLDS, RH, GY25 + "; households presenting to the council, a record)", occ=1, geo=GLA),
            L("2,650", 2650, E, HOUSEHOLDS, RH, "January to December 2024", geo=GLA),
            L("more than four times", 4, MT, RATIO, RH + "_ratio", "2025 vs 2022", geo=GLA),
            L("1,020", 1020, E, HOUSEHOLDS, RH, "January to December 2022", geo=GLA),
            L("36%", 36, E, PCT, "homelessness_presentations_share_refugees", GY25 + "; of homeless applications in the city)", geo=GLA),
            L("11,940", 11940, E, HOUSEHOLDS, "homelessness_presentations", GY25 + "; homeless applications made in the city)", geo=GLA),
            L("roughly 4,200", 4200, AP, P, "asylum_support_population", "early 2026 (people seeking asylum housed in Glasgow)", geo=GLA),
            L("5,600", 5600, E, P, "asylum_support_population", "early 2026 (asylum seekers supported in Scotland)", geo=SCO),
            L("three-quarters", 75, E, PCT, "asylum_support_population_share_glasgow", "early 2026 (Glasgow's share of Scotland's total)", geo=SCO),
            L("1,570", 1570, E, HOUSEHOLDS, "refugee_households_temporary_accommodation", "31 January 2026", geo=GLA),
            L("nearly double", 2, ALM, RATIO, "refugee_households_temporary_accommodation_ratio", "31 January 2026 vs 31 January 2025", geo=GLA),
            L("820", 820, E, HOUSEHOLDS, "refugee_households_temporary_accommodation", "31 January 2025 (a year earlier)", geo=GLA),
            L("610", 610, E, HOUSEHOLDS, "refugee_households_temporary_accommodation_bed_and_breakfast_hotels", "31 January 2026 (in bed and breakfasts or hotels)", geo=GLA),
            L("£31.2m", 31.2e6, E, GBP, "council_homelessness_budget_overspend", "2025/26 (on course to overspend)", geo=GLA),
            L("around £19m", 19e6, AP, GBP, "council_refugee_homelessness_cost", "2025/26 (refugee cases' share of the overspend; council officials' estimate)", geo=GLA),
            L("6,050", 6050, E, HOUSEHOLDS, RH, "2024/25 (assessed as homeless; Scottish Government statistics)", geo=SCO),
            L("48%", 48, E, PCT, RH + "_change", "2024/25 vs 2023/24 (up on the year before; Scottish Government statistics)", geo=SCO),
            R("80 or 90", 80, 90, HOUSEHOLDS, RH, "per week, 2026 (households coming through the council's doors with a positive decision; " + CONV + ")", geo=GLA),
            L("£66m", 66e6, E, GBP, "council_refugee_homelessness_funding_requested", "2026 (asked of the UK Government to cover the cost; " + CONV + ")", geo=GLA),
            L("£4.5m", 4.5e6, E, GBP, "council_refugee_homelessness_funding", "to March 2026 (given by the UK Government so far; " + CONV + ")", geo=GLA),
            L("£2.1m", 2.1e6, E, GBP, "scottish_government_refugee_homelessness_funding", "2025/26 (emergency funding; Scottish Government)", geo=SCO),
            L("213", 213, E, P, "rough_sleepers_left_asylum_accommodation", "January 2026 (counted in the city centre; " + GWN + ")", geo=GLA),
            L("nearly three times", 3, ALM, RATIO, "rough_sleepers_left_asylum_accommodation_ratio", "January 2026 vs January 2025 (" + GWN + ")", geo=GLA),
            L("74", 74, E, P, "rough_sleepers_left_asylum_accommodation", "January 2025 (a year earlier; " + GWN + ")", geo=GLA),
            L("11", 11, E, HOTELS, "asylum_hotels_in_use", "July 2024 (at the general election; Home Office spokesperson)", geo=SCO),
            L("four", 4, E, HOTELS, "asylum_hotels_in_use", "March 2026 (now; Home Office spokesperson)", ctx="from 11 to four", geo=SCO),
        ]),
    "06-ledgerline-skilled-worker-salary-threshold-visas": dict(
        meta=dict(url="https://www.ledgerline.example/content/4f2c8a17-9b3e-4d61-a0c5-skilled-worker-visas-salary-threshold",
                  title="Higher salary bar cuts skilled worker visas by a third",
                  publisher="Ledgerline", author="Lucasta Marchbank-Adjei", published_date="2026-05-26"),
        labels=[
            L("a third", -THIRD, E, PCT, VSW + "_change", "year to March 2026 vs year to March 2025 (cuts skilled worker visas by; headline)", ctx="visas by a third"),
            L("£41,700", 41700, E, GBP, THR, "per year, from July 2025 (the general threshold, a policy rate; standfirst)", occ=0),
            L("a third", -THIRD, E, PCT, VSW + "_change", "year to March 2026 vs year to March 2025 (a third fewer)", ctx="handed a third fewer"),
            L("£41,700", 41700, E, GBP, THR, "per year, from July 2025 (the minimum salary for the route, a policy rate)", occ=1),
            L("49,800", 49800, E, P, VSW, YQ26 + "; main applicants)"),
            L("74,600", 74600, E, P, VSW, YQ25 + ")"),
            L("44 per cent", -44, E, PCT, VSW + "_dependants_change", "year to March 2026 vs year to March 2025 (dropped)"),
            L("41,300", 41300, E, P, VSW + "_dependants", YQ26 + ")"),
            L("£38,700", 38700, E, GBP, THR, "per year, April 2024 to July 2025 (the threshold before July last year, a policy rate)"),
            L("£26,200", 26200, E, GBP, THR, "per year, before April 2024 (a policy rate)"),
            L("3,140", 3140, E, P, "visa_applications_skilled_worker", "April 2026 (main applicants; monthly figures)"),
            L("a quarter", -25, E, PCT, "visa_applications_skilled_worker_change", "April 2026 vs April 2025 (down)", ctx="down a quarter"),
            L("31 per cent", 31, E, PCT, VSW + "_share_information_communication", YQ26 + "; information and communications roles)"),
            L("38 per cent", 38, E, PCT, VSW + "_share_information_communication", YQ25 + ")"),
            L("roughly two in five", 40, AP, PCT, VSW + "_share_india", YQ26 + "; Indian nationals)"),
            L("£52,400", 52400, E, GBP, "skilled_worker_median_salary_sponsored", YQ26 + "; median salary on a certificate of sponsorship)"),
            L("12 per cent", 12, E, PCT, "skilled_worker_median_salary_sponsored_change", "year to March 2026 vs year to March 2025 (up)"),
            L("£46,900", 46900, E, GBP, "skilled_worker_median_salary_sponsored", YQ25 + ")"),
            L("Some 6,400", 6400, AP, P, "graduate_route_switches_to_skilled_worker", YQ26 + "; international graduates switching from the graduate visa)"),
            L("29 per cent", -29, E, PCT, "graduate_route_switches_to_skilled_worker_change", "year to March 2026 vs year to March 2025 (fewer than the year before)"),
            L("4,900", -4900, E, LICENCES, "sponsor_licences_change", "March 2025 to March 2026 (employers holding a sponsor licence, fell by)"),
            L("112,600", 112600, E, LICENCES, "sponsor_licences", "March 2026 (end of the year to March)"),
            L("32 per cent", 32, E, PCT, "skills_charge_change", "December 2025 (the immigration skills charge rose; a policy rate)"),
            L("£1,320", 1320, E, GBP, "skills_charge_large_employers_per_worker", "per year, from December 2025 (each worker at a large company; a policy rate)"),
            L("about £1.1bn", 1.1e9, AP, GBP, "skills_charge_receipts", "per year, forecast (Treasury forecasts for the higher charge)"),
            R("between 17,000 and 24,000", -24000, -17000, P, VSW + "_forecast_change", "per year, from July 2025 (main applicant grants cut by last July's changes; Migration Advisory Committee estimate)"),
            L("about £38,000", 38000, AP, GBP, "developer_salary_mid_level", "per year, 2026 (a mid-level developer; chief executive of a software consultancy in Leeds)", geo="Leeds"),
            L("£41,700", 41700, E, GBP, THR, "per year, 2026 (what he cannot offer a visa hire; chief executive of a software consultancy in Leeds)", occ=2),
            L("0.1 per cent", -0.1, E, PCT, "gdp_forecast_revision", "by 2029 (GDP lower from the lost hiring; Hallbrook Economics estimate)"),
        ]),
    "07-the-plainspoken-removal-flights-albania-vietnam": dict(
        meta=dict(url="https://www.theplainspoken.example/news/uk/home-news/removal-flights-albania-vietnam-enforced-returns-b2816403.html",
                  title="Removal flights to Albania and Vietnam multiply as Home Office leans on enforced returns",
                  publisher="The Plainspoken", author="Esmé Galbraith-Oyedele", published_date="2026-09-05"),
        labels=[
            L("46", 46, E, P, "returns", FL3 + "; people carried; standfirst)", occ=0, geo=VN),
            L("46", 46, E, P, "returns", FL3 + "; Vietnamese nationals taken to Hanoi)", occ=1, geo=VN),
            L("nine", 9, E, FLIGHTS, "charter_removal_flights", YTD7 + "; flights to Vietnam)", geo=VN),
            L("six", 6, E, FLIGHTS, "charter_removal_flights", "January to December 2025 (across 2025)", geo=VN),
            L("14", 14, E, FLIGHTS, "charter_removal_flights", YTD7 + "; left for Tirana since January)", geo=AL_),
            L("9,870", 9870, E, P, "returns", YJ26 + "; enforced returns across all nationalities)"),
            L("20%", 20, E, PCT, "returns_change", "year to June 2026 vs year to June 2025 (enforced returns, up)"),
            L("2,960", 2960, E, P, "returns", YJ26 + "; enforced returns of Albanians)", geo=AL_),
            L("three in ten", 30, E, PCT, "returns_share_albania", YJ26 + "; of all enforced returns)", ctx="or three in ten of the total"),
            L("8%", -8, E, PCT, "returns_change", "year to June 2026 vs year to June 2025 (enforced returns to Albania, down)", geo=AL_),
            L("1,180", 1180, E, P, "returns", YJ26 + "; Vietnamese removals)", geo=VN),
            L("nearly four times", 4, ALM, RATIO, "returns_ratio", "year to June 2026 vs year to June 2025 (Vietnamese removals)", geo=VN),
            L("310", 310, E, P, "returns", YJ25 + ")", geo=VN),
            L("Around 60 per cent", 60, AP, PCT, "returns_share_failed_asylum_seekers", YJ26 + "; Vietnamese removals whose asylum claims had been refused)", geo=VN),
            L("Some 25,300", 25300, AP, P, "returns", YJ26 + "; voluntary departures)"),
            L("fewer than three in ten", 30, LT, PCT, "returns_share_enforced", YJ26 + "; of all returns)"),
            L("about £430,000", 430000, AP, GBP, "charter_removal_flights_cost_per_flight", "2026 (average cost of each charter; a parliamentary answer in July 2026)"),
            L("more than £9,000", 9000, MT, GBP, "returns_cost_per_person", FL3 + "; for every person removed)", geo=VN),
            L("more than 12,000", 12000, MT, P, "small_boat_arrivals_albanian", "January to December 2022 (the year the returns deal was signed)"),
            L("under 700", 700, LT, P, "small_boat_arrivals_albanian", "January to December 2025"),
            L("3,420", 3420, E, P, "small_boat_arrivals_vietnamese", YJ26 + "; Vietnamese crossings)"),
            L("41 per cent", 41, E, PCT, "small_boat_arrivals_vietnamese_change", "year to June 2026 vs year to June 2025 (up)"),
            L("1,140", 1140, E, P, "nrm_referrals_vietnamese", "January to December 2025 (Vietnamese nationals referred to the National Referral Mechanism)"),
            L("57", 57, E, P, "charter_removal_flight_manifest", FL3 + "; people originally listed)", geo=VN),
            L("11", 11, E, P, "charter_removal_manifest_taken_off_legal_claims", FL3 + "; taken off after last-minute human rights claims)", geo=VN),
            L("c. 400", 400, AP, HOUSEHOLDS, "charity_service_users", "2026 (Vietnamese families supported by the Deptford Lotus Project, south London)", geo="London"),
            L("more than 18,000", 18000, MT, P, "returns", "July 2024 to September 2026 (enforced removals since July 2024; " + MIN7 + ")"),
            L("a fifth", 20, E, PCT, "returns_change", "the latest year vs the year before (enforced returns up on last year; " + MIN7 + ")", ctx="up a fifth"),
            L("more than three", 3, MT, RATIO, "small_boat_arrivals_to_returns_ratio", "year to June 2026 (landed in small boats for every person removed; the Conservatives)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
