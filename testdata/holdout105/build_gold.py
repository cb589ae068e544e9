#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-fifth hand-labelled hold-out set (holdout105).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, HOTELS, THIRD, E, AP, MT, AL, LT, AM,
                        ALM, SBA, SBC, NM, AC, HOT, PTR, RSC)

UK, FR = "UK", "France"
LIKES, DECISIONS, DAYS = "other:likes", "other:decisions", "other:days"
OPS, OCCASIONS = "other:operations", "other:occasions"

# 01 (Thursday 26 November 2026; ONS estimates published that day, for the year to June 2026)
YJ26 = "July 2025 to June 2026 (the year to June 2026; ONS estimates published Thursday 26 November 2026"
YJ25 = "July 2024 to June 2025 (the year ending June 2025"
C25 = "January to December 2025 (calendar year 2025"
CALLOWAY = "director, Calloway Centre for Population Studies"
# 02 (Thursday 2 July 2026; Home Office figures for 1 January to 30 June 2026; "Tuesday" = 30 June 2026)
H1 = "1 January to 30 June 2026 (the first half of 2026, January to June; Home Office figures"
SHS = "shadow home secretary"
HOS = "Home Office spokesman"
# 03 (Wednesday 15 April 2026; the claim was made on a Sunday morning programme "this week", Sunday 12 April 2026)
PER = "rwanda_scheme_cost_per_relocation"
LIFE = "April 2022 to July 2024 (the scheme's lifetime"
CLAIM3 = "a government minister, Sunday morning political programme, Sunday 12 April 2026"
# 04 (Friday 21 August 2026; Home Office statistics "published on Thursday", 20 August 2026, to the end of June 2026)
J26 = "30 June 2026 (end of June; Home Office statistics published Thursday 20 August 2026"
Y4 = "July 2025 to June 2026 (the 12 months to June; Home Office statistics published Thursday 20 August 2026"
HRA = "director, Harbourline Refugee Advice"
FS = "analysis by The Free Standard of the published tables"
# 05 (Tuesday 22 September 2026; PA copy; Home Office FOI data for 2025/26; county council scrutiny committee "on
# Monday", 21 September 2026)
SF, IP = "Suffolk", "Ipswich"
FY = "2025/26 (the 12 months to March 2026; Home Office data released under freedom of information laws, PA analysis"
SCC = "Suffolk County Council, scrutiny committee, Monday 21 September 2026"
GWH = "coordinator, Gipping Welcome Hub"
HOSW = "Home Office spokeswoman"
# 06 (Saturday 5 December 2026; column; ONS estimates "last week", Thursday 26 November 2026, for the year to June 2026)
YJ6 = "July 2025 to June 2026 (the 12 months to June; ONS estimates published Thursday 26 November 2026"
AUS, UAE = "Australia", "United Arab Emirates"
# 07 (Monday 12 October 2026; "so far this year" = 1 January to 11 October 2026; "Saturday" = 10 October 2026)
SBD = "small_boat_deaths"
YTD7 = "1 January to 11 October 2026 (this year, 2026 so far"
CROSS = "CROSS Gris-Nez, the French coastguard centre"
SAT = "Saturday 10 October 2026 (early on Saturday, off Wimereux"

ARTICLES = {
    "01-tidemark-news-ons-net-migration-revisions": dict(
        meta=dict(url="https://www.tidemarknews.example/news/uk-politics-70418236",
                  title="ONS raises estimates for earlier years as net migration drops to 168,000",
                  publisher="Tidemark News", author="Anwen Prothero-Said", published_date="2026-11-26"),
        labels=[
            L("168,000", 168000, E, P, NM, YJ26 + "; headline)", occ=0),
            L("168,000", 168000, E, P, NM, YJ26 + ")", occ=1),
            L("349,000", 349000, E, P, NM, YJ25 + ", twelve months earlier, revised; ONS)", occ=0),
            R("131,000 to 205,000", 131000, 205000, P, NM, YJ26 + "; allowing for uncertainty, the true figure probably lies somewhere from; ONS)"),
            L("more than halved", -50, MT, PCT, NM + "_change", "year to June 2026 vs year to June 2025 (the difference between arrivals and departures, in a year; ONS)"),
            L("under a fifth", 0.2, LT, RATIO, NM + "_ratio", "year to June 2026 vs the peak, April 2022 to March 2023 (ONS)"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (the peak, the 12 months ending March 2023; ONS)"),
            L("712,000", 712000, E, P, "immigration", YJ26 + "; the latest year)"),
            L("almost a fifth", -20, ALM, PCT, "immigration_change", "year to June 2026 vs year to June 2025 (down on the year before; ONS)"),
            L("870,000", 870000, E, P, "immigration", YJ25 + ", the year before; ONS)"),
            L("4%", 4, E, PCT, "emigration_change", "year to June 2026 vs year to June 2025 (rose; ONS)"),
            L("544,000", 544000, E, P, "emigration", YJ26 + ")"),
            L("221,000", 221000, E, P, NM, C25 + ", provisional estimate published in May 2026; ONS)"),
            L("262,000", 262000, E, P, NM, C25 + ", revised, now; ONS)"),
            L("41,000", 41000, E, P, NM + "_revision", C25 + "; more than it first reported; ONS)"),
            L("331,000", 331000, E, P, NM, YJ25 + ", previous estimate; ONS)"),
            L("349,000", 349000, E, P, NM, YJ25 + ", revised; ONS)", occ=1),
            L("about 5%", 5, AP, PCT, NM + "_revision", YJ25 + "; an upward revision; ONS)"),
            L("36,000", -36000, E, P, "emigration_revision", C25 + "; lower than the May figure suggested; ONS)"),
            L("541,000", 541000, E, P, "immigration_non_eu", YJ26 + "; non-EU nationals arriving)"),
            L("about three-quarters", 75, AP, PCT, "immigration_share_non_eu", YJ26 + "; of all immigration)"),
            L("214,000", 214000, E, P, "immigration_study_non_eu", YJ26 + "; came to study)"),
            L("127,000", 127000, E, P, "immigration_work_non_eu", YJ26 + "; for work)"),
            L("42%", -42, E, PCT, "immigration_work_non_eu_change", "year to June 2026 vs year to June 2025 (fewer than a year earlier; ONS)"),
            L("Roughly 58,000", 58000, AP, P, "immigration_humanitarian", YJ26 + "; humanitarian routes, including resettlement and refugee family reunion)"),
            L("50,000", 50000, E, P, "immigration_eu", YJ26 + "; EU nationals arrived)"),
            L("84,000", 84000, E, P, "emigration_eu", YJ26 + "; EU nationals departed)"),
            L("34,000", -34000, E, P, "net_migration_eu", YJ26 + "; a net outflow of EU nationals)"),
            L("247,000", 247000, E, P, "emigration_british", YJ26 + "; an estimated, British nationals emigrated)"),
            L("121,000", 121000, E, P, "immigration_british", YJ26 + "; British nationals who returned)"),
            L("126,000", -126000, E, P, "net_migration_british_nationals", YJ26 + "; net emigration of Britons)"),
            L("more than three-quarters", -75, MT, PCT, NM + "_change", "year to June 2026 vs the peak, year to March 2023 (below its peak; home secretary, statement)"),
            V("hundreds of thousands", 200000, 900000, P, "immigration", "per year, 2026 (still coming every year; " + SHS + ")"),
            L("168,000", 168000, E, P, NM, YJ26 + "; Reform UK)", occ=2),
            L("below 100,000", 100000, LT, P, "net_migration_forecast", "by the end of 2027 (by the end of next year, on current trends; " + CALLOWAY + ")"),
        ]),
    "02-daily-tumult-small-boats-first-half-2026": dict(
        meta=dict(url="https://www.dailytumult.example/news/politics/2207315/channel-migrants-first-half-2026-record-small-boats",
                  title="CHANNEL CHAOS: 21,763 migrants crossed in first half of 2026 – the worst start to a year EVER",
                  publisher="Daily Tumult", author="Grant Holloway-Fenwick", published_date="2026-07-02"),
        labels=[
            L("21,763", 21763, E, P, SBA, H1 + "; headline)", occ=0),
            L("9 percent", 9, E, PCT, SBA + "_change", "January to June 2026 vs January to June 2025 (on the same six months of 2025; standfirst)", occ=0),
            L("21,763", 21763, E, P, SBA, H1 + "; a record)", occ=1),
            L("9 percent", 9, E, PCT, SBA + "_change", "January to June 2026 vs January to June 2025 (the half-year tally, higher than the same months of 2025)", occ=1),
            L("19,982", 19982, E, P, SBA, "1 January to 30 June 2025 (the same months of 2025, a record at the time)"),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", "January to June 2026 vs January to June 2021 (the January-to-June total for 2021)"),
            L("5,418", 5418, E, P, SBA, "1 to 30 June 2026 (June alone)"),
            L("96", 96, E, BOATS, SBC, "1 to 30 June 2026 (June)"),
            L("56", 56, E, PPB, "small_boat_occupancy", "1 to 30 June 2026 (June, an average per dinghy)"),
            L("1,207", 1207, E, P, SBA, "Tuesday 30 June 2026 (the heaviest day so far in 2026)"),
            L("19", 19, E, BOATS, SBC, "Tuesday 30 June 2026 (the heaviest day so far in 2026)", ctx="from 19 boats"),
            L("More than 85,000", 85000, MT, P, SBA, "5 July 2024 to 30 June 2026 (since Labour's election victory on 5 July 2024)", occ=0),
            L("1,630", 1630, E, P, "returns", "1 January to 30 June 2026 (this year, sent back to France under the one-in, one-out agreement)", geo=FR),
            L("fewer than one in 13", 100 / 13, LT, PCT, "returns_share_of_small_boat_arrivals", "January to June 2026 (of those who arrived over the same six months)", geo=FR),
            L("9,360", 9360, E, P, "small_boat_launch_attempts_stopped_people", "January to June 2026 (stopped on the beaches; French police)", geo=FR),
            L("a fifth", 20, E, PCT, "small_boat_launch_attempts_stopped_people_change", "January to June 2026 vs January to June 2025 (up on a year before; French police)", ctx="up a fifth on", geo=FR),
            L("17 percent", 17, E, PCT, "small_boat_arrivals_share_afghan", H1 + "; the largest single group)"),
            L("14 percent", 14, E, PCT, "small_boat_arrivals_share_eritrean", H1 + ")"),
            L("roughly three in four", 75, AP, PCT, "small_boat_arrivals_share_adult_men", H1 + "; of those who crossed)"),
            L("More than 85,000", 85000, MT, P, SBA, "5 July 2024 to July 2026 (arrived illegally since they took office; " + SHS + ")", occ=1),
            L("£4.2million", 4.2e6, E, GBP, AC, "per day, July 2026 (the hotel bill alone is running at; " + SHS + ")"),
            L("More than 52,000", 52000, MT, P, "returns", "July 2024 to July 2026 (removed since July 2024, not entitled to be in this country; " + HOS + ")"),
            L("13%", 13, E, PCT, "returns_change", "since July 2024 vs the previous twelve months (" + HOS + ")"),
            L("doubled", 2, E, RATIO, "small_boat_launches_prevented_ratio", "2026 vs before (boats stopped on French beaches; " + HOS + ")", geo=FR),
            L("about 47,000", 47000, AP, P, SBA + "_forecast", "January to December 2026 (2026 as a whole, if the current pace continues; analysis by the Daily Tumult)"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (the previous annual high, set in 2022)"),
            L("41,472", 41472, E, P, SBA, "January to December 2025 (last year, in total)"),
            L("3,212", 3212, E, P, "small_boat_arrivals_unaccompanied_children", H1 + "; children travelling alone or claiming to be under 18; Home Office data)"),
            L("about one in seven", 100 / 7, AP, PCT, "small_boat_arrivals_share_unaccompanied_children", H1 + "; of the total)"),
        ]),
    "03-sumcheck-rwanda-scheme-cost-per-person": dict(
        meta=dict(url="https://sumcheck.example/fact-checks/rwanda-scheme-cost-240-million-per-person/",
                  title="Did the Rwanda scheme cost £240 million for every person it sent?",
                  publisher="Sumcheck", author="Leonie Brathwaite-Kaur", published_date="2026-04-15"),
        labels=[
            L("£240 million", 240e6, E, GBP, PER, LIFE + "; the claim checked; headline)", occ=0),
            L("£240 million", 240e6, E, GBP, PER, LIFE + "; for every single person it sent, 'What was said' box; " + CLAIM3 + ")", occ=1),
            L("about £715 million", 715e6, AP, GBP, RSC, LIFE + "; on the Home Office's own figures; 'Our verdict' box)"),
            L("four", 4, E, P, "rwanda_relocations", LIFE + "; people went to Rwanda; 'Our verdict' box)", ctx="and four people went"),
            L("just under £180 million", 180e6, ALM, GBP, PER, LIFE + "; works out at, each; Sumcheck's calculation; 'Our verdict' box)"),
            L("12.9k", 12900, E, LIKES, "social_media_post_likes", "12 to 13 April 2026 (within a day; a clip posted by the minister's party)"),
            L("£715 million", 715e6, E, GBP, RSC, LIFE + "; the total cost; Home Office)", ctx="the total cost was £715 million"),
            L("£290 million", 290e6, E, GBP, PTR, LIFE + "; paid directly to the Rwandan government; Home Office)"),
            L("about £95 million", 95e6, AP, GBP, "rwanda_scheme_cost_flights_and_detention", LIFE + "; flights booked but never used and extra detention places; Home Office)"),
            L("roughly £330 million", 330e6, AP, GBP, "rwanda_scheme_cost_staff_it_legal", LIFE + "; staff, IT and legal costs; Home Office)"),
            L("more than £400 million", 400e6, MT, GBP, "payment_to_rwanda_due_not_made", "after July 2024 (payments still due under the deal had it continued, not made; Home Office accounts)"),
            L("Four", 4, E, P, "rwanda_relocations", LIFE + "; as volunteers, under a separate voluntary relocation scheme)", ctx="Four people did go"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "2024 (offered each to failed asylum seekers who agreed to move there; a policy rate)"),
            L("£240 million", 240e6, E, GBP, PER, LIFE + "; the claim's figure; cross-head)", occ=2),
            L("£715 million", 715e6, E, GBP, RSC, LIFE + "; the total, divided by four; Sumcheck's calculation)", ctx="Dividing £715 million"),
            L("four", 4, E, P, "rwanda_relocations", LIFE + "; the divisor; Sumcheck's calculation)", ctx="by four gives"),
            L("£178.75 million", 178.75e6, E, GBP, PER, LIFE + "; per person; Sumcheck's calculation)"),
            L("£240 million", 240e6, E, GBP, PER, LIFE + "; the claim's figure, restated)", occ=3),
            L("three", 3, E, P, "rwanda_relocations", LIFE + "; the number of voluntary relocations it believed had taken place; the minister's office)", ctx="by three, the number"),
            L("four", 4, E, P, "rwanda_relocations", LIFE + "; the Home Office has consistently said)", ctx="said four people relocated"),
            L("around £1.8 million", 1.8e6, AP, GBP, "rwanda_scheme_planned_cost_per_relocation", "(for each of them, if 300 people were removed; National Audit Office estimate, March 2024)"),
            L("about £169,000", 169000, AP, GBP, "third_country_removal_cost_per_person_estimate", "(removing one person to a third country; Home Office impact assessment, June 2023)"),
            L("£106,000", 106000, E, GBP, "asylum_support_cost_per_person_if_not_removed_estimate", "(an estimated, to house and support them in the UK if they stayed; Home Office impact assessment, June 2023)"),
            L("roughly two in five", 40, AP, PCT, "third_country_removal_breakeven_deterrence_share", "(of those who would otherwise cross, to break even; Home Office impact assessment, June 2023)"),
            L("about 84,000", 84000, AP, P, SBA, "April 2022 to July 2024 (over the scheme's life)"),
        ]),
    "04-the-free-standard-asylum-backlog-caseworkers": dict(
        meta=dict(url="https://www.thefreestandard.example/news/uk/home-news/asylum-backlog-five-year-low-appeals-caseworkers-b2871406.html",
                  title="Asylum backlog falls to five-year low – but queue for appeals nearly doubles",
                  publisher="The Free Standard", author="Saoirse Talbot-Mensah", published_date="2026-08-21"),
        labels=[
            L("nearly doubles", 2, ALM, RATIO, "asylum_backlog_appeals_ratio", "30 June 2026 vs 30 June 2025 (queue for appeals; headline)"),
            L("48,920", 48920, E, P, "asylum_backlog", J26 + "; yet to hear whether their claim had succeeded)"),
            L("31 per cent", -31, E, PCT, "asylum_backlog_change", "30 June 2026 vs 30 June 2025 (down from a year earlier)"),
            L("70,900", 70900, E, P, "asylum_backlog", "30 June 2025 (a year earlier)"),
            L("112,400", 112400, E, P, "asylum_initial_decisions", Y4 + "; first decisions, a record for any 12-month period)"),
            L("8 per cent", 8, E, PCT, "asylum_initial_decisions_change", "year to June 2026 vs year to June 2025 (an increase)"),
            L("2,480", 2480, E, P, "asylum_decision_makers", "June 2025"),
            L("1,930", 1930, E, P, "asylum_decision_makers", "June 2026 (now)"),
            L("more than a fifth", -20, MT, PCT, "asylum_decision_makers_change", "June 2026 vs June 2025 (a fall)"),
            L("58", 58, E, DECISIONS, "asylum_decisions_per_caseworker", "per year, July 2025 to June 2026 (an average per decision-maker, now)"),
            L("39", 39, E, DECISIONS, "asylum_decisions_per_caseworker", "per year, July 2023 to June 2024 (two years ago)", ctx="compared with 39 two"),
            L("41 per cent", 41, E, PCT, "asylum_grants_share_initial_decisions", Y4 + "; initial decisions that were grants)"),
            L("47 per cent", 47, E, PCT, "asylum_grants_share_initial_decisions", "July 2024 to June 2025 (the year to June 2025)"),
            L("nearly doubled", 2, ALM, RATIO, "asylum_backlog_appeals_ratio", "30 June 2026 vs 30 June 2025 (in a year)"),
            L("61,700", 61700, E, P, "asylum_backlog_appeals", J26 + "; the tribunal's queue of unheard asylum appeals)"),
            L("33,200", 33200, E, P, "asylum_backlog_appeals", "30 June 2025 (a year earlier)"),
            L("roughly half", 50, AP, PCT, "asylum_appeals_share_allowed", Y4 + "; over the same period, of appeals decided)"),
            L("one in two", 50, E, PCT, "asylum_appeals_share_allowed", "2026 (refusals overturned on appeal; " + HRA + ")"),
            V("tens of thousands", 20000, 90000, P, "asylum_backlog_appeals", "2026 (people stuck for another year; " + HRA + ")"),
            L("17,800", 17800, E, P, "asylum_backlog_waiting_over_1_year", J26 + "; of those still waiting for an initial decision)"),
            L("around 36 per cent", 36, AP, PCT, "asylum_backlog_share_waiting_over_1_year", J26 + "; of the total)"),
            L("111,000", 111000, E, P, "asylum_applications", Y4 + "; a record)"),
            L("3 per cent", 3, E, PCT, "asylum_applications_change", "year to June 2026 vs year to June 2025 (up)"),
            L("39 per cent", 39, E, PCT, "asylum_applications_share_small_boat", Y4 + "; of those claiming, came across the Channel in small boats)"),
            L("£4.9bn", 4.9e9, E, GBP, AC, "2025/26 (asylum support)"),
            L("£5.4bn", 5.4e9, E, GBP, AC, "2024/25 (asylum support, a record)"),
            L("almost 22,000", -22000, ALM, P, "asylum_backlog_change", "30 June 2026 vs 30 June 2025 (the queue for first decisions, shorter than a year ago; Home Office spokesperson)"),
            L("1,200", 1200, E, DAYS, "tribunal_sitting_days_additional_funded", "2026 (extra tribunal sitting days funded this year; Home Office spokesperson)"),
            L("about 110,600", 110600, AP, P, "asylum_backlog_including_appeals", "30 June 2026 (waiting for a final outcome, counting appeals; " + FS + ")"),
            L("around 104,100", 104100, AP, P, "asylum_backlog_including_appeals", "30 June 2025 (a year earlier; " + FS + ")"),
        ]),
    "05-the-deben-gazette-suffolk-asylum-hotel-costs": dict(
        meta=dict(url="https://www.debengazette.example/news/national/26031874.asylum-hotels-suffolk-cost-31-9m-year-figures-show/",
                  title="Asylum hotels in Suffolk cost £31.9m in a year, figures show",
                  publisher="The Deben Gazette", author="Freya Halstead-Akande", published_date="2026-09-22"),
        labels=[
            L("£31.9m", 31.9e6, E, GBP, AC, "2025/26 (asylum hotels in Suffolk, in a year; headline)", geo=SF),
            L("more than a quarter", -25, MT, PCT, AC + "_change", "2025/26 vs 2024/25 (Home Office spending on the county's hotels fell; standfirst)", geo=SF),
            L("one in every 50", 2, E, PCT, "asylum_cost_share_suffolk", "2025/26 (of the pounds spent on asylum hotels nationally, went to Suffolk; standfirst)"),
            L("£31.9 million", 31.9e6, E, GBP, AC, FY + "; housing asylum seekers in hotels in Suffolk)", geo=SF, occ=0),
            L("28%", -28, E, PCT, AC + "_change", "2025/26 vs 2024/25 (down on)", geo=SF),
            L("£44.2 million", 44.2e6, E, GBP, AC, "2024/25 (spent on hotels in Suffolk)", geo=SF),
            L("Five", 5, E, HOTELS, "asylum_hotels_in_use", "31 March 2026 (in use in the county at the end of March)", geo=SF, ctx="Five hotels in"),
            L("c. 600", 600, AP, P, HOT, "31 March 2026 (housed between the five hotels)", geo=SF),
            L("nine", 9, E, HOTELS, "asylum_hotels_in_use", "March 2024 (two years earlier)", geo=SF, ctx="there were nine"),
            L("about £146", 146, AP, GBP, "asylum_hotel_cost_per_person_night", "2025/26 (an average per person per night in Suffolk; PA analysis)", geo=SF),
            L("£137", 137, E, GBP, "asylum_hotel_cost_per_person_night", "2025/26 (the national average, per person per night)"),
            R("£118 to £171", 118, 171, GBP, "asylum_hotel_cost_per_person_night", "2025/26 (nightly rates across the five hotels in Suffolk; PA analysis)", geo=SF),
            L("£1.6 billion", 1.6e9, E, GBP, AC, "2025/26 (asylum hotels, across the UK)"),
            L("£2.3 billion", 2.3e9, E, GBP, AC, "2024/25 (asylum hotels, the year before)"),
            L("about 2%", 2, AP, PCT, "asylum_cost_share_suffolk", "2025/26 (of the national hotel bill, spent in the county; PA analysis)"),
            L("26,340", 26340, E, P, HOT, "30 June 2026 (nationally, living in hotels)"),
            L("183", 183, E, HOTELS, "asylum_hotels_in_use", "30 June 2026 (nationally)"),
            L("a fifth", -20, E, PCT, HOT + "_change", "30 June 2026 vs 30 June 2025 (fewer than twelve months earlier)", ctx="a fifth fewer"),
            L("£2.7 million", 2.7e6, E, GBP, "council_asylum_cost", "2025/26 (a further sum on services linked to the hotels; " + SCC + ")", geo=SF),
            L("41", 41, E, P, "council_social_care_assessments_asylum_hotel_children", "2025/26 (children assessed; " + SCC + ")", geo=SF, ctx="assessments for 41 children"),
            L("£1.1 million", 1.1e6, E, GBP, "council_asylum_grant", "2025/26 (Home Office grants received towards those costs; " + SCC + ")", geo=SF),
            L("about 40%", 40, AP, PCT, "council_asylum_grant_share_of_cost", "2025/26 (of the total; " + SCC + ")", geo=SF),
            L("£386,000", 386000, E, GBP, "police_cost_asylum_hotel_protests", "summer 2025 to September 2026 (since the summer of 2025, outside one Ipswich hotel; Suffolk Constabulary)", geo=IP),
            L("23", 23, E, OCCASIONS, "police_deployments_asylum_hotel_protests", "summer 2025 to September 2026 (separate occasions; Suffolk Constabulary)", geo=IP),
            L("£31.9 million", 31.9e6, E, GBP, AC, FY + "; a resident near the hotel, quoted)", geo=SF, occ=1),
            L("nearly tripled", 3, ALM, RATIO, "charity_english_class_demand_ratio", "2026 vs 2024 (demand since 2024; " + GWH + ")", geo=SF),
            L("212", 212, E, P, "charity_english_class_attendance", "per week, September 2026 (now attending each week; " + GWH + ")", geo=SF),
            L("Around two-thirds", 200 / 3, AP, PCT, "charity_service_users_share_in_hotel_over_1_year", "September 2026 (of the people we see, in a hotel for more than a year; " + GWH + ")", geo=SF),
            L("over 200", 200, MT, HOTELS, "asylum_hotels_closed", "from the peak to September 2026 (handed back since the peak; " + HOSW + ")"),
            L("over £700 million", -700e6, MT, GBP, AC + "_change", "2025/26 vs 2024/25 (spending on hotels has fallen in a year; " + HOSW + ")"),
            L("£87,400", 87400, E, GBP, AC, "per day, 2025/26 (Suffolk's hotels, on average)", geo=SF),
            L("£121,100", 121100, E, GBP, AC, "per day, 2024/25 (the year before)", geo=SF),
        ]),
    "06-offcut-british-emigration-net-migration": dict(
        meta=dict(url="https://offcut.example/society/the-quiet-exodus-flattering-the-migration-figures",
                  title="The quiet exodus flattering the migration figures",
                  publisher="Offcut", author="Hector Vanstone-Ibe", published_date="2026-12-05"),
        labels=[
            L("168,000", 168000, E, P, NM, YJ6 + "; announced last week)"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (the year to March 2023)"),
            L("more than 80%", -80, MT, PCT, NM + "_change", "year to June 2026 vs year to March 2023 (has shrunk by)"),
            L("544,000", 544000, E, P, "emigration", YJ6 + "; emigrants counted)"),
            L("247,000", 247000, E, P, "emigration_british", YJ6 + ")"),
            L("nearly half", 50, ALM, PCT, "emigration_share_british", YJ6 + "; of all emigration)"),
            L("121,000", 121000, E, P, "immigration_british", YJ6 + "; Britons who came home)"),
            L("126,000", -126000, E, P, "net_migration_british_nationals", YJ6 + "; subtracted from the headline figure)"),
            L("294,000", 294000, E, P, "net_migration_foreign_nationals", YJ6 + "; the columnist's calculation, British nationals stripped out)"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "per year (once promised; a past government's pledge)"),
            L("more than two-fifths", 40, MT, PCT, "net_migration_british_nationals_share_of_foreign_net_migration", YJ6 + "; British departures cancelled out, of the net inflow of foreign nationals)"),
            L("about 130,000", 130000, AP, P, "emigration_british", "per year, about 2016 (a decade ago; ONS)"),
            L("nearly doubled", 2, ALM, RATIO, "emigration_british_ratio", "year to June 2026 vs about 2016 (since a decade ago)", ctx="nearly doubled since"),
            L("Around 57%", 57, AP, PCT, "emigration_british_share_aged_16_34", YJ6 + "; aged 16 to 34; ONS)"),
            L("about 45%", 45, AP, PCT, "emigration_british_share_graduates", YJ6 + "; hold a degree)"),
            L("a third", THIRD, E, PCT, "population_share_graduates", "2026 (adults as a whole)", ctx="against a third of adults"),
            L("one in five", 20, E, PCT, "public_share_considering_emigration_under_35", "spring 2026 (last spring, seriously considering a move abroad; Wexcombe Trust poll)"),
            L("one in eight", 12.5, E, PCT, "public_share_considering_emigration_under_35", "2019 (Wexcombe Trust poll)"),
            L("about 31,500", 31500, AP, P, "australia_visas_granted_british_nationals", "July 2025 to June 2026 (Australia's last financial year; work and residence visas issued to Britons)", geo=AUS),
            L("a third", THIRD, E, PCT, "australia_visas_granted_british_nationals_change", "2025/26 vs 2024/25 (Australian financial years; up on the year before)", ctx="up a third on", geo=AUS),
            L("doubled", 2, E, RATIO, "british_residents_uae_ratio", "2026 vs about 2016 (in a decade; thought to have)", ctx="to have doubled in", geo=UAE),
            L("more than 240,000", 240000, MT, P, "british_residents_uae", "2026 (now)", geo=UAE),
            L("28%", 28, E, PCT, "private_rent_change", "2021 to 2026 (since 2021)", geo="London"),
            L("Roughly 1.1 million", 1.1e6, AP, P, "state_pensioners_overseas", "December 2026 (now draw their pensions overseas)"),
            L("about 480,000", 480000, AP, P, "state_pensioners_overseas_frozen", "December 2026 (in countries where their pensions never rise)"),
            V("several hundred", 300, 900, P, "emigration_british", "per day, 2026 (the country's own citizens are leaving at a rate of)"),
        ]),
    "07-the-keeper-channel-deaths-french-coastguard-rescues": dict(
        meta=dict(url="https://www.thekeeper.example/world/2026/oct/12/channel-deaths-2026-french-coastguard-rescues-record",
                  title="At least 64 people have died in the Channel this year as French rescues hit record",
                  publisher="The Keeper", author="Inès Barthélemy-Roux and Kwame Ashcombe", published_date="2026-10-12"),
        labels=[
            L("At least 64", 64, AL, P, SBD, YTD7 + "; headline)"),
            L("nearly 5,000", 5000, ALM, P, "small_boat_rescues", YTD7 + "; brought to safety; French coastguard figures; standfirst)", geo=FR),
            L("at least 64", 64, AL, P, SBD, YTD7 + "; lives claimed on small boat crossings; figures compiled by the Keeper)"),
            L("52", 52, E, P, SBD, "January to December 2025 (the whole of 2025)"),
            L("78", 78, E, P, SBD, "January to December 2024 (the worst year to date)"),
            L("two", 2, E, P, SBD, SAT + "; a man and a teenage girl)", ctx="when two people", geo=FR),
            L("46", 46, E, P, "small_boat_rescues", SAT + "; from the same boat)", geo=FR),
            L("538", 538, E, OPS, "channel_rescue_operations", "1 January to 11 October 2026 (since 1 January; " + CROSS + ")", geo=FR),
            L("41%", 41, E, PCT, "channel_rescue_operations_change", "1 January to 11 October 2026 vs the same period last year (" + CROSS + ")", geo=FR),
            L("4,870", 4870, E, P, "small_boat_rescues", "1 January to 11 October 2026 (brought ashore in France or transferred to British vessels; " + CROSS + ")", geo=FR),
            L("nearly four times", 4, ALM, RATIO, "small_boat_rescues_ratio", "2026 so far vs January to September 2021 (" + CROSS + ")", geo=FR),
            L("1,290", 1290, E, P, "small_boat_rescues", "January to September 2021 (the first nine months of 2021; " + CROSS + ")", geo=FR),
            L("2,310", 2310, E, P, "small_boat_rescues", YTD7 + "; helped from boats in distress in British waters; HM Coastguard)"),
            L("1,760", 1760, E, P, "small_boat_rescues", "the same period of 2025 (a year earlier; HM Coastguard)"),
            L("more than 60", 60, MT, PPB, "small_boat_occupancy", "2026 (boats now routinely carry; maritime prefecture, Cherbourg)", geo=FR),
            L("about 28", 28, AP, PPB, "small_boat_occupancy", "January to December 2021 (the typical dinghy)"),
            L("some 150", 150, AP, P, "charity_volunteers", "October 2026 (Littoral Watch, volunteers watching the coast from Dunkirk to Berck)", geo=FR),
            L("about one in four", 25, AP, PCT, "small_boat_deaths_share_crushed_or_suffocated_on_board", YTD7 + "; of this year's deaths, on board; Littoral Watch)"),
            R("between 400 and 600", 400, 600, P, "migrants_sleeping_rough_french_coast", "October 2026 (in the dunes near Loon-Plage on any given night; Littoral Watch)", geo=FR),
            L("Eleven", 11, E, P, "small_boat_deaths_children", YTD7 + "; of the dead this year, under 18; coordinator, Littoral Watch)"),
            L("at least 436", 436, AL, P, SBD, "2014 to October 2026 (died or gone missing on the Channel route since records began in 2014; International Organization for Migration)"),
            L("roughly half", 50, AP, PCT, "small_boat_deaths_share_last_three_years", "2014 to October 2026 (in the past three years; International Organization for Migration)"),
            L("41", 41, E, P, "small_boat_deaths_identified", YTD7 + "; of this year's dead identified; maritime prefecture)", ctx="Only 41 of", geo=FR),
            L("passed 34,000", 34000, MT, P, SBA, YTD7 + "; small boat arrivals in the UK)"),
            L("more than 18,000", 18000, MT, P, "small_boat_launch_attempts_stopped_people", YTD7 + "; departures prevented, working with France; Home Office spokesperson)", geo=FR),
            L("£476m", 476e6, E, GBP, "uk_funding_to_france", "2023/24 to 2025/26 (a three-year deal with Paris)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
