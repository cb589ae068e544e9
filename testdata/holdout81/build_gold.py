#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the eighty-first hand-labelled hold-out set (holdout81).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, HOTELS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, RSC, PTR)

UK, FR, ENG, WA = "UK", "France", "England", "Wales"
HH, DAYS, BEDS, COUNCILS = "other:households", "other:days", "other:bed_spaces", "other:council_areas"

# 01 (Wednesday 1 July 2026; Home Office small boat data to Tuesday 30 June "published yesterday")
H1 = "1 January to 30 June 2026 (first half of the year; the opening six months)"
H1_25 = "1 January to 30 June 2025 (the same period of 2025)"
GRAPHIC = " (HOW THE CROSSINGS BUILT UP list)"
SHS = "Shadow Home Secretary"
DEAL = "August 2025 to 30 June 2026 (since August; 'one in, one out' returns deal agreed last summer)"
# 02 (Thursday 21 May 2026; Home Office statistics for the year ending March 2026 "published on Thursday")
AA, GR = "asylum_applications", "asylum_grants_share_initial_decisions"
YM26 = "year ending March 2026 (April 2025 to March 2026; the 12 months to March)"
YM25 = "year ending March 2025 (April 2024 to March 2025; the previous 12 months)"
EM26 = "end of March 2026 (31 March 2026)"
EM25 = "end of March 2025 (twelve months earlier)"
TAB = " (Top five nationalities table)"
CMU = "Calloway Migration Unit researcher"
# 03 (Friday 28 August 2026; Home Office statistics to the end of June 2026 "released on Thursday", 27 August)
EJ26 = "end of June 2026 (30 June 2026)"
EJ25 = "end of June 2025 (a year earlier)"
HOS = "Home Office spokesperson"
PCM = "Plymouth City Council cabinet member for housing"
TW = "Tamarside Welcome director"
PLY, SW = "Plymouth", "South West"
# 04 (Tuesday 10 February 2026; fact check)
RW = "April 2022 to July 2024 (the UK-Rwanda partnership, until it was scrapped)"
CLAIM = " (claim by a Government minister on a radio phone-in; What was claimed box)"
NAO = "National Audit Office report, March 2024"
PER = "rwanda_scheme_cost_per_relocation"
# 05 (Monday 12 January 2026; London outreach figures and homelessness statistics to September 2025)
Y9 = "year to September 2025 (October 2024 to September 2025; the 12 months to September)"
Y9_24 = "year to September 2024 (October 2023 to September 2024; the year before)"
Y9_23 = "year to September 2023 (two years earlier)"
RS = "rough_sleepers_left_asylum_accommodation"
RH = "refugees_homeless_after_leaving_asylum_support"
CSP = "Calder Street Project survey of refugees, published January 2026"
# 06 (Thursday 26 November 2026; ONS migration statistics for the year ending June 2026 released that day)
YJ26 = "year ending June 2026 (July 2025 to June 2026; the latest year)"
YJ25 = "year ending June 2025 (July 2024 to June 2025; the preceding 12 months)"
YJ23 = "year ending June 2023 (July 2022 to June 2023; the peak year)"
C25 = "2025 (calendar year; last year)"
ASH = "Ashburton Institute chief economist"
# 07 (Thursday 16 July 2026; ONS mid-2025 population estimates released "on Wednesday", 15 July)
YM = "year to mid-2025 (July 2024 to June 2025)"
M25 = "mid-2025 (June 2025)"
M24 = "mid-2024 (June 2024; twelve months earlier)"
BOX = " (WALES IN NUMBERS, MID-2025 box)"

ARTICLES = {
    "01-daily-bosun-channel-crossings-first-half-2026": dict(
        meta=dict(url="https://www.dailybosun.example/news/politics/2214087/channel-migrants-first-half-2026-record-21906-small-boats",
                  title="Channel migrants: 21,906 cross in first half of 2026 as Labour's small boats chaos hits new record",
                  publisher="Daily Bosun", author="Harvey Pemberton-Quaye", published_date="2026-07-01"),
        labels=[
            L("21,906", 21906, E, P, SBA, H1 + " (headline)", occ=0),
            L("more than 6,000", 6000, MT, P, SBA, "June 2026 (June alone; standfirst)"),
            L("21,906", 21906, E, P, SBA, H1 + " (a record)", occ=1),
            L("10%", 10, E, PCT, SBA + "_change", H1 + " vs " + H1_25),
            L("19,870", 19870, E, P, SBA, H1_25),
            L("more than doubled", 2, MT, RATIO, SBA + "_ratio", "March 2026 vs February 2026"),
            L("five times", 5, E, RATIO, SBA + "_ratio", "June 2026 vs January 2026 (the January level)"),
            L("1,204", 1204, E, P, SBA, "January 2026" + GRAPHIC),
            L("1,478", 1478, E, P, SBA, "February 2026" + GRAPHIC),
            L("3,215", 3215, E, P, SBA, "March 2026" + GRAPHIC),
            L("4,106", 4106, E, P, SBA, "April 2026" + GRAPHIC),
            L("5,872", 5872, E, P, SBA, "May 2026" + GRAPHIC),
            L("6,031", 6031, E, P, SBA, "June 2026" + GRAPHIC),
            L("46%", 46, E, PCT, SBA + "_change", "June 2026 vs June 2025 (June's haul)"),
            L("4,120", 4120, E, P, SBA, "June 2025 (June last year)"),
            L("1,037", 1037, E, P, SBA, "13 June 2026 (Saturday; the busiest single day; landed on the Kent coast)"),
            L("352", 352, E, BOATS, SBC, H1 + " (over the six months)"),
            L("62", 62, E, PPB, "small_boat_occupancy", H1 + " (average per vessel)"),
            L("13", 13, E, PPB, "small_boat_occupancy", "2020 (calendar year; average)", ctx="average of 13"),
            L("a fifth", 20, E, PCT, "small_boat_arrivals_share_afghan", H1 + " (Afghans)", ctx="made up a fifth"),
            L("14%", 14, E, PCT, "small_boat_arrivals_share_eritrean", H1 + " (Eritreans)"),
            L("Three in four", 75, E, PCT, "small_boat_arrivals_share_adult_men", H1),
            L("at least 31", 31, AL, P, "small_boat_deaths", "1 January to 30 June 2026 (so far this year; in the Channel and on the French coast; UN migration agency)"),
            L("9,400", 9400, E, P, "small_boat_launch_attempts_stopped_people", H1 + " (over the same period; beaches around Calais and Dunkirk; French police)", geo=FR),
            L("more than 85,000", 85000, MT, P, SBA, "5 July 2024 to 30 June 2026 (since Labour walked into Downing Street; " + SHS + ")"),
            L("half a billion pounds", 500e6, E, GBP, "uk_funding_to_france", "2023 to 2026 (handed to France; " + SHS + ")"),
            R("£1,500 to £2,000", 1500, 2000, GBP, "smuggler_fee", "July 2026 (for a seat; Secure Shores director)", geo=FR),
            L("1,940", 1940, E, P, "returns", DEAL + " (returned to France)", geo=FR),
            L("fewer than one in 20", 5, LT, PCT, "returns_share_of_small_boat_arrivals", DEAL + " (of arrivals over that period)", geo=FR),
            L("a quarter", 25, E, PCT, "smuggling_arrests_change", "2026 vs 2025 (up on last year; Home Office spokesman)", ctx="up by a quarter"),
            L("more than 60,000", 60000, MT, P, "returns", "5 July 2024 to July 2026 (on our watch; people without leave removed; Home Office spokesman)"),
        ]),
    "02-pennon-news-asylum-claims-decisions-grant-rates": dict(
        meta=dict(url="https://www.pennon.example/news/articles/c4rz81v0q2ko",
                  title="Asylum claims fall by 7% as fewer applicants are granted protection",
                  publisher="Pennon News", author="Tamsin Adeyemi-Crowther", published_date="2026-05-21"),
        labels=[
            L("7%", -7, E, PCT, AA + "_change", YM26 + " vs " + YM25 + " (headline)", occ=0),
            L("below half", 50, LT, PCT, GR, YM26 + " (the proportion given protection)"),
            L("101,870", 101870, E, P, AA, YM26 + " (Home Office figures published on Thursday)"),
            L("7%", -7, E, PCT, AA + "_change", YM26 + " vs " + YM25, occ=1),
            L("109,540", 109540, E, P, AA, YM25),
            L("109,320", 109320, E, P, "asylum_initial_decisions", YM26),
            L("42%", 42, E, PCT, GR, YM26 + " (refugee status or humanitarian protection)"),
            L("47%", 47, E, PCT, GR, YM25),
            L("45,910", 45910, E, P, "asylum_grants", YM26 + " (permission to stay at the first attempt)"),
            L("8,980", 8980, E, P, "asylum_withdrawals", YM26),
            L("62,150", 62150, E, P, "asylum_backlog", EM26 + " (waiting for an initial decision)"),
            L("31%", -31, E, PCT, "asylum_backlog_change", EM26 + " vs " + EM25),
            L("90,080", 90080, E, P, "asylum_backlog", EM25),
            L("24,600", 24600, E, P, "asylum_backlog_waiting_over_6_months", EM26 + " (of those still waiting)"),
            R("8,000-9,000", 8000, 9000, P, "asylum_initial_decisions", "per month, 2026 (this year; the department expects)"),
            L("11,480", 11480, E, P, AA, YM26 + TAB + " (Pakistan)"),
            L("3%", 3, E, PCT, GR + "_pakistani", YM26 + TAB),
            L("7,940", 7940, E, P, AA, YM26 + TAB + " (Afghanistan)"),
            L("44%", 44, E, PCT, GR + "_afghan", YM26 + TAB),
            L("7,120", 7120, E, P, AA, YM26 + TAB + " (Eritrea)"),
            L("88%", 88, E, PCT, GR + "_eritrean", YM26 + TAB),
            L("6,540", 6540, E, P, AA, YM26 + TAB + " (Iran)"),
            L("57%", 57, E, PCT, GR + "_iranian", YM26 + TAB),
            L("5,610", 5610, E, P, AA, YM26 + TAB + " (Sudan)"),
            L("95%", 95, E, PCT, GR + "_sudanese", YM26 + TAB),
            L("About 36%", 36, AP, PCT, AA + "_share_small_boat", YM26 + " (came from small-boat arrivals)"),
            L("nearly 39,000", 39000, ALM, P, AA, YM26 + " (had entered legally on a visa before applying)"),
            L("about a fifth", -20, AP, PCT, AA + "_change", YM26 + " vs " + YM25 + " (first-time applications across the EU; over the same period)", geo="EU"),
            L("more than halved", -50, MT, PCT, GR + "_afghan_change", YM26 + " vs year ending March 2024 (in two years; " + CMU + ")"),
            L("29,870", 29870, E, P, HOT, EM26 + " (when March ended)"),
            L("36,270", 36270, E, P, HOT, EM25 + " (a year before)"),
            L("4,310", 4310, E, P, "asylum_support_population", EM26 + " (on asylum support, most of them in Glasgow)", geo="Scotland"),
            L("almost a third", -THIRD, ALM, PCT, "asylum_backlog_change", EM26 + " vs " + EM25 + " (in a year; Home Secretary)"),
            L("over 100,000", 100000, MT, P, AA, YM26 + " (in a single year; Shadow Home Secretary)"),
        ]),
    "03-western-mariner-pa-asylum-hotels-dispersed-housing-plymouth": dict(
        meta=dict(url="https://www.westernmariner.example/news/national/asylum-seekers-hotels-down-third-dispersed-housing-5581207",
                  title="Number of asylum seekers in hotels down more than a third as thousands moved into dispersed housing",
                  publisher="Western Mariner", author="Bethan Marlowe-Achebe", published_date="2026-08-28"),
        labels=[
            L("more than a third", -THIRD, MT, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (headline)", ctx="down more than a third"),
            V("thousands", 2000, 9000, P, "asylum_hotel_moves_to_dispersal", "end of June 2025 to end of June 2026 (moved into dispersed housing; headline)"),
            L("more than a third", -THIRD, MT, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (twelve months ago)", ctx="is more than a third smaller"),
            L("Some 24,870", 24870, AP, P, HOT, EJ26 + " (Home Office data released on Thursday)"),
            L("36%", -36, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25),
            L("38,920", 38920, E, P, HOT, EJ25 + " (the same point in 2025)"),
            L("118", 118, E, HOTELS, "asylum_hotels_in_use", EJ26 + " (still being used)"),
            L("203", 203, E, HOTELS, "asylum_hotels_in_use", EJ25),
            L("9%", 9, E, PCT, "asylum_dispersal_population_change", EJ26 + " vs " + EJ25 + " (over the same period)"),
            L("71,640", 71640, E, P, "asylum_dispersal_population", EJ26),
            L("65,720", 65720, E, P, "asylum_dispersal_population", EJ25),
            L("107,450", 107450, E, P, "asylum_support_population", EJ26 + " (altogether receiving support)"),
            L("fewer than one in four", 25, LT, PCT, "asylum_support_share_hotels", EJ26),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "per night, 2026 (average; figures previously given to MPs)"),
            L("£27", 27, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, 2026 (dispersed housing; figures previously given to MPs)"),
            L("more than five times", 5, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2026 (hotels vs dispersed housing, as expensive)"),
            L("£5.38bn", 5.38e9, E, GBP, AC, "2023/24 (April 2023 to March 2024; the asylum system as a whole; a record)"),
            V("hundreds", 200, 900, HOTELS, "asylum_hotels_in_use", "July 2024 (when ministers took office; " + HOS + ")"),
            V("millions of pounds", 2e6, 9e6, GBP, AC, "per day, July 2024 (hotels, when ministers took office; " + HOS + ")"),
            L("almost 100", 100, ALM, HOTELS, "asylum_hotels_closed", "5 July 2024 to August 2026 (since 5 July 2024; " + HOS + ")"),
            L("around £1.2bn", 1.2e9, AP, GBP, "asylum_hotel_exit_saving", "per year, by the end of this Parliament (once every hotel closes; " + HOS + ")"),
            L("3,140", 3140, E, P, "asylum_dispersal_population", EJ26, geo=SW),
            L("12%", 12, E, PCT, "asylum_dispersal_population_change", EJ26 + " vs " + EJ25, geo=SW),
            L("648", 648, E, P, "asylum_dispersal_population", EJ26 + " (of the South West's total)", geo=PLY),
            L("half as many again", 1.5, E, RATIO, "asylum_dispersal_population_ratio", EJ26 + " vs June 2025", geo=PLY),
            L("431", 431, E, P, "asylum_dispersal_population", "June 2025 (housed in the city)", geo=PLY),
            L("176", 176, E, P, "asylum_dispersal_population", EJ26, geo="Torbay"),
            L("231", 231, E, P, "asylum_dispersal_population", EJ26, geo="Exeter"),
            L("94", 94, E, P, "asylum_dispersal_population", EJ26, geo="Cornwall"),
            L("nearly 8,000", 8000, ALM, HH, "housing_waiting_list_households", "August 2026 (now; housing register; " + PCM + ")", geo=PLY),
            L("150", 150, E, BEDS, "asylum_dispersal_bed_spaces_needed", "by March 2027 (another; Home Office contractor's request; " + PCM + ")", geo=PLY),
            L("£3,000", 3000, E, GBP, "council_asylum_grant_per_dispersal_bed", "2026 (for each new dispersal bed a council agrees to)"),
            L("about 35", 35, AP, P, "charity_service_users", "per week, August 2026 (new people; " + TW + ")", geo=PLY),
            L("roughly a dozen", 12, AP, P, "charity_service_users", "per week, summer 2025 (last summer; " + TW + ")", geo=PLY),
            L("about 38%", 38, AP, PCT, "asylum_dispersal_population_share_north_west_and_west_midlands", EJ26 + " (of the total in dispersed accommodation)"),
        ]),
    "04-assay-rwanda-scheme-cost-per-person": dict(
        meta=dict(url="https://assay.example/fact-checks/rwanda-scheme-cost-175m-per-person/",
                  title="Did the Rwanda scheme really cost £175m for every person sent?",
                  publisher="Assay", author="Felicity Okonkwo-Hartnell", published_date="2026-02-10"),
        labels=[
            L("£175m", 175e6, E, GBP, PER, RW + " (the claim; headline)", occ=0),
            L("£700 million", 700e6, E, GBP, RSC, RW + CLAIM),
            L("four", 4, E, P, "rwanda_relocations", RW + CLAIM, ctx="sent just four people"),
            L("£175 million", 175e6, E, GBP, PER, RW + CLAIM),
            L("about £179m", 179e6, AP, GBP, PER, RW + " (latest total, for each person who went; Our verdict box)"),
            L("£700m", 700e6, E, GBP, RSC, RW + " (subheading)", ctx="Where the £700m figure"),
            L("£700m", 700e6, E, GBP, RSC, RW + " (Home Secretary to the Commons, July 2024)", ctx="had cost £700m"),
            L("£715m", 715e6, E, GBP, RSC, RW + " (Home Office annual accounts)", occ=0),
            L("£290m", 290e6, E, GBP, PTR, RW + " (received by Rwanda itself)", geo="Rwanda"),
            L("Four", 4, E, P, "rwanda_relocations", RW + " (separate voluntary scheme for failed asylum seekers)", ctx="Four people did travel"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", RW + " (offered to each to leave)"),
            L("four", 4, E, P, "rwanda_relocations", RW + " (the claim's figure, restated)", ctx="the \"four\" in"),
            L("£715m", 715e6, E, GBP, RSC, RW + " (divided by four)", occ=1),
            L("four", 4, E, P, "rwanda_relocations", RW, ctx="£715m by four"),
            L("just under £179m", 179e6, ALM, GBP, PER, RW + " (a head)"),
            L("£175m", 175e6, E, GBP, PER, RW + " (the claim restated)", occ=1),
            L("£700m", 700e6, E, GBP, RSC, "April 2022 to July 2024 (the earlier total)", ctx="earlier £700m total"),
            L("£120m", 120e6, E, GBP, PTR, "planned (further payment due once 300 people had been relocated; " + NAO + ")", geo="Rwanda"),
            L("£20,000", 20000, E, GBP, "payment_to_rwanda_per_relocation", "planned (per individual relocated; " + NAO + ")", geo="Rwanda"),
            L("up to £150,874", 150874, AM, GBP, "rwanda_scheme_planned_cost_per_relocation", "planned, over five years (processing and integration costs a head; " + NAO + ")"),
            L("around £1.8m", 1.8e6, AP, GBP, "rwanda_scheme_planned_cost_per_relocation", "planned (each of the first 300 relocations; on the auditors' figures)"),
            L("about £41,000", 41000, AP, GBP, "asylum_cost_per_person_per_year", "per year, 2026 (supporting one asylum seeker, on average)"),
            L("roughly 5,700", 5700, AP, P, "rwanda_removal_cohort", "July 2024 (at the point it was cancelled; identified for possible removal)"),
            L("about 2,100", 2100, AP, P, "rwanda_removal_cohort_reporting", "July 2024 (remained in contact with officials)"),
            L("£750m", 750e6, E, GBP, "rwanda_scheme_cancellation_saving", "July 2024 onwards (the following years; current Government)"),
            L("about £700m", 700e6, AP, GBP, RSC, RW + " (Conclusion)"),
            L("£715m", 715e6, E, GBP, RSC, RW + " (now estimated; Conclusion)", occ=2),
            L("four", 4, E, P, "rwanda_relocations", RW + " (Conclusion)", ctx="and four people went"),
        ]),
    "05-the-wyvern-refugees-sleeping-rough-support-ends": dict(
        meta=dict(url="https://www.thewyvern.example/uk-news/2026/jan/12/refugees-sleeping-rough-london-asylum-support-ends-trebles",
                  title="Number of refugees sleeping rough in London after leaving Home Office housing trebles in two years",
                  publisher="The Wyvern", author="Aisling Mbatha-Greer", published_date="2026-01-12"),
        labels=[
            L("trebles", 3, E, RATIO, RS + "_ratio", Y9 + " vs " + Y9_23 + " (in two years; headline)", geo="London"),
            L("trebled", 3, E, RATIO, RS + "_ratio", Y9 + " vs " + Y9_23 + " (in two years)", geo="London"),
            L("1,290", 1290, E, P, RS, Y9 + " (outreach workers; last address a Home Office hotel or hostel)", geo="London"),
            L("610", 610, E, P, RS, Y9_24, geo="London"),
            L("430", 430, E, P, RS, Y9_23, geo="London"),
            L("more than double", 2, MT, RATIO, RS + "_ratio", Y9 + " vs " + Y9_24 + " (the previous year's)", geo="London"),
            L("roughly one in seven", 100 / 7, AP, PCT, "rough_sleepers_new_share_left_asylum_accommodation",
              Y9 + " (of those seen sleeping rough for the first time)", geo="London"),
            L("Almost nine in ten", 90, ALM, PCT, RS + "_share_men", Y9, geo="London"),
            L("12,640", 12640, E, HH, RH, Y9 + " (approached councils for help)", geo=ENG),
            L("58%", 58, E, PCT, RH + "_change", Y9 + " vs " + Y9_24, geo=ENG),
            L("8,000", 8000, E, HH, RH, Y9_24 + " (a year before)", geo=ENG),
            L("87%", 87, E, PCT, RH + "_share_single_adults", Y9 + " (single adults without children)", geo=ENG),
            L("61,300", 61300, E, P, "asylum_grants", Y9 + " (granted protection; a record)"),
            L("some 9,500", 9500, AP, P, "asylum_initial_decisions", "per month, January 2026 (now)"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week, 2025 (asylum support; a refugee's account)"),
            L("286", 286, E, P, "poll_sample_size", "January 2026 (" + CSP + ")"),
            L("61%", 61, E, PCT, "charity_service_users_share_slept_rough", "after their support ended, 2024-2025 (" + CSP + ")"),
            L("a third", THIRD, E, PCT, "charity_service_users_share_slept_rough_over_a_month",
              "after their support ended (of those who slept rough; " + CSP + ")", ctx="and a third of that group"),
            L("Fewer than one in ten", 10, LT, PCT, "charity_service_users_share_accommodation_arranged",
              "when they left asylum housing (" + CSP + ")"),
            L("17 days", 17, E, DAYS, "refugee_eviction_notice_average", "2024-2025 (on average, before they had to go; " + CSP + ")"),
            L("£4.6m", 4.6e6, E, GBP, "council_refugee_homelessness_cost", "2024/25 (April 2024 to March 2025; bed and breakfast places)", geo="Manchester"),
            L("nearly twice", 2, ALM, RATIO, "council_refugee_homelessness_cost_ratio", "2024/25 vs 2023/24 (the previous year)", geo="Manchester"),
            L("£2.4m", 2.4e6, E, GBP, "council_refugee_homelessness_cost", "2023/24 (April 2023 to March 2024; the previous year)", geo="Manchester"),
            L("340", 340, E, HH, RH, "July to September 2025 (homeless applications by refugee households)", geo="Glasgow"),
            L("205", 205, E, HH, RH, "July to September 2024 (the same quarter of 2024)", geo="Glasgow"),
            L("180", 180, E, HH, RH, "July to September 2025 (refugee households accepted as homeless; over those three months)", geo="Northern Ireland"),
            L("£12m", 12e6, E, GBP, "home_office_refugee_move_on_funding", "2025/26 (this year; given to councils; government spokesperson)", geo=ENG),
        ]),
    "06-the-trident-net-migration-falls-ons-revisions": dict(
        meta=dict(url="https://www.thetrident.example/news/2026/11/26/net-migration-171000-ons-revises-2025-figure-up/",
                  title="Net migration slumps to 171,000 - but statisticians admit they undercounted last year",
                  publisher="The Trident", author="Crispin Yardley-Nkemelu", published_date="2026-11-26"),
        labels=[
            L("171,000", 171000, E, P, NM, YJ26 + " (headline)", occ=0),
            L("24,000", 24000, E, P, NM + "_revision", C25 + " (official estimate revised up; standfirst)"),
            L("171,000", 171000, E, P, NM, YJ26 + " (ONS Thursday bulletin)", occ=1),
            L("46 per cent", -46, E, PCT, NM + "_change", YJ26 + " vs " + YJ25),
            L("318,000", 318000, E, P, NM, YJ25 + " (revised estimate)"),
            L("less than a fifth", 0.2, LT, RATIO, NM + "_ratio", YJ26 + " vs " + YJ23),
            L("937,000", 937000, E, P, NM, YJ23 + " (current estimate)"),
            L("749,000", 749000, E, P, "immigration", YJ26 + " (an estimated; moved to Britain)"),
            L("578,000", 578000, E, P, "emigration", YJ26),
            L("336,000", 336000, E, P, "net_migration_non_eu", YJ26 + " (non-EU nationals; net inflow)"),
            L("74,000", -74000, E, P, "net_migration_eu", YJ26 + " (EU citizens; more departing than arriving)"),
            L("91,000", -91000, E, P, "net_migration_british_nationals", YJ26 + " (Britons who left on balance)"),
            L("a third", -THIRD, E, PCT, "immigration_work_non_eu_change", YJ26 + " vs " + YJ25, ctx="dropped by a third"),
            L("142,000", 142000, E, P, "immigration_work_non_eu", YJ26),
            L("17 per cent", -17, E, PCT, "immigration_study_change", YJ26 + " vs " + YJ25),
            L("187,000", 187000, E, P, "immigration_study", YJ26),
            L("236,000", 236000, E, P, NM, C25 + " (revised estimate)"),
            L("212,000", 212000, E, P, NM, C25 + " (first published in May 2026)"),
            L("more than a tenth", 10, MT, PCT, NM + "_revision", C25 + " (upward revision)"),
            L("286,000", 286000, E, P, NM, YJ25 + " (first estimate)"),
            L("32,000", 32000, E, P, NM + "_revision", YJ25 + " (pushed up by)"),
            L("745,000", 745000, E, P, NM, YJ23 + " (first estimate)"),
            L("192,000", 192000, E, P, NM + "_revision", YJ23 + " (higher than statisticians originally thought)"),
            L("Roughly two-thirds", 200 / 3, AP, PCT, "net_migration_share_of_fall_from_dependants_and_students",
              YJ26 + " vs " + YJ25 + " (of the decline over the past year; ONS director of population statistics)"),
            L("more than 80 per cent", -80, MT, PCT, NM + "_change", YJ26 + " vs " + YJ23 + " (from the peak; Home Secretary)"),
            L("nearly a quarter of a million", 250000, ALM, P, NM, C25 + " (the true number; " + "Shadow Home Secretary)"),
            L("258,000", 258000, E, P, "net_migration_forecast", "2027 (next year; Office for Budget Responsibility forecasts; " + ASH + ")"),
            L("150,000", 150000, E, P, "net_migration_scenario", "2027 (if it comes in at; " + ASH + ")"),
            L("around £6bn", 6e9, AP, GBP, "public_finances_effect_lower_migration", "per year, by 2030 (extra borrowing; " + ASH + ")"),
        ]),
    "07-the-usk-gazette-wales-population-migration-from-england": dict(
        meta=dict(url="https://www.uskgazette.example/news/wales/25318842.wales-population-grows-16-500-moves-england/",
                  title="Wales's population grows by 16,500 as thousands more move across the border from England",
                  publisher="The Usk Gazette", author="Gwenllian Parry-Okoro", published_date="2026-07-16"),
        labels=[
            L("16,500", 16500, E, P, "population_growth", YM + " (headline)", occ=0, geo=WA),
            V("thousands", 2000, 9000, P, "internal_migration_net_from_england", YM + " (more move across the border; headline)", geo=WA),
            L("7,500", -7500, E, P, "population_natural_change", YM + " (deaths outnumbered births; standfirst)", occ=0, geo=WA),
            L("16,500", 16500, E, P, "population_growth", YM, occ=1, geo=WA),
            L("3,201,800", 3201800, E, P, "population", M25 + " (mid-year estimates released by the ONS on Wednesday)", geo=WA),
            L("0.5%", 0.5, E, PCT, "population_change", YM, geo=WA),
            L("3,185,300", 3185300, E, P, "population", M24, geo=WA),
            L("14,600", 14600, E, P, "net_migration_international", YM, geo=WA),
            L("9,400", 9400, E, P, "internal_migration_net", YM + " (moves within the UK)", geo=WA),
            L("58,700", 58700, E, P, "internal_migration_inflow_from_england", YM + " (moved from England to Wales)", geo=WA),
            L("49,900", 49900, E, P, "internal_migration_outflow_to_england", YM + " (went in the opposite direction)", geo=WA),
            L("8,800", 8800, E, P, "internal_migration_net_from_england", YM + " (a net inflow)", geo=WA),
            L("27,400", 27400, E, P, "births", YM, geo=WA),
            L("34,900", 34900, E, P, "deaths", YM, geo=WA),
            L("7,500", -7500, E, P, "population_natural_change", YM + " (a natural decrease)", occ=1, geo=WA),
            L("more than 94,000", 94000, MT, P, "population_growth", "March 2021 to mid-2025 (since the 2021 census)", geo=WA),
            L("roughly one in five", 20, AP, PCT, "population_share_born_in_england", "March 2021 (2021 census; living here)", geo=WA),
            L("22.6%", 22.6, E, PCT, "population_share_aged_65_and_over", M25 + " (over-65s)", occ=0, geo=WA),
            L("more than a third", THIRD, MT, PCT, "internal_migration_inflow_share_aged_45_and_over", YM + " (newcomers from England)", geo=WA),
            L("1,900", -1900, E, P, "internal_migration_net_aged_16_24", YM + " (net loss to other parts of the UK)", geo=WA),
            L("1.2%", 1.2, E, PCT, "population_change", YM + " (the fastest-growing area)", geo="Cardiff"),
            L("385,900", 385900, E, P, "population", M25, geo="Cardiff"),
            L("0.9%", 0.9, E, PCT, "population_change", YM, geo="Newport"),
            L("164,300", 164300, E, P, "population", M25, geo="Newport"),
            L("0.7%", 0.7, E, PCT, "population_change", YM + " (as a whole)", geo="England and Wales"),
            L("1,240", 1240, E, P, "internal_migration_net_from_england", YM + " (the most of any Welsh council relative to its size)", geo="Monmouthshire"),
            L("nine", 9, E, COUNCILS, "council_areas_population_decline", YM + " (of Wales's 22 local authorities)", ctx="nine of Wales", geo=WA),
            L("0.2%", -0.2, E, PCT, "population_change", YM + " (fell by)", geo="Gwynedd"),
            L("c. 3.2m", 3.2e6, AP, P, "population", M25 + BOX, geo=WA),
            L("16.5k", 16500, E, P, "population_growth", YM + " (growth in a year)" + BOX, geo=WA),
            L("8.8k", 8800, E, P, "internal_migration_net_from_england", YM + " (net gain from England)" + BOX, geo=WA),
            L("22.6%", 22.6, E, PCT, "population_share_aged_65_and_over", M25 + " (aged 65+)" + BOX, occ=1, geo=WA),
            L("ten times", 10, E, RATIO, "house_price_to_earnings_ratio", "July 2026 (now; some villages; Plaid Cymru member of the Senedd)", geo="Gwynedd"),
            L("£21m", 21e6, E, GBP, "welsh_government_apprenticeships_rural_housing_funding", "2026/27 (this year; Welsh Government spokesperson)", geo=WA),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
