#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-sixty-ninth hand-labelled hold-out set (holdout169).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, THIRD,
                        E, AP, MT, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, PTR, RSC)

UK, FR, NI, ENG, RW = "UK", "France", "Northern Ireland", "England", "Rwanda"
HH, P10K, VIEWS, LIC = "other:households", "other:persons_per_10000_residents", "other:views", "other:licences"
HOMES, WEEKS, CASES = "other:homes", "other:weeks", "other:cases"
OCC = "small_boat_occupancy"

# 01 (Tuesday 11 August 2026; Home Office data to the end of Monday 10 August 2026)
HO1 = "Home Office data to the end of Monday 10 August 2026"
YTD1 = "1 January to 10 August 2026 (so far this year, by the end of Monday; " + HO1 + ")"
LY1 = "1 January to 10 August 2025 (by the same date last year; " + HO1 + ")"
SAT1 = "Saturday 8 August 2026 (on Saturday alone, the busiest day so far this year; " + HO1 + ")"
FIM = "French interior ministry"
DCB = "Dr Imelda Corrigan-Baptiste, Rowcliffe Centre for Migration Policy"

# 02 (Tuesday 9 June 2026; a Bristol City Council report, and Home Office statistics published Thursday 21 May 2026)
REP2 = "Bristol City Council report to the homes and communities committee, June 2026"
FY2 = "April 2025 to March 2026 (2025/26; " + REP2 + ")"
HO2 = "Home Office statistics published Thursday 21 May 2026"
M26 = "31 March 2026 (when March ended; " + HO2 + ")"
SW, BRS = "South West", "Bristol"
ASP = "asylum_support_population"
CAC = "council_asylum_cost"
DAN = "Cllr Deborah Ashcombe-Nwosu, chair of the homes and communities committee"
HWN = "Harbourside Welcome Network"
DROP = "refugee_charity_drop_in_attendance"

# 03 (Thursday 26 November 2026; ONS estimates for the year ending June 2026 published that day)
ONS3 = "ONS estimates published Thursday 26 November 2026"
Y3 = "July 2025 to June 2026 (the year ending June 2026; " + ONS3 + ")"
CH3 = "year ending June 2026 vs year ending June 2025 ("
MPR = "Madhuri Penhallow-Reyes, Ashgrove Migration Observatory"

# 04 (Friday 13 March 2026; a peer's claim on a radio phone-in on Tuesday 10 March 2026)
REL = "rwanda_relocations"
LIFE = "April 2022 to July 2024 (the scheme's life, before Labour scrapped it; "
CLAIM = "the claim (Lord Tregunna-Osei, radio phone-in, Tuesday 10 March 2026"
HS4 = "the Home Secretary, Commons statement, July 2024"

# 05 (Thursday 27 August 2026; Home Office statistics for the year ending June 2026 published that day)
HO5 = "Home Office statistics published Thursday 27 August 2026"
Y5 = "July 2025 to June 2026 (the year ending June 2026; " + HO5 + ")"
PY5 = "July 2024 to June 2025 (a year earlier; " + HO5 + ")"
CH5 = "year ending June 2026 vs year ending June 2025 ("
VSW = "visas_granted_skilled_worker"
SST = "skilled_worker_salary_threshold"

# 06 (Friday 26 June 2026; NISRA mid-2025 estimates published Thursday 25 June 2026)
NIS = "NISRA mid-2025 estimates published Thursday 25 June 2026"
Y6 = "mid-2024 to mid-2025 (the twelve months to mid-2025; " + NIS + ")"
MID6 = "30 June 2025 (mid-2025; " + NIS + ")"
BEL = "Belfast"
ROI_IN = "cross_border_migration_inflow_republic_of_ireland"
DHO = "Declan Harkin-Osei, Belfast City Council director of city regeneration"

# 07 (Friday 25 September 2026, 22:30 BST; Legal Aid Agency and Ministry of Justice figures published Thursday 24 September 2026)
LAA = "Legal Aid Agency figures published Thursday 24 September 2026"
MOJ = "Ministry of Justice figures published Thursday 24 September 2026"
FY7 = "April 2025 to March 2026 (2025/26; " + LAA + ")"
Y7 = "April 2025 to March 2026 (the 12 months to March; " + MOJ + ")"
LA = "legal_aid_immigration_asylum_cost"
TOA = "Tristram Ormerod-Achebe MP"

ARTICLES = {
    "01-the-hauberk-small-boats-year-to-date": dict(
        meta=dict(url="https://www.thehauberk.example/politics/2026/08/11/channel-crossings-18pc-ahead-of-last-year-summer-surge/",
                  title="Channel crossings running 18pc ahead of last year as summer surge gathers pace",
                  publisher="The Hauberk", author="Rupert Hallowes-Mensah", published_date="2026-08-11"),
        labels=[
            L("18pc", 18, E, PCT, SBA + "_change", "1 January to 10 August 2026 vs the same point of 2025 (ahead of last year; headline)"),
            L("More than 26,000", 26000, MT, P, SBA, "1 January to 10 August 2026 (reached Britain since January; standfirst)"),
            L("almost a fifth", 20, ALM, PCT, SBA + "_change", "2026 so far vs this point in 2025 (running higher; " + HO1 + ")"),
            L("26,418", 26418, E, P, SBA, YTD1),
            L("22,390", 22390, E, P, SBA, LY1),
            L("18 per cent", 18, E, PCT, SBA + "_change", "1 January to 10 August 2026 vs the same date last year (a rise of; " + HO1 + ")"),
            L("more than three times", 3, MT, RATIO, SBA + "_ratio", "1 January to 10 August 2026 vs January to December 2020 (the whole of 2020; " + HO1 + ")"),
            L("8,466", 8466, E, P, SBA, "January to December 2020 (the whole of 2020; Home Office data)"),
            L("421", 421, E, BOATS, SBC, YTD1),
            L("almost 63", 63, ALM, PPB, OCC, YTD1 + " on average per dinghy"),
            L("57", 57, E, PPB, OCC, "1 January to 10 August 2025 (at this stage of 2025; " + HO1 + ")"),
            L("Some 11,900", 11900, AP, P, SBA, "1 June to 10 August 2026 (since 1 June; " + HO1 + ")"),
            L("45 per cent", 45, E, PCT, SBA + "_share_since_1_june", YTD1 + " of the year's total, landed since 1 June"),
            L("914", 914, E, P, SBA, SAT1, occ=0),
            L("14", 14, E, BOATS, SBC, SAT1, ctx="in 14 boats"),
            L("41,560", 41560, E, P, SBA, "January to December 2025 (last year; Home Office data)"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (the record, set in 2022; Home Office data)"),
            R("between 44,000 and 48,000", 44000, 48000, P, SBA + "_projection", "January to December 2026 (by the end of December if the rate since June holds; officials, privately)"),
            L("more than 93,000", 93000, MT, P, SBA, "5 July 2024 to 10 August 2026 (since 5 July 2024; " + HO1 + ")"),
            L("about one in five", 20, AP, PCT, "small_boat_arrivals_share_eritrean", "January to June 2026 (between January and June; " + HO1 + ")"),
            L("nearly doubled", 2, ALM, RATIO, "small_boat_arrivals_vietnamese_ratio", "January to June 2026 vs the same months of 2025 (" + HO1 + ")"),
            L("2,140", 2140, E, P, "small_boat_arrivals_vietnamese", "January to June 2026 (" + HO1 + ")"),
            L("9,870", 9870, E, P, "small_boat_crossings_prevented", "January to July 2026 (prevented from launching; " + FIM + ")", geo=FR),
            L("11,200", 11200, E, P, "small_boat_crossings_prevented", "January to July 2025 (the same months of 2025; " + FIM + ")", geo=FR),
            L("1,340", 1340, E, P, "returns_france", "18 September 2025 to 10 August 2026 (since removals started last September under the one in, one out exchange)", geo=FR),
            L("roughly one for every 29", 100 / 29, AP, PCT, "returns_france_share_of_small_boat_arrivals", "18 September 2025 to 10 August 2026 (returned against those who came the other way)"),
            L("914", 914, E, P, SBA, "Saturday 8 August 2026 (landed on Saturday; the shadow home secretary)", occ=1),
            L("38,240", 38240, E, P, "returns", "July 2025 to June 2026 (in the 12 months to June, removed or left of their own accord; a Home Office spokesman)"),
            L("14 per cent", 14, E, PCT, "returns_change", "year to June 2026 vs year to June 2025 (up; a Home Office spokesman)"),
            L("about 45", 45, AP, PPB, OCC, "2023 (three years ago, a typical dinghy; " + DCB + ")"),
            L("nearer 65", 65, AP, PPB, OCC, "August 2026 (now, a typical dinghy; " + DCB + ")"),
        ]),
    "02-bristol-redwing-south-west-asylum-council-costs": dict(
        meta=dict(url="https://www.bristolredwing.example/news/bristol-news/bristol-asylum-refugee-support-bill-jumps-12m-41873520",
                  title="Bristol's bill for supporting asylum seekers and refugees jumps by £1.2m in a year",
                  publisher="Bristol Redwing", author="Niamh Oyelaran-Pike", published_date="2026-06-09"),
        labels=[
            L("£1.2m", 1200000, E, GBP, CAC + "_change", "2025/26 vs 2024/25 (jumps by, in a year; headline)", geo=BRS),
            L("Almost 4,900", 4900, ALM, P, ASP, "31 March 2026 (now housed across the South West; standfirst)", geo=SW),
            L("12%", 12, E, PCT, ASP + "_change", "31 March 2026 vs 31 March 2025 (up; standfirst)", occ=0, geo=SW),
            L("more than a quarter", 25, MT, PCT, ASP + "_share_bristol", "31 March 2026 (the city takes, of the South West's total; standfirst)", occ=0, geo=BRS),
            L("£6.4m", 6400000, E, GBP, CAC, FY2 + " supporting asylum seekers and newly granted refugees", geo=BRS),
            L("23%", 23, E, PCT, CAC + "_change", "2025/26 vs 2024/25 (up; " + REP2 + ")", occ=0, geo=BRS),
            L("£5.2m", 5200000, E, GBP, CAC, "April 2024 to March 2025 (2024/25; " + REP2 + ")", geo=BRS),
            L("about a third", THIRD, AP, PCT, "council_asylum_grant_share_of_cost", FY2 + " came back from the Home Office", geo=BRS),
            L("£2.1m", 2100000, E, GBP, "council_asylum_grant", FY2 + " Home Office grants", geo=BRS),
            L("£4.3m", 4300000, E, GBP, "council_asylum_cost_shortfall", FY2 + " the remainder, fell on local taxpayers", geo=BRS),
            L("4,870", 4870, E, P, ASP, M26 + " in dispersal homes and hotels", geo=SW),
            L("12%", 12, E, PCT, ASP + "_change", "31 March 2026 vs 31 March 2025 (an increase; " + HO2 + ")", occ=1, geo=SW),
            L("4,350", 4350, E, P, ASP, "31 March 2025 (twelve months before; " + HO2 + ")", geo=SW),
            L("1,265", 1265, E, P, ASP, M26, geo=BRS),
            L("more than a quarter", 25, MT, PCT, ASP + "_share_bristol", M26 + " of the regional total", occ=1, geo=BRS),
            L("780", 780, E, P, ASP, M26, geo="Plymouth"),
            L("540", 540, E, P, ASP, M26, geo="Swindon"),
            L("430", 430, E, P, ASP, M26, geo="Gloucester"),
            L("29", 29, E, P10K, ASP + "_per_10000_residents", M26, ctx="load: 29 asylum", geo="Plymouth"),
            L("26", 26, E, P10K, ASP + "_per_10000_residents", M26, ctx="against 26 in Bristol", geo=BRS),
            L("c. 600", 600, AP, P, HOT, "March 2026 (in March, in contingency hotels; " + HO2 + ")", geo=SW),
            L("less than half", 0.5, LT, RATIO, HOT + "_ratio", "March 2026 vs a year earlier (" + HO2 + ")", geo=SW),
            L("1,410", 1410, E, P, HOT, "March 2025 (a year earlier; " + HO2 + ")", geo=SW),
            L("412", 412, E, HH, "refugees_homeless_after_leaving_asylum_support", "April 2025 to March 2026 (in the 12 months to March; " + REP2 + ")", geo=BRS),
            L("three-quarters", 75, E, PCT, "refugees_homeless_after_leaving_asylum_support_share_single_men", "April 2025 to March 2026 (in the 12 months to March; " + REP2 + ")", geo=BRS),
            L("23%", 23, E, PCT, CAC + "_change", "2025/26 vs 2024/25 (a rise in a single year; " + DAN + ")", occ=1, geo=BRS),
            L("£74", 74, E, GBP, "council_temporary_accommodation_cost_per_night", "per night, June 2026 (an average, families in temporary accommodation; " + DAN + ")", geo=BRS),
            L("about 190", 190, AP, P, DROP, "per week, June 2026 (now sees, at its drop-in in St Pauls; " + HWN + ")", geo=BRS),
            L("nearly twice", 2, ALM, RATIO, DROP + "_ratio", "June 2026 vs the start of 2024 (" + HWN + ")", geo=BRS),
            L("41,900", 41900, E, P, "asylum_dispersal_population", "31 March 2026 (on March 31, in dispersal properties; Home Office)", geo=ENG),
        ]),
    "03-harebell-news-ons-migration-by-nationality": dict(
        meta=dict(url="https://www.harebellnews.example/news/articles/c8w2k4m1x7po",
                  title="Net migration falls to 176,000 as fewer Indian and Nigerian nationals arrive",
                  publisher="Harebell News", author="Lowri Fennimore-Achebe", published_date="2026-11-26"),
        labels=[
            L("176,000", 176000, E, P, NM, "July 2025 to June 2026 (headline)", occ=0),
            L("41%", -41, E, PCT, NM + "_change", CH3 + "fallen, in a year; " + ONS3 + ")"),
            L("176,000", 176000, E, P, NM, Y3 + " arrivals exceeded departures", occ=1),
            L("298,000", 298000, E, P, NM, "July 2024 to June 2025 (the previous 12 months, revised; " + ONS3 + ")"),
            L("54,000", 54000, E, P, NM + "_revision", "July 2024 to June 2025 (revised up by, since first published a year ago; " + ONS3 + ")"),
            L("782,000", 782000, E, P, "immigration", Y3),
            L("606,000", 606000, E, P, "emigration", Y3, occ=0),
            L("671,000", 671000, E, P, "immigration_non_eu", Y3),
            L("58,000", 58000, E, P, "immigration_eu", Y3),
            L("53,000", 53000, E, P, "immigration_british", Y3 + " returning from abroad"),
            L("134,000", 134000, E, P, "immigration_non_eu_india", Y3),
            L("one in five", 20, E, PCT, "immigration_non_eu_share_india", Y3 + " of all non-EU arrivals"),
            L("31%", -31, E, PCT, "immigration_non_eu_india_change", CH3 + "down on the year before; " + ONS3 + ")"),
            L("58%", -58, E, PCT, "immigration_non_eu_nigeria_change", CH3 + "dropped by; " + ONS3 + ")"),
            L("42,000", 42000, E, P, "immigration_non_eu_nigeria", Y3),
            L("71,000", 71000, E, P, "immigration_non_eu_china", Y3 + " broadly stable"),
            L("39,000", 39000, E, P, "immigration_non_eu_pakistan", Y3),
            L("302,000", 302000, E, P, "immigration_study", Y3 + " study, the leading reason"),
            L("164,000", 164000, E, P, "immigration_work", Y3 + " work, second"),
            L("68,000", 68000, E, P, "emigration_change", CH3 + "higher than; " + ONS3 + ")"),
            L("606,000", 606000, E, P, "emigration", Y3 + " of those who left", occ=1),
            L("372,000", 372000, E, P, "emigration_non_eu", Y3),
            L("Some 121,000", 121000, AP, P, "emigration_eu", Y3),
            L("roughly twice", 2, AP, RATIO, "emigration_eu_ratio", Y3 + " EU citizens leaving against arriving"),
            L("63,000", -63000, E, P, "net_migration_eu", Y3 + " a net outflow"),
            L("113,000", 113000, E, P, "emigration_british", Y3 + " an estimated, moved abroad"),
            L("minus 60,000", -60000, E, P, "net_migration_british_nationals", Y3),
            L("more than three-quarters", -75, MT, PCT, NM + "_change", "year ending June 2026 vs the peak, year ending June 2023 (below its high point; the Home Secretary)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the peak, in the 12 months to June 2023; " + ONS3 + ")"),
            L("more than 250,000", 250000, MT, P, "immigration_non_eu_india_nigeria", "per year, about July 2022 to June 2023 (three years ago, India and Nigeria between them; " + MPR + ")"),
            L("under 180,000", 180000, LT, P, "immigration_non_eu_india_nigeria", "July 2025 to June 2026 (now, India and Nigeria between them; " + MPR + ")"),
        ]),
    "04-sumwise-rwanda-relocations-claim": dict(
        meta=dict(url="https://sumwise.example/fact-checks/rwanda-scheme-did-not-send-hundreds-of-migrants-to-kigali/",
                  title="Rwanda scheme did not send \"hundreds\" of migrants to Kigali",
                  publisher="Sumwise", author="Aled Quarrington-Bello", published_date="2026-03-13"),
        labels=[
            V("hundreds", 200, 900, P, REL, LIFE + CLAIM + ", in the headline)", ctx="send \"hundreds\""),
            V("hundreds", 200, 900, P, REL, LIFE + CLAIM + ", What was claimed box)", ctx="scheme sent hundreds of illegal migrants to Kigali before"),
            L("Four", 4, E, P, REL, LIFE + "Our verdict box)", ctx="Incorrect. Four people"),
            V("hundreds", 200, 900, P, REL, LIFE + CLAIM + ", in his words)", ctx="\"sent hundreds of illegal migrants to Kigali\""),
            L("more than 610,000", 610000, MT, VIEWS, "social_media_post_views", "10 to 13 March 2026 (views of a clip of the remarks; Sumwise)"),
            L("four", 4, E, P, REL, LIFE + "the true number; Sumwise)", ctx="The true number is four"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "2024 (payments offered to failed asylum seekers under the voluntary scheme)"),
            L("Four", 4, E, P, REL, "January to December 2024 (relocated in 2024 under the voluntary arrangement; Home Office)", ctx="Four people were relocated in 2024"),
            L("36,816", 36816, E, P, SBA, "January to December 2024 (small boats brought; Home Office)"),
            L("four", 4, E, P, REL, "January to December 2024 (those four; Sumwise)", ctx="those four amounted"),
            L("roughly one in every 9,200", 100 / 9200, AP, PCT, "rwanda_relocations_share_of_small_boat_arrivals", "January to December 2024 (those four against small-boat arrivals; Sumwise)"),
            L("about £715m", 715000000, AP, GBP, RSC, LIFE + "the scheme's total cost; " + HS4 + ")"),
            L("£290m", 290000000, E, GBP, PTR, LIFE + "went straight to Kigali; " + HS4 + ")"),
            L("about two-fifths", 40, AP, PCT, "payment_to_rwanda_share_of_scheme_cost", LIFE + "of the total; " + HS4 + ")"),
            L("nearly £180m", 180000000, ALM, GBP, "rwanda_scheme_cost_per_relocation", LIFE + "for each person relocated; Sumwise)"),
            V("hundreds", 200, 900, P, REL, LIFE + CLAIM + ", cross-head)", ctx="Where \"hundreds\""),
            V("thousands", 2000, 9000, P, "rwanda_removal_candidates", "2024 (ready to go; a spokesperson for Lord Tregunna-Osei)", ctx="\"thousands were ready"),
            L("5,700", 5700, E, P, "rwanda_removal_candidates_identified", "2024 (a group the Home Office intended to remove under the scheme; Home Office)"),
            L("2,143", 2143, E, P, "rwanda_removal_cohort_reporting", "spring 2024 (still reporting to immigration officials; Home Office)"),
            V("Several hundred", 300, 900, P, "immigration_detentions_rwanda", "April to June 2024 (detained in the weeks before the planned first flights; figures given to Parliament)"),
            V("hundreds", 200, 900, P, "immigration_detentions_rwanda", "2024 (detained for Rwanda; the peer's office, later)", ctx="\"hundreds were detained"),
            V("tens of thousands", 20000, 90000, P, "rwanda_capacity_stated", "eventually (the country could take; the Rwandan government)", geo=RW),
            L("about 200", 200, AP, P, "rwanda_accommodation_capacity", "2022 to 2024 (accommodation prepared in Kigali, at a time)", geo=RW),
            L("four", 4, E, P, REL, LIFE + "conclusion)", ctx="Conclusion: four"),
            V("hundreds", 200, 900, P, REL, LIFE + CLAIM + ", rejected in the conclusion)", ctx="not hundreds"),
        ]),
    "05-the-loom-skilled-worker-visas-salary-threshold": dict(
        meta=dict(url="https://www.theloom.example/uk-news/2026/aug/27/skilled-worker-visas-down-a-third-salary-threshold-rise",
                  title="Skilled worker visas down a third on last year after salary threshold rise",
                  publisher="The Loom", author="Tomasz Ellery-Nakagawa", published_date="2026-08-27"),
        labels=[
            L("a third", -THIRD, E, PCT, VSW + "_change", CH5 + "down on last year; headline)", ctx="down a third on last year"),
            L("£41,700", 41700, E, GBP, SST, "from 22 July 2025 (the higher pay bar; standfirst)", occ=0),
            L("a third", -THIRD, E, PCT, VSW + "_change", CH5 + "falling by; " + HO5 + ")", ctx="falling by a third"),
            L("41,300", 41300, E, P, VSW, Y5 + " main applicants"),
            L("62,100", 62100, E, P, VSW, PY5 + " main applicants"),
            L("61%", -61, E, PCT, "visas_granted_health_care_worker_change", CH5 + "dropped by; " + HO5 + ")"),
            L("14,800", 14800, E, P, "visas_granted_health_care_worker", Y5),
            L("37,900", 37900, E, P, "visas_granted_health_care_worker", PY5),
            L("£41,700", 41700, E, GBP, SST, "from 22 July 2025 (rose to on 22 July 2025; the immigration rules)", occ=1),
            L("£38,700", 38700, E, GBP, SST, "April 2024 to 21 July 2025 (the threshold before the rise)"),
            L("£26,200", 26200, E, GBP, SST, "until April 2024 (the floor)"),
            L("59%", 59, E, PCT, SST + "_change", "early 2024 to July 2025 (sponsored staff must now be paid more than in early 2024)"),
            L("12.9k", 12900, E, P, VSW, "July to September 2025 (quarterly grants; " + HO5 + ")"),
            L("9.8k", 9800, E, P, VSW, "October to December 2025 (quarterly grants; " + HO5 + ")"),
            L("9.1k", 9100, E, P, VSW, "January to March 2026 (quarterly grants; " + HO5 + ")"),
            L("9.5k", 9500, E, P, VSW, "April to June 2026 (quarterly grants; " + HO5 + ")"),
            L("29,600", 29600, E, P, VSW + "_dependants", Y5 + " family members"),
            L("44%", -44, E, PCT, VSW + "_dependants_change", CH5 + "down; " + HO5 + ")"),
            L("14,200", 14200, E, P, VSW + "_india", Y5 + " main applicant visas to Indian nationals"),
            L("about a third", THIRD, AP, PCT, VSW + "_share_india", Y5),
            L("118,400", 118400, E, LIC, "sponsor_licences", "30 June 2026 (at the end of June; " + HO5 + ")"),
            L("122,500", 122500, E, LIC, "sponsor_licences", "30 June 2025 (a year earlier; " + HO5 + ")"),
            L("6,300", 6300, E, P, VSW + "_software_it", Y5 + " the largest occupational group"),
            L("one in four", 25, E, PCT, "employers_share_abandoned_overseas_recruitment", "July 2025 to August 2026 (since the threshold rose; Confederation of Regional Employers, of its members)"),
            L("£41,700", 41700, E, GBP, SST, "August 2026 (a salary of; Harriet Vellacott-Mensah, Confederation of Regional Employers)", occ=2),
            L("about 60,000", -60000, AP, P, NM + "_change", "per year (the fall's effect once dependants are counted; Dr Kwabena Haverstock-Lindqvist, Tidewell Institute)"),
            R("£1.5bn to £2bn", 1500000000, 2000000000, GBP, "public_finances_cost_of_lower_migration", "per year, by 2030 (the Treasury's own figures, as cited by Dr Kwabena Haverstock-Lindqvist)"),
        ]),
    "06-belfast-dipper-population-growth-republic-migration": dict(
        meta=dict(url="https://www.belfastdipper.example/news/belfast/belfast-growing-fastest-rate-generation-republic-migration-4418206",
                  title="Belfast growing at its fastest rate in a generation as more people move north from the Republic",
                  publisher="Belfast Dipper", author="Ciarán Maguire-Adjei", published_date="2026-06-26"),
        labels=[
            L("1.2%", 1.2, E, PCT, "population_change", "mid-2024 to mid-2025 (in a year; standfirst)", occ=0, geo=BEL),
            L("353,900", 353900, E, P, "population", "30 June 2025 (standfirst)", occ=0, geo=BEL),
            L("4,200", 4200, E, P, "population_growth", Y6, geo=BEL),
            L("more than double", 2, MT, RATIO, "population_growth_ratio", "mid-2024 to mid-2025 vs mid-2023 to mid-2024 (the increase a year before; " + NIS + ")", ctx="more than double the increase", geo=BEL),
            L("353,900", 353900, E, P, "population", MID6, occ=1, geo=BEL),
            L("1.2%", 1.2, E, PCT, "population_change", Y6 + " the fastest of the 11 council areas", occ=1, geo=BEL),
            L("0.5%", 0.5, E, PCT, "population_change", Y6, geo=NI),
            L("9,300", 9300, E, P, "population_growth", Y6, geo=NI),
            L("1,934,600", 1934600, E, P, "population", MID6, geo=NI),
            L("a fraction short of 1.94m", 1940000, ALM, P, "population", MID6, geo=NI),
            L("19,800", 19800, E, P, "births", Y6, geo=NI),
            L("16,900", 16900, E, P, "deaths", Y6, geo=NI),
            L("2,900", 2900, E, P, "population_natural_change", Y6 + " a natural increase", geo=NI),
            L("6,400", 6400, E, P, NM, Y6, geo=NI),
            L("3,700", 3700, E, P, NM, Y6 + " Belfast's part of the net inflow", geo=BEL),
            L("well over half", 50, MT, PCT, "net_migration_share_belfast", Y6 + " of Northern Ireland's net inflow", geo=BEL),
            L("Some 5,100", 5100, AP, P, ROI_IN, Y6 + " moved from the Republic of Ireland to Northern Ireland", geo=NI),
            L("3,400", 3400, E, P, "cross_border_migration_outflow_republic_of_ireland", Y6 + " went in the opposite direction", geo=NI),
            L("1,700", 1700, E, P, "net_migration_republic_of_ireland", Y6 + " a net gain", geo=NI),
            L("1,350", 1350, E, P, ROI_IN, "mid-2014 to mid-2015 (ten years ago, in a year; " + NIS + ")", geo=NI),
            L("nearly four times", 4, ALM, RATIO, ROI_IN + "_ratio", "mid-2024 to mid-2025 vs ten years ago (" + NIS + ")", geo=NI),
            L("Around 40%", 40, AP, PCT, ROI_IN + "_share_settled_belfast_lisburn", Y6 + " settled in Belfast or Lisburn and Castlereagh", geo=NI),
            L("more than double", 2, MT, RATIO, "average_rent_dublin_to_belfast_ratio", "June 2026 (now, the same size of flat; Dr Orla Kinsella-Mbeki, Queen's University Belfast)", ctx="now more than double", geo="Dublin"),
            L("2,000", 2000, E, HOMES, "housing_need_new_homes", "per year (needed just to keep pace; " + DHO + ")", geo=BEL),
            L("fewer than 1,100", 1100, LT, HOMES, "new_homes_completed", "2025 (last year; " + DHO + ")", geo=BEL),
            L("6,000", 6000, E, HOMES, "planned_new_homes_lagan_corridor", "to 2035 (plans with the Housing Executive; " + DHO + ")", geo=BEL),
            L("0.2%", -0.2, E, PCT, "population_change", Y6 + " lost", geo="Derry City and Strabane"),
            L("0.9%", 0.9, E, PCT, "population_change", Y6, geo="Mid Ulster"),
            L("343,000", 343000, E, P, "population_aged_65_and_over", MID6, geo=NI),
            L("17.7%", 17.7, E, PCT, "population_share_aged_65_and_over", MID6, geo=NI),
            L("14.6%", 14.6, E, PCT, "population_share_aged_65_and_over", "mid-2015 (a decade earlier; " + NIS + ")", geo=NI),
            L("9.4%", 9.4, E, PCT, "average_private_rent_change", "mid-2024 to mid-2025 (over the same period; Housing Executive data)", geo=BEL),
        ]),
    "07-daily-clapperboard-asylum-legal-aid-appeals": dict(
        meta=dict(url="https://www.dailyclapperboard.example/news/article-15118204/Taxpayers-163million-legal-aid-bill-migrants-lawyers-asylum-appeals-soar-record.html",
                  title="Taxpayers' £163million legal aid bill for migrants' lawyers as asylum appeals soar to a record",
                  publisher="Daily Clapperboard", author="Gregory Pennington-Ade", published_date="2026-09-25"),
        labels=[
            L("£163million", 163000000, E, GBP, LA, "April 2025 to March 2026 (headline)", occ=0, geo=EW),
            L("31 per cent", 31, E, PCT, LA + "_change", "2025/26 vs 2024/25 (up, in a single year; bullet)", geo=EW),
            L("Almost 58,000", 58000, ALM, P, "asylum_appeals_lodged", "April 2025 to March 2026 (bullet)"),
            L("nearly three times", 3, ALM, RATIO, "asylum_appeals_lodged_ratio", "2025/26 vs 2023/24 (as many as two years ago; bullet)"),
            L("almost half", 50, ALM, PCT, "asylum_appeals_share_allowed", "2025/26 (migrants won, of the appeals heard; bullet)"),
            L("more than £163million", 163000000, MT, GBP, LA, "April 2025 to March 2026 (last year; " + LAA + ")", geo=EW),
            L("£163.4million", 163400000, E, GBP, LA, FY7, geo=EW),
            L("£124.7million", 124700000, E, GBP, LA, "April 2024 to March 2025 (the year before; " + LAA + ")", geo=EW),
            L("nearly doubled", 2, ALM, RATIO, LA + "_ratio", "2025/26 vs 2022/23 (since 2022/23; " + LAA + ")", geo=EW),
            L("£84million", 84000000, E, GBP, LA, "April 2022 to March 2023 (2022/23; " + LAA + ")", geo=EW),
            L("£5.38billion", 5380000000, E, GBP, AC, "April 2025 to March 2026 (a record, the overall cost of the asylum system)"),
            V("thousands", 2000, 9000, P, "asylum_hotel_population_awaiting_appeal", "September 2026 (failed claimants in taxpayer-funded hotels while their appeals go through)"),
            L("46 per cent", 46, E, PCT, "asylum_appeals_share_allowed", "April 2025 to March 2026 (last year; caption)", occ=0),
            L("57,900", 57900, E, P, "asylum_appeals_lodged", Y7 + " new appeals before the First-tier Tribunal"),
            L("20,400", 20400, E, P, "asylum_appeals_lodged", "April 2023 to March 2024 (two years earlier; " + MOJ + ")"),
            L("almost three times", 3, ALM, RATIO, "asylum_appeals_lodged_ratio", "2025/26 vs 2023/24 (the caseload has grown; " + MOJ + ")"),
            L("38,600", 38600, E, P, "asylum_appeals_determined", Y7),
            L("17,800", 17800, E, P, "asylum_appeals_allowed", Y7),
            L("some 46 per cent", 46, AP, PCT, "asylum_appeals_share_allowed", Y7),
            L("84%", 84, E, PCT, "asylum_appeals_allowed_share_legal_aid", Y7 + " of these, granted legal aid"),
            L("51 weeks", 51, E, WEEKS, "asylum_appeal_wait_average", Y7 + " an average, to be heard"),
            L("64,300", 64300, E, P, "asylum_backlog_appeals", "June 2026 (the queue of cases waiting; " + MOJ + ")"),
            L("£3.2million", 3200000, E, GBP, "legal_aid_immigration_payments_single_firm", FY7 + " one Birmingham firm alone", geo="Birmingham"),
            L("£41.6million", 41600000, E, GBP, "legal_aid_immigration_payments_top_ten_firms", FY7 + " the ten highest-earning firms", geo=EW),
            L("Some 4,150", 4150, AP, CASES, "judicial_reviews_immigration_lodged", Y7 + " immigration challenges at the Upper Tribunal"),
            L("around 25 per cent", 25, AP, PCT, "judicial_reviews_immigration_lodged_change", "2025/26 vs 2024/25 (up; " + MOJ + ")"),
            L("£152", 152, E, GBP, "asylum_hotel_cost_per_person_night", "per night, September 2026 (" + TOA + ")"),
            L("more than £55,000", 55000, MT, GBP, "asylum_hotel_cost_per_person_year", "per year (a hotel bed tied up for a year; " + TOA + ")"),
            L("six weeks", -6, E, WEEKS, "asylum_appeal_wait_average_change", "January to September 2026 (since January, the average wait cut by; a Ministry of Justice spokesman)"),
            L("Almost half", 50, ALM, PCT, "asylum_appeals_share_allowed", "2025/26 (are being won; Nadia Culverwell-Ansah, Immigration Practitioners' Guild)"),
            L("Around three in every four", 75, AP, PCT, "asylum_appellants_share_housed_by_home_office", "September 2026 (housed by the Home Office while their case is heard; government figures)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
