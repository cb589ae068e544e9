#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the seventy-fourth hand-labelled hold-out set (holdout74).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, SBA, NM, RSC)

UK, FR, SC, WA, NI, ENG, EW, EU = "UK", "France", "Scotland", "Wales", "Northern Ireland", "England", "England and Wales", "EU"
HOUSEHOLDS, COUNCILS, FLIGHTS = "other:households", "other:councils", "other:flights"
VACANCIES, HOMES, FIRMS = "other:vacancies", "other:homes", "other:firms"

# 01 (Thursday 19 February 2026; Ministry of Housing social lettings data released "yesterday", Wednesday 18 February)
RL = "social_housing_lettings_refugees"
FY25 = "2024/25 (April 2024 to March 2025)"
FY24 = "2023/24 (April 2023 to March 2024)"
FY23 = "2022/23 (April 2022 to March 2023; two years earlier)"
FY22 = "2021/22 (April 2021 to March 2022)"
FOI = "February 2026 (Daily Ratchet Freedom of Information requests)"
# 02 (Thursday 27 August 2026; Home Office immigration statistics published that day)
YJ26 = "year ending June 2026 (July 2025 to June 2026)"
YJ26T = YJ26 + " (table; change on year ending June 2025)"
VG = "visas_granted"
# 03 (Wednesday 1 July 2026; Nursing and Midwifery Council register data published "yesterday", Tuesday 30 June)
YM26N = "year ending March 2026 (April 2025 to March 2026; the 12 months to March)"
YM25N = "year ending March 2025 (April 2024 to March 2025; the year before)"
LEAVE, JOIN = "nurses_leaving_register_internationally_educated", "nurses_joining_register_internationally_educated"
REG = "nurses_register_internationally_educated"
EM26 = "31 March 2026 (end of March)"
ANU = "Allied Nursing Union general secretary"
# 04 (Friday 27 February 2026; Home Office statistics for 2025 published on Thursday 26 February)
C25 = "2025 (calendar year; last year)"
VH = " (claims by people who arrived on a visa or other permission)"
AA = "asylum_applications"
# 05 (Tuesday 14 July 2026; returns agreement with Iraq signed "on Monday", 13 July 2026)
YM26 = "year ending March 2026 (April 2025 to March 2026; the 12 months to March)"
IQ = " (Iraqi nationals)"
# 06 (Thursday 15 October 2026; Gwynedd Council cabinet report; ONS mid-2025 estimates)
GW = "Gwynedd"
YM25 = "year to mid-2025 (July 2024 to June 2025)"
M25 = "mid-2025 (30 June 2025)"
# 07 (Friday 27 November 2026; Home Office EU Settlement Scheme statistics published "yesterday", Thursday 26 November)
EUSS = "eu_settlement_scheme"
TO = "scheme opening (2019) to 30 September 2026"
PAY = "September 2026 (HMRC payroll data)"
UEC = "2026 (survey of firms; Ulster Employers' Council)"

ARTICLES = {
    "01-daily-ratchet-refugees-social-housing-lettings": dict(
        meta=dict(url="https://www.dailyratchet.example/news/article-2026021901/refugees-handed-nearly-14000-social-homes-year-up-38-1-33-million-families-waiting-lists.html",
                  title="Refugees handed nearly 14,000 social homes in a year - up 38% - while 1.33 MILLION families sit on council waiting lists",
                  publisher="Daily Ratchet", author="Piers Hallworth-Nkemelu", published_date="2026-02-19"),
        labels=[
            L("nearly 14,000", 14000, ALM, HOUSEHOLDS, RL, FY25 + " (headline)", geo=ENG),
            L("38%", 38, E, PCT, RL + "_change", FY25 + " vs " + FY24 + " (headline)", geo=ENG),
            L("1.33 MILLION", 1.33e6, E, HOUSEHOLDS, "housing_waiting_list_households", "end of March 2025 (headline)", geo=ENG),
            L("more than tripled", 3, MT, RATIO, RL + "_ratio", FY25 + " vs " + FY22 + " (standfirst bullet)", geo=ENG),
            L("one in every 12", 100 / 12, E, PCT, "social_housing_lettings_share_refugees", FY25 + " (new social tenancies; standfirst bullet)",
              occ=0, geo="London"),
            L("Almost 14,000", 14000, ALM, HOUSEHOLDS, RL, FY25 + " (in a single year)", geo=ENG),
            L("13,870", 13870, E, HOUSEHOLDS, RL, FY25 + " (new social tenancies; Ministry of Housing)", occ=0, geo=ENG),
            L("38 per cent", 38, E, PCT, RL + "_change", FY25 + " vs " + FY24, geo=ENG),
            L("10,050", 10050, E, HOUSEHOLDS, RL, FY24, occ=0, geo=ENG),
            L("more than three times", 3, MT, RATIO, RL + "_ratio", FY25 + " vs " + FY22, geo=ENG),
            L("4,210", 4210, E, HOUSEHOLDS, RL, FY22, occ=0, geo=ENG),
            L("about one in 18", 100 / 18, AP, PCT, "social_housing_lettings_share_refugees", FY25 + " (general needs lettings)", geo=ENG),
            L("247,600", 247600, E, HOUSEHOLDS, "social_housing_lettings", FY25 + " (general needs lettings by social landlords)", geo=ENG),
            L("2,940", 2940, E, HOUSEHOLDS, RL, FY25, geo="London"),
            L("35,300", 35300, E, HOUSEHOLDS, "social_housing_lettings", FY25 + " (new lets)", geo="London"),
            L("one in every 12", 100 / 12, E, PCT, "social_housing_lettings_share_refugees", FY25, occ=1, geo="London"),
            L("1,120", 1120, E, HOUSEHOLDS, RL, FY25 + " (homes handed to refugees)", geo="Birmingham"),
            L("almost double", 2, ALM, RATIO, RL + "_ratio", FY25 + " vs " + FY23, geo="Birmingham"),
            L("4,210", 4210, E, HOUSEHOLDS, RL, FY22 + " (HOW THE NUMBERS HAVE CLIMBED box)", ctx="2021/22: 4,210", geo=ENG),
            L("6,880", 6880, E, HOUSEHOLDS, RL, "2022/23 (April 2022 to March 2023; box)", geo=ENG),
            L("10,050", 10050, E, HOUSEHOLDS, RL, FY24 + " (box)", ctx="2023/24: 10,050", geo=ENG),
            L("13,870", 13870, E, HOUSEHOLDS, RL, FY25 + " (box)", ctx="2024/25: 13,870", geo=ENG),
            L("1,331,400", 1331400, E, HOUSEHOLDS, "housing_waiting_list_households",
              "end of March 2025 (end of March last year; latest count)", geo=ENG),
            L("118", 118, E, COUNCILS, "councils_responding_foi", FOI, geo=ENG),
            L("87", 87, E, COUNCILS, "councils_allowing_refugee_priority",
              FOI + " (refugee household in temporary accommodation can be offered a permanent home ahead of longer-waiting families)", geo=ENG),
            L("nearly three-quarters", 75, ALM, PCT, "councils_share_allowing_refugee_priority", FOI + " (of those that replied)", geo=ENG),
            V("hundreds", 200, 900, HOUSEHOLDS, "refugee_households_bed_and_breakfast",
              "February 2026 (still stuck in B&Bs; town halls told the Ratchet)", ctx="that hundreds of refugee", geo=ENG),
            L("47,300", 47300, E, P, "asylum_grants", C25 + " (asylum or another form of protection; Home Office)"),
            L("more than 60,000", 60000, MT, P, SBA, "5 July 2024 to February 2026 (since 5 July 2024; Shadow Housing Secretary)"),
            L("610", 610, E, HOUSEHOLDS, RL, "2025 (last year; Leicester City Council lead member for housing)", geo="Leicester"),
            L("6,400", 6400, E, HOUSEHOLDS, "housing_waiting_list_households", "February 2026 (on our register; Leicester lead member for housing)",
              geo="Leicester"),
            L("£39billion", 39e9, E, GBP, "social_affordable_homes_programme_funding",
              "2026 to 2036 (over ten years; Ministry of Housing spokesman)", geo=ENG),
        ]),
    "02-larkmoor-news-visa-grants-by-route-explained": dict(
        meta=dict(url="https://www.larkmoor.example/news/uk-politics-2026-08-27-visa-numbers-which-routes-shrinking-growing",
                  title="Visa numbers: Which routes are shrinking and which are still growing?",
                  publisher="Larkmoor News", author="Tobias Wren-Adeyinka", published_date="2026-08-27"),
        labels=[
            L("802,500", 802500, E, P, VG, YJ26 + " (main work, study and family routes; Home Office)", occ=0),
            L("13%", -13, E, PCT, VG + "_change", YJ26 + " vs year ending June 2025 (the previous 12 months)", ctx="a fall of 13%"),
            L("about 35%", -35, AP, PCT, VG + "_change", YJ26 + " vs year ending June 2023 (below the peak)"),
            L("1.24m", 1.24e6, E, P, VG, "year ending June 2023 (July 2022 to June 2023; the peak)"),
            L("2.2m", 2.2e6, E, P, VG + "_visit", YJ26 + " (visit visas)"),
            L("92,700", 92700, E, P, VG + "_skilled_worker", YJ26T),
            L("-38%", -38, E, PCT, VG + "_skilled_worker_change", YJ26T),
            L("24,100", 24100, E, P, VG + "_health_care_worker", YJ26T),
            L("-58%", -58, E, PCT, VG + "_health_care_worker_change", YJ26T),
            L("428,600", 428600, E, P, VG + "_study", YJ26T, occ=0),
            L("-8%", -8, E, PCT, VG + "_study_change", YJ26T),
            L("104,900", 104900, E, P, VG + "_graduate", YJ26T),
            L("+7%", 7, E, PCT, VG + "_graduate_change", YJ26T),
            L("76,300", 76300, E, P, VG + "_family", YJ26T),
            L("+11%", 11, E, PCT, VG + "_family_change", YJ26T),
            L("39,500", 39500, E, P, VG + "_seasonal_worker", YJ26T),
            L("+3%", 3, E, PCT, VG + "_seasonal_worker_change", YJ26T),
            L("36,400", 36400, E, P, VG + "_other_work", YJ26T + " (other work routes)"),
            L("-9%", -9, E, PCT, VG + "_other_work_change", YJ26T + " (other work routes)"),
            L("802,500", 802500, E, P, VG, YJ26T + " (total)", occ=1),
            L("-13%", -13, E, PCT, VG + "_change", YJ26T + " (total)"),
            L("58%", -58, E, PCT, VG + "_health_care_worker_change", YJ26 + " (after the route closed to care workers recruited abroad)",
              ctx="grants fell by 58%"),
            L("3,800", 3800, E, P, VG + "_care_worker", YJ26 + " (care workers and senior carers)"),
            L("31,200", 31200, E, P, VG + "_care_worker", "12 months before the ban of 22 July 2025 (roughly year ending June 2025)"),
            L("almost nine-tenths", -90, ALM, PCT, VG + "_care_worker_change", YJ26 + " vs the 12 months before the ban"),
            L("38%", -38, E, PCT, VG + "_skilled_worker_change", YJ26, ctx="dropped by 38%"),
            L("428,600", 428600, E, P, VG + "_study", YJ26, occ=1),
            L("18,200", 18200, E, P, VG + "_study_dependants", YJ26),
            L("about a tenth", 0.1, AP, RATIO, VG + "_study_dependants_ratio", YJ26 + " vs 2023 (the 2023 level)"),
            L("7%", 7, E, PCT, VG + "_graduate_change", YJ26, ctx="grew by 7%"),
            L("6,300", 6300, E, P, VG + "_revision", "year ending March 2026 (April 2025 to March 2026; earlier total revised up)"),
            L("171,000", 171000, E, P, NM, "year to December 2025 (calendar year 2025; Office for National Statistics)"),
            L("below 150,000", 150000, LT, P, "net_migration_forecast", "2027 (next year; Hollinsbury University professor)"),
            L("more than 700,000", -700000, MT, P, NM + "_change", "latest estimate vs the peak (Home Office spokesperson)"),
        ]),
    "03-daily-cymbal-overseas-nurses-leaving-nhs": dict(
        meta=dict(url="https://www.dailycymbal.example/news/uk-news/nhs-nurse-exodus-1-in-3-quitting-trained-overseas-33917402",
                  title="NHS nurse exodus as nearly 1 in 3 quitting the register were trained overseas",
                  publisher="Daily Cymbal", author="Shona McAteer-Bello", published_date="2026-07-01"),
        labels=[
            L("nearly 1 in 3", 100 / 3, ALM, PCT, "nurses_leaving_register_share_internationally_educated", YM26N + " (headline)"),
            V("thousands", 2000, 9000, P, LEAVE, YM26N + " (heading abroad; standfirst)", ctx="as thousands of nurses"),
            L("almost 9,500", 9500, ALM, P, LEAVE, YM26N),
            L("9,470", 9470, E, P, LEAVE, YM26N + " (nurses and midwives who qualified abroad; NMC)"),
            L("a third", THIRD, E, PCT, LEAVE + "_change", YM26N + " vs " + YM25N, ctx="up by a third"),
            L("7,120", 7120, E, P, LEAVE, YM25N),
            L("31.6%", 31.6, E, PCT, "nurses_leaving_register_share_internationally_educated", YM26N),
            L("29,970", 29970, E, P, "nurses_leaving_register", YM26N + " (all leavers)"),
            L("nearly one in three", 100 / 3, ALM, PCT, "nurses_leaving_register_share_internationally_educated", YM26N),
            L("13,260", 13260, E, P, JOIN, YM26N),
            L("43%", -43, E, PCT, JOIN + "_change", YM26N + " vs " + YM25N),
            L("less than half", 0.5, LT, RATIO, JOIN + "_ratio", YM26N + " vs 2023 (the height of the recruitment drive)"),
            L("28,900", 28900, E, P, JOIN, "2023 (the height of the recruitment drive)"),
            L("3,790", 3790, E, P, "nurses_register_net_change_internationally_educated", YM26N + " (net gain)"),
            L("214,600", 214600, E, P, REG, EM26),
            L("a quarter", 25, E, PCT, "nurses_register_share_internationally_educated", EM26, ctx="a quarter of the 858,300"),
            L("858,300", 858300, E, P, "nurses_register", EM26 + " (total)"),
            L("78,100", 78100, E, P, REG + "_india", EM26 + " (trained in India)"),
            L("50,800", 50800, E, P, REG + "_philippines", EM26 + " (trained in the Philippines)"),
            L("24,300", 24300, E, P, REG + "_nigeria", EM26 + " (trained in Nigeria)"),
            L("1,140", 1140, E, P, LEAVE, YM26N, geo=SC),
            L("41%", 41, E, PCT, LEAVE + "_change", YM26N + " vs " + YM25N, geo=SC),
            L("2,310", 2310, E, P, "poll_sample_size", YM26N + " (overseas-trained leavers answering the NMC exit survey)"),
            L("48%", 48, E, PCT, LEAVE + "_share_moving_abroad", YM26N + " (48% of those; NMC exit survey)"),
            L("One in five", 20, E, PCT, LEAVE + "_share_reporting_discrimination", YM26N + " (NMC exit survey)"),
            L("5,840", 5840, E, P, "visas_granted_health_care_worker_nurses", C25),
            L("almost two-thirds", -200 / 3, ALM, PCT, "visas_granted_health_care_worker_nurses_change", "2025 vs 2023"),
            L("16,500", 16500, E, P, "visas_granted_health_care_worker_nurses", "2023 (calendar year)"),
            L("27,940", 27940, E, VACANCIES, "nhs_nursing_vacancies", EM26 + " (NHS England)", geo=ENG),
            L("7.3%", 7.3, E, PCT, "nhs_nursing_vacancy_share", EM26 + " (NHS England)", geo=ENG),
            L("well over £1bn", 1e9, MT, GBP, "nhs_international_recruitment_cost", "2019 to 2026 (since 2019; " + ANU + ")"),
            R("between £10,000 and £12,000", 10000, 12000, GBP, "nhs_international_recruitment_cost_per_nurse", "2026 (each nurse; " + ANU + ")"),
            L("up to £7,500", 7500, AM, GBP, "nurse_repayment_clause_amount", "2026 (some trusts; leaving within three years)", geo=ENG),
            L("2.1%", 2.1, E, PCT, "nhs_nurses_change", "2026 vs 2025 (in a year; Department of Health and Social Care spokesperson)", geo=ENG),
            L("more than 370,000", 370000, MT, P, "nhs_nurses", "2026 (now; Department of Health and Social Care spokesperson)", geo=ENG),
        ]),
    "04-the-ligature-visa-holders-claiming-asylum": dict(
        meta=dict(url="https://www.theligature.example/news/politics/asylum-claims-visa-holders-two-in-five-4108832",
                  title="Nearly two in five asylum claims now come from people who first arrived on a visa",
                  publisher="The Ligature", author="Leila Ransome-Adjei", published_date="2026-02-27"),
        labels=[
            L("Nearly two in five", 40, ALM, PCT, "asylum_applications_share_visa_holders", C25 + " (headline)"),
            L("41,900", 41900, E, P, AA, C25 + VH + " (standfirst)", occ=0),
            L("More than 41,000", 41000, MT, P, AA, C25 + VH),
            L("nearly four times", 4, ALM, RATIO, AA + "_ratio", "2025 vs 2021" + VH),
            L("41,900", 41900, E, P, AA, C25 + VH + " (Home Office)", occ=1),
            L("111,400", 111400, E, P, AA, C25 + " (all asylum claims)"),
            L("38 per cent", 38, E, PCT, "asylum_applications_share_visa_holders", C25),
            L("4,600", 4600, E, P, AA + "_change", "2025 vs 2024" + VH + " (4,600 higher)"),
            L("10,800", 10800, E, P, AA, "2021 (calendar year)" + VH),
            L("52,700", 52700, E, P, AA, C25 + VH + " (people covered, including partners and children)"),
            L("Some 16,300", 16300, AP, P, AA, C25 + " (claims by people who had held study visas)"),
            L("71%", 71, E, PCT, "asylum_applications_former_students_share_after_visa_expired", C25 + " (71% of these; visa expired or cut short)"),
            L("11,700", 11700, E, P, AA, C25 + " (claims by visit visa holders)"),
            L("27%", 27, E, PCT, AA + "_change", "2025 vs 2024 (the year before; claims by visit visa holders)"),
            L("9,400", 9400, E, P, AA, C25 + " (claims by former work visa holders)"),
            L("more than double", 2, MT, RATIO, AA + "_ratio", "2025 vs 2023 (claims by former work visa holders)"),
            L("4,500", 4500, E, P, AA, C25 + " (claims by holders of family or other visas)"),
            L("fewer than one in 25", 4, LT, PCT, "visas_granted_study_share_claiming_asylum",
              "2025 claims by former students vs study visas issued in 2024"),
            L("432,200", 432200, E, P, "visas_granted_study", "2024 (calendar year; study visas issued)"),
            L("10,200", 10200, E, P, AA, C25 + " (Pakistani nationals who arrived on a visa)"),
            L("almost a quarter", 25, ALM, PCT, "asylum_applications_visa_holders_share_pakistani", C25),
            L("5,900", 5900, E, P, AA, C25 + " (Bangladeshi nationals who arrived on a visa)"),
            L("3,300", 3300, E, P, AA, C25 + " (Indian nationals who arrived on a visa)"),
            L("Half", 50, E, PCT, "asylum_applications_visa_holders_share_within_a_year_of_arrival", C25, ctx="Half of all claims"),
            L("18%", 18, E, PCT, "asylum_grants_share_initial_decisions", C25 + VH),
            L("45%", 45, E, PCT, "asylum_grants_share_initial_decisions", C25 + " (all claims)"),
            L("19,800", 19800, E, P, "asylum_backlog", "end of December 2025 (31 December 2025; awaiting a first decision)" + VH),
            L("nearly 60,000", 60000, ALM, P, "returns", "5 July 2024 to February 2026 (since 5 July 2024; Home Office spokesperson)"),
        ]),
    "05-the-daily-gnomon-iraq-returns-agreement-removal-flights": dict(
        meta=dict(url="https://www.dailygnomon.example/politics/2026/07/14/iraq-take-back-failed-asylum-seekers-deal-double-removal-flights/",
                  title="Iraq to take back failed asylum seekers in deal that could double removal flights",
                  publisher="The Daily Gnomon", author="Crispin Woodvale-Adeyemi", published_date="2026-07-14"),
        labels=[
            L("double", 2, E, RATIO, "charter_removal_flights_ratio", "after the agreement of 13 July 2026 (could double; headline)", ctx="could double removal"),
            L("Some 7,600", 7600, AP, P, "asylum_backlog", "July 2026 (now; awaiting a decision or an appeal)" + IQ),
            L("21 per cent", 21, E, PCT, "asylum_grants_share_initial_decisions_iraqi", YM26),
            L("4,180", 4180, E, P, SBA, C25 + IQ),
            L("690", 690, E, P, "returns", YM26 + IQ, geo="Iraq"),
            L("140", 140, E, P, "returns", YM26 + " (enforced removals of Iraqi nationals)", geo="Iraq"),
            L("up to £3,000", 3000, AM, GBP, "voluntary_return_payment", "2026 (Home Office payment to those leaving voluntarily)"),
            L("17 per cent", 17, E, PCT, "returns_change", YM26 + " vs year ending March 2025 (enforced returns)"),
            L("9,860", 9860, E, P, "returns", YM26 + " (enforced returns, all nationalities; highest since 2017)"),
            L("36,950", 36950, E, P, "returns", YM26 + " (including voluntary departures)"),
            L("81", 81, E, FLIGHTS, "charter_removal_flights", YM26),
            L("almost twice", 2, ALM, RATIO, "charter_removal_flights_ratio", YM26 + " vs year ending March 2024 (two years earlier)"),
            L("42", 42, E, FLIGHTS, "charter_removal_flights", "year ending March 2024 (April 2023 to March 2024; two years earlier)"),
            L("£36.9m", 36.9e6, E, GBP, "charter_removal_flights_cost", YM26),
            L("roughly £455,000", 455000, AP, GBP, "charter_removal_flights_cost_per_flight", YM26 + " (apiece)"),
            L("up to 1,200", 1200, AM, P, "returns_forecast", "first year of the agreement (officials' private estimate)", geo="Iraq"),
            L("3,270", 3270, E, P, "returns", "August 2025 to July 2026 (one in, one out pilot, since last August)", geo=FR),
            L("more than 42,000", 42000, MT, P, SBA, "August 2025 to July 2026 (over the same period as the pilot)"),
            L("19,840", 19840, E, P, SBA, "1 January to 14 July 2026 (so far this year)"),
            L("9 per cent", -9, E, PCT, SBA + "_change", "1 January to 14 July 2026 vs the same point in 2025"),
            L("£715m", 715e6, E, GBP, RSC, "2022 to July 2024 (the last government's Rwanda partnership)"),
            L("four", 4, E, P, "rwanda_relocations", "2022 to July 2024 (volunteers relocated)", ctx="relocated four volunteers"),
            L("About a third", THIRD, AP, PCT, "charter_removal_manifest_share_taken_off_legal_claims", "2025 (last year; Whitehall sources)"),
            R("2,000 to 2,500", 2000, 2500, P, "returns_forecast", "a year (if charters run every week; Castlegate Foundation)", geo="Iraq"),
            L("5,300", 5300, E, P, AA, YM26 + IQ + " (Castlegate Foundation)"),
            L("12 per cent", 12, E, PCT, AA + "_change", YM26 + " vs year ending March 2025" + IQ),
            L("more than 74,000", 74000, MT, P, "returns", "5 July 2024 to July 2026 (since 5 July 2024; government spokesman)"),
        ]),
    "06-the-eifionydd-echo-gwynedd-population-migration": dict(
        meta=dict(url="https://www.eifionyddecho.example/news/gwynedd-news/gwynedds-population-grows-410-migration-council-report-32116548",
                  title="Gwynedd's population grows by 410 - but only because newcomers outnumber those leaving",
                  publisher="The Eifionydd Echo", author="Meinir Haf Castellanos", published_date="2026-10-15"),
        labels=[
            L("410", 410, E, P, "population_growth", YM25 + " (headline)", occ=0, geo=GW),
            L("410", 410, E, P, "population_growth", YM25 + " (council cabinet report)", occ=1, geo=GW),
            L("119,240", 119240, E, P, "population", M25, geo=GW),
            L("0.3%", 0.3, E, PCT, "population_change", YM25, geo=GW),
            L("910", 910, E, P, "births", YM25, geo=GW),
            L("1,430", 1430, E, P, "deaths", YM25, geo=GW),
            L("520", -520, E, P, "population_natural_change", YM25 + " (natural decrease)", ctx="natural decrease of 520", geo=GW),
            L("Some 5,310", 5310, AP, P, "internal_migration_inflow", YM25 + " (from elsewhere in the UK)", geo=GW),
            L("4,880", 4880, E, P, "internal_migration_outflow", YM25, geo=GW),
            L("430", 430, E, P, "internal_migration_net", YM25, ctx="net gain of 430", geo=GW),
            L("roughly 500", 500, AP, P, "net_migration_international", YM25, geo=GW),
            L("1,520", 1520, E, P, "immigration", YM25 + " (arrivals from overseas)", geo=GW),
            L("1,020", 1020, E, P, "emigration", YM25 + " (departures overseas)", geo=GW),
            L("119.2k", 119200, E, P, "population", M25 + " (GWYNEDD IN NUMBERS box)", geo=GW),
            L("+430", 430, E, P, "internal_migration_net", YM25 + " (box)", geo=GW),
            L("c. 500", 500, AP, P, "net_migration_international", YM25 + " (box)", geo=GW),
            L("-520", -520, E, P, "population_natural_change", YM25 + " (box; births minus deaths)", geo=GW),
            L("0.5%", 0.5, E, PCT, "population_change", YM25, geo=WA),
            L("0.7%", 0.7, E, PCT, "population_change", YM25, geo=EW),
            L("Almost three in five", 60, ALM, PCT, "internal_migration_inflow_share_from_england", YM25, geo=GW),
            L("3,080", 3080, E, P, "internal_migration_inflow_from_england", YM25, geo=GW),
            L("290", -290, E, P, "internal_migration_net_aged_18_29", YM25 + " (lost a net 290; council report)", geo=GW),
            L("More than a quarter", 25, MT, PCT, "population_share_aged_65_and_over", M25 + " (now)", geo=GW),
            L("26.1%", 26.1, E, PCT, "population_share_aged_65_and_over", M25 + " (now)", geo=GW),
            L("22.5%", 22.5, E, PCT, "population_share_aged_65_and_over", M25 + " (now)", geo=WA),
            L("64.4%", 64.4, E, PCT, "welsh_speakers_share", "2021 (Census; residents aged three or over)", geo=GW),
            L("65.4%", 65.4, E, PCT, "welsh_speakers_share", "2011 (Census)", geo=GW),
            L("£231,000", 231000, E, GBP, "house_price_average", "2026 (now; the average home)", geo=GW),
            L("7.4 times", 7.4, E, RATIO, "house_price_to_earnings_ratio", "2026 (average home vs median local earnings)", geo=GW),
            L("4,960", 4960, E, HOMES, "second_homes", "2026 (counted by the council)", geo=GW),
            L("150%", 150, E, PCT, "council_tax_second_homes_premium", "since April 2024", geo=GW),
            L("116,700", 116700, E, P, "population_projection", "2043 (Welsh Government projections)", geo=GW),
            L("around 2%", -2, AP, PCT, "population_projection_change", "mid-2025 to 2043 (Welsh Government projections)", geo=GW),
            L("a quarter", -25, E, PCT, "international_students_change", "2024/25 academic year vs 2023/24 (overseas intake)",
              ctx="fell by a quarter", geo="Bangor University"),
            L("2,350", 2350, E, P, "international_students", "2024/25 academic year (overseas intake)", geo="Bangor University"),
        ]),
    "07-the-knockbreda-bugle-eu-settled-status-ni-workforce": dict(
        meta=dict(url="https://www.knockbredabugle.example/business/northern-ireland/more-than-143000-eu-citizens-ni-granted-right-to-stay-employers-pipeline-run-dry-a2290417.html",
                  title="More than 143,000 EU citizens in NI granted right to stay - but employers say the pipeline of new workers has run dry",
                  publisher="The Knockbreda Bugle", author="Orla Deveney-Mbeki", published_date="2026-11-27"),
        labels=[
            L("More than 143,000", 143000, MT, P, EUSS + "_grants", TO + " (settled or pre-settled status; headline)", occ=0, geo=NI),
            L("More than 143,000", 143000, MT, P, EUSS + "_grants", TO + " (settled or pre-settled status; Home Office)", occ=1, geo=NI),
            L("162,800", 162800, E, P, EUSS + "_applications", TO, geo=NI),
            L("155,300", 155300, E, P, EUSS + "_applications_concluded", TO + " (decided)", geo=NI),
            L("88,400", 88400, E, P, EUSS + "_grants_settled", TO, geo=NI),
            L("54,900", 54900, E, P, EUSS + "_grants_pre_settled", TO, geo=NI),
            L("6,700", 6700, E, P, EUSS + "_refusals", TO, geo=NI),
            L("5,300", 5300, E, P, EUSS + "_withdrawn_void_invalid", TO, geo=NI),
            L("more than nine in ten", 90, MT, PCT, EUSS + "_applications_share_granted", TO + " (of decisions)", geo=NI),
            L("62%", 62, E, PCT, EUSS + "_grants_share_settled", TO, geo=NI),
            L("9,840", 9840, E, P, EUSS + "_late_applications", "1 July 2021 to 30 September 2026 (since the original deadline of 30 June 2021)", geo=NI),
            L("more than 8.4 million", 8.4e6, MT, P, EUSS + "_applications", TO + " (across the UK)"),
            L("38,900", 38900, E, P, EUSS + "_applications", TO + " (Polish citizens)", geo=NI),
            L("24,700", 24700, E, P, EUSS + "_applications", TO + " (Lithuanian citizens)", geo=NI),
            L("21,300", 21300, E, P, EUSS + "_applications", TO + " (Romanian citizens)", geo=NI),
            L("22,800", 22800, E, P, EUSS + "_applications", TO, geo="Mid Ulster"),
            L("about one in seven", 100 / 7, AP, PCT, EUSS + "_applications_share_mid_ulster", TO, geo=NI),
            L("51,300", 51300, E, P, "payrolled_employees_eu", PAY + " (EU nationals' payrolled jobs)", geo=NI),
            L("823,400", 823400, E, P, "payrolled_employees", PAY + " (payrolled jobs)", geo=NI),
            L("6.2%", 6.2, E, PCT, "payrolled_employees_share_eu", PAY, geo=NI),
            L("4%", -4, E, PCT, "payrolled_employees_eu_change", "September 2026 vs September 2025 (a year earlier)", geo=NI),
            L("close to a third", THIRD, AP, PCT, "payrolled_employees_share_eu_food_manufacturing", PAY, geo=NI),
            L("more than half", 50, MT, PCT, "production_staff_share_eu_nationals", "2026 (some plants)", ctx="more than half of production", geo="Mid Ulster"),
            V("tens of thousands", 20000, 90000, P, "immigration_eu", "2004 onwards (after Poland, Lithuania and others joined the EU)", geo=NI),
            L("2,160", 2160, E, P, "frontier_worker_permits", "2021 to 30 September 2026 (EU citizens living in the Republic and working in Northern Ireland)",
              geo=NI),
            L("214", 214, E, FIRMS, "poll_sample_size", UEC, geo=NI),
            L("58%", 58, E, PCT, "employers_share_unfilled_vacancies", UEC, geo=NI),
            L("more than a third", THIRD, MT, PCT, "employers_with_unfilled_vacancies_share_turned_down_orders", UEC + " (of those)", geo=NI),
            L("4,100", 4100, E, P, "net_migration_international", "year to mid-2025 (July 2024 to June 2025; Department for the Economy)", geo=NI),
            L("1.2m", 1.2e6, E, P, "british_nationals_resident_abroad", "2026 (an estimated; Home Office spokesperson)", geo=EU),
            V("millions", 2e6, 9e6, P, EUSS + "_grants", "2018 to 2026 (EU citizens and their families protected; Home Office spokesperson)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
