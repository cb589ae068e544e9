#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-sixty-second hand-labelled hold-out set (holdout162).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM)

UK, SCO, WAL, ENG, NI, FR = "UK", "Scotland", "Wales", "England", "Northern Ireland", "France"
JOBS, HH, WEEKS, DAYS = "other:jobs", "other:households", "other:weeks", "other:days"
CALLS, REPORTS = "other:calls", "other:reports"

# 01 (Sunday 16 August 2026; Home Office daily data for Saturday 15 August 2026, published that morning)
SAT = "Saturday 15 August 2026 (a single day; Home Office daily data published Sunday 16 August 2026)"
SF = "1 January to 15 August 2026 (so far this year; Home Office daily data)"
LSP = "small_boat_launch_attempts_stopped_people"
FIM = "French interior ministry"
HVA = "Harriet Voss-Amadi, Conservative home affairs spokeswoman"
HOS1 = "a Home Office spokesperson"
HRA = "Harbourlight Refugee Action"

# 02 (Thursday 5 March 2026; Medr figures published Tuesday 3 March 2026 for the 2024/25 academic year)
MEDR = "Medr figures published Tuesday 3 March 2026"
AY25 = "2024/25 academic year (" + MEDR + ")"
IS = "international_students"
GU = "Glantawe University"
REO = "Prof Rhodri Emanuel-Okoye, vice-chancellor of Glantawe University"

# 03 (Friday 27 November 2026; Home Office and tribunal figures published Thursday 26 November 2026)
HO3 = "Home Office and tribunal figures published Thursday 26 November 2026"
S26 = "30 September 2026 (the end of September; " + HO3 + ")"
YS26 = "October 2025 to September 2026 (the year ending in September; " + HO3 + ")"
ABA = "asylum_backlog_appeals"
APL = "Sir Anthony Prescott-Lowe, a retired immigration judge"
LWB = "Laurence Whitcombe-Baird, shadow immigration minister"

# 04 (Friday 24 July 2026, PA copy; government figures published Thursday 23 July 2026)
DATA = "government figures published Thursday 23 July 2026"
RAA = "resettlement_arrivals_afghan"
GL = "Gloucestershire"
REP = "report to Gloucestershire County Council's cabinet"
PHM = "Cllr Priya Hathersage-Mbeki, Gloucestershire County Council"
GOV = "a Government spokesperson"

# 05 (Friday 22 May 2026; ONS estimates published Thursday 21 May 2026)
ONS = "ONS estimates published Thursday 21 May 2026"
Y25 = "January to December 2025 (last year; " + ONS + ")"
Y24 = "January to December 2024"
NMR = "net_migration_revision"
PFE = "public_finances_effect_lower_migration"
CSE = "Capel Street Economics analysis for the Ironbridge Review"

# 06 (Monday 31 August 2026; Home Office quarterly statistics published Thursday 27 August 2026)
HO6 = "Home Office quarterly statistics published Thursday 27 August 2026"
J26 = "30 June 2026 (the end of June; " + HO6 + ")"
YE6 = "July 2025 to June 2026 (the year ending June; " + HO6 + ")"
DCD = "detention_cost_per_person_day"
BWC = "Olu Brandt-Achterberg, Bail Watch Collective"

# 07 (Saturday 20 June 2026; a column citing ONS estimates published in May 2026 for 2025)
ONS7 = "ONS estimates published May 2026"
Y25C = "January to December 2025 (" + ONS7 + ")"
AUS, UAE = "Australia", "United Arab Emirates"
WHV = "australia_working_holiday_visas_british"
APC = "Anglo-Pacific Chamber survey"
BRA = "british_nationals_resident_abroad"

ARTICLES = {
    "01-brightwire-news-channel-record-day-french-interceptions": dict(
        meta=dict(url="https://news.brightwire.example/channel-migrants-record-1438-land-in-kent-in-a-single-day-13502846",
                  title="Channel's busiest day on record: 1,438 land in Kent while French officers hold back hundreds more",
                  publisher="Brightwire News", author="Amara Velasquez-Doyle", published_date="2026-08-16"),
        labels=[
            L("1,438", 1438, E, P, SBA, "per day, Saturday 15 August 2026 (busiest day on record; headline)", occ=0),
            V("hundreds", 200, 900, P, LSP, "Saturday 15 August 2026 (held back by French officers; headline)", geo=FR),
            L("27", 27, E, BOATS, SBC, "Saturday 15 August 2026 (boats reaching England; standfirst)", ctx="with 27 boats"),
            L("c. 570", 570, AP, P, LSP, "Saturday 15 August 2026 (turned back by police in France before they could launch; standfirst)", geo=FR),
            L("1,438", 1438, E, P, SBA, "per day, " + SAT, occ=1),
            L("27", 27, E, BOATS, SBC, SAT, ctx="in 27 boats"),
            L("53", 53, E, PPB, "small_boat_occupancy", SAT + " average on every dinghy"),
            L("1,305", 1305, E, P, SBA, "per day, a single day in August 2022 (the previous record)"),
            L("29,318", 29318, E, P, SBA, SF),
            L("17%", 17, E, PCT, SBA + "_change", "1 January to 15 August 2026 vs the same point of 2025 (higher)"),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", "Saturday 15 August 2026 vs an average day in July 2026"),
            L("11,190", 11190, E, P, SBA, "July 2026 (the whole month)"),
            L("640", 640, E, P, SBA, "1 to 14 August 2026 (a fortnight of squalls)"),
            L("21", 21, E, BOATS, "small_boat_launches_prevented", "Saturday 15 August 2026 (launches stopped between Dunkirk and Boulogne-sur-Mer; " + FIM + ")", ctx="stopped 21 launches", geo=FR),
            L("roughly 570", 570, AP, P, LSP, "Saturday 15 August 2026 (kept on the sand; " + FIM + ")", geo=FR),
            L("Four", 4, E, BOATS, "small_boat_interceptions_at_sea", "Saturday 15 August 2026 (halted at sea by gendarmerie patrol vessels; " + FIM + ")", ctx="Four more boats", geo=FR),
            L("14,600", 14600, E, P, LSP, "1 January to 15 August 2026 (since January, on French soil or in French waters; " + FIM + ")", geo=FR),
            L("a third", -THIRD, E, PCT, LSP + "_change", "January to mid-August 2026 vs the same period of 2025 (down on last year; " + FIM + ")", geo=FR),
            L("one in five", 20, E, PCT, LSP + "_share_tried_before", "1 January to 15 August 2026 (had tried at least once before; a prefecture official)", geo=FR),
            L("more than 1,000", 1000, MT, P, "people_waiting_northern_france", "week to 15 August 2026 (in the camps around the town; volunteers in Calais)", geo="Calais"),
            L("at least 31", 31, AL, P, "small_boat_deaths", "1 January to 15 August 2026 (in the Channel in 2026; IOM)"),
            L("More than 85,000", 85000, MT, P, SBA, "5 July 2024 to 15 August 2026 (landed since this government was elected; " + HVA + ")"),
            L("fewer than 2,000", 2000, LT, P, "returns", "September 2025 to August 2026 (sent back under the deal with Paris; " + HVA + ")", geo=FR),
            L("passed 1,900", 1900, MT, P, "returns", "September 2025 to August 2026 (returns to France under the agreement since the first flight last September; " + HOS1 + ")", geo=FR),
            L("more than 61,000", 61000, MT, P, "returns", "5 July 2024 to August 2026 (people without permission to stay removed or who have left; " + HOS1 + ")"),
            L("Nearly half", 50, ALM, PCT, SBA + "_share_eritrean_sudanese_afghan_syrian", "January to December 2025 (of those who crossed in 2025; " + HRA + ")"),
            L("above 80%", 80, MT, PCT, "asylum_grants_share_initial_decisions_eritrean_sudanese_afghan_syrian", "2025 (grant rates for those nationalities; " + HRA + ")"),
        ]),
    "02-swansea-sandpiper-welsh-universities-international-students-fees": dict(
        meta=dict(url="https://www.swanseasandpiper.example/news/education/overseas-students-welsh-universities-pay-nearly-twice-fees-fewer-every-year-30144728",
                  title="Overseas students at Welsh universities pay nearly twice as much as home undergraduates - and there are fewer of them every year",
                  publisher="Swansea Sandpiper", author="Seren Powell-Achebe", published_date="2026-03-05"),
        labels=[
            L("nearly twice as much", 2, ALM, RATIO, "international_student_tuition_fee_ratio", "2025/26 (an overseas undergraduate's fee vs a home undergraduate's; headline)", occ=0, geo=WAL),
            L("12%", -12, E, PCT, IS + "_change", "2024/25 vs 2023/24 (international enrolments fell, last year; standfirst)", occ=0, geo=WAL),
            L("£438m", 438000000, E, GBP, "international_student_fee_income", "2024/25 (fees paid by those who came, a record; standfirst)", occ=0, geo=WAL),
            L("one in four", 25, E, PCT, "postgraduate_students_share_international", "March 2026 (postgraduates at the Bay Campus from overseas; caption)", geo="Swansea"),
            L("21,340", 21340, E, P, IS, AY25, geo=WAL),
            L("12%", -12, E, PCT, IS + "_change", "2024/25 vs 2023/24 (below a year earlier; " + MEDR + ")", occ=1, geo=WAL),
            L("24,250", 24250, E, P, IS, "2023/24 academic year (a year earlier; " + MEDR + ")", geo=WAL),
            L("more than halved", -50, MT, PCT, IS + "_nigeria_change", "2024/25 vs 2023/24 (postgraduates from Nigeria; " + MEDR + ")", geo=WAL),
            L("1,980", 1980, E, P, IS + "_nigeria", AY25 + " postgraduates", geo=WAL),
            L("5,120", 5120, E, P, IS + "_india", AY25, geo=WAL),
            L("2,760", 2760, E, P, IS + "_china", AY25, geo=WAL),
            L("£438m", 438000000, E, GBP, "international_student_fee_income", AY25 + " tuition fees paid by students from abroad, a record", occ=1, geo=WAL),
            L("£421m", 421000000, E, GBP, "international_student_fee_income", "2023/24 academic year (up from; " + MEDR + ")", geo=WAL),
            L("31%", 31, E, PCT, "university_fee_income_share_international", AY25 + " share of all tuition fee income", geo=WAL),
            L("15%", 15, E, PCT, "university_students_share_international", AY25, geo=WAL),
            L("£17,260", 17260, E, GBP, "international_student_tuition_fee_average", "per year, 2025/26 (an overseas undergraduate, this academic year, on average)", geo=WAL),
            L("nearly twice as much", 2, ALM, RATIO, "international_student_tuition_fee_ratio", "2025/26 (an overseas undergraduate's average fee vs the cap for UK students)", occ=1, geo=WAL),
            L("£9,535", 9535, E, GBP, "home_student_tuition_fee_cap", "per year, 2025/26 (the ceiling on fees for Welsh and other UK students)", geo=WAL),
            L("£18,900", 18900, E, GBP, "international_student_tuition_fee_masters_average", "2025/26 (a one-year taught master's, on average)", geo=WAL),
            L("up to £24,500", 24500, AM, GBP, "international_student_tuition_fee_masters", "2025/26 (some business and engineering courses)", geo=WAL),
            L("12.9k", 12900, E, P, IS + "_postgraduate", AY25, geo=WAL),
            L("84%", 84, E, PCT, IS + "_postgraduate_share_one_year_taught", AY25 + " 84% of these", geo=WAL),
            L("86%", -86, E, PCT, "international_student_dependants_change", "2024/25 vs 2022/23 (fell, in two years; " + MEDR + ")", geo=WAL),
            L("3,650", 3650, E, P, "international_student_dependants", "2022/23 academic year (" + MEDR + ")", geo=WAL),
            L("510", 510, E, P, "international_student_dependants", AY25, geo=WAL),
            L("4,860", 4860, E, P, IS, "2025/26 academic year (the city's two universities)", geo="Swansea"),
            L("around one in five", 20, AP, PCT, "university_students_share_international", "2025/26 academic year (of the two universities' combined total)", geo="Swansea"),
            L("c. 400", 400, AP, JOBS, "university_job_cuts", "2024 to March 2026 (posts cut since 2024; Glantawe University)", geo=GU),
            L("£11.8m", 11800000, E, GBP, "university_deficit_forecast", "2025/26 (forecast for this year; Glantawe University)", geo=GU),
            L("500", -500, E, P, IS + "_change", "2025/26 vs 2023/24 (fewer than two years ago; " + REO + ")", geo=GU),
            L("roughly £8.5m", 8500000, AP, GBP, "international_student_fee_income_loss", "per year, 2025/26 vs 2023/24 (a year we no longer have; " + REO + ")", geo=GU),
            L("£19m", 19000000, E, GBP, "welsh_government_university_support_funding", "2025/26 (shared across the whole sector; " + REO + ")", occ=0, geo=WAL),
            L("£19,400", 19400, E, GBP, "international_student_tuition_fee", "2025/26 (a master's in data science, for the year; Aditi Ramaswamy-Price, a student)", geo="Swansea"),
            L("£19m", 19000000, E, GBP, "welsh_government_university_support_funding", "2025/26 (an additional sum to help institutions; a Welsh Government spokesperson)", occ=1, geo=WAL),
            L("£62m", 62000000, E, GBP, "university_sector_deficit_forecast", "2025/26 (the sector's combined deficit could reach; Medr paper to its board)", geo=WAL),
        ]),
    "03-the-escarpment-asylum-backlog-appeals-tribunal": dict(
        meta=dict(url="https://www.theescarpment.example/politics/2026/11/27/asylum-appeals-queue-record-tribunal-struggles/",
                  title="Asylum appeals queue hits record as tribunal struggles to keep pace",
                  publisher="The Escarpment", author="Rupert Ashdown-Kaur", published_date="2026-11-27"),
        labels=[
            L("doubled", 2, E, RATIO, ABA + "_ratio", "30 September 2026 vs July 2024 (the number waiting for a judge, since the election; standfirst)", ctx="has doubled since the election"),
            L("72,400", 72400, E, P, ABA, S26 + " asylum appeals waiting to be heard, a record", occ=0),
            L("doubled", 2, E, RATIO, ABA + "_ratio", "30 September 2026 vs July 2024 (the queue at the First-tier Tribunal; " + HO3 + ")", ctx="has doubled since July 2024"),
            L("72,400", 72400, E, P, ABA, S26 + " appeals outstanding", occ=1),
            L("68%", 68, E, PCT, ABA + "_change", "30 September 2026 vs 30 September 2025 (more than a year earlier)"),
            L("38,100", 38100, E, P, ABA + "_change", "30 September 2026 vs 4 July 2024 (higher than at the general election)"),
            L("54,800", 54800, E, P, "asylum_backlog", S26 + " the initial-decision backlog"),
            L("26%", -26, E, PCT, "asylum_backlog_change", "30 September 2026 vs 30 September 2025 (down)"),
            L("74,100", 74100, E, P, "asylum_backlog", "30 September 2025 (twelve months earlier)"),
            L("some 127,200", 127200, AP, P, "asylum_backlog_including_appeals", S26 + " people without a final answer"),
            L("10,000", 10000, E, P, "asylum_backlog_including_appeals_change", "30 September 2026 vs 30 September 2025 (more than a year ago)"),
            L("131,600", 131600, E, P, "asylum_initial_decisions", YS26),
            L("57%", 57, E, PCT, "asylum_refusals_share_initial_decisions", YS26 + " turned down"),
            L("Almost four in five", 80, ALM, PCT, "asylum_refusals_share_appealed", "2026 (those refused who now lodge an appeal; the Home Office)"),
            L("about half", 50, AP, PCT, "asylum_refusals_share_appealed", "before 2023 (the Home Office)"),
            L("nearly half", 50, ALM, PCT, "asylum_appeals_share_allowed", "October 2025 to September 2026 (appeals that succeed)"),
            L("46%", 46, E, PCT, "asylum_appeals_share_allowed", "October 2025 to September 2026 (the 12 months to September; " + HO3 + ")"),
            L("58 weeks", 58, E, WEEKS, "asylum_appeal_wait_average", "2026 (now; from lodging to decision)"),
            L("39 weeks", 39, E, WEEKS, "asylum_appeal_wait_average", "January to December 2024"),
            L("one in three", THIRD, E, PCT, "asylum_appellants_share_without_representative", "2026 (appellants with no lawyer; " + APL + ")"),
            L("26,000", 26000, E, DAYS, "tribunal_sitting_days", "2026/27 (asylum and immigration tribunal sitting days paid for; justice officials)"),
            L("20%", 20, E, PCT, "tribunal_sitting_days_change", "2026/27 vs 2025/26 (up on the previous year)"),
            L("140", 140, E, P, "tribunal_judges_recruited", "2026/27 (new judges; justice officials)"),
            L("98,700", 98700, E, P, "asylum_support_population", S26),
            L("31,200", 31200, E, P, "asylum_support_population_awaiting_appeal", S26),
            L("roughly a third", THIRD, AP, PCT, "asylum_support_population_share_awaiting_appeal", S26),
            L("£15,700", 15700, E, GBP, "asylum_support_cost_per_person", "per year, 2026 (average cost of supporting each person)"),
            L("about £490m", 490000000, AP, GBP, "asylum_support_cost_awaiting_appeal", "per year, 2026 (the bill for the appeals cohort)"),
            L("half a billion pounds", 500000000, E, GBP, "asylum_support_cost_awaiting_appeal", "per year, 2026 (housing people refused once; " + LWB + ")"),
            L("roughly 9,000", 9000, AP, DAYS, "tribunal_sitting_days_needed_additional", "per year (more sitting days needed to meet the 24-week target; an immigration barrister's estimate)"),
        ]),
    "04-cheltenham-chiffchaff-afghan-resettlement-gloucestershire": dict(
        meta=dict(url="https://www.cheltenhamchiffchaff.example/news/uk-news/more-than-1100-afghans-made-gloucestershire-home-resettlement-schemes-5127734",
                  title="More than 1,100 Afghans have made Gloucestershire home under resettlement schemes",
                  publisher="Cheltenham Chiffchaff", author="PA Reporter", published_date="2026-07-24"),
        labels=[
            L("More than 1,100", 1100, MT, P, RAA, "August 2021 to July 2026 (made Gloucestershire home; headline)", geo=GL),
            L("1,140", 1140, E, P, RAA, "August 2021 to July 2026 (resettled since the fall of Kabul)", occ=0, geo=GL),
            L("37,850", 37850, E, P, RAA, "August 2021 to June 2026 (since August 2021; " + DATA + ")"),
            L("22,900", 22900, E, P, RAA + "_arap", "August 2021 to June 2026 (" + DATA + ")"),
            L("14,950", 14950, E, P, RAA + "_acrs", "August 2021 to June 2026 (" + DATA + ")"),
            L("1,420", 1420, E, P, RAA, "April to June 2026 (the three months to June; " + DATA + ")"),
            L("9%", 9, E, PCT, RAA + "_change", "April to June 2026 vs January to March 2026 (more than the previous quarter)"),
            L("Around 3,200", 3200, AP, P, "arap_eligible_awaiting_relocation", "July 2026 (with permission to come, still waiting in Pakistan and other third countries; Ministry of Defence, Monday 20 July 2026)"),
            L("1,140", 1140, E, P, RAA, "2021 to July 2026 (housed by the county council and its six district councils)", occ=1, geo=GL),
            L("298", 298, E, HH, "afghan_families_resettled", "2021 to July 2026 (households housed)", geo=GL),
            L("402", 402, E, P, RAA, "2021 to July 2026 (the largest number)", geo="Cheltenham"),
            L("371", 371, E, P, RAA, "2021 to July 2026", geo="Gloucester"),
            L("164", 164, E, P, RAA, "2021 to July 2026", geo="Stroud"),
            L("Around three-quarters", 75, AP, PCT, RAA + "_share_arap", "2021 to July 2026 (of those who have arrived in the county; the council)", geo=GL),
            L("41", 41, E, HH, "afghan_households_temporary_accommodation", "July 2026 (families still in temporary accommodation; " + REP + ")", ctx="But 41 families", geo=GL),
            L("17", 17, E, HH, "afghan_households_hotels_bed_and_breakfast", "July 2026 (in hotels or bed and breakfasts; " + REP + ")", geo=GL),
            L("£20,520", 20520, E, GBP, "council_resettlement_grant_per_refugee", "over three years (the tariff paid per resettled person)"),
            L("£4,500", 4500, E, GBP, "council_resettlement_housing_grant_per_household", "one-off (per household, towards housing costs)"),
            L("about £1,650", 1650, AP, GBP, "private_rent_three_bedroom", "per month, July 2026 (a three-bedroom house rented privately; " + PHM + ")", geo="Cheltenham"),
            L("41", 41, E, HH, "afghan_households_temporary_accommodation", "July 2026 (families in limbo; " + PHM + ")", ctx="keep 41 families", geo=GL),
            L("58%", 58, E, PCT, "afghan_adults_share_in_work", "July 2026 (in work or training; " + REP + ")", geo=GL),
            L("39%", 39, E, PCT, "afghan_adults_share_in_work", "July 2024 (two years ago; " + REP + ")", geo=GL),
            L("£2.4bn", 2400000000, E, GBP, "afghan_resettlement_schemes_cost", "August 2021 to the schemes' close (the Government's estimate)"),
            L("£420m", 420000000, E, GBP, "afghan_resettlement_hotel_cost", "2022 and 2023 (hotels for evacuees; the Government's estimate)"),
            L("1,110", 1110, E, HH, "afghan_households_temporary_accommodation", "31 March 2026 (the end of March; the housing ministry)", geo=ENG),
            L("30%", -30, E, PCT, "afghan_households_temporary_accommodation_change", "31 March 2026 vs 31 March 2025 (fewer than a year before; the housing ministry)", geo=ENG),
            L("more than 37,000", 37000, MT, P, RAA, "August 2021 to July 2026 (welcomed; " + GOV + ")"),
            L("more than £1bn", 1000000000, MT, GBP, "council_resettlement_funding_afghan", "2021 to July 2026 (received by councils since 2021; " + GOV + ")"),
        ]),
    "05-ironbridge-review-net-migration-revisions-public-finances": dict(
        meta=dict(url="https://www.ironbridgereview.example/content/4b8e21c7-6f3a-4d92-a0b5-9c1e7d3f2a68",
                  title="Net migration falls to 187,000, opening gap in chancellor's fiscal arithmetic",
                  publisher="Ironbridge Review", author="Tobias Lindqvist-Obi", published_date="2026-05-22"),
        labels=[
            L("187,000", 187000, E, P, NM, "January to December 2025 (headline)", occ=0),
            L("up to £6bn", 6000000000, AM, GBP, PFE, "per year, by 2030-31 (lower arrivals than the watchdog assumed; economists; standfirst)"),
            V("billions", 2000000000, 9000000000, GBP, PFE, "per year (could be knocked off tax receipts; economists)"),
            L("187,000", 187000, E, P, NM, Y25, occ=1),
            L("318,000", 318000, E, P, NM, Y24 + " (the year before, revised; " + ONS + ")"),
            L("41,000", -41000, E, P, NMR, Y24 + " (cut by, from the ONS's previous estimate; " + ONS + ")"),
            L("29,000", 29000, E, P, NMR, "July 2024 to June 2025 (the year to mid-2025, revised up by; " + ONS + ")"),
            L("267,000", 267000, E, P, NM, "July 2024 to June 2025 (the year to mid-2025, revised; " + ONS + ")"),
            L("812,000", 812000, E, P, "immigration", Y25),
            L("625,000", 625000, E, P, "emigration", Y25 + " a high for the present series"),
            L("57,000", 57000, E, P, "emigration_change", "2025 vs 2024 (higher than in 2024)"),
            L("690,000", 690000, E, P, "immigration_non_eu", Y25),
            L("85 per cent", 85, E, PCT, "immigration_share_non_eu", Y25),
            L("minus 34,000", -34000, E, P, "net_migration_eu", Y25 + " negative, for the fourth year running"),
            L("431", 431000, E, P, NM, Y24 + " (first estimate, May 2025; chart, thousands)"),
            L("359", 359000, E, P, NM, Y24 + " (second estimate, November 2025; chart, thousands)"),
            L("318", 318000, E, P, NM, Y24 + " (latest, May 2026; chart, thousands)"),
            L("258,000", 258000, E, P, "net_migration_forecast", "January to December 2025 (pencilled in by the OBR's March 2026 forecast)"),
            L("about 70,000", 70000, AP, P, "obr_net_migration_assumption_shortfall", "January to December 2025 (the outturn fell short of the OBR's assumption)"),
            L("1.2m", 1200000, E, P, "population_working_age_growth_forecast", "2026 to 2031 (over five years; OBR projection, March 2026)"),
            L("roughly £5.5bn", 5500000000, AP, GBP, PFE, "per year, by the end of the forecast (receipts lower for each 100,000 fewer working-age migrants; OBR)"),
            L("£14.9bn", 14900000000, E, GBP, "fiscal_headroom", "March 2026 (against the main fiscal rule)"),
            L("150,000", 150000, E, P, "net_migration_scenario", "per year (if net migration settles at; " + CSE + ")", ctx="settles at 150,000"),
            L("250,000 or so", 250000, AP, P, "net_migration_forecast", "per year, later years of the forecast (the OBR assumes)"),
            R("£5bn-£6bn", 5000000000, 6000000000, GBP, "public_borrowing_effect_lower_migration", "2030-31 (borrowing higher; " + CSE + ")"),
            L("more than a third", THIRD, MT, PCT, "public_finances_effect_share_of_headroom", "2030-31 (of that buffer; " + CSE + ")"),
            L("about £560,000", 560000, AP, GBP, "fiscal_lifetime_contribution_high_wage_worker", "lifetime (a high-wage worker arriving at 25; OBR estimate)"),
            L("about £150,000", 150000, AP, GBP, "fiscal_lifetime_net_cost_low_wage_migrant", "lifetime (a low-wage migrant with dependants; OBR estimate)"),
            L("£3.27bn", 3270000000, E, GBP, "visa_fee_and_immigration_health_surcharge_income", "April 2025 to March 2026 (2025-26, visa charges and the immigration health surcharge, a record; Home Office accounts)"),
            L("6 per cent", 6, E, PCT, "visa_fee_and_immigration_health_surcharge_income_change", "2025-26 vs 2024-25 (more than a year earlier; Home Office accounts)"),
        ]),
    "06-the-hearthside-immigration-detention-numbers-cost": dict(
        meta=dict(url="https://www.thehearthside.example/news/uk/home-affairs/immigration-detention-seven-year-high-cost-per-detainee-b2803417.html",
                  title="Number locked up in immigration detention hits seven-year high as daily cost per detainee nears £150",
                  publisher="The Hearthside", author="Nadia Firth-Okonkwo", published_date="2026-08-31"),
        labels=[
            L("nears £150", 150, ALM, GBP, DCD, "per day, 2026 (the daily cost per detainee; headline)"),
            V("hundreds", 200, 900, P, "detention_population_held_for_months", "August 2026 (held for months with no realistic prospect of removal; campaigners; standfirst)"),
            L("a fifth", 20, E, PCT, "detention_population_change", "30 June 2026 vs 30 June 2025 (grown in a year; caption)"),
            L("close to £150", 150, ALM, GBP, DCD, "per day, 2026 (now, on each person locked up)"),
            L("2,360", 2360, E, P, "detention_population", J26),
            L("22%", 22, E, PCT, "detention_population_change", "30 June 2026 vs 30 June 2025 (up; " + HO6 + ")"),
            L("1,930", 1930, E, P, "detention_population", "30 June 2025 (a year before; " + HO6 + ")"),
            L("around 1,300", 1300, AP, P, "prison_immigration_detainees", J26 + " foreign nationals held in prisons under immigration powers", geo=EW),
            L("96", 96, E, P, "detention_population", J26 + " at Dungavel", geo=SCO),
            L("410", 410, E, P, "detention_entries", YE6 + " taken in at Larne House", geo=NI),
            L("26,900", 26900, E, P, "detention_entries", YE6),
            L("20%", 20, E, PCT, "detention_entries_change", "year ending June 2026 vs the previous 12 months (up)"),
            L("22,400", 22400, E, P, "detention_entries", "July 2024 to June 2025 (the previous 12 months; " + HO6 + ")"),
            L("about 600", 600, AP, P, "detention_capacity_change", "2025 to 2026 (beds added by reopening Campsfield House and Haslar)"),
            L("£147", 147, E, GBP, DCD, "per day, April 2025 to March 2026 (2025/26 average; The Hearthside)"),
            L("£121", 121, E, GBP, DCD, "per day, April 2022 to March 2023 (three years earlier; The Hearthside)"),
            L("£183m", 183000000, E, GBP, "detention_cost", "April 2025 to March 2026 (the 12 months to March; Home Office annual accounts)"),
            L("71%", 71, E, PCT, "detention_leavers_share_held_28_days_or_less", YE6),
            L("26,500", 26500, E, P, "detention_leavers", YE6 + " released or removed"),
            L("142", 142, E, P, "detention_leavers_held_over_6_months", YE6),
            L("nearly three times", 3, ALM, RATIO, "detention_leavers_held_over_6_months_ratio", "year ending June 2026 vs 2023"),
            L("11", 11, E, P, "detention_leavers_held_over_1_year", YE6, ctx="and 11 for longer"),
            L("Just under half", 50, ALM, PCT, "detention_leavers_share_returned", YE6 + " removed from the UK"),
            L("48%", 48, E, PCT, "detention_leavers_share_returned", YE6),
            L("more than half", 50, MT, PCT, "detention_leavers_share_released", "2026 (people for whom detention is neither a last resort nor a prelude to removal; " + BWC + ")"),
            L("3,870", 3870, E, CALLS, "detention_charity_contacts", "July 2025 to June 2026 (helpline calls; Bail Watch Collective)"),
            L("2,950", 2950, E, CALLS, "detention_charity_contacts", "July 2024 to June 2025 (up from; Bail Watch Collective)"),
            L("2,260", 2260, E, REPORTS, "detention_rule35_reports", YE6 + " filed by doctors in removal centres"),
            L("24%", 24, E, PCT, "detention_rule35_reports_share_led_to_release", YE6),
            L("Over 9,000", 9000, MT, P, "returns_foreign_national_offenders", "July 2024 to August 2026 (deported since this Government took office; a Home Office spokesperson)"),
        ]),
    "07-the-drystone-young-britons-emigrating-australia-gulf": dict(
        meta=dict(url="https://www.thedrystone.example/article/sunburnt-and-tax-free-why-the-young-are-leaving",
                  title="Sunburnt and tax-free: why the young are leaving",
                  publisher="The Drystone", author="Imogen Wexford-Bashir", published_date="2026-06-20"),
        labels=[
            L("164,000", 164000, E, P, "emigration_british", "January to December 2025 (last year; standfirst)", occ=0),
            L("164,000", 164000, E, P, "emigration_british", Y25C + " British nationals who emigrated, the most in the series", occ=1),
            L("87,000", 87000, E, P, "immigration_british", Y25C + " came back"),
            L("77,000", -77000, E, P, "net_migration_british_nationals", Y25C + " a net loss of our own people in twelve months"),
            L("Almost two-thirds", 200 / 3, ALM, PCT, "emigration_british_share_under_35", Y25C + " leavers who had not yet turned 35"),
            L("625,000", 625000, E, P, "emigration", "January to December 2025 (total emigration, foreigners included)"),
            L("more than halved", -50, MT, PCT, "net_migration_change", "2025 vs 2023 (in two years; ministers' boast)"),
            L("51,600", 51600, E, P, WHV, "July 2024 to June 2025 (2024-25; granted by Canberra)", geo=AUS),
            L("38%", 38, E, PCT, WHV + "_change", "2024-25 vs 2023-24 (up on the year before)", geo=AUS),
            L("Roughly a third", THIRD, AP, PCT, "australia_working_holiday_visa_holders_british_share_graduates", "2024-25 (hold degrees; " + APC + ")", geo=AUS),
            L("fewer than half", 50, LT, PCT, "australia_working_holiday_visa_holders_british_share_returning_within_five_years", "2026 (come home within five years; " + APC + ")", geo=AUS),
            L("3,900", 3900, E, P, "nurses_uk_trained_registered_abroad", "January to December 2025 (last year; Australia's nursing regulator)", geo=AUS),
            L("2,100", 2100, E, P, "nurses_uk_trained_registered_abroad", "January to December 2022 (Australia's nursing regulator)", geo=AUS),
            L("1,150", 1150, E, P, "nurses_uk_trained_registered_abroad", "January to December 2025 (last year, another)", geo="New Zealand"),
            L("upwards of 250,000", 250000, MT, P, BRA, "June 2026 (now)", geo=UAE),
            L("doubled", 2, E, RATIO, BRA + "_ratio", "2026 vs 2016 (in a decade)", geo="Saudi Arabia"),
            L("some 40,000", 40000, AP, P, BRA, "June 2026 (now)", geo="Saudi Arabia"),
            L("passed 4m", 4000000, MT, P, "population", "2025 (last year)", geo="Dubai"),
            L("£32,916", 32916, E, GBP, "teacher_starting_salary", "per year, 2025/26 (what teachers in England begin their careers on)", geo=ENG),
            L("about £3,400", 3400, AP, GBP, "teacher_salary_international_school", "per month, 2026 (a British international school in Dubai)", geo="Dubai"),
            L("About 8,500", 8500, AP, P, "teachers_leaving_to_teach_abroad", "2025 (last year; left English state schools to teach abroad)", geo=ENG),
            L("roughly one in five", 20, AP, PCT, "teacher_resignations_share_to_teach_abroad", "2025 (of all those who resigned)", geo=ENG),
            L("£2,270", 2270, E, GBP, "private_rent_average_monthly", "per month, spring 2026 (this spring)", geo="London"),
            L("7%", 7, E, PCT, "private_rent_change", "spring 2026 vs spring 2025 (up in a year)", geo="London"),
            L("one in four", 25, E, PCT, "poll_share_young_adults_considering_emigrating", "May 2026 (Britons aged 18 to 34; a poll for The Drystone)"),
            L("5.5m", 5500000, E, P, BRA, "2026 (already live overseas; an estimate)", geo="Outside the UK"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
