#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-fifty-ninth hand-labelled hold-out set (holdout159).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, NM, PTR, RSC, RSP)

UK, SCO, WAL, ENG, NE = "UK", "Scotland", "Wales", "England", "North East"
DAYS, P10K, JOBS, PROPS = "other:days", "other:persons_per_10000_residents", "other:jobs", "other:properties"

# 01 (Thursday 27 August 2026; Home Office figures published that morning for the year ending June 2026)
HO1 = "Home Office figures published Thursday 27 August 2026"
YJ26 = "July 2025 to June 2026 (the year ending June 2026; " + HO1 + ")"
YJ25 = "July 2024 to June 2025 (the previous 12 months; " + HO1 + ")"
J26 = "30 June 2026 (the end of June; " + HO1 + ")"
AA = "asylum_applications"
GOP = "Giles Ormerod-Pike, Conservative home affairs spokesman"
EBL = "Enver Baptiste-Lund, Open Harbour Refugee Trust"
HOS = "a Home Office spokesperson"

# 02 (Wednesday 11 March 2026; report to Northumberland County Council's cabinet, which met Tuesday 10 March 2026)
D25 = "31 December 2025 (when December ended; Home Office data)"
REP = "report to Northumberland County Council's cabinet, Tuesday 10 March 2026"
NLD = "Northumberland"
ADP = "asylum_dispersal_population"
ADR = "asylum_dispersal_population_per_10000_residents"
MTE = "Cllr Moira Teasdale-Ekwueme, Northumberland County Council"
NSP = "Yasmin Coulthard, Northern Settlement Partnership"

# 03 (Tuesday 14 April 2026; figures released to The Candlewick under freedom of information)
FOI = "freedom of information figures released to The Candlewick"
LIFE = "April 2022 to July 2024 (the scheme's life, before it was scrapped; " + FOI + ")"
OPV = "29 April to 4 July 2024 (detained with a view to removal to Rwanda; " + FOI + ")"
IDR = "immigration_detentions_rwanda"
MDF = "Marguerite Delacroix-Fenn, Liberty Bridge Legal Trust"

# 04 (Tuesday 26 May 2026; ONS estimates published Thursday 21 May 2026)
ONS = "ONS estimates published Thursday 21 May 2026"
Y25 = "January to December 2025 (last year; " + ONS + ")"
YJ23 = "July 2022 to June 2023 (the year to June 2023"
Y24 = "January to December 2024 (calendar year 2024"
NMR = "net_migration_revision"
ASB = "Dr Anwen Strickland-Bayo, ONS director of migration statistics"

# 05 (Monday 2 November 2026; Home Office accounts for 2025/26 and figures to the end of September 2026)
FY26 = "April 2025 to March 2026 (2025/26, the last financial year; Home Office accounts"
S26 = "30 September 2026 (the end of September; Home Office figures"
HCN, AHU, AHP, ACH = "asylum_hotel_cost_per_person_night", "asylum_hotels_in_use", "asylum_hotel_population", "asylum_cost_hotels"
RFO = "Rupert Fairbairn-Oduya, shadow immigration minister"

# 06 (Wednesday 25 February 2026; HESA figures published Thursday 19 February 2026 for the 2024/25 academic year)
HESA = "HESA figures published Thursday 19 February 2026"
AY25 = "2024/25 academic year (" + HESA + ")"
AY24 = "2023/24 academic year (a year earlier; " + HESA + ")"
IS = "international_students"
SDV = "visas_granted_study_dependants"
GRH = "Gwion Rees-Haddad, Welsh Higher Education Forum"
COK = "Chidinma Okafor-Williams, a student in Swansea"

# 07 (Saturday 18 July 2026; a column citing ONS estimates published in May 2026 for 2025)
ONS7 = "ONS estimates published May 2026"
Y25C = "January to December 2025 (last year; " + ONS7 + ")"
EBN = "net_migration_british_nationals"

ARTICLES = {
    "01-flarepath-news-asylum-claims-record-nationalities": dict(
        meta=dict(url="https://news.flarepath.example/asylum-claims-hit-new-high-of-118400-as-pakistanis-overtake-afghans-13419277",
                  title="Asylum claims hit new high of 118,400 as Pakistanis overtake Afghans",
                  publisher="Flarepath News", author="Priya Castellane-Wood", published_date="2026-08-27"),
        labels=[
            L("118,400", 118400, E, P, AA, "July 2025 to June 2026 (new high; headline)", occ=0),
            L("doubled", 2, E, RATIO, AA + "_visa_holders_ratio", "year ending June 2026 vs two years earlier (claims from people who first came on a visa; standfirst)"),
            L("a third", THIRD, E, PCT, AA + "_share_small_boat", "July 2025 to June 2026 (small boat arrivals' share of the total; standfirst)", ctx="account for a third of the total"),
            L("118,400", 118400, E, P, AA, YJ26 + " main applicants and dependants", occ=1),
            L("7%", 7, E, PCT, AA + "_change", "year ending June 2026 vs year ending June 2025 (more than the previous 12 months; " + HO1 + ")"),
            L("110,700", 110700, E, P, AA, YJ25),
            L("112,900", 112900, E, P, AA, "January to December 2025 (the previous record, set six months ago)"),
            L("14,900", 14900, E, P, AA + "_pakistani", YJ26),
            L("roughly one in eight", 12.5, AP, PCT, AA + "_share_pakistani", YJ26),
            L("11,200", 11200, E, P, AA + "_afghan", YJ26),
            L("27%", -27, E, PCT, AA + "_afghan_change", "year ending June 2026 vs year ending June 2025 (a drop; " + HO1 + ")"),
            L("9,650", 9650, E, P, AA + "_eritrean", YJ26),
            L("8,800", 8800, E, P, AA + "_iranian", YJ26),
            L("7,300", 7300, E, P, AA + "_sudanese", YJ26),
            L("44%", 44, E, PCT, AA + "_share_top_five_nationalities", YJ26),
            L("Some 41,600", 41600, AP, P, AA + "_visa_holders", YJ26 + " people who had held a work, study or visit visa"),
            L("double", 2, E, RATIO, AA + "_visa_holders_ratio", "year ending June 2026 vs year ending June 2024 (double the figure two years earlier)", ctx="double the figure"),
            L("more than a third", THIRD, MT, PCT, AA + "_share_visa_holders", YJ26),
            L("nearly three in ten", 30, ALM, PCT, AA + "_visa_holders_share_pakistani", YJ26),
            L("39,400", 39400, E, P, AA + "_small_boat_arrivals", YJ26 + " those who reached Britain by dinghy"),
            L("a third", THIRD, E, PCT, AA + "_share_small_boat", YJ26, ctx="39,400 claims, a third of the total"),
            L("41%", 41, E, PCT, AA + "_share_small_boat", "July 2024 to June 2025 (a year before)"),
            L("24,612", 24612, E, P, SBA, "1 January to 26 August 2026 (so far this year; daily data)"),
            L("9%", -9, E, PCT, SBA + "_change", "1 January to 26 August 2026 vs the same point of 2025 (fewer)"),
            L("Just over 4,100", 4100, MT, P, AA + "_unaccompanied_children", YJ26 + " children travelling alone"),
            L("61,200", 61200, E, P, "asylum_backlog", J26 + " waiting for a first decision"),
            L("a fifth", -20, E, PCT, "asylum_backlog_change", "30 June 2026 vs 30 June 2025 (down; " + HO1 + ")", ctx="down a fifth on"),
            L("76,500", 76500, E, P, "asylum_backlog", "30 June 2025 (twelve months earlier)"),
            L("49,300", 49300, E, P, "asylum_backlog_appeals", J26 + " appeals waiting to be heard by the tribunal"),
            L("almost quadrupled", 4, ALM, RATIO, "asylum_backlog_appeals_ratio", "30 June 2026 vs June 2024 (in two years)"),
            L("More than 320", 320, MT, P, AA, "per day, July 2025 to June 2026 (cross-head; " + GOP + ")"),
            L("more than 320", 320, MT, P, AA, "per day, July 2025 to June 2026 (every single day; " + GOP + ")"),
            L("41,600", 41600, E, P, AA + "_visa_holders", YJ26.replace(HO1, GOP), ctx="When 41,600"),
            L("Almost nine in ten", 90, ALM, PCT, "asylum_grants_share_initial_decisions_sudanese", "January to December 2025 (Sudanese claims decided last year; " + EBL + ")"),
            L("Fewer than 1,000", 1000, LT, P, "resettlement_arrivals", "July 2025 to June 2026 (in the year; " + EBL + ")"),
            V("tens of thousands", 20000, 90000, P, "asylum_backlog", "July 2024 (claims gathering dust when ministers took office; " + HOS + ")"),
            L("a fifth", -20, E, PCT, "asylum_backlog_change", "June 2025 to June 2026 (down in a year; " + HOS + ")", ctx="down by a fifth in a year"),
            L("more than 58,000", 58000, MT, P, "returns", "5 July 2024 to August 2026 (removed since 5 July 2024; " + HOS + ")"),
        ]),
    "02-alnwick-osprey-north-east-asylum-dispersal-funding": dict(
        meta=dict(url="https://www.alnwickosprey.example/news/northumberland/north-east-hosts-most-asylum-seekers-relative-to-population-county-share-set-to-treble-4471902",
                  title="North East now hosts the most asylum seekers relative to population of any English region - and county's share is set to treble",
                  publisher="Alnwick Osprey", author="Callum Rutherford-Asante", published_date="2026-03-11"),
        labels=[
            L("treble", 3, E, RATIO, ADP + "_ratio", "by March 2027 vs 31 December 2025 (county's share is set to; headline)", geo=NLD),
            L("£1.2m", 1200000, E, GBP, "council_asylum_grant", "March 2026 to March 2028 (from the Home Office; standfirst)", geo=NLD, occ=0),
            L("620", 620, E, P, "asylum_dispersal_target", "by March 2027 (extra places; standfirst)", ctx="620 extra places", geo=NLD),
            L("more than half", 50, MT, PCT, "asylum_dispersal_properties_share_blyth", "March 2026 (of Northumberland's dispersal homes; caption)", geo="Blyth"),
            L("7,940", 7940, E, P, ADP, D25, geo=NE),
            L("29", 29, E, P10K, ADR, D25, ctx="a rate of 29 for every", geo=NE),
            L("16", 16, E, P10K, ADR, D25 + " the average across England", ctx="England was 16", geo=ENG),
            L("about 5%", 5, AP, PCT, "population_share_of_england", "2025 (the region's share of England's population)", geo=NE),
            L("more than 8%", 8, MT, PCT, ADP + "_share_north_east", D25 + " the region's share of England's dispersed asylum seekers", geo=NE),
            L("1,240", 1240, E, P, ADP, D25, geo="Newcastle upon Tyne"),
            L("960", 960, E, P, ADP, D25, ctx="Sunderland with 960", geo="Sunderland"),
            L("720", 720, E, P, ADP, D25, geo="Gateshead"),
            L("44", 44, E, P10K, ADR, D25 + " the highest rate in the region", ctx="at 44 per", geo="Middlesbrough"),
            L("312", 312, E, P, ADP, D25, geo=NLD),
            L("10", 10, E, P10K, ADR, D25, ctx="just 10 for every", geo=NLD),
            L("up to 620", 620, AM, P, "asylum_dispersal_target", "by March 2027 (more people the county has agreed to take; " + REP + ")", geo=NLD),
            L("close to three times", 3, ALM, RATIO, ADP + "_ratio", "March 2027 vs today (the total would be; " + REP + ")", geo=NLD),
            L("£1,500", 1500, E, GBP, "council_asylum_grant_per_new_dispersal_bed", "2026 (one-off, for each new dispersal bed)"),
            L("£250", 250, E, GBP, "council_asylum_grant_per_dispersal_bed", "per year, 2026 (for each occupied bed)", ctx="£250 a year for each occupied"),
            L("about £1.2m", 1200000, AP, GBP, "council_asylum_grant", "March 2026 to March 2028 (over the next two years; " + REP + ")", geo=NLD),
            L("£1.9m", 1900000, E, GBP, "council_asylum_dispersal_cost", "March 2026 to March 2028 (school places, interpreters, social work and housing enforcement; " + REP + ")", geo=NLD),
            L("roughly £700,000", 700000, AP, GBP, "council_asylum_funding_shortfall", "March 2026 to March 2028 (a gap; " + REP + ")", geo=NLD),
            L("Almost three-quarters", 75, ALM, PCT, ADP + "_share_blyth_ashington", "March 2026 (of those already placed in the county)", geo=NLD),
            L("under £70,000", 70000, LT, GBP, "house_price_terraced", "March 2026 (what landlords can buy terraced houses for)", geo="Blyth and Ashington"),
            L("41", 41, E, PROPS, "asylum_dispersal_properties", "31 December 2024 (start of the year to December)", ctx="from 41 to 96", geo=NLD),
            L("96", 96, E, PROPS, "asylum_dispersal_properties", "31 December 2025 (the year to December)", ctx="from 41 to 96", geo=NLD),
            L("more than doubling", 2, MT, RATIO, "asylum_dispersal_properties_ratio", "December 2025 vs December 2024", geo=NLD),
            L("58", 58, E, P, "unaccompanied_children_in_care", "March 2026 (now)", ctx="caring for 58", geo=NLD),
            L("37", 37, E, P, "unaccompanied_children_in_care", "March 2025 (a year ago)", ctx="up from 37", geo=NLD),
            L("£250", 250, E, GBP, "council_asylum_grant_per_dispersal_bed", "per year, 2026 (does not come close; " + MTE + ")", ctx="A grant of £250"),
            L("£700,000", 700000, E, GBP, "council_asylum_funding_shortfall", "March 2026 to March 2028 (the missing sum asked of the Home Secretary; " + MTE + ")", ctx="missing £700,000", geo=NLD),
            L("1,150", 1150, E, P, "refugees_homeless_after_grant", "January to December 2025 (homeless within 56 days of being granted status last year; " + NSP + ")", geo=NE),
            L("34%", 34, E, PCT, "refugees_homeless_after_grant_change", "2025 vs 2024 (up; " + NSP + ")", geo=NE),
            L("12%", 12, E, PCT, "council_asylum_grant_change", "2026/27 vs 2025/26 (funding has risen; the Home Office)"),
        ]),
    "03-the-candlewick-rwanda-scheme-legacy-detention": dict(
        meta=dict(url="https://www.thecandlewick.example/news/uk/home-news/rwanda-scheme-cost-718m-four-volunteers-2310-detained-b2741953.html",
                  title="Rwanda scheme's final bill: £718m, four volunteers - and 2,310 people locked up for a flight that never left",
                  publisher="The Candlewick", author="Rosalind Okonjo-Hartley", published_date="2026-04-14"),
        labels=[
            L("£718m", 718000000, E, GBP, RSC, "April 2022 to July 2024 (the final bill; headline)", occ=0),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers; headline)", ctx="£718m, four volunteers"),
            L("2,310", 2310, E, P, IDR, "29 April to 4 July 2024 (locked up for a flight that never left; headline)", occ=0),
            L("£11.6m", 11600000, E, GBP, "rwanda_scheme_cost_detention", "29 April to 4 July 2024 (the detention bill; standfirst)", occ=0),
            L("£718m", 718000000, E, GBP, RSC, LIFE, occ=1),
            L("four", 4, E, P, "rwanda_relocations", LIFE, ctx="It relocated four people"),
            L("£290m", 290000000, E, GBP, PTR, "April 2022 to July 2024 (paid straight to Rwanda's government; " + FOI + ")", occ=0),
            L("about two-fifths", 40, AP, PCT, PTR + "_share_of_scheme_cost", LIFE),
            L("£48m", 48000000, E, GBP, "rwanda_scheme_cost_flights", LIFE + " charter flights booked and then cancelled"),
            L("£61m", 61000000, E, GBP, "rwanda_scheme_cost_detention_escorts_legal", LIFE),
            L("four", 4, E, P, "rwanda_relocations", LIFE + " spread across the four who went", ctx="across the four who went"),
            L("almost £180m", 180000000, ALM, GBP, "rwanda_scheme_cost_per_relocation", LIFE + " spread across the four who went"),
            L("2,310", 2310, E, P, IDR, OPV, occ=1),
            L("41 days", 41, E, DAYS, "detention_length_average", OPV + " on average each spent"),
            L("about £122", 122, AP, GBP, "detention_cost_per_person_day", "per day, 29 April to 4 July 2024 (per detainee; " + FOI + ")"),
            L("£11.6m", 11600000, E, GBP, "rwanda_scheme_cost_detention", OPV + " the cost of holding them", occ=1),
            L("1,870", 1870, E, P, "rwanda_detainees_released_on_bail", "July 2024 (released on immigration bail within weeks of the election; " + FOI + ")"),
            L("more than four in five", 80, MT, PCT, "rwanda_detainees_share_released_on_bail", "July 2024 (of those held; " + FOI + ")"),
            L("Nearly a third", THIRD, ALM, PCT, "rwanda_detainees_share_granted_leave", "July 2024 to April 2026 (since granted refugee status or another form of leave)"),
            L("214", 214, E, P, "unlawful_detention_claims_rwanda", "to April 2026 (so far)"),
            L("£3.1m", 3100000, E, GBP, "unlawful_detention_compensation_rwanda", "to April 2026 (compensation and legal costs paid out so far)"),
            V("Thousands", 2000, 9000, P, IDR, "spring 2024 (picked up at reporting centres; " + MDF + ")"),
            L("at least £1.8bn", 1800000000, AL, GBP, RSP, "estimate published March 2024 (had 300 people been sent; National Audit Office)"),
            L("300", 300, E, P, "rwanda_relocations_planned", "estimate published March 2024 (people sent, the basis of the estimate; National Audit Office)", ctx="had 300 people"),
            L("about 100", 100, AP, P, "rwanda_accommodation_capacity", "2024 (a Kigali hostel refurbished with room for; Rwandan officials)", geo="Rwanda"),
            L("£290m", 290000000, E, GBP, PTR, "April 2022 to July 2024 (will not be recovered)", occ=1),
            L("£50m", 50000000, E, GBP, PTR + "_due_not_made", "April 2025 (an instalment that was cancelled)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (sent just four volunteers; the Home Office)", ctx="sent just four volunteers"),
            L("more than 1,100", 1100, MT, P, "border_security_command_staff", "April 2026 (the Border Security Command's staff; " + HOS + ")"),
        ]),
    "04-fieldfare-news-net-migration-explainer-revisions": dict(
        meta=dict(url="https://www.fieldfarenews.example/news/articles/c9q4m2x7lrwo",
                  title="Net migration: How is it counted, and why do the figures keep changing?",
                  publisher="Fieldfare News", author="Hamish Grant-Oyelowo", published_date="2026-05-26"),
        labels=[
            L("171,000", 171000, E, P, NM, Y25, occ=0),
            V("tens of thousands", 20000, 90000, P, NMR, "future revisions of the 2025 estimate (sometimes, as better data comes in)"),
            L("842,000", 842000, E, P, "immigration", Y25),
            L("671,000", 671000, E, P, "emigration", Y25),
            L("171,000", 171000, E, P, NM, Y25 + " the balance", occ=1),
            L("under a fifth", 20, LT, PCT, "net_migration_share_of_peak", "2025 vs the year to June 2023 (of the 906,000 peak)"),
            L("906,000", 906000, E, P, NM, YJ23 + ", the peak; ONS)", occ=0),
            L("730,000", 730000, E, P, "immigration_non_eu", Y25),
            L("87%", 87, E, PCT, "immigration_share_non_eu", Y25),
            L("Some 151,000", 151000, AP, P, "emigration_british", Y25),
            L("80,000", 80000, E, P, "immigration_british", Y25 + " British citizens who came home"),
            L("minus 71,000", -71000, E, P, "net_migration_british_nationals", Y25),
            L("58,000", -58000, E, P, "net_migration_eu", Y25 + " a negative figure", ctx="negative figure of 58,000"),
            L("300,000", 300000, E, P, "net_migration_non_eu", Y25),
            R("between 700,000 and 800,000", 700000, 800000, P, "international_passenger_survey_interviews", "per year, until 2020 (travellers questioned)"),
            V("a few thousand", 2000, 5000, P, "international_passenger_survey_migrant_interviews", "per year, until 2020 (migrants among those interviewed)"),
            L("672,000", 672000, E, P, NM, YJ23 + ", first estimate, November 2023)"),
            L("740,000", 740000, E, P, NM, YJ23 + ", second estimate, November 2024)"),
            L("906,000", 906000, E, P, NM, YJ23 + ", finally)", occ=1),
            L("234,000", 234000, E, P, NMR, YJ23 + ", an increase on the original figure)"),
            L("431,000", 431000, E, P, NM, Y24 + ", first estimate, May 2025)"),
            L("86,000", -86000, E, P, NMR, Y24 + ", cut by, last November)"),
            L("345,000", 345000, E, P, NM, Y24 + ", revised last November)"),
            L("37,000", 37000, E, P, NMR, "July 2024 to June 2025 (the year ending June 2025, revised up by, last week; " + ONS + ")"),
            L("241,000", 241000, E, P, NM, "July 2024 to June 2025 (the year ending June 2025, revised; " + ONS + ")"),
            L("up to 50,000", 50000, AM, P, NMR, "any estimate (a revision in either direction would not surprise us; " + ASB + ")"),
            L("171,000", 171000, E, P, NM, Y25 + " its figure for 2025", occ=2),
            R("129,000 to 213,000", 129000, 213000, P, NM, Y25 + " likely range"),
            L("208,000 or so", 208000, AP, P, "net_migration_international", "mid-2024 to mid-2025 (the year to mid-2025; ONS mid-year estimates)", geo=EW),
            L("21,400", 21400, E, P, "net_migration_international", "mid-2024 to mid-2025 (National Records of Scotland)", geo=SCO),
        ]),
    "05-daily-caterwaul-asylum-hotel-cost-per-night-closures": dict(
        meta=dict(url="https://www.dailycaterwaul.example/news/article-15274410/Taxpayers-paying-152-NIGHT-migrant-hotel-ministers-boast-closures.html",
                  title="Taxpayers still paying £152 a NIGHT to put each migrant up in a hotel - even as ministers boast of closures",
                  publisher="Daily Caterwaul", author="Fiona Harcourt-Mensah", published_date="2026-11-02"),
        labels=[
            L("£152", 152, E, GBP, HCN, "per night, " + FY26 + "; headline)", occ=0),
            L("£1.9billion", 1900000000, E, GBP, ACH, FY26 + "; standfirst)", occ=0),
            L("4 per cent", 4, E, PCT, ACH + "_change", "2025/26 vs 2024/25 (up; standfirst)", occ=0),
            L("more than halved", -50, MT, PCT, AHU + "_change", "summer 2023 peak to September 2026 (standfirst)", occ=0),
            L("402", 402, E, HOTELS, AHU, "summer 2023 (the peak; standfirst)"),
            L("189", 189, E, HOTELS, AHU, S26 + "; still open; standfirst)", occ=0),
            L("24,650", 24650, E, P, AHP, S26 + "; standfirst)", occ=0),
            L("£152", 152, E, GBP, HCN, "per night, " + FY26 + "; on average, per asylum seeker)", occ=1),
            L("5 per cent", 5, E, PCT, HCN + "_change", "2025/26 vs 2024/25 (rose; Home Office accounts)"),
            L("£145", 145, E, GBP, HCN, "per night, April 2024 to March 2025 (2024/25, the year before; Home Office accounts)"),
            L("£23", 23, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, " + FY26 + ")"),
            L("more than six times", 6, MT, RATIO, HCN + "_ratio", "2025/26 (a hotel bed vs dispersal accommodation)"),
            L("£1.9billion", 1900000000, E, GBP, ACH, FY26 + "; the 12 months to March)", occ=1),
            L("4 per cent", 4, E, PCT, ACH + "_change", "2025/26 vs 2024/25 (up; Home Office accounts)", occ=1),
            L("34,000", 34000, E, P, AHP, FY26 + "; an average at any one time)"),
            L("189", 189, E, HOTELS, AHU, S26 + "; still in use)", occ=1),
            L("236", 236, E, HOTELS, AHU, "1 January 2026 (the start of the year)"),
            L("63", 63, E, HOTELS, "asylum_hotels_closed", "January to September 2026 (handed back to their owners)"),
            L("16", 16, E, HOTELS, "asylum_hotels_opened", "January to September 2026 (new ones opened to cope with demand)"),
            L("24,650", 24650, E, P, AHP, S26 + "; fallen to)", occ=1),
            L("almost a quarter", -25, ALM, PCT, AHP + "_change", "30 September 2026 vs 30 September 2025 (fewer)"),
            L("32,100", 32100, E, P, AHP, "30 September 2025 (twelve months earlier)"),
            L("some £3.7million", 3700000, AP, GBP, ACH, "per day, November 2026 (the Caterwaul's calculation)"),
            L("six", 6, E, HOTELS, AHU, "November 2026 (now)", ctx="Wales has six", geo=WAL),
            L("11", 11, E, HOTELS, AHU, "November 2026 (now)", ctx="Scotland 11", geo=SCO),
            L("up to 240", 240, AM, P, AHP, "2023 to October 2026 (single men housed at the Willowbrook Park Hotel)", geo="Nuneaton"),
            L("£95", 95, E, GBP, "hotel_room_price_advertised", "per night, before 2023 (double rooms advertised to wedding guests)", geo="Nuneaton"),
            V("billions", 2000000000, 9000000000, GBP, "asylum_hotel_exit_saving", "July 2024 onwards (Labour's promise; " + RFO + ")"),
            L("£152", 152, E, GBP, HCN, "per night, 2025/26 (still paying; " + RFO + ")", occ=2),
            L("189", 189, E, HOTELS, AHU, "November 2026 (the remaining hotels; Border Ledger)", occ=2),
            L("about £1.1billion", 1100000000, AP, GBP, "asylum_hotel_exit_saving", "per year (closing the remaining 189; Border Ledger)"),
            L("nearly 25,000", 25000, ALM, P, AHP, "November 2026 (people who would need cheaper housing; Border Ledger)"),
            L("nearly £9million", 9000000, ALM, GBP, ACH, "per day, July 2024 (when we took office; " + HOS + ")"),
            L("more than halved", -50, MT, PCT, ACH + "_change", "July 2024 to November 2026 (the daily hotel cost; " + HOS + ")", occ=1),
            V("hundreds", 200, 900, HOTELS, "asylum_hotels_closed", "July 2024 to November 2026 (closed; " + HOS + ")", ctx="closed hundreds of hotels"),
            L("more than 35,000", 35000, MT, P, "returns", "November 2025 to October 2026 (removed or returned in the past year; the Home Office)"),
            L("13 per cent", 13, E, PCT, "returns_change", "past year vs the year before (a rise; the Home Office)"),
        ]),
    "06-carmarthen-curlew-wales-international-students-dependants": dict(
        meta=dict(url="https://www.carmarthencurlew.example/news/education/international-students-welsh-universities-down-fifth-dependants-ban-28817305",
                  title="International students at Welsh universities down by a fifth as dependants ban bites",
                  publisher="Carmarthen Curlew", author="Elin Prydderch-Adeyemi", published_date="2026-02-25"),
        labels=[
            L("a fifth", -20, E, PCT, IS + "_change", "2024/25 vs 2023/24 (down by; headline)", ctx="down by a fifth as", geo=WAL),
            L("58%", -58, E, PCT, IS + "_nigeria_change", "2024/25 vs 2023/24 (postgraduate numbers from Nigeria fall, in a year; standfirst)", occ=0, geo=WAL),
            L("£80m", 80000000, E, GBP, "international_student_fee_income_loss", "2023/24 to 2026/27 (a hole in fee income; sector warning; standfirst)", occ=0, geo=WAL),
            L("a fifth", -20, E, PCT, IS + "_change", "2024/25 vs 2023/24 (fallen by, in a year)", ctx="fallen by a fifth in a year", geo=WAL),
            L("19,870", 19870, E, P, IS, AY25, geo=WAL),
            L("21%", -21, E, PCT, IS + "_change", "2024/25 vs 2023/24 (down; " + HESA + ")", geo=WAL),
            L("25,150", 25150, E, P, IS, AY24, geo=WAL),
            L("13%", 13, E, PCT, "university_students_share_international", AY25, geo=WAL),
            L("16%", 16, E, PCT, "university_students_share_international", AY24, geo=WAL),
            L("3,910", 3910, E, P, IS + "_nigeria", AY24 + " postgraduates", geo=WAL),
            L("1,640", 1640, E, P, IS + "_nigeria", AY25 + " postgraduates", geo=WAL),
            L("58%", -58, E, PCT, IS + "_nigeria_change", "2024/25 vs 2023/24 (a fall; " + HESA + ")", occ=1, geo=WAL),
            L("4,350", 4350, E, P, IS + "_india", AY25, geo=WAL),
            L("2,980", 2980, E, P, IS + "_china", AY25, geo=WAL),
            L("143,000", 143000, E, P, SDV, "January to December 2023 (Home Office)"),
            L("16,300", 16300, E, P, SDV, "January to December 2025 (last year; Home Office)"),
            L("almost nine-tenths", -90, ALM, PCT, SDV + "_change", "2025 vs 2023 (a fall)"),
            L("about 4,800", 4800, AP, P, "international_student_dependants", "2023/24 academic year (brought to Wales; Welsh universities' estimate)", geo=WAL),
            L("fewer than 600", 600, LT, P, "international_student_dependants", "2025/26 academic year (the current academic year; Welsh universities' estimate)", geo=WAL),
            L("£16,500", 16500, E, GBP, "international_student_tuition_fee", "per year, 2025/26 (fees for a master's in public health; " + COK + ")", geo="Swansea"),
            L("roughly 1.7 times", 1.7, AP, RATIO, "international_student_tuition_fee_ratio", "2025/26 (vs what a Welsh student pays; " + COK + ")", geo=WAL),
            L("£9,535", 9535, E, GBP, "home_student_tuition_fee_cap", "per year, 2025/26 (the maximum Welsh students pay)", geo=WAL),
            L("£412m", 412000000, E, GBP, "international_student_fee_income", "2023/24 (international fees brought in for Welsh universities)", geo=WAL),
            L("about £330m", 330000000, AP, GBP, "international_student_fee_income", "2026/27 (next year; sector leaders' forecast)", geo=WAL),
            L("about £80m", 80000000, AP, GBP, "international_student_fee_income_loss", "2023/24 to 2026/27 (a loss; sector leaders' forecast)", geo=WAL),
            L("more than 1,000", 1000, MT, JOBS, "university_job_cuts", "February 2026 (posts already being cut; " + GRH + ")", geo=WAL),
            L("£1.1bn", 1100000000, E, GBP, "international_students_economic_value", "per year (Cambrian Economics study, last year)", geo=WAL),
            L("around 7,400", 7400, AP, JOBS, "international_students_jobs_supported", "per year (Cambrian Economics study, last year)", geo=WAL),
            L("£14m", 14000000, E, GBP, "international_students_local_spending", "2023/24 (overseas students and their families; Carmarthenshire County Council estimate)", geo="Carmarthenshire"),
            L("£925", 925, E, GBP, "international_student_levy", "per year, from 2028 (for each international student)", geo=ENG),
            L("more than two-thirds", -200 / 3, MT, PCT, "net_migration_change", "year to June 2023 peak to the year to June 2025 (shrunk from its high point; the Home Office)"),
        ]),
    "07-the-steeplejack-emigration-brain-drain-column": dict(
        meta=dict(url="https://www.thesteeplejack.example/article/the-quiet-exodus",
                  title="The quiet exodus",
                  publisher="The Steeplejack", author="Toby Harcastle-Nnamdi", published_date="2026-07-18"),
        labels=[
            L("71,000", -71000, E, P, EBN, "January to December 2025 (more Britons left than came home, last year; standfirst)", ctx="Last year 71,000 more Britons"),
            L("151,000", 151000, E, P, "emigration_british", Y25C + " British citizens who left to live abroad"),
            L("80,000", 80000, E, P, "immigration_british", Y25C + " British citizens who came home"),
            L("minus 71,000", -71000, E, P, EBN, Y25C),
            L("roughly three in five", 60, AP, PCT, "emigration_british_share_aged_16_34", Y25C),
            L("31", 31, E, YEARS, "median_age_british_emigrants", Y25C, ctx="median age was 31"),
            L("671,000", 671000, E, P, "emigration", "January to December 2025 (total emigration, counting foreign nationals heading home)"),
            L("a quarter", 25, E, PCT, "emigration_change", "2025 vs 2024 (higher than)", ctx="a quarter higher"),
            L("8,190", 8190, E, P, "doctors_certificates_to_practise_abroad", "January to December 2025 (certificates of good standing; General Medical Council)"),
            L("half as many again", 1.5, E, RATIO, "doctors_certificates_to_practise_abroad_ratio", "2025 vs 2019 (General Medical Council)"),
            L("5,460", 5460, E, P, "doctors_certificates_to_practise_abroad", "January to December 2019 (General Medical Council)"),
            L("Nearly half", 50, ALM, PCT, "doctors_certificates_to_practise_abroad_share_within_five_years_of_qualifying", "January to December 2025 (General Medical Council)"),
            L("£38,831", 38831, E, GBP, "doctor_starting_salary", "per year, 2026 (a newly qualified doctor)", geo=ENG),
            L("one in five", 20, E, PCT, "graduates_share_living_abroad", "2025 (the class of 2020, five years on; Lantern Futures survey)", ctx="found that one in five"),
            L("one in eight", 12.5, E, PCT, "graduates_share_living_abroad", "2015 (those who graduated a decade earlier, five years on; Lantern Futures survey)", ctx="up from one in eight"),
            L("some 46,000", 46000, AP, P, "working_holiday_visas_granted_to_britons", "January to December 2025 (last year; young Britons)", geo="Australia"),
            L("about 35,000", 35000, AP, P, "working_holiday_visas_granted_to_britons", "2019 (before the pandemic)", geo="Australia"),
            L("4,900", 4900, E, P, "nurses_registration_verifications_for_work_abroad", "April 2025 to March 2026 (2025/26; Nursing and Midwifery Council)"),
            L("almost 40%", 40, ALM, PCT, "nurses_registration_verifications_for_work_abroad_change", "2025/26 vs 2023/24 (up, in two years; Nursing and Midwifery Council)"),
            L("Roughly 240,000", 240000, AP, P, "british_citizens_living_abroad", "2026 (now thought to live in the Emirates)", geo="United Arab Emirates"),
            L("more than a million", 1000000, MT, P, "emigration_british_assisted_passage_australia", "after the war, 1945 to 1972 (took the assisted passage to Australia; the Ten Pound Poms)"),
            L("nearly 30%", 30, ALM, PCT, "income_tax_share_top_1_percent", "2026 (now; the top 1% of income taxpayers' share of all income tax)"),
            L("9,800", 9800, E, P, "emigration_millionaires", "January to December 2025 (last year; a wealth consultancy's claim)"),
            L("more than three-quarters", -75, MT, PCT, "net_migration_change", "year to June 2023 peak to 2025 (falls by, since the peak)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the peak of 2023)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
