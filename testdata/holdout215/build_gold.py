#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the two-hundred-and-fifteenth hand-labelled hold-out set (holdout215).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, THIRD, BOATS, PPB,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM)

UK, ENG, WAL, SCO, NI = "UK", "England", "Wales", "Scotland", "Northern Ireland"
NMI = "net_migration_internal_and_international"   # net migration counting moves within the UK as well as from abroad
NMR, NMC, NMRAT = "net_migration_revision", "net_migration_change", "net_migration_ratio"
IMM, EMI = "immigration", "emigration"
NEU, NEUS, NEUW = "immigration_non_eu", "immigration_non_eu_study", "immigration_non_eu_work"
EUI, EUE, EUN = "immigration_eu", "emigration_eu", "net_migration_eu"
BRI, BRE, BRN = "immigration_british", "emigration_british", "net_migration_british_nationals"
POP, GROW, GROWP = "population", "population_growth", "population_change"   # level; growth in persons; growth in percent
NAT = "natural_change"

# 01 (Friday 29 November 2024; Telegraph-style; "on Thursday" is 28 November 2024)
YJ23 = "July 2022 to June 2023 (the year to June 2023"
YJ24 = "July 2023 to June 2024 (the year to June 2024"
ONS1 = "; the ONS, Thursday 28 November 2024)"

# 02 (Wednesday 29 January 2025; Guardian-style; "on Tuesday" is 28 January 2025; ONS 2022-based projections)
PRJ = "mid-2022 to mid-2032 ("
ONS2 = "; ONS national population projections published on Tuesday 28 January 2025)"
M32 = "mid-2032 (projected"

# 03 (Thursday 22 May 2025; BBC-style explainer; "on Thursday" is 22 May 2025, "last year" 2024,
#     "last November" November 2024, "the 12 months to March" April 2024 to March 2025)
Y24 = "January to December 2024 (2024; "
Y23 = "January to December 2023 (2023; "
ONS3 = "the ONS, Thursday 22 May 2025)"

# 04 (Thursday 31 July 2025; Welsh paper; "on Wednesday" is 30 July 2025)
MID24 = "30 June 2024 (mid-2024; ONS mid-year estimates published on Wednesday 30 July 2025"
YM24 = "July 2023 to June 2024 (the year to mid-2024; ONS mid-year estimates published on Wednesday 30 July 2025"
CER = "Ceredigion"
BOX4 = "; Wales in numbers box, Office for National Statistics)"

# 05 (Wednesday 8 October 2025; Scottish paper; "yesterday" is Tuesday 7 October 2025)
NRS = "July 2023 to June 2024 (the year to 30 June 2024; National Records of Scotland, yesterday"
NRSL = "30 June 2024 (mid-2024; National Records of Scotland, yesterday"
HIG = "Highland"
UKM = "July 2023 to June 2024 (the year to mid-2024; the ONS, figures for the whole UK published on Tuesday 7 October 2025"
BOX5 = "; Scotland at mid-2024 box, National Records of Scotland)"

# 06 (Thursday 4 June 2026; fact check; "on Sunday" is 31 May 2026, "on Monday" 1 June 2026,
#     "last November" November 2025, "a year ago" May 2025)
HS = "claim by the Home Secretary on a Sunday politics programme, 31 May 2026"
Y25F = "January to December 2025 (the year ending December 2025, provisional; the ONS, 21 May 2026"
Y24R = "January to December 2024 (the year before, revised; the ONS, 21 May 2026"
Y25 = "January to December 2025 (2025; the ONS"
Y24B = "January to December 2024 (the year before; the ONS"
BOX6 = "; The figures box)"

# 07 (Friday 27 November 2026; Express/Mail-style; "yesterday" is Thursday 26 November 2026, "on Monday" 23 November 2026)
YJ26 = "July 2025 to June 2026 (the year to June 2026; the ONS's provisional estimate, yesterday"
YJ25 = "July 2024 to June 2025 (a year earlier; the ONS"

ARTICLES = {
    "01-the-leading-light-net-migration-revised-up-906000": dict(
        meta=dict(url="https://www.theleadinglight.example/politics/2024/11/29/net-migration-166000-higher-than-thought-ons-revision/",
                  title="Net migration 166,000 higher than thought as statisticians rewrite the record",
                  publisher="The Leading Light", author="Peregrine Aldous-Nakamura", published_date="2024-11-29"),
        labels=[
            L("166,000", 166000, E, P, NMR, YJ23 + ", revised up; headline)", occ=0),
            L("906,000", 906000, E, P, NM, YJ23 + ", the peak as now put; standfirst)", occ=0),
            L("728,000", 728000, E, P, NM, YJ24 + ", the latest provisional figure; standfirst)", occ=0),
            L("1.2m", 1200000, E, P, IMM, YJ24 + ", moved to Britain; the Office for National Statistics; image caption)", occ=0),
            L("166,000", 166000, E, P, NMR, YJ23 + ", added to its count for July 2022 to June 2023" + ONS1, occ=1),
            L("740,000", 740000, E, P, NM, YJ23 + ", first put at, those 12 months; the ONS)"),
            L("906,000", 906000, E, P, NM, YJ23 + ", now say it was, the highest level since comparable records began" + ONS1, occ=1),
            L("181,000", 181000, E, P, NMR, "January to December 2023 (calendar year 2023, raised too" + ONS1),
            L("866,000", 866000, E, P, NM, "January to December 2023 (calendar year 2023, revised" + ONS1),
            L("728,000", 728000, E, P, NM, YJ24 + ", the most recent year, to the end of June 2024; the ONS's provisional estimate)", occ=1),
            L("178,000", -178000, E, P, NMC, "year to June 2024 vs year to June 2023 (a drop of, on the revised peak; the ONS)"),
            L("about a fifth", -20, AP, PCT, NMC, "year to June 2024 vs year to June 2023 (a drop of, on the revised peak; the ONS)"),
            L("roughly four times", 4, AP, RATIO, NMRAT, "year to June 2024 vs 2019 (still, the 184,000 recorded in 2019)"),
            L("184,000", 184000, E, P, NM, "January to December 2019 (recorded in 2019)"),
            L("Around 1.2m", 1200000, AP, P, IMM, YJ24 + ", came to Britain intending to stay for a year or longer; the ONS)"),
            L("479,000", 479000, E, P, EMI, YJ24 + ", departed; the ONS)"),
            L("84%", 84, E, PCT, "immigration_share_non_eu", YJ24 + ", of these arrivals, non-EU nationals; the ONS)"),
            L("just over 1m", 1000000, MT, P, NEU, YJ24 + ", non-EU nationals; the ONS)"),
            L("423,000", 423000, E, P, NEUW, YJ24 + ", work brought, of the non-EU arrivals; the ONS)"),
            L("378,000", 378000, E, P, NEUS, YJ24 + ", study, of the non-EU arrivals; the ONS)"),
            L("17 per cent", -17, E, PCT, NEUS + "_change", "year to June 2024 vs the previous year (arrivals on study visas were down; the ONS)"),
            L("110,000", 110000, E, P, EUI, YJ24 + ", EU citizens arrived; the ONS)"),
            L("155,000", 155000, E, P, EUE, YJ24 + ", EU citizens left; the ONS)"),
            L("45,000", -45000, E, P, EUN, YJ24 + ", a net outflow of EU citizens; the ONS)"),
            L("141,000", 141000, E, P, BRE, YJ24 + ", British nationals emigrated; the ONS)"),
            L("87,000", 87000, E, P, BRI, YJ24 + ", British nationals came home; the ONS)"),
            L("54,000", -54000, E, P, BRN, YJ24 + ", a net loss of British nationals; the ONS)"),
            L("728,000", 728000, E, P, NM, YJ24 + ", nobody should pretend it is a success story; the shadow Home Office minister)", occ=2),
            L("almost five times", 5, ALM, RATIO, NMRAT, "year to June 2023 vs 2019 (let net migration climb to, its 2019 level; the Prime Minister's spokesman)"),
            L("zero", 0, E, P, "net_migration_target", "future years (called for net migration to be brought down to; Reform UK)"),
            R("between 300,000 and 400,000", 300000, 400000, P, "net_migration_forecast", "January to December 2024 (pencilled in for 2024, the first estimates to cover Labour's time in office; a migration think tank)"),
        ]),
    "02-the-fog-bell-ons-population-projections-72-5m": dict(
        meta=dict(url="https://www.thefogbell.example/uk-news/2025/jan/29/uk-population-projected-72-5m-2032-migration-ons",
                  title="UK population projected to reach 72.5m by 2032, with migration behind all of the growth",
                  publisher="The Fog Bell", author="Tamsin Okafor-Villiers", published_date="2025-01-29"),
        labels=[
            L("72.5m", 72500000, E, P, "population_projection", M32 + ", by 2032; headline)"),
            L("4.9 million", 4900000, E, P, "population_projection_change", PRJ + "projected to gain, by the middle of 2032; image caption)", occ=0),
            L("almost 5 million", 5000000, ALM, P, "population_projection_change", PRJ + "will grow by, in a decade; official projections)"),
            L("72.5 million", 72500000, E, P, "population_projection", M32 + ", to stand at in mid-2032; official projections)"),
            L("67.6 million", 67600000, E, P, POP, "mid-2022 (put at, the projections' starting point" + ONS2),
            L("4.9 million", 4900000, E, P, "population_projection_change", PRJ + "rising by, over the 10 years" + ONS2, occ=1),
            L("7.3%", 7.3, E, PCT, "population_projection_change", PRJ + "over the 10 years" + ONS2),
            L("6.8 million", 6800000, E, P, "births_projection", PRJ + "over the same stretch, births" + ONS2, ctx="6.8 million births"),
            L("6.8 million", 6800000, E, P, "deaths_projection", PRJ + "over the same stretch, deaths" + ONS2, ctx="6.8 million deaths"),
            L("340,000", 340000, E, P, "net_migration_projection_assumption", "per year (from mid-2028, the long-run assumption" + ONS2),
            L("315,000", 315000, E, P, "net_migration_projection_assumption", "per year (the long-run assumption in the previous set of projections)"),
            L("4.9 million", 4900000, E, P, "net_migration_projection_cumulative", PRJ + "across the decade, net migration adds" + ONS2, occ=2),
            L("less than half", 0.5, LT, RATIO, "net_migration_projection_assumption_ratio", "long-run assumption vs recent experience (the year to June 2024)"),
            L("728,000", 728000, E, P, NM, "July 2023 to June 2024 (the twelve months ending June 2024; the ONS's latest provisional estimate, published in November 2024)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the previous year, revised; the ONS, November 2024)"),
            L("120,000", 120000, E, P, "net_migration_projection_assumption_low_variant", "per year (a variant with lower migration" + ONS2),
            L("70.9 million", 70900000, E, P, "population_projection_low_migration_variant", "mid-2032 (the UK would reach by 2032, in the lower-migration variant" + ONS2),
            L("7.9%", 7.9, E, PCT, "population_projection_change", PRJ + "projected to grow fastest" + ONS2, geo=ENG),
            L("61.6 million", 61600000, E, P, "population_projection", M32 + ", England" + ONS2, geo=ENG),
            L("4.5%", 4.5, E, PCT, "population_projection_change", PRJ + "Wales grows by" + ONS2, geo=WAL),
            L("3.3%", 3.3, E, PCT, "population_projection_change", PRJ + "Scotland grows by" + ONS2, geo=SCO),
            L("1.99 million", 1990000, E, P, "population_projection", M32 + ", Northern Ireland's population rises to" + ONS2, geo=NI),
            L("1.7 million", 1700000, E, P, "population_aged_85_and_over", "mid-2022 (aged 85 and over, the starting point" + ONS2),
            L("2.2 million", 2200000, E, P, "population_aged_85_and_over_projection", M32 + ", aged 85 and over" + ONS2),
            L("almost a third", THIRD, ALM, PCT, "population_aged_85_and_over_projection_change", PRJ + "an increase of, aged 85 and over" + ONS2),
            L("about 500,000", -500000, AP, P, "population_aged_under_16_projection_change", PRJ + "the number of children under 16 falls by" + ONS2),
            L("about 1.44", 1.44, AP, "other:children_per_woman", "total_fertility_rate", "January 2025 (now, children each on average, a record low; Prof Ingrid Castellanos-Whitcombe)"),
            L("one person in four", 25, E, PCT, "population_share_aged_65_and_over_projection", "the 2040s (over 65 by the 2040s; Prof Ingrid Castellanos-Whitcombe)"),
        ]),
    "03-the-light-keeper-net-migration-almost-halved-explainer": dict(
        meta=dict(url="https://www.thelightkeeper.example/news/articles/net-migration-almost-halved-explainer-c9x4k2r7n1lo",
                  title="Net migration: Why has it almost halved, and who is still coming to the UK?",
                  publisher="The Light Keeper", author="Oluwaseun Hargreaves-Lindqvist", published_date="2025-05-22"),
        labels=[
            L("almost halved", -50, ALM, PCT, NMC, "2024 vs 2023 (headline)", occ=0),
            L("almost halved", -50, ALM, PCT, NMC, "2024 vs 2023 (last year; new estimates)", occ=1),
            L("431,000", 431000, E, P, NM, Y24 + "arrivals outstripped departures by; " + ONS3, occ=0),
            L("860,000", 860000, E, P, NM, Y23 + "revised; " + ONS3, occ=0),
            L("948,000", 948000, E, P, IMM, Y24 + "an estimated, arrived; " + ONS3),
            L("517,000", 517000, E, P, EMI, Y24 + "left; " + ONS3),
            L("28%", -28, E, PCT, "immigration_change", "2024 vs 2023 (immigration was lower than; the ONS)"),
            L("1.3 million", 1300000, E, P, IMM, Y23 + "arrivals in 2023; the ONS)"),
            L("13%", 13, E, PCT, "emigration_change", "2024 vs 2023 (emigration rose by; the ONS)"),
            L("184,000", 184000, E, P, NM, "January to December 2019 (in 2019; chart caption, ONS)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (a high of, the year that ended in June 2023; chart caption, ONS)"),
            L("431,000", 431000, E, P, NM, Y24 + "down to; chart caption, ONS)", occ=1),
            L("685,000", 685000, E, P, NM, Y23 + "first put at, in May 2024; the ONS)"),
            L("866,000", 866000, E, P, NM, Y23 + "revised up to, last November; the ONS)"),
            L("860,000", 860000, E, P, NM, Y23 + "and now to; " + ONS3, occ=1),
            L("766,000", 766000, E, P, NEU, Y24 + "non-EU nationals, of those arriving; " + ONS3),
            L("four in five", 80, E, PCT, "immigration_share_non_eu", Y24 + "non-EU nationals, of the total; " + ONS3),
            L("almost a third", -THIRD, ALM, PCT, NEUS + "_change", "2024 vs 2023 (the number arriving to study fell by; the ONS)"),
            L("286,000", 286000, E, P, NEUS, Y24 + "non-EU nationals arriving to study; " + ONS3),
            L("36%", -36, E, PCT, NEUW + "_change", "2024 vs 2023 (the number coming for work dropped by; the ONS)"),
            L("265,000", 265000, E, P, NEUW, Y24 + "non-EU nationals coming for work; " + ONS3),
            L("£38,700", 38700, E, GBP, "skilled_worker_salary_threshold", "per year (from April 2024, the salary needed for a skilled worker visa)"),
            L("182,600", 182600, E, P, "visas_granted_work", "April 2024 to March 2025 (the 12 months to March, main applicants; Home Office data published on Thursday 22 May 2025)"),
            L("37%", -37, E, PCT, "visas_granted_work_change", "12 months to March 2025 vs the previous year (down, year on year; Home Office data)"),
            L("94,000", 94000, E, P, EUI, Y24 + "EU nationals came; " + ONS3),
            L("148,000", 148000, E, P, EUE, Y24 + "EU nationals left; " + ONS3),
            L("minus 54,000", -54000, E, P, EUN, Y24 + "EU nationals' net migration; " + ONS3),
            L("About 165,000", 165000, AP, P, BRE, Y24 + "British nationals emigrated; " + ONS3),
            L("88,000", 88000, E, P, BRI, Y24 + "British nationals returned; " + ONS3),
            L("77,000", -77000, E, P, BRN, Y24 + "leaving the UK Britons down; " + ONS3),
            L("204,000", 204000, E, P, "emigration_non_eu", Y24 + "emigration of non-EU nationals rose to; " + ONS3),
            L("as many as 100,000", -100000, AM, P, "net_migration_white_paper_change", "per year (by 2029, could lower annual net migration; Home Office modelling of the white paper)"),
            L("431,000", 431000, E, P, NM, Y24 + "still far too many; Reform UK)", occ=2),
            L("zero", 0, E, P, "net_migration_target", "future years (net migration should be; Reform UK)"),
        ]),
    "04-aberaeron-quay-wales-population-deaths-outnumber-births": dict(
        meta=dict(url="https://www.aberaeronquay.example/news/wales/deaths-outnumber-births-wales-migration-population-grows-2207",
                  title="Deaths outnumber births in Wales again, but people moving here keep the population growing",
                  publisher="Aberaeron Quay", author="Gwenllian Rhys-Abernathy", published_date="2025-07-31"),
        labels=[
            L("22,200", 22200, E, P, GROW, "July 2023 to June 2024 (gained residents in a year; standfirst)", occ=0, geo=WAL),
            L("290", 290, E, P, GROW, "July 2023 to June 2024 (rose by just, in the year to mid-2024; image caption)", occ=0, geo=CER),
            L("3,186,600", 3186600, E, P, POP, MID24 + ")", occ=0, geo=WAL),
            L("22,200", 22200, E, P, GROW, YM24 + ")", occ=1, geo=WAL),
            L("0.7%", 0.7, E, PCT, GROWP, YM24 + ")", geo=WAL),
            L("27,900", 27900, E, P, "births", YM24 + ")", occ=0, geo=WAL),
            L("34,500", 34500, E, P, "deaths", YM24 + ")", occ=0, geo=WAL),
            L("6,600", -6600, E, P, NAT, YM24 + ", a natural decrease)", geo=WAL),
            L("17,700", 17700, E, P, "net_migration_international", YM24 + ", added)", occ=0, geo=WAL),
            L("11,100", 11100, E, P, "net_migration_rest_of_uk", YM24 + ", people relocating from other parts of Britain, mostly England)", geo=WAL),
            L("706,900", 706900, E, P, GROW, YM24 + ", England and Wales together)", geo=EW),
            L("1.2%", 1.2, E, PCT, GROWP, YM24 + ", England and Wales together)", occ=0, geo=EW),
            L("61.8 million", 61800000, E, P, POP, MID24 + ", England and Wales together)", geo=EW),
            L("26,100", 26100, E, P, NAT, YM24 + ", births exceeded deaths by)", geo=EW),
            L("680,800", 680800, E, P, "net_migration_international", YM24 + ", accounted for, of the increase)", geo=EW),
            L("58.6 million", 58600000, E, P, POP, MID24 + ")", geo=ENG),
            L("1.2%", 1.2, E, PCT, GROWP, YM24 + ", England)", occ=1, geo=ENG),
            L("1.4%", 1.4, E, PCT, GROWP, YM24 + ", grew more quickly than anywhere else in Wales)", geo="Cardiff"),
            L("383,600", 383600, E, P, POP, MID24 + ")", geo="Cardiff"),
            L("290", 290, E, P, GROW, YM24 + ")", occ=1, geo=CER),
            L("71,760", 71760, E, P, POP, MID24 + ")", geo=CER),
            L("370", -370, E, P, NAT, YM24 + ", deaths outnumbered births by)", geo=CER),
            L("880", 880, E, P, "deaths", YM24 + ")", geo=CER),
            L("510", 510, E, P, "births", YM24 + ")", geo=CER),
            L("660", 660, E, P, NMI, YM24 + ", more people moved into the county than left it)", geo=CER),
            L("22.4%", 22.4, E, PCT, "population_share_aged_65_and_over", MID24 + ", now aged 65 or older)", geo=WAL),
            L("more than one in five", 20, MT, PCT, "population_share_aged_65_and_over", MID24 + ", now aged 65 or older)", geo=WAL),
            L("18.7%", 18.7, E, PCT, "population_share_aged_65_and_over", MID24 + ")", geo=ENG),
            L("two", 2, E, "other:schools", "primary_schools_closed", "2022 to 2025 (in three years, there simply aren't enough children; Councillor Eirlys Pennant-Okoro)", ctx="closed two primary schools", geo=CER),
            L("4.5%", 4.5, E, PCT, "population_projection_change", "mid-2022 to mid-2032 (will grow by 2032; official projections published in January 2025)", geo=WAL),
            L("3,186,600", 3186600, E, P, POP, "30 June 2024 (population, mid-2024" + BOX4, occ=1, geo=WAL),
            L("27,900", 27900, E, P, "births", "July 2023 to June 2024 (births, mid-2024" + BOX4, occ=1, geo=WAL),
            L("34,500", 34500, E, P, "deaths", "July 2023 to June 2024 (deaths, mid-2024" + BOX4, occ=1, geo=WAL),
            L("17,700", 17700, E, P, "net_migration_international", "July 2023 to June 2024 (net international migration, mid-2024" + BOX4, occ=1, geo=WAL),
        ]),
    "05-cromarty-sounding-scotland-population-record-deaths-births": dict(
        meta=dict(url="https://www.cromartysounding.example/politics/scotlands-population-reaches-record-5-55-million-8841562",
                  title="Scotland's population reaches record 5.55 million as newcomers offset falling births",
                  publisher="Cromarty Sounding", author="Fionnuala MacAskill-Oduya", published_date="2025-10-08"),
        labels=[
            L("5.55 million", 5550000, E, P, POP, "30 June 2024 (a record; headline)", geo=SCO),
            L("12,300", -12300, E, P, NAT, "July 2023 to June 2024 (deaths outnumbered births by; standfirst)", occ=0, geo=SCO),
            V("tens of thousands", 20000, 90000, P, NMI, "July 2023 to June 2024 (people arriving from England and overseas; standfirst)", geo=SCO),
            L("1%", 1, E, PCT, GROWP, "July 2023 to June 2024 (pushed the total up by; standfirst)", occ=0, geo=SCO),
            L("1,400", 1400, E, P, GROW, "July 2023 to June 2024 (Highland's population grew by, in the year to mid-2024; picture caption)", occ=0, geo=HIG),
            L("5,546,900", 5546900, E, P, POP, NRSL + ", an all-time high)", occ=0, geo=SCO),
            L("56,800", 56800, E, P, GROW, NRS + ")", geo=SCO),
            L("1%", 1, E, PCT, GROWP, NRS + ")", occ=1, geo=SCO),
            L("45,800", 45800, E, P, "births", NRS + ")", occ=0, geo=SCO),
            L("58,100", 58100, E, P, "deaths", NRS + ")", occ=0, geo=SCO),
            L("12,300", -12300, E, P, NAT, NRS + ", a natural decrease)", occ=1, geo=SCO),
            L("45,600", 45600, E, P, "net_migration_international", NRS + ", a net gain of people from overseas)", geo=SCO),
            L("23,500", 23500, E, P, "net_migration_rest_of_uk", NRS + ", a net gain from the rest of the UK)", geo=SCO),
            L("1,400", 1400, E, P, GROW, NRS + ")", occ=1, geo=HIG),
            L("236,300", 236300, E, P, POP, NRSL + ")", geo=HIG),
            L("640", -640, E, P, NAT, NRS + ", deaths outnumbered births by)", geo=HIG),
            L("2,040", 2040, E, P, NMI, NRS + ", a net inflow of people)", geo=HIG),
            L("More than two-thirds", 200 / 3, MT, PCT, "net_migration_share_from_rest_of_uk", NRS + ", of that inflow, from elsewhere in the UK)", geo=HIG),
            L("755,000", 755000, E, P, GROW, UKM + ")"),
            L("1.1%", 1.1, E, PCT, GROWP, UKM + ")"),
            L("69.3 million", 69300000, E, P, POP, "30 June 2024 (mid-2024; the ONS, figures for the whole UK published on Tuesday 7 October 2025)"),
            L("8%", 8, E, PCT, "population_share_scotland_of_uk", "30 June 2024 (Scotland accounts for, of the total)", geo=SCO),
            L("7,200", 7200, E, P, GROW, "July 2023 to June 2024 (the year to mid-2024)", geo=NI),
            L("0.4%", 0.4, E, PCT, GROWP, "July 2023 to June 2024 (the year to mid-2024)", geo=NI),
            L("1,927,600", 1927600, E, P, POP, "30 June 2024 (mid-2024)", geo=NI),
            L("20,300", 20300, E, P, "births", "July 2023 to June 2024 (the year to mid-2024)", geo=NI),
            L("16,000", 16000, E, P, "deaths", "July 2023 to June 2024 (the year to mid-2024)", geo=NI),
            L("4,300", 4300, E, P, NAT, "July 2023 to June 2024 (a natural increase)", geo=NI),
            L("2,900", 2900, E, P, NMI, "July 2023 to June 2024 (net migration added a further)", geo=NI),
            L("a third", THIRD, E, PCT, "population_aged_75_and_over_change", "mid-2014 to mid-2024 (Highland's over-75s increased by, in a decade; the Scottish Conservatives' Highlands and Islands MSP)", geo=HIG),
            L("5,546,900", 5546900, E, P, POP, "30 June 2024 (residents, mid-2024" + BOX5, occ=1, geo=SCO),
            L("45,800", 45800, E, P, "births", "July 2023 to June 2024 (births in the year" + BOX5, occ=1, geo=SCO),
            L("58,100", 58100, E, P, "deaths", "July 2023 to June 2024 (deaths" + BOX5, occ=1, geo=SCO),
            L("69,100", 69100, E, P, NMI, "July 2023 to June 2024 (net migration, overseas and the rest of the UK" + BOX5, geo=SCO),
        ]),
    "06-the-chart-datum-net-migration-halved-factcheck": dict(
        meta=dict(url="https://www.thechartdatum.example/fact-checks/migration/net-migration-halved-home-secretary/",
                  title="Is the Home Secretary right that net migration has \"halved\"?",
                  publisher="The Chart Datum", author="Aurelio Penhaligon-Diallo", published_date="2026-06-04"),
        labels=[
            L("halved", -50, E, PCT, NMC, "2025 vs 2024 (" + HS + "; headline)", occ=0),
            L("halved", -50, E, PCT, NMC, "2025 vs 2024 (halved in a year; " + HS + ")", occ=1),
            L("171,000", 171000, E, P, NM, Y25F + ")", occ=0),
            L("345,000", 345000, E, P, NM, Y24R + ")", occ=0),
            L("50%", -50, E, PCT, NMC, "2025 vs 2024 (a fall of; the ONS, 21 May 2026)"),
            L("918,000", 918000, E, P, IMM, Y24R + ", immigration fell from)"),
            L("762,000", 762000, E, P, IMM, Y25F + ", immigration fell to)"),
            L("573,000", 573000, E, P, EMI, Y24R + ", emigration rose from)"),
            L("591,000", 591000, E, P, EMI, Y25F + ", emigration rose to)"),
            L("345,000", 345000, E, P, NM, Y24R + ", the figure for 2024 is not what the ONS first published)", occ=1),
            L("431,000", 431000, E, P, NM, "January to December 2024 (a year ago, its provisional figure; the ONS, May 2025)", occ=0),
            L("86,000", -86000, E, P, NMR, "January to December 2024 (revised down by, last November; the ONS, November 2025)"),
            L("about 60%", -60, AP, PCT, NMC, "2025 vs 2024 as first estimated (measured against that first estimate)"),
            V("tens of thousands", 20000, 90000, P, NMR, "recent years (its first estimates have later moved by, sometimes up and sometimes down; the ONS)"),
            L("198,000", 198000, E, P, NEUS, Y25 + ", non-EU immigration for study fell to)"),
            L("286,000", 286000, E, P, NEUS, Y24B + ", non-EU immigration for study fell from)"),
            L("176,000", 176000, E, P, NEUW, Y25 + ", non-EU immigration for work fell to)"),
            L("265,000", 265000, E, P, NEUW, Y24B + ", non-EU immigration for work fell from)"),
            L("roughly 31%", -31, AP, PCT, NEUS + "_change", "2025 vs 2024 (drops of; the ONS)"),
            L("34%", -34, AP, PCT, NEUW + "_change", "2025 vs 2024 (drops of roughly; the ONS)"),
            L("below a fifth", 20, LT, PCT, "net_migration_share_of_peak", "2025 vs the year to June 2023 (today's figure, of the 906,000 high point)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the high point, recorded for the 12 months to June 2023; the ONS)"),
            L("212,000", 212000, E, P, BRE, Y25 + ", British nationals' emigration rose to)"),
            L("165,000", 165000, E, P, BRE, Y24B + ")"),
            L("92,000", 92000, E, P, BRI, Y25 + ", came back to live in the UK)"),
            L("88,000", 88000, E, P, BRI, Y24B + ", compared with)"),
            L("minus 77,000", -77000, E, P, BRN, Y24B + ", net migration of British nationals went from)"),
            L("minus 120,000", -120000, E, P, BRN, Y25 + ", net migration of British nationals went to)"),
            L("about a quarter", 25, AP, PCT, "net_migration_share_of_fall_from_british_nationals", "2025 vs 2024 (rising British emigration explains, of the fall; our rating)", occ=0),
            L("43,000", -43000, E, P, BRN + "_change", "2025 vs 2024 (that change of; the ONS)"),
            L("about a quarter", 25, AP, PCT, "net_migration_share_of_fall_from_british_nationals", "2025 vs 2024 (of the 174,000 fall in overall net migration)", occ=1),
            L("174,000", -174000, E, P, NMC, "2025 vs 2024 (the fall in overall net migration; the ONS)"),
            L("three-quarters", 75, E, PCT, "net_migration_share_of_fall_from_non_british_nationals", "2025 vs 2024 (the other three-quarters of the fall, non-British nationals)"),
            L("more than a third", -THIRD, MT, PCT, "net_migration_hypothetical_change", "2025 vs 2024 (would still have fallen by, had British emigration stayed at its 2024 level)"),
            L("171,000", 171000, E, P, NM, "January to December 2025 (YE December 2025, provisional" + BOX6, occ=1),
            L("345,000", 345000, E, P, NM, "January to December 2024 (YE December 2024, revised" + BOX6, occ=2),
            L("431,000", 431000, E, P, NM, "January to December 2024 (YE December 2024, first estimate" + BOX6, occ=1),
            L("−120,000", -120000, E, P, BRN, "January to December 2025 (net migration of British nationals, 2025" + BOX6),
        ]),
    "07-daily-breakwater-british-emigration-record-net-migration-118000": dict(
        meta=dict(url="https://www.dailybreakwater.example/news/politics/2026/11/27/brits-quitting-britain-record-numbers-net-migration-118000",
                  title="Brits quitting Britain in record numbers as net migration slumps to 118,000",
                  publisher="Daily Breakwater", author="Barnaby Featherstonehaugh-Ncube", published_date="2026-11-27"),
        labels=[
            L("118,000", 118000, E, P, NM, "July 2025 to June 2026 (slumps to; headline)", occ=0),
            L("more than two and a half", 2.5, MT, RATIO, "emigration_british_to_immigration_british_ratio", "July 2025 to June 2026 (Britons leaving now outnumber those coming home; standfirst)"),
            L("241,000", 241000, E, P, BRE, "July 2025 to June 2026 (moved abroad in the year to June; image caption)", occ=0),
            L("241,000", 241000, E, P, BRE, YJ26 + ", a record, emigrated in the year ending June 2026)", occ=1),
            L("118,000", 118000, E, P, NM, YJ26 + ")", occ=1),
            L("37%", -37, E, PCT, NMC, "year to June 2026 vs year to June 2025 (down, from a revised 188,000; the ONS)"),
            L("188,000", 188000, E, P, NM, "July 2024 to June 2025 (the year before, revised; the ONS, yesterday)"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (first published a year ago, November 2025; the ONS)"),
            L("16,000", -16000, E, P, NMR, "July 2024 to June 2025 (revised down by, yesterday; the ONS)"),
            L("Some 705,000", 705000, AP, P, IMM, YJ26 + ", moved to the UK)"),
            L("587,000", 587000, E, P, EMI, YJ26 + ", left)"),
            L("241,000", 241000, E, P, BRE, YJ26 + ", Britons, of those leaving)", occ=2),
            L("more than a quarter", 25, MT, PCT, BRE + "_change", "year to June 2026 vs a year earlier (up by; the ONS)"),
            L("189,000", 189000, E, P, BRE, YJ25 + ")"),
            L("94,000", 94000, E, P, BRI, YJ26 + ", only, came back)", occ=0),
            L("147,000", -147000, E, P, BRN, YJ26 + ", a net loss of British nationals)"),
            L("265,000", 265000, E, P, "net_migration_non_british_nationals", YJ26 + ")"),
            L("Six in ten", 60, E, PCT, "emigration_british_share_aged_16_34", YJ26 + ", British leavers in the 16-to-34 age group)"),
            L("29%", -29, E, PCT, NEUS + "_change", "year to June 2026 vs a year earlier (arrivals to study fell by; the ONS)"),
            L("171,000", 171000, E, P, NEUS, YJ26 + ", non-EU arrivals to study)"),
            L("30%", -30, E, PCT, NEUW + "_change", "year to June 2026 vs a year earlier (arrivals for work fell by; the ONS)"),
            L("142,000", 142000, E, P, NEUW, YJ26 + ", non-EU arrivals for work)"),
            L("548,000", 548000, E, P, NEU, YJ26 + ", non-EU nationals, of all arrivals)"),
            L("63,000", 63000, E, P, EUI, YJ26 + ", EU citizens)"),
            L("94,000", 94000, E, P, BRI, YJ26 + ", returning Britons)", occ=1),
            L("22%", -22, E, PCT, "visas_granted_skilled_worker_change", "January to June 2026 vs January to June 2025 (the year's first half, main applicants, dropped on a year earlier; Home Office data)"),
            L("48,300", 48300, E, P, "visas_granted_skilled_worker", "January to June 2026 (the year's first half, main applicants; Home Office data)"),
            L("almost a quarter of a million", 250000, ALM, P, BRE, "July 2025 to June 2026 (pack up and leave in a single year; the shadow home secretary)"),
            L("more than 80%", -80, MT, PCT, NMC, "year to June 2026 vs the peak in the year to June 2023 (the overall figure was down on the peak; the Home Office)"),
            L("41,086", 41086, E, P, SBA, "1 January to 26 November 2026 (so far this year; Home Office data)"),
            L("742", 742, E, P, SBA, "23 November 2026 (on Monday alone)"),
            L("12", 12, E, BOATS, SBC, "23 November 2026 (on Monday)", ctx="in 12 boats"),
            L("almost 62", 62, ALM, PPB, "small_boat_occupancy", "23 November 2026 (on Monday, an average per boat)"),
            R("between 100,000 and 150,000", 100000, 150000, P, "net_migration_forecast", "per year (before 2030, will level out; a think tank)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
