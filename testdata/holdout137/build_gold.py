#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-thirty-seventh hand-labelled hold-out set (holdout137).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, PTR, RSC)

UK, SCO, FR = "UK", "Scotland", "France"
HH, SIGS, SHARES, VIEWS, HOMES = "other:households", "other:signatures", "other:shares", "other:views", "other:homes"

# 01 (Monday 10 August 2026; Home Office daily small-boat figures to Sunday 9 August 2026)
HO1 = "Home Office figures"
SINCE1 = "5 July 2024 to 9 August 2026 (since the Prime Minister took office after the general election; "
YTD1 = "1 January to 9 August 2026 (so far this year; " + HO1
SUN1 = "Sunday 9 August 2026 (yesterday; " + HO1
OCC = "small_boat_occupancy"
PLEDGE = "small_boat_arrivals_allowed_under_pledge"
SHS = "the shadow home secretary"
HOS1 = "a Home Office spokesman"
# 02 (Thursday 15 October 2026; Home Office FOI release on the Portland barge; quarterly figures for 30 June 2026)
FOI = "Home Office figures released to the Shoreline under the Freedom of Information Act"
BARGE_RES = "August 2023 to January 2024 (while men lived aboard; " + FOI + ")"
BARGE_COST = "August 2023 to January 2025 (the charter, to January 2025; " + FOI
PTL, SOTON, DOR, HANTS = "Portland", "Southampton", "Dorset", "Hampshire"
Q2 = "latest Home Office quarterly figures"
J26_2 = "30 June 2026 (when June ended; " + Q2
PENG = "Councillor Ruth Pengelly, Dorset Council"
SOHAL = "Councillor Amrit Sohal, Southampton City Council"
MOVEON = "council_cost_refugees_leaving_asylum_accommodation"
# 03 (Friday 27 November 2026; ONS estimates published Thursday 26 November 2026, year ending June 2026)
ONS3 = "ONS estimates published Thursday 26 November 2026"
YJ26 = "July 2025 to June 2026 (the year ending June 2026; " + ONS3
CH3 = "year ending June 2026 vs year ending June 2025 ("
QC = "Imogen Trevelyan, Quaystone Capital"
# 04 (Thursday 20 August 2026; Home Office statistics published that day, year ending June 2026)
HO4 = "Home Office figures published Thursday 20 August 2026"
YJ26_4 = "July 2025 to June 2026 (the year to June; " + HO4
FNO = "foreign_national_offenders_awaiting_removal_in_community"
RFNO = "returns_foreign_national_offenders"
SJS = "the shadow justice secretary"
HF = "Dominic Vasey, Hollins Foundation"
# 05 (Wednesday 9 September 2026; Home Office statistics for the year ending June 2026)
GR = "asylum_grants_share_initial_decisions"
YJ26_5 = "July 2025 to June 2026 (the year ending June 2026; Home Office statistics"
CLAIM = "no period stated (now, as the post claims"
COH = "asylum_grants_share_eventual_2022_cohort"
# 06 (Thursday 24 September 2026; NRS mid-2025 estimates published Wednesday 23 September 2026)
NRS = "NRS mid-2025 estimates published Wednesday 23 September 2026"
YM6 = "July 2024 to June 2025 (the year to 30 June 2025; " + NRS
MID6 = "30 June 2025 (" + NRS
EDI, ABD = "Edinburgh", "Aberdeen"
NC = "population_natural_change"
GROW = "population_growth"
# 07 (Tuesday 3 March 2026; written answer to MPs published Monday 2 March 2026)
WA = "a written answer to MPs published Monday 2 March 2026"
VR = "rwanda_voluntary_route"
ALL7 = "April 2022 to July 2024 (the partnership, until scrapped; " + WA

ARTICLES = {
    "01-daily-thunderer-small-boats-since-election-pledge": dict(
        meta=dict(url="https://www.dailythunderer.example/news/politics/2104587/channel-migrants-90000-since-election-pm-pledge",
                  title="Nearly 90,000 Channel migrants since Labour took power as PM's pledge lies in tatters",
                  publisher="Daily Thunderer", author="Gideon Farrant", published_date="2026-08-10"),
        labels=[
            L("Nearly 90,000", 90000, ALM, P, SBA, SINCE1 + HO1 + "; headline)", occ=0),
            L("812", 812, E, P, SBA, SUN1 + "; reached Kent; standfirst)", occ=0),
            L("13", 13, E, BOATS, SBC, SUN1 + "; small boats; standfirst)", occ=0),
            L("12%", 12, E, PCT, SBA + "_change", "1 January to 9 August 2026 vs the same point in 2025 (ran ahead of 2025's pace; standfirst)", occ=0),
            L("89,143", 89143, E, P, SBA, SINCE1 + "official figures)"),
            L("23,108", 23108, E, P, SBA, "5 July to 31 December 2024 (the rest of 2024 after the election on July 4; Home Office data)"),
            L("41,175", 41175, E, P, SBA, "January to December 2025 (Home Office data)"),
            L("24,860", 24860, E, P, SBA, YTD1 + ")"),
            L("812", 812, E, P, SBA, SUN1 + "; Sunday alone)", occ=1),
            L("13", 13, E, BOATS, SBC, SUN1 + "; dinghies)", occ=1),
            L("62", 62, E, PPB, OCC, SUN1 + "; an average per boat)"),
            L("12%", 12, E, PCT, SBA + "_change", "1 January to 9 August 2026 vs 1 January to 9 August 2025 (the year's total is up; " + HO1 + ")", occ=1),
            L("22,190", 22190, E, P, SBA, "1 January to 9 August 2025 (by the equivalent date in 2025; " + HO1 + ")"),
            L("392", 392, E, BOATS, SBC, YTD1 + "; vessels that have made it this year)"),
            L("63", 63, E, PPB, OCC, YTD1 + "; people apiece on average)"),
            L("53", 53, E, PPB, OCC, "January to December 2024 (people per boat on average; " + HO1 + ")"),
            L("2,140", 2140, E, P, SBA, "3 to 9 August 2026 (in the past seven days; " + HO1 + ")"),
            L("no more than 16,315", 16315, AM, P, PLEDGE, "10 August to 31 December 2026 (between now and New Year's Eve, to keep the Prime Minister's May pledge that 2026 would come in below 2025)"),
            L("roughly 113", 113, AP, P, PLEDGE, "10 August to 31 December 2026, per day (to keep the pledge)"),
            L("about 112", 112, AP, P, SBA, "1 January to 9 August 2026, per day (this year's running rate)"),
            L("1,460", 1460, E, P, "returns", "summer 2025 to 10 August 2026 (put on flights to France under last summer's one in, one out swap)", geo=FR),
            L("one for every 17", 100 / 17, E, PCT, "returns_share_of_small_boat_arrivals", "1 January to 9 August 2026 (returned to France against those who have landed in 2026)", geo=FR),
            L("Roughly one in five", 20, AP, PCT, "small_boat_arrivals_share_eritrean", YTD1 + "; people landing in 2026 who were Eritrean)"),
            L("c. 600", 600, AP, P, "small_boat_launch_attempts_stopped_people", "Saturday 8 August 2026, night (stopped from launching boats near Dunkirk; the local prefecture)", geo=FR),
            L("at least 19", 19, AL, P, "small_boat_deaths", "1 January to 10 August 2026 (lives claimed in the Strait of Dover this year; the UN's migration agency)"),
            L("Nearly 90,000", 90000, ALM, P, SBA, SINCE1 + SHS + ")", occ=1),
            L("Fewer than 2%", 2, LT, PCT, "returns_share_of_small_boat_arrivals", "5 July 2024 to 10 August 2026 (of them, sent back to France; " + SHS + ")", geo=FR),
            L("over 52,000", 52000, MT, P, "returns", "July 2024 to 10 August 2026 (removed or deported since July 2024; " + HOS1 + ")"),
            L("a third", THIRD, E, PCT, "people_smuggling_arrests_change", "the latest year vs the previous year (arrests of suspected people smugglers are up by; " + HOS1 + ")",
              ctx="up by a third on the previous year"),
        ]),
    "02-solent-shoreline-portland-barge-southampton-hotels-costs": dict(
        meta=dict(url="https://www.solentshoreline.example/news/26418830.portland-asylum-barge-cost-38-2m-southampton-hotels-still-house-612/",
                  title="Portland asylum barge cost £38.2m as Southampton hotels still house 612",
                  publisher="Solent Shoreline", author="Tamsin Orchard", published_date="2026-10-15"),
        labels=[
            L("£38.2m", 38200000, E, GBP, "asylum_barge_cost", BARGE_COST + "; headline)", occ=0, geo=PTL),
            L("612", 612, E, P, HOT, "30 June 2026 (still house; headline)", occ=0, geo=SOTON),
            L("almost £34,000", 34000, ALM, GBP, "asylum_barge_cost_per_resident", BARGE_COST + "; for every man who slept aboard; standfirst)", geo=PTL),
            L("£38.2m", 38200000, E, GBP, "asylum_barge_cost", BARGE_COST + ")", occ=1, geo=PTL),
            L("1,137", 1137, E, P, "asylum_barge_residents", "August 2023 to January 2024 (men who lived on the barge at some point; " + FOI + ")", geo=PTL),
            L("£10.9m", 10900000, E, GBP, "asylum_barge_cost_charter", BARGE_COST + "; chartering the vessel)", geo=PTL),
            L("£9.4m", 9400000, E, GBP, "asylum_barge_cost_berthing", BARGE_COST + "; berthing and port fees)", geo=PTL),
            L("£17.9m", 17900000, E, GBP, "asylum_barge_cost_services", BARGE_COST + "; security, catering and other services)", geo=PTL),
            L("436", 436, E, P, "asylum_barge_population", "August 2023 to January 2024, at its busiest (the peak; " + FOI + ")", geo=PTL),
            L("up to 500", 500, AM, P, "asylum_barge_capacity", "August 2023 to January 2024 (a capacity of)", geo=PTL),
            L("about £890", 890, AP, GBP, "asylum_barge_cost_per_person_night", "August 2023 to January 2024, per night (spread across the nights men slept aboard; the Shoreline's calculation)", geo=PTL),
            L("more than six times", 6, MT, RATIO, "asylum_barge_cost_per_person_night_ratio", "August 2023 to January 2024 vs October 2026 (the barge's cost per night against a hotel's)", geo=PTL),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "October 2026, per night (the Home Office says it pays for a night in a hotel)"),
            L("£1.1m", 1100000, E, GBP, "council_asylum_barge_funding", "no period stated (government grants received towards the extra strain on services)", occ=0, geo=DOR),
            L("Never more than seven-eighths", 87.5, AM, PCT, "asylum_barge_occupancy_share_of_capacity", BARGE_RES[:-1] + "; " + PENG + "; cross-head)", geo=PTL),
            L("never more than seven-eighths", 87.5, AM, PCT, "asylum_barge_occupancy_share_of_capacity", BARGE_RES[:-1] + "; it was full; " + PENG + ")", geo=PTL),
            V("a few dozen", 24, 60, P, "asylum_barge_population", "August 2023 to January 2024, for long stretches (only, men on board; " + PENG + ")", geo=PTL),
            L("£1.1m", 1100000, E, GBP, "council_asylum_barge_funding", "no period stated (not a penny of that came to the island directly; " + PENG + ")", occ=1, geo=DOR),
            L("three", 3, E, HOTELS, "asylum_hotels_in_use", J26_2 + ")", ctx="three hotels were housing", geo=SOTON),
            L("612", 612, E, P, HOT, J26_2 + ")", occ=1, geo=SOTON),
            L("a third", -THIRD, E, PCT, HOT + "_change", "30 June 2026 vs 30 June 2025 (down on the 918 of June 2025; " + Q2 + ")", ctx="down a third on", geo=SOTON),
            L("918", 918, E, P, HOT, "30 June 2025 (" + Q2 + ")", geo=SOTON),
            L("1,240", 1240, E, P, "asylum_dispersal_population", J26_2 + "; in dispersed housing in the city)", geo=SOTON),
            L("68", 68, E, P, "asylum_dispersal_population_change", "30 June 2026 vs 30 June 2025 (up on June 2025; " + Q2 + ")", geo=SOTON),
            L("3,105", 3105, E, P, "asylum_support_population", J26_2 + "; Hampshire as a whole, including Portsmouth and the Isle of Wight)", geo=HANTS),
            L("£2.6m", 2600000, E, GBP, MOVEON, "April 2025 to March 2026 (2025/26; Southampton City Council)", geo=SOTON),
            L("20%", 20, E, PCT, MOVEON + "_change", "2025/26 vs 2024/25 (Southampton City Council)", geo=SOTON),
            L("612", 612, E, P, HOT, "October 2026 (we have, in hotels; " + SOHAL + ")", occ=2, geo=SOTON),
            L("more than 8,000", 8000, MT, HH, "housing_register_households", "October 2026 (on our own housing register; " + SOHAL + ")", geo=SOTON),
            L("3.6k", 3600, E, SIGS, "petition_signatures", "to 15 October 2026 (a petition calling for the city-centre hotel to close has gathered)", geo=SOTON),
            L("29,585", 29585, E, P, HOT, "30 June 2026 (nationally, hotels held; " + Q2 + ")"),
            L("£4.76bn", 4760000000, E, GBP, AC, "April 2025 to March 2026 (2025/26; asylum support cost the Home Office)"),
            L("more than 100", 100, MT, HOTELS, "asylum_hotels_closed", "5 July 2024 to 15 October 2026 (since the election; a Home Office spokesperson)"),
        ]),
    "03-the-tallyman-ons-net-migration-nationality": dict(
        meta=dict(url="https://www.thetallyman.example/content/3f9a1c2e-6b7d-4e58-9a01-net-migration-uk-nationals",
                  title="Net migration to UK nearly halves to 163,000 as Britons head abroad",
                  publisher="The Tallyman", author="Nell Ashworth", published_date="2026-11-27"),
        labels=[
            L("nearly halves", -50, ALM, PCT, NM + "_change", CH3 + "headline)"),
            L("163,000", 163000, E, P, NM, YJ26 + "; headline)", occ=0),
            L("117,000", -117000, E, P, "net_migration_british_nationals", YJ26 + "; a net outflow of UK nationals; standfirst)", occ=0),
            L("nearly halved", -50, ALM, PCT, NM + "_change", CH3 + "official estimates)"),
            L("794,000", 794000, E, P, "immigration", YJ26 + "; long-term arrivals)"),
            L("631,000", 631000, E, P, "emigration", YJ26 + "; departures)"),
            L("163,000", 163000, E, P, NM, YJ26 + ")", occ=1),
            L("311,000", 311000, E, P, NM, "July 2024 to June 2025 (the year ending June 2025; " + ONS3 + ")"),
            L("48 per cent", -48, E, PCT, NM + "_change", CH3 + "a fall of; " + ONS3 + ")"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the post-pandemic high; " + ONS3 + ")"),
            L("less than a fifth", 20, LT, PCT, NM + "_share_of_peak", "year ending June 2026 vs year ending June 2023 (the new total against the peak)"),
            L("22,000", 22000, E, P, NM + "_revision", "January to December 2025 (calendar 2025, revised up by; " + ONS3 + ")"),
            L("208,000", 208000, E, P, NM, "January to December 2025 (calendar 2025, as revised; " + ONS3 + ")", occ=0),
            L("641,000", 641000, E, P, "immigration_non_eu", YJ26 + "; non-EU arrivals)"),
            L("309,000", 309000, E, P, "emigration_non_eu", YJ26 + "; non-EU departures)"),
            L("332,000", 332000, E, P, "net_migration_non_eu", YJ26 + "; a net inflow of non-EU nationals)"),
            L("114,000", 114000, E, P, "emigration_eu", YJ26 + "; EU citizens departed)"),
            L("62,000", 62000, E, P, "immigration_eu", YJ26 + "; EU citizens arrived)"),
            L("52,000", -52000, E, P, "net_migration_eu", YJ26 + "; net emigration of EU citizens)"),
            L("Some 208,000", 208000, AP, P, "emigration_british", YJ26 + "; British nationals left)"),
            L("91,000", 91000, E, P, "immigration_british", YJ26 + "; British nationals returned)"),
            L("117,000", -117000, E, P, "net_migration_british_nationals", YJ26 + "; a net outflow, the largest in the series)", occ=1),
            L("More than twice", 2, MT, RATIO, "emigration_british_ratio", YJ26 + "; Britons who left against those who came home)"),
            L("286,000", 286000, E, P, "immigration_study_non_eu", YJ26 + "; study, the main reason for non-EU arrivals)"),
            L("about three-quarters", 75, AP, PCT, "immigration_study_non_eu_share_postgraduate", YJ26 + "; of them postgraduates)"),
            L("187,000", 187000, E, P, "immigration_work_non_eu", YJ26 + "; work)"),
            L("38 per cent", -38, E, PCT, "immigration_work_non_eu_change", CH3 + "down on a year earlier; " + ONS3 + ")"),
            L("84,000", 84000, E, P, "immigration_humanitarian_non_eu", YJ26 + "; humanitarian routes, asylum seekers and resettled refugees)"),
            L("61,000", 61000, E, P, "immigration_family_non_eu", YJ26 + "; family visas)"),
            L("104,000", 104000, E, P, "immigration_non_eu_india", YJ26 + "; Indian nationals, the largest group)"),
            L("Almost half", 50, ALM, PCT, "emigration_non_eu_share_former_study", YJ26 + "; of non-EU emigrants had come on a study visa)"),
            L("141,000", 141000, E, P, "emigration_former_study_visa_non_eu", YJ26 + "; non-EU emigrants who had come on a study visa)"),
            L("around 260,000", 260000, AP, P, NM + "_forecast", "January to December 2026 (the OBR's spring forecast pencilled in; " + QC + ")"),
            L("nearer 150,000", 150000, AP, P, NM + "_forecast", "January to December 2026 (if it comes in; " + QC + ")"),
            L("something like £6bn", 6000000000, AP, GBP, "public_borrowing_increase_from_lower_net_migration", "to 2030-31 (adds to the deficit, on the OBR's rules of thumb; " + QC + ")"),
            L("more than 700,000", -700000, MT, P, NM + "_change", "year ending June 2023 peak to year ending June 2026 (now below its peak; a Home Office minister)"),
        ]),
    "04-daily-hearth-foreign-criminals-awaiting-deportation": dict(
        meta=dict(url="https://www.dailyhearth.example/news/article-15038271/foreign-criminals-living-freely-britain-awaiting-deportation.html",
                  title="Revealed: 20,460 foreign criminals are living freely in Britain while they wait to be deported - 1,180 more than a year ago",
                  publisher="Daily Hearth", author="Conor Braithwaite", published_date="2026-08-20"),
        labels=[
            L("20,460", 20460, E, P, FNO, "30 June 2026 (living freely in Britain while they wait to be deported; " + HO4 + "; headline)", occ=0),
            L("1,180", 1180, E, P, FNO + "_change", "30 June 2026 vs 30 June 2025 (more than a year ago; headline)"),
            L("5,840", 5840, E, P, RFNO, YJ26_4 + "; foreign offenders removed; bullet)", occ=0),
            L("more than 160", 160, MT, P, FNO + "_convicted_killers", "30 June 2026 (killers among those waiting; bullet)", occ=0),
            L("1,870", 1870, E, P, FNO + "_sex_offenders", "30 June 2026 (sex offenders among those waiting; bullet)", occ=0),
            L("More than 20,000", 20000, MT, P, FNO, "30 June 2026 (foreign criminals who should have been kicked out, living in British communities; official figures)", occ=0),
            L("20,460", 20460, E, P, FNO, "30 June 2026 (a record, awaiting deportation outside prison; " + HO4 + ")", occ=1),
            L("19,280", 19280, E, P, FNO, "30 June 2025 (twelve months earlier; " + HO4 + ")"),
            L("more than 160", 160, MT, P, FNO + "_convicted_killers", "30 June 2026 (a breakdown sent to MPs on the home affairs committee)", occ=1),
            L("1,870", 1870, E, P, FNO + "_sex_offenders", "30 June 2026 (a breakdown sent to MPs on the home affairs committee)", occ=1),
            L("5,840", 5840, E, P, RFNO, YJ26_4 + "; removed during the twelve months to June)", occ=1),
            L("14 per cent", 14, E, PCT, RFNO + "_change", "year to June 2026 vs year to June 2025 (up on the year before; " + HO4 + ")"),
            L("5,120", 5120, E, P, RFNO, "July 2024 to June 2025 (put on planes the year before; " + HO4 + ")"),
            L("1,090", 1090, E, P, RFNO + "_albanian", YJ26_4 + "; Albanians topped the list)"),
            L("nearly a fifth", 20, ALM, PCT, RFNO + "_share_albanian", YJ26_4 + "; of the total)"),
            L("720", 720, E, P, RFNO + "_romanian", YJ26_4 + "; Romanians)"),
            L("540", 540, E, P, RFNO + "_polish", YJ26_4 + "; Poles)"),
            L("10,790", 10790, E, P, "prison_population_foreign_nationals", "August 2026 (foreign nationals behind bars)", geo=EW),
            L("about one in eight", 12.5, AP, PCT, "prison_population_share_foreign_nationals", "August 2026 (of the prison population)", geo=EW),
            L("£51,700", 51700, E, GBP, "prison_place_cost_per_year", "per year (an average for each prison place)", geo=EW),
            L("about £558million", 558000000, AP, GBP, "foreign_national_prisoners_cost", "per year (they cost taxpayers)", geo=EW),
            L("2,310", 2310, E, P, RFNO + "_early_removal_scheme", YJ26_4 + "; freed early under the Early Removal Scheme on condition they left)"),
            L("almost four in ten", 40, ALM, PCT, RFNO + "_share_early_removal_scheme", YJ26_4 + "; of all removals)"),
            L("Some 3,900", 3900, AP, P, FNO + "_human_rights_appeals", "30 June 2026 (of those awaiting removal, have lodged human rights appeals)"),
            L("84%", 84, E, PCT, FNO + "_human_rights_appeals_share_article_8", "30 June 2026 (84% of these rely on Article 8)"),
            L("More than 20,000", 20000, MT, P, FNO, "August 2026 (foreign offenders free to roam our towns; " + SJS + ")", occ=1),
            L("more than a thousand", 1000, MT, P, FNO + "_change", "30 June 2026 vs 30 June 2025 (gone up in a single year; " + SJS + ")"),
            L("three and a half years", 3.5, E, YEARS, FNO + "_years_to_clear", "at the rate of the year to June 2026 (to clear the backlog; " + SJS + ")"),
            L("nearly quadrupled", 4, ALM, RATIO, FNO + "_ratio", "2010 to 30 June 2026 (the queue since 2010; " + HF + ")"),
            L("5,400", 5400, E, P, FNO, "2010 (when it stood at; " + HF + ")"),
            L("almost 11,000", 11000, ALM, P, RFNO, "5 July 2024 to 20 August 2026 (deported since the election; a Home Office spokesman)"),
            L("17%", 17, E, PCT, RFNO + "_change", "since the election vs the two years before (a Home Office spokesman)"),
        ]),
    "05-fairsum-asylum-grant-rate-claim": dict(
        meta=dict(url="https://fairsum.example/fact-check/immigration/three-in-four-asylum-claims-granted/",
                  title="Are three in four asylum claims in the UK granted?",
                  publisher="Fairsum", author="Hollis Pemberton", published_date="2026-09-09"),
        labels=[
            L("three in four", 75, E, PCT, GR, CLAIM + "; asked in the headline)", occ=0),
            L("Three in four", 75, E, PCT, GR, CLAIM + "; What was claimed box)"),
            L("76%", 76, E, PCT, GR, "January to December 2022 (Our verdict box)", occ=0),
            L("41%", 41, E, PCT, GR, YJ26_5 + "; Our verdict box)", occ=0),
            L("more than 8.4k", 8400, MT, SHARES, "social_media_post_shares", "to 9 September 2026 (shared on Facebook)"),
            L("about 1.2m", 1200000, AP, VIEWS, "social_media_post_views", "6 to 9 September 2026 (viewed after it was copied to X on Sunday)"),
            L("three in four", 75, E, PCT, GR, CLAIM + "; the post, quoted)", occ=1),
            L("76%", 76, E, PCT, GR, "January to December 2022 (the rate reached, the highest in the published series; Home Office statistics)", occ=1),
            L("48%", 48, E, PCT, GR, "January to December 2025 (Home Office statistics)"),
            L("41%", 41, E, PCT, GR, YJ26_5 + ")", occ=1),
            L("108,300", 108300, E, P, "asylum_initial_decisions", YJ26_5 + ")"),
            L("44,400", 44400, E, P, "asylum_grants", YJ26_5 + "; initial decisions that were grants)"),
            L("111,600", 111600, E, P, "asylum_applications", YJ26_5 + "; people applying)"),
            L("6%", 6, E, PCT, "asylum_applications_change", "year ending June 2026 vs the 12 months before (Home Office statistics)"),
            L("98%", 98, E, PCT, GR + "_sudanese", YJ26_5 + "; nearly all Sudanese applicants)"),
            L("36%", 36, E, PCT, GR + "_afghan", YJ26_5 + ")"),
            L("3%", 3, E, PCT, GR + "_albanian", YJ26_5 + "; just)"),
            L("21,800", 21800, E, P, "asylum_withdrawals", YJ26_5 + "; claims withdrawn or treated as withdrawn)"),
            L("about a third", THIRD, AP, PCT, "asylum_grants_share_decisions_and_withdrawals", YJ26_5 + "; of the cases closed, counting withdrawals)", occ=0),
            L("47%", 47, E, PCT, "asylum_appeals_share_allowed", "July 2025 to June 2026 (asylum appeals decided by the tribunal)"),
            L("71%", 71, E, PCT, COH, "claims made in 2022, outcomes by June 2026 (granted protection or other leave, including after appeal; Home Office cohort analysis)"),
            L("close to three in four", 75, AP, PCT, COH, "claims made in 2022, outcomes by June 2026 (Home Office cohort analysis)"),
            L("three in four", 75, E, PCT, GR, CLAIM + "; the claim, in the conclusion)", occ=3),
            L("41%", 41, E, PCT, GR, YJ26_5 + "; conclusion)", occ=2),
            L("about a third", THIRD, AP, PCT, "asylum_grants_share_decisions_and_withdrawals", YJ26_5 + "; once withdrawn claims are included; conclusion)", occ=1),
            L("three in four", 75, E, PCT, GR, CLAIM + "; no current figure supports; conclusion)", occ=4),
        ]),
    "06-the-haar-edinburgh-aberdeen-population-estimates": dict(
        meta=dict(url="https://www.thehaar.example/news/edinburgh/edinburgh-population-532300-aberdeen-shrinks-nrs-4471862",
                  title="Edinburgh's population climbs to 532,300 while Aberdeen shrinks again",
                  publisher="The Haar", author="Morag Lindsay", published_date="2026-09-24"),
        labels=[
            L("532,300", 532300, E, P, "population", MID6 + "; headline)", occ=0, geo=EDI),
            L("1.4%", 1.4, E, PCT, "population_change", YM6 + "; grew in a year; standfirst)", occ=0, geo=EDI),
            L("680", -680, E, P, GROW, YM6 + "; the Granite City lost; standfirst)", occ=0, geo=ABD),
            L("more than 7,000", 7000, MT, P, GROW, YM6 + "; residents added in a year; photo caption)", geo=EDI),
            L("532,300", 532300, E, P, "population", MID6 + ")", occ=1, geo=EDI),
            L("7,350", 7350, E, P, GROW, YM6 + "; residents gained)", geo=EDI),
            L("1.4%", 1.4, E, PCT, "population_change", YM6 + "; a rise of)", occ=1, geo=EDI),
            L("770", 770, E, P, NC, YM6 + "; births exceeded deaths by)", geo=EDI),
            L("4,870", 4870, E, P, "births", YM6 + ")", geo=EDI),
            L("4,100", 4100, E, P, "deaths", YM6 + ")", geo=EDI),
            L("8,140", 8140, E, P, "net_migration_international", YM6 + "; a net, moved to the city from overseas)", geo=EDI),
            L("1,560", -1560, E, P, "internal_migration_net", YM6 + "; more moved from Edinburgh to other parts of Scotland and the UK than came the other way)", geo=EDI),
            L("more than a fifth", 20, MT, PCT, "population_growth_share_of_scotland", YM6 + "; Edinburgh's share of Scotland's growth)", geo=EDI),
            L("33,200", 33200, E, P, GROW, YM6 + ")", geo=SCO),
            L("5,573,400", 5573400, E, P, "population", MID6 + ")", geo=SCO),
            L("0.6%", 0.6, E, PCT, "population_change", YM6 + ")", geo=SCO),
            L("49,100", 49100, E, P, "migration_net_inflow_all_sources", YM6 + "; net migration, including moves from the rest of the UK)", geo=SCO),
            L("15,900", -15900, E, P, NC, YM6 + "; a natural decrease)", geo=SCO),
            L("0.3%", -0.3, E, PCT, "population_change", YM6 + "; fell by)", geo=ABD),
            L("226,100", 226100, E, P, "population", MID6 + ")", geo=ABD),
            L("680", -680, E, P, GROW, YM6 + "; down on a year earlier)", occ=1, geo=ABD),
            L("2,050", 2050, E, P, "deaths", YM6 + ")", geo=ABD),
            L("1,980", 1980, E, P, "births", YM6 + ")", geo=ABD),
            L("2,030", -2030, E, P, "internal_migration_net", YM6 + "; a net, left for elsewhere in the UK)", geo=ABD),
            L("1,420", 1420, E, P, "net_migration_international", YM6 + "; a net inflow from abroad)", geo=ABD),
            L("229,800", 229800, E, P, "population", "2015 (the city's peak; NRS)", geo=ABD),
            L("38.8", 38.8, E, YEARS, "population_median_age", MID6 + ")", geo=ABD),
            L("37.1", 37.1, E, YEARS, "population_median_age", MID6 + ")", geo=EDI),
            L("42.9", 42.9, E, YEARS, "population_median_age", MID6 + ")", geo=SCO),
            L("c. 575,000", 575000, AP, P, "population_projection", "2040 (NRS projects we will reach; Councillor Euan Brodie, City of Edinburgh Council)", geo=EDI),
            L("around 36,000", 36000, AP, HOMES, "new_homes_needed", "to 2040 (to keep pace; Councillor Euan Brodie, City of Edinburgh Council)", geo=EDI),
            L("two", 2, E, RATIO, "young_people_leaving_per_arrival_ratio", "no period stated (for every person under 30 we attract, we lose; Councillor Fiona Mackie, Aberdeen City Council)", ctx="we lose two", geo=ABD),
            L("doubled", 2, E, RATIO, "net_migration_international_ratio", "year to mid-2025 vs 2021 (net migration from overseas to Edinburgh; Dr Ishbel Gunn, University of Stirling)", geo=EDI),
            L("about 16,000", -16000, AP, P, NC, "per year, now (without migration, Scotland's population would be falling by; Dr Ishbel Gunn, University of Stirling)", geo=SCO),
        ]),
    "07-open-column-rwanda-payments-voluntary-relocations": dict(
        meta=dict(url="https://www.opencolumn.example/news/uk/politics/rwanda-deal-290m-four-volunteers-voluntary-route-b2914406.html",
                  title="Rwanda deal: £290m paid to Kigali, yet only four people ever went - and they volunteered",
                  publisher="Open Column", author="Priya Dhanoa", published_date="2026-03-03"),
        labels=[
            L("£290m", 290000000, E, GBP, PTR, ALL7 + "; paid to Kigali; headline)", occ=0),
            L("four", 4, E, P, "rwanda_relocations", "April 2024 to July 2024 (only, ever went, all volunteers; headline)", ctx="only four people ever went"),
            L("£1.9m", 1900000, E, GBP, VR + "_cost", "2024 (the voluntary route's cost; " + WA + "; standfirst)", occ=0),
            L("four", 4, E, P, "rwanda_relocations", "April 2024 to July 2024 (asylum seekers sent under the voluntary route; standfirst)", ctx="to send four asylum seekers"),
            L("£475,000", 475000, E, GBP, VR + "_cost_per_relocation", "2024 (for each of them; standfirst)"),
            L("£290m", 290000000, E, GBP, PTR, ALL7 + ")", occ=1),
            L("four", 4, E, P, "rwanda_relocations", "April 2024 to July 2024 (the only people ever relocated, just; " + WA + ")", ctx="just four of them"),
            L("£140m", 140000000, E, GBP, PTR, "April 2022 to March 2023 (2022/23, when the deal was signed; " + WA + ")"),
            L("£100m", 100000000, E, GBP, PTR, "April 2023 to March 2024 (2023/24; " + WA + ")"),
            L("£50m", 50000000, E, GBP, PTR, "April 2024 to March 2025 (2024/25; " + WA + ")"),
            L("£370m", 370000000, E, GBP, PTR + "_planned", "over five years from April 2022 (committed under the Migration and Economic Development Partnership)"),
            L("£80m", 80000000, E, GBP, PTR + "_due_not_made", "July 2024 onwards (never paid after the scheme was cancelled)"),
            L("£72.5m", 72500000, E, GBP, PTR + "_per_relocation", "April 2022 to July 2024 (for every person relocated)"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "2024, per person (offered to people whose asylum claims had failed)"),
            L("2,300", 2300, E, P, VR + "_people_contacted", "2024 (officials wrote to about the offer; " + WA + ")"),
            L("31", 31, E, P, VR + "_expressions_of_interest", "2024 (just, expressed an interest; " + WA + ")"),
            L("little more than 1 per cent", 1, MT, PCT, VR + "_share_contacted_interested", "2024 (of those written to; " + WA + ")"),
            L("four", 4, E, P, "rwanda_relocations", "April 2024 to July 2024 (eventually travelled; " + WA + ")", ctx="and four eventually travelled"),
            L("£1.9m", 1900000, E, GBP, VR + "_cost", "2024 (in total; " + WA + ")", occ=1),
            L("£1.2m", 1200000, E, GBP, VR + "_cost_staff", "2024 (on staff; " + WA + ")"),
            L("£410,000", 410000, E, GBP, VR + "_cost_flights_escorts", "2024 (on flights and escorts; " + WA + ")"),
            L("£290,000", 290000, E, GBP, VR + "_cost_accommodation_support", "2024 (on accommodation and support in Kigali; " + WA + ")"),
            L("£700m", 700000000, E, GBP, RSC, "April 2022 to July 2024 (the whole scheme had cost the taxpayer; the home secretary in July 2024)"),
            L("21,400", 21400, E, P, "returns_voluntary", "January to December 2025 (left the UK voluntarily; Dr Fraser Quinlan, Linwood Institute)"),
            V("hundreds of times", 200, 900, RATIO, VR + "_cost_per_person_vs_voluntary_returns_ratio", "2024 vs 2025 (the Rwanda version paid more per person; Dr Fraser Quinlan, Linwood Institute)"),
            L("a third", -THIRD, E, PCT, SBA + "_change", "2023 vs 2022 (crossings had fallen by; the shadow home secretary)", ctx="fallen by a third in 2023"),
            L("29,437", 29437, E, P, SBA, "January to December 2023 (Home Office figures)"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (Home Office figures)"),
            L("36,816", 36816, E, P, SBA, "January to December 2024 (rose again; Home Office figures)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
