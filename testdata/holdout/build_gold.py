#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hand-labelled hold-out set.

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
THIRD, SIXTH = 100 / 3, 100 / 6


def L(quote, value, qualifier, unit, measure, period, ctx=None, occ=None, lo=None, hi=None, geo="UK"):
    return dict(quote=quote, value=value, qualifier=qualifier, unit=unit, measure=measure, period=period,
                ctx=ctx, occ=occ, lo=lo, hi=hi, geo=geo)


def V(quote, lo, hi, unit, measure, period, **kw):          # vague
    return L(quote, None, "vague", unit, measure, period, lo=lo, hi=hi, **kw)


def R(quote, lo, hi, unit, measure, period, **kw):          # range
    return L(quote, None, "range", unit, measure, period, lo=lo, hi=hi, **kw)


E, AP, MT, AL, LT, AM, ALM = "exact", "approximately", "more_than", "at_least", "less_than", "at_most", "almost"
EW = "England and Wales"

ARTICLES = {
    "01-broadcast-small-boats-explainer-2025": dict(
        meta=dict(url="https://news.example/uk/small-boats-how-many-crossed-2025-explained",
                  title="Small boats: How many people have crossed the Channel in 2025?",
                  publisher="Albion Broadcasting News", author="Anna Whitfield", published_date="2025-08-11"),
        labels=[
            L("More than 25,000", 25000, MT, P, "small_boat_arrivals", "2025 so far (to 10 August 2025)"),
            L("about 40%", 40, AP, PCT, "small_boat_arrivals_change", "2025 to date vs same point in 2024"),
            L("712", 712, E, P, "small_boat_arrivals", "Saturday 9 August 2025", occ=0),
            L("13", 13, E, BOATS, "small_boat_count", "Saturday 9 August 2025", ctx="13 boats"),
            L("55", 55, E, PPB, "small_boat_occupancy", "Saturday 9 August 2025 (average per boat)"),
            L("198", 198, E, P, "small_boat_arrivals", "Sunday 10 August 2025"),
            L("over 900", 900, MT, P, "small_boat_arrivals", "weekend of 9-10 August 2025"),
            L("just under 1,500", 1500, ALM, P, "small_boat_arrivals", "week before 9 August 2025"),
            L("712", 712, E, P, "small_boat_arrivals", "Saturday 9 August 2025 (image caption)", occ=1),
            L("36,816", 36816, E, P, "small_boat_arrivals", "2024"),
            L("25%", 25, E, PCT, "small_boat_arrivals_change", "2024 vs 2023"),
            L("45,774", 45774, E, P, "small_boat_arrivals", "2022 (record year)"),
            L("41", 41, E, PPB, "small_boat_occupancy", "2022 (average per boat)"),
            L("53", 53, E, PPB, "small_boat_occupancy", "2024 (average per boat)"),
            L("About 700", 700, AP, BOATS, "small_boat_count", "2024"),
            L("about one in six", SIXTH, AP, PCT, "small_boat_arrivals_share_afghan", "2024"),
            L("96%", 96, E, PCT, "small_boat_arrivals_share_claimed_asylum", "arrivals in year to June 2025"),
            L("up to 50", 50, AM, P, "returns", "per week, initial phase of UK-France pilot"),
            L("more than 1,400", 1400, MT, P, "small_boat_arrivals", "week before 9 August 2025"),
            L("more than 35,000", 35000, MT, P, "returns", "since July 2024 general election"),
            L("13%", 13, E, PCT, "returns_change", "since July 2024 election vs previous 12 months"),
        ]),
    "02-regional-wire-rwanda-nao-cost-2024": dict(
        meta=dict(url="https://wessexgazette.example/news/national/rwanda-scheme-half-a-billion-nao-report",
                  title="Rwanda scheme will cost more than half a billion pounds even if no-one is sent, watchdog says",
                  publisher="Wessex Evening Gazette", author="UK Newswire reporters", published_date="2024-03-01"),
        labels=[
            L("more than half a billion pounds", 5e8, MT, GBP, "rwanda_scheme_cost", "total, even if no-one is relocated (headline)", occ=0),
            L("more than half a billion pounds", 5e8, MT, GBP, "rwanda_scheme_cost", "total, even if no-one is relocated", occ=1),
            L("£220 million", 2.2e8, E, GBP, "payment_to_rwanda", "paid to end of 2023", occ=0),
            L("£150m", 1.5e8, E, GBP, "payment_to_rwanda", "further payments due over next three years"),
            L("£120m", 1.2e8, E, GBP, "payment_to_rwanda", "due once 300 people have been relocated"),
            L("£20,000", 20000, E, GBP, "payment_to_rwanda", "per person relocated"),
            L("up to £151,000", 151000, AM, GBP, "rwanda_scheme_cost", "per person relocated (processing and integration, five years)"),
            L("£220 million", 2.2e8, E, GBP, "payment_to_rwanda", "paid to date (image caption)", occ=1),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "per person, planned voluntary relocation scheme"),
            L("£220 million", 2.2e8, E, GBP, "payment_to_rwanda", "paid to date (quoted MP)", occ=2),
            L("nearly £2m", 2e6, ALM, GBP, "rwanda_scheme_cost", "per person relocated (quoted MP)"),
            V("billions of pounds", 2e9, 9e9, GBP, "asylum_cost", "per year (cost of illegal migration)"),
            L("£8m", 8e6, E, GBP, "asylum_cost", "per day (hotel accommodation), early 2024"),
        ]),
    "03-factcheck-net-migration-million-2024": dict(
        meta=dict(url="https://factcheck.example/immigration/net-migration-million-claim",
                  title="Did net migration really hit a million a year under the last government?",
                  publisher="FactCheck Britain", author="Tom Keeble", published_date="2024-11-29"),
        labels=[
            L("a million", 1e6, E, P, "net_migration", "per year under previous government (claim, headline)", occ=0),
            L("a million", 1e6, E, P, "net_migration", "per year under previous government (claim)", occ=1),
            L("906,000", 906000, E, P, "net_migration", "year ending June 2023 (latest estimate, peak)", occ=0),
            L("a million", 1e6, E, P, "net_migration", "claim in social media post", occ=2),
            L("728,000", 728000, E, P, "net_migration", "year ending June 2024"),
            L("906,000", 906000, E, P, "net_migration", "year ending June 2023 (latest estimate, peak)", occ=1),
            L("740,000", 740000, E, P, "net_migration", "year ending June 2023 (first estimate, November 2023)"),
            L("166,000", 166000, E, P, "net_migration_revision", "year ending June 2023, latest vs first estimate"),
            L("about three-quarters", 75, AP, PCT, "net_migration_revision_share_non_eu", "year ending June 2023, latest revision"),
            L("758,000", 758000, E, P, "net_migration", "year ending December 2023 (revised)"),
            L("68,000", 68000, E, P, "net_migration_revision", "year ending December 2023, revised vs first estimate"),
            L("690,000", 690000, E, P, "net_migration", "year ending December 2023 (first estimate)"),
            L("around a fifth", -20, AP, PCT, "net_migration_change", "year ending June 2024 vs peak (year ending June 2023)"),
            L("1.2 million", 1.2e6, E, P, "immigration", "year ending June 2024"),
            L("1.33 million", 1.33e6, E, P, "immigration", "year ending June 2023"),
            L("479,000", 479000, E, P, "emigration", "year ending June 2024"),
            V("tens of thousands", 20000, 90000, P, "net_migration_revision", "typical size of revisions to provisional estimates"),
            L("about 330,000", 330000, AP, P, "net_migration", "year ending June 2015 (pre-pandemic high)"),
            L("Well over a million", 1e6, MT, P, "immigration", "each of the last two years (years ending June 2023 and June 2024)"),
            L("906,000", 906000, E, P, "net_migration", "year ending June 2023 (latest estimate, peak)", occ=2),
        ]),
    "04-newsroom-asylum-hotel-bill-2025": dict(
        meta=dict(url="https://heterodox.example/newsroom/the-asylum-hotel-bill-is-still-climbing",
                  title="The asylum hotel bill is still climbing",
                  publisher="Heterodox Review", author="Daniel Marsh", published_date="2025-05-20"),
        labels=[
            L("£5.38bn", 5.38e9, E, GBP, "asylum_cost", "2023/24 financial year (record)"),
            L("£3.96bn", 3.96e9, E, GBP, "asylum_cost", "2022/23 financial year"),
            L("nearly four times", 4, ALM, RATIO, "asylum_cost_ratio", "2023/24 vs 2019/20"),
            L("£1.2 billion", 1.2e9, E, GBP, "asylum_cost", "January to March 2025"),
            L("more than 56,000", 56000, MT, P, "asylum_hotel_population", "autumn 2023 (peak)"),
            L("£8.3m", 8.3e6, E, GBP, "asylum_cost", "per day (hotels), autumn 2023"),
            L("about 32,000", 32000, AP, P, "asylum_hotel_population", "May 2025"),
            L("£5.5m", 5.5e6, E, GBP, "asylum_cost", "per day (hotels), May 2025"),
            L("roughly £2bn", 2e9, AP, GBP, "asylum_cost", "per year (hotels, at current daily rate)"),
            L("about a third", THIRD, AP, PCT, "asylum_support_share_hotels", "May 2025"),
            L("around £145", 145, AP, GBP, "asylum_cost", "per person per night (hotel)"),
            L("£14", 14, E, GBP, "asylum_cost", "per person per night (dispersal accommodation)"),
            L("almost 176,000", 176000, ALM, P, "asylum_backlog", "mid-2023 (peak)"),
            L("around 90,000", 90000, AP, P, "asylum_backlog", "end of 2024"),
            V("tens of millions of pounds", 2e7, 9e7, GBP, "asylum_cost", "barge and former RAF bases (large sites)"),
            L("roughly £1bn", 1e9, AP, GBP, "asylum_cost_saving", "per year if backlog cleared (quoted estimate)"),
        ]),
    "05-clarion-rwanda-cost-four-volunteers-2024": dict(
        meta=dict(url="https://clarion.example/news/uk/home-news/rwanda-scheme-cost-700m-four-volunteers",
                  title="Rwanda scheme cost taxpayers £700m and relocated just four volunteers, Home Office figures show",
                  publisher="The Clarion", author="Jonah Fielding", published_date="2024-07-22"),
        labels=[
            L("£700m", 7e8, E, GBP, "rwanda_scheme_cost", "total to July 2024 (headline)", occ=0),
            L("four", 4, E, P, "rwanda_relocations", "total to July 2024, all volunteers (headline)", occ=0),
            L("£700m", 7e8, E, GBP, "rwanda_scheme_cost", "total to July 2024", occ=1),
            L("four", 4, E, P, "rwanda_relocations", "total to July 2024, all volunteers", occ=1),
            L("£280m", 2.8e8, E, GBP, "payment_to_rwanda", "total paid to July 2024"),
            V("tens of millions", 2e7, 9e7, GBP, "rwanda_scheme_cost", "charter flights and seconded staff"),
            L("Some 2,100", 2100, AP, P, "immigration_detentions_rwanda", "detained in preparation for removal"),
            R("£3m to £5m", 3e6, 5e6, GBP, "rwanda_scheme_cost", "per charter flight (official estimate)"),
            L("£3,000", 3000, E, GBP, "rwanda_voluntary_payment", "per volunteer"),
            L("more than 80,000", 80000, MT, P, "small_boat_arrivals", "April 2022 to July 2024"),
            L("£700m", 7e8, E, GBP, "rwanda_scheme_cost", "total to July 2024 (quoted)", occ=2),
        ]),
    "06-chronicle-small-boats-2024-annual": dict(
        meta=dict(url="https://chronicle.example/uk-news/2025/jan/01/channel-small-boat-crossings-2024",
                  title="Channel small boat crossings up 25% in 2024 in deadliest year on record",
                  publisher="The Northern Chronicle", author="Rajesh Mallory", published_date="2025-01-01"),
        labels=[
            L("25%", 25, E, PCT, "small_boat_arrivals_change", "2024 vs 2023"),
            L("Almost 37,000", 37000, ALM, P, "small_boat_arrivals", "2024 (standfirst)", occ=0),
            L("Almost 37,000", 37000, ALM, P, "small_boat_arrivals", "2024", occ=1),
            L("a quarter", 25, E, PCT, "small_boat_arrivals_change", "2024 vs 2023"),
            L("36,816", 36816, E, P, "small_boat_arrivals", "2024"),
            L("695", 695, E, BOATS, "small_boat_count", "2024"),
            L("53", 53, E, PPB, "small_boat_occupancy", "2024 (average per boat)"),
            L("49", 49, E, PPB, "small_boat_occupancy", "2023 (average per boat)"),
            L("41", 41, E, PPB, "small_boat_occupancy", "2022 (average per boat)"),
            L("At least 78", 78, AL, P, "small_boat_deaths", "2024"),
            L("882", 882, E, P, "small_boat_arrivals", "18 June 2024 (busiest day)"),
            L("15", 15, E, BOATS, "small_boat_count", "18 June 2024"),
            L("Fewer than 400", 400, LT, P, "small_boat_arrivals", "January 2024"),
            L("doubled", 2, E, RATIO, "small_boat_arrivals_vietnamese_ratio", "2024 vs 2023"),
            L("£150m", 1.5e8, E, GBP, "border_security_funding", "Border Security Command budget over two years"),
            L("More than 90%", 90, MT, PCT, "small_boat_arrivals_share_high_grant_nationalities", "2024 (quoted)"),
            L("almost 19,000", 19000, ALM, P, "returns", "July to December 2024 (quoted)"),
        ]),
    "07-ledger-net-migration-halves-2025": dict(
        meta=dict(url="https://ledger.example/politics/2025/05/22/net-migration-falls-by-half",
                  title="Net migration falls by half to 431,000 as visa crackdown bites",
                  publisher="The Daily Ledger", author="Charles Hartley-Ward", published_date="2025-05-22"),
        labels=[
            L("half", -50, E, PCT, "net_migration_change", "year ending December 2024 vs 2023", ctx="by half"),
            L("431,000", 431000, E, P, "net_migration", "year ending December 2024 (provisional)", occ=0),
            L("431,000", 431000, E, P, "net_migration", "year ending December 2024 (provisional)", occ=1),
            L("860,000", 860000, E, P, "net_migration", "year ending December 2023 (revised)"),
            L("82,000", 82000, E, P, "net_migration_revision", "year ending December 2023, revised vs first estimate"),
            L("778,000", 778000, E, P, "net_migration", "year ending December 2023 (first estimate)"),
            L("27 per cent", -27, E, PCT, "immigration_change", "2024 vs 2023"),
            L("948,000", 948000, E, P, "immigration", "2024"),
            L("517,000", 517000, E, P, "emigration", "2024"),
            L("more than half a million", 5e5, MT, P, "emigration", "2024"),
            L("a third", -THIRD, E, PCT, "immigration_work_non_eu_change", "2024 vs 2023"),
            L("just under 40 per cent", 40, ALM, PCT, "immigration_share_study_non_eu", "2024"),
            L("less than a tenth", 10, LT, PCT, "immigration_share_asylum", "2024"),
            L("roughly twice", 2, AP, RATIO, "net_migration_ratio", "2024 vs average of decade before Brexit (quoted)"),
            L("about 250,000", 250000, AP, P, "net_migration", "annual average, decade before Brexit (quoted)"),
            L("72.5 million", 72.5e6, E, P, "population", "mid-2032 (ONS projection)"),
        ]),
    "08-govuk-immigration-summary-ye-june-2025": dict(
        meta=dict(url="https://gov.example/government/statistics/immigration-system-statistics-year-ending-june-2025/summary-of-latest-statistics",
                  title="Summary of latest statistics (Immigration system statistics, year ending June 2025)",
                  publisher="Home Office (GOV.UK)", author=None, published_date="2025-08-21"),
        labels=[
            L("111,084", 111084, E, P, "asylum_applications", "year ending June 2025"),
            L("14%", 14, E, PCT, "asylum_applications_change", "year ending June 2025 vs year ending June 2024"),
            L("47%", 47, E, PCT, "asylum_grant_rate", "year ending June 2025 (initial decisions)"),
            L("14 percentage points", -14, E, PCT, "asylum_grant_rate_change", "year ending June 2025 vs year ending June 2024"),
            L("43,309", 43309, E, P, "small_boat_arrivals", "year ending June 2025"),
            L("39%", 39, E, PCT, "small_boat_arrivals_change", "year ending June 2025 vs year ending June 2024"),
            L("35,052", 35052, E, P, "returns", "year ending June 2025", occ=0),
            L("13%", 13, E, PCT, "returns_change", "year ending June 2025 vs year ending June 2024"),
            L("70,532", 70532, E, P, "asylum_backlog", "end of June 2025 (main applicants awaiting initial decision)"),
            L("29%", -29, E, PCT, "asylum_backlog_change", "end of June 2025 vs end of June 2024"),
            L("51,193", 51193, E, P, "asylum_backlog_waiting_over_6_months", "end of June 2025"),
            L("73%", 73, E, PCT, "asylum_backlog_share_waiting_over_6_months", "end of June 2025"),
            L("110,756", 110756, E, P, "asylum_support_recipients", "end of June 2025"),
            L("32,345", 32345, E, P, "asylum_hotel_population", "end of June 2025"),
            L("8%", -8, E, PCT, "asylum_hotel_population_change", "end of June 2025 vs end of June 2024"),
            L("35,052", 35052, E, P, "returns", "year ending June 2025", occ=1),
            L("9,072", 9072, E, P, "returns", "year ending June 2025 (enforced returns)"),
            L("26%", 26, E, PCT, "returns_share_enforced", "year ending June 2025"),
            L("53,672", 53672, E, P, "visas_granted_skilled_worker", "year ending June 2025 (main applicants)"),
            L("41%", -41, E, PCT, "visas_granted_skilled_worker_change", "year ending June 2025 vs year ending June 2024"),
            L("414,860", 414860, E, P, "visas_granted_study", "year ending June 2025 (main applicants)"),
            L("4%", -4, E, PCT, "visas_granted_study_change", "year ending June 2025 vs year ending June 2024"),
        ]),
    "09-ons-population-estimates-mid-2024": dict(
        meta=dict(url="https://ons.example/peoplepopulationandcommunity/populationandmigration/populationestimates/bulletins/populationestimatesforenglandandwales/mid2024",
                  title="Population estimates for England and Wales: mid-2024",
                  publisher="Office for National Statistics", author="Population Estimates Unit", published_date="2025-07-30"),
        labels=[
            L("an estimated 61,812,000", 61812000, E, P, "population", "mid-2024 (30 June 2024)", geo=EW),
            L("706,900", 706900, E, P, "population_growth", "mid-2023 to mid-2024", geo=EW),
            L("1.2%", 1.2, E, PCT, "population_change", "mid-2023 to mid-2024", geo=EW, occ=0),
            L("an estimated 679,000", 679000, E, P, "net_migration", "year to mid-2024", geo=EW),
            L("27,600", 27600, E, P, "population_natural_change", "year to mid-2024", geo=EW),
            L("Almost one in five", 20, ALM, PCT, "population_share_born_abroad", "mid-2024", geo=EW),
            L("1.2%", 1.2, E, PCT, "population_change", "mid-2023 to mid-2024", geo=EW, occ=1),
            L("1.0%", 1.0, E, PCT, "population_change", "mid-2022 to mid-2023", geo=EW),
            L("133,000", 133000, E, P, "population_growth", "mid-2023 to mid-2024", geo="London"),
            L("1.7 million", 1.7e6, E, P, "population_aged_85_and_over", "mid-2024", geo=EW),
            L("1,132,000", 1132000, E, P, "immigration", "year to mid-2024", geo=EW),
            L("453,000", 453000, E, P, "emigration", "year to mid-2024", geo=EW),
            L("83%", 83, E, PCT, "immigration_share_non_eu", "year to mid-2024", geo=EW),
        ]),
    "10-skyline-live-channel-crossings-2025": dict(
        meta=dict(url="https://skyline.example/live/politics-latest-channel-crossings-1-june-2025",
                  title="Politics latest: Highest daily Channel crossings of the year as 1,195 people arrive",
                  publisher="Skyline News", author=None, published_date="2025-06-01"),
        labels=[
            L("1,195", 1195, E, P, "small_boat_arrivals", "31 May 2025 (headline)", occ=0),
            L("1,195", 1195, E, P, "small_boat_arrivals", "31 May 2025 (key points)", occ=1),
            L("19", 19, E, BOATS, "small_boat_count", "31 May 2025 (key points)", ctx="• 19 boats"),
            L("63", 63, E, PPB, "small_boat_occupancy", "31 May 2025 (average per boat, key points)", occ=0),
            L("12.9k", 12900, E, P, "small_boat_arrivals", "2025 so far (to 31 May 2025)"),
            L("42%", 42, E, PCT, "small_boat_arrivals_change", "2025 to date vs same point in 2024 (key points)", occ=0),
            L("more than 30,000", 30000, MT, P, "returns", "since July 2024 election (quoted)"),
            L("more than 45,000", 45000, MT, P, "small_boat_arrivals", "since July 2024 election (quoted)"),
            L("Twenty-five", 25, E, P, "small_boat_rescues", "1 June 2025 off Wimereux (entry heading)"),
            L("twenty-five", 25, E, P, "small_boat_rescues", "1 June 2025 off Wimereux"),
            L("twelve", 12, E, BOATS, "small_boat_launches_prevented", "night of 31 May to 1 June 2025"),
            L("Three", 3, E, BOATS, "small_boat_count", "morning of 1 June 2025 (entry heading)"),
            L("three", 3, E, BOATS, "small_boat_count", "morning of 1 June 2025"),
            L("about 150", 150, AP, P, "small_boat_arrivals", "morning of 1 June 2025"),
            L("More than 1,000", 1000, MT, P, "small_boat_arrivals", "31 May 2025 (entry heading)"),
            L("1,195", 1195, E, P, "small_boat_arrivals", "31 May 2025", occ=2),
            L("19", 19, E, BOATS, "small_boat_count", "31 May 2025", ctx="in 19 boats"),
            L("63", 63, E, PPB, "small_boat_occupancy", "31 May 2025 (average per boat)", occ=1),
            L("12,917", 12917, E, P, "small_boat_arrivals", "2025 so far (to 31 May 2025)"),
            L("42%", 42, E, PCT, "small_boat_arrivals_change", "2025 to date vs same point in 2024", occ=1),
            L("36%", -36, E, PCT, "asylum_hotels_in_use_change", "June 2025 vs a year earlier"),
        ]),
    "11-courier-migrant-hotel-bill-2024": dict(
        meta=dict(url="https://dailycourier.example/news/article-migrant-hotel-bill-soars-4-7billion.html",
                  title="Migrant hotel bill soars to £4.7billion a year as hundreds more cross the Channel in dinghies",
                  publisher="Daily Courier Online", author="David Holland", published_date="2024-09-05"),
        labels=[
            L("£4.7billion", 4.7e9, E, GBP, "asylum_cost", "per year (headline)", occ=0),
            V("hundreds", 200, 900, P, "small_boat_arrivals", "4 September 2024 (headline)", occ=0),
            L("almost £13m", 13e6, ALM, GBP, "asylum_cost", "per day"),
            L("622", 622, E, P, "small_boat_arrivals", "4 September 2024 (bullet)", occ=0),
            L("past 21,000", 21000, MT, P, "small_boat_arrivals", "2024 so far (to 4 September 2024, bullet)", occ=0),
            L("£4.7bn", 4.7e9, E, GBP, "asylum_cost", "per year"),
            L("almost £13million", 13e6, ALM, GBP, "asylum_cost", "per day"),
            V("hundreds", 200, 900, P, "small_boat_arrivals", "4 September 2024", occ=1),
            L("622", 622, E, P, "small_boat_arrivals", "4 September 2024", occ=1),
            L("11", 11, E, BOATS, "small_boat_count", "4 September 2024"),
            L("past 21,000", 21000, MT, P, "small_boat_arrivals", "2024 so far (to 4 September 2024)", occ=1),
            R("20-30", 20, 30, PPB, "small_boat_occupancy", "smaller dinghies seen leaving near Boulogne"),
            L("1.2m", 1.2e6, E, P, "immigration", "2023"),
            L("€1,500", 1500, E, EUR, "smuggler_fee", "per place on a boat (one migrant's account)"),
            L("£4.7billion", 4.7e9, E, GBP, "asylum_cost", "per year (quoted MP)", occ=1),
            V("thousands", 2000, 9000, P, "asylum_hotel_population", "September 2024 (quoted MP)"),
            L("A dozen", 12, E, P, "smuggling_arrests", "raids in Kent and Essex, late August 2024"),
        ]),
    "12-observatory-briefing-small-boats-2025": dict(
        meta=dict(url="https://observatory.example/briefings/people-crossing-the-english-channel-in-small-boats",
                  title="Briefing: People crossing the English Channel in small boats",
                  publisher="Borders Observatory, University of Wessex", author="Helen Carver; Yusuf Ndlovu",
                  published_date="2025-03-10"),
        labels=[
            L("Just over 150,000", 150000, MT, P, "small_boat_arrivals", "2018 to end of 2024 (cumulative)"),
            L("13", 13, E, PPB, "small_boat_occupancy", "2020 (average per boat)"),
            L("53", 53, E, PPB, "small_boat_occupancy", "2024 (average per boat)"),
            L("More than half", 50, MT, PCT, "small_boat_arrivals_share_top_five_nationalities", "2024"),
            L("Three-quarters", 75, E, PCT, "small_boat_arrivals_share_adult_men", "2024"),
            L("one in five", 20, E, PCT, "small_boat_arrivals_share_children", "2024"),
            L("Under 5%", 5, LT, PCT, "returns_share_small_boat_arrivals", "arrivals 2018-2024 returned by end of 2024 (key points)", occ=0),
            R("between 3,000 and 5,000", 3000, 5000, P, "small_boat_arrivals", "per month, summer peak"),
            L("below 1,000", 1000, LT, P, "small_boat_arrivals", "per month, winter"),
            L("29,437", 29437, E, P, "small_boat_arrivals", "2023"),
            L("c. 600", 600, AP, BOATS, "small_boat_count", "2023"),
            R("from 40 to 60", 40, 60, PPB, "small_boat_occupancy", "2024 (most boats)"),
            L("up to €3,000", 3000, AM, EUR, "smuggler_fee", "per person (reported)"),
            L("58%", 58, E, PCT, "small_boat_arrivals_share_top_five_nationalities", "2024"),
            L("at least 60%", 60, AL, PCT, "asylum_grant_rate_small_boat_arrivals", "arrivals 2018-2024 with an initial decision"),
            L("1.4 years", 1.4, E, YEARS, "asylum_wait_time", "claims decided in 2024 (average wait for initial decision)"),
            V("Tens of thousands", 20000, 90000, P, "asylum_backlog", "end of 2024 (claims from small boat arrivals)"),
            L("Under 5%", 5, LT, PCT, "returns_share_small_boat_arrivals", "arrivals 2018-2024 returned by end of 2024", occ=1),
            L("some 7,000", 7000, AP, P, "returns", "small boat arrivals 2018-2024 returned by end of 2024"),
            L("£480m", 4.8e8, E, GBP, "uk_france_funding", "over three years from 2023"),
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
