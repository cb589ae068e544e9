#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-twenty-second hand-labelled hold-out set (holdout122).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, YEARS, THIRD, SIXTH, E, AP, MT, AL, LT, AM, ALM,
                        SBA, NM)

UK, ENG, EW, WAL, SCO, NI, FR = "UK", "England", "England and Wales", "Wales", "Scotland", "Northern Ireland", "France"
HOTELS, INCIDENTS, REPORTS, LICENCES = "other:hotels", "other:incidents", "other:reports", "other:licences"
VACANCIES, SIGNATURES, JOURNEYS = "other:vacancies", "other:signatures", "other:journeys"
TWO3 = 200 / 3

# 01 (Friday 27 February 2026; Home Office statistics "released on Thursday", 26 February, for the year ending December 2025)
HO26 = "Home Office statistics released Thursday 26 February 2026"
D25 = "31 December 2025 (at the end of December; " + HO26
Y25 = "January to December 2025 (the calendar year; " + HO26
HDP = "Hollybank Detention Project count"
DD = "detention_deaths"
# 02 (Friday 28 August 2026; Home Office statistics "on Thursday", 27 August, for the year ending June 2026)
YJ = "July 2025 to June 2026 (year ending June 2026; Home Office statistics published Thursday 27 August 2026"
YJ25 = "July 2024 to June 2025 (the previous 12 months"
HCW = "visas_granted_health_care_worker"
# 03 (Thursday 21 May 2026; ONS long-term international migration estimates at 9.30am; a live page last updated 11:48)
ONS = "ONS long-term international migration estimates published Thursday 21 May 2026"
YD = "January to December 2025 (year ending December 2025; " + ONS
YD24 = "January to December 2024 (as revised; " + ONS
HOM = "April 2025 to March 2026 (the year to March; Home Office statistics published Thursday 21 May 2026"
# 04 (Friday 31 July 2026; NRS mid-2025 estimates "published on Thursday", 30 July)
NRS = "NRS mid-year estimates published Thursday 30 July 2026"
YM = "July 2024 to June 2025 (the year to mid-2025; " + NRS
MID = "30 June 2025 (mid-2025; " + NRS
HL = "Highland"
# 05 (Monday 9 March 2026; Home Office documents released under freedom of information)
FOI = "Home Office documents released under freedom of information to the Daily Rumbustion"
C25 = "January to December 2025 (last year; " + FOI
WK = "Warwickshire"
ACH = "asylum_cost_hotels"
# 06 (Thursday 19 March 2026; HESA data "out on Thursday" for 2024/25)
AY = "2024/25 academic year (HESA data published Thursday 19 March 2026"
IS = "international_students"
# 07 (Wednesday 25 February 2026; Welsh Government written answer to a Plaid Cymru MS)
WA = "Welsh Government written answer to a Plaid Cymru MS"
WGS = "welsh_government_sanctuary_spending"
REF_SAVE = WGS + "_saving_claimed"

ARTICLES = {
    "01-the-pinfold-immigration-detention-deaths": dict(
        meta=dict(url="https://www.thepinfold.example/news/uk/home-news/immigration-detention-deaths-2025-home-office-figures-b2911604.html",
                  title="Deaths in immigration detention reach five-year high as number locked up climbs by a fifth",
                  publisher="The Pinfold", author="Rosalind Achebe-Quarrie", published_date="2026-02-27"),
        labels=[
            L("a fifth", 20, E, PCT, "detention_population_change", "31 December 2025 vs 31 December 2024 (the number locked up climbs by; headline)", ctx="climbs by a fifth"),
            L("Nine", 9, E, P, DD, "January to December 2025 (last year; in detention or soon after release; " + HDP + "; standfirst)", occ=0),
            L("2,410", 2410, E, P, "detention_population", D25 + "; held; standfirst)", occ=0),
            L("Nine", 9, E, P, DD, "January to December 2025 (died while held under immigration powers, or within a fortnight of being freed; the highest toll since 2020; " + HDP + ")", occ=1),
            L("six", 6, E, P, DD, "January to December 2025 (deaths in immigration removal centres; " + HDP + ")", ctx="found six of the deaths"),
            L("three", 3, E, P, DD, "January to December 2025 (deaths in prisons, of people held under immigration powers; " + HDP + ")", ctx="and three in prisons"),
            L("2,410", 2410, E, P, "detention_population", D25 + "; detained on 31 December)", occ=1),
            L("20 per cent", 20, E, PCT, "detention_population_change", "31 December 2025 vs 31 December 2024 (more than twelve months before)"),
            L("2,010", 2010, E, P, "detention_population", "31 December 2024 (held twelve months before)"),
            L("1,530", 1530, E, P, "detention_population_removal_centres", D25 + "; in removal centres)"),
            L("880", 880, E, P, "detention_population_prisons", D25 + "; held under immigration powers in prisons)", geo=EW),
            L("27,640", 27640, E, P, "detention_entries", Y25 + "; taken into detention)"),
            L("nearly a third", THIRD, ALM, PCT, "detention_entries_change", "2025 vs 2024 (more than in 2024)"),
            L("Some 84%", 84, AP, PCT, "detention_leavers_share_held_28_days_or_less", Y25 + "; of those who left detention, held for 28 days or fewer)"),
            L("460", 460, E, P, "detention_leavers_held_over_six_months", Y25 + "; leavers who had spent more than six months inside)"),
            L("Just over half", 50, MT, PCT, "detention_leavers_share_returned", Y25 + "; of those leaving, removed from the country)"),
            L("51 per cent", 51, E, PCT, "detention_leavers_share_returned", Y25 + "; of those leaving, removed from the country)"),
            L("58 per cent", 58, E, PCT, "detention_leavers_share_returned", "January to December 2024 (down from, in 2024)"),
            L("four", 4, E, P, "detention_deaths_inquests_not_opened", "February 2026 (of last year's nine deaths, inquests not yet opened; " + HDP + ")", ctx="Inquests into four of"),
            L("nine", 9, E, P, DD, "January to December 2025 (of the nine deaths; " + HDP + ")", ctx="four of the nine deaths"),
            L("Two", 2, E, P, DD, "1 January to 27 February 2026 (so far this year, the latest on Monday 23 February)", ctx="Two more people"),
            L("1,180", 1180, E, INCIDENTS, "detention_self_harm_incidents", Y25 + "; needing medical treatment, in removal centres)"),
            L("16 per cent", 16, E, PCT, "detention_self_harm_incidents_change", "2025 vs 2024 (up)"),
            L("2,950", 2950, E, REPORTS, "detention_rule35_reports", Y25 + "; reports filed by doctors under Rule 35)"),
            L("19 per cent", 19, E, PCT, "detention_rule35_reports_share_led_to_release", Y25 + "; of those reports, led to release)"),
            L("£129", 129, E, GBP, "detention_cost_per_person_day", "per day, 2025 (an average, keeping someone detained; Home Office)"),
            L("about £101m", 101e6, AP, GBP, "detention_cost", "January to December 2025 (last year's bill)"),
            L("roughly 1,000", 1000, AP, P, "detention_capacity_change", "by 2027 (beds added by reopening Campsfield House and Haslar)"),
            L("above 3,000", 3000, MT, P, "detention_capacity_planned", "2027 (capacity taken above, by 2027)"),
            L("96", 96, E, P, "detention_population", "31 December 2025 (at the end of the year; Dungavel, Scotland's only removal centre)", geo=SCO),
            L("11", 11, E, P, "detention_population", "31 December 2025 (at the end of the year; Larne House short-term holding facility)", ctx="Northern Ireland held 11", geo=NI),
            L("more than 35,000", 35000, MT, P, "returns", "January to December 2025 (sent home in 2025 alone; Home Office spokeswoman)"),
        ]),
    "02-the-wayzgoose-health-care-visas-nationality": dict(
        meta=dict(url="https://www.thewayzgoose.example/politics/2026/08/28/care-visas-collapse-79pc-india-nigeria-recruitment/",
                  title="Care visas collapse by 79pc as recruitment from India and Nigeria dries up",
                  publisher="The Wayzgoose", author="Cressida Pemberton-Okafor", published_date="2026-08-28"),
        labels=[
            L("79pc", -79, E, PCT, HCW + "_change", "year ending June 2026 vs year ending June 2025 (main applicants; collapse by; headline)"),
            L("Fewer than 9,000", 9000, LT, P, HCW, YJ + "; in the year to June, overseas health and care staff; standfirst)"),
            L("79 per cent", -79, E, PCT, HCW + "_change", "year ending June 2026 vs year ending June 2025 (fallen by, in a year)"),
            L("8,740", 8740, E, P, HCW, YJ + "; main applicants)"),
            L("41,600", 41600, E, P, HCW, YJ25 + "; main applicants)"),
            L("146,300", 146300, E, P, HCW, "January to December 2023 (at its height, main applicants)"),
            L("almost 17 times", 17, ALM, RATIO, HCW + "_ratio", "2023 vs year ending June 2026 (as many as now)"),
            L("1,950", 1950, E, P, "visas_granted_care_worker", YJ + "; care workers and senior carers, almost all switching employer in-country)"),
            L("6,790", 6790, E, P, HCW + "_health_professionals", YJ + "; nurses, doctors and other health professionals)"),
            L("2,380", 2380, E, P, HCW + "_india", YJ + "; Indian nationals, the biggest source)"),
            L("27 per cent", 27, E, PCT, HCW + "_share_india", YJ + "; of the total)"),
            L("1,420", 1420, E, P, HCW + "_nigeria", YJ + "; Nigerian nationals)"),
            L("88 per cent", -88, E, PCT, HCW + "_nigeria_change", "year ending June 2026 vs year ending June 2025 (down on a year earlier)"),
            L("more than four-fifths", -80, MT, PCT, HCW + "_zimbabwe_change", "year ending June 2026 vs year ending June 2025 (Zimbabwean grants dropped by)"),
            L("1,050", 1050, E, P, HCW + "_zimbabwe", YJ + "; Zimbabwean nationals)"),
            L("890", 890, E, P, HCW + "_philippines", YJ + "; Filipino nationals, mainly nurses)"),
            L("31 per cent", -31, E, PCT, HCW + "_philippines_change", "year ending June 2026 vs year ending June 2025 (only, lower)"),
            L("Some 9,600", 9600, AP, P, HCW + "_dependants", YJ + "; family members granted visas on the route)"),
            L("84 per cent", -84, E, PCT, HCW + "_dependants_change", "year ending June 2026 vs year ending June 2025 (a drop)"),
            L("around 560,000", 560000, AP, P, HCW + "_including_dependants", "August 2020 to June 2026 (since the route opened, counting families)"),
            L("470", 470, E, LICENCES, "sponsor_licences_revoked_care_providers", "April 2025 to March 2026 (2025/26; Home Office)"),
            L("about 39,000", 39000, AP, P, "care_workers_displaced_by_licence_revocations", "April 2025 to March 2026 (2025/26; workers stranded who must find a new sponsor or leave)"),
            L("14,200", 14200, E, P, "displaced_care_workers_found_new_sponsor", YJ + "; over the year; Home Office officials)"),
            L("some 104,000", 104000, AP, VACANCIES, "social_care_vacancies", "2025/26 (adult social care; Skills for Care estimate)", geo=ENG),
            L("6.5 per cent", 6.5, E, PCT, "social_care_vacancy_rate", "2025/26 (adult social care; Skills for Care estimate)", geo=ENG),
            L("23", 23, E, P, "care_home_overseas_recruits", "2023 (carers brought in from Zimbabwe and Kerala; owner of three homes near Canterbury)", ctx="brought in 23 carers", geo="Canterbury"),
            L("twice", 2, E, RATIO, "agency_staff_cost_ratio", "August 2026 (agency staff on nights at twice the cost; owner of three homes near Canterbury)", ctx="at twice the cost", geo="Canterbury"),
            L("17,400", 17400, E, P, "nurses_joining_register_internationally_educated", "April 2025 to March 2026 (2025/26; Nursing and Midwifery Council)"),
            L("32 per cent", -32, E, PCT, "nurses_joining_register_internationally_educated_change", "2025/26 vs 2024/25 (down; Nursing and Midwifery Council)"),
            L("half a million", 500000, E, P, HCW + "_including_dependants", "August 2020 to 2026 (care visas handed out under both main parties; Reform UK, a claim)"),
            L("Roughly one in six", SIXTH, AP, PCT, "social_care_workforce_share_overseas_recruits", "2026 (care workers in England who are recent arrivals on a visa; Ashlar Centre)", geo=ENG),
        ]),
    "03-brightline-news-ons-migration-live": dict(
        meta=dict(url="https://news.brightline.example/live/politics-live-ons-net-migration-171000-emigration-record-13501877",
                  title="Politics live: ONS puts net migration at 171,000 as emigration hits record high",
                  publisher="Brightline News", author="Harriet Okonkwo-Reyes and Liam Szabo-Drummond", published_date="2026-05-21"),
        labels=[
            L("171,000", 171000, E, P, NM, YD + "; headline)", occ=0),
            L("171,000", 171000, E, P, NM, YD + "; in 2025; key points)", occ=1),
            L("62%", -62, E, PCT, NM + "_change", "2025 vs 2024 as revised (down; key points)"),
            L("448,000", 448000, E, P, NM, YD24 + "; revised up to; key points)", occ=0),
            L("755,000", 755000, E, P, "immigration", YD + "; arrived; key points)", occ=0),
            L("584,000", 584000, E, P, "emigration", YD + "; left; key points)", occ=0),
            L("more than halved", -50, MT, PCT, NM + "_change", "since the government took office in July 2024, to 2025 (Home Secretary; key points)", occ=0),
            L("171,000", 171000, E, P, NM, YD + "; the headline figure; 11:48 post)", occ=2),
            R("from 118,000 to 224,000", 118000, 224000, P, NM, YD + "; the ONS range around that estimate; 11:48 post)"),
            L("more than 4 million", 4e6, MT, P, "immigration", "2021 to 2025 (people who have arrived since 2021; Reform UK home affairs spokesman, a claim)"),
            L("roughly two-thirds", TWO3, AP, PCT, "net_migration_share_of_fall_from_dependants_and_students", "2025 vs 2024 (of the drop, fewer international students and family members of workers; migration researcher, Beckside Institute)"),
            L("190,000", 190000, E, P, "immigration_study_non_eu", YD + "; study, the biggest reason for coming from outside the EU)"),
            L("35%", 35, E, PCT, "immigration_share_study_non_eu", YD + "; of non-EU arrivals)"),
            L("39%", -39, E, PCT, "immigration_work_non_eu_change", "2025 vs 2024 (work-related immigration from outside the EU fell by)"),
            L("162,000", 162000, E, P, "immigration_work_non_eu", YD + "; fell to)"),
            L("247,000", 247000, E, P, "emigration_british", YD + "; British nationals emigrated last year)"),
            L("149,000", 149000, E, P, "immigration_british", YD + "; British nationals who came back)"),
            L("98,000", -98000, E, P, "net_migration_british_nationals", YD + "; the UK lost a net 98,000 of its own citizens)"),
            L("57,000", -57000, E, P, "net_migration_eu", YD + "; EU nationals, a net outflow)"),
            L("nearly 1 million", 1e6, ALM, P, NM, "per year, when the government took office in July 2024 (inherited; Home Secretary)"),
            L("more than halved", -50, MT, PCT, NM + "_change", "since the government took office in July 2024, to 2025 (Home Secretary, speaking to broadcasters)", occ=1),
            L("104,300", 104300, E, P, "asylum_applications", HOM + ")"),
            L("5%", -5, E, PCT, "asylum_applications_change", "year to March 2026 vs year to March 2025 (down)"),
            L("Some 43,100", 43100, AP, P, SBA, HOM + "; over the same 12 months)"),
            L("11,260", 11260, E, P, SBA, "1 January to 20 May 2026 (so far this year; Home Office daily figures)"),
            L("171,000", 171000, E, P, NM, YD + "; breaking post heading, 09:31)", occ=3),
            L("171,000", 171000, E, P, NM, YD + "; the 12 months to December 2025; 09:31 post)", occ=4),
            L("755,000", 755000, E, P, "immigration", YD + "; 09:31 post)", occ=1),
            L("584,000", 584000, E, P, "emigration", YD + "; a record; 09:31 post)", occ=1),
            L("17,000", 17000, E, P, NM + "_revision", "January to December 2024 (the estimate for 2024 revised up by; " + ONS + ")"),
            L("431,000", 431000, E, P, NM, "January to December 2024 (the previous estimate, from 431,000; ONS, May 2025)"),
            L("448,000", 448000, E, P, NM, YD24 + "; to 448,000; 09:31 post)", occ=1),
            L("277,000", -277000, E, P, NM + "_change", "2025 vs 2024 as revised (net migration fell by, in a year)"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (the record, the year ending March 2023)"),
            L("less than a fifth", 0.2, LT, RATIO, NM + "_ratio", "2025 vs the year ending March 2023 (today's figure against the record)"),
        ]),
    "04-wester-ross-whig-highland-population-migrants": dict(
        meta=dict(url="https://www.westerrosswhig.example/news/highlands/highland-population-new-high-238540-migration-nrs-4471920",
                  title="Highland population reaches new high of 238,540 - and newcomers are the reason",
                  publisher="Wester Ross Whig", author="Morag Lindsay-Adeyemi", published_date="2026-07-31"),
        labels=[
            L("238,540", 238540, E, P, "population", MID + "; a new high; headline)", occ=0, geo=HL),
            L("238,540", 238540, E, P, "population", MID + "; the Highland Council area)", occ=1, geo=HL),
            L("1,310", 1310, E, P, "population_growth", YM + "; up on a year earlier)", geo=HL),
            L("0.6%", 0.6, E, PCT, "population_change", YM + ")", geo=HL),
            L("0.5%", 0.5, E, PCT, "population_change", YM + "; Scotland as a whole)", geo=SCO),
            L("5,574,700", 5574700, E, P, "population", MID + ")", geo=SCO),
            L("1,780", 1780, E, P, "births", YM + "; the 12 months to June 2025)", geo=HL),
            L("2,790", 2790, E, P, "deaths", YM + ")", geo=HL),
            L("1,010", -1010, E, P, "population_natural_change", YM + "; a natural decrease)", geo=HL),
            L("2,320", 2320, E, P, NM, YM + "; a net 2,320 people settling in the area, from overseas and the rest of the UK)", geo=HL),
            L("Just over half", 50, MT, PCT, NM + "_share_overseas", YM + "; of the net gain, came from overseas)", geo=HL),
            L("1,180", 1180, E, P, NM + "_overseas", YM + "; came from overseas)", geo=HL),
            L("1,640", 1640, E, P, NM + "_overseas", "July 2023 to June 2024 (the year before)", geo=HL),
            L("830", 830, E, P, "internal_migration_net", YM + "; net from the rest of the UK, mostly England)", geo=HL),
            L("310", 310, E, P, "internal_migration_net", YM + "; net from elsewhere in Scotland)", geo=HL),
            L("1.1%", 1.1, E, PCT, "population_change", YM + ")", geo="Inverness"),
            L("0.7%", -0.7, E, PCT, "population_change", YM + "; lost, of its residents)", geo="Caithness"),
            L("0.4%", -0.4, E, PCT, "population_change", YM + "; lost)", geo="Sutherland"),
            L("A quarter", 25, E, PCT, "population_share_aged_65_and_over", MID + ")", ctx="A quarter of residents", geo=HL),
            L("25.1%", 25.1, E, PCT, "population_share_aged_65_and_over", MID + ")", geo=HL),
            L("20.9%", 20.9, E, PCT, "population_share_aged_65_and_over", MID + "; nationally)", geo=SCO),
            L("47.2", 47.2, E, YEARS, "population_median_age", MID + "; crept up to)", geo=HL),
            L("42.6", 42.6, E, YEARS, "population_median_age", MID + ")", geo=SCO),
            L("Some 12,460", 12460, AP, P, "eu_settlement_scheme_applications", "since the EU Settlement Scheme opened, to 2026 (Highland residents who have applied)", geo=HL),
            L("c. 1,100", 1100, AP, P, "ukrainians_resident", "July 2026 (still living here under the Ukraine visa schemes)", geo=HL),
            L("about 8%", -8, AP, PCT, "population_projection_change", "to 2047 (NRS projections, with no migration at all)", geo=HL),
            L("14", 14, E, P, "hotel_staff_recruited_overseas", "summer 2026 (staff from overseas taken on this summer; a hotelier in Ullapool)", ctx="took on 14 staff", geo="Ullapool"),
            L("Around two in every three", TWO3, AP, PCT, "in_migrants_share_settling_near_inverness", "July 2024 to June 2025 (of people who moved into the Highlands last year, settled within 30 miles of Inverness; demographer, Glenmoriston Centre for Rural Policy)", geo=HL),
        ]),
    "05-daily-rumbustion-warwickshire-asylum-hotel-costs": dict(
        meta=dict(url="https://www.dailyrumbustion.example/news/article-15377102/Warwickshire-asylum-hotels-cost-168000-day-FOI.html",
                  title="Taxpayers' £168,000-a-DAY bill for asylum hotels in just ONE county: Home Office spent £61.4MILLION putting up migrants in Warwickshire last year",
                  publisher="Daily Rumbustion", author="Barnaby Coldridge-Nwosu", published_date="2026-03-09"),
        labels=[
            L("£168,000", 168000, E, GBP, ACH, "per day, " + C25 + "; headline)", occ=0, geo=WK),
            L("£61.4MILLION", 61.4e6, E, GBP, ACH, C25 + "; headline)", geo=WK),
            L("23 per cent", 23, E, PCT, ACH + "_change", "2025 vs 2024 (the bill for the county's hotels rose; bullet)", geo=WK),
            L("1,940", 1940, E, P, "asylum_hotel_population", C25 + "; an average housed every night; bullet)", occ=0, geo=WK),
            L("11", 11, E, HOTELS, "asylum_hotels_in_use", C25 + "; bullet)", occ=0, geo=WK),
            L("£3.2million", 3.2e6, E, GBP, "council_asylum_cost", "2025 (extra costs left with the council; Warwickshire County Council; bullet)", occ=0, geo=WK),
            L("more than £168,000", 168000, MT, GBP, ACH, "per day, " + C25 + "; every single day last year)", geo=WK),
            L("£61.4million", 61.4e6, E, GBP, ACH, C25 + "; a staggering)", geo=WK),
            L("£49.9million", 49.9e6, E, GBP, ACH, "January to December 2024 (the year before)", geo=WK),
            L("1,940", 1940, E, P, "asylum_hotel_population", C25 + "; an average a night)", occ=1, geo=WK),
            L("11", 11, E, HOTELS, "asylum_hotels_in_use", C25 + "; across the county)", occ=1, geo=WK),
            L("£87", 87, E, GBP, "asylum_hotel_cost_per_person_night", "per night, 2025 (per person; " + FOI + ")", geo=WK),
            L("more than double", 2, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2025 (a Warwickshire hotel place against ordinary dispersal accommodation)", geo=WK),
            L("£38", 38, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, 2025 (ordinary dispersal accommodation)"),
            L("Nearly nine in ten", 90, ALM, PCT, "asylum_hotel_population_share_single_men", "March 2026 (of those in the hotels)", geo=WK),
            L("up to 310", 310, AM, P, "asylum_hotel_capacity", "March 2026 (the largest site, a hotel off the M6, can hold)", geo=WK),
            L("almost 3 per cent", 3, ALM, PCT, ACH + "_share_warwickshire", C25 + "; Warwickshire's share of the national hotel bill)"),
            L("£2.3billion", 2.3e9, E, GBP, ACH, "January to December 2025 (the national hotel bill last year)"),
            L("less than 1 per cent", 1, LT, PCT, "population_share_warwickshire", "2025 (Warwickshire's share of the UK's population)"),
            L("£3.2million", 3.2e6, E, GBP, "council_asylum_cost", "2025 (extra costs, mostly school places and children's services; Warwickshire County Council)", occ=1, geo=WK),
            L("a quarter", 25, E, PCT, "council_asylum_cost_share_funded_by_home_office", "2025 (of the £3.2million, covered by the Home Office; Warwickshire County Council)", ctx="only a quarter of that", geo=WK),
            L("£1.9million", 1.9e6, E, GBP, "police_cost_asylum_hotels", "2025 (patrols and overtime around the hotels, including protests last summer; Warwickshire Police)", geo=WK),
            L("nine", 9, E, HOTELS, "asylum_hotels_in_use", "March 2026 (still open, three years on; the council's leader)", ctx="nine are still open", geo=WK),
            L("8,700", 8700, E, SIGNATURES, "petition_signatures_close_asylum_hotel", "March 2026 (petition calling for the Nuneaton site to close)", geo="Nuneaton"),
            L("£11.5million", 11.5e6, E, GBP, ACH + "_change", "2025 vs 2024 (the bill has gone up by, in a single year; shadow home secretary)", geo=WK),
            L("32,100", 32100, E, P, "asylum_hotel_population", "31 December 2025 (as December ended)"),
            L("a third", -THIRD, E, PCT, "asylum_hotel_population_change", "31 December 2025 vs 31 December 2024 (down by, on a year earlier)", ctx="down by a third"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "July 2024 (when the government took office; Home Office spokesman)"),
            L("almost £9million", 9e6, ALM, GBP, ACH, "per day, July 2024 (when the government took office; Home Office spokesman)"),
            L("More than 150", 150, MT, HOTELS, "asylum_hotels_closed", "5 July 2024 to March 2026 (shut since 5 July 2024; Home Office spokesman)"),
        ]),
    "06-mintmark-international-students-university-fees": dict(
        meta=dict(url="https://www.mintmark.example/content/4b7e2a90-1c3d-4f8e-a6b2-uk-international-students-fall-hesa-levy",
                  title="Overseas student numbers fall for second year, deepening university funding squeeze",
                  publisher="Mintmark", author="Ottilie Brennan-Sato", published_date="2026-03-19"),
        labels=[
            L("5 per cent", -5, E, PCT, IS + "_change", "2024/25 vs 2023/24 (enrolments down; standfirst)", occ=0),
            L("693,000", 693000, E, P, IS, AY + "; enrolments; standfirst)", occ=0),
            L("693,000", 693000, E, P, IS, AY + "; students from outside the UK enrolled)", occ=1),
            L("5 per cent", -5, E, PCT, IS + "_change", "2024/25 vs 2023/24 (down)", occ=1),
            L("732,000", 732000, E, P, IS, "2023/24 academic year (the previous year)"),
            L("9 per cent", -9, E, PCT, IS + "_entrants_non_eu_change", "2024/25 vs 2023/24 (first-year entrants from outside the EU dropped)"),
            L("318,000", 318000, E, P, IS + "_entrants_non_eu", AY + "; first-year entrants from outside the EU)"),
            L("40 per cent", -40, E, PCT, IS + "_nigeria_change", "2024/25 vs 2023/24 (Nigerian enrolments slumped)"),
            L("34,000", 34000, E, P, IS + "_nigeria", AY + "; Nigerian students)"),
            L("14 per cent", -14, E, PCT, IS + "_india_change", "2024/25 vs 2023/24 (Indian numbers fell)"),
            L("157,000", 157000, E, P, IS + "_india", AY + "; Indian students, the largest source)"),
            L("141,000", 141000, E, P, IS + "_china", AY + "; Chinese students)"),
            L("443,000", 443000, E, P, IS, "2024/25 academic year (international students France says it hosted)", geo=FR),
            L("6 per cent", 6, E, PCT, IS + "_change", "2024/25 vs 2023/24 (France, up)", geo=FR),
            L("Almost two-thirds", TWO3, ALM, PCT, IS + "_share_taught_masters", AY + "; on taught master's courses)"),
            L("£12.4bn", 12.4e9, E, GBP, "international_student_fee_income", "2024/25 (universities' income from international tuition fees; HESA finance data)"),
            L("roughly 23 per cent", 23, AP, PCT, "university_income_share_international_fees", "2024/25 (of all sector income; HESA finance data)"),
            L("about £26,900", 26900, AP, GBP, "international_student_tuition_fee", "per year, 2025/26 (a non-EU undergraduate now pays, on average)"),
            L("nearly three times", 3, ALM, RATIO, "international_student_tuition_fee_ratio", "2025/26 (the average non-EU undergraduate fee against the £9,535 home fee cap in England)"),
            L("£9,535", 9535, E, GBP, "home_student_tuition_fee_cap", "per year, 2025/26 (what English universities may charge home undergraduates; a policy rate)", geo=ENG),
            L("45 per cent", 45, E, PCT, "universities_share_expecting_deficit", "2025/26 (of English providers expected to run a deficit; Office for Students)", geo=ENG),
            L("£925", 925, E, GBP, "international_student_levy", "per year, from 2028 (on each international student in England; a policy rate)", geo=ENG),
            L("about £460mn", 460e6, AP, GBP, "international_student_levy_revenue", "per year, from 2028 (Treasury estimate)", geo=ENG),
            L("as many as 10,000", 10000, AM, P, "university_job_cuts", "2026 to 2028 (jobs that could go across the sector over the next two years; Fenwright Ratings)"),
            L("41,300", 41300, E, P, "visa_applications_study", "January to February 2026 (main applicants; Home Office data)"),
            L("3 per cent", 3, E, PCT, "visa_applications_study_change", "January to February, 2026 vs 2025 (up on the same months of 2025)"),
            L("roughly 15,000", 15000, AP, P, "visas_granted_study_dependants", "January to December 2025 (the year to December)"),
            L("more than 150,000", 150000, MT, P, "visas_granted_study_dependants", "January to December 2023 (the peak)"),
            L("a quarter", -25, E, PCT, "university_international_intake_forecast_change", "2026 (cut by; vice-chancellor of a university in the Midlands)", ctx="by a quarter", geo="Midlands"),
            L("more than a third", THIRD, MT, PCT, "university_sector_income_change", "in a decade, to 2024/25 (grown by; Department for Education spokesperson)"),
        ]),
    "07-dyffryn-daily-nation-of-sanctuary-spending": dict(
        meta=dict(url="https://www.dyffryndaily.example/news/politics/nation-of-sanctuary-spending-rises-reform-scrap-33618254",
                  title="Nation of Sanctuary spending rises by a third to £11.2m as Reform vows to scrap it",
                  publisher="Dyffryn Daily", author="Gethin Prosser-Mbeki", published_date="2026-02-25"),
        labels=[
            L("a third", THIRD, E, PCT, WGS + "_change", "2025/26 vs 2023/24 (rises by; headline)", ctx="rises by a third", geo=WAL),
            L("£11.2m", 11.2e6, E, GBP, WGS, "April 2025 to March 2026 (2025/26; headline)", occ=0, geo=WAL),
            L("almost £164m", 164e6, ALM, GBP, WGS + "_total", "January 2019 to February 2026 (since 2019; standfirst)", occ=0, geo=WAL),
            L("a third", THIRD, E, PCT, WGS + "_change", "2025/26 vs 2023/24 (risen by, in two years)", ctx="risen by a third", geo=WAL),
            L("£11.2m", 11.2e6, E, GBP, WGS, "April 2025 to March 2026 (2025/26; ministers expect to spend; " + WA + ")", occ=1, geo=WAL),
            L("£8.4m", 8.4e6, E, GBP, WGS, "April 2023 to March 2024 (2023/24; " + WA + ")", geo=WAL),
            L("almost £164m", 164e6, ALM, GBP, WGS + "_total", "January 2019 to February 2026 (since the plan was launched in January 2019)", occ=1, geo=WAL),
            L("Roughly three-quarters", 75, AP, PCT, WGS + "_share_ukraine", "January 2019 to February 2026 (of that, went on the Ukraine response)", geo=WAL),
            L("£121m", 121e6, E, GBP, "welsh_government_ukraine_response_cost", "2022 to February 2026 (the Ukraine response, including welcome centres and the super sponsor route)", geo=WAL),
            L("more than 8,100", 8100, MT, P, "immigration_ukraine_supersponsor", "March 2022 to February 2026 (Ukrainians brought to Wales by the super sponsor route)", geo=WAL),
            L("more than 1.1m", 1.1e6, MT, JOURNEYS, "sanctuary_seekers_free_bus_journeys", "since the free bus travel scheme began, to February 2026", geo=WAL),
            L("3,540", 3540, E, P, "asylum_support_population", "31 December 2025 (receiving support when 2025 closed; Home Office data)", geo=WAL),
            L("1,460", 1460, E, P, "asylum_support_population", "31 December 2025 (housed the most; Home Office data)", geo="Cardiff"),
            L("980", 980, E, P, "asylum_support_population", "31 December 2025 (Home Office data)", geo="Swansea"),
            L("720", 720, E, P, "asylum_support_population", "31 December 2025 (Home Office data)", geo="Newport"),
            L("380", 380, E, P, "asylum_support_population", "31 December 2025 (Home Office data)", geo="Wrexham"),
            L("1,290", 1290, E, P, "asylum_grants", "January to December 2025 (people living in Wales given refugee status or some other form of protection)", geo=WAL),
            L("240", 240, E, P, "resettlement_arrivals_afghan", "January to December 2025 (Afghans who arrived under resettlement schemes)", geo=WAL),
            L("4,620", 4620, E, P, "charity_service_users", "February 2025 to January 2026 (the 12 months to January; helped by the Sanctuary Service)", geo=WAL),
            L("11%", 11, E, PCT, "charity_service_users_change", "12 months to January 2026 vs a year before (more; the Sanctuary Service)", geo=WAL),
            L("£11.2m", 11.2e6, E, GBP, WGS, "April 2025 to March 2026 (At £11.2m, the programme)", occ=2, geo=WAL),
            L("about £3.50", 3.5, AP, GBP, WGS + "_per_head", "per year, 2025/26 (for each person in Wales)", geo=WAL),
            L("less than 0.1%", 0.1, LT, PCT, WGS + "_share_budget", "2025/26 (of the Welsh Government's budget)", geo=WAL),
            L("£160m", 160e6, E, GBP, REF_SAVE, "if the Nation of Sanctuary plan is abolished (save taxpayers; Reform UK's Senedd leader, a claim)", occ=0, geo=WAL),
            L("one in four", 25, E, PCT, "households_share_struggling_to_heat_home", "February 2026 (of our own families; Reform UK's Senedd leader, a claim)", geo=WAL),
            L("£160m", 160e6, E, GBP, REF_SAVE, "if the programme is cut (Reform's figure, rebutted by the Cabinet Secretary for Social Justice)", occ=1, geo=WAL),
            L("a little over £11m", 11e6, MT, GBP, WGS, "per year, 2025/26 (a programme that costs; Cabinet Secretary for Social Justice)", geo=WAL),
            L("A third", THIRD, E, PCT, "charity_service_users_share_newly_recognised_refugees", "February 2026 (of the people who come through the door, granted refugee status then told to leave Home Office housing; Noddfa Network coordinator)", ctx="A third of the people", geo="Newport"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
