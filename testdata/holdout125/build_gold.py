#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-twenty-fifth hand-labelled hold-out set (holdout125).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, THIRD, E, AP, MT, AL, LT, AM, ALM,
                        SBA, SBC)

UK, ENG, EW, SCO, FR, GB = "UK", "England", "England and Wales", "Scotland", "France", "Great Britain"
DAYS, HOURS, WEEKS = "other:days", "other:hours", "other:weeks"
RECS, PROVIDERS, REPORTS = "other:recommendations", "other:providers", "other:reports"
VIEWS, SHARES, VACANCIES, LICENCES = "other:views", "other:shares", "other:vacancies", "other:licences"
APPLICATIONS, FLIGHTS, PPF = "other:applications", "other:flights", "other:persons_per_flight"

# 01 (Tuesday 1 September 2026; an explainer on Home Office small-boat figures to 31 August)
HO1 = "Home Office figures"
YTD = "1 January to 31 August 2026 (so far this year; " + HO1
Y25 = "1 January to 31 August 2025 (the first eight months of 2025; " + HO1 + ")"
CMP = "1 January to 31 August 2026 vs 1 January to 31 August 2025"
def month(m):
    return f"{m} 2026 ({m}; " + HO1 + ")"
# 02 (Thursday 18 June 2026; PA copy on an inspection report "published on Wednesday", 17 June)
ICI = "Independent Chief Inspector of Borders and Immigration report published Wednesday 17 June 2026"
FY2 = "April 2025 to March 2026 (2025/26; " + ICI + ")"
DOV, KENT = "Dover", "Kent"
PS = "processing_site"
# 03 (Monday 12 October 2026; Legal Aid Agency data ahead of publication, tribunal statistics to June 2026)
LAA = "Legal Aid Agency data (seen ahead of publication on Thursday 15 October 2026)"
FY3 = "April 2025 to March 2026 (2025/26; " + LAA + ")"
LA = "legal_aid_immigration_asylum_cost"
TAL = "tribunal_appeals_lodged_immigration_asylum"
TAO = "tribunal_appeals_outstanding_immigration_asylum"
# 04 (Thursday 21 May 2026; Home Office figures "released on Thursday" for the year to March 2026; Skills for Care data)
HO4 = "Home Office figures released Thursday 21 May 2026"
YM26 = "April 2025 to March 2026 (the year to March 2026; " + HO4 + ")"
YM24 = "April 2023 to March 2024 (two years earlier, the height of the recruitment drive; " + HO4 + ")"
SFC = "Skills for Care workforce data"
LEAV = "adult_social_care_international_recruits_leavers"
VCW = "visas_granted_care_worker"
# 05 (Friday 13 March 2026; a post that went up on Saturday 7 March, repeated by an MP on Tuesday 10 March)
CLAIM = "no period stated (a social media post first shared Saturday 7 March 2026, the claim checked"
J26 = "January 2026 (DWP Universal Credit statistics by nationality at registration, published 10 March 2026"
UCN = "universal_credit_claimants_non_uk_nationals"
UCC = "universal_credit_cost_non_uk_nationals"
# 06 (Wednesday 30 September 2026; NRS mid-2025 estimates "released on Tuesday", 29 September)
NRS = "NRS mid-year estimates released Tuesday 29 September 2026"
M25 = "30 June 2025 (mid-2025; " + NRS + ")"
YM = "July 2024 to June 2025 (the 12 months to mid-2025; " + NRS
EDI, ABD = "Edinburgh", "Aberdeen"
NMI, NMR, IMN = "net_migration_international", "net_migration_rest_of_uk", "internal_migration_net"
# 07 (Friday 28 August 2026; Home Office statistics "published on Thursday", 27 August, for the year ending June 2026)
HO7 = "Home Office statistics published Thursday 27 August 2026"
YJ26 = "July 2025 to June 2026 (the year ending June 2026; " + HO7 + ")"
YJ25 = "July 2024 to June 2025 (the previous 12 months; " + HO7 + ")"
CHG7 = "year ending June 2026 vs year ending June 2025"
ENF = "returns_enforced"

ARTICLES = {
    "01-kestrelcast-small-boats-why-crossings-fell": dict(
        meta=dict(url="https://www.kestrelcast.example/news/uk-politics-74120583",
                  title="Small boats: Why have Channel crossings fallen this year?",
                  publisher="Kestrelcast", author="Calum Rees-Appiah", published_date="2026-09-01"),
        labels=[
            L("30%", -30, E, PCT, SBA + "_change", CMP + " (running below last year's pace; standfirst)", occ=0),
            L("19,650", 19650, E, P, SBA, YTD + ")"),
            L("28,076", 28076, E, P, SBA, Y25),
            L("30%", -30, E, PCT, SBA + "_change", CMP + " (a fall of)", occ=1),
            L("612", 612, E, P, SBA, month("January")),
            L("398", 398, E, P, SBA, month("February")),
            L("1,870", 1870, E, P, SBA, month("March")),
            L("3,905", 3905, E, P, SBA, month("April")),
            L("4,480", 4480, E, P, SBA, month("May") + " (the highest monthly total of the year)"),
            L("more than 11 times", 11, MT, RATIO, SBA + "_ratio", "May 2026 vs February 2026 (February's figure)"),
            L("3,120", 3120, E, P, SBA, month("June")),
            L("2,955", 2955, E, P, SBA, month("July")),
            L("2,310", 2310, E, P, SBA, month("August")),
            L("42%", -42, E, PCT, SBA + "_change", "August 2026 vs August 2025 (lower than the same month last year)"),
            L("3,970", 3970, E, P, SBA, "August 2025 (the same month last year; " + HO1 + ")"),
            L("318", 318, E, BOATS, SBC, YTD + "; this year's arrivals came in)"),
            L("almost 62", 62, ALM, PPB, "small_boat_occupancy", YTD + "; an average on board)"),
            L("about 53", 53, AP, PPB, "small_boat_occupancy", "1 January to 31 August 2025 (over the same months of 2025; average)"),
            L("at least 23", 23, AL, P, "small_boat_deaths", "1 January to 1 September 2026 (since January; Tideline Rescue)"),
            L("41", 41, E, DAYS, "small_boat_suitable_weather_days", "1 January to 31 August 2026 (between January and August this year; forecasters' measure)", ctx="only 41 days"),
            L("62", 62, E, DAYS, "small_boat_suitable_weather_days", "1 January to 31 August 2025 (last year)", ctx="against 62 last year"),
            L("a third", -THIRD, E, PCT, "small_boat_suitable_weather_days_change", "January to August 2026 vs 2025 (a third fewer)", ctx="a third fewer"),
            R("between 40% and 50%", 40, 50, PCT, SBA + "_change_share_weather", CMP + " (share of this year's drop due to wind and waves; Dr Esther Vane-Kuffour's estimate)"),
            L("some 2,260", 2260, AP, P, "returns", "September 2025 to 1 September 2026 (since the scheme's first flight in September 2025; UK-France returns arrangement)", geo=FR),
            L("about 12%", 12, AP, PCT, "returns_share_of_small_boat_arrivals", "returns since September 2025 as a share of arrivals 1 January to 31 August 2026 (this year's arrivals)", geo=FR),
            L("about 9,400", 9400, AP, P, "small_boat_launch_attempts_stopped_people", "1 January to 1 September 2026 (this year; French police)", geo=FR),
            L("4,100", 4100, E, P, "small_boat_arrivals_eritrean", YTD + "; the largest single nationality)"),
            L("about one in five", 20, AP, PCT, "small_boat_arrivals_share_eritrean", YTD + ")"),
            L("halved", -50, E, PCT, "small_boat_arrivals_afghan_change", CMP + " (the number of Afghans has halved)"),
            L("1,480", 1480, E, P, "small_boat_arrivals_afghan", YTD + ")"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (in 2022; a record)"),
            L("almost a third", -THIRD, ALM, PCT, SBA + "_change", "2026 so far vs 2025 (down by; the Home Secretary)"),
            L("More than 19,000", 19000, MT, P, SBA, "1 January to 1 September 2026 (have still crossed this year; the shadow home secretary)"),
        ]),
    "02-lydden-spout-post-dover-reception-centre-border-force": dict(
        meta=dict(url="https://www.lyddenspoutpost.example/news/dover/dover-migrant-reception-centre-kept-people-past-24-hour-limit-1884302",
                  title="Dover migrant reception centre kept people past 24-hour limit more than 5,000 times, inspectors say",
                  publisher="Lydden Spout Post", author="Ellis Catterall-Boakye", published_date="2026-06-18"),
        labels=[
            L("more than 5,000", 5000, MT, P, PS + "_held_beyond_24_hours", FY2[:-1] + "; headline)", occ=0, geo=DOV),
            L("160", 160, E, P, PS + "_capacity", "June 2026 (site built for; Langdon Quay; standfirst)", ctx="built for 160", geo=DOV),
            L("412", 412, E, P, PS + "_population", "9 May 2026 (its busiest day; standfirst)", ctx="held 412 on", geo=DOV),
            L("more than 5,000", 5000, MT, P, PS + "_held_beyond_24_hours", FY2[:-1] + "; held for longer than the law allows)", occ=1, geo=DOV),
            L("14,860", 14860, E, P, PS + "_throughput", FY2[:-1] + "; processed at the Langdon Quay site)", geo=DOV),
            L("5,240", 5240, E, P, PS + "_held_beyond_24_hours", FY2, geo=DOV),
            L("more than one in three", 100 / 3, MT, PCT, PS + "_share_held_beyond_24_hours", FY2, geo=DOV),
            L("11.5 hours", 11.5, E, HOURS, PS + "_average_stay", FY2[:-1] + "; average time spent at the centre)", geo=DOV),
            L("7.2 hours", 7.2, E, HOURS, PS + "_average_stay", "April 2024 to March 2025 (the year before; " + ICI + ")", geo=DOV),
            L("61 hours", 61, E, HOURS, PS + "_stay_max", FY2[:-1] + "; the longest single stay recorded)", geo=DOV),
            L("160", 160, E, P, PS + "_capacity", "June 2026 (designed to hold at any one time; Langdon Quay)", ctx="hold 160 people", geo=DOV),
            L("412", 412, E, P, PS + "_population", "9 May 2026 (on its busiest day)", ctx="it held 412", geo=DOV),
            L("more than two and a half times", 2.5, MT, RATIO, PS + "_population_to_capacity_ratio", "9 May 2026 (the busiest day's population against the 160 capacity)", geo=DOV),
            L("96", 96, E, P, PS + "_people_sleeping_on_floor", "one night in May 2026 (slept on mats on the floor; " + ICI + ")", geo=DOV),
            L("1,150", 1150, E, P, "small_boat_arrivals_unaccompanied_children", FY2[:-1] + "; children who travelled without a parent, processed at Langdon Quay)", geo=DOV),
            L("about 8%", 8, AP, PCT, "small_boat_arrivals_share_unaccompanied_children", FY2[:-1] + "; of the total processed)", geo=DOV),
            L("286", 286, E, P, "asylum_age_disputes", FY2[:-1] + "; ages disputed by officers)", geo=DOV),
            L("64%", 64, E, PCT, "asylum_age_disputes_share_found_adult", FY2[:-1] + "; later assessed as adults)", geo=DOV),
            L("99.6%", 99.6, E, PCT, PS + "_security_checks_share_completed", FY2[:-1] + "; before they left the quay)", geo=DOV),
            L("97.1%", 97.1, E, PCT, PS + "_security_checks_share_completed", "April 2024 to March 2025 (2024/25; " + ICI + ")", geo=DOV),
            L("212", 212, E, P, "border_force_officers", "March 2026 (working on small boat arrivals at Dover; " + ICI + ")", geo=DOV),
            L("258", 258, E, P, "border_force_posts_budgeted", "March 2026 (posts in its budget; " + ICI + ")", geo=DOV),
            L("nearly one in five", 20, ALM, PCT, "border_force_vacancy_share", "March 2026 (posts left empty; " + ICI + ")", geo=DOV),
            L("£3.7 million", 3700000, E, GBP, "border_force_overtime_cost", FY2[:-1] + "; over the financial year)", geo=DOV),
            L("41%", 41, E, PCT, "border_force_overtime_cost_change", "2025/26 vs 2024/25 (more than in the previous 12 months)", geo=DOV),
            L("11,300", 11300, E, P, PS + "_transfers_to_manston", FY2[:-1] + "; carried by coach from Langdon Quay to Manston during the year)", geo=DOV),
            L("£11 million", 11000000, E, GBP, PS + "_expansion_cost", "to June 2026 (already put into new holding rooms and staff at the port; a Home Office spokesperson)", geo=DOV),
            L("58%", -58, E, PCT, PS + "_held_beyond_24_hours_change", "October 2025 to March 2026 vs April to September 2025 (the second half of the year against the first; a Home Office spokesperson)", geo=DOV),
            L("613", 613, E, P, "unaccompanied_children_in_care", "June 2026 (currently caring for; Kent County Council)", geo=KENT),
            L("c. 100", 100, AP, P, "unaccompanied_children_in_care_above_safe_level", "June 2026 (above the level it regards as safe; Kent County Council)", geo=KENT),
            L("11", 11, E, RECS, "inspection_recommendations", "report published 17 June 2026 (the inspectorate made)", ctx="made 11 recommendations", geo=DOV),
        ]),
    "03-the-assize-asylum-appeals-legal-aid-cost": dict(
        meta=dict(url="https://www.theassize.example/article/legal-aid-for-asylum-appeals-climbs-to-a-record-156m-x7kq2mzpt",
                  title="Legal aid for asylum appeals climbs to a record £156m",
                  publisher="The Assize", author="Lucian Faraday-Nwosu", published_date="2026-10-12"),
        labels=[
            L("£156m", 156000000, E, GBP, LA, FY3[:-1] + "; a record; headline)", geo=EW),
            L("nearly tripled", 3, ALM, RATIO, TAL + "_ratio", "year to June 2026 vs year to June 2024 (appeals lodged, in two years; standfirst)"),
            V("tens of thousands", 20000, 90000, P, "asylum_support_population_awaiting_appeal", "June 2026 (in taxpayer-funded housing while they wait for a judge; standfirst)"),
            L("£156.4 million", 156400000, E, GBP, LA, FY3, geo=EW),
            L("38 per cent", 38, E, PCT, LA + "_change", "2025/26 vs 2024/25 (up on the year before)", geo=EW),
            L("£113.3 million", 113300000, E, GBP, LA, "April 2024 to March 2025 (the year before; " + LAA + ")", geo=EW),
            L("£92.1 million", 92100000, E, GBP, "legal_aid_asylum_appeals_cost", FY3[:-1] + "; appeals against refused asylum claims)", geo=EW),
            L("nearly three-fifths", 60, ALM, PCT, LA + "_share_asylum_appeals", FY3[:-1] + "; of the total)", geo=EW),
            L("71,300", 71300, E, P, TAL, "July 2025 to June 2026 (the 12 months to June; First-tier Tribunal immigration and asylum chamber)"),
            L("nearly three times", 3, ALM, RATIO, TAL + "_ratio", "year to June 2026 vs year to June 2024"),
            L("24,800", 24800, E, P, TAL, "July 2023 to June 2024 (the year to June 2024)"),
            L("58,900", 58900, E, P, TAO, "30 June 2026 (at the end of June; waiting to be decided)"),
            L("31,200", 31200, E, P, TAO, "30 June 2025 (a year earlier)"),
            L("49 weeks", 49, E, WEEKS, "asylum_appeal_wait_average", "June 2026 (the average wait for a hearing had stretched to)"),
            L("43 per cent", 43, E, PCT, "asylum_appeals_share_allowed", "July 2025 to June 2026 (of the appeals they decided over the year)"),
            L("about £1,900", 1900, AP, GBP, "asylum_appeal_cost", "2026 (each appeal costs the tribunal service to hear; per appeal)"),
            L("£134 million", 134000000, E, GBP, "tribunal_asylum_running_cost", "April 2025 to March 2026 (last year, read as 2025/26; the chamber's running costs for asylum work)"),
            L("36,700", 36700, E, P, "asylum_support_population_awaiting_appeal", "June 2026 (in asylum accommodation awaiting an appeal; Home Office records)"),
            L("about £28,000", 28000, AP, GBP, "asylum_accommodation_cost_per_person", "2026 (a head each year; per year)"),
            L("more than £1 billion", 1000000000, MT, GBP, "asylum_support_cost_awaiting_appeal", "2026 (the cost of housing those awaiting an appeal; per year)"),
            L("£1.3 billion", 1300000000, E, GBP, "asylum_appeals_system_cost", "2026 (now costs a year; the Westry Institute's estimate; per year)"),
            L("54", 54, E, P, "tribunal_judges_recruited", "January to October 2026 (since January; Ministry of Justice)", ctx="recruited 54 new"),
            L("a fifth", 20, E, PCT, "tribunal_sitting_days_change", "2026 (sitting days are up by; Ministry of Justice)"),
            L("172", 172, E, PROVIDERS, "legal_aid_immigration_providers", "October 2026 (now hold legal aid contracts for immigration work)", geo=EW),
            L("213", 213, E, PROVIDERS, "legal_aid_immigration_providers", "April 2019 to March 2020 (2019/20)", geo=EW),
            L("£627", 627, E, GBP, "legal_aid_asylum_appeal_fixed_fee", "October 2026 (the fixed fee for an asylum appeal; a policy rate)", geo=EW),
            L("15 per cent", 15, E, PCT, "legal_aid_asylum_appeal_fixed_fee_change", "from April 2027 (a promised rise from next April; a policy rate)", geo=EW),
            L("Roughly a quarter", 25, AP, PCT, LA + "_share_top_ten_firms", "April 2025 to March 2026 (last year's legal aid money; " + LAA + ")", geo=EW),
            L("six in ten", 60, E, PCT, "asylum_appellants_share_unable_to_find_lawyer", "no period stated (appellants who came to her office; Priya Balasingham-Reeve, a solicitor)", geo="Leeds"),
        ]),
    "04-the-dunnock-overseas-care-workers-leaving": dict(
        meta=dict(url="https://www.thedunnock.example/uk-news/2026/may/21/overseas-care-workers-leave-visa-grants-fall",
                  title="Overseas care workers leave in droves as visa grants fall 93%",
                  publisher="The Dunnock", author="Carys Penhallow-Ibe", published_date="2026-05-21"),
        labels=[
            L("93%", -93, E, PCT, VCW + "_change", "year to March 2026 vs year to March 2024 (visa grants fall; headline)", occ=0),
            L("More than 20,000", 20000, MT, P, LEAV, "April 2025 to March 2026 (last year, 2025/26; " + SFC + "; standfirst)", geo=ENG),
            L("3,410", 3410, E, P, VCW, YM26),
            L("47,800", 47800, E, P, VCW, YM24),
            L("93%", -93, E, PCT, VCW + "_change", "year to March 2026 vs year to March 2024 (a fall of)", occ=1),
            L("12,600", 12600, E, P, VCW, "April 2024 to March 2025 (the 12 months to March 2025; " + HO4 + ")"),
            L("73%", -73, E, PCT, VCW + "_change", "year to March 2026 vs year to March 2025 (grants were down)"),
            L("5,260", 5260, E, P, VCW + "_dependants", YM26),
            L("86,900", 86900, E, P, VCW + "_dependants", "April 2023 to March 2024 (dropped to 5,260 from; read as the same comparison year as 47,800; " + HO4 + ")"),
            L("c. 21,400", 21400, AP, P, LEAV, "April 2025 to March 2026 (2025/26; " + SFC + ")", geo=ENG),
            L("31.2%", 31.2, E, PCT, "adult_social_care_turnover_rate_international_recruits", "April 2025 to March 2026 (2025/26; " + SFC + ")", geo=ENG),
            L("24.6%", 24.6, E, PCT, "adult_social_care_turnover_rate_british", "April 2025 to March 2026 (2025/26; " + SFC + ")", geo=ENG),
            L("About 40%", 40, AP, PCT, LEAV + "_share_left_sector", "April 2025 to March 2026 (went out of care altogether; Skills for Care estimate)", geo=ENG),
            L("1.62m", 1620000, E, P, "adult_social_care_workforce", "2025/26 (filled posts; " + SFC + ")", geo=ENG),
            L("about 127,000", 127000, AP, VACANCIES, "adult_social_care_vacancies", "2025/26 (" + SFC + ")", geo=ENG),
            L("7.3%", 7.3, E, PCT, "adult_social_care_vacancy_share", "2025/26 (a vacancy rate; " + SFC + ")", geo=ENG),
            L("Roughly one in five", 20, AP, PCT, "adult_social_care_workforce_share_non_british", "2025/26 (of those in work hold a non-British passport)", geo=ENG),
            L("612", 612, E, LICENCES, "sponsor_licences_revoked_care_providers", "July 2022 to May 2026 (since July 2022; the Home Office)"),
            L("about 33,000", 33000, AP, P, "care_workers_displaced_by_licence_revocations", "July 2022 to May 2026 (needing a new employer to sponsor them)"),
            L("9,400", 9400, E, P, "care_workers_displaced_found_new_sponsor", "July 2022 to May 2026 (have found one)"),
            L("fewer than three in ten", 30, LT, PCT, "care_workers_displaced_share_found_new_sponsor", "July 2022 to May 2026 (of the displaced workers)"),
            L("1,420", 1420, E, REPORTS, "care_worker_exploitation_reports", "January to December 2025 (in 2025; Care Fair Line helpline)"),
            L("45%", 45, E, PCT, "care_worker_exploitation_reports_change", "2025 vs 2024 (up on the year before; Care Fair Line)"),
            L("Three-quarters", 75, E, PCT, "care_worker_exploitation_reports_share_wages_or_debt", "January to December 2025 (unpaid wages, illegal deductions or debts; Care Fair Line)"),
            L("£12.71", 12.71, E, GBP, "national_living_wage_hourly", "from April 2026 (the national living wage, an hour; a policy rate)"),
            L("61%", 61, E, PCT, "homecare_providers_share_cut_hours", "May 2025 to May 2026 (in the past year; Homecare Guild members)"),
            L("up to £4.6bn", 4600000000, AM, GBP, "adult_social_care_funding_increase", "by 2028-29 (extra funding; Department of Health and Social Care)", geo=ENG),
        ]),
    "05-checkwright-migrants-universal-credit-claim": dict(
        meta=dict(url="https://checkwright.example/fact-check/migrants-universal-credit-never-worked-claim",
                  title="Post claiming 1.2m migrants on Universal Credit have 'never worked' gets the key point wrong",
                  publisher="Checkwright", author="Owain Treharne-Bello", published_date="2026-03-13"),
        labels=[
            L("1.2m", 1200000, E, P, UCN, CLAIM + "; headline)", geo=GB),
            L("1.2 MILLION", 1200000, E, P, UCN, CLAIM + "; what was claimed)", geo=GB),
            L("£5.38bn", 5380000000, E, GBP, UCC, CLAIM + "; costing us a year; what was claimed; per year)", occ=0, geo=GB),
            L("About 1.17 million", 1170000, AP, P, UCN, J26 + "; our verdict)", geo=GB),
            L("46%", 46, E, PCT, UCN + "_share_in_work", J26 + "; in paid work; our verdict)", occ=0, geo=GB),
            L("2.4m", 2400000, E, VIEWS, "social_media_post_views", "7 to 13 March 2026 (since it went up on Saturday)"),
            L("12.9k", 12900, E, SHARES, "social_media_post_shares", "7 to 13 March 2026 (since it went up on Saturday)"),
            L("more than a million", 1000000, MT, P, "benefit_claimants_migrants", "no period stated (an MP on Tuesday 10 March 2026; migrants on benefits in Britain)"),
            L("8.1 million", 8100000, E, P, "universal_credit_claimants", J26 + ")", geo=GB),
            L("1.17 million", 1170000, E, P, UCN, J26 + ")", ctx="Of these, 1.17 million", geo=GB),
            L("about 14%", 14, AP, PCT, "universal_credit_claimants_share_non_uk_nationals", J26 + ")", geo=GB),
            L("Some 510,000", 510000, AP, P, "universal_credit_claimants_eu_nationals", J26 + ")", geo=GB),
            L("660,000", 660000, E, P, "universal_credit_claimants_non_eu_nationals", J26 + ")", geo=GB),
            L("118,000", 118000, E, P, "universal_credit_claimants_polish_nationals", J26 + ")", geo=GB),
            L("96,000", 96000, E, P, "universal_credit_claimants_romanian_nationals", J26 + ")", geo=GB),
            L("71,000", 71000, E, P, UCN + "_change", "January 2026 vs January 2025 (higher than)", geo=GB),
            L("almost six to one", 6, ALM, RATIO, "universal_credit_claimants_uk_to_non_uk_ratio", J26 + "; UK nationals outnumber non-UK nationals)", geo=GB),
            L("roughly one in eight", 12.5, AP, PCT, "population_share_non_uk_nationals_working_age", "year ending June 2025 (working-age residents; Office for National Statistics)", geo=GB),
            L("46%", 46, E, PCT, UCN + "_share_in_work", J26 + "; in employment)", occ=1, geo=GB),
            L("37%", 37, E, PCT, "universal_credit_claimants_uk_nationals_share_in_work", J26 + ")", geo=GB),
            L("41%", 41, E, PCT, UCN + "_share_in_work", "January 2023 (three years earlier; DWP Universal Credit statistics)", geo=GB),
            L("36%", 36, E, PCT, "universal_credit_claimants_uk_nationals_share_in_work", "January 2023 (three years earlier; DWP Universal Credit statistics)", geo=GB),
            L("around 540,000", 540000, AP, P, UCN + "_in_work", J26 + "; working)", geo=GB),
            L("more than 5.6m", 5600000, MT, APPLICATIONS, "eu_settlement_scheme_grants", "from the scheme's opening to December 2025 (the scheme has granted; Home Office EU Settlement Scheme statistics)"),
            L("£5.38bn", 5380000000, E, GBP, UCC, CLAIM + "; cross-head 'What about the £5.38bn?'; per year)", occ=1, geo=GB),
            L("£5.38bn", 5380000000, E, GBP, UCC, CLAIM + "; where it came from; per year)", occ=2, geo=GB),
            L("about £78bn", 78000000000, AP, GBP, "universal_credit_spending", "April 2025 to March 2026 (2025/26; Office for Budget Responsibility expectation)", geo=GB),
        ]),
    "06-haarline-nrs-migration-edinburgh-aberdeen": dict(
        meta=dict(url="https://www.haarline.example/news/edinburgh/nearly-10000-arrivals-overseas-power-edinburghs-growth-aberdeen-28447190",
                  title="Nearly 10,000 arrivals from overseas power Edinburgh's growth as Aberdeen leans on migrants to avoid decline",
                  publisher="Haarline", author="Isla Mathieson-Danquah", published_date="2026-09-30"),
        labels=[
            L("Nearly 10,000", 10000, ALM, P, NMI, YM + "; arrivals from overseas; headline)", geo=EDI),
            L("5.58 million", 5580000, E, P, "population", M25[:-1] + "; a record; standfirst)", geo=SCO),
            L("nearly 10,000", 10000, ALM, P, NMI, YM + "; more residents from abroad than it lost)", geo=EDI),
            L("5,582,400", 5582400, E, P, "population", M25, geo=SCO),
            L("35,500", 35500, E, P, "population_growth", YM + "; more than a year earlier)", geo=SCO),
            L("0.6%", 0.6, E, PCT, "population_change", YM + ")", geo=SCO),
            L("62,300", 62300, E, P, "deaths", YM + ")", geo=SCO),
            L("45,600", 45600, E, P, "births", YM + ")", geo=SCO),
            L("16,700", -16700, E, P, "population_natural_change", YM + "; a natural decrease)", geo=SCO),
            L("52,200", 52200, E, P, "net_migration", YM + "; gained a net, through migration)", geo=SCO),
            L("38,900", 38900, E, P, NMI, YM + "; came from overseas)", geo=SCO),
            L("13,300", 13300, E, P, NMR, YM + "; from the rest of the UK)", geo=SCO),
            L("8,300", 8300, E, P, "population_revision", "30 June 2024 (mid-2024's figure revised up by; " + NRS + ")", geo=SCO),
            L("5,546,900", 5546900, E, P, "population", "30 June 2024 (mid-2024, as revised; " + NRS + ")", geo=SCO),
            L("7,400", 7400, E, P, "population_growth", YM + ")", geo=EDI),
            L("1.4%", 1.4, E, PCT, "population_change", YM + ")", geo=EDI),
            L("535,900", 535900, E, P, "population", M25, geo=EDI),
            L("9,800", 9800, E, P, NMI, YM + "; international migration added)", geo=EDI),
            L("roughly a quarter", 25, AP, PCT, NMI + "_share_of_scotland", YM + "; of Scotland's total)", geo=EDI),
            L("1,100", 1100, E, P, NMR, YM + "; the rest of the UK a further)", geo=EDI),
            L("4,100", -4100, E, P, IMN, YM + "; more leaving for neighbouring council areas than moving in)", geo=EDI),
            L("36.4 years", 36.4, E, "years", "population_median_age", M25, geo=EDI),
            L("43.1", 43.1, E, "years", "population_median_age", M25, geo=SCO),
            L("24.1%", 24.1, E, PCT, "population_share_aged_16_29", M25, geo=EDI),
            L("Four in five", 80, E, PCT, "immigration_share_under_35", "July 2024 to June 2025 (last year's arrivals from abroad; Dr Ruaraidh Penicuik-Addo)", geo=EDI),
            L("2,050", 2050, E, P, "population_growth", YM + ")", geo=ABD),
            L("0.9%", 0.9, E, PCT, "population_change", YM + ")", geo=ABD),
            L("229,400", 229400, E, P, "population", M25, geo=ABD),
            L("3,600", 3600, E, P, NMI, YM + "; net international migration)", geo=ABD),
            L("700", -700, E, P, NMR, YM + "; lost more people to the rest of the UK than it gained)", ctx="lost 700 more", geo=ABD),
            L("1,200", -1200, E, P, IMN, YM + "; a net loss to other parts of Scotland)", geo=ABD),
            L("about 1,550", -1550, AP, P, "population_growth_excluding_international_migration", YM + "; would have fallen by without arrivals from overseas)", geo=ABD),
            L("640", 640, E, P, "school_pupils_english_additional_language_change", "2024 to 2026 (in two years; Councillor Morag Inverurie-Sackey)", geo=ABD),
            L("0.8%", 0.8, E, PCT, "population_change", YM + ")", geo="Glasgow"),
            L("0.3%", 0.3, E, PCT, "population_change", YM + ")", geo="Dundee"),
        ]),
    "07-the-plenary-failed-asylum-seekers-enforced-removals": dict(
        meta=dict(url="https://www.theplenary.example/news/uk/home-news/enforced-removals-rise-home-office-deportation-flights-b2841093.html",
                  title="Enforced removals rise by almost a quarter as Home Office steps up deportation flights",
                  publisher="The Plenary", author="Naomi Ashworth-Kamara", published_date="2026-08-28"),
        labels=[
            L("almost a quarter", 25, ALM, PCT, ENF + "_change", CHG7 + " (enforced removals rise by; headline)", occ=0),
            L("More than 10,800", 10800, MT, P, ENF, YJ26[:-1] + "; forcibly returned in the year to June; standfirst)"),
            L("10,850", 10850, E, P, ENF, YJ26),
            L("23 per cent", 23, E, PCT, ENF + "_change", CHG7 + " (an increase on the previous 12 months)"),
            L("8,820", 8820, E, P, ENF, YJ25),
            L("37,400", 37400, E, P, "returns", YJ26[:-1] + "; left the UK through the returns system)"),
            L("12 per cent", 12, E, PCT, "returns_change", CHG7 + " (a rise of)"),
            L("22,100", 22100, E, P, "returns_voluntary", YJ26),
            L("59 per cent", 59, E, PCT, "returns_share_voluntary", YJ26),
            L("4,450", 4450, E, P, "returns_port", YJ26[:-1] + "; turned back at ports)"),
            L("8,960", 8960, E, P, "returns_failed_asylum_seekers", YJ26),
            L("roughly one in four", 25, AP, PCT, "returns_share_failed_asylum_seekers", YJ26),
            L("3,240", 3240, E, P, ENF + "_albanian", YJ26[:-1] + "; the largest group among those removed by force)", geo="Albania"),
            L("30 per cent", 30, E, PCT, ENF + "_share_albanian", YJ26, geo="Albania"),
            L("41", 41, E, FLIGHTS, "charter_removal_flights", YJ26[:-1] + "; chartered over the year)", ctx="chartered 41 flights"),
            L("2,870", 2870, E, P, "returns_charter_flights", YJ26),
            L("70", 70, E, PPF, "charter_removal_flight_occupancy", YJ26[:-1] + "; an average a flight)", ctx="average of 70 a flight"),
            L("24", 24, E, FLIGHTS, "charter_removal_flights", "1 January to 27 August 2026 (so far this year; Home Office sources)", ctx="year, 24 charter"),
            L("2,610", 2610, E, P, "returns", "summer 2025 to August 2026 (under last summer's pilot deal with Paris)", geo=FR),
            L("more than 63,000", 63000, MT, P, "returns", "5 July 2024 to August 2026 (since 5 July 2024; the Home Office)"),
            R("between 110,000 and 140,000", 110000, 140000, P, "failed_asylum_seekers_awaiting_removal", "August 2026 (still living in the UK; the Meridale Trust's estimate)"),
            L("2,180", 2180, E, P, "detention_population", "30 June 2026 (as June ended; " + HO7 + ")"),
            L("54 per cent", 54, E, PCT, "detention_leavers_share_returned", YJ26),
            L("21,300", 21300, E, P, "detention_leavers", YJ26),
            L("£17,400", 17400, E, GBP, "enforced_removal_cost_per_person", "2026 (an average, including escorts and flights; a National Audit Office estimate)"),
            L("about £3,500", 3500, AP, GBP, "voluntary_return_cost_per_person", "2026 (a voluntary return costs; National Audit Office estimate)"),
            V("hundreds", 200, 900, P, "reporting_centre_detentions", "2026 (picked up at reporting centres; Open Gate Casework)"),
            L("almost a quarter", 25, ALM, PCT, ENF + "_change", "in twelve months to June 2026 (driven up enforced returns by; a Home Office spokesperson)", occ=1),
            L("fewer than one in ten", 10, LT, PCT, "failed_asylum_seekers_share_removed", "no period stated (refused asylum seekers ever removed; the shadow home secretary)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
