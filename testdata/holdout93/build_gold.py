#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the ninety-third hand-labelled hold-out set (holdout93).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, RATIO, PPB, BOATS, HOTELS, SIXTH, THIRD, E,
                        AP, MT, AL, LT, ALM, EW, SBA, SBC, NM, AC, HOT)

UK, ENG, SCO, WA, NI, FR = "UK", "England", "Scotland", "Wales", "Northern Ireland", "France"
MSY, LPL, KNO, DUN = "Merseyside", "Liverpool", "Knowsley", "Dundee"
P10K, MEALS, INC, VIEWS = "other:persons_per_10000_residents", "other:meals", "other:incidents", "other:views"
AUTH, EPIS, EPC = "other:authorities", "other:episodes", "other:episodes_per_child"

# 01 (Tuesday 17 March 2026; Commons public accounts committee report published "yesterday", Monday 16 March)
AAC = "asylum_accommodation_contracts_cost"
LIFE = "September 2019 to 2029 (the contracts' full life"
PAID = "September 2019 to March 2026 (paid to the three providers so far"
# 02 (Friday 29 May 2026; Home Office statistics "released on Thursday", 28 May, for the year to March 2026)
Y02 = "April 2025 to March 2026 (the 12 months to March"
VS_PREV = "April 2025 to March 2026 vs April 2024 to March 2025"
# 03 (Tuesday 1 December 2026; Home Office statistics "released last Thursday", 26 November, to 30 September)
S26 = "30 September 2026 (end of September"
S25 = "30 September 2025 (a year earlier"
S_VS = "30 September 2026 vs 30 September 2025"
DWK = "Dingle Welcome Kitchen"
CLLR = "Liverpool City Council cabinet member for communities"
# 04 (Tuesday 1 September 2026; Home Office figures for Monday 31 August "released this morning")
DAY = "31 August 2026 (bank holiday Monday; yesterday"
YTD = "1 January to 31 August 2026 (so far this year"
# 05 (Wednesday 14 October 2026; claim made on a television debate "on Monday", 12 October)
PSBA = "population_share_born_abroad"
# 06 (Wednesday 15 July 2026; National Records of Scotland mid-2025 estimates "published on Tuesday", 14 July)
M25 = "30 June 2025 (mid-2025"
Y06 = "mid-2024 to mid-2025 (the 12 months to June 2025"
# 07 (Monday 23 November 2026; freedom of information responses gathered by The Finial)
UCM = "unaccompanied_children_missing_from_care"
Y07 = "April 2025 to March 2026 (2025/26; the 12 months to March"
M31 = "31 March 2026 (end of March"

ARTICLES = {
    "01-the-quarto-asylum-accommodation-contracts-cost": dict(
        meta=dict(url="https://www.thequarto.example/article/asylum-housing-contracts-cost-15-8bn-three-times-estimate-public-accounts-committee-x7k2q9",
                  title="Asylum housing deals to cost £15.8bn, more than three times the original estimate",
                  publisher="The Quarto", author="Eleanor Vassby-Mwale", published_date="2026-03-17"),
        labels=[
            L("£15.8bn", 15.8e9, E, GBP, AAC, LIFE + "; latest estimate; headline)"),
            L("more than three times", 3, MT, RATIO, AAC + "_ratio", "latest estimate vs the original 2019 estimate (headline)", occ=0),
            L("£7.2bn", 7.2e9, E, GBP, AAC, PAID + "; standfirst)"),
            L("£15.8 billion", 15.8e9, E, GBP, AAC, LIFE + ", to their expiry in 2029; public accounts committee report published yesterday, 16 March 2026)"),
            L("more than three times", 3, MT, RATIO, AAC + "_ratio", "latest estimate vs the original 2019 estimate", occ=1),
            L("£4.5 billion", 4.5e9, E, GBP, AAC, LIFE + "; the original estimate when the deals were signed in 2019)"),
            L("£500 million", 500e6, E, GBP, AAC + "_revision", "latest estimate vs the estimate given to MPs last spring (spring 2025)"),
            L("£7.2 billion", 7.2e9, E, GBP, AAC, PAID + ")"),
            L("£2.1 billion", 2.1e9, E, GBP, AAC, "2024/25 (April 2024 to March 2025; paid in that year alone)"),
            L("£1.9 billion", 1.9e9, E, GBP, AAC, LIFE + "; the arrangement covering Scotland and Northern Ireland)", geo="Scotland and Northern Ireland"),
            L("£383 million", 383e6, E, GBP, "asylum_accommodation_provider_profit", "September 2019 to March 2026 (the same six years; combined profits of the three firms)"),
            L("£74 million", 74e6, E, GBP, "asylum_accommodation_excess_profit_recovered", "September 2019 to March 2026 (returned so far under the profit-sharing clause)"),
            L("£41 million", 41e6, E, GBP, "asylum_accommodation_excess_profit_owed", "March 2026 (a further sum in dispute)"),
            L("£3.1 million", 3.1e6, E, GBP, AC, "per day, January to December 2025 (hotels; the 12 months to December)"),
            L("almost £8 million", 8e6, ALM, GBP, AC, "per day, summer 2023 (hotels, at the height of their use)"),
            L("£144", 144, E, GBP, "asylum_hotel_cost_per_person_night", "2025 (average hotel place; last year)"),
            L("£27", 27, E, GBP, "asylum_dispersal_cost_per_person_night", "2025 (flat or shared house; last year)"),
            L("more than five times", 5, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2025 (hotel vs flat or shared house)"),
            L("27,940", 27940, E, P, HOT, "31 December 2025 (end of December)"),
            L("172", 172, E, HOTELS, "asylum_hotels_in_use", "31 December 2025 (end of December)"),
            L("56,040", 56040, E, P, HOT, "September 2023 (the peak)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "September 2023 (sites at the peak)"),
            L("27 per cent", 27, E, PCT, "asylum_support_share_hotels", "31 December 2025 (hotel residents' share of those receiving asylum support)"),
            L("103,900", 103900, E, P, "asylum_support_population", "31 December 2025 (now receiving asylum support)"),
            L("£4.7 billion", 4.7e9, E, GBP, AC, "2024/25 (April 2024 to March 2025; the asylum system overall)"),
            L("13 per cent", -13, E, PCT, AC + "_change", "2024/25 vs 2023/24"),
            L("£5.4 billion", 5.4e9, E, GBP, AC, "2023/24 (April 2023 to March 2024; the previous year, a record)"),
            R("£50 million to £70 million", 50e6, 70e6, GBP, "asylum_accommodation_retender_cost", "a fresh tender from 2026 (advisers' fees; officials to the public accounts committee)"),
            L("three and a half times", 3.5, E, RATIO, AAC + "_ratio", "latest estimate vs what Parliament was told (public accounts committee chairwoman)"),
            L("4.8 per cent", 4.8, E, PCT, "asylum_accommodation_provider_profit_margin", "September 2019 to March 2026 (averaged over the life of the contract; Corvane Housing Group)"),
            V("tens of thousands", 20000, 90000, P, "asylum_accommodation_provider_people_housed", "2019 to 2026 (found rooms at a few days' notice during a national emergency; Corvane Housing Group spokesman)"),
            L("£1.4 billion", -1.4e9, E, GBP, AC + "_change", "per year, March 2026 vs July 2024 (annual hotel spending lower; Home Office spokeswoman)"),
            L("more than 80", 80, MT, HOTELS, "asylum_hotels_closed", "5 July 2024 to March 2026 (shut since the election; Home Office spokeswoman)"),
        ]),
    "02-lumen-news-visas-granted-by-route": dict(
        meta=dict(url="https://www.lumennews.example/news/uk-politics-75310492",
                  title="Who gets a UK visa? The numbers route by route",
                  publisher="Lumen News", author="Niamh Okafor-Lindgren", published_date="2026-05-29"),
        labels=[
            L("781,300", 781300, E, P, "visas_granted", Y02 + "; excluding visitors; Home Office statistics released on Thursday 28 May 2026)"),
            L("14%", -14, E, PCT, "visas_granted_change", VS_PREV),
            L("almost 40%", -40, ALM, PCT, "visas_granted_change", "April 2025 to March 2026 vs the peak year ending June 2023"),
            L("1.3m", 1.3e6, E, P, "visas_granted", "July 2022 to June 2023 (the peak; year ending June 2023)"),
            L("2.4m", 2.4e6, E, P, "visas_granted_visit", Y02 + "; tourists and business travellers)"),
            L("6%", 6, E, PCT, "visas_granted_visit_change", VS_PREV),
            L("Some 182,600", 182600, AP, P, "visas_granted_work", Y02 + "; workers and their families)"),
            L("a third", -THIRD, E, PCT, "visas_granted_work_change", VS_PREV + " (down on last year)"),
            L("11,900", 11900, E, P, "visas_granted_health_care_worker", Y02 + "; main applicants)"),
            L("62%", -62, E, PCT, "visas_granted_health_care_worker_change", VS_PREV),
            L("nearly ten times", 10, ALM, RATIO, "visas_granted_health_care_worker_ratio", "the route's peak vs April 2025 to March 2026"),
            L("21%", -21, E, PCT, "visas_granted_skilled_worker_change", VS_PREV + " (outside health and care)"),
            L("54,800", 54800, E, P, "visas_granted_skilled_worker", Y02 + "; outside health and care)"),
            L("43,100", 43100, E, P, "visas_granted_seasonal_worker", Y02 + ")"),
            L("8%", 8, E, PCT, "visas_granted_seasonal_worker_change", VS_PREV),
            L("4%", 4, E, PCT, "visas_granted_study_change", VS_PREV + " (sponsored study)"),
            L("414,900", 414900, E, P, "visas_granted_study", Y02 + "; sponsored study)"),
            L("43%", 43, E, PCT, "visas_granted_study_share_china_india", Y02 + "; Indian and Chinese nationals between them)"),
            L("15,300", 15300, E, P, "visas_granted_study_dependants", Y02 + ")"),
            L("about a tenth", 0.1, AP, RATIO, "visas_granted_study_dependants_ratio", "April 2025 to March 2026 vs the 2023 peak"),
            L("129,700", 129700, E, P, "visas_granted_graduate", Y02 + ")"),
            L("9,400", -9400, E, P, "visas_granted_graduate_change", VS_PREV + " (fewer than a year before)"),
            L("9%", -9, E, PCT, "visas_granted_family_change", VS_PREV),
            L("69,800", 69800, E, P, "visas_granted_family", Y02 + ")"),
            L("6,100", 6100, E, P, "visas_granted_family_outside_rules", Y02 + "; mostly on Article 8 grounds)"),
            L("38,200", 38200, E, P, "visas_granted_humanitarian", Y02 + ")"),
            L("21,600", 21600, E, P, "visas_granted_ukraine_schemes", Y02 + ")"),
            L("12,900", 12900, E, P, "visas_granted_bno", Y02 + "; Hong Kong residents with British National (Overseas) status)"),
            L("414.9k", 414900, E, P, "visas_granted_study", Y02 + "; chart)"),
            L("182.6k", 182600, E, P, "visas_granted_work", Y02 + "; chart)"),
            L("69.8k", 69800, E, P, "visas_granted_family", Y02 + "; chart)"),
            L("38.2k", 38200, E, P, "visas_granted_humanitarian", Y02 + "; chart)"),
            L("75.8k", 75800, E, P, "visas_granted_other", Y02 + "; chart)"),
            L("one in five", 20, E, PCT, "visas_granted_share_india", Y02 + "; all routes)"),
            L("Over 780,000", 780000, MT, P, "visas_granted", "a single year (the year to March 2026; shadow home secretary)"),
        ]),
    "03-pierhead-post-merseyside-asylum-hotels": dict(
        meta=dict(url="https://www.pierheadpost.example/news/liverpool-news/asylum-seekers-merseyside-hotels-fall-knowsley-31907716",
                  title="Asylum seekers in Merseyside hotels down by more than a quarter - but hundreds remain in Knowsley",
                  publisher="Pierhead Post", author="Callum Roberts-Eze", published_date="2026-12-01"),
        labels=[
            L("more than a quarter", -25, MT, PCT, HOT + "_change", S_VS + " (headline)", occ=0, geo=MSY),
            V("hundreds", 200, 900, P, HOT, S26 + "; remain; headline)", geo=KNO),
            L("1,240", 1240, E, P, HOT, S26 + "; across the five boroughs; standfirst)", occ=0, geo=MSY),
            L("more than a quarter", -25, MT, PCT, HOT + "_change", S_VS + " (fewer people than a year ago)", occ=1, geo=MSY),
            L("1,240", 1240, E, P, HOT, S26 + "; Home Office statistics released last Thursday, 26 November 2026)", occ=1, geo=MSY),
            L("1,700", 1700, E, P, HOT, S25 + "; twelve months earlier)", geo=MSY),
            L("27%", -27, E, PCT, HOT + "_change", S_VS, geo=MSY),
            L("610", 610, E, P, HOT, S26 + ")", geo=LPL),
            L("265", 265, E, P, HOT, S26 + ")", geo=KNO),
            L("185", 185, E, P, HOT, S26 + ")", geo="Wirral"),
            L("110", 110, E, P, HOT, S26 + ")", geo="Sefton"),
            L("70", 70, E, P, HOT, S26 + ")", geo="St Helens"),
            L("Nine", 9, E, HOTELS, "asylum_hotels_in_use", S26 + "; across the county)", geo=MSY),
            L("14", 14, E, HOTELS, "asylum_hotels_in_use", S25 + ")", ctx="down from 14 a year ago", geo=MSY),
            L("Two", 2, E, HOTELS, "asylum_hotels_in_use", S26 + ")", ctx="Two of them", geo=KNO),
            L("24,700", 24700, E, P, HOT, S26 + "; nationally, as the quarter closed)"),
            L("a third", -THIRD, E, PCT, HOT + "_change", S_VS + " (nationally)"),
            L("6,880", 6880, E, P, "asylum_support_population", S26 + "; receiving Home Office support)", geo=MSY),
            L("6,910", 6910, E, P, "asylum_support_population", S25 + ")", geo=MSY),
            L("Almost half", 50, ALM, PCT, "asylum_support_population_share_liverpool", S26 + "; Liverpool's share of Merseyside)", geo=MSY),
            L("3,390", 3390, E, P, "asylum_support_population", S26 + ")", geo=LPL),
            L("about 68", 68, AP, P10K, "asylum_support_population_per_10000_residents", S26 + ")", geo=LPL),
            L("nearly three times", 3, ALM, RATIO, "asylum_support_population_per_10000_residents_ratio", S26 + "; Liverpool vs the average for England)", geo=LPL),
            L("around 17%", 17, AP, PCT, "asylum_support_population_share_north_west", S26 + "; the North West's share)"),
            L("around 300", 300, AP, P, "asylum_hotel_moves_to_dispersal", "summer to December 2026 (moved into houses in the same handful of wards since the summer; " + CLLR + ")", geo=LPL),
            L("£4.1m", 4.1e6, E, GBP, "council_refugee_homelessness_cost", "2025/26 (April 2025 to March 2026; last year; temporary accommodation for refugees; " + CLLR + ")", geo=LPL),
            L("£1.6m", 1.6e6, E, GBP, "council_refugee_homelessness_cost", "2023/24 (April 2023 to March 2024; two years ago; " + CLLR + ")", geo=LPL),
            L("£1.3m", 1.3e6, E, GBP, "police_cost_asylum_hotel_protests", "February 2023 to December 2026 (policing demonstrations at asylum sites in the borough; Merseyside Police)", geo=KNO),
            L("a fifth", 20, E, PCT, "charity_meals_served_change", "winter 2025-26 to December 2026 (demand since last winter; " + DWK + ")", geo=LPL),
            L("about 450", 450, AP, MEALS, "charity_meals_served", "per week, December 2026 (" + DWK + ")", geo=LPL),
            L("Nearly one in three", THIRD, ALM, PCT, "charity_service_users_share_moved_from_asylum_hotel", "June to December 2026 (moved out of a hotel in the last six months; " + DWK + " coordinator)", geo=LPL),
            L("more than 100", 100, MT, HOTELS, "asylum_hotels_closed", "5 July 2024 to December 2026 (across the country; Home Office)"),
        ]),
    "04-daily-whetstone-record-day-channel-crossings": dict(
        meta=dict(url="https://www.dailywhetstone.example/news/article-15208841/Record-1-412-migrants-cross-Channel-ONE-DAY-bank-holiday.html",
                  title="Record 1,412 migrants cross Channel in ONE DAY as 23 dinghies land on bank holiday Monday - smashing the high set in 2022",
                  publisher="Daily Whetstone", author="Dominic Hargreave-Osei", published_date="2026-09-01"),
        labels=[
            L("1,412", 1412, E, P, SBA, DAY + "; headline)", occ=0),
            L("23", 23, E, BOATS, SBC, DAY + "; dinghies; headline)", ctx="as 23 dinghies"),
            L("1,412", 1412, E, P, SBA, DAY + "; the most ever in a single day; bullet)", occ=1),
            L("1,305", 1305, E, P, SBA, "22 August 2022 (the previous daily record; bullet)", occ=0),
            L("31,870", 31870, E, P, SBA, YTD + "; total for 2026; bullet)", occ=0),
            L("14 per cent", 14, E, PCT, SBA + "_change", YTD + " vs 1 January to 31 August 2025 (this time last year; bullet)", occ=0),
            L("1,412", 1412, E, P, SBA, DAY + "; Home Office figures released this morning)", occ=2),
            L("23", 23, E, BOATS, SBC, DAY + ")", ctx="into 23 boats"),
            L("61", 61, E, PPB, "small_boat_occupancy", DAY + "; an average per boat)"),
            L("41", 41, E, PPB, "small_boat_occupancy", "2022 (calendar year; the typical dinghy)"),
            L("1,305", 1305, E, P, SBA, "22 August 2022 (the previous high)", occ=1),
            L("31,870", 31870, E, P, SBA, YTD + ")", occ=1),
            L("14 per cent", 14, E, PCT, SBA + "_change", YTD + " vs 1 January to 31 August 2025", occ=1),
            L("27,960", 27960, E, P, SBA, "1 January to 31 August 2025 (this stage of 2025)"),
            L("more than double", 2, MT, RATIO, "small_boat_arrivals_ratio", "1 January to 31 August 2026 vs 1 January to 31 August 2021 (by the end of August)"),
            L("3,960", 3960, E, P, SBA, "24 to 30 August 2026 (last week)"),
            L("8,870", 8870, E, P, SBA, "August 2026 (the month; the highest since records began in 2018)"),
            L("Around a quarter", 25, AP, PCT, "small_boat_arrivals_share_eritrean", YTD + ")"),
            L("17 per cent", 17, E, PCT, "small_boat_arrivals_share_sudanese", YTD + ")"),
            L("Almost three-quarters", 75, ALM, PCT, "small_boat_arrivals_share_adult_men", YTD + ")"),
            L("more than 40", 40, MT, INC, "coastguard_small_boat_incidents", DAY + "; coastguard and lifeboat call-outs during the day)"),
            L("17", 17, E, BOATS, "small_boat_launches_prevented", "29 to 30 August 2026 (over the weekend; French police)", ctx="prevented 17 launches", geo=FR),
            L("about 720", 720, AP, P, "small_boat_launch_attempts_stopped_people", "29 to 30 August 2026 (turned back over the weekend; French police)", geo=FR),
            L("At least 31", 31, AL, P, "small_boat_deaths", "1 January to 31 August 2026 (deaths recorded on the route in 2026)"),
            L("1,160", 1160, E, P, "returns", "August 2025 to August 2026 (returned across the Channel under the 'one in, one out' treaty since flights began last August)", geo=FR),
            L("fewer than one in 25", 4, LT, PCT, "returns_share_of_small_boat_arrivals", "August 2025 to August 2026 (of those who have arrived over the same period)", geo=FR),
            L("£3.6million", 3.6e6, E, GBP, AC, "per day, September 2026 (the bill for asylum hotels)"),
            L("1,412", 1412, E, P, SBA, DAY + "; Shadow Home Secretary)", occ=3),
            L("more than 61,000", 61000, MT, P, "returns", "July 2024 to September 2026 (removals since July 2024; Home Office spokesman)"),
        ]),
    "05-factwise-one-in-six-born-abroad": dict(
        meta=dict(url="https://factwise.example/fact-checks/one-in-six-uk-born-abroad/",
                  title="Was one in every six UK residents born overseas?",
                  publisher="Factwise", author="Rhiannon Castell-Obuya", published_date="2026-10-14"),
        labels=[
            L("one in every six", SIXTH, E, PCT, PSBA, "2026 (the claim under check; headline)"),
            L("One in six", SIXTH, E, PCT, PSBA, "2026 (today; the claim made on a regional television debate on Monday 12 October 2026; claim box)"),
            L("a little under 17%", 17, ALM, PCT, PSBA, "2025 (current estimates; verdict)"),
            L("close to one in six", SIXTH, AP, PCT, PSBA, "2025 (current estimates; verdict)"),
            L("more than 2.3 million", 2.3e6, MT, VIEWS, "social_media_post_views", "12 to 14 October 2026 (views of clips of the exchange since Monday)"),
            L("about 11.7 million", 11.7e6, AP, P, "population_born_abroad", "2025 (ONS estimate)"),
            L("16.8%", 16.8, E, PCT, PSBA, "2025 (ONS estimate)", occ=0),
            L("slightly more than one in six", SIXTH, MT, PCT, PSBA, "2025 (ONS estimate)"),
            R("between 16.4% and 17.2%", 16.4, 17.2, PCT, PSBA, "2025 (where the true share probably lies, as the estimate comes from a survey; ONS)"),
            L("10 million", 10e6, E, P, "population_born_abroad", "2021 (census)", geo=EW),
            L("16.8%", 16.8, E, PCT, PSBA, "2021 (census)", occ=1, geo=EW),
            L("7.5 million", 7.5e6, E, P, "population_born_abroad", "2011 (census)", geo=EW),
            L("13.4%", 13.4, E, PCT, PSBA, "2011 (census)", geo=EW),
            L("roughly doubled", 2, AP, RATIO, "population_born_abroad_ratio", "2021 vs 2001 (since 2001; census)", geo=EW),
            L("about 1.3 million", 1.3e6, AP, P, "population_born_abroad_change", "2021 to 2025 (since the 2021 census; ONS estimate)", geo=EW),
            L("about one in ten", 10, AP, PCT, PSBA, "2022 (Scotland's census)", geo=SCO),
            L("6.9%", 6.9, E, PCT, PSBA, "2021 (census)", geo=WA),
            L("8.6%", 8.6, E, PCT, PSBA, "2021 (census)", geo=NI),
            L("40.6%", 40.6, E, PCT, PSBA, "2021 (census)", geo="London"),
            L("more than half", 50, MT, PCT, PSBA, "2021 (census)", geo="Brent"),
            L("2.9%", 2.9, E, PCT, PSBA, "2021 (census)", geo="Redcar and Cleveland"),
            L("about 10%", 10, AP, PCT, "population_share_born_outside_eu", "2025 (born outside the bloc; Eurostat)", geo="EU"),
            L("one in six", SIXTH, E, PCT, "population_share_non_british_nationals", "2026 (the claim as sometimes shared: not British)", ctx="means one in six people"),
            L("about 6.6 million", 6.6e6, AP, P, "population_non_british_nationals", "2025 (ONS estimate)"),
            L("roughly one in ten", 10, AP, PCT, "population_share_non_british_nationals", "2025 (ONS estimate)"),
            L("920,000", 920000, E, P, "population_born_abroad_india", "2021 (census)", geo=EW),
            L("743,000", 743000, E, P, "population_born_abroad_poland", "2021 (census)", geo=EW),
            L("624,000", 624000, E, P, "population_born_abroad_pakistan", "2021 (census)", geo=EW),
            L("a third", THIRD, E, PCT, "births_share_mother_born_abroad", "2026 (now; as some versions of the clip add)"),
            L("32.7%", 32.7, E, PCT, "births_share_mother_born_abroad", "2025 (live births; ONS)", geo=EW),
        ]),
    "06-the-law-hill-herald-dundee-population-students": dict(
        meta=dict(url="https://www.lawhillherald.example/news/dundee/5512873/dundee-population-151560-migration-international-students/",
                  title="Dundee population hits 151,560 as migration outweighs falling birth rate",
                  publisher="The Law Hill Herald", author="Kirsty Lindores-Achebe", published_date="2026-07-15"),
        labels=[
            L("151,560", 151560, E, P, "population", M25 + "; headline)", occ=0, geo=DUN),
            L("17%", -17, E, PCT, "international_students_change", "2024/25 vs 2022/23 (in two years; standfirst)", geo=DUN),
            L("151,560", 151560, E, P, "population", M25 + "; National Records of Scotland, published on Tuesday 14 July 2026)", occ=1, geo=DUN),
            L("1,240", 1240, E, P, "population_growth", Y06 + ")", geo=DUN),
            L("0.8%", 0.8, E, PCT, "population_change", Y06 + ")", geo=DUN),
            L("410", 410, E, P, "population_revision", "30 June 2024 (mid-2024; revised up)", geo=DUN),
            L("150,320", 150320, E, P, "population", "30 June 2024 (mid-2024; revised)", geo=DUN),
            L("1,870", 1870, E, P, NM, Y06 + "; added by net migration)", occ=0, geo=DUN),
            L("1,530", 1530, E, P, "net_migration_international", Y06 + "; from overseas)", geo=DUN),
            L("610", 610, E, P, "net_migration_rest_of_uk", Y06 + "; from elsewhere in the UK)", geo=DUN),
            L("270", -270, E, P, "net_migration_rest_of_scotland", Y06 + "; net loss to other parts of Scotland)", geo=DUN),
            L("1,390", 1390, E, P, "births", Y06 + ")", geo=DUN),
            L("2,020", 2020, E, P, "deaths", Y06 + ")", geo=DUN),
            L("630", -630, E, P, "population_natural_change", Y06 + "; a shortfall)", geo=DUN),
            L("0.6%", 0.6, E, PCT, "population_change", Y06 + ")", geo=SCO),
            L("5.57 million", 5.57e6, E, P, "population", M25 + "; a record)", geo=SCO),
            L("11,900", -11900, E, P, "population_natural_change", Y06 + "; deaths outnumbering births)", geo=SCO),
            L("0.3%", -0.3, E, PCT, "population_change", Y06 + "; shrank)", geo="Angus"),
            L("37.4", 37.4, E, YEARS, "population_median_age", M25 + ")", occ=0, geo=DUN),
            L("42.6", 42.6, E, YEARS, "population_median_age", M25 + "; nationally)", geo=SCO),
            L("21,850", 21850, E, P, "university_students", "2024/25 (academic year; the city's two universities between them)", geo=DUN),
            L("about one in seven", 100 / 7, AP, PCT, "university_students_share_of_residents", "2024/25 (of the city's residents)", geo=DUN),
            L("5,120", 5120, E, P, "international_students", "2024/25 (overseas students)", geo=DUN),
            L("nearly a quarter", 25, ALM, PCT, "university_students_share_international", "2024/25 (of the total)", geo=DUN),
            L("6,170", 6170, E, P, "international_students", "2022/23", geo=DUN),
            L("roughly halved", -50, AP, PCT, "international_students_nigeria_change", "January 2024 to 2026 (recruitment from Nigeria since the dependants ban)", geo=DUN),
            L("151,560", 151560, E, P, "population", M25 + "; fact box)", occ=2, geo=DUN),
            L("37.4", 37.4, E, YEARS, "population_median_age", M25 + "; fact box)", occ=1, geo=DUN),
            L("c. 21,900", 21900, AP, P, "university_students", "2024/25 (fact box)", geo=DUN),
            L("5.1k", 5100, E, P, "international_students", "2024/25 (fact box)", geo=DUN),
            L("+1,870", 1870, E, P, NM, Y06 + "; year to mid-2025; fact box)", geo=DUN),
            V("hundreds", 200, 900, P, "university_job_cuts", "2025 (announced last year by one of the universities)", geo=DUN),
            L("about £118m", 118e6, AP, GBP, "international_student_fee_income", "per year, 2026 (the region's institutions; chair of the Tayside Higher Education Forum)", geo="Tayside"),
            L("about 8%", -8, AP, PCT, "population_working_age_scenario_change", "2025 to 2045 (without migration; Scottish Government projection)", geo=SCO),
        ]),
    "07-the-finial-unaccompanied-children-missing-care": dict(
        meta=dict(url="https://www.thefinial.example/uk-news/2026/nov/23/unaccompanied-child-asylum-seekers-missing-from-care-england-foi",
                  title="More than 1,100 child asylum seekers went missing from care in England last year",
                  publisher="The Finial", author="Priya Halloran-Baptiste", published_date="2026-11-23"),
        labels=[
            L("More than 1,100", 1100, MT, P, UCM, Y07 + "; last year; headline)", geo=ENG),
            L("214", 214, E, P, UCM + "_still_missing", M31 + "; still unaccounted for; standfirst)", occ=0, geo=ENG),
            L("little more than three-fifths", 60, MT, PCT, "unaccompanied_children_cost_share_funded", "2026 (Home Office funding as a share of the cost; councils; standfirst)", geo=ENG),
            L("At least 1,190", 1190, AL, P, UCM, Y07 + "; data gathered by The Finial from freedom of information responses)", geo=ENG),
            L("23%", 23, E, PCT, UCM + "_change", "2025/26 vs 2024/25 (a rise in a year)", geo=ENG),
            L("139", 139, E, AUTH, "foi_responses_childrens_services_authorities", "November 2026 (children's services authorities responding to freedom of information requests)", geo=ENG),
            L("5,430", 5430, E, EPIS, "unaccompanied_children_missing_episodes", Y07 + "; separate occasions)", geo=ENG),
            L("more than four", 4, MT, EPC, "unaccompanied_children_missing_episodes_per_child", Y07 + "; times each on average)", geo=ENG),
            L("970", 970, E, P, UCM, "2024/25 (April 2024 to March 2025; the previous year)", geo=ENG),
            L("214", 214, E, P, UCM + "_still_missing", M31 + "; had still not been found)", occ=1, geo=ENG),
            L("nearly one in five", 20, ALM, PCT, UCM + "_share_still_missing", M31 + "; of those who disappeared in 2025/26)", geo=ENG),
            L("58%", 58, E, PCT, UCM + "_still_missing_share_vietnamese_albanian", M31 + "; of these, Vietnamese or Albanian boys)", geo=ENG),
            L("6,940", 6940, E, P, "unaccompanied_children_in_care", "31 March 2026 (looked after by councils in England)", geo=ENG),
            L("about one in six", SIXTH, AP, PCT, "unaccompanied_children_in_care_share_missing", Y07 + "; went missing at least once)", geo=ENG),
            L("296", 296, E, P, UCM, Y07 + "; Kent county council)", geo="Kent"),
            L("a quarter", 25, E, PCT, UCM + "_share_kent", Y07 + "; Kent's share of the total)", geo=ENG),
            L("31", 31, E, P, UCM, Y07 + "; over the same period)", ctx="show 31 unaccompanied", geo=WA),
            L("46", 46, E, P, UCM, Y07 + ")", geo=SCO),
            L("12", 12, E, P, UCM, Y07 + ")", ctx="and 12 in Northern Ireland", geo=NI),
            L("464", 464, E, P, "unaccompanied_children_missing_from_hotels", "2021 to 2023 (Home Office hotels for lone children)"),
            L("132", 132, E, P, "unaccompanied_children_missing_from_hotels_still_missing", "November 2026 (never traced)"),
            L("214", 214, E, P, UCM + "_still_missing", M31 + "; every one of those; Kinfold director)", occ=2, geo=ENG),
            L("7,420", 7420, E, P, "nrm_referrals_children", "2025 (calendar year; last year; a record)"),
            L("9%", 9, E, PCT, "nrm_referrals_children_change", "2025 vs 2024"),
            L("£143", 143, E, GBP, "home_office_funding_uasc_per_night", "per night, 2026 (for every unaccompanied child in care)"),
            L("£231", 231, E, GBP, "unaccompanied_children_care_cost_per_night", "per night, 2026 (average placement cost; councils)", geo=ENG),
            L("£88", 88, E, GBP, "unaccompanied_children_care_funding_gap_per_night", "per night, 2026 (the gap)", geo=ENG),
            L("£160m", 160e6, E, GBP, "childrens_specialist_placements_funding", "2026/27 (this year; Department for Education)", geo=ENG),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
