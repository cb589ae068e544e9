#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-seventy-fourth hand-labelled hold-out set (holdout174).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, HOT, RSC, PTR)

UK, ENG, WAL, NI, FR = "UK", "England", "Wales", "Northern Ireland", "France"
LAUNCH, OPS, LIC, VISITS = "other:launches", "other:operations", "other:licences", "other:visits"
HH, P10K = "other:households", "other:persons_per_10000_residents"
TWO3 = 200 / 3

# 01 (Tuesday 11 August 2026; RNLI and Home Office figures to Sunday 9 August 2026; Monday 10 August 2026)
KENT = "Kent"
RNLI = "1 January to 9 August 2026 (so far this year; RNLI)"
LL = "rnli_lifeboat_launches"
HO1 = "1 January to 9 August 2026 (between 1 January and Sunday; Home Office data)"
BFS = "small_boat_arrivals_share_collected_by_border_force"
LBA = "small_boat_arrivals_brought_in_by_lifeboats"
LBS = "small_boat_arrivals_share_brought_in_by_lifeboats"
DL = "Dominic Larkham, RNLI regional operations lead for the South East"
HOS1 = "a Home Office spokesperson"

# 02 (Friday 31 July 2026; ONS mid-2025 estimates published Wednesday 29 July 2026)
ONS2 = "ONS mid-2025 estimates published Wednesday 29 July 2026"
Y2 = "mid-2024 to mid-2025 (the year to June 2025; " + ONS2 + ")"
MID25 = "30 June 2025 (mid-2025; " + ONS2 + ")"
BOX2 = "mid-2024 to mid-2025 (WALES IN NUMBERS box, year to June 2025)"
CARM = "Carmarthenshire"
PNC, INT, NMI = "population_natural_change", "internal_migration_net", "net_migration_international"

# 03 (Thursday 16 April 2026; Home Office figures released under FOI, DfE data, charities)
FOI = "Home Office figures released to The Tholepin under freedom of information"
C25_3 = "January to December 2025 (last year; " + FOI + ")"
APR26 = "April 2026 (is caring for; figures obtained by The Tholepin)"
UCC = "unaccompanied_children_in_care"
NTS = "unaccompanied_children_national_transfer_scheme_threshold"
UAA = "asylum_applications_unaccompanied_children"
WITHIN = "unaccompanied_children_share_transferred_within_10_working_days"
ME = "Cllr Marcus Ellingham, Kent County Council"

# 04 (Wednesday 4 March 2026; National Audit Office report published Tuesday 3 March 2026)
NAO = "National Audit Office report published Tuesday 3 March 2026"
FINAL = "April 2022 to March 2026 (the final bill for the scheme; " + NAO + ")"
LIFE = "14 April 2022 to July 2024 (from the signing of the partnership until it was scrapped)"
REL = "rwanda_relocations"
PER = "rwanda_scheme_cost_per_relocation"
JT = "Joanna Threlfall, Home Office minister"

# 05 (Friday 22 May 2026; Home Office statistics for the year to March 2026 published Thursday 21 May 2026)
HO5 = "Home Office statistics published Thursday 21 May 2026"
YM26 = "April 2025 to March 2026 (the 12 months to March; " + HO5 + ")"
YM25 = "April 2024 to March 2025 (the previous year; " + HO5 + ")"
SL, SLR = "sponsor_licences", "sponsor_licences_revoked"
SW, HCW = "visas_granted_skilled_worker", "visas_granted_health_care_worker"
SWT = "skilled_worker_salary_threshold"
RMF = "May 2026 (survey of 640 sponsoring employers by the Recruitment and Mobility Forum)"
HAL = "Halvorsen Precision"

# 06 (Saturday 29 August 2026; Home Office statistics for 30 June 2026 published Thursday 27 August 2026)
HO6 = "Home Office statistics published Thursday 27 August 2026"
J26 = "30 June 2026 (the end of June; " + HO6 + ")"
J25 = "30 June 2025 (a year earlier; " + HO6 + ")"
ASP, ADP = "asylum_support_population", "asylum_dispersal_population"
HOMELESS = "refugees_homeless_after_leaving_asylum_support"
NIHE = "April 2025 to March 2026 (2025/26; Housing Executive figures)"
BOX6 = "; THE FIGURES box)"

# 07 (Friday 4 December 2026; ONS provisional estimates published Thursday 26 November 2026)
ONS7 = "ONS estimates published Thursday 26 November 2026"
YJ26 = "July 2025 to June 2026 (the year ending June 2026; " + ONS7 + ")"
YJ25 = "July 2024 to June 2025"

ARTICLES = {
    "01-hythe-hobbler-pa-channel-rescues-rnli-border-force": dict(
        meta=dict(url="https://www.hythehobbler.example/news/national/lifeboat-launches-to-channel-migrant-boats-up-20-as-border-force-lands-nearly-three-in-four-arrivals-5518203",
                  title="Lifeboat launches to Channel migrant boats up 20% as Border Force lands nearly three in four arrivals",
                  publisher="Hythe Hobbler", author="Callum Pennock", published_date="2026-08-11"),
        labels=[
            L("20%", 20, E, PCT, LL + "_change", "1 January to 9 August 2026 vs the same point of 2025 (up; headline)", ctx="up 20% as Border", geo=KENT),
            L("nearly three in four", 75, ALM, PCT, BFS, "1 January to 9 August 2026 (arrivals landed by Border Force; headline)"),
            L("412", 412, E, LAUNCH, LL, RNLI + " paged to small boats; standfirst", occ=0, geo=KENT),
            L("168", 168, E, LAUNCH, LL, RNLI + " Dover's crew alone; standfirst", occ=0, geo="Dover"),
            L("412", 412, E, LAUNCH, LL, RNLI + " launched to migrant boats", occ=1, geo=KENT),
            L("20%", 20, E, PCT, LL + "_change", "1 January to 9 August 2026 vs the comparable stage of 2025 (up; RNLI)", ctx="- 20% up", geo=KENT),
            L("343", 343, E, LAUNCH, LL, "1 January to 9 August 2025 (last year; RNLI)", geo=KENT),
            L("168", 168, E, LAUNCH, LL, RNLI + " Dover's all-weather lifeboat", occ=1, geo="Dover"),
            L("74", 74, E, LAUNCH, LL, RNLI, geo="Ramsgate"),
            L("51", 51, E, LAUNCH, LL, RNLI + " inshore crew", geo="Littlestone"),
            L("119", 119, E, LAUNCH, LL, RNLI + " the county's other stations", geo=KENT),
            L("24,310", 24310, E, P, SBA, HO1),
            L("402", 402, E, BOATS, SBC, HO1),
            L("60", 60, E, PPB, "small_boat_occupancy", HO1 + " an average per boat", ctx="average of 60 per"),
            L("17,940", 17940, E, P, "small_boat_arrivals_collected_by_border_force", HO1),
            L("almost three-quarters", 75, ALM, PCT, BFS, HO1),
            L("2,615", 2615, E, P, LBA, HO1),
            L("just over one in ten", 10, MT, PCT, LBS, HO1),
            L("nearly four times", 4, ALM, RATIO, LBA + "_ratio", "1 January to 9 August 2026 vs the same months of 2024"),
            L("680", 680, E, P, LBA, "1 January to 9 August 2024 (the same months of 2024)"),
            L("611", 611, E, P, SBA, "Monday 10 August 2026 (on Monday alone; the busiest day since late June)"),
            L("10", 10, E, BOATS, SBC, "Monday 10 August 2026 (on Monday)", ctx="in 10 boats"),
            L("four", 4, E, LAUNCH, LL, "Monday 10 August 2026 (Dover and Ramsgate lifeboats, that day)", ctx="launched four times", geo=KENT),
            L("at least 19", 19, AL, P, "small_boat_deaths", "1 January to 11 August 2026 (on the route in 2026; IOM)"),
            L("11", 11, E, P, "small_boat_deaths", "1 January to early August 2025 (IOM)", ctx="against 11 by"),
            L("Nearly a third", THIRD, ALM, PCT, LL + "_share_night", "1 January to August 2026 (this year's callouts in darkness; " + DL + ")", geo=KENT),
            L("70 or more", 70, AL, PPB, "small_boat_occupancy", "2026 (many of the boats RNLI crews reach; " + DL + ")"),
            L("£2.9m", 2900000, E, GBP, "rnli_channel_response_cost", "January to December 2025 (RNLI)"),
            L("£1.7m", 1700000, E, GBP, "rnli_channel_response_cost", "January to December 2023 (RNLI)"),
            L("296", 296, E, OPS, "border_force_channel_operations", "1 January to August 2026 (separate operations at sea this year; Border Force)"),
            L("more than 45,000", 45000, MT, P, "returns", "5 July 2024 to August 2026 (removals since 5 July 2024; " + HOS1 + ")"),
            L("1,140", 1140, E, P, "returns_france", "2025 to August 2026 (gone back to France under the UK-France returns deal; " + HOS1 + ")", geo=FR),
            L("roughly £40,000", 40000, AP, GBP, "rnli_donations_change", "2026 so far (donations risen by this year; Sonia Whitlow, Littlestone station fundraising committee)", geo="Littlestone"),
        ]),
    "02-llandeilo-llais-wales-births-deaths-migration": dict(
        meta=dict(url="https://www.llandeilollais.example/news/wales/more-deaths-than-births-again-but-newcomers-keep-wales-growing-by-14300-2290417",
                  title="More deaths than births again, but newcomers keep Wales growing by 14,300",
                  publisher="Llandeilo Llais", author="Elin Maddocks", published_date="2026-07-31"),
        labels=[
            L("14,300", 14300, E, P, "population_growth", "mid-2024 to mid-2025 (headline)", occ=0, geo=WAL),
            L("1,150", 1150, E, P, "population_growth", "mid-2024 to mid-2025 (standfirst)", occ=0, geo=CARM),
            L("960", -960, E, P, PNC, "mid-2024 to mid-2025 (960 more funerals than births; standfirst)", ctx="recorded 960 more", geo=CARM),
            L("3,211,800", 3211800, E, P, "population", MID25, geo=WAL),
            L("14,300", 14300, E, P, "population_growth", Y2 + " an increase on twelve months earlier", occ=1, geo=WAL),
            L("0.4%", 0.4, E, PCT, "population_change", Y2, geo=WAL),
            L("27,960", 27960, E, P, "births", Y2, geo=WAL),
            L("34,710", 34710, E, P, "deaths", Y2, geo=WAL),
            L("6,750", -6750, E, P, PNC, Y2 + " a natural decrease", geo=WAL),
            L("15,240", 15240, E, P, NMI, Y2 + " a net, came to Wales from abroad", geo=WAL),
            L("31,900", 31900, E, P, "immigration", Y2 + " arrived", geo=WAL),
            L("16,660", 16660, E, P, "emigration", Y2 + " left", geo=WAL),
            L("22%", -22, E, PCT, "immigration_change", "year to June 2025 vs year to June 2024 (arrivals down; " + ONS2 + ")", ctx="down 22% on", geo=WAL),
            L("40,900", 40900, E, P, "immigration", "mid-2023 to mid-2024 (the previous year; " + ONS2 + ")", geo=WAL),
            L("5,810", 5810, E, P, INT, Y2 + " moves within the UK added a further", geo=WAL),
            L("4,100", 4100, E, P, "population_revision", "30 June 2024 (mid-2024 figure revised up; " + ONS2 + ")", geo=WAL),
            L("3,197,500", 3197500, E, P, "population", "30 June 2024 (mid-2024, revised; " + ONS2 + ")", geo=WAL),
            L("28.0k", 28000, E, P, "births", BOX2, geo=WAL),
            L("34.7k", 34700, E, P, "deaths", BOX2, geo=WAL),
            L("+15.2k", 15200, E, P, NMI, BOX2 + " net from overseas", geo=WAL),
            L("+5.8k", 5800, E, P, INT, BOX2 + " net from rest of UK", geo=WAL),
            L("193,400", 193400, E, P, "population", MID25, geo=CARM),
            L("1,150", 1150, E, P, "population_growth", Y2, occ=1, geo=CARM),
            L("0.6%", 0.6, E, PCT, "population_change", Y2, geo=CARM),
            L("1,520", 1520, E, P, "births", Y2, geo=CARM),
            L("2,480", 2480, E, P, "deaths", Y2, geo=CARM),
            L("1,340", 1340, E, P, INT, Y2 + " a net, moved in from other parts of the UK", geo=CARM),
            L("770", 770, E, P, NMI, Y2 + " more arrived from abroad than left", geo=CARM),
            L("1.4%", 1.4, E, PCT, "population_change", Y2, geo="Cardiff"),
            L("378,200", 378200, E, P, "population", MID25, geo="Cardiff"),
            L("more than a third", THIRD, MT, PCT, "population_growth_share_cardiff", Y2 + " Cardiff's share of the growth in Wales", geo=WAL),
            L("almost twice", 2, ALM, RATIO, "deaths_to_births_ratio", Y2, geo="Conwy"),
            L("1,690", 1690, E, P, "deaths", Y2, geo="Conwy"),
            L("890", 890, E, P, "births", Y2, geo="Conwy"),
            L("50.4 years", 50.4, E, YEARS, "population_median_age", MID25, geo="Conwy"),
            L("just over one in six", 100 / 6, MT, PCT, "births_share_mother_born_abroad", "January to December 2025 (babies born during 2025; separate ONS figures)", geo=WAL),
            L("Roughly 22%", 22, AP, PCT, "population_share_aged_over_65", "2025 (Dr Heledd Rhys-Amankwah, Aberystwyth University)", geo=WAL),
            L("£14m", 14000000, E, GBP, "welsh_government_graduate_retention_funding", "2026 (programme to keep young graduates in Wales; a Welsh Government spokesperson)", geo=WAL),
        ]),
    "03-the-tholepin-unaccompanied-children-national-transfer-scheme": dict(
        meta=dict(url="https://www.tholepin.example/news/uk/home-news/kent-unaccompanied-asylum-children-national-transfer-scheme-b2771046.html",
                  title="Kent looking after three and a half times its share of lone child asylum seekers as transfer scheme stalls",
                  publisher="The Tholepin", author="Harriet Vasquez-Ocloo", published_date="2026-04-16"),
        labels=[
            L("three and a half times", 3.5, E, RATIO, UCC + "_ratio", "April 2026 (against its share under the National Transfer Scheme; headline)", occ=0, geo=KENT),
            L("58%", 58, E, PCT, WITHIN, "January to December 2025 (last year, placed within the scheme's own deadline; standfirst)", ctx="Only 58% of", geo=ENG),
            L("1,210", 1210, E, P, UCC, APR26, occ=0, geo=KENT),
            L("three and a half times", 3.5, E, RATIO, UCC + "_ratio", "April 2026 (against the 345 it would hold if the scheme worked as intended)", occ=1, geo=KENT),
            L("345", 345, E, P, NTS, "April 2026 (what Kent would hold if the scheme worked as intended)", occ=0, geo=KENT),
            L("2,260", 2260, E, P, "unaccompanied_children_transferred", C25_3, geo=ENG),
            L("9 per cent", 9, E, PCT, "unaccompanied_children_transferred_change", "2025 vs 2024 (up; " + FOI + ")", geo=ENG),
            L("2,070", 2070, E, P, "unaccompanied_children_transferred", "January to December 2024 (the year before; " + FOI + ")", geo=ENG),
            L("58 per cent", 58, E, PCT, WITHIN, C25_3 + " transferred within ten working days", geo=ENG),
            L("4,120", 4120, E, P, UAA, "January to December 2025 (last year)"),
            L("18 per cent", -18, E, PCT, UAA + "_change", "2025 vs 2024 (fewer)"),
            L("5,030", 5030, E, P, UAA, "January to December 2024"),
            L("More than four in five", 80, MT, PCT, UAA + "_share_small_boat", "January to December 2025 (had crossed the Channel in small boats)"),
            L("3,390", 3390, E, P, UAA + "_small_boat", "January to December 2025 (had crossed the Channel in small boats)"),
            L("6,940", 6940, E, P, UCC, "31 March 2025 (Department for Education data)", geo=ENG),
            L("13,060", 13060, E, P, "unaccompanied_children_care_leavers", "April 2026 (now care leavers aged 18 to 25; Department for Education data)", geo=ENG),
            L("1,860", 1860, E, P, "asylum_age_disputes_resolved", "January to December 2025"),
            L("57 per cent", 57, E, PCT, "asylum_age_disputes_share_found_adult", "January to December 2025 (of the disputes resolved)"),
            L("at least 262", 262, AL, P, "age_disputed_children_placed_in_adult_accommodation", "to April 2026 (identified by the Lone Children Coalition)"),
            L("96", 96, E, P, "unaccompanied_children_missing_from_care", "January to December 2025 (went missing at least once last year; Kent County Council)", geo=KENT),
            L("74", 74, E, P, "unaccompanied_children_missing_from_care_still_missing", "31 March 2026 (of those who disappeared from council care in 2025)", geo=ENG),
            L("a third", -THIRD, E, PCT, "unaccompanied_children_missing_from_care_still_missing_change", "31 March 2026 vs a year earlier (down on last year)", ctx="down a third on last year", geo=ENG),
            L("1,210", 1210, E, P, UCC, "April 2026 (" + ME + ")", occ=1, geo=KENT),
            L("345", 345, E, P, NTS, "April 2026 (our fair share; " + ME + ")", occ=1, geo=KENT),
            L("more than four in ten", 40, MT, PCT, "unaccompanied_children_share_transfer_delayed", "2025 (wait longer than they should; " + ME + ")", geo=ENG),
            L("£150", 150, E, GBP, "home_office_funding_uasc_per_night", "per night, 2026 (for each child taken through the scheme)", geo=ENG),
            L("£217", 217, E, GBP, "unaccompanied_children_care_cost_per_night", "per night, 2026 (average cost of a placement; survey by the Children's Services Finance Network)", geo=ENG),
            L("nearly a third", THIRD, ALM, PCT, "unaccompanied_children_care_funding_gap_share", "2026 (councils short of the cost of a placement)", geo=ENG),
            L("one in five", 20, E, PCT, "unaccompanied_children_share_waited_over_month_temporary_accommodation", "January to December 2025 (children it supported last year; Bronwen Tallis-Sesay, Harbourside Youth Trust)", geo=KENT),
            L("£410 million", 410000000, E, GBP, "unaccompanied_children_national_transfer_scheme_funding", "April 2026 to March 2027 (this year; a Home Office spokesperson)"),
        ]),
    "04-daily-timpani-rwanda-scheme-cost-per-person-relocated": dict(
        meta=dict(url="https://www.dailytimpani.example/news/politics/2204318/rwanda-deal-cost-184million-every-migrant-sent-just-four-went",
                  title="Axed Rwanda deal cost £184MILLION for every migrant it sent - and just FOUR went",
                  publisher="Daily Timpani", author="Nathaniel Ormerod-Quaye", published_date="2026-03-04"),
        labels=[
            L("£184MILLION", 184000000, E, GBP, PER, FINAL + " for every migrant it sent; headline"),
            L("FOUR", 4, E, P, REL, "April 2022 to July 2024 (just four went; headline)"),
            L("£738million", 738000000, E, GBP, RSC, FINAL + " standfirst", occ=0),
            L("more than 83,000", 83000, MT, P, SBA, LIFE + " crossed the Channel during its lifetime; standfirst", occ=0),
            L("£738million", 738000000, E, GBP, RSC, FINAL, occ=1),
            L("four", 4, E, P, REL, "April 2022 to July 2024 (relocated, all of them volunteers)", ctx="just four people"),
            L("£184.5million", 184500000, E, GBP, PER, FINAL + " for every person who actually went to Kigali"),
            L("£23million", 23000000, E, GBP, "rwanda_scheme_cost_revision", "final bill vs the figure ministers gave in July 2024 (higher; " + NAO + ")"),
            L("£715million", 715000000, E, GBP, RSC, "April 2022 to July 2024 (the figure ministers admitted to in July 2024)"),
            L("£290million", 290000000, E, GBP, PTR, "April 2022 to March 2026 (direct payments to Kigali; " + NAO + ")"),
            L("£50million", 50000000, E, GBP, "payment_to_rwanda_due_not_made", "April 2025 (instalment due but never paid; " + NAO + ")"),
            L("£448million", 448000000, E, GBP, "rwanda_scheme_cost_spent_in_uk", FINAL + " spent at home"),
            L("£31.2million", 31200000, E, GBP, "rwanda_scheme_cost_legal", FINAL + " on lawyers"),
            L("£16.4million", 16400000, E, GBP, "rwanda_scheme_cost_flights", FINAL + " on chartered flights"),
            L("more than 1,000", 1000, MT, P, "rwanda_scheme_staff", "2022 to 2024 (Home Office officials working on the scheme at its peak)", ctx="more than 1,000 Home"),
            L("1,312", 1312, E, P, "immigration_detentions_rwanda", "spring 2024 (detained ready for removal)"),
            L("Almost two-thirds", TWO3, ALM, PCT, "rwanda_detainees_share_released_on_bail", "spring 2024 to 2026 (later released on bail)"),
            L("5,210", 5210, E, P, "rwanda_removal_candidates_identified", "2022 to 2024 (flagged for possible removal to Kigali; " + NAO + ")"),
            L("2,460", 2460, E, P, "rwanda_removal_candidates_lost_contact", "2022 to 2024 (officials lost touch with; " + NAO + ")"),
            L("almost half", 50, ALM, PCT, "rwanda_removal_candidates_share_lost_contact", "2022 to 2024 (" + NAO + ")"),
            L("more than 83,000", 83000, MT, P, SBA, LIFE + " reached Britain by dinghy", occ=1),
            L("four", 4, E, P, REL, LIFE + " the four who went to Rwanda", ctx="The four who went"),
            L("fewer than one in every 20,000", 0.005, LT, PCT, "rwanda_relocations_share_of_small_boat_arrivals", LIFE),
            L("more than £900,000", 900000, MT, GBP, RSC, "per day, " + LIFE + " spread across its lifetime"),
            L("200", 200, E, P, "rwanda_accommodation_capacity", "2022 to 2024 (beds ready at a hostel in Kigali)", geo="Rwanda"),
            L("£169,000", 169000, E, GBP, "rwanda_scheme_planned_cost_per_relocation", "2023 (the Home Office's own impact assessment forecast)"),
            L("£106,000", 106000, E, GBP, "asylum_cost_per_person_estimate", "2023 (to keep an asylum seeker in Britain; the Home Office's impact assessment)"),
            L("more than 1,000 times", 1000, MT, RATIO, PER + "_ratio", FINAL + " actual cost per relocation against the forecast"),
            L("Seven hundred and thirty-eight million pounds", 738000000, E, GBP, RSC, "April 2022 to March 2026 (" + JT + ")"),
            L("four", 4, E, P, REL, "April 2022 to July 2024 (four volunteers; " + JT + ")", ctx="for four volunteers"),
        ]),
    "05-the-forfaiter-sponsor-licences-skilled-worker-visas": dict(
        meta=dict(url="https://www.forfaiter.example/content/uk-employers-licensed-sponsor-foreign-workers-falls-6-per-cent-3f81c2d0",
                  title="Number of UK employers licensed to sponsor foreign workers falls 6%",
                  publisher="The Forfaiter", author="Oliver Marchbank-Asante and Ines Ferreira-Hollis", published_date="2026-05-22"),
        labels=[
            L("6%", -6, E, PCT, SL + "_change", "31 March 2026 vs 31 March 2025 (falls; headline)"),
            L("nearly double", 2, ALM, RATIO, SLR + "_ratio", "April 2025 to March 2026 vs the previous year (revocations; standfirst)", occ=0),
            L("118,940", 118940, E, LIC, SL, "31 March 2026 (the end of March; " + HO5 + ")"),
            L("6 per cent", -6, E, PCT, SL + "_change", "31 March 2026 vs 31 March 2025 (down; " + HO5 + ")"),
            L("126,530", 126530, E, LIC, SL, "31 March 2025 (a year earlier; " + HO5 + ")"),
            L("2,410", 2410, E, LIC, SLR, YM26),
            L("nearly double", 2, ALM, RATIO, SLR + "_ratio", "April 2025 to March 2026 vs the previous year (" + HO5 + ")", occ=1),
            L("1,260", 1260, E, LIC, SLR, YM25),
            L("1,150", 1150, E, LIC, SLR + "_care_providers", YM26),
            L("almost half", 50, ALM, PCT, SLR + "_share_care_providers", YM26),
            L("31 per cent", -31, E, PCT, SW + "_change", "April 2025 to March 2026 vs the previous year (main applicants applying from abroad, fell; " + HO5 + ")"),
            L("58,300", 58300, E, P, SW, "April 2025 to March 2026 (the year to March, main applicants applying from abroad; " + HO5 + ")"),
            L("52 per cent", -52, E, PCT, HCW + "_change", "April 2025 to March 2026 vs the previous year (dropped; " + HO5 + ")"),
            L("15,400", 15400, E, P, HCW, "April 2025 to March 2026 (" + HO5 + ")"),
            L("41 per cent", 41, E, PCT, SW + "_share_india", "April 2025 to March 2026 (Indian nationals; " + HO5 + ")"),
            L("£41,700", 41700, E, GBP, SWT, "per year, from July 2025 (since last July)"),
            L("£38,700", 38700, E, GBP, SWT, "per year, April 2024 to July 2025 (before)"),
            L("£1,320", 1320, E, GBP, "skills_charge_large_employers_per_worker", "per year, from December 2025 (per year of a visa, large sponsors)"),
            L("32 per cent", 32, E, PCT, "skills_charge_change", "December 2025 (increase)"),
            L("£1.02bn", 1020000000, E, GBP, "skills_charge_and_sponsor_fee_receipts", "April 2025 to March 2026 (2025-26, a record; " + HO5 + ")"),
            L("more than 3,000", 3000, MT, VISITS, "sponsor_compliance_visits", "January to December 2025 (last year; Saskia Holmqvist, Brandreth Vale)"),
            L("one in five", 20, E, PCT, "sponsors_share_expect_to_surrender_licence", RMF + " within a year"),
            L("38 per cent", 38, E, PCT, "sponsors_share_cut_planned_overseas_hires", RMF + " for 2026"),
            L("44", 44, E, P, "firm_sponsored_workers", "2021 to May 2026 (engineers sponsored since 2021; Gareth Pemberton-Lowe)", geo=HAL),
            L("roughly £9,000", 9000, AP, GBP, "sponsorship_cost_per_worker", "2026 (each hire now; Gareth Pemberton-Lowe)", geo=HAL),
            L("176,000", 176000, E, P, "immigration_non_eu_work", "January to December 2025 (calendar 2025; ONS)"),
            L("419,000", 419000, E, P, "immigration_non_eu_work", "January to December 2023 (the peak, two years before; ONS)"),
        ]),
    "06-sydenham-smew-northern-ireland-asylum-accommodation": dict(
        meta=dict(url="https://www.sydenhamsmew.example/news/four-in-five-of-nis-asylum-seekers-now-housed-in-belfast-as-numbers-rise-7-7730915",
                  title="Four in five of NI's asylum seekers now housed in Belfast as numbers rise 7%",
                  publisher="Sydenham Smew", author="Roisin Devenney-Adeyemi", published_date="2026-08-29"),
        labels=[
            L("Four in five", 80, E, PCT, ASP + "_share_belfast", "30 June 2026 (headline)", geo=NI),
            L("7%", 7, E, PCT, ASP + "_change", "30 June 2026 vs 30 June 2025 (rise; headline)", ctx="rise 7%", geo=NI),
            L("more than a fifth", -20, MT, PCT, HOT + "_change", "30 June 2026 vs 30 June 2025 (hotel use down; standfirst)", occ=0, geo=NI),
            L("41%", 41, E, PCT, HOMELESS + "_change", "2025/26 vs 2024/25 (homeless presentations jump; standfirst)", occ=0, geo=NI),
            L("FOUR in every five", 80, E, PCT, ASP + "_share_belfast", J26, geo=NI),
            L("3,640", 3640, E, P, ASP, J26 + " in Home Office-funded asylum accommodation", geo=NI),
            L("7%", 7, E, PCT, ASP + "_change", "30 June 2026 vs 30 June 2025 (up; " + HO6 + ")", ctx="up 7% on", geo=NI),
            L("3,400", 3400, E, P, ASP, J25, geo=NI),
            L("about a third", THIRD, AP, PCT, "asylum_support_share_hotels", J26, geo=NI),
            L("1,180", 1180, E, P, HOT, J26, geo=NI),
            L("22%", -22, E, PCT, HOT + "_change", "30 June 2026 vs 30 June 2025 (down; " + HO6 + ")", geo=NI),
            L("1,520", 1520, E, P, HOT, J25, geo=NI),
            L("2,460", 2460, E, P, ADP, J26 + " in dispersed houses and flats", geo=NI),
            L("2,910", 2910, E, P, ASP, J26, geo="Belfast"),
            L("83", 83, E, P10K, ASP + "_per_10000_residents", J26, geo="Belfast"),
            L("240", 240, E, P, ASP, J26, geo="Armagh City, Banbridge and Craigavon"),
            L("205", 205, E, P, ASP, J26, geo="Derry City and Strabane"),
            L("130", 130, E, P, ASP, J26, geo="Lisburn and Castlereagh"),
            L("65", 65, E, P, ASP, J26, geo="Mid Ulster"),
            L("90", 90, E, P, ASP, J26 + " between the other six council areas", geo=NI),
            L("107,900", 107900, E, P, ASP, J26 + " UK-wide"),
            L("about 3.4%", 3.4, AP, PCT, ASP + "_share_ni", J26 + " Northern Ireland's share of the UK total"),
            L("2.8%", 2.8, E, PCT, "population_share_northern_ireland", "2026 (Northern Ireland's share of the UK population)"),
            L("14", 14, E, HOTELS, "asylum_hotels_in_use", "July 2024", ctx="from 14 in July", geo=NI),
            L("nine", 9, E, HOTELS, "asylum_hotels_in_use", "August 2026 (now)", ctx="to nine.", geo=NI),
            L("3.6k", 3600, E, P, ASP, "30 June 2026 (in asylum accommodation" + BOX6, geo=NI),
            L("1.2k", 1200, E, P, HOT, "30 June 2026 (in hotels" + BOX6, geo=NI),
            L("2.9k", 2900, E, P, ASP, "30 June 2026 (in Belfast" + BOX6, geo="Belfast"),
            L("12.9k", 12900, E, P, "asylum_applications", "2021 to 2025 (asylum claims lodged in NI" + BOX6, geo=NI),
            L("1,060", 1060, E, HH, HOMELESS, NIHE, geo=NI),
            L("41%", 41, E, PCT, HOMELESS + "_change", "2025/26 vs 2024/25 (a rise; Housing Executive figures)", occ=1, geo=NI),
            L("752", 752, E, HH, HOMELESS, "April 2024 to March 2025 (the previous year; Housing Executive figures)", geo=NI),
            L("68%", 68, E, PCT, HOMELESS + "_share_single_adults", NIHE + " single adults made up", geo=NI),
            L("c. 400", 400, AP, HH, "charity_client_families", "August 2026 (families on its books; Lena Okafor-Brady, Connswater Refugee Forum)", geo="Belfast"),
            L("£2.6m", 2600000, E, GBP, "ni_executive_refugee_integration_funding", "April 2026 to March 2027 (2026/27; the Executive Office)", geo=NI),
            L("more than a fifth", -20, MT, PCT, HOT + "_change", "30 June 2026 vs 30 June 2025 (hotel use fallen in twelve months; the Home Office)", occ=1, geo=NI),
        ]),
    "07-the-nonjuror-what-net-migration-leaves-out": dict(
        meta=dict(url="https://thenonjuror.example/ideas/the-number-that-hides-more-than-it-shows",
                  title="The number that hides more than it shows",
                  publisher="The Nonjuror", author="Felix Arkwright-Quartey", published_date="2026-12-04"),
        labels=[
            L("196,000", 196000, E, P, NM, YJ26 + " last Thursday's number", occ=0),
            L("almost a quarter", -25, ALM, PCT, NM + "_change", "year ending June 2026 vs year ending June 2025 (down; " + ONS7 + ")"),
            L("196,000", 196000, E, P, NM, YJ26, occ=1),
            L("798,000", 798000, E, P, "immigration", YJ26 + " an estimated, arrivals"),
            L("602,000", 602000, E, P, "emigration", YJ26 + " departures"),
            L("612,000", 612000, E, P, "immigration_non_eu", YJ26),
            L("96,000", 96000, E, P, "immigration_eu", YJ26),
            L("90,000", 90000, E, P, "immigration_british", YJ26 + " Britons coming home"),
            L("some 1.4m", 1400000, AP, P, "gross_migration_flows", YJ26 + " moved into or out of the country in twelve months"),
            L("204,000", 204000, E, P, NM, YJ25 + " (first estimate, when it first appeared; ONS)"),
            L("51,000", 51000, E, P, NM + "_revision", YJ25 + " (revised up; ONS)"),
            L("255,000", 255000, E, P, NM, YJ25 + " (revised estimate, now; ONS)"),
            R("from 158,000 to 234,000", 158000, 234000, P, NM + "_uncertainty_range", YJ26 + " the ONS's own uncertainty range for the latest estimate"),
            L("43,500", 43500, E, P, "visas_granted_seasonal_worker", "January to December 2025 (last year)"),
            R("between 800,000 and 1.2 million", 800000, 1200000, P, "irregular_migrant_population", "2025 to 2026 (one think-tank estimate)"),
            L("44,600", 44600, E, P, SBA, "July 2025 to June 2026 (those twelve months to June)"),
            L("154,000", 154000, E, P, "settlement_grants", "July 2025 to June 2026 (the year to June)"),
            L("14%", 14, E, PCT, "settlement_grants_change", "year to June 2026 vs year to June 2025 (up)"),
            L("as many as 1.5 million", 1500000, AM, P, "settlement_eligible_projection", "by 2030 (could become eligible; Home Office modelling)"),
            L("About a third", THIRD, AP, PCT, "immigration_non_eu_share_study", YJ26 + " non-EU arrivals who came to study"),
            L("64,000", -64000, E, P, "net_migration_british_nationals", YJ26 + " a net, British citizens left"),
            L("27,000", 27000, E, P, PNC, YJ26 + " natural change added just"),
            L("nearly nine-tenths", 90, ALM, PCT, "net_migration_share_of_population_growth", YJ26 + " migration's share of the UK's growth"),
            L("Roughly a sixth", 100 / 6, AP, PCT, "population_share_foreign_born", "2026 (born overseas; the essayist)", geo=EW),
            L("doubled", 2, E, RATIO, "population_share_foreign_born_ratio", "2026 vs the early 2000s (a share that has doubled)", geo=EW),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
