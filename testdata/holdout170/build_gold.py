#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-seventieth hand-labelled hold-out set (holdout170).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, PTR)

UK, ENG, WAL, SCO, NI, FR, EU = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France", "EU"
REPORTS, REFERRALS, EMPLOYERS = "other:reports", "other:referrals", "other:employers"
DP1000, CPW = "other:deaths_per_1000_residents", "other:children_per_woman"

# 01 (PA copy, Tuesday 16 June 2026; Home Office figures for Monday 15 June 2026)
HO1 = "Home Office figures"
DAY1 = "15 June 2026 (Monday; " + HO1 + ")"
YTD1 = "1 January to 15 June 2026 (2026's running total, so far this year; " + HO1 + ")"
OCC = "small_boat_occupancy"
TRB = "Hannah Mbeki-Forsyth, Tideline Refugee Support"

# 02 (Wednesday 30 September 2026; NRS mid-2025 estimates published Tuesday 29 September 2026)
NRS = "National Records of Scotland mid-year estimates published Tuesday 29 September 2026"
Y2 = "mid-2024 to mid-2025 (the year to 30 June 2025; " + NRS + ")"
MID2 = "30 June 2025 (mid-2025; " + NRS + ")"
PNC = "population_natural_change"

# 03 (Monday 9 March 2026; Home Office records released under FOI to a charity and shared with the paper)
REC = "Home Office records obtained by The Marchland"
Y3 = "January to December 2025 (last year; " + REC + ")"
AAD = "asylum_accommodation_deaths"
SINCE20 = "1 January 2020 to March 2026 (deaths recorded since 2020; " + REC + ")"

# 04 (Friday 27 February 2026; Home Office accounts for 2024/25 and statistics published Thursday 26 February 2026)
ACC = "Home Office annual accounts"
FY4 = "April 2024 to March 2025 (the 12 months to March 2025; " + ACC + ")"
HO4 = "Home Office statistics published Thursday 26 February 2026"
D25 = "31 December 2025 (the end of December; " + HO4 + ")"
ACH, HIU = "asylum_cost_hotels", "asylum_hotels_in_use"

# 05 (Thursday 19 March 2026; OBR forecast published Wednesday 18 March 2026)
OBR = "Office for Budget Responsibility forecast published Wednesday 18 March 2026"
Y3031 = "April 2030 to March 2031 (2030-31; " + OBR + ")"
NMF = "net_migration_forecast"

# 06 (Thursday 18 June 2026; Welsh Government figures released for Refugee Week)
WG = "Welsh Government figures released for Refugee Week 2026"
FY6 = "April 2025 to March 2026 (2025/26, last year; " + WG + ")"
SINCE24 = "April 2024 to June 2026 (since the programme began in April 2024; " + WG + ")"
PRG = "refugee_employment_programme"

# 07 (Saturday 5 December 2026; ONS estimates published Thursday 26 November 2026, "last week")
ONS7 = "ONS estimates published Thursday 26 November 2026"
YJ26 = "July 2025 to June 2026 (the year ending June 2026; " + ONS7 + ")"
CGR = "Castlegate Research poll of 2,060 adults, November 2026 (last month)"

ARTICLES = {
    "01-kendal-clocktower-pa-record-day-channel-crossings": dict(
        meta=dict(url="https://www.kendalclocktower.example/news/national/channel-sees-record-1438-crossings-in-a-day-with-65-packed-into-each-boat-5521907",
                  title="Channel sees record 1,438 crossings in a day, with 65 packed into each boat",
                  publisher="Kendal Clocktower", author="Ffion Hargreave-Amadi", published_date="2026-06-16"),
        labels=[
            L("1,438", 1438, E, P, SBA, DAY1 + " a record; headline", occ=0),
            L("65", 65, E, PPB, OCC, "15 June 2026 (Monday, packed into each boat; headline)", ctx="with 65 packed"),
            L("more than 100", 100, MT, P, SBA + "_change", "15 June 2026 vs the previous daily high of 22 August 2022 (beat by; standfirst)"),
            L("22", 22, E, BOATS, SBC, "15 June 2026 (Monday, dinghies; standfirst)", ctx="into 22 dinghies"),
            L("1,438", 1438, E, P, SBA, DAY1 + " in all", occ=1),
            L("22", 22, E, BOATS, SBC, DAY1, ctx="in 22 boats"),
            L("about 65", 65, AP, PPB, OCC, DAY1 + " each vessel on average"),
            L("1,305", 1305, E, P, SBA, "22 August 2022 (the old single-day high; " + HO1 + ")"),
            L("16,950", 16950, E, P, SBA, YTD1),
            L("20%", 20, E, PCT, SBA + "_change", "1 January to 15 June 2026 vs the same point of 2025 (up; " + HO1 + ")"),
            L("14,120", 14120, E, P, SBA, "1 January to 15 June 2025 (logged by this point in 2025; " + HO1 + ")"),
            L("268", 268, E, BOATS, SBC, YTD1),
            L("63", 63, E, PPB, OCC, YTD1 + " an average per boat", ctx="average of 63"),
            L("53", 53, E, PPB, OCC, "1 January to 15 June 2025 (twelve months ago, per boat; " + HO1 + ")"),
            L("Some 3,540", 3540, AP, P, SBA, "1 to 15 June 2026 (the first half of June alone; " + HO1 + ")"),
            L("920", 920, E, P, SBA, "1 to 15 June 2025 (the same days of 2025; " + HO1 + ")"),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", "1 to 15 June 2026 vs the same days of 2025 (as many have come this year)"),
            L("1,364", 1364, E, P, SBA, "8 to 14 June 2026 (the seven days to Sunday; " + HO1 + ")"),
            L("c. 90", 90, AP, PPB, "small_boat_occupancy_max", "15 June 2026 (one dinghy intercepted off Folkestone; a Government source)"),
            L("roughly one in five", 20, AP, PCT, "small_boat_arrivals_share_eritrean", "January to March 2026 (Eritreans, the largest single nationality; " + HO1 + ")"),
            L("around 480", 480, AP, P, "small_boat_launch_attempts_stopped_people", "14 to 15 June 2026 (overnight into Monday, beaches between Calais and the Canche estuary; French police)", geo=FR),
            L("at least nine", 9, AL, P, "small_boat_deaths", "1 January to 15 June 2026 (so far this year, on the route; the French coastguard)"),
            L("About 41,500", 41500, AP, P, SBA, "January to December 2025 (last year)"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (the highest annual figure)"),
            L("More than 80,000", 80000, MT, P, SBA, "5 July 2024 to 15 June 2026 (since 5 July 2024; Marcus Tillotson-Brae, shadow home secretary)"),
            L("passed 50,000", 50000, MT, P, "returns", "5 July 2024 to June 2026 (since the general election, removals; a Home Office spokesperson)"),
            L("312", 312, E, P, "returns_france", "September 2025 to June 2026 (so far, under the deal with France; a Home Office spokesperson)", geo=FR),
            R("60 or 70", 60, 70, PPB, OCC, "June 2026 (now routinely, a dinghy built for 15; " + TRB + ")"),
        ]),
    "02-morningside-mercat-scotland-net-migration-ageing": dict(
        meta=dict(url="https://www.morningsidemercat.example/news/scotland/scotlands-population-reaches-record-561m-but-net-migration-drops-by-a-third-4903318",
                  title="Scotland's population reaches record 5.61m but net migration drops by a third",
                  publisher="Morningside Mercat", author="Isla Drummond-Achebe", published_date="2026-09-30"),
        labels=[
            L("5.61m", 5610000, E, P, "population", "30 June 2025 (a record; headline)", geo=SCO),
            L("a third", -THIRD, E, PCT, NM + "_change", "year to mid-2025 vs year to mid-2024 (drops by; headline)", ctx="drops by a third", geo=SCO),
            L("14,400", -14400, E, P, PNC, "mid-2024 to mid-2025 (deaths outnumbered births by; standfirst)", occ=0, geo=SCO),
            L("more than one in five", 20, MT, PCT, "population_share_aged_65_and_over", "30 June 2025 (Scots aged 65-plus; standfirst)", geo=SCO),
            L("5,612,300", 5612300, E, P, "population", MID2 + " a new high", geo=SCO),
            L("27,400", 27400, E, P, "population_growth", Y2, geo=SCO),
            L("0.5%", 0.5, E, PCT, "population_change", Y2, geo=SCO),
            L("41,800", 41800, E, P, NM, Y2 + " a net, moved to Scotland in the year ending June 2025", geo=SCO),
            L("a third", -THIRD, E, PCT, NM + "_change", "year ending June 2025 vs the year before (down on last year's; " + NRS + ")", ctx="down a third on", geo=SCO),
            L("62,700", 62700, E, P, NM, "mid-2023 to mid-2024 (last year's; " + NRS + ")", geo=SCO),
            L("26,100", 26100, E, P, "net_migration_overseas", Y2 + " from overseas", geo=SCO),
            L("15,700", 15700, E, P, "net_migration_rest_of_uk", Y2 + " from elsewhere in the UK", geo=SCO),
            L("45,200", 45200, E, P, "births", Y2, geo=SCO),
            L("59,600", 59600, E, P, "deaths", Y2, geo=SCO),
            L("14,400", -14400, E, P, PNC, Y2 + " a natural decrease", occ=1, geo=SCO),
            L("26.1k", 26100, E, P, "net_migration_overseas", "mid-2024 to mid-2025 (NET MIGRATION TO SCOTLAND box, overseas)", geo=SCO),
            L("15.7k", 15700, E, P, "net_migration_rest_of_uk", "mid-2024 to mid-2025 (NET MIGRATION TO SCOTLAND box, rest of UK)", geo=SCO),
            L("41.8k", 41800, E, P, NM, "mid-2024 to mid-2025 (NET MIGRATION TO SCOTLAND box, total)", geo=SCO),
            L("Some 1,144,900", 1144900, AP, P, "population_aged_65_and_over", MID2, geo=SCO),
            L("20.4%", 20.4, E, PCT, "population_share_aged_65_and_over", MID2, geo=SCO),
            L("2.9%", 2.9, E, PCT, "population_aged_85_and_over_change", Y2 + " climbed", geo=SCO),
            L("131,400", 131400, E, P, "population_aged_85_and_over", MID2, geo=SCO),
            L("1.1%", -1.1, E, PCT, "population_aged_under_16_change", Y2 + " dropped", geo=SCO),
            L("42.8 years", 42.8, E, YEARS, "population_median_age", MID2, geo=SCO),
            L("1.4%", 1.4, E, PCT, "population_change", Y2, geo="Edinburgh"),
            L("535,800", 535800, E, P, "population", MID2, geo="Edinburgh"),
            L("7,000", 7000, E, P, NM, Y2 + " a net, arriving over the year", geo="Edinburgh"),
            L("37.6", 37.6, E, YEARS, "population_median_age", MID2 + " the lowest of Scotland's council areas", geo="Edinburgh"),
            L("1.9%", 1.9, E, PCT, "population_change", Y2, geo="Midlothian"),
            L("1.2%", 1.2, E, PCT, "population_change", Y2 + " added", geo="Glasgow"),
            L("650,300", 650300, E, P, "population", MID2, geo="Glasgow"),
            L("nearly two", 2, ALM, RATIO, "deaths_to_births_ratio", Y2 + " deaths for every birth", geo="Scottish Borders"),
            L("about 8.1%", 8.1, AP, PCT, "population_share_scotland_of_uk", "mid-2025 (Scotland's share of the UK's population)", geo=UK),
            L("around 120,000", -120000, AP, P, "population_working_age_projection_change", "2025 to 2045 (could fall by 2045, the Scottish Government's projections; Ailsa Rennick-Oyede, migration minister)", geo=SCO),
        ]),
    "03-the-marchland-asylum-accommodation-deaths": dict(
        meta=dict(url="https://www.themarchland.example/news/uk/home-news/asylum-seekers-deaths-home-office-accommodation-rise-b2917733.html",
                  title="Deaths in asylum housing rise 35% as charity warns of 'a crisis nobody is counting'",
                  publisher="The Marchland", author="Nadia Holloway-Ekwueme", published_date="2026-03-09"),
        labels=[
            L("35%", 35, E, PCT, AAD + "_change", "2025 vs 2024 (rise; headline)"),
            L("96", 96, E, P, AAD, "January to December 2025 (died in Home Office accommodation last year; standfirst)"),
            L("nearly double", 2, ALM, RATIO, AAD + "_ratio", "2025 vs 2023 (the toll of 2023; standfirst)"),
            L("about a third", THIRD, AP, PCT, AAD + "_share_suspected_suicides", "January to December 2025 (standfirst)"),
            L("Ninety-six", 96, E, P, AAD, Y3),
            L("35 per cent", 35, E, PCT, AAD + "_change", "2025 vs 2024 (a rise of; " + REC + ")"),
            L("71", 71, E, P, AAD, "January to December 2024 (" + REC + ")"),
            L("50", 50, E, P, AAD, "January to December 2023 (" + REC + ")", ctx="and 50 in 2023"),
            L("335", 335, E, P, AAD, "1 January 2020 to 31 December 2025 (the total since the start of 2020; " + REC + ")"),
            L("31", 31, E, P, AAD + "_suspected_suicides", Y3),
            L("Four", 4, E, P, AAD + "_children", Y3, ctx="Four of those who died"),
            L("two", 2, E, P, AAD + "_babies", Y3, ctx="two of them babies"),
            L("Roughly four in ten", 40, AP, PCT, AAD + "_share_hotels", Y3),
            L("38", 38, E, P, AAD + "_hotels", Y3),
            L("17", 17, E, P, AAD, "January to February 2026 (a further, in the first two months of this year; " + REC + ")"),
            L("151", 151, E, P, AAD, "5 July 2024 to February 2026 (since 5 July 2024; " + REC + ")"),
            L("Five", 5, E, P, AAD, Y3 + " all in Glasgow", ctx="Five of last year's", geo=SCO),
            L("two", 2, E, P, AAD, Y3, ctx="and two in Northern Ireland", geo=NI),
            L("107,600", 107600, E, P, "asylum_support_population", "31 December 2025 (at the end of December)"),
            L("roughly 0.9", 0.9, AP, DP1000, AAD + "_per_1000_residents", "2025 (the death rate for every 1,000 residents)"),
            L("187", 187, E, P, AAD + "_inquests_not_concluded", SINCE20 + " inquests yet to conclude"),
            L("more than half", 50, MT, PCT, AAD + "_inquests_not_concluded_share", SINCE20),
            L("14", 14, E, REPORTS, "coroner_prevention_of_future_deaths_reports_asylum_housing", "2020 to March 2026 (over the same period)", geo=EW),
            L("6,120", 6120, E, REFERRALS, "asylum_safeguarding_referrals", "January to December 2025 (the Home Office's safeguarding hub)"),
            L("41 per cent", 41, E, PCT, "asylum_safeguarding_referrals_change", "2025 vs 2024 (up)"),
            L("4,340", 4340, E, REFERRALS, "asylum_safeguarding_referrals", "January to December 2024 (logged)"),
            L("£12m", 12000000, E, GBP, "asylum_accommodation_welfare_support_funding", "2026 (an additional, this year; a Home Office spokesperson)"),
        ]),
    "04-daily-hurrah-asylum-hotel-bill-hotels-open": dict(
        meta=dict(url="https://www.dailyhurrah.example/news/politics/2119847/migrant-hotel-bill-6-3-million-a-day-197-hotels-still-open",
                  title="Migrant hotel bill hits £6.3million A DAY – and 197 hotels are STILL open",
                  publisher="Daily Hurrah", author="Toby Quarrington-Ade", published_date="2026-02-27"),
        labels=[
            L("£6.3million", 6300000, E, GBP, ACH, "per day, April 2024 to March 2025 (A DAY; headline)", occ=0),
            L("197", 197, E, HOTELS, HIU, "31 December 2025 (STILL open; headline)", occ=0),
            L("£2.31billion", 2310000000, E, GBP, ACH, "April 2024 to March 2025 (in a single year; standfirst)", occ=0),
            L("almost half", 50, ALM, PCT, "asylum_cost_share_hotels", "April 2024 to March 2025 (of the entire bill; standfirst)", occ=0),
            L("£6.3million", 6300000, E, GBP, ACH, "per day, April 2024 to March 2025 (every day; new figures)", occ=1),
            L("£2.31billion", 2310000000, E, GBP, ACH, FY4, occ=1),
            L("almost half", 50, ALM, PCT, "asylum_cost_share_hotels", FY4, occ=1),
            L("£4.96billion", 4960000000, E, GBP, AC, FY4 + " a record, asylum support"),
            L("197", 197, E, HOTELS, HIU, D25 + " still being used", occ=1),
            L("16", -16, E, HOTELS, HIU + "_change", "5 July 2024 to 31 December 2025 (fewer than on 5 July 2024; " + HO4 + ")"),
            L("roughly 400", 400, AP, HOTELS, HIU, "autumn 2023"),
            L("Some 29,850", 29850, AP, P, HOT, D25),
            L("7%", -7, E, PCT, HOT + "_change", "31 December 2025 vs 31 December 2024 (down; " + HO4 + ")"),
            L("32,100", 32100, E, P, HOT, "31 December 2024 (a year earlier; " + HO4 + ")"),
            L("Around three-quarters", 75, AP, PCT, HOT + "_share_single_adult_men", D25),
            L("£152", 152, E, GBP, "asylum_hotel_cost_per_person_night", "per night, 2024/25 (a night in a hotel, per person)"),
            L("£18", 18, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, 2024/25 (in a shared house)"),
            L("more than eight times", 8, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2024/25 (a hotel night against a shared house)"),
            L("57", 57, E, HOTELS, HIU, D25, geo="London"),
            L("more than a quarter", 25, MT, PCT, HIU + "_share_london", D25),
            L("Four", 4, E, HOTELS, HIU, D25, ctx="Four are in Crawley", geo="Crawley"),
            L("11", 11, E, HOTELS, HIU, D25, ctx="and 11 in Northern Ireland", geo=NI),
            L("74,200", 74200, E, P, "asylum_dispersal_population", D25 + " so-called dispersal housing"),
            L("Almost 30,000", 30000, ALM, P, HOT, "February 2026 (being put up in hotels; the shadow home secretary)"),
            L("more than £80", 80, MT, GBP, "asylum_cost_hotels_per_household", "April 2024 to March 2025 (this hotel bill, for every household in Britain; the shadow home secretary)"),
            L("£120million", 120000000, E, GBP, PTR, "2022 (paid up front to Kigali under the Rwanda scheme)"),
            V("millions of pounds", 2000000, 9000000, GBP, ACH, "per day, July 2024 (the asylum system the government took over; a Home Office spokesperson)"),
            L("£1billion", 1000000000, E, GBP, "asylum_hotel_exit_saving", "per year (once the last asylum hotel has shut, before this Parliament is out; a Home Office spokesperson)"),
            L("197", 197, E, HOTELS, HIU, "31 December 2025 (the 197 figure; Tory MPs)", occ=2),
        ]),
    "05-the-specie-obr-migration-public-finances": dict(
        meta=dict(url="https://www.thespecie.example/content/5e2a91c4-7b3d-4f0a-9c61-lower-migration-obr-borrowing",
                  title="Lower migration to add £7.9bn to UK borrowing, says OBR",
                  publisher="The Specie", author="Maud Ellery-Nkemelu", published_date="2026-03-19"),
        labels=[
            L("£7.9bn", 7900000000, E, GBP, "public_borrowing_effect_lower_migration", "April 2030 to March 2031 (2030-31; headline)", occ=0),
            L("260,000", 260000, E, P, NMF, "per year, from 2029-30 (long-term assumption; standfirst)", occ=0),
            L("more than half", 50, MT, PCT, "public_finances_effect_share_of_headroom", "2030-31 (of the chancellor's headroom; standfirst)"),
            L("£7.9bn", 7900000000, E, GBP, "public_borrowing_effect_lower_migration", Y3031, occ=1),
            L("260,000", 260000, E, P, NMF, "per year, from 2029-30 (the long-run assumption; " + OBR + ")", occ=1),
            L("340,000", 340000, E, P, NMF, "per year, from 2029-30 (the long-run assumption in the OBR's November 2025 forecast)"),
            L("183,000", 183000, E, P, NMF, "2026 (net inflows; " + OBR + ")"),
            L("251,000", 251000, E, P, NMF, "2026 (pencilled in four months ago, the OBR's November 2025 forecast)"),
            L("57,000", 57000, E, P, "emigration_forecast_revision", "per year (higher each year than previously assumed; " + OBR + ")"),
            L("38,000", 38000, E, P, "net_migration_revision", "January to December 2024 (the year to December 2024, revised up in November 2025; ONS)"),
            L("469,000", 469000, E, P, NM, "January to December 2024 (the year to December 2024, as revised in November 2025; ONS)"),
            L("340", 340000, E, P, NMF, "per year, long-term assumption (chart, 000s; OBR November 2025)", ctx="Nov 2025: 340"),
            L("260", 260000, E, P, NMF, "per year, long-term assumption (chart, 000s; OBR March 2026)", ctx="Mar 2026: 260"),
            L("£11.2bn", -11200000000, E, GBP, "tax_receipts_lower_migration_change", Y3031 + " below the November forecast"),
            L("£3.3bn", -3300000000, E, GBP, "public_spending_lower_migration_change", Y3031 + " less spending on public services and welfare"),
            L("£7.9bn", 7900000000, E, GBP, "public_borrowing_effect_lower_migration", Y3031 + " the hit", occ=2),
            L("54 per cent", 54, E, PCT, "public_finances_effect_share_of_headroom", Y3031),
            L("£14.6bn", 14600000000, E, GBP, "fiscal_headroom", "2030-31 (the chancellor's cushion under her principal borrowing rule, before this forecast; " + OBR + ")"),
            L("410,000", -410000, E, P, "population_working_age_forecast_revision", "2030 (revised down; " + OBR + ")"),
            L("1.1 per cent", 1.1, E, PCT, "gdp_growth_forecast", "2026 (this year; " + OBR + ")"),
            L("1.4 per cent", 1.4, E, PCT, "gdp_growth_forecast", "2026 (the OBR's previous forecast, November 2025)"),
            L("0.2 percentage points", 0.2, E, PCT, "gdp_growth_forecast_downgrade_from_lower_migration", "2026 (of the downgrade; " + OBR + ")"),
            L("96.8 per cent", 96.8, E, PCT, "public_sector_net_debt_share_gdp", "April 2027 to March 2028 (2027-28, the peak; " + OBR + ")"),
            L("£4.1bn", 4100000000, E, GBP, "visa_fee_and_health_surcharge_receipts_forecast", "April 2026 to March 2027 (2026-27; " + OBR + ")"),
            L("£0.6bn", -600000000, E, GBP, "visa_fee_and_health_surcharge_receipts_forecast_revision", "April 2026 to March 2027 (short of the earlier projection; " + OBR + ")"),
            L("about £780,000", 780000, AP, GBP, "fiscal_lifetime_contribution_high_wage_migrant", "lifetime (a high-wage migrant arriving at 25; OBR)"),
            L("roughly £120,000", 120000, AP, GBP, "fiscal_lifetime_net_cost_low_wage_migrant", "lifetime (a low-wage migrant arriving at 25; OBR)"),
            L("about £6.7bn", 6700000000, AP, GBP, "fiscal_headroom", "2030-31 (headroom after this forecast; Ravi Castellane-Obi, Mercator Harlow)"),
            L("roughly £150mn", 150000000, AP, GBP, "tax_receipts_lost_per_10000_fewer_migrants", "per year (every 10,000 fewer skilled workers; the Greyfriars Institute)"),
        ]),
    "06-swansea-limpet-refugee-employment-welsh-government": dict(
        meta=dict(url="https://www.swansealimpet.example/news/swansea-news/refugee-job-starts-up-38-welsh-31877402",
                  title="Refugee job starts up 38% as Welsh Government programme doubles its employers",
                  publisher="Swansea Limpet", author="Gethin Rowlands-Eze", published_date="2026-06-18"),
        labels=[
            L("38%", 38, E, PCT, PRG + "_job_starts_change", "2025/26 vs 2024/25 (up; headline)", occ=0, geo=WAL),
            L("doubles", 2, E, RATIO, PRG + "_employers_ratio", "June 2026 vs a year earlier (doubles its employers; headline)", geo=WAL),
            L("More than two in five", 40, MT, PCT, PRG + "_share_into_work", SINCE24 + " standfirst", geo=WAL),
            V("hundreds", 200, 900, P, "esol_waiting_list", "June 2026 (held back by the wait for English classes; campaigners; standfirst)", geo="Swansea"),
            L("38%", 38, E, PCT, PRG + "_job_starts_change", "2025/26 vs 2024/25 (up in a year; " + WG + ")", occ=1, geo=WAL),
            L("565", 565, E, P, PRG + "_job_starts", FY6, geo=WAL),
            L("410", 410, E, P, PRG + "_job_starts", "April 2024 to March 2025 (2024/25; " + WG + ")", geo=WAL),
            L("2,340", 2340, E, P, PRG + "_participants", SINCE24 + " enrolled", geo=WAL),
            L("1,020", 1020, E, P, PRG + "_job_starts", SINCE24 + " have found work", geo=WAL),
            L("more than two in five", 40, MT, PCT, PRG + "_share_into_work", SINCE24, geo=WAL),
            L("77%", 77, E, PCT, PRG + "_job_starts_share_still_in_job_six_months", FY6 + " 77% of these, in work after six months", geo=WAL),
            L("£13.10", 13.10, E, GBP, PRG + "_average_starting_wage", "per hour, 2025/26 (" + WG + ")", geo=WAL),
            L("More than a quarter", 25, MT, PCT, PRG + "_job_starts_share_health_social_care", FY6, geo=WAL),
            L("doubled", 2, E, RATIO, PRG + "_employers_ratio", "June 2026 vs June 2025 (over the past year)", geo=WAL),
            L("190", 190, E, EMPLOYERS, PRG + "_employers", "June 2026 (signed up to the scheme)", geo=WAL),
            L("610", 610, E, P, PRG + "_participants", SINCE24 + " enrolments", geo="Swansea"),
            L("265", 265, E, P, PRG + "_job_starts", SINCE24, geo="Swansea"),
            L("880", 880, E, P, PRG + "_participants", SINCE24 + " enrolments, the largest", geo="Cardiff"),
            L("about 1,150", 1150, AP, P, "asylum_support_population", "June 2026 (people seeking asylum the city houses)", geo="Swansea"),
            L("3,870", 3870, E, P, "asylum_grants", "January to December 2025 (granted refugee status last year while living in Wales)", geo=WAL),
            L("51%", 51, E, PCT, "employment_rate_refugees", "2026 (UK-wide research)"),
            L("75%", 75, E, PCT, "employment_rate_uk_born", "2026 (UK-wide research)"),
            L("71.6%", 71.6, E, PCT, "employment_rate", "2026 (all working-age adults in work)", geo=WAL),
            L("Nearly three-quarters", 75, ALM, PCT, PRG + "_participants_share_overseas_qualification", SINCE24 + " hold a qualification from their home country", geo=WAL),
            L("£7.2m", 7200000, E, GBP, "welsh_government_refugee_employment_funding", "three years (committed to the programme; Welsh Government)", geo=WAL),
            L("£2.4m", 2400000, E, GBP, "welsh_government_refugee_employment_funding", "per year (Welsh Government)", geo=WAL),
            L("c. 450", 450, AP, P, "esol_waiting_list", "June 2026 (stands at; the Tawe Welcome Network)", geo="Swansea"),
        ]),
    "07-the-recusant-young-britons-emigration": dict(
        meta=dict(url="https://therecusant.example/society/why-the-young-are-quietly-leaving-britain",
                  title="Why the young are quietly leaving Britain",
                  publisher="The Recusant", author="Tomos Achterfeld-Nnamdi", published_date="2026-12-05"),
        labels=[
            L("163,000", -163000, E, P, "net_migration_british_nationals", "July 2025 to June 2026 (a net, Britons left last year; standfirst)", occ=0),
            L("261,000", 261000, E, P, "emigration_british", YJ26 + " moved abroad"),
            L("98,000", 98000, E, P, "immigration_british", YJ26 + " returned"),
            L("163,000", -163000, E, P, "net_migration_british_nationals", YJ26 + " the balance, fewer of our own citizens", occ=1),
            L("more than doubled", 2, MT, RATIO, "emigration_british_ratio", "year ending June 2026 vs the year to June 2019"),
            L("119,000", 119000, E, P, "emigration_british", "July 2018 to June 2019 (the year to June 2019; ONS)"),
            L("Some 58%", 58, AP, PCT, "emigration_british_share_aged_16_34", YJ26),
            L("roughly 1.2m", 1200000, AP, P, "emigration_british_cumulative", "2021 to 2026 (over the past five years)"),
            L("612,000", 612000, E, P, "emigration", YJ26 + " total emigration"),
            L("209,000", 209000, E, P, NM, YJ26),
            L("372,000", 372000, E, P, "net_migration_non_british_nationals", YJ26 + " the non-British balance"),
            L("38,900", 38900, E, P, "working_holiday_visas_granted_britons", "July 2025 to June 2026 (2025-26; Australia)", geo="Australia"),
            L("80%", 80, E, PCT, "working_holiday_visas_granted_britons_change", "2025-26 vs 2018-19 (up)", geo="Australia"),
            L("21,600", 21600, E, P, "working_holiday_visas_granted_britons", "July 2018 to June 2019 (2018-19; Australia)", geo="Australia"),
            L("Some 230,000", 230000, AP, P, "british_nationals_resident_abroad", "2026 (British passport holders thought to be living there)", geo="United Arab Emirates"),
            L("5.5 million", 5500000, E, P, "british_nationals_resident_abroad", "2026 (an estimated, across the world)", geo="Outside the UK"),
            L("roughly 40%", -40, AP, PCT, "emigration_british_to_eu_change", "2016 to 2026 (since 2016, has fallen by)", geo=EU),
            L("31,000", 31000, E, P, "emigration_british_study", YJ26 + " another, left to study abroad"),
            L("twice", 2, E, RATIO, "emigration_british_study_ratio", "year ending June 2026 vs a decade earlier (twice as many)"),
            L("8.3 times", 8.3, E, RATIO, "house_price_to_earnings_ratio", "2026 (house prices against median earnings)", geo=ENG),
            L("38%", 38, E, PCT, "rent_share_of_income_private_renters_aged_25_34", "2026 (private renters aged 25 to 34)", geo=ENG),
            L("2%", 2, E, PCT, "real_pay_change_late_twenties", "2008 to 2026 (higher than in 2008, people in their late twenties)"),
            L("£53,000", 53000, E, GBP, "student_debt_average_graduate", "2026 (an English graduate starts work carrying)", geo=ENG),
            L("2,060", 2060, E, P, "poll_sample_size", CGR),
            L("one in four", 25, E, PCT, "poll_share_young_adults_considering_emigrating", "within five years (18-to-24-year-olds; " + CGR + ")"),
            L("6%", 6, E, PCT, "public_share_considering_emigration_over_55", "within five years (over-55s; " + CGR + ")"),
            L("1.41", 1.41, E, CPW, "total_fertility_rate", "latest year, 2025 (has sunk to)", geo=EW),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
