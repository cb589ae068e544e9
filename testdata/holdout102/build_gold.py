#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-second hand-labelled hold-out set (holdout102).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, HOTELS, THIRD, SIXTH, E, AP, MT, AL,
                        LT, AM, ALM, SBA, SBC, NM, AC, EW)

UK, ENG, WA, SCO, NI, FR, EU = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France", "EU"
DAYS, WEEKS, FLIGHTS, PPF = "other:days", "other:weeks", "other:flights", "other:persons_per_flight"
AREAS, APPS, REFERRALS, FAMILIES = "other:council_areas", "other:applications", "other:referrals", "other:families"

# 01 (Tuesday 10 March 2026; Home Office statistics "released last month", Thursday 26 February 2026, to the end of
# December 2025)
D25 = "31 December 2025 (end of December; Home Office statistics published Thursday 26 February 2026"
C25 = "January to December 2025 (2025; Home Office statistics published Thursday 26 February 2026"
HPU = "Harrowden Policy Unit"
DCAP = "detention_capacity_share_occupied"
# 02 (Wednesday 17 June 2026; report to Glasgow City Council's city administration committee "published yesterday",
# Tuesday 16 June 2026)
GL = "Glasgow"
M26 = "31 March 2026 (end of March; report to the city administration committee published Tuesday 16 June 2026"
FY26 = "2025/26 (last year; report to the city administration committee"
CRH = "council_refugee_homelessness_cost"
HAR = "homelessness_applications_refugees"
CSP = "director, Clyde Sanctuary Partnership"
# 03 (Friday 22 May 2026; ONS provisional estimates "on Thursday", 21 May 2026; Bank of England Monetary Policy
# Report "earlier this month")
C25N = "January to December 2025 (last year, calendar 2025; ONS provisional estimates published Thursday 21 May 2026"
YJ25 = "July 2024 to June 2025 (the year to June 2025"
CHART3 = "(chart, calendar years, thousands; ONS)"
MPR = "Bank of England Monetary Policy Report, May 2026"
# 04 (Monday 13 July 2026; the week Monday 6 to Sunday 12 July 2026)
WK = "6 to 12 July 2026 (last week; Home Office figures"
YTD4 = "1 January to 12 July 2026 (so far this year"
# 05 (Tuesday 21 April 2026; PA copy; allocation announced "on Monday", 20 April 2026)
HF, BOD = "Herefordshire", "Bodenham"
SWA = "seasonal_worker_visa_allocation_horticulture"
VSW = "visas_granted_seasonal_worker"
NFU = "National Farmers' Union survey"
LYD = "manager, Lydiatt Fields, near Bodenham"
GLAA = "gangmasters_referrals_seasonal_workers"
# 06 (Saturday 26 September 2026; column; Home Office figures "on Monday", 21 September 2026)
YTD6 = "1 January to 20 September 2026 (2026 so far; Home Office figures published Monday 21 September 2026"
SBAL = "small_boat_arrivals_albanian"
POLL = "Hatherley Research poll, September 2026"
# 07 (Thursday 3 September 2026; Home Office data "published last week", Thursday 27 August 2026, to the end of June)
YJ26 = "July 2025 to June 2026 (the year ending June; Home Office data published Thursday 27 August 2026"
VFR = "visas_granted_family_reunion"
TFL = "Threshold Family Link"
A8 = "article_8_family_applications_outside_rules"
RFA = "refugee_families_awaiting_reunion"

ARTICLES = {
    "01-the-architrave-illegal-migration-act-detention-removal-flights": dict(
        meta=dict(url="https://www.thearchitrave.example/news/2026/03/10/detention-beds-channel-migrants-illegal-migration-act/",
                  title="Detention beds for fewer than one in 15 Channel migrants as Tories vow to revive Illegal Migration Act",
                  publisher="The Architrave", author="Hugo Pennethorne-Adjei", published_date="2026-03-10"),
        labels=[
            L("fewer than one in 15", 100 / 15, LT, PCT, "detention_capacity_share_of_small_boat_arrivals", "31 December 2025 beds vs 2025 arrivals (detention beds for Channel migrants; headline)", occ=0),
            L("90 per cent", 90, E, PCT, DCAP, "31 December 2025 (removal centres already full; standfirst)", occ=0),
            L("up to 15,000", 15000, AM, P, "detention_places_required_conservative_plan", "future (the opposition's plan for mass removals would need; standfirst)", occ=0),
            L("fewer than one in 15", 100 / 15, LT, PCT, "detention_capacity_share_of_small_boat_arrivals", "31 December 2025 beds vs 2025 arrivals (of last year's Channel arrivals; official figures)", occ=1),
            L("2,360", 2360, E, P, "detention_population", D25 + "; held in immigration detention)"),
            L("2,610", 2610, E, P, "detention_capacity", D25 + "; beds across the removal estate)"),
            L("90 per cent", 90, E, PCT, DCAP, D25 + ")", occ=1),
            L("78 per cent", 78, E, PCT, DCAP, "31 December 2024 (twelve months earlier)"),
            L("41,470", 41470, E, P, SBA, "2025 (as a whole; landed in small boats)"),
            L("roughly 46,000", 46000, AP, P, "illegal_migration_act_cohort", "7 March 2023 to July 2025 (arrived after 7 March 2023; claims frozen while the law stood)"),
            L("Around 9,800", 9800, AP, P, "asylum_backlog_illegal_migration_act_cohort", "31 December 2025 (still not given an answer when 2025 ended)"),
            L("up to 15,000", 15000, AM, P, "detention_places_required_conservative_plan", "future (Conservative plan to reinstate the duty to remove; party officials privately)", occ=1),
            R("between £1.2bn and £1.6bn", 1.2e9, 1.6e9, GBP, "detention_expansion_build_cost", "future (building 15,000 places; " + HPU + ")"),
            L("about £119", 119, AP, GBP, "detention_cost_per_person_day", "per day, 2026 (running costs per detainee; " + HPU + ")"),
            L("64", 64, E, FLIGHTS, "charter_removal_flights", C25 + "; chartered removal flights)"),
            L("41", 41, E, FLIGHTS, "charter_removal_flights", "2024 (the year before)", ctx="up from 41 the year before"),
            L("3,970", 3970, E, P, "returns", C25 + "; carried on charter removal flights)"),
            L("62", 62, E, PPF, "charter_removal_flight_occupancy", C25 + "; average passengers per flight)"),
            L("More than half", 50, MT, PCT, "charter_removal_flights_share_albania_vietnam", C25 + "; flights to Albania or Vietnam)"),
            L("21 per cent", 21, E, PCT, "returns_change", "2025 vs 2024 (enforced returns)"),
            L("9,140", 9140, E, P, "returns", C25 + "; enforced returns, the highest annual figure since 2018)"),
            L("24,300", 24300, E, P, "returns", C25 + "; left voluntarily)"),
            L("just over a fifth", 20, MT, PCT, "returns_share_of_small_boat_arrivals", "2025 (enforced returns against last year's small boat arrivals)"),
            L("£715m", 715e6, E, GBP, "rwanda_scheme_cost", "April 2022 to July 2024 (until abandoned in July 2024)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (moved to Kigali, each a volunteer)", ctx="moved only four people"),
            L("41 days", 41, E, DAYS, "detention_length_average", C25 + "; average stay of those leaving detention)"),
            L("17 per cent", 17, E, PCT, "detention_leavers_share_held_over_28_days", C25 + ")"),
            L("11 per cent", 11, E, PCT, "detention_leavers_share_held_over_28_days", "2024"),
            L("290", 290, E, P, "detention_capacity_change", "July 2024 to March 2026 (already reopened; Home Office)"),
            L("600", 600, E, P, "detention_capacity_planned_change", "by the end of 2027 (Campsfield House and Haslar; Home Office)"),
            L("more than 35,000", 35000, MT, P, "returns", "July 2024 to March 2026 (removed or returned since July 2024; Home Office)"),
            L("13 per cent", 13, E, PCT, "returns_change", "July 2024 to March 2026 vs the equivalent stretch before polling day (Home Office)"),
        ]),
    "02-the-molendinar-herald-glasgow-asylum-dispersal-council-costs": dict(
        meta=dict(url="https://www.molendinarherald.example/news/glasgow/24419836.glasgow-housing-three-quarters-scotlands-asylum-seekers/",
                  title="Glasgow housing more than three-quarters of Scotland's asylum seekers while refugee homelessness bill hits £38.4m",
                  publisher="The Molendinar Herald", author="Fiona Laidlaw-Mutasa", published_date="2026-06-17"),
        labels=[
            L("more than three-quarters", 75, MT, PCT, "asylum_dispersal_population_share_glasgow", M26 + "; Glasgow's share of Scotland's asylum seekers; headline)", occ=0, geo=SCO),
            L("£38.4m", 38.4e6, E, GBP, CRH, FY26 + "; refugee homelessness bill; headline)", occ=0, geo=GL),
            L("barely a sixth", SIXTH, ALM, PCT, "council_asylum_grant_share_of_cost", "2025/26 (the Home Office grant against the cost; city leaders; standfirst)", geo=GL),
            L("more than three-quarters", 75, MT, PCT, "asylum_dispersal_population_share_glasgow", M26 + ")", occ=1, geo=SCO),
            L("towards £40 million", 40e6, ALM, GBP, CRH, "per year, 2026 (the cost of supporting refugees once their claims are decided climbs towards)", geo=GL),
            L("3,940", 3940, E, P, "asylum_dispersal_population", M26 + "; living in Home Office dispersal accommodation)", occ=0, geo=GL),
            L("18 per cent", 18, E, PCT, "asylum_dispersal_population_change", "31 March 2026 vs 31 March 2025 (twelve months earlier)", geo=GL),
            L("3,340", 3340, E, P, "asylum_dispersal_population", "31 March 2025 (twelve months earlier)", geo=GL),
            L("5,120", 5120, E, P, "asylum_dispersal_population", M26 + "; across Scotland)", geo=SCO),
            L("roughly one in every 160", 100 / 160, AP, PCT, "asylum_dispersal_population_share_of_residents", M26 + "; Glaswegians who are asylum seekers)", geo=GL),
            L("210", 210, E, P, "asylum_dispersal_population", M26 + "; Edinburgh hosts just)", geo="Edinburgh"),
            L("14", 14, E, AREAS, "council_areas_hosting_asylum_seekers", M26 + "; of Scotland's 31 other local authorities, besides Glasgow)", geo=SCO),
            L("3,940", 3940, E, P, "asylum_dispersal_population", M26 + "; IN NUMBERS factbox)", occ=1, geo=GL),
            L("2.9k", 2900, E, APPS, HAR, "2025/26 (refugee households who presented as homeless; IN NUMBERS factbox)", geo=GL),
            L("£38.4m", 38.4e6, E, GBP, CRH, "2025/26 (IN NUMBERS factbox)", occ=1, geo=GL),
            L("c. 260", 260, AP, P, "asylum_support_leavers_granted_status", "per month, 2026 (granted status, leaving Home Office housing; IN NUMBERS factbox)", geo=GL),
            L("Some 2,870", 2870, AP, APPS, HAR, "2025/26 (refugee households who applied as homeless)", geo=GL),
            L("more than a third", THIRD, MT, PCT, "homelessness_presentations_share_refugees", "2025/26 (of all homeless applications the city received)", geo=GL),
            L("7,950", 7950, E, APPS, "homelessness_applications", "2025/26 (all applications the city received)", geo=GL),
            L("£38.4m", 38.4e6, E, GBP, CRH, FY26 + "; temporary accommodation and support for refugees and people leaving the asylum system)", occ=2, geo=GL),
            L("75 per cent", 75, E, PCT, CRH + "_change", "2025/26 vs 2023/24", geo=GL),
            L("£21.9m", 21.9e6, E, GBP, CRH, "2023/24", geo=GL),
            L("£6.2m", 6.2e6, E, GBP, "council_asylum_grant", "2025/26 (Home Office grant funding to the council)", geo=GL),
            L("£32.2m", 32.2e6, E, GBP, "council_asylum_cost_shortfall", "2025/26 (shortfall for local taxpayers)", geo=GL),
            L("three", 3, E, HOTELS, "asylum_hotels_in_use", "June 2026 (the Home Office still uses)", ctx="uses three hotels", geo=GL),
            L("410", 410, E, P, "asylum_hotel_population", "June 2026 (staying in the three hotels)", geo=GL),
            L("£32m", 32e6, E, GBP, "council_asylum_cost_shortfall", "2025/26 (a £32m gap; convener for housing, Glasgow City Council)", geo=GL),
            L("£4.5m", 4.5e6, E, GBP, "scottish_government_emergency_housing_funding", "2026/27 (set aside this year; Scottish Government spokeswoman)", geo=GL),
            L("1,480", 1480, E, P, "charity_service_users", "2025 (newly recognised refugees supported last year; " + CSP + ")", geo=GL),
            L("940", 940, E, P, "charity_service_users", "2024 (the year before; " + CSP + ")", geo=GL),
            L("Almost one in four", 25, ALM, PCT, "charity_service_users_share_slept_rough", "since getting status, 2026 (slept rough at least once; " + CSP + ")", geo=GL),
            L("£3,500", 3500, E, GBP, "council_asylum_grant_per_dispersal_bed", "2026 (for every new dispersal bed; Home Office; a policy rate)"),
        ]),
    "03-the-arbitrageur-net-migration-revisions-bank-of-england-labour-supply": dict(
        meta=dict(url="https://www.arbitrageur.example/content/8c41e2d0-migration-revisions-bank-of-england-labour-supply",
                  title="Migration revisions leave Bank of England guessing on labour supply",
                  publisher="The Arbitrageur", author="Imogen Faraday-Nkemelu and Ravi Castellane-Boateng", published_date="2026-05-22"),
        labels=[
            L("214,000", 214000, E, P, NM, C25N + ")"),
            L("45 per cent", -45, E, PCT, NM + "_change", "calendar 2025 vs calendar 2024 (revised)"),
            L("389,000", 389000, E, P, NM, "January to December 2024 (revised)"),
            L("less than a quarter", 0.25, LT, RATIO, NM + "_ratio", "calendar 2025 vs the peak, year to March 2023"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (the peak, year to March 2023)"),
            L("867,000", 867000, E, P, "immigration", C25N + ")"),
            L("653,000", 653000, E, P, "emigration", C25N + ")"),
            L("51,000", 51000, E, P, NM + "_revision", YJ25 + "; revised up)"),
            L("255,000", 255000, E, P, NM, YJ25 + ", revised; now)"),
            L("14,000", 14000, E, P, "immigration_revision", YJ25 + "; higher than first thought)"),
            L("37,000", -37000, E, P, "emigration_revision", YJ25 + "; lower than first thought)"),
            L("42,000", -42000, E, P, NM + "_revision", "January to December 2024 (marked down)"),
            L("866", 866000, E, P, NM, "January to December 2023 " + CHART3, ctx="2023: 866"),
            L("389", 389000, E, P, NM, "January to December 2024 " + CHART3, ctx="2024: 389"),
            L("214", 214000, E, P, NM, "January to December 2025 " + CHART3, ctx="2025: 214"),
            L("0.5 per cent", 0.5, E, PCT, "boe_population_16_plus_growth_assumption", "2026 (population aged 16 and over; " + MPR + ")"),
            L("0.8 per cent", 0.8, E, PCT, "boe_population_16_plus_growth_assumption", "2026 (in its February 2026 forecast; Bank of England)"),
            L("1.1 per cent", 1.1, E, PCT, "potential_growth_estimate", "per year, 2026 onwards (now; " + MPR + ")"),
            L("1.4 per cent", 1.4, E, PCT, "potential_growth_estimate", "per year (previously, February 2026; Bank of England)"),
            L("about 0.2 percentage points", -0.2, AP, PCT, "potential_growth_effect_per_100000_fewer_net_migrants_change", "per year (every 100,000 reduction in annual net migration trims potential growth by; Bank staff estimate)"),
            L("3.25 per cent", 3.25, E, PCT, "bank_rate", "May 2026 (held this month; Monetary Policy Committee; a policy rate)"),
            L("roughly 1.2m", 1.2e6, AP, P, "lfs_working_age_population_revision", "2026 (the reweighted Labour Force Survey lifted its estimate of the working-age population; ONS)"),
            L("96,000", -96000, E, P, "payrolled_employees_change", "April 2025 to March 2026 (the 12 months to March; HMRC)"),
            L("41 per cent", -41, E, PCT, "immigration_work_non_eu_change", "calendar 2025 vs calendar 2024 (non-EU immigration for work; last year)"),
            L("129,000", 129000, E, P, "immigration_work_non_eu", C25N + "; non-EU immigration for work)"),
            L("about three-quarters", 75, AP, PCT, "arrivals_fall_share_students_and_care", "calendar 2025 vs calendar 2024 (of the overall drop in arrivals, from students and care workers; ONS)"),
            L("58,000", -58000, E, P, "net_migration_british_nationals", C25N + "; a net outflow)"),
            L("3.6 per cent", 3.6, E, PCT, "regular_pay_growth", "2026 (latest, pay growth has slowed to; external MPC member, speech on Tuesday 19 May 2026)"),
            R("between 0.3 and 0.5 percentage points", -0.5, -0.3, PCT, "gdp_growth_change_from_slower_population_growth", "per year, by 2030 (by the end of the decade; economist, Corvedale Institute)"),
        ]),
    "04-daily-rumpus-record-week-channel-crossings-heatwave": dict(
        meta=dict(url="https://www.dailyrumpus.example/news/politics/record-4018-migrants-cross-channel-36120457",
                  title="RECORD 4,018 migrants cross Channel in a single week as heatwave brings millpond seas",
                  publisher="Daily Rumpus", author="Dale Treharne-Kofi", published_date="2026-07-13"),
        labels=[
            L("4,018", 4018, E, P, SBA, WK + "; a single week; headline)", occ=0),
            L("Nearly four times", 4, ALM, RATIO, SBA + "_ratio", "6 to 12 July 2026 vs the same week of 2025 (standfirst)"),
            L("4,018", 4018, E, P, SBA, WK + "; a record)", occ=1),
            L("71", 71, E, BOATS, SBC, WK + ")"),
            L("around 57", 57, AP, PPB, "small_boat_occupancy", WK + "; crammed into each boat)"),
            L("3,517", 3517, E, P, SBA, "a week in early June 2026 (the previous weekly high)"),
            L("more than 500", 500, MT, P, SBA + "_change", "6 to 12 July 2026 vs the previous record week, early June 2026 (smashes by)"),
            L("1,106", 1106, E, P, SBA, "8 July 2026 (Wednesday, the busiest day)"),
            L("19", 19, E, BOATS, SBC, "8 July 2026 (Wednesday)"),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", "6 to 12 July 2026 vs the same seven days of 2025"),
            L("1,040", 1040, E, P, SBA, "the same seven days of 2025 (about 7 to 13 July 2025)"),
            L("24,930", 24930, E, P, SBA, YTD4 + ")"),
            L("20%", 20, E, PCT, SBA + "_change", "1 January to 12 July, 2026 vs 2025 (at this point last year)"),
            L("20,775", 20775, E, P, SBA, "1 January to mid-July 2025 (at this point last year)"),
            L("around one in five", 20, AP, PCT, "small_boat_arrivals_share_children", WK + "; Border Force)"),
            L("530", 530, E, P, "small_boat_arrivals_unaccompanied_children", WK + "; travelling without a parent; Border Force)"),
            L("Almost 60 per cent", 60, ALM, PCT, "small_boat_arrivals_share_tuesday_to_thursday", WK + "; landed on Tuesday, Wednesday and Thursday)"),
            L("Two", 2, E, P, "small_boat_deaths", "9 July 2026 (Thursday; off Boulogne-sur-Mer)", ctx="Two people, including", geo=FR),
            L("67", 67, E, P, "small_boat_rescues", "9 July 2026 (Thursday; off Boulogne-sur-Mer; French maritime authorities)", geo=FR),
            L("more than a third", THIRD, MT, PCT, "small_boat_arrivals_share_july_august", "July and August 2025 (of 2025's crossings)"),
            L("31,800", 31800, E, P, "asylum_hotel_population", "30 June 2026 (end of June)"),
            L("29,600", 29600, E, P, "asylum_hotel_population", "31 March 2026 (March)"),
            L("more than 80,000", 80000, MT, P, SBA, "5 July 2024 to 12 July 2026 (since 5 July 2024; Reform UK)"),
            L("Around three-quarters", 75, AP, PCT, "small_boat_arrivals_share_granted_protection", "2026 (eventually recognised as refugees; Channel Crossings Trust)"),
            L("around 1,900", 1900, AP, P, "small_boat_launch_attempts_stopped_people", "6 to 12 July 2026 (prevented from launching last week; Home Office)", geo=FR),
            L("3,260", 3260, E, P, "returns", "September 2025 to July 2026 (removed to France under the scheme so far; Home Office)", geo=FR),
            L("£5.41bn", 5.41e9, E, GBP, AC, "2025/26 (a record)"),
        ]),
    "05-the-dinmore-mercury-herefordshire-seasonal-farm-workers": dict(
        meta=dict(url="https://www.dinmoremercury.example/news/farming/fruit-growers-fear-unpicked-crops-seasonal-worker-visas-cut-4812207",
                  title="Fruit growers fear unpicked crops as seasonal worker visas cut by 2,000",
                  publisher="The Dinmore Mercury", author="Georgina Halloran-Obi", published_date="2026-04-21"),
        labels=[
            L("2,000", -2000, E, P, SWA + "_change", "2026 vs 2025 (seasonal worker visas cut by; headline)", ctx="cut by 2,000"),
            L("41,000", 41000, E, P, SWA, "2026 (offered to fruit, vegetable and flower growers; Home Office and Defra, announced Monday 20 April 2026)"),
            L("43,000", 43000, E, P, SWA, "2025 (last year)"),
            L("2,000", 2000, E, P, "seasonal_worker_visa_allocation_poultry", "2026 (reserved for the poultry sector over Christmas)", ctx="A further 2,000"),
            L("38,920", 38920, E, P, VSW, "2025 (official figures)"),
            L("8%", -8, E, PCT, VSW + "_change", "2025 vs 2024"),
            L("About three-quarters", 75, AP, PCT, VSW + "_share_central_asia", "2025 (nationals of Kyrgyzstan, Uzbekistan, Tajikistan and Kazakhstan)"),
            L("2,500", 2500, E, P, "seasonal_worker_visa_allocation", "2019 (the pilot's places)"),
            L("one in five", 20, E, PCT, "horticulture_businesses_share_left_produce_unharvested", "2025 (last year, for lack of staff; " + NFU + ")", geo=EW),
            L("£58m", 58e6, E, GBP, "horticulture_unharvested_crop_losses", "2025 (losses; " + NFU + ")", geo=EW),
            L("at least 55,000", 55000, AL, P, "seasonal_workers_needed", "per year (the industry needs; National Farmers' Union)"),
            L("44", 44, E, REFERRALS, GLAA, "2025 (referrals involving seasonal workers; Gangmasters and Labour Abuse Authority)"),
            L("nearly double", 2, ALM, RATIO, GLAA + "_ratio", "2025 vs 2024"),
            L("23", 23, E, REFERRALS, GLAA, "2024 (the year before)"),
            L("14%", 14, E, PCT, "seasonal_workers_share_paid_recruitment_fees", "2025 (workers surveyed; Home Office review)"),
            L("up to £4,000", 4000, AM, GBP, "recruitment_fee_paid", "2025 (handed over to unlicensed agents by some workers; Home Office review)"),
            L("£12.71", 12.71, E, GBP, "seasonal_worker_minimum_hourly_pay", "per hour, 2026 (growers must pay at least; Government spokesperson; a policy rate)"),
            L("£50m", 50e6, E, GBP, "farm_automation_fund", "2026 (investing to help farms automate; Government spokesperson)"),
            L("98%", 98, E, PCT, "soft_fruit_share_picked_by_seasonal_workers", "2026 (soft fruit grown in England picked by seasonal workers from overseas; Defra estimate)", geo=ENG),
            L("roughly one in every six", SIXTH, AP, PCT, "strawberry_production_share_herefordshire", "2026 (punnets of British strawberries produced in Herefordshire)"),
            L("7,400", 7400, E, P, "farm_seasonal_workforce", "summer peak, 2025 (an estimated; Herefordshire Council)", geo=HF),
            L("£96m", 96e6, E, GBP, "farm_seasonal_wage_bill", "2025 (spent on wages last year; Herefordshire Council)", geo=HF),
            L("£270m", 270e6, E, GBP, "soft_fruit_sector_value", "per year, 2026 (to the local economy; Herefordshire Council)", geo=HF),
            L("c. 600", 600, AP, P, "farm_seasonal_workforce", "per season, 2026 (pickers taken on at Lydiatt Fields)", geo=BOD),
            L("90", -90, E, P, "farm_seasonal_worker_allocation_change", "2026 vs 2025 (allocation from the licensed operator trimmed by; " + LYD + ")", geo=BOD),
            L("nearly one in six", SIXTH, ALM, PCT, "farm_seasonal_workforce_share_lost", "2026 (of our team gone before we've started; " + LYD + ")", geo=BOD),
            L("about 2,100", 2100, AP, P, "seasonal_workers_staying_campsites", "August 2025 (at any one time last August, in the county's campsites and caravan parks; cabinet member for the economy, Herefordshire Council)", geo=HF),
        ]),
    "06-the-pamphleteer-stop-the-boats-numbers": dict(
        meta=dict(url="https://www.thepamphleteer.example/article/what-the-numbers-behind-stop-the-boats-really-tell-us/",
                  title="What the numbers behind 'stop the boats' really tell us",
                  publisher="The Pamphleteer", author="Crispin Hale-Osei", published_date="2026-09-26"),
        labels=[
            L("45,774", 45774, E, P, SBA, "2022 (arrived by dinghy, the highest total on record)"),
            L("29,437", 29437, E, P, SBA, "2023 (the following year)"),
            L("roughly a third", -THIRD, AP, PCT, SBA + "_change", "2023 vs 2022"),
            L("12,301", 12301, E, P, SBAL, "2022"),
            L("924", 924, E, P, SBAL, "2023 (after a returns deal with Tirana)"),
            L("36,816", 36816, E, P, SBA, "2024"),
            L("41,470", 41470, E, P, SBA, "2025 (last year)"),
            L("33,410", 33410, E, P, SBA, YTD6 + ")"),
            L("almost 100,000", 100000, ALM, P, SBA, "5 July 2024 to 20 September 2026 (since 5 July 2024, when the present government took office)"),
            L("1,110", 1110, E, BOATS, SBC, "2022"),
            L("708", 708, E, BOATS, SBC, "2024"),
            L("61", 61, E, PPB, "small_boat_occupancy", "1 January to 20 September 2026 (average passengers per dinghy so far this year)"),
            L("41", 41, E, PPB, "small_boat_occupancy", "2022"),
            L("more than £700m", 700e6, MT, GBP, "rwanda_scheme_cost", "April 2022 to July 2024 (the Rwanda scheme cost)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (a grand total of four volunteers to Kigali)", ctx="total of four volunteers"),
            L("4,100", 4100, E, P, "returns", "September 2025 to September 2026 (sent back to France under the 'one in, one out' arrangement since last September)", geo=FR),
            L("roughly one for every 13", 100 / 13, AP, PCT, "returns_share_of_small_boat_arrivals", "September 2025 to September 2026 (who arrived over the same period)", geo=FR),
            L("doubled", 2, E, RATIO, "french_beach_patrol_spending_ratio", "2026 vs 2022 (spending on French beach patrols since 2022)", geo=FR),
            L("£5.41bn", 5.41e9, E, GBP, AC, "per year, 2025/26 (the asylum bill has swollen to)"),
            L("close to £15m", 15e6, ALM, GBP, AC, "per day, 2025/26 (the asylum bill a day)"),
            L("38 per cent", -38, E, PCT, "irregular_arrivals_change", "2024 vs 2023 (irregular arrivals in the EU)", geo=EU),
            L("60 per cent", -60, E, PCT, "irregular_arrivals_change", "2024 vs 2023 (landings in Italy)", geo="Italy"),
            L("47 per cent", 47, E, PCT, "asylum_grants_share_initial_decisions", "2025 (claims granted at first decision; last year)"),
            L("76 per cent", 76, E, PCT, "asylum_grants_share_initial_decisions", "2022"),
            L("2,104", 2104, E, P, "poll_sample_size", "September 2026 (adults; " + POLL + ")"),
            L("71 per cent", 71, E, PCT, "poll_share_government_handling_channel_badly", "September 2026 (" + POLL + ")"),
            L("one in eight", 12.5, E, PCT, "poll_share_expect_crossings_to_fall", "September 2026 (thought crossings would fall next year; " + POLL + ")"),
        ]),
    "07-the-latchkey-refugee-family-reunion-visas": dict(
        meta=dict(url="https://www.thelatchkey.example/news/uk/home-news/family-reunion-visas-refugees-route-closed-b2871934.html",
                  title="Family reunion visas plunge 70% a year after ministers closed the route to new applicants",
                  publisher="The Latchkey", author="Amara Whitcombe-Delgado", published_date="2026-09-03"),
        labels=[
            L("70%", -70, E, PCT, VFR + "_change", "year ending June 2026 vs year ending June 2025 (a year after the route closed; headline)"),
            L("70 per cent", -70, E, PCT, VFR + "_change", "year ending June 2026 vs year ending June 2025 (since the route was suspended a year ago)"),
            L("6,130", 6130, E, P, VFR, YJ26 + ")"),
            L("20,410", 20410, E, P, VFR, "July 2024 to June 2025 (the previous 12 months)"),
            L("84%", 84, E, PCT, VFR + "_share_women_and_children", YJ26 + "; of these)"),
            L("3,110", 3110, E, P, VFR + "_children", YJ26 + ")"),
            L("About 11,500", 11500, AP, P, "family_reunion_applications_pending", "30 June 2026 (lodged before the pause, undecided when June ended)"),
            L("more than half", 50, MT, PCT, "family_reunion_applications_pending_share_involving_children", "30 June 2026"),
            L("38 weeks", 38, E, WEEKS, "family_reunion_decision_wait_average", "June 2026 (the typical wait had stretched to)"),
            L("1,720", 1720, E, P, VFR + "_sudanese", YJ26 + "; the largest group)"),
            L("1,390", 1390, E, P, VFR + "_eritrean", YJ26 + ")"),
            L("1,050", 1050, E, P, VFR + "_afghan", YJ26 + ")"),
            L("610", 610, E, P, VFR + "_syrian", YJ26 + ")"),
            L("31,500", 31500, E, P, "asylum_grants", YJ26 + "; granted refugee status over the same year)"),
            L("£29,000", 29000, E, GBP, "family_visa_minimum_income_requirement", "2026 (income threshold for British citizens sponsoring a spouse; a policy rate)", occ=0),
            L("£29,000", 29000, E, GBP, "family_visa_minimum_income_requirement", "per year, 2026 (he would need to earn; a policy rate)", occ=1),
            L("more than £12,000", 12000, MT, GBP, "family_visa_fees_mother_and_three_children", "2026 (fees for a mother and three children; charities estimate)"),
            L("21 per cent", 21, E, PCT, "small_boat_arrivals_share_women_and_children", "January to June 2026 (the first six months of 2026)"),
            L("14 per cent", 14, E, PCT, "small_boat_arrivals_share_women_and_children", "January to June 2025 (the same period last year)"),
            L("1,260", 1260, E, FAMILIES, "family_reunion_families_helped_by_charity", "2025 (" + TFL + ")"),
            L("nearly double", 2, ALM, RATIO, "family_reunion_families_helped_by_charity_ratio", "2025 vs 2023 (" + TFL + ")"),
            L("One in three", THIRD, E, PCT, "family_reunion_families_helped_by_charity_share_child_under_10_overseas", "2025 (had a child under 10 still overseas; " + TFL + ")"),
            L("about 2,300", 2300, AP, P, A8, "July 2025 to June 2026 (applications outside the rules citing Article 8, the year to June; Home Office)"),
            L("61 per cent", 61, E, PCT, A8 + "_share_refused", "July 2025 to June 2026 (refused)"),
            L("around 380", 380, AP, FAMILIES, RFA, "September 2026 (refugee families waiting to be reunited; Scottish Government)", geo=SCO),
            L("140", 140, E, FAMILIES, RFA, "September 2026 (Welsh Government)", geo=WA),
            L("about 90", 90, AP, FAMILIES, RFA, "September 2026 (advisers in Belfast estimate)", geo=NI),
            L("more than 100,000", 100000, MT, P, VFR, "2015 to September 2026 (reunited with family through this route since 2015; Liberal Democrats' home affairs spokesperson)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
