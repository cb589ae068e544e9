#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-eighty-eighth hand-labelled hold-out set (holdout188).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, PPB, RATIO, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, NM, EW)

UK, ENG, WAL, SCO, NI = "UK", "England", "Wales", "Scotland", "Northern Ireland"
TWO3 = 200 / 3
CPW, HOMES, PLACES, POSTS = "other:children_per_woman", "other:homes", "other:school_places", "other:posts"
PPG, VAC, AREAS = "other:patients_per_gp", "other:vacancies", "other:council_areas"

# 01 (Thursday 22 May 2025; ONS provisional estimates for the year ending December 2024, published that day)
ONS1 = "ONS provisional estimates published Thursday 22 May 2025"
Y24 = "January to December 2024 (last year, the year ending December 2024; " + ONS1 + ")"
Y23 = "January to December 2023 (the year before, revised; " + ONS1 + ")"
YJ24_1 = "July 2023 to June 2024 (the year to June 2024; "
BOX1 = "January to December 2024 (Migration in numbers, YE December 2024 box; ONS provisional estimates)"
HS = "the home secretary"

# 02 (Friday 28 November 2025; ONS estimates for the year to June 2025, released yesterday, Thursday 27 November 2025)
ONS2 = "ONS estimates released Thursday 27 November 2025"
YJ25 = "July 2024 to June 2025 (the year to June 2025; " + ONS2 + ")"
YJ24 = "July 2023 to June 2024 (the year to June 2024, a year before; " + ONS2 + ")"
BNN = "net_migration_british_nationals"

# 03 (Thursday 26 February 2026; Home Office quarterly immigration statistics for 2025, published that day)
HO3 = "Home Office quarterly immigration statistics published Thursday 26 February 2026"
V25 = "January to December 2025 (last year, 2025; " + HO3 + ")"
V24 = "January to December 2024 (2024, the year before; " + HO3 + ")"
VB = "2025 vs 2024 ("
BOX3 = "January to December 2025 (VISAS GRANTED IN 2025 box, main applicants; Home Office)"
SW, HCW = "visas_granted_skilled_worker", "visas_granted_health_care_worker"
PTN = "Philippa Tresidder-Nwankwo, Carewell Partnership"

# 04 (Wednesday 29 July 2026; ONS mid-year estimates for mid-2025 published that day; PA copy)
ONS4 = "ONS mid-year estimates published Wednesday 29 July 2026"
M25 = "mid-2024 to mid-2025 (the 12 months to June 2025; " + ONS4 + ")"
M24 = "mid-2023 to mid-2024 (the previous 12 months, the year before; " + ONS4 + ")"
J25 = "30 June 2025 (mid-2025, 30 June last year; " + ONS4 + ")"
DAR = "Dartford"
KDE = "Cllr Jeremy Kingsdown-Effiong, leader of Dartford Borough Council"

# 05 (Thursday 24 September 2026; NRS mid-2025 estimates published that day; NISRA estimates)
NRS = "NRS mid-year estimates published Thursday 24 September 2026"
M25S = "mid-2024 to mid-2025 (the 12 months to 30 June 2025; " + NRS + ")"
J25S = "30 June 2025 (" + NRS + ")"
BOX5 = " (KEY FIGURES box; National Records of Scotland)"
M25N = "mid-2024 to mid-2025 (the 12 months to 30 June 2025; NISRA)"

# 06 (Tuesday 19 August 2025; essay on the OBR's projections)
OBR = "OBR central projection published July 2025"
LBO = "Lucian Brackenbury-Oduya, essay"

# 07 (Friday 13 November 2026; fact check of a claim made on Sunday 8 November 2026)
CLAIM = "January to December 2025 (last year; the claim of Lionel Strickland-Ayodele MP, Sunday 8 November 2026"
ONS7 = "ONS provisional estimates published May 2026"
Y25 = "January to December 2025 (last year, the year ending December 2025; " + ONS7 + ")"
REF = "July 2015 to June 2016 (the year to June 2016, the year of the referendum; ONS estimate at the time"

ARTICLES = {
    "01-linden-news-net-migration-halves-peak-revised": dict(
        meta=dict(url="https://www.lindennews.example/news/uk-politics-69214830",
                  title="Net migration halves to 431,000 but earlier peak revised higher",
                  publisher="Linden News", author="Cerys Abernethy-Okonjo", published_date="2025-05-22"),
        labels=[
            L("431,000", 431000, E, P, NM, Y24.replace(")", "; headline)"), ctx="halves to 431,000"),
            L("halves", -50, E, PCT, NM + "_change", "2024 vs 2023 (headline; ONS)"),
            L("431,000", 431000, E, P, NM, Y24, ctx="fell to 431,000"),
            L("roughly half", 50, AP, PCT, "net_migration_share_of_previous_year", "2024 vs 2023 (its level of a year before; ONS)"),
            L("728,000", 728000, E, P, NM, YJ24_1 + "as first published; ONS)"),
            L("138,000", 138000, E, P, "net_migration_revision", YJ24_1 + "revised up by; " + ONS1 + ")"),
            L("866,000", 866000, E, P, NM, YJ24_1 + "revised; " + ONS1 + ")"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the all-time high, a record, the year ending mid-2023; " + ONS1 + ")"),
            L("948,000", 948000, E, P, "immigration", Y24, ctx="estimated 948,000 people"),
            L("1.32m", 1320000, E, P, "immigration", Y23),
            L("Some 517,000", 517000, AP, P, "emigration", Y24),
            L("12%", 12, E, PCT, "emigration_change", "2024 vs 2023 (more than the year before; ONS)"),
            L("860,000", 860000, E, P, NM, Y23),
            L("429,000", -429000, E, P, NM + "_change", "2024 vs 2023 (fallen by, in a year; ONS)"),
            L("948,000", 948000, E, P, "immigration", BOX1, ctx="Immigration: 948,000"),
            L("517,000", 517000, E, P, "emigration", BOX1, ctx="Emigration: 517,000"),
            L("431,000", 431000, E, P, NM, BOX1, ctx="Net migration: 431,000"),
            L("81%", 81, E, PCT, "immigration_share_non_eu", Y24 + " of those arriving"),
            L("766,000", 766000, E, P, "immigration_non_eu", Y24),
            L("48%", -48, E, PCT, "immigration_work_non_eu_change", "2024 vs 2023 (arrivals for work fell; ONS)"),
            L("219,000", 219000, E, P, "immigration_work_non_eu", Y24 + " arrivals for work"),
            L("about three-quarters", -75, AP, PCT, "immigration_study_dependants_change", "2024 vs 2023 (dependants coming with students fell by; ONS)"),
            L("minus 59,000", -59000, E, P, "net_migration_eu", Y24 + " EU citizens"),
            L("77,000", -77000, E, P, BNN, Y24 + " departures exceeded returns, the country Britons down"),
            L("About 60%", 60, AP, PCT, "net_migration_revision_share_non_eu", "the upward revision (to the year to June 2024; Dr Imran Fairweather-Dlamini, Ferrers Institute)"),
            L("almost halved", -50, ALM, PCT, NM + "_change", "2024 vs 2023 (in a single year; " + HS + ")"),
            L("more than 24,000", 24000, MT, P, "returns", "5 July 2024 to May 2025 (since 5 July, removed; " + HS + ")"),
            L("some 100,000", -100000, AP, P, "net_migration_projected_change", "per year, once fully in force around 2029 (cut from the immigration white paper measures; Home Office modelling)"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "per year (the level Conservative governments once promised; the shadow home secretary)"),
            L("well over 400,000", 400000, MT, P, NM, "per year, 2024 (still; Reform UK)"),
        ]),
    "02-the-sycamore-britons-eu-citizens-emigration": dict(
        meta=dict(url="https://www.thesycamore.example/politics/2025/11/28/young-britons-head-for-exit-net-migration-falls/",
                  title="Young Britons head for the exit as net migration falls to 204,000",
                  publisher="The Sycamore", author="Rufus Ashcombe-Nakagawa", published_date="2025-11-28"),
        labels=[
            L("204,000", 204000, E, P, NM, YJ25.replace(")", "; headline)"), ctx="falls to 204,000"),
            L("More than a quarter of a million", 250000, MT, P, "emigration_british", YJ25.replace(")", "; in a year, standfirst)")),
            L("37 per cent", 37, E, PCT, "emigration_share_british", YJ25.replace(")", "; of all emigrants, image caption)"), ctx="made up 37 per cent"),
            L("Some 257,000", 257000, AP, P, "emigration_british", YJ25),
            L("16 per cent", 16, E, PCT, "emigration_british_change", "year to June 2025 vs a year before (more than; ONS)"),
            L("222,000", 222000, E, P, "emigration_british", YJ24),
            L("148,000", 148000, E, P, "immigration_british", YJ25 + " came home"),
            L("109,000", -109000, E, P, BNN, YJ25 + " a net outflow of British citizens"),
            L("Almost half", 50, ALM, PCT, "emigration_british_share_aged_16_34", YJ25),
            L("124,000", 124000, E, P, "emigration_british_aged_16_34", YJ25),
            L("37 per cent", 37, E, PCT, "emigration_share_british", YJ25, ctx="accounted for 37 per cent"),
            L("Some 142,000", 142000, AP, P, "emigration_eu", YJ25),
            L("72,000", 72000, E, P, "immigration_eu", YJ25),
            L("70,000", -70000, E, P, "net_migration_eu", YJ25 + " a net outflow of EU citizens"),
            L("898,000", 898000, E, P, "immigration", YJ25),
            L("694,000", 694000, E, P, "emigration", YJ25),
            L("204,000", 204000, E, P, NM, YJ25, ctx="net migration at 204,000"),
            L("more than two-thirds", -TWO3, MT, PCT, NM + "_change", "year to June 2025 vs year to June 2024 (down by; ONS)", ctx="down by more than two-thirds on"),
            L("217,000", -217000, E, P, "net_migration_revision", YJ24.replace("a year before", "revised down by") ),
            L("649,000", 649000, E, P, NM, YJ24.replace("a year before", "revised")),
            L("29 per cent", -29, E, PCT, "immigration_change", "year to June 2025 vs year to June 2024 (fell by; ONS)"),
            L("1.27m", 1270000, E, P, "immigration", YJ24),
            L("71,000", 71000, E, P, "emigration_change", "year to June 2025 vs year to June 2024 (higher than a year earlier; ONS)"),
            L("Some 678,000", 678000, AP, P, "immigration_non_eu", YJ25),
            L("295,000", 295000, E, P, "emigration_non_eu", YJ25),
            L("383,000", 383000, E, P, "net_migration_non_eu", YJ25 + " a net gain"),
            L("About 161,000", 161000, AP, P, "emigration_former_study_visa_non_eu", YJ25 + " had first come on study visas"),
            L("more than half", 50, MT, PCT, "emigration_non_eu_share_former_study", YJ25 + " of all non-EU emigrants"),
            L("around £150,000", 150000, AP, GBP, "lost_fiscal_contribution_graduate_emigrants", "per graduate who leaves for good (future tax receipts; Hermione Kestle-Abara, Wrekin Foundation)"),
            L("one in five", 20, E, PCT, "public_share_considering_emigration_under_35", "November 2025 (18 to 34-year-olds likely to move abroad within five years; Meridale Research survey published this week)"),
            L("more than two-thirds", -TWO3, MT, PCT, NM + "_change", "year to June 2025 vs year to June 2024 (down by; a Home Office spokesman)", ctx="is down by more than two-thirds"),
        ]),
    "03-alder-news-visas-by-route-skilled-care-study-family": dict(
        meta=dict(url="https://news.alder.example/skilled-worker-visas-down-41-as-overseas-care-recruitment-all-but-ends-13502217",
                  title="Skilled worker visas down 41% as overseas care recruitment all but ends",
                  publisher="Alder News", author="Jonah Tregarthen-Adebayo", published_date="2026-02-26"),
        labels=[
            L("41%", -41, E, PCT, SW + "_change", VB + "headline; Home Office)", ctx="visas down 41%"),
            L("41%", -41, E, PCT, SW + "_change", VB + "last year, fell by; " + HO3 + ")", ctx="fell by 41%"),
            L("Some 51,200", 51200, AP, P, SW, V25 + " main applicants"),
            L("86,800", 86800, E, P, SW, V24),
            L("9,480", 9480, E, P, HCW, V25 + " lead applicants, just"),
            L("71%", -71, E, PCT, HCW + "_change", VB + "fewer than the year before; Home Office)", ctx="71% fewer"),
            L("32,700", 32700, E, P, HCW, V24),
            L("62%", 62, E, PCT, HCW + "_share_nigeria_india_zimbabwe", V25 + " of these, Nigerians, Indians and Zimbabweans"),
            L("more than five times", 5, MT, RATIO, "visas_granted_skilled_worker_to_health_care_worker_ratio", "January to December 2025 (skilled worker visas against health and care visas; Home Office)"),
            L("more than half", -50, MT, PCT, "visas_granted_work_dependants_change", VB + "family members of workers, fell by; Home Office)"),
            L("58,300", 58300, E, P, "visas_granted_work_dependants", V25),
            L("126,900", 126900, E, P, "visas_granted_work_dependants", V24),
            L("4%", 4, E, PCT, "visas_granted_study_change", VB + "climbed; Home Office)", ctx="climbed 4%"),
            L("414,600", 414600, E, P, "visas_granted_study", V25 + " main applicants, sponsored study"),
            L("28%", -28, E, PCT, "visas_granted_study_dependants_change", VB + "fell; Home Office)"),
            L("17,900", 17900, E, P, "visas_granted_study_dependants", V25),
            L("143,500", 143500, E, P, "visas_granted_study_dependants", "January to December 2023 (2023, before most postgraduates lost the right to bring family members; Home Office)"),
            L("a fifth", -20, E, PCT, "visa_applications_study_nigeria_change", VB + "applications from Nigerian students fell by; Home Office)"),
            L("9%", 9, E, PCT, "visas_granted_family_change", VB + "rose; Home Office)", ctx="rose 9%"),
            L("62,400", 62400, E, P, "visas_granted_family", V25 + " partners, children and other relatives"),
            L("2,140", 2140, E, P, "visas_granted_family_partner_article_8", V25 + " granted on Article 8 grounds"),
            L("51.2k", 51200, E, P, SW, BOX3),
            L("-41%", -41, E, PCT, SW + "_change", "2025 vs 2024 (VISAS GRANTED IN 2025 box; Home Office)"),
            L("9.5k", 9500, E, P, HCW, BOX3),
            L("-71%", -71, E, PCT, HCW + "_change", "2025 vs 2024 (VISAS GRANTED IN 2025 box; Home Office)"),
            L("414.6k", 414600, E, P, "visas_granted_study", BOX3),
            L("+4%", 4, E, PCT, "visas_granted_study_change", "2025 vs 2024 (VISAS GRANTED IN 2025 box; Home Office)"),
            L("62.4k", 62400, E, P, "visas_granted_family", BOX3),
            L("+9%", 9, E, PCT, "visas_granted_family_change", "2025 vs 2024 (VISAS GRANTED IN 2025 box; Home Office)"),
            L("105,000", 105000, E, P, "adult_social_care_international_recruits", "April 2023 to March 2024 (2023-24, recruited from overseas by homes and agencies; " + PTN + ")", geo=ENG),
            L("about 124,000", 124000, AP, VAC, "adult_social_care_vacancies", "February 2026 (vacancies to fill; " + PTN + ")", geo=ENG),
            L("12%", -12, E, PCT, "visa_applications_skilled_worker_change", "1 January to late February 2026 vs the same period of 2025 (so far this year, running below; Home Office monthly data)"),
        ]),
    "04-dartford-dogwood-pa-mid-year-population-estimates": dict(
        meta=dict(url="https://www.dartforddogwood.example/news/uk-news/population-growth-across-england-and-wales-slows-sharply-4718362",
                  title="Population growth across England and Wales slows sharply as migration falls",
                  publisher="Dartford Dogwood", author="Imogen Thackwray-Boateng", published_date="2026-07-29"),
        labels=[
            L("2.3%", 2.3, E, PCT, "population_change", M25.replace(")", "; in a year, image caption)"), ctx="grew by 2.3% in a year", geo=DAR),
            L("283,000", 283000, E, P, "population_growth", M25, ctx="added 283,000", geo=EW),
            L("under half", 0.5, LT, RATIO, "population_growth_ratio", "year to mid-2025 vs year to mid-2024 (the rise seen the year before; ONS)", geo=EW),
            L("62.1 million", 62100000, E, P, "population", J25, geo=EW),
            L("283,000", 283000, E, P, "population_growth", M25, ctx="The 283,000 increase", geo=EW),
            L("0.5%", 0.5, E, PCT, "population_change", M25, ctx="increase, 0.5%", geo=EW),
            L("706,900", 706900, E, P, "population_growth", M24, geo=EW),
            L("1.2%", 1.2, E, PCT, "population_change", M24, geo=EW),
            L("263,700", 263700, E, P, "net_migration_international", M25, geo=EW),
            L("62%", -62, E, PCT, "net_migration_international_change", "year to mid-2025 vs the year before (down; ONS)", geo=EW),
            L("690,100", 690100, E, P, "net_migration_international", M24, geo=EW),
            L("583,400", 583400, E, P, "births", M25, geo=EW),
            L("564,100", 564100, E, P, "deaths", M25, geo=EW),
            L("19,300", 19300, E, P, "population_natural_change", M25 + " just", geo=EW),
            L("0.5%", 0.5, E, PCT, "population_change", M25, ctx="rose 0.5% to 58.9", geo=ENG),
            L("58.9 million", 58900000, E, P, "population", J25, geo=ENG),
            L("0.3%", 0.3, E, PCT, "population_change", M25, geo=WAL),
            L("3.22 million", 3220000, E, P, "population", J25, geo=WAL),
            L("6,200", -6200, E, P, "population_natural_change", M25 + " deaths exceeded births by", geo=WAL),
            L("0.9%", 0.9, E, PCT, "population_change", M25 + " fastest-growing region", geo="London"),
            L("0.2%", 0.2, E, PCT, "population_change", M25 + " just", geo="North East"),
            L("more than 12 million", 12000000, MT, P, "population_aged_65_and_over", J25 + " for the first time", geo=EW),
            L("almost one in five", 20, ALM, PCT, "population_share_aged_65_and_over", J25 + " now", geo=EW),
            L("2.3%", 2.3, E, PCT, "population_change", M25, ctx="rose by 2.3% to 125,400", geo=DAR),
            L("125,400", 125400, E, P, "population", J25, geo=DAR),
            L("nearly five times", 5, ALM, RATIO, "population_growth_ratio", "year to mid-2025 (Dartford's growth rate against England and Wales as a whole; ONS)", geo=DAR),
            L("8,600", 8600, E, P, "population_growth", "March 2021 to June 2025 (since the 2021 census; ONS)", geo=DAR),
            L("1,120", 1120, E, P, "net_migration_international", M25, geo=DAR),
            L("1,240", 1240, E, P, "internal_migration_net", M25 + " relocated from elsewhere in Britain, a net", geo=DAR),
            L("440", 440, E, P, "population_natural_change", M25 + " births outnumbered deaths by", geo=DAR),
            L("0.7%", 0.7, E, PCT, "population_change", M25, geo="Kent"),
            L("1.62 million", 1620000, E, P, "population", J25, geo="Kent"),
            L("more than a quarter", 25, MT, PCT, "population_change", "March 2011 to 2026 (since the 2011 census; " + KDE + ")", geo=DAR),
            L("1,310", 1310, E, HOMES, "housing_approvals", "April 2025 to March 2026 (the 12 months to March, new homes approved; " + KDE + ")", geo=DAR),
            L("2,460", 2460, E, PPG, "gp_registered_patients_per_gp", "July 2026 (an average, in some parts of the borough; " + KDE + ")", geo=DAR),
            L("c. 450", 450, AP, PLACES, "school_places_needed", "by 2028 (extra secondary school places; Kent County Council)", geo=DAR),
            L("14", 14, E, POSTS, "gp_and_nurse_posts_funded", "August 2024 to July 2026 (over the past two years, additional GP and practice nurse posts; NHS Kent and Medway)", ctx="funded 14 additional", geo=DAR),
        ]),
    "05-dunblane-birch-nrs-nisra-population-estimates": dict(
        meta=dict(url="https://www.dunblanebirch.example/news/scotland/migration-keeps-scotland-growing-deaths-outstrip-births",
                  title="Migration keeps Scotland growing as deaths outstrip births for 11th year",
                  publisher="The Dunblane Birch", author="Fionnuala MacRitchie-Osei", published_date="2026-09-24"),
        labels=[
            L("5.57 million", 5570000, E, P, "population", J25S.replace(")", "; a record)"), geo=SCO),
            L("5,573,000", 5573000, E, P, "population", J25S, ctx="stood at 5,573,000", geo=SCO),
            L("26,100", 26100, E, P, "population_growth", M25S, geo=SCO),
            L("0.5%", 0.5, E, PCT, "population_change", M25S, ctx="(0.5%) over", geo=SCO),
            L("57,400", 57400, E, P, "deaths", M25S, ctx="recorded 57,400", geo=SCO),
            L("45,800", 45800, E, P, "births", M25S + " only", ctx="only 45,800", geo=SCO),
            L("11,600", -11600, E, P, "population_natural_change", M25S + " a natural decrease", geo=SCO),
            L("37,700", 37700, E, P, NM, M25S + " migration added", ctx="adding 37,700", geo=SCO),
            L("22,400", 22400, E, P, "net_migration_overseas", M25S, geo=SCO),
            L("15,300", 15300, E, P, "net_migration_rest_of_uk", M25S, geo=SCO),
            L("almost halved", -50, ALM, PCT, "net_migration_overseas_change", "year to mid-2025 vs the previous 12 months (NRS)", geo=SCO),
            L("43,900", 43900, E, P, "net_migration_overseas", "mid-2023 to mid-2024 (the previous 12 months; NRS)", geo=SCO),
            L("5,573,000", 5573000, E, P, "population", "30 June 2025" + BOX5, ctx="Population: 5,573,000", geo=SCO),
            L("+0.5%", 0.5, E, PCT, "population_change", "mid-2024 to mid-2025" + BOX5, geo=SCO),
            L("45,800", 45800, E, P, "births", "mid-2024 to mid-2025" + BOX5, ctx="Births: 45,800", geo=SCO),
            L("57,400", 57400, E, P, "deaths", "mid-2024 to mid-2025" + BOX5, ctx="Deaths: 57,400", geo=SCO),
            L("+37,700", 37700, E, P, NM, "mid-2024 to mid-2025" + BOX5, geo=SCO),
            L("1.6%", 1.6, E, PCT, "population_change", M25S + " grew fastest", geo="Midlothian"),
            L("1.3%", 1.3, E, PCT, "population_change", M25S, geo="East Lothian"),
            L("1.1%", 1.1, E, PCT, "population_change", M25S, geo="Edinburgh"),
            L("532,400", 532400, E, P, "population", J25S, geo="Edinburgh"),
            L("11", 11, E, AREAS, "council_areas_population_decline", M25S + " of Scotland's 32 council areas", ctx="fell in 11 of", geo=SCO),
            L("0.6%", -0.6, E, PCT, "population_change", M25S + " down", geo="Inverclyde"),
            L("0.8%", -0.8, E, PCT, "population_change", M25S + " down", geo="Na h-Eileanan Siar"),
            L("25,900", 25900, E, P, "population", J25S, geo="Na h-Eileanan Siar"),
            L("more than one in five", 20, MT, PCT, "population_share_aged_65_and_over", J25S, geo=SCO),
            L("20.6%", 20.6, E, PCT, "population_share_aged_65_and_over", J25S, geo=SCO),
            L("16.4%", 16.4, E, PCT, "population_share_aged_under_16", J25S, geo=SCO),
            L("about 5.7m", 5700000, AP, P, "population_projection", "2033 (the peak, tops out; NRS projections)", geo=SCO),
            L("0.3%", 0.3, E, PCT, "population_change", M25N, geo=NI),
            L("1,932,600", 1932600, E, P, "population", "30 June 2025 (NISRA)", geo=NI),
            L("20,100", 20100, E, P, "births", M25N, geo=NI),
            L("16,200", 16200, E, P, "deaths", M25N, geo=NI),
            L("1,800", 1800, E, P, NM, M25N + " net migration added", geo=NI),
            L("1,100", 1100, E, P, "population_growth", M25N, geo="Belfast"),
            L("350,900", 350900, E, P, "population", "30 June 2025 (NISRA)", geo="Belfast"),
            L("69.6 million", 69600000, E, P, "population", "30 June 2025 (mid-2025; NRS, NISRA and ONS)"),
            L("0.5%", 0.5, E, PCT, "population_change", "mid-2024 to mid-2025 (ONS figures released in July 2026)", ctx="England and Wales at 0.5%", geo=EW),
            L("about 10,000", -10000, AP, P, "net_migration_rest_of_uk", "per year, the 1980s (Scotland losing people to England; Dr Catriona Balfour-Nakashima, Carse Population Unit, University of Stirling)", geo=SCO),
            L("8%", 8, E, PCT, "population_share_scotland_of_uk", "2026 (just, and slipping; Alasdair Kinloch-Ferreira, Scottish Conservatives)"),
        ]),
    "06-quickbeam-essay-obr-projections-migration": dict(
        meta=dict(url="https://quickbeam.example/2025/08/the-treasurys-silent-immigration-policy",
                  title="The Treasury's silent immigration policy",
                  publisher="Quickbeam", author="Lucian Brackenbury-Oduya", published_date="2025-08-19"),
        labels=[
            L("around 340,000", 340000, AP, P, "net_migration_projection_assumption", "per year, in the long run (the Office for Budget Responsibility's assumption)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (a record, the twelve months to mid-2023; the statisticians' latest count)"),
            L("431,000", 431000, E, P, NM, "January to December 2024 (last year; ONS)"),
            L("270%", 270, E, PCT, "public_sector_net_debt_share_gdp", "the 2070s (" + OBR + ")"),
            L("150,000", 150000, E, P, "net_migration_scenario", "per year (the OBR's low-migration variant)", ctx="net migration of 150,000"),
            L("346%", 346, E, PCT, "public_sector_net_debt_share_gdp", "the 2070s (the OBR's low-migration variant)"),
            L("500,000", 500000, E, P, "net_migration_scenario", "per year (the OBR's high-migration variant)"),
            L("219%", 219, E, PCT, "public_sector_net_debt_share_gdp", "the 2070s (the peak; the OBR's high-migration variant)"),
            L("about £8bn", 8000000000, AP, GBP, "public_borrowing_effect_lower_migration", "per year, by 2029-30 (higher borrowing in the OBR's low-migration variant)"),
            L("£9.9bn", 9900000000, E, GBP, "fiscal_headroom", "spring 2025 (the Chancellor's headroom)"),
            L("about £460,000", 460000, AP, GBP, "fiscal_lifetime_contribution_migrant", "over a lifetime (a migrant arriving at 25 on an average salary; the OBR)"),
            L("about £150,000", 150000, AP, GBP, "fiscal_lifetime_net_cost_low_wage_migrant", "over a lifetime (a low-paid migrant who brings dependants and stays into old age; the OBR)"),
            L("1.44", 1.44, E, CPW, "total_fertility_rate", "the latest published year (a record low)", geo=EW),
            L("roughly 3.3", 3.3, AP, RATIO, "working_age_per_pensioner_ratio", "2025 (today)"),
            L("2.4", 2.4, E, RATIO, "working_age_per_pensioner_projection_ratio", "2070 (the OBR expects)"),
            L("double", 2, E, RATIO, "population_aged_85_and_over_projection_ratio", "2025 to 2050 (the over-85s expected to double in number by 2050)"),
            L("roughly three-quarters", 75, AP, PCT, "employment_growth_share_born_abroad", "2019 to 2025 (of the extra jobs created since 2019, went to people born abroad)"),
            L("1.32m", 1320000, E, P, "immigration", "January to December 2023 (in 2023 alone)"),
            L("36,816", 36816, E, P, SBA, "January to December 2024 (last year)"),
            L("under 4%", 4, LT, PCT, "small_boat_arrivals_share_of_immigration", "January to December 2024 (last year, of those who came long-term)"),
            L("948,000", 948000, E, P, "immigration", "January to December 2024 (last year, came long-term)"),
            L("nearly 20,000", 20000, ALM, P, SBA, "January to June 2025 (over the first six months of 2025)"),
            L("56", 56, E, PPB, "small_boat_occupancy", "January to June 2025 (an average per boat, over the first six months of 2025)"),
            V("tens of thousands", 20000, 90000, P, "visas_granted_care_worker", "2021 to 2024 (the care-visa boom brought workers)"),
            R("between 200,000 and 300,000", 200000, 300000, P, "net_migration_forecast", "per year (with the white paper's measures; most outside estimates)"),
        ]),
    "07-gorsecheck-net-migration-brexit-million-claim": dict(
        meta=dict(url="https://gorsecheck.example/fact-check/net-migration-lower-than-before-brexit-vote-million-arrivals",
                  title="Net migration is lower than before the Brexit vote, and fewer than a million people arrived last year",
                  publisher="Gorsecheck", author="Maud Pilkington-Asante", published_date="2026-11-13"),
        labels=[
            L("fewer than a million", 1000000, LT, P, "immigration", Y25.replace(")", "; arrived, headline)")),
            L("a million", 1000000, E, P, "immigration", CLAIM + "; What was claimed)", ctx="and a million people came here last year.\n\nOur verdict"),
            L("183,000", 183000, E, P, NM, Y25.replace(")", "; Our verdict)"), ctx="net migration at 183,000"),
            L("335,000", 335000, E, P, NM, REF + "; Our verdict)", ctx="well below the 335,000"),
            L("About 812,000", 812000, AP, P, "immigration", Y25.replace(")", "; Our verdict)")),
            L("close to a million", 1000000, AP, P, "visas_granted", "January to December 2025 (granted by the Home Office; Our verdict)", ctx="granted close to a million visas, but"),
            L("a million", 1000000, E, P, "immigration", CLAIM + "; quoted)", ctx="and a million people came here last year.\"\n\nWe asked"),
            L("812,000", 812000, E, P, "immigration", Y25 + " long-term arrivals", ctx="estimated 812,000"),
            L("629,000", 629000, E, P, "emigration", Y25 + " departures"),
            L("183,000", 183000, E, P, NM, Y25, ctx="net migration of 183,000"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the year ending June 2025, as first published; ONS)"),
            L("197,000", 197000, E, P, NM, "July 2024 to June 2025 (the year ending June 2025, now put at, revised; ONS)"),
            V("hundreds of thousands", 200000, 900000, P, "net_migration_revision", "some earlier years (moved by; ONS revisions)"),
            L("335,000", 335000, E, P, NM, REF + ")", ctx="net migration at 335,000"),
            R("from 154,000 to 336,000", 154000, 336000, P, NM, "per year, 2010 to 2016 (ONS estimates ranged)"),
            L("183,000", 183000, E, P, NM, Y25 + " no reading of the data on which it is higher", ctx="on which 183,000"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the series topped out, year ending June 2023; ONS)"),
            L("nearly five times", 5, ALM, RATIO, "net_migration_ratio", "year ending June 2023 vs 2025 (the current estimate; ONS)"),
            L("a million", 1000000, E, P, "immigration", CLAIM + '; cross-head "Where might a million come from?")', ctx='"a million" come from'),
            L("exceed a million", 1000000, MT, P, "immigration", "per year, 2022 and 2023 (on current estimates; ONS)"),
            L("1.32m", 1320000, E, P, "immigration", "January to December 2023 (on current estimates; ONS)"),
            L("947,000", 947000, E, P, "visas_granted", "January to December 2025 (every type except visit and transit visas; Home Office figures)"),
            L("812,000", 812000, E, P, "immigration", Y25 + " long-term arrivals", ctx="Of the 812,000"),
            L("around one in six", 100 / 6, AP, PCT, "immigration_share_british", Y25 + " British nationals returning home"),
            L("135,000", 135000, E, P, "immigration_british", Y25 + " British nationals returning home"),
            L("About three-quarters", 75, AP, PCT, "immigration_share_non_eu", Y25 + " non-EU nationals"),
            L("a million", 1000000, E, P, "immigration", "January to December 2025 (the claim: nobody should be saying; Dr Tamsin Eckersley-Boakye, statistician)", ctx="saying a million"),
            L("183,000", 183000, E, P, NM, Y25.replace(")", "; Conclusion)"), ctx="incorrect: 183,000"),
            L("335,000", 335000, E, P, NM, REF + "; Conclusion)", ctx="lower than the 335,000"),
            L("a million", 1000000, E, P, "immigration", CLAIM + "; Conclusion)", ctx="claim that a million"),
            L("812,000", 812000, E, P, "immigration", Y25.replace(")", "; long-term arrivals, Conclusion)"), ctx="estimates 812,000"),
            L("close to a million", 1000000, AP, P, "visas_granted", "January to December 2025 (granted by the Home Office; Conclusion)", ctx="granted close to a million visas."),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
