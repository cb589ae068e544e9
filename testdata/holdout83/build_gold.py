#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the eighty-third hand-labelled hold-out set (holdout83).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, HOTELS, EUR, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, PTR, EW)

UK, FR, SC, NI, ENG, WA, EU = "UK", "France", "Scotland", "Northern Ireland", "England", "Wales", "EU"
BPL, PRE, LANCS, NWEST, BEL, IRL = "Blackpool", "Preston", "Lancashire", "North West", "Belfast", "Ireland"
HH, PROPS, PER10K, MEALS = "other:households", "other:properties", "other:persons_per_10000_residents", "other:meals"

# 01 (Monday 24 August 2026; Home Office daily small boat figures for the week to Sunday 23 August)
WK = "17 to 23 August 2026 (the week to Sunday; the past week)"
YTD = "1 January to 23 August 2026 (so far this year)"
YTD25 = "1 January to 23 August 2025 (by the same date last year)"
SHS = "Shadow Home Secretary"
MRS = "Marchmont Research survey of adults for the Daily Gimlet, August 2026"
HOS1 = "Home Office spokesman"
# 02 (Thursday 26 February 2026; Home Office quarterly statistics for the year ending December 2025, "published on Thursday")
C25 = "2025 (calendar year; last year)"
C24 = "2024 (calendar year)"
CG = "citizenship_grants"
SG = "settlement_grants"
HALDEN = "Halden Institute migration researcher"
# 03 (Friday 22 May 2026; Home Office statistics to the end of March 2026 "released on Thursday", 21 May)
EM26 = "end of March 2026 (31 March 2026)"
EM25 = "end of March 2025 (a year before)"
DISP = "asylum_dispersal_population"
LEADER = "Blackpool Council leader"
FCW = "Fylde Coast Welcome coordinator"
# 04 (Tuesday 14 April 2026; fact check of a claim made in a televised debate "on Sunday", 12 April)
Y25 = "2025 (calendar year)"
AA = "asylum_applications"
ASB = "asylum_applications_share_small_boat"
AVH = "asylum_applications_share_visa_holders"
CLAIM = "unspecified, as of April 2026 (claim by an opposition MP in a televised debate on Sunday"
# 05 (Friday 14 August 2026; Home Office data to June 2026 "published on Thursday", 13 August)
YJ26 = "year to June 2026 (July 2025 to June 2026)"
YJ25 = "year to June 2025 (July 2024 to June 2025; the previous 12 months)"
SINCE21 = "August 2021 to June 2026 (since the Taliban seized Kabul)"
RAA = "resettlement_arrivals_afghan"
MOD = "Ministry of Defence spokesperson"
# 06 (Saturday 6 June 2026; column)
YJ23 = "year to June 2023 (July 2022 to June 2023)"
# 07 (Wednesday 7 October 2026; Home Office freedom of information response and statistics to the end of June 2026)
FY26 = "2025/26 (April 2025 to March 2026; the last financial year)"
FY25 = "2024/25 (April 2024 to March 2025)"
EJ26 = "end of June 2026 (30 June 2026)"
EJ25 = "end of June 2025 (a year earlier)"
MLA = "South Belfast MLA at Stormont's communities committee"
LSN = "Lagan Sanctuary Network chair"

ARTICLES = {
    "01-daily-gimlet-channel-crossings-record-week": dict(
        meta=dict(url="https://www.dailygimlet.example/news/politics/1987342/channel-migrants-record-week-2314-small-boats-pm-pledge",
                  title="CHANNEL CHAOS: Record 2,314 migrants cross in SEVEN DAYS as PM's pledge to turn the tide is left in tatters",
                  publisher="Daily Gimlet", author="Callum Farridge-Okwu", published_date="2026-08-24"),
        labels=[
            L("2,314", 2314, E, P, SBA, WK + " (a record week; headline)", occ=0),
            L("Almost 25,000", 25000, ALM, P, SBA, YTD + " (standfirst)"),
            L("a fifth", 20, E, PCT, SBA + "_change", YTD + " vs " + YTD25 + " (up on 2025; standfirst)", ctx="up a fifth on 2025"),
            L("2,314", 2314, E, P, SBA, WK + " (Government figures)", occ=1),
            L("38", 38, E, BOATS, SBC, WK + " (inflatables)"),
            L("2,095", 2095, E, P, SBA, "third week of September 2025 (the previous weekly high; last year)"),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", WK + " vs the same week of 2025 (as many)"),
            L("596", 596, E, P, SBA, "the same week of 2025 (about 18 to 24 August 2025)"),
            L("812", 812, E, P, SBA, "22 August 2026 (Saturday alone)"),
            L("13", 13, E, BOATS, SBC, "22 August 2026 (Saturday alone)"),
            L("almost 61", 61, ALM, PPB, "small_boat_occupancy", WK + " (on average, each dinghy)"),
            L("28", 28, E, PPB, "small_boat_occupancy", "2021 (calendar year; average)"),
            L("24,870", 24870, E, P, SBA, YTD + " (the tally for 2026)"),
            L("21 per cent", 21, E, PCT, SBA + "_change", YTD + " vs " + YTD25),
            L("20,550", 20550, E, P, SBA, YTD25),
            L("50,000", 50000, MT, P, "small_boat_arrivals_projection", "2026 (full year; the year could top, at that rate; analysts)",
              ctx="could top 50,000"),
            L("41,260", 41260, E, P, SBA, "2025 (calendar year; last year)"),
            L("more than 88,000", 88000, MT, P, SBA, "5 July 2024 to 23 August 2026 (since Labour's first full day in power)"),
            L("more than 330", 330, MT, P, SBA, "per day, " + WK + " (the worst week; " + SHS + ")"),
            L("£290million", 290e6, E, GBP, PTR, "April 2022 to July 2024 (already handed to Rwanda before Labour tore up the deal; " + SHS + ")",
              geo="Rwanda"),
            L("more than 1,500", 1500, MT, BOATS, SBC, "July 2024 to August 2026 (launched since Labour tore up the Rwanda deal; " + SHS + ")"),
            L("47", 47, E, BOATS, "small_boat_launches_prevented", WK + " (last week; French interior ministry)", geo=FR),
            L("2,030", 2030, E, P, "small_boat_launch_attempts_stopped_people", WK + " (last week; French interior ministry)", geo=FR),
            L("at least 19", 19, AL, P, "small_boat_deaths", "1 January to 24 August 2026 (since New Year's Day; UN migration agency)"),
            L("3,140", 3140, E, P, "returns", "August 2025 to August 2026 (taken back by France since the first removals under the 'one in, one out' arrangement)",
              geo=FR),
            L("roughly one in 15", 100 / 15, AP, PCT, "returns_share_of_small_boat_arrivals",
              "August 2025 to August 2026 (of those who reached England by dinghy in that time)", geo=FR),
            L("2,046", 2046, E, P, "poll_sample_size", "August 2026 (" + MRS + ")"),
            L("71 per cent", 71, E, PCT, "public_share_government_lost_control_channel", "August 2026 (ministers have no grip on the Channel; " + MRS + ")"),
            L("17 per cent", 17, E, PCT, "public_share_expect_pm_to_keep_crossings_promise", "August 2026 (" + MRS + ")"),
            L("40%", 40, E, PCT, "smuggling_arrests_change", "2026 vs 2025 (up on last year; Home Office source)"),
            L("More than 50,000", 50000, MT, P, "returns", "July 2024 to August 2026 (since this Government came in; by force or voluntarily; " + HOS1 + ")"),
            L("£100million", 100e6, E, GBP, "border_security_command_funding", "August 2026 (extra officers and surveillance technology; " + HOS1 + ")"),
        ]),
    "02-wayside-news-citizenship-settlement-grants": dict(
        meta=dict(url="https://www.waysidenews.example/news/articles/c7q2m0xk4r1o",
                  title="Record number of people granted British citizenship",
                  publisher="Wayside News", author="Nadia Okafor-Lindqvist", published_date="2026-02-26"),
        labels=[
            L("273,400", 273400, E, P, CG, C25 + " (a record)"),
            L("8%", 8, E, PCT, CG + "_change", "2025 vs 2024"),
            L("253,150", 253150, E, P, CG, C24),
            L("more than double", 2, MT, RATIO, CG + "_ratio", "2025 vs 2015 (a decade earlier)"),
            L("118,100", 118100, E, P, CG, "2015 (calendar year; a decade earlier)"),
            L("12%", 12, E, PCT, "citizenship_applications_change", "2025 vs 2024"),
            L("301,900", 301900, E, P, "citizenship_applications", C25),
            L("45,600", 45600, E, P, CG, C25 + " (Indian nationals, the largest single group)"),
            L("about one in six", SIXTH, AP, PCT, CG + "_share_indian", C25),
            L("21,300", 21300, E, P, CG, C25 + " (Pakistani nationals)"),
            L("17,800", 17800, E, P, CG, C25 + " (Nigerians)"),
            L("About a fifth", 20, AP, PCT, CG + "_share_children", C25),
            L("81%", 81, E, PCT, CG + "_share_first_arrived_work_study_or_family_visa", C25 + " (of adult grants)"),
            L("255,370", 255370, E, P, CG, C25 + " (lived in England)", geo=ENG),
            L("9,870", 9870, E, P, CG, C25 + " (lived in Scotland)", geo=SC),
            L("5,120", 5120, E, P, CG, C25 + " (lived in Wales)", geo=WA),
            L("3,040", 3040, E, P, CG, C25 + " (lived in Northern Ireland)", geo=NI),
            L("14,900", 14900, E, P, "citizenship_refusals", C25),
            L("about 95%", 95, AP, PCT, "citizenship_decisions_share_granted", C25),
            L("a fifth", 20, E, PCT, SG + "_change", "2025 vs 2024 (crosshead)", ctx="Settlement up by a fifth"),
            L("161,800", 161800, E, P, SG, C25 + " (indefinite leave to remain)"),
            L("20%", 20, E, PCT, SG + "_change", "2025 vs 2024"),
            L("134,800", 134800, E, P, SG, C24 + " (the previous year)"),
            L("nearly doubled", 2, ALM, RATIO, SG + "_work_ratio", "2025 vs 2024 (work routes)"),
            L("32,900", 32900, E, P, SG + "_work", C24 + " (work routes)"),
            L("63,300", 63300, E, P, SG + "_work", C25 + " (work routes)"),
            L("a third", -THIRD, E, PCT, SG + "_family_change", "2025 vs 2024 (family routes)", ctx="fell by a third"),
            L("28,400", 28400, E, P, SG + "_family", C25 + " (family routes)"),
            L("as many as 1.6 million", 1.6e6, AM, P, "settlement_eligible_projection",
              "2026 to 2030 (could become eligible under the existing rules; internal Home Office modelling disclosed to MPs)"),
            L("roughly double", 2, AP, RATIO, SG + "_projection_ratio", "2028 vs 2025 (on current trends; " + HALDEN + ")"),
            L("£1,735", 1735, E, GBP, "citizenship_application_fee", "February 2026 (now; adult application including the ceremony)"),
            L("£1,330", 1330, E, GBP, "citizenship_application_fee", "2021 (five years ago; adult application including the ceremony)"),
            L("8.3m", 8.3e6, E, P, "eu_settlement_scheme_applications", "2019 to February 2026 (since the scheme opened; EU citizens and relatives)"),
        ]),
    "03-fylde-examiner-pa-asylum-seekers-blackpool-preston": dict(
        meta=dict(url="https://www.fyldeexaminer.example/news/politics/asylum-seekers-housed-in-blackpool-up-41-in-a-year-figures-show-4710263",
                  title="Asylum seekers housed in Blackpool up 41% in a year, figures show",
                  publisher="The Fylde Examiner", author="Rhiannon Tasker-Mbeki and Joel Ainscough", published_date="2026-05-22"),
        labels=[
            L("41%", 41, E, PCT, DISP + "_change", EM26 + " vs " + EM25 + " (in a year; headline)", occ=0, geo=BPL),
            L("almost a fifth", -20, ALM, PCT, HOT + "_change", EM26 + " vs " + EM25 + " (hotel use; in a year)"),
            L("31,240", 31240, E, P, HOT, EM26 + " (when March ended; Thursday's Home Office release)"),
            L("18%", -18, E, PCT, HOT + "_change", EM26 + " vs " + EM25),
            L("38,100", 38100, E, P, HOT, "end of March 2025 (twelve months earlier)"),
            L("109,320", 109320, E, P, "asylum_support_population", EM26 + " (receiving Government support)"),
            L("3%", 3, E, PCT, "asylum_support_population_change", EM26 + " vs " + EM25),
            L("14,860", 14860, E, P, DISP, EM26 + " (more than any other region)", geo=NWEST),
            L("about a fifth", 20, AP, PCT, DISP + "_share_north_west", EM26 + " (of the UK total)"),
            L("1,112", 1112, E, P, DISP, EM26 + " (by the close of March)", geo=BPL),
            L("786", 786, E, P, DISP, EM25, geo=BPL),
            L("41%", 41, E, PCT, DISP + "_change", EM26 + " vs " + EM25, occ=1, geo=BPL),
            L("79", 79, E, PER10K, DISP + "_per_10000_residents", EM26, geo=BPL),
            L("3.8 times", 3.8, E, RATIO, DISP + "_per_10000_residents_ratio", EM26 + " (Blackpool vs the average across England)", geo=BPL),
            L("21", 21, E, PER10K, DISP + "_per_10000_residents", EM26 + " (the average across England)", geo=ENG),
            L("4,730", 4730, E, P, DISP, EM26 + " (the county's 14 council areas, including Blackpool and Blackburn with Darwen)", geo=LANCS),
            L("3,720", 3720, E, P, DISP, EM25, geo=LANCS),
            L("648", 648, E, P, DISP, EM26, geo=PRE),
            L("26%", 26, E, PCT, DISP + "_change", EM26 + " vs " + EM25 + " (the previous year)", geo=PRE),
            L("190", 190, E, P, HOT, EM26 + " (men at a hotel on the edge of the city centre)", geo=PRE),
            L("c. 600", 600, AP, P, "asylum_dispersal_target",
              "May 2026 to end of 2027 (more people the Home Office expects the city to take; report to Preston City Council's cabinet)", geo=PRE),
            L("One in every 127", 100 / 127, E, PCT, DISP + "_share_of_residents", "May 2026 (now; " + LEADER + ")", geo=BPL),
            L("more than 6,400", 6400, MT, HH, "housing_waiting_list_households", "May 2026 (now; " + LEADER + ")", geo=BPL),
            L("212", 212, E, PROPS, "asylum_dispersal_properties", "May 2026 (now used by the contractor; Blackpool Council)", geo=BPL),
            L("half", 50, E, PCT, "charity_service_users_change", "May 2026 vs summer 2025 (new people a week; " + FCW + ")",
              ctx="risen by half", geo=BPL),
            L("about 45", 45, AP, P, "charity_service_users", "per week, May 2026 (new people; " + FCW + ")", geo=BPL),
            L("172", 172, E, HOTELS, "asylum_hotels_in_use", "May 2026 (now; nationally; Home Office)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "2023 (when numbers peaked; Home Office)"),
            V("millions of pounds", 2e6, 9e6, GBP, AC, "per day, July 2024 (hotels, when we took office; Home Office spokesperson)"),
            L("£4.76bn", 4.76e9, E, GBP, AC, "2024/25 (April 2024 to March 2025; asylum support; annual accounts)"),
        ]),
    "04-calliper-fact-check-asylum-small-boat-share": dict(
        meta=dict(url="https://calliper.example/fact-checks/do-most-asylum-seekers-arrive-by-small-boat/",
                  title="Do most asylum seekers arrive in the UK by small boat?",
                  publisher="Calliper", author="Imogen Tallis-Baptiste", published_date="2026-04-14"),
        labels=[
            L("something like 80%", 80, AP, PCT, ASB, CLAIM + "; What was said box)", occ=0),
            L("About 37%", 37, AP, PCT, ASB, Y25 + " (Our verdict box)"),
            L("39%", 39, E, PCT, AVH, Y25 + " (entered on a visa; Our verdict box)", occ=0),
            L("well under half", 50, LT, PCT, ASB, Y25 + " (of all asylum claims)"),
            L("108,140", 108140, E, P, AA, Y25 + " (people, including dependants)"),
            L("40,170", 40170, E, P, AA, Y25 + " (had arrived on a small boat)"),
            L("37%", 37, E, PCT, ASB, Y25, occ=1),
            L("42,300", 42300, E, P, AA, Y25 + " (had entered lawfully with a visa)"),
            L("39%", 39, E, PCT, AVH, Y25, occ=1),
            L("16,900", 16900, E, P, AA, Y25 + " (had held a study visa)"),
            L("11,400", 11400, E, P, AA, Y25 + " (had held a work visa)"),
            L("more than doubled", 2, MT, RATIO, "asylum_applications_visa_holders_ratio", "2025 vs 2023 (claims from people who entered on visas)"),
            L("25,670", 25670, E, P, AA, Y25 + " (other routes, or in the UK for some time)"),
            L("24%", 24, E, PCT, "asylum_applications_share_other_routes", Y25),
            L("84,500", 84500, E, P, AA, Y25 + " (main applicants only)"),
            L("38%", 38, E, PCT, ASB, Y25 + " (main applicants)"),
            L("something like 80%", 80, AP, PCT, ASB, CLAIM + "; restated)", occ=1),
            L("80%", 80, E, PCT, ASB, CLAIM + "; the claim's figure in a crosshead)", ctx="the 80% figure"),
            L("41,260", 41260, E, P, SBA, Y25),
            L("about 95%", 95, AP, PCT, "small_boat_arrivals_share_claimed_asylum", Y25),
            L("48,700", 48700, E, P, "irregular_arrivals", Y25 + " (detected)"),
            L("almost 85%", 85, ALM, PCT, "small_boat_share_of_irregular_arrivals", Y25),
            L("about 45%", 45, AP, PCT, ASB, "2023 (calendar year)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (went voluntarily under a separate scheme)", ctx="four people went there"),
            L("about 178,000", 178000, AP, P, "irregular_arrivals", Y25 + " (irregular crossings into the bloc; Frontex)", geo=EU),
            L("26%", -26, E, PCT, "irregular_arrivals_change", "2025 vs 2024 (Frontex)", geo=EU),
            L("close to 1m", 1e6, AP, P, AA, Y25 + " (received by EU countries)", geo=EU),
        ]),
    "05-the-spindle-afghan-resettlement-relocation-scheme": dict(
        meta=dict(url="https://www.thespindle.example/uk-news/2026/aug/14/five-years-after-kabul-fell-afghans-who-helped-britain-still-waiting",
                  title="Five years after Kabul fell, thousands of Afghans who helped Britain are still waiting",
                  publisher="The Spindle", author="Ruaridh Castellanos-Tait", published_date="2026-08-14"),
        labels=[
            V("thousands", 2000, 9000, P, "arap_eligible_awaiting_relocation", "August 2026 (Afghans who helped Britain, still waiting; headline)"),
            L("more than 60%", -60, MT, PCT, RAA + "_change", YJ26 + " vs " + YJ25 + " (since the schemes closed to new applicants; standfirst)"),
            L("More than 37,000", 37000, MT, P, RAA, SINCE21 + " (under two government schemes)"),
            L("2,940", 2940, E, P, RAA, YJ26 + " (Arap and ACRS)"),
            L("61%", -61, E, PCT, RAA + "_change", YJ26 + " vs " + YJ25),
            L("7,540", 7540, E, P, RAA, YJ25),
            L("37,850", 37850, E, P, RAA, SINCE21 + " (relocated or resettled in total)"),
            L("22,460", 22460, E, P, RAA + "_arap", SINCE21),
            L("15,390", 15390, E, P, RAA + "_acrs", SINCE21),
            L("about 140,000", 140000, AP, P, "arap_applications_decided", "2021 to August 2026 (since 2021)"),
            L("fewer than one in ten", 10, LT, PCT, "arap_applications_share_eligible", "2021 to August 2026 (of applications decided, approved)"),
            L("about 2,300", 2300, AP, P, "arap_eligible_awaiting_relocation",
              "August 2026 (found eligible, still in Afghanistan or Pakistan awaiting travel; Ministry of Defence estimate)"),
            L("About 15,000", 15000, AP, P, RAA, "August 2021 (flown out of Kabul during the evacuation)"),
            L("around a third", THIRD, AP, PCT, RAA + "_share_arap", "August 2021 (of those evacuated)"),
            L("more than 8,000", 8000, MT, P, "afghan_bridging_accommodation_population", "spring 2023 (the peak)"),
            L("about one in five", 20, AP, PCT, "afghan_bridging_leavers_share_homeless",
              "2022 to 2023 (households that left bridging accommodation and approached councils as homeless)"),
            L("1,530", 1530, E, HH, "refugee_households_temporary_accommodation", "end of March 2026 (Afghan households; government figures)", geo=ENG),
            L("£20,520", 20520, E, GBP, "council_resettlement_grant_per_refugee", "per person resettled, spread over three years (current tariff)"),
            L("2,110", 2110, E, P, RAA, SINCE21 + " (taken by Scottish councils)", geo=SC),
            L("1,240", 1240, E, P, RAA, SINCE21 + " (taken by Welsh councils)", geo=WA),
            L("more than 1.2m", 1.2e6, MT, P, "afghan_returns_from_pakistan", "late 2023 to August 2026 (returned or forced back; UN refugee agency)",
              geo="Pakistan"),
            L("more than 600", 600, MT, HH, "arap_eligible_families_awaiting_relocation",
              "August 2026 (told they qualified, still waiting; Sanctuary Bridge director)"),
            L("5,910", 5910, E, P, SBA, "2025 (calendar year; last year; Afghans, the second-largest nationality)"),
            L("98%", 98, E, PCT, "asylum_grants_share_initial_decisions_afghan", "2023 (calendar year)"),
            L("36%", 36, E, PCT, "asylum_grants_share_initial_decisions_afghan", YJ26 + " (the latest year)"),
            L("£2.3bn", 2.3e9, E, GBP, "resettlement_schemes_cost", "2021 to August 2026 (the two Afghan schemes; government)"),
            L("£1.1bn", 1.1e9, E, GBP, "afghan_bridging_hotels_cost", "2021 to August 2026 (of the schemes' cost, on hotels; government)"),
            L("more than 22,000", 22000, MT, P, RAA + "_arap", "2021 to August 2026 (eligible Afghans and their families; " + MOD + ")"),
        ]),
    "06-the-clerestory-net-migration-forecasts-wrong": dict(
        meta=dict(url="https://www.theclerestory.example/article/why-does-nobody-ever-get-net-migration-right",
                  title="Why does nobody ever get net migration right?",
                  publisher="The Clerestory", author="Fergus Halloran-Ibe", published_date="2026-06-06"),
        labels=[
            V("hundreds of thousands", 200000, 900000, P, NM + "_revision", "recent years (how far the official estimates have been wrong; standfirst)"),
            L("672,000", 672000, E, P, NM, YJ23 + " (first published estimate)"),
            L("740,000", 740000, E, P, NM, YJ23 + " (twelve months on)"),
            L("some 68,000", 68000, AP, P, NM + "_revision", YJ23 + " (higher, a year after the first estimate)"),
            L("906,000", 906000, E, P, NM, YJ23 + " (after the methods changed)"),
            L("166,000", 166000, E, P, NM + "_revision", YJ23 + " (revised up by a further)"),
            L("234,000", 234000, E, P, NM + "_revision", YJ23 + " (the error on a single year)"),
            L("672k", 672000, E, P, NM, YJ23 + " (first estimate; graphic)"),
            L("906k", 906000, E, P, NM, YJ23 + " (latest; graphic)"),
            L("245,000", 245000, E, P, "net_migration_forecast", "per year, long run (Office for Budget Responsibility central assumption, March 2023)"),
            L("more than doubled", 2, MT, RATIO, "net_migration_forecast_ratio", "near term (OBR forecast within 18 months vs March 2023)"),
            L("289,000", 289000, E, P, "net_migration_forecast", "2027 (OBR, March 2026)"),
            R("between 150,000 and 400,000", 150000, 400000, P, "net_migration_forecast", "long run (OBR, March 2026; could sit anywhere)"),
            L("about 210,000", 210000, AP, P, "immigration_ukraine", "2022 to 2023 (Ukrainian arrivals in two years)"),
            L("some 350,000", 350000, AP, P, "visas_granted_health_care_worker", "2021 to 2024 (health and care visas, including dependants)"),
            L("61%", 61, E, PCT, "visas_granted_health_care_worker_share_dependants", "2021 to 2024"),
            L("more than three-quarters", -75, MT, PCT, "visa_applications_health_care_worker_change",
              "the year after March 2024 (after dependants were barred)"),
            L("517,000", 517000, E, P, "emigration", "2025 (calendar year; ONS)"),
            L("20%", 20, E, PCT, "emigration_change", "2025 vs 2024"),
            L("doubled", 2, E, RATIO, "emigration_non_eu_ratio", "2025 vs 2022 (departures by non-EU nationals)",
              ctx="have doubled since 2022"),
            L("Nearly half", 50, ALM, PCT, "emigration_non_eu_share_former_study", "2025 (non-EU leavers who originally came to study)"),
            L("About one in five", 20, AP, PCT, "students_share_still_in_uk_after_five_years", "five years after arrival (study visa holders; Home Office research)"),
            L("at least 100,000", 100000, AL, P, "migration_estimate_error_band",
              "any year's first estimate (either way; former ONS migration statistician)"),
            L("340,000", 340000, E, P, "net_migration_projection_assumption", "per year, long term (ONS 2022-based projections)"),
            L("72.5m", 72.5e6, E, P, "population_projection", "mid-2032 (ONS 2022-based projections)"),
            L("almost 5m", 5e6, ALM, P, "population_growth_projection", "mid-2022 to mid-2032 (more than a decade earlier)"),
            L("4.4m", 4.4e6, E, P, "population_growth_projection", "mid-2022 to mid-2032 (ONS 2022-based projections)", geo=EW),
            L("196,000", 196000, E, P, NM, "2025 (calendar year; latest provisional figure)"),
            L("a third", -THIRD, E, PCT, NM + "_change", "2025 vs 2024 (the year before)", ctx="down a third"),
        ]),
    "07-the-lough-gazette-belfast-asylum-hotels-cost": dict(
        meta=dict(url="https://www.loughgazette.example/news/belfast/belfast-asylum-hotels-cost-133000-a-day-as-numbers-climb-4418207",
                  title="Belfast asylum hotels cost £133,000 a day as numbers housed in city climb",
                  publisher="The Lough Gazette", author="Siobhan Carrick-Adebowale", published_date="2026-10-07"),
        labels=[
            L("£133,000", 133000, E, GBP, AC, "per day, " + FY26 + " (Belfast asylum hotels; headline)", occ=0, geo=BEL),
            L("£48.6m", 48.6e6, E, GBP, AC, FY26 + " (hotel rooms for asylum seekers in Belfast; last year; standfirst)", occ=0, geo=BEL),
            L("£48.6m", 48.6e6, E, GBP, AC, FY26 + " (Belfast hotels; figures released under freedom of information laws)", occ=1, geo=BEL),
            L("56%", 56, E, PCT, AC + "_change", "2025/26 vs 2024/25 (Belfast hotels; the year before)", geo=BEL),
            L("about £133,000", 133000, AP, GBP, AC, "per day, " + FY26 + " (Belfast hotels)", geo=BEL),
            L("£31.2m", 31.2e6, E, GBP, AC, FY25 + " (Belfast hotels)", geo=BEL),
            L("six", 6, E, HOTELS, "asylum_hotels_in_use", EJ26 + " (now; in the city)", ctx="now six hotels", geo=BEL),
            L("1,020", 1020, E, P, HOT, EJ26, geo=BEL),
            L("four", 4, E, HOTELS, "asylum_hotels_in_use", EJ25, ctx="up from four hotels", geo=BEL),
            L("640", 640, E, P, HOT, EJ25, geo=BEL),
            L("£131", 131, E, GBP, "asylum_hotel_cost_per_person_night", "per night, " + FY26 + " (average; Home Office response)", occ=0, geo=BEL),
            L("more than five times", 5, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", FY26 + " (hotel vs dispersal property)", geo=BEL),
            L("£24", 24, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, " + FY26 + " (a dispersal property; Home Office response)", geo=BEL),
            L("3,410", 3410, E, P, "asylum_support_population", EJ26 + " (when June ended)", geo=NI),
            L("14%", 14, E, PCT, "asylum_support_population_change", EJ26 + " vs " + EJ25 + " (12 months earlier)", geo=NI),
            L("about four in five", 80, AP, PCT, "asylum_support_population_share_belfast", EJ26, geo=NI),
            L("about 3%", 3, AP, PCT, "asylum_support_population_share_ni", EJ26 + " (of the UK's asylum seekers on support)"),
            L("22%", -22, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (UK-wide hotel use; in the year to June)", occ=0),
            L("29,760", 29760, E, P, HOT, EJ26 + " (UK-wide)"),
            L("1,240", 1240, E, HH, "refugees_homeless_after_leaving_asylum_support",
              FY26 + " (households granted refugee status presenting as homeless; Housing Executive)", geo=NI),
            L("22%", 22, E, PCT, "refugees_homeless_after_leaving_asylum_support_change", "2025/26 vs 2024/25 (Housing Executive)", occ=1, geo=NI),
            L("more than 11,500", 11500, MT, HH, "temporary_accommodation_households", "October 2026 (now; across the province)", geo=NI),
            L("£131", 131, E, GBP, "asylum_hotel_cost_per_person_night", "per night, 2026 (now; " + MLA + ")", occ=1, geo=BEL),
            L("£3m", 3e6, E, GBP, "ni_executive_refugee_integration_funding", "2026/27 (now; " + MLA + ")", geo=NI),
            L("£48.6m", 48.6e6, E, GBP, AC, FY26 + " (Belfast hotels; " + MLA + ")", occ=2, geo=BEL),
            L("two", 2, E, HOTELS, "asylum_hotels_protested", "June to October 2026 (south Belfast; PSNI)", ctx="outside two hotels", geo=BEL),
            L("£1.9m", 1.9e6, E, GBP, "policing_asylum_hotel_protests_cost", "June to October 2026 (since June; PSNI)", geo=BEL),
            L("2,600", 2600, E, MEALS, "charity_meals_served", "summer 2026 (at drop-ins near the hotels; " + LSN + ")", geo=BEL),
            L("nearly double", 2, ALM, RATIO, "charity_meals_served_ratio", "summer 2026 vs summer 2025 (last year's figure; " + LSN + ")", geo=BEL),
            L("more than half", -50, MT, PCT, "asylum_hotels_in_use_change", "October 2026 vs the peak (hotels in use; Home Office spokesperson)"),
            L("more than 33,000", 33000, MT, P, "international_protection_accommodation_population",
              "October 2026 (now; housed by the state south of the border)", geo=IRL),
            L("about €1.1bn", 1.1e9, AP, EUR, "international_protection_accommodation_cost", "2025 (last year)", geo=IRL),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
