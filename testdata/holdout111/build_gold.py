#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-eleventh hand-labelled hold-out set (holdout111).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, HOTELS, THIRD, E, AP, MT, AL, LT, AM,
                        ALM, SBA, SBC, NM, AC, HOT, PTR, RSC, RSP)

UK, ENG, FR, EU = "UK", "England", "France", "EU"
VIEWS, PROPS, P10K, BEDS = "other:views", "other:properties", "other:persons_per_10000_residents", "other:bed_spaces"
HOMES, STAFFDAYS, HH, WEEKS = "other:homes", "other:staff_days", "other:households", "other:weeks"

# 01 (Thursday 21 May 2026; live page on the morning the ONS published its estimates for the year ending December 2025)
YED25 = "January to December 2025 (year ending December 2025; ONS, published Thursday 21 May 2026"
YEJ25 = "July 2024 to June 2025 (year ending June 2025"
# 02 (Tuesday 29 September 2026; crossings "yesterday", Monday 28 September; "so far this year" = 1 January to 28 September)
YTD2 = "1 January to 28 September 2026 (so far this year; Home Office figures"
MON2 = "Monday 28 September 2026 (yesterday; Home Office figures"
HOS2 = "Home Office spokesman"
# 03 (Tuesday 17 February 2026; claim made in a televised interview on Sunday 15 February 2026)
HC = "asylum_cost_hotels"
CLM = "Conservative frontbencher, televised Sunday interview, 15 February 2026"
Y2425 = "April 2024 to March 2025 (2024/25"
# 04 (Thursday 9 July 2026; report to Wigan Council's cabinet "on Tuesday", 7 July 2026; stocks at 31 March 2026)
WIG = "Wigan"
DP = "asylum_dispersal_population"
RPT4 = "report to Wigan Council's cabinet, Tuesday 7 July 2026"
M26 = "31 March 2026 (end of March; " + RPT4
Y2526C = "April 2025 to March 2026 (2025/26; " + RPT4
# 05 (Tuesday 14 April 2026; written answer published "on Monday", 13 April 2026)
WA5 = "Home Office written answer published Monday 13 April 2026"
LIFE = "April 2022 to July 2024 (the scheme's lifetime"
REF = "rwanda_scheme_cost_refunds"
CAR = "Carrick Institute"
# 06 (Thursday 20 August 2026; Home Office statistics for the year to June 2026 "published on Thursday")
YJ26 = "July 2025 to June 2026 (the year to June; Home Office statistics published Thursday 20 August 2026"
GS = "asylum_grants_share_initial_decisions"
SLP = "Sanctuary Law Project"
# 07 (Thursday 5 November 2026; report to Swansea Council's scrutiny programme committee "on Tuesday", 3 November 2026)
SW = "Swansea"
RH = "refugees_homeless_after_leaving_asylum_support"
RPT7 = "report to Swansea Council's scrutiny programme committee, Tuesday 3 November 2026"
Y2526 = "April 2025 to March 2026 (2025/26"
Y2425S = "April 2024 to March 2025 (2024/25"
WG = "Welsh Government figures"

ARTICLES = {
    "01-the-transmitter-net-migration-live": dict(
        meta=dict(url="https://www.thetransmitter.example/news/live/uk-politics-70418832",
                  title="Net migration falls to 171,000 as ONS publishes new figures",
                  publisher="The Transmitter", author="Lowri Stanhope-Mbatha", published_date="2026-05-21"),
        labels=[
            L("171,000", 171000, E, P, NM, YED25 + "; headline)", occ=0),
            L("171,000", 171000, E, P, NM, YED25 + "; summary)", occ=1),
            L("roughly half", 0.5, AP, RATIO, NM + "_ratio", "2025 vs 2024 (calendar years; summary)"),
            L("345,000", 345000, E, P, NM, "January to December 2024 (now estimated, revised; ONS; summary)"),
            L("38,000", 38000, E, P, NM + "_revision", YEJ25 + "; added to the estimate; ONS; summary)", occ=0),
            L("242,000", 242000, E, P, NM, YEJ25 + ", revised; ONS; summary)", occ=0),
            L("A hundred and seventy thousand", 170000, E, P, NM, "per year, 2025 (Reform UK chairman)"),
            L("431,000", 431000, E, P, NM, "January to December 2024 (first estimate, published May 2025; ONS)"),
            L("86,000", -86000, E, P, NM + "_revision", "January to December 2024 (cut by since first published; ONS)"),
            L("38,000", 38000, E, P, NM + "_revision", YEJ25 + "; revised up by; ONS, today's release)", occ=1),
            L("242,000", 242000, E, P, NM, YEJ25 + ", revised; ONS, today's release)", occ=1),
            L("19%", 19, E, PCT, NM + "_revision", YEJ25 + "; higher than first published; ONS)"),
            L("204,000", 204000, E, P, NM, YEJ25 + "; first estimate, published November 2025; ONS)"),
            L("768,000", 768000, E, P, "immigration", YED25 + ")"),
            L("603,000", 603000, E, P, "immigration_non_eu", YED25 + "; of those, non-EU nationals)"),
            L("about half", 0.5, AP, RATIO, "immigration_non_eu_ratio", "2025 vs year ending June 2023 (ONS)"),
            L("1.2m", 1.2e6, E, P, "immigration_non_eu", "July 2022 to June 2023 (year ending June 2023, arrived from outside the EU; ONS)"),
            L("251,000", 251000, E, P, "immigration_study", YED25 + "; study, the biggest single reason)"),
            L("162,000", 162000, E, P, "immigration_work", YED25 + "; came mainly to work)"),
            L("7%", 7, E, PCT, "emigration_change", "2025 vs 2024 (rose; ONS)"),
            L("597,000", 597000, E, P, "emigration", YED25 + ")"),
            L("109,000", -109000, E, P, "net_migration_british_nationals", YED25 + "; a net outflow)"),
            L("71,000", -71000, E, P, "net_migration_eu", YED25 + "; EU citizens, a net outflow)"),
            L("351,000", 351000, E, P, "net_migration_non_eu", YED25 + "; non-EU citizens added a net)"),
            L("4,120", 4120, E, P, "visas_granted_care_worker", "April 2025 to March 2026 (the 12 months to March 2026; Home Office statistics)"),
            L("88%", -88, E, PCT, "visas_granted_care_worker_change", "April 2025 to March 2026 vs the year before (down; Home Office statistics)"),
            L("above 600,000", 600000, MT, P, NM, "the year before July 2024 (on the day the government took over; Home Secretary)"),
            L("171,000", 171000, E, P, NM, YED25 + "; today; Home Secretary)", occ=2),
            V("tens of thousands", -90000, -20000, P, "immigration_study_dependants_change", "2024 (cut by the early-2024 ban on most students bringing family members; shadow home secretary)"),
            L("about 96,000", 96000, AP, P, "immigration_asylum", YED25 + "; asylum-related immigration)"),
            L("roughly one in eight", 12.5, AP, PCT, "immigration_share_asylum", YED25 + "; of all arrivals)"),
            L("171,000", 171000, E, P, NM, YED25 + "; the 09:32 entry)", occ=3),
            L("82%", -82, E, PCT, NM + "_change", "year ending December 2025 vs year ending March 2023 (below the record)"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (the 12 months to March 2023, the record)"),
            L("under 200,000", 200000, LT, P, NM, YED25 + "; expected before release, ministers privately braced for; government source)"),
        ]),
    "02-daily-furore-small-boats-ahead-of-last-year": dict(
        meta=dict(url="https://www.dailyfurore.example/news/politics/2231408/small-boats-channel-migrants-712-one-day-2026-total",
                  title="Small boats CHAOS: 712 migrants cross in ONE day as 2026 total races ahead of last year",
                  publisher="Daily Furore", author="Declan Hartigan-Moss", published_date="2026-09-29"),
        labels=[
            L("712", 712, E, P, SBA, MON2 + "; in ONE day; headline)", occ=0),
            L("MORE than 31,000", 31000, MT, P, SBA, YTD2 + "; standfirst)"),
            L("9 percent", 9, E, PCT, SBA + "_change", "1 January to 28 September, 2026 vs 2025 (up on the same point in 2025; standfirst)"),
            L("712", 712, E, P, SBA, MON2 + "; landed on the Kent coast)", occ=1),
            L("13", 13, E, BOATS, SBC, MON2 + ")"),
            L("almost 55", 55, ALM, PPB, "small_boat_occupancy", MON2 + "; average per dinghy)"),
            L("31,406", 31406, E, P, SBA, YTD2 + "; this year's running tally)"),
            L("9%", 9, E, PCT, SBA + "_change", "1 January to 28 September, 2026 vs 2025 (up on the same date)"),
            L("28,815", 28815, E, P, SBA, "1 January to 28 September 2025 (by the same date in 2025)"),
            L("2,591", 2591, E, P, SBA + "_change", "1 January to 28 September, 2026 vs 2025 (higher than at this stage of last year)"),
            L("41,472", 41472, E, P, SBA, "January to December 2025 (the whole of last year)"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (the all-time high)"),
            L("5,934", 5934, E, P, SBA, "1 to 28 September 2026 (September alone)"),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", "September 2026 vs September 2020"),
            L("1,502", 1502, E, P, SBA, "September 2020"),
            L("doubled", 2, E, RATIO, "small_boat_occupancy_ratio", "2026 vs 2021 (the number packed onto each boat)"),
            L("28", 28, E, PPB, "small_boat_occupancy", "January to December 2021", ctx="the average was 28"),
            L("More than 96,000", 96000, MT, P, SBA, "5 July 2024 to 28 September 2026 (since the day Labour took office)"),
            L("Thirty-one thousand", 31000, E, P, SBA, "1 January to 28 September 2026 (in nine months; shadow home secretary)"),
            L("at least one in five", 20, AL, PCT, "small_boat_arrivals_share_refused_asylum_in_eu", "2026 (previously refused asylum in an EU country; Reform UK claim, not recognised by the Home Office)"),
            L("over 19,000", 19000, MT, P, "small_boat_launch_attempts_stopped_people", "1 January to September 2026 (since January; French interior ministry)", geo=FR),
            L("12%", 12, E, PCT, "small_boat_launch_attempts_stopped_people_change", "2026 vs 2025 (an increase on last year; French interior ministry)", geo=FR),
            L("a fifth", -20, E, PCT, "irregular_arrivals_change", "January to August, 2026 vs 2025 (irregular entries into the bloc, the first eight months; Frontex)", geo=EU),
            L("29,600", 29600, E, P, HOT, "30 June 2026 (still living in hotels at the end of June)"),
            L("about £4million", 4e6, AP, GBP, HC, "per day, 2026 (costing taxpayers)"),
            L("almost 50,000", 50000, ALM, P, "returns", "5 July 2024 to September 2026 (sent home since the election; " + HOS2 + ")"),
            L("£100million", 100e6, E, GBP, "border_security_funding_change", "2026 (an extra, this year; " + HOS2 + ")"),
            L("up to 900", 900, AM, P, "large_site_capacity_planned", "2026 (a second former military site, plans being drawn up; single men; The Furore understands)"),
        ]),
    "03-trueline-asylum-hotels-8-million-a-day-claim": dict(
        meta=dict(url="https://trueline.example/fact-checks/do-asylum-hotels-cost-8-million-a-day/",
                  title="Do asylum hotels cost £8 million a day?",
                  publisher="Trueline", author="Imelda Korsgaard", published_date="2026-02-17"),
        labels=[
            L("£8 million", 8e6, E, GBP, HC, "per day, February 2026 (the claim checked; headline)", occ=0),
            L("£8 million", 8e6, E, GBP, HC, "per day, February 2026 (still; 'What was said' box; " + CLM + ")", occ=1),
            L("£8 million", 8e6, E, GBP, HC, "per day, 2023 (the figure ministers gave; 'Our verdict' box)", occ=2),
            L("£2.1 billion", 2.1e9, E, GBP, HC, Y2425 + "; the Home Office's latest accounts; 'Our verdict' box)", occ=0),
            L("around £5.8 million", 5.8e6, AP, GBP, HC, "per day, " + Y2425 + "; 'Our verdict' box)", occ=0),
            L("more than 640,000", 640000, MT, VIEWS, "social_media_post_views", "15 to 16 February 2026 (a clip of the claim, by Monday night)"),
            L("£8 million", 8e6, E, GBP, HC, "per day (the claim checked; cross-head)", occ=3),
            L("more than 56,000", 56000, MT, P, HOT, "2023 (the peak)"),
            L("£8 million", 8e6, E, GBP, HC, "per day, 2023 (ministers repeatedly told Parliament)", occ=4),
            L("£3.1 billion", 3.1e9, E, GBP, HC, "April 2023 to March 2024 (2023/24; Home Office annual report)"),
            L("about £8.5 million", 8.5e6, AP, GBP, HC, "per day, April 2023 to March 2024 (2023/24; equivalent to)"),
            L("£2.1 billion", 2.1e9, E, GBP, HC, Y2425 + ", the 12 months to March 2025; accounts laid before Parliament in July 2025)", occ=1),
            L("around £5.8 million", 5.8e6, AP, GBP, HC, "per day, " + Y2425 + "; works out at)", occ=1),
            L("a third", -THIRD, E, PCT, HC + "_change", "2024/25 vs 2023/24 (down on the year before)"),
            L("44%", 44, E, PCT, "asylum_cost_share_hotels", Y2425 + "; of asylum support spending)"),
            L("£4.76 billion", 4.76e9, E, GBP, AC, Y2425 + "; spent on asylum support)"),
            L("£5.38bn", 5.38e9, E, GBP, AC, "April 2023 to March 2024 (2023/24; a record; total asylum support spending)"),
            L("about £4.5 million", 4.5e6, AP, GBP, HC, "per day, April to September 2025 (averaged; Home Office minister, written answer, January 2026)"),
            L("roughly £1.6 billion", 1.6e9, AP, GBP, HC + "_projection", "April 2025 to March 2026 (2025/26, if the April to September rate held for the whole year; Trueline's estimate)"),
            L("32,100", 32100, E, P, HOT, "30 September 2025 (end of September)"),
            L("around 43%", -43, AP, PCT, HOT + "_change", "30 September 2025 vs the 2023 peak (below)"),
            L("about 210", 210, AP, HOTELS, "asylum_hotels_in_use", "30 September 2025 (spread across)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "2023 (when hotel use was at its peak)"),
            L("92%", 92, E, PCT, "asylum_hotel_population_share", "30 September 2025 (of hotel residents)", geo=ENG),
            L("£158", 158, E, GBP, "asylum_hotel_cost_per_person_night", "per night, " + Y2425 + "; average for a room; National Audit Office)"),
            L("£17", 17, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, " + Y2425 + "; a place in dispersal housing; National Audit Office)"),
            L("more than nine times", 9, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", Y2425 + "; a hotel place against dispersal housing; National Audit Office)"),
            L("£8 million", 8e6, E, GBP, HC, "per day (the claim; source asked of the frontbencher's office)", occ=5),
        ]),
    "04-douglas-valley-courier-wigan-asylum-dispersal": dict(
        meta=dict(url="https://www.douglasvalleycourier.example/news/wigan/wigan-asylum-seekers-numbers-up-20-per-cent-council-report-4471902",
                  title="Wigan asylum numbers up 20% as council warns burden across region is 'unfair'",
                  publisher="The Douglas Valley Courier", author="Hollis Grantham-Uwe", published_date="2026-07-09"),
        labels=[
            L("20%", 20, E, PCT, DP + "_change", "31 March 2026 vs 31 March 2025 (headline)", occ=0, geo=WIG),
            L("1,146", 1146, E, P, DP, M26 + "; standfirst)", occ=0, geo=WIG),
            L("20%", 20, E, PCT, DP + "_change", "31 March 2026 vs 31 March 2025 (in a year; " + RPT4 + ")", occ=1, geo=WIG),
            L("1,146", 1146, E, P, DP, M26 + ")", occ=1, geo=WIG),
            L("955", 955, E, P, DP, "31 March 2025 (twelve months earlier; " + RPT4 + ")", geo=WIG),
            L("c. 410", 410, AP, PROPS, "asylum_dispersal_properties", M26 + "; houses and flats)", geo=WIG),
            L("34", 34, E, P10K, "asylum_dispersal_population_per_10000_residents", M26 + ")", geo=WIG),
            L("1,146", 1146, E, P, DP, M26 + "; of the)", occ=2, geo=WIG),
            L("some 312", 312, AP, P, DP + "_children", M26 + ")", geo=WIG),
            L("187", 187, E, P, "school_places_asylum_children", "September 2025 to July 2026 (found since September; " + RPT4 + ")", geo=WIG),
            L("18,940", 18940, E, P, DP, "31 March 2026 (when March ended; Home Office figures)", geo="North West"),
            L("around one in five", 20, AP, PCT, DP + "_share_north_west", "31 March 2026 (of the UK total; Home Office figures)", geo="North West"),
            L("94,600", 94600, E, P, DP, "31 March 2026 (the UK total; Home Office figures)"),
            L("2,710", 2710, E, P, DP, "31 March 2026 (Home Office figures)", geo="Liverpool"),
            L("2,380", 2380, E, P, DP, "31 March 2026 (Home Office figures)", geo="Manchester"),
            L("1,520", 1520, E, P, DP, "31 March 2026 (Home Office figures)", geo="Bolton"),
            L("88", 88, E, P, DP, "31 March 2026 (just; Home Office figures)", geo="Cheshire East"),
            L("104", 104, E, P, DP, "31 March 2026 (Home Office figures)", geo="Cheshire West and Chester"),
            L("more than a thousand", 1000, MT, P, DP, "2026 (now; cabinet member for communities)", geo=WIG),
            L("£1.2m", 1.2e6, E, GBP, "council_asylum_cost", Y2526C + "; services for people in the asylum system)", geo=WIG),
            L("£143,250", 143250, E, GBP, "council_asylum_grant", Y2526C + "; government grant for the year)", geo=WIG),
            L("£750", 750, E, GBP, "council_asylum_grant_per_dispersal_bed", "2025/26 (for each additional bed space; a policy rate)"),
            L("191", 191, E, BEDS, "asylum_dispersal_bed_spaces_added", Y2526C + "; additional bed spaces)", geo=WIG),
            L("more than £1m", 1e6, MT, GBP, "council_asylum_cost_shortfall", Y2526C + "; leaving a gap of)", geo=WIG),
            L("12.9k", 12900, E, P, "petition_signatures", "May to July 2026 (since it was launched in May; a pause on new dispersal properties)", geo=WIG),
            L("More than 150", 150, MT, HOTELS, "asylum_hotels_closed", "July 2024 to July 2026 (handed back since the election; Home Office spokesperson)"),
            L("108,300", 108300, E, P, "asylum_support_population", "31 March 2026 (end of March; nationally)"),
            L("6%", -6, E, PCT, "asylum_support_population_change", "31 March 2026 vs a year earlier (down)"),
        ]),
    "05-the-flywheel-rwanda-money-recovered-never-paid": dict(
        meta=dict(url="https://www.theflywheel.example/news/uk/politics/rwanda-scheme-money-recovered-home-office-b2934417.html",
                  title="Rwanda scheme: Home Office recovers just £4.7m of £715m spent as Kigali keeps every penny",
                  publisher="The Flywheel", author="Isolde Ferraby-Nwosu", published_date="2026-04-14"),
        labels=[
            L("£4.7m", 4.7e6, E, GBP, REF, "to April 2026 (recovered; " + WA5 + "; headline)", occ=0),
            L("£715m", 715e6, E, GBP, RSC, LIFE + "; spent; headline)", occ=0),
            L("Less than 1 per cent", 1, LT, PCT, REF + "_share", "to April 2026 (of the money has come back; standfirst)"),
            L("£270m", 270e6, E, GBP, "payment_to_rwanda_due_not_made", "April 2025 to April 2027 (due under the deal, will never be paid; standfirst)", occ=0),
            L("£4.7m", 4.7e6, E, GBP, REF, "to April 2026 (clawed back; " + WA5 + ")", occ=1),
            L("£715m", 715e6, E, GBP, RSC, LIFE + "; spent on the abandoned scheme)", occ=1),
            L("less than 1 per cent", 1, LT, PCT, REF + "_share", "to April 2026 (of what the scheme cost; " + WA5 + ")"),
            L("£4.7m", 4.7e6, E, GBP, REF, "to April 2026 (breakdown; " + WA5 + ")", occ=2),
            L("£2.9m", 2.9e6, E, GBP, REF + "_charter_flights", "to April 2026 (returned by airlines after charter bookings were cancelled; " + WA5 + ")"),
            L("£1.8m", 1.8e6, E, GBP, REF + "_detention_leases", "to April 2026 (leases on detention space ended early; " + WA5 + ")"),
            L("£59m", 59e6, E, GBP, "rwanda_scheme_cost_flights", LIFE + "; committed to charter flights)"),
            L("about 5 per cent", 5, AP, PCT, REF + "_share_charter_flights", "to April 2026 (of the charter commitment, returned)"),
            L("£290m", 290e6, E, GBP, PTR, LIFE + "; sent to Kigali, gone for good)"),
            L("£270m", 270e6, E, GBP, "payment_to_rwanda_due_not_made", "April 2025 to April 2027 (would have fallen due, never paid; " + WA5 + ")", occ=1),
            L("£50m", 50e6, E, GBP, "payment_to_rwanda_planned", "per year, April 2025 to April 2027 (three yearly instalments, never paid; " + WA5 + ")"),
            L("£120m", 120e6, E, GBP, "payment_to_rwanda_planned", "once 300 people had been relocated (never triggered; " + WA5 + ")"),
            L("four", 4, E, P, "rwanda_relocations", LIFE + "; volunteers who travelled under a separate, voluntary scheme)", ctx="were four volunteers"),
            L("almost £179m", 179e6, ALM, GBP, "rwanda_scheme_cost_per_relocation", LIFE + "; for each person who made the journey)"),
            L("240", 240, E, HOMES, "rwanda_homes_built_for_uk_arrivals_reallocated", "to April 2026 (handed to Rwandan families instead; Rwandan government)", geo="Rwanda"),
            L("Seven hundred million pounds", 700e6, E, GBP, RSC, LIFE + "; gone; Liberal Democrats' home affairs spokesperson)"),
            L("four", 4, E, P, "rwanda_relocations", LIFE + "; moved; Liberal Democrats' home affairs spokesperson)", ctx="four people moved"),
            L("38%", -38, E, PCT, "asylum_backlog_change", "July 2024 to April 2026 (down since we took office; Home Office spokesperson)"),
            L("£270m", 270e6, E, GBP, "payment_to_rwanda_due_not_made", "April 2025 to April 2027 (never handed over; " + CAR + ")", occ=2),
            L("£1bn", 1e9, MT, GBP, RSP, "April 2022 to 2027 (had the partnership run its course, could easily have passed; " + CAR + ")"),
            L("More than two-fifths", 40, MT, PCT, "payment_to_rwanda_share_of_scheme_cost", LIFE + "; went to a foreign government; " + CAR + ")"),
            L("6,100", 6100, E, STAFFDAYS, "rwanda_scheme_staff_days", "April 2023 to March 2024 (2023/24, the last full financial year; " + CAR + " analysis)"),
        ]),
    "06-the-standpoint-asylum-grant-rates-by-nationality": dict(
        meta=dict(url="https://www.thestandpoint.example/uk-news/2026/aug/20/asylum-grant-rate-lowest-decade-afghans-home-office-figures",
                  title="Asylum grant rate falls to lowest in a decade as approvals for Afghans plunge",
                  publisher="The Standpoint", author="Marisol Penwarden-Ige", published_date="2026-08-20"),
        labels=[
            L("Fewer than two in five", 40, LT, PCT, GS, YJ26 + "; claims approved at first decision; standfirst)", occ=0),
            L("Fewer than two in five", 40, LT, PCT, GS, YJ26 + ")", occ=1),
            L("121,300", 121300, E, P, "asylum_initial_decisions", YJ26 + ")"),
            L("39%", 39, E, PCT, GS, YJ26 + "; protection granted)"),
            L("52%", 52, E, PCT, GS, "July 2024 to June 2025 (the previous 12 months)"),
            L("47,300", 47300, E, P, "asylum_grants", YJ26 + "; granted protection at the first attempt)"),
            L("97%", 97, E, PCT, GS + "_sudanese", YJ26 + ")"),
            L("91%", 91, E, PCT, GS + "_eritrean", YJ26 + ")"),
            L("9,870", 9870, E, P, "asylum_grants_sudanese", YJ26 + "; the largest group granted)"),
            L("36%", 36, E, PCT, GS + "_afghan", YJ26 + ")", occ=0),
            L("87%", 87, E, PCT, GS + "_afghan", "July 2024 to June 2025 (the year to June 2025)"),
            L("98%", 98, E, PCT, GS + "_afghan", "July 2023 to June 2024 (the year before that)", occ=0),
            L("48%", 48, E, PCT, GS + "_iranian", YJ26 + ")"),
            L("14%", 14, E, PCT, GS + "_vietnamese", YJ26 + ")"),
            L("9%", 9, E, PCT, GS + "_pakistani", YJ26 + ")"),
            L("3%", 3, E, PCT, GS + "_albanian", YJ26 + ")"),
            L("210", 210, E, P, "asylum_initial_decisions_syrian", YJ26 + "; decisions largely paused)"),
            L("Three-quarters", 75, E, PCT, "asylum_refusals_share_five_nationalities", YJ26 + "; refusals involving nationals of just five countries)"),
            L("11,100", 11100, E, P, "asylum_applications_pakistani", YJ26 + "; lodged in the year)"),
            L("nearly four times", 4, ALM, RATIO, "asylum_applications_pakistani_ratio", "year to June 2026 vs 2023"),
            L("62%", 62, E, PCT, "asylum_applications_pakistani_share_visa_holders", YJ26 + "; of these claimants, first entered the UK with a study or work visa; Home Office data)"),
            L("98%", 98, E, PCT, GS + "_afghan", "July 2023 to June 2024 (two years ago; " + SLP + ")", occ=1),
            L("36%", 36, E, PCT, GS + "_afghan", YJ26 + "; " + SLP + ")", occ=1),
            L("47%", 47, E, PCT, "asylum_appeals_share_allowed", YJ26 + "; appeals the tribunal decided)"),
            L("some 51,300", 51300, AP, P, "asylum_backlog_appeals", "30 June 2026 (more queuing to be heard)"),
            L("well over half", 50, MT, PCT, "asylum_appeals_share_allowed", "2026 (some nationalities; researcher, Thornleigh University)"),
            L("61,400", 61400, E, P, "asylum_backlog", "30 June 2026 (by the end of June, still awaiting a first decision)"),
            L("a third", -THIRD, E, PCT, "asylum_backlog_change", "30 June 2026 vs 30 June 2025 (down on last year)", ctx="down a third"),
            L("8%", -8, E, PCT, "asylum_applications_change", "year to June 2026 vs year to June 2025 (fell)"),
            L("101,700", 101700, E, P, "asylum_applications", YJ26 + ")"),
            L("42%", 42, E, PCT, GS, "January to December 2025 (first-instance decisions positive; EU Agency for Asylum)", geo=EU),
            L("about 32%", 32, AP, PCT, GS, "January to December 2025 (EU Agency for Asylum)", geo=FR),
            L("roughly half", 50, AP, PCT, GS, "January to December 2025 (approved; EU Agency for Asylum)", geo="Germany"),
        ]),
    "07-cwmtawe-news-swansea-refugees-homeless-move-on": dict(
        meta=dict(url="https://www.cwmtawenews.example/news/swansea-news/refugees-homeless-swansea-move-on-period-doubles-31188476",
                  title="Number of refugees made homeless in Swansea after leaving asylum housing doubles in a year",
                  publisher="Cwmtawe News", author="Elin Pritchard-Sowande", published_date="2026-11-05"),
        labels=[
            L("doubles", 2, E, RATIO, RH + "_ratio", "2025/26 vs 2024/25 (in a year; headline)", geo=SW),
            L("214", 214, E, HH, RH, Y2526 + "; households that sought the council's help; standfirst)", occ=0, geo=SW),
            L("doubled", 2, E, RATIO, RH + "_ratio", "2025/26 vs 2024/25 (in a year)", geo=SW),
            L("Some 214", 214, AP, HH, RH, Y2526 + "; " + RPT7 + ")", geo=SW),
            L("107", 107, E, HH, RH, Y2425S + "; " + RPT7 + ")", geo=SW),
            L("three-quarters", 75, E, PCT, RH + "_share_single_men", Y2526 + "; of the households; " + RPT7 + ")", geo=SW),
            L("around one in five", 20, AP, PCT, RH + "_share_slept_rough", Y2526 + "; slept rough before the council could place them; " + RPT7 + ")", geo=SW),
            L("about 7%", 7, AP, PCT, "homelessness_presentations_share_refugees", Y2526 + "; refugee households)", geo=SW),
            L("2,960", 2960, E, HH, "homelessness_presentations", Y2526 + "; homelessness cases the council handled)", geo=SW),
            L("4%", 4, E, PCT, "homelessness_presentations_share_refugees", Y2425S + "; the year before)", geo=SW),
            L("131", 131, E, HH, RH, "April to September 2026 (so far this year)", geo=SW),
            L("44", 44, E, HH, RH + "_with_children", "April to September 2026 (so far this year; of them with children)", geo=SW),
            L("£1.94m", 1.94e6, E, GBP, "council_refugee_homelessness_cost", Y2526 + "; temporary accommodation for refugee households)", geo=SW),
            L("more than double", 2, MT, RATIO, "council_refugee_homelessness_cost_ratio", "2025/26 vs 2024/25", geo=SW),
            L("£870,000", 870000, E, GBP, "council_refugee_homelessness_cost", Y2425S + "; the year before)", geo=SW),
            L("17", 17, E, WEEKS, "temporary_accommodation_stay_average_refugees", Y2526 + "; an average, before moving on)", geo=SW),
            L("About 1,050", 1050, AP, P, "asylum_dispersal_population", "30 June 2026 (end of June)", geo=SW),
            L("1,380", 1380, E, HH, RH, Y2526 + "; owed help by councils; " + WG + ")", geo="Wales"),
            L("64%", 64, E, PCT, RH + "_change", "2025/26 vs 2024/25 (up; " + WG + ")", geo="Wales"),
            L("841", 841, E, HH, RH, Y2425S + ", a year earlier; " + WG + ")", geo="Wales"),
            L("512", 512, E, HH, RH, Y2526 + "; saw the most; " + WG + ")", geo="Cardiff"),
            L("226", 226, E, HH, RH, Y2526 + "; " + WG + ")", geo="Newport"),
            L("97", 97, E, HH, RH, Y2526 + "; " + WG + ")", geo="Wrexham"),
            L("76%", 76, E, PCT, RH + "_share_four_dispersal_areas", Y2526 + "; Swansea, Cardiff, Newport and Wrexham, of the Welsh total)", geo="Wales"),
            L("£2.5m", 2.5e6, E, GBP, "welsh_government_refugee_move_on_funding", "April 2026 to March 2027 (2026/27; a fund to help councils find homes)", geo="Wales"),
            L("more than 10,000", 10000, MT, P, RH, "January to December 2025 (last year; new refugees left without a settled home after the move-on period; Croeso Cwmtawe Refugee Network estimate)", geo="England and Wales"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
