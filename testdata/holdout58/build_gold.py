#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the fifty-eighth hand-labelled hold-out set (holdout58).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, PPB, HOTELS, MONTHS, YEARS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, RSC, PTR, EW)

BL, BLA, APPS, DEC = "asylum_backlog", "asylum_backlog_appeals", "asylum_applications", "asylum_initial_decisions"
GR = "asylum_grants_share_initial_decisions"
RET, SHARE_RET = "returns", "returns_share_of_small_boat_arrivals"
POP, POPCH, POPG = "population", "population_change", "population_growth"
LSC, LSP, LSCOST = "large_site_capacity", "large_site_population", "large_site_cost"
NMF, PFE = "net_migration_forecast", "public_finances_effect_lower_migration"
CALLS, DAYS, FLIGHTS, PPF, CENTRES, VAC, AREAS = ("other:calls", "other:days", "other:flights", "other:persons_per_flight",
                                                  "other:centres", "other:vacancies", "other:council_areas")
UK, FR, EU, NI, SC, OUT = "UK", "France", "EU", "Northern Ireland", "Scotland", "Outside the UK"
HF = "Holmsley Fen"

# 01 (Thursday 21 May 2026)
EM26, EM25, ED25 = "end of March 2026 (31 March 2026)", "end of March 2025 (31 March 2025)", "end of December 2025 (31 December 2025)"
YM26, YM25 = "year to March 2026 (April 2025 to March 2026)", "year to March 2025 (April 2024 to March 2025)"
FT = "; Fairhearing Trust director"
# 02 (Monday 15 June 2026)
WK = "Monday 8 to Sunday 14 June 2026 (last week)"
YTD, YTD25 = "1 January to 14 June 2026 (so far in 2026)", "1 January to 14 June 2025 (same date in 2025)"
PANEL, DAY = " (by the numbers panel)", " (day by day panel)"
DEAL = "18 September 2025 (first return) to 14 June 2026 (since September)"
# 03 (Tuesday 4 August 2026)
EJ26 = "end of June 2026 (30 June 2026)"
# 04 (Friday 27 November 2026)
YJ26, YJ25 = "year to June 2026 (July 2025 to June 2026)", "year to June 2025 (July 2024 to June 2025)"
YS26, YS25 = "year to September 2026 (October 2025 to September 2026)", "year to September 2025 (October 2024 to September 2025)"
OBRN, OBRM = "OBR forecast of Wednesday 25 November 2026", "OBR forecast of March 2026"
FIVE = "2026-27 to 2030-31 (annual average over the next five years; "
Y25 = "2025 (calendar year)"
# 05 (Thursday 25 June 2026)
MID25, YMID25 = "mid-2025 (30 June 2025)", "year to mid-2025 (1 July 2024 to 30 June 2025)"
# 06 (Tuesday 13 October 2026)
ENF = " (enforced returns; Home Office management data)"
MONTHLY = " (enforced returns by month table; Home Office)"

ARTICLES = {
    "01-cressbrook-review-asylum-backlog-appeals-grant-rates": dict(
        meta=dict(url="https://www.cressbrookreview.example/uk-news/2026/may/21/initial-asylum-queue-cut-tribunal-record",
                  title="Initial asylum queue cut by almost a third, but tribunal pile-up hits a record",
                  publisher="The Cressbrook Review", author="Priya Castellane-Mohr", published_date="2026-05-21"),
        labels=[
            L("almost a third", -THIRD, ALM, PCT, BL + "_change", EM26 + " vs " + EM25 + " (headline)"),
            L("58,300", 58300, E, P, BLA, EM26 + " (standfirst; stuck at the tribunal)", occ=0),
            V("hundreds", 200, 900, P, "asylum_appeal_help_requests", "per week, May 2026 (people asking for help with appeals; charities; caption)"),
            L("61,200", 61200, E, P, BL, EM26 + " (awaiting an initial decision)"),
            L("88,700", 88700, E, P, BL, EM25 + " (same point in 2025)"),
            L("31%", -31, E, PCT, BL + "_change", EM26 + " vs " + EM25),
            L("40%", 40, E, PCT, BLA + "_change", EM26 + " vs " + EM25),
            L("41,500", 41500, E, P, BLA, EM25),
            L("58,300", 58300, E, P, BLA, EM26 + " (appeals still to be heard)", occ=1),
            L("118,400", 118400, E, P, DEC, YM26),
            L("nearly double", 2, ALM, RATIO, DEC + "_ratio", YM26 + " vs " + YM25),
            L("61,900", 61900, E, P, DEC, YM25 + " (previous twelve months)"),
            L("Some 48,500", 48500, AP, P, "asylum_grants", YM26 + " (granted protection at initial decision)"),
            L("41%", 41, E, PCT, GR, YM26),
            L("47%", 47, E, PCT, GR, YM25 + " (a year earlier)"),
            L("67%", 67, E, PCT, GR, "year to June 2023 (July 2022 to June 2023; peak)"),
            L("36%", 36, E, PCT, GR + "_afghan", YM26),
            L("91%", 91, E, PCT, GR + "_afghan", YM25),
            L("74%", 74, E, PCT, GR + "_iranian", YM25),
            L("49%", 49, E, PCT, GR + "_iranian", YM26),
            L("97%", 97, E, PCT, GR + "_sudanese", YM26),
            L("89%", 89, E, PCT, GR + "_eritrean", YM26),
            L("7%", 7, E, PCT, GR + "_pakistani", YM26, ctx="Pakistanis was 7%"),
            L("12%", 12, E, PCT, GR + "_vietnamese", YM26),
            L("about 38%", 38, AP, PCT, GR, "2025 (calendar year) (first-instance rate)", geo=EU),
            L("104,900", 104900, E, P, APPS, YM26 + " (twelve months to March)"),
            L("7%", -7, E, PCT, APPS + "_change", YM26 + " vs " + YM25, ctx="7% fewer"),
            L("112,800", 112800, E, P, APPS, YM25 + " (the year before)"),
            L("About two in five", 40, AP, PCT, "asylum_applications_share_small_boat_arrivals", YM26 + " (claimants who crossed the Channel in a small boat)"),
            L("36,700", 36700, E, P, "asylum_appeals_determined", YM26 + " (appeals decided by the tribunal)"),
            L("44%", 44, E, PCT, "asylum_appeals_share_allowed", YM26),
            L("11.4 months", 11.4, E, MONTHS, "asylum_appeal_wait_average", "May 2026 (average wait for a hearing; has reached)"),
            L("more than two in five", 40, MT, PCT, "asylum_appeals_share_allowed", YM26 + " (refusals overturned by a judge" + FT + ")"),
            L("3,140", 3140, E, CALLS, "charity_advice_line_calls", "April 2026 (April alone; Fairhearing Trust advice line" + FT + ")"),
            L("about a quarter", 25, AP, PCT, "asylum_appellants_share_without_solicitor", "2026 (appellants with no solicitor at their hearing; estimate" + FT + ")", geo="North of England"),
            L("27,500", -27500, E, P, BL + "_change", EM26 + " vs " + EM25 + " (cut the initial backlog in a year; Home Office)"),
            L("8,000", 8000, E, DAYS, "tribunal_sitting_days_added", "2026/27 financial year (extra sitting days for immigration judges; Ministry of Justice)"),
            L("31,400", 31400, E, P, HOT, EM26 + " (when March closed)"),
            L("171", 171, E, HOTELS, "asylum_hotels_in_use", EM26),
            L("35,900", 35900, E, P, HOT, ED25 + " (three months before)"),
        ]),
    "02-daily-rattle-record-week-channel-crossings": dict(
        meta=dict(url="https://www.dailyrattle.example/news/politics/record-week-nearly-4000-migrants-cross-channel",
                  title="RECORD WEEK: Nearly 4,000 migrants cross Channel in seven days as ministers' plan left 'in tatters'",
                  publisher="Daily Rattle", author="Dean Whitcombe-Harris", published_date="2026-06-15"),
        labels=[
            L("Nearly 4,000", 4000, ALM, P, SBA, WK + " (seven days; headline)"),
            L("up to 70", 70, AM, PPB, "small_boat_occupancy_max", WK + " (people per dinghy; standfirst)"),
            L("3,912", 3912, E, P, SBA, WK + " (most ever recorded in a single week; Home Office)", occ=0),
            L("64", 64, E, BOATS, SBC, WK, occ=0),
            L("3,604", 3604, E, P, SBA, "a week at the end of August 2025 (previous weekly high, last year)"),
            L("308", 308, E, P, SBA + "_change", WK + " vs the previous weekly high (end of August 2025)"),
            L("1,108", 1108, E, P, SBA, "Wednesday 10 June 2026 (busiest day)", occ=0),
            L("18", 18, E, BOATS, SBC, "Wednesday 10 June 2026 (dinghies)"),
            L("17,480", 17480, E, P, SBA, YTD),
            L("22%", 22, E, PCT, SBA + "_change", YTD + " vs " + YTD25),
            L("14,310", 14310, E, P, SBA, YTD25),
            L("41,472", 41472, E, P, SBA, "2025 (calendar year) (arrivals in all)"),
            L("More than 82,000", 82000, MT, P, SBA, "5 July 2024 to 14 June 2026 (since this government took office; Shadow Home Secretary)"),
            L("1,160", 1160, E, P, RET, DEAL + " (sent back under the UK-France deal; Home Office source)", geo=FR),
            L("about one in 25", 4, AP, PCT, SHARE_RET, "18 September 2025 (first return) to 14 June 2026 (returns against arrivals since the first return; critics)", geo=FR),
            L("1,350", 1350, E, P, "small_boat_launch_attempts_stopped_people", WK + " (stopped from launching boats; French police)", geo=FR),
            L("61", 61, E, PPB, "small_boat_occupancy", "June 2026 (average people per dinghy now; French police)"),
            L("53", 53, E, PPB, "small_boat_occupancy", "2025 (calendar year) (last year; French police)"),
            L("At least 14", 14, AL, P, "small_boat_deaths", "1 January to 14 June 2026 (so far this year; UN migration agency)"),
            L("Nearly one in five", 20, ALM, PCT, "small_boat_arrivals_share_children", WK),
            V("dozens", 24, 108, P, "small_boat_arrivals_unaccompanied_children", WK + " (children who came alone)"),
            L("around £4.2m", 4.2e6, AP, GBP, AC, "June 2026 (per day; asylum hotels)"),
            L("3,912", 3912, E, P, SBA, WK + PANEL, occ=1),
            L("64", 64, E, BOATS, SBC, WK + PANEL, occ=1),
            L("1,108", 1108, E, P, SBA, "Wednesday 10 June 2026" + PANEL, occ=1),
            L("0", 0, E, P, SBA, "Friday 12 June 2026" + PANEL, ctx="0 - crossings on Friday"),
            L("17.5k", 17500, E, P, SBA, YTD + PANEL),
            L("£4.2m", 4.2e6, E, GBP, AC, "June 2026 (daily hotel bill" + PANEL + ")", ctx="£4.2m - daily"),
            L("14", 14, E, P, "small_boat_deaths", "1 January to 14 June 2026 (confirmed deaths this year" + PANEL + ")", ctx="14 - confirmed"),
            L("412", 412, E, P, SBA, "Monday 8 June 2026" + DAY),
            L("655", 655, E, P, SBA, "Tuesday 9 June 2026" + DAY),
            L("1,108", 1108, E, P, SBA, "Wednesday 10 June 2026" + DAY, occ=2),
            L("846", 846, E, P, SBA, "Thursday 11 June 2026" + DAY),
            L("0", 0, E, P, SBA, "Friday 12 June 2026" + DAY, ctx="Fri 0"),
            L("377", 377, E, P, SBA, "Saturday 13 June 2026" + DAY),
            L("514", 514, E, P, SBA, "Sunday 14 June 2026" + DAY),
        ]),
    "03-tidewater-tonight-norfolk-raf-base-asylum-site": dict(
        meta=dict(url="https://www.tidewatertonight.example/anglia/2026-08-04/up-to-900-asylum-seekers-former-raf-base-norfolk",
                  title="Up to 900 asylum seekers to be housed at former RAF base near Norfolk village",
                  publisher="Tidewater Tonight", author=None, published_date="2026-08-04"),
        labels=[
            L("Up to 900", 900, AM, P, LSC, "from December 2026 (planned; headline)", geo=HF),
            L("up to 900", 900, AM, P, LSC, "from December 2026 (planned; Home Office)", geo=HF),
            L("300", 300, E, P, "large_site_population_planned", "from September 2026 (initial intake; Home Office officials)", geo=HF),
            L("900", 900, E, P, LSC, "by the end of 2026 (full capacity; Home Office officials)", ctx="its full 900", geo=HF),
            L("about 1,050", 1050, AP, P, POP, "August 2026 (village residents)", geo="Holmsley"),
            L("nearly double", 2, ALM, RATIO, "population_ratio", "if the base fills up (parish population with the site vs now)", geo="Holmsley"),
            L("More than 6,800", 6800, MT, P, "petition_signatures", "late July to 4 August 2026 (since first reported a week ago)", geo="Holmsley"),
            L("upwards of 400", 400, MT, P, "public_meeting_attendance", "Monday 3 August 2026 (Monday evening)", geo="Holmsley"),
            L("more than 7,400", 7400, MT, P, "gp_practice_registered_patients", "August 2026 (nearest GP practice; leader of Breckland Council)", geo="Holmsley"),
            L("900", 900, E, P, LSC, "planned (leader of Breckland Council)", ctx="putting 900", geo=HF),
            L("500", 500, E, P, "large_site_capacity_cap_proposed", "proposed cap (the local MP)", geo=HF),
            L("£38m", 38e6, E, GBP, LSCOST, "first two years (setting up and running; Home Office)", geo=HF),
            L("around £145", 145, AP, GBP, "asylum_hotel_cost_per_person_night", "August 2026 (per person per night; Home Office)"),
            L("about £4.9m", 4.9e6, AP, GBP, AC, "2025 (calendar year) (per day; asylum hotels, last year; Home Office spokesperson)"),
            L("27,900", 27900, E, P, HOT, EJ26 + " (last day of June)"),
            L("31,400", 31400, E, P, HOT, EM26),
            L("2,340", 2340, E, P, HOT, EJ26, geo="East of England"),
            L("19", 19, E, HOTELS, "asylum_hotels_in_use", EJ26, geo="East of England"),
            L("410", 410, E, P, "asylum_dispersal_population", "August 2026 (dispersed accommodation)", geo="Norfolk"),
            L("about 600", 600, AP, P, LSP, "August 2026 (former airbase, currently)", geo="Essex"),
            L("12", 12, E, P, "police_officers_deployed", "when the site opens (extra officers; Norfolk Constabulary)", geo=HF),
            L("£250,000", 250000, E, GBP, "council_asylum_grant", "one-off (offered to the district council; Home Office)", geo="Breckland"),
            L("nearly £50m", 50e6, ALM, GBP, LSCOST, "before the proposal was dropped (county councillor)", geo="Lincolnshire"),
        ]),
    "04-walbrook-post-migration-labour-market-obr-public-finances": dict(
        meta=dict(url="https://www.walbrookpost.example/content/uk-economy-falling-migration-obr-6-1bn-hole",
                  title="Falling migration leaves £6.1bn hole in Treasury sums, OBR says",
                  publisher="The Walbrook Post", author="Anya Brightwell-Osei", published_date="2026-11-27"),
        labels=[
            L("£6.1bn", 6.1e9, E, GBP, PFE, "2030-31 (worse off; headline; " + OBRN + ")", occ=0),
            L("£6.1bn", 6.1e9, E, GBP, PFE, "2030-31 (end of the decade; " + OBRN + ")", occ=1),
            L("176,000", 176000, E, P, NM, YJ26 + " (ONS, published Thursday 26 November 2026)"),
            L("38 per cent", -38, E, PCT, NM + "_change", YJ26 + " vs " + YJ25),
            L("284,000", 284000, E, P, NM, YJ25 + " (twelve months earlier)"),
            L("13 per cent", -13, E, PCT, "immigration_change", YJ26 + " vs " + YJ25),
            L("781,000", 781000, E, P, "immigration", YJ26),
            L("605,000", 605000, E, P, "emigration", YJ26),
            L("215,000", 215000, E, P, NMF, FIVE + OBRN + ")", occ=0),
            L("290,000", 290000, E, P, NMF, FIVE + OBRM + ")"),
            L("0.4 per cent", -0.4, E, PCT, "potential_output_forecast_revision", "2030-31 (lower than in the spring; " + OBRN + ")"),
            L("£6.1bn", 6.1e9, E, GBP, PFE, "2030-31 (added to borrowing in that year; " + OBRN + ")", occ=2),
            L("more than two-fifths", 40, MT, PCT, "public_finances_effect_share_of_headroom", "2030-31 (" + OBRN + ")"),
            L("£14.2bn", 14.2e9, E, GBP, "fiscal_headroom", "2030-31 (against the main fiscal rule; " + OBRN + ")"),
            L("1.3 per cent", 1.3, E, PCT, "gdp_growth_forecast", "2027 (real GDP growth; " + OBRN + ")"),
            L("1.6 per cent", 1.6, E, PCT, "gdp_growth_forecast", "2027 (real GDP growth; " + OBRM + ")"),
            L("0.3 percentage points", -0.3, E, PCT, "gdp_growth_forecast_change", "2027 (downgrade, " + OBRN + " vs " + OBRM + ")"),
            L("71 per cent", -71, E, PCT, "visas_granted_health_care_worker_change", YS26 + " vs " + YS25 + " (main applicants)"),
            L("11,900", 11900, E, P, "visas_granted_health_care_worker", YS26 + " (main applicants)"),
            L("41,000", 41000, E, P, "visas_granted_health_care_worker", YS25 + " (main applicants; a year earlier)"),
            L("36 per cent", -36, E, PCT, "visas_granted_skilled_worker_change", YS26 + " vs " + YS25 + " (other occupations)"),
            L("48,300", 48300, E, P, "visas_granted_skilled_worker", YS26 + " (other occupations)"),
            L("4.1mn", 4.1e6, E, P, "payrolled_employees_non_eu", "October 2026 (HMRC real-time payroll data)"),
            L("1.9 per cent", 1.9, E, PCT, "payrolled_employees_non_eu_change", "October 2026 vs October 2025"),
            L("2.6 per cent", -2.6, E, PCT, "payrolled_employees_eu_change", "October 2026 vs October 2025"),
            L("2.3mn", 2.3e6, E, P, "payrolled_employees_eu", "October 2026"),
            L("about 21 per cent", 21, AP, PCT, "payrolled_employees_share_non_uk", "October 2026"),
            L("30.4mn", 30.4e6, E, P, "payrolled_employees", "October 2026"),
            L("9.4 per cent", -9.4, E, PCT, "job_vacancies_change", "August to October 2026 vs August to October 2025 (year on year)"),
            L("694,000", 694000, E, VAC, "job_vacancies", "August to October 2026 (three months to October)"),
            L("5.2 per cent", 5.2, E, PCT, "unemployment_rate", "August to October 2026"),
            L("roughly 2.7", 2.7, AP, RATIO, "unemployed_per_vacancy_ratio", "August to October 2026"),
            L("roughly £800mn", 800e6, AP, GBP, PFE, "per year by 2030-31, per 10,000 fewer net migrants (chief economist, Harcourt Lane Economics)"),
            L("about £925,000", 925000, AP, GBP, "fiscal_lifetime_contribution_migrant", "lifetime (high-wage migrant arriving at 25; OBR via chief economist, Harcourt Lane Economics)"),
            L("6.4 per cent", 6.4, E, PCT, "wage_growth_lowest_paid", "November 2026 (picked up to; senior Treasury official)"),
            L("234,000", 234000, E, P, NM, Y25 + " (revised ONS figures)"),
            L("906,000", 906000, E, P, NM, "year to June 2023 (July 2022 to June 2023; peak)"),
            L("more than five times", 5, MT, RATIO, NM + "_ratio", "year to June 2023 vs " + YJ26),
            L("215,000", 215000, E, P, NMF, FIVE + OBRN + "; repeated)", occ=1),
            L("below 150,000", 150000, LT, P, NMF, "2027 (one City bank)"),
        ]),
    "05-ormeau-courier-nisra-population-migration-estimates": dict(
        meta=dict(url="https://www.ormeaucourier.example/news/northern-ireland/population-edges-closer-to-two-million-nisra",
                  title="Northern Ireland's population edges closer to two million as migration drives growth",
                  publisher="The Ormeau Courier", author="Conal Ruddock-Sheils", published_date="2026-06-25"),
        labels=[
            L("1,929,800", 1929800, E, P, POP, MID25 + " (NISRA)", geo=NI),
            L("8,300", 8300, E, P, POPG, YMID25, geo=NI),
            L("0.4%", 0.4, E, PCT, POPCH, YMID25, geo=NI),
            L("19,600", 19600, E, P, "births", YMID25, geo=NI),
            L("16,900", 16900, E, P, "deaths", YMID25, geo=NI),
            L("2,700", 2700, E, P, "population_natural_change", YMID25, geo=NI),
            L("5,600", 5600, E, P, NM, YMID25 + " (international and from the rest of the UK)", geo=NI),
            L("Some 27,900", 27900, AP, P, "migration_inflow_all_sources", YMID25 + " (people who settled in Northern Ireland, from the rest of the UK and abroad)", geo=NI),
            L("22,300", 22300, E, P, "migration_outflow_all_destinations", YMID25 + " (people who moved away)", geo=NI),
            L("4,100", 4100, E, P, "net_migration_international", YMID25, geo=NI),
            L("11,800", 11800, E, P, "cross_border_migration_inflow_gb", YMID25, geo=NI),
            L("10,300", 10300, E, P, "cross_border_migration_outflow_gb", YMID25, geo=NI),
            L("1,500", 1500, E, P, "net_migration_rest_of_uk", YMID25 + " (net inflow from Great Britain)", geo=NI),
            L("0.7%", 0.7, E, PCT, POPCH, YMID25, ctx="up 0.7%", geo=EW),
            L("0.3%", 0.3, E, PCT, POPCH, YMID25, geo=SC),
            L("about 2.8%", 2.8, AP, PCT, "population_share_ni_of_uk", MID25),
            L("69.5 million", 69.5e6, E, P, POP, MID25),
            L("Nine", 9, E, AREAS, "council_areas_population_growth", YMID25 + " (of the 11 council areas)", geo=NI),
            L("1.1%", 1.1, E, PCT, POPCH, YMID25 + " (fastest rate)", geo="Mid Ulster"),
            L("0.7%", 0.7, E, PCT, POPCH, YMID25, ctx="by 0.7% to", geo="Belfast"),
            L("352,100", 352100, E, P, POP, MID25, geo="Belfast"),
            L("almost three in ten", 30, ALM, PCT, "population_growth_share_belfast", YMID25 + " (Belfast's part of the region's extra residents)", geo=NI),
            L("0.2%", -0.2, E, PCT, POPCH, YMID25, geo="Derry City and Strabane"),
            L("0.1%", -0.1, E, PCT, POPCH, YMID25, geo="Causeway Coast and Glens"),
            L("two", 2, E, AREAS, "council_areas_population_decline", YMID25 + " (the only areas to lose people)", ctx="the only two areas", geo=NI),
            L("18.3%", 18.3, E, PCT, "population_share_aged_65_and_over", MID25, geo=NI),
            L("more than 353,000", 353000, MT, P, "population_aged_65_and_over", MID25, geo=NI),
            L("20.4%", 20.4, E, PCT, "population_share_aged_under_16", MID25 + " (lowest on record)", geo=NI),
            L("25 years", 25, E, YEARS, "population_growth_record_period", "to mid-2025 (grown for 25 years in a row; NISRA statistician)", geo=NI),
            L("23,600", 23600, E, P, "health_card_registrations_from_outside_uk", "2025 (calendar year) (people from beyond the UK registering with a GP)", geo=NI),
            L("8%", -8, E, PCT, "health_card_registrations_from_outside_uk_change", "2025 vs 2024 (calendar years)", geo=NI),
            L("Almost one in ten", 10, ALM, PCT, "employment_share_born_abroad", "June 2026 (food and drink sector workers born outside the UK and Ireland; Economy Minister)", geo=NI),
            L("3,180", 3180, E, P, "asylum_support_population", EM26 + " (most recent quarterly figures)", geo=NI),
            L("about 3%", 3, AP, PCT, "asylum_support_population_share_ni", EM26 + " (Northern Ireland's part of the UK total)"),
            L("more than 1,900", 1900, MT, P, "charity_service_users", "July 2025 to June 2026 (past year; charity working with new arrivals)", geo="Belfast"),
        ]),
    "06-linthorpe-standard-returns-removals-deportation-flights": dict(
        meta=dict(url="https://www.linthorpestandard.example/article/deportations-highest-monthly-level-charter-flights",
                  title="Deportations reach highest monthly level as charter flights ramp up",
                  publisher="The Linthorpe Standard", author="Fergus Aldwinckle-Tate", published_date="2026-10-13"),
        labels=[
            L("1,640", 1640, E, P, RET, "September 2026 (forced returns; standfirst)", occ=0),
            L("1,640", 1640, E, P, RET, "September 2026 (last month" + ENF + ")", occ=1),
            L("1,510", 1510, E, P, RET, "August 2026" + ENF, occ=0),
            L("1,380", 1380, E, P, RET, "July 2026" + ENF, occ=0),
            L("1,240", 1240, E, P, RET, "June 2026" + ENF, occ=0),
            L("2,000", 2000, E, P, "returns_enforced_target", "per month by spring 2027 (next spring; Home Office target)"),
            L("37,900", 37900, E, P, RET, YJ26 + " (all returns; quarterly statistics)"),
            L("11,200", 11200, E, P, RET, YJ26 + " (enforced)"),
            L("19 per cent", 19, E, PCT, RET + "_change", YJ26 + " vs " + YJ25 + " (enforced)"),
            L("9,410", 9410, E, P, RET, YJ25 + " (enforced; a year earlier)"),
            L("23,600", 23600, E, P, RET, YJ26 + " (voluntary)"),
            L("3,100", 3100, E, P, RET, YJ26 + " (turned around at ports)"),
            L("fewer than three in ten", 30, LT, PCT, "returns_share_enforced", YJ26),
            L("up to £3,000", 3000, AM, GBP, "voluntary_return_payment", "October 2026 (towards resettling at home; officials)"),
            L("74", 74, E, FLIGHTS, "charter_removal_flights", YJ26),
            L("48", 48, E, FLIGHTS, "charter_removal_flights", YJ25 + " (the year before)"),
            L("more than half", 50, MT, PCT, "charter_removal_flights_change", YJ26 + " vs " + YJ25),
            L("about £230,000", 230000, AP, GBP, "charter_removal_flights_cost", "October 2026 (average cost per flight)"),
            L("41", 41, E, PPF, "charter_removal_flight_occupancy", "Thursday 8 October 2026 (flight to Vietnam)"),
            L("about one in eight", 12.5, AP, PCT, "charter_removal_manifest_share_removed", "October 2026 (people booked on charters taken off the manifest; officials' estimate)"),
            L("2,980", 2980, E, P, RET, YJ26 + " (enforced returns of Albanians)", geo="Albania"),
            L("about a quarter", 25, AP, PCT, "returns_share_albania", YJ26 + " (Albanians' part of enforced returns)"),
            L("5,620", 5620, E, P, "returns_foreign_national_offenders", YJ26),
            L("14 per cent", 14, E, PCT, "returns_foreign_national_offenders_change", YJ26 + " vs " + YJ25),
            L("2,480", 2480, E, P, RET, "18 September 2025 (first return) to 30 September 2026 (small-boat arrivals sent back under the agreement with France)", geo=FR),
            L("more than 18,000", 18000, MT, P, "foreign_national_offenders_awaiting_removal", "October 2026 (living in the community; Shadow Home Secretary)"),
            L("some £715m", 715e6, AP, GBP, RSC, "April 2022 to July 2024 (abandoned Rwanda scheme, total cost)"),
            L("£290m", 290e6, E, GBP, PTR, "April 2022 to July 2024 (paid to Kigali)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (all volunteers)", ctx="just four people"),
            L("2,210", 2210, E, P, "detention_population", EJ26),
            L("12 per cent", 12, E, PCT, "detention_population_change", EJ26 + " vs end of June 2025"),
            L("two", 2, E, CENTRES, "removal_centres_reopened", "by October 2026 (closed under the previous government)", ctx="two centres"),
            L("1,000", 1000, E, P, "detention_capacity_change", "October 2026 (further places under consideration; senior official)"),
            L("nearly a third", THIRD, ALM, PCT, "detention_charity_clients_share_released_without_removal", "October 2025 to October 2026 (past year; charity visiting detainees)"),
            L("1,240", 1240, E, P, RET, "June 2026" + MONTHLY, occ=1),
            L("1,380", 1380, E, P, RET, "July 2026" + MONTHLY, occ=1),
            L("1,510", 1510, E, P, RET, "August 2026" + MONTHLY, occ=1),
            L("1,640", 1640, E, P, RET, "September 2026" + MONTHLY, occ=2),
        ]),
    "07-commonplace-essay-british-emigration-citizens-abroad": dict(
        meta=dict(url="https://www.thecommonplace.example/essays/2026/10/the-quiet-exodus",
                  title="The quiet exodus",
                  publisher="The Commonplace", author="Imogen Tavistock-Reyes", published_date="2026-10-21"),
        labels=[
            L("263,000", 263000, E, P, "emigration_british", Y25 + " (ONS)", occ=0),
            L("13 per cent", 13, E, PCT, "emigration_british_change", "2025 vs 2024 (calendar years)"),
            L("143,000", 143000, E, P, "immigration_british", Y25 + " (came back)"),
            L("120,000", -120000, E, P, "net_migration_british_nationals", Y25 + " (net loss of Britons in a single year)"),
            L("about two in five", 40, AP, PCT, "emigration_share_british", Y25 + " (last year)"),
            L("612,000", 612000, E, P, "emigration", Y25 + " (people who left the country last year)"),
            L("Nearly two-thirds", 200 / 3, ALM, PCT, "emigration_british_share_aged_16_34", Y25),
            L("almost two", 2, ALM, RATIO, "emigration_british_ratio", Y25 + " (Britons departing for every one who returned)"),
            L("about 5.5 million", 5.5e6, AP, P, "british_nationals_resident_abroad", "2026 (Foreign Office working estimate)", geo=OUT),
            L("roughly one in 12", 100 / 12, AP, PCT, "british_citizens_share_living_abroad", "2026 (of all British citizens)"),
            L("almost a million", 1e6, ALM, P, "uk_born_population_abroad", "2026 (UK-born residents)", geo="Australia"),
            L("more than 700,000", 700000, MT, P, "uk_born_population_abroad", "2026 (UK-born residents)", geo="United States"),
            L("some 240,000", 240000, AP, P, "british_nationals_resident_abroad", "2026 (thought to be there)", geo="United Arab Emirates"),
            L("about 310,000", 310000, AP, P, "british_nationals_resident_abroad", "2026 (registered British residents)", geo="Spain"),
            L("roughly 1.1 million", 1.1e6, AP, P, "state_pensioners_abroad", "2026 (drawing a UK state pension overseas)", geo=OUT),
            L("about 450,000", 450000, AP, P, "state_pensioners_abroad_frozen", "2026 (living where the pension is frozen)", geo=OUT),
            L("27 per cent", 27, E, PCT, "public_share_considering_emigration_under_35", "summer 2026 (18-to-34-year-olds who seriously considered moving abroad in the past year; survey)"),
            L("twice", 2, E, RATIO, "nurse_earnings_ratio_abroad", "within six months of moving (nurse from Stockport, earnings in Perth vs UK)", geo="Australia"),
            L("3.4 million", 3.4e6, E, P, "overseas_electors_eligible", "October 2026 (expatriates eligible to vote since the 15-year limit was scrapped)", geo=OUT),
            L("about 190,000", 190000, AP, P, "overseas_electors_registered", "October 2026 (at the last count)", geo=OUT),
            L("234,000", 234000, E, P, NM, Y25 + " (last year)"),
            L("12,400", -12400, E, P, "population_natural_change", YMID25 + " (deaths outnumbered births)", geo=SC),
            L("more than 100,000", -100000, MT, P, "net_migration_british_nationals", "per year (a country that loses its own citizens a year)"),
            L("263,000", 263000, E, P, "emigration_british", Y25 + " (repeated: the next 263,000)", occ=1),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
