#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the thirty-ninth hand-labelled hold-out set (holdout39).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, EUR, PPB, HOTELS, E,
                        AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, PTR, RSC, RSP)

HH, CPW = "other:households", "other:children_per_woman"
RET, IMM, EMI, SUPPORT = "returns", "immigration", "emigration", "asylum_support_population"
HCW, VG = "visas_granted_health_care_worker", "visas_granted"
REV, BRIT = "net_migration_revision", "net_migration_british_nationals"
FR, UK, SC, NI = "France", "UK", "Scotland", "Northern Ireland"
EDI, GLA, MARL = "Edinburgh", "Glasgow", "Marlingford"

# periods
YTD26, YTD25 = "1 January to 31 August 2026 (so far this year)", "1 January to 31 August 2025 (same point last year)"
PILOT = "18 September 2025 (first flight) to 31 August 2026"
FY26, FY25, FY20 = "2025/26 financial year", "2024/25 financial year", "2019/20 financial year"
EM26, EM25 = "end of March 2026 (31 March 2026)", "end of March 2025 (31 March 2025)"
EJ26, EJ25 = "end of June 2026 (30 June 2026)", "end of June 2025 (30 June 2025)"
YM26, YM25 = "year ending March 2026 (12 months to March)", "year ending March 2025"
Y25 = "2025 (calendar year; ONS first estimate, 21 May 2026)"
PEAK = "year ending March 2023 (peak)"
YJ26, YJ25 = "year ending June 2026 (provisional)", "year ending June 2025 (revised)"
YD25, YD24 = "year ending December 2025", "year ending December 2024"
T1 = " (Table 1)"
MP_ = " (main points)"

ARTICLES = {
    "01-kittiwake-news-channel-crossings-down-13pc-france-deal": dict(
        meta=dict(url="https://www.kittiwakenews.example/news/uk-politics-78314562",
                  title="Small boat crossings down 13% as France returns deal reaches its first year",
                  publisher="Kittiwake News", author="Noor Halloran-Beck", published_date="2026-09-01"),
        labels=[
            L("13%", -13, E, PCT, SBA + "_change", YTD26 + " vs " + YTD25 + " (headline)", occ=0),
            L("24,318", 24318, E, P, SBA, YTD26 + " (Home Office data)"),
            L("13%", -13, E, PCT, SBA + "_change", YTD26 + " vs " + YTD25 + " (lower than)", occ=1),
            L("28,076", 28076, E, P, SBA, YTD25 + " (first eight months of last year)"),
            L("3,412", 3412, E, P, SBA, "August 2026"),
            L("62", 62, E, BOATS, SBC, "August 2026"),
            L("55", 55, E, PPB, "small_boat_occupancy", "August 2026 (average per boat)"),
            L("4%", -4, E, PCT, SBA + "_change", "August 2026 vs August 2025 (down on)"),
            L("798", 798, E, P, SBA, "Sunday 16 August 2026 (busiest day of the month)"),
            L("14", 14, E, BOATS, SBC, "Sunday 16 August 2026", ctx="in 14 boats"),
            # chart described in text
            L("3,980", 3980, E, P, SBA, "April 2026 (chart)"),
            L("3,310", 3310, E, P, SBA, "April 2025 (chart; twelve months before)"),
            L("5,920", 5920, E, P, SBA, "June 2025 (chart; peak month shown)"),
            L("1,486", 1486, E, P, RET, PILOT + " (returned under the UK-France pilot; Home Office, Monday 31 August 2026)", geo=FR),
            L("1,312", 1312, E, P, "uk_france_legal_route_arrivals", PILOT + " (the other half of the arrangement)"),
            L("about 40,700", 40700, AP, P, SBA, "August 2025 (pilot took effect) to 31 August 2026 (since the pilot took effect)"),
            L("roughly one in 27", 100 / 27, AP, PCT, "returns_share_of_small_boat_arrivals",
              "August 2025 to 31 August 2026 (arrivals sent back to France under the pilot)", geo=FR),
            L("11,240", 11240, E, P, "small_boat_launch_attempts_stopped_people", YTD26 + " (in 2026; French officials)", geo=FR),
            L("£476m", 476e6, E, GBP, "uk_funding_to_france", "2023 to 2026 (over three years; agreement reached in 2023)"),
            L("at least 27", 27, AL, P, "small_boat_deaths", "1 January to 31 August 2026 (since January; International Organization for Migration)"),
            L("More than 1,400", 1400, MT, P, RET, PILOT + " (removed to France; Home Office spokesperson)", geo=FR),
            L("Almost 90,000", 90000, ALM, P, SBA, "5 July 2024 to 31 August 2026 (since this government took office; Shadow Home Secretary)"),
            V("dozens", 24, 108, RATIO, SBA + "_ratio", "since the pilot began (arrivals for every person flown to France; Shadow Home Secretary)"),
            L("about two-thirds", 200 / 3, AP, PCT, "asylum_grants_share_initial_decisions",
              "2025 (last year; claims from small boat arrivals granted at first decision; Refugee Council)"),
            L("103,300", 103300, E, P, "asylum_applications", "year ending June 2026 (the year to June; every route; quarterly statistics published in August 2026)"),
            L("7%", -7, E, PCT, "asylum_applications_change", "year ending June 2026 vs year ending June 2025 (fewer than a year earlier)"),
            L("41,472", 41472, E, P, SBA, "2025 (calendar year)"),
            L("45,774", 45774, E, P, SBA, "2022 (calendar year; highest since records began in 2018)"),
            L("36,816", 36816, E, P, SBA, "2024 (calendar year)"),
        ]),
    "02-daily-watchman-asylum-bill-4-1bn-hotels": dict(
        meta=dict(url="https://www.dailywatchman.example/news/article-15029461/asylum-bill-4-1billion-migrant-hotels-197-still-open.html",
                  title="Revealed: Taxpayers spent £4.1BILLION on asylum last year as the migrant hotel bill hit £1.7billion - and more than 30,000 are STILL living in 197 hotels despite Labour's vow to shut every one",
                  publisher="Daily Watchman", author="Rupert Galloway-Mensah", published_date="2026-07-16"),
        labels=[
            # headline and bullet standfirst
            L("£4.1BILLION", 4.1e9, E, GBP, AC, FY26 + " (asylum support; last year; headline)"),
            L("£1.7billion", 1.7e9, E, GBP, AC, FY26 + " (hotels; headline)", occ=0),
            L("more than 30,000", 30000, MT, P, HOT, EM26 + " (headline)", occ=0),
            L("197", 197, E, HOTELS, "asylum_hotels_in_use", EM26 + " (headline)", occ=0),
            L("nearly four times", 4, ALM, RATIO, AC + "_ratio", FY26 + " vs " + FY20 + " (before the pandemic; standfirst)", occ=0),
            L("almost £4.7million", 4.7e6, ALM, GBP, AC, "per day, hotels, " + FY26 + " (standfirst)", occ=0),
            L("£700million", -700e6, E, GBP, AC + "_change", FY26 + " vs " + FY25 + " (cut in a year; ministers; standfirst)", occ=0),
            # body
            L("£4.1billion", 4.1e9, E, GBP, AC, FY26 + " (supporting asylum seekers; the last financial year; annual report)"),
            L("over two-fifths", 40, MT, PCT, "asylum_cost_share_hotels", FY26),
            L("£1.7billion", 1.7e9, E, GBP, AC, FY26 + " (hotel rooms; annual report published Wednesday 15 July 2026)", occ=1),
            L("almost £4.7million", 4.7e6, ALM, GBP, AC, "per day, hotels, " + FY26, occ=1),
            L("£4.8billion", 4.8e9, E, GBP, AC, FY25 + " (the year before)"),
            L("15 per cent", -15, E, PCT, AC + "_change", FY26 + " vs " + FY25 + " (a drop of)"),
            L("nearly four times", 4, ALM, RATIO, AC + "_ratio", FY26 + " vs " + FY20, occ=1),
            L("£1.1billion", 1.1e9, E, GBP, AC, FY20 + " (before the Channel crossings took off)"),
            L("30,112", 30112, E, P, HOT, EM26 + " (latest official statistics)"),
            L("197", 197, E, HOTELS, "asylum_hotels_in_use", EM26, occ=1),
            L("7 per cent", -7, E, PCT, HOT + "_change", EM26 + " vs " + EM25 + " (a fall of just)"),
            L("32,345", 32345, E, P, HOT, EM25 + " (twelve months earlier)"),
            L("£148", 148, E, GBP, AC, "per person per night, hotels, " + FY26 + " (average; annual accounts)"),
            L("£26", 26, E, GBP, AC, "per person per night, dispersed housing, " + FY26),
            L("more than five times", 5, MT, RATIO, AC + "_ratio", "per night, hotel place vs dispersed housing, " + FY26),
            L("£15.3billion", 15.3e9, E, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (ten-year contracts; public spending watchdog estimate)"),
            L("more than three times", 3, MT, RATIO, "asylum_accommodation_contracts_cost_ratio", "latest estimate vs first estimate (ten-year contracts from 2019)"),
            L("£4.5billion", 4.5e9, E, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (ten-year contracts; first estimated)"),
            L("around 240", 240, AP, P, HOT, "now, July 2026 (men living at the Riverside Lodge)", geo=MARL),
            L("£318,000", 318000, E, GBP, "council_asylum_cost", "2023 (hotel opened) to July 2026 (extra services linked to the hotel; district council leader)", geo=MARL),
            V("billions", 2e9, 9e9, GBP, AC, "now, 2025/26 (housing people who came here illegally; Shadow Home Secretary)"),
            L("£143", 143, E, GBP, AC, "per household per year (Shadow Home Secretary)"),
            L("more than 30,000", 30000, MT, P, HOT, "now, July 2026 (two years after Labour took charge; Shadow Home Secretary)", occ=1),
            V("millions of pounds", 2e6, 9e6, GBP, AC, "per day, hotels, July 2024 (the system Labour inherited; Home Office spokesman)"),
            L("£700million", -700e6, E, GBP, AC + "_change", FY26 + " vs " + FY25 + " (in a single year; Home Office spokesman)", occ=1),
            L("16", 16, E, HOTELS, "asylum_hotels_closed", "July 2025 to July 2026 (since July last year; Home Office spokesman)", ctx="closed 16 hotels"),
            # THE COST OF ASYLUM box
            L("£1.1bn", 1.1e9, E, GBP, AC, FY20 + " (The cost of asylum box)"),
            L("£4.8bn", 4.8e9, E, GBP, AC, FY25 + " (The cost of asylum box)"),
            L("£4.1bn", 4.1e9, E, GBP, AC, FY26 + " (The cost of asylum box)"),
            L("£1.7bn", 1.7e9, E, GBP, AC, FY26 + " (spent on hotels; The cost of asylum box)"),
            L("30.1k", 30100, E, P, HOT, "March 2026 (The cost of asylum box)"),
        ]),
    "03-leith-harbour-gazette-edinburgh-asylum-refugee-housing": dict(
        meta=dict(url="https://www.leithharbourgazette.example/news/scotland/edinburgh-asylum-seekers-more-than-doubles-refugees-homeless-4410287",
                  title="Number of asylum seekers housed in Edinburgh more than doubles in a year",
                  publisher="The Leith Harbour Gazette (PA)", author="Ailsa Rennick-Obi", published_date="2026-10-06"),
        labels=[
            L("more than doubles", 2, MT, RATIO, SUPPORT + "_ratio", EJ26 + " vs " + EJ25 + " (in a year; headline)", geo=EDI),
            L("more than doubled", 2, MT, RATIO, SUPPORT + "_ratio", EJ26 + " vs " + EJ25 + " (in 12 months; council report)", geo=EDI),
            L("486", 486, E, P, SUPPORT, EJ26 + " (accommodated in the capital by the Home Office; council report)", geo=EDI),
            L("212", 212, E, P, SUPPORT, EJ25 + " (a year before)", geo=EDI),
            L("4,180", 4180, E, P, SUPPORT, EJ26, geo=GLA),
            L("5,640", 5640, E, P, SUPPORT, EJ26, geo=SC),
            L("nearly three-quarters", 75, ALM, PCT, SUPPORT + "_share_glasgow", EJ26, geo=SC),
            L("418", 418, E, HH, "refugees_homeless_after_leaving_asylum_support", FY26 + " (approached the council after a positive asylum decision)", geo=EDI),
            L("81%", 81, E, PCT, "refugees_homeless_after_leaving_asylum_support_change", FY26 + " vs " + FY25 + " (up)", geo=EDI),
            L("231", 231, E, HH, "refugees_homeless_after_leaving_asylum_support", FY25, geo=EDI),
            L("5,310", 5310, E, HH, "temporary_accommodation_households", EM26, geo=EDI),
            L("£61.2 million", 61.2e6, E, GBP, "council_temporary_accommodation_cost", FY26 + " (the last financial year)", geo=EDI),
            L("29%", 29, E, PCT, "council_temporary_accommodation_cost_change", FY26 + " vs " + FY25 + " (more than the year before)", geo=EDI),
            L("£3,500", 3500, E, GBP, "council_asylum_grant", "one-off, per additional dispersal bed (housing convener)"),
            L("16,940", 16940, E, HH, "temporary_accommodation_households", EM26 + " (Scottish Government statistics)", geo=SC),
            L("more than 10,000", 10000, MT, P, "temporary_accommodation_children", EM26 + " (Scottish Government statistics)", geo=SC),
            L("Around one in three", 100 / 3, AP, PCT, "charity_service_users_share_slept_rough",
              "now, October 2026 (advice line callers after a grant of status; Scottish Refugee Council)", geo=SC),
            L("£2 million", 2e6, E, GBP, "scottish_government_refugee_support_funding", "2026/27 (this year; Scottish Government spokesman)", geo=SC),
            L("£700 million", -700e6, E, GBP, AC + "_change", FY26 + " vs " + FY25 + " (in the last year; Home Office spokesperson)"),
            L("103,870", 103870, E, P, SUPPORT, EJ26 + " (latest Home Office statistics)"),
            L("27,940", 27940, E, P, HOT, EJ26),
            L("5,480", 5480, E, P, "population_growth", "year to mid-2025 (National Records of Scotland)", geo=EDI),
            L("530,680", 530680, E, P, "population", "mid-2025 (National Records of Scotland)", geo=EDI),
            L("6,900", 6900, E, P, "net_migration_overseas", "year to mid-2025 (net international migration)", geo=EDI),
        ]),
    "04-straight-count-net-migration-visas-care-workers-claims": dict(
        meta=dict(url="https://www.straightcount.example/fact-checks/immigration/net-migration-visas-care-workers-claims/",
                  title="Net migration, visas and care workers: checking Sunday's claims",
                  publisher="Straight Count", author="Callum Ferreira-Lindqvist", published_date="2026-06-03"),
        labels=[
            # What was said
            L("more than 80%", -80, MT, PCT, NM + "_change", "2025 vs " + PEAK + " (the Home Secretary; claim box)", occ=0),
            L("more than a million", 1e6, MT, P, "visas_granted_including_visit", "'last year' (the Shadow Home Secretary; claim box)", occ=0),
            L("90%", -90, E, PCT, HCW + "_change", "now vs 2023 ('slashed by'; a Liberal Democrat MP; claim box)", occ=0),
            # Net migration
            L("more than 80%", -80, MT, PCT, NM + "_change", "2025 vs " + PEAK + " (claim; crosshead)", occ=1),
            L("171,000", 171000, E, P, NM, Y25, occ=0),
            L("806,000", 806000, E, P, IMM, Y25),
            L("635,000", 635000, E, P, EMI, Y25),
            L("944,000", 944000, E, P, NM, PEAK + " (highest in the ONS's current series)", occ=0),
            L("944,000", 944000, E, P, NM, PEAK + " (a drop from)", occ=1),
            L("171,000", 171000, E, P, NM, Y25 + " (a drop to)", occ=1),
            L("773,000", -773000, E, P, NM + "_change", "2025 vs " + PEAK + " (a fall of)"),
            L("82%", -82, E, PCT, NM + "_change", "2025 vs " + PEAK),
            L("Almost half", 50, ALM, PCT, "net_migration_change_share_before_election",
              PEAK + " to year ending June 2024 (share of the fall before the July 2024 election)"),
            L("593,000", 593000, E, P, NM, "year ending June 2024 (the last full year under the previous government)"),
            R("between 127,000 and 215,000", 127000, 215000, P, NM, "2025 (ONS likely range)"),
            # Visas
            L("More than a million", 1e6, MT, P, "visas_granted_including_visit", "'last year' (claim; crosshead)"),
            L("2.27 million", 2.27e6, E, P, "visas_granted_including_visit", YM26 + " (all visas, including visitor and transit)"),
            L("1.5m", 1.5e6, E, P, "visas_granted_visit", YM26 + " (visitor and transit visas)"),
            L("768,400", 768400, E, P, VG, YM26 + " (excluding visitor and transit visas)"),
            L("18%", -18, E, PCT, VG + "_change", YM26 + " vs " + YM25 + " (fewer than in the previous 12 months)"),
            L("Roughly one in five", 20, AP, PCT, "visas_granted_share_work", YM26 + " (workers and their dependants)"),
            L("more than a million", 1e6, MT, P, "visas_granted_including_visit", "'last year' (the Shadow Home Secretary's claim, restated)", occ=1),
            # Care workers
            L("90%", -90, E, PCT, HCW + "_change", "now vs 2023 (claim; crosshead)", occ=1),
            L("9,870", 9870, E, P, HCW, "year ending March 2026 (main applicants)"),
            L("89,500", 89500, E, P, HCW, "2023 (the busiest year; main applicants)"),
            L("89%", -89, E, PCT, HCW + "_change", "year ending March 2026 vs 2023 (a drop of)"),
            L("90%", -90, E, PCT, HCW + "_change", "now vs 2023 (the MP's figure, restated)", occ=2),
            L("6,120", 6120, E, P, HCW + "_dependants", "year ending March 2026"),
            L("more than 120,000", 120000, MT, P, HCW + "_dependants", "2023 (calendar year)"),
        ]),
    "05-uncommitted-rwanda-scheme-legacy-two-years-on": dict(
        meta=dict(url="https://www.theuncommitted.example/news/uk/politics/rwanda-scheme-legacy-two-years-cost-b2871046.html",
                  title="Two years after it was scrapped, what did Britain get for the Rwanda scheme?",
                  publisher="The Uncommitted", author="Ottilie Brennan-Achterberg", published_date="2026-07-06"),
        labels=[
            L("£715m", 715e6, E, GBP, RSC, "April 2022 to July 2024 (whole scheme; standfirst)", occ=0),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers; standfirst)", ctx="relocated four volunteers"),
            L("£715m", 715e6, E, GBP, RSC, "April 2022 to July 2024 (signed to ended)", occ=1),
            L("£290m", 290e6, E, GBP, PTR, "April 2022 to July 2024 (received directly by Rwanda's treasury)"),
            L("Four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (all voluntary)", ctx="Four relocations"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "per person (paid to the volunteers)"),
            L("more than £178m", 178e6, MT, GBP, RSC, "per relocation, April 2022 to July 2024 (simple division)"),
            L("about £700m", 700e6, AP, GBP, RSC, "April 2022 to July 2024 (the incoming Home Secretary's estimate to MPs, July 2024)"),
            L("£370m", 370e6, E, GBP, PTR, "over five years (agreed under the treaty)"),
            L("£120m", 120e6, E, GBP, PTR, "once an agreed number of people had been relocated (treaty)"),
            L("£20,000", 20000, E, GBP, PTR, "per person sent (treaty)"),
            L("£150,874", 150874, E, GBP, PTR, "per person sent (processing and integration; treaty)"),
            L("300", 300, E, P, "rwanda_relocations_planned", "the first relocations (National Audit Office, 2024)"),
            L("about £1.8m", 1.8e6, AP, GBP, RSP, "per person for the first 300 relocations (National Audit Office, 2024)"),
            L("45,774", 45774, E, P, SBA, "2022 (the year the plan was unveiled)"),
            L("more than a third", -100 / 3, MT, PCT, SBA + "_change", "2023 vs 2022 (arrivals fell by)"),
            L("29,437", 29437, E, P, SBA, "2023"),
            L("36,816", 36816, E, P, SBA, "2024"),
            V("tens of thousands", 20000, 90000, P, "asylum_backlog", "July 2024 (cases piled up under the Illegal Migration Act 2023)"),
            L("5,700", 5700, E, P, "rwanda_removal_candidates_identified", "2024 (first picked out for flights to Kigali; officials)"),
            L("some 2,100", 2100, AP, P, "rwanda_removal_cohort_reporting", "2024 (still reporting to the Home Office; officials)"),
            L("about 135,000", 135000, AP, P, "refugees_hosted", "now, July 2026 (mostly from the Democratic Republic of Congo and Burundi; UN refugee agency)", geo="Rwanda"),
            L("about 100", 100, AP, P, "rwanda_accommodation_capacity", "2022 to 2024 (Hope Hostel, made ready for arrivals from Britain)", geo="Rwanda"),
            L("€670m", 670e6, E, EUR, "italy_albania_scheme_cost", "over five years from 2024 (projected; reception centres in Albania)", geo="Italy"),
            L("fewer than 1,000", 1000, LT, P, "italy_albania_centres_detainees", "2024 to July 2026 (held in total)", geo="Italy"),
            L("about one in five", 20, AP, PCT, "returns_share_of_return_orders", "now (return decisions that end in departure; Brussels' reckoning)", geo="EU"),
            L("roughly a seventh", 100 / 7, AP, PCT, "rwanda_scheme_cost_share_of_annual_asylum_cost", "scheme total vs " + FY25 + " asylum support"),
            L("£4.8bn", 4.8e9, E, GBP, AC, FY25 + " (asylum support)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (bought with the Rwanda money)", ctx="bought four relocations"),
        ]),
    "06-ods-long-term-international-migration-ye-june-2026": dict(
        meta=dict(url="https://www.ods.example/population/migration/bulletins/migrationtoandfromtheukprovisional/yearendingjune2026",
                  title="Migration to and from the UK, provisional estimates: year ending June 2026",
                  publisher="Office for Demographic Statistics", author="Migration Statistics Unit", published_date="2026-11-26",
                  license="Open Government Licence v3.0"),
        labels=[
            # 1. Main points
            L("142,000", 142000, E, P, NM, YJ26 + MP_),
            L("38%", -38, E, PCT, NM + "_change", YJ26 + " vs " + YJ25 + " (lower than)" + MP_, ctx="2026, 38% lower"),
            L("229,000", 229000, E, P, NM, YJ25 + MP_),
            L("791,000", 791000, E, P, IMM, YJ26 + MP_),
            L("649,000", 649000, E, P, EMI, YJ26 + MP_, occ=0),
            L("611,000", 611000, E, P, IMM + "_non_eu", YJ26 + MP_, occ=0),
            L("77%", 77, E, PCT, IMM + "_share_non_eu", YJ26 + MP_),
            L("74,000", -74000, E, P, BRIT, YJ26 + " (net outflow)" + MP_),
            L("77,000", -77000, E, P, "net_migration_eu", YJ26 + " (net outflow)" + MP_),
            L("25,000", 25000, E, P, REV, "year ending June 2025 (higher than first published)" + MP_),
            L("12,000", 12000, E, P, REV, YD25 + " (higher than first published)" + MP_),
            L("183,000", 183000, E, P, NM, YD25 + " (revised)" + MP_),
            # 2. People arriving
            L("611,000", 611000, E, P, IMM + "_non_eu", YJ26, occ=1),
            L("702,000", 702000, E, P, IMM + "_non_eu", YJ25),
            L("13%", -13, E, PCT, IMM + "_non_eu_change", YJ26 + " vs " + YJ25 + " (a decrease of)"),
            L("97,000", 97000, E, P, "immigration_work_non_eu", YJ26),
            L("58,000", 58000, E, P, "immigration_work_main_applicants", YJ26 + " (non-EU nationals)"),
            L("39,000", 39000, E, P, "immigration_work_dependants", YJ26 + " (non-EU nationals)"),
            L("more than four-fifths", -80, MT, PCT, "immigration_work_dependants_change", YJ26 + " vs year ending December 2023 (peak)"),
            L("231,000", 231000, E, P, "immigration_study_non_eu", YJ26),
            L("38%", 38, E, PCT, "immigration_non_eu_share_study", YJ26, ctx="or 38% of non-EU"),
            L("108,000", 108000, E, P, "immigration_asylum_non_eu", YJ26 + " (asylum-related)"),
            L("47,000", 47000, E, P, "immigration_humanitarian_non_eu", YJ26 + " (humanitarian routes)"),
            L("64,000", 64000, E, P, "immigration_eu", YJ26),
            L("116,000", 116000, E, P, "immigration_british", YJ26),
            # 3. People leaving
            L("649,000", 649000, E, P, EMI, YJ26, occ=1),
            L("627,000", 627000, E, P, EMI, YJ25 + " (a year earlier)"),
            L("318,000", 318000, E, P, "emigration_non_eu", YJ26),
            L("141,000", 141000, E, P, "emigration_eu", YJ26),
            L("190,000", 190000, E, P, "emigration_british", YJ26),
            L("Around 6 in 10", 60, AP, PCT, "emigration_non_eu_share_former_study", YJ26),
            L("293,000", 293000, E, P, "net_migration_non_eu", YJ26),
            L("461,000", 461000, E, P, "net_migration_non_eu", YJ25 + " (a year earlier)"),
            # 4. Table 1 (thousands)
            L("345", 345000, E, P, NM, YD24 + " (previous estimate)" + T1),
            L("338", 338000, E, P, NM, YD24 + " (revised estimate)" + T1),
            L("-7", -7000, E, P, REV, YD24 + T1),
            L("204", 204000, E, P, NM, "year ending June 2025 (previous estimate)" + T1),
            L("229", 229000, E, P, NM, "year ending June 2025 (revised estimate)" + T1),
            L("+25", 25000, E, P, REV, "year ending June 2025" + T1),
            L("171", 171000, E, P, NM, YD25 + " (previous estimate)" + T1),
            L("183", 183000, E, P, NM, YD25 + " (revised estimate)" + T1),
            L("+12", 12000, E, P, REV, YD25 + T1),
            L("142", 142000, E, P, NM, YJ26 + T1),
            L("12%", 12, E, PCT, REV, "year ending June 2025 (revision as a share of the previous estimate)"),
            L("944,000", 944000, E, P, NM, PEAK),
            L("802,000", -802000, E, P, NM + "_change", YJ26 + " vs " + PEAK + " (fallen by)"),
            L("about 85%", -85, AP, PCT, NM + "_change", YJ26 + " vs " + PEAK),
            # 5. Uncertainty
            R("104,000 to 187,000", 104000, 187000, P, NM, YJ26 + " (statistical range)"),
        ]),
    "07-grandstand-britains-quiet-exodus-emigration": dict(
        meta=dict(url="https://www.thegrandstand.example/article/britain-s-quiet-exodus/",
                  title="Britain's quiet exodus",
                  publisher="The Grandstand", author="Lucian Marchbank-Oyelaran", published_date="2026-11-27"),
        labels=[
            L("142,000", 142000, E, P, NM, "year ending June 2026 (yesterday's figures)"),
            L("944,000", 944000, E, P, NM, "year ending March 2023 (three and a half years ago)"),
            L("Some 649,000", 649000, AP, P, EMI, "year ending June 2026 (the year to June)"),
            L("190,000", 190000, E, P, "emigration_british", "year ending June 2026"),
            L("about a fifth", 20, AP, PCT, "emigration_british_change", "year ending June 2026 vs year ending June 2025 (higher than the year before)"),
            L("74,000", -74000, E, P, BRIT, "year ending June 2026 (more Britons left than returned)"),
            L("more than half", 50, MT, PCT, "emigration_british_share_under_35", "year ending June 2026 (British nationals who left)"),
            L("about 240,000", 240000, AP, P, "british_nationals_resident_abroad", "now (thought to be)", geo="United Arab Emirates"),
            L("roughly a million", 1e6, AP, P, "uk_born_population_abroad", "now (people born in the UK)", geo="Australia"),
            L("nearly four times", 4, ALM, RATIO, "emigration_british_ratio", "year ending June 2026 vs year ending June 2021 (pandemic)"),
            L("69.6m", 69.6e6, E, P, "population", "mid-2025 (estimated residents)"),
            L("0.5%", 0.5, E, PCT, "population_change", "mid-2024 to mid-2025 (more than a year earlier)"),
            L("72.5m", 72.5e6, E, P, "population_projection", "2032 (official projections)"),
            L("1.41", 1.41, E, CPW, "total_fertility_rate", "2024 (children per woman; a record low)", geo=EW),
            L("some 11,000", -11000, AP, P, "population_natural_change", "per year, now (deaths exceed births)", geo=SC),
            L("roughly 3,000", -3000, AP, P, "population_natural_change", "per year, now (deaths exceed births)", geo="Wales"),
            L("about 4,000", 4000, AP, P, "population_natural_change", "per year, now (births outnumber deaths)", geo=NI),
            V("tens of thousands", 20000, 90000, P, "emigration_british_graduates", "per year, now (young graduates exported; the author)"),
            L("100,000 or so", 100000, AP, P, "net_migration_target", "future (what politicians of every party talk about)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
