#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the fiftieth hand-labelled hold-out set (holdout50).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, EUR, RATIO, BOATS, PPB, E,
                        AP, MT, AL, LT, ALM, SBA, SBC, NM, AC, HOT, PTR, RSC)

IMM, EMI, RET, BL, OCC = "immigration", "emigration", "returns", "asylum_backlog", "small_boat_occupancy"
SUPPORT, LEGAL, UKFR = "asylum_support_population", "uk_france_legal_route_arrivals", "uk_funding_to_france"
POP, GROWTH, POPCH, NATCH = "population", "population_growth", "population_change", "population_natural_change"
HOBUD, AC_SH_HO = "home_office_budget", "asylum_cost_share_home_office_budget"
IDRC = "aid_in_donor_refugee_costs"
SKILLED, CARE, STUDY, VISAS = ("visas_granted_skilled_worker", "visas_granted_health_care_worker", "visas_granted_study",
                               "visas_granted")
RESET, HOMES_U, HH, USD = "resettlement_arrivals", "other:homes", "other:households", "other:USD"
HOMES = "council_resettlement_homes_secured"
HOMELESS = "refugees_homeless_after_leaving_asylum_support"
UK, FR, EU, EN, SC, WA, NI = "UK", "France", "EU", "England", "Scotland", "Wales", "Northern Ireland"
CB = "Calderbrook"

# periods
YTD_S26, YTD_S25 = "1 January to 12 September 2026", "1 January to 12 September 2025"
PILOT_A = "18 September 2025 (first return) to 31 August 2026"
YTD_A26, YTD_A25 = "1 January to 19 August 2026", "1 January to 19 August 2025"
D19 = "Wednesday 19 August 2026"
FY26, FY25, FY24, FY20 = ("2025–26 financial year", "2024–25 financial year", "2023–24 financial year",
                          "2019–20 financial year")
T1 = " (Table 1)"
EM26 = "end of March 2026 (31 March 2026)"
MID25 = "mid-2025 (30 June 2025)"
YMID25, YMID24 = "year to mid-2025 (mid-2024 to mid-2025)", "year to mid-2024 (mid-2023 to mid-2024)"
NISRA = " (NISRA, published Thursday 2 July 2026)"
Y25, Y24 = "2025 (calendar year)", "2024 (calendar year)"
YM26, YM25 = "year ending March 2026", "year ending March 2025"
ONS = " (ONS, published Thursday 21 May 2026)"
HO_MAY = " (Home Office, published Thursday 21 May 2026)"

ARTICLES = {
    "01-sunday-foreshore-gravelines-channel-crossings-long-read": dict(
        meta=dict(url="https://www.sundayforeshore.example/world/2026/sep/13/gravelines-channel-crossings-france-britain-long-read",
                  title="On the dunes at Gravelines, the crossings go on – and so does the haggling between Paris and London",
                  publisher="The Sunday Foreshore", author="Ottilie Brennagh-Sowande", published_date="2026-09-13"),
        labels=[
            V("hundreds of millions of pounds", 200e6, 900e6, GBP, UKFR, "2023 to September 2026 (three years of Britain paying France to guard its beaches; standfirst)"),
            L("30,150", 30150, E, P, SBA, YTD_S26 + " (this year by Saturday; Home Office count)", occ=0),
            L("about 6%", -6, AP, PCT, SBA + "_change", YTD_S26 + " vs " + YTD_S25 + " (fewer)"),
            L("32,100", 32100, E, P, SBA, YTD_S25 + " (counted at this stage of 2025)"),
            L("41,472", 41472, E, P, SBA, "2025 (calendar year; the full-year figure)"),
            L("45,774", 45774, E, P, SBA, "2022 (calendar year; the only higher year)"),
            L("well over 220,000", 220000, MT, P, SBA, "2018 to 12 September 2026 (made the journey since 2018)"),
            L("30,150", 30150, E, P, SBA, YTD_S26 + " (this year's)", occ=1),
            L("494", 494, E, BOATS, SBC, YTD_S26),
            L("61", 61, E, PPB, OCC, YTD_S26 + " (an average in each boat)"),
            R("between €1,500 and €3,000", 1500, 3000, EUR, "smuggler_fee", "September 2026 (price of a place in a boat now; Afghans and Eritreans waiting beside the canal)", geo=FR),
            L("about 1,300", 1300, AP, P, "french_coastal_police_deployed", "every night, September 2026 (police officers and gendarmes on this coastline; the prefect responsible for the northern coast)", geo=FR),
            L("roughly 9,600", 9600, AP, P, "small_boat_launch_attempts_stopped_people", "1 January to September 2026 (stopped from getting into the boats this year; the prefect)", geo=FR),
            L("4,380", 4380, E, P, "small_boat_rescues", "1 January to September 2026 (pulled from the water or stricken craft since January; French rescue crews; the prefect)", geo=FR),
            L("well over €200m", 200e6, MT, EUR, "france_border_policing_cost", "per year, 2026 (the whole effort, most from France's own treasury; the prefect)", geo=FR),
            L("£476m", 476e6, E, GBP, UKFR, "2023–24 to 2025–26 financial years (agreement signed in Paris in March 2023; the three financial years to 2025–26)"),
            L("about 11,000", 11000, AP, P, POP, "2026 (the town)", geo="Gravelines"),
            L("1,020", 1020, E, P, RET, PILOT_A + " (returns pilot; sent back across the water by the end of August; Home Office)", geo=FR),
            L("790", 790, E, P, LEGAL, PILOT_A + " (travelled the other way by a legal route; Home Office)"),
            L("fewer than three in every 100", 3, LT, PCT, "returns_share_of_small_boat_arrivals", PILOT_A + " (returns set against the crossings since the first flight)", geo=FR),
            L("at least 23", 23, AL, P, "small_boat_deaths", "1 January to September 2026 (deaths among those setting out from these beaches this year; Littoral Solidaire)"),
            L("78", 78, E, P, "small_boat_deaths", "2024 (calendar year; the worst year the route has known; French authorities)"),
            L("roughly 1,500", 1500, AP, P, "people_waiting_northern_france", "September 2026 (sleeping at the camp outside Loon-Plage on the night of the visit; Littoral Solidaire volunteers' estimate)", geo="Loon-Plage"),
            L("about 153,000", 153000, AP, P, "asylum_applications", "2025 (calendar year; last year)", geo=FR),
            L("about a fifth", -20, AP, PCT, "irregular_arrivals_change", "January to August 2026 vs January to August 2025 (irregular crossings into the EU; the first eight months; Frontex)", geo=EU),
            L("roughly 98,000", 98000, AP, P, "irregular_arrivals", "January to August 2026 (irregular crossings into the EU; the first eight months; Frontex)", geo=EU),
        ]),
    "02-daily-thunderclap-record-1312-migrants-cross-channel-in-a-day": dict(
        meta=dict(url="https://www.dailythunderclap.example/news/politics/2918834/record-1312-migrants-cross-channel-single-day",
                  title="BOAT CHAOS! Record 1,312 migrants cross Channel in a single day",
                  publisher="The Daily Thunderclap", author="Darren Ploughwright-Esi", published_date="2026-08-20"),
        labels=[
            L("1,312", 1312, E, P, SBA, D19 + " (in a single day; a record; headline)", occ=0),
            L("22", 22, E, BOATS, SBC, D19 + " (standfirst)", ctx="brings 22 dinghies"),
            L("25,000", 25000, MT, P, SBA, YTD_A26 + " (this year's tally rockets past; standfirst)"),
            L("1,312", 1312, E, P, SBA, D19 + " (yesterday; the most ever landed in one day)", occ=1),
            L("22", 22, E, BOATS, SBC, D19 + " (dinghies chugged over from France)", ctx="dawn as 22 dinghies"),
            L("1,295", 1295, E, P, SBA, "Monday 22 August 2022 (the old daily best)"),
            L("25,770", 25770, E, P, SBA, YTD_A26 + " (arrivals so far this year)", occ=0),
            L("Around 600", 600, AP, P, SBA, D19 + " (brought ashore before lunch)"),
            L("87", 87, E, PPB, "small_boat_occupancy_max", D19 + " (one boat alone; officials)", occ=0),
            L("nearly 60", 60, ALM, PPB, OCC, D19 + " (on average in each)"),
            L("9%", -9, E, PCT, SBA + "_change", YTD_A26 + " vs " + YTD_A25 + " (running total still down)"),
            L("28,320", 28320, E, P, SBA, YTD_A25 + " (reached Britain at this stage of 2025)"),
            L("4,040", 4040, E, P, SBA, "1 to 19 August 2026 (in August alone)"),
            L("more than 90,000", 90000, MT, P, SBA, "5 July 2024 to 19 August 2026 (crossed since Labour walked into Downing Street; the Shadow Home Secretary)"),
            L("£476million", 476e6, E, GBP, UKFR, "2023–24 to 2025–26 financial years (pocketed by the French; the Shadow Home Secretary)"),
            L("almost 1,000", 1000, ALM, P, RET, "18 September 2025 to 19 August 2026 (sent back to France under the returns deal so far; Home Office spokesperson)", geo=FR),
            L("over 35,000", 35000, MT, P, RET, "20 August 2025 to 19 August 2026 (removed over the last twelve months; Home Office spokesperson)"),
            L("£715m", 715e6, E, GBP, RSC, "April 2022 to July 2024 (the Rwanda plan; spent by the last government)"),
            L("FOUR", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers flown to Kigali)"),
            L("26,300", 26300, E, P, HOT, EM26 + " (still in hotels; the latest official figures)"),
            # BY NUMBERS panel
            L("1,312", 1312, E, P, SBA, D19 + " (landed yesterday; by numbers panel)", occ=2),
            L("22", 22, E, BOATS, SBC, D19 + " (by numbers panel)", ctx="22 – small boats"),
            L("87", 87, E, PPB, "small_boat_occupancy_max", D19 + " (most people crammed into one dinghy; by numbers panel)", occ=1),
            L("25,770", 25770, E, P, SBA, YTD_A26 + " (so far in 2026; by numbers panel)", occ=1),
            L("41,472", 41472, E, P, SBA, "2025 (calendar year; the whole of 2025; by numbers panel)"),
            L("£4.2bn", 4.2e9, E, GBP, AC, "per year, " + FY26 + " (yearly asylum bill; by numbers panel)"),
        ]),
    "03-centre-for-fiscal-scrutiny-asylum-spending-home-office-budget": dict(
        meta=dict(url="https://www.fiscalscrutiny.example/publications/asylum-spending-and-the-home-office-budget-2025-26",
                  title="Asylum spending and the Home Office budget: where the money went in 2025–26",
                  publisher="Centre for Fiscal Scrutiny", author="Harriet Quaye-Lindqvist, Tomasz Ferreira-Blackwood",
                  published_date="2026-07-21"),
        labels=[
            # Key findings
            L("£4.19bn", 4.19e9, E, GBP, AC, FY26 + " (asylum support and accommodation; Home Office accounts laid Thursday 16 July 2026)"),
            L("11%", -11, E, PCT, AC + "_change", FY26 + " vs " + FY25 + " (less, in cash terms)"),
            L("22%", -22, E, PCT, AC + "_change", FY26 + " vs " + FY24 + " (below the peak)", ctx="and 22% below"),
            L("£5.38bn", 5.38e9, E, GBP, AC, FY24 + " (the peak)"),
            L("about a fifth", 20, AP, PCT, AC_SH_HO, FY26 + " (asylum's share of the Home Office's day-to-day budget)"),
            L("just over a quarter", 25, MT, PCT, AC_SH_HO, FY24 + " (two years earlier)"),
            L("around £1.5bn", 1.5e9, AP, GBP, AC, FY26 + " (hotels; last year; authors' estimate)"),
            L("roughly 36%", 36, AP, PCT, "asylum_cost_share_hotels", FY26 + " (hotels' share of the asylum total; authors' estimate)"),
            L("fewer than three in ten", 30, LT, PCT, "asylum_support_share_hotels", EM26 + " (people the department supports who are housed in hotels)"),
            L("1.7%", -1.7, E, PCT, HOBUD + "_change", "per year, 2025–26 to 2028–29 (real-terms squeeze on the day-to-day budget; Spending Review plans)"),
            L("about £1bn", 1e9, AP, GBP, "asylum_cost_saving", "per year, by 2028–29 (hotel use ending; ministers)"),
            # 1. How large has the bill become?
            L("£1.2bn", 1.2e9, E, GBP, AC, FY20 + " (before the pandemic)"),
            L("more than quadrupled", 4, MT, RATIO, AC + "_ratio", FY24 + " vs " + FY20),
            # Table 1 (£ billion, cash terms)
            L("1.2", 1.2e9, E, GBP, AC, FY20 + T1, ctx="2019–20 | 1.2 "),
            L("13.9", 13.9e9, E, GBP, HOBUD, FY20 + " (resource DEL)" + T1),
            L("9%", 9, E, PCT, AC_SH_HO, FY20 + T1),
            L("5.38", 5.38e9, E, GBP, AC, FY24 + T1, ctx="| 5.38 |"),
            L("20.7", 20.7e9, E, GBP, HOBUD, FY24 + " (resource DEL)" + T1),
            L("26%", 26, E, PCT, AC_SH_HO, FY24 + T1),
            L("4.71", 4.71e9, E, GBP, AC, FY25 + T1),
            L("21.3", 21.3e9, E, GBP, HOBUD, FY25 + " (resource DEL)" + T1),
            L("22%", 22, E, PCT, AC_SH_HO, FY25 + T1, ctx="| 22%"),
            L("4.19", 4.19e9, E, GBP, AC, FY26 + T1, ctx="| 4.19 |"),
            L("20.6", 20.6e9, E, GBP, HOBUD, FY26 + " (resource DEL)" + T1),
            L("20%", 20, E, PCT, AC_SH_HO, FY26 + T1),
            L("about 14%", -14, AP, PCT, AC + "_change", FY26 + " vs " + FY25 + " (real terms, adjusted for economy-wide inflation)"),
            # 2. Where does the money go?
            L("£145", 145, E, GBP, AC, "per person per night, hotels, 2025–26 (average; National Audit Office)"),
            L("about £14", 14, AP, GBP, AC, "per person per night, dispersed housing, 2025–26 (National Audit Office)"),
            L("about £53,000", 53000, AP, GBP, AC, "per person per year, hotels (keeping one extra person in a hotel for a full year)"),
            L("26,300", 26300, E, P, HOT, EM26),
            L("98,700", 98700, E, P, SUPPORT, EM26 + " (receiving asylum support of some kind)"),
            L("roughly £42,000", 42000, AP, GBP, AC, "per person per year, " + FY26 + " (last year's bill spread across everyone supported)"),
            L("£1.1bn", 1.1e9, E, GBP, "asylum_cost_reserve_claim", FY26 + " (drawn from the Treasury's reserve to cover asylum pressures)"),
            # 3. The aid budget
            L("£2.4bn", 2.4e9, E, GBP, IDRC, "2025 (calendar year; support for refugees in the UK counted as overseas aid)"),
            L("around 18%", 18, AP, PCT, IDRC + "_share", "2025 (calendar year; of total UK aid)"),
            L("£13.3bn", 13.3e9, E, GBP, "overseas_aid_total", "2025 (calendar year; total UK aid)"),
            L("£4.3bn", 4.3e9, E, GBP, IDRC, "2023 (calendar year; the peak)"),
            L("28%", 28, E, PCT, IDRC + "_share", "2023 (calendar year; of total UK aid)"),
            # 4. One-offs
            L("£715m", 715e6, E, GBP, RSC, "April 2022 to July 2024 (the Rwanda partnership in total; cancelled in July 2024)"),
            L("£290m", 290e6, E, GBP, PTR, "April 2022 to July 2024 (paid directly to the government in Kigali)"),
            L("more than 2%", 2, MT, PCT, "payment_to_rwanda_share_of_gdp", "annual (of Rwanda's annual GDP)", geo="Rwanda"),
            L("about $14bn", 14e9, AP, USD, "gdp", "annual (Rwanda's GDP; World Bank)", geo="Rwanda"),
            # 5. What comes next
            L("roughly £2.6bn", 2.6e9, AP, GBP, AC, "2028–29 financial year (required to hit the Spending Review path)"),
            L("58,400", 58400, E, P, BL, EM26 + " (claims awaiting an initial decision)"),
            L("102,600", 102600, E, P, "asylum_applications", YM26 + " (asylum applications lodged)"),
            L("6%", -6, E, PCT, "asylum_applications_change", YM26 + " vs " + YM25 + " (fewer than a year earlier)"),
            L("46,900", 46900, E, P, "asylum_grants", YM26 + " (granted protection at initial decision)"),
        ]),
    "04-belfast-lodestone-ni-population-migration-mid-2025": dict(
        meta=dict(url="https://www.belfastlodestone.example/news/northern-ireland/northern-ireland-population-grows-by-8300-as-migration-outpaces-natural-increase-a4418207.html",
                  title="Northern Ireland population grows by 8,300 as migration outpaces natural increase",
                  publisher="The Belfast Lodestone", author="Siobhan Achterberg-Kane", published_date="2026-07-03"),
        labels=[
            L("8,300", 8300, E, P, GROWTH, YMID25 + " (headline)", occ=0, geo=NI),
            L("more than three-fifths", 60, MT, PCT, "net_migration_share_of_population_growth", YMID25 + " (migration's share of the rise; standfirst)", geo=NI),
            L("1,930,600", 1930600, E, P, POP, MID25 + NISRA, geo=NI),
            L("8,300", 8300, E, P, GROWTH, YMID25 + " (more than twelve months before)", occ=1, geo=NI),
            L("0.4%", 0.4, E, PCT, POPCH, YMID25, occ=0, geo=NI),
            L("19,600", 19600, E, P, "births", YMID25, geo=NI),
            L("16,400", 16400, E, P, "deaths", YMID25, geo=NI),
            L("3,200", 3200, E, P, NATCH, YMID25 + " (a natural increase)", geo=NI),
            L("2.5%", -2.5, E, PCT, "births_change", YMID25 + " vs " + YMID24 + " (down on the year before)", geo=NI),
            L("5,100", 5100, E, P, NM, YMID25 + " (net migration added)", geo=NI),
            L("15,900", 15900, E, P, IMM, YMID25 + " (came to live here from outside the UK)", geo=NI),
            L("about 3,400", 3400, AP, P, IMM, YMID25 + " (of whom, came from the Republic of Ireland)", geo=NI),
            L("9,600", 9600, E, P, EMI, YMID25 + " (left for other countries)", geo=NI),
            L("Some 11,800", 11800, AP, P, "cross_border_migration_inflow_gb", YMID25 + " (arrived from Great Britain)", geo=NI),
            L("13,000", 13000, E, P, "cross_border_migration_outflow_gb", YMID25 + " (moved to Great Britain)", geo=NI),
            L("1,200", -1200, E, P, "net_migration_rest_of_uk", YMID25 + " (a net loss across the Irish Sea)", geo=NI),
            L("0.7%", 0.7, E, PCT, POPCH, YMID25, geo="Belfast"),
            L("352,400", 352400, E, P, POP, MID25, geo="Belfast"),
            L("almost 30%", 30, ALM, PCT, "population_growth_share_belfast", YMID25 + " (Belfast's share of the increase across Northern Ireland)", geo=NI),
            L("1.0%", 1.0, E, PCT, POPCH, YMID25 + " (the fastest-growing council area)", geo="Mid Ulster"),
            L("0.1%", -0.1, E, PCT, POPCH, YMID25 + " (the only council area to shrink)", geo="Derry City and Strabane"),
            L("0.6%", 0.6, E, PCT, POPCH, YMID25 + " (figures published last week)", geo="England and Wales"),
            L("0.5%", 0.5, E, PCT, POPCH, YMID25 + " (on its own)", geo=WA),
            L("0.4%", 0.4, E, PCT, POPCH, YMID25 + " (Scotland matched Northern Ireland)", occ=1, geo=SC),
            L("about 2.8%", 2.8, AP, PCT, "population_share_ni_of_uk", MID25 + " (home to)"),
            L("18.3%", 18.3, E, PCT, "population_share_aged_65_and_over", MID25, geo=NI),
            L("15.9%", 15.9, E, PCT, "population_share_aged_65_and_over", "mid-2015 (a decade earlier)", geo=NI),
            L("About one in eight", 12.5, AP, PCT, "births_share_mother_born_abroad", "2026 (babies born here now whose mother was born outside the UK and Ireland; demographer, Lagan Institute for Social Research)", geo=NI),
            L("about 1.97 million", 1.97e6, AP, P, "population_projection", "late 2040s (the projected peak; NISRA projections; demographer, Lagan Institute for Social Research)", geo=NI),
            L("2,640", 2640, E, P, SUPPORT, EM26 + " (when March ended; Home Office figures)", geo=NI),
            L("roughly four in five", 80, AP, PCT, "asylum_support_population_share_belfast", EM26 + " (of those supported in Northern Ireland, in Belfast)", geo=NI),
            L("£1.2m", 1.2e6, E, GBP, "ni_executive_refugee_integration_funding", "2026–27 financial year (this year; the Executive Office)", geo=NI),
        ]),
    "05-quayside-markets-uk-net-migration-halves-visa-grants-slump": dict(
        meta=dict(url="https://www.quaysidemarkets.example/news/articles/2026-05-21/uk-net-migration-roughly-halves-as-visa-grants-slump",
                  title="UK Net Migration Roughly Halves as Visa Grants Slump, Clouding BOE's Labor-Supply Picture",
                  publisher="Quayside Markets", author="Mireille Ansah-Doukas, Gethin Prowse-Nakamura", published_date="2026-05-21"),
        labels=[
            L("Roughly Halves", -50, AP, PCT, NM + "_change", Y25 + " vs " + Y24 + " (headline)"),
            # Takeaways
            L("49%", -49, E, PCT, NM + "_change", Y25 + " vs " + Y24 + " (takeaways)", occ=0),
            L("176,000", 176000, E, P, NM, Y25 + " (takeaways)", occ=0),
            L("36%", -36, E, PCT, SKILLED + "_change", YM26 + " vs " + YM25 + " (takeaways)", occ=0),
            L("71%", -71, E, PCT, CARE + "_change", YM26 + " vs " + YM25 + " (care visas; takeaways)", occ=0),
            # body
            L("almost halved", -50, ALM, PCT, NM + "_change", Y25 + " vs " + Y24 + " (last year)"),
            L("49%", -49, E, PCT, NM + "_change", Y25 + " vs " + Y24 + ONS, occ=1),
            L("176,000", 176000, E, P, NM, Y25 + ONS, occ=1),
            L("345,000", 345000, E, P, NM, Y24 + " (the year before; revised)"),
            L("371,000", 371000, E, P, NM, Y24 + " (the previous estimate, revised down from)"),
            L("under a fifth", 0.2, LT, RATIO, NM + "_ratio", Y25 + " vs year ending March 2023 (the all-time high)"),
            L("944,000", 944000, E, P, NM, "year ending March 2023 (the all-time high; the 12 months through March 2023)"),
            L("176k", 176000, E, P, NM, Y25 + " (chart)"),
            L("944k", 944000, E, P, NM, "year ending March 2023 (the peak; chart)"),
            L("16%", -16, E, PCT, IMM + "_change", Y25 + " vs " + Y24 + " (dropped)"),
            L("790,000", 790000, E, P, IMM, Y25 + " (ONS)"),
            L("4%", 4, E, PCT, EMI + "_change", Y25 + " vs " + Y24 + " (climbed)"),
            L("614,000", 614000, E, P, EMI, Y25 + " (ONS)"),
            L("36%", -36, E, PCT, SKILLED + "_change", YM26 + " vs " + YM25 + " (main applicants; slid)" + HO_MAY, occ=1),
            L("54,900", 54900, E, P, SKILLED, YM26 + " (main applicants; the year through March)" + HO_MAY),
            L("71%", -71, E, PCT, CARE + "_change", YM26 + " vs " + YM25 + " (plunged)", occ=1),
            L("9,100", 9100, E, P, CARE, YM26),
            L("3%", 3, E, PCT, STUDY + "_change", YM26 + " vs " + YM25 + " (edged up)"),
            L("402,300", 402300, E, P, STUDY, YM26),
            L("701,600", 701600, E, P, VISAS, YM26 + " (work, study and family routes, excluding visitors)"),
            L("12%", -12, E, PCT, VISAS + "_change", YM26 + " vs " + YM25 + " (fewer than a year earlier)"),
            L("about a third", -100 / 3, AP, PCT, NM + "_change", Y25 + " vs " + Y24 + " (net immigration shrank; the country's statistics office)", geo="Germany"),
            L("5.1%", 5.1, E, PCT, "unemployment_rate", "January to March 2026 (the first quarter)"),
            L("about 1.2%", 1.2, AP, PCT, "potential_growth_estimate", "per year (could slip to if net inflows stay near current levels; chief UK economist, Harrowgate Capital)"),
            L("1.6%", 1.6, E, PCT, "potential_growth_estimate", "per year (current; chief UK economist, Harrowgate Capital)"),
            L("258,000", 258000, E, P, "net_migration_forecast", "per year (Office for Budget Responsibility, March 2026 forecast)"),
            L("$1.3390", 1.339, E, USD, "exchange_rate_gbp_usd", "Thursday 21 May 2026, late morning in London (per pound)"),
            L("3 basis points", 0.03, E, PCT, "gilt_yield_10_year_change", "Thursday 21 May 2026 (rose)"),
            L("4.61%", 4.61, E, PCT, "gilt_yield_10_year", "Thursday 21 May 2026"),
            L("roughly 60%", 60, AP, PCT, "bank_rate_cut_probability", "June 2026 (chance of a cut priced by money markets on Thursday 21 May 2026)"),
            L("more than two in five", 40, MT, PCT, "hospitality_venues_share_recruitment_difficulty", "May 2026 (venues struggling to fill chef and kitchen roles; survey by a hospitality trade body this month)"),
        ]),
    "06-calderbrook-city-council-resettlement-homes-press-release": dict(
        meta=dict(url="https://www.calderbrook.gov.example/news/more-than-200-homes-secured-five-years-welcoming-families",
                  title="More than 200 homes secured as Calderbrook marks five years of welcoming families fleeing war",
                  publisher="Calderbrook City Council", author=None, published_date="2026-11-10"),
        labels=[
            L("More than 200", 200, MT, HOMES_U, HOMES, "2021 to November 2026 (homes secured; headline)", geo=CB),
            L("more than 3,400", 3400, MT, P, RESET, "2021 to November 2026 (people who fled Afghanistan, Ukraine and other conflicts helped to settle in the city since 2021)", geo=CB),
            L("214", 214, E, HOMES_U, HOMES, "to November 2026 (homes bought or leased for resettled families)", geo=CB),
            L("£19.6m", 19.6e6, E, GBP, "council_resettlement_homes_cost", "to November 2026 (total cost of the homes; Local Authority Housing Fund)", geo=CB),
            L("£9.4m", 9.4e6, E, GBP, "council_resettlement_homes_government_funding", "to November 2026 (the government's contribution)", geo=CB),
            L("less than half", 50, LT, PCT, "council_resettlement_homes_government_funding_share", "to November 2026 (the government's contribution as a share of the total cost)", geo=CB),
            L("1,146", 1146, E, P, RESET, "August 2021 to November 2026 (Afghan resettlement schemes; since the evacuation of Kabul)", geo=CB),
            L("388", 388, E, P, RESET, "2021 to November 2026 (UK Resettlement Scheme)", geo=CB),
            L("1,912", 1912, E, P, "immigration_ukraine", "2022 to November 2026 (Ukrainians hosted by local households under Homes for Ukraine)", geo=CB),
            L("Six in ten", 60, E, PCT, "resettlement_arrivals_share_adults_in_work_or_training", "November 2026 (adults resettled under the Afghan schemes now in work, training or further education; the council's resettlement team)", geo=CB),
            L("12,480", 12480, E, HH, "housing_waiting_list_households", "November 2026 (on the city's housing register)", geo=CB),
            L("9%", 9, E, PCT, "housing_waiting_list_households_change", "November 2026 vs November 2025 (up on a year ago)", geo=CB),
            L("644", 644, E, HH, "temporary_accommodation_households", "end of September 2026 (30 September 2026; when September ended)", geo=CB),
            L("roughly one in seven", 100 / 7, AP, PCT, "temporary_accommodation_share_refugee_households", "end of September 2026 (30 September 2026)", geo=CB),
            L("41%", 41, E, PCT, HOMELESS + "_change", "2025/26 vs 2024/25 (households approaching the council as homeless after their Home Office accommodation ended; rose)", geo=CB),
            L("436", 436, E, HH, HOMELESS, "2025/26 (1 April 2025 to 31 March 2026; council's housing options service)", geo=CB),
            L("309", 309, E, HH, HOMELESS, "2024/25 (the year before)", geo=CB),
            L("1,310", 1310, E, P, "asylum_dispersal_population", "November 2026 (people seeking asylum in dispersed accommodation in the city)", geo=CB),
            L("about a tenth", 10, AP, PCT, "asylum_dispersal_population_share_calderbrook", "November 2026 (Calderbrook's share of the region's dispersed asylum seekers)", geo="Yorkshire and the Humber"),
            L("13,200", 13200, E, P, "asylum_dispersal_population", "November 2026 (across the region)", geo="Yorkshire and the Humber"),
            L("184", 184, E, P, "asylum_hotel_moves_out", "October 2026 (the Eastgate hotel's residents moved by the Home Office when it closed)", geo=CB),
            L("£2.7m", 2.7e6, E, GBP, "council_resettlement_cost_shortfall", "2026/27 financial year (resettlement, housing and homelessness support against funding received; council estimate)", geo=CB),
            L("£20,520", 20520, E, GBP, "council_resettlement_grant", "per person over three years (tariff for each refugee resettled through the Afghan schemes and the UK Resettlement Scheme; notes to editors)"),
            L("more than 36,000", 36000, MT, P, RESET, "2021 to November 2026 (Afghans relocated to the UK under ARAP and ACRS; Home Office; notes to editors)"),
            L("331,200", 331200, E, P, POP, MID25 + " (an estimated; Office for National Statistics; notes to editors)", geo=CB),
        ]),
    "07-new-tribune-column-britons-leaving-emigration-immigration": dict(
        meta=dict(url="https://www.newtribune.example/politics/2026/05/britons-quietly-leaving-emigration",
                  title="The Britons who are quietly leaving",
                  publisher="The New Tribune", author="Rosalind Achebe-Thorne", published_date="2026-05-27"),
        labels=[
            L("176,000", 176000, E, P, NM, Y25 + ONS + " (last Thursday)"),
            L("little more than half", 0.5, MT, RATIO, NM + "_ratio", Y25 + " vs " + Y24),
            L("345,000", 345000, E, P, NM, Y24 + " (a year earlier)"),
            L("790,000", 790000, E, P, IMM, Y25),
            L("614,000", 614000, E, P, EMI, Y25 + " (the highest recorded under current methods)"),
            L("almost eight", 0.8, ALM, RATIO, EMI + "_ratio", Y25 + " (left for every ten people who came to live here last year)"),
            L("Some 231,000", 231000, AP, P, "emigration_british", Y25 + " (British citizens emigrated)"),
            L("13%", 13, E, PCT, "emigration_british_change", Y25 + " vs " + Y24 + " (up on the year before)"),
            L("nearly double", 2, ALM, RATIO, "emigration_british_ratio", Y25 + " vs 2021 (calendar year) (British emigrants)"),
            L("124,000", 124000, E, P, "immigration_british", Y25 + " (British citizens who came back)"),
            L("107,000", -107000, E, P, "net_migration_british_nationals", Y25 + " (a net outflow of Britons)"),
            L("82,000", 82000, E, P, "emigration_eu", Y25 + " (EU citizens departed)"),
            L("71,000", 71000, E, P, "immigration_eu", Y25 + " (EU citizens arrived)"),
            L("294,000", 294000, E, P, "net_migration_non_eu", Y25 + " (non-EU nationals added, by a net)"),
            L("301,000", 301000, E, P, "emigration_non_eu", Y25 + " (non-EU nationals who left, many former students)"),
            L("more than a third", 100 / 3, MT, PCT, "emigration_share_british", Y25 + " (Britons' share of everyone who emigrated)"),
            L("Nearly half", 50, ALM, PCT, "emigration_british_share_aged_16_34", Y25 + " (British emigrants aged between 16 and 34)"),
            L("about 42,000", 42000, AP, P, "australia_working_holiday_visas_british", "2024–25 (Australian financial year; young Britons; Australia's home affairs department)", geo="Australia"),
            L("5.5 million", 5.5e6, E, P, "british_nationals_resident_abroad", "2026 (now live abroad; an estimated)", geo="Outside the UK"),
            L("nearly eight times", 8, ALM, RATIO, "house_price_to_earnings_ratio", "2026 (the average home against average earnings)", geo=EN),
            L("one in five", 20, E, PCT, "public_share_considering_emigration_under_35", "spring 2026 (adults under 35 seriously considering a move overseas; a poll)"),
            L("Roughly 23,000", 23000, AP, P, EMI + "_change", Y25 + " vs " + Y24 + " (extra departures' part of last year's fall in net migration)"),
            L("258,000", 258000, E, P, "net_migration_forecast", "per year (where the budget watchdog's forecasts assume net migration settles)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
