#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-thirty-second hand-labelled hold-out set (holdout132).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, HOTELS, THIRD,
                        E, AP, MT, LT, ALM, EW, SBA, NM, HOT)

UK, SCO, NI = "UK", "Scotland", "Northern Ireland"
HH, USD, SIGS = "other:households", "other:USD", "other:signatures"
TWO3 = 200 / 3

# 01 (Thursday 21 May 2026, live page closed 17.40; Home Office quarterly statistics released 09.30 that day,
#     year ending March 2026)
HO1 = "Home Office quarterly statistics published Thursday 21 May 2026"
YM26 = "April 2025 to March 2026 (the 12 months to March; " + HO1
YM25 = "April 2024 to March 2025 (the previous 12 months; " + HO1 + ")"
M26 = "31 March 2026 (at the end of March; " + HO1
CH1 = "year ending March 2026 vs year ending March 2025"
# 02 (Wednesday 10 June 2026; plans unveiled "last night", Tuesday 9 June 2026; Home Office figures for the year to March)
HOF = "Home Office figures"
Y26 = "April 2025 to March 2026 (the year to March; " + HOF
Y24 = "April 2023 to March 2024 (the 12 months before the rules changed in April 2024; " + HOF
CH2 = "year ending March 2026 vs year ending March 2024"
MIR = "family_visa_minimum_income_requirement"
PLAN = "from 1 October 2026 (plans unveiled by the Home Office on Tuesday 9 June 2026; a policy rate"
VAP = "visa_applications_family_partner"
VGP = "visas_granted_family_partner"
REF = "visa_applications_partner_refused_financial_requirement"
BELOW = "employees_share_earning_below_family_visa_threshold"
KAB = "Kin Across Borders analysis"
# 03 (Tuesday 14 April 2026; UK Government Homes for Ukraine visa data published the week before)
VD = "UK Government visa data published the week before Tuesday 14 April 2026"
SINCE3 = "March 2022 to March 2026 (since the scheme opened in March 2022; " + VD
HFU = "immigration_ukraine_homes_for_ukraine"
ABD, DUN = "Aberdeen", "Dundee"
YM26_3 = "April 2025 to March 2026 (the 12 months to March; " + VD + ")"
NOW3 = "April 2026 (now"
# 04 (Thursday 26 November 2026; ONS provisional estimates for the year to June 2026, released that day)
ONS4 = "ONS provisional estimates released Thursday 26 November 2026"
YJ26 = "July 2025 to June 2026 (the year to June 2026; " + ONS4
C25 = "January to December 2025 (calendar year 2025, as revised; " + ONS4
YJ23 = "July 2022 to June 2023 (the year ending June 2023"
CH4 = "year ending June 2026 vs year ending June 2025"
# 05 (Tuesday 8 September 2026; a Kent County Council paper for the cabinet meeting on Thursday 10 September 2026)
KCC = "Kent County Council cabinet paper for Thursday 10 September 2026"
YTD5 = "1 January to early September 2026 (so far this year; " + KCC
CH5 = "1 January to early September 2026 vs the equivalent period of 2025 ("
FY26 = "April 2025 to March 2026 (2025/26; " + KCC
KENT, DOV = "Kent", "Dover"
UAC = "unaccompanied_children"
# 06 (Tuesday 10 November 2026; a council report for Thursday 12 November 2026 using NISRA's mid-2025 estimates and
#     the 2021 census)
ABC, NMD, PTD = "Armagh City, Banbridge and Craigavon", "Newry, Mourne and Down", "Portadown"
NIS6 = "NISRA mid-2025 estimates, in a council report for Thursday 12 November 2026"
SINCE6 = "21 March 2021 to 30 June 2025 (since the 2021 census; " + NIS6
YM6 = "July 2024 to June 2025 (the year to mid-2025; " + NIS6 + ")"
MID25 = "30 June 2025 (mid-2025; " + NIS6
CEN = "21 March 2021 (the 2021 census"
BORN = "population_share_born_outside_uk_and_ireland"
# 07 (Tuesday 2 June 2026; Home Office data published 21 May 2026 for the year ending March 2026)
HO7 = "Home Office data published 21 May 2026"
YM7 = "April 2025 to March 2026 (the 12 months through March; " + HO7
YM7P = "April 2024 to March 2025 (a year earlier; " + HO7 + ")"
CH7 = "year ending March 2026 vs year ending March 2025"
VIC = "visas_granted_skilled_worker_information_communication"
VFI = "visas_granted_skilled_worker_finance_insurance"
VSW = "visas_granted_skilled_worker"
DFA = "Digital Firms Alliance survey"

ARTICLES = {
    "01-the-girandole-asylum-statistics-live": dict(
        meta=dict(url="https://www.thegirandole.example/uk-news/live/2026/may/21/asylum-claims-home-office-immigration-statistics-live",
                  title="Asylum claims fall 9% and waiting list shrinks by 45% as Home Office speeds up decisions – as it happened",
                  publisher="The Girandole", author="Ellen Varley-Osei, Tom Brandreth", published_date="2026-05-21"),
        labels=[
            L("9%", -9, E, PCT, "asylum_applications_change", CH1 + " (asylum claims fall; headline)", ctx="fall 9%"),
            L("45%", -45, E, PCT, "asylum_backlog_change", "31 March 2026 vs 31 March 2025 (waiting list shrinks by; headline)", ctx="shrinks by 45%"),
            L("38%", 38, E, PCT, "asylum_initial_decisions_change", CH1 + " (caseworkers deciding more claims; standfirst)", ctx="deciding 38% more"),
            L("98,700", 98700, E, P, "asylum_applications", YM26 + "; closing summary)", occ=0),
            L("9%", -9, E, PCT, "asylum_applications_change", CH1 + " (fewer than the year before; closing summary)", ctx="9% fewer"),
            L("131,200", 131200, E, P, "asylum_initial_decisions", YM26 + "; closing summary)", occ=0),
            L("58,400", 58400, E, P, "asylum_backlog", M26 + "; people waiting for an initial decision; closing summary)", occ=0),
            L("Fewer than half", 50, LT, PCT, "asylum_grants_share_initial_decisions", YM26 + "; closing summary)"),
            L("44%", 44, E, PCT, "asylum_grants_share_initial_decisions", YM26 + "; closing summary)"),
            L("57%", 57, E, PCT, "asylum_grants_share_initial_decisions", YM25),
            L("69,500", 69500, E, P, "asylum_backlog_appeals", M26 + "; the tribunal queue has reached)"),
            L("Nearly 70,000", 70000, ALM, P, "asylum_backlog_appeals", "21 May 2026 (appeals sitting with the tribunals now; the shadow home secretary)"),
            L("13,870", 13870, E, P, SBA, "1 January to 21 May 2026 (since New Year's Day; the shadow home secretary)"),
            L("£5.9bn", 5900000000, E, GBP, "asylum_cost", "January to December 2025 (the asylum bill hit, last year; the shadow home secretary)"),
            L("£290m", 290000000, E, GBP, "payment_to_rwanda", "April 2022 to July 2024 (Kigali had pocketed before Labour tore up the Rwanda deal; the shadow home secretary)", geo="Rwanda"),
            L("Roughly four in ten", 40, AP, PCT, "asylum_appeals_share_allowed", "no period stated (refusals that reach a judge are overturned; Mireille Adjei-Fontaine, Lanterne Refugee Network)"),
            L("187", 187, E, HOTELS, "asylum_hotels_in_use", "21 May 2026 (asylum seekers are now in; the Home Secretary)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "5 July 2024 (when Labour took office on 5 July 2024; the Home Secretary)"),
            L("about £3.8m", 3800000, AP, GBP, "asylum_cost_hotels", "per day, May 2026 (the daily hotel bill has fallen to; the Home Secretary)"),
            L("12,800", 12800, E, P, "asylum_applications_pakistani", YM26 + "; the most claims of any nationality)"),
            L("close to two in five", 40, ALM, PCT, "asylum_applications_share_small_boat", YM26 + "; of all claims lodged by small-boat arrivals)"),
            L("97%", 97, E, PCT, "asylum_grants_share_initial_decisions_sudanese", YM26 + "; Sudanese applicants successful at first decision)"),
            L("6%", 6, E, PCT, "asylum_grants_share_initial_decisions_pakistani", YM26 + "; Pakistanis successful at first decision)", ctx="in just 6%"),
            L("36,400", 36400, E, P, "returns", YM26 + "; returns of all kinds)"),
            L("13%", 13, E, PCT, "returns_change", CH1 + " (up on the year before)"),
            L("10,150", 10150, E, P, "returns_enforced", YM26 + "; enforced)"),
            L("more than seven in ten", 70, MT, PCT, "returns_share_voluntary", YM26 + "; voluntary departures)"),
            L("24,900", 24900, E, P, HOT, M26 + "; the hotel population when March ended)"),
            L("32,300", 32300, E, P, HOT, "31 December 2025 (" + HO1 + ")"),
            L("nearly a quarter", -25, ALM, PCT, HOT + "_change", "31 March 2026 vs 31 December 2025 (a drop over the quarter; " + HO1 + ")"),
            L("101,800", 101800, E, P, "asylum_support_population", M26 + "; receiving asylum support)"),
            L("98,700", 98700, E, P, "asylum_applications", YM26 + "; people claimed asylum; the figures post)", occ=1),
            L("108,500", 108500, E, P, "asylum_applications", YM25),
            L("38%", 38, E, PCT, "asylum_initial_decisions_change", CH1 + " (initial decisions rose)", ctx="rose 38%"),
            L("131,200", 131200, E, P, "asylum_initial_decisions", YM26 + "; the figures post)", occ=1),
            L("95,100", 95100, E, P, "asylum_initial_decisions", YM25),
            L("45%", -45, E, PCT, "asylum_backlog_change", "31 March 2026 vs 31 March 2025 (those awaiting a first decision fell)", ctx="fell 45%"),
            L("58,400", 58400, E, P, "asylum_backlog", M26 + "; awaiting a first decision; the figures post)", occ=1),
            L("106,200", 106200, E, P, "asylum_backlog", "31 March 2025 (in March 2025; " + HO1 + ")"),
            L("21,700", 21700, E, P, "asylum_backlog_waiting_over_6_months", M26 + "; waiting longer than six months)"),
            L("below 50,000", 50000, LT, P, "asylum_backlog_target", "by 31 December 2026 (the waiting list ministers have promised to bring below, by the end of 2026)"),
        ]),
    "02-daily-cockade-family-visa-income-threshold": dict(
        meta=dict(url="https://www.dailycockade.example/news/article-14820377/family-visa-applications-plunge-third-income-threshold-34500.html",
                  title="Family visa applications plunge by a THIRD since income rule was tightened - and now ministers want to raise the bar AGAIN to £34,500",
                  publisher="Daily Cockade", author="Harriet Kingsmill-Addo", published_date="2026-06-10"),
        labels=[
            L("a THIRD", -THIRD, E, PCT, VAP + "_change", CH2 + " (applications plunge by; headline)"),
            L("£34,500", 34500, E, GBP, MIR + "_planned", PLAN + "; headline)", occ=0),
            L("76,800", 76800, E, P, VAP, Y24 + "; partner applications from overseas; bullet)", occ=0),
            L("51,300", 51300, E, P, VAP, Y26 + "; bullet)", occ=0),
            L("£34,500", 34500, E, GBP, MIR + "_planned", PLAN + "; bullet)", occ=1),
            L("nearly half", 50, ALM, PCT, BELOW, "2026 (British workers who would fail the new £34,500 test; campaigners; bullet)"),
            L("£34,500", 34500, E, GBP, MIR + "_planned", PLAN + "; will have to earn at least)", occ=2),
            L("51,300", 51300, E, P, VAP, Y26 + "; applications from overseas for partner visas sank to)", occ=1),
            L("a third", -THIRD, E, PCT, VAP + "_change", CH2 + " (down a third on)", ctx="down a third on"),
            L("76,800", 76800, E, P, VAP, Y24 + ")", occ=1),
            L("44,600", 44600, E, P, VGP, Y26 + "; partner visas issued)"),
            L("28 per cent", -28, E, PCT, VGP + "_change", CH2 + " (fewer than two years ago)"),
            L("61,900", 61900, E, P, VGP, Y24 + "; handed out over the same period two years ago)"),
            L("more than doubled", 2, MT, RATIO, REF + "_ratio", CH2 + " (refusals on financial grounds)"),
            L("2,980", 2980, E, P, REF, Y24 + ")"),
            L("6,420", 6420, E, P, REF, Y26 + ")"),
            L("£18,600", 18600, E, GBP, MIR, "until April 2024 (for more than a decade; a policy rate, per year)"),
            L("£29,000", 29000, E, GBP, MIR, "since April 2024 (a policy rate, per year)"),
            L("£5,500", 5500, E, GBP, MIR + "_change", "from 1 October 2026 vs now (the new level is higher still; planned)"),
            L("19 per cent", 19, E, PCT, MIR + "_change", "from 1 October 2026 vs now (an increase of; planned)"),
            L("£102,250", 102250, E, GBP, "family_visa_savings_requirement", "from 1 October 2026 (couples who rely on savings will need; planned)"),
            L("£88,500", 88500, E, GBP, "family_visa_savings_requirement", "now, since April 2024 (up from; a policy rate)"),
            L("£1,938", 1938, E, GBP, "family_visa_application_fee", "June 2026 (applicants already pay; a policy rate)"),
            L("£1,035", 1035, E, GBP, "health_surcharge_annual_rate", "per year of stay, June 2026 (a policy rate)"),
            L("£34,500", 34500, E, GBP, MIR + "_planned", PLAN + "; Daniel Pryce-Hollis: at £34,500 I'll never make it)", occ=3),
            L("47 per cent", 47, E, PCT, BELOW, "2026 (UK employees earning below the proposed £34,500; " + KAB + ")"),
            L("38 per cent", 38, E, PCT, BELOW, "2026 (UK employees earning below the current £29,000; " + KAB + ")"),
            L("57 per cent", 57, E, PCT, BELOW + "_women", "2026 (women earning below the proposed £34,500; " + KAB + ")"),
            L("53 per cent", 53, E, PCT, BELOW, "2026 (workers in Wales earning below the proposed £34,500; " + KAB + ")", geo="Wales"),
            L("48.3k", 48300, E, SIGS, "petition_signatures", "9 to 10 June 2026 (a petition against the change launched by Kin Across Borders, since last night)"),
            L("more than half", 50, MT, PCT, BELOW, "2026 (workers in Northern Ireland who would fall short of £34,500; " + KAB + ")", geo=NI),
            L("Two in three", TWO3, E, PCT, "families_helped_by_charity_share_with_british_child", "2026 (families the group helps; Ruth Ansah-Milburn, Kin Across Borders)"),
            R("between £23,000 and £25,000", 23000, 25000, GBP, MIR + "_recommended", "2025 (last year; Migration Advisory Committee)"),
            L("£38,700", 38700, E, GBP, MIR + "_proposed", "no date stated (the bar the shadow home secretary wants; the level his party announced in 2023)"),
            L("203,000", 203000, E, P, NM, "January to December 2025 (figures last month, May 2026; the shadow home secretary citing ONS)"),
            L("About one in eight", 12.5, AP, PCT, "immigration_share_family_non_eu", "January to December 2025 (long-term arrivals from outside the EU last year who came on family routes)"),
        ]),
    "03-the-girnal-homes-for-ukraine-aberdeen-dundee": dict(
        meta=dict(url="https://www.thegirnal.example/news/aberdeen-aberdeenshire/6910442/homes-for-ukraine-aberdeen-dundee-arrivals-2026/",
                  title="More than 3,400 Ukrainians have come to Aberdeen under Homes for Ukraine - but the flow has slowed to a trickle",
                  publisher="The Girnal", author="Fiona Gauld-Petrenko", published_date="2026-04-14"),
        labels=[
            L("More than 3,400", 3400, MT, P, HFU, SINCE3 + "; headline)", geo=ABD),
            L("roughly one in eight", 12.5, AP, PCT, HFU + "_share_aberdeen", SINCE3 + "; Aberdeen's share of Scotland's arrivals; standfirst)", geo=ABD),
            L("1,100", 1100, MT, P, HFU, SINCE3 + "; Dundee's total passed; standfirst)", geo=DUN),
            L("3,410", 3410, E, P, HFU, SINCE3 + ")", geo=ABD),
            L("about 12%", 12, AP, PCT, HFU + "_share_aberdeen", SINCE3 + "; of those who have come to Scotland)", geo=ABD),
            L("27,640", 27640, E, P, HFU, SINCE3 + ")", geo=SCO),
            L("Nearly three-quarters", 75, ALM, PCT, "immigration_ukraine_supersponsor_share", SINCE3 + "; of Scotland's arrivals, super sponsor route)", geo=SCO),
            L("20,180", 20180, E, P, "immigration_ukraine_supersponsor", SINCE3 + ")", geo=SCO),
            L("1,180", 1180, E, P, HFU, SINCE3 + ")", geo=DUN),
            L("212", 212, E, P, HFU, YM26_3, geo=ABD),
            L("41%", -41, E, PCT, HFU + "_change", "year ending March 2026 vs year ending March 2025 (down on the year before)", geo=ABD),
            L("360", 360, E, P, HFU, "April 2024 to March 2025 (the year before; " + VD + ")", geo=ABD),
            L("halved", -50, E, PCT, HFU + "_change", "year ending March 2026 vs year ending March 2025 (Dundee's arrivals halved)", geo=DUN),
            L("74", 74, E, P, HFU, YM26_3, geo=DUN),
            L("around 2,100", 2100, AP, P, "ukrainians_resident", NOW3 + "; still living in the city; Aberdeen City Council estimate)", geo=ABD),
            L("about three in five", 60, AP, PCT, "ukrainians_resident_share_of_arrivals", NOW3 + "; of those who came, still in the city; Aberdeen City Council estimate)", geo=ABD),
            L("c. 600", 600, AP, P, "ukrainians_resident", NOW3 + "; Dundee City Council's figure)", geo=DUN),
            L("186", 186, E, HH, "homes_for_ukraine_host_households", NOW3 + "; households still hosting a Ukrainian guest)", geo=ABD),
            L("1,090", 1090, E, HH, "homes_for_ukraine_host_households", "autumn 2022 (at the peak)", geo=ABD),
            L("less than a fifth", 20, LT, PCT, "homes_for_ukraine_host_households_share_of_peak", NOW3 + " vs the peak in autumn 2022)", geo=ABD),
            L("£350", 350, E, GBP, "homes_for_ukraine_thank_you_payment", "per month, for a guest's first year in the UK (a policy rate)", geo=SCO),
            L("£500", 500, E, GBP, "homes_for_ukraine_thank_you_payment", "per month, after a guest's first year in the UK (a policy rate)", geo=SCO),
            L("£5,900", 5900, E, GBP, "homes_for_ukraine_council_tariff_per_guest", "guests who arrived after January 2023 (one-off; a policy rate)"),
            L("£10,500", 10500, E, GBP, "homes_for_ukraine_council_tariff_per_guest", "guests who arrived before January 2023 (the original tariff; a policy rate)"),
            L("£4.2m", 4200000, E, GBP, "council_ukraine_resettlement_spending", "April 2025 to March 2026 (2025/26; supporting Ukrainian families)", geo=ABD),
            L("£1.6m", 1600000, E, GBP, "council_ukraine_resettlement_spending_housing", "April 2025 to March 2026 (2025/26; on housing)", geo=ABD),
            L("nearly two-thirds", TWO3, ALM, PCT, "employment_rate_ukrainian_working_age", "2026 (working-age Ukrainians in the city in work; council survey)", geo=ABD),
            L("about one in ten", 10, AP, PCT, "ukrainians_in_work_share_energy_sector", "2026 (of those in work, in the energy sector; council survey)", geo=ABD),
            L("540", 540, E, P, "school_pupils_ukrainian", NOW3 + "; Ukrainian pupils in Aberdeen's schools)", geo=ABD),
            L("190", 190, E, P, "school_pupils_ukrainian", NOW3 + "; in Dundee's schools)", geo=DUN),
            L("more than 150", 150, MT, HH, "ukrainian_households_housing_waiting_list", NOW3 + "; Ukrainian households on the waiting list; Councillor Alasdair Brebner)", geo=ABD),
            L("1,260", 1260, E, P, "ukraine_permission_extension_applications", "to April 2026 (Ukrainians across Tayside who have applied to extend their stay; Tayside Ukrainian Hub)", geo="Tayside"),
            L("more than 27,000", 27000, MT, P, "immigration_ukraine", "March 2022 to April 2026 (people fleeing the war Scotland has welcomed; Scottish Government spokesperson)", geo=SCO),
        ]),
    "04-siskin-news-ons-net-migration-revisions-explainer": dict(
        meta=dict(url="https://www.siskinnews.example/news/articles/c7m2x04wq51o",
                  title="Net migration: Why does the official figure keep changing?",
                  publisher="Siskin News", author="Rhiannon Tuckwell-Asare", published_date="2026-11-26"),
        labels=[
            L("171,000", 171000, E, P, NM, YJ26 + ")"),
            L("255,000", 255000, E, P, NM, C25 + ")"),
            L("52,000", 52000, E, P, NM + "_revision", "January to December 2025 (higher than the number put out in May 2026; " + ONS4 + ")"),
            L("735,000", 735000, E, P, "immigration", YJ26 + "; an estimated, arrived)"),
            L("564,000", 564000, E, P, "emigration", YJ26 + "; departed)"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the year ending June 2025, as first published in November 2025; ONS)"),
            L("262,000", 262000, E, P, NM, "July 2024 to June 2025 (as revised, has since climbed to; " + ONS4 + ")"),
            L("35%", -35, E, PCT, NM + "_change", CH4 + " (the new provisional figure lower than a year earlier)"),
            L("672,000", 672000, E, P, NM, YJ23 + ", as originally published; ONS)"),
            L("234,000", 234000, E, P, NM + "_revision", YJ23 + "; revised up by; ONS)"),
            L("906,000", 906000, E, P, NM, YJ23 + ", as revised; ONS)"),
            L("Roughly a quarter", 25, AP, PCT, "net_migration_revision_share_of_revised_total", YJ23 + "; of the eventual total missing from the first estimate)"),
            L("61,000", 61000, E, P, "immigration_revision", "January to December 2025 (immigration revised up by; " + ONS4 + ")"),
            L("9,000", 9000, E, P, "emigration_revision", "January to December 2025 (emigration revised up by; " + ONS4 + ")"),
            L("About two-thirds", TWO3, AP, PCT, "immigration_revision_share_students", "January to December 2025 (of the extra arrivals, students and dependants who stayed longer; ONS)"),
            R("between 118,000 and 224,000", 118000, 224000, P, NM, YJ26 + "; where the real number probably lies)"),
            L("612,000", 612000, E, P, "immigration_non_eu", YJ26 + "; of the arrivals, non-EU nationals)"),
            L("About one in five", 20, AP, PCT, "immigration_share_study", YJ26 + "; of all immigrants came to study)"),
            L("178,000", 178000, E, P, "immigration_work_non_eu", YJ26 + "; came mainly for work)"),
            L("nearly a third", -THIRD, ALM, PCT, "immigration_work_non_eu_change", CH4 + " (down on the year before)"),
            L("79,000", -79000, E, P, "net_migration_british_nationals", YJ26 + "; a net outflow of British nationals)"),
            L("48,000", -48000, E, P, "net_migration_eu", YJ26 + "; departures exceeded arrivals among EU citizens)"),
            L("61.8 million", 61800000, E, P, "population", "30 June 2024 (mid-2024; ONS population estimates)", geo=EW),
            L("1.1%", 1.1, E, PCT, "population_change", "mid-2023 to mid-2024 (growth in a single year; ONS population estimates)", geo=EW),
            L("more than three-quarters", -75, MT, PCT, NM + "_change", "year ending June 2026 vs the peak, year ending June 2023 (ministers hailed a fall; the Home Secretary)"),
            L("a quarter of a million", 250000, E, P, NM, "January to December 2025 (the true figure for last year; the shadow home secretary)"),
            L("a quarter", 25, E, PCT, NM + "_revision", "January to December 2025 (higher than ministers were boasting about in May; the shadow home secretary)", ctx="- a quarter higher"),
            V("tens of thousands", 20000, 90000, P, NM + "_revision", "July 2025 to June 2026 (the first estimate will probably go up, possibly by; Professor Malcolm Dewhurst-Kaur, University of Wexcombe)"),
        ]),
    "05-the-hopbine-dover-unaccompanied-children-care-costs": dict(
        meta=dict(url="https://www.thehopbine.example/dover/news/lone-children-arriving-at-dover-up-20-as-kent-s-care-bill-passes-38m-318842/",
                  title="Lone children arriving at Dover up 20% as Kent's bill for their care passes £38m",
                  publisher="The Hopbine", author="Josh Ellingham-Dube", published_date="2026-09-08"),
        labels=[
            L("20%", 20, E, PCT, UAC + "_arrivals_change", CH5 + "lone children arriving at Dover; headline)", occ=0, geo=DOV),
            L("£38m", 38000000, MT, GBP, "council_" + UAC + "_cost", "April 2025 to March 2026 (Kent's bill for their care passes; headline)", geo=KENT),
            L("680", 680, E, P, UAC + "_in_care", "September 2026 (the council now looks after; standfirst)", occ=0, geo=KENT),
            L("nearly double", 2, ALM, RATIO, UAC + "_in_care_ratio", "September 2026 (against the number it considers safe; standfirst)", occ=0, geo=KENT),
            L("a fifth", 20, E, PCT, UAC + "_arrivals_change", CH5 + "risen by a fifth this year)", ctx="by a fifth", geo=DOV),
            L("1,640", 1640, E, P, UAC + "_arrivals", YTD5 + "; landed at the port)", geo=DOV),
            L("20%", 20, E, PCT, UAC + "_arrivals_change", CH5 + "a rise on the equivalent period of 2025; " + KCC + ")", occ=1, geo=DOV),
            L("1,520", 1520, E, P, "small_boat_arrivals_" + UAC, YTD5 + "; came by small boat)", geo=DOV),
            L("84%", 84, E, PCT, "small_boat_arrivals_" + UAC + "_share_aged_16_17", YTD5 + "; of these, aged 16 or 17)", geo=DOV),
            L("410", 410, E, P, UAC + "_arrivals_sudanese", YTD5 + ")", geo=DOV),
            L("350", 350, E, P, UAC + "_arrivals_eritrean", YTD5 + ")", ctx="Eritrean (350)", geo=DOV),
            L("230", 230, E, P, UAC + "_arrivals_afghan", YTD5 + ")", geo=DOV),
            L("1,180", 1180, E, P, UAC + "_transferred", "1 January to early September 2026 (since January, transferred under the National Transfer Scheme; " + KCC + ")", geo=KENT),
            L("71%", 71, E, PCT, UAC + "_share_transferred_within_target", "1 January to early September 2026 (of those transferred, within the 10-working-day target; " + KCC + ")", geo=KENT),
            L("680", 680, E, P, UAC + "_in_care", "September 2026 (currently in Kent's care; " + KCC + ")", occ=1, geo=KENT),
            L("nearly double", 2, ALM, RATIO, UAC + "_in_care_ratio", "September 2026 (against the 350 the authority says it can safely look after)", occ=1, geo=KENT),
            L("350", 350, E, P, UAC + "_safe_care_capacity", "September 2026 (the number the authority says it can safely look after)", ctx="the 350 the authority", geo=KENT),
            L("1,430", 1430, E, P, UAC + "_care_leavers", "September 2026 (former unaccompanied children supported as care leavers; " + KCC + ")", geo=KENT),
            L("£38.2m", 38200000, E, GBP, "council_" + UAC + "_cost", FY26 + ")", geo=KENT),
            L("twice", 2, E, RATIO, "council_" + UAC + "_cost_ratio", "2025/26 vs 2021/22 (four years earlier)", geo=KENT),
            L("£19.1m", 19100000, E, GBP, "council_" + UAC + "_cost", "April 2021 to March 2022 (four years earlier; " + KCC + ")", geo=KENT),
            L("£29.6m", 29600000, E, GBP, "home_office_funding_" + UAC, FY26 + "; Home Office grants covered)", geo=KENT),
            L("£8.6m", 8600000, E, GBP, "council_" + UAC + "_cost_shortfall", FY26 + "; the gap for council taxpayers)", occ=0, geo=KENT),
            L("£143", 143, E, GBP, "home_office_funding_uasc_per_night", "per night, September 2026 (the government pays for each child in care; a policy rate)"),
            L("£192", 192, E, GBP, UAC + "_care_cost_per_night", "per night, September 2026 (the true average cost, Kent says)", geo=KENT),
            L("£49", 49, E, GBP, UAC + "_care_funding_gap_per_night", "per night, September 2026 (a shortfall per child, Kent says)", geo=KENT),
            L("£285", 285, E, GBP, "home_office_funding_care_leavers_per_week", "per week, September 2026 (the grant for care leavers; a policy rate)"),
            L("37", 37, E, P, UAC + "_missing_from_care", "1 January to early September 2026 (since January, gone missing from the council's care; " + KCC + ")", geo=KENT),
            L("Eleven", 11, E, P, UAC + "_missing_from_care_still_missing", "September 2026 (still missing; " + KCC + ")", geo=KENT),
            L("£8.6m", 8600000, E, GBP, "council_" + UAC + "_cost_shortfall", "April 2025 to March 2026 (the council leader, Graham Sillitoe-Price)", occ=1, geo=KENT),
            L("1%", 1, E, PCT, "council_tax_rise_equivalent_of_shortfall", "2026 (the equivalent council tax rise; the council leader, Graham Sillitoe-Price)", geo=KENT),
            L("Roughly one in five", 20, AP, PCT, UAC + "_share_held_by_smugglers_over_a_year", "no period stated (Fatima Osei-Winterbourne, Weald Young Refugees Project, Folkestone)", geo=KENT),
            L("1,310", 1310, E, P, "age_assessments_found_adults", "January to December 2025 (last year; Home Office data)"),
            L("about half", 50, AP, PCT, "age_assessments_share_found_adults", "January to December 2025 (of all those assessed; Home Office data)"),
            L("27,480", 27480, E, P, SBA, "1 January to 8 September 2026 (small-boat arrivals this year)"),
            L("19,200", 19200, E, P, "small_boat_launch_attempts_stopped_people", "1 January to 8 September 2026 (would-be passengers stopped from launching this year, mostly near Calais and Dunkirk; French police)", geo="France"),
        ]),
    "06-the-bramley-census-population-newry-armagh": dict(
        meta=dict(url="https://www.thebramley.example/news/local/armagh/armagh-borough-adds-6700-people-since-census-4481206",
                  title="Armagh borough adds 6,700 people since census as newcomers fill the gap left by falling births",
                  publisher="The Bramley", author="Ciara Mullan-Oyelaran", published_date="2026-11-10"),
        labels=[
            L("6,700", 6700, E, P, "population_growth", SINCE6 + "; headline)", occ=0, geo=ABC),
            L("one in four", 25, E, PCT, BORN, CEN + "; residents in parts of Portadown born outside the UK and Ireland; standfirst)", occ=0, geo=PTD),
            L("3.1%", 3.1, E, PCT, "population_change", SINCE6 + ")", geo=ABC),
            L("225,400", 225400, E, P, "population", MID25 + ")", geo=ABC),
            L("6,700", 6700, E, P, "population_growth", SINCE6 + "; higher than on census day)", occ=1, geo=ABC),
            L("218,700", 218700, E, P, "population", CEN + ", census day)", geo=ABC),
            L("1.8%", 1.8, E, PCT, "population_change", SINCE6 + ")", geo=NMD),
            L("185,300", 185300, E, P, "population", MID25 + ")", geo=NMD),
            L("2.0%", 2.0, E, PCT, "population_change", SINCE6 + ")", geo=NI),
            L("2,640", 2640, E, P, "births", YM6, geo=ABC),
            L("1,980", 1980, E, P, "deaths", YM6, geo=ABC),
            L("660", 660, E, P, "population_natural_change", YM6, geo=ABC),
            L("1,240", 1240, E, P, "net_migration_international", YM6, geo=ABC),
            L("160", -160, E, P, "internal_migration_net", "July 2024 to June 2025 (lost a net to other parts of the UK; " + NIS6 + ")", geo=ABC),
            L("well over a thousand", 1000, MT, P, "population_natural_change", "about 2015 (ten years ago, per year; births outnumbered deaths by)", geo=ABC),
            L("8.9%", 8.9, E, PCT, BORN, CEN + ")", geo=ABC),
            L("6.5%", 6.5, E, PCT, BORN, CEN + ")", geo=NI),
            L("5.2%", 5.2, E, PCT, BORN, CEN + ")", geo=NMD),
            L("one in four", 25, E, PCT, BORN, CEN + "; in parts of Portadown and Craigavon the share reached)", occ=1, geo=PTD),
            L("Around 2,300", 2300, AP, P, "residents_main_language_portuguese", CEN + ")", geo=ABC),
            L("4,120", 4120, E, P, "school_pupils_newcomer", "November 2026 (now; Department of Education figures)", geo=ABC),
            L("nearly one in ten", 10, ALM, PCT, "school_pupils_newcomer_share", "November 2026 (of the total; Department of Education figures)", geo=ABC),
            L("nearly four times", 4, ALM, RATIO, "school_pupils_newcomer_ratio", "November 2026 vs about 2016 (as many as a decade ago; Department of Education figures)", geo=ABC),
            L("16.9%", 16.9, E, PCT, "population_share_aged_65_and_over", MID25 + ")", geo=ABC),
            L("15.8%", 15.8, E, PCT, "population_share_aged_65_and_over", CEN + ")", geo=ABC),
            L("790", 790, E, P, "population_growth", YM6, geo=NMD),
            L("1,940", 1940, E, P, "in_migration_from_outside_northern_ireland", YM6, geo=NMD),
            L("about two-fifths", 40, AP, PCT, "in_migration_from_outside_northern_ireland_share_republic_of_ireland", YM6, geo=NMD),
            L("more than half", -50, MT, PCT, "population_natural_change_change", "about 2015 to 2025 (the natural increase has fallen in a decade; Dr Aoife Hanratty-Osei, Ulster Population Studies Centre)", geo=ABC),
        ]),
    "07-tickerline-skilled-worker-visas-tech-finance": dict(
        meta=dict(url="https://www.tickerline.example/news/articles/2026-06-02/uk-tech-visas-slide-24-as-pay-floor-bites-while-finance-keeps-hiring",
                  title="UK Tech Visas Slide 24% as Pay Floor Bites, While Finance Keeps Hiring",
                  publisher="Tickerline", author="Anjali Whitcombe-Reyes, Tobias Fenwick", published_date="2026-06-02"),
        labels=[
            L("24%", -24, E, PCT, VIC + "_change", CH7 + " (tech visas slide; headline)", occ=0),
            L("11,240", 11240, E, P, VIC, YM7 + "; grants to IT workers; bullet)", occ=0),
            L("6%", 6, E, PCT, VFI + "_change", CH7 + " (banks and insurers took more visas; bullet)", occ=0),
            L("11,240", 11240, E, P, VIC, YM7 + "; main applicants in information and communication jobs)", occ=1),
            L("24%", -24, E, PCT, VIC + "_change", CH7 + " (a drop from a year earlier)", occ=1),
            L("14,790", 14790, E, P, VIC, YM7P),
            L("29%", -29, E, PCT, VIC + "_dependants_change", CH7 + " (family members accompanying them)"),
            L("9,870", 9870, E, P, VIC + "_dependants", YM7 + "; family members accompanying them)"),
            L("4,860", 4860, E, P, VFI, YM7 + "; financial and insurance firms obtained)"),
            L("6%", 6, E, PCT, VFI + "_change", CH7 + " (an increase of)", occ=1),
            L("31%", -31, E, PCT, VSW + "_change", CH7 + " (all sectors except health and care)"),
            L("58,300", 58300, E, P, VSW, YM7 + "; all sectors except health and care)"),
            L("84,500", 84500, E, P, VSW, YM7P),
            L("more than a quarter", 25, MT, PCT, VSW + "_share_tech_finance", YM7 + "; tech and finance together)"),
            L("around 70%", 70, AP, PCT, VSW + "_tech_finance_share_london", YM7 + "; visas in the two sectors going to London-based employers)", geo="London"),
            L("£41,700", 41700, E, GBP, "skilled_worker_salary_threshold", "since July 2025 (the general salary threshold; a policy rate, per year)"),
            L("$56,300", 56300, E, USD, "skilled_worker_salary_threshold", "since July 2025 (the general salary threshold in dollars; a policy rate, per year)"),
            L("32%", 32, E, PCT, "skills_charge_per_sponsored_worker_change", "December 2025 (the immigration skills charge went up in December)"),
            L("£1,320", 1320, E, GBP, "skills_charge_per_sponsored_worker", "per year, since December 2025 (larger firms, per sponsored worker; a policy rate)"),
            L("35%", 35, E, PCT, "employers_share_planning_to_move_roles_abroad", "May 2026 (members planning to move roles outside the UK within a year; " + DFA + ")"),
            L("22%", 22, E, PCT, "employers_share_planning_to_move_roles_abroad", "2025 (" + DFA + ")"),
            L("£63,400", 63400, E, GBP, "skilled_worker_median_salary_tech", "January to December 2025 (median pay on tech sponsorships last year; per year)"),
            L("410", 410, E, P, "firm_sponsored_workers", "January to December 2025 (Meridale Bank, a mid-sized lender)"),
            L("double", 2, E, RATIO, "firm_sponsored_workers_ratio", "2025 vs 2023 (Meridale Bank; the number two years earlier)"),
            L("about 89,000", 89000, AP, P, "eu_blue_cards_issued", "January to December 2025 (EU countries issued to highly skilled workers; Eurostat)", geo="EU"),
            L("18%", 18, E, PCT, "visas_granted_global_talent_change", CH7 + " (Global Talent visas rose)"),
            L("6,120", 6120, E, P, "visas_granted_global_talent", YM7 + "; period implied by the article)"),
            L("about 0.1 percentage point", -0.1, AP, PCT, "productivity_growth_forecast_change", "per year, until 2028 (knocked off UK productivity growth by the drop in skilled migration since 2024; Fenmarket Economics estimate)"),
            L("203,000", 203000, E, P, NM, "January to December 2025 (Office for National Statistics data)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
