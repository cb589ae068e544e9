#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the eighty-sixth hand-labelled hold-out set (holdout86).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, HOTELS, EUR, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, AC, HOT, EW)

UK, FR, SC, WA, NI, ENG = "UK", "France", "Scotland", "Wales", "Northern Ireland", "England"
CDF, ALB, BEL = "Cardiff", "Albania", "Belfast"
HH, HOMES, UNIS, LANGS = "other:households", "other:homes", "other:universities", "other:languages"
OPS, CALLS, D1000 = "other:operations", "other:calls", "other:deaths_per_1000_arrivals"

# 01 (Monday 2 March 2026; Home Office statistics for the year ending December 2025 "published on Thursday", 26 February)
Y25 = "2025 (calendar year; last year)"
Y24 = "2024 (calendar year; the year before)"
Q425 = "October to December 2025 (the last three months of the year)"
YTD1 = "1 January to 1 March 2026 (so far this year)"
SHS = "Shadow Home Secretary"
GS = "asylum_grants_share_initial_decisions"
# 02 (Friday 10 July 2026; Home Office monthly visa data "released on Thursday", 9 July)
VAS = "visa_applications_study"
H126 = "January to June 2026 (main applicants; the first half of the year)"
H125 = "January to June 2025 (main applicants; the same period in 2025)"
CHART = " (chart, main applicants, January-June, thousands)"
# 03 (Thursday 27 August 2026; live page on the Home Office quarterly statistics to the end of June 2026)
YEJ26 = "year ending June 2026 (July 2025 to June 2026)"
YEJ25 = "year ending June 2025 (July 2024 to June 2025; a year earlier)"
EJ26 = "end of June 2026 (30 June 2026)"
EJ25 = "end of June 2025 (30 June 2025; a year earlier)"
AA, AB = "asylum_applications", "asylum_backlog"
# 04 (Thursday 16 July 2026; ONS mid-2025 population estimates "released yesterday", Wednesday 15 July)
YM25 = "year to mid-2025 (July 2024 to June 2025)"
M25 = "mid-2025 (30 June 2025)"
PG = "population_growth"
# 05 (Wednesday 11 March 2026; Department of Education school census of October 2025 "published on Tuesday", 10 March)
OCT25 = "October 2025 (school census)"
OCT24 = "October 2024 (the 2024 school census)"
SPN = "school_pupils_newcomer"
SPS = "school_pupils_share_newcomer"
# 06 (Tuesday 15 September 2026; deaths off Le Portel "on Sunday", 13 September)
SUN = "13 September 2026 (Sunday, early hours)"
YTD6 = "1 January to 14 September 2026 (so far this year)"
SBD = "small_boat_deaths"
RESC = "small_boat_rescues"
FMA = "French maritime authority for the Channel"
CNL = "Calais Nightline coordinator"
LP = "Le Portel"
# 07 (Thursday 23 July 2026; Home Office annual report and accounts "published on Tuesday", 21 July)
FY26 = "2025/26 (April 2025 to March 2026; last year)"
FY25 = "2024/25 (April 2024 to March 2025; the year before)"
ECON = "Coldharbour Institute economist"

ARTICLES = {
    "01-daily-ferrule-albanian-afghan-eritrean-small-boats": dict(
        meta=dict(url="https://www.dailyferrule.example/news/article-17512093/albanian-channel-migrants-back-small-boat-crossings-double-eritreans-afghans.html",
                  title="Albanian Channel migrants are BACK: Number crossing by small boat DOUBLES in a year - as Eritreans and Afghans remain the biggest groups",
                  publisher="Daily Ferrule", author="Freddie Alcock-Nwankwo", published_date="2026-03-02"),
        labels=[
            L("DOUBLES", 2, E, RATIO, SBA + "_ratio", "2025 vs 2024 (Albanians; headline)"),
            L("5,270", 5270, E, P, SBA, Y25 + " (Albanians; bullet)", occ=0),
            L("2,610", 2610, E, P, SBA, Y24 + " (Albanians; bullet)", occ=0),
            L("7,150", 7150, E, P, SBA, Y25 + " (Eritreans, the largest single nationality; bullet)", occ=0),
            L("6,820", 6820, E, P, SBA, Y25 + " (Afghans; bullet)", occ=0),
            L("Fewer than one in ten", 10, LT, PCT, GS + "_albanian", Y25 + " (Albanian claims succeeding at the first attempt; bullet)"),
            L("doubling", 2, E, RATIO, SBA + "_ratio", "2025 vs 2024 (Albanians landing in Kent; last year)"),
            L("5,270", 5270, E, P, SBA, Y25 + " (Albanians; Home Office data published on Thursday)", occ=1),
            L("2,610", 2610, E, P, SBA, Y24 + " (Albanians)", occ=1),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", Q425 + " vs October to December 2024 (Albanians; as many)"),
            L("1,880", 1880, E, P, SBA, Q425 + " (Albanians picked up)"),
            L("490", 490, E, P, SBA, "October to December 2024 (Albanians; a year earlier)"),
            L("12,300", 12300, E, P, SBA, "2022 (calendar year; Albanians; the peak)"),
            L("more than a quarter", 25, MT, PCT, "small_boat_arrivals_share_albanian", "2022 (of everyone who crossed)"),
            L("41,470", 41470, E, P, SBA, Y25),
            L("669", 669, E, BOATS, SBC, Y25),
            L("62", 62, E, PPB, "small_boat_occupancy", Y25 + " (average crammed into each boat)"),
            L("7,150", 7150, E, P, SBA, Y25 + " (Eritreans; top of the table for a second year)", occ=1),
            L("17 per cent", 17, E, PCT, "small_boat_arrivals_share_eritrean", Y25),
            L("6,820", 6820, E, P, SBA, Y25 + " (Afghans)", occ=1),
            L("about one in six", SIXTH, AP, PCT, "small_boat_arrivals_share_afghan", Y25),
            L("46 per cent", 46, E, PCT, "small_boat_arrivals_share_top_three_nationalities", Y25 + " (Eritreans, Afghans and Albanians)"),
            L("8 per cent", 8, E, PCT, GS + "_albanian", Y25 + " (first decisions on Albanian claims)"),
            L("91 per cent", 91, E, PCT, GS + "_eritrean", Y25),
            L("41 per cent", 41, E, PCT, GS + "_afghan", Y25),
            L("97 per cent", 97, E, PCT, GS + "_afghan", "2023 (calendar year)"),
            L("about €2,000", 2000, AP, EUR, "smuggler_fee", "March 2026 (a seat, advertised in TikTok videos; officials)", geo=FR),
            L("2,930", 2930, E, P, SBA, YTD1),
            L("9 per cent", 9, E, PCT, SBA + "_change", YTD1 + " vs the same point of 2025 (last year)"),
            L("more than three-quarters", -75, MT, PCT, SBA + "_change",
              "2024 vs 2022 (crossings by Albanians after the returns deal; " + SHS + ")"),
            L("More than 5,000", 5000, MT, P, SBA, Y25 + " (Albanians; " + SHS + ")"),
            V("hundreds", 200, 900, P, HOT, "March 2026 (Albanians sitting in hotels; " + SHS + ")"),
            L("4,960", 4960, E, P, "returns", Y25 + " (sent back to Albania; Home Office source)", geo=ALB),
            L("a third", THIRD, E, PCT, "returns_share_enforced", Y25 + " (of returns to Albania, by force; Home Office source)",
              ctx="a third of them by force", geo=ALB),
            L("more than 58,000", 58000, MT, P, "returns",
              "5 July 2024 to March 2026 (since 5 July 2024; removed or left by choice; Home Office spokesman)"),
        ]),
    "02-the-debenture-student-visas-university-finances": dict(
        meta=dict(url="https://www.thedebenture.example/content/5e2a90c4-overseas-student-demand-slips-universities-brace-levy",
                  title="Overseas student demand slips again as universities brace for levy",
                  publisher="The Debenture", author="Priya Fennimore-Achebe and Tobias Rennick", published_date="2026-07-10"),
        labels=[
            L("11%", -11, E, PCT, VAS + "_change", H126 + " vs January to June 2025 (standfirst)"),
            L("nearly half", 50, ALM, PCT, "universities_share_in_deficit", "2025/26 (English institutions forecasting deficits; standfirst)", geo=ENG),
            L("158,300", 158300, E, P, VAS, H126 + " (sponsored study visas; monthly data released on Thursday)"),
            L("11 per cent", -11, E, PCT, VAS + "_change", H126 + " vs " + H125),
            L("177,900", 177900, E, P, VAS, H125),
            L("almost a third", -THIRD, ALM, PCT, VAS + "_change", H126 + " vs January to June 2023 (lower than in 2023)"),
            L("27,600", 27600, E, P, VAS, "June 2026 (main applicants)"),
            L("4 per cent", 4, E, PCT, VAS + "_change", "June 2026 vs June 2025 (a year earlier)", ctx="4 per cent more than a year earlier"),
            L("3,900", 3900, E, P, VAS + "_dependants", "January to June 2026 (dependants; over the half year)"),
            L("86 per cent", -86, E, PCT, VAS + "_dependants_change", "January to June 2026 vs January to June 2023"),
            L("231.2", 231200, E, P, VAS, "January to June 2023" + CHART),
            L("189.4", 189400, E, P, VAS, "January to June 2024" + CHART),
            L("177.9", 177900, E, P, VAS, "January to June 2025" + CHART),
            L("158.3", 158300, E, P, VAS, "January to June 2026" + CHART),
            L("41,700", 41700, E, P, VAS, H126 + " (Indian nationals, the largest group)"),
            L("19 per cent", -19, E, PCT, VAS + "_change", H126 + " vs January to June 2025 (Indian nationals)"),
            L("38 per cent", -38, E, PCT, VAS + "_change", H126 + " vs January to June 2025 (Nigerians)"),
            L("about 38,000", 38000, AP, P, VAS, H126 + " (Chinese nationals; broadly flat)"),
            L("£12.4bn", 12.4e9, E, GBP, "international_student_fee_income", "2024/25 (academic and financial year; tuition fees from international students)"),
            L("about 23 per cent", 23, AP, PCT, "university_income_share_international_fees", "2024/25 (of total university income; sector accounts)"),
            L("£22,600", 22600, E, GBP, "international_student_tuition_fee", "per year, 2026 (average, overseas undergraduate)"),
            L("more than twice", 2, MT, RATIO, "international_student_tuition_fee_ratio", "2026 (overseas undergraduate fee vs the home fee cap in England)"),
            L("£9,535", 9535, E, GBP, "home_student_tuition_fee_cap", "per year, 2025/26 (home students)", geo=ENG),
            L("44 per cent", 44, E, PCT, "universities_share_in_deficit", "2025/26 (English providers expecting a deficit; Office for Students, May 2026)", geo=ENG),
            R("between £150mn and £300mn", 150e6, 300e6, GBP, "university_sector_surplus_forecast", "2025/26 (combined sector surplus; Office for Students projection)", geo=ENG),
            L("£925", 925, E, GBP, "international_student_levy", "per year, from August 2028 (for every overseas student enrolled)", geo=ENG),
            L("about £460mn", 460e6, AP, GBP, "international_student_levy_revenue", "per year, from 2028/29 (ministers' expectation; for maintenance grants)", geo=ENG),
            L("about a fifth", -20, AP, PCT, "international_student_recruitment_change", "2026 vs 2024 (across the sector; on two years ago; chief financial officer, Midlands university)"),
            R("between 40 and 60", 40, 60, UNIS, "universities_at_risk_needing_support", "July 2026 to 2030 (before the end of the decade; Fenwick Ratings estimate)"),
            L("more than 12,000", 12000, MT, P, "university_job_cuts", "January 2024 to July 2026 (since the start of 2024; lecturers' union)"),
            L("about 28 per cent", 28, AP, PCT, "university_income_share_international_fees", "2024/25 (of university income)", geo=SC),
            L("391,000", 391000, E, P, "visas_granted_study", "April 2025 to March 2026 (the 12 months to March; main applicants; Home Office)"),
            L("4 per cent", -4, E, PCT, "visas_granted_study_change", "April 2025 to March 2026 vs the previous 12 months (Home Office)", ctx="down 4 per cent"),
        ]),
    "03-sprocket-news-immigration-statistics-day-live": dict(
        meta=dict(url="https://news.sprocket.example/immigration-statistics-day-live-asylum-backlog-falls-small-boat-arrivals-climb-13688104",
                  title="Immigration statistics day live: Asylum backlog falls to four-year low - but small boat arrivals climb",
                  publisher="Sprocket News", author="Jonah Ferris-Adeyemi", published_date="2026-08-27"),
        labels=[
            L("6%", -6, E, PCT, AA + "_change", YEJ26 + " vs " + YEJ25 + " (key points)", occ=0),
            L("104,300", 104300, E, P, AA, YEJ26 + " (key points)", occ=0),
            L("41%", -41, E, PCT, AB + "_change", EJ26 + " vs " + EJ25 + " (waiting for a first decision; in 12 months; key points)"),
            L("9%", 9, E, PCT, SBA + "_change", YEJ26 + " vs " + YEJ25 + " (key points)", occ=0),
            L("27,180", 27180, E, P, HOT, EJ26 + " (key points)", occ=0),
            L("47%", 47, E, PCT, "asylum_grants_share_initial_decisions", YEJ25 + " (Harbourlight Refugee Trust spokesperson)"),
            L("39%", 39, E, PCT, "asylum_grants_share_initial_decisions", YEJ26 + " (in a year; Harbourlight Refugee Trust spokesperson)"),
            L("More than 42,000", 42000, MT, P, SBA, YEJ26 + " (in a single year; shadow home secretary)"),
            L("14.6k", 14600, E, P, SBA, "July to September 2025 (chart, small boat arrivals by quarter)"),
            L("9.8k", 9800, E, P, SBA, "October to December 2025 (chart, small boat arrivals by quarter)"),
            L("5.6k", 5600, E, P, SBA, "January to March 2026 (chart, small boat arrivals by quarter)"),
            L("12.9k", 12900, E, P, SBA, "April to June 2026 (chart, small boat arrivals by quarter)"),
            L("11%", 11, E, PCT, "returns_change", YEJ26 + " vs " + YEJ25 + " (post heading)", occ=0),
            L("36,800", 36800, E, P, "returns", YEJ26 + " (the 12 months to June; enforced and voluntary)"),
            L("11%", 11, E, PCT, "returns_change", YEJ26 + " vs " + YEJ25 + " (than a year before)", occ=1),
            L("9,950", 9950, E, P, "returns", YEJ26 + " (enforced returns)"),
            L("2,410", 2410, E, P, "returns", "September 2025 to August 2026 (small boat arrivals flown back under the pilot agreement since it began last September)", geo=FR),
            L("27,180", 27180, E, P, HOT, EJ26 + " (at the close of June)", occ=1),
            L("16%", -16, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25),
            L("32,350", 32350, E, P, HOT, EJ25),
            L("just over a quarter", 25, MT, PCT, "asylum_support_share_hotels", EJ26 + " (of people on asylum support)"),
            L("101,900", 101900, E, P, "asylum_support_population", EJ26),
            L("161", 161, E, HOTELS, "asylum_hotels_in_use", EJ26 + " (still being used)"),
            L("two-fifths", -40, E, PCT, AB + "_change", EJ26 + " vs " + EJ25 + " (in a year; Home Secretary)"),
            L("9%", 9, E, PCT, SBA + "_change", YEJ26 + " vs " + YEJ25 + " (post heading)", occ=1),
            L("42,900", 42900, E, P, SBA, YEJ26),
            L("9%", 9, E, PCT, SBA + "_change", YEJ26 + " vs " + YEJ25, occ=2),
            L("39,400", 39400, E, P, SBA, YEJ25),
            L("about 18%", 18, AP, PCT, "small_boat_arrivals_share_eritrean", YEJ26 + " (Eritreans, the largest nationality)"),
            L("104,300", 104300, E, P, AA, YEJ26 + " (main applicants and dependants; the headline)", occ=1),
            L("6%", -6, E, PCT, AA + "_change", YEJ26 + " vs " + YEJ25, occ=1),
            L("111,100", 111100, E, P, AA, YEJ25 + " (the record)"),
            L("78%", 78, E, PCT, "asylum_applications_share_main_applicants", YEJ26 + " (of these)"),
            L("58,200", 58200, E, P, AB, EJ26 + " (people still awaiting an initial ruling)"),
            L("98,700", 98700, E, P, AB, EJ25 + " (twelve months earlier)"),
        ]),
    "04-the-roath-record-cardiff-population-migration": dict(
        meta=dict(url="https://www.roathrecord.example/news/cardiff-news/cardiff-grows-twice-fast-wales-overseas-arrivals-32461107",
                  title="Cardiff grows twice as fast as Wales as overseas arrivals outnumber people moving away",
                  publisher="The Roath Record", author="Gethin Marlowe-Asante", published_date="2026-07-16"),
        labels=[
            L("twice", 2, E, RATIO, PG + "_ratio", YM25 + " (Cardiff's growth rate vs Wales's; headline)", ctx="Cardiff grows twice as fast", geo=CDF),
            L("4,600", 4600, E, P, PG, YM25 + " (residents gained in a year; standfirst)", occ=0, geo=CDF),
            L("almost a quarter", 25, ALM, PCT, "net_migration_international_share_cardiff", YM25 + " (of Wales' net international migration; standfirst)", occ=0, geo=WA),
            L("382,900", 382900, E, P, "population", M25 + " (an estimated; caption)", occ=0, geo=CDF),
            L("4,600", 4600, E, P, PG, YM25, occ=1, geo=CDF),
            L("382,900", 382900, E, P, "population", M25 + " (ONS estimate)", occ=1, geo=CDF),
            L("1.2 per cent", 1.2, E, PCT, "population_change", YM25, geo=CDF),
            L("more than twice", 2, MT, RATIO, PG + "_ratio", YM25 + " (Cardiff's growth rate vs Wales as a whole)", geo=CDF),
            L("0.5 per cent", 0.5, E, PCT, "population_change", YM25, geo=WA),
            L("3.21 million", 3.21e6, E, P, "population", M25 + " (an estimated)", geo=WA),
            L("62.2 million", 62.2e6, E, P, "population", M25, geo=EW),
            L("0.6 per cent", 0.6, E, PCT, "population_change", YM25, geo=EW),
            L("14,200", 14200, E, P, "immigration", YM25 + " (moved to Cardiff from outside the UK)", geo=CDF),
            L("7,300", 7300, E, P, "emigration", YM25 + " (left for other countries)", geo=CDF),
            L("6,900", 6900, E, P, "net_migration_international", YM25, geo=CDF),
            L("almost a quarter", 25, ALM, PCT, "net_migration_international_share_cardiff", YM25 + " (of the all-Wales figure)", occ=1, geo=WA),
            L("29,800", 29800, E, P, "net_migration_international", YM25 + " (the all-Wales figure)", geo=WA),
            L("3,400", -3400, E, P, "internal_migration_net", YM25 + " (more moving out to other parts of Wales and England than moved in)", geo=CDF),
            L("1,100", 1100, E, P, "population_natural_change", YM25 + " (births outnumbered deaths)", geo=CDF),
            L("4,050", 4050, E, P, "births", YM25, geo=CDF),
            L("2,950", 2950, E, P, "deaths", YM25, geo=CDF),
            L("1,900", 1900, E, P, "population_revision", "mid-2024 (30 June 2024; estimate revised up)", geo=CDF),
            L("378,300", 378300, E, P, "population", "mid-2024 (30 June 2024; revised estimate)", geo=CDF),
            L("about 11,500", 11500, AP, P, "international_students", "2025/26 (the city's three universities)", geo=CDF),
            L("roughly half", 50, AP, PCT, "immigration_share_aged_18_24", YM25 + " (of Cardiff's arrivals from abroad; ONS)", geo=CDF),
            L("1.0 per cent", 1.0, E, PCT, "population_change", YM25, geo="Newport"),
            L("0.7 per cent", 0.7, E, PCT, "population_change", YM25, geo="Swansea"),
            L("0.2 per cent", -0.2, E, PCT, "population_change", YM25 + " (fell)", geo="Blaenau Gwent"),
            L("0.1 per cent", -0.1, E, PCT, "population_change", YM25 + " (fell)", geo="Ceredigion"),
            L("around 2,000", 2000, AP, HOMES, "housing_need", "per year, July 2026 (new homes needed to keep pace; Cardiff Council cabinet member)", geo=CDF),
            L("fewer than 1,400", 1400, LT, HOMES, "housing_completions", "2025 (last year; Cardiff Council cabinet member)", geo=CDF),
            L("One in six", SIXTH, E, PCT, "population_share_born_abroad", "March 2021 (2021 census; Wales Institute for Place researcher)", geo=CDF),
            L("more than £1.4bn", 1.4e9, MT, GBP, "welsh_government_affordable_housing_funding",
              "2021 to 2026 (this Senedd term; social and affordable housing; Welsh Government)", geo=WA),
        ]),
    "05-the-bann-bulletin-newcomer-pupils-ukrainian-refugees-schools": dict(
        meta=dict(url="https://www.bannbulletin.example/news/education/newcomer-pupils-one-in-16-northern-ireland-classrooms-refugee-numbers-climb-4837215",
                  title="Newcomer pupils now one in 16 in Northern Ireland classrooms as refugee numbers climb",
                  publisher="The Bann Bulletin", author="Orla Kinnear-Mbatha", published_date="2026-03-11"),
        labels=[
            L("one in 16", 6.25, E, PCT, SPS, OCT25 + " (headline)", geo=NI),
            L("Almost 21,400", 21400, ALM, P, SPN, OCT25 + " (the highest on record)", geo=NI),
            L("21,380", 21380, E, P, SPN, OCT25 + " (figures published on Tuesday)", geo=NI),
            L("6.2 per cent", 6.2, E, PCT, SPS, OCT25, geo=NI),
            L("346,100", 346100, E, P, "school_pupils", OCT25 + " (pupils in the province's schools)", geo=NI),
            L("1,660", 1660, E, P, SPN + "_change", OCT25 + " vs " + OCT24 + " (on the previous census)", geo=NI),
            L("8 per cent", 8, E, PCT, SPN + "_change", OCT25 + " vs " + OCT24, geo=NI),
            L("more than doubled", 2, MT, RATIO, SPN + "_ratio", "October 2025 vs 2015 (since 2015)", geo=NI),
            L("1,240", 1240, E, P, "school_pupils_ukrainian", OCT25, geo=NI),
            L("15 per cent", -15, E, PCT, "school_pupils_ukrainian_change", OCT25 + " vs " + OCT24, geo=NI),
            L("1,460", 1460, E, P, "school_pupils_ukrainian", OCT24, geo=NI),
            L("2,870", 2870, E, P, "school_pupils_asylum_seeking_families", OCT25 + " (families seeking asylum or granted refugee status)", geo=NI),
            L("28 per cent", 28, E, PCT, "school_pupils_asylum_seeking_families_change", OCT25 + " vs " + OCT24 + " (in a year)", geo=NI),
            L("Almost three-quarters", 75, ALM, PCT, SPN + "_share_primary", OCT25 + " (of newcomer pupils, in primary schools)", geo=NI),
            L("8,940", 8940, E, P, SPN, OCT25, geo=BEL),
            L("42 per cent", 42, E, PCT, SPN + "_share_belfast", OCT25 + " (of the total)", geo=NI),
            L("about one in nine", 100 / 9, AP, PCT, SPS, OCT25 + " (of all pupils in the city)", geo=BEL),
            L("a fifth", 20, E, PCT, SPN + "_change", OCT25 + " vs " + OCT24 + " (the number rose by)", ctx="rose by a fifth",
              geo="Derry City and Strabane"),
            L("one in eight", 12.5, E, PCT, SPS, OCT25 + " (of primary school pupils)", geo="Mid Ulster"),
            L("more than 90", 90, MT, LANGS, SPN + "_languages", OCT25 + " (languages spoken between them)", geo=NI),
            L("£1,310", 1310, E, GBP, "school_funding_per_newcomer_pupil", "2025/26 (extra, through the common funding formula)", geo=NI),
            L("£14.2m", 14.2e6, E, GBP, "education_authority_newcomer_support_spending", "2024/25 (April 2024 to March 2025; language and support services)", geo=NI),
            L("Some 2,900", 2900, AP, P, "immigration_ukraine", "2022 to March 2026 (settled since the Russian invasion in 2022)", geo=NI),
            L("about 410", 410, AP, HH, "homes_for_ukraine_host_households", "March 2026 (still hosting families)", geo=NI),
            L("3,060", 3060, E, P, "asylum_support_population", "end of September 2025 (30 September 2025; Home Office figures)", geo=NI),
            L("one in five", 20, E, PCT, "charity_service_users_share_waited_month_for_school_place",
              "2025 (last year; families supported by the Mourne Welcome Project)", geo="Newry, Mourne and Down"),
            L("£3.5m", 3.5e6, E, GBP, "ni_department_of_education_newcomer_funding",
              "2025/26 (this year; additional, to the intercultural education service; Department of Education)", geo=NI),
        ]),
    "06-the-grommet-channel-deaths-french-coastguard-rescues": dict(
        meta=dict(url="https://www.thegrommet.example/news/world/europe/channel-deaths-2026-french-coastguard-rescues-le-portel-b2934118.html",
                  title="Channel death toll for 2026 overtakes last year's as French rescuers pull thousands from the sea",
                  publisher="The Grommet", author="Anouk Delacourt-Mensah", published_date="2026-09-15"),
        labels=[
            V("thousands", 2000, 9000, P, RESC, YTD6 + " (pulled from the sea by French rescuers; headline)", ctx="pull thousands from the sea", geo=FR),
            L("Four", 4, E, P, SBD, SUN + " (drowned south of Boulogne; standfirst)", geo=LP),
            L("at least 41", 41, AL, P, SBD, YTD6 + " (this year's known deaths; standfirst)"),
            L("four", 4, E, P, SBD, SUN, ctx="The four, including", geo=LP),
            L("c. 70", 70, AP, PPB, "small_boat_occupancy", SUN + " (the overloaded inflatable that sank)", geo=LP),
            L("67", 67, E, P, RESC, SUN + " (pulled from the water; French officials)", geo=LP),
            L("41", 41, E, P, SBD, YTD6 + " (International Organization for Migration count)", ctx="now stands at 41"),
            L("34", 34, E, P, SBD, "2025 (calendar year; the whole of last year)"),
            L("82", 82, E, P, SBD, "2024 (calendar year; the deadliest on record)"),
            L("4,870", 4870, E, P, RESC, YTD6 + " (coastguard and partner vessels; " + FMA + ")", geo=FR),
            L("18 per cent", 18, E, PCT, RESC + "_change", YTD6 + " vs the same period of 2025 (" + FMA + ")", geo=FR),
            L("312", 312, E, OPS, "channel_rescue_operations", YTD6 + " (separate operations; " + FMA + ")", geo=FR),
            L("1,240", 1240, E, P, RESC, "August 2026 (the busiest month; " + FMA + ")", geo=FR),
            L("nearly double", 2, ALM, RATIO, RESC + "_ratio", "August 2026 vs July 2026 (" + FMA + ")", geo=FR),
            L("More than nine in ten", 90, MT, PCT, RESC + "_share_returned_to_france", YTD6 + " (picked up in French waters and brought back to France)", geo=FR),
            L("66", 66, E, PPB, "small_boat_occupancy", YTD6 + " (average per dinghy that reached England this year; Home Office)"),
            L("53", 53, E, PPB, "small_boat_occupancy", "2024 (calendar year; average; Home Office)"),
            L("31,460", 31460, E, P, SBA, YTD6),
            L("roughly 1.3", 1.3, AP, D1000, "small_boat_deaths_per_1000_arrivals", YTD6),
            L("At least nine", 9, AL, P, SBD, YTD6 + " (crushed or suffocated inside boats rather than drowning)"),
            L("more than 1,100", 1100, MT, CALLS, "charity_distress_calls", "1 January to 14 September 2026 (since January; " + CNL + ")", geo=FR),
            R("Between 70 and 80", 70, 80, PPB, "small_boat_occupancy", "September 2026 (people in one of these boats; " + CNL + ")"),
            L("at least 15", 15, AL, P, "small_boat_missing_at_sea", YTD6 + " (bodies never found; Calais Nightline)"),
            L("about 11,200", 11200, AP, P, "small_boat_launch_attempts_stopped_people", "1 January to 14 September 2026 (since January; French interior ministry)", geo=FR),
            L("roughly a third", THIRD, AP, PCT, "small_boat_launch_attempts_stopped_people_change",
              YTD6 + " vs the equivalent period of 2025 (French interior ministry)", geo=FR),
            L("more than 500", 500, MT, P, "uk_funded_french_officers", "2023 to September 2026 (extra French officers on the coast, under a 2023 agreement)", geo=FR),
            L("more than 1,400", 1400, MT, P, "smuggling_arrests", "5 July 2024 to September 2026 (since this Government took office; people smugglers; Home Office spokesperson)",
              geo="Europe"),
            L("at least 420", 420, AL, P, "migrant_deaths_channel_border",
              "2014 to September 2026 (since 2014; trying to reach Britain from northern France, including lorries and trains; IOM)", geo=FR),
        ]),
    "07-the-kerning-asylum-cost-per-person-explainer": dict(
        meta=dict(url="https://thekerning.example/news/politics/asylum-system-cost-per-person-explained-3518264",
                  title="How much does the asylum system cost per person - and why is it so hard to pin down?",
                  publisher="The Kerning", author="Jessamy Okwuosa-Thorne", published_date="2026-07-23"),
        labels=[
            L("£5.21bn", 5.21e9, E, GBP, AC, FY26 + " (a record; standfirst)", occ=0),
            L("roughly £48,700", 48700, AP, GBP, "asylum_cost_per_person_per_year", FY26 + " (a head, spread across everyone supported; standfirst)", occ=0),
            L("£5.21bn", 5.21e9, E, GBP, AC, FY26 + " (annual accounts published on Tuesday; the highest figure yet)", occ=1),
            L("10 per cent", 10, E, PCT, AC + "_change", "2025/26 vs 2024/25"),
            L("£4.73bn", 4.73e9, E, GBP, AC, FY25),
            L("£480m", 480e6, E, GBP, AC + "_change", "2025/26 vs 2024/25 (higher)"),
            L("£5.21bn", 5.21e9, E, GBP, AC, FY26 + " (crosshead)", occ=2),
            L("about £4.1bn", 4.1e9, AP, GBP, AC, FY26 + " (accommodation and the firms that run it)"),
            L("about 62 per cent", 62, AP, PCT, "asylum_accommodation_cost_share_hotels", FY26 + " (of accommodation spending)"),
            L("fewer than three in ten", 30, LT, PCT, "asylum_support_share_hotels", FY26 + " (asylum seekers on support living in hotels)"),
            L("104,900", 104900, E, P, "asylum_support_population", "end of March 2026 (31 March 2026)"),
            L("about 107,000", 107000, AP, P, "asylum_support_population", FY26 + " (average number supported over the twelve months)"),
            L("roughly £48,700", 48700, AP, GBP, "asylum_cost_per_person_per_year", FY26 + " (the year's bill divided by the average number supported)", occ=1),
            L("about £133", 133, AP, GBP, "asylum_cost_per_person_per_day", "per day, " + FY26),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "per night, 2025/26 (a hotel place; Home Office)"),
            L("£18", 18, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, 2025/26 (a room in a shared dispersal house; Home Office)"),
            L("eight times", 8, E, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2025/26 (hotel place vs dispersal room)"),
            L("about £52,900", 52900, AP, GBP, "asylum_hotel_cost_per_person_year", "per year, 2025/26 (someone in a hotel; across twelve months)"),
            L("about £6,600", 6600, AP, GBP, "asylum_dispersal_cost_per_person_year", "per year, 2025/26 (someone in dispersal accommodation)"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week, July 2026 (self-catering accommodation)"),
            L("£8.86", 8.86, E, GBP, "asylum_support_weekly_allowance", "per week, July 2026 (in hotels, where meals are provided)"),
            L("about £430m", 430e6, AP, GBP, AC, FY26 + " (asylum casework)"),
            L("roughly £3,900", 3900, AP, GBP, "asylum_cost_per_claim_decided", FY26 + " (casework cost per initial decision)"),
            L("110,600", 110600, E, P, "asylum_initial_decisions", FY26),
            L("about £1bn", 1e9, AP, GBP, "asylum_cost_saving", "per year, by 2028/29 (as hotels close; the Treasury's spending plans)"),
            L("£15.3bn", 15.3e9, E, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (ten-year contracts; now expected; National Audit Office)"),
            L("more than triple", 3, MT, RATIO, "asylum_accommodation_contracts_cost_ratio", "2019 to 2029 (current expectation vs first forecast; National Audit Office)"),
            L("£4.5bn", 4.5e9, E, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (first forecast, 2019)"),
            L("something like £2bn", 2e9, AP, GBP, "asylum_cost_saving", "per year (if everyone moved out of hotels tomorrow; " + ECON + ")"),
            L("around £4,000", 4000, AP, GBP, "asylum_cost_per_person_per_month", "per month, 2026 (every extra month someone waits; " + ECON + ")"),
            L("about 880,000", 880000, AP, P, "asylum_applications", "2025 (calendar year; last year; received by EU countries; the bloc's asylum agency)", geo="EU"),
            L("about £700m", 700e6, AP, GBP, "rwanda_scheme_cost", "April 2022 to July 2024 (until the scheme was scrapped)"),
            L("more than 120", 120, MT, HOTELS, "asylum_hotels_closed", "5 July 2024 to July 2026 (since 5 July 2024; Home Office spokesperson)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
