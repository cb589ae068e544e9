#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the third hand-labelled hold-out set (holdout3).

Labels are written by hand below; only the character offsets are computed here. A label is located by
its quote (which must then occur exactly once as a whole token), or by `ctx` (a longer string that
contains the quote and occurs once), and/or by `occ` (0-based index among the quote's occurrences).
Offsets are Unicode code points (Python str indices).

    python3 build_gold.py && python3 check.py
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
P, GBP, PCT, YEARS = "persons", "GBP", "percent", "years"
BOATS, EUR, PPB, RATIO = "other:boats", "other:EUR", "other:persons_per_boat", "other:ratio"
HOTELS, MONTHS = "other:hotels", "other:months"
THIRD, SIXTH = 100 / 3, 100 / 6


def L(quote, value, qualifier, unit, measure, period, ctx=None, occ=None, lo=None, hi=None, geo="UK"):
    return dict(quote=quote, value=value, qualifier=qualifier, unit=unit, measure=measure, period=period,
                ctx=ctx, occ=occ, lo=lo, hi=hi, geo=geo)


def V(quote, lo, hi, unit, measure, period, **kw):          # vague
    return L(quote, None, "vague", unit, measure, period, lo=lo, hi=hi, **kw)


def R(quote, lo, hi, unit, measure, period, **kw):          # range
    return L(quote, None, "range", unit, measure, period, lo=lo, hi=hi, **kw)


E, AP, MT, AL, LT, AM, ALM = "exact", "approximately", "more_than", "at_least", "less_than", "at_most", "almost"
SBA, SBC, NM, AC = "small_boat_arrivals", "small_boat_count", "net_migration", "asylum_cost"
HOT = "asylum_hotel_population"
PTR, RSC, RSP = "payment_to_rwanda", "rwanda_scheme_cost", "rwanda_scheme_planned_cost"

ARTICLES = {
    "01-albion-explainer-small-boats-2026": dict(
        meta=dict(url="https://albionnews.example/news/uk-70412283",
                  title="Small boats: How many migrants have crossed the Channel so far in 2026?",
                  publisher="Albion News", author="Rhys Okonkwo", published_date="2026-04-08"),
        labels=[
            L("more than 600", 600, MT, P, SBA, "Easter Monday, 6 April 2026, at Dover (image caption)"),
            L("more than 8,000", 8000, MT, P, SBA, "2026 so far (since 1 January, to 7 April 2026)"),
            L("8,214", 8214, E, P, SBA, "2026 to 7 April"),
            L("31%", 31, E, PCT, "small_boat_arrivals_change", "2026 to 7 April vs same point in 2025"),
            L("6,270", 6270, E, P, SBA, "2025 to 7 April"),
            L("41,472", 41472, E, P, SBA, "2025"),
            L("13%", 13, E, PCT, "small_boat_arrivals_change", "2025 vs 2024"),
            L("36,816", 36816, E, P, SBA, "2024"),
            L("45,774", 45774, E, P, SBA, "2022 (record year)", occ=0),
            L("299", 299, E, P, SBA, "2018, first year of records (chart caption)"),
            L("45,774", 45774, E, P, SBA, "2022 (peak, chart caption)", occ=1),
            L("70 or more", 70, AL, PPB, "small_boat_occupancy", "2026, routinely per dinghy (image caption)"),
            L("61", 61, E, PPB, "small_boat_occupancy", "2025 (average per boat)"),
            L("about 13", 13, AP, PPB, "small_boat_occupancy", "2020 (average per boat)"),
            L("Roughly 680", 680, AP, BOATS, SBC, "2025"),
            L("84%", 84, E, PCT, "small_boat_share_of_irregular_arrivals", "2025"),
            L("5,920", 5920, E, P, SBA, "2025 (Eritrean nationals)"),
            L("Some 3,400", 3400, AP, P, SBA, "2025 (unaccompanied children)"),
            L("at least 78", 78, AL, P, "small_boat_deaths", "2025 (International Organization for Migration)"),
            L("281", 281, E, P, "returns", "to end of March 2026, to France under UK-France 'one in, one out' pilot"),
            L("£476m", 4.76e8, E, GBP, "uk_france_funding", "over three years (to France for beach patrols)"),
            L("400-plus", 400, MT, P, "smuggling_arrests", "since July 2024 (National Crime Agency)"),
            L("more than 22,000", 22000, MT, P, SBA, "June to September 2025"),
        ]),
    "02-wessex-pa-asylum-support-bill-2025": dict(
        meta=dict(url="https://wessexgazette.example/news/national/asylum-support-bill-falls-hotels-5-8m-a-day",
                  title="Asylum support bill falls to £4.76bn but hotels still cost £5.8m a day",
                  publisher="The Wessex Gazette", author="Daniel Frampton, PA", published_date="2025-07-16"),
        labels=[
            L("£4.76bn", 4.76e9, E, GBP, AC, "2024-25 financial year (headline)"),
            L("£5.8m", 5.8e6, E, GBP, AC, "per day (hotels), 2024-25 (headline)"),
            L("more than half a billion pounds", -5e8, MT, GBP, "asylum_cost_change", "2024-25 vs 2023-24"),
            L("around £5.8 million", 5.8e6, AP, GBP, AC, "per day (hotels), 2024-25"),
            L("£4.76 billion", 4.76e9, E, GBP, AC, "2024-25 financial year (asylum support)"),
            L("£5.38 billion", 5.38e9, E, GBP, AC, "2023-24 financial year (record)"),
            L("12%", -12, E, PCT, "asylum_cost_change", "2024-25 vs 2023-24"),
            L("£2.1 billion", 2.1e9, E, GBP, AC, "2024-25 financial year (hotels)"),
            L("32,345", 32345, E, P, HOT, "end of March 2025"),
            L("38,079", 38079, E, P, HOT, "end of March 2024"),
            L("around 220", 220, AP, HOTELS, "asylum_hotels_in_use", "end of March 2025"),
            L("£158", 158, E, GBP, AC, "per person per night (hotel), 2024-25"),
            L("£17", 17, E, GBP, AC, "per person per night (other accommodation), 2024-25"),
            L("£4.5 billion", 4.5e9, E, GBP, AC, "asylum accommodation contracts from 2019, original estimate (ten-year total)"),
            L("£15.3 billion", 15.3e9, E, GBP, AC, "asylum accommodation contracts from 2019, NAO estimate (ten-year total)"),
            L("more than 35,000", 35000, MT, P, HOT, "July 2024, when government took office (quoted spokesperson)"),
            L("close to £9 million", 9e6, ALM, GBP, AC, "per day (hotels), July 2024 (quoted spokesperson)"),
            L("90,686", 90686, E, P, "asylum_backlog", "end of March 2025 (awaiting initial decision)"),
            L("24%", -24, E, PCT, "asylum_backlog_change", "end of March 2025 vs end of March 2024"),
            V("billions of pounds", 2e9, 9e9, GBP, AC, "per year (hotels), 2025 (quoted shadow minister)"),
            L("a fifth", 20, E, PCT, "small_boat_arrivals_change", "2025 so far vs 2024 (quoted shadow minister)", ctx="up by a fifth"),
            L("ten times", 10, E, RATIO, "asylum_cost_ratio", "hotel night vs ordinary rented home (quoted PAC chair)"),
            L("almost 109,000", 109000, ALM, P, "asylum_applications", "year ending March 2025 (people)"),
            L("17%", 17, E, PCT, "asylum_applications_change", "year ending March 2025 vs previous 12 months"),
            L("more than 10,000", 10000, MT, P, "refugees_homeless_after_leaving_asylum_support", "recent (Refugee Welcome Trust)"),
        ]),
    "03-verity-factcheck-rwanda-savings-2024": dict(
        meta=dict(url="https://verity.example/fact-check/rwanda-scheme-750m-saving",
                  title="Did scrapping the Rwanda scheme really save £750m?",
                  publisher="Verity", author="Leah Marchetti", published_date="2024-09-18"),
        labels=[
            L("£750m", 7.5e8, E, GBP, RSC, "future spending avoided by cancelling the scheme (headline)", occ=0),
            L("£750m", 7.5e8, E, GBP, RSC, "future spending avoided by cancelling the scheme (claim)", occ=1),
            L("£750m", 7.5e8, E, GBP, RSC, "future spending avoided, next few years (verdict)", occ=2),
            L("around £715m", 7.15e8, AP, GBP, RSC, "total spent before cancellation, April 2022 to July 2024 (verdict)", occ=0),
            L("£750m", 7.5e8, E, GBP, RSC, "future spending avoided (quoted minister)", occ=3),
            L("three-quarters of a billion pounds", 7.5e8, E, GBP, RSC, "future spending avoided (Labour MPs on social media)"),
            L("£290m", 2.9e8, E, GBP, PTR, "total paid to Rwanda under MEDP (to July 2024)"),
            L("£50m", 5e7, E, GBP, PTR, "per year, due in each of the following two financial years"),
            L("£120m", 1.2e8, E, GBP, PTR, "due once 300 people relocated (NAO)"),
            L("£151,000 or so", 151000, AP, GBP, PTR, "per person relocated (NAO)"),
            L("around £715m", 7.15e8, AP, GBP, RSC, "total spent, April 2022 to July 2024 (Home Office statement)", occ=1),
            L("four", 4, E, P, "rwanda_relocations", "total, all under voluntary scheme", ctx="Only four people"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "per person relocated voluntarily"),
            L("almost £179m", 1.79e8, ALM, GBP, RSC, "per person relocated"),
            L("£750m", 7.5e8, E, GBP, RSC, "future spending avoided (Home Office breakdown)", occ=4),
            L("£220m", 2.2e8, E, GBP, PTR, "future payments to Rwanda no longer made (part of £750m)"),
            L("about £270m", 2.7e8, AP, GBP, RSC, "charter flights no longer needed (part of £750m)"),
            L("£260m", 2.6e8, E, GBP, RSC, "detention, escorts and caseworkers no longer needed (part of £750m)"),
            L("at least £541m", 5.41e8, AL, GBP, RSP, "NAO estimate (March 2024), even if nobody relocated"),
            L("£1.8m", 1.8e6, E, GBP, RSP, "per person, fixed costs spread over the first 300 people relocated (NAO estimate)"),
            L("More than 2,100", 2100, MT, P, "immigration_detentions_rwanda", "spring 2024, detained in preparation for flights (NAO)"),
            V("thousands", 2000, 9000, P, "rwanda_relocations", "hypothetical, had the scheme continued"),
            L("£140m", 1.4e8, E, GBP, PTR, "scheme's first year (2022-23)"),
        ]),
    "04-heterodox-essay-net-migration-2025": dict(
        meta=dict(url="https://heterodoxreview.example/britain-never-chose-mass-migration",
                  title="Britain never chose mass migration",
                  publisher="Heterodox Review", author="Adrian Vell", published_date="2025-06-03"),
        labels=[
            L("perhaps 50,000", 50000, AP, P, NM, "per year, 1990s average"),
            L("around 200,000", 200000, AP, P, NM, "per year, mid-2000s"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "Conservative pledge, 2010 election"),
            L("906,000", 906000, E, P, NM, "year to June 2023 (peak)"),
            L("roughly eighteen times", 18, AP, RATIO, "net_migration_ratio", "year to June 2023 vs 1990s average"),
            L("a million-plus", 1e6, MT, P, "immigration", "year to June 2023 (peak year, gross)"),
            L("some 100,000", 100000, AP, P, "immigration_work_care_workers", "two years (health and care visas)"),
            L("something like 350,000", 350000, AP, P, "immigration_humanitarian_schemes", "since 2021 (Ukraine, Hong Kong and Afghanistan schemes)"),
            L("431,000", 431000, E, P, NM, "2024"),
            L("more than half", -50, MT, PCT, "net_migration_change", "2024 vs peak (year to June 2023)"),
            L("above half a million", 5e5, MT, P, "emigration", "2024"),
            L("more than a million", 1e6, MT, P, "asylum_applications", "2015 and 2016", geo="Germany"),
            L("over a million", 1e6, MT, P, "immigration_ukraine", "2022 (people fleeing Ukraine)", geo="Germany"),
            L("485,000", 485000, E, P, "immigration_target_permanent_residents", "2024 (target)", geo="Canada"),
            L("518,000", 518000, E, P, NM, "year to June 2023 (net overseas migration)", geo="Australia"),
            L("about 3%", 3, AP, PCT, "population_share_foreign_residents", "recent", geo="Japan"),
            L("69 million", 6.9e7, E, P, "population", "2025"),
            L("roughly one in six", SIXTH, AP, PCT, "population_share_born_abroad", "2025"),
            L("around two-thirds", 200 / 3, AP, PCT, "public_share_immigration_too_high", "recent polls"),
            V("hundreds of thousands", 2e5, 9e5, P, NM, "per year (general, author's argument)"),
        ]),
    "05-sovereign-asylum-hotels-8m-a-day-2023": dict(
        meta=dict(url="https://sovereign.example/news/uk/politics/asylum-hotels-cost-8m-a-day-b2433107.html",
                  title="Asylum hotels now costing taxpayers £8m a day as MPs demand to know when they will close",
                  publisher="The Sovereign", author="Maya Lindqvist", published_date="2023-10-24"),
        labels=[
            L("£8m", 8e6, E, GBP, AC, "per day (hotels), October 2023 (headline)"),
            L("more than 175,000", 175000, MT, P, "asylum_backlog", "October 2023 (standfirst)", occ=0),
            V("thousands", 2000, 9000, P, HOT, "October 2023 (standfirst)", ctx="keeping thousands in hotels"),
            L("£8 million", 8e6, E, GBP, AC, "per day (hotels), October 2023"),
            L("More than 51,000", 51000, MT, P, HOT, "end of September 2023"),
            L("some 400", 400, AP, HOTELS, "asylum_hotels_in_use", "end of September 2023"),
            L("£6.8 million", 6.8e6, E, GBP, AC, "per day (hotels), start of 2023"),
            L("£3.97 billion", 3.97e9, E, GBP, AC, "2022-23 financial year"),
            L("nearly double", 2, ALM, RATIO, "asylum_cost_ratio", "2022-23 vs 2021-22"),
            L("£2.12 billion", 2.12e9, E, GBP, AC, "2021-22 financial year"),
            L("more than 175,000", 175000, MT, P, "asylum_backlog", "October 2023 (quoted shadow minister)", occ=1),
            V("hundreds of millions of pounds", 2e8, 9e8, GBP, AC, "per month (hotels), 2023 (quoted shadow minister)"),
            L("around £56 million", 5.6e7, AP, GBP, AC, "per week (hotels), 2023 (quoted shadow minister)"),
            L("300 or more", 300, AL, P, HOT, "October 2023, one hotel in Northmarsh (quoted MP)"),
            L("£150-plus", 150, MT, GBP, AC, "per person per night (hotel), 2023 (quoted Lib Dem)"),
            L("under £20", 20, LT, GBP, AC, "per person per night (ordinary housing), 2023 (quoted Lib Dem)"),
            L("40 per cent", -40, E, PCT, "asylum_backlog_change", "legacy backlog (claims before June 2022), since start of 2023"),
            L("50", 50, E, HOTELS, "asylum_hotels_to_close", "by end of January 2024 (Home Office)"),
            L("a fifth", -20, E, PCT, "small_boat_arrivals_change", "2023 so far vs 2022 (quoted spokesperson)", ctx="down by a fifth"),
            L("up to 500", 500, AM, P, "asylum_accommodation_capacity", "Bibby Stockholm barge capacity"),
            L("around 70 per cent", 70, AP, PCT, "asylum_backlog_share_waiting_over_6_months", "October 2023 (Sanctuary Network)"),
            L("£9.58", 9.58, E, GBP, AC, "per person per week (allowance in catered hotels, quoted charity)"),
            L("Around one in three", THIRD, AP, PCT, "asylum_seekers_share_self_harm_thoughts", "people supported by Sanctuary Network (quoted)"),
            L("about 2,500", 2500, AP, P, HOT, "March 2020"),
            L("almost 56,000", 56000, ALM, P, HOT, "2023 (peak)"),
        ]),
    "06-dispatch-analysis-net-migration-revisions-2025": dict(
        meta=dict(url="https://weeklydispatch.example/uk-news/2025/may/25/net-migration-halved-can-we-trust-the-numbers",
                  title="Net migration has halved. But can we trust the numbers?",
                  publisher="The Weekly Dispatch", author="Fiona Adeyemi", published_date="2025-05-25"),
        labels=[
            L("halved", -50, E, PCT, "net_migration_change", "year ending December 2024 vs year ending December 2023 (headline)", ctx="has halved. But"),
            L("431,000", 431000, E, P, NM, "year ending December 2024 (provisional)"),
            L("about half", -50, AP, PCT, "net_migration_change", "year ending December 2024 vs year ending December 2023"),
            L("685,000", 685000, E, P, NM, "year ending December 2023 (first estimate, May 2024)"),
            L("181,000", 181000, E, P, "net_migration_revision", "year ending December 2023, November 2024 revision vs first estimate"),
            L("866,000", 866000, E, P, NM, "year ending December 2023 (revised, November 2024)"),
            L("860,000", 860000, E, P, NM, "year ending December 2023 (latest, May 2025)"),
            L("740,000", 740000, E, P, NM, "year ending June 2023 (first estimate)"),
            L("906,000", 906000, E, P, NM, "year ending June 2023 (latest estimate, peak)"),
            L("166,000", 166000, E, P, "net_migration_revision", "year ending June 2023, latest vs first estimate"),
            L("728,000", 728000, E, P, NM, "year ending June 2024 (first estimate, November 2024)"),
            L("849,000", 849000, E, P, NM, "year ending June 2024 (revised, May 2025)"),
            L("100,000-plus", 100000, MT, P, "net_migration_revision", "recent revisions (quoted demographer)"),
            L("948,000", 948000, E, P, "immigration", "year ending December 2024"),
            L("1,326,000", 1326000, E, P, "immigration", "year ending December 2023"),
            L("82%", 82, E, PCT, "immigration_share_non_eu", "year ending December 2024"),
            L("48%", -48, E, PCT, "immigration_work_non_eu_change", "year ending December 2024 vs year ending December 2023"),
            L("219,000", 219000, E, P, "immigration_work_non_eu", "year ending December 2024"),
            L("285,000", 285000, E, P, "immigration_study_non_eu", "year ending December 2024"),
            L("376,000", 376000, E, P, "immigration_study_non_eu", "year ending December 2023"),
            L("roughly a third", THIRD, AP, PCT, "immigration_share_study_non_eu", "year ending December 2024 (students and dependants)"),
            L("96,000", 96000, E, P, "immigration_humanitarian", "year ending December 2024"),
            L("about 11%", 11, AP, PCT, "emigration_change", "year ending December 2024 vs year ending December 2023"),
            L("517,000", 517000, E, P, "emigration", "year ending December 2024"),
            L("466,000", 466000, E, P, "emigration", "year ending December 2023"),
            L("131,000", 131000, E, P, "emigration_former_study_visa_non_eu", "year ending December 2024"),
            L("103,000", 103000, E, P, "emigration_former_study_visa_non_eu", "year ending December 2023"),
            L("-77,000", -77000, E, P, "net_migration_british_nationals", "year ending December 2024"),
            R("250,000-350,000", 250000, 350000, P, NM, "per year by end of decade (OBR assumption)"),
            L("roughly halved", -50, AP, PCT, "net_migration_change", "under Labour government (quoted Home Office spokesperson)"),
        ]),
    "07-rampart-tabloid-record-day-crossings-2026": dict(
        meta=dict(url="https://rampart.example/news/politics/2031877/migrants-channel-crossing-record-day-1204",
                  title="EXCLUSIVE: 1,204 migrants cross Channel in ONE DAY as smugglers charge €2,500 a seat",
                  publisher="The Daily Rampart", author="Kelvin Stroud", published_date="2026-05-31"),
        labels=[
            L("1,204", 1204, E, P, SBA, "Saturday 30 May 2026 (headline)", occ=0),
            L("€2,500", 2500, E, EUR, "smuggler_fee", "per seat, May 2026 (headline)", occ=0),
            L("19", 19, E, BOATS, SBC, "Saturday 30 May 2026 (standfirst)", ctx="sees 19 dinghies"),
            L("up to 80", 80, AM, PPB, "small_boat_occupancy", "May 2026, per dinghy (standfirst)"),
            L("MORE than 1,200", 1200, MT, P, SBA, "Saturday 30 May 2026"),
            L("up to €2,500", 2500, AM, EUR, "smuggler_fee", "per person, May 2026"),
            L("1,204", 1204, E, P, SBA, "Saturday 30 May 2026", occ=1),
            L("19", 19, E, BOATS, SBC, "Saturday 30 May 2026", ctx="in 19 small boats"),
            L("63", 63, E, PPB, "small_boat_occupancy", "Saturday 30 May 2026 (average per boat)"),
            L("15,882", 15882, E, P, SBA, "2026 so far (to 30 May 2026)"),
            L("22 per cent", 22, E, PCT, "small_boat_arrivals_change", "2026 to date vs same point in 2025"),
            L("13,018", 13018, E, P, SBA, "2025 to same point (to 30 May 2025)"),
            L("350 or so", 350, AP, P, SBA, "early hours of Sunday 31 May 2026"),
            L("More than 1,200", 1200, MT, P, SBA, "Saturday 30 May 2026 (image caption)"),
            R("between €1,500 and €2,500", 1500, 2500, EUR, "smuggler_fee", "per person, camps near Dunkirk, May 2026 (documents seen by the Rampart)"),
            L("40", 40, E, PPB, "small_boat_occupancy", "previously (quoted Border Force source)", ctx="boats with 40 people"),
            R("70 or 80", 70, 80, PPB, "small_boat_occupancy", "May 2026, as standard (quoted Border Force source)"),
            L("maybe one boat in three", THIRD, AP, PCT, "small_boat_launches_prevented_share", "recent spell of calm weather, May 2026 (quoted Border Force source)", geo="France"),
            L("15,000-plus", 15000, MT, P, SBA, "2026 so far, five months (quoted Reform UK spokesman)"),
            L("50,000", 50000, E, P, SBA, "2026 by Christmas, forecast (quoted Reform UK spokesman)"),
            L("more than 40,000", 40000, MT, P, "returns", "since July 2024 (quoted Home Office spokeswoman)"),
            L("1,204", 1204, E, P, SBA, "Saturday 30 May 2026 (image caption)", occ=2),
            L("£5.5million", 5.5e6, E, GBP, AC, "per day (hotels), May 2026"),
            L("at least 15", 15, AL, P, "small_boat_deaths", "2026 so far"),
            L("94", 94, E, P, "small_boat_rescues", "Friday night 29 May 2026, off Boulogne (French coastguard)", geo="France"),
            L("41,472", 41472, E, P, SBA, "2025"),
            V("Thousands", 2000, 9000, P, SBA, "summer 2026, forecast (quoted shadow home secretary)"),
            L("Up to 80", 80, AM, PPB, "small_boat_occupancy", "May 2026, per boat (image caption, Border Force sources)"),
        ]),
    "08-summit-live-rwanda-costs-2024": dict(
        meta=dict(url="https://summitnews.example/live/rwanda-scheme-detentions-cost-1-may-2024",
                  title="Rwanda scheme live: Dozens detained ahead of first flights as questions grow over cost",
                  publisher="Summit News", author=None, published_date="2024-05-01"),
        labels=[
            V("Dozens", 24, 108, P, "immigration_detentions_rwanda", "29 April to 1 May 2024 (headline)"),
            L("57", 57, E, P, "immigration_detentions_rwanda", "since Monday 29 April 2024 (key points)", occ=0),
            L("£290m", 2.9e8, E, GBP, PTR, "total paid so far, to May 2024 (key points)", occ=0),
            L("£1.8m", 1.8e6, E, GBP, RSP, "per person, first 300 people sent (NAO, key points)", occ=0),
            L("57", 57, E, P, "immigration_detentions_rwanda", "since Monday 29 April 2024 (recap)", occ=1),
            L("£290m", 2.9e8, E, GBP, PTR, "total paid so far, to May 2024 (recap)", occ=1),
            L("£400m-plus", 4e8, MT, GBP, RSC, "per person relocated (entry heading, quoted Lib Dem)", occ=0),
            L("upwards of £400m", 4e8, MT, GBP, RSC, "total spent so far, to May 2024 (quoted Lib Dem)"),
            L("one", 1, E, P, "rwanda_relocations", "total so far, voluntary (quoted Lib Dem)", ctx="precisely one person"),
            L("£400m-plus", 4e8, MT, GBP, RSC, "per person relocated (quoted Lib Dem)", occ=1),
            V("thousands", 2000, 9000, P, "asylum_caseworkers_hypothetical", "for the same money (quoted Lib Dem)", ctx="hired thousands of caseworkers"),
            L("More than 7,500", 7500, MT, P, SBA, "2024 so far, to 30 April 2024 (entry heading)"),
            L("more than 7,500", 7500, MT, P, SBA, "2024 so far, to 30 April 2024"),
            L("about a third", THIRD, AP, PCT, "small_boat_arrivals_change", "2024 to date vs same point in 2023"),
            L("57", 57, E, P, "immigration_detentions_rwanda", "since Monday 29 April 2024 (entry heading)", occ=2),
            L("57", 57, E, P, "immigration_detentions_rwanda", "since Monday 29 April 2024", occ=3),
            L("some 5,700", 5700, AP, P, "rwanda_removal_cohort", "identified as suitable for removal to Rwanda"),
            L("2,143", 2143, E, P, "rwanda_removal_cohort_reporting", "still reporting to the Home Office"),
            L("£370m", 3.7e8, E, GBP, PTR, "over five years under the partnership (NAO)"),
            L("£120m", 1.2e8, E, GBP, PTR, "once 300 people relocated (NAO)"),
            L("£20,000", 20000, E, GBP, PTR, "per person relocated (NAO)"),
            L("£150,874", 150874, E, GBP, PTR, "per person relocated, processing and integration (NAO)"),
            L("at least £541m", 5.41e8, AL, GBP, RSP, "total, NAO estimate (March 2024)"),
            L("almost £600m", 6e8, ALM, GBP, RSP, "total if 300 people relocated, NAO estimate"),
            L("£1.8m", 1.8e6, E, GBP, RSP, "per person, fixed costs spread over the first 300 people relocated (NAO)", occ=1),
            V("billions of pounds", 2e9, 9e9, GBP, AC, "per year (hotels), 2024 (quoted minister)"),
            L("£290m", 2.9e8, E, GBP, PTR, "total paid so far, to May 2024 (Downing Street)", occ=2),
            L("£50m", 5e7, E, GBP, PTR, "due April 2025 (entry heading)", occ=0),
            L("£50m", 5e7, E, GBP, PTR, "due April 2025", occ=1),
            L("£50m", 5e7, E, GBP, PTR, "due April 2026", occ=2),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "per person relocated under voluntary scheme"),
            V("dozens", 24, 108, P, "detention_charity_contacts", "to 1 May 2024 (Freedom from Detention Network, entry heading)", occ=0),
            V("dozens", 24, 108, P, "detention_charity_contacts", "to 1 May 2024 (Freedom from Detention Network)", occ=1),
        ]),
}

def is_token(text, s, e):
    """True if text[s:e] is not glued to a longer number or word."""
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    if before.isalnum() or after.isalnum():
        return False
    if before in ",." and s >= 2 and text[s - 2].isdigit() and text[s].isdigit():
        return False
    if after in ",." and e + 1 < len(text) and text[e + 1].isdigit() and text[e - 1].isdigit():
        return False
    return True


def occurrences(text, q):
    out, i = [], text.find(q)
    while i >= 0:
        if is_token(text, i, i + len(q)):
            out.append(i)
        i = text.find(q, i + 1)
    return out


def locate(text, lab):
    q = lab["quote"]
    if lab["ctx"]:
        ctxs = [i for i in range(len(text)) if text.startswith(lab["ctx"], i)]
        if lab["occ"] is None:
            assert len(ctxs) == 1, f"ctx {lab['ctx']!r} occurs {len(ctxs)} times"
            c = ctxs[0]
        else:
            c = ctxs[lab["occ"]]
        s = c + lab["ctx"].index(q)
        assert is_token(text, s, s + len(q)), (q, lab["ctx"])
        return s
    occ = occurrences(text, q)
    if lab["occ"] is None:
        assert len(occ) == 1, f"{q!r} occurs {len(occ)} times; give ctx or occ"
        return occ[0]
    assert lab["occ"] < len(occ), f"{q!r} has only {len(occ)} occurrences"
    return occ[lab["occ"]]


def num(v):
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def main():
    for slug, art in ARTICLES.items():
        path = os.path.join(HERE, "articles", slug + ".txt")
        text = open(path, encoding="utf-8").read()
        meta = dict(art["meta"]); meta.setdefault("license", None)
        with open(os.path.join(HERE, "articles", slug + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump({k: meta[k] for k in ("url", "title", "publisher", "author", "published_date", "license")},
                      f, ensure_ascii=False, indent=1)
            f.write("\n")
        rows = []
        for lab in art["labels"]:
            s = locate(text, lab)
            assert text[s:s + len(lab["quote"])] == lab["quote"]
            rows.append({"quote": lab["quote"], "start": s, "value": num(lab["value"]), "value_low": num(lab["lo"]),
                         "value_high": num(lab["hi"]), "qualifier": lab["qualifier"], "unit": lab["unit"],
                         "measure": lab["measure"], "geography": lab["geo"], "period": lab["period"]})
        rows.sort(key=lambda r: r["start"])
        with open(os.path.join(HERE, "gold", slug + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{slug}: {len(rows)} labels, {len(text)} chars")


if __name__ == "__main__":
    main()
