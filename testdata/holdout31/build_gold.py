#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the thirty-first hand-labelled hold-out set (holdout31).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, EUR, PPB, HOTELS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT)

RET, IMM, EMI, APPS, BL = "returns", "immigration", "emigration", "asylum_applications", "asylum_backlog"
POP, PC, PG, NAT = "population", "population_change", "population_growth", "population_natural_change"
HOTELS_N, SUPPORT = "asylum_hotels_in_use", "asylum_support_population"
VS, VSD = "visas_granted_study", "visas_granted_study_dependants"
USD, DAYS, INCIDENTS = "other:USD", "other:days", "other:incidents"
HOMES = "other:homes"
FR, BE, EU, SCO, ENG = "France", "Belgium", "EU", "Scotland", "England"
HIGH, WI = "Highland", "Na h-Eileanan Siar"

# periods
Y25, Y24 = "2025", "2024"
PILOT01 = "18 September to 31 December 2025 (after the UK-France 'one in, one out' pilot began)"
ED25, ED24 = "end of December 2025", "end of December 2024"
HO_FEB = " (Home Office, published Thursday 26 February 2026)"
FY25, FY24 = "2024/25 financial year", "2023/24 financial year"
YTD03 = "1 January to 14 April 2026 (so far this year)"
PILOT03 = "18 September 2025 to 31 March 2026 (UK-France 'one in, one out' pilot)"
BE_PILOT = "12-month pilot from April 2026 (UK-Belgium agreement signed Wednesday 15 April 2026)"
MID25 = "year to mid-2025 (mid-2024 to mid-2025)"
NRS = " (NRS mid-year estimates, published Thursday 16 July 2026)"
YM26, YM25 = "year ending March 2026", "year ending March 2025"
EM26, EM25 = "end of March 2026", "end of March 2025"
T1 = " (Table 1)"
YJ26, YJ25, YJ23 = "year ending June 2026", "year ending June 2025", "year ending June 2023 (peak)"
ONS_MAY = " (ONS provisional, published Thursday 21 May 2026)"
HS = " (Home Secretary, Commons statement, Thursday 21 May 2026)"

ARTICLES = {
    "01-steward-long-read-year-on-the-channel": dict(
        meta=dict(url="https://www.thesteward.example/uk-news/2026/jan/10/six-thousand-in-a-single-month-a-year-of-small-boats-channel",
                  title="Six thousand in a single month: what a year of small boats tells us about the Channel",
                  publisher="The Steward", author="Rhiannon Achebe-Lindqvist", published_date="2026-01-10"),
        labels=[
            L("Six thousand", 6000, E, P, SBA, "a single month of 2025 (headline; August 6,080, September 6,480)"),
            L("nearly a fifth", 20, ALM, PCT, SBA + "_change", Y25 + " vs " + Y24 + " (standfirst)"),
            L("1,126", 1126, E, P, SBA, "a Friday in September 2025 (the busiest single day of 2025)"),
            L("43,790", 43790, E, P, SBA, Y25 + " (Home Office)"),
            L("19%", 19, E, PCT, SBA + "_change", Y25 + " vs " + Y24),
            L("36,816", 36816, E, P, SBA, Y24),
            L("45,774", 45774, E, P, SBA, "2022 (the only higher year)"),
            # the chart described in the text
            L("1,180", 1180, E, P, SBA, "January 2025 (chart)"),
            L("1,460", 1460, E, P, SBA, "February 2025 (chart)"),
            L("2,950", 2950, E, P, SBA, "March 2025 (chart)"),
            L("3,710", 3710, E, P, SBA, "April 2025 (chart)"),
            L("4,860", 4860, E, P, SBA, "May 2025 (chart)"),
            L("5,420", 5420, E, P, SBA, "June 2025 (chart)"),
            L("19,580", 19580, E, P, SBA, "January to June 2025 (first half; running total by midsummer)"),
            L("4,970", 4970, E, P, SBA, "July 2025 (chart)"),
            L("6,080", 6080, E, P, SBA, "August 2025 (chart)"),
            L("6,480", 6480, E, P, SBA, "September 2025 (chart; busiest month)"),
            L("3,880", 3880, E, P, SBA, "October 2025 (chart)"),
            L("2,060", 2060, E, P, SBA, "November 2025 (chart)"),
            L("740", 740, E, P, SBA, "December 2025 (chart)"),
            L("more than five times", 5, MT, RATIO, SBA + "_ratio", "September 2025 vs January 2025"),
            L("796", 796, E, BOATS, SBC, Y25),
            L("55", 55, E, PPB, "small_boat_occupancy", Y25 + " (average per boat)"),
            L("151", 151, E, DAYS, "small_boat_days_no_arrivals", Y25 + " (days on which nobody crossed)"),
            L("about 60", 60, AP, PPB, "small_boat_occupancy", "one dinghy leaving the beach, September 2025 (caption)", geo="Gravelines"),
            L("about one in six", SIXTH, AP, PCT, "small_boat_arrivals_share_eritrean", Y25),
            L("Roughly three in four", 75, AP, PCT, "small_boat_arrivals_share_adult_men", Y25),
            R("between €1,500 and €2,500", 1500, 2500, EUR, "smuggler_fee", "per seat, 2025 (prosecutors in Boulogne)", geo=FR),
            L("At least 78", 78, AL, P, "small_boat_deaths", Y25 + " (UN migration agency)"),
            L("around 800", 800, AP, P, "charity_service_users", "per night, November 2025 (one food distribution site near the canal; charity volunteer coordinator)", geo="Calais"),
            L("around 19,000", 19000, AP, P, "small_boat_launch_attempts_stopped_people", Y25 + " (last year; French interior ministry)", geo=FR),
            L("doubled", 2, E, RATIO, "french_coastal_police_deployed_ratio", "since 2023, to January 2026 (officers on the beaches)", geo=FR),
            L("326", 326, E, P, RET, PILOT01 + " (returned by the end of December)", geo=FR),
            L("roughly one in 29", 100 / 29, AP, PCT, "returns_share_of_small_boat_arrivals", PILOT01, geo=FR),
            L("about 9,400", 9400, AP, P, SBA, PILOT01),
            L("more than 35,000", 35000, MT, P, RET, "year ending September 2025 (the 12 months to September; Home Office spokesperson)"),
            L("212", 212, E, P, SBA, "1 to 9 January 2026 (first nine days of this year)"),
        ]),
    "02-daily-tannoy-asylum-hotels-cost-a-day": dict(
        meta=dict(url="https://www.dailytannoy.example/news/politics/asylum-hotels-costing-taxpayers-almost-45million-34102877",
                  title="Asylum hotels costing taxpayers almost £4.5million a DAY as 29,480 still housed in them",
                  publisher="Daily Tannoy", author="Kayleigh Drummond-Achterberg", published_date="2026-03-09"),
        labels=[
            L("almost £4.5million", 4.5e6, ALM, GBP, AC, "per day (hotels, at " + ED25 + " numbers; headline)", occ=0),
            L("29,480", 29480, E, P, HOT, ED25 + " (headline)", occ=0),
            L("£152", 152, E, GBP, AC, "per night (a hotel place; standfirst)", occ=0),
            L("more than four times", 4, MT, RATIO, AC + "_ratio", "a week in an asylum hotel vs a week of the full new state pension (standfirst)", occ=0),
            L("almost £4.5million", 4.5e6, ALM, GBP, AC, "per day (hotels, at " + ED25 + " numbers)", occ=1),
            L("29,480", 29480, E, P, HOT, ED25 + HO_FEB, occ=1),
            L("171", 171, E, HOTELS, HOTELS_N, ED25),
            L("£152", 152, E, GBP, AC, "per night (contractors' average charge for a hotel place; documents seen by the Tannoy)", occ=1),
            L("£15", 15, E, GBP, AC, "per night (a bed in a shared house)"),
            L("more than £1.6billion", 1.6e9, MT, GBP, AC, "per year (hotels, at " + ED25 + " numbers)"),
            L("£55,480", 55480, E, GBP, AC, "per year, per person put up in a hotel"),
            L("£230.25", 230.25, E, GBP, "state_pension_full_new_weekly", "per week (full new state pension, 2025/26)"),
            L("more than four times", 4, MT, RATIO, AC + "_ratio", "a week in an asylum hotel vs a week of the full new state pension", occ=1),
            L("about £57", 57, AP, GBP, AC, "per household per year (the hotel bill spread across every household in Britain)"),
            L("more than a fifth", -20, MT, PCT, HOT + "_change", ED25 + " vs " + ED24),
            L("38,079", 38079, E, P, HOT, ED24),
            L("212", 212, E, P, HOT, "March 2026 (men living in the Grange Park Hotel)", geo="Marlbrook"),
            L("3.4k", 3400, E, P, "petition_signatures", "March 2026 (petition calling for the Grange Park Hotel to close)", geo="Marlbrook"),
            L("46", 46, E, INCIDENTS, "police_callouts_asylum_hotel", Y25 + " (last year; Grange Park Hotel; freedom of information)", geo="Marlbrook"),
            L("£152", 152, E, GBP, AC, "per night (a hotel place; district council leader)", occ=2),
            L("Over 29,000", 29000, MT, P, HOT, ED25 + " (taxpayers' campaign group chief executive)"),
            L("£4.8billion", 4.8e9, E, GBP, AC, FY25),
            L("£5.4billion", 5.4e9, E, GBP, AC, FY24 + " (the year before)"),
            L("Roughly 40p in every pound", 40, AP, PCT, "asylum_cost_share_hotels", FY25 + " (share of asylum accommodation spending that went on hotels)"),
            L("nearly 69,000", 69000, ALM, P, BL, ED25 + " (waiting for a first ruling; refugee charity)"),
            L("£4,600 or so", 4600, AP, GBP, AC, "per month, per person waiting in a hotel (refugee charity director)"),
            L("more than 220", 220, MT, HOTELS, "asylum_hotels_closed", "since the peak (2023) to March 2026 (Home Office spokesperson)"),
            L("£1billion", 1e9, E, GBP, "asylum_cost_saving", "per year (accommodation; Home Office spokesperson)"),
        ]),
    "03-capstan-wire-uk-belgium-returns-deal": dict(
        meta=dict(url="https://www.capstanwire.example/world/europe/britain-belgium-sign-migrant-returns-deal-channel-crossings-climb-2026-04-15/",
                  title="Britain, Belgium sign migrant returns deal as Channel crossings climb",
                  publisher="Capstan Wire", author="Tobias Wrenfield-Okafor and Anneke Vercauteren-Dahl", published_date="2026-04-15"),
        labels=[
            L("up to 40", 40, AM, P, "returns_belgium_weekly_cap", "per week, " + BE_PILOT, geo=BE),
            L("30 million euros", 30e6, E, EUR, "uk_funding_to_belgium", "three years from April 2026 (police patrols on the Belgian coast and motorways)", geo=BE),
            L("$34 million", 34e6, E, USD, "uk_funding_to_belgium", "three years from April 2026 (dollar equivalent of the 30 million euros)", geo=BE),
            L("100", 100, E, P, "returns_belgium_weekly_cap", "per week, hoped-for ceiling after the pilot's first six months (British government source)", geo=BE),
            L("Some 43,790", 43790, AP, P, SBA, Y25 + " (British government data)"),
            L("6,240", 6240, E, P, SBA, YTD03),
            L("roughly one in 12", 100 / 12, AP, PCT, "small_boat_arrivals_share_via_belgium", Y25 + " (last year; British officials' estimate)"),
            L("more than 1,100", 1100, MT, P, "small_boat_launch_attempts_stopped_people", Y25 + " (intercepted on or near the coast; Belgian interior ministry)", geo=BE),
            L("846", 846, E, P, RET, PILOT03 + " (by the end of March; Home Office)", geo=FR),
            L("790", 790, E, P, "uk_france_legal_route_arrivals", PILOT03 + " (by the end of March; Home Office)"),
            L("about 6%", 6, AP, PCT, "returns_share_of_small_boat_arrivals", PILOT03 + " (migration researcher at a London university)", geo=FR),
            L("about 37,500", 37500, AP, P, APPS, Y25 + " (last year; EU asylum agency)", geo=BE),
            L("roughly 7%", -7, AP, PCT, APPS + "_change", Y25 + " vs " + Y24 + " (EU asylum agency)", geo=BE),
            L("about 840,000", 840000, AP, P, APPS, Y25 + " (EU member states plus Norway and Switzerland; EU asylum agency)", geo=EU),
        ]),
    "04-north-star-journal-highlands-islands-population": dict(
        meta=dict(url="https://www.northstarjournal.example/news/highlands-islands/5912046/highlands-population-migration-western-isles-nrs-figures/",
                  title="Newcomers keep the Highlands growing as the Western Isles shrink again",
                  publisher="The North Star Journal", author="Eilidh Strachan-Okoro", published_date="2026-07-17"),
        labels=[
            L("880", -880, E, P, NAT, MID25 + " (last year; deaths outnumbered births; standfirst)", occ=0, geo=HIGH),
            L("more than 2,400", 2400, MT, P, NM, MID25 + " (new arrivals, net; standfirst)", geo=HIGH),
            L("1,530", 1530, E, P, PG, MID25, geo=HIGH),
            L("880", -880, E, P, NAT, MID25 + " (deaths outstripped births)", occ=1, geo=HIGH),
            L("238,900", 238900, E, P, POP, "mid-2025" + NRS, geo=HIGH),
            L("0.6%", 0.6, E, PCT, PC, MID25 + " (in 12 months)", geo=HIGH),
            L("2,410", 2410, E, P, NM, MID25, geo=HIGH),
            L("1,290", 1290, E, P, "net_migration_rest_of_uk", MID25 + " (from elsewhere in the UK)", geo=HIGH),
            L("1,120", 1120, E, P, "net_migration_overseas", MID25 + " (from overseas)", geo=HIGH),
            L("1,870", 1870, E, P, "births", MID25, geo=HIGH),
            L("2,750", 2750, E, P, "deaths", MID25, geo=HIGH),
            L("130", -130, E, P, PG, MID25 + " (population fell by 130)", geo=WI),
            L("25,980", 25980, E, P, POP, "mid-2025", geo=WI),
            L("0.5%", -0.5, E, PCT, PC, MID25 + " (a drop)", geo=WI),
            L("0.3%", 0.3, E, PCT, PC, MID25, geo="Orkney"),
            L("22,190", 22190, E, P, POP, "mid-2025", geo="Orkney"),
            L("0.2%", -0.2, E, PCT, PC, MID25 + " (slipped)", geo="Shetland"),
            L("22,860", 22860, E, P, POP, "mid-2025", geo="Shetland"),
            L("0.1%", -0.1, E, PCT, PC, MID25 + " (edged down)", geo="Argyll and Bute"),
            L("85,700", 85700, E, P, POP, "mid-2025", geo="Argyll and Bute"),
            L("27,400", 27400, E, P, PG, MID25, geo=SCO),
            L("5,574,300", 5574300, E, P, POP, "mid-2025" + NRS, geo=SCO),
            L("16,900", -16900, E, P, NAT, MID25 + " (deaths exceeded births; NRS)", geo=SCO),
            L("44,300", 44300, E, P, NM, MID25 + " (NRS)", geo=SCO),
            L("0.9%", 0.9, E, PCT, PC, MID25 + " (the same period; ONS)", geo="England and Wales"),
            L("More than a quarter", 25, MT, PCT, "population_share_aged_65_and_over", "mid-2025 (65 or older)", geo=WI),
            L("about one in five", 20, AP, PCT, "population_share_aged_65_and_over", "mid-2025 (65 or older)", geo=SCO),
            L("roughly 1.2m", 1.2e6, AP, P, "population_aged_65_and_over", "mid-2025 (65 or older)", geo=SCO),
            L("around 11%", -11, AP, PCT, PC, "mid-2025 to 2043 (NRS projections, if current trends continue)", geo=WI),
            L("seven", 7, E, P, "primary_school_pupils", "July 2026 (one primary school in the southern isles; council leader)", geo="Uist"),
            L("about 1,300", 1300, AP, P, "nhs_overseas_recruits", "since 2022 to July 2026 (nurses, care workers and other staff from abroad; NHS Highland)", geo=HIGH),
            L("More than 1,000", 1000, MT, P, "immigration_ukraine", "since the war began (2022) to July 2026 (settled in the Highlands)", geo=HIGH),
            L("24,000", 24000, E, HOMES, "housing_need", "over the next decade, from 2026 (Highland Council estimate)", geo=HIGH),
            L("around 8%", 8, AP, PCT, "population_share_scotland_of_uk", "now (Scottish Government migration minister)"),
            L("about 5%", 5, AP, PCT, "visas_granted_skilled_worker_share_scotland", "now (Scotland's share of UK Skilled Worker visas; Scottish Government migration minister)"),
        ]),
    "05-border-statistics-quarterly-summary-year-ending-march-2026": dict(
        meta=dict(url="https://www.gov.uk.example/government/statistics/quarterly-immigration-statistics-year-ending-march-2026/summary-of-main-findings",
                  title="Quarterly immigration statistics: year ending March 2026 - summary of main findings",
                  publisher="Border Statistics Division (GOV.UK)", author=None, published_date="2026-05-21",
                  license="Open Government Licence v3.0"),
        labels=[
            # main findings
            L("752,300", 752300, E, P, "visas_granted", YM26 + " (excluding visitor visas; main findings)", occ=0),
            L("14%", -14, E, PCT, "visas_granted_change", YM26 + " vs " + YM25 + " (excluding visitor visas)", ctx="down 14% on the previous year"),
            L("42,680", 42680, E, P, SBA, YM26 + " (main findings)", occ=0),
            L("15%", 15, E, PCT, SBA + "_change", YM26 + " vs " + YM25),
            L("104,300", 104300, E, P, APPS, YM26 + " (main findings)", occ=0),
            L("5%", -5, E, PCT, APPS + "_change", YM26 + " vs " + YM25),
            L("62,400", 62400, E, P, BL, EM26 + " (awaiting an initial decision; main findings)", occ=0),
            L("a third", -THIRD, E, PCT, BL + "_change", EM26 + " vs " + EM25),
            # Table 1
            L("874,800", 874800, E, P, "visas_granted", YM25 + " (excluding visitors)" + T1),
            L("752,300", 752300, E, P, "visas_granted", YM26 + " (excluding visitors)" + T1, occ=1),
            L("36,971", 36971, E, P, SBA, YM25 + T1),
            L("42,680", 42680, E, P, SBA, YM26 + T1, occ=1),
            L("109,340", 109340, E, P, APPS, YM25 + " (main applicants and dependants)" + T1),
            L("104,300", 104300, E, P, APPS, YM26 + " (main applicants and dependants)" + T1, occ=1),
            L("47%", 47, E, PCT, "asylum_grants_share_initial_decisions", YM25 + " (grant rate at initial decision)" + T1),
            L("41%", 41, E, PCT, "asylum_grants_share_initial_decisions", YM26 + " (grant rate at initial decision)" + T1, occ=0),
            L("92,600", 92600, E, P, BL, EM25 + T1),
            L("62,400", 62400, E, P, BL, EM26 + T1, occ=1),
            L("32,345", 32345, E, P, HOT, EM25 + T1),
            L("27,950", 27950, E, P, HOT, EM26 + T1, occ=0),
            L("32,330", 32330, E, P, RET, YM25 + T1),
            L("36,210", 36210, E, P, RET, YM26 + T1, occ=0),
            # 1. Visas
            L("35%", -35, E, PCT, "visas_granted_work_change", YM26 + " vs " + YM25 + " (main applicants and dependants)"),
            L("178,400", 178400, E, P, "visas_granted_work", YM26 + " (main applicants and dependants)"),
            L("8,950", 8950, E, P, "visas_granted_health_care_worker", YM26 + " (main applicants)"),
            L("73%", -73, E, PCT, "visas_granted_health_care_worker_change", YM26 + " vs " + YM25 + " (main applicants)"),
            L("401,300", 401300, E, P, VS, YM26 + " (sponsored study, main applicants)"),
            L("3%", 3, E, PCT, VS + "_change", YM26 + " vs " + YM25),
            L("17,400", 17400, E, P, VSD, YM26),
            # 2. Small boats
            L("42,680", 42680, E, P, SBA, YM26, occ=2),
            L("770", 770, E, BOATS, SBC, YM26),
            L("55", 55, E, PPB, "small_boat_occupancy", YM26 + " (average per boat)"),
            L("846", 846, E, P, RET, "18 September 2025 (UK-France agreement in force) to " + EM26, geo=FR),
            # 3. Asylum
            L("104,300", 104300, E, P, APPS, YM26 + " (main applicants and dependants)", occ=2),
            L("118,600", 118600, E, P, "asylum_initial_decisions", YM26),
            L("41%", 41, E, PCT, "asylum_grants_share_initial_decisions", YM26, occ=1),
            L("106,800", 106800, E, P, SUPPORT, EM26),
            L("27,950", 27950, E, P, HOT, EM26, occ=1),
            L("26%", 26, E, PCT, "asylum_support_share_hotels", EM26),
            L("4,910", 4910, E, P, SUPPORT, EM26, geo=SCO),
            L("2,980", 2980, E, P, SUPPORT, EM26, geo="Wales"),
            L("2,790", 2790, E, P, SUPPORT, EM26, geo="Northern Ireland"),
            # 4. Returns
            L("36,210", 36210, E, P, RET, YM26, occ=1),
            L("12%", 12, E, PCT, "returns_change", YM26 + " vs " + YM25),
            L("10,460", 10460, E, P, RET, YM26 + " (enforced returns)"),
            L("21,980", 21980, E, P, RET, YM26 + " (voluntary returns)"),
            L("3,770", 3770, E, P, RET, YM26 + " (port returns)"),
        ]),
    "06-compass-point-briefing-student-visas-dependants": dict(
        meta=dict(url="https://www.compasspointmigration.example/resources/briefings/international-students-and-their-dependants/",
                  title="International students and their dependants: what has changed since the 2024 restrictions?",
                  publisher="Compass Point Migration Centre, University of Easterbrook", author="Saoirse Valdés-Whitlock",
                  published_date="2026-09-22", license="CC BY 4.0"),
        labels=[
            L("398,600", 398600, E, P, VS, YJ26 + " (the 12 months to June 2026; sponsored study, main applicants)"),
            L("3%", -3, E, PCT, VS + "_change", YJ26 + " vs " + YJ25),
            L("about a fifth", -20, AP, PCT, VS + "_change", YJ26 + " vs " + YJ23),
            L("almost 500,000", 500000, ALM, P, VS, YJ23 + " (main applicants)"),
            L("16,900", 16900, E, P, VSD, YJ26),
            L("89%", -89, E, PCT, VSD + "_change", YJ26 + " vs " + YJ23),
            L("152,900", 152900, E, P, VSD, YJ23),
            L("almost half", 50, ALM, PCT, "visas_granted_study_share_china_india", YJ26 + " (Indian and Chinese nationals together)"),
            L("about 30%", 30, AP, PCT, "immigration_share_study_non_eu", Y25 + " (non-EU students' share of long-term immigration)"),
            L("about 31", 31, AP, PCT, "visas_granted_study_dependants_share_of_main_applicants", "before the January 2024 restrictions, " + YJ23 + " (dependants per 100 student main applicants)"),
            L("fewer than five", 5, LT, PCT, "visas_granted_study_dependants_share_of_main_applicants", YJ26 + " (the latest year; dependants per 100 student main applicants)"),
            L("98,400", 98400, E, P, "visas_granted_study_india", YJ26),
            L("12%", -12, E, PCT, "visas_granted_study_india_change", YJ26 + " vs " + YJ25),
            L("92,700", 92700, E, P, "visas_granted_study_china", YJ26),
            L("6,100", 6100, E, P, "visas_granted_study_nigeria", YJ26),
            L("86%", -86, E, PCT, "visas_granted_study_nigeria_change", YJ26 + " vs " + YJ23),
            L("About two-thirds", 200 / 3, AP, PCT, "visas_granted_study_share_postgraduate", "now, " + YJ26),
            L("118,300", 118300, E, P, "visas_granted_graduate", YJ26 + " (main applicants)"),
            L("246,000", 246000, E, P, "immigration_study_non_eu", Y25 + " (ONS estimate)"),
            L("812,000", 812000, E, P, IMM, Y25 + " (total long-term immigration; ONS estimate)"),
            L("151,000", 151000, E, P, "emigration_former_study_visa_non_eu", Y25 + " (an estimated; the same year)"),
            L("about £12bn", 12e9, AP, GBP, "international_student_fee_income", "2024/25 academic year (tuition fees paid by international students)"),
            L("more than two in five", 40, MT, PCT, "universities_share_in_deficit", "2025/26 (English higher education providers expecting a deficit; Office for Students)", geo=ENG),
            L("£925", 925, E, GBP, "international_student_levy", "per international student per year, from 2028 (planned)"),
            L("around £460m", 460e6, AP, GBP, "international_student_levy_revenue", "per year, from 2028 (government's expectation)"),
        ]),
    "07-kingsgate-times-live-net-migration-commons-statement": dict(
        meta=dict(url="https://www.kingsgatetimes.example/article/net-migration-figures-home-secretary-commons-statement-live-2026-05-21",
                  title="Net migration almost halves to 183,000: Home Secretary makes Commons statement - live",
                  publisher="The Kingsgate Times", author="Harriet Quansah-Bellingham", published_date="2026-05-21"),
        labels=[
            L("almost halves", -50, ALM, PCT, NM + "_change", Y25 + " vs " + Y24 + " (headline)"),
            L("183,000", 183000, E, P, NM, Y25 + " (headline)", occ=0),
            # key points
            L("183,000", 183000, E, P, NM, Y25 + " (key points)", occ=1),
            L("352,000", 352000, E, P, NM, Y24 + " (the year before, revised; key points)", occ=0),
            L("812,000", 812000, E, P, IMM, Y25 + " (key points)", occ=0),
            L("629,000", 629000, E, P, EMI, Y25 + " (key points)", occ=0),
            L("15%", 15, E, PCT, SBA + "_change", YM26 + " vs " + YM25 + " (in a year; shadow home secretary; key points)", occ=0),
            # 1.31pm
            L("240,000", 240000, E, P, "net_migration_forecast", Y25 + " (OBR March 2026 forecast)"),
            L("100,000", 100000, E, P, "obr_net_migration_assumption_shortfall", "per year (fewer working-age migrants; OBR rule of thumb)"),
            L("about £4bn", 4e9, AP, GBP, "public_finances_effect_lower_migration", "by 2030-31 (added borrowing per 100,000 fewer working-age migrants a year; OBR rule of thumb)"),
            # 1.10pm
            L("8,950", 8950, E, P, "visas_granted_health_care_worker", YM26 + " (the year to March; care visas to lead applicants; Liberal Democrat home affairs spokesperson)"),
            L("73%", -73, E, PCT, "visas_granted_health_care_worker_change", YM26 + " vs " + YM25 + " (Liberal Democrat home affairs spokesperson)"),
            # 12.58pm
            L("more than 15,000", -15000, MT, P, NAT, Y25 + " (last year; deaths outnumbered births; SNP Westminster leader)", geo=SCO),
            # 12.44pm
            L("15%", 15, E, PCT, SBA + "_change", YM26 + " vs " + YM25 + " (in a year; shadow home secretary)", occ=1),
            L("42,680", 42680, E, P, SBA, YM26 + " (the twelve months to March; shadow home secretary)"),
            L("Nearly 10,000", 10000, ALM, P, SBA, "1 January to 20 May 2026 (already this year; shadow home secretary)"),
            # 12.31pm
            L("four-fifths", -80, E, PCT, NM + "_change", Y25 + " vs peak (year ending June 2023)" + HS),
            L("19", 19, E, HOTELS, "asylum_hotels_closed", "since January 2026, to 21 May 2026" + HS),
            L("14%", -14, E, PCT, HOT + "_change", EM26 + " vs " + EM25 + " (on a year earlier)" + HS, ctx="down 14% on a year earlier"),
            L("27,950", 27950, E, P, HOT, EM26 + HS),
            L("12%", 12, E, PCT, "returns_change", YM26 + " vs " + YM25 + HS),
            L("more than 36,000", 36000, MT, P, RET, YM26 + HS),
            L("more than 1,000", 1000, MT, P, RET, "18 September 2025 to May 2026 (sent back to France)" + HS, geo=FR),
            L("£715m", 715e6, E, GBP, "rwanda_scheme_cost", "life of the scheme (April 2022 to July 2024; the last government)" + HS),
            L("four", 4, E, P, "rwanda_relocations", "life of the scheme (April 2022 to July 2024; volunteers relocated)" + HS, ctx="flew out four volunteers"),
            # 11.40am
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "the Conservatives' old target (per year)"),
            # 11.02am
            L("about 14,000", 14000, AP, P, "net_migration_international", "per year, average since 2021 (Plaid Cymru home affairs spokesperson)", geo="Wales"),
            # 9.52am
            L("more than a third", -THIRD, MT, PCT, "immigration_work_non_eu_change", Y25 + " vs " + Y24 + ONS_MAY),
            L("188,000", 188000, E, P, "immigration_work_non_eu", Y25 + ONS_MAY),
            L("58%", -58, E, PCT, "immigration_work_dependants_non_eu_change", Y25 + " vs " + Y24 + ONS_MAY),
            L("79,000", -79000, E, P, NM + "_revision", Y24 + " (revision against the first estimate, published May 2025)"),
            L("431,000", 431000, E, P, NM, Y24 + " (first estimate, published May 2025)"),
            # 9.40am
            L("14%", -14, E, PCT, IMM + "_change", Y25 + " vs " + Y24 + ONS_MAY, ctx="Immigration fell 14%"),
            L("941,000", 941000, E, P, IMM, Y24 + ONS_MAY),
            L("812,000", 812000, E, P, IMM, Y25 + ONS_MAY, occ=1),
            L("7%", 7, E, PCT, EMI + "_change", Y25 + " vs " + Y24 + ONS_MAY),
            L("589,000", 589000, E, P, EMI, Y24 + ONS_MAY),
            L("629,000", 629000, E, P, EMI, Y25 + " (highest since the series began in 2012)" + ONS_MAY, occ=1),
            # 9.31am
            L("183,000", 183000, E, P, NM, Y25 + " (entry heading)", occ=2),
            L("183,000", 183000, E, P, NM, Y25 + ONS_MAY, occ=3),
            L("352,000", 352000, E, P, NM, Y24 + " (revised)" + ONS_MAY, occ=1),
            L("almost halved", -50, ALM, PCT, NM + "_change", Y25 + " vs " + Y24 + " (in a year)"),
            L("about a fifth", 0.2, AP, RATIO, NM + "_ratio", Y25 + " vs peak (year ending June 2023)"),
            L("906,000", 906000, E, P, NM, "year ending June 2023 (peak)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
