#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the two-hundred-and-second hand-labelled hold-out set (holdout202).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, THIRD, SIXTH,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, AC)

UK, CH, FR, ENG, WAL, SCO = "UK", "English Channel", "France", "England", "Wales", "Scotland"
SBO, SBD, SBR = "small_boat_occupancy", "small_boat_deaths", "small_boat_rescues"
ONE = "small_boat_passengers_single_boat"
LAUNCH, HH, FAM = "other:launches", "other:households", "other:families"
CSU = "charity_service_users"

# 01 (Saturday 20 April 2024; Guardian-style weekend feature)
Y23 = "January to December 2023 (last year; Home Office figures)"
SF24 = "1 January to 20 April 2024 (so far this year"

# 02 (Wednesday 15 January 2025; PA copy; charity annual report for the year ending September 2024)
OS = "Open Shores annual report"
YE24 = "October 2023 to September 2024 (the year ending September 2024; " + OS + ")"
YE23 = "October 2022 to September 2023 (the previous 12 months, a year earlier; " + OS + ")"

# 03 (Thursday 17 October 2024; BBC-style; the boats came on Tuesday 15 October 2024)
TUE = "15 October 2024 (Tuesday"
SF3 = "1 January to 17 October 2024 (this year"

# 04 (Saturday 20 September 2025; live blog)
TODAY = "20 September 2025 (today"
SF4 = "1 January to 20 September 2025 (so far this year"
KP = "; Key points)"

# 05 (Tuesday 17 March 2026; Scottish long read)
BUTE = "Bute"

# 06 (Monday 5 January 2026; Express-style)
Y25 = "January to December 2025 (2025, last year"
IOM = "International Organization for Migration"

# 07 (Wednesday 11 November 2026; Welsh feature)
YEJ26 = "July 2025 to June 2026 (the year ending June 2026; Home Office figures)"

ARTICLES = {
    "01-the-daymark-father-who-crossed-feature": dict(
        meta=dict(url="https://www.thedaymark.example/the-long-weekend/2024/apr/20/teacher-who-crossed-the-channel-twice",
                  title="'I counted the lights on the cliffs until there were none left': the teacher who crossed the Channel twice",
                  publisher="The Daymark", author="Ottoline Fairweather-Oyelaran", published_date="2024-04-20"),
        labels=[
            L("29,437", 29437, E, P, SBA, Y23),
            L("36%", -36, E, PCT, SBA + "_change", "2023 vs 2022 (down on 2022; Home Office figures)"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (2022; Home Office figures)"),
            L("61", 61, E, P, ONE, "14 September 2023 (Yasir's dinghy; Yasir)"),
            L("49", 49, E, PPB, SBO, "January to December 2023 (across the whole of last year, an average per boat; Home Office)"),
            L("54", 54, E, PPB, SBO, SF24 + ", the figure, an average per boat; Home Office)"),
            L("1,647", 1647, E, P, "small_boat_arrivals_sudanese", "January to December 2023 (2023; Home Office data)"),
            L("roughly one in 18", 100 / 18, AP, PCT, "small_boat_arrivals_share_sudanese", "January to December 2023 (of all arrivals; Home Office data)"),
            L("almost four times", 4, ALM, RATIO, "small_boat_arrivals_sudanese_ratio", "2023 vs 2021 (Home Office data)"),
            L("99%", 99, E, PCT, "asylum_grant_rate_sudanese", "January to December 2023 (last year, initial grant rate; Home Office data)"),
            L("98,599", 98599, E, "other:cases", "asylum_backlog", "31 December 2023 (the end of last year, claims awaiting an initial decision; the Home Office)"),
            L("more than 128,000", 128000, MT, P, "asylum_backlog", "31 December 2023 (the end of last year, people covered; the Home Office)"),
            L("more than 3,400", 3400, MT, "other:placements", "refugee_hosting_placements", "2016 to April 2024 (since it began in 2016; the hosting charity)", geo=ENG),
            L("about a fifth", 20, AP, PCT, "refugee_hosting_placements_share_last_12_months", "April 2023 to April 2024 (in the last 12 months; the hosting charity)", geo=ENG),
            L("At least 12", 12, AL, P, SBD, "January to December 2023 (last year; the French authorities)", geo=CH),
            L("at least 15", 15, AL, P, SBD, "1 January to 20 April 2024 (already this year; the French authorities)", geo=CH),
            L("More than 5,900", 5900, MT, P, SBA, "1 January to 20 April 2024 (so far in 2024; the Home Office)"),
            L("about 4%", 4, AP, PCT, SBA + "_change", "1 January to 20 April 2024 vs the same date in 2023 (ahead; the Home Office)"),
        ]),
    "02-harwich-buoy-pa-charity-annual-report": dict(
        meta=dict(url="https://www.harwichbuoy.example/news/uk-news/record-number-of-new-refugees-turned-to-charity-after-losing-home-office-housing-annual-report-shows-4471902",
                  title="Record number of new refugees turned to charity after losing Home Office housing, annual report shows",
                  publisher="Harwich Buoy", author="Rosalind Penhallow-Achebe", published_date="2025-01-15"),
        labels=[
            L("just over a third", THIRD, MT, PCT, CSU + "_share_new_refugees_facing_eviction", YE24.replace("(the year", "(last year, the year"), geo=ENG),
            L("18,240", 18240, E, P, CSU, YE24, occ=0, geo=ENG),
            L("27%", 27, E, PCT, CSU + "_change", "year ending September 2024 vs year ending September 2023 (up; " + OS + ")", geo=ENG),
            L("14,360", 14360, E, P, CSU, YE23, geo=ENG),
            L("6,110", 6110, E, P, CSU + "_new_refugees_facing_eviction", YE24, geo=ENG),
            L("more than double", 2, MT, RATIO, CSU + "_new_refugees_facing_eviction_ratio", "year ending September 2024 vs a year earlier (" + OS + ")", geo=ENG),
            L("2,870", 2870, E, P, CSU + "_new_refugees_facing_eviction", YE23, geo=ENG),
            L("2,950", 2950, E, P, CSU + "_sleeping_rough", YE24, geo=ENG),
            L("1,240", 1240, E, P, CSU + "_sleeping_rough", YE23.replace("a year earlier", "the year before"), geo=ENG),
            L("18,240", 18240, E, P, CSU, "October 2023 to September 2024 (the year to September; " + OS + "; image caption)", occ=1, geo=ENG),
            L("£1.42m", 1420000, E, GBP, "charity_hardship_grants", YE24, geo=ENG),
            L("7,630", 7630, E, P, "charity_hardship_grant_recipients", YE24, geo=ENG),
            L("£186", 186, E, GBP, "charity_hardship_grant_average", YE24 + " an average each", geo=ENG),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week (self-catered accommodation, January 2025; " + OS + ")"),
            L("£8.86", 8.86, E, GBP, "asylum_support_weekly_allowance_catered", "per week (catered hotels, January 2025; " + OS + ")"),
            V("tens of thousands", 20000, 90000, P, "refugee_status_grants_expected", "January to December 2025 (this year, more people likely to be granted; " + OS + ")"),
            L("£9.8m", 9800000, E, GBP, "charity_income", YE24, geo=ENG),
            L("£8.1m", 8100000, E, GBP, "charity_income", YE23, geo=ENG),
            L("68%", 68, E, PCT, "charity_income_share_donations_legacies", YE24, geo=ENG),
            L("about 14%", 14, AP, PCT, "charity_income_share_public_contracts", YE24, geo=ENG),
            L("£10.3m", 10300000, E, GBP, "charity_expenditure", YE24, geo=ENG),
            L("£500,000", 500000, E, GBP, "charity_reserves_drawn", YE24, geo=ENG),
            L("2,140", 2140, E, P, "charity_volunteers", YE24, geo=ENG),
            L("310,000", 310000, E, "other:hours", "charity_volunteer_hours", YE24.replace("(the", "(an estimated, the"), geo=ENG),
            R("between 2,000 and 3,000", 2000, 3000, "other:calls", "charity_advice_line_calls", "per month (" + YE24[YE24.index("the year"):], geo=ENG),
            L("740", 740, E, P, CSU, YE24.replace("(the", "(Colchester service, the"), geo="Colchester"),
            L("19%", 19, E, PCT, CSU + "_change", "year ending September 2024 vs the year before (Colchester service, up; " + OS + ")", geo="Colchester"),
            L("about one in 25", 4, AP, PCT, CSU + "_share_colchester", YE24.replace("(the", "(of its clients nationally, the"), geo=ENG),
            L("10,780", 10780, E, HH, "refugees_homeless_after_leaving_asylum_support", "April 2023 to March 2024 (2023-24; government figures)", geo=ENG),
            L("6,150", 6150, E, HH, "refugees_homeless_after_leaving_asylum_support", "April 2022 to March 2023 (2022-23; government figures)", geo=ENG),
            L("75%", 75, E, PCT, "refugees_homeless_after_leaving_asylum_support_change", "2023-24 vs 2022-23 (a rise of; government figures)", geo=ENG),
        ]),
    "03-the-fog-signal-channel-deaths-lifeboat-rescues": dict(
        meta=dict(url="https://www.thefogsignal.example/news/articles/c7k2m9q4xd0o",
                  title="Four die in Channel as lifeboats pull more than 130 people from boats in a day",
                  publisher="The Fog Signal", author="Rowena Treharne-Adebayo", published_date="2024-10-17"),
        labels=[
            L("Four", 4, E, P, SBD, TUE + "; headline)", occ=0, geo=CH),
            L("more than 130", 130, MT, P, SBR, TUE + ", in a day; headline)"),
            L("137", 137, E, P, SBR, TUE + " evening, brought ashore by RNLI crews; image caption)", occ=0),
            L("Four", 4, E, P, SBD, TUE + ", near Boulogne-sur-Mer; the French authorities)", occ=1, geo=FR),
            L("49", 49, E, P, SBR, TUE + ", picked up by French rescuers; the maritime prefecture)", geo=FR),
            L("two", 2, E, P, "small_boat_casualties_hospitalised", TUE + ", treated in hospital in Boulogne-sur-Mer; the maritime prefecture)", geo=FR),
            L("886", 886, E, P, SBA, TUE + "; Home Office figures)"),
            L("14", 14, E, BOATS, SBC, TUE + "; Home Office figures)"),
            L("63", 63, E, PPB, SBO, TUE + ", an average per boat; Home Office figures)"),
            L("11", 11, E, BOATS, "coastguard_small_boats_handled", TUE + ", in English waters; HM Coastguard)"),
            L("six", 6, E, LAUNCH, "rnli_lifeboat_launches", TUE + ", lifeboats from Dover and Dungeness)"),
            L("137", 137, E, P, SBR, TUE + ", brought ashore by RNLI crews)", occ=1),
            L("more than 70", 70, MT, P, ONE, TUE + ", one of the boats reached; Fenwick Okonjo-Marsh, Dover lifeboat)"),
            L("At least 56", 56, AL, P, SBD, SF3 + "; " + IOM + ")", geo=CH),
            L("more than four times", 4, MT, RATIO, SBD + "_ratio", "2024 so far vs 2023 (" + IOM + ")", geo=CH),
            L("12", 12, E, P, SBD, "January to December 2023 (the whole of 2023; " + IOM + ")", ctx="the 12 deaths", geo=CH),
            L("Almost half", 50, ALM, PCT, SBD + "_share_inside_boats", SF3 + "'s victims; French officials)", geo=CH),
            L("248", 248, E, LAUNCH, "rnli_lifeboat_launches", "January to December 2023 (2023, Dover, Walmer and Dungeness to small boats; the RNLI)"),
            L("about 3,100", 3100, AP, P, SBR, "January to December 2023 (2023, Dover, Walmer and Dungeness crews; the RNLI)"),
            L("231", 231, E, LAUNCH, "rnli_lifeboat_launches", SF3 + ", already; the RNLI)"),
            L("roughly three-quarters", 75, AP, PCT, "coastguard_search_rescue_taskings_share_small_boats", "October 2023 to September 2024 (the 12 months to September; HM Coastguard)", geo="Dover Strait"),
            L("26,612", 26612, E, P, SBA, "1 January to 16 October 2024 (since New Year's Day; Home Office figures)"),
            L("4%", 4, E, PCT, SBA + "_change", "1 January to 16 October 2024 vs the equivalent date in 2023 (up; Home Office figures)"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (2022, the record; Home Office figures)"),
            L("more than 17,000", 17000, MT, P, "small_boat_launch_attempts_stopped_people", "1 January to 17 October 2024 (since January; the French interior ministry)", geo=FR),
        ]),
    "04-walmer-cardinal-live-busy-crossing-day": dict(
        meta=dict(url="https://www.walmercardinal.example/live/channel-crossings-live-more-than-1000-cross-in-a-day-13422871",
                  title="Channel crossings live: More than 1,000 people cross in a day as 'one in, one out' deal faces first big test",
                  publisher="Walmer Cardinal", author="Jessamy Kittredge-Osei; Barnaby Lowther-Nwankwo", published_date="2025-09-20"),
        labels=[
            L("More than 1,000", 1000, MT, P, SBA, TODAY + ", in a day; headline)"),
            L("1,072", 1072, E, P, SBA, TODAY + "; Home Office" + KP, occ=0),
            L("16", 16, E, BOATS, SBC, TODAY + "; Home Office" + KP, occ=0),
            L("1,195", 1195, E, P, SBA, "31 May 2025 (31 May" + KP, occ=0),
            L("32,103", 32103, E, P, SBA, SF4 + KP, occ=0),
            L("38%", 38, E, PCT, SBA + "_change", "1 January to 20 September 2025 vs the same point in 2024 (up" + KP, occ=0),
            L("212", 212, E, P, "small_boat_launch_attempts_stopped_people", TODAY + ", on the beaches; French police" + KP, occ=0, geo=FR),
            L("1,072", 1072, E, P, SBA, TODAY + "; the Home Office)", occ=1),
            L("16", 16, E, BOATS, SBC, TODAY + "; the Home Office)", occ=1),
            L("67", 67, E, PPB, SBO, TODAY + ", an average per boat; the Home Office)"),
            L("32,103", 32103, E, P, SBA, SF4 + ", this year's running total; the Home Office)", occ=1),
            L("38%", 38, E, PCT, SBA + "_change", "1 January to 20 September 2025 vs 1 January to 20 September 2024 (up; the Home Office)", occ=1),
            L("23,262", 23262, E, P, SBA, "1 January to 20 September 2024 (recorded by 20 September 2024; the Home Office)"),
            L("1,195", 1195, E, P, SBA, "31 May 2025 (31 May, a bigger day)", occ=1),
            L("92", 92, E, P, "returns_france_detained", "6 August to 20 September 2025 (since the scheme began in August; a Home Office minister)"),
            L("212", 212, E, P, "small_boat_launch_attempts_stopped_people", "20 September 2025 (this morning; the prefecture; live-blog entry heading)", occ=1, geo=FR),
            L("212", 212, E, P, "small_boat_launch_attempts_stopped_people", "20 September 2025 (this morning, between Dunkirk and Boulogne; the prefecture for the Pas-de-Calais)", occ=2, geo=FR),
            L("about one in four", 25, AP, PCT, "small_boat_launches_share_south_of_boulogne", "20 September 2025 (boats that reached the water, from near the Canche; the prefecture)", geo=FR),
            L("More than 50,000", 50000, MT, P, SBA, "5 July 2024 to 20 September 2025 (since Labour took office on 5 July last year; the shadow home secretary)"),
            L("at least nine", 9, AL, BOATS, SBC, TODAY + ", brought ashore at Dover so far; correspondent Philippa Dunmore-Achterberg)", geo="Dover"),
            L("three", 3, E, LAUNCH, "rnli_lifeboat_launches", "20 September 2025 (this morning, Dover and Walmer lifeboats; the RNLI)"),
            L("46", 46, E, P, SBA + "_revision", "18 September 2025 (Thursday's figure revised up; the Home Office)"),
            L("413", 413, E, P, SBA, "18 September 2025 (Thursday, revised; the Home Office)"),
            L("43,309", 43309, E, P, SBA, "July 2024 to June 2025 (the year ending June 2025; Home Office statistics)"),
            L("38%", 38, E, PCT, SBA + "_change", "year ending June 2025 vs year ending June 2024 (up on the previous year; Home Office statistics)", occ=2),
            L("almost half", 50, ALM, PCT, "small_boat_arrivals_share_top_three_nationalities", "January to June 2025 (between January and June; Eritreans, Afghans and Iranians)"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (2022, a record)"),
            L("36,816", 36816, E, P, SBA, "January to December 2024 (the total for 2024)"),
        ]),
    "05-rothesay-pharos-bute-syrian-refugees-long-read": dict(
        meta=dict(url="https://www.rothesaypharos.example/long-reads/ten-years-on-from-the-first-flight-bute-syrian-refugees-2290417",
                  title="Ten years on from the first flight: what happened to the island that took in Syria's refugees",
                  publisher="Rothesay Pharos", author="Catriona Lamont-Haddad", published_date="2026-03-17"),
        labels=[
            L("about 9%", -9, AP, PCT, "population_change", "2011 census to 2022 census (between the 2011 and 2022 censuses, fell; image caption)", geo=BUTE),
            L("15", 15, E, HH, "resettlement_arrivals_syrian_families", "December 2015 (the first families)", geo=BUTE),
            L("58", 58, E, P, "resettlement_arrivals_syrian", "December 2015 (the first families, people in all)", geo=BUTE),
            L("more than 20,000", 20000, MT, P, "resettlement_arrivals_syrian", "2015 to 2021 (the Syrian Vulnerable Persons Resettlement Scheme, eventually)"),
            L("about 100", 100, AP, P, "resettlement_arrivals_syrian", "December 2015 to 2017 (over the next two years, the number on the island)", geo=BUTE),
            L("about 6,500", 6500, AP, P, "population", "27 March 2011 (the 2011 census)", geo=BUTE),
            L("roughly 5,900", 5900, AP, P, "population", "20 March 2022 (the 2022 census, has since fallen to)", geo=BUTE),
            L("a third", -THIRD, E, PCT, "primary_school_rolls_change", "2005 to 2015 (the decade to 2015, had dropped by)", ctx="by a third", geo=BUTE),
            L("More than a third", THIRD, MT, PCT, "population_share_aged_65_and_over", "March 2026 (now)", geo=BUTE),
            L("nearly twice", 2, ALM, RATIO, "population_share_aged_65_and_over_ratio", "March 2026 (Bute vs Scotland as a whole)", geo=BUTE),
            L("about 20%", 20, AP, PCT, "population_share_aged_65_and_over", "March 2026 (now, Scotland as a whole)", geo=SCO),
            L("£20,520", 20520, E, GBP, "council_resettlement_grant_per_refugee", "over five years (for each resettled refugee, Syrian scheme; the Home Office)"),
            L("162", 162, E, P, "resettlement_arrivals_syrian", "2015 to 2021 (housed from the scheme across the council area)", geo="Argyll and Bute"),
            L("fewer than half", 50, LT, PCT, "refugees_share_remaining_in_area", "March 2026 (today, Bute's Syrians)", geo=BUTE),
            L("about 40", 40, AP, P, "resettled_refugees_remaining", "March 2026 (still live in Rothesay; the council estimates)", geo="Rothesay"),
            L("about 1,200", 1200, AP, "other:flatbreads", "bakery_flatbreads_baked", "per week (now; Ammar)", geo="Rothesay"),
            L("nearly three-quarters", 75, ALM, PCT, "bakery_flatbreads_share_bought_by_islanders", "March 2026 (now; Ammar)", geo="Rothesay"),
            L("about 3,300", 3300, AP, P, "resettlement_arrivals_syrian", "2015 to 2021 (under the scheme)", geo=SCO),
            L("roughly one in six", SIXTH, AP, PCT, "resettlement_arrivals_syrian_share_scotland", "2015 to 2021 (of the UK total under the scheme)"),
            L("32", 32, E, "other:councils", "councils_taking_part_syrian_resettlement", "2015 to 2021 (every one of its councils took part)", geo=SCO),
            L("more than 26,000", 26000, MT, P, "immigration_ukraine", "2022 to March 2026 (since 2022; the Scottish Government)", geo=SCO),
            L("up to 40%", 40, AM, PCT, "house_sales_share_buyers_from_england", "2020 to March 2026 (since the pandemic; estate agents)", geo=BUTE),
        ]),
    "06-goodwin-lightvessel-channel-deaths-2025-toll": dict(
        meta=dict(url="https://www.goodwinlightvessel.example/news/politics/2170344/channel-death-toll-31-lives-lost-2025-crossings-41472",
                  title="Channel death toll: 31 lives lost at sea in 2025 as crossings hit 41,472",
                  publisher="Goodwin Lightvessel", author="Montgomery Featherstonehaugh-Ali", published_date="2026-01-05"),
        labels=[
            L("31", 31, E, P, SBD, Y25 + "; headline)", ctx="toll: 31 lives", geo=CH),
            L("41,472", 41472, E, P, SBA, Y25 + "; headline)", occ=0),
            L("At least 31", 31, AL, P, SBD, Y25 + "; bullet point)", geo=CH),
            L("78", 78, E, P, SBD, "January to December 2024 (the year before; bullet point)", occ=0, geo=CH),
            L("41,472", 41472, E, P, SBA, Y25 + "; bullet point)", occ=1),
            L("193", 193, E, P, "returns_france", "6 August to 31 December 2025 (flown back under 'one in, one out'; bullet point)", occ=0),
            L("AT LEAST 31", 31, AL, P, SBD, Y25 + "; new figures)", geo=CH),
            L("60%", -60, E, PCT, SBD + "_change", "2025 vs 2024 (fell; " + IOM + ")", geo=CH),
            L("78", 78, E, P, SBD, "January to December 2024 (2024's record; " + IOM + ")", occ=1, geo=CH),
            L("41,472", 41472, E, P, SBA, Y25 + "; Home Office figures)", occ=2),
            L("641", 641, E, BOATS, SBC, Y25 + "; Home Office figures)"),
            L("13%", 13, E, PCT, SBA + "_change", "2025 vs 2024 (up; Home Office figures)"),
            L("36,816", 36816, E, P, SBA, "January to December 2024 (2024; Home Office figures)"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (2022, the record; Home Office figures)"),
            L("almost 65", 65, ALM, PPB, SBO, Y25 + ", an average per boat; Home Office figures)"),
            L("three", 3, E, P, SBD, "28 December 2025 (December 28, off Équihen-Plage; image caption)", occ=0, geo=FR),
            L("Eight", 8, E, P, SBD + "_children", Y25 + "; " + IOM + ")", geo=CH),
            L("31", 31, E, P, SBD, Y25 + ", the 31 who died; " + IOM + ")", ctx="of the 31 who", geo=CH),
            L("about one in four", 25, AP, PCT, SBD + "_share_children", Y25 + "; " + IOM + ")", geo=CH),
            L("three", 3, E, P, SBD, "28 December 2025 (December 28, off Équihen-Plage, the last deaths of the year)", occ=1, geo=FR),
            L("193", 193, E, P, "returns_france", "6 August to 31 December 2025 (by the end of December, under the pilot; the Home Office)", occ=1),
            L("About 14,200", 14200, AP, P, SBA, "6 August 2025 to 5 January 2026 (since the scheme began on August 6)"),
            L("around one in 74", 100 / 74, AP, PCT, "returns_france_share_of_small_boat_arrivals", "6 August 2025 to 5 January 2026 (since the scheme began, sent back)"),
            L("more than 20", 20, MT, BOATS, SBC, "2025 (on the worst days, in the water at once; a senior coastguard officer)", geo=CH),
            R("15 or 20", 15, 20, PPB, SBO, "about 2016 (ten years ago, a boat might have; a senior coastguard officer)", geo=CH),
            L("80", 80, E, PPB, SBO, "2025 (now, on a boat; a senior coastguard officer)", geo=CH),
            L("more than 100", 100, MT, PPB, "small_boat_occupancy_max", "2025 (now, sometimes, on a single dinghy; a senior coastguard officer)", geo=CH),
            L("£11.2m", 11200000, E, GBP, "coastguard_channel_operation_cost", "April 2024 to March 2025 (2024-25; official accounts)"),
            L("£8.7m", 8700000, E, GBP, "coastguard_channel_operation_cost", "April 2023 to March 2024 (the year before; official accounts)"),
            L("£476m", 476000000, E, GBP, "uk_funding_to_france", "over three years (committed for French beach patrols)", geo=FR),
            L("£5.38bn", 5380000000, E, GBP, AC, "April 2024 to March 2025 (2024-25, a record; the department's accounts)"),
            L("more than 35,000", 35000, MT, P, "returns", "July 2024 to January 2026 (since July 2024, removed or departed; a Home Office spokesperson)"),
            L("more than 21,000", 21000, MT, P, "small_boat_launch_attempts_stopped_people", Y25 + "; French authorities)", geo=FR),
        ]),
    "07-mumbles-light-swansea-family-reunion-feature": dict(
        meta=dict(url="https://www.mumbleslight.example/news/features/swansea-family-together-again-after-three-years-family-reunion-9921043",
                  title="'He walked through the gate and our son didn't know him': a Swansea family together again after three years",
                  publisher="Mumbles Light", author="Gwenllian Prothero-Asante", published_date="2026-11-11"),
        labels=[
            L("48", 48, E, P, ONE, "May 2023 (Senait's dinghy)", geo=CH),
            L("11,460", 11460, E, P, "visas_granted_family_reunion", YEJ26),
            L("42%", -42, E, PCT, "visas_granted_family_reunion_change", "year ending June 2026 vs year ending June 2025 (fewer; Home Office figures)"),
            L("19,760", 19760, E, P, "visas_granted_family_reunion", "July 2024 to June 2025 (the previous 12 months; Home Office figures)"),
            L("about 1,150", 1150, AP, P, "asylum_support_population", "30 June 2026 (as of 30 June, asylum seekers housed in the city; Swansea Council)", geo="Swansea"),
            L("roughly a third", THIRD, AP, PCT, "asylum_support_population_share_swansea", "30 June 2026 (of the total in Wales; Swansea Council)", geo=WAL),
            L("3,350", 3350, E, P, "asylum_support_population", "30 June 2026 (as of 30 June; Swansea Council)", geo=WAL),
            L("just over 3%", 3, MT, PCT, "asylum_support_population_share_wales", "30 June 2026 (the Welsh figure's share of the UK)"),
            L("104,600", 104600, E, P, "asylum_support_population", "30 June 2026 (receiving asylum support across the UK)"),
            L("63", 63, E, FAM, "family_reunion_families_helped_by_charity", "January to December 2025 (last year; Bronwen Llewellyn-Okafor, a Swansea refugee charity)", geo="Swansea"),
            L("41", 41, E, FAM, "family_reunion_families_helped_by_charity", "January to December 2024 (the year before; Bronwen Llewellyn-Okafor)", geo="Swansea"),
            L("410", 410, E, P, "esol_waiting_list", "November 2026 (now, adults on the waiting list; Gower College Swansea)", geo="Swansea"),
            L("150", 150, E, P, "esol_waiting_list_change", "November 2026 vs November 2024 (up on two years ago; Gower College Swansea)", geo="Swansea"),
            L("about one in five", 20, AP, PCT, "esol_learners_share_refugees", "November 2026 (current learners; Gower College Swansea)", geo="Swansea"),
            L("£4.2m", 4200000, E, GBP, "welsh_government_sanctuary_funding", "April 2025 to March 2026 (2025-26; a Welsh Government spokesperson)", geo=WAL),
            L("£600,000", 600000, E, GBP, "welsh_government_esol_funding", "April 2025 to March 2026 (2025-26, English language teaching; a Welsh Government spokesperson)", geo=WAL),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
