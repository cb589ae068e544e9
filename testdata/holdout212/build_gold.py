#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the two-hundred-and-twelfth hand-labelled hold-out set (holdout212).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, AC, HOT, PTR, RSC, RSP)

UK, GB, SCO, FR = "UK", "Great Britain", "Scotland", "France"
EUR, CASES, HH = "other:EUR", "other:cases", "other:households"
FIRMS, NIGHTS, SHARES, SITES = "other:companies", "other:nights", "other:shares", "other:sites"
ESX, DBY, GLA, LEI = "Essex", "Derbyshire", "Glasgow", "Leicestershire"
ASP, DISP, HIU = "asylum_support_population", "asylum_dispersal_population", "asylum_hotels_in_use"
ACH, HPN = "asylum_cost_hotels", "asylum_hotel_cost_per_person_night"
DPN, LSN = "asylum_dispersal_cost_per_person_night", "large_site_cost_per_person_night"
RV = "rwanda_relocations_voluntary"
PROF, XREC = "asylum_accommodation_providers_profits", "asylum_accommodation_excess_profit_recovered"
PRIME = "asylum_accommodation_prime_contractors"
CTRF = "asylum_accommodation_contracts_cost_forecast"
HSH = "asylum_accommodation_cost_share_hotels"
TAC = "council_refugee_temporary_accommodation_cost"
HAR = "homelessness_applications_refugees"
IDR, ODA, GNI = "aid_in_donor_refugee_costs", "overseas_aid_total", "overseas_aid_share_gni"

# 01 (Tuesday 22 October 2024; fact check; "Thursday" is 17 October 2024, "Sunday" 20 October 2024,
#     "22 July" 22 July 2024, "the end of June" 30 June 2024, "In March" March 2024)
MEDP = "April 2022 to July 2024 (from its launch in April 2022 until cancelled in July"
ACC = "; the Home Office accounts for 2023-24, laid on Thursday 17 October 2024)"
CL1 = "; claim by the Home Secretary to MPs on 22 July 2024)"
NAO1 = "; the National Audit Office, March 2024)"
BOX1 = "; The figures box)"
LOSS = "April 2023 to March 2024 (recorded in the accounts for 2023-24"

# 02 (Monday 10 March 2025; Guardian-style investigation; "last year" is 2024)
Y3 = "April 2021 to March 2024"
BW = "; The Backwater's analysis of company filings)"
INV = "; invoices obtained by The Backwater)"

# 03 (Friday 16 May 2025; PA copy; NAO report published on Friday 16 May 2025; "last year" is 2024-25,
#     "the end of March this year" 31 March 2025)
NAO3 = "; the NAO report of Friday 16 May 2025)"
FY2425 = "April 2024 to March 2025 (2024-25"
BOX3 = "; Asylum housing in numbers box)"

# 04 (Thursday 9 October 2025; Economist-style; "last year" is 2024-25, "the end of March" 31 March 2025)
NAO4 = "; the National Audit Office)"
CH4 = "; chart, National Audit Office)"

# 05 (Wednesday 11 February 2026; Glasgow paper; "this financial year" is 2025-26, "two years ago" 2023-24,
#     "when September ended" 30 September 2025, "last month" January 2026)
S25 = "30 September 2025 (when September ended; Home Office figures)"
FY2526 = "April 2025 to March 2026 (this financial year, 2025-26"
GCC = "; Glasgow City Council)"
BOX5 = "; Glasgow at a glance box)"

# 06 (Thursday 16 April 2026; Telegraph-style; provisional aid statistics published on Wednesday 15 April 2026)
Y25 = "January to December 2025 (2025, last year; provisional FCDO statistics published on Wednesday 15 April 2026)"
Y24 = "January to December 2024 (2024; FCDO statistics)"
Y23 = "January to December 2023 (2023; FCDO statistics)"

# 07 (Thursday 19 November 2026; Mail-style; "last year" is 2025/26, "March last year" March 2025,
#     "on Monday" 16 November 2026, "when September ended" 30 September 2026)
FY2526M = "April 2025 to March 2026 (2025/26, last year; Home Office accounts laid on Wednesday 18 November 2026)"
FY2425M = "April 2024 to March 2025 (2024/25, the previous year"
MIN = "; Lucian Ravensworth-Adebayo, Border Security Minister)"
SHS = "; the Shadow Home Secretary)"
SOFAR = "1 January to 19 November 2026 (so far this year"

ARTICLES = {
    "01-low-water-mark-rwanda-scheme-final-cost-factcheck": dict(
        meta=dict(url="https://www.lowwatermark.example/fact-checks/did-rwanda-scheme-cost-715m-four-people",
                  title="Did the Rwanda scheme really cost £715m for four people?",
                  publisher="Low Water Mark", author="Perpetua Langstroth-Adeyemi", published_date="2024-10-22"),
        labels=[
            L("£715m", 715000000, E, GBP, RSC, MEDP + "; headline)", occ=0),
            L("four", 4, E, P, RV, MEDP + ", four people; headline)", ctx="for four people"),
            L("£700m", 700000000, E, GBP, RSC, "April 2022 to July 2024 (the last government spent" + CL1),
            L("four", 4, E, P, RV, "April 2022 to July 2024 (sent four volunteers" + CL1, ctx="sent four volunteers"),
            L("£715m", 715000000, E, GBP, RSC, MEDP + ", total spending on the partnership" + ACC, occ=1),
            L("£15m", 15000000, E, GBP, "rwanda_scheme_cost_difference_from_claim", MEDP + ", above the figure the Home Secretary gave MPs, mostly wind-down bills" + ACC),
            L("£290m", 290000000, E, GBP, PTR, MEDP + ", transferred to Rwanda's treasury" + ACC, occ=0),
            L("£140m", 140000000, E, GBP, "rwanda_scheme_cost_detention", MEDP + ", detention places and escorts" + ACC),
            L("£110m", 110000000, E, GBP, "rwanda_scheme_cost_staff_it", MEDP + ", staff and IT" + ACC),
            L("£95m", 95000000, E, GBP, "rwanda_scheme_cost_flights", MEDP + ", leased jets for removal flights the courts kept grounded" + ACC),
            L("£80m", 80000000, E, GBP, "rwanda_scheme_cost_legal", MEDP + ", lawyers" + ACC),
            L("Four", 4, E, P, RV, "April 2022 to July 2024 (did go to Rwanda, each accepting cash under a separate voluntary arrangement)", ctx="Four people did go"),
            L("four", 4, E, P, RV, "April 2022 to July 2024 (the bill divided between those four)", ctx="those four,"),
            L("almost £179m", 179000000, ALM, GBP, "rwanda_scheme_cost_per_relocation", "April 2022 to July 2024 (the bill divided between those four, apiece; Low Water Mark's calculation)"),
            L("£290m", 290000000, E, GBP, PTR, "April 2022 to July 2024 (handed to Rwanda, not coming back" + ACC, occ=1),
            L("£186m", 186000000, E, GBP, "rwanda_scheme_cost_written_off_contracts_leases", LOSS + ", contracts, leases and preparatory work the department can no longer use" + ACC),
            L("£476m", 476000000, E, GBP, "rwanda_scheme_cost_written_off", LOSS + ", a constructive loss totalling" + ACC, occ=0),
            L("Two", 2, E, "other:payments", "payment_to_rwanda_cancelled_instalments", "2025 to 2026 (further yearly payments to Kigali, scheduled for the springs of 2025 and 2026, cancelled)", ctx="Two further yearly"),
            L("£50m", 50000000, E, GBP, "payment_to_rwanda_cancelled", "per year (the springs of 2025 and 2026, two further yearly payments to Kigali, cancelled)"),
            L("£100m", 100000000, E, GBP, "payment_to_rwanda_cancelled", "2025 to 2026 (the two cancelled payments, will now stay in the Treasury)"),
            L("about £750m", 750000000, AP, GBP, "rwanda_scheme_cancellation_saving", "July 2024 to 2029 (spending avoided up to 2029 by ending the partnership; the Home Office)"),
            L("more than 40,000", 40000, MT, SHARES, "social_media_post_shares", "to 22 October 2024 (a post on X shared, claim three)"),
            L("about three in five", 60, AP, PCT, "rwanda_scheme_cost_share_of_backlog_decision_cost", "30 June 2024 (of the claims in the backlog the Rwanda money would have paid to decide; Low Water Mark's conclusion)"),
            L("118,882", 118882, E, CASES, "asylum_backlog", "30 June 2024 (at the end of June, claims waiting for a first decision; the Home Office)"),
            L("about £10,000", 10000, AP, GBP, "asylum_cost_per_claim_decided", "2024 (deciding one claim, counting interviews, interpreters and appeals; the department's own estimate)"),
            L("roughly £1.2bn", 1200000000, AP, GBP, "asylum_cost_clear_backlog_estimate", "30 June 2024 (clearing all the claims waiting at the end of June; Low Water Mark's calculation)"),
            L("£715m", 715000000, E, GBP, RSC, MEDP + ", the scheme swallowed" + ACC, occ=2),
            L("300", 300, E, P, "rwanda_relocations_planned", "the scheme's first relocations (the first 300 relocations alone" + NAO1),
            L("no less than £541m", 541000000, AL, GBP, RSP, "the first 300 relocations (would have needed" + NAO1),
            L("some £1.8m", 1800000, AP, GBP, "rwanda_scheme_planned_cost_per_relocation", "the first 300 relocations (for each of them" + NAO1),
            L("£290m", 290000000, E, GBP, PTR, MEDP + ", paid to Rwanda's government" + BOX1, occ=2),
            L("£715m", 715000000, E, GBP, RSC, MEDP + ", total cost of the partnership" + BOX1, occ=3),
            L("£476m", 476000000, E, GBP, "rwanda_scheme_cost_written_off", LOSS + ", loss written off in the accounts" + BOX1, occ=1),
            L("4", 4, E, P, RV, "April 2022 to July 2024 (relocated, all voluntary" + BOX1, ctx="voluntary): 4"),
        ]),
    "02-the-backwater-asylum-contractors-profits-investigation": dict(
        meta=dict(url="https://www.thebackwater.example/uk-news/2025/mar/10/asylum-housing-firms-profits-tripled-hotels-investigation",
                  title="Asylum housing firms' profits more than tripled as hotel use soared, accounts show",
                  publisher="The Backwater", author="Juniper Hawtrey-Mbeki and Rafferty Quennell-Osei", published_date="2025-03-10"),
        labels=[
            L("more than tripled", 3, MT, RATIO, PROF + "_ratio", Y3 + " vs April 2018 to March 2021 (the three years to March 2024 against the previous three; headline)"),
            L("three", 3, E, FIRMS, PRIME, "March 2025 (the companies paid to house people seeking asylum; standfirst)", ctx="The three companies"),
            L("£412m", 412000000, E, GBP, PROF, Y3 + " (made in three years; standfirst)", occ=0),
            L("Less than a fifth", 20, LT, PCT, XREC + "_share_of_profit", "2019 to March 2025 (handed back to the taxpayer, of the profits; standfirst)"),
            L("three", 3, E, FIRMS, PRIME, "March 2025 (the private firms holding the contracts)", ctx="The three private firms"),
            L("£412m", 412000000, E, GBP, PROF, Y3 + " (pre-tax profit from the work in the three financial years to March 2024" + BW, occ=1),
            L("more than three times", 3, MT, RATIO, PROF + "_ratio", Y3 + " vs April 2018 to March 2021 (the previous three years" + BW),
            L("£118m", 118000000, E, GBP, PROF, "April 2018 to March 2021 (the previous three years" + BW),
            L("nearly £300m", 300000000, ALM, GBP, PROF + "_change", Y3 + " vs April 2018 to March 2021 (the jump" + BW),
            V("tens of thousands", 20000, 90000, P, HOT, "2020 to 2024 (moved by the firms into hotels)"),
            L("£2.9bn", 2900000000, E, GBP, "asylum_accommodation_provider_revenue", "April 2023 to March 2024 (2023-24, the companies together, revenue from asylum housing" + BW),
            L("48%", 48, E, PCT, "asylum_accommodation_provider_revenue_change", "2023-24 vs 2022-23 (up on a year earlier" + BW),
            L("£1.96bn", 1960000000, E, GBP, "asylum_accommodation_provider_revenue", "April 2022 to March 2023 (a year earlier" + BW),
            L("£74m", 74000000, E, GBP, XREC, "2019 to March 2025 (returned under the profit-sharing clause since the contracts were signed in 2019)"),
            L("less than a fifth", 20, LT, PCT, XREC + "_share_of_profit", "2019 to March 2025 (of what the firms earned in the last three years alone)"),
            L("7.1%", 7.1, E, PCT, "asylum_accommodation_provider_profit_margin", "April 2023 to March 2024 (2023-24, one company's margin on the work" + BW),
            L("£62m", 62000000, E, GBP, "asylum_accommodation_provider_dividends", "April 2022 to March 2024 (over the two years to March 2024, one company, to its owners" + BW),
            L("96", 96, E, HOTELS, "asylum_hotels_invoices_sample", "2023 to 2025 (a sample of hotels" + INV),
            L("61", 61, E, HOTELS, "asylum_hotels_booked_through_multiple_subcontractors", "2023 to 2025 (booked through at least two layers of subcontractor" + INV, ctx="that 61, almost"),
            L("almost two-thirds", 200 / 3, ALM, PCT, "asylum_hotels_share_booked_through_multiple_subcontractors", "2023 to 2025 (of the sample of hotels" + INV),
            L("£61", 61, E, GBP, "asylum_hotel_room_rate_paid_to_owner", "per day (per room per night received by the owner, one Leicestershire hotel" + INV, geo=LEI),
            L("£152", 152, E, GBP, HPN, "per day (per person per night billed to the Home Office, one Leicestershire hotel" + INV, geo=LEI),
            L("about two and a half times", 2.5, AP, RATIO, "asylum_hotel_cost_per_person_night_to_room_rate_ratio", "2023 to 2025 (the bill against the owner's room rate, one Leicestershire hotel" + INV, geo=LEI),
            L("38,079", 38079, E, P, HOT, "31 December 2024 (at the end of December; Home Office figures)"),
            L("above 56,000", 56000, MT, P, HOT, "September 2023 (a high point; Home Office figures)"),
            L("about a third", -THIRD, AP, PCT, HOT + "_change", "31 December 2024 vs September 2023 (a fall of; Home Office figures)"),
            L("more than £6m", 6000000, MT, GBP, ACH, "per day (January to December 2024, last year, asylum hotels swallowed; a Home Office spokesperson)"),
            L("more than £100m", 100000000, MT, GBP, "asylum_accommodation_provider_property_investment", "2019 to March 2025 (invested in properties; one of the firms)"),
        ]),
    "03-shardlow-ferry-pa-nao-asylum-accommodation-contracts": dict(
        meta=dict(url="https://www.shardlowferry.example/news/uk-news/asylum-housing-contracts-cost-three-times-estimate-nao-9912473",
                  title="Asylum housing contracts to cost more than three times original estimate, watchdog finds",
                  publisher="Shardlow Ferry", author="Mollie Ashdown-Tchamba", published_date="2025-05-16"),
        labels=[
            L("more than three times", 3, MT, RATIO, "asylum_accommodation_contracts_cost_ratio", "2019 to 2029 (the contracts' expected cost against the original estimate; the NAO; headline)"),
            L("76%", 76, E, PCT, HSH, FY2425 + ", last year, hotels' share of accommodation spending; image caption)", occ=0),
            L("£15.3 billion", 15300000000, E, GBP, CTRF, "2019 to 2029 (across a decade, now set to cost" + NAO3),
            L("over three times", 3, MT, RATIO, "asylum_accommodation_contracts_cost_ratio", "2019 to 2029 (against the first forecast" + NAO3),
            L("£4.5 billion", 4500000000, E, GBP, "asylum_accommodation_contracts_cost_original_forecast", "2019 to 2029 (the first forecast, 2019" + NAO3),
            L("three", 3, E, FIRMS, PRIME, "May 2025 (the private contractors" + NAO3, ctx="the three private contractors"),
            L("47,000", 47000, E, P, "asylum_accommodation_contracts_planned_population", "2019 to 2029 (the agreements assumed, living in ordinary housing" + NAO3),
            L("32,345", 32345, E, P, HOT, "31 March 2025 (by the end of March this year" + NAO3, occ=0),
            L("218", 218, E, HOTELS, HIU, "31 March 2025 (by the end of March this year" + NAO3),
            L("76%", 76, E, PCT, HSH, FY2425 + ", hotels' share of accommodation spending" + NAO3, occ=1),
            L("about a third", THIRD, AP, PCT, "asylum_accommodation_population_share_hotels", FY2425 + ", of people in the system, housed in hotels" + NAO3),
            L("£145", 145, E, GBP, HPN, "per day (per person per night, April 2024 to March 2025, last year" + NAO3, occ=0),
            L("£14", 14, E, GBP, DPN, "per day (per person per night in dispersal properties, April 2024 to March 2025" + NAO3),
            L("over ten times", 10, MT, RATIO, HPN + "_ratio", FY2425 + ", a hotel bed against dispersal" + NAO3),
            L("£184", 184, E, GBP, LSN, "per day (per person per night at Wethersfield, April 2024 to March 2025" + NAO3, geo=ESX),
            L("never more than two-thirds", 200 / 3, AM, PCT, "large_site_occupancy_share", FY2425 + ", Wethersfield, full" + NAO3, geo=ESX),
            L("£74 million", 74000000, E, GBP, XREC, "2019 to May 2025 (recovered from the contractors since 2019" + NAO3),
            L("£11.5 million", 11500000, E, GBP, "asylum_accommodation_excess_profit_owed", "May 2025 (not yet collected, a further sum owed" + NAO3),
            L("£1.3 billion", 1300000000, E, GBP, "accommodation_contractor_payments_unverified", "2019 to May 2025 (payments not fully checked against records of who was housed" + NAO3),
            L("£1 billion", 1000000000, E, GBP, "asylum_hotel_closure_saving_planned", "per year (once hotels are no longer used, before the next general election; the Home Office)"),
            L("1,184", 1184, E, P, ASP, "31 March 2025 (when March ended; figures published by the county's councils)", geo=DBY),
            L("c. 600", 600, AP, P, HOT, "31 March 2025 (when March ended, in hotels; figures published by the county's councils)", geo=DBY),
            L("four", 4, E, HOTELS, HIU, "31 March 2025 (when March ended; figures published by the county's councils)", ctx="in four hotels", geo=DBY),
            L("£145", 145, E, GBP, HPN, "per day (a night, what the system pays; Cllr Priyanka Tolliver-Mensah, Derby City councillor)", occ=1),
            L("40%", 40, E, PCT, "charity_food_support_requests_change", "January to May 2025 (an increase since January, people seeking help with food; a refugee charity)", geo="East Midlands"),
            L("£5.46 billion", 5460000000, E, GBP, AC, FY2425 + ", a record; provisional Home Office figures)"),
            L("£4.7 billion", 4700000000, E, GBP, AC, "April 2023 to March 2024 (the year before; provisional Home Office figures)"),
            L("£15.3bn", 15300000000, E, GBP, CTRF, "2019 to 2029 (contract cost" + BOX3),
            L("£4.5bn", 4500000000, E, GBP, "asylum_accommodation_contracts_cost_original_forecast", "2019 to 2029 (original estimate" + BOX3),
            L("32,345", 32345, E, P, HOT, "31 March 2025 (people in hotels, end of March" + BOX3, occ=1),
            L("£145", 145, E, GBP, HPN, "per day (hotel cost per person per night, 2024-25" + BOX3, occ=2),
        ]),
    "04-the-watershed-asylum-bill-hotels-large-sites-analysis": dict(
        meta=dict(url="https://www.thewatershed.example/britain/2025/10/09/beds-barracks-and-bills",
                  title="Beds, barracks and bills",
                  publisher="The Watershed", author=None, published_date="2025-10-09"),
        labels=[
            V("a few hundred", 200, 900, P, "large_site_population", "October 2025 (men waiting behind a double fence on a disused airfield, Wethersfield)", geo=ESX),
            L("£5.46bn", 5460000000, E, GBP, AC, FY2425 + ", last year, a record, spending on asylum support)"),
            L("16%", 16, E, PCT, AC + "_change", "2024-25 vs 2023-24 (more than the year before)"),
            L("£4.7bn", 4700000000, E, GBP, AC, "April 2023 to March 2024 (the year before)"),
            L("32,345", 32345, E, P, HOT, "31 March 2025 (at the end of March)"),
            L("just under three in ten", 30, ALM, PCT, "asylum_support_share_hotels", "31 March 2025 (at the end of March, of those on asylum support)"),
            L("roughly 109,500", 109500, AP, P, ASP, "31 March 2025 (at the end of March, on asylum support)"),
            L("76%", 76, E, PCT, HSH, FY2425 + ", of the money spent on accommodation)"),
            L("£145", 145, E, GBP, HPN, "per day (a night for each hotel bed, April 2024 to March 2025, last year" + NAO4, occ=0),
            L("about a fifth", 20, AP, PCT, HPN + "_change", "2024-25 vs 2021-22 (up by" + NAO4),
            L("£120", 120, E, GBP, HPN, "per day (a night for each hotel bed, April 2021 to March 2022, 2021-22" + NAO4),
            L("£14", 14, E, GBP, DPN, "per day (a night in dispersal housing, April 2024 to March 2025" + NAO4, occ=0),
            L("roughly a tenth", 10, AP, PCT, DPN + "_share_of_hotel_cost", FY2425 + ", dispersal housing against a hotel bed" + NAO4),
            L("14.5m", 14500000, E, NIGHTS, "asylum_hotel_nights", FY2425 + ", nights people spent in hotels over the year)"),
            L("about £2.1bn", 2100000000, AP, GBP, ACH, FY2425 + ", the hotel rate times the nights spent in hotels; The Watershed's calculation)"),
            L("close to £6m", 6000000, AP, GBP, ACH, "per day (April 2024 to March 2025, the hotel bill; The Watershed's calculation)"),
            L("£184", 184, E, GBP, LSN, "per day (a head per night at Wethersfield, April 2024 to March 2025" + NAO4, occ=0, geo=ESX),
            L("more than a quarter", 25, MT, PCT, LSN + "_premium_over_hotels", FY2425 + ", Wethersfield above the hotel rate)", geo=ESX),
            L("about two-thirds", 200 / 3, AP, PCT, "large_site_occupancy_share", "2024-25 (Wethersfield has run at, of capacity)", geo=ESX),
            L("£95", 95, E, GBP, LSN + "_planned", "per day (a night in a full camp, officials once hoped)"),
            L("about half", 50, AP, PCT, "councils_share_dispersal_participating", "until 2022 (councils in Britain that took part in the dispersal scheme)", geo=GB),
            L("€25", 25, E, EUR, "asylum_reception_cost_per_person_night", "per day (a night per person in reception centres, 2025; the French state)", geo=FR),
            V("thousands", 2000, 9000, P, "asylum_applicants_without_accommodation", "2025 (claimants left sleeping rough for lack of places)", geo=FR),
            L("about £470m", 470000000, AP, GBP, "asylum_cost_saving_per_10000_leaving_support", "per year (2025-26, every 10,000 people who leave support, at today's average cost)"),
            L("roughly £47,000", 47000, AP, GBP, "asylum_cost_per_person_per_year", "per year (2025-26, today's average cost, a head)"),
            L("almost half", -50, ALM, PCT, "asylum_backlog_change", "the peak (June 2023) to October 2025 (shrunk since its peak, claims still without an initial ruling)"),
            L("£4.9bn", 4900000000, E, GBP, "asylum_cost_budget", "April 2025 to March 2026 (2025-26, budgeted by the Home Office)"),
            L("£145", 145, E, GBP, HPN, "per day (hotels, per person per night, 2024-25" + CH4, occ=1),
            L("£184", 184, E, GBP, LSN, "per day (Wethersfield, per person per night, 2024-25" + CH4, occ=1, geo=ESX),
            L("£14", 14, E, GBP, DPN, "per day (dispersal, per person per night, 2024-25" + CH4, occ=1),
        ]),
    "05-kelvinbridge-courant-glasgow-asylum-share-refugee-homelessness": dict(
        meta=dict(url="https://www.kelvinbridgecourant.example/news/glasgow/glasgow-refugee-homelessness-bill-doubles-asylum-share-4471902",
                  title="Glasgow's bill for housing new refugees doubles as city carries Scotland's asylum load",
                  publisher="Kelvinbridge Courant", author="Morven Galbraith-Oyedele", published_date="2026-02-11"),
        labels=[
            L("doubles", 2, E, RATIO, TAC + "_ratio", "2025-26 vs 2023-24 (Glasgow's bill for housing new refugees; headline)", geo=GLA),
            L("nearly a third", THIRD, ALM, PCT, "homelessness_applications_share_refugees", "April 2024 to March 2025 (2024-25, last year, refugee households' share of homeless applications; image caption)", occ=0, geo=GLA),
            L("£27 million", 27000000, E, GBP, TAC + "_forecast", FY2526 + ", expects to spend, newly recognised refugees in temporary accommodation" + GCC, geo=GLA),
            L("double", 2, E, RATIO, TAC + "_ratio", "2025-26 vs 2023-24 (the sum it spent two years ago" + GCC, ctx="double the sum", geo=GLA),
            L("4,120", 4120, E, P, ASP, S25, occ=0, geo=GLA),
            L("almost three-quarters", 75, ALM, PCT, "asylum_support_population_share_glasgow", S25[:-1] + ", of those in Scotland)", geo=SCO),
            L("5,610", 5610, E, P, ASP, S25, geo=SCO),
            L("about one in 25", 4, AP, PCT, "asylum_support_population_share_glasgow", S25[:-1] + ", of those across the UK)"),
            L("104,100", 104100, E, P, ASP, S25),
            L("less than 1%", 1, LT, PCT, "population_share_glasgow_of_uk", "2025 (the city holds, of the UK population)"),
            L("more than four times", 4, MT, RATIO, "asylum_support_population_share_glasgow_to_population_share_ratio", "30 September 2025 (what its size alone would suggest)", geo=GLA),
            L("just over 5%", 5, MT, PCT, "asylum_support_population_share_scotland", S25[:-1] + ", Scotland's share of people on asylum support)"),
            L("about 8%", 8, AP, PCT, "population_share_scotland_of_uk", "2025 (Scotland's share of the UK's population)"),
            L("some 1,950", 1950, AP, HH, HAR, "April 2024 to March 2025 (2024-25, refugee households presented as homeless" + GCC, geo=GLA),
            L("38%", 38, E, PCT, HAR + "_change", "2024-25 vs 2023-24 (up on the year before" + GCC, geo=GLA),
            L("1,413", 1413, E, HH, HAR, "April 2023 to March 2024 (the year before" + GCC, geo=GLA),
            L("nearly a third", THIRD, ALM, PCT, "homelessness_applications_share_refugees", "April 2024 to March 2025 (2024-25, of all homeless applications the city received" + GCC, occ=1, geo=GLA),
            L("6,120", 6120, E, HH, "homelessness_applications", "April 2024 to March 2025 (2024-25, all homeless applications the city received" + GCC, geo=GLA),
            L("£13.4m", 13400000, E, GBP, TAC, "April 2023 to March 2024 (2023-24, temporary accommodation for refugee households" + GCC, geo=GLA),
            L("£21.4m", 21400000, E, GBP, TAC, "April 2024 to March 2025 (2024-25, temporary accommodation for refugee households" + GCC, geo=GLA),
            L("almost £11,000", 11000, ALM, GBP, TAC + "_per_household", "April 2024 to March 2025 (2024-25, an average of, per household" + GCC, geo=GLA),
            L("£27m", 27000000, E, GBP, TAC + "_forecast", FY2526 + ", this year's forecast" + GCC, geo=GLA),
            L("26%", 26, E, PCT, TAC + "_forecast_change", "2025-26 vs 2024-25 (up again" + GCC, geo=GLA),
            L("380", 380, E, HH, "refugee_households_bed_and_breakfast_hotel", "January 2026 (on a single night last month, in B&Bs or hotel rooms paid for by the council" + GCC, geo=GLA),
            L("£4m", 4000000, E, GBP, "scottish_government_refugee_homelessness_funding_glasgow", FY2526 + ", this year, from the Scottish Government; Cllr Fionnuala Strachan-Mwale)", geo=GLA),
            L("£23m", 23000000, E, GBP, "council_refugee_temporary_accommodation_funding_gap", FY2526 + ", this year, a gap funded by cutting services elsewhere; Cllr Fionnuala Strachan-Mwale)", geo=GLA),
            L("2,380", 2380, E, P, "asylum_support_discontinued_granted_protection", "July 2024 to June 2025 (the year ending June 2025, asylum support ended after being granted protection; Home Office figures published in November 2025)", geo=GLA),
            L("45%", 45, E, PCT, "asylum_support_discontinued_granted_protection_change", "year ending June 2025 vs year ending June 2024 (up on the year before; Home Office figures)", geo=GLA),
            L("Some 410", 410, AP, P, HOT, "February 2026 (people seeking asylum who remain in hotels in the city)", geo=GLA),
            L("two", 2, E, HOTELS, HIU, "February 2026 (hotels in the city still housing people seeking asylum)", ctx="in two hotels", geo=GLA),
            L("4,120", 4120, E, P, ASP, "30 September 2025 (people on asylum support, September 2025" + BOX5, occ=1, geo=GLA),
            L("73%", 73, E, PCT, "asylum_support_population_share_glasgow", "30 September 2025 (share of Scotland's total" + BOX5, geo=SCO),
            L("1,950", 1950, E, HH, HAR, "April 2024 to March 2025 (refugee households homeless, 2024-25" + BOX5, ctx="2024-25: 1,950", geo=GLA),
            L("£11k", 11000, E, GBP, TAC + "_per_household", "April 2024 to March 2025 (average TA cost per household" + BOX5, geo=GLA),
        ]),
    "06-the-swing-bridge-aid-budget-in-donor-refugee-costs": dict(
        meta=dict(url="https://www.theswingbridge.example/politics/2026/04/16/aid-spent-housing-asylum-seekers-britain-falls-28-per-cent/",
                  title="Aid spent housing asylum seekers in Britain falls by 28 per cent",
                  publisher="The Swing Bridge", author="Barnaby Cholmondeley-Udeh", published_date="2026-04-16"),
        labels=[
            L("28 per cent", -28, E, PCT, IDR + "_change", "2025 vs 2024 (aid spent housing asylum seekers in Britain falls by; headline)", occ=0),
            L("16.4 per cent", 16.4, E, PCT, IDR + "_share", "January to December 2025 (2025, refugee costs' share of aid; image caption)", occ=0),
            L("£2.24 billion", 2240000000, E, GBP, IDR, Y25),
            L("28 per cent", -28, E, PCT, IDR + "_change", "2025 vs 2024 (down from; provisional FCDO statistics)", occ=1),
            L("£3.1 billion", 3100000000, E, GBP, IDR, Y24),
            L("16.4 per cent", 16.4, E, PCT, IDR + "_share", Y25[:-1] + ", of the aid budget spent at home)", occ=1),
            L("£13.7 billion", 13700000000, E, GBP, ODA, Y25[:-1] + ", the UK's aid budget)"),
            L("about a fifth", 20, AP, PCT, IDR + "_share", Y24),
            L("more than a quarter", 25, MT, PCT, IDR + "_share", Y23),
            L("£4.3 billion", 4300000000, E, GBP, IDR, Y23[:-1] + ", a record)"),
            L("£15.4 billion", 15400000000, E, GBP, ODA, Y23[:-1] + ", the total)"),
            L("£1.96 billion", 1960000000, E, GBP, IDR + "_home_office", Y25[:-1] + ", spent by the Home Office)"),
            L("0.48 per cent", 0.48, E, PCT, GNI, Y25[:-1] + ", total aid as a share of gross national income)"),
            L("0.5 per cent", 0.5, E, PCT, GNI, "January to December 2024 (2024, down from; FCDO statistics)"),
            L("0.3 per cent", 0.3, E, PCT, GNI + "_target", "2027 (to be cut to by 2027; the Prime Minister, February 2025)"),
            L("about £6 billion", 6000000000, AP, GBP, "overseas_aid_cut_saving", "per year (by 2027, a reduction worth; the cut announced in February 2025)"),
            L("a third", -THIRD, E, PCT, IDR + "_ukraine_change", "2025 vs 2024 (fell by, supporting Ukrainians under Homes for Ukraine; FCDO statistics)", ctx="fell by a third"),
            L("£410 million", 410000000, E, GBP, IDR + "_ukraine", Y25[:-1] + ", supporting Ukrainians under Homes for Ukraine)"),
            L("£615 million", 615000000, E, GBP, IDR + "_ukraine", "January to December 2024 (the previous year; FCDO statistics)"),
            L("almost a third", THIRD, ALM, PCT, IDR + "_share", "2023 to July 2024 (the situation Labour inherited, aid spent in this country on hotels; a Foreign Office minister)"),
            L("£11.46 billion", 11460000000, E, GBP, "overseas_aid_excluding_in_donor_refugee_costs", Y25[:-1] + ", aid spent overseas, excluding refugee costs in Britain)"),
            L("£11.7 billion", 11700000000, E, GBP, "overseas_aid_excluding_in_donor_refugee_costs", "January to December 2024 (a year earlier; FCDO statistics)"),
        ]),
    "07-daily-chain-ferry-asylum-bill-2025-26-minister": dict(
        meta=dict(url="https://www.dailychainferry.example/news/article-15583201/asylum-bill-13million-day-home-office-accounts-hotels.html",
                  title="Asylum bill is STILL £13million a day: Home Office accounts reveal £4.76billion cost of migrant support as minister insists hotels are being emptied",
                  publisher="Daily Chain Ferry", author="Fergus Tankerville-Obi", published_date="2026-11-19"),
        labels=[
            L("£13million", 13000000, E, GBP, AC, "per day (April 2025 to March 2026, 2025/26; Home Office accounts; headline)", occ=0),
            L("£4.76billion", 4760000000, E, GBP, AC, "April 2025 to March 2026 (2025/26; Home Office accounts; headline)", occ=0),
            L("£4.76billion", 4760000000, E, GBP, AC, "April 2025 to March 2026 (2025/26; Home Office accounts; summary bullet)", occ=1),
            L("15 per cent", -15, E, PCT, AC + "_change", "2025/26 vs 2024/25 (down on the year before; summary bullet)", occ=0),
            L("£5.6billion", 5600000000, E, GBP, AC, "April 2024 to March 2025 (2024/25, last year's record bill, quietly revised up to; summary bullet)", occ=0),
            L("almost two-fifths", -40, ALM, PCT, ACH + "_change", "2025/26 vs 2024/25 (hotel spending has fallen by" + MIN),
            L("More than 34,000", 34000, MT, P, SBA, "1 January to 19 November 2026 (since 1 January, arrived this way; image caption)"),
            L("£4.76billion", 4760000000, E, GBP, AC, FY2526M, occ=2),
            L("£13million", 13000000, E, GBP, AC, "per day (April 2025 to March 2026, last year, the equivalent every day; Home Office accounts)", occ=1),
            L("15 per cent", -15, E, PCT, AC + "_change", "2025/26 vs 2024/25 (the bill fell by, from the year before; Home Office accounts)", occ=1),
            L("£140million", 140000000, E, GBP, AC + "_revision", FY2425M + ", the record figure, revised up by; Home Office accounts)"),
            L("£5.6billion", 5600000000, E, GBP, AC, FY2425M + ", revised figure; Home Office accounts)", occ=1),
            L("£5.46billion", 5460000000, E, GBP, AC, FY2425M + ", first published; Home Office figures)"),
            L("£1.28billion", 1280000000, E, GBP, ACH, FY2526M),
            L("£2.1billion", 2100000000, E, GBP, ACH, FY2425M + "; Home Office accounts)"),
            L("39 per cent", -39, E, PCT, ACH + "_change", "2025/26 vs 2024/25 (a drop of; Home Office accounts)"),
            L("101,000", 101000, E, P, "asylum_support_population_average", "April 2025 to March 2026 (2025/26, an average of, supported over the year; Home Office accounts)"),
            L("around £47,000", 47000, AP, GBP, "asylum_cost_per_person_per_year", "per year (April 2025 to March 2026, each person supported cost the taxpayer)"),
            L("about £68", 68, AP, GBP, "asylum_cost_per_resident", "April 2025 to March 2026 (2025/26, for every man, woman and child in Britain)"),
            L("218", 218, E, HOTELS, HIU, "March 2025 (in use in March last year" + MIN),
            L("96", 96, E, HOTELS, HIU, "November 2026 (today" + MIN),
            L("38", 38, E, HOTELS, "asylum_hotels_closed", "January to June 2026 (handed back in the first six months of 2026" + MIN),
            L("more than 80,000", 80000, MT, P, "returns", "5 July 2024 to November 2026 (put on planes home since 5 July 2024, when this Government took office" + MIN),
            L("nearly four times", 4, ALM, RATIO, "asylum_dispersal_population_to_hotel_population_ratio", "November 2026 (as many people in ordinary housing as in hotels" + MIN),
            V("millions of pounds", 2000000, 9000000, GBP, "asylum_cost_hotels_daily_reduction", "per day (July 2024 to November 2026, cut the daily cost of hotels by" + MIN),
            L("14,220", 14220, E, P, HOT, "30 September 2026 (when September ended; Home Office figures)"),
            L("less than half", 0.5, LT, RATIO, HOT + "_ratio", "30 September 2026 vs 31 March 2025 (Home Office figures)"),
            L("32,345", 32345, E, P, HOT, "31 March 2025 (at the end of March 2025; Home Office figures)"),
            L("55,300", 55300, E, P, DISP, "30 September 2026 (a further number in dispersal housing; Home Office figures)"),
            L("two", 2, E, SITES, "large_sites_in_use", "April 2025 to March 2026 (the former military camps at Wethersfield and Crowborough)", ctx="the two former military camps"),
            L("£212million", 212000000, E, GBP, "large_site_cost", "April 2025 to March 2026 (2025/26, last year, the camps at Wethersfield and Crowborough; Home Office accounts)"),
            V("billions of pounds", 2000000000, 9000000000, GBP, AC, "per year (2026, still, for people who arrived illegally" + SHS),
            L("£476million", 476000000, E, GBP, "rwanda_scheme_cost_written_off", "2024 (Labour wrote off, scrapping the Rwanda deterrent" + SHS),
            L("more than 34,000", 34000, MT, P, SBA, SOFAR + ", reached Kent in small boats" + SHS),
            L("640", 640, E, P, SBA, "16 November 2026 (landed on Monday alone" + SHS),
            L("closer to £7billion", 7000000000, AP, GBP, "asylum_cost_wider_estimate", "per year (2025/26, the true cost once councils, the NHS and schools are included; a campaign group for lower migration)"),
            L("2,900", 2900, E, P, "asylum_caseworkers", "November 2026 (staff now working on asylum casework; Home Office accounts)"),
            L("3,400", 3400, E, P, "asylum_caseworkers", "peak (a peak of staff on asylum casework; Home Office accounts)"),
            V("billions", 2000000000, 9000000000, GBP, "asylum_cost_saving", "2026 (already saving the taxpayer; a Home Office spokesman)", ctx="saving billions"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
