#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the thirty-second hand-labelled hold-out set (holdout32).

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
NMF, NMR = "net_migration_forecast", "net_migration_revision"
APPS, BL, BLA, BLT = "asylum_applications", "asylum_backlog", "asylum_backlog_appeals", "asylum_backlog_including_appeals"
RSC, RSP, PTR, REL = "rwanda_scheme_cost", "rwanda_scheme_planned_cost", "payment_to_rwanda", "rwanda_relocations"
SW, HCW, CW = "visas_granted_skilled_worker", "visas_granted_health_care_worker", "visas_granted_care_worker"
WDEP, STUDY, SDEP = "visas_granted_skilled_worker_dependants", "visas_granted_study", "visas_granted_study_dependants"
RES, RGRANT, RCOST, RGAP = "resettlement_arrivals", "council_resettlement_grant", "council_resettlement_cost", "council_resettlement_cost_shortfall"
POP, PFE = "population", "public_finances_effect_lower_migration"
TAX = "income_tax_nics_paid_non_uk_nationals"
DEMO, ARRESTS = "protest_attendance", "protest_arrests"
HH, VAC, VIEWS, PROV = "other:households", "other:vacancies", "other:views", "other:providers"
FR, RW, WAL, SCO, NI, ENG, YH = "France", "Rwanda", "Wales", "Scotland", "Northern Ireland", "England", "Yorkshire and the Humber"
HOME = "Moorcroft House, Skipton"
HLH = "Harcourt Lodge Hotel, Wexley"

# periods
YM26, YM25 = "year ending March 2026", "year ending March 2025"
YJ26, YJ25, YJ24 = "year ending June 2026", "year ending June 2025", "year ending June 2024"
EJ26, EJ25, EJ24 = "end of June 2026", "end of June 2025", "end of June 2024"
FY27, FY26, FY25 = "2026/27 financial year", "2025/26 financial year", "2024/25 financial year"
Y25 = "2025 (calendar year; ONS provisional estimate, published Thursday 21 May 2026)"
HO_MAY = " (Home Office, published Thursday 21 May 2026)"
HO_AUG = " (Home Office, published Thursday 20 August 2026)"
SAT = "Saturday 8 August 2026 (yesterday)"
YTD02, YTD02_25 = "1 January to 8 August 2026 (so far this year)", "1 January to 8 August 2025 (same point last year)"
PILOT = "18 September 2025 (first return flight under the UK-France agreement) to the end of June 2026"
RW_LIFE = "life of the scheme (April 2022 to July 2024)"
OBR_NOV = "OBR Economic and fiscal outlook, published Wednesday 25 November 2026"
AFG = " (Afghan resettlement schemes, ARAP and ACRS, since 2021)"
PROTEST = "Saturday 12 September 2026 (protest outside the Harcourt Lodge Hotel)"

ARTICLES = {
    "01-gist-explainer-why-net-migration-fell-visas": dict(
        meta=dict(url="https://www.gist.example/news/politics/net-migration-163000-why-it-fell-visa-routes-explained-4471902",
                  title="Net migration has dropped to 163,000. Here's why, visa route by visa route",
                  publisher="Gist", author="Priyanka Hallworth-Eze", published_date="2026-05-22"),
        labels=[
            L("163,000", 163000, E, P, NM, Y25 + " (headline)", occ=0),
            L("under a fifth", 0.2, LT, RATIO, NM + "_ratio", "2025 vs peak, year ending June 2023 (standfirst)"),
            L("163,000", 163000, E, P, NM, Y25, occ=1),
            L("less than half", 0.5, LT, RATIO, NM + "_ratio", "2025 vs 2024 (revised)"),
            L("345,000", 345000, E, P, NM, "2024 (calendar year; revised, May 2026)"),
            L("906,000", 906000, E, P, NM, "year ending June 2023 (peak, mid-2023)"),
            L("less than a fifth", 0.2, LT, RATIO, NM + "_ratio", "2025 vs peak, year ending June 2023"),
            L("798,000", 798000, E, P, IMM, Y25),
            L("635,000", 635000, E, P, EMI, Y25, occ=0),
            L("183,000", 183000, E, P, "immigration_work_non_eu", "2025 (calendar year)"),
            L("296,000", 296000, E, P, "immigration_work_non_eu", "2024 (calendar year; the previous year)"),
            L("38 per cent", -38, E, PCT, "immigration_work_non_eu_change", "2025 vs 2024"),
            L("46,200", 46200, E, P, SW, YM26 + " (main applicants)" + HO_MAY),
            L("74,500", 74500, E, P, SW, YM25 + " (main applicants; twelve months before)"),
            L("72 per cent", -72, E, PCT, HCW + "_change", YM26 + " vs " + YM25 + " (main applicants)"),
            L("6,900", 6900, E, P, HCW, YM26 + " (main applicants)"),
            L("around three-fifths", -60, AP, PCT, WDEP + "_change", YM26 + " vs " + YM25 + " (partners and children of work migrants)"),
            L("41,700", 41700, E, P, WDEP, YM26 + " (partners and children of work migrants)"),
            L("294,000", 294000, E, P, "immigration_study_non_eu", "2025 (calendar year)"),
            L("more than two in five", 40, MT, PCT, "immigration_share_study_non_eu", "2025 (share of non-EU immigration)"),
            L("652,000", 652000, E, P, "immigration_non_eu", "2025 (calendar year)"),
            L("3 per cent", 3, E, PCT, STUDY + "_change", YM26 + " vs " + YM25 + " (sponsored study, main applicants)"),
            L("404,800", 404800, E, P, STUDY, YM26 + " (sponsored study, main applicants)"),
            L("16,900", 16900, E, P, SDEP, YM26),
            L("roughly an eighth", 0.125, AP, RATIO, SDEP + "_ratio", YM26 + " vs the 2023 peak"),
            L("635,000", 635000, E, P, EMI, "2025 (last year)", occ=1),
            L("314,000", 314000, E, P, "emigration_non_eu", "2025 (last year)"),
            L("roughly two in five", 40, AP, PCT, "emigration_non_eu_share_former_study", "2025 (non-EU emigrants who first came to study)"),
            L("114,000", -114000, E, P, "net_migration_british_nationals", "2025 (calendar year; minus 114,000)"),
            L("61,000", -61000, E, P, "net_migration_eu", "2025 (calendar year; minus 61,000)"),
            L("338,000", 338000, E, P, "net_migration_non_eu", "2025 (calendar year)"),
            L("70,300", 70300, E, P, "visas_granted_family", YM26 + " (broadly flat)"),
            L("79,000", 79000, E, P, "immigration_humanitarian_non_eu", "2025 (calendar year; an estimated)"),
            R("94,000 to 231,000", 94000, 231000, P, NM, Y25 + " (range around the central estimate)"),
            L("431,000", 431000, E, P, NM, "2024 (calendar year; first estimate, May 2025)"),
            L("some 86,000", -86000, AP, P, NMR, "2024 (current vs first estimate; revised down)"),
            L("50,000 or so", -50000, AP, P, NM + "_change", "by 2029 (further reduction from settlement and other rules; ministers)"),
            L("315,000", 315000, E, P, NMF, "per year, long-run assumption (OBR March 2026 forecast)"),
            L("almost double", 2, ALM, RATIO, NMF + "_ratio", "OBR March 2026 long-run assumption vs 2025 estimate"),
        ]),
    "02-daily-rocket-record-day-1372-channel-crossings": dict(
        meta=dict(url="https://www.dailyrocket.example/news/uk/record-day-1372-migrants-cross-channel-single-day-30418875",
                  title="RECORD DAY: 1,372 migrants cross Channel in single day",
                  publisher="Daily Rocket", author="Kayleigh Marchbank-Osei", published_date="2026-08-09"),
        labels=[
            L("1,372", 1372, E, P, SBA, SAT + " (headline)", occ=0),
            L("21", 21, E, BOATS, SBC, SAT + " (standfirst)", ctx="as 21 dinghies"),
            L("around 70", 70, AP, P, SBA, SAT + " (brought into Dover by one Border Force cutter; caption)", geo="Dover"),
            L("1,372", 1372, E, P, SBA, SAT + " (the most ever in a single day; Home Office)", occ=1),
            L("21", 21, E, BOATS, SBC, SAT, ctx="piled into 21 small boats"),
            L("65", 65, E, PPB, "small_boat_occupancy", SAT + " (average per dinghy)"),
            L("1,295", 1295, E, P, SBA, "Monday 22 August 2022 (previous record day)"),
            L("24,872", 24872, E, P, SBA, YTD02),
            L("7.2k", 7200, E, P, SBA, "since the start of July, 1 July to 8 August 2026"),
            L("almost 5%", -5, ALM, PCT, SBA + "_change", YTD02 + " vs " + YTD02_25),
            L("26,130", 26130, E, P, SBA, YTD02_25),
            L("41,230", 41230, E, P, SBA, "2025"),
            L("around 400", 400, AP, P, "small_boat_launch_attempts_stopped_people", SAT + " (French officers, beaches between Calais and Dunkirk)", geo=FR),
            R("between €1,500 and €2,000", 1500, 2000, EUR, "smuggler_fee", "per seat, now (August 2026)", geo=FR),
            L("more than €2m", 2e6, MT, EUR, "smuggling_revenue", SAT + " (smugglers' takings from the day's crossings)", geo=FR),
            L("At least 23", 23, AL, P, "small_boat_deaths", "1 January to 9 August 2026 (this year)"),
            L("Almost 90,000", 90000, ALM, P, SBA, "since Labour took power (5 July 2024) to 8 August 2026 (Shadow Home Secretary)"),
            L("fewer than 1,200", 1200, LT, P, RET, "18 September 2025 to 8 August 2026 (UK-France deal; Shadow Home Secretary)", geo=FR),
            L("Over 35,000", 35000, MT, P, RET, "in the past year, " + YJ26 + " (Home Office spokesman)"),
            L("roughly two in three", 200 / 3, AP, PCT, "small_boat_arrivals_share_granted_protection", "now (later granted protection; refugee charity volunteer in Calais)"),
            L("1,372", 1372, E, P, SBA, SAT + " (Rocket Says)", occ=2),
        ]),
    "03-morgannwg-mail-welsh-councils-resettlement-costs": dict(
        meta=dict(url="https://www.morgannwgmail.example/news/wales-news/welsh-councils-refugee-resettlement-running-goodwill-29174460",
                  title="Welsh councils warn refugee resettlement is 'running on goodwill' as Home Office cuts funding",
                  publisher="The Morgannwg Mail", author="Rhodri Ellison-Mbeki", published_date="2026-10-13"),
        labels=[
            L("£3.8m", 3.8e6, E, GBP, RGAP, FY26 + " (last year; councils across Wales, WLGA survey; standfirst)", geo=WAL, occ=0),
            L("More than 1,800", 1800, MT, P, RES, "since 2021 (Afghans; caption)", geo=WAL),
            L("a quarter", -25, E, PCT, RGRANT + "_change", "from April 2027 (per person resettled; Home Office letter)", ctx="cut by a quarter the money"),
            L("£15,390", 15390, E, GBP, RGRANT, "per resettled refugee over three years, from April 2027 (next April)"),
            L("£20,520", 20520, E, GBP, RGRANT, "per resettled refugee over three years, until March 2027 (current tariff)"),
            L("£3.8m", 3.8e6, E, GBP, RGAP, FY26 + " (councils across Wales; WLGA survey)", geo=WAL, occ=1),
            L("£2.1m", 2.1e6, E, GBP, RGAP, FY25 + " (the year before; WLGA survey)", geo=WAL),
            L("1,870", 1870, E, P, RES, "since 2021 to October 2026" + AFG, geo=WAL),
            L("about 5%", 5, AP, PCT, "resettlement_arrivals_share_wales", "since 2021 to October 2026" + AFG),
            L("37,400", 37400, E, P, RES, "since 2021 to October 2026" + AFG),
            L("4.6%", 4.6, E, PCT, "population_share_wales_of_uk", "now (latest population estimates)"),
            L("3,400", 3400, E, P, RES, "since 2021 to October 2026" + AFG + " (Home Office)", geo=SCO),
            L("610", 610, E, P, RES, "since 2021 to October 2026" + AFG + " (Home Office)", geo=NI),
            L("about 8,100", 8100, AP, P, "immigration_ukraine", "since 2022 to October 2026 (people fleeing the war in Ukraine)", geo=WAL),
            L("nearly 3,000", 3000, ALM, P, "immigration_ukraine_supersponsor", "since 2022 to October 2026 (Welsh Government super sponsor scheme)", geo=WAL),
            L("£1.1m", 1.1e6, E, GBP, RCOST, FY26 + " (last year; housing, English classes and caseworkers)", geo="Cardiff"),
            L("£720,000", 720000, E, GBP, RGRANT, FY26 + " (received from the Home Office)", geo="Cardiff"),
            L("310", 310, E, P, RES, "since 2021 to October 2026 (through the resettlement schemes)", geo="Swansea"),
            L("around £400,000", 400000, AP, GBP, RGAP, FY26 + " (last year's gap; council officials)", geo="Swansea"),
            L("95", 95, E, P, RES, "since 2021 to October 2026 (through the resettlement schemes)", geo="Powys"),
            L("£31,000", 31000, E, GBP, RCOST, "per family over three years, average (WLGA survey)", geo="Powys"),
            L("more than 40 per cent", 40, MT, PCT, "private_rents_change", "since 2015 to 2026 (WLGA spokesperson for housing)", geo=WAL),
            L("a quarter", -25, E, PCT, RGRANT + "_change", "from April 2027 (WLGA spokesperson for housing)", ctx="Cut it by a quarter"),
            L("More than 11,000", 11000, MT, HH, "temporary_accommodation_households", EJ26, geo=WAL),
            L("£4.5m", 4.5e6, E, GBP, "welsh_government_resettlement_funding", FY27 + " (this year; Welsh Government spokesperson)", geo=WAL),
            L("more than 600,000", 600000, MT, P, "safe_legal_routes_arrivals", "since 2015 to October 2026 (Home Office spokesperson)"),
            L("1,150", 1150, E, P, RES, "2025 (last year; UK Resettlement Scheme)"),
            L("62", 62, E, P, RES, "2025 (last year; UK Resettlement Scheme)", geo=WAL),
        ]),
    "04-cheapside-times-obr-migration-public-finances": dict(
        meta=dict(url="https://www.cheapsidetimes.example/content/8b3f2e91-6c4d-4a7e-b0d2-91e5c7a4f3b8",
                  title="Falling migration opens £6.3bn hole in chancellor's Budget arithmetic",
                  publisher="Cheapside Times", author="Ines Castellano-Hurst", published_date="2026-11-26"),
        labels=[
            L("£6.3bn", 6.3e9, E, GBP, PFE, "2030-31 (added borrowing; OBR November 2026; headline)", occ=0),
            L("almost a fifth", -20, ALM, PCT, NMF + "_revision", "long-run assumption, November 2026 vs March 2026 (OBR; standfirst)"),
            L("£6.3bn", 6.3e9, E, GBP, PFE, "2030-31 (added borrowing; " + OBR_NOV + ")", occ=1),
            L("255,000", 255000, E, P, NMF, "per year, long-run assumption (" + OBR_NOV + ")"),
            L("315,000", 315000, E, P, NMF, "per year, long-run assumption (OBR March 2026 forecast)"),
            L("150,000", 150000, E, P, NMF, "2026 (" + OBR_NOV + ")", ctx="net migration of 150,000"),
            L("163,000", 163000, E, P, NM, "2025 (last year; ONS provisional estimate)"),
            # chart, values in thousands
            L("150", 150000, E, P, NMF, "2026 (OBR assumption; chart, '000)"),
            L("185", 185000, E, P, NMF, "2027 (OBR assumption; chart, '000)"),
            L("215", 215000, E, P, NMF, "2028 (OBR assumption; chart, '000)"),
            L("240", 240000, E, P, NMF, "2029 (OBR assumption; chart, '000)"),
            L("255", 255000, E, P, NMF, "2030 (OBR assumption; chart, '000)"),
            L("about 340,000", -340000, AP, P, "population_working_age_forecast_revision", "by 2030-31 (projected working-age population, November vs March forecast; OBR)"),
            L("about half", 50, AP, PCT, "trend_growth_forecast_revision_share_migration", "November 2026 forecast (share of the cut to trend growth due to lower migration; OBR)"),
            L("0.3 percentage point", -0.3, E, PCT, "trend_growth_forecast_revision", "November 2026 vs March 2026 forecast (OBR)"),
            L("1.2 per cent", 1.2, E, PCT, "trend_growth_forecast", "per year (OBR November 2026)"),
            L("£74.9bn", 74.9e9, E, GBP, TAX, "2024-25 financial year (income tax and national insurance; HMRC)"),
            L("16 per cent", 16, E, PCT, "income_tax_nics_share_non_uk_nationals", "2024-25 financial year (HMRC)"),
            L("£31.2bn", 31.2e9, E, GBP, TAX, "2024-25 financial year (EU nationals; HMRC)"),
            L("£43.7bn", 43.7e9, E, GBP, TAX, "2024-25 financial year (non-EU nationals; HMRC)"),
            L("about £390,000", 390000, AP, GBP, "fiscal_lifetime_contribution_migrant", "lifetime (migrant arriving at 25 on average wages; OBR modelling)"),
            L("roughly £150,000", -150000, AP, GBP, "fiscal_lifetime_contribution_migrant", "lifetime (migrant arriving on low pay; OBR modelling)"),
            L("£2.9bn", 2.9e9, E, GBP, "visa_fee_receipts", "2025-26 financial year (visa fees and immigration health surcharge; Home Office accounts)"),
            L("about £4.6bn", 4.6e9, AP, GBP, AC, FY27 + " (this year; asylum support forecast)"),
            L("£14.2bn", 14.2e9, E, GBP, "fiscal_headroom", "2030-31 (against the main fiscal rule, after the Budget of Wednesday 25 November 2026)"),
            L("more than two-fifths", 40, MT, PCT, "public_finances_effect_share_of_headroom", "2030-31 (lower migration's share of the headroom)"),
            L("about 69.7 million", 69.7e6, AP, P, POP, "mid-2025"),
            L("71.1 million", 71.1e6, E, P, POP, "2031 (OBR projection)"),
            L("16.8 per cent", 16.8, E, PCT, "population_share_born_abroad", "2021 (census)", geo=EW),
            L("13.4 per cent", 13.4, E, PCT, "population_share_born_abroad", "2011 (census, ten years before)", geo=EW),
        ]),
    "05-sourcewise-fact-check-asylum-backlog-returns-rwanda": dict(
        meta=dict(url="https://www.sourcewise.example/fact-checks/asylum-backlog-returns-rwanda-three-claims-checked/",
                  title="Halved backlog, collapsing returns and the Rwanda that never was: three claims checked",
                  publisher="Sourcewise", author="Femi Aldous-Ranganathan", published_date="2026-08-25"),
        labels=[
            L("Halved", -50, E, PCT, BL + "_change", "since the general election, " + EJ24 + " to " + EJ26 + " (the Home Secretary's claim; headline)"),
            # claims box
            L("more than halved", -50, MT, PCT, BL + "_change", "since the general election, July 2024, to now (Home Secretary's claim, Sunday 23 August 2026)"),
            V("tens of thousands", 20000, 90000, P, REL, "by now, had the scheme not been scrapped in July 2024 (Reform UK MP's claim on X)"),
            # verdict box
            L("almost three-fifths", -60, ALM, PCT, BL + "_change", EJ26 + " vs " + EJ24 + " (queue for a first decision; verdict)"),
            L("almost 70%", 70, ALM, PCT, BLA + "_change", EJ26 + " vs " + EJ24 + " (verdict)"),
            L("28%", 28, E, PCT, "returns_change", YJ26 + " vs " + YJ24 + " (the year before the election; verdict)", occ=0),
            L("Four", 4, E, P, REL, RW_LIFE + " (all voluntary; verdict)", ctx="Four people went to Rwanda"),
            # backlog
            L("More than halved", -50, MT, PCT, BL + "_change", "since the general election (Home Secretary's claim; crosshead)"),
            L("48,600", 48600, E, P, BL, EJ26 + " (no first decision)" + HO_AUG),
            L("118,880", 118880, E, P, BL, EJ24 + " (days before the general election)"),
            L("59%", -59, E, PCT, BL + "_change", EJ26 + " vs " + EJ24),
            L("69,300", 69300, E, P, BLA, EJ26 + " (First-tier Tribunal)"),
            L("40,900", 40900, E, P, BLA, EJ24 + " (two years before)"),
            L("159,780", 159780, E, P, BLT, EJ24 + " (initial decisions and appeals together)"),
            L("117,900", 117900, E, P, BLT, EJ26 + " (initial decisions and appeals together)"),
            L("about a quarter", -25, AP, PCT, BLT + "_change", EJ26 + " vs " + EJ24),
            L("97,300", 97300, E, P, APPS, YJ26 + " (the 12 months to June)"),
            L("12%", -12, E, PCT, APPS + "_change", YJ26 + " vs " + YJ25),
            # returns
            V("Tens of thousands", 20000, 90000, P, REL, "by now (Reform UK MP's claim; crosshead)"),
            L("35,960", 35960, E, P, RET, YJ26 + HO_AUG),
            L("13%", 13, E, PCT, "returns_change", YJ26 + " vs " + YJ25),
            L("31,820", 31820, E, P, RET, YJ25 + " (the previous 12 months)"),
            L("28%", 28, E, PCT, "returns_change", YJ26 + " vs " + YJ24, occ=1),
            L("28,140", 28140, E, P, RET, YJ24),
            L("9,470", 9470, E, P, RET, YJ26 + " (enforced returns)"),
            L("more than a quarter", 25, MT, PCT, "returns_share_enforced", YJ26),
            L("1,040", 1040, E, P, RET, PILOT, geo=FR),
            L("about 3.5%", 3.5, AP, PCT, "returns_share_of_small_boat_arrivals", PILOT, geo=FR),
            L("29,490", 29490, E, P, SBA, PILOT + " (same period)"),
            L("around 27%", 27, AP, PCT, "returns_share_of_return_orders", "2025 (people ordered to leave who were returned; European Commission)", geo="EU"),
            # Rwanda
            L("four", 4, E, P, REL, RW_LIFE + " (all volunteers)", ctx="In that time four people"),
            L("£715m", 715e6, E, GBP, RSC, "total cost to the taxpayer, " + RW_LIFE),
            L("£290m", 290e6, E, GBP, PTR, RW_LIFE + " (paid directly to the Rwandan government)"),
            L("300", 300, E, P, "rwanda_relocations_planned", "first relocations costed by the NAO (March 2024)"),
            L("£541m", 541e6, E, GBP, RSP, "for the first 300 people relocated (NAO estimate, March 2024)"),
            L("about 100", 100, AP, P, "rwanda_accommodation_capacity", "2022 to 2024 (hostel in Kigali readied for the first arrivals)", geo=RW),
            L("more than 80,000", 80000, MT, P, SBA, "April 2022 to July 2024 (same period as the Rwanda deal)"),
        ]),
    "06-pennine-herald-skipton-care-home-care-worker-visas": dict(
        meta=dict(url="https://www.pennineherald.example/news/health/skipton-care-home-fears-future-as-care-worker-visa-route-shuts-5123987",
                  title="'Without our overseas carers we would have to close': Skipton care home fears the future as visa route shuts",
                  publisher="The Pennine Herald", author="Bethan Ackroyd-Nwachukwu", published_date="2026-06-10"),
        labels=[
            L("Almost two in five", 40, ALM, PCT, "care_home_staff_share_overseas_recruits", "now, June 2026 (care staff on Health and Care Worker visas; standfirst)", geo=HOME),
            L("23", 23, E, P, "care_home_staff_overseas_recruits", "now, June 2026 (caption)", geo=HOME, occ=0),
            L("58", 58, E, P, "care_home_staff", "now, June 2026 (care staff; caption)", geo=HOME, occ=0),
            L("58", 58, E, P, "care_home_staff", "now, June 2026 (care staff)", geo=HOME, occ=1),
            L("23", 23, E, P, "care_home_staff_overseas_recruits", "now, June 2026 (came on Health and Care Worker visas)", geo=HOME, occ=1),
            L("61", 61, E, P, "care_home_residents", "now, June 2026", geo=HOME),
            L("Nine", 9, E, P, "care_home_visa_renewals_due", "2027 (next year)", geo=HOME),
            L("about £1,700", 1700, AP, GBP, "visa_renewal_cost", "per worker, 2027 (fees and charges paid by the home)", geo=HOME),
            L("2,140", 2140, E, P, CW, YM26 + " (care workers and senior care workers, main applicants)" + HO_MAY),
            L("82 per cent", -82, E, PCT, CW + "_change", YM26 + " vs " + YM25),
            L("11,800", 11800, E, P, CW, YM25 + " (twelve months earlier)"),
            L("more than 100,000", 100000, MT, P, CW, "2023"),
            L("131,000", 131000, E, VAC, "adult_social_care_vacancies", FY26 + " (Skills for Care estimate)", geo=ENG),
            L("7.9 per cent", 7.9, E, PCT, "adult_social_care_vacancy_share", FY26 + " (vacancy rate; Skills for Care)", geo=ENG),
            L("8.4 per cent", 8.4, E, PCT, "adult_social_care_vacancy_share", FY26 + " (vacancy rate; Skills for Care)", geo=YH),
            L("about one in twelve", 100 / 12, AP, PCT, "adult_social_care_workforce_share_international_recruits", "now, June 2026 (Skills for Care)", geo=YH),
            L("two", 2, E, VAC, "care_home_vacancies", "now, June 2026 (unfilled after six months of advertising)", geo=HOME, ctx="the home's two vacancies"),
            L("£13.10", 13.10, E, GBP, "care_worker_hourly_pay", "per hour, now (registered manager)", geo=HOME),
            L("£912", 912, E, GBP, "council_care_home_fee_weekly", "per week, average, now (residential place paid by the council)", geo="North Yorkshire"),
            L("closer to £1,150", 1150, AP, GBP, "care_home_cost_weekly", "per week, now (the home's costs per residential place)", geo=HOME),
            L("More than 470", 470, MT, PROV, "sponsor_licences_revoked_care_providers", "since July 2022 to June 2026"),
            V("thousands", 2000, 9000, P, "care_workers_displaced_by_licence_revocations", "since July 2022 to June 2026 (migrant workers needing new employers)"),
            L("more than £4bn", 4e9, MT, GBP, "adult_social_care_funding", "extra, by 2028-29 (Home Office spokesperson)", geo=ENG),
        ]),
    "07-britannia-now-wexley-asylum-hotel-protest-numbers": dict(
        meta=dict(url="https://www.britannianow.example/news/thousands-rally-wexley-asylum-hotel-police-crowd-650-217734",
                  title="Thousands rally outside Wexley asylum hotel, say organisers, as police put crowd at 'around 650'",
                  publisher="Britannia Now", author="Connor Lathbury-Adewale", published_date="2026-09-13"),
        labels=[
            V("Thousands", 2000, 9000, P, DEMO, PROTEST + " (organisers' claim; headline)", geo="Wexley"),
            L("around 650", 650, AP, P, DEMO, PROTEST + " (police estimate; headline)", geo="Wexley", occ=0),
            L("more than 2,000", 2000, MT, P, DEMO, PROTEST + " (organisers)", geo="Wexley"),
            L("around 650", 650, AP, P, DEMO, PROTEST + " (police estimate)", geo="Wexley", occ=1),
            L("240", 240, E, P, "police_officers_deployed", PROTEST + " (Essex Police)", geo="Wexley"),
            L("seven", 7, E, P, ARRESTS, PROTEST + " (Essex Police)", geo="Wexley"),
            L("five", 5, E, P, ARRESTS, PROTEST + " (public order offences)", geo="Wexley"),
            L("two", 2, E, P, ARRESTS, PROTEST + " (assaulting an emergency worker)", geo="Wexley", ctx="and two for assaulting"),
            L("Three", 3, E, P, "police_officers_injured", PROTEST, geo="Wexley"),
            L("about 400", 400, AP, P, DEMO, PROTEST + " (counter-protest; its organisers)", geo="Wexley"),
            L("roughly 150", 150, AP, P, DEMO, PROTEST + " (counter-protest; police estimate)", geo="Wexley"),
            L("well over 2,000", 2000, MT, P, DEMO, PROTEST + " (residents' group spokesman)", geo="Wexley"),
            L("38,000", 38000, E, P, POP, "now (residents' group spokesman)", geo="Wexley"),
            L("Ninety per cent", 90, E, PCT, "public_share_want_asylum_hotel_closed", "now (residents' group spokesman)", geo="Wexley"),
            L("around 140", 140, AP, P, HOT, "now, September 2026 (single men; local councillors)", geo=HLH),
            L("210", 210, E, P, HOT, "2025 (peak, last year; local councillors)", geo=HLH),
            L("one asylum seeker for every 270 or so", 100 / 270, AP, PCT, "asylum_support_population_share_of_residents", "now, September 2026", geo="Wexley"),
            L("4.1k", 4100, E, P, "petition_signatures", "to 13 September 2026 (petition calling for the hotel's closure)", geo="Wexley"),
            L("1.8m", 1.8e6, E, VIEWS, "social_media_post_views", "by Sunday morning, 13 September 2026 (footage of the protest on X)"),
            L("More than nine in ten", 90, MT, PCT, "asylum_grants_share_initial_decisions", "now (Sudanese and Eritrean applicants; counter-protest spokeswoman)"),
            L("More than 29,000", 29000, MT, P, SBA, "1 January to 12 September 2026 (this year; Reform UK leader)"),
            L("26,480", 26480, E, P, HOT, EJ26 + " (Home Office spokesperson)"),
            L("32,060", 32060, E, P, HOT, EJ25 + " (a year earlier; Home Office spokesperson)"),
            L("more than 200", 200, MT, HOTELS, "asylum_hotels_closed", "since the peak in 2023 to September 2026 (Home Office spokesperson)"),
            L("182", 182, E, HOTELS, "asylum_hotels_in_use", EJ26 + " (Home Office)"),
            L("about £4.9m", 4.9e6, AP, GBP, AC, "per day, now (hotel costs)"),
            L("18,400", 18400, E, P, "poll_sample_size", "September 2026 (Britannia Now online poll of viewers)"),
            L("87%", 87, E, PCT, "poll_share_asylum_hotel_should_close", "September 2026 (Britannia Now online poll; the Harcourt Lodge should close)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
