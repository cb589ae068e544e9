#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the seventy-eighth hand-labelled hold-out set (holdout78).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, EUR, RATIO, PPB, BOATS, MONTHS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC)

UK, FR, SC, WA, NI, ENG, EU = "UK", "France", "Scotland", "Wales", "Northern Ireland", "England", "EU"
DAYS, HOUSEHOLDS, UNIVERSITIES = "other:days", "other:households", "other:universities"

# 01 (Monday 31 August 2026; Home Office daily small boat figures to Sunday 30 August)
SAT = "29 August 2026 (Saturday; a single day)"
SUN = "30 August 2026 (Sunday)"
YTD26 = "1 January to 30 August 2026 (so far this year)"
YTD25 = "1 January to 30 August 2025 (the same point of last year)"
PILOT = "August 2025 to 30 August 2026 (since the pilot returns treaty with France began last summer)"
# 02 (Friday 6 November 2026; Bank of England Monetary Policy Report "on Thursday", 5 November)
NMF = "net_migration_forecast"
BOE = "Bank of England Monetary Policy Report, 5 November 2026"
C25 = "2025 (calendar year; ONS estimate released in May 2026)"
YS26 = "year to September 2026 (October 2025 to September 2026; HMRC)"
# 03 (Monday 2 March 2026; Home Office statistics for the year ending December 2025 published "on Thursday", 26 February)
ED25 = "end of December 2025 (31 December 2025)"
ED24 = "end of December 2024 (a year earlier)"
NOW03 = "March 2026 (now)"
HLRN = "Harbour Light Refugee Network chief executive"
# 04 (Thursday 27 August 2026; Home Office statistics for the year ending June 2026 released that morning)
AA, GR = "asylum_applications", "asylum_grants_share_initial_decisions"
YJ26 = "year ending June 2026 (July 2025 to June 2026)"
YJ25 = "year ending June 2025 (July 2024 to June 2025; the previous 12 months)"
TAB = " (table; main applicants)"
KCRL = "Kingsmead Centre for Refugee Law researcher"
# 05 (Wednesday 18 March 2026; Home Office Ukraine scheme figures to the end of February 2026)
EF26 = "March 2022 to end of February 2026 (by the end of February)"
UPE = "February 2025 to March 2026 (since the Ukraine Permission Extension opened; so far)"
VU = "visas_granted_ukraine_schemes"
HD = "homelessness_duty_ukrainian_households"
# 06 (Thursday 26 March 2026; HESA figures for 2024/25 published "on Tuesday", 24 March)
AY25 = "2024/25 (academic year)"
AY24 = "2023/24 (academic year; the year before)"
IS = "international_students"
TAL = "Taliesin Policy Unit analyst"
# 07 (Friday 10 July 2026; report to Kent County Council's cabinet "on Tuesday", 7 July)
KT = "Kent"
NOW07 = "July 2026 (now; cabinet report of 7 July 2026)"
FY26 = "2025/26 (April 2025 to March 2026; last year)"
UC = "unaccompanied_children"
UASC = "unaccompanied_asylum_seeking_children"
CM = "Kent cabinet member for integrated children's services"

ARTICLES = {
    "01-daily-gong-channel-record-day-people-per-boat": dict(
        meta=dict(url="https://www.dailygong.example/news/uk/1988204/channel-crossings-record-1412-migrants-one-day-67-every-boat",
                  title="Channel crossings: RECORD 1,412 migrants land in one day with 67 packed into every boat",
                  publisher="Daily Gong", author="Declan Fairweather-Osei", published_date="2026-08-31"),
        labels=[
            L("1,412", 1412, E, P, SBA, SAT + " (record; headline)", occ=0),
            L("67", 67, E, PPB, "small_boat_occupancy", SAT + " (packed into every boat; headline)", occ=0),
            L("more than 100", 100, MT, P, SBA + "_change", SAT + " vs the previous single-day record of August 2022 (standfirst)"),
            L("1,412", 1412, E, P, SBA, SAT + " (a record)", occ=1),
            L("21", 21, E, BOATS, SBC, SAT + " (dinghies)"),
            L("67", 67, E, PPB, "small_boat_occupancy", SAT + " (average per vessel)", occ=1),
            L("1,305", 1305, E, P, SBA, "August 2022 (a single day; the old daily high)"),
            L("187", 187, E, P, SBA, SUN),
            L("four", 4, E, BOATS, SBC, SUN, ctx="in four boats"),
            L("29,318", 29318, E, P, SBA, YTD26 + " (the tally for 2026 so far)"),
            L("14%", 14, E, PCT, SBA + "_change", YTD26 + " vs " + YTD25),
            L("25,717", 25717, E, P, SBA, YTD25),
            L("486", 486, E, BOATS, SBC, YTD26 + " (vessels detected this year)"),
            L("60", 60, E, PPB, "small_boat_occupancy", YTD26 + " (passengers per boat on average)"),
            L("13", 13, E, PPB, "small_boat_occupancy", "2020 (calendar year; on average)", ctx="against 13 in 2020"),
            L("more than four times", 4, MT, RATIO, "people_per_boat_ratio", YTD26 + " vs 2020 (as crowded)"),
            L("5,940", 5940, E, P, SBA, "1 to 30 August 2026 (August alone)"),
            L("double", 2, E, RATIO, SBA + "_ratio", "August 2026 vs August 2025", ctx="double the 2,966"),
            L("2,966", 2966, E, P, SBA, "August 2025"),
            L("Two in five", 40, E, PCT, SBA + "_share_since_july", "1 July to 30 August 2026 (of this year's arrivals, since the start of July)"),
            L("around 640", 640, AP, P, "small_boat_launch_attempts_stopped_people", SAT + " (stopped from setting off; French officers)", geo=FR),
            R("between €1,000 and €2,500", 1000, 2500, EUR, "smuggler_fee", "August 2026 (for a place on a boat; said to be charging)", geo=FR),
            L("At least 54", 54, AL, P, "small_boat_deaths", "1 January to 30 August 2026 (so far in 2026; UN migration agency)"),
            L("more than 90,000", 90000, MT, P, SBA, "5 July 2024 to 30 August 2026 (since Labour took office; Shadow Home Secretary claim)"),
            L("3,480", 3480, E, P, "returns", PILOT + " (returned to France)", geo=FR),
            L("roughly one for every 13", 100 / 13, AP, PCT, "returns_share_of_small_boat_arrivals", PILOT, geo=FR),
            L("More than 50,000", 50000, MT, P, "returns", "July 2024 to August 2026 (since July 2024; removed; Home Office)"),
            L("13%", 13, E, PCT, "returns_change", "year to August 2026 vs a year ago (Home Office)"),
        ]),
    "02-the-tontine-net-migration-forecasts-obr-bank": dict(
        meta=dict(url="https://www.thetontine.example/content/3b9e51f0-bank-of-england-net-migration-100000-forecasters-split",
                  title="Bank of England sees UK net migration sliding to 100,000 as forecasters split",
                  publisher="The Tontine", author="Marguerite Oyelowo-Platt", published_date="2026-11-06"),
        labels=[
            L("100,000", 100000, E, P, NMF, "2027 (" + BOE + "; headline)", occ=0),
            L("less than half", 0.5, LT, RATIO, NMF + "_ratio", "2027 (Bank of England's figure vs the OBR's; standfirst)"),
            L("about 100,000", 100000, AP, P, NMF, "2027 (next year; " + BOE + ")"),
            L("60,000", -60000, E, P, NMF + "_revision", "2027 (" + BOE + " vs the August 2026 projection; cut by)", ctx="by 60,000"),
            L("160,000", 160000, E, P, NMF, "2027 (Bank of England August 2026 projection; three months ago)"),
            L("230,000", 230000, E, P, NMF, "2027 (OBR March 2026 forecast assumption)"),
            L("more than twice", 2, MT, RATIO, NMF + "_ratio", "2027 (the OBR's figure vs the Bank's)"),
            L("196,000", 196000, E, P, NM, C25),
            L("756,000", 756000, E, P, "immigration", C25 + " (arriving)"),
            L("560,000", 560000, E, P, "emigration", C25 + " (leaving)"),
            L("almost four-fifths", -80, ALM, PCT, NM + "_change", "2025 vs year ending March 2023 (the record)"),
            L("944,000", 944000, E, P, NM, "year ending March 2023 (April 2022 to March 2023; the record)"),
            L("272,000", 272000, E, P, NM, "year ending June 2025 (July 2024 to June 2025; revised estimate)"),
            L("some 68,000", 68000, AP, P, NM + "_revision", "year ending June 2025 (higher than first published)"),
            L("about 1 per cent", 1, AP, PCT, "population_working_age_growth_from_migration",
              "per year, at its height (2022-2023; Bank of England governor)"),
            L("about 0.1 per cent", 0.1, AP, PCT, "population_working_age_growth_from_migration",
              "per year, November 2026 (now; Bank of England governor)"),
            L("3.5 per cent", 3.5, E, PCT, "bank_rate", "5 November 2026 (held; main interest rate)"),
            L("140,000", 140000, E, P, NMF, "2027 (Lowther Institute)"),
            R("between 60,000 and 210,000", 60000, 210000, P, NMF, "2027 (Lowther Institute; plausible outcome)"),
            L("roughly a quarter", 25, AP, PCT, "emigration_change", "2025 vs 2022 (Lowther Institute research director)"),
            L("Half", 50, E, PCT, "study_visa_holders_2022_share_departed",
              "arrivals on study visas in 2022, by November 2026 (already gone; Lowther Institute research director)"),
            L("about 75,000", 75000, AP, P, NMF, "2028 (could bottom out; Pellingham Economics note to clients)"),
            L("about £9bn", 9e9, AP, GBP, "public_finances_effect_lower_migration",
              "per year, 2030-31 (lost receipts if the Bank's assumption proves right vs the OBR's; Pellingham Economics chief economist)"),
            L("84,000", -84000, E, P, "payrolled_employees_non_uk_change", YS26),
            L("1.9 per cent", -1.9, E, PCT, "payrolled_employees_non_uk_change", YS26),
            L("5.2 per cent", 5.2, E, PCT, "unemployment_rate", "autumn 2026 (latest; highest in a decade)"),
            L("3.6 per cent", 3.6, E, PCT, "regular_pay_growth", "autumn 2026 (latest)"),
            L("about a fifth", 20, AP, PCT, "university_income_share_international_fees", "2026 (now)"),
            L("9 per cent", -9, E, PCT, "study_visa_applications_change", "July to September 2026 vs a year earlier (the three months to September)"),
        ]),
    "03-daily-cornet-asylum-waits-appeals-backlog": dict(
        meta=dict(url="https://www.dailycornet.example/news/politics/stuck-limbo-11300-asylum-seekers-36771450",
                  title="Stuck in limbo: 11,300 asylum seekers have waited over a year for an answer as appeal queue hits record 48,700",
                  publisher="Daily Cornet", author="Shannon Quarrie-Adomako", published_date="2026-03-02"),
        labels=[
            L("11,300", 11300, E, P, "asylum_backlog_waiting_over_1_year", ED25 + " (headline)", occ=0),
            L("48,700", 48700, E, P, "asylum_backlog_appeals", ED25 + " (record; headline)", occ=0),
            L("More than 11,000", 11000, MT, P, "asylum_backlog_waiting_over_1_year", ED25),
            L("48,700", 48700, E, P, "asylum_backlog_appeals", ED25 + " (a record)", occ=1),
            L("84%", 84, E, PCT, "asylum_backlog_appeals_change", ED25 + " vs " + ED24 + " (in a year)"),
            L("70,400", 70400, E, P, "asylum_backlog", ED25 + " (in the queue for a first decision; Home Office)"),
            L("11,300", 11300, E, P, "asylum_backlog_waiting_over_1_year", ED25 + " (longer than 12 months)", occ=1),
            L("about one in six", SIXTH, AP, PCT, "asylum_backlog_share_waiting_over_1_year", ED25),
            L("More than 1,800", 1800, MT, P, "asylum_backlog_waiting_over_3_years", ED25),
            L("Almost 4,000", 4000, ALM, P, "asylum_backlog_children", ED25 + " (children in the queue)"),
            L("90,700", 90700, E, P, "asylum_backlog", ED24),
            L("31,200", 31200, E, P, "asylum_appeals_lodged", "2025 (calendar year; last year)"),
            L("17,900", 17900, E, P, "asylum_appeals_lodged", "2024 (calendar year)"),
            L("48,700", 48700, E, P, "asylum_backlog_appeals", ED25 + " (outstanding on 31 December)", occ=2),
            L("26,400", 26400, E, P, "asylum_backlog_appeals", ED24 + " (twelve months before)"),
            L("nearly three times", 3, ALM, RATIO, "asylum_backlog_appeals_ratio", ED25 + " vs end of December 2023"),
            L("14 months", 14, E, MONTHS, "asylum_appeal_wait_average", NOW03 + " (from lodging to a ruling)"),
            L("double", 2, E, RATIO, "asylum_appeal_wait_average_ratio", NOW03 + " vs two years ago", ctx="double the wait"),
            L("Almost half", 50, ALM, PCT, "asylum_appeals_share_allowed", "2025 (appeals decided last year)"),
            L("47%", 47, E, PCT, "asylum_appeals_share_allowed", "2025 (appeals decided last year)"),
            L("Around 21,000", 21000, AP, P, "asylum_support_population_awaiting_appeal", NOW03 + " (in Government-funded accommodation)"),
            L("£4.3billion", 4.3e9, E, GBP, AC, "2024/25 (April 2024 to March 2025; asylum support)"),
            L("£4.9million", 4.9e6, E, GBP, AC, "per day, 2024/25 (hotels)"),
            L("2,300", 2300, E, P, "charity_service_users", NOW03 + " (" + HLRN + ")"),
            L("more than half", 50, MT, PCT, "charity_service_users_share_waiting_over_18_months", NOW03 + " (" + HLRN + ")"),
            L("almost a quarter", -25, ALM, PCT, "asylum_backlog_change", ED25 + " vs " + ED24 + " (in 12 months; Home Office)"),
            L("8,000", 8000, E, DAYS, "tribunal_sitting_days_added", "2026 (this year; extra sitting days funded; Home Office)"),
        ]),
    "04-halcyon-news-asylum-claims-nationality-grant-rates": dict(
        meta=dict(url="https://news.halcyon.example/story/asylum-claims-who-is-applying-to-the-uk-and-how-many-are-accepted-13611742",
                  title="Asylum claims: Who is applying to the UK, and how many are accepted?",
                  publisher="Halcyon News", author="Harriet Mbeki-Lowndes", published_date="2026-08-27"),
        labels=[
            L("Some 106,400", 106400, AP, P, AA, YJ26 + " (Home Office figures released this morning)"),
            L("4%", -4, E, PCT, AA + "_change", YJ26 + " vs " + YJ25, ctx="4% fewer"),
            L("110,800", 110800, E, P, AA, YJ25),
            L("41%", 41, E, PCT, GR, YJ26 + " (succeed at the first attempt)", ctx="to 41% from"),
            L("49%", 49, E, PCT, GR, "year ending June 2025 (a year earlier)"),
            L("12,300", 12300, E, P, AA, YJ26 + TAB + " (Pakistan)"),
            L("+8%", 8, E, PCT, AA + "_change", YJ26 + " vs " + YJ25 + TAB + " (Pakistan)"),
            L("12%", 12, E, PCT, GR + "_pakistani", YJ26 + " (table)"),
            L("8,900", 8900, E, P, AA, YJ26 + TAB + " (Afghanistan)"),
            L("-31%", -31, E, PCT, AA + "_change", YJ26 + " vs " + YJ25 + TAB + " (Afghanistan)"),
            L("36%", 36, E, PCT, GR + "_afghan", YJ26 + " (table)"),
            L("8,100", 8100, E, P, AA, YJ26 + TAB + " (Eritrea)"),
            L("+5%", 5, E, PCT, AA + "_change", YJ26 + " vs " + YJ25 + TAB + " (Eritrea)"),
            L("91%", 91, E, PCT, GR + "_eritrean", YJ26 + " (table)"),
            L("6,200", 6200, E, P, AA, YJ26 + TAB + " (Bangladesh)"),
            L("+19%", 19, E, PCT, AA + "_change", YJ26 + " vs " + YJ25 + TAB + " (Bangladesh)"),
            L("4%", 4, E, PCT, GR + "_bangladeshi", YJ26 + " (table)", ctx="+19% | 4%"),
            L("5,800", 5800, E, P, AA, YJ26 + TAB + " (Sudan)"),
            L("-9%", -9, E, PCT, AA + "_change", YJ26 + " vs " + YJ25 + TAB + " (Sudan)"),
            L("96%", 96, E, PCT, GR + "_sudanese", YJ26 + " (table)"),
            L("106,400", 106400, E, P, AA, YJ26 + TAB + " (all nationalities)", ctx="All nationalities | 106,400"),
            L("-4%", -4, E, PCT, AA + "_change", YJ26 + " vs " + YJ25 + TAB + " (all nationalities)"),
            L("41%", 41, E, PCT, GR, YJ26 + " (table; all nationalities)", ctx="-4% | 41%"),
            L("nearly two in five", 40, ALM, PCT, AA + "_share_top_five_nationalities", YJ26 + " (the five in the table)"),
            L("more than one in ten", 10, MT, PCT, AA + "_share_pakistani", YJ26 + " (Pakistani nationals)"),
            L("about 40,000", 40000, AP, P, AA, YJ26 + " (claimants who had first come on a visa)"),
            L("nearly four in ten", 40, ALM, PCT, AA + "_share_previous_visa_holders", YJ26),
            L("Just over a third", THIRD, MT, PCT, AA + "_share_small_boat", YJ26 + " (arrived on a small boat)"),
            L("nearly a fifth", 20, ALM, PCT, AA + "_change", YJ26 + " vs " + YJ25 + " (Bangladeshi nationals)"),
            L("almost a third", -THIRD, ALM, PCT, AA + "_change", YJ26 + " vs " + YJ25 + " (Afghan nationals)"),
            L("well over nine in ten", 90, MT, PCT, GR, YJ26 + " (Sudanese and Eritrean applicants; " + KCRL + ")"),
            L("96 in every 100", 96, E, PCT, "asylum_refusals_share_initial_decisions_bangladeshi", YJ26 + " (turned down; " + KCRL + ")"),
            L("98%", 98, E, PCT, GR + "_afghan", "year ending June 2024 (two years ago; " + KCRL + ")"),
            L("little more than a third", 1 / 3, MT, RATIO, GR + "_afghan_ratio", YJ26 + " vs year ending June 2024 (" + KCRL + ")"),
            L("861,000", 861000, E, P, AA, YJ26 + " (first-time applications; over the same 12 months)", geo=EU),
            L("roughly eight times", 8, AP, RATIO, AA + "_ratio", YJ26 + " (EU countries vs the UK)", geo=EU),
            L("More than 35,000", 35000, MT, P, "returns", "September 2025 to August 2026 (the last year; Home Office spokesperson)"),
        ]),
    "05-the-nutshell-ukrainian-refugees-three-years-on": dict(
        meta=dict(url="https://www.thenutshell.example/news/uk/ukrainian-refugees-uk-three-years-on-explained-4120873",
                  title="Three years on, how are Britain's Ukrainian refugees faring as their permission runs down?",
                  publisher="The Nutshell", author="Tamsin Ravenhill-Okoye", published_date="2026-03-18"),
        labels=[
            L("More than nine in ten", 90, MT, PCT, "ukraine_permission_extension_grants_share", UPE + " (allowed to stay longer; standfirst)"),
            L("almost one in five", 20, ALM, PCT, "emigration_share_ukraine_scheme_arrivals", EF26 + " (already left; standfirst)", occ=0),
            L("316,200", 316200, E, P, VU, EF26 + " (both Ukraine schemes; Home Office)"),
            L("211,400", 211400, E, P, VU + "_homes_for_ukraine", EF26),
            L("two-thirds", 200 / 3, E, PCT, VU + "_share_homes_for_ukraine", EF26),
            L("104,800", 104800, E, P, VU + "_family_scheme", EF26 + " (the other)"),
            L("Some 243,700", 243700, AP, P, "immigration_ukraine", EF26 + " (arrived)"),
            L("more than three-quarters", 75, MT, PCT, "immigration_ukraine_share_of_visas_granted", EF26 + " (of those given a visa)"),
            L("More than 26,000", 26000, MT, P, "immigration_ukraine_supersponsor", "March 2022 to 2026 (Scottish Government super sponsor route)", geo=SC),
            L("about 8,100", 8100, AP, P, "immigration_ukraine", EF26 + " (settled in Wales)", geo=WA),
            L("3,300", 3300, E, P, "immigration_ukraine_supersponsor", EF26 + " (Welsh Government super sponsor route)", geo=WA),
            L("2,950", 2950, E, P, "immigration_ukraine", EF26, geo=NI),
            L("97,400", 97400, E, P, "ukraine_permission_extension_applications", UPE),
            L("91,200", 91200, E, P, "ukraine_permission_extension_grants", UPE),
            L("more than nine in ten", 90, MT, PCT, "ukraine_permission_extension_grants_share", UPE),
            L("About 4,100", 4100, AP, P, "ukraine_permission_extension_awaiting_decision", "March 2026 (still waiting)"),
            L("c. 45,000", 45000, AP, P, "emigration_ukraine_scheme_arrivals", EF26 + " (have since left the UK; ONS estimate)"),
            L("almost one in five", 20, ALM, PCT, "emigration_share_ukraine_scheme_arrivals", EF26 + " (of those who arrived; ONS estimate)", occ=1),
            L("58 per cent", 58, E, PCT, "employment_rate_ukrainian_working_age", "2026 (ONS survey published last month, February 2026)"),
            L("47 per cent", 47, E, PCT, "employment_rate_ukrainian_working_age", "2023"),
            L("fewer than a third", THIRD, LT, PCT, "ukrainian_workers_share_job_matches_qualifications", "2026 (ONS survey published February 2026)"),
            L("Fewer than one in seven", 100 / 7, LT, PCT, "homes_for_ukraine_arrivals_share_living_with_host", "March 2026 (still)"),
            L("£350", 350, E, GBP, "homes_for_ukraine_thank_you_payment", "per month, 2026 (hosts in England)", geo=ENG),
            L("£500", 500, E, GBP, "homes_for_ukraine_thank_you_payment", "per month, 2026 (once a guest has been with a host for a year)", geo=ENG),
            L("11,240", 11240, E, HOUSEHOLDS, HD, "February 2022 to March 2026 (since the schemes began)", geo=ENG),
            L("1,310", 1310, E, HOUSEHOLDS, HD, "2025 (calendar year; new cases)", geo=ENG),
            L("a third", -THIRD, E, PCT, HD + "_change", "2025 vs 2024 (down on the previous year)", ctx="down a third on the previous year", geo=ENG),
            L("Some 31,000", 31000, AP, P, "school_pupils_ukrainian", "March 2026 (now enrolled in English schools)", geo=ENG),
            L("More than 300,000", 300000, MT, P, VU, "March 2022 to March 2026 (offered sanctuary; Home Office spokesperson)"),
        ]),
    "06-ceredigion-current-international-students-welsh-universities": dict(
        meta=dict(url="https://www.ceredigioncurrent.example/news/education/international-students-welsh-universities-fall-17-dependants-ban-0871342",
                  title="International students at Welsh universities fall 17% as ban on bringing families bites",
                  publisher="The Ceredigion Current", author="Sioned Prys-Abernethy", published_date="2026-03-26"),
        labels=[
            L("17%", -17, E, PCT, IS + "_change", AY25 + " vs " + AY24 + " (headline)", occ=0, geo=WA),
            L("almost two-thirds", -200 / 3, ALM, PCT, IS + "_nigeria_change", AY25 + " vs " + AY24 + " (Nigeria; standfirst)", occ=0, geo=WA),
            L("a third", -THIRD, E, PCT, IS + "_new_entrants_change", AY25 + " vs " + AY24 + " (new overseas entrants; standfirst)",
              ctx="down a third on last year", occ=0, geo=WA),
            L("23,640", 23640, E, P, IS, AY25 + " (HESA)", geo=WA),
            L("17%", -17, E, PCT, IS + "_change", AY25 + " vs " + AY24, ctx="down 17% from", geo=WA),
            L("28,490", 28490, E, P, IS, AY24, geo=WA),
            L("about one in six", SIXTH, AP, PCT, "university_students_share_international", AY25, geo=WA),
            L("142,600", 142600, E, P, "university_students", AY25 + " (all students at Welsh institutions)", geo=WA),
            L("8,150", 8150, E, P, IS + "_new_entrants", AY25, geo=WA),
            L("a third", -THIRD, E, PCT, IS + "_new_entrants_change", AY25 + " vs " + AY24 + " (down on last year)",
              ctx="down a third on last year", occ=1, geo=WA),
            L("21,300", 21300, E, P, IS + "_non_eu", AY25, geo=WA),
            L("2,340", 2340, E, P, IS + "_eu", AY25, geo=WA),
            L("1,450", 1450, E, P, IS + "_nigeria", AY25, geo=WA),
            L("4,100", 4100, E, P, IS + "_nigeria", AY24, geo=WA),
            L("almost two-thirds", -200 / 3, ALM, PCT, IS + "_nigeria_change", AY25 + " vs " + AY24, occ=1, geo=WA),
            L("28%", -28, E, PCT, IS + "_india_change", AY25 + " vs " + AY24, geo=WA),
            L("5,900", 5900, E, P, IS + "_india", AY25, geo=WA),
            L("3,050", 3050, E, P, IS + "_china", AY25 + " (broadly flat)", geo=WA),
            L("1,180", 1180, E, P, IS, AY25 + " (Aberystwyth University)", geo="Aberystwyth"),
            L("9%", -9, E, PCT, IS + "_change", AY25 + " vs " + AY24 + " (Aberystwyth University; fewer than a year earlier)", geo="Aberystwyth"),
            L("17,900", 17900, E, P, "visas_granted_study_dependants", "2025 (calendar year)"),
            L("143,900", 143900, E, P, "visas_granted_study_dependants", "2023 (calendar year)"),
            L("88%", -88, E, PCT, "visas_granted_study_dependants_change", "2025 vs 2023"),
            L("1,240", 1240, E, P, "visas_granted_study_dependants", "2023 (one university in south-east Wales; freedom of information)", geo=WA),
            L("95", 95, E, P, "visas_granted_study_dependants", "2025 (last year; one university in south-east Wales; freedom of information)", geo=WA),
            L("£415m", 415e6, E, GBP, "international_student_fee_income", "2023/24 (academic year; " + TAL + ")", geo=WA),
            L("about 17%", 17, AP, PCT, "university_income_share_international_fees", "2023/24 (" + TAL + ")", geo=WA),
            L("Six", 6, E, UNIVERSITIES, "universities_forecasting_deficit", "2025/26 (this year; of Wales's eight universities)", geo=WA),
            L("more than 1,000", 1000, MT, P, "university_job_cuts", "2024 to March 2026 (since 2024; gone or under threat)", geo=WA),
            L("£925", 925, E, GBP, "international_student_levy", "proposed (per international student, on English universities; Universities Wales)", geo=ENG),
        ]),
    "07-kentish-oast-unaccompanied-children-national-transfer-scheme": dict(
        meta=dict(url="https://www.kentishoast.example/news/folkestone-hythe/kent-caring-for-648-children-who-crossed-channel-alone-301877/",
                  title="Kent now caring for 648 children who crossed the Channel alone - nearly twice its fair share",
                  publisher="The Kentish Oast", author="Joel Tremayne-Asamoah", published_date="2026-07-10"),
        labels=[
            L("648", 648, E, P, UC + "_in_care", NOW07 + " (headline)", occ=0, geo=KT),
            L("nearly twice", 2, ALM, RATIO, UC + "_in_care_ratio", NOW07 + " (vs its National Transfer Scheme level, 0.1% of its child population; headline)", occ=0, geo=KT),
            L("three-quarters", 75, E, PCT, UC + "_share_transferred", FY26 + " (of last year's new arrivals; standfirst)", occ=0, geo=KT),
            L("£18.5m", 18.5e6, E, GBP, UASC + "_cost_shortfall", FY26 + " (out of pocket; standfirst)", occ=0, geo=KT),
            L("648", 648, E, P, UC + "_in_care", NOW07, occ=1, geo=KT),
            L("nearly twice", 2, ALM, RATIO, UC + "_in_care_ratio", NOW07 + " (vs its National Transfer Scheme level, 0.1% of its child population)", occ=1, geo=KT),
            L("2,140", 2140, E, P, UC + "_arrivals", FY26 + " (arrived in the county on their own)", geo=KT),
            L("11%", 11, E, PCT, UC + "_arrivals_change", FY26 + " vs 2024/25 (the year before)", geo=KT),
            L("1,610", 1610, E, P, UC + "_transferred", FY26 + " (handed on through the National Transfer Scheme)", geo=KT),
            L("three-quarters", 75, E, PCT, UC + "_share_transferred", FY26 + " (of the total)", occ=1, geo=KT),
            L("eight days", 8, E, DAYS, UC + "_transfer_time_average", "2025/26 (now; waits to be moved)", geo=KT),
            L("15 days", 15, E, DAYS, UC + "_transfer_time_average", "2024/25 (April 2024 to March 2025)", geo=KT),
            L("1,380", 1380, E, P, UC + "_care_leavers", NOW07 + " (care leavers who first arrived as unaccompanied children)", geo=KT),
            L("more than half", 50, MT, PCT, UC + "_care_leavers_share", NOW07 + " (of all the young people leaving Kent's care)", geo=KT),
            L("£71.4m", 71.4e6, E, GBP, UASC + "_cost", FY26 + " (the service cost)", geo=KT),
            L("£52.9m", 52.9e6, E, GBP, UASC + "_grant", FY26 + " (Government grants)", geo=KT),
            L("£18.5m", 18.5e6, E, GBP, UASC + "_cost_shortfall", FY26 + " (a gap for council tax payers)", occ=1, geo=KT),
            L("about 70%", 70, AP, PCT, UC + "_cost_share_funded", "2026 (the daily rate vs the cost of a foster placement; " + CM + ")", geo=KT),
            L("412", 412, E, P, "asylum_age_disputes", "last year (2025/26; age assessments by Kent's social workers)", geo=KT),
            L("47%", 47, E, PCT, "asylum_age_disputes_share_found_adult", "last year (2025/26; age assessments)", geo=KT),
            L("23", 23, E, P, UC + "_missing_from_care", "1 January to July 2026 (so far this year)", geo=KT),
            L("Seven", 7, E, P, UC + "_missing_from_care_still_missing", "1 January to July 2026 (so far this year; still not found)", geo=KT),
            L("about 150", 150, AP, P, "foster_carers_needed", NOW07, geo=KT),
            L("120", 120, E, P, UC + "_reception_capacity", NOW07 + " (beds in total)", geo=KT),
            L("7,380", 7380, E, P, UC + "_in_care", "31 March 2025 (Department for Education)", geo=ENG),
            L("about one in eleven", 100 / 11, AP, PCT, UC + "_share_of_children_in_care", "31 March 2025 (of all looked-after children)", geo=ENG),
            L("71", 71, E, P, UC + "_in_care", "July 2026 (now)", geo="Medway"),
            L("about one in 20", 5, AP, PCT, "small_boat_arrivals_share_unaccompanied_children", "2025 (last year)"),
            L("20%", 20, E, PCT, UASC + "_funding_rate_change", "April 2026 (rates paid to councils; Home Office spokesperson)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
