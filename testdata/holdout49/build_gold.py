#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the forty-ninth hand-labelled hold-out set (holdout49).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, PPB, YEARS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, PTR, RSC, RSP)

IMM, EMI, RET = "immigration", "emigration", "returns"
HIU, CLOSED, OCC = "asylum_hotels_in_use", "asylum_hotels_closed", "small_boat_occupancy"
DISP, DISP_RES = "asylum_dispersal_population", "asylum_dispersal_population_share_of_residents"
SUPPORT, LEGAL = "asylum_support_population", "uk_france_legal_route_arrivals"
EMP_SH, HCW, SKILLED = "employment_share_born_abroad", "visas_granted_health_care_worker", "visas_granted_skilled_worker"
RECORD = "record_low_period_net_migration"
FNO, DET_IN, DET_POP = "returns_foreign_national_offenders", "detention_entries", "detention_population"
HOMELESS = "refugees_homeless_after_leaving_asylum_support"
HOTELS, HH, COUNCILS, FLIGHTS, BEDS = ("other:hotels", "other:households", "other:council_areas", "other:flights",
                                       "other:bed_spaces")
UK, FR, EU, EN, EW, SC, WA, NI, NE = ("UK", "France", "EU", "England", "England and Wales", "Scotland", "Wales",
                                      "Northern Ireland", "North East")

# periods
YTD26, YTD25 = "1 January to 15 August 2026", "1 January to 15 August 2025"
SAT = "Saturday 15 August 2026"
HO_SUN = " (Home Office figures released Sunday 16 August 2026)"
PILOT_J = "18 September 2025 (first return) to 30 June 2026"
EJ26, EJ25 = "end of June 2026 (30 June 2026)", "end of June 2025 (30 June 2025)"
Y25, Y24 = "2025 (calendar year, year ending December 2025)", "2024 (calendar year, year ending December 2024)"
YJ24, PEAK = "year ending June 2024", "year ending March 2023 (the peak)"
ONS = " (ONS, published Thursday 21 May 2026)"
CLAIM = "the Home Office minister's claim on Sunday 31 May 2026"
NOW3 = "2026 (today; latest labour market figures before Thursday 11 June 2026)"
HO_AUG = " (Home Office figures published Thursday 27 August 2026)"
FY26, FY25 = "2025/26 financial year", "2024/25 financial year"
YS26, YS25 = "year ending September 2026", "year ending September 2025"
T1 = " (Table 1)"
PILOT_S = "18 September 2025 (first return) to 30 September 2026"
SCHEME = "April 2022 to July 2024 (whole life of the Rwanda scheme; final tally published Wednesday 4 November 2026)"

ARTICLES = {
    "01-soar-valley-mercury-channel-crossings-pass-26000-so-far-2026": dict(
        meta=dict(url="https://www.soarvalleymercury.example/news/uk-world/channel-crossings-top-26000-for-the-year-after-712-make-the-trip-on-saturday-4471902",
                  title="Channel crossings top 26,000 for the year after 712 make the trip on Saturday",
                  publisher="The Soar Valley Mercury (PA)", author="Amelia Tregowan", published_date="2026-08-16"),
        labels=[
            L("26,000", 26000, MT, P, SBA, YTD26 + " (for the year; crossings top; headline)", ctx="crossings top 26,000"),
            L("712", 712, E, P, SBA, SAT + " (make the trip on Saturday; headline)", ctx="after 712 make"),
            L("6%", 6, E, PCT, SBA + "_change", YTD26 + " vs " + YTD25 + " (ahead of last year's pace; standfirst)", occ=0),
            L("More than 26,000", 26000, MT, P, SBA, YTD26 + " (this year)"),
            L("712", 712, E, P, SBA, SAT + " (another 712 arrived on Saturday)", ctx="another 712 arrived"),
            L("26,418", 26418, E, P, SBA, YTD26 + " (the total for 2026)" + HO_SUN, occ=0),
            L("6%", 6, E, PCT, SBA + "_change", YTD26 + " vs " + YTD25 + " (up on this stage of last summer)", occ=1),
            L("24,930", 24930, E, P, SBA, YTD25 + " (counted at this stage of last summer)", occ=0),
            L("11", 11, E, BOATS, SBC, SAT, ctx="came in 11 boats"),
            L("about 65", 65, AP, PPB, OCC, SAT + " (an average in each boat)"),
            L("9,058", 9058, E, P, SBA, "1 July to 15 August 2026 (since July 1)"),
            # key figures box
            L("26,418", 26418, E, P, SBA, YTD26 + " (arrivals in 2026 so far; key figures)", occ=1),
            L("24,930", 24930, E, P, SBA, YTD25 + " (by the same date in 2025; key figures)", occ=1),
            L("712", 712, E, P, SBA, SAT + " (key figures)", ctx="Saturday: 712 people"),
            L("11", 11, E, BOATS, SBC, SAT + " (key figures)", ctx="712 people, 11 boats"),
            L("1,184", 1184, E, P, SBA, "Saturday 27 June 2026 (busiest day of the year; key figures)", occ=0),
            L("12.9k", 12900, E, P, SBA, "April to June 2026 (key figures)"),
            L("1,302", 1302, E, P, RET, PILOT_J + " (sent back to France under the pilot; key figures)", occ=0, geo=FR),
            # body
            L("1,184", 1184, E, P, SBA, "Saturday 27 June 2026 (the year's busiest day to date; landed on the Kent coast)", occ=1),
            L("19", 19, E, BOATS, SBC, "Saturday 27 June 2026", ctx="from 19 boats"),
            L("12,900", 12900, E, P, SBA, "April to June 2026 (came over once the weather turned)"),
            L("nearly three times", 3, ALM, RATIO, SBA + "_ratio", "April to June 2026 vs January to March 2026"),
            L("more than 91,000", 91000, MT, P, SBA, "5 July 2024 to 15 August 2026 (since Labour walked into Downing Street; the Shadow Home Secretary)"),
            L("1,302", 1302, E, P, RET, PILOT_J + " (returned across the Channel by the end of June; most recent quarterly statistics)", occ=1, geo=FR),
            L("94,870", 94870, E, P, "asylum_applications", "year ending June 2026 (claims lodged; the same quarterly release)"),
            L("15%", -15, E, PCT, "asylum_applications_change", "year ending June 2026 vs year ending June 2025 (down on the previous 12 months)"),
            L("48,210", 48210, E, P, "asylum_backlog", EJ26 + " (cases awaiting a first decision)"),
            L("more than 39,000", 39000, MT, P, RET, "year ending June 2026 (over the past year; removed or left voluntarily; Home Office spokesperson)"),
            V("thousands", 2000, 9000, P, "small_boat_launch_attempts_stopped_people", "the past year to August 2026 (stopped from getting into boats by French officers; Home Office spokesperson)", geo=FR),
            L("at least 17", 17, AL, P, "small_boat_deaths", "1 January to 16 August 2026 (since January; Channel Lifeline)"),
            L("1,240", 1240, E, P, HOT, EJ26 + " (when June ended; separate Home Office data)", geo="East Midlands"),
            L("2,110", 2110, E, P, HOT, EJ25 + " (twelve months before)", geo="East Midlands"),
        ]),
    "02-weighbridge-minister-net-migration-two-thirds-claim-checked": dict(
        meta=dict(url="https://www.weighbridge.example/fact-checks/immigration/net-migration-two-thirds-since-election-claim/",
                  title="Has net migration really fallen by \"more than two-thirds\" since the election?",
                  publisher="Weighbridge", author="Harriet Quennell-Obi", published_date="2026-06-02"),
        labels=[
            L("more than two-thirds", -200 / 3, MT, PCT, NM + "_change", YJ24 + " (since the election) to 2025 (" + CLAIM + "; headline)", occ=0),
            L("more than two-thirds", -200 / 3, MT, PCT, NM + "_change", YJ24 + " (since the election) to 2025 (" + CLAIM + "; what was claimed)", occ=1),
            L("more than a decade", 10, MT, YEARS, RECORD, "2025 (lowest level for more than a decade; " + CLAIM + "; what was claimed)", occ=0),
            L("183,000", 183000, E, P, NM, Y25 + ONS, occ=0),
            L("649,000", 649000, E, P, NM, YJ24 + " (the closest period the ONS reports for to the July 2024 election)", occ=0),
            L("649,000", 649000, E, P, NM, YJ24, occ=1),
            L("183,000", 183000, E, P, NM, Y25, occ=1),
            L("466,000", -466000, E, P, NM + "_change", Y25 + " vs " + YJ24 + " (fewer)"),
            L("about 72%", -72, AP, PCT, NM + "_change", Y25 + " vs " + YJ24 + " (a reduction)", occ=0),
            L("944,000", 944000, E, P, NM, PEAK + " (the high point)"),
            L("almost a third", -THIRD, ALM, PCT, NM + "_change", YJ24 + " vs " + PEAK + " (already lower by polling day)"),
            L("more than 80%", -80, MT, PCT, NM + "_change", Y25 + " vs " + PEAK + " (the drop measured from that peak)"),
            R("between 126,000 and 240,000", 126000, 240000, P, NM, Y25 + " (likely range; ONS)"),
            V("tens of thousands", 20000, 90000, P, "net_migration_revision", "recent periods (past revisions of ONS estimates)"),
            L("818,000", 818000, E, P, IMM, Y25 + " (arrived to live in the UK last year; ONS)"),
            L("635,000", 635000, E, P, EMI, Y25 + " (departed; ONS)"),
            L("18%", -18, E, PCT, IMM + "_change", Y25 + " vs " + Y24 + " (lower)"),
            L("1,001,000", 1001000, E, P, IMM, Y24),
            L("632,000", 632000, E, P, EMI, Y24 + " (almost unchanged from)"),
            L("340,000", 340000, E, P, "net_migration_non_eu", Y25 + " (non-EU nationals)"),
            L("60,000", -60000, E, P, "net_migration_eu", Y25 + " (a net outflow of EU citizens)"),
            L("97,000", -97000, E, P, "net_migration_british_nationals", Y25 + " (a net outflow of British nationals)"),
            L("About two in five", 40, AP, PCT, "immigration_share_study_non_eu", Y25 + " (non-EU citizens who moved to the UK and came to study)"),
            L("108,000", 108000, E, P, NM, "2020 (calendar year; Covid-19 restrictions)"),
            L("183,000", 183000, E, P, NM, Y25 + " (on the ONS's figures)", occ=2),
            L("five years", 5, E, YEARS, RECORD, "2025 (the lowest annual total for five years; Weighbridge)", ctx="total for five years"),
            L("more than ten", 10, MT, YEARS, RECORD, "2025 (not more than ten years; Weighbridge)"),
            L("about 72%", -72, AP, PCT, NM + "_change", Y25 + " vs " + YJ24 + " (verdict)", occ=1),
            L("more than two-thirds", -200 / 3, MT, PCT, NM + "_change", YJ24 + " (since the election) to 2025 (" + CLAIM + "; verdict: fair)", occ=2),
            L("more than a decade", 10, MT, YEARS, RECORD, "2025 (" + CLAIM + "; verdict: not at its lowest level for more than a decade)", occ=1),
        ]),
    "03-intelligencer-britain-immigration-slowdown-labour-market": dict(
        meta=dict(url="https://www.theintelligencer.example/britain/2026/06/11/fewer-hands-on-deck",
                  title="Fewer hands on deck", publisher="The Intelligencer", author=None, published_date="2026-06-11"),
        labels=[
            L("1.2m", 1.2e6, E, P, "immigration_non_eu", "2023 (calendar year; immigration from outside the EU)"),
            L("944,000", 944000, E, P, NM, PEAK),
            L("183,000", 183000, E, P, NM, Y25 + " (ONS, Thursday 21 May 2026)"),
            L("less than a fifth", 0.2, LT, RATIO, NM + "_ratio", Y25 + " vs " + PEAK),
            L("Some 7.1m", 7.1e6, AP, P, "employment_born_abroad", "2026 (people in work who were born abroad; latest Labour Force Survey)"),
            L("about one in five", 20, AP, PCT, EMP_SH, "2026 (of the people in employment; latest Labour Force Survey)"),
            L("34m", 34e6, E, P, "employment_level", "2026 (people employed; latest Labour Force Survey)"),
            L("16%", 16, E, PCT, EMP_SH, "2016 (a decade ago)"),
            L("one in six", SIXTH, E, PCT, "population_share_born_abroad", "2021 (census; inhabitants who were foreign-born)", geo=EW),
            L("41%", 41, E, PCT, EMP_SH, "2026 (workers born overseas)", geo="London"),
            L("7%", 7, E, PCT, EMP_SH, "2026", ctx="Wales the figure is 7%", geo=WA),
            L("about 8%", 8, AP, PCT, EMP_SH, "2026 (the north-east of England)", geo=NE),
            L("11%", 11, E, PCT, EMP_SH, "2026", geo=SC),
            L("9%", 9, E, PCT, EMP_SH, "2026", geo=NI),
            L("roughly 14%", 14, AP, PCT, EMP_SH, "2026 (workers born in a country other than the one they work in; Eurostat)", geo=EU),
            L("nearly a fifth", 20, ALM, PCT, EMP_SH, "2026 (Eurostat)", geo="Germany"),
            L("some 146,000", 146000, AP, P, HCW, "2023 (calendar year; main applicants)"),
            L("21,000", 21000, E, P, HCW, "2025 (calendar year; last year; main applicants)"),
            L("about a seventh", 1 / 7, AP, RATIO, HCW + "_ratio", "2025 vs 2023 (as many)"),
            L("Roughly one in four", 25, AP, PCT, "adult_social_care_workforce_share_non_british", "2026 (care workers holding a foreign passport)", geo=EN),
            L("1.1", 1.1, E, RATIO, "vacancies_per_unemployed_ratio", "mid-2022 (vacancies for every unemployed person)"),
            L("0.4", 0.4, E, RATIO, "vacancies_per_unemployed_ratio", NOW3),
            L("5.3%", 5.3, E, PCT, "unemployment_rate", NOW3 + " (has risen to)"),
            L("3.4%", 3.4, E, PCT, "regular_pay_change", NOW3 + " (annual growth in regular pay; weakest since 2021)"),
            L("54,800", 54800, E, P, SKILLED, "2025 (calendar year; last year; main applicants)"),
            L("39%", -39, E, PCT, SKILLED + "_change", "2025 vs 2024 (fewer; main applicants)"),
            L("£41,700", 41700, E, GBP, "skilled_worker_salary_threshold", "July 2025 to June 2026 (general salary threshold since July 2025)"),
            L("about 7%", 7, AP, PCT, "skilled_worker_salary_threshold_above_median_pay", "2026 (threshold above median full-time pay)"),
            L("£39,000", 39000, E, GBP, "median_full_time_pay", "2026 (median full-time pay)"),
            L("0.6%", 0.6, E, PCT, "population_change", "2025 (calendar year; grew by just)"),
            L("1.3%", 1.3, E, PCT, "gdp_growth", "2025 (calendar year; GDP rose by)"),
            L("0.7%", 0.7, E, PCT, "gdp_per_head_change", "2025 (calendar year; output per person; best since 2022)"),
            L("about £7bn", 7e9, AP, GBP, "public_finances_effect_lower_migration", "per year, by 2030-31 (added to borrowing by the lower path for net migration; Office for Budget Responsibility)"),
        ]),
    "04-llandaff-herald-wales-asylum-dispersal-councils-swansea": dict(
        meta=dict(url="https://www.llandaffherald.example/news/wales-news/almost-4000-asylum-seekers-housed-wales-councils-30871246",
                  title="Almost 4,000 asylum seekers now housed in Wales as more councils take part",
                  publisher="The Llandaff Herald", author="Rhodri Penhallow-Jones", published_date="2026-09-01"),
        labels=[
            L("Almost 4,000", 4000, ALM, P, DISP, EJ26 + " (now housed in Wales; headline)", geo=WA),
            L("nearly four times", 4, ALM, RATIO, DISP + "_ratio", EJ26 + " (Cardiff vs Wrexham; standfirst)", geo="Cardiff"),
            L("four", 4, E, COUNCILS, "council_areas_without_asylum_seekers", EJ26 + " (nobody placed with them; standfirst)", ctx="only four of Wales", geo=WA),
            L("870", 870, E, P, DISP, EJ26 + " (home to; picture caption)", occ=0, geo="Swansea"),
            L("3,860", 3860, E, P, DISP, EJ26 + " (providing homes for)", occ=0, geo=WA),
            L("3,860", 3860, E, P, DISP, EJ26 + " (when June ended; living in dispersal accommodation)" + HO_AUG, occ=1, geo=WA),
            L("9%", 9, E, PCT, DISP + "_change", EJ26 + " vs " + EJ25 + " (up)", geo=WA),
            L("3,540", 3540, E, P, DISP, EJ25 + " (a year earlier)", geo=WA),
            L("1,210", 1210, E, P, DISP, EJ26 + " (by far the largest host)", geo="Cardiff"),
            L("almost a third", THIRD, ALM, PCT, "asylum_dispersal_population_share_cardiff", EJ26 + " (of the Welsh total)", geo=WA),
            L("870", 870, E, P, DISP, EJ26, occ=1, geo="Swansea"),
            L("742", 742, E, P, DISP, EJ26, geo="Newport"),
            L("doubled", 2, E, RATIO, DISP + "_ratio", EJ26 + " vs " + EJ25 + " (in a year)", geo="Wrexham"),
            L("320", 320, E, P, DISP, EJ26, geo="Wrexham"),
            L("718", 718, E, P, DISP, EJ26 + " (the remaining 18 councils between them)", geo=WA),
            L("Four", 4, E, COUNCILS, "council_areas_without_asylum_seekers", EJ26 + " (still no asylum seekers in dispersal housing)", ctx="Four still have", geo=WA),
            L("nine", 9, E, COUNCILS, "council_areas_without_asylum_seekers", EJ25 + " (a year ago)", ctx="compared with nine", geo=WA),
            L("76,300", 76300, E, P, DISP, EJ26 + " (in June)"),
            L("about 5%", 5, AP, PCT, "asylum_dispersal_population_share_wales", EJ26 + " (Wales's share of the UK's dispersal accommodation)"),
            L("4.6%", 4.6, E, PCT, "population_share_wales_of_uk", "2026 (latest estimate; Wales's share of the UK population)"),
            L("one", 1, E, HOTELS, HIU, "September 2026 (still used)", ctx="Just one hotel", geo=WA),
            L("96", 96, E, P, HOT, "September 2026 (residents of the one remaining hotel)", geo=WA),
            L("six", 6, E, HOTELS, HIU, "2023 (at the peak)", ctx="from six hotels", geo=WA),
            L("4,300", 4300, E, P, "asylum_dispersal_target", "by March 2027 (March next year; places the Home Office wants councils to offer)", geo=WA),
            L("more than 200", 200, MT, BEDS, "asylum_dispersal_bed_spaces_added", "April to September 2026 (since April; Swansea Council cabinet member for housing and communities)", geo="Swansea"),
            L("£3,500", 3500, E, GBP, "council_asylum_grant", "per new bed (promised by ministers; Swansea Council cabinet member)", geo="Swansea"),
            L("£1,750", 1750, E, GBP, "council_asylum_grant", "per new bed (received; Swansea Council cabinet member)", geo="Swansea"),
            L("roughly one in 280", 100 / 280, AP, PCT, DISP_RES, "September 2026 (residents now an asylum seeker; Swansea Council cabinet member)", geo="Swansea"),
            L("about one in 60", 100 / 60, AP, PCT, DISP_RES, "September 2026 (parts of the city centre; Swansea Council cabinet member)", geo="Swansea city centre"),
            L("41,350", 41350, E, P, "asylum_grants", "year ending June 2026 (the 12 months to June; granted protection by the Home Office)"),
            L("1,090", 1090, E, HH, HOMELESS, FY26 + " (refugee households who sought help from councils as homeless or at risk; Welsh Government)", geo=WA),
            L("27%", 27, E, PCT, HOMELESS + "_change", FY26 + " vs " + FY25 + " (up)", geo=WA),
            L("858", 858, E, HH, HOMELESS, FY25 + " (2024/25)", geo=WA),
            L("about one in every 220", 100 / 220, AP, PCT, DISP_RES, "September 2026 (residents seeking asylum)", geo="Newport"),
        ]),
    "05-enforcement-statistics-unit-returns-detention-ye-september-2026": dict(
        meta=dict(url="https://www.gov.uk.example/government/statistics/returns-and-immigration-detention-to-30-september-2026-quarterly-summary",
                  title="Returns and immigration detention to 30 September 2026: quarterly summary",
                  publisher="Enforcement Statistics Unit (GOV.UK)", author=None, published_date="2026-11-26",
                  license="Open Government Licence v3.0"),
        labels=[
            # 1. Main points
            L("39,810", 39810, E, P, RET, YS26 + " (returns from the UK; main points)", occ=0),
            L("7%", 7, E, PCT, RET + "_change", YS26 + " vs " + YS25 + " (more; main points)", ctx="YE September 2026, 7% more"),
            L("12%", 12, E, PCT, RET + "_change", YS26 + " vs " + YS25 + " (enforced returns increased by; main points)", ctx="increased by 12% to"),
            L("10,240", 10240, E, P, RET, YS26 + " (enforced returns; highest for any 12-month period since 2019; main points)", occ=0),
            L("27,340", 27340, E, P, DET_IN, YS26 + " (entered immigration detention; main points)", occ=0),
            L("9%", 9, E, PCT, DET_IN + "_change", YS26 + " vs " + YS25 + " (an increase; main points)"),
            L("1,796", 1796, E, P, RET, PILOT_S + " (sent back to France under the UK-France agreement; main points)", occ=0, geo=FR),
            # Table 1
            L("9,180", 9180, E, P, RET, YS25 + " (enforced returns)" + T1),
            L("10,240", 10240, E, P, RET, YS26 + " (enforced returns)" + T1, occ=1),
            L("+12%", 12, E, PCT, RET + "_change", YS26 + " vs " + YS25 + " (enforced returns)" + T1),
            L("24,610", 24610, E, P, RET, YS25 + " (voluntary returns)" + T1),
            L("25,930", 25930, E, P, RET, YS26 + " (voluntary returns)" + T1),
            L("+5%", 5, E, PCT, RET + "_change", YS26 + " vs " + YS25 + " (voluntary returns)" + T1),
            L("3,420", 3420, E, P, RET, YS25 + " (refused entry at port and subsequently departed)" + T1),
            L("3,640", 3640, E, P, RET, YS26 + " (refused entry at port and subsequently departed)" + T1),
            L("+6%", 6, E, PCT, RET + "_change", YS26 + " vs " + YS25 + " (refused entry at port and subsequently departed)" + T1),
            L("37,210", 37210, E, P, RET, YS25 + " (total)" + T1),
            L("39,810", 39810, E, P, RET, YS26 + " (total)" + T1, occ=1),
            L("+7%", 7, E, PCT, RET + "_change", YS26 + " vs " + YS25 + " (total)" + T1),
            # 2. Returns, text
            L("10,420", 10420, E, P, RET, "July to September 2026 (the quarter alone; largest quarterly figure since early 2019)"),
            L("65%", 65, E, PCT, "returns_share_voluntary", YS26 + " (voluntary returns' share of the total)"),
            L("4,180", 4180, E, P, RET, YS26 + " (voluntary returns helped by the Voluntary Returns Service)"),
            L("5,620", 5620, E, P, FNO, YS26),
            L("14%", 14, E, PCT, FNO + "_change", YS26 + " vs " + YS25 + " (a rise)"),
            L("4,930", 4930, E, P, FNO, YS25),
            L("6,480", 6480, E, P, RET, YS26 + " (Albanian nationals; the largest group returned)"),
            L("16%", 16, E, PCT, "returns_share_albania", YS26 + " (Albanian nationals' share of all returns)"),
            L("4,950", 4950, E, P, RET, YS26 + " (Indian nationals)"),
            L("3,010", 3010, E, P, RET, YS26 + " (Brazilian nationals)"),
            L("5,240", 5240, E, P, RET, YS26 + " (EU nationals)"),
            L("13%", 13, E, PCT, "returns_share_eu_nationals", YS26 + " (EU nationals' share of all returns)"),
            L("7,380", 7380, E, P, RET, YS26 + " (people returned who had originally arrived on a small boat)"),
            L("19%", 19, E, PCT, "returns_share_small_boat_arrivals", YS26 + " (share of all people returned who had arrived on a small boat)"),
            L("84", 84, E, FLIGHTS, "charter_removal_flights", YS26),
            L("61", 61, E, FLIGHTS, "charter_removal_flights", YS25 + " (the previous year)"),
            # 3. Returns to France
            L("1,796", 1796, E, P, RET, PILOT_S + " (crossed by small boat, returned to France)", occ=1, geo=FR),
            L("494", 494, E, P, RET, "July to September 2026 (returned to France under the agreement)", geo=FR),
            L("1,510", 1510, E, P, LEGAL, PILOT_S + " (admitted to the UK from France through the reciprocal route)"),
            # 4. Detention
            L("27,340", 27340, E, P, DET_IN, YS26, occ=1),
            L("25,080", 25080, E, P, DET_IN, YS25 + " (the year before)"),
            L("2,190", 2190, E, P, DET_POP, "30 September 2026 (being held in detention)"),
            L("12%", 12, E, PCT, DET_POP + "_change", "30 September 2026 vs 30 September 2025 (more than a year earlier)", ctx="detention, 12% more"),
            L("1,950", 1950, E, P, DET_POP, "30 September 2025 (a year earlier)"),
            L("26,910", 26910, E, P, "detention_leavers", YS26 + " (left detention during the year)"),
            L("58%", 58, E, PCT, "detention_leavers_share_returned", YS26 + " (returned from the UK)"),
            L("38%", 38, E, PCT, "detention_leavers_share_bailed", YS26 + " (granted immigration bail)"),
            L("41%", 41, E, PCT, "detention_leavers_share_held_7_days_or_less", YS26 + " (spent 7 days or less in detention)"),
            L("5%", 5, E, PCT, "detention_leavers_share_held_over_28_days", YS26 + " (held for more than 28 days)", ctx="while 5% had"),
            L("2,840", 2840, E, P, "detention_capacity", "end of September 2026 (30 September 2026; after a former removal centre in Oxfordshire reopened)"),
        ]),
    "06-daily-vigil-rwanda-scheme-final-bill-726million": dict(
        meta=dict(url="https://www.dailyvigil.example/news/article-15298377/Rwanda-plan-final-bill-726million-181million-four-migrants.html",
                  title="Final bill for failed Rwanda plan hits £726MILLION - that's £181MILLION for each of the four migrants it sent",
                  publisher="Daily Vigil", author="Marcus Halloran-Fey", published_date="2026-11-05"),
        labels=[
            L("£726MILLION", 726e6, E, GBP, RSC, SCHEME + " (final bill; headline)"),
            L("£181MILLION", 181e6, E, GBP, RSC, SCHEME + " (per migrant relocated; headline)"),
            L("four", 4, E, P, "rwanda_relocations", SCHEME + " (migrants it sent; headline)", ctx="each of the four migrants"),
            L("£11million", 11e6, E, GBP, "rwanda_scheme_cost_revision", SCHEME + " (higher than the last estimate; standfirst)", occ=0),
            L("£290million", 290e6, E, GBP, PTR, SCHEME + " (went straight to Kigali; standfirst)", occ=0),
            L("£726million", 726e6, E, GBP, RSC, SCHEME + " (cost taxpayers in the end)"),
            L("four", 4, E, P, "rwanda_relocations", SCHEME + " (sent just four migrants to Africa)", ctx="sent just four migrants"),
            L("more than £181million", 181e6, MT, GBP, RSC, SCHEME + " (per person who went)"),
            L("£11million", 11e6, E, GBP, "rwanda_scheme_cost_revision", SCHEME + " (final figure vs the estimate given in 2025; winding the scheme down)", occ=1),
            L("£715million", 715e6, E, GBP, RSC, SCHEME + " (the estimate the department gave last year, 2025)"),
            L("£290million", 290e6, E, GBP, PTR, SCHEME + " (received by the Rwandan government)", occ=1),
            L("more than 2%", 2, MT, PCT, "payment_to_rwanda_share_of_gdp", "one year's economic output (the £290million against Rwanda's annual GDP)", geo="Rwanda"),
            L("£436million", 436e6, E, GBP, RSC, SCHEME + " (the remainder, spent in Britain)"),
            L("£108million", 108e6, E, GBP, RSC, SCHEME + " (detention)"),
            L("£95million", 95e6, E, GBP, RSC, SCHEME + " (charter flights, escorts and other removal costs)"),
            L("£148million", 148e6, E, GBP, RSC, SCHEME + " (staff, IT and legal bills)"),
            L("£85million", 85e6, E, GBP, RSC, SCHEME + " ('other costs')"),
            L("£370million", 370e6, E, GBP, RSP, "over five years from 2022 (what ministers said the Government would pay Rwanda when the deal was signed)"),
            L("£150,000", 150000, E, GBP, RSP, "per person relocated (planned payment to Rwanda when the deal was signed in 2022)"),
            L("5,700", 5700, E, P, "rwanda_removal_candidates_identified", "2024 (asylum seekers listed to be sent to Rwanda)"),
            L("more than half", 50, MT, PCT, "rwanda_removal_candidates_share_lost_contact", "2024 (the Home Office soon lost touch with)"),
            L("about a sixth", SIXTH, AP, PCT, "rwanda_scheme_cost_share_of_annual_asylum_cost", FY26 + " (the scheme's total against one year's asylum spending)"),
            L("£4.2billion", 4.2e9, E, GBP, AC, FY26 + " (the 12 months to March 2026; spent on the asylum system)"),
            L("three-quarters of a billion pounds", 7.5e8, E, GBP, RSC, SCHEME + " (the Border Security Minister)"),
            L("four", 4, E, P, "rwanda_relocations", SCHEME + " (removed four volunteers; the Border Security Minister)", ctx="removed four volunteers"),
            L("more than 16,000", 16000, MT, P, "caseworkers_affordable_with_rwanda_cost", "for a year (asylum caseworkers the money could have paid; the Border Security Minister)"),
            L("more than 85,000", 85000, MT, P, RET, "July 2024 to November 2026 (since the Government scrapped the scheme; the Border Security Minister)"),
            L("36 per cent", -36, E, PCT, SBA + "_change", "2023 vs 2022 (Channel crossings fell; the Shadow Home Secretary)"),
            L("More than 100,000", 100000, MT, P, SBA, "July 2024 to 4 November 2026 (reached Britain by dinghy since the scheme was abandoned)"),
        ]),
    "07-coquet-radio-news-three-north-east-asylum-hotels-close": dict(
        meta=dict(url="https://www.coquetradio.example/news/north-east/three-north-east-asylum-hotels-to-close-by-the-end-of-the-year/",
                  title="Three North East asylum hotels to close by the end of the year",
                  publisher="Coquet Radio News", author="Chloe Armitage-Dunn", published_date="2026-10-13"),
        labels=[
            L("Three", 3, E, HOTELS, "asylum_hotels_to_close", "by the end of 2026 (headline)", ctx="Three North East", geo=NE),
            L("Three", 3, E, HOTELS, "asylum_hotels_to_close", "by the end of 2026 (Home Office confirmed on Monday 12 October 2026)", ctx="Three hotels used", geo=NE),
            L("about 230", 230, AP, P, HOT, "October 2026 (currently, in the three hotels in Gateshead, Sunderland and Stockton-on-Tees)", geo=NE),
            L("About 40", 40, AP, P, "asylum_hotel_population_children", "October 2026 (children in the three hotels, most at the Stockton site)", geo=NE),
            L("640", 640, E, BEDS, "asylum_dispersal_bed_spaces_added", "April to October 2026 (since April; council papers)", geo=NE),
            L("two", 2, E, HOTELS, HIU, "end of 2026 (to remain open once the three have shut)", ctx="only two asylum hotels", geo=NE),
            L("14", 14, E, HOTELS, HIU, "2023 (at the peak)", geo=NE),
            L("two", 2, E, HOTELS, CLOSED, "July to October 2026 (since July; in County Durham and Newcastle)", ctx="two others", geo=NE),
            L("590", 590, E, P, HOT, EJ26, geo=NE),
            L("less than half", 0.5, LT, RATIO, HOT + "_ratio", EJ26 + " vs " + EJ25, geo=NE),
            L("1,230", 1230, E, P, HOT, EJ25 + " (a year earlier)", geo=NE),
            L("a third", -THIRD, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (nationally; fallen by)"),
            L("21,480", 21480, E, P, HOT, EJ26 + " (nationally)"),
            L("9,120", 9120, E, P, SUPPORT, EJ26 + " (in June; hotels, flats and shared houses)", geo=NE),
            L("roughly one in 11", 100 / 11, AP, PCT, "asylum_support_population_share_north_east", EJ26 + " (of all those supported across the UK)"),
            L("about one in 120", 100 / 120, AP, PCT, "asylum_support_population_share_of_residents", "October 2026 (residents who are asylum seekers; highest rate of any local authority in England)", geo="Middlesbrough"),
            L("Fewer than 4%", 4, LT, PCT, "population_share_north_east_of_uk", "2026 (the UK's people who live in the North East; the North East Mayor)"),
            L("almost 9%", 9, ALM, PCT, "asylum_support_population_share_north_east", "2026 (the UK's asylum seekers looked after in the North East; the North East Mayor)"),
            L("More than 200", 200, MT, HOTELS, CLOSED, "summer 2023 to October 2026 (Home Office spokesperson)"),
            L("171", 171, E, HOTELS, HIU, EJ26 + " (when June ended; still in use across the UK)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
