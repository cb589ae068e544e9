#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the two-hundred-and-fifth hand-labelled hold-out set (holdout205).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, EUR, PCT, YEARS, BOATS, PPB, RATIO, THIRD, SIXTH,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC)

UK, CH, FR, NI = "UK", "English Channel", "France", "Northern Ireland"
SBO, SBD, SBR = "small_boat_occupancy", "small_boat_deaths", "small_boat_rescues"
ONE = "small_boat_passengers_single_boat"
STOP = "small_boat_launch_attempts_stopped_people"
RF = "returns_france"
LAUNCH, FAM, INC = "other:launches", "other:families", "other:incidents"
CHG = SBA + "_change"

# 01 (Thursday 23 January 2025; BBC Verify-style explainer with a chart caption)
Y24 = "January to December 2024 (2024, last year; Home Office statistics"
Y23 = "January to December 2023 (2023; Home Office statistics"
Y22 = "January to December 2022 (2022, the peak; Home Office statistics"
CHART = "; chart caption)"
LAB = "5 July to 31 December 2024 (last year's arrivals after the new government took office"

# 02 (Tuesday 12 August 2025; Guardian-style report from Gravelines)
JJ25 = "January to July 2025 (the first seven months of the year; the prefecture of the Nord)"
SF2 = "1 January to 11 August 2025 (this year"

# 03 (Thursday 5 February 2026; Independent-style)
PILOT = "6 August 2025 to 4 February 2026 (since the 'one in, one out' pilot began"

# 04 (Sunday 19 April 2026; Sky-style live blog; "Saturday" is 18 April 2026)
SAT = "18 April 2026 (Saturday"
KP = "; key points)"
SF4 = "1 January to 18 April 2026 (running total for 2026"

# 05 (Monday 1 June 2026; Kent local paper; "Saturday" is 30 May 2026)
SAT5 = "30 May 2026 (Saturday"
MAY = "May 2026 (the total for May; Home Office)"

# 06 (Friday 21 August 2026; Express-style; "Thursday"/"yesterday" is 20 August 2026)
THU = "20 August 2026 (Thursday"
SF6 = "1 January to 20 August 2026 (so far this year"
GRAV = "off Gravelines"

# 07 (Wednesday 18 November 2026; Northern Irish paper; Home Office release of Thursday 12 November 2026)
YES = "October 2025 to September 2026 (the year ending September 2026; Home Office statistics"
BOX = "; fact box)"
SEP = "30 September 2026 (the end of September; Home Office figures)"

ARTICLES = {
    "01-the-ophicleide-verify-channel-crossings-2024-explainer": dict(
        meta=dict(url="https://www.theophicleide.example/news/articles/verify-channel-crossings-2024-figures-c4x8n2q7",
                  title="Channel crossings: What last year's small boat figures do and don't show",
                  publisher="The Ophicleide", author="Perpetua Hollingdrake-Sesay", published_date="2025-01-23"),
        labels=[
            L("36,816", 36816, E, P, SBA, Y24 + ")", occ=0),
            L("25%", 25, E, PCT, CHG, "2024 vs 2023 (up; Home Office statistics)"),
            L("29,437", 29437, E, P, SBA, Y23 + ")", occ=0),
            L("about a fifth", -20, AP, PCT, CHG, "2024 vs 2022 (lower than the peak; Home Office statistics)"),
            L("45,774", 45774, E, P, SBA, Y22 + ")", occ=0),
            L("299", 299, E, P, SBA, "January to December 2018 (2018; Home Office" + CHART),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (2022, a high; Home Office" + CHART, occ=1),
            L("29,437", 29437, E, P, SBA, "January to December 2023 (2023; Home Office" + CHART, occ=1),
            L("36,816", 36816, E, P, SBA, "January to December 2024 (2024; Home Office" + CHART, occ=1),
            L("151,161", 151161, E, P, SBA, "2018 to 2024 (the annual totals added together since publication began in 2018)"),
            L("more than 150,000", 150000, MT, P, SBA, "2018 to January 2025 (have now reached Britain this way)"),
            L("695", 695, E, BOATS, SBC, "January to December 2024 (last year)"),
            L("1,110", 1110, E, BOATS, SBC, "January to December 2022 (2022)"),
            L("53", 53, E, PPB, SBO, "January to December 2024 (2024, the average boat)"),
            L("49", 49, E, PPB, SBO, "January to December 2023 (2023, the average boat)"),
            L("41", 41, E, PPB, SBO, "January to December 2022 (2022, the average boat)"),
            L("30", 30, E, PPB, SBO, "about 2018 (when he started looking at this, a remarkable dinghy; Dr Ansel Vandermeer-Quaye)"),
            R("between 70 and 80", 70, 80, PPB, SBO, "January 2025 (today, routinely; Dr Ansel Vandermeer-Quaye)"),
            L("at least 78", 78, AL, P, SBD, "January to December 2024 (last year; International Organization for Migration)", geo=CH),
            L("5,882", 5882, E, P, "small_boat_arrivals_afghan", Y24 + ", Afghans)"),
            L("16%", 16, E, PCT, "small_boat_arrivals_share_afghan", Y24 + ", of the total)"),
            L("4,569", 4569, E, P, "small_boat_arrivals_syrian", Y24 + ", Syrians)"),
            L("3,902", 3902, E, P, "small_boat_arrivals_iranian", Y24 + ", Iranians)"),
            L("3,297", 3297, E, P, "small_boat_arrivals_vietnamese", Y24 + ", Vietnamese)"),
            L("3,112", 3112, E, P, "small_boat_arrivals_eritrean", Y24 + ", Eritreans)"),
            L("56%", 56, E, PCT, "small_boat_arrivals_share_top_five_nationalities", Y24 + ", the five nationalities)"),
            L("more than half", 50, MT, PCT, "small_boat_arrivals_share_top_five_nationalities", Y24 + ", the five nationalities)"),
            L("more than doubled", 2, MT, RATIO, "small_boat_arrivals_vietnamese_ratio", "2024 vs 2023 (Vietnamese arrivals)"),
            L("1,323", 1323, E, P, "small_boat_arrivals_vietnamese", "January to December 2023 (the year before)"),
            L("Two-thirds", 200 / 3, E, PCT, "small_boat_arrivals_share_since_election", LAB + "; the claim; cross-head)"),
            L("two-thirds", 200 / 3, E, PCT, "small_boat_arrivals_share_since_election", LAB + ", on Labour's watch; a Conservative frontbencher)", ctx="\"two-thirds of last"),
            L("13,489", 13489, E, P, SBA, "1 January to 4 July 2024 (by 4 July, polling day; the Home Office's daily figures)"),
            L("23,327", 23327, E, P, SBA, "5 July to 31 December 2024 (from the date the new government took office to 31 December; the Home Office's daily figures)"),
            L("about 63%", 63, AP, PCT, "small_boat_arrivals_share_since_election", LAB + "; of the year's arrivals)"),
            L("two-thirds", 200 / 3, E, PCT, "small_boat_arrivals_share_since_election", LAB + "; the claim's figure, a little short of)", ctx="short of two-thirds"),
            L("Almost 40,000", 40000, ALM, P, SBA, "January to December 2024 (the claim; cross-head)"),
            L("almost 40,000", 40000, ALM, P, SBA, "January to December 2024 (2024; a Reform UK post)"),
            L("36,816", 36816, E, P, SBA, "January to December 2024 (the published figure; Home Office)", occ=2),
            L("about 3,200", 3200, AP, P, "small_boat_arrivals_shortfall_against_claim", "January to December 2024 (the post overstated the total by)"),
            L("1,148", 1148, E, P, SBA, "1 to 22 January 2025 (by 22 January, this year)"),
            L("948", 948, E, P, SBA, "1 to 22 January 2024 (by the same date in 2024)"),
            L("about 21%", 21, AP, PCT, CHG, "1-22 January 2025 vs 1-22 January 2024 (higher)"),
        ]),
    "02-the-sackbut-french-beaches-gravelines-patrol": dict(
        meta=dict(url="https://www.thesackbut.example/uk-news/2025/aug/12/gravelines-french-police-beaches-small-boats-patrol",
                  title="'We stop some, and the rest we watch go': a night with the officers guarding France's beaches",
                  publisher="The Sackbut", author="Lucasta Wetherby-Mbeki", published_date="2025-08-12"),
        labels=[
            L("more than 14,000", 14000, MT, P, STOP, "January to July 2025 (between January and July; standfirst)", geo=FR),
            L("40 or so", 40, AP, P, ONE, "August 2025 (the first boat of the night on the reporter's patrol, wading out to meet it)", geo="Gravelines"),
            L("14,318", 14318, E, P, STOP, JJ25, geo=FR),
            L("9%", 9, E, PCT, STOP + "_change", "January to July 2025 vs January to July 2024 (up; the prefecture of the Nord)", geo=FR),
            L("13,140", 13140, E, P, STOP, "January to July 2024 (the same seven months of 2024; the prefecture of the Nord)", geo=FR),
            L("25,436", 25436, E, P, SBA, "1 January to 31 July 2025 (by the end of July; Home Office data)"),
            L("46%", 46, E, PCT, CHG, "1 January to 31 July 2025 vs the equivalent date of 2024 (more than; Home Office data)"),
            L("17,415", 17415, E, P, SBA, "1 January to 31 July 2024 (by the equivalent date of 2024; Home Office data)"),
            L("roughly 36%", 36, AP, PCT, "small_boat_launch_attempts_share_prevented", "January to July 2025 (of the people who try to leave, the two sets of numbers)", geo=FR),
            L("43%", 43, E, PCT, "small_boat_launch_attempts_share_prevented", "January to July 2024 (a year earlier)", geo=FR),
            L("15", 15, E, BOATS, "small_boat_launch_attempts", "per night (a good night for the smugglers, along this part of the coast; Capitaine Aurelien Desrosiers-Mbaye)", geo=FR),
            R("four or five", 4, 5, BOATS, "small_boat_launches_prevented", "per night (we stop perhaps; Capitaine Aurelien Desrosiers-Mbaye)", geo=FR),
            L("about 60%", 60, AP, PCT, "small_boat_launches_share_taxi_boats", "August 2025 (departures now; the prefecture estimates)", geo=FR),
            L("61", 61, E, PPB, SBO, SF2 + ", an average per boat; Home Office figures)"),
            L("53", 53, E, PPB, SBO, "January to December 2024 (across 2024, an average per boat; Home Office figures)"),
            L("at least 17", 17, AL, P, SBD, SF2 + ", since the New Year; the French coastguard)", geo=CH),
            L("£476m", 476000000, E, GBP, "uk_funding_to_france", "2023 to 2026 (across three years, under a 2023 deal)", geo=FR),
            L("about 700", 700, AP, P, "enforcement_officers_extra", "2023 to August 2025 (extra officers paid for by the UK money)", geo=FR),
            V("hundreds", 200, 900, BOATS, "small_boats_abandoned_cleared", "per year (abandoned dinghies cleared from its beaches; the town hall)", geo="Gravelines"),
            V("thousands", 2000, 9000, "other:life_jackets", "life_jackets_cleared", "per year (from its beaches; the town hall)", ctx="thousands of life jackets", geo="Gravelines"),
            L("€280,000", 280000, E, EUR, "council_small_boat_debris_clearance_cost", "per year (the clean-up; the town hall)", geo="Gravelines"),
            L("11,000", 11000, E, P, "population", "August 2025 (a town of; the deputy mayor, Solange Vercauteren-Diallo)", geo="Gravelines"),
            L("around 2,000", 2000, AP, P, "calais_dunkirk_camp_population", "August 2025 (sleeping in woodland camps between Loon-Plage and Calais; aid workers estimate)", geo=FR),
            V("thousands", 2000, 9000, P, "small_boat_crossings_prevented", "2025 (French officers are preventing; a Home Office spokesperson)", ctx="thousands of crossings", geo=FR),
        ]),
    "03-the-encore-one-in-one-out-returns-six-months": dict(
        meta=dict(url="https://www.theencore.example/news/uk/home-news/one-in-one-out-returns-france-small-boats-six-months-b2914470.html",
                  title="Only one in 57 Channel migrants sent back under 'one in, one out' deal six months on",
                  publisher="The Encore", author="Fenella Gascoyne-Abiodun", published_date="2026-02-05"),
        labels=[
            L("one in 57", 100 / 57, E, PCT, "returns_france_share_of_small_boat_arrivals", PILOT + ", sent back; headline)", ctx="Only one in 57"),
            L("264", 264, E, P, RF, PILOT + " in August, flown to France; standfirst)", occ=0),
            L("264", 264, E, P, RF, PILOT + ", flown back; the Home Office)", occ=1),
            L("15,130", 15130, E, P, SBA, PILOT + ", over the same period)"),
            L("roughly one in 57", 100 / 57, AP, PCT, "returns_france_share_of_small_boat_arrivals", PILOT + ", sent back)"),
            L("231", 231, E, P, "uk_france_legal_route_arrivals", PILOT + ", admitted to Britain from France via the scheme's safe route)"),
            L("up to 50", 50, AM, P, "returns_france_weekly_cap", "per week (at the start, as officials briefed when the treaty was signed)"),
            L("about 2,600", 2600, AP, P, "returns_france_annual_capacity", "per year (if the rate were sustained)"),
            L("about 10", 10, AP, P, "returns_france_weekly_average", "per week (" + PILOT[PILOT.index("(") + 1:] + ", averaged in practice)"),
            L("71", 71, E, P, RF, "January 2026 (in January alone; a Home Office spokesperson)"),
            L("more than 1,100", 1100, MT, P, "returns_france_detained", PILOT + ", detained for return; a Home Office spokesperson)"),
            L("at least 86", 86, AL, P, "returns_france_legal_challenges", PILOT + ", detained under the scheme who brought legal challenges; freedom of information figures)"),
            L("19", 19, E, P, "returns_france_legal_challenges_succeeded", PILOT + ", have won; freedom of information figures)"),
            L("Seven", 7, E, P, "returns_france_crossed_again", PILOT + ", of those flown back have since made the trip again)"),
            L("Five", 5, E, P, "returns_france_returned_again", PILOT + ", removed a second time; officials)"),
            L("84", 84, E, P, "returns_france_eritrean", PILOT + ", Eritreans, the largest group of returnees)"),
            L("almost a third", THIRD, ALM, PCT, "returns_france_share_eritrean", PILOT + ", of the total returned)"),
            L("41", 41, E, P, "returns_france_afghan", PILOT + ", Afghans)"),
            L("£4.1m", 4100000, E, GBP, "returns_france_cost", PILOT + ", so far; answers to written parliamentary questions)"),
            L("roughly £15,500", 15500, AP, GBP, "returns_france_cost_per_person", PILOT + ", for each person returned)"),
            L("More than 15,000", 15000, MT, P, SBA, PILOT + ", have come across since this scheme started; the shadow home secretary)"),
            L("fewer than 270", 270, LT, P, RF, PILOT + ", have gone back; the shadow home secretary)"),
            L("almost 80", 80, ALM, YEARS, "returns_france_years_to_match_annual_arrivals", "February 2026 (at this rate, to return a single year's arrivals; the shadow home secretary)"),
            L("41,472", 41472, E, P, SBA, "January to December 2025 (2025; Home Office data)"),
            L("13%", 13, E, PCT, CHG, "2025 vs 2024 (up; Home Office data)"),
            L("1,013", 1013, E, P, SBA, "January 2026 (January's total, last month)"),
            L("28%", -28, E, PCT, CHG, "January 2026 vs January 2025 (down)"),
            L("1,407", 1407, E, P, SBA, "January 2025 (January 2025)"),
        ]),
    "04-glockenspiel-news-live-busiest-day-2026-summary": dict(
        meta=dict(url="https://news.glockenspiel.example/story/channel-migrants-live-867-cross-on-busiest-day-of-2026-so-far-13502217",
                  title="Channel migrants live: 867 cross on busiest day of 2026 so far; man dies off French coast",
                  publisher="Glockenspiel News", author="Cosima Threlkeld-Okonkwo; Barnaby Ashcombe-Fofanah", published_date="2026-04-19"),
        labels=[
            L("867", 867, E, P, SBA, SAT + ", busiest day of 2026 so far; headline)", occ=0),
            L("867", 867, E, P, SBA, SAT + "; Home Office figures" + KP, occ=1),
            L("13", 13, E, BOATS, SBC, SAT + "; Home Office figures" + KP, occ=0),
            L("712", 712, E, P, SBA, "3 March 2026 (the previous 2026 high" + KP),
            L("2,214", 2214, E, P, SBA, "12 to 18 April 2026 (the last seven days" + KP, occ=0),
            L("more than double", 2, MT, RATIO, "small_boat_arrivals_ratio", "12-18 April 2026 vs January 2026 (the last seven days against January's total" + KP),
            L("1,013", 1013, E, P, SBA, "January 2026 (January's total" + KP),
            L("8,906", 8906, E, P, SBA, SF4 + KP, occ=0),
            L("10%", -10, E, PCT, CHG, "1 January to 18 April 2026 vs the same point in 2025 (down" + KP, occ=0),
            L("One", 1, E, P, SBD, SAT + ", off Wimereux; French authorities" + KP, ctx="One man died off", geo=FR),
            L("passed 400", 400, MT, P, RF, "6 August 2025 to 19 April 2026 (returns to France under 'one in, one out'" + KP),
            L("13", 13, E, BOATS, SBC, SAT + "; the Home Office; summary)", occ=1),
            L("867", 867, E, P, SBA, SAT + "; the Home Office; summary)", occ=2),
            L("about 67", 67, AP, PPB, SBO, SAT + ", an average on each; the Home Office)"),
            L("1,295", 1295, E, P, SBA, "22 August 2022 (the busiest day on record)"),
            L("2,214", 2214, E, P, SBA, "12 to 18 April 2026 (the week's total)", occ=1),
            L("nearly a quarter", 25, ALM, PCT, "small_boat_arrivals_share_last_seven_days", "12-18 April 2026 (of all arrivals this year, in the past seven days)"),
            L("8,906", 8906, E, P, SBA, "1 January to 18 April 2026 (arrivals for the year)", occ=1),
            L("9,946", 9946, E, P, SBA, "1 January to 18 April 2025 (at the same point last year)"),
            L("10%", -10, E, PCT, CHG, "1 January to 18 April 2026 vs the same point in 2025 (a fall of)", occ=1),
            L("146", 146, E, P, STOP, SAT + ", held back; live-blog entry heading)", occ=0, geo=FR),
            L("146", 146, E, P, STOP, SAT + ", between Calais and Le Touquet; the préfecture maritime)", occ=1, geo=FR),
            L("four", 4, E, BOATS, "small_boats_disabled_before_launch", SAT + ", dinghies disabled before they could be launched; the préfecture maritime)", geo=FR),
            L("pass 400", 400, MT, P, RF, "6 August 2025 to 19 April 2026 (returns; live-blog entry heading)"),
            L("412", 412, E, P, RF, "6 August 2025 to 19 April 2026 (now flown back under the returns pilot; a Home Office spokesperson)"),
            L("23", 23, E, P, RF, "13 to 19 April 2026 (this week; a Home Office spokesperson)"),
            L("38", 38, E, P, SBA + "_revision", "17 April 2026 (Friday's count revised up; the Home Office)", ctx="up by 38"),
            L("305", 305, E, P, SBA, "17 April 2026 (Friday, revised; the Home Office)"),
            L("more than 45,000", 45000, MT, P, "small_boat_arrivals_projection", "January to December 2026 (this year, on current trends; Reform UK's home affairs spokesperson)"),
            L("One", 1, E, P, SBD, SAT + ", off Wimereux, south of Boulogne; French authorities)", ctx="One man died after", geo=FR),
            L("38", 38, E, P, SBR, SAT + ", other people from the same boat; the French lifeboat service)", ctx="picked up 38", geo=FR),
            L("Two", 2, E, P, "small_boat_casualties_hospitalised", SAT + ", taken to hospital in Boulogne)", geo=FR),
            L("at least 11", 11, AL, BOATS, SBC, "19 April 2026 (this morning alone, escorted into the harbour; our correspondent at Dover)", geo="Dover"),
        ]),
    "05-deal-bandstand-record-day-may-crossings-kent": dict(
        meta=dict(url="https://www.dealbandstand.example/news/dover/record-1-318-migrants-brought-ashore-in-a-single-day-as-may-crossings-reach-new-high-318224/",
                  title="Record 1,318 migrants brought ashore in a single day as May crossings reach new high",
                  publisher="Deal Bandstand", author="Tamsin Quarrendon-Adeyemi", published_date="2026-06-01"),
        labels=[
            L("1,318", 1318, E, P, SBA, SAT5 + ", in a single day, a record; headline)", occ=0),
            L("1,318", 1318, E, P, SBA, SAT5 + ", a record; the Home Office)", occ=1),
            L("19", 19, E, BOATS, SBC, SAT5 + "; the Home Office)"),
            L("about 69", 69, AP, PPB, SBO, SAT5 + ", an average in each; the Home Office)"),
            L("1,295", 1295, E, P, SBA, "22 August 2022 (the previous daily record, eclipsed)"),
            L("6,942", 6942, E, P, SBA, MAY, occ=0),
            L("41%", 41, E, PCT, CHG, "May 2026 vs May 2025 (a rise of)"),
            L("4,925", 4925, E, P, SBA, "May 2025 (May last year)"),
            L("16,480", 16480, E, P, SBA, "1 January to 31 May 2026 (so far in 2026, a record for the first five months of a year)"),
            L("11%", 11, E, PCT, CHG, "1 January to 31 May 2026 vs 1 January to 31 May 2025 (higher)"),
            L("14,812", 14812, E, P, SBA, "1 January to 31 May 2025 (by the end of May 2025)"),
            L("Some 104", 104, AP, BOATS, SBC, "May 2026 (boats that reached England during May)"),
            L("almost 67", 67, ALM, PPB, SBO, "May 2026 (an average each during May)"),
            L("3,106", 3106, E, P, SBA, "24 to 30 May 2026 (the week ending Saturday)"),
            L("nine", 9, E, LAUNCH, "rnli_lifeboat_launches", "30 to 31 May 2026 (over the weekend, the RNLI's Walmer and Dungeness lifeboats)", geo="Kent"),
            L("about 1,450", 1450, AP, P, "processing_site_population", "31 May 2026 (Sunday morning, Manston's processing site)", geo="Manston"),
            L("1,600", 1600, E, P, "processing_site_capacity", "31 May 2026 (a stated capacity, Manston's processing site)", geo="Manston"),
            L("64", 64, E, P, "small_boat_arrivals_unaccompanied_children", "30 to 31 May 2026 (over the weekend alone; Kent County Council)", geo="Kent"),
            L("512", 512, E, P, "unaccompanied_children_in_care", "1 June 2026 (now looking after; Kent County Council)", geo="Kent"),
            L("more than three times", 3, MT, RATIO, "unaccompanied_children_in_care_ratio", "1 June 2026 (children in care vs the number it can safely support; Kent County Council)", geo="Kent"),
            L("150", 150, E, P, "unaccompanied_children_safe_capacity", "1 June 2026 (the number it says it can safely support; Kent County Council)", geo="Kent"),
            L("fewer than 500", 500, LT, P, RF, "6 August 2025 to 1 June 2026 (sent back so far under the returns agreement; the MP for Dover and Deal)"),
            L("6,942", 6942, E, P, SBA, "May 2026 (in a single month; the MP for Dover and Deal)", occ=1),
            V("thousands", 2000, 9000, P, SBA, "30 to 31 May 2026 (lives put at risk over the weekend; a Home Office spokesperson)"),
            L("more than 50,000", 50000, MT, P, "returns", "July 2024 to June 2026 (since July 2024, deported or left of their own accord; a Home Office spokesperson)"),
            R("three or four", 3, 4, BOATS, "small_boats_at_sea_simultaneously", SAT5 + ", on the horizon at once; Morwenna Fairclough-Idowu)", geo="Deal"),
        ]),
    "06-daily-concertina-channel-deaths-coastguard-strain": dict(
        meta=dict(url="https://www.dailyconcertina.example/news/uk/2231907/channel-migrants-five-die-gravelines-coastguard-breaking-point",
                  title="FIVE die in Channel tragedy as more than 1,000 migrants cross and coastguard warns crews are at 'breaking point'",
                  publisher="Daily Concertina", author="Ignatius Fotheringay-Mensah", published_date="2026-08-21"),
        labels=[
            L("FIVE", 5, E, P, SBD, THU + ", " + GRAV + "; headline)", ctx="FIVE die", geo=FR),
            L("more than 1,000", 1000, MT, P, SBA, THU + "; headline)", occ=0),
            L("Five", 5, E, P, SBD, THU + ", " + GRAV + ", including a child; bullet point)", geo=FR),
            V("dozens", 24, 99, P, SBR, THU + ", pulled from the sea " + GRAV + "; bullet point)", ctx="dozens were pulled", geo=FR),
            L("At least 29", 29, AL, P, SBD, SF6 + ", in 2026; bullet point)", geo=CH),
            L("doubled", 2, E, RATIO, "coastguard_small_boat_incidents_ratio", "April 2025 to March 2026 vs April 2021 to March 2022 (call-outs, in four years; bullet point)", geo="Dover"),
            L("FIVE", 5, E, P, SBD, THU + " (yesterday), off the French coast)", ctx="FIVE migrants", geo=FR),
            L("more than 1,000", 1000, MT, P, SBA, THU + " (yesterday), crossed the Channel)", occ=1),
            L("72", 72, E, P, SBR, THU + ", rescued from the stricken boat " + GRAV + "; French maritime authorities)", geo=FR),
            L("four", 4, E, P, "small_boat_survivors_hospitalised", THU + ", taken to hospital in Dunkirk; French maritime authorities)", ctx="and four were", geo=FR),
            L("around 80", 80, AP, P, ONE, THU + ", set off with on board, the boat " + GRAV + ")", geo=FR),
            L("five", 5, E, P, SBD, THU + " (yesterday), at Gravelines; image caption)", geo=FR),
            L("1,007", 1007, E, P, SBA, THU + "; Home Office figures)"),
            L("15", 15, E, BOATS, SBC, THU + "; Home Office figures)"),
            L("67", 67, E, PPB, SBO, THU + ", an average per boat; Home Office figures)"),
            L("27,934", 27934, E, P, SBA, SF6 + ", the 2026 tally; Home Office figures)"),
            L("142", -142, E, P, CHG, "1 January to 20 August 2026 vs the same date in 2025 (behind last year's pace)"),
            L("28,076", 28076, E, P, SBA, "1 January to 20 August 2025 (by the same date last year)"),
            L("at least 29", 29, AL, P, SBD, SF6 + ", on the route; the Missing Migrants Project, International Organization for Migration)", geo=CH),
            L("24", 24, E, P, SBD, "1 January to 20 August 2025 (by this point in 2025; International Organization for Migration)", geo=CH),
            L("78", 78, E, P, SBD, "January to December 2024 (2024, the worst year for deaths)", geo=CH),
            L("more than 700", 700, MT, P, RF, "6 August 2025 to 21 August 2026 (now flown to France through 'one in, one out'; the department)"),
            L("486", 486, E, INC, "coastguard_small_boat_incidents", "April 2025 to March 2026 (the 12 months to March, co-ordinated by its Dover team; HM Coastguard figures)", geo="Dover"),
            L("double", 2, E, RATIO, "coastguard_small_boat_incidents_ratio", "April 2025 to March 2026 vs April 2021 to March 2022 (HM Coastguard figures)", ctx="double the 243", geo="Dover"),
            L("243", 243, E, INC, "coastguard_small_boat_incidents", "April 2021 to March 2022 (2021-22; HM Coastguard figures)", geo="Dover"),
            L("£13.9m", 13900000, E, GBP, "coastguard_channel_operation_cost", "April 2025 to March 2026 (2025/26)"),
            L("£10.7m", 10700000, E, GBP, "coastguard_channel_operation_cost", "April 2024 to March 2025 (the year before)"),
            L("30%", 30, E, PCT, "coastguard_channel_operation_cost_change", "2025/26 vs 2024/25 (up)"),
            L("30", 30, E, BOATS, "small_boats_at_sea_simultaneously", "2026 (on a day like yesterday, in the water at the same time; a senior coastguard officer)", ctx="have 30 boats", geo=CH),
            R("one or two", 1, 2, INC, "coastguard_small_boat_incidents", "per month (when he joined; a senior coastguard officer)", geo=CH),
            V("dozens", 24, 99, INC, "coastguard_small_boat_incidents", "per day (now in summer; a senior coastguard officer)", ctx="it's dozens a day", geo=CH),
            L("118", 118, E, LAUNCH, "rnli_lifeboat_launches", SF6 + ", to small boats, Dover, Walmer and Dungeness lifeboats; the RNLI)", geo="Kent"),
            L("more than 1,900", 1900, MT, P, SBR, SF6 + ", rescued by the Dover, Walmer and Dungeness lifeboats; the RNLI)"),
            L("More than 19,000", 19000, MT, P, STOP, "1 January to 21 August 2026 (since January, prevented from leaving French beaches; police in Calais and Dunkirk)", geo=FR),
            L("Almost 28,000", 28000, ALM, P, SBA, SF6 + "; the shadow home secretary)"),
            V("a few hundred", 200, 900, P, RF, "6 August 2025 to 21 August 2026 (returns ministers celebrate; the shadow home secretary)"),
        ]),
    "07-portadown-lambeg-channel-nationalities-northern-ireland": dict(
        meta=dict(url="https://www.portadownlambeg.example/news/northern-ireland/eritreans-now-largest-group-crossing-channel-sudanese-top-list-northern-ireland-4870213",
                  title="Eritreans now the largest group crossing the Channel, while Sudanese top the list in Northern Ireland's asylum housing",
                  publisher="Portadown Lambeg", author="Orla McCandless-Oyewole", published_date="2026-11-18"),
        labels=[
            L("42,815", 42815, E, P, SBA, YES + ")"),
            L("8%", 8, E, PCT, CHG, "year ending September 2026 vs year ending September 2025 (up; Home Office statistics)"),
            L("39,642", 39642, E, P, SBA, "October 2024 to September 2025 (the previous 12 months; Home Office statistics)"),
            L("664", 664, E, BOATS, SBC, YES + ")"),
            L("7,134", 7134, E, P, "small_boat_arrivals_eritrean", YES + ", Eritreans, the largest group)", occ=0),
            L("about one in six", SIXTH, AP, PCT, "small_boat_arrivals_share_eritrean", YES + ", of all arrivals)"),
            L("6,212", 6212, E, P, "small_boat_arrivals_afghan", YES + ", Afghans)", occ=0),
            L("61%", 61, E, PCT, "small_boat_arrivals_sudanese_change", "year ending September 2026 vs year ending September 2025 (Sudanese arrivals rose)", ctx="rose 61%"),
            L("5,580", 5580, E, P, "small_boat_arrivals_sudanese", YES + ", Sudanese)", occ=0),
            L("nearly four times", 4, ALM, RATIO, "small_boat_arrivals_sudanese_ratio", "year ending September 2026 vs year ending September 2022 (Sudanese arrivals)"),
            L("44%", 44, E, PCT, "small_boat_arrivals_share_top_three_nationalities", YES + ", the three largest nationalities together)"),
            L("a third", -THIRD, E, PCT, "small_boat_arrivals_vietnamese_change", "year ending September 2026 vs year ending September 2025 (Vietnamese arrivals fell by)", ctx="by a third"),
            L("2,090", 2090, E, P, "small_boat_arrivals_vietnamese", YES + ", Vietnamese)", occ=0),
            L("three-quarters", 75, E, PCT, "small_boat_arrivals_share_adult_men", YES + ", adult men)"),
            L("Some 4,110", 4110, AP, P, "small_boat_arrivals_children", YES + ", children)"),
            L("roughly one in 10", 10, AP, PCT, "small_boat_arrivals_share_children", YES + ", children)"),
            L("84%", 84, E, PCT, "small_boat_arrivals_children_share_unaccompanied", YES + ", of the children, with no adult relative)"),
            L("61%", 61, E, PCT, "small_boat_arrivals_initial_decisions_share_granted", YES + ", claims from small boat arrivals decided in the year resulting in protection)", ctx="year, 61%"),
            L("well over 90%", 90, MT, PCT, "small_boat_arrivals_initial_decisions_share_granted_eritrean_sudanese", YES + ", the grant rate for Eritreans and Sudanese)"),
            L("7,134", 7134, E, P, "small_boat_arrivals_eritrean", YES + ", Eritrea" + BOX, occ=1),
            L("6,212", 6212, E, P, "small_boat_arrivals_afghan", YES + ", Afghanistan" + BOX, occ=1),
            L("5,580", 5580, E, P, "small_boat_arrivals_sudanese", YES + ", Sudan" + BOX, occ=1),
            L("3,904", 3904, E, P, "small_boat_arrivals_iranian", YES + ", Iran" + BOX),
            L("2,090", 2090, E, P, "small_boat_arrivals_vietnamese", YES + ", Vietnam" + BOX, occ=1),
            L("2,410", 2410, E, P, "asylum_support_population", SEP, geo=NI),
            L("just over 2%", 2, MT, PCT, "asylum_support_population_share_northern_ireland", SEP.replace("(the end", "(of the UK total, the end")),
            L("112,900", 112900, E, P, "asylum_support_population", SEP.replace("(the end", "(the UK total, the end")),
            L("About 1,900", 1900, AP, P, "asylum_support_population", SEP.replace("(the end", "(in Belfast, the end"), geo="Belfast"),
            L("about one in five", 20, AP, PCT, "asylum_support_population_share_sudanese", "November 2026 (now, Sudanese people among those supported)", geo=NI),
            L("186", 186, E, P, "asylum_support_population", SEP.replace("(the end", "(being supported, the end"), geo="Armagh City, Banbridge and Craigavon"),
            L("40", 40, E, FAM, "refugee_charity_families_supported", "November 2024 (two years ago; Gráinne Tumelty-Abara, Bann Valley Welcome)", geo="Portadown"),
            L("more than 110", 110, MT, FAM, "refugee_charity_families_supported", "November 2026 (today; Gráinne Tumelty-Abara, Bann Valley Welcome)", geo="Portadown"),
            L("more than 80%", 80, MT, PCT, "asylum_applications_share_via_northern_ireland", "2024 (asylum applicants in the Republic who had travelled south across the land border; Irish ministers)", geo="Ireland"),
            L("£1.2m", 1200000, E, GBP, "refugee_integration_strategy_funding", "2026 (this year; a Department for Communities spokesperson)", geo=NI),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
