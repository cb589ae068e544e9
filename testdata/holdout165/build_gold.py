#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-sixty-fifth hand-labelled hold-out set (holdout165).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, EUR, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, HOT, RSC)

NI, ENG, WAL, ROI = "Northern Ireland", "England", "Wales", "Republic of Ireland"
FAO = "Fermanagh and Omagh"
LIC, HOMES, COUNTRIES = "other:licences", "other:homes", "other:countries"

# 01 (Thursday 21 May 2026; Home Office quarterly statistics published that morning for January to March 2026)
HO1 = "Home Office statistics published Thursday 21 May 2026"
Q126 = "January to March 2026 (the opening three months of 2026; " + HO1 + ")"
Q125 = "January to March 2025 (the corresponding quarter a year ago; " + HO1 + ")"
YM26 = "April 2025 to March 2026 (the year ending March 2026; " + HO1 + ")"
YM25 = "April 2024 to March 2025 (the preceding 12-month period; " + HO1 + ")"
SBCH = SBA + "_change"
CWP = "Maeve Ashworth-Diallo, Crossings Watch Project"

# 02 (Wednesday 15 July 2026; ONS mid-2025 population estimates published Tuesday 14 July 2026)
ONS2 = "ONS mid-2025 estimates published Tuesday 14 July 2026"
AT25 = "30 June 2025 (mid-2025; " + ONS2 + ")"
MY25 = "mid-2024 to mid-2025 (over twelve months; " + ONS2 + ")"
BOX = "30 June 2025 (CARDIFF AT A GLANCE box, mid-2025; " + ONS2 + ")"
BOXF = "mid-2024 to mid-2025 (CARDIFF AT A GLANCE box; " + ONS2 + ")"
IMFE = "internal_migration_inflow_from_england"
IMTE = "internal_migration_outflow_to_england"

# 03 (Monday 2 March 2026; Home Office data released Thursday 26 February 2026, for 2025 and the end of December)
HO3 = "Home Office data released Thursday 26 February 2026"
D25 = "31 December 2025 (the end of December; " + HO3 + ")"
Y25 = "January to December 2025 (last year; " + HO3 + ")"
Y24 = "January to December 2024 (" + HO3 + ")"
FNC = "foreign_national_offenders_awaiting_removal_in_community"
RFN = "returns_foreign_national_offenders"
MOJ = "31 December 2025 (the end of December; Ministry of Justice figures)"

# 04 (Wednesday 27 May 2026; ONS estimates published Thursday 21 May 2026; the claim was made on Sunday 24 May 2026)
ONS4 = "ONS estimates published Thursday 21 May 2026"
CLAIM = "the claim (Danielle Okonjo-Pryce, Home Office minister, Sunday 24 May 2026)"
SINCE = "year ending June 2024 to 2025 (since coming into office; "
C25 = "January to December 2025 (2025; " + ONS4 + ")"
CHART = " (chart, 12 months ending; " + ONS4 + ")"
NMC, NMR = NM + "_change", NM + "_revision"

# 05 (Tuesday 13 October 2026; NAO report published Monday 12 October 2026; the firms' accounts)
NAO = "NAO report published Monday 12 October 2026"
ACC = "accounts filed at Companies House"
C2029 = "2019 to 2029 (the ten-year contracts, "
APP = "asylum_accommodation_provider_profit"
ACCT = "asylum_accommodation_contracts_cost"
ACA = "asylum_cost_accommodation"
FY26 = "April 2025 to March 2026 (2025/26; " + NAO + ")"
J26 = "30 June 2026 (when June ended; Home Office statistics)"

# 06 (Thursday 3 September 2026; Home Office data obtained by the Ouzel for the year to 30 June 2026)
HO6 = "Home Office data obtained by the Ouzel"
Y6 = "July 2025 to June 2026 (the year to 30 June 2026; " + HO6 + ")"
Y6P = "July 2024 to June 2025 (a year earlier; " + HO6 + ")"
VSW = "visas_granted_skilled_worker"
VHC = "visas_granted_health_care_worker"
SVM = "Declan Mulgrew-Asante, Strule Valley Meats"

# 07 (Saturday 30 May 2026; ONS estimates published 21 May 2026)
ONS7 = "ONS estimates published 21 May 2026"
E25 = "January to December 2025 (2025; " + ONS7 + ")"
E24 = "January to December 2024 (" + ONS7 + ")"
EB = "emigration_british"
NMB = "net_migration_british_nationals"
KP = " (Key points)"
KI = "May 2026 (this month; Kestrel Insight survey for The Skimmer)"
MOB = "Dr Marcus Oyelowo-Brandt, Northgate Centre for Population Research"

ARTICLES = {
    "01-barnstaple-bellrope-pa-small-boats-first-quarter": dict(
        meta=dict(url="https://www.bellrope.example/news/uk-world/channel-crossings-down-a-fifth-in-first-quarter-as-afghans-top-nationality-list-again-5120733",
                  title="Channel crossings down a fifth in first quarter as Afghans top nationality list again",
                  publisher="Barnstaple Bellrope", author="Imogen Tregarthen-Bello", published_date="2026-05-21"),
        labels=[
            L("a fifth", -20, E, PCT, SBCH, "January to March 2026 vs the same quarter of 2025 (down; headline)", ctx="down a fifth in first quarter"),
            L("21%", -21, E, PCT, SBCH, "January to March 2026 vs January to March 2025 (fell by; " + HO1 + ")"),
            L("7,340", 7340, E, P, SBA, Q126),
            L("9,310", 9310, E, P, SBA, Q125),
            L("131", 131, E, BOATS, SBC, Q126 + " boats"),
            L("56", 56, E, PPB, "small_boat_occupancy", Q126 + " average per dinghy, the highest for any first quarter"),
            L("3,860", 3860, E, P, SBA, "March 2026 (the busiest month; " + HO1 + ")"),
            L("more than half", 50, MT, PCT, "small_boat_arrivals_march_share_of_quarter", "March 2026, of January to March 2026 (" + HO1 + ")"),
            L("1,430", 1430, E, P, SBA, "February 2026 (a stormy February; " + HO1 + ")"),
            L("1,690", 1690, E, P, "small_boat_arrivals_afghan", Q126),
            L("23%", 23, E, PCT, "small_boat_arrivals_share_afghan", Q126),
            L("1,210", 1210, E, P, "small_boat_arrivals_eritrean", Q126),
            L("980", 980, E, P, "small_boat_arrivals_sudanese", Q126),
            L("720", 720, E, P, "small_boat_arrivals_iranian", Q126),
            L("nearly halved", -50, ALM, PCT, "small_boat_arrivals_vietnamese_change", "January to March 2026 vs January to March 2025 (" + HO1 + ")"),
            L("410", 410, E, P, "small_boat_arrivals_vietnamese", Q126),
            L("790", 790, E, P, "small_boat_arrivals_vietnamese", "January to March 2025 (twelve months earlier; " + HO1 + ")"),
            L("more than two-thirds", 200 / 3, MT, PCT, "small_boat_arrivals_share_top_five_nationalities", Q126 + " those five nationalities"),
            L("About one in five", 20, AP, PCT, "small_boat_arrivals_share_children", Q126 + " under 18"),
            L("some 1,480", 1480, AP, P, "small_boat_arrivals_children", Q126 + " under 18"),
            L("71%", 71, E, PCT, "small_boat_arrivals_share_adult_men", Q126),
            L("96%", 96, E, PCT, "small_boat_arrivals_share_claimed_asylum", Q126 + " applied for asylum by the end of April"),
            L("almost three in ten", 30, ALM, PCT, "asylum_applications_share_small_boat", Q126 + " of claims lodged through all routes"),
            L("24,600", 24600, E, P, "asylum_applications", Q126 + " all routes"),
            L("39,020", 39020, E, P, SBA, YM26),
            L("6%", -6, E, PCT, SBCH, "year ending March 2026 vs year ending March 2025 (fewer; " + HO1 + ")"),
            L("41,510", 41510, E, P, SBA, YM25),
            L("13,870", 13870, E, P, SBA, "1 January to 20 May 2026 (so far this year; Home Office daily figures)"),
            L("318", 318, E, P, SBA, "per day, Tuesday 19 May 2026 (on Tuesday; Home Office daily figures)"),
            L("386", 386, E, P, "returns_france", Q126 + " flown to France under the one in, one out pilot", geo="France"),
            L("1,305", 1305, E, P, "returns_france", "summer 2025 to March 2026 (returned under the deal since it was struck last summer; " + HO1 + ")", geo="France"),
            L("a fifth", -20, E, PCT, SBCH, "2026 so far vs the same point of 2025 (down by; the Home Secretary)", ctx="down by a fifth on where"),
            L("more than 1,300", 1300, MT, P, "returns_france", "summer 2025 to May 2026 (put on flights back to France; the Home Secretary)", geo="France"),
            L("More than 75,000", 75000, MT, P, SBA, "5 July 2024 to May 2026 (since 5 July 2024; the shadow home secretary)"),
            L("roughly 26", 26, AP, RATIO, "small_boat_arrivals_to_returns_france_ratio", "summer 2025 to May 2026 (for every person the returns deal sends back; the shadow home secretary)"),
            L("at least 19", 19, AL, P, "small_boat_deaths", "1 January to 21 May 2026 (since New Year's Day; " + CWP + ")"),
            L("more than four times", 4, MT, RATIO, "small_boat_occupancy_ratio", "2026 vs 2020 (passengers per dinghy; " + CWP + ")"),
        ]),
    "02-cardiff-quillwort-welsh-cities-population-migration-from-england": dict(
        meta=dict(url="https://www.quillwort.example/news/wales-news/cardiff-population-381200-migration-england-ons-31877412",
                  title="Cardiff's population reaches 381,200 as more people move to Wales from England than head the other way",
                  publisher="Cardiff Quillwort", author="Carys Mathonwy-Adeyemi", published_date="2026-07-15"),
        labels=[
            L("381,200", 381200, E, P, "population", AT25 + " headline", occ=0, geo="Cardiff"),
            L("1.2%", 1.2, E, PCT, "population_change", MY25 + " standfirst", occ=0, geo="Cardiff"),
            L("381,200", 381200, E, P, "population", AT25, occ=1, geo="Cardiff"),
            L("4,600", 4600, E, P, "population_growth", MY25 + " residents gained", geo="Cardiff"),
            L("1.2%", 1.2, E, PCT, "population_change", MY25, occ=1, geo="Cardiff"),
            L("1.4%", 1.4, E, PCT, "population_change", MY25 + " the biggest percentage increase in Wales", geo="Newport"),
            L("166,300", 166300, E, P, "population", AT25, geo="Newport"),
            L("0.7%", 0.7, E, PCT, "population_change", MY25, geo="Swansea"),
            L("250,900", 250900, E, P, "population", AT25, geo="Swansea"),
            L("3,214,500", 3214500, E, P, "population", AT25, geo=WAL),
            L("19,200", 19200, E, P, "population_growth", MY25, geo=WAL),
            L("0.6%", 0.6, E, PCT, "population_change", MY25, geo=WAL),
            L("4,300", 4300, E, P, "population_revision", "30 June 2024 (mid-2024 figure revised up by; " + ONS2 + ")", geo=WAL),
            L("3,195,300", 3195300, E, P, "population", "30 June 2024 (mid-2024, revised; " + ONS2 + ")", geo=WAL),
            L("0.8%", 0.8, E, PCT, "population_change", MY25, geo=EW),
            L("62.3 million", 62300000, E, P, "population", AT25, geo=EW),
            L("27,900", 27900, E, P, "births", MY25, geo=WAL),
            L("34,600", 34600, E, P, "deaths", MY25, geo=WAL),
            L("6,700", -6700, E, P, "population_natural_change", MY25 + " without migration the population would have shrunk by", geo=WAL),
            L("9,800", 9800, E, P, "internal_migration_net", MY25 + " moves within the UK", geo=WAL),
            L("Some 58,300", 58300, AP, P, IMFE, MY25 + " moved across the border into Wales", geo=WAL),
            L("48,900", 48900, E, P, IMTE, MY25 + " left for England", geo=WAL),
            L("9,400", 9400, E, P, "internal_migration_net_from_england", MY25 + " a net gain", geo=WAL),
            L("Almost two in five", 40, ALM, PCT, IMFE + "_share_aged_50_and_over", MY25 + " newcomers from England (detailed tables)", geo=WAL),
            L("14%", 14, E, PCT, IMTE + "_share_aged_50_and_over", MY25 + " people making the reverse move (detailed tables)", geo=WAL),
            L("16,100", 16100, E, P, "net_migration_international", MY25, geo=WAL),
            L("a third", -THIRD, E, PCT, "net_migration_international_change", "mid-2025 vs mid-2024 (down a third on last year; " + ONS2 + ")", ctx="down a third on last year", geo=WAL),
            L("24,100", 24100, E, P, "net_migration_international", "mid-2023 to mid-2024 (last year's; " + ONS2 + ")", geo=WAL),
            L("381.2k", 381200, E, P, "population", BOX, geo="Cardiff"),
            L("+6.9k", 6900, E, P, "net_migration_international", BOXF, geo="Cardiff"),
            L("-3.5k", -3500, E, P, "internal_migration_net", BOXF + " net moves to rest of UK", geo="Cardiff"),
            L("+1.2k", 1200, E, P, "population_natural_change", BOXF + " births minus deaths", geo="Cardiff"),
            L("33.9", 33.9, E, YEARS, "population_median_age", BOX, geo="Cardiff"),
            R("between 6,000 and 7,000", -7000, -6000, P, "population_natural_change", "per year, 2026 (without migration the population would be shrinking by; Dr Eleri Vaughan-Osei, Taff Institute for Regional Studies)", geo=WAL),
            L("around 2,000", 2000, AP, HOMES, "housing_need_new_homes", "per year (a city growing this quickly needs; Cllr Bethan Llewellyn-Achterberg, Cardiff Council)", geo="Cardiff"),
            L("about 410,000", 410000, AP, P, "population_projection", "2036 (replacement local development plan assumption; Cllr Bethan Llewellyn-Achterberg, Cardiff Council)", geo="Cardiff"),
            L("c. 1,800", 1800, AP, P, "population", "2025 (Pembrokeshire County Council ward estimates)", geo="St Davids"),
        ]),
    "03-the-turret-foreign-national-offenders-deportation-backlog": dict(
        meta=dict(url="https://www.theturret.example/politics/2026/03/02/record-foreign-criminals-awaiting-deportation-living-in-community/",
                  title="Record 20,140 foreign criminals awaiting deportation are living in the community",
                  publisher="The Turret", author="Rupert Haverleigh-Obi", published_date="2026-03-02"),
        labels=[
            L("20,140", 20140, E, P, FNC, D25 + " a record; headline", occ=0),
            L("14 per cent", 14, E, PCT, RFN + "_change", "2025 vs 2024 (removals rose by; standfirst)", occ=0),
            L("around one in eight", 12.5, AP, PCT, "prison_population_share_foreign_nationals", "end of December 2025 (caption)", geo=EW),
            L("20,140", 20140, E, P, FNC, D25 + " a record", occ=1),
            L("900", 900, E, P, FNC + "_change", "31 December 2025 vs 31 December 2024 (higher than a year before; " + HO3 + ")"),
            L("nearly four times", 4, ALM, RATIO, FNC + "_ratio", "end of 2025 vs end of 2010 (" + HO3 + ")"),
            L("5,430", 5430, E, P, FNC, "31 December 2010 (the end of 2010; " + HO3 + ")"),
            L("4,210", 4210, E, P, FNC + "_over_5_years", D25 + " in the queue for over five years"),
            L("5,720", 5720, E, P, RFN, Y25),
            L("14 per cent", 14, E, PCT, RFN + "_change", "2025 vs 2024 (up; " + HO3 + ")", occ=1),
            L("5,020", 5020, E, P, RFN, Y24),
            L("more than 9,000", 9000, MT, P, RFN, "5 July 2024 to February 2026 (since 5 July 2024; the Home Office)"),
            L("Some 2,270", 2270, AP, P, RFN + "_early_removal_scheme", Y25),
            L("two in five", 40, E, PCT, RFN + "_share_early_removal_scheme", Y25),
            L("1,310", 1310, E, P, RFN + "_albanian", Y25),
            L("890", 890, E, P, RFN + "_romanian", Y25),
            L("540", 540, E, P, RFN + "_polish", Y25),
            L("310", 310, E, P, RFN + "_lithuanian", Y25),
            L("Just under half", 50, ALM, PCT, RFN + "_share_eu_countries", Y25 + " to EU member states"),
            L("10,370", 10370, E, P, "prison_population_foreign_nationals", MOJ, geo=EW),
            L("about 12 per cent", 12, AP, PCT, "prison_population_share_foreign_nationals", MOJ, geo=EW),
            L("88,300", 88300, E, P, "prison_population", MOJ + " people behind bars", geo=EW),
            L("£54,600", 54600, E, GBP, "prison_place_cost_per_year", "per year, 2025 (average per prison place)", geo=EW),
            L("about £566 million", 566000000, AP, GBP, "foreign_national_prisoners_cost", "per year, 2025-26 (keeping them behind bars, annually; the paper's calculation)", geo=EW),
            L("1,140", 1140, E, P, "foreign_national_offenders_held_beyond_sentence", D25 + " held in immigration removal centres after their sentences"),
            L("1,480", 1480, E, P, "deportation_appeals_determined", Y25 + " FNO deportation appeals decided by the tribunal"),
            L("39 per cent", 39, E, PCT, "foreign_national_offender_deportation_appeals_share_allowed", Y25),
            L("about a third", THIRD, AP, PCT, "deportation_appeals_allowed_share_article_8", Y25 + " of the successful cases"),
            L("more than 20,000", 20000, MT, P, FNC, "March 2026 (now; the shadow home secretary)"),
            L("almost a thousand", 1000, ALM, P, FNC + "_change", "2025 (in a single year; the shadow home secretary)"),
            L("three and a half years", 3.5, E, YEARS, FNC + "_years_to_clear", "at 2025's pace of removals (Jonah Pettifer-Kwarteng, Tollgate Institute)"),
            L("about 5,000", 5000, AP, P, "deportation_cases_opened", "per year (every year; Jonah Pettifer-Kwarteng, Tollgate Institute)"),
            L("£715 million", 715000000, E, GBP, RSC, "April 2022 to July 2024 (before Labour scrapped it)"),
            L("14 per cent", 14, E, PCT, RFN + "_change", "2025 vs 2024 (up; Home Office spokesman)", occ=2),
            L("23", 23, E, COUNTRIES, "deport_now_appeal_later_countries", "March 2026 (extended to; Home Office spokesman)"),
        ]),
    "04-proofline-net-migration-claim-since-election": dict(
        meta=dict(url="https://proofline.example/immigration/net-migration-fallen-three-quarters-since-labour-came-to-power/",
                  title="Has net migration fallen by three-quarters since Labour came to power?",
                  publisher="Proofline", author="Tobias Ekwueme-Stanhope", published_date="2026-05-27"),
        labels=[
            L("three-quarters", -75, E, PCT, NMC, SINCE + "headline; " + CLAIM + ")", occ=0),
            L("three-quarters", -75, E, PCT, NMC, SINCE + "THE CLAIM box; " + CLAIM + ")", occ=1),
            L("171,000", 171000, E, P, NM, C25 + " latest estimate; OUR RATING box", occ=0),
            L("about 74%", -74, AP, PCT, NMC, "year ending June 2024 to 2025 (below; OUR RATING box)", occ=0),
            L("three-quarters", -75, E, PCT, NMC, SINCE + CLAIM + ")", occ=2),
            L("171,000", 171000, E, P, NM, C25, occ=1),
            L("649,000", 649000, E, P, NM, "July 2023 to June 2024 (the 12 months to June 2024, latest figure; " + ONS4 + ")"),
            L("171,000", 171000, E, P, NM, C25 + " a fall to", occ=2),
            L("478,000", -478000, E, P, NMC, "year ending June 2024 to 2025 (a drop of; Proofline's calculation)"),
            L("about 74%", -74, AP, PCT, NMC, "year ending June 2024 to 2025 (Proofline's calculation)", occ=1),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (the peak, year ending March 2023; " + ONS4 + ")"),
            L("almost a third", -THIRD, ALM, PCT, NMC, "year ending March 2023 to year ending June 2024 (already fallen by the time voters went to the polls)"),
            L("944k", 944000, E, P, NM, "April 2022 to March 2023 (Mar 2023;" + CHART),
            L("649k", 649000, E, P, NM, "July 2023 to June 2024 (Jun 2024;" + CHART),
            L("452k", 452000, E, P, NM, "January to December 2024 (Dec 2024;" + CHART),
            L("238k", 238000, E, P, NM, "July 2024 to June 2025 (Jun 2025;" + CHART),
            L("171k", 171000, E, P, NM, "January to December 2025 (Dec 2025;" + CHART),
            L("62%", -62, E, PCT, NMC, "2025 vs 2024 (the government's first full calendar year; " + ONS4 + ")"),
            L("About 688,000", 688000, AP, P, "immigration", C25 + " moved to the UK long-term"),
            L("24%", -24, E, PCT, "immigration_change", "2025 vs 2024 (down; " + ONS4 + ")"),
            L("517,000", 517000, E, P, "emigration", C25 + " left"),
            L("14%", 14, E, PCT, "emigration_change", "2025 vs 2024 (up; " + ONS4 + ")"),
            L("minus 98,000", -98000, E, P, "net_migration_british_nationals", C25),
            L("60,000", -60000, E, P, "net_migration_eu", C25 + " more EU nationals left than arrived"),
            L("329,000", 329000, E, P, "net_migration_non_eu", C25),
            L("672,000", 672000, E, P, NM, "July 2022 to June 2023 (the ONS's first estimate for the 12 months to June 2023)"),
            L("68,000", 68000, E, P, NMR, "year ending June 2023 (a year later it was higher; ONS)"),
            L("166,000", 166000, E, P, NMR, "year ending June 2023 (revised up by a further, after the ONS changed its methods)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (revised; ONS)"),
            L("452,000", 452000, E, P, NM, "January to December 2024 (this month's release; " + ONS4 + ")"),
            L("21,000", 21000, E, P, NMR, "January to December 2024 (more than first published last year; " + ONS4 + ")"),
            L("431,000", 431000, E, P, NM, "January to December 2024 (first published last year, May 2025; ONS)"),
            L("34,000", 34000, E, P, NMR, "July 2024 to June 2025 (revised up by; " + ONS4 + ")"),
            L("238,000", 238000, E, P, NM, "July 2024 to June 2025 (revised; " + ONS4 + ")"),
            L("about three-quarters", -75, AP, PCT, NMC, "year ending June 2024 to 2025 (the most recent figure set against the year before the election; conclusion)"),
            L("nearly two-fifths", 40, ALM, PCT, "net_migration_fall_share_before_election", "year ending March 2023 to 2025 (of the fall from the 2023 peak, before Labour took office; conclusion)"),
        ]),
    "05-the-millwheel-asylum-accommodation-contracts-profits": dict(
        meta=dict(url="https://www.millwheel.example/uk-news/2026/oct/13/asylum-housing-firms-profit-contract-bill-nao",
                  title="Asylum housing firms made £142m profit last year as contract bill heads for £16.9bn",
                  publisher="The Millwheel", author="Hannah Ruiz-Treadwell", published_date="2026-10-13"),
        labels=[
            L("£142m", 142000000, E, GBP, APP, "January to December 2025 (last year, the three firms combined; headline)"),
            L("£16.9bn", 16900000000, E, GBP, ACCT, C2029 + "current forecast; headline)", occ=0),
            L("nearly four times", 4, ALM, RATIO, ACCT + "_ratio", "current forecast vs the original 2019 estimate (standfirst; " + NAO + ")", occ=0),
            V("tens of millions", 20000000, 90000000, GBP, "asylum_accommodation_provider_dividends", "2025 (one provider paid to its owners; standfirst)"),
            L("£141.8m", 141800000, E, GBP, APP, "January to December 2025 (last year, combined; analysis of " + ACC + ")"),
            L("nearly four times", 4, ALM, RATIO, ACCT + "_ratio", "current forecast vs what was first expected (" + NAO + ")", occ=1),
            L("about £4.5bn", 4500000000, AP, GBP, ACCT + "_original_forecast", C2029 + "projected at signing in 2019; " + NAO + ")"),
            L("£16.9bn", 16900000000, E, GBP, ACCT, C2029 + "now forecast; " + NAO + ")", occ=1),
            L("£15.3bn", 15300000000, E, GBP, ACCT, C2029 + "forecast when the NAO last examined them)"),
            L("£2.7bn", 2700000000, E, GBP, ACA, FY26 + " spent under the contracts"),
            L("about £7.4m", 7400000, AP, GBP, ACA, "per day, " + FY26),
            L("16%", -16, E, PCT, ACA + "_change", "2025/26 vs 2024/25 (down from a peak; " + NAO + ")"),
            L("£3.2bn", 3200000000, E, GBP, ACA, "April 2024 to March 2025 (the year before, a peak; " + NAO + ")"),
            L("£74.2m", 74200000, E, GBP, APP, "January to December 2025 (Cresswell Homes Group, pre-tax; " + ACC + ")"),
            L("18%", 18, E, PCT, APP + "_change", "2025 vs 2024 (Cresswell Homes Group, up; " + ACC + ")"),
            L("£62.8m", 62800000, E, GBP, APP, "January to December 2024 (Cresswell Homes Group; " + ACC + ")"),
            L("£41m", 41000000, E, GBP, "asylum_accommodation_provider_dividends", "2025 (Cresswell Homes Group, paid to its owners; " + ACC + ")"),
            L("£38.5m", 38500000, E, GBP, APP, "2025 (Ostlers Support Services, operating profit on its asylum business; " + ACC + ")"),
            L("£812m", 812000000, E, GBP, "asylum_accommodation_provider_revenue", "2025 (Ostlers Support Services, asylum business; " + ACC + ")"),
            L("4.7%", 4.7, E, PCT, APP + "_margin", "2025 (Ostlers Support Services; " + ACC + ")"),
            L("£29.1m", 29100000, E, GBP, APP, "2025 (Pennant Accommodation; " + ACC + ")"),
            L("more than £480m", 480000000, MT, GBP, APP, "2022 to 2025 (over the past four years, the three firms; the Millwheel's analysis)"),
            L("£94m", 94000000, E, GBP, "asylum_accommodation_excess_profit_recovered", "2019 to 2026 (handed back since 2019; " + NAO + ")"),
            L("£31.7m", 31700000, E, GBP, "asylum_accommodation_excess_profit_owed", "2023 and 2024 (owed, still in dispute; " + NAO + ")"),
            L("Some 102,400", 102400, AP, P, "asylum_support_population", J26),
            L("24,300", 24300, E, P, HOT, J26 + " still in hotels"),
            L("almost a quarter", -25, ALM, PCT, HOT + "_change", "30 June 2026 vs 30 June 2025 (down by, on twelve months earlier)"),
            L("£137", 137, E, GBP, "asylum_hotel_cost_per_person_night", "per night, 2026 (average hotel bed; " + NAO + ")"),
            L("£19", 19, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, 2026 (dispersed housing; " + NAO + ")"),
            L("more than seven times", 7, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2026 (a hotel bed vs dispersed housing; " + NAO + ")"),
            L("£4.5bn", 4500000000, E, GBP, ACCT + "_original_forecast", C2029 + "what taxpayers were told; Siân Okafor-Maddox MP)", ctx="would cost £4.5bn"),
            L("almost £17bn", 17000000000, ALM, GBP, ACCT, C2029 + "now heading for; Siân Okafor-Maddox MP)"),
            L("one in five", 20, E, PCT, "dispersed_homes_share_unfixed_damp_or_mould", "2026 (homes inspected this year; Hearthstone Refugee Alliance)"),
            L("6.1%", 6.1, E, PCT, APP + "_margin", "2025 (Cresswell Homes Group's own statement)"),
            L("146", 146, E, HOTELS, "asylum_hotels_closed", "5 July 2024 to October 2026 (since the election; Home Office spokesperson)"),
        ]),
    "06-omagh-ouzel-northern-ireland-work-visas-border": dict(
        meta=dict(url="https://www.omaghouzel.example/business/work-visas-for-ni-employers-fall-by-almost-a-third-as-border-firms-lose-recruits-to-donegal-4418207",
                  title="Work visas for NI employers fall by almost a third as border firms lose recruits to Donegal",
                  publisher="Omagh Ouzel", author="Orla McCandless-Oyinlola", published_date="2026-09-03"),
        labels=[
            L("almost a third", -THIRD, ALM, PCT, VSW + "_change", "year to June 2026 vs year to June 2025 (fall; headline)", occ=0, geo=NI),
            L("almost a third", -THIRD, ALM, PCT, VSW + "_change", "year to June 2026 vs year to June 2025 (dropped by; " + HO6 + ")", occ=1, geo=NI),
            L("Some 5,310", 5310, AP, P, VSW, Y6 + " sponsored by employers here", geo=NI),
            L("7,700", 7700, E, P, VSW, Y6P, geo=NI),
            L("59%", -59, E, PCT, VHC + "_change", "year to June 2026 vs year to June 2025 (tumbled; " + HO6 + ")", geo=NI),
            L("1,250", 1250, E, P, VHC, Y6, geo=NI),
            L("3,050", 3050, E, P, VHC, Y6P, geo=NI),
            L("2.6%", 2.6, E, PCT, VSW + "_share_northern_ireland", Y6 + " of all skilled worker visas granted in the UK"),
            L("2.8%", 2.8, E, PCT, "population_share_ni_of_uk", "2026 (Northern Ireland's share of the UK's population)"),
            L("640", 640, E, P, VSW, Y6, geo=FAO),
            L("210", 210, E, P, VSW + "_meat_poultry_plants", Y6, geo=FAO),
            L("around 1,900", 1900, AP, LIC, "sponsor_licences_held", "30 June 2026 (the end of June; " + HO6 + ")", geo=NI),
            L("140", -140, E, LIC, "sponsor_licences_held_change", "30 June 2026 vs 30 June 2025 (fewer than a year earlier; " + HO6 + ")", geo=NI),
            L("19", 19, E, LIC, "sponsor_licences_revoked", "1 January to 3 September 2026 (so far this year)", geo=NI),
            L("41,200", 41200, E, P, "irish_employment_permits_issued", "January to December 2025 (Department of Enterprise)", geo=ROI),
            L("7%", 7, E, PCT, "irish_employment_permits_issued_change", "2025 vs 2024 (more than the year before; Department of Enterprise)", geo=ROI),
            L("Roughly 23,000", 23000, AP, P, "cross_border_commuters", "per day, 2026 (every working day; latest estimates from statisticians on both sides)", geo="Irish border"),
            L("about a third", THIRD, AP, PCT, "cross_border_commuters_share_living_in_donegal", "2026 (latest estimates from statisticians on both sides)", geo="Irish border"),
            L("£16", 16, E, GBP, "electronic_travel_authorisation_fee", "from April 2025 (since April 2025)"),
            L("£41,700", 41700, E, GBP, "skilled_worker_salary_threshold", "from July 2025 (went up to, in July 2025)"),
            L("£33,900", 33900, E, GBP, "median_full_time_salary", "per year, 2026", geo=NI),
            L("2.1%", 2.1, E, PCT, "unemployment_rate", "2026 (now)", geo=NI),
            L("480", 480, E, P, "employer_staff", "September 2026 (Strule Valley Meats employs; " + SVM + ")", geo="Omagh"),
            L("about 60%", 60, AP, PCT, "employer_staff_share_from_outside_uk_and_ireland", "September 2026 (Strule Valley Meats; " + SVM + ")", geo="Omagh"),
            L("52", 52, E, P, "employer_sponsored_workers", "2025 (last year, Strule Valley Meats; " + SVM + ")", geo="Omagh"),
            L("11", 11, E, P, "employer_sponsored_workers", "2026 so far (this year, Strule Valley Meats; " + SVM + ")", geo="Omagh"),
            L("€34,000", 34000, E, EUR, "irish_employment_permit_salary_threshold", "2026 (an Irish permit's salary floor; " + SVM + ")", geo=ROI),
            L("£5.9bn", 5900000000, E, GBP, "agri_food_sector_value", "per year (Caoimhe Brolly-Nwachukwu MLA)", geo=NI),
            L("more than two-thirds", -200 / 3, MT, PCT, NM + "_change", "from its peak to the latest estimate (dropped by; Home Office statement, September 2026)"),
        ]),
    "07-the-skimmer-british-nationals-emigration-explainer": dict(
        meta=dict(url="https://www.theskimmer.example/news/explainers/why-more-britons-moving-abroad-emigration-figures-explained-3590216",
                  title="Why are more Britons moving abroad? What the emigration figures tell us",
                  publisher="The Skimmer", author="Priya Chaudhry-Lindgren", published_date="2026-05-30"),
        labels=[
            L("243,000", 243000, E, P, EB, E25 + KP, ctx="An estimated 243,000"),
            L("15%", 15, E, PCT, EB + "_change", "2025 vs 2024 (up; Key points)", occ=0),
            L("98,000", -98000, E, P, NMB, E25 + " more Britons left than came back; Key points", occ=0),
            L("More than half", 50, MT, PCT, EB + "_share_aged_16_34", E25 + KP),
            L("some 243,000", 243000, AP, P, EB, E25 + " moved abroad for at least a year"),
            L("15%", 15, E, PCT, EB + "_change", "2025 vs 2024 (more than; " + ONS7 + ")", occ=1),
            L("211,000", 211000, E, P, EB, E24),
            L("145,000", 145000, E, P, "immigration_british", E25 + " returned to live in the UK"),
            L("151,000", 151000, E, P, "immigration_british", E24),
            L("98,000", -98000, E, P, NMB, E25 + " a net outflow", occ=1),
            L("60,000", -60000, E, P, NMB, E24 + " a net outflow, the year before"),
            L("almost half", 50, ALM, PCT, "emigration_share_british", E25),
            L("517,000", 517000, E, P, "emigration", E25 + " all who emigrated from the UK"),
            R("from 180,000 to 305,000", 180000, 305000, P, EB, E25 + " the ONS's range"),
            L("54%", 54, E, PCT, EB + "_share_aged_16_34", E25),
            L("11%", 11, E, PCT, EB + "_share_aged_65_and_over", E25),
            L("2,050", 2050, E, P, "poll_sample_size", KI),
            L("one in five", 20, E, PCT, "poll_share_considered_emigrating_aged_18_34", KI + " in the past year"),
            L("7%", 7, E, PCT, "poll_share_considered_emigrating_aged_55_and_over", KI + " in the past year"),
            L("47,300", 47300, E, P, "working_holiday_visas_granted_britons", "July 2024 to June 2025 (2024/25; Australian figures)", geo="Australia"),
            L("20%", 20, E, PCT, "working_holiday_visas_granted_britons_change", "2024/25 vs 2023/24 (up, year on year)", geo="Australia"),
            L("nearly four times", 4, ALM, RATIO, "working_holiday_visas_granted_britons_ratio", "2024/25 vs 2021/22", geo="Australia"),
            L("about 240,000", 240000, AP, P, "british_nationals_resident_abroad", "2026 (the Foreign Office's best guess)", geo="United Arab Emirates"),
            L("312,000", 312000, E, P, "british_nationals_resident_abroad", "1 January 2026 (the start of the year; Spain's residence register)", geo="Spain"),
            L("around 1.2m", 1200000, AP, P, "british_nationals_resident_abroad", "2026 (across the EU as a whole)", geo="EU"),
            L("about 207,000", 207000, AP, P, EB, "January to December 2006 (the peak under the old passenger survey)"),
            L("36%", 36, E, PCT, "rent_share_of_take_home_pay_graduates", "2026 (a graduate renting in a big English city; " + MOB + ")", geo=ENG),
            L("a quarter of a million", 250000, E, P, EB, "January to December 2025 (went last year; " + MOB + ")"),
            L("about 1.1m", 1100000, AP, P, "uk_state_pensioners_abroad", "May 2026 (now draw a UK state pension overseas)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
