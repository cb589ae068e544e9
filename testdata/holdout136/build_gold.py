#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-thirty-sixth hand-labelled hold-out set (holdout136).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, EUR, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, HOT)

UK, ENG, WAL, SCO, NI, FR, EU = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France", "EU"
DECISIONS, MONTHS, LICENCES, SIGS = "other:decisions", "other:months", "other:licences", "other:signatures"
DAYS, INC, OPS, COUNCILS = "other:days", "other:incidents", "other:operations", "other:council_areas"
TFR, PER1000 = "other:children_per_woman", "other:per_1000_residents"
TWO_THIRDS = 200 / 3

# 01 (Thursday 26 February 2026; Home Office quarterly statistics published that day, year ending December 2025)
HO1 = "Home Office quarterly statistics published Thursday 26 February 2026"
D25 = "31 December 2025 (" + HO1
D24 = "31 December 2024 (twelve months before; " + HO1 + ")"
Y25 = "January to December 2025 (" + HO1
Y24 = "January to December 2024 (" + HO1
BL, DM = "asylum_backlog", "asylum_decision_makers"
FCO = "Joanne Tiplady-Osei, Federation of Casework Officers"
# 02 (Friday 22 May 2026; Home Office statistics published Thursday 21 May 2026, year ending March 2026)
HO2 = "Home Office statistics published Thursday 21 May 2026"
YM26 = "April 2025 to March 2026 (the year ending March 2026; " + HO2
YM25 = "April 2024 to March 2025 (the previous twelve months; " + HO2 + ")"
HCW = "visas_granted_health_care_worker"
HCWD = HCW + "_dependants"
CH2 = "year ending March 2026 vs year ending March 2025"
NCPA = "National Care Providers' Association"
# 03 (Thursday 9 July 2026; ONS mid-2025 estimates and migration tables released Tuesday 7 July 2026)
ONS3 = "ONS detailed migration tables released Tuesday 7 July 2026"
YM3 = "July 2024 to June 2025 (the year to mid-2025; " + ONS3
MID3 = "30 June 2025 (" + ONS3
SWA, NEW = "Swansea", "Newport"
# 04 (Tuesday 15 September 2026; PA copy with local lines; Home Office statements on Monday 14 September 2026)
WIC = "Brinsmere"
SITE = "large_site"
MON4 = "14 September 2026 (currently; officials on Monday"
HOS4 = "a Home Office spokesperson"
# 05 (Thursday 9 April 2026; annual report of the Préfecture maritime published Wednesday 8 April 2026)
PREF = "Préfecture maritime de la Manche et de la mer du Nord annual report published Wednesday 8 April 2026"
Y25_5 = "January to December 2025 (last year; " + PREF
IOM = "International Organization for Migration"
OPS5 = "channel_rescue_operations"
RESC = "small_boat_rescues"
# 06 (Wednesday 17 June 2026; NRS vital events for 2025 released Tuesday 16 June 2026)
NRS = "NRS figures released Tuesday 16 June 2026"
Y25_6 = "January to December 2025 (2025; " + NRS
Y24_6 = "January to December 2024 (" + NRS + ")"
NC = "population_natural_change"
DG = "Dumfries and Galloway"
# 07 (Saturday 30 May 2026; ONS provisional estimates published Thursday 21 May 2026, calendar 2025)
ONS7 = "ONS provisional estimates published Thursday 21 May 2026"
C25 = "January to December 2025 (" + ONS7
ABROAD = "Outside the UK"
BRA = "british_nationals_resident_abroad"

ARTICLES = {
    "01-wagtail-news-asylum-backlog-decision-makers": dict(
        meta=dict(url="https://www.wagtailnews.example/news/uk-politics-70418263",
                  title="Asylum queue shrinks to 61,400 but a quarter of decision-makers have gone",
                  publisher="Wagtail News", author="Eleri Vasquez-Prothero", published_date="2026-02-26"),
        labels=[
            L("61,400", 61400, E, P, BL, D25 + "; headline)", occ=0),
            L("a quarter", -25, E, PCT, DM + "_change", "31 December 2025 vs 31 December 2024 (decision-makers have gone; headline)",
              ctx="but a quarter of decision-makers"),
            L("61,400", 61400, E, P, BL, D25 + "; claimants yet to hear anything)", occ=1),
            L("36%", -36, E, PCT, BL + "_change", "31 December 2025 vs 31 December 2024 (a fall of; " + HO1 + ")"),
            L("95,900", 95900, E, P, BL, D24),
            L("little more than a third", THIRD, MT, PCT, BL + "_share_of_peak", "31 December 2025 vs the June 2023 peak (" + HO1 + ")"),
            L("nearly 176,000", 176000, ALM, P, BL, "June 2023 (the peak, stuck in the queue; " + HO1 + ")"),
            L("a quarter", -25, E, PCT, DM + "_change", "31 December 2025 vs 31 December 2024 (over the same twelve months, staff making decisions fell by; " + HO1 + ")",
              ctx="fell by a quarter"),
            L("2,590", 2590, E, P, DM, "31 December 2024 (full-time equivalent posts; " + HO1 + ")"),
            L("1,940", 1940, E, P, DM, D25 + "; full-time equivalent posts)"),
            L("about 4,600", 4600, AP, P, "asylum_backlog_illegal_migration_act_cohort", D25 + "; claims frozen under the plan to send them to Rwanda, since reopened)"),
            L("118,300", 118300, E, P, "asylum_initial_decisions", Y25 + "; initial decisions during 2025)"),
            L("12%", 12, E, PCT, "asylum_initial_decisions_change", "2025 vs 2024 (more than in 2024; " + HO1 + ")"),
            L("5.1", 5.1, E, DECISIONS, "asylum_decisions_per_caseworker", "February 2026, per month (now; an average, cases a month per decision-maker; " + HO1 + ")"),
            L("3.4", 3.4, E, DECISIONS, "asylum_decisions_per_caseworker", "early 2024, per month (" + HO1 + ")"),
            L("Some 41%", 41, AP, PCT, "asylum_grants_share_initial_decisions", Y25 + "; last year's decisions that granted protection)"),
            L("47%", 47, E, PCT, "asylum_grants_share_initial_decisions", Y24 + "; recorded for 2024)"),
            L("roughly doubled", 2, AP, RATIO, "asylum_withdrawals_ratio", "2025 vs 2024 (claims withdrawn or treated as withdrawn; " + HO1 + ")"),
            L("14,900", 14900, E, P, "asylum_withdrawals", Y25 + "; claims withdrawn or treated as withdrawn)"),
            L("19,800", 19800, E, P, "asylum_backlog_waiting_over_6_months", D25 + "; waited beyond the six-month mark)"),
            L("almost a third", THIRD, ALM, PCT, "asylum_backlog_share_waiting_over_6_months", D25 + "; of the people still waiting)"),
            L("104,700", 104700, E, P, "asylum_applications", Y25 + "; last year)"),
            L("3%", 3, E, PCT, "asylum_applications_change", "2025 vs 2024 (higher than the previous year; " + HO1 + ")"),
            L("4,370", 4370, E, P, SBA, "1 January to 26 February 2026 (so far this year; separate Home Office daily figures)"),
            L("about 1,100", 1100, AP, P, "union_members_asylum_staff", "February 2026 (asylum staff the Federation of Casework Officers represents)"),
            L("Nearly 300", 300, ALM, P, DM + "_leavers", "October 2025 to 26 February 2026 (walked out of the decision-making teams since October; " + FCO + ")"),
            L("One in five", 20, E, PCT, DM + "_new_starters_share_left", "starters trained in 2025, by February 2026 (already gone; " + FCO + ")"),
            L("about 560", 560, AP, P, "asylum_caseworkers_redeployed_appeals_returns", "summer 2025 to February 2026 (moved to appeals and returns work since the summer; the Home Office)"),
            V("tens of thousands", 20000, 90000, P, "asylum_backlog_waiting_over_1_year", "5 July 2024 (inherited, claims untouched for more than a year; the border security minister)"),
            L("more than a third", -THIRD, MT, PCT, BL + "_change", "31 December 2024 to 31 December 2025 (in a single year we have cut the queue by; the border security minister)",
              ctx="cut the queue by more than a third"),
            L("nearly 59,000", 59000, ALM, P, "asylum_backlog_appeals", "February 2026 (now waiting to be heard at the tribunal; the shadow home secretary)"),
            L("11 months", 11, E, MONTHS, "asylum_interview_wait_average", "February 2026 (an average wait before interview for people it advises; Anya Prentiss-Dlamini, Refugee Casework Trust)"),
        ]),
    "02-the-ironmonger-health-care-visas-dependants": dict(
        meta=dict(url="https://www.theironmonger.example/politics/2026/05/22/care-visas-fall-more-than-half-dependants/",
                  title="Care visas fall by more than half as foreign staff stop bringing families",
                  publisher="The Ironmonger", author="Hugo Pennefather-Adeyemi", published_date="2026-05-22"),
        labels=[
            L("more than half", -50, MT, PCT, HCW + "_change", CH2 + " (care visas fall by; headline)"),
            L("62 per cent", -62, E, PCT, HCWD + "_change", CH2 + " (dependants down, in a year; standfirst)", occ=0),
            L("more than halved", -50, MT, PCT, HCW + "_change", CH2 + " (foreign doctors, nurses and carers arriving on work visas, in a year; " + HO2 + ")",
              ctx="work visas has more than halved"),
            L("18,420", 18420, E, P, HCW, YM26 + "; main applicants)"),
            L("54 per cent", -54, E, PCT, HCW + "_change", CH2 + " (a decline of; " + HO2 + ")"),
            L("40,100", 40100, E, P, HCW, YM25),
            L("14,060", 14060, E, P, HCWD, YM26 + "; partners and children; only)"),
            L("62 per cent", -62, E, PCT, HCWD + "_change", CH2 + " (down on a year earlier; " + HO2 + ")", occ=1),
            L("36,900", 36900, E, P, HCWD, "April 2024 to March 2025 (a year earlier; " + HO2 + ")"),
            L("more than 170,000", 170000, MT, P, HCWD, "April 2023 to March 2024 (the 12 months to March 2024, the height of the boom; Home Office statistics)"),
            L("more than 12 times", 12, MT, RATIO, HCWD + "_ratio", "year ending March 2024 vs year ending March 2026 (dependants at the peak against now)"),
            L("1.6", 1.6, E, RATIO, HCWD + "_per_main_applicant_ratio", "April 2023 to March 2024 (then, an average of relatives per worker; Home Office statistics)"),
            L("0.76", 0.76, E, RATIO, HCWD + "_per_main_applicant_ratio", YM26 + "; today, dependants per worker)"),
            L("just over 32,000", 32000, MT, P, HCW + "_including_dependants", YM26 + "; counting dependants, in the latest year)"),
            L("2,310", 2310, E, P, "visas_granted_care_worker", YM26 + "; carers among the main applicants; only)"),
            L("about one in eight", 12.5, AP, PCT, HCW + "_share_care_workers", YM26 + "; carers' share of main applicants)"),
            L("7,940", 7940, E, P, HCW + "_nurses", YM26 + "; nurses)"),
            L("43 per cent", 43, E, PCT, HCW + "_share_nurses", YM26 + "; nurses' share of main applicants)"),
            L("5,290", 5290, E, P, HCW + "_indian", YM26 + "; Indian nationals, the largest group)"),
            L("81 per cent", -81, E, PCT, HCW + "_nigerian_change", CH2 + " (grants to Nigerians plunged; " + HO2 + ")"),
            L("1,630", 1630, E, P, HCW + "_nigerian", YM26 + "; grants to Nigerians)"),
            L("around 120,000", 120000, AP, P, "care_worker_dependants_ban_forecast_reduction", "per year, from 11 March 2024 (fewer people arriving each year; officials' forecast when the ban was made)"),
            L("58 per cent", 58, E, PCT, "care_providers_share_refusing_new_clients", "spring 2026 (members who had refused to take on new clients; " + NCPA + " survey)"),
            L("84 per cent", 84, E, PCT, "care_providers_refusing_clients_share_citing_staff_shortage", "spring 2026 (84 per cent of these blamed a lack of staff; " + NCPA + " survey)"),
            L("some 540", 540, AP, LICENCES, "care_sponsor_licences_revoked", "2022 to May 2026 (sponsor licences held by care firms revoked since 2022; the Home Office)"),
            L("about 9,000", 9000, AP, P, "care_workers_displaced_by_licence_revocations", "May 2026 (overseas carers left without a sponsor still looking for a new employer; " + NCPA + " estimate)"),
            L("28 per cent", 28, E, PCT, "nurses_joining_register_share_trained_abroad", "April 2025 to March 2026 (2025/26; Nursing and Midwifery Council)"),
            L("47 per cent", 47, E, PCT, "nurses_joining_register_share_trained_abroad", "April 2023 to March 2024 (two years earlier; Nursing and Midwifery Council)"),
            L("more than halved", -50, MT, PCT, HCW + "_change", CH2 + " (our reforms, in a single year; a Home Office minister)",
              ctx="reforms have more than halved"),
            L("more than 150,000", -150000, MT, P, HCWD + "_change", "year ending March 2024 to year ending March 2026 (the Conservative changes of March 2024 cut dependants by; the shadow home secretary)"),
        ]),
    "03-souwester-swansea-newport-migration-flows": dict(
        meta=dict(url="https://www.souwester.example/news/swansea-news/swansea-loses-770-people-rest-uk-newport-england-28841736",
                  title="Swansea loses 770 people to the rest of the UK while Newport draws newcomers from England",
                  publisher="Sou'wester", author="Carys Pritchard-Oyelaran", published_date="2026-07-09"),
        labels=[
            L("770", -770, E, P, "internal_migration_net", YM3 + "; Swansea loses, to the rest of the UK; headline)", occ=0, geo=SWA),
            L("1.3%", 1.3, E, PCT, "population_change", YM3 + "; Newport grew, in a year; standfirst)", occ=0, geo=NEW),
            L("252,300", 252300, E, P, "population", MID3 + "; Swansea's population)", geo=SWA),
            L("2,600", 2600, E, P, "population_growth", YM3 + "; up over twelve months)", geo=SWA),
            L("1.0%", 1.0, E, PCT, "population_change", YM3 + "; up over twelve months)", geo=SWA),
            L("11,840", 11840, E, P, "internal_migration_inflow", YM3 + "; moved to Swansea from elsewhere in the UK)", geo=SWA),
            L("12,610", 12610, E, P, "internal_migration_outflow", YM3 + "; left for somewhere else in Britain)", geo=SWA),
            L("770", -770, E, P, "internal_migration_net", YM3 + "; residents down on the exchange)", occ=1, geo=SWA),
            L("5,920", 5920, E, P, "immigration", YM3 + "; arrivals from overseas)", geo=SWA),
            L("2,180", 2180, E, P, "emigration", YM3 + "; departures overseas)", geo=SWA),
            L("3,740", 3740, E, P, "net_migration_international", YM3 + "; a net gain from overseas)", geo=SWA),
            L("Roughly two-thirds", TWO_THIRDS, AP, PCT, "immigration_share_study", YM3 + "; of those overseas arrivals were students)", geo=SWA),
            L("2,560", 2560, E, P, "deaths", YM3 + ")", geo=SWA),
            L("2,190", 2190, E, P, "births", YM3 + "; babies born in the city)", geo=SWA),
            L("370", -370, E, P, NC, YM3 + "; a natural decrease)", geo=SWA),
            L("1,090", -1090, E, P, "internal_migration_net_aged_20_29", YM3 + "; a net outflow of people in their twenties)", geo=SWA),
            L("1.3%", 1.3, E, PCT, "population_change", YM3 + "; the city's population rose)", occ=1, geo=NEW),
            L("165,800", 165800, E, P, "population", MID3 + ")", geo=NEW),
            L("8,960", 8960, E, P, "internal_migration_inflow", YM3 + "; attracted from the rest of the UK)", geo=NEW),
            L("7,780", 7780, E, P, "internal_migration_outflow", YM3 + "; moved away)", geo=NEW),
            L("1,180", 1180, E, P, "internal_migration_net", YM3 + "; a net gain)", geo=NEW),
            L("4,470", 4470, E, P, "internal_migration_inflow_from_england", YM3 + "; newcomers who had been living in England)", geo=NEW),
            L("about half", 50, AP, PCT, "internal_migration_inflow_share_from_england", YM3 + "; of the newcomers from the rest of the UK)", geo=NEW),
            L("690", 690, E, P, "net_migration_international", YM3 + "; gained from overseas, net)", geo=NEW),
            L("1,950", 1950, E, P, "births", YM3 + ")", geo=NEW),
            L("1,690", 1690, E, P, "deaths", YM3 + ")", geo=NEW),
            L("7,900", 7900, E, P, "internal_migration_net_from_england", "17 December 2018 to 30 June 2025 (since the Severn bridge tolls were abolished; " + ONS3 + ")", geo=NEW),
            L("nearly £100,000", 100000, ALM, GBP, "house_price_average_gap_vs_bristol", "July 2026 (now, the average home costs less than in Bristol; Land Registry figures)", geo=NEW),
            L("0.6%", 0.6, E, PCT, "population_change", YM3 + "; across Wales)", geo=WAL),
            L("0.8%", 0.8, E, PCT, "population_change", YM3 + "; England and Wales combined)", geo=EW),
            L("8,400", 8400, E, P, "internal_migration_net", YM3 + "; a net, arrived from the rest of the UK)", geo=WAL),
            L("16,700", 16700, E, P, "net_migration_international", YM3 + "; from abroad)", geo=WAL),
            L("5,900", -5900, E, P, NC, YM3 + "; a natural decrease)", geo=WAL),
            L("about 1,000", 1000, AP, P, "graduates_leaving_for_england", "per year (graduates lost across the border; Councillor Dyfan Harcourt-Eze, Swansea Council)", geo=SWA),
            L("Roughly three-quarters", 75, AP, PCT, "international_students_share_left_within_two_years", "no period stated (international students gone within two years of finishing their course; Dr Owain Kellaway-Nnamdi, Swansea University)"),
        ]),
    "04-the-staithe-raf-brinsmere-asylum-site": dict(
        meta=dict(url="https://www.thestaithe.example/news/national/former-raf-base-brinsmere-asylum-1200-expansion-9917245",
                  title="Former RAF base to hold up to 1,200 asylum seekers as Home Office confirms expansion",
                  publisher="The Staithe", author="Tobias Wren-Achterberg", published_date="2026-09-15"),
        labels=[
            L("up to 1,200", 1200, AM, P, SITE + "_capacity", "after the planned expansion, no date stated (the Home Office; headline)", occ=0, geo=WIC),
            L("c. 600", 600, AP, P, "population", "2026 (villagers in a community of; standfirst)", occ=0, geo=WIC),
            L("up to 1,200", 1200, AM, P, SITE + "_capacity", "after the planned expansion, no date stated (will be expanded to take; the Home Office)", occ=1, geo=WIC),
            L("480", 480, E, P, SITE + "_population", MON4 + ")", geo=WIC),
            L("£54.3m", 54300000, E, GBP, SITE + "_cost", "to September 2026 (the camp had cost to set up; the Home Office)", geo=WIC),
            L("£18.6m", 18600000, E, GBP, SITE + "_cost_security", "to September 2026 (of the set-up cost, on fencing, guarding and CCTV; the Home Office)", geo=WIC),
            L("about a third", THIRD, AP, PCT, SITE + "_cost_share_security", "to September 2026 (of the total set-up cost; the Home Office)", geo=WIC),
            L("£112", 112, E, GBP, SITE + "_cost_per_person_night", "September 2026, per night (running costs per person; the Home Office)", geo=WIC),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "September 2026, per night (an average in hotels; the Home Office)"),
            L("more than a fifth", 20, MT, PCT, SITE + "_cost_saving_share_vs_hotels", "September 2026 (the site is cheaper than hotels by; the Home Office)", geo=WIC),
            L("£57m", 57000000, E, GBP, SITE + "_cost_excess_over_hotels", "to 2025 (large sites opened under the previous government, more than hotels would have cost; National Audit Office, last year)"),
            L("74 days", 74, E, DAYS, SITE + "_average_stay", MON4 + "; an average before being moved into dispersed housing)", geo=WIC),
            L("About two-thirds", TWO_THIRDS, AP, PCT, SITE + "_population_share_eritrean_sudanese_afghan", MON4 + "; from Eritrea, Sudan and Afghanistan)", geo=WIC),
            L("356", 356, E, P, SITE + "_residents_registered_with_gp", "September 2026 (registered by the local GP surgery)", geo=WIC),
            L("almost three-quarters", 75, ALM, PCT, SITE + "_residents_share_registered_with_gp", "September 2026 (of the current population)", geo=WIC),
            L("£1.9m", 1900000, E, GBP, "police_cost_large_site", "March to September 2026 (policing the site and the protests since March; Norfolk Constabulary)", geo=WIC),
            L("£1.2m", 1200000, E, GBP, "police_cost_large_site_reimbursed", "March to September 2026 (so far reimbursed by the Home Office; Norfolk Constabulary)", geo=WIC),
            L("41", 41, E, INC, "police_callouts_large_site", "March to September 2026 (officers called to the base since it opened)", geo=WIC),
            L("3,000", 3000, E, P, "raf_base_personnel_peak", "the Cold War (housed at the height of; the base closed in 1994)", geo=WIC),
            L("21,640", 21640, E, P, HOT, "30 June 2026 (when June ended; Home Office figures)"),
            L("32%", -32, E, PCT, HOT + "_change", "30 June 2026 vs 30 June 2025 (down on the same point last year)"),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", "September 2026 (Norfolk's remaining asylum hotels, in Great Yarmouth and King's Lynn)", ctx="Norfolk's two remaining", geo="Norfolk"),
            L("310", 310, E, P, HOT, "September 2026 (housed between Norfolk's two remaining hotels)", geo="Norfolk"),
            L("4.8k", 4800, E, SIGS, "petition_signatures", "to September 2026 (a petition against the expansion has gathered)", geo=WIC),
            L("c. 600", 600, AP, P, "population", "2026 (a village of; Margaret Elsworth-Obuya, Brinsmere Parish Council)", occ=1, geo=WIC),
            L("twice", 2, E, RATIO, SITE + "_capacity_to_village_population_ratio", "after the planned expansion (twice that number behind a fence; Margaret Elsworth-Obuya, Brinsmere Parish Council)", geo=WIC),
            L("around 400", 400, AP, HOTELS, "asylum_hotels_in_use", "5 July 2024 (inherited; " + HOS4 + ")"),
            L("164", 164, E, HOTELS, "asylum_hotels_in_use", "15 September 2026 (today; " + HOS4 + ")"),
        ]),
    "05-level-ground-french-coastguard-rescues-deaths": dict(
        meta=dict(url="https://www.levelground.example/news/uk/home-news/channel-migrants-french-coastguard-rescues-deaths-b2871304.html",
                  title="French rescuers pulled 5,210 people from the Channel last year as crossings grew more dangerous",
                  publisher="Level Ground", author="Camille Ferrand-Sandercock", published_date="2026-04-09"),
        labels=[
            L("5,210", 5210, E, P, RESC, Y25_5 + "; headline)", occ=0, geo=FR),
            L("9 per cent", 9, E, PCT, OPS5 + "_change", "2025 vs 2024 (rescue missions rose by; " + PREF + "; standfirst)", geo=FR),
            L("almost halved", -50, ALM, PCT, "small_boat_deaths_change", "2025 vs 2024 (the death toll on the route; standfirst)"),
            L("5,210", 5210, E, P, RESC, Y25_5 + "; saved by French coastguard crews)", occ=1, geo=FR),
            L("nearly four times", 4, ALM, RATIO, RESC + "_ratio", "2025 vs 2021 (people French crews helped; " + PREF + ")", geo=FR),
            L("1,030", 1030, E, OPS, OPS5, Y25_5 + "; operations involving migrant boats co-ordinated from Cap Gris-Nez)", geo=FR),
            L("945", 945, E, OPS, OPS5, "January to December 2024 (" + PREF + ")", geo=FR),
            V("tens of thousands", 20000, 90000, P, SBA, "January to December 2021 (the first year crossings ran into)"),
            L("1,370", 1370, E, P, RESC, "January to December 2021 (French crews rescued; " + PREF + ")", geo=FR),
            L("2,180", 2180, E, P, RESC + "_returned_to_france", Y25_5 + "; taken back to the French coast)", geo=FR),
            L("more than two in five", 40, MT, PCT, RESC + "_share_returned_to_france", Y25_5 + "; of those pulled from the water or stricken boats)", geo=FR),
            L("1,470", 1470, E, BOATS, "small_boats_shadowed_by_french_vessels", Y25_5 + "; boats that did not need help)", geo=FR),
            L("20%", 20, E, PCT, OPS5 + "_night_change", "2025 vs 2024 (operations at night were up; " + PREF + ")", geo=FR),
            L("one in five", 20, E, PCT, RESC + "_share_boat_deflated_or_engine_failed", Y25_5 + "; rescues where the dinghy had lost air or its engine had failed)", geo=FR),
            L("at least 41", 41, AL, P, "small_boat_deaths", "January to December 2025 (died on the route in 2025; " + IOM + ")"),
            L("at least 78", 78, AL, P, "small_boat_deaths", "January to December 2024 (the worst year on record; " + IOM + ")"),
            L("36", 36, E, P, "small_boat_deaths", "January to December 2025 (bodies recovered at sea or on beaches between Dunkirk and the Somme; French prosecutors)", geo=FR),
            L("Eleven", 11, E, P, "small_boat_deaths_unidentified", "April 2026 (bodies recovered in 2025 still not identified; French prosecutors)", geo=FR),
            L("At least seven", 7, AL, P, "small_boat_deaths", "1 January to 9 April 2026 (in 2026 so far; " + IOM + ")"),
            L("more than 39,000", 39000, MT, P, SBA, "January to December 2025 (completed the crossing to England in 2025)"),
            L("61", 61, E, PPB, "small_boat_occupancy", "January to December 2025 (an average of passengers per dinghy)"),
            L("as many as 80", 80, AM, PPB, "small_boat_occupancy_max", "January to December 2025 (some dinghies carried)"),
            L("€21.4m", 21400000, E, EUR, "channel_search_and_rescue_spending", Y25_5 + "; the prefecture's spending, a record)", geo=FR),
            L("£476m", 476000000, E, GBP, "uk_funding_france_border_security", "2023 to 2026 (across three years, under a deal struck in 2023; beach patrols, drones and officers)"),
            L("up to 12", 12, AM, BOATS, "small_boats_at_sea_simultaneously", "summer 2025 nights (at sea at once on some summer nights; Capitaine de frégate Aurélie Marchetti-Bankole, the prefecture)", geo=FR),
            L("more than 1,400", 1400, MT, P, "returns", "September 2025 to 9 April 2026 (removed to France since September under the one-in, one-out pilot; a Home Office spokesperson)", geo=FR),
        ]),
    "06-the-stairheid-scotland-births-deaths-councils": dict(
        meta=dict(url="https://www.thestairheid.example/news/scotland/scotland-births-lowest-since-1855-deaths-outstrip-16560-5120447",
                  title="Scotland's births sink to lowest since 1855 as deaths outstrip them by 16,560",
                  publisher="The Stairheid", author="Kirsty Drummond-Obiora", published_date="2026-06-17"),
        labels=[
            L("16,560", -16560, E, P, NC, Y25_6 + "; deaths outstrip births by; headline)", occ=0, geo=SCO),
            L("six", 6, E, COUNCILS, "council_areas_natural_increase", Y25_6 + "; council areas with more babies born than people dying; standfirst)", ctx="Only six of", geo=SCO),
            L("44,310", 44310, E, P, "births", Y25_6 + "; registered in 2025)", geo=SCO),
            L("2.8%", -2.8, E, PCT, "births_change", "2025 vs 2024 (a fall of; " + NRS + ")", geo=SCO),
            L("45,590", 45590, E, P, "births", Y24_6, geo=SCO),
            L("1.1%", -1.1, E, PCT, "deaths_change", "2025 vs 2024 (deaths dipped; " + NRS + ")", geo=SCO),
            L("60,870", 60870, E, P, "deaths", Y25_6 + ")", geo=SCO),
            L("61,540", 61540, E, P, "deaths", "January to December 2024 (the year before; " + NRS + ")", geo=SCO),
            L("16,560", -16560, E, P, NC, Y25_6 + "; a natural decrease)", occ=1, geo=SCO),
            L("64,090", 64090, E, P, "deaths", "January to December 2021 (the pandemic-era high; NRS)", geo=SCO),
            L("1.24", 1.24, E, TFR, "total_fertility_rate", Y25_6 + "; a record low)", geo=SCO),
            L("26.8%", 26.8, E, PCT, "births_share_mother_born_abroad", Y25_6 + "; mothers born outside the UK)", geo=SCO),
            L("Almost one in three", THIRD, ALM, PCT, "births_share_mother_aged_35_and_over", Y25_6 + "; babies born to a mother aged 35 or over)", geo=SCO),
            L("26", 26, E, COUNCILS, "council_areas_natural_decrease", Y25_6 + "; council areas where deaths outnumbered births)", geo=SCO),
            L("4,860", 4860, E, P, "births", Y25_6 + ")", geo="Edinburgh"),
            L("4,070", 4070, E, P, "deaths", Y25_6 + ")", geo="Edinburgh"),
            L("790", 790, E, P, NC, Y25_6 + "; a natural increase, the largest surplus of births)", geo="Edinburgh"),
            L("230", 230, E, P, NC, Y25_6 + "; more births than deaths)", geo="Glasgow"),
            L("3,090", 3090, E, P, "births", Y25_6 + ")", geo="Fife"),
            L("4,100", 4100, E, P, "deaths", Y25_6 + ")", geo="Fife"),
            L("1,010", -1010, E, P, NC, Y25_6 + "; a gap, the largest of any council)", geo="Fife"),
            L("1,050", 1050, E, P, "births", Y25_6 + ")", geo=DG),
            L("2,020", 2020, E, P, "deaths", Y25_6 + ")", geo=DG),
            L("nearly twice", 2, ALM, RATIO, "deaths_to_births_ratio", Y25_6 + "; deaths against births)", geo=DG),
            L("500", -500, E, P, NC, Y25_6 + "; a natural decrease)", geo="Inverclyde"),
            L("6.4", -6.4, E, PER1000, "population_natural_change_per_1000_residents", Y25_6 + "; a natural decrease equivalent to, for every 1,000 residents, the steepest)", geo="Inverclyde"),
            L("about 3,400", 3400, AP, P, NC, "January to December 2025 (births still exceeded deaths by)", geo=NI),
            L("40,500", 40500, E, P, "migration_net_inflow_all_sources", "July 2024 to June 2025 (a net, moved to Scotland in the year to mid-2025; NRS estimates)", geo=SCO),
            L("5.57 million", 5570000, E, P, "population", "30 June 2025 (mid-2025; NRS estimates)", geo=SCO),
            L("about 24,000", -24000, AP, P, "population_natural_change_projection", "2045, per year (the annual natural decrease could widen to; NRS projections)", geo=SCO),
            L("40%", 40, E, PCT, "population_aged_75_and_over_projection_change", "2026 to 2046 (over the next 20 years, people here over 75; Councillor Alasdair Fotheringham-Nwosu, Dumfries and Galloway Council)", geo=DG, ctx="go up by 40%"),
            L("about 40%", -40, AP, PCT, "generation_size_at_current_fertility_change", "no period stated (at this level, each generation smaller than the one before; Professor Morven Strachan-Eboh, University of the Clyde)", geo=SCO),
        ]),
    "07-the-snuffbox-british-emigration-column": dict(
        meta=dict(url="https://www.thesnuffbox.example/article/gone-but-not-counted-british-emigration/",
                  title="Gone, but not counted",
                  publisher="The Snuffbox", author="Ambrose Tilling-Okonjo", published_date="2026-05-30"),
        labels=[
            L("A quarter of a million", 250000, E, P, "emigration_british", "January to December 2025 (Britons who left last year; standfirst)"),
            L("196,000", 196000, E, P, NM, C25 + "; last Thursday's figure, net migration for calendar 2025)"),
            L("Some 598,000", 598000, AP, P, "emigration", C25 + "; emigrated in 2025)"),
            L("249,000", 249000, E, P, "emigration_british", C25 + "; British nationals)"),
            L("roughly two in five", 40, AP, PCT, "emigration_share_british", C25 + "; British nationals' share of those who emigrated)"),
            L("139,000", 139000, E, P, "immigration_british", C25 + "; Britons who came home)"),
            L("110,000", -110000, E, P, "net_migration_british_nationals", C25 + "; the country is citizens lighter)"),
            L("a third", -THIRD, E, PCT, "immigration_british_change", "2025 vs 2024 (returning Britons were down on the year before; ONS)", ctx="down a third on the year"),
            L("about 90,000", 90000, AP, P, "emigration_british", "per year, before the pandemic (International Passenger Survey)"),
            R("between 209,000 and 289,000", 209000, 289000, P, "emigration_british", C25 + "; the ONS's own uncertainty range)"),
            L("47,000", 47000, E, P, "emigration_revision", "January to December 2024 (total emigration now stands higher than first published; " + ONS7 + ")"),
            L("31,000", 31000, E, P, "emigration_british_revision", "January to December 2024 (British emigration revised up by; " + ONS7 + ")"),
            L("about 1.3m", 1300000, AP, P, BRA, "end of 2024 (British citizens holding residence permits across the EU; Eurostat)", geo=EU),
            L("287,000", 287000, E, P, BRA, "2026 (listed on Spain's municipal registers)", geo="Spain"),
            L("some 240,000", 240000, AP, P, BRA, "2026 (Britons living in the United Arab Emirates; the Foreign Office)", geo="United Arab Emirates"),
            L("20%", 20, E, PCT, "permanent_residents_admitted_british_change", "2025 vs 2024 (Canada's intake of British permanent residents climbed)", geo="Canada"),
            L("6,800", 6800, E, P, "permanent_residents_admitted_british", "January to December 2025 (Canada's intake of British permanent residents)", geo="Canada"),
            L("about 1.1m", 1100000, AP, P, "state_pensioners_abroad", "2026 (people overseas sent a state pension; Department for Work and Pensions)", geo=ABROAD),
            L("some 453,000", 453000, AP, P, "state_pensioners_abroad_frozen", "2026 (on frozen rates; Department for Work and Pensions)", geo=ABROAD),
            R("from 3.5m to 5.5m", 3500000, 5500000, P, BRA, "2026 (plausible estimates of the total living abroad)", geo=ABROAD),
            L("214,000", 214000, E, P, "overseas_electors_registered", "December 2025 (expatriates on the electoral registers last December; only)"),
            L("perhaps 3m", 3000000, AP, P, "overseas_electors_eligible", "December 2025 (adults who could be on the registers)"),
            L("doubled", 2, E, RATIO, "irish_passport_applications_from_britain_ratio", "2025 vs 2016 (applications from Britain for Irish passports since Article 50 was triggered in March 2017)"),
            L("18.4k", -18400, E, P, "non_dom_taxpayers_change", "April 2024 to March 2025 (2024/25, fewer non-domiciled taxpayers; HMRC)"),
            L("Roughly three-quarters", 75, AP, PCT, "emigration_british_share_working_age", "January to December 2025 (British emigrants of working age; ONS)"),
            L("fewer than one in ten", 10, LT, PCT, "emigration_british_share_aged_65_and_over", "January to December 2025 (British emigrants over 65; ONS)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the peak of the twelve months to June 2023; ONS)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
