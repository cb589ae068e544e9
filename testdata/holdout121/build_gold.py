#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-twenty-first hand-labelled hold-out set (holdout121).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, HOTELS, THIRD, SIXTH, E, AP, MT, AL, LT,
                        AM, ALM, SBA, SBC, NM, AC, HOT, RSC)

UK, ENG, SCO, WAL, NI, FR, EU = "UK", "England", "Scotland", "Wales", "Northern Ireland", "France", "EU"
HH, DAYS, VIEWS, SHARES, VACANCIES = "other:households", "other:days", "other:views", "other:shares", "other:vacancies"

# 01 (Thursday 21 May 2026; ONS provisional long-term international migration estimates for the year ending December 2025)
Y25 = "January to December 2025 (last year, the 12 months to December; ONS provisional estimates published Thursday 21 May 2026"
Y24R = "January to December 2024 (the 2024 estimate as revised; ONS, 21 May 2026"
# 02 (Friday 28 August 2026; Home Office quarterly statistics "published on Thursday", 27 August, stocks at the end of June)
J26 = "30 June 2026 (the end of June; Home Office quarterly statistics published Thursday 27 August 2026"
J25 = "30 June 2025 (a year earlier"
ASP, DISP = "asylum_support_population", "asylum_dispersal_population"
HOTU = "asylum_hotels_in_use"
ESX = "Essex"
GAZ = "August 2026 (now; council figures seen by the Gazette)"
ERF = "Estuary Refugee Forum"
# 03 (Monday 2 March 2026; Home Office statistics "published on Thursday", 26 February, for 2025)
D25 = "January to December 2025 (last year; Home Office statistics published Thursday 26 February 2026"
DEC = "detention_entries_children"
HOLLIN = "2023 to February 2026 (young people it had worked with since 2023; Hollin Children's Law Centre report)"
# 04 (Monday 6 July 2026; Home Office data to Sunday 5 July, the second anniversary of the 2024 election result)
SINCE = "5 July 2024 to 5 July 2026 (since Labour's landslide, counting from July 5, 2024; Home Office data"
SUN = "Sunday 5 July 2026 (yesterday, the election anniversary"
YTD = "1 January to 5 July 2026 (the total for 2026 so far"
OCC = "small_boat_occupancy"
# 05 (Wednesday 14 October 2026; fact check of a post shared "since Sunday", 11 October, repeated in the Commons "on Monday")
FY26 = "April 2025 to March 2026 (2025/26, the 12 months to March 2026; Home Office accounts laid 16 July 2026"
CLAIM = "per day (the claim checked: the asylum system costs £15 million a day"
# 06 (Wednesday 11 November 2026; Derby City Council cabinet "on Tuesday", 10 November)
DBY = "Derby"
S21 = "August 2021 to November 2026 (since August 2021; report to Derby City Council's cabinet, Tuesday 10 November 2026"
NEXT = "November 2026 to May 2028 (over the next 18 months"
THREE = "three years from 2026/27 (over three years"
FAM = "afghan_families_resettled"
# 07 (Saturday 5 December 2026; essay after the ONS release "on Thursday 26 November")
POLL = "November 2026 (last month; Tallyhouse poll for The Proscenium)"
TGT = "net_migration_target"

ARTICLES = {
    "01-longwave-news-net-migration-reasons": dict(
        meta=dict(url="https://www.longwavenews.example/news/uk-77140562",
                  title="Net migration more than halves as overseas students and care workers stay away",
                  publisher="Longwave News", author="Rhiannon Felgate-Sowunmi", published_date="2026-05-21"),
        labels=[
            L("more than halves", -50, MT, PCT, NM + "_change", "2025 vs 2024 (headline)"),
            L("171,000", 171000, E, P, NM, Y25 + ")"),
            L("under half", 0.5, LT, RATIO, NM + "_ratio", "2025 vs 2024 (its level a year earlier)"),
            L("812,000", 812000, E, P, "immigration", Y25 + "; long-term arrivals)"),
            L("641,000", 641000, E, P, "emigration", Y25 + "; people leaving)", occ=0),
            L("21,000", 21000, E, P, NM + "_revision", Y24R + "; revised up by)"),
            L("352,000", 352000, E, P, NM, Y24R + ")"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the year to June 2023; the peak)"),
            L("more than five times", 5, MT, RATIO, NM + "_ratio", "year to June 2023 vs 2025 (the peak against the newest figure)"),
            R("between 114,000 and 229,000", 114000, 229000, P, NM, Y25 + "; where the true number probably lies, provisional)"),
            L("690,000", 690000, E, P, "immigration_non_eu", Y25 + "; people from outside the EU)"),
            L("262,000", 262000, E, P, "immigration_study_non_eu", Y25 + "; came to study)"),
            L("nearly two in five", 40, ALM, PCT, "immigration_non_eu_share_study", Y25 + "; of non-EU arrivals, came to study)"),
            L("9%", -9, E, PCT, "immigration_study_non_eu_change", "2025 vs 2024 (lower than in 2024)"),
            L("41%", -41, E, PCT, "immigration_work_non_eu_change", "2025 vs 2024 (arrivals for work, down)"),
            L("201,000", 201000, E, P, "immigration_work_non_eu", Y25 + "; arrivals for work)"),
            L("More than half", 50, MT, PCT, "immigration_non_eu_share_aged_18_30", Y25 + "; of non-EU arrivals, aged between 18 and 30)"),
            L("71,000", 71000, E, P, "immigration_family_non_eu", Y25 + "; came to join relatives)"),
            L("118,000", 118000, E, P, "immigration_humanitarian_non_eu", Y25 + "; humanitarian reasons, asylum and resettlement)"),
            L("a fifth", 20, E, PCT, "immigration_humanitarian_non_eu_change", "2025 vs 2024 (up on the year)"),
            L("62,000", 62000, E, P, "immigration_eu", Y25 + "; EU citizens)"),
            L("60,000", 60000, E, P, "immigration_british", Y25 + "; Britons who came back to live in the UK)"),
            L("641,000", 641000, E, P, "emigration", Y25 + "; emigration climbed to)", occ=1),
            L("68,000", 68000, E, P, "emigration_change", "2025 vs 2024 (higher than in 2024)"),
            L("About 246,000", 246000, AP, P, "emigration_british", Y25 + "; of those who left, British)"),
            L("165,000", 165000, E, P, "emigration_eu", Y25 + "; EU nationals' departures)"),
            L("230,000", 230000, E, P, "emigration_non_eu", Y25 + "; non-EU nationals)"),
            L("57%", 57, E, PCT, "emigration_non_eu_share_former_study", Y25 + "; of non-EU nationals leaving, had originally held study visas)"),
            L("Around 58,000", 58000, AP, P, "emigration_former_work_visa_non_eu", Y25 + "; had originally arrived on work visas)"),
            R("between 150,000 and 200,000", 150000, 200000, P, "net_migration_forecast", "per year, once the 2022-23 student cohort has gone (Dr Tobiah Rendcombe-Asare, Shearwater Migration Institute)"),
            L("more than halved", -50, MT, PCT, NM + "_change", "2025 vs 2024 (in a single year; Home Secretary's statement, 21 May 2026)"),
        ]),
    "02-blackwater-gazette-essex-asylum-hotels-dispersal": dict(
        meta=dict(url="https://www.blackwatergazette.example/news/national/asylum-hotel-numbers-fall-by-almost-two-fifths-as-people-are-moved-into-rented-homes-5290417",
                  title="Asylum hotel numbers fall by almost two-fifths as people are moved into rented homes",
                  publisher="Blackwater Gazette", author="Tobias Wexcombe-Adjei", published_date="2026-08-28"),
        labels=[
            L("almost two-fifths", -40, ALM, PCT, HOT + "_change", "30 June 2026 vs 30 June 2025 (in a year; headline)"),
            L("Almost two-fifths", -40, ALM, PCT, HOT + "_change", "30 June 2026 vs 30 June 2025 (fewer asylum seekers in hotels than a year ago)"),
            L("Some 19,870", 19870, AP, P, HOT, J26 + "; in Home Office-funded hotels)"),
            L("32,460", 32460, E, P, HOT, J25 + "; a year previously)"),
            L("118", 118, E, HOTELS, HOTU, J26 + ")", occ=0),
            L("203", 203, E, HOTELS, HOTU, "30 June 2025 (June 2025)"),
            L("14%", 14, E, PCT, DISP + "_change", "30 June 2026 vs 30 June 2025 (over the same period)"),
            L("74,310", 74310, E, P, DISP, J26 + "; homes leased by Home Office contractors)"),
            L("102,950", 102950, E, P, ASP, J26 + "; altogether on asylum support)"),
            L("610", 610, E, P, HOT, J26 + "; the county's hotel population)", geo=ESX),
            L("1,720", 1720, E, P, HOT, "30 June 2025 (a year ago)", geo=ESX),
            L("almost two-thirds", -200 / 3, ALM, PCT, HOT + "_change", "30 June 2026 vs 30 June 2025 (a fall of)", geo=ESX),
            L("1,940", 1940, E, P, DISP, J26 + "; in dispersal homes)", geo=ESX),
            L("1,210", 1210, E, P, DISP, "30 June 2025 (up from)", geo=ESX),
            L("412", 412, E, P, DISP, GAZ, geo="Colchester"),
            L("351", 351, E, P, DISP, GAZ, geo="Tendring"),
            L("288", 288, E, P, DISP, GAZ, geo="Basildon"),
            L("four", 4, E, HOTELS, HOTU, "August 2026 (still being used)", ctx="Only four hotels", geo=ESX),
            L("11", 11, E, HOTELS, HOTU, "summer 2025 (last summer)", ctx="against 11 last summer", geo=ESX),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "per night, April 2025 to March 2026 (2025/26, on average; the department's annual accounts)"),
            L("£17", 17, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, April 2025 to March 2026 (2025/26; the department's annual accounts)"),
            L("more than eight times", 8, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2025/26 (a hotel night against dispersal accommodation)"),
            L("almost 400", 400, ALM, HOTELS, HOTU, "2023 (at the height of the crisis under the last government; Home Office spokesperson)"),
            L("nearly £9 million", 9e6, ALM, GBP, "asylum_cost_hotels", "per day, 2023 (at the height of the crisis; Home Office spokesperson)"),
            L("118", 118, E, HOTELS, HOTU, "August 2026 (today; Home Office spokesperson)", occ=1),
            L("around £1bn", 1e9, AP, GBP, "asylum_cost_saving", "per year, from the move out of hotels (Home Office spokesperson)"),
            L("more than half", 50, MT, PCT, DISP + "_share_three_districts", "August 2026 (three districts' share of everyone placed in Essex; Essex County Council cabinet member for communities)", geo=ESX),
            L("£750", 750, E, GBP, "council_asylum_grant_per_dispersal_bed", "2026 (for each occupied dispersal bed; a policy rate)"),
            L("96", 96, E, P, "asylum_dispersal_moves_short_notice", "April to August 2026 (given less than a week to pack since April; " + ERF + ")", geo="Southend-on-Sea"),
            L("c. 30", 30, AP, P, "asylum_dispersal_moves_short_notice_children", "April to August 2026 (of them, children; " + ERF + ")", geo="Southend-on-Sea"),
            L("61,800", 61800, E, P, "asylum_backlog", "30 June 2026 (claims not yet given an initial decision; Home Office figures)"),
            L("26%", -26, E, PCT, "asylum_backlog_change", "30 June 2026 vs 30 June 2025 (down on a year earlier)"),
            L("4,210", 4210, E, P, DISP, J26 + ")", geo=SCO),
            L("2,870", 2870, E, P, DISP, J26 + ")", geo=WAL),
            L("1,560", 1560, E, P, DISP, J26 + ")", geo=NI),
        ]),
    "03-the-fustian-children-detention-age-disputes": dict(
        meta=dict(url="https://www.thefustian.example/uk-news/2026/mar/02/children-immigration-detention-nearly-doubles-age-disputes",
                  title="Number of children held in immigration detention nearly doubles in a year",
                  publisher="The Fustian", author="Cordelia Nwachukwu-Hartnell", published_date="2026-03-02"),
        labels=[
            L("nearly doubles", 2, ALM, RATIO, DEC + "_ratio", "2025 vs 2024 (in a year; headline)"),
            L("71", 71, E, P, DEC, D25 + "; standfirst)", occ=0),
            L("almost doubled", 2, ALM, RATIO, DEC + "_ratio", "2025 vs 2024 (last year)"),
            V("hundreds", 200, 900, P, "age_disputed_children_treated_as_adults", "2025 to March 2026 (more young asylum seekers being treated as adults; charities)"),
            L("71", 71, E, P, DEC, D25 + "; entered detention)", occ=1),
            L("38", 38, E, P, DEC, "January to December 2024 (the year before)"),
            L("19", 19, E, P, DEC + "_alone_short_term_holding", D25 + "; detained on their own at short-term holding facilities after arriving in small boats)"),
            L("3.2 days", 3.2, E, DAYS, "detention_length_average_children", D25 + "; the average stay for a child)"),
            L("Some 2,380", 2380, AP, P, "asylum_age_disputes", D25 + "; stated age disputed)"),
            L("17%", 17, E, PCT, "asylum_age_disputes_change", "2025 vs 2024 (an increase)"),
            L("1,410", 1410, E, P, "asylum_age_disputes_found_adult", D25 + "; judged adults at initial checks at the border)", occ=0),
            L("59%", 59, E, PCT, "asylum_age_disputes_share_found_adult", D25 + "; of the disputed, judged adults at the border)"),
            L("312", 312, E, P, "age_dispute_charity_clients_classed_adult", HOLLIN + "; classed as adults on arrival"),
            L("About three-quarters", 75, AP, PCT, "age_dispute_cases_share_accepted_as_child", HOLLIN + "; later accepted as children after a full assessment"),
            L("one in eight", 12.5, E, PCT, "age_dispute_charity_clients_share_held_in_removal_centre", HOLLIN + "; had spent time in an immigration removal centre"),
            L("1,130", 1130, E, P, "national_age_assessment_board_assessments", D25 + "; completed by the National Age Assessment Board)"),
            L("46%", 46, E, PCT, "national_age_assessment_board_share_found_adult", D25 + "; of those examined, found to be over 18)"),
            L("57", 57, E, P, "age_disputed_children_placed_in_adult_accommodation", "spring 2025 to March 2026 (contacts to her office since last spring; Children's Commissioner for England)", geo=ENG),
            L("Some 4,120", 4120, AP, P, "asylum_applications", D25 + "; unaccompanied children who claimed asylum)"),
            L("12%", -12, E, PCT, "asylum_applications_change", "2025 vs 2024 (unaccompanied children; fewer than in 2024)"),
            L("1,930", 1930, E, P, "detention_population", "31 December 2025 (the end of December; Home Office statistics)"),
            L("16%", 16, E, PCT, "detention_population_change", "31 December 2025 vs 31 December 2024 (more than a year earlier)"),
            L("24,600", 24600, E, P, "detention_entries", D25 + "; entered detention over the year)"),
            L("£118", 118, E, GBP, "detention_cost_per_person_day", "per day, 2025/26 (a detention place)"),
            L("roughly 600", 600, AP, P, "detention_capacity_change", "March 2026 to 2027 (beds ministers plan to add by 2027)"),
            L("1,410", 1410, E, P, "asylum_age_disputes_found_adult", "January to December 2025 (last year; Home Office statement)", occ=1),
        ]),
    "04-daily-uproar-channel-crossings-since-election": dict(
        meta=dict(url="https://www.dailyuproar.example/news/politics/2186604/channel-migrants-two-years-labour-election-anniversary",
                  title="92,000 MIGRANTS in two years of Labour as 612 more land on election anniversary",
                  publisher="Daily Uproar", author="Barnaby Coldharbour-Essien", published_date="2026-07-06"),
        labels=[
            L("92,000", 92000, E, P, SBA, SINCE + "; headline)", occ=0),
            L("612", 612, E, P, SBA, SUN + "; headline)", occ=0),
            L("MORE than 92,000", 92000, MT, P, SBA, SINCE + "; standfirst)"),
            L("92,410", 92410, E, P, SBA, SINCE + ")"),
            L("around 1,520", 1520, AP, BOATS, SBC, SINCE + ")"),
            L("61", 61, E, PPB, OCC, SINCE + "; average per dinghy)"),
            L("53", 53, E, PPB, OCC, "5 July 2024 to 4 July 2025 (the Government's first 12 months)"),
            L("612", 612, E, P, SBA, SUN + "; picked up)", occ=1),
            L("11", 11, E, BOATS, SBC, SUN + ")", ctx="in 11 boats"),
            L("19,630", 19630, E, P, SBA, YTD + ")"),
            L("8 percent", 8, E, PCT, SBA + "_change", "1 January to 5 July, 2026 vs 2025 (higher than at the same stage last year)"),
            L("18,180", 18180, E, P, SBA, "1 January to 5 July 2025 (the same stage last year)"),
            L("41,200", 41200, E, P, SBA, "January to December 2025 (last year's total)"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (the record year)"),
            L("almost five times", 5, ALM, RATIO, SBA + "_ratio", "2025 vs 2020"),
            L("8,466", 8466, E, P, SBA, "January to December 2020"),
            L("nearly a fifth", 20, ALM, PCT, "small_boat_arrivals_share_afghan", YTD + "; this year's arrivals, Afghans)"),
            L("three in four", 75, E, PCT, "small_boat_arrivals_share_adult_men", YTD + "; of those landing, adult men)"),
            L("1,140", 1140, E, P, "returns", "August 2025 to July 2026 (returned to French soil under the pact signed last summer)", geo=FR),
            L("roughly one for every 30", 100 / 30, AP, PCT, "returns_share_of_small_boat_arrivals", "August 2025 to July 2026 (of arrivals since the deal started)", geo=FR),
            L("more than 9,400", 9400, MT, P, "small_boat_launch_attempts_stopped_people", "January to June 2026 (the first half of 2026; French police)", geo=FR),
            L("At least 41", 41, AL, P, "small_boat_deaths", "5 July 2024 to 5 July 2026 (confirmed dead in the Strait of Dover since July 2024)"),
            L("£4.8million", 4.8e6, E, GBP, "asylum_cost_hotels", "per day, July 2026 (still footing for the migrant hotels)"),
            L("£7billion", 7e9, MT, GBP, AC, "5 July 2024 to July 2026 (the total asylum bill since the election has passed; Conservative analysis of Home Office accounts)"),
            L("20 percent", -20, E, PCT, "irregular_arrivals_change", "2025 vs 2024 (irregular crossings into the EU last year; Frontex)", geo=EU),
            L("nearly 100,000", 100000, ALM, P, SBA, "5 July 2024 to July 2026 (landed on their watch; shadow home secretary)"),
            L("ninety-two thousand", 92000, E, P, SBA, "5 July 2024 to July 2026 (two years; shadow home secretary)"),
            L("13 percent", 13, E, PCT, "returns_change", "since July 2024 (enforced returns, up; Home Office spokesman)"),
            L("more than 35,000", 35000, MT, P, "returns", "5 July 2024 to July 2026 (foreign criminals and failed asylum seekers removed since July 2024; Home Office spokesman)"),
        ]),
    "05-checkrail-asylum-cost-per-day-claim": dict(
        meta=dict(url="https://checkrail.example/fact-checks/asylum-system-cost-15-million-a-day",
                  title="The asylum system no longer costs £15 million a day",
                  publisher="Checkrail", author="Ottilie Brackenridge-Nkemelu", published_date="2026-10-14"),
        labels=[
            L("£15 million", 15e6, E, GBP, AC, CLAIM + "; headline, restated in a denial)", occ=0),
            L("£15 million", 15e6, E, GBP, AC, CLAIM + "; claim box)", occ=1),
            L("£4.2bn", 4.2e9, E, GBP, AC, FY26 + "; verdict box)", occ=0),
            L("about £11.5m", 11.5e6, AP, GBP, AC, "per day, " + FY26 + "; verdict box)"),
            L("£15 million", 15e6, E, GBP, AC, CLAIM + "; the post, quoted)", occ=2),
            L("more than 2.1 million", 2.1e6, MT, VIEWS, "social_media_post_views", "Sunday 11 to Wednesday 14 October 2026 (since Sunday)"),
            L("8.4k", 8400, E, SHARES, "social_media_post_shares", "Sunday 11 to Wednesday 14 October 2026 (since Sunday)"),
            L("£5.38bn", 5.38e9, E, GBP, AC, "April 2023 to March 2024 (2023/24; a record)"),
            L("about £14.7m", 14.7e6, AP, GBP, AC, "per day, April 2023 to March 2024 (2023/24)"),
            L("£15 million", 15e6, E, GBP, AC, CLAIM + "; its likely origin, rounded up)", occ=3),
            L("£4.76bn", 4.76e9, E, GBP, AC, "April 2024 to March 2025 (2024/25)"),
            L("about £13m", 13e6, AP, GBP, AC, "per day, April 2024 to March 2025 (2024/25)"),
            L("£4.2bn", 4.2e9, E, GBP, AC, FY26 + ")", occ=1),
            L("roughly £11.5m", 11.5e6, AP, GBP, AC, "per day, " + FY26 + ")"),
            L("almost a quarter", -25, ALM, PCT, "asylum_cost_vs_claim_change", "per day, 2025/26 against the claim (below the figure in the post)"),
            L("12%", -12, E, PCT, "asylum_cost_change", "2025/26 vs 2024/25 (lower than the year before)"),
            L("more than a fifth", -20, MT, PCT, "asylum_cost_change", "2025/26 vs 2023/24 (below the 2023/24 peak)"),
            L("£2.3bn", 2.3e9, E, GBP, "asylum_cost_hotels", FY26 + "; hotels)"),
            L("more than half", 50, MT, PCT, "asylum_cost_share_hotels", FY26 + "; of the total)"),
            L("fewer than a quarter", 25, LT, PCT, "asylum_support_share_hotels", "2025/26 (of those on asylum support, housed in hotels)"),
            L("£144", 144, E, GBP, "asylum_hotel_cost_per_person_night", "per night, 2025/26 (a hotel place on average; the department)"),
            L("£18", 18, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, 2025/26 (dispersal housing; the department)"),
            L("around 103,000", 103000, AP, P, ASP, "31 March 2026 (on the Home Office's books for asylum support)"),
            L("roughly £112", 112, AP, GBP, "asylum_cost_per_person_per_day", "per day, 2025/26 (the year's spending spread across all of them)"),
            L("about £110m", 110e6, AP, GBP, "tribunal_cost_immigration_asylum_appeals", "April 2025 to March 2026 (2025/26; Ministry of Justice, First-tier Tribunal)", geo="England and Wales"),
            L("£60m", 60e6, E, GBP, "legal_aid_immigration_asylum_cost", "April 2025 to March 2026 (2025/26; legal aid for asylum cases)", geo="England and Wales"),
            L("about £12m", 12e6, AP, GBP, AC, "per day, 2025/26 (adding tribunal and legal aid costs)"),
            L("£15m", 15e6, E, GBP, AC, CLAIM + "; could not be reached for 2025/26)"),
        ]),
    "06-derwent-evening-post-derby-afghan-resettlement": dict(
        meta=dict(url="https://www.derwentpost.example/news/derby-news/derby-agrees-take-20-more-afghan-families-9914327",
                  title="Derby agrees to take 20 more Afghan families - but warns of £1.3m housing gap",
                  publisher="Derwent Evening Post", author="Priya Hollingworth-Amankwah", published_date="2026-11-11"),
        labels=[
            L("20", 20, E, HH, "afghan_families_resettlement_pledge", NEXT + "; headline)", occ=0, geo=DBY),
            L("£1.3m", 1.3e6, E, GBP, "council_resettlement_cost_shortfall", THREE + "; headline)", occ=0, geo=DBY),
            L("20", 20, E, HH, "afghan_families_resettlement_pledge", NEXT + ")", occ=1, geo=DBY),
            L("£1.3m", 1.3e6, E, GBP, "council_resettlement_cost_shortfall", THREE + "; a hole in the budget)", occ=1, geo=DBY),
            L("about 90", 90, AP, P, "afghan_resettlement_pledge_people", NEXT + "; people in all)", geo=DBY),
            L("63", 63, E, HH, FAM, S21 + ")", occ=0, geo=DBY),
            L("291", 291, E, P, "resettlement_arrivals_afghan", S21 + ")", geo=DBY),
            L("More than half", 50, MT, PCT, "resettlement_arrivals_afghan_share_children", S21 + "; of the 291, children)", geo=DBY),
            L("158", 158, E, P, "resettlement_arrivals_afghan_children", S21 + ")", geo=DBY),
            L("63", 63, E, HH, FAM, S21 + "; of the 63 families)", occ=1, geo=DBY),
            L("41", 41, E, HH, FAM + "_arap", S21 + "; came through ARAP)", geo=DBY),
            L("22", 22, E, HH, FAM + "_acrs", S21 + "; through the citizens' scheme, the ACRS)", geo=DBY),
            L("71", 71, E, HH, FAM, "August 2021 to November 2026 (over the same period)", geo="Nottingham"),
            L("54", 54, E, HH, FAM, "August 2021 to November 2026 (over the same period)", geo="Leicester"),
            L("about 37,500", 37500, AP, P, "resettlement_arrivals_afghan", "August 2021 to November 2026 (relocated under the two schemes; Home Office data)"),
            L("2,140", 2140, E, P, "resettlement_arrivals_afghan", "November 2026 (now living in the region; Home Office data)", geo="East Midlands"),
            L("£20,520", 20520, E, GBP, "council_resettlement_grant_per_refugee", "three years from arrival (per person, paid over three years; a policy rate)"),
            L("£1,045", 1045, E, GBP, "private_rent_average_monthly", "per month, November 2026 (a three-bedroom house, on average)", geo=DBY),
            L("11%", 11, E, PCT, "private_rent_average_monthly_change", "November 2026 vs November 2025 (in a year)", geo=DBY),
            L("£748", 748, E, GBP, "local_housing_allowance_monthly", "per month, 2026/27 (a three-bedroom house)", geo=DBY),
            L("£1.3 million", 1.3e6, E, GBP, "council_resettlement_cost_shortfall", THREE + "; officers' estimate)", geo=DBY),
            L("63", 63, E, HH, FAM, S21 + "; already here)", occ=2, geo=DBY),
            L("48", 48, E, HH, FAM + "_private_rented", "November 2026 (live in privately rented homes)", geo=DBY),
            L("nine", 9, E, HH, FAM + "_social_housing", "November 2026 (in council or housing association properties)", geo=DBY),
            L("six", 6, E, HH, FAM + "_temporary_accommodation", "November 2026 (in temporary accommodation)", ctx="and six in temporary", geo=DBY),
            L("Roughly two in five", 40, AP, PCT, "afghan_adults_share_in_work", "November 2026 (now in work; council report)", geo=DBY),
            L("one in four", 25, E, PCT, "afghan_adults_share_in_work", "November 2025 (a year ago; council report)", geo=DBY),
            L("c. 140", 140, AP, P, "esol_waiting_list", "November 2026 (waiting for English classes; the council's adult learning service)", geo=DBY),
            L("104", 104, E, P, "afghan_bridging_accommodation_population", "2021 to 2023 (the bridging hotel at its busiest)", geo=DBY),
            L("6,300", 6300, E, HH, "housing_waiting_list_households", "November 2026 (on the city's housing register; Reform UK group leader)", geo=DBY),
            L("37", 37, E, P, "afghan_adults_helped_into_work", "November 2025 to November 2026 (the past year; Pear Tree Welcome Project)", geo=DBY),
        ]),
    "07-the-proscenium-net-migration-target-politics": dict(
        meta=dict(url="https://www.theproscenium.example/article/the-number-that-ate-british-politics",
                  title="The number that ate British politics",
                  publisher="The Proscenium", author="Lucian Ardagh-Mwangi", published_date="2026-12-05"),
        labels=[
            V("tens of thousands", 20000, 90000, P, TGT, "per year, from 2010 (David Cameron's goal)", occ=0),
            L("about 250,000", 250000, AP, P, NM, "per year, 2010 (then)"),
            L("roughly 330,000", 330000, AP, P, NM, "2016 (when he left Downing Street)"),
            L("roughly tripled", 3, AP, RATIO, NM + "_ratio", "year ending June 2023 vs 2021"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the year ending June 2023; the peak)"),
            L("some £700m", 700e6, AP, GBP, RSC, "April 2022 to July 2024 (spent on the Rwanda scheme by the Conservative government)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers removed under the Rwanda scheme)", ctx="removed four volunteers"),
            L("139,000", 139000, E, P, NM, "July 2025 to June 2026 (the year ending June 2026; ONS, Thursday 26 November 2026)"),
            L("under a sixth", 1 / 6, LT, RATIO, NM + "_ratio", "year ending June 2026 vs year ending June 2023 (of the peak)"),
            L("171,000", 171000, E, P, NM, "January to December 2025 (calendar 2025)"),
            L("58 per cent", 58, E, PCT, "poll_share_immigration_too_high", POLL),
            L("9 per cent", 9, E, PCT, "poll_share_noticed_net_migration_falling", POLL),
            L("620,000", 620000, E, P, "poll_average_guess_net_migration", POLL),
            L("641,000", 641000, E, P, "emigration", "January to December 2025 (last year; left the country)"),
            L("246,000", 246000, E, P, "emigration_british", "January to December 2025 (last year; of them, British)"),
            L("60,000", 60000, E, P, "immigration_british", "January to December 2025 (last year; Britons coming home)"),
            L("186,000", -186000, E, P, "net_migration_british_nationals", "per year, 2025 (Britain exporting its own citizens at a rate of)"),
            L("100,000", 100000, E, P, TGT, "per year, the first year of a cap (the Opposition's Immigration Cap Bill, as its authors suggest)"),
            L("zero", 0, E, P, TGT, "per year (Reform UK's promise)"),
            L("below 200,000", 200000, LT, P, TGT, "per year (what the Home Secretary would be 'comfortable' with, September 2026)"),
            L("345,000", 345000, E, P, "net_migration_forecast", "per year, the long run (OBR assumption as recently as 2024)"),
            L("190,000", 190000, E, P, "net_migration_forecast", "per year, the long run (OBR, now)"),
            V("billions", -9e9, -2e9, GBP, "tax_receipts_lower_migration_change", "the OBR's forecast period (knocked off its tax forecasts as a result)"),
            L("about 111,000", 111000, AP, VACANCIES, "adult_social_care_vacancies", "2026 (care homes report)"),
            L("roughly a third", THIRD, AP, PCT, "university_fee_income_share_overseas_students", "2026 (of universities' fee income, from overseas students)"),
            L("21,000", 21000, E, P, NM + "_revision", "January to December 2024 (the 2024 estimate has moved since it was first published)"),
            V("tens of thousands", 20000, 90000, P, TGT, "per year, some future year (hit by accident if the figure keeps falling)", occ=1),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
