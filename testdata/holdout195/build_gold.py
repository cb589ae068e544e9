#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-ninety-fifth hand-labelled hold-out set (holdout195).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, MONTHS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, HOT)

UK, ENG, WAL, SCO, NI, EW, GB = "UK", "England", "Wales", "Scotland", "Northern Ireland", "England and Wales", "Great Britain"
VOTES, ROOMS, INCIDENTS, EMAILS = "other:votes", "other:rooms", "other:incidents", "other:emails"
RATE10K, RESPONSES, CASES = "other:persons_per_10000_residents", "other:responses", "other:cases"
SURGERIES, PPS, HH, PROTESTS = "other:surgeries", "other:persons_per_surgery", "other:households", "other:protests"
COUNCILS, QUESTIONS = "other:councils", "other:questions"
TWO3 = 200 / 3
ASP, ASH, ACH = "asylum_support_population", "asylum_support_share_hotels", "asylum_cost_hotels"
DISP, TGT, DPC = "asylum_dispersal_population", "asylum_dispersal_target", "asylum_dispersal_population_planned_change"
HIU = "asylum_hotels_in_use"

# 01 (Thursday 26 September 2024; Pendle Borough Council full council meeting on Tuesday 24 September 2024)
PEN, NEL = "Pendle", "Nelson"
MEET = "24 September 2024 (Tuesday night's full council meeting)"
J24H = "30 June 2024 (Home Office figures presented to the meeting)"
FY24 = "April 2023 to March 2024 (2023/24"
LP = "Lancashire Police"
CLC = "council_legal_costs_asylum_hotel"
PCA = "police_callouts_asylum_hotel"

# 02 (Monday 11 August 2025; protest on Saturday 9 August 2025; Suffolk Constabulary)
IPS, SUF = "Ipswich", "Suffolk"
SAT = "9 August 2025 (Saturday's protest outside the Chantry Vale Hotel"
SC = "; Suffolk Constabulary)"
PA_ = "protest_attendance"
PCOST = "police_cost_asylum_hotel_protests"
ACC = "Assistant Chief Constable Morwenna Hatchard-Bello"

# 03 (Wednesday 5 November 2025; Powys County Council planning committee on Monday 3 November 2025)
LW, POW = "Llandrindod Wells", "Powys"
HOP = "Home Office plans for the former Maesyfed Barracks"
LCP = "large_site_capacity_planned"
J25 = "30 June 2025 (in June; Home Office data)"
PAP = "Home Office papers released to the council"

# 04 (Wednesday 18 February 2026; MP's casework figures for 2025)
UB = "Upper Bann"
OFF = "office of Ruth Gilford-Asamoah MP"
Y25 = "January to December 2025 (last year; " + OFF + ")"
Y24 = "January to December 2024 (2024; " + OFF + ")"
BOX4 = " (SURGERY IN NUMBERS box; " + OFF + ")"
MCI = "mp_casework_immigration_cases"
S25 = "30 September 2025 (Home Office figures)"

# 05 (Wednesday 10 June 2026; Home Office indicative dispersal quotas published Tuesday 9 June 2026; PA copy)
CAL = "Calderdale"
QUO = "March 2028 (indicative quotas published by the Home Office on Tuesday 9 June 2026)"
NOWQ = "June 2026 (now; Home Office quotas published 9 June 2026)"
M26 = "31 March 2026 (the end of March; Home Office figures)"
CHQ = "now to March 2028 (under the indicative quotas)"
YH = "Yorkshire and the Humber"

# 06 (Friday 14 March 2025; Express-style)
BOU = "Bournemouth"
HOTEL6 = "the Regency Clifftop Hotel; contract papers seen by the Daily Thimble"
YTD6 = "1 January to 13 March 2025 (this year so far; Home Office figures)"

# 07 (Thursday 12 November 2026; Q&A with Cllr Alasdair Linwood-Asante, leader of Renfrewshire Council)
REN = "Renfrewshire"
LDR = "Cllr Alasdair Linwood-Asante, Renfrewshire Council leader"
ABB = "the Abbotsinch Lodge hotel"
FY26 = "April 2025 to March 2026 (2025-26; " + LDR + ")"

ARTICLES = {
    "01-nelson-warper-pendle-council-hotel-vote": dict(
        meta=dict(url="https://www.nelsonwarper.example/news/pendle/councillors-vote-to-press-home-office-over-walverden-park-hotel-as-bill-for-legal-advice-tops-86000-3318402",
                  title="Councillors vote to press Home Office over Walverden Park hotel as bill for legal advice tops £86,000",
                  publisher="Nelson Warper", author="Tamsin Hollinrake-Oyelaran", published_date="2024-09-26"),
        labels=[
            L("tops £86,000", 86000, MT, GBP, CLC, FY24 + "; headline)", geo=PEN),
            L("27", 27, E, VOTES, "council_motion_votes_for", MEET, ctx="by 27 votes", geo=PEN),
            L("9", 9, E, VOTES, "council_motion_votes_against", MEET, ctx="votes to 9", geo=PEN),
            L("3", 3, E, VOTES, "council_motion_abstentions", MEET, ctx="with 3 abstentions", geo=PEN),
            L("64", 64, E, ROOMS, "asylum_hotel_rooms", "September 2024 (the Walverden Park Hotel)", geo=NEL),
            L("118", 118, E, P, HOT, J24H + " at the Walverden Park Hotel", geo=NEL),
            L("more than half", 50, MT, PCT, ASH, "30 June 2024 (the hotel's share of the 212 asylum seekers living in the borough)", geo=PEN),
            L("212", 212, E, P, ASP, J24H + " living in the borough", geo=PEN),
            L("22", 22, E, RATE10K, ASP + "_per_10000_residents", J24H, ctx="at 22 per", geo=PEN),
            L("15", 15, E, RATE10K, ASP + "_per_10000_residents", "30 June 2024 (the Lancashire average)", ctx="average of 15", geo="Lancashire"),
            L("55", 55, E, P, ASP, "31 December 2019 (the end of 2019, before hotels were used)", geo=PEN),
            L("nearly four times", 4, ALM, RATIO, ASP + "_ratio", "30 June 2024 vs the end of 2019 (as many)", geo=PEN),
            L("£86,000", 86000, E, GBP, CLC, FY24 + "; report to councillors)", ctx="spent £86,000", geo=PEN),
            V("hundreds", 200, 900, EMAILS, "council_emails_from_residents_asylum_hotel", "to September 2024 (emails from residents; Cllr Ashfaq Ridehalgh-Mensah, council leader)", geo=PEN),
            L("2,340", 2340, E, P, "petition_signatures_close_asylum_hotel", "to 24 September 2024 (handed in before the meeting)", geo=PEN),
            L("41", 41, E, INCIDENTS, PCA, "September 2023 to August 2024 (the 12 months to August; " + LP + ")", geo=NEL),
            L("15%", -15, E, PCT, PCA + "_change", "12 months to August 2024 vs the year before (down; " + LP + ")", geo=NEL),
            L("48", 48, E, INCIDENTS, PCA, "September 2022 to August 2023 (the year before; " + LP + ")", geo=NEL),
            L("About one in five", 20, AP, PCT, "asylum_hotel_residents_share_granted_refugee_status", "September 2024 (already granted refugee status; Cllr Hilary Barrowford-Quist)", geo=NEL),
            L("24", 24, E, P, "asylum_hotel_residents_granted_refugee_status", "September 2024 (Home Office figures)", ctx="group at 24 men", geo=NEL),
            R("between 30 and 40", 30, 40, P, "asylum_hotel_moves_to_dispersal", "winter 2024-25 (planned moves into shared houses around Pendle; Serco)", geo=PEN),
            L("29,585", 29585, E, P, HOT, "30 June 2024 (nationally)"),
            L("more than 50,000", 50000, MT, P, HOT, "30 June 2023 (a year before)"),
            L("£3.1bn", 3100000000, E, GBP, ACH, FY24 + "; the department)"),
            L("about £8.5m", 8500000, AP, GBP, ACH, "per day (2023/24)"),
            L("about 220", 220, AP, HOTELS, HIU, "September 2024 (now; the Home Office)"),
        ]),
    "02-carding-news-ipswich-hotel-protest-policing": dict(
        meta=dict(url="https://www.cardingnews.example/news/articles/c7q2w9x1e4lo",
                  title="Fourteen arrested as crowd of 1,200 gathers outside Ipswich asylum hotel",
                  publisher="Carding News", author="Harriet Wolsey-Adeyinka", published_date="2025-08-11"),
        labels=[
            L("Fourteen", 14, E, P, "protest_arrests", SAT + "; headline)", ctx="Fourteen arrested", geo=IPS),
            L("1,200", 1200, E, P, PA_, SAT + "; headline)", ctx="crowd of 1,200", geo=IPS),
            L("Fourteen", 14, E, P, "protest_arrests", SAT + SC, ctx="Fourteen people were", geo=IPS),
            L("about 1,200", 1200, AP, P, PA_, SAT + SC, ctx="after about 1,200 protesters", geo=IPS),
            L("around 400", 400, AP, P, "counter_protest_attendance", SAT + SC, geo=IPS),
            L("260", 260, E, P, "police_officers_deployed_asylum_hotel_protests", SAT + SC, geo=IPS),
            L("90", 90, E, P, "police_officers_deployed_asylum_hotel_protests_mutual_aid", SAT + "; sent from Norfolk and Essex" + SC, geo=IPS),
            L("Three", 3, E, P, "police_officers_injured", SAT + "; minor injuries" + SC, ctx="Three officers", geo=IPS),
            L("about 1,200", 1200, AP, P, PA_, SAT + "; image caption; police estimate)", ctx="hotel at about 1,200", geo=IPS),
            L("180", 180, E, P, HOT, "August 2025 (currently houses; the Chantry Vale Hotel)", geo=IPS),
            L("doubled", 2, E, RATIO, PA_ + "_ratio", "9 August 2025 vs Saturday 2 August 2025 (the crowd had doubled since the previous Saturday" + SC, geo=IPS),
            L("about 600", 600, AP, P, PA_, "2 August 2025 (the previous Saturday" + SC, geo=IPS),
            L("more than 3,000", 3000, MT, P, PA_, SAT + "; organisers' claim on social media)", geo=IPS),
            L("14", 14, E, P, "protest_arrests", SAT + SC, ctx="Of the 14 people", geo=IPS),
            L("six", 6, E, P, "protesters_charged", SAT + "; charged" + SC, ctx="six have been charged", geo=IPS),
            L("Half", 50, E, PCT, "protest_arrests_share_from_outside_suffolk", SAT + "; travelled from outside Suffolk" + SC, ctx="Half had travelled", geo=IPS),
            L("£380,000", 380000, E, GBP, PCOST, "9-10 August 2025 (the weekend, estimated; " + ACC + ")", geo=SUF),
            L("£1.1m", 1100000, E, GBP, PCOST, "late June to 10 August 2025 (since the protests began in late June; " + ACC + ")", geo=SUF),
            L("roughly a quarter", 25, AP, PCT, PCOST + "_share_overtime_budget", "2025-26 (of the overtime budget for the whole year; " + ACC + ")", geo=SUF),
            L("more than 30", 30, MT, HOTELS, "asylum_hotels_protested", "mid-July to 11 August 2025 (over the past month)", geo=ENG),
            L("more than 100", 100, MT, P, "protest_arrests", "mid-July to 11 August 2025 (since the middle of July, linked to hotel protests; National Police Chiefs' Council)", geo=EW),
            L("32,345", 32345, E, P, HOT, "31 March 2025 (the latest Home Office figures)"),
            L("about 210", 210, AP, HOTELS, HIU, "31 March 2025 (the latest Home Office figures)"),
        ]),
    "03-newtown-pandy-maesyfed-barracks-planning-row": dict(
        meta=dict(url="https://www.newtownpandy.example/news/radnorshire/council-to-fight-home-office-plan-for-900-men-at-former-barracks-2210937",
                  title="Council to fight Home Office plan for 900 men at former barracks",
                  publisher="Newtown Pandy", author="Carys Pugh-Ramaswamy", published_date="2025-11-05"),
        labels=[
            L("900", 900, E, P, LCP, "spring 2026 (planned; headline)", ctx="plan for 900 men", geo=LW),
            L("11", 11, E, VOTES, "council_motion_votes_for", "3 November 2025 (Monday; planning committee)", ctx="by 11 votes", geo=POW),
            L("2", 2, E, VOTES, "council_motion_votes_against", "3 November 2025 (Monday; planning committee)", ctx="votes to 2", geo=POW),
            L("up to £250,000", 250000, AM, GBP, "council_legal_costs_large_site", "November 2025 (set aside for a possible judicial review; planning committee)", geo=POW),
            L("up to 500", 500, AM, P, "large_site_capacity", "January 2026 (from January; " + HOP + ")", geo=LW),
            L("900", 900, E, P, LCP, "spring 2026 (rising to by the spring; " + HOP + ")", ctx="rising to 900", geo=LW),
            L("400", 400, E, P, LCP + "_change", "now vs the figure first announced in September 2025 (higher; " + HOP + ")", ctx="is 400 higher", geo=LW),
            L("500", 500, E, P, LCP, "September 2025 (first announced; " + HOP + ")", ctx="than the 500 first", geo=LW),
            L("3,870", 3870, E, RESPONSES, "planning_consultation_objections", "to November 2025 (consultation run by the council)", geo=POW),
            L("212", 212, E, RESPONSES, "planning_consultation_letters_of_support", "to November 2025 (consultation run by the council)", geo=POW),
            L("more than 18", 18, MT, RATIO, "planning_consultation_objections_ratio", "to November 2025 (objections for every one in favour)", geo=POW),
            L("About 700", 700, AP, P, "public_meeting_attendance", "31 October 2025 (Friday; public meeting at the Albert Hall)", geo=LW),
            L("about 5,300", 5300, AP, P, "population", "November 2025 (residents)", geo=LW),
            L("about a sixth", 100 / 6, AP, PCT, LCP + "_share_of_population", "spring 2026 (the larger figure as a share of the town's population)", geo=LW),
            L("900", 900, E, P, LCP, "spring 2026 (Cllr Bethan Lloyd-Achterberg, cabinet member for planning)", ctx="drop 900 people", geo=LW),
            L("7,900", 7900, E, P, "gp_registered_patients", "November 2025 (registered patients at the town's GP practice)", geo=LW),
            L("about 11%", 11, AP, PCT, "gp_registered_patients_change", "once the site is full (projected addition to the practice list; Powys Teaching Health Board)", geo=LW),
            L("£19.5m", 19500000, E, GBP, "large_site_cost_site_works", "preparing the site (estimate; " + PAP + ")", geo=LW),
            L("£112", 112, E, GBP, "large_site_cost_per_person_night", "per night (per person, planned running cost; " + PAP + ")", geo=LW),
            L("£148", 148, E, GBP, "asylum_hotel_cost_per_person_night", "per night (per person in a hotel; " + PAP + ")"),
            L("almost £12m", 12000000, ALM, GBP, "large_site_saving_planned", "per year (once full; " + PAP + ")", geo=LW),
            L("£1.2m", 1200000, E, GBP, "police_cost_large_site", "the site's first year (estimate; Dyfed-Powys Police)", geo=LW),
            L("about 230", 230, AP, P, "large_site_population", "2020 and 2021 (Penally camp)", geo="Pembrokeshire"),
            L("3,240", 3240, E, P, ASP, J25, geo=WAL),
            L("just over 110,000", 110000, MT, P, ASP, J25),
            L("roughly 3%", 3, AP, PCT, ASP + "_share_wales", J25 + " Wales's share of the UK total"),
            L("96", 96, E, P, DISP, "30 June 2025 (in dispersed homes; Home Office data)", geo=POW),
            L("a third", -THIRD, E, PCT, DISP + "_change", "June 2025 vs a year earlier (a fall of; Home Office data)", geo=POW),
            L("144", 144, E, P, DISP, "June 2024 (a year earlier; Home Office data)", geo=POW),
            L("500", 500, E, P, LCP, "September 2025 (we were told; Cllr Emyr Cadwallader-Nwosu)", ctx="told 500", geo=LW),
            L("900", 900, E, P, LCP, "November 2025 (now; Cllr Emyr Cadwallader-Nwosu)", ctx="Now it is 900", geo=LW),
        ]),
    "04-portadown-beetler-upper-bann-mp-casework": dict(
        meta=dict(url="https://www.portadownbeetler.example/news/local/immigration-cases-at-upper-bann-mps-office-up-57-as-hotel-worries-grow-4471205",
                  title="Immigration cases at Upper Bann MP's office up 57% as hotel worries grow",
                  publisher="Portadown Beetler", author="Niamh Tandragee-Osei", published_date="2026-02-18"),
        labels=[
            L("57%", 57, E, PCT, MCI + "_change", "2025 vs 2024 (up; headline)", ctx="up 57%", geo=UB),
            L("about one in seven", 100 / 7, AP, PCT, MCI + "_share", "January to December 2025 (of all cases her staff handle; standfirst)", ctx="account for about one in seven", geo=UB),
            L("612", 612, E, CASES, MCI, Y25, occ=0, geo=UB),
            L("390", 390, E, CASES, MCI, Y24, occ=0, geo=UB),
            L("57%", 57, E, PCT, MCI + "_change", "2025 vs 2024 (a rise of; " + OFF + ")", ctx="a rise of 57%", geo=UB),
            L("about one in seven", 100 / 7, AP, PCT, MCI + "_share", "January to December 2025 (of the 4,120 cases; " + OFF + ")", ctx="That is about one in seven", geo=UB),
            L("4,120", 4120, E, CASES, "mp_casework_cases", "January to December 2025 (2025; " + OFF + ")", occ=0, geo=UB),
            L("9%", 9, E, PCT, "mp_casework_cases_change", "2025 vs 2024 (more than the year before; " + OFF + ")", geo=UB),
            L("248", 248, E, CASES, "mp_casework_asylum_seeker_cases", Y25 + " from asylum seekers or refugees chasing decisions or support payments", geo=UB),
            L("187", 187, E, CASES, "mp_casework_asylum_hotel_concern_cases", Y25 + " from constituents raising concerns about hotels", geo=UB),
            L("1,340", 1340, E, CASES, "mp_casework_housing_cases", Y25, occ=0, geo=UB),
            L("about a third", THIRD, AP, PCT, "mp_casework_housing_cases_share", Y25 + " of the total", ctx="or about a third", geo=UB),
            L("46", 46, E, SURGERIES, "mp_surgeries_held", Y25, occ=0, geo=UB),
            L("1,010", 1010, E, P, "mp_surgery_constituents_seen", Y25 + " face to face", occ=0, geo=UB),
            L("22", 22, E, PPS, "mp_surgery_constituents_seen_average", Y25 + " per surgery", geo=UB),
            L("14 months", 14, E, MONTHS, "asylum_initial_decision_wait_average", "to February 2026 (asylum cases raised with her office; Ruth Gilford-Asamoah MP)", geo=UB),
            L("61", 61, E, CASES, "mp_casework_asylum_cases_escalated_to_ministers", "to February 2026 (written to ministers more than once; Ruth Gilford-Asamoah MP)", geo=UB),
            L("4,120", 4120, E, CASES, "mp_casework_cases", "January to December 2025 (cases opened" + BOX4, occ=1, geo=UB),
            L("612", 612, E, CASES, MCI, "January to December 2025" + BOX4, occ=1, geo=UB),
            L("390", 390, E, CASES, MCI, "January to December 2024 (2024:" + BOX4, occ=1, geo=UB),
            L("1,340", 1340, E, CASES, "mp_casework_housing_cases", "January to December 2025" + BOX4, occ=1, geo=UB),
            L("46", 46, E, SURGERIES, "mp_surgeries_held", "January to December 2025" + BOX4, occ=1, geo=UB),
            L("1,010", 1010, E, P, "mp_surgery_constituents_seen", "January to December 2025" + BOX4, occ=1, geo=UB),
            L("2,410", 2410, E, P, ASP, S25, geo=NI),
            L("820", 820, E, P, HOT, S25, geo=NI),
            L("about a third", THIRD, AP, PCT, ASH, S25 + " share of those on asylum support in hotels", ctx="820, about a third", geo=NI),
            L("176", 176, E, P, ASP, S25, geo="Armagh City, Banbridge and Craigavon"),
            L("more than 80%", 80, MT, PCT, "asylum_applications_share_via_northern_ireland", "2024 (asylum claimants in Ireland who travelled via Northern Ireland; the Irish Government)", geo="Ireland"),
            L("about 71,000", 71000, AP, P, "asylum_backlog", "30 September 2025 (claims undecided)"),
            L("more than 175,000", 175000, MT, P, "asylum_backlog", "2023 (the peak)"),
        ]),
    "05-halifax-carder-pa-dispersal-quotas-calderdale": dict(
        meta=dict(url="https://www.halifaxcarder.example/news/calderdale/calderdale-told-to-find-107-more-homes-for-asylum-seekers-under-new-council-quotas-6025518",
                  title="Calderdale told to find 107 more homes for asylum seekers under new council quotas",
                  publisher="Halifax Carder", author="Jocasta Ellerby-Nwachukwu", published_date="2026-06-10"),
        labels=[
            L("107", 107, E, P, DPC, CHQ + " (headline)", ctx="find 107 more homes", geo=CAL),
            L("98,000", 98000, E, P, TGT, QUO, geo=GB),
            L("76,500", 76500, E, P, DISP, M26 + " in Britain", geo=GB),
            L("21,500", 21500, E, P, DPC, "31 March 2026 to March 2028 (more places needed)", geo=GB),
            L("29,900", 29900, E, P, HOT, M26),
            L("about 14.5", 14.5, AP, RATE10K, TGT + "_per_10000_residents", QUO + " across Great Britain", geo=GB),
            L("412", 412, E, P, TGT, QUO, geo=CAL),
            L("305", 305, E, P, DISP, NOWQ + " living in the borough", geo=CAL),
            L("107", 107, E, P, DPC, CHQ + " (an increase of)", ctx="increase of 107", geo=CAL),
            L("35%", 35, E, PCT, DPC, CHQ + " (an increase of)", geo=CAL),
            L("about 20", 20, AP, RATE10K, TGT + "_per_10000_residents", QUO, ctx="about 20 per", geo=CAL),
            L("830", 830, E, P, TGT, QUO, geo="Kirklees"),
            L("612", 612, E, P, DISP, NOWQ, geo="Kirklees"),
            L("1,380", 1380, E, P, DISP, NOWQ, geo="Bradford"),
            L("260", -260, E, P, DPC, CHQ + " (fall by)", geo="Bradford"),
            L("almost a fifth", -20, ALM, PCT, DPC, CHQ + " (fall by)", geo="Bradford"),
            L("1,120", 1120, E, P, TGT, QUO, geo="Bradford"),
            L("10,600", 10600, E, P, TGT, QUO, geo=YH),
            L("1,300", -1300, E, P, DPC, CHQ + " (lower than the region houses today)", geo=YH),
            L("11,900", 11900, E, P, DISP, NOWQ + " the region houses today", geo=YH),
            L("83", 83, E, COUNCILS, "councils_without_asylum_dispersal", NOWQ + " nobody seeking asylum in dispersed housing", geo=ENG),
            L("107", 107, E, P, DPC, CHQ + " (image caption)", ctx="find 107 more places", geo=CAL),
            L("£4,000", 4000, E, GBP, "council_asylum_grant_per_new_dispersal_bed", "March 2028 quotas (for each extra bed councils help to find; Home Office)", ctx="receive £4,000", geo=GB),
            L("£428,000", 428000, E, GBP, "council_asylum_grant_new_dispersal_beds", CHQ + " (what the grant would be worth for Calderdale)", geo=CAL),
            L("£4,000", 4000, E, GBP, "council_asylum_grant_per_new_dispersal_bed", "March 2028 quotas (one-off, a bed; Cllr Yasmin Luddenden-Afolayan, Calderdale Council leader)", ctx="one-off £4,000", geo=GB),
            L("5,900", 5900, E, P, ASP, "March 2026 (receiving asylum support)", geo=SCO),
            L("more than two-thirds", TWO3, MT, PCT, ASP + "_share_glasgow", "March 2026 (of those receiving asylum support in Scotland)", geo=SCO),
            L("roughly halved", -50, AP, PCT, DPC, CHQ + " (the city's allocation against the number it now houses)", geo="Glasgow"),
            L("4,050", 4050, E, P, ASP, NOWQ + " the city now houses", geo="Glasgow"),
            L("2,100", 2100, E, P, TGT, QUO, geo="Glasgow"),
            L("4,400", 4400, E, P, TGT, QUO, geo=WAL),
            L("4.5%", 4.5, E, PCT, TGT + "_share_wales", QUO + " Wales's share of the total", geo=GB),
            L("Some 2,380", 2380, AP, P, ASP, M26, geo=NI),
            L("104,300", 104300, E, P, "asylum_applications", "April 2025 to March 2026 (the year ending March 2026; Home Office figures)"),
            L("6%", -6, E, PCT, "asylum_applications_change", "year ending March 2026 vs the previous 12 months (down)"),
        ]),
    "06-daily-thimble-bournemouth-hotel-cost-per-night": dict(
        meta=dict(url="https://www.dailythimble.example/news/politics/2071938/migrants-clifftop-hotel-costs-taxpayers-34000-a-night-bournemouth",
                  title="Migrants' clifftop hotel costs taxpayers £34,000 A NIGHT - nearly double what holidaymakers pay",
                  publisher="Daily Thimble", author="Ottoline Branksome-Achebe", published_date="2025-03-14"),
        labels=[
            L("£34,000", 34000, E, GBP, ACH, "per day (March 2025, " + HOTEL6 + "; headline)", ctx="taxpayers £34,000", geo=BOU),
            L("nearly double", 2, ALM, RATIO, "asylum_hotel_cost_per_person_night_to_room_rate_ratio", "per night (March 2025, what holidaymakers pay; headline)", ctx="NIGHT - nearly double", geo=BOU),
            L("£162", 162, E, GBP, "asylum_hotel_cost_per_person_night", "per night (March 2025, " + HOTEL6 + "; bullet point)", ctx="paying £162", geo=BOU),
            L("£12.5m", 12500000, E, GBP, ACH, "per year (" + HOTEL6 + "; bullet point)", ctx="running at £12.5m", geo=BOU),
            L("29%", 29, E, PCT, HOT + "_change", "31 December 2024 vs July 2024 (up since Labour took power; bullet point)", ctx="up 29%"),
            L("£162", 162, E, GBP, "asylum_hotel_cost_per_person_night", "per night (March 2025, " + HOTEL6 + ")", ctx="handing over £162", geo=BOU),
            L("212", 212, E, P, HOT, "March 2025 (" + HOTEL6 + ")", geo=BOU),
            L("more than £34,000", 34000, MT, GBP, ACH, "per day (March 2025, every night; " + HOTEL6 + ")", geo=BOU),
            L("£12.5m", 12500000, E, GBP, ACH, "per year (over a year; " + HOTEL6 + ")", ctx="adds up to £12.5m", geo=BOU),
            L("nearly double", 2, ALM, RATIO, "asylum_hotel_cost_per_person_night_to_room_rate_ratio", "per night (March 2025, the per-person rate against the advertised price of a sea-view double room)", ctx="is nearly double", geo=BOU),
            L("£89", 89, E, GBP, "hotel_advertised_room_rate_per_night", "per night (March 2025, a sea-view double room at the hotel's own advertised price this month)", geo=BOU),
            L("38,079", 38079, E, P, HOT, "31 December 2024 (the end of December; Home Office figures)"),
            L("8,494", 8494, E, P, HOT + "_change", "31 December 2024 vs July 2024 (more than when Sir Keir Starmer entered Downing Street)"),
            L("29%", 29, E, PCT, HOT + "_change", "31 December 2024 vs July 2024 (a rise of)", ctx="a rise of 29%"),
            L("about £5.5m", 5500000, AP, GBP, ACH, "per day (March 2025, now; official estimates)"),
            L("Some 4,647", 4647, AP, P, SBA, YTD6),
            L("24%", 24, E, PCT, SBA + "_change", "1 January to 13 March 2025 vs the same stage of 2024 (up)"),
            L("3,748", 3748, E, P, SBA, "1 January to 13 March 2024 (at this stage of 2024)"),
            L("83", 83, E, BOATS, SBC, YTD6),
            L("56", 56, E, PPB, "small_boat_occupancy", YTD6 + " average per boat"),
            L("twice", 2, E, RATIO, "small_boat_occupancy_ratio", "2025 so far vs 2021 (as many as were typically crammed on board)"),
            L("£715m", 715000000, E, GBP, "rwanda_scheme_cost", "April 2022 to July 2024 (the Rwanda scheme, cancelled in July 2024)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (people who went to Rwanda, all volunteers)", ctx="only four people"),
            L("about 200", 200, AP, P, "rwanda_accommodation_capacity", "March 2025 (hostel built in Kigali to receive arrivals)", geo="Rwanda"),
            L("£476m", 476000000, E, GBP, "uk_funding_to_france", "2023 to 2026 (over three years, to stop crossings)"),
            L("1,930", 1930, E, P, "small_boat_launch_attempts_stopped_people", "January and February 2025 (figures released in Paris)", geo="France"),
            L("11%", -11, E, PCT, "asylum_applications_change", "2024 vs 2023 (last year, fell by)", geo="EU"),
            L("just over 1m", 1000000, MT, P, "asylum_applications", "January to December 2024 (last year)", geo="EU"),
            L("£162", 162, E, GBP, "asylum_hotel_cost_per_person_night", "per night (March 2025; Derek Southbourne-Hale, resident)", ctx="But £162", geo=BOU),
            V("tens of thousands", 20000, 90000, P, HOT, "July 2024 (what the previous government left; a Home Office source)"),
        ]),
    "07-renfrewshire-reel-council-leader-asylum-qa": dict(
        meta=dict(url="https://www.renfrewshirereel.example/news/politics/we-want-a-say-not-a-letter-council-leader-answers-your-questions-on-asylum-housing-1187364",
                  title="'We want a say, not a letter': council leader answers your questions on asylum housing",
                  publisher="Renfrewshire Reel", author="Fiona Houston-Okonjo", published_date="2026-11-12"),
        labels=[
            L("more than 60", 60, MT, QUESTIONS, "reader_questions_submitted", "29 October to 12 November 2026 (over the past fortnight)", geo=REN),
            L("190", 190, E, P, HOT, "summer 2024 (at its busiest; " + ABB + "; " + LDR + ")", geo=REN),
            L("74", 74, E, P, HOT, "12 November 2026 (today; " + ABB + "; " + LDR + ")", geo=REN),
            L("61%", -61, E, PCT, HOT + "_change", "November 2026 vs summer 2024 (fallen by; " + ABB + "; " + LDR + ")", geo=REN),
            L("About 40", 40, AP, P, "asylum_hotel_residents_granted_refugee_status", "November 2026 (" + ABB + "; " + LDR + ")", geo=REN),
            L("410", 410, E, P, DISP, "30 September 2026 (the end of September; " + LDR + ")", geo=REN),
            L("520", 520, E, P, TGT, "March 2028 (the UK Government's fair-share quotas; " + LDR + ")", geo=REN),
            L("more than a quarter", 25, MT, PCT, DPC, "now to March 2028 (more than today; " + LDR + ")", geo=REN),
            L("about 3,700", 3700, AP, P, ASP, "November 2026 (" + LDR + ")", geo="Glasgow"),
            L("roughly 5,600", 5600, AP, P, ASP, "November 2026 (supported in Scotland; " + LDR + ")", geo=SCO),
            L("about two-thirds", TWO3, AP, PCT, ASP + "_share_glasgow", "November 2026 (of those supported in Scotland; " + LDR + ")", geo=SCO),
            L("£2.3m", 2300000, E, GBP, "council_asylum_cost", FY26, geo=REN),
            L("£1.6m", 1600000, E, GBP, "council_asylum_grant", FY26, geo=REN),
            L("£700,000", 700000, E, GBP, "council_asylum_cost_shortfall", FY26, ctx="were £700,000 short", geo=REN),
            L("138", 138, E, HH, "refugees_homeless_after_leaving_asylum_support", FY26 + " last year", geo=REN),
            L("45%", 45, E, PCT, "refugees_homeless_after_leaving_asylum_support_change", "2025-26 vs 2024-25 (up; " + LDR + ")", geo=REN),
            L("95", 95, E, HH, "refugees_homeless_after_leaving_asylum_support", "April 2024 to March 2025 (2024-25; " + LDR + ")", geo=REN),
            L("71", 71, E, HH, "refugees_homeless_after_leaving_asylum_support", "January to June 2026 (the first six months of 2026; " + LDR + ")", geo=REN),
            L("three", 3, E, PROTESTS, "asylum_accommodation_protests", "January to November 2026 (this year, at the hotel; Police Scotland via " + LDR + ")", ctx="been three protests", geo=REN),
            L("about 150", 150, AP, P, PA_, "2026 (the largest protest at the hotel this year; " + LDR + ")", geo=REN),
            L("nine", 9, E, HOTELS, HIU, "5 July 2024 (when Labour came into office; " + LDR + ")", geo=SCO),
            L("three", 3, E, HOTELS, HIU, "November 2026 (left; " + LDR + ")", ctx="There are three left", geo=SCO),
            L("around £4m", 4000000, AP, GBP, ACH, "per day (November 2026; the Home Office's own figures, cited by " + LDR + ")"),
            L("£700,000", 700000, E, GBP, "council_asylum_cost_shortfall", FY26, ctx="But £700,000", geo=REN),
            L("Around one in three", 100 / 3, AP, PCT, "refugees_share_remaining_in_area", "November 2026 (refugees granted status here who stay afterwards; " + LDR + ")", geo=REN),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
