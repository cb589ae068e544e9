#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-ninety-ninth hand-labelled hold-out set (holdout199).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, NM)

UK, ENG, WAL, SCO, NI = "UK", "England", "Wales", "Scotland", "Northern Ireland"
VOTES, COUNCILS, HH, CPW = "other:votes", "other:councils", "other:households", "other:children_per_woman"
INQ, SUBS, SESS, MEMBERS = "other:inquiries", "other:submissions", "other:sessions", "other:members"
RATE10K, SEATS = "other:persons_per_10000_residents", "other:seats"
TWO3 = 200 / 3
ASP, HIU, PNC = "asylum_support_population", "asylum_hotels_in_use", "population_natural_change"
SGL = "asylum_support_population_share_glasgow"
WGS = "welsh_government_sanctuary_spending"

# 01 (Tuesday 19 March 2024; Senedd debate on Tuesday 19 March 2024; BBC Wales-style)
MIN1 = "Social Partnership Minister Delyth Caerwent-Okafor"
D23 = "31 December 2023 (the end of December; " + MIN1 + ")"
D22 = "31 December 2022 (twelve months earlier; " + MIN1 + ")"
VOTE1 = "19 March 2024 (Tuesday's Senedd vote)"
PLAID1 = "Siân Llanwrtyd-Mbeki MS, citing Welsh councils"
HO1 = "the Home Office"

# 02 (Thursday 12 September 2024; Holyrood debate on Wednesday 11 September 2024)
MIN2 = "Migration and Population Minister Ailsa Dunkeld-Ferreira"
Y23 = "mid-2022 to mid-2023 (the year to mid-2023; "
NRS = "National Records of Scotland"

# 03 (Wednesday 21 May 2025; Executive Office committee report published Tuesday 20 May 2025)
BEL = "Belfast"
CHAIR = "Declan Tullyhogue-Barros MLA, committee chair"
PD = "inadequately_documented_arrivals_belfast_ports"
REP3 = "the Executive Office committee's report"

# 04 (Tuesday 4 November 2025; Holyrood written answers; PA copy)
GLA = "Glasgow"
MIN4 = "Equalities Minister Lorna Balmaclellan-Opoku, written answer"
J25 = "30 June 2025 (the end of June; " + MIN4 + ")"

# 05 (Monday 2 February 2026; Express-style; Senedd written answers)
WA5 = "Senedd written answers to Bryn Cwmtwrch-Adeleke MS"
SIX = "April 2019 to March 2025 (2019-20 to 2024-25; " + WA5 + ")"
FY25 = "April 2024 to March 2025 (2024-25; " + WA5 + ")"
WGSP = "a Welsh Government spokesperson"

# 06 (Thursday 23 April 2026; Full Fact-style fact check)
REF6 = "Dafydd Gwaelod-Ibekwe, Reform UK candidate, claim"
PLC6 = "Plaid Cymru's leader, claim"
LAB6 = "Ffion Rhosili-Mwangi, Welsh Labour, claim"
M2124 = "mid-2021 to mid-2024 (over the three years; ONS mid-year estimates)"
D25 = "31 December 2025 (as 2025 ended; Home Office figures)"

# 07 (Thursday 12 November 2026; Economist-style)
YM25 = "mid-2024 to mid-2025 (the year to mid-2025)"
YJ26 = "30 June 2026 (in June)"
SWN = "Scotland, Wales and Northern Ireland"

ARTICLES = {
    "01-rhayader-kite-senedd-nation-of-sanctuary-debate": dict(
        meta=dict(url="https://www.rhayaderkite.example/news/wales-politics/senedd-backs-sanctuary-pledge-as-asylum-numbers-in-wales-rise-by-a-third-68412290",
                  title="Senedd backs sanctuary pledge as asylum numbers in Wales rise by a third",
                  publisher="Rhayader Kite", author="Gwenllian Trefriw-Adebayo", published_date="2024-03-19"),
        labels=[
            L("a third", THIRD, E, PCT, ASP + "_change", "December 2023 vs December 2022 (rise by, headline; " + MIN1 + ")", ctx="rise by a third", geo=WAL),
            L("3,460", 3460, E, P, ASP, "31 December 2023 (image caption; " + MIN1 + ")", ctx="members that 3,460", geo=WAL),
            L("a third", THIRD, E, PCT, ASP + "_change", "December 2023 vs December 2022 (grown by, in a year; " + MIN1 + ")", ctx="grown by a third", geo=WAL),
            L("38", 38, E, VOTES, "senedd_motion_votes_for", VOTE1, geo=WAL),
            L("15", 15, E, VOTES, "senedd_motion_votes_against", VOTE1, ctx="votes to 15", geo=WAL),
            L("five", 5, E, VOTES, "senedd_motion_abstentions", VOTE1, ctx="with five abstentions", geo=WAL),
            L("3,460", 3460, E, P, ASP, D23, ctx="Okafor said 3,460", geo=WAL),
            L("2,595", 2595, E, P, ASP, D22, ctx="against 2,595", geo=WAL),
            L("roughly 3%", 3, AP, PCT, ASP + "_share_wales", "31 December 2023 (Wales's share of everyone the Home Office supports across the UK; " + MIN1 + ")"),
            L("22", 22, E, COUNCILS, "asylum_dispersal_councils", "March 2024 (now; " + MIN1 + ")", ctx="all 22 of our", geo=WAL),
            L("four", 4, E, COUNCILS, "asylum_dispersal_councils", "2019 (five years ago; " + MIN1 + ")", ctx="only four of them", geo=WAL),
            L("about 60%", 60, AP, PCT, "asylum_dispersal_population_share_cardiff", "2019 (" + MIN1 + ")", geo=WAL),
            L("a little over 40%", 40, MT, PCT, "asylum_dispersal_population_share_cardiff", "March 2024 (now; " + MIN1 + ")", geo=WAL),
            L("3,120", 3120, E, P, "immigration_ukraine_supersponsor", "March 2022 to March 2024 (since March 2022; " + MIN1 + ")", ctx="brought 3,120", geo=WAL),
            L("fewer than 250", 250, LT, P, "ukrainian_welcome_accommodation_population", "March 2024 (still in welcome centres and other short-term housing; " + MIN1 + ")", geo=WAL),
            L("£39.6m", 39600000, E, GBP, "welsh_government_ukraine_supersponsor_spending", "April 2023 to March 2024 (2023-24; " + MIN1 + ")", geo=WAL),
            L("36%", -36, E, PCT, "welsh_government_ukraine_supersponsor_spending_change", "2023-24 vs 2022-23 (down on the year before; " + MIN1 + ")", geo=WAL),
            V("tens of millions", 20000000, 90000000, GBP, WGS, "2019 to March 2024 (the policy's cost; Rhodri Pencader-Lindqvist MS, Welsh Conservatives)", geo=WAL),
            L("486", 486, E, HH, "refugee_households_temporary_accommodation", "April 2023 to January 2024 (2023/24 up to January; " + PLAID1 + ")", geo=WAL),
            L("nearly double", 2, ALM, RATIO, "refugee_households_temporary_accommodation_ratio", "2023/24 to January vs the whole of 2022/23 (" + PLAID1 + ")", geo=WAL),
            L("250", 250, E, HH, "refugee_households_temporary_accommodation", "April 2022 to March 2023 (the whole of 2022/23; " + PLAID1 + ")", ctx="the 250 recorded", geo=WAL),
            L("One in five", 20, E, PCT, "refugee_families_share_temporary_accommodation", "March 2024 (families the MS meets at surgeries; Siân Llanwrtyd-Mbeki MS)", geo="Swansea"),
            L("14", 14, E, HOTELS, HIU, "31 December 2023 (the end of last year; " + HO1 + ")", ctx="There were 14 hotels", geo=WAL),
            L("21", 21, E, HOTELS, HIU, "summer 2023 (in the summer; " + HO1 + ")", ctx="from 21 in", geo=WAL),
            L("3,460", 3460, E, P, ASP, "31 December 2023 (ASYLUM IN WALES box; Home Office)", ctx="December 2023: 3,460", geo=WAL),
            L("2,595", 2595, E, P, ASP, "31 December 2022 (2022, ASYLUM IN WALES box; Home Office)", ctx="(2022: 2,595)", geo=WAL),
            L("22", 22, E, COUNCILS, "asylum_dispersal_councils", "March 2024 (ASYLUM IN WALES box; Welsh Government)", ctx="all 22\n", geo=WAL),
            L("3,120", 3120, E, P, "immigration_ukraine_supersponsor", "March 2022 to March 2024 (since March 2022, ASYLUM IN WALES box; Welsh Government)", ctx="March 2022: 3,120", geo=WAL),
        ]),
    "02-perth-peregrine-holyrood-population-strategy-debate": dict(
        meta=dict(url="https://www.perthperegrine.example/politics/holyrood/msps-clash-over-working-age-target-as-scotlands-population-hits-a-record-549m-5173340",
                  title="MSPs clash over working-age target as Scotland's population hits a record 5.49m",
                  publisher="Perth Peregrine", author="Calum Strathbraan-Oduya", published_date="2024-09-12"),
        labels=[
            L("5.49m", 5490000, E, P, "population", "mid-2023 (a record, headline; " + NRS + ")", occ=0, geo=SCO),
            V("tens of thousands", 20000, 90000, P, "population_working_age_growth_needed", "September 2024 to about 2044 (over the next two decades; " + MIN2 + ")", geo=SCO),
            L("5.49m", 5490000, E, P, "population", "mid-2023 (a record, in the year to mid-2023; " + MIN2 + ")", occ=1, geo=SCO),
            L("42,300", 42300, E, P, "population_growth", Y23 + "higher than a year earlier; " + NRS + ")", geo=SCO),
            L("16,900", -16900, E, P, PNC, Y23 + "more deaths than births over the 12 months; " + NRS + ")", ctx="were 16,900 more deaths", geo=SCO),
            L("59,200", 59200, E, P, NM, Y23 + NRS + ")", ctx="net migration of 59,200", geo=SCO),
            L("around 54,000", -54000, AP, P, "population_working_age_projection_change", "2024 to 2045 (projected fall if nothing changes; " + MIN2 + ")", geo=SCO),
            L("about 3.1", 3.1, AP, RATIO, "working_age_per_pensioner_ratio", "September 2024 (today; " + MIN2 + ")", geo=SCO),
            L("2.5", 2.5, E, RATIO, "working_age_per_pensioner_ratio", "about 2044 (within twenty years on current trends; " + MIN2 + ")", geo=SCO),
            L("1%", 1, E, PCT, "population_working_age_target_change", "2024 to about 2034 (target over the next decade; " + MIN2 + ")", geo=SCO),
            L("nearly four in five", 80, ALM, PCT, "immigration_share_uk_visa_system", "September 2024 (people moving to Scotland from overseas; " + MIN2 + ")", geo=SCO),
            L("1.30", 1.30, E, CPW, "total_fertility_rate", "January to December 2022 (2022; " + NRS + ")", geo=SCO),
            L("2,140", 2140, E, INQ, "talent_attraction_service_inquiries", "2023 to 2024 (its first 12 months; Talent Attraction and Migration Service)", geo=SCO),
            L("£1.4m", 1400000, E, GBP, "talent_attraction_service_cost", "2023 to 2024 (its first 12 months; Talent Attraction and Migration Service)", geo=SCO),
            L("about 7%", 7, AP, PCT, "immigration_share_scotland", "September 2024 (people coming to the UK from abroad who settle in Scotland; Fergus Glenshee-Abara MSP)"),
            L("more than 8%", 8, MT, PCT, "population_share_scotland_of_uk", "September 2024 (Fergus Glenshee-Abara MSP)"),
            L("4%", -4, E, PCT, "population_working_age_change", "2011 to 2024 (since 2011; fallen by; Morag Inchture-Lindgren MSP)", geo="Highlands and Islands"),
            L("about 1,200", -1200, AP, P, "population_working_age_change", "2011 to 2024 (since 2011; had lost; Morag Inchture-Lindgren MSP)", geo="Na h-Eileanan Siar"),
            L("about one in three", THIRD, AP, PCT, "care_homes_share_recruited_staff_abroad", "2023 (last year; care homes in his region; Ruaridh Methven-Asare MSP)", geo=SCO),
            L("66", 66, E, VOTES, "holyrood_motion_votes_for", "11 September 2024 (decision time)", geo=SCO),
            L("55", 55, E, VOTES, "holyrood_motion_votes_against", "11 September 2024 (decision time)", ctx="votes to 55", geo=SCO),
            L("5,490,100", 5490100, E, P, "population", "mid-2023 (SCOTLAND IN NUMBERS box; " + NRS + ")", geo=SCO),
            L("-16,900", -16900, E, P, PNC, Y23 + "births minus deaths, SCOTLAND IN NUMBERS box; " + NRS + ")", geo=SCO),
            L("59,200", 59200, E, P, NM, Y23 + "SCOTLAND IN NUMBERS box; " + NRS + ")", ctx="Net migration: 59,200", geo=SCO),
        ]),
    "03-antrim-harrier-stormont-committee-common-travel-area": dict(
        meta=dict(url="https://www.antrimharrier.example/news/politics/stormont-committee-warns-executive-has-no-plan-for-asylum-as-belfast-port-detections-rise-20-4029117",
                  title="Stormont committee warns Executive 'has no plan' for asylum as Belfast port detections rise 20%",
                  publisher="Antrim Harrier", author="Aoife Crumlin-Haddad", published_date="2025-05-21"),
        labels=[
            L("20%", 20, E, PCT, PD + "_change", "2024 vs 2023 (rise, headline; Operation Gull)", ctx="detections rise 20%", geo=BEL),
            L("a fifth", 20, E, PCT, PD + "_change", "2024 vs 2023 (risen by, in a year; Operation Gull)", geo=BEL),
            L("seven", 7, E, VOTES, "committee_report_votes_for", "May 2025 (agreed by; " + REP3 + ")", ctx="by seven of", geo=NI),
            L("nine", 9, E, MEMBERS, "committee_members", "May 2025 (the Executive Office committee)", ctx="committee's nine members", geo=NI),
            L("two", 2, E, VOTES, "committee_report_votes_against", "May 2025 (the two DUP members voting against; " + REP3 + ")", ctx="the two DUP", geo=NI),
            L("1,150", 1150, E, P, PD, "January to December 2024 (2024; Home Office Immigration Enforcement and the PSNI, Operation Gull)", geo=BEL),
            L("20%", 20, E, PCT, PD + "_change", "2024 vs 2023 (up on; Operation Gull)", ctx="up 20% on", geo=BEL),
            L("958", 958, E, P, PD, "January to December 2023 (2023; Operation Gull)", geo=BEL),
            L("41", 41, E, SUBS, "committee_written_submissions", "to May 2025 (the inquiry; " + CHAIR + ")", ctx="from 41 written", geo=NI),
            L("nine", 9, E, SESS, "committee_evidence_sessions", "to May 2025 (the inquiry; " + CHAIR + ")", ctx="and nine evidence", geo=NI),
            L("About 70%", 70, AP, PCT, "asylum_support_population_share_belfast", "May 2025 (housed in Belfast; " + CHAIR + ")", geo=NI),
            L("2,310", 2310, E, P, ASP, "31 December 2024 (when December ended; Home Office figures quoted in " + REP3 + ")", geo=NI),
            L("about 2%", 2, AP, PCT, ASP + "_share_northern_ireland", "31 December 2024 (Northern Ireland's share of the UK total; Home Office figures quoted in " + REP3 + ")"),
            L("110,500", 110500, E, P, ASP, "31 December 2024 (the UK total; Home Office figures quoted in " + REP3 + ")"),
            L("around a third", THIRD, AP, PCT, "asylum_support_share_initial_accommodation", "31 December 2024 (in hotels or other initial accommodation; " + REP3 + ")", geo=NI),
            L("more than 80%", 80, MT, PCT, "asylum_applications_share_via_northern_ireland", "2024 (the Irish Government's claim last year, cited in " + REP3 + ")", geo="Ireland"),
            L("18,560", 18560, E, P, "asylum_applications", "January to December 2024 (2024; international protection applications; Dublin's own figures)", geo="Ireland"),
            L("41%", 41, E, PCT, "asylum_applications_change", "2024 vs 2023 (up on the year before; Dublin's own figures)", geo="Ireland"),
            L("about one in four", 25, AP, PCT, "refugees_homeless_after_leaving_asylum_support_share", "January to December 2024 (last year; presented as homeless within a month; Orla Carnlough-Mensah MLA, citing evidence to the committee)", geo=BEL),
            L("1.92m", 1920000, E, P, "population", "mid-2023 (NISRA)", geo=NI),
            L("about 8,600", 8600, AP, P, NM, "mid-2022 to mid-2023 (the year to June; NISRA)", geo=NI),
        ]),
    "04-dumfries-merlin-pa-holyrood-written-answers-asylum": dict(
        meta=dict(url="https://www.dumfriesmerlin.example/news/scotland/more-than-two-thirds-of-scotlands-asylum-seekers-housed-in-glasgow-holyrood-told-7720185",
                  title="More than two-thirds of Scotland's asylum seekers housed in Glasgow, Holyrood told",
                  publisher="Dumfries Merlin", author="Isla Carsphairn-Nakamura", published_date="2025-11-04"),
        labels=[
            L("More than two-thirds", TWO3, MT, PCT, SGL, "30 June 2025 (headline; " + MIN4 + ")", occ=0, geo=SCO),
            L("More than two-thirds", TWO3, MT, PCT, SGL, "30 June 2025 (" + MIN4 + ")", occ=1, geo=SCO),
            L("5,870", 5870, E, P, ASP, J25, geo=SCO),
            L("4,010", 4010, E, P, ASP, J25, geo=GLA),
            L("about 68%", 68, AP, PCT, SGL, J25, geo=SCO),
            L("78%", 78, E, PCT, SGL, "June 2023 (two years earlier; " + MIN4 + ")", geo=SCO),
            L("12%", 12, E, PCT, ASP + "_change", "June 2025 vs June 2024 (up on; " + MIN4 + ")", geo=SCO),
            L("5,240", 5240, E, P, ASP, "30 June 2024 (June 2024; " + MIN4 + ")", geo=SCO),
            L("eight", 8, E, HOTELS, HIU, "November 2025 (still being used; written answer to Kirsty Glentrool-Ahmadi MSP)", ctx="said eight hotels", geo=SCO),
            L("17", 17, E, HOTELS, HIU, "2023 (the peak; written answer to Kirsty Glentrool-Ahmadi MSP)", ctx="from 17 at", geo=SCO),
            L("£2.2m", 2200000, E, GBP, "scottish_government_new_scots_funding", "April 2024 to March 2025 (2024-25; " + MIN4 + ")", geo=SCO),
            L("£2.4m", 2400000, E, GBP, "scottish_government_new_scots_funding", "April 2025 to March 2026 (this year, committed; " + MIN4 + ")", geo=SCO),
            L("1,860", 1860, E, P, ASP, "30 June 2025 (councils outside Glasgow; " + MIN4 + ")", geo="Scotland outside Glasgow"),
            L("29", 29, E, COUNCILS, "asylum_dispersal_councils", "November 2025 (agreed to take part in dispersal; COSLA)", geo=SCO),
            L("32", 32, E, COUNCILS, "local_authorities", "November 2025 (COSLA)", ctx="country's 32 local", geo=SCO),
            L("no more than £3,500", 3500, AM, GBP, "council_asylum_grant_per_dispersal_bed", "November 2025 (offered by the Home Office; COSLA)", geo=SCO),
            L("c. 120", 120, AP, P, ASP, "November 2025 (the council's own return)", geo="Dumfries and Galloway"),
            L("around 8", 8, AP, RATE10K, ASP + "_per_10000_residents", "November 2025 (the council's own return)", ctx="around 8 per", geo="Dumfries and Galloway"),
            L("about 64", 64, AP, RATE10K, ASP + "_per_10000_residents", "June 2025 (compared with)", geo=GLA),
            L("about one in five", 20, AP, PCT, "homelessness_presentations_share_refugees", "January to June 2025 (between January and June; Glasgow City Council)", geo=GLA),
            L("£13.5m", 13500000, E, GBP, "council_refugee_temporary_accommodation_cost", "April 2024 to March 2025 (2024-25; Glasgow City Council)", geo=GLA),
            L("almost three times", 3, ALM, RATIO, "council_refugee_temporary_accommodation_cost_ratio", "2024-25 vs 2022-23 (two years earlier; Glasgow City Council)", geo=GLA),
            L("110,880", 110880, E, P, ASP, "30 June 2025 (in June, UK-wide; Home Office figures)"),
            L("about 5.3%", 5.3, AP, PCT, ASP + "_share_scotland", "30 June 2025 (Scotland's share of the UK total; Home Office figures)"),
        ]),
    "05-the-sparrowhawk-nation-of-sanctuary-spending-written-answers": dict(
        meta=dict(url="https://www.thesparrowhawk.example/news/politics/labour-nation-of-sanctuary-bill-31m-free-bus-travel-asylum-seekers-2099461",
                  title="Labour's 'Nation of Sanctuary' bill hits £31m as Welsh taxpayers foot cost of free bus travel for asylum seekers",
                  publisher="The Sparrowhawk", author="Gareth Llandovery-Osei", published_date="2026-02-02"),
        labels=[
            L("£31m", 31000000, E, GBP, WGS, "2019-20 to 2024-25 (headline; " + WA5 + ")", geo=WAL),
            L("£31.2m", 31200000, E, GBP, WGS, "2019-20 to 2024-25 (since 2019, bullet point; " + WA5 + ")", occ=0, geo=WAL),
            L("£1.9m", 1900000, E, GBP, WGS + "_bus_travel_pilot", "April 2024 to March 2025 (last year, bullet point; " + WA5 + ")", occ=0, geo=WAL),
            L("58%", 58, E, PCT, WGS + "_change", "2024-25 vs 2019-20 (up in five years, bullet point; " + WA5 + ")", occ=0, geo=WAL),
            L("more than £31million", 31000000, MT, GBP, WGS, SIX, geo=WAL),
            L("£31.2m", 31200000, E, GBP, WGS, SIX, occ=1, geo=WAL),
            L("£4.1m", 4100000, E, GBP, WGS, "April 2019 to March 2020 (2019-20, the first year; " + WA5 + ")", geo=WAL),
            L("£6.5m", 6500000, E, GBP, WGS, FY25, geo=WAL),
            L("58%", 58, E, PCT, WGS + "_change", "2024-25 vs 2019-20 (an increase of; " + WA5 + ")", occ=1, geo=WAL),
            L("£11.7m", 11700000, E, GBP, WGS + "_council_grants", SIX, geo=WAL),
            L("well over a third", THIRD, MT, PCT, WGS + "_share_council_grants", SIX, geo=WAL),
            L("£1.9m", 1900000, E, GBP, WGS + "_bus_travel_pilot", FY25, occ=1, geo=WAL),
            L("£1.2m", 1200000, E, GBP, WGS + "_bus_travel_pilot", "the scheme's first full year (" + WA5 + ")", geo=WAL),
            L("£3.4m", 3400000, E, GBP, WGS + "_advice_service", SIX, geo=WAL),
            L("£0.8m", 800000, E, GBP, WGS + "_english_classes", SIX, geo=WAL),
            L("About 2,900", 2900, AP, P, "asylum_seekers_free_bus_travel_users", "per month (March 2025, by last March; " + WA5 + ")", geo=WAL),
            L("roughly four in five", 80, AP, PCT, "asylum_seekers_free_bus_travel_users_share", "March 2025 (of all asylum seekers housed in Wales; " + WA5 + ")", geo=WAL),
            L("tops £26billion", 26000000000, MT, GBP, "welsh_government_budget", "April 2025 to March 2026 (this year; " + WGSP + ")", geo=WAL),
            L("3,610", 3610, E, P, ASP, "30 September 2025 (the end of September; " + WGSP + ")", geo=WAL),
            L("3,460", 3460, E, P, ASP, "31 December 2023 (the end of 2023; " + WGSP + ")", geo=WAL),
            L("more than 40%", 40, MT, PCT, "employment_rate_refugees", "2022 to February 2026 (adults granted refugee status in Wales since 2022, now in work; " + WGSP + ")", geo=WAL),
            L("More than 41,000", 41000, MT, P, SBA, "January to December 2025 (last year)"),
            L("13%", 13, E, PCT, SBA + "_change", "2025 vs 2024 (up on the year before)"),
            L("£9.95", 9.95, E, GBP, "asylum_support_weekly_allowance_hotel", "per week (February 2026; asylum seekers in hotels; campaigners)"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week (February 2026; those in other accommodation; campaigners)"),
            L("96", 96, E, SEATS, "senedd_seats", "7 May 2026 (the Senedd election)", geo=WAL),
        ]),
    "06-tawny-check-senedd-election-migration-claims": dict(
        meta=dict(url="https://www.tawnycheck.example/fact-checks/elections-2026/three-senedd-campaign-claims-about-migration-and-population-checked",
                  title="Three Senedd campaign claims about migration and population, checked",
                  publisher="Tawny Check", author="Megan Abergwili-Santos", published_date="2026-04-23"),
        labels=[
            L("100,000", 100000, E, P, "population_growth", "three years to 2026 (claimed, in three years; " + REF6 + ")", ctx="grown by 100,000", geo=WAL),
            L("20,000", 20000, E, P, "population_working_age_growth_needed", "per year (claimed, every year; " + PLC6 + ")", ctx="needs 20,000", geo=WAL),
            L("less than 0.1%", 0.1, LT, PCT, "asylum_support_population_share_of_residents", "April 2026 (claimed; " + LAB6 + ")", occ=0, geo=WAL),
            L("a little over 0.1%", 0.1, MT, PCT, "asylum_support_population_share_of_residents", "December 2025 (the verdict; Tawny Check)", geo=WAL),
            L("100,000", 100000, E, P, "population_growth", "three years to 2026 (the claim, cross-head; " + REF6 + ")", ctx="\"100,000 in three years\"", geo=WAL),
            L("3,107,500", 3107500, E, P, "population", "mid-2021 (ONS)", geo=WAL),
            L("3,186,600", 3186600, E, P, "population", "mid-2024 (ONS)", geo=WAL),
            L("79,100", 79100, E, P, "population_growth", M2124, geo=WAL),
            L("100,000", 100000, E, P, "population_growth", "mid-2021 to mid-2024 (the claim, restated; " + REF6 + ")", ctx="did not grow by 100,000", geo=WAL),
            L("about 96,800", 96800, AP, P, "net_migration_international", M2124, geo=WAL),
            L("20,300", -20300, E, P, PNC, M2124 + " deaths outnumbered births", geo=WAL),
            L("2,600", 2600, E, P, "internal_migration_net", M2124 + " from the rest of the UK", geo=WAL),
            L("100,000", 100000, E, P, "population_growth", "mid-2021 to mid-2024 (the claim, restated; " + REF6 + ")", ctx="grew by 100,000", geo=WAL),
            L("20,000", 20000, E, P, "population_working_age_growth_needed", "per year (the claim, cross-head; " + PLC6 + ")", ctx="\"20,000 more", geo=WAL),
            L("around 4%", -4, AP, PCT, "population_working_age_projection_change", "over 25 years (low-migration scenario; ONS 2022-based projections)", geo=WAL),
            L("about 3,100", -3100, AP, P, "population_working_age_projection_change", "per year (low-migration scenario; ONS 2022-based projections)", geo=WAL),
            L("20,000", 20000, E, P, "population_working_age_growth_needed", "per year (the claim, compared; " + PLC6 + ")", ctx="rather than 20,000", geo=WAL),
            L("Less than 0.1%", 0.1, LT, PCT, "asylum_support_population_share_of_residents", "April 2026 (the claim, cross-head; " + LAB6 + ")", ctx="\"Less than 0.1%\"", geo=WAL),
            L("less than 0.1%", 0.1, LT, PCT, "asylum_support_population_share_of_residents", "April 2026 (said on Tuesday; " + LAB6 + ")", occ=1, geo=WAL),
            L("3,540", 3540, E, P, ASP, D25, geo=WAL),
            L("3.19m", 3190000, E, P, "population", "mid-2024 (ONS)", geo=WAL),
            L("about 0.11%", 0.11, AP, PCT, "asylum_support_population_share_of_residents", D25, geo=WAL),
            L("roughly one person in every 900", 100 / 900, AP, PCT, "asylum_support_population_share_of_residents", D25, geo=WAL),
            L("less than 0.1%", 0.1, LT, PCT, "asylum_support_population_share_of_residents", "December 2025 (the claim, restated; " + LAB6 + ")", occ=2, geo=WAL),
            L("2%", -2, E, PCT, ASP + "_change", "December 2025 vs September 2025 (down on; Home Office figures)", ctx="down 2%", geo=WAL),
            L("3,610", 3610, E, P, ASP, "30 September 2025 (the end of September; Home Office figures)", geo=WAL),
            L("about 3.4%", 3.4, AP, PCT, ASP + "_share_wales", D25 + " Wales's share of the UK total"),
            L("104,300", 104300, E, P, ASP, D25),
            L("96", 96, E, SEATS, "senedd_seats", "7 May 2026 (from this election)", geo=WAL),
            L("60", 60, E, SEATS, "senedd_seats", "1999 to May 2026 (up from)", geo=WAL),
        ]),
    "07-the-goshawk-devolved-nations-population-politics": dict(
        meta=dict(url="https://www.thegoshawk.example/britain/2026/11/12/three-nations-one-border-policy",
                  title="Three nations, one border policy",
                  publisher="The Goshawk", author=None, published_date="2026-11-12"),
        labels=[
            L("5.55m", 5550000, E, P, "population", "mid-2025 (cited by the first minister)", geo=SCO),
            L("about 45,600", 45600, AP, P, "births", YM25, geo=SCO),
            L("62,400", 62400, E, P, "deaths", YM25, geo=SCO),
            L("minus 16,800", -16800, E, P, PNC, YM25, geo=SCO),
            L("3.2m", 3200000, E, P, "population", "2025", geo=WAL),
            L("roughly 7,000", -7000, AP, P, PNC, YM25 + " deaths exceeded births", geo=WAL),
            L("1.93m", 1930000, E, P, "population", "2025", geo=NI),
            L("about 8,000", 8000, AP, P, PNC, "per year (about 2015, a decade ago)", geo=NI),
            L("c. 3,500", 3500, AP, P, PNC, "per year (2025, now)", geo=NI),
            L("38,400", 38400, E, P, NM, YM25 + " National Records of Scotland", geo=SCO),
            L("three-quarters", 75, E, PCT, "net_migration_share_international", YM25 + " came from overseas; National Records of Scotland", geo=SCO),
            L("35%", -35, E, PCT, NM + "_change", "year to mid-2025 vs year to mid-2024 (down on the year before; National Records of Scotland)", geo=SCO),
            L("4,100", 4100, E, P, NM + "_revision", "mid-2023 to mid-2024 (the year before, revised up by; National Records of Scotland)", geo=SCO),
            L("59,100", 59100, E, P, NM, "mid-2023 to mid-2024 (the year before, as revised; National Records of Scotland)", geo=SCO),
            L("211,000", 211000, E, P, NM, "July 2025 to June 2026 (the year ending June 2026; ONS)"),
            L("less than a quarter", 25, LT, PCT, "net_migration_share_of_peak", "year ending June 2026 vs year ending June 2023 (ONS)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the peak, three years earlier; ONS)"),
            V("tens of thousands", 20000, 90000, P, "immigration_care_workers", "2022 to 2025 (work visas for care staff)", geo="Scotland and Wales"),
            L("1%", 1, E, PCT, "population_working_age_target_change", "2026 to 2035 (Scottish Government target, by 2035)", geo=SCO),
            L("about 34,000", 34000, AP, P, "population_working_age_target_change", "2026 to 2035 (Scottish Government target, by 2035)", geo=SCO),
            L("12.9k", 12900, E, INQ, "talent_attraction_service_inquiries", "2023 to 2025 (its first two years; Talent Attraction and Migration Service)", geo=SCO),
            L("about £6.5m", 6500000, AP, GBP, WGS, "per year (Nation of Sanctuary schemes)", geo=WAL),
            L("about 17,000", 17000, AP, P, "asylum_applications", "January to December 2025 (last year; international protection applications)", geo="Ireland"),
            L("38", 38, E, P, "returns_to_ireland", "June to October 2026 (under the UK-Ireland returns agreement signed in June)"),
            L("6,050", 6050, E, P, ASP, YJ26, geo=SCO),
            L("3,720", 3720, E, P, ASP, YJ26, geo=WAL),
            L("2,490", 2490, E, P, ASP, YJ26, geo=NI),
            L("12,260", 12260, E, P, ASP, YJ26 + " together", geo=SWN),
            L("11.9%", 11.9, E, PCT, ASP + "_share_devolved_nations", YJ26 + " share of the UK total"),
            L("103,000", 103000, E, P, ASP, YJ26 + " across Britain and Northern Ireland"),
            L("11.2%", 11.2, E, PCT, ASP + "_share_devolved_nations", "June 2025 (a year earlier) share of the UK total"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
