#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the two-hundred-and-sixteenth hand-labelled hold-out set (holdout216).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, PPB, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, EW, RSC, PTR)

def add(base, detail):
    """Put `detail` into a closed period constant, before its source (the text after its first '; ')."""
    assert base.endswith(")"), base
    inner = base[:-1]
    i = inner.find("; ")
    if i < 0:
        return inner + ", " + detail + ")"
    return inner[:i] + ", " + detail + inner[i:] + ")"


UK, GB, ENG, WAL, SCO, NI, FRA, EU = ("UK", "Great Britain", "England", "Wales", "Scotland", "Northern Ireland",
                                      "France", "EU")
FLIGHTS, STAFF, CENTRES, BEDS = "other:flights", "other:staff", "other:centres", "other:beds"
DAYS, VISITS, OBJ = "other:days", "other:visits", "other:objections"
RET, RENF, RVOL, RPORT = "returns", "returns_enforced", "returns_voluntary", "returns_refused_entry_at_port"
RFNO = "returns_foreign_national_offenders"
CRF, CRFP = "charter_removal_flights", "charter_removal_flights_passengers"

# 01 (Thursday 19 September 2024; Express-style; "today" is 19 September 2024, "on Monday" 16 September 2024,
#     "on Tuesday" 17 September 2024, "last week" 9-15 September 2024, "last year" 2023, "the past three weeks"
#     29 August to 19 September 2024, "the year to June" July 2023 to June 2024)
S5J = "5 July to 19 September 2024 (since Labour took power on 5 July"
HO1 = "; Home Office figures released on Thursday 19 September 2024)"
W3 = "29 August to 19 September 2024 (in the past three weeks"
MIN1 = "; Rosalind Ashdown-Okereke, Border Security Minister)"
SHS1 = "; claim by the shadow home secretary)"
BOX1 = "; Removals since 5 July fact box, Home Office)"
POLL1 = "9 to 15 September 2024 (last week; a poll of adults for the Daily Windfall)"

# 02 (Friday 28 February 2025; PA copy in a Herefordshire paper; "on Thursday" is 27 February 2025,
#     "last year" 2024)
Y24 = "January to December 2024 (2024, last year; Home Office immigration statistics published on Thursday 27 February 2025)"
Y23 = "January to December 2023 (2023; Home Office immigration statistics)"
BOX2 = "January to December 2024 (year ending December 2024; Key figures: returns in 2024 box, Home Office immigration statistics)"
HW = "Herefordshire and Worcestershire"

# 03 (Monday 16 June 2025; Telegraph-style; "on Friday" is 13 June 2025, "last year" 2024, "last spring" spring 2024)
RV = "rwanda_relocations_voluntary"
VOLR = "April to July 2024 (the voluntary relocations between April and July last year"
DOCS = "; Home Office documents lodged with the Home Affairs Committee on Friday 13 June 2025)"
RVC = "rwanda_voluntary_route_cost"
MEDP = "April 2022 to July 2024 (the whole Migration and Economic Development Partnership, over its lifetime"
MP3 = "; Wilhelmina Strachan-Obuya, a member of the Home Affairs Committee)"

# 04 (Thursday 4 December 2025; BBC-style explainer; "By Tuesday" is 2 December 2025, "on Monday" 1 December 2025,
#     "last month" November 2025; the treaty came into force in August 2025, first return 18 September 2025)
RF = "returns_france"
PILOT = "18 September to 2 December 2025 (since the first return on 18 September, by Tuesday"
HO4 = "; the Home Office)"
TREATY = "August to 4 December 2025 (since the treaty took effect in August"

# 05 (Tuesday 17 March 2026; Guardian-style; "last year" is 2025, "last month" February 2026)
Y25 = "January to December 2025 (2025, last year; Home Office figures published last month)"
D25 = "31 December 2025 (at the end of December; Home Office figures published last month)"
LEAV = "January to December 2025 (of those who left detention in 2025; Home Office figures)"
HMW = "Harmondsworth"

# 06 (Wednesday 22 July 2026; Scottish paper; "the 12 months to March" is April 2025 to March 2026, "last year"
#     2025, "next month" August 2026)
SL = "South Lanarkshire"
YM26 = "April 2025 to March 2026 (the 12 months to March; figures obtained from the Home Office)"
BOX6 = "; Factfile: Dungavel in numbers, Home Office and South Lanarkshire Council)"
PLAN = "July 2026 (the Home Office's planning application to South Lanarkshire Council"

# 07 (Thursday 12 November 2026; Independent-style; "On Monday" is 9 November 2026, "on Tuesday" 10 November 2026;
#     the year ending June 2026 is July 2025 to June 2026)
YJ26 = "July 2025 to June 2026 (the year ending June 2026; Home Office figures)"
YJ26T = "July 2025 to June 2026 (the year to June; Home Office figures)"
YJ25 = "July 2024 to June 2025 (the previous 12 months; Home Office figures)"
CH7 = "July 2025 to June 2026 (year ending June 2026; chart, Home Office)"
WB = "returns_western_balkans"

ARTICLES = {
    "01-daily-windfall-removals-charter-flights-minister": dict(
        meta=dict(url="https://www.dailywindfall.example/news/politics/1947213/labour-removals-charter-flights-albania-vietnam",
                  title="Labour trumpets removals blitz as 612 migrants sent home on four charter jets in three weeks",
                  publisher="Daily Windfall", author="Barnaby Quennell-Achebe", published_date="2024-09-19"),
        labels=[
            L("612", 612, E, P, CRFP, W3 + ", on four charter jets; headline)", occ=0),
            L("four", 4, E, FLIGHTS, CRF, W3 + "; headline)", ctx="on four charter jets"),
            L("almost 7,900", 7900, ALM, P, RET, "5 July to 19 September 2024 (removed since the general election; ministers; standfirst)"),
            L("217", 217, E, P, CRFP, "16 September 2024 (the second Vietnam flight, a record; image caption)", ctx="a record 217 people"),
            L("7,860", 7860, E, P, RET, S5J + ", removed or gone home voluntarily" + HO1, occ=0),
            L("more than 700", 700, MT, P, "returns_weekly_average", "per week (5 July to 19 September 2024, an average since 5 July" + HO1),
            L("19%", 19, E, PCT, RET + "_change", "5 July to 19 September 2024 vs the same weeks of 2023 (more than in the same weeks of last year; officials)"),
            L("6,610", 6610, E, P, RET, "5 July to 19 September 2023 (the same weeks of last year; officials)"),
            L("2,580", 2580, E, P, RENF, S5J + ", escorted on to planes" + HO1, occ=0),
            L("1,030", 1030, E, P, RFNO, S5J + ", foreign criminals" + HO1, occ=0),
            L("Four", 4, E, FLIGHTS, CRF, W3 + "; the Home Office)", ctx="Four charter flights in the past"),
            L("612", 612, E, P, CRFP, W3 + ", four charter flights between them; the Home Office)", occ=1),
            L("Two", 2, E, FLIGHTS, CRF + "_albania", W3 + ", went to Albania; the Home Office)", ctx="Two went to Albania"),
            L("89", 89, E, P, CRFP, W3 + ", on board one Albania flight; the Home Office)"),
            L("97", 97, E, P, CRFP, W3 + ", on board the other Albania flight; the Home Office)"),
            L("two", 2, E, FLIGHTS, CRF + "_vietnam", W3 + ", went to Vietnam; the Home Office)", ctx="and two to Vietnam"),
            L("217", 217, E, P, CRFP, "16 September 2024 (the second Vietnam flight, which took off on Monday, the biggest returns charter Britain has run; the department)", ctx="with 217 deportees"),
            L("209", 209, E, P, CRFP, "September 2024 (the first Vietnam flight; the department)"),
            L("more than twice", 2, MT, RATIO, CRFP + "_ratio", W3 + ", the Hanoi jets against the pair bound for Tirana; the department)"),
            L("31", 31, E, P, "charter_removal_flight_article_8_claims", W3 + ", last-minute Article 8 claims lodged for people listed for the flights; officials)"),
            L("19", 19, E, P, "charter_removal_manifest_taken_off_legal_claims", W3 + ", taken off the flights; officials)", ctx="and 19 of them"),
            L("1,000", 1000, E, STAFF, "returns_enforcement_staff_redeployed", "July to September 2024 (switched into returns work" + MIN1),
            L("two", 2, E, CENTRES, "removal_centres_reopened", "September 2024 onwards (reopening" + MIN1, ctx="reopening two detention"),
            L("290", 290, E, BEDS, "removal_centre_beds_added", "September 2024 onwards (to add, by reopening two detention centres" + MIN1),
            L("more than 23,000", 23000, MT, P, SBA, "1 January to 19 September 2024 (since January, reached Kent by dinghy)"),
            L("604", 604, E, P, SBA, "17 September 2024 (on Tuesday alone, came ashore)"),
            L("11", 11, E, BOATS, "small_boat_count", "17 September 2024 (on Tuesday, dinghies)"),
            L("about 55", 55, AP, PPB, "small_boat_occupancy", "17 September 2024 (on Tuesday, in each dinghy)"),
            L("Fewer than one in ten", 10, LT, PCT, "returns_share_small_boat_arrivals", "5 July to 19 September 2024 (of Labour's removals, had come over by small boat" + SHS1),
            V("hundreds of millions of pounds", 200000000, 900000000, GBP, RSC, "April 2022 to July 2024 (the scheme cost, ministers argue)"),
            L("four", 4, E, P, RV, "April to July 2024 (sent to Kigali, all voluntarily; ministers)", ctx="just four people"),
            L("2,104", 2104, E, "other:respondents", "poll_sample_size", add(POLL1, "adults polled")),
            L("seven in ten", 70, E, PCT, "poll_share_no_confidence_any_party_stop_crossings", add(POLL1, "did not believe any party could stop the crossings")),
            L("58%", 58, E, PCT, "poll_share_support_more_deportation_flights", add(POLL1, "backed more charter flights")),
            L("8,250", 8250, E, P, RENF, "July 2023 to June 2024 (the year to June; the Home Office)"),
            L("25%", 25, E, PCT, RENF + "_change", "July 2023 to June 2024 vs July 2022 to June 2023 (more than in the previous 12 months; the Home Office)"),
            L("7,860", 7860, E, P, RET, S5J + ", removed or left voluntarily" + BOX1, occ=1),
            L("2,580", 2580, E, P, RENF, S5J + BOX1, occ=1),
            L("1,030", 1030, E, P, RFNO, S5J + ", foreign criminals" + BOX1, occ=1),
            L("4", 4, E, FLIGHTS, CRF, W3 + BOX1),
        ]),
    "02-ledbury-russet-pa-returns-foreign-offenders-2024": dict(
        meta=dict(url="https://www.ledburyrusset.example/news/national/25014388.removals-foreign-criminals-almost-quarter-returns-reach-35-000/",
                  title="Removals of foreign criminals up almost a quarter as returns reach 35,000",
                  publisher="Ledbury Russet", author="Hortensia Blackmore-Nwachukwu", published_date="2025-02-28"),
        labels=[
            L("almost a quarter", 25, ALM, PCT, RFNO + "_change", "January to December 2024 vs 2023 (removals of foreign criminals; headline)", occ=0),
            L("35,000", 35000, E, P, RET, "January to December 2024 (returns reach; headline)"),
            L("almost a quarter", 25, ALM, PCT, RFNO + "_change", "January to December 2024 vs 2023 (last year; official figures)", occ=1),
            L("Some 5,170", 5170, AP, P, RFNO, Y24),
            L("23%", 23, E, PCT, RFNO + "_change", "January to December 2024 vs January to December 2023 (up from 2023; Home Office quarterly statistics)"),
            L("4,200", 4200, E, P, RFNO, Y23),
            L("1,120", 1120, E, P, RFNO + "_albanian", add(Y24, "Albanians, the largest group")),
            L("830", 830, E, P, RFNO + "_romanian", add(Y24, "Romanians")),
            L("470", 470, E, P, RFNO + "_polish", add(Y24, "Poles")),
            L("almost half", 50, ALM, PCT, RFNO + "_share_albanian_romanian_polish", add(Y24, "the three nationalities together")),
            L("35,050", 35050, E, P, RET, "January to December 2024 (the year ending December 2024, removed or left the UK; Home Office immigration statistics)", occ=0),
            L("8,890", 8890, E, P, RENF, add(Y24, "escorted on to the plane"), occ=0),
            L("24%", 24, E, PCT, RENF + "_change", "January to December 2024 vs January to December 2023 (a rise on 2023; Home Office immigration statistics)"),
            L("7,170", 7170, E, P, RENF, add(Y23, "recorded in 2023")),
            L("19,150", 19150, E, P, RVOL, add(Y24, "left voluntarily"), occ=0),
            L("11%", 11, E, PCT, RVOL + "_change", "January to December 2024 vs January to December 2023 (higher than the year before; Home Office immigration statistics)"),
            L("7,010", 7010, E, P, RPORT, add(Y24, "turned around at ports after being refused entry")),
            L("more than half", 50, MT, PCT, RVOL + "_share", add(Y24, "voluntary departures' share of all returns"), ctx="made up more than half"),
            L("21,380", 21380, E, P, RET, "5 July 2024 to 31 January 2025 (between 5 July and the end of January; the Home Office)"),
            L("790", 790, E, P, "returns_small_boat_arrivals", add(Y24, "returned last year who had crossed the Channel in small boats")),
            L("about 2%", 2, AP, PCT, "returns_share_of_small_boat_arrivals", "January to December 2024 (of those who made the small boat journey in 2024; Home Office figures)"),
            L("36,816", 36816, E, P, SBA, "January to December 2024 (made the journey in 2024; Home Office figures)"),
            L("19,380", 19380, E, P, "foreign_national_offenders_awaiting_removal_in_community", "31 December 2024 (when December ended; Home Office immigration statistics)"),
            L("4%", 4, E, PCT, "foreign_national_offenders_awaiting_removal_in_community_change", "31 December 2024 vs 31 December 2023 (up from twelve months earlier; Home Office immigration statistics)"),
            L("18,640", 18640, E, P, "foreign_national_offenders_awaiting_removal_in_community", "31 December 2023 (twelve months earlier; Home Office immigration statistics)"),
            L("10,420", 10420, E, P, "prison_population_foreign_nationals", "31 December 2024 (at the end of the year, foreign nationals in prisons)", geo=EW),
            L("about 12%", 12, AP, PCT, "prison_population_share_foreign_nationals", "31 December 2024 (at the end of the year, of all prisoners)", geo=EW),
            L("nearly 21,400", 21400, ALM, P, RET, "5 July 2024 to 27 February 2025 (since this Government took office; the Home Secretary to MPs on Thursday 27 February 2025)"),
            V("tens of thousands", 20000, 90000, P, SBA, "February 2025 (who keep coming across in dinghies; claim by the shadow home secretary)"),
            L("96", 96, E, VISITS, "illegal_working_enforcement_visits", "January to December 2024 (last year, visits to farms, car washes and takeaways; immigration enforcement)", geo=HW),
            L("58", 58, E, P, "illegal_working_arrests", "January to December 2024 (last year, arrests after the visits; immigration enforcement)", geo=HW),
            L("37", 37, E, P, "illegal_working_arrests", "January to December 2023 (2023; immigration enforcement)", geo=HW),
            L("more than half", 50, MT, PCT, "illegal_working_arrests_change", "January to December 2024 vs January to December 2023 (a rise of; immigration enforcement)", ctx="a rise of more than half", geo=HW),
            L("35,050", 35050, E, P, RET, add(BOX2, "total returns"), occ=1),
            L("8,890", 8890, E, P, RENF, add(BOX2, "enforced"), occ=1),
            L("19,150", 19150, E, P, RVOL, add(BOX2, "voluntary"), occ=1),
            L("5,170", 5170, E, P, RFNO, add(BOX2, "foreign offenders"), ctx="Foreign offenders: 5,170"),
        ]),
    "03-the-scion-rwanda-four-volunteers-payments": dict(
        meta=dict(url="https://www.thescion.example/politics/2025/06/16/rwanda-four-volunteers-cost-taxpayers-180000-each/",
                  title="Rwanda's four volunteers cost taxpayers more than £180,000 each, papers reveal",
                  publisher="The Scion", author="Ambrose Fairweather-Nkemelu", published_date="2025-06-16"),
        labels=[
            L("four", 4, E, P, RV, VOLR + ", the volunteers; headline)", ctx="Rwanda's four volunteers"),
            L("more than £180,000", 180000, MT, GBP, RVC + "_per_relocation", "per person (April to July 2024, the four voluntary relocations; headline)", occ=0),
            L("£3,000", 3000, E, GBP, "rwanda_voluntary_payment", "per person (April to July 2024, handed in cash to each volunteer; standfirst)", occ=0),
            L("half", 50, E, PCT, RV + "_share_whereabouts_unknown", "June 2025 (officials have lost track of; standfirst)", ctx="lost track of half"),
            L("four", 4, E, P, RV, VOLR + ", flew to Rwanda under the last government's scheme" + DOCS, ctx="The four migrants"),
            L("more than £180,000", 180000, MT, GBP, RVC + "_per_relocation", "per person (April to July 2024, the four voluntary relocations, cost the taxpayer apiece" + DOCS, occ=1),
            L("£3,000", 3000, E, GBP, "rwanda_voluntary_payment", "per person (April to July 2024, cash on arrival" + DOCS, occ=1),
            L("£12,000", 12000, E, GBP, "rwanda_voluntary_payment", VOLR + ", cash payments in total" + DOCS),
            L("£20,000", 20000, E, GBP, PTR + "_per_relocation_development", "per person relocated (under the treaty, a development payment owed to Kigali" + DOCS),
            L("£150,874", 150874, E, GBP, PTR + "_per_relocation_support", "per person relocated (under the treaty, to house, feed and support them for up to five years" + DOCS),
            L("£683,496", 683496, E, GBP, PTR, VOLR + ", payments owed to Kigali for the volunteers" + DOCS),
            L("£31,000", 31000, E, GBP, RVC + "_flights_escorts", VOLR + ", flights and escorts" + DOCS),
            L("about £726,000", 726000, AP, GBP, RVC, VOLR + ", the bill for the voluntary route" + DOCS),
            L("a little over £181,600", 181600, MT, GBP, RVC + "_per_relocation", "per person (April to July 2024, the bill for the voluntary route per volunteer" + DOCS),
            L("roughly 65 times", 65, AP, RATIO, "rwanda_voluntary_route_cost_per_person_vs_voluntary_returns_ratio", "per person (April to July 2024, the voluntary route against a standard assisted voluntary return; The Scion's calculation)"),
            L("£2,800", 2800, E, GBP, "returns_cost_per_voluntary_return", "per person (on average, a standard assisted voluntary return; the Home Office)"),
            L("7,200", 7200, E, P, "rwanda_voluntary_route_people_contacted", "2024 (officials wrote to people whose asylum claims had been refused" + DOCS),
            L("164", 164, E, P, "rwanda_voluntary_route_expressions_of_interest", "2024 (replied expressing interest" + DOCS),
            L("just over 2%", 2, MT, PCT, "rwanda_voluntary_route_share_contacted_interested", "2024 (of those written to, replied expressing interest" + DOCS),
            L("four", 4, E, P, RV, VOLR + ", of the four who went)", ctx="Of the four who went"),
            L("two", 2, E, P, RV + "_still_in_rwanda", "June 2025 (still live in Kigali; Rwandan officials)", ctx="say two still live", geo="Rwanda"),
            L("two", 2, E, P, RV + "_whereabouts_unknown", "June 2025 (the other two, whereabouts not held; the Home Office to the committee)", ctx="of the other two"),
            L("£715m", 715000000, E, GBP, RSC, MEDP + "; the Home Office's accounts)", occ=0),
            L("£290m", 290000000, E, GBP, PTR, MEDP + ", handed straight to Kigali, not to be refunded; the Home Office's accounts)"),
            L("four", 4, E, P, RV, VOLR + ", the four people who actually went)", ctx="among the four people"),
            L("nearly £179m", 179000000, ALM, GBP, "rwanda_scheme_cost_per_relocation", "per person (April 2022 to July 2024, the whole partnership divided among the four who went; The Scion's calculation)"),
            L("Three thousand pounds", 3000, E, GBP, "rwanda_voluntary_payment", "per person (April to July 2024, in an envelope" + MP3),
            L("£715m", 715000000, E, GBP, RSC, MEDP + ", what it bought" + MP3, occ=1),
            L("four", 4, E, P, RV, VOLR + ", those four relocations" + MP3, ctx="those four relocations"),
            L("more than 250", 250, MT, P, "returns_voluntary_equivalent_cost_rwanda_relocations", VOLR + ", ordinary voluntary returns the price of the four relocations could have paid for" + MP3),
            L("more than 19,000", 19000, MT, P, RVOL, "January to December 2024 (left voluntarily in 2024; a Home Office spokesperson)"),
            L("11%", 11, E, PCT, RVOL + "_change", "January to December 2024 vs January to December 2023 (an increase of; a Home Office spokesperson)"),
            V("several hundred", 200, 900, P, "rwanda_accommodation_capacity", "June 2025 (the accommodation it prepared could still house; the Rwandan government)", geo="Rwanda"),
        ]),
    "04-the-codlin-one-in-one-out-france-returns-explainer": dict(
        meta=dict(url="https://www.thecodlin.example/news/uk-70213958",
                  title="Channel returns deal: How many people have gone back to France so far?",
                  publisher="The Codlin", author="Rupert Ellingham-Osei", published_date="2025-12-04"),
        labels=[
            L("about 50", 50, AP, P, RF + "_weekly_initial_expected", "per week (at the start of the pilot; officials briefed when it was announced)"),
            L("roughly 2,600", 2600, AP, P, RF + "_annual_initial_expected", "per year (at the start of the pilot; officials briefed when it was announced)"),
            L("186", 186, E, P, RF, PILOT + ", flown to France" + HO4),
            L("about 17", 17, AP, P, RF + "_weekly_average", "per week (18 September to 2 December 2025, an average since the first return, by Tuesday" + HO4),
            L("one", 1, E, P, RF, "18 to 24 September 2025 (in the first week; the Home Office)", ctx="first week one man"),
            L("34", 34, E, P, RF, "24 to 30 November 2025 (in the week to 30 November, the most so far; the Home Office)", occ=0),
            L("152", 152, E, P, "uk_france_legal_route_arrivals", "18 September to 2 December 2025 (travelled from France to the UK on the new legal route; the Home Office)"),
            L("More than 2,900", 2900, MT, "other:applications", "uk_france_legal_route_applications", "August to December 2025 (applied to the new legal route; the Home Office)"),
            L("about one in 20", 5, AP, PCT, "uk_france_legal_route_applications_share_accepted", "August to December 2025 (accepted so far; the Home Office)"),
            L("one", 1, E, P, RF, "18 to 24 September 2025 (in the first week; chart caption, Home Office)", ctx="from one in the first week"),
            L("34", 34, E, P, RF, "24 to 30 November 2025 (in the week to 30 November; chart caption, Home Office)", occ=1),
            L("more than 39,000", 39000, MT, P, SBA, "1 January to 4 December 2025 (so far this year, came ashore in Kent)"),
            L("16%", 16, E, PCT, SBA + "_change", "1 January to 4 December 2025 vs the same point in 2024 (more than at the same point in 2024)"),
            L("about 13,400", 13400, AP, P, SBA, TREATY + ", made the crossing)"),
            L("roughly 1.4%", 1.4, AP, PCT, RF + "_share_of_small_boat_arrivals", TREATY + ", of those crossing, returned)"),
            L("one-in-70", 100 / 70, E, PCT, RF + "_share_of_small_boat_arrivals", TREATY + ", the chance of being sent back; Peter Walsh-Adeleke, a researcher at a London university)"),
            L("At least 40", 40, AL, P, RF + "_legal_challenges", "18 September to 4 December 2025 (facing return, gone to the High Court; officials)"),
            L("12", 12, E, P, RF + "_legal_challenges_succeeded", "18 September to 4 December 2025 (had their removal halted; officials)"),
            L("About 90", 90, AP, P, "detention_population_returns_france", "4 December 2025 (currently held in removal centres awaiting a flight to France; officials)"),
            L("at least two", 2, AL, P, RF + "_crossed_again", "18 September to 4 December 2025 (returned under the scheme, since crossed the Channel again; the Home Office)"),
            L("around 2,300", 2300, AP, P, "migrants_sleeping_rough_northern_france", "December 2025 (sleeping rough near Calais and Dunkirk; aid groups' estimate)", geo=FRA),
            L("£476m", 476000000, E, GBP, "france_border_policing_cost", "2023 to 2026 (over three years, under a 2023 deal, paid by the UK to France)"),
        ]),
    "05-the-wassail-immigration-detention-deaths-capacity": dict(
        meta=dict(url="https://www.thewassail.example/uk-news/2026/mar/17/deaths-immigration-detention-double-removal-centres-beds",
                  title="Deaths in immigration detention double as ministers race to add beds",
                  publisher="The Wassail", author="Ottilie Marchbanks-Oduya", published_date="2026-03-17"),
        labels=[
            L("double", 2, E, RATIO, "detention_deaths_ratio", "January to December 2025 vs January to December 2024 (deaths in immigration detention; headline)", ctx="detention double"),
            L("Six", 6, E, P, "detention_deaths", "January to December 2025 (last year, died while held under immigration powers; standfirst)", ctx="Six people died while held"),
            L("Six", 6, E, P, "detention_deaths", "January to December 2025 (last year, died while detained under immigration powers)", ctx="Six people died while detained"),
            L("double", 2, E, RATIO, "detention_deaths_ratio", "January to December 2025 vs January to December 2024 (double the number in 2024)", ctx="double the number in 2024"),
            L("26,380", 26380, E, P, "detention_entries", add(Y25, "entered detention")),
            L("14%", 14, E, PCT, "detention_entries_change", "January to December 2025 vs January to December 2024 (up on the previous year; Home Office figures)"),
            L("23,140", 23140, E, P, "detention_entries", "January to December 2024 (the previous year; Home Office figures)"),
            L("2,410", 2410, E, P, "detention_population", add(D25, "being held")),
            L("380", 380, E, P, "detention_population_prisons", add(D25, "held in prisons after finishing criminal sentences")),
            L("2,190", 2190, E, BEDS, "detention_capacity", add(D25, "beds in removal centres")),
            L("about 93%", 93, AP, PCT, "detention_capacity_share_occupied", add(D25, "removal centres full")),
            L("Four", 4, E, P, "detention_deaths_self_inflicted", "January to December 2025 (last year's deaths believed self-inflicted; campaigners who monitor inquests)"),
            L("26,050", 26050, E, P, "detention_leavers", LEAV),
            L("83%", 83, E, PCT, "detention_leavers_share_held_28_days_or_less", add(LEAV, "released or removed within 28 days")),
            L("19 days", 19, E, DAYS, "detention_length_average", add(LEAV, "the average stay")),
            L("4,430", 4430, E, P, "detention_leavers_held_over_28_days", add(LEAV, "held for longer than 28 days")),
            L("96", 96, E, P, "detention_leavers_held_over_six_months", add(LEAV, "held for more than six months")),
            L("587 days", 587, E, DAYS, "detention_length_individual_case", "to January 2026 (one man released from Harmondsworth in January)", geo=HMW),
            L("About two-thirds", 200 / 3, AP, PCT, "detention_leavers_share_returned", add(LEAV, "of those leaving, removed")),
            L("17,700", 17700, E, P, "detention_leavers_returned", add(LEAV, "left on a removal flight or by other means")),
            L("68%", 68, E, PCT, "detention_leavers_share_returned", add(LEAV, "left on a removal flight or by other means")),
            L("3,120", 3120, E, P, "detention_entries_adults_at_risk", "January to December 2025 (last year, classed as adults at risk; the Home Office's own data)"),
            L("about one in eight", 12.5, AP, PCT, "detention_entries_share_adults_at_risk", "January to December 2025 (last year, of the total entering detention; the Home Office's own data)"),
            L("240", 240, E, P, "detention_charity_clients", "January to December 2025 (last year, assessed by a medical charity working in the centres)"),
            L("168", 168, E, P, "detention_charity_clients_torture_evidence", "January to December 2025 (last year, evidence consistent with torture; a medical charity)"),
            L("seven in ten", 70, E, PCT, "detention_charity_clients_share_torture_survivors", "January to December 2025 (last year, of those assessed; a medical charity)"),
            L("290", 290, E, BEDS, "removal_centre_beds_added", "2024 onwards (Campsfield House and Haslar to reopen with extra places; ministers announced in 2024)"),
            L("£74m", 74000000, E, GBP, "detention_cost", "April 2024 to March 2025 (2024-25, running the estate; the Home Office's accounts)"),
            L("about £107", 107, AP, GBP, "detention_cost_per_person_per_day", "per person per day (April 2024 to March 2025, 2024-25; the Home Office's accounts)"),
            L("318", 318, E, P, "detention_entries", "January to December 2025 (last year, detained in Wales and moved to centres in England)", geo=WAL),
            L("more than doubled", 2, MT, RATIO, "returns_refused_asylum_seekers_ratio", "5 July 2024 to March 2026 (since the election, returns of failed asylum seekers; a Home Office spokesperson)"),
        ]),
    "06-strathaven-orchard-dungavel-detention-expansion": dict(
        meta=dict(url="https://www.strathavenorchard.example/news/scotland/dungavel-numbers-soar-home-office-extra-beds-5120447",
                  title="Dungavel numbers soar by almost a third as Home Office seeks extra beds",
                  publisher="Strathaven Orchard", author="Morag Cairncross-Adebisi", published_date="2026-07-22"),
        labels=[
            L("almost a third", 100 / 3, ALM, PCT, "detention_entries_change", "April 2025 to March 2026 vs April 2024 to March 2025 (people held at Dungavel; headline)", occ=0, geo=SL),
            V("hundreds", 200, 900, OBJ, "planning_objections", PLAN + " to expand Dungavel, objections drawn; standfirst)", ctx="drawn hundreds of objections", geo=SL),
            L("almost a third", 100 / 3, ALM, PCT, "detention_entries_change", "April 2025 to March 2026 vs April 2024 to March 2025 (the 12 months to March, people held at Dungavel; new figures)", occ=1, geo=SL),
            L("1,840", 1840, E, P, "detention_entries", add(YM26, "passed through Dungavel"), occ=0, geo=SL),
            L("31%", 31, E, PCT, "detention_entries_change", "April 2025 to March 2026 vs April 2024 to March 2025 (up on the year before; figures obtained from the Home Office)", geo=SL),
            L("1,405", 1405, E, P, "detention_entries", "April 2024 to March 2025 (the year before; figures obtained from the Home Office)", geo=SL),
            L("More than 60%", 60, MT, PCT, "detention_entries_share_transferred_from_england", add(YM26, "of those held at Dungavel, detained in England and moved north"), geo=SL),
            L("1,130", 1130, E, P, "detention_entries_transferred_from_england", add(YM26, "detained in England and driven or flown north to Dungavel"), geo=SL),
            L("146", 146, E, P, "detention_transfers_larne_house_to_dungavel", add(YM26, "transferred from Larne House to Dungavel"), geo=NI),
            L("249", 249, E, BEDS, "detention_capacity", "July 2026 (beds the centre has; Dungavel)", occ=0, geo=SL),
            L("218", 218, E, P, "detention_population_daily_average", "per day (April 2025 to March 2026, an average over the year at Dungavel; figures obtained from the Home Office)", geo=SL),
            L("about 88%", 88, AP, PCT, "detention_capacity_share_occupied", "April 2025 to March 2026 (over the year, Dungavel full; figures obtained from the Home Office)", geo=SL),
            L("96", 96, E, BEDS, "detention_capacity_planned_change", PLAN + ", beds to add in modular units)", geo=SL),
            L("345", 345, E, BEDS, "detention_capacity_planned", PLAN + ", capacity after the expansion)", occ=0, geo=SL),
            L("c. 600", 600, AP, OBJ, "planning_objections", PLAN + ", objections attracted; council officers)", occ=0, geo=SL),
            L("seven", 7, E, CENTRES, "removal_centres", "July 2026 (removal centres in Britain, Dungavel one of them)", geo=GB),
            L("2,460", 2460, E, P, "detention_population", "31 March 2026 (at the end of March, held in immigration detention across the UK)"),
            L("fewer than one in ten", 10, LT, PCT, "detention_population_share_detained_in_scotland", "31 March 2026 (at the end of March, of those held in immigration detention in the UK)", geo=SCO),
            L("26 days", 26, E, DAYS, "detention_length_average", add(YM26, "detainees' stay at Dungavel on average"), geo=SL),
            L("29", 29, E, P, "detention_held_over_three_months", add(YM26, "held at Dungavel for more than three months"), geo=SL),
            L("214", 214, E, P, "detainees_visited_by_support_group", "January to December 2025 (last year, detainees seen by the visitors group's volunteers at Dungavel)", geo=SL),
            L("37%", 37, E, PCT, "detainees_visited_by_support_group_share_asylum_seekers", "January to December 2025 (last year, of detainees seen, had claimed asylum; the visitors group)", geo=SL),
            L("£14.2m", 14200000, E, GBP, "detention_centre_contract_cost", "per year (July 2026, the contract to run Dungavel; the Home Office)", geo=SL),
            L("about 180", 180, AP, STAFF, "detention_centre_staff", "July 2026 (employed under the Dungavel contract; the Home Office)", geo=SL),
            L("£1.2m", 1200000, E, GBP, "detention_centre_refurbishment_cost", "2026 onwards (refurbishment of Dungavel's existing facilities; a Home Office spokesperson)", geo=SL),
            L("249", 249, E, BEDS, "detention_capacity", "July 2026 (beds now" + BOX6, occ=1, geo=SL),
            L("345", 345, E, BEDS, "detention_capacity_planned", "July 2026 (beds planned" + BOX6, occ=1, geo=SL),
            L("1,840", 1840, E, P, "detention_entries", "April 2025 to March 2026 (held in 12 months to March 2026" + BOX6, occ=1, geo=SL),
            L("c. 600", 600, AP, OBJ, "planning_objections", "July 2026 (objections lodged" + BOX6, occ=1, geo=SL),
        ]),
    "07-the-pomace-iraq-western-balkans-returns-agreements": dict(
        meta=dict(url="https://www.thepomace.example/news/uk/home-news/iraq-returns-agreement-western-balkans-serbia-north-macedonia-b2874410.html",
                  title="Iraq returns nearly quadruple as ministers sign Balkan deals to speed removals",
                  publisher="The Pomace", author="Leopold Ashcombe-Nwosu", published_date="2026-11-12"),
        labels=[
            L("nearly quadruple", 4, ALM, RATIO, "returns_iraq_ratio", "July 2025 to June 2026 vs July 2024 to June 2025 (returns to Iraq; headline)"),
            L("nearly quadrupled", 4, ALM, RATIO, "returns_iraq_ratio", "July 2025 to June 2026 vs July 2024 to June 2025 (since London and Baghdad signed a returns deal; Home Office figures)"),
            L("1,210", 1210, E, P, "returns_iraq", add(YJ26, "returned to Iraq")),
            L("nearly four times", 4, ALM, RATIO, "returns_iraq_ratio", "July 2025 to June 2026 vs July 2024 to June 2025 (as many as in the previous 12 months; Home Office figures)"),
            L("310", 310, E, P, "returns_iraq", YJ25),
            R("between 40 and 60", 40, 60, P, "charter_removal_flights_passengers_iraq", "per flight (November 2026, charters to Baghdad and Erbil)"),
            L("£800,000", 800000, E, GBP, "returns_iraq_reintegration_funding", "April 2025 onwards (under the deal, a reintegration programme in the Kurdistan region funded by the UK)"),
            L("a third", THIRD, E, PCT, WB + "_change", "July 2025 to June 2026 vs July 2024 to June 2025 (returns to the six Western Balkan countries rose by; Home Office figures)"),
            L("3,460", 3460, E, P, WB, add(YJ26T, "returns to the six Western Balkan countries")),
            L("865", 865, E, P, WB + "_change", "July 2025 to June 2026 vs July 2024 to June 2025 (more than a year earlier; Home Office figures)"),
            L("2,710", 2710, E, P, "returns_albania", add(YJ26T, "Albania alone")),
            L("more than three-quarters", 75, MT, PCT, WB + "_share_albania", add(YJ26T, "Albania's share of Western Balkan returns")),
            L("more than 12,000", 12000, MT, P, "small_boat_arrivals_albanian", "January to December 2022 (2022, Albanians arriving by small boat)"),
            L("620", 620, E, P, "small_boat_arrivals_albanian", "July 2025 to June 2026 (the 12 months to June, Albanians arriving by small boat)"),
            L("95%", -95, E, PCT, "small_boat_arrivals_albanian_change", "July 2025 to June 2026 vs 2022 (down from 2022)"),
            L("10,940", 10940, E, P, RENF, YJ26),
            L("12%", 12, E, PCT, RENF + "_change", "July 2025 to June 2026 vs July 2024 to June 2025 (above the year before; Home Office figures)"),
            L("9,770", 9770, E, P, RENF, "July 2024 to June 2025 (the year before, as revised; Home Office figures)"),
            L("420", 420, E, P, RENF + "_revision", "July 2024 to June 2025 (the earlier figure, revised up by; Home Office figures)"),
            L("9,350", 9350, E, P, RENF, "July 2024 to June 2025 (the earlier figure as first published; Home Office figures)"),
            L("24,300", 24300, E, P, RVOL, add(YJ26, "left voluntarily")),
            L("7,480", 7480, E, P, RPORT, add(YJ26, "returned at ports")),
            L("nearly 43,000", 43000, ALM, P, RET, add(YJ26, "the total")),
            L("62", 62, E, FLIGHTS, CRF, add(YJ26, "charter flights in the year")),
            L("5,710", 5710, E, P, CRFP, add(YJ26, "carried on charter flights")),
            L("92", 92, E, P, "charter_removal_flight_occupancy", "per flight (July 2025 to June 2026, an average; Home Office figures)"),
            L("30", 30, E, FLIGHTS, CRF + "_albania_vietnam", add(YJ26, "charter flights to Albania and Vietnam"), ctx="for 30 flights"),
            L("almost half", 50, ALM, PCT, CRF + "_share_albania_vietnam", add(YJ26, "Albania and Vietnam's share of charter flights")),
            L("24.3k", 24300, E, P, RVOL, add(CH7, "voluntary")),
            L("10.9k", 10900, E, P, RENF, add(CH7, "enforced")),
            L("7.5k", 7500, E, P, RPORT, add(CH7, "port")),
            L("more than 90,000", 90000, MT, P, RET, "July 2024 to November 2026 (since July 2024, people without leave to remain who had left the UK; the Home Secretary to MPs on Tuesday 10 November 2026)"),
            L("about one in five", 20, AP, PCT, "return_decisions_share_enforced", "2026 (foreign nationals issued with a return decision who are actually sent home; the European Commission's estimate)", geo=EU),
            L("about one in ten", 10, AP, PCT, "failed_asylum_seekers_share_removed", "2023 to November 2026 (people refused asylum since 2023 who have left the country; a researcher at the Migration Observatory)"),
            V("tens of thousands", 20000, 90000, P, "failed_asylum_seekers_in_asylum_accommodation", "November 2026 (people with no right to be here in taxpayer-funded accommodation; claim by the shadow home secretary)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
