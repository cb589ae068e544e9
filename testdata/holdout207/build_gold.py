#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the two-hundred-and-seventh hand-labelled hold-out set (holdout207).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, HOT)

UK, FR, WAL, CH = "UK", "France", "Wales", "English Channel"
SBO = "small_boat_occupancy"
ONE = "small_boat_passengers_single_boat"
STOP = "small_boat_launch_attempts_stopped_people"
CHG = SBA + "_change"
RET, RENF, RF = "returns", "returns_enforced", "returns_france"
FLIGHTS, BEDS, COUNCILS = "other:flights", "other:beds", "other:councils"
PPF = "other:persons_per_flight"
PER10K = "other:persons_per_10000_residents"
ASP = "asylum_support_population"

# 01 (Monday 17 March 2025; Kent local paper; "Saturday" is 15 March 2025)
SAT1 = "15 March 2025 (Saturday; Home Office"
SF1 = "1 January to 15 March 2025 (between New Year's Day and Saturday; Home Office"
BOX1 = "; fact box, Walmer Beacon analysis of Home Office data)"

# 02 (Thursday 22 May 2025; PA copy on a Home Office press release; year ending March 2025)
FY25 = "April 2024 to March 2025 (the 12 months to March, 2024-25; Home Office press release"
FY24 = "April 2023 to March 2024 (2023-24, the year before; Home Office press release"

# 03 (Friday 10 October 2025; fact check of the Border Security Minister's claim of Sunday 5 October 2025)
CLAIM = "October 2025 (now; the Border Security Minister's claim on Sunday 5 October"
JS25 = "1 January to 30 September 2025 (January to September"

# 04 (Wednesday 14 January 2026; analysis of 'one in, one out' returns to France by month)
TREATY = "6 August to 31 December 2025 (since the treaty came into force on 6 August, by 31 December"
CHART = "; chart)"

# 05 (Wednesday 10 June 2026; live blog; "Tuesday" is 9 June 2026)
TUE = "9 June 2026 (Tuesday"
KP = "; At a glance bullet)"
SF5 = "1 January to 9 June 2026 (this year, the running total"
TOT5 = "6 August 2025 to 10 June 2026 (returns under the 'one in, one out' treaty"

# 06 (Thursday 20 August 2026; Economist-style article on detention capacity)
J26 = "30 June 2026 (the end of June, June 30th"
YJ26 = "July 2025 to June 2026 (the year to June"

# 07 (Friday 27 November 2026; Welsh paper; Home Office tables released Thursday 26 November for 30 September 2026)
S26 = "30 September 2026 (the end of September; Home Office tables released on Thursday"
S25 = "30 September 2025 (a year earlier, September 2025; Home Office tables"
BOX7 = "; fact box)"
SWA, CDF, NPT, WRX = "Swansea", "Cardiff", "Newport", "Wrexham"

ARTICLES = {
    "01-walmer-beacon-kent-boats-more-crowded": dict(
        meta=dict(url="https://www.walmerbeacon.example/news/dover-deal/channel-dinghies-now-carry-almost-59-people-each-as-gangs-pack-boats-ever-tighter-48213",
                  title="Channel dinghies now carry almost 59 people each as gangs pack boats ever tighter",
                  publisher="Walmer Beacon", author="Rosalind Quartermaine-Adebayo", published_date="2025-03-17"),
        labels=[
            L("almost 59", 59, ALM, PPB, SBO, "1 January to 15 March 2025 (now, each, 2025 so far; headline)", occ=0),
            L("eight", 8, E, BOATS, SBC, SAT1 + "; image caption)", ctx="one of eight boats"),
            L("487", 487, E, P, SBA, SAT1 + ", brought to Kent that day; image caption)", occ=0),
            L("Eight", 8, E, BOATS, SBC, SAT1 + " tally)", ctx="Eight dinghies"),
            L("487", 487, E, P, SBA, SAT1 + " tally)", occ=1),
            L("almost 61", 61, ALM, PPB, SBO, SAT1 + ", averaged out, each of those boats)"),
            L("84", 84, E, BOATS, SBC, SF1 + ")"),
            L("4,920", 4920, E, P, SBA, SF1 + ", the department logged)"),
            L("almost 59", 59, ALM, PPB, SBO, SF1 + ", an average a boat)", occ=1),
            L("8,466", 8466, E, P, SBA, "January to December 2020 (2020, made the journey)"),
            L("13", 13, E, PPB, SBO, "January to December 2020 (2020, the typical boat held)", ctx="boat held 13"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (2022, the peak year)"),
            L("41", 41, E, PPB, SBO, "January to December 2022 (2022, had climbed to)", ctx="climbed to 41"),
            L("53", 53, E, PPB, SBO, "January to December 2024 (last year, it reached)", ctx="reached 53"),
            L("36,816", 36816, E, P, SBA, "January to December 2024 (last year)"),
            L("695", 695, E, BOATS, SBC, "January to December 2024 (last year)"),
            L("roughly four and a half times", 4.5, AP, RATIO, SBO + "_ratio", "2025 vs 2020 (a dinghy leaving France in 2025 against one that set off in 2020)"),
            L("a dozen or so", 12, AP, P, ONE, "when he joined the Walmer lifeboat crew (faces staring back, normal then; Barnaby Pennington-Osei)"),
            R("between 60 and 70", 60, 70, P, ONE, "March 2025 (these days, routinely; Barnaby Pennington-Osei)"),
            L("more than 80", 80, MT, P, ONE, "March 2025 (boats he has been alongside; Barnaby Pennington-Osei)"),
            L("1,160", 1160, E, P, STOP, "January to February 2025 (in January and February; the préfecture covering the Nord and Pas-de-Calais)", geo=FR),
            L("20%", 20, E, PCT, STOP + "_change", "January-February 2025 vs the same two months of 2024 (up; the préfecture)", geo=FR),
            L("78", 78, E, P, "small_boat_deaths", "January to December 2024 (last year, the worst on record; French authorities)", geo=CH),
            L("at least 17", 17, AL, P, "small_boat_deaths_crushed_or_suffocated", "January to December 2024 (of last year's deaths, tied to crushes inside overloaded boats; prosecutors in Boulogne)", geo=CH),
            L("nine in ten", 90, E, PCT, "small_boat_arrivals_share_picked_up_at_sea", "1 January to 17 March 2025 (this year, lifted off their boats at sea; a Home Office source)"),
            L("three", 3, E, BOATS, "small_boats_landed_on_beach", "1 January to 17 March 2025 (since January, come ashore between Deal and Kingsdown; the coastguard)", ctx="only three boats", geo="Deal"),
            L("14", 14, E, BOATS, "small_boats_landed_on_beach", "1 January to 17 March 2024 (over the same weeks of 2024; the coastguard)", geo="Deal"),
            L("passed 24,000", 24000, MT, P, RET, "5 July 2024 to 17 March 2025 (since the July general election, people not entitled to remain; a Home Office spokesperson)"),
            L("13", 13, E, PPB, SBO, "January to December 2020 (2020" + BOX1, ctx="2020: 13"),
            L("41", 41, E, PPB, SBO, "January to December 2022 (2022" + BOX1, ctx="2022: 41"),
            L("49", 49, E, PPB, SBO, "January to December 2023 (2023" + BOX1, ctx="2023: 49"),
            L("53", 53, E, PPB, SBO, "January to December 2024 (2024" + BOX1, ctx="2024: 53"),
            L("59", 59, E, PPB, SBO, "1 January to 15 March 2025 (2025, to 15 March" + BOX1, ctx="March): 59"),
        ]),
    "02-harwich-quay-pa-removal-flights-press-release": dict(
        meta=dict(url="https://www.harwichquay.example/news/uk-news/charter-removal-flights-up-by-a-third-as-home-office-says-returns-at-highest-level-in-years-3318820",
                  title="Charter removal flights up by a third as Home Office says returns at highest level in years",
                  publisher="Harwich Quay", author="Ezekiel Holloway-Achterberg", published_date="2025-05-22"),
        labels=[
            L("a third", THIRD, E, PCT, "charter_removal_flights_change", "April 2024 to March 2025 vs April 2023 to March 2024 (up by; headline)", ctx="up by a third"),
            L("Two-thirds", 200 / 3, E, PCT, "charter_removal_flights_share_stansted", "April 2024 to March 2025 (2024-25, took off from the Essex airport; image caption)"),
            L("51", 51, E, FLIGHTS, "charter_removal_flights", FY25 + ")", occ=0),
            L("a third", THIRD, E, PCT, "charter_removal_flights_change", "12 months to March 2025 vs the year before (more than; Home Office press release)", ctx="a third more than"),
            L("2,318", 2318, E, P, "charter_removal_flights_passengers", FY25 + ", the flights carried)"),
            L("36%", 36, E, PCT, "charter_removal_flights_passengers_change", "2024-25 vs 2023-24 (up; Home Office press release)"),
            L("1,704", 1704, E, P, "charter_removal_flights_passengers", FY24 + ")"),
            L("38", 38, E, FLIGHTS, "charter_removal_flights", "April 2023 to March 2024 (the previous year; Home Office press release)"),
            L("45", 45, E, PPF, "charter_removal_flight_occupancy", FY25 + ", on average each flight)"),
            L("160", 160, E, P, "charter_removal_flight_passengers_largest", "March 2025 (the largest flight, to Albania and Kosovo; Home Office press release)"),
            L("51", 51, E, FLIGHTS, "charter_removal_flights", FY25 + ", of the flights)", occ=1),
            L("34", 34, E, FLIGHTS, "charter_removal_flights", FY25 + ", departed from Stansted)", geo="Stansted"),
            L("9,140", 9140, E, P, RENF, "April 2024 to March 2025 (the year ending March 2025; Home Office)"),
            L("22%", 22, E, PCT, RENF + "_change", "year ending March 2025 vs a year earlier (up; Home Office)"),
            L("7,492", 7492, E, P, RENF, "April 2023 to March 2024 (a year earlier; Home Office)"),
            L("34,660", 34660, E, P, RET, "April 2024 to March 2025 (all returns, year ending March 2025; Home Office)"),
            L("11%", 11, E, PCT, RET + "_change", "year ending March 2025 vs year ending March 2024 (an increase of; Home Office)"),
            L("31,225", 31225, E, P, RET, "April 2023 to March 2024 (the year before; Home Office)"),
            L("just over a quarter", 25, MT, PCT, "returns_share_enforced", "April 2024 to March 2025 (enforced returns' share of the total; Home Office)"),
            L("21%", 21, E, PCT, "returns_foreign_national_offenders_change", "year ending March 2025 vs the year before (rose; the press release)"),
            L("4,630", 4630, E, P, "returns_foreign_national_offenders", "April 2024 to March 2025 (foreign criminals sent home; the press release)"),
            L("more than 28,500", 28500, MT, P, RET, "5 July 2024 to 22 May 2025 (since 5 July last year, left or been removed; the Home Office)"),
            L("290", 290, E, BEDS, "removal_centre_beds_added", "2025 onwards (work under way to add, Campsfield House and Haslar; the department)"),
            L("two", 2, E, "other:centres", "removal_centres_reopened", "2025 onwards (immigration removal centres where beds are to be added, Campsfield House and Haslar; the department)", ctx="at two immigration"),
            L("37", 37, E, P, "charter_removal_manifest_taken_off_legal_claims", "February 2025 (one flight to Vietnam, taken off after lodging fresh claims; the Home Office)"),
            L("89", 89, E, P, "charter_removal_flight_manifest", "February 2025 (people listed on the manifest of one flight to Vietnam; the Home Office)"),
            L("more than two in five", 40, MT, PCT, "charter_removal_manifest_share_taken_off", "February 2025 (of those on the manifest, taken off; the Home Office)"),
            L("£17.4m", 17400000, E, GBP, "charter_removal_flights_cost", "April 2024 to March 2025 (2024-25, the charter programme)"),
            L("roughly £7,500", 7500, AP, GBP, "charter_removal_flights_cost_per_person", "April 2024 to March 2025 (2024-25, for every person flown out)"),
            L("More than 12,000", 12000, MT, P, SBA, "1 January to 21 May 2025 (already this year; the shadow home secretary)"),
            L("a third", THIRD, E, PCT, CHG, "1 January to 21 May 2025 vs the same date in 2024 (up on where we were; the shadow home secretary)", ctx="a third up on"),
            L("nearly half", 50, ALM, PCT, "detention_leavers_share_released", "January to December 2024 (left detention in 2024, bailed or freed; a spokesperson for a detention charity)"),
        ]),
    "03-the-foghorn-minister-french-stopping-boats-check": dict(
        meta=dict(url="https://thefoghorn.example/fact-checks/are-the-french-now-stopping-two-in-three-channel-crossings",
                  title="Are the French now stopping two in three Channel crossings?",
                  publisher="The Foghorn", author="Isidore Blackwood-Anyanwu", published_date="2025-10-10"),
        labels=[
            L("two in three", 200 / 3, E, PCT, "small_boat_launches_prevented_share", CLAIM + "; headline)", ctx="stopping two in three Channel", geo=FR),
            L("two out of every three", 200 / 3, E, PCT, "small_boat_launches_prevented_share", CLAIM + ", turning back; standfirst)", ctx="turning back two out of every three", geo=FR),
            L("two out of every three", 200 / 3, E, PCT, "small_boat_launches_prevented_share", CLAIM + ", before they ever get into the water; The claim)", ctx="stopping two out of every three boats before", geo=FR),
            L("roughly 36%", 36, AP, PCT, "small_boat_launch_attempts_share_prevented", JS25 + ", of the people who tried to cross; French and British figures; Our verdict)", geo=FR),
            L("just over half", 50, MT, PCT, "small_boat_launches_prevented_share", JS25 + ", of the boats; French and British figures; Our verdict)", ctx="and just over half of the boats", geo=FR),
            L("18,740", 18740, E, P, STOP, "1 January to 30 September 2025 (prevented from leaving; the French interior ministry)", geo=FR),
            L("33,184", 33184, E, P, SBA, "1 January to 30 September 2025 (over the same nine months; the Home Office)"),
            L("about 51,900", 51900, AP, P, "small_boat_crossing_attempts", "1 January to 30 September 2025 (adding the two; The Foghorn's calculation)", geo=FR),
            L("about 36%", 36, AP, PCT, "small_boat_launch_attempts_share_prevented", "1 January to 30 September 2025 (of the attempts, stopped by French police; The Foghorn's calculation)", occ=0, geo=FR),
            L("just over a third", THIRD, MT, PCT, "small_boat_launch_attempts_share_prevented", "1 January to 30 September 2025 (of the attempts; The Foghorn's calculation)", geo=FR),
            L("two-thirds", 200 / 3, E, PCT, "small_boat_launches_prevented_share", CLAIM + ", restated: that is not)", geo=FR),
            L("24,350", 24350, E, P, STOP, "January to December 2024 (2024, prevented; the French interior ministry)", geo=FR),
            L("36,816", 36816, E, P, SBA, "January to December 2024 (2024, reached Britain; Home Office)"),
            L("about 40%", 40, AP, PCT, "small_boat_launch_attempts_share_prevented", "January to December 2024 (of attempts, stopped; The Foghorn's calculation)", occ=0, geo=FR),
            L("612", 612, E, BOATS, "small_boat_launches_prevented", JS25 + ", boat launches prevented; French officials)", geo=FR),
            L("544", 544, E, BOATS, SBC, JS25 + ", boats arriving; the Home Office)"),
            L("just over half", 50, MT, PCT, "small_boat_launches_prevented_share", JS25 + ", of the boats, on that basis; The Foghorn's calculation)", ctx="stopped just over half of the boats, 53%", geo=FR),
            L("53%", 53, E, PCT, "small_boat_launches_prevented_share", JS25 + ", of the boats; The Foghorn's calculation)", geo=FR),
            L("61", 61, E, PPB, SBO, "1 January to 30 September 2025 (this year, an average of; Home Office)"),
            L("53", 53, E, PPB, SBO, "January to December 2024 (2024; Home Office)", ctx="from 53 in 2024"),
            L("two in three", 200 / 3, E, PCT, "small_boat_launches_prevented_share", CLAIM + ", the figure falls well short of)", ctx="short of two in three", geo=FR),
            L("two in three", 200 / 3, E, PCT, "small_boat_launches_prevented_share", CLAIM + "; cross-head)", ctx="\"two in three\" have come", geo=FR),
            L("nine", 9, E, "other:operations", "small_boat_interceptions_at_sea", "summer to 30 September 2025 (by the end of September, under rules that came in over the summer; the French interior ministry)", ctx="said nine such operations", geo=FR),
            L("412", 412, E, P, "small_boat_interceptions_at_sea_people", "summer to 30 September 2025 (stopped by the operations at sea; the French interior ministry)", geo=FR),
            L("nearly half a billion pounds", 500000000, ALM, GBP, "uk_funding_to_france", "2023 to 2026 (spread across three years, under a deal struck in 2023)", geo=FR),
            L("42", 42, E, P, RF, "September to 30 September 2025 (returned by 30 September under the 'one in, one out' treaty; the Home Office)"),
            V("thousands", 2000, 9000, P, "small_boat_crossings_prevented", "1 January to October 2025 (this year, French interventions; the Home Office)", ctx="prevented thousands of crossings", geo=FR),
            V("thousands", 2000, 9000, P, "small_boat_crossings_prevented", "2025 (Police in France are preventing; Conclusion)", ctx="preventing thousands of crossings", geo=FR),
            L("two in three", 200 / 3, E, PCT, "small_boat_launches_prevented_share", CLAIM + ", nowhere near; Conclusion)", ctx="nowhere near two in three", geo=FR),
            L("about 36%", 36, AP, PCT, "small_boat_launch_attempts_share_prevented", "1 January to 30 September 2025 (the first nine months of 2025, measured by people; Conclusion)", occ=1, geo=FR),
            L("about 40%", 40, AP, PCT, "small_boat_launch_attempts_share_prevented", "January to December 2024 (down from, in 2024; Conclusion)", occ=1, geo=FR),
            L("just over half", 50, MT, PCT, "small_boat_launches_prevented_share", JS25 + ", measured by boats; Conclusion)", ctx="the figure is just over half", geo=FR),
        ]),
    "04-the-seawall-one-in-one-out-monthly-returns-analysis": dict(
        meta=dict(url="https://www.theseawall.example/news/uk/home-news/one-in-one-out-returns-france-monthly-figures-analysis-b2934118.html",
                  title="'One in, one out' is speeding up. It is still nowhere near big enough to matter",
                  publisher="The Seawall", author="Hermione Castellane-Boateng", published_date="2026-01-14"),
        labels=[
            L("about 2%", 2, AP, PCT, "returns_france_annual_capacity_share_of_arrivals", "a year at December 2025's rate vs a year's arrivals (even December's total would send back only; standfirst)", occ=0),
            L("26", 26, E, P, RF, "September 2025 (the first month in which flights left; the Home Office)", occ=0),
            L("41", 41, E, P, RF, "October 2025 (In October; the Home Office)", ctx="In October there were 41"),
            L("57", 57, E, P, RF, "November 2025 (in November; the Home Office)", occ=0),
            L("73", 73, E, P, RF, "December 2025 (in December; the Home Office)", occ=0),
            L("28%", 28, E, PCT, RF + "_change", "December 2025 vs November 2025 (up on November; the Home Office)"),
            L("nearly three times", 3, ALM, RATIO, "returns_france_monthly_ratio", "December 2025 vs September 2025 (September's)"),
            L("197", 197, E, P, RF, TREATY + ", in all; the Home Office)"),
            L("16,038", 16038, E, P, SBA, "6 August to 31 December 2025 (between the treaty coming into force and the end of the year)"),
            L("roughly one in 81", 100 / 81, AP, PCT, "returns_france_share_of_small_boat_arrivals", TREATY + ", sent back)"),
            L("26", 26, E, P, RF, "September 2025 (September" + CHART, ctx="September 26"),
            L("41", 41, E, P, RF, "October 2025 (October" + CHART, ctx="October 41"),
            L("57", 57, E, P, RF, "November 2025 (November" + CHART, ctx="; November 57"),
            L("73", 73, E, P, RF, "December 2025 (December" + CHART, ctx="; December 73"),
            L("50", 50, E, P, "returns_france_weekly_initial_expected", "per week (could reach, as officials briefed when the deal was signed in July 2025)", ctx="reach 50 a week"),
            L("more than 200", 200, MT, P, "returns_france_monthly_at_briefed_rate", "per month (a month at the briefed pace of 50 a week)"),
            L("about a third", THIRD, AP, PCT, "returns_france_share_of_briefed_rate", "December 2025 (December's total against a month at the briefed pace)"),
            L("876", 876, E, P, "returns_france_projection", "January to December 2026 (if every month this year matched December)"),
            L("41,472", 41472, E, P, SBA, "January to December 2025 (last year)"),
            L("13%", 13, E, PCT, CHG, "2025 vs 2024 (more than)"),
            L("36,816", 36816, E, P, SBA, "January to December 2024 (2024)"),
            L("about 2%", 2, AP, PCT, "returns_france_annual_capacity_share_of_arrivals", "a year at December 2025's rate vs 2025's arrivals (even at December's rate)", occ=1),
            V("thousands", 2000, 9000, P, "returns_france_monthly_needed_for_deterrence", "per month (before the calculation changes; Perdita Okonjo-Lindqvist)"),
            L("731", 731, E, P, "returns_france_detained", TREATY.replace(", by 31 December", ", by the end of December") + ", detained under the scheme; the Home Office)"),
            L("318", 318, E, P, "returns_france_detained_released", TREATY + ", of those detained, later released; the Home Office)"),
            L("more than two in five", 40, MT, PCT, "returns_france_detained_share_released", TREATY + ", of those detained, later released; the Home Office)"),
            L("£3.8m", 3800000, E, GBP, "returns_france_cost", "6 August to 30 November 2025 (up to the end of November; answers to parliamentary questions)"),
            L("124", 124, E, P, RF, "6 August to 30 November 2025 (returned by the end of November; answers to parliamentary questions)"),
            L("more than £30,000", 30000, MT, GBP, "returns_france_cost_per_person", "6 August to 30 November 2025 (for each person returned)"),
            L("48", 48, E, P, "returns_france_afghan", TREATY + ", Afghans, the biggest single nationality among the returnees)"),
            L("about a quarter", 25, AP, PCT, "returns_france_share_afghan", TREATY + ", of the total)"),
            L("156", 156, E, P, "uk_france_legal_route_arrivals", TREATY + ", travelled legally from France via the reciprocal route)"),
        ]),
    "05-lightkeeper-news-live-biggest-day-126-on-one-boat": dict(
        meta=dict(url="https://news.lightkeeper.example/story/channel-crossings-live-1-096-arrive-in-a-day-as-a-single-dinghy-carries-126-13617452",
                  title="Channel crossings live: 1,096 arrive in a day as a single dinghy carries 126; returns to France pass 1,000",
                  publisher="Lightkeeper News", author="Seraphina Tregothnan-Mwangi; Leopold Astbury-Nkemelu", published_date="2026-06-10"),
        labels=[
            L("1,096", 1096, E, P, SBA, TUE + ", in a day; headline)", occ=0),
            L("126", 126, E, P, ONE, TUE + ", a single dinghy; headline)", occ=0),
            L("pass 1,000", 1000, MT, P, RF, TOT5 + "; headline)"),
            L("1,096", 1096, E, P, SBA, TUE + ", the highest daily total of 2026" + KP, occ=1),
            L("17", 17, E, BOATS, SBC, TUE + KP, occ=0),
            L("126", 126, E, P, ONE, TUE + ", one boat, the most ever counted on a single dinghy" + KP, occ=1),
            L("15,873", 15873, E, P, SBA, SF5 + KP, occ=0),
            L("8%", 8, E, PCT, CHG, "1 January to 9 June 2026 vs the same point of 2025 (up" + KP),
            L("438", 438, E, P, STOP, TUE + "; French police" + KP, occ=0, geo=FR),
            L("48", 48, E, P, RF, "10 June 2026 (flown back to France this morning" + KP, occ=0),
            L("1,012", 1012, E, P, RF, TOT5 + ", taking returns to" + KP, occ=0),
            L("1,096", 1096, E, P, SBA, TUE + "; Home Office figures; summary)", occ=2),
            L("17", 17, E, BOATS, SBC, TUE + "; Home Office figures; summary)", occ=1),
            L("about 64", 64, AP, PPB, SBO, TUE + ", an average on each; Home Office figures)"),
            L("903", 903, E, P, SBA, "22 April 2026 (the previous high for the year)"),
            L("126", 126, E, P, ONE, TUE + ", one boat intercepted mid-Channel, the largest number ever recorded on one vessel; a Home Office source)", occ=2),
            L("15,873", 15873, E, P, SBA, SF5 + ", the year's total now)", occ=1),
            L("14,697", 14697, E, P, SBA, "1 January to 9 June 2025 (at this point last year)"),
            L("almost 7%", 7, ALM, PCT, "small_boat_arrivals_share_record_day", TUE + "'s arrivals alone, of the year's total)"),
            L("438", 438, E, P, STOP, TUE + "; French police; live-blog entry heading)", occ=1, geo=FR),
            L("two", 2, E, BOATS, "small_boat_interceptions_at_sea", TUE + ", turned back at sea; live-blog entry heading)", ctx="two boats turned back", geo=FR),
            L("438", 438, E, P, STOP, TUE + ", from beaches between Dunkirk and Boulogne; the regional prefecture)", occ=2, geo=FR),
            L("two", 2, E, BOATS, "small_boat_interceptions_at_sea", TUE + ", already afloat, intercepted by gendarmes; the regional prefecture)", ctx="intercepted two boats", geo=FR),
            L("more than 11,000", 11000, MT, P, STOP, "1 January to 9 June 2026 (since January; the regional prefecture)", geo=FR),
            L("48", 48, E, P, RF, "10 June 2026 (flown to Paris on a returns flight this morning; the Home Secretary)", occ=1),
            L("1,012", 1012, E, P, RF, TOT5 + "; the Home Secretary)", occ=1),
            L("180", 180, E, P, RF, "May 2026 (in May alone, the highest monthly figure yet; the Home Secretary)"),
            L("more than four times", 4, MT, RATIO, "returns_france_monthly_ratio", "May 2026 vs October 2025 (October's total, the first full month of flights; the Home Secretary)"),
            L("17", 17, E, "other:networks", "smuggling_networks_dismantled", "1 January to 10 June 2026 (since January, the Border Security Command; the Home Secretary)", ctx="dismantle 17"),
            L("more than 30", 30, MT, RATIO, "small_boat_arrivals_to_returns_france_ratio", "6 August 2025 to 9 June 2026 (for every person sent back to France, since the treaty began; the shadow home secretary)"),
            L("818", 818, E, P, RF, "December 2025 to May 2026 (between December and May, the last six months; Home Office figures)"),
            L("about 1,350", 1350, AP, P, "processing_site_population", "9 to 10 June 2026 (overnight; people working at the site)", geo="Manston"),
            L("1,600", 1600, E, P, "processing_site_capacity", "June 2026 (designed to hold)", geo="Manston"),
            R("80 or 90", 80, 90, P, ONE, "June 2026 (now common; our correspondent on the French coast)"),
            L("66", 66, E, PPB, SBO, "1 January to 9 June 2026 (this year, the average number of people per boat)"),
            L("61", 61, E, PPB, SBO, "January to December 2025 (2025)"),
        ]),
    "06-the-harbourmaster-detention-capacity-removal-centres": dict(
        meta=dict(url="https://www.theharbourmaster.example/britain/2026/08/20/no-room-at-the-centre",
                  title="No room at the centre",
                  publisher="The Harbourmaster", author=None, published_date="2026-08-20"),
        labels=[
            L("seven", 7, E, "other:centres", "removal_centres", "August 2026 (the immigration removal centres on which the government's promise rests)", ctx="one of seven"),
            L("roughly 2,200", 2200, AP, BEDS, "detention_capacity", "July 2024 (when Labour took office, the detention estate)"),
            L("380", 380, E, BEDS, "detention_capacity", "spring 2026 (Campsfield House, came back into use this spring)", geo="Oxfordshire"),
            L("2,780", 2780, E, BEDS, "detention_capacity", J26 + ", capacity stood at)"),
            L("about a quarter", 25, AP, PCT, "detention_capacity_change", "30 June 2026 vs July 2024 (a rise of)"),
            L("3,400", 3400, E, BEDS, "detention_capacity_planned", "by the end of 2027 (the plan, once Haslar reopens)"),
            L("27,960", 27960, E, P, "detention_entries", YJ26 + ", taken into detention)"),
            L("19%", 19, E, PCT, "detention_entries_change", "year to June 2026 vs a year earlier (more than)"),
            L("23,496", 23496, E, P, "detention_entries", "July 2024 to June 2025 (a year earlier)"),
            L("2,412", 2412, E, P, "detention_population", J26 + ", held under immigration powers)"),
            L("2,031", 2031, E, P, "detention_population_removal_centres", J26 + ", in removal centres)"),
            L("381", 381, E, P, "detention_population_prisons", J26 + ", in prisons)"),
            L("nearly three-quarters", 75, ALM, PCT, "detention_capacity_share_occupied", J26 + ", of the IRCs' beds filled, on paper)"),
            L("roughly 300", 300, AP, BEDS, "detention_capacity_reserved_returns_france", "August 2026 (now kept for those the 'one in, one out' treaty will send back to France; officials)"),
            L("About two-thirds", 200 / 3, AP, PCT, "detention_leavers_share_held_7_days_or_less", YJ26 + ", of those who left detention, no more than seven days inside)"),
            L("27,310", 27310, E, P, "detention_leavers", YJ26 + ", left detention in the year)"),
            L("62", 62, E, P, "detention_leavers_held_over_6_months", YJ26 + ", inside for more than six months)"),
            L("58%", 58, E, PCT, "detention_leavers_share_returned", YJ26 + ", of those who left, flown out)"),
            L("fewer than half", 50, LT, PCT, "detention_leavers_share_returned", "a few years ago (of those leaving detention, removed)"),
            L("roughly four in ten", 40, AP, PCT, "detention_leavers_share_released", YJ26 + ", of those locked up, walk out again)"),
            L("roughly £150", 150, AP, GBP, "detention_cost_per_person_per_day", "per day (a place in an IRC, 2026)"),
            L("£121m", 121000000, E, GBP, "detention_cost", "April 2025 to March 2026 (2025-26, running the estate)"),
            L("£90m or so", 90000000, AP, GBP, "detention_expansion_build_cost", "2026 to 2027 (building Haslar, expected to cost another)", geo="Hampshire"),
            L("11,280", 11280, E, P, RENF, YJ26 + ", the most since the mid-2010s)"),
            L("around £16,000", 16000, AP, GBP, "asylum_support_cost_per_person", "per year (saved in asylum support for each person removed; the Home Office reckons)"),
            L("roughly 1,950", 1950, AP, BEDS, "detention_capacity", "2026 (places in its administrative detention centres)", geo=FR),
            L("3,000", 3000, E, BEDS, "detention_capacity_planned", "by 2027 (promised to reach)", geo=FR),
            L("96", 96, E, P, "detention_population", J26 + ", Scotland's only centre, at Dungavel in South Lanarkshire)", geo="Scotland"),
            L("19", 19, E, BEDS, "detention_capacity", "2026 (Larne House, a short-term holding facility)", geo="Northern Ireland", ctx="with 19 beds"),
            L("more than 30,000", 30000, MT, P, "detention_entries", "per year (a decade ago, about 2016; campaigners)"),
        ]),
    "07-mumbles-beacon-wales-asylum-dispersal-swansea": dict(
        meta=dict(url="https://www.mumblesbeacon.example/news/wales-news/swansea-now-houses-more-asylum-seekers-than-ever-as-wales-takes-bigger-share-1204471",
                  title="Swansea now houses more asylum seekers than ever, as Wales takes a bigger share of people dispersed from England's hotels",
                  publisher="Mumbles Beacon", author="Gwenllian Ashcroft-Nwachukwu", published_date="2026-11-27"),
        labels=[
            L("9%", 9, E, PCT, ASP + "_change", "30 September 2026 vs 30 September 2025 (rose in a year; Home Office figures; standfirst)", occ=0, geo=WAL),
            L("812", 812, E, P, ASP, S26 + ", housed in Swansea, a record)", occ=0, geo=SWA),
            L("24%", 24, E, PCT, ASP + "_change", "30 September 2026 vs 30 September 2025 (up from, a year earlier; Home Office tables)", geo=SWA),
            L("655", 655, E, P, ASP, S25 + ")", geo=SWA),
            L("about 33", 33, AP, PER10K, ASP + "_per_10000_residents", S26 + ", people in asylum accommodation for every 10,000 residents)", geo=SWA),
            L("three times", 3, E, RATIO, ASP + "_per_10000_residents_ratio", S26 + ", Swansea's rate against the Welsh average)", geo=SWA),
            L("about 11", 11, AP, PER10K, ASP + "_per_10000_residents", S26 + ", the Welsh average)", geo=WAL),
            L("3,520", 3520, E, P, ASP, S26 + ", receiving asylum support)", occ=0, geo=WAL),
            L("9%", 9, E, PCT, ASP + "_change", "30 September 2026 vs September 2025 (up; Home Office tables)", ctx="up 9% on", geo=WAL),
            L("3,229", 3229, E, P, ASP, S25 + ")", geo=WAL),
            L("3,180", 3180, E, P, "asylum_dispersal_population", S26 + ", living in dispersal housing)", geo=WAL),
            L("164", 164, E, P, HOT, S26 + ", in the last Welsh hotel still in use for asylum housing)", geo=WAL),
            L("176", 176, E, P, "asylum_support_subsistence_only", S26 + ", received cash only)", geo=WAL),
            L("1,108", 1108, E, P, ASP, S26 + ")", occ=0, geo=CDF),
            L("812", 812, E, P, ASP, S26 + ")", ctx="Swansea 812", geo=SWA),
            L("596", 596, E, P, ASP, S26 + ")", occ=0, geo=NPT),
            L("214", 214, E, P, ASP, S26 + ")", geo=WRX),
            L("more than three-quarters", 75, MT, PCT, "asylum_support_population_share_four_dispersal_areas", S26 + ", Cardiff, Swansea, Newport and Wrexham together, of everyone supported in Wales)", geo=WAL),
            L("nine", 9, E, COUNCILS, "councils_without_asylum_dispersal", S26 + ", had nobody in dispersal accommodation)", ctx="nine of Wales", geo=WAL),
            L("22", 22, E, COUNCILS, "council_areas_total", "2026 (Wales's local authorities)", geo=WAL),
            L("107,850", 107850, E, P, ASP, S26 + ", supported across the UK)"),
            L("about 3.3%", 3.3, AP, PCT, "asylum_support_population_share_wales", S26 + ", of the UK total in Wales)"),
            L("4.6%", 4.6, E, PCT, "population_share_wales", "2026 (of the UK's residents, Wales is home to)"),
            L("around 600", 600, AP, BEDS, "asylum_dispersal_bed_spaces_needed", "by the end of 2027 (extra dispersal places asked of Welsh councils; the Home Office)", geo=WAL),
            L("£3,500", 3500, E, GBP, "council_asylum_grant_per_new_dispersal_bed", "2026-27 (on offer for each new bed; the Home Office)", geo=WAL),
            L("about seven in ten", 70, AP, PCT, "asylum_support_population_share_small_boat_arrivals", "November 2026 (of those now supported in Wales, came over on small boats; the Welsh Refugee Council)", geo=WAL),
            L("1,160", 1160, E, P, "refugees_left_asylum_support", "October 2025 to September 2026 (the year to September, given protection in Wales and left asylum accommodation)", geo=WAL),
            L("470", 470, E, P, "refugees_homeless_after_leaving_asylum_support", "October 2025 to September 2026 (the year to September, went to their council as homeless)", geo=WAL),
            L("about two in five", 40, AP, PCT, "refugees_homeless_after_leaving_asylum_support_share", "October 2025 to September 2026 (the year to September, of those who left asylum accommodation)", geo=WAL),
            L("around 140", 140, AP, P, "refugee_drop_in_attendance", "per week (now, November 2026; organisers of a volunteer drop-in near the Kingsway)", geo=SWA),
            L("about 90", 90, AP, P, "refugee_drop_in_attendance", "per week (this time last year, November 2025; organisers of a volunteer drop-in)", geo=SWA),
            L("3,520", 3520, E, P, ASP, "30 September 2026 (Wales total" + BOX7, occ=1, geo=WAL),
            L("1,108", 1108, E, P, ASP, "30 September 2026 (Cardiff" + BOX7, occ=1, geo=CDF),
            L("812", 812, E, P, ASP, "30 September 2026 (Swansea" + BOX7, ctx="Swansea: 812", geo=SWA),
            L("596", 596, E, P, ASP, "30 September 2026 (Newport" + BOX7, occ=1, geo=NPT),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
