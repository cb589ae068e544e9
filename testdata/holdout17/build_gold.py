#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the seventeenth hand-labelled hold-out set (holdout17).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, PTR, RSC)

RET, BL, IMM, EMI, REL = "returns", "asylum_backlog", "immigration", "emigration", "rwanda_relocations"
OCC, SBAC, NMC, NMR, NMF = "small_boat_occupancy", "small_boat_arrivals_change", "net_migration_change", "net_migration_revision", "net_migration_forecast"
HOTELS_N, BLC, APPEALS, DEATHS = "asylum_hotels_in_use", "asylum_backlog_change", "asylum_backlog_appeals", "small_boat_deaths"
RETC, GRANT, DEC = "returns_change", "asylum_grants_share_initial_decisions", "asylum_initial_decisions"
FRANCE_PAY, LEGAL, RET_SHARE_FR = "uk_funding_to_france", "uk_france_legal_route_arrivals", "returns_share_of_small_boat_arrivals"
POP, PG, PC, NAT = "population", "population_growth", "population_change", "population_natural_change"
NMI, INT = "net_migration_international", "internal_migration_net"
AREAS = "other:council_areas"
FR, WAL, ENG, SCO, EU = "France", "Wales", "England", "Scotland", "EU"

# periods
YD25, YD24, YD23 = "year ending December 2025", "year ending December 2024", "year ending December 2023"
YJ25, YJ23 = "year ending June 2025", "year ending June 2023"
FY26, FY24 = "2025/26 financial year", "2023/24 financial year"
MID25, MID24 = "mid-2024 to mid-2025", "mid-2023 to mid-2024"
YTD02 = "1 January to 1 June 2026 (so far this year)"
SINCE02 = "since 5 July 2024 (Labour took office) to 1 June 2026"
YTD04 = "1 January to 2 March 2026 (so far this year)"
PILOT04 = "since the first returns under the UK-France pilot (September 2025) to end of February 2026"
ED25, ED23 = "end of December 2025", "end of December 2023"
Q4 = "October to December 2025"
Q1 = "January to March 2026"
CLAIM06 = "claimed by Labour MP Dominic Ashgrove-Field, post on X, 7 June 2026"

ARTICLES = {
    "01-clarion-net-migration-falls-198000-ye-dec-2025": dict(
        meta=dict(url="https://www.theclarion.example/uk-news/2026/may/21/net-migration-falls-198000-ons-figures",
                  title="Net migration falls to 198,000 as fewer people come to the UK to work",
                  publisher="The Clarion", author="Hannah Oduya-Marsh", published_date="2026-05-21"),
        labels=[
            # headline and standfirst
            L("198,000", 198000, E, P, NM, YD25 + " (provisional; headline)", occ=0),
            L("14%", -14, E, PCT, "immigration_change", YD25 + " vs " + YD24 + " (standfirst)", occ=0),
            # body
            L("198,000", 198000, E, P, NM, YD25 + " (provisional)", occ=1),
            L("14%", -14, E, PCT, "immigration_change", YD25 + " vs " + YD24, occ=1),
            L("812,000", 812000, E, P, IMM, YD25 + " (provisional)"),
            L("948,000", 948000, E, P, IMM, YD24),
            L("1.2m", 1.2e6, E, P, IMM, YD23),
            L("2%", 2, E, PCT, "emigration_change", YD25 + " vs " + YD24),
            L("614,000", 614000, E, P, EMI, YD25),
            L("43%", -43, E, PCT, NMC, YD25 + " vs " + YD24 + " (updated)"),
            L("345,000", 345000, E, P, NM, YD24 + " (updated)"),
            L("906,000", 906000, E, P, NM, YJ23 + " (record)", occ=0),
            L("less than a quarter", 0.25, LT, RATIO, "net_migration_ratio", YD25 + " vs " + YJ23 + " (record)"),
            L("242,000", 242000, E, P, NM, YJ25 + " (revised)"),
            L("38,000", 38000, E, P, NMR, YJ25 + ", revised up (vs first published, November 2025)", ctx="38,000 higher"),
            L("906,000", 906000, E, P, NM, YJ23 + " (peak)", occ=1),
            L("166,000", 166000, E, P, NMR, YJ23 + ", revised up (peak)"),
            L("four in five", 80, E, PCT, "immigration_share_non_eu", YD25),
            L("656,000", 656000, E, P, "immigration_non_eu", YD25),
            L("268,000", 268000, E, P, "immigration_study_non_eu", YD25),
            L("roughly halved", -50, AP, PCT, "immigration_work_non_eu_change", YD25 + " vs " + YD24),
            L("176,000", 176000, E, P, "immigration_work_non_eu", YD25),
            L("79%", -79, E, PCT, "immigration_work_dependants_change", YD25 + " vs " + YD24 + " (dependants of non-EU workers)"),
            L("38,000", 38000, E, P, "immigration_work_dependants", YD25 + " (dependants of non-EU workers)", ctx="79% to 38,000"),
            L("84,000", 84000, E, P, "immigration_family_non_eu", YD25),
            L("98,000", 98000, E, P, "immigration_humanitarian_non_eu", YD25),
            L("376,000", 376000, E, P, "net_migration_non_eu", YD25),
            L("71,000", -71000, E, P, "net_migration_eu", YD25 + " (more EU citizens left than arrived)"),
            L("Some 200,000", 200000, AP, P, "emigration_british", YD25),
            L("93,000", 93000, E, P, "immigration_british", YD25),
            L("107,000", -107000, E, P, "net_migration_british_nationals", YD25 + " (net outflow)"),
            # think tank
            L("Roughly three-quarters", 75, AP, PCT, "net_migration_share_of_fall_from_immigration", YD25 + " vs " + YJ23 + " peak (Halberd Institute)"),
            L("about a quarter", 25, AP, PCT, "net_migration_share_of_fall_from_emigration", YD25 + " vs " + YJ23 + " peak (Halberd Institute)"),
            V("Tens of thousands", 20000, 90000, P, "emigration_former_study_and_work_visa_non_eu", "now, May 2026 (students and care workers leaving; Halberd Institute)"),
            R("between 140,000 and 230,000", 140000, 230000, P, NMF, "per year before 2030 (Halberd Institute central expectation)"),
            # Home Office
            L("more than three-quarters", -75, MT, PCT, NMC, YD25 + " vs " + YJ23 + " peak (Home Office)"),
        ]),
    "02-daily-sentry-migrant-hotel-bill-208bn-9480-crossings": dict(
        meta=dict(url="https://www.dailysentry.example/news/article-14872031/migrant-hotel-bill-2-08billion-9480-cross-channel.html",
                  title="Migrant hotel bill hits £2.08BILLION as 9,480 cross the Channel so far this year - and Tories say Labour has 'waved the white flag' at the border",
                  publisher="Daily Sentry", author="Craig Holloway", published_date="2026-06-02"),
        labels=[
            # headline and bullets
            L("£2.08BILLION", 2.08e9, E, GBP, AC, FY26 + " (hotels; headline)"),
            L("9,480", 9480, E, P, SBA, YTD02 + " (headline)", occ=0),
            L("around £5.7million", 5.7e6, AP, GBP, AC, "per day, hotels, " + FY26 + " (bullet)", ctx="around £5.7million a day"),
            L("Some 26,870", 26870, AP, P, HOT, "end of March 2026 (bullet)"),
            L("171", 171, E, HOTELS, HOTELS_N, "end of March 2026 (bullet)", occ=0),
            # body
            L("£2.08billion", 2.08e9, E, GBP, AC, FY26 + " (hotels, the 12 months to March 2026)"),
            L("around £5.7million", 5.7e6, AP, GBP, AC, "per day, hotels, " + FY26, ctx="around £5.7million every day"),
            L("almost half", 50, ALM, PCT, "asylum_cost_share_hotels", FY26),
            L("£4.46billion", 4.46e9, E, GBP, AC, FY26 + " (asylum support)"),
            L("9,480", 9480, E, P, SBA, YTD02, occ=1),
            L("36%", -36, E, PCT, SBAC, YTD02 + " vs same point of 2025"),
            L("14,812", 14812, E, P, SBA, "1 January to 1 June 2025 (same point last year)"),
            L("412", 412, E, P, SBA, "1 June 2026 (Monday)"),
            L("eight", 8, E, BOATS, SBC, "1 June 2026 (Monday)"),
            # caption
            L("Some 9,480", 9480, AP, P, SBA, YTD02 + " (caption)", ctx="Some 9,480 have"),
            L("56", 56, E, PPB, OCC, YTD02 + " (average)"),
            L("53", 53, E, PPB, OCC, "2025 (average)"),
            L("41,280", 41280, E, P, SBA, "2025"),
            L("12 per cent", 12, E, PCT, SBAC, "2025 vs 2024"),
            L("one in five", 20, E, PCT, "small_boat_arrivals_share_eritrean", YTD02),
            L("26,870", 26870, E, P, HOT, "end of March 2026", ctx="dropped to 26,870"),
            L("more than 56,000", 56000, MT, P, HOT, "peak (2023)"),
            L("171", 171, E, HOTELS, HOTELS_N, "end of March 2026", occ=1),
            L("£5.38billion", 5.38e9, E, GBP, AC, FY24 + " (asylum support, record)"),
            L("nearly four times", 4, ALM, RATIO, "asylum_cost_ratio", FY24 + " vs 2018/19 financial year (asylum support)"),
            # shadow minister
            L("more than 74,000", 74000, MT, P, SBA, SINCE02 + " (shadow immigration minister)"),
            V("Tens of thousands", 20000, 90000, P, HOT, "now, June 2026 (shadow immigration minister)"),
            L("£5.7million", 5.7e6, E, GBP, AC, "per day, hotels, now (shadow immigration minister)", occ=2),
            # Home Office
            L("more than 400", 400, MT, HOTELS, HOTELS_N, "peak (July 2024, inherited; Home Office spokesman)"),
            L("more than half", -50, MT, PCT, "asylum_hotels_in_use_change", "now vs peak (Home Office spokesman)"),
            V("a few hundred", 200, 900, P, RET, "since the first returns under the UK-France pilot (September 2025) to early June 2026 (returned to France)", geo=FR),
        ]),
    "03-glamorgan-courier-pa-wales-population-grows-9600-mid-2025": dict(
        meta=dict(url="https://www.glamorgancourier.example/news/wales/wales-population-grows-9600-migration-ons-5537120",
                  title="Wales' population grows by 9,600 as migration makes up for more deaths than births",
                  publisher="The Glamorgan Courier (PA)", author="Lowri Pennant", published_date="2026-07-15"),
        labels=[
            L("9,600", 9600, E, P, PG, MID25 + " (headline)", geo=WAL, occ=0),
            L("9,600", 9600, E, P, PG, MID25, geo=WAL, occ=1),
            L("3,200,200", 3200200, E, P, POP, "mid-2025 (30 June 2025)", geo=WAL),
            L("0.3%", 0.3, E, PCT, PC, MID25, geo=WAL),
            L("35,900", 35900, E, P, "deaths", MID25, geo=WAL),
            L("31,800", 31800, E, P, "births", MID25, geo=WAL),
            L("4,100", -4100, E, P, NAT, MID25 + " (natural decrease)", geo=WAL),
            L("8,300", 8300, E, P, NMI, MID25, geo=WAL),
            L("5,400", 5400, E, P, INT, MID25 + " (net gain from the rest of the UK)", geo=WAL),
            L("62,214,600", 62214600, E, P, POP, "mid-2025", geo=EW),
            L("245,100", 245100, E, P, PG, MID25, geo=EW),
            L("0.4%", 0.4, E, PCT, PC, MID25, geo=EW),
            L("about a third", THIRD / 100, AP, RATIO, "population_growth_ratio", MID25 + " vs " + MID24, geo=EW),
            L("706,900", 706900, E, P, PG, MID24, geo=EW),
            L("more than nine in 10", 90, MT, PCT, "net_migration_share_of_population_growth", MID25, geo=EW),
            L("226,400", 226400, E, P, NMI, MID25, geo=EW),
            L("21,400", 21400, E, P, NAT, MID25, geo=EW),
            L("just over 59 million", 59e6, MT, P, POP, "mid-2025", geo=ENG),
            L("nine", 9, E, AREAS, "council_areas_population_decline", MID25 + " (council areas whose population fell)", geo=WAL, ctx="fell in nine council"),
            L("3,100", 3100, E, P, PG, MID25, geo="Cardiff"),
            L("22.1%", 22.1, E, PCT, "population_share_aged_65_and_over", "mid-2025", geo=WAL),
            L("18.9%", 18.9, E, PCT, "population_share_aged_65_and_over", "mid-2025", geo=ENG),
            L("5,552,300", 5552300, E, P, POP, "mid-2025 (National Records of Scotland)", geo=SCO),
            L("0.5%", 0.5, E, PCT, PC, MID25 + " (National Records of Scotland)", geo=SCO),
            L("198,000", 198000, E, P, NM, YD25 + " (ONS, May 2026)"),
            L("906,000", 906000, E, P, NM, YJ23 + " (peak)"),
            L("Almost one in five", 20, ALM, PCT, "nhs_wales_doctors_share_qualified_abroad", "now, July 2026 (Welsh Government spokesperson)", geo=WAL),
        ]),
    "04-tidewire-uk-france-returns-468-channel-deaths": dict(
        meta=dict(url="https://www.tidewire.example/world/uk/uk-has-sent-468-migrants-back-france-under-returns-pilot-data-shows-2026-03-03/",
                  title="UK has sent 468 migrants back to France under returns pilot, data shows",
                  publisher="Tidewire", author="Oliver Strand-Mabey", published_date="2026-03-03"),
        labels=[
            L("468", 468, E, P, RET, PILOT04 + " (returned to France; headline)", geo=FR, occ=0),
            L("468", 468, E, P, RET, PILOT04 + " (returned to France)", geo=FR, occ=1),
            L("less than 3%", 3, LT, PCT, RET_SHARE_FR, PILOT04 + " (returns to France vs small-boat arrivals since 6 August 2025)", geo=FR),
            L("17,940", 17940, E, P, SBA, "6 August 2025 (pilot took effect) to end of February 2026"),
            L("421", 421, E, P, LEGAL, PILOT04 + " (legal route from France)"),
            L("12%", 12, E, PCT, SBAC, "2025 vs 2024"),
            L("41,280", 41280, E, P, SBA, "2025"),
            L("53", 53, E, PPB, OCC, "2025 (average)"),
            L("86%", 86, E, PCT, "small_boat_share_of_irregular_arrivals", "2025"),
            L("47,990", 47990, E, P, "irregular_arrivals", "2025"),
            L("Some 2,310", 2310, AP, P, SBA, YTD04),
            L("26%", -26, E, PCT, SBAC, YTD04 + " vs same period of 2025"),
            L("More than 800", 800, MT, P, SBA, "28 February 2026 (Saturday)"),
            L("about 19,300", 19300, AP, P, "small_boat_launch_attempts_stopped_people", "2025 (French authorities)", geo=FR),
            L("476 million pounds", 476e6, E, GBP, FRANCE_PAY, "over three years (agreed 2023; police, drones and surveillance)"),
            L("24%", -24, E, PCT, "irregular_arrivals_change", "2025 vs 2024 (Frontex)", geo=EU),
            L("about 178,000", 178000, AP, P, "irregular_arrivals", "2025 (irregular border crossings; Frontex)", geo=EU),
            L("At least 73", 73, AL, P, DEATHS, "2025 (Strandwatch)"),
            L("78", 78, E, P, DEATHS, "2024 (Strandwatch; deadliest year)"),
            L("Six", 6, E, P, DEATHS, "1 January to 3 March 2026 (so far this year)"),
            L("two", 2, E, P, DEATHS, "21 February 2026 (children, beach near Boulogne-sur-Mer)", ctx="including two children"),
            V("dozens", 24, 108, P, RET, "per week, now (returns to France; Harbourlight)", geo=FR),
            V("hundreds", 200, 900, P, SBA, "per day, calm days (Harbourlight)"),
            L("up to 50", 50, AM, P, RET, "per week by summer 2026 (Home Office expectation; returns to France)", geo=FR),
            L("36,120", 36120, E, P, RET, "2025"),
            L("13%", 13, E, PCT, RETC, "2025 vs 2024"),
        ]),
    "05-ledger-asylum-backlog-shrinks-queue-moves-to-courts": dict(
        meta=dict(url="https://www.theledger.example/article/asylum-backlog-shrinks-queue-moves-to-courts-analysis-q7k2mz4rt",
                  title="The asylum backlog has shrunk by a third. The queue has just shifted to the tribunals",
                  publisher="The Ledger", author="Rosalind Achterberg", published_date="2026-03-07"),
        labels=[
            L("a third", -THIRD, E, PCT, BLC, ED25 + " vs end of December 2024 (awaiting initial decision; headline)", ctx="shrunk by a third"),
            L("131,600", 131600, E, P, DEC, YD25),
            L("19%", 19, E, PCT, "asylum_initial_decisions_change", YD25 + " vs " + YD23),
            L("62,410", 62410, E, P, BL, ED25 + " (awaiting initial decision)"),
            L("a third", -THIRD, E, PCT, BLC, ED25 + " vs end of December 2024 (awaiting initial decision)", ctx="a fall of a third"),
            L("just over a third", THIRD / 100, MT, RATIO, "asylum_backlog_ratio", ED25 + " vs peak (June 2023)"),
            L("175,457", 175457, E, P, BL, "June 2023 (peak)"),
            L("44%", 44, E, PCT, GRANT, YD25),
            L("47%", 47, E, PCT, GRANT, YD24),
            L("67%", 67, E, PCT, GRANT, YD23),
            L("Some 38,700", 38700, AP, P, "asylum_appeals_lodged", YD25),
            L("51,200", 51200, E, P, APPEALS, ED25 + " (appeals waiting to be heard)"),
            L("more than doubled", 2, MT, RATIO, "asylum_backlog_appeals_ratio", ED25 + " vs " + ED23),
            L("24,900", 24900, E, P, APPEALS, ED23),
            L("some 113,600", 113600, AP, P, BL, ED25 + " (initial decisions and appeals combined)"),
            # table
            L("1,240", 1240, E, P, DEC, Q4 + " (Eritrean nationals)"),
            L("96%", 96, E, PCT, GRANT, Q4 + " (Eritrean nationals)"),
            L("1,180", 1180, E, P, DEC, Q4 + " (Sudanese nationals)"),
            L("98%", 98, E, PCT, GRANT, Q4 + " (Sudanese nationals)"),
            L("1,730", 1730, E, P, DEC, Q4 + " (Iranian nationals)"),
            L("51%", 51, E, PCT, GRANT, Q4 + " (Iranian nationals)"),
            L("2,960", 2960, E, P, DEC, Q4 + " (Afghan nationals)"),
            L("34%", 34, E, PCT, GRANT, Q4 + " (Afghan nationals)"),
            L("c. 600", 600, AP, P, DEC, Q4 + " (Vietnamese nationals)"),
            L("11%", 11, E, PCT, GRANT, Q4 + " (Vietnamese nationals)"),
            L("2,410", 2410, E, P, DEC, Q4 + " (Pakistani nationals)"),
            L("3%", 3, E, PCT, GRANT, Q4 + " (Pakistani nationals)"),
            # appeals
            L("One in five", 20, E, PCT, "asylum_appeals_share_pakistani", YD25 + " (appellants; tribunal data)"),
            L("46%", 46, E, PCT, "asylum_appeals_share_allowed", YD25 + " (asylum appeals decided)"),
            L("nearly half", 50, ALM, PCT, "asylum_appeals_share_allowed", YD25 + " (asylum appeals decided)", occ=0),
            L("roughly £2,300", 2300, AP, GBP, "asylum_appeal_cost", "per appeal heard"),
            L("nearly half", 50, ALM, PCT, "asylum_appeals_share_allowed", "now (refusals that reach a judge; University of Kelworth professor)", occ=1),
            V("tens of thousands", 20000, 90000, P, APPEALS, "now, March 2026 (appellants who will be allowed to stay; University of Kelworth professor)"),
            L("90", 90, E, P, "tribunal_judges_recruited", "now, March 2026 (extra tribunal judges; Ministry of Justice)"),
            L("about 8,000", 8000, AP, P, "asylum_appeals_determined", "per month by autumn 2026 (Ministry of Justice expectation)"),
            L("roughly 5,000", 5000, AP, P, "asylum_appeals_determined", "per month, now (Ministry of Justice)"),
            L("21,300", 21300, E, P, "asylum_withdrawals", YD25 + " (Home Office source)"),
        ]),
    "06-factledger-rwanda-half-a-billion-returns-12-9k": dict(
        meta=dict(url="https://factledger.example/checks/rwanda-half-a-billion-and-12-9k-returns-since-january/",
                  title="Did the Conservatives pay Rwanda half a billion pounds, and have 12.9k people been returned since January?",
                  publisher="FactLedger", author="Amara Quist-Holt", published_date="2026-06-10"),
        labels=[
            # headline
            L("half a billion pounds", 500e6, E, GBP, PTR, "total paid to Rwanda (" + CLAIM06 + "; headline)", occ=0),
            L("12.9k", 12900, E, P, RET, "1 January to 7 June 2026 (since January; " + CLAIM06 + "; headline)", occ=0),
            # the claim
            L("half a billion pounds", 500e6, E, GBP, PTR, "total paid to Rwanda (" + CLAIM06 + ")", occ=1),
            L("four", 4, E, P, REL, "total (" + CLAIM06 + ")", ctx="take four people"),
            L("12.9k", 12900, E, P, RET, "1 January to 7 June 2026 (since January; " + CLAIM06 + ")", occ=1),
            # verdict
            L("Four", 4, E, P, REL, "total, all voluntary (to July 2024; verdict)", ctx="Four people did go"),
            L("£290m", 290e6, E, GBP, PTR, "total paid to the Rwandan government (verdict)", occ=0),
            L("half a billion", 500e6, E, GBP, PTR, "total paid to Rwanda (" + CLAIM06 + "; restated in the verdict)", ctx="not half a billion"),
            L("about £715m", 715e6, AP, GBP, RSC, "total (verdict)", occ=0),
            L("nearly three-quarters", 75, ALM, PCT, "returns_share_voluntary", Q1 + " (verdict)"),
            # what the figures show
            L("£370m", 370e6, E, GBP, PTR, "committed over five years from April 2022 (economic development)"),
            L("£120m", 120e6, E, GBP, PTR, "further payment due once 300 people had been relocated"),
            L("about £20,000", 20000, AP, GBP, PTR, "per person relocated (committed)"),
            L("£290m", 290e6, E, GBP, PTR, "total paid to Rwanda before July 2024", occ=1),
            L("a little under 60%", 0.6, LT, RATIO, "payment_to_rwanda_ratio", "total paid (£290m) vs the claimed half a billion"),
            L("half a billion", 500e6, E, GBP, PTR, "total paid to Rwanda (" + CLAIM06 + "; restated)", ctx="the \"half a billion\" in the post"),
            L("about £715m", 715e6, AP, GBP, RSC, "total (scheme cancelled July 2024)", occ=1),
            L("half a billion pounds", 500e6, E, GBP, PTR, "total paid to Rwanda (" + CLAIM06 + "; restated)", occ=2),
            L("Four", 4, E, P, REL, "total, all voluntary (to July 2024)", ctx="Four people were relocated"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "per person (separate voluntary scheme)"),
            L("12,930", 12930, E, P, RET, Q1, occ=0),
            L("31%", 31, E, PCT, RETC, Q1 + " vs January to March 2025"),
            L("12.9k", 12900, E, P, RET, "1 January to 7 June 2026 (since January; " + CLAIM06 + "; restated)", occ=2),
            L("39,180", 39180, E, P, RET, "year ending March 2026"),
            L("12,930", 12930, E, P, RET, Q1, occ=1),
            L("9,520", 9520, E, P, RET, Q1 + " (voluntary returns)"),
            L("3,410", 3410, E, P, RET, Q1 + " (enforced returns)"),
            L("Nearly three-quarters", 75, ALM, PCT, "returns_share_voluntary", Q1),
            L("About one in five", 20, AP, PCT, "returns_share_foreign_national_offenders", Q1),
            L("£500m", 500e6, E, GBP, PTR, "total paid to Rwanda (" + CLAIM06 + "; restated by his office)"),
            L("£290m", 290e6, E, GBP, PTR, "total published payments to Rwanda", occ=2),
        ]),
}


if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
