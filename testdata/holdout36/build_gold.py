#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the thirty-sixth hand-labelled hold-out set (holdout36).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, EUR, PPB, HOTELS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT)

USD, HH, VAC, OPS = "other:USD", "other:households", "other:vacancies", "other:operations"
RET, IMM, EMI = "returns", "immigration", "emigration"
APPS, SUPPORT, HOTELS_IN_USE = "asylum_applications", "asylum_support_population", "asylum_hotels_in_use"
POP, PG, PC, NAT = "population", "population_growth", "population_change", "population_natural_change"
INT = "internal_migration_net"
S65 = "population_share_aged_65_and_over"
RH = "refugees_homeless_after_leaving_asylum_support"
SHORT, GRANT_C = "council_asylum_cost_shortfall", "council_asylum_grant"
DEATHS, RESC, STOP = "small_boat_deaths", "small_boat_rescues", "small_boat_launch_attempts_stopped_people"
OCC, PFE = "small_boat_occupancy", "public_finances_effect_lower_migration"
CW = "visas_granted_care_worker"
CONTRACTS = "asylum_accommodation_contracts_cost"
FR, RW, WAL, SCO, NI, ENG = "France", "Rwanda", "Wales", "Scotland", "Northern Ireland", "England"
GM, MCR = "Greater Manchester", "Manchester"

# periods
Y25 = "2025 (calendar year; ONS provisional estimate, published Thursday 21 May 2026)"
Y24R = "2024 (calendar year; revised, May 2026)"
PEAK = "year ending March 2023 (peak)"
YJ25 = "year ending June 2025"
FY26, FY25, FY27 = "2025/26 financial year", "2024/25 financial year", "2026/27 financial year"
SUMMER = "1 June to 30 August 2026 (this summer)"
YTD02, YTD02_25 = "1 January to 30 August 2026 (this year)", "1 January to 30 August 2025 (same date in 2025)"
WKND = "29 to 30 August 2026 (the bank holiday weekend)"
EJ26, EJ25 = "end of June 2026", "end of June 2025"
MID25 = "year to mid-2025 (mid-2025 population estimates, published Wednesday 8 July 2026)"
MID24 = "year to mid-2024"
M25, M24 = "mid-2025 (30 June 2025)", "mid-2024 (30 June 2024)"
MON = "Monday 16 November 2026"
YTD06 = "1 January to 17 November 2026 (this year)"
NOW07 = "now, November 2026 (today)"

ARTICLES = {
    "01-bowline-wire-uk-net-migration-176000": dict(
        meta=dict(url="https://www.bowlinewire.example/world/uk/uk-net-migration-drops-176000-visa-curbs-bite-2026-05-21/",
                  title="UK net migration drops to 176,000 as visa curbs bite",
                  publisher="Bowline Wire", author="Marguerite Osei-Lindqvist, Tobias Renfrew", published_date="2026-05-21"),
        labels=[
            L("176,000", 176000, E, P, NM, Y25 + " (headline)", occ=0),
            L("176,000", 176000, E, P, NM, Y25, occ=1),
            L("less than a fifth", 0.2, LT, RATIO, NM + "_ratio", "2025 vs record high (year ending March 2023)"),
            L("345,000", 345000, E, P, NM, Y24R),
            L("944,000", 944000, E, P, NM, PEAK + " (the 12 months to March 2023)"),
            L("14%", -14, E, PCT, IMM + "_change", "2025 vs 2024 (fell)"),
            L("812,000", 812000, E, P, IMM, "2025 (calendar year)"),
            L("about 5%", 5, AP, PCT, EMI + "_change", "2025 vs 2024 (rose)"),
            L("636,000", 636000, E, P, EMI, "2025 (calendar year)"),
            L("almost halved", -50, ALM, PCT, NM + "_change", "2025 vs 2024 (in a year; ONS director)"),
            R("between 138,000 and 214,000", 138000, 214000, P, NM, "2025 (range the true figure could lie in; ONS director)"),
            L("258,000", 258000, E, P, NM, YJ25 + " (revised, May 2026)"),
            L("204,000", 204000, E, P, NM, YJ25 + " (first estimate, published November 2025)"),
            L("28%", -28, E, PCT, "visas_granted_work_change", "2025 vs 2024 (work visas, main applicants from outside the EU; ONS)"),
            L("158,000", 158000, E, P, "visas_granted_work", "2025 (work visas, main applicants from outside the EU; ONS)"),
            L("264,000", 264000, E, P, "immigration_study", "2025 (arrivals for study; ONS)"),
            L("about a third", THIRD, AP, PCT, "immigration_share_study", "2025 (study's share of all immigration)"),
            L("around 29%", 29, AP, PCT, "poll_share_reform_uk", "recent surveys, May 2026 (voting intention)"),
            L("roughly 20%", 20, AP, PCT, "poll_share_labour", "recent surveys, May 2026 (voting intention)"),
            L("41,730", 41730, E, P, SBA, "2025 (last year; Home Office)"),
            L("36,816", 36816, E, P, SBA, "2024"),
            L("9,210", 9210, E, P, SBA, "1 January to 20 May 2026 (so far in 2026)"),
            L("6%", -6, E, PCT, APPS + "_change", "year ending March 2026 vs year ending March 2025 (fell)"),
            L("104,300", 104300, E, P, APPS, "year ending March 2026"),
            L("27,900", 27900, E, P, HOT, "31 March 2026"),
            L("38,100", 38100, E, P, HOT, "31 March 2025 (twelve months earlier)"),
            L("about 4.3 billion pounds", 4.3e9, AP, GBP, AC, FY26 + " (asylum support; the financial year that ended in March; provisional)"),
            L("$5.8 billion", 5.8e9, E, USD, AC, FY26 + " (dollar conversion of the 4.3 billion pounds)"),
            L("5.26 billion pounds", 5.26e9, E, GBP, AC, FY25 + " (a year before)"),
            L("around 7 billion pounds", 7e9, AP, GBP, PFE, "per year, by 2030 (lost tax receipts; OBR March 2026 forecast)"),
            L("$9.4 billion", 9.4e9, E, USD, PFE, "per year, by 2030 (dollar conversion; OBR March 2026 forecast)"),
            L("around 780,000", 780000, AP, P, APPS, "2025 (last year; EU asylum agency)", geo="EU"),
            L("0.7416 pounds", 0.7416, E, GBP, "exchange_rate_usd_gbp", "May 21, 2026 (per US dollar; $1 =)"),
        ]),
    "02-daily-chorus-record-summer-channel-crossings-dover": dict(
        meta=dict(url="https://www.dailychorus.example/news/politics/record-summer-channel-crossings-20000-heatwave-dover-31987244",
                  title="Record summer of Channel crossings as more than 20,000 migrants land during heatwave",
                  publisher="Daily Chorus", author="Kerry-Ann Moffatt-Obi", published_date="2026-08-31"),
        labels=[
            L("more than 20,000", 20000, MT, P, SBA, SUMMER + " (headline)"),
            L("1,562", 1562, E, P, SBA, WKND + " (standfirst)", occ=0),
            L("More than 20,000", 20000, MT, P, SBA, SUMMER),
            L("20,030", 20030, E, P, SBA, "1 June to 30 August 2026 (between June 1 and yesterday; Home Office)"),
            L("almost 30 per cent", 30, ALM, PCT, SBA + "_change", "summer 2026 vs summer 2022 (previous summer high)"),
            L("about 15,500", 15500, AP, P, SBA, "summer (June to August) 2022 (previous summer high)"),
            L("1,562", 1562, E, P, SBA, WKND, occ=1),
            L("840", 840, E, P, SBA, "Saturday 29 August 2026"),
            L("14", 14, E, BOATS, SBC, "Saturday 29 August 2026", ctx="in 14 boats"),
            L("722", 722, E, P, SBA, "Sunday 30 August 2026"),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", WKND + " vs 23 to 24 August 2025 (the same weekend last year)"),
            L("410", 410, E, P, SBA, "23 to 24 August 2025 (the same weekend last year)"),
            L("5.4k", 5400, E, P, SBA, "June 2026 (Summer of crossings box)"),
            L("7k", 7000, E, P, SBA, "July 2026 (Summer of crossings box)"),
            L("7.6k", 7600, E, P, SBA, "1 to 30 August 2026 (August to Sunday; Summer of crossings box)"),
            L("31,890", 31890, E, P, SBA, YTD02),
            L("13%", 13, E, PCT, SBA + "_change", YTD02 + " vs " + YTD02_25),
            L("28,120", 28120, E, P, SBA, YTD02_25),
            L("1,214", 1214, E, P, SBA, "Saturday 15 August 2026 (busiest day of the year)"),
            L("19", 19, E, BOATS, SBC, "Saturday 15 August 2026", ctx="in 19 boats"),
            L("64", 64, E, PPB, OCC, "Saturday 15 August 2026 (average per boat)"),
            L("1,295", 1295, E, P, SBA, "Monday 22 August 2022 (the only busier day)"),
            L("about a fifth", -20, AP, PCT, "cafe_takings_change", "since the start of the summer holidays, 2026 (cafe owner)", geo="Dover"),
            L("more than 900", 900, MT, P, STOP, WKND + " (French authorities)", geo=FR),
            L("146", 146, E, P, RESC, WKND + " (off Boulogne; rescue crews)", geo=FR),
            L("At least 44", 44, AL, P, DEATHS, "1 January to 31 August 2026 (so far this year; French officials)"),
            L("36", 36, E, P, DEATHS, "2025 (the whole year)", ctx="the 36 deaths"),
            L("more than 50,000", 50000, MT, P, RET, "July 2024 to August 2026 (since July 2024; Home Office spokesperson)"),
            L("1,380", 1380, E, P, RET, "September 2025 (returns agreement) to August 2026 (flown to France; Home Office spokesperson)", geo=FR),
            L("over 95,000", 95000, MT, P, SBA, "since the general election (4 July 2024) to August 2026 (Reform UK's deputy leader)"),
        ]),
    "03-mancunian-evening-post-asylum-hotels-council-costs": dict(
        meta=dict(url="https://www.mancunianeveningpost.example/news/greater-manchester-news/asylum-hotels-councils-shortfall-home-office-28841906",
                  title="Town halls left with £5.3m black hole over asylum hotels as Home Office cash falls short",
                  publisher="Mancunian Evening Post", author="Aisling Marchetti-Boyd", published_date="2026-10-14"),
        labels=[
            L("£5.3m", 5.3e6, E, GBP, SHORT, FY26 + " (Greater Manchester councils combined; headline)", occ=0, geo=GM),
            L("more than a quarter", 25, MT, PCT, RH + "_change", FY26 + " vs " + FY25 + " (homelessness among new refugees; standfirst)", geo=MCR),
            L("13", 13, E, HOTELS, HOTELS_IN_USE, EJ26 + " (still in use across the city region; caption)", ctx="one of 13 still", geo=GM),
            L("£9.4m", 9.4e6, E, GBP, "council_asylum_cost", FY26 + " (last year; supporting asylum seekers in hotels and refugees leaving them)", geo=GM),
            L("£4.1m", 4.1e6, E, GBP, GRANT_C, FY26 + " (got back from the Home Office)", geo=GM),
            L("£5.3m", 5.3e6, E, GBP, SHORT, FY26 + " (combined shortfall; FOI figures)", occ=1, geo=GM),
            L("£2.1m", 2.1e6, E, GBP, SHORT, FY26 + " (Manchester City Council)", geo=MCR),
            L("2,140", 2140, E, P, HOT, EJ26 + " (June 30; Home Office statistics released in August)", geo=GM),
            L("13", 13, E, HOTELS, HOTELS_IN_USE, EJ26, ctx="in 13 hotels", geo=GM),
            L("3,460", 3460, E, P, HOT, EJ25 + " (a year earlier)", geo=GM),
            L("22", 22, E, HOTELS, HOTELS_IN_USE, EJ25 + " (a year earlier)", ctx="in 22 hotels", geo=GM),
            L("38 per cent", -38, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (a fall)", geo=GM),
            L("11,870", 11870, E, P, SUPPORT, EJ26 + " (getting asylum support in June)", geo=GM),
            L("around one in eight", 12.5, AP, PCT, "asylum_support_population_share_greater_manchester", EJ26 + " (Greater Manchester's share of the UK total)"),
            L("98,600", 98600, E, P, SUPPORT, EJ26),
            L("3,910", 3910, E, P, SUPPORT, EJ26, geo=MCR),
            L("1,480", 1480, E, P, SUPPORT, EJ26, geo="Bolton"),
            L("1,260", 1260, E, P, SUPPORT, EJ26, geo="Oldham"),
            L("1,190", 1190, E, P, SUPPORT, EJ26, geo="Rochdale"),
            L("doubled", 2, E, RATIO, SUPPORT + "_ratio", EJ26 + " vs mid-2024 (in two years)", geo="Salford"),
            L("1,050", 1050, E, P, SUPPORT, EJ26, geo="Salford"),
            L("£3,500", 3500, E, GBP, GRANT_C, "per asylum seeker placed in a hotel (one-off payment to councils), now"),
            L("£750", 750, E, GBP, GRANT_C, "per person moved into dispersal housing (one-off payment to councils), now"),
            L("1,120", 1120, E, HH, RH, FY26 + " (last year; came straight from asylum accommodation; executive member for housing)", geo=MCR),
            L("27 per cent", 27, E, PCT, RH + "_change", FY26 + " vs " + FY25 + " (the year before; executive member for housing)", geo=MCR),
            L("£68", 68, E, GBP, "council_temporary_accommodation_cost", "per night, emergency rooms, now (average; executive member for housing)", geo=MCR),
            L("up to 212", 212, AM, P, HOT, "until spring 2026 (hotel near the M6, now closed)", geo="Wigan"),
            L("£640,000", 640000, E, GBP, "council_asylum_cost", "spring to October 2026 (helping former hotel residents into private rented homes)", geo="Wigan"),
            L("171", 171, E, HOTELS, HOTELS_IN_USE, "now, October 2026 (in use nationally; Home Office spokesperson)"),
            L("over 400", 400, MT, HOTELS, HOTELS_IN_USE, "peak, 2023 (Home Office spokesperson)"),
            L("£38m", 38e6, E, GBP, "home_office_refugee_move_on_funding", FY27 + " (this year; move-on funding for local authorities; Home Office spokesperson)"),
            L("almost a fifth", 20, ALM, PCT, "asylum_support_population_share_north_west", "now, October 2026 (Mayor of Greater Manchester)"),
            L("about a tenth", 10, AP, PCT, "population_share_north_west_of_uk", "now, October 2026 (Mayor of Greater Manchester)"),
        ]),
    "04-opms-population-estimates-uk-nations-mid-2025": dict(
        meta=dict(url="https://www.opms.example/peoplepopulationandcommunity/populationandmigration/populationestimates/bulletins/mid2025",
                  title="Mid-2025 population estimates for the UK and its four nations",
                  publisher="Office for Population and Migration Statistics", author="Population Estimates team",
                  published_date="2026-07-08", license="Open Government Licence v3.0"),
        labels=[
            # 1. Main points
            L("69,563,000", 69563000, E, P, POP, M25 + " (main points)", occ=0),
            L("281,600", 281600, E, P, PG, MID25 + " (main points)", occ=0),
            L("0.4%", 0.4, E, PCT, PC, MID25 + " (main points)", occ=0),
            L("less than half", 0.5, LT, RATIO, PG + "_ratio", MID25 + " vs " + MID24 + " (growth against the previous year's)"),
            L("258,400", 258400, E, P, NM, MID25 + " (net international migration; main points)", occ=0),
            L("92%", 92, E, PCT, "net_migration_share_of_population_growth", MID25),
            L("683,900", 683900, E, P, "births", MID25),
            L("660,700", 660700, E, P, "deaths", MID25),
            L("23,200", 23200, E, P, NAT, MID25 + " (natural change added just)"),
            L("241,500", 241500, E, P, PG, MID25 + " (main points)", occ=0, geo=ENG),
            L("0.4%", 0.4, E, PCT, PC, MID25 + " (main points)", occ=1, geo=ENG),
            L("14,300", 14300, E, P, PG, MID25 + " (main points)", occ=0, geo=WAL),
            L("0.4%", 0.4, E, PCT, PC, MID25 + " (main points)", occ=2, geo=WAL),
            L("16,900", 16900, E, P, PG, MID25 + " (main points)", occ=0, geo=SCO),
            L("0.3%", 0.3, E, PCT, PC, MID25 + " (main points)", geo=SCO),
            L("8,900", 8900, E, P, PG, MID25 + " (main points)", occ=0, geo=NI),
            L("0.5%", 0.5, E, PCT, PC, MID25 + " (main points)", geo=NI),
            # 2. How the UK population changed
            L("281,600", 281600, E, P, PG, MID25, occ=1),
            L("755,300", 755300, E, P, PG, MID24),
            L("63%", -63, E, PCT, PG + "_change", MID25 + " vs " + MID24 + " (fall in the size of the annual increase)"),
            L("649,000", 649000, E, P, NM, MID24 + " (net international migration)"),
            L("258,400", 258400, E, P, NM, MID25 + " (net international migration)", occ=1),
            L("887,400", 887400, E, P, IMM, MID25 + " (moved to the UK from abroad)"),
            L("629,000", 629000, E, P, EMI, MID25 + " (left)"),
            # 3. The four nations
            L("58,862,300", 58862300, E, P, POP, M25, geo=ENG),
            L("5,565,200", 5565200, E, P, POP, M25, geo=SCO),
            L("3,201,500", 3201500, E, P, POP, M25, geo=WAL),
            L("1,934,000", 1934000, E, P, POP, M25, geo=NI),
            # natural change and moves within the UK
            L("9,900", -9900, E, P, NAT, MID25 + " (more deaths than births)", geo=SCO),
            L("5,200", -5200, E, P, NAT, MID25 + " (more deaths than births)", geo=WAL),
            L("31,800", 31800, E, P, NAT, MID25 + " (natural increase)", geo=ENG),
            L("6,500", 6500, E, P, NAT, MID25 + " (natural increase)", geo=NI),
            L("8,700", 8700, E, P, INT, MID25 + " (net gain from the rest of the UK)", geo=SCO),
            L("6,900", 6900, E, P, INT, MID25 + " (net gain from the rest of the UK)", geo=WAL),
            L("14,500", -14500, E, P, INT, MID25 + " (net loss to the rest of the UK)", geo=ENG),
            L("1,100", -1100, E, P, INT, MID25 + " (net loss to the rest of the UK)", geo=NI),
            L("62,063,800", 62063800, E, P, POP, M25, geo=EW),
            L("89.2%", 89.2, E, PCT, "population_share_england_and_wales_of_uk", M25),
            # 4. Older and younger people
            L("13.4 million", 13.4e6, E, P, "population_aged_65_and_over", M25),
            L("19.3%", 19.3, E, PCT, S65, M25),
            L("0.6%", -0.6, E, PCT, "population_aged_under_16_change", MID25 + " (fell; third consecutive annual fall)"),
            L("almost 1 in 4", 25, ALM, PCT, S65, M25, geo=WAL),
            L("23.1%", 23.1, E, PCT, S65, M25, geo=WAL),
            L("17.6%", 17.6, E, PCT, S65, M25 + " (the lowest of the four nations)", geo=NI),
        ]),
    "05-fortnightly-migration-labour-market-fewer-hands": dict(
        meta=dict(url="https://www.thefortnightly.example/britain/2026/11/12/fewer-hands-same-work",
                  title="Fewer hands, same work",
                  publisher="The Fortnightly", author=None, published_date="2026-11-12"),
        labels=[
            L("944,000", 944000, E, P, NM, PEAK + " (the year to March 2023)"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "ministers' old pledge (2010 to 2019)"),
            L("176,000", 176000, E, P, NM, "2025 (last year)"),
            L("more than five times", 5, MT, RATIO, NM + "_ratio", "peak (year ending March 2023) vs 2025"),
            L("some 105,000", 105000, AP, P, CW, "year ending September 2023 (visas to care workers)"),
            L("1.2", 1.2, E, RATIO, CW + "_dependants_ratio", "year ending September 2023 (average dependants per care worker)"),
            L("7,400", 7400, E, P, CW, "year ending June 2026"),
            L("93%", -93, E, PCT, CW + "_change", "year ending June 2026 vs year ending September 2023 (a fall)"),
            L("8.1%", 8.1, E, PCT, "adult_social_care_vacancy_share", "2025/26 (vacancy rate; Skills for Care)", geo=ENG),
            L("7.0%", 7.0, E, PCT, "adult_social_care_vacancy_share", "2024/25 (a year before; Skills for Care)", geo=ENG),
            L("roughly 135,000", 135000, AP, VAC, "adult_social_care_vacancies", "2025/26 (posts empty on an average day; Skills for Care)", geo=ENG),
            L("about 1.6m", 1.6e6, AP, P, "adult_social_care_workforce", "now, 2025/26 (people the sector employs)", geo=ENG),
            L("5.9%", 5.9, E, PCT, "regular_pay_health_social_work_change", "year to August 2026"),
            L("4.1%", 4.1, E, PCT, "regular_pay_change", "year to August 2026 (whole economy)"),
            L("770,000", 770000, E, VAC, "job_vacancies", "three months to October 2026 (official data published Tuesday 10 November 2026)"),
            L("5.2%", 5.2, E, PCT, "unemployment_rate", "latest, three months to September 2026 (official data published Tuesday 10 November 2026)"),
            L("2.4", 2.4, E, RATIO, "unemployed_per_vacancy_ratio", "now, November 2026 (unemployed people for every vacancy)"),
            L("0.9", 0.9, E, RATIO, "unemployed_per_vacancy_ratio", "2022"),
            L("38,000", 38000, E, P, "payrolled_employees_non_eu_change", "year to September 2026 (rose by just; HMRC)"),
            L("420,000", 420000, E, P, "payrolled_employees_non_eu_change", "year to September 2023 (same period of 2023; HMRC)"),
            L("roughly one in five", 20, AP, PCT, "employment_share_born_abroad", "now, 2026 (people in work born abroad)"),
            L("71%", 71, E, PCT, "employment_rate_non_eu_born", "now, 2026 (born outside the EU)"),
            L("75%", 75, E, PCT, "employment_rate_uk_born", "now, 2026 (born in Britain)"),
            L("Nearly two in five", 40, ALM, PCT, "hospitality_firms_share_unable_to_fill_jobs", "autumn 2026 (could not fill kitchen jobs; trade body survey)"),
            L("about a fifth", 20, AP, PCT, "university_income_share_international_fees", "now, 2026 (foreign students' fees)"),
            L("11%", -11, E, PCT, "international_postgraduate_enrolments_change", "autumn term 2026 vs autumn 2025 (new international postgraduates; drop)"),
            L("100,000", 100000, E, P, "net_migration_scenario_shortfall", "hypothetical (net migration settling below the OBR forecast)"),
            L("roughly 0.4%", -0.4, AP, PCT, "gdp_scenario_change", "after five years, if net migration settles 100,000 below forecast (OBR; smaller)"),
            L("some £7bn", 7e9, AP, GBP, PFE, "per year, by 2029/30 (cost to the Treasury; OBR)"),
        ]),
    "06-moorgate-record-channel-deaths-french-coastguard": dict(
        meta=dict(url="https://www.moorgaterecord.example/world/2026/nov/18/seven-die-off-french-coast-channel-death-toll-2026",
                  title="Seven die off French coast as Channel death toll for 2026 reaches at least 63",
                  publisher="The Moorgate Record", author="Solène Achterberg-Mensah, Rhys Tanaka-Holt", published_date="2026-11-18"),
        labels=[
            L("Seven", 7, E, P, DEATHS, MON + " (dinghy broke apart off northern France; headline)"),
            L("at least 63", 63, AL, P, DEATHS, YTD06 + " (headline)", occ=0),
            L("two", 2, E, P, DEATHS + "_children", MON + " (standfirst)", ctx="with two children among"),
            L("At least seven", 7, AL, P, DEATHS, MON),
            L("two", 2, E, P, DEATHS + "_children", MON, ctx="two of them children"),
            L("at least 63", 63, AL, P, DEATHS, YTD06 + " (this year's confirmed death toll)", occ=1),
            L("58", 58, E, P, RESC, MON + " (near Wimereux, before dawn; maritime prefecture)", geo=FR),
            L("eight", 8, E, P, "small_boat_casualties_hospitalised", MON + " (taken to hospital in Boulogne; maritime prefecture)", geo=FR),
            L("about 70", 70, AP, PPB, OCC, MON + " (the boat that broke apart)", geo=FR),
            L("at least 78", 78, AL, P, DEATHS, "2024 (the deadliest year)", occ=0),
            L("36", 36, E, P, DEATHS, "2025", ctx="In 2025, 36 deaths"),
            L("at least 11", 11, AL, P, DEATHS + "_children", YTD06 + " (French authorities and IOM tally)"),
            L("212", 212, E, OPS, "channel_rescue_operations", YTD06 + " (so far this year; préfecture maritime)", geo=FR),
            L("5,940", 5940, E, P, RESC, YTD06 + " (brought to safety; préfecture maritime)", geo=FR),
            L("nearly twice", 2, ALM, RATIO, RESC + "_ratio", YTD06 + " vs 2023 (préfecture maritime)", geo=FR),
            L("more than 20", 20, MT, BOATS, SBC, "some nights, 2026 (at sea at the same time; prefecture spokesperson)", geo=FR),
            R("60 to 70", 60, 70, PPB, OCC, "some nights, 2026 (each boat; prefecture spokesperson)", geo=FR),
            L("more than 28,000", 28000, MT, P, "small_boat_crossings_prevented", YTD06 + " (attempted crossings stopped by police; French officials)", geo=FR),
            L("41,700", 41700, E, P, SBA, YTD06 + " (since January; Home Office)"),
            L("41,730", 41730, E, P, SBA, "2025 (the whole of 2025)"),
            L("more than 600", 600, MT, P, "people_waiting_northern_france", "night of 17 November 2026 (last night; sleeping at Loon-Plage; charity coordinator)", geo="Loon-Plage"),
            R("between €1,800 and €2,500", 1800, 2500, EUR, "smuggler_fee", "per place, now (charity coordinator)", geo=FR),
            L("£476m", 476e6, E, GBP, "uk_funding_to_france", "three-year deal signed in 2023 (2023 to 2026)"),
            L("about €200m", 200e6, AP, EUR, "france_border_policing_cost", "per year, now (France's own money)", geo=FR),
            L("1,930", 1930, E, P, RET, "September 2025 (pilot began) to November 2026 (taken back by France)", geo=FR),
            L("1,710", 1710, E, P, "uk_france_legal_route_arrivals", "September 2025 (pilot began) to November 2026"),
            L("at least 78", 78, AL, P, DEATHS, "2024 (deaths box)", occ=1),
            L("36", 36, E, P, DEATHS, "2025 (deaths box)", ctx="2025: 36"),
            L("at least 63", 63, AL, P, DEATHS, "1 January to 17 November 2026 (deaths box)", occ=2),
        ]),
    "07-belvedere-blog-asylum-cost-sums-dispute": dict(
        meta=dict(url="https://www.thebelvedere.example/salon/the-asylum-bill-is-neither-as-small-nor-as-big-as-youre-told",
                  title="The asylum bill is neither as small nor as big as you're told",
                  publisher="The Belvedere", author="Ambrose Whitcombe-Nyamekye", published_date="2026-11-24"),
        labels=[
            L("almost £1 billion", -1e9, ALM, GBP, AC + "_change", FY26 + " vs " + FY25 + " (cut; Home Secretary in the Commons, Monday 23 November 2026)"),
            L("£5.26 billion", 5.26e9, E, GBP, AC, FY25 + " (asylum support; Home Office accounts)"),
            L("£4.3 billion", 4.3e9, E, GBP, AC, FY26 + " (asylum support; Home Office accounts)"),
            L("£960 million", -960e6, E, GBP, AC + "_change", FY26 + " vs " + FY25 + " (saving)"),
            L("56,000", 56000, E, P, HOT, "autumn 2023"),
            L("£8 million", 8e6, E, GBP, AC, "per day, hotels, autumn 2023 (the famous figure)"),
            L("24,300", 24300, E, P, HOT, NOW07 + " (latest figures, end of June 2026)"),
            L("£137", 137, E, GBP, AC, "per person per night, hotel room, " + NOW07 + " (average)"),
            L("about £3.3 million", 3.3e6, AP, GBP, AC, "per day, hotels, " + NOW07),
            L("£19", 19, E, GBP, AC, "per person per night, dispersal housing, " + NOW07),
            L("more than seven times", 7, MT, RATIO, AC + "_ratio", "per night, hotel place vs dispersal bed, " + NOW07),
            L("roughly £1.2 billion", 1.2e9, AP, GBP, "unaccompanied_asylum_seeking_children_cost", "per year, now (councils)"),
            L("about £310 million", 310e6, AP, GBP, "immigration_tribunal_cost", "per year, now"),
            L("£190 million", 190e6, E, GBP, "legal_aid_immigration_asylum_cost", "per year, now (legal aid for asylum cases)"),
            L("some £420 million", 420e6, AP, GBP, SHORT, "per year, now (councils' unfunded costs; councils)"),
            L("£5.3 million", 5.3e6, E, GBP, SHORT, FY26 + " (last year)", geo=GM),
            L("around £650 million", 650e6, AP, GBP, "detention_and_removals_cost", "per year, now"),
            L("just over £7 billion", 7e9, MT, GBP, AC, "per year, all departments (the author's own sum)"),
            L("£11.2 billion", 11.2e9, E, GBP, AC, "per year (a campaign group's figure)"),
            L("£3.1 billion", 3.1e9, E, GBP, "aid_in_donor_refugee_costs", "per year (aid money counted twice in the campaign group's figure)"),
            L("£1.1 billion", 1.1e9, E, GBP, "resettlement_schemes_cost", "per year (Ukrainian and Afghan resettlement schemes)"),
            L("roughly £7 billion", 7e9, AP, GBP, AC, "per year (the campaign group's figure with double counting removed; the author)"),
            L("£4.5 billion", 4.5e9, E, GBP, CONTRACTS, "ten-year contracts signed in 2019 (expected cost then)"),
            L("£15.3 billion", 15.3e9, E, GBP, CONTRACTS, "ten-year contracts signed in 2019 (latest estimate; National Audit Office)"),
            L("more than three times", 3, MT, RATIO, CONTRACTS + "_ratio", "latest NAO estimate vs expected cost in 2019"),
            L("£715 million", 715e6, E, GBP, "rwanda_scheme_cost", "life of the scheme (total cost)"),
            L("four", 4, E, P, "rwanda_relocations", "life of the scheme (volunteers flown to Kigali)", ctx="flew four volunteers"),
            L("about 100", 100, AP, P, "rwanda_reception_capacity", "2022 (hostel readied for the first flights; later put up for sale)", geo=RW),
            L("almost £180 million", 180e6, ALM, GBP, "rwanda_scheme_cost", "per person relocated (a head)"),
            L("£290 million", 290e6, E, GBP, "payment_to_rwanda", "life of the scheme (paid to Rwanda and kept)"),
            L("roughly £48,700", 48700, AP, GBP, AC, "per person supported per year, " + FY25),
            L("about £43,600", 43600, AP, GBP, AC, "per person supported per year, " + FY26),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
