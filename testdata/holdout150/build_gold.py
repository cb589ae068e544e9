#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-fiftieth hand-labelled hold-out set (holdout150).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, PTR, RSC, RSP, EW)

UK, FR, WAL, ENG = "UK", "France", "Wales", "England"
CA, HH = "other:council_areas", "other:households"

# 01 (Friday 13 February 2026; National Audit Office final account of the Rwanda scheme, published Thursday 12 February 2026)
NAO = "National Audit Office report, Thursday 12 February 2026"
LIFE = "April 2022 to July 2024 (the scheme's whole life, final account; "
RPC = "rwanda_scheme_cost_per_relocation"
REL = "rwanda_relocations"
MTG = "Sir Mervyn Tallis-Grange, Labour member of the public accounts committee"
GAK = "Giles Ambrose-Kent, shadow immigration minister"
HOS1 = "a Home Office spokesman"

# 02 (Wednesday 22 April 2026; written parliamentary answer released Monday 20 April 2026, for 31 March 2026)
WPA = "written parliamentary answer released Monday 20 April 2026"
M26 = "31 March 2026 (on March 31; " + WPA + ")"
M25 = "31 March 2025 (twelve months earlier; " + WPA + ")"
AHU = "asylum_hotels_in_use"
ACH = "asylum_cost_hotels"
PEAK = "summer 2023 (when the crisis peaked)"
LB = "Lance Bittleston, Reform UK home affairs spokesman"
HOS2 = "a Home Office spokesman"
WN = "West Northamptonshire"

# 03 (Thursday 30 July 2026; ONS mid-year population estimates for mid-2025, published Wednesday 29 July 2026)
ONS3 = "ONS mid-year estimates published Wednesday 29 July 2026"
YR3 = "July 2024 to June 2025 (the year to mid-2025; " + ONS3 + ")"
MID25 = "30 June 2025 (mid-2025; " + ONS3 + ")"
PCH = "population_change"
RCT = "Rhondda Cynon Taf"
NMI = "net_migration_international"
GPO = "Dr Gwenllian Parry-Okafor, Taff Valley Population Institute"

# 04 (Saturday 9 May 2026; Home Office data for 2025; FOI figures from councils in England)
SP = "Lantern Route Children's Project, FOI requests to councils in England"
Y25H = "January to December 2025 (last year; Home Office data)"
ADA = "age_disputed_children_placed_in_adult_accommodation"
UCC = "unaccompanied_children_in_care"
ENDM25 = "31 March 2025 (the end of March 2025; "
LGA = "Local Government Association"

# 05 (Thursday 26 November 2026; Home Office immigration statistics published Thursday 26 November 2026 for the year
# ending September 2026)
HO5 = "Home Office statistics published Thursday 26 November 2026"
YE = "October 2025 to September 2026 (the year to September; " + HO5 + ")"
PY = "October 2024 to September 2025 (the previous 12 months; " + HO5 + ")"
S30 = "30 September 2026 (the end of September; " + HO5 + ")"
AAC = "asylum_applications_change"
GRS = "asylum_grants_share_initial_decisions"
MIN = "Miriam Ruskin-Parr, border security minister"
SHS5 = "Robert Fanshawe-Clegg, shadow home secretary"

# 06 (Thursday 6 August 2026; the UK-France 'one in, one out' pilot, in force since Wednesday 6 August 2025)
Y1 = "6 August 2025 to 5 August 2026 (the pilot's first 12 months; Broadcast Nine analysis"
RFW = "returns_france_weekly_average"
LRA = "uk_france_legal_route_arrivals"
RSA = "returns_share_of_small_boat_arrivals"

# 07 (Monday 12 October 2026; an essay on net migration targets, ONS estimates as published)
NMT = "net_migration_target"
CL = "the Conservative leader, spring 2010 pledge"
YJ23 = "July 2022 to June 2023 (the twelve months to June 2023, the peak; "

ARTICLES = {
    "01-the-ballast-rwanda-scheme-final-bill": dict(
        meta=dict(url="https://www.theballast.example/politics/2026/02/13/rwanda-scheme-cost-715m-just-21m-clawed-back/",
                  title="Rwanda scheme cost taxpayers £715m – and just £21.6m has been clawed back",
                  publisher="The Ballast", author="Rupert Hallworth", published_date="2026-02-13"),
        labels=[
            L("£715m", 715e6, E, GBP, RSC, LIFE + "the total cost; headline)"),
            L("£21.6m", 21.6e6, E, GBP, "rwanda_scheme_cost_recovered", "July 2024 to February 2026 (clawed back since the scheme was scrapped; headline)"),
            L("almost £179m", 179e6, ALM, GBP, RPC, LIFE + "the bill for each of the four migrants who flew to Kigali; standfirst)"),
            L("four", 4, E, P, REL, LIFE + "migrants who flew to Kigali; standfirst)", ctx="each of the four migrants"),
            L("£715 million", 715e6, E, GBP, RSC, LIFE + "before it was scrapped; " + NAO + ")", occ=0),
            L("£21.6 million", 21.6e6, E, GBP, "rwanda_scheme_cost_recovered", "July 2024 to February 2026 (recovered by the Treasury since; " + NAO + ")"),
            L("£290 million", 290e6, E, GBP, PTR, LIFE + "handed directly to the Rwandan government; " + NAO + ")"),
            L("£425 million", 425e6, E, GBP, "rwanda_scheme_cost_spent_in_uk", LIFE + "spent at home; " + NAO + ")"),
            L("£137 million", 137e6, E, GBP, "rwanda_scheme_cost_detention", LIFE + "detention places and escorts; " + NAO + ")"),
            L("£94 million", 94e6, E, GBP, "rwanda_scheme_cost_staff", LIFE + "Home Office and Border Force staff; " + NAO + ")"),
            L("£78 million", 78e6, E, GBP, "rwanda_scheme_cost_legal", LIFE + "lawyers; " + NAO + ")"),
            L("£49 million", 49e6, E, GBP, "rwanda_scheme_cost_flights", LIFE + "aircraft chartered but never flown; " + NAO + ")"),
            L("£67 million", 67e6, E, GBP, "rwanda_scheme_cost_other", LIFE + "IT systems, consultants and sundries; " + NAO + ")"),
            L("four", 4, E, P, REL, LIFE + "ever went to Rwanda through the partnership, all volunteers; " + NAO + ")", ctx="Just four people"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", LIFE + "offered to each volunteer; " + NAO + ")"),
            L("almost £179 million", 179e6, ALM, GBP, RPC, LIFE + "each relocation; " + NAO + ")"),
            L("£12.9m", 12.9e6, E, GBP, "rwanda_scheme_cost_refunds_charter_flights", "July 2024 to February 2026 (refunds and cancellation credits from the airlines; " + NAO + ")"),
            L("£8.7m", 8.7e6, E, GBP, "rwanda_scheme_cost_refunds_detention", "July 2024 to February 2026 (handed back by detention contractors; " + NAO + ")"),
            L("about 3 per cent", 3, AP, PCT, "rwanda_scheme_cost_share_recovered", "July 2024 to February 2026 (the clawback as a share of the bill; " + NAO + ")"),
            L("5,700", 5700, E, P, "rwanda_removal_candidates_identified", "by spring 2024 (earmarked for removal to central Africa; " + NAO + ")"),
            L("more than 3,500", 3500, MT, P, "rwanda_removal_candidates_lost_contact", "by 4 July 2024 (polling day; officials had lost track; " + NAO + ")"),
            L("Some 1,160", 1160, AP, P, "rwanda_detainees_released_on_bail", "2024 to February 2026 (detained in the 2024 round-up, later released on bail; " + NAO + ")"),
            L("£174 million", 174e6, E, GBP, "rwanda_scheme_cost_revision", "final account vs the NAO's March 2024 projection (above; " + NAO + ")"),
            L("£541 million", 541e6, E, GBP, RSP, "the scheme (projected by the NAO in March 2024)"),
            L("roughly 13 per cent", 13, AP, PCT, "rwanda_scheme_cost_share_of_annual_asylum_cost", "the scheme's total vs April 2023 to March 2024 (2023/24 asylum spending; " + NAO + ")"),
            L("£5.38bn", 5.38e9, E, GBP, AC, "April 2023 to March 2024 (2023/24)"),
            L("Seven hundred and fifteen million pounds", 715e6, E, GBP, RSC, LIFE + MTG + ")"),
            L("four", 4, E, P, REL, LIFE + MTG + ")", ctx="pounds, four people"),
            L("more than 60,000", 60000, MT, P, SBA, "July 2024 to February 2026 (since Labour tore it up; " + GAK + ")"),
            L("£715 million", 715e6, E, GBP, RSC, LIFE + "a down payment Labour threw away; " + GAK + ")", occ=1),
            L("almost a fifth", 20, ALM, PCT, "returns_change", "since the election of 5 July 2024 vs before it (returns have risen by; " + HOS1 + ")"),
        ]),
    "02-daily-tub-thumper-asylum-hotels-daily-cost": dict(
        meta=dict(url="https://www.dailytubthumper.example/news/politics/2117460/migrant-hotel-bill-4-3million-a-day-152-open-labour-vow",
                  title="Migrant hotel bill still £4.3MILLION a day with 152 open despite Labour vow",
                  publisher="Daily Tub-Thumper", author="Dominic Petherbridge", published_date="2026-04-22"),
        labels=[
            L("£4.3MILLION", 4.3e6, E, GBP, ACH, "31 March 2026 (per day; headline)"),
            L("152", 152, E, HOTELS, AHU, "31 March 2026 (open; headline)", occ=0),
            L("Nearly 25,000", 25000, ALM, P, HOT, "31 March 2026 (still in hotels; standfirst)"),
            L("almost four times", 4, ALM, RATIO, "asylum_hotel_cost_per_person_night_ratio", "31 March 2026 (hotel room vs a bed in ordinary housing; standfirst)"),
            L("MORE than 150", 150, MT, HOTELS, AHU, "31 March 2026 (remain in service; first words)"),
            L("£4.3million", 4.3e6, E, GBP, ACH, "31 March 2026 (per day; every single day)"),
            L("152", 152, E, HOTELS, AHU, M26, occ=1),
            L("24,860", 24860, E, P, HOT, M26),
            L("almost £1.6billion", 1.6e9, ALM, GBP, ACH, "a full year at the March 2026 rate (per year)"),
            L("about £173", 173, AP, GBP, "asylum_hotel_cost_per_person_night", "31 March 2026 (per person per night; now)"),
            L("nearly four times", 4, ALM, RATIO, "asylum_hotel_cost_per_person_night_ratio", "31 March 2026 (hotel place vs dispersal housing, per night)"),
            L("£46", 46, E, GBP, "asylum_dispersal_cost_per_person_night", "31 March 2026 (a night, a bed in dispersal housing)"),
            L("218", 218, E, HOTELS, AHU, M25),
            L("32,300", 32300, E, P, HOT, M25),
            L("30%", -30, E, PCT, AHU + "_change", "31 March 2026 vs 31 March 2025 (hotels down in a year)"),
            L("23%", -23, E, PCT, HOT + "_change", "31 March 2026 vs 31 March 2025 (residents dropped by)"),
            L("66", 66, E, HOTELS, "asylum_hotels_closed", "April 2025 to March 2026 (shut over those twelve months)"),
            L("more than 400", 400, MT, HOTELS, AHU, PEAK),
            L("over 56,000", 56000, MT, P, HOT, PEAK),
            L("nearly £8million", 8e6, ALM, GBP, ACH, PEAK[:-1] + "; per day)"),
            L("little more than half", 50, MT, PCT, "asylum_cost_hotels_share_of_peak", "April 2026 (today's daily bill vs the summer 2023 peak)"),
            L("12%", 12, E, PCT, "asylum_dispersal_population_change", "31 March 2026 vs 31 March 2025 (climbed; " + WPA + ")"),
            L("71,400", 71400, E, P, "asylum_dispersal_population", M26),
            L("about one in five", 20, AP, PCT, "asylum_hotels_share_london", "31 March 2026 (London's share of the hotels)", geo="London"),
            L("nine", 9, E, HOTELS, AHU, "31 March 2026 (remain in use)", ctx="nine hotels remain", geo=WN),
            L("1,270", 1270, E, P, HOT, "31 March 2026 (housed in the nine hotels)", geo=WN),
            L("over £4million", 4e6, MT, GBP, ACH, "April 2026 (every single night; " + LB + ")"),
            L("Almost 68,000", 68000, ALM, P, SBA, "5 July 2024 to April 2026 (since Labour took power; " + LB + ")"),
            L("over 400", 400, MT, HOTELS, AHU, "July 2024 (when we came in; " + HOS2 + ")", ctx="there were over 400"),
            L("nearly £9million", 9e6, ALM, GBP, ACH, "July 2024 (when we came in; per day; " + HOS2 + ")"),
            L("Around 250", 250, AP, HOTELS, "asylum_hotels_closed", "July 2024 to April 2026 (already shut; " + HOS2 + ")"),
        ]),
    "03-rhondda-rambler-ons-mid-year-estimates-wales": dict(
        meta=dict(url="https://www.rhonddarambler.example/news/rhondda/deaths-outnumber-births-wales-migration-adds-21400-31562208",
                  title="Deaths outnumber births in Wales for another year as migration adds 21,400 people",
                  publisher="Rhondda Rambler", author="Eleri Pugh-Mansfield", published_date="2026-07-30"),
        labels=[
            L("21,400", 21400, E, P, "population_growth", YR3[:-1] + "; headline)", occ=0, geo=WAL),
            L("three", 3, E, CA, "council_areas_population_decline", YR3[:-1] + "; council areas to shrink; standfirst)", ctx="one of three council areas", geo=WAL),
            L("c. 1,200", 1200, AP, P, "population_growth", YR3[:-1] + "; residents gained in a year; caption)", geo=RCT),
            L("21,400", 21400, E, P, "population_growth", YR3, occ=1, geo=WAL),
            L("3,214,300", 3214300, E, P, "population", MID25, geo=WAL),
            L("0.7%", 0.7, E, PCT, PCH, YR3, geo=WAL),
            L("0.8%", 0.8, E, PCT, PCH, YR3, geo=EW),
            L("26,900", 26900, E, P, "births", YR3, geo=WAL),
            L("33,700", 33700, E, P, "deaths", YR3, geo=WAL),
            L("6,800", -6800, E, P, "population_natural_change", YR3[:-1] + "; deaths exceeded births by)", geo=WAL),
            L("2.1%", -2.1, E, PCT, "births_change", YR3[:-1] + "; lower than the year before)", geo=WAL),
            L("39,400", 39400, E, P, "immigration", YR3[:-1] + "; came to Wales from abroad)", geo=WAL),
            L("16,500", 16500, E, P, "emigration", YR3[:-1] + "; went the other way)", geo=WAL),
            L("22,900", 22900, E, P, NMI, YR3[:-1] + "; international net gain)", geo=WAL),
            L("5,300", 5300, E, P, "internal_migration_net", YR3[:-1] + "; moves within Britain, net)", geo=WAL),
            L("4,600", 4600, E, P, "population_revision", "30 June 2024 (mid-2024 figure nudged up by; " + ONS3 + ")", geo=WAL),
            L("1.4%", 1.4, E, PCT, PCH, YR3, geo="Cardiff"),
            L("387,900", 387900, E, P, "population", MID25, geo="Cardiff"),
            L("more than half", 50, MT, PCT, NMI + "_share_cardiff", YR3[:-1] + "; Cardiff's share of Wales's net international migration)", geo="Cardiff"),
            L("11,800", 11800, E, P, NMI, YR3, geo="Cardiff"),
            L("1.2%", 1.2, E, PCT, PCH, YR3, geo="Newport"),
            L("166,800", 166800, E, P, "population", MID25, geo="Newport"),
            L("1.1%", 1.1, E, PCT, PCH, YR3, geo="Wrexham"),
            L("0.3%", -0.3, E, PCT, PCH, YR3[:-1] + "; fell by)", geo="Ceredigion"),
            L("more than a quarter", 25, MT, PCT, "population_share_aged_65_and_over", "mid-2025 (residents 65 or older; " + ONS3 + ")", geo="Conwy"),
            L("almost twice", 2, ALM, RATIO, "deaths_to_births_ratio", YR3, geo="Conwy"),
            L("245,100", 245100, E, P, "population", MID25, geo=RCT),
            L("0.5%", 0.5, E, PCT, PCH, YR3, geo=RCT),
            L("roughly 1,230", 1230, AP, P, "population_growth", YR3, geo=RCT),
            L("2,410", 2410, E, P, "births", YR3, geo=RCT),
            L("2,890", 2890, E, P, "deaths", YR3, geo=RCT),
            L("480", -480, E, P, "population_natural_change", YR3[:-1] + "; a natural decrease of)", geo=RCT),
            L("1,270", 1270, E, P, NMI, YR3[:-1] + "; arriving, net, from overseas)", geo=RCT),
            L("440", 440, E, P, "internal_migration_net", YR3[:-1] + "; from the rest of the UK)", geo=RCT),
            L("around a fifth", -20, AP, PCT, "births_change", "year to mid-2025 vs the mid-2010s (below; " + GPO + ")", geo=WAL),
            L("something like 7,000", -7000, AP, P, "population_growth_scenario_zero_net_migration", "per year (if net migration fell to zero; " + GPO + ")", geo=WAL),
        ]),
    "04-the-unvarnished-child-asylum-seekers-age-disputes-foster": dict(
        meta=dict(url="https://www.theunvarnished.example/news/uk/home-news/child-refugees-age-disputes-adult-hotels-foster-b2874410.html",
                  title="Hundreds of lone child refugees placed with adults after officials misjudged their ages, as disputes reach record",
                  publisher="The Unvarnished", author="Priya Castellane-Whitby", published_date="2026-05-09"),
        labels=[
            V("Hundreds", 200, 900, P, ADA, "January to December 2025 (lone child refugees placed with adults; headline)", geo=ENG),
            L("At least 480", 480, AL, P, ADA, "January to December 2025 (last year; sent to adult hotels or detention; " + SP + ")", geo=ENG),
            L("262", 262, E, P, ADA, "January to December 2024 (" + SP + ")", geo=ENG),
            L("nearly doubled", 2, ALM, RATIO, ADA + "_ratio", "2025 vs 2024 (in a single year; " + SP + ")", geo=ENG),
            L("3,140", 3140, E, P, "asylum_age_disputes", Y25H[:-1] + "; a record)"),
            L("almost two-thirds", 200 / 3, ALM, PCT, "asylum_age_disputes_share_of_unaccompanied_claims", Y25H[:-1] + "; age disputes as a share of unaccompanied children's claims)"),
            L("4,870", 4870, E, P, "asylum_applications_unaccompanied_children", Y25H),
            L("14%", 14, E, PCT, "asylum_applications_unaccompanied_children_change", "2025 vs 2024 (rose on the year before; Home Office data)"),
            L("Nine in ten", 90, E, PCT, "asylum_applications_unaccompanied_children_share_boys", Y25H),
            L("41%", 41, E, PCT, "asylum_applications_unaccompanied_children_share_sudan_eritrea", Y25H[:-1] + "; Sudanese and Eritrean children between them)"),
            L("2,210", 2210, E, P, "asylum_age_disputes_resolved", Y25H),
            L("1,190", 1190, E, P, "asylum_age_disputes_found_child", Y25H[:-1] + "; accepted as a child)"),
            L("more than half", 50, MT, PCT, "age_dispute_cases_share_accepted_as_child", Y25H[:-1] + "; of the disputes resolved)"),
            L("1,130", 1130, E, P, UCC, "31 March 2026 (on 31 March)", geo="Kent"),
            L("more than three times", 3, MT, RATIO, UCC + "_ratio", "31 March 2026 (vs its share under the national transfer scheme)", geo="Kent"),
            L("roughly 340", 340, AP, P, "unaccompanied_children_national_transfer_scheme_threshold", "31 March 2026 (what Kent would hold under the national transfer scheme)", geo="Kent"),
            L("7,860", 7860, E, P, UCC, ENDM25 + "unaccompanied asylum-seeking children looked after by councils)", geo=ENG),
            L("close to one in ten", 10, ALM, PCT, "unaccompanied_children_share_of_children_in_care", ENDM25 + "of the whole looked-after population)", geo=ENG),
            L("38%", 38, E, PCT, "unaccompanied_children_in_care_share_foster_placements", ENDM25 + "living with foster families; the date is read from the sentence before)", geo=ENG),
            L("68%", 68, E, PCT, "children_in_care_share_foster_placements", ENDM25 + "looked-after children as a whole; the date is read from the sentence before)", geo=ENG),
            L("almost 7,300", 7300, ALM, HH, "foster_families_shortfall", "May 2026 (England is short of; the Hearthside Fostering Alliance's estimate)", geo=ENG),
            L("£143", 143, E, GBP, "unaccompanied_children_care_funding_per_night", "May 2026 (paid to councils a night for each child)"),
            L("£207", 207, E, GBP, "unaccompanied_children_care_cost_per_night", "May 2026 (the true cost now averages, per night; the " + LGA + ")", geo=ENG),
            L("£64", 64, E, GBP, "unaccompanied_children_care_funding_gap_per_night", "May 2026 (shortfall a night for every child; the " + LGA + ")", geo=ENG),
            L("132", 132, E, P, "unaccompanied_children_missing_from_care", "January to December 2025 (last year)", geo="Kent"),
            L("Twenty-nine", 29, E, P, "unaccompanied_children_missing_from_care_still_missing", "May 2026 (of the 132 who went missing in 2025, still not found)", geo="Kent"),
        ]),
    "05-spalding-sluice-quarterly-immigration-statistics": dict(
        meta=dict(url="https://www.spaldingsluice.example/news/uk-world/asylum-claims-fall-9-work-visas-slump-removals-climb-4819360",
                  title="Asylum claims fall 9% as work visas slump and removals climb",
                  publisher="Spalding Sluice", author="Isla Carrow-Dunne", published_date="2026-11-26"),
        labels=[
            L("9%", -9, E, PCT, AAC, "year to September 2026 vs the year before (claims fall; headline)", occ=0),
            L("101,300", 101300, E, P, "asylum_applications", YE),
            L("9%", -9, E, PCT, AAC, "year to September 2026 vs the year to September 2025 (below; " + HO5 + ")", occ=1),
            L("111,400", 111400, E, P, "asylum_applications", PY[:-1] + "; the record)"),
            L("Around 37%", 37, AP, PCT, "asylum_applications_share_small_boat_arrivals", YE[:-1] + "; claimants who arrived on a small boat)"),
            L("41,300", 41300, E, P, SBA, YE),
            L("6%", 6, E, PCT, SBA + "_change", "year to September 2026 vs the previous 12 months (" + HO5 + ")"),
            L("126,500", 126500, E, P, "asylum_initial_decisions", YE),
            L("39%", 39, E, PCT, GRS, YE[:-1] + "; grants of protection)"),
            L("47%", 47, E, PCT, GRS, PY[:-1] + "; a year earlier)"),
            L("68,900", 68900, E, P, "asylum_backlog", S30[:-1] + "; still awaiting an initial ruling)"),
            L("27%", -27, E, PCT, "asylum_backlog_change", "30 September 2026 vs 30 September 2025 (fewer than twelve months before; " + HO5 + ")"),
            R("between 50,000 and 55,000", 50000, 55000, P, "asylum_backlog_forecast", "by 31 March 2027 (by next March; the queue for a first decision, officials' expectation)"),
            L("25,700", 25700, E, P, HOT, S30),
            L("about 6,400", -6400, AP, P, HOT + "_change", "30 September 2026 vs 30 June 2026 (fewer than at the end of June; " + HO5 + ")"),
            L("98,300", 98300, E, P, "asylum_support_population", S30),
            L("Some 38,900", 38900, AP, P, "returns", YE[:-1] + "; removed or left voluntarily)"),
            L("12%", 12, E, PCT, "returns_change", "year to September 2026 vs the year before (an increase of; " + HO5 + ")"),
            L("10,600", 10600, E, P, "returns_enforced", YE),
            L("a fifth", 20, E, PCT, "returns_enforced_change", "year to September 2026 vs the year before (up by; " + HO5 + ")"),
            L("5,480", 5480, E, P, "returns_foreign_national_offenders", YE[:-1] + "; foreign criminals)"),
            L("874,200", 874200, E, P, "visas_granted", YE[:-1] + "; for work, study and family)"),
            L("11%", -11, E, PCT, "visas_granted_change", "year to September 2026 vs the year before (fewer than; " + HO5 + ")"),
            L("61,900", 61900, E, P, "visas_granted_skilled_worker", YE[:-1] + "; main applicants)"),
            L("34%", -34, E, PCT, "visas_granted_skilled_worker_change", "year to September 2026 vs the year before (a fall of; " + HO5 + ")"),
            L("9,800", 9800, E, P, "visas_granted_health_care_worker", YE),
            L("nearly three-quarters", -75, ALM, PCT, "visas_granted_health_care_worker_change", "year to September 2026 vs the year to September 2025 (down; " + HO5 + ")"),
            L("37,000", 37000, E, P, "visas_granted_health_care_worker", "October 2024 to September 2025 (the year to September 2025; " + HO5 + ")"),
            L("3%", 3, E, PCT, "visas_granted_study_change", "year to September 2026 vs the year before (climbing; " + HO5 + ")"),
            L("412,000", 412000, E, P, "visas_granted_study", YE),
            L("18,600", 18600, E, P, "visas_granted_study_dependants", YE[:-1] + "; just)"),
            L("8%", 8, E, PCT, "visas_granted_family_change", "year to September 2026 vs the year before (rose; " + HO5 + ")"),
            L("61,700", 61700, E, P, "visas_granted_family", YE),
            L("a tenth", -10, E, PCT, AAC, "year to September 2026 vs the year before (down by; " + MIN + ")"),
            L("More than 100,000", 100000, MT, P, "asylum_applications", "October 2025 to September 2026 (again this year; " + SHS5 + ")"),
            L("9%", -9, E, PCT, AAC, "year to September 2026 vs the year before (a fall from an all-time high; " + SHS5 + ")", occ=2),
            L("Four in ten", 40, E, PCT, GRS, "November 2026 (now being granted protection; Tamsin Achterberg, Sanctuary Rights Network)"),
        ]),
    "06-broadcast-nine-uk-france-one-in-one-out-pilot": dict(
        meta=dict(url="https://news.broadcastnine.example/one-in-one-out-fewer-than-one-in-20-channel-migrants-returned-13407718",
                  title="Fewer than one in 20 Channel migrants returned under 'one in, one out' pact as it turns one",
                  publisher="Broadcast Nine", author="Connor Aldridge-Sefton", published_date="2026-08-06"),
        labels=[
            L("Fewer than one in 20", 5, LT, PCT, RSA, Y1 + "; returned; headline)", geo=FR),
            L("2,140", 2140, E, P, "returns", Y1 + "; removed to France)", occ=0, geo=FR),
            L("43,600", 43600, E, P, SBA, Y1 + ")", occ=0),
            L("under 5%", 5, LT, PCT, RSA, Y1 + "; a return rate of)", geo=FR),
            L("1,870", 1870, E, P, LRA, Y1 + "; brought to Britain from France through the legal route)", occ=0),
            L("around 300", 300, AP, P, "returns", "18 September to 25 December 2025 (followed the first man by Christmas)", geo=FR),
            L("41", 41, E, P, RFW, Y1 + "; a week, average over the year)", occ=0, geo=FR),
            L("roughly 50", 50, AP, P, "returns_france_weekly_target", "August 2025 (a week, what ministers were initially said to be aiming for)", geo=FR),
            L("120", 120, E, P, "returns_france_weekly_cap", "from August 2026 (a week, the new ceiling; Broadcast Nine understands)", geo=FR),
            L("more than double", 2, MT, RATIO, "returns_france_weekly_cap_ratio", "from August 2026 (the new ceiling vs the original figure)", geo=FR),
            L("2,140", 2140, E, P, "returns", Y1 + "; returned to France; Key numbers box)", occ=1, geo=FR),
            L("1,870", 1870, E, P, LRA, Y1 + "; admitted from France; Key numbers box)", occ=1),
            L("43.6k", 43600, E, P, SBA, Y1 + "; Key numbers box)"),
            L("41", 41, E, P, RFW, Y1 + "; returns a week on average; Key numbers box)", occ=1, geo=FR),
            L("74", 74, E, P, "returns_france_redetected_crossing", Y1 + "; returned, since detected crossing again)", geo=FR),
            L("58", 58, E, P, "returns_france_returned_again", Y1 + "; sent back to France a second time)", geo=FR),
            L("390", 390, E, P, "returns_france_legal_challenges", Y1 + "; selected for return, brought legal challenges)", geo=FR),
            L("roughly 9%", 9, AP, PCT, "returns_france_legal_challenges_share_succeeded", Y1 + "; of the challenges)", geo=FR),
            L("roughly £11,800", 11800, AP, GBP, "returns_deal_cost_per_return", Y1 + "; each removal, escorts and seats included; officials)", geo=FR),
            L("44%", 44, E, PCT, "returns_france_share_eritrean_afghan", Y1 + "; Eritreans and Afghans among those removed)", geo=FR),
            L("23,950", 23950, E, P, SBA, "1 January to 5 August 2026 (so far this year)"),
            L("6%", 6, E, PCT, SBA + "_change", "1 January to 5 August 2026 vs the same stage of 2025 (up on)"),
            L("612", 612, E, P, SBA, "Monday 3 August 2026 (on Monday alone)"),
            L("11", 11, E, BOATS, SBC, "Monday 3 August 2026 (on Monday alone)"),
            L("more than two decades", 20, MT, YEARS, "returns_france_years_to_match_annual_arrivals", "at the pilot's first-year rate (to send back a single year's arrivals; the shadow home secretary)"),
            R("between 1,800 and 2,500", 1800, 2500, P, "people_waiting_northern_france", "August 2026 (sleeping rough around Dunkirk and Calais while they wait to cross; French officials)", geo=FR),
            L("about a quarter", 25, AP, PCT, "people_waiting_northern_france_share_previously_in_uk", "August 2026 (of those her volunteers met in the camps at Loon-Plage, had been in Britain before; Lucie Vandermeer, Dune Blanche Entraide)", geo=FR),
        ]),
    "07-the-awkward-squad-net-migration-targets-history": dict(
        meta=dict(url="https://www.theawkwardsquad.example/p/the-migration-target-no-government-could-hit",
                  title="The migration target no government could hit",
                  publisher="The Awkward Squad", author="Tobias Wren-Adeyemi", published_date="2026-10-12"),
        labels=[
            V("tens of thousands", 20000, 90000, P, NMT, "a year, from spring 2010 (" + CL + ")"),
            V("hundreds of thousands", 200000, 900000, P, NM, "2010 (the level the pledge was set against; " + CL + ")"),
            L("around 48,000", 48000, AP, P, NM, "1997 (thirteen years earlier)"),
            L("below 100,000", 100000, LT, P, NMT, "a year, from 2010 (a return to something below; the pledge as read by the author)"),
            L("256,000", 256000, E, P, NM, "2010 (the year of the pledge)"),
            L("154,000", 154000, E, P, NM, "October 2011 to September 2012 (the year to September 2012, the lowest under the coalition)"),
            L("more than doubled", 2, MT, RATIO, "net_migration_ratio", "year to June 2015 vs year to September 2012 (within three years)"),
            L("336,000", 336000, E, P, NM, "July 2014 to June 2015 (the year to June 2015)"),
            L("some 184,000", 184000, AP, P, "net_migration_eu", "July 2015 to June 2016 (the year to June 2016, the month of the referendum)"),
            L("906,000", 906000, E, P, NM, YJ23 + "the ONS's current reckoning)"),
            L("some 234,000", 234000, AP, P, "net_migration_revision", YJ23 + "above the first published estimate; ONS)"),
            L("672,000", 672000, E, P, NM, YJ23 + "the ONS's first published estimate)"),
            L("nearly 19 times", 19, ALM, RATIO, "net_migration_ratio", "year to June 2023 vs 1997 (the peak vs the 1997 level)"),
            L("well over 100,000", 100000, MT, P, "visas_granted_health_care_worker_including_dependants", "2023 (the care visa's first full year; main applicants and their families)"),
            L("about 140,000", 140000, AP, P, "visas_granted_study_dependants", "January to December 2023 (in 2023)"),
            L("roughly a third", -THIRD, AP, PCT, "immigration_change", "2025 vs 2023 (immigration fell by, between 2023 and 2025)"),
            L("431,000", 431000, E, P, NM, "January to December 2024 (2024, the ONS's first estimate)"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the twelve months that ended in June 2025)"),
            L("189,000", 189000, E, P, NM, "January to December 2025 (calendar 2025, the latest figure)"),
            L("less than a quarter", 25, LT, PCT, "net_migration_share_of_peak", "2025 vs the year to June 2023 (of the peak)"),
            L("almost double", 2, ALM, RATIO, "net_migration_ratio", "2025 vs the 2010 ceiling of 100,000 (the ceiling set in 2010)"),
            L("Around 640,000", 640000, AP, P, "emigration", "January to December 2025 (left Britain last year)"),
            L("more than five million", 5e6, MT, P, "net_migration_cumulative", "2010 to 2025 (across the 16 years since the pledge; added to the population)"),
            L("62%", 62, E, PCT, "poll_share_immigration_too_high", "summer 2026 (voters who thought it still too high; Halewood Strategies poll)"),
            L("one in eight", 12.5, E, PCT, "poll_share_believe_any_party_can_meet_migration_target", "summer 2026 (believed any party could bring it down to the levels promised; Halewood Strategies poll)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
