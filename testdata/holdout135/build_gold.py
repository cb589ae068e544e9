#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-thirty-fifth hand-labelled hold-out set (holdout135).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, PTR, RSC, RSP)

UK, ENG, WAL, SCO, NI, FR = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France"
HH, PER10K = "other:households", "other:persons_per_10000_residents"
FLIGHTS, PPF, MEALS, VIEWS, SHARES = "other:flights", "other:persons_per_flight", "other:meals", "other:views", "other:shares"

# 01 (Monday 20 July 2026; Home Office daily small-boat figures for the week Monday 13 to Sunday 19 July 2026)
WK1 = "13 to 19 July 2026 (last week, Monday to Sunday; Home Office figures"
YTD1 = "1 January to 19 July 2026 (so far this year; Home Office figures"
OCC = "small_boat_occupancy"
SHS = "the shadow home secretary"
HOS = "a Home Office spokesperson"
MH = "Lucie Vandamme-Oyelowo, Maree Haute, Calais"
# 02 (Wednesday 27 May 2026; Home Office quarterly tables published Thursday 21 May 2026, for 31 March 2026)
HO2 = "Home Office tables published Thursday 21 May 2026"
M26 = "31 March 2026 (" + HO2
M25 = "31 March 2025 (a year earlier; " + HO2 + ")"
MCH = "31 March 2026 vs 31 March 2025 ("
DISP = "asylum_dispersal_population"
BPL, PRE, LAN, NW = "Blackpool", "Preston", "Lancashire", "North West"
FY26 = "April 2025 to March 2026 (2025/26; "
REP = "report to Blackpool Council's executive"
GRANT = "council_asylum_grant"
RH = "refugees_homeless_after_leaving_asylum_support"
LEAD = "Councillor Derek Oldroyd-Fasanmi, leader of Blackpool Council"
# 03 (Friday 22 May 2026; ONS estimates published Thursday 21 May 2026, for the calendar year 2025)
ONS3 = "ONS estimates published Thursday 21 May 2026"
Y25 = "January to December 2025 (the calendar year 2025; " + ONS3 + ")"
Y24 = "January to December 2024 (" + ONS3 + ")"
YCH = "2025 vs 2024 ("
ECON = "Dr Piers Annandale-Oduro, Mossgiel Foundation"
# 04 (Thursday 26 November 2026; Home Office statistics released that morning, year ending September 2026)
HO4 = "Home Office statistics released Thursday 26 November 2026"
YS26 = "October 2025 to September 2026 (the year ending September 2026; " + HO4
YS25 = "October 2024 to September 2025 (the previous 12 months; " + HO4 + ")"
YSCH = "year ending September 2026 vs the year before ("
MIN4 = "the border security minister"
ALB = "Albania"
# 05 (Tuesday 10 March 2026; a post on X published Sunday 8 March 2026)
CLAIM = "the claim (a post on X, Sunday 8 March 2026"
FY24 = "April 2023 to March 2024 (2023/24; Home Office annual report and accounts"
FY25 = "April 2024 to March 2025 (2024/25; Home Office annual report and accounts"
PERTAX = "asylum_cost_per_taxpayer"
TAXP = "income_taxpayers"
# 06 (Friday 26 June 2026; NISRA mid-2025 estimates released Thursday 25 June 2026)
NIS = "NISRA mid-2025 estimates released Thursday 25 June 2026"
MID = "30 June 2025 (mid-2025; " + NIS + ")"
YR = "July 2024 to June 2025 (the year to 30 June 2025; " + NIS
BEL, DCS = "Belfast", "Derry City and Strabane"
NETALL = "migration_net_inflow_all_sources"
CLLR6 = "Councillor Fionnuala McAteer-Bankole, Derry City and Strabane District Council"
# 07 (Friday 16 January 2026; National Audit Office report published that day)
NAO = "National Audit Office report published Friday 16 January 2026"
WHOLE = "April 2022 to the end of the scheme (the partnership's whole cost; " + NAO
MIN7 = "a Home Office minister"

ARTICLES = {
    "01-daily-blare-channel-crossings-heatwave-week": dict(
        meta=dict(url="https://www.dailyblare.example/news/politics/almost-4000-migrants-cross-channel-week-heatwave-33901274",
                  title="Almost 4,000 migrants cross Channel in a WEEK as heatwave turns sea into a millpond",
                  publisher="Daily Blare", author="Shona Pettigrew-Ikwuemesi", published_date="2026-07-20"),
        labels=[
            L("Almost 4,000", 4000, ALM, P, SBA, WK1 + "; headline)", occ=0),
            L("61", 61, E, PPB, OCC, WK1 + "; an average of, each; standfirst)", occ=0),
            L("27,000", 27000, MT, P, SBA, YTD1 + "; the year's total tops; standfirst)"),
            L("20%", 20, E, PCT, SBA + "_change", "1 January to 19 July 2026 vs the same stage of 2025 (20% higher than at this stage in 2025; standfirst)", occ=0),
            L("Almost 4,000", 4000, ALM, P, SBA, WK1 + "; crossed the Channel last week)", occ=1),
            L("3,912", 3912, E, P, SBA, WK1 + "; made the journey)"),
            L("64", 64, E, BOATS, SBC, WK1 + "; small boats)"),
            L("61", 61, E, PPB, OCC, WK1 + "; an average of, squeezed into every dinghy)", occ=1),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", "13 to 19 July 2026 vs 6 to 12 July 2026 (last week against the week before)"),
            L("1,010", 1010, E, P, SBA, "6 to 12 July 2026 (the week before; Home Office figures)"),
            L("1,206", 1206, E, P, SBA, "18 July 2026 (Saturday, the busiest day of 2026 so far; Home Office figures)"),
            L("19", 19, E, BOATS, SBC, "18 July 2026 (Saturday; Home Office figures)", ctx="from 19 boats"),
            L("27,340", 27340, E, P, SBA, YTD1 + "; the tally for the year)"),
            L("20%", 20, E, PCT, SBA + "_change", "1 January to 19 July 2026 vs 1 January to 19 July 2025 (up on last year)", occ=1),
            L("22,780", 22780, E, P, SBA, "1 January to 19 July 2025 (last year, reached Britain by 19 July; Home Office figures)"),
            L("doubled", 2, E, RATIO, SBA + "_ratio", "1 January to mid-July 2026 vs the same stage of 2024 (the number arriving so far this year has doubled since 2024)"),
            L("13,490", 13490, E, P, SBA, "1 January to mid-July 2024 (had made it across by mid-July; Home Office figures)"),
            L("Some 486", 486, AP, BOATS, SBC, YTD1 + "; boats that have reached British shores since 1 January)"),
            L("56.3", 56.3, E, PPB, OCC, YTD1 + "; carried on average)"),
            L("28", 28, E, PPB, OCC, "2021 (five years ago, the average a boat; Home Office figures)"),
            L("1,130", 1130, E, P, "small_boat_launch_attempts_stopped_people", "13 to 19 July 2026 (stopped launching during the week; French police)", geo=FR),
            L("more than one in five", 20, MT, PCT, "small_boat_launch_attempts_stopped_people_share", "13 to 19 July 2026 (of all those attempting it; French police)", geo=FR),
            L("Two", 2, E, P, "small_boat_deaths", "16 July 2026 (on Thursday, off Hardelot, south of Boulogne)", geo="Hardelot"),
            L("at least 31", 31, AL, P, "small_boat_deaths", "1 January to 20 July 2026 (lost in the Channel this year; the UN's migration agency)"),
            L("one in five", 20, E, PCT, "small_boat_arrivals_share_children", WK1 + "; children among those landed last week; Border Force sources)", ctx="made up one in five"),
            L("Nearly 4,000", 4000, ALM, P, SBA, "13 to 19 July 2026 (in seven days; " + SHS + ")"),
            L("Fewer than one in 20", 5, LT, PCT, "returns_share_of_small_boat_arrivals", "no period stated (small-boat migrants who ever end up on a plane home; " + SHS + ")"),
            L("more than 58,000", 58000, MT, P, "returns", "July 2024 to 20 July 2026 (removed or returned since July 2024; " + HOS + ")"),
            L("over 2,300", 2300, MT, P, "returns", "to 20 July 2026 (gone back across to France under our deal with Paris; " + HOS + ")", geo=FR),
            L("c. 1,400", 1400, AP, MEALS, "charity_meals_served", "per day, 13 to 19 July 2026 (handed out at its distribution point last week; " + MH + ")", geo="Calais"),
            L("about 900", 900, AP, MEALS, "charity_meals_served", "per day, June 2026 (up from, in June; " + MH + ")", geo="Calais"),
        ]),
    "02-the-promenader-blackpool-preston-asylum-dispersal-funding": dict(
        meta=dict(url="https://www.promenader.example/news/politics/blackpools-asylum-seeker-numbers-up-18-as-town-hall-says-ps750-a-head-is-nowhere-near-enough-5120447",
                  title="Blackpool's asylum seeker numbers up 18% as town hall says £750 a head is 'nowhere near enough'",
                  publisher="The Promenader", author="Harriet Gildersleeve-Mbatha", published_date="2026-05-27"),
        labels=[
            L("18%", 18, E, PCT, DISP + "_change", MCH + "asylum seeker numbers up; headline)", occ=0, geo=BPL),
            L("£750", 750, E, GBP, GRANT + "_per_person", "per year, 2026 (a head; the town hall; headline)", occ=0, geo=ENG),
            L("More than 1,100", 1100, MT, P, DISP, M26 + "; live in dispersed homes in the resort; standfirst)", geo=BPL),
            L("a third", THIRD, E, PCT, DISP + "_share_of_lancashire", M26 + "; Blackpool's share of the Lancashire total; standfirst)", ctx="a third of the Lancashire total", geo=BPL),
            L("1,142", 1142, E, P, DISP, M26 + "; waiting for a decision on their asylum claims)", geo=BPL),
            L("968", 968, E, P, DISP, M25, geo=BPL),
            L("18%", 18, E, PCT, DISP + "_change", MCH + "a rise of; " + HO2 + ")", occ=1, geo=BPL),
            L("80", 80, E, PER10K, DISP + "_per_10000_residents", M26 + "; for every 10,000 residents)", ctx="has 80 asylum seekers", geo=BPL),
            L("806", 806, E, P, DISP, M26 + ")", geo=PRE),
            L("9%", 9, E, PCT, DISP + "_change", MCH + "up on twelve months before)", geo=PRE),
            L("742", 742, E, P, DISP, "31 March 2025 (recorded twelve months before; " + HO2 + ")", geo=PRE),
            L("53", 53, E, PER10K, DISP + "_per_10000_residents", M26 + "; for every 10,000 Prestonians)", geo=PRE),
            L("one", 1, E, HOTELS, "asylum_hotels_in_use", "May 2026 (the Home Office also still uses one hotel in Preston)", ctx="uses one hotel", geo=PRE),
            L("174", 174, E, P, HOT, M26 + "; staying at the end of March)", geo=PRE),
            L("a third", -THIRD, E, PCT, HOT + "_change", MCH + "down a third on last year)", ctx="down a third on last year", geo=PRE),
            L("3,410", 3410, E, P, DISP, M26 + "; across the 14 councils of Lancashire)", geo=LAN),
            L("a third", THIRD, E, PCT, DISP + "_share_of_lancashire", M26 + "; Blackpool alone accounts for)", ctx="accounts for a third of them", geo=BPL),
            L("19,860", 19860, E, P, DISP, M26 + ")", geo=NW),
            L("more than a quarter", 25, MT, PCT, DISP + "_share_north_west", M26 + "; the North West's share of the UK total)", geo=NW),
            L("68,240", 68240, E, P, DISP, M26 + "; housed this way across the UK)"),
            L("5,480", 5480, E, P, DISP, M26 + ")", geo=SCO),
            L("3,210", 3210, E, P, DISP, M26 + ")", geo=WAL),
            L("£750", 750, E, GBP, GRANT + "_per_person", "per year, 2025/26 (for each asylum seeker living in their area over the course of a year; Home Office grant)", occ=1, geo=ENG),
            L("£860,000", 860000, E, GBP, GRANT, FY26 + "Blackpool Council was paid)", geo=BPL),
            L("£2.3m", 2300000, E, GBP, "council_asylum_cost", FY26 + "the real cost of supporting asylum seekers and newly recognised refugees; " + REP + ")", geo=BPL),
            L("little more than a third", THIRD, MT, PCT, GRANT + "_share_of_cost", FY26 + "the grant met, of the bill)", geo=BPL),
            L("£605,000", 605000, E, GBP, GRANT, "April 2025 to March 2026 (read as 2025/26; Preston City Council received)", geo=PRE),
            L("£740,000", 740000, E, GBP, "council_asylum_cost", "April 2025 to March 2026 (read as 2025/26; Preston City Council's costs)", geo=PRE),
            L("about four-fifths", 80, AP, PCT, GRANT + "_share_of_cost", "April 2025 to March 2026 (read as 2025/26; the money covered)", geo=PRE),
            L("214", 214, E, HH, RH, "April 2025 to March 2026 (the 12 months to March; refugee households who asked the council for help once their Home Office housing ended)", geo=BPL),
            L("68", 68, E, HH, RH + "_change", "2025/26 vs 2024/25 (68 more than in 2024/25)", geo=BPL),
            L("312", 312, E, P, "school_pupils_asylum_seeking_families", "2024/25 academic year (the last academic year; schools in the town admitted)", geo=BPL),
            L("80", 80, E, PER10K, DISP + "_per_10000_residents", "May 2026 (Blackpool takes, for every 10,000 people who live here; " + LEAD + ")", ctx="Blackpool takes 80", geo=BPL),
            L("fewer than five", 5, LT, PER10K, DISP + "_per_10000_residents", "May 2026 (Ribble Valley takes; " + LEAD + ")", geo="Ribble Valley"),
            L("£1,000", 1000, E, GBP, GRANT + "_per_person", "per year, from April 2027 (funding for local authorities will rise to, per person; a Home Office spokesperson)", geo=ENG),
        ]),
    "03-the-chancery-net-migration-visa-routes-nationality": dict(
        meta=dict(url="https://www.thechancery.example/article/work-visa-boom-unwinds-net-migration-drops-171000-ons-analysis-x7k2p9qd4",
                  title="The work visa boom unwinds and net migration drops to 171,000",
                  publisher="The Chancery", author="Felicity Brandreth-Umeh", published_date="2026-05-22"),
        labels=[
            L("171,000", 171000, E, P, NM, Y25[:-1] + "; headline)", occ=0),
            L("44 per cent", -44, E, PCT, "immigration_work_non_eu_change", YCH + "workers arriving from outside the EU, fallen by; standfirst)", occ=0),
            L("171,000", 171000, E, P, NM, Y25, occ=1),
            L("18,000", 18000, E, P, NM + "_revision", "January to December 2024 (revised up by; " + ONS3 + ")"),
            L("449,000", 449000, E, P, NM, "January to December 2024 (as revised; " + ONS3 + ")"),
            L("62 per cent", -62, E, PCT, NM + "_change", YCH + "last year's figure is down, measured against the revised 2024)"),
            L("more than 900,000", 900000, MT, P, NM, "July 2022 to June 2023 (the peak, the twelve months ending June 2023; ONS)"),
            L("Some 812,000", 812000, AP, P, "immigration", Y25[:-1] + "; moved here intending to stay a year or longer)"),
            L("641,000", 641000, E, P, "emigration", Y25[:-1] + "; moved away)"),
            L("roughly 500,000", -500000, AP, P, "immigration_change", "2025 vs the peak (immigration has fallen by, from its 1.3m high)"),
            L("1.3m", 1300000, E, P, "immigration", "the peak (its 1.3m high; year not stated)"),
            L("233,000", 233000, E, P, "immigration_work_non_eu", Y25[:-1] + "; work visas, main applicants and families together)"),
            L("44 per cent", -44, E, PCT, "immigration_work_non_eu_change", YCH + "down from 416,000 in 2024)", occ=1),
            L("416,000", 416000, E, P, "immigration_work_non_eu", Y24),
            L("71,000", 71000, E, P, "immigration_work_dependants_non_eu", Y25[:-1] + "; dependants of workers)"),
            L("three-quarters", -75, E, PCT, "immigration_work_dependants_non_eu_change", YCH + "a drop of)", ctx="a drop of three-quarters"),
            L("Some 301,000", 301000, AP, P, "immigration_study_non_eu", Y25[:-1] + "; arrived to study)"),
            L("more than two in five", 40, MT, PCT, "immigration_share_study_non_eu", Y25[:-1] + "; of all non-EU arrivals)"),
            L("96,000", 96000, E, P, "immigration_humanitarian_non_eu", Y25[:-1] + "; humanitarian routes)"),
            L("About three-quarters", 75, AP, PCT, "immigration_humanitarian_non_eu_share_asylum", Y25[:-1] + "; of these were asylum seekers)"),
            L("58,000", 58000, E, P, "immigration_family_non_eu", Y25[:-1] + "; family visas)"),
            L("116,000", 116000, E, P, "immigration_non_eu_india", Y25[:-1] + "; Indian nationals, the largest group)"),
            L("61,000", 61000, E, P, "immigration_non_eu_china", Y25),
            L("45,000", 45000, E, P, "immigration_non_eu_pakistan", Y25),
            L("60 per cent", -60, E, PCT, "immigration_non_eu_nigeria_change", YCH + "Nigerians fell by)"),
            L("28,000", 28000, E, P, "immigration_non_eu_nigeria", Y25),
            L("77,000", -77000, E, P, "net_migration_british_nationals", Y25[:-1] + "; a net outflow of British citizens)"),
            L("59,000", -59000, E, P, "net_migration_eu", Y25[:-1] + "; a net, more EU nationals leaving than arriving)"),
            L("307,000", 307000, E, P, "net_migration_non_eu", Y25[:-1] + "; non-EU nationals' net contribution)"),
            R("between 150,000 and 200,000", 150000, 200000, P, "net_migration_forecast", "per year, until about 2030 (best guess; " + ECON + ")"),
            L("roughly one in three", THIRD, AP, PCT, "immigration_study_non_eu_share_still_in_uk", "2026 (international students who now remain in the UK after their course; " + ECON + ")"),
            L("well over half", -50, MT, PCT, NM + "_change", "since July 2024 (since Labour took office; a Home Office minister)"),
        ]),
    "04-petrel-news-deportation-flights-enforced-voluntary-returns": dict(
        meta=dict(url="https://news.petrel.example/story/enforced-returns-up-by-a-third-as-deportation-flights-reach-record-level-13641187",
                  title="Enforced returns up by a third as deportation flights reach record level",
                  publisher="Petrel News", author="Aoife Brennock-Salako", published_date="2026-11-26"),
        labels=[
            L("a third", THIRD, E, PCT, "returns_enforced_change", YSCH + "enforced returns up by; headline)"),
            L("Some 94", 94, AP, FLIGHTS, "charter_removal_flights", YS26 + "; charter flights took people out of the UK; standfirst)"),
            L("nearly double", 2, ALM, RATIO, "charter_removal_flights_ratio", YSCH + "the number in the previous 12 months; standfirst)"),
            L("11,870", 11870, E, P, "returns_enforced", YS26 + ")"),
            L("33%", 33, E, PCT, "returns_enforced_change", YSCH + "up on the 12 months before)"),
            L("8,930", 8930, E, P, "returns_enforced", YS25),
            L("26,440", 26440, E, P, "returns_voluntary", YS26 + ")"),
            L("38,310", 38310, E, P, "returns", YS26 + "; the total)"),
            L("more than two-thirds", 200 / 3, MT, PCT, "returns_share_voluntary", YS26 + "; went without an escort)"),
            L("7,210", 7210, E, P, "returns_voluntary_assisted", YS26 + "; assisted with flights and a cash payment)"),
            L("more than a quarter", 25, MT, PCT, "returns_voluntary_share_assisted", YS26 + "; of the voluntary departures)"),
            L("94", 94, E, FLIGHTS, "charter_removal_flights", YS26 + "; the department ran)", ctx="ran 94 of them"),
            L("49", 49, E, FLIGHTS, "charter_removal_flights", YS25),
            L("3,280", 3280, E, P, "charter_removal_flights_passengers", YS26 + "; carried between them)"),
            L("about 35", 35, AP, PPF, "charter_removal_flight_occupancy", YS26 + "; per flight)"),
            L("62", 62, E, P, "charter_removal_flight_manifest", "23 November 2026 (on Monday; a flight to Tirana from Stansted)", geo=ALB),
            L("one in five", 20, E, PCT, "returns_enforced_share_albanian", YS26 + "; Albanians' share of all enforced returns)", geo=ALB),
            L("some 2,370", 2370, AP, P, "returns_enforced_albanian", YS26 + ")", geo=ALB),
            L("5,460", 5460, E, P, "returns_foreign_national_offenders", YS26 + ")"),
            L("14%", 14, E, PCT, "returns_foreign_national_offenders_change", YSCH + "up)"),
            L("10,560", 10560, E, P, "prison_population_foreign_nationals", "30 September 2026 (when September ended; jails in England and Wales)", geo=EW),
            L("about one in eight", 12.5, AP, PCT, "prison_population_share_foreign_nationals", "30 September 2026 (of inmates in England and Wales)", geo=EW),
            L("3,140", 3140, E, P, "returns", "September 2025 to 26 November 2026 (since the first removals under the UK-France agreement in September 2025)", geo=FR),
            L("2,170", 2170, E, P, "detention_population", "30 September 2026 (in immigration detention; " + HO4 + ")"),
            L("12%", 12, E, PCT, "detention_population_change", "30 September 2026 vs 30 September 2025 (more than a year earlier)"),
            L("£82m", 82000000, E, GBP, "charter_removal_flights_cost", "April 2025 to March 2026 (2025/26)"),
            L("£47m", 47000000, E, GBP, "charter_removal_flights_cost", "April 2024 to March 2025 (2024/25)"),
            L("roughly a fifth", 20, AP, PCT, "return_decisions_share_enforced", "January to December 2025 (last year, orders to leave the EU's member states managed to enforce; Eurostat)", geo="EU"),
            L("nearly 71,000", 71000, ALM, P, "returns", "5 July 2024 to 26 November 2026 (removed since 5 July 2024; " + MIN4 + ")"),
            L("more than 13,000", 13000, MT, P, "returns_foreign_national_offenders", "5 July 2024 to 26 November 2026 (foreign criminals removed since 5 July 2024; " + MIN4 + ")"),
            L("4%", 4, E, PCT, "returns_share_of_small_boat_arrivals", "November 2025 to November 2026 (the past year, of people who came on small boats, removed; " + SHS + ")"),
            L("about 1,700", 1700, AP, P, "returns_small_boat_arrivals", "November 2025 to November 2026 (the past year; " + SHS + ")"),
            V("tens of thousands", 20000, 90000, P, SBA, "November 2025 to November 2026 (the past year, people who came on small boats; " + SHS + ")"),
        ]),
    "05-factsmith-asylum-cost-per-taxpayer-claim": dict(
        meta=dict(url="https://factsmith.example/fact-checks/does-asylum-cost-every-taxpayer-170-a-year",
                  title="Does the asylum system cost every taxpayer £170 a year?",
                  publisher="Factsmith", author="Rosalind Fairlie-Mwangi", published_date="2026-03-10"),
        labels=[
            L("£170", 170, E, GBP, PERTAX, "per year (" + CLAIM + "; the claim asked as a question; headline)", occ=0),
            L("£170", 170, E, GBP, PERTAX, "per year, now (" + CLAIM + "; What was claimed)", occ=1),
            L("£5.38bn", 5380000000, E, GBP, AC, "the record year, 2023/24 (spending hit a record; " + CLAIM + "; What was claimed)", occ=0),
            L("£5.38bn", 5380000000, E, GBP, AC, FY24 + "; Our verdict)", occ=1),
            L("£4.62bn", 4620000000, E, GBP, AC, FY25 + "; the most recent annual figure; Our verdict)", occ=0),
            L("37.4m", 37400000, E, P, TAXP, "April 2025 to March 2026 (2025/26; HMRC projection; Our verdict)", occ=0),
            L("about £124", 124, AP, GBP, PERTAX, "2024/25 spending shared between 2025/26 taxpayers (Our verdict)", occ=0),
            L("£170", 170, E, GBP, PERTAX, "per year, now (" + CLAIM + "; the post quoted)", occ=2),
            L("2.1m", 2100000, E, VIEWS, "social_media_post_views", "8 to 10 March 2026 (since it was published on Sunday)"),
            L("12.9k", 12900, E, SHARES, "social_media_post_shares", "8 to 10 March 2026 (reposted, since it was published on Sunday)"),
            L("£5.38bn", 5380000000, E, GBP, AC, FY24 + "; a record, the highest in the series)", occ=2),
            L("£4.62bn", 4620000000, E, GBP, AC, FY25 + ")", occ=1),
            L("14%", -14, E, PCT, AC + "_change", "2024/25 vs 2023/24 (down)"),
            L("£2.1bn", 2100000000, E, GBP, "asylum_cost_hotels", FY25 + "; hotels alone took)"),
            L("almost half", 50, ALM, PCT, "asylum_cost_share_hotels", FY25 + "; hotels' share of the total)"),
            L("less than £1bn", 1000000000, LT, GBP, AC, "April 2019 to March 2020 (2019/20; Home Office)"),
            L("more than five times", 5, MT, RATIO, AC + "_ratio", "2024/25 vs 2019/20 (the lower, more recent total is more than five times as large)"),
            L("37.4m", 37400000, E, P, TAXP, "April 2025 to March 2026 (2025/26; will pay income tax; HM Revenue and Customs projection)", occ=1),
            L("about £144", 144, AP, GBP, PERTAX, "2023/24 spending shared between 2025/26 taxpayers (divide the record among them)"),
            L("about £124", 124, AP, GBP, PERTAX, "2024/25 spending shared between 2025/26 taxpayers (use the latest spending figure)", occ=1),
            L("£170", 170, E, GBP, PERTAX, "per year (the claim's figure, reproduced by dividing the 2023/24 total by an old taxpayer count)", occ=3),
            L("£5.38bn", 5380000000, E, GBP, AC, FY24 + "; divide the record among them)", occ=3),
            L("£5.38bn", 5380000000, E, GBP, AC, FY24 + "; dividing by 31.6m)", occ=4),
            L("31.6m", 31600000, E, P, TAXP, "around a decade ago (close to the number of income taxpayers then; the divisor that reproduces the claim)"),
            L("£303bn", 303000000000, E, GBP, "income_tax_receipts", "April 2024 to March 2025 (2024/25; income tax raised)"),
            L("around a quarter", 25, AP, PCT, "income_tax_share_of_government_receipts", "April 2024 to March 2025 (2024/25; of everything the government took in)"),
            L("69.3m", 69300000, E, P, "population", "mid-2024 (the whole population; ONS population estimates)"),
            L("roughly £67", 67, AP, GBP, "asylum_cost_per_resident", "2024/25 spending spread across the whole population (a head)"),
            L("about 0.4%", 0.4, AP, PCT, "asylum_cost_share_of_public_spending", "April 2024 to March 2025 (2024/25; of all public spending)"),
            L("109,000", 109000, E, P, "asylum_support_population", "31 March 2025 (the end of March 2025; the Home Office was supporting)"),
            L("roughly £42,000", 42000, AP, GBP, "asylum_cost_per_person_per_year", "April 2024 to March 2025 (2024/25; for each person supported over the year)"),
            L("£5.38bn", 5380000000, E, GBP, AC, FY24 + "; asylum spending did reach; Conclusion)", occ=5),
            L("nearer £124", 124, AP, GBP, PERTAX, "2024/25 spending shared between 2025/26 taxpayers (on the latest figures; Conclusion)"),
        ]),
    "06-the-linenhall-belfast-derry-strabane-population-growth": dict(
        meta=dict(url="https://www.thelinenhall.example/news/northern-ireland/belfasts-population-tops-350000-as-derry-and-strabane-barely-moves-4879213",
                  title="Belfast's population tops 350,000 as Derry and Strabane barely moves",
                  publisher="The Linenhall", author="Niamh Corrigan-Abiola", published_date="2026-06-26"),
        labels=[
            L("350,000", 350000, MT, P, "population", MID[:-1] + "; tops; headline)", occ=0, geo=BEL),
            L("1.2%", 1.2, E, PCT, "population_change", YR + "; the city grew by, in a year; standfirst)", occ=0, geo=BEL),
            L("150", 150, E, P, "population_growth", YR + "; the north-west council area added just; standfirst)", occ=0, geo=DCS),
            L("350,000", 350000, MT, P, "population", MID[:-1] + "; has passed, for the first time)", occ=1, geo=BEL),
            L("1,934,600", 1934600, E, P, "population", "30 June 2025 (30 June last year; " + NIS + ")", geo=NI),
            L("9,700", 9700, E, P, "population_growth", YR + "; more than twelve months earlier)", geo=NI),
            L("0.5%", 0.5, E, PCT, "population_change", YR + ")", geo=NI),
            L("3,400", 3400, E, P, "population_natural_change", YR + "; births outnumbered deaths by)", geo=NI),
            L("20,300", 20300, E, P, "births", YR + "; babies born)", geo=NI),
            L("16,900", 16900, E, P, "deaths", YR + "; deaths registered)", geo=NI),
            L("6,300", 6300, E, P, NETALL, YR + "; net migration added)", geo=NI),
            L("353,800", 353800, E, P, "population", MID, geo=BEL),
            L("4,100", 4100, E, P, "population_growth", YR + "; an increase of)", geo=BEL),
            L("1.2%", 1.2, E, PCT, "population_change", YR + ")", occ=1, geo=BEL),
            L("more than two-fifths", 40, MT, PCT, "population_growth_share_belfast", YR + "; the city alone accounted for, of Northern Ireland's growth)", geo=BEL),
            L("4,310", 4310, E, P, "births", YR + ")", geo=BEL),
            L("3,240", 3240, E, P, "deaths", YR + ")", geo=BEL),
            L("1,070", 1070, E, P, "population_natural_change", YR + "; a natural increase of)", geo=BEL),
            L("4,650", 4650, E, P, "net_migration_international", YR + "; a net, arrived from outside the UK and Ireland)", geo=BEL),
            L("nearly three-quarters", 75, ALM, PCT, "net_migration_international_share_belfast", YR + "; of the region's overall migration gain)", geo=BEL),
            L("1,620", -1620, E, P, "internal_migration_net", YR + "; the city lost a net, to other council areas)", geo=BEL),
            L("150", 150, E, P, "population_growth", YR + "; edged up by)", occ=1, geo=DCS),
            L("0.1%", 0.1, E, PCT, "population_change", YR + ")", geo=DCS),
            L("150,900", 150900, E, P, "population", MID, geo=DCS),
            L("1,690", 1690, E, P, "births", YR + ")", geo=DCS),
            L("1,480", 1480, E, P, "deaths", YR + ")", geo=DCS),
            L("60", -60, E, P, NETALL, YR + "; a net migration loss of)", geo=DCS),
            L("540", -540, E, P, "migration_net_inflow_aged_18_24", YR + "; a net, aged 18 to 24, left the district)", geo=DCS),
            L("40.2", 40.2, E, YEARS, "population_median_age", MID, geo=DCS),
            L("36.1", 36.1, E, YEARS, "population_median_age", MID, geo=BEL),
            L("c. 4,000", -4000, AP, P, "population_projection_change", "2025 to 2045 (could fall by; NISRA's latest projections)", geo=DCS),
            L("the guts of 500", 500, ALM, P, "young_people_lost_per_year", "per year, now (losing, young people with qualifications; " + CLLR6 + ")", geo=DCS),
            L("about 4,600", 4600, AP, P, "university_students", "June 2026 (Magee has; " + CLLR6 + ")", geo=DCS),
            L("10,000", 10000, E, P, "university_students_target", "no date stated (promised for years, Magee; " + CLLR6 + ")", geo=DCS),
        ]),
    "07-the-ploughshare-rwanda-scheme-costs-spending-watchdog": dict(
        meta=dict(url="https://www.theploughshare.example/uk-news/2026/jan/16/rwanda-deportation-scheme-cost-715m-relocated-four-people-nao",
                  title="Rwanda deportation scheme cost £715m and relocated four people, watchdog finds",
                  publisher="The Ploughshare", author="Saoirse Delacourt-Nnamdi", published_date="2026-01-16"),
        labels=[
            L("£715m", 715000000, E, GBP, RSC, WHOLE + "; headline)", occ=0),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (relocated; headline)", ctx="relocated four people"),
            L("nearly £179m", 179000000, ALM, GBP, "rwanda_scheme_cost_per_relocation", WHOLE + "; for each person who flew to Kigali; standfirst)", occ=0),
            L("£715m", 715000000, E, GBP, RSC, WHOLE + "; spent before the policy was abandoned)", occ=1),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (only four people were ever relocated, all volunteers; " + NAO + ")", ctx="only four people"),
            L("£290m", 290000000, E, GBP, PTR, WHOLE + "; the government of Rwanda received)"),
            L("about two-fifths", 40, AP, PCT, "payment_to_rwanda_share_of_scheme_cost", WHOLE + "; of the total)"),
            L("£132m", 132000000, E, GBP, "rwanda_scheme_cost_detention", WHOLE + "; detention and escorting)"),
            L("£104m", 104000000, E, GBP, "rwanda_scheme_cost_staff", WHOLE + "; staff costs)"),
            L("1,040", 1040, E, P, "rwanda_scheme_staff", "the scheme's peak (officials working on the policy; " + NAO + ")"),
            L("Five", 5, E, FLIGHTS, "rwanda_charter_flights_cancelled", "2022 to 2024 (charter flights booked and then stood down; " + NAO + ")"),
            L("£57m", 57000000, E, GBP, "rwanda_scheme_cost_flights", WHOLE + "; aviation)"),
            L("£39m", 39000000, E, GBP, "rwanda_scheme_cost_legal", WHOLE + "; legal and litigation costs)"),
            L("£93m", 93000000, E, GBP, "rwanda_scheme_cost_other", WHOLE + "; IT systems, accommodation preparations and other items)"),
            L("£13m", 13000000, E, GBP, "rwanda_scheme_cost_wind_down", "July 2024 onwards (after the general election, winding the scheme down; " + NAO + ")"),
            L("£370m", 370000000, E, GBP, "payment_to_rwanda_planned", "over five years (the economic development fund the UK committed to)"),
            L("£80m", 80000000, E, GBP, "payment_to_rwanda_due_not_made", "after July 2024 (never paid after the partnership ended; " + NAO + ")"),
            L("nearly £179m", 179000000, ALM, GBP, "rwanda_scheme_cost_per_relocation", WHOLE + "; per relocation)", occ=1),
            L("about £1.8m", 1800000, AP, GBP, "rwanda_scheme_planned_cost_per_relocation", "2024 estimate (a head, if the first 300 relocations went ahead; National Audit Office 2024 report)"),
            L("29,437", 29437, E, P, SBA, "January to December 2023 (crossed the Channel in small boats in 2023)"),
            L("£715m", 715000000, E, GBP, RSC, "the scheme's whole cost (poured into a gimmick; " + MIN7 + ")", occ=2),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (sent four volunteers to Kigali; " + MIN7 + ")", ctx="sent four volunteers"),
            L("more than 90%", -90, MT, PCT, "small_boat_arrivals_albanian_change", "after the UK-Albania deal (no period stated; arrivals from that country fell; the shadow home secretary)"),
            L("about 85,000", 85000, AP, P, "asylum_decisions_affordable_with_rwanda_cost", "for the scheme's whole cost (claims the asylum system could have decided; Dr Hamish Prenderlow-Asante, Carrow Centre for Migration Policy)"),
            L("up to 1,000", 1000, AM, P, "rwanda_accommodation_capacity", "2022 to 2024 (homes built with room for arrivals; Rwanda's government)", geo="Rwanda"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
