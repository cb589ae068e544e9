#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-sixth hand-labelled hold-out set (holdout106).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, HOTELS, THIRD, E, AP, MT, AL, LT, AM,
                        ALM, SBA, SBC, NM, AC, HOT)

UK, ENG, SCO, NI, FR, EU = "UK", "England", "Scotland", "Northern Ireland", "France", "EU"
AREAS, HH, VIEWS = "other:council_areas", "other:households", "other:views"

# 01 (Friday 17 July 2026; Home Office annual report and accounts 2025/26, laid before Parliament "on Thursday", 16 July)
FY26 = "April 2025 to March 2026 (2025/26, the last financial year; Home Office annual report and accounts"
HOTC = "asylum_cost_hotels"
SHS = "shadow home secretary"
HMIN = "Home Office minister, in the Commons"
HAR = "Harcastle Institute"
# 02 (Monday 1 June 2026, published 22:41 Sunday 31 May; the record day is Saturday 30 May 2026)
SAT = "30 May 2026 (Saturday; Home Office figures released on Sunday 31 May"
YTD2 = "1 January to 30 May 2026 (so far this year"
OCC = "small_boat_occupancy"
KMU = "Channel Monitor project, Kingsbarrow University"
# 03 (Tuesday 29 September 2026; National Records of Scotland mid-2025 population estimates)
MID25 = "mid-2025 (30 June 2025; National Records of Scotland"
Y25 = "July 2024 to June 2025 (the year to mid-2025; National Records of Scotland"
NMO = "net_migration_overseas"
MIN3 = "Scottish Government migration minister"
PROF = "demographer, Invercairn University"
# 04 (Wednesday 2 December 2026; ONS provisional estimates published "last Thursday", 26 November 2026)
YEJ26 = "July 2025 to June 2026 (year ending June 2026; provisional; ONS, published Thursday 26 November 2026"
YEJ24 = "July 2023 to June 2024 (year ending June 2024, before the 2024 election; ONS"
YEJ25 = "July 2024 to June 2025 (year ending June 2025"
CLAIM = "Home Secretary, Sunday politics programme, 29 November 2026"
# 05 (Saturday 28 February 2026; Home Office figures published "on Thursday", 26 February 2026, for 2025)
UAC = "small_boat_arrivals_unaccompanied_children"
C25 = "January to December 2025 (last year; Home Office data released Thursday 26 February 2026"
HCT = "Harbourlight Children's Trust"
KENT = "Kent"
# 06 (Thursday 23 April 2026; report to Belfast City Council's strategic policy and resources committee "on Tuesday", 21 April)
M26 = "31 March 2026 (the close of March; report to Belfast City Council's strategic policy and resources committee, Tuesday 21 April 2026"
M25 = "31 March 2025 (a year before"
BEL = "Belfast"
# 07 (Thursday 6 August 2026; "as of Monday" = 3 August 2026; first return 18 September 2025)
SINCE = "18 September 2025 to 3 August 2026 (since the first return, as of Monday"
RFW = "returns_france_weekly_cap"
RWA = "returns_france_weekly_average"
LR = "uk_france_legal_route_arrivals"

ARTICLES = {
    "01-the-gatehouse-home-office-accounts-asylum-cost": dict(
        meta=dict(url="https://www.thegatehouse.example/news/2026/07/17/asylum-system-costs-taxpayers-11m-a-day-home-office-accounts/",
                  title="Asylum system costs taxpayers more than £11m a day despite hotel exodus",
                  publisher="The Gatehouse", author="Crispin Aldergrove-Mensah", published_date="2026-07-17"),
        labels=[
            L("more than £11m", 11e6, MT, GBP, AC, "per day, 2025/26 (headline)"),
            L("£4.12bn", 4.12e9, E, GBP, AC, FY26 + "; standfirst)"),
            L("an eighth", -12.5, E, PCT, AC + "_change", "2025/26 vs 2024/25 (down on the previous year; standfirst)"),
            L("almost double", 2, ALM, RATIO, AC + "_ratio", "2025/26 vs 2019/20 (the level before the pandemic; standfirst)", occ=0),
            L("£4.12 billion", 4.12e9, E, GBP, AC, FY26 + ")"),
            L("more than £11 million", 11e6, MT, GBP, AC, "per day, 2025/26 (every day)"),
            L("12.5 per cent", -12.5, E, PCT, AC + "_change", "2025/26 vs 2024/25 (lower than the year before)"),
            L("£4.71bn", 4.71e9, E, GBP, AC, "April 2024 to March 2025 (2024/25, the year before)"),
            L("£5.38bn", 5.38e9, E, GBP, AC, "April 2023 to March 2024 (2023/24, the record)"),
            L("almost double", 2, ALM, RATIO, AC + "_ratio", "2025/26 vs 2019/20", occ=1),
            L("£2.12bn", 2.12e9, E, GBP, AC, "April 2019 to March 2020 (2019/20, the last year before COVID-19)"),
            L("more than a sixth", 100 / 6, MT, PCT, "asylum_cost_share_home_office_budget", FY26 + "; of the department's total outlay)"),
            L("£22.6bn", 22.6e9, E, GBP, "home_office_budget", FY26 + "; total outlay)"),
            L("£1.61bn", 1.61e9, E, GBP, HOTC, FY26 + "; hotel spending)"),
            L("39 per cent", 39, E, PCT, "asylum_cost_share_hotels", FY26 + "; of the total)"),
            L("almost a third", -THIRD, ALM, PCT, HOTC + "_change", "2025/26 vs 2024/25 (hotel spending down by)"),
            L("£2.33bn", 2.33e9, E, GBP, HOTC, "April 2024 to March 2025 (2024/25)"),
            L("218", 218, E, HOTELS, "asylum_hotels_in_use", "1 April 2025 (the start of April 2025)"),
            L("141", 141, E, HOTELS, "asylum_hotels_in_use", "31 March 2026 (the end of March)"),
            L("32,100", 32100, E, P, HOT, "1 April 2025 (people living in hotels at the start of the 12 months)"),
            L("24,650", 24650, E, P, HOT, "31 March 2026 (the end of March)"),
            L("£139", 139, E, GBP, "asylum_hotel_cost_per_person_night", "2025/26 (now; a hotel place a night; officials' estimate)"),
            L("£24", 24, E, GBP, "dispersal_accommodation_cost_per_person_night", "2025/26 (a bed in dispersed housing a night; officials' estimate)"),
            L("nearly six times", 6, ALM, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2025/26 (hotels against dispersed housing)"),
            L("£15.8bn", 15.8e9, E, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (the three large contracts over their lifetime; now expected; Home Office accounts)"),
            L("more than three times", 3, MT, RATIO, "asylum_accommodation_contracts_cost_ratio", "2019 to 2029 (now expected against first budgeted)"),
            L("£4.5bn", 4.5e9, E, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (first budgeted, in 2019)"),
            L("61,300", 61300, E, P, "asylum_backlog", "31 March 2026 (claimants still queuing for a first decision)"),
            L("91,000", 91000, E, P, "asylum_backlog", "31 March 2025 (twelve months earlier)"),
            L("£4.4 million", 4.4e6, E, GBP, HOTC, "per day, 2025/26 (still spending on hotels alone; " + SHS + ")"),
            L("more than £5bn", 5e9, MT, GBP, AC, "per year, 2023/24 (two years ago; " + HMIN + ")"),
            L("more than a billion pounds", -1e9, MT, GBP, AC + "_change", "2025/26 vs 2023/24 (taken out of that bill; " + HMIN + ")"),
            L("almost a quarter", -25, ALM, PCT, HOT + "_change", "31 March 2026 vs a year earlier (people in hotels, in a year; " + HMIN + ")"),
            R("between £4.6bn and £4.9bn", 4.6e9, 4.9e9, GBP, AC, "2025/26 (including legal aid, tribunal hearings and failed removals; " + HAR + ")"),
            L("roughly £13 million", 13e6, AP, GBP, AC, "per day, 2025/26 (including appeals and failed removals; head of research, " + HAR + ")"),
        ]),
    "02-daily-kerfuffle-record-day-channel-crossings": dict(
        meta=dict(url="https://www.dailykerfuffle.example/news/article-15283746/Record-1412-migrants-Channel-one-day-smugglers-96-dinghy.html",
                  title="Record 1,412 migrants make Channel crossing in one day as smugglers cram up to 96 people into each flimsy dinghy",
                  publisher="Daily Kerfuffle", author="Barnaby Quarrendon-Adeyemi", published_date="2026-06-01"),
        labels=[
            L("1,412", 1412, E, P, SBA, SAT + "; a record; headline)", ctx="Record 1,412 migrants make"),
            L("up to 96", 96, AM, PPB, OCC + "_max", SAT + "; people crammed into each dinghy; headline)"),
            L("21", 21, E, BOATS, SBC, SAT + "; bullet)", ctx="says 21 boats"),
            L("67", 67, E, PPB, OCC, SAT + "; average on board each one; bullet)", ctx="average of 67 people on board"),
            L("1,295", 1295, E, P, SBA, "22 August 2022 (the previous daily high, set in the summer of 2022; bullet)", occ=0),
            L("31 per cent", 31, E, PCT, SBA + "_change", "1 January to 30 May, 2026 vs 2025 (so far this year, ahead of the same point in 2025; bullet)", occ=0),
            L("1,412", 1412, E, P, SBA, SAT + "; a record)", ctx="A record 1,412 migrants reached"),
            L("67", 67, E, PPB, OCC, SAT + "; average in each dinghy)", ctx="average of 67 people into"),
            L("21", 21, E, BOATS, SBC, SAT + "; boats made the journey)", ctx="show 21 boats"),
            L("1,295", 1295, E, P, SBA, "22 August 2022 (the previous one-day high)", occ=1),
            L("96", 96, E, PPB, OCC + "_max", SAT + "; one vessel, the most ever found on a single boat; officials)", ctx="carrying 96 people"),
            L("15,890", 15890, E, P, SBA, YTD2 + ", this year's tally)"),
            L("31 per cent", 31, E, PCT, SBA + "_change", "1 January to 30 May, 2026 vs 2025", occ=1),
            L("12,130", 12130, E, P, SBA, "1 January to 30 May 2025 (by the same date last year)"),
            L("237", 237, E, BOATS, SBC, YTD2 + "; the boats those people came in)"),
            L("221", 221, E, BOATS, SBC, "1 January to 30 May 2025 (by this point in 2025)"),
            L("nearly five times", 5, ALM, RATIO, OCC + "_ratio", "2026 (now) vs 2020 (people per boat)"),
            L("14", 14, E, PPB, OCC, "January to December 2020", ctx="just 14"),
            L("76 per cent", 76, E, PCT, "small_boat_arrivals_share_adult_men", SAT + "; of those who arrived)"),
            L("roughly one in five", 20, AP, PCT, "small_boat_arrivals_share_eritrean", SAT + "; Eritreans)"),
            L("11", 11, E, BOATS, "small_boat_launches_prevented", "30 May 2026 (other boats stopped from launching between Dunkirk and Boulogne; French police)", ctx="stopped 11 other", geo=FR),
            L("around 640", 640, AP, P, "small_boat_launch_attempts_stopped_people", "30 May 2026 (people turned back; French police)", geo=FR),
            L("1,180", 1180, E, P, "returns", "September 2025 to 1 June 2026 (taken back by France under the 'one in, one out' pact since it began last September)", geo=FR),
            L("18%", -18, E, PCT, "irregular_arrivals_change", "January to April 2026 vs January to April 2025 (fewer irregular entries across the EU's outer frontier; Frontex)", geo=EU),
            L("More than 80,000", 80000, MT, P, SBA, "5 July 2024 to 30 May 2026 (crossed since Labour swept to power; " + SHS + ")"),
            L("more than 45,000", 45000, MT, P, "small_boat_arrivals_projection", "January to December 2026 (the total for the year at this rate; " + SHS + ")"),
            L("more than 50,000", 50000, MT, P, "returns", "July 2024 to May 2026 (deported or removed since July 2024; Home Office spokesman)"),
            L("28", 28, E, PPB, OCC, "January to December 2021 (" + KMU + ")", ctx="from 28 people"),
            L("53", 53, E, PPB, OCC, "January to December 2024 (" + KMU + ")"),
            L("62", 62, E, PPB, OCC, "January to December 2025 (last year; " + KMU + ")"),
            L("at least 19", 19, AL, P, "small_boat_deaths", "1 January to 31 May 2026 (2026's death toll at sea; French officials)"),
        ]),
    "03-strathmore-news-scotland-population-estimate-migration": dict(
        meta=dict(url="https://www.strathmorenews.example/news/scotland/scotland-population-record-high-migration-births-74190356",
                  title="Scotland's population hits record high as migration outweighs falling births",
                  publisher="Strathmore News", author="Fiona Glendinning-Osei", published_date="2026-09-29"),
        labels=[
            L("5.58 million", 5.58e6, E, P, "population", MID25 + "; a record)", geo=SCO),
            L("5,581,400", 5581400, E, P, "population", MID25 + ")", geo=SCO),
            L("34,500", 34500, E, P, "population_growth", Y25 + "; an increase on the year before)", geo=SCO),
            L("0.6%", 0.6, E, PCT, "population_change", Y25 + ")", geo=SCO),
            L("45,800", 45800, E, P, "births", Y25 + ")", geo=SCO),
            L("58,400", 58400, E, P, "deaths", Y25 + ")", geo=SCO),
            L("12,600", -12600, E, P, "population_natural_change", Y25 + "; a natural decrease)", geo=SCO),
            L("47,100", 47100, E, P, NM, Y25 + "; overseas and rest of the UK)", geo=SCO),
            L("About two-thirds", 200 / 3, AP, PCT, "net_migration_share_overseas", Y25 + "; of net migration, from overseas)", geo=SCO),
            L("31,900", 31900, E, P, NMO, Y25 + ")", geo=SCO),
            L("15,200", 15200, E, P, "net_migration_rest_of_uk", Y25 + "; people arriving from elsewhere in the UK)", geo=SCO),
            L("a fifth", -20, E, PCT, NMO + "_change", "year to mid-2025 vs year to mid-2024 (the overseas contribution; National Records of Scotland)", ctx="by a fifth", geo=SCO),
            L("39,900", 39900, E, P, NMO, "July 2023 to June 2024 (the previous year; National Records of Scotland)", geo=SCO),
            L("3,900", -3900, E, P, "population_revision", "mid-2024 (revised down; National Records of Scotland)", geo=SCO),
            L("5,546,900", 5546900, E, P, "population", "mid-2024 (30 June 2024, revised; National Records of Scotland)", geo=SCO),
            L("24", 24, E, AREAS, "council_areas_population_growth", Y25 + "; of Scotland's 32 council areas)", geo=SCO),
            L("1.9%", 1.9, E, PCT, "population_change", Y25 + "; grew fastest)", geo="Midlothian"),
            L("0.7%", -0.7, E, PCT, "population_change", Y25 + "; the steepest decline)", geo="Inverclyde"),
            L("541,300", 541300, E, P, "population", MID25 + ")", geo="Edinburgh"),
            L("1.2%", 1.2, E, PCT, "population_change", Y25 + ")", geo="Glasgow"),
            L("648,900", 648900, E, P, "population", MID25 + ")", geo="Glasgow"),
            L("1.16m", 1.16e6, E, P, "population_aged_65_and_over", MID25 + "; now)", geo=SCO),
            L("20.8%", 20.8, E, PCT, "population_share_aged_65_and_over", MID25 + "; now)", geo=SCO),
            L("0.8%", 0.8, E, PCT, "population_change", "year to mid-2025 (across the UK as a whole)"),
            L("0.9%", 0.9, E, PCT, "population_change", "year to mid-2025", geo="England and Wales"),
            L("0.4%", 0.4, E, PCT, "population_change", "year to mid-2025", geo=NI),
            L("0.5%", 0.5, E, PCT, "population_change", "year to mid-2025 (counted on its own)", geo="Wales"),
            L("more than 12,000", -12000, MT, P, "population_natural_change", "year to mid-2025 (deaths would have outstripped births by, without migration; " + MIN3 + ")", geo=SCO),
            L("nearly one in three", 100 / 3, ALM, PCT, "population_share_aged_65_and_over", "2026 (now; residents 65 or over; " + PROF + ")", geo="Argyll and Bute"),
            L("about 10,000", 10000, AP, P, "net_migration_scenario", "per year (if net migration fell back to the levels of the early 2010s; " + PROF + ")", geo=SCO),
            L("around 5.6m", 5.6e6, AP, P, "population_projection", "the 2030s (the projected peak; National Records of Scotland projections)", geo=SCO),
        ]),
    "04-truthtable-net-migration-halved-claim": dict(
        meta=dict(url="https://www.truthtable.example/fact-check/immigration/has-net-migration-halved-under-this-government/",
                  title="Has net migration halved under this government?",
                  publisher="Truthtable", author="Morwenna Ashdown-Kaur", published_date="2026-12-02"),
        labels=[
            L("halved", -50, E, PCT, NM + "_change", "since July 2024 (under this government; the claim checked; headline)", ctx="migration halved under this"),
            L("halved", -50, E, PCT, NM + "_change", "since July 2024 (under the current government; 'What was claimed' box; " + CLAIM + ")", ctx="migration has halved under"),
            L("167,000", 167000, E, P, NM, YEJ26 + "; 'Our verdict' box)", occ=0),
            L("about a quarter", 0.25, AP, RATIO, NM + "_ratio", "year ending June 2026 vs year ending June 2024 ('Our verdict' box)"),
            L("649,000", 649000, E, P, NM, YEJ24 + "; 'Our verdict' box)", occ=0),
            L("halved", -50, E, PCT, NM + "_change", "since July 2024 (since we came into office; " + CLAIM + ")", ctx="has halved since we"),
            L("about 380,000", 380000, AP, VIEWS, "social_media_post_views", "29 November to 1 December 2026 (a clip of the interview, by Tuesday evening)"),
            L("167,000", 167000, E, P, NM, YEJ26 + ")", occ=1),
            L("812,000", 812000, E, P, "immigration", YEJ26 + ")"),
            L("645,000", 645000, E, P, "emigration", YEJ26 + "; departing)", occ=0),
            R("between 128,000 and 206,000", 128000, 206000, P, NM, YEJ26 + "; where the true figure could lie)"),
            L("649,000", 649000, E, P, NM, YEJ24 + "; the final stretch before the election)", occ=1),
            L("roughly three-quarters", -75, AP, PCT, NM + "_change", "year ending June 2026 vs year ending June 2024 (lower)"),
            L("482,000", -482000, E, P, NM + "_change", "year ending June 2026 vs year ending June 2024 (a fall of)"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (the 12 months to March 2023, the highest on record; ONS)"),
            L("about a third", -THIRD, AP, PCT, NM + "_change", "year ending June 2024 vs year ending March 2023 (lower by polling day)"),
            L("204,000", 204000, E, P, NM, YEJ25 + ", first estimate; ONS)"),
            L("47,000", 47000, E, P, NM + "_revision", YEJ25 + "; revised up; ONS)"),
            L("251,000", 251000, E, P, NM, YEJ25 + ", revised; ONS)"),
            L("a third", -THIRD, E, PCT, NM + "_change", "year ending June 2026 vs year ending June 2025 (down by)", ctx="down by a third"),
            L("4%", -4, E, PCT, "immigration_change", "year ending June 2026 vs year ending June 2025 (fell over the year)"),
            L("9%", 9, E, PCT, "emigration_change", "year ending June 2026 vs year ending June 2025 (rose)"),
            L("nearly two-thirds", 200 / 3, ALM, PCT, "net_migration_share_of_fall_from_emigration", "year ending June 2026 vs year ending June 2025 (of the drop, from higher emigration; ONS)"),
            L("91,000", -91000, E, P, "net_migration_british_nationals", YEJ26 + "; a net outflow)"),
            L("38,000", -38000, E, P, "net_migration_eu", YEJ26 + "; EU nationals, a net outflow)"),
            L("296,000", 296000, E, P, "net_migration_non_eu", YEJ26 + "; non-EU nationals added a net)"),
            L("645,000", 645000, E, P, "emigration", YEJ26 + "; who left)", occ=1),
        ]),
    "05-daily-shindig-unaccompanied-children-channel": dict(
        meta=dict(url="https://www.dailyshindig.example/news/politics/record-4630-children-crossed-channel-36415082",
                  title="Record 4,630 children crossed Channel alone last year as charity warns 'they are failed at every turn'",
                  publisher="Daily Shindig", author="Ruby Castleton-Nwosu", published_date="2026-02-28"),
        labels=[
            L("4,630", 4630, E, P, UAC, C25 + "; a record; headline)", ctx="Record 4,630 children"),
            L("one in nine", 100 / 9, E, PCT, "small_boat_arrivals_share_unaccompanied_children", C25 + "; lone children, of all small boat arrivals; standfirst)", ctx="make up one in nine"),
            L("nearly four times", 4, ALM, RATIO, UAC + "_ratio", "2025 vs 2020 (standfirst)", occ=0),
            L("4,630", 4630, E, P, UAC, C25 + "; a record; without a parent)", ctx="A record 4,630 children"),
            L("20%", 20, E, PCT, UAC + "_change", "2025 vs 2024"),
            L("3,860", 3860, E, P, UAC, "January to December 2024"),
            L("nearly four times", 4, ALM, RATIO, UAC + "_ratio", "2025 vs 2020", occ=1),
            L("1,190", 1190, E, P, UAC, "January to December 2020"),
            L("about one in nine", 100 / 9, AP, PCT, "small_boat_arrivals_share_unaccompanied_children", C25 + "; of everyone crossing in dinghies)"),
            L("41,500", 41500, E, P, SBA, C25 + "; in total)"),
            L("Nine in ten", 90, E, PCT, UAC + "_share_boys", C25 + ")"),
            L("1,240", 1240, E, P, UAC + "_sudanese", C25 + "; the largest group)"),
            L("910", 910, E, P, UAC + "_eritrean", C25 + ")"),
            L("780", 780, E, P, UAC + "_afghan", C25 + ")"),
            L("at least 230", 230, AL, P, "age_disputed_children_placed_in_adult_accommodation", "January to December 2025 (young people the charity helped who were wrongly placed in adult hotels; chief executive, " + HCT + ")"),
            L("2,110", 2110, E, P, "asylum_age_disputes", C25 + "; people claiming to be children whose age officials disputed)"),
            L("1,640", 1640, E, P, "asylum_age_disputes_resolved", C25 + ")"),
            L("56%", 56, E, PCT, "asylum_age_disputes_share_found_adult", C25 + "; of cases resolved, found to be adults)"),
            L("467", 467, E, P, "unaccompanied_children_missing_from_hotels", "2021 to 2024 (went missing from Home Office hotels; figures obtained by the Daily Shindig)"),
            L("118", 118, E, P, "unaccompanied_children_missing_from_hotels_still_missing", "February 2026 (never found; figures obtained by the Daily Shindig)"),
            L("Seven", 7, E, P, "small_boat_deaths_children", "January to December 2025 (children who died trying to cross the Channel last year)"),
            L("512", 512, E, P, "unaccompanied_children_in_care", "February 2026 (currently looked after by Kent County Council)", geo=KENT),
            L("about 7,400", 7400, AP, P, "unaccompanied_children_in_care", "February 2026 (in council care across England)", geo=ENG),
            L("1,950", 1950, E, P, "unaccompanied_children_transferred", "January to December 2025 (handed to councils elsewhere through the National Transfer Scheme; Kent County Council spokeswoman)", geo=KENT),
            L("58%", 58, E, PCT, "unaccompanied_children_share_transferred_within_10_working_days", "January to December 2025 (within the 10-working-day target; Kent County Council spokeswoman)", geo=KENT),
            L("£143", 143, E, GBP, "home_office_funding_uasc_per_night", "2026 (paid to councils a night for each child in their care; a policy rate)"),
            L("nearer £220", 220, AP, GBP, "unaccompanied_children_care_cost_per_night", "2026 (the real cost a night; Kent County Council)", geo=KENT),
            L("more than half", 50, MT, PCT, "asylum_age_disputes_share_found_adult", "2025 (of those assessed, turn out to be adults; Conservative frontbencher)"),
        ]),
    "06-the-connswater-courier-ni-asylum-hotels-moves": dict(
        meta=dict(url="https://www.connswatercourier.example/news/belfast/asylum-seekers-moved-out-of-ni-hotels-number-falls-by-more-than-half-4518237",
                  title="Asylum seekers moved out of NI hotels as number housed in them falls by more than half",
                  publisher="The Connswater Courier", author="Aoife McCartan-Ibekwe", published_date="2026-04-23"),
        labels=[
            L("more than half", -50, MT, PCT, HOT + "_change", "31 March 2026 vs 31 March 2025 (falls by; headline)", occ=0, geo=NI),
            L("nine", 9, E, HOTELS, "asylum_hotels_in_use", M26 + "; still in use; standfirst)", ctx="Just nine hotels", geo=NI),
            L("21", 21, E, HOTELS, "asylum_hotels_in_use", M25 + ", a year ago; standfirst)", ctx="down from 21", geo=NI),
            L("more than half", -50, MT, PCT, HOT + "_change", "31 March 2026 vs 31 March 2025 (cut by, over the past year)", occ=1, geo=NI),
            L("690", 690, E, P, HOT, M26 + ")", geo=NI),
            L("1,480", 1480, E, P, HOT, M25 + ")", geo=NI),
            L("nine", 9, E, HOTELS, "asylum_hotels_in_use", M26 + "; still being used)", ctx="Only nine hotels", geo=NI),
            L("21", 21, E, HOTELS, "asylum_hotels_in_use", "spring 2025 (last spring)", ctx="against 21 last", geo=NI),
            L("four", 4, E, HOTELS, "asylum_hotels_to_close", "by autumn 2026 (the Home Office expects to stop using four more)", ctx="using four more", geo=NI),
            L("3,140", 3140, E, P, "asylum_support_population", M26 + "; relying on asylum support at the close of the first quarter)", geo=NI),
            L("2%", -2, E, PCT, "asylum_support_population_change", "31 March 2026 vs 31 March 2025 (year on year)", geo=NI),
            L("2,310", 2310, E, P, "asylum_support_population", M26 + ")", geo=BEL),
            L("74%", 74, E, PCT, "asylum_support_population_share_belfast", M26 + ")", geo=NI),
            L("roughly 3%", 3, AP, PCT, "asylum_support_population_share_ni", "31 March 2026 (Northern Ireland's share of people on asylum support across the UK)"),
            L("104,800", 104800, E, P, "asylum_support_population", "31 March 2026 (people on asylum support across the UK)"),
            L("540", 540, E, P, "asylum_hotel_moves_to_dispersal", "October 2025 to March 2026 (the six months to March)", geo=NI),
            L("250", 250, E, P, "asylum_hotel_moves_out_granted_refugee_status", "October 2025 to March 2026 (granted refugee status and left the asylum system)", geo=NI),
            L("a third", -THIRD, E, PCT, HOTC + "_change", "2025/26 vs 2024/25 (hotel spending down on last year; Home Office)", geo=NI),
            L("£41m", 41e6, E, GBP, HOTC, "April 2025 to March 2026 (2025/26; Home Office)", geo=NI),
            L("£118", 118, E, GBP, "asylum_hotel_cost_per_person_night", "2025/26 (average; Home Office)", geo=NI),
            L("1,020", 1020, E, P, "refugees_homeless_after_leaving_asylum_support", "2025/26 (newly recognised refugees presenting as homeless; Northern Ireland Housing Executive)", geo=NI),
            L("18%", 18, E, PCT, "refugees_homeless_after_leaving_asylum_support_change", "2025/26 vs 2024/25 (Northern Ireland Housing Executive)", geo=NI),
            L("Nearly half", 50, ALM, PCT, "asylum_dispersal_properties_share_three_wards", "April 2026 (of the new dispersal houses, in just three wards; Sinn Féin councillor)", geo=BEL),
            L("c. 600", 600, AP, P, "public_meeting_attendance", "March 2026 (a meeting in a church hall in the east of the city, last month; DUP councillor)", geo=BEL),
            L("412", 412, E, HH, "charity_service_users", "2025 (families supported last year; North Belfast Welcome Hub)", geo=BEL),
            L("more than double", 2, MT, RATIO, "charity_service_users_ratio", "2025 vs 2024 (the year before; North Belfast Welcome Hub)", geo=BEL),
            L("£2.6m", 2.6e6, E, GBP, "ni_executive_refugee_integration_funding", "2026/27 (this year; the Executive Office's refugee integration strategy)", geo=NI),
            L("more than 32,000", 32000, MT, P, "international_protection_accommodation_population", "April 2026 (now; Department of Justice, Dublin)", geo="Ireland"),
        ]),
    "07-capstone-news-france-returns-deal-explainer": dict(
        meta=dict(url="https://www.capstonenews.example/2026-08-06/one-in-one-out-how-many-people-has-britain-sent-back-to-france",
                  title="'One in, one out': How many people has Britain actually sent back to France?",
                  publisher="Capstone News", author="Kwame Ellery-Fitzwilliam", published_date="2026-08-06"),
        labels=[
            L("1,975", 1975, E, P, "returns", SINCE + "; returned to France; The deal in numbers)", occ=0, geo=FR),
            L("1,710", 1710, E, P, LR, "September 2025 to 3 August 2026 (arrived from France on the new legal route; The deal in numbers)", occ=0),
            L("38.4k", 38400, E, P, SBA, SINCE + "; small boat arrivals since the first return; The deal in numbers)"),
            L("1,975", 1975, E, P, "returns", SINCE + "; returned to France; Home Office)", occ=1, geo=FR),
            L("about 38,400", 38400, AP, P, SBA, SINCE + "; made the crossing by dinghy over the same period)"),
            L("roughly one in 20", 5, AP, PCT, "returns_share_of_small_boat_arrivals", SINCE + "; of those arriving, sent back)", geo=FR),
            L("50", 50, E, P, RFW, "from September 2025 (the pilot began with a cap of; per week; a policy cap)", ctx="cap of 50", geo=FR),
            L("doubled", 2, E, RATIO, RFW + "_ratio", "March 2026 (the weekly cap was doubled; a policy cap)", geo=FR),
            L("100", 100, E, P, RFW, "from March 2026 (per week; a policy cap)", ctx="to 100 in", geo=FR),
            L("24", 24, E, P, RWA, "per week, 18 September to December 2025 (the first three months)", ctx="averaged 24 a week", geo=FR),
            L("about 65", 65, AP, P, RWA, "per week, May to August 2026 (since May)", geo=FR),
            L("1,710", 1710, E, P, LR, "September 2025 to 3 August 2026 (so far; reached Britain from France by the legal route)", occ=1),
            L("Some 6,300", 6300, AP, P, "uk_france_legal_route_applications", "August 2025 to 3 August 2026 (have applied)"),
            L("27%", 27, E, PCT, "uk_france_legal_route_applications_share_accepted", "August 2025 to 3 August 2026 (accepted so far)"),
            L("27,300", 27300, E, P, SBA, "1 January to 6 August 2026 (so far this year)"),
            L("9%", 9, E, PCT, SBA + "_change", "1 January to 6 August, 2026 vs 2025 (more than at the same point in 2025)"),
            L("36,800", 36800, E, P, "returns", "July 2025 to June 2026 (the 12 months to June; removed or returned across all routes; Home Office)"),
            L("14%", 14, E, PCT, "returns_change", "12 months to June 2026 vs the year before (across all routes)"),
            L("14,600", 14600, E, P, "small_boat_launch_attempts_stopped_people", "January to June 2026 (prevented from setting off; French interior ministry)", geo=FR),
            L("£476m", 476e6, E, GBP, "uk_funding_to_france", "over three years (more French officers on the beaches)"),
            L("Around 310", 310, AP, P, "returns_france_legal_challenges", "August 2025 to 3 August 2026 (people facing return who launched legal challenges)", geo=FR),
            L("at least 40", 40, AL, P, "returns_france_attempted_recrossing", "September 2025 to 3 August 2026 (of those returned, have since tried to cross again; Home Office)", geo=FR),
            L("12", 12, E, P, "returns_france_recrossed_successfully", "September 2025 to 3 August 2026 (known to have reached the UK a second time; Home Office)", ctx="and 12 are known", geo=FR),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (relocated by the Rwanda plan before it was abandoned, all of whom went willingly)", ctx="only four people"),
            L("more than £290m", 290e6, MT, GBP, "payment_to_rwanda", "April 2022 to July 2024 (paid to Kigali)", geo="Rwanda"),
            L("Fewer than 2,000", 2000, LT, P, "returns", "August 2025 to August 2026 (returns in a year; " + "shadow home secretary)", geo=FR),
            L("40,000", 40000, E, P, SBA, "per year (people coming; shadow home secretary)"),
            L("triple", 3, E, RATIO, "returns_france_target_ratio", "by summer 2027 (the government intends to triple the number of returns by next summer; Home Office minister)", geo=FR),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
