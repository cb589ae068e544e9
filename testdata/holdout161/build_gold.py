#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-sixty-first hand-labelled hold-out set (holdout161).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, PTR, RSC, RSP)

UK, ENG, WAL, SCO, NI, FR = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France"
HH, VIEWS, REPOSTS, FAM, CPW = "other:households", "other:views", "other:reposts", "other:families", "other:children_per_woman"
P10K = "other:persons_per_10000_residents"
TWO3 = 200 / 3

# 01 (Tuesday 13 October 2026; Home Office small boat data to Sunday 11 October 2026)
FIVE = "7 September to 11 October 2026 (the new Home Secretary's first five weeks"
SAME25 = "7 September to 11 October 2025 (the same five weeks of 2025"
SAT26 = "Saturday 26 September 2026 (the busiest day of her tenure"
APO = "Alistair Penhallow-Obi, shadow home secretary"
HOS = "a Home Office spokesperson"

# 02 (Friday 29 May 2026; Home Office data released Thursday 28 May 2026 for 31 March 2026; a council report)
GLA = "Glasgow"
HOD = "Home Office data released Thursday 28 May 2026"
M26 = "31 March 2026 (the end of March; " + HOD + ")"
ASP = "asylum_support_population"
SHR = "asylum_support_population_share_glasgow"
CRH = "council_refugee_homelessness_cost"
REP = "Glasgow City Council report to councillors"
FY26 = "April 2025 to March 2026 (2025/26; " + REP + ")"
ESO = "Cllr Eilidh Strachan-Oduya, leader of Glasgow City Council"

# 03 (Wednesday 30 September 2026; ONS mid-year estimates published that day)
ONS = "ONS mid-year estimates published Wednesday 30 September 2026"
Y25 = "mid-2024 to mid-2025 (the year to 30 June 2025; " + ONS + ")"
M25 = "30 June 2025 (mid-2025; " + ONS + ")"
IMN, POP, PG, PC = "internal_migration_net", "population", "population_growth", "population_change"

# 04 (Tuesday 10 February 2026; fact check of a claim made on a Sunday politics programme on 8 February 2026)
CLM = "the claim (a panellist on a Sunday politics programme, Sunday 8 February 2026"
LIFE = "April 2022 to July 2024 (the scheme's life, final bill; the Home Office"
RPR = "rwanda_scheme_cost_per_relocation"
NAO = "National Audit Office, March 2024"

# 05 (Tuesday 2 June 2026; Home Office figures published Thursday 21 May 2026 for the year ending March 2026)
HO5 = "Home Office figures published Thursday 21 May 2026"
YM26 = "April 2025 to March 2026 (the year ending March 2026; " + HO5 + ")"
VGF, MIR = "visas_granted_family", "family_visa_minimum_income_requirement"
HEA = "Hearthstone Institute"
KAB = "Kinship Across Borders"
EBT = "employees_share_earning_below_family_visa_threshold"

# 06 (Friday 21 August 2026; Home Office statistics released Thursday 20 August 2026 for the year ending June 2026)
HO6 = "Home Office statistics released Thursday 20 August 2026"
YJ26 = "July 2025 to June 2026 (the year ending June; " + HO6 + ")"
PD, IDA = "port_detections", "inadequately_documented_air_arrivals"

# 07 (Wednesday 2 September 2026; ONS births figures released Tuesday 1 September 2026)
ONS7 = "ONS births figures released Tuesday 1 September 2026"
C25 = "January to December 2025 (last year; " + ONS7 + ")"
C24 = "January to December 2024 (" + ONS7 + ")"
BSA, TFR, PNC = "births_share_mother_born_abroad", "total_fertility_rate", "population_natural_change"
NRS = "National Records of Scotland"

ARTICLES = {
    "01-daily-tempest-channel-crossings-new-home-secretary": dict(
        meta=dict(url="https://www.dailytempest.example/news/politics/channel-migrants-4870-cross-new-home-secretary-first-five-weeks-204417",
                  title="Channel crisis: 4,870 migrants cross in new Home Secretary's first five weeks - UP 20% on last year",
                  publisher="Daily Tempest", author="Gideon Marchbank-Oyelese", published_date="2026-10-13"),
        labels=[
            L("4,870", 4870, E, P, SBA, FIVE + "; headline)", occ=0),
            L("20%", 20, E, PCT, SBA + "_change", "first five weeks vs the same five weeks of 2025 (UP on last year; headline)", occ=0),
            L("68", 68, E, PPB, "small_boat_occupancy", FIVE + "; an average in each dinghy; standfirst)", occ=0),
            L("almost 140", 140, ALM, P, SBA, "per day, " + FIVE + "; landing every day since she took charge; standfirst)"),
            L("812", 812, E, P, SBA, SAT26 + "; caption)", occ=0),
            L("MORE than 4,800", 4800, MT, P, SBA, FIVE + "; since she walked through the doors of the Home Office; first words)"),
            L("4,870", 4870, E, P, SBA, FIVE + "; official figures)", occ=1),
            L("20%", 20, E, PCT, SBA + "_change", "first five weeks vs the same five weeks of 2025 (up on)", occ=1),
            L("4,060", 4060, E, P, SBA, SAME25 + ")"),
            L("72", 72, E, BOATS, SBC, FIVE + "; boats detected)"),
            L("77", 77, E, BOATS, SBC, SAME25 + "; a year earlier)"),
            L("53", 53, E, PPB, "small_boat_occupancy", SAME25 + "; the average load)"),
            L("68", 68, E, PPB, "small_boat_occupancy", FIVE + "; the average load climbed to)", occ=1),
            L("91", 91, E, PPB, "small_boat_occupancy_max", "Saturday 26 September 2026 (one boat stopped off Dungeness; the most on a single vessel this year)"),
            L("812", 812, E, P, SBA, SAT26 + "; reached Kent)", occ=1),
            L("11", 11, E, BOATS, SBC, SAT26 + ")", ctx="in 11 boats"),
            L("Some 641", 641, AP, P, SBA, "Saturday 10 October 2026 (last weekend)"),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", "Saturday 10 October vs Friday 9 October 2026 (as many as the day before)"),
            L("170", 170, E, P, SBA, "Friday 9 October 2026 (the day before)"),
            L("33,410", 33410, E, P, SBA, "1 January to 11 October 2026 (across 2026 so far)"),
            L("6%", -6, E, PCT, SBA + "_change", "1 January-11 October 2026 vs the same point of 2025 (down)"),
            L("35,540", 35540, E, P, SBA, "1 January to 11 October 2025 (by the same point last year)"),
            L("more than a quarter", 25, MT, PCT, "small_boat_arrivals_share_eritrean", FIVE + "; since the Home Secretary took over)"),
            L("roughly one in eight", 12.5, AP, PCT, "small_boat_arrivals_share_claiming_to_be_children", FIVE + "; claimed to be under 18)"),
            L("Almost 140", 140, ALM, P, SBA, "per day, " + FIVE + "; " + APO + ")"),
            L("almost 100,000", 100000, ALM, P, SBA, "5 July 2024 to October 2026 (since Labour came to power; " + APO + ")"),
            L("halve", -50, E, PCT, "small_boat_arrivals_target_change", "by the end of 2027 (by the end of next year; the Home Secretary's promise)"),
            L("214", 214, E, P, "returns", "7 September to 11 October 2026 (sent back to France under the one-in, one-out agreement)", geo=FR),
            L("fewer than one in 20", 5, LT, PCT, "returns_share_of_small_boat_arrivals", FIVE + "; returned to France, of arrivals)"),
            L("2,210", 2210, E, P, SBA, "December 2025 (last December)"),
            L("more than 14,000", 14000, MT, P, "small_boat_launch_attempts_stopped_people", "1 January to October 2026 (since January, blocked on French beaches; " + HOS + ")", geo=FR),
            L("£150million", 150000000, E, GBP, "border_security_command_funding", "2026 (an extra; " + HOS + ")"),
        ]),
    "02-govan-greenfinch-glasgow-asylum-seekers-council-costs": dict(
        meta=dict(url="https://www.govangreenfinch.example/news/politics/glasgow-three-in-four-scotland-asylum-seekers-refugee-homelessness-bill-384m-5529174",
                  title="Glasgow now shelters three in four asylum seekers in Scotland as council's refugee homelessness bill hits £38.4m",
                  publisher="Govan Greenfinch", author="Morag Kilbride-Asante", published_date="2026-05-29"),
        labels=[
            L("three in four", 75, E, PCT, SHR, "31 March 2026 (of asylum seekers in Scotland; headline)", geo=SCO),
            L("£38.4m", 38400000, E, GBP, CRH, "April 2025 to March 2026 (2025/26; headline)", occ=0, geo=GLA),
            L("24%", 24, E, PCT, ASP + "_change", "31 March 2026 vs 31 March 2025 (up in a year; standfirst)", geo=GLA),
            L("£28.9m", 28900000, E, GBP, "council_asylum_cost_shortfall", "April 2025 to March 2026 (left out of pocket; standfirst)", occ=0, geo=GLA),
            L("4.35k", 4350, E, P, ASP, "31 March 2026 (asylum seekers housed in Glasgow; At a glance box)", geo=GLA),
            L("76%", 76, E, PCT, SHR, "31 March 2026 (share of Scotland's total; At a glance box)", geo=SCO),
            L("c. 1,200", 1200, AP, HH, "refugee_households_temporary_accommodation", "31 March 2026 (At a glance box)", geo=GLA),
            L("£38.4m", 38400000, E, GBP, CRH, "April 2025 to March 2026 (2025/26; At a glance box)", occ=1, geo=GLA),
            L("4,350", 4350, E, P, ASP, M26, geo=GLA),
            L("more than three-quarters", 75, MT, PCT, SHR, M26[:-1] + "; of all those housed in Scotland)", geo=SCO),
            L("3,940", 3940, E, P, "asylum_dispersal_population", M26[:-1] + "; in dispersal flats)", geo=GLA),
            L("410", 410, E, P, "asylum_hotel_population", M26, geo=GLA),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", M26, ctx="in two hotels", geo=GLA),
            L("3,510", 3510, E, P, ASP, "31 March 2025 (a year earlier; " + HOD + ")", geo=GLA),
            L("almost a quarter", 25, ALM, PCT, ASP + "_change", "31 March 2026 vs 31 March 2025 (numbers have grown by)", geo=GLA),
            L("5,720", 5720, E, P, ASP, M26[:-1] + "; across Scotland)", geo=SCO),
            L("1,370", 1370, E, P, "asylum_support_population_outside_glasgow", M26[:-1] + "; the remaining, in other councils)", geo=SCO),
            L("68", 68, E, P10K, ASP + "_per_10000_residents", M26, geo=GLA),
            L("more than four times", 4, MT, RATIO, ASP + "_per_10000_residents_ratio", "31 March 2026 (Glasgow's rate vs the UK-wide rate)", geo=GLA),
            L("16", 16, E, P10K, ASP + "_per_10000_residents", M26[:-1] + "; the UK-wide rate)", ctx="UK-wide rate of 16"),
            L("£38.4m", 38400000, E, GBP, CRH, FY26 + " on homelessness services for refugees)", occ=2, geo=GLA),
            L("77%", 77, E, PCT, CRH + "_change", "2025/26 vs 2024/25 (up on the year before; " + REP + ")", geo=GLA),
            L("£21.7m", 21700000, E, GBP, CRH, "April 2024 to March 2025 (the year before; " + REP + ")", geo=GLA),
            L("£9.5m", 9500000, E, GBP, CRH + "_funding", FY26 + "; contributed by the Scottish Government)", occ=0, geo=GLA),
            L("£28.9m", 28900000, E, GBP, "council_asylum_cost_shortfall", FY26 + "; a gap plugged from reserves)", occ=1, geo=GLA),
            L("2,980", 2980, E, HH, "homelessness_applications_refugees", FY26 + "; refugee households who applied as homeless during the year)", geo=GLA),
            L("37%", 37, E, PCT, "homeless_applications_share_refugees", FY26 + ")", geo=GLA),
            L("29%", 29, E, PCT, "homeless_applications_share_refugees", "April 2024 to March 2025 (2024/25; " + REP + ")", geo=GLA),
            L("1,190", 1190, E, HH, "refugee_households_temporary_accommodation", "31 March 2026 (" + REP + ")", geo=GLA),
            L("540", 540, E, HH, "refugee_households_temporary_accommodation_hotels_bnb", "31 March 2026 (in hotels and B&Bs; " + REP + ")", geo=GLA),
            L("£71", 71, E, GBP, "council_temporary_accommodation_cost_per_night", "per night, 31 March 2026 (average cost in hotels and B&Bs; " + REP + ")", geo=GLA),
            L("£29m", 29000000, E, GBP, "council_asylum_cost_shortfall", "2025/26 (a hole in our budget; " + ESO + ")", geo=GLA),
            L("5,300", 5300, E, HH, "homeless_households_waiting_list", "May 2026 (already waiting on our homelessness list; " + ESO + ")", geo=GLA),
            L("one in every 15", 100 / 15, E, PCT, "social_housing_lets_share_refugee_households", "2025 (last year; Graham McAteer-Nwosu, Conservative group leader)", geo=GLA),
            L("£9.5m", 9500000, E, GBP, CRH + "_funding", "April 2025 to March 2026 (2025/26; a Scottish Government spokeswoman)", occ=1, geo=GLA),
            L("£4m", 4000000, E, GBP, "scottish_government_refugee_housing_funding", "April 2026 to March 2027 (2026/27, a further, for councils; a Scottish Government spokeswoman)", geo=SCO),
            L("£6.1m", 6100000, E, GBP, "council_asylum_grant", "April 2025 to March 2026 (2025/26 asylum dispersal grants; the Home Office)", geo=GLA),
        ]),
    "03-dunlin-news-ons-population-estimates-internal-migration": dict(
        meta=dict(url="https://www.dunlinnews.example/news/uk-71844203",
                  title="UK population growth slows as London loses 97,800 to rest of country",
                  publisher="Dunlin News", author="Saoirse Blackwood-Adeleke", published_date="2026-09-30"),
        labels=[
            L("97,800", -97800, E, P, IMN, "mid-2024 to mid-2025 (London loses to rest of country; headline)", occ=0, geo="London"),
            L("402,000", 402000, E, P, PG, Y25),
            L("just over half", 0.5, MT, RATIO, PG + "_ratio", "year to mid-2025 vs year to mid-2024 (of the increase recorded a year earlier; " + ONS + ")"),
            L("69.6 million", 69600000, E, P, POP, M25),
            L("388,000", 388000, E, P, NM, Y25[:-1] + "; international migration added a net)"),
            L("14,000", 14000, E, P, "population_natural_change", Y25[:-1] + "; births minus deaths)"),
            L("0.6%", 0.6, E, PCT, PC, Y25, ctx="That rise, of 0.6%"),
            L("755,000", 755000, E, P, PG, "mid-2023 to mid-2024 (the year to mid-2024; " + ONS + ")"),
            L("61,000", 61000, E, P, "population_revision", "30 June 2024 (the mid-2024 total, revised up by; " + ONS + ")"),
            L("69.24 million", 69240000, E, P, POP, "30 June 2024 (mid-2024, as revised; " + ONS + ")"),
            L("0.6%", 0.6, E, PCT, PC, Y25, ctx="rose by 0.6% to", geo=ENG),
            L("58.96 million", 58960000, E, P, POP, M25, geo=ENG),
            L("0.4%", 0.4, E, PCT, PC, Y25, ctx="Wales grew by 0.4%", geo=WAL),
            L("3.19 million", 3190000, E, P, POP, M25, geo=WAL),
            L("0.5%", 0.5, E, PCT, PC, Y25, geo=SCO),
            L("5.56 million", 5560000, E, P, POP, M25, geo=SCO),
            L("0.4%", 0.4, E, PCT, PC, Y25, ctx="Northern Ireland by 0.4%", geo=NI),
            L("1.93 million", 1930000, E, P, POP, M25, geo=NI),
            L("11,800", 11800, E, P, IMN, Y25[:-1] + "; moves within Britain added a net)", geo=SCO),
            L("5,400", 5400, E, P, IMN, Y25[:-1] + "; moves within Britain added a net)", geo=WAL),
            L("About 2.9 million", 2900000, AP, P, "internal_migration_moves", Y25[:-1] + "; moved from one local authority to another)"),
            L("roughly one in 24", 100 / 24, AP, PCT, "internal_migration_moves_share_of_population", Y25),
            L("97,800", -97800, E, P, IMN, Y25[:-1] + "; London lost a net, the largest outflow of any region)", occ=1, geo="London"),
            L("Roughly one in five", 20, AP, PCT, "internal_migration_outflow_share_aged_30_39", Y25[:-1] + "; of those leaving the capital, in their 30s)", geo="London"),
            L("28,600", 28600, E, P, IMN, Y25[:-1] + "; the biggest winner)", geo="South West"),
            L("24,900", 24900, E, P, IMN, Y25, geo="East of England"),
            L("21,300", 21300, E, P, IMN, Y25, geo="South East"),
            L("9.18 million", 9180000, E, P, POP, M25, geo="London"),
            L("63,000", 63000, E, P, PG, Y25[:-1] + "; higher than a year before)", geo="London"),
            L("6,900", -6900, E, P, IMN, Y25[:-1] + "; lost to internal moves)", geo="West Midlands"),
            L("40.9", 40.9, E, YEARS, "population_median_age", M25),
            L("19.3%", 19.3, E, PCT, "population_share_aged_65_and_over", M25),
            V("thousands", 2000, 9000, P, IMN, "per year, recent years (working-age people gained from London and the South East; Dr Harriet Okwuosa-Lind, University of Exeter)", ctx="gaining thousands of working-age", geo="Cornwall, Devon and Dorset"),
        ]),
    "04-plainfigures-rwanda-scheme-cost-per-person": dict(
        meta=dict(url="https://plainfigures.example/fact-checks/did-the-rwanda-scheme-cost-250m-for-every-person-sent",
                  title="Did the Rwanda scheme really cost £250m for every person sent there?",
                  publisher="Plainfigures", author="Odhran Pettigrew-Sowande", published_date="2026-02-10"),
        labels=[
            L("£250m", 250000000, E, GBP, RPR, "April 2022 to July 2024 (the claim checked; headline)", ctx="cost £250m for every person sent there"),
            L("£1bn", 1000000000, E, GBP, RSC, CLM + "; What was claimed box)", ctx="cost taxpayers £1bn and"),
            L("four", 4, E, P, "rwanda_relocations", CLM + "; What was claimed box)", ctx="sent just four people"),
            L("£250m", 250000000, E, GBP, RPR, CLM + "; a head; What was claimed box)", ctx="That's £250m a head"),
            L("about £715m", 715000000, AP, GBP, RSC, LIFE + "; Our verdict box)"),
            L("Four", 4, E, P, "rwanda_relocations", "March 2024 to July 2024 (all volunteers under a separate scheme; Our verdict box)", ctx="Four people did go to Rwanda"),
            L("nearly £179m", 179000000, ALM, GBP, RPR, "April 2022 to July 2024 (each; Our verdict box)"),
            L("£250m", 250000000, E, GBP, RPR, CLM + "; for every person it sent, the clip)", ctx="cost \"£250m for every person it sent\""),
            L("1.2m", 1200000, E, VIEWS, "social_media_post_views", "8 to 10 February 2026 (clip viewed since it was broadcast)"),
            L("12.9k", 12900, E, REPOSTS, "social_media_post_reposts", "8 to 10 February 2026 (one post sharing the clip)"),
            L("£1bn", 1000000000, E, GBP, RSC, CLM + "; too high)", ctx="The £1bn is too high"),
            L("£700m", 700000000, E, GBP, RSC, "April 2022 to July 2024 (spent on the scheme; the Home Secretary to MPs, July 2024)"),
            L("£715m", 715000000, E, GBP, RSC, LIFE + "; later put the final bill at)", ctx="final bill at £715m"),
            L("£290m", 290000000, E, GBP, PTR, LIFE + "; handed to Rwanda's government under the economic partnership)"),
            L("just over 40%", 40, MT, PCT, "payment_to_rwanda_share_of_scheme_cost", LIFE + ")"),
            L("£50m", 50000000, E, GBP, "rwanda_scheme_cost_flights", LIFE + "; chartered flights that never left)"),
            L("£95m", 95000000, E, GBP, "rwanda_scheme_cost_staff_it_legal", LIFE + "; staff, IT and legal work)"),
            L("£280m", 280000000, E, GBP, "rwanda_scheme_cost_detention_and_other", LIFE + "; detention and other operational costs)"),
            L("£1bn", 1000000000, E, GBP, RSC, CLM + "; not traced)", ctx="trace the £1bn in the claim"),
            L("more than £1bn", 1000000000, MT, GBP, RSP, "its planned five years (had it run; a think tank estimate published in 2025)"),
            L("Four", 4, E, P, "rwanda_relocations", "March 2024 to July 2024 (did travel to Rwanda, under the voluntary route)", ctx="Four people did travel"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "from March 2024 (offered to each person to settle there; the voluntary relocation route)"),
            L("£715m", 715000000, E, GBP, RSC, LIFE + "; divided by the four volunteers)", ctx="divide the £715m"),
            L("four", 4, E, P, "rwanda_relocations", "March 2024 to July 2024 (the four volunteers)", ctx="by the four volunteers"),
            L("about £179m", 179000000, AP, GBP, RPR, "April 2022 to July 2024 (each)"),
            L("£250m", 250000000, E, GBP, RPR, CLM + "; the £250m claimed)", ctx="below the £250m claimed"),
            L("at least £370m", 370000000, AL, GBP, "payment_to_rwanda_planned", "over five years (committed to paying Rwanda; " + NAO + ")"),
            L("£120m", 120000000, E, GBP, "payment_to_rwanda_planned", "once 300 people had been relocated (" + NAO + ")"),
            L("£150,874", 150874, E, GBP, "payment_to_rwanda_per_relocation_planned", "per relocated person, over five years (accommodation and support; " + NAO + ")"),
            L("£5.38bn", 5380000000, E, GBP, AC, "April 2023 to March 2024 (2023/24, a record; the Home Office)"),
            L("about 13%", 13, AP, PCT, "rwanda_scheme_cost_share_of_annual_asylum_cost", "the whole scheme vs 2023/24 asylum spending"),
            L("£715m", 715000000, E, GBP, RSC, LIFE + "; reflects all costs incurred, the Home Office told Plainfigures)", ctx="the figure of £715m"),
            L("£1bn", 1000000000, E, GBP, RSC, CLM + "; the panellist asked for the source)", ctx="source of the £1bn"),
        ]),
    "05-the-skylight-family-visas-minimum-income-requirement": dict(
        meta=dict(url="https://www.theskylight.example/uk-news/2026/jun/02/family-visas-down-almost-30-since-income-threshold-rise",
                  title="Family visas down almost 30% since income threshold rise, figures show",
                  publisher="The Skylight", author="Niamh Okonkwo-Rasmussen", published_date="2026-06-02"),
        labels=[
            L("almost 30%", -30, ALM, PCT, VGF + "_change", "year ending March 2026 vs year ending March 2024 (down since the income threshold rise; headline)", occ=0),
            L("£29,000", 29000, E, GBP, MIR, "June 2026 (the £29,000 rule; standfirst)", ctx="the £29,000 rule"),
            V("thousands", 2000, 9000, P, "british_citizens_separated_by_minimum_income_requirement", "June 2026 (kept apart from their partners; campaigners; standfirst)", ctx="keeping thousands of Britons"),
            L("almost 30%", -30, ALM, PCT, VGF + "_change", "year ending March 2026 vs year ending March 2024 (fallen by, in two years)", occ=1),
            L("£29,000", 29000, E, GBP, MIR, "from April 2024 (was raised to)", ctx="was raised to £29,000"),
            L("57,900", 57900, E, P, VGF, YM26),
            L("82,300", 82300, E, P, VGF, "April 2023 to March 2024 (two years earlier, the year ending March 2024, before the rule came in; " + HO5 + ")"),
            L("66,700", 66700, E, P, VGF, "April 2024 to March 2025 (last year's total; " + HO5 + ")"),
            L("13%", -13, E, PCT, VGF + "_change", "year ending March 2026 vs year ending March 2025 (down in a year)"),
            L("more than two-thirds", TWO3, MT, PCT, VGF + "_share_partners", YM26),
            L("39,800", 39800, E, P, VGF + "_partner", YM26),
            L("£18,600", 18600, E, GBP, MIR, "2012 to April 2024 (the level in place before the rise)"),
            L("56%", 56, E, PCT, MIR + "_change", "April 2024 (the rise from £18,600 to £29,000)"),
            L("£38,700", 38700, E, GBP, MIR + "_planned", "a further planned increase (dropped once Labour took office in 2024)"),
            L("Some 6,240", 6240, AP, P, "visa_applications_partner_refused_financial_requirement", YM26[:-1] + "; sponsor did not meet the requirement)"),
            L("60%", 60, E, PCT, "visa_applications_partner_refused_financial_requirement_change", "year ending March 2026 vs year ending March 2024 (higher than two years earlier)"),
            L("almost one in five", 20, ALM, PCT, "visa_decisions_partner_share_refused", YM26[:-1] + "; partner decisions that end in refusal)"),
            L("£88,500", 88500, E, GBP, "family_visa_savings_requirement", "June 2026 (to qualify on savings alone)"),
            L("1,870", 1870, E, P, VGF + "_outside_rules", "last year (the year ending March 2026 as reported; granted outside the rules on Article 8 grounds)"),
            L("roughly 45%", 45, AP, PCT, EBT, "2026 (employees earning less than £29,000; " + HEA + " analysis)"),
            L("53%", 53, E, PCT, EBT, "2026 (" + HEA + " analysis)", geo=NI),
            L("55%", 55, E, PCT, EBT + "_women", "2026 (among women; " + HEA + " analysis)"),
            L("doubled", 2, E, RATIO, "charity_helpline_families_contacting_ratio", "2025 vs 2024 (last year; " + KAB + ")"),
            L("4,120", 4120, E, FAM, "charity_helpline_families_contacting", "2025 (last year; " + KAB + ")"),
            L("around 15,000", 15000, AP, P, "children_separated_from_parent_by_income_requirement", "June 2026 (now; Tobias Achterberg-Lowe, " + KAB + ")"),
            R("between £23,000 and £25,000", 23000, 25000, GBP, MIR + "_recommended", "June 2026 (" + HEA + ")"),
            L("£1,938", 1938, E, GBP, "family_visa_application_fee", "2026 (a partner applying from outside the UK)"),
            L("£1,035", 1035, E, GBP, "health_surcharge_per_year", "per year, 2026 (the immigration health surcharge for each applicant)"),
            L("£29,000", 29000, E, GBP, MIR, "June 2026 (until then, the threshold remains at; a Home Office spokesperson)", ctx="remains at £29,000"),
        ]),
    "06-daily-skirmish-lorry-stowaways-ports-irregular-routes": dict(
        meta=dict(url="https://www.dailyskirmish.example/news/article-15092281/Stowaways-caught-lorries-British-ports-soar-38-hidden-routes.html",
                  title="Stowaways caught in lorries at British ports soar by 38% - as 'hidden' routes bring in more than 5,700 migrants a year",
                  publisher="Daily Skirmish", author="Callum Fairweather-Njoku", published_date="2026-08-21"),
        labels=[
            L("38%", 38, E, PCT, PD + "_change", "year ending June 2026 vs the year before (soar by; headline)"),
            L("more than 5,700", 5700, MT, P, "irregular_arrivals_other_routes", "per year, July 2025 to June 2026 ('hidden' routes; headline)"),
            L("2,140", 2140, E, P, PD, YJ26[:-1] + "; bullet)", occ=0),
            L("a quarter", 25, E, PCT, IDA + "_change", "year ending June 2026 vs the year before (up by; bullet)"),
            L("almost nine in ten", 90, ALM, PCT, "small_boat_share_of_irregular_arrivals", YJ26[:-1] + "; bullet)"),
            L("more than a third", THIRD, MT, PCT, PD + "_change", "year ending June 2026 vs the previous 12 months (caught in the backs of lorries, up by)"),
            L("2,140", 2140, E, P, PD, YJ26, occ=1),
            L("1,550", 1550, E, P, PD, "July 2024 to June 2025 (the previous year; " + HO6 + ")"),
            L("84%", 84, E, PCT, "lorry_share_of_port_detections", YJ26[:-1] + "; of these, hidden in heavy goods vehicles)"),
            L("1,020", 1020, E, P, PD, YJ26[:-1] + "; at the Port of Dover alone)", geo="Dover"),
            L("214", 214, E, P, PD, YJ26, geo="Purfleet"),
            L("more than double", 2, MT, RATIO, PD + "_ratio", "year ending June 2026 vs two years earlier (the figure of two years ago)", geo="Purfleet"),
            L("37", 37, E, P, PD, YJ26, geo="Holyhead"),
            L("19", 19, E, P, PD, YJ26, geo="Cairnryan"),
            L("roughly half", 50, AP, PCT, "vietnamese_albanian_eritrean_share_of_port_detections", YJ26),
            L("2,910", 2910, E, P, IDA, YJ26[:-1] + "; arrived by plane without adequate documents)"),
            L("26%", 26, E, PCT, IDA + "_change", "year ending June 2026 vs the year before (a rise of)"),
            L("a third", -THIRD, E, PCT, "in_country_detections_change", "year ending June 2026 vs the year before (fell by, on last year)", ctx="fell by a third"),
            L("660", 660, E, P, "in_country_detections", YJ26[:-1] + "; detected inside the UK after entering undetected)"),
            L("46,980", 46980, E, P, "irregular_arrivals", YJ26),
            L("41,270", 41270, E, P, SBA, YJ26),
            L("5,710", 5710, E, P, "irregular_arrivals_other_routes", YJ26[:-1] + "; the less visible routes)"),
            L("roughly 87,000", 87000, AP, P, "irregular_arrivals", "January to June 2026 (unauthorised entries to member states between January and June; Frontex)", geo="EU"),
            L("39", 39, E, P, "clandestine_entrant_deaths_lorry", "October 2019 (found dead in a refrigerated trailer)", geo="Grays"),
            L("£8.6million", 8600000, E, GBP, "clandestine_entrant_civil_penalties", "April 2025 to March 2026 (2025/26, hauliers fined a total)"),
            L("nearly six", 6, ALM, P, PD, "per day, year ending June 2026 (caught hiding in lorries at our ports; Rosamund Thackeray-Eze, Tory immigration spokeswoman)"),
            L("one in five", 20, E, PCT, "lorry_drivers_share_found_stowaway", "August 2025 to August 2026 (in the past 12 months; Jim Ollerenshaw, Freight Drivers' Guild)"),
            L("300", 300, E, P, "border_force_officers_extra", "2026 (this year, short straits ports; a Home Office spokesperson)"),
            L("More than 38,000", 38000, MT, P, "returns", "July 2024 to August 2026 (removed since July 2024; a Home Office spokesperson)"),
        ]),
    "07-the-short-read-births-mothers-born-abroad-natural-change": dict(
        meta=dict(url="https://www.theshortread.example/news/uk/mothers-born-overseas-over-third-births-england-wales-3318702",
                  title="Mothers born overseas now account for over a third of births in England and Wales",
                  publisher="The Short Read", author="Lydia Farquharson-Eboh", published_date="2026-09-02"),
        labels=[
            L("over a third", THIRD, MT, PCT, BSA, "January to December 2025 (headline)", occ=0, geo=EW),
            L("35.2%", 35.2, E, PCT, BSA, C25[:-1] + "; key points)", occ=0, geo=EW),
            L("1.1%", -1.1, E, PCT, "births_change", "2025 vs 2024 (births fell; key points)", occ=0, geo=EW),
            L("588,340", 588340, E, P, "births", C25[:-1] + "; key points)", occ=0, geo=EW),
            L("571,900", 571900, E, P, "deaths", C25[:-1] + "; key points)", occ=0, geo=EW),
            L("1.38", 1.38, E, CPW, TFR, "2025 (a record low; key points)", occ=0, geo=EW),
            L("Just over a third", THIRD, MT, PCT, BSA, C25[:-1] + "; first words)", geo=EW),
            L("207,100", 207100, E, P, "births_mother_born_abroad", C25, geo=EW),
            L("588,340", 588340, E, P, "births", C25, occ=1, geo=EW),
            L("35.2%", 35.2, E, PCT, BSA, C25, occ=1, geo=EW),
            L("33.8%", 33.8, E, PCT, BSA, C24, geo=EW),
            L("27.5%", 27.5, E, PCT, BSA, "January to December 2015 (a decade earlier)", geo=EW),
            L("1.1%", -1.1, E, PCT, "births_change", "2025 vs 2024 (fell by)", occ=1, geo=EW),
            L("594,680", 594680, E, P, "births", C24, geo=EW),
            L("14,120", 14120, E, P, "births_mother_born_india", C25, geo=EW),
            L("13,480", 13480, E, P, "births_mother_born_pakistan", C25, geo=EW),
            L("9,870", 9870, E, P, "births_mother_born_romania", C25, geo=EW),
            L("60.1%", 60.1, E, PCT, BSA, C25, geo="London"),
            L("roughly three-quarters", 75, AP, PCT, BSA, C25, geo="Newham"),
            L("13.4%", 13.4, E, PCT, BSA, C25, geo=WAL),
            L("571,900", 571900, E, P, "deaths", C25[:-1] + "; deaths registered)", occ=1, geo=EW),
            L("16,440", 16440, E, P, PNC, C25[:-1] + "; how far births exceed deaths)", geo=EW),
            L("about a third", -THIRD, AP, PCT, PNC + "_change", "2025 vs 2024 (down on the year before)", geo=EW),
            L("381,240", 381240, E, P, "births_mother_born_uk", C25, geo=EW),
            L("about 190,000", -190000, AP, P, PNC + "_excluding_births_to_mothers_born_abroad", C25[:-1] + "; births to UK-born mothers, fewer than the number of deaths)", geo=EW),
            L("1.41", 1.41, E, CPW, TFR, C24, geo=EW),
            L("1.38", 1.38, E, CPW, TFR, C25, occ=1, geo=EW),
            L("1.63", 1.63, E, CPW, TFR + "_women_born_abroad", C25, geo=EW),
            L("1.29", 1.29, E, CPW, TFR + "_women_born_uk", C25, geo=EW),
            L("31.1", 31.1, E, YEARS, "mothers_average_age", C25, geo=EW),
            L("44,900", 44900, E, P, "births", "January to December 2025 (" + NRS + ")", geo=SCO),
            L("61,200", 61200, E, P, "deaths", "January to December 2025 (" + NRS + ")", geo=SCO),
            L("16,300", -16300, E, P, PNC, "January to December 2025 (a natural decrease; " + NRS + ")", geo=SCO),
            L("19,800", 19800, E, P, "births", "January to December 2025", geo=NI),
            L("16,400", 16400, E, P, "deaths", "January to December 2025", geo=NI),
            L("about 3,500", 3500, AP, P, PNC, "January to December 2025 (last year, the four nations taken together)"),
            L("388,000", 388000, E, P, NM, "mid-2024 to mid-2025 (net international migration; the ONS estimates)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
