#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-ninety-third hand-labelled hold-out set (holdout193).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, PPB, RATIO, BOATS, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, HOT, PTR, RSP)

UK, ENG, WAL, SCO, NI, FR = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France"
SHARES, BEDS, SITES = "other:shares", "other:beds", "other:sites"

# 01 (Thursday 21 March 2024; fact check of a social media claim against the NAO report of March 2024)
CLAIM = "the claim checked: cost per person relocated to Rwanda"
RPP = "rwanda_scheme_planned_cost_per_relocation"
FIRST300 = "the first 300 people relocated (NAO figures, March 2024"
KF = " (Key figures list; NAO)"
TAB = " (table: payments to Rwanda by year; NAO, March 2024)"
PROC = "rwanda_scheme_planned_cost_processing_per_relocation"
PTRP = "payment_to_rwanda_planned"
PTRR = "payment_to_rwanda_per_relocation"
IA = "June 2023 (Home Office economic impact assessment"

# 02 (Thursday 28 November 2024; ONS estimates for the year ending June 2024)
YE24 = "July 2023 to June 2024 (year ending June 2024; ONS"
YE23 = "July 2022 to June 2023 (year ending June 2023, revised; ONS"
BOX2 = "; In numbers box)"

# 03 (Saturday 31 May 2025; live blog)
TODAY = "31 May 2025 (today, Saturday; Home Office data"
YTD3 = "1 January to 31 May 2025 (2025 so far, including today; Home Office data"
LY3 = "1 January to 31 May 2024 (by the end of May last year; Home Office data"

# 04 (Thursday 21 August 2025; PA copy; Home Office statistics for the year ending June 2025)
J25 = "30 June 2025 (end of June; Home Office figures published 21 August 2025"
J24 = "30 June 2024 (the same point in 2024; Home Office figures"
BOX4 = "; THE FIGURES box)"
NB = "Nuneaton and Bedworth"
ASP = "asylum_support_population"
ASH = "asylum_support_share_hotels"
ACH = "asylum_cost_hotels"

# 05 (Friday 2 January 2026; Home Office small boat figures for 2025)
Y25 = "January to December 2025 (last year; Home Office data"
SINCE = "5 July 2024 to 1 January 2026 (since Labour came to power on 5 July 2024"

# 06 (Friday 22 May 2026; Home Office statistics for the year ending March 2026, published Thursday 21 May 2026)
YM26 = "April 2025 to March 2026 (year ending March 2026; Home Office statistics published 21 May 2026"
YM25 = "April 2024 to March 2025 (year ending March 2025; Home Office statistics"
TBL = "; table of visas granted to main applicants)"
HCW = "visas_granted_health_care_worker"
COS = "certificates_of_sponsorship_assigned_skilled_worker"
RB = "Montrose"

# 07 (Friday 27 November 2026; Home Office data published Thursday 26 November 2026)
S26 = "30 September 2026 (end of September; Home Office data published 26 November 2026"
S25 = "30 September 2025 (a year before; Home Office data"
TL = "; Timeline box)"
TLB = " (Timeline box)"
HIU = "asylum_hotels_in_use"
FY26 = "April 2025 to March 2026 (2025-26, last year; Home Office annual accounts"

ARTICLES = {
    "01-syzygy-check-rwanda-scheme-cost-per-person": dict(
        meta=dict(url="https://syzygycheck.example/immigration/rwanda-scheme-cost-per-person-sent/",
                  title="Does the Rwanda plan really cost £2m for every person sent?",
                  publisher="Syzygy Check", author="Oriel Haverstock-Mbatha", published_date="2024-03-21"),
        labels=[
            L("£2m", 2000000, E, GBP, RPP, CLAIM + " (headline)", ctx="cost £2m for every person sent"),
            L("£2m", 2000000, E, GBP, RPP, CLAIM + " (What was claimed)", ctx="taxpayers £2m for every asylum seeker"),
            V("thousands", 2000, 9000, SHARES, "social_media_post_shares", "this week (a post on Facebook and X)", ctx="shared thousands of times"),
            L("£2m", 2000000, E, GBP, RPP, CLAIM + " (the post: \"will cost £2m per head\")", ctx="will cost £2m per head"),
            L("£370m", 370000000, E, GBP, PTR, "2022/23 to 2026/27 (over five years, whether or not anyone is relocated" + KF + ")", ctx="- £370m: payments"),
            L("£120m", 120000000, E, GBP, PTRP, "once 300 people have been relocated (extra payment" + KF + ")", ctx="- £120m: an extra"),
            L("£20,000", 20000, E, GBP, PTRR, "per person relocated" + KF, ctx="- £20,000: paid"),
            L("£150,874", 150874, E, GBP, PROC, "per person relocated, over five years (processing and integration" + KF + ")", ctx="- £150,874: processing"),
            L("£541m", 541000000, E, GBP, RSP, FIRST300 + KF + ")", ctx="- £541m: the National"),
            L("£140m", 140000000, E, GBP, PTR, "April 2022 to March 2023 (2022/23" + TAB),
            L("£100m", 100000000, E, GBP, PTR, "April 2023 to March 2024 (2023/24" + TAB),
            L("£50m", 50000000, E, GBP, PTR, "April 2024 to March 2025 (2024/25, scheduled" + TAB, ctx="2024/25 | £50m"),
            L("£50m", 50000000, E, GBP, PTR, "April 2025 to March 2026 (2025/26, scheduled" + TAB, ctx="2025/26 | £50m"),
            L("£30m", 30000000, E, GBP, PTR, "April 2026 to March 2027 (2026/27, scheduled" + TAB),
            L("£370m", 370000000, E, GBP, PTR, "2022/23 to 2026/27 (total" + TAB, ctx="Total | £370m"),
            L("£120m", 120000000, E, GBP, PTRP, "once the 300th person had been relocated (one-off payment; NAO)", ctx="one-off £120m"),
            L("£20,000", 20000, E, GBP, PTRR, "per person relocated (NAO)", ctx="plus £20,000 per person"),
            L("£150,874", 150874, E, GBP, PROC, "per person relocated, for up to five years (processing, accommodation and integration; NAO)", ctx="and £150,874 per person"),
            L("at least £541m", 541000000, AL, GBP, RSP, FIRST300 + "; relocating 300 people)"),
            L("about £1.8m", 1800000, AP, GBP, RPP, FIRST300 + "; divided between them, a head)", ctx="that is about £1.8m a head"),
            L("£2m", 2000000, E, GBP, RPP, CLAIM + " (the £2m in the claim)", ctx="than the £2m in the claim"),
            L("roughly £661m", 661000000, AP, GBP, RSP, "if 1,000 people were sent (the NAO's formula)"),
            L("about £661,000", 661000, AP, GBP, RPP, "if 1,000 people were sent (the NAO's formula, each)"),
            L("£169,000", 169000, E, GBP, "third_country_removal_cost_per_person_estimate", IA + "; to relocate each person to a third country)"),
            L("£106,000", 106000, E, GBP, "asylum_support_cost_per_person_if_not_removed_estimate", IA + "; to support each person in the UK asylum system)"),
            L("around 37%", 37, AP, PCT, "third_country_removal_breakeven_deterrence_share", IA + "; share of would-be crossers who would have to be deterred to break even)"),
            L("half a billion pounds", 500000000, E, GBP, RSP, "if deterrence does not work (Dr Linnea Marchbanks-Oduya, University of Warwick)"),
            L("29,437", 29437, E, P, SBA, "January to December 2023 (last year; Home Office figures)"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (a record; Home Office figures)"),
            L("just over a third", -THIRD, MT, PCT, SBA + "_change", "2023 vs 2022 (a fall; Home Office figures)"),
            L("£2m", 2000000, E, GBP, RPP, CLAIM + " (Conclusion)", ctx="The £2m figure"),
            L("£541m", 541000000, E, GBP, RSP, FIRST300 + "; Conclusion)", ctx="NAO is £541m"),
            L("about £1.8m", 1800000, AP, GBP, RPP, FIRST300 + "; each, Conclusion)", ctx="or about £1.8m each"),
        ]),
    "02-heliopause-news-net-migration-revised-906000": dict(
        meta=dict(url="https://www.heliopause.example/news/articles/c7d2e4l0x9ro",
                  title="Net migration record revised up to 906,000",
                  publisher="Heliopause News", author="Elsbeth Quarrington-Adeyemi", published_date="2024-11-28"),
        labels=[
            L("906,000", 906000, E, P, NM, YE23 + "; headline)", ctx="revised up to 906,000"),
            L("728,000", 728000, E, P, NM, YE24 + "; image caption)", ctx="Net migration was 728,000"),
            L("166,000", 166000, E, P, NM + "_revision", "July 2022 to June 2023 (added to the earlier estimate; ONS)"),
            L("906,000", 906000, E, P, NM, YE23 + ")", ctx="reached 906,000"),
            L("740,000", 740000, E, P, NM, "July 2022 to June 2023 (the earlier estimate, reported a year ago; ONS)"),
            L("728,000", 728000, E, P, NM, YE24 + ")", ctx="the figure was 728,000"),
            L("almost a fifth", -20, ALM, PCT, NM + "_change", "year ending June 2024 vs year ending June 2023 (lower than the revised peak; ONS)"),
            L("728,000", 728000, E, P, NM, YE24 + BOX2, ctx="Net migration: 728,000"),
            L("1.2m", 1200000, E, P, "immigration", YE24 + "; arrived" + BOX2),
            L("479,000", 479000, E, P, "emigration", YE24 + "; left" + BOX2, ctx="Left: 479,000"),
            L("83%", 83, E, PCT, "immigration_share_non_eu", YE24 + "; non-EU nationals' share of arrivals" + BOX2),
            L("906,000", 906000, E, P, NM, YE23 + "; peak" + BOX2, ctx="revised): 906,000"),
            L("1,207,000", 1207000, E, P, "immigration", YE24 + "; moved here for the long term)"),
            L("479,000", 479000, E, P, "emigration", YE24 + "; moved away)", ctx="and 479,000 moved away"),
            L("1,003,000", 1003000, E, P, "immigration_non_eu", YE24 + "; non-EU nationals)"),
            L("129,000", 129000, E, P, "immigration_eu", YE24 + "; EU nationals)"),
            L("75,000", 75000, E, P, "immigration_british", YE24 + "; British nationals returning)"),
            L("423,000", 423000, E, P, "immigration_work_non_eu", YE24 + "; non-EU arrivals for work, including dependants)"),
            L("378,000", 378000, E, P, "immigration_study_non_eu", YE24 + "; non-EU arrivals to study)"),
            L("more than half", -50, MT, PCT, "immigration_study_dependants_change", "year ending June 2024 vs year ending June 2023 (dependants of students, after rules introduced in January 2024; ONS)"),
            L("906,000", 906000, E, P, NM, YE23 + "; chart caption, the highest point)", ctx="highest point, 906,000"),
            L("28%", -28, E, PCT, "visas_granted_skilled_worker_change", "November 2023 to October 2024 vs the year before (the 12 months to October; a Home Office minister)"),
            L("more than 100,000", 100000, MT, P, NM + "_revision", "July 2022 to June 2023 (provisional numbers a year ago too low; Prof Tamsin Ogunleye-Carradine)"),
            V("thousands", 2000, 9000, P, "care_visa_holders_applying_to_stay_other_grounds", "to November 2024 (people who came on care visas; Prof Tamsin Ogunleye-Carradine)", ctx="noted that thousands"),
            L("610,000", 610000, E, P, "population_growth", "mid-2022 to mid-2023 (the 12 months to mid-2023; ONS)", geo=EW),
        ]),
    "03-aphelion-news-live-channel-crossings-busiest-day": dict(
        meta=dict(url="https://news.aphelion.example/live/channel-crossings-live-more-than-1-100-cross-in-a-day-13374251",
                  title="Channel crossings live: More than 1,100 people cross in a day as 2025 total passes 14,000",
                  publisher="Aphelion News", author=None, published_date="2025-05-31"),
        labels=[
            L("More than 1,100", 1100, MT, P, SBA, TODAY + "; headline)"),
            L("passes 14,000", 14000, MT, P, SBA, YTD3 + "; headline)"),
            L("1,174", 1174, E, P, SBA, TODAY + "; Key points)", ctx="1,174 people crossed in 19"),
            L("19", 19, E, BOATS, SBC, TODAY + "; Key points)"),
            L("14,790", 14790, E, P, SBA, YTD3 + "; Key points)", ctx="so far is 14,790"),
            L("42%", 42, E, PCT, SBA + "_change", "1 January to 31 May 2025 vs the same point in 2024 (up; Key points)"),
            L("almost 62", 62, ALM, PPB, "small_boat_occupancy", TODAY + "; average per boat, Key points)", ctx="carried almost 62"),
            L("1,174", 1174, E, P, SBA, TODAY + "; image caption)", ctx="harbour. 1,174"),
            L("1,174", 1174, E, P, SBA, TODAY + "; 21:40 entry)", ctx="shows 1,174 migrants"),
            L("825", 825, E, P, SBA, "12 April 2025 (the previous highest daily figure of the year; Home Office data)"),
            L("1,666", 1666, E, P, SBA, "30 to 31 May 2025 (Friday and Saturday combined; Home Office data)"),
            L("492", 492, E, P, SBA, "30 May 2025 (yesterday, Friday; Home Office data)"),
            L("more than 4,300", 4300, MT, P, SBA + "_change", "1 January to 31 May 2025 vs the same point in 2024 (ahead of last year; 20:15 entry heading)"),
            L("10,448", 10448, E, P, SBA, LY3 + ")"),
            L("14,790", 14790, E, P, SBA, YTD3 + "; 20:15 entry)", ctx="including today, is 14,790"),
            L("4,342", 4342, E, P, SBA + "_change", "1 January to 31 May 2025 vs the same point in 2024 (higher; Aphelion News data unit)"),
            L("36,816", 36816, E, P, SBA, "January to December 2024 (the whole of 2024; Home Office data)"),
            L("Nearly 15,000", 15000, ALM, P, SBA, "1 January to 31 May 2025 (this year; the shadow home secretary)"),
            L("more than 29,000", 29000, MT, P, "returns", "5 July 2024 to 31 May 2025 (since 5 July; removed or returned, a Home Office spokesperson)"),
            L("£700m", 700000000, E, GBP, "rwanda_scheme_cost", "April 2022 to July 2024 (the last government's Rwanda scheme; a Home Office spokesperson)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers sent under the Rwanda scheme; a Home Office spokesperson)", ctx="just four volunteers"),
            L("about 280", 280, AP, P, "small_boat_launch_attempts_stopped_people", "31 May 2025 (this morning; French officials, 15:30 entry heading)", geo=FR, ctx="stopped about 280 on beaches"),
            L("five", 5, E, BOATS, "small_boat_launches_prevented", "31 May 2025 (this morning, near Boulogne-sur-Mer and Gravelines; French officials)", geo=FR, ctx="prevented five launches"),
            L("about 280", 280, AP, P, "small_boat_launch_attempts_stopped_people", "31 May 2025 (this morning; French officials)", geo=FR, ctx="stopping about 280 people"),
            L("almost 62", 62, ALM, PPB, "small_boat_occupancy", TODAY + "; today's average per boat, analysis)", ctx="average of almost 62"),
            L("53", 53, E, PPB, "small_boat_occupancy", "January to December 2024 (average per boat across 2024; analysis)"),
            L("Around one in seven", 100 / 7, AP, PCT, "small_boat_arrivals_share_children", "January to March 2025 (this year; 13:05 entry heading, Home Office figures)"),
            L("around one in seven", 100 / 7, AP, PCT, "small_boat_arrivals_share_children", "January to March 2025 (Home Office figures published on Thursday 29 May 2025)"),
        ]),
    "04-nuneaton-nebula-pa-asylum-hotels-rise": dict(
        meta=dict(url="https://www.nuneatonnebula.example/news/national/number-of-asylum-seekers-in-hotels-rises-to-32000-as-claims-reach-record-5127783",
                  title="Number of asylum seekers in hotels rises to 32,000 as claims reach record",
                  publisher="Nuneaton Nebula", author="Caspian Thorogood-Eshun", published_date="2025-08-21"),
        labels=[
            L("32,000", 32000, E, P, HOT, J25 + "; headline)", ctx="rises to 32,000"),
            L("8%", 8, E, PCT, HOT + "_change", "30 June 2025 vs 30 June 2024 (risen in a year; Home Office figures)", ctx="by 8% in a year"),
            L("more than 32,000", 32000, MT, P, HOT, J25 + ")"),
            L("some 32,059", 32059, AP, P, HOT, J25 + ")"),
            L("29,585", 29585, E, P, HOT, J24 + ")"),
            L("56,042", 56042, E, P, HOT, "September 2023 (the peak; Home Office figures)"),
            L("111,084", 111084, E, P, "asylum_applications", "July 2024 to June 2025 (year ending June 2025, a record; Home Office figures)", ctx="reached 111,084"),
            L("14%", 14, E, PCT, "asylum_applications_change", "year ending June 2025 vs the year before (up; Home Office figures)"),
            L("around 103,000", 103000, AP, P, ASP, J25 + "; on section 95 support)"),
            L("31%", 31, E, PCT, ASH, J25 + "; hotels' share of those supported)"),
            L("£2.1bn", 2100000000, E, GBP, ACH, "April 2024 to March 2025 (2024/25; Home Office)", ctx="spent £2.1bn"),
            L("about £5.8m", 5800000, AP, GBP, ACH, "per day (2024/25, the equivalent a day; Home Office)"),
            L("43,309", 43309, E, P, SBA, "July 2024 to June 2025 (the 12 months to June; Home Office figures)"),
            L("38%", 38, E, PCT, SBA + "_change", "year ending June 2025 vs the previous year (up; Home Office figures)"),
            L("32,059", 32059, E, P, HOT, J25 + BOX4, ctx="- 32,059: asylum"),
            L("8%", 8, E, PCT, HOT + "_change", "30 June 2025 vs June 2024 (rise" + BOX4, ctx="- 8%: rise"),
            L("111,084", 111084, E, P, "asylum_applications", "July 2024 to June 2025 (YE June 2025" + BOX4, ctx="- 111,084: asylum"),
            L("£2.1bn", 2100000000, E, GBP, ACH, "April 2024 to March 2025 (2024/25" + BOX4, ctx="- £2.1bn: hotel"),
            V("tens of thousands", 20000, 90000, P, "asylum_backlog", "July 2024 (when this government took on the asylum system; a Home Office spokesperson)"),
            V("millions of pounds", 2000000, 9000000, GBP, ACH, "per day (July 2024, when this government took on the asylum system; a Home Office spokesperson)"),
            L("3,120", 3120, E, P, ASP, J25 + "; in Home Office accommodation)", geo=WAL),
            L("fewer than 100", 100, LT, P, HOT, J25 + ")", geo=WAL),
            L("5,870", 5870, E, P, ASP, J25 + ")", geo=SCO),
            L("about a third", THIRD, AP, PCT, ASH, J25 + "; share of those receiving support in hotel rooms)", geo=NI),
            L("2,270", 2270, E, P, ASP, J25 + ")", geo=NI),
            L("187", 187, E, P, HOT, J25 + ")", geo=NB),
            L("142", 142, E, P, HOT, "30 June 2024 (a year earlier; Home Office figures)", geo=NB),
            L("almost a third", THIRD, ALM, PCT, HOT + "_change", "30 June 2025 vs 30 June 2024 (a rise)", geo=NB),
            L("264", 264, E, P, "asylum_dispersal_population", J25 + "; in dispersed housing)", geo=NB),
            L("611", 611, E, P, ASP, J25 + ")", geo="Warwickshire"),
            L("About 300", 300, AP, P, "protest_attendance", "17 August 2025 (on Sunday; protest outside a hotel in Nuneaton)", geo="Nuneaton"),
        ]),
    "05-daily-quasar-small-boats-2025-total": dict(
        meta=dict(url="https://www.dailyquasar.example/news/politics/2139847/channel-migrants-41472-crossed-2025-second-worst-year",
                  title="Channel migrants: 41,472 crossed in 2025 - second-worst year on record",
                  publisher="Daily Quasar", author="Ludovic Ashcombe-Ferreira", published_date="2026-01-02"),
        labels=[
            L("41,472", 41472, E, P, SBA, Y25 + "; headline)", ctx="migrants: 41,472"),
            L("41,472", 41472, E, P, SBA, Y25 + "; bullet point)", ctx="- 41,472 small boat"),
            L("13%", 13, E, PCT, SBA + "_change", "2025 vs 2024 (up; bullet point)", ctx="Up 13%"),
            L("Nearly 65,000", 65000, ALM, P, SBA, SINCE + "; bullet point)", ctx="Nearly 65,000 have arrived"),
            L("MORE than 41,000", 41000, MT, P, SBA, Y25 + "; upper-case first words)"),
            L("41,472", 41472, E, P, SBA, Y25 + ")", ctx="data, 41,472"),
            L("4,656", 4656, E, P, SBA + "_change", "2025 vs 2024 (more; Home Office data)"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (the highest annual total; Home Office data)"),
            L("More than 41,000", 41000, MT, P, SBA, Y25 + "; image caption)"),
            L("13%", 13, E, PCT, SBA + "_change", "2025 vs 2024 (up)", ctx="is up 13%"),
            L("36,816", 36816, E, P, SBA, "January to December 2024 (the year before; Home Office data)"),
            L("Nearly 65,000", 65000, ALM, P, SBA, SINCE + ")", ctx="Nearly 65,000 people have come ashore"),
            L("708", 708, E, BOATS, SBC, Y25 + ")"),
            L("695", 695, E, BOATS, SBC, "January to December 2024 (Home Office data)"),
            L("nearly 59", 59, ALM, PPB, "small_boat_occupancy", Y25 + "; average per vessel)"),
            L("53", 53, E, PPB, "small_boat_occupancy", "January to December 2024 (per boat the year before)"),
            L("20,117", 20117, E, P, SBA, "January to June 2025 (the first six months of 2025; Home Office data)"),
            L("1,174", 1174, E, P, SBA, "31 May 2025 (the busiest single day of 2025; Home Office data)"),
            L("Three-quarters", 75, E, PCT, "small_boat_arrivals_share_adult_men", "January to September 2025 (Home Office statistics)"),
            L("Nearly 65,000", 65000, ALM, P, SBA, SINCE + "; the shadow home secretary)", ctx="Nearly 65,000 people have come across"),
            L("153", 153, E, P, "returns_france", "September 2025 to 1 January 2026 (since the first returns under the one in, one out deal)"),
            L("More than 36,000", 36000, MT, P, HOT, "30 September 2025 (when September ended)"),
            L("more than 50,000", 50000, MT, P, "returns", SINCE + "; sent home, a Home Office spokesperson)"),
            V("tens of thousands", 20000, 90000, P, "small_boat_launch_attempts_stopped_people", "5 July 2024 to 1 January 2026 (stopped on the beaches by French officers; a Home Office spokesperson)", geo=FR),
            L("1,028", 1028, E, P, SBA, "December 2025 (analysis of the figures)"),
        ]),
    "06-montrose-meteor-scotland-care-visas-fall": dict(
        meta=dict(url="https://www.montrosemeteor.example/news/scotland/care-homes-warn-of-closures-as-health-and-care-visas-fall-60-4471920",
                  title="Care homes warn of closures as health and care visas fall 60%",
                  publisher="Montrose Meteor", author="Torcuil Drummond-Achterberg", published_date="2026-05-22"),
        labels=[
            L("60%", -60, E, PCT, HCW + "_change", "year ending March 2026 vs year ending March 2025 (fall; headline)", ctx="visas fall 60%"),
            L("almost a quarter", -25, ALM, PCT, COS + "_change", "year ending March 2026 vs the year before (fewer skilled workers sponsored; standfirst)", geo=SCO),
            L("More than a third", THIRD, MT, PCT, "care_home_staff_share_sponsored_visas", "May 2026 (a care home in Angus; image caption)", geo=RB),
            L("9,700", 9700, E, P, HCW, YM26 + "; main applicants)", ctx="show just 9,700"),
            L("60%", -60, E, PCT, HCW + "_change", "year ending March 2026 vs the previous year (a drop; Home Office statistics)", ctx="drop of 60%"),
            L("nearly 11 times", 11, ALM, RATIO, HCW + "_ratio", "2023 peak vs year ending March 2026 (higher)"),
            L("105,600", 105600, E, P, HCW, "2023 (the route's peak; Home Office statistics)"),
            L("£41,700", 41700, E, GBP, "skilled_worker_salary_threshold", "per year (from July 2025; pay floor for most skilled worker visas)"),
            L("78,400", 78400, E, P, "visas_granted_skilled_worker", YM25 + TBL),
            L("61,900", 61900, E, P, "visas_granted_skilled_worker", YM26 + TBL),
            L("-21%", -21, E, PCT, "visas_granted_skilled_worker_change", "year ending March 2026 vs year ending March 2025" + TBL),
            L("24,300", 24300, E, P, HCW, YM25 + TBL),
            L("9,700", 9700, E, P, HCW, YM26 + TBL, ctx="24,300\t9,700"),
            L("-60%", -60, E, PCT, HCW + "_change", "year ending March 2026 vs year ending March 2025" + TBL),
            L("405,600", 405600, E, P, "visas_granted_study", YM25 + TBL),
            L("388,200", 388200, E, P, "visas_granted_study", YM26 + TBL),
            L("-4%", -4, E, PCT, "visas_granted_study_change", "year ending March 2026 vs year ending March 2025" + TBL),
            L("18,200", 18200, E, P, "visas_granted_study_dependants", YM25 + TBL),
            L("14,600", 14600, E, P, "visas_granted_study_dependants", YM26 + TBL),
            L("-20%", -20, E, PCT, "visas_granted_study_dependants_change", "year ending March 2026 vs year ending March 2025" + TBL),
            L("62,800", 62800, E, P, "visas_granted_family", YM25 + TBL),
            L("57,500", 57500, E, P, "visas_granted_family", YM26 + TBL),
            L("-8%", -8, E, PCT, "visas_granted_family_change", "year ending March 2026 vs year ending March 2025" + TBL),
            L("4,870", 4870, E, P, COS, YM26 + "; over the same period)", geo=SCO),
            L("6,410", 6410, E, P, COS, YM25 + "; the year before)", geo=SCO),
            L("38%", 38, E, PCT, "care_providers_share_employing_sponsored_staff", "spring 2026 (Scottish Care survey of members)", geo=SCO),
            L("one in four", 25, E, PCT, "care_providers_share_expecting_to_cut_beds", "spring 2026 (expected to cut beds within a year; Scottish Care survey)", geo=SCO),
            L("22", 22, E, P, "care_home_staff_sponsored_visas", "May 2026 (Rossie Brae care home)", geo=RB, ctx="Montrose, 22 of"),
            L("61", 61, E, P, "care_home_staff", "May 2026 (Rossie Brae care home)", geo=RB),
            L("more than a third", THIRD, MT, PCT, "care_home_staff_share_sponsored_visas", "May 2026 (Rossie Brae care home's workforce)", geo=RB, ctx="visas, more than a third"),
            L("48", 48, E, BEDS, "care_home_beds", "May 2026 (Rossie Brae care home; the manager)", geo=RB),
            L("41,300", 41300, E, P, "net_migration_international", "mid-2024 to mid-2025 (the year to mid-2025; National Records of Scotland)", geo=SCO),
            L("about 5.5 million", 5500000, AP, P, "population", "May 2026 (stands at)", geo=SCO),
            L("double", 2, E, RATIO, "population_aged_85_and_over_projection_ratio", "within 25 years (projected; over-85s)", geo=SCO),
            L("4%", -4, E, PCT, "visas_granted_study_change", "year ending March 2026 vs the year before (fell; Home Office figures)", ctx="fell by 4%"),
            L("8%", -8, E, PCT, "visas_granted_family_change", "year ending March 2026 vs the year before (down; Home Office figures)", ctx="down 8%"),
            L("32%", 32, E, PCT, "skills_charge_change", "December 2025 (last December; rose)"),
            L("around 3,400", 3400, AP, P, "adult_social_care_workforce", "May 2026 (an Angus Council spokesman)", geo="Angus"),
        ]),
    "07-the-ecliptic-asylum-hotels-timeline-cost": dict(
        meta=dict(url="https://www.theecliptic.example/news/2026/11/27/asylum-hotel-numbers-fall-almost-third-142-remain-open/",
                  title="Asylum hotel numbers fall by almost a third, but 142 remain open",
                  publisher="The Ecliptic", author="Ambrose Fitzwarren-Okafor", published_date="2026-11-27"),
        labels=[
            L("almost a third", -THIRD, ALM, PCT, HOT + "_change", "30 September 2026 vs 30 September 2025 (fall; headline)", ctx="fall by almost a third"),
            L("142", 142, E, HOTELS, HIU, S26 + "; headline)", ctx="but 142 remain"),
            L("close to £2bn", 2000000000, AP, GBP, ACH, FY26 + "; standfirst)"),
            L("almost a third", -THIRD, ALM, PCT, HOT + "_change", "30 September 2026 vs 30 September 2025 (shrunk over the past year)", ctx="shrunk by almost a third"),
            L("more than 24,000", 24000, MT, P, HOT, S26 + "; still housed)"),
            L("24,370", 24370, E, P, HOT, S26 + ")", ctx="30 September at 24,370"),
            L("36,270", 36270, E, P, HOT, S25 + ")", ctx="against 36,270"),
            L("210", 210, E, HOTELS, HIU, S25 + ")", ctx="from 210 to 142"),
            L("142", 142, E, HOTELS, HIU, S26 + ")", ctx="from 210 to 142"),
            L("142", 142, E, HOTELS, HIU, S26 + "; image caption)", ctx="used 142 hotels"),
            L("£1.86bn", 1860000000, E, GBP, ACH, FY26 + ")"),
            L("11%", -11, E, PCT, ACH + "_change", "2025-26 vs 2024-25 (less; Home Office annual accounts)"),
            L("£2.1bn", 2100000000, E, GBP, ACH, "April 2024 to March 2025 (the year before; Home Office annual accounts)"),
            L("about £145", 145, AP, GBP, "asylum_hotel_cost_per_person_night", "per night (per person, November 2026)"),
            L("roughly six times", 6, AP, RATIO, "asylum_hotel_cost_per_person_night_ratio", "per night (hotel room vs a place in dispersed housing)"),
            L("£24", 24, E, GBP, "asylum_dispersal_cost_per_person_night", "per night (a place in dispersed housing)"),
            L("about a quarter", 25, AP, PCT, ASH, S26 + "; hotels' share of people in asylum accommodation)"),
            L("96,400", 96400, E, P, ASP, S26 + "; people in asylum accommodation)"),
            L("more than half", 50, MT, PCT, ASH, "September 2023 (at the peak)"),
            L("20", 20, E, HOTELS, "asylum_hotels_to_close", "23 November 2026 to March 2027 (a further 20 to close by March; the Home Office told MPs on Monday)"),
            L("two", 2, E, SITES, "asylum_military_sites_planned", "23 November 2026 (former military sites to take people moved out; the Home Office told MPs on Monday)", ctx="two former military sites"),
            L("up to 1,800", 1800, AM, P, "large_site_capacity", "23 November 2026 (men the two former military sites can hold between them; the Home Office)"),
            L("about 2,500", 2500, AP, P, HOT, "March 2020 (hotels first used at scale" + TL),
            L("56k", 56000, E, P, HOT, "September 2023 (peak" + TL),
            L("more than 400", 400, MT, HOTELS, HIU, "September 2023 (peak" + TL),
            L("nearly £8m", 8000000, ALM, GBP, ACH, "per day (September 2023, peak" + TL),
            L("29,585", 29585, E, P, HOT, "June 2024" + TLB),
            L("about 220", 220, AP, HOTELS, HIU, "June 2024" + TLB),
            L("32,059", 32059, E, P, HOT, "June 2025" + TLB),
            L("36,270", 36270, E, P, HOT, "September 2025" + TLB, ctx="2025 - 36,270"),
            L("210", 210, E, HOTELS, HIU, "September 2025" + TLB, ctx="in 210 hotels"),
            L("24,370", 24370, E, P, HOT, "September 2026" + TLB, ctx="2026 - 24,370"),
            L("142", 142, E, HOTELS, HIU, "September 2026" + TLB, ctx="24,370 in 142 hotels"),
            L("51,200", 51200, E, P, "asylum_backlog", S26 + "; cases awaiting a first decision)"),
            L("76,400", 76400, E, P, "asylum_backlog", S25 + "; a year earlier)"),
            L("almost 80", 80, ALM, HOTELS, "asylum_hotels_closed", "5 July 2024 to November 2026 (since 5 July 2024; a Home Office spokesperson)"),
            V("hundreds of millions of pounds", 200000000, 900000000, GBP, "asylum_hotel_exit_saving", "5 July 2024 to November 2026 (saved the taxpayer; a Home Office spokesperson)"),
            L("38,110", 38110, E, P, SBA, "1 January to 26 November 2026 (so far this year; the shadow home secretary)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
