#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-twenty-sixth hand-labelled hold-out set (holdout126).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, HOTELS, THIRD, SIXTH,
                        E, AP, MT, LT, AM, ALM, SBA, SBC, NM)

UK, ENG, WAL, NI, FR = "UK", "England", "Wales", "Northern Ireland", "France"
HH, SITES, PER10K = "other:households", "other:sites", "other:persons_per_10000_residents"
SIGS = "other:signatures"
TWO3 = 200 / 3

# 01 (Thursday 15 October 2026; a live page last updated 17:20)
TODAY = "15 October 2026 (so far today, to the 17:20 update; Home Office"
YTD = "1 January to 14 October 2026 (in 2026, by the end of Wednesday; Home Office figures"
BOAT = "15 October 2026 (the boat in difficulty off Dungeness"
PREF = "the French maritime prefecture"
# 02 (Friday 27 November 2026; ONS estimates released Thursday 26 November 2026)
ONS = "ONS estimates released Thursday 26 November 2026"
YJ26 = "July 2025 to June 2026 (the year ending June 2026; " + ONS
YJ25 = "July 2024 to June 2025 (the previous 12 months; " + ONS
HCW = "immigration_work_health_care_non_eu"
# 03 (Friday 6 March 2026; Home Office statistics "out last Thursday", 26 February 2026)
HO3 = "Home Office statistics published Thursday 26 February 2026"
D25 = "31 December 2025 (as December ended; " + HO3
ASP = "asylum_support_population"
PERK = "asylum_support_population_per_10000_residents"
GRANT = "council_asylum_grant_per_person"
HOMELESS = "refugees_homeless_after_leaving_asylum_support"
NPT, SWA = "Newport", "Swansea"
# 04 (Tuesday 24 March 2026; Home Office visa data for 2025, Office for Students report "on Tuesday")
HO4 = "Home Office data"
C25 = "January to December 2025 (in 2025; " + HO4
C23 = "January to December 2023 (in 2023; " + HO4
VSD = "visas_granted_study_dependants"
OFS = "Office for Students, Tuesday 24 March 2026"
AMU = "Aldworth Metropolitan University"
# 05 (Wednesday 8 July 2026; Home Office figures seen by the paper)
HOT_J26 = "30 June 2026 (as June ended; Home Office figures seen by the Daily Stramash"
NOW5 = "July 2026 (now"
# 06 (Wednesday 1 July 2026; NISRA estimates released Tuesday 30 June 2026)
NIS = "NISRA estimates released Tuesday 30 June 2026"
M25 = "30 June 2025 (mid-2025; " + NIS
YM25 = "July 2024 to June 2025 (the year to mid-2025; " + NIS
BEL = "Belfast"
# 07 (Monday 14 December 2026; an essay)
PEAK = "April 2022 to March 2023 (the year to March 2023, the peak"
OBR = "the Office for Budget Responsibility's long-run assumption"

ARTICLES = {
    "01-freeboard-news-channel-crossings-live-boat-in-difficulty": dict(
        meta=dict(url="https://www.freeboardnews.example/live/channel-crossings-live-dungeness-lifeboats-13471982",
                  title="Channel crossings live: Lifeboats race to dinghy in trouble off Dungeness as hundreds cross after gales ease",
                  publisher="Freeboard News", author="Nadia Pemberton-Vale, Callum Ruddock-Ansah", published_date="2026-10-15"),
        labels=[
            V("hundreds", 200, 900, P, SBA, "15 October 2026 (as hundreds cross after gales ease; headline)"),
            L("More than 400", 400, MT, P, SBA, "15 October 2026 (landed in Kent by lunchtime; standfirst)"),
            L("703", 703, E, P, SBA, TODAY + "; key points)", occ=0),
            L("13", 13, E, BOATS, SBC, TODAY + "; key points)", ctx="703 people in 13 boats so far today"),
            L("63", 63, E, P, "small_boat_rescues_lifeboat", BOAT + "; picked up by RNLI crews; key points)", occ=0),
            L("34,000", 34000, MT, P, SBA, "1 January to 15 October 2026 (the year's total passes; key points)"),
            L("about 9%", -9, AP, PCT, "small_boat_arrivals_change", "1 January to mid-October 2026 vs the same point in 2025 (below this point in 2025; key points)"),
            L("703", 703, E, P, SBA, TODAY + "; 17:20 entry heading)", occ=1),
            L("13", 13, E, BOATS, SBC, TODAY + "; 17:20 entry heading)", ctx="tally: 703 people in 13 boats"),
            L("703", 703, E, P, SBA, TODAY + "; detected crossing the Channel today)", occ=2),
            L("13", 13, E, BOATS, SBC, TODAY + "; small boats)", ctx="today in 13 small boats"),
            L("about 54", 54, AP, PPB, "small_boat_occupancy", TODAY + "; works out at about 54 in each)"),
            L("1,195", 1195, E, P, SBA, "31 May 2026 (the highest daily figure of 2026)"),
            L("74", 74, E, P, "small_boat_rescues", BOAT + "; all the people on board, taken off)"),
            L("63", 63, E, P, "small_boat_rescues_lifeboat", BOAT + "; taken by the Dungeness and Littlestone lifeboats)", occ=1),
            L("11", 11, E, P, "small_boat_rescues_border_force", BOAT + "; lifted onto a Border Force cutter)", ctx="the other 11 were"),
            L("19", 19, E, P, "small_boat_rescues", "15 October 2026 (off Boulogne; 15:30 entry heading; " + PREF + ")", ctx="pick up 19 off Boulogne", geo=FR),
            L("19", 19, E, P, "small_boat_rescues", "15 October 2026 (recovered from a deflating boat off Équihen-Plage at first light; " + PREF + ")", ctx="recovered 19 people", geo=FR),
            L("140", 140, E, P, "small_boat_launch_attempts_stopped_people", "night of 14 to 15 October 2026 (stopped from launching overnight, Dunkirk to Berck; " + PREF + ")", geo=FR),
            L("roughly 22,500", 22500, AP, P, "small_boat_launch_attempts_stopped_people", "1 January to 15 October 2026 (attempted departures halted since January; " + PREF + ")", geo=FR),
            L("more than 2,600", 2600, MT, P, "returns", "from the start of the UK-France returns agreement to 15 October 2026 (taken back to France so far; the Home Secretary)", geo=FR),
            L("doubled", 2, E, RATIO, "small_boat_interceptions_at_sea_ratio", "October 2026 vs summer 2026 (boats stopped in French waters, doubled since the summer; the Home Secretary)", geo=FR),
            L("More than 100,000", 100000, MT, P, SBA, "5 July 2024 to 15 October 2026 (since Labour took office; the shadow home secretary)"),
            L("417", 417, E, P, SBA, "15 October 2026 (by 1pm; 13:05 entry heading; Home Office)", occ=0),
            L("eight", 8, E, BOATS, SBC, "15 October 2026 (by 1pm; 13:05 entry heading; Home Office)", occ=0),
            L("417", 417, E, P, SBA, "15 October 2026 (by 1pm, the first official figure of the day; Home Office)", occ=1),
            L("eight", 8, E, BOATS, SBC, "15 October 2026 (by 1pm, the first official figure of the day; Home Office)", occ=1),
            L("5,840", 5840, E, P, SBA, "September 2026 (September's total)"),
            L("20%", 20, E, PCT, "small_boat_arrivals_change", "September 2026 vs September 2025 (up on the same month of 2025)"),
            L("34,218", 34218, E, P, SBA, YTD + ")"),
            L("9%", -9, E, PCT, "small_boat_arrivals_change", "1 January to 14 October 2026 vs the same period of 2025 (a drop on the same date last year)", ctx="a drop of 9%"),
            L("37,590", 37590, E, P, SBA, "1 January to 14 October 2025 (logged by the same date last year; Home Office figures)"),
            L("646", 646, E, BOATS, SBC, YTD + "; they came in)"),
            L("53", 53, E, PPB, "small_boat_occupancy", YTD + "; an average a boat so far this year)"),
            L("about a quarter", 25, AP, PCT, "small_boat_arrivals_share_eritrean", YTD + "; Eritreans, the largest single nationality)"),
            L("14%", 14, E, PCT, "small_boat_arrivals_share_afghan", YTD + "; Afghans)"),
        ]),
    "02-the-ormolu-ons-net-migration-visa-routes": dict(
        meta=dict(url="https://www.theormolu.example/politics/2026/11/27/net-migration-falls-171000-students-overtake-workers/",
                  title="Net migration falls to 171,000 as foreign students overtake workers",
                  publisher="The Ormolu", author="Humphrey Calloway-Idowu", published_date="2026-11-27"),
        labels=[
            L("171,000", 171000, E, P, NM, YJ26 + "; headline)", occ=0),
            L("almost two-fifths", -40, ALM, PCT, "immigration_work_non_eu_change", "year ending June 2026 vs year ending June 2025 (work-related arrivals from outside Europe drop by; standfirst)"),
            L("More than a third", THIRD, MT, PCT, "immigration_non_eu_share_study", YJ26 + "; of migrants from outside the EU now come to study; caption)"),
            L("171,000", 171000, E, P, NM, YJ26 + "; its lowest level since the pandemic)", occ=1),
            L("798,000", 798000, E, P, "immigration", YJ26 + "; long-term arrivals)"),
            L("627,000", 627000, E, P, "emigration", YJ26 + "; departures)"),
            L("19 per cent", -19, E, PCT, "net_migration_change", "year ending June 2026 vs year ending June 2025 (lower than in the previous 12 months; " + ONS + ")"),
            L("212,000", 212000, E, P, NM, YJ25 + ")"),
            L("944,000", 944000, E, P, NM, PEAK + ", the high-water mark; " + ONS + ")"),
            L("under a fifth", 0.2, LT, RATIO, "net_migration_ratio", "year ending June 2026 vs year ending March 2023 (today's balance is under a fifth as large as the 944,000 peak)"),
            L("619,000", 619000, E, P, "immigration_non_eu", YJ26 + "; non-EU nationals who arrived)"),
            L("223,000", 223000, E, P, "immigration_study_non_eu", YJ26 + "; came on study visas)"),
            L("some 36 per cent", 36, AP, PCT, "immigration_non_eu_share_study", YJ26 + "; of the total)"),
            L("186,000", 186000, E, P, "immigration_work_non_eu", YJ26 + "; work accounted for)"),
            L("three in ten", 30, E, PCT, "immigration_non_eu_share_work", YJ26 + ")"),
            L("38 per cent", -38, E, PCT, "immigration_work_non_eu_change", "year ending June 2026 vs year ending June 2025 (a drop from 300,000 a year earlier)"),
            L("300,000", 300000, E, P, "immigration_work_non_eu", YJ25 + "; a year earlier)"),
            L("23,000", 23000, E, P, HCW, YJ26 + "; arrived on health and care worker visas)"),
            L("about a sixth", SIXTH / 100, AP, RATIO, HCW + "_ratio", "year ending June 2026 vs year ending June 2024 (of the 146,000 who came two years before)"),
            L("146,000", 146000, E, P, HCW, "July 2023 to June 2024 (two years before; " + ONS + ")"),
            L("18,000", 18000, E, P, "immigration_study_dependants_non_eu", YJ26 + "; arrived alongside students)"),
            L("65,000", 65000, E, P, "immigration_work_dependants_non_eu", YJ26 + "; accompanied workers)"),
            L("102,000", 102000, E, P, "immigration_humanitarian_non_eu", YJ26 + "; humanitarian routes, resettled refugees and asylum claimants)"),
            L("11 per cent", 11, E, PCT, "immigration_humanitarian_non_eu_change", "year ending June 2026 vs year ending June 2025 (up)"),
            L("Some 331,000", 331000, AP, P, "emigration_non_eu", YJ26 + "; non-EU nationals emigrated)"),
            L("44 per cent", 44, E, PCT, "emigration_non_eu_share_former_study", YJ26 + "; of them had originally come to study)"),
            L("169,000", 169000, E, P, "emigration_eu", YJ26 + "; EU citizens left)"),
            L("96,000", 96000, E, P, "immigration_eu", YJ26 + "; EU citizens arrived)"),
            L("73,000", -73000, E, P, "net_migration_eu", YJ26 + "; a net outflow of EU citizens)"),
            L("127,000", 127000, E, P, "emigration_british", YJ26 + "; British nationals emigrated)"),
            L("83,000", 83000, E, P, "immigration_british", YJ26 + "; British nationals returned home)"),
            L("44,000", -44000, E, P, "net_migration_british_nationals", YJ26 + "; a net loss of British nationals)"),
            L("239,000", 239000, E, P, NM, "January to December 2025 (calendar 2025, as revised; " + ONS + ")"),
            L("31,000", 31000, E, P, "net_migration_revision", "January to December 2025 (calendar 2025's figure revised up by; " + ONS + ")"),
            L("more than 80 per cent", -80, MT, PCT, "net_migration_change", "year ending June 2026 vs the peak (year ending March 2023) (below the high point \"we inherited\"; the Home Secretary)"),
            L("One hundred and seventy-one thousand", 171000, E, P, NM, YJ26 + "; \"a city the size of Ipswich every year\"; the shadow home secretary)"),
            L("more than 3,000", 3000, MT, P, NM, "per week, year ending June 2026 (still more than 3,000 people a week; the shadow home secretary)"),
            L("below 150,000", 150000, LT, P, "net_migration_forecast", "January to December 2026 (the year to December, as visa grants point to; Eleanor Voss-Adeyinka, Cobbold Centre for Migration Studies)"),
        ]),
    "03-wentloog-weekly-newport-swansea-asylum-council-funding": dict(
        meta=dict(url="https://www.wentloogweekly.example/news/newport/asylum-seekers-per-head-council-grant-gap-0614",
                  title="Newport now houses more asylum seekers per head than anywhere else in Wales",
                  publisher="Wentloog Weekly", author="Gethin Prothero-Mbeki", published_date="2026-03-06"),
        labels=[
            L("1,187", 1187, E, P, ASP, D25 + "; supported in the city at the end of 2025; standfirst)", occ=0, geo=NPT),
            L("less than half", 50, LT, PCT, "council_asylum_grant_share_of_cost", "2025/26 (the grant covers less than half of the cost; council leaders; standfirst)", occ=0, geo=NPT),
            L("1,187", 1187, E, P, ASP, D25 + "; on section 95 support)", occ=1, geo=NPT),
            L("15%", 15, E, PCT, ASP + "_change", "31 December 2025 vs 31 December 2024 (up on a year earlier; " + HO3 + ")", geo=NPT),
            L("1,034", 1034, E, P, ASP, "31 December 2024 (a year earlier; " + HO3 + ")", geo=NPT),
            L("roughly 73", 73, AP, PER10K, PERK, D25 + "; for every 10,000 residents)", geo=NPT),
            L("about 42", 42, AP, PER10K, PERK, D25 + "; per 10,000)", geo=SWA),
            L("12", 12, E, PER10K, PERK, D25 + "; the average across Wales, per 10,000)", geo=WAL),
            L("1,046", 1046, E, P, ASP, D25 + ")", geo=SWA),
            L("22", 22, E, P, ASP + "_change", "31 December 2025 vs 31 December 2024 (only 22 more than at the end of 2024; " + HO3 + ")", geo=SWA),
            L("1,214", 1214, E, P, ASP, D25 + ")", geo="Cardiff"),
            L("57%", 57, E, PCT, ASP + "_share_newport_and_swansea", D25 + "; Newport and Swansea between them, of those supported in Wales)", geo=WAL),
            L("3,905", 3905, E, P, ASP, D25 + "; asylum seekers supported in Wales)", geo=WAL),
            L("3.6%", 3.6, E, PCT, ASP + "_share_wales", D25 + "; Wales's share of the UK total)"),
            L("107,300", 107300, E, P, ASP, D25 + "; the UK total)"),
            L("around 4.6%", 4.6, AP, PCT, "population_share_wales_of_uk", "no period stated (Wales's share of the UK's population)"),
            L("£750", 750, E, GBP, GRANT, "2025/26 (a policy rate: the Home Office grant for each person accommodated)"),
            L("£3,500", 3500, E, GBP, GRANT, "2023/24 (a policy rate: two years ago)"),
            L("almost four-fifths", -80, ALM, PCT, GRANT + "_change", "2025/26 vs 2023/24 (the rate has been cut by)"),
            L("£862,000", 862000, E, GBP, "council_asylum_grant", "2025/26 (this financial year, expected to receive; Newport City Council)", geo=NPT),
            L("£1.9m", 1900000, E, GBP, "council_asylum_cost", "2025/26 (spending linked to the asylum system, forecast; Newport City Council)", geo=NPT),
            L("more than £1m", 1000000, MT, GBP, "council_asylum_cost_shortfall", "2025/26 (a gap; Newport City Council)", geo=NPT),
            L("£1.4m", 1400000, E, GBP, "council_asylum_cost", "2025/26 (the council puts its costs at; Swansea Council)", geo=SWA),
            L("£790,000", 790000, E, GBP, "council_asylum_grant", "2025/26 (income; Swansea Council)", geo=SWA),
            L("about £610,000", 610000, AP, GBP, "council_asylum_cost_shortfall", "2025/26 (a shortfall; Swansea Council)", geo=SWA),
            L("less than half", 50, LT, PCT, "council_asylum_grant_share_of_cost", "2025/26 (the grant now pays for less than half of what it costs us; Cllr Rhiannon Abara-Pugh)", occ=1, geo=NPT),
            L("312", 312, E, HH, HOMELESS, "2024/25 (refugee households asking the council for help with homelessness)", geo=SWA),
            L("nearly four times", 4, ALM, RATIO, HOMELESS + "_ratio", "2024/25 vs 2022/23 (as many as the 81 in 2022/23)", geo=SWA),
            L("81", 81, E, HH, HOMELESS, "2022/23", geo=SWA),
            L("268", 268, E, HH, HOMELESS, "2024/25 (Newport recorded)", geo=NPT),
            L("a third", THIRD, E, PCT, HOMELESS + "_change", "2024/25 vs 2023/24 (up on the previous year)", geo=NPT),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week, 2025/26 (a policy rate: section 95 support for food, clothing and travel)"),
            L("more than £200m", 200000000, MT, GBP, "council_asylum_grant", "2025/26 (this year, given to councils across the UK in asylum funding; the Home Office)"),
        ]),
    "04-the-tranche-international-students-dependants-university-finances": dict(
        meta=dict(url="https://www.thetranche.example/content/5c1e8a42-uk-universities-dependants-ban-postgraduates",
                  title="Dependants ban leaves universities short of postgraduates as finances deteriorate",
                  publisher="The Tranche", author="Marguerite Ashby-Nwachukwu, Tobias Feld", published_date="2026-03-24"),
        labels=[
            L("87%", -87, E, PCT, VSD + "_change", "2025 vs 2023 (family visas for foreign students fall, in two years; standfirst)"),
            L("43 per cent", 43, E, PCT, "universities_share_expecting_deficit", "2025/26 (English institutions expecting deficits; the regulator; standfirst)", occ=0, geo=ENG),
            L("87 per cent", -87, E, PCT, VSD + "_change", "2025 vs 2023 (family members accompanying international students, fallen in two years)"),
            L("18,400", 18400, E, P, VSD, C25 + "; visas granted to the dependants of students)"),
            L("143,700", 143700, E, P, VSD, C23 + "; the last year before most taught postgraduates lost the right to bring family)"),
            L("408,300", 408300, E, P, "visas_granted_study", C25 + "; sponsored study visas to students themselves, last year)"),
            L("4 per cent", 4, E, PCT, "visas_granted_study_change", "2025 vs 2024 (more than in 2024)"),
            L("11 per cent", -11, E, PCT, "visas_granted_study_change", "2025 vs 2023 (below the 457,600 of 2023)"),
            L("457,600", 457600, E, P, "visas_granted_study", C23 + ")"),
            L("fewer than one in 20", 5, LT, PCT, "visas_granted_study_share_dependants", C25 + "; of last year's study visas, to spouses and children)"),
            L("almost a quarter", 25, ALM, PCT, "visas_granted_study_share_dependants", C23 + ")"),
            L("21,900", 21900, E, P, "visas_granted_study_nigeria", C25 + "; grants to Nigerian nationals)"),
            L("62 per cent", -62, E, PCT, "visas_granted_study_nigeria_change", "2025 vs 2023 (down on 2023)"),
            L("51 per cent", 51, E, PCT, "visas_granted_study_share_china_india", C25 + "; India and China together, of all study visas)"),
            L("£12.1bn", 12100000000, E, GBP, "international_student_fee_income", "2024/25 (fees paid by overseas students, a record; sector accounts)"),
            L("about 23 per cent", 23, AP, PCT, "university_income_share_international_fees", "2024/25 (of universities' total income; sector accounts)"),
            L("£52.4bn", 52400000000, E, GBP, "university_income", "2024/25 (universities' total income; sector accounts)"),
            L("£24,000", 24000, E, GBP, "international_student_tuition_fee", "per year, 2025/26 (an international undergraduate pays on average)"),
            L("£9,535", 9535, E, GBP, "home_student_tuition_fee_cap", "per year, 2025/26 (a policy rate: the most an English university may charge a home undergraduate)", geo=ENG),
            L("43 per cent", 43, E, PCT, "universities_share_expecting_deficit", "2025/26 (English institutions expected to record a deficit; " + OFS + ")", occ=1, geo=ENG),
            L("more than double", 2, MT, RATIO, "universities_share_expecting_deficit_ratio", "2025/26 vs 2022/23 (the share in 2022/23; " + OFS + ")", geo=ENG),
            L("more than 10,000", 10000, MT, P, "university_job_cuts", "January 2025 to March 2026 (posts lost or threatened since January 2025; lecturers' unions)"),
            L("about 1,100", 1100, AP, P, "university_postgraduate_enrolments_lost", "2024/25 and 2025/26 intakes (over two intakes, because of the dependants rule; Prof Delphine Okwuosa-Marr)", geo=AMU),
            L("roughly £17mn", 17000000, AP, GBP, "university_fee_income_shortfall", "2024/25 and 2025/26 intakes (fee income we will not see again; Prof Delphine Okwuosa-Marr)", geo=AMU),
            L("240", 240, E, P, "university_job_cuts", "March 2026 (posts we have had to cut; Prof Delphine Okwuosa-Marr)", geo=AMU),
            L("£925", 925, E, GBP, "international_student_levy", "per year, from August 2028 (a policy rate: for each overseas student)"),
            L("roughly £460mn", 460000000, AP, GBP, "international_student_levy_revenue", "per year, from 2028 (expected to raise; the Treasury)"),
            L("Some 132,700", 132700, AP, P, "visas_granted_graduate", C25 + "; Graduate visas granted)"),
            L("9 per cent", -9, E, PCT, "visas_granted_graduate_change", "2025 vs 2024 (fewer than in 2024)"),
            L("roughly one in five", 20, AP, PCT, "universities_share_at_risk_of_covenant_breach", "within two years of March 2026 (universities it covers, if recruitment stayed flat; Kestrelmoor)"),
            L("nearly 16,000", 16000, ALM, P, "visas_granted_study_change", "2025 vs 2024 (an increase in main applicant study visas last year; a government spokesperson)"),
        ]),
    "05-daily-stramash-asylum-hotels-military-sites": dict(
        meta=dict(url="https://www.dailystramash.example/news/politics/asylum-hotels-almost-halved-army-camps-36118204",
                  title="Asylum hotels almost halved in a year as men are moved to old army camps",
                  publisher="Daily Stramash", author="Kayleigh Brannigan-Oduro", published_date="2026-07-08"),
        labels=[
            L("almost halved", -50, ALM, PCT, "asylum_hotels_in_use_change", "30 June 2026 vs 30 June 2025 (in a year; headline)", occ=0),
            L("128", 128, E, HOTELS, "asylum_hotels_in_use", HOT_J26 + "; used by the Home Office; standfirst)", occ=0),
            L("almost halved", -50, ALM, PCT, "asylum_hotels_in_use_change", "30 June 2026 vs 30 June 2025 (in number in a year; Home Office figures seen by the Daily Stramash)", occ=1),
            V("thousands", 2000, 9000, P, "large_site_population", NOW5 + "; men shifted into disused military bases)"),
            L("128", 128, E, HOTELS, "asylum_hotels_in_use", HOT_J26 + "; remained open to asylum seekers)", occ=1),
            L("241", 241, E, HOTELS, "asylum_hotels_in_use", "30 June 2025 (twelve months earlier; Home Office figures seen by the Daily Stramash)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "summer 2023 (when the numbers peaked)", occ=0),
            L("19,640", 19640, E, P, "asylum_hotel_population", "31 March 2026 (the latest official count, for the end of March)"),
            L("a third", -THIRD, E, PCT, "asylum_hotel_population_change", "31 March 2026 vs 31 March 2025 (down on last year)", ctx="down a third on last year"),
            L("More than 2,000", 2000, MT, P, "large_site_population", NOW5 + "; men held at three former military sites)"),
            L("three", 3, E, SITES, "large_sites_in_use", NOW5 + "; former military sites)", ctx="held at three former military"),
            L("84%", 84, E, PCT, "large_site_population_share_small_boat_arrivals", NOW5 + "; of these crossed the Channel by small boat)"),
            L("1,240", 1240, E, P, "large_site_population", NOW5 + "; now holds)", geo="Wethersfield"),
            L("up to 1,700", 1700, AM, P, "large_site_capacity", NOW5 + "; space for)", geo="Wethersfield"),
            L("tripled", 3, E, RATIO, "large_site_population_ratio", "July 2026 vs January 2026 (its population has tripled since January)", geo="Wethersfield"),
            L("410", 410, E, P, "large_site_population", NOW5 + "; men at the training camp)", geo="Crowborough"),
            L("540", 540, E, P, "large_site_capacity", NOW5 + "; beds)", geo="Crowborough"),
            L("380", 380, E, P, "large_site_population", NOW5 + "; houses, first residents in May 2026)", geo="Ashcombe Lines"),
            L("£27million", 27000000, E, GBP, "large_site_cost", "to July 2026 (spent on fencing, cabins and security there alone; the Home Office)", geo="Ashcombe Lines"),
            L("8.6k", 8600, MT, SIGS, "petition_signatures", "to July 2026 (a local petition calling for the site to close has passed)", geo="Ashcombe Lines"),
            L("about £145", 145, AP, GBP, "asylum_hotel_cost_per_person_night", "per night, 2026 (putting someone up in a hotel; the Home Office)"),
            L("around £47", 47, AP, GBP, "large_site_cost_per_person_night", "per night, 2026 (on a military site; the Home Office)"),
            L("less than a third", THIRD / 100, LT, RATIO, "large_site_cost_per_person_night_ratio", "2026 (a military site against a hotel, less than a third as much)"),
            L("£350million", 350000000, E, GBP, "large_site_saving_planned", "per year, by 2027/28 (the department expects the switch to save)"),
            L("1 in 4", 25, E, PCT, "large_site_residents_share_reporting_suicidal_thoughts", "June 2026 (men her team saw last month; Bryony Achterberg-Nyoni, Stillwater Medics)", geo="Wethersfield"),
            L("£2.8million", 2800000, E, GBP, "asylum_cost_hotels", "per day, July 2026 (taxpayers still paying for hotels; Reform UK's home affairs spokesman)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "before July 2024 (under the last lot; a Home Office source)", occ=1),
            L("more than 100", 100, MT, HOTELS, "asylum_hotels_closed", "July 2025 to July 2026 (closed in the last 12 months; a Home Office source)"),
            R("two or three", 2, 3, SITES, "large_sites_planned", "July 2026 (more sites being lined up; a Labour MP)"),
        ]),
    "06-lisburn-road-review-belfast-population-international-migration": dict(
        meta=dict(url="https://www.lisburnroadreview.example/news/belfast/belfast-population-passes-354000-nisra-2026",
                  title="Belfast's population passes 354,000 as arrivals from abroad make up for those moving out",
                  publisher="Lisburn Road Review", author="Orla Devenney-Kamara", published_date="2026-07-01"),
        labels=[
            L("354,000", 354000, MT, P, "population", M25 + "; passes; headline)", geo=BEL),
            L("almost half", 50, ALM, PCT, "immigration_share_belfast", YM25 + "; of Northern Ireland's newcomers from outside the UK; standfirst)", occ=0, geo=NI),
            L("2,100", 2100, E, P, "population_growth", YM25 + "; grew by)", geo=BEL),
            L("354,900", 354900, E, P, "population", M25 + ")", geo=BEL),
            L("0.6%", 0.6, E, PCT, "population_change", YM25 + "; the city's growth)", geo=BEL),
            L("0.5%", 0.5, E, PCT, "population_change", YM25 + "; across Northern Ireland)", geo=NI),
            L("1,931,400", 1931400, E, P, "population", M25 + ")", geo=NI),
            L("4,310", 4310, E, P, "births", YM25 + ")", geo=BEL),
            L("3,070", 3070, E, P, "deaths", YM25 + ")", geo=BEL),
            L("1,240", 1240, E, P, "population_natural_change", YM25 + "; a natural increase)", geo=BEL),
            L("8,420", 8420, E, P, "immigration", YM25 + "; moved to Belfast from beyond the UK, an estimated)", geo=BEL),
            L("4,770", 4770, E, P, "emigration", YM25 + "; left for other countries)", geo=BEL),
            L("3,650", 3650, E, P, "net_migration_international", YM25 + "; a net gain)", geo=BEL),
            L("2,790", -2790, E, P, "internal_migration_net", YM25 + "; lost a net to the rest of Northern Ireland and to Great Britain)", geo=BEL),
            L("17,900", 17900, E, P, "immigration", YM25 + "; arrived from outside the UK)", geo=NI),
            L("12,300", 12300, E, P, "emigration", YM25 + "; left)", geo=NI),
            L("5,600", 5600, E, P, "net_migration_international", YM25 + "; added)", geo=NI),
            L("less than a fifth", 20, LT, PCT, "population_share_belfast_of_ni", M25 + "; Belfast, home to)", geo=NI),
            L("almost half", 50, ALM, PCT, "immigration_share_belfast", YM25 + "; Belfast took, of those arrivals)", occ=1, geo=NI),
            L("About 2,900", 2900, AP, P, "immigration_study", YM25 + "; newcomers to the city who were students)", geo=BEL),
            L("two-thirds", TWO3, E, PCT, "immigration_share_aged_16_39", YM25 + "; of all those arriving from abroad, aged between 16 and 39)", geo=BEL),
            L("36.9", 36.9, E, YEARS, "population_median_age", M25 + ")", geo=BEL),
            L("39.6", 39.6, E, YEARS, "population_median_age", M25 + "; the region as a whole)", geo=NI),
            L("Some 9,860", 9860, AP, P, "gp_registrations_previously_abroad", "January to December 2025 (new patients whose previous address was abroad; health service data)", geo=BEL),
            L("12%", 12, E, PCT, "gp_registrations_previously_abroad_change", "2025 vs 2024 (more than in 2024; health service data)", geo=BEL),
            L("9.8%", 9.8, E, PCT, "population_share_born_outside_uk_and_ireland", "March 2021 (the 2021 census)", geo=BEL),
            L("6.5%", 6.5, E, PCT, "population_share_born_outside_uk_and_ireland", "March 2021 (the 2021 census)", geo=NI),
            L("about 1,550", -1550, AP, P, "population_growth_excluding_international_migration", YM25 + "; last year, the city would have lost without international migration; Dr Niamh Carrothers-Eke)", geo=BEL),
            L("66,000", 66000, E, P, "population_growth_target", "by 2035 (more residents, the goal of its community plan; Belfast City Council)", geo=BEL),
            L("about 1.99m", 1990000, AP, P, "population_projection", "2040 (NISRA projection)", geo=NI),
        ]),
    "07-unasked-net-migration-target-home-office-forecasts": dict(
        meta=dict(url="https://unasked.example/p/the-forecast-is-always-wrong",
                  title="The forecast is always wrong, and that is the point",
                  publisher="Unasked", author="Winifred Garrick-Sefton", published_date="2026-12-14"),
        labels=[
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "per year, from 2010 (net migration would come down to; David Cameron)"),
            L("about 256,000", 256000, AP, P, NM, "2010 (the figure he inherited)"),
            L("336,000", 336000, E, P, NM, "2015 (by 2015)"),
            R("between 100,000 and 150,000", 100000, 150000, P, "net_migration_forecast", "per year, once the points-based system had bedded in (a Home Office impact assessment in 2020)"),
            L("944,000", 944000, E, P, NM, PEAK + ", the largest inflow in the country's history)"),
            L("more than six times", 6, MT, RATIO, "net_migration_outturn_vs_forecast_ratio", "year to March 2023 vs the 2020 impact assessment (the top of that range)"),
            L("c. 2.4m", 2400000, AP, P, "net_migration_cumulative", "mid-2021 to mid-2024 (over the three years to mid-2024, added to the population)"),
            L("around one in six", SIXTH, AP, PCT, "immigration_share_humanitarian", PEAK + " year; of the arrivals, came on humanitarian routes)"),
            L("about 6,000", 6000, AP, P, "visas_granted_care_worker_forecast", "per year, from 2022 (care worker visas the department expected)"),
            L("more than 100,000", 100000, MT, P, "visas_granted_care_worker", "January to December 2023 (in 2023 it granted)"),
            L("around 17 times", 17, AP, RATIO, "visas_granted_care_worker_vs_forecast_ratio", "2023 vs the department's expectation (as many)"),
            L("745,000", 745000, E, P, NM, PEAK + "; the ONS's first estimate)"),
            L("199,000", 199000, E, P, "net_migration_revision", PEAK + "; revised up by since; ONS)"),
            L("129,000", 129000, E, P, "net_migration_forecast", "per year, long run, as set in 2022 (" + OBR + ")"),
            L("240,000", 240000, E, P, "net_migration_forecast", "per year, long run, as used now, December 2026 (" + OBR + ")"),
            L("nearly double", 2, ALM, RATIO, "net_migration_forecast_ratio", "now vs 2022 (" + OBR + ")"),
            L("up to 100,000", -100000, AM, P, "net_migration_forecast_change", "per year, by 2029 (the white paper's measures would take off net migration; officials)"),
            L("171,000", 171000, E, P, NM, "July 2025 to June 2026 (the 12 months to June; the ONS's latest estimate)"),
            L("205,000", 205000, E, P, "net_migration_forecast", "July 2025 to June 2026 (the Home Office's internal forecast, circulated last spring)"),
            L("34,000", -34000, E, P, "net_migration_outturn_vs_forecast_change", "July 2025 to June 2026 (the outturn was lower than the Home Office's internal forecast)"),
            L("Some 627,000", 627000, AP, P, "emigration", "July 2025 to June 2026 (emigrated in those 12 months)"),
            L("2,012", 2012, E, P, "poll_sample_size", "autumn 2026 (adults surveyed for Sorrel Research)"),
            L("58%", 58, E, PCT, "poll_share_immigration_too_high", "autumn 2026 (said immigration was still too high; Sorrel Research)"),
            L("14%", 14, E, PCT, "poll_share_trust_migration_statistics", "autumn 2026 (said they trusted official migration statistics; Sorrel Research)"),
            L("32,000", 32000, E, P, "small_boat_arrivals_forecast", "2026/27 (assumed in the Home Office's spending plans)"),
            L("£3.9bn", 3900000000, E, GBP, "asylum_cost", "2026/27 (an asylum bill assumed in the Home Office's spending plans)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
