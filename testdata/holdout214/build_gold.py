#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the two-hundred-and-fourteenth hand-labelled hold-out set (holdout214).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA)

UK, ENG, WAL = "UK", "England", "Wales"
HH, APPS, WEEKS, DAYS = "other:households", "other:applications", "other:weeks", "other:days"

# 01 (Friday 29 November 2024; Welsh regional paper, LDRS copy; "on Tuesday" is 26 November 2024,
#     "on Wednesday" 27 November 2024)
GWY = "Gwynedd"
CTTE = "26 November 2024 (on Tuesday; Gwynedd council officers to the care scrutiny committee"
BOX1 = "; Ukrainians in Gwynedd box, Cyngor Gwynedd care scrutiny committee)"
TY = "homes_for_ukraine_thank_you_payment"
TARIFF = "homes_for_ukraine_council_tariff_per_arrival"
WGS = "summer 2024 (a Welsh Government survey of Ukrainian adults, published in the summer)"

# 02 (Wednesday 16 July 2025; Independent-style; "on Tuesday" is 15 July 2025)
DS = "the Defence Secretary on Tuesday 15 July 2025)"
ARR = "resettlement_arrivals_afghan_response_route"
ARRC = "afghan_response_route_cost"
SOFAR = "April 2024 to July 2025 (so far, since the route was created in April 2024; "
TOTAL = "April 2024 onwards (the route's expected total, once those offered places travel; "
SINCE21 = "August 2021 to July 2025 (since Kabul fell in August 2021; Ministry of Defence and Home Office figures)"
BOX2 = "; The Afghan leak in numbers box, Ministry of Defence statement of 15 July 2025)"

# 03 (Wednesday 3 September 2025; BBC-style explainer; "on Monday" is 1 September 2025, "on Tuesday"
#     2 September 2025, "last year" 2024)
FR = "visas_granted_family_reunion"
YJ25 = "July 2024 to June 2025 (the year ending June 2025; the Home Office)"

# 04 (Saturday 31 January 2026; Sky News-style; "last autumn" is autumn 2025, "this year" 2026)
BNO, BNOA = "visas_granted_bno", "visa_applications_bno"
HKR = "hong_kongers_resident"
SURV = "autumn 2025 (last autumn; a survey of BN(O) arrivals by a Hong Kong diaspora charity)"
HK = "Hong Kong"
BOUNTY = "hong_kong_police_bounty_per_activist"

# 05 (Tuesday 10 March 2026; Kent paper, LDRS copy; "yesterday" is Monday 9 March 2026, "last year" 2025)
KENT = "Kent"
UCC = "unaccompanied_children_in_care"
FEB26 = "28 February 2026 (when February ended; Kent County Council officers to the cabinet committee on Monday 9 March 2026)"
NTS = "unaccompanied_children_nts_threshold"
NTSR = "unaccompanied_children_in_care_nts_threshold_ratio"
TIC = "unaccompanied_children_taken_into_care"
Y25K = "January to December 2025 (2025; Kent County Council officers"
GAP = "unaccompanied_children_care_funding_gap_per_night"
CLLR = "Councillor Jasper Fothergill-Nwosu)"
BOX5 = "; Kent's children in care box, Kent County Council cabinet committee papers)"

# 06 (Monday 15 June 2026; Guardian-style; "last year" is 2025, "last month" May 2026, "this autumn" autumn 2026)
CH = "a refugee charity's age disputes project"
AD = "asylum_age_disputes"
Y25H = "January to December 2025 (2025; Home Office figures released last month)"
AJR = "age_assessment_judicial_review_claims"

# 07 (Thursday 19 November 2026; fact check; "on Tuesday" is 17 November 2026, "on Monday" 16 November,
#     "on Sunday" 15 November; "last year" is 2025)
SLR = "safe_legal_routes_grants"
SLRC = "safe_legal_routes_grants_change"
TO26 = "2015 to 30 June 2026 (from 2015 to the end of June 2026; Home Office statistics on safe and legal (humanitarian) routes"
MIN = "claim by a Home Office minister in the Commons on Tuesday 17 November 2026"
GRN = "claim by a Green Party MP in a video posted on Monday 16 November 2026"
CAMP = "claim by a refugee campaign group on social media on Sunday 15 November 2026"
UKRS = "resettlement_arrivals_uk_resettlement_scheme"
YJ26 = "July 2025 to June 2026 (the 12 months to June 2026; Home Office statistics)"
YJ24 = "July 2023 to June 2024 (the year to June 2024; Home Office statistics)"
BOX7 = "; The numbers box)"

ARTICLES = {
    "01-gwynedd-gale-ukrainians-permission-extension": dict(
        meta=dict(url="https://www.gwyneddgale.example/news/north-wales-news/ukrainians-gwynedd-fear-another-winter-limbo-30418872",
                  title="Ukrainians in Gwynedd fear another winter in limbo as visa extension nears",
                  publisher="Gwynedd Gale", author="Eluned Pryce-Achterberg", published_date="2024-11-29"),
        labels=[
            L("About 640", 640, AP, P, "ukrainians_resident", "November 2024 (now live in Gwynedd; image caption)", geo=GWY),
            L("roughly 640", 640, AP, P, "ukrainians_resident", CTTE + ", living in the county)", geo=GWY),
            L("910", 910, E, P, "ukrainians_resident", "summer 2023 (a peak in the summer of 2023; Gwynedd council officers)", occ=0, geo=GWY),
            L("212", 212, E, P, "ukrainians_living_with_sponsors", CTTE + ", staying with host households)", occ=0, geo=GWY),
            L("a third", -THIRD, E, PCT, "ukrainians_living_with_sponsors_change", "November 2024 vs November 2023 (fewer than twelve months ago; Gwynedd council officers)", geo=GWY),
            L("174", 174, E, P, "ukrainians_in_private_rented_housing", CTTE + ", moved into private lets)", geo=GWY),
            L("38", 38, E, P, "ukrainians_in_temporary_accommodation", CTTE + ", in council temporary accommodation)", geo=GWY),
            R("between four and seven", 4, 7, HH, "ukrainian_households_presented_homeless", "per month (November 2024, a hosting arrangement had broken down; Gwynedd's housing team)", geo=GWY),
            L("7,960", 7960, E, P, "immigration_ukraine", "March 2022 to 31 October 2024 (arrived on Ukrainian visas by the end of October; the Home Office)", geo=WAL),
            L("3,310", 3310, E, P, "immigration_ukraine_supersponsor", "March 2022 to 31 October 2024 (sponsored directly under the Welsh supersponsor offer, by the end of October; the Home Office)", geo=WAL),
            L("about two in five", 40, AP, PCT, "immigration_ukraine_supersponsor_share", "March 2022 to 31 October 2024 (of the total arrivals in Wales; the Home Office)", geo=WAL),
            L("151,900", 151900, E, P, "immigration_ukraine_homes_for_ukraine", "March 2022 to November 2024 (UK-wide, has brought; the Home Office)"),
            L("63,400", 63400, E, P, "immigration_ukraine_family_scheme", "March 2022 to November 2024 (UK-wide, the Ukraine Family Scheme; the Home Office)"),
            L("more than 1,400", 1400, MT, P, "ukrainian_welcome_accommodation_population", "2022 (at its height; Welsh Government officials)", geo=WAL),
            L("186", 186, E, P, "ukrainian_welcome_accommodation_population", "November 2024 (remained there this month; Welsh Government officials)", geo=WAL),
            L("more than 85%", -85, MT, PCT, "ukrainian_welcome_accommodation_population_change", "November 2024 vs the 2022 peak (a fall of; Welsh Government officials)", geo=WAL),
            L("£500", 500, E, GBP, TY, "per month (November 2024, once a guest has stayed a year; hosts in Wales)", geo=WAL),
            L("£350", 350, E, GBP, TY, "per month (from April 2025; ministers in Cardiff on Wednesday 27 November 2024)", geo=WAL),
            L("30%", -30, E, PCT, TY + "_change", "April 2025 vs November 2024 (a cut of; ministers in Cardiff on Wednesday 27 November 2024)", geo=WAL),
            L("£6.9m", 6900000, E, GBP, "homes_for_ukraine_council_tariff_payments", "2022 to November 2024 (received since 2022; the committee)", geo=GWY),
            L("£10,500", 10500, E, GBP, TARIFF, "per arrival (March to December 2022, until the Home Office reduced the sum)"),
            L("£5,900", 5900, E, GBP, TARIFF, "per arrival (from January 2023, for people arriving from January 2023; the Home Office)"),
            L("58%", 58, E, PCT, "ukrainian_adults_share_in_paid_work", WGS, geo=WAL),
            L("almost half", 50, ALM, PCT, "ukrainian_adults_share_intending_to_stay", "summer 2024 (hoped to stay in Wales for good; a Welsh Government survey of Ukrainian adults)", geo=WAL),
            L("nearly two-thirds", 200 / 3, ALM, PCT, "ukrainian_survey_respondents_in_work_share_below_qualifications", "summer 2024 (of those with jobs, the work did not use their skills; a Welsh Government survey)", geo=WAL),
            L("1,150", 1150, E, HH, "ukrainian_households_owed_homelessness_duty", "February 2022 to November 2024 (since the invasion; Welsh Government data)", geo=WAL),
            L("c. 640", 640, AP, P, "ukrainians_resident", "26 November 2024 (living in the county now" + BOX1, geo=GWY),
            L("212", 212, E, P, "ukrainians_living_with_sponsors", "26 November 2024 (living with hosts" + BOX1, occ=1, geo=GWY),
            L("910", 910, E, P, "ukrainians_resident", "summer 2023 (peak, summer 2023" + BOX1, occ=1, geo=GWY),
        ]),
    "02-the-scree-afghan-data-breach-relocation-route": dict(
        meta=dict(url="https://www.thescree.example/news/uk/politics/afghan-data-breach-relocation-route-cost-b2790346.html",
                  title="Secret Afghan relocation route to cost £850m after leak exposed 18,714 applicants",
                  publisher="The Scree", author="Crispin Hallworth-Adebayo", published_date="2025-07-16"),
        labels=[
            L("£850m", 850000000, E, GBP, ARRC, "April 2024 onwards (the route's expected total cost; headline)", occ=0),
            L("18,714", 18714, E, P, "arap_applicants_data_leaked", "February 2022 (the leak exposed; headline)", occ=0),
            V("Thousands", 2000, 9000, P, ARR, "April 2024 to July 2025 (flown to Britain while a court order kept the breach secret; standfirst)"),
            L("About 4,500", 4500, AP, P, ARR, SOFAR + "brought over on the secret route; image caption)"),
            L("about £850m", 850000000, AP, GBP, ARRC, TOTAL + "expected to cost; ministers)"),
            L("18,714", 18714, E, P, "arap_applicants_data_leaked", "February 2022 (the spreadsheet emailed in error; " + DS, occ=1),
            L("900", 900, E, P, ARR + "_principals", SOFAR + "principal applicants; " + DS),
            L("roughly 3,600", 3600, AP, P, ARR + "_family_members", SOFAR + "members of their families; " + DS),
            L("around £400m", 400000000, AP, GBP, ARRC, SOFAR + "at a cost of; " + DS),
            L("600", 600, E, P, "afghan_response_route_places_offered_principals", "July 2025 (offered places, still to travel; " + DS),
            L("some 1,800", 1800, AP, P, "afghan_response_route_places_offered_family_members", "July 2025 (relatives who will travel with them; " + DS),
            L("about 6,900", 6900, AP, P, ARR + "_expected", TOTAL + "taking the total to; " + DS),
            L("more than twice", 2, MT, RATIO, ARRC + "_ratio", "the expected total vs spending so far (the full bill)"),
            L("about £123,000", 123000, AP, GBP, ARRC + "_per_person", "per person relocated (April 2024 onwards, the full bill)"),
            L("Around 36,000", 36000, AP, P, "resettlement_arrivals_afghan", SINCE21),
            L("23,300", 23300, E, P, "resettlement_arrivals_afghan_arap", "August 2021 to July 2025 (under ARAP, including the secret route; Ministry of Defence and Home Office figures)"),
            L("12,700", 12700, E, P, "resettlement_arrivals_afghan_acrs", "January 2022 to July 2025 (under the ACRS; Ministry of Defence and Home Office figures)"),
            L("up to 20,000", 20000, AM, P, "afghan_resettlement_pledge_people", "January 2022 onwards (places promised when the ACRS opened in January 2022)"),
            L("fewer than two-thirds", 200 / 3, LT, PCT, "resettlement_arrivals_afghan_acrs_share_of_pledge", "January 2022 to July 2025 (filled, barely three years on)"),
            L("150,200", 150200, E, APPS, "arap_applications_decided", "to 31 March 2025 (decided by the end of March)"),
            L("9,400", 9400, E, APPS, "arap_applications_eligible", "to 31 March 2025 (found eligible, by the end of March)"),
            L("about 6%", 6, AP, PCT, "arap_applications_share_eligible", "to 31 March 2025 (of applications decided by the end of March)"),
            V("hundreds of millions of pounds", 200000000, 900000000, GBP, ARRC, "April 2024 onwards (a decision to spend, kept in the dark; the chair of the Commons Defence Committee)"),
            L("more than £2m", 2000000, MT, GBP, "afghan_data_breach_injunction_legal_costs", "to July 2025 (legal costs connected with the injunction; Ministry of Defence figures released on Tuesday 15 July 2025)"),
            L("18,714", 18714, E, P, "arap_applicants_data_leaked", "February 2022 (ARAP applicants whose details were exposed" + BOX2, occ=2),
            L("4,500", 4500, E, P, ARR, "April 2024 to July 2025 (relocated on the Afghan Response Route so far" + BOX2, occ=1),
            L("£850m", 850000000, E, GBP, ARRC, "April 2024 onwards (expected total cost" + BOX2, occ=2),
        ]),
    "03-the-brocken-refugee-family-reunion-suspended-explainer": dict(
        meta=dict(url="https://www.thebrocken.example/news/uk-politics-73918254",
                  title="Refugee family reunion: What is it and why is it being paused?",
                  publisher="The Brocken", author="Isolde Marchetti-Ogunleye", published_date="2025-09-03"),
        labels=[
            L("19,160", 19160, E, P, FR, YJ25, occ=0),
            L("17%", 17, E, PCT, FR + "_change", "year ending June 2025 vs the previous 12 months (more than; the Home Office)"),
            L("16,380", 16380, E, P, FR, "July 2023 to June 2024 (the previous 12 months; the Home Office)"),
            L("Almost nine in ten", 90, ALM, PCT, FR + "_share_women_and_children", YJ25),
            L("4,860", 4860, E, P, FR + "_sudanese", YJ25),
            L("3,720", 3720, E, P, FR + "_eritrean", YJ25),
            L("2,930", 2930, E, P, FR + "_afghan", YJ25),
            L("more than half", 50, MT, PCT, FR + "_share_top_three_nationalities", YJ25[:-1] + ", Sudanese, Eritreans and Afghans between them)"),
            L("about 86,000", 86000, AP, P, FR, "2015 to June 2025 (since 2015; the Home Office)"),
            L("5,200", 5200, E, P, FR, "July 2015 to June 2016 (the year to June 2016; chart caption, Home Office)"),
            L("19,160", 19160, E, P, FR, "July 2024 to June 2025 (the latest year; chart caption, Home Office)", occ=1),
            L("more than a third", THIRD, MT, PCT, FR + "_share_small_boat_sponsors", "September 2025 (today, adults sponsoring relatives who came on a small boat; the Home Secretary's Commons statement on Monday 1 September 2025)"),
            L("More than 28,000", 28000, MT, P, SBA, "1 January to 2 September 2025 (so far this year)"),
            L("About 7,300", 7300, AP, APPS, "family_reunion_applications_pending", "30 June 2025 (waiting for a decision at the end of June; Home Office figures)"),
            L("roughly half", 50, AP, PCT, "family_reunion_applications_pending_share_involving_children", "30 June 2025 (involve at least one child; Home Office figures)"),
            L("14 weeks", 14, E, WEEKS, "family_reunion_decision_wait_average", "January to June 2025 (cases decided in the year's first six months, an average)"),
            L("£29,000", 29000, E, GBP, "family_visa_minimum_income_requirement", "per year (September 2025, currently the minimum for partners on other family visas)"),
            L("More than 50", 50, MT, "other:organisations", "charities_signing_letter_family_reunion", "2 September 2025 (signed a letter on Tuesday)"),
            L("four in five", 80, E, PCT, "family_reunion_families_helped_share_child_overseas", "January to December 2024 (last year, at least one child still abroad; a refugee legal advice service)"),
            L("1,340", 1340, E, "other:families", "family_reunion_families_helped_by_charity", "January to December 2024 (families its caseworkers helped last year; a refugee legal advice service)"),
            L("more than 50,000", 50000, MT, P, SBA, "5 July 2024 to September 2025 (crossed the Channel since 5 July last year, when Labour took office; the shadow home secretary)"),
        ]),
    "04-the-whiteout-hong-kong-bno-five-years-settlement": dict(
        meta=dict(url="https://news.thewhiteout.example/bno-visa-five-years-on-hong-kongers-can-start-applying-to-stay-for-good-13498271",
                  title="BN(O) visa: Five years on, Hong Kongers who moved to Britain can start applying to stay for good",
                  publisher="The Whiteout", author="Kit Lau-Pemberton", published_date="2026-01-31"),
        labels=[
            L("More than 230,000", 230000, MT, P, BNO, "31 January 2021 to September 2025 (granted since the route opened; standfirst)"),
            L("9,000", 9000, E, P, HKR, "January 2026 (an estimated, people from the city; image caption)", geo="Sutton"),
            L("232,600", 232600, E, P, BNO, "31 January 2021 to 30 September 2025 (by the close of September; Home Office data)"),
            L("258,900", 258900, E, APPS, BNOA, "31 January 2021 to 30 September 2025 (applications, by the close of September; Home Office data)"),
            L("about 90%", 90, AP, PCT, BNOA + "_share_granted", "31 January 2021 to 30 September 2025 (a grant rate of; Home Office data)"),
            L("167,000", 167000, E, P, "immigration_hong_kong_bno", "31 January 2021 to September 2025 (an estimated, visa holders who have arrived; Home Office data)"),
            L("some 11,240", 11240, AP, APPS, BNOA, "October 2024 to September 2025 (the year to September 2025; Home Office data)"),
            L("16%", -16, E, PCT, BNOA + "_change", "year to September 2025 vs the previous year (fewer than; Home Office data)"),
            L("roughly a tenth", 0.1, AP, RATIO, BNOA + "_ratio", "year to September 2025 vs the route's first 12 months (of the 104,000; Home Office data)"),
            L("104,000", 104000, E, APPS, BNOA, "31 January 2021 to January 2022 (the route's first 12 months; Home Office data)"),
            L("around 25,000", 25000, AP, APPS, "settlement_applications_bno_expected", "January to December 2026 (this year, those who arrived in 2021; officials)"),
            L("£3,029", 3029, E, GBP, "settlement_application_fee_per_person", "per person (January 2026, each application)"),
            L("more than £12,000", 12000, MT, GBP, "settlement_application_fee_family_of_four", "January 2026 (a bill for a family of four)"),
            R("between £2.4bn and £2.9bn", 2400000000, 2900000000, GBP, "bno_route_net_fiscal_benefit_estimate", "2021 to 2026 (over its first five years; the Home Office's impact assessment, published in 2020)"),
            L("1,520", 1520, E, P, "survey_sample_size_bno_arrivals", SURV),
            L("79%", 79, E, PCT, "bno_arrivals_share_in_work", SURV[:-1] + ", adults in work)"),
            L("almost half", 50, ALM, PCT, "bno_arrivals_share_working_below_qualification", SURV[:-1] + ", of those in jobs, below their qualifications)"),
            L("One in four", 25, E, PCT, "bno_arrivals_share_experienced_racist_abuse", "autumn 2024 to autumn 2025 (racist abuse in the previous 12 months; a survey of BN(O) arrivals by a Hong Kong diaspora charity)"),
            L("About 5,000", 5000, AP, P, HKR, "January 2026 (settled in the Reading area; the council)", geo="Reading"),
            L("roughly 6,500", 6500, AP, P, HKR, "January 2026 (settled in Greater Manchester)", geo="Greater Manchester"),
            L("£2.1m", 2100000, E, GBP, "hong_kong_welcome_programme_funding", "April 2025 to March 2026 (2025-26, the Hong Kong Welcome Programme)"),
            L("half", -50, E, PCT, "hong_kong_welcome_programme_funding_change", "2025-26 vs 2023/24 (half what it had in 2023/24)", ctx="half the £4.2m"),
            L("£4.2m", 4200000, E, GBP, "hong_kong_welcome_programme_funding", "April 2023 to March 2024 (2023/24, the Hong Kong Welcome Programme)"),
            L("HK$1m", 1000000, E, "other:HKD", BOUNTY, "per activist (January 2026, bounties issued; Hong Kong police)", geo=HK),
            L("about £95,000", 95000, AP, GBP, BOUNTY, "per activist (January 2026, bounties issued; Hong Kong police)", geo=HK),
            L("34", 34, E, P, "hong_kong_overseas_activists_with_bounties", "January 2026 (overseas activists, several of whom live in Britain; Hong Kong police)", geo=HK),
        ]),
    "05-folkestone-squall-kent-unaccompanied-children-transfer-scheme": dict(
        meta=dict(url="https://www.folkestonesquall.example/news/kent-caring-for-nearly-twice-as-many-lone-child-migrants-as-national-scheme-expects-a4471903",
                  title="Kent caring for nearly twice as many lone child migrants as national scheme expects",
                  publisher="Folkestone Squall", author="Rowena Thistlethwaite-Obi", published_date="2026-03-10"),
        labels=[
            L("nearly twice", 2, ALM, RATIO, NTSR, "28 February 2026 (children in care vs the National Transfer Scheme threshold; headline)", geo=KENT),
            L("£55", 55, E, GBP, GAP, "per night (March 2026, Home Office payments fall short of what each child costs; Kent County Council; standfirst)", occ=0, geo=KENT),
            L("1,486", 1486, E, P, TIC, "January to December 2025 (taken in last year; image caption)", occ=0, geo=KENT),
            L("almost twice", 2, ALM, RATIO, NTSR, "28 February 2026 (now cares for, vs the threshold under the National Transfer Scheme; the cabinet committee on Monday 9 March 2026)", geo=KENT),
            L("612", 612, E, P, UCC, FEB26, occ=0, geo=KENT),
            L("0.1%", 0.1, E, PCT, NTS + "_share_of_child_population", "March 2026 (the threshold the scheme sets each council, of its child population)", occ=0),
            L("341", 341, E, P, NTS, "March 2026 (which for Kent means; Kent County Council officers)", occ=0, geo=KENT),
            L("271", 271, E, P, "unaccompanied_children_in_care_above_nts_threshold", FEB26[:-1] + ", children over its limit)", geo=KENT),
            L("almost 80%", 80, ALM, PCT, "unaccompanied_children_in_care_above_nts_threshold_share", FEB26[:-1] + ", above the threshold)", geo=KENT),
            L("1,486", 1486, E, P, TIC, Y25K + ")", occ=1, geo=KENT),
            L("1,210", 1210, E, P, TIC, "January to December 2024 (the year before; Kent County Council officers)", geo=KENT),
            L("almost a quarter", 25, ALM, PCT, TIC + "_change", "2025 vs 2024 (an increase of; Kent County Council officers)", geo=KENT),
            L("Nine in ten", 90, E, PCT, "unaccompanied_children_arrivals_share_boys", Y25K + ", were boys)", geo=KENT),
            L("1,093", 1093, E, P, "unaccompanied_children_transferred", Y25K + ", moved to councils elsewhere in the UK under the scheme)", geo=KENT),
            L("nearly three-quarters", 75, ALM, PCT, "unaccompanied_children_share_transferred", Y25K + ", of those taken into care)", geo=KENT),
            L("54%", 54, E, PCT, "unaccompanied_children_share_transferred_within_target", Y25K + ", moves that met the Home Office's target of ten working days)", geo=KENT),
            L("two", 2, E, "other:centres", "unaccompanied_children_reception_centres", "January 2026 (the county's reception centres; the committee)", ctx="two reception centres", geo=KENT),
            L("120", 120, E, "other:beds", "unaccompanied_children_reception_centre_beds", "January 2026 (beds between them; the committee)", geo=KENT),
            L("17", 17, E, "other:nights", "unaccompanied_children_reception_centres_full_nights", "January 2026 (full on, in January; the committee)", ctx="on 17 nights", geo=KENT),
            L("£143", 143, E, GBP, "unaccompanied_children_home_office_funding_per_night", "per night (March 2026, the Home Office pays councils per child)"),
            L("£198", 198, E, GBP, "unaccompanied_children_care_cost_per_night", "per night (March 2026, the true cost averages; Kent County Council)", geo=KENT),
            L("£55", 55, E, GBP, GAP, "per night (March 2026, leaving a gap of; Kent County Council)", occ=1, geo=KENT),
            L("roughly £12.3m", 12300000, AP, GBP, "unaccompanied_children_care_funding_gap", "per year (March 2026, across its current caseload; Kent County Council)", geo=KENT),
            L("1,318", 1318, E, P, "unaccompanied_children_care_leavers", "March 2026 (former unaccompanied children now care leavers, supported by the council)", geo=KENT),
            L("£285", 285, E, GBP, "unaccompanied_care_leavers_home_office_funding_per_week", "per week (March 2026, per young person, the government pays)"),
            L("341", 341, E, P, NTS, "March 2026 (places' worth of duty under the scheme; " + CLLR, occ=1, geo=KENT),
            L("612", 612, E, P, UCC, "28 February 2026 (not 612; " + CLLR, occ=1, geo=KENT),
            L("29", 29, E, P, "unaccompanied_children_missing_from_care", "January to December 2025 (last year, went missing from Kent's care)", geo=KENT),
            L("Eleven", 11, E, P, "unaccompanied_children_missing_from_care_still_missing", "March 2026 (have not been found, of those missing last year)", geo=KENT),
            L("58", 58, E, P, "age_disputed_young_people_in_council_care", "March 2026 (whose ages are disputed, cared for until assessed)", geo=KENT),
            L("7,030", 7030, E, P, UCC, "31 March 2025 (national figures)", geo=ENG),
            L("5%", -5, E, PCT, UCC + "_change", "31 March 2025 vs 31 March 2024 (down on a year earlier; national figures)", geo=ENG),
            L("7,380", 7380, E, P, UCC, "31 March 2024 (a year earlier; national figures)", geo=ENG),
            L("4,120", 4120, E, P, "asylum_applications_unaccompanied_children", "January to December 2025 (2025, across the UK)"),
            L("11%", 11, E, PCT, "asylum_applications_unaccompanied_children_change", "2025 vs 2024 (higher than)"),
            L("3,707", 3707, E, P, "asylum_applications_unaccompanied_children", "January to December 2024 (recorded in 2024)"),
            L("0.07%", 0.07, E, PCT, NTS + "_share_of_child_population", "before 2022 (the threshold we raised from; a Home Office spokesperson)"),
            L("0.1%", 0.1, E, PCT, NTS + "_share_of_child_population", "from 2022 (raised the threshold to; a Home Office spokesperson)", occ=1),
            L("612", 612, E, P, UCC, "28 February 2026 (unaccompanied children in care, end of February" + BOX5, occ=2, geo=KENT),
            L("341", 341, E, P, NTS, "March 2026 (threshold under the National Transfer Scheme" + BOX5, occ=2, geo=KENT),
            L("1,486", 1486, E, P, TIC, "January to December 2025 (taken into care in 2025" + BOX5, occ=2, geo=KENT),
        ]),
    "06-the-arete-age-disputes-children-treated-as-adults": dict(
        meta=dict(url="https://www.thearete.example/uk-news/2026/jun/15/two-thirds-young-asylum-seekers-judged-adults-were-children-charity",
                  title="Two-thirds of young asylum seekers judged to be adults were children, charity finds",
                  publisher="The Arête", author="Hesper Okonkwo-Lindgren", published_date="2026-06-15"),
        labels=[
            L("Two-thirds", 200 / 3, E, PCT, "age_dispute_charity_clients_share_found_to_be_children", "up to June 2026 (young asylum seekers judged to be adults who were children; " + CH + "; headline)"),
            V("hundreds", 200, 900, P, "age_disputed_found_to_be_children", "January to December 2025 (last year, Home Office age decisions councils overturned; standfirst)"),
            V("Hundreds", 200, 900, P, "age_disputed_children_treated_as_adults", "January to December 2025 (last year, wrongly treated as adults; new figures)"),
            L("622", 622, E, P, "age_dispute_charity_clients_assessed_by_council", "up to June 2026 (young people it supported whose ages were later assessed by a council; " + CH + ")"),
            L("418", 418, E, P, "age_dispute_charity_clients_found_to_be_children", "up to June 2026 (found to be under 18; " + CH + ")"),
            L("about two-thirds", 200 / 3, AP, PCT, "age_dispute_charity_clients_share_found_to_be_children", "up to June 2026 (of those assessed by a council; " + CH + ")"),
            L("At least 262", 262, AL, P, "age_disputed_children_placed_in_adult_accommodation", "up to June 2026 (spent time in adult accommodation before their age was accepted; " + CH + ")"),
            L("3,412", 3412, E, P, AD, Y25H),
            L("22%", 22, E, PCT, AD + "_change", "2025 vs 2024 (up on the year before; Home Office figures)"),
            L("2,797", 2797, E, P, AD, "January to December 2024 (the year before; Home Office figures)"),
            L("2,140", 2140, E, P, AD + "_resolved", Y25H[:-1] + ", disputes resolved during the year)"),
            L("1,190", 1190, E, P, AD + "_found_adult", Y25H[:-1] + ", treated as an adult)"),
            L("56%", 56, E, PCT, AD + "_share_found_adult", Y25H[:-1] + ", of disputes resolved)"),
            L("950", 950, E, P, AD + "_found_child", Y25H[:-1] + ", accepted as a child)"),
            L("44%", 44, E, PCT, AD + "_share_found_child", Y25H[:-1] + ", of disputes resolved)"),
            L("11 weeks", 11, E, WEEKS, "age_disputed_child_stay_in_adult_hotel", "spring to summer 2025 (Dawit's time at a hotel before a council assessed him)", geo="Midlands"),
            L("1,146", 1146, E, P, "age_assessments_completed", "2023 to June 2026 (carried out since it was set up in 2023; the National Age Assessment Board)"),
            L("68%", 68, E, PCT, "age_assessments_share_found_adults", "2023 to June 2026 (of those it assessed, found to be adults; the National Age Assessment Board)"),
            R("between £3,000 and £5,000", 3000, 5000, GBP, "age_assessment_cost_per_assessment", "per assessment (2025, a full assessment costs a local authority; council children's services directors)", geo=ENG),
            L("94 days", 94, E, DAYS, "age_assessment_wait_average", "January to December 2025 (last year, an average; a survey by council children's services directors)", geo=ENG),
            L("318", 318, E, "other:claims", AJR, "January to December 2025 (2025)"),
            L("more than double", 2, MT, RATIO, AJR + "_ratio", "2025 vs 2023"),
            L("151", 151, E, "other:claims", AJR, "January to December 2023 (lodged in 2023)"),
            L("up to £2.3m", 2300000, AM, GBP, "age_assessment_technology_investment", "autumn 2026 (a contract for a trial of facial age estimation software this autumn; the Home Office)"),
        ]),
    "07-the-trig-point-safe-and-legal-routes-factcheck": dict(
        meta=dict(url="https://www.thetrigpoint.example/fact-check/immigration/safe-legal-routes-600000-halved/",
                  title="Has Britain really let in 600,000 people by safe routes, and have those routes been halved?",
                  publisher="The Trig Point", author="Ottoline Gathercole-Mensah", published_date="2026-11-19"),
        labels=[
            L("600,000", 600000, E, P, "safe_legal_routes_arrivals", "2015 to November 2026 (let in by safe routes; " + MIN + "; headline)", occ=0),
            L("halved", -50, E, PCT, SLRC, "since the July 2024 election (have those routes been; " + CAMP + "; headline)"),
            L("more than 600,000", 600000, MT, P, "safe_legal_routes_arrivals", "2015 to November 2026 (welcomed through safe and legal routes since 2015; " + MIN + ")"),
            L("three in four", 75, E, PCT, SLR + "_share_ukraine_bno", "2015 to 30 June 2026 (came on two schemes; our verdict)"),
            L("717,500", 717500, E, P, SLR, TO26 + ")", occ=0),
            L("309,800", 309800, E, P, "visas_granted_ukraine_schemes", "March 2022 to 30 June 2026 (of the safe and legal route grants from 2015 to the end of June 2026, visas under the Ukraine schemes; Home Office statistics)"),
            L("240,400", 240400, E, P, BNO, "January 2021 to 30 June 2026 (of the safe and legal route grants from 2015 to the end of June 2026, BN(O) visas for Hong Kongers; Home Office statistics)"),
            L("more than three-quarters", 75, MT, PCT, SLR + "_share_ukraine_bno", TO26 + ")"),
            L("69,400", 69400, E, P, "resettlement_arrivals", TO26 + ", resettlement schemes including those for Syrians and Afghans)"),
            L("97,900", 97900, E, P, FR, TO26 + ")"),
            V("Tens of thousands", 20000, 90000, P, "ukraine_visa_holders_not_travelled_or_returned", "2022 to November 2026 (given visas who never came or have since gone home)"),
            L("200", 200, E, P, UKRS, "January to December 2025 (last year, only; " + GRN + ")"),
            L("about six times", 6, AP, RATIO, UKRS + "_ratio", "2025 (the true figure vs the claim; our verdict)"),
            L("1,210", 1210, E, P, UKRS, "January to December 2025 (2025; Home Office statistics)", occ=0),
            L("40%", 40, E, PCT, UKRS + "_change", "2025 vs 2024 (more than; Home Office statistics)"),
            L("864", 864, E, P, UKRS, "January to December 2024 (resettled in 2024; Home Office statistics)"),
            L("5,612", 5612, E, P, "resettlement_arrivals", "January to December 2019 (in 2019, before COVID-19 halted resettlement flights)"),
            L("less than a quarter", 0.25, LT, RATIO, UKRS + "_ratio", "2025 vs 2019 (last year's total vs the UK's resettlement in 2019)"),
            L("212", 212, E, P, "resettlement_arrivals_community_sponsorship", "January to December 2025 (in 2025, community sponsorship)"),
            L("about 2.5 million", 2500000, AP, P, "refugees_resettlement_needs", "January to December 2027 (will need resettlement in 2027; UNHCR estimates)", geo="World"),
            L("half", -50, E, PCT, SLRC, "since the July 2024 election (cut safe routes in; " + CAMP + ")", ctx="in half"),
            L("38,900", 38900, E, P, SLR, YJ26, occ=0),
            L("76,400", 76400, E, P, SLR, YJ24),
            L("49%", -49, E, PCT, SLRC, "year to June 2026 vs year to June 2024 (a drop of; Home Office statistics)"),
            L("40,100", 40100, E, P, "visas_granted_ukraine_schemes", YJ24),
            L("14,800", 14800, E, P, "visas_granted_ukraine_schemes", YJ26),
            L("15,600", 15600, E, P, BNO, YJ24),
            L("10,300", 10300, E, P, BNO, YJ26),
            L("16,380", 16380, E, P, FR, YJ24),
            L("11,900", 11900, E, P, FR, YJ26),
            L("up to 10,000", 10000, AM, P, "safe_legal_routes_annual_cap", "per year (proposed for future refugee routes; the government)"),
            L("717,500", 717500, E, P, SLR, "2015 to 30 June 2026 (safe and legal route grants, 2015 to June 2026" + BOX7, occ=1),
            L("1,210", 1210, E, P, UKRS, "January to December 2025 (UK Resettlement Scheme, 2025" + BOX7, occ=1),
            L("38,900", 38900, E, P, SLR, "July 2025 to June 2026 (humanitarian route grants, YE June 2026" + BOX7, occ=1),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
