#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-forty-third hand-labelled hold-out set (holdout143).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, THIRD, EW,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT)

UK, ENG, WAL, NI, FR, EU = "UK", "England", "Wales", "Northern Ireland", "France", "EU"
HH, DAYS, SHARES, PROPS, INCIDENTS = ("other:households", "other:days", "other:shares", "other:properties",
                                      "other:incidents")
TWO3 = 200 / 3

# 01 (Friday 22 May 2026; ONS provisional estimates for the year to December 2025, published Thursday 21 May 2026)
ONS1 = "ONS estimates published Thursday 21 May 2026"
Y25 = "January to December 2025 (last year, provisional; " + ONS1
Y24 = "January to December 2024 (as revised; " + ONS1
Y24F = "January to December 2024 (first estimate, published May 2025; "
CH25 = "January to December 2025 vs January to December 2024 ("
COLL = "Professor Anwen Collister, director, Beaumaris Institute"
HS1, SHS1 = "the home secretary", "the shadow home secretary"
NMR = "net_migration_revision"
WORK = "immigration_work_non_eu"

# 02 (Wednesday 4 March 2026; Home Office sponsorship data for 2025; Norfolk food processors)
HO2 = "Home Office sponsorship data"
NOR, THET, DOWN, BRECK = "Norfolk", "Thetford", "Downham Market", "Breckland"
COS = "certificates_of_sponsorship_assigned_food_manufacturing"
BUTCH = "visas_granted_skilled_worker_butchers"
FDW = "food_drink_manufacturing_workforce"
ALLI = "the Norfolk Food Makers' Alliance"
COLK = "Colkirk Poultry, plant outside Thetford"
LING = "Stuart Lingwood, operations director, Colkirk Poultry"

# 03 (Thursday 26 February 2026; MHCLG statutory homelessness statistics published Tuesday 24 February 2026)
MH = "MHCLG homelessness statistics published Tuesday 24 February 2026"
Y3 = "October 2024 to September 2025 (the 12 months to September 2025; " + MH
Y3P = "October 2023 to September 2024 (a year earlier / the previous 12 months; " + MH + ")"
CH3 = "October 2024 to September 2025 vs October 2023 to September 2024 ("
RHL = "refugees_homeless_after_leaving_asylum_support"
RHLR = RHL + "_rough_sleeping"
ODRN = "Open Door Refugee Network"
BHAM, MAN, LIV, SHEF, LDN = "Birmingham", "Manchester", "Liverpool", "Sheffield", "London"
CTA = "council_refugee_temporary_accommodation_cost"

# 04 (Tuesday 1 September 2026; Home Office small boat figures to Monday 31 August 2026)
SUM26 = "1 June to 31 August 2026 (this summer; Home Office figures"
SUM25 = "1 June to 31 August 2025 (last summer; Home Office figures)"
CHS = "1 June to 31 August 2026 vs 1 June to 31 August 2025 (up on last summer; Home Office figures"
OCC = "small_boat_occupancy"
AUG21 = "Friday 21 August 2026 (the peak day"

# 05 (Wednesday 14 October 2026; check of a Facebook post by a district councillor in the East Midlands)
CLAIM = "per year (the claim, in a Facebook post by a district councillor in the East Midlands, shared since Saturday 10 October 2026"
FY26 = "April 2025 to March 2026 (2025/26; Home Office annual accounts, July 2026"
M26 = "31 March 2026 (the end of March; Home Office asylum support statistics"
HCPY = "asylum_hotel_cost_per_person_year"
ACPY = "asylum_accommodation_cost_per_person_year"

# 06 (Thursday 5 March 2026; Home Office figures to 31 December 2025; Northern Ireland Housing Executive)
HO6 = "Home Office statistics"
D25 = "31 December 2025 (the end of December; " + HO6 + ")"
BEL = "Belfast"
NIHE = "Northern Ireland Housing Executive figures"
SBEL = "asylum_support_population_share_belfast"
NIRH = RHL
TA6 = "31 December 2025 (the close of December; " + NIHE + ")"
MCA = "Gráinne McAlinden, director of homelessness services, Northern Ireland Housing Executive"
HW = "Harbourside Welcome"

# 07 (Friday 27 November 2026; Home Office immigration statistics published Thursday 26 November 2026)
HO7 = "Home Office figures released Thursday 26 November 2026"
YS26 = "October 2025 to September 2026 (the year to September; " + HO7
YS25 = "October 2024 to September 2025 (the 12 months before; " + HO7 + ")"
FR7 = "visas_granted_family_reunion"
UKRS = "resettlement_arrivals_uk_resettlement_scheme"

ARTICLES = {
    "01-the-chronometer-ons-net-migration-revisions": dict(
        meta=dict(url="https://www.thechronometer.example/article/net-migration-2024-revised-up-58000-overseas-students-ons-x7k2q",
                  title="Net migration for 2024 revised up by 58,000 as more overseas students stayed on",
                  publisher="The Chronometer", author="Fergus Oakhampton", published_date="2026-05-22"),
        labels=[
            L("58,000", 58000, E, P, NMR, Y24 + "; revised up from the first estimate; headline)", ctx="revised up by 58,000"),
            L("168,000", 168000, E, P, NM, Y25 + "; standfirst)", occ=0),
            L("489,000", 489000, E, P, NM, Y24 + ")"),
            L("some 58,000", 58000, AP, P, NMR, Y24 + "; higher than the number statisticians announced a year ago)"),
            L("431,000", 431000, E, P, NM, Y24F + ONS1 + ")", occ=0),
            L("168,000", 168000, E, P, NM, Y25 + ")", occ=1),
            L("roughly a third", 100 / 3, AP, PCT, "net_migration_share_of_previous_year", "January to December 2025 vs 2024 (of the revised total for the year before; " + ONS1 + ")"),
            R("98,000 to 238,000", 98000, 238000, P, NM, Y25 + "; likely range)"),
            L("321,000", -321000, E, P, NM + "_change", CH25 + "dropped by, in a single year, on the revised figures; " + ONS1 + ")"),
            L("almost two-thirds", -TWO3, ALM, PCT, NM + "_change", CH25 + "on the revised figures; " + ONS1 + ")"),
            L("41,000", 41000, E, P, "immigration_revision", Y24 + "; immigration raised by)", ctx="raised by 41,000"),
            L("1,009,000", 1009000, E, P, "immigration", Y24 + ")"),
            L("17,000", -17000, E, P, "emigration_revision", Y24 + "; emigration revised down by)"),
            L("520,000", 520000, E, P, "emigration", Y24 + ")"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the peak, the twelve months to June 2023; not revised; " + ONS1 + ")"),
            L("812,000", 812000, E, P, "immigration", Y25 + "; an estimated)"),
            L("a fifth", -20, E, PCT, "immigration_change", CH25 + "down; " + ONS1 + ")"),
            L("almost a quarter", 25, ALM, PCT, "emigration_change", CH25 + "climbed; " + ONS1 + ")"),
            L("644,000", 644000, E, P, "emigration", Y25 + ")"),
            L("174,000", 174000, E, P, WORK, Y25 + "; non-EU nationals arriving to work)"),
            L("281,000", 281000, E, P, WORK, Y24 + "; non-EU nationals arriving to work)"),
            L("41,000", 41000, E, P, "immigration_work_dependants_non_eu", Y25 + "; dependants who came with non-EU workers)", ctx="dropped to 41,000"),
            L("nearly three times", 3, ALM, RATIO, "immigration_work_dependants_non_eu_ratio", "January to December 2024 vs 2025 (the year before there had been nearly three times as many; " + ONS1 + ")"),
            L("226,000", 226000, E, P, "immigration_study_non_eu", Y25 + "; non-EU arrivals coming to study)"),
            L("28 per cent", 28, E, PCT, "immigration_share_study_non_eu", Y25 + "; non-EU study as a share of all immigration)"),
            L("74,000", -74000, E, P, "net_migration_british_nationals", Y25 + "; a net outflow of British citizens)"),
            L("151,000", 151000, E, P, NM, Y25 + "; the ONS's separate estimate for England and Wales)", geo=EW),
            L("71,000", 71000, E, P, NMR, "first estimates of every calendar year since the COVID-19 pandemic, average (settled figure higher than first published; the Beaumaris Institute)"),
            L("168,000", 168000, E, P, NM, Y25 + "; " + COLL + ")", occ=2),
            L("431,000", 431000, E, P, NM, Y24F + COLL + ": the 2024 figure started life at)", occ=1),
            L("more than 13 per cent", 13, MT, PCT, NMR, "January to December 2024 (already grown from the first estimate; " + COLL + ")"),
            L("closer to 200,000", 200000, AP, P, "net_migration_forecast", "January to December 2025 (expected eventual estimate, would not surprise; " + COLL + ")"),
            L("approaching a million", 1000000, ALM, P, NM, "July 2022 to June 2023 (the peak, net migration inherited; " + HS1 + ", May 2026)"),
            L("more than 80 per cent", -80, MT, PCT, NM + "_change", "the peak (July 2022 to June 2023) to January to December 2025 (fallen from that peak; " + HS1 + ", May 2026)"),
            L("Half a million", 500000, E, P, NM, "January to December 2024 (came here net in 2024 alone; " + SHS1 + ", May 2026)"),
        ]),
    "02-norfolk-wherryman-food-processing-migrant-workers-visas": dict(
        meta=dict(url="https://www.norfolkwherryman.example/news/business/norfolk-food-firms-visa-squeeze-overseas-workers-11482906",
                  title="'We would be closed within a month': Norfolk food firms warn over visa squeeze",
                  publisher="Norfolk Wherryman", author="Ellen Blofield", published_date="2026-03-04"),
        labels=[
            L("41%", -41, E, PCT, COS + "_change", "2025 vs 2024 (cut in a year; " + HO2 + "; standfirst)", ctx="by 41% in a year", geo=NOR),
            L("three in four", 75, E, PCT, "firm_workforce_share_overseas", "March 2026 (workers born overseas at a poultry plant near Thetford; caption)", geo=THET),
            V("hundreds", 200, 900, P, "food_processing_labour_shortfall", "March 2026 (workers short, food processors across Norfolk)", geo=NOR),
            L("640", 640, E, P, COS, "January to December 2025 (in 2025; " + HO2 + ")", geo=NOR),
            L("41%", -41, E, PCT, COS + "_change", "2025 vs 2024 (down; " + HO2 + ")", ctx="down 41% from", geo=NOR),
            L("1,090", 1090, E, P, COS, "January to December 2024 (the year before; " + HO2 + ")", geo=NOR),
            L("£41,700", 41700, E, GBP, "skilled_worker_salary_threshold", "from July 2025 (the general salary threshold went up to)"),
            L("3,480", 3480, E, P, BUTCH, "January to December 2025 (the 12 months to December; butchers and meat processors)"),
            L("less than half", 50, LT, PCT, BUTCH + "_share_of_previous_year", "January to December 2025 vs 2024 (less than half the figure of a year earlier)"),
            L("7,260", 7260, E, P, BUTCH, "January to December 2024 (a year earlier)"),
            L("About 12,400", 12400, AP, P, FDW, "2026 (now; " + ALLI + ")", geo=NOR),
            L("More than a third", 100 / 3, MT, PCT, FDW + "_share_non_uk_nationals", "2026 (now; not UK nationals; " + ALLI + ")", geo=NOR),
            L("38%", 38, E, PCT, FDW + "_share_non_uk_nationals", "2026 (now; " + ALLI + ")", geo=NOR),
            L("29%", 29, E, PCT, FDW + "_share_non_uk_nationals", "2019 (up from; " + ALLI + ")", geo=NOR),
            L("1,150", 1150, E, P, "food_drink_manufacturing_vacancies", "March 2026 (unfilled vacancies the alliance's members are carrying; " + ALLI + ")", geo=NOR),
            L("20%", 20, E, PCT, "food_drink_manufacturing_vacancies_change", "March 2026 vs March 2025 (up on this time last year; " + ALLI + ")", geo=NOR),
            L("about 1,900", 1900, AP, P, "firm_workforce", "March 2026 (employed by " + COLK + ")", geo=THET),
            L("three-quarters", 75, E, PCT, "firm_workforce_share_overseas", "March 2026 (line staff from overseas; " + COLK + ")", geo=THET),
            L("c. 650", 650, AP, P, "firm_seasonal_workers_extra", "per year, each autumn (extra workers for the Christmas turkey rush; " + COLK + ")", geo=THET),
            L("£13.05", 13.05, E, GBP, "firm_starting_hourly_pay_line_staff", "March 2026, per hour (pays line staff from; " + COLK + ")", geo=THET),
            L("140", 140, E, P, "firm_overseas_staff_leavers", "2025 (last year, long-serving European staff who left; " + LING + ")", geo=THET),
            L("fewer than half", 50, LT, PCT, "firm_overseas_staff_leavers_share_replaced_via_visas", "2025 (replaced through the visa system; " + LING + ")", geo=THET),
            L("more than £7,000", 7000, MT, GBP, "sponsorship_cost_per_worker", "over five years (Home Office charges for every sponsored worker; " + LING + ")"),
            L("32%", 32, E, PCT, "skills_charge_per_sponsored_worker_change", "December 2025 (the immigration skills charge went up by)"),
            L("£1,320", 1320, E, GBP, "skills_charge_per_sponsored_worker", "from December 2025, per year (large employers, for each sponsored worker)"),
            L("430", 430, E, P, "firm_workforce", "March 2026 (employed by the Fenmarsh Growers packhouse)", geo=DOWN),
            L("95", 95, E, P, "firm_sponsored_workers", "March 2026 (on skilled worker visas at the Fenmarsh Growers packhouse)", geo=DOWN),
            L("4,860", 4860, E, P, "population_born_portugal", "21 March 2021 (the 2021 census)", geo=BRECK),
            L("doubled", 2, E, RATIO, "charity_service_users_ratio", "summer 2025 to March 2026 (people asking for help with visa problems, since last summer; the East Anglian Migrant Workers' Centre)", geo="East Anglia"),
            L("more than nine million", 9000000, MT, P, "economically_inactive_working_age", "March 2026 (people of working age who are not in work; a Home Office spokesperson)"),
        ]),
    "03-the-hearthstone-refugees-rough-sleeping-after-asylum-accommodation": dict(
        meta=dict(url="https://www.thehearthstone.example/society/2026/feb/26/refugees-sleeping-rough-after-leaving-asylum-housing-nearly-doubles",
                  title="Number of refugees sleeping rough after leaving asylum housing nearly doubles in a year",
                  publisher="The Hearthstone", author="Saoirse Delahunt", published_date="2026-02-26"),
        labels=[
            L("nearly doubles", 2, ALM, RATIO, RHLR + "_ratio", CH3 + "sleeping rough when they asked for help; " + MH + "; headline)", geo=ENG),
            L("2,890", 2890, E, HH, RHLR, Y3 + "; on the streets when they asked councils for help; standfirst)", occ=0, geo=ENG),
            L("nearly doubled", 2, ALM, RATIO, RHLR + "_ratio", CH3 + "sleeping rough when they turned to a council; " + MH + ")", geo=ENG),
            L("21,340", 21340, E, HH, RHL, Y3 + "; owed a homelessness duty after having to quit asylum accommodation)", geo=ENG),
            L("27%", 27, E, PCT, RHL + "_change", CH3 + "more than a year earlier; " + MH + ")", geo=ENG),
            L("16,800", 16800, E, HH, RHL, Y3P, geo=ENG),
            L("2,890", 2890, E, HH, RHLR, Y3 + "; already sleeping rough when they approached a council)", occ=1, geo=ENG),
            L("1,470", 1470, E, HH, RHLR, Y3P, geo=ENG),
            L("6,120", 6120, E, HH, RHL, "July to September 2025 (the three months to September; " + MH + ")", geo=ENG),
            L("3,900", 3900, E, HH, RHL, "July to September 2024 (up from; " + MH + ")", geo=ENG),
            L("more than four in five", 80, MT, PCT, RHL + "_share_single_adults", Y3 + "; across the year, of the households, single adults)", geo=ENG),
            L("41,300", 41300, E, P, "asylum_grants", "October 2024 to September 2025 (the year to September; Home Office)"),
            L("2,470", 2470, E, P, "charity_service_users", "2025 (helped last year; " + ODRN + ")", geo=ENG),
            L("11 days", 11, E, DAYS, "refugee_eviction_notice_average", "2025 (notice from the Home Office's contractors averaged just; " + ODRN + " survey)", geo=ENG),
            L("eight in ten", 80, E, PCT, "charity_service_users_share_notice_under_a_week", "2025 (got under a week's warning; " + ODRN + " survey)", geo=ENG),
            L("1,310", 1310, E, P, "rough_sleepers_left_asylum_accommodation", "October to December 2025 (last settled base asylum accommodation; CHAIN)", geo=LDN),
            L("about one in five", 20, AP, PCT, "rough_sleepers_share_left_asylum_accommodation", "October to December 2025 (of the people seen on the capital's streets; CHAIN)", geo=LDN),
            L("6,140", 6140, E, P, "rough_sleepers", "October to December 2025 (people seen on the capital's streets over those three months; CHAIN)", geo=LDN),
            L("£11.6m", 11600000, E, GBP, CTA, "April 2024 to March 2025 (2024/25; Birmingham city council)", geo=BHAM),
            L("more than twice", 2, MT, RATIO, CTA + "_ratio", "2024/25 vs 2023/24 (Birmingham city council)", geo=BHAM),
            L("£4.9m", 4900000, E, GBP, CTA, "April 2023 to March 2024 (the year before; Birmingham city council)", geo=BHAM),
            L("640", 640, E, HH, "refugee_households_temporary_accommodation_bed_and_breakfast_hotels", "April to December 2025 (placed in bed and breakfasts or hotels; Manchester city council)", geo=MAN),
            L("38%", 38, E, PCT, "rough_sleepers_new_share_left_asylum_accommodation", "autumn 2025 (single people found sleeping rough for the first time; Liverpool city council)", geo=LIV),
            L("212", 212, E, HH, "refugee_households_temporary_accommodation", "31 January 2026 (the end of January; Sheffield city council)", geo=SHEF),
            L("90", 90, E, HH, "refugee_households_temporary_accommodation", "31 January 2025 (twelve months before; Sheffield city council)", geo=SHEF),
            L("1,020", 1020, E, HH, RHL, "April 2024 to March 2025 (2024/25; refugee households who sought homelessness help; the Welsh government)", geo=WAL),
            L("3,480", 3480, E, HH, RHL, "April 2024 to March 2025 (2024/25; refugee households who sought homelessness help; Scottish figures as reported)", geo="Scotland"),
            L("95", 95, E, HH, RHL, "January 2026 (last month alone, straight from asylum hotels; Cllr Maryam Oduwole, Birmingham city council)", geo=BHAM),
            L("almost £1bn", 1000000000, ALM, GBP, "homelessness_prevention_funding", "April 2025 to March 2026 (this year; MHCLG)", geo=ENG),
        ]),
    "04-daily-gangplank-channel-small-boats-summer-per-boat": dict(
        meta=dict(url="https://www.dailygangplank.example/news/politics/2214587/channel-migrants-record-summer-small-boats-dinghies-crammed",
                  title="Channel migrants: RECORD summer as 19.4k cross in dinghies crammed with almost 60 each",
                  publisher="Daily Gangplank", author="Dominic Harrowgate", published_date="2026-09-01"),
        labels=[
            L("19.4k", 19400, E, P, SBA, SUM26 + "; headline)"),
            L("almost 60", 60, ALM, PPB, OCC, SUM26 + "; crammed into each dinghy; headline)", ctx="almost 60 each"),
            L("MORE than 19,000", 19000, MT, P, SBA, SUM26 + "; standfirst)"),
            L("19,460", 19460, E, P, SBA, SUM26 + "; a record)"),
            L("20%", 20, E, PCT, SBA + "_change", CHS + ")"),
            L("327", 327, E, BOATS, SBC, SUM26 + ")"),
            L("almost 60", 60, ALM, PPB, OCC, SUM26 + "; average in every dinghy)", ctx="average of almost 60"),
            L("16,210", 16210, E, P, SBA, SUM25),
            L("311", 311, E, BOATS, SBC, SUM25),
            L("52", 52, E, PPB, OCC, SUM25, ctx="average of 52"),
            L("5%", 5, E, PCT, SBC + "_change", CHS + ")"),
            L("13", 13, E, PPB, OCC, "January to December 2020 (just, the first year of large-scale crossings)", ctx="just 13 people"),
            L("more than four times", 4, MT, RATIO, OCC + "_ratio", "summer 2026 vs 2020 (average people per boat)"),
            L("7,940", 7940, E, P, SBA, "August 2026 (August alone; Home Office figures)"),
            L("1,192", 1192, E, P, SBA, AUG21 + ")"),
            L("19", 19, E, BOATS, SBC, AUG21 + ")", ctx="in 19 boats"),
            L("87", 87, E, PPB, OCC + "_max", AUG21 + "; one boat escorted into Dover; Border Force officers)", geo="Dover"),
            L("31,760", 31760, E, P, SBA, "1 January to 31 August 2026 (the running total for 2026; Home Office figures)"),
            L("13%", 13, E, PCT, SBA + "_change", "1 January to 31 August 2026 vs the same point in 2025 (Home Office figures)"),
            L("28,190", 28190, E, P, SBA, "1 January to 31 August 2025 (recorded by this point in 2025; Home Office figures)"),
            L("past 95,000", 95000, MT, P, SBA, "5 July 2024 to 31 August 2026 (since 5 July 2024, the day Labour entered government)"),
            L("Roughly one in five", 20, AP, PCT, "small_boat_arrivals_share_eritrean", SUM26 + ")"),
            L("about three-quarters", 75, AP, PCT, "small_boat_arrivals_share_adult_men", SUM26 + ")"),
            L("Some 1,040", 1040, AP, P, "small_boat_arrivals_unaccompanied_children", SUM26 + "; children travelling alone)"),
            L("9,860", 9860, E, P, "small_boat_launch_attempts_stopped_people", "1 June to 31 August 2026 (over the three months; prevented setting off from the Nord and Pas-de-Calais coast; French police)", geo=FR),
            L("At least 21", 21, AL, P, "small_boat_deaths", "1 January to 1 September 2026 (deaths in the Channel since January; International Organization for Migration)"),
            L("Nearly 20,000", 20000, ALM, P, SBA, "1 June to 31 August 2026 (in three months; the shadow home secretary)"),
            L("more than 50,000", 50000, MT, P, "returns", "5 July 2024 to September 2026 (removed or deported since the general election; a Home Office spokeswoman)"),
        ]),
    "05-truthsift-cost-of-housing-one-asylum-seeker": dict(
        meta=dict(url="https://truthsift.example/fact-checks/migration/does-it-cost-50000-a-year-to-house-an-asylum-seeker/",
                  title="Does it cost £50,000 a year to house one asylum seeker?",
                  publisher="Truthsift", author="Maren Holtby", published_date="2026-10-14"),
        labels=[
            L("£50,000", 50000, E, GBP, HCPY, CLAIM + "; asked in the headline)", occ=0),
            L("£50,000", 50000, E, GBP, HCPY, CLAIM + "; the claim box)", occ=1),
            L("fewer than three in ten", 30, LT, PCT, "asylum_support_share_hotels", M26 + "; verdict box)"),
            L("less than half", 50, LT, PCT, ACPY + "_share_of_claim", FY26 + "; the average across all accommodation against the figure claimed; verdict box)", occ=0),
            L("more than 14,000", 14000, MT, SHARES, "social_media_post_shares", "10 to 14 October 2026 (shared on Facebook since Saturday)"),
            L("£138", 138, E, GBP, "asylum_hotel_cost_per_person_night", FY26 + "; per person per night)"),
            L("about £50,400", 50400, AP, GBP, HCPY, FY26 + "; over a full year)"),
            L("£50,000", 50000, E, GBP, HCPY, CLAIM + "; the figure in the post)", occ=2),
            L("£21", 21, E, GBP, "asylum_dispersal_cost_per_person_night", FY26 + "; per person per night)"),
            L("about £7,700", 7700, AP, GBP, "asylum_dispersal_cost_per_person_year", FY26 + "; per year)"),
            L("26,900", 26900, E, P, HOT, M26 + ")"),
            L("99,600", 99600, E, P, "asylum_support_population", M26 + ")"),
            L("27%", 27, E, PCT, "asylum_support_share_hotels", M26 + ")"),
            L("£2.35bn", 2350000000, E, GBP, "asylum_cost_accommodation", FY26 + "; last year)"),
            L("£1.41bn", 1410000000, E, GBP, "asylum_cost_hotels", FY26 + ")"),
            L("60%", 60, E, PCT, "asylum_cost_accommodation_share_hotels", FY26 + ")"),
            L("101,200", 101200, E, P, "asylum_support_population", FY26 + "; average supported through the year)"),
            L("about £23,200", 23200, AP, GBP, ACPY, FY26 + "; accommodation spending spread across everyone supported, each)"),
            L("less than half", 50, LT, PCT, ACPY + "_share_of_claim", FY26 + "; against the figure claimed)", occ=1),
            L("£31,049", 31049, E, GBP, "nurse_salary_newly_qualified", "April 2025 to March 2026 (the NHS pay scale for 2025/26; started on, per year)", geo=ENG),
            L("roughly 1.6 times", 1.6, AP, RATIO, HCPY + "_to_nurse_salary_ratio", "2025/26 (a year in a hotel against a starting nurse's salary)"),
            L("about three-quarters", 75, AP, PCT, ACPY + "_share_of_nurse_salary", "2025/26 (the average across all asylum accommodation against a starting nurse's salary)"),
            L("about £8m", 8000000, AP, GBP, "asylum_cost_hotels", "2023, per day (when hotel costs peaked)"),
            L("more than 56,000", 56000, MT, P, HOT, "2023 (the peak of hotel use)"),
            L("more than half", -50, MT, PCT, HOT + "_change", "2023 peak to March 2026 (the number in hotels has since fallen by)"),
            L("186", 186, E, HOTELS, "asylum_hotels_in_use", "March 2026 (still in use)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "2023 (at the peak of hotel use)"),
            L("just under £50", 50, ALM, GBP, "asylum_support_weekly_allowance", "October 2026, per week (for those in dispersed housing)"),
            L("£50,000", 50000, E, GBP, HCPY, CLAIM + "; the source of the figure, asked of the councillor)", occ=3),
        ]),
    "06-the-linenman-belfast-asylum-housing-executive": dict(
        meta=dict(url="https://www.thelinenman.example/news/belfast/nearly-four-in-five-of-nis-asylum-seekers-housed-in-belfast-5120447",
                  title="Nearly four in five of NI's asylum seekers housed in Belfast as refugee homelessness rises 46%",
                  publisher="The Linenman", author="Ciarán Mulholland", published_date="2026-03-05"),
        labels=[
            L("Nearly four in five", 80, ALM, PCT, SBEL, D25[:-1] + "; headline)", geo=BEL),
            L("46%", 46, E, PCT, NIRH + "_change", "April 2024 to March 2025 vs April 2023 to March 2024 (2024/25; refugee households presenting as homeless; " + NIHE + "; headline)", ctx="rises 46%", geo=NI),
            L("NEARLY four in five", 80, ALM, PCT, SBEL, D25, geo=BEL),
            L("3,120", 3120, E, P, "asylum_support_population", D25, geo=NI),
            L("2,460", 2460, E, P, "asylum_support_population", D25[:-1] + "; the Belfast City Council area)", geo=BEL),
            L("79%", 79, E, PCT, SBEL, D25[:-1] + "; of the Northern Ireland total)", geo=BEL),
            L("fewer than one in five", 20, LT, PCT, "population_share_belfast_of_ni", "2026 (now; the city is home to, of the region's residents)", geo=BEL),
            L("740", 740, E, P, HOT, D25, geo=NI),
            L("five", 5, E, HOTELS, "asylum_hotels_in_use", D25, ctx="across five hotels", geo=NI),
            L("1,180", 1180, E, P, HOT, "31 December 2024 (a year earlier; " + HO6 + ")", geo=NI),
            L("37%", -37, E, PCT, HOT + "_change", "31 December 2025 vs 31 December 2024 (a drop of; " + HO6 + ")", geo=NI),
            L("about 900", 900, AP, PROPS, "asylum_dispersal_properties", "31 December 2025 (dispersed properties leased by the Home Office's contractor)", geo=NI),
            L("1,210", 1210, E, HH, NIRH, "April 2024 to March 2025 (2024/25; households granted refugee status presenting as homeless; " + NIHE + ")", geo=NI),
            L("46%", 46, E, PCT, NIRH + "_change", "2024/25 vs 2023/24 (up on the year before; " + NIHE + ")", ctx="up 46% on", geo=NI),
            L("830", 830, E, HH, NIRH, "April 2023 to March 2024 (the year before; " + NIHE + ")", geo=NI),
            L("1,040", 1040, E, HH, NIRH, "April to December 2025 (the nine months from April to December, a further; " + NIHE + ")", geo=NI),
            L("11,730", 11730, E, HH, "temporary_accommodation_households", TA6, geo=NI),
            L("690", 690, E, HH, "refugee_households_temporary_accommodation", TA6, geo=NI),
            L("about one in 17", 100 / 17, AP, PCT, "temporary_accommodation_share_refugee_households", TA6, geo=NI),
            L("£8.4m", 8400000, E, GBP, "refugee_homelessness_temporary_accommodation_cost", "April 2024 to March 2025 (2024/25; " + NIHE + ")", geo=NI),
            L("almost double", 2, ALM, RATIO, "refugee_homelessness_temporary_accommodation_cost_ratio", "2024/25 vs 2023/24 (" + NIHE + ")", geo=NI),
            L("£4.3m", 4300000, E, GBP, "refugee_homelessness_temporary_accommodation_cost", "April 2023 to March 2024 (2023/24; " + NIHE + ")", geo=NI),
            L("47,900", 47900, E, HH, "housing_waiting_list_households", "March 2026 (the social housing waiting list stands at, applicants; " + NIHE + ")", geo=NI),
            L("36,600", 36600, E, HH, "housing_waiting_list_households_housing_stress", "March 2026 (officially in housing stress; " + NIHE + ")", geo=NI),
            L("11,000", 11000, E, HH, "temporary_accommodation_households_other_than_refugees", "March 2026 (the other families in temporary accommodation; " + MCA + ")", geo=NI),
            L("2,300", 2300, E, P, "charity_service_users", "January to December 2025 (supported last year; " + HW + ")", geo=BEL),
            L("a third", 100 / 3, E, PCT, "charity_service_users_change", "2025 vs 2024 (more than in 2024; " + HW + ")", geo=BEL),
            L("1,390", 1390, E, INCIDENTS, "race_hate_incidents", "January to December 2025 (racist incidents recorded by the PSNI)", geo=NI),
            L("23%", 23, E, PCT, "race_hate_incidents_change", "2025 vs 2024 (more than in 2024; PSNI)", geo=NI),
            L("£1.6m", 1600000, E, GBP, "ni_executive_refugee_integration_funding", "April 2025 to March 2026 (set aside this year, read as the financial year; the Executive Office)", geo=NI),
            L("about 3%", 3, AP, PCT, "asylum_support_population_share_ni", "31 December 2025 (Northern Ireland's share of the UK's asylum seekers; a Home Office spokesperson)", geo=NI),
        ]),
    "07-nationcast-refugee-family-reunion-resettlement-routes": dict(
        meta=dict(url="https://www.nationcast.example/news/uk-78214590",
                  title="Refugee family reunion: How do people come to the UK on safe and legal routes?",
                  publisher="Nationcast", author="Lorna Achterberg", published_date="2026-11-27"),
        labels=[
            L("more than halved", -50, MT, PCT, FR7 + "_change", "October 2025 to September 2026 vs October 2024 to September 2025 (in a year; " + HO7 + ")"),
            L("9,870", 9870, E, P, FR7, YS26 + ")"),
            L("55%", -55, E, PCT, FR7 + "_change", "October 2025 to September 2026 vs October 2024 to September 2025 (a fall of; " + HO7 + ")"),
            L("21,710", 21710, E, P, FR7, YS25),
            L("About nine in ten", 90, AP, PCT, FR7 + "_share_women_and_children", YS26 + "; visas going to women and children)"),
            L("47%", 47, E, PCT, FR7 + "_share_children", YS26 + "; the latest year's grants)"),
            L("more than 180,000", 180000, MT, P, FR7, "2015 to September 2026 (since 2015; came to the UK this way)"),
            L("£29,000", 29000, E, GBP, "family_visa_minimum_income_requirement", "from April 2026 (sponsors must now earn at least; the threshold for British citizens bringing over a partner)"),
            L("fewer than one in ten", 10, LT, PCT, "refugees_share_meeting_income_requirement", "those granted protection in 2025 (would qualify; estimate by the Refugee Welcome Coalition)"),
            L("2,340", 2340, E, P, FR7 + "_sudanese", YS26 + "; the latest year)"),
            L("1,910", 1910, E, P, FR7 + "_eritrean", YS26 + "; the latest year)"),
            L("1,480", 1480, E, P, FR7 + "_afghan", YS26 + "; the latest year)"),
            L("58%", 58, E, PCT, FR7 + "_share_top_three_nationalities", YS26 + "; Sudanese, Eritreans and Afghans together)"),
            L("Some 940", 940, AP, P, UKRS, YS26 + ")"),
            L("31%", 31, E, PCT, UKRS + "_change", "October 2025 to September 2026 vs the year before (" + HO7 + ")"),
            L("About 1,100", 1100, AP, P, "resettlement_arrivals_community_sponsorship", "2016 to November 2026 (since the scheme began in 2016)"),
            L("over 300,000", 300000, MT, P, "visas_granted_ukraine_schemes", "March 2022 to November 2026 (the Ukraine schemes have produced; start not stated)"),
            L("more than 220,000", 220000, MT, P, "visas_granted_bno", "January 2021 to November 2026 (to people from Hong Kong holding BN(O) passports; start not stated)"),
            L("more than 700,000", 700000, MT, P, "safe_legal_routes_arrivals", "2015 to November 2026 (since 2015; the Home Office)"),
            L("6,000", 6000, E, P, "safe_legal_routes_annual_cap", "2027, per year (the new annual cap will start at; ministers)"),
            L("more than 100,000", 100000, MT, P, "asylum_applications", YS26 + "; asylum claims numbered)"),
            L("46,200", 46200, E, P, "asylum_grants", YS26 + "; granted protection at initial decision, the same period)"),
            L("£715m", 715000000, E, GBP, "rwanda_scheme_cost", "April 2022 to July 2024 (the Rwanda deportation plan had cost, until it was abandoned)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (only four people, all volunteers, went there)", ctx="only four people"),
            L("about 27,000", 27000, AP, P, "resettlement_arrivals", "January to December 2025 (member states resettled; the European Commission)", geo=EU),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
