#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the ninety-fifth hand-labelled hold-out set (holdout95).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, YEARS, THIRD, E,
                        AP, MT, AL, ALM, AM, SBA, NM, AC, HOT, PTR, EW)

UK, ENG, WA, SCO, NI, FR, EU = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France", "EU"
HOTELS, HH, VIEWS, APPS, CER = "other:hotels", "other:households", "other:views", "other:applications", "other:ceremonies"
TESTS = "other:tests"

# 01 (Friday 17 July 2026; Home Office annual report and accounts for 2025/26 "slipped out yesterday", 16 July)
FY = "2025/26 (April 2025 to March 2026; Home Office annual report and accounts published Thursday 16 July 2026"
# 02 (Thursday 27 August 2026; Home Office statistics for the year ending June 2026 "out on Thursday")
CG = "citizenship_grants"
YJ = "July 2025 to June 2026 (year ending June 2026; Home Office statistics published Thursday 27 August 2026"
CBI = "Civic Belonging Institute"
# 03 (Tuesday 10 March 2026; report to Bristol City Council's homes and housing delivery committee)
BR = "Bristol"
WLR = "housing_waiting_list_households_refugees"
RHL = "refugees_homeless_after_leaving_asylum_support"
NOW3 = "March 2026 (now; committee report"
SW = "Severnside Welcome"
# 04 (Wednesday 4 February 2026; figures released under freedom of information)
IMA = "asylum_backlog_illegal_migration_act_cohort"
COH = "illegal_migration_act_cohort"
D25 = "31 December 2025 (end of December; Home Office figures released under freedom of information"
SINCE = "July 2024 to December 2025 (since processing restarted"
# 05 (Friday 5 June 2026; fact check of a claim made on a radio phone-in on Monday 1 June)
SH = "small_boat_arrivals_share_claimed_asylum"
YM = "April 2025 to March 2026 (year ending March 2026; Home Office release of 21 May 2026"
CLAIM = "an MP on a radio phone-in, Monday 1 June 2026"
# 06 (Thursday 12 November 2026; council report to the city administration committee "on Tuesday", 10 November)
GL = "Glasgow"
S26 = "30 September 2026 (end of September; Home Office figures"
KWN = "Kelvin Welcome Network"
# 07 (Saturday 13 June 2026; a column)
EB = "emigration_british"
PSC = "public_share_considering_emigration_under_35"

ARTICLES = {
    "01-daily-ironside-asylum-bill-home-office-accounts": dict(
        meta=dict(url="https://www.dailyironside.example/news/politics/208814/asylum-bill-4-2billion-hotels-5-1m-a-day-home-office-accounts",
                  title="Asylum bill hits £4.2BILLION as migrant hotels still cost taxpayers £5.1m A DAY",
                  publisher="Daily Ironside", author="Connor Halliwell-Addo", published_date="2026-07-17"),
        labels=[
            L("£4.2BILLION", 4.2e9, E, GBP, AC, FY + "; headline)"),
            L("£5.1m", 5.1e6, E, GBP, AC, "per day, 2025/26 (hotels; headline)"),
            L("more than £4.2billion", 4.2e9, MT, GBP, AC, "2025/26 (last year; the Home Office's own accounts; standfirst)"),
            L("nearly £2billion", 2e9, ALM, GBP, AC, "2025/26 (poured into hotels; standfirst)"),
            L("£4.21billion", 4.21e9, E, GBP, AC, FY + "; the 12 months to March)"),
            L("12 per cent", -12, E, PCT, AC + "_change", "2025/26 vs 2024/25 (lower than)"),
            L("£4.76billion", 4.76e9, E, GBP, AC, "2024/25 (April 2024 to March 2025)"),
            L("£5.38billion", 5.38e9, E, GBP, AC, "2023/24 (the record; the year before that)"),
            L("£1.86billion", 1.86e9, E, GBP, AC, "2025/26 (hotels alone)"),
            L("a third", -THIRD, E, PCT, AC + "_change", "2025/26 vs 2024/25 (hotels; down a third on last year's)"),
            L("£2.79billion", 2.79e9, E, GBP, AC, "2024/25 (hotels; last year's)"),
            L("44 per cent", 44, E, PCT, "asylum_cost_share_hotels", "2025/26 (of the total)"),
            L("£5.1million", 5.1e6, E, GBP, AC, "per day, 2025/26 (hotels; works out at every day)"),
            L("£1.12billion", 1.12e9, E, GBP, AC, "2025/26 (flats and shared houses run by private contractors)"),
            L("£389million", 389e6, E, GBP, AC, "2025/26 (cash allowances loaded on to asylum seekers' cards)"),
            L("£212million", 212e6, E, GBP, "large_site_cost", "2025/26 (large former military sites; the accounts)"),
            L("24,980", 24980, E, P, HOT, "31 March 2026 (end of March)"),
            L("158", 158, E, HOTELS, "asylum_hotels_in_use", "31 March 2026 (end of March)", occ=0),
            L("roughly £43,100", 43100, AP, GBP, "asylum_cost_per_person_per_year", "2025/26 (the total bill for each person on asylum support at 31 March 2026)"),
            L("97,600", 97600, E, P, "asylum_support_population", "31 March 2026 (receiving asylum support on that date)"),
            L("nearly a fifth", 20, ALM, PCT, "asylum_cost_share_home_office_budget", "2025/26 (of everything the Home Office spends)"),
            L("£22.4billion", 22.4e9, E, GBP, "home_office_budget", "2025/26 (the department's total net spending)"),
            L("more than four times", 4, MT, RATIO, AC + "_ratio", "2025/26 vs 2019/20"),
            L("£956million", 956e6, E, GBP, AC, "2019/20 (April 2019 to March 2020)"),
            L("£11.5million", 11.5e6, E, GBP, AC, "per day, 2025/26 (every single day; Shadow Home Secretary)"),
            L("158", 158, E, HOTELS, "asylum_hotels_in_use", "July 2026 (still open; Shadow Home Secretary)", occ=1),
            L("Around 41,300", 41300, AP, P, SBA, "2025 (calendar year; last year)"),
            L("18,760", 18760, E, P, SBA, "1 January to 16 July 2026 (so far this year)"),
            L("6 per cent", 6, E, PCT, SBA + "_change", "so far this year vs the same stage of 2025"),
            L("about £150", 150, AP, GBP, "asylum_cost_per_household", "2025/26 (for every household in Britain; Fair Purse Alliance)"),
            L("Over four billion pounds", 4e9, MT, GBP, AC, "per year, 2025/26 (Fair Purse Alliance)"),
            L("more than £500million", -500e6, MT, GBP, AC + "_change", "2025/26 vs 2024/25 (cut in a single year; Home Office spokesman)"),
            L("More than 50", 50, MT, HOTELS, "asylum_hotels_closed", "5 July 2024 to July 2026 (shut since 5 July 2024; Home Office spokesman)"),
            L("58,900", 58900, E, P, "asylum_backlog", "31 March 2026 (initial claims; the accounts)"),
            L("104,300", 104300, E, P, "asylum_backlog", "31 March 2025 (twelve months earlier)"),
        ]),
    "02-tidewatch-news-british-citizenship-grants": dict(
        meta=dict(url="https://www.tidewatch.example/news/uk-70417325",
                  title="Record 291,000 people granted British citizenship in a year",
                  publisher="Tidewatch News", author="Priya Venkataraman-Holt", published_date="2026-08-27"),
        labels=[
            L("291,000", 291000, E, P, CG, "year ending June 2026 (a record; headline)"),
            L("291,400", 291400, E, P, CG, YJ + "; the year to 30 June 2026)"),
            L("20%", 20, E, PCT, CG + "_change", "year ending June 2026 vs year ending June 2025"),
            L("242,800", 242800, E, P, CG, "July 2024 to June 2025 (a year before)"),
            L("312,000", 312000, E, P, "citizenship_applications", YJ + "; the same period)"),
            L("8%", 8, E, PCT, "citizenship_applications_change", "year ending June 2026 vs year ending June 2025"),
            L("more than 96%", 96, MT, PCT, "citizenship_decisions_share_granted", YJ + "; of those it decided)"),
            L("Roughly one in five", 20, AP, PCT, CG + "_share_children", YJ + "; registered as British)"),
            L("42,600", 42600, E, P, CG + "_india", YJ + "; Indian nationals, the largest single group)"),
            L("nearly four times", 4, ALM, RATIO, CG + "_india_ratio", "year ending June 2026 vs 2016"),
            L("11,200", 11200, E, P, CG + "_india", "2016"),
            L("24,900", 24900, E, P, CG + "_pakistan", YJ + ")"),
            L("21,800", 21800, E, P, CG + "_romania", YJ + ")"),
            L("17,300", 17300, E, P, CG + "_nigeria", YJ + ")"),
            L("a third", -THIRD, E, PCT, CG + "_romania_change", "year ending June 2026 vs year ending June 2025 (down a third on last year)"),
            L("42.6k", 42600, E, P, CG + "_india", "year ending June 2026 (chart)"),
            L("24.9k", 24900, E, P, CG + "_pakistan", "year ending June 2026 (chart)"),
            L("21.8k", 21800, E, P, CG + "_romania", "year ending June 2026 (chart)"),
            L("17.3k", 17300, E, P, CG + "_nigeria", "year ending June 2026 (chart)"),
            L("12.9k", 12900, E, P, CG + "_philippines", "year ending June 2026 (chart)"),
            L("188,500", 188500, E, P, "settlement_grants", YJ + "; indefinite leave to remain)"),
            L("68,000", 68000, E, P, "settlement_grants_change", "year ending June 2026 vs year ending June 2025 (higher than a year earlier)"),
            L("roughly three-quarters", 75, AP, PCT, CG + "_share_arrived_on_work_or_family_visa", "year ending June 2026 (this year's new citizens; " + CBI + ")"),
            L("£1,735", 1735, E, GBP, "citizenship_application_fee", "2026 (adult naturalisation)"),
            L("£130", 130, E, GBP, "citizenship_ceremony_fee", "2026"),
            L("Some 214,000", 214000, AP, TESTS, "life_in_the_uk_tests_taken", "2025 (last year)"),
            L("71%", 71, E, PCT, "life_in_the_uk_test_pass_rate", "2025 (last year)"),
            L("88%", 88, E, PCT, CG + "_share_england", YJ + ")"),
            L("11,400", 11400, E, P, "citizenship_ceremony_attendees", YJ + ")", geo=SCO),
            L("4,320", 4320, E, P, "citizenship_ceremony_attendees", YJ + ")", geo=WA),
            L("2,150", 2150, E, P, "citizenship_ceremony_attendees", YJ + ")", geo=NI),
            L("more than 4,100", 4100, MT, CER, "citizenship_ceremonies", YJ + "; held by councils over the year)", geo=EW),
            L("9,870", 9870, E, P, "citizenship_ceremony_attendees", YJ + ")", geo="Birmingham"),
            L("nearly 800", 800, ALM, P, CG, "per day, year ending June 2026 (every single day; shadow immigration minister)"),
            L("46", 46, E, P, "citizenship_deprivations", "2025 (last year; mostly obtained by fraud)"),
        ]),
    "03-the-harbourside-herald-bristol-refugees-housing-register": dict(
        meta=dict(url="https://www.harboursideherald.example/news/bristol-news/refugees-bristol-housing-register-doubled-council-6612093",
                  title="Refugees on Bristol's housing register more than doubled in two years as council warns of 'impossible' squeeze",
                  publisher="The Harbourside Herald", author="Lowri Pennington-Adjei", published_date="2026-03-10"),
        labels=[
            L("more than doubled", 2, MT, RATIO, WLR + "_ratio", "January 2026 vs January 2024 (in two years; headline)", occ=0, geo=BR),
            L("1,380", 1380, E, HH, WLR, "31 January 2026 (waiting for a council home; standfirst)", occ=0, geo=BR),
            L("more than doubled", 2, MT, RATIO, WLR + "_ratio", "January 2026 vs January 2024 (since early 2024)", occ=1, geo=BR),
            L("1,380", 1380, E, HH, WLR, "31 January 2026 (end of January; report to the homes and housing delivery committee)", occ=1, geo=BR),
            L("640", 640, E, HH, WLR, "January 2024", geo=BR),
            L("about 6%", 6, AP, PCT, "housing_waiting_list_share_refugee_households", "January 2026", geo=BR),
            L("21,460", 21460, E, HH, "housing_waiting_list_households", "January 2026 (now on the register)", geo=BR),
            L("more than 2,000", 2000, MT, HH, "housing_waiting_list_households_change", "January 2025 to January 2026 (in a year)", geo=BR),
            L("1,020", 1020, E, HH, RHL, "2025 (last year; came to the council as homeless after leaving asylum accommodation)", geo=BR),
            L("58%", 58, E, PCT, RHL + "_change", "2025 vs 2024", geo=BR),
            L("645", 645, E, HH, RHL, "2024 (calendar year)", geo=BR),
            L("one in five", 20, E, PCT, "homelessness_presentations_share_refugees", "January 2026 (new homelessness approaches from people leaving asylum accommodation)", geo=BR),
            L("1,620", 1620, E, HH, "temporary_accommodation_households", NOW3 + ")", geo=BR),
            L("410", 410, E, HH, "refugee_households_temporary_accommodation", NOW3 + ")", geo=BR),
            L("about a quarter", 25, AP, PCT, "temporary_accommodation_share_refugee_households", NOW3 + ")", geo=BR),
            L("£38.2m", 38.2e6, E, GBP, "council_temporary_accommodation_cost", "2024/25 (April 2024 to March 2025)", geo=BR),
            L("£46m", 46e6, E, GBP, "council_temporary_accommodation_cost", "2025/26 (forecast; this financial year)", geo=BR),
            L("20%", 20, E, PCT, "council_temporary_accommodation_cost_change", "2025/26 forecast vs 2024/25", geo=BR),
            L("Around £4.7m", 4.7e6, AP, GBP, "council_refugee_homelessness_cost", "2025/26 (the current year's spending on refugee households; report estimate)", geo=BR),
            L("96", 96, E, HH, "social_housing_lettings_refugees", "2024/25", geo=BR),
            L("1,540", 1540, E, HH, "social_housing_lettings", "2024/25 (homes the council let)", geo=BR),
            L("6.2 years", 6.2, E, YEARS, "social_housing_wait_average", "2026 (lowest priority band, three-bedroom home)", geo=BR),
            L("£1.3m", 1.3e6, E, GBP, "home_office_refugee_move_on_funding", "2025 (last year; a government fund for areas housing newly recognised refugees)", geo=BR),
            L("about 1,190", 1190, AP, P, "asylum_dispersal_population", "30 September 2025 (end of September; Home Office data)", geo=BR),
            L("340", 340, E, P, HOT, "30 September 2025 (end of September; Home Office data)", geo=BR),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", "30 September 2025 (the city's remaining hotels)", ctx="city's two remaining", geo=BR),
            L("c. 600", 600, AP, P, "charity_service_users", "April 2025 to March 2026 (since last April; " + SW + ")", geo=BR),
            L("three-quarters", 75, E, PCT, "charity_service_users_share_single_men", "April 2025 to March 2026 (" + SW + ")", geo=BR),
            L("19,260", 19260, E, HH, RHL, "October 2024 to September 2025 (year to September 2025; government statistics)", geo=ENG),
            L("almost three times", 3, ALM, RATIO, RHL + "_ratio", "year to September 2025 vs year to September 2023 (two years earlier)", geo=ENG),
        ]),
    "04-the-upstander-illegal-migration-act-cohort-limbo": dict(
        meta=dict(url="https://www.theupstander.example/news/uk/home-news/illegal-migration-act-asylum-cohort-limbo-b2904417.html",
                  title="Almost 14,000 asylum seekers still in limbo years after Illegal Migration Act froze their claims",
                  publisher="The Upstander", author="Joel Abernethy-Mensah", published_date="2026-02-04"),
        labels=[
            L("Almost 14,000", 14000, ALM, P, IMA, "31 December 2025 (still in limbo; headline)", occ=0),
            L("Nearly one in three", THIRD, ALM, PCT, IMA + "_share_waiting_over_2_years", "31 December 2025 (lodged their claim more than two years ago; standfirst)", occ=0),
            L("Almost 14,000", 14000, ALM, P, IMA, "31 December 2025 (still waiting for a decision)", occ=1),
            L("13,870", 13870, E, P, IMA, D25 + "; no initial decision)", occ=0),
            L("29,400", 29400, E, P, IMA, "31 December 2024 (a year earlier)"),
            L("Some 58,100", 58100, AP, P, COH, "7 March 2023 to 5 July 2024 (arrived irregularly; Home Office)"),
            L("nine in ten", 90, E, PCT, COH + "_share_small_boat", "7 March 2023 to 5 July 2024 (crossed the Channel by small boat)"),
            L("four", 4, E, P, "rwanda_relocations", "2022 to July 2024 (the Rwanda scheme, scrapped in July 2024; all volunteers)", ctx="relocated just four people"),
            L("£290m", 290e6, E, GBP, PTR, "2022 to July 2024 (paid to the Kigali government)"),
            L("up to 1,000", 1000, AM, P, "rwanda_housing_capacity_prepared", "2022 to July 2024 (housing prepared for arrivals by the Rwandan government)", geo="Rwanda"),
            L("37,730", 37730, E, P, COH + "_initial_decisions", SINCE + ")"),
            L("nearly two-thirds", 200 / 3, ALM, PCT, COH + "_share_decided", SINCE + "; of the total)"),
            L("61 per cent", 61, E, PCT, COH + "_initial_decisions_share_granted", SINCE + ")"),
            L("23,020", 23020, E, P, COH + "_grants", SINCE + "; grants of protection)"),
            L("About 40%", 40, AP, PCT, COH + "_refusals_share_appealed", SINCE + "; of those refused)"),
            L("13,870", 13870, E, P, IMA, "31 December 2025 (the cohort members who remain)", occ=1),
            L("84%", 84, E, PCT, IMA + "_share_men_travelling_alone", "31 December 2025 (84% of these)"),
            L("1,940", 1940, E, P, IMA + "_children", "31 December 2025"),
            L("Nearly one in three", THIRD, ALM, PCT, IMA + "_share_waiting_over_2_years", "31 December 2025 (waiting for more than two years)", occ=1),
            L("6,480", 6480, E, P, COH + "_claims_withdrawn", "to December 2025 (treated as withdrawn)"),
            L("roughly £700,000", 700000, AP, GBP, COH + "_support_cost", "per day, February 2026 (housing and supporting the remaining members; Migration Futures Observatory estimate)"),
            L("about 1,800", 1800, AP, P, COH + "_initial_decisions", "per month, early 2026 (Home Office)"),
            V("tens of thousands", 20000, 90000, P, IMA, "July 2024 (the system Labour was handed; could not have their claims heard; Home Office spokesperson)"),
            L("45,000", -45000, E, P, "asylum_backlog_change", "2025 (fallen since last year; the backlog as a whole; Home Office spokesperson)"),
            L("61,200", 61200, E, P, "asylum_backlog", "31 December 2025 (initial claims)"),
            L("2,170", 2170, E, P, "returns", "July 2024 to January 2026 (cohort members returned to their home countries or another safe country)"),
            L("430", 430, E, P, "returns", "July 2024 to January 2026 (cohort members returned to EU member states under bilateral arrangements)", geo=EU),
        ]),
    "05-sourcecheck-small-boat-arrivals-claiming-asylum": dict(
        meta=dict(url="https://sourcecheck.example/immigration/small-boat-arrivals-claim-asylum-not-half/",
                  title="Nearly all small boat arrivals claim asylum, not 'around half'",
                  publisher="Sourcecheck", author="Fenella Oduya-Marchbank", published_date="2026-06-05"),
        labels=[
            L("around half", 50, AP, PCT, SH, "claim, June 2026 (" + CLAIM + "; headline)", occ=0),
            L("around half", 50, AP, PCT, SH, "claim, June 2026 (" + CLAIM + "; the claim box)", occ=1),
            L("94%", 94, E, PCT, SH, YM + "; claimed or were named as a dependant; verdict)", occ=0),
            L("more than 1.4 million", 1.4e6, MT, VIEWS, "social_media_post_views", "1 to 5 June 2026 (a clip of the claim, since Monday)"),
            L("40,980", 40980, E, P, SBA, YM + ")"),
            L("38,520", 38520, E, P, "small_boat_arrivals_claimed_asylum", YM + "; claimed or listed as a dependant)"),
            L("94%", 94, E, PCT, SH, YM + ")", occ=1),
            L("96%", 96, E, PCT, SH, "April 2024 to March 2025 (year to March 2025)"),
            L("roughly 186,400", 186400, AP, P, SBA, "January 2018 to March 2026 (since January 2018)"),
            L("around 92%", 92, AP, PCT, SH, "January 2018 to March 2026 (had claimed by the end of March)"),
            L("above 97%", 97, MT, PCT, SH + "_top_five_nationalities", YM + "; Afghan, Eritrean, Sudanese, Iranian and Syrian)"),
            L("61%", 61, E, PCT, SH + "_albanian", YM + ")"),
            L("83%", 83, E, PCT, SH + "_vietnamese", YM + ")"),
            L("31,560", 31560, E, P, "small_boat_arrivals_main_applicants_claimed_asylum", YM + "; main applicants only)"),
            L("about 77%", 77, AP, PCT, "small_boat_arrivals_share_main_applicants_claimed_asylum", YM + "; of arrivals)"),
            L("45,770", 45770, E, P, SBA, "2022 (calendar year; Harbourline Institute report, 2023)"),
            L("just over half", 50, MT, PCT, "small_boat_arrivals_share_initial_decision_within_a_year", "2022 arrivals, a year later (Harbourline Institute report, 2023)"),
            L("2,460", 2460, E, P, "small_boat_arrivals_not_claimed_asylum", YM + ")"),
            L("roughly 6%", 6, AP, PCT, "small_boat_arrivals_share_not_claimed_asylum", YM + ")"),
            V("hundreds", 200, 900, P, "small_boat_arrivals_left_uk_without_claiming_asylum", "per year (leave the UK without ever claiming; Home Office belief)"),
            L("640", 640, E, P, "returns", YM + "; sent back under the pilot returns agreement signed in summer 2025)", geo=FR),
            L("about 37%", 37, AP, PCT, "asylum_applications_share_small_boat", YM + ")"),
            L("104,800", 104800, E, P, "asylum_applications", YM + "; dependants included)"),
            L("57%", 57, E, PCT, "small_boat_arrivals_share_granted_protection", "to March 2026 (claims decided; at the first decision)"),
            L("about 912,000", 912000, AP, P, "asylum_applications", "2025 (calendar year; EU Agency for Asylum)", geo=EU),
            L("9%", -9, E, PCT, "asylum_applications_change", "2025 vs 2024 (fewer than the year before; EU Agency for Asylum)", geo=EU),
        ]),
    "06-the-garnethill-gazette-glasgow-asylum-dispersal-costs": dict(
        meta=dict(url="https://www.garnethillgazette.example/news/glasgow/25660418.glasgow-refugee-homelessness-bill-hits-32-6m/",
                  title="Glasgow refugee homelessness bill hits £32.6m as city houses 86% of Scotland's asylum seekers",
                  publisher="The Garnethill Gazette", author="Euan Drummond-Achebe", published_date="2026-11-12"),
        labels=[
            L("£32.6m", 32.6e6, E, GBP, "council_refugee_homelessness_cost", "2025/26 (headline)", occ=0, geo=GL),
            L("86%", 86, E, PCT, "asylum_support_population_share_glasgow", "30 September 2026 (headline)", occ=0, geo=SCO),
            L("£18.9m", 18.9e6, E, GBP, "council_asylum_cost_shortfall", "2025/26 (standfirst)", occ=0, geo=GL),
            L("£32.6m", 32.6e6, E, GBP, "council_refugee_homelessness_cost", "2025/26 (last year; housing refugees made homeless; council report)", occ=1, geo=GL),
            L("£13.7m", 13.7e6, E, GBP, "council_refugee_homelessness_funding_received", "2025/26 (came back from government)", geo=GL),
            L("£18.9m", 18.9e6, E, GBP, "council_asylum_cost_shortfall", "2025/26 (found from its own budget; report to the city administration committee on Tuesday 10 November 2026)", occ=1, geo=GL),
            L("4,830", 4830, E, P, "asylum_support_population", S26 + ")", geo=GL),
            L("17%", 17, E, PCT, "asylum_support_population_change", "30 September 2026 vs 30 September 2025 (a year earlier)", geo=GL),
            L("86%", 86, E, PCT, "asylum_support_population_share_glasgow", S26 + ")", occ=1, geo=SCO),
            L("5,610", 5610, E, P, "asylum_support_population", S26 + ")", geo=SCO),
            L("one in every 130", 100 / 130, E, PCT, "asylum_support_population_share_of_residents", S26 + ")", geo=GL),
            L("780", 780, E, P, "asylum_support_population_outside_glasgow", S26 + "; other Scottish councils between them)", geo=SCO),
            L("more than trebled", 3, MT, RATIO, "asylum_support_population_outside_glasgow_ratio", "September 2026 vs 2023 (since 2023)", geo=SCO),
            L("3,410", 3410, E, APPS, "homelessness_applications_refugees", "2025/26 (people granted refugee status)", geo=GL),
            L("more than a third", THIRD, MT, PCT, "homelessness_presentations_share_refugees", "2025/26 (of all homelessness applications)", geo=GL),
            L("1,960", 1960, E, APPS, "homelessness_applications_refugees", "2023/24 (two years earlier)", geo=GL),
            L("7,230", 7230, E, HH, "temporary_accommodation_households", "November 2026 (now; council report)", geo=GL),
            L("1,480", 1480, E, HH, "refugee_households_temporary_accommodation", "November 2026 (now; council report)", geo=GL),
            L("about one in five", 20, AP, PCT, "temporary_accommodation_share_refugee_households", "November 2026 (now; council report)", geo=GL),
            L("56", 56, E, HOTELS, "council_hotels_and_bed_and_breakfasts_in_use", "November 2026 (to meet homelessness demand)", ctx="using 56 hotels", geo=GL),
            L("£104", 104, E, GBP, "council_temporary_accommodation_cost_per_night", "2026 (average cost a night in hotels and B&Bs)", geo=GL),
            L("£27.4m", 27.4e6, E, GBP, "council_homelessness_budget_overspend", "2026/27 (forecast; this year)", geo=GL),
            L("almost double", 2, ALM, RATIO, "council_homelessness_budget_overspend_ratio", "2026/27 forecast vs 2025/26", geo=GL),
            L("£14.1m", 14.1e6, E, GBP, "council_homelessness_budget_overspend", "2025/26 (last year's)", geo=GL),
            R("between £21m and £24m", 21e6, 24e6, GBP, "council_asylum_cost_shortfall", "2026/27 (the refugee shortfall alone; council officers)", geo=GL),
            L("£3,500", 3500, E, GBP, "council_asylum_grant_per_dispersal_bed", "2026 (paid by the Home Office for each dispersal bed; convener for housing and homelessness)", geo=GL),
            L("2,940", 2940, E, P, "charity_service_users", "2025 (last year; " + KWN + ")", geo=GL),
            L("a fifth", 20, E, PCT, "charity_service_users_change", "2025 vs 2024 (" + KWN + ")", geo=GL),
            L("about 60%", 60, AP, PCT, "charity_service_users_share_refugees_seeking_home", "2025 (newly recognised refugees looking for a home; " + KWN + ")", geo=GL),
            L("£4.5m", 4.5e6, E, GBP, "scottish_government_refugee_support_funding", "2026/27 (this year; Scottish Government spokesperson)", geo=GL),
            L("£768m", 768e6, E, GBP, "scottish_government_affordable_housing_investment", "2026/27 (Scottish Government spokesperson)", geo=SCO),
        ]),
    "07-the-beholder-emigration-brain-drain-column": dict(
        meta=dict(url="https://www.thebeholder.example/article/the-young-are-voting-with-their-passports/",
                  title="The young are voting with their passports",
                  publisher="The Beholder", author="Hugo Castlemaine-Obi", published_date="2026-06-13"),
        labels=[
            L("252,000", 252000, E, P, EB, "2025 (calendar year; Office for National Statistics)"),
            L("a fifth", 20, E, PCT, EB + "_change", "2025 vs 2024"),
            L("210,000", 210000, E, P, EB, "2024 (calendar year, revised)"),
            L("31,000", 31000, E, P, EB + "_revision", "2024 (revised up)"),
            L("143,000", 143000, E, P, "immigration_british", "2025 (Britons came home)"),
            L("109,000", -109000, E, P, "net_migration_british_nationals", "2025 (the net loss)"),
            L("Nearly two-thirds", 200 / 3, ALM, PCT, EB + "_share_aged_16_34", "2025 (of the leavers)"),
            L("£9,535", 9535, E, GBP, "university_tuition_fee_annual", "per year, 2025/26 (the fees lent to students)"),
            R("between 90,000 and 120,000", 90000, 120000, P, EB + "_graduates", "2025 (leavers who held degrees; one think-tank's reckoning)"),
            L("38 per cent", 38, E, PCT, PSC, "May 2026 (last month; 18- to 34-year-olds; poll for the Hatherley Foundation)"),
            L("almost double", 2, ALM, RATIO, PSC + "_ratio", "May 2026 vs 2019"),
            L("21 per cent", 21, E, PCT, PSC, "2019"),
            L("38,700", 38700, E, P, "working_holiday_visas_granted_britons", "2024/25 (July 2024 to June 2025, the Australian programme year)", geo="Australia"),
            L("a third", THIRD, E, PCT, "working_holiday_visas_granted_britons_change", "2024/25 vs 2023/24 (the year before)", ctx="a third more than", geo="Australia"),
            L("roughly 1.2m", 1.2e6, AP, P, "uk_born_population_abroad", "2026 (people born in Britain who already live there)", geo="Australia"),
            L("9,800", 9800, E, P, "canada_permanent_residents_british", "2025 (last year)", geo="Canada"),
            L("14 per cent", 14, E, PCT, "canada_permanent_residents_british_change", "2025 vs 2024", geo="Canada"),
            L("c. 600", 600, AP, P, "british_teachers_recruited_gulf", "per month, 2026 (sign contracts; Dubai's recruiters)", geo="Gulf"),
            L("Some 215,000", 215000, AP, P, "british_nationals_resident_abroad", "2026 (British passport-holders thought to be living there)", geo="United Arab Emirates"),
            L("97,400", 97400, E, P, "eu_first_residence_permits_uk_citizens", "2024 (Eurostat)", geo=EU),
            L("more than a third", THIRD, MT, PCT, "eu_first_residence_permits_uk_citizens_share_spain", "2024 (Eurostat)", geo=EU),
            L("16,500", 16500, E, P, "millionaires_emigrating", "2025 (a wealth consultancy's estimate)"),
            L("18 per cent", -18, E, PCT, "non_doms_change", "2024/25 vs 2023/24 (the last year before the regime was abolished; HMRC)"),
            L("28 per cent", 28, E, PCT, "income_tax_share_top_1pc_earners", "2026 (latest)"),
            L("176,000", 176000, E, P, NM, "2025 (calendar year; last year)"),
            L("about 4.7 million", 4.7e6, AP, P, "uk_born_population_abroad", "2026 (British-born people living abroad; United Nations)", geo="World"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
