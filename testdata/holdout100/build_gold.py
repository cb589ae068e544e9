#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundredth hand-labelled hold-out set (holdout100).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, YEARS, PPB, BOATS, THIRD, E, AP, MT, AL, LT, AM,
                        ALM, SBA, SBC, NM, AC, HOT, EW)

UK, ENG, WA, SCO, NI, FR = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France"
WEEKS, DAYS, HEARINGS = "other:weeks", "other:days", "other:hearings"
HOMES_, BEDS, PROVIDERS = "other:care_homes", "other:beds", "other:providers"
VAC, HH = "other:vacancies", "other:households"

# 01 (Thursday 26 November 2026; ONS provisional estimates for the year to June 2026 and Home Office statistics for
# the year ending September 2026, both "published on Thursday")
YJ26 = "July 2025 to June 2026 (the year to June 2026; ONS provisional estimates published Thursday 26 November 2026"
YJ25 = "July 2024 to June 2025 (the previous 12 months, year to June 2025"
YS26 = "October 2025 to September 2026 (year ending September 2026; Home Office statistics published 26 November 2026"
VS = "year ending September 2026 vs year ending September 2025 (a year earlier)"
HCW = "visas_granted_health_care_worker"
FCMS = "Fenwright Centre for Migration Studies"
# 02 (Monday 1 June 2026; PA wire copy; the week Monday 25 May to Sunday 31 May 2026)
WK = "25 to 31 May 2026 (Monday May 25 to Sunday May 31; the past seven days; Home Office data"
YTD2 = "1 January to 31 May 2026 (so far this year, provisional"
HRA = "chief executive, Harbourlight Refugee Alliance"
# 03 (Tuesday 8 September 2026; Ministry of Justice tribunal statistics "published last Thursday", 3 September)
TAO = "tribunal_appeals_outstanding_immigration_asylum"
J26 = "30 June 2026 (end of June; Ministry of Justice figures published Thursday 3 September 2026"
Q26 = "April to June 2026 (the three months from April to June"
WAIT = "asylum_appeal_wait_average"
BAR = "barrister specialising in asylum appeals"
MOJ = "Ministry of Justice statement"
# 04 (Thursday 12 February 2026; Social Care Wales workforce report "published on Tuesday", 10 February)
SCW = "Social Care Wales workforce report published Tuesday 10 February 2026"
CARM = "Carmarthenshire"
PONT = "Pontyberem"
TYR = "owner, Ty Rhosyn care home, Pontyberem"
CPWN = "Care Providers Wales Network"
# 05 (Wednesday 19 August 2026; ONS labour market figures "on Tuesday", 18 August; three months to June 2026)
AJ26 = "April to June 2026 (the three months to June; ONS Labour Force Survey published Tuesday 18 August 2026"
AJ25 = "April to June 2025 (a year earlier"
CHART = "April to June 2026 (chart; ONS Labour Force Survey)"
AWI = "chief economist, Aldgate Wage Institute"
SC = "partner, Saltley & Crane"
MIDS = "Midlands"
# 06 (Thursday 16 April 2026; Executive Office survey "published on Tuesday", 14 April)
EO = "Executive Office survey published Tuesday 14 April 2026"
U23 = "ukrainian_arrivals_2023"
SINCE22 = "March 2022 to April 2026 (since March 2022"
NMD = "Newry, Mourne and Down"
LFU = "co-ordinator, Lecale Friends of Ukraine"
# 07 (Friday 28 August 2026; Home Office data "revealed yesterday", 27 August; the year to June 2026)
YJ = "July 2025 to June 2026 (between July last year and the end of June; Home Office data released Thursday 27 August 2026"
SBAN = "small_boat_arrivals"
SHS = "Shadow Home Secretary"
HOS = "Home Office spokesman"

ARTICLES = {
    "01-carillon-news-quarterly-immigration-statistics": dict(
        meta=dict(url="https://www.carillon.example/news/articles/c7x2lq9mr4eo",
                  title="Net migration down by a third to 171,000 as visa numbers keep sliding",
                  publisher="Carillon News", author="Alys Penhaligon-Mbeki", published_date="2026-11-26"),
        labels=[
            L("a third", -THIRD, E, PCT, NM + "_change", "year to June 2026 vs year to June 2025 (revised; headline)", occ=0),
            L("171,000", 171000, E, P, NM, YJ26 + "; headline)", occ=0),
            L("a third", -THIRD, E, PCT, NM + "_change", "year to June 2026 vs year to June 2025 (revised)", occ=1),
            L("171,000", 171000, E, P, NM, YJ26 + ")", occ=1),
            L("812,000", 812000, E, P, "immigration", YJ26 + "; long-term arrivals)"),
            L("641,000", 641000, E, P, "emigration", YJ26 + "; departures)"),
            L("55,000", 55000, E, P, NM + "_revision", YJ25 + "; revised up)"),
            L("259,000", 259000, E, P, NM, YJ25 + ", revised)", occ=0),
            L("49,000", 49000, E, P, "immigration_revision", YJ25 + "; higher than first estimated)"),
            L("6,000", -6000, E, P, "emigration_revision", YJ25 + "; lower than first estimated)"),
            L("more than 770,000", -770000, MT, P, NM + "_change", "year to June 2026 vs the peak, year ending March 2023 (below the peak)"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (the peak, year ending March 2023)"),
            L("9,870", 9870, E, P, HCW, YS26 + "; main applicants on the health and care route)"),
            L("71%", -71, E, PCT, HCW + "_change", VS),
            L("37%", -37, E, PCT, "visas_granted_skilled_worker_change", VS),
            L("44,900", 44900, E, P, "visas_granted_skilled_worker", YS26 + ")"),
            L("392,300", 392300, E, P, "visas_granted_study", YS26 + ")"),
            L("5%", -5, E, PCT, "visas_granted_study_change", VS),
            L("about 826,000", 826000, AP, P, "visas_granted", YS26 + "; all kinds, not counting visitors)"),
            L("roughly half", 0.5, AP, RATIO, "visas_granted_ratio", "year ending September 2026 vs year ending September 2024 (two years earlier)"),
            L("1.61m", 1.61e6, E, P, "visas_granted", "October 2023 to September 2024 (two years earlier; when the care route was at its height)"),
            L("109,300", 109300, E, P, "asylum_applications", YS26 + "; claimed asylum)"),
            L("2%", -2, E, PCT, "asylum_applications_change", VS + " (the previous 12 months)"),
            L("Around four in 10", 40, AP, PCT, "asylum_applications_share_small_boat", YS26 + "; came by small boat)"),
            L("46,800", 46800, E, P, "asylum_backlog", "30 September 2026 (claims still awaiting a first ruling; end of September)"),
            L("74,100", 74100, E, P, "asylum_backlog", "30 September 2025 (a year before)"),
            L("44%", 44, E, PCT, "asylum_grants_share_initial_decisions", YS26 + ")"),
            L("Some 36,900", 36900, AP, P, "returns", YS26 + "; returned from the UK)"),
            L("9,450", 9450, E, P, "returns", YS26 + "; enforced returns, by force)"),
            L("halved", -50, E, PCT, "asylum_hotels_in_use_change", "July 2024 to November 2026 (since the election; Home Secretary)"),
            L("43,210", 43210, E, P, SBA, YS26 + "; shadow home secretary)"),
            L("9%", 9, E, PCT, SBA + "_change", VS + " (shadow home secretary)"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (first estimate, greeted by ministers a year ago; analysis)"),
            L("259,000", 259000, E, P, NM, "July 2024 to June 2025 (revised; that year now stands at; analysis)", occ=1),
            L("less than a third", 1 / 3, LT, RATIO, NM + "_ratio", "year to June 2025 (revised) vs the peak, year ending March 2023 (analysis)"),
            R("between 120,000 and 180,000", 120000, 180000, P, "net_migration_forecast", "per year, by 2028 (expected to settle; " + FCMS + ")"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "per year (once promised by Conservative governments; a pledge dropped before the 2024 election)"),
        ]),
    "02-the-shepway-chronicle-record-week-channel-crossings": dict(
        meta=dict(url="https://www.shepwaychronicle.example/news/national/record-3412-migrants-cross-channel-in-a-single-week-5127784",
                  title="Record 3,412 migrants cross Channel in a single week",
                  publisher="The Shepway Chronicle", author="Callum Fairweather-Nnadi", published_date="2026-06-01"),
        labels=[
            L("3,412", 3412, E, P, SBA, WK + "; a single week; headline)", occ=0),
            L("more than 400", 400, MT, P, SBA + "_change", "week of 25 to 31 May 2026 vs the previous weekly record, 22 to 28 August 2022 (beaten by; standfirst)"),
            L("More than 3,400", 3400, MT, P, SBA, WK + ")"),
            L("3,412", 3412, E, P, SBA, WK + "; a total)", occ=1),
            L("58", 58, E, BOATS, SBC, WK + ")"),
            L("59", 59, E, PPB, "small_boat_occupancy", WK + "; an average per boat)"),
            L("2,998", 2998, E, P, SBA, "22 to 28 August 2022 (the previous record for a single week; PA news agency analysis)"),
            L("941", 941, E, P, SBA, "30 May 2026 (Saturday, the busiest day)"),
            L("15", 15, E, BOATS, SBC, "30 May 2026 (Saturday)", ctx="941 people arriving in 15 boats"),
            L("703", 703, E, P, SBA, "26 May 2026 (Tuesday)"),
            L("12", 12, E, BOATS, SBC, "26 May 2026 (Tuesday)", ctx="made the trip in 12"),
            L("612", 612, E, P, SBA, "25 May 2026 (Monday)"),
            L("11", 11, E, BOATS, SBC, "25 May 2026 (Monday)", ctx="612 people in 11 boats"),
            L("468", 468, E, P, SBA, "28 May 2026 (Thursday)"),
            L("eight", 8, E, BOATS, SBC, "28 May 2026 (Thursday)", ctx="468 in eight"),
            L("688", 688, E, P, SBA, "29 May 2026 (Friday)"),
            L("12", 12, E, BOATS, SBC, "29 May 2026 (Friday)", ctx="688 in 12"),
            L("17,826", 17826, E, P, SBA, YTD2 + "; the provisional tally for 2026 so far)"),
            L("31%", 31, E, PCT, SBA + "_change", "1 January to 31 May, 2026 vs 2025 (by this point in 2025)"),
            L("13,607", 13607, E, P, SBA, "1 January to 31 May 2025 (by this point in 2025)"),
            L("nearly double", 2, ALM, RATIO, SBA + "_ratio", "1 January to 31 May, 2026 vs 2024 (by the end of May 2024)"),
            L("9,120", 9120, E, P, SBA, "1 January to 31 May 2024 (recorded by the end of May 2024)"),
            L("around 1,130", 1130, AP, P, "small_boat_launch_attempts_stopped_people", "25 to 31 May 2026 (stopped from setting off over the same seven days; French authorities)", geo=FR),
            L("87", 87, E, P, "small_boat_rescues", "25 to 31 May 2026 (rescued off Gravelines and Equihen-Plage; French authorities)", geo=FR),
            L("at least 14", 14, AL, P, "small_boat_deaths", "1 January to 1 June 2026 (deaths at sea since January; French coastguard)"),
            L("1,340", 1340, E, P, "returns", "September 2025 to May 2026 (carried back under the 'one in, one out' pact since last September; ministers)", geo=FR),
            L("almost 60,000", 60000, ALM, P, "returns", "July 2024 to June 2026 (removals and returns since July 2024; Home Office spokesperson)"),
            L("Around 430", 430, AP, P, "unaccompanied_children_in_care", "June 2026 (arrived by small boat; in the council's care; Kent County Council)", geo="Kent"),
            L("around three-quarters", 75, AP, PCT, "small_boat_arrivals_share_granted_protection", "2026 (of those who cross, go on to be granted protection; " + HRA + ")"),
            L("41,290", 41290, E, P, SBA, "2025 (as a whole; the second highest annual total)"),
            L("45,774", 45774, E, P, SBA, "2022 (calendar year; the highest annual total)"),
        ]),
    "03-the-unyoked-asylum-appeals-tribunal-backlog-cost": dict(
        meta=dict(url="https://www.theunyoked.example/news/uk/home-news/asylum-appeals-backlog-record-tribunal-cost-b2840517.html",
                  title="Asylum appeals backlog hits record 61,400 as refused claimants wait more than a year for a hearing",
                  publisher="The Unyoked", author="Nadia Ferreira-Lockhart", published_date="2026-09-08"),
        labels=[
            L("61,400", 61400, E, P, TAO, J26 + "; a record; headline)", occ=0),
            L("more than a year", 1, MT, YEARS, WAIT, "2026 (refused claimants wait for a hearing; headline)"),
            L("more than a third", THIRD, MT, PCT, TAO + "_change", "30 June 2026 vs 30 June 2025 (in 12 months; standfirst)"),
            V("tens of thousands", 20000, 90000, P, "asylum_support_population_awaiting_appeal", "30 June 2026 (housed by the taxpayer while they wait; standfirst)"),
            L("61,400", 61400, E, P, TAO, J26 + "; a record, queuing at the tribunal)", occ=1),
            L("61,400", 61400, E, P, TAO, J26 + "; the caseload of the First-tier Tribunal, Immigration and Asylum Chamber)", occ=2),
            L("38 per cent", 38, E, PCT, TAO + "_change", "30 June 2026 vs 30 June 2025 (a year earlier)"),
            L("44,500", 44500, E, P, TAO, "30 June 2025 (a year earlier)"),
            L("51,200", 51200, E, P, "asylum_backlog_appeals", J26 + "; asylum cases)"),
            L("more than four in five", 80, MT, PCT, TAO + "_share_asylum", J26 + "; asylum cases' share of the total)"),
            L("14,900", 14900, E, P, "tribunal_appeals_lodged_immigration_asylum", Q26 + "; new appeals lodged)"),
            L("nearly three times", 3, ALM, RATIO, "tribunal_appeals_lodged_immigration_asylum_ratio", "April to June 2026 vs April to June 2024 (the same quarter of 2024)"),
            L("9,600", 9600, E, P, "tribunal_appeals_disposed_immigration_asylum", Q26 + "; decided)"),
            L("more than 5,000", 5000, MT, P, TAO + "_change", Q26 + "; the queue grew in a single quarter)"),
            L("57 weeks", 57, E, WEEKS, WAIT, "2026 (now; from lodging to decision; Ministry of Justice figures)"),
            L("41 weeks", 41, E, WEEKS, WAIT, "2024/25 (from lodging to decision)"),
            L("47 per cent", 47, E, PCT, "asylum_appeals_share_allowed", "April to June 2026 (asylum appeals decided; the latest figures, read as the quarter)"),
            L("44 per cent", 44, E, PCT, "asylum_appeals_share_allowed", "April to June 2025 (a year earlier)"),
            L("26,800", 26800, E, P, "asylum_support_population_awaiting_appeal", J26 + "; on asylum support and waiting for an appeal)"),
            L("about a quarter", 25, AP, PCT, "asylum_support_population_share_awaiting_appeal", J26 + ")"),
            L("104,200", 104200, E, P, "asylum_support_population", J26 + "; housed or paid an allowance by the Home Office)"),
            L("£1.1bn", 1.1e9, E, GBP, AC, "per year, 2026 (an estimated cost of supporting the appellants; analysis by The Unyoked)"),
            L("nearly eight times", 8, ALM, RATIO, "asylum_support_cost_appellants_to_tribunal_cost_ratio", "2026 vs 2025/26 (analysis by The Unyoked)"),
            L("£141m", 141e6, E, GBP, "tribunal_running_cost_immigration_asylum", "2025/26 (the chamber's running cost)"),
            L("£98m", 98e6, E, GBP, "tribunal_running_cost_immigration_asylum", "2023/24 (two years earlier)"),
            L("£156m", 156e6, E, GBP, "legal_aid_immigration_asylum_cost", "2025/26 (last year)", geo=EW),
            L("About 1,300", 1300, AP, HEARINGS, "tribunal_hearings_adjourned_on_the_day", "April to June 2026 (last quarter; " + BAR + ")"),
            L("roughly a one in two", 50, AP, PCT, "asylum_appeals_share_allowed", "2026 (the chance of winning, on the figures; " + BAR + ")"),
            L("95", 95, E, P, "tribunal_judges_recruited", "January to September 2026 (new judges since January; " + MOJ + ")"),
            L("15,500", 15500, E, DAYS, "tribunal_sitting_days", "2026/27 (funded this year; " + MOJ + ")"),
            L("a quarter", 25, E, PCT, "tribunal_sitting_days_change", "2026/27 vs 2025/26 (more than last year; " + MOJ + ")", ctx="days this year, a quarter more"),
            L("more than half", -50, MT, PCT, "asylum_backlog_change", "to September 2026 (the Home Office's backlog of first decisions; baseline not stated; Home Office)"),
        ]),
    "04-the-gwendraeth-gazette-wales-care-homes-overseas-care-workers": dict(
        meta=dict(url="https://www.gwendraethgazette.example/news/carmarthenshire/care-homes-cliff-edge-overseas-care-visas-wales-down-78-30917264",
                  title="Care homes face 'cliff edge' as overseas recruits dry up, with care visas for Wales down 78%",
                  publisher="The Gwendraeth Gazette", author="Elin Prydderch-Asante", published_date="2026-02-12"),
        labels=[
            L("78%", -78, E, PCT, HCW + "_change", "2025 vs 2023 (care visas for Wales; headline)", occ=0, geo=WA),
            L("one in nine", 100 / 9, E, PCT, "social_care_workforce_share_overseas_recruits", "2025 (care workers who came from abroad; standfirst; " + SCW + ")", occ=0, geo=WA),
            L("more than three-quarters", -75, MT, PCT, HCW + "_change", "2025 vs 2023 (in two years)", geo=WA),
            L("1,180", 1180, E, P, HCW, "2025 (granted for roles in Wales; Home Office figures obtained by the Gazette)", geo=WA),
            L("78%", -78, E, PCT, HCW + "_change", "2025 vs 2023", occ=1, geo=WA),
            L("5,360", 5360, E, P, HCW, "2023 (granted for roles in Wales)", geo=WA),
            L("81%", -81, E, PCT, HCW + "_change", "2025 vs 2023 (the fall was steeper)", geo=ENG),
            L("80%", -80, E, PCT, HCW + "_change", "2025 vs 2023", geo=SCO),
            L("around 9,600", 9600, AP, P, "social_care_workforce_overseas_recruits", "2025 (recruited from overseas; " + SCW + ")", geo=WA),
            L("roughly one in nine", 100 / 9, AP, PCT, "social_care_workforce_share_overseas_recruits", "2025 (" + SCW + ")", geo=WA),
            L("84,300", 84300, E, P, "social_care_workforce", "2025 (the 84,300-strong workforce; " + SCW + ")", geo=WA),
            L("17%", 17, E, PCT, "care_home_workforce_share_overseas_recruits", "2025 (care homes for adults; " + SCW + ")", geo=WA),
            L("8.4%", 8.4, E, PCT, "adult_social_care_vacancy_share", "2025 (the vacancy rate in adult care homes; " + SCW + ")", geo=WA),
            L("6.1%", 6.1, E, PCT, "adult_social_care_vacancy_share", "2024 (a year earlier)", geo=WA),
            L("34", 34, E, HOMES_, "care_homes_closed", "2024/25", geo=WA),
            L("nearly double", 2, ALM, RATIO, "care_homes_closed_ratio", "2024/25 vs 2023/24 (the year before)", geo=WA),
            L("18", 18, E, HOMES_, "care_homes_closed", "2023/24 (the year before)", geo=WA),
            L("812", 812, E, BEDS, "care_home_beds_lost", "2024/25 (with the loss of; the closures)", geo=WA),
            L("1,010", 1010, E, HOMES_, "care_homes_registered", "February 2026 (adult care homes registered with Care Inspectorate Wales; now)", geo=WA),
            L("212", 212, E, P, "care_home_staff_sponsored_visas", "February 2026 (staff in independent care homes on sponsored visas; Carmarthenshire County Council)", geo=CARM),
            L("1,450", 1450, E, P, "care_home_staff", "February 2026 (staff in independent care homes; Carmarthenshire County Council)", geo=CARM),
            L("almost 15 per cent", 15, ALM, PCT, "care_home_staff_share_sponsored_visas", "February 2026 (Carmarthenshire County Council)", geo=CARM),
            L("£863", 863, E, GBP, "council_care_home_fee_weekly", "per week, February 2026 (average the council pays for a residential placement)", geo=CARM),
            L("£1,046", 1046, E, GBP, "council_nursing_care_fee_weekly", "per week, February 2026 (average the council pays for nursing care)", geo=CARM),
            L("38", 38, E, BEDS, "care_home_beds", "February 2026 (Ty Rhosyn, a 38-bed home)", geo=PONT),
            L("46", 46, E, P, "care_home_staff", "February 2026 (" + TYR + ")", geo=PONT),
            L("19", 19, E, P, "care_home_staff_overseas_recruits", "February 2026 (came from Kerala or Zimbabwe on sponsored visas; " + TYR + ")", geo=PONT),
            L("Two", 2, E, P, "care_home_staff_visas_not_renewed", "February 2026 (senior carers told their visas will not be renewed; " + TYR + ")", geo=PONT),
            L("three", 3, E, P, "care_home_local_job_applications", "August 2025 to February 2026 (in six months, from local people; " + TYR + ")", ctx="had three applications", geo=PONT),
            L("about 640", 640, AP, P, "care_workers_displaced_by_licence_revocations", "2024 to February 2026 (overseas staff lost by members since 2024; " + CPWN + ")", geo=WA),
            L("23", 23, E, PROVIDERS, "care_providers_sponsor_licences_revoked", "2024 to February 2026 (Welsh care providers stripped of their sponsor licences; " + CPWN + ")", geo=WA),
            L("one in five", 20, E, PCT, "care_homes_share_at_risk_of_closure", "by 2028 (could close within two years without a new route; chair, " + CPWN + ")", geo="West Wales"),
            L("£13.45", 13.45, E, GBP, "real_living_wage_hourly", "per hour, 2026 (the Real Living Wage for night shifts; chair, " + CPWN + "; a policy rate)"),
            L("£45m", 45e6, E, GBP, "welsh_government_care_real_living_wage_funding", "2025/26 (so that care workers are paid at least the Real Living Wage; Welsh Government)", geo=WA),
            L("around 10,000", 10000, AP, P, "care_workers_displaced_seeking_sponsor", "February 2026 (already in the UK, sponsors lost their licences; UK Government spokesperson)"),
        ]),
    "05-the-fiduciary-migrant-employment-rates-labour-market": dict(
        meta=dict(url="https://www.thefiduciary.example/content/3e9a51f7-foreign-born-employment-rate-slips-hiring-slowdown",
                  title="Employment rate of foreign-born workers slips as hiring slowdown bites",
                  publisher="The Fiduciary", author="Rosalind Kettering-Obi and Theo Vasquez-Pennington", published_date="2026-08-19"),
        labels=[
            L("76.1 per cent", 76.1, E, PCT, "employment_rate_non_uk_born", AJ26 + "; aged 16 to 64)"),
            L("1.4 percentage points", -1.4, E, PCT, "employment_rate_non_uk_born_change", "April to June 2026 vs April to June 2025 (on a year earlier)"),
            L("74.6 per cent", 74.6, E, PCT, "employment_rate_uk_born", AJ26 + "; little changed)"),
            L("1.5 percentage points", 1.5, E, PCT, "employment_rate_gap_non_uk_born_vs_uk_born", AJ26 + ")"),
            L("2.9 points", 2.9, E, PCT, "employment_rate_gap_non_uk_born_vs_uk_born", AJ25 + "; a year ago)"),
            L("72.8 per cent", 72.8, E, PCT, "employment_rate_non_eu_born", AJ26 + ")"),
            L("74.9 per cent", 74.9, E, PCT, "employment_rate_non_eu_born", AJ25 + "; dropped from)"),
            L("82.3 per cent", 82.3, E, PCT, "employment_rate_eu_born", AJ26 + ")"),
            L("61.9 per cent", 61.9, E, PCT, "employment_rate_non_eu_born_women", AJ26 + ")"),
            L("72.4 per cent", 72.4, E, PCT, "employment_rate_uk_born_women", AJ26 + ")"),
            L("3.71mn", 3.71e6, E, P, "payrolled_employees_non_eu", "June 2026 (HMRC payroll data)"),
            L("2.1 per cent", -2.1, E, PCT, "payrolled_employees_non_eu_change", "June 2026 vs June 2025 (down on a year earlier; the first annual fall since 2014)"),
            L("3.4 per cent", -3.4, E, PCT, "payrolled_employees_eu_change", "June 2026 vs June 2025 (dropped)"),
            L("2.28mn", 2.28e6, E, P, "payrolled_employees_eu", "June 2026 (HMRC payroll data)"),
            L("almost a fifth", 20, ALM, PCT, "payrolled_employees_share_non_uk", "June 2026 (foreign nationals' share of payrolled employees)"),
            L("30.4mn", 30.4e6, E, P, "payrolled_employees", "June 2026 (the UK's payrolled employees)"),
            L("74.6", 74.6, E, PCT, "employment_rate_uk_born", CHART, ctx="UK-born: 74.6"),
            L("82.3", 82.3, E, PCT, "employment_rate_eu_born", CHART, ctx="EU-born: 82.3"),
            L("72.8", 72.8, E, PCT, "employment_rate_non_eu_born", CHART, ctx="Non-EU-born: 72.8"),
            L("5.2 per cent", 5.2, E, PCT, "unemployment_rate", AJ26 + "; unemployment climbed to)"),
            L("11 per cent", -11, E, PCT, "job_vacancies_change", "April to June 2026 vs a year earlier (over the year; ONS)"),
            L("702,000", 702000, E, VAC, "job_vacancies", AJ26 + ")"),
            L("roughly one in three", THIRD, AP, PCT, "employment_share_born_abroad_accommodation_food", "2026 (people working in accommodation and food services born abroad; analysis of the survey by the " + AWI + ")"),
            L("8.7 per cent", 8.7, E, PCT, "unemployment_rate_non_eu_born_arrived_after_2021", "2026 (non-EU-born workers who arrived after 2021; analysis by the " + AWI + ")"),
            L("about 4,000", 4000, AP, P, "recruiter_temporary_workers_placed", "per week, August 2026 (temporary workers placed; " + SC + ")", geo=MIDS),
            L("a quarter", -25, E, PCT, "warehouse_staff_demand_change", "summer 2026 vs summer 2025 (down on last summer; " + SC + ")", geo=MIDS),
            L("4.3 per cent", 4.3, E, PCT, "median_hourly_pay_non_uk_born_change", "year to April 2026 (ONS earnings data)"),
            L("£15.80", 15.80, E, GBP, "median_hourly_pay_non_uk_born", "per hour, April 2026 (median hourly pay for non-UK-born employees; ONS earnings data)"),
            L("3.8 per cent", 3.8, E, PCT, "median_hourly_pay_uk_born_change", "year to April 2026 (ONS earnings data)"),
            L("250,000", -250000, E, P, "visas_granted_work_and_dependants_change", "2024 to August 2026 (fewer work visas issued to workers and their dependants since 2024; Home Office)"),
        ]),
    "06-the-lecale-echo-ukrainian-refugees-three-years-on": dict(
        meta=dict(url="https://www.lecaleecho.example/news/downpatrick/three-years-on-ukrainians-co-down-weigh-up-whether-to-stay-4471925",
                  title="Three years on, Ukrainians who found refuge in Co Down weigh up whether to stay",
                  publisher="The Lecale Echo", author="Aoibheann Carberry-Lutsenko", published_date="2026-04-16"),
        labels=[
            L("nearly a quarter", 25, ALM, PCT, "ukrainian_arrivals_share_left_northern_ireland", SINCE22 + "; all arrivals who have since left; standfirst)", geo=NI),
            L("4.1k", 4100, E, P, "immigration_ukraine", SINCE22 + "; factbox)", geo=NI),
            L("2.9k", 2900, E, P, "immigration_ukraine_homes_for_ukraine", SINCE22 + "; factbox)", geo=NI),
            L("910", 910, E, P, "school_pupils_ukrainian", "October 2025 (school census; factbox)", occ=0, geo=NI),
            L("c. 230", 230, AP, HH, "homes_for_ukraine_host_households", "April 2026 (still taking part; factbox)", geo=NI),
            L("two-thirds", 200 / 3, E, PCT, U23 + "_share_in_work", "April 2026 (three years on; fled to Northern Ireland in 2023; " + EO + ")", geo=NI),
            L("610", 610, E, P, "poll_sample_size", "2026 (adults interviewed; " + EO + ")", geo=NI),
            L("66%", 66, E, PCT, U23 + "_share_in_work", "2026 (employed; " + EO + ")", geo=NI),
            L("38%", 38, E, PCT, U23 + "_share_in_work", "2023/24 (their first year here; " + EO + ")", geo=NI),
            L("more than a quarter", 25, MT, PCT, U23 + "_share_working_below_qualifications", "2026 (jobs well below their qualifications; " + EO + ")", geo=NI),
            L("61%", 61, E, PCT, "employment_rate_ukrainian_working_age", "2026 (working-age Ukrainians across the UK; Office for National Statistics)"),
            L("4,130", 4130, E, P, "immigration_ukraine", SINCE22 + ")", geo=NI),
            L("2,940", 2940, E, P, "immigration_ukraine_homes_for_ukraine", SINCE22 + "; Homes for Ukraine scheme)", geo=NI),
            L("1,190", 1190, E, P, "immigration_ukraine_family_scheme", SINCE22 + "; through the family scheme)", geo=NI),
            L("about 3,150", 3150, AP, P, "ukrainians_resident", "April 2026 (still here; officials believe)", geo=NI),
            L("910", 910, E, P, "school_pupils_ukrainian", "October 2025 (the October census)", occ=1, geo=NI),
            L("1,040", 1040, E, P, "school_pupils_ukrainian", "October 2024 (a year earlier)", geo=NI),
            L("about 230", 230, AP, HH, "homes_for_ukraine_host_households", "April 2026 (still hosting)", geo=NI),
            L("1,160", 1160, E, HH, "homes_for_ukraine_host_households", "the height of the scheme (peak)", geo=NI),
            L("about one in five", 20, AP, PCT, "homes_for_ukraine_host_households_share_still_hosting", "April 2026 vs the height of the scheme", geo=NI),
            L("£500", 500, E, GBP, "homes_for_ukraine_thank_you_payment", "per month, 2026 (once guests have been in the UK for more than a year; a policy rate)", geo=NI),
            L("three in five", 60, E, PCT, U23 + "_share_want_to_settle", "2026 (wanted to settle in Northern Ireland permanently; " + EO + ")", geo=NI),
            L("one in eight", 12.5, E, PCT, U23 + "_share_plan_return_ukraine", "2026 (planned to go back to Ukraine once it was safe; " + EO + ")", geo=NI),
            L("164", 164, E, HH, "ukrainian_households_presented_homeless", "2025 (Housing Executive)", geo=NI),
            L("69%", 69, E, PCT, "ukrainian_households_presented_homeless_change", "2025 vs 2024", geo=NI),
            L("97", 97, E, HH, "ukrainian_households_presented_homeless", "2024 (Housing Executive)", geo=NI),
            L("about 430", 430, AP, P, "ukrainians_resident", "April 2026 (living across the district; the council)", geo=NMD),
            L("95", 95, E, HH, "charity_service_users", "2023 (families on our books; " + LFU + ")", geo="Downpatrick"),
            L("41", 41, E, HH, "charity_service_users", "April 2026 (now; " + LFU + ")", geo="Downpatrick"),
            L("2,370", 2370, E, P, "ukraine_permission_extension_applications", "to April 2026 (people living in Northern Ireland who have applied; Home Office figures)", geo=NI),
            L("2,190", 2190, E, P, "ukraine_permission_extension_grants", "to April 2026 (have been granted; Home Office figures)", geo=NI),
            L("£2.4m", 2.4e6, E, GBP, "executive_office_ukrainian_support_funding", "2026/27 (English classes, advice and employment support; Executive Office)", geo=NI),
        ]),
    "07-daily-harangue-small-boat-arrivals-by-nationality": dict(
        meta=dict(url="https://www.dailyharangue.example/news/politics/2219408/afghans-top-channel-migrant-league-eritrean-crossings-soar",
                  title="Afghans top Channel migrant league AGAIN as 8,412 arrive in a year - while Eritrean crossings soar 40 PERCENT",
                  publisher="Daily Harangue", author="Kieran Holloway-Asante", published_date="2026-08-28"),
        labels=[
            L("8,412", 8412, E, P, SBAN + "_afghan", YJ + "; in a year; headline)", occ=0),
            L("40 PERCENT", 40, E, PCT, SBAN + "_eritrean_change", "year to June 2026 vs year to June 2025 (headline)"),
            L("Nearly one in five", 20, ALM, PCT, SBAN + "_share_afghan", YJ + "; standfirst)"),
            L("doubling", 2, E, RATIO, SBAN + "_vietnamese_ratio", "year to June 2026 vs year to June 2025 (in just 12 months; standfirst)"),
            L("Some 8,412", 8412, AP, P, SBAN + "_afghan", YJ + "; Afghan nationals landed)"),
            L("nearly one in five", 20, ALM, PCT, SBAN + "_share_afghan", YJ + ")"),
            L("44,630", 44630, E, P, SBA, YJ + "; made the perilous journey)"),
            L("15 per cent", 15, E, PCT, SBA + "_change", "year to June 2026 vs year to June 2025 (the previous year)"),
            L("7,150", 7150, E, P, SBAN + "_eritrean", YJ + "; came second)"),
            L("40 per cent", 40, E, PCT, SBAN + "_eritrean_change", "year to June 2026 vs year to June 2025 (a jump in a year)"),
            L("5,880", 5880, E, P, SBAN + "_sudanese", YJ + ")"),
            L("4,020", 4020, E, P, SBAN + "_iranian", YJ + ")"),
            L("3,370", 3370, E, P, SBAN + "_syrian", YJ + ")"),
            L("almost two-thirds", 200 / 3, ALM, PCT, SBAN + "_share_top_five_nationalities", YJ + ")"),
            L("doubled", 2, E, RATIO, SBAN + "_vietnamese_ratio", "year to June 2026 vs year to June 2025"),
            L("2,910", 2910, E, P, SBAN + "_vietnamese", YJ + "; the sixth largest group)"),
            L("690", 690, E, P, SBAN + "_albanian", YJ + "; in the year)"),
            L("more than 90 per cent", -90, MT, PCT, SBAN + "_albanian_change", "year to June 2026 vs 2022", occ=0),
            L("12,301", 12301, E, P, SBAN + "_albanian", "2022 (calendar year)"),
            L("Around three in four", 75, AP, PCT, SBAN + "_share_adult_men", YJ + ")"),
            L("4,950", 4950, E, P, SBAN + "_children", YJ + ")"),
            L("roughly one in nine", 100 / 9, AP, PCT, SBAN + "_share_children", YJ + ")"),
            L("62 per cent", 62, E, PCT, SBAN + "_children_share_unaccompanied", YJ + "; of those travelling without a parent)"),
            L("91 per cent", 91, E, PCT, "asylum_grants_share_initial_decisions_eritrean", YJ + "; Eritreans granted protection)"),
            L("11 per cent", 11, E, PCT, "asylum_grants_share_initial_decisions_vietnamese", YJ + "; Vietnamese claimants)"),
            L("£4.76billion", 4.76e9, E, GBP, AC, "2025/26 (the Home Office spent on asylum)"),
            L("£5.38billion", 5.38e9, E, GBP, AC, "2023/24 (a record)"),
            L("more than £13million", 13e6, MT, GBP, AC, "per day, 2026 (taxpayers picking up the tab; " + SHS + ")"),
            L("More than 90,000", 90000, MT, P, SBA, "5 July 2024 to August 2026 (since the day Labour moved into Downing Street; " + SHS + ")"),
            L("Nearly a fifth", 20, ALM, PCT, SBAN + "_share_afghan", "year to June 2026 (come from Afghanistan; Reform UK's home affairs spokesman)"),
            L("more than 90 per cent", -90, MT, PCT, SBAN + "_albanian_change", "2022 to August 2026 (Albanian crossings; " + HOS + ")", occ=1),
            L("more than 1,800", 1800, MT, P, "returns", "September 2025 to August 2026 (sent back to France under the deal; " + HOS + ")", geo=FR),
            L("almost 60,000", 60000, ALM, P, "returns", "July 2024 to August 2026 (no legal right to stay, have left since the election; " + HOS + ")"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
