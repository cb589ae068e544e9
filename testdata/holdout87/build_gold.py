#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the eighty-seventh hand-labelled hold-out set (holdout87).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, HOTELS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, EW)

UK, FR, SC, WA, NI, ENG, EU, ALB = ("UK", "France", "Scotland", "Wales", "Northern Ireland", "England", "EU",
                                    "Albania")
HH, DAYS, CPW, COUNCILS = "other:households", "other:days", "other:children_per_woman", "other:council_areas"
P10K, YRS = "other:persons_per_10000_residents", "years"

# 01 (Friday 22 May 2026; ONS provisional estimates for the year to December 2025 "published on Thursday", 21 May)
YE25 = "2025 (calendar year; the 12 months to December 2025; provisional estimate)"
Y24R = "2024 (calendar year; revised estimate)"
Y24F = "2024 (calendar year; first estimate, published a year ago)"
SHS = "Shadow Home Secretary"
TCPR = "Thornfield Centre for Population Research economist"
# 02 (Monday 13 April 2026; freedom of information figures obtained by the paper)
ADA = "age_disputed_children_placed_in_adult_accommodation"
UCA = "unaccompanied_children_arrivals"
UCC = "unaccompanied_children_in_care"
KENT = "Kent County Council cabinet member for children's services"
KYRT = "Kestrel Young Refugees Trust director"
# 03 (Friday 27 November 2026; Home Office statistics to the end of September 2026 "published on Thursday", 26 November)
ES26 = "end of September 2026 (30 September 2026)"
ES25 = "end of September 2025 (30 September 2025; a year earlier)"
YES26 = "year ending September 2026 (October 2025 to September 2026)"
ADP = "asylum_dispersal_population"
STAFFS = "Staffordshire"
SCC = "Staffordshire County Council cabinet member for communities"
# 04 (Thursday 2 July 2026; Home Office small boat data for the first half of the year)
H126 = "1 January to 30 June 2026 (the first half of 2026)"
H125 = "1 January to 30 June 2025 (the first six months of 2025)"
Q126 = "January to March 2026 (the latest quarter with nationality figures)"
CHART = " (chart, small boat arrivals January to June, thousands)"
YTD4 = "1 January to 1 July 2026 (this year)"
# 05 (Tuesday 15 September 2026; fact check of an MP's claim, repeated in a debate "on Monday", 14 September)
RS = "returns_share_of_small_boat_arrivals"
S18 = "1 January 2018 to 30 June 2026 (small boat arrivals since 2018, returned by the end of June 2026)"
YEJ26 = "year ending June 2026 (July 2025 to June 2026; the latest year)"
CLAIM = "2018 to September 2026 (ever sent back; the MP's claim"
# 06 (Wednesday 12 August 2026; National Records of Scotland annual review "released yesterday", Tuesday 11 August)
M25 = "mid-2025 (30 June 2025)"
M15 = "mid-2015 (30 June 2015; a decade earlier)"
YM25 = "year to mid-2025 (July 2024 to June 2025)"
SH65 = "population_share_aged_65_and_over"
CPC = "Caledon Population Centre demographer"
# 07 (Monday 19 October 2026; essay; the OBR chair's evidence to MPs "on Tuesday", 13 October)
FLC = "fiscal_lifetime_contribution_migrant"
OBRC = "OBR chair, to the Treasury committee on Tuesday"

ARTICLES = {
    "01-the-cartouche-ons-net-migration-provisional-revision": dict(
        meta=dict(url="https://www.thecartouche.example/politics/2026/05/22/net-migration-slumps-171000-ons-raises-2024-total/",
                  title="Net migration slumps to 171,000, but ONS quietly raises its 2024 total",
                  publisher="The Cartouche", author="Camilla Strathdee-Okafor", published_date="2026-05-22"),
        labels=[
            L("171,000", 171000, E, P, NM, YE25 + " (headline)", occ=0),
            L("47,000", 47000, E, P, NM + "_revision", "2024 (calendar year; revised up; standfirst)", occ=0),
            L("478,000", 478000, E, P, NM, Y24R + " (standfirst)", occ=0),
            L("almost two-thirds", -200 / 3, ALM, PCT, NM + "_change", "2025 vs 2024 (last year)", occ=0),
            L("171,000", 171000, E, P, NM, YE25 + " (ONS, published on Thursday)", occ=1),
            L("64 per cent", -64, E, PCT, NM + "_change", "2025 vs 2024 (revised)"),
            L("478,000", 478000, E, P, NM, Y24R + " (now recorded)", occ=1),
            L("more than four-fifths", -80, MT, PCT, NM + "_change", "2025 vs year ending June 2023 (below the high point)"),
            L("906,000", 906000, E, P, NM, "year ending June 2023 (July 2022 to June 2023; the high point)"),
            L("47,000", 47000, E, P, NM + "_revision", "2024 (calendar year; higher than first published)", occ=1),
            L("431,000", 431000, E, P, NM, Y24F, occ=0),
            L("812,000", 812000, E, P, "immigration", YE25),
            L("1,060,000", 1060000, E, P, "immigration", Y24R),
            L("23 per cent", -23, E, PCT, "immigration_change", "2025 vs 2024"),
            L("a tenth", 10, E, PCT, "emigration_change", "2025 vs 2024", ctx="rose by a tenth"),
            L("641,000", 641000, E, P, "emigration", YE25),
            L("almost three-quarters", 75, ALM, PCT, "immigration_share_non_eu", YE25 + " (of arrivals)"),
            L("598,000", 598000, E, P, "immigration_non_eu", YE25),
            L("some 214,000", 214000, AP, P, "immigration_work_non_eu", YE25 + " (came to take up jobs)"),
            L("38 per cent", -38, E, PCT, "immigration_work_non_eu_change", "2025 vs 2024"),
            L("187,000", 187000, E, P, "immigration_study_non_eu", YE25),
            L("88,000", -88000, E, P, "net_migration_british_nationals", YE25 + " (net outflow)"),
            L("37,000", -37000, E, P, "net_migration_eu", YE25 + " (net outflow)"),
            L("296,000", 296000, E, P, "net_migration_non_eu", YE25),
            L("some 87,000", 87000, AP, P, "obr_net_migration_assumption_shortfall", "2025 (provisional total below the OBR's assumption)"),
            L("258,000", 258000, E, P, "net_migration_forecast", "2025 (calendar year; OBR assumption, March 2025)"),
            L("almost two-thirds", -200 / 3, ALM, PCT, NM + "_change", "2025 vs 2024 (in a single year; Home Secretary)", occ=1),
            V("tens of thousands", 20000, 90000, P, NM + "_revision", "2025 (expected upward revision next spring; " + SHS + ")"),
            L("431,000", 431000, E, P, NM, Y24F + " (" + SHS + ")", occ=1),
            L("478,000", 478000, E, P, NM, Y24R + " (" + SHS + ")", occ=2),
            L("171,000", 171000, E, P, NM, YE25 + " (" + SHS + ")", occ=2),
            L("Roughly 140,000", 140000, AP, P, "emigration_former_study_visa_non_eu",
              "2025 (last year; people who originally came to study; " + TCPR + ")"),
            L("nearly double", 2, ALM, RATIO, "emigration_former_study_visa_non_eu_ratio", "2025 vs 2023 (two years ago; " + TCPR + ")"),
            L("about £7bn", 7e9, AP, GBP, "public_finances_effect_lower_migration",
              "by 2030 (end of the decade; higher borrowing for every 100,000 fewer net migrants a year; OBR rule of thumb; " + TCPR + ")"),
        ]),
    "02-the-mortise-unaccompanied-children-adult-hotels-council-care": dict(
        meta=dict(url="https://www.themortise.example/uk-news/2026/apr/13/lone-child-refugees-adult-asylum-hotels-wrongly-judged-over-18",
                  title="Hundreds of lone child refugees sent to adult asylum hotels after being wrongly judged over 18",
                  publisher="The Mortise", author="Aoife Brennock-Sesay", published_date="2026-04-13"),
        labels=[
            V("Hundreds", 200, 900, P, ADA, "2025 (lone child refugees wrongly judged over 18; headline)"),
            L("1,312", 1312, E, P, ADA, "2025 (last year; standfirst)", occ=0),
            L("More than 1,300", 1300, MT, P, ADA, "2025 (last year; said they were children)"),
            L("1,312", 1312, E, P, ADA, "2025 (after a visual assessment at the border; freedom of information data)", occ=1),
            L("49%", 49, E, PCT, ADA + "_change", "2025 vs 2024"),
            L("880", 880, E, P, ADA, "2024 (calendar year)"),
            L("761", 761, E, P, "asylum_age_disputes_found_child", "2025 (assessed in full by a local authority; confirmed as children)"),
            L("58%", 58, E, PCT, "age_dispute_cases_share_accepted_as_child", "2025 (of everyone placed)"),
            L("214", 214, E, P, ADA, "January to March 2026 (the first three months of this year)"),
            L("a third", -THIRD, E, PCT, ADA + "_change", "January to March 2026 vs January to March 2025 (the same period last year)",
              ctx="down a third on the same period"),
            L("Seventy-three", 73, E, P, "unaccompanied_children_missing_from_hotels", "2025 (placed in 2025; went missing from the adult hotels)"),
            L("19", 19, E, P, "unaccompanied_children_missing_from_hotels_still_missing", "April 2026 (still not found)"),
            L("Some 4,630", 4630, AP, P, UCA, "2025 (last year; lone children who crossed the Channel)"),
            L("about one in nine", 100 / 9, AP, PCT, "small_boat_arrivals_share_unaccompanied_children", "2025 (last year)"),
            L("40,860", 40860, E, P, SBA, "2025 (calendar year; made the journey)"),
            L("nearly twice", 2, ALM, RATIO, UCA + "_ratio", "2025 vs 2023"),
            L("7,920", 7920, E, P, UCC, "31 March 2025 (in the care of English councils)", geo=ENG),
            L("almost one in ten", 10, ALM, PCT, "unaccompanied_children_share_of_children_in_care", "31 March 2025 (of all looked-after children)", geo=ENG),
            L("512", 512, E, P, UCC, "end of March 2026 (31 March 2026)", geo="Kent"),
            L("fewer than half", 50, LT, PCT, "unaccompanied_children_share_transferred_within_10_working_days",
              "2025-2026 (children Kent refers for transfer; Kent County Council)", geo="Kent"),
            L("120", 120, E, P, "unaccompanied_children_reception_capacity", "April 2026 (beds in Kent's reception centres; " + KENT + ")", geo="Kent"),
            L("over 180", 180, MT, P, "unaccompanied_children_awaiting_placement", "summer 2025 (some nights last summer; children to place; " + KENT + ")", geo="Kent"),
            L("£38m", 38e6, E, GBP, "unaccompanied_asylum_seeking_children_cost_shortfall",
              "2024/25 (April 2024 to March 2025; spent beyond Home Office funding on unaccompanied children and care leavers; " + KENT + ")", geo="Kent"),
            R("between £4,500 and £6,000", 4500, 6000, GBP, "unaccompanied_children_care_cost_per_week", "per week, April 2026 (a residential placement; councils)", geo=ENG),
            L("£143", 143, E, GBP, "home_office_funding_uasc_per_night", "per night, April 2026 (paid to councils for each unaccompanied child)"),
            L("roughly £1,000", 1000, AP, GBP, "home_office_funding_uasc_per_week", "per week, April 2026 (the nightly rate over a week)"),
            L("more than half", 50, MT, PCT, "age_dispute_cases_share_accepted_as_child", "2025-2026 (proper assessments by social workers; " + KYRT + ")"),
            L("one in five", 20, E, PCT, "charity_service_users_share_threatened_in_hotel",
              "2025-2026 (young people wrongly placed in adult hotels, in the trust's casework; " + KYRT + ")"),
            L("more than 6,000", 6000, MT, P, "unaccompanied_children_transferred",
              "5 July 2024 to April 2026 (since 5 July 2024; from Kent to councils across the country; Home Office spokesperson)", geo="Kent"),
            L("2,480", 2480, E, P, "unaccompanied_children_transferred", "April 2025 to March 2026 (the 12 months to March; Home Office spokesperson)", geo="Kent"),
        ]),
    "03-the-penkridge-packet-pa-staffordshire-asylum-dispersal": dict(
        meta=dict(url="https://www.penkridgepacket.example/news/national/staffordshire-asylum-numbers-up-almost-third-county-warns-dispersal-not-shared-fairly-5273190",
                  title="Staffordshire asylum numbers up by almost a third as county warns dispersal is 'not being shared fairly'",
                  publisher="The Penkridge Packet", author="Harriet Quaile-Mbeki and Owen Tilsley", published_date="2026-11-27"),
        labels=[
            L("almost a third", THIRD, ALM, PCT, ADP + "_change", ES26 + " vs " + ES25 + " (headline)", occ=0, geo=STAFFS),
            L("almost a third", THIRD, ALM, PCT, ADP + "_change", ES26 + " vs " + ES25 + " (than twelve months ago)", occ=1, geo=STAFFS),
            L("1,284", 1284, E, P, ADP, ES26 + " (Staffordshire County Council area; figures published on Thursday)", geo=STAFFS),
            L("31%", 31, E, PCT, ADP + "_change", ES26 + " vs " + ES25, geo=STAFFS),
            L("980", 980, E, P, ADP, ES25, geo=STAFFS),
            L("68,400", 68400, E, P, ADP, ES26),
            L("9%", 9, E, PCT, ADP + "_change", ES26 + " vs " + ES25),
            L("24,900", 24900, E, P, HOT, ES26),
            L("a third", -THIRD, E, PCT, HOT + "_change", ES26 + " vs " + ES25, ctx="down a third on the 37,400"),
            L("37,400", 37400, E, P, HOT, ES25 + " (recorded in September 2025)"),
            L("9,850", 9850, E, P, ADP, ES26, geo="West Midlands"),
            L("about one in seven", 100 / 7, AP, PCT, ADP + "_share_west_midlands", ES26 + " (of the UK total)"),
            L("312", 312, E, P, ADP, ES26, geo="Cannock Chase"),
            L("301", 301, E, P, ADP, ES26, geo="East Staffordshire"),
            L("248", 248, E, P, ADP, ES26, geo="Stafford"),
            L("almost half", 50, ALM, PCT, ADP + "_share_cannock_chase_east_staffordshire", ES26 + " (of the county's total)", occ=0, geo=STAFFS),
            L("c. 375", 375, AP, P, ADP, ES26 + " (Tamworth, Lichfield and Newcastle-under-Lyme between them)", geo=STAFFS),
            L("21", 21, E, P, ADP, ES26, ctx="Moorlands (21)", geo="Staffordshire Moorlands"),
            L("27", 27, E, P, ADP, ES26, ctx="Staffordshire (27)", geo="South Staffordshire"),
            L("30", 30, E, P10K, ADP + "_per_10000_residents", ES26, ctx="hosts 30 asylum", geo="Cannock Chase"),
            L("14", 14, E, P10K, ADP + "_per_10000_residents", ES26 + " (the county as a whole)", ctx="compared with 14 across", geo=STAFFS),
            L("61", 61, E, P10K, ADP + "_per_10000_residents", ES26 + " (neighbouring unitary authority)", geo="Stoke-on-Trent"),
            L("almost half", 50, ALM, PCT, ADP + "_share_cannock_chase_east_staffordshire", ES26 + " (two of eight districts; " + SCC + ")", occ=1, geo=STAFFS),
            L("1,900", 1900, E, HH, "housing_waiting_list_households_change", "November 2025 to November 2026 (in a year; across the county; " + SCC + ")", geo=STAFFS),
            L("640", 640, E, P, "charity_service_users", "October 2025 to September 2026 (new clients in the year to September; Trent Welcome Hub)", geo="Burton upon Trent"),
            L("almost double", 2, ALM, RATIO, "charity_service_users_ratio", "year to September 2026 vs the previous year (Trent Welcome Hub)", geo="Burton upon Trent"),
            L("74", 74, E, HOTELS, "asylum_hotels_closed", "1 January to 26 November 2026 (since January; Home Office statement)"),
            L("£750", 750, E, GBP, "council_asylum_grant_per_dispersal_bed", "November 2026 (for every new dispersal bed; Home Office statement)"),
            L("109,600", 109600, E, P, "asylum_applications", YES26),
            L("4%", -4, E, PCT, "asylum_applications_change", YES26 + " vs the previous 12 months"),
            L("52,300", 52300, E, P, "asylum_backlog", ES26 + " (waiting for an initial decision)"),
            L("some 43,180", 43180, AP, P, SBA, YES26 + " (the same 12 months)"),
        ]),
    "04-tessera-news-small-boats-first-half-2026-explainer": dict(
        meta=dict(url="https://www.tesseranews.example/news/uk-politics-70812466",
                  title="Small boats: How do crossings in 2026 so far compare with last year?",
                  publisher="Tessera News", author="Linnea Ashdown-Mwangi", published_date="2026-07-02"),
        labels=[
            L("16,410", 16410, E, P, SBA, H126 + " (landed on the Kent coast; Home Office figures)"),
            L("18%", -18, E, PCT, SBA + "_change", H126 + " vs " + H125),
            L("19,980", 19980, E, P, SBA, H125 + " (the busiest January-to-June on record)"),
            L("262", 262, E, BOATS, SBC, H126),
            L("358", 358, E, BOATS, SBC, H125),
            L("more than a quarter", -25, MT, PCT, SBC + "_change", H126 + " vs " + H125),
            L("about 63", 63, AP, PPB, "small_boat_occupancy", H126 + " (the average boat)"),
            L("56", 56, E, PPB, "small_boat_occupancy", H125 + " (a year earlier)"),
            L("more than double", 2, MT, RATIO, "small_boat_occupancy_ratio", "first half of 2026 vs 2021 (average per boat)"),
            L("4,920", 4920, E, P, SBA, "June 2026 (the most of any month so far this year)"),
            L("7%", 7, E, PCT, SBA + "_change", "June 2026 vs June 2025", ctx="7% more than"),
            L("1,195", 1195, E, P, SBA, "14 June 2026 (the single busiest day)"),
            L("19", 19, E, BOATS, SBC, "14 June 2026 (the single busiest day)", ctx="in 19 boats"),
            L("71", 71, E, DAYS, "small_boat_crossing_days", H126 + " (days on which boats arrived)"),
            L("84", 84, E, DAYS, "small_boat_crossing_days", H125 + " (the same period of 2025)"),
            L("12.7k", 12700, E, P, SBA, "1 January to 30 June 2022" + CHART),
            L("11.4k", 11400, E, P, SBA, "1 January to 30 June 2023" + CHART),
            L("13.5k", 13500, E, P, SBA, "1 January to 30 June 2024" + CHART),
            L("20.0k", 20000, E, P, SBA, "1 January to 30 June 2025" + CHART),
            L("16.4k", 16400, E, P, SBA, "1 January to 30 June 2026" + CHART),
            L("about a fifth", 20, AP, PCT, "small_boat_arrivals_share_eritrean", Q126 + " (Eritreans, the largest group)"),
            L("76%", 76, E, PCT, "small_boat_arrivals_share_adult_men", Q126),
            L("about 7%", 7, AP, PCT, "small_boat_arrivals_share_unaccompanied_children", Q126 + " (children travelling alone)"),
            L("2,160", 2160, E, P, "returns", "September 2025 to July 2026 (flown back under the one in, one out deal since returns began last September; Home Office)", geo=FR),
            L("41,320", 41320, E, P, SBA, "2025 (calendar year; last year)"),
            L("45,774", 45774, E, P, SBA, "2022 (calendar year; the record)"),
            L("More than 16,000", 16000, MT, P, SBA, H126 + " (in six months; shadow home secretary)"),
            L("nine", 9, E, DAYS, "small_boat_crossing_days", "May 2026 (days when boats got across; Solent Migration Unit researcher)", ctx="only nine days"),
            L("more than 9,000", 9000, MT, P, "small_boat_launch_attempts_stopped_people", YTD4 + " (stopped from setting off; French police)", geo=FR),
            L("at least 17", 17, AL, P, "small_boat_deaths", YTD4 + " (deaths in the Channel; International Organization for Migration)"),
        ]),
    "05-fettle-check-small-boat-arrivals-returned-claim": dict(
        meta=dict(url="https://fettlecheck.example/immigration/are-only-2-per-cent-of-small-boat-arrivals-ever-sent-back/",
                  title="Are only 2% of small boat arrivals ever sent back?",
                  publisher="Fettle Check", author="Idris Fenwick-Oyelowo", published_date="2026-09-15"),
        labels=[
            L("2%", 2, E, PCT, RS, CLAIM + ", headline)", occ=0),
            L("2%", 2, E, PCT, RS, CLAIM + ", claim box)", occ=1),
            L("Around 6%", 6, AP, PCT, RS, S18 + " (verdict box)"),
            L("around one in 11", 100 / 11, AP, PCT, RS, YEJ26 + " (returned in the year against that year's arrivals; verdict box)"),
            L("196,400", 196400, E, P, SBA, "1 January 2018 to 30 June 2026 (since the start of 2018)"),
            L("12,350", 12350, E, P, "returns", S18, occ=0),
            L("6.3%", 6.3, E, PCT, RS, S18),
            L("about one in 16", 6.25, AP, PCT, RS, S18),
            L("2%", 2, E, PCT, RS, CLAIM + ", named again)", occ=2),
            L("about 2.3%", 2.3, AP, PCT, RS, "1 January 2018 to 31 December 2023 (returned by the end of 2023)"),
            L("12,350", 12350, E, P, "returns", S18 + " (named again)", occ=1),
            L("9,870", 9870, E, P, "returns", S18 + " (enforced returns)"),
            L("about four in five", 80, AP, PCT, "returns_share_enforced", S18),
            L("more than half", 50, MT, PCT, "returns_share_albania", S18 + " (Albanians, of small boat arrivals returned)"),
            L("6,640", 6640, E, P, "returns", S18 + " (Albanians)", geo=ALB),
            L("nearly four times", 4, ALM, RATIO, "returns_ratio", S18 + " (Albanians vs the next nationality)"),
            L("3,910", 3910, E, P, "returns", YEJ26 + " (people who had come by small boat)"),
            L("42,870", 42870, E, P, SBA, YEJ26),
            L("about 9%", 9, AP, PCT, RS, YEJ26 + " (returned in the year against that year's arrivals)"),
            L("roughly one in 11", 100 / 11, AP, PCT, RS, YEJ26 + " (returned in the year against that year's arrivals)"),
            L("about 11%", 11, AP, PCT, "returns_share_small_boat_arrivals", YEJ26 + " (small boat arrivals, of returns of all kinds)"),
            L("36,900", 36900, E, P, "returns", YEJ26 + " (returns of all kinds)"),
            L("2,150", 2150, E, P, "returns", "September 2025 to June 2026 (one in, one out; by the end of June)", geo=FR),
            L("57%", 57, E, PCT, "small_boat_arrivals_share_granted_protection", "1 January 2018 to 30 June 2026 (arrivals since 2018 with an initial decision by June 2026)"),
            L("Around 61,000", 61000, AP, P, "asylum_backlog_small_boat_arrivals", "end of June 2026 (30 June 2026; waiting for an initial decision or an appeal)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers relocated before the scheme was scrapped)", ctx="relocated four volunteers"),
            L("about 27%", 27, AP, PCT, "returns_share_of_return_orders", "2025 (non-EU citizens told to leave an EU country who were recorded as gone; Eurostat)", geo=EU),
            L("more than 50,000", 50000, MT, P, "returns", "July 2024 to September 2026 (since July 2024; removals of all kinds; Home Office)"),
            L("2%", 2, E, PCT, RS, CLAIM + ", the MP's office)", occ=3),
        ]),
    "06-the-gowan-herald-scotland-ageing-population-migration": dict(
        meta=dict(url="https://www.gowanherald.example/news/scotland/migration-keeps-scotland-growing-one-in-five-scots-over-65-4718265",
                  title="Migration keeps Scotland growing as one in five Scots is now over 65",
                  publisher="The Gowan Herald", author="Morven Galbraith-Asante", published_date="2026-08-12"),
        labels=[
            L("one in five", 20, E, PCT, SH65, M25 + " (headline)", geo=SC),
            L("5.58 million", 5.58e6, E, P, "population", M25 + " (a record)", geo=SC),
            L("39,800", 39800, E, P, "population_growth", YM25, geo=SC),
            L("45,200", 45200, E, P, "births", YM25, geo=SC),
            L("56,500", 56500, E, P, "deaths", YM25, geo=SC),
            L("11,300", -11300, E, P, "population_natural_change", YM25 + " (a natural decrease)", geo=SC),
            L("34,900", 34900, E, P, "net_migration_overseas", YM25, geo=SC),
            L("16,200", 16200, E, P, "net_migration_rest_of_uk", YM25 + " (moves from elsewhere in the UK)", geo=SC),
            L("Some 1.10 million", 1.10e6, AP, P, "population_aged_65_and_over", M25, geo=SC),
            L("19.7 per cent", 19.7, E, PCT, SH65, M25, geo=SC),
            L("17.2 per cent", 17.2, E, PCT, SH65, M15, geo=SC),
            L("24 per cent", 24, E, PCT, "population_aged_75_and_over_change", "mid-2015 to mid-2025 (in ten years)", geo=SC),
            L("547,000", 547000, E, P, "population_aged_75_and_over", M25, geo=SC),
            L("42.9", 42.9, E, YRS, "population_median_age", M25, geo=SC),
            L("15.8 per cent", 15.8, E, PCT, "population_share_aged_under_16", M25, geo=SC),
            L("51", 51, E, YRS, "population_median_age", M25 + " (the oldest council area)", geo="Argyll and Bute"),
            L("1.25", 1.25, E, CPW, "total_fertility_rate", "2025 (the lowest since records began)", geo=SC),
            L("1.41", 1.41, E, CPW, "total_fertility_rate", "2025", geo=EW),
            L("1.68", 1.68, E, CPW, "total_fertility_rate", "2025", geo=NI),
            L("21.6 per cent", 21.6, E, PCT, SH65, M25, geo=WA),
            L("17.4 per cent", 17.4, E, PCT, SH65, M25 + " (the youngest of the UK nations)", geo=NI),
            L("Around seven in ten", 70, AP, PCT, "immigration_share_aged_16_34", YM25 + " (people who moved to Scotland from overseas)", geo=SC),
            L("26", 26, E, COUNCILS, "council_areas_natural_decrease", YM25 + " (more deaths than births)", ctx="recorded in 26 council", geo=SC),
            L("nine", 9, E, COUNCILS, "council_areas_population_decline", YM25 + " (population fell despite migration)", ctx="fell in nine of them", geo=SC),
            L("0.6 per cent", -0.6, E, PCT, "population_change", YM25 + " (the steepest drop)", geo="Inverclyde"),
            L("1.9 per cent", 1.9, E, PCT, "population_change", YM25 + " (grew fastest)", geo="Midlothian"),
            L("14%", 14, E, PCT, "population_pensionable_age_projection_change", "to 2045 (NRS central projection)", geo=SC),
            L("6%", -6, E, PCT, "population_working_age_scenario_change", "to 2045 (without migration)", geo=SC),
            R("from 5.42 million to 5.81 million", 5.42e6, 5.81e6, P, "population_projection", "2045 (depending on how many people arrive; projection variants)", geo=SC),
            L("3.1", 3.1, E, RATIO, "working_age_per_pensioner_ratio", M25 + " (people of working age for every pensioner)", geo=SC),
            L("3.4", 3.4, E, RATIO, "working_age_per_pensioner_ratio", "2015 (mid-2015)", geo=SC),
            L("more than 11,000", -11000, MT, P, "population_natural_change", YM25 + " (last year; the fall without migration; Scotland's migration minister)", geo=SC),
            L("something like 65,000", 65000, AP, P, "net_migration_overseas_scenario",
              "per year, to 2045 (needed to hold the balance between workers and pensioners; " + CPC + ")", geo=SC),
            L("nearly double", 2, ALM, RATIO, "net_migration_overseas_scenario_ratio", "scenario vs year to mid-2025 (what we have now; " + CPC + ")", geo=SC),
            L("more than halved", -50, MT, PCT, NM + "_change", "2025 vs 2024 (in a year; UK Government)"),
        ]),
    "07-quoin-immigration-public-finances-essay": dict(
        meta=dict(url="https://quoin.example/p/the-migration-dividend-was-always-a-mirage",
                  title="The migration dividend was always a mirage",
                  publisher="Quoin", author="Ottoline Varga-Mensah", published_date="2026-10-19"),
        labels=[
            L("340,000", 340000, E, P, "net_migration_projection_assumption", "per year, long run (OBR assumption, March 2025)"),
            L("258,000", 258000, E, P, "net_migration_forecast", "2025 (calendar year; OBR assumption, March 2025)"),
            L("171,000", 171000, E, P, NM, "2025 (calendar year; ONS provisional estimate, published in May 2026)"),
            L("47,000", 47000, E, P, NM + "_revision", "2024 (calendar year; revised up once fuller tax records arrived)"),
            L("about £410,000", 410000, AP, GBP, FLC, "lifetime (a migrant arriving aged 25 on the average wage; OBR analysis)"),
            L("about £170,000", -170000, AP, GBP, FLC, "lifetime (a migrant on half average earnings; costs the state; OBR analysis)", occ=0),
            L("more than £1m", 1e6, MT, GBP, FLC, "lifetime (a graduate on twice average earnings; OBR analysis)"),
            L("89,000", 89000, E, P, "visas_granted_care_worker", "2023 (calendar year; main applicants)"),
            L("about 120,000", 120000, AP, P, "visas_granted_care_worker_dependants", "2023 (calendar year; dependants of care workers)"),
            L("1.2m", 1.2e6, E, P, "visas_granted_work_study", "2023 (calendar year; work and study visas)"),
            L("about £170,000", -170000, AP, GBP, FLC, "lifetime (a worker on half average pay; pull quote)", occ=1),
            L("21%", 21, E, PCT, "income_tax_nics_share_non_uk_nationals", "2024/25 (April 2024 to March 2025; income tax and national insurance)"),
            L("about 15%", 15, AP, PCT, "population_share_non_uk_nationals_working_age", "2024/25 (of the working-age population)"),
            L("Roughly a quarter", 25, AP, PCT, "adult_social_care_workforce_share_non_british", "2026 (care workers holding a non-British passport)", geo=ENG),
            L("nearly a fifth", 20, ALM, PCT, "nhs_staff_share_non_british", "2026 (NHS staff holding a non-British passport)", geo=ENG),
            L("about £12bn", 12e9, AP, GBP, "international_student_fee_income", "2025/26 (last year; fees paid by international students)"),
            L("roughly £7bn", 7e9, AP, GBP, "public_finances_effect_lower_migration",
              "by 2030 (higher borrowing for each 100,000 drop in annual net migration; OBR rule of thumb)"),
            L("£12.4bn", 12.4e9, E, GBP, "fiscal_headroom", "October 2026 (the Chancellor's headroom against her fiscal rule)"),
            L("more than half", 50, MT, PCT, "public_finances_effect_share_of_headroom", "October 2026 (a sustained shortfall on migration could swallow)"),
            L("100,000", 100000, E, P, "net_migration_scenario_shortfall", "per year, to the end of the forecast (settles below the OBR's assumption; " + OBRC + ")",
              ctx="settles 100,000 below"),
            L("about 4 percentage points", 4, AP, PCT, "public_finances_effect_debt_share_gdp",
              "end of the forecast (public sector net debt higher, as a share of GDP; " + OBRC + ")"),
            L("about 95%", 95, AP, PCT, "public_sector_net_debt_share_gdp", "October 2026 (already)"),
            L("£118bn", 118e9, E, GBP, "public_sector_net_borrowing", "2025/26 (last year)"),
            L("£146bn", 146e9, E, GBP, "state_pension_cost", "per year, 2026"),
            L("about 5%", 5, AP, PCT, "state_pension_cost_share_gdp", "2026 (of national income)"),
            L("2.4 million", 2.4e6, E, P, "population_over_state_pension_age_projection_change", "2026 to 2040 (people over pension age)"),
            L("£5.38bn", 5.38e9, E, GBP, AC, "2025/26 (April 2025 to March 2026; a record)"),
            L("£715m", 715e6, E, GBP, "rwanda_scheme_cost", "April 2022 to July 2024 (the whole scheme)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
