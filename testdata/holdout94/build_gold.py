#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the ninety-fourth hand-labelled hold-out set (holdout94).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, EUR, HOTELS, THIRD, E,
                        AP, MT, AL, ALM, AM, SBA, NM, AC, RSC, EW)

UK, ENG, WA, SCO, NI, FR = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France"
HOURS, NIGHTS, INCIDENTS, HH = "other:hours", "other:nights", "other:incidents", "other:households"
OPS, DP1000, VAC, COUNTRIES, SHARES = ("other:operations", "other:deaths_per_1000_arrivals", "other:vacancies",
                                       "other:countries", "other:shares")

# 01 (Saturday 18 April 2026; GMC figures for 2025 obtained by the paper; NMC figures for the year to March 2026)
DCA = "doctors_certificates_to_practise_abroad"
NMC = "April 2025 to March 2026 (the 12 months to March"
ASHD = "chairman, Association of Salaried Hospital Doctors"
# 02 (Wednesday 13 May 2026; Independent Monitoring Board annual report on Manston "published on Tuesday", 12 May)
MAN = "Manston"
HB = "processing_site_held_beyond_24_hours"
IMB = "2025 (calendar year; Independent Monitoring Board annual report published on Tuesday 12 May 2026"
# 03 (Monday 12 October 2026; the paper's own tally of Channel deaths)
SBD = "small_boat_deaths"
YTD3 = "1 January to 12 October 2026 (so far this year"
LS = "Littoral Solidaire co-ordinator"
CD = "Calais and Dunkirk"
# 04 (Tuesday 24 February 2026, four years after the invasion of 24 February 2022)
ARR = "March 2022 to February 2026 (since the invasion"
WG = "Welsh Government"
USC = "Ukraine Support Cymru"
# 05 (Thursday 26 November 2026; ONS provisional estimates for the year ending June 2026)
YJ26 = "July 2025 to June 2026 (year ending June 2026, provisional"
# 06 (Thursday 11 June 2026; Ulster Food Processors' Forum report "published on Tuesday", 9 June)
UFPF = "Ulster Food Processors' Forum"
AFWA = "Agri-Food Workers' Alliance"
TYR, ARM = "County Tyrone", "County Armagh"
# 07 (Monday 7 September 2026; Home Office statistics to the end of June "released on Thursday", 3 September)
J26 = "30 June 2026 (end of June; Home Office figures released on Thursday 3 September 2026"
OHN = "Open Harbour Network policy lead"

ARTICLES = {
    "01-the-teleprinter-doctors-nurses-emigrating": dict(
        meta=dict(url="https://www.theteleprinter.example/news/2026/04/18/record-doctors-certificates-work-abroad-nurses-leave-register/",
                  title="A record 5,610 doctors seek papers to work abroad as nurses follow them out",
                  publisher="The Teleprinter", author="Imogen Ashcroft-Belamy", published_date="2026-04-18"),
        labels=[
            L("5,610", 5610, E, P, DCA, "2025 (calendar year; a record; headline)", occ=0),
            L("a quarter", 25, E, PCT, DCA + "_change", "2025 vs 2024 (jumped last year; standfirst)"),
            V("tens of thousands", 20000, 90000, P, "nurses_leaving_register", NMC + "; are leaving the register; standfirst)"),
            L("5,610", 5610, E, P, DCA, "2025 (calendar year; asked for the paperwork to practise abroad; General Medical Council figures obtained by the paper)", occ=1),
            L("25 per cent", 25, E, PCT, DCA + "_change", "2025 vs 2024 (certificates of current professional status issued)"),
            L("4,480", 4480, E, P, DCA, "2024 (calendar year)"),
            L("almost three times", 3, ALM, RATIO, DCA + "_ratio", "2025 vs 2015 (a decade earlier)"),
            L("1,940", 1940, E, P, DCA, "2015 (a decade earlier)"),
            L("Roughly two-thirds", 200 / 3, AP, PCT, DCA + "_share_under_35", "2025 (last year's applicants under 35)"),
            L("more than one in four", 25, MT, PCT, DCA + "_share_graduated_within_five_years", "2025 (finished medical school within the previous five years)"),
            L("2,370", 2370, E, P, DCA + "_australia", "2025 (calendar year; destination named)"),
            L("1,180", 1180, E, P, DCA + "_new_zealand", "2025 (calendar year; destination named)"),
            L("640", 640, E, P, DCA + "_canada", "2025 (calendar year; destination named)"),
            L("almost three-quarters", 75, ALM, PCT, DCA + "_share_australia_new_zealand_canada", "2025 (the three destinations between them)"),
            L("about 40 per cent", 40, AP, PCT, DCA + "_share_no_longer_working_in_uk", "2023 requesters, two years on (no longer working in Britain; GMC tracking)"),
            L("29,870", 29870, E, P, "nurses_leaving_register", NMC + "; nurses and midwives; Nursing and Midwifery Council)"),
            L("8,160", 8160, E, P, "nurses_leaving_register_internationally_educated", NMC + "; educated overseas)"),
            L("18 per cent", 18, E, PCT, "nurses_leaving_register_internationally_educated_change", "year to March 2026 vs year to March 2025 (in a year)"),
            L("9,420", 9420, E, P, "nurses_verification_requests_to_register_abroad", "2025/26 (April 2025 to March 2026; requests from foreign regulators)"),
            L("a third", THIRD, E, PCT, "nurses_verification_requests_to_register_abroad_change", "2025/26 vs 2024/25"),
            L("around £230,000", 230000, AP, GBP, "doctor_training_cost", "per doctor, 2026 (to the point of working unsupervised; " + ASHD + ")"),
            L("half as much again", 1.5, E, RATIO, "resident_doctor_pay_ratio", "2026 (a resident doctor in Brisbane vs one in Birmingham; " + ASHD + ")", geo="Brisbane"),
            L("One in five", 20, E, PCT, "resident_doctors_share_expecting_to_work_abroad", "spring 2026 (members under 30 expecting to work outside the UK within a year; " + ASHD + ")"),
            L("1,310", 1310, E, P, "australia_expedited_specialist_registrations_uk_trained", "2025 (last year; British GPs and consultants; the Australian regulator)", geo="Australia"),
            L("6,100", 6100, E, P, "nhs_doctors_change", "year to April 2026 (more than a year earlier; Department of Health and Social Care)", geo=ENG),
            L("8,250", 8250, E, VAC, "nhs_medical_vacancies", "31 December 2025 (end of December; NHS England)", geo=ENG),
            L("5.9 per cent", 5.9, E, PCT, "nhs_medical_vacancy_rate", "31 December 2025 (end of December; NHS England)", geo=ENG),
            L("£3.1bn", 3.1e9, E, GBP, "nhs_agency_locum_spend", "2024/25 (April 2024 to March 2025)", geo=ENG),
            L("More than 40 per cent", 40, MT, PCT, "doctors_joining_register_share_qualified_abroad", "2025 (last year; qualified outside Britain and the EEA; GMC)"),
            L("2,870", 2870, E, P, "nurses_joining_register_internationally_educated_india", NMC + "; trained in India)"),
            L("257,000", 257000, E, P, "emigration_british", "July 2024 to June 2025 (year ending June 2025; official estimates)"),
        ]),
    "02-pegwell-bay-post-manston-processing-centre": dict(
        meta=dict(url="https://www.pegwellbaypost.example/news/thanet/manston-kept-1140-migrants-past-legal-time-limit-monitors-say-7731904",
                  title="Manston kept 1,140 migrants past legal time limit last year, monitors say",
                  publisher="Pegwell Bay Post", author="Callum Okafor-Reddish", published_date="2026-05-13"),
        labels=[
            L("1,140", 1140, E, P, HB, "2025 (last year; headline)", occ=0, geo=MAN),
            L("More than 1,100", 1100, MT, P, HB, "2025 (held longer than the law allows last year; an independent watchdog)", geo=MAN),
            L("1,140", 1140, E, P, HB, IMB + "; kept beyond the 24-hour limit)", occ=1, geo=MAN),
            L("610", 610, E, P, HB, "2024 (calendar year)", geo=MAN),
            L("almost doubling", 2, ALM, RATIO, HB + "_ratio", "2025 vs 2024", geo=MAN),
            L("35,920", 35920, E, P, "processing_site_throughput", IMB + "; passed through during the year)", geo=MAN),
            L("about 87 per cent", 87, AP, PCT, "processing_site_throughput_share_of_small_boat_arrivals", "2025 (of all who reached the UK by small boat)", geo=MAN),
            L("16 hours", 16, E, HOURS, "processing_site_average_stay", "2025 (the average stay)", geo=MAN),
            L("2,050", 2050, E, P, "processing_site_population", "21 August 2025 (the busiest day; on site at once)", geo=MAN),
            L("1,600", 1600, E, P, "processing_site_capacity", "2025 (stated capacity)", geo=MAN),
            L("19 nights", 19, E, NIGHTS, "processing_site_nights_families_sleeping_on_mats", "summer 2025 (seen by board members)", geo=MAN),
            L("4,310", 4310, E, P, "processing_site_throughput_children", IMB + "; children processed)", geo=MAN),
            L("29%", 29, E, PCT, "processing_site_throughput_children_share_unaccompanied", "2025 (of these, arrived without a parent or guardian)", geo=MAN),
            L("about 4,000", 4000, AP, P, "processing_site_population", "2022 (when people were crammed on to the site; IMB chairwoman)", geo=MAN),
            V("hundreds", 200, 900, P, HB, "2025 (a place that holds hundreds beyond 24 hours; IMB chairwoman)", geo=MAN),
            L("212", 212, E, P, "processing_site_hospital_referrals", IMB + ")", geo=MAN),
            L("38", 38, E, INCIDENTS, "processing_site_self_harm_incidents", IMB + ")", geo=MAN),
            L("23", 23, E, INCIDENTS, "processing_site_self_harm_incidents", "2024 (the year before)", geo=MAN),
            L("710", 710, E, P, "processing_site_staff", "May 2026 (Home Office and contractor employees now working there; IMB report)", geo=MAN),
            L("£48.6m", 48.6e6, E, GBP, "processing_site_running_cost", "2024/25 (April 2024 to March 2025; released under freedom of information)", geo=MAN),
            L("a quarter", 25, E, PCT, "processing_site_running_cost_change", "2024/25 vs 2023/24 (the previous financial year)", geo=MAN),
            L("getting on for 36,000", 36000, ALM, P, "processing_site_throughput", "per year (Thanet District Council leader)", geo=MAN),
            L("£9m", 9e6, E, GBP, "processing_site_investment", "July 2024 to May 2026 (since July 2024; extra sleeping space and on-site medical care; Home Office spokesperson)", geo=MAN),
            L("19 hours", 19, E, HOURS, "processing_site_average_stay", "before July 2024 (the average has come down from; Home Office spokesperson)", geo=MAN),
            L("486", 486, E, P, "unaccompanied_children_in_care", "31 March 2026 (the last day of March; Kent County Council)", geo="Kent"),
            L("402", 402, E, P, "unaccompanied_children_in_care", "31 March 2025 (a year earlier; Kent County Council)", geo="Kent"),
            L("41,280", 41280, E, P, SBA, "2025 (calendar year; in 2025 as a whole; Home Office figures)"),
            L("9,870", 9870, E, P, SBA, "1 January to 12 May 2026 (so far this year)"),
            L("11 per cent", -11, E, PCT, SBA + "_change", "1 January to 12 May 2026 vs the same point of 2025"),
            L("612", 612, E, P, SBA, "11 May 2026 (on Monday; a single day)"),
        ]),
    "03-the-freestander-channel-deaths-this-year": dict(
        meta=dict(url="https://www.thefreestander.example/news/uk/home-news/channel-migrant-deaths-2026-small-boats-b2871604.html",
                  title="Channel death toll for 2026 passes last year's with 58 lives lost since January",
                  publisher="The Freestander", author="Nadia Kessington-Obi", published_date="2026-10-12"),
        labels=[
            L("58", 58, E, P, SBD, YTD3 + "; lives lost since January; headline)", occ=0),
            L("At least 58", 58, AL, P, SBD, YTD3 + "; a tally compiled by The Freestander)"),
            L("44", 44, E, P, SBD, "2025 (calendar year; the whole of 2025)"),
            L("11", 11, E, P, "small_boat_deaths_children", YTD3 + ")", ctx="includes 11 children"),
            L("27", 27, E, P, SBD, "1 January to 12 October 2025 (by this point last year)"),
            L("more than doubled", 2, MT, RATIO, SBD + "_ratio", "so far this year vs the same point of 2025"),
            L("82", 82, E, P, SBD, "2024 (calendar year; the worst year)"),
            L("More than a third", THIRD, MT, PCT, SBD + "_share_unidentified", YTD3 + "; yet to be identified)"),
            L("Nearly nine in ten", 90, ALM, PCT, SBD + "_share_men", YTD3 + ")"),
            L("At least 19", 19, AL, P, SBD + "_on_beaches", YTD3 + "; on beaches or in shallow water rather than at sea)"),
            L("66", 66, E, PPB, "small_boat_occupancy", "2026 (dinghies now carrying an average)"),
            L("34,610", 34610, E, P, SBA, "1 January to 11 October 2026 (Home Office data)"),
            L("9 per cent", 9, E, PCT, SBA + "_change", "1 January to 11 October 2026 vs the same period of 2025"),
            L("roughly 1.7", 1.7, AP, DP1000, SBD + "_per_1000_arrivals", "1 January to 11 October 2026 (this year's deaths against arrivals)"),
            L("1.1", 1.1, E, DP1000, SBD + "_per_1000_arrivals", "2025 (across the whole of last year)"),
            L("412", 412, E, OPS, "channel_rescue_operations", "January to September 2026 (co-ordinated by the regional coastguard centre at Gris-Nez)", geo=FR),
            L("5,180", 5180, E, P, "small_boat_rescues", "January to September 2026 (brought to safety)", geo=FR),
            L("nearly a fifth", 20, ALM, PCT, "small_boat_rescues_change", "January to September 2026 vs the same months of 2025", geo=FR),
            L("1,460", 1460, E, P, "migrants_sleeping_rough_northern_france", "30 September 2026 (end of September; " + LS + "'s group)", geo=CD),
            L("about 230", 230, AP, P, "migrants_sleeping_rough_northern_france_children", "30 September 2026 (end of September; " + LS + "'s group)", geo=CD),
            R("between €1,500 and €3,000", 1500, 3000, EUR, "smuggler_fee", "October 2026 (charged for a place; " + LS + ")", geo=FR),
            L("more than 14,000", 14000, MT, P, "small_boat_crossings_prevented", "1 January to 12 October 2026 (stopped this year working with French partners; Home Office spokesperson)", geo=FR),
            L("2,400", 2400, E, P, "returns", "2026 (already sent back to France under the returns agreement; Home Office spokesperson)", geo=FR),
            L("5,930", 5930, E, P, "resettlement_arrivals", "July 2025 to June 2026 (the year to June; through official schemes)"),
            L("41 per cent", -41, E, PCT, "resettlement_arrivals_change", "year to June 2026 vs year to June 2025 (the year before)"),
            L("roughly half", 50, AP, PCT, "small_boat_occupancy_change", "summer 2023 to 2026 (the average number in each boat; researcher, Coastline Migration Observatory)"),
            L("at least 320", 320, AL, P, SBD, "2018 to October 2026 (on this route since 2018; IOM, cited by the researcher)"),
        ]),
    "04-the-llwchwr-post-ukrainian-refugees-wales": dict(
        meta=dict(url="https://www.llwchwrpost.example/news/wales-news/four-years-ukrainians-wales-refuge-third-moved-on-9912437",
                  title="Four years on, 9,140 Ukrainians have found refuge in Wales - but a third have since moved on",
                  publisher="The Llwchwr Post", author="Mali Trevithick-Ogun", published_date="2026-02-24"),
        labels=[
            L("9,140", 9140, E, P, "immigration_ukraine", ARR + "; headline)", occ=0, geo=WA),
            L("a third", THIRD, E, PCT, "ukrainian_arrivals_share_left_wales", ARR + "; have since moved on; headline)", ctx="but a third have since moved on", geo=WA),
            L("c. 140", 140, AP, P, "ukrainian_welcome_accommodation_population", "January 2026 (still in its welcome centres; standfirst)", occ=0, geo=WA),
            L("more than 1,100", 1100, MT, P, "ukrainian_welcome_accommodation_population", "autumn 2022 (at the peak; standfirst)", occ=0, geo=WA),
            L("9,140", 9140, E, P, "immigration_ukraine", ARR + "; on visas sponsored by Welsh households or the Welsh Government; new figures)", occ=1, geo=WA),
            L("3,310", 3310, E, P, "immigration_ukraine_supersponsor", ARR + "; the Welsh Government's super sponsor route)", occ=0, geo=WA),
            L("more than a third", THIRD, MT, PCT, "immigration_ukraine_supersponsor_share", ARR + "; of all arrivals)", geo=WA),
            L("a third", THIRD, E, PCT, "ukrainian_arrivals_share_left_wales", ARR + "; have since moved out of Wales; " + WG + " estimate)", ctx="estimates that a third", geo=WA),
            L("c. 140", 140, AP, P, "ukrainian_welcome_accommodation_population", "31 January 2026 (end of January; welcome centres and other initial accommodation)", occ=1, geo=WA),
            L("more than 1,100", 1100, MT, P, "ukrainian_welcome_accommodation_population", "autumn 2022", occ=1, geo=WA),
            L("Some 1,260", 1260, AP, HH, "homes_for_ukraine_host_households", "February 2026 (still hosting)", geo=WA),
            L("38 per cent", -38, E, PCT, "homes_for_ukraine_host_households_change", "February 2026 vs February 2025 (twelve months ago)", geo=WA),
            L("£500", 500, E, GBP, "homes_for_ukraine_thank_you_payment", "per month, 2026 (after a guest's first year)", geo=WA),
            L("more than 214,000", 214000, MT, P, "immigration_ukraine", "March 2022 to February 2026 (Homes for Ukraine and family schemes)"),
            L("about 27,000", 27000, AP, P, "immigration_ukraine", "March 2022 to February 2026 (Scotland, whose own super sponsor scheme closed to new applicants in 2022)", geo=SCO),
            L("720", 720, E, P, "immigration_ukraine", "February 2022 to February 2026 (since the war began)", geo="Swansea"),
            L("165", 165, E, P, "school_pupils_ukrainian", "spring term 2026 (this term; Swansea council)", geo="Swansea"),
            L("540", 540, E, P, "immigration_ukraine", "February 2022 to February 2026 (since the war began)", geo="Carmarthenshire"),
            L("1,870", 1870, E, P, "immigration_ukraine", "February 2022 to February 2026 (since the war began; the most of any council in Wales)", geo="Cardiff"),
            L("4,020", 4020, E, P, "ukraine_permission_extension_applications", "to February 2026 (made from addresses in Wales)", geo=WA),
            L("3,690", 3690, E, P, "ukraine_permission_extension_grants", "to February 2026 (granted so far)", geo=WA),
            L("about 92 per cent", 92, AP, PCT, "ukraine_permission_extension_applications_share_granted", "to February 2026", geo=WA),
            L("830", 830, E, HH, "charity_families_helped_housing", "April 2025 to February 2026 (since last April; " + USC + ", Llanelli)", geo="Llanelli"),
            L("about one in four", 25, AP, PCT, "charity_clients_share_at_risk_of_homelessness", "January 2026 (Ukrainian households it advised; " + USC + ")", geo="Llanelli"),
            L("295", 295, E, HH, "ukrainian_households_temporary_accommodation", "31 December 2025 (as 2025 closed; " + WG + " figures)", geo=WA),
            L("240", 240, E, HH, "ukrainian_households_temporary_accommodation", "31 December 2024 (a year before)", geo=WA),
            L("£104.6m", 104.6e6, E, GBP, "welsh_government_ukraine_response_cost", "2022 to February 2026 (since 2022; " + WG + ")", geo=WA),
            L("£18.2m", 18.2e6, E, GBP, "welsh_government_ukraine_response_cost", "2024/25 (April 2024 to March 2025; " + WG + ")", geo=WA),
            L("61 per cent", 61, E, PCT, "employment_rate_ukrainian_working_age", "February 2026 (now had a job; " + WG + ")", geo=WA),
            L("more than 9,000", 9000, MT, P, "immigration_ukraine", "2022 to February 2026 (walked through the doors; Cabinet Secretary for Social Justice)", geo=WA),
            L("9,140", 9140, E, P, "immigration_ukraine", "March 2022 to February 2026 (fact box)", occ=2, geo=WA),
            L("3,310", 3310, E, P, "immigration_ukraine_supersponsor", "March 2022 to February 2026 (fact box)", occ=1, geo=WA),
            L("c. 140", 140, AP, P, "ukrainian_welcome_accommodation_population", "January 2026 (still in initial accommodation; fact box)", occ=2, geo=WA),
            L("1,260", 1260, E, HH, "homes_for_ukraine_host_households", "February 2026 (households hosting; fact box)", ctx="hosting: 1,260", geo=WA),
        ]),
    "05-nimbus-news-ons-net-migration-revisions": dict(
        meta=dict(url="https://news.nimbus.example/net-migration-drops-to-183-000-but-ons-adds-49-000-to-last-years-figure-13487221",
                  title="Net migration drops to 183,000 but ONS adds 49,000 to last year's figure",
                  publisher="Nimbus News", author="Harriet Quennell-Adebayo", published_date="2026-11-26"),
        labels=[
            L("183,000", 183000, E, P, NM, YJ26 + "; headline)", occ=0),
            L("49,000", 49000, E, P, NM + "_revision", "2025 (calendar year; added to last year's figure; headline)", occ=0),
            L("183,000", 183000, E, P, NM, YJ26 + "; Office for National Statistics)", occ=1),
            L("a third", -THIRD, E, PCT, NM + "_change", "year ending June 2026 vs year ending June 2025 (down on the year before)"),
            L("49,000", 49000, E, P, NM + "_revision", "2025 (calendar year; revised up)", occ=1),
            L("225,000", 225000, E, P, NM, "2025 (calendar year; revised)"),
            L("274,000", 274000, E, P, NM, "July 2024 to June 2025 (the year to June 2025, revised)"),
            L("some 63,000", 63000, AP, P, NM + "_revision", "July 2024 to June 2025 (higher than first published)"),
            L("812,000", 812000, E, P, "immigration", YJ26 + "; arrived to stay for a year or more)"),
            L("629,000", 629000, E, P, "emigration", YJ26 + ")"),
            L("38,000", -38000, E, P, "emigration_revision", "2025 (calendar year; revised down)", ctx="revised down by 38,000"),
            L("906k", 906000, E, P, NM, "July 2022 to June 2023 (year ending June 2023; chart)"),
            L("649k", 649000, E, P, NM, "July 2023 to June 2024 (year ending June 2024; chart)"),
            L("274k", 274000, E, P, NM, "July 2024 to June 2025 (year ending June 2025; chart)"),
            L("183k", 183000, E, P, NM, YJ26 + "; chart)"),
            L("652,000", 652000, E, P, "immigration_non_eu", YJ26 + ")"),
            L("about four in five", 80, AP, PCT, "immigration_share_non_eu", YJ26 + ")"),
            L("238,000", 238000, E, P, "immigration_study_non_eu", YJ26 + ")"),
            L("171,000", 171000, E, P, "immigration_work_non_eu", YJ26 + ")"),
            L("37%", -37, E, PCT, "immigration_work_non_eu_change", "year ending June 2026 vs year ending June 2025 (the previous year)"),
            L("Some 97,000", 97000, AP, P, "immigration_humanitarian_non_eu", YJ26 + "; humanitarian grounds, including asylum)"),
            L("95,000", 95000, E, P, "immigration_eu", YJ26 + ")"),
            L("65,000", 65000, E, P, "immigration_british", YJ26 + "; returning Britons)"),
            L("248,000", 248000, E, P, "emigration_british", YJ26 + ")"),
            L("6%", 6, E, PCT, "emigration_british_change", "year ending June 2026 vs year ending June 2025"),
            L("about a fifth", 0.2, AP, RATIO, NM + "_ratio", "year ending June 2026 vs year ending March 2023 (the all-time high)"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (year ending March 2023; the all-time high)"),
            L("about 49,000", 49000, AP, P, NM + "_revision", "2025 (calendar year; added to the net total; ONS statement)"),
            L("Around 70%", 70, AP, PCT, NM + "_revision_share_former_students", "2025 (students who remained after their courses; ONS statement)"),
            L("612,000", 612000, E, P, "population_growth", "July 2024 to June 2025 (the year to mid-2025; ONS)", geo=EW),
            L("more than three-quarters", -75, MT, PCT, NM + "_change", "year ending June 2026 vs the peak (since the chaos we inherited; Home Secretary)"),
            L("nearly a quarter of a million", 250000, ALM, P, NM, "2025 (calendar year; more people came than left; Shadow Home Secretary)"),
            L("1.2m", 1.2e6, E, P, "visa_arrivals_since_2021_still_resident", "2021 to November 2026 (came on study or work visas since 2021 and are still here; director, Meridian Migration Unit)"),
        ]),
    "06-the-orchard-county-post-agri-food-migrant-workers": dict(
        meta=dict(url="https://www.orchardcountypost.example/business/farming/almost-half-of-ni-meat-and-poultry-workers-from-outside-uk-and-ireland-5120338",
                  title="Almost half of NI meat and poultry workers come from outside UK and Ireland, report finds",
                  publisher="The Orchard County Post", author="Declan Moorhead-Asamoah", published_date="2026-06-11"),
        labels=[
            L("Almost half", 50, ALM, PCT, "meat_poultry_processing_workforce_share_born_abroad", "2026 (from outside the UK and Ireland; headline)", occ=0, geo=NI),
            R("2,000 to 2,500", 2000, 2500, P, "food_processing_labour_shortfall", "2026 (jobs that could go unfilled this year; standfirst)", geo=NI),
            L("Almost half", 50, ALM, PCT, "meat_poultry_processing_workforce_share_born_abroad", "2026 (born outside the UK and Ireland; report published on Tuesday 9 June 2026)", occ=1, geo=NI),
            L("48%", 48, E, PCT, "meat_poultry_processing_workforce_share_born_abroad", "2026 (came from overseas; " + UFPF + ")", geo=NI),
            L("11,600", 11600, E, P, "meat_poultry_processing_workforce", "2026 (staff in the sector; " + UFPF + ")", geo=NI),
            L("about 26,400", 26400, AP, P, "food_drink_manufacturing_workforce", "2026 (food and drink processing as a whole)", geo=NI),
            L("39%", 39, E, PCT, "food_drink_manufacturing_workforce_share_non_uk_irish", "2026 (non-UK and non-Irish nationals)", geo=NI),
            L("c. 2,100", 2100, AP, VAC, "food_processing_vacancies", "March 2026 (" + UFPF + ")", geo=NI),
            L("45%", 45, E, PCT, "food_processing_vacancies_change", "March 2026 vs March 2024 (the same month of 2024)", geo=NI),
            L("1,180", 1180, E, P, "skilled_workers_sponsored_food_processing", "2024 (calendar year; sponsored by Northern Ireland food firms before the July 2025 change)", geo=NI),
            L("almost quadrupled", 4, ALM, RATIO, "skilled_workers_sponsored_food_processing_ratio", "2024 vs 2021", geo=NI),
            R("between 2,000 and 2,500", 2000, 2500, P, "food_processing_labour_shortfall", "June 2026 to June 2027 (extra workers needed over the next 12 months; " + UFPF + " report)", geo=NI),
            L("£6.8bn", 6.8e9, E, GBP, "agri_food_sales", "2024 (calendar year)", geo=NI),
            L("three-quarters", 75, E, PCT, "agri_food_sales_share_outside_ni", "2024 (went outside the region)", geo=NI),
            L("more than 60%", 60, MT, PCT, "meat_plant_boning_hall_share_overseas", "2026 (in some plants; " + UFPF + " chief executive)", geo=NI),
            L("1,140", 1140, E, P, "firm_workforce_born_abroad", "2026 (one poultry processor; from outside the UK and Ireland)", geo=TYR),
            L("1,900", 1900, E, P, "firm_workforce", "2026 (one poultry processor's staff)", geo=TYR),
            L("24", 24, E, COUNTRIES, "firm_workforce_countries_of_origin", "2026 (one poultry processor)", geo=TYR),
            L("11.4%", 11.4, E, PCT, "population_share_born_outside_uk_ireland", "2021 (census)", geo="Dungannon"),
            L("nearly twice", 2, ALM, RATIO, "population_share_born_outside_uk_ireland_ratio", "2021 (census; the Dungannon area vs the Northern Ireland average)", geo="Dungannon"),
            L("Some 104,300", 104300, AP, P, "eu_settlement_scheme_grants", "to 31 March 2026 (settled or pre-settled status by the end of March; Home Office)", geo=NI),
            L("one in five", 20, E, PCT, "migrant_workers_share_paid_recruitment_fees", "2025 (surveyed last year; paid a recruiter before arriving; " + AFWA + ")", geo=NI),
            L("as much as £4,000", 4000, AM, GBP, "recruitment_fee_paid", "2025 (some paid; " + AFWA + ")", geo=NI),
            L("£13.40", 13.40, E, GBP, "processing_line_hourly_pay_average", "2026 (" + UFPF + ")", geo=NI),
            L("£12.71", 12.71, E, GBP, "national_living_wage_hourly", "from April 2026"),
            L("about 650", 650, AP, P, "apple_pickers_needed", "each autumn (Bramley harvest; apple growers)", geo=ARM),
            L("420", 420, E, P, "seasonal_worker_visa_holders_employed", "2025 (last year; apple growers)", geo=ARM),
            L("260", 260, E, P, "seasonal_worker_visa_holders_employed", "2023 (calendar year; apple growers)", geo=ARM),
        ]),
    "07-the-jot-asylum-support-explainer": dict(
        meta=dict(url="https://www.thejot.example/news/politics/asylum-seekers-what-they-receive-cash-housing-cost-explained-3984412",
                  title="What asylum seekers actually receive: the cash, the housing and the cost to taxpayers",
                  publisher="The Jot", author="Rosa Penhaligon-Eze", published_date="2026-09-07"),
        labels=[
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week, 2026 (self-catered accommodation)", occ=0),
            L("about £7", 7, AP, GBP, "asylum_support_daily_allowance", "per day, 2026 (self-catered accommodation)"),
            L("£8.86", 8.86, E, GBP, "asylum_support_weekly_allowance_catered", "per week, 2026 (hotels, which provide meals)", occ=0),
            L("£5.25", 5.25, E, GBP, "asylum_support_weekly_supplement_pregnancy_baby", "per week, 2026 (pregnant women and babies under one)"),
            L("£3", 3, E, GBP, "asylum_support_weekly_supplement_child_aged_1_3", "per week, 2026 (children aged one to three)"),
            L("£300", 300, E, GBP, "asylum_support_maternity_payment", "2026 (one-off)"),
            L("roughly half", 0.5, AP, RATIO, "asylum_support_weekly_allowance_to_universal_credit_ratio", "2026 (single adult; the universal credit standard allowance for someone over 25)"),
            L("more than 40,000", 40000, MT, SHARES, "social_media_post_shares", "August 2026 (last month; a post making a false claim)"),
            L("£2,000", 2000, E, GBP, "asylum_support_monthly_allowance_claimed_online", "per month (a false claim in a social media post, August 2026)"),
            L("101,370", 101370, E, P, "asylum_support_population", J26 + ")", occ=0),
            L("29,850", 29850, E, P, "asylum_hotel_population", J26 + ")", occ=0),
            L("about 29%", 29, AP, PCT, "asylum_support_share_hotels", J26 + ")"),
            L("38,080", 38080, E, P, "asylum_hotel_population", "30 June 2025 (a year earlier)"),
            L("67,240", 67240, E, P, "asylum_dispersal_population", J26 + ")"),
            L("3,910", 3910, E, P, "asylum_support_section_4_population", J26 + "; claims refused)"),
            L("£4.3bn", 4.3e9, E, GBP, AC, "2025/26 (April 2025 to March 2026; asylum support)"),
            L("9%", -9, E, PCT, AC + "_change", "2025/26 vs 2024/25 (the year before)"),
            L("about £127", 127, AP, GBP, "asylum_hotel_cost_per_person_night", "2026 (National Audit Office)"),
            L("roughly £16", 16, AP, GBP, "asylum_dispersal_cost_per_person_night", "2026 (National Audit Office)"),
            L("nearly eight times", 8, ALM, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2026 (hotel vs dispersal accommodation)"),
            L("about £42,000", 42000, AP, GBP, "asylum_cost_per_person_per_year", "2025/26 (spread across everyone on support)"),
            L("£715m", 715e6, E, GBP, RSC, "2022 to July 2024 (the scheme, scrapped in July 2024)"),
            L("1,120", 1120, E, P, "permission_to_work_grants", "2025 (last year)"),
            L("64,200", 64200, E, P, "asylum_backlog", "30 June 2026 (claims still waiting for an initial decision)"),
            L("118,900", 118900, E, P, "asylum_backlog", "30 June 2025 (a year earlier)"),
            L("More than seven in ten", 70, MT, PCT, "asylum_grants_share_initial_decisions", "July 2025 to June 2026 (claims decided in the year to June)"),
            L("17%", 17, E, PCT, "asylum_support_weekly_allowance_change", "2020 to 2026 (since 2020; " + OHN + ")"),
            L("more than a third", THIRD, MT, PCT, "food_prices_change", "2020 to 2026 (since 2020; " + OHN + ")"),
            L("more than 150", 150, MT, HOTELS, "asylum_hotels_closed", "5 July 2024 to September 2026 (since 5 July 2024; Home Office)"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week, 2026 (self-catered; at a glance box)", occ=1),
            L("£8.86", 8.86, E, GBP, "asylum_support_weekly_allowance_catered", "per week, 2026 (hotel; at a glance box)", occ=1),
            L("101,370", 101370, E, P, "asylum_support_population", "30 June 2026 (at a glance box)", occ=1),
            L("29,850", 29850, E, P, "asylum_hotel_population", "30 June 2026 (at a glance box)", occ=1),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
