#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-fifty-first hand-labelled hold-out set (holdout151).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, PTR, RSC)

UK, SCO, FR, NI = "UK", "Scotland", "France", "Northern Ireland"
AREAS, DEC, REFS, JOBS = "other:council_areas", "other:decisions", "other:referrals", "other:jobs"

# 01 (Monday 15 June 2026; Home Office small boat figures for Monday 8 to Sunday 14 June 2026)
WK = "Monday 8 to Sunday 14 June 2026 (last week; "
HO1 = "Home Office figures"
HOS1 = "a Home Office spokesperson"

# 02 (Friday 10 July 2026; National Records of Scotland mid-2025 population estimates, released Thursday 9 July 2026)
DD = "Dundee"
NRS = "National Records of Scotland, released Thursday 9 July 2026"
Y25 = "July 2024 to June 2025 (the 12 months to June 2025; " + NRS
M25 = "30 June 2025 (mid-2025; " + NRS
CLLR = "Cllr Aileen Strachan-Moyo, Dundee City Council"

# 03 (Wednesday 14 October 2026; National Audit Office report published Tuesday 13 October 2026)
NAO = "National Audit Office report, published Tuesday 13 October 2026"
FY = "April 2025 to March 2026 (2025-26, last year; " + NAO
CPD = "asylum_cost_per_claim_decided"
DPC = "asylum_decisions_per_caseworker"
OTA = "asylum_casework_overtime_agency_cost"
HOS3 = "a Home Office spokesman"

# 04 (Thursday 21 May 2026; Home Office statement on Tuesday 19 May 2026; Home Office figures for 2025)
MIR = "family_visa_minimum_income_requirement"
SHB = "employees_share_earning_below_family_visa_threshold"
MACP = "latest available (not dated; the Migration Advisory Committee's analysis of payroll data)"
Y25F = "January to December 2025 (Home Office figures)"

# 05 (Thursday 23 April 2026; allocation confirmed on Monday 20 April 2026; Home Office figures for 2025)
LINC, FARM = "Lincolnshire", "Wyberton"
RPA = "Ruth Pinchbeck-Adeyemi, Fenholme Growers"
Y25S = "January to December 2025 (Home Office figures)"
SWA = "seasonal_worker_visa_allocation_horticulture"

# 06 (Monday 2 November 2026; DWP and Home Office study published Thursday 29 October 2026 of adults granted protection
# April 2019 to March 2020)
ST = "DWP and Home Office study, published Thursday 29 October 2026"
CO = "adults granted protection April 2019 to March 2020"
Y1 = "one year after grant (" + CO + "; " + ST
Y2 = "two years after grant (" + CO + "; " + ST
Y5 = "five years after grant (" + CO + "; " + ST
ER = "employment_rate_refugees"
UCM = "refugees_share_claiming_universal_credit_within_a_month"
UCR = "refugees_share_receiving_universal_credit"
UCC = "universal_credit_cost_refugee_households"

# 07 (Saturday 5 December 2026; ONS estimates published Thursday 26 November 2026 for the year ending June 2026)
ONS7 = "ONS estimates published Thursday 26 November 2026"
YJ = "July 2025 to June 2026 (the year ending June 2026; " + ONS7
EBG = "emigration_british_graduates"
LFC = "lost_fiscal_contribution_graduate_emigrants"

ARTICLES = {
    "01-daily-jangle-record-week-channel-crossings": dict(
        meta=dict(url="https://www.dailyjangle.example/news/politics/record-3387-migrants-cross-channel-one-week-34917260",
                  title="Record 3,387 migrants reach UK by dinghy in one week as French beaches go unguarded",
                  publisher="Daily Jangle", author="Carys Penhaligon-Oke", published_date="2026-06-15"),
        labels=[
            L("3,387", 3387, E, P, SBA, WK + "a record for a single week; headline)", occ=0),
            L("20%", 20, E, PCT, SBA + "_change", "week of 8-14 June 2026 vs the previous weekly high, 1-7 September 2025 (up on; standfirst)"),
            L("nearly four times", 4, ALM, RATIO, "small_boat_arrivals_ratio", "week of 8-14 June 2026 vs the same week of 2025 (the 2025 equivalent; standfirst)"),
            L("3,387", 3387, E, P, SBA, WK + "a record; first words)", occ=1),
            L("62", 62, E, BOATS, SBC, WK + HO1 + ")"),
            L("55", 55, E, PPB, "small_boat_occupancy", WK + "an average per boat; " + HO1 + ")"),
            L("2,822", 2822, E, P, SBA, "Monday 1 to Sunday 7 September 2025 (the first week of September last year; the old weekly high)"),
            L("565", 565, E, P, SBA + "_change", "week of 8-14 June 2026 vs 1-7 September 2025 (beat it by)"),
            L("880", 880, E, P, SBA, "the same week of June 2025 (just)"),
            L("1,106", 1106, E, P, SBA, "Wednesday 10 June 2026 (the busiest day of 2026 so far)"),
            L("17", 17, E, BOATS, SBC, "Wednesday 10 June 2026", ctx="in 17 boats"),
            L("17,960", 17960, E, P, SBA, "1 January to 14 June 2026 (since New Year's Day)"),
            L("a third", THIRD, E, PCT, SBA + "_change", "1 January to 14 June 2026 vs the same date in 2025 (up)", ctx="up a third"),
            L("13,470", 13470, E, P, SBA, "1 January to mid-June 2025 (by the same date in 2025)"),
            L("Around 680", 680, AP, P, "small_boat_arrivals_children", WK + "officials)"),
            L("one in five", 20, E, PCT, "small_boat_arrivals_share_children", WK + "officials)"),
            L("71%", 71, E, PCT, "small_boat_arrivals_children_share_unaccompanied", WK + "of these, travelled without a parent; officials)"),
            L("483", 483, E, P, "small_boat_arrivals_unaccompanied_children", WK + "taken into its care; Kent County Council)", geo="Kent"),
            L("23", 23, E, BOATS, "small_boat_launches_prevented", WK + "blocked from launching; the prefecture in Lille)", geo=FR),
            L("about 1,150", 1150, AP, P, "small_boat_launch_attempts_stopped_people", WK + "turned back; the prefecture in Lille)", geo=FR),
            L("c. 600", 600, AP, P, "french_coastal_police_deployed", "June 2026 (on duty on a typical night, between Dunkirk and the Somme estuary)", geo=FR),
            L("more than half", 50, MT, PCT, "small_boat_launches_share_south_of_boulogne", WK + "set off beyond Boulogne-sur-Mer; a French official)", geo=FR),
            L("£476m", 476000000, E, GBP, "uk_funding_to_france", "March 2023 to March 2026 (spread over three years, under the agreement reached in March 2023)"),
            L("at least 14", 14, AL, P, "small_boat_deaths", "1 January to 14 June 2026 (since January; in the Strait of Dover; the UN migration agency)"),
            L("upwards of 82,000", 82000, MT, P, SBA, "5 July 2024 to 14 June 2026 (since 5 July 2024, on this Government's watch; the shadow home secretary)"),
            L("more than 41,000", 41000, MT, P, "returns", "5 July 2024 to June 2026 (since the election; " + HOS1 + ")"),
            L("1,730", 1730, E, P, "returns_france", "to June 2026 (under the one-in, one-out agreement, already; " + HOS1 + ")", geo=FR),
        ]),
    "02-dundee-dookit-nrs-council-area-population": dict(
        meta=dict(url="https://www.dundeedookit.example/news/dundee/dundee-population-passes-150000-nrs-figures-5518304",
                  title="Dundee's population passes 150,000 as overseas arrivals offset falling births",
                  publisher="Dundee Dookit", author="Morven Achterberg-Rae", published_date="2026-07-10"),
        labels=[
            L("150,000", 150000, MT, P, "population", "30 June 2025 (passes; headline)", occ=0, geo=DD),
            L("1,620", 1620, E, P, "population_growth", Y25 + "; standfirst)", occ=0, geo=DD),
            L("above 150,000", 150000, MT, P, "population", "30 June 2025 (climbed above, for the first time in nearly three decades; first words)", geo=DD),
            L("150,390", 150390, E, P, "population", M25 + ")", geo=DD),
            L("1,620", 1620, E, P, "population_growth", Y25 + ")", occ=1, geo=DD),
            L("1.1%", 1.1, E, PCT, "population_change", Y25 + ")", geo=DD),
            L("2,310", 2310, E, P, "net_migration_international", Y25 + ")", occ=0, geo=DD),
            L("410", -410, E, P, "population_natural_change", Y25 + "; deaths exceeded births by)", geo=DD),
            L("280", -280, E, P, "internal_migration_net", Y25 + "; more residents moved out to other council areas or south of the border than moved in)", geo=DD),
            L("5.58 million", 5580000, E, P, "population", M25 + "; a record)", geo=SCO),
            L("27,400", 27400, E, P, "population_growth", Y25 + ")", geo=SCO),
            L("0.5%", 0.5, E, PCT, "population_change", Y25 + ")", geo=SCO),
            L("57,400", 57400, E, P, "deaths", Y25 + ")", geo=SCO),
            L("45,800", 45800, E, P, "births", Y25 + ")", geo=SCO),
            L("11,600", -11600, E, P, "population_natural_change", Y25 + "; a natural decrease of)", geo=SCO),
            L("39,000", 39000, E, P, NM, Y25 + ")", geo=SCO),
            L("more than a quarter", -25, MT, PCT, NM + "_change", "year to June 2025 vs year to June 2024 (down by; " + NRS + ")", geo=SCO),
            L("52,800", 52800, E, P, NM, "July 2023 to June 2024 (a year earlier; " + NRS + ")", geo=SCO),
            L("More than three-quarters", 75, MT, PCT, "net_migration_share_international", Y25 + ")", geo=SCO),
            L("30,100", 30100, E, P, "net_migration_international", Y25 + ")", geo=SCO),
            L("8,900", 8900, E, P, "net_migration_rest_of_uk", Y25 + "; a further net, from England, Wales and Northern Ireland)", geo=SCO),
            L("6,200", 6200, E, P, "population_revision", "30 June 2024 (mid-2024; revised up by; " + NRS + ")", geo=SCO),
            L("5,553,100", 5553100, E, P, "population", "30 June 2024 (mid-2024, revised; " + NRS + ")", geo=SCO),
            L("1.7%", 1.7, E, PCT, "population_change", Y25 + "; the fastest-growing council area)", geo="Midlothian"),
            L("Nine", 9, E, AREAS, "council_areas_population_decline", Y25 + "; of the 32 council areas, shrank)", geo=SCO),
            L("0.8%", -0.8, E, PCT, "population_change", Y25 + "; the sharpest fall, down)", occ=0, geo="Na h-Eileanan Siar"),
            L("90", 90, E, P, "population_growth", Y25 + "; gained just)", geo="Angus"),
            L("116,120", 116120, E, P, "population", M25 + ")", geo="Angus"),
            L("Just over one in five", 20, MT, PCT, "population_share_aged_65_and_over", M25 + "; now 65 or older)", geo=SCO),
            L("20.7%", 20.7, E, PCT, "population_share_aged_65_and_over", M25 + ")", geo=SCO),
            L("42.9", 42.9, E, YEARS, "population_median_age", M25 + ")", geo=SCO),
            L("150,000", 150000, MT, P, "population", "30 June 2025 (passing; " + CLLR + ")", occ=2, geo=DD),
            L("2,310", 2310, E, P, "net_migration_international", "July 2024 to June 2025 (came from overseas; " + CLLR + ")", occ=1, geo=DD),
            L("0.8%", 0.8, E, PCT, "population_change", "July 2024 to June 2025 (the same period; the ONS)", occ=1, geo=EW),
            L("0.6%", 0.6, E, PCT, "population_change", "July 2024 to June 2025 (the same period)", geo=NI),
        ]),
    "03-the-quotient-asylum-cost-per-decision-productivity": dict(
        meta=dict(url="https://www.thequotient.example/article/asylum-claim-cost-nearly-doubles-caseworkers-slow-down-nao-q8w3kd7tz",
                  title="Cost of deciding each asylum claim nearly doubles as caseworkers slow down",
                  publisher="The Quotient", author="Lorcan Featherstonhaugh", published_date="2026-10-14"),
        labels=[
            L("nearly doubles", 2, ALM, RATIO, CPD + "_ratio", "2025-26 vs 2019-20 (headline)"),
            L("2.6", 2.6, E, DEC, DPC, FY + "; per decision-maker per week; standfirst)", occ=0),
            L("nearly a quarter", -25, ALM, PCT, DPC + "_change", "2025-26 vs 2024-25 (fewer than the year before; standfirst)"),
            L("£4,270", 4270, E, GBP, CPD, FY + "; in casework alone)"),
            L("almost twice", 2, ALM, RATIO, CPD + "_ratio", "2025-26 vs 2019-20 (before the pandemic; as much as)"),
            L("£438 million", 438000000, E, GBP, "asylum_casework_cost", FY + ")"),
            L("102,600", 102600, E, P, "asylum_initial_decisions", FY + ")"),
            L("£2,180", 2180, E, GBP, CPD, "April 2019 to March 2020 (2019-20, the last full year before COVID-19; " + NAO + ")"),
            L("2.6", 2.6, E, DEC, DPC, "April 2025 to March 2026 (the 12 months to March; per decision-maker per week; " + NAO + ")", occ=1),
            L("3.4", 3.4, E, DEC, DPC, "April 2024 to March 2025 (2024-25; per decision-maker per week; " + NAO + ")"),
            L("4.1", 4.1, E, DEC, DPC, "summer 2023 (the high point, the push to clear the legacy backlog; per decision-maker per week; " + NAO + ")"),
            L("2,480", 2480, E, P, "asylum_decision_makers", "31 March 2026 (the end of March; in post)"),
            L("310", -310, E, P, "asylum_decision_makers_change", "31 March 2026 vs 31 March 2025 (fewer than a year earlier)"),
            L("Almost one in three", THIRD, ALM, PCT, "asylum_decision_makers_new_starters_share_left", "recruits of 2024 (quit within 12 months; " + NAO + ")"),
            L("71,300", 71300, E, P, "asylum_backlog", "30 June 2026 (as June closed; awaiting a first ruling)"),
            L("11,900", 11900, E, P, "asylum_backlog_change", "30 June 2026 vs 31 December 2025 (higher than)"),
            L("59,400", 59400, E, P, "asylum_backlog", "31 December 2025 (the end of December)"),
            L("more than 31,000", 31000, MT, P, "asylum_decisions_counterfactual", FY + "; extra claims decided had caseworkers kept up the previous year's pace)"),
            L("roughly £590m", 590000000, AP, GBP, "asylum_cost_saving", FY + "; could have been saved on hotels and support)"),
            L("£4.6bn", 4600000000, E, GBP, AC, "April 2025 to March 2026 (last year; total spending on asylum)"),
            L("less than a tenth", 10, LT, PCT, "asylum_casework_cost_share_of_asylum_cost", FY + ")"),
            L("about £19,600", 19600, AP, GBP, "asylum_cost_per_person_per_year", FY + "; per year, housing and supporting each asylum seeker)"),
            L("£715m", 715000000, E, GBP, RSC, "2022 to 2024 (the abandoned Rwanda scheme; " + NAO + ")"),
            L("£290m", 290000000, E, GBP, PTR, "2022 to 2024 (handed to the government in Kigali; " + NAO + ")"),
            L("£36.4m", 36400000, E, GBP, OTA, FY + "; overtime and agency staff)"),
            L("two-thirds", 200 / 3, E, PCT, OTA + "_change", "2025-26 vs 2024-25 (more than)"),
            L("£21.9m", 21900000, E, GBP, OTA, "April 2024 to March 2025 (2024-25; " + NAO + ")"),
            L("more than £1,600", 1600, MT, GBP, "asylum_cost_per_claim_per_month_waiting", "2026 (per month a claim sits in the pile; the chairman of the public accounts committee)"),
            L("three", 3, E, DEC, DPC, "September 2026 (already recovered to; per caseworker per week; " + HOS3 + ")", ctx="to three decisions"),
            L("more than halved", -50, MT, PCT, "asylum_hotels_in_use_change", "July 2024 to October 2026 (since July 2024; " + HOS3 + ")"),
        ]),
    "04-tuning-fork-news-family-visa-minimum-income-explainer": dict(
        meta=dict(url="https://www.tuningforknews.example/news/uk-70426193",
                  title="What is the family visa income rule and who does it affect?",
                  publisher="Tuning Fork News", author="Priyanka Haldane-Osei", published_date="2026-05-21"),
        labels=[
            L("£29,000", 29000, E, GBP, MIR, "May 2026 (now; per year; must normally show they earn at least)", occ=0),
            L("£18,600", 18600, E, GBP, MIR, "2012 to April 2024 (per year)"),
            L("£29,000", 29000, E, GBP, MIR, "April 2024 onwards (lifted to; per year)", occ=1),
            L("£34,500", 34500, E, GBP, MIR + "_planned", "planned by the Conservative government in 2024 (the next step; per year)"),
            L("£38,700", 38700, E, GBP, MIR + "_planned", "planned by the Conservative government in 2024 (the final step, in line with the skilled worker salary floor; per year)"),
            L("£88,500", 88500, E, GBP, "family_visa_savings_requirement", "May 2026 (at today's threshold)"),
            L("£1,938", 1938, E, GBP, "family_visa_application_fee", "May 2026 (an applicant from abroad)"),
            L("£1,035", 1035, E, GBP, "visa_immigration_health_surcharge", "May 2026 (per year of leave)"),
            L("61,300", 61300, E, P, "visas_granted_family", Y25F),
            L("22%", -22, E, PCT, "visas_granted_family_change", "2025 vs 2023 (fewer than)"),
            L("about seven in ten", 70, AP, PCT, "visas_granted_family_share_partners", Y25F),
            L("42,900", 42900, E, P, "visas_granted_family_partner", Y25F),
            L("a third", -THIRD, E, PCT, "visa_applications_family_partner_change", "the 12 months after the threshold went up (April 2024 to March 2025) vs the year before (dropped by)", ctx="dropped by a third"),
            L("31,800", 31800, E, P, "visa_applications_family_partner", "April 2024 to March 2025 (the 12 months after the threshold went up; from outside the UK)"),
            L("34,700", 34700, E, P, "visa_applications_family_partner", "April 2025 to March 2026 (the year ending March 2026)"),
            L("about 38%", 38, AP, PCT, SHB, MACP),
            L("49%", 49, E, PCT, SHB + "_women", MACP),
            L("more than half", 50, MT, PCT, SHB + "_aged_20_30", MACP),
            L("44%", 44, E, PCT, SHB, MACP, geo="Wales"),
            L("46%", 46, E, PCT, SHB, MACP, geo=NI),
            L("24%", 24, E, PCT, SHB, MACP, geo="London"),
            L("37%", 37, E, PCT, SHB, MACP, geo="England"),
            R("between £23,000 and £25,000", 23000, 25000, GBP, MIR + "_recommended", "June 2025 (the MAC's review; per year)"),
            L("more than 11,000", 11000, MT, P, "children_with_parent_abroad_family_visa_rule", "May 2026 (now; Kinship Crossing)"),
            L("2,140", 2140, E, P, "visas_granted_family_partner_article_8", Y25F),
            L("about 5%", 5, AP, PCT, "visas_granted_family_partner_share_article_8", Y25F),
        ]),
    "05-boston-stump-seasonal-worker-visas-farm-labour": dict(
        meta=dict(url="https://www.bostonstump.example/news/farming/growers-fear-crops-left-to-rot-seasonal-visa-quota-cut-4471302",
                  title="Growers fear crops left to rot as seasonal visa quota is cut by 2,000",
                  publisher="Boston Stump", author="Gideon Marwick-Essien", published_date="2026-04-23"),
        labels=[
            L("2,000", -2000, E, P, SWA + "_change", "2026 vs 2025 (cut by; headline)", occ=0),
            L("about two-thirds", 200 / 3, AP, PCT, "farm_seasonal_workforce_share_seasonal_worker_visa", "summer 2025 (last summer's harvest workforce; standfirst)", occ=0, geo=LINC),
            V("hundreds", 200, 900, P, "seasonal_farm_labour_shortfall", "summer 2026 (this summer; growers)", geo=LINC),
            L("41,000", 41000, E, P, SWA, "2026 (confirmed on Monday 20 April 2026)"),
            L("2,000", -2000, E, P, SWA + "_change", "2026 vs 2025 (fewer than last year)", occ=1),
            L("2,000", 2000, E, P, "seasonal_worker_visa_allocation_poultry", "2026 (a separate allocation, in the run-up to Christmas)", occ=2),
            L("38,850", 38850, E, P, "visas_granted_seasonal_worker", Y25S),
            L("4%", 4, E, PCT, "visas_granted_seasonal_worker_change", "2025 vs 2024 (up)"),
            L("more than 15 times", 15, MT, RATIO, "visas_granted_seasonal_worker_ratio", "2025 vs the 2019 pilot's allocation"),
            L("2,500", 2500, E, P, "seasonal_worker_visa_allocation", "2019 (allowed when the scheme started as a pilot)"),
            L("more than half", 50, MT, PCT, "visas_granted_seasonal_worker_share_central_asia", Y25S),
            L("9,120", 9120, E, P, "visas_granted_seasonal_worker_kyrgyz", Y25S),
            L("doubled", 2, E, RATIO, "visas_granted_seasonal_worker_uzbek_ratio", "2025 vs 2024"),
            L("6,480", 6480, E, P, "visas_granted_seasonal_worker_uzbek", Y25S),
            L("c. 6,800", 6800, AP, P, "farm_seasonal_workforce", "summer 2025 (last summer's peak; the Lincolnshire Fresh Produce Group)", geo=LINC),
            L("about two-thirds", 200 / 3, AP, PCT, "farm_seasonal_workforce_share_seasonal_worker_visa", "summer 2025 (held the visa; the Lincolnshire Fresh Produce Group)", occ=1, geo=LINC),
            L("420", 420, E, P, "farm_seasonal_workers_requested", "2026 (this year; asked her labour provider for; " + RPA + ")", geo=FARM),
            L("350", 350, E, P, "farm_seasonal_workers_expected", "2026 (told to expect; " + RPA + ")", geo=FARM),
            L("70", 70, E, P, "farm_seasonal_workers_shortfall", "2026 (at the busiest point of the season; " + RPA + ")", geo=FARM),
            L("around £400,000", 400000, AP, GBP, "crops_wasted_value", "2025 (last year; spring onions left in the ground; " + RPA + ")", geo=FARM),
            L("120", 120, E, JOBS, "farm_local_jobs_advertised", "spring 2025 (last spring; advertised in Boston and Spalding; " + RPA + ")", geo=FARM),
            L("31", 31, E, P, "farm_local_recruits", "spring 2025 (took on; " + RPA + ")", geo=FARM),
            L("nine", 9, E, P, "farm_local_recruits_retained", "August 2025 (by August, still with us; " + RPA + ")", geo=FARM),
            L("58%", 58, E, PCT, "horticulture_businesses_share_struggled_to_recruit_seasonal_staff", "2025 (a National Farmers' Union poll)"),
            L("14%", 14, E, PCT, "growers_share_left_crops_unharvested", "2025 (a National Farmers' Union poll)"),
            L("£60m", 60000000, E, GBP, "crops_wasted_value", "2025 (across the UK; the National Farmers' Union)"),
            L("£12.71", 12.71, E, GBP, "seasonal_worker_minimum_hourly_pay", "from April 2026 (this month; per hour)"),
            L("4.1%", 4.1, E, PCT, "national_living_wage_change", "April 2026 (this month; went up by)"),
            L("almost three in ten", 30, ALM, PCT, "population_share_born_abroad", "21 March 2021 (the 2021 census)", geo="Boston"),
            L("37", 37, E, REFS, "gangmasters_referrals_seasonal_workers", "2025 (last year; reports to the Gangmasters and Labour Abuse Authority)", geo=LINC),
            L("22", 22, E, REFS, "gangmasters_referrals_seasonal_workers", "2024 (reports to the Gangmasters and Labour Abuse Authority)", geo=LINC),
            L("up to £3,000", 3000, AM, GBP, "seasonal_workers_recruitment_fees_paid", "2025 (paid to agents at home by some workers; investigators)", geo=LINC),
            L("£30m", 30000000, E, GBP, "farm_automation_fund", "announced in the last Budget (automation and robotics; the Home Office)"),
        ]),
    "06-the-salient-refugee-employment-benefits": dict(
        meta=dict(url="https://www.thesalient.example/news/politics/refugees-employment-universal-credit-dwp-study-3310748",
                  title="Under a third of new refugees find work within a year of asylum, official data reveals",
                  publisher="The Salient", author="Naledi Fairbrother-Quayle", published_date="2026-11-02"),
        labels=[
            L("Under a third", THIRD, LT, PCT, ER, Y1 + "; headline)"),
            L("57%", 57, E, PCT, ER, Y5 + "; standfirst)", occ=0),
            L("six in ten", 60, E, PCT, UCM, "within a month of leaving Home Office housing (" + CO + "; " + ST + "; standfirst)"),
            L("48.2k", 48200, E, P, "refugees_study_cohort", "April 2019 to March 2020 (adults granted protection, tracked for five years; key figures box)"),
            L("31%", 31, E, PCT, ER, Y1 + "; key figures box)", occ=0),
            L("57%", 57, E, PCT, ER, Y5 + "; key figures box)", occ=1),
            L("£1.1bn", 1100000000, E, GBP, UCC, "2026 (a year; Universal Credit to refugees; key figures box)", occ=0),
            L("Fewer than a third", THIRD, LT, PCT, ER, Y1 + ")"),
            L("48,200", 48200, E, P, "refugees_study_cohort", "April 2019 to March 2020 (adults granted refugee status or humanitarian protection; " + ST + ")"),
            L("31%", 31, E, PCT, ER, Y1 + ")", occ=1),
            L("44%", 44, E, PCT, ER, Y2 + ")"),
            L("57%", 57, E, PCT, ER, Y5 + ")", occ=2),
            L("75%", 75, E, PCT, "employment_rate", "2026 (now; the UK's working-age population)"),
            L("14%", 14, E, PCT, ER + "_women", Y1 + ")"),
            L("41%", 41, E, PCT, ER + "_men", Y1 + ")"),
            L("33%", 33, E, PCT, ER + "_women", Y5 + ")"),
            L("less than half", 50, LT, PCT, ER + "_women_share_of_men_rate", Y5 + ")"),
            L("71%", 71, E, PCT, ER + "_men", Y5 + ")"),
            L("nearly twice", 2, ALM, RATIO, ER + "_good_english_ratio", Y1 + "; those who spoke good English vs those who did not)"),
            L("37%", 37, E, PCT, ER, Y1 + ")", geo="London"),
            L("22%", 22, E, PCT, ER, Y1 + ")", geo="Wales"),
            L("27%", 27, E, PCT, ER, Y1 + ")", geo=SCO),
            L("Six in ten", 60, E, PCT, UCM, "within a month of leaving asylum accommodation (" + CO + "; " + ST + ")"),
            L("78%", 78, E, PCT, "refugees_share_claiming_universal_credit_within_six_months", "within six months of leaving asylum accommodation (" + CO + "; " + ST + ")"),
            L("47%", 47, E, PCT, UCR, Y2 + ")"),
            L("38%", 38, E, PCT, "refugees_receiving_universal_credit_share_in_work", Y2 + "; of these, in work but earning too little to stop claiming)"),
            L("29%", 29, E, PCT, UCR, Y5 + "; by year five)"),
            L("about £1.1bn", 1100000000, AP, GBP, UCC, "2026 (now; a year; the DWP)"),
            L("61%", 61, E, PCT, "employment_rate_ukrainian_working_age", "two years after arrival (the Homes for Ukraine scheme)"),
            L("4,300", 4300, E, P, "refugee_employment_programme_job_starts", "April 2025 to March 2026 (2025/26; a DWP spokesperson)"),
        ]),
    "07-the-lorgnette-graduate-emigration-cost": dict(
        meta=dict(url="https://www.thelorgnette.example/article/the-quiet-exodus-our-brightest-graduates-are-leaving-and-the-bill-is-ours",
                  title="The quiet exodus: our brightest graduates are leaving, and the bill is ours",
                  publisher="The Lorgnette", author="Hamish Ostrowski-Lyle", published_date="2026-12-05"),
        labels=[
            L("268,000", 268000, E, P, "emigration_british", "July 2025 to June 2026 (a record, in a single year; standfirst)", occ=0),
            L("268,000", 268000, E, P, "emigration_british", YJ + ")", occ=1),
            L("41,000", 41000, E, P, "emigration_british_change", "year ending June 2026 vs year ending June 2024 (higher than two years earlier)", occ=0),
            L("125,000", 125000, E, P, "immigration_british", YJ + "; came home or arrived for the first time)"),
            L("143,000", -143000, E, P, "net_migration_british_nationals", YJ + "; a net outflow of)"),
            L("roughly three in five", 60, AP, PCT, "emigration_british_share_aged_16_34", YJ + ")"),
            L("about half", 50, AP, PCT, "emigration_british_share_graduates", YJ + "; hold a degree, from experimental linking of tax and education records)"),
            L("something like 134,000", 134000, AP, P, EBG, "July 2025 to June 2026 (in a single year; the columnist's estimate)"),
            L("1.2m", 1200000, E, P, "british_graduates_living_abroad", "December 2026 (now; an estimated)"),
            L("about a fifth", 20, AP, PCT, "emigration_british_share_australia", "July 2025 to June 2026 (last year's leavers)"),
            L("nearly tripled", 3, ALM, RATIO, "emigration_british_to_uae_ratio", "year ending June 2026 vs 2019 (since 2019)"),
            L("more than a third", THIRD, MT, PCT, "emigration_british_share_eu", "before Brexit (settled in the EU)"),
            L("about one in eight", 12.5, AP, PCT, "emigration_british_share_eu", "year ending June 2026 (now)"),
            L("roughly £110,000", 110000, AP, GBP, "schooling_cost_per_pupil", "reception class to A-levels (spent by the state by the time a young person graduates)"),
            L("about £53,000", 53000, AP, GBP, "student_loan_debt_average_graduate", "2026 (the typical English graduate, on leaving university)", geo="England"),
            L("more than £5bn", 5000000000, MT, GBP, "student_loans_owed_overseas_borrowers", "December 2026 (now; the Student Loans Company)"),
            L("about 38,000", 38000, AP, P, "student_loan_borrowers_overseas_untraced", "December 2026 (lost track of; the Student Loans Company)"),
            L("about £430,000", 430000, AP, GBP, "fiscal_lifetime_contribution_graduate", "over a working life (a graduate on median earnings; the Dunmore Institute)"),
            L("134,000", 134000, E, P, EBG, "July 2025 to June 2026 (multiply that by)", occ=1),
            L("something like £58bn", 58000000000, AP, GBP, LFC, "over their lifetimes (a single year's departures, year ending June 2026)"),
            L("a third", THIRD, E, PCT, "returning_emigrants_share", "eventually (even if; as past patterns suggest)", ctx="Even if a third"),
            L("close to £39bn", 39000000000, ALM, GBP, LFC, "over their lifetimes (if a third come back)"),
            L("about £41,000", 41000, AP, GBP, "doctor_starting_salary", "2026 (a newly qualified doctor; per year)", geo="New South Wales"),
            L("£38,800", 38800, E, GBP, "doctor_starting_salary", "2026 (after last year's pay award; per year)", geo="England"),
            L("7.7 times", 7.7, E, RATIO, "house_price_to_earnings_ratio", "2026 (median earnings)", geo="England"),
            L("5,900", 5900, E, P, "doctors_certificates_to_practise_abroad", "2025 (last year; the General Medical Council)"),
            L("29,000", 29000, E, P, "emigration_british_revision", "January to December 2024 (revised up by; the ONS)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
