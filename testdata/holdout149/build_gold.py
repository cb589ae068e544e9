#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-forty-ninth hand-labelled hold-out set (holdout149).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, THIRD, SIXTH, EW,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, NM)

UK, ENG, SCO, WAL, NI, FR, EU = "UK", "England", "Scotland", "Wales", "Northern Ireland", "France", "EU"
CASES, VAC, SIGS, CALLS = "other:cases", "other:vacancies", "other:signatures", "other:callouts"
SHARES, MEALS, DECS = "other:shares", "other:meals", "other:decisions"
PER10K = "other:persons_per_10000_residents"
TWO3 = 200 / 3

# 01 (Thursday 13 August 2026; live page; Home Office daily figures for Wednesday 12 August 2026, published that day)
HO1 = "Home Office daily figures"
WED = "Wednesday 12 August 2026 (yesterday; "
YTD1 = "1 January to 12 August 2026 (so far this year; "
SHS1 = "the shadow home secretary"
NIGHT = "night of 12 to 13 August 2026 (overnight; French police)"

# 02 (Tuesday 10 November 2026; Home Office letter to West Devon Borough Council, discussed on Monday 9 November 2026)
WD, OKE, DEV = "West Devon", "Okehampton", "Devon"
LET = "Home Office letter to West Devon Borough Council, discussed Monday 9 November 2026"
RUN = "April to October 2026 (running costs between April and October; " + LET
SINCE = "2025 to October 2026 (since the site was picked; "
KITTO = "Cllr Morwenna Kitto, leader, West Devon Borough Council"
J26 = "30 June 2026 (the end of June; Home Office statistics)"

# 03 (Thursday 26 November 2026; ONS long-term international migration estimates published that day)
ONS3 = "ONS estimates published Thursday 26 November 2026"
YJ26 = "July 2025 to June 2026 (the year to June; " + ONS3
YJ25 = "July 2024 to June 2025 (the previous year, as revised; " + ONS3 + ")"
CH3 = "year to June 2026 vs year to June 2025 ("

# 04 (Thursday 3 September 2026; fact check of a Facebook graphic; Home Office statistics for the year ending June 2026)
CLAIM = "per year (the claim, a Facebook graphic"
HO4 = "Home Office immigration system statistics"
YJ = "July 2025 to June 2026 (the 12 months to June 2026; " + HO4
CH4 = "year to June 2026 vs year to June 2025 ("

# 05 (Wednesday 2 September 2026; Home Office figures for 30 June 2026; Liverpool City Council's estimates)
LIV, MER = "Liverpool", "Merseyside"
HO5 = "Home Office figures for 30 June 2026"
E26 = "30 June 2026 (the end of June; " + HO5 + ")"
OSAG = "Cllr Frankie Osagie-Kerr, cabinet member for communities, Liverpool City Council"
DLP = "asylum_dispersal_population"

# 06 (Saturday 30 May 2026; Home Office statistics released Thursday 28 May 2026 for the end of March 2026)
HO6 = "Home Office statistics released Thursday 28 May 2026"
M26 = "31 March 2026 (the end of March; " + HO6
YOY6 = "31 March 2026 vs 31 March 2025 ("
Q1 = "January to March 2026 (the first three months of 2026; " + HO6
ADM = "asylum_decision_makers"

# 07 (Tuesday 16 June 2026; ONS labour market statistics published that day; ONS migration estimates of May 2026)
ONS7 = "ONS labour market statistics published Tuesday 16 June 2026"
FA26 = "February to April 2026 (the three months to April; " + ONS7 + ")"
UR = "unemployment_rate"

ARTICLES = {
    "01-transmit-uk-channel-crossings-live-day": dict(
        meta=dict(url="https://www.transmituk.example/news/live/uk-72618304",
                  title="Channel crossings: More than 1,000 people came ashore on Wednesday, Home Office confirms",
                  publisher="Transmit UK", author="Priya Holloway-Chen", published_date="2026-08-13"),
        labels=[
            L("More than 1,000", 1000, MT, P, SBA, WED + "came ashore; headline)"),
            L("1,086", 1086, E, P, SBA, WED + HO1 + "; summary)", occ=0),
            L("18", 18, E, BOATS, SBC, WED + HO1 + "; summary)", ctx="in 18 boats on Wednesday"),
            L("31,406", 31406, E, P, SBA, YTD1 + "the tally since 1 January; summary)"),
            L("18%", 18, E, PCT, SBA + "_change", "1 January to 12 August 2026 vs the same point of 2025 (above; summary)"),
            L("Two", 2, E, P, "small_boat_deaths", "Thursday 13 August 2026 (before dawn, off Gravelines; French officials; summary)", ctx="Two people died", geo=FR),
            L("more than 96,000", 96000, MT, P, SBA, "5 July 2024 to 12 August 2026 (since Labour won power; " + SHS1 + "; summary)"),
            L("18", 18, E, BOATS, SBC, WED + "Yesterday's 18 boats; analysis)", ctx="Yesterday's 18 boats"),
            L("about 60", 60, AP, PPB, "small_boat_occupancy", WED + "people apiece; analysis)"),
            L("roughly 50", 50, AP, PPB, "small_boat_occupancy", "summer 2024 (two summers ago; analysis)"),
            L("41,472", 41472, E, P, SBA, "January to December 2025 (2025's total; analysis)"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (the 2022 record; analysis)"),
            L("1,130", 1130, E, P, "returns_france", "August 2025 to 13 August 2026 (since last August, under the agreement with France; a Home Office spokesperson)", geo=FR),
            L("Almost 75,000", 75000, ALM, P, "returns", "July 2024 to 13 August 2026 (since July 2024, left or been removed; a Home Office spokesperson)"),
            L("1,086", 1086, E, P, SBA, WED + HO1 + ", just released)", occ=1),
            L("18", 18, E, BOATS, SBC, WED + HO1 + ")", ctx="1,086 people in 18 boats yesterday"),
            L("958", 958, E, P, SBA, "Friday 19 June 2026 (the year's previous high)"),
            L("128", 128, E, P, SBA + "_change", "Wednesday 12 August 2026 vs Friday 19 June 2026 (tops the year's previous high by)"),
            L("4,212", 4212, E, P, SBA, "1 to 12 August 2026 (August's tally)"),
            L("3,870", 3870, E, P, SBA, "March 2026 (the whole of March)"),
            L("Around one in six", SIXTH, AP, PCT, "small_boat_arrivals_share_children", WED + "officials)"),
            L("174", 174, E, P, "small_boat_arrivals_children", WED + "officials)"),
            L("over 96,000", 96000, MT, P, SBA, "5 July 2024 to 12 August 2026 (since 5 July 2024; " + SHS1 + ")"),
            L("almost a fifth", 20, ALM, PCT, SBA + "_change", "1 January to 12 August 2026 vs the same point of 2025 (running ahead of last year's; " + SHS1 + ")"),
            L("fewer than 3%", 3, LT, PCT, "returns_share_of_small_boat_arrivals", "August 2025 to August 2026 (returned under the deal with Paris, of those who have come since it started; " + SHS1 + ")"),
            L("Two", 2, E, P, "small_boat_deaths", "Thursday 13 August 2026 (off the French coast; cross-head)", ctx="Two dead off French coast", geo=FR),
            L("two", 2, E, P, "small_boat_deaths", "Thursday 13 August 2026 (about 04:30 local time, off Gravelines; French maritime authorities)", ctx="say two people died", geo=FR),
            L("67", 67, E, P, "small_boat_rescues", "Thursday 13 August 2026 (pulled from the water; the regional maritime prefecture)", geo=FR),
            L("at least 21", 21, AL, P, "small_boat_deaths", "1 January to 13 August 2026 (this year's Channel death toll; the IOM)"),
            L("11", 11, E, BOATS, "small_boat_launches_prevented", NIGHT, geo=FR),
            L("about 530", 530, AP, P, "small_boat_launch_attempts_stopped_people", NIGHT, geo=FR),
            L("c. 300", 300, AP, P, SBA, "Thursday 13 August 2026, by 08:15 (landed at Dover; estimated by Transmit UK's reporter)", geo="Dover"),
        ]),
    "02-okehampton-ostler-raf-moorcross-asylum-site-costs": dict(
        meta=dict(url="https://www.okehamptonostler.example/news/west-devon/moorcross-asylum-site-bill-41-7m-more-than-hotel-6620184",
                  title="Moorcross asylum site bill hits £41.7m - and each night now costs more than a hotel",
                  publisher="Okehampton Ostler", author="Eleri Pascoe", published_date="2026-11-10"),
        labels=[
            L("£41.7m", 41.7e6, E, GBP, "large_site_cost", SINCE + "headline)", occ=0, geo=WD),
            L("roughly £169", 169, AP, GBP, "large_site_cost_per_person_night", "April to October 2026 (per person a night; standfirst)", occ=0, geo=WD),
            L("£95", 95, E, GBP, "large_site_cost_per_person_night_planned", "2025 (promised when it was announced; per night; standfirst)", occ=0, geo=WD),
            L("£41.7m", 41.7e6, E, GBP, "large_site_cost", SINCE + LET + ")", occ=1, geo=WD),
            L("£26.9m", 26.9e6, E, GBP, "large_site_cost_site_works", SINCE + "getting the site ready; " + LET + ")", geo=WD),
            L("£14.8m", 14.8e6, E, GBP, "large_site_cost_running", RUN + ")", geo=WD),
            L("about £2.1m", 2.1e6, AP, GBP, "large_site_cost_running", RUN + "; per month)", geo=WD),
            L("roughly £169", 169, AP, GBP, "large_site_cost_per_person_night", RUN + "; per person per night)", occ=1, geo=WD),
            L("about £95", 95, AP, GBP, "large_site_cost_per_person_night_planned", "2025 (when ministers unveiled the plan last year; per night)", geo=WD),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "2025 (the average for an asylum hotel at the time; per night)"),
            L("Fewer than two-thirds", TWO3, LT, PCT, "large_site_occupancy_share", "1 November 2026 (beds filled; cross-head)", geo=WD),
            L("486", 486, E, P, "large_site_population", "1 November 2026 (" + LET + ")", geo=WD),
            L("up to 800", 800, AM, P, "large_site_capacity", "November 2026 (room for; " + LET + ")", geo=WD),
            L("410", 410, E, P, "large_site_population_average", "April to November 2026 (averaged since it opened; " + LET + ")", geo=WD),
            L("650", 650, E, P, "large_site_population_planned", "November 2026 (the department expected by this stage; " + LET + ")", geo=WD),
            L("£4.3m", 4.3e6, E, GBP, "large_site_cost_security", SINCE + "security fencing, cameras and floodlights)", geo=WD),
            L("£2.7m", 2.7e6, E, GBP, "large_site_cost_repairs", SINCE + "repairing 1940s accommodation blocks)", geo=WD),
            L("£1.38m", 1.38e6, E, GBP, "police_cost_large_site", "April to November 2026 (policing the camp and protests; Devon and Cornwall Police)", geo=WD),
            L("94", 94, E, CALLS, "police_callouts_large_site", "April to November 2026 (called there; Devon and Cornwall Police)", geo=WD),
            L("passed £40m", 40e6, MT, GBP, "large_site_cost", SINCE + KITTO + ")", geo=WD),
            L("little more than 60%", 60, MT, PCT, "large_site_occupancy_share", "November 2026 (full; " + KITTO + ")", geo=WD),
            L("about 7,600", 7600, AP, P, "population", "2026 (a town of; " + KITTO + ")", geo=OKE),
            L("£186,000", 186000, E, GBP, "council_legal_challenge_cost_large_site", "April 2025 to March 2026 (2025/26; West Devon Borough Council)", geo=WD),
            L("nearly 450", 450, ALM, P, "gp_registered_patients_change", "April to November 2026 (since April; Okehampton's main surgery)", geo=OKE),
            L("about 4%", 4, AP, PCT, "gp_registered_patients_change", "April to November 2026 (since April; Okehampton's main surgery)", geo=OKE),
            L("more than 7,300", 7300, MT, SIGS, "petition_signatures", "to 10 November 2026 (calling on ministers to shut the site)", geo=WD),
            L("1,118", 1118, E, P, "asylum_support_population", J26[:-1] + "; Moorcross included)", geo=DEV),
            L("52%", 52, E, PCT, "asylum_support_population_change", "30 June 2026 vs 30 June 2025 (up on a year earlier; Home Office statistics)", geo=DEV),
            L("26,300", 26300, E, P, "asylum_hotel_population", J26),
            L("a third", -THIRD, E, PCT, "asylum_hotel_population_change", "30 June 2026 vs 30 June 2025 (down on last year)"),
            L("about 1,900", 1900, AP, P, "large_site_population", J26[:-1] + "; on former military sites)"),
            L("roughly one in 50", 2, AP, PCT, "large_site_population_share_of_asylum_accommodation", J26[:-1] + "; of everyone in asylum accommodation)"),
            L("£95", 95, E, GBP, "large_site_cost_per_person_night_planned", "2025 (the £95 estimate, unanswered by the department; per night)", occ=2, geo=WD),
        ]),
    "03-the-openhand-ons-migration-by-reason": dict(
        meta=dict(url="https://www.theopenhand.example/uk-news/2026/nov/26/net-migration-falls-142000-work-arrivals-drop-ons",
                  title="Net migration falls to 142,000 as arrivals for work drop by almost a third",
                  publisher="The Openhand", author="Hannah Okonkwo-Reyes", published_date="2026-11-26"),
        labels=[
            L("142,000", 142000, E, P, NM, YJ26 + "; headline)", occ=0),
            L("almost a third", -THIRD, ALM, PCT, "immigration_work_non_eu_change", CH3 + "arrivals for work drop by; headline)"),
            L("142,000", 142000, E, P, NM, YJ26 + ")", occ=1),
            L("798,000", 798000, E, P, "immigration", YJ26 + "; long-term arrivals)"),
            L("656,000", 656000, E, P, "emigration", YJ26 + "; departures)"),
            L("27,000", 27000, E, P, "net_migration_revision", "July 2024 to June 2025 (the previous year, revised up by; " + ONS3 + ")"),
            L("231,000", 231000, E, P, NM, YJ25),
            L("89,000", -89000, E, P, "net_migration_change", CH3 + "the annual drop)"),
            L("more than a third", -THIRD, MT, PCT, "net_migration_change", CH3 + "the annual drop)"),
            L("less than a sixth", SIXTH, LT, PCT, "net_migration_share_of_peak", "year to June 2026 as a share of the year to June 2023 (the high point)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the high point of mid-2023)"),
            L("12%", -12, E, PCT, "immigration_change", CH3 + "immigration overall down)"),
            L("910,000", 910000, E, P, "immigration", YJ25),
            L("3%", -3, E, PCT, "emigration_change", CH3 + "emigration slipped)"),
            L("31%", -31, E, PCT, "immigration_work_non_eu_change", CH3 + "non-EU nationals arriving for a job or with a family member who had one)"),
            L("228,000", 228000, E, P, "immigration_work_non_eu", YJ26 + ")"),
            L("330,000", 330000, E, P, "immigration_work_non_eu", "July 2024 to June 2025 (a year earlier; " + ONS3 + ")"),
            L("82%", 82, E, PCT, "immigration_work_non_eu_share_main_applicants", YJ26 + "; 82% of these)"),
            L("41,000", 41000, E, P, "immigration_work_dependants_non_eu", YJ26 + "; just)"),
            L("nearly three times", 3, ALM, RATIO, "immigration_work_dependants_non_eu_ratio", "July 2023 to June 2024 (two years ago) vs the year to June 2026 (as many)"),
            L("Some 214,000", 214000, AP, P, "immigration_study_non_eu", YJ26 + ")"),
            L("6%", 6, E, PCT, "immigration_study_non_eu_change", CH3 + "up)"),
            L("a third", THIRD, E, PCT, "immigration_share_study_non_eu", YJ26 + "; of the non-EU arrivals)", ctx="or a third of the"),
            L("640,000", 640000, E, P, "immigration_non_eu", YJ26 + ")"),
            L("92,000", 92000, E, P, "immigration_family_non_eu", YJ26 + ")"),
            L("roughly one in seven", 100 / 7, AP, PCT, "immigration_share_family_non_eu", YJ26 + ")"),
            L("71,000", 71000, E, P, "immigration_humanitarian_non_eu", YJ26 + ")"),
            L("9%", 9, E, PCT, "immigration_humanitarian_non_eu_change", CH3 + "up)"),
            L("About two-thirds", TWO3, AP, PCT, "immigration_humanitarian_non_eu_share_asylum", YJ26 + "; had claimed asylum)"),
            L("74,000", 74000, E, P, "immigration_eu", YJ26 + ")"),
            L("67,000", -67000, E, P, "net_migration_eu", YJ26 + "; departures exceeded arrivals by)"),
            L("84,000", 84000, E, P, "immigration_british", YJ26 + "; British nationals returning home)"),
            L("more than 760,000", -760000, MT, P, "net_migration_change", "year to June 2023 (the peak) vs year to June 2026 (down by; the home secretary)"),
            L("almost 12,000", 12000, ALM, P, NM, "July 2025 to June 2026 (still adding, per month; the shadow home secretary)"),
            R("between 96,000 and 188,000", 96000, 188000, P, NM, YJ26 + "; most likely range)"),
        ]),
    "04-claimwatch-how-many-people-removed-each-year": dict(
        meta=dict(url="https://claimwatch.example/fact-check/immigration/uk-returns-fewer-than-5000-a-year/",
                  title="No, the UK does not return \"fewer than 5,000\" people a year",
                  publisher="Claimwatch", author="Rhiannon Achterberg-Mbeki", published_date="2026-09-03"),
        labels=[
            L("fewer than 5,000", 5000, LT, P, "returns", CLAIM + "; headline)", occ=0),
            L("fewer than 5,000", 5000, LT, P, "returns", CLAIM + "; What was claimed box)", occ=1),
            L("40,000", 40000, E, P, SBA, CLAIM + "; turn up on boats; What was claimed box)", ctx="while 40,000 turn up"),
            L("37,410", 37410, E, P, "returns", YJ + "; Our verdict box)", occ=0),
            L("9,860", 9860, E, P, "returns_enforced", YJ + "; Our verdict box)", occ=0),
            L("About 40,000", 40000, AP, P, SBA, "January to December 2025 (did cross the Channel; Our verdict box)"),
            L("more than 18k", 18000, MT, SHARES, "social_media_post_shares", "Friday 28 August to Thursday 3 September 2026 (since last Friday)"),
            L("37,410", 37410, E, P, "returns", YJ + ")", occ=1),
            L("9%", 9, E, PCT, "returns_change", CH4 + "up on the year before)"),
            L("about 100", 100, AP, P, "returns", YJ + "; an average per day)"),
            L("9,860", 9860, E, P, "returns_enforced", YJ + ")", occ=1),
            L("22%", 22, E, PCT, "returns_enforced_change", CH4 + "a rise of)"),
            L("5,470", 5470, E, P, "returns_foreign_national_offenders", YJ + "; of the enforced returns)"),
            L("about 10,400", 10400, AP, P, "prison_population_foreign_nationals", "September 2026 (now)", geo=EW),
            L("roughly 12%", 12, AP, PCT, "prison_population_share_foreign_nationals", "September 2026 (now; of inmates)", geo=EW),
            L("21,340", 21340, E, P, "returns_voluntary", YJ + ")"),
            L("57%", 57, E, PCT, "returns_share_voluntary", YJ + ")"),
            L("6,210", 6210, E, P, "returns_refused_entry_at_port", YJ + "; refused entry at a port or airport, then left)"),
            L("nearly twice", 2, ALM, RATIO, "returns_enforced_ratio", "year to June 2026, enforced returns vs the claim's 5,000 a year"),
            L("5,000", 5000, E, P, "returns", CLAIM + "; the claim's 5,000)", ctx="the claim's 5,000"),
            L("Roughly one in four", 25, AP, PCT, "returns_share_enforced", YJ + ")"),
            L("5,000", 5000, E, P, "returns", CLAIM + "; cross-head)", ctx="Where might 5,000"),
            L("37,410", 37410, E, P, "returns", YJ + "; of the returns)", occ=2),
            L("11,950", 11950, E, P, "returns_asylum_seekers", YJ + "; people who had claimed asylum at some point)"),
            L("roughly a third", THIRD, AP, PCT, "returns_share_asylum_seekers", YJ + ")"),
            L("4,630", 4630, E, P, "returns_enforced_asylum_seekers", YJ + "; only)"),
            V("thousands", 2000, 9000, P, "returns_voluntary_asylum_seekers", YJ + "; the thousands more who left voluntarily)"),
            L("41,472", 41472, E, P, SBA, "January to December 2025 (Home Office figures)"),
            L("3,180", 3180, E, P, "returns_small_boat_arrivals", YJ + "; over those same 12 months)"),
            L("around 7%", 7, AP, PCT, "returns_share_of_small_boat_arrivals", YJ + ")"),
            L("43,900", 43900, E, P, SBA, YJ + "; in the same period)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (before the scheme was scrapped; moved to Kigali)", ctx="only four people"),
            L("about one in five", 20, AP, PCT, "returns_share_of_return_orders", "2025 (return decisions issued that ended with the person leaving; Eurostat)", geo=EU),
            L("passed 70,000", 70000, MT, P, "returns", "5 July 2024 to September 2026 (since the election; ministers)"),
        ]),
    "05-albert-dock-docket-merseyside-asylum-dispersal-funding": dict(
        meta=dict(url="https://www.albertdockdocket.example/news/liverpool-news/liverpool-asylum-dispersal-funding-gap-31864207",
                  title="Liverpool houses three in five of Merseyside's asylum seekers - but gets £620 a head less than it spends",
                  publisher="Albert Dock Docket", author="Liam Thornley-Ashe", published_date="2026-09-02"),
        labels=[
            L("three in five", 60, E, PCT, "asylum_dispersal_population_share_liverpool", "30 June 2026 (of Merseyside's asylum seekers; headline)", occ=0, geo=LIV),
            L("£620", 620, E, GBP, "council_asylum_cost_shortfall_per_person", "per person per year (a head less than it spends; headline)", occ=0, geo=LIV),
            L("£1.6m", 1.6e6, E, GBP, "council_asylum_cost_shortfall", "per year at current numbers (the hole the grant leaves; Liverpool City Council; standfirst)", occ=0, geo=LIV),
            L("14%", 14, E, PCT, DLP + "_change", "30 June 2026 vs 30 June 2025 (numbers in the city climb, in a year; standfirst)", occ=0, geo=LIV),
            L("2,640", 2640, E, P, DLP, E26, geo=LIV),
            L("14%", 14, E, PCT, DLP + "_change", "30 June 2026 vs 30 June 2025 (higher than a year earlier; " + HO5 + ")", occ=1, geo=LIV),
            L("about 54", 54, AP, PER10K, DLP + "_per_10000_residents", E26[:-1] + "; for every 10,000 residents)", geo=LIV),
            L("roughly 11", 11, AP, PER10K, DLP + "_per_10000_residents", E26[:-1] + "; the average for England)", geo=ENG),
            L("nearly five times", 5, ALM, RATIO, DLP + "_per_10000_residents_ratio", "30 June 2026 (Liverpool's rate vs the national one)", geo=LIV),
            L("4,380", 4380, E, P, DLP, E26[:-1] + "; across Merseyside's five boroughs)", geo=MER),
            L("three in five", 60, E, PCT, "asylum_dispersal_population_share_liverpool", E26[:-1] + "; of Merseyside's total)", occ=1, geo=LIV),
            L("610", 610, E, P, DLP, E26, geo="Wirral"),
            L("almost a third", THIRD, ALM, PCT, DLP + "_change", "30 June 2026 vs June 2025 (up on)", geo="Wirral"),
            L("430", 430, E, P, DLP, E26, geo="Sefton"),
            L("380", 380, E, P, DLP, E26, geo="Knowsley"),
            L("320", 320, E, P, DLP, E26, geo="St Helens"),
            L("£1,070", 1070, E, GBP, "council_asylum_grant_per_person", "per person per year (the Home Office's dispersal grant)"),
            L("£1,690", 1690, E, GBP, "council_asylum_cost_per_person", "per person per year (the real cost to the council; Liverpool's finance officers' estimate)", geo=LIV),
            L("£620", 620, E, GBP, "council_asylum_cost_shortfall_per_person", "per person per year (the gap; Liverpool City Council)", occ=1, geo=LIV),
            L("about £1.6m", 1.6e6, AP, GBP, "council_asylum_cost_shortfall", "per year at current numbers (covered from reserves; Liverpool City Council)", geo=LIV),
            L("£1,384", 1384, E, GBP, "council_core_spending_power_per_resident", "April 2026 to March 2027 (2026/27)", geo=LIV),
            L("£1,121", 1121, E, GBP, "council_core_spending_power_per_resident", "April 2026 to March 2027 (2026/27; England's average)", geo=ENG),
            L("17%", -17, E, PCT, "council_core_spending_power_real_change", "2010/11 vs 2026/27 (lower once inflation is taken into account)", geo=LIV),
            L("one in every 25", 4, E, PCT, "asylum_dispersal_population_share_of_england", "June 2026 (now; of people in asylum dispersal accommodation in England; " + OSAG + ")", geo=LIV),
            L("less than 1%", 1, LT, PCT, "population_share_of_england", "2026 (now; of England's population; " + OSAG + ")", geo=LIV),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", "30 June 2026 (the end of June; the city still had)", ctx="still had two asylum hotels", geo=LIV),
            L("about 290", 290, AP, P, "asylum_hotel_population", "30 June 2026 (the end of June; housed in the two hotels)", geo=LIV),
            L("four", 4, E, HOTELS, "asylum_hotels_in_use", "June 2025 (a year before)", ctx="there were four", geo=LIV),
            L("doubled", 2, E, RATIO, "charity_meals_served_ratio", "September 2026 vs January 2026 (hot meals served each week; Welcome Table Merseyside)", geo=LIV),
            L("about 460", 460, AP, MEALS, "charity_meals_served", "September 2026 (each week, per week; Welcome Table Merseyside)", geo=LIV),
            L("£65m", 65e6, E, GBP, "council_asylum_grant", "2026 (this year; to local authorities to support asylum dispersal; a Home Office spokesperson)"),
        ]),
    "06-daily-holloa-asylum-backlog-caseworkers": dict(
        meta=dict(url="https://www.dailyholloa.example/news/article-15582031/asylum-backlog-climbing-Home-Office-loses-fifth-caseworkers.html",
                  title="Asylum backlog starts climbing again - as Home Office loses more than a fifth of its caseworkers in a year",
                  publisher="Daily Holloa", author="Graham Weyland-Holt", published_date="2026-05-30"),
        labels=[
            L("more than a fifth", -20, MT, PCT, ADM + "_change", YOY6 + "caseworkers lost in a year; headline)", occ=0),
            L("564", -564, E, P, ADM + "_change", YOY6 + "falls by; bullet)", occ=0),
            L("1,948", 1948, E, P, ADM, M26 + "; bullet)", occ=0),
            L("2,130", 2130, E, CASES, "asylum_backlog_change", "31 December 2025 to 31 March 2026 (rises by, in three months; bullet)"),
            L("fewer than five", 5, LT, DECS, "asylum_decisions_per_caseworker", Q1 + "; per month; bullet)", occ=0),
            L("more than doubled", 2, MT, RATIO, "asylum_backlog_appeals_ratio", YOY6 + "appeals waiting at tribunal; bullet)"),
            L("48,600", 48600, E, CASES, "asylum_backlog_appeals", M26 + "; bullet)", ctx="doubled to 48,600"),
            L("more than a fifth", -20, MT, PCT, ADM + "_change", YOY6 + "slumped in a year)", occ=1),
            L("1,948", 1948, E, P, ADM, M26 + "; full-time equivalent)", occ=1),
            L("2,512", 2512, E, P, ADM, "31 March 2025 (twelve months earlier; full-time equivalent)"),
            L("564", -564, E, P, ADM + "_change", YOY6 + "the loss of)", occ=1),
            L("70,460", 70460, E, CASES, "asylum_backlog", M26 + "; claims waiting for an initial decision)"),
            L("89,310", 89310, E, P, "asylum_backlog", M26 + "; people covered)"),
            L("68,330", 68330, E, CASES, "asylum_backlog", "31 December 2025 (the end of December; " + HO6 + ")"),
            L("18 per cent", -18, E, PCT, "asylum_backlog_change", YOY6 + "smaller than a year ago)"),
            L("27,900", 27900, E, P, "asylum_initial_decisions", Q1 + "; just)"),
            L("19 per cent", -19, E, PCT, "asylum_initial_decisions_change", "January to March 2026 vs October to December 2025 (a drop of, on the final quarter of last year)"),
            L("29,700", 29700, E, P, "asylum_applications", Q1 + "; lodged new claims)"),
            L("fewer than five", 5, LT, DECS, "asylum_decisions_per_caseworker", Q1 + "; per month, on average)", occ=1),
            L("21,870", 21870, E, CASES, "asylum_backlog_waiting_over_1_year", M26 + "; stuck for more than a year)"),
            L("almost a third", THIRD, ALM, PCT, "asylum_backlog_share_waiting_over_1_year", M26 + "; of the total)"),
            L("Some 48,600", 48600, AP, CASES, "asylum_backlog_appeals", M26 + "; appeals in the immigration tribunal's queue)"),
            L("more than double", 2, MT, RATIO, "asylum_backlog_appeals_ratio", YOY6 + "vs 23,100 a year earlier)"),
            L("23,100", 23100, E, CASES, "asylum_backlog_appeals", "31 March 2025 (a year earlier; " + HO6 + ")"),
            L("£17.4million", 17.4e6, E, GBP, "asylum_processing_agency_staff_cost", "April 2025 to March 2026 (2025/26; agency and contract staff to help process claims)"),
            L("one in five", 20, E, PCT, ADM + "_share_lost", YOY6 + "caseworkers let walk out of the door; the shadow home secretary)"),
            L("more than 175,000", 175000, MT, P, "asylum_backlog", "June 2023 (the peak, in the middle of 2023; people waiting for a decision)"),
            L("almost halved", -50, ALM, PCT, "asylum_backlog_change", "June 2023 (the peak) vs 31 March 2026 (people awaiting a decision; a Home Office spokesman)"),
            L("300", 300, E, P, ADM + "_planned_recruitment", "by December 2026 (the end of the year; a Home Office spokesman)"),
        ]),
    "07-the-yield-curve-net-migration-labour-market": dict(
        meta=dict(url="https://www.theyieldcurve.example/content/6b1e0c42-9d3f-4a57-8e21-5f0c7d9a2b18",
                  title="Vacancies sink further below pre-pandemic level as migration slowdown cools jobs market",
                  publisher="The Yield Curve", author="Delphine Marchetti-Oyo", published_date="2026-06-16"),
        labels=[
            L("5.3%", 5.3, E, PCT, UR, FA26[:-1] + "; standfirst)"),
            L("702,000", 702000, E, VAC, "job_vacancies", "March to May 2026 (the three months to May; " + ONS7 + ")"),
            L("29,000", -29000, E, VAC, "job_vacancies_change", "March to May 2026 vs December 2025 to February 2026 (down on the previous quarter)"),
            L("almost 12 per cent", -12, ALM, PCT, "job_vacancies_change", "March to May 2026 vs January to March 2020 (below pre-pandemic)"),
            L("796,000", 796000, E, VAC, "job_vacancies", "January to March 2020 (pre-pandemic)"),
            L("5.3 per cent", 5.3, E, PCT, UR, FA26),
            L("4.4 per cent", 4.4, E, PCT, UR, "February to April 2025 (a year earlier; " + ONS7 + ")"),
            L("74.6 per cent", 74.6, E, PCT, "employment_rate", FA26[:-1] + "; aged 16 to 64)"),
            L("1.86mn", 1.86e6, E, P, "unemployment_level", FA26),
            L("290,000", 290000, E, P, "unemployment_level_change", "February to April 2026 vs a year ago (more than)"),
            L("more than two and a half", 2.5, MT, RATIO, "unemployed_per_vacancy_ratio", "spring 2026 (unemployed people for every vacancy)"),
            L("3.2 per cent", 3.2, E, PCT, UR, FA26, geo=NI),
            L("6.6 per cent", 6.6, E, PCT, UR, FA26, geo="North East"),
            L("4.7 per cent", 4.7, E, PCT, UR, FA26, geo=SCO),
            L("5.1 per cent", 5.1, E, PCT, UR, FA26, geo=WAL),
            L("84,000", -84000, E, P, "payrolled_employees_change", "May 2025 to May 2026 (fell over the past year; early tax data)"),
            L("30.2mn", 30.2e6, E, P, "payrolled_employees", "May 2026 (early tax data)"),
            L("171,000", 171000, E, P, NM, "January to December 2025 (ONS estimate published May 2026)"),
            L("62 per cent", -62, E, PCT, "net_migration_change", "2025 vs 2024 (down on the revised figure for the year before)"),
            L("452,000", 452000, E, P, NM, "January to December 2024 (the revised figure)"),
            L("about 0.3 percentage points", -0.3, AP, PCT, "gdp_growth_effect_slower_population_growth_change", "2026 (this year; Oliver Ngata-Price, Halvergate Securities)"),
            L("76.4 per cent", 76.4, E, PCT, "employment_rate_non_uk_born", "February to April 2026 (labour force survey)"),
            L("74.2 per cent", 74.2, E, PCT, "employment_rate_uk_born", "February to April 2026 (labour force survey)"),
            L("a quarter", -25, E, PCT, "job_vacancies_health_social_care_change", "March to May 2026 vs a year earlier (dropped by, over the year)"),
            L("126,000", 126000, E, VAC, "job_vacancies_health_social_care", "March to May 2026"),
            L("21 per cent", -21, E, PCT, "job_vacancies_accommodation_food_change", "March to May 2026 vs a year earlier"),
            L("74,000", 74000, E, VAC, "job_vacancies_accommodation_food_services", "March to May 2026"),
            L("36 per cent", -36, E, PCT, "visas_granted_skilled_worker_change", "April 2025 to March 2026 vs the year before (slid)"),
            L("58,900", 58900, E, P, "visas_granted_skilled_worker", "April 2025 to March 2026 (the year to March; main applicants; Home Office data)"),
            L("fewer than 4,000", 4000, LT, P, "visas_granted_care_worker", "April 2025 to March 2026 (the year to March; Home Office data)"),
            L("more than 100,000", 100000, MT, P, "visas_granted_care_worker", "2023 (their peak)"),
            L("about 0.3 per cent", 0.3, AP, PCT, "labour_force_growth_forecast", "per year (the Bank of England expects)"),
            L("less than a third", THIRD, LT, PCT, "labour_force_growth_forecast_share_of_2023_growth", "per year vs 2023 (of the pace seen in 2023; Bank of England)"),
            L("3.4 per cent", 3.4, E, PCT, "regular_pay_growth", "February to April 2026 vs a year earlier (the year to April)"),
            L("0.9 per cent", 0.9, E, PCT, "regular_pay_growth_real", "February to April 2026 vs a year earlier (after inflation)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
