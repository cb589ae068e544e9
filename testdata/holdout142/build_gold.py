#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-forty-second hand-labelled hold-out set (holdout142).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, HOT)

UK, ENG, WAL, SCO, NI, FR, EU = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France", "EU"
HOUSEHOLDS = "other:households"

# 01 (Saturday 7 February 2026; Home Office figures on foreign national offenders; a charter flight to Tirana on Thursday 5 February)
HO1 = "Home Office figures published February 2026"
FL1 = "Thursday 5 February 2026 (the charter flight to Tirana"
Y25 = "January to December 2025 ("
RFNO = "returns_foreign_national_offenders"
FNOC = "foreign_national_offenders_awaiting_removal_in_community"
S25 = "30 September 2025 (the end of September; "
PRIS = "early 2026 (now, the latest prison figures)"
ORR = "Malcolm Orrell, Border Integrity Forum"
# 02 (Saturday 15 August 2026; Home Office data on the Afghan schemes to the end of March 2026)
HOA = "Home Office data to the end of March 2026"
TOT2 = "April 2021 to 31 March 2026 (since the summer of 2021; "
ACRS2 = "January 2022 to 31 March 2026 ("
Y2 = "April 2025 to March 2026 (the 12 months to March; " + HOA
RAA = "resettlement_arrivals_afghan"
PLEDGE = "afghan_resettlement_pledge_people"
SHARE_PLEDGE = RAA + "_acrs_share_of_pledge"
MILLEN = "Sorcha Millen, Hearthstone Refugee Alliance"
# 03 (Thursday 26 February 2026; government figures on the Ukraine schemes)
HO3 = "government figures published February 2026"
ALL3 = "March 2022 to February 2026 (since the invasion; "
UKR = "immigration_ukraine"
VUK = "visas_granted_ukraine_schemes"
UPE = "ukraine_permission_extension"
UPE3 = "early 2025 to 31 January 2026 (the Ukraine Permission Extension, by the end of January; " + HO3 + ")"
# 04 (Thursday 9 April 2026; a report to Leeds councillors, Home Office and DfE figures)
RPT = "a report to Leeds City Council's scrutiny board"
NOW4 = "April 2026 (now; " + RPT + ")"
UCC = "unaccompanied_children_in_care"
NTS = "unaccompanied_children_national_transfer_scheme_threshold"
TRF = "unaccompanied_children_transferred"
GAP = "unaccompanied_children_care_funding_gap_per_night"
SHORT = "council_unaccompanied_children_cost_shortfall"
FY26 = "April 2025 to March 2026 (2025/26; "
SADIQ = "Councillor Maryam Sadiq, Leeds City Council"
LDS, BRD, KIR, YH = "Leeds", "Bradford", "Kirklees", "Yorkshire and the Humber"
# 05 (Tuesday 19 May 2026; Home Office figures on the UK-France returns deal released on Monday 18 May)
HO5 = "Home Office figures released Monday 18 May 2026"
SINCE5 = "18 September 2025 to 18 May 2026 (since the first flight in September; " + HO5
YTD5 = "1 January to 18 May 2026 (so far this year; " + HO5
SPOX5 = "a Home Office spokesman"
# 06 (Wednesday 30 September 2026; ONS revised mid-2024 estimates released on Tuesday 29 September)
ONS6 = "ONS revised estimates released Tuesday 29 September 2026"
MID24 = "30 June 2024 (mid-2024, as revised; " + ONS6 + ")"
YJ24 = "July 2023 to June 2024 (the year ending June 2024; " + ONS6
C21 = "21 March 2021 (the 2021 census)"
C11 = "27 March 2011 (the 2011 census)"
NMI, NC = "net_migration_international", "population_natural_change"
CARM, CERE = "Carmarthenshire", "Ceredigion"
# 07 (Thursday 21 May 2026; Britwire wire copy on the Home Office's quarterly statistics published on Thursday)
HO7 = "Home Office immigration statistics published Thursday 21 May 2026"
YM26 = "April 2025 to March 2026 (the year to March; " + HO7
YM25 = "April 2024 to March 2025 ("
END7 = "31 March 2026 (the end of March; " + HO7 + ")"
AA, BL, GR = "asylum_applications", "asylum_backlog", "asylum_grants_share_initial_decisions"

ARTICLES = {
    "01-daily-clincher-foreign-offenders-albania-flights": dict(
        meta=dict(url="https://www.dailyclincher.example/news/article-15502847/charter-jet-54-albanian-convicts-foreign-criminal-removals.html",
                  title="Charter jet flies 54 Albanian convicts home as foreign criminal removals jump by a fifth - yet 20,140 are STILL living freely on our streets",
                  publisher="Daily Clincher", author="Hugo Lasenby", published_date="2026-02-07"),
        labels=[
            L("54", 54, E, P, RFNO + "_albanian", FL1 + "; Albanian convicts flown home; headline)", occ=0),
            L("a fifth", 20, E, PCT, RFNO + "_change", "2025 vs 2024 (foreign criminal removals jump by; headline)", ctx="jump by a fifth"),
            L("20,140", 20140, E, P, FNOC, S25 + "STILL living freely on our streets; headline)", occ=0),
            L("5,630", 5630, E, P, RFNO, Y25 + "last year; removals of foreign offenders; standfirst)", occ=0),
            L("54", 54, E, P, RFNO + "_albanian", FL1 + "; Albanian criminals, landed in Tirana)", occ=1),
            L("more than 190 years", 190, MT, YEARS, "foreign_national_offenders_removed_sentences_total",
              FL1 + "; jail terms totalling, between the 54 on board)"),
            L("5,630", 5630, E, P, RFNO, Y25 + "deported from Britain in 2025; " + HO1 + ")", occ=1),
            L("21 per cent", 21, E, PCT, RFNO + "_change", "2025 vs 2024 (up on; " + HO1 + ")"),
            L("4,650", 4650, E, P, RFNO, "January to December 2024 (sent home in 2024; " + HO1 + ")"),
            L("1,190", 1190, E, P, RFNO + "_albanian", Y25 + "Albanians among the foreign offenders deported; " + HO1 + ")"),
            L("more than one in five", 20, MT, PCT, RFNO + "_share_albanian", Y25 + "Albanians' share of foreign offenders deported; " + HO1 + ")"),
            L("some 3,400", 3400, AP, P, RFNO + "_albanian", "December 2022 to February 2026 (since the returns agreement with Tirana; officials)"),
            L("20,140", 20140, E, P, FNOC, S25 + "told they would be deported, living in the community; " + HO1 + ")", occ=1),
            L("820", 820, E, P, FNOC + "_change", "30 September 2025 vs 30 September 2024 (more than a year earlier; " + HO1 + ")"),
            L("19,320", 19320, E, P, FNOC, "30 September 2024 (a year earlier; " + HO1 + ")"),
            L("1,260", 1260, E, P, FNOC + "_violent_sexual", S25 + "convicted of violent or sexual crimes; " + HO1 + ")"),
            L("roughly 6 per cent", 6, AP, PCT, FNOC + "_share_violent_sexual", S25 + "violent or sexual offenders' share of the total; " + HO1 + ")"),
            L("10,380", 10380, E, P, "prison_population_foreign_nationals", PRIS[:-1] + "; foreign nationals locked up)", geo=EW),
            L("12 per cent", 12, E, PCT, "prison_population_share_foreign_nationals", PRIS[:-1] + "; of all prisoners)", geo=EW),
            L("1,520", 1520, E, P, "prison_population_foreign_nationals_albanian", PRIS[:-1] + "; the biggest single group behind bars)", geo=EW),
            L("nearly three times", 3, ALM, RATIO, "prison_population_foreign_nationals_albanian_ratio", PRIS[:-1] + "; Albanian against Polish prisoners)", geo=EW),
            L("540", 540, E, P, "prison_population_foreign_nationals_polish", PRIS[:-1] + "; Polish nationals, who come next)", geo=EW),
            L("£53,000", 53000, E, GBP, "prison_place_cost_per_year", "per year, now (each prison place, on average)", geo=EW),
            L("about £80million", 80000000, AP, GBP, "foreign_national_prisoners_cost_albanian", "per year, now (Albanian inmates alone, annually)", geo=EW),
            L("410", 410, E, P, "foreign_national_offender_deportation_appeals_allowed", Y25 + "last year; foreign offenders who won appeals against deportation)"),
            L("Twenty thousand", 20000, E, P, FNOC, "February 2026 (foreign criminals strolling round our towns; the shadow home secretary)"),
            L("more than 5,600", 5600, MT, P, RFNO, Y25 + "last year; " + SPOX5 + ")"),
            L("about one in three", THIRD, AP, PCT, FNOC + "_share_over_5_years", "February 2026 (offenders in the community waiting more than five years to be removed; campaigners at the Border Integrity Forum)"),
            L("12,300", 12300, E, P, "small_boat_arrivals_albanian", "January to December 2022 (small boat arrivals from Albania; " + ORR + ")"),
            L("690", 690, E, P, "small_boat_arrivals_albanian", "January to December 2025 (just, last year; " + ORR + ")"),
            L("94 per cent", -94, E, PCT, "small_boat_arrivals_albanian_change", "2025 vs 2022 (a drop of; " + ORR + ")"),
        ]),
    "02-the-candour-afghan-resettlement-five-years": dict(
        meta=dict(url="https://www.thecandour.example/news/uk/home-news/afghan-resettlement-arap-acrs-kabul-five-years-b2871430.html",
                  title="Five years after Kabul fell, 37,630 Afghans have been brought to Britain - but thousands who were promised safety are still waiting",
                  publisher="The Candour", author="Priya Lindqvist", published_date="2026-08-15"),
        labels=[
            L("37,630", 37630, E, P, RAA, TOT2 + HOA + "; brought to Britain; headline)", occ=0),
            V("thousands", 2000, 9000, P, "arap_eligible_awaiting_relocation", "August 2026 (promised safety, still waiting; headline)", ctx="but thousands who"),
            L("41 per cent", -41, E, PCT, RAA + "_change", "year to March 2026 vs year to March 2025 (arrivals under the two main schemes dropped by; standfirst)"),
            L("up to 20,000", 20000, AM, P, PLEDGE, "from January 2022 (the pledge to resettle through the citizens' route, the ACRS; standfirst)", occ=0),
            L("less than three-quarters", 75, LT, PCT, SHARE_PLEDGE, ACRS2 + "the pledge is still less than three-quarters met; standfirst)"),
            L("Some 37,630", 37630, AP, P, RAA, TOT2 + HOA + "; relocated or resettled in the UK)"),
            L("23,450", 23450, E, P, RAA + "_arap", TOT2 + HOA + "; relocated under Arap)"),
            L("14,180", 14180, E, P, RAA + "_acrs", ACRS2 + "the remaining, arrived under the ACRS; " + HOA + ")", occ=0),
            L("Roughly 9,000", 9000, AP, P, RAA + "_acrs_operation_pitting", "August 2021 (counted under the ACRS, evacuated during Operation Pitting; " + HOA + ")"),
            L("about 15,000", 15000, AP, P, "afghan_evacuees_operation_pitting", "the final fortnight of August 2021 (flown out of Kabul by the airlift)"),
            L("up to 20,000", 20000, AM, P, PLEDGE, "from January 2022 (ministers said the ACRS would take, over the following years)", occ=1),
            L("14,180", 14180, E, P, RAA + "_acrs", ACRS2 + "four years on, it has reached; " + HOA + ")", occ=1),
            L("71 per cent", 71, E, PCT, SHARE_PLEDGE, ACRS2 + "of the 20,000 pledge; " + HOA + ")"),
            L("2,940", 2940, E, P, RAA, Y2 + "; arrived through the two schemes)"),
            L("4,980", 4980, E, P, RAA, "April 2024 to March 2025 (the year before; " + HOA + ")"),
            L("Nearly four times", 4, ALM, RATIO, RAA + "_arap_to_acrs_ratio", Y2 + "; as many came through Arap as through the ACRS)"),
            L("2,330", 2330, E, P, RAA + "_arap", Y2 + "; through Arap)"),
            L("610", 610, E, P, RAA + "_acrs", Y2 + "; through the ACRS)"),
            L("nearly 19,000", 19000, ALM, P, "arap_applicants_data_leaked", "February 2022 (Arap applicants whose details a defence official mistakenly leaked)"),
            L("6,480", 6480, E, P, RAA + "_response_route", "2024 to 31 March 2026 (brought to Britain under the Afghan Response Route by the end of March; the Ministry of Defence)"),
            R("between £600m and £850m", 600000000, 850000000, GBP, "afghan_response_route_cost", "the route's lifetime, from 2024 (its total cost has been put at)"),
            L("doubled", 2, E, RATIO, "afghan_households_homeless_ratio", "2025 vs 2024 (last year; Afghan households owed a homelessness duty by councils; government data)", geo=ENG),
            L("1,460", 1460, E, HOUSEHOLDS, "afghan_households_homeless", "January to December 2025 (last year; owed a homelessness duty by councils; government data)", geo=ENG),
            L("44 per cent", 44, E, PCT, "afghan_adults_share_in_work", "2026 (Afghan adults resettled since 2021, in paid work; a Home Office survey)"),
            L("75 per cent", 75, E, PCT, "employment_rate", "2026 (working-age adults across the UK as a whole; a Home Office survey)"),
            L("about 2,100", 2100, AP, P, "arap_eligible_awaiting_relocation", "August 2026 (found eligible for Arap, yet to travel, most in Pakistan; the MoD)"),
            L("more than 1.2m", 1200000, MT, P, "afghan_returns_from_pakistan", "late 2023 to August 2026 (pushed back over the border; UN agencies)", geo="Pakistan"),
            L("About one in five", 20, AP, PCT, "afghan_families_share_emergency_accommodation", "since arriving, to August 2026 (families the alliance works with who spent time in emergency accommodation; " + MILLEN + ")"),
            L("20,000", 20000, E, P, PLEDGE, "from January 2022 (the government promised places through the citizens' scheme; " + MILLEN + ")", ctx="promised 20,000 places"),
            L("three-quarters", 75, LT, PCT, SHARE_PLEDGE, "January 2022 to August 2026 (it has not yet reached three-quarters of that; " + MILLEN + ")", ctx="not yet reached three-quarters"),
            L("more than 37,000", 37000, MT, P, RAA, "summer 2021 to August 2026 (Afghans and their families relocated; an MoD spokesperson)"),
        ]),
    "03-public-airwaves-ukraine-visa-schemes-extension": dict(
        meta=dict(url="https://www.publicairwaves.example/news/articles/c7x2kq9m4e1o",
                  title="Ukraine schemes: Nearly 230,000 arrivals in four years as second extension opens",
                  publisher="Public Airwaves", author="Tamsin Oduya", published_date="2026-02-26"),
        labels=[
            L("Nearly 230,000", 230000, ALM, P, UKR, ALL3 + HO3 + "; arrivals in four years; headline)"),
            L("Almost 230,000", 230000, ALM, P, UKR, ALL3 + HO3 + "; fleeing the war, come to live in the UK)"),
            L("311,600", 311600, E, P, VUK, ALL3 + "visas issued under the Ukraine schemes; " + HO3 + ")"),
            L("229,400", 229400, E, P, UKR, ALL3 + "people who have arrived; " + HO3 + ")"),
            L("nearly three-quarters", 75, ALM, PCT, VUK + "_share_arrived", ALL3 + "of those granted a visa who have arrived; " + HO3 + ")"),
            L("239,200", 239200, E, P, VUK + "_homes_for_ukraine", ALL3 + "Homes for Ukraine visas; " + HO3 + ")"),
            L("171,300", 171300, E, P, UKR + "_homes_for_ukraine", ALL3 + "Homes for Ukraine arrivals; " + HO3 + ")"),
            L("72,400", 72400, E, P, VUK + "_family_scheme", "March 2022 to February 2024 (the Ukraine Family Scheme, closed to new applicants in February 2024; " + HO3 + ")"),
            L("58,100", 58100, E, P, UKR + "_family_scheme", "March 2022 to February 2026 (arrivals under the Ukraine Family Scheme; " + HO3 + ")"),
            L("142,800", 142800, E, P, UPE + "_applications", UPE3),
            L("126,400", 126400, E, P, UPE + "_decisions", UPE3[:-1] + "; decided so far)"),
            L("122,600", 122600, E, P, UPE + "_grants", UPE3[:-1] + "; granted)"),
            L("97%", 97, E, PCT, UPE + "_grants_share", UPE3[:-1] + "; of these, the decided applications)"),
            L("More than 9,400", 9400, MT, P, "ukraine_second_extension_applications", "Monday 23 to Wednesday 25 February 2026 (opened on Monday, applied by Wednesday evening; the Home Office)"),
            L("Some 8,100", 8100, AP, P, VUK, "January to December 2025 (new visas issued in 2025; " + HO3 + ")"),
            L("a third", -THIRD, E, PCT, VUK + "_change", "2025 vs 2024 (down on the year before; " + HO3 + ")", ctx="down a third on"),
            L("halved", -50, E, PCT, "homes_for_ukraine_host_households_change", "February 2024 to February 2026 (has halved in two years)", geo=ENG),
            L("about 11,300", 11300, AP, HOUSEHOLDS, "homes_for_ukraine_host_households", "February 2026 (households hosting Ukrainians, now)", geo=ENG),
            L("£350", 350, E, GBP, "homes_for_ukraine_thank_you_payment", "February 2026, per month (hosts receive as a thank you)"),
            L("more than 27,000", 27000, MT, P, UKR, ALL3 + "Scotland has welcomed, many through its super sponsor route)", geo=SCO),
            L("Around 8,000", 8000, AP, P, UKR, ALL3 + "settled in Wales)", geo=WAL),
            L("about 2,900", 2900, AP, P, UKR, ALL3 + "in Northern Ireland)", geo=NI),
            L("more than 4.2 million", 4200000, MT, P, "ukrainians_under_temporary_protection", "February 2026 (Ukrainians with temporary protection across the EU)", geo=EU),
            L("about one in five", 20, AP, PCT, "emigration_share_ukraine_scheme_arrivals", ALL3 + "of those who came, have since left, most for Ukraine; the Home Office's estimate)"),
            L("61%", 61, E, PCT, "employment_rate_ukrainian_working_age", "latest survey, to February 2026, date not stated (working-age Ukrainians in work; an Office for National Statistics survey)"),
            L("about 4,000", 4000, AP, HOUSEHOLDS, "ukrainian_households_presented_homeless", "January to December 2025 (last year; approached councils as homeless; Sunflower Link)", geo=ENG),
            L("more than 300,000", 300000, MT, P, VUK, ALL3 + "visas issued to Ukrainians; a government spokesperson)"),
        ]),
    "04-wharfe-weaver-leeds-unaccompanied-children-transfer-scheme": dict(
        meta=dict(url="https://www.wharfeweaver.example/news/politics/council/leeds-149-unaccompanied-asylum-seeking-children-national-transfer-scheme-5588120",
                  title="Leeds now caring for 149 lone child asylum seekers as national transfers climb by a fifth",
                  publisher="Wharfe Weaver", author="Joel Ackroyd", published_date="2026-04-09"),
        labels=[
            L("149", 149, E, P, UCC, NOW4[:-1] + "; lone child asylum seekers; headline)", occ=0, geo=LDS),
            L("a fifth", 20, E, PCT, TRF + "_change", "2025 vs 2024 (national transfers climb by; headline)", ctx="climb by a fifth"),
            L("£69", 69, E, GBP, GAP, "2025/26, per night (the gap in Home Office funding; standfirst)", occ=0, geo=LDS),
            L("£3.4m", 3400000, E, GBP, SHORT, FY26 + "last year, out of pocket; standfirst)", occ=0, geo=LDS),
            L("149", 149, E, P, UCC, NOW4[:-1] + "; children who came to the UK on their own and sought asylum)", occ=1, geo=LDS),
            L("around 176,000", 176000, AP, P, "population_aged_under_18", NOW4[:-1] + "; under-18s)", geo=LDS),
            L("176", 176, E, P, NTS, NOW4[:-1] + "; 0.1% of the child population, the threshold for Leeds)", geo=LDS),
            L("roughly 85%", 85, AP, PCT, UCC + "_share_of_nts_threshold", NOW4[:-1] + "; Leeds is now at, of its threshold)", geo=LDS),
            L("131", 131, E, P, UCC, NOW4[:-1] + "; in its care)", geo=BRD),
            L("152", 152, E, P, NTS, NOW4[:-1] + "; its threshold)", geo=BRD),
            L("118", 118, E, P, UCC, NOW4[:-1] + "; caring for)", geo=KIR),
            L("21", 21, E, P, UCC + "_above_nts_threshold", NOW4[:-1] + "; already over its figure)", geo=KIR),
            L("97", 97, E, P, NTS, NOW4[:-1] + "; its figure)", geo=KIR),
            L("1,020", 1020, E, P, UCC, "31 March 2025 (the latest count; unaccompanied asylum-seeking children in council care)", geo=YH),
            L("870", 870, E, P, UCC, "31 March 2023 (two years earlier)", geo=YH),
            L("1,940", 1940, E, P, TRF, "January to December 2025 (transferred between councils under the scheme; Home Office figures)"),
            L("20%", 20, E, PCT, TRF + "_change", "2025 vs 2024 (up on; Home Office figures)"),
            L("1,620", 1620, E, P, TRF, "January to December 2024 (moved in 2024; Home Office figures)"),
            L("84%", 84, E, PCT, "unaccompanied_children_share_transferred_within_10_working_days", "January to December 2025 (of these, the 1,940 transferred, moved within ten working days; Home Office figures)"),
            L("6,870", 6870, E, P, UCC, "31 March 2025 (Department for Education data)", geo=ENG),
            L("7%", -7, E, PCT, UCC + "_change", "31 March 2025 vs 31 March 2024 (down on; Department for Education data)", geo=ENG),
            L("7,380", 7380, E, P, UCC, "31 March 2024 (a year earlier; Department for Education data)", geo=ENG),
            L("£143", 143, E, GBP, "home_office_funding_uasc_per_night", "April 2026, per night (a council receives for every unaccompanied child in its care)", occ=0),
            L("£212", 212, E, GBP, "unaccompanied_children_care_cost_per_night", "2025/26, per night (the average cost of a placement in Leeds; " + RPT + ")", occ=0, geo=LDS),
            L("£69", 69, E, GBP, GAP, "2025/26, per night (leaving a shortfall of; " + RPT + ")", occ=1, geo=LDS),
            L("£3.4m", 3400000, E, GBP, SHORT, FY26 + "children's services short; " + RPT + ")", occ=1, geo=LDS),
            L("£2.1m", 2100000, E, GBP, SHORT, "April 2024 to March 2025 (2024/25; " + RPT + ")", geo=LDS),
            L("c. 600", 600, AP, P, "unaccompanied_children_care_leavers", NOW4[:-1] + "; care leavers who first came as unaccompanied children)", geo=LDS),
            L("£143", 143, E, GBP, "home_office_funding_uasc_per_night", "April 2026, per night (when the Government pays; " + SADIQ + ")", occ=1),
            L("£212", 212, E, GBP, "unaccompanied_children_care_cost_per_night", "April 2026, per night (a placement costs; " + SADIQ + ")", occ=1, geo=LDS),
            L("Seven", 7, E, P, "unaccompanied_children_missing_from_care", "January to December 2025 (last year; a separate report)", geo=BRD),
            L("Two", 2, E, P, "unaccompanied_children_missing_from_care_still_missing", "April 2026 (have not been found; a separate report)", geo=BRD),
        ]),
    "05-daily-forthright-france-returns-deal-so-far": dict(
        meta=dict(url="https://www.dailyforthright.example/news/politics/2187734/france-migrant-returns-deal-one-in-one-out-figures",
                  title="France migrant deal FLOP as just 1,460 sent back in eight months while 12.9k cross Channel this year",
                  publisher="Daily Forthright", author="Liam Treadgold", published_date="2026-05-19"),
        labels=[
            L("1,460", 1460, E, P, "returns", SINCE5 + "; sent back in eight months; headline)", occ=0, geo=FR),
            L("12.9k", 12900, E, P, SBA, YTD5 + "; cross Channel this year; headline)"),
            L("around one in 12", 100 / 12, AP, PCT, "returns_share_of_small_boat_arrivals", YTD5 + "; of the small boat migrants who reached Britain in 2026, shipped back; standfirst)"),
            L("1,460", 1460, E, P, "returns", SINCE5 + "; barely, removed under the deal)", occ=1, geo=FR),
            L("1,090", 1090, E, P, "returns", YTD5 + "; sent back to France)", geo=FR),
            L("370", 370, E, P, "returns", "18 September to 31 December 2025 (before the end of 2025; " + HO5 + ")", geo=FR),
            L("12,912", 12912, E, P, SBA, YTD5 + "; crossed the Channel in small boats over the same period)"),
            L("14 per cent", 14, E, PCT, SBA + "_change", "1 January to 18 May 2026 vs 1 January to 18 May 2025 (up on; " + HO5 + ")"),
            L("11,326", 11326, E, P, SBA, "1 January to 18 May 2025 (at this point last year; " + HO5 + ")"),
            L("612", 612, E, P, SBA, "Sunday 17 May 2026 (on Sunday alone)"),
            L("11", 11, E, BOATS, SBC, "Sunday 17 May 2026 (on Sunday alone)", ctx="in 11 boats"),
            L("8.4 per cent", 8.4, E, PCT, "returns_share_of_small_boat_arrivals", YTD5 + "; just, of this year's arrivals returned under the one in, one out agreement)"),
            L("1,210", 1210, E, P, "uk_france_legal_route_arrivals", SINCE5 + "; taken from France through the legal route set up under the treaty)"),
            L("250", 250, E, P, "uk_france_deal_net_removals", SINCE5 + "; a mere, more have left than have come in)"),
            L("about 42", 42, AP, P, "returns_france_weekly_average", "18 September 2025 to 18 May 2026, per week (removals have averaged since September)", geo=FR),
            L("150", 150, E, P, "returns_france_weekly_target", "summer 2026, per week (ministers say they want to reach by the summer)", geo=FR),
            L("around 50", 50, AP, P, "returns_france_weekly_initial_expected", "September 2025, per week (the pilot was originally expected to start at)", geo=FR),
            L("At least 23", 23, AL, P, "returns_france_redetected_crossing", SINCE5 + "; detected attempting the crossing a second time; officials)", geo=FR),
            L("more than 300", 300, MT, P, "returns_france_legal_challenges", SINCE5 + "; people chosen for removal who lodged legal challenges)"),
            L("about £18.6million", 18600000, AP, GBP, "returns_cost", SINCE5 + "; flights, escorts and detention, so far; the Home Office)", geo=FR),
            L("roughly £12,700", 12700, AP, GBP, "returns_deal_cost_per_return", SINCE5 + "; for every person sent back; the Home Office)", geo=FR),
            L("More than 41,000", 41000, MT, P, SBA, "January to December 2025 (crossed in 2025)"),
            L("more than 75,000", 75000, MT, P, SBA, "5 July 2024 to 18 May 2026 (the running total since 5 July 2024)"),
            L("nearly 12", 12, ALM, RATIO, "small_boat_arrivals_per_return_to_france_ratio", "2026 so far (for every migrant we send back, more land on our beaches; the shadow home secretary)"),
            L("More than 1,400", 1400, MT, P, "returns", "September 2025 to May 2026 (returned to France who would otherwise have stayed in the UK; " + SPOX5 + ")", geo=FR),
            L("tripled", 3, E, RATIO, "returns_france_monthly_ratio", "April 2026 vs January 2026 (monthly returns have tripled since January; " + SPOX5 + ")", geo=FR),
            L("95", 95, E, P, "returns", "January 2026 (monthly returns to France; " + SPOX5 + ")", geo=FR),
            L("290", 290, E, P, "returns", "April 2026 (monthly returns to France; " + SPOX5 + ")", geo=FR),
        ]),
    "06-dyfed-drum-wales-population-migration-census": dict(
        meta=dict(url="https://www.dyfeddrum.example/news/wales-news/wales-population-revised-up-11600-ons-migration-census-31177502",
                  title="Wales has 11,600 more people than official figures said, after migration estimates are revised",
                  publisher="Dyfed Drum", author="Ffion Treharne", published_date="2026-09-30"),
        labels=[
            L("11,600", 11600, E, P, "population_revision", "30 June 2024 (more people than official figures said; headline)", occ=0, geo=WAL),
            L("5,400", 5400, E, P, "net_migration_revision", YJ24 + "; net migration from overseas higher than first thought; standfirst)", occ=0, geo=WAL),
            L("3,199,400", 3199400, E, P, "population", MID24, geo=WAL),
            L("11,600", 11600, E, P, "population_revision", "30 June 2024 (revised up by, from the figure first published; " + ONS6 + ")", occ=1, geo=WAL),
            L("3,187,800", 3187800, E, P, "population", "30 June 2024 (as first published)", geo=WAL),
            L("29,300", 29300, E, P, NMI, YJ24 + "; as revised)", geo=WAL),
            L("5,400", 5400, E, P, "net_migration_revision", YJ24 + "; higher than originally estimated)", occ=1, geo=WAL),
            L("23,900", 23900, E, P, NMI, "July 2023 to June 2024 (the year ending June 2024, as originally estimated)", geo=WAL),
            R("between 24,000 and 34,000", 24000, 34000, P, NMI, YJ24 + "; the ONS's plausible range)", geo=WAL),
            L("7,700", -7700, E, P, NC, YJ24 + "; deaths outnumbered births by)", geo=WAL),
            L("6,200", 6200, E, P, "internal_migration_net", YJ24 + "; internal moves added a net, mostly from England)", geo=WAL),
            L("27,800", 27800, E, P, "population_growth", YJ24 + "; taken together, the population grew by)", geo=WAL),
            L("0.9%", 0.9, E, PCT, "population_change", YJ24 + ")", geo=WAL),
            L("61.8m", 61800000, E, P, "population", MID24, geo=EW),
            L("214,000", 214000, E, P, "population_revision", "30 June 2024 (revised up by; " + ONS6 + ")", geo=EW),
            L("more than £1bn", 1000000000, MT, GBP, "census_cost", "the 2031 census (the exercise is expected to cost)", geo=EW),
            L("3,107,500", 3107500, E, P, "population", C21, geo=WAL),
            L("6.9%", 6.9, E, PCT, "population_share_born_abroad", C21[:-1] + "; residents born in another country)", geo=WAL),
            L("538,300", 538300, E, P, "welsh_speakers", C21[:-1] + "; Welsh speakers aged three or over)", geo=WAL),
            L("17.8%", 17.8, E, PCT, "welsh_speakers_share", C21[:-1] + "; of people aged three or over)", geo=WAL),
            L("19.0%", 19.0, E, PCT, "welsh_speakers_share", C11[:-1] + "; a decade earlier)", geo=WAL),
            L("39.9%", 39.9, E, PCT, "welsh_speakers_share", C21, geo=CARM),
            L("43.9%", 43.9, E, PCT, "welsh_speakers_share", C11, geo=CARM),
            L("191,400", 191400, E, P, "population", "30 June 2024 (now estimated at; " + ONS6 + ")", geo=CARM),
            L("1,140", 1140, E, P, NMI, YJ24 + "; gained a net from abroad)", geo=CARM),
            L("1,020", -1020, E, P, NC, YJ24 + "; deaths exceeded births by)", geo=CARM),
            L("5.8%", -5.8, E, PCT, "population_change", "2011 census to 2021 census (shrank by)", geo=CERE),
            L("more than a quarter", 25, MT, PCT, "population_share_aged_65_and_over", "2026 (now; Dr Non Gwilym, Aberystwyth University)", geo="Ceredigion and Pembrokeshire"),
        ]),
    "07-wolds-wagoner-quarterly-immigration-statistics-year-to-march": dict(
        meta=dict(url="https://www.woldswagoner.example/news/national/26801193.asylum-claims-record-level-hotel-population-shrinks/",
                  title="Asylum claims at record level while hotel population shrinks by more than a fifth",
                  publisher="Wolds Wagoner", author="Rhys Pennock", published_date="2026-05-21"),
        labels=[
            L("more than a fifth", -20, MT, PCT, HOT + "_change", "31 March 2026 vs 31 March 2025 (hotel population shrinks by; headline)"),
            L("Some 112,960", 112960, AP, P, AA, YM26 + "; sought protection, the highest total since records began; standfirst)"),
            L("112,960", 112960, E, P, AA, YM26 + "; a record)", occ=1),
            L("3%", 3, E, PCT, AA + "_change", "year to March 2026 vs year to March 2025 (up on; " + HO7 + ")"),
            L("109,340", 109340, E, P, AA, YM25 + "the previous 12 months; " + HO7 + ")"),
            L("Some 41%", 41, AP, PCT, AA + "_share_small_boat_arrivals", YM26 + "; of those applying, had crossed the Channel in small boats)"),
            L("43,150", 43150, E, P, SBA, YM26 + ")"),
            L("16%", 16, E, PCT, SBA + "_change", "year to March 2026 vs year to March 2025 (up from; " + HO7 + ")"),
            L("37,200", 37200, E, P, SBA, YM25 + "the year to March 2025; " + HO7 + ")"),
            L("One in five", 20, E, PCT, "small_boat_arrivals_share_eritrean", YM26 + "; of those crossing, the largest single nationality)"),
            L("58,960", 58960, E, P, BL, END7[:-1] + "; people whose claims were still awaiting a first decision)"),
            L("35%", -35, E, PCT, BL + "_change", "31 March 2026 vs 31 March 2025 (down from; " + HO7 + ")"),
            L("90,700", 90700, E, P, BL, "31 March 2025 (twelve months before; " + HO7 + ")"),
            L("43%", 43, E, PCT, GR, YM26 + "; of those given a first decision, granted protection)"),
            L("47%", 47, E, PCT, GR, YM25 + "the previous year; " + HO7 + ")"),
            L("29,850", 29850, E, P, HOT, "31 March 2026 (hotels were housing, on 31 March; " + HO7 + ")"),
            L("22%", -22, E, PCT, HOT + "_change", "31 March 2026 vs 31 March 2025 (fewer than; " + HO7 + ")"),
            L("38,300", 38300, E, P, HOT, "31 March 2025 (a year before; " + HO7 + ")"),
            L("101,730", 101730, E, P, "asylum_support_population", END7),
            L("10%", 10, E, PCT, "returns_change", "year to March 2026 vs year to March 2025 (returns rose; " + HO7 + ")"),
            L("34,860", 34860, E, P, "returns", YM26 + "; over the year)"),
            L("9,870", 9870, E, P, "returns_enforced", YM26 + "; of them enforced)"),
            L("67%", -67, E, PCT, "visas_granted_health_care_worker_change", "year to March 2026 vs year to March 2025 (fell by; " + HO7 + ")"),
            L("9,240", 9240, E, P, "visas_granted_health_care_worker", YM26 + "; visas granted to health and care workers)"),
            L("2,180", 2180, E, P, "detention_population", END7[:-1] + "; held in immigration detention)"),
            L("1,240", 1240, E, P, "asylum_support_population", END7[:-1] + "; supported in Hull, council-area figures)", geo="Kingston upon Hull"),
            L("63", 63, E, P, "asylum_support_population", END7[:-1] + "; supported in the East Riding of Yorkshire, council-area figures)", geo="East Riding of Yorkshire"),
            L("More than a third", -THIRD, MT, PCT, BL + "_change", "July 2024 to March 2026 (since this government took over, of that pile has now been cleared; the border security minister)"),
            L("more than 100", 100, MT, HOTELS, "asylum_hotels_closed", "July 2024 to May 2026 (hotels no longer used for asylum; the border security minister)"),
            L("nearly 113,000", 113000, ALM, P, AA, YM26 + "; the highest number ever recorded, in a single year; the shadow home secretary)"),
            L("more than four in ten", 40, MT, PCT, GR, YM26 + "; people who received a decision, recognised as needing protection; Imran Dhillon, Open Door Refugee Network)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
