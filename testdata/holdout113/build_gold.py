#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-thirteenth hand-labelled hold-out set (holdout113).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, HOTELS, THIRD, E, AP, MT, AL, LT, AM,
                        ALM, SBA, SBC, NM, AC, HOT, PTR, YEARS)

UK, ENG, WAL, SCO, NI, FR, EU = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France", "EU"
VIEWS, REPOSTS, LAUNCHES = "other:views", "other:reposts", "other:launches"
HOUSEHOLDS, HOMES = "other:households", "other:homes"

# 01 (Thursday 21 May 2026; ONS provisional long-term international migration estimates released "on Thursday")
Y25 = "January to December 2025 (the 12 months to December 2025; ONS provisional estimates, Thursday 21 May 2026"
Y24 = "January to December 2024 (the year before"
TOD = "ONS deputy director for migration statistics"
KES = "Kestrelmoor Institute"
# 02 (Wednesday 1 July 2026; PA copy; Home Office daily figures to Tuesday 30 June)
YTD = "1 January to 30 June 2026 (so far this year; Home Office figures"
H25 = "1 January to 30 June 2025 (the first half of last year"
MON = "Monday 29 June 2026"
HOS = "Home Office spokesperson"
# 03 (Wednesday 8 July 2026; fact check of a post on X "on Sunday", 5 July 2026)
CLAIM = "July 2026 (right now; the claim checked: a Reform UK councillor's post on X, Sunday 5 July 2026"
Q1 = "31 March 2026 (end of March 2026; Home Office asylum support statistics"
# 04 (Thursday 27 August 2026; Home Office quarterly statistics released "on Thursday", year to June 2026)
YJ26 = "July 2025 to June 2026 (the year to June; Home Office quarterly statistics, Thursday 27 August 2026"
YJ25 = "July 2024 to June 2025 (the preceding year"
GS = "asylum_grants_share_initial_decisions"
MIN = "border security minister"
HRT = "Harbourne Refugee Trust"
# 05 (Monday 14 September 2026; Freedom of Information responses obtained by the Daily Hoopla)
FOI = "July 2024 to September 2026 (since July 2024; Freedom of Information responses to the Daily Hoopla"
RDP = "returns_deal_payment"
CPR = "returns_deal_cost_per_return"
NMK = "North Macedonia"
# 06 (Friday 11 September 2026; report to Cardiff council's cabinet "on Thursday", 10 September, on ONS mid-2025 estimates)
MID25 = "mid-2025 (30 June 2025; ONS mid-year estimates in a report to Cardiff council's cabinet, Thursday 10 September 2026"
YM25 = "July 2024 to June 2025 (the year to June 2025; ONS, in the cabinet report"
CDF = "Cardiff"
LEAD = "Cardiff council leader"
# 07 (Thursday 20 August 2026; Home Office figures released "on Thursday" for the year to June 2026)
YS26 = "July 2025 to June 2026 (the 12 months to June 2026; Home Office figures, Thursday 20 August 2026"
YS25 = "July 2024 to June 2025 (a year earlier"
VS, VSD = "visas_granted_study", "visas_granted_study_dependants"

ARTICLES = {
    "01-nowcast-ons-net-migration-revision": dict(
        meta=dict(url="https://www.nowcast.example/news/articles/uk-net-migration-2025-ons-estimate-c4x8r1kq2m7o",
                  title="Net migration more than halves to 167,000 as more people leave UK",
                  publisher="Nowcast", author="Saoirse Mbatha-Lyle", published_date="2026-05-21"),
        labels=[
            L("more than halves", -50, MT, PCT, NM + "_change", "2025 vs 2024 (headline)"),
            L("167,000", 167000, E, P, NM, Y25 + "; headline)", occ=0),
            L("167,000", 167000, E, P, NM, Y25 + "; last year)", occ=1),
            L("less than half", 0.5, LT, RATIO, NM + "_ratio", "2025 vs 2024 (the level of the year before)"),
            L("812,000", 812000, E, P, "immigration", Y25 + "; moving to Britain for a year or more)"),
            L("645,000", 645000, E, P, "emigration", Y25 + "; moving away)"),
            L("38,000", 38000, E, P, NM + "_revision", "January to December 2024 (the estimate for 2024, revised up in May 2026; ONS)"),
            L("383,000", 383000, E, P, NM, "January to December 2024 (as revised in May 2026; ONS)"),
            L("56%", -56, E, PCT, NM + "_change", "2025 vs 2024 (against the revised, higher baseline)"),
            L("431,000", 431000, E, P, NM, "January to December 2024 (first published last May, 2025; ONS)"),
            L("345,000", 345000, E, P, NM, "January to December 2024 (as revised in November 2025; ONS)"),
            L("152,000", -152000, E, P, "immigration_change", "2025 vs 2024 (dropped by)"),
            L("16%", -16, E, PCT, "immigration_change", "2025 vs 2024"),
            L("964,000", 964000, E, P, "immigration", Y24 + ")"),
            L("11%", 11, E, PCT, "emigration_change", "2025 vs 2024 (climbing)"),
            L("581,000", 581000, E, P, "emigration", Y24 + ")"),
            L("118,000", 118000, E, P, "immigration_work_non_eu", Y25 + "; people from outside the EU coming to work)"),
            L("nearly two-fifths", -40, ALM, PCT, "immigration_work_non_eu_change", "2025 vs 2024 (down on 2024)"),
            L("about 9%", -9, AP, PCT, "immigration_study_change", "2025 vs 2024 (arrivals for study slipped)"),
            L("241,000", 241000, E, P, "immigration_study", Y25 + "; arrivals for study)"),
            L("262,000", 262000, E, P, "net_migration_non_eu", Y25 + "; non-EU citizens)"),
            L("64,000", -64000, E, P, "net_migration_eu", Y25 + "; EU citizens, a net outflow)"),
            L("31,000", -31000, E, P, "net_migration_british_nationals", Y25 + "; British nationals, a net outflow)"),
            L("Roughly one in five", 20, AP, PCT, "emigration_share_former_study", Y25 + "; last year's emigrants who first held a student visa)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the year ending June 2023; the high point)"),
            L("less than a fifth", 0.2, LT, RATIO, NM + "_ratio", "2025 vs the year ending June 2023 (the rate at the 2023 peak; " + TOD + ")"),
            L("almost a third", THIRD, ALM, PCT, "net_migration_share_of_fall_from_emigration", "2025 vs 2024 (of the year's fall, from rising departures; " + KES + ")"),
            L("more than half", -50, MT, PCT, NM + "_change", "2025 vs 2024 (in twelve months; Home Secretary)"),
            L("167,000", 167000, E, P, NM, Y25 + "; 'a town the size of Reading, every single year'; shadow home secretary)", occ=2),
            L("more than a million", 1e6, MT, P, "immigration", "5 July 2024 to May 2026 (people settled in Britain since the last general election; Reform UK deputy leader)"),
        ]),
    "02-oasthouse-observer-channel-crossings-half-year": dict(
        meta=dict(url="https://www.oasthouseobserver.example/news/national/channel-crossings-13-lower-than-last-year-at-halfway-point-5820417",
                  title="Channel crossings 13% lower than last year at halfway point",
                  publisher="Oasthouse Observer", author="Rhiannon Stelling-Abara", published_date="2026-07-01"),
        labels=[
            L("13%", -13, E, PCT, SBA + "_change", "1 January to 30 June, 2026 vs 2025 (lower than last year at the halfway point; headline)", occ=0),
            V("hundreds", 200, 900, P, SBA, "29 to 30 June 2026 (a burst of crossings at the start of the week, to the Kent coast)"),
            L("17,412", 17412, E, P, SBA, YTD + "; between January 1 and June 30)", occ=0),
            L("13%", -13, E, PCT, SBA + "_change", "1 January to 30 June, 2026 vs 2025 (a fall on)", occ=1),
            L("20,046", 20046, E, P, SBA, H25 + ")"),
            L("487", 487, E, P, SBA, MON + " (brought ashore on Monday)"),
            L("nine", 9, E, BOATS, SBC, MON + " (Monday)", ctx="in nine boats"),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", "Monday 29 June vs Sunday 28 June 2026"),
            L("126", 126, E, P, SBA, "Sunday 28 June 2026 (Sunday's total)"),
            L("112", 112, E, P, SBA, "Tuesday 30 June 2026"),
            L("two", 2, E, BOATS, SBC, "Tuesday 30 June 2026", ctx="in two boats"),
            L("17,412", 17412, E, P, SBA, YTD + "; the arrivals this year)", occ=1),
            L("301", 301, E, BOATS, SBC, YTD + ")"),
            L("378", 378, E, BOATS, SBC, H25 + "; the first six months of 2025)"),
            L("a fifth", -20, E, PCT, SBC + "_change", "1 January to 30 June, 2026 vs 2025 (the number of boats is down by)"),
            L("58", 58, E, PPB, "small_boat_occupancy", YTD + "; average per boat)", ctx="this year is 58 per boat"),
            L("53", 53, E, PPB, "small_boat_occupancy", H25 + "; the same period last year)"),
            L("41", 41, E, LAUNCHES, "rnli_lifeboat_launches", "1 January to 30 June 2026 (since January; the RNLI station)", ctx="launched 41 times", geo="Dungeness"),
            L("c. 600", 600, AP, P, "small_boat_launch_attempts_stopped_people", "a single night in the week to 28 June 2026 (last week, beaches near Boulogne; Pas-de-Calais prefecture)", geo=FR),
            L("1,214", 1214, E, P, "returns", "August 2025 to 30 June 2026 (returned to France under the UK-France agreement since last August; Home Office)", geo=FR),
            L("1,087", 1087, E, P, "uk_france_legal_route_arrivals", "August 2025 to 30 June 2026 (admitted to the UK through the reciprocal legal route; Home Office)"),
            L("at least 14", 14, AL, P, "small_boat_deaths", "1 January to 30 June 2026 (deaths on the route since January; French authorities)"),
            L("more than 81,000", 81000, MT, P, SBA, "5 July 2024 to 30 June 2026 (since Labour entered government; PA tally of daily Home Office figures)"),
            L("41,472", 41472, E, P, SBA, "January to December 2025 (the 2025 total)"),
            L("more than 2,600", -2600, MT, P, SBA + "_change", "1 January to 30 June, 2026 vs 2025 (fewer than at this point last year; " + HOS + ")"),
            L("More than one in five", 20, MT, PCT, "small_boat_arrivals_share_since_july_2024_in_last_six_months", "January to June 2026 (of everyone who has crossed since July 2024, arrived in the last six months; shadow home secretary)"),
            L("about 18%", 18, AP, PCT, "small_boat_arrivals_share_eritrean", "January to March 2026 (the largest nationality; earlier Home Office data)"),
        ]),
    "03-faircount-asylum-hotels-50000-claim": dict(
        meta=dict(url="https://faircount.example/fact-checks/50000-asylum-seekers-in-hotels-claim/",
                  title="Are there 50,000 asylum seekers in hotels?",
                  publisher="Faircount", author="Linnea Strachan-Obi", published_date="2026-07-08"),
        labels=[
            L("50,000", 50000, E, P, HOT, CLAIM + "; headline)", occ=0),
            L("50,000", 50000, E, P, HOT, CLAIM + "; 'What was claimed' box)", occ=1),
            L("27,120", 27120, E, P, HOT, Q1 + "; verdict box)", occ=0),
            L("around 8%", -8, AP, PCT, HOT + "_change", "31 March 2026 vs 30 June 2024 (fewer; verdict box)"),
            L("29,585", 29585, E, P, HOT, "30 June 2024 (the last quarterly snapshot before polling day; verdict box)"),
            L("1.2m", 1.2e6, E, VIEWS, "social_media_post_views", "5 to 7 July 2026 (the claim's post on X, by Tuesday evening)"),
            L("12.9k", 12900, E, REPOSTS, "social_media_post_reposts", "5 to 7 July 2026 (the claim's post on X, by Tuesday evening)"),
            L("103,410", 103410, E, P, "asylum_support_population", Q1 + "; receiving asylum support)"),
            L("27,120", 27120, E, P, HOT, Q1 + "; of these, in hotels)", occ=1),
            L("just over a quarter", 25, MT, PCT, "asylum_support_share_hotels", Q1 + ")"),
            L("just over 56,000", 56000, MT, P, HOT, "September 2023 (hotel use peaked)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "September 2023 (on the books at the peak)"),
            L("187", 187, E, HOTELS, "asylum_hotels_in_use", Q1 + "; the number of hotels had dropped to)"),
            L("less than half", 0.5, LT, RATIO, HOT + "_ratio", "31 March 2026 vs September 2023 (people in hotels today against the peak)"),
            L("38,079", 38079, E, P, HOT, "31 December 2024 (the highest since early 2024)"),
            L("28,900", 28900, E, P, HOT, "30 September 2025 (fell to; not above the June 2024 level since)"),
            L("50,000", 50000, E, P, HOT, CLAIM + "; cross-head 'Where might 50,000 come from?')", occ=2),
            L("50,546", 50546, E, P, HOT, "30 June 2023 (three years ago; older data)"),
            L("nearly double", 2, ALM, RATIO, HOT + "_ratio", "30 June 2023 vs 31 March 2026 (today's count)"),
            L("2,310", 2310, E, P, "large_site_population", Q1 + "; large sites such as the former RAF Wethersfield base)"),
            L("29,430", 29430, E, P, "asylum_contingency_accommodation_population", Q1 + "; hotels and large sites together)"),
            L("50,000", 50000, E, P, HOT, CLAIM + "; still a long way short of)", occ=3),
            L("About nine in ten", 90, AP, PCT, "asylum_hotel_population_share_england", Q1 + "; hotel residents in England)"),
            L("640", 640, E, P, HOT, Q1 + ")", geo=NI),
            L("£4.8bn", 4.8e9, E, GBP, AC, "April 2024 to March 2025 (the 12 months to March 2025; paid out on accommodation and support; Home Office annual accounts)"),
            L("£1.9bn", 1.9e9, E, GBP, "asylum_cost_hotels", "April 2024 to March 2025 (the 12 months to March 2025; hotels took; Home Office annual accounts)"),
            L("roughly two-fifths", 40, AP, PCT, "asylum_cost_share_hotels", "April 2024 to March 2025 (the 12 months to March 2025; of the total)"),
            L("a little over half", 0.5, MT, RATIO, HOT + "_ratio", "31 March 2026 vs the claim (the number in hotels against the 50,000 claimed; conclusion)"),
            L("50,000", 50000, E, P, HOT, CLAIM + "; conclusion)", occ=4),
        ]),
    "04-the-inkhorn-asylum-grant-rate-decisions-backlog": dict(
        meta=dict(url="https://www.theinkhorn.example/uk-news/2026/aug/27/asylum-grant-rate-falls-41-percent-home-office-decisions",
                  title="Asylum grant rate falls to 41% as Home Office speeds through claims",
                  publisher="The Inkhorn", author="Ottoline Varga-Pryce", published_date="2026-08-27"),
        labels=[
            L("41%", 41, E, PCT, GS, YJ26 + "; headline)", occ=0),
            L("more than doubled", 2, MT, RATIO, "asylum_refusals_ratio", "year to June 2026 vs year to June 2025 (refusals, in a year; standfirst)", ctx="Refusals have more than doubled"),
            L("Fewer than half", 50, LT, PCT, GS, YJ26 + "; granted protection when their claim is first decided)"),
            L("121,300", 121300, E, P, "asylum_initial_decisions", YJ26 + ")"),
            L("41%", 41, E, PCT, GS, YJ26 + "; refugee status or humanitarian leave)", occ=1),
            L("52%", 52, E, PCT, GS, YJ25 + ")"),
            L("65%", 65, E, PCT, "asylum_initial_decisions_change", "year to June 2026 vs year to June 2025 (the volume of decisions)"),
            L("49,700", 49700, E, P, "asylum_grants", YJ26 + ")"),
            L("38,100", 38100, E, P, "asylum_grants", YJ25 + ")"),
            L("more than doubled", 2, MT, RATIO, "asylum_refusals_ratio", "year to June 2026 vs year to June 2025 (refusals)", ctx="refusals more than doubled"),
            L("71,600", 71600, E, P, "asylum_refusals", YJ26 + ")"),
            L("35,200", 35200, E, P, "asylum_refusals", YJ25 + ")"),
            L("84%", 84, E, PCT, "asylum_refusals_share_single_adult_men", YJ26 + "; of those refused)"),
            L("19,800", 19800, E, P, "asylum_withdrawals", YJ26 + "; claims withdrawn)"),
            L("46,900", 46900, E, P, "asylum_backlog", "30 June 2026 (waiting for a first decision at the end of June)"),
            L("a third", -THIRD, E, PCT, "asylum_backlog_change", "30 June 2026 vs 30 June 2025 (down on last year's)"),
            L("70,400", 70400, E, P, "asylum_backlog", "30 June 2025 (last year's)"),
            L("slightly above a quarter", 0.25, MT, RATIO, "asylum_backlog_ratio", "30 June 2026 vs mid-2023 (of the number waiting at the height of the backlog)"),
            L("175,000-plus", 175000, MT, P, "asylum_backlog", "mid-2023 (the height of the backlog)"),
            L("98%", 98, E, PCT, GS + "_sudanese", YJ26 + "; Sudanese claimants)"),
            L("86%", 86, E, PCT, GS + "_eritrean", YJ26 + "; Eritreans)"),
            L("36%", 36, E, PCT, GS + "_afghan", YJ26 + "; Afghans)"),
            L("78%", 78, E, PCT, GS + "_afghan", YJ25 + "; a year earlier)"),
            L("3%", 3, E, PCT, GS + "_albanian", YJ26 + "; Albanians)"),
            L("about 43%", 43, AP, PCT, GS, "January to December 2025 (first-instance recognition rate; EU asylum agency)", geo=EU),
            L("48,300", 48300, E, P, "asylum_appeals_lodged", YJ26 + "; with the first-tier tribunal)"),
            L("nearly four times", 4, ALM, RATIO, "asylum_appeals_lodged_ratio", "year to June 2026 vs year to June 2024"),
            L("12,600", 12600, E, P, "asylum_appeals_lodged", "July 2023 to June 2024 (the year to June 2024)"),
            L("Around 46%", 46, AP, PCT, "asylum_appeals_share_allowed", YJ26 + "; appeals decided over the year)"),
            L("nearly one in two", 50, ALM, PCT, "asylum_appeals_share_allowed", "2026 (refusals that reach a judge, overturned; Northgate Asylum Advice Network)"),
            L("more than 120,000", 120000, MT, P, "asylum_initial_decisions", "July 2025 to June 2026 (cases cleared in a year; " + MIN + ")"),
            L("two-thirds", -200 / 3, E, PCT, "asylum_backlog_change", "July 2024 to August 2026 (cut since the election; " + MIN + ")"),
            L("about 13,000", 13000, AP, P, "asylum_grants", "April to June 2026 (given protection in the quarter alone; " + HRT + ")"),
            L("roughly 20%", 20, AP, PCT, "refugees_homeless_after_leaving_asylum_support_change", "the past year to August 2026 (refugees presenting as homeless to councils; " + HRT + " chief executive)", geo=ENG),
        ]),
    "05-daily-hoopla-returns-deals-third-countries-cost": dict(
        meta=dict(url="https://www.dailyhoopla.example/news/politics/2231984/returns-deals-86-5million-migrants-removed-exclusive",
                  title="£86.5MILLION handed to foreign governments to take back migrants - but just 1,930 have been removed",
                  publisher="Daily Hoopla", author="Connor Wetherall-Adebayo", published_date="2026-09-14"),
        labels=[
            L("£86.5MILLION", 86.5e6, E, GBP, RDP, FOI + "; four countries; headline)"),
            L("1,930", 1930, E, P, "returns", FOI + "; removed under the deals; headline)", occ=0),
            L("nearly £45,000", 45000, ALM, GBP, CPR, FOI + "; for every migrant sent home; standfirst)"),
            L("£86.5million", 86.5e6, E, GBP, RDP, FOI + "; handed to four countries)"),
            L("1,930", 1930, E, P, "returns", FOI + "; flown back under the deals)", occ=1),
            L("£38.4million", 38.4e6, E, GBP, RDP, FOI + "; mostly to the Kurdistan regional government)", geo="Iraq"),
            L("640", 640, E, P, "returns", FOI + "; Iraqis removed)", geo="Iraq"),
            L("£60,000", 60000, E, GBP, CPR, FOI + "; each Iraqi removed)", geo="Iraq"),
            L("£21.6million", 21.6e6, E, GBP, RDP, FOI + ")", geo="Vietnam"),
            L("double", 2, E, RATIO, RDP + "_ratio", "since July 2024 vs the sum agreed in 2024", ctx="double the sum", geo="Vietnam"),
            L("510", 510, E, P, "returns", FOI + "; nationals taken back)", geo="Vietnam"),
            L("£16million", 16e6, E, GBP, RDP, FOI + ")", geo="Albania"),
            L("720", 720, E, P, "returns", FOI + "; returns accepted)", geo="Albania"),
            L("a third", -THIRD, E, PCT, "returns_change", "1 January to September, 2026 vs 2025 (removals to Tirana so far this year against the same point last year)", ctx="down a third", geo="Albania"),
            L("£10.5million", 10.5e6, E, GBP, "return_hub_payment", FOI + "; the return hub, opened in March 2026)", geo=NMK),
            L("60", 60, E, P, "returns", "March to September 2026 (sent to the return hub)", ctx="Just 60 people", geo=NMK),
            L("£175,000", 175000, E, GBP, "return_hub_cost_per_person", "March to September 2026 (a head)", geo=NMK),
            L("£4.2million", 4.2e6, E, GBP, "return_hub_funding_allocated", "September 2026 (set aside for a second hub, not yet taking anyone)", geo="Kosovo"),
            L("£290million", 290e6, E, GBP, PTR, "April 2022 to July 2024 (paid to Kigali before the scheme was scrapped)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers who ever made the trip)", ctx="just four volunteers"),
            L("Nearly £45,000", 45000, ALM, GBP, CPR, FOI + "; a head; shadow home secretary)"),
            L("£5.38bn", 5.38e9, E, GBP, AC, "April 2025 to March 2026 (2025/26; the asylum bill, a record)"),
            L("£4.8bn", 4.8e9, E, GBP, AC, "April 2024 to March 2025 (2024/25, the year before)"),
            L("1,930", 1930, E, P, "returns", FOI + "; Keystone Borders Forum)", occ=2),
            L("more than 35 times", 35, MT, RATIO, "small_boat_arrivals_to_returns_deals_ratio", "July 2024 to September 2026 (crossed the Channel against those returned under the deals; Keystone Borders Forum)"),
            L("more than 70,000", 70000, MT, P, "returns", "5 July 2024 to September 2026 (since this government came to office; " + "Home Office spokesperson)"),
            L("20%", 20, E, PCT, "returns_change", "the year to September 2026 vs the year before (enforced returns, on last year; Home Office spokesperson)"),
            L("150", 150, E, P, "return_hub_capacity", "2026 (space at any one time; officials)", geo=NMK),
            L("fewer than one in ten", 10, LT, PCT, "returns_share_failed_asylum_seekers", "January to December 2025 (failed asylum seekers from the four countries removed last year; critics)"),
        ]),
    "06-taffside-post-cardiff-population-growth-migration": dict(
        meta=dict(url="https://www.taffsidepost.example/news/cardiff-news/cardiff-population-391400-migration-ons-cabinet-report-31457826",
                  title="Cardiff now home to 391,400 people - and overseas migration is doing the growing",
                  publisher="Taffside Post", author="Elin Caradog-Fairbairn", published_date="2026-09-11"),
        labels=[
            L("391,400", 391400, E, P, "population", MID25 + "; headline)", occ=0, geo=CDF),
            L("4,500", 4500, E, P, "population_growth", YM25 + "; residents added in a year; standfirst)", occ=0, geo=CDF),
            L("391,400", 391400, E, P, "population", MID25 + ")", occ=1, geo=CDF),
            L("4,500", 4500, E, P, "population_growth", YM25 + "; residents gained)", occ=1, geo=CDF),
            L("1.2%", 1.2, E, PCT, "population_change", YM25 + ")", geo=CDF),
            L("double", 2, E, RATIO, "population_growth_ratio", "year to June 2025 (Cardiff's growth rate against Wales as a whole)", ctx="That was double", geo=CDF),
            L("0.6%", 0.6, E, PCT, "population_change", YM25 + "; Wales as a whole)", geo=WAL),
            L("0.7%", 0.7, E, PCT, "population_change", YM25 + "; England and Wales)", geo="England and Wales"),
            L("6,300", 6300, E, P, "net_migration_international", YM25 + "; added to the city)", geo=CDF),
            L("800", 800, E, P, "population_natural_change", YM25 + "; births outnumbered deaths by)", geo=CDF),
            L("4,300", 4300, E, P, "births", YM25 + ")", geo=CDF),
            L("3,500", 3500, E, P, "deaths", YM25 + "; registered)", geo=CDF),
            L("Some 2,600", -2600, AP, P, "internal_migration_net", YM25 + "; more left for other parts of the UK than arrived)", geo=CDF),
            L("13%", 13, E, PCT, "population_change", "March 2011 to mid-2025 (since the 2011 census)", geo=CDF),
            L("346,100", 346100, E, P, "population", "March 2011 (the 2011 census)", geo=CDF),
            L("11,850", 11850, E, P, "international_students", "2024/25 academic year (Cardiff's three universities; the cabinet report)", geo=CDF),
            L("14%", -14, E, PCT, "international_students_change", "2024/25 vs 2023/24 (down on the year before)", geo=CDF),
            L("about 2%", -2, AP, PCT, "population_change", YM25 + "; the ward where most students live, the only part of the city to fall)", geo="Cathays"),
            L("Roughly one in six", 100 / 6, AP, PCT, "population_share_born_abroad", "March 2021 (the 2021 census)", geo=CDF),
            L("about one in sixteen", 6.25, AP, PCT, "population_share_born_abroad", "March 2021 (the 2021 census; the rest of Wales)", geo="Wales excluding Cardiff"),
            L("34.2", 34.2, E, YEARS, "population_median_age", MID25 + ")", geo=CDF),
            L("almost nine years", 9, ALM, YEARS, "population_median_age_gap_below_wales", MID25 + "; below the Welsh figure)", geo=CDF),
            L("about 2,400", 2400, AP, HOMES, "housing_need", "per year (new homes needed to keep up; " + LEAD + ")", geo=CDF),
            L("closer to 1,500", 1500, AP, HOMES, "housing_completions", "per year, recent years (what the city has been building; " + LEAD + ")", geo=CDF),
            L("430,000", 430000, E, P, "population_projection", "2036 (the assumption of the council's replacement local development plan)", geo=CDF),
            R("between 3,000 and 4,000", 3000, 4000, P, "net_migration_projection_assumption", "per year, to 2036 (net overseas migration assumed in the replacement local development plan; " + LEAD + ")", geo=CDF),
            L("more than halved", -50, MT, PCT, NM + "_change", "since the record levels of 2022-23 (Conservative group leader, Cardiff council)"),
            L("About three-quarters", 75, AP, PCT, "internal_migration_outflow_share_neighbouring_authority", "2025 (people who leave Cardiff for elsewhere in the UK and go no further than a neighbouring authority; Glantaf University researcher)", geo=CDF),
            L("8,120", 8120, E, HOUSEHOLDS, "housing_waiting_list_households", "31 August 2026 (the council's housing register at the end of August)", geo=CDF),
            L("490", 490, E, HOUSEHOLDS, "housing_waiting_list_households_change", "31 August 2026 vs 31 August 2025 (higher than twelve months earlier)", geo=CDF),
        ]),
    "07-cornmarket-times-student-visas-university-finances": dict(
        meta=dict(url="https://www.cornmarkettimes.example/content/7b3e2a91-4c58-4d0f-9e61-uk-study-visas-universities-levy",
                  title="Study visa numbers slip again as UK universities brace for levy",
                  publisher="Cornmarket Times", author="Persephone Quayle-Adeyemi", published_date="2026-08-20"),
        labels=[
            L("90%", -90, E, PCT, VSD + "_change", "year to June 2026 vs year to June 2023 (down from the peak; standfirst)"),
            L("4 per cent", -4, E, PCT, VS + "_change", "year to June 2026 vs year to June 2025 (study visas fell)"),
            L("392,400", 392400, E, P, VS, YS26 + "; sponsored study visas for main applicants)"),
            L("408,800", 408800, E, P, VS, YS25 + ")"),
            L("14,700", 14700, E, P, VSD, YS26 + ")"),
            L("18,100", 18100, E, P, VSD, YS25 + ")"),
            L("about 90 per cent", -90, AP, PCT, VSD + "_change", "year to June 2026 vs year to June 2023 (below their peak)"),
            L("152,000", 152000, E, P, VSD, "July 2022 to June 2023 (the year to June 2023; the peak)"),
            L("98,600", 98600, E, P, VS + "_china", YS26 + "; China, the largest source)"),
            L("2 per cent", 2, E, PCT, VS + "_china_change", "year to June 2026 vs year to June 2025"),
            L("11 per cent", -11, E, PCT, VS + "_india_change", "year to June 2026 vs year to June 2025 (dropped)"),
            L("97,300", 97300, E, P, VS + "_india", YS26 + ")"),
            L("more than a third", -THIRD, MT, PCT, VS + "_nigeria_change", "year to June 2026 vs year to June 2025 (Nigerian numbers fell by)"),
            L("45 per cent", 45, E, PCT, "universities_share_expecting_deficit", "2025/26 (higher education providers expecting a deficit; Office for Students, May 2026)", geo=ENG),
            L("40 per cent", 40, E, PCT, "universities_share_expecting_deficit", "2024/25 (a year earlier; Office for Students)", geo=ENG),
            L("£12.1bn", 12.1e9, E, GBP, "international_student_fee_income", "2024/25 academic year (fees paid by international students; Universities UK)"),
            L("about 23 per cent", 23, AP, PCT, "university_income_share_international_fees", "2024/25 (of the sector's total income; Universities UK)"),
            L("£9,535", 9535, E, GBP, "home_student_tuition_fee_cap", "per year, 2025/26 (home students in England; a policy rate)", geo=ENG),
            L("£9,790", 9790, E, GBP, "home_student_tuition_fee_cap", "per year, from September 2026 (a policy rate)", geo=ENG),
            L("roughly £2,500", 2500, AP, GBP, "university_loss_per_domestic_undergraduate", "per year, 2026 (on every domestic undergraduate; vice-chancellors)", geo=ENG),
            L("£925", 925, E, GBP, "international_student_levy", "per year, from 2028 (per international student; the planned levy, a policy rate)", geo=ENG),
            L("about £620mn", 620e6, AP, GBP, "international_student_levy_revenue", "per year, from 2028 (annually; Treasury estimates)", geo=ENG),
            R("5 to 10 per cent", -10, -5, PCT, "international_postgraduate_enrolments_forecast_change", "2026/27 vs 2025/26 (a further fall planned for next year; finance director at a Russell Group university)", geo="Midlands"),
            L("one in five", 20, E, PCT, "universities_share_redundancy_programmes", "August 2025 to August 2026 (of the universities Fenwright Ratings covers, in the past 12 months)"),
            L("more than 14,000", 14000, MT, P, "university_job_cuts", "January 2025 to August 2026 (jobs gone or at risk since the start of 2025; lecturers' unions)"),
            L("about 28 per cent", 28, AP, PCT, "university_income_share_international_fees", "2026 (Scottish universities, on average)", geo=SCO),
            L("up to £1,000", 1000, AM, GBP, "maintenance_grant_domestic_students", "per year (grants for poorer domestic students, funded by the levy; Department for Education)", geo=ENG),
            L("118,900", 118900, E, P, "visa_applications_study", "January to June 2026 (through the main visa route)"),
            L("3 per cent", 3, E, PCT, "visa_applications_study_change", "January to June, 2026 vs 2025"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
