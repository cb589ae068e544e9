#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the twenty-eighth hand-labelled hold-out set (holdout28).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, HOTELS, THIRD, SIXTH, E,
                        AP, MT, LT, AM, ALM, EW, SBA, NM, AC, HOT)

RET, IMM, EMI = "returns", "immigration", "emigration"
NMR, NMF = "net_migration_revision", "net_migration_forecast"
HOTELS_N, HOTELS_C, SUPPORT = "asylum_hotels_in_use", "asylum_hotels_closed", "asylum_support_population"
POP, PC, PG, NAT = "population", "population_change", "population_growth", "population_natural_change"
SW, HCW, STUDY = "visas_granted_skilled_worker", "visas_granted_health_care_worker", "visas_granted_study"
WDEP = "visas_granted_skilled_worker_dependants"
HOMELESS, CRHC = "refugees_homeless_after_leaving_asylum_support", "council_refugee_homelessness_cost"
RSC, PTR, REL = "rwanda_scheme_cost", "payment_to_rwanda", "rwanda_relocations"
HH, CA, VAC, VIEWS = "other:households", "other:council_areas", "other:vacancies", "other:views"
FR, RW, WAL, SCO, NI, LDN, YH = "France", "Rwanda", "Wales", "Scotland", "Northern Ireland", "London", "Yorkshire and the Humber"

# periods
EM26, EM25 = "end of March 2026", "end of March 2025"
EJ26, EJ25 = "end of June 2026", "end of June 2025"
YM26, YM25 = "year ending March 2026", "year ending March 2025"
YJ26, YJ25, YJ24 = "year ending June 2026", "year ending June 2025", "year ending June 2024"
FY26, FY25, FY24 = "2025/26 financial year", "2024/25 financial year", "2023/24 financial year"
HO_MAY = " (Home Office, published 21 May 2026)"
HO_AUG = " (Home Office, published Thursday 27 August 2026)"
MID25 = "year to mid-2025 (ONS mid-2025 estimates, published Wednesday 22 July 2026)"
SUMMER26, SUMMER25 = "1 June to 31 August 2026 (summer)", "1 June to 31 August 2025 (same three months of 2025)"
YTD05, YTD05_25 = "1 January to 31 August 2026 (so far this year)", "1 January to 31 August 2025 (same point last year)"
PILOT05 = "18 September 2025 (first returns under the UK-France agreement) to 31 August 2026"
RW_TOTAL = "total cost of the scheme (April 2022 to July 2024)"
ONS_NOV = "ONS provisional estimate, published 26 November 2026"
YJ26N = "year ending June 2026 (" + ONS_NOV + ")"

ARTICLES = {
    "01-thameside-evening-star-london-asylum-hotels-boroughs": dict(
        meta=dict(url="https://www.thamesideeveningstar.example/news/london/london-boroughs-asylum-hotels-hillingdon-hounslow-b1187426.html",
                  title="Revealed: the London boroughs where asylum seekers are still living in hotels",
                  publisher="Thameside Evening Star", author="Priya Castellane-Ward", published_date="2026-06-17"),
        labels=[
            L("one in five", 20, E, PCT, "asylum_hotels_share_london", EM26 + " (standfirst)"),
            L("More than 6,000", 6000, MT, P, HOT, EM26, geo=LDN),
            L("almost a third", THIRD, ALM, PCT, "asylum_hotel_population_share_hillingdon_hounslow", EM26, geo=LDN),
            L("6,480", 6480, E, P, HOT, EM26 + HO_MAY, geo=LDN),
            L("41", 41, E, HOTELS, HOTELS_N, EM26, geo=LDN, occ=0),
            L("almost a quarter", 25, ALM, PCT, "asylum_hotel_population_share_london", EM26),
            L("27,640", 27640, E, P, HOT, EM26),
            L("41", 41, E, HOTELS, HOTELS_N, EM26, geo=LDN, occ=1),
            L("196", 196, E, HOTELS, HOTELS_N, EM26),
            L("67", 67, E, HOTELS, HOTELS_N, EM25 + " (twelve months earlier)", geo=LDN),
            L("1,140", 1140, E, P, HOT, EM26, geo="Hillingdon"),
            L("six", 6, E, HOTELS, HOTELS_N, EM26, ctx="people in six hotels", geo="Hillingdon"),
            L("890", 890, E, P, HOT, EM26, geo="Hounslow"),
            L("610", 610, E, P, HOT, EM26, geo="Croydon"),
            L("540", 540, E, P, HOT, EM26, geo="Ealing"),
            L("470", 470, E, P, HOT, EM26, geo="Brent"),
            L("420", 420, E, P, HOT, EM26, geo="Newham"),
            L("390", 390, E, P, HOT, EM26, geo="Westminster"),
            L("2,020", 2020, E, P, HOT, EM26 + " (the remaining boroughs)", geo=LDN),
            L("19", 19, E, CA, "council_areas_with_asylum_hotel_residents", EM26 + " (other boroughs)", geo=LDN),
            L("Six", 6, E, CA, "council_areas_without_asylum_hotel_residents", EM26 + " (boroughs, besides the City of London)", geo=LDN),
            L("six", 6, E, HOTELS, HOTELS_N, "now, June 2026 (caption)", ctx="one of six hotels", geo="Hillingdon"),
            L("14,900", 14900, E, P, SUPPORT, EM26, geo=LDN),
            L("about one in seven", 100 / 7, AP, PCT, "asylum_support_population_share_london", EM26),
            L("104,300", 104300, E, P, SUPPORT, EM26),
            L("More than two in five", 40, MT, PCT, "asylum_support_share_hotels", EM26, geo=LDN),
            L("about a quarter", 25, AP, PCT, "asylum_support_share_hotels", EM26 + " (elsewhere in the country, outside London)"),
            L("Two", 2, E, HOTELS, HOTELS_C, "since July, July 2025 to June 2026", ctx="Two hotels in Hounslow", geo="Hounslow"),
            L("about 150", 150, AP, P, "protest_attendance", "Monday 15 June 2026 (on Monday)", geo="Ealing"),
            L("2,380", 2380, E, HH, HOMELESS, "January to March 2026 (first three months of 2026; London Councils)", geo=LDN),
            L("nearly four times", 4, ALM, RATIO, HOMELESS + "_ratio", "January to March 2026 vs January to March 2024", geo=LDN),
            L("620", 620, E, HH, HOMELESS, "January to March 2024 (same period of 2024)", geo=LDN),
            L("£11.6million", 11.6e6, E, GBP, CRHC, FY26 + " (temporary accommodation for newly recognised refugees; London Councils estimate)", geo=LDN),
            L("more than 400", 400, MT, HOTELS, HOTELS_N, "peak, 2023 (inherited by the Government; Home Office spokesperson)"),
            L("more than 200", 200, MT, HOTELS, HOTELS_C, "since the peak (2023) to June 2026 (Home Office spokesperson)"),
            L("14 per cent", -14, E, PCT, HOT + "_change", EM26 + " vs " + EM25 + " (in a year; Home Office spokesperson)"),
        ]),
    "02-daily-reflector-rwanda-cost-row-179-million": dict(
        meta=dict(url="https://www.dailyreflector.example/news/politics/tory-rwanda-flop-cost-179million-36482915",
                  title="Tory Rwanda flop cost £179MILLION for every migrant it sent - and now they want it back",
                  publisher="Daily Reflector", author="Fenella Ashdown-Mbeki", published_date="2026-03-02"),
        labels=[
            L("£179MILLION", 179e6, E, GBP, RSC, "per person relocated, " + RW_TOTAL + " (headline)"),
            L("four", 4, E, P, REL, "people relocated, all voluntarily (April 2022 to July 2024; standfirst)", ctx="flew four volunteers"),
            L("£715million", 715e6, E, GBP, RSC, RW_TOTAL + " (standfirst)", occ=0),
            L("£179million", 179e6, E, GBP, RSC, "per person relocated, " + RW_TOTAL + " (Labour)"),
            L("four", 4, E, P, REL, "people relocated, all voluntarily (April 2022 to July 2024)", ctx="Just four asylum seekers"),
            L("£715million", 715e6, E, GBP, RSC, RW_TOTAL, occ=1),
            L("£290million", 290e6, E, GBP, PTR, "April 2022 to July 2024 (paid to the Rwandan government)", occ=0),
            L("£715million", 715e6, E, GBP, RSC, RW_TOTAL + " (Commons Library briefing)", occ=2),
            L("around 17,000", 17000, AP, P, "caseworkers_affordable_with_rwanda_cost", "for a year (Commons Library briefing, cited by Labour)"),
            L("£715MILLION", 715e6, E, GBP, RSC, RW_TOTAL + " (fact box heading)"),
            L("£290million", 290e6, E, GBP, PTR, "April 2022 to July 2024 (fact box)", occ=1),
            L("£282million", 282e6, E, GBP, RSC, RW_TOTAL + " (staff, IT and other costs; fact box)"),
            L("£95million", 95e6, E, GBP, RSC, RW_TOTAL + " (detention, escorts and flights; fact box)"),
            L("£48million", 48e6, E, GBP, RSC, RW_TOTAL + " (lawyers and court cases; fact box)"),
            L("£715million", 715e6, E, GBP, RSC, RW_TOTAL + " (Home Office minister)", occ=3),
            L("four", 4, E, P, REL, "people relocated (April 2022 to July 2024; Home Office minister)", ctx="send four people"),
            L("Almost £300million", 300e6, ALM, GBP, PTR, "April 2022 to July 2024 (Home Office minister)"),
            L("more than 600", 600, MT, P, RET, "since the UK-France agreement began (September 2025) to 2 March 2026 (Home Office minister)", geo=FR),
            L("doubled", 2, E, RATIO, "asylum_caseworkers_ratio", "now, March 2026 vs July 2024 (Home Office minister)"),
            L("£4.69billion", 4.69e9, E, GBP, AC, FY25 + " (Shadow Home Secretary)"),
            L("more than six times", 6, MT, RATIO, AC + "_ratio", FY25 + " asylum spending vs the Rwanda scheme's total cost (Shadow Home Secretary)"),
            L("Almost 42,000", 42000, ALM, P, SBA, "2025 (last year; Shadow Home Secretary)"),
            L("twice", 2, E, RATIO, "rwanda_scheme_planned_cost_ratio", "a revived scheme vs the original (refugee charities' warning)"),
            L("More than two-fifths", 40, MT, PCT, "payment_to_rwanda_share_of_scheme_cost", RW_TOTAL + " (refugee charity spokeswoman)"),
            L("four", 4, E, P, REL, "people relocated (April 2022 to July 2024; refugee charity spokeswoman)", ctx="move four people"),
            L("some 2,100", 2100, AP, P, "rwanda_removal_cohort", "spring 2024, height of preparations (detained or tagged ahead of planned flights)"),
            L("about a sixth", SIXTH, AP, PCT, "rwanda_scheme_cost_share_of_annual_asylum_cost", RW_TOTAL + " vs one year's asylum spending (Labour sources)"),
        ]),
    "03-gresham-journal-visa-grants-labour-market": dict(
        meta=dict(url="https://www.greshamjournal.example/content/5d1e9a7c-41b2-4f8e-9c3a-7e2b60d4f913",
                  title="Skilled worker visas slump as employers pull back from overseas hiring",
                  publisher="The Gresham Journal", author="Lowri Abernethy-Singh", published_date="2026-05-22"),
        labels=[
            L("more than a third", -THIRD, MT, PCT, SW + "_change", YM26 + " vs " + YM25 + " (main applicants)"),
            L("44,800", 44800, E, P, SW, YM26 + " (main applicants)" + HO_MAY),
            L("36 per cent", -36, E, PCT, SW + "_change", YM26 + " vs " + YM25 + " (main applicants)"),
            L("70,100", 70100, E, P, SW, YM25 + " (main applicants; a year earlier)"),
            L("7,950", 7950, E, P, HCW, YM26 + " (main applicants)"),
            L("less than a tenth", 0.1, LT, RATIO, HCW + "_ratio", YM26 + " vs 2023 (main applicants)"),
            L("88,700", 88700, E, P, HCW, "2023 (main applicants)"),
            L("71 per cent", -71, E, PCT, WDEP + "_change", YM26 + " vs " + YM25 + " (dependants of work migrants)"),
            L("38,300", 38300, E, P, WDEP, YM26 + " (dependants of work migrants)"),
            # chart, values in thousands
            L("62.4", 62400, E, P, SW, "year ending March 2023 (main applicants; chart, '000)"),
            L("88.9", 88900, E, P, SW, "year ending March 2024 (main applicants; chart, '000)"),
            L("70.1", 70100, E, P, SW, YM25 + " (main applicants; chart, '000)"),
            L("44.8", 44800, E, P, SW, YM26 + " (main applicants; chart, '000)"),
            L("4 per cent", 4, E, PCT, STUDY + "_change", YM26 + " vs " + YM25),
            L("409,300", 409300, E, P, STUDY, YM26),
            L("171,000", 171000, E, P, NM, "2025 (calendar year; ONS first estimate, published 21 May 2026)"),
            L("almost halved", -50, ALM, PCT, NM + "_change", "2025 vs 2024"),
            L("329,000", 329000, E, P, NM, "2024 (calendar year; revised, May 2026)"),
            L("906,000", 906000, E, P, NM, "year ending June 2023 (peak)"),
            L("812,000", 812000, E, P, IMM, "2025 (calendar year; ONS)"),
            L("641,000", 641000, E, P, EMI, "2025 (calendar year; ONS)"),
            L("41,000", -41000, E, P, "payrolled_employees_non_eu_change", "year to April 2026 (HMRC, published Tuesday 19 May 2026)"),
            L("about a fifth", 20, AP, PCT, "payrolled_employees_share_non_uk", "April 2026 (HMRC)"),
            L("30.4mn", 30.4e6, E, P, "payrolled_employees", "April 2026 (HMRC)"),
            L("708,000", 708000, E, VAC, "job_vacancies", "February to April 2026 (three months to April; ONS)"),
            L("52,000", -52000, E, VAC, "job_vacancies_change", "February to April 2026 vs November 2025 to January 2026 (previous quarter)"),
            L("31 per cent", -31, E, PCT, "job_vacancies_accommodation_food_change", "February to April 2026 vs a year earlier (accommodation and food services)"),
            L("around one in eight", 12.5, AP, PCT, "adult_social_care_vacancy_share", "now, May 2026 (posts unfilled in members' care homes; National Care Employers Forum)", geo="England"),
            L("up to 100,000", -100000, AM, P, NM + "_change", "per year, once the July 2025 rules are fully in effect (officials' expectation)"),
            L("£7.5bn", 7.5e9, E, GBP, "public_finances_effect_lower_migration", "per year, by 2029-30 (OBR March 2026 forecast)"),
        ]),
    "04-cambrian-broadcasting-wales-population-mid-2025": dict(
        meta=dict(url="https://www.cambrianbroadcasting.example/news/articles/c8e2r4v1lq7o",
                  title="Wales' population reaches record high as migration outweighs fall in births",
                  publisher="Cambrian Broadcasting News", author="Gethin Morgan-Adeyemi", published_date="2026-07-23"),
        labels=[
            L("1%", 1, E, PCT, PC, MID25 + " (caption)", geo="Newport", occ=0),
            L("3,204,900", 3204900, E, P, POP, "mid-2025 (ONS)", geo=WAL),
            L("13,900", 13900, E, P, PG, MID25, geo=WAL),
            L("0.4%", 0.4, E, PCT, PC, MID25, geo=WAL, occ=0),
            L("35,100", 35100, E, P, "deaths", MID25, geo=WAL),
            L("26,900", 26900, E, P, "births", MID25, geo=WAL),
            L("8,200", -8200, E, P, NAT, MID25 + " (fall without migration)", geo=WAL),
            L("15,400", 15400, E, P, "net_migration_international", MID25, geo=WAL),
            L("6,700", 6700, E, P, "internal_migration_net", MID25 + " (moves within the UK)", geo=WAL),
            L("Around 38,700", 38700, AP, P, IMM, MID25 + " (from overseas)", geo=WAL),
            L("23,300", 23300, E, P, EMI, MID25 + " (to other countries)", geo=WAL),
            L("Roughly half", 50, AP, PCT, "immigration_share_study", MID25 + " (arrivals from abroad who came to study)", geo=WAL),
            L("386,200", 386200, E, P, POP, "mid-2025 (ONS)", geo="Cardiff"),
            L("1.2%", 1.2, E, PCT, PC, MID25, geo="Cardiff"),
            L("1%", 1, E, PCT, PC, MID25, geo="Newport", occ=1),
            L("164,900", 164900, E, P, POP, "mid-2025 (ONS)", geo="Newport"),
            L("0.6%", 0.6, E, PCT, PC, MID25, geo="Swansea"),
            L("249,300", 249300, E, P, POP, "mid-2025 (ONS)", geo="Swansea"),
            L("Three", 3, E, CA, "council_areas_population_decline", MID25, geo=WAL),
            L("0.3%", -0.3, E, PCT, PC, MID25 + " (fell)", geo="Ceredigion", occ=0),
            L("721,100", 721100, E, P, "population_aged_65_and_over", "mid-2025 (ONS)", geo=WAL),
            L("22.5%", 22.5, E, PCT, "population_share_aged_65_and_over", "mid-2025 (ONS)", geo=WAL),
            L("19.3%", 19.3, E, PCT, "population_share_aged_65_and_over", "mid-2025 (ONS)", geo=EW),
            L("17.2%", 17.2, E, PCT, "population_share_aged_under_16", "mid-2025 (ONS)", geo=WAL),
            L("0.4%", 0.4, E, PCT, PC, MID25, geo=EW, occ=1),
            L("62,047,300", 62047300, E, P, POP, "mid-2025 (ONS)", geo=EW),
            L("0.5%", 0.5, E, PCT, PC, "year to mid-2025", geo=SCO),
            L("0.3%", 0.3, E, PCT, PC, "year to mid-2025", geo=NI, occ=1),
            L("4.6%", 4.6, E, PCT, "population_share_wales_of_uk", "mid-2025"),
            L("69.6 million", 69.6e6, E, P, POP, "mid-2025"),
            L("around 8,000", -8000, AP, P, NAT, "per year, now (without migration Wales would be shrinking; Aberystwyth University geographer)", geo=WAL),
            L("Nearly a third", THIRD, ALM, PCT, "nhs_wales_doctors_share_qualified_abroad", "2025 (last year; doctors joining NHS Wales; Welsh Government)", geo=WAL),
        ]),
    "05-tallyproof-small-boats-returns-claims": dict(
        meta=dict(url="https://www.tallyproof.example/fact-checks/small-boats-returns-three-claims-checked/",
                  title="Small boats and returns: three claims from the past week checked",
                  publisher="Tallyproof", author="Marcus Ollerenshaw-Diallo", published_date="2026-09-04"),
        labels=[
            # claims box
            L("Fewer than one in 25", 4, LT, PCT, "returns_share_of_small_boat_arrivals", PILOT05 + " (Reform UK MP's claim; claims box)",
              ctx="Fewer than one in 25 people", geo=FR),
            L("doubled", 2, E, RATIO, "returns_ratio", "since the Government came into office, July 2024, to now (Home Secretary's claim, Monday 31 August 2026)", ctx="We have doubled returns"),
            # verdict box
            L("doubled", 2, E, RATIO, "returns_ratio", YJ26 + " vs " + YJ24 + " (enforced returns; verdict)", ctx="Enforced returns have doubled, but total"),
            L("about 30%", 30, AP, PCT, "returns_change", YJ26 + " vs " + YJ24 + " (verdict)", occ=0),
            L("Roughly one in 28", 100 / 28, AP, PCT, "returns_share_of_small_boat_arrivals", PILOT05 + " (verdict)", geo=FR),
            # summer
            L("12,310", 12310, E, P, SBA, SUMMER26),
            L("5%", -5, E, PCT, SBA + "_change", SUMMER26 + " vs " + SUMMER25),
            L("13,020", 13020, E, P, SBA, SUMMER25),
            L("about 15,400", 15400, AP, P, SBA, "1 June to 31 August 2022 (summer of 2022)"),
            L("25,640", 25640, E, P, SBA, YTD05),
            L("9%", -9, E, PCT, SBA + "_change", YTD05 + " vs " + YTD05_25),
            L("28,100", 28100, E, P, SBA, YTD05_25),
            L("41,870", 41870, E, P, SBA, "2025 (whole year)"),
            L("1,097", 1097, E, P, SBA, "19 August 2026 (busiest day of 2026)"),
            # returns
            L("Doubled", 2, E, RATIO, "returns_ratio", "since July 2024 (Home Secretary's claim; crosshead)"),
            L("38,940", 38940, E, P, RET, YJ26 + HO_AUG),
            L("12%", 12, E, PCT, "returns_change", YJ26 + " vs " + YJ25),
            L("about 30%", 30, AP, PCT, "returns_change", YJ26 + " vs " + YJ24, occ=1),
            L("29,900", 29900, E, P, RET, YJ24),
            L("doubled", 2, E, RATIO, "returns_ratio", YJ26 + " vs " + YJ24 + " (enforced returns)", ctx="against their will, have doubled"),
            L("4,930", 4930, E, P, RET, YJ24 + " (enforced returns)"),
            L("9,860", 9860, E, P, RET, YJ26 + " (enforced returns)"),
            L("about a quarter", 25, AP, PCT, "returns_share_enforced", YJ26),
            L("29,080", 29080, E, P, RET, YJ26 + " (voluntary departures)"),
            L("about 123,000", 123000, AP, P, RET, "2025 (people ordered to leave who were returned; Eurostat)", geo="EU"),
            # France
            L("Fewer than one in 25", 4, LT, PCT, "returns_share_of_small_boat_arrivals", PILOT05 + " (claim; crosshead)", geo=FR, ctx="\"Fewer than one in 25\"\n"),
            L("1,320", 1320, E, P, RET, "to 31 August 2026, since the UK-France agreement began (Home Office)", geo=FR),
            L("1,150", 1150, E, P, "uk_france_legal_route_arrivals", "to 31 August 2026, since the UK-France agreement began (Home Office)"),
            L("about 36,300", 36300, AP, P, SBA, PILOT05 + " (same period)"),
            L("roughly one in 28", 100 / 28, AP, PCT, "returns_share_of_small_boat_arrivals", PILOT05, geo=FR),
            L("fewer than one in 25", 4, LT, PCT, "returns_share_of_small_boat_arrivals", PILOT05 + " (as the post said)", geo=FR),
            L("1.2m", 1.2e6, E, VIEWS, "social_media_post_views", "by Thursday 3 September 2026 (the Reform UK MP's post on X)"),
        ]),
    "06-white-rose-journal-yorkshire-councils-hotel-closures": dict(
        meta=dict(url="https://www.whiterosejournal.example/news/politics/yorkshire-councils-count-cost-asylum-hotels-shut-refugees-town-hall-4829163",
                  title="Yorkshire councils count the cost as asylum hotels shut and refugees arrive at the town hall door",
                  publisher="The White Rose Journal", author="Harriet Sowerby-Okafor", published_date="2026-10-12"),
        labels=[
            L("£5.3m", 5.3e6, E, GBP, CRHC, FY26 + " (temporary accommodation for refugees; standfirst)", geo="Leeds", occ=0),
            L("more than halved", -50, MT, PCT, HOTELS_N + "_change", EJ26 + " vs " + EJ25, geo=YH),
            L("14", 14, E, HOTELS, HOTELS_N, EJ26 + HO_AUG, geo=YH),
            L("29", 29, E, HOTELS, HOTELS_N, EJ25 + " (twelve months before)", geo=YH),
            L("4,610", 4610, E, P, HOT, EJ25, geo=YH),
            L("2,140", 2140, E, P, HOT, EJ26, geo=YH),
            L("54 per cent", -54, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25, geo=YH),
            L("25,170", 25170, E, P, HOT, EJ26),
            L("181", 181, E, HOTELS, HOTELS_N, EJ26),
            L("10,960", 10960, E, P, SUPPORT, EJ26, geo=YH),
            L("more than one in ten", 10, MT, PCT, "asylum_support_population_share_yorkshire_humber", EJ26),
            L("101,380", 101380, E, P, SUPPORT, EJ26),
            L("1,020", 1020, E, HH, HOMELESS, FY26, geo="Leeds"),
            L("almost three times", 3, ALM, RATIO, HOMELESS + "_ratio", FY26 + " vs " + FY24, geo="Leeds"),
            L("370", 370, E, HH, HOMELESS, FY24, geo="Leeds"),
            L("£5.3m", 5.3e6, E, GBP, CRHC, FY26 + " (the 12 months to March 2026; temporary accommodation)", geo="Leeds", occ=1),
            L("£1.4m", 1.4e6, E, GBP, "council_asylum_grant", FY26 + " (from the Home Office)", geo="Leeds"),
            L("£3.9m", 3.9e6, E, GBP, "council_asylum_cost_shortfall", FY26, geo="Leeds"),
            L("around 180", 180, AP, P, HOT, "until August 2026, when it closed (caption)", geo="Chantry Court Hotel, Wakefield"),
            L("640", 640, E, HH, HOMELESS, FY26, geo="Sheffield"),
            L("210", 210, E, HH, "refugee_households_bed_and_breakfast", "since July, 1 July to 12 October 2026", geo="Sheffield"),
            L("£74", 74, E, GBP, CRHC, "per household per night, average, since July 2026 (bed and breakfast)", geo="Sheffield"),
            L("£2.7m", 2.7e6, E, GBP, CRHC, FY25, geo="Bradford"),
            L("£3.6m", 3.6e6, E, GBP, CRHC, FY26 + " (last year)", geo="Bradford"),
            L("a third", THIRD, E, PCT, CRHC + "_change", FY26 + " vs " + FY25, geo="Bradford"),
            L("more than £14m", 14e6, MT, GBP, CRHC, FY26 + " (councils across the region; strategic migration partnership estimate)", geo=YH),
            L("12.9k", 12900, E, P, "petition_signatures", "before closure (petition calling for the Chantry Court Hotel to close)", geo="Wakefield"),
            L("15", 15, E, HOTELS, HOTELS_C, "in the past year, to October 2026 (Home Office)", geo=YH),
            L("more than £600m", -600e6, MT, GBP, AC + "_change", FY26 + " vs " + FY25 + " (hotel spending; last year; Home Office)"),
        ]),
    "07-ashcombe-institute-ons-net-migration-revisions": dict(
        meta=dict(url="https://www.ashcombe.example/migration-institute/commentaries/moving-targets-ons-revisions-net-migration/",
                  title="Moving targets: what the ONS's latest revisions mean for the net migration story",
                  publisher="Ashcombe Migration Institute, University of Ashcombe",
                  author="Saoirse Lindqvist-Achebe, Rupert Okonjo-Hale", published_date="2026-11-27"),
        labels=[
            L("142,000", 142000, E, P, NM, YJ26N, occ=0),
            L("198,000", 198000, E, P, NM, "2025 (calendar year; revised, November 2026)"),
            L("171,000", 171000, E, P, NM, "2025 (calendar year; first estimate, May 2026)"),
            L("Roughly four-fifths", 80, AP, PCT, "net_migration_revision_share_non_eu", "2025 (revision between May and November 2026)"),
            L("27,000", 27000, E, P, NMR, "2025 (November 2026 vs May 2026 estimate)"),
            L("about 16%", 16, AP, PCT, NMR, "2025 (November 2026 vs May 2026 estimate)"),
            L("204,000", 204000, E, P, NM, YJ25 + " (first estimate, November 2025)"),
            L("236,000", 236000, E, P, NM, YJ25 + " (revised, May 2026)"),
            L("251,000", 251000, E, P, NM, YJ25 + " (revised, November 2026)"),
            L("some 47,000", 47000, AP, P, NMR, YJ25 + " (November 2026 vs first estimate)"),
            L("322,000", 322000, E, P, NM, "2024 (calendar year; revised, November 2026)"),
            L("431,000", 431000, E, P, NM, "2024 (calendar year; first estimate, May 2025)"),
            L("a quarter", -25, E, PCT, NMR, "2024 (November 2026 vs first estimate)"),
            L("672,000", 672000, E, P, NM, "year ending June 2023 (first estimate, November 2023)"),
            L("906,000", 906000, E, P, NM, "year ending June 2023 (peak; current estimate)"),
            L("more than a third", THIRD, MT, PCT, NMR, "year ending June 2023 (current vs first estimate)"),
            L("768,000", 768000, E, P, IMM, YJ26N),
            L("626,000", 626000, E, P, EMI, YJ26N),
            L("315,000", 315000, E, P, "net_migration_non_eu", YJ26N),
            L("36,000", -36000, E, P, "net_migration_eu", YJ26N + " (minus 36,000)"),
            L("137,000", -137000, E, P, "net_migration_british_nationals", YJ26N + " (minus 137,000)"),
            R("88,000 to 201,000", 88000, 201000, P, NM, YJ26N + " (95% confidence interval)"),
            L("well under 100,000", 100000, LT, P, NM, YJ26N + " (could be; lower end of the interval)"),
            L("above 200,000", 200000, MT, P, NM, YJ26N + " (could be; upper end of the interval)"),
            L("142,000", 142000, E, P, NM, YJ26N, occ=1),
            L("closer to 170,000", 170000, AP, P, "net_migration_scenario", YJ26 + " (once revised, if the pattern of the past two years holds; the authors)"),
            L("271,000", 271000, E, P, NMF, "2026 (OBR March 2026 assumption)"),
            L("almost double", 2, ALM, RATIO, NMF + "_ratio", "2026 (OBR March 2026 assumption) vs " + YJ26 + " (latest estimate)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
