#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-eighty-sixth hand-labelled hold-out set (holdout186).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, EUR, RATIO, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, NM, AC, PTR, RSC)

UK, ENG, WAL, SCO = "UK", "England", "Wales", "Scotland"
CASES, HH, PASSES = "other:cases", "other:households", "other:passes"
TWO3 = 200 / 3

# 01 (Tuesday 10 March 2026; Home Office FOI figures obtained by Chambray News)
SCH = "April 2022 to July 2024 (the life of the scheme"
LEG = "rwanda_scheme_cost_legal"
BOX1 = " (THE RWANDA SCHEME IN NUMBERS box)"

# 02 (Thursday 16 April 2026; MHCLG data published Tuesday 14 April 2026 for the three months to December 2025)
Q425 = "October to December 2025 (the three months to December; MHCLG data published Tuesday 14 April 2026)"
RH = "refugees_homeless_after_leaving_asylum_support"

# 03 (Friday 12 June 2026; the EU pact takes effect that day; UK-France agreement confirmed that day)
UKF = "uk_funding_to_france"
NEW3 = "2026/27 to 2028/29 (the next three years, new UK-France agreement"
EU = "EU"
YTD3 = "1 January to 11 June 2026 (so far this year)"

# 04 (Thursday 22 January 2026; MHCLG data for December 2025; PA copy)
HFU = "homes_for_ukraine_host_households"
TYP = "homes_for_ukraine_thank_you_payment"
DEV = "Devon"
BOX4 = " (DEVON AND UKRAINE box; Devon County Council)"

# 05 (Thursday 28 May 2026; ONS estimates for calendar 2025 published Thursday 21 May 2026)
Y25 = "January to December 2025 (2025; ONS estimates published 21 May 2026)"
CH5 = " (Chart: net migration of non-EU nationals by route, thousands; ONS)"

# 06 (Wednesday 9 September 2026; Welsh Government written answer on 2025/26)
FY26 = "April 2025 to March 2026 (2025/26, last year; Welsh Government written answer)"
NOS = "welsh_government_sanctuary_spending"
BOX6 = " (FACT FILE box; Welsh Government written answer)"

# 07 (Thursday 26 November 2026; Glasgow City Council figures obtained by the Daily Moleskin; Home Office data to September 2026)
GLA = "Glasgow"
FY7 = "April 2025 to March 2026 (2025/26, last year; figures obtained by the Daily Moleskin)"
S26 = "30 September 2026 (the end of September; Home Office data for the 12 months to September published 26 November 2026)"
CAC = "council_asylum_cost"
BOX7 = " (THE NUMBERS box; Glasgow City Council)"
LDR = "Cllr Graeme Ochiltree-Mensah, Glasgow City Council leader"

ARTICLES = {
    "01-chambray-news-rwanda-scheme-legal-costs-explainer": dict(
        meta=dict(url="https://news.chambray.example/story/rwanda-scheme-what-did-the-court-battles-cost-13418827",
                  title="Rwanda scheme: What did the court battles cost - and will any of the money come back?",
                  publisher="Chambray News", author="Priya Castellane-Obi", published_date="2026-03-10"),
        labels=[
            L("nearly £18m", 18000000, ALM, GBP, LEG, SCH + "; figures obtained by Chambray News under FOI)"),
            L("more than £700m", 700000000, MT, GBP, RSC, SCH + "; the previous government's spending on the partnership)", ctx="on top of the more than £700m"),
            L("four", 4, E, P, "rwanda_relocations", SCH + "; people relocated)", ctx="relocated four people"),
            L("£11.8m", 11800000, E, GBP, LEG + "_external_counsel", "April 2022 to July 2024 (external counsel and specialist firms; Home Office FOI)"),
            L("£3.4m", 3400000, E, GBP, LEG + "_government_legal_department", SCH + "; Government Legal Department staff time)"),
            L("£2.65m", 2650000, E, GBP, LEG + "_adverse_costs", SCH + "; adverse costs paid to claimants' solicitors)"),
            L("£17.85m", 17850000, E, GBP, LEG, SCH + "; added up)", ctx="that is £17.85m"),
            L("roughly £4.5m", 4500000, AP, GBP, LEG + "_per_relocation", SCH + "; legal costs for each person flown to Kigali)"),
            L("£4.1m", 4100000, E, GBP, "legal_aid_rwanda_removal_challenges", SCH + "; Legal Aid Agency, written parliamentary answer published last week)"),
            L("130", 130, E, P, "rwanda_removal_directions_first_flight", "14 June 2022 (initially served with removal directions for the first flight)"),
            L("seven", 7, E, P, "rwanda_first_flight_passengers_remaining", "14 June 2022 (still listed that evening)"),
            L("at least 340", 340, AL, CASES, "rwanda_judicial_review_claims", SCH + "; separate judicial review claims, Chambray News count)"),
            L("About a quarter", 25, AP, PCT, "rwanda_judicial_review_claims_share_open", "July 2024 (still live when the policy was dropped; Chambray News count)"),
            L("2,480", 2480, E, P, "rwanda_removal_candidates_identified", "spring 2024 (identified for possible removal)"),
            L("1,190", 1190, E, P, "immigration_detentions_rwanda", "spring 2024 (detained ahead of flights that never came)"),
            L("63", 63, E, CASES, "unlawful_detention_claims_rwanda", "to the end of January 2026 (claims for unlawful detention lodged; the Home Office)"),
            L("£1.2m", 1200000, E, GBP, "unlawful_detention_compensation_rwanda", "to the end of January 2026 (paid out so far to settle claims; the Home Office)"),
            L("£290m", 290000000, E, GBP, PTR, SCH + "; payments to Rwanda, National Audit Office)", ctx="came to £290m"),
            L("£220m", 220000000, E, GBP, "payment_to_rwanda_cancelled", "scheduled instalments cancelled (a Home Office source)"),
            V("tens of thousands", 20000, 90000, P, SBA, "per year (those crossing each year; a former Home Office adviser)"),
            L("more than £700m", 700000000, MT, GBP, RSC, SCH + "; a Home Office spokesperson)", ctx="\"cost more than £700m"),
            L("four", 4, E, P, "rwanda_relocations", SCH + "; volunteers sent, a Home Office spokesperson)", ctx="sent four volunteers"),
            L("1,000", 1000, E, P, "enforcement_officers_extra", "since July 2024 (extra enforcement officers; a Home Office spokesperson)", ctx="including 1,000 extra"),
            L("£700m+", 700000000, MT, GBP, RSC, SCH + "; total cost of the partnership" + BOX1 + ")"),
            L("£290m", 290000000, E, GBP, PTR, SCH + "; paid to the Rwandan government" + BOX1 + ")", ctx="£290m - paid"),
            L("4", 4, E, P, "rwanda_relocations", SCH + "; people relocated, all volunteers" + BOX1 + ")", ctx="4 - people relocated"),
            L("£17.85m", 17850000, E, GBP, LEG, SCH + "; legal costs of defending it" + BOX1 + ")", ctx="£17.85m - legal costs"),
        ]),
    "02-the-seersucker-refugees-homeless-move-on-period": dict(
        meta=dict(url="https://www.theseersucker.example/uk-news/2026/apr/16/refugees-homeless-move-on-period-asylum-accommodation-england",
                  title="'They gave me status and a tent': refugees leaving Home Office housing pushed into homelessness",
                  publisher="The Seersucker", author="Hannah Reyes-Whitford", published_date="2026-04-16"),
        labels=[
            L("8,760", 8760, E, HH, RH, "October to December 2025 (a single quarter; standfirst)", geo=ENG, ctx="recorded 8,760"),
            L("almost a third", 100 / 3, ALM, PCT, RH + "_change", "year on year (October to December 2025 vs the same quarter of 2024)", geo=ENG),
            L("8,760", 8760, E, HH, RH, Q425, geo=ENG, ctx="duty towards 8,760"),
            L("31%", 31, E, PCT, RH + "_change", "October to December 2025 vs the same quarter of 2024 (up; MHCLG data)", geo=ENG),
            L("6,690", 6690, E, HH, RH, "October to December 2024 (the same quarter of 2024; MHCLG data)", geo=ENG),
            L("31,420", 31420, E, HH, RH, "January to December 2025 (the whole of 2025; MHCLG data)", geo=ENG),
            L("72%", 72, E, PCT, RH + "_share_single_adults", "January to December 2025 (single adults; MHCLG data)", geo=ENG),
            L("19 days", 19, E, "other:days", "refugee_move_on_notice_received_average", "2025 (average warning actually received before eviction; Refugee Housing Network survey)"),
            L("one in three", 100 / 3, E, PCT, "refugees_share_homeless_after_eviction", "2025 (ended up on the street, in a night shelter or on a friend's floor; Refugee Housing Network survey)"),
            L("412", 412, E, P, RH + "_rough_sleeping", "October to December 2025 (the final quarter of 2025; London street outreach teams)", geo="London"),
            L("nearly four times", 4, ALM, RATIO, RH + "_rough_sleeping_ratio", "October to December 2025 vs the same months of 2023", geo="London"),
            L("108", 108, E, P, RH + "_rough_sleeping", "October to December 2023 (the same months of 2023; London street outreach teams)", geo="London"),
            L("47,950", 47950, E, P, "asylum_grants", "January to December 2025 (the 12 months to December; the Home Office)"),
            L("£118m", 118000000, E, GBP, "council_refugee_homelessness_cost", "April 2025 to March 2026 (2025/26; London Councils estimate)", geo="London"),
            L("more than double", 2, MT, RATIO, "council_refugee_homelessness_cost_ratio", "2025/26 vs 2024/25 (the year before; London Councils estimate)", geo="London"),
            V("Tens of thousands", 20000, 90000, P, "asylum_decisions", "2025 (decisions made in a hurry; Dr Femi Carrow-Lindqvist, University of Sheffield)"),
            L("£1.5m", 1500000, E, GBP, "home_office_refugee_move_on_funding", "2026 (extra funding to councils to help refugees find housing; a government spokesperson)", geo=ENG),
        ]),
    "03-the-bombazine-eu-migration-pact-uk-france-funding": dict(
        meta=dict(url="https://www.thebombazine.example/news/uk/politics/eu-migration-pact-uk-france-small-boats-deal-b2794106.html",
                  title="EU migration pact comes into force as UK agrees bigger cheque for France",
                  publisher="The Bombazine", author="Thomas Aldgate-Mensah", published_date="2026-06-12"),
        labels=[
            L("€705m", 705000000, E, EUR, UKF, NEW3 + "; standfirst)", ctx="pay Paris €705m"),
            L("€705m", 705000000, E, EUR, UKF, NEW3 + ")", ctx="France €705m - roughly"),
            L("roughly £600m", 600000000, AP, GBP, UKF, NEW3 + ", in pounds)"),
            L("more than a quarter", 25, MT, PCT, UKF + "_change", "new agreement vs the 2023 deal (bigger)"),
            L("£476m", 476000000, E, GBP, UKF, "2023/24 to 2025/26 (the deal signed in 2023, expiring this summer)"),
            L("30,000", 30000, E, P, "eu_solidarity_relocations_benchmark", "per year (the EU pact's benchmark)", geo=EU),
            L("€600m", 600000000, E, EUR, "eu_solidarity_contributions_benchmark", "per year (the EU pact's benchmark, in contributions)", geo=EU),
            L("€20,000", 20000, E, EUR, "eu_solidarity_payment_per_relocation_declined", "per person a country declines to take (EU pact)", geo=EU),
            L("24,500", 24500, E, P, "eu_solidarity_relocations_pledged", "first annual cycle (governments' pledges; Commission note)", geo=EU),
            L("€512m", 512000000, E, EUR, "eu_solidarity_contributions_pledged", "first annual cycle (governments' pledges in cash; Commission note)", geo=EU),
            L("About a third", 100 / 3, AP, PCT, UKF + "_share_french_officers_drones", NEW3 + "; share for extra French officers and drones)"),
            L("1,140", 1140, E, P, "returns_france", "August 2025 to June 2026 (since the one in, one out pilot began last August; Home Office figures)"),
            L("1,015", 1015, E, P, "uk_france_legal_route_arrivals", "August 2025 to June 2026 (admitted from France through the linked legal route; Home Office figures)"),
            L("18,420", 18420, E, P, SBA, YTD3),
            L("9%", -9, E, PCT, SBA + "_change", "1 January to 11 June 2026 vs the same point in 2025 (down)"),
            L("20,240", 20240, E, P, SBA, "1 January to 11 June 2025 (at this point in 2025)"),
            L("£4.3bn", 4300000000, E, GBP, AC, "April 2024 to March 2025 (2024/25; asylum accommodation and support)"),
            L("€150m", 150000000, E, EUR, UKF + "_performance_linked", NEW3 + "; held back until French forces meet targets; officials)"),
            L("about £128m", 128000000, AP, GBP, UKF + "_performance_linked", NEW3 + "; held back, in pounds; officials)"),
            L("well over a billion pounds", 1000000000, MT, GBP, UKF, "2014 to 2026 (since 2014; Dr Ines Varga-Holloway, King's College London)"),
            L("roughly 6 in 10", 60, AP, PCT, "small_boat_launches_prevented_share", "2025 (last year; launch attempts stopped, a French interior ministry official)", geo="France"),
            L("912,000", 912000, E, P, "asylum_applications", "January to December 2025 (EU Agency for Asylum)", geo=EU),
            L("14%", -14, E, PCT, "asylum_applications_change", "2025 vs 2024 (down; EU Agency for Asylum)", geo=EU),
            V("hundreds of millions of pounds", 200000000, 900000000, GBP, UKF, NEW3 + "; handed to Paris, a Conservative spokesman)"),
        ]),
    "04-tiverton-twill-pa-homes-for-ukraine-host-payments": dict(
        meta=dict(url="https://www.tivertontwill.example/news/national/homes-for-ukraine-hosts-thank-you-payments-fall-38-per-cent-2187734",
                  title="Homes for Ukraine: number of hosts claiming thank-you payments falls by 38%",
                  publisher="Tiverton Twill", author="Mariana Pellow-Acheampong", published_date="2026-01-22"),
        labels=[
            L("38%", -38, E, PCT, HFU + "_change", "December 2025 vs December 2024 (falls; headline)", ctx="falls by 38%"),
            L("38%", -38, E, PCT, HFU + "_change", "December 2025 vs December 2024 (fallen in a year; MHCLG data)", ctx="fallen by 38%"),
            L("Some 9,870", 9870, AP, HH, HFU, "December 2025 (hosts still being paid; MHCLG data)"),
            L("15,920", 15920, E, HH, HFU, "December 2024 (a year earlier; MHCLG data)"),
            L("£350", 350, E, GBP, TYP, "per month (hosts receive now)", ctx="receive £350 a month"),
            L("£500", 500, E, GBP, TYP, "per month (paid before last year's cut to those sponsoring guests for more than 12 months)"),
            L("£583m", 583000000, E, GBP, TYP + "_total", "March 2022 to December 2025 (since the scheme opened; MHCLG)"),
            L("Some 151,300", 151300, AP, P, "immigration_ukraine_homes_for_ukraine", "March 2022 to January 2026 (arrived under Homes for Ukraine)"),
            L("one in four", 25, E, PCT, HFU + "_share_would_stop_without_payment", "2025 (last year; ONS survey of current sponsors)"),
            L("almost half", 50, ALM, PCT, HFU + "_share_bills_risen", "2025 (last year; ONS survey of current sponsors)"),
            V("Thousands", 2000, 9000, HH, "ukrainian_households_moved_to_own_homes", "March 2022 to January 2026 (families who found their feet; Geraint Holloway-Mbeki, Sponsors Together)"),
            L("£350", 350, E, GBP, TYP, "per month (Geraint Holloway-Mbeki, Sponsors Together)", ctx="£350 does not go far"),
            L("2,310", 2310, E, P, "ukrainian_homelessness_duty_homes_for_ukraine", "April to December 2025 (turned to English councils; MHCLG figures)", geo=ENG),
            L("2,870", 2870, E, P, "ukrainian_homelessness_duty_homes_for_ukraine", "April to December 2024 (the same period of 2024; MHCLG figures)", geo=ENG),
            L("1,140", 1140, E, P, "immigration_ukraine_homes_for_ukraine", "2022 to January 2026 (arrived in Devon since 2022; Devon County Council)", geo=DEV, ctx="In Devon, 1,140"),
            L("212", 212, E, HH, HFU, "31 December 2025 (still receiving payments at the end of December; Devon County Council)", geo=DEV, ctx="and 212 host"),
            L("£100", 100, E, GBP, "homes_for_ukraine_council_top_up_payment", "per month (county council top-up for guests with hosts more than two years)", geo=DEV, ctx="by £100 a month"),
            L("about £180,000", 180000, AP, GBP, "homes_for_ukraine_council_top_up_cost", "January to December 2025 (2025; Devon County Council)", geo=DEV),
            L("c. 60", 60, AP, HH, "ukrainian_households_living_with_hosts", "January 2026 (still living with hosts; Mid Devon District Council)", geo="Mid Devon"),
            L("37", 37, E, HH, "ukrainian_households_moved_to_private_rented", "January 2025 to January 2026 (since January 2025; Mid Devon District Council)", geo="Mid Devon"),
            L("1,140", 1140, E, P, "immigration_ukraine_homes_for_ukraine", "2022 to January 2026 (arrivals since 2022" + BOX4 + ")", geo=DEV, ctx="1,140 arrivals"),
            L("212", 212, E, HH, HFU, "31 December 2025 (hosts still paid" + BOX4 + ")", geo=DEV, ctx="212 hosts still paid"),
            L("£100", 100, E, GBP, "homes_for_ukraine_council_top_up_payment", "per month (monthly county top-up" + BOX4 + ")", geo=DEV, ctx="£100 monthly"),
        ]),
    "05-the-damask-net-migration-by-visa-route": dict(
        meta=dict(url="https://www.thedamask.example/britain/2026/05/28/who-is-still-coming",
                  title="Who is still coming",
                  publisher="The Damask", author=None, published_date="2026-05-28"),
        labels=[
            L("topped 1.2m", 1200000, MT, P, "immigration", "per year, 2023"),
            L("226,000", 226000, E, P, NM, Y25),
            L("39%", -39, E, PCT, NM + "_change", "2025 vs 2024 (down on 2024's revised figure; ONS)"),
            L("371,000", 371000, E, P, NM, "January to December 2024 (2024's revised figure; ONS)"),
            L("Some 812,000", 812000, AP, P, "immigration", Y25 + " long-term migrants arrived"),
            L("586,000", 586000, E, P, "emigration", Y25 + " left"),
            L("214,000", 214000, E, P, "immigration_work_non_eu", Y25 + " work visas, counting dependants"),
            L("338,000", 338000, E, P, "immigration_work_non_eu", "January to December 2024 (the year before; ONS)"),
            L("81%", -81, E, PCT, "visas_granted_health_care_worker_change", "2025 vs 2024 (health and care visas for main applicants, dropped)"),
            L("98,000", 98000, E, P, "net_migration_work", Y25 + " net migration through the work route"),
            L("262,000", 262000, E, P, "immigration_study_non_eu", Y25 + " study route arrivals"),
            L("roughly 201,000", 201000, AP, P, "emigration_former_students", Y25 + " former students emigrated"),
            L("61,000", 61000, E, P, "net_migration_study", Y25 + " net study migration", ctx="net study migration at 61,000"),
            L("nearly nine-tenths", -90, ALM, PCT, "immigration_study_dependants_change", "2025 vs 2023 (cut since the ban in force from January 2024)"),
            L("about 14,000", 14000, AP, P, "immigration_study_dependants", Y25 + " family members arriving with students"),
            L("71,000", 71000, E, P, "immigration_family_non_eu", Y25 + " family route arrivals"),
            L("58,000", 58000, E, P, "net_migration_family", Y25 + " family route, net"),
            L("93,000", 93000, E, P, "immigration_humanitarian_non_eu", Y25 + " humanitarian route arrivals"),
            L("61,000", 61000, E, P, "immigration_asylum_seekers", Y25 + " asylum seekers", ctx="includes 61,000 asylum"),
            L("32,000", 32000, E, P, "immigration_resettlement_and_safe_routes", Y25 + " resettlement and the Ukrainian and Hong Kong schemes"),
            L("89,000", 89000, E, P, "net_migration_humanitarian", Y25 + " humanitarian migrants, a net addition"),
            L("more than a quarter", 25, MT, PCT, "net_migration_share_humanitarian_of_non_eu", Y25 + " of the net total for non-EU nationals"),
            L("61", 61000, E, P, "net_migration_study", "2025" + CH5, ctx="Study 61"),
            L("98", 98000, E, P, "net_migration_work", "2025" + CH5, ctx="Work 98"),
            L("58", 58000, E, P, "net_migration_family", "2025" + CH5, ctx="Family 58"),
            L("89", 89000, E, P, "net_migration_humanitarian", "2025" + CH5, ctx="Humanitarian 89"),
            L("10", 10000, E, P, "net_migration_other_routes", "2025" + CH5, ctx="Other 10"),
            L("minus 36,000", -36000, E, P, "net_migration_eu", Y25 + " EU citizens"),
            L("minus 54,000", -54000, E, P, "net_migration_british_nationals", Y25 + " British citizens"),
            R("60,000-100,000", -100000, -60000, P, "net_migration_projected_change", "per year (a further reduction from the white paper measures; Home Office projection)"),
            L("around 340,000", 340000, AP, P, "net_migration_long_run_assumption", "per year, in the long run (Office for Budget Responsibility's fiscal forecasts)"),
            V("tens of thousands", 20000, 90000, P, "net_migration_revision", "since the switch to administrative data (ONS revisions)"),
            L("one in five", 20, E, PCT, "emigration_share_inferred_from_admin_records", "2025 (recorded emigrants judged to have left because they vanished from tax and benefit records; ONS)"),
            L("roughly three times", 3, AP, RATIO, "international_student_fees_ratio", "2026 (international students' fees against home students')"),
            L("About 40%", 40, AP, PCT, "universities_share_expect_deficit", "2025/26 (this year; Office for Students)", geo=ENG),
            L("zero", 0, E, P, "net_migration_target", "Reform UK's aim"),
        ]),
    "06-llanidloes-flannel-nation-of-sanctuary-costs": dict(
        meta=dict(url="https://www.llanidloesflannel.example/news/politics/nation-of-sanctuary-plan-cost-11-6m-figures-4471902",
                  title="Nation of Sanctuary plan cost Welsh Government £11.6m last year, figures reveal",
                  publisher="Llanidloes Flannel", author="Rhodri Pennant-Okafor", published_date="2026-09-09"),
        labels=[
            L("£11.6m", 11600000, E, GBP, NOS, "April 2025 to March 2026 (last year; headline)", geo=WAL, ctx="cost Welsh Government £11.6m"),
            L("almost half", 50, ALM, PCT, NOS + "_change", "2025/26 vs 2023/24 (risen in two years; standfirst)", geo=WAL, ctx="risen by almost half"),
            L("£11.6m", 11600000, E, GBP, NOS, FY26, geo=WAL, ctx="spent £11.6m on"),
            L("47%", 47, E, PCT, NOS + "_change", "2025/26 vs 2023/24 (up on two years earlier)", geo=WAL),
            L("£7.9m", 7900000, E, GBP, NOS, "April 2023 to March 2024 (two years earlier; Welsh Government written answer)", geo=WAL),
            L("roughly £3.70", 3.7, AP, GBP, NOS + "_per_resident", FY26 + " for every person living in Wales", geo=WAL),
            L("£3.2m", 3200000, E, GBP, NOS + "_advice_service", FY26 + " Sanctuary Advice Service", geo=WAL, ctx="received £3.2m"),
            L("8,150", 8150, E, P, "sanctuary_advice_service_clients", FY26 + " people helped", geo=WAL),
            L("£1.35m", 1350000, E, GBP, NOS + "_bus_travel_pilot", FY26 + " free bus travel pilot", geo=WAL, ctx="pilot for people seeking asylum cost £1.35m"),
            L("about 5,600", 5600, AP, PASSES, "asylum_seeker_bus_passes_issued", FY26 + " passes issued", geo=WAL),
            L("£2.9m", 2900000, E, GBP, NOS + "_english_classes", FY26 + " English language classes", geo=WAL, ctx="classes took £2.9m"),
            L("£2.4m", 2400000, E, GBP, NOS + "_council_grants", FY26 + " grants to councils", geo=WAL, ctx="a further £2.4m"),
            L("£1.75m", 1750000, E, GBP, NOS + "_other", FY26 + " mental health, school liaison and community grants", geo=WAL, ctx="The remaining £1.75m"),
            L("more than £190m", 190000000, MT, GBP, "welsh_government_ukraine_response_spending", "2022 to September 2026 (since 2022; responding to the war in Ukraine)", geo=WAL),
            L("Around 3,100", 3100, AP, P, "asylum_support_population", "September 2026 (currently housed in Wales under asylum support)", geo=WAL),
            L("fewer than 3%", 3, LT, PCT, "asylum_support_population_share_wales", "September 2026 (of the UK total)"),
            L("c. 600", 600, AP, P, "refugees_resettled", "2015 to September 2026 (resettled since 2015 under various schemes; Powys County Council)", geo="Powys"),
            L("£11.6m", 11600000, E, GBP, NOS, "2025/26 (Owain Prydderch-Hale MS)", geo=WAL, ctx="what £11.6m has bought"),
            L("almost half", 50, ALM, PCT, NOS + "_change", "2025/26 vs 2023/24 (gone up in two years; Owain Prydderch-Hale MS)", geo=WAL, ctx="gone up by almost half"),
            L("less than a tenth of one per cent", 0.1, LT, PCT, NOS + "_share_of_budget", "2025/26 (of our budget; Wales's social justice secretary)", geo=WAL),
            L("Two thirds", TWO3, E, PCT, "sanctuary_advice_service_clients_share_in_work_or_training", "within a year of using the advice service (Wales's social justice secretary)", geo=WAL),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week (Hefina Caerwyn-Adjaye, Newtown refugee drop-in)"),
            V("tens of millions", 20000000, 90000000, GBP, NOS + "_saving_claimed", "over a Senedd term (Reform UK)", geo=WAL),
            L("£2.4m", 2400000, E, GBP, "council_asylum_grant", FY26 + " councils received (Welsh Local Government Association)", geo=WAL, ctx="councils received £2.4m"),
            L("nearly £4m", 4000000, ALM, GBP, CAC, FY26 + " spent supporting asylum seekers and refugees (Welsh Local Government Association)", geo=WAL),
            L("around £1.5m", 1500000, AP, GBP, "council_asylum_cost_shortfall", FY26 + " the gap (Welsh Local Government Association)", geo=WAL),
            L("£3.2m", 3200000, E, GBP, NOS + "_advice_service", "2025/26 (Advice service" + BOX6 + ")", geo=WAL, ctx="Advice service: £3.2m"),
            L("£2.9m", 2900000, E, GBP, NOS + "_english_classes", "2025/26 (Language classes" + BOX6 + ")", geo=WAL, ctx="Language classes: £2.9m"),
            L("£2.4m", 2400000, E, GBP, NOS + "_council_grants", "2025/26 (Council grants" + BOX6 + ")", geo=WAL, ctx="Council grants: £2.4m"),
            L("£1.35m", 1350000, E, GBP, NOS + "_bus_travel_pilot", "2025/26 (Bus travel pilot" + BOX6 + ")", geo=WAL, ctx="Bus travel pilot: £1.35m"),
            L("£1.75m", 1750000, E, GBP, NOS + "_other", "2025/26 (Other" + BOX6 + ")", geo=WAL, ctx="Other: £1.75m"),
            L("£11.6m", 11600000, E, GBP, NOS, "2025/26 (Total" + BOX6 + ")", geo=WAL, ctx="Total: £11.6m"),
        ]),
    "07-daily-moleskin-glasgow-asylum-dispersal-costs": dict(
        meta=dict(url="https://www.dailymoleskin.example/news/scottish-news/glasgow-asylum-bill-council-home-office-shortfall-36120487",
                  title="Glasgow taxpayers pick up £9m asylum bill as Home Office funding falls short",
                  publisher="Daily Moleskin", author="Kirsty MacAulay-Nwosu", published_date="2026-11-26"),
        labels=[
            L("£9m", 9000000, E, GBP, "council_asylum_cost_shortfall", "April 2025 to March 2026 (the bill taxpayers pick up; headline)", geo=GLA),
            L("£14.3million", 14300000, E, GBP, CAC, "April 2025 to March 2026 (last year; standfirst)", geo=GLA, ctx="spent £14.3million supporting"),
            L("£5.1million", 5100000, E, GBP, "council_asylum_grant", "April 2025 to March 2026 (got back; standfirst)", geo=GLA, ctx="just £5.1million back"),
            L("£14.3million", 14300000, E, GBP, CAC, FY7, geo=GLA, ctx="spent £14.3million on"),
            L("£9.2million", 9200000, E, GBP, "council_asylum_cost_shortfall", FY7 + " left to local taxpayers", geo=GLA),
            L("14%", 14, E, PCT, CAC + "_change", "2025/26 vs 2024/25 (up; figures obtained by the Daily Moleskin)", geo=GLA),
            L("£12.5million", 12500000, E, GBP, CAC, "April 2024 to March 2025 (2024/25; figures obtained by the Daily Moleskin)", geo=GLA),
            L("£5.1million", 5100000, E, GBP, "council_asylum_grant", FY7 + " Home Office grants", geo=GLA, ctx="covered just £5.1million"),
            L("around a third", 100 / 3, AP, PCT, "council_asylum_grant_share_of_cost", FY7, geo=GLA),
            L("4,380", 4380, E, P, "asylum_dispersal_population", S26, geo=GLA, ctx="September, 4,380"),
            L("more than half", 50, MT, PCT, "asylum_dispersal_population_share_glasgow", S26 + " of those across Scotland", geo=SCO),
            L("7,940", 7940, E, P, "asylum_dispersal_population", S26 + " across Scotland", geo=SCO),
            L("1,270", 1270, E, P, "school_pupils_asylum_seeking_families", "November 2026 (schools are teaching; Glasgow City Council)", geo=GLA, ctx="teaching 1,270"),
            L("£3.6million", 3600000, E, GBP, CAC + "_education", FY7 + " extra English as an additional language staff", geo=GLA),
            L("£4.1million", 4100000, E, GBP, CAC + "_social_work", FY7 + " social work for unaccompanied children and families", geo=GLA),
            L("212", 212, E, P, "unaccompanied_children_in_care", "November 2026 (the city is looking after; Glasgow City Council)", geo=GLA),
            L("one in five", 20, E, PCT, "unaccompanied_children_in_care_share_glasgow", "November 2026 (of all those in the care of Scottish councils)", geo=SCO),
            L("£4.8million", 4800000, E, GBP, "council_refugee_homelessness_cost", FY7 + " homelessness services for people granted refugee status", geo=GLA),
            L("1,935", 1935, E, HH, RH, "January to November 2026 (since January; presented as homeless in Glasgow)", geo=GLA),
            L("£1.8million", 1800000, E, GBP, CAC + "_other", FY7 + " interpreting, health liaison and community grants", geo=GLA),
            V("hundreds", 200, 900, P, "asylum_dispersal_arrivals", "at a time (moved into the city by the Home Office; " + LDR + ")", geo=GLA, ctx="move hundreds of people"),
            V("hundreds", 200, 900, P, "asylum_grants", "in a matter of weeks (granted refugee status; " + LDR + ")", geo=GLA, ctx="to hundreds more"),
            L("more than £9million", 9000000, MT, GBP, "council_asylum_cost_shortfall", "2025/26 (this year alone; " + LDR + ")", geo=GLA),
            L("£3,500", 3500, E, GBP, "council_asylum_grant_per_dispersal_bed", "per new dispersal bed (paid by the Home Office since 2023)", geo=GLA),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week (Morag Dunsinane-Eze, Scottish Refugee Council)"),
            L("more than £50million", 50000000, MT, GBP, "council_asylum_grant", "2026 (this year, councils across the UK; the Home Office)"),
            L("£2million", 2000000, E, GBP, "scottish_government_refugee_integration_funding", "April 2025 to March 2026 (2025/26; the Scottish Government)", geo=SCO),
            L("about 0.9%", 0.9, AP, PCT, "population_share_glasgow_of_uk", "2026 (the council's analysis)"),
            L("around 3.9%", 3.9, AP, PCT, "asylum_dispersal_population_share_glasgow", "2026 (of all asylum seekers in dispersal accommodation; the council's analysis)"),
            L("£14.3m", 14300000, E, GBP, CAC, "2025/26 (council's asylum costs" + BOX7 + ")", geo=GLA),
            L("£5.1m", 5100000, E, GBP, "council_asylum_grant", "2025/26 (Home Office funding" + BOX7 + ")", geo=GLA),
            L("4,380", 4380, E, P, "asylum_dispersal_population", "30 September 2026 (asylum seekers in Glasgow" + BOX7 + ")", geo=GLA, ctx="4,380 - asylum"),
            L("1,270", 1270, E, P, "school_pupils_asylum_seeking_families", "November 2026 (pupils from asylum-seeking families" + BOX7 + ")", geo=GLA, ctx="1,270 - pupils"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
