#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-first hand-labelled hold-out set (holdout101).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, HOTELS, THIRD, E, AP, MT, AL, LT, AM, ALM,
                        SBA, NM, AC, HOT, EW)

UK, ENG, WA, SCO, NI, FR = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France"
HH, DAYS, UNIS = "other:households", "other:days", "other:universities"
VIEWS, SHARES, HOMES = "other:views", "other:shares", "other:homes"

# 01 (Friday 24 April 2026; MHCLG statutory homelessness statistics "released on Thursday", 23 April)
RH = "refugees_homeless_after_leaving_asylum_support"
Y25H = "January to December 2025 (last year; MHCLG statutory homelessness statistics released Thursday 23 April 2026"
HOLLIN = "Hollin Trust"
# 02 (Wednesday 13 May 2026; National Audit Office report "revealed yesterday", 12 May)
BARGE = "August 2023 to January 2025 (the Bibby Stockholm's time off Portland; National Audit Office report published Tuesday 12 May 2026"
PORT = "Portland"
WETH = "Wethersfield"
# 03 (Thursday 21 May 2026; Home Office statistics "published on Thursday", year ending March 2026)
YM26 = "April 2025 to March 2026 (the 12 months to March; Home Office statistics published Thursday 21 May 2026"
VM = "year to March 2026 vs year to March 2025 (the previous year)"
# 04 (Wednesday 3 June 2026; Medr report "published on Tuesday", 2 June)
MEDR = "Medr report published Tuesday 2 June 2026"
CARDIGAN = "Cardigan"
TEIFI = "Teifi University"
VC = "vice-chancellor, " + TEIFI
# 05 (Thursday 28 May 2026; Home Office figures "published last Thursday", 21 May)
SINCE21 = "31 January 2021 to 31 March 2026 (since the visa launched on 31 January 2021; Home Office figures published Thursday 21 May 2026"
LRN = "Lion Rock Network survey"
LRNF = "founder, Lion Rock Network"
KING = "Kingston upon Thames"
HK = "Hong Kong"
# 06 (Tuesday 14 July 2026; Factsieve fact check of a social media video)
LET = "April 2024 to March 2025 (2024/25; MHCLG social housing lettings"
CLAIM = "2026 (the claim checked: a social media video"
# 07 (Friday 26 June 2026; NISRA mid-year estimates "published on Thursday", 25 June)
M25 = "mid-2025 (30 June 2025; NISRA mid-year estimates published Thursday 25 June 2026"
Y25 = "July 2024 to June 2025 (the 12 months to 30 June 2025; NISRA mid-year estimates"
MU = "Mid Ulster"
HRD = "human resources director, poultry firm near Cookstown"
MLA = "Alliance MLA for the constituency"

ARTICLES = {
    "01-the-colophon-refugee-move-on-period-street-homelessness": dict(
        meta=dict(url="https://www.thecolophon.example/society/2026/apr/24/new-refugees-pushed-on-to-streets-record-numbers-move-on-period",
                  title="'They said I was safe, then they gave me 19 days': new refugees pushed on to the streets in record numbers",
                  publisher="The Colophon", author="Hannah Ostrowski-Bale", published_date="2026-04-24"),
        labels=[
            L("38%", 38, E, PCT, RH + "_change", "2025 vs 2024 (last year; standfirst)", occ=0, geo=ENG),
            L("21,760", 21760, E, HH, RH, Y25H + "; owed a homelessness duty, asylum support had just ended)", geo=ENG),
            L("38%", 38, E, PCT, RH + "_change", "2025 vs 2024", occ=1, geo=ENG),
            L("15,770", 15770, E, HH, RH, "January to December 2024", geo=ENG),
            L("nearly four times", 4, ALM, RATIO, RH + "_ratio", "2025 vs 2023 (nearly four times as many)", geo=ENG),
            L("5,940", 5940, E, HH, RH, "October to December 2025 (the last quarter of the year; the worst on record)", geo=ENG),
            L("18,930", 18930, E, HH, RH + "_single_adults", Y25H + "; single adults among last year's cases)", geo=ENG),
            L("almost nine in 10", 90, ALM, PCT, RH + "_share_single_adults", Y25H + ")", geo=ENG),
            L("1,930", 1930, E, HH, RH, "January to December 2025 (more than any other authority)", geo="Birmingham"),
            L("a fifth", 20, E, PCT, RH + "_change", "2025 vs 2024 (a fifth more)", geo="Birmingham"),
            L("612", 612, E, P, "rough_sleepers_left_asylum_accommodation", "October to December 2025 (the final three months of 2025; outreach teams)", geo="London"),
            L("more than double", 2, MT, RATIO, "rough_sleepers_left_asylum_accommodation_ratio", "October to December 2025 vs October to December 2024 (the same period a year before)", geo="London"),
            L("287", 287, E, P, "rough_sleepers_left_asylum_accommodation", "October to December 2024 (the same period a year before)", geo="London"),
            L("roughly one in seven", 100 / 7, AP, PCT, "rough_sleepers_new_share_left_asylum_accommodation", "October to December 2025", geo="London"),
            L("4,380", 4380, E, P, "rough_sleepers_new", "October to December 2025 (found bedding down in the capital for the first time)", geo="London"),
            L("930", 930, E, P, "charity_service_users", "2025 (came to it after a grant of status last year; " + HOLLIN + ")", geo=ENG),
            L("64%", 64, E, PCT, "charity_service_users_share_short_notice", "2025 (less than three weeks between eviction notice and moving out; " + HOLLIN + ")", geo=ENG),
            L("19 days", 19, E, DAYS, "refugee_eviction_notice_average", "2025 (on average, notice before moving out; " + HOLLIN + ")", ctx="On average they had 19 days", geo=ENG),
            L("Two-thirds", 200 / 3, E, PCT, "charity_service_users_share_without_settled_home", "2025 (still without a settled home a month later; " + HOLLIN + ")", geo=ENG),
            L("almost half", -50, ALM, PCT, "charity_service_users_sleeping_rough_change", "the 56-day trial, to June 2025 (when the trial ran; director, " + HOLLIN + ")", geo=ENG),
            L("£142m", 142e6, E, GBP, "council_refugee_homelessness_cost", "2025/26 (temporary accommodation for refugee households; London Councils estimate)", geo="London"),
            L("£96m", 96e6, E, GBP, "council_refugee_homelessness_cost", "2024/25 (the year before; London Councils estimate)", geo="London"),
            L("47,310", 47310, E, P, "asylum_grants", "January to December 2025 (granted protection at initial decision; Home Office)"),
            L("12%", 12, E, PCT, "asylum_grants_change", "2025 vs 2024"),
            V("tens of thousands", 20000, 90000, P, "refugees_needing_move_on_accommodation", "2025 (have had to find somewhere to live at short notice)"),
            L("£1bn", 1e9, E, GBP, "homelessness_services_funding", "2026/27 (this year; government spokesperson)", geo=ENG),
        ]),
    "02-daily-bluster-bibby-stockholm-barge-large-sites-cost": dict(
        meta=dict(url="https://www.dailybluster.example/news/politics/2231907/bibby-stockholm-migrant-barge-cost-taxpayers-48-million-half-full",
                  title="Migrant barge fiasco cost taxpayers £48MILLION - and it was barely half full",
                  publisher="Daily Bluster", author="Marcus Halliwell-Oduya", published_date="2026-05-13"),
        labels=[
            L("£48MILLION", 48e6, E, GBP, "asylum_barge_cost", BARGE + "; headline)", geo=PORT),
            L("barely half", 50, AP, PCT, "large_site_occupancy_share", BARGE + "; barely half full; headline)", geo=PORT),
            L("£346", 346, E, GBP, "asylum_barge_cost_per_person_night", "per night, " + BARGE + "; for every man on board; standfirst)", occ=0, geo=PORT),
            V("hundreds of millions", 200e6, 900e6, GBP, "large_site_cost", "2023 to May 2026 (military sites soak up more; standfirst)"),
            L("£48.3million", 48.3e6, E, GBP, "asylum_barge_cost", BARGE + ")", geo=PORT),
            L("263", 263, E, P, "asylum_barge_population", "average per night, " + BARGE + "; men held)", geo=PORT),
            L("500", 500, E, P, "asylum_barge_capacity", BARGE + "; room for)", occ=0, geo=PORT),
            L("around 53 per cent", 53, AP, PCT, "large_site_occupancy_share", BARGE + "; full over its life)", geo=PORT),
            L("£346", 346, E, GBP, "asylum_barge_cost_per_person_night", "per night, " + BARGE + "; for each man for every night)", occ=1, geo=PORT),
            L("£152", 152, E, GBP, "asylum_hotel_cost_per_person_night", "per night, August 2023 to January 2025 (average for the same bed in an asylum hotel over the period)"),
            L("more than twice", 2, MT, RATIO, "asylum_barge_cost_per_person_night_ratio", "August 2023 to January 2025 (the barge against a hotel bed)", geo=PORT),
            L("£212million", 212e6, E, GBP, "large_site_cost", "July 2023 to May 2026 (since it opened in July 2023)", geo=WETH),
            L("585", 585, E, P, "large_site_population", "March 2026 (men held)", geo=WETH),
            L("less than half", 50, LT, PCT, "large_site_occupancy_share", "March 2026 (of its capacity)", geo=WETH),
            L("1,245", 1245, E, P, "large_site_capacity", "March 2026", geo=WETH),
            L("£61million", 61e6, E, GBP, "large_site_cost", "to 2025 (before the plan was ditched last year)", geo="Scampton"),
            L("£371million", 371e6, E, GBP, "large_site_cost", "to May 2026 (the large sites programme altogether; National Audit Office)"),
            L("a third", THIRD, E, PCT, "large_site_cost_change", "May 2026 vs about November 2024 (up on the estimate of only 18 months ago)"),
            L("£279million", 279e6, E, GBP, "large_site_cost", "to about November 2024 (estimated only 18 months ago)"),
            L("up to £22million", 22e6, AM, GBP, "asylum_barge_savings_forecast", "over two years (predicted by officials when the barge was brought in)", geo=PORT),
            L("Some 29,650", 29650, AP, P, HOT, "31 March 2026 (still living in hotels when March ended; official figures)"),
            L("188", 188, E, HOTELS, "asylum_hotels_in_use", "31 March 2026"),
            L("about £4.6million", 4.6e6, AP, GBP, AC, "per day, March 2026 (the cost of the hotels)"),
            L("£4.9billion", 4.9e9, E, GBP, AC, "2025/26 (total spending on asylum support)"),
            L("almost 30,000", 30000, ALM, P, HOT, "May 2026 (still in hotels, nearly two years on; Shadow Home Secretary)"),
            L("more than £360,000", 360000, MT, GBP, "large_site_cost_per_person", "July 2023 to May 2026 (for every man it holds; Reform UK's home affairs spokesman)", geo=WETH),
            L("around 13,000", 13000, AP, P, "population", "2026 (an island of around 13,000 people)", geo=PORT),
            L("500", 500, E, P, "asylum_barge_population_planned", "2023 (we were told it would be 500 men within weeks; local councillor)", occ=1, geo=PORT),
            L("£377,000", 377000, E, GBP, "council_asylum_barge_funding", "August 2023 to January 2025 (from the Home Office towards the costs; local councillor)", geo="Dorset"),
            L("more than £20million", 20e6, MT, GBP, "asylum_barge_savings", "from January 2025 (ending the barge contract at the first opportunity; Home Office spokesman)", geo=PORT),
            L("71", 71, E, HOTELS, "asylum_hotels_closed", "5 July 2024 to May 2026 (closed since July 2024; Home Office spokesman)"),
        ]),
    "03-isobar-news-how-many-people-uk-returns-deports": dict(
        meta=dict(url="https://www.isobarnews.example/news/uk-70419286",
                  title="How many people does the UK deport, and is the number rising?",
                  publisher="Isobar News", author="Jonah Featherstone-Amadi", published_date="2026-05-21"),
        labels=[
            L("38,460", 38460, E, P, "returns", YM26 + "; all returns)"),
            L("9%", 9, E, PCT, "returns_change", VM),
            L("10,120", 10120, E, P, "returns", YM26 + "; enforced returns)", occ=0),
            L("19%", 19, E, PCT, "returns_change", VM + " (enforced returns)"),
            L("22,930", 22930, E, P, "returns", YM26 + "; voluntary returns)"),
            L("5,410", 5410, E, P, "returns", YM26 + "; port returns)"),
            L("about six in 10", 60, AP, PCT, "returns_share_voluntary", YM26 + ")"),
            L("up to £3,000", 3000, AM, GBP, "voluntary_return_payment", "2026 (towards resettling at home, through the assisted scheme; a policy amount)"),
            L("5,820", 5820, E, P, "returns_foreign_national_offenders", YM26 + ")"),
            L("roughly 15%", 15, AP, PCT, "returns_share_foreign_national_offenders", YM26 + ")"),
            L("Around a third", THIRD, AP, PCT, "returns_foreign_national_offenders_share_eu_countries", YM26 + "; went to EU countries)"),
            L("10,540", 10540, E, P, "prison_population_foreign_nationals", "31 March 2026 (end of March)", geo=EW),
            L("about 12%", 12, AP, PCT, "prison_population_share_foreign_nationals", "31 March 2026 (of all prisoners)", geo=EW),
            L("6,940", 6940, E, P, "returns", YM26 + "; Albanians, the largest group)", geo="Albania"),
            L("18%", 18, E, PCT, "returns_share_albania", YM26 + ")"),
            L("more than doubled", 2, MT, RATIO, "returns_ratio", "year to March 2026 vs before the UK-Albania agreement of December 2022 (since the two countries signed)", geo="Albania"),
            L("4,150", 4150, E, P, "returns", YM26 + "; Indian nationals)", geo="India"),
            L("3,320", 3320, E, P, "returns", YM26 + "; Brazilians)", geo="Brazil"),
            L("41,580", 41580, E, P, SBA, YM26 + ")"),
            L("about 2,600", 2600, AP, P, "returns", YM26 + "; small boat arrivals of the period removed by its end)"),
            L("1,160", 1160, E, P, "returns", "August 2025 to March 2026 (taken back under the 'one in, one out' trial, which started last August)", geo=FR),
            L("1,090", 1090, E, P, "uk_france_legal_route_arrivals", "August 2025 to March 2026 (over the same months; the matching legal route)"),
            L("roughly one in five", 20, AP, PCT, "returns_share_of_return_orders", "2025 (people issued with an order to leave the EU who actually go; European Commission estimate)", geo="EU"),
            L("nearly 64,000", 64000, ALM, P, "returns", "5 July 2024 to May 2026 (since 5 July 2024; Home Secretary)"),
            L("almost a fifth", 20, ALM, PCT, "returns_change", VM + " (enforced returns, in a single year; Home Secretary)"),
            L("more than 190,000", 190000, MT, P, SBA, "2018 to May 2026 (crossed the Channel since 2018; shadow home secretary)"),
            L("10,120", 10120, E, P, "returns", YM26 + "; enforced returns; analysis)", occ=1),
            L("roughly a third", -THIRD, AP, PCT, "returns_change", "year to March 2026 vs 2012 (enforced returns; analysis)"),
            L("15,100", 15100, E, P, "returns", "2012 (enforced returns recorded; analysis)"),
            L("four", 4, E, P, "rwanda_relocations", "2024 (the previous government's Rwanda plan; all went voluntarily; analysis)"),
            L("about 2,200", 2200, AP, P, "detention_capacity", "January 2026 (space in the detention estate at the start of the year; analysis)"),
            L("290", 290, E, P, "detention_capacity_change", "2026 (places ministers have promised to add; analysis)"),
            L("3,340", 3340, E, P, "returns_charter_flights", YM26 + "; removed by force on charter flights; analysis)"),
            L("about a third", THIRD, AP, PCT, "returns_enforced_share_charter_flights", YM26 + "; analysis)"),
        ]),
    "04-the-rheidol-reporter-welsh-universities-overseas-fees": dict(
        meta=dict(url="https://www.rheidolreporter.example/news/ceredigion/welsh-universities-lose-51m-overseas-fees-international-students-31184526",
                  title="Welsh universities lose £51m in overseas fees as international students stay away",
                  publisher="The Rheidol Reporter", author="Ffion Llewelyn-Okonjo", published_date="2026-06-03"),
        labels=[
            L("£51m", -51e6, E, GBP, "international_student_fee_income_change", "2024/25 vs 2023/24 (headline)", geo=WA),
            L("Nearly a fifth", 20, ALM, PCT, "university_income_share_international_fees", "2024/25 (students from abroad; standfirst; " + MEDR + ")", geo=WA),
            L("140", 140, E, P, "university_job_cuts", "2026 (a Ceredigion university cutting jobs; standfirst)", occ=0, geo=CARDIGAN),
            L("£412m", 412e6, E, GBP, "international_student_fee_income", "2024/25 (" + MEDR + ")", geo=WA),
            L("11%", -11, E, PCT, "international_student_fee_income_change", "2024/25 vs 2023/24 (the year before)", geo=WA),
            L("£463m", 463e6, E, GBP, "international_student_fee_income", "2023/24 (the year before)", geo=WA),
            L("almost a fifth", 20, ALM, PCT, "university_income_share_international_fees", "2024/25 (" + MEDR + ")", geo=WA),
            L("£2.18bn", 2.18e9, E, GBP, "university_sector_income", "2024/25 (the sector's total income; " + MEDR + ")", geo=WA),
            L("more than a third", THIRD, MT, PCT, "university_tuition_income_share_international_fees", "2024/25 (of everything it earned from tuition; " + MEDR + ")", geo=WA),
            L("6%", -6, E, PCT, "international_student_fee_income_change", "2024/25 vs 2023/24 (a smaller fall)", geo=SCO),
            L("21,840", 21840, E, P, "international_students", "2024/25 (enrolments of students from overseas)", geo=WA),
            L("a fifth", -20, E, PCT, "international_students_change", "2024/25 vs 2022/23 (a drop in two years)", ctx="a drop of a fifth", geo=WA),
            L("27,310", 27310, E, P, "international_students", "2022/23", geo=WA),
            L("62%", -62, E, PCT, "international_students_nigeria_change", "to 2024/25 (postgraduates from Nigeria; baseline year not stated, after January 2024)", geo=WA),
            L("38%", -38, E, PCT, "international_students_india_change", "to 2024/25 (postgraduates from India; baseline year not stated, after January 2024)", geo=WA),
            L("Six", 6, E, UNIS, "universities_in_deficit", "2024/25 (of Wales's nine universities; Medr)", geo=WA),
            L("£58m", 58e6, E, GBP, "university_sector_deficit", "2024/25 (combined shortfall; Medr)", geo=WA),
            L("31%", 31, E, PCT, "university_students_share_international", "2025/26 (" + TEIFI + "'s student body)", geo=CARDIGAN),
            L("£9.4m", -9.4e6, E, GBP, "international_student_fee_income_change", "2024/25 vs 2023/24 (last year; " + TEIFI + ")", geo=CARDIGAN),
            L("27%", -27, E, PCT, "international_student_fee_income_change", "2024/25 vs 2023/24 (last year; " + TEIFI + ")", geo=CARDIGAN),
            L("140", 140, E, P, "university_job_cuts", "2026 (voluntary redundancies sought by " + TEIFI + ")", occ=1, geo=CARDIGAN),
            L("about one in eight", 12.5, AP, PCT, "university_job_cuts_share_staff", "2026 (of its staff; " + TEIFI + ")", geo=CARDIGAN),
            L("£17,950", 17950, E, GBP, "international_student_tuition_fee", "per year, 2026 (an overseas undergraduate; " + VC + ")", geo=CARDIGAN),
            L("nearly twice", 2, ALM, RATIO, "international_student_tuition_fee_ratio", "2026 (overseas against Welsh undergraduate fee; " + VC + ")", geo=CARDIGAN),
            L("£9,535", 9535, E, GBP, "home_student_tuition_fee_cap", "per year, 2026 (what a Welsh student pays; " + VC + "; a policy rate)", geo=WA),
            L("up to 1,000", 1000, AM, P, "university_job_cuts", "to the end of 2027 (posts that could go by the end of next year; lecturers' union representatives)", geo=WA),
            L("£19m", 19e6, E, GBP, "welsh_government_university_funding", "2026/27 (extra, this year; Welsh Government)", geo=WA),
            L("£1.2bn", 1.2e9, E, GBP, "international_students_economic_contribution", "per year (an estimated contribution to the Welsh economy; Welsh Government spokesperson)", geo=WA),
            L("381,600", 381600, E, P, "visas_granted_study", "April 2025 to March 2026 (the year to March; sponsored study visas, main applicants; Home Office data)"),
            L("7%", -7, E, PCT, "visas_granted_study_change", "year to March 2026 vs year to March 2025 (a year earlier)"),
        ]),
    "05-the-nub-bno-visa-route-hong-kongers": dict(
        meta=dict(url="https://www.thenub.example/news/uk/hong-kongers-bno-visa-settle-skills-wasted-3581942",
                  title="Five years on, Hong Kongers who fled to Britain begin to settle - but many say their skills are being wasted",
                  publisher="The Nub", author="Mei-Ling Castellanos-Pryce", published_date="2026-05-28"),
        labels=[
            L("More than half", 50, MT, PCT, "bno_arrivals_share_working_below_qualification", "2026 (BN(O) visa holders; survey seen by The Nub; standfirst; " + LRN + ")"),
            L("235.4k", 235400, E, P, "visa_applications_bno", SINCE21 + "; factbox)"),
            L("224.7k", 224700, E, P, "visas_granted_bno", SINCE21 + "; factbox)"),
            L("12.9k", 12900, E, P, "settlement_applications_bno", "to 31 March 2026 (so far; factbox)"),
            L("c. 6,500", 6500, AP, P, "bno_visa_holders_resident", "2026 (Hong Kongers in the borough; factbox)", geo=KING),
            L("12,900", 12900, E, P, "settlement_applications_bno", "to 31 March 2026 (applications for indefinite leave to remain by the end of March; Home Office figures published last Thursday)"),
            L("doubled", 2, E, RATIO, "settlement_applications_bno_ratio", "March 2026 vs January 2026 (monthly applications)"),
            L("235,400", 235400, E, P, "visa_applications_bno", SINCE21 + ")"),
            L("224,700", 224700, E, P, "visas_granted_bno", SINCE21 + "; counting children and other dependants)"),
            L("about 3%", 3, AP, PCT, "visas_granted_bno_share_hong_kong_population", SINCE21 + ")", geo=HK),
            L("7.5 million", 7.5e6, E, P, "population", "2026 (Hong Kong's people)", geo=HK),
            L("13,900", 13900, E, P, "visas_granted_bno", "January to December 2025"),
            L("21%", -21, E, PCT, "visas_granted_bno_change", "2025 vs 2024"),
            L("17,600", 17600, E, P, "visas_granted_bno", "January to December 2024"),
            L("well under a fifth", 0.2, LT, RATIO, "visas_granted_bno_ratio", "2025 vs the route's first year (2021)"),
            L("1,740", 1740, E, P, "poll_sample_size", "2026 (BN(O) holders surveyed; " + LRN + ")"),
            L("three-quarters", 75, E, PCT, "bno_arrivals_share_in_work", "2026 (" + LRN + ")"),
            L("54%", 54, E, PCT, "bno_arrivals_share_working_below_qualification", "2026 (job below their skill level; " + LRN + ")"),
            L("Nearly three in 10", 30, ALM, PCT, "bno_arrivals_share_bought_home", "to 2026 (had bought a home in the UK; " + LRN + ")"),
            L("91%", 91, E, PCT, "bno_arrivals_share_planning_settlement", "2026 (intended to apply for settlement; " + LRN + ")"),
            L("One in five", 20, E, PCT, "bno_arrivals_share_experienced_racist_abuse", "the past year, to 2026 (verbally abused because of their ethnicity; " + LRN + ")"),
            L("£3,029", 3029, E, GBP, "settlement_application_fee", "2026 (a head; " + LRNF + "; a policy rate)"),
            L("more than £12,000", 12000, MT, GBP, "settlement_application_fee_family", "2026 (a couple with two children; " + LRNF + ")"),
            L("£1,035", 1035, E, GBP, "visa_immigration_health_surcharge", "per year (charged to every adult for the NHS; " + LRNF + "; a policy rate)"),
            L("£7.9m", 7.9e6, E, GBP, "hong_kong_welcome_programme_funding", "2026/27 (Home Office support programme for new arrivals)"),
            L("£12.3m", 12.3e6, E, GBP, "hong_kong_welcome_programme_funding", "2025/26 (last year)"),
            L("about 6,500", 6500, AP, P, "bno_visa_holders_resident", "2026 (Hong Kongers now living in the borough; the council estimates)", geo=KING),
            L("nearly 4%", 4, ALM, PCT, "population_share_bno_visa_holders", "2026 (of the borough's residents; the council)", geo=KING),
            R("between £3.1bn and £4.4bn", 3.1e9, 4.4e9, GBP, "bno_route_net_fiscal_benefit_estimate", "2026 to 2036 (over the next decade; economist, Exchequer Policy Unit)"),
            L("more than 220,000", 220000, MT, P, "visas_granted_bno", "31 January 2021 to May 2026 (welcomed through this route; Home Office spokesperson)"),
        ]),
    "06-factsieve-asylum-seekers-social-housing-claim": dict(
        meta=dict(url="https://factsieve.example/immigration/asylum-seekers-40-percent-council-homes/",
                  title="Are asylum seekers getting 40% of new council homes?",
                  publisher="Factsieve", author="Rosalind Achebe-Hartnell", published_date="2026-07-14"),
        labels=[
            L("40%", 40, E, PCT, "social_housing_lettings_share_asylum_seekers", CLAIM + "; headline)", occ=0),
            L("40%", 40, E, PCT, "social_housing_lettings_share_asylum_seekers", CLAIM + "; What was claimed box)", occ=1),
            L("2.8%", 2.8, E, PCT, "social_housing_lettings_share_refugees", LET + "; verdict)", occ=0, geo=ENG),
            L("more than 2.3 million", 2.3e6, MT, VIEWS, "social_media_post_views", "July 2026 (since it was posted at the start of July)"),
            L("more than 48,000", 48000, MT, SHARES, "social_media_post_shares", "July 2026 (one repost alone)"),
            L("40%", 40, E, PCT, "social_housing_lettings_share_asylum_seekers", CLAIM + "; the man in the video: 'round here', place not stated)", occ=2),
            L("103,900", 103900, E, P, "asylum_support_population", "31 March 2026 (end of March; Home Office asylum support statistics)"),
            L("29,650", 29650, E, P, HOT, "31 March 2026 (in hotels)"),
            L("68,700", 68700, E, P, "asylum_dispersal_population", "31 March 2026 (in dispersal accommodation)"),
            L("246,300", 246300, E, HH, "social_housing_lettings", LET + "; new lettings)", geo=ENG),
            L("almost a quarter", -25, ALM, PCT, "social_housing_lettings_change", "2024/25 vs 2014/15 (fewer)", geo=ENG),
            L("about nine in 10", 90, AP, PCT, "social_housing_lettings_share_uk_nationals", LET + "; lead tenant a UK national)", geo=ENG),
            L("6,940", 6940, E, HH, "social_housing_lettings_refugees", LET + "; a refugee the lead tenant)", geo=ENG),
            L("2.8%", 2.8, E, PCT, "social_housing_lettings_share_refugees", LET + ")", occ=1, geo=ENG),
            L("34%", 34, E, PCT, "social_housing_lettings_refugees_change", "2024/25 vs 2023/24 (the year before)", geo=ENG),
            L("5,180", 5180, E, HH, "social_housing_lettings_refugees", "April 2023 to March 2024 (the year before)", geo=ENG),
            L("Just under one in 10", 10, ALM, PCT, "social_housing_lettings_share_non_uk_nationals", LET + "; lead tenant not a UK national)", geo=ENG),
            L("21%", 21, E, PCT, "social_housing_lettings_share_non_uk_nationals", LET + ")", geo="London"),
            L("40%", 40, E, PCT, "social_housing_lettings_share_asylum_seekers", CLAIM + "; cross-head)", occ=3),
            L("38%", 38, E, PCT, "temporary_accommodation_placements_share_left_asylum_accommodation", "a single month, 2026 (a report to one London borough's housing committee)", geo="London"),
            L("21,760", 21760, E, HH, "refugees_homeless_after_leaving_asylum_support", "January to December 2025 (MHCLG statutory homelessness statistics)", geo=ENG),
            L("6.4%", 6.4, E, PCT, "homelessness_duty_households_share_left_asylum_support", "January to December 2025", geo=ENG),
            L("341,800", 341800, E, HH, "homelessness_duty_households", "January to December 2025 (owed such a duty by councils)", geo=ENG),
            L("About 1.33 million", 1.33e6, AP, HH, "housing_waiting_list_households", "2025 (last year; on council housing registers)", geo=ENG),
            L("3%", 3, E, PCT, "housing_waiting_list_households_change", "2025 vs 2024", geo=ENG),
            L("around 4.1 million", 4.1e6, AP, HOMES, "social_housing_stock", "2025 (the stock of social homes)", geo=ENG),
        ]),
    "07-the-ballinderry-bell-ni-population-estimates-net-migration": dict(
        meta=dict(url="https://www.ballinderrybell.example/news/mid-ulster/northern-irelands-population-tops-193-million-as-migration-drives-growth-5520417",
                  title="Northern Ireland's population tops 1.93 million as migration drives growth",
                  publisher="The Ballinderry Bell", author="Declan Quigg-Mbatha", published_date="2026-06-26"),
        labels=[
            L("1.93 million", 1.93e6, E, P, "population", M25 + "; tops; headline)", geo=NI),
            L("10,300", 10300, E, P, "population_growth", Y25 + ")", geo=NI),
            L("1,927,400", 1927400, E, P, "population", M25 + ")", geo=NI),
            L("around six in 10", 60, AP, PCT, "net_migration_share_of_population_growth", Y25 + ")", geo=NI),
            L("0.5%", 0.5, E, PCT, "population_change", Y25 + ")", geo=NI),
            L("5,800", 5800, E, P, "population_revision", "mid-2024 (30 June 2024; revised up)", occ=0, geo=NI),
            L("1,917,100", 1917100, E, P, "population", "mid-2024 (30 June 2024, revised)", geo=NI),
            L("5,800", 5800, E, P, "population_revision", "mid-2024 (30 June 2024; more people living here than first thought)", occ=1, geo=NI),
            L("6,200", 6200, E, P, NM, Y25 + "; net migration added)", geo=NI),
            L("7,600", 7600, E, P, "net_migration_international", Y25 + "; a net gain from outside the UK)", geo=NI),
            L("almost half", 50, ALM, PCT, "net_migration_international_change", "year to June 2025 vs year to June 2024 (a year earlier)", geo=NI),
            L("5,100", 5100, E, P, "net_migration_international", "July 2023 to June 2024 (a year earlier)", geo=NI),
            L("1,400", -1400, E, P, "net_migration_rest_of_uk", Y25 + "; a net loss to Great Britain)", geo=NI),
            L("Some 21,900", 21900, AP, P, "immigration", Y25 + "; arrived from overseas)", geo=NI),
            L("14,300", 14300, E, P, "emigration", Y25 + "; left for other countries)", geo=NI),
            L("Around 11,900", 11900, AP, P, "internal_migration_inflow_from_great_britain", Y25 + "; moved here from England, Scotland and Wales)", geo=NI),
            L("13,300", 13300, E, P, "internal_migration_outflow_to_great_britain", Y25 + "; went the other way)", geo=NI),
            L("4,100", 4100, E, P, "population_natural_change", Y25 + "; births minus deaths)", geo=NI),
            L("20,400", 20400, E, P, "births", Y25 + ")", geo=NI),
            L("2%", -2, E, PCT, "births_change", "year to June 2025 vs year to June 2024 (the previous year)", geo=NI),
            L("16,300", 16300, E, P, "deaths", Y25 + ")", geo=NI),
            L("less than 3%", 3, LT, PCT, "population_share_of_uk", "mid-2025 (Northern Ireland's share of the UK's population)", geo=NI),
            L("almost 4%", 4, ALM, PCT, "net_migration_international_share_of_uk", Y25 + "; Northern Ireland's share of the UK's net international migration)", geo=NI),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the UK's net international migration, the same period)"),
            L("1.1%", 1.1, E, PCT, "population_change", Y25 + "; the fastest-growing of the 11 council areas)", geo=MU),
            L("152,900", 152900, E, P, "population", M25 + ")", geo=MU),
            L("1,350", 1350, E, P, "net_migration_international", Y25 + "; the highest relative to its size)", geo=MU),
            L("18.1%", 18.1, E, PCT, "population_share_aged_65_and_over", M25 + ")", geo=NI),
            L("20.3%", 20.3, E, PCT, "population_share_aged_under_16", M25 + ")", geo=NI),
            L("about 1.97 million", 1.97e6, AP, P, "population_projection", "mid-2040s (the projected peak; NISRA's most recent projections)", geo=NI),
            L("About four in 10", 40, AP, PCT, "employer_staff_share_from_outside_uk_ireland", "June 2026 (" + HRD + ")", geo=MU),
            L("1,100", 1100, E, P, "employer_staff", "June 2026 (" + HRD + ")", geo=MU),
            L("at least 900", 900, AL, HOMES, "housing_need_new_homes", "per year (needed in this district; " + MLA + ")", geo=MU),
            L("barely half", 50, AP, PCT, "housing_completions_share_of_need", "2026 (what is being built against the need; " + MLA + ")", geo=MU),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
