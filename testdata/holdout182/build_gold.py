#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-eighty-second hand-labelled hold-out set (holdout182).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, ALM, SBA, SBC, NM, HOT)

UK, ENG = "UK", "England"
HH, COMPL, WEEKS = "other:households", "other:complaints", "other:weeks"
TWO3 = 200 / 3

# 01 (Thursday 21 May 2026; ONS provisional estimates for calendar 2025 published that day)
ONS1 = "ONS provisional estimates published Thursday 21 May 2026"
Y25 = "January to December 2025 (2025, last year; " + ONS1 + ")"
Y25HO = "January to December 2025 (2025; Home Office)"
YTD1 = "1 January to 17 May 2026 (so far this year; Home Office data)"

# 02 (Tuesday 10 March 2026; company accounts, FOI figures, Migrant Help complaints for 2025)
ACC = " (latest financial year, company accounts)"
CON = "asylum_accommodation_contracts_cost"
PROF = "asylum_accommodation_provider_profit"
CMP = "asylum_accommodation_complaints"

# 03 (Tuesday 24 February 2026; Home Office figures published last Thursday, 19 February 2026)
HO3 = "Home Office figures published Thursday 19 February 2026"
SINCE22 = "March 2022 to February 2026 (since March 2022; " + HO3 + ")"
UKR = "immigration_ukraine"
UPE = "ukraine_permission_extension_"
HFU = "homes_for_ukraine_host_households"
KST = "survey of Ukrainians in the UK for the Kyiv-Solent Friendship Trust, published Monday 23 February 2026"
HANTS, SOTON = "Hampshire", "Southampton"

# 04 (Thursday 27 August 2026; Home Office data for the 12 months to June 2026 published that day)
YJ26 = "July 2025 to June 2026 (the 12 months to June 2026, the past year; Home Office data published Thursday 27 August 2026)"
YJ25 = "July 2024 to June 2025 (the year to June 2025, a year earlier)"
GR = "asylum_grants_share_initial_decisions"
APL = "asylum_appeals_share_allowed"

# 05 (Saturday 7 March 2026; ONS national population projections published Tuesday 3 March 2026)
NPP = "ONS national population projections published Tuesday 3 March 2026"
P32 = "mid-2032 (by 2032; " + NPP + ")"
PER5 = "mid-2024 to mid-2032 (the projection period, eight years; " + NPP + ")"
NMA = "net_migration_projection_assumption"
POPP = "population_projection"

# 06 (Monday 2 November 2026; Home Office daily figures to 31 October 2026)
Y26 = "1 January to 31 October 2026 (so far this year, since January, Jan-Oct; Home Office figures)"
Y25S = "1 January to 31 October 2025 (by the end of October 2025, the same stage of 2025; Home Office figures)"
BOX6 = " (SO FAR THIS YEAR box)"
M26, M25 = " 2026 (Home Office figures, the Daily Yawl's monthly analysis)", " 2025 (Home Office figures, the Daily Yawl's monthly analysis)"
NBA = "Neil Bramhall-Adeyemi, Tory home affairs spokesman"
OCC = "small_boat_occupancy"

# 07 (Tuesday 9 June 2026; Home Office figures released in May 2026 for the 12 months to March 2026)
YM26 = "April 2025 to March 2026 (the 12 months to March 2026, the latest year; Home Office figures released May 2026)"
YM24 = "April 2023 to March 2024 (the 12 months ending March 2024, two years earlier, the final full year under the old rules)"
PV = "visas_granted_family_partner"
KFN = "Kinbridge Families Network"
MIR = "family_visa_minimum_income_requirement"
EMP = "employees_share_earning_below_family_visa_threshold"

ARTICLES = {
    "01-lanternhead-news-uk-migration-in-charts": dict(
        meta=dict(url="https://www.lanternheadnews.example/news/uk-69481523",
                  title="UK migration in charts: who is coming, who is going, and why",
                  publisher="Lanternhead News", author="Priya Castellane-Ward", published_date="2026-05-21"),
        labels=[
            L("214,000", 214000, E, P, NM, Y25),
            L("37%", -37, E, PCT, NM + "_change", "2025 vs 2024 (down on 2024; " + ONS1 + ")"),
            L("341,000", 341000, E, P, NM, "January to December 2024 (2024, revised; " + ONS1 + ")"),
            L("below a quarter", 25, LT, PCT, "net_migration_share_of_peak", "2025 vs the year to June 2023 (the mid-2023 high point)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the mid-2023 high point, the annual figure; ONS)"),
            L("Some 812,000", 812000, AP, P, "immigration", Y25 + " moved here"),
            L("598,000", 598000, E, P, "emigration", Y25 + " moved away", occ=0),
            L("689,000", 689000, E, P, "immigration_non_eu", Y25 + " last year's arrivals"),
            L("71,000", 71000, E, P, "immigration_eu", Y25),
            L("52,000", 52000, E, P, "immigration_british", Y25 + " returning British citizens"),
            L("about 1.2m", 1200000, AP, P, "visas_granted", "January to December 2025 (2025; long-term visas of every kind issued by the Home Office)"),
            L("38%", 38, E, PCT, "immigration_non_eu_share_work", Y25 + " non-EU arrivals"),
            L("31%", 31, E, PCT, "immigration_non_eu_share_study", Y25 + " non-EU arrivals"),
            L("About one in five", 20, AP, PCT, "immigration_non_eu_share_humanitarian", Y25 + " came on humanitarian routes"),
            L("18,900", 18900, E, P, "visas_granted_study_dependants", Y25HO),
            L("143,100", 143100, E, P, "visas_granted_study_dependants", "January to December 2023 (2023; Home Office)"),
            L("598,000", 598000, E, P, "emigration", Y25 + " emigrants last year", ctx="Of the 598,000"),
            L("327,000", 327000, E, P, "emigration_non_eu", Y25),
            L("162,000", 162000, E, P, "emigration_eu", Y25),
            L("109,000", 109000, E, P, "emigration_british", Y25),
            L("41,870", 41870, E, P, SBA, Y25HO + " small-boat arrivals logged"),
            L("11,340", 11340, E, P, SBA, YTD1),
            L("14%", 14, E, PCT, SBA + "_change", "1 January to 17 May 2026 vs the equivalent date in 2025 (Home Office data)"),
            L("1,208", 1208, E, P, SBA, "11 to 17 May 2026 (last week alone; Home Office data)"),
            L("19", 19, E, BOATS, SBC, "11 to 17 May 2026 (last week; Home Office data)"),
            L("104,600", 104600, E, P, "asylum_applications", "April 2025 to March 2026 (the year to March 2026; Home Office)"),
            L("111,100", 111100, E, P, "asylum_applications", "January to December 2025 (calendar 2025, the record; Home Office)"),
            L("About 62,800", 62800, AP, P, "asylum_backlog", "31 March 2026 (still awaiting a first ruling; Home Office)"),
            L("a third", -THIRD, E, PCT, "asylum_backlog_change", "31 March 2026 vs 31 March 2025 (fewer than twelve months before)"),
            L("27,900", 27900, E, P, HOT, "31 March 2026 (hotel use; Home Office)"),
            L("more than 56,000", 56000, MT, P, HOT, "2023 (at its height; Home Office)"),
        ]),
    "02-daily-lugger-asylum-hotel-contractors-profits": dict(
        meta=dict(url="https://www.dailylugger.example/news/politics/asylum-hotel-bosses-pocket-96million-36418852",
                  title="Asylum hotel bosses pocket £96million profit as taxpayers foot £14.9billion bill",
                  publisher="Daily Lugger", author="Callum Brightwater-Osei", published_date="2026-03-10"),
        labels=[
            L("£96million", 96000000, E, GBP, PROF, "February 2025 to January 2026 (Harbrook Group; headline)"),
            L("£14.9billion", 14900000000, E, GBP, CON, "2019 to 2029 (the ten-year contracts, now expected; headline)", occ=0),
            V("hundreds of millions", 200000000, 900000000, GBP, PROF, "2019 to 2026 (firms running the asylum housing contracts have made; standfirst)"),
            V("thousands", 2000, 9000, HH, "asylum_accommodation_households_complaining", "2025 to March 2026 (families complain of mould, rats and broken heating; standfirst)", ctx="while thousands of families"),
            L("more than three times", 3, MT, RATIO, CON + "_ratio", "2019 to 2029 (now set to cost, against the original estimate)"),
            L("£186.4million", 186400000, E, GBP, "asylum_accommodation_providers_profits", "latest financial years (combined pre-tax profits of the three companies; accounts)"),
            L("£96.2million", 96200000, E, GBP, PROF, "February 2025 to January 2026 (the year to January 2026; Harbrook Group" + ACC + ")"),
            L("41%", 41, E, PCT, PROF + "_change", "year to January 2026 vs the year before (Harbrook Group" + ACC + ")"),
            L("nearly four times", 4, ALM, RATIO, PROF + "_ratio", "year to January 2026 vs 2018/19, before the contracts began in 2019 (Harbrook Group)"),
            L("£25.1million", 25100000, E, GBP, PROF, "2018/19 (before the contracts began in 2019; Harbrook Group)"),
            L("£58.7million", 58700000, E, GBP, PROF, "latest financial year (Fellgarth Accommodation" + ACC + ")"),
            L("£32million", 32000000, E, GBP, "asylum_accommodation_provider_dividends", "latest financial year (Fellgarth Accommodation" + ACC + ")"),
            L("£31.5million", 31500000, E, GBP, PROF, "latest financial year (Norcliffe Support Services" + ACC + ")"),
            L("£2.8million", 2800000, E, GBP, "asylum_accommodation_provider_executive_pay", "latest financial year (Harbrook's chief executive, pay and bonuses)"),
            L("£4.3billion", 4300000000, E, GBP, CON + "_original_forecast", "2019 to 2029 (expected when the contracts were signed)"),
            L("£14.9billion", 14900000000, E, GBP, CON, "2019 to 2029 (by the time they end in 2029; Home Office expects)", occ=1),
            L("£7.4million", 7400000, E, GBP, "asylum_accommodation_excess_profit_recovered", "2019 to March 2026 (returned since 2019; figures obtained by the Lugger under freedom of information laws)"),
            V("millions", 2000000, 9000000, GBP, "asylum_accommodation_provider_executive_pay", "2026 (bosses are paying themselves; Rosalind Tremayne-Achebe MP)", ctx="paying themselves millions"),
            L("11,480", 11480, E, COMPL, CMP, "January to December 2025 (2025; Migrant Help asylum helpline, condition of housing)"),
            L("23%", 23, E, PCT, CMP + "_change", "2025 vs 2024 (up on the year before; Migrant Help)"),
            L("Around one in five", 20, AP, PCT, CMP + "_share_damp_mould", "January to December 2025 (Migrant Help)"),
            L("more than 1,300", 1300, MT, COMPL, CMP + "_vermin", "January to December 2025 (Migrant Help)"),
            L("30,640", 30640, E, P, HOT, "31 December 2025 (at the end of December; Home Office)"),
            L("71,900", 71900, E, P, "asylum_dispersal_population", "31 December 2025 (in flats and shared houses provided under the contracts)"),
            L("£3.1billion", 3100000000, E, GBP, CON, "April 2024 to March 2025 (2024/25; spent by the Home Office on the contracts)"),
            L("around £8.5million", 8500000, AP, GBP, CON, "per day, April 2024 to March 2025 (2024/25)"),
            L("£38million", 38000000, E, GBP, "asylum_accommodation_provider_property_investment", "2022 to March 2026 (since 2022; Harbrook spokesperson)"),
            V("tens of thousands", 20000, 90000, P, "asylum_accommodation_population", "March 2026 (we house, at short notice; Harbrook spokesperson)"),
            L("more than 120", 120, MT, HOTELS, "asylum_hotels_closed", "July 2024 to March 2026 (since July 2024; Home Office)"),
        ]),
    "03-hamble-pontoon-pa-ukrainian-refugees-four-years-on": dict(
        meta=dict(url="https://www.hamblepontoon.example/news/national/four-years-on-more-than-200000-ukrainians-remain-in-uk-5518203",
                  title="Four years on, more than 200,000 Ukrainians remain in UK as hosts and councils count the cost",
                  publisher="Hamble Pontoon", author="Tobias Greenhalgh-Nwosu", published_date="2026-02-24"),
        labels=[
            L("more than 200,000", 200000, MT, P, "ukrainians_resident", "February 2026 (four years on, remain in UK; headline)", occ=0),
            L("More than 200,000", 200000, MT, P, "ukrainians_resident", "February 2026 (still living in the UK, four years after the invasion; Home Office estimates)"),
            L("some 309,700", 309700, AP, P, "visas_granted_ukraine_schemes", SINCE22),
            L("222,300", 222300, E, P, UKR, SINCE22 + " have arrived"),
            L("161,500", 161500, E, P, UKR + "_homes_for_ukraine", SINCE22),
            L("60,800", 60800, E, P, UKR + "_family_scheme", SINCE22 + " Ukraine Family Scheme"),
            L("4,370", 4370, E, P, UKR, "October 2024 to September 2025 (the 12 months to September 2025; " + HO3 + ")"),
            L("about 205,000", 205000, AP, P, "ukrainians_resident", "February 2026 (remain; Home Office estimate)"),
            L("83,900", 83900, E, P, UPE + "applications", "February 2025 to February 2026 (since the scheme opened in February 2025)"),
            L("79,100", 79100, E, P, UPE + "grants", "February 2025 to February 2026 (since the scheme opened)"),
            L("94%", 94, E, PCT, UPE + "applications_share_granted", "February 2025 to February 2026 (since the scheme opened)"),
            L("9,200", 9200, E, HH, HFU, "31 January 2026 (an estimated, still hosting at the end of January)"),
            L("more than 100,000", 100000, MT, HH, HFU, "2022 (a peak)"),
            L("4,180", 4180, E, P, UKR + "_homes_for_ukraine", "2022 to February 2026 (since 2022; Hampshire County Council)", geo=HANTS),
            L("c. 600", 600, AP, HH, HFU, "February 2026 (still hosting; Hampshire County Council)", geo=HANTS),
            L("740", 740, E, P, UKR + "_homes_for_ukraine", "2022 to February 2026 (had come to the city; Southampton City Council)", geo=SOTON),
            L("fewer than 150", 150, LT, P, "ukrainians_living_with_sponsors", "February 2026 (still living with sponsors; Southampton City Council)", geo=SOTON),
            L("9,870", 9870, E, HH, "ukrainian_households_owed_homelessness_duty", "February 2022 to February 2026 (since February 2022; Government figures)", geo=ENG),
            L("Nearly one in ten", 10, ALM, PCT, "ukrainian_households_owed_homelessness_duty_share_sponsorship_broke_down_first_six_months", "February 2022 to February 2026 (charities say)", geo=ENG),
            L("£6,150", 6150, E, GBP, "homes_for_ukraine_council_tariff_per_arrival", "February 2026 (has fallen to; funding for each new arrival)"),
            L("£10,800", 10800, E, GBP, "homes_for_ukraine_council_tariff_per_arrival", "2022 (when the scheme began)"),
            L("2,140", 2140, E, P, "poll_sample_size", "February 2026 (" + KST + ")"),
            L("43%", 43, E, PCT, "ukrainians_share_plan_to_stay_permanently", "February 2026 (" + KST + ")"),
            L("29%", 29, E, PCT, "ukrainians_share_plan_to_stay_permanently", "February 2025 (a year earlier; Kyiv-Solent Friendship Trust survey)"),
            L("Two-thirds", TWO3, E, PCT, "ukrainians_share_in_paid_work", "February 2026 (" + KST + ")"),
            L("a third", THIRD, E, PCT, "ukrainians_share_work_uses_qualifications", "February 2026 (just a third; " + KST + ")"),
            L("more than 200,000", 200000, MT, P, UKR, "March 2022 to February 2026 (our schemes have offered safety to; Home Office spokesperson)", occ=1),
        ]),
    "04-the-taffrail-asylum-grant-rates-nationality-appeals": dict(
        meta=dict(url="https://www.thetaffrail.example/news/uk/politics/asylum-grant-rate-appeals-nationality-afghan-b2749315.html",
                  title="Asylum grant rate falls to 41% as nearly half of refused claims are overturned on appeal",
                  publisher="The Taffrail", author="Harriet Ogunleye-Marsh", published_date="2026-08-27"),
        labels=[
            L("41%", 41, E, PCT, GR, "July 2025 to June 2026 (falls to; headline)", occ=0),
            L("nearly half", 50, ALM, PCT, APL, "July 2025 to June 2026 (refused claims overturned on appeal; headline)", occ=0),
            V("thousands", 2000, 9000, P, "asylum_appeals_allowed", "July 2025 to June 2026 (judges reject the Home Office's reasoning; standfirst)"),
            L("Fewer than half", 50, LT, PCT, GR, YJ26 + " granted protection at their first decision"),
            L("118,300", 118300, E, P, "asylum_initial_decisions", YJ26),
            L("41%", 41, E, PCT, GR, YJ26, occ=1),
            L("52%", 52, E, PCT, GR, YJ25),
            L("11 percentage points", -11, E, PCT, GR + "_change", "year to June 2026 vs year to June 2025 (a fall)"),
            L("76%", 76, E, PCT, GR, "January to December 2022 (a high, 2022)"),
            L("31,450", 31450, E, P, "asylum_appeals_determined", "July 2025 to June 2026 (the same period; First-tier Tribunal)"),
            L("48%", 48, E, PCT, APL, "July 2025 to June 2026 (the same period; First-tier Tribunal)"),
            L("98%", 98, E, PCT, GR + "_sudanese", YJ26),
            L("91%", 91, E, PCT, GR + "_eritrean", YJ26),
            L("38%", 38, E, PCT, GR + "_afghan", YJ26 + " fell to", ctx="fell to 38%"),
            L("79%", 79, E, PCT, GR + "_afghan", YJ25),
            L("More than 9,600", 9600, MT, P, "asylum_refusals_afghan", YJ26),
            L("47%", 47, E, PCT, GR + "_iranian", YJ26),
            L("29%", 29, E, PCT, GR + "_iraqi", YJ26),
            L("6%", 6, E, PCT, GR + "_albanian", YJ26 + " just"),
            L("11%", 11, E, PCT, GR + "_vietnamese", YJ26),
            L("9%", 9, E, PCT, GR + "_pakistani", YJ26),
            L("2%", 2, E, PCT, GR + "_indian", YJ26),
            L("about a quarter", 25, AP, PCT, "asylum_applications_share_pakistan_india_bangladesh", "August 2026 (now, of all new claims; Home Office)"),
            L("more than 51,000", 51000, MT, P, "asylum_backlog_appeals", "August 2026 (awaiting a hearing, have climbed to)"),
            L("38,700", 38700, E, P, "asylum_backlog_appeals", "August 2025 (a year earlier)"),
            L("54 weeks", 54, E, WEEKS, "asylum_appeal_wait_average", "August 2026 (now, on average before a case is heard; Ministry of Justice data)"),
            L("roughly one in five", 20, AP, PCT, "asylum_refusals_share_granted_on_appeal", "2023 to August 2026 (claims refused since 2023; Kestrelgate Institute analysis)"),
            L("nearly half", 50, ALM, PCT, APL, "July 2025 to June 2026 (decisions that reach a judge are wrong; Dr Samuel Otterburn-Iyer, Kestrelgate Institute)", occ=1),
            L("about £430m", 430000000, AP, GBP, "asylum_appeals_overturned_support_cost", "April 2025 to March 2026 (2025/26; extra support and accommodation while people waited; Kestrelgate Institute estimate)"),
            L("38%", -38, E, PCT, "asylum_backlog_change", "30 June 2026 vs 30 June 2025 (cut over the past year; Home Office)", ctx="by 38% over"),
            L("58,900", 58900, E, P, "asylum_backlog", "30 June 2026 (awaiting an initial decision; Home Office)"),
        ]),
    "05-the-binnacle-ons-projections-migration-assumption": dict(
        meta=dict(url="https://www.thebinnacle.example/article/the-number-that-decides-britain-s-future-is-a-guess",
                  title="The number that decides Britain's future is a guess",
                  publisher="The Binnacle", author="Rupert Ashdown-Keane", published_date="2026-03-07"),
        labels=[
            L("69.4 million", 69400000, E, P, "population", "mid-2024 (" + NPP + ")"),
            L("72.6 million", 72600000, E, P, POPP, P32),
            L("3.2 million", 3200000, E, P, "population_growth_projection", PER5),
            L("4.6 per cent", 4.6, E, PCT, POPP + "_change", PER5),
            L("about 200,000", 200000, AP, P, "population_natural_change_projection", PER5 + " natural change adds only"),
            L("3 million", 3000000, E, P, "net_migration_projection_cumulative", PER5 + " net migration adds the other"),
            L("295,000", 295000, E, P, NMA, "per year from mid-2030 (the long-term assumption; " + NPP + ")", occ=0),
            L("340,000", 340000, E, P, NMA, "per year, long term (the equivalent figure two years ago; previous ONS projections)"),
            L("150,000", 150000, E, P, NMA, "per year (low migration variant; " + NPP + ")"),
            L("71.3 million", 71300000, E, P, POPP, "2032 (low migration variant; " + NPP + ")"),
            L("450,000", 450000, E, P, NMA, "per year (high migration variant; " + NPP + ")"),
            L("74.0 million", 74000000, E, P, POPP, "2032 (high migration variant; " + NPP + ")"),
            L("2.7 million", 2700000, E, P, POPP + "_gap_high_low_variants", "2032 (the gap between those two futures; " + NPP + ")"),
            L("214,000", 214000, E, P, NM, "January to December 2025 (last year, the latest estimate; ONS)"),
            V("several hundred thousand", 300000, 900000, P, POPP + "_overshoot_at_latest_net_migration", "mid-2024 to 2032 (if that lower figure were to hold; Rupert Ashdown-Keane)"),
            L("295,000", 295000, E, P, NMA, "per year (why, then, assume; " + NPP + ")", occ=1),
            L("12.8 million", 12800000, E, P, "population_state_pension_age", "mid-2024 (over state pension age; " + NPP + ")"),
            L("13.9 million", 13900000, E, P, "population_state_pension_age_projection", P32),
            L("1.1 per cent", 1.1, E, PCT, "population_working_age_projection_change", PER5),
            L("Around one in five", 20, AP, PCT, "population_share_state_pension_age_projection", "mid-2032 (by the end of the period; " + NPP + ")"),
        ]),
    "06-daily-yawl-channel-crossings-month-by-month": dict(
        meta=dict(url="https://www.dailyyawl.example/news/article-15274903/Channel-migrant-crossings-pass-35-000-year-month-month.html",
                  title="Channel migrant crossings pass 35,000 for the year - already ahead of last year's total at this point as summer surge smashes records",
                  publisher="Daily Yawl", author="Graham Pettigrew-Owusu", published_date="2026-11-02"),
        labels=[
            L("pass 35,000", 35000, MT, P, SBA, Y26 + " headline"),
            L("5 per cent", 5, E, PCT, SBA + "_change", "Jan-Oct 2026 vs Jan-Oct 2025 (higher than by this stage of 2025; standfirst)", occ=0),
            L("5,380", 5380, E, P, SBA, "August" + M26 + " standfirst", occ=0),
            L("45 per cent", 45, E, PCT, SBA + "_change", "August 2026 vs August 2025 (higher than a year earlier; standfirst)"),
            L("1,140", 1140, E, P, "returns_france", "summer 2025 to 1 November 2026 (returned to France under the 'one in, one out' pact; standfirst)", occ=0),
            L("More than 35,000", 35000, MT, P, SBA, Y26),
            L("35,470", 35470, E, P, SBA, Y26, occ=0),
            L("5 per cent", 5, E, PCT, SBA + "_change", "Jan-Oct 2026 vs Jan-Oct 2025 (up; Home Office figures)", occ=1),
            L("33,748", 33748, E, P, SBA, Y25S),
            L("1,346", 1346, E, P, SBA, "January" + M26),
            L("1,012", 1012, E, P, SBA, "January" + M25),
            L("902", 902, E, P, SBA, "February" + M26),
            L("1,166", 1166, E, P, SBA, "February" + M25),
            L("2,418", 2418, E, P, SBA, "March" + M26),
            L("3,040", 3040, E, P, SBA, "March" + M25),
            L("3,865", 3865, E, P, SBA, "April" + M26),
            L("2,711", 2711, E, P, SBA, "April" + M25),
            L("4,702", 4702, E, P, SBA, "May" + M26),
            L("3,958", 3958, E, P, SBA, "May" + M25),
            L("5,611", 5611, E, P, SBA, "June" + M26 + " the peak month", occ=0),
            L("4,127", 4127, E, P, SBA, "July" + M26),
            L("4,650", 4650, E, P, SBA, "July" + M25),
            L("5,380", 5380, E, P, SBA, "August" + M26, occ=1),
            L("3,712", 3712, E, P, SBA, "August" + M25),
            L("4,905", 4905, E, P, SBA, "September" + M26),
            L("5,086", 5086, E, P, SBA, "September" + M25),
            L("2,214", 2214, E, P, SBA, "October" + M26),
            L("3,520", 3520, E, P, SBA, "October" + M25),
            L("1,284", 1284, E, P, SBA, "14 August 2026 (the busiest single day; Home Office figures)"),
            L("21", 21, E, BOATS, SBC, "14 August 2026 (the busiest single day; Home Office figures)"),
            L("538", 538, E, BOATS, SBC, Y26 + " have made the crossing", occ=0),
            L("66", 66, E, PPB, OCC, Y26 + " an average", occ=0),
            L("nearly four times", 4, ALM, RATIO, OCC + "_ratio", "Jan-Oct 2026 vs 2020 (the typical load in 2020)"),
            L("Almost 100,000", 100000, ALM, P, SBA, "5 July 2024 to 1 November 2026 (since Labour walked into Downing Street; " + NBA + ")"),
            L("one in forty", 2.5, E, PCT, "returns_france_share_of_small_boat_arrivals", "summer 2025 to 1 November 2026 (just, of the people who have arrived since the deal began; " + NBA + ")"),
            L("1,140", 1140, E, P, "returns_france", "summer 2025 to 1 November 2026 (under the deal, returned to France)", occ=1),
            L("1,090", 1090, E, P, "immigration_from_france_uk_france_agreement", "summer 2025 to 1 November 2026 (accepted from France through a legal route under the deal)"),
            L("at least 31", 31, AL, P, "small_boat_deaths", "1 January to 1 November 2026 (in 2026; International Organization for Migration)"),
            L("Over 50,000", 50000, MT, P, "returns", "July 2024 to November 2026 (since July 2024, by enforced removal or voluntary departure; Home Office spokesman)"),
            L("14,260", 14260, E, P, "small_boat_crossings_prevented", "1 January to 1 November 2026 (this year; French police, per the Home Office)", geo="France"),
            L("a fifth", 20, E, PCT, "small_boat_crossings_prevented_change", "2026 vs the same point in 2025 (more than at this point in 2025; Home Office spokesman)", geo="France"),
            L("35,470", 35470, E, P, SBA, Y26 + BOX6, occ=1),
            L("538", 538, E, BOATS, SBC, Y26 + BOX6, occ=1),
            L("66", 66, E, PPB, OCC, Y26 + BOX6, occ=1),
            L("5,611", 5611, E, P, SBA, "June" + M26 + " busiest month" + BOX6, occ=1),
        ]),
    "07-the-fresnel-family-visa-income-threshold-spouse-visas": dict(
        meta=dict(url="https://www.thefresnel.example/uk-news/2026/jun/09/spouse-visas-fall-by-a-third-since-income-threshold-rise",
                  title="Spouse visas fall by a third since income threshold rise as families are forced apart",
                  publisher="The Fresnel", author="Anjali Ferncombe-Kamara", published_date="2026-06-09"),
        labels=[
            L("a third", -THIRD, E, PCT, PV + "_change", "year to March 2026 vs year to March 2024 (fall, since the income threshold rise; headline)", occ=0),
            V("thousands", 2000, 9000, P, "british_citizens_priced_out_of_family_life", "June 2026 (campaigners say; standfirst)", ctx="saying thousands of"),
            L("a third", -THIRD, E, PCT, PV + "_change", "year to March 2026 vs year to March 2024 (dropped, since ministers raised the minimum income rule; Home Office statistics)", occ=1),
            L("47,300", 47300, E, P, PV, YM26),
            L("71,800", 71800, E, P, PV, YM24),
            L("52,600", 52600, E, P, "visa_applications_family_partner", YM26 + " received"),
            L("38%", -38, E, PCT, "visa_applications_family_partner_change", "year to March 2026 vs year to March 2024 (fewer than two years earlier)"),
            L("£18,600", 18600, E, GBP, MIR, "before April 2024 (rose from)"),
            L("£29,000", 29000, E, GBP, MIR, "from April 2024 (rose to)", occ=0),
            L("£38,700", 38700, E, GBP, MIR + "_planned", "planned by the previous Conservative government (further rises, shelved)"),
            R("between £22,500 and £26,000", 22500, 26000, GBP, MIR + "_recommended", "2025 (the MAC's report, published last year)"),
            L("about 40%", 40, AP, PCT, EMP, "2026 (" + KFN + " research)"),
            L("almost half", 50, ALM, PCT, EMP + "_women", "2026 (among women; " + KFN + " research)"),
            L("more than 50%", 50, MT, PCT, EMP, "2026 (in Wales and north-east England; " + KFN + " research)", geo="Wales and North East England"),
            V("tens of thousands", 20000, 90000, P, "british_citizens_living_apart_from_partner_income_rule", "June 2026 (now; Eleanor Drummond-Abara, " + KFN + " estimate)"),
            L("1,260", 1260, E, HH, "poll_sample_size", "1 to 5 June 2026 (survey of affected families published last week; " + KFN + ")"),
            L("one in five", 20, E, PCT, "separated_families_share_young_child_living_apart_from_parent", "June 2026 (" + KFN + " survey)"),
            L("Some 17%", 17, AP, PCT, "visa_applications_partner_share_refused", YM26 + " decided"),
            L("12%", 12, E, PCT, "visa_applications_partner_share_refused", YM24),
            L("more than 4,100", 4100, MT, P, "visa_applications_partner_refused_financial_requirement", YM26 + " of those refusals"),
            L("£2,064", 2064, E, GBP, "family_visa_application_fee", "June 2026 (now; partner visa application from outside the UK)"),
            L("£1,080", 1080, E, GBP, "visa_immigration_health_surcharge", "per year of the visa, June 2026"),
            L("more than £11,000", 11000, MT, GBP, "family_visa_route_total_fees", "the typical five-year route to settlement (the charity calculates)"),
            L("214,000", 214000, E, P, NM, "January to December 2025 (last year; ONS)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
