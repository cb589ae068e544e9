#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-seventeenth hand-labelled hold-out set (holdout117).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, HOTELS, THIRD, E, AP, MT, AL, LT, AM,
                        ALM, EW, SBA, SBC, NM, AC, HOT, PTR)

UK, ENG, SCO, WAL, NI, FR = "UK", "England", "Scotland", "Wales", "Northern Ireland", "France"
PER10K, AREAS, LAUNCHES = "other:persons_per_10000_residents", "other:council_areas", "other:launches"
HOMES, HOMES100 = "other:homes", "other:homes_per_100_persons"
ACRES, BUSINESSES, REFERRALS, SHARES = "other:acres", "other:businesses", "other:referrals", "other:shares"

# 01 (Thursday 26 November 2026; Sky News-style; Home Office quarterly statistics for the year ending September 2026)
YS26 = "October 2025 to September 2026 (the year ending September; Home Office quarterly statistics published Thursday 26 November 2026"
YS25 = "October 2024 to September 2025 (the previous 12 months"
S26 = "30 September 2026 (end of September; Home Office"
GS = "asylum_grants_share_initial_decisions"
HOME_SEC = "home secretary"
# 02 (Monday 8 June 2026; Daily Express-style; small boats in the first week of June)
WK = "1 to 7 June 2026 (the first week of June; Home Office daily figures"
OCC = "small_boat_occupancy"
HO2 = "Home Office spokesperson"
# 03 (Tuesday 15 September 2026; Guardian-style; permission to work and refugees' jobs after a grant)
YJ26 = "July 2025 to June 2026 (the 12 months to June; freedom of information figures obtained by The Copperplate"
PTW = "permission_to_work_applications"
TOLL = "Tollgate Centre for Migration Research study of people granted protection in 2024"
EMP6 = "refugees_share_in_work_within_six_months_of_status"
# 04 (Saturday 23 May 2026; Telegraph-style; ONS estimates for 2025 published Thursday 21 May 2026, and housing demand)
Y25 = "January to December 2025 (the year to December; ONS provisional estimates published Thursday 21 May 2026"
BOOM = "2021 to 2025 (the five-year migration boom"
HPU = "Hearthstone Policy Unit"
HDM = "housing_demand_from_migration"
# 05 (Friday 28 August 2026; BBC Wales-style; Home Office statistics for the end of June released Thursday 20 August 2026)
J26 = "30 June 2026 (end of June; Home Office quarterly statistics released last week, Thursday 20 August 2026"
ASP, RATE = "asylum_support_population", "asylum_support_population_per_10000_residents"
CARDIFF_CLLR = "Cardiff Council cabinet member for housing"
# 06 (Monday 24 August 2026; PA copy in a Lincolnshire paper; Home Office statistics published Thursday 20 August 2026)
YJ = "July 2025 to June 2026 (the year ending June; Home Office statistics published Thursday 20 August 2026"
SWV = "visas_granted_seasonal_worker"
MD = "managing director, Marsh Drove Produce"
LS = "Long Sutton"
# 07 (Wednesday 14 October 2026; Full Fact-style check of a graphic shared since Saturday 10 October 2026)
FY = "April 2025 to March 2026 (the financial year to March 2026, 2025/26; Home Office annual report and accounts"
CLAIM = "per year, 2026 (the claim checked"
CPP = "asylum_cost_per_person_per_year"

ARTICLES = {
    "01-crosswire-quarterly-asylum-statistics-year-to-september": dict(
        meta=dict(url="https://news.crosswire.example/asylum-claims-fall-12-but-appeals-queue-swells-to-record-13472286",
                  title="Asylum claims fall 12% but appeals queue swells to record",
                  publisher="Crosswire", author="Nadia Ferncliffe", published_date="2026-11-26"),
        labels=[
            L("12%", -12, E, PCT, "asylum_applications_change", "year ending September 2026 vs year ending September 2025 (claims fall; headline)", occ=0),
            L("98,400", 98400, E, P, "asylum_applications", YS26 + "; sought asylum; standfirst)", occ=0),
            L("a third", -THIRD, E, PCT, HOT + "_change", "30 September 2026 vs 30 September 2025 (fewer put up in hotels than last year; standfirst)", occ=0),
            L("98,400", 98400, E, P, "asylum_applications", YS26 + ")", occ=1),
            L("12%", -12, E, PCT, "asylum_applications_change", "year ending September 2026 vs year ending September 2025 (fewer than in the previous 12 months)", occ=1),
            L("111,800", 111800, E, P, "asylum_applications", YS25 + ")"),
            L("Roughly 36%", 36, AP, PCT, "asylum_applications_share_small_boat_arrivals", YS26 + "; claims lodged by small-boat arrivals)"),
            L("41%", 41, E, PCT, "asylum_applications_share_small_boat_arrivals", YS25 + "; a year earlier)"),
            L("118,600", 118600, E, P, "asylum_initial_decisions", YS26 + "; initial decisions issued)"),
            L("44%", 44, E, PCT, GS, YS26 + "; granted some form of protection)"),
            L("48%", 48, E, PCT, GS, "October 2024 to September 2025 (the year to September 2025)"),
            L("41,700", 41700, E, P, "asylum_backlog", S26 + "; still waiting for a first decision)"),
            L("46%", -46, E, PCT, "asylum_backlog_change", "30 September 2026 vs 30 September 2025 (fewer than twelve months before)"),
            L("77,200", 77200, E, P, "asylum_backlog", "30 September 2025 (twelve months before)"),
            L("68,900", 68900, E, P, "asylum_backlog_appeals", S26 + "; appeals awaiting a hearing at the immigration tribunal, a record)"),
            L("nearly four times", 4, ALM, RATIO, "asylum_backlog_appeals_ratio", "30 September 2026 vs autumn 2024 (appeals awaiting a hearing)"),
            L("21,600", 21600, E, P, HOT, S26 + "; when September ended)"),
            L("a third", -THIRD, E, PCT, HOT + "_change", "30 September 2026 vs 30 September 2025 (a third fewer)", occ=1),
            L("32,400", 32400, E, P, HOT, "30 September 2025 (a year earlier)"),
            L("97,300", 97300, E, P, ASP, S26 + "; in Home Office-funded accommodation or receiving cash support)"),
            L("15%", 15, E, PCT, "returns_change", "year ending September 2026 vs year ending September 2025 (returns rose by)"),
            L("38,400", 38400, E, P, "returns", YS26 + ")"),
            L("10,900", 10900, E, P, "returns_enforced", YS26 + "; enforced removals, the most in any 12-month period since 2017)"),
            L("3,470", 3470, E, P, "returns", "September 2025 to November 2026 (sent back under the 'one in, one out' agreement since it began)", geo=FR),
            L("almost 120,000", 120000, ALM, P, "asylum_backlog", "July 2024 (the backlog inherited at the election; " + HOME_SEC + ")"),
            L("nearly two-thirds", -200 / 3, ALM, PCT, "asylum_backlog_change", "July 2024 to November 2026 (the inherited backlog is down by; " + HOME_SEC + ")"),
            L("more than 80", -80, MT, HOTELS, "asylum_hotels_in_use_change", "November 2025 to November 2026 (hotels closed in the past year; " + HOME_SEC + ")"),
            V("Tens of thousands", 20000, 90000, P, "asylum_refused_not_removed", "November 2026 (people refused asylum who are still here and housed; shadow home secretary)"),
            L("one in three", 100 / 3, E, PCT, "small_boat_arrivals_share_never_asked_to_leave", "2026 (a claim; Reform UK's deputy leader)"),
            L("340", 340, E, P, "refugees_homeless_after_leaving_asylum_support", "October 2026 (newly recognised refugees with nowhere to sleep seen by its projects; chief executive, Meridian Refugee Alliance)"),
            L("39,210", 39210, E, P, SBA, "1 January to 25 November 2026 (so far this year)"),
            L("8%", 8, E, PCT, SBA + "_change", "1 January to 25 November, 2026 vs 2025 (more than at this point in 2025)"),
            L("604", 604, E, P, SBA, "Monday 23 November 2026 (on Monday; the busiest day since August)"),
            L("11", 11, E, BOATS, SBC, "Monday 23 November 2026 (on Monday)", ctx="in 11 boats"),
        ]),
    "02-daily-hoo-ha-channel-crossings-first-week-of-june": dict(
        meta=dict(url="https://www.dailyhoo-ha.example/news/politics/2187734/channel-migrants-first-week-june-1143-crossings-412-single-day",
                  title="Channel FURY as 1,143 migrants land in first week of June - with 412 arriving in a SINGLE day",
                  publisher="Daily Hoo-Ha", author="Greta Willoughby-Nash", published_date="2026-06-08"),
        labels=[
            L("1,143", 1143, E, P, SBA, WK + "; headline)", occ=0),
            L("412", 412, E, P, SBA, "Thursday 4 June 2026 (in a single day; headline)", occ=0),
            L("MORE than 1,100", 1100, MT, P, SBA, WK + "; the first seven days of the month; standfirst)"),
            L("1,143", 1143, E, P, SBA, WK + "; last week)", occ=1),
            L("19", 19, E, BOATS, SBC, WK + "; dinghies)"),
            L("412", 412, E, P, SBA, "Thursday 4 June 2026 (the busiest day)", occ=1),
            L("seven", 7, E, BOATS, SBC, "Thursday 4 June 2026", ctx="from seven boats"),
            L("almost 59", 59, ALM, PPB, OCC, "Thursday 4 June 2026 (people crammed into every vessel)"),
            L("348", 348, E, P, SBA, "Friday 5 June 2026 (on Friday)"),
            L("287", 287, E, P, SBA, "Saturday 6 June 2026 (on Saturday)"),
            L("96", 96, E, P, SBA, "Tuesday 2 June 2026 (on Tuesday)"),
            L("17,640", 17640, E, P, SBA, "1 January to 7 June 2026 (this year's tally)"),
            L("20%", 20, E, PCT, SBA + "_change", "1 January to 7 June, 2026 vs 2025 (up on the same point last year)"),
            L("14,700", 14700, E, P, SBA, "1 January to 7 June 2025 (by the same point last year)"),
            L("more than a fifth", 20, MT, PCT, SBA + "_share_of_june_2025_total", "1 to 7 June 2026 vs June 2025 (the opening week alone accounts for)"),
            L("5,210", 5210, E, P, SBA, "1 to 30 June 2025 (the whole of June 2025)"),
            L("twice", 2, E, LAUNCHES, "rnli_lifeboat_launches", "Friday 5 June 2026 (the Walmer lifeboat, to help dinghies in difficulty)", geo="Walmer"),
            L("c. 600", 600, AP, P, "small_boat_launch_attempts_stopped_people", WK + "; prevented from launching from Dunkirk to Boulogne; French police and gendarmes)", geo=FR),
            L("61", 61, E, PPB, OCC, "1 January to 7 June 2026 (the average so far this year)", occ=0),
            L("almost five times", 5, ALM, RATIO, OCC + "_ratio", "2026 so far vs 2020 (average people per boat)"),
            L("13", 13, E, PPB, OCC, "January to December 2020 (the 2020 average)", ctx="average of 13"),
            L("more than 80,000", 80000, MT, P, SBA, "5 July 2024 to 7 June 2026 (the tally since the day Labour came to power)"),
            L("£476million", 476e6, E, GBP, "uk_funding_to_france", "2023/24 to 2025/26 (over three years, to patrol French beaches)"),
            L("50,000", 50000, E, P, "small_boat_arrivals_forecast", "1 January to 25 December 2026 (by Christmas if this carries on; shadow home secretary)"),
            L("fewer than one in 30", 100 / 30, LT, PCT, "returns_share_of_small_boat_arrivals", "2018 to June 2026 (small boat migrants ever sent back; a claim by Reform UK's home affairs spokesman)"),
            L("more than 35,000", 35000, MT, P, "returns", "5 July 2024 to June 2026 (returned since the election; " + HO2 + ")"),
            L("more than 3,000", 3000, MT, P, "returns", "September 2025 to June 2026 (sent back to France under the returns deal; " + HO2 + ")", geo=FR),
            L("13%", 13, E, PCT, "returns_enforced_change", "since 5 July 2024 (enforced returns are up; " + HO2 + ")"),
            L("three", 3, E, BOATS, "small_boats_turned_back", "Sunday 7 June 2026 (boats seen leaving near Wissant that turned back; sources in Calais)", ctx="a further three boats", geo=FR),
            L("12.9k", 12900, E, P, SBA, "January to April 2026 (fact box)"),
            L("3.6k", 3600, E, P, SBA, "May 2026 (fact box)"),
            L("1,143", 1143, E, P, SBA, WK + "; June 1-7; fact box)", occ=2),
            L("412", 412, E, P, SBA, "Thursday 4 June 2026 (busiest day; fact box)", occ=2),
            L("61", 61, E, PPB, OCC, "1 January to 7 June 2026 (average per boat; fact box)", occ=1),
        ]),
    "03-the-copperplate-asylum-right-to-work-jobs-after-grant": dict(
        meta=dict(url="https://www.thecopperplate.example/uk-news/2026/sep/15/asylum-seekers-permission-to-work-refugees-jobs-after-grant",
                  title="'I could be paying tax instead of waiting': the asylum seekers barred from working",
                  publisher="The Copperplate", author="Ifeoma Castellane-Birch", published_date="2026-09-15"),
        labels=[
            L("doubled", 2, E, RATIO, PTW + "_ratio", "year to June 2026 vs year to June 2025 (applications for permission to work; standfirst)"),
            L("fewer than a third", THIRD, LT, PCT, EMP6, "six months after a grant (refugees with a job; " + TOLL + "; standfirst)"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week, 2026 (what he lives on; a policy rate; an asylum seeker in Rochdale)"),
            L("5,940", 5940, E, P, PTW, YJ26 + ")"),
            L("double", 2, E, RATIO, PTW + "_ratio", "year to June 2026 vs year to June 2025", ctx="double the 2,970"),
            L("2,970", 2970, E, P, PTW, "July 2024 to June 2025 (a year earlier)"),
            L("1,760", 1760, E, P, "permission_to_work_grants", YJ26 + "; applications approved)"),
            L("about 30%", 30, AP, PCT, "permission_to_work_applications_share_granted", YJ26 + "; approved)"),
            L("fewer than a quarter", 25, LT, PCT, "permission_to_work_holders_share_employed", "by June 2026 (on a company payroll; HMRC data released under the same request)"),
            L("14,200", 14200, E, P, "asylum_backlog_waiting_over_1_year", "30 June 2026 (waiting longer than 12 months for an initial decision)"),
            L("more than 90,000", 90000, MT, P, "asylum_backlog_waiting_over_1_year", "mid-2023 (the group has shrunk from)"),
            L("2,300", 2300, E, P, "poll_sample_size", "2024 (people granted protection followed by the study; " + TOLL + ")"),
            L("29%", 29, E, PCT, EMP6, "six months after a grant (in paid work; " + TOLL + ")"),
            L("52%", 52, E, PCT, "refugees_share_employed_two_years_after_grant", "two years after a grant (" + TOLL + ")"),
            L("75%", 75, E, PCT, "employment_rate", "2026 (the population as a whole)"),
            L("13%", 13, E, PCT, EMP6 + "_women", "six months after a grant (" + TOLL + ")"),
            L("37%", 37, E, PCT, EMP6 + "_men", "six months after a grant (" + TOLL + ")"),
            L("twice", 2, E, RATIO, "refugees_employment_graduates_ratio", "after a grant (graduates against those without a degree; " + TOLL + ")"),
            L("One in five", 20, E, PCT, "refugees_in_work_share_zero_hours_contracts", "after a grant (those with jobs; " + TOLL + ")"),
            L("71%", 71, E, PCT, "refugees_on_zero_hours_contracts_share_wanting_more_hours", "after a grant (of these; " + TOLL + ")"),
            L("1,480", 1480, E, P, "refugees_claiming_universal_credit_within_a_month", "within a month of a grant (" + TOLL + ")"),
            L("almost two-thirds", 200 / 3, ALM, PCT, "refugees_share_claiming_universal_credit_within_a_month", "within a month of a grant (" + TOLL + ")"),
            L("about £210m", 210e6, AP, GBP, "right_to_work_projected_net_fiscal_gain", "per year (if asylum seekers could work after six months; Open Hands coalition estimate)"),
            L("79%", 79, E, PCT, "poll_share_support_asylum_seekers_right_to_work", "2026 (adults backing the change; polling for the Open Hands coalition)"),
            L("58%", 58, E, PCT, "employment_rate_refugees", "2025 (refugees across the EU; Eurostat)", geo="EU"),
            L("more than halved", -50, MT, PCT, "asylum_backlog_change", "July 2024 to September 2026 (the queue for decisions since the election; Home Office spokesperson)"),
            L("52,400", 52400, E, P, "asylum_grants", "July 2025 to June 2026 (granted protection in the year to June; Home Office)"),
        ]),
    "04-the-gatepost-net-migration-housing-demand": dict(
        meta=dict(url="https://www.thegatepost.example/news/2026/05/23/migration-boom-demand-for-homes-net-migration-209000/",
                  title="Migration boom created demand for 1.2m homes, analysis finds",
                  publisher="The Gatepost", author="Rupert Delacourt-Mensah", published_date="2026-05-23"),
        labels=[
            L("1.2m", 1.2e6, E, HOMES, HDM, BOOM + "; " + HPU + "; headline)"),
            L("209,000", 209000, E, P, NM, Y25 + "; last year; standfirst)", occ=0),
            L("roughly 1.2 million", 1.2e6, AP, HOMES, HDM, BOOM + "; extra homes needed; " + HPU + ")"),
            L("209,000", 209000, E, P, NM, Y25 + ")", occ=1),
            L("less than half", 0.5, LT, RATIO, NM + "_ratio", "2025 vs 2024 (the figure for 2024)"),
            L("46,000", 46000, E, P, NM + "_revision", "January to December 2024 (the 2024 figure, revised up in May 2026; ONS)"),
            L("449,000", 449000, E, P, NM, "January to December 2024 (as revised in May 2026; ONS)"),
            L("812,000", 812000, E, P, "immigration", Y25 + ")"),
            L("603,000", 603000, E, P, "emigration", Y25 + ")"),
            L("some 68,000", 68000, AP, P, "emigration_change", "2025 vs 2024 (higher than in 2024)"),
            R("between 141,000 and 277,000", 141000, 277000, P, NM, Y25 + "; the range within which the true figure could lie)"),
            L("more than 2.8 million", 2.8e6, MT, P, NM, "2021 to 2025 (the five years, in total)"),
            L("about 43", 43, AP, HOMES100, "housing_demand_per_100_net_migrants", "2021 to 2025 (homes for every 100 net migrants; " + HPU + ")"),
            L("2.8 million", 2.8e6, E, P, NM, "2021 to 2025 (on that basis; " + HPU + ")", ctx="the 2.8 million"),
            L("about 1.2 million", 1.2e6, AP, HOMES, HDM, BOOM + "; would need; " + HPU + ")"),
            L("209,000", 209000, E, P, NM, Y25 + "; last year's alone; " + HPU + ")", occ=2),
            L("some 90,000", 90000, AP, HOMES, HDM, "January to December 2025 (last year's net migration alone would require; " + HPU + ")"),
            L("204,300", 204300, E, HOMES, "housing_net_additions", "April 2024 to March 2025 (2024/25; the lowest total for eight years)", geo=ENG),
            L("300,000", 300000, E, HOMES, "housing_target", "per year (needed to meet the Government's pledge; a policy target)", ctx="the 300,000 a year", geo=ENG),
            L("1.5 million", 1.5e6, E, HOMES, "housing_target", "2024 to 2029 (over this Parliament; the Government's pledge)", occ=0, geo=ENG),
            L("more than a million", 1e6, MT, HOMES, "housing_shortfall", "2026 (the deficit we are starting from; director, " + HPU + ")"),
            L("more than two in five", 40, MT, PCT, "households_formed_share_headed_by_foreign_born", "2021 to 2025 (households formed in England since 2021; " + HPU + ")", geo=ENG),
            L("6.7 per cent", 6.7, E, PCT, "private_rents_change", "12 months to April 2026 (ONS)", geo=ENG),
            L("£2,280", 2280, E, GBP, "private_rent_average_monthly", "per month, April 2026 (the average rent in London; ONS)", geo="London"),
            L("0.7 per cent", 0.7, E, PCT, "population_change", "mid-2024 to mid-2025 (more residents; ONS)", geo=EW),
            V("hundreds of thousands", 200000, 900000, P, "visas_granted", "July 2024 to May 2026 (visas waved through under Labour; shadow housing secretary)"),
            L("1.5 million", 1.5e6, E, HOMES, "housing_target", "2024 to 2029 (this Parliament; 'firmly on track'; Ministry of Housing spokesman)", occ=1, geo=ENG),
            L("under a quarter", 0.25, LT, RATIO, NM + "_ratio", "2025 vs the level inherited in July 2024 (Ministry of Housing spokesman)"),
        ]),
    "05-cwmwl-news-asylum-seekers-housed-welsh-councils": dict(
        meta=dict(url="https://www.cwmwlnews.example/news/wales/articles/asylum-seekers-wales-councils-c4r8t1n6e2wo",
                  title="Asylum seekers in Wales: Which councils house the most?",
                  publisher="Cwmwl News", author="Eluned Carrow-Baptiste", published_date="2026-08-28"),
        labels=[
            L("four", 4, E, AREAS, "council_areas_housing_almost_all_asylum_seekers", J26 + "; almost everyone housed in Wales lives in them)", ctx="just four of its 22", geo=WAL),
            L("3,420", 3420, E, P, ASP, J26 + ")", geo=WAL),
            L("6%", 6, E, PCT, ASP + "_change", "30 June 2026 vs 30 June 2025 (up on a year earlier)", geo=WAL),
            L("about 3%", 3, AP, PCT, ASP + "_share_wales", J26 + "; Wales's share of the UK total)"),
            L("102,600", 102600, E, P, ASP, J26 + "; the UK total)"),
            L("1,290", 1290, E, P, ASP, J26 + "; the largest number)", geo="Cardiff"),
            L("940", 940, E, P, ASP, J26 + ")", geo="Swansea"),
            L("710", 710, E, P, ASP, J26 + ")", geo="Newport"),
            L("320", 320, E, P, ASP, J26 + ")", geo="Wrexham"),
            L("3,260", 3260, E, P, ASP, J26 + "; Cardiff, Swansea, Newport and Wrexham together)", geo=WAL),
            L("about 95%", 95, AP, PCT, ASP + "_share_four_dispersal_areas", J26 + "; of the Welsh total)", geo=WAL),
            L("160", 160, E, P, ASP, J26 + "; the remaining 18 councils between them)", geo=WAL),
            L("nine", 9, E, AREAS, "council_areas_with_no_asylum_seekers", J26 + "; councils with none at all)", ctx="nine have none", geo=WAL),
            L("43.3", 43.3, E, PER10K, RATE, J26 + "; per 10,000 people, the highest in Wales)", geo="Newport"),
            L("37.6", 37.6, E, PER10K, RATE, J26 + ")", geo="Swansea"),
            L("34.9", 34.9, E, PER10K, RATE, J26 + ")", geo="Cardiff"),
            L("23.4", 23.4, E, PER10K, RATE, J26 + ")", geo="Wrexham"),
            L("10.8", 10.8, E, PER10K, RATE, J26 + "; Wales as a whole)", geo=WAL),
            L("14.8", 14.8, E, PER10K, RATE, J26 + "; UK-wide)"),
            L("Around three-quarters", 75, AP, PCT, "asylum_support_share_dispersal", J26 + "; in shared homes leased by the Home Office's housing contractor)", geo=WAL),
            L("2,570", 2570, E, P, "asylum_dispersal_population", J26 + ")", geo=WAL),
            L("420", 420, E, P, HOT, J26 + "; the only hotel still used in Wales)", geo=WAL),
            L("1,150", 1150, E, P, HOT, "30 June 2025 (end of June 2025)", geo=WAL),
            L("five", 5, E, HOTELS, "asylum_hotels_in_use", "30 June 2025 (end of June 2025)", ctx="five hotels", geo=WAL),
            L("430", 430, E, P, "asylum_support_subsistence_only", J26 + "; cash support only)", geo=WAL),
            L("85", 85, E, P, "unaccompanied_children_in_care", J26 + "; looked after by Welsh councils)", geo=WAL),
            L("1 in 10", 10, E, PCT, "homelessness_register_share_refugee_families", "August 2026 (households on the homelessness register; " + CARDIFF_CLLR + ")", geo="Cardiff"),
            L("240", 240, E, P, "refugees_homeless_after_leaving_asylum_support", "April to August 2026 (since April alone; " + CARDIFF_CLLR + ")", geo="Cardiff"),
            L("around 600", 600, AP, P, "charity_service_users", "per month, 2026 (people supported by Tŷ Croeso, a volunteer drop-in)", geo="Swansea"),
            L("at least £20m", 20e6, AL, GBP, "asylum_cost_welsh_councils", "per year, 2026 (a claim by a Reform UK member of the Senedd)", geo=WAL),
            L("£4.1m", 4.1e6, E, GBP, "welsh_government_refugee_integration_funding", "2026/27 (this year; Welsh Government)", geo=WAL),
            L("more than halved", -50, MT, PCT, "asylum_hotels_in_use_change", "July 2024 to August 2026 (hotel use since polling day in 2024; Home Office)"),
        ]),
    "06-fen-furrow-seasonal-worker-visas-lincolnshire-farms": dict(
        meta=dict(url="https://www.fenfurrow.example/news/national/growers-warn-of-crops-left-unpicked-as-seasonal-worker-visas-fall-5204817",
                  title="Growers warn of crops left unpicked as seasonal worker visas fall",
                  publisher="Fen Furrow", author="Hector Dunmore-Osagie", published_date="2026-08-24"),
        labels=[
            L("11%", -11, E, PCT, SWV + "_change", "year to June 2026 vs year to June 2025 (grants fell)"),
            L("33,950", 33950, E, P, SWV, YJ + ")"),
            L("38,150", 38150, E, P, SWV, "July 2024 to June 2025 (the previous 12 months)"),
            L("7,900", 7900, E, P, SWV, YJ + "; Scottish farms)", geo=SCO),
            L("43,000", 43000, E, P, "seasonal_worker_visa_allocation_horticulture", "2026 (the quota for horticulture; a policy cap)"),
            L("2,000", 2000, E, P, "seasonal_worker_visa_allocation_poultry", "2026 (for the poultry sector in the run-up to Christmas; a policy cap)"),
            L("less than four-fifths", 80, LT, PCT, SWV + "_share_of_quota", YJ + "; grants against the places on offer in 2026)"),
            L("2,500", 2500, E, P, "seasonal_worker_visa_allocation", "2019 (the pilot's first year; places offered)"),
            L("31%", 31, E, PCT, SWV + "_share_kyrgyz", YJ + "; workers from Kyrgyzstan)"),
            L("22%", 22, E, PCT, SWV + "_share_uzbek", YJ + "; Uzbekistan)"),
            L("14%", 14, E, PCT, SWV + "_share_tajik", YJ + "; Tajikistan)"),
            L("£12.71", 12.71, E, GBP, "national_living_wage_hourly", "per hour, from April 2026 (the national living wage; a policy rate)"),
            L("about 340", 340, AP, P, "farm_seasonal_workforce", "summer 2025 (seasonal pickers at the height of last summer; Marsh Drove Produce)", geo=LS),
            L("265", 265, E, P, "farm_seasonal_workforce", "2026 (this year; Marsh Drove Produce)", geo=LS),
            L("around 40", 40, AP, ACRES, "crops_ploughed_in_area", "August 2026 (lettuce ploughed in this month; " + MD + ")", geo=LS),
            L("roughly £90,000", 90000, AP, GBP, "crops_wasted_value", "August 2026 (crop gone this month; " + MD + ")", geo=LS),
            L("nine", 9, E, P, "farm_local_recruits_retained", "2025 season (stayed more than a fortnight; " + MD + ")", ctx="only nine of the 150", geo=LS),
            L("150", 150, E, P, "farm_local_recruits", "2025 season (came through the Jobcentre scheme; " + MD + ")", geo=LS),
            L("6,800", 6800, E, P, "farm_seasonal_workforce", "summer 2025 (an estimated; Lincolnshire County Council rural economy team)", geo="Lincolnshire"),
            L("410", 410, E, BUSINESSES, "poll_sample_size", "2026 (horticulture businesses surveyed by the NFU)", geo=EW),
            L("38%", 38, E, PCT, "growers_share_left_crops_unharvested", "2025/26 (in the past year, because of labour shortages; NFU survey)", geo=EW),
            L("29%", 29, E, PCT, "growers_share_left_crops_unharvested", "2025 (NFU survey)", geo=EW),
            L("more than £60m", 60e6, MT, GBP, "crops_wasted_value", "2025 (crops lost to labour shortages across England last year; NFU estimate)", geo=ENG),
            L("126", 126, E, REFERRALS, "gangmasters_referrals_seasonal_workers", "January to December 2025 (reports of concern; Gangmasters and Labour Abuse Authority)"),
            L("almost double", 2, ALM, RATIO, "gangmasters_referrals_seasonal_workers_ratio", "2025 vs 2024 (the year before)"),
            L("up to £3,500", 3500, AM, GBP, "recruitment_fee_paid", "2026 (charged to seasonal workers in their home countries; Gangmasters and Labour Abuse Authority)"),
            L("more than two-thirds", -200 / 3, MT, PCT, NM + "_change", "the year to June 2023 peak vs the latest estimate (down on its peak; Home Office statement)"),
        ]),
    "07-straightcount-cost-of-each-asylum-seeker-claim": dict(
        meta=dict(url="https://straightcount.example/fact-checks/immigration/asylum-seeker-cost-41000-a-year/",
                  title="Is each asylum seeker costing taxpayers £41,000 a year?",
                  publisher="Straightcount", author="Winifred Asare-Lockwood", published_date="2026-10-14"),
        labels=[
            L("£41,000", 41000, E, GBP, CPP, CLAIM + "; headline)", ctx="costing taxpayers £41,000"),
            L("£41,000", 41000, E, GBP, CPP, CLAIM + "; 'What was claimed' box)", ctx="Each asylum seeker costs British taxpayers £41,000"),
            L("around eight times", 8, AP, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2025/26 (a hotel place against a room in shared housing; 'Our verdict' box)"),
            L("£41,000", 41000, E, GBP, CPP, CLAIM + "; the graphic)", ctx="each asylum seeker costs British taxpayers £41,000"),
            L("more than 20,000", 20000, MT, SHARES, "social_media_post_shares", "10 to 14 October 2026 (the graphic, shared on social media since Saturday)"),
            L("£4.27bn", 4.27e9, E, GBP, AC, FY + ")"),
            L("£5.38bn", 5.38e9, E, GBP, AC, "April 2024 to March 2025 (2024/25; a record)"),
            L("more than a fifth", -20, MT, PCT, AC + "_change", "2025/26 vs 2024/25 (a fall of)"),
            L("about 104,000", 104000, AP, P, ASP, FY + "; the average supported over the year)"),
            L("roughly £41,000", 41000, AP, GBP, CPP, FY + "; spending divided by people supported)"),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "per night, 2025/26 (National Audit Office estimate)"),
            L("nearly £53,000", 53000, ALM, GBP, "asylum_hotel_cost_per_person_year", "per year, 2025/26 (over a full year)"),
            L("about £19", 19, AP, GBP, "asylum_dispersal_cost_per_person_night", "per night, 2025/26 (a shared house or flat)"),
            L("roughly £6,900", 6900, AP, GBP, "asylum_dispersal_cost_per_person_year", "per year, 2025/26"),
            L("about 26,800", 26800, AP, P, HOT, "31 March 2026 (end of March)"),
            L("just over a quarter", 25, MT, PCT, "asylum_support_share_hotels", "31 March 2026 (of everyone in supported accommodation)"),
            L("well below £41,000", 41000, LT, GBP, CPP, "per year, 2025/26 (the true cost of housing most asylum seekers)"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week, 2026 (self-catered housing; a policy rate)"),
            L("about £2,560", 2560, AP, GBP, "asylum_support_annual_allowance", "per year, 2026 (self-catered housing)"),
            L("less than £10", 10, LT, GBP, "asylum_support_weekly_allowance_catered", "per week, 2026 (hotels, where meals are provided; a policy rate)"),
            L("£290m", 290e6, E, GBP, PTR, "April 2022 to July 2024 (under the previous government's scheme)", geo="Rwanda"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (people who went there voluntarily before the scheme was scrapped)", ctx="after four people"),
            L("around 5,300", 5300, AP, P, ASP, "31 March 2026 (end of March; almost all in Glasgow)", geo=SCO),
            L("about 2,100", 2100, AP, P, ASP, "31 March 2026 (end of March)", geo=NI),
            R("between £15,000 and £60,000", 15000, 60000, GBP, CPP, "per year (think tank estimates of the full cost per person, including legal and council spending)"),
            L("more than 200", -200, MT, HOTELS, "asylum_hotels_in_use_change", "5 July 2024 to October 2026 (hotels handed back since 5 July 2024; Home Office)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
