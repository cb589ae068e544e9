#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-seventy-third hand-labelled hold-out set (holdout173).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT)

UK, ENG, SCO, NI, FR = "UK", "England", "Scotland", "Northern Ireland", "France"
HH, P10K, PROV, VAC = "other:households", "other:persons_per_10000_residents", "other:providers", "other:vacancies"

# 01 (Monday 8 June 2026; Home Office daily figures for the weekend of Saturday 6 and Sunday 7 June 2026)
SAT = "Saturday 6 June 2026"
SUN = "Sunday 7 June 2026"
WKND = "6 to 7 June 2026 (the weekend"
YTD = "1 January to 7 June 2026 (so far this year"
YTD25 = "1 January to 7 June 2025 (by the same date in 2025"
OCC = "small_boat_occupancy"

# 02 (Wednesday 4 March 2026; Home Office figures for 31 December 2025 published Thursday 26 February 2026)
HO2 = "Home Office figures published Thursday 26 February 2026"
D25 = "31 December 2025 (the end of December; " + HO2 + ")"
D24 = "31 December 2024 (twelve months earlier; " + HO2 + ")"
ADP = "asylum_dispersal_population"
PLY, DC = "Plymouth", "Devon and Cornwall"
PCC = "April 2024 to March 2025 (2024/25; Plymouth City Council)"
DHA = "Cllr Demelza Hocking-Asante, Plymouth City Council"
RHL = "refugees_homeless_after_leaving_asylum_support"
TAC = "council_temporary_accommodation_cost"

# 03 (Thursday 21 May 2026; ONS estimates published that day)
ONS = "ONS provisional estimate published Thursday 21 May 2026"
C25 = "January to December 2025 (last year, the 12 months to December; " + ONS + ")"
YJ25 = "July 2024 to June 2025 (the year ending June"
C24 = "January to December 2024 (calendar 2024"
NMR = "net_migration_revision"

# 04 (Tuesday 14 July 2026; a claim made on Friday 10 July 2026, Home Office accounts for 2025/26 published the week before)
CLAIM = "the claim (Edwin Stanforth-Oduya MP, speech to his local party, Friday 10 July 2026"
HCN = "asylum_hotel_cost_per_person_night"
ACH = "asylum_cost_hotels"
FY26 = "April 2025 to March 2026 (2025/26; Home Office report and accounts"
M26 = "31 March 2026 (the end of March; Home Office immigration statistics"
FL = "Factloom's arithmetic"

# 05 (Thursday 27 August 2026; Home Office figures for the year ending June 2026 published that day)
HO5 = "Home Office figures published Thursday 27 August 2026"
YJ26 = "July 2025 to June 2026 (the year ending June; " + HO5 + ")"
YJ25_5 = "July 2024 to June 2025 (a year earlier; " + HO5 + ")"
CW, CWD = "visas_granted_care_worker", "visas_granted_care_worker_dependants"
HEF = "Philippa Oyelowo-Finch, Homecare Employers' Federation"
SFC = "April 2025 to March 2026 (2025/26; Skills for Care)"
DISP = "care_workers_displaced_by_licence_revocations"

# 06 (Thursday 9 July 2026; National Records of Scotland mid-2025 estimates published Tuesday 7 July 2026)
NRS = "NRS mid-2025 estimates published Tuesday 7 July 2026"
Y6 = "mid-2024 to mid-2025 (" + NRS + ")"
MID25 = "30 June 2025 (mid-2025; " + NRS + ")"
BOX6 = "mid-2024 to mid-2025 (AT A GLANCE box; NRS)"
ABD, ABS = "Aberdeen", "Aberdeenshire"
NMI, INT, PNC = "net_migration_international", "internal_migration_net", "population_natural_change"

# 07 (Saturday 24 October 2026; a written parliamentary answer published Thursday 22 October 2026)
WPA = "written parliamentary answer published Thursday 22 October 2026"
J26 = "30 June 2026 (the end of June; " + WPA + ")"
FNC = "foreign_national_offenders_awaiting_removal_in_community"
RFNO = "returns_foreign_national_offenders"
YJ26_7 = "July 2025 to June 2026 (the year ending June; " + WPA + ")"

ARTICLES = {
    "01-daily-rumble-channel-crossings-weekend-season-total": dict(
        meta=dict(url="https://www.dailyrumble.example/news/article-15842917/1184-migrants-land-Britain-48-hours-Channel-total-2026-20-ahead-year.html",
                  title="1,184 migrants land in Britain in just 48 hours as Channel total for 2026 races 20% ahead of last year",
                  publisher="Daily Rumble", author="Callum Fairbrother-Ndlovu", published_date="2026-06-08"),
        labels=[
            L("1,184", 1184, E, P, SBA, WKND + ", in just 48 hours; headline)", ctx="1,184 migrants land"),
            L("20%", 20, E, PCT, SBA + "_change", "1 January to 7 June 2026 vs the same point of 2025 (ahead of last year; headline)", ctx="races 20% ahead"),
            L("712", 712, E, P, SBA, SAT + " (summary bullet)", ctx="Saturday brought 712"),
            L("11", 11, E, BOATS, SBC, SAT + " (summary bullet)", ctx="712 people in 11 dinghies"),
            L("17,420", 17420, E, P, SBA, YTD + ", running tally for 2026; summary bullet)", ctx="reaches 17,420"),
            L("14,530", 14530, E, P, SBA, YTD25 + ", the same stage of 2025; summary bullet)", ctx="against 14,530"),
            L("At least 11", 11, AL, P, "small_boat_deaths", "1 January to 8 June 2026 (since New Year; UN monitors; summary bullet)", ctx="At least 11 deaths"),
            L("More than 1,100", 1100, MT, P, SBA, WKND + "; Home Office figures)"),
            L("712", 712, E, P, SBA, SAT + " (Home Office figures)", ctx="show 712 people"),
            L("11", 11, E, BOATS, SBC, SAT + " (Home Office figures)", ctx="in 11 boats on Saturday"),
            L("472", 472, E, P, SBA, SUN + " (Home Office figures)"),
            L("eight", 8, E, BOATS, SBC, SUN + " (Home Office figures)", ctx="in eight boats"),
            L("1,184", 1184, E, P, SBA, WKND + ", in two days; Home Office figures)", ctx="a total of 1,184"),
            L("62", 62, E, PPB, OCC, WKND + " an average on each boat; the paper's arithmetic)", ctx="average of 62"),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", SAT + " vs the previous week (week to Friday 5 June 2026)"),
            L("186", 186, E, P, SBA, "week to Friday 5 June 2026 (the whole of the previous week)"),
            L("712", 712, E, P, SBA, SAT + " (caption)", ctx="when 712 made"),
            L("17,420", 17420, E, P, SBA, YTD + ")", ctx="means 17,420"),
            L("20%", 20, E, PCT, SBA + "_change", "1 January to 7 June 2026 vs the same point of 2025 (up)", ctx="That is 20% up"),
            L("14,530", 14530, E, P, SBA, YTD25 + ", recorded at this point in 2025)", ctx="on the 14,530"),
            L("41,390", 41390, E, P, SBA, "January to December 2025 (by December, the second-worst year on record)"),
            L("4,960", 4960, E, P, SBA, "May 2026 (May alone)"),
            L("double", 2, E, RATIO, SBA + "_ratio", "May 2026 vs May 2025", ctx="double the 2,470"),
            L("2,470", 2470, E, P, SBA, "May 2025"),
            L("Some 268", 268, AP, BOATS, SBC, "1 January to 7 June 2026 (since January)"),
            L("296", 296, E, BOATS, SBC, "1 January to 7 June 2025 (at this point in 2025)"),
            L("65", 65, E, PPB, OCC, "1 January to 7 June 2026 (on average, since January)", ctx="carried 65 people"),
            L("49", 49, E, PPB, OCC, "1 January to 7 June 2025 (up from; at this point in 2025)", ctx="up from 49"),
            L("almost 80,000", 80000, ALM, P, SBA, "5 July 2024 to 7 June 2026 (since Sir Keir Starmer entered Downing Street; Daily Rumble analysis of official data)"),
            L("318", 318, E, P, "small_boat_launch_attempts_stopped_people", SAT + " (Saturday morning alone, between Hardelot and Le Portel; French police)", geo=FR),
            L("At least 11", 11, AL, P, "small_boat_deaths", "1 January to 8 June 2026 (since 1 January; UN migration agency)", ctx="At least 11 people"),
            L("around one in five", 20, AP, PCT, "small_boat_arrivals_share_afghan", "January to March 2026 (between January and March)"),
            L("264", 264, E, P, "returns_france", "September 2025 to 8 June 2026 (one in, one out deal, nine months after it began)", geo=FR),
            L("1,184", 1184, E, P, SBA, WKND + ", in two days; the shadow home secretary)", ctx="but 1,184 people"),
            V("tens of thousands of pounds", 20000, 90000, GBP, "asylum_cost_per_person", "per arrival (the shadow home secretary)"),
            L("£4.1billion", 4100000000, E, GBP, AC, "April 2024 to March 2025 (2024/25; Home Office accounts)"),
            L("More than 50,000", 50000, MT, P, "returns", "5 July 2024 to June 2026 (since July 2024, removed or deported; a Home Office spokesman)"),
            L("a third", THIRD, E, PCT, "people_smuggler_arrests_change", "since July 2024 vs before (up by; a Home Office spokesman)", ctx="up by a third"),
        ]),
    "02-stonehouse-shag-devon-cornwall-asylum-council-costs": dict(
        meta=dict(url="https://www.stonehouseshag.example/news/plymouth-news/plymouth-now-houses-more-half-10482271",
                  title="Plymouth now houses more than half of Devon and Cornwall's asylum seekers - and the council says it is £1.5m out of pocket",
                  publisher="Stonehouse Shag", author="Morwenna Pascoe-Idowu", published_date="2026-03-04"),
        labels=[
            L("more than half", 50, MT, PCT, ADP + "_share_plymouth", "31 December 2025 (headline)", ctx="houses more than half", geo=DC),
            L("£1.5m", 1500000, E, GBP, "council_asylum_cost_shortfall", "April 2024 to March 2025 (out of pocket; headline)", ctx="it is £1.5m out", geo=PLY),
            L("23%", 23, E, PCT, ADP + "_change", "31 December 2025 vs 31 December 2024 (rose, in a year; standfirst)", ctx="by 23% in a year", geo=PLY),
            L("More than half", 50, MT, PCT, ADP + "_share_plymouth", D25, geo=DC),
            L("612", 612, E, P, ADP, D25, geo=PLY),
            L("498", 498, E, P, ADP, D24, geo=PLY),
            L("23%", 23, E, PCT, ADP + "_change", "31 December 2025 vs 31 December 2024 (an increase of; " + HO2 + ")", ctx="increase of 23%", geo=PLY),
            L("about 23", 23, AP, P10K, ADP + "_per_10000_residents", D25 + " for every 10,000 residents", geo=PLY),
            L("1,136", 1136, E, P, ADP, D25 + " across the peninsula", geo=DC),
            L("241", 241, E, P, ADP, D25 + " the Devon County Council area", geo="Devon"),
            L("almost half", 50, ALM, PCT, ADP + "_share_exeter", D25 + " of the Devon figure", geo="Devon"),
            L("118", 118, E, P, ADP, D25, geo="Exeter"),
            L("187", 187, E, P, ADP, D25, geo="Cornwall"),
            L("96", 96, E, P, ADP, D25, ctx="and 96 in Torbay", geo="Torbay"),
            L("up to 140", 140, AM, P, HOT, "until January 2026 (the region's last contingency hotel, at its busiest)", geo="Newquay"),
            L("106,900", 106900, E, P, "asylum_support_population", D25 + " UK-wide"),
            L("27,800", 27800, E, P, HOT, D25),
            L("£2.4m", 2400000, E, GBP, "council_asylum_cost", PCC + " services linked to asylum and resettlement", geo=PLY),
            L("£860,000", 860000, E, GBP, "council_asylum_grant", PCC + " Government grants", geo=PLY),
            L("little more than a third", THIRD, MT, PCT, "council_asylum_cost_share_funded_by_home_office", PCC, geo=PLY),
            L("more than £1.5m", 1500000, MT, GBP, "council_asylum_cost_shortfall", "April 2024 to March 2025 (2024/25, met from council tax; " + DHA + ")", geo=PLY),
            L("114", 114, E, P, ADP + "_change", "31 December 2024 to 31 December 2025 (placed here in a year; " + DHA + ")", geo=PLY),
            L("164", 164, E, HH, RHL, "January to December 2025 (Plymouth City Council)", geo=PLY),
            L("more than double", 2, MT, RATIO, RHL + "_ratio", "2025 vs 2023 (Plymouth City Council)", geo=PLY),
            L("71", 71, E, HH, RHL, "January to December 2023 (Plymouth City Council)", geo=PLY),
            L("£11.3m", 11300000, E, GBP, TAC, "April 2025 to March 2026 (this financial year, expected; Plymouth City Council)", geo=PLY),
            L("three times", 3, E, RATIO, TAC + "_ratio", "2025/26 vs 2021/22 (Plymouth City Council)", geo=PLY),
            L("40%", 40, E, PCT, "council_asylum_cost_change", "2025/26 vs 2024/25 (gone up; Cornwall Council)", geo="Cornwall"),
            L("£910,000", 910000, E, GBP, "council_asylum_cost", "April 2025 to March 2026 (2025/26; Cornwall Council)", geo="Cornwall"),
            L("96", 96, E, P, ADP, "March 2026 (its placements; Torbay Council)", ctx="its 96 placements", geo="Torbay"),
            L("110", 110, E, P, ADP + "_cap", "2026 (the ceiling agreed with the Home Office; Torbay Council)", geo="Torbay"),
            L("c. 450", 450, AP, P, "refugee_support_network_clients", "March 2026 (now supports; Plym Refugee Network)", geo=PLY),
            R("60 or 70", 60, 70, P, "refugee_drop_in_attendance", "per day, some days in 2026 (Tomasz Wieczorek-Hale, Plym Refugee Network)", geo=PLY),
            L("more than a third", -THIRD, MT, PCT, HOT + "_change", "5 July 2024 to March 2026 (dropped since the election; a Home Office spokesperson)", ctx="by more than a third"),
        ]),
    "03-quern-news-ons-net-migration-revisions-explainer": dict(
        meta=dict(url="https://www.quernnews.example/news/articles/c4xq7nm2r81o",
                  title="Net migration falls to 171,000 - so why does the ONS keep rewriting the past?",
                  publisher="Quern News", author="Eleri Vosper-Quaye", published_date="2026-05-21"),
        labels=[
            L("171,000", 171000, E, P, NM, "January to December 2025 (headline)", ctx="falls to 171,000"),
            L("171,000", 171000, E, P, NM, C25, ctx="Last year 171,000"),
            L("less than half", 50, LT, PCT, NM + "_share_of_previous_year", "2025 against 2024 (the level of 2024; " + ONS + ")"),
            V("tens of thousands", 20000, 90000, P, NMR, "earlier years revised in Thursday's release (in one case; " + ONS + ")"),
            L("812,000", 812000, E, P, "immigration", C25),
            L("641,000", 641000, E, P, "emigration", C25),
            L("15%", -15, E, PCT, "immigration_change", "2025 vs 2024 (down; " + ONS + ")"),
            L("49,000", 49000, E, P, "emigration_change", "2025 vs 2024 (rose by; " + ONS + ")"),
            L("298,000", 298000, E, P, NM + "_non_eu", C25 + " non-EU nationals"),
            L("74,000", -74000, E, P, NM + "_eu", C25 + " EU citizens, 74,000 more departing than coming"),
            L("53,000", -53000, E, P, NM + "_british_nationals", C25 + " net emigration"),
            L("588,000", 588000, E, P, "immigration_non_eu", C25),
            L("41%", 41, E, PCT, "immigration_non_eu_share_study", C25),
            L("29%", 29, E, PCT, "immigration_non_eu_share_work", C25),
            R("between 131,000 and 214,000", 131000, 214000, P, NM, "January to December 2025 (the ONS's 95% confidence interval)"),
            L("198,000", 198000, E, P, NM, YJ25 + ", first estimate published November 2025)"),
            L("41,000", 41000, E, P, NMR, YJ25 + ", revised up by; " + ONS + ")"),
            L("239,000", 239000, E, P, NM, YJ25 + ", revised; " + ONS + ")"),
            L("428,000", 428000, E, P, NM, C24 + ", first estimate published May 2025)"),
            L("361,000", 361000, E, P, NM, C24 + ", revised; " + ONS + ")"),
            L("some 67,000", -67000, AP, P, NMR, C24 + ", lower; " + ONS + ")"),
            L("about 900,000", 900000, AP, P, NM, "July 2022 to June 2023 (the high-water mark, the 12 months to June 2023; " + ONS + ")"),
            L("roughly four-fifths", -80, AP, PCT, NM + "_change", "2025 vs July 2022 to June 2023 (below the peak)"),
            R("30,000 or 40,000", 30000, 40000, P, NMR, "typical revision (now routine; Dr Anjali Mercer-Toure, Elmhurst Centre for Migration Research)"),
            L("about 31,000", 31000, AP, P, "net_migration_international", "mid-2024 to mid-2025 (the year to mid-2025; National Records of Scotland)", geo=SCO),
            L("4,800", 4800, E, P, "net_migration_international", "mid-2024 to mid-2025 (the year to mid-2025; Northern Ireland's statistics agency)", geo=NI),
            L("about one in six", 100 / 6, AP, PCT, "population_share_born_abroad", "21 March 2021 (the 2021 census)", geo=EW),
            L("more than halved", -50, MT, PCT, NM + "_change", "year to June 2024 vs 2025 (since Labour took office; the Home Secretary)"),
            L("about 258,000", 258000, AP, P, NM + "_projection_assumption", "per year, in the long run (Office for Budget Responsibility working assumption)"),
        ]),
    "04-factloom-asylum-hotel-cost-per-night-claim": dict(
        meta=dict(url="https://factloom.example/fact-checks/asylum-hotels-cost-8m-a-night",
                  title="No, asylum hotels do not cost £8m a night any more",
                  publisher="Factloom", author="Rosalind Hawtrey-Eze", published_date="2026-07-14"),
        labels=[
            L("£8m", 8000000, E, GBP, ACH, "per night (" + CLAIM + "; headline)", ctx="cost £8m a night"),
            L("£152", 152, E, GBP, HCN, "per night (" + CLAIM + "; CLAIM box)", ctx="forking out £152 a night for each asylum seeker put up in a hotel, and", occ=0),
            L("£8 million", 8000000, E, GBP, ACH, "per night (" + CLAIM + "; CLAIM box)", occ=0),
            L("£8m", 8000000, E, GBP, ACH, "per night, 2023 (roughly right in 2023; VERDICT box)", ctx="The £8m figure"),
            L("28,450", 28450, E, P, HOT, M26 + "; VERDICT box)", ctx="With 28,450"),
            L("about £3.4m", 3400000, AP, GBP, ACH, "per night, March 2026 (now; VERDICT box, " + FL + ")", ctx="now about £3.4m"),
            L("£118", 118, E, GBP, HCN, "per night, " + FY26 + "; VERDICT box)", ctx="place cost £118 a night"),
            L("£152", 152, E, GBP, HCN, "per night (" + CLAIM + ", in his words)", ctx='"forking out £152'),
            L("£8 million", 8000000, E, GBP, ACH, "per night (" + CLAIM + ", in his words)", occ=1),
            L("£8m", 8000000, E, GBP, ACH, "per night (" + CLAIM + "; cross-head)", ctx="Where the £8m"),
            L("about £8m", 8000000, AP, GBP, ACH, "per day, 2023 (ministers told Parliament)"),
            L("More than 56,000", 56000, MT, P, HOT, "September 2023 (the peak)"),
            L("upwards of 400", 400, MT, HOTELS, "asylum_hotels_in_use", "2023 (the Home Office was using)"),
            L("28,450", 28450, E, P, HOT, M26 + ")", ctx="2026, 28,450"),
            L("23%", -23, E, PCT, HOT + "_change", "31 March 2026 vs 31 March 2025 (down)"),
            L("36,900", 36900, E, P, HOT, "31 March 2025 (a year earlier; Home Office immigration statistics)"),
            L("roughly half", 50, AP, PCT, HOT + "_share_of_peak", "31 March 2026 against September 2023 (the peak)"),
            L("About 180", 180, AP, HOTELS, "asylum_hotels_in_use", "31 March 2026 (still open at the end of March)"),
            L("£118", 118, E, GBP, HCN, "per night, " + FY26 + ")", ctx="cost £118 per person"),
            L("£15", 15, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, " + FY26 + ")", ctx="cost £15"),
            L("nearly eight times", 8, ALM, RATIO, HCN + "_ratio", FY26 + "; hotel against dispersal accommodation)"),
            L("about £3.4m", 3400000, AP, GBP, ACH, "per night, March 2026 (the March population by the average; " + FL + ")", ctx="gives about £3.4m"),
            L("well under half", 50, LT, PCT, ACH + "_share_of_claim", "per night, March 2026 against the claim (" + FL + ")"),
            L("£8m", 8000000, E, GBP, ACH, "per night (" + CLAIM + ", the claimed)", ctx="the claimed £8m"),
            L("£1.4bn", 1400000000, E, GBP, ACH, FY26 + ")"),
            L("about £3.8m", 3800000, AP, GBP, ACH, "per night, " + FY26 + ", spread across the whole year; " + FL + ")"),
            L("£3.1bn", 3100000000, E, GBP, ACH, "April 2023 to March 2024 (2023/24, a record)"),
            L("£3.9bn", 3900000000, E, GBP, AC, FY26 + ", spent on asylum support)"),
            L("36%", 36, E, PCT, "asylum_cost_share_hotels", FY26 + ")"),
            L("£152", 152, E, GBP, HCN, "per night (" + CLAIM + "; cross-head)", ctx="Is £152"),
            L("up to £170", 170, AM, GBP, HCN, "per night, March 2026 (the costliest sites; Home Office officials told MPs)", geo="London"),
            L("£152", 152, E, GBP, HCN, "per night (" + CLAIM + ", as his office explained it)", ctx="the £152 figure"),
            L("£34", -34, E, GBP, HCN + "_difference_from_claim", "per night, " + FY26 + " average against the claim; lower)"),
            L("£15.3bn", 15300000000, E, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (the contracts' decade-long life; National Audit Office, 2025)"),
            L("more than three times", 3, MT, RATIO, "asylum_accommodation_contracts_cost_ratio", "against what was first expected (National Audit Office, 2025)"),
            L("£8m", 8000000, E, GBP, ACH, "per night (" + CLAIM + "; conclusion)", ctx="cost £8m every night"),
            L("about £3.4m", 3400000, AP, GBP, ACH, "per night, March 2026 (the current figure; conclusion)", ctx="is about £3.4m"),
            L("£152", 152, E, GBP, HCN, "per night (" + CLAIM + "; conclusion)", ctx="The £152 a night"),
            L("£118", 118, E, GBP, HCN, "per night, " + FY26 + "; conclusion)", ctx="the £118 average"),
        ]),
    "05-the-vellum-care-worker-visas-dependants": dict(
        meta=dict(url="https://www.thevellum.example/society/2026/aug/27/care-worker-visas-fall-81-percent-providers-warn-older-people",
                  title="Care worker visas fall 81% as providers warn older people will go without help",
                  publisher="The Vellum", author="Imogen Rathbone-Sesay", published_date="2026-08-27"),
        labels=[
            L("81%", -81, E, PCT, CW + "_change", "July 2025 to June 2026 vs the year before (fall; headline)", ctx="fall 81%"),
            L("2,140", 2140, E, P, CW, "July 2025 to June 2026 (year to June; standfirst)", ctx="Only 2,140"),
            L("87%", -87, E, PCT, CWD + "_change", "July 2025 to June 2026 vs the year before (down; standfirst)", ctx="families down 87%"),
            L("81%", -81, E, PCT, CW + "_change", "July 2025 to June 2026 vs the year before (fallen, in a year; " + HO5 + ")", ctx="fallen by 81%"),
            L("2,140", 2140, E, P, CW, YJ26 + " main applicants, care worker and senior care worker", ctx="received 2,140"),
            L("11,350", 11350, E, P, CW, YJ25_5),
            L("9,480", 9480, E, P, CW + "_in_country_switches", YJ26 + " switched into care roles from other visas"),
            L("87%", -87, E, PCT, CWD + "_change", "July 2025 to June 2026 vs the year before (fell; " + HO5 + ")", ctx="by 87%"),
            L("3,260", 3260, E, P, CWD, YJ26),
            L("25,100", 25100, E, P, CWD, YJ25_5),
            L("some 86,000", 86000, AP, P, CW, "January to December 2023 (the year ending December 2023, the height of overseas recruitment)"),
            L("114,000", 114000, E, P, CWD, "January to December 2023 (the year ending December 2023)"),
            L("about 1.3", 1.3, AP, RATIO, CWD + "_per_main_applicant_ratio", "January to December 2023 (for every worker)"),
            L("18,700", 18700, E, P, "visas_granted_health_care_worker", YJ26 + " main applicants, the whole health and care route"),
            L("58%", -58, E, PCT, "visas_granted_health_care_worker_change", "July 2025 to June 2026 vs the year before (a drop of; " + HO5 + ")"),
            L("Nearly a third", THIRD, ALM, PCT, "care_providers_share_refused_new_care_packages", "2026 (this year, of its members; " + HEF + ")"),
            L("73%", 73, E, PCT, "care_providers_share_recruitment_hardest_ever", "2026 (of its members; " + HEF + ")"),
            L("£12.85", 12.85, E, GBP, "care_worker_hourly_pay", "per hour, 2026 (median; " + HEF + ")", geo=ENG),
            L("£12.71", 12.71, E, GBP, "national_living_wage", "per hour, from April 2026 (the legal minimum; " + HEF + ")"),
            L("104,000", 104000, E, VAC, "adult_social_care_vacancies", SFC, geo=ENG),
            L("6.5%", 6.5, E, PCT, "adult_social_care_vacancy_share", SFC + " the vacancy rate", geo=ENG),
            L("About one in five", 20, AP, PCT, "adult_social_care_workforce_share_non_british", SFC + " not British", geo=ENG),
            L("1.59m", 1590000, E, P, "adult_social_care_workforce", SFC, geo=ENG),
            L("12,900", 12900, E, P, "adult_social_care_international_recruits", "April 2025 to March 2026 (2025/26, an estimated)", geo=ENG),
            L("three-quarters", -75, E, PCT, "adult_social_care_international_recruits_change", "2025/26 vs 2023/24 (down, two years earlier)", geo=ENG),
            L("51,600", 51600, E, P, "adult_social_care_international_recruits", "April 2023 to March 2024 (two years earlier)", geo=ENG),
            V("Thousands", 2000, 9000, P, DISP, "July 2022 to August 2026 (left stranded)"),
            L("560", 560, E, PROV, "sponsor_licences_revoked_care_providers", "July 2022 to August 2026 (since July 2022)"),
            L("about 44,000", 44000, AP, P, DISP, "July 2022 to August 2026 (since July 2022, needing a new employer)"),
            L("Fewer than one in five", 20, LT, PCT, DISP + "_share_found_new_sponsor", "July 2022 to August 2026 (Migrant Carers' Advice Network)"),
            L("more than 95%", -95, MT, PCT, CW + "_change", "July 2025 to June 2026 vs the peak in 2023 (down since the peak; a Home Office spokesperson)"),
        ]),
    "06-rubislaw-razorbill-north-east-population-migration": dict(
        meta=dict(url="https://www.rubislawrazorbill.example/news/aberdeen-aberdeenshire/7140286/aberdeen-population-grows-third-year-overseas-arrivals/",
                  title="Aberdeen grows for a third year running - and without arrivals from abroad the city would be shrinking",
                  publisher="Rubislaw Razorbill", author="Isla Murison-Tetteh", published_date="2026-07-09"),
        labels=[
            L("3,320", 3320, E, P, NMI, "mid-2024 to mid-2025 (the year to mid-2025, overseas newcomers; standfirst)", ctx="added 3,320", geo=ABD),
            L("2,490", 2490, E, P, "population_growth", Y6, geo=ABD),
            L("229,430", 229430, E, P, "population", MID25, geo=ABD),
            L("1.1%", 1.1, E, PCT, "population_change", Y6 + " up on a year earlier", geo=ABD),
            L("230,350", 230350, E, P, "population", "30 June 2015 (the peak reached in 2015; NRS)", geo=ABD),
            L("3,320", 3320, E, P, NMI, Y6 + " a net, arrived from abroad", ctx="A net 3,320", geo=ABD),
            L("2,140", 2140, E, P, "deaths", Y6, geo=ABD),
            L("2,090", 2090, E, P, "births", Y6, geo=ABD),
            L("50", -50, E, P, PNC, Y6 + " deaths outnumbered births by", ctx="by 50", geo=ABD),
            L("780", -780, E, P, INT, Y6 + " a net, left for other parts of Scotland and the rest of the UK", ctx="a net 780 residents", geo=ABD),
            L("roughly two in five", 40, AP, PCT, "immigration_share_aged_18_to_24", Y6 + " overseas arrivals", geo=ABD),
            L("229.4k", 229400, E, P, "population", BOX6, geo=ABD),
            L("2.1k", 2100, E, P, "births", BOX6, ctx="Births: 2.1k", geo=ABD),
            L("2.1k", 2100, E, P, "deaths", BOX6, ctx="Deaths: 2.1k", geo=ABD),
            L("+3.3k", 3300, E, P, NMI, BOX6 + " from overseas", geo=ABD),
            L("-0.8k", -800, E, P, INT, BOX6 + " within the UK", geo=ABD),
            L("1,050", 1050, E, P, "population_growth", Y6, geo=ABS),
            L("0.4%", 0.4, E, PCT, "population_change", Y6, geo=ABS),
            L("265,010", 265010, E, P, "population", MID25, geo=ABS),
            L("2,980", 2980, E, P, "deaths", Y6, geo=ABS),
            L("2,240", 2240, E, P, "births", Y6, geo=ABS),
            L("740", -740, E, P, PNC, Y6 + " a natural decrease", geo=ABS),
            L("1,010", 1010, E, P, NMI, Y6 + " a net gain from abroad", geo=ABS),
            L("780", 780, E, P, INT, Y6 + " from elsewhere in the UK", ctx="and 780 from", geo=ABS),
            L("Almost a quarter", 25, ALM, PCT, "population_share_aged_65_and_over", MID25, geo=ABS),
            L("23.8%", 23.8, E, PCT, "population_share_aged_65_and_over", MID25, geo=ABS),
            L("44.6", 44.6, E, YEARS, "population_median_age", MID25, geo=ABS),
            L("36.9", 36.9, E, YEARS, "population_median_age", MID25, geo=ABD),
            L("494,440", 494440, E, P, "population", MID25 + " the two council areas together", geo="Aberdeen City and Aberdeenshire"),
            L("95,460", 95460, E, P, "population", MID25, geo="Moray"),
            L("60", -60, E, P, "population_growth", Y6 + " falling by", ctx="falling by 60", geo="Moray"),
            L("28,300", 28300, E, P, "population_growth", Y6, geo=SCO),
            L("0.5%", 0.5, E, PCT, "population_change", Y6, geo=SCO),
            L("5,575,200", 5575200, E, P, "population", MID25, geo=SCO),
            L("10,800", -10800, E, P, PNC, Y6 + " deaths exceeded births by", geo=SCO),
            L("30,900", 30900, E, P, NMI, Y6, geo=SCO),
            L("8,200", 8200, E, P, "net_migration_rest_of_uk", Y6 + " from the rest of the UK", geo=SCO),
            L("about 4%", 4, AP, PCT, "population_share_aberdeen_of_scotland", MID25, geo=SCO),
            L("more than a tenth", 10, MT, PCT, NMI + "_share_aberdeen", Y6 + " of the country's net international migration", geo=SCO),
            L("about 1,400", 1400, AP, VAC, "health_social_care_vacancies", "July 2026 (across the city; Cllr Alasdair Rennie-Mbatha, Aberdeen City Council)", geo=ABD),
            L("a third", -THIRD, E, PCT, "oil_gas_job_adverts_change", "2026 vs 2025 (down on last year; Northlight Talent)", ctx="down a third", geo="North East Scotland"),
            L("about 268,000", 268000, AP, P, "population_projection", "2033 (the projected peak; NRS projections published 2025)", geo=ABS),
        ]),
    "07-the-chatelaine-foreign-offenders-awaiting-deportation": dict(
        meta=dict(url="https://www.thechatelaine.example/news/2026/10/24/foreign-criminals-free-britain-deportations-stall/",
                  title="More than 20,000 foreign criminals free in Britain as deportations stall",
                  publisher="The Chatelaine", author="Rupert Hallam-Okeke", published_date="2026-10-24"),
        labels=[
            L("More than 20,000", 20000, MT, P, FNC, "30 June 2026 (free in Britain; headline)"),
            L("7pc", 7, E, PCT, FNC + "_change", "30 June 2026 vs 30 June 2025 (up, in a year; standfirst)"),
            L("more than 1,000", 1000, MT, P, "foreign_national_offender_deportation_appeals_allowed", "January to December 2025 (cases held up by human rights appeals; standfirst)"),
            L("passed 20,000", 20000, MT, P, FNC, J26 + ", for the first time"),
            L("20,430", 20430, E, P, FNC, J26),
            L("7 per cent", 7, E, PCT, FNC + "_change", "30 June 2026 vs 30 June 2025 (up; " + WPA + ")"),
            L("19,010", 19010, E, P, FNC, "30 June 2025 (a year earlier; " + WPA + ")"),
            L("3,870", 3870, E, P, "foreign_national_offenders_awaiting_removal_in_prison", J26),
            L("612", 612, E, P, "foreign_national_offenders_awaiting_removal_in_detention", J26 + " in immigration removal centres"),
            L("almost 25,000", 25000, ALM, P, "foreign_national_offenders_awaiting_removal", J26 + " the whole caseload"),
            L("6,610", 6610, E, P, FNC + "_over_5_years", J26 + " released more than five years ago"),
            L("nearly a third", THIRD, ALM, PCT, FNC + "_share_over_5_years", J26),
            L("1,040", 1040, E, P, "foreign_national_offender_deportation_appeals_allowed", "January to December 2025 (immigration tribunals)"),
            L("71 per cent", 71, E, PCT, "foreign_national_offender_deportation_appeals_allowed_share_article_8", "January to December 2025 (71 per cent of these, Article 8)"),
            L("5,980", 5980, E, P, RFNO, YJ26_7),
            L("14 per cent", 14, E, PCT, RFNO + "_change", "July 2025 to June 2026 vs the year before (up, year on year)", occ=0),
            L("more than 11,000", 11000, MT, P, RFNO, "July 2024 to June 2026 (since July 2024; ministers)"),
            L("About one in five", 20, AP, PCT, RFNO + "_share_albanian", YJ26_7),
            L("1,190", 1190, E, P, RFNO + "_albanian", YJ26_7),
            L("42 per cent", 42, E, PCT, RFNO + "_share_eu_nationals", YJ26_7),
            L("Some 1,460", 1460, AP, P, RFNO + "_early_removal_scheme", YJ26_7),
            L("roughly a quarter", 25, AP, PCT, RFNO + "_share_early_removal_scheme", YJ26_7),
            L("41", 41, E, P, "returns_charter_flight", "September 2026 (last month, a charter flight to Jamaica)", ctx="carried 41", geo="Jamaica"),
            L("23", 23, E, P, "returns_charter_flight_removals_halted_legal_challenges", "September 2026 (last-minute legal challenges won)", ctx="after 23 others", geo="Jamaica"),
            L("around 11,000", 11000, AP, P, FNC, "2019 (when he left; Sir Malcolm Trevithick-Nnamdi, former head of immigration enforcement)"),
            L("nearly doubled", 2, ALM, RATIO, FNC + "_ratio", "2026 vs 2019 (Sir Malcolm Trevithick-Nnamdi)"),
            L("Roughly 12 per cent", 12, AP, PCT, "prison_population_share_foreign_nationals", "October 2026 (those behind bars)", geo=EW),
            L("some 10,800", 10800, AP, P, "prison_population_foreign_nationals", "October 2026", geo=EW),
            L("88,000 or so", 88000, AP, P, "prison_population", "October 2026 (inmates)", geo=EW),
            L("About 430", 430, AP, P, "prison_population_foreign_nationals", "October 2026 (held in Welsh prisons)", geo="Wales"),
            L("Twenty thousand", 20000, E, P, FNC, "October 2026 (convicted foreigners living among us; the shadow justice secretary)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (the Rwanda scheme, all volunteers)", ctx="relocated four people"),
            L("more than £700m", 700000000, MT, GBP, "rwanda_scheme_cost", "April 2022 to July 2024 (the Rwanda scheme, scrapped in July 2024)"),
            L("14 per cent", 14, E, PCT, RFNO + "_change", "July 2025 to June 2026 vs the year before (removals up; Home Office statement)", occ=1),
            L("396", 396, E, P, "prison_population_foreign_nationals", "October 2026 (Scottish Prison Service)", geo=SCO),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
