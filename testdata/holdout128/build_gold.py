#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-twenty-eighth hand-labelled hold-out set (holdout128).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, EUR, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT)

UK, ENG, WAL, SCO, NI, FR, IRL, EU = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France", "Ireland", "EU"
HH, DAYS, ROOMS, LIC = "other:households", "other:days", "other:rooms", "other:licences"
EMPLOYERS, CALLS, CROSSINGS = "other:employers", "other:calls", "other:crossings"
TWO3 = 200 / 3

# 01 (Monday 14 September 2026, 13:47; a boat broke apart off Hardelot in the early hours of Monday)
INC = "14 September 2026 (the dinghy that broke apart off Hardelot in the early hours of Monday; French maritime prefecture"
SW = "Saltmarsh Witness tally"
YTD1 = "1 January to 14 September 2026 (this year; " + SW
HO1 = "Home Office figures"
HTL = "Hardelot"
# 02 (Friday 22 May 2026; ONS estimates released "yesterday", Thursday 21 May 2026, for calendar 2025)
ONS2 = "ONS estimates released Thursday 21 May 2026"
Y25 = "January to December 2025 (last year; " + ONS2
Y24 = "January to December 2024 (as revised; " + ONS2
CH2 = "2025 vs 2024"
# 03 (Tuesday 10 November 2026; council committee papers for Thursday 12 November 2026)
PAP = "Glasgow City Council committee papers"
FY27 = "April 2026 to March 2027 (2026/27, this financial year; " + PAP
NOW3 = "November 2026 (now"
GLA = "Glasgow"
CRH = "council_refugee_homelessness_cost"
# 04 (Wednesday 2 September 2026; Home Office data "published last Thursday", 27 August 2026)
HO4 = "Home Office data published Thursday 27 August 2026"
YJ26 = "July 2025 to June 2026 (the year ending June; " + HO4
YJ25 = "July 2024 to June 2025 (the preceding 12 months; " + HO4
CH4 = "year ending June 2026 vs year ending June 2025"
VSW = "visas_granted_skilled_worker"
SWT = "skilled_worker_salary_threshold"
# 05 (Friday 27 November 2026; Home Office figures "released yesterday", Thursday 26 November 2026)
HO5 = "Home Office figures released Thursday 26 November 2026"
S26 = "30 September 2026 (the end of September; " + HO5
W1 = "asylum_backlog_waiting_over_1_year"
# 06 (Wednesday 15 April 2026; International Protection Office statistics "published on Tuesday", 14 April 2026)
IPO = "International Protection Office statistics published Tuesday 14 April 2026"
Q126 = "January to March 2026 (the first three months of 2026; " + IPO
Q1CH = "January to March 2026 vs January to March 2025"
VIA = "asylum_applications_share_via_northern_ireland"
# 07 (Saturday 6 June 2026; an essay in the magazine issue of 6 June 2026)
C24 = "January to December 2024"
C22 = "January to December 2022"

ARTICLES = {
    "01-spumewatch-channel-capsizing-death-toll": dict(
        meta=dict(url="https://news.spumewatch.example/seven-die-off-french-coast-as-channel-deaths-this-year-pass-40-13512807",
                  title="Seven die off French coast as Channel deaths this year pass 40",
                  publisher="Spumewatch", author="Rosalind Achebe-Tarrant", published_date="2026-09-14"),
        labels=[
            L("Seven", 7, E, P, "small_boat_deaths", INC + "; headline)", ctx="Seven die off", geo=FR),
            L("40", 40, MT, P, "small_boat_deaths", YTD1 + "; Channel deaths this year pass 40; headline)"),
            L("58", 58, E, P, "small_boat_rescues", INC + "; rescuers pulled from the sea; standfirst)", geo=FR),
            L("Seven", 7, E, P, "small_boat_deaths", INC + ")", ctx="Seven people, among", geo=FR),
            L("Fifty-eight", 58, E, P, "small_boat_rescues", INC + "; brought ashore alive)", geo=FR),
            L("11", 11, E, P, "small_boat_casualties_hospitalised", INC + "; taken to hospital in Boulogne)", geo=FR),
            L("four", 4, E, P, "small_boat_casualties_critical", INC + "; remain in a critical condition)", ctx="four remain", geo=FR),
            L("about 70", 70, AP, P, "small_boat_people_on_board", INC + "; officials believe had squeezed on to the vessel)", geo=FR),
            L("perhaps a dozen", 12, AP, PPB, "small_boat_design_capacity", INC + "; the vessel was built to carry)", geo=FR),
            L("41", 41, E, P, "small_boat_deaths", YTD1 + "; this year's toll on the route)"),
            L("34", 34, E, P, "small_boat_deaths", "January to December 2025 (the whole of 2025; " + SW + ")"),
            L("78", 78, E, P, "small_boat_deaths", "January to December 2024 (the deadliest year; " + SW + ")"),
            L("nine", 9, E, P, "small_boat_deaths_children", YTD1 + "; children among the dead so far in 2026)", ctx="for nine of the dead"),
            L("nearly a quarter", 25, ALM, PCT, "small_boat_deaths_share_children", YTD1 + "; of the total)"),
            L("23", 23, E, P, "small_boat_deaths_identified", YTD1 + "; formally identified so far; \"Only\" left out)", ctx="Only 23 have"),
            L("486", 486, E, P, SBA, "13 September 2026 (on Sunday; " + HO1 + ")"),
            L("nine", 9, E, BOATS, SBC, "13 September 2026 (on Sunday; " + HO1 + ")", ctx="in nine boats"),
            L("29,870", 29870, E, P, SBA, "1 January to 13 September 2026 (the number for 2026 so far; " + HO1 + ")"),
            L("20%", 20, E, PCT, SBA + "_change", "1 January to 13 September 2026 vs the same period of 2025 (up, compared with this stage last year)"),
            L("61", 61, E, PPB, "small_boat_occupancy", "1 January to 13 September 2026 (boats that made it this year; an average)"),
            L("nearly four times", 4, ALM, RATIO, "small_boat_occupancy_ratio", "2026 so far vs 2020 (as many per boat as the 16 of 2020)"),
            L("16", 16, E, PPB, "small_boat_occupancy", "January to December 2020 (the average of 2020)"),
            L("some 14,200", 14200, AP, P, "small_boat_launch_attempts_stopped_people", "1 January to 14 September 2026 (prevented from launching since January; French police and gendarmes)", geo=FR),
            L("a third", THIRD, E, PCT, "small_boat_launch_attempts_stopped_people_change", "1 January to 14 September 2026 vs the same point of 2025 (a third more; French police and gendarmes)", ctx="a third more", geo=FR),
            L("More than 45,000", 45000, MT, P, "returns", "5 July 2024 to 14 September 2026 (removed or returned since 5 July 2024; the Home Secretary)"),
            L("c. 1,500", 1500, AP, P, "people_waiting_northern_france", "14 September 2026 (sleeping rough in the dunes tonight; Juno Bassey-Marchetti, Saltmarsh Witness)", geo="Loon-Plage"),
            L("Two in three", TWO3, E, PCT, "people_waiting_northern_france_share_high_grant_nationalities", "August 2026 (those spoken to last month, from countries where most asylum claims in Britain succeed; Saltmarsh Witness)", geo="Loon-Plage"),
            L("Almost 30,000", 30000, ALM, P, SBA, "1 January to 14 September 2026 (have crossed this year; the shadow home secretary)"),
        ]),
    "02-the-interleaf-ons-migration-by-nationality": dict(
        meta=dict(url="https://www.theinterleaf.example/article/britons-leave-in-record-numbers-as-net-migration-falls-to-208000-k4rq8vtnz",
                  title="Britons leave in record numbers as net migration falls to 208,000",
                  publisher="The Interleaf", author="Lucinda Brackenbury-Osei", published_date="2026-05-22"),
        labels=[
            L("208,000", 208000, E, P, NM, Y25 + "; headline)", occ=0),
            L("a third", -THIRD, E, PCT, "immigration_work_non_eu_change", CH2 + " (arrivals for work from outside Europe fell by; standfirst)", ctx="fell by a third"),
            L("261,000", 261000, E, P, "emigration_british", Y25 + "; Britons emigrated; caption)", ctx="estimates that 261,000"),
            L("208,000", 208000, E, P, NM, Y25 + ")", occ=1),
            L("818,000", 818000, E, P, "immigration", Y25 + "; came to the UK with plans to remain for at least 12 months)"),
            L("610,000", 610000, E, P, "emigration", Y25 + "; went the other way)"),
            L("44 per cent", -44, E, PCT, "net_migration_change", CH2 + " (below the figure for 2024, as revised)"),
            L("26,000", 26000, E, P, "net_migration_revision", C24 + " (the 2024 figure revised upwards by; " + ONS2 + ")"),
            L("371,000", 371000, E, P, NM, Y24 + ")"),
            L("261,000", 261000, E, P, "emigration_british", Y25 + "; UK nationals emigrated; \"An estimated\" left out)", ctx="estimated 261,000"),
            L("135,000", 135000, E, P, "immigration_british", Y25 + "; UK nationals came back)"),
            L("126,000", -126000, E, P, "net_migration_british_nationals", Y25 + "; a net outflow of UK nationals)"),
            L("Roughly half", 50, AP, PCT, "emigration_british_share_under_35", Y25 + "; of those who left were under 35)"),
            L("161,000", 161000, E, P, "emigration_eu", Y25 + "; EU citizens departed)"),
            L("82,000", 82000, E, P, "immigration_eu", Y25 + "; EU citizens came)"),
            L("79,000", -79000, E, P, "net_migration_eu", Y25 + "; a net fall of EU citizens)"),
            L("roughly halved", -50, AP, PCT, "immigration_eu_change", "2025 vs 2021 (arrivals from the EU since 2021)"),
            L("163,000", 163000, E, P, "immigration_eu", "January to December 2021 (in 2021; " + ONS2 + ")"),
            L("601,000", 601000, E, P, "immigration_non_eu", Y25 + "; non-EU nationals' arrivals)"),
            L("188,000", 188000, E, P, "emigration_non_eu", Y25 + "; non-EU nationals' departures)", occ=0),
            L("413,000", 413000, E, P, "net_migration_non_eu", Y25 + "; a net gain of non-EU nationals)"),
            L("roughly twice", 2, AP, RATIO, "net_migration_non_eu_ratio", "2025 (the non-EU net gain against the headline total of 208,000)"),
            L("236,000", 236000, E, P, "immigration_study_non_eu", Y25 + "; study, the largest single reason)"),
            L("171,000", 171000, E, P, "immigration_work_non_eu", Y25 + "; work)"),
            L("a third", -THIRD, E, PCT, "immigration_work_non_eu_change", CH2 + " (work-related immigration a third down on 2024's 257,000)", ctx="is a third down"),
            L("257,000", 257000, E, P, "immigration_work_non_eu", "January to December 2024 (2024's; " + ONS2 + ")"),
            L("74,000", 74000, E, P, "immigration_non_eu_india", Y25 + "; Indian nationals, the biggest group)"),
            L("about one in eight", 12.5, AP, PCT, "immigration_non_eu_share_india", Y25 + "; of those arriving from beyond the EU)"),
            L("188,000", 188000, E, P, "emigration_non_eu", Y25 + "; non-EU nationals who emigrated)", occ=1),
            L("104,000", 104000, E, P, "emigration_non_eu_former_study", Y25 + "; had originally come to study)"),
            L("271,000", 271000, E, P, NM, "July 2024 to June 2025 (the twelve months ending June 2025, as revised; " + ONS2 + ")"),
            L("67,000", 67000, E, P, "net_migration_revision", "July 2024 to June 2025 (higher than the first estimate put out in November 2025; " + ONS2 + ")"),
            L("almost halved", -50, ALM, PCT, "net_migration_change", CH2 + " (\"almost halved in a year\"; the Home Secretary)"),
            L("A quarter of a million", 250000, E, P, "emigration_british", Y25 + "; \"of our own citizens left last year\"; the shadow home secretary)"),
        ]),
    "03-cauldstane-courier-glasgow-asylum-hotels-homelessness-cost": dict(
        meta=dict(url="https://www.cauldstanecourier.example/news/glasgow/glasgow-refugee-homelessness-bill-tops-30m-as-home-office-reopens-city-hotels-7731904",
                  title="Glasgow's refugee homelessness bill tops £30m as Home Office reopens city hotels",
                  publisher="Cauldstane Courier", author="Eilidh Strachan-Okafor", published_date="2026-11-10"),
        labels=[
            L("£30m", 30000000, MT, GBP, CRH, FY27 + "; the bill tops; headline)", geo=GLA),
            L("£19.4m", 19400000, E, GBP, CRH + "_shortfall", FY27 + "; a hole in this year's budget; standfirst)", occ=0, geo=GLA),
            L("nearly half", 50, ALM, PCT, "temporary_accommodation_share_refugee_households", "30 September 2026 (refugees now making up; standfirst)", geo=GLA),
            L("£31.8m", 31800000, E, GBP, CRH, FY27 + "; housing refugees told to leave asylum accommodation)", occ=0, geo=GLA),
            L("almost three times", 3, ALM, RATIO, CRH + "_ratio", "2026/27 vs 2022/23 (what it spent four years ago)", geo=GLA),
            L("£11.2m", 11200000, E, GBP, CRH, "April 2022 to March 2023 (2022/23; " + PAP + ")", geo=GLA),
            L("£31.8m", 31800000, E, GBP, CRH, FY27 + "; of the)", occ=1, geo=GLA),
            L("£12.4m", 12400000, E, GBP, CRH + "_funding", FY27 + "; covered by Home Office and Scottish Government money)", geo=GLA),
            L("£19.4m", 19400000, E, GBP, CRH + "_shortfall", FY27 + "; a gap to be found from council budgets)", occ=1, geo=GLA),
            L("Five", 5, E, HOTELS, "asylum_hotels_in_use", NOW3 + "; Glasgow hotels used as asylum accommodation)", geo=GLA),
            L("1,130", 1130, E, P, HOT, NOW3 + "; held in Glasgow's asylum hotels)", geo=GLA),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", "March 2026 (in March)", ctx="with two hotels", geo=GLA),
            L("310", 310, E, P, HOT, "March 2026 (residents in March)", geo=GLA),
            L("1,760", 1760, E, P, HOT, NOW3 + "; living in asylum hotels across Scotland)", geo=SCO),
            L("nearly two-thirds", TWO3, ALM, PCT, "asylum_hotel_population_share_glasgow", NOW3 + "; of Scotland's asylum hotel residents housed in Glasgow)", geo=SCO),
            L("3,140", 3140, E, HH, "homelessness_applications_refugees", "April 2025 to March 2026 (the 12 months to March; households with refugee status that applied as homeless)", geo=GLA),
            L("18%", 18, E, PCT, "homelessness_applications_refugees_change", "2025/26 vs 2024/25 (up on 2024/25)", geo=GLA),
            L("3,880", 3880, E, HH, "temporary_accommodation_households", "30 September 2026 (at the close of September)", geo=GLA),
            L("46%", 46, E, PCT, "temporary_accommodation_share_refugee_households", "30 September 2026 (refugee households)", geo=GLA),
            L("212 days", 212, E, DAYS, "temporary_accommodation_average_stay_refugee_households", "2026 (now spend an average of, before a permanent tenancy; " + PAP + ")", geo=GLA),
            L("640", 640, E, ROOMS, "council_bed_and_breakfast_rooms", NOW3 + "; rooms in bed and breakfasts and hotels paid for by the council)", geo=GLA),
            L("£94", 94, E, GBP, "council_temporary_accommodation_cost_per_room_night", NOW3 + "; an average, per night)", geo=GLA),
            L("14,720", 14720, E, HH, "refugees_homeless_after_leaving_asylum_support", "April 2024 to March 2025 (2024/25; government figures)", geo=ENG),
            L("£19.4m", 19400000, E, GBP, CRH + "_shortfall", FY27 + "; \"that nobody has given us\"; Councillor Morven Galbraith-Asante)", occ=2, geo=GLA),
            L("Roughly seven in ten", 70, AP, PCT, "refugees_share_presenting_homeless_after_decision", "2026 (of people who get a decision in Glasgow come straight to homelessness teams; Councillor Morven Galbraith-Asante)", geo=GLA),
            L("more than half", -50, MT, PCT, "asylum_hotels_in_use_change", "November 2026 vs the peak (asylum hotel numbers across the UK down by; the Home Office)", geo=UK),
            L("£6m", 6000000, E, GBP, "scottish_government_refugee_support_funding", "2026/27 (this year, to help councils with refugee homelessness; the Scottish Government)", geo=SCO),
            L("£4.1m", 4100000, E, GBP, "scottish_government_refugee_support_funding", "2026/27 (of it for Glasgow; the Scottish Government)", geo=GLA),
            L("96", 96, E, P, "charity_service_users", "October 2026 (helped, evicted from asylum accommodation with nowhere to go; Calton Welcome Hub)", geo=GLA),
            L("Thirty-one", 31, E, P, "charity_service_users_women", "October 2026 (of them were women; Keir Maclachlan-Osei, Calton Welcome Hub)", geo=GLA),
        ]),
    "04-the-escapement-skilled-worker-visas-salary-thresholds": dict(
        meta=dict(url="https://www.theescapement.example/content/5e1c9a42-77d0-4b8e-9f3a-2c61d08be415",
                  title="Higher pay floor prices mid-level roles out of the skilled worker visa",
                  publisher="The Escapement", author="Ambrose Wren-Adebayo", published_date="2026-09-02"),
        labels=[
            L("36%", -36, E, PCT, VSW + "_change", CH4 + " (grants to main applicants drop; standfirst)"),
            L("close to three times", 3, ALM, RATIO, "sponsor_licences_revoked_ratio", "year ending June 2026 vs year ending June 2024 (the pace of 2024; standfirst)"),
            L("52,700", 52700, E, P, VSW, YJ26 + "; main applicants)"),
            L("36 per cent", -36, E, PCT, VSW + "_change", CH4 + " (fewer)"),
            L("82,300", 82300, E, P, VSW, YJ25 + ")"),
            L("more than halved", -50, MT, PCT, VSW + "_dependants_change", CH4 + " (partners and children who accompany them)"),
            L("39,900", 39900, E, P, VSW + "_dependants", YJ26 + ")"),
            L("91,500", 91500, E, P, VSW + "_dependants", YJ25 + ")"),
            L("£41,700", 41700, E, GBP, SWT, "since July 2025 (the general threshold; a policy rate)"),
            L("£38,700", 38700, E, GBP, SWT, "April 2024 to July 2025 (up from; a policy rate)"),
            L("£26,200", 26200, E, GBP, SWT, "before April 2024 (just; a policy rate)"),
            L("59 per cent", 59, E, PCT, SWT + "_change", "July 2025 vs before April 2024 (a rise in little more than two years)"),
            L("about 7 per cent", 7, AP, PCT, SWT + "_above_median_pay", "2026 (the floor above the median for full-time employees across the UK)"),
            L("£39,100", 39100, E, GBP, "median_pay_full_time", "2026 (the median for full-time employees across the UK; per year)"),
            L("£35,600", 35600, E, GBP, "median_pay_full_time", "2026 (median full-time pay in Wales; per year)", geo=WAL),
            L("9,400", 9400, E, P, VSW + "_it", YJ26 + "; information technology grants)"),
            L("nearly one in five", 20, ALM, PCT, VSW + "_share_it", YJ26 + "; of the total)"),
            L("2,310", 2310, E, LIC, "sponsor_licences_revoked", "July 2025 to June 2026 (the year to June; " + HO4 + ")"),
            L("nearly three times", 3, ALM, RATIO, "sponsor_licences_revoked_ratio", "year ending June 2026 vs year ending June 2024 (the 820 revoked two years earlier)"),
            L("820", 820, E, LIC, "sponsor_licences_revoked", "July 2023 to June 2024 (two years earlier; " + HO4 + ")"),
            L("1,520", 1520, E, LIC, "sponsor_licences_revoked_care_providers", YJ26 + "; held by care providers)"),
            L("about two-thirds", TWO3, AP, PCT, "sponsor_licences_revoked_share_care_providers", YJ26 + ")"),
            L("up to £20,000", 20000, AM, GBP, "sponsor_civil_penalty_per_worker_proposed", "proposed (Clause 14 of the Immigration (Sponsorship) Bill, now in committee; per worker)"),
            L("1,140", 1140, E, EMPLOYERS, "poll_sample_size", "2026 (survey by the Association of Sponsoring Employers)"),
            L("38 per cent", 38, E, PCT, "employers_share_planning_to_reduce_overseas_hiring", "over the next year (survey by the Association of Sponsoring Employers)"),
            L("40", 40, E, P, "firm_sponsored_workers", "per year, before the changes (graduates; Elliot Varga-Nunn's Leeds engineering consultancy)", ctx="sponsored 40 graduates", geo="Leeds"),
            L("six", 6, E, P, "firm_sponsored_workers", "2026 (this year; Elliot Varga-Nunn's Leeds engineering consultancy)", ctx="it was six", geo="Leeds"),
            L("£612mn", 612000000, E, GBP, "skills_charge_receipts", "April 2025 to March 2026 (2025/26; Treasury figures)"),
            L("around 39,000", -39000, AP, P, VSW + "_forecast_change", "per year (the Home Office's expected reduction in skilled worker grants)"),
        ]),
    "05-daily-skelp-asylum-backlog-waiting-over-a-year": dict(
        meta=dict(url="https://www.dailyskelp.example/news/politics/almost-20000-asylum-seekers-left-limbo-36418852",
                  title="Almost 20,000 asylum seekers left in limbo for over a year as Home Office backlog 'still a shambles'",
                  publisher="Daily Skelp", author="Shannon Mulgrew-Adeyemi", published_date="2026-11-27"),
        labels=[
            L("Almost 20,000", 20000, ALM, P, W1, S26 + "; headline)"),
            L("One in three", 100 / 3, E, PCT, "asylum_backlog_share_waiting_over_1_year", S26 + "; people in the queue who have waited over 12 months; standfirst)"),
            L("2,240", 2240, E, P, "asylum_backlog_waiting_over_3_years", S26 + "; in limbo for more than three years; standfirst)", occ=0),
            L("Nearly 20,000", 20000, ALM, P, W1, S26 + "; over a year without an answer)"),
            L("19,600", 19600, E, P, W1, S26 + ")"),
            L("58,700", 58700, E, P, "asylum_backlog", S26 + "; still awaiting an initial decision)"),
            L("30%", -30, E, PCT, "asylum_backlog_change", "30 September 2026 vs 30 September 2025 (down on a year earlier)"),
            L("84,100", 84100, E, P, "asylum_backlog", "30 September 2025 (a year earlier; " + HO5 + ")"),
            L("3,100", 3100, E, P, W1 + "_children", S26 + "; children among those waiting more than a year)"),
            L("16%", 16, E, PCT, W1 + "_share_children", S26 + "; \"16% of these\")"),
            L("2,240", 2240, E, P, "asylum_backlog_waiting_over_3_years", S26 + ")", occ=1),
            L("doubled", 2, E, RATIO, "asylum_backlog_appeals_ratio", "30 September 2026 vs September 2024 (the appeals queue, in two years)"),
            L("48,900", 48900, E, P, "asylum_backlog_appeals", S26 + "; people waiting for an appeal)"),
            L("24,300", 24300, E, P, "asylum_backlog_appeals", "September 2024 (" + HO5 + ")"),
            L("more than 107,000", 107000, MT, P, "asylum_backlog_including_appeals", S26 + "; the two queues together)"),
            L("27,450", 27450, E, P, "asylum_initial_decisions", "July to September 2026 (the three months to September; " + HO5 + ")"),
            L("41%", 41, E, PCT, "asylum_grants_share_initial_decisions", "July to September 2026 (granted protection)"),
            L("£5.1bn", 5100000000, E, GBP, AC, "April 2025 to March 2026 (2025/26; housing and supporting people while they wait; \"a record\" left out)"),
            L("Some 31,500", 31500, AP, P, HOT, "November 2026 (of those waiting still in hotels)"),
            L("£139", 139, E, GBP, "asylum_hotel_cost_per_person_night", "November 2026 (an average, per night)"),
            L("12.3k", 12300, E, CALLS, "charity_helpline_calls", "January to December 2025 (last year; calls from people in the asylum system; Open Harbour)"),
            L("One in five", 20, E, PCT, "charity_service_users_share_waiting_over_2_years", "November 2026 (of the people we support; Ruth Ogunleye-Barr, Open Harbour)"),
            L("Nearly 60,000", 60000, ALM, P, "asylum_backlog", "November 2026 (still waiting; Gareth Pennock-Ayim, the Tory shadow immigration minister)"),
            L("more than 25,000", -25000, MT, P, "asylum_backlog_change", "30 September 2026 vs a year earlier (the queue is shorter than a year ago; a Home Office spokesperson)"),
            L("more than 2,000", 2000, MT, P, "asylum_initial_decisions", "per week, November 2026 (claims caseworkers are now getting through; a Home Office spokesperson)"),
            V("billions", 2000000000, 9000000000, GBP, "asylum_cost_saving_claimed", "no period stated (speeding up appeals, saving the taxpayer; a Home Office spokesperson)"),
        ]),
    "06-slieve-sentinel-international-protection-irish-border": dict(
        meta=dict(url="https://www.slievesentinel.example/news/newry/protection-claims-in-the-republic-fall-18-but-most-still-come-over-the-border-a2209431",
                  title="Protection claims in the Republic fall 18% - but most still come over the border",
                  publisher="Slieve Sentinel", author="Ciarán Doherty-Mensah", published_date="2026-04-15"),
        labels=[
            L("18%", -18, E, PCT, "asylum_applications_change", Q1CH + " (protection claims in the Republic fall; headline)", occ=0, geo=IRL),
            L("4,620", 4620, E, P, "asylum_applications", Q126 + "; standfirst)", occ=0, geo=IRL),
            L("around 72%", 72, AP, PCT, VIA, Q126 + "; officials reckon travelled through Northern Ireland; standfirst)", occ=0, geo=IRL),
            L("18%", -18, E, PCT, "asylum_applications_change", Q1CH + " (dropped by)", occ=1, geo=IRL),
            L("4,620", 4620, E, P, "asylum_applications", Q126 + "; lodged between January and March)", occ=1, geo=IRL),
            L("5,630", 5630, E, P, "asylum_applications", "January to March 2025 (the same three months of 2025; " + IPO + ")", geo=IRL),
            L("18,940", 18940, E, P, "asylum_applications", "January to December 2025 (the whole of last year; the second-highest annual total)", geo=IRL),
            L("about 5.4m", 5400000, AP, P, "population", "2026 (a country of about 5.4m people)", geo=IRL),
            L("around 72%", 72, AP, PCT, VIA, Q126 + "; came in across the land border; Department of Justice officials)", occ=1, geo=IRL),
            L("more than 80%", 80, MT, PCT, VIA, "2024 (when the Rwanda scheme was still on the table; the then Tánaiste)", geo=IRL),
            L("one in five", 20, E, PCT, "asylum_applications_share_nigerian", Q126 + "; Nigerians)", geo=IRL),
            L("410", 410, E, P, "asylum_applications_somali", Q126 + "; Somalis)", geo=IRL),
            L("355", 355, E, P, "asylum_applications_algerian", Q126 + "; Algerians)", geo=IRL),
            L("32,800", 32800, E, P, "international_protection_accommodation_population", "April 2026 (is housing in International Protection Accommodation Services centres)", geo=IRL),
            L("€1.1bn", 1100000000, E, EUR, "international_protection_accommodation_cost", "January to December 2025 (last year)", geo=IRL),
            L("1,230", 1230, E, P, "international_protection_return_requests_to_uk", "2024 to April 2026 (since the 2024 legislation; asked the UK to take back)", geo=IRL),
            L("38", 38, E, P, "international_protection_returns_to_uk", "2024 to April 2026 (since the 2024 legislation; actually returned; \"only\" left out)", geo=IRL),
            L("c. 650", 650, AP, P, "border_immigration_detections", "January to December 2025 (in 2025; Gardaí checking buses and cars near the border, Operation Brightwater)", geo=IRL),
            L("412", 412, E, P, "border_immigration_detections", "January to December 2024 (the year before; Gardaí)", geo=IRL),
            L("3,460", 3460, E, P, "asylum_support_population", "31 December 2025 (as December ended; Home Office)", geo=NI),
            L("12%", 12, E, PCT, "asylum_support_population_change", "31 December 2025 vs 31 December 2024 (up on a year earlier)", geo=NI),
            L("About 1,100", 1100, AP, P, HOT, "31 December 2025 (living in hotels; Home Office)", geo=NI),
            L("roughly one in three", 100 / 3, AP, PCT, "asylum_support_share_hotels", "31 December 2025 (of those supported, living in hotels)", geo=NI),
            L("22%", -22, E, PCT, "asylum_applications_change", "2025 vs 2024 (fell; EU Agency for Asylum)", geo=EU),
            L("768,000", 768000, E, P, "asylum_applications", "January to December 2025 (last year; EU Agency for Asylum)", geo=EU),
            L("more than 200", 200, MT, CROSSINGS, "border_road_crossings", "no period stated (road crossings between here and Derry; Cllr Aoife Trainor-Bello)", geo="Irish border"),
            L("1,150", 1150, E, P, "deportation_orders_enforced", "January to December 2025 (last year, a record; the Minister for Justice)", geo=IRL),
        ]),
    "07-the-fescue-can-net-migration-figures-be-trusted": dict(
        meta=dict(url="https://www.thefescue.example/article/the-migration-numbers-are-a-first-draft-of-history",
                  title="The migration numbers are a first draft of history",
                  publisher="The Fescue", author="Crispin Hallowes-Adu", published_date="2026-06-06"),
        labels=[
            V("tens of thousands", 20000, 90000, P, "net_migration_revision", "no period stated (the ONS keeps rewriting the past by; standfirst)"),
            L("208,000", 208000, E, P, NM, "January to December 2025 (announced last month by the Home Secretary; the first estimate)", occ=0),
            L("431,000", 431000, E, P, NM, C24 + " (as first reported, May 2025)"),
            L("345,000", 345000, E, P, NM, C24 + " (as cut in November 2025)"),
            L("86,000", -86000, E, P, "net_migration_revision", C24 + " (revised down by, November 2025)"),
            L("72,000", 72000, E, P, "emigration_revision", C24 + " (more people had left than assumed; the ONS, November 2025)"),
            L("26,000", 26000, E, P, "net_migration_revision", C24 + " (nudged back up by, a fortnight ago, May 2026)"),
            L("371,000", 371000, E, P, NM, C24 + " (as revised in May 2026)"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the year to June 2025, as first put)"),
            L("271,000", 271000, E, P, NM, "July 2024 to June 2025 (now stands at)"),
            L("a third", THIRD, E, PCT, "net_migration_revision", "July 2024 to June 2025 (a third higher than first put)", ctx="a third higher"),
            L("606,000", 606000, E, P, NM, C22 + " (as first published, May 2023)"),
            L("139,000", 139000, E, P, "net_migration_revision", C22 + " (revised up by six months later, November 2023)"),
            L("745,000", 745000, E, P, NM, C22 + " (as revised, November 2023)"),
            L("764,000", 764000, E, P, NM, C22 + " (has since crept to)"),
            L("26 per cent", 26, E, PCT, "net_migration_revision", C22 + " (in all, above the number first printed)"),
            L("about three-quarters", 75, AP, PCT, "net_migration_revision_share_former_students", C22 + " (of that first revision, from overseas students staying on longer; the ONS)"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (the year to March 2023, the peak)"),
            L("some 800,000", 800000, AP, P, "international_passenger_survey_interviews", "per year, before March 2020 (travellers questioned)"),
            L("fewer than 5,000", 5000, LT, P, "international_passenger_survey_migrant_interviews", "per year, before March 2020 (turned out to be migrants)"),
            L("less than 1 per cent", 1, LT, PCT, "international_passenger_survey_share_migrants", "per year, before March 2020 (of the sample)"),
            L("208,000", 208000, E, P, NM, "January to December 2025 (alongside the; the ONS)", occ=1),
            R("from 151,000 to 265,000", 151000, 265000, P, NM, "January to December 2025 (a plausible range; the ONS)"),
            L("more than 100,000", 100000, MT, P, "estimate_confidence_interval_width", "January to December 2025 (a spread of; the plausible range)"),
            L("about 340,000", 340000, AP, P, "net_migration_forecast", "per year, long run (the OBR's assumption that net migration settles)"),
            L("59.6m", 59600000, E, P, "population", "21 March 2021 (the 2021 census count)", geo=EW),
        ]),
}

if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
    build_gold(HERE, ARTICLES)
