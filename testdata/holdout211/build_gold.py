#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the two-hundred-and-eleventh hand-labelled hold-out set (holdout211).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, EUR, PPB, RATIO, HOTELS, SIXTH,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC)

UK, FR, CH = "UK", "France", "English Channel"
SBAC = SBA + "_change"
OCC = "small_boat_occupancy"
RET = "returns"
DAYS = "other:days"
DPK = "other:deaths_per_1000_arrivals"
DEATHS, MISSING = "small_boat_deaths", "small_boat_missing"
STOPPED = "small_boat_launch_attempts_stopped_people"
RESCUED = "small_boat_passengers_rescued"
Y21 = "January to December 2021 (2021"
Y22 = "January to December 2022 (2022"
Y23 = "January to December 2023 (2023"
Y24 = "January to December 2024 (2024"
Y25 = "January to December 2025 (2025"

# 01 (Friday 17 January 2025; fact check; "Monday" 13, "Tuesday" 14, "Wednesday" 15 January 2025)
SINCE = "5 July to 31 December 2024 ("
HO1 = "; the Home Office's daily series)"
BOX1 = "; The figures box)"
RS = "5 July to 31 December 2024 (a Home Office summary released with the Home Secretary's statement"

# 02 (Sunday 1 June 2025; Express-style; "Saturday" and "yesterday" are 31 May 2025)
SAT = "31 May 2025 ("
YTD = "1 January to 31 May 2025 ("
WK = "25 to 31 May 2025 (the past seven days, last week"

# 03 (Thursday 21 August 2025; PA copy; Home Office statistics for the year ending June 2025)
YEJ = "July 2024 to June 2025 (the year to June; Home Office statistics released on Thursday 21 August 2025"
YEJ24 = "July 2023 to June 2024 (the previous 12 months; Home Office statistics"
H125 = "January to June 2025 (the first half of this year; Home Office statistics"
H124 = "January to June 2024 (the first six months of 2024; Home Office statistics"

# 04 (Wednesday 1 October 2025; BBC-style explainer with chart captions)
SUM25 = "June to August 2025 (1 June to 31 August, this summer; the Home Office's daily figures"
H1C = "January to June 2025 (top nationalities; chart caption)"
H1B = "January to June 2025 (the first half of 2025; Home Office)"
Q3 = "1 January to 30 September 2025 ("
CAP2 = " (people per boat on average; chart caption)"

# 05 (Saturday 3 January 2026; Sky-style; "last year" is 2025, "Friday" 2 January 2026)
IOM = "; the UN's migration agency)"

# 06 (Monday 6 April 2026; Telegraph-style; "Saturday" is 4 April 2026, Easter Saturday)
Q126 = "January to March 2026 (the opening three months of 2026, January, February and March; official figures"
SHS = "; the Shadow Home Secretary)"
SEPT = "18 September 2025 to 4 April 2026 (since September's first removals under the one in, one out scheme"

# 07 (Tuesday 10 November 2026; Guardian-style; "this year" and "since January" are 1 January to 10 November 2026)
NOW7 = "November 2026 ("
YTD7 = "1 January to 10 November 2026 ("
PDC, NPDC = "Pas-de-Calais", "Nord and Pas-de-Calais"

ARTICLES = {
    "01-the-avocet-crossings-under-this-government-factcheck": dict(
        meta=dict(url="https://www.theavocet.example/fact-checks/channel-crossings-record-under-labour-small-boats/",
                  title="Have Channel crossings hit a record since Labour took office?",
                  publisher="The Avocet", author="Perpetua Loveridge-Nakamura", published_date="2025-01-17"),
        labels=[
            L("23,242", 23242, E, P, SBA, SINCE + "between the day Labour took office and 31 December" + HO1, occ=0),
            L("35%", 35, E, PCT, SBAC, "5 July to 31 December 2024 vs the same dates in 2023 (more than" + HO1),
            L("17,251", 17251, E, P, SBA, "5 July to 31 December 2023 (over the same dates in 2023" + HO1),
            L("32,961", 32961, E, P, SBA, "5 July to 31 December 2022 (between 5 July and the end of that December, the year the route peaked" + HO1, occ=0),
            L("almost 30%", -30, ALM, PCT, SBAC, "5 July to 31 December 2024 vs the same dates in 2022 (lower than the equivalent months of 2022" + HO1),
            L("1,286", 1286, E, P, SBA, "1 to 12 January 2025 (a further, the first days of this year" + HO1),
            L("24,528", 24528, E, P, SBA, "5 July 2024 to 12 January 2025 (the total since the election" + HO1),
            L("36,816", 36816, E, P, SBA, Y24 + ", the whole of 2024; the Home Office)"),
            L("25%", 25, E, PCT, SBAC, "2024 vs 2023 (up; the Home Office)"),
            L("29,437", 29437, E, P, SBA, Y23 + "; the Home Office)"),
            L("about a fifth", -20, AP, PCT, SBAC, "2024 vs 2022 (below; the Home Office)"),
            L("45,774", 45774, E, P, SBA, Y22 + "; the Home Office)"),
            L("more than 50", 50, MT, PPB, OCC, "January 2025 (now, into each boat; claim by a Home Office minister in the Commons on Tuesday 14 January 2025)"),
            L("695", 695, E, BOATS, SBC, Y24 + ", boats recorded; the Home Office)"),
            L("53", 53, E, PPB, OCC, Y24 + ", an average of; the Home Office)", occ=0),
            L("49", 49, E, PPB, OCC, Y23 + ", the average; the Home Office)"),
            L("41", 41, E, PPB, OCC, Y22 + ", the average; the Home Office)"),
            L("23,242", 23242, E, P, SBA, SINCE + "the people who crossed after 5 July" + HO1, occ=1),
            L("415", 415, E, BOATS, SBC, SINCE + "boats since the election" + HO1),
            L("56", 56, E, PPB, OCC, SINCE + "a boat since the election" + HO1),
            L("28", 28, E, PPB, OCC, Y21 + ", the figure; the Home Office)"),
            L("nearly 19,000", 19000, ALM, P, RET, "5 July 2024 to 15 January 2025 (removed since the election; claim by the Home Secretary in a statement on Wednesday 15 January 2025)"),
            L("18,987", 18987, E, P, RET, RS + ")", occ=0),
            L("5,074", 5074, E, P, "returns_enforced", RS + ", enforced removals)"),
            L("just over a quarter", 25, MT, PCT, "returns_enforced_share", RS + ", of the returns)"),
            L("About half", 50, AP, PCT, "returns_voluntary_share", RS + ", voluntary departures)"),
            L("9,380", 9380, E, P, "returns_voluntary", RS + ", voluntary departures)"),
            L("4,533", 4533, E, P, "returns_refused_entry_at_port", RS + ", refused entry at ports and sent straight back)"),
            V("tens of thousands", 20000, 90000, "other:cases", "asylum_backlog_illegal_migration_act_cohort",
              "July 2023 to summer 2024 (asylum claims left frozen by the Illegal Migration Act 2023 until Labour restarted processing last summer; researchers)"),
            L("23,242", 23242, E, P, SBA, SINCE + "small boat arrivals" + BOX1, occ=2),
            L("32,961", 32961, E, P, SBA, "5 July to 31 December 2022 (same dates in 2022" + BOX1, occ=1),
            L("53", 53, E, PPB, OCC, Y24 + ", average people per boat" + BOX1, occ=1),
            L("18,987", 18987, E, P, RET, SINCE + "returns" + BOX1, occ=1),
        ]),
    "02-daily-plover-record-day-channel-crossings-may": dict(
        meta=dict(url="https://www.dailyplover.example/news/uk/2061437/channel-migrants-record-day-1195-small-boats-home-office",
                  title="Channel chaos as 1,195 migrants cross in ONE DAY - the most so far in 2025",
                  publisher="Daily Plover", author="Barnaby Tolliver-Adeyemi", published_date="2025-06-01"),
        labels=[
            L("1,195", 1195, E, P, SBA, SAT + "in ONE DAY, the most so far in 2025; headline)", occ=0),
            L("18", 18, E, BOATS, SBC, SAT + "made it across on Saturday alone; Home Office figures; bullet)", occ=0),
            L("14,812", 14812, E, P, SBA, YTD + "this year's total; bullet)", occ=0),
            L("42 percent", 42, E, PCT, SBAC, "1 January to 31 May 2025 vs 1 January to 31 May 2024 (up, on the same point last year; bullet)", occ=0),
            L("1,195", 1195, E, P, SBA, SAT + "Saturday's arrivals; image caption)", occ=1),
            L("Almost 1,200", 1200, ALM, P, SBA, SAT + "yesterday, a new high for the year)"),
            L("1,195", 1195, E, P, SBA, SAT + "on Saturday; Home Office figures)", occ=2),
            L("18", 18, E, BOATS, SBC, SAT + "on Saturday; Home Office figures)", occ=1),
            L("66", 66, E, PPB, OCC, SAT + "an average of, crammed into every vessel; Home Office figures)"),
            L("825", 825, E, P, SBA, "12 April 2025 (the previous 2025 high, one day)"),
            L("more than half", 50, MT, PCT, "small_boat_arrivals_share_record_day", WK + ", came on a single day)"),
            L("2,108", 2108, E, P, SBA, WK + ", landed)"),
            L("almost doubled", 2, ALM, RATIO, "small_boat_arrivals_ratio", "25 to 31 May 2025 vs 18 to 24 May 2025 (last week's tally against the week before)"),
            L("1,069", 1069, E, P, SBA, "18 to 24 May 2025 (the week before)"),
            L("14,812", 14812, E, P, SBA, YTD + "since January)", occ=1),
            L("42 percent", 42, E, PCT, SBAC, "1 January to 31 May 2025 vs 1 January to 31 May 2024 (higher than at this point in 2024)", occ=1),
            L("10,448", 10448, E, P, SBA, "1 January to 31 May 2024 (at this point in 2024)"),
            L("nearly twice", 2, ALM, RATIO, "small_boat_arrivals_ratio", "1 January to 31 May 2025 vs 1 January to 31 May 2023 (the 2025 total against the end of May 2023)"),
            L("7,610", 7610, E, P, SBA, "1 January to 31 May 2023 (recorded by the end of May 2023)"),
            L("more than 38,000", 38000, MT, P, SBA, "5 July 2024 to 31 May 2025 (since Labour won power last July)"),
            L("289", 289, E, P, STOPPED, SAT + "stopped from setting off by French police on the beaches between Dunkirk and Boulogne; officials in Paris)", geo=FR),
            L("nearly 15,000", 15000, ALM, P, SBA, YTD + "in five months, the busiest spring ever" + SHS),
            L("more than 24,000", 24000, MT, P, RET, "5 July 2024 to 31 May 2025 (removals, flown or shipped out since the election; a Home Office spokesperson)"),
            L("12 percent", 12, E, PCT, RET + "_change", "5 July 2024 to 31 May 2025 vs the same period a year earlier (up; a Home Office spokesperson)"),
            L("At least 12", 12, AL, P, DEATHS, YTD + "since January, people attempting the crossing; the UN's International Organization for Migration)", geo=CH),
            L("78", 78, E, P, DEATHS, Y24 + ", last year, the deadliest on record; the International Organization for Migration)", geo=CH),
            L("45,774", 45774, E, P, SBA, Y22 + ", a record, under the Conservatives)"),
            L("29,437", 29437, E, P, SBA, Y23 + ", the annual figure dropped to)"),
            L("36,816", 36816, E, P, SBA, Y24 + ", last year)"),
        ]),
    "03-deal-redshank-pa-small-boats-year-to-june-nationalities": dict(
        meta=dict(url="https://www.dealredshank.example/news/national/small-boat-arrivals-up-38-eritreans-top-nationalities-4412093",
                  title="Small boat arrivals up 38% in a year as Eritreans top list of nationalities",
                  publisher="Deal Redshank", author="Tobias Featherstonehaugh-Okoro", published_date="2025-08-21"),
        labels=[
            L("38%", 38, E, PCT, SBAC, "year to June 2025 vs year to June 2024 (up, in a year; headline)", occ=0),
            L("about one in six", SIXTH, AP, PCT, "small_boat_arrivals_share_eritrean", "July 2024 to June 2025 (the year to June, Eritreans; image caption)"),
            L("38%", 38, E, PCT, SBAC, "year to June 2025 vs year to June 2024 (rose by, the 12 months ending in June; Home Office statistics released on Thursday 21 August 2025)", occ=1),
            L("43,309", 43309, E, P, SBA, "July 2024 to June 2025 (between July 2024 and June 2025; Home Office statistics released on Thursday 21 August 2025)"),
            L("31,425", 31425, E, P, SBA, YEJ24 + ")"),
            L("19,982", 19982, E, P, SBA, H125 + ", the busiest January-to-June period since records began)"),
            L("48%", 48, E, PCT, SBAC, "January to June 2025 vs January to June 2024 (more than; Home Office statistics)"),
            L("13,489", 13489, E, P, SBA, H124 + ")"),
            L("6,892", 6892, E, P, "small_boat_arrivals_eritrean", YEJ + ", Eritreans)"),
            L("16%", 16, E, PCT, "small_boat_arrivals_share_eritrean", YEJ + ", of the total)"),
            L("6,133", 6133, E, P, "small_boat_arrivals_afghan", YEJ + ", Afghans)"),
            L("4,910", 4910, E, P, "small_boat_arrivals_iranian", YEJ + ", Iranians)"),
            L("4,286", 4286, E, P, "small_boat_arrivals_sudanese", YEJ + ", Sudanese)"),
            L("3,640", 3640, E, P, "small_boat_arrivals_syrian", YEJ + ", Syrians)"),
            L("almost three in five", 60, ALM, PCT, "small_boat_arrivals_share_top_five_nationalities", YEJ + ", those five between them, of all arrivals)"),
            L("31%", -31, E, PCT, "small_boat_arrivals_vietnamese_change", "year to June 2025 vs year to June 2024 (dropped by, Vietnamese crossing; Home Office statistics)"),
            L("2,015", 2015, E, P, "small_boat_arrivals_vietnamese", YEJ + ", Vietnamese)"),
            L("topped 12,000", 12000, MT, P, "small_boat_arrivals_albanian", Y22 + ", arrivals from Albania)"),
            V("a few hundred", 200, 900, P, "small_boat_arrivals_albanian", "per year (2025, dwindled to, arrivals from Albania)"),
            L("56", 56, E, PPB, OCC, H125 + ", from January to June, an average of, aboard each boat)"),
            L("51", 51, E, PPB, OCC, H124 + ", the same months of 2024)"),
            L("Some 5,197", 5197, AP, P, "small_boat_arrivals_children", YEJ + ", under 18)"),
            L("about 12%", 12, AP, PCT, "small_boat_arrivals_share_children", YEJ + ", under 18, of the total)"),
            L("almost two in five", 40, ALM, PCT, "asylum_applications_share_small_boat_arrivals", YEJ + ", Channel arrivals equal to, of the people who claimed asylum)"),
            L("111,084", 111084, E, P, "asylum_applications", YEJ + ", the highest number of claims on record)"),
            L("35,052", 35052, E, P, RET, "July 2024 to June 2025 (the 12 months to June; the Home Office)"),
            L("13%", 13, E, PCT, RET + "_change", "year to June 2025 vs year to June 2024 (more than a year before; the Home Office)"),
            L("9,072", 9072, E, P, "returns_enforced", "July 2024 to June 2025 (the 12 months to June, enforced; the Home Office)"),
            L("41", 41, E, "other:launches", "small_boat_rescues_lifeboat", "1 January to 21 August 2025 (so far this year, launches to small boats; volunteers at Walmer lifeboat station)", geo="Walmer"),
            L("29", 29, E, "other:launches", "small_boat_rescues_lifeboat", Y24 + ", the whole of 2024; volunteers at Walmer lifeboat station)", geo="Walmer"),
            L("479", 479, E, P, "unaccompanied_children_in_care", "20 August 2025 (caring for on Wednesday; Kent County Council)", geo="Kent"),
            L("£100 million", 100000000, E, GBP, "nca_people_smuggling_funding", "2025 (an extra, given to the National Crime Agency to go after the gangs; a Home Office spokesperson)"),
            L("Three-quarters", 75, E, PCT, "small_boat_arrivals_share_high_grant_nationalities", "August 2025 (people on these boats from countries where the Home Office grants protection in most cases; a refugee charity)"),
        ]),
    "04-the-sanderling-summer-crossings-charts": dict(
        meta=dict(url="https://www.thesanderling.example/news/articles/c4k9m2x7r1zo",
                  title="Channel crossings: How did this summer compare with earlier years? In charts",
                  publisher="The Sanderling", author="Araminta Kettlewell-Osei", published_date="2025-10-01"),
        labels=[
            L("More than 13,500", 13500, MT, P, SBA, "June to August 2025 (between June and August, the second busiest summer)"),
            L("13,587", 13587, E, P, SBA, SUM25 + ")"),
            L("22%", 22, E, PCT, SBAC, "June to August 2025 vs June to August 2024 (up; the Home Office's daily figures)"),
            L("11,181", 11181, E, P, SBA, "June to August 2024 (the Home Office's daily figures)"),
            L("about 12%", -12, AP, PCT, SBAC, "June to August 2025 vs June to August 2022 (fewer than in the summer of 2022; the Home Office's daily figures)"),
            L("15,450", 15450, E, P, SBA, "June to August 2022 (the summer of 2022; the Home Office's daily figures)"),
            L("12,996", 12996, E, P, SBA, "June to August 2023 (the summer of 2023; the Home Office's daily figures)"),
            L("5,170", 5170, E, P, SBA, "June 2025 (this year's busiest summer month; the Home Office's daily figures)"),
            L("4,850", 4850, E, P, SBA, "July 2025 (the Home Office's daily figures)"),
            L("3,567", 3567, E, P, SBA, "August 2025 (the Home Office's daily figures)"),
            L("8,631", 8631, E, P, SBA, "August 2022 (a record, more than in any other month before or since)", occ=0),
            L("8,631", 8631, E, P, SBA, "August 2022 (the highest month; chart caption)", occ=1),
            L("48", 48, E, DAYS, "small_boat_crossing_days", "June to August 2025 (days of summer with crossings)"),
            L("just over half", 50, MT, PCT, "small_boat_crossing_days_share", "June to August 2025 (of the days of summer)"),
            L("1,195", 1195, E, P, SBA, "31 May 2025 (the busiest single day of the year so far)"),
            L("18", 18, E, BOATS, SBC, "31 May 2025 (the busiest single day of the year so far)", ctx="in 18 boats"),
            L("1,295", 1295, E, P, SBA, "22 August 2022 (the record for one day)"),
            L("60", 60, E, PPB, OCC, Q3 + "so far in 2025, an average of, aboard each boat that reached the UK)", occ=0),
            L("more than double", 2, MT, RATIO, OCC + "_ratio", "2025 to date vs 2021 (people per boat)"),
            L("28", 28, E, PPB, OCC, Y21 + ", the figure)", occ=0),
            L("28", 28, E, PPB, OCC, "January to December 2021" + CAP2, occ=1),
            L("41", 41, E, PPB, OCC, "January to December 2022" + CAP2),
            L("49", 49, E, PPB, OCC, "January to December 2023" + CAP2),
            L("53", 53, E, PPB, OCC, "January to December 2024" + CAP2),
            L("60", 60, E, PPB, OCC, "1 January to 30 September 2025 (so far in 2025, people per boat on average; chart caption)", occ=1),
            L("At least 14", 14, AL, BOATS, "small_boat_count_over_100_people", Q3 + "this year, boats that carried more than 100 people)"),
            L("126", 126, E, PPB, "small_boat_occupancy_max", "September 2025 (the largest boat this year, which reached Dover)"),
            L("3,562", 3562, E, P, "small_boat_arrivals_eritrean", H1B, occ=0),
            L("almost 18%", 18, ALM, PCT, "small_boat_arrivals_share_eritrean", H1B),
            L("2,881", 2881, E, P, "small_boat_arrivals_afghan", H1B, occ=0),
            L("2,163", 2163, E, P, "small_boat_arrivals_iranian", H1B, occ=0),
            L("3,562", 3562, E, P, "small_boat_arrivals_eritrean", H1C, occ=1),
            L("2,881", 2881, E, P, "small_boat_arrivals_afghan", H1C, occ=1),
            L("2,163", 2163, E, P, "small_boat_arrivals_iranian", H1C, occ=1),
            L("2,032", 2032, E, P, "small_boat_arrivals_sudanese", H1C),
            L("1,618", 1618, E, P, "small_boat_arrivals_syrian", H1C),
            L("Roughly three-quarters", 75, AP, PCT, "small_boat_arrivals_share_adult_men", Q3 + "this year's arrivals, adult males)"),
            L("about one in eight", 12.5, AP, PCT, "small_boat_arrivals_share_children", Q3 + "this year's arrivals, children)"),
            L("£476m", 476000000, E, GBP, "uk_france_funding", "April 2023 to March 2026 (a three-year package signed in March 2023)", geo=FR),
            L("About 1,200", 1200, AP, P, "french_coastal_police_deployed", "October 2025 (now patrol the beaches)", geo=FR),
            L("more than 11,000", 11000, MT, P, STOPPED, "January to August 2025 (stopped trying to leave; French authorities)", geo=FR),
            L("32,875", 32875, E, P, SBA, Q3 + "by the end of September)", occ=0),
            L("545", 545, E, BOATS, SBC, Q3 + "by the end of September)"),
            L("38%", 38, E, PCT, SBAC, "1 January to 30 September 2025 vs the same date in 2024 (ahead of the 2024 total)"),
            L("45,774", 45774, E, P, SBA, Y22 + ", 2022 ended with)"),
            L("32,875", 32875, E, P, SBA, Q3 + "by 30 September this year; chart caption)", occ=1),
        ]),
    "05-the-dunlin-channel-deaths-missing-2025": dict(
        meta=dict(url="https://news.thedunlin.example/channel-deaths-at-least-27-people-died-trying-to-reach-uk-in-2025-13487260",
                  title="Channel deaths: At least 27 people died trying to reach UK in 2025, as crossings rose to second-highest level",
                  publisher="The Dunlin", author="Honoria Prendeville-Asante", published_date="2026-01-03"),
        labels=[
            L("At least 27", 27, AL, P, DEATHS, Y25 + "; headline)", occ=0, geo=CH),
            L("six", 6, E, P, MISSING, Y25 + ", still missing; standfirst)", occ=0, geo=CH),
            L("At least 27", 27, AL, P, DEATHS, "January to December 2025 (last year" + IOM, occ=1, geo=CH),
            L("six", 6, E, P, MISSING, "January to December 2025 (last year, missing, feared drowned" + IOM, occ=1, geo=CH),
            L("almost two-thirds", -200 / 3, ALM, PCT, DEATHS + "_change", "2025 vs 2024 (the death toll, down by" + IOM, geo=CH),
            L("78", 78, E, P, DEATHS, Y24 + ", the worst year" + IOM, geo=CH),
            L("41,472", 41472, E, P, SBA, Y25 + "; Home Office figures published on Friday 2 January 2026)", occ=0),
            L("13%", 13, E, PCT, SBAC, "2025 vs 2024 (an increase; Home Office figures)"),
            L("36,816", 36816, E, P, SBA, Y24 + "; Home Office figures)"),
            L("45,774", 45774, E, P, SBA, Y22 + ", the highest yearly total; Home Office figures)"),
            L("about 0.65", 0.65, AP, DPK, "small_boat_deaths_per_1000_arrivals", Y25 + ", deaths for every 1,000 people who arrived)", geo=CH),
            L("2.1", 2.1, E, DPK, "small_boat_deaths_per_1000_arrivals", Y24 + ")", geo=CH),
            L("27", 27, E, P, DEATHS, Y25 + ", confirmed deaths" + IOM, ctx="Of the 27 confirmed", geo=CH),
            L("at least five", 5, AL, P, "small_boat_deaths_children", Y25 + ", children" + IOM, geo=CH),
            L("More than half", 50, MT, PCT, "small_boat_deaths_share_crushed_or_drowned_in_shallows", Y25 + ", crushed or suffocated aboard or drowned in the shallows" + IOM, geo=CH),
            L("14", 14, E, P, "small_boat_deaths_crushed_or_drowned_in_shallows", Y25 + ", crushed or suffocated aboard or drowned in the shallows" + IOM, geo=CH),
            L("11", 11, E, P, "small_boat_deaths_unidentified", "January 2026 (still not named; victims who died in 2025)", geo=CH),
            L("eight", 8, E, P, "small_boat_deaths_single_incident", "September 2025 (the deadliest single night, off Équihen-Plage, south of Boulogne)", geo=CH),
            L("more than 80", 80, MT, PPB, "small_boat_occupancy_single_boat", "September 2025 (the dinghy that folded in two off Équihen-Plage)", geo=CH),
            L("59", 59, E, PPB, OCC, Y25 + ", last year, an average of, aboard each boat that reached the UK)"),
            L("708", 708, E, BOATS, SBC, Y25 + ", last year, boats that reached the UK)", occ=0),
            L("53", 53, E, PPB, OCC, Y24 + ")"),
            L("126", 126, E, PPB, "small_boat_occupancy_max", "September 2025 (the biggest boat)"),
            L("About a third", 100 / 3, AP, PCT, "small_boat_count_share_over_70_people", Y25 + ", of all boats, more than 70 on board)"),
            L("4,117", 4117, E, P, RESCUED, Y25 + "; French rescue services coordinated from Cap Gris-Nez)", geo=FR),
            L("at least 290", 290, AL, P, "migrant_deaths_channel_border", "2018 to 2025 (since 2018, at the Channel border, including those hit by lorries or trains near Calais)", geo=CH),
            L("six", 6, E, P, MISSING, "October 2025 (listed as missing, a boat that overturned near Dunkirk)", occ=2, geo=CH),
            L("topped 50,000", 50000, MT, P, RET, "July 2024 to December 2025 (removals over the 18 months from July 2024; a Home Office spokesperson)"),
            L("41,472", 41472, E, P, SBA, Y25 + ", small boat arrivals; key figures box)", occ=1),
            L("708", 708, E, BOATS, SBC, Y25 + ", boats; key figures box)", occ=1),
            L("at least 27", 27, AL, P, DEATHS, Y25 + ", deaths recorded by the IOM; key figures box)", geo=CH),
            L("6", 6, E, P, MISSING, Y25 + ", missing; key figures box)", ctx="Missing: 6", geo=CH),
        ]),
    "06-the-godwit-shadow-home-secretary-first-quarter-crossings": dict(
        meta=dict(url="https://www.thegodwit.example/politics/2026/04/06/labour-handed-channel-to-gangs-crossings-rise-fifth/",
                  title="Labour 'has handed the Channel to the gangs' as crossings rise by a fifth",
                  publisher="The Godwit", author="Montgomery Ashworth-Danquah", published_date="2026-04-06"),
        labels=[
            L("a fifth", 20, E, PCT, SBAC, "January to March 2026 vs January to March 2025 (crossings rise by; headline)", occ=0),
            L("612", 612, E, P, SBA, "4 April 2026 (Easter Saturday, migrants land; standfirst)", occ=0),
            L("a fifth", 20, E, PCT, SBAC, "January to March 2026 vs January to March 2025 (rose by; official figures)", occ=1),
            L("7,970", 7970, E, P, SBA, Q126 + ")"),
            L("121", 121, E, BOATS, SBC, Q126 + ")"),
            L("20 per cent", 20, E, PCT, SBAC, "January to March 2026 vs January to March 2025 (up; official figures)"),
            L("6,642", 6642, E, P, SBA, "January to March 2025 (the previous record for the opening quarter; official figures)"),
            L("612", 612, E, P, SBA, "4 April 2026 (on Saturday alone)", occ=1),
            L("nine", 9, E, BOATS, SBC, "4 April 2026 (on Saturday)"),
            L("68", 68, E, PPB, OCC, "4 April 2026 (an average of, per vessel on Saturday)"),
            L("8,582", 8582, E, P, SBA, "1 January to 4 April 2026 (the total since New Year's Day)"),
            L("more than 73,000", 73000, MT, P, SBA, "5 July 2024 to 4 April 2026 (the tally since the general election of July 2024)"),
            L("350", 350, E, P, "returns_france_one_in_one_out", SEPT + ", put on ferries and trains to France)", geo=FR),
            L("about 19,300", 19300, AP, P, SBA, SEPT + ", landed in Britain in that time)"),
            L("more than 50", 50, MT, RATIO, "small_boat_arrivals_per_return_to_france_ratio", SEPT + ", arrived for every person sent back to France" + SHS),
            L("£4.7 billion", 4700000000, E, GBP, "asylum_cost", "per year (April 2026, the taxpayer is spending on asylum" + SHS),
            L("more than 30,000", 30000, MT, P, "asylum_hotel_population", "April 2026 (migrants still being put up in hotels" + SHS),
            L("almost 70", 70, ALM, PPB, OCC, "April 2026 (now, packed into each dinghy" + SHS),
            L("66", 66, E, PPB, OCC, "January to March 2026 (the typical load per boat in the quarter; Home Office data)"),
            L("61", 61, E, PPB, OCC, "January to March 2025 (a year earlier; Home Office data)"),
            L("39", 39, E, DAYS, "small_boat_crossing_days", "January to March 2026 (days in the quarter with crossings; officials)"),
            L("more than 58,000", 58000, MT, P, RET, "July 2024 to March 2026 (deported or removed over 21 months of this government; a Home Office spokesman)"),
            L("14 per cent", 14, E, PCT, RET + "_change", "July 2024 to March 2026 vs October 2022 to June 2024 (up, on the 21 months before; a Home Office spokesman)"),
            L("400", 400, E, HOTELS, "asylum_hotels_in_use", "2023 (at the peak; a Home Office spokesman)"),
            L("under 200", 200, LT, HOTELS, "asylum_hotels_in_use", "April 2026 (cut to, now; a Home Office spokesman)"),
            L("45,774", 45774, E, P, SBA, Y22 + ", the peak under the Conservatives; Labour sources)"),
            L("2,940", 2940, E, P, STOPPED, "January to March 2026 (would-be passengers prevented from boarding in the first quarter; France's interior ministry)", geo=FR),
        ]),
    "07-the-whimbrel-pas-de-calais-gendarmes-taxi-boats": dict(
        meta=dict(url="https://www.thewhimbrel.example/world/2026/nov/10/pas-de-calais-gendarmes-taxi-boats-channel-crossings-patrol",
                  title="'We find a boat, they launch from the next beach': on patrol with the gendarmes of the Pas-de-Calais",
                  publisher="The Whimbrel", author="Evangeline Marchetti-Boateng", published_date="2026-11-10"),
        labels=[
            L("About 1,300", 1300, AP, P, "french_coastal_police_deployed", NOW7 + "now, police and gendarmes watching the shoreline from Dunkirk to the Bay of the Somme; France's interior ministry)", geo=FR),
            L("150km", 150, E, "other:km", "french_coastline_patrolled_length", NOW7 + "the shoreline from Dunkirk down to the Bay of the Somme; France's interior ministry)", geo=FR),
            L("roughly 700", 700, AP, P, "french_coastal_police_deployed", "2022 (France's interior ministry)", geo=FR),
            L("£476m", 476000000, E, GBP, "uk_france_funding", "April 2023 to March 2026 (a three-year deal signed in March 2023)", geo=FR),
            L("€540m", 540000000, E, EUR, "uk_france_funding", "2026 to 2029 (its successor, agreed in May 2026, over three more years)", geo=FR),
            L("£470m", 470000000, E, GBP, "uk_france_funding", "2026 to 2029 (its successor, agreed in May 2026, over three more years)", geo=FR),
            L("37", 37, E, BOATS, "small_boats_intercepted_at_sea", "July to November 2026 (taxi boats intercepted at sea since July; the maritime prefecture)", geo=FR),
            L("about 1,900", 1900, AP, P, "small_boat_interceptions_at_sea_people", "July to November 2026 (turned back since July; the maritime prefecture)", geo=FR),
            L("21,640", 21640, E, P, STOPPED, "January to October 2026 (stopped from leaving, on land; the prefecture)", geo=FR),
            L("roughly 38%", 38, AP, PCT, "small_boat_launch_attempts_share_prevented", "January to October 2026 (of those who tried; the prefecture)", geo=FR),
            L("35,213", 35213, E, P, SBA, YTD7 + "since January, small-boat arrivals in Britain; Home Office figures)"),
            L("9%", -9, E, PCT, SBAC, "1 January to 10 November 2026 vs the equivalent date in 2025 (a drop of; Home Office figures)"),
            L("1,140", 1140, E, P, "returns_france_one_in_one_out", "September 2025 to 10 November 2026 (returned to France through the returns pilot launched last September)", geo=FR),
            L("More than half", 50, MT, PCT, "small_boat_launches_share_south_of_boulogne", NOW7 + "now set off from beaches south of Boulogne; the prefecture)", geo=PDC),
            L("about one in five", 20, AP, PCT, "small_boat_launches_share_south_of_boulogne", "January to December 2023 (2023; the prefecture)", geo=PDC),
            L("At least 19", 19, AL, P, DEATHS, YTD7 + "this year, died off the coast)", geo=NPDC),
            L("27", 27, E, P, DEATHS, Y25 + ", the whole of 2025)", geo=NPDC),
            L("3,680", 3680, E, P, RESCUED, YTD7 + "since January, brought to safety; rescue teams coordinated from Cap Gris-Nez)", geo=FR),
            L("4,117", 4117, E, P, RESCUED, Y25 + ", last year; rescue teams coordinated from Cap Gris-Nez)", geo=FR),
            L("about €60,000", 60000, AP, EUR, "council_small_boat_debris_clearance_cost", "per year (each summer, clearing abandoned dinghies, clothes and life jackets; the mayor of a seaside commune, Solène Vandamme-Carpentier)", geo=PDC),
            L("about €1,500", 1500, AP, EUR, "smuggler_fee", NOW7 + "a seat on a dinghy leaving from the beach; aid workers)", geo=FR),
            L("up to €3,000", 3000, AM, EUR, "smuggler_fee_guaranteed_place", NOW7 + "a guaranteed place on a taxi boat; aid workers)", geo=FR),
            R("between 1,500 and 2,000", 1500, 2000, P, "calais_dunkirk_camp_population", NOW7 + "on most nights, the makeshift camp at Loon-Plage near Dunkirk; aid groups)", geo="Nord"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
