#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-forty-fifth hand-labelled hold-out set (holdout145).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, EUR, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, HOT)

UK, ENG, WAL, SCO, NI, FR, EU = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France", "EU"
DAYS, VIEWS, COUNCILS, CALLS = "other:days", "other:views", "other:councils", "other:calls"
P10K, HH, INCIDENTS, LAUNCHES = ("other:persons_per_10000_residents", "other:households", "other:incidents",
                                 "other:launches")
TWO3 = 200 / 3

# 01 (Thursday 1 October 2026; Home Office small boat figures for July to September 2026)
HO1 = "Home Office figures"
Q3 = "1 July to 30 September 2026 (the third quarter of 2026; " + HO1
Q3P = "1 July to 30 September 2025 (the same months last year; " + HO1 + ")"
Q3CH = "1 July to 30 September 2026 vs 1 July to 30 September 2025 ("
SEP16 = "Wednesday 16 September 2026 (the busiest day of the quarter; "
OCC = "small_boat_occupancy"
ES = "small_boat_arrivals_eritrean_sudanese"
BSM = "the border security minister"
COR = "Dr Niamh Corriston, Wyvern Centre for Borders Research"

# 02 (Tuesday 24 March 2026; report to Kent County Council's cabinet)
KENT = "Kent"
KCC = "report to Kent County Council's cabinet"
Y25K = "January to December 2025 (last year; " + KCC + ")"
FY25K = "April 2024 to March 2025 (2024/25; " + KCC
UCA = "unaccompanied_children_arrivals"
UCC = "council_unaccompanied_children_cost"
AYL = "Cllr Philippa Aylmer-Fry, cabinet member, Kent County Council"

# 03 (Monday 13 July 2026; Home Office annual report and accounts for 2025/26, published the week before)
ACC = "Home Office annual accounts, published the week of 6 July 2026"
FY26 = "April 2025 to March 2026 (the 12 months to March, 2025/26; " + ACC
M26 = "31 March 2026 (the last day of March; " + ACC + ")"
HCN = "asylum_hotel_cost_per_person_night"
AACC = "asylum_accommodation_contracts_cost"
LIFE3 = "2019 to 2029 (the contracts' ten-year life, forecast total; " + ACC
PROF = "asylum_accommodation_providers_profits"
MAL = "Sir Geoffrey Mallender, Conservative member of the public accounts committee"

# 04 (Wednesday 3 June 2026; ONS provisional estimates published Thursday 28 May 2026; claim of Sunday 31 May)
ONS4 = "ONS provisional estimates published Thursday 28 May 2026"
Y25 = "January to December 2025 (the 12 months to December 2025, provisional; " + ONS4
Y24 = "January to December 2024 (as revised; " + ONS4
CH4 = "January to December 2025 vs January to December 2024 ("
CLAIM4 = "the business secretary's claim on television, Sunday 31 May 2026"
NMC = "net_migration_change"

# 05 (Friday 28 August 2026; Home Office figures for 30 June 2026)
HO5 = "Home Office figures"
J26 = "30 June 2026 (the end of June; " + HO5
J25 = "30 June 2025 (a year earlier; " + HO5 + ")"
ADP = "asylum_dispersal_population"
CSN = "Cardiff, Swansea and Newport"
SH3 = "asylum_dispersal_population_share_cardiff_swansea_newport"
PRO = "Cllr Dafydd Prothero, Cardiff Council cabinet member for housing"
SCN = "Sanctuary Cymru Network"

# 06 (Monday 26 October 2026; Channel deaths and rescues)
IOM = "International Organization for Migration"
SUN = "Sunday 25 October 2026 (overnight, off Wimereux; French authorities"
YTD6 = "1 January to 26 October 2026 (since January / this year; " + IOM
SBD = "small_boat_deaths"
PREF = "French maritime prefecture figures"
SHW = "Leona Dufresne-Ward, Shorewatch Collective"

# 07 (Wednesday 22 July 2026; PA copy on the ONS mid-2025 population estimates)
ONS7 = "ONS mid-year population estimates"
YM25 = "mid-2024 to mid-2025 (the year ending 30 June 2025; " + ONS7 + ")"
YM24 = "mid-2023 to mid-2024 (the previous year; " + ONS7 + ")"
MID25 = "mid-2025 (30 June 2025; " + ONS7 + ")"
PG, PC, POP, PNC = "population_growth", "population_change", "population", "population_natural_change"

ARTICLES = {
    "01-relaycast-small-boats-quarter-nationalities": dict(
        meta=dict(url="https://www.relaycast.example/news/articles/c4e81k2v9npo",
                  title="Channel crossings: Eritreans and Sudanese make up half of record quarter's arrivals",
                  publisher="Relaycast", author="Tamsin Egerton-Vale", published_date="2026-10-01"),
        labels=[
            L("half", 50, E, PCT, "small_boat_arrivals_share_eritrean_sudanese", Q3 + "; headline)", ctx="make up half of"),
            L("more than 1,000", 1000, MT, P, SBA, SEP16 + "brought ashore at Dover by Border Force crews; caption)", geo="Dover"),
            L("14,630", 14630, E, P, SBA, Q3 + ")"),
            L("23%", 23, E, PCT, SBA + "_change", Q3CH + "up on the same months last year; " + HO1 + ")"),
            L("11,940", 11940, E, P, SBA, Q3P),
            L("Just under half", 50, ALM, PCT, "small_boat_arrivals_share_eritrean_sudanese", Q3 + ")"),
            L("7,260", 7260, E, P, ES, Q3 + "; Eritrean or Sudanese nationals)"),
            L("262", 262, E, BOATS, SBC, Q3 + ")"),
            L("about 56", 56, AP, PPB, OCC, Q3 + "; people in each boat)"),
            L("49", 49, E, PPB, OCC, Q3P, ctx="with 49 a boat"),
            L("1,064", 1064, E, P, SBA, SEP16 + HO1 + ")"),
            L("17", 17, E, BOATS, SBC, SEP16 + HO1 + ")", ctx="in 17 boats"),
            L("3,910", 3910, E, P, "small_boat_arrivals_eritrean", Q3 + ")"),
            L("about 27%", 27, AP, PCT, "small_boat_arrivals_share_eritrean", Q3 + ")"),
            L("3,350", 3350, E, P, "small_boat_arrivals_sudanese", Q3 + ")"),
            L("Some 1,720", 1720, AP, P, "small_boat_arrivals_afghan", Q3 + ")"),
            L("a third", -THIRD, E, PCT, "small_boat_arrivals_afghan_change", Q3CH + "down on the same period of 2025; " + HO1 + ")"),
            L("860", 860, E, P, "small_boat_arrivals_vietnamese", Q3 + ")"),
            L("nearly four times", 4, ALM, RATIO, "small_boat_arrivals_vietnamese_ratio", Q3CH + "as many as a year earlier; " + HO1 + ")"),
            L("1,140", 1140, E, P, "small_boat_arrivals_iranian", Q3 + ")"),
            L("750", 750, E, P, "small_boat_arrivals_syrian", Q3 + ")"),
            L("roughly seven in ten", 70, AP, PCT, "small_boat_arrivals_share_adult_men", Q3 + ")"),
            L("One in five", 20, E, PCT, "small_boat_arrivals_share_children", Q3 + ")"),
            L("1,880", 1880, E, P, "small_boat_arrivals_unaccompanied_children", Q3 + "; children travelling without a parent or guardian)"),
            L("2,930", 2930, E, P, "small_boat_arrivals_children", Q3 + ")"),
            L("about 64%", 64, AP, PCT, "small_boat_arrivals_children_share_unaccompanied", Q3 + ")"),
            L("33,180", 33180, E, P, SBA, "1 January to 30 September 2026 (so far this year, the running total; " + HO1 + ")"),
            L("12%", 12, E, PCT, SBA + "_change", "1 January to 30 September 2026 vs the same stage of 2025 (" + HO1 + ")"),
            L("96%", 96, E, PCT, "small_boat_arrivals_share_claimed_asylum", "July 2025 to June 2026 (the year ending June; the Home Office)"),
            L("2,410", 2410, E, P, "returns", "September 2025 to 1 October 2026 (flown back to France under the returns agreement since the first removals last September)", geo=FR),
            L("2,180", 2180, E, P, "uk_france_legal_route_arrivals", "September 2025 to 1 October 2026 (admitted to the UK in exchange under the returns agreement)"),
            L("more than 48,000", 48000, MT, P, "returns", "July 2024 to October 2026 (removed or returned since July 2024; " + BSM + ")"),
            L("nearly 100,000", 100000, ALM, P, SBA, "5 July 2024 to 30 September 2026 (crossed since the election; the shadow home secretary)"),
            L("Roughly three-quarters", 75, AP, PCT, "asylum_initial_decisions_eritrean_sudanese_share_granted", "2026 (now; Eritrean and Sudanese claims granted at the first decision; " + COR + ")"),
            L("Fewer than one in five", 20, LT, PCT, "asylum_initial_decisions_vietnamese_share_granted", "2026 (now; Vietnamese claims that succeed; " + COR + ")"),
        ]),
    "02-dover-shingle-unaccompanied-children-kent-care-costs": dict(
        meta=dict(url="https://www.dovershingle.example/news/dover/lone-children-arriving-at-dover-climb-by-a-fifth-care-bill-gap-14-7m-a118604",
                  title="Lone children arriving at Dover climb by a fifth as county's care bill gap hits £14.7m",
                  publisher="Dover Shingle", author="Harriet Pennock-Shaw", published_date="2026-03-24"),
        labels=[
            L("a fifth", 20, E, PCT, UCA + "_change", "2025 vs 2024 (lone children arriving at Dover, climb by; " + KCC + "; headline)", ctx="climb by a fifth", geo=KENT),
            L("£14.7m", 14700000, E, GBP, UCC + "_shortfall", FY25K + "; the care bill gap; headline)", occ=0, geo=KENT),
            L("£143", 143, E, GBP, "home_office_funding_uasc_per_night", "March 2026, per night (per child, received from the Home Office; Kent County Council; standfirst)", occ=0, geo=KENT),
            L("closer to £200", 200, AP, GBP, "unaccompanied_children_care_cost_per_night", "March 2026, per night (the real cost; Kent County Council; standfirst)", geo=KENT),
            L("Some 2,310", 2310, AP, P, UCA + "_small_boat", "January to December 2025 (last year, reached Kent by small boat; caption)", geo=KENT),
            L("a fifth", 20, E, PCT, UCA + "_change", "2025 vs 2024 (lone asylum-seeking children landing at Dover rose by, last year; " + KCC + ")", ctx="rose by a fifth", geo=KENT),
            L("2,640", 2640, E, P, UCA, Y25K[:-1] + "; came into the county's care)", geo=KENT),
            L("2,200", 2200, E, P, UCA, "January to December 2024 (" + KCC + ")", geo=KENT),
            L("Seven in eight", 87.5, E, PCT, UCA + "_share_small_boat", Y25K[:-1] + "; came over in dinghies)", geo=KENT),
            L("£61.2m", 61200000, E, GBP, UCC, FY25K + "; unaccompanied children and care leavers who arrived as lone children)", geo=KENT),
            L("£46.5m", 46500000, E, GBP, UCC[:-5] + "_grant", FY25K + "; government grants)", geo=KENT),
            L("roughly three-quarters", 75, AP, PCT, "unaccompanied_children_cost_share_funded", FY25K + "; share covered by government grants)", geo=KENT),
            L("£14.7m", 14700000, E, GBP, UCC + "_shortfall", FY25K + "; the gap found from the council's own budget)", occ=1, geo=KENT),
            L("£143", 143, E, GBP, "home_office_funding_uasc_per_night", "March 2026, per night (the government's rate per child)", occ=1),
            L("£197", 197, E, GBP, "unaccompanied_children_care_cost_per_night", "March 2026, per night (Kent's average cost of a placement; " + KCC + ")", geo=KENT),
            L("about 340", 340, AP, P, "unaccompanied_children_national_transfer_scheme_threshold", "March 2026 (0.1% of Kent's child population under the National Transfer Scheme)", geo=KENT),
            L("512", 512, E, P, "unaccompanied_children_in_care", "end of February 2026 (Kent was caring for; " + KCC + ")", geo=KENT),
            L("more than 170", 170, MT, P, "unaccompanied_children_in_care_above_nts_threshold", "end of February 2026 (above the National Transfer Scheme level; " + KCC + ")", geo=KENT),
            L("Some 2,030", 2030, AP, P, "unaccompanied_children_transferred", Y25K[:-1] + "; moved on to councils elsewhere in England)", geo=KENT),
            L("about 77%", 77, AP, PCT, "unaccompanied_children_share_transferred", Y25K[:-1] + "; of those who arrived)", geo=KENT),
            L("13", 13, E, DAYS, "unaccompanied_children_transfer_time_average", "2025 (average stay in the reception centres before being moved; " + KCC + ")", ctx="an average of 13 days", geo=KENT),
            L("150", 150, E, P, "unaccompanied_children_reception_capacity", "March 2026 (beds in the council's two reception centres near Dover and Ashford)", ctx="have 150 beds", geo=KENT),
            L("nearly £15m", 15000000, ALM, GBP, UCC + "_shortfall", "April 2024 to March 2025 (in the last year; " + AYL + ")", geo=KENT),
            L("410", 410, E, P, "age_assessments_completed", Y25K[:-1] + "; age assessments completed; " + AYL + ")", geo=KENT),
            L("38%", 38, E, PCT, "age_assessments_share_found_adult", Y25K[:-1] + "; found the person was an adult; " + AYL + ")", geo=KENT),
            L("14", 14, E, P, "unaccompanied_children_missing_from_care", Y25K, ctx="shows 14 unaccompanied", geo=KENT),
            L("Nine", 9, E, P, "unaccompanied_children_missing_from_care_still_missing", "31 December 2025 (not found by the end of the year; " + KCC + ")", ctx="Nine had not been found", geo=KENT),
            L("c. 1,600", 1600, AP, P, "unaccompanied_children_care_leavers", "March 2026 (care leavers who came to Kent as lone children, now aged 18 to 25; " + KCC + ")", geo=KENT),
        ]),
    "03-the-castellan-asylum-accommodation-contracts-cost-per-night": dict(
        meta=dict(url="https://www.thecastellan.example/politics/2026/07/13/asylum-hotels-cost-taxpayer-145-a-night-every-migrant/",
                  title="Asylum hotels cost taxpayer £145 a night for every migrant",
                  publisher="The Castellan", author="Lucian Farraday-Holt", published_date="2026-07-13"),
        labels=[
            L("£145", 145, E, GBP, HCN, FY26 + "; per person per night; headline)", occ=0),
            L("£16.4bn", 16400000000, E, GBP, AACC, LIFE3 + "; standfirst)", occ=0),
            L("more than three times", 3, MT, RATIO, AACC + "_ratio", "2019 to 2029 (the forecast total against the original estimate; standfirst)"),
            L("£380m", 380000000, MT, GBP, PROF, "2019 to July 2026 (providers' profits pass; standfirst)", occ=0),
            L("£145", 145, E, GBP, HCN, FY26 + "; per night, each asylum seeker placed in a hotel)", occ=1),
            L("almost twice", 2, ALM, RATIO, HCN + "_to_room_rate_ratio", "2025/26 (against a mid-range room in many seaside towns)"),
            L("£145", 145, E, GBP, HCN, FY26 + "; average cost of a hotel place, per person per night)", occ=2),
            L("£139", 139, E, GBP, HCN, "April 2024 to March 2025 (2024/25; " + ACC + ")"),
            L("about £52,900", 52900, AP, GBP, "asylum_hotel_cost_per_person_year", FY26 + "; per year, the bill per hotel resident)"),
            L("£27", 27, E, GBP, "asylum_dispersal_cost_per_person_night", FY26 + "; per night, average)"),
            L("more than five times", 5, MT, RATIO, HCN + "_ratio", "2025/26 (a hotel place against dispersal accommodation)"),
            L("about £4.5bn", 4500000000, AP, GBP, AACC + "_original_forecast", "2019 to 2029 (expected over ten years when the contracts were agreed in 2019)"),
            L("£16.4bn", 16400000000, E, GBP, AACC, LIFE3 + "; by the time they end in 2029)", occ=1),
            L("£3.07bn", 3070000000, E, GBP, AACC, FY26 + "; spending under the contracts, a record)"),
            L("£1.72bn", 1720000000, E, GBP, "asylum_cost_hotels", FY26 + ")"),
            L("56%", 56, E, PCT, "asylum_accommodation_cost_share_hotels", FY26 + "; hotels' share of spending under the contracts)"),
            L("fewer than a third", THIRD, LT, PCT, "asylum_support_share_hotels", M26[:-1] + "; those in asylum accommodation sheltered in hotels)"),
            L("103,900", 103900, E, P, "asylum_support_population", M26[:-1] + "; housed by the department)"),
            L("31,200", 31200, E, P, HOT, M26),
            L("more than 56,000", 56000, MT, P, HOT, "autumn 2023 (the peak)"),
            L("402", 402, E, HOTELS, "asylum_hotels_in_use", "autumn 2023 (the peak)"),
            L("Some 198", 198, AP, HOTELS, "asylum_hotels_in_use", "March 2026 (remained on the books)"),
            L("more than £380m", 380000000, MT, GBP, PROF, "2019 to July 2026 (combined profits of the three providers since 2019; their filed accounts)"),
            L("£52m", 52000000, E, GBP, "asylum_accommodation_contracts_profit_clawback", "2019 to July 2026 (handed back so far under the profit-sharing clause)"),
            L("close to £5m", 5000000, AP, GBP, "asylum_cost_hotels", "2025/26, per day (spending on hotels; " + MAL + ")"),
            L("around 9%", -9, AP, PCT, HCN + "_change", "2023 to 2025/26 (fallen in real terms since 2023; ministers)"),
            L("31", 31, E, HOTELS, "asylum_hotels_closed", "July 2025 to July 2026 (closed in the past year; ministers)", ctx="that 31 hotels"),
            L("£715m", 715000000, E, GBP, "rwanda_scheme_cost", "April 2022 to July 2024 (cost before it was abandoned in July 2024)"),
            L("14%", -14, E, PCT, HOT + "_change", "July 2026 vs July 2025 (down on a year ago; a Home Office spokesman)"),
            L("£112", 112, E, GBP, "large_site_cost_per_person_night", "April 2025 to March 2026 (last year; a large site in Essex; " + ACC + ")", geo="Essex"),
        ]),
    "04-clearsight-net-migration-halved-claim": dict(
        meta=dict(url="https://clearsight.example/fact-check/migration/has-net-migration-really-halved/",
                  title="Has net migration really halved?",
                  publisher="Clearsight", author="Oluwaseun Brackley", published_date="2026-06-03"),
        labels=[
            L("halved", -50, E, PCT, NMC, CH4 + "the claim, asked in the headline; " + CLAIM4 + ")", occ=0),
            L("halved", -50, E, PCT, NMC, CH4 + "in a single year; the claim box; " + CLAIM4 + ")", occ=1),
            L("more than halving", -50, MT, PCT, NMC, CH4 + "on the ONS's provisional figures; verdict box)"),
            L("467,000", 467000, E, P, NM, Y24 + "; verdict box)", occ=0),
            L("214,000", 214000, E, P, NM, Y25 + "; verdict box)", occ=0),
            L("halved", -50, E, PCT, NMC, CH4 + "in a single year; " + CLAIM4 + ", reported)", occ=2),
            L("more than 1.2m", 1200000, MT, VIEWS, "social_media_post_views", "31 May to 3 June 2026 (a clip of the interview, watched on X since Sunday)"),
            L("214,000", 214000, E, P, NM, Y25 + ")", occ=1),
            L("467,000", 467000, E, P, NM, Y24 + ")", occ=1),
            L("253,000", -253000, E, P, NMC, CH4 + "a fall of; " + ONS4 + ")"),
            L("54%", -54, E, PCT, NMC, CH4 + ONS4 + ")"),
            L("more than halve", -50, MT, PCT, NMC, CH4 + "on these numbers; " + ONS4 + ")"),
            L("840,000", 840000, E, P, "immigration", Y25 + ")"),
            L("17%", -17, E, PCT, "immigration_change", CH4 + "down; " + ONS4 + ")"),
            L("1,016,000", 1016000, E, P, "immigration", Y24 + "; the previous year)"),
            L("14%", 14, E, PCT, "emigration_change", CH4 + "rose; " + ONS4 + ")"),
            L("549,000", 549000, E, P, "emigration", Y24 + ")"),
            L("626,000", 626000, E, P, "emigration", Y25 + ")"),
            L("Roughly 70%", 70, AP, PCT, "net_migration_share_of_fall_from_immigration", CH4 + "of the fall that came from fewer people arriving; " + ONS4 + ")"),
            L("151,000", 151000, E, P, "immigration_work_non_eu", Y25 + "; non-EU nationals coming to work)"),
            L("fewer than 40,000", 40000, LT, P, "immigration_work_dependants_non_eu", Y25 + "; came as dependants of workers)"),
            R("148,000 to 280,000", 148000, 280000, P, NM, Y25 + "; the ONS's own range)"),
            L("431,000", 431000, E, P, NM, "January to December 2024 (first published figure, May 2025; ONS)"),
            L("36,000", 36000, E, P, "net_migration_revision", "January to December 2024 (revised up by, since May 2025; " + ONS4 + ")"),
            L("52,000", 52000, E, P, "net_migration_revision", "January to December 2023 (now higher than the figure first published; " + ONS4 + ")"),
            L("around 266,000", 266000, AP, P, "net_migration_hypothetical_revised", "January to December 2025 (if revised up by a similar amount; Clearsight's illustration)"),
            L("43%", -43, E, PCT, "net_migration_hypothetical_revised_change", CH4 + "still below 2024 if revised up by a similar amount; Clearsight's illustration)"),
            L("93,000", 93000, E, P, NM, "January to December 2020 (COVID-19 restrictions; the ONS's current series)"),
            L("well under half", 50, LT, PCT, "net_migration_share_of_2025_estimate", "January to December 2020 against January to December 2025 (the ONS's current series)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the high-water mark, the twelve months ending with June 2023; ONS)"),
            L("76%", -76, E, PCT, NMC, "July 2022 to June 2023 vs January to December 2025 (lower than the high-water mark; ONS)"),
            L("about three-quarters", -75, AP, PCT, NMC, "July 2022 to June 2023 vs January to December 2025 (a drop of; ONS)"),
            L("694,000", 694000, E, P, NM, "July 2023 to June 2024 (the year to June 2024, the final 12 months under the previous government; ONS)"),
            L("more than two-thirds", -TWO3, MT, PCT, NMC, "July 2023 to June 2024 vs January to December 2025 (the fall since the year before the government took office on 5 July 2024; ONS)"),
            L("more than half", -50, MT, PCT, NMC, CH4 + "the fall between 2024 and 2025; a spokesperson for the Department for Business and Trade)"),
        ]),
    "05-the-coracle-asylum-dispersal-welsh-councils": dict(
        meta=dict(url="https://www.thecoracle.example/news/wales-news/asylum-seekers-wales-three-councils-dispersal-31847726",
                  title="Nearly nine in ten asylum seekers sent to Wales housed by just three councils",
                  publisher="The Coracle", author="Bethan Llewellyn-Ashby", published_date="2026-08-28"),
        labels=[
            L("Nearly nine in ten", 90, ALM, PCT, SH3, J26 + "; of the asylum seekers sent to Wales; headline)", geo=CSN),
            L("Nine", 9, E, COUNCILS, "councils_without_asylum_dispersal", J26 + "; of Wales' 22 local authorities, nobody in dispersal housing; standfirst)", ctx="Nine of Wales", geo=WAL),
            L("almost nine in ten", 90, ALM, PCT, SH3, J26 + "; of the asylum seekers placed in Wales)", geo=CSN),
            L("nine", 9, E, COUNCILS, "councils_without_asylum_dispersal", J26 + "; councils housing none)", ctx="while nine councils", geo=WAL),
            L("3,180", 3180, E, P, ADP, J26 + ")", geo=WAL),
            L("15%", 15, E, PCT, ADP + "_change", "30 June 2026 vs 30 June 2025 (more than a year earlier; " + HO5 + ")", geo=WAL),
            L("2,760", 2760, E, P, ADP, J25, geo=WAL),
            L("1,390", 1390, E, P, ADP, J26 + ")", geo="Cardiff"),
            L("860", 860, E, P, ADP, J26 + ")", geo="Swansea"),
            L("600", 600, E, P, ADP, J26 + ")", ctx="Newport 600", geo="Newport"),
            L("2,850", 2850, E, P, ADP, J26 + "; Cardiff, Swansea and Newport together)", geo=CSN),
            L("90%", 90, E, PCT, SH3, J26 + "; of the Welsh total)", geo=CSN),
            L("210", 210, E, P, ADP, J26 + ")", geo="Wrexham"),
            L("120", 120, E, P, ADP + "_other_councils", J26 + "; the remaining people, spread across nine authorities)", ctx="The remaining 120", geo=WAL),
            L("nine", 9, E, COUNCILS, "councils_hosting_remaining_asylum_dispersal", J26 + "; authorities the remaining 120 were spread across)", ctx="across nine authorities", geo=WAL),
            L("nine", 9, E, COUNCILS, "councils_without_asylum_dispersal", J26 + "; councils that had none)", ctx="and nine councils had none", geo=WAL),
            R("between 34 and 37", 34, 37, P10K, ADP + "_per_10000_residents", J26 + "; each of Cardiff, Swansea and Newport)", geo=CSN),
            L("about 10", 10, AP, P10K, ADP + "_per_10000_residents", J26 + "; Wales as a whole)", geo=WAL),
            L("4.3%", 4.3, E, PCT, "asylum_dispersal_population_share_wales", J26 + "; Wales' share of the UK's people in dispersal accommodation)", geo=WAL),
            L("73,900", 73900, E, P, ADP, J26 + ")"),
            L("4.6%", 4.6, E, PCT, "population_share_wales_of_uk", "2026 (now; Wales' share of the UK population)", geo=WAL),
            L("290", 290, E, P, HOT, J26 + ")", geo=WAL),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", J26 + ")", ctx="in two hotels", geo=WAL),
            L("640", 640, E, P, HOT, "30 June 2025 (twelve months earlier; " + HO5 + ")", geo=WAL),
            L("five", 5, E, HOTELS, "asylum_hotels_in_use", "30 June 2025 (twelve months earlier; " + HO5 + ")", ctx="over five hotels", geo=WAL),
            L("more than 8,000", 8000, MT, HH, "housing_waiting_list_households", "August 2026 (now; " + PRO + ")", geo="Cardiff"),
            L("over 2,100", 2100, MT, HH, "temporary_accommodation_households", "August 2026 (now; " + PRO + ")", geo="Cardiff"),
            L("£4.2m", 4200000, E, GBP, "welsh_government_sanctuary_funding", "April 2026 to March 2027 (this year; Nation of Sanctuary funding for councils and charities)", geo=WAL),
            L("about £1.3m", 1300000, AP, GBP, "welsh_government_sanctuary_funding_change", "2026/27 vs 2025/26 (more than in 2025/26)", geo=WAL),
            L("£3,500", 3500, E, GBP, "council_asylum_grant_per_dispersal_bed", "August 2026 (offered to councils for each new bed; the Home Office)"),
            L("11.4k", 11400, E, CALLS, "charity_advice_line_calls", "July 2025 to June 2026 (the year ending June; " + SCN + ")", geo=WAL),
            L("almost double", 2, ALM, RATIO, "charity_advice_line_calls_ratio", "July 2025 to June 2026 vs the previous year (" + SCN + ")", geo=WAL),
        ]),
    "06-the-plainspeaker-channel-deaths-rescues": dict(
        meta=dict(url="https://www.theplainspeaker.example/news/uk/home-news/channel-deaths-wimereux-dinghy-2026-toll-b2871046.html",
                  title="Four dead after dinghy sinks near Wimereux, pushing 2026's Channel toll above 70",
                  publisher="The Plainspeaker", author="Aurelia Mbatha-Croft", published_date="2026-10-26"),
        labels=[
            L("Four", 4, E, P, SBD, SUN + "; headline)", ctx="Four dead", geo=FR),
            L("above 70", 70, MT, P, SBD, YTD6 + "; 2026's Channel toll; headline)", occ=0),
            L("more than 3,100", 3100, MT, P, "small_boat_rescues", "1 January to October 2026 (pulled from the water by French rescuers alone; " + PREF + "; standfirst)", occ=0, geo=FR),
            L("At least four", 4, AL, P, SBD, SUN + ")", geo=FR),
            L("above 70", 70, MT, P, SBD, YTD6 + "; this year's Channel death toll)", occ=1),
            L("61", 61, E, P, "small_boat_rescues", SUN + "; rescued by a French navy patrol ship and two lifeboats)", geo=FR),
            L("six", 6, E, P, "small_boat_survivors_hospitalised", SUN + "; hospital treatment in Boulogne for hypothermia)", ctx="and six needed", geo=FR),
            L("at least 71", 71, AL, P, SBD, YTD6 + ")"),
            L("44", 44, E, P, SBD, "January to December 2025 (the whole of 2025; " + IOM + ")"),
            L("at least 78", 78, AL, P, SBD, "January to December 2024 (the deadliest year so far)"),
            L("Eleven", 11, E, P, SBD + "_children", YTD6 + ")"),
            L("71", 71, E, P, SBD, YTD6 + "; Eleven of the 71)", ctx="Eleven of the 71"),
            L("about one in six", 100 / 6, AP, PCT, SBD + "_share_children", YTD6 + ")"),
            L("At least 19", 19, AL, P, SBD + "_crushed_or_suffocated", YTD6 + "; thought to have been crushed or suffocated inside overcrowded boats)"),
            L("27", 27, E, P, SBD, "Wednesday 24 November 2021 (the worst single disaster in the Channel)"),
            L("more than 3,100", 3100, MT, P, "small_boat_rescues", "1 January to October 2026 (so far in 2026, brought to safety in French waters; " + PREF + ")", occ=1, geo=FR),
            L("2,460", 2460, E, P, "small_boat_rescues", "1 January to October 2025 (the same period last year; " + PREF + ")", geo=FR),
            L("1,046", 1046, E, INCIDENTS, "coastguard_small_boat_incidents", "January to December 2025 (co-ordinated by HM Coastguard)"),
            L("212", 212, E, LAUNCHES, "rnli_lifeboat_launches", "January to December 2025 (RNLI lifeboats sent out to help people in dinghies)"),
            L("57", 57, E, PPB, "small_boat_occupancy", "1 January to October 2026 (this year, average people per dinghy)", ctx="held 57 people"),
            L("about 41", 41, AP, PPB, "small_boat_occupancy", "January to December 2022 (average people per boat)"),
            L("70 or more", 70, AL, PPB, "small_boat_occupancy_large_inflatables", "October 2026 (now; smugglers commonly load onto inflatables)"),
            L("up to €1,500", 1500, AM, EUR, "smuggling_fee_per_person", "October 2026 (paid each for a place, survivors told; " + SHW + ")", geo=FR),
            L("£476m", 476000000, E, GBP, "uk_funding_to_france", "March 2023 to 2026 (over three years under the agreement of March 2023)"),
            L("more than 300", 300, MT, P, "smugglers_prosecuted", "July 2024 to October 2026 (smugglers and boat pilots prosecuted since July 2024; a Home Office spokesperson)"),
            L("162,000", 162000, E, P, "irregular_arrivals", "January to September 2026 (irregular crossings recorded by Frontex)", geo=EU),
            L("more than 2,200", 2200, MT, P, "migrant_deaths_mediterranean", "January to September 2026 (recorded by the IOM)", geo="Mediterranean"),
        ]),
    "07-tyneside-keelman-ons-population-four-nations": dict(
        meta=dict(url="https://www.tynesidekeelman.example/news/uk-news/uk-population-growth-slows-511000-migration-falls-29310457",
                  title="UK population growth slows to 511,000 as migration falls",
                  publisher="Tyneside Keelman", author="Callum Rutherglen-Ives", published_date="2026-07-22"),
        labels=[
            L("511,000", 511000, E, P, PG, YM25[:-1] + "; headline)", occ=0),
            L("511,000", 511000, E, P, PG, YM25, occ=1),
            L("69.8 million", 69800000, E, P, POP, MID25),
            L("0.7%", 0.7, E, PCT, PC, YM25),
            L("738,000", 738000, E, P, PG, YM24),
            L("1.1%", 1.1, E, PCT, PC, YM24),
            L("489,000", 489000, E, P, NM, YM25[:-1] + "; net international migration)"),
            L("96%", 96, E, PCT, "net_migration_share_of_population_growth", YM25),
            L("672,000", 672000, E, P, "births", YM25),
            L("650,000", 650000, E, P, "deaths", YM25),
            L("22,000", 22000, E, P, PNC, YM25[:-1] + "; a natural increase of just)"),
            L("118,000", 118000, E, P, "population_revision", "mid-2024 (revised up by; " + ONS7 + ")"),
            L("69,275,000", 69275000, E, P, POP, "mid-2024 (as revised; " + ONS7 + ")"),
            L("450,000", 450000, E, P, PG, YM25, geo=ENG),
            L("59.07 million", 59070000, E, P, POP, MID25, geo=ENG),
            L("0.8%", 0.8, E, PCT, PC, YM25[:-1] + "; the fastest of the four nations)", geo=ENG),
            L("almost 1.2m", 1200000, ALM, P, PG, "mid-2023 to mid-2025 (in two years; " + ONS7 + ")", geo=ENG),
            L("32,000", 32000, E, P, PG, YM25, geo=SCO),
            L("0.6%", 0.6, E, PCT, PC, YM25, geo=SCO),
            L("5,578,000", 5578000, E, P, POP, MID25, geo=SCO),
            L("12,000", 12000, E, P, PG, YM25, geo=NI),
            L("1,934,000", 1934000, E, P, POP, MID25, geo=NI),
            L("17,000", 17000, E, P, PG, YM25, geo=WAL),
            L("0.5%", 0.5, E, PCT, PC, YM25, geo=WAL),
            L("3,204,000", 3204000, E, P, POP, MID25, geo=WAL),
            L("62,274,000", 62274000, E, P, POP, MID25, geo="England and Wales"),
            L("about 96,000", 96000, AP, P, PG, "21 March 2021 (the 2021 census) to mid-2025 (higher than at the census; " + ONS7 + ")", geo=WAL),
            L("6,200", -6200, E, P, PNC, YM25[:-1] + "; deaths outnumbered births by)", geo=WAL),
            L("13,900", -13900, E, P, PNC, YM25[:-1] + "; deaths outnumbered births by)", geo=SCO),
            L("34,600", 34600, E, P, NM, YM25[:-1] + "; gained from overseas)", geo=SCO),
            L("11,300", 11300, E, P, "internal_migration_net", YM25[:-1] + "; a net gain from the rest of the UK)", geo=SCO),
            L("14,200", 14200, E, P, PG, YM25, geo="North East"),
            L("2.73 million", 2730000, E, P, POP, MID25, geo="North East"),
            L("13.6 million", 13600000, E, P, "population_aged_65_and_over", MID25[:-1] + "; a record)"),
            L("almost one in five", 20, ALM, PCT, "population_share_aged_65_and_over", MID25),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
