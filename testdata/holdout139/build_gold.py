#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-thirty-ninth hand-labelled hold-out set (holdout139).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, HOTELS, THIRD, SIXTH,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, PTR, RSC)

UK, ENG, WAL, SCO, NI, FR, EU, RW = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France", "EU", "Rwanda"
HOURS, COACHES, SHARES, HOMES, FLIGHTS = "other:hours", "other:coaches", "other:shares", "other:homes", "other:flights"

# 01 (Tuesday 14 July 2026; Home Office daily small-boat figures to Monday 13 July 2026)
HO1 = "Home Office figures"
WK1 = "7 to 13 July 2026 (the seven days to Monday night; " + HO1
SAT1 = "Saturday 11 July 2026 (" + HO1
MON1 = "Monday 13 July 2026 (" + HO1
YTD1 = "1 January to 13 July 2026 (so far this year; " + HO1
CH1 = "1 January to 13 July 2026 vs 1 January to 13 July 2025 ("
OCC = "small_boat_occupancy"
# 02 (Friday 4 September 2026; Home Office data for August 2026 shared with Kent County Council)
HO2 = "Home Office data shared with Kent County Council"
AUG2 = "August 2026 (last month; " + HO2
MAN, DOV, KENT = "Manston", "Dover", "Kent"
KIDS = "small_boat_arrivals_children"
HELD = "processing_site_held_beyond_24_hours"
NTS = "unaccompanied_children_national_transfer_scheme_threshold"
KCC = "Kent County Council"
PENF = "Councillor Gareth Penfold, Kent County Council"
OVER = "council_unaccompanied_children_cost_overspend"
# 03 (Saturday 5 December 2026; essay on the ONS estimates released Thursday 26 November 2026)
ONS3 = "ONS estimates released Thursday 26 November 2026"
YJ26 = "July 2025 to June 2026 (the year ending June; provisional; " + ONS3
YJ25 = "July 2024 to June 2025 (the year to June 2025; "
YJ23 = "July 2022 to June 2023 (the year ending June 2023, the peak; "
REV = NM + "_revision"
# 04 (Wednesday 22 July 2026; Home Office annual report and accounts 2025/26, published Tuesday 21 July 2026)
ARA = "Home Office annual report and accounts 2025/26, published Tuesday 21 July 2026"
FY26 = "April 2025 to March 2026 (2025/26, the 12 months to March; " + ARA
M26 = "31 March 2026 (the end of March; " + ARA
M25 = "31 March 2025 (last year; " + ARA + ")"
NIGHT = "asylum_hotel_cost_per_person_night"
PERP = "asylum_cost_per_person_per_year"
ALLOW = "asylum_support_weekly_allowance"
MIN4 = "the border security and asylum minister"
WM, DUD = "West Midlands", "Dudley"
# 05 (Wednesday 7 October 2026; fact check of an MP's post on X on Sunday 4 October 2026)
HO5 = "Home Office statistics published in August 2026"
SINCE5 = "5 July 2024 to 30 June 2026 (since the election; " + HO5
CLAIM = "5 July 2024 to October 2026 (since the election; the MP's claim"
PILOT = "September 2025 to 30 June 2026 (returned to France under the UK-France returns pilot; " + HO5
ENF = "returns_enforced"
# 06 (Thursday 16 July 2026; ONS mid-2025 population estimates published Wednesday 15 July 2026)
ONS6 = "ONS mid-2025 estimates published Wednesday 15 July 2026"
MID6 = "30 June 2025 (" + ONS6 + ")"
YM6 = "July 2024 to June 2025 (the year to mid-2025; " + ONS6
CDF, SWA = "Cardiff", "Swansea"
GROW, NC, NMI, INT = "population_growth", "population_natural_change", "net_migration_international", "internal_migration_net"
OLD = "population_share_aged_65_and_over"
# 07 (Thursday 29 January 2026; Home Office figures sent to the home affairs committee on Tuesday 27 January 2026)
HAC = "Home Office figures sent to the Commons home affairs committee on Tuesday 27 January 2026"
ALL7 = "April 2022 to January 2026 (the scheme's cost to date; " + HAC
REL7 = "April 2022 to July 2024 (people relocated to Rwanda under the scheme"
INST = "after April 2022 (a later instalment, year not stated; " + HAC + ")"

ARTICLES = {
    "01-daily-spark-channel-crossings-busiest-week": dict(
        meta=dict(url="https://www.dailyspark.example/news/politics/channel-migrants-3412-week-saturday-1104-37014582",
                  title="Channel chaos as 3,412 migrants cross in a week and Saturday's 1,104 tops any day for four years",
                  publisher="Daily Spark", author="Kerry Ashdown", published_date="2026-07-14"),
        labels=[
            L("3,412", 3412, E, P, SBA, WK1 + "; in a week; headline)", occ=0),
            L("1,104", 1104, E, P, SBA, SAT1 + "; headline)", occ=0),
            L("Seventeen", 17, E, BOATS, SBC, SAT1 + "; boats landed on Saturday alone; standfirst)"),
            L("65", 65, E, PPB, OCC, SAT1 + "; an average of, crammed into each; standfirst)", occ=0),
            L("20%", 20, E, PCT, SBA + "_change", CH1 + "this year's crossings running up on 2025; standfirst)", occ=0),
            L("More than 3,400", 3400, MT, P, SBA, WK1 + ")"),
            L("3,412", 3412, E, P, SBA, WK1 + "; between last Tuesday and Monday)", occ=1),
            L("58", 58, E, BOATS, SBC, WK1 + ")"),
            L("almost 59", 59, ALM, PPB, OCC, WK1 + "; an average in every dinghy)"),
            L("1,104", 1104, E, P, SBA, SAT1 + "; the highest daily count since August 2022)", occ=1),
            L("17", 17, E, BOATS, SBC, SAT1 + ")", ctx="on 17 boats"),
            L("1,295", 1295, E, P, SBA, "22 August 2022 (the all-time daily high; " + HO1 + ")"),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", "Saturday 11 July 2026 vs Saturday 12 July 2025 (as many as on the corresponding Saturday last year)"),
            L("281", 281, E, P, SBA, "Saturday 12 July 2025 (the corresponding Saturday last year; " + HO1 + ")"),
            L("roughly 65", 65, AP, PPB, OCC, SAT1 + "; on every vessel)"),
            L("83", 83, E, PPB, OCC + "_max", "Saturday 11 July 2026 (the most crowded dinghy, aground at Littlestone; a coastguard source)", geo="Littlestone"),
            L("212", 212, E, P, SBA, MON1 + "; when the wind turned)"),
            L("four", 4, E, BOATS, SBC, MON1 + ")", ctx="in four boats"),
            L("22,947", 22947, E, P, SBA, YTD1 + ")"),
            L("20%", 20, E, PCT, SBA + "_change", CH1 + "up on the same date in 2025; " + HO1 + ")", occ=1),
            L("19,120", 19120, E, P, SBA, "1 January to 13 July 2025 (logged by the same date in 2025; " + HO1 + ")"),
            L("361", 361, E, BOATS, SBC, YTD1 + ")"),
            L("more than 87,000", 87000, MT, P, SBA, "5 July 2024 to 13 July 2026 (since 5 July 2024, Labour's first full day in power)"),
            L("around 900", 900, AP, P, "small_boat_launch_attempts_stopped_people", "7 to 13 July 2026 (prevented from launching during the week; French police)", geo=FR),
            L("21 or more", 21, AL, P, "small_boat_deaths", "1 January to 14 July 2026 (deaths on the route this year; International Organization for Migration)"),
            L("Three thousand four hundred", 3400, E, P, SBA, "7 to 13 July 2026 (in a single week; the shadow home secretary)"),
            L("3,180", 3180, E, P, "returns", "since the returns agreement with France began (2025) to 14 July 2026 (returned to French soil; the Home Office)", geo=FR),
            L("more than 40,000", 40000, MT, P, "returns", "5 July 2024 to 14 July 2026 (removed from the UK since the election; the Home Office)"),
            L("About one in five", 20, AP, PCT, "small_boat_arrivals_share_children", "Saturday 11 July 2026 (of the people the volunteers saw at the quayside; Mona Haddad, Harbour Light Refugee Network)"),
        ]),
    "02-thanet-tideway-manston-western-jet-foil-children": dict(
        meta=dict(url="https://www.thanettideway.example/news/thanet/manston-western-jet-foil-august-children-arrivals-5529183/",
                  title="One in five Channel arrivals in August were children as Manston strains to cope",
                  publisher="Thanet Tideway", author="Bryony Kettlewell", published_date="2026-09-04"),
        labels=[
            L("One in five", 20, E, PCT, "small_boat_arrivals_share_children", AUG2 + "; Channel arrivals who were children; headline)"),
            L("Almost 7,900", 7900, ALM, P, SBA, AUG2 + "; came through Western Jet Foil and Manston; standfirst)"),
            L("312", 312, E, P, HELD, AUG2 + "; held beyond the legal limit; standfirst)", occ=0, geo=MAN),
            L("MORE than one in five", 20, MT, PCT, "small_boat_arrivals_share_children", AUG2 + "; people who crossed the Channel who were children)"),
            L("7,860", 7860, E, P, SBA, AUG2 + "; brought ashore and taken through Western Jet Foil in Dover)"),
            L("1,650", 1650, E, P, KIDS, AUG2 + "; arrivals who said they were under 18)"),
            L("doubled", 2, E, RATIO, KIDS + "_ratio", "August 2026 vs August 2025 (that number has doubled; " + HO2 + ")"),
            L("825", 825, E, P, KIDS, "August 2025 (" + HO2 + ")"),
            L("Some 610", 610, AP, P, "small_boat_arrivals_unaccompanied_children", AUG2 + "; children travelling alone)"),
            L("Nearly 88%", 88, ALM, PCT, "small_boat_arrivals_unaccompanied_children_share_boys_16_17", AUG2 + "; of these, boys aged 16 or 17)"),
            L("up to 1,600", 1600, AM, P, "processing_site_capacity", "September 2026 (has room for; Manston)", geo=MAN),
            L("1,430", 1430, E, P, "processing_site_population", "night of Tuesday 11 August 2026 (its busiest night; people inside)", geo=MAN),
            L("312", 312, E, P, HELD, AUG2 + "; kept at the site longer than 24 hours)", occ=1, geo=MAN),
            L("81", 81, E, P, HELD, "July 2026 (" + HO2 + ")", geo=MAN),
            L("19 hours", 19, E, HOURS, "processing_site_average_stay", AUG2 + "; the average stay)", geo=MAN),
            L("£17.5m", 17500000, E, GBP, "processing_site_expansion_cost", "completed spring 2026 (the rebuild of Western Jet Foil)", geo=DOV),
            L("700", 700, E, P, "processing_site_capacity", "September 2026 (can now be searched and registered at once; Western Jet Foil)", geo=DOV),
            L("350", 350, E, P, "processing_site_capacity", "before spring 2026 (before the rebuild; Western Jet Foil)", geo=DOV),
            L("538", 538, E, P, "unaccompanied_children_in_care", "September 2026 (now looking after; " + KCC + ")", occ=0, geo=KENT),
            L("about 340", 340, AP, P, NTS, "September 2026 (0.1% of Kent's child population, the most the National Transfer Scheme expects a county to take)", geo=KENT),
            L("£6.3m", 6300000, E, GBP, OVER, "April 2025 to March 2026 (2025/26; children's services overspent on care for lone child migrants; " + KCC + ")", geo=KENT),
            L("a quarter", 25, E, PCT, OVER + "_change", "2025/26 vs 2024/25 (up by; " + KCC + ")", ctx="up by a quarter on 2024/25", geo=KENT),
            L("538", 538, E, P, "unaccompanied_children_in_care", "September 2026 (we are looking after; " + PENF + ")", occ=1, geo=KENT),
            L("closer to 340", 340, AP, P, NTS, "September 2026 (our fair share; " + PENF + ")", geo=KENT),
            L("1,190", 1190, E, P, "unaccompanied_children_care_leavers", "September 2026 (care leavers who first came as unaccompanied children; " + PENF + ")", geo=KENT),
            L("4,020", 4020, E, P, "asylum_age_disputes", "July 2025 to June 2026 (the year to June; people claiming to be under 18 whose claim was disputed; Home Office figures)"),
            L("52%", 52, E, PCT, "asylum_age_disputes_share_found_adult", "July 2025 to June 2026 (the year to June; assessed as adults; Home Office figures)"),
            L("about 40", 40, AP, COACHES, "processing_site_coach_journeys_per_day", "August 2026, per day, at the height of the month (along the Manston Road; Cllr Sheila Amberley, Thanet District Council)", geo=MAN),
            L("more than £50m", 50000000, MT, GBP, "council_unaccompanied_children_funding", "2026 (this year; given to councils to move children into care; a Home Office spokesperson)"),
        ]),
    "03-the-pulpit-net-migration-revisions-essay": dict(
        meta=dict(url="https://www.thepulpit.example/article/the-number-that-keeps-moving/",
                  title="The number that keeps moving",
                  publisher="The Pulpit", author="Lucian Threlfall", published_date="2026-12-05"),
        labels=[
            L("152,000", 152000, E, P, NM, YJ26 + ")", occ=0),
            L("798,000", 798000, E, P, "immigration", YJ26 + "; long-term arrivals)"),
            L("646,000", 646000, E, P, "emigration", YJ26 + "; long-term departures)"),
            L("204,000", 204000, E, P, NM, YJ25 + "as first published, November 2025)"),
            L("272,000", 272000, E, P, NM, YJ25 + "as revised, November 2026; " + ONS3 + ")"),
            L("68,000", 68000, E, P, REV, YJ25 + "higher than first published; " + ONS3 + ")"),
            L("a third", THIRD, E, PCT, REV, YJ25 + "a correction of; " + ONS3 + ")", ctx="a correction of a third"),
            L("740,000", 740000, E, P, NM, YJ23 + "as it stood in the spring of 2024)"),
            L("166,000", 166000, E, P, REV, YJ23 + "revised up in November 2024)"),
            L("906,000", 906000, E, P, NM, YJ23 + "as revised in November 2024)", occ=0),
            R("between 109,000 and 195,000", 109000, 195000, P, NM, YJ26 + "; the range in which it could plausibly lie)"),
            L("86,000", 86000, E, P, "estimate_confidence_interval_width", YJ26 + "; the spread of the range)"),
            L("roughly three-quarters", 75, AP, PCT, "net_migration_share_of_fall_from_emigration", "year ending June 2026 vs year ending June 2025 (of the fall, down to rising emigration; " + ONS3 + ")"),
            L("97,000", -97000, E, P, "net_migration_british_nationals", YJ26 + "; a net outflow of British nationals, the largest recorded)"),
            L("about 10 million", 10000000, AP, P, "population_born_abroad", "21 March 2021 (the 2021 census)", geo=EW),
            L("one in six", 100 / 6, E, PCT, "population_share_born_abroad", "21 March 2021 (residents born abroad; the 2021 census)", geo=EW),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "2010 to 2015 (the coalition's 2010 promise, missed in every year it applied)"),
            L("about 250,000", 250000, AP, P, NM, "per year, 2010 to 2015 (averaged over that parliament)"),
            L("906,000", 906000, E, P, NM, YJ23 + "the revised peak)", occ=1),
            L("152,000", 152000, E, P, NM, YJ26 + "; the provisional figure)", occ=1),
            L("754,000", -754000, E, P, NM + "_change", "year ending June 2023 (revised peak) to year ending June 2026 (provisional) (a drop of)"),
            L("83%", -83, E, PCT, NM + "_change", "year ending June 2023 (revised peak) to year ending June 2026 (provisional) (a drop of)"),
            L("about 55,000", 55000, AP, P, REV, "the past four releases (provisional figures revised upwards by an average of)"),
            L("nearer 210,000", 210000, AP, P, NM + "_forecast", "July 2025 to June 2026, as it may be revised a year on (next year's version of this year's number, if the habit holds; the author)"),
            L("about 4.3 million", 4300000, AP, P, "immigration_non_eu", "January to December 2025 (last year; immigration from outside the bloc; Eurostat)", geo=EU),
            L("61%", -61, E, PCT, "visa_applications_health_care_worker_change", "2025 vs 2024 (last year; applications for health and care visas fell)"),
            L("a third", THIRD, E, PCT, REV, YJ25 + "can move after the fact, restated)", ctx="can move by a third"),
        ]),
    "04-dudley-furnace-asylum-support-cost-per-night": dict(
        meta=dict(url="https://www.dudleyfurnace.example/news/uk-news/26771940.asylum-hotels-cost-139-night-per-person/",
                  title="Asylum hotels cost £139 a night per person - nearly six times the rate for ordinary housing",
                  publisher="Dudley Furnace", author="Ada Crane", published_date="2026-07-22"),
        labels=[
            L("£139", 139, E, GBP, NIGHT, "April 2025 to March 2026, per night (per person; headline)", occ=0),
            L("nearly six times", 6, ALM, RATIO, NIGHT + "_ratio", "2025/26 (the hotel rate against ordinary housing; headline)", occ=0),
            L("almost £40,000", 40000, ALM, GBP, PERP, "April 2025 to March 2026, per person (each, last year; official figures)", occ=0),
            L("nearly six times", 6, ALM, RATIO, NIGHT + "_ratio", "2025/26 (a hotel bed against other housing, per night)", occ=1),
            L("£4.31 billion", 4310000000, E, GBP, AC, FY26 + "; went on supporting asylum seekers)"),
            L("14%", -14, E, PCT, AC + "_change", "2025/26 vs 2024/25 (less than; " + ARA + ")"),
            L("£5.01 billion", 5010000000, E, GBP, AC, "April 2024 to March 2025 (2024/25; " + ARA + ")"),
            L("£5.38bn", 5380000000, E, GBP, AC, "April 2023 to March 2024 (2023/24, a record; " + ARA + ")"),
            L("about £11.8 million", 11800000, AP, GBP, AC, "April 2025 to March 2026, per day (works out at)"),
            L("£1.72 billion", 1720000000, E, GBP, "asylum_cost_hotels", FY26 + "; hotels accounted for)"),
            L("two-fifths", 40, E, PCT, "asylum_cost_share_hotels", FY26 + "; hotels' share of the total)"),
            L("£139", 139, E, GBP, NIGHT, "April 2025 to March 2026, per night (a hotel place, per person, on average; " + ARA + ")", occ=1),
            L("£24", 24, E, GBP, "asylum_dispersal_cost_per_person_night", "April 2025 to March 2026, per night (dispersal housing; " + ARA + ")"),
            L("almost £40,000", 40000, ALM, GBP, PERP, "April 2025 to March 2026, per person (spread across everyone receiving support during the year)", occ=1),
            L("27,900", 27900, E, P, HOT, M26 + "; asylum seekers living in hotels)"),
            L("171", 171, E, HOTELS, "asylum_hotels_in_use", M26 + ")"),
            L("a third", -THIRD, E, PCT, HOT + "_change", "31 March 2026 vs 31 March 2025 (down on last year; " + ARA + ")", ctx="down a third on last year"),
            L("41,850", 41850, E, P, HOT, M25),
            L("213", 213, E, HOTELS, "asylum_hotels_in_use", M25),
            L("104,600", 104600, E, P, "asylum_support_population", M26 + "; receiving asylum support in total)"),
            L("£49.18", 49.18, E, GBP, ALLOW, "July 2026, per week (most people in Home Office accommodation are given)", occ=0),
            L("£8.86", 8.86, E, GBP, ALLOW + "_catered", "July 2026, per week (if the hotel provides meals)"),
            L("3,940", 3940, E, P, HOT, "31 March 2026 (hotels housing asylum seekers; separate Home Office data)", geo=WM),
            L("186", 186, E, P, HOT, "31 March 2026 (of them in Dudley; separate Home Office data)", geo=DUD),
            L("almost £9 million", 9000000, ALM, GBP, "asylum_cost_hotels", "at its peak, per day (the hotel bill we inherited; " + MIN4 + ")"),
            L("more than half", -50, MT, PCT, "asylum_cost_hotels_change", "the peak to July 2026 (we have cut that bill by; " + MIN4 + ")"),
            L("42", 42, E, HOTELS, "asylum_hotels_closed", "the last year, to July 2026 (closed in the last year alone; " + MIN4 + ")"),
            L("more than £4 billion", 4000000000, MT, GBP, AC, "per year, now (Labour are still spending; the shadow home secretary)"),
            L("£49.18", 49.18, E, GBP, ALLOW, "July 2026, per week (people receive, unchanged in two years; Dr Femi Arkwright, Midlands Sanctuary Network)", occ=1),
            L("£1.2m", 1200000, E, GBP, "council_asylum_grant", "April 2025 to March 2026 (2025/26; received from the Home Office; Dudley Council)", geo=DUD),
            L("about £2.1m", 2100000, AP, GBP, "council_asylum_cost", "April 2025 to March 2026 (2025/26; the council's estimate of its own costs; Dudley Council)", geo=DUD),
        ]),
    "05-levelhead-returns-home-countries-claim": dict(
        meta=dict(url="https://levelhead.example/fact-checks/immigration/60000-returned-home-countries-claim/",
                  title="Has the government sent 60,000 people back to their home countries?",
                  publisher="Levelhead", author="Saoirse Whitlock", published_date="2026-10-07"),
        labels=[
            L("60,000", 60000, E, P, "returns", CLAIM + ", asked in the headline)", ctx="sent 60,000 people back"),
            L("Over 60,000", 60000, MT, P, "returns", CLAIM + "; What was claimed box)"),
            L("about 56,800", 56800, AP, P, "returns", "5 July 2024 to 30 June 2026 (official figures; Our verdict box)", occ=0),
            L("more than six in ten", 60, MT, PCT, "returns_share_voluntary", "5 July 2024 to 30 June 2026 (left voluntarily; Our verdict box)"),
            L("2,960", 2960, E, P, "returns", "September 2025 to 30 June 2026 (sent to France, not their own country; Our verdict box)", occ=0, geo=FR),
            L("more than 60,000", 60000, MT, P, "returns", CLAIM + ", in the post on X, quoted)", occ=0),
            L("more than 2.9k", 2900, MT, SHARES, "social_media_post_shares", "4 to 7 October 2026 (the post has been shared)"),
            L("56,820", 56820, E, P, "returns", SINCE5 + ")"),
            L("15,940", 15940, E, P, ENF, SINCE5 + "; removed by the authorities)", occ=0),
            L("35,310", 35310, E, P, "returns_voluntary", SINCE5 + "; people who left on their own)"),
            L("5,570", 5570, E, P, "returns_port", SINCE5 + "; refused leave to enter at ports, who subsequently left)"),
            L("62%", 62, E, PCT, "returns_share_voluntary", SINCE5 + "; voluntary departures' share of the total)"),
            L("almost 57,000", 57000, ALM, P, "returns", "5 July 2024 to 30 June 2026 (the Home Office's own press release)"),
            L("31,400", 31400, E, P, "returns", "July 2025 to June 2026 (the year ending June 2026 alone; " + HO5 + ")"),
            L("nearly a quarter", 25, ALM, PCT, "returns_change", "year ending June 2026 vs year ending June 2025 (up on the previous year; " + HO5 + ")"),
            L("25,420", 25420, E, P, "returns", "July 2024 to June 2025 (the previous year; " + HO5 + ")"),
            L("23%", 23, E, PCT, "returns_change", "5 July 2024 to 30 June 2026 vs the equivalent stretch before the election (higher than; " + HO5 + ")"),
            L("46,200", 46200, E, P, "returns", "July 2022 to June 2024 (the equivalent stretch before the election; " + HO5 + ")"),
            L("5,110", 5110, E, P, "returns_small_boat_arrivals", SINCE5 + "; only, had arrived on small boats)"),
            L("about 9%", 9, AP, PCT, "returns_share_small_boat_arrivals", SINCE5 + "; of the total, had arrived on small boats)"),
            L("2,960", 2960, E, P, "returns", PILOT + ")", occ=1, geo=FR),
            L("15,940", 15940, E, P, ENF, SINCE5 + "; where enforced returns went)", occ=1),
            L("13,870", 13870, E, P, ENF + "_to_country_of_nationality", SINCE5 + "; to the person's country of nationality)"),
            L("about 87%", 87, AP, PCT, ENF + "_share_to_country_of_nationality", SINCE5 + "; of enforced returns)"),
            L("9,840", 9840, E, P, "returns_albanian", SINCE5 + "; Albanians, the largest single group)"),
            L("more than one in six", 100 / 6, MT, PCT, "returns_share_albania", SINCE5 + "; Albanians' share of all returns)"),
            L("about 56,800", 56800, AP, P, "returns", "5 July 2024 to 30 June 2026 (the latest figures; conclusion)", occ=1),
            L("more than 60,000", 60000, MT, P, "returns", CLAIM + ", not borne out; conclusion)", occ=1),
            L("at least 2,960", 2960, AL, P, "returns", "September 2025 to 30 June 2026 (went to France rather than home; conclusion)", geo=FR),
        ]),
    "06-penarth-pilot-cardiff-swansea-population-estimates": dict(
        meta=dict(url="https://www.penarthpilot.example/news/cardiff/cardiff-population-391200-swansea-ons-mid-year-estimates-30118846",
                  title="Cardiff's population climbs to 391,200 as overseas arrivals drive growth in Wales's two biggest cities",
                  publisher="Penarth Pilot", author="Eluned Garrow", published_date="2026-07-16"),
        labels=[
            L("391,200", 391200, E, P, "population", MID6[:-1] + "; headline)", occ=0, geo=CDF),
            L("0.9%", 0.9, E, PCT, "population_change", YM6 + "; Swansea also grew; standfirst)", occ=0, geo=SWA),
            L("5,100", 5100, E, P, GROW, YM6 + "; grew in a year)", occ=0, geo=CDF),
            L("391,200", 391200, E, P, "population", MID6, occ=1, geo=CDF),
            L("1.3%", 1.3, E, PCT, "population_change", YM6 + "; more residents than twelve months earlier)", geo=CDF),
            L("6,900", 6900, E, P, NMI, YM6 + "; a net, moved to Cardiff from abroad)", geo=CDF),
            L("1,050", 1050, E, P, NC, YM6 + "; births exceeded deaths by)", geo=CDF),
            L("2,850", -2850, E, P, INT, YM6 + "; a net loss to other parts of the UK)", geo=CDF),
            L("2,300", 2300, E, P, GROW, YM6 + "; rose by)", geo=SWA),
            L("0.9%", 0.9, E, PCT, "population_change", YM6 + ")", occ=1, geo=SWA),
            L("251,800", 251800, E, P, "population", MID6, geo=SWA),
            L("2,600", 2600, E, P, "deaths", YM6 + ")", geo=SWA),
            L("2,280", 2280, E, P, "births", YM6 + ")", geo=SWA),
            L("3,450", 3450, E, P, NMI, YM6 + "; a net inflow from overseas)", geo=SWA),
            L("830", -830, E, P, INT, YM6 + "; a net, leaving for elsewhere in the UK)", geo=SWA),
            L("22,400", 22400, E, P, GROW, YM6 + ")", geo=WAL),
            L("3,214,900", 3214900, E, P, "population", MID6, geo=WAL),
            L("0.7%", 0.7, E, PCT, "population_change", YM6 + "; a rise of)", geo=WAL),
            L("7,400", -7400, E, P, NC, YM6 + "; more deaths than births)", geo=WAL),
            L("24,600", 24600, E, P, NMI, YM6 + ")", geo=WAL),
            L("5,200", 5200, E, P, INT, YM6 + "; a net gain from the rest of the UK)", geo=WAL),
            L("0.9%", 0.9, E, PCT, "population_change", YM6 + ")", occ=2, geo=ENG),
            L("59.2m", 59200000, E, P, "population", MID6, geo=ENG),
            L("62.4m", 62400000, E, P, "population", MID6, geo=EW),
            L("69.9 million", 69900000, E, P, "population", MID6, geo=UK),
            L("0.6%", 0.6, E, PCT, "population_change", "July 2024 to June 2025 (separate estimates)", geo=SCO),
            L("0.4%", 0.4, E, PCT, "population_change", "July 2024 to June 2025 (separate estimates)", geo=NI),
            L("Fewer than one in six", 100 / 6, LT, PCT, OLD, MID6[:-1] + "; residents aged 65 or over)", geo=CDF),
            L("more than one in five", 20, MT, PCT, OLD, MID6[:-1] + "; residents aged 65 or over)", geo=WAL),
            L("5,100", 5100, E, P, GROW, "per year (growth of; Councillor Dafydd Yorath, Cardiff Council)", occ=1, geo=CDF),
            L("around 2,400", 2400, AP, HOMES, "new_homes_needed", "per year (new homes needed every year; Councillor Dafydd Yorath, Cardiff Council)", geo=CDF),
            L("1,100", -1100, E, P, "internal_migration_net_aged_20_29", "July 2024 to June 2025 (last year, lost a net to the rest of the UK; Marged Llewellyn, Swansea Council leader)", geo=SWA),
            L("roughly tripled", 3, AP, RATIO, NMI + "_ratio", "year to mid-2025 vs 2019 (net international migration to Wales; Dr Iwan Prosser, Cardiff University)", geo=WAL),
        ]),
    "07-the-argosy-rwanda-treaty-costs-to-date": dict(
        meta=dict(url="https://www.theargosy.example/uk-news/2026/jan/29/rwanda-scheme-final-cost-718m-four-relocations",
                  title="Rwanda scheme cost £718m for four voluntary relocations, final figures show",
                  publisher="The Argosy", author="Oriel Fanshawe", published_date="2026-01-29"),
        labels=[
            L("£718m", 718000000, E, GBP, RSC, ALL7 + "; headline)", occ=0),
            L("four", 4, E, P, "rwanda_relocations", REL7 + "; voluntary relocations; headline)", ctx="for four voluntary relocations"),
            L("two-fifths", 40, E, PCT, "payment_to_rwanda_share_of_scheme_cost", ALL7 + "; went straight to Kigali; standfirst)"),
            L("£718m", 718000000, E, GBP, RSC, ALL7 + "; the abandoned scheme cost taxpayers)", occ=1),
            L("£290m", 290000000, E, GBP, PTR, ALL7 + "; handed straight to Kigali)", occ=0),
            L("£428m", 428000000, E, GBP, "rwanda_scheme_cost_uk", ALL7 + "; the remainder, spent in the UK)"),
            V("hundreds", 200, 900, P, "rwanda_scheme_staff", ALL7 + "; civil servants)", ctx="hundreds of civil servants"),
            L("four", 4, E, P, "rwanda_relocations", REL7 + "; volunteers flown to Kigali)", ctx="was four volunteers"),
            L("almost £180m", 180000000, ALM, GBP, "rwanda_scheme_cost_per_relocation", ALL7 + "; for each of them)"),
            L("£290m", 290000000, E, GBP, PTR, ALL7 + "; to Rwanda through the Migration and Economic Development Partnership)", occ=1),
            L("£120m", 120000000, E, GBP, PTR, "April 2022 (paid upfront; " + HAC + ")"),
            L("£20m", 20000000, E, GBP, PTR, INST),
            L("£100m", 100000000, E, GBP, PTR, INST),
            L("£50m", 50000000, E, GBP, PTR, INST, ctx="£100m and £50m"),
            L("£97m", 97000000, E, GBP, "rwanda_scheme_cost_detention", ALL7 + "; detention capacity kept in reserve)"),
            L("£64m", 64000000, E, GBP, "rwanda_scheme_cost_legal", ALL7 + "; legal costs)"),
            L("£49m", 49000000, E, GBP, "rwanda_scheme_cost_flights", ALL7 + "; charter flight contracts)"),
            L("£15.2m", 15200000, E, GBP, "rwanda_scheme_cost_flights_unused", ALL7 + "; flights that never took off)"),
            L("£168m", 168000000, E, GBP, "rwanda_scheme_cost_staff", ALL7 + "; Home Office staff and contractors, IT and administration)"),
            L("£50m", 50000000, E, GBP, "rwanda_scheme_cost_other", ALL7 + "; other costs, escorts, medical checks, accommodation in the UK)", ctx="£50m on other costs"),
            L("c. 740", 740, AP, P, "rwanda_scheme_staff", "spring 2024 (at its height, officials employed; " + HAC + ")"),
            L("about £38m", 38000000, AP, GBP, "rwanda_reception_accommodation_cost", "to 2025 (spent preparing accommodation for people who never arrived; Rwanda's government, last year)", geo=RW),
            L("Seven hundred and eighteen million pounds", 718000000, E, GBP, RSC, "April 2022 to January 2026 (the scheme's cost; the home affairs committee's chair)"),
            L("four", 4, E, P, "rwanda_relocations", REL7 + "; the home affairs committee's chair)", ctx="for four people is not"),
            L("at least seven", 7, AL, FLIGHTS, "rwanda_charter_flights_cancelled", "2022 to 2024 (charter flights booked and cancelled; Dr Hester Quayle, Chalkhill Migration Centre)"),
            L("2,145", 2145, E, P, "rwanda_removal_candidates_identified", "2024 (identified for removal, as the Home Office said; Dr Hester Quayle, Chalkhill Migration Centre)"),
            L("Nearly 37,000", 37000, ALM, P, SBA, "January to December 2024 (reached the UK in small boats)"),
            L("a quarter", 25, E, PCT, SBA + "_change", "2024 vs 2023 (up on)", ctx="up a quarter on 2023"),
            L("four", 4, E, P, "rwanda_relocations", REL7 + "; relocated four volunteers; a Home Office spokesperson)", ctx="relocated four volunteers"),
            L("1,000", 1000, E, P, "enforcement_officers_extra", "July 2024 to January 2026 (the money put into extra enforcement officers; a Home Office spokesperson)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
