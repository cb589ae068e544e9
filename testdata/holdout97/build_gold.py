#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the ninety-seventh hand-labelled hold-out set (holdout97).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, YEARS, PPB, EUR, BOATS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, SBA, NM, AC, HOT)

UK, ENG, WA, SCO, NI, FR = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France"
MONTHS, WEEKS, HH = "other:months", "other:weeks", "other:households"
PER10K, VIEWS, BUSINESSES = "other:persons_per_10000_residents", "other:views", "other:businesses"

# 01 (Friday 27 February 2026; Home Office quarterly statistics to the end of December 2025 "issued on Thursday", 26 February)
BL = "asylum_backlog"
D25 = "31 December 2025 (end of December; Home Office statistics published Thursday 26 February 2026"
WAIT = "asylum_initial_decision_wait_average"
GRANT = "asylum_grants_share_initial_decisions"
TAP = "director, Threshold Asylum Project"
# 02 (Tuesday 14 April 2026; wire copy; Home Office figures to the end of December 2025)
NB = "Nuneaton and Bedworth"
ASP = "asylum_support_population"
LEADER = "leader, Nuneaton and Bedworth Borough Council"
# 03 (Wednesday 13 May 2026; Migration Advisory Committee review of the graduate route "published on Tuesday", 12 May)
GV = "visas_granted_graduate"
GVH = "visas_granted_graduate_holders"
MAC = "Migration Advisory Committee review published Tuesday 12 May 2026"
TAX = "2024/25 (April 2024 to March 2025; visa records linked to tax data; " + MAC + ")"
CFG = "chief executive, Campus Futures Group"
# 04 (Monday 1 June 2026; fact check of the Home Secretary's claim on a Sunday programme, 31 May)
CLAIM = "claim, year ending December 2025 vs year ending December 2024 (Home Secretary on a Sunday politics programme, 31 May 2026"
YD25 = "January to December 2025 (year ending December 2025, provisional; ONS release of Thursday 21 May 2026"
YD24 = "January to December 2024 (year ending December 2024"
# 05 (Thursday 9 July 2026)
DK = "visas_granted_skilled_worker_fishing_deckhands"
WCCTA = "West Coast Creel and Trawl Association"
KLB = "Kinlochbervie"
SKYE = "Skye and Lochalsh"
ERBI = "Easter Ross and the Black Isle"
WI = "Na h-Eileanan Siar"
# 06 (Sunday 16 August 2026)
SF = "smuggler_fee"
YTD6 = "1 January to 16 August 2026 (so far this year"
PRICE = "August 2026 (now; charity workers and migrants in camps near Dunkirk"
SWC = "Shoreline Watch Collective"
# 07 (Tuesday 20 October 2026; the Home Office's written statement "on Thursday", 15 October)
WA_ = "asylum_support_weekly_allowance"
NOW7 = "per week, from October 2026 (frozen for a second year; self-catered accommodation"
MID = "Middlesbrough"
KTN = "Kitchen Table Network survey"
J26 = "30 June 2026 (end of June"

ARTICLES = {
    "01-tillerman-news-asylum-backlog-explainer": dict(
        meta=dict(url="https://www.tillerman.example/news/uk-politics-71840326",
                  title="Asylum backlog: How many people are waiting, and how long does a decision take?",
                  publisher="Tillerman News", author="Priyanka Haldane-Osei", published_date="2026-02-27"),
        labels=[
            L("52,400", 52400, E, P, BL, D25 + "; awaiting an initial decision)"),
            L("42%", -42, E, PCT, BL + "_change", "31 December 2025 vs 31 December 2024 (twelve months before)"),
            L("90,700", 90700, E, P, BL, "31 December 2024 (twelve months before)"),
            L("about 175,000", 175000, AP, P, BL, "30 June 2023 (at its peak in June 2023)"),
            L("less than a third", 1 / 3, LT, RATIO, BL + "_ratio", "December 2025 vs the June 2023 peak", ctx="is less than a third of"),
            L("some 111,080", 111080, AP, P, "asylum_applications", "2025 (calendar year; main applicants and dependants; the highest yearly figure on record)"),
            L("3%", 3, E, PCT, "asylum_applications_change", "2025 vs 2024"),
            L("Around a third", THIRD, AP, PCT, "asylum_applications_share_small_boat", "2025 (claims from small boat arrivals)"),
            L("129,600", 129600, E, P, "asylum_initial_decisions", "2025 (last year)"),
            L("98,300", 98300, E, P, "asylum_initial_decisions", "2024 (calendar year)"),
            L("61%", 61, E, PCT, "asylum_backlog_share_waiting_over_6_months", "31 December 2025 (claims still outstanding in December that had passed the six-month aim)"),
            L("14.2 months", 14.2, E, MONTHS, WAIT, "2025 (claimants who received a decision during 2025; from lodging a claim)"),
            L("almost two years", 2, ALM, YEARS, WAIT, "claims first lodged in 2022 (wait for an initial decision)"),
            L("Fewer than half", 50, LT, PCT, GRANT, "2025 (initial decisions that were grants of refugee status or other protection)"),
            L("47%", 47, E, PCT, GRANT, "2025 (calendar year)"),
            L("67%", 67, E, PCT, GRANT, "2023 (the grant rate while legacy cases were worked through)"),
            L("48,200", 48200, E, P, "asylum_backlog_appeals", "31 December 2025 (appeals still to be heard by the First-tier Tribunal)"),
            L("more than double", 2, MT, RATIO, "asylum_backlog_appeals_ratio", "December 2025 vs December 2023 (two years earlier)"),
            L("21,900", 21900, E, P, "asylum_backlog_appeals", "31 December 2023 (two years earlier)"),
            L("54 weeks", 54, E, WEEKS, "asylum_appeal_wait_average", "2025 (time for an appeal to reach a hearing; Ministry of Justice)"),
            L("higher than 100,000", 100000, MT, P, "asylum_backlog_including_appeals", "31 December 2025 (initial decisions and appeals together)"),
            L("Roughly one in five", 20, AP, PCT, "asylum_backlog_share_children", "31 December 2025 (people awaiting an initial decision who are children)"),
            L("7,900", 7900, E, P, "asylum_backlog_pakistani", "31 December 2025 (the largest group)"),
            L("5,600", 5600, E, P, "asylum_backlog_iranian", "31 December 2025"),
            L("4,300", 4300, E, P, "asylum_backlog_eritrean", "31 December 2025"),
            L("103,900", 103900, E, P, ASP, "31 December 2025 (end of December; receiving housing or cash support)"),
            L("30,100", 30100, E, P, HOT, "31 December 2025 (end of December)"),
            L("£4.7bn", 4.7e9, E, GBP, AC, "2024/25 (April 2024 to March 2025; spending on asylum support)"),
            L("£5.38bn", 5.38e9, E, GBP, AC, "2023/24 (a record; the year before)"),
            L("about 2,400", 2400, AP, P, "asylum_decision_makers", "February 2026 (raised to; ministers)"),
            L("14 months", 14, E, MONTHS, WAIT, "2025 (waiting to learn whether you can stay; " + TAP + ")"),
        ]),
    "02-the-ankerside-herald-nuneaton-asylum-dispersal": dict(
        meta=dict(url="https://www.ankersideherald.example/news/nuneaton/asylum-seekers-nuneaton-up-third-council-breaking-point-5518302",
                  title="Asylum seekers housed in Nuneaton up by a third as council warns of 'breaking point'",
                  publisher="The Ankerside Herald", author="Joanna Whitcombe-Nnamdi", published_date="2026-04-14"),
        labels=[
            L("a third", THIRD, E, PCT, ASP + "_change", "31 December 2025 vs 31 December 2024 (headline)", occ=0, geo=NB),
            L("a third", THIRD, E, PCT, ASP + "_change", "31 December 2025 vs 31 December 2024 (in a year)", occ=1, geo=NB),
            L("412", 412, E, P, ASP, "31 December 2025 (end of December; accommodated while their claims were considered; Home Office data)", geo=NB),
            L("309", 309, E, P, ASP, "31 December 2024 (end of 2024)", geo=NB),
            L("31", 31, E, PER10K, ASP + "_per_10000_residents", "31 December 2025 (for every 10,000 residents)", ctx="works out at 31 for every", geo=NB),
            L("more than twice", 2, MT, RATIO, ASP + "_per_10000_residents_ratio", "31 December 2025 (the borough vs the UK average)", geo=NB),
            L("15", 15, E, PER10K, ASP + "_per_10000_residents", "31 December 2025 (the UK average)", ctx="UK average of 15"),
            L("24", 24, E, PER10K, ASP + "_per_10000_residents", "31 December 2025", ctx="Birmingham's 24", geo="Birmingham"),
            L("2,870", 2870, E, HH, "housing_waiting_list_households", "April 2026 (on the housing register; " + LEADER + ")", geo=NB),
            L("£1,150", 1150, E, GBP, "asylum_dispersal_guaranteed_rent", "per month, April 2026 (offered to landlords by the Home Office's contractor; " + LEADER + ")", geo=NB),
            L("£4.1m", 4.1e6, E, GBP, "council_temporary_accommodation_cost", "2025 (last year; " + LEADER + ")", geo=NB),
            L("one in four", 25, E, PCT, "temporary_accommodation_share_refugee_households", "2025 (families just given refugee status; " + LEADER + ")", geo=NB),
            L("150", 150, E, P, "asylum_dispersal_target", "April 2026 to March 2027 (another 150 expected by next March; " + LEADER + ")", geo=NB),
            L("£3,500", 3500, E, GBP, "council_asylum_grant_per_dispersal_bed", "2026 (one-off grant from the Home Office for each new dispersal bed)", geo=NB),
            L("about 134,000", 134000, AP, P, "population", "2021 (census)", geo=NB),
            L("9,870", 9870, E, P, "asylum_dispersal_population", "31 December 2025 (end of the year)", geo="West Midlands"),
            L("about 15%", 15, AP, PCT, "asylum_dispersal_population_share_west_midlands", "31 December 2025 (of the UK total)"),
            L("66,700", 66700, E, P, "asylum_dispersal_population", "31 December 2025 (the UK total)"),
            L("188", 188, E, P, ASP, "31 December 2025", geo="Rugby"),
            L("96", 96, E, P, ASP, "31 December 2025", geo="Warwick"),
            L("41", 41, E, P, ASP, "31 December 2025", geo="Stratford-on-Avon"),
            L("103,900", 103900, E, P, ASP, "31 December 2025 (as December ended)"),
            L("30,100", 30100, E, P, HOT, "31 December 2025"),
            L("38,000", 38000, E, P, HOT, "31 December 2024 (a year before)"),
            L("nine", 9, E, P, "protest_arrests", "11 April 2026 (on Saturday; a protest outside a block of flats; Warwickshire Police)", geo="Nuneaton"),
            L("c. 240", 240, AP, HH, "charity_service_users", "January 2025 to April 2026 (families helped since the start of 2025; Ankerside Welcome drop-in)", geo="Nuneaton"),
            L("more than halved", -50, MT, PCT, "asylum_hotels_in_use_change", "5 July 2024 to April 2026 (since 5 July 2024; Home Office spokesperson)"),
            L("over 50,000", 50000, MT, P, "returns", "5 July 2024 to April 2026 (removed since 5 July 2024; Home Office spokesperson)"),
        ]),
    "03-the-abridged-graduate-visa-review": dict(
        meta=dict(url="https://www.theabridged.example/news/politics/graduate-visa-review-mac-earnings-explained-3720914",
                  title="Almost half of graduate visa holders earn under £25,000, review finds",
                  publisher="The Abridged", author="Tobias Merriweather-Adu", published_date="2026-05-13"),
        labels=[
            L("Almost half", 50, ALM, PCT, GVH + "_share_earning_under_25000", "2024/25 (headline; " + MAC + ")", occ=0),
            L("Almost half", 50, ALM, PCT, GVH + "_share_earning_under_25000", "2024/25 (international graduates staying on under the graduate visa; " + MAC + ")", occ=1),
            L("some 108,600", 108600, AP, P, GV, "2025 (calendar year; main applicants)"),
            L("21%", -21, E, PCT, GV + "_change", "2025 vs 2024 (fewer than)"),
            L("137,500", 137500, E, P, GV, "2024 (calendar year)"),
            L("41%", 41, E, PCT, GV + "_share_india", "2025 (Indian nationals)"),
            L("11%", 11, E, PCT, GV + "_share_nigeria", "2025"),
            L("9%", 9, E, PCT, GV + "_share_pakistan", "2025"),
            L("8%", 8, E, PCT, GV + "_share_china", "2025", ctx="graduates on 8%"),
            L("Three-quarters", 75, E, PCT, GV + "_share_masters_degree", "2025 (had completed a master's degree)"),
            L("27,300", 27300, E, P, GV + "_dependants", "2025 (family members of graduates)"),
            L("46%", 46, E, PCT, GVH + "_share_earning_under_25000", TAX),
            L("22%", 22, E, PCT, "uk_graduates_share_earning_under_25000", "2024/25 (UK graduates of the same age)"),
            L("£24,300", 24300, E, GBP, GVH + "_median_pay", TAX),
            L("£29,800", 29800, E, GBP, "uk_graduates_median_pay", "2024/25 (home graduates)"),
            L("about a third", THIRD, AP, PCT, GVH + "_share_graduate_level_jobs", TAX),
            L("34%", 34, E, PCT, GVH + "_share_graduate_level_jobs", TAX),
            L("Nearly 9,000", 9000, ALM, P, GVH + "_care_or_warehouse_work", "2024/25 (working as care assistants or in warehouses)"),
            L("£1.9bn", 1.9e9, E, GBP, GVH + "_tax_paid", "2024/25 (income tax and national insurance)"),
            L("About one in four", 25, AP, PCT, GV + "_share_switched_to_skilled_worker", "2025 (of those whose visa expired during 2025)"),
            L("Roughly 6%", 6, AP, PCT, GV + "_share_switched_to_other_route", "2025 (of those whose visa expired during 2025; such as a family visa)"),
            L("about £12.2bn", 12.2e9, AP, GBP, "international_student_fee_income", "2024/25 (tuition fees paid by international students)"),
            L("more than a fifth", 20, MT, PCT, "university_income_share_international_fees", "2024/25 (of the sector's total income)"),
            L("14%", -14, E, PCT, "international_student_applications_india_change", "applications for September 2026 vs a year earlier (already down; " + CFG + ")"),
            L("£22,000", 22000, E, GBP, "international_student_tuition_fee_average", "per year, 2026 (each student; " + CFG + ")"),
            L("414,800", 414800, E, P, "visas_granted_study", "April 2025 to March 2026 (the 12 months to March; main applicants)"),
            L("4%", 4, E, PCT, "visas_granted_study_change", "year to March 2026 vs year to March 2025 (the year before)"),
            L("83%", -83, E, PCT, "visas_granted_study_dependants_change", "since January 2024 (most students barred from bringing dependants)"),
        ]),
    "04-claimline-net-migration-halved-claim": dict(
        meta=dict(url="https://claimline.example/immigration/net-migration-halved-home-secretary-claim/",
                  title="Has net migration halved in a year? Only against a figure that has since been revised",
                  publisher="Claimline", author="Aoife Trelawney-Bello", published_date="2026-06-01"),
        labels=[
            L("halved", -50, E, PCT, NM + "_change", CLAIM + "; headline)", occ=0),
            L("halved", -50, E, PCT, NM + "_change", CLAIM + "; the claim box)", occ=1),
            L("45%", -45, E, PCT, NM + "_change", "year ending December 2025 vs the first estimate for year ending December 2024 (verdict)", occ=0),
            L("about a quarter", -25, AP, PCT, NM + "_change", "year ending December 2025 vs revised year ending December 2024 (verdict)"),
            L("more than 1.8 million", 1.8e6, MT, VIEWS, "social_media_post_views", "31 May to 1 June 2026 (a clip of the interview, by this morning)"),
            L("239,000", 239000, E, P, NM, YD25 + ")", occ=0),
            L("858,000", 858000, E, P, "immigration", YD25 + "; moved here for the long term)"),
            L("619,000", 619000, E, P, "emigration", YD25 + "; left)", occ=0),
            R("183,000 to 296,000", 183000, 296000, P, NM, YD25 + "; the ONS's uncertainty range)"),
            L("431,000", 431000, E, P, NM, YD24 + "; first estimate, published a year ago)", occ=0),
            L("239,000", 239000, E, P, NM, YD25 + "; compared with the first 2024 estimate)", occ=1),
            L("45%", -45, E, PCT, NM + "_change", "year ending December 2025 vs the first estimate for year ending December 2024", occ=1),
            L("431,000", 431000, E, P, NM, YD24 + "; first estimate, no longer stands)", occ=1),
            L("113,000", -113000, E, P, NM + "_revision", YD24 + "; revised down in the May 2026 release)"),
            L("318,000", 318000, E, P, NM, YD24 + ", revised)"),
            L("68,000", 68000, E, P, "emigration_revision", YD24 + "; higher than first thought)"),
            L("45,000", -45000, E, P, "immigration_revision", YD24 + "; lower than first thought)"),
            L("a quarter", -25, E, PCT, NM + "_change", "year ending December 2025 vs revised year ending December 2024", ctx="fell by a quarter in 2025"),
            L("21,000", 21000, E, P, NM + "_revision", "July 2024 to June 2025 (year ending June 2025; revised up)"),
            L("225,000", 225000, E, P, NM, "July 2024 to June 2025 (year ending June 2025, revised)"),
            L("806k", 806000, E, P, NM, "January to December 2023 (year ending December 2023; chart)"),
            L("318k", 318000, E, P, NM, "January to December 2024 (year ending December 2024; chart)"),
            L("239k", 239000, E, P, NM, "January to December 2025 (year ending December 2025; chart)"),
            L("17%", -17, E, PCT, "immigration_change", "year ending December 2025 vs year ending December 2024 (lower than)"),
            L("1.03 million", 1.03e6, E, P, "immigration", YD24 + ", revised)"),
            L("13%", -13, E, PCT, "emigration_change", "year ending December 2025 vs year ending December 2024 (lower)"),
            L("619,000", 619000, E, P, "emigration", YD25 + ")", occ=1),
            L("712,000", 712000, E, P, "emigration", YD24 + ", revised)"),
            L("301,000", 301000, E, P, NM + "_non_eu", YD25 + "; non-EU nationals)"),
            L("15,000", 15000, E, P, NM + "_eu", YD25 + "; EU nationals)"),
            L("77,000", -77000, E, P, NM + "_british_nationals", YD25 + "; a net outflow of British nationals)"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (year ending March 2023; the all-time high)"),
            L("about three-quarters", -75, AP, PCT, NM + "_change", "year ending December 2025 vs year ending March 2023 (the all-time high)"),
            L("48%", -48, E, PCT, "visa_applications_work_study_main_applicants_change", "year to April 2026 vs year to April 2024 (two years earlier; Home Office)"),
            L("almost half", -50, ALM, PCT, "visa_applications_work_study_main_applicants_change", "year to April 2026 vs year to April 2024 (a fall of)"),
        ]),
    "05-the-skerry-courier-highland-fishing-crews-seasonal-workers": dict(
        meta=dict(url="https://www.skerrycourier.example/news/highlands/boats-tied-up-crew-deckhand-visas-almost-triple-4418207",
                  title="Boats tied up for want of crew as deckhand visas almost triple",
                  publisher="The Skerry Courier", author="Morag Sinclair-Obeng", published_date="2026-07-09"),
        labels=[
            L("almost triple", 3, ALM, RATIO, DK + "_ratio", "2025 vs 2024 (headline)", geo=SCO),
            V("hundreds", 200, 900, P, "fishing_deckhand_shortfall", "July 2026 (hands short; skippers in Kinlochbervie and Ullapool; standfirst)", occ=0, geo=SCO),
            L("almost tripled", 3, ALM, RATIO, DK + "_ratio", "2025 vs 2024 (last year)", geo=SCO),
            V("hundreds", 200, 900, P, "fishing_deckhand_shortfall", "July 2026 (deckhands short; skippers)", occ=1, geo=SCO),
            L("212", 212, E, P, DK, "2025 (calendar year; Scottish-registered vessels; Home Office figures obtained by the " + WCCTA + ")", geo=SCO),
            L("74", 74, E, P, DK, "2024 (the year before)", geo=SCO),
            L("Around 60%", 60, AP, PCT, DK + "_share_philippines", "2025 (crew from the Philippines)", geo=SCO),
            L("118", 118, E, P, DK, "1 January to early July 2026 (so far this year)", geo=SCO),
            L("about 1,350", 1350, AP, P, "fishing_crew_non_uk", "July 2026 (now work on Scottish boats; " + WCCTA + " estimate)", geo=SCO),
            L("around a third", THIRD, AP, PCT, "fishing_crew_share_non_uk", "July 2026 (of Scotland's fishers; " + WCCTA + " estimate)", geo=SCO),
            L("4,100", 4100, E, P, "fishers", "2026 (Scotland's fishers)", geo=SCO),
            R("between 400 and 500", 400, 500, P, "fishing_deckhand_shortfall", "July 2026 (more deckhands needed now; chief executive, " + WCCTA + ")", geo=SCO),
            L("Three", 3, E, BOATS, "fishing_boats_tied_up_no_crew", "March to July 2026 (tied up since March; chief executive, " + WCCTA + ")", geo=KLB),
            L("about £18,000", 18000, AP, GBP, "fishing_landings_lost_per_idle_boat", "per week, 2026 (each boat at the quay; chief executive, " + WCCTA + ")", geo=KLB),
            L("roughly half", 50, AP, PCT, "visa_applicants_share_failed_language_test_fishing", "2025 to 2026 (applicants from members' crews failing at the first attempt; " + WCCTA + ")", geo=SCO),
            L("1,140", 1140, E, P, "seasonal_worker_visa_holders_employed", "summer 2026 (this summer; soft fruit farms; Firthside Growers' Co-operative)", geo=ERBI),
            L("9%", 9, E, PCT, "seasonal_worker_visa_holders_employed_change", "summer 2026 vs 2025", geo=ERBI),
            L("About one in eight", 12.5, AP, PCT, "visas_granted_seasonal_worker_share_scotland", "2025 (last year; used on Scottish farms)"),
            L("186", 186, E, BUSINESSES, "poll_sample_size", "2026 (tourism businesses surveyed)", geo=SKYE),
            L("two in five", 40, E, PCT, "tourism_businesses_share_turned_away_bookings_staff_shortage", "2026 (turned away bookings because they were short of staff)", geo=SKYE),
            L("Some 58%", 58, AP, PCT, "tourism_businesses_share_unfilled_vacancy", "2026 (at least one post they could not fill)", geo=SKYE),
            L("more than 5%", -5, MT, PCT, "population_change", "2011 to 2022 (between the censuses)", geo=WI),
            L("26,200", 26200, E, P, "population", "2022 (census)", geo=WI),
            L("235,400", 235400, E, P, "population", "30 June 2024 (mid-2024)", geo="Highland"),
            L("2,900", 2900, E, P, "net_migration_overseas", "July 2023 to June 2024 (the year to mid-2024; National Records of Scotland)", geo="Highland"),
            L("c. 520", 520, AP, P, "fish_processing_workforce", "2026 (the islands' seafood trade body)", geo="Shetland"),
            L("about 40%", 40, AP, PCT, "fish_processing_workforce_share_non_uk", "2026 (from outside the UK; the islands' seafood trade body)", geo="Shetland"),
        ]),
    "06-daily-hullabaloo-smugglers-prices-channel-deaths": dict(
        meta=dict(url="https://www.dailyhullabaloo.example/news/uk-news/channel-smugglers-3000-seat-death-toll-61-32260481",
                  title="Channel smugglers now charge up to £3,000 a seat as death toll hits 61 this year",
                  publisher="Daily Hullabaloo", author="Danny Pickersgill-Oduya", published_date="2026-08-16"),
        labels=[
            L("up to £3,000", 3000, AM, GBP, SF, "August 2026 (a seat; headline)", occ=0, geo=FR),
            L("61", 61, E, P, "small_boat_deaths", YTD6 + "; death toll; headline)", ctx="toll hits 61 this year"),
            L("more than twice", 2, MT, RATIO, "small_boat_occupancy_ratio", "2026 vs 2021 (people in each dinghy; standfirst)", occ=0),
            L("over €200,000", 200000, MT, EUR, "smuggling_revenue_per_crossing", "August 2026 (a trip; standfirst)", geo=FR),
            L("up to £3,000", 3000, AM, GBP, SF, "August 2026 (a place on a dinghy; the Hullabaloo can reveal)", occ=1, geo=FR),
            R("between €2,500 and €3,500", 2500, 3500, EUR, SF, PRICE + ")", geo=FR),
            L("roughly double", 2, AP, RATIO, SF + "_ratio", "August 2026 vs 2023", geo=FR),
            L("€1,500", 1500, E, EUR, SF, "2023 (typical)", geo=FR),
            L("around €1,000", 1000, AP, EUR, SF + "_child", PRICE + "; children)", geo=FR),
            L("as much as €6,000", 6000, AM, EUR, SF + "_guaranteed_place", PRICE + "; a 'guaranteed' place on the first boat)", geo=FR),
            L("68", 68, E, PPB, "small_boat_occupancy", "2026 (each dinghy now carries an average)", ctx="an average of 68 people"),
            L("more than twice", 2, MT, RATIO, "small_boat_occupancy_ratio", "2026 vs 2021", occ=1),
            L("28", 28, E, PPB, "small_boat_occupancy", "2021 (calendar year)"),
            L("68", 68, E, PPB, "small_boat_occupancy", "2026 (with 68 on board at those prices)", ctx="With 68 on board"),
            L("more than €200,000", 200000, MT, EUR, "smuggling_revenue_per_crossing", "August 2026 (a single crossing)", geo=FR),
            L("At least 61", 61, AL, P, "small_boat_deaths", "1 January to 16 August 2026 (since January)"),
            L("47", 47, E, P, "small_boat_deaths", "2025 (the whole of 2025)"),
            L("Nine", 9, E, P, "small_boat_deaths_children", YTD6 + ")"),
            L("78", 78, E, P, "small_boat_deaths", "2024 (the worst year on record)"),
            L("€3,000", 3000, E, EUR, SF, "2026 (paid by one Eritrean man, 26)", geo=FR),
            L("24,310", 24310, E, P, SBA, YTD6 + ")"),
            L("12%", 12, E, PCT, SBA + "_change", "so far this year vs the same point last year (1 January to 16 August, 2026 vs 2025)"),
            L("About one in five", 20, AP, PCT, "small_boat_arrivals_share_eritrean", "August 2025 to August 2026 (the last 12 months; the largest single group)"),
            L("14", 14, E, P, "small_boat_deaths_crushed_or_drowned_inside_boats", YTD6 + "; found inside boats; " + SWC + ")", ctx="We found 14 people"),
            L("312", 312, E, P, "smuggling_arrests", "2025 (suspected smuggling offences; National Crime Agency)"),
            L("25%", 25, E, PCT, "smuggling_arrests_change", "2025 vs 2024 (National Crime Agency)"),
            L("11,400", 11400, E, P, "small_boat_launch_attempts_stopped_people", "January to July 2026 (French officers)", geo=FR),
            L("four", 4, E, P, "rwanda_relocations", "2022 to July 2024 (volunteers sent to Kigali; Home Office spokesman)"),
            L("doubled", 2, E, RATIO, "nca_officers_organised_immigration_crime_ratio", "August 2026 vs July 2024 (since July 2024; Home Office spokesman)"),
        ]),
    "07-the-autonomist-asylum-support-allowance-what-it-buys": dict(
        meta=dict(url="https://www.theautonomist.example/news/uk/home-news/asylum-allowance-49-18-frozen-what-it-buys-b2917735.html",
                  title="£49.18 a week: what the asylum allowance buys, and what it doesn't",
                  publisher="The Autonomist", author="Leah Armitage-Nkemelu", published_date="2026-10-20"),
        labels=[
            L("£49.18", 49.18, E, GBP, WA_, NOW7 + "; headline)", occ=0),
            L("£49.18", 49.18, E, GBP, WA_, NOW7 + ")", occ=1),
            L("£8.86", 8.86, E, GBP, WA_ + "_catered", "per week, from October 2026 (hotels, where food is supplied)"),
            L("£7.03", 7.03, E, GBP, "asylum_support_daily_allowance", "per day, from October 2026 (the payment works out at)"),
            L("£49.18", 49.18, E, GBP, WA_, NOW7 + "; taken to a discount supermarket)", occ=2),
            L("£31.74", 31.74, E, GBP, "basic_shopping_basket_cost", "October 2026 (a basket of basics at a discount supermarket)", geo=MID),
            L("£17.50", 17.50, E, GBP, "bus_ticket_weekly_cost", "per week, October 2026 (a weekly bus ticket in the town)", geo=MID),
            L("6p", 0.06, E, GBP, WA_ + "_shortfall_after_food_and_bus", "per week, October 2026 (the basket and the bus ticket together)", geo=MID),
            L("24%", 24, E, PCT, WA_ + "_change", "June 2020 to October 2026 (since June 2020)"),
            L("£39.63", 39.63, E, GBP, WA_, "per week, June 2020"),
            L("about 31%", 31, AP, PCT, "food_prices_change", "June 2020 to 2026 (over the same period; Office for National Statistics)"),
            L("£51.92", 51.92, E, GBP, WA_ + "_if_indexed_to_food_prices", "per week, October 2026 (had the rate kept pace with food prices)"),
            L("99,800", 99800, E, P, ASP, J26 + "; across the UK)"),
            L("27,400", 27400, E, P, HOT, J26 + ")"),
            L("3,140", 3140, E, P, ASP, J26 + ")", geo=WA),
            L("2,260", 2260, E, P, ASP, J26 + ")", geo=NI),
            L("£289m", 289e6, E, GBP, AC, "2025/26 (April 2025 to March 2026; cash allowances)"),
            L("about 7%", 7, AP, PCT, "asylum_cost_share_cash_allowances", "2025/26 (of the asylum support bill)"),
            L("£4.2bn", 4.2e9, E, GBP, AC, "2025/26 (spent on asylum support)"),
            L("1,340", 1340, E, P, "permission_to_work_grants", "2025 (last year)"),
            L("412", 412, E, P, "poll_sample_size", "2026 (people on asylum support surveyed; " + KTN + ")", geo="North East"),
            L("nearly nine in 10", 90, ALM, PCT, "asylum_support_recipients_share_skipped_meals", "September to October 2026 (in the past month; " + KTN + ")", geo="North East"),
            L("One in three", THIRD, E, PCT, "asylum_support_recipients_share_missed_appointments_fares", "2026 (could not pay the fare; director, Kitchen Table Network)", geo="North East"),
            L("Some 68%", 68, AP, PCT, "asylum_support_recipients_share_weekly_food_bank", "2026 (rely on a food bank every week; director, Kitchen Table Network)", geo="North East"),
            L("£49.18", 49.18, E, GBP, WA_, NOW7 + "; a man from Sudan waiting for a decision)", occ=3),
            L("over £4bn", 4e9, MT, GBP, AC, "per year, 2026 (asylum accommodation and support; Home Office spokesperson)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
