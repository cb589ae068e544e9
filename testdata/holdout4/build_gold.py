#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the fourth hand-labelled hold-out set (holdout4).

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

TWO3 = 200 / 3
RET, BL, IMM, EMI = "returns", "asylum_backlog", "immigration", "emigration"

ARTICLES = {
    "01-meridian-verify-small-boats-labour-2025": dict(
        meta=dict(url="https://meridiannews.example/news/articles/c8x41vk2q7po",
                  title="Are more people crossing the Channel under Labour? We check the figures",
                  publisher="Meridian News", author="Tamsin Achebe and Olu Brandt-Harris", published_date="2025-09-03"),
        labels=[
            L("50,271", 50271, E, P, SBA, "5 July 2024 to 31 August 2025 (first 14 months of Labour government)"),
            L("38,904", 38904, E, P, SBA, "5 May 2023 to 4 July 2024 (14 months before the election)"),
            L("about 29%", 29, AP, PCT, "small_boat_arrivals_change", "14 months after vs 14 months before the July 2024 election"),
            L("5,993", 5993, E, P, SBA, "June 2025 (chart, highest month since January 2023)"),
            L("358", 358, E, P, SBA, "January 2024 (chart, lowest month since January 2023)"),
            L("28,288", 28288, E, P, SBA, "2025 to end of August"),
            L("41%", 41, E, PCT, "small_boat_arrivals_change", "2025 to end of August vs same point in 2024"),
            L("20,060", 20060, E, P, SBA, "2024 to end of August"),
            L("45,774", 45774, E, P, SBA, "2022 (record year)"),
            L("56", 56, E, PPB, "small_boat_occupancy", "January to August 2025 (average per boat)"),
            L("53", 53, E, PPB, "small_boat_occupancy", "2024 (average per boat)"),
            L("49", 49, E, PPB, "small_boat_occupancy", "2023 (average per boat)"),
            L("1,110", 1110, E, BOATS, SBC, "2022 (chart)"),
            L("602", 602, E, BOATS, SBC, "2023 (chart)"),
            L("695", 695, E, BOATS, SBC, "2024 (chart)"),
            L("502", 502, E, BOATS, SBC, "2025 to 31 August (chart)"),
            L("half", 50, E, PCT, "small_boat_arrivals_change", "under Labour (claim by shadow home secretary on Channel 4 News)", ctx="up by half"),
            L("a little under 30%", 30, ALM, PCT, "small_boat_arrivals_change", "14 months after vs 14 months before the July 2024 election"),
            L("50%", 50, E, PCT, "small_boat_arrivals_change", "under Labour (shadow home secretary's claim, restated)"),
            L("36,816", 36816, E, P, SBA, "2024"),
            L("25%", 25, E, PCT, "small_boat_arrivals_change", "2024 vs 2023"),
            L("29,437", 29437, E, P, SBA, "2023"),
            L("87%", 87, E, PCT, "small_boat_share_of_irregular_arrivals", "year to June 2025"),
            L("44,112", 44112, E, P, "irregular_arrivals", "year to June 2025"),
            L("1,350", 1350, E, P, RET, "year to June 2025 (small-boat arrivals returned)"),
            L("1,102", 1102, E, P, RET, "year to June 2024 (small-boat arrivals returned)"),
            L("fewer than 4%", 4, LT, PCT, "returns_share_of_small_boat_arrivals", "year to June 2025"),
            L("26", 26, E, P, RET, "to 31 August 2025, to France under the pilot agreed in July 2025"),
        ]),
    "02-lothian-pa-population-migration-2025": dict(
        meta=dict(url="https://lothianchronicle.example/news/national/migration-pushes-scotland-population-record-5-55-million-4871203",
                  title="Migration pushes Scotland's population to record 5.55 million",
                  publisher="The Lothian Chronicle", author="Ewan Cairncross, PA", published_date="2025-07-31"),
        labels=[
            L("5.55 million", 5.55e6, E, P, "population", "30 June 2024 (headline)", geo="Scotland"),
            L("5,546,900", 5546900, E, P, "population", "30 June 2024", geo="Scotland"),
            L("0.8%", 0.8, E, PCT, "population_change", "year to 30 June 2024", geo="Scotland"),
            L("some 43,900", 43900, AP, P, "population_growth", "year to 30 June 2024", geo="Scotland"),
            L("54,100", 54100, E, P, NM, "year to 30 June 2024 (including moves from the rest of the UK)", geo="Scotland"),
            L("about 45,000", 45000, AP, P, "net_migration_international", "year to 30 June 2024 (from outside the UK)", geo="Scotland"),
            L("10,200", -10200, E, P, "population_natural_change", "year to 30 June 2024 (deaths exceeded births)", geo="Scotland"),
            L("755,300", 755300, E, P, "population_growth", "year to mid-2024"),
            L("69.3 million", 6.93e7, E, P, "population", "mid-2024"),
            L("750,900", 750900, E, P, NM, "year to mid-2024"),
            L("906,000", 906000, E, P, NM, "year to mid-2023"),
            L("more than nine-tenths", 90, MT, PCT, "net_migration_share_of_population_growth", "year to mid-2024 (second year running)"),
            L("19,500", 19500, E, P, "population_growth", "year to mid-2024", geo="Wales"),
            L("3,186,600", 3186600, E, P, "population", "mid-2024", geo="Wales"),
            L("17,300", 17300, E, P, NM, "year to mid-2024 (international)", occ=0, geo="Wales"),
            L("6,100", 6100, E, P, "internal_migration_net", "year to mid-2024 (from elsewhere in the UK)", geo="Wales"),
            L("3,900", -3900, E, P, "population_natural_change", "year to mid-2024 (natural decrease)", geo="Wales"),
            L("1.9%", 1.9, E, PCT, "population_change", "year to 30 June 2024", geo="City of Edinburgh"),
            L("0.4%", -0.4, E, PCT, "population_change", "year to 30 June 2024", geo="Inverclyde"),
            L("Around four in five", 80, AP, PCT, "immigration_share_aged_16_34", "year to 30 June 2024, overseas arrivals aged 16 to 34 (quoted NRS)", geo="Scotland"),
            V("Tens of thousands", 20000, 90000, P, "immigration_work_care_workers", "since 2022, care workers and nurses (quoted Scottish minister)", geo="Scotland"),
            L("almost halved", -50, ALM, PCT, "net_migration_change", "since peak under previous government (quoted UK Government spokesperson)"),
            L("More than 750,000", 750000, MT, P, "population_growth", "single year to mid-2024 (quoted Conservative MSP)"),
            L("17,300", 17300, E, P, NM, "year to mid-2024 (quoted Welsh cabinet secretary)", occ=1, geo="Wales"),
        ]),
    "03-plainfacts-asylum-hotels-claim-2025": dict(
        meta=dict(url="https://plainfacts.example/immigration/asylum-hotels-8-3-million-a-day/",
                  title="Is the government spending £8.3 million a day on asylum hotels?",
                  publisher="Plain Facts", author="Priya Lindgren", published_date="2025-06-18"),
        labels=[
            L("£8.3 million", 8.3e6, E, GBP, AC, "per day (hotels), claimed as current (headline)", ctx="spending £8.3 million a day on asylum hotels?"),
            L("£8.3 million", 8.3e6, E, GBP, AC, "per day (hotels), claimed as current (claim box)", ctx="spending \"£8.3 million a day\" on hotels"),
            L("£8.3 million", 8.3e6, E, GBP, AC, "per day (hotels), 2023-24 (verdict)", ctx="The £8.3 million figure"),
            L("roughly £5.6 million", 5.6e6, AP, GBP, AC, "per day (hotels), 2024-25 (verdict)", occ=0),
            L("£8.3 million", 8.3e6, E, GBP, AC, "per day (hotels), claimed as current (quoted Reform UK spokesman)", ctx="is spending £8.3 million a day on asylum hotels, more"),
            L("£8.3 million", 8.3e6, E, GBP, AC, "per day (hotels), 2023-24 (subheading)", ctx="Where does £8.3 million come"),
            L("about £8.3 million", 8.3e6, AP, GBP, AC, "per day (hotels), 2023-24 (NAO, May 2024)"),
            L("£4.39 billion", 4.39e9, E, GBP, AC, "2024-25 financial year (asylum support)"),
            L("18%", -18, E, PCT, "asylum_cost_change", "2024-25 vs 2023-24"),
            L("£5.38 billion", 5.38e9, E, GBP, AC, "2023-24 financial year"),
            L("£2.05 billion", 2.05e9, E, GBP, AC, "2024-25 financial year (hotels)"),
            L("roughly £5.6 million", 5.6e6, AP, GBP, AC, "per day (hotels), 2024-25 (£2.05bn divided by 365)", occ=1),
            L("about a third", -THIRD, AP, PCT, "asylum_cost_change", "per day (hotels), 2024-25 vs 2023-24"),
            L("below £5 million", 5e6, LT, GBP, AC, "per day (hotels), April and May 2025 (quoted Home Office spokesperson)"),
            L("32,059", 32059, E, P, HOT, "end of March 2025"),
            L("29,585", 29585, E, P, HOT, "end of March 2024"),
            L("8%", 8, E, PCT, "asylum_hotel_population_change", "end of March 2025 vs end of March 2024"),
            L("56,042", 56042, E, P, HOT, "September 2023 (peak)"),
            L("some 400", 400, AP, HOTELS, "asylum_hotels_in_use", "September 2023"),
            L("£145", 145, E, GBP, AC, "per person per night (hotel), 2023-24 (NAO)"),
            L("£24", 24, E, GBP, AC, "per person per night (other asylum accommodation), 2023-24 (NAO)"),
            L("roughly six times", 6, AP, RATIO, "asylum_cost_ratio", "hotel place vs other accommodation, per night, 2023-24"),
            L("£8.86", 8.86, E, GBP, AC, "per person per week (allowance in catered hotels)"),
            L("£49.18", 49.18, E, GBP, AC, "per person per week (section 95 support, self-catered)"),
            L("£1 billion", 1e9, E, GBP, AC, "per year by 2026, planned saving from leaving hotels (ministers)"),
            L("nearly 400", 400, ALM, HOTELS, "asylum_hotels_in_use", "July 2024, when the government took office (quoted Home Office)"),
            L("under 220", 220, LT, HOTELS, "asylum_hotels_in_use", "June 2025 (quoted Home Office)"),
        ]),
    "04-undertow-essay-french-policing-2023": dict(
        meta=dict(url="https://undertow.example/p/the-gendarmes-dilemma",
                  title="The gendarme's dilemma",
                  publisher="Undertow", author="Corin Halloway", published_date="2023-09-12"),
        labels=[
            L("perhaps 60", 60, AP, PPB, "small_boat_occupancy", "one dinghy launched near Gravelines, July 2023 (author's observation)", geo="France"),
            L("60", 60, E, PPB, "small_boat_occupancy", "hypothetical dinghy pushed back by a patrol boat", ctx="with 60 people", geo="France"),
            L("almost half a billion pounds", 5e8, ALM, GBP, "uk_france_funding", "over three years from March 2023"),
            L("£232m", 2.32e8, E, GBP, "uk_france_funding", "previous nine years (to March 2023)"),
            L("some 800", 800, AP, P, "french_coastal_police_deployed", "2023 (French government)", geo="France"),
            L("33,000", 33000, E, P, "small_boat_crossings_prevented", "2022 (French interior ministry)", geo="France"),
            L("around 40%", 40, AP, PCT, "small_boat_launches_prevented_share", "2023 (French interior ministry)", geo="France"),
            L("45,774", 45774, E, P, SBA, "2022", occ=0),
            L("more than five times", 5, MT, RATIO, "small_boat_arrivals_ratio", "2022 vs 2020"),
            L("8,466", 8466, E, P, SBA, "2020"),
            L("45,774", 45774, E, P, SBA, "2022", occ=1),
            L("1,110", 1110, E, BOATS, SBC, "2022"),
            L("roughly a fifth", -20, AP, PCT, "small_boat_arrivals_change", "2023 so far vs same point in 2022 (Home Office)"),
            L("about 20,000", 20000, AP, P, SBA, "2023 so far (to September 2023)"),
            L("41", 41, E, PPB, "small_boat_occupancy", "2022 (average per boat)"),
            L("closer to 50", 50, AP, PPB, "small_boat_occupancy", "2023 so far (average per boat)"),
            R("between €1,000 and €3,000", 1000, 3000, EUR, "smuggler_fee", "per seat, 2023", geo="France"),
            V("tens of thousands", 20000, 90000, P, SBA, "per year (passengers, author's calculation)"),
            L("well over €50m", 5e7, MT, EUR, "smuggling_revenue", "per year (author's calculation)", geo="France"),
            L("over 100,000", 100000, MT, P, "irregular_arrivals", "2023 so far (by sea)", geo="Italy"),
            L("roughly five times", 5, AP, RATIO, "irregular_arrivals_ratio", "2023 so far, Italy vs UK", geo="Italy"),
            V("a few thousand", 2000, 5000, P, "calais_dunkirk_camp_population", "at any one time, 2023", geo="France"),
            L("At least 27", 27, AL, P, "small_boat_deaths", "single night in November 2021"),
            L("some 134,000", 134000, AP, P, BL, "September 2023"),
            V("a few hundred", 200, 500, P, RET, "2023 so far (small-boat arrivals returned, mostly Albanians)"),
        ]),
    "05-standalone-returns-removals-2026": dict(
        meta=dict(url="https://standalone.example/news/uk/home-news/enforced-removals-highest-since-2016-b2917734.html",
                  title="Enforced removals reach highest level since 2016 as charities warn of \"deport first, ask later\" culture",
                  publisher="The Standalone", author="Hana Okafor-Reid", published_date="2026-02-26"),
        labels=[
            L("almost 10,000", 10000, ALM, P, RET, "2025 (enforced returns, standfirst)"),
            L("nearly a quarter", 25, ALM, PCT, "returns_change", "2025 vs 2024 (enforced returns)"),
            L("9,914", 9914, E, P, RET, "2025 (enforced returns)"),
            L("24%", 24, E, PCT, "returns_change", "2025 vs 2024 (enforced returns)"),
            L("8,002", 8002, E, P, RET, "2024 (enforced returns)"),
            L("24,207", 24207, E, P, RET, "2025 (voluntary returns)"),
            L("1,920", 1920, E, P, RET, "2025 (refused entry at port and removed)"),
            L("36,041", 36041, E, P, RET, "2025 (all returns)"),
            L("5,630", 5630, E, P, RET, "2025 (foreign national offenders)"),
            L("14%", 14, E, PCT, "returns_change", "2025 vs 2024 (foreign national offenders)"),
            L("2,904", 2904, E, P, RET, "2025 (enforced returns of Albanian nationals)"),
            L("41,472", 41472, E, P, SBA, "2025"),
            L("1,612", 1612, E, P, RET, "2025 (small-boat arrivals returned)"),
            L("under 4%", 4, LT, PCT, "returns_share_of_small_boat_arrivals", "2025"),
            L("more than 50,000", 50000, MT, P, RET, "since July 2024 (quoted Home Office)"),
            L("more than a third", -THIRD, MT, PCT, "asylum_backlog_change", "since July 2024 (Home Office)"),
            L("nearly 10,000", 10000, ALM, P, RET, "2025 (enforced returns, quoted committee chair)"),
            V("tens of thousands", 20000, 90000, P, SBA, "per year, currently (quoted committee chair)"),
            L("about £16,000", 16000, AP, GBP, "returns_cost", "per person, enforced return including detention and escorts (Home Office)"),
            L("42%", 42, E, PCT, "returns_share_failed_asylum_seekers", "2025 (enforced returns)"),
            L("35%", 35, E, PCT, "returns_share_failed_asylum_seekers", "2024 (enforced returns)"),
            L("4,100", 4100, E, "other:calls", "charity_advice_line_calls", "2025 (Freedom Gate)"),
            L("a third", THIRD, E, PCT, "charity_advice_line_calls_change", "2025 vs 2024 (Freedom Gate)", ctx="up by a third"),
            L("fewer than one in 20", 5, LT, PCT, "returns_share_of_small_boat_arrivals", "2025 (quoted shadow minister)"),
            L("almost a quarter", 25, ALM, PCT, "returns_change", "2025 vs 2024 (enforced returns, quoted Home Office spokesperson)"),
            L("15,113", 15113, E, P, RET, "2012 (enforced returns, peak)"),
        ]),
    "06-morningtelegram-ons-net-migration-routes-2025": dict(
        meta=dict(url="https://morningtelegram.example/politics/2025/11/27/net-migration-falls-212000-britons-leaving-record-numbers/",
                  title="Net migration falls to 212,000 - but Britons are leaving in record numbers",
                  publisher="The Morning Telegram", author="Charles Whitcombe", published_date="2025-11-27"),
        labels=[
            L("212,000", 212000, E, P, NM, "year to June 2025 (headline)", occ=0),
            L("two-thirds", -TWO3, E, PCT, "net_migration_change", "year to June 2025 vs year to June 2024 (standfirst)"),
            L("212,000", 212000, E, P, NM, "year to June 2025", occ=1),
            L("less than a quarter", 0.25, LT, RATIO, "net_migration_ratio", "year to June 2025 vs peak (year to June 2023)"),
            L("649,000", 649000, E, P, NM, "year to June 2024 (revised)"),
            L("67 per cent", -67, E, PCT, "net_migration_change", "year to June 2025 vs year to June 2024"),
            L("Some 898,000", 898000, AP, P, IMM, "year to June 2025"),
            L("686,000", 686000, E, P, EMI, "year to June 2025"),
            L("86,000", -86000, E, P, "net_migration_revision", "calendar year 2024, revision vs first estimate (May 2025)"),
            L("345,000", 345000, E, P, NM, "calendar year 2024 (revised, November 2025)"),
            L("431,000", 431000, E, P, NM, "calendar year 2024 (first estimate, May 2025)"),
            L("653,000", 653000, E, P, "immigration_non_eu", "year to June 2025"),
            L("73 per cent", 73, E, PCT, "immigration_share_non_eu", "year to June 2025"),
            L("117,000", 117000, E, P, "immigration_work_main_applicants", "year to June 2025 (non-EU)"),
            L("180,000", 180000, E, P, "immigration_work_main_applicants", "year to June 2024 (non-EU)"),
            L("62,000", 62000, E, P, "immigration_work_dependants", "year to June 2025 (non-EU)"),
            L("196,000", 196000, E, P, "immigration_work_dependants", "year to June 2024 (non-EU)"),
            L("247,000", 247000, E, P, "immigration_study_main_applicants", "year to June 2025 (non-EU)"),
            L("14,000", 14000, E, P, "immigration_study_dependants", "year to June 2025 (non-EU)"),
            L("71,000", 71000, E, P, "immigration_family", "year to June 2025 (non-EU)"),
            L("103,000", 103000, E, P, "immigration_humanitarian", "year to June 2025 (non-EU, incl. asylum, Ukraine and Hong Kong schemes)"),
            L("39,000", 39000, E, P, "immigration_other", "year to June 2025 (non-EU)"),
            L("35 per cent", 35, E, PCT, "immigration_share_dependants_work", "year to June 2025 (non-EU work visas)"),
            L("52 per cent", 52, E, PCT, "immigration_share_dependants_work", "year to June 2024 (non-EU work visas)"),
            L("-109,000", -109000, E, P, "net_migration_british_nationals", "year to June 2025"),
            L("Some 168,000", 168000, AP, P, "emigration_former_study_visa_non_eu", "year to June 2025"),
            L("more than twice", 2, MT, RATIO, "emigration_former_study_visa_non_eu_ratio", "year to June 2025 vs year to June 2023"),
            L("more than 400,000", -400000, MT, P, "net_migration_change", "year to June 2025 vs year to June 2024 (quoted Home Secretary)"),
            L("more than 200,000", 200000, MT, P, NM, "per year, year to June 2025 (quoted shadow home secretary)"),
            L("a third", THIRD, E, PCT, "net_migration_share_of_fall_from_revisions", "fall to year to June 2025 (quoted shadow home secretary)", ctx="And a third of the fall"),
            L("121,000", 121000, E, P, "net_migration_revision", "year to June 2024, upward revision since first estimate"),
            L("about half", 50, AP, PCT, "net_migration_share_of_fall_from_visa_changes", "fall over the past two years, to June 2025 (ONS officials)"),
        ]),
    "07-klaxon-tabloid-rwanda-cash-row-2024": dict(
        meta=dict(url="https://klaxon.example/news/politics/29418807/rwanda-keeps-290m-labour-axes-flights/",
                  title="KIGALI KEEPS THE CASH: Rwanda pockets £290m as Labour axes flights - and won't give a penny back",
                  publisher="The Daily Klaxon", author="Gemma Pratley", published_date="2024-07-23"),
        labels=[
            L("£290m", 2.9e8, E, GBP, PTR, "total paid to Rwanda, to July 2024 (headline)"),
            L("£175m", 1.75e8, E, GBP, RSC, "per person relocated (standfirst)"),
            L("£290million", 2.9e8, E, GBP, PTR, "total paid to Rwanda, to July 2024"),
            L("£700million", 7e8, E, GBP, RSC, "total cost of the scheme, to July 2024"),
            L("FOUR", 4, E, P, "rwanda_relocations", "total, all volunteers"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "per person relocated voluntarily"),
            L("£175million", 1.75e8, E, GBP, RSC, "per person relocated"),
            L("Four", 4, E, P, "rwanda_relocations", "total (quoted ex-immigration minister)", ctx="Four people for"),
            L("£700m", 7e8, E, GBP, RSC, "total cost of the scheme (quoted ex-immigration minister)", occ=0),
            L("more than 2,000", 2000, MT, P, "immigration_detentions_rwanda", "before the July 2024 election (Tory sources)"),
            L("around £220m", 2.2e8, AP, GBP, RSC, "future spending avoided by cancelling the scheme (Labour)"),
            L("£50m", 5e7, E, GBP, PTR, "per year, due in each of the next two years (no longer paid)", occ=0),
            L("£240m", 2.4e8, E, GBP, PTR, "2022"),
            L("£50m", 5e7, E, GBP, PTR, "2023", occ=1),
            L("More than 2,000", 2000, MT, P, SBA, "since polling day, 4 July 2024"),
            L("almost 300", 300, ALM, P, SBA, "per day, busiest days since 4 July 2024"),
            L("1,500 or so", 1500, AP, P, SBA, "same fortnight in 2023"),
            L("£700m", 7e8, E, GBP, RSC, "total cost of the scheme (quoted Home Secretary)", occ=1),
            L("four", 4, E, P, "rwanda_relocations", "total, volunteers (quoted Home Secretary)", ctx="send four volunteers"),
            L("118,882", 118882, E, P, BL, "July 2024 (latest official figures)"),
            L("more than £5bn", 5e9, MT, GBP, AC, "per year, 2024"),
            L("up to 100", 100, AM, P, "rwanda_accommodation_capacity", "Hope Hostel beds (Rwandan government)", geo="Rwanda"),
            V("Tens of millions of pounds", 2e7, 9e7, GBP, RSC, "total (quoted Open Shores spokesperson)"),
        ]),
    "08-evidence-centre-explainer-asylum-backlog-2026": dict(
        meta=dict(url="https://evidencecentre.example/resources/explainers/asylum-backlog-processing-times/",
                  title="Explainer: The UK's asylum backlog and how long claims take",
                  publisher="The Migration Evidence Centre", author="Imogen Sato and Callum Reade", published_date="2026-01-20"),
        labels=[
            L("86,413", 86413, E, P, BL, "end of September 2025 (key points)", occ=0),
            L("30%", -30, E, PCT, "asylum_backlog_change", "end of September 2025 vs end of September 2024 (key points)"),
            L("58%", 58, E, PCT, "asylum_backlog_share_waiting_over_6_months", "end of September 2025 (key points)", occ=0),
            L("14.2 months", 14.2, E, MONTHS, "asylum_initial_decision_wait_average", "claims decided in 2025 (key points)", occ=0),
            L("£4.39bn", 4.39e9, E, GBP, AC, "2024-25 financial year (key points)", occ=0),
            L("86,413", 86413, E, P, BL, "end of September 2025", occ=1),
            L("122,585", 122585, E, P, BL, "end of September 2024"),
            L("about 175,000", 175000, AP, P, BL, "mid-2023 (peak)"),
            L("Around 51,000", 51000, AP, P, "asylum_backlog_appeals", "end of September 2025 (First-tier Tribunal)"),
            L("roughly 19,000", 19000, AP, P, "asylum_backlog_appeals", "late 2024 (First-tier Tribunal)"),
            L("99,939", 99939, E, P, "asylum_applications", "year to December 2022"),
            L("more than double", 2, MT, RATIO, "asylum_applications_ratio", "2022 vs 2021"),
            L("14.2 months", 14.2, E, MONTHS, "asylum_initial_decision_wait_average", "claims decided in 2025", occ=1),
            L("86,413", 86413, E, P, BL, "end of September 2025", occ=2),
            L("58%", 58, E, PCT, "asylum_backlog_share_waiting_over_6_months", "end of September 2025", occ=1),
            L("about one in five", 20, AP, PCT, "asylum_backlog_share_waiting_over_1_year", "end of September 2025"),
            L("76%", 76, E, PCT, "asylum_grants_share_of_initial_decisions", "2022 (initial grant rate)"),
            L("48%", 48, E, PCT, "asylum_grants_share_of_initial_decisions", "year to September 2025 (initial grant rate)"),
            L("111,084", 111084, E, P, "asylum_applications", "year to September 2025 (people)"),
            L("13%", 13, E, PCT, "asylum_applications_change", "year to September 2025 vs year to September 2024"),
            L("Around four in ten", 40, AP, PCT, "asylum_applications_share_small_boat", "year to September 2025"),
            L("£4.39bn", 4.39e9, E, GBP, AC, "2024-25 financial year (asylum support)", occ=1),
            L("£5.38bn", 5.38e9, E, GBP, AC, "2023-24 financial year (asylum support)"),
            L("roughly £145", 145, AP, GBP, AC, "per person per night (hotels)"),
            L("less than £25", 25, LT, GBP, AC, "per person per night (other housing)"),
            R("between 50,000 and 60,000", 50000, 60000, P, BL, "by March 2027 (Home Office expectation)"),
            L("above 100,000", 100000, MT, P, "asylum_applications", "per year, hypothetical (if applications stay above)"),
            V("tens of thousands", 20000, 90000, P, "asylum_applications", "per year, hypothetical new claims joining the queue"),
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
