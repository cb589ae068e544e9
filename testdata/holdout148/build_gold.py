#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-forty-eighth hand-labelled hold-out set (holdout148).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, HOTELS, THIRD, SIXTH, EW,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, HOT)

UK, ENG, WAL, NI, FR, IE = "UK", "England", "Wales", "Northern Ireland", "France", "Ireland"
HH, FLIGHTS, COUNCILS, VISITS, PENALTIES = "other:households", "other:flights", "other:councils", "other:visits", "other:penalties"
BOOKINGS, LANGS, POSTS, CPW, VEHICLES, VIEWS = ("other:bookings", "other:languages", "other:posts",
                                               "other:children_per_woman", "other:vehicles", "other:views")
TWO3 = 200 / 3

# 01 (Thursday 27 August 2026; PA copy on Home Office quarterly statistics released that day; flight on Tuesday 25 August)
HO1 = "Home Office quarterly statistics released Thursday 27 August 2026"
Q2 = "April to June 2026 (April, May and June; " + HO1
Q2CH = "April to June 2026 vs April to June 2025 ("
YJ = "July 2025 to June 2026 (the year ending June; " + HO1
FLT = "Tuesday 25 August 2026 (the charter flight from Stansted to Tirana"
ALB = "Albania"
BSM = "the border security minister"
HAD = "Mira Hadzic, Tyne Migrant Law Centre"

# 02 (Tuesday 9 June 2026; the paper's freedom of information responses from 187 English councils; MHCLG figures)
FOI = "freedom of information responses from 187 councils, obtained by the Fairshare"
FY26 = "April 2025 to March 2026 (2025/26, the last financial year; " + FOI
FY24 = "April 2023 to March 2024 (2023/24, two years earlier; " + FOI + ")"
CTA = "council_refugee_temporary_accommodation_cost"
RTA = "refugee_households_temporary_accommodation"
RHL = "refugees_homeless_after_leaving_asylum_support"
MHQ = "October to December 2025 (official statistics released April 2026"
NEW, HIL, LDS = "Newham", "Hillingdon", "Leeds"

# 03 (Monday 13 July 2026; Home Office small boat figures to Sunday 12 July 2026)
YTD3 = "1 January to 12 July 2026 (so far this year; Home Office figures"
SP25 = "1 January to 12 July 2025 (the same point last year; Home Office figures)"
CH3 = "1 January to 12 July 2026 vs 1 January to 12 July 2025 ("
OCC = "small_boat_occupancy"
SPU = "Straits Policy Unit analysis"
FEE = "smuggling_fee_per_person"

# 04 (Friday 31 July 2026; check of a post on X, against ONS mid-2025 estimates published Wednesday 29 July 2026)
ONS4 = "ONS mid-2025 population estimates, published Wednesday 29 July 2026"
M25 = "mid-2024 to mid-2025 (the year to mid-2025, last year; " + ONS4
CLAIM4 = "mid-2024 to mid-2025 (last year; the claim, a post on X shared since Wednesday 29 July 2026"
NMS = "net_migration_share_of_population_growth"
M21 = "mid-2021 to mid-2025 (the four years; " + ONS4

# 05 (Wednesday 2 September 2026; ONS births figures for 2025 published Tuesday 1 September 2026; a Staffordshire NHS trust)
ONS5 = "ONS births figures published Tuesday 1 September 2026"
Y25 = "January to December 2025 (last year; " + ONS5
BSA = "births_share_mother_born_abroad"
TRUST = "Chase Valley Hospitals NHS Trust"
FY5 = "April 2025 to March 2026 (2025/26; " + TRUST
WM, CC, STAFFS = "West Midlands", "Cannock Chase", "Staffordshire"
KET = "Siobhan Kettleborough, head of midwifery, " + TRUST

# 06 (Monday 19 October 2026; Home Office illegal working figures for the 12 months to September 2026)
HO6 = "Home Office figures"
Y6 = "October 2025 to September 2026 (the 12 months to September; " + HO6
CH6 = "year to September 2026 vs year to September 2025 ("
IWV, IWA = "illegal_working_visits", "illegal_working_arrests"
DON = "Doncaster"
SHS = "the shadow home secretary"
HSEC = "the Home Secretary"

# 07 (Thursday 19 November 2026; Home Office data released to the paper under FOI for the year ending June 2026)
HO7 = "Home Office data released to the Newsreel under freedom of information"
YJ7 = "July 2025 to June 2026 (the year ending June; " + HO7
VLB = "asylum_applications_via_land_border"
SLB = "asylum_applications_share_via_land_border"
NMD = "Newry, Mourne and Down"
CWP = "Dervla McAnespie, co-ordinator, Clanrye Welcome Project"

ARTICLES = {
    "01-hexham-hurdle-albania-returns-charter-flights": dict(
        meta=dict(url="https://www.hexhamhurdle.example/news/uk-world/25318604.9000-returned-albania-since-election-83-flown-tirana/",
                  title="More than 9,000 sent back to Albania since election as 83 flown to Tirana",
                  publisher="Hexham Hurdle", author="Callum Rendle", published_date="2026-08-27"),
        labels=[
            L("More than 9,000", 9000, MT, P, "returns_albania", "5 July 2024 to 25 August 2026 (sent back to Albania since the election; headline)", geo=ALB),
            L("83", 83, E, P, "returns_albania", FLT + "; flown to Tirana; headline)", occ=0, geo=ALB),
            L("83", 83, E, P, "returns_albania", FLT + "; Albanian nationals on board; the Home Office)", occ=1, geo=ALB),
            L("14", 14, E, FLIGHTS, "returns_charter_flights_albania", "1 January to 25 August 2026 (charter flights to Tirana so far this year; the Home Office)", ctx="one of 14 charter flights", geo=ALB),
            L("beyond 9,000", 9000, MT, P, "returns_albania", "5 July 2024 to 25 August 2026 (returned to Albania since 5 July 2024; the Home Office)", geo=ALB),
            L("10,240", 10240, E, P, "returns", Q2 + "; total returns from the UK)"),
            L("9%", 9, E, PCT, "returns_change", Q2CH + "up; " + HO1 + ")"),
            L("9,390", 9390, E, P, "returns", "April to June 2025 (the same three months of 2025; " + HO1 + ")"),
            L("1,390", 1390, E, P, "returns_albania", Q2 + "; Albanians)", geo=ALB),
            L("roughly one in seven", 100 / 7, AP, PCT, "returns_share_albania", Q2 + "; of total returns)", geo=ALB),
            L("18%", 18, E, PCT, "returns_enforced_change", Q2CH + "enforced returns rose; " + HO1 + ")"),
            L("2,870", 2870, E, P, "returns_enforced", Q2 + ")"),
            L("nearly two in five", 40, ALM, PCT, "returns_enforced_share_albanian", Q2 + "; of enforced returns)", geo=ALB),
            L("38,460", 38460, E, P, "returns", YJ + "; returns of all kinds, the highest 12-month total since 2016)"),
            L("Some 4,730", 4730, AP, P, "returns_albania", YJ + "; went to Albania)", geo=ALB),
            L("27%", 27, E, PCT, "returns_albania_change", "year ending June 2026 vs year ending June 2025 (more than the year before; " + HO1 + ")", geo=ALB),
            L("27,150", 27150, E, P, "returns_voluntary", YJ + "; voluntary departures)"),
            L("seven in ten", 70, E, PCT, "returns_share_voluntary", YJ + "; of the year's total)"),
            L("61", 61, E, FLIGHTS, "returns_charter_flights", YJ + "; removal flights chartered over the 12 months)"),
            L("44", 44, E, FLIGHTS, "returns_charter_flights", "July 2024 to June 2025 (a year earlier; " + HO1 + ")"),
            L("about £230,000", 230000, AP, GBP, "returns_charter_flight_cost_albania", "per flight (average cost of a charter to Tirana; freedom of information figures released July 2026)", geo=ALB),
            L("5,120", 5120, E, P, "returns_foreign_national_offenders", YJ + ")"),
            L("1,640", 1640, E, P, "returns_foreign_national_offenders_albanian", YJ + ")", geo=ALB),
            L("almost a third", THIRD, ALM, PCT, "returns_foreign_national_offenders_share_albanian", YJ + "; of foreign national offenders returned)", geo=ALB),
            L("2,340", 2340, E, P, "detention_population", "30 June 2026 (held in immigration detention; " + HO1 + ")"),
            L("11%", 11, E, PCT, "detention_population_change", "30 June 2026 vs 30 June 2025 (more than a year earlier; " + HO1 + ")"),
            L("more than a quarter", 25, MT, PCT, "small_boat_arrivals_share_albanian", "January to December 2022 (four years ago; " + BSM + ")"),
            L("fewer than 600", 600, LT, P, "small_boat_arrivals_albanian", "January to December 2025 (last year; " + BSM + ")"),
            L("more than 9,000", 9000, MT, P, "returns_albania", "5 July 2024 to August 2026 (returned to Albania since we came into government; " + BSM + ")", geo=ALB),
            L("more than 80,000", 80000, MT, P, "returns", "5 July 2024 to August 2026 (returned to countries around the world since we came into government; " + BSM + ")"),
            L("12 years", 12, E, YEARS, "returns_years_to_remove_small_boat_arrivals", "from August 2026 at the current rate (to remove everyone who has crossed the Channel since the election; Reform UK's home affairs spokesman)"),
            L("11", 11, E, P, "removal_flight_article_8_appeals", FLT + "; people booked on the flight with last-minute Article 8 appeals; " + HAD + ")", ctx="lodged for 11 people"),
            L("nine", 9, E, P, "removal_flight_passengers_taken_off_by_injunction", FLT + "; taken off after injunctions; " + HAD + ")", ctx="and nine were taken off"),
            L("At least 12", 12, AL, P, "removal_flight_passengers_with_children_in_uk_schools", FLT + "; people on the plane with children in British schools; " + HAD + ")"),
        ]),
    "02-the-fairshare-refugee-homelessness-temporary-accommodation": dict(
        meta=dict(url="https://www.thefairshare.example/society/2026/jun/09/councils-temporary-accommodation-bill-refugees-doubles-two-years",
                  title="Councils' temporary accommodation bill for refugees doubles in two years",
                  publisher="The Fairshare", author="Imogen Tarrant", published_date="2026-06-09"),
        labels=[
            L("doubles", 2, E, RATIO, CTA + "_ratio", "2025/26 vs 2023/24 (doubles in two years; " + FOI + "; headline)", geo=ENG),
            L("£338m", 338e6, E, GBP, CTA, FY26 + "; standfirst)", occ=0, geo=ENG),
            L("c. 540", 540, AP, HH, RTA, "June 2026 (refugee households the council is housing; caption)", geo=NEW),
            L("£338m", 338e6, E, GBP, CTA, FY26 + ")", occ=1, geo=ENG),
            L("more than twice", 2, MT, RATIO, CTA + "_ratio", "2025/26 vs 2023/24 (two years earlier; " + FOI + ")", geo=ENG),
            L("£161m", 161e6, E, GBP, CTA, FY24, geo=ENG),
            L("187", 187, E, COUNCILS, "foi_councils_responding", "June 2026 (councils responding to the Fairshare's freedom of information requests)", geo=ENG),
            L("6,430", 6430, E, HH, RTA, "31 March 2026 (" + FOI + ")", geo=ENG),
            L("double", 2, E, RATIO, RTA + "_ratio", "31 March 2026 vs March 2024 (" + FOI + ")", geo=ENG),
            L("3,180", 3180, E, HH, RTA, "March 2024 (" + FOI + ")", geo=ENG),
            L("roughly 12p in every pound", 12, AP, PCT, "council_temporary_accommodation_cost_share_refugee_households", FY26 + "; of what those councils spend on temporary accommodation)", geo=ENG),
            L("8p", 8, E, PCT, "council_temporary_accommodation_cost_share_refugee_households", "April 2023 to March 2024 (2023/24; " + FOI + ")", geo=ENG),
            L("£2.84bn", 2.84e9, E, GBP, "council_temporary_accommodation_cost", "April 2024 to March 2025 (2024/25, a record; housing ministry outturn data)", geo=ENG),
            L("23%", 23, E, PCT, "council_temporary_accommodation_cost_change", "2024/25 vs 2023/24 (a rise in a year; housing ministry outturn data)", geo=ENG),
            L("some 134,620", 134620, AP, HH, "temporary_accommodation_households", "31 December 2025 (the close of December; housing ministry statistics)", geo=ENG),
            L("172,050", 172050, E, P, "temporary_accommodation_children", "31 December 2025 (the close of December; housing ministry statistics)", geo=ENG),
            L("6,120", 6120, E, HH, RHL, MHQ + "; households owed a duty after their asylum support ended)", geo=ENG),
            L("31%", 31, E, PCT, RHL + "_change", "October to December 2025 vs October to December 2024 (official statistics released April 2026)", geo=ENG),
            L("Three-quarters", 75, E, PCT, RHL + "_share_single_adults", MHQ + "; were single adults)", geo=ENG),
            L("540", 540, E, HH, RTA, "June 2026 (refugee households Newham houses; " + FOI + ")", ctx="which houses 540", geo=NEW),
            L("£14.2m", 14.2e6, E, GBP, CTA, "April 2025 to March 2026 (2025/26; Newham; " + FOI + ")", geo=NEW),
            L("£118", 118, E, GBP, "temporary_accommodation_cost_per_night_family_room", "per night, 2026 (a family room in a private hotel, on average; Newham)", geo=NEW),
            L("70", 70, E, P, "asylum_hotel_evictions_notified", "March 2026 (people to be evicted from a single asylum hotel within a fortnight; Cllr Ruth Adeyemi-Clarke, Newham)", geo=NEW),
            L("£9.6m", 9.6e6, E, GBP, CTA, "April 2025 to March 2026 (2025/26; Hillingdon; " + FOI + ")", geo=HIL),
            L("nearly four times", 4, ALM, RATIO, CTA + "_ratio", "2025/26 vs 2023/24 (Hillingdon; " + FOI + ")", geo=HIL),
            L("£2.5m", 2.5e6, E, GBP, CTA, "April 2023 to March 2024 (2023/24; Hillingdon; " + FOI + ")", geo=HIL),
            L("£6.8m", 6.8e6, E, GBP, CTA, "April 2025 to March 2026 (2025/26; Leeds; " + FOI + ")", geo=LDS),
            L("£2.9m", 2.9e6, E, GBP, CTA, "April 2023 to March 2024 (up from; year not stated, read as 2023/24; Leeds; " + FOI + ")", geo=LDS),
            L("one in five", 20, E, PCT, "temporary_accommodation_placements_share_refugee_households", "2025/26 (new placements last year; Middlesbrough)", geo="Middlesbrough"),
            L("88", 88, E, HH, "refugee_families_bed_and_breakfast_beyond_legal_limit", "June 2026 (families with children in B&Bs for longer than the legal limit; Stoke-on-Trent council)", geo="Stoke-on-Trent"),
            L("More than half", 50, MT, PCT, "charity_service_users_share_nowhere_to_sleep_when_support_ended", "May 2026 (people who came to Keystone Refugee Housing; Tendai Moyo, director)", geo=ENG),
            L("£1.2bn", 1.2e9, E, GBP, "council_homelessness_budget_shortfall", "2026/27 (this year; Local Government Association estimate)", geo=ENG),
            L("£110m", 110e6, E, GBP, "council_refugee_homelessness_funding", "April 2026 to March 2027 (2026/27; a government spokesperson)", geo=ENG),
        ]),
    "03-the-mainbrace-small-boat-occupancy-larger-dinghies": dict(
        meta=dict(url="https://www.themainbrace.example/politics/2026/07/13/smugglers-pack-66-migrants-each-channel-dinghy-boats-larger/",
                  title="Smugglers pack 66 migrants into each Channel dinghy as boats grow ever larger",
                  publisher="The Mainbrace", author="Rupert Ashcombe", published_date="2026-07-13"),
        labels=[
            L("66", 66, E, PPB, OCC, YTD3 + "; headline)", occ=0),
            L("more than doubled", 2, MT, RATIO, OCC + "_ratio", "1 January to 12 July 2026 vs 2021 (the average load since 2021; standfirst)"),
            L("80 or more", 80, AL, PPB, "small_boat_occupancy_larger_inflatables", "July 2026 (longer inflatables the gangs are switching to; standfirst)"),
            L("92", 92, E, PPB, "small_boat_occupancy_single_boat", "June 2026 (last month, an overloaded inflatable escorted towards Dover; caption)", geo="Dover"),
            L("66", 66, E, PPB, OCC, YTD3 + "; an average of 66 migrants in each dinghy)", occ=1),
            L("22,950", 22950, E, P, SBA, YTD3 + ")"),
            L("348", 348, E, BOATS, SBC, YTD3 + ")", occ=0),
            L("53", 53, E, PPB, OCC, "January to December 2024 (the load per boat; Home Office figures)"),
            L("49", 49, E, PPB, OCC, "January to December 2023 (the load per boat; Home Office figures)"),
            L("28", 28, E, PPB, OCC, "January to December 2021 (just 28; Home Office figures)"),
            L("348", 348, E, BOATS, SBC, "1 January to 12 July 2026 (landed by Sunday; Home Office figures)", occ=1),
            L("6%", -6, E, PCT, SBC + "_change", CH3 + "boats down on the same point last year; Home Office figures)", ctx="were 6% down"),
            L("371", 371, E, BOATS, SBC, SP25),
            L("8%", 8, E, PCT, SBA + "_change", CH3 + "arrivals higher; Home Office figures)"),
            L("21,250", 21250, E, P, SBA, SP25),
            L("41,470", 41470, E, P, SBA, "January to December 2025 (the whole of 2025; Home Office figures)"),
            L("678", 678, E, BOATS, SBC, "January to December 2025 (the whole of 2025; Home Office figures)"),
            L("61", 61, E, PPB, OCC, "January to December 2025 (an average; Home Office figures)"),
            L("41%", 41, E, PCT, "small_boat_arrivals_share_boats_over_70", YTD3 + "; arrivals in boats with more than 70 aboard; " + SPU + ")"),
            L("6%", 6, E, PCT, "small_boat_arrivals_share_boats_over_70", "January to December 2023 (arrivals in boats with more than 70 aboard; " + SPU + ")", ctx="against 6% in 2023"),
            L("125", 125, E, PPB, "small_boat_occupancy_max", YTD3 + "; the most crowded so far, came ashore on June 18; Home Office officials)", geo="Dungeness"),
            L("at least 36", 36, AL, P, "small_boat_deaths", "1 January to July 2026 (deaths in the Channel in 2026; the UN's migration agency)"),
            L("11", 11, E, P, "small_boat_deaths_crushed_or_suffocated", "1 January to July 2026 (crushed or suffocated at the centre of packed boats; the UN's migration agency)", ctx="2026, 11 of them"),
            R("between £1,800 and £2,600", 1800, 2600, GBP, FEE, "2026 (paid a seat; migrants interviewed near Dunkirk)", geo=FR),
            L("as much as £4,000", 4000, AM, GBP, FEE, "2023 (paid a seat; migrants interviewed near Dunkirk)", geo=FR),
            L("214", 214, E, BOATS, "small_boat_launches_prevented", "January to June 2026 (the first half of the year; French police)", geo=FR),
            L("a third", -THIRD, E, PCT, "small_boat_launches_prevented_change", "January to June 2026 vs January to June 2025 (down; French police)", ctx="down a third on", geo=FR),
            L("about one in four", 25, AP, PCT, "small_boat_count_share_taxi_boats", "July 2026 (crossings that now begin with a taxi boat collecting passengers from the water)"),
            R("80 or 90", 80, 90, PPB, OCC, "July 2026 (people in one rubber boat, now routine; Graham Pettifer, former Border Force commander)"),
            L("More than five times", 5, MT, RATIO, OCC + "_ratio", "2026 vs 2020 (as many people squeezed into each boat; " + SHS + ")"),
            L("13%", 13, E, PCT, "returns_change", "July 2025 to July 2026 vs a year earlier (returns increased in a year; a Home Office spokesman)"),
            L("more than 210,000", 210000, MT, P, SBA, "2018 to 12 July 2026 (since 2018; Home Office figures)"),
        ]),
    "04-sightcheck-migration-share-population-growth-england-wales": dict(
        meta=dict(url="https://sightcheck.example/fact-check/immigration/migration-100-per-cent-population-growth-england-wales/",
                  title="Did migration make up 100% of population growth in England and Wales last year?",
                  publisher="Sightcheck", author="Hester Quayle", published_date="2026-07-31"),
        labels=[
            L("100%", 100, E, PCT, NMS, CLAIM4 + "; headline)", occ=0, geo=EW),
            L("100%", 100, E, PCT, NMS, CLAIM4 + "; What was claimed box)", occ=1, geo=EW),
            L("more than 99%", 99, MT, PCT, NMS, M25 + "; Our verdict box)", geo=EW),
            L("more than 1.2m", 1.2e6, MT, VIEWS, "social_media_post_views", "Wednesday 29 to Friday 31 July 2026 (the post on X, viewed since Wednesday)"),
            L("62.3 million", 62.3e6, E, P, "population", "mid-2025 (June 2025, an estimated; " + ONS4 + ")", geo=EW),
            L("478,300", 478300, E, P, "population_growth", M25 + ")", occ=0, geo=EW),
            L("0.8%", 0.8, E, PCT, "population_change", M25 + ")", geo=EW),
            L("474,900", 474900, E, P, NM, M25 + ")", occ=0, geo=EW),
            L("11,200", 11200, E, P, "population_natural_change", M25 + "; births minus deaths)", occ=0, geo=EW),
            L("593,400", 593400, E, P, "births", M25 + ")", geo=EW),
            L("582,200", 582200, E, P, "deaths", M25 + ")", geo=EW),
            L("7,800", -7800, E, P, "cross_border_migration_net_rest_of_uk", M25 + "; a net 7,800 out of England and Wales to Scotland and Northern Ireland)", geo=EW),
            L("474,900", 474900, E, P, NM, M25 + "; migration from overseas accounted for)", occ=1, geo=EW),
            L("478,300", 478300, E, P, "population_growth", M25 + "; the increase)", occ=1, geo=EW),
            L("99.3%", 99.3, E, PCT, NMS, M25 + ")", geo=EW),
            L("100%", 100, E, PCT, NMS, CLAIM4 + "; the claim's 100%)", occ=2, geo=EW),
            L("11,200", 11200, E, P, "population_natural_change", M25 + "; the population would still have risen by, had nobody moved)", occ=1, geo=EW),
            L("12,400", -12400, E, P, "population_growth_revision", "mid-2023 to mid-2024 (the 12 months to June 2024, revised down; " + ONS4 + ")", geo=EW),
            L("694,500", 694500, E, P, "population_growth", "mid-2023 to mid-2024 (the 12 months to June 2024, as revised; " + ONS4 + ")", geo=EW),
            L("almost a third", -THIRD, ALM, PCT, "population_growth_change", "year to mid-2025 vs year to mid-2024 (last year's increase lower; " + ONS4 + ")", geo=EW),
            L("nearly a fifth", -20, ALM, PCT, "births_change", "2012 vs the year to mid-2025 (fallen since 2012)", geo=EW),
            L("729,700", 729700, E, P, "births", "January to December 2012 (ONS)", geo=EW),
            L("447,600", 447600, E, P, "population_growth", M25 + ")", geo=ENG),
            L("4,100", -4100, E, P, "population_natural_change", M25 + "; deaths outnumbered births by)", geo=WAL),
            L("30,700", 30700, E, P, "population_growth", M25 + ")", geo=WAL),
            L("nine in ten", 90, E, PCT, NMS, "mid-2021 to mid-2025 (since 2021; a Conservative frontbencher, radio interview, Thursday 30 July 2026)", geo=EW),
            L("about 2.36 million", 2.36e6, AP, P, "population_growth", M21 + ")", geo=EW),
            L("about 2.27 million", 2.27e6, AP, P, NM, M21 + ")", geo=EW),
            L("96%", 96, E, PCT, NMS, M21 + ")", geo=EW),
            L("more than half", 50, MT, PCT, "population_natural_change_share_of_population_growth", "mid-2010 to mid-2011 (the year to mid-2011; ONS)", geo=EW),
            L("about one in six", 100 / 6, AP, PCT, "population_share_born_abroad", "21 March 2021 (the 2021 census; usual residents born abroad)", geo=EW),
        ]),
    "05-cannock-chimes-births-mothers-born-abroad-maternity": dict(
        meta=dict(url="https://www.cannockchimes.example/news/health/more-third-babies-born-mothers-abroad-chase-midwives-interpreters-9931046",
                  title="More than a third of babies born to mothers from abroad, as Chase midwives lean on interpreters",
                  publisher="Cannock Chimes", author="Danielle Okafor-Pugh", published_date="2026-09-02"),
        labels=[
            L("More than a third", THIRD, MT, PCT, BSA, Y25 + "; headline)", geo=EW),
            L("12.9k", 12900, E, BOOKINGS, "maternity_interpreter_bookings", "April 2025 to March 2026 (last year; " + TRUST + "; caption)", geo=STAFFS),
            L("MORE than a third", THIRD, MT, PCT, BSA, Y25 + "; the highest share on record)", geo=EW),
            L("591,200", 591200, E, P, "births", Y25 + "; live births)", geo=EW),
            L("35.2%", 35.2, E, PCT, BSA, Y25 + ")", geo=EW),
            L("33.9%", 33.9, E, PCT, BSA, "January to December 2024 (" + ONS5 + ")", geo=EW),
            L("24.1%", 24.1, E, PCT, BSA, "January to December 2011 (" + ONS5 + ")", geo=EW),
            L("0.6%", -0.6, E, PCT, "births_change", "2025 vs 2024 (births overall fell; " + ONS5 + ")", geo=EW),
            L("63,480", 63480, E, P, "births", Y25 + ")", geo=WM),
            L("34.6%", 34.6, E, PCT, BSA, Y25 + ")", geo=WM),
            L("nearly half", 50, ALM, PCT, BSA, Y25 + ")", geo="Birmingham"),
            L("41%", 41, E, PCT, BSA, Y25 + ")", geo="Wolverhampton"),
            L("11.9%", 11.9, E, PCT, BSA, Y25 + ")", geo=CC),
            L("about one in eight", 12.5, AP, PCT, BSA, Y25 + "; of the district's births)", geo=CC),
            L("960", 960, E, P, "births", Y25 + ")", geo=CC),
            L("16.8%", 16.8, E, PCT, BSA, Y25 + ")", geo=STAFFS),
            L("13.2%", 13.2, E, PCT, BSA, "January to December 2020 (" + ONS5 + ")", geo=STAFFS),
            L("17,350", 17350, E, P, "births_mother_born_india", Y25 + ")", geo=EW),
            L("15,890", 15890, E, P, "births_mother_born_pakistan", Y25 + ")", geo=EW),
            L("11,240", 11240, E, P, "births_mother_born_romania", Y25 + ")", geo=EW),
            L("nearly four times", 4, ALM, RATIO, "births_mother_born_romania_ratio", "2025 vs 2014 (" + ONS5 + ")", geo=EW),
            L("1.86", 1.86, E, CPW, "total_fertility_rate_women_born_abroad", Y25 + "; an average of children each, ONS estimate)", geo=EW),
            L("1.37", 1.37, E, CPW, "total_fertility_rate_women_born_uk", Y25 + "; ONS estimate)", geo=EW),
            L("12,900", 12900, E, BOOKINGS, "maternity_interpreter_bookings", FY5 + ")", geo=STAFFS),
            L("double", 2, E, RATIO, "maternity_interpreter_bookings_ratio", "2025/26 vs 2022/23 (three years earlier; " + TRUST + ")", geo=STAFFS),
            L("more than 40", 40, MT, LANGS, "maternity_interpreter_languages", FY5 + ")", geo=STAFFS),
            L("£486,000", 486000, E, GBP, "maternity_interpreting_cost", FY5 + ")", geo=STAFFS),
            L("62%", 62, E, PCT, "maternity_interpreting_cost_change", "2025/26 vs 2024/25 (up; comparison year not stated; " + TRUST + ")", geo=STAFFS),
            L("31", 31, E, POSTS, "midwife_vacancies", "September 2026 (midwife posts unfilled; " + TRUST + ")", geo=STAFFS),
            L("about one in nine", 100 / 9, AP, PCT, "midwife_vacancy_share", "September 2026 (of its establishment; " + TRUST + ")", geo=STAFFS),
            L("Around 70%", 70, AP, PCT, "maternity_interpreter_users_share_arrived_within_three_years", "September 2026 (women booked who need an interpreter, in the country less than three years; " + KET + ")", geo=STAFFS),
            L("about 2,500", 2500, AP, P, "midwife_shortfall", "September 2026 (maternity services short of midwives; Royal College of Midwives)", geo=ENG),
            L("18", 18, E, POSTS, "midwife_posts_being_recruited", "September 2026 (recruitment started; a trust spokesperson)", geo=STAFFS),
        ]),
    "06-daily-hammerblow-illegal-working-raids-arrests": dict(
        meta=dict(url="https://www.dailyhammerblow.example/news/politics/2061183/illegal-working-raids-soar-12000-arrests-car-wash-nail-bar",
                  title="Illegal working raids SOAR by half to almost 12,000 as 8,600 arrested in car wash and nail bar blitz",
                  publisher="Daily Hammerblow", author="Gavin Strutt", published_date="2026-10-19"),
        labels=[
            L("by half", 50, E, PCT, IWV + "_change", CH6 + "raids soar by half; headline)", occ=0),
            L("almost 12,000", 12000, ALM, VISITS, IWV, Y6 + "; headline)", occ=0),
            L("8,600", 8600, E, P, IWA, Y6 + "; headline)"),
            L("almost 12,000", 12000, ALM, VISITS, IWV, Y6 + "; businesses swooped on in a single year, a record high)", occ=1),
            L("11,840", 11840, E, VISITS, IWV, Y6 + ")"),
            L("50%", 50, E, PCT, IWV + "_change", CH6 + HO6 + ")"),
            L("7,890", 7890, E, VISITS, IWV, "October 2024 to September 2025 (the previous year; " + HO6 + ")"),
            L("8,620", 8620, E, P, IWA, Y6 + ")"),
            L("56%", 56, E, PCT, IWA + "_change", CH6 + "a jump; " + HO6 + ")"),
            L("more than two-thirds", TWO3, MT, PCT, IWV + "_share_car_washes_nail_bars_takeaways_convenience_stores", Y6 + ")"),
            L("more than 15,000", 15000, MT, P, IWA, "5 July 2024 to October 2026 (since 5 July 2024; the Home Office)"),
            L("1,040", 1040, E, P, "returns_illegal_working_arrestees", Y6 + "; arrested in the latest year and already removed; the Home Office)"),
            L("up to £60,000", 60000, AM, GBP, "illegal_working_civil_penalty_per_worker", "October 2026 (the fine per illegal worker)"),
            L("Some 3,140", 3140, AP, PENALTIES, "illegal_working_civil_penalties", Y6 + "; civil penalty notices handed to businesses)"),
            L("£141.3million", 141.3e6, E, GBP, "illegal_working_civil_penalties_value", Y6 + "; potentially worth)"),
            L("28p in every pound", 28, E, PCT, "illegal_working_civil_penalties_share_paid", "2019 to 2026 (of fines issued since 2019, actually paid; figures released to MPs)"),
            L("17", 17, E, P, IWA, "week of 12 October 2026 (last week, one raid at a single car wash)", geo=DON),
            L("Nine", 9, E, P, IWA + "_albanian", "week of 12 October 2026 (of the 17 arrested at the car wash)", geo=DON),
            L("four", 4, E, P, IWA + "_vietnamese", "week of 12 October 2026 (of the 17 arrested at the car wash)", ctx="and four Vietnamese", geo=DON),
            L("1,780", 1780, E, P, "delivery_riders_stopped_spot_checks", Y6 + "; food delivery riders stopped on high streets)"),
            L("412", 412, E, P, IWA + "_delivery_riders", Y6 + ")"),
            L("nearly one in four", 25, ALM, PCT, "delivery_riders_stopped_share_arrested", Y6 + ")"),
            L("one in five", 20, E, PCT, IWA + "_share_indian", Y6 + "; Indian nationals)"),
            L("1.1m", 1.1e6, E, P, "gig_economy_couriers_and_drivers", "October 2026 (used by gig economy firms, an estimated)"),
            L("by half", 50, E, PCT, IWV + "_change", CH6 + "increased raids by half; " + HSEC + ")", occ=1),
            L("more than half", 50, MT, PCT, IWA + "_change", CH6 + "increased arrests by more than half; " + HSEC + ")"),
            L("about one in eight", 12.5, AP, PCT, "illegal_working_arrestees_share_removed", Y6 + "; of the people arrested in these raids, actually removed; " + SHS + ")"),
            R("800,000 to 1.2 million", 800000, 1.2e6, P, "irregular_migrant_population", "October 2026 (people living in Britain illegally, an estimated; " + SHS + ")"),
            V("thousands", 2000, 9000, GBP, "trafficking_debt_per_person", "October 2026 (owed to the gangs by many people picked up in the raids; Lucy Armitage, Brightwater Anti-Trafficking Network)"),
        ]),
    "07-newry-newsreel-asylum-seekers-crossing-irish-border": dict(
        meta=dict(url="https://www.newrynewsreel.example/news/two-in-five-ni-asylum-claims-made-by-people-who-crossed-border-from-republic-4729913",
                  title="Two in five asylum claims in NI made by people who crossed the border from the Republic",
                  publisher="Newry Newsreel", author="Ciara Loughran", published_date="2026-11-19"),
        labels=[
            L("Two in five", 40, E, PCT, SLB, YJ7 + "; headline)", geo=NI),
            L("TWO in five", 40, E, PCT, SLB, YJ7 + "; in the past year)", geo=NI),
            L("2,310", 2310, E, P, "asylum_applications", YJ7 + ")", geo=NI),
            L("940", 940, E, P, VLB, YJ7 + "; came in from the south)", geo=NI),
            L("610", 610, E, P, VLB, "July 2024 to June 2025 (a year earlier; " + HO7 + ")", geo=NI),
            L("54%", 54, E, PCT, VLB + "_change", "year ending June 2026 vs year ending June 2025 (a rise; " + HO7 + ")", geo=NI),
            L("9%", -9, E, PCT, "asylum_applications_change", "year ending June 2026 vs year ending June 2025 (fell; across the UK as a whole)"),
            L("101,400", 101400, E, P, "asylum_applications", "July 2025 to June 2026 (the same period; across the UK as a whole)"),
            L("more than 80%", 80, MT, PCT, "asylum_applications_share_via_northern_ireland", "spring 2024 (seeking international protection in the Republic, came via Northern Ireland; Irish ministers)", geo=IE),
            L("15,720", 15720, E, P, "asylum_applications", "January to December 2025 (international protection applications; Ireland's Department of Justice)", geo=IE),
            L("about 70%", 70, AP, PCT, "asylum_applications_share_via_northern_ireland", "January to December 2025 (applicants who came through the north; Department of Justice estimate)", geo=IE),
            L("38", 38, E, P, "returns_ireland_to_uk", "2024 to November 2026 (returned to the UK under the 2024 law; Dublin)"),
            L("286", 286, E, P, "undocumented_people_found_dublin_belfast_buses_trains", "January to September 2026 (PSNI)", geo=NI),
            L("86%", 86, E, PCT, "undocumented_people_found_dublin_belfast_buses_trains_share_newry", "January to September 2026 (86% of these at or near Newry; PSNI)", geo="Newry"),
            L("some 3,060", 3060, AP, P, "asylum_support_population", "30 June 2026 (when June ended; Home Office support)", geo=NI),
            L("c. 620", 620, AP, P, HOT, "30 June 2026 (in two hotels in the council area; Home Office support)", geo=NMD),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", "30 June 2026 (hotels in the council area)", ctx="in two hotels", geo=NMD),
            L("33,100", 33100, E, P, "international_protection_accommodation_population", "October 2026 (housed by Ireland's International Protection Accommodation Services)", geo=IE),
            L("2,900", -2900, E, P, "international_protection_accommodation_population_change", "January to October 2026 (down since January)", geo=IE),
            L("fewer than 1,000", 1000, LT, P, VLB, "per year (people crossing to claim asylum; Pádraig Mac Aodha, Newry councillor)", geo=NI),
            L("40,000-odd", 40000, AP, VEHICLES, "border_road_crossings_a1_killeen", "per day (vehicles that use the A1 at Killeen every day; Pádraig Mac Aodha, Newry councillor)", geo="Killeen"),
            L("40%", 40, E, PCT, SLB, "year ending June 2026 (claims here that come through the back door from Dublin; Rachel Crothers MLA)", geo=NI),
            L("212", 212, E, P, "charity_service_users", "January to November 2026 (new people this year; " + CWP + ")", geo="Newry"),
            L("130", 130, E, P, "charity_service_users", "January to December 2025 (last year; " + CWP + ")", geo="Newry"),
            L("Nearly two-thirds", TWO3, ALM, PCT, "charity_service_users_share_came_from_republic", "January to November 2026 (came up from the south; " + CWP + ")", geo="Newry"),
            L("about 1.6%", 1.6, AP, PCT, "asylum_applications_share_ireland_of_eu", "January to December 2025 (last year; of applications lodged in the bloc; the EU's asylum agency)", geo=IE),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
