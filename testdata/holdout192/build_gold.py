#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-ninety-second hand-labelled hold-out set (holdout192).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC)

UK = "UK"
TWO3 = 200 / 3
CASES, VIEWS, LICS, VACS = "other:cases", "other:views", "other:licences", "other:vacancies"

# 01 (Tuesday 18 June 2024; Home Office figures to the end of March 2024; election campaign claims)
M24 = "31 March 2024 (the end of March 2024; latest Home Office figures)"
BL = "asylum_backlog"
LEG = "asylum_backlog_legacy"
WDL = "asylum_claims_withdrawn_legacy"
LABCLAIM = "; the claim by Labour's shadow home secretary in a radio interview on Monday 17 June 2024"
IMA = "asylum_backlog_illegal_migration_act_cohort"
QA = "Dr Barnaby Quist-Adeleke, University of Leicester"

# 02 (Friday 23 August 2024; Home Office quarterly data for the year ending June 2024, published Thursday 22 August)
YJ2 = "July 2023 to June 2024 (the year ending June 2024; Home Office quarterly data published Thursday 22 August 2024)"
YJ2P = "July 2022 to June 2023 (the year to June 2023; Home Office quarterly data)"
CH2 = " (Chart: small boat arrivals by nationality, year ending June 2024; Home Office)"
H24 = "January to June 2024"
SB = "small_boat_arrivals_"

# 03 (Tuesday 4 March 2025; ONS estimates published November 2024)
YJ3 = "July 2023 to June 2024 (the year to June 2024; ONS provisional estimates published November 2024)"
YJ3P = "July 2022 to June 2023 (the year to June 2023"

# 04 (Thursday 10 July 2025; OBR fiscal risks and sustainability report published Tuesday 8 July 2025)
OBR = "OBR fiscal risks and sustainability report published Tuesday 8 July 2025"
FY30 = "April 2029 to March 2030 (2029-30; " + OBR + ")"
PBE = "public_borrowing_effect_lower_migration"
DEBT = "public_sector_net_debt_share_gdp"
CH4 = " (Chart: public sector net debt in 2074-75, % of GDP; OBR)"

# 05 (Wednesday 3 December 2025; ONS estimates for the year ending June 2025 published Thursday 27 November 2025)
YJ5 = "July 2024 to June 2025 (the year ending June 2025; ONS estimates published 27 November 2025)"
YJ5P = "July 2023 to June 2024 (the year to June 2024; ONS estimates published 27 November 2025)"
CH5 = "year ending June 2025 vs year ending June 2024"
CLAIM5 = "July 2024 to November 2025 (since the government took office; the home secretary's claim, Sunday 30 November 2025"
NMC = "net_migration_change"

# 06 (Thursday 16 July 2026; ONS estimates for calendar 2025 published 21 May 2026)
Y25 = "January to December 2025 (2025; ONS estimates published 21 May 2026)"
Y25L = "January to December 2025 (last year; ONS estimates published 21 May 2026)"
CH6 = " (Chart: emigration from Britain, '000; ONS)"
FSV = "emigration_former_study_visa_non_eu"
IND = "emigration_non_eu_india"

# 07 (Thursday 26 November 2026; ONS provisional estimates for the year ending June 2026 published that morning)
YJ7 = "July 2025 to June 2026 (the year ending June 2026; provisional ONS estimates published 26 November 2026)"
YJ7R = "July 2024 to June 2025 (the year ending June 2025, revised; ONS estimates published 26 November 2026)"
CH7 = "year ending June 2026 vs year ending June 2025 (revised)"
BOX7 = " (FACT BOX; ONS)"
MID25 = "July 2024 to June 2025 (mid-2024 to mid-2025; ONS mid-year population estimates published July 2026)"
MID24 = "July 2023 to June 2024 (mid-2023 to mid-2024, the year before; ONS mid-year population estimates published July 2026)"
NMI = "net_migration_international"

ARTICLES = {
    "01-chervil-news-factcheck-asylum-backlog-election-claims": dict(
        meta=dict(url="https://www.chervilnews.example/factcheck/factcheck-has-the-government-really-cleared-the-asylum-backlog",
                  title="FactCheck: has the government really cleared the asylum backlog?",
                  publisher="Chervil News", author="Odile Brackenbury-Nkemelu", published_date="2024-06-18"),
        labels=[
            L("more than 100,000", 100000, MT, P, BL, "June 2024 (stuck in the system now" + LABCLAIM + ")", occ=0),
            L("92,601", 92601, E, CASES, LEG, "30 June 2022 (when that month closed; claims lodged before 28 June 2022 yet to receive any decision)"),
            L("4,540", 4540, E, CASES, LEG, M24 + " still undecided", ctx="show, 4,540"),
            L("about 95%", 95, AP, PCT, LEG + "_share_dealt_with", "28 June 2022 to 31 March 2024 (dealt with by the end of March 2024; Home Office figures)"),
            L("Around 24,000", 24000, AP, CASES, WDL, "June 2022 to March 2024 (legacy claims withdrawn rather than decided; Home Office figures)"),
            L("more than a quarter", 25, MT, PCT, WDL + "_share", "June 2022 to March 2024 (share of the 92,601 legacy claims withdrawn rather than decided)"),
            L("81,920", 81920, E, CASES, "asylum_backlog_flow", "31 March 2024 (when March ended; claims lodged since 28 June 2022 still unresolved; Home Office figures)"),
            L("86,460", 86460, E, CASES, BL, M24 + " flow plus legacy cases", ctx="you get 86,460"),
            L("138,050", 138050, E, CASES, BL, "30 June 2023 (the end of June 2023, the peak; Home Office figures)"),
            L("37%", -37, E, PCT, BL + "_change", "30 June 2023 to 31 March 2024 (come down since the peak; Home Office figures)"),
            L("86,460", 86460, E, CASES, BL, M24 + " cases awaiting a first decision", ctx="Those 86,460"),
            L("118,880", 118880, E, P, BL, M24 + " people, including partners and children named on the same claim"),
            L("more than 100,000", 100000, MT, P, BL, "June 2024 (the claim quoted and judged accurate; 118,880 people at the end of March 2024)", occ=1),
            L("175,460", 175460, E, P, BL, "30 June 2023 (its peak a year earlier, counted in people; Home Office figures)", ctx="stood at 175,460"),
            L("roughly 42,000", 42000, AP, CASES, BL, "31 December 2019 (the end of 2019, before the crossings took off)"),
            L("about double", 2, AP, RATIO, BL + "_ratio", "31 March 2024 vs 31 December 2019 (today's backlog against the end of 2019)"),
            L("112,130", 112130, E, P, "asylum_initial_decisions", "April 2023 to March 2024 (the year to March 2024; Home Office figures)"),
            L("more than twice", 2, MT, RATIO, "asylum_initial_decisions_ratio", "year to March 2024 vs the twelve months before"),
            L("50,470", 50470, E, P, "asylum_initial_decisions", "April 2022 to March 2023 (the twelve months before; Home Office figures)"),
            L("Around two-thirds", TWO3, AP, PCT, "asylum_grants_share_initial_decisions", "April 2023 to March 2024 (the year to March 2024; granted protection)"),
            L("About 51,000", 51000, AP, P, IMA, "June 2024 (in that position now; arrived on or after 7 March 2023, Illegal Migration Act cohort)"),
            V("tens of thousands", 20000, 90000, P, IMA, "June 2024 (simply waiting in another queue; " + QA + ")"),
            V("millions of pounds", 2000000, 9000000, GBP, "asylum_cost_hotels", "per day (hotels alone cost; " + QA + ")"),
            L("about one in four", 25, AP, PCT, WDL + "_share", "June 2022 to March 2024 (legacy claims withdrawn rather than decided; Verdict)"),
            L("4,540", 4540, E, CASES, LEG, M24 + " still waiting in March (Verdict)", ctx="and 4,540 were"),
            L("86,460", 86460, E, CASES, BL, M24 + " the overall backlog (Verdict)", ctx="stands at 86,460"),
            L("more than 100,000", 100000, MT, P, BL, "June 2024 (people waiting; Verdict)", occ=2),
            L("175,460", 175460, E, P, BL, "30 June 2023 (its peak last summer, people; Verdict)", ctx="was 175,460"),
        ]),
    "02-caraway-news-verify-small-boat-nationalities": dict(
        meta=dict(url="https://www.caraway.example/news/articles/verify-small-boats-who-is-crossing-the-channel",
                  title="Small boats: Who is crossing the Channel, and how has it changed?",
                  publisher="Caraway News", author="Anouk Featherstonehaugh-Ilori and Tobias Renwick-Achebe",
                  published_date="2024-08-23"),
        labels=[
            L("32,640", 32640, E, P, SBA, YJ2 + " detected arriving by small boat"),
            L("a third", -THIRD, E, PCT, SBA + "_change", "year to June 2024 vs the previous 12 months (a fall of)"),
            L("49,010", 49010, E, P, SBA, "July 2022 to June 2023 (the previous 12 months; Home Office quarterly data)"),
            L("5,930", 5930, E, P, SB + "afghan", YJ2, ctx="at 5,930"),
            L("18%", 18, E, PCT, SB + "share_afghan", YJ2),
            L("3,920", 3920, E, P, SB + "iranian", YJ2, ctx="Iranians (3,920"),
            L("12%", 12, E, PCT, SB + "share_iranian", YJ2),
            L("3,260", 3260, E, P, SB + "vietnamese", YJ2, ctx="Vietnamese (3,260"),
            L("10%", 10, E, PCT, SB + "share_vietnamese", YJ2),
            L("2,940", 2940, E, P, SB + "eritrean", YJ2, ctx="Eritreans (2,940"),
            L("9%", 9, E, PCT, SB + "share_eritrean", YJ2),
            L("2,610", 2610, E, P, SB + "syrian", YJ2, ctx="Syrians (2,610"),
            L("8%", 8, E, PCT, SB + "share_syrian", YJ2),
            L("57%", 57, E, PCT, SB + "share_top_five_nationalities", YJ2),
            L("more than half", 50, MT, PCT, SB + "share_top_five_nationalities", YJ2 + " comfortably"),
            L("8,720", 8720, E, P, SB + "albanian", YJ2P + ", the most common nationality)"),
            L("610", 610, E, P, SB + "albanian", YJ2 + " the latest year", ctx="there were 610"),
            L("93%", -93, E, PCT, SB + "albanian_change", "year to June 2024 vs year to June 2023 (down)"),
            L("Fewer than one in 50", 2, LT, PCT, SB + "share_albanian", YJ2 + " now crossing"),
            L("more than doubling", 2, MT, RATIO, SB + "vietnamese_ratio", "year to June 2024 vs year to June 2023"),
            L("1,410", 1410, E, P, SB + "vietnamese", YJ2P + ")"),
            L("5,930", 5930, E, P, SB + "afghan", YJ2 + CH2, ctx="Afghanistan 5,930"),
            L("3,920", 3920, E, P, SB + "iranian", YJ2 + CH2, ctx="Iran 3,920"),
            L("3,260", 3260, E, P, SB + "vietnamese", YJ2 + CH2, ctx="Vietnam 3,260"),
            L("2,940", 2940, E, P, SB + "eritrean", YJ2 + CH2, ctx="Eritrea 2,940"),
            L("2,610", 2610, E, P, SB + "syrian", YJ2 + CH2, ctx="Syria 2,610"),
            L("610", 610, E, P, SB + "albanian", YJ2 + CH2, ctx="Albania 610"),
            L("more than two million", 2000000, MT, VIEWS, "social_media_post_views", "18 to 23 August 2024 (since Sunday; a post on X)"),
            V("thousands", 2000, 9000, P, SB + "albanian", "late summer 2022 (a few weeks, a short period)"),
            L("about 2%", 2, AP, PCT, SB + "share_albanian", YJ2 + " the year to June"),
            L("more than 5,000", 5000, MT, P, "returns_albania", "December 2022 to August 2024 (since the returns deal with Albania; officials)"),
            L("98%", 98, E, PCT, "asylum_grants_share_initial_decisions_afghan", YJ2 + " the year to June"),
            L("82%", 82, E, PCT, "asylum_grants_share_initial_decisions_iranian", YJ2 + " the year to June"),
            L("19%", 19, E, PCT, "asylum_grants_share_initial_decisions_vietnamese", YJ2 + " the year to June"),
            L("three-quarters", 75, E, PCT, SB + "share_adult_men", YJ2),
            L("Roughly one in seven", 100 / 7, AP, PCT, SB + "share_children", YJ2 + " under 18"),
            L("13,490", 13490, E, P, SBA, H24 + " (between January and June 2024)"),
            L("259", 259, E, BOATS, SBC, H24 + " (between January and June 2024)"),
            L("52", 52, E, PPB, "small_boat_occupancy", H24 + " (average people on each boat)"),
            L("41", 41, E, PPB, "small_boat_occupancy", "January to December 2023 (2023 as a whole, average)"),
            R("perhaps 15 or 20", 15, 20, PPB, "small_boat_design_capacity", "August 2024 (the inflatables being launched were built for; Prof Ines Okonkwo-Lindgren, University of Kent)"),
            R("60 or 70", 60, 70, PPB, "small_boat_occupancy", "August 2024 (now leaving the beach with on board; Prof Ines Okonkwo-Lindgren, University of Kent)"),
            L("no fewer than 19", 19, AL, P, "small_boat_deaths", "1 January to 22 August 2024 (so far this year; the UN's migration agency)", geo="English Channel"),
            L("9,530", 9530, E, P, "small_boat_launch_attempts_stopped_people", H24 + " (the year's first half; French interior ministry)", geo="France"),
            L("11%", 11, E, PCT, "small_boat_launch_attempts_stopped_people_change", "January to June 2024 vs the equivalent months of 2023 (French interior ministry)", geo="France"),
            L("more than 20", 20, MT, P, "border_security_officers_posted_europol", "August 2024 (extra officers already posted; a Home Office spokesperson)"),
        ]),
    "03-the-borage-net-migration-revisions-explainer": dict(
        meta=dict(url="https://theborage.example/why-britains-net-migration-figures-keep-changing-and-why-that-matters-248113",
                  title="Why Britain's net migration figures keep changing, and why that matters",
                  publisher="The Borage", author="Harriet Okafor-Penhaligon", published_date="2025-03-04"),
        labels=[
            L("728,000", 728000, E, P, NM, YJ3, ctx="put at 728,000"),
            L("about 20%", -20, AP, PCT, NMC, "year to June 2024 vs the year before (down; ONS)"),
            L("740,000", 740000, E, P, NM, YJ3P + "; the earlier estimate, before the November 2024 revision)"),
            L("906,000", 906000, E, P, NM, YJ3P + "; revised estimate, ONS November 2024)"),
            L("166,000", 166000, E, P, "net_migration_revision", YJ3P + "; the upward revision, ONS November 2024)", ctx="revision of 166,000 is larger"),
            L("c. 800", 800, AP, P, "international_passenger_survey_migrant_interviews", "per year (the late 2010s; long-term migrants among those interviewed in a year)"),
            L("about 140,000", 140000, AP, P, "net_migration_non_eu_revision", YJ3P + "; non-EU nationals' part of the revision)"),
            L("166,000", 166000, E, P, "net_migration_revision", YJ3P + "; the revision as a whole)", ctx="of the 166,000"),
            L("more than four-fifths", 80, MT, PCT, "net_migration_revision_share_non_eu", YJ3P + "; non-EU nationals' share of the revision)"),
            R("between 650,000 and 810,000", 650000, 810000, P, NM, YJ3 + " the range in which the true value probably lies"),
            V("tens of thousands", 20000, 90000, P, "net_migration_revision", "any year (routine revisions, in either direction)"),
            L("roughly 1.2 million", 1200000, AP, P, "immigration", YJ3),
            L("almost 480,000", 480000, ALM, P, "emigration", YJ3),
            L("68.3 million", 68300000, E, P, "population", "30 June 2023 (mid-2023; ONS estimate)"),
            L("166,000", 166000, E, P, "net_migration_revision", YJ3P + "; the revision)", ctx="A revision of 166,000"),
            L("about a quarter of a per cent", 0.25, AP, PCT, "net_migration_revision_share_of_population", YJ3P + "; the revision against the mid-2023 population)"),
            L("606,000", 606000, E, P, NM, "January to December 2022 (the year to December 2022; the first estimate, published in 2023)"),
            L("764,000", 764000, E, P, NM, "January to December 2022 (the year to December 2022; the current estimate)"),
            L("26%", 26, E, PCT, "net_migration_revision", "January to December 2022 (current estimate against the first, higher)"),
            L("728,000", 728000, E, P, NM, YJ3 + " the figure as the author suggests it be headlined", ctx="\"728,000, give"),
            L("80,000", 80000, E, P, "estimate_margin_of_error_net_migration", YJ3 + " give or take"),
        ]),
    "04-the-fenugreek-obr-fiscal-cost-lower-migration": dict(
        meta=dict(url="https://www.fenugreek.example/content/5e1c7a2d-obr-falling-migration-fiscal-risks",
                  title="Falling migration deepens chancellor's fiscal bind, OBR warns",
                  publisher="The Fenugreek", author="Jemima Oakhurst-Ribeiro and Callum Strachan-Oyelowo",
                  published_date="2025-07-10"),
        labels=[
            L("three-quarters", 75, E, PCT, "public_finances_effect_share_of_headroom", FY30[:-1] + "; by the end of the decade; standfirst)", ctx="eat three-quarters"),
            V("billions of pounds", 2000000000, 9000000000, GBP, PBE, "per year (annually before 2030; " + OBR + ")"),
            L("100,000", -100000, E, P, "net_migration_scenario_change", "per year (net migration settling below the OBR's central assumption; " + OBR + ")", ctx="settled 100,000"),
            L("£7.5bn", 7500000000, E, GBP, PBE, FY30),
            L("roughly three-quarters", 75, AP, PCT, "public_finances_effect_share_of_headroom", FY30),
            L("£9.9bn", 9900000000, E, GBP, "fiscal_headroom", "2029-30 (headroom against the main fiscal rule left in March 2025)"),
            L("340,000", 340000, E, P, "net_migration_forecast", "per year later this decade (the OBR's central forecast)", ctx="levelling off at 340,000"),
            L("roughly halved", -50, AP, PCT, NMC, "January to December 2024 vs 2023 (ONS estimates published May 2025)"),
            L("431,000", 431000, E, P, NM, "January to December 2024 (2024; ONS estimates published May 2025)"),
            L("860,000", 860000, E, P, NM, "January to December 2023 (the year before; ONS estimates published May 2025)"),
            L("about 100,000", -100000, AP, P, "net_migration_projected_change", "per year by 2029 (the government's immigration white paper, May 2025)"),
            L("200,000", 200000, E, P, "net_migration_scenario", "per year (if net migration ends up nearer 200,000; Anneliese Marchbank-Osei, Whitcombe Institute)"),
            L("340,000", 340000, E, P, "net_migration_forecast", "per year (the OBR's assumption; Anneliese Marchbank-Osei, Whitcombe Institute)", ctx="than 340,000"),
            L("more than £10bn", 10000000000, MT, GBP, "public_borrowing_effect_lower_migration_scenario", "per year (the hole implied if net migration is nearer 200,000; Anneliese Marchbank-Osei, Whitcombe Institute)"),
            L("£465,000", 465000, E, GBP, "fiscal_lifetime_contribution_high_wage_migrant", "lifetime, in today's prices (a migrant arriving at 25 on 130% of median pay, no dependants; OBR working paper 2024)"),
            L("£151,000", 151000, E, GBP, "fiscal_lifetime_net_cost_low_wage_migrant", "lifetime, in today's prices (a migrant on 70% of median earnings; OBR working paper 2024)"),
            L("36%", -36, E, PCT, "visas_granted_skilled_worker_including_dependants_change", "April 2024 to March 2025 (the year to March) vs the year before (Home Office data)"),
            L("more than four-fifths", -80, MT, PCT, "visas_granted_care_worker_change", "April 2024 to March 2025 (the year to March) vs the year before (grants to care workers; Home Office data)"),
            L("£13.8bn", 13800000000, E, GBP, "income_tax_and_nics_work_visa_holders", "April 2023 to March 2024 (2023-24; HM Revenue & Customs figures released under FOI)"),
            L("44%", 44, E, PCT, "income_tax_and_nics_work_visa_holders_change", "2023-24 vs the year before (HM Revenue & Customs figures)"),
            L("£5.38bn", 5380000000, E, GBP, AC, "April 2024 to March 2025 (2024-25, a record; asylum support and accommodation)"),
            L("nearly three times", 3, ALM, RATIO, "asylum_cost_ratio", "2024-25 vs 2020-21"),
            L("340,000", 340000, E, P, "net_migration_long_run_assumption", "per year (the OBR's long-range projections)", ctx="net migration of 340,000"),
            L("about 96%", 96, AP, PCT, DEBT, "July 2025 (now; " + OBR + ")"),
            L("270%", 270, E, PCT, DEBT, "mid-2070s (long-range projection with net migration of 340,000 a year; " + OBR + ")"),
            L("nearly 300%", 300, ALM, PCT, DEBT, "mid-2070s (low-migration scenario; " + OBR + ")"),
            L("270", 270, E, PCT, DEBT, "April 2074 to March 2075 (2074-75, central assumption" + CH4 + ")", ctx="central assumption 270"),
            L("298", 298, E, PCT, DEBT, "April 2074 to March 2075 (2074-75, low migration" + CH4 + ")"),
            L("more than 900,000", 900000, MT, P, NM, "the peak under the Conservatives (the Conservatives' record)"),
        ]),
    "05-lovage-check-home-secretary-net-migration-two-thirds-claim": dict(
        meta=dict(url="https://lovagecheck.example/fact-check/net-migration-two-thirds-since-election",
                  title="Net migration has fallen by two-thirds, but not all since the election",
                  publisher="Lovage Check", author="Tamsin Arrowsmith-Quaye", published_date="2025-12-03"),
        labels=[
            L("two-thirds", -TWO3, E, PCT, NMC, CLAIM5 + "; headline)", ctx="fallen by two-thirds, but"),
            L("two-thirds", -TWO3, E, PCT, NMC, CLAIM5 + "; What was claimed)", ctx="down by two-thirds since"),
            L("more than two-thirds", -TWO3, MT, PCT, NMC, CH5 + " (Our verdict)"),
            L("649,000", 649000, E, P, NM, YJ5P + " Our verdict", ctx="from 649,000"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the following 12 months; Our verdict)", ctx="to 204,000 over"),
            L("two-thirds", -TWO3, E, PCT, NMC, CLAIM5 + "; quoted)", ctx="cut net migration by two-thirds"),
            L("204,000", 204000, E, P, NM, YJ5, ctx="at 204,000 for"),
            L("649,000", 649000, E, P, NM, YJ5P + " a year earlier", ctx="against 649,000"),
            L("445,000", -445000, E, P, NMC, CH5 + " (a drop)"),
            L("69%", -69, E, PCT, NMC, CH5 + " (a drop)"),
            L("two-thirds", -TWO3, E, PCT, NMC, CLAIM5 + "; the claim's figure, judged slightly cautious)", ctx="so \"two-thirds\""),
            L("29%", -29, E, PCT, "immigration_change", CH5 + " (dropped)"),
            L("1,261,000", 1261000, E, P, "immigration", YJ5P),
            L("898,000", 898000, E, P, "immigration", YJ5),
            L("13%", 13, E, PCT, "emigration_change", CH5 + " (rose)"),
            L("694,000", 694000, E, P, "emigration", YJ5),
            L("nearly a fifth", 20, ALM, PCT, "net_migration_share_of_fall_from_emigration", CH5 + " (higher emigration's part of the fall)"),
            L("86,000", -86000, E, P, "net_migration_revision", "January to December 2024 (the year ending December 2024; came down in the release of 27 November 2025)"),
            L("345,000", 345000, E, P, NM, "January to December 2024 (the year ending December 2024, revised; ONS release of 27 November 2025)"),
            L("£38,700", 38700, E, GBP, "skilled_worker_salary_threshold", "from April 2024 (raised by the previous government)"),
            L("86%", -86, E, PCT, "visas_granted_study_dependants_change", "year ending June 2025 vs year ending June 2023 (fell; Home Office statistics)"),
            L("204,000", 204000, E, P, NM, YJ5 + " the lowest figure since", ctx="The 204,000 is"),
            L("189,000", 189000, E, P, NM, "July 2020 to June 2021 (the 12 months to June 2021, during COVID-19 travel restrictions)"),
            L("about a fifth", 20, AP, PCT, "net_migration_share_of_peak", YJ5 + " against the 944,000 peak"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (the 12 months to March 2023, the peak; ONS)"),
            L("-70,000", -70000, E, P, "net_migration_eu", YJ5 + " EU nationals"),
            L("-109,000", -109000, E, P, "net_migration_british_nationals", YJ5 + " British nationals"),
            L("383,000", 383000, E, P, "net_migration_non_eu", YJ5 + " non-EU nationals"),
            L("more than 35,000", 35000, MT, P, "returns", "5 July 2024 to 2 December 2025 (since 5 July last year, forced and voluntary; a Home Office spokesperson)"),
            L("about two-thirds", -TWO3, AP, PCT, NMC, CH5 + " (Conclusion)"),
        ]),
    "06-the-tarragon-emigration-former-students-leaving": dict(
        meta=dict(url="https://www.thetarragon.example/britain/2026/07/16/the-great-departure",
                  title="The great departure",
                  publisher="The Tarragon", author=None, published_date="2026-07-16"),
        labels=[
            L("some 671,000", 671000, AP, P, "emigration", Y25 + " left Britain meaning to stay away for a year or longer"),
            L("a fifth", 20, E, PCT, "emigration_change", "2025 vs 2024 (up by; ONS)"),
            L("112,000", 112000, E, P, "emigration_change", "2025 vs 2024 (higher; ONS)"),
            L("418,000", 418000, E, P, "emigration_non_eu", Y25),
            L("161,000", 161000, E, P, "emigration_eu", Y25),
            L("92,000", 92000, E, P, "emigration_british", Y25),
            L("Around 191,000", 191000, AP, P, FSV, Y25L + " former holders of study visas departed"),
            L("twice", 2, E, RATIO, FSV + "_ratio", "2025 vs 2023 (twice as many)"),
            L("95,000", 95000, E, P, FSV, "January to December 2023 (2023; ONS)"),
            L("almost half", 50, ALM, PCT, "emigration_non_eu_share_former_study", Y25),
            L("2.4 years", 2.4, E, YEARS, "former_students_average_stay_leavers", Y25 + " average stay of former students who left"),
            L("About 117,000", 117000, AP, P, "emigration_former_work_visa_non_eu", Y25L),
            L("more than a quarter", 25, MT, PCT, "emigration_non_eu_share_former_work", Y25L),
            L("more than 470", 470, MT, LICS, "sponsor_licences_revoked_care_providers", "July 2022 to December 2024 (licences held by care providers revoked; the Home Office)"),
            L("68,000", 68000, E, P, IND, Y25 + " Indians leaving, students and workers combined"),
            L("nearly four times", 4, ALM, RATIO, IND + "_ratio", "2025 vs 2021"),
            L("18,000", 18000, E, P, IND, "January to December 2021 (2021; ONS)"),
            L("890,000", 890000, E, P, "immigration", Y25 + " arrivals"),
            L("219,000", 219000, E, P, NM, Y25),
            L("331,000", 331000, E, P, "net_migration_scenario", "January to December 2025 (had emigration stayed at its 2024 level)"),
            L("53,000", -53000, E, P, "net_migration_british_nationals", Y25 + " a net 53,000 more British citizens left than came back"),
            L("roughly one in five", 20, AP, PCT, "emigration_british_share_australia", Y25 + " British emigrants going to Australia"),
            L("three-quarters", 75, E, PCT, "emigration_british_share_under_35", Y25 + " by the ONS's reckoning"),
            L("Some 5.5m", 5500000, AP, P, "british_citizens_living_abroad", "July 2026 (now; the Foreign Office)"),
            L("£22,000", 22000, E, GBP, "international_student_tuition_fee_average", "per year (international postgraduates; the Lydgate Centre)"),
            L("131,000", 131000, E, VACS, "adult_social_care_vacancies", "April 2024 to March 2025 (2024/25; Skills for Care)", geo="England"),
            L("9,410", 9410, E, P, "nurses_leaving_register_internationally_educated", "April 2025 to March 2026 (the year to March 2026; Nursing and Midwifery Council)"),
            L("30%", 30, E, PCT, "nurses_leaving_register_internationally_educated_change", "year to March 2026 vs the previous year (up; Nursing and Midwifery Council)"),
            L("above 300,000", 300000, MT, P, "net_migration_scenario", "future years (once the pipeline of former students runs dry, without any change to the rules; the ONS)"),
            L("454", 454000, E, P, "emigration", "January to December 2021 (2021" + CH6 + ")"),
            L("532", 532000, E, P, "emigration", "January to December 2023 (2023" + CH6 + ")"),
            L("559", 559000, E, P, "emigration", "January to December 2024 (2024" + CH6 + ")"),
            L("671", 671000, E, P, "emigration", "January to December 2025 (2025" + CH6 + ")", ctx="2025: 671"),
        ]),
    "07-mitcham-mint-ons-net-migration-year-ending-june-2026": dict(
        meta=dict(url="https://www.mitchammint.example/news/uk-news/net-migration-falls-to-169000-ons-year-ending-june-2026-8824417",
                  title="Net migration falls to 169,000 as arrivals drop and fewer students leave",
                  publisher="Mitcham Mint", author="Rosalind Achterberg-Oduya", published_date="2026-11-26"),
        labels=[
            L("169,000", 169000, E, P, NM, YJ7 + " headline", ctx="falls to 169,000"),
            L("36%", -36, E, PCT, NMC, CH7 + " (a fall; standfirst)", ctx="show a 36%"),
            L("169,000", 169000, E, P, NM, YJ7, ctx="stood at 169,000"),
            L("36%", -36, E, PCT, NMC, CH7 + " (lower)", ctx="That is 36%"),
            L("264,000", 264000, E, P, NM, YJ7R + " now stands at"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the year ending June 2025; first estimate, published November 2025)"),
            L("60,000", 60000, E, P, "net_migration_revision", "July 2024 to June 2025 (the year ending June 2025; revised up in the release of 26 November 2026)", ctx="up by 60,000"),
            L("812,000", 812000, E, P, "immigration", YJ7),
            L("13%", -13, E, PCT, "immigration_change", CH7 + " (down)"),
            L("930,000", 930000, E, P, "immigration", YJ7R),
            L("643,000", 643000, E, P, "emigration", YJ7),
            L("3%", -3, E, PCT, "emigration_change", CH7 + " (down)"),
            L("666,000", 666000, E, P, "emigration", YJ7R),
            L("about three-quarters", 75, AP, PCT, "immigration_share_non_eu", YJ7),
            L("614,000", 614000, E, P, "immigration_non_eu", YJ7),
            L("minus 58,000", -58000, E, P, "net_migration_eu", YJ7),
            L("100,000", 100000, E, P, "immigration_british", YJ7 + " British nationals arrived"),
            L("96,000", 96000, E, P, "emigration_british", YJ7 + " British nationals left"),
            L("4,000", 4000, E, P, "net_migration_british_nationals", YJ7 + " a small net inflow"),
            L("219,000", 219000, E, P, "immigration_study_non_eu", YJ7),
            L("183,000", 183000, E, P, "immigration_work_non_eu", YJ7),
            L("94,000", 94000, E, P, "immigration_humanitarian_non_eu", YJ7),
            L("52,000", 52000, E, P, "immigration_humanitarian_asylum_non_eu", YJ7 + " asylum seekers"),
            L("58,000", 58000, E, P, "immigration_family_non_eu", YJ7 + " to join family", ctx="and 58,000 to join"),
            L("60,000", 60000, E, P, "immigration_other_non_eu", YJ7 + " other routes or not classified", ctx="The other 60,000"),
            L("44%", -44, E, PCT, "immigration_work_non_eu_change", CH7 + " (below the previous year)"),
            L("36%", 36, E, PCT, "immigration_non_eu_share_study", YJ7, ctx="accounting for 36%"),
            L("more than three-quarters", -75, MT, PCT, NMC, "year ending June 2026 vs the peak, year ending March 2023 (down; the home secretary)"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (the peak, year ending March 2023; the home secretary)", ctx="the 944,000 peak"),
            L("2,940", 2940, E, P, NMI, MID25, geo="Merton"),
            L("a third", -THIRD, E, PCT, NMI + "_change", "mid-2024 to mid-2025 vs the year before (a fall of)", geo="Merton", ctx="of a third from"),
            L("4,410", 4410, E, P, NMI, MID24, geo="Merton"),
            L("7,350", 7350, E, P, NMI, MID24, geo="Croydon"),
            L("5,180", 5180, E, P, NMI, MID25, geo="Croydon"),
            L("more than a third", THIRD, MT, PCT, "population_share_born_abroad", "November 2026 (currently; Merton Council)", geo="Merton"),
            L("19,840", 19840, E, P, SBA, "January to June 2026 (this year's first six months; Home Office figures)"),
            L("8%", 8, E, PCT, SBA + "_change", "January to June 2026 vs the same period of 2025 (more; Home Office figures)"),
            L("169k", 169000, E, P, NM, YJ7 + BOX7),
            L("264k", 264000, E, P, NM, YJ7R + BOX7),
            L("944k", 944000, E, P, NM, "April 2022 to March 2023 (the peak, YE March 2023" + BOX7 + ")"),
            L("2.9k", 2900, E, P, NMI, MID25 + BOX7, geo="Merton"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
