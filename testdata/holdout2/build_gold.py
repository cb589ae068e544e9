#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the second hand-labelled hold-out set (holdout2).

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
EW = "England and Wales"

ARTICLES = {
    "01-northgate-explainer-small-boats-2025": dict(
        meta=dict(url="https://northgate.example/news/uk/small-boats-channel-crossings-2025-explained",
                  title="Small boats: How many people crossed the Channel in 2025?",
                  publisher="Northgate News", author="Priya Oduya", published_date="2026-01-02"),
        labels=[
            L("more than 41,000", 41000, MT, P, "small_boat_arrivals", "2025 (image caption)"),
            L("More than 41,000", 41000, MT, P, "small_boat_arrivals", "2025"),
            L("41,472", 41472, E, P, "small_boat_arrivals", "2025"),
            L("13%", 13, E, PCT, "small_boat_arrivals_change", "2025 vs 2024"),
            L("36,816", 36816, E, P, "small_boat_arrivals", "2024"),
            L("45,774", 45774, E, P, "small_boat_arrivals", "2022 (record year)"),
            L("61", 61, E, PPB, "small_boat_occupancy", "2025 (average per boat)"),
            L("53", 53, E, PPB, "small_boat_occupancy", "2024 (average per boat)"),
            L("13", 13, E, PPB, "small_boat_occupancy", "2020 (average per boat)", ctx="just 13 in 2020"),
            L("Around 680", 680, AP, BOATS, "small_boat_count", "2025", occ=0),
            L("1,097", 1097, E, P, "small_boat_arrivals", "19 September 2025 (busiest day)"),
            L("17", 17, E, BOATS, "small_boat_count", "19 September 2025", ctx="in 17 boats"),
            L("almost 65", 65, ALM, PPB, "small_boat_occupancy", "19 September 2025 (average per boat)"),
            L("roughly one in six", SIXTH, AP, PCT, "small_boat_arrivals_share_eritrean", "2025"),
            L("About three-quarters", 75, AP, PCT, "small_boat_arrivals_share_adult_men", "2025"),
            L("around 8%", 8, AP, PCT, "small_boat_arrivals_share_unaccompanied_children", "2025"),
            L("95%", 95, E, PCT, "small_boat_arrivals_share_claimed_asylum", "2025"),
            L("At least 82", 82, AL, P, "small_boat_deaths", "2025 (International Organization for Migration)"),
            L("Around 680", 680, AP, BOATS, "small_boat_count", "2025 (image caption)", occ=1),
            L("153", 153, E, P, "returns", "July to December 2025, to France under UK-France pilot"),
            L("less than 1%", 1, LT, PCT, "returns_share_small_boat_arrivals", "arrivals while UK-France pilot in operation (2025)"),
            L("£100m", 1e8, E, GBP, "border_security_funding", "Border Security Command"),
            L("about 109,000", 109000, AP, P, "asylum_applications", "year ending June 2025 (record)"),
            L("just over a third", THIRD, MT, PCT, "asylum_applications_share_small_boat_arrivals", "year ending June 2025"),
            L("204,000", 204000, E, P, "net_migration", "year ending June 2025"),
            L("less than a third", 1 / 3, LT, RATIO, "net_migration_ratio", "year ending June 2025 vs year ending June 2023"),
            L("some 36,000", 36000, AP, P, "asylum_hotel_population", "end of September 2025"),
            L("more than 56,000", 56000, MT, P, "asylum_hotel_population", "2023 (peak)"),
        ]),
    "02-fenland-pa-asylum-hotel-bill-2025": dict(
        meta=dict(url="https://fenlandherald.example/news/uk-news/asylum-hotel-bill-3-1bn-mps-told",
                  title="Asylum hotel bill reached £3.1bn as Home Office spent £8.5m a day, MPs told",
                  publisher="The Fenland Herald", author="Eleanor Hayes, PA", published_date="2025-10-14"),
        labels=[
            L("£3.1bn", 3.1e9, E, GBP, "asylum_cost", "2023-24 financial year (hotels, headline)"),
            L("£8.5m", 8.5e6, E, GBP, "asylum_cost", "per day (hotels), 2023-24 (headline)"),
            L("£3.1 billion", 3.1e9, E, GBP, "asylum_cost", "2023-24 financial year (hotels)"),
            L("about £8.5 million", 8.5e6, AP, GBP, "asylum_cost", "per day (hotels), 2023-24"),
            L("£5.38bn", 5.38e9, E, GBP, "asylum_cost", "2023-24 financial year (asylum support, record)"),
            L("£3.96bn", 3.96e9, E, GBP, "asylum_cost", "2022/23 financial year"),
            L("nearly four times", 4, ALM, RATIO, "asylum_cost_ratio", "2023-24 vs 2019/20"),
            L("£1.4bn", 1.4e9, E, GBP, "asylum_cost", "2019/20 financial year"),
            L("£5.7m", 5.7e6, E, GBP, "asylum_cost", "per day (hotels), summer 2025"),
            L("£4.5bn", 4.5e9, E, GBP, "asylum_cost", "asylum accommodation contracts 2019-2029, original estimate (ten-year total)"),
            L("£15.3bn", 15.3e9, E, GBP, "asylum_cost", "asylum accommodation contracts 2019-2029, NAO estimate (ten-year total)"),
            L("more than three times", 3, MT, RATIO, "asylum_cost_ratio", "accommodation contracts, NAO estimate vs original estimate"),
            R("Between 4,000 and 5,000", 4000, 5000, P, "asylum_hotel_moves_to_dispersal", "per month, summer 2025"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "autumn 2023 (peak)"),
            L("210", 210, E, HOTELS, "asylum_hotels_in_use", "end of September 2025"),
            L("around 71,000", 71000, AP, P, "asylum_backlog", "end of June 2025"),
            L("almost 175,500", 175500, ALM, P, "asylum_backlog", "summer 2023 (peak)"),
            L("more than 50,000", 50000, MT, P, "asylum_appeals_pending", "October 2025"),
            V("hundreds of thousands of pounds", 2e5, 9e5, GBP, "asylum_cost", "per month, one hotel in MP's constituency since 2020 (quoted)"),
            V("tens of thousands", 20000, 90000, P, "asylum_hotel_population", "July 2024 (inherited; quoted spokesperson)"),
            V("millions of pounds", 2e6, 9e6, GBP, "asylum_cost", "per day (hotels), July 2024 (quoted spokesperson)", ctx="millions of pounds a day"),
            L("£1bn", 1e9, E, GBP, "asylum_cost_saving", "per year once hotels closed (quoted spokesperson)"),
            L("around 14 months", 14, AP, MONTHS, "asylum_hotel_stay_average", "2025 (Refugee Council)"),
        ]),
    "03-truthline-factcheck-returns-2025": dict(
        meta=dict(url="https://truthline.example/fact-checks/returns-ten-year-high-claim",
                  title="Are returns of people with no right to be in the UK really at a ten-year high?",
                  publisher="TruthLine", author="Marcus Ellery", published_date="2025-09-03"),
        labels=[
            L("almost 35,000", 35000, ALM, P, "returns", "government's first year, July 2024 to June 2025 (claim)", occ=0),
            L("almost 35,000", 35000, ALM, P, "returns", "government's first year, July 2024 to June 2025 (quoted Home Secretary)", occ=1),
            L("13%", 13, E, PCT, "returns_change", "first year of government vs previous twelve months (quoted Home Secretary)", occ=0),
            L("50,000", 50000, E, P, "returns", "in a year (claim in social media post)", occ=0),
            L("35,180", 35180, E, P, "returns", "year ending June 2025"),
            L("31,140", 31140, E, P, "returns", "year ending June 2024"),
            L("13%", 13, E, PCT, "returns_change", "year ending June 2025 vs year ending June 2024", occ=1),
            L("9,410", 9410, E, P, "returns", "year ending June 2025 (enforced returns)"),
            L("22,960", 22960, E, P, "returns", "year ending June 2025 (voluntary returns)"),
            L("2,810", 2810, E, P, "returns", "year ending June 2025 (port returns)"),
            L("about two-thirds", 200 / 3, AP, PCT, "returns_share_voluntary", "year ending June 2025"),
            L("just over a quarter", 25, MT, PCT, "returns_share_enforced", "year ending June 2025"),
            L("27%", 27, E, PCT, "returns_share_enforced", "year ending June 2025"),
            L("a fifth", 20, E, PCT, "returns_change", "enforced returns, year ending June 2025 vs previous year (Home Office)", ctx="by a fifth"),
            L("21%", 21, E, PCT, "returns_change", "enforced returns, year ending June 2025 vs previous year"),
            L("around 40,000", 40000, AP, P, "returns", "year ending June 2015"),
            L("roughly 15,000", 15000, AP, P, "returns", "per year, 2012 (enforced returns)"),
            L("more than a third", -THIRD, MT, PCT, "returns_change", "enforced returns, year ending June 2025 vs 2012"),
            L("50,000", 50000, E, P, "returns", "in a year (claim in social media post, heading)", occ=1),
            L("50,000", 50000, E, P, "returns", "in a year (claim in social media post)", occ=2),
            L("Around 4%", 4, AP, PCT, "returns_share_small_boat_arrivals", "small boat arrivals since 2018 (University of Mercia analysis)"),
            L("5,180", 5180, E, P, "returns", "year ending June 2025 (foreign national offenders)"),
            L("4,330", 4330, E, P, "returns", "year ending June 2024 (foreign national offenders)"),
            L("about a fifth", 20, AP, PCT, "returns_change", "foreign national offenders, year ending June 2025 vs year ending June 2024"),
            L("50,000", 50000, E, P, "returns", "in a year (claim in social media post)", occ=3),
        ]),
    "04-meridian-essay-net-migration-revisions-2025": dict(
        meta=dict(url="https://meridianreview.example/politics/the-migration-numbers-keep-moving",
                  title="The migration numbers keep moving under our feet",
                  publisher="Meridian Review", author="Ruth Calder", published_date="2025-11-29"),
        labels=[
            L("204,000", 204000, E, P, "net_migration", "year ending June 2025"),
            L("more than three-quarters", -75, MT, PCT, "net_migration_change", "year ending June 2025 vs peak (year ending June 2023)"),
            L("102,000", 102000, E, P, "net_migration_revision", "year ending June 2024, revised vs first estimate"),
            L("830,000", 830000, E, P, "net_migration", "year ending June 2024 (revised)"),
            L("944,000", 944000, E, P, "net_migration", "year ending June 2023 (latest estimate, peak)"),
            L("740,000", 740000, E, P, "net_migration", "year ending June 2023 (first estimate)"),
            L("559,000", 559000, E, P, "emigration", "year ending June 2025"),
            L("roughly doubled", 2, AP, RATIO, "emigration_ratio", "year ending June 2025 vs 2021"),
            L("763,000", 763000, E, P, "immigration", "year ending June 2025"),
            L("around two-fifths", -40, AP, PCT, "immigration_change", "year ending June 2025 vs peak (year ending June 2023)"),
            L("1.3m", 1.3e6, E, P, "immigration", "peak (year ending June 2023)"),
            L("46,400", 46400, E, P, "visas_granted_skilled_worker", "year ending June 2025 (main applicants)"),
            L("around half", 0.5, AP, RATIO, "visas_granted_skilled_worker_ratio", "year ending June 2025 vs year ending June 2023"),
            L("Roughly one in five", 20, AP, PCT, "immigration_share_study", "year ending June 2025"),
            L("fewer than one in ten", 10, LT, PCT, "immigration_share_small_boat", "last year (2024)"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "Conservative pledge, 2010-2024"),
            R("£1.5bn-£2bn", 1.5e9, 2e9, GBP, "public_finances_effect_lower_migration", "per year by end of decade (OBR estimate)"),
            L("about 4.5 million", 4.5e6, AP, P, "population_growth", "ten years to mid-2025"),
        ]),
    "05-sentinel-news-rwanda-final-bill-2024": dict(
        meta=dict(url="https://sentinel.example/news/uk/politics/rwanda-scheme-cost-715m-four-volunteers",
                  title="Rwanda scheme cost taxpayers £715m - and sent just four people, all of them volunteers",
                  publisher="The Sentinel", author="Hannah Brightwell", published_date="2024-09-10"),
        labels=[
            L("£715m", 7.15e8, E, GBP, "rwanda_scheme_cost", "total, April 2022 to July 2024 (headline)", occ=0),
            L("four", 4, E, P, "rwanda_relocations", "total, all volunteers (headline)", occ=0),
            L("£715m", 7.15e8, E, GBP, "rwanda_scheme_cost", "total, April 2022 to July 2024", occ=1),
            L("four", 4, E, P, "rwanda_relocations", "total, all volunteers", occ=1),
            L("£290m", 2.9e8, E, GBP, "payment_to_rwanda", "total paid under MEDP"),
            L("£95m", 9.5e7, E, GBP, "rwanda_scheme_cost", "charter flights"),
            L("more than £100m", 1e8, MT, GBP, "rwanda_scheme_cost", "detention, staff and IT"),
            L("£50m", 5e7, E, GBP, "payment_to_rwanda", "due April 2025 (will not be paid)"),
            L("£120m", 1.2e8, E, GBP, "payment_to_rwanda", "due once 300 people sent (will not be paid)"),
            L("over 80,000", 80000, MT, P, "small_boat_arrivals", "April 2022 to July 2024, while scheme promoted (quoted Home Secretary)"),
            L("£715m", 7.15e8, E, GBP, "rwanda_scheme_cost", "total (quoted Home Secretary)", occ=2),
            L("four", 4, E, P, "rwanda_relocations", "total, all volunteers (quoted Home Secretary)", occ=2),
            L("almost £180m", 1.8e8, ALM, GBP, "rwanda_scheme_cost", "per person relocated (quoted Home Secretary)"),
            L("£715m", 7.15e8, E, GBP, "rwanda_scheme_cost", "total", occ=3),
            L("£541m", 5.41e8, E, GBP, "rwanda_scheme_cost", "NAO estimate, March 2024"),
            L("Around 2,150", 2150, AP, P, "immigration_detentions_rwanda", "spring 2024, detained in preparation for removal"),
            L("more than 13,000", 13000, MT, P, "small_boat_arrivals", "since 5 July 2024 (quoted shadow home secretary)"),
            L("almost a fifth", 20, ALM, PCT, "small_boat_arrivals_change", "since 5 July 2024 vs same period 2023 (quoted shadow home secretary)"),
            L("£715m", 7.15e8, E, GBP, "rwanda_scheme_cost", "total (quoted Lib Dem spokesperson)", occ=4),
            L("about 118,000", 118000, AP, P, "asylum_backlog", "September 2024 (quoted Lib Dem spokesperson)"),
            L("fewer than 10", 10, LT, P, "uk_resettlement_from_rwanda", "refugees resettled from Rwanda to the UK so far"),
            L("More than 10,000", 10000, MT, P, "asylum_backlog_rwanda_cohort", "arrived after March 2023, to be processed in the UK"),
        ]),
    "06-horizon-live-channel-crossings-2025": dict(
        meta=dict(url="https://horizon.example/live/politics-live-channel-crossings-31-august-2025",
                  title="Politics live: Channel crossings pass 28,000 for the year as 914 arrive on Saturday",
                  publisher="Horizon News", author=None, published_date="2025-08-31"),
        labels=[
            L("pass 28,000", 28000, MT, P, "small_boat_arrivals", "2025 so far (to 30 August 2025, headline)"),
            L("914", 914, E, P, "small_boat_arrivals", "Saturday 30 August 2025 (headline)", occ=0),
            L("914", 914, E, P, "small_boat_arrivals", "Saturday 30 August 2025 (key points)", occ=1),
            L("14", 14, E, BOATS, "small_boat_count", "Saturday 30 August 2025 (key points)", ctx="in 14 boats on Saturday"),
            L("28.9k", 28900, E, P, "small_boat_arrivals", "2025 so far (to 30 August 2025, key points)"),
            L("38%", 38, E, PCT, "small_boat_arrivals_change", "2025 to date vs same point in 2024"),
            L("65", 65, E, PPB, "small_boat_occupancy", "Saturday 30 August 2025 (average per boat, key points)", occ=0),
            L("eight", 8, E, BOATS, "small_boat_launches_prevented", "night of 30-31 August 2025"),
            L("914", 914, E, P, "small_boat_arrivals", "Saturday 30 August 2025 (recap)", occ=2),
            L("28,912", 28912, E, P, "small_boat_arrivals", "2025 so far (to 30 August 2025, recap)", occ=0),
            L("More than 20,000", 20000, MT, P, "small_boat_arrivals", "since start of June 2025 (quoted shadow home secretary)"),
            L("45,774", 45774, E, P, "small_boat_arrivals", "2022 (record year)"),
            L("roughly 1,200", 1200, AP, P, "small_boat_arrivals", "per week, 2025"),
            L("5,438", 5438, E, P, "small_boat_arrivals", "August 2025 (to 30 August)"),
            L("4,912", 4912, E, P, "small_boat_arrivals", "August 2024"),
            L("5,500 or so", 5500, AP, P, "small_boat_arrivals", "August 2022"),
            L("318", 318, E, P, "small_boat_arrivals", "week to 23 August 2025"),
            L("more than 2,600", 2600, MT, P, "small_boat_arrivals", "week to 30 August 2025"),
            L("£480m", 4.8e8, E, GBP, "uk_france_funding", "over three years (quoted MP)"),
            L("46", 46, E, P, "small_boat_rescues", "night of 30-31 August 2025, off Gravelines", geo="France"),
            L("more than 35,000", 35000, MT, P, "returns", "since July 2024 (quoted spokesperson)"),
            V("a few dozen", 24, 60, P, "returns", "to France under UK-France pilot, to 31 August 2025"),
            L("914", 914, E, P, "small_boat_arrivals", "Saturday 30 August 2025", occ=3),
            L("14", 14, E, BOATS, "small_boat_count", "Saturday 30 August 2025", ctx="in 14 boats yesterday"),
            L("65", 65, E, PPB, "small_boat_occupancy", "Saturday 30 August 2025 (average per boat)", occ=1),
            L("1,015", 1015, E, P, "small_boat_arrivals", "19 June 2025"),
            L("28,912", 28912, E, P, "small_boat_arrivals", "2025 so far (to 30 August 2025)", occ=1),
            L("20,950", 20950, E, P, "small_boat_arrivals", "2024 to same point (to 30 August 2024)"),
        ]),
    "07-govuk-immigration-summary-ye-dec-2025": dict(
        meta=dict(url="https://gov.example/government/statistics/immigration-system-statistics-year-ending-december-2025/summary-of-latest-statistics",
                  title="Summary of latest statistics (Immigration system statistics, year ending December 2025)",
                  publisher="Home Office (GOV.UK)", author=None, published_date="2026-02-26"),
        labels=[
            L("101,640", 101640, E, P, "asylum_applications", "year ending December 2025 (main applicants)"),
            L("127,900", 127900, E, P, "asylum_applications", "year ending December 2025 (people, including dependants)"),
            L("6%", -6, E, PCT, "asylum_applications_change", "year ending December 2025 vs year ending December 2024"),
            L("118,720", 118720, E, P, "asylum_initial_decisions", "year ending December 2025"),
            L("41%", 41, E, PCT, "asylum_grant_rate", "year ending December 2025 (initial decisions)"),
            L("47%", 47, E, PCT, "asylum_grant_rate", "year ending December 2024 (initial decisions)"),
            L("6 percentage points", -6, E, PCT, "asylum_grant_rate_change", "year ending December 2025 vs year ending December 2024"),
            L("48,675", 48675, E, P, "asylum_grants", "year ending December 2025 (initial decisions)"),
            L("62,310", 62310, E, P, "asylum_backlog", "end of December 2025 (awaiting initial decision)"),
            L("33%", -33, E, PCT, "asylum_backlog_change", "end of December 2025 vs end of December 2024"),
            L("39,800", 39800, E, P, "asylum_backlog_waiting_over_6_months", "end of December 2025"),
            L("64%", 64, E, PCT, "asylum_backlog_share_waiting_over_6_months", "end of December 2025"),
            L("41,472", 41472, E, P, "small_boat_arrivals", "2025"),
            L("13%", 13, E, PCT, "small_boat_arrivals_change", "2025 vs 2024"),
            L("61", 61, E, PPB, "small_boat_occupancy", "2025 (average per boat)"),
            L("53", 53, E, PPB, "small_boat_occupancy", "2024 (average per boat)"),
            L("36,420", 36420, E, P, "returns", "year ending December 2025"),
            L("12%", 12, E, PCT, "returns_change", "year ending December 2025 vs year ending December 2024", occ=0),
            L("9,880", 9880, E, P, "returns", "year ending December 2025 (enforced returns)"),
            L("23,310", 23310, E, P, "returns", "year ending December 2025 (voluntary returns)"),
            L("3,230", 3230, E, P, "returns", "year ending December 2025 (port returns)"),
            L("103,900", 103900, E, P, "asylum_support_recipients", "end of December 2025"),
            L("31,050", 31050, E, P, "asylum_hotel_population", "end of December 2025"),
            L("12%", -12, E, PCT, "asylum_hotel_population_change", "end of December 2025 vs end of December 2024", occ=1),
            L("58,200", 58200, E, P, "asylum_dispersal_population", "end of December 2025"),
            L("4,860", 4860, E, P, "resettlement_arrivals", "year ending December 2025"),
            L("around a quarter", 25, AP, PCT, "resettlement_arrivals_share_afghan", "year ending December 2025"),
            L("782,400", 782400, E, P, "visas_granted", "year ending December 2025 (all entry clearance visas)"),
            L("9%", -9, E, PCT, "visas_granted_change", "year ending December 2025 vs year ending December 2024"),
            L("38%", -38, E, PCT, "visas_granted_skilled_worker_change", "year ending December 2025 vs year ending December 2024 (main applicants)"),
            L("44,120", 44120, E, P, "visas_granted_skilled_worker", "year ending December 2025 (main applicants)"),
            L("around half", -50, AP, PCT, "visas_granted_skilled_worker_dependants_change", "year ending December 2025 vs year ending December 2024"),
            L("3%", -3, E, PCT, "visas_granted_study_change", "year ending December 2025 vs year ending December 2024 (main applicants)"),
            L("398,500", 398500, E, P, "visas_granted_study", "year ending December 2025 (main applicants)"),
            L("fewer than 1 in 20", 5, LT, PCT, "visas_granted_study_share_dependants", "year ending December 2025"),
            L("68,300", 68300, E, P, "visas_granted_family", "year ending December 2025"),
            L("241,060", 241060, E, P, "citizenship_grants", "year ending December 2025"),
            L("5%", 5, E, PCT, "citizenship_grants_change", "year ending December 2025 vs year ending December 2024"),
        ]),
    "08-ons-population-estimates-uk-mid-2025": dict(
        meta=dict(url="https://ons.example/peoplepopulationandcommunity/populationandmigration/populationestimates/bulletins/annualmidyearpopulationestimates/mid2025",
                  title="Population estimates for the UK, England, Wales, Scotland and Northern Ireland: mid-2025",
                  publisher="Office for National Statistics", author="Population Estimates Unit", published_date="2026-07-08"),
        labels=[
            L("69,487,000", 69487000, E, P, "population", "mid-2025 (30 June 2025)"),
            L("505,600", 505600, E, P, "population_growth", "mid-2024 to mid-2025", occ=0),
            L("0.7%", 0.7, E, PCT, "population_change", "mid-2024 to mid-2025"),
            L("1.1%", 1.1, E, PCT, "population_change", "mid-2023 to mid-2024"),
            L("an estimated 482,000", 482000, E, P, "net_migration", "year to mid-2025"),
            L("23,600", 23600, E, P, "population_natural_change", "year to mid-2025", occ=0),
            L("505,600", 505600, E, P, "population_growth", "mid-2024 to mid-2025", occ=1),
            L("less than 5%", 5, LT, PCT, "population_growth_natural_change_share", "mid-2024 to mid-2025"),
            L("0.8%", 0.8, E, PCT, "population_change", "mid-2024 to mid-2025", geo="England"),
            L("58,950,000", 58950000, E, P, "population", "mid-2025", geo="England"),
            L("3,216,000", 3216000, E, P, "population", "mid-2025", geo="Wales"),
            L("1,932,000", 1932000, E, P, "population", "mid-2025", geo="Northern Ireland"),
            L("0.5%", 0.5, E, PCT, "population_change", "mid-2024 to mid-2025", geo="Scotland"),
            L("5,389,000", 5389000, E, P, "population", "mid-2025", geo="Scotland"),
            L("14,800", -14800, E, P, "population_natural_change", "year to mid-2025 (deaths exceeded births)", geo="Scotland"),
            L("Almost one in five", 20, ALM, PCT, "population_share_aged_65_and_over", "mid-2025"),
            L("19.4%", 19.4, E, PCT, "population_share_aged_65_and_over", "mid-2025"),
            L("around 16%", 16, AP, PCT, "population_share_aged_65_and_over", "mid-2005 (two decades earlier)"),
            L("663,900", 663900, E, P, "births", "year to mid-2025"),
            L("1.3%", -1.3, E, PCT, "births_change", "year to mid-2025 vs year to mid-2024"),
            L("640,300", 640300, E, P, "deaths", "year to mid-2025"),
            L("23,600", 23600, E, P, "population_natural_change", "year to mid-2025", occ=1),
            L("36,900", 36900, E, P, "population_natural_change", "year to mid-2024"),
            L("An estimated 1,045,000", 1045000, E, P, "immigration", "year to mid-2025"),
            L("563,000", 563000, E, P, "emigration", "year to mid-2025"),
            L("around 41%", -41, AP, PCT, "net_migration_change", "year to mid-2025 vs year to mid-2024"),
            L("818,000", 818000, E, P, "net_migration", "year to mid-2024 (revised)", occ=0),
            L("Around three-quarters", 75, AP, PCT, "immigration_share_non_eu", "year to mid-2025"),
            L("139,000", 139000, E, P, "net_migration", "year to mid-2025 (net international migration)", geo="London"),
            L("41,200", 41200, E, P, "population_revision", "mid-2024, revised vs previous estimate"),
            L("68,981,400", 68981400, E, P, "population", "mid-2024 (revised)"),
            L("818,000", 818000, E, P, "net_migration", "year to mid-2024 (revised)", occ=1),
            L("776,000", 776000, E, P, "net_migration", "year to mid-2024 (previous estimate)"),
            V("tens of thousands", 20000, 90000, P, "net_migration_revision", "typical revision to provisional estimates"),
        ]),
    "09-castlebridge-briefing-asylum-grants-backlog-2025": dict(
        meta=dict(url="https://castlebridge.example/cmb/briefings/asylum-decisions-grant-rates-backlog",
                  title="Briefing: Asylum decisions, grant rates and the backlog in the UK",
                  publisher="Centre on Migration and Borders, University of Castlebridge",
                  author="Imogen Sayer; Tomasz Wilk", published_date="2025-06-10"),
        labels=[
            L("109,343", 109343, E, P, "asylum_applications", "year ending March 2025 (main applicants, key points)", occ=0),
            L("Just under half", 50, ALM, PCT, "asylum_grant_rate", "year ending March 2025 (initial decisions)"),
            L("76%", 76, E, PCT, "asylum_grant_rate", "2022 (peak, key points)", occ=0),
            L("175,457", 175457, E, P, "asylum_backlog", "June 2023 (peak, key points)", occ=0),
            L("about 85,000", 85000, AP, P, "asylum_backlog", "March 2025 (key points)", occ=0),
            L("around 32%", 32, AP, PCT, "asylum_applications_share_small_boat_arrivals", "year ending March 2025"),
            L("£5.38bn", 5.38e9, E, GBP, "asylum_cost", "2023-24 financial year (key points)", occ=0),
            L("nearly double", 2, ALM, RATIO, "asylum_cost_ratio", "2023-24 vs 2021/22"),
            L("109,343", 109343, E, P, "asylum_applications", "year ending March 2025 (main applicants)", occ=1),
            L("17%", 17, E, PCT, "asylum_applications_change", "year ending March 2025 vs year ending March 2024"),
            L("around 137,000", 137000, AP, P, "asylum_applications", "year ending March 2025 (people, including dependants)"),
            L("more than 250,000", 250000, MT, P, "asylum_applications", "2024 (first-time applications)", geo="Germany"),
            L("around 912,000", 912000, AP, P, "asylum_applications", "2024", geo="EU"),
            L("roughly one in ten", 10, AP, PCT, "asylum_applications_share_uk_of_eu_and_uk", "2024 / year ending March 2025"),
            L("48%", 48, E, PCT, "asylum_grant_rate", "year ending March 2025 (initial decisions)"),
            L("76%", 76, E, PCT, "asylum_grant_rate", "2022 (peak)", occ=1),
            L("above 95%", 95, MT, PCT, "asylum_grant_rate", "year ending March 2025 (Sudanese and Eritrean applicants)"),
            L("under 10%", 10, LT, PCT, "asylum_grant_rate", "year ending March 2025 (Albanian applicants)"),
            L("45,760", 45760, E, P, "asylum_grants", "year ending March 2025 (main applicants, initial decisions)"),
            R("between 45% and 50%", 45, 50, PCT, "asylum_appeals_allowed_rate", "recent years"),
            L("roughly 50,000", 50000, AP, P, "asylum_backlog", "2019"),
            L("175,457", 175457, E, P, "asylum_backlog", "June 2023 (peak)", occ=1),
            L("about 85,000", 85000, AP, P, "asylum_backlog", "March 2025", occ=1),
            L("more than half", -50, MT, PCT, "asylum_backlog_change", "March 2025 vs June 2023 peak"),
            L("about 7,000", 7000, AP, P, "asylum_appeals_pending", "start of 2023"),
            L("more than 41,000", 41000, MT, P, "asylum_appeals_pending", "March 2025"),
            L("at least 20,000", 20000, AL, P, "asylum_withdrawn_claims_still_in_uk", "March 2025"),
            L("£5.38bn", 5.38e9, E, GBP, "asylum_cost", "2023-24 financial year", occ=1),
            L("£2.8bn", 2.8e9, E, GBP, "asylum_cost", "2021/22 financial year"),
            L("roughly £8m", 8e6, AP, GBP, "asylum_cost", "per day (hotels), 2023 peak"),
            L("about £145", 145, AP, GBP, "asylum_cost", "per person per night (hotel)"),
            L("around £14", 14, AP, GBP, "asylum_cost", "per person per night (dispersal accommodation)"),
            L("in the region of £48,000", 48000, AP, GBP, "asylum_cost_saving", "per person moved out of a hotel, per year"),
            R("between 4,000 and 5,000", 4000, 5000, P, "asylum_decisions_needed_above_intake", "per month, to end hotel use by 2029"),
        ]),
    "10-beacon-tabloid-weekend-crossings-hotels-2024": dict(
        meta=dict(url="https://beacon.example/news/politics/nearly-1000-migrants-cross-channel-48-hours-hotel-bill",
                  title="Nearly 1,000 migrants cross Channel in 48 hours as asylum hotel bill hits £8million a DAY",
                  publisher="The Daily Beacon", author="Gary Pemberton", published_date="2024-08-12"),
        labels=[
            L("Nearly 1,000", 1000, ALM, P, "small_boat_arrivals", "weekend of 10-11 August 2024 (headline)"),
            L("£8million", 8e6, E, GBP, "asylum_cost", "per day (hotels), August 2024 (headline)", occ=0),
            L("up to 70", 70, AM, PPB, "small_boat_occupancy", "weekend of 10-11 August 2024 (standfirst)", occ=0),
            L("NEARLY 1,000", 1000, ALM, P, "small_boat_arrivals", "weekend of 10-11 August 2024"),
            L("£8million", 8e6, E, GBP, "asylum_cost", "per day (hotels), August 2024", occ=1),
            L("537", 537, E, P, "small_boat_arrivals", "Saturday 10 August 2024"),
            L("nine", 9, E, BOATS, "small_boat_count", "Saturday 10 August 2024"),
            L("441", 441, E, P, "small_boat_arrivals", "Sunday 11 August 2024"),
            L("978", 978, E, P, "small_boat_arrivals", "weekend of 10-11 August 2024", occ=0),
            L("978", 978, E, P, "small_boat_arrivals", "weekend of 10-11 August 2024 (image caption)", occ=1),
            L("up to 70", 70, AM, PPB, "small_boat_occupancy", "weekend of 10-11 August 2024 (Border Force sources)", occ=1),
            L("more than 19,000", 19000, MT, P, "small_boat_arrivals", "2024 so far (to 11 August 2024)"),
            L("Around 500", 500, AP, P, "asylum_hotel_population", "August 2024, one hotel near Heathrow"),
            L("£8million", 8e6, E, GBP, "asylum_cost", "per day (hotels), August 2024", occ=2),
            L("£4.3billion", 4.3e9, E, GBP, "asylum_cost", "per year (record)"),
            L("more than double", 2, MT, RATIO, "asylum_cost_ratio", "current annual bill vs three years earlier"),
            V("hundreds of millions of pounds", 2e8, 9e8, GBP, "asylum_cost", "hotel rooms (quoted MP)"),
            L("£240million", 2.4e8, E, GBP, "payment_to_rwanda", "paid before scheme scrapped (July 2024)"),
            L("36%", -36, E, PCT, "small_boat_launches_prevented_change", "2024 vs 2023 (figures seen by the Beacon)"),
            R("40 or 50", 40, 50, PPB, "small_boat_occupancy", "2023 (quoted Border Force insider)"),
            L("60-plus", 60, MT, PPB, "small_boat_occupancy", "August 2024, routinely (quoted Border Force insider)"),
            L("more than 3,600", 3600, MT, P, "returns", "since 4 July 2024 general election (quoted spokesperson)"),
            L("more than 29,000", 29000, MT, P, "asylum_hotel_population", "end of June 2024 (image caption)"),
            L("around 118,000", 118000, AP, P, "asylum_backlog", "August 2024 (awaiting initial decision)"),
            V("Tens of thousands", 20000, 90000, P, "small_boat_arrivals", "rest of summer 2024 (quoted prediction)"),
            L("around 60", 60, AP, PPB, "small_boat_occupancy", "Saturday 10 August 2024 (one dinghy, image caption)"),
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
