#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the forty-fifth hand-labelled hold-out set (holdout45).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, RATIO, BOATS, PPB, HOTELS, MONTHS, THIRD, SIXTH,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, PTR, RSC, RSP)

IMM, EMI, RET, APPS, BL = "immigration", "emigration", "returns", "asylum_applications", "asylum_backlog"
HIU, OCC, GRANT_SH = "asylum_hotels_in_use", "small_boat_occupancy", "asylum_grants_share_initial_decisions"
HOMELESS, HOUSEHOLDS = "refugees_homeless_after_leaving_asylum_support", "other:households"
COUNCILS, VIEWS = "other:council_areas", "other:views"
BLA, S65 = "asylum_backlog_appeals", "population_share_aged_65_and_over"
POPCH, BORN_SH = "population_change", "population_share_born_abroad"
WA, SC, NI, FR, RW, EU, LDN = "Wales", "Scotland", "Northern Ireland", "France", "Rwanda", "EU", "London"

# periods
YTD_SEP26, YTD_SEP25 = "1 January to Thursday 10 September 2026", "1 January to 10 September 2025"
Y25, Y24 = "2025 (calendar year)", "2024 (calendar year)"
FY26, FY25, FY24 = "2025/26 financial year", "2024/25 financial year", "2023/24 financial year"
ED25 = "end of December 2025 (31 December 2025; Home Office)"
EJ26, EJ25, EJ24 = "end of June 2026 (30 June 2026)", "end of June 2025 (30 June 2025)", "end of June 2024 (30 June 2024)"
YJ26, YJ25 = "year ending June 2026", "year ending June 2025"
JA26, JA25 = "1 January to 31 August 2026", "1 January to 31 August 2025"
CLAIM = " (viral social media post; claim)"
BOX = " (What the data shows box)"
YD25, YD24 = "year ending December 2025", "year ending December 2024"
PROV = " (provisional)"
T1, T2 = " (Table 1)", " (Table 2)"
MID25, YM25 = "mid-2025 (30 June 2025)", "year to mid-2025 (1 July 2024 to 30 June 2025)"
ONS_JUL = " (ONS mid-year estimates published Tuesday 28 July 2026)"
MEDP = "April 2022 to July 2024"
MP = " (Conservative MP on the Home Affairs Committee)"
SINCE_ELECTION = "5 July 2024 (the general election) to "

ARTICLES = {
    "01-foreland-review-dover-long-read-channel-crossings": dict(
        meta=dict(url="https://www.forelandreview.example/uk-news/2026/sep/12/dover-small-boats-channel-crossings-long-read",
                  title="The harbour at the end of the crossing: how Dover lives with the small boats",
                  publisher="The Foreland Review", author="Imelda Fairweather-Osei", published_date="2026-09-12"),
        labels=[
            L("More than 28,000", 28000, MT, P, SBA, YTD_SEP26 + " (so far this year; standfirst)"),
            L("512", 512, E, P, SBA, "Monday 7 September 2026 (brought into Dover by Border Force)", geo="Dover"),
            L("nine", 9, E, BOATS, SBC, "Monday 7 September 2026", ctx="from nine boats", geo="Dover"),
            L("28,350", 28350, E, P, SBA, YTD_SEP26 + " (by Thursday; Home Office)"),
            L("about 5%", -5, AP, PCT, SBA + "_change", YTD_SEP26 + " vs " + YTD_SEP25 + " (below)"),
            L("29,880", 29880, E, P, SBA, YTD_SEP25 + " (by that date in 2025)"),
            L("41,472", 41472, E, P, SBA, Y25 + " (last year's total; second-highest)"),
            L("45,774", 45774, E, P, SBA, "2022 (calendar year; the highest)"),
            L("Roughly seven in ten", 70, AP, PCT, "small_boat_arrivals_share_landed_at_dover", "2026 (those picked up at sea who are landed at Dover; Border Force)"),
            L("62", 62, E, PPB, OCC, YTD_SEP26 + " (average per dinghy this year)"),
            L("53", 53, E, PPB, OCC, Y24),
            L("At least 29", 29, AL, P, "small_boat_deaths", "1 January to 12 September 2026 (since January; International Organization for Migration)"),
            L("six", 6, E, P, "small_boat_deaths_children", "1 January to 12 September 2026 (since January; International Organization for Migration)", ctx="six of them children"),
            V("hundreds", 200, 900, P, SBA, "a single morning, 2026 (some mornings, on the quay; café owner)", ctx="there are hundreds on the quay", geo="Dover"),
            L("about 750", 750, AP, P, "charity_service_users", Y25 + " (last year; Harbourside Welcome Project)", geo="Dover"),
            L("fewer than one in ten", 10, LT, PCT, "charity_service_users_share_new_arrivals", Y25 + " (new arrivals among those helped; the project's coordinator)", geo="Dover"),
            L("412", 412, E, P, "unaccompanied_children_in_care", "July 2026 (unaccompanied asylum-seeking children looked after by Kent County Council)", geo="Kent"),
            L("350", 350, E, P, "unaccompanied_children_reception_capacity", "2026 (the number it says it can care for safely; Kent County Council)", geo="Kent"),
            L("1,860", 1860, E, P, "unaccompanied_children_transferred", FY26 + " (moved to other authorities through the national transfer scheme)", geo="Kent"),
            L("more than 5,200", 5200, MT, P, "small_boat_launch_attempts_stopped_people", "July to September 2026 (since July; French police and gendarmes)", geo=FR),
            L("1,960", 1960, E, P, RET, "2025 (start of the UK–France returns deal) to September 2026 (taken back by Paris)", geo=FR),
            L("Well over 150,000", 150000, MT, P, SBA, "2018 to September 2026 (come ashore in this town since 2018; Dover's MP)", geo="Dover"),
            L("about 118,000", 118000, AP, P, "population", "2026 (the district)", geo="Dover"),
        ]),
    "02-aldwych-evening-news-london-refugee-homelessness-96m": dict(
        meta=dict(url="https://www.aldwycheveningnews.example/news/london/london-boroughs-96m-bill-refugees-homeless-asylum-decisions-b1187264.html",
                  title="London boroughs face £96m bill as thousands of refugees are made homeless after asylum decisions",
                  publisher="The Aldwych Evening News", author="Oluwaseun Brightwell-Parr", published_date="2026-04-16"),
        labels=[
            L("£96m", 96e6, E, GBP, "council_refugee_homelessness_cost", FY26 + " (headline)", geo=LDN),
            V("thousands", 2000, 9000, P, HOMELESS, FY26 + " (refugees made homeless after asylum decisions; headline)", ctx="as thousands of refugees", geo=LDN),
            L("more than half", 50, MT, PCT, HOMELESS + "_change", FY26 + " vs " + FY25 + " (rose by; standfirst)", geo=LDN),
            L("£96 million", 96e6, E, GBP, "council_refugee_homelessness_cost", FY26 + " (last year; an estimated; emergency housing for refugees whose asylum accommodation had ended)", geo=LDN),
            L("nearly four times", 4, ALM, RATIO, "council_refugee_homelessness_cost_ratio", FY26 + " vs " + FY24 + " (what they spent two years ago)", geo=LDN),
            L("4,120", 4120, E, HOUSEHOLDS, HOMELESS, FY26 + " (the 12 months to March 2026; refugee households asking for homelessness help; London Councils survey)", geo=LDN),
            L("2,690", 2690, E, HOUSEHOLDS, HOMELESS, FY25, geo=LDN),
            L("53%", 53, E, PCT, HOMELESS + "_change", FY26 + " vs " + FY25 + " (a rise of)", geo=LDN),
            L("£25 million", 25e6, E, GBP, "council_refugee_homelessness_cost", FY24 + " (the bill)", geo=LDN),
            L("Around one in three", 100 / 3, AP, PCT, "refugee_households_share_bed_and_breakfast", FY26 + " (households placed in bed and breakfast rooms or hostels)", geo=LDN),
            L("£112", 112, E, GBP, "council_temporary_accommodation_cost", "per night, April 2026 (now; average cost of a bed and breakfast room in outer London)", geo=LDN),
            L("540", 540, E, HOUSEHOLDS, HOMELESS, FY26 + " (dealt with the most cases)", geo="Newham"),
            L("410", 410, E, HOUSEHOLDS, HOMELESS, FY26, geo="Croydon"),
            L("385", 385, E, HOUSEHOLDS, HOMELESS, FY26, geo="Hillingdon"),
            L("330", 330, E, HOUSEHOLDS, HOMELESS, FY26, geo="Ealing"),
            L("8,340", 8340, E, P, HOT, ED25 + " (asylum seekers housed in hotels across the capital)", geo=LDN),
            L("64", 64, E, HOTELS, HIU, ED25, geo=LDN),
            L("more than a quarter", 25, MT, PCT, "asylum_hotel_population_share_london", ED25 + " (of those in hotels nationally)"),
            L("30,640", 30640, E, P, HOT, ED25 + " (in hotels nationally)"),
            L("1,480", 1480, E, P, HOT, ED25 + " (the largest number of any borough)", geo="Hillingdon"),
            L("more than 300", 300, MT, HOUSEHOLDS, HOMELESS, "per month, July 2025 to April 2026 (since July; straight from asylum accommodation; London Councils' executive member for housing)", geo=LDN),
            L("68,400", 68400, E, HOUSEHOLDS, "temporary_accommodation_households", "April 2026 (London households already in temporary accommodation; London Councils' executive member for housing)", geo=LDN),
            L("Roughly one in 50", 2, AP, PCT, "temporary_accommodation_share_of_population", "April 2026 (Londoners now living in temporary accommodation)", geo=LDN),
            L("More than 40", 40, MT, HOTELS, "asylum_hotels_closed", SINCE_ELECTION + "April 2026 (asylum hotels shut; Home Office spokesperson)"),
            L("£4.8 billion", 4.8e9, E, GBP, AC, FY25 + " (asylum accommodation; Home Office spokesperson)"),
            L("£12 million", 12e6, E, GBP, "london_refugee_private_rented_scheme_funding", "2025/26 (the Mayor's scheme helping refugees into private rented homes; City Hall)", geo=LDN),
            L("460", 460, E, HOUSEHOLDS, "refugee_households_housed_private_rented", "autumn 2025 to April 2026 (since the scheme opened in the autumn; City Hall)", geo=LDN),
        ]),
    "03-corran-news-verify-viral-migrant-numbers-claims": dict(
        meta=dict(url="https://www.corrannews.example/news/uk/verify-four-viral-claims-migrant-numbers-checked-66120483",
                  title="Migrant numbers: four viral claims checked",
                  publisher="Corran News", author="Lowri Anand-Hutchison, Petra Okafor-Grange", published_date="2026-09-04"),
        labels=[
            L("more than 9 million", 9e6, MT, VIEWS, "social_media_post_views", "this week, to Friday 4 September 2026 (the four posts together)"),
            # Claim 1
            L("1.2m", 1.2e6, E, P, IMM, "2025 (last year; migrants came to Britain)" + CLAIM, occ=0),
            L("about 4.3 million", 4.3e6, AP, VIEWS, "social_media_post_views", "this week, to Friday 4 September 2026 (the post with claim 1)"),
            L("831,000", 831000, E, P, IMM, Y25 + " (moved to the UK for a year or more; ONS)", occ=0),
            L("643,000", 643000, E, P, EMI, Y25 + " (left; ONS)"),
            L("188,000", 188000, E, P, NM, Y25 + " (ONS)", occ=0),
            L("1.2m", 1.2e6, E, P, IMM, "the claim's figure (Corran Verify: looks as if it comes from 2023)" + CLAIM, occ=1),
            L("about 1.2 million", 1.2e6, AP, P, IMM, "2023 (calendar year; ONS first estimate, since revised)"),
            # Claim 2
            L("12.9k", 12900, E, P, SBA, "August 2026 (in August alone)" + CLAIM, occ=0),
            L("7,330", 7330, E, P, SBA, "August 2026 (Home Office)"),
            L("12.9k", 12900, E, P, SBA, "the claim's total (matches July and August 2026 taken together)" + CLAIM, occ=1),
            L("5,570", 5570, E, P, SBA, "July 2026"),
            L("12,900", 12900, E, P, SBA, "July and August 2026 (the two months together)"),
            L("27,110", 27110, E, P, SBA, JA26, occ=0),
            L("about 3%", -3, AP, PCT, SBA + "_change", JA26 + " vs " + JA25 + " (fewer)"),
            L("28,040", 28040, E, P, SBA, JA25 + " (the same months of 2025)"),
            # Claim 3
            L("400", 400, E, HOTELS, HIU, "2026 (migrant hotels in Britain)" + CLAIM, ctx="There are 400 migrant"),
            L("more than 400", 400, MT, HOTELS, HIU, "2023 (at the peak)"),
            L("171", 171, E, HOTELS, HIU, EJ26 + " (Home Office)"),
            L("27,900", 27900, E, P, HOT, EJ26 + " (asylum seekers housed in hotels)", occ=0),
            L("fewer than half", 0.5, LT, RATIO, HIU + "_ratio", EJ26 + " vs 2023 (as many sites as at the peak)"),
            # Claim 4
            L("One in five", 20, E, PCT, BORN_SH, "2026 (people living here born abroad)" + CLAIM),
            L("10 million", 10e6, E, P, "population_born_abroad", "2021 (census; residents born outside the UK)", geo=EW),
            L("16.8%", 16.8, E, PCT, BORN_SH, "2021 (census)", occ=0, geo=EW),
            L("about one in six", 100 / 6, AP, PCT, BORN_SH, "2021 (census)", geo=EW),
            L("one in five", 20, E, PCT, BORN_SH, "2026 (the claim, rejected)" + CLAIM, ctx="rather than one in five"),
            L("about one in ten", 10, AP, PCT, BORN_SH, "2022 (Scotland's census, held a year later)", geo=SC),
            # What the data shows box
            L("188,000", 188000, E, P, NM, Y25 + BOX, occ=1),
            L("831,000", 831000, E, P, IMM, Y25 + " (long-term immigration)" + BOX, occ=1),
            L("27,110", 27110, E, P, SBA, JA26 + BOX, occ=1),
            L("27,900", 27900, E, P, HOT, EJ26 + BOX, occ=1),
            L("16.8%", 16.8, E, PCT, BORN_SH, "2021 (census)" + BOX, occ=1, geo=EW),
        ]),
    "04-office-for-migration-estimates-ltim-ye-dec-2025": dict(
        meta=dict(url="https://www.ome.example/population/migration/bulletins/internationalmigrationprovisional/yearendingdecember2025",
                  title="International migration to and from the UK, provisional: year ending December 2025",
                  publisher="Office for Migration Estimates", author="Migration Statistics team", published_date="2026-05-21",
                  license="Open Government Licence v3.0"),
        labels=[
            # 1. Headline findings
            L("188,000", 188000, E, P, NM, YD25 + PROV, occ=0),
            L("331,000", 331000, E, P, NM, YD24 + " (revised estimate)", occ=0),
            L("831,000", 831000, E, P, IMM, YD25 + " (an estimated)", occ=0),
            L("11%", -11, E, PCT, IMM + "_change", YD25 + " vs " + YD24 + " (lower than a year earlier)"),
            L("6%", 6, E, PCT, EMI + "_change", YD25 + " vs " + YD24 + " (rose by)"),
            L("643,000", 643000, E, P, EMI, YD25, occ=0),
            L("642,000", 642000, E, P, "immigration_non_eu", YD25 + " (non-EU+ nationals)", occ=0),
            L("around 77%", 77, AP, PCT, "immigration_share_non_eu", YD25 + " (non-EU+ share of immigration)"),
            L("86,000", -86000, E, P, "net_migration_british_nationals", YD25 + " (British nationals leaving outnumbered those returning; an estimated)", occ=0),
            L("36%", -36, E, PCT, "immigration_work_non_eu_change", YD25 + " vs " + YD24 + " (work-related immigration of non-EU+ nationals fell by)"),
            # Table 1
            L("118,000", 118000, E, P, "immigration_british", YD25 + T1),
            L("204,000", 204000, E, P, "emigration_british", YD25 + T1),
            L("-86,000", -86000, E, P, "net_migration_british_nationals", YD25 + T1),
            L("71,000", 71000, E, P, "immigration_eu", YD25 + " (EU+)" + T1),
            L("139,000", 139000, E, P, "emigration_eu", YD25 + " (EU+)" + T1),
            L("-68,000", -68000, E, P, "net_migration_eu", YD25 + " (EU+)" + T1),
            L("642,000", 642000, E, P, "immigration_non_eu", YD25 + " (non-EU+)" + T1, occ=1),
            L("300,000", 300000, E, P, "emigration_non_eu", YD25 + " (non-EU+)" + T1, occ=0),
            L("342,000", 342000, E, P, "net_migration_non_eu", YD25 + " (non-EU+)" + T1, occ=0),
            L("831,000", 831000, E, P, IMM, YD25 + " (all nationalities)" + T1, occ=1),
            L("643,000", 643000, E, P, EMI, YD25 + " (all nationalities)" + T1, occ=1),
            L("188,000", 188000, E, P, NM, YD25 + " (all nationalities)" + T1, occ=1),
            # text after Table 1
            L("457,000", 457000, E, P, "net_migration_non_eu", YD24 + " (non-EU+)"),
            L("342,000", 342000, E, P, "net_migration_non_eu", YD25 + " (non-EU+)", occ=1),
            L("605,000", 605000, E, P, EMI, YD24 + " (emigration was up from)"),
            L("300,000", 300000, E, P, "emigration_non_eu", YD25 + " (departures of non-EU+ nationals edged down to)", occ=1),
            R("between 136,000 and 240,000", 136000, 240000, P, NM, YD25 + " (likely range, allowing for uncertainty)"),
            # Table 2
            L("268,000", 268000, E, P, "immigration_work_non_eu", YD24 + T2),
            L("172,000", 172000, E, P, "immigration_work_non_eu", YD25 + T2),
            L("279,000", 279000, E, P, "immigration_study_non_eu", YD24 + T2),
            L("251,000", 251000, E, P, "immigration_study_non_eu", YD25 + T2),
            L("88,000", 88000, E, P, "immigration_family_non_eu", YD24 + T2),
            L("79,000", 79000, E, P, "immigration_family_non_eu", YD25 + T2),
            L("101,000", 101000, E, P, "immigration_humanitarian_non_eu", YD24 + T2),
            L("91,000", 91000, E, P, "immigration_humanitarian_non_eu", YD25 + T2, occ=0),
            L("52,000", 52000, E, P, "immigration_other_non_eu", YD24 + T2),
            L("49,000", 49000, E, P, "immigration_other_non_eu", YD25 + T2),
            L("788,000", 788000, E, P, "immigration_non_eu", YD24 + " (total)" + T2),
            L("642,000", 642000, E, P, "immigration_non_eu", YD25 + " (total)" + T2, occ=2),
            # text after Table 2
            L("39%", 39, E, PCT, "immigration_share_study_non_eu", YD25 + " (study's share of non-EU+ immigration)"),
            L("96,000", -96000, E, P, "immigration_work_non_eu_change", YD25 + " vs " + YD24 + " (work-related arrivals fell by)"),
            L("38,000", 38000, E, P, "immigration_work_dependants_non_eu", YD25 + " (dependants of people on work visas)"),
            L("97,000", 97000, E, P, "immigration_work_dependants_non_eu", YD24 + " (a year earlier)"),
            L("33%", -33, E, PCT, "visas_granted_work_change", "2025 vs 2024 (entry clearance visas granted for work; Home Office visa statistics)"),
            L("9,870", 9870, E, P, "visas_granted_health_care_worker", Y25 + " (main applicants; Home Office visa statistics)"),
            L("91,000", 91000, E, P, "immigration_humanitarian_non_eu", YD25 + " (humanitarian routes)", occ=1),
            # 4. Revisions
            L("331,000", 331000, E, P, NM, YD24 + " (revised estimate, May 2026)", occ=1),
            L("14,000", -14000, E, P, "net_migration_revision", YD24 + " (revision vs the November 2025 estimate; lower)"),
            L("345,000", 345000, E, P, NM, YD24 + " (estimate published November 2025)"),
        ]),
    "05-clwydian-herald-wales-population-wrexham-fastest": dict(
        meta=dict(url="https://www.clwydianherald.example/news/north-wales-news/wrexham-grows-fastest-north-wales-population-31559027",
                  title="Wrexham grows fastest in north Wales as migration keeps population rising",
                  publisher="The Clwydian Herald", author="Gethin Marlow-Adeyemi", published_date="2026-07-29"),
        labels=[
            L("3.2 million", 3.2e6, MT, P, "population", MID25 + " (past; standfirst)", geo=WA),
            L("3,201,300", 3201300, E, P, "population", MID25 + ONS_JUL, geo=WA),
            L("14,700", 14700, E, P, "population_growth", YM25, geo=WA),
            L("0.5%", 0.5, E, PCT, POPCH, YM25, geo=WA),
            L("27,100", 27100, E, P, "births", YM25, geo=WA),
            L("33,900", 33900, E, P, "deaths", YM25, geo=WA),
            L("6,800", -6800, E, P, "population_natural_change", YM25 + " (a natural decrease)", geo=WA),
            L("13,900", 13900, E, P, "net_migration_international", YM25, geo=WA),
            L("7,600", 7600, E, P, "internal_migration_net", YM25 + " (more people moved to Wales from other parts of the UK than left)", geo=WA),
            L("0.4%", 0.4, E, PCT, POPCH, YM25, occ=0, geo=EW),
            L("62.1 million", 62.1e6, E, P, "population", MID25, geo=EW),
            L("0.4%", 0.4, E, PCT, POPCH, YM25 + " (NISRA estimates published last month)", occ=1, geo=NI),
            L("1.2%", 1.2, E, PCT, POPCH, YM25 + " (grew fastest in north Wales)", geo="Wrexham"),
            L("139,600", 139600, E, P, "population", MID25, geo="Wrexham"),
            L("0.6%", 0.6, E, PCT, POPCH, YM25, occ=0, geo="Flintshire"),
            L("157,200", 157200, E, P, "population", MID25, geo="Flintshire"),
            L("0.3%", 0.3, E, PCT, POPCH, YM25, geo="Denbighshire"),
            L("0.2%", 0.2, E, PCT, POPCH, YM25, occ=0, geo="Conwy"),
            L("0.2%", -0.2, E, PCT, POPCH, YM25 + " (fell)", occ=1, geo="Gwynedd"),
            L("0.4%", -0.4, E, PCT, POPCH, YM25 + " (fell)", occ=2, geo="Isle of Anglesey"),
            L("68,900", 68900, E, P, "population", MID25, geo="Isle of Anglesey"),
            L("1.5%", 1.5, E, PCT, POPCH, YM25 + " (the fastest growth in Wales)", geo="Newport"),
            L("380,000", 380000, MT, P, "population", MID25 + " (passed, for the first time)", geo="Cardiff"),
            L("Five", 5, E, COUNCILS, "council_areas_population_decline", YM25 + " (local authorities that shrank)", geo=WA),
            L("0.6%", -0.6, E, PCT, POPCH, YM25 + " (the steepest fall)", occ=1, geo="Ceredigion"),
            L("More than one in five", 20, MT, PCT, S65, MID25 + " (now)", geo=WA),
            L("22.4%", 22.4, E, PCT, S65, MID25, geo=WA),
            L("43.1 years", 43.1, E, YEARS, "population_median_age", MID25, geo=WA),
            L("40.9", 40.9, E, YEARS, "population_median_age", MID25 + " (England and Wales as a whole)", geo=EW),
            L("Around 1,200", 1200, AP, P, IMM, "per year, recent years (settling here from overseas; Wrexham Council's lead member for economy and regeneration)", geo="Wrexham"),
            L("about 7,000", -7000, AP, P, "population_natural_change", "per year (without migration, Wales would be losing; Plaid Cymru's economy spokesperson)", geo=WA),
            L("something like a third", 100 / 3, AP, PCT, "internal_migration_share_school_leavers_leaving", "each year (school leavers leaving for universities and jobs elsewhere; Menai Institute demographer)", geo="Gwynedd and Isle of Anglesey"),
            L("fewer than half", 50, LT, PCT, "internal_migration_share_leavers_returning", "ever (school leavers who leave and come back; Menai Institute demographer)", geo="Gwynedd and Isle of Anglesey"),
        ]),
    "06-daily-flagstaff-rwanda-715million-four-migrants-mp": dict(
        meta=dict(url="https://www.dailyflagstaff.example/news/politics/2140988/rwanda-scheme-715million-four-migrants-tory-mp-deterrent",
                  title="Rwanda scheme cost £715MILLION and sent just FOUR migrants - but Tory MP says it 'never got the chance to work'",
                  publisher="Daily Flagstaff", author="Barnaby Quarrington-Ellis", published_date="2026-02-11"),
        labels=[
            L("£715MILLION", 715e6, E, GBP, RSC, MEDP + " (headline)"),
            L("FOUR", 4, E, P, "rwanda_relocations", MEDP + " (headline)"),
            L("four", 4, E, P, "rwanda_relocations", MEDP + " (went to Kigali, all volunteers; caption)", ctx="Just four people went"),
            L("£715million", 715e6, E, GBP, RSC, MEDP + " (swallowed; Public Accounts Committee report published Tuesday 10 February 2026)", occ=0),
            L("four", 4, E, P, "rwanda_relocations", MEDP + " (ever relocated)", ctx="only four migrants"),
            L("£290million", 290e6, E, GBP, PTR, MEDP + " (went directly to Kigali's government)"),
            L("£164million", 164e6, E, GBP, RSC, MEDP + " (staff, lawyers and IT)"),
            L("£261million", 261e6, E, GBP, RSC, MEDP + " (detention places, escorts and preparing flights)"),
            L("more than £178million", 178e6, MT, GBP, RSC, "per person relocated, " + MEDP),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "per person (offered to those who agreed to go; separate voluntary scheme)"),
            L("£1billion", 1e9, MT, GBP, RSP, "the full five years (would have topped; Public Accounts Committee estimate)"),
            L("5,700", 5700, E, P, "rwanda_removal_candidates_identified", "by spring 2024 (asylum seekers identified for removal)"),
            L("more than 3,500", 3500, MT, P, "rwanda_removal_candidates_lost_contact", "by May 2024 (when the election was called; officials had lost touch)"),
            L("As many as 130", 130, AM, P, "rwanda_removal_cohort", "June 2022 (first enforced flight; originally told they would be on it)"),
            L("seven", 7, E, P, "rwanda_removal_cohort", "June 2022 (remained on the first flight by the evening)", ctx="only seven remained"),
            L("more than 65,000", 65000, MT, P, SBA, "July 2024 (Labour scrapped the scheme) to February 2026 (since then)" + MP),
            L("£4.8billion", 4.8e9, E, GBP, AC, FY25 + " (last year; the asylum system)" + MP),
            L("less than two months", 2, LT, MONTHS, "rwanda_scheme_cost_months_of_asylum_spending", MEDP + " scheme cost vs " + FY25 + " asylum support spending" + MP),
            L("up to 200", 200, AM, P, "rwanda_accommodation_capacity", "2024 (rooms ready)" + MP, geo=RW),
            L("640", 640, E, P, SBA, "January 2026 (last month; Home Office)"),
            L("£715million", 715e6, E, GBP, RSC, MEDP + " (spent by our predecessors; Home Office spokesman)", occ=1),
            L("more than 50,000", 50000, MT, P, RET, SINCE_ELECTION + "February 2026 (returned; Home Office spokesman)"),
            L("64 per cent", 64, E, PCT, "poll_share_revive_rwanda_scheme", "February 2026 (this week; Daily Flagstaff poll of readers)"),
        ]),
    "07-pavilion-asylum-backlog-moved-to-tribunal": dict(
        meta=dict(url="https://www.thepavilion.example/article/the-asylum-backlog-hasn-t-gone-away-it-has-moved-to-the-tribunal",
                  title="The asylum backlog hasn't gone away. It has moved to the tribunal",
                  publisher="The Pavilion", author="Hector Ravensworth-Pike", published_date="2026-11-07"),
        labels=[
            L("something like 118,000", 118000, AP, P, BL, "July 2024 (when Labour took office; awaiting an initial decision)"),
            L("a little under 59,000", 59000, ALM, P, BL, EJ26 + " (the Home Office's own figures)"),
            L("roughly half", 0.5, AP, RATIO, BL + "_ratio", EJ26 + " vs July 2024 (what it was)"),
            L("about a third", 1 / 3, AP, RATIO, BL + "_ratio", EJ26 + " vs the 2023 peak"),
            L("more than halved", -50, MT, PCT, BL + "_change", "July 2024 to October 2026 (the Home Secretary in the Commons last month)"),
            L("north of 70,000", 70000, MT, P, BLA, EJ26 + " (appeals waiting to be heard; now)"),
            L("doubled", 2, E, RATIO, BLA + "_ratio", EJ26 + " vs " + EJ24 + " (in two years)"),
            L("well over a third", THIRD, MT, PCT, BLA + "_change", EJ26 + " vs " + EJ25 + " (grew by; the twelve months to June)"),
            L("49,300", 49300, E, P, "asylum_appeals_lodged", YJ26 + " (fresh appeals lodged)"),
            L("nearly half", 50, ALM, PCT, GRANT_SH, YJ25 + " (a year earlier)"),
            L("about 41%", 41, AP, PCT, GRANT_SH, YJ26),
            L("perhaps two in five", 40, AP, PCT, "asylum_appeals_share_allowed", YJ26 + " (appellants who win)"),
            L("the better part of a year", 1, ALM, YEARS, "asylum_appeal_wait_average", "2026 (now; time for a hearing to arrive)"),
            L("around 11 months", 11, AP, MONTHS, "asylum_appeal_wait_average", "2026 (from lodging; the tribunal's own reckoning)"),
            L("roughly £4.3bn", 4.3e9, AP, GBP, AC, FY26 + " (asylum support)"),
            L("somewhere around £40,000", 40000, AP, GBP, AC, "per person supported, " + FY26),
            L("the best part of 28,000", 28000, ALM, P, HOT, EJ26 + " (hotels still house; latest figures)"),
            L("perhaps 200,000", 200000, AP, P, "asylum_backlog_including_appeals", "2026 (everyone awaiting a first decision, an appeal or removal after refusal)"),
            L("fewer than 10,000", 10000, LT, P, RET, YJ26 + " (enforced returns)"),
            L("some 450,000", 450000, AP, P, BL, "2006 (the 'legacy' of unresolved cases discovered)"),
            L("something over 780,000", 780000, MT, P, APPS, Y25 + " (claimed asylum)", geo=EU),
        ]),
}

# Merge a bracketed note that follows a bracketed period: "2025 (calendar year) (ONS)" -> "2025 (calendar year; ONS)".
for _art in ARTICLES.values():
    for _lab in _art["labels"]:
        _lab["period"] = _lab["period"].replace(") (", "; ")

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
