#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-ninety-eighth hand-labelled hold-out set (holdout198).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, EUR, PPB, RATIO, MONTHS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, NM)

UK, ENG, WAL, SCO, NI = "UK", "England", "Wales", "Scotland", "Northern Ireland"
EU, EUP = "EU", "EU+"
DE, FR, IT, ES, IE = "Germany", "France", "Italy", "Spain", "Ireland"
USD = "other:USD"
R100K = "other:applications_per_100000_population"
R1K = "other:applications_per_1000_population"
RATE10K = "other:persons_per_10000_residents"
REPOSTS, CROSSINGS, CENTRES = "other:reposts", "other:crossings", "other:centres"
TWO3 = 200 / 3
AA = "asylum_applications"
AAC = "asylum_applications_change"
AAR = "asylum_applications_ratio"
A100K = "asylum_applications_per_100000_population"
A1K = "asylum_applications_per_1000_population"
GRANT = "asylum_grants_share_initial_decisions"
SOLPAY = "eu_solidarity_payment_per_relocation_declined"
SOLREL = "eu_solidarity_relocations_benchmark"

# 01 (Thursday 23 May 2024; figures for calendar 2023, "last year")
Y23 = "January to December 2023 (2023, last year; "
CH1 = " (Chart: asylum applicants per 100,000 residents, 2023; Eurostat, Home Office, ONS)"
EUAA1 = "EU Agency for Asylum"
EST1 = "Eurostat, first-time applicants)"

# 02 (Wednesday 9 October 2024; fact check; figures for the year ending June 2024)
YJ24 = "July 2023 to June 2024 (the year ending June 2024; "
BOX2 = " Key figures box)"
CONC2 = " Conclusion)"

# 03 (Saturday 22 March 2025; reported from Gravelines)
YTD3 = "1 January to 21 March 2025 (so far this year; Home Office figures)"
Y24 = "January to December 2024 (last year; "
KA = "Solène Kerbrat-Adeyemi, volunteer kitchen at Loon-Plage"

# 04 (Thursday 11 September 2025; Irish paper)
JA25 = "January to August 2025 (from January to August; International Protection Office)"
BOX4 = " KEY FIGURES box)"
DOJ = "Department of Justice"

# 05 (Saturday 14 February 2026; EUAA figures published Thursday 12 February 2026)
Y25 = "January to December 2025 (2025, last year; "
CH5 = " (Chart: asylum applications per 1,000 residents, 2025; EUAA, Eurostat, Home Office)"
YS25 = "October 2024 to September 2025 (the year to September; Home Office)"

# 06 (Friday 12 June 2026; the EU pact applies from that day)
PACT = "the EU Pact on Migration and Asylum, from 12 June 2026"
YTD6 = "1 January to 11 June 2026 (so far this year, 2026 so far; Home Office figures)"

# 07 (Thursday 26 November 2026; Home Office statistics for the year ending September 2026 published that day; PA copy)
YS26 = "October 2025 to September 2026 (the year ending September 2026; Home Office statistics published Thursday 26 November 2026)"
YS25b = "October 2024 to September 2025 (the previous 12 months; Home Office statistics)"
S26 = "30 September 2026 (the end of September; Home Office statistics)"
JS26 = "January to September 2026 (from January to September; EU Agency for Asylum)"
DISP = "asylum_dispersal_population"
DISPR = "asylum_dispersal_population_per_10000_residents"
WF = "Westmorland and Furness"

ARTICLES = {
    "01-munro-news-uk-asylum-compared-with-europe": dict(
        meta=dict(url="https://www.munronews.example/news/election-2024-asylum-uk-europe-compared",
                  title="Asylum: Does the UK take more people than the rest of Europe?",
                  publisher="Munro News", author="Ottoline Braithwaite-Nwosu", published_date="2024-05-23"),
        labels=[
            L("1,143,000", 1143000, E, P, AA, Y23 + EUAA1 + ")", geo=EUP),
            L("18%", 18, E, PCT, AAC, "2023 vs 2022 (up on 2022; " + EUAA1 + ")", geo=EUP),
            L("1.05m", 1050000, E, P, AA, Y23 + EST1, geo=EU),
            L("329,000", 329000, E, P, AA, Y23 + EST1, geo=DE),
            L("almost a third", THIRD, ALM, PCT, "asylum_applications_share_germany_of_eu", Y23 + "Germany's share of the EU's first-time applicants; Eurostat)", occ=0, geo=EU),
            L("160,000", 160000, E, P, AA, Y23 + EST1, geo=ES),
            L("145,000", 145000, E, P, AA, Y23 + EST1, geo=FR),
            L("130,000", 130000, E, P, AA, Y23 + EST1, geo=IT),
            L("almost a third", THIRD, ALM, PCT, "asylum_applications_share_germany_of_eu", "January to December 2023 (2023; image caption)", occ=1, geo=EU),
            L("67,337", 67337, E, P, AA, Y23 + "main applicants; Home Office figures)"),
            L("17%", -17, E, PCT, AAC, "2023 vs 2022 (fewer; main applicants; Home Office figures)"),
            L("81,130", 81130, E, P, AA, "January to December 2022 (2022; main applicants; Home Office figures)"),
            L("84,425", 84425, E, P, AA, Y23 + "people covered by the claims, counting partners and children; Home Office figures)"),
            L("nearly four times", 4, ALM, RATIO, AAR, "2023 (Germany's first-time applicants against the UK's applicants)", geo=DE),
            L("about 124", 124, AP, R100K, A100K, "January to December 2023 (2023; for every 100,000 residents)"),
            L("234", 234, E, R100K, A100K, "January to December 2023 (2023; EU average)", ctx="The EU average was 234", geo=EU),
            L("almost twice", 2, ALM, RATIO, A100K + "_ratio", "2023 (the EU average rate against the UK rate)", geo=EU),
            L("390", 390, E, R100K, A100K, "January to December 2023 (2023)", ctx="Germany's was 390", geo=DE),
            L("1,250", 1250, E, R100K, A100K, "January to December 2023" + CH1, geo="Cyprus"),
            L("620", 620, E, R100K, A100K, "January to December 2023" + CH1, geo="Austria"),
            L("390", 390, E, R100K, A100K, "January to December 2023" + CH1, ctx="Germany 390", geo=DE),
            L("334", 334, E, R100K, A100K, "January to December 2023" + CH1, geo=ES),
            L("234", 234, E, R100K, A100K, "January to December 2023 (EU average)" + CH1, ctx="EU average 234", geo=EU),
            L("222", 222, E, R100K, A100K, "January to December 2023" + CH1, geo=IT),
            L("213", 213, E, R100K, A100K, "January to December 2023" + CH1, geo=FR),
            L("124", 124, E, R100K, A100K, "January to December 2023" + CH1, ctx="UK 124"),
            L("fewer than a million", 1000000, LT, P, "population", "May 2024 (home to; Cyprus's population)", geo="Cyprus"),
            L("Some 11,600", 11600, AP, P, AA, "January to December 2023 (2023; applied there)", geo="Cyprus"),
            L("more than ten times", 10, MT, RATIO, A100K + "_ratio", "2023 (Cyprus's rate against Britain's)", geo="Cyprus"),
            L("29,437", 29437, E, P, SBA, "January to December 2023 (last year; reached Britain by dinghy)"),
            L("more than a third", -THIRD, MT, PCT, SBA + "_change", "2023 vs 2022 (down by)"),
            L("67%", 67, E, PCT, GRANT, "January to December 2023 (2023; Home Office)"),
            L("42%", 42, E, PCT, GRANT, "January to December 2023 (2023; first-instance decisions positive; " + EUAA1 + ")", geo=EUP),
            L("Some 98,600", 98600, AP, P, "asylum_backlog", "31 December 2023 (the end of December; cases awaiting an initial decision)"),
            L("about 860,000", 860000, AP, P, "asylum_backlog", "end of 2023 (pending at first instance; " + EUAA1 + " estimate)", geo=EUP),
            L("£240m", 240000000, E, GBP, "payment_to_rwanda", "April 2022 to December 2023 (already paid to Kigali by the end of last year)"),
            L("€20,000", 20000, E, EUR, SOLPAY, "from mid-2026 (for each person turned down under the new migration and asylum pact)", geo=EU),
            L("at least 30,000", 30000, AL, P, SOLREL, "per year (Brussels is aiming for, each year under the pact, from mid-2026)", geo=EU),
        ]),
    "02-tor-check-britain-more-asylum-than-germany-france-claim": dict(
        meta=dict(url="https://www.torcheck.example/fact-checks/britain-more-asylum-seekers-than-germany-and-france",
                  title="Does Britain take more asylum seekers than Germany and France put together?",
                  publisher="Tor Check", author="Horatio Penhallow-Ikwuemesi", published_date="2024-10-09"),
        labels=[
            L("well over four times", 4, MT, RATIO, AAR, "July 2023 to June 2024 (the 12 months to June 2024; Germany and France together against the UK; Our verdict)", geo="Germany and France"),
            L("more than 4,000", 4000, MT, REPOSTS, "social_media_post_reposts", "2 to 9 October 2024 (since the Conservative Party conference ended last Wednesday; a post on X)"),
            L("97,390", 97390, E, P, AA, YJ24 + "main applicants and dependants; Home Office)", occ=0),
            L("16%", 16, E, PCT, AAC, "year ending June 2024 vs the previous 12 months (more; Home Office)"),
            L("about 290,000", 290000, AP, P, AA, YJ24 + "the same 12 months; Eurostat)", geo=DE),
            L("about 160,000", 160000, AP, P, AA, YJ24 + "the same 12 months; Eurostat)", geo=FR),
            L("450,000", 450000, E, P, AA, YJ24 + "a combined; Eurostat)", ctx="a combined 450,000", geo="Germany and France"),
            L("just over a fifth", 20, MT, PCT, "asylum_applications_uk_share_of_germany_and_france", YJ24 + "the UK figure against Germany and France combined)", geo="Germany and France"),
            L("almost three times", 3, ALM, RATIO, AAR, YJ24 + "Germany alone against Britain)", geo=DE),
            L("about 513,000", 513000, AP, P, AA, "January to June 2024 (the first half of 2024; the EUAA)", geo=EU),
            L("23%", -23, E, PCT, AAC, "January to June 2024 vs the same period of 2023 (down; the EUAA)", geo=EU),
            L("21%", -21, E, PCT, AAC, "January to June 2024 vs January to June 2023 (the first six months; Germany's fall)", geo=DE),
            L("about 143", 143, AP, R100K, A100K, YJ24 + "the year to June; per 100,000 residents)"),
            L("343", 343, E, R100K, A100K, YJ24 + "Germany's rate)", ctx="Germany's rate was 343", geo=DE),
            L("235", 235, E, R100K, A100K, YJ24 + "France's rate)", ctx="France's 235", geo=FR),
            L("19,900", 19900, E, P, AA, YJ24 + "the same period)", occ=0, geo=IE),
            L("378", 378, E, R100K, A100K, YJ24 + "per 100,000 people)", ctx="That is 378", geo=IE),
            L("over two and a half times", 2.5, MT, RATIO, A100K + "_ratio", YJ24 + "Ireland's rate against Britain's)", geo=IE),
            L("97,390", 97390, E, P, AA, YJ24 + BOX2, occ=1),
            L("143", 143, E, R100K, A100K, YJ24 + BOX2, ctx="(143 per"),
            L("c. 290,000", 290000, AP, P, AA, YJ24 + BOX2, geo=DE),
            L("343", 343, E, R100K, A100K, YJ24 + BOX2, ctx="(343 per", geo=DE),
            L("c. 160,000", 160000, AP, P, AA, YJ24 + BOX2, geo=FR),
            L("235", 235, E, R100K, A100K, YJ24 + BOX2, ctx="(235 per", geo=FR),
            L("19,900", 19900, E, P, AA, YJ24 + BOX2, occ=1, geo=IE),
            L("378", 378, E, R100K, A100K, YJ24 + BOX2, ctx="(378 per", geo=IE),
            L("£5.38bn", 5380000000, E, GBP, "asylum_cost", "April 2023 to March 2024 (2023/24, a record; Home Office annual report)", occ=0),
            L("£3.96bn", 3960000000, E, GBP, "asylum_cost", "April 2022 to March 2023 (the year before; Home Office annual report)"),
            L("€27.6bn", 27600000000, E, EUR, "asylum_cost", "January to December 2024 (2024 federal budget, refugee-related costs)", occ=0, geo=DE),
            L("roughly £23bn", 23000000000, AP, GBP, "asylum_cost", "January to December 2024 (2024 federal budget, refugee-related costs, in pounds)", geo=DE),
            L("more than four times", 4, MT, RATIO, "asylum_cost_ratio", "2024 budget vs 2023/24 (Germany's refugee-related costs against the UK's bill)", geo=DE),
            L("about £8m", 8000000, AP, GBP, "asylum_cost_hotels", "2023 (per day, at their peak last year; National Audit Office)"),
            L("about 450,000", 450000, AP, P, AA, YJ24 + "between them;" + CONC2, geo="Germany and France"),
            L("97,390", 97390, E, P, AA, YJ24 + CONC2, occ=2),
            L("£5.38bn", 5380000000, E, GBP, "asylum_cost", "April 2023 to March 2024 (2023/24;" + CONC2, occ=1),
            L("€27.6bn", 27600000000, E, EUR, "asylum_cost", "January to December 2024 (2024;" + CONC2, occ=1, geo=DE),
        ]),
    "03-the-ridgeline-channel-crossings-from-gravelines": dict(
        meta=dict(url="https://www.theridgeline.example/uk-news/2025/mar/22/channel-crossings-seen-from-france-gravelines",
                  title="'The police come, we wait, we try again': the Channel crossings seen from France",
                  publisher="The Ridgeline", author="Cordelia Anstruther-Mbah", published_date="2025-03-22"),
        labels=[
            L("4,644", 4644, E, P, SBA, YTD3),
            L("28%", 28, E, PCT, SBA + "_change", "1 January to 21 March 2025 vs the same point in 2024 (up; Home Office figures)"),
            L("3,628", 3628, E, P, SBA, "1 January to 21 March 2024 (at this point in 2024; Home Office figures)"),
            L("36,816", 36816, E, P, SBA, Y24 + "made the journey)"),
            L("53", 53, E, PPB, "small_boat_occupancy", Y24 + "average crammed into each dinghy)"),
            L("21,400", 21400, E, P, "small_boat_launch_attempts_stopped_people", "January to December 2024 (2024; the prefecture for the Nord department)", occ=0, geo=FR),
            L("about 37%", 37, AP, PCT, "small_boat_launch_attempts_stopped_people_share", "January to December 2024 (2024; of those who tried; the prefecture for the Nord department)", geo=FR),
            L("21,400", 21400, E, P, "small_boat_launch_attempts_stopped_people", Y24 + "French police; photograph caption)", occ=1, geo=FR),
            L("£476m", 476000000, E, GBP, "uk_funding_to_france", "2023/24 to 2025/26 (across three years, under the March 2023 deal)"),
            L("about €541m", 541000000, AP, EUR, "uk_funding_to_france", "2023/24 to 2025/26 (across three years, in euros at the time)"),
            L("at least €150m", 150000000, AL, EUR, "france_border_policing_cost", "per year (annual cost of policing the northern coast; an interior ministry official)", geo=FR),
            L("roughly £125m", 125000000, AP, GBP, "france_border_policing_cost", "per year (annual cost of policing the northern coast, in pounds)", geo=FR),
            L("at least 78", 78, AL, P, "small_boat_deaths", Y24 + "deaths linked to crossings; French authorities)", geo="English Channel"),
            L("At least 11", 11, AL, P, "small_boat_deaths", "1 January to 21 March 2025 (since January; died on this coast)", geo=FR),
            R("between 1,500 and 2,000", 1500, 2000, P, "people_waiting_northern_france", "March 2025 (living around Loon-Plage most weeks; " + KA + ")", geo="Loon-Plage"),
            L("70", 70, E, PPB, "small_boat_occupancy", "March 2025 (the smugglers put in a boat; " + KA + ")"),
            L("30", 30, E, PPB, "small_boat_design_capacity", "March 2025 (a boat made for; " + KA + ")", ctx="made for 30"),
            L("about €1,500", 1500, AP, EUR, "smuggler_fee", "March 2025 (the price of a place now; volunteers)", geo=FR),
            L("£1,260", 1260, E, GBP, "smuggler_fee", "March 2025 (the price of a place now, in pounds; volunteers)", geo=FR),
            L("€2,500", 2500, E, EUR, "smuggler_fee", "2023 (the price of a place in 2023; volunteers)", geo=FR),
            L("about 11,000", 11000, AP, P, "population", "March 2025 (a town of; Gravelines)", geo="Gravelines"),
        ]),
    "04-monaghan-knock-common-travel-area-border-arrivals": dict(
        meta=dict(url="https://www.monaghanknock.example/news/border/fewer-protection-claims-but-most-still-come-across-the-border-officials-say-a8812345",
                  title="Fewer protection claims, but most still come across the border, officials say",
                  publisher="Monaghan Knock", author="Fionnuala Carrickmacross-Eze", published_date="2025-09-11"),
        labels=[
            L("14%", -14, E, PCT, AAC, "January to August 2025 vs January to August 2024 (down this year; standfirst)", occ=0, geo=IE),
            L("about 72%", 72, AP, PCT, "asylum_applications_share_via_northern_ireland", "January to August 2025 (this year; " + DOJ + "; standfirst)", occ=0, geo=IE),
            L("11,250", 11250, E, P, AA, JA25, occ=0, geo=IE),
            L("14%", -14, E, PCT, AAC, "January to August 2025 vs the same eight months of 2024 (down; International Protection Office)", occ=1, geo=IE),
            L("13,080", 13080, E, P, AA, "January to August 2024 (the same eight months of 2024; International Protection Office)", geo=IE),
            L("about 72%", 72, AP, PCT, "asylum_applications_share_via_northern_ireland", "January to August 2025 (this year's applicants, over the land border; " + DOJ + " estimate)", occ=1, geo=IE),
            L("roughly 8,100", 8100, AP, P, "asylum_applications_via_land_border", "January to August 2025 (this year's applicants; " + DOJ + " estimate)", geo=IE),
            L("more than 80%", 80, MT, PCT, "asylum_applications_share_via_northern_ireland", "January to December 2024 (last year; " + DOJ + ")", geo=IE),
            L("more than 200", 200, MT, CROSSINGS, "border_road_crossings", "September 2025 (road crossings along the border)", geo="Irish border"),
            L("1,130", 1130, E, P, "international_protection_return_requests_to_uk", "summer 2024 to September 2025 (since last summer; under the 2020 arrangement)", geo=IE),
            L("14", 14, E, P, "returns_ireland_to_uk", "summer 2024 to September 2025 (actually returned, since last summer)", ctx="Just 14 people", geo=IE),
            L("4,100", 4100, E, P, "refused_leave_to_land", "January to December 2024 (last year; at ports and airports; Freedom of Information figures)", geo=IE),
            L("doubled", 2, E, RATIO, "refused_leave_to_land_ratio", "2024 vs 2022 (has doubled since 2022)", geo=IE),
            L("32,900", 32900, E, P, "international_protection_accommodation_population", "31 August 2025 (the end of August; Department of Children, Equality, Disability, Integration and Youth)", occ=0, geo=IE),
            L("more than 3,000", 3000, MT, P, "international_protection_applicants_awaiting_accommodation", "September 2025 (male applicants yet to be offered a bed)", geo=IE),
            L("€1.07bn", 1070000000, E, EUR, "international_protection_accommodation_cost", "January to December 2024 (last year; IPAS accommodation)", geo=IE),
            L("about £900m", 900000000, AP, GBP, "international_protection_accommodation_cost", "January to December 2024 (last year; in pounds)", geo=IE),
            L("about €2.9m", 2900000, AP, EUR, "international_protection_accommodation_cost", "2024 (per day)", geo=IE),
            L("roughly €89", 89, AP, EUR, "international_protection_accommodation_cost_per_person_night", "2024 (per night, for each resident)", geo=IE),
            L("about 640", 640, AP, P, "international_protection_accommodation_population", "September 2025 (applicants living in Co Monaghan)", geo="County Monaghan"),
            L("four", 4, E, CENTRES, "international_protection_accommodation_centres", "September 2025 (centres in Co Monaghan)", ctx="live in four centres", geo="County Monaghan"),
            L("two", 2, E, CENTRES, "international_protection_accommodation_centres_former_hotels", "September 2025 (of the county's centres, former hotels)", ctx="two of them former hotels", geo="County Monaghan"),
            L("18,560", 18560, E, P, AA, "January to December 2024 (last year)", occ=0, geo=IE),
            L("about 3.4", 3.4, AP, R1K, A1K, "January to December 2024 (last year; per 1,000 people)", geo=IE),
            L("1.6", 1.6, E, R1K, A1K, "January to December 2024 (2024; per 1,000 in the UK)"),
            L("108,138", 108138, E, P, AA, "January to December 2024 (2024; claims received by the UK)"),
            L("about 3,100", 3100, AP, P, "asylum_support_population", "30 June 2025 (when June ended; Home Office data)", geo=NI),
            L("17 months", 17, E, MONTHS, "international_protection_processing_time", "before 2025 (processing times have fallen from; a " + DOJ + " spokesperson)", geo=IE),
            L("under 12 months", 12, LT, MONTHS, "international_protection_processing_time", "September 2025 (now, for most new applications; a " + DOJ + " spokesperson)", geo=IE),
            L("18,560", 18560, E, P, AA, "January to December 2024 (YE December 2024;" + BOX4, occ=1, geo=IE),
            L("11,250", 11250, E, P, AA, "January to August 2025 (January to August 2025;" + BOX4, occ=1, geo=IE),
            L("72%", 72, E, PCT, "asylum_applications_share_via_northern_ireland", "January to August 2025 (2025 est.;" + BOX4, ctx="(2025 est.): 72%", geo=IE),
            L("32,900", 32900, E, P, "international_protection_accommodation_population", "31 August 2025 (people in IPAS accommodation;" + BOX4, occ=1, geo=IE),
            L("c. 640", 640, AP, P, "international_protection_accommodation_population", "September 2025 (applicants living in Co Monaghan;" + BOX4, geo="County Monaghan"),
        ]),
    "05-the-massif-europe-asylum-falls-britain-rises": dict(
        meta=dict(url="https://www.themassif.example/britain/2026/02/14/the-odd-one-out",
                  title="The odd one out",
                  publisher="The Massif", author=None, published_date="2026-02-14"),
        labels=[
            L("about 780,000", 780000, AP, P, AA, Y25 + "EUAA figures published 12 February 2026)", geo=EUP),
            L("22%", -22, E, PCT, AAC, "2025 vs 2024 (fewer; EUAA)", geo=EUP),
            L("roughly halved", -50, AP, PCT, AAC, "2025 vs 2024 (Germany's claims; EUAA)", geo=DE),
            L("some 125,000", 125000, AP, P, AA, Y25 + "EUAA)", geo=DE),
            L("114,300", 114300, E, P, AA, Y25 + "people covered by asylum claims; Home Office)"),
            L("6%", 6, E, PCT, AAC, "2025 vs 2024 (more; Home Office)"),
            L("108,138", 108138, E, P, AA, "January to December 2024 (the year before; Home Office)"),
            L("152,600", 152600, E, P, AA, Y25 + "EUAA)", geo=FR),
            L("143,000", 143000, E, P, AA, Y25 + "EUAA)", geo=ES),
            L("two-thirds", -TWO3, E, PCT, "asylum_applications_syrian_change", "2025 vs 2024 (applications by Syrians dropped by, after December 2024)", geo=EUP),
            L("1.6", 1.6, E, R1K, A1K, Y25 + "per 1,000 residents)", ctx="Britain received 1.6 applications"),
            L("1.5", 1.5, E, R1K, A1K, Y25 + "Germany's)", ctx="Germany's 1.5", geo=DE),
            L("3.1", 3.1, E, R1K, A1K, Y25 + "Ireland)", ctx="Ireland, at 3.1", geo=IE),
            L("2.2", 2.2, E, R1K, A1K, Y25 + "France)", ctx="France is at 2.2", geo=FR),
            L("3.1", 3.1, E, R1K, A1K, "January to December 2025" + CH5, ctx="Ireland 3.1", geo=IE),
            L("2.2", 2.2, E, R1K, A1K, "January to December 2025" + CH5, ctx="France 2.2", geo=FR),
            L("1.6", 1.6, E, R1K, A1K, "January to December 2025" + CH5, ctx="Britain 1.6"),
            L("1.6", 1.6, E, R1K, A1K, "January to December 2025 (EU)" + CH5, ctx="EU 1.6", geo=EU),
            L("1.5", 1.5, E, R1K, A1K, "January to December 2025" + CH5, ctx="Germany 1.5", geo=DE),
            L("Some 41,500", 41500, AP, P, SBA, "January to December 2025 (2025; crossed in small boats)"),
            L("about 37%", 37, AP, PCT, "asylum_applications_share_visa_holders", YS25[:-1] + " analysis)"),
            L("£4.8bn", 4800000000, E, GBP, "asylum_cost", "April 2024 to March 2025 (the 2024-25 financial year; asylum support)"),
            L("$6bn", 6000000000, E, USD, "asylum_cost", "April 2024 to March 2025 (the 2024-25 financial year; in dollars)"),
            L("about €26bn", 26000000000, AP, EUR, "asylum_cost", "January to December 2025 (budgeted for refugee-related spending in 2025; federal government)", geo=DE),
            L("$30bn", 30000000000, E, USD, "asylum_cost", "January to December 2025 (budgeted for refugee-related spending in 2025, in dollars)", geo=DE),
            L("around 36,000", 36000, AP, P, "asylum_hotel_population", "30 September 2025 (the end of September)"),
            V("a few hundred", 200, 900, P, "returns_france", "September 2025 to February 2026 (since September; the one in, one out deal)", occ=0),
            L("under 1%", 1, LT, PCT, "returns_france_share_of_small_boat_arrivals", "2025 (of those who crossed last year; sceptics)"),
            L("about €670m", 670000000, AP, EUR, "italy_albania_scheme_cost", "over five years (Italy's deal to process asylum-seekers in Albania)", geo=IT),
            L("$780m", 780000000, E, USD, "italy_albania_scheme_cost", "over five years (in dollars)", geo=IT),
            V("a few hundred", 200, 900, P, "italy_albania_centres_detainees", "2024 to February 2026 (has held only)", occ=1, geo="Albania"),
            L("€20,000", 20000, E, EUR, SOLPAY, "from June 2026 (for each applicant refused under the EU's new migration pact)", geo=EU),
            L("96,000", 96000, E, P, "asylum_initial_decisions", YS25),
            L("more than half", 50, MT, PCT, "asylum_initial_decisions_change", "year to September 2025 vs the previous year (up by)"),
            L("48%", 48, E, PCT, GRANT, YS25),
            L("67%", 67, E, PCT, GRANT, "January to December 2023 (2023; Home Office)"),
        ]),
    "06-daily-pinnacle-eu-migration-pact-comes-into-force": dict(
        meta=dict(url="https://www.dailypinnacle.example/news/politics/eu-migrant-pact-starts-today-20000-euro-charge",
                  title="EU migrant pact starts TODAY: Brussels to charge nations €20,000 for every asylum seeker they refuse to take",
                  publisher="Daily Pinnacle", author="Lysander Fairweather-Obuya", published_date="2026-06-12"),
        labels=[
            L("€20,000", 20000, E, EUR, SOLPAY, "from 12 June 2026 (for every asylum seeker refused; headline)", occ=0, geo=EU),
            L("at least 30,000", 30000, AL, P, SOLREL, "per year (under the 'solidarity' scheme; bullet point)", occ=0, geo=EU),
            L("9%", 9, E, PCT, SBA + "_change", "1 January to 11 June 2026 vs the same point of 2025 (Channel crossings rise; bullet point)", occ=0),
            L("€20,000", 20000, E, EUR, SOLPAY, "from 12 June 2026 (for each person turned away; " + PACT + ")", occ=1, geo=EU),
            L("about £17,000", 17000, AP, GBP, SOLPAY, "from 12 June 2026 (for each person turned away, in pounds)", geo=EU),
            L("at least 30,000", 30000, AL, P, SOLREL, "per year (target relocations from frontline states; " + PACT + ")", occ=1, geo=EU),
            L("€600m", 600000000, E, EUR, "eu_solidarity_contributions_benchmark", "per year (designed to raise at the full rate if no one is moved)", geo=EU),
            L("around £510m", 510000000, AP, GBP, "eu_solidarity_contributions_benchmark", "per year (in pounds)", geo=EU),
            L("21,000", 21000, E, P, "eu_solidarity_pool_relocations", "first year of the pact, 2026-27 (Brussels has asked for)", geo=EU),
            L("€420m", 420000000, E, EUR, "eu_solidarity_pool_contributions", "first year of the pact, 2026-27 (Brussels has asked for, in payments)", geo=EU),
            L("€200m", 200000000, E, EUR, "hungary_eu_court_fine", "June 2024 (fined by the EU's top court)", geo="Hungary"),
            L("€1m", 1000000, E, EUR, "hungary_eu_court_fine_daily", "per day (from June 2024 until it complied)", geo="Hungary"),
            L("passed €900m", 900000000, MT, EUR, "hungary_eu_court_fine_total", "June 2024 to June 2026 (the bill has now passed; officials)", geo="Hungary"),
            L("26%", -26, E, PCT, "irregular_arrivals_change", "2025 vs 2024 (fell by, last year; Frontex)", geo=EU),
            L("about 178,000", 178000, AP, P, "irregular_arrivals", "January to December 2025 (last year; irregular crossings into the bloc; Frontex)", geo=EU),
            L("14,812", 14812, E, P, SBA, YTD6),
            L("9%", 9, E, PCT, SBA + "_change", "1 January to 11 June 2026 vs the same stage of 2025 (more; Home Office figures)", occ=1),
            L("13,590", 13590, E, P, SBA, "1 January to 11 June 2025 (at this stage of 2025; Home Office figures)"),
            L("14.8k", 14800, E, P, SBA, "1 January to 11 June 2026 (so far this year; image caption)"),
            L("almost 1,000", 1000, ALM, P, "returns_france", "August 2025 to June 2026 (since the one in, one out arrangement started last August; the Home Office)"),
            V("Tens of thousands", 20000, 90000, P, SBA, "per year (still pouring across the Channel every year; a Reform UK spokesman)"),
            L("about 69,000", 69000, AP, P, AA, "January to December 2025 (last year)", geo="Greece"),
            L("more than six", 6, MT, R1K, A1K, "January to December 2025 (last year; for every 1,000 people living there)", geo="Greece"),
            L("more than 60,000", 60000, MT, P, "returns", "5 July 2024 to June 2026 (since 5 July 2024; a Government spokesman)"),
        ]),
    "07-penrith-pike-pa-asylum-claims-fall-eu-comparison": dict(
        meta=dict(url="https://www.penrithpike.example/news/national/asylum-claims-drop-for-the-first-time-in-three-years-5523117",
                  title="Asylum claims drop for the first time in three years, but Cumbria's share stays small",
                  publisher="Penrith Pike", author="Marcus Threlkeld-Adjei", published_date="2026-11-26"),
        labels=[
            L("98,700", 98700, E, P, AA, YS26),
            L("11%", -11, E, PCT, AAC, "year ending September 2026 vs the previous 12 months (down; Home Office statistics)"),
            L("110,900", 110900, E, P, AA, YS25b),
            L("2,340", 2340, E, P, "asylum_applications_revision", "July 2025 to June 2026 (the year to June; revised up by; Home Office statistics)"),
            L("104,520", 104520, E, P, AA, "July 2025 to June 2026 (the year to June, as revised; Home Office statistics)"),
            L("about 141", 141, AP, R100K, A100K, YS26[:-1] + "; for every 100,000 UK residents)"),
            L("552,000", 552000, E, P, AA, JS26, geo=EUP),
            L("9%", -9, E, PCT, AAC, "January to September 2026 vs January to September 2025 (a drop; EU Agency for Asylum)", geo=EUP),
            L("118,000", 118000, E, P, AA, JS26, geo=FR),
            L("87,500", 87500, E, P, AA, JS26, geo=DE),
            L("79,000", 79000, E, P, AA, JS26, geo=IT),
            L("about 5.4 million", 5400000, AP, P, "population", "November 2026 (Ireland's population)", geo=IE),
            L("12,100", 12100, E, P, AA, "January to September 2026 (the nine months)", geo=IE),
            L("19,400", 19400, E, P, "asylum_hotel_population", S26, occ=0),
            L("36,270", 36270, E, P, "asylum_hotel_population", "30 September 2025 (a year earlier; Home Office statistics)"),
            L("almost half", -50, ALM, PCT, "asylum_hotel_population_change", "30 September 2026 vs 30 September 2025 (a fall of)"),
            L("98,200", 98200, E, P, "asylum_support_population", S26),
            L("86,610", 86610, E, P, "asylum_support_population", S26, geo=ENG),
            L("5,210", 5210, E, P, "asylum_support_population", S26, geo=SCO),
            L("3,480", 3480, E, P, "asylum_support_population", S26, geo=WAL),
            L("2,900", 2900, E, P, "asylum_support_population", S26, geo=NI),
            L("44%", 44, E, PCT, GRANT, YS26),
            L("48%", 48, E, PCT, GRANT, "October 2024 to September 2025 (twelve months before; Home Office statistics)"),
            L("Some 37,800", 37800, AP, P, "returns", YS26[:-1] + "; returned in the year)"),
            L("12%", 12, E, PCT, "returns_change", "year ending September 2026 vs the previous year (up; the Home Office)"),
            L("more than 78,000", 78000, MT, P, "returns", "5 July 2024 to September 2026 (since 5 July 2024; removed or left voluntarily; the Home Office)"),
            L("20%", -20, E, PCT, SBA + "_change", "year ending September 2026 vs the previous year (fell; Home Office statistics)"),
            L("34,880", 34880, E, P, SBA, YS26),
            L("43,600", 43600, E, P, SBA, "October 2024 to September 2025 (the previous year; Home Office statistics)"),
            L("187,000", 187000, E, P, NM, "July 2025 to June 2026 (the year to June; ONS provisional estimate)"),
            L("296,000", 296000, E, P, NM, "July 2024 to June 2025 (a year before; ONS)"),
            L("almost 35,000", 35000, ALM, P, SBA, "October 2025 to September 2026 (still crossing the Channel in a year; Chris Philp, shadow home secretary)"),
            L("310", 310, E, P, DISP, "30 September 2026 (when September ended; Home Office statistics)", geo="Cumbria"),
            L("192", 192, E, P, DISP, "30 September 2026 (when September ended)", geo="Cumberland"),
            L("118", 118, E, P, DISP, "30 September 2026 (when September ended)", ctx="118 in Westmorland", geo=WF),
            L("about seven", 7, AP, RATE10K, DISPR, "30 September 2026 (for every 10,000 residents)", geo="Cumberland"),
            L("about five", 5, AP, RATE10K, DISPR, "30 September 2026 (for every 10,000 residents)", geo=WF),
            L("28", 28, E, RATE10K, DISPR, "30 September 2026 (per 10,000; the North West as a whole)", ctx="houses 28 per", geo="North West"),
            L("four times", 4, E, RATIO, DISPR + "_ratio", "30 September 2026 (the North West's rate against Cumberland's)", geo="North West"),
            L("Some 19,400", 19400, AP, P, "asylum_hotel_population", "30 September 2026 (when September ended; photo caption; the Home Office)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
