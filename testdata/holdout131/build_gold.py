#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-thirty-first hand-labelled hold-out set (holdout131).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, ALM, EW, SBA, SBC, NM, HOT)

UK, ENG, WAL, SCO, NI, FR, EU = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France", "EU"
HH, FLIGHTS, USD, VIEWS, SHARES, VAC = ("other:households", "other:flights", "other:USD", "other:views",
                                        "other:shares", "other:vacancies")

# 01 (Tuesday 9 June 2026; Home Office daily small-boat figures for Monday 8 June 2026)
HO1 = "Home Office figures"
MON = "8 June 2026 (on Monday; " + HO1
YTD = "1 January to 8 June 2026 (since 1 January; " + HO1
OCC = "small_boat_occupancy"
SOUTH = "small_boat_launches_share_south_of_boulogne"
STRATH = "Dr Ifeoma Strathdee"
# 02 (Wednesday 4 March 2026; Home Office quarterly statistics released Thursday 26 February 2026, for 31 December 2025)
HO2 = "Home Office quarterly statistics released Thursday 26 February 2026"
D25 = "31 December 2025 (at the end of last year; " + HO2
D24 = "31 December 2024 (a year earlier; " + HO2
LS, SHF, LDS, YH = "Leeds and Sheffield", "Sheffield", "Leeds", "Yorkshire and the Humber"
REP2 = "Sheffield City Council finance committee report"
LEP = "Leeds City Council executive board papers"
FY25 = "April 2024 to March 2025 (2024/25; "
INUSE, RH = "asylum_hotels_in_use", "refugees_homeless_after_leaving_asylum_support"
# 03 (Saturday 28 November 2026; ONS estimates published Thursday 26 November 2026, year ending June 2026)
ONS3 = "ONS estimates published Thursday 26 November 2026"
YJ26 = "July 2025 to June 2026 (the year ending June 2026; " + ONS3
YJ25 = "July 2024 to June 2025 (the year to June 2025; " + ONS3
YJ24 = "July 2023 to June 2024 (the year to June 2024; " + ONS3
COL = "the columnist"
POLL = "November 2026 (one survey this month)"
# 04 (Thursday 21 May 2026; Home Office statistics released that day for the year ending March 2026)
HO4 = "Home Office statistics released Thursday 21 May 2026"
YM26 = "April 2025 to March 2026 (the 12 months to March; " + HO4
PREV = "April 2025 to March 2026 vs April 2024 to March 2025 ("
# 05 (Monday 20 April 2026; a claim made on Sunday 19 April 2026; Ministry of Justice figures for 31 December 2025)
CLAIM = "no period stated (the claim: a Conservative frontbencher on a Sunday politics programme, Sunday 19 April 2026"
MOJ = "31 December 2025 (Ministry of Justice"
SPS = "31 December 2025 (Scottish Prison Service"
FNS, FNP = "prison_population_share_foreign_nationals", "prison_population_foreign_nationals"
POST = "19 to 20 April 2026 (since the programme on Sunday, by Monday morning)"
# 06 (Thursday 2 July 2026; ONS mid-year estimates released Wednesday 1 July 2026)
ONS6 = "ONS mid-year estimates released Wednesday 1 July 2026"
M25 = "30 June 2025 (mid-2025; " + ONS6
Y25 = "July 2024 to June 2025 (the year to mid-2025; " + ONS6
GW, CE = "Gwynedd", "Ceredigion"
HESA = "2024/25 academic year (Higher Education Statistics Agency"
# 07 (Thursday 17 September 2026; Migration Advisory Committee report published Tuesday 15 September 2026)
MAC = "Migration Advisory Committee report published Tuesday 15 September 2026"
LIFE = "over the rest of a lifetime, for a migrant arriving at 30 (" + MAC
YJ26H = "July 2025 to June 2026 (the 12 months to June 2026; main applicants; Home Office"

ARTICLES = {
    "01-brightwave-news-channel-crossings-busiest-day": dict(
        meta=dict(url="https://www.brightwavenews.example/news/uk/2026-06-09/more-than-1000-people-cross-channel-in-one-day-first-time-this-year",
                  title="More than 1,000 people cross the Channel in one day for the first time this year",
                  publisher="Brightwave News", author="Saoirse Battersby-Nkemelu", published_date="2026-06-09"),
        labels=[
            L("More than 1,000", 1000, MT, P, SBA, MON + "; in one day; headline)"),
            L("16,884", 16884, E, P, SBA, YTD + "; the 2026 total; standfirst)", occ=0),
            L("a fifth", 20, E, PCT, SBA + "_change", "1 January to 8 June 2026 vs the same stage of 2025 (a fifth higher; standfirst)"),
            L("1,012", 1012, E, P, SBA, MON + "; brought ashore or landed unaided)"),
            L("17", 17, E, BOATS, SBC, MON + "; travelled in)", ctx="in 17 boats"),
            L("roughly 60", 60, AP, PPB, OCC, MON + "; an average in each boat)"),
            L("1,097", 1097, E, P, SBA, "14 September 2025 (last year; " + HO1 + ")"),
            L("781", 781, E, P, SBA, "21 April 2026 (the highest figure so far this year before Monday; " + HO1 + ")"),
            L("16,884", 16884, E, P, SBA, YTD + ")", occ=1),
            L("20%", 20, E, PCT, SBA + "_change", "1 January to 8 June 2026 vs the same point in 2025 (up on)"),
            L("14,070", 14070, E, P, SBA, "1 January to 8 June 2025 (at this point in 2025; " + HO1 + ")"),
            L("almost twice", 2, ALM, RATIO, SBA + "_ratio", "1 January to 8 June 2026 vs 1 January to early June 2023"),
            L("8,710", 8710, E, P, SBA, "1 January to early June 2023 (logged by early June 2023; " + HO1 + ")"),
            L("17", 17, E, BOATS, SBC, MON + "; the 17 boats, repeated)", ctx="The 17 boats"),
            L("288", 288, E, BOATS, SBC, YTD + "; dinghies that have made it across in 2026)"),
            L("58.6", 58.6, E, PPB, OCC, YTD + "; people per boat)"),
            L("52", 52, E, PPB, OCC, "January to December 2025 (the average across the whole of 2025; " + HO1 + ")"),
            L("94%", 94, E, PCT, "small_boat_arrivals_share_claimed_asylum", "January to March 2026 (first-quarter arrivals who lodged an asylum claim; Home Office quarterly statistics)"),
            L("more than 9,400", 9400, MT, P, "small_boat_launch_attempts_stopped_people", "1 January to 8 June 2026 (prevented from boarding boats since January; a Home Office spokesperson)", geo=FR),
            L("more than 1,800", 1800, MT, P, "returns", "start of the UK-France returns deal in 2025 to 8 June 2026 (flown to France under the deal struck with Paris; a Home Office spokesperson)", geo=FR),
            L("More than a thousand", 1000, MT, P, SBA, MON + "; in one day; the shadow home secretary)"),
            L("40,000", 40000, E, P, "small_boat_arrivals_forecast", "1 January 2026 to the end of summer 2026 (at this rate, will arrive before the summer is over; the shadow home secretary)"),
            L("c. 450", 450, AP, P, SBA, "8 June 2026 (by lunchtime on Monday, led to the processing site; volunteers near Dover harbour)", geo="Dover"),
            L("71", 71, E, P, "small_boat_rescues", "8 June 2026 (Monday, rescued off Équihen-Plage and taken back to Boulogne; the French maritime prefecture)", geo=FR),
            L("at least 14", 14, AL, P, "small_boat_deaths", "1 January to 9 June 2026 (since New Year's Day; Tidewatch Calais)"),
            L("roughly one in ten", 10, AP, PCT, SOUTH, "January to December 2024 (launches from beaches south of Boulogne; " + STRATH + ")", geo=FR),
            L("more than half", 50, MT, PCT, SOUTH, "spring 2026 (this spring; " + STRATH + ")", geo=FR),
            L("just over 41,000", 41000, MT, P, SBA, "January to December 2025 (across the whole of last year)"),
        ]),
    "02-kirkstall-kite-leeds-sheffield-asylum-hotels-costs": dict(
        meta=dict(url="https://www.kirkstallkite.example/news/politics/leeds-sheffield-asylum-hotels-council-costs-5520914",
                  title="Leeds and Sheffield still have almost 1,900 asylum seekers in hotels as councils count the cost",
                  publisher="Kirkstall Kite", author="Bethan Oyelowo-Marsh", published_date="2026-03-04"),
        labels=[
            L("almost 1,900", 1900, ALM, P, HOT, D25 + "; headline)", geo=LS),
            L("Almost 1,900", 1900, ALM, P, HOT, D25 + ")", geo=LS),
            L("1,150", 1150, E, P, HOT, D25 + "; on 31 December)", geo=LDS),
            L("six", 6, E, HOTELS, INUSE, D25 + "; housed in six hotels)", ctx="in six hotels", geo=LDS),
            L("735", 735, E, P, HOT, D25 + ")", geo=SHF),
            L("four", 4, E, HOTELS, INUSE, D25 + "; spread across four sites)", ctx="across four sites", geo=SHF),
            L("a third", -THIRD, E, PCT, HOT + "_change", "31 December 2025 vs 31 December 2024 (down on the figure twelve months earlier)", geo=SHF),
            L("1,100", 1100, E, P, HOT, D24 + "; twelve months earlier)", geo=SHF),
            L("three", 3, E, HOTELS, "asylum_hotels_closed", "31 December 2024 to 31 December 2025 (lost three of the seven hotels it had in December 2024)", ctx="lost three of", geo=SHF),
            L("seven", 7, E, HOTELS, INUSE, D24 + "; the hotels it had in December 2024)", ctx="of the seven hotels", geo=SHF),
            L("nine", 9, E, HOTELS, INUSE, D24 + ")", ctx="from nine hotels", geo=LDS),
            L("six", 6, E, HOTELS, INUSE, D25 + "; gone from nine hotels to six)", ctx="hotels to six", geo=LDS),
            L("8%", -8, E, PCT, HOT + "_change", "31 December 2025 vs 31 December 2024 (slipped by only)", geo=LDS),
            L("3,820", 3820, E, P, HOT, D25 + ")", geo=YH),
            L("31%", -31, E, PCT, HOT + "_change", "31 December 2025 vs 31 December 2024 (fewer than at the end of 2024)", geo=YH),
            L("31,240", 31240, E, P, HOT, D25 + "; the UK-wide total)"),
            L("2,040", 2040, E, P, "asylum_dispersal_population", D25 + "; dispersed housing)", geo=SHF),
            L("2,310", 2310, E, P, "asylum_dispersal_population", D25 + "; dispersed housing)", geo=LDS),
            L("£6.4m", 6400000, E, GBP, "council_asylum_cost", FY25 + REP2 + ")", geo=SHF),
            L("£3.9m", 3900000, E, GBP, "council_asylum_cost", "April 2023 to March 2024 (the year before; " + REP2 + ")", geo=SHF),
            L("486", 486, E, HH, RH, FY25 + "refugee households accepted as homeless; " + REP2 + ")", geo=SHF),
            L("nearly four times", 4, ALM, RATIO, RH + "_ratio", "2024/25 vs 2022/23 (as many households as; " + REP2 + ")", geo=SHF),
            L("124", 124, E, HH, RH, "April 2022 to March 2023 (2022/23; " + REP2 + ")", geo=SHF),
            L("£2.1m", 2100000, E, GBP, "council_asylum_grant", FY25 + "government grants covered; " + REP2 + ")", geo=SHF),
            L("roughly two-thirds", 200 / 3, AP, PCT, "council_asylum_cost_share_unfunded", FY25 + "left to be met from the council's own budgets; " + REP2 + ")", geo=SHF),
            L("£9.8m", 9800000, E, GBP, "council_asylum_cost", FY25 + LEP + ")", geo=LDS),
            L("£11.2m", 11200000, E, GBP, "council_asylum_cost_forecast", "April 2025 to March 2026 (the current year, a forecast; " + LEP + ")", geo=LDS),
            L("142", 142, E, P, "unaccompanied_children_in_care", "March 2026 (looks after; " + LEP + ")", geo=LDS),
            L("97", 97, E, P, "unaccompanied_children_in_care", "March 2024 (two years ago; " + LEP + ")", geo=LDS),
            L("Roughly £1 in every £4", 25, AP, PCT, "council_temporary_accommodation_spending_share_asylum_hotel_leavers", "March 2026 (now; Councillor Nadia Ferncliffe-Obi)", geo=SHF),
            L("more than 400", 400, MT, HOTELS, INUSE, "2023, the peak of asylum hotel use (the Home Office)"),
            L("over half", -50, MT, PCT, INUSE + "_change", "the 2023 peak to March 2026 (cut that number by; the Home Office)"),
        ]),
    "03-the-stoop-net-migration-three-years-column": dict(
        meta=dict(url="https://www.thestoop.example/article/three-years-of-net-migration-and-three-very-different-stories",
                  title="Three years of net migration, and three very different stories",
                  publisher="The Stoop", author="Hugo Rensford-Blaise", published_date="2026-11-28"),
        labels=[
            L("158,000", 158000, E, P, NM, YJ26 + "; the headline)", occ=0),
            L("662,000", 662000, E, P, NM, YJ24 + "; the latest estimate)", occ=0),
            L("275,000", 275000, E, P, NM, YJ25 + "; as revised)"),
            L("158,000", 158000, E, P, NM, YJ26 + "; the most recent twelve months)", occ=1),
            L("more than three-quarters", -75, MT, PCT, NM + "_change", "year to June 2024 vs year ending June 2026 (has shrunk by, in two years)"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (as first put a year ago, November 2025; ONS)"),
            L("71,000", 71000, E, P, NM + "_revision", "July 2024 to June 2025 (the ONS has since revised it up by)"),
            L("13,000", 13000, E, P, NM + "_revision", "July 2023 to June 2024 (now higher than the estimate published last November)"),
            L("about 60,000", 60000, AP, P, "net_migration_average_revision", "the last four releases, 2025 to 2026 (the typical upward revision; " + COL + ")"),
            L("158,000", 158000, E, P, NM, YJ26 + "; Thursday's figure)", occ=2),
            R("between 200,000 and 230,000", 200000, 230000, P, "net_migration_forecast", "July 2025 to June 2026 (where the figure will end up once revised, if the pattern holds; " + COL + ")"),
            L("763,000", 763000, E, P, "immigration", YJ26 + "; the latest year)"),
            L("605,000", 605000, E, P, "emigration", YJ26 + "; the latest year)"),
            L("Some 254,000", 254000, AP, P, "emigration_british", YJ26 + "; British nationals emigrated)"),
            L("roughly one in five", 20, AP, PCT, "immigration_non_eu_share_study", YJ26 + "; study visas' share of non-EU arrivals)"),
            L("144,000", 144000, E, P, "immigration_study_dependants", "July 2022 to June 2023 (the year to June 2023; ONS)"),
            L("about 12,000", 12000, AP, P, "immigration_study_dependants", YJ26 + ")"),
            L("171,000", 171000, E, P, "immigration_work_non_eu", YJ26 + ")"),
            L("423,000", 423000, E, P, "immigration_work_non_eu", "July 2023 to June 2024 (two years earlier; " + ONS3 + ")"),
            L("18%", 18, E, PCT, "immigration_humanitarian_change", "year ending June 2026 vs year ending June 2025 (rose)"),
            L("96,000", 96000, E, P, "immigration_humanitarian", YJ26 + ")"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "per year, a pledge (the Conservatives' promise for a decade, dropped in 2019)"),
            L("more than 900,000", 900000, MT, P, NM, "2023, within four years of 2019 (running at)"),
            L("265,000", 265000, E, P, "net_migration_projection_assumption", "per year, in the long run (the OBR's assumption)"),
            L("roughly £9bn", 9000000000, AP, GBP, "public_finances_effect_lower_migration", "per year, by 2030 (added to annual borrowing for every 100,000 fewer migrants a year; the OBR, spring 2026)"),
            L("662,000", 662000, E, P, NM, YJ24 + "; a drop from)", occ=1),
            L("near 200,000", 200000, AP, P, "net_migration_forecast", "July 2025 to June 2026 (something near, once revised; " + COL + ")"),
            L("57%", 57, E, PCT, "poll_share_immigration_too_high", POLL),
            L("nearly half", 50, ALM, PCT, "poll_share_immigration_too_high_labour_supporters", POLL),
        ]),
    "04-portolan-detention-statistics-removals": dict(
        meta=dict(url="https://www.portolan.example/world/uk/uk-immigration-detention-numbers-hit-highest-since-2017-removals-climb-2026-05-21/",
                  title="UK immigration detention numbers hit highest since 2017 as removals climb",
                  publisher="Portolan", author="Ravindra Kallenbach-Osei", published_date="2026-05-21"),
        labels=[
            L("27%", 27, E, PCT, "detention_population_change", "31 March 2026 vs 31 March 2025 (rose in a year; " + HO4 + ")"),
            L("2,690", 2690, E, P, "detention_population", "31 March 2026 (on March 31; " + HO4 + ")"),
            L("2,120", 2120, E, P, "detention_population", "31 March 2025 (a year earlier; " + HO4 + ")"),
            L("29,400", 29400, E, P, "detention_entries", YM26 + ")"),
            L("14%", 14, E, PCT, "detention_entries_change", PREV + "more than in the previous year)"),
            L("Around three in five", 60, AP, PCT, "detention_entries_share_asylum_seekers", YM26 + "; had claimed asylum at some point)"),
            L("54%", 54, E, PCT, "detention_leavers_share_returned", YM26 + "; removed from the country)"),
            L("Just under half", 50, ALM, PCT, "detention_leavers_share_held_7_days_or_less", YM26 + ")"),
            L("9%", 9, E, PCT, "detention_leavers_share_held_over_28_days", YM26 + ")"),
            L("Nineteen", 19, E, P, "detention_entries_children", YM26 + "; during the year)"),
            L("21%", 21, E, PCT, "returns_enforced_change", PREV + "rose)"),
            L("10,970", 10970, E, P, "returns_enforced", YM26 + ")"),
            L("24,880", 24880, E, P, "returns_voluntary", YM26 + "; left voluntarily)"),
            L("35,850", 35850, E, P, "returns", YM26 + "; total returns)"),
            L("roughly one in five", 20, AP, PCT, "returns_enforced_share_albanian", YM26 + ")"),
            L("5,460", 5460, E, P, "returns_foreign_national_offenders", YM26 + ")"),
            L("16%", 16, E, PCT, "returns_foreign_national_offenders_change", PREV + "up)"),
            L("doubled", 2, E, RATIO, "charter_removal_flights_ratio", "April 2025 to March 2026 vs April 2023 to March 2024 (doubled in two years)"),
            L("74", 74, E, FLIGHTS, "charter_removal_flights", YM26 + ")"),
            L("around 1,000", 1000, AP, P, "detention_capacity_change", "5 July 2024 to May 2026 (beds added by reopening two former detention sites)"),
            L("More than 58,000", 58000, MT, P, "returns", "5 July 2024 to 21 May 2026 (since 5 July 2024; the minister for border security)"),
            L("1,790", 1790, E, P, "returns", "start of the UK-France pilot in 2025 to 31 March 2026 (by the close of March; " + HO4 + ")", geo=FR),
            L("more than 2,100", 2100, MT, P, "immigration_detentions_rwanda", "January to July 2024 (in 2024, ahead of Rwanda deportation flights; the previous Conservative government)"),
            L("110 million pounds", 110000000, E, GBP, "detention_cost", "April 2025 to March 2026 (the 2025/26 financial year; " + HO4 + ")"),
            L("$148 million", 148000000, E, USD, "detention_cost", "April 2025 to March 2026 (the 2025/26 financial year, converted at $1 = 0.7442 pounds)"),
            L("about 125 pounds", 125, AP, GBP, "detention_cost_per_person_day", "per day, April 2025 to March 2026 (per detainee per day)"),
            L("roughly 28%", 28, AP, PCT, "returns_share_of_return_orders", "January to December 2025 (return decisions carried out; Eurostat)", geo=EU),
        ]),
    "05-provenly-foreign-national-prisoners-claim": dict(
        meta=dict(url="https://provenly.example/fact-checks/one-in-four-prisoners-foreign-nationals-claim",
                  title="Are one in four prisoners in Britain foreign nationals?",
                  publisher="Provenly", author="Oluwaseun Tregarthen", published_date="2026-04-20"),
        labels=[
            L("one in four", 25, E, PCT, FNS, CLAIM + "; headline, asked as a question)", occ=0),
            L("One in four", 25, E, PCT, FNS, CLAIM + "; what was claimed)"),
            L("about 12%", 12, AP, PCT, FNS, MOJ + "; our verdict)", geo=EW),
            L("roughly one in eight", 12.5, AP, PCT, FNS, MOJ + "; our verdict)", geo=EW),
            L("one in four", 25, E, PCT, FNS, CLAIM + "; quoted)", occ=1),
            L("more than 1.4m", 1400000, MT, VIEWS, "social_media_post_views", POST + "; views of the clip on X)"),
            L("9.7k", 9700, E, SHARES, "social_media_post_shares", POST + "; reposts)"),
            L("87,460", 87460, E, P, "prison_population", MOJ + "; in prison on 31 December 2025)", geo=EW),
            L("10,640", 10640, E, P, FNP, MOJ + ")", occ=0, geo=EW),
            L("12.2%", 12.2, E, PCT, FNS, MOJ + "; of the total)", geo=EW),
            R("between 11% and 13%", 11, 13, PCT, FNS, "2015 to 2025 (has stayed since 2015; Ministry of Justice)", geo=EW),
            L("6%", 6, E, PCT, FNP + "_change", "2025 vs 2024 (rose last year; Ministry of Justice)", geo=EW),
            L("1,390", 1390, E, P, FNP + "_albanian", MOJ + ")", geo=EW),
            L("740", 740, E, P, FNP + "_polish", MOJ + ")", geo=EW),
            L("690", 690, E, P, FNP + "_romanian", MOJ + ")", geo=EW),
            L("Some 2,310", 2310, AP, P, FNP + "_remand", MOJ + "; held on remand)", geo=EW),
            L("58%", 58, E, PCT, FNP + "_remand_share_awaiting_trial", MOJ + "; of these, awaiting trial rather than sentence)", geo=EW),
            L("c. 640", 640, AP, P, "prison_held_under_immigration_powers", MOJ + "; held in prisons solely under immigration powers)", geo=EW),
            L("around 410", 410, AP, P, FNP, SPS + ")", geo=SCO),
            L("8,220", 8220, E, P, "prison_population", SPS + "; in custody)", geo=SCO),
            L("roughly 5%", 5, AP, PCT, FNS, SPS + ")", geo=SCO),
            L("9%", 9, E, PCT, FNS, "31 December 2025 (the figure in Northern Ireland)", geo=NI),
            L("one in four", 25, E, PCT, FNS, CLAIM + "; cross-head)", occ=2),
            L("3,120", 3120, E, P, "prison_population_nationality_unknown", MOJ + "; unknown or not stated)", geo=EW),
            L("15.7%", 15.7, E, PCT, "prison_population_share_foreign_or_unknown_nationality", MOJ + "; if every prisoner of unknown nationality were added)", geo=EW),
            L("more than a third", THIRD, MT, PCT, FNS, "no period stated (a few London prisons)", geo="London"),
            L("about one in ten", 10, AP, PCT, "population_share_non_british_nationals", "21 March 2021 (the 2021 census)", geo=EW),
            L("5,180", 5180, E, P, "returns_foreign_national_offenders", "January to December 2025 (in 2025; Home Office)"),
            L("a quarter", 25, E, PCT, "returns_foreign_national_offenders_change", "2025 vs 2024 (up on 2024)"),
            L("19,420", 19420, E, P, "foreign_national_offenders_awaiting_removal_in_community", "31 December 2025 (at the end of last year; Home Office)"),
            L("£53,000", 53000, E, GBP, "prison_place_cost_per_year", "per year (an average for each prison place; no period stated)", geo=EW),
            L("10,640", 10640, E, P, FNP, MOJ + "; holding)", occ=1, geo=EW),
            L("roughly £560m", 560000000, AP, GBP, "foreign_national_prisoners_cost", "per year (annually; Provenly's calculation from the 31 December 2025 figures)", geo=EW),
            L("one in four", 25, E, PCT, FNS, CLAIM + "; conclusion)", occ=3),
        ]),
    "06-moelwyn-mercury-gwynedd-ceredigion-population-students": dict(
        meta=dict(url="https://www.moelwynmercury.example/news/gwynedd-ceredigion-population-estimates-students-mid-2025-88214",
                  title="Students and overseas arrivals drive population rise in Gwynedd and Ceredigion as deaths outnumber births",
                  publisher="Moelwyn Mercury", author="Llinos Haverfield-Jones", published_date="2026-07-02"),
        labels=[
            L("120,460", 120460, E, P, "population", M25 + ")", geo=GW),
            L("0.8%", 0.8, E, PCT, "population_change", Y25 + "; an increase on a year earlier)", geo=GW),
            L("1.3%", 1.3, E, PCT, "population_change", Y25 + "; grew by)", geo=CE),
            L("72,310", 72310, E, P, "population", M25 + ")", geo=CE),
            L("5.8%", -5.8, E, PCT, "population_change", "27 March 2011 to 21 March 2021 (shrank between the 2011 and 2021 censuses)", geo=CE),
            L("1,410", 1410, E, P, "deaths", Y25 + ")", geo=GW),
            L("960", 960, E, P, "births", Y25 + ")", geo=GW),
            L("450", -450, E, P, "population_natural_change", Y25 + "; a natural decrease of)", geo=GW),
            L("870", 870, E, P, "deaths", Y25 + ")", geo=CE),
            L("470", 470, E, P, "births", Y25 + ")", geo=CE),
            L("1,530", 1530, E, P, "net_migration_international", Y25 + ")", geo=GW),
            L("1,640", 1640, E, P, "net_migration_international", Y25 + ")", geo=CE),
            L("310", -310, E, P, "internal_migration_net", Y25 + "; a net move away to elsewhere in the UK)", geo=CE),
            L("8,240", 8240, E, P, "university_students", HESA + "; Aberystwyth University)", geo="Aberystwyth"),
            L("1,310", 1310, E, P, "international_students", HESA + "; Aberystwyth University, from outside the UK)", geo="Aberystwyth"),
            L("2,870", 2870, E, P, "international_students", HESA + "; Bangor University)", geo="Bangor"),
            L("nearly three in ten", 30, ALM, PCT, "university_students_share_international", HESA + "; Bangor University)", geo="Bangor"),
            L("9,820", 9820, E, P, "university_students", HESA + "; Bangor University)", geo="Bangor"),
            L("roughly one resident in eight", 12.5, AP, PCT, "population_share_students", "term time, 2026 (Dr Mererid Caswell-Owusu)", geo=CE),
            L("26.1%", 26.1, E, PCT, "population_share_aged_65_and_over", M25 + ")", geo=GW),
            L("27.9%", 27.9, E, PCT, "population_share_aged_65_and_over", M25 + ")", geo=CE),
            L("22.0%", 22.0, E, PCT, "population_share_aged_65_and_over", M25 + ")", geo=WAL),
            L("0.6%", 0.6, E, PCT, "population_change", Y25 + "; rose)", geo=WAL),
            L("3.21 million", 3210000, E, P, "population", M25 + ")", geo=WAL),
            L("640,000", 640000, E, P, "population_growth", Y25 + "; added)", geo=EW),
            L("62.4 million", 62400000, E, P, "population", M25 + ")", geo=EW),
            L("64.4%", 64.4, E, PCT, "welsh_speakers_share", "21 March 2021 (at the last census; Councillor Hywel Pritchard-Nwosu)", geo=GW),
            L("150%", 150, E, PCT, "council_tax_second_homes_premium", "policy rate in July 2026 (Councillor Hywel Pritchard-Nwosu)", geo=GW),
            L("500", 500, E, P, "graduate_jobs_target", "by 2030, a target (a Ceredigion County Council spokesperson)", geo=CE),
        ]),
    "07-the-tabulator-fiscal-contribution-visa-routes": dict(
        meta=dict(url="https://www.thetabulator.example/britain/2026/09/17/which-migrants-pay-their-way-depends-on-the-visa",
                  title="Routes to riches", publisher="The Tabulator", author=None, published_date="2026-09-17"),
        labels=[
            L("about £46,000", 46000, AP, GBP, "skilled_worker_median_salary", "per year, 2026 (the route's median salary; " + MAC + ")"),
            L("roughly £410,000", 410000, AP, GBP, "fiscal_lifetime_contribution_skilled_worker", LIFE + ")"),
            L("around £290,000", 290000, AP, GBP, "fiscal_lifetime_contribution_health_care_worker", LIFE + "; a doctor or nurse)"),
            L("about £24,000", 24000, AP, GBP, "care_worker_annual_earnings", "per year, 2026 (the MAC's example care worker)"),
            L("about £150,000", 150000, AP, GBP, "fiscal_lifetime_net_cost_care_worker", LIFE + "; with a partner and two children)"),
            L("about £95,000", 95000, AP, GBP, "fiscal_lifetime_contribution_graduate", LIFE + ")"),
            R("between £20,000 and £240,000", 20000, 240000, GBP, "fiscal_lifetime_contribution_graduate", LIFE + "; depending on earnings)"),
            L("around £60,000", 60000, AP, GBP, "fiscal_lifetime_net_cost_family_migrant", LIFE + ")"),
            L("about £38,000", 38000, AP, GBP, "fiscal_net_contribution_student_while_studying", "over the period of study (each student; " + MAC + ")"),
            L("1.1m", 1100000, E, P, "visa_route_arrivals_work_study", "2023 to 2025 (the three years to 2025; " + MAC + ")"),
            L("£130bn", 130000000000, E, GBP, "fiscal_lifetime_contribution_work_study_arrivals", "over their lifetimes, arrivals 2023 to 2025 (" + MAC + ")"),
            L("three-quarters", 75, E, PCT, "fiscal_lifetime_contribution_share_high_earners", "arrivals 2023 to 2025 (the share of the total from those on high salaries; " + MAC + ")"),
            L("fewer than a fifth", 20, LT, PCT, "visa_route_arrivals_work_study_share_high_earners", "arrivals 2023 to 2025 (" + MAC + ")"),
            L("184,000", 184000, E, P, "visas_granted_skilled_worker", YJ26H + ")"),
            L("9,600", 9600, E, P, "visas_granted_care_worker", YJ26H + ")"),
            L("105,000", 105000, E, P, "visas_granted_care_worker", "July 2023 to June 2024 (two years earlier; Home Office)"),
            L("91%", -91, E, PCT, "visas_granted_care_worker_change", "year to June 2026 vs year to June 2024 (a fall of)"),
            L("about 115,000", 115000, AP, VAC, "adult_social_care_vacancies", "September 2026 (now; care providers)", geo=ENG),
            L("£41,700", 41700, E, GBP, "skilled_worker_salary_threshold", "policy rate in September 2026 (now)"),
            L("£1,035", 1035, E, GBP, "visa_immigration_health_surcharge", "per year, policy rate in September 2026 (for most adults)"),
            L("£2.3bn", 2300000000, E, GBP, "health_surcharge_receipts", "April 2025 to March 2026 (2025/26; a record)"),
            L("32%", 32, E, PCT, "skills_charge_change", "December 2025 (went up by in December)"),
            L("about £1.4bn", 1400000000, AP, GBP, "skills_charge_receipts_forecast", "per year (ministers expect)"),
            L("£29,000", 29000, E, GBP, "family_visa_minimum_income_requirement", "policy rate since April 2024 (to September 2026)"),
            L("£38,700", 38700, E, GBP, "family_visa_minimum_income_requirement_planned", "policy rate once planned by the previous government"),
            L("roughly a third", -THIRD, AP, PCT, "visas_granted_family_projected_change", "if the threshold were raised to £38,700 (the MAC reckons)"),
            L("less than £100m", 100000000, LT, GBP, "family_income_threshold_rise_fiscal_saving", "per year, if the threshold were raised (the MAC reckons)"),
            L("£4.8bn", 4800000000, E, GBP, "asylum_cost", "April 2025 to March 2026 (last year, read as 2025/26)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
