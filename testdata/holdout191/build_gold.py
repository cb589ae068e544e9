#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-ninety-first hand-labelled hold-out set (holdout191).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, HOT)

UK, ENG, WAL, SCO, NI, EW = "UK", "England", "Wales", "Scotland", "Northern Ireland", "England and Wales"
HH, APPS, DAYS, COUNCILS, INCIDENTS = "other:households", "other:applications", "other:days", "other:councils", "other:incidents"
RATE10K = "other:persons_per_10000_residents"
TWO3 = 200 / 3

# 01 (Wednesday 19 February 2025; Welsh Government written statement laid Monday 17 February 2025)
WS = "Welsh Government written statement laid Monday 17 February 2025"
WGC = "welsh_government_ukraine_response_cost"
SINCE22 = "March 2022 to February 2025 (since March 2022; " + WS + ")"
CARM = "Carmarthenshire"
CC = "Carmarthenshire County Council"
BOX1 = " (FACT FILE box; Welsh Government)"

# 02 (Thursday 26 June 2025; NISRA mid-2024 population estimates published that morning)
NISRA = "NISRA population estimates published 26 June 2025"
M24 = "July 2023 to June 2024 (the year to mid-2024; " + NISRA + ")"
J24 = "30 June 2024 (mid-2024; " + NISRA + ")"
CCG = "Causeway Coast and Glens"
BOX2 = " (NORTHERN IRELAND IN NUMBERS box; NISRA)"

# 03 (Tuesday 14 October 2025; Home Office figures for the end of June 2025; PA copy)
J25 = "30 June 2025 (the end of June; Home Office figures)"
DISP = "asylum_dispersal_population"
RATE = "asylum_dispersal_population_per_10000_residents"
SOT = "Stoke-on-Trent"
WM = "West Midlands"
SCC = "Stoke-on-Trent City Council"
HOS3 = "a Home Office spokesperson"

# 04 (Friday 30 January 2026; Home Office figures to the end of September 2025; PA copy)
S25 = "31 January 2021 to 30 September 2025 (by the end of September 2025; Home Office figures)"
YS25 = "October 2024 to September 2025 (the year ending September 2025; Home Office figures)"
HKR = "hong_kongers_resident"
BOX4 = " (BN(O) ROUTE IN NUMBERS box; Home Office)"
TVA = "survey by the Thames Valley Hong Kong Association, autumn 2025 (last autumn)"

# 05 (Wednesday 13 May 2026; PA copy)
WETH = "Wethersfield"
NOW5 = "May 2026 (now; the Home Office)"
YTD5 = "1 January to 12 May 2026 (so far this year, since January 1; the Home Office)"
LS = "large_site"

# 06 (Thursday 20 August 2026; Scottish Government homelessness statistics published Tuesday 18 August 2026)
SGH = "Scottish Government homelessness statistics published Tuesday 18 August 2026"
FY6 = "April 2025 to March 2026 (2025-26, last year; " + SGH + ")"
FY5 = "April 2024 to March 2025 (2024-25; " + SGH + ")"
RH = "refugees_homeless_after_leaving_asylum_support"
EDI = "Edinburgh"
BOX6 = " (THE FIGURES box; Scottish Government)"

# 07 (Monday 9 November 2026; report to Wiltshire Council councillors; PA copy)
REP = "report to Wiltshire Council councillors"
FY7 = "April 2025 to March 2026 (2025/26; " + REP + ")"
WIL = "Wiltshire"
RAA = "resettlement_arrivals_afghan"
SINCE21 = "August 2021 to November 2026 (since Kabul fell in August 2021; " + REP + ")"

ARTICLES = {
    "01-llandovery-nant-wales-ukrainian-welcome-costs": dict(
        meta=dict(url="https://www.llandoverynant.example/news/carmarthenshire/three-years-on-welsh-spending-on-ukrainian-arrivals-falls-40-as-county-warns-over-homes-4417302",
                  title="Three years on, Welsh spending on Ukrainian arrivals falls 40% as county warns over homes",
                  publisher="Llandovery Nant", author="Eleri Vaughan-Achterberg", published_date="2025-02-19"),
        labels=[
            L("40%", -40, E, PCT, WGC + "_change", "2023-24 vs 2022-23 (falls; headline)", ctx="falls 40%", geo=WAL),
            L("£41.2m", 41200000, E, GBP, WGC, "April 2023 to March 2024 (2023-24; " + WS + ")", occ=0, geo=WAL),
            L("40%", -40, E, PCT, WGC + "_change", "2023-24 vs 2022-23 (down; " + WS + ")", ctx="down 40% on", geo=WAL),
            L("£68.5m", 68500000, E, GBP, WGC, "April 2022 to March 2023 (2022-23; " + WS + ")", geo=WAL),
            L("7,860", 7860, E, P, "immigration_ukraine_homes_for_ukraine", SINCE22, occ=0, geo=WAL),
            L("3,410", 3410, E, P, "immigration_ukraine_supersponsor", SINCE22, occ=0, geo=WAL),
            L("more than four in ten", 40, MT, PCT, "immigration_ukraine_supersponsor_share", SINCE22 + " of the total", geo=WAL),
            L("passed 1,500", 1500, MT, P, "ukrainian_welcome_accommodation_population", "June 2022 (waiting in welcome centres and hotels when the route was paused)", geo=WAL),
            L("1,520", 1520, E, P, "ukrainian_welcome_accommodation_population", "autumn 2022 (when numbers peaked; " + WS + ")", geo=WAL),
            L("fewer than 150", 150, LT, P, "ukrainian_welcome_accommodation_population", "31 December 2024 (the end of December 2024; " + WS + ")", occ=0, geo=WAL),
            L("about a third", THIRD, AP, PCT, "ukrainian_households_share_insecure_housing", "February 2025 (households still in Wales; officials estimate)", geo=WAL),
            L("£10,500", 10500, E, GBP, "homes_for_ukraine_council_tariff_per_arrival", "2022 (one-off, for each person who arrived in 2022)"),
            L("£5,900", 5900, E, GBP, "homes_for_ukraine_council_tariff_per_arrival", "January 2023 onwards (one-off, for arrivals from January 2023)"),
            L("44%", -44, E, PCT, "homes_for_ukraine_council_tariff_per_arrival_change", "arrivals from January 2023 vs arrivals in 2022 (a cut)"),
            L("640", 640, E, P, "ukrainians_resident", "February 2025 (now living in the county; " + CC + ")", geo=CARM),
            L("Some 118", 118, AP, HH, "ukrainian_households_living_with_hosts", "February 2025 (still hosted by local families; " + CC + ")", geo=CARM),
            L("61", 61, E, HH, "ukrainian_households_moved_to_social_housing", "to February 2025 (moved into council or housing association homes; " + CC + ")", geo=CARM),
            L("£2.3m", 2300000, E, GBP, "council_ukraine_resettlement_spending", "April 2023 to March 2024 (2023/24; " + CC + ")", geo=CARM),
            L("£1.7m", 1700000, E, GBP, "council_ukraine_resettlement_grants", "April 2023 to March 2024 (2023/24, met by Welsh and UK Government grants; " + CC + ")", geo=CARM),
            L("about £600,000", 600000, AP, GBP, "council_ukraine_resettlement_spending_shortfall", "April 2023 to March 2024 (2023/24, the gap; " + CC + ")", geo=CARM),
            V("Hundreds", 200, 900, HH, "homes_for_ukraine_host_households", "2022 (opened their doors; Cllr Gwenllian Prothero-Asante, " + CC + ")", geo=CARM),
            L("more than 5,000", 5000, MT, HH, "housing_waiting_list_households", "February 2025 (applicants on the housing register; Cllr Gwenllian Prothero-Asante, " + CC + ")", geo=CARM),
            L("£350", 350, E, GBP, "homes_for_ukraine_thank_you_payment", "per month (monthly thank-you payment to hosts, first year; UK Government)", geo=EW),
            L("£500", 500, E, GBP, "homes_for_ukraine_thank_you_payment", "per month (once a guest has been in the country for a year; UK Government)", geo=EW),
            L("three-quarters", 75, E, PCT, "ukrainian_adults_share_in_work_or_study", "autumn 2024 (last autumn; survey for the Welsh Government)", geo=WAL),
            L("one in five", 20, E, PCT, "ukrainian_adults_share_intend_to_return", "autumn 2024 (last autumn; survey for the Welsh Government)", geo=WAL),
            V("tens of thousands", 20000, 90000, P, "immigration_ukraine_supersponsor", "2022 (ministers talked about welcoming; Rhys Colquhoun-Ebrahim MS)", geo=WAL),
            L("£8m", 8000000, E, GBP, "welsh_government_ukraine_council_housing_funding", "April 2025 to March 2026 (2025-26, a further; a Welsh Government spokesperson)", geo=WAL),
            L("7,860", 7860, E, P, "immigration_ukraine_homes_for_ukraine", "March 2022 to February 2025 (arrivals in Wales since March 2022" + BOX1 + ")", occ=1, geo=WAL),
            L("3,410", 3410, E, P, "immigration_ukraine_supersponsor", "March 2022 to February 2025 (via the super sponsor route" + BOX1 + ")", occ=1, geo=WAL),
            L("fewer than 150", 150, LT, P, "ukrainian_welcome_accommodation_population", "December 2024 (still in initial accommodation" + BOX1 + ")", occ=1, geo=WAL),
            L("£41.2m", 41200000, E, GBP, WGC, "April 2023 to March 2024 (2023-24" + BOX1 + ")", occ=1, geo=WAL),
        ]),
    "02-coleraine-confluence-ni-population-estimates-migration": dict(
        meta=dict(url="https://www.coleraineconfluence.example/news/northern-ireland/migrants-keep-northern-ireland-growing-as-births-hit-record-low-2290417",
                  title="Migrants keep Northern Ireland growing as births hit record low",
                  publisher="Coleraine Confluence", author="Declan Harkness-Oduya", published_date="2025-06-26"),
        labels=[
            L("7,300", 7300, E, P, "population_growth", "July 2023 to June 2024 (the year to mid-2024; standfirst)", occ=0, geo=NI),
            L("1.93m", 1930000, E, P, "population", "30 June 2024 (mid-2024; standfirst)", geo=NI),
            L("7,300", 7300, E, P, "population_growth", M24, occ=1, geo=NI),
            L("1,927,800", 1927800, E, P, "population", J24, occ=0, geo=NI),
            L("0.4%", 0.4, E, PCT, "population_change", M24 + " higher than 12 months earlier", geo=NI),
            L("119,400", 119400, E, P, "population_growth", "30 June 2014 to 30 June 2024 (more than a decade before; " + NISRA + ")", geo=NI),
            L("6.6%", 6.6, E, PCT, "population_change", "30 June 2014 to 30 June 2024 (a decade; " + NISRA + ")", geo=NI),
            L("1.1%", 1.1, E, PCT, "population_change", "July 2023 to June 2024 (over the same year)", occ=0, geo=EW),
            L("3,100", 3100, E, P, "population_revision", "30 June 2023 (mid-2023 estimate revised up; " + NISRA + ")", geo=NI),
            L("1,920,500", 1920500, E, P, "population", "30 June 2023 (mid-2023, revised; " + NISRA + ")", geo=NI),
            L("20,950", 20950, E, P, "births", M24, occ=0, geo=NI),
            L("17,650", 17650, E, P, "deaths", M24, occ=0, geo=NI),
            L("3,300", 3300, E, P, "population_natural_change", M24, geo=NI),
            L("4,000", 4000, E, P, "net_migration", M24 + " migration added a net", geo=NI),
            L("6,200", 6200, E, P, "net_migration_international", M24, ctx="net gain of 6,200", geo=NI),
            L("more than a fifth", -20, MT, PCT, "net_migration_international_change", "year to mid-2024 vs year to mid-2023 (down by; " + NISRA + ")", geo=NI),
            L("7,900", 7900, E, P, "net_migration_international", "July 2022 to June 2023 (the previous year; " + NISRA + ")", geo=NI),
            L("2,200", 2200, E, P, "internal_migration_net_outflow_to_great_britain", M24 + " more people left for Great Britain than came the other way", occ=0, geo=NI),
            L("Some 57%", 57, AP, PCT, "immigration_share_non_eu", M24 + " of those arriving from outside the UK and Ireland", geo=NI),
            L("24%", 24, E, PCT, "immigration_share_non_eu", "July 2015 to June 2016 (the year to mid-2016; " + NISRA + ")", geo=NI),
            L("1,900", 1900, E, P, "population_growth", M24, geo="Belfast"),
            L("350,400", 350400, E, P, "population", J24, geo="Belfast"),
            L("38%", 38, E, PCT, "net_migration_international_share_belfast", M24 + " of the net gain from international migration", geo=NI),
            L("1.1%", 1.1, E, PCT, "population_change", M24 + " the fastest-growing council area", occ=1, geo="Mid Ulster"),
            L("290", 290, E, P, "population_growth", M24, geo=CCG),
            L("142,100", 142100, E, P, "population", J24, geo=CCG),
            L("250", -250, E, P, "population_natural_change", M24 + " deaths outnumbered births by", geo=CCG),
            L("1,560", 1560, E, P, "deaths", M24, geo=CCG),
            L("1,310", 1310, E, P, "births", M24, geo=CCG),
            L("410", 410, E, P, "net_migration_from_outside_northern_ireland", M24 + " a net, from outside Northern Ireland", geo=CCG),
            L("130", 130, E, P, "internal_migration_net", M24 + " a net, from elsewhere within Northern Ireland", geo=CCG),
            L("337,000", 337000, E, P, "population_aged_65_and_over", J24, geo=NI),
            L("more than one in six", 100 / 6, MT, PCT, "population_share_aged_65_and_over", J24, geo=NI),
            L("less than half", 50, LT, PCT, "population_natural_change_share_of_growth", "year to mid-2024 (now; Professor Ruairí Ballantine-Osei, Ulster University)", geo=NI),
            L("c. 2,800", 2800, AP, P, "asylum_support_population", "30 June 2024 (the end of June 2024; housed by the Home Office)", geo=NI),
            L("halved", -50, E, PCT, "school_pupils_change", "2005 to June 2025 (since 2005, roll of some primary schools; Alderman Mervyn Dunluce-Afolabi)", geo="the Glens (Causeway Coast and Glens)"),
            L("pass 2 million", 2000000, MT, P, "population_projection", "the 2030s (NISRA's previous projections)", geo=NI),
            L("1,927,800", 1927800, E, P, "population", "30 June 2024 (population" + BOX2 + ")", occ=1, geo=NI),
            L("20,950", 20950, E, P, "births", "year to mid-2024 (births" + BOX2 + ")", occ=1, geo=NI),
            L("17,650", 17650, E, P, "deaths", "year to mid-2024 (deaths" + BOX2 + ")", occ=1, geo=NI),
            L("+6,200", 6200, E, P, "net_migration_international", "year to mid-2024 (net international migration" + BOX2 + ")", geo=NI),
            L("-2,200", -2200, E, P, "internal_migration_net", "year to mid-2024 (net moves from Great Britain" + BOX2 + ")", geo=NI),
        ]),
    "03-burslem-brook-pa-stoke-asylum-dispersal-rate": dict(
        meta=dict(url="https://www.burslembrook.example/news/stoke-on-trent/stoke-tops-west-midlands-league-for-asylum-seekers-per-head-of-population-5120448",
                  title="Stoke tops West Midlands league for asylum seekers per head of population",
                  publisher="Burslem Brook", author="Priyanka Farrow-Adebayo", published_date="2025-10-14"),
        labels=[
            L("1,620", 1620, E, P, DISP, J25, occ=0, geo=SOT),
            L("12%", 12, E, PCT, DISP + "_change", "30 June 2025 vs 30 June 2024 (up, in a year; Home Office figures)", geo=SOT),
            L("174", 174, E, P, DISP + "_change", "30 June 2025 vs 30 June 2024 (higher than 12 months earlier; Home Office figures)", geo=SOT),
            L("1,446", 1446, E, P, DISP, "30 June 2024 (12 months earlier; Home Office figures)", geo=SOT),
            L("about 62", 62, AP, RATE10K, RATE, J25, geo=SOT),
            L("over three times", 3, MT, RATIO, RATE + "_ratio", J25 + " Stoke's rate against the regional rate", geo=SOT),
            L("19", 19, E, RATE10K, RATE, J25 + " the regional rate", ctx="rate of 19 per", geo=WM),
            L("1,620", 1620, E, P, DISP, "30 June 2025 (the city's asylum seekers; image caption)", occ=1, geo=SOT),
            L("11,480", 11480, E, P, DISP, J25, geo=WM),
            L("2,310", 2310, E, P, DISP, J25 + " the largest number", geo="Birmingham"),
            L("20", 20, E, RATE10K, RATE, J25, ctx="at 20 per", geo="Birmingham"),
            L("a third", 1 / 3, E, RATIO, RATE + "_ratio", J25 + " Birmingham's rate against Stoke's", geo="Birmingham"),
            L("420", 420, E, P, DISP, J25, geo="Newcastle-under-Lyme"),
            L("nearly four times", 4, ALM, RATIO, DISP + "_ratio", J25 + " Stoke against Newcastle-under-Lyme", geo=SOT),
            L("Five", 5, E, COUNCILS, "councils_housing_fewer_than_50_asylum_seekers", J25 + " district councils in Staffordshire", geo="Staffordshire"),
            L("fewer than 50", 50, LT, P, DISP, J25 + " each of five district councils", geo="Staffordshire"),
            L("72,600", 72600, E, P, DISP, J25 + " UK-wide, on that date"),
            L("32,100", 32100, E, P, HOT, J25 + " a further, in hotels"),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", "October 2025 (still has; " + SCC + ")", ctx="still has two asylum", geo=SOT),
            L("about 260", 260, AP, P, HOT, "October 2025 (housed in the two hotels; " + SCC + ")", geo=SOT),
            L("£3.2m", 3200000, E, GBP, "council_asylum_cost", "April 2024 to March 2025 (2024/25, services linked to dispersal; " + SCC + " estimate)", geo=SOT),
            L("£1.1m", 1100000, E, GBP, "council_asylum_grant", "April 2024 to March 2025 (2024/25, received in Home Office grants; " + SCC + ")", geo=SOT),
            L("£2.1m", 2100000, E, GBP, "council_asylum_cost_shortfall", "April 2024 to March 2025 (2024/25, a gap; " + SCC + ")", geo=SOT),
            L("1,450", 1450, E, P, "asylum_dispersal_target", "by March 2026 (asked the Home Office to bring numbers down to; " + SCC + ")", geo=SOT),
            L("about 170", -170, AP, P, "asylum_dispersal_population_planned_change", "June 2025 to March 2026 (a reduction; " + SCC + ")", geo=SOT),
            V("hundreds", 200, 900, HOTELS, "asylum_hotels_in_use", "July 2024 (when this Government came in; " + HOS3 + ")"),
            V("millions of pounds", 2000000, 9000000, GBP, "asylum_cost_hotels", "per day (daily, July 2024; " + HOS3 + ")"),
            L("210", 210, E, HOTELS, "asylum_hotels_in_use", "October 2025 (brought down to, since 5 July last year; " + HOS3 + ")"),
            L("about 400", 400, AP, HOTELS, "asylum_hotels_in_use", "2023 (at the peak; " + HOS3 + ")"),
            L("roughly 900", 900, AP, P, "charity_service_users", "January to June 2025 (between January and June; Potteries Sanctuary Network drop-in centre)", geo=SOT),
            L("about 600", 600, AP, P, "charity_service_users", "January to June 2024 (the same months of 2024; Potteries Sanctuary Network drop-in centre)", geo=SOT),
        ]),
    "04-reading-riffle-pa-hong-kong-bno-settlement": dict(
        meta=dict(url="https://www.readingriffle.example/news/reading/hong-kongers-in-reading-can-start-applying-to-settle-as-bno-route-turns-five-6603815",
                  title="Hong Kongers in Reading can start applying to settle as BN(O) route turns five",
                  publisher="Reading Riffle", author="Joanna Whiteknights-Leung", published_date="2026-01-30"),
        labels=[
            L("221,300", 221300, E, P, "visa_applications_bno", S25),
            L("209,800", 209800, E, P, "visas_granted_bno", S25),
            L("about 95%", 95, AP, PCT, "visa_applications_bno_share_granted", S25),
            L("163,400", 163400, E, P, "immigration_hong_kong_bno", S25 + " arrived in the UK, estimated"),
            L("almost four in five", 80, ALM, PCT, "immigration_hong_kong_bno_share_of_grants", S25 + " of those granted who had arrived"),
            L("12,900", 12900, E, P, "visas_granted_bno", YS25),
            L("27%", -27, E, PCT, "visas_granted_bno_change", "year ending September 2025 vs the previous 12 months (down; Home Office figures)"),
            L("17,700", 17700, E, P, "visas_granted_bno", "October 2023 to September 2024 (the previous 12 months; Home Office figures)"),
            L("113,700", 113700, E, P, "visas_granted_bno", "31 January 2021 to January 2022 (the route's first 12 months; Home Office figures)"),
            R("between 30,000 and 35,000", 30000, 35000, P, "settlement_applications_bno_expected", "January to December 2026 (this year; the Home Office expects)"),
            V("tens of thousands", 20000, 90000, P, "settlement_applications_bno_expected", "2027 onwards (more, as later arrivals reach five years; the Home Office expects)"),
            L("£3,029", 3029, E, GBP, "settlement_application_fee_per_person", "January 2026 (fees for each application, a person)"),
            L("about 2,750", 2750, AP, P, HKR, "January 2026 (now; Reading Borough Council estimate)", geo="Reading"),
            L("roughly 1.6%", 1.6, AP, PCT, "population_share_hong_kongers", "January 2026 (of its residents; Reading Borough Council estimate)", geo="Reading"),
            L("around 3,100", 3100, AP, P, HKR, "January 2026 (now; Reading Borough Council estimate)", geo="Wokingham"),
            L("640", 640, E, P, "school_pupils_born_hong_kong", "January 2025 (last January's school census)", geo="Reading"),
            L("56%", 56, E, PCT, "school_pupils_born_hong_kong_change", "January 2025 vs 2022 (up; school census)", geo="Reading"),
            L("410", 410, E, P, "school_pupils_born_hong_kong", "2022 (school census)", geo="Reading"),
            L("almost 5,900", 5900, ALM, P, HKR, "January 2026 (now; Kelvin Tsang-Harrowby, Thames Valley Hong Kong Association)", geo="Reading and Wokingham"),
            L("86%", 86, E, PCT, "bno_arrivals_share_planning_settlement", TVA, geo="Thames Valley"),
            L("43%", 43, E, PCT, "bno_arrivals_share_working_below_qualification", TVA, geo="Thames Valley"),
            L("£2.3m", 2300000, E, GBP, "hong_kong_welcome_programme_funding", "April 2025 to March 2026 (2025-26, cut to)"),
            L("£4.5m", 4500000, E, GBP, "hong_kong_welcome_programme_funding", "April 2024 to March 2025 (2024-25)"),
            L("roughly halved", -50, AP, PCT, "hong_kong_welcome_programme_funding_change", "2025-26 vs 2024-25 (cut)"),
            L("221.3k", 221300, E, P, "visa_applications_bno", "to 30 September 2025 (applications" + BOX4 + ")"),
            L("209.8k", 209800, E, P, "visas_granted_bno", "to 30 September 2025 (grants" + BOX4 + ")"),
            L("163.4k", 163400, E, P, "immigration_hong_kong_bno", "to 30 September 2025 (arrivals" + BOX4 + ")"),
            L("12.9k", 12900, E, P, "visas_granted_bno", "October 2024 to September 2025 (grants, YE Sept 2025" + BOX4 + ")"),
        ]),
    "05-braintree-bourne-pa-wethersfield-small-boat-arrivals": dict(
        meta=dict(url="https://www.braintreebourne.example/news/wethersfield/wethersfield-asylum-site-more-than-two-thirds-full-as-channel-crossings-slow-3318806",
                  title="Wethersfield asylum site more than two-thirds full as Channel crossings slow",
                  publisher="Braintree Bourne", author="Adeline Marchbank-Osei", published_date="2026-05-13"),
        labels=[
            L("more than two-thirds", TWO3, MT, PCT, LS + "_occupancy_share", "May 2026 (full; headline)", occ=0, geo=WETH),
            L("840", 840, E, P, LS + "_population", NOW5 + " small-boat arrivals housed", geo=WETH),
            L("more than two-thirds", TWO3, MT, PCT, LS + "_occupancy_share", NOW5 + " of its beds", occ=1, geo=WETH),
            L("1,220", 1220, E, P, LS + "_capacity", NOW5 + " beds", occ=0, geo=WETH),
            L("72 days", 72, E, DAYS, LS + "_stay_average", NOW5 + " the average stay, figures released to the Bourne", geo=WETH),
            L("9,870", 9870, E, P, SBA, YTD5),
            L("27%", -27, E, PCT, SBA + "_change", "1 January to 12 May 2026 vs the same period of 2025 (down; the Home Office)"),
            L("13,480", 13480, E, P, SBA, "1 January to 12 May 2025 (by this date last year; the Home Office)"),
            L("182", 182, E, BOATS, SBC, YTD5),
            L("54", 54, E, PPB, "small_boat_occupancy", YTD5 + " on average"),
            L("412", 412, E, P, SBA, "Monday 11 May 2026 (on Monday alone)"),
            L("eight", 8, E, BOATS, SBC, "Monday 11 May 2026 (on Monday)"),
            L("More than 74,000", 74000, MT, P, SBA, "5 July 2024 to 12 May 2026 (since Labour entered government on 5 July 2024)"),
            L("6,300", 6300, E, P, "small_boat_launch_attempts_stopped_people", "January to April 2026 (between January and April; French authorities)", geo="France"),
            L("38%", -38, E, PCT, "irregular_arrivals_change", "January to December 2025 vs 2024 (irregular entries into the bloc dropped; Frontex)", geo="EU"),
            L("1,220", 1220, E, P, LS + "_capacity", "May 2026 (room for; image caption)", occ=1, geo=WETH),
            L("£49m", 49000000, E, GBP, LS + "_cost", "April 2025 to March 2026 (2025/26, to run; the Home Office)", geo=WETH),
            L("about £160", 160, AP, GBP, LS + "_cost_per_person_night", "per day (per person per night, 2025/26; the Home Office)", geo=WETH),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "per day (average a night for asylum hotels, 2025/26; the Home Office)"),
            L("£430,000", 430000, E, GBP, "council_legal_costs_large_site", "2023 (unsuccessful High Court challenge)", geo="Braintree"),
            L("£1.2m", 1200000, E, GBP, "council_large_site_community_funding", "July 2023 to May 2026 (since the site opened; from the Home Office)", geo="Braintree"),
            L("96", 96, E, INCIDENTS, "police_callouts_large_site", "January to December 2025 (last year; Essex Police)", geo=WETH),
            L("a third", -THIRD, E, PCT, "police_callouts_large_site_change", "2025 vs 2024 (down by; Essex Police)", geo=WETH),
            L("143", 143, E, INCIDENTS, "police_callouts_large_site", "January to December 2024 (Essex Police)", geo=WETH),
            L("fewer than 1,000", 1000, LT, P, "population", "May 2026 (residents of the village; Cllr Felicity Gosfield-Amoah)", geo=WETH),
            L("about one in five", 20, AP, PCT, LS + "_population_share_referred_mental_health", "January to May 2026 (this year, men seen by a charity; a charity volunteer)", geo=WETH),
            L("passed 50,000", 50000, MT, P, "returns", "July 2024 to May 2026 (removals and returns since July 2024; a Home Office spokesperson)"),
        ]),
    "06-dunbar-burn-edinburgh-refugee-move-on-homelessness": dict(
        meta=dict(url="https://www.dunbarburn.example/politics/housing/refugee-homelessness-in-edinburgh-more-than-doubles-as-capital-runs-out-of-rooms-7715023",
                  title="Refugee homelessness in Edinburgh more than doubles as capital runs out of rooms",
                  publisher="Dunbar Burn", author="Isla Gilmerton-Achebe", published_date="2026-08-20"),
        labels=[
            L("more than doubles", 2, MT, RATIO, RH + "_ratio", "2025-26 vs 2024-25 (headline)", geo=EDI),
            L("415", 415, E, HH, RH, "April 2025 to March 2026 (last year, turned to the council; standfirst)", occ=0, geo=EDI),
            L("more than doubled", 2, MT, RATIO, RH + "_ratio", "2025-26 vs 2024-25 (last year; " + SGH + ")", geo=EDI),
            L("415", 415, E, HH, RH, FY6, occ=1, geo=EDI),
            L("198", 198, E, HH, RH, FY5, occ=0, geo=EDI),
            L("63%", 63, E, PCT, RH + "_change", "2025-26 vs 2024-25 (rose by; " + SGH + ")", occ=0, geo=SCO),
            L("1,480", 1480, E, HH, RH, FY6, occ=0, geo=SCO),
            L("908", 908, E, HH, RH, FY5, geo=SCO),
            L("half", 50, E, PCT, RH + "_share_glasgow", FY6 + " Glasgow's share of Scotland's total", geo=SCO),
            L("742", 742, E, HH, RH, FY6, occ=0, geo="Glasgow"),
            L("one in ten", 10, E, PCT, "homelessness_presentations_share_refugees", FY6 + " refugees' share of all applications", geo=EDI),
            L("4,150", 4150, E, APPS, "homelessness_applications", "April 2025 to March 2026 (the 12 months to March; " + SGH + ")", geo=EDI),
            L("27,300", 27300, E, P, "asylum_grants", "April 2025 to March 2026 (the 12 months ending in March 2026; the Home Office)"),
            L("18%", 18, E, PCT, "asylum_grants_change", "year to March 2026 vs the previous year (up; the Home Office)"),
            L("about 1,100", 1100, AP, P, "asylum_support_population", "August 2026 (now in Home Office accommodation in the city)", geo=EDI),
            L("£7.9m", 7900000, E, GBP, "council_refugee_temporary_accommodation_cost", "April 2025 to March 2026 (last year, bed and breakfast and hotel rooms for refugee households; City of Edinburgh Council)", geo=EDI),
            L("over a third", THIRD, MT, PCT, "council_temporary_accommodation_cost_share_refugees", "April 2025 to March 2026 (last year, of its bed and breakfast and hotel bill; City of Edinburgh Council)", geo=EDI),
            L("£21.6m", 21600000, E, GBP, "council_temporary_accommodation_cost", "April 2025 to March 2026 (last year, total bed and breakfast and hotel bill; City of Edinburgh Council)", geo=EDI),
            L("£96", 96, E, GBP, "council_temporary_accommodation_cost_per_night", "per day (average a night, 2025-26; City of Edinburgh Council)", geo=EDI),
            L("243 days", 243, E, DAYS, "temporary_accommodation_stay_average_refugees", "April 2025 to March 2026 (average before a permanent home; City of Edinburgh Council)", geo=EDI),
            L("5,240", 5240, E, HH, "temporary_accommodation_households", "March 2026 (reaching, in March)", geo=EDI),
            V("millions", 2000000, 9000000, GBP, "council_refugee_temporary_accommodation_cost", "2026 (we are spending, on hotel rooms; Cllr Tam Liberton-Okoye, housing convener)", geo=EDI),
            L("roughly 620", 620, AP, P, "charity_service_users", "January to June 2026 (between January and June; Lothian Refugee Housing Forum)", geo="Lothian"),
            L("about 340", 340, AP, P, "charity_service_users", "January to June 2025 (the same months of 2025; Lothian Refugee Housing Forum)", geo="Lothian"),
            L("£1.5m", 1500000, E, GBP, "scottish_government_refugee_move_on_funding", "April 2026 to March 2027 (2026-27, refugee move-on fund; the Scottish Government)", geo=SCO),
            L("415", 415, E, HH, RH, "April 2025 to March 2026 (2025-26" + BOX6 + ")", occ=2, geo=EDI),
            L("198", 198, E, HH, RH, "April 2024 to March 2025 (2024-25" + BOX6 + ")", occ=1, geo=EDI),
            L("1,480", 1480, E, HH, RH, "April 2025 to March 2026 (Scotland" + BOX6 + ")", occ=1, geo=SCO),
            L("63%", 63, E, PCT, RH + "_change", "2025-26 vs 2024-25 (up" + BOX6 + ")", occ=1, geo=SCO),
            L("742", 742, E, HH, RH, "April 2025 to March 2026 (Glasgow" + BOX6 + ")", occ=1, geo="Glasgow"),
        ]),
    "07-chippenham-weir-pa-wiltshire-afghan-resettlement-costs": dict(
        meta=dict(url="https://www.chippenhamweir.example/news/wiltshire/wiltshires-bill-for-afghan-families-hits-record-as-resettlement-funding-runs-out-8841276",
                  title="Wiltshire's bill for Afghan families hits record as resettlement funding runs out",
                  publisher="Chippenham Weir", author="Tobias Hullavington-Mensah", published_date="2026-11-09"),
        labels=[
            L("£2.94m", 2940000, E, GBP, "council_resettlement_cost", FY7 + " a record, supporting resettled Afghan families", geo=WIL),
            L("412", 412, E, P, RAA, SINCE21, geo=WIL),
            L("96", 96, E, HH, "afghan_families_resettled", SINCE21, occ=0, geo=WIL),
            L("£20,520", 20520, E, GBP, "council_resettlement_grant_per_refugee", "per person resettled under ARAP or the ACRS, paid over three years"),
            L("£1.85m", 1850000, E, GBP, "council_resettlement_grant", FY7 + " Government funding received", geo=WIL),
            L("£1.09m", 1090000, E, GBP, "council_resettlement_cost_shortfall", FY7 + " met from reserves", geo=WIL),
            L("96", 96, E, HH, "afghan_families_resettled", SINCE21 + " of the families", occ=1, geo=WIL),
            L("71", 71, E, HH, "afghan_families_housed_local_authority_housing_fund", "November 2026 (live in homes bought or leased with the Local Authority Housing Fund; " + REP + ")", geo=WIL),
            L("nearly three-quarters", 75, ALM, PCT, "afghan_families_share_housed_local_authority_housing_fund", "November 2026 (of the total; " + REP + ")", geo=WIL),
            L("£6.2m", 6200000, E, GBP, "local_authority_housing_fund_allocation", "to November 2026 (allocated from the fund; " + REP + ")", geo=WIL),
            L("Three in five", 60, E, PCT, "afghan_adults_share_in_work", "November 2026 (now, in work or training; " + REP + ")", geo=WIL),
            L("38%", 38, E, PCT, "afghan_adults_share_in_work", "April 2023 to March 2024 (2023/24; " + REP + ")", geo=WIL),
            L("36,400", 36400, E, P, RAA, "2021 to November 2026 (since 2021; Home Office figures)"),
            L("21,300", 21300, E, P, RAA + "_arap", "2021 to November 2026 (since 2021; Home Office figures)"),
            L("15,100", 15100, E, P, RAA + "_acrs", "2021 to November 2026 (since 2021; Home Office figures)"),
            L("up to 20,000", 20000, AM, P, "afghan_resettlement_pledge_people", "the ACRS's aim (since 2021)"),
            L("three-quarters", 75, E, PCT, RAA + "_acrs_share_of_pledge", "2021 to November 2026 (of its places filled)", ctx="meaning three-quarters"),
            L("1,140", 1140, E, P, RAA + "_arap", "January to June 2026 (the first six months of the year)"),
            L("about 2,900", 2900, AP, P, "afghan_transitional_accommodation_population", "30 June 2026 (the end of June)"),
            L("more than two-thirds", -TWO3, MT, PCT, "afghan_transitional_accommodation_population_change", "June 2026 vs early 2023 (down by)"),
            L("9,500", 9500, E, P, "afghan_transitional_accommodation_population", "early 2023"),
            L("188", 188, E, P, RAA, "August 2021 to November 2026 (over the same period)", geo="Swindon"),
            R("between £3.1m and £3.4m", 3100000, 3400000, GBP, "council_resettlement_cost_forecast", "April 2026 to March 2027 (2026/27, could rise to; " + REP + ")", geo=WIL),
            L("more than £100m", 100000000, MT, GBP, "council_resettlement_grant", "April 2025 to March 2026 (2025-26, councils across the UK received for Afghan resettlement; a spokesperson for the Ministry of Housing, Communities and Local Government)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
