#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the thirtieth hand-labelled hold-out set (holdout30).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, EUR, PPB, HOTELS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT)

RET, IMM, EMI = "returns", "immigration", "emigration"
APPS, BL, BLA = "asylum_applications", "asylum_backlog", "asylum_backlog_appeals"
GRANTS_SHARE = "asylum_grants_share_initial_decisions"
SUPPORT, HOTELS_N = "asylum_support_population", "asylum_hotels_in_use"
HOMELESS, CRHC = "refugees_homeless_after_leaving_asylum_support", "council_refugee_homelessness_cost"
HOSTCA = "council_areas_hosting_asylum_seekers"
RSC, RSP, PTR, REL = "rwanda_scheme_cost", "rwanda_scheme_planned_cost", "payment_to_rwanda", "rwanda_relocations"
POP, PC, PG, NMF, NMS = "population", "population_change", "population_growth", "net_migration_forecast", "net_migration_scenario"
HH, CA = "other:households", "other:council_areas"
FR, RW, WAL, SCO, NI, ENG = "France", "Rwanda", "Wales", "Scotland", "Northern Ireland", "England"

# periods
EM26, EM25 = "end of March 2026", "end of March 2025"
EJ26, EJ25, EJ24 = "end of June 2026", "end of June 2025", "end of June 2024"
ES26, ES25 = "end of September 2026", "end of September 2025"
YJ26, YJ25 = "year ending June 2026", "year ending June 2025"
YS26, YS25 = "year ending September 2026", "year ending September 2025"
FY27, FY26, FY25, FY24 = "2026/27 financial year", "2025/26 financial year", "2024/25 financial year", "2023/24 financial year"
HO_MAY = " (Home Office, published 21 May 2026)"
HO_AUG = " (Home Office, published Thursday 27 August 2026)"
HO_NOV = " (Home Office, published 26 November 2026)"
RW_LIFE = "life of the scheme (April 2022 to July 2024)"
RW_FINAL = "final total cost of the scheme (April 2022 to July 2024, with wind-down costs)"
SAT = "Saturday 19 September 2026 (yesterday)"
YTD06, YTD06_25 = "1 January to 19 September 2026 (the year so far)", "1 January to 19 September 2025 (same date last year)"
PROJ = "mid-2024 to mid-2034 (ONS 2024-based projections, published Wednesday 21 October 2026)"
PILOT = "since the UK-France agreement began (18 September 2025)"

ARTICLES = {
    "01-tywi-valley-journal-pa-wales-councils-asylum-dispersal": dict(
        meta=dict(url="https://www.tywivalleyjournal.example/news/wales/welsh-councils-count-cost-asylum-dispersal-reaches-more-towns-5519034",
                  title="Welsh councils count the cost as asylum dispersal reaches more towns",
                  publisher="The Tywi Valley Journal (PA)", author="Carys Pemberton-Oyelaran", published_date="2026-06-04"),
        labels=[
            L("More than 3,200", 3200, MT, P, SUPPORT, EM26 + " (standfirst)", geo=WAL),
            L("14", 14, E, CA, HOSTCA, EM26 + " (local authority areas hosting asylum seekers; standfirst)", geo=WAL),
            L("690", 690, E, P, SUPPORT, EM26 + " (caption)", geo="Newport", occ=0),
            L("nearly 13%", 13, ALM, PCT, SUPPORT + "_change", EM26 + " vs " + EM25 + " (in a year)", geo=WAL),
            L("3,240", 3240, E, P, SUPPORT, EM26 + HO_MAY, geo=WAL),
            L("2,870", 2870, E, P, SUPPORT, EM25 + " (twelve months before)", geo=WAL),
            L("about 3%", 3, AP, PCT, "asylum_support_population_share_wales", EM26),
            L("103,100", 103100, E, P, SUPPORT, EM26),
            L("roughly 4.6%", 4.6, AP, PCT, "population_share_wales_of_uk", "now (latest population estimates)"),
            L("1,210", 1210, E, P, SUPPORT, EM26 + " (the most in Wales)", geo="Cardiff"),
            L("780", 780, E, P, SUPPORT, EM26, geo="Swansea"),
            L("690", 690, E, P, SUPPORT, EM26, geo="Newport", occ=1),
            L("330", 330, E, P, SUPPORT, EM26, geo="Wrexham"),
            L("doubled", 2, E, RATIO, SUPPORT + "_ratio", EM26 + " vs 2024", geo="Wrexham"),
            L("ten", 10, E, CA, HOSTCA, EM26 + " (further councils hosting asylum seekers since full dispersal, besides the four cities)", geo=WAL),
            L("230", 230, E, P, SUPPORT, EM26 + " (the ten further councils together)", geo=WAL),
            L("two", 2, E, HOTELS, HOTELS_N, EM26, ctx="Only two hotels", geo=WAL),
            L("310", 310, E, P, HOT, EM26, geo=WAL),
            L("1,140", 1140, E, HH, HOMELESS, FY26 + " (the 12 months to March 2026; newly recognised refugee households seeking homelessness help)", geo=WAL),
            L("nearly four times", 4, ALM, RATIO, HOMELESS + "_ratio", FY26 + " vs " + FY24, geo=WAL),
            L("295", 295, E, HH, HOMELESS, FY24 + " (year to March 2024, two years earlier)", geo=WAL),
            L("£1.9m", 1.9e6, E, GBP, "council_asylum_cost", FY26 + " (asylum seekers and newly recognised refugees; WLGA spokesperson)", geo="Newport"),
            L("£640,000", 640000, E, GBP, "council_asylum_grant", FY26 + " (from the Home Office)", geo="Newport"),
            L("almost £1.3m", 1.3e6, ALM, GBP, "council_asylum_cost_shortfall", FY26 + " (in one year; WLGA spokesperson)", geo="Newport"),
            V("millions of pounds", 2e6, 9e6, GBP, "council_asylum_cost_shortfall", FY26 + " (councils across Wales; WLGA spokesperson)", geo=WAL),
            L("£3,500", 3500, E, GBP, "council_asylum_grant", "per new dispersal bed (Home Office payment to councils; WLGA spokesperson)"),
            L("£450,000", 450000, E, GBP, CRHC, "agreed Monday 1 June 2026 (extra emergency accommodation for refugee families; cabinet)", geo="Cardiff"),
            L("£2.4m", 2.4e6, E, GBP, "welsh_government_refugee_move_on_funding", FY27 + " (this year; Welsh Government spokeswoman)", geo=WAL),
            L("almost half", -50, ALM, PCT, HOTELS_N + "_change", "since the general election (July 2024) to June 2026 (Home Office)"),
            L("22%", -22, E, PCT, HOT + "_change", EM26 + " vs " + EM25 + " (in the year to March; Home Office)"),
        ]),
    "02-lucid-explainer-asylum-statistics-year-to-june": dict(
        meta=dict(url="https://www.lucidnews.example/news/politics/asylum-claims-fall-appeals-queue-growing-home-office-figures-explained-3392871",
                  title="Asylum claims fall 15% but the appeals queue keeps growing: what the latest Home Office figures show",
                  publisher="Lucid", author="Tomasz Albrighton-Kaur", published_date="2026-08-28"),
        labels=[
            L("15%", -15, E, PCT, APPS + "_change", YJ26 + " vs " + YJ25 + " (headline)", occ=0),
            L("almost halved", -50, ALM, PCT, BL + "_change", EJ26 + " vs " + EJ25 + " (wait for a first decision; standfirst)"),
            # key numbers box
            L("94,600", 94600, E, P, APPS, YJ26 + " (the 12 months to June; key numbers)", occ=0),
            L("38%", 38, E, PCT, GRANTS_SHARE, YJ26 + " (key numbers)", occ=0),
            L("51,200", 51200, E, P, BL, EJ26 + " (awaiting a first decision; key numbers)", occ=0),
            L("64,300", 64300, E, P, BLA, EJ26 + " (appeals waiting to be heard; key numbers)", occ=0),
            L("23,100", 23100, E, P, HOT, EJ26 + " (key numbers)", occ=0),
            # body
            L("94,600", 94600, E, P, APPS, YJ26 + HO_AUG, occ=1),
            L("15%", -15, E, PCT, APPS + "_change", YJ26 + " vs " + YJ25, occ=1),
            L("111,100", 111100, E, P, APPS, YJ25 + " (previous 12 months; highest on record)"),
            L("About two in five", 40, AP, PCT, "asylum_applications_share_small_boat", YJ26 + " (claims from people who arrived on small boats)"),
            L("Roughly one in five", 20, AP, PCT, "asylum_applications_share_visa_holders", YJ26 + " (claims from people who arrived on a work, study or visitor visa)"),
            L("126,500", 126500, E, P, "asylum_initial_decisions", YJ26),
            L("48,070", 48070, E, P, "asylum_grants", YJ26 + " (refugee status or other protection at initial decision)"),
            L("38%", 38, E, PCT, GRANTS_SHARE, YJ26 + " (grant rate)", occ=1),
            L("48%", 48, E, PCT, GRANTS_SHARE, YJ25 + " (grant rate, a year earlier)"),
            L("51,200", 51200, E, P, BL, EJ26 + " (in the queue for an initial decision)", occ=1),
            L("90,800", 90800, E, P, BL, EJ25 + " (a year before)"),
            L("44%", -44, E, PCT, BL + "_change", EJ26 + " vs " + EJ25),
            L("64,300", 64300, E, P, BLA, EJ26 + " (appeals in the First-tier Tribunal's queue)", occ=1),
            L("more than a quarter", 25, MT, PCT, BLA + "_change", EJ26 + " vs " + EJ25),
            L("51,000", 51000, E, P, BLA, EJ25 + " (twelve months earlier)"),
            L("100,400", 100400, E, P, SUPPORT, EJ26),
            L("23,100", 23100, E, P, HOT, EJ26, occ=1),
            L("28%", -28, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25),
            L("32,060", 32060, E, P, HOT, EJ25 + " (a year earlier)"),
            L("109", 109, E, HOTELS, HOTELS_N, EJ26 + " (Home Office)"),
            L("around 210", 210, AP, HOTELS, HOTELS_N, "summer 2024"),
            L("£4.1bn", 4.1e9, E, GBP, AC, FY26 + " (asylum support; Home Office annual accounts, published July 2026)"),
            L("£4.7bn", 4.7e9, E, GBP, AC, FY25 + " (asylum support; the year before)"),
            L("38,020", 38020, E, P, SBA, YJ26),
            L("12%", -12, E, PCT, SBA + "_change", YJ26 + " vs " + YJ25),
            L("36,900", 36900, E, P, RET, YJ26),
            L("5%", 5, E, PCT, "returns_change", YJ26 + " vs " + YJ25),
            L("9,640", 9640, E, P, RET, YJ26 + " (enforced returns)"),
            L("1,270", 1270, E, P, RET, PILOT + " to the end of June 2026 (one in, one out pilot)", geo=FR),
            L("below 30,000", 30000, LT, P, "asylum_backlog_target", "by spring 2027 (next spring; ministers' aim for the initial decision queue)"),
        ]),
    "03-parapet-blog-rwanda-scheme-final-bill": dict(
        meta=dict(url="https://www.theparapet.example/coffee-room/rwandas-final-bill-738m-for-four-volunteers",
                  title="Rwanda's final bill: £738m for four volunteers",
                  publisher="The Parapet", author="Hugo Farrant-Adebayo", published_date="2026-07-17"),
        labels=[
            L("£738m", 738e6, E, GBP, RSC, RW_FINAL + " (headline)", occ=0),
            L("four", 4, E, P, REL, RW_LIFE + " (all volunteers; headline)", ctx="for four volunteers"),
            L("£738m", 738e6, E, GBP, RSC, RW_FINAL + " (Home Office accounts for 2025-26, published Thursday 16 July 2026)", occ=1),
            L("£23m", 23e6, E, GBP, "rwanda_scheme_cost_revision", "final total vs the figure ministers quoted at cancellation, July 2024 (wind-down costs)"),
            L("£715m", 715e6, E, GBP, RSC, "total cost as quoted by ministers when the deal was cancelled (July 2024)"),
            L("four", 4, E, P, REL, RW_LIFE + " (all voluntary)", ctx="four people went to Kigali"),
            L("£184.5m", 184.5e6, E, GBP, RSC, "per person relocated, " + RW_FINAL),
            L("£290m", 290e6, E, GBP, PTR, RW_LIFE + " (paid to the Rwandan government)"),
            L("£100m", 100e6, E, GBP, PTR, "payments due in 2025 and 2026, cancelled"),
            L("£541m", 541e6, E, GBP, RSP, "for the first 300 people relocated (NAO estimate, March 2024)"),
            L("300", 300, E, P, "rwanda_relocations_planned", "first relocations costed by the NAO (March 2024)"),
            L("45,774", 45774, E, P, SBA, "2022 (the year the deal was signed)"),
            L("more than a third", -THIRD, MT, PCT, SBA + "_change", "2023 vs 2022"),
            L("29,437", 29437, E, P, SBA, "2023"),
            L("36,816", 36816, E, P, SBA, "2024"),
            L("41,580", 41580, E, P, SBA, "2025 (last year)"),
            L("more than 80,000", 80000, MT, P, SBA, "April 2022 to July 2024 (life of the partnership)"),
            L("Four", 4, E, P, REL, RW_LIFE, ctx="Four relocations"),
            L("roughly 0.005 per cent", 0.005, AP, PCT, "rwanda_relocations_share_of_small_boat_arrivals", "April 2022 to July 2024 (relocations as a share of crossings)"),
            V("Hundreds", 200, 900, P, "rwanda_scheme_staff", RW_LIFE + " (officials who worked on the scheme)"),
            L("5,700", 5700, E, P, "rwanda_removal_candidates_identified", "by spring 2024 (identified for the first flights)"),
            L("about 2,100", 2100, AP, P, "rwanda_removal_cohort_reporting", "spring 2024 (still reporting to the Home Office)"),
            L("€20,000", 20000, E, EUR, "eu_solidarity_contribution", "per asylum seeker a member state declines to take in (Pact on Migration and Asylum, 2026)", geo="EU"),
            L("about 14 million", 14e6, AP, P, POP, "now, 2026", geo=RW),
            L("£738m", 738e6, E, GBP, RSC, RW_FINAL, occ=2),
            L("about 18 per cent", 18, AP, PCT, "rwanda_scheme_cost_share_of_annual_asylum_cost", RW_FINAL + " vs asylum support spending in 2025-26"),
            L("£4.1bn", 4.1e9, E, GBP, AC, FY26 + " (asylum support; Home Office accounts)"),
            L("£738m", 738e6, E, GBP, RSC, RW_FINAL, occ=3),
        ]),
    "04-broomielaw-herald-glasgow-scotland-asylum-support": dict(
        meta=dict(url="https://www.broomielawherald.example/news/politics/26114958.glasgow-houses-nearly-three-quarters-scotlands-asylum-seekers/",
                  title="Glasgow houses nearly three-quarters of Scotland's asylum seekers as refugee homelessness soars",
                  publisher="The Broomielaw Herald", author="Eilidh Strachan-Mwangi", published_date="2026-09-07"),
        labels=[
            L("nearly three-quarters", 75, ALM, PCT, "asylum_support_population_share_glasgow", EJ26 + " (headline)", geo=SCO),
            L("£16.2m", 16.2e6, E, GBP, CRHC, FY26 + " (emergency housing for refugees, last year; standfirst)", geo="Glasgow", occ=0),
            L("£4.3m", 4.3e6, E, GBP, "council_asylum_grant", FY26 + " (from the Home Office; standfirst)", geo="Glasgow", occ=0),
            L("2,940", 2940, E, HH, HOMELESS, FY26 + " (last year; caption)", geo="Glasgow", occ=0),
            L("3,560", 3560, E, P, SUPPORT, EJ26 + HO_AUG, geo="Glasgow"),
            L("4,870", 4870, E, P, SUPPORT, EJ26, geo=SCO),
            L("73%", 73, E, PCT, "asylum_support_population_share_glasgow", EJ26, geo=SCO),
            L("290", 290, E, P, SUPPORT, EJ26, geo="Edinburgh"),
            L("240", 240, E, P, SUPPORT, EJ26, geo="Aberdeen"),
            L("160", 160, E, P, SUPPORT, EJ26, geo="Falkirk"),
            L("620", 620, E, P, SUPPORT, EJ26 + " (the remaining council areas together)", geo=SCO),
            L("more than a dozen", 12, MT, CA, HOSTCA, EJ26 + " (other council areas hosting asylum seekers)", geo=SCO),
            L("less than one in twenty", 5, LT, PCT, "asylum_support_population_share_scotland", EJ26),
            L("100,400", 100400, E, P, SUPPORT, EJ26),
            L("about 8%", 8, AP, PCT, "population_share_scotland_of_uk", "now (latest population estimates)"),
            L("11%", -11, E, PCT, SUPPORT + "_change", EJ26 + " vs " + EJ24, geo="Glasgow"),
            L("4,010", 4010, E, P, SUPPORT, EJ24 + " (two years earlier)", geo="Glasgow"),
            L("Three", 3, E, HOTELS, HOTELS_N, EJ26, ctx="Three hotels", geo="Glasgow"),
            L("about 480", 480, AP, P, HOT, EJ26, geo="Glasgow"),
            L("2,940", 2940, E, HH, HOMELESS, FY26 + " (homeless applications by refugee households; council report)", geo="Glasgow", occ=1),
            L("83%", 83, E, PCT, HOMELESS + "_change", FY26 + " vs " + FY25, geo="Glasgow"),
            L("1,610", 1610, E, HH, HOMELESS, FY25, geo="Glasgow"),
            L("roughly one in four", 25, AP, PCT, "homelessness_presentations_share_refugees", FY26 + " (share of all homeless applications)", geo="Glasgow"),
            L("£16.2m", 16.2e6, E, GBP, CRHC, FY26 + " (temporary accommodation for refugee households)", geo="Glasgow", occ=1),
            L("£4.3m", 4.3e6, E, GBP, "council_asylum_grant", FY26 + " (Home Office contribution)", geo="Glasgow", occ=1),
            L("£11.9m", 11.9e6, E, GBP, "council_asylum_cost_shortfall", FY26, geo="Glasgow"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per person per week, now (Scottish Refugee Council)"),
            L("£8.86", 8.86, E, GBP, "asylum_support_weekly_allowance", "per person per week, now (hotels where meals are provided; Scottish Refugee Council)"),
            V("hundreds", 200, 900, P, "charity_service_users", "now, September 2026 (people sofa-surfing or sleeping in unsuitable places; Scottish Refugee Council)", geo=SCO),
            L("£4m", 4e6, E, GBP, "scottish_government_emergency_housing_funding", "2026 (this year; Holyrood's housing secretary)", geo="Glasgow"),
            L("23,100", 23100, E, P, HOT, EJ26 + " (when June ended; Home Office spokesperson)"),
            L("28%", -28, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (Home Office spokesperson)"),
        ]),
    "05-migration-borders-analysis-summary-year-ending-september-2026": dict(
        meta=dict(url="https://www.gov.uk.example/government/statistics/immigration-system-statistics-year-ending-september-2026/key-findings",
                  title="Immigration system statistics, year ending September 2026: key findings",
                  publisher="Migration and Borders Analysis (GOV.UK)", author=None, published_date="2026-11-26", license="Open Government Licence v3.0"),
        labels=[
            # key facts
            L("771,400", 771400, E, P, "visas_granted", YS26 + " (excluding visitor visas; key facts)"),
            L("11%", -11, E, PCT, "visas_granted_change", YS26 + " vs " + YS25 + " (excluding visitor visas)"),
            L("40,038", 40038, E, P, SBA, YS26 + " (key facts)", occ=0),
            L("5%", -5, E, PCT, SBA + "_change", YS26 + " vs " + YS25),
            L("26,940", 26940, E, P, "detention_entries", YS26 + " (key facts)", occ=0),
            L("14%", 14, E, PCT, "detention_entries_change", YS26 + " vs " + YS25, ctx="14% more"),
            L("38,600", 38600, E, P, RET, YS26 + " (key facts)", occ=0),
            L("9%", 9, E, PCT, "returns_change", YS26 + " vs " + YS25),
            # visas
            L("159,800", 159800, E, P, "visas_granted_work", YS26 + " (main applicants and dependants)"),
            L("31%", -31, E, PCT, "visas_granted_work_change", YS26 + " vs " + YS25),
            L("41,200", 41200, E, P, "visas_granted_skilled_worker", YS26 + " (main applicants)"),
            L("6,300", 6300, E, P, "visas_granted_health_care_worker", YS26 + " (main applicants)"),
            L("403,900", 403900, E, P, "visas_granted_study", YS26 + " (sponsored study, main applicants)"),
            L("2%", 2, E, PCT, "visas_granted_study_change", YS26 + " vs " + YS25),
            L("17,800", 17800, E, P, "visas_granted_study_dependants", YS26),
            L("88%", -88, E, PCT, "visas_granted_study_dependants_change", YS26 + " vs year ending June 2023 (peak)"),
            L("71,500", 71500, E, P, "visas_granted_family", YS26),
            L("2.18 million", 2.18e6, E, P, "visas_granted_visit", YS26),
            L("23%", 23, E, PCT, "visas_granted_share_india", YS26 + " (excluding visitor visas)"),
            # irregular migration
            L("46,020", 46020, E, P, "irregular_arrivals", YS26),
            L("40,038", 40038, E, P, SBA, YS26, occ=1),
            L("87%", 87, E, PCT, "small_boat_share_of_irregular_arrivals", YS26),
            L("785", 785, E, BOATS, SBC, YS26),
            L("51", 51, E, PPB, "small_boat_occupancy", YS26 + " (average per boat)"),
            # asylum
            L("91,200", 91200, E, P, APPS, YS26),
            L("14%", -14, E, PCT, APPS + "_change", YS26 + " vs " + YS25, ctx="14% fewer"),
            L("46,900", 46900, E, P, BL, ES26 + " (awaiting an initial decision)"),
            L("43%", -43, E, PCT, BL + "_change", ES26 + " vs " + ES25),
            L("36%", 36, E, PCT, GRANTS_SHARE, YS26 + " (grant rate at initial decision)"),
            L("99,100", 99100, E, P, SUPPORT, ES26),
            L("21,400", 21400, E, P, HOT, ES26),
            L("22%", 22, E, PCT, "asylum_support_share_hotels", ES26),
            # detention
            L("26,940", 26940, E, P, "detention_entries", YS26, occ=1),
            L("2,410", 2410, E, P, "detention_population", ES26),
            L("17%", 17, E, PCT, "detention_population_change", ES26 + " vs " + ES25),
            L("58%", 58, E, PCT, "detention_leavers_share_returned", YS26),
            L("Three in four", 75, E, PCT, "detention_leavers_share_held_28_days_or_less", YS26),
            # returns
            L("38,600", 38600, E, P, RET, YS26, occ=1),
            L("10,250", 10250, E, P, RET, YS26 + " (enforced returns)"),
            L("24,900", 24900, E, P, RET, YS26 + " (voluntary returns)"),
            L("3,450", 3450, E, P, RET, YS26 + " (port returns)"),
            L("12%", 12, E, PCT, "returns_foreign_national_offenders_change", YS26 + " vs " + YS25),
            L("5,680", 5680, E, P, "returns_foreign_national_offenders", YS26),
            L("1,930", 1930, E, P, RET, PILOT + " to the end of September 2026", geo=FR),
            L("1,780", 1780, E, P, "uk_france_legal_route_arrivals", PILOT + " to the end of September 2026"),
        ]),
    "06-daily-comet-channel-1014-migrants-17-boats": dict(
        meta=dict(url="https://www.dailycomet.example/news/politics/migrant-mayhem-1014-cross-channel-17-boats-33871046",
                  title="MIGRANT MAYHEM: 1,014 cross Channel in 17 boats on busiest day of year",
                  publisher="Daily Comet", author="Dean Hollinrake-Obi", published_date="2026-09-20"),
        labels=[
            L("1,014", 1014, E, P, SBA, SAT + " (headline)", occ=0),
            L("17", 17, E, BOATS, SBC, SAT + " (headline)", ctx="Channel in 17 boats"),
            L("MORE THAN 1,000", 1000, MT, P, SBA, SAT + " (standfirst)"),
            L("more than 50", 50, MT, P, SBA, SAT + " (brought ashore by one Border Force boat; caption)", geo="Dover"),
            L("1,014", 1014, E, P, SBA, SAT + " (busiest day of 2026 so far; Home Office)", occ=1),
            L("17", 17, E, BOATS, SBC, SAT, ctx="came over in 17 boats"),
            L("almost 60", 60, ALM, PPB, "small_boat_occupancy", SAT + " (per boat)"),
            L("961", 961, E, P, SBA, "Friday 12 June 2026 (previous high of 2026)"),
            L("12.9k", 12900, E, P, SBA, "since July, 1 July to 19 September 2026"),
            L("4,210", 4210, E, P, SBA, "August 2026 (last month)"),
            L("29,320", 29320, E, P, SBA, YTD06),
            L("around 4%", -4, AP, PCT, SBA + "_change", YTD06 + " vs " + YTD06_25),
            L("30,640", 30640, E, P, SBA, YTD06_25),
            L("41,580", 41580, E, P, SBA, "2025"),
            L("around 300", 300, AP, P, "small_boat_launch_attempts_stopped_people", SAT + " (French police, beaches near Dunkirk and Boulogne)", geo=FR),
            L("around £1.2m", 1.2e6, AP, GBP, "smuggling_revenue", SAT + " (smugglers' estimated takings from the crossings)"),
            L("At least 19", 19, AL, P, "small_boat_deaths", "1 January to 20 September 2026 (this year; French authorities)"),
            L("Almost 94,000", 94000, ALM, P, SBA, "since Labour came to power (5 July 2024) to 19 September 2026 (Shadow Home Secretary)"),
            L("more than 1,800", 1800, MT, P, RET, PILOT + " to 20 September 2026 (Home Office spokesman)", geo=FR),
            L("almost 37,000", 37000, ALM, P, RET, "in the last year, " + YJ26 + " (Home Office spokesman)"),
            L("more than half", 50, MT, PCT, "small_boat_arrivals_share_granted_protection", "now (end up recognised as refugees; refugee charity spokeswoman)"),
            L("More than a thousand", 1000, MT, P, SBA, SAT + " (Comet Says)"),
        ]),
    "07-latitude-long-read-population-projections-migration": dict(
        meta=dict(url="https://www.latitudemagazine.example/society/demography/the-72-million-question-ons-population-projections-migration",
                  title="The 72 million question",
                  publisher="Latitude", author="Imogen Achterberg-Nwosu", published_date="2026-10-28"),
        labels=[
            L("72 million", 72e6, E, P, POP, "mid-2034 (ONS 2024-based principal projection; headline)", occ=0),
            L("69.3 million", 69.3e6, E, P, POP, "mid-2024 (ONS)"),
            L("72 million", 72e6, E, P, POP, "mid-2034 (ONS 2024-based principal projection, published Wednesday 21 October 2026)", occ=1),
            L("75 million", 75e6, E, P, POP, "mid-2049 (ONS 2024-based principal projection)"),
            L("2.7 million", 2.7e6, E, P, PG, PROJ + " (principal projection)", occ=0),
            L("3.9%", 3.9, E, PCT, PC, PROJ + " (principal projection)"),
            L("72.5 million", 72.5e6, E, P, POP, "mid-2032 (2022-based projections, published January 2025)"),
            L("340,000", 340000, E, P, NMF, "per year, long-term assumption (ONS 2022-based projections)"),
            L("290,000", 290000, E, P, NMF, "per year, long-term assumption (ONS 2024-based projections)"),
            L("906,000", 906000, E, P, NM, "year ending June 2023 (peak)"),
            L("186,000", 186000, E, P, NM, "2025 (ONS estimate, May 2026)"),
            L("about a fifth", 0.2, AP, RATIO, NM + "_ratio", "2025 vs peak (year ending June 2023)"),
            L("829,000", 829000, E, P, IMM, "2025 (ONS estimate, May 2026)"),
            L("643,000", 643000, E, P, EMI, "2025 (ONS estimate, May 2026)"),
            L("about 6.8 million", 6.8e6, AP, P, "births", PROJ, occ=0),
            L("about 6.8 million", 6.8e6, AP, P, "deaths", PROJ, occ=1),
            L("close to zero", 0, AP, P, "population_natural_change", PROJ + " (births minus deaths over the decade)"),
            L("2.7 million", 2.7e6, E, P, PG, PROJ + " (pull quote)", occ=1),
            L("140,000", 140000, E, P, NMS, "per year, average over " + PROJ + " (low migration variant)"),
            L("70.7 million", 70.7e6, E, P, POP, "mid-2034 (low migration variant)"),
            L("440,000", 440000, E, P, NMS, "per year, average over " + PROJ + " (high migration variant)"),
            L("73.7 million", 73.7e6, E, P, POP, "mid-2034 (high migration variant)"),
            L("13.3 million", 13.3e6, E, P, "population_aged_65_and_over", "mid-2024"),
            L("almost one in five", 20, ALM, PCT, "population_share_aged_65_and_over", "mid-2024"),
            L("1.7 million", 1.7e6, E, P, "population_aged_85_and_over", "mid-2024"),
            L("3.2 million", 3.2e6, E, P, "population_aged_85_and_over", "mid-2049 (projected)"),
            L("nearly double", 2, ALM, RATIO, "population_aged_85_and_over_ratio", "mid-2049 (projected) vs mid-2024"),
            L("4.3%", 4.3, E, PCT, PC, PROJ, geo=ENG),
            L("2.4%", 2.4, E, PCT, PC, PROJ, geo=WAL),
            L("1.5%", 1.5, E, PCT, PC, PROJ, geo=NI),
            L("1.0%", 1.0, E, PCT, PC, PROJ, geo=SCO),
            L("about 450 million", 450e6, AP, P, POP, "now (2026)", geo="EU"),
            L("roughly one in six", 100 / 6, AP, PCT, "population_share_born_abroad", "2021 (census)", geo=EW),
            L("100,000", 100000, E, P, "obr_net_migration_assumption_shortfall", "per year below the forecast (OBR scenario, March 2026)"),
            L("about £8bn", 8e9, AP, GBP, "public_finances_effect_lower_migration", "by the end of the decade, 2030 (added borrowing; OBR, March 2026)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
