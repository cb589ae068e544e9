#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the two-hundred-and-eighth hand-labelled hold-out set (holdout208).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, THIRD, SIXTH,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, NM)

UK, ENG, WAL, SCO, NI = "UK", "England", "Wales", "Scotland", "Northern Ireland"
NMR, NMC = "net_migration_revision", "net_migration_change"
IMM, EMI = "immigration", "emigration"
EBR, IBR, NBR = "emigration_british", "immigration_british", "net_migration_british_nationals"
NEU, NNEU = "net_migration_eu", "net_migration_non_eu"
VCW, VST, VSD = "visas_granted_care_worker", "visas_granted_study", "visas_granted_study_dependants"
POP, PGR, PCH = "population", "population_growth", "population_change"
NAT = "population_natural_change"
VAC, PROV, LIC, SIG, CA = "other:vacancies", "other:providers", "other:licences", "other:signatures", "other:council_areas"

# 01 (Friday 29 November 2024; fact check; "Thursday" is 28 November 2024, the ONS release; "May" is May 2024)
YJ23 = "July 2022 to June 2023 (the year ending June 2023"
YD23 = "January to December 2023 (calendar year 2023"
YJ24 = "July 2023 to June 2024 (the year ending June 2024"
CLAIM1 = "a single year under the Conservatives (net, in a single year under the Tories"
BOX1 = "; The figures box)"

# 02 (Tuesday 22 July 2025; PA copy; "today"/"Tuesday" is 22 July 2025, "last year" 2024, "this year" 2025)
SHR, CRA = "Shropshire", "Craven Arms"
Y23C = "January to December 2023 (2023, the route's peak; Home Office figures)"

# 03 (Thursday 27 November 2025; BBC-style; "the year to June" is the year ending June 2025; "May" is May 2025)
YJ25 = "July 2024 to June 2025 (the year to June 2025"
ONS3 = "; ONS provisional estimate)"

# 04 (Thursday 21 May 2026; Mail-style; "last year" is 2025; "last night" 20 May 2026; "on Monday" 18 May 2026)
Y25 = "January to December 2025 (2025, last year"
SHS = "; Octavia Quarrington-Bello, shadow home secretary)"

# 05 (Thursday 25 June 2026; NISRA mid-2025 estimates; the year to mid-2025 is July 2024 to June 2025)
MID25 = "30 June 2025 (mid-2025; NISRA)"
YR5 = "July 2024 to June 2025 (the year to mid-2025; NISRA"
MEA = "Mid and East Antrim"
BOX5 = "; NI at a glance box)"

# 06 (Wednesday 7 October 2026; NRS mid-2025 estimates published on Tuesday 6 October 2026)
MID25S = "30 June 2025 (mid-2025; National Records of Scotland)"
YR6 = "July 2024 to June 2025 (the year to mid-2025; National Records of Scotland"
YR6P = "July 2023 to June 2024 (the year before that; National Records of Scotland"
PK = "Perth and Kinross"
BOX6 = "; Scotland, mid-2025 box)"

# 07 (Thursday 26 November 2026; Economist-style; the ONS release of 26 November 2026)
YJ26 = "July 2025 to June 2026 (the year to June 2026"
C1, C2, C3 = "; chart 1)", "; chart 2)", "; chart 3)"

ARTICLES = {
    "01-the-gnomon-record-net-migration-claims-factcheck": dict(
        meta=dict(url="https://www.thegnomon.example/fact-checks/did-net-migration-really-hit-a-million-ons-revisions",
                  title="Did net migration really hit a million? What Thursday's revisions show",
                  publisher="The Gnomon", author="Wilhelmina Threlkeld-Osei", published_date="2024-11-29"),
        labels=[
            L("a million", 1000000, E, P, NM, "a single year under the Conservatives (hit; the claim checked; headline)", ctx="hit a million"),
            L("A million", 1000000, E, P, NM, CLAIM1 + "; claim by a Reform UK MP)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the period July 2022 to June 2023, the top of the series; ONS revised estimate)", occ=0),
            L("672,000", 672000, E, P, NM, "July 2022 to June 2023 (that year, first estimate, November 2023; ONS)"),
            L("740,000", 740000, E, P, NM, "July 2022 to June 2023 (that year, raised to in May 2024; ONS)", occ=0),
            L("166,000", 166000, E, P, NMR, "July 2022 to June 2023 (Thursday's figure adds, on May's estimate; ONS)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the record; ONS)", occ=1),
            L("94,000", 94000, E, P, "net_migration_claim_shortfall", "July 2022 to June 2023 (the record, short of the MP's figure of a million)"),
            L("quadrupled", 4, E, RATIO, "net_migration_ratio", "2019 to the peak under the last government (claim by the Prime Minister, at PMQs on Wednesday 27 November 2024)"),
            L("about 184,000", 184000, AP, P, NM, "January to December 2019 (the year ending December 2019, before COVID-19; ONS)"),
            L("740,000", 740000, E, P, NM, "July 2022 to June 2023 (May's estimate of the peak; ONS)", occ=1),
            L("roughly fourfold", 4, AP, RATIO, "net_migration_ratio", "year ending June 2023 vs year ending December 2019 (May's estimate of the peak against 2019; ONS)"),
            L("906,000", 906000, E, P, NM, YJ23 + ", Thursday's revised estimate; ONS)", occ=2),
            L("nearly five times", 5, ALM, RATIO, "net_migration_ratio", "year ending June 2023 vs year ending December 2019 (Thursday's revised peak against the 2019 level; ONS)"),
            L("685,000", 685000, E, P, NM, YD23 + ", previous estimate; ONS)"),
            L("866,000", 866000, E, P, NM, YD23 + ", revised; ONS)", occ=0),
            L("181,000", 181000, E, P, NMR, YD23 + ", an upward revision; ONS)"),
            L("a fifth", -20, E, PCT, NMC, "year ending June 2024 vs the peak (already fallen by; claim by the shadow home secretary)", ctx="fallen by a fifth"),
            L("728,000", 728000, E, P, NM, YJ24 + ", provisional; ONS)", occ=0),
            L("178,000", -178000, E, P, NMC, "year ending June 2024 vs year ending June 2023 (below the revised peak; ONS)"),
            L("just under 20%", -20, LT, PCT, NMC, "year ending June 2024 vs year ending June 2023 (below the revised peak; ONS)"),
            L("a fifth", -20, E, PCT, NMC, "year ending June 2024 vs the peak (a reasonable description; the shadow home secretary's figure)", ctx="\"a fifth\" is"),
            L("About 1.2m", 1200000, AP, P, IMM, YJ24 + ", those 12 months, moved here long-term; ONS)"),
            L("479,000", 479000, E, P, EMI, YJ24 + ", those 12 months, moved away; ONS)"),
            L("86%", 86, E, PCT, "immigration_share_non_eu", YJ24 + ", non-EU nationals' share of arrivals; ONS)"),
            L("81%", -81, E, PCT, "visa_applications_study_dependants_change", "January to June 2024 vs January to June 2023 (the first half of 2024 on the same stretch of 2023, down; Home Office visa data)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (YE June 2023, revised; ONS" + BOX1, occ=3),
            L("866,000", 866000, E, P, NM, "January to December 2023 (YE December 2023, revised; ONS" + BOX1, occ=1),
            L("728,000", 728000, E, P, NM, "July 2023 to June 2024 (YE June 2024, provisional; ONS" + BOX1, occ=1),
        ]),
    "02-ludlow-sundial-pa-care-worker-visa-route-closes": dict(
        meta=dict(url="https://www.ludlowsundial.example/news/uk-news/care-homes-lose-overseas-recruitment-lifeline-as-visa-route-closes-4471902",
                  title="Care homes lose overseas recruitment lifeline as visa route closes",
                  publisher="Ludlow Sundial", author="Jocasta Pennefather-Addo", published_date="2025-07-22"),
        labels=[
            L("More than 105,000", 105000, MT, P, VCW, "January to December 2023 (the route's busiest year; image caption)"),
            V("tens of thousands", 20000, 90000, P, VCW, "2022 to July 2025 (staff brought into the sector after the pandemic by the route)"),
            L("105,600", 105600, E, P, VCW, Y23C),
            L("141,600", 141600, E, P, "visas_granted_care_worker_dependants", Y23C),
            L("more than one", 1, MT, RATIO, "visas_granted_care_worker_dependants_per_main_applicant_ratio", "January to December 2023 (dependants for every worker; Home Office figures)"),
            L("21,300", 21300, E, P, VCW, "January to December 2024 (2024; Home Office figures)"),
            L("four-fifths", -80, E, PCT, VCW + "_change", "2024 vs 2023 (a fall of; Home Office figures)"),
            L("5,940", 5940, E, P, VCW, "January to June 2025 (between January and June this year; Home Office figures)"),
            L("up to 7,000", -7000, AM, P, "net_migration_care_route_closure_change", "per year (a year, from closing the route, cut by; ministers)"),
            L("431,000", 431000, E, P, NM, "January to December 2024 (last year; the Minister for Migration and Citizenship)"),
            L("7.0%", 7.0, E, PCT, "adult_social_care_vacancy_share", "April 2024 to March 2025 (2024/25; Skills for Care)", geo=ENG),
            L("about 111,000", 111000, AP, VAC, "adult_social_care_vacancies", "April 2024 to March 2025 (2024/25, unfilled posts on an average day; Skills for Care)", geo=ENG),
            L("About 1,150", 1150, AP, P, "care_workers_on_sponsored_visas", "July 2025 (now; Shropshire Council's adult social care team)", geo=SHR),
            L("6,900 or so", 6900, AP, P, "care_workforce", "July 2025 (the county's care workers; Shropshire Council's adult social care team)", geo=SHR),
            L("roughly one in six", SIXTH, AP, PCT, "care_workforce_share_sponsored_visas", "July 2025 (care workers on sponsored visas; Shropshire Council's adult social care team)", geo=SHR),
            L("9.4%", 9.4, E, PCT, "adult_social_care_vacancy_share", "July 2025 (the local vacancy rate; Shropshire Council)", geo=SHR),
            L("41", 41, E, PROV, "care_providers_contracted_by_council", "July 2025 (home care and residential providers the council contracts with; Shropshire Council)", geo=SHR),
            L("23", 23, E, PROV, "care_providers_with_sponsor_licence", "July 2025 (hold a licence to sponsor overseas staff; Shropshire Council)", geo=SHR),
            L("52", 52, E, P, "care_home_staff", "July 2025 (employs, a residential home near Craven Arms; Hyacinth Marchbank-Afolabi)", geo=CRA),
            L("14", 14, E, P, "care_home_staff_recruited_via_visa_route", "July 2025 (of whom came through the visa route; Hyacinth Marchbank-Afolabi)", geo=CRA),
            L("three", 3, E, P, "care_home_job_applicants", "November 2024 to July 2025 (advertised locally for eight months; Hyacinth Marchbank-Afolabi)", ctx="had three applicants", geo=CRA),
            L("more than 470", 470, MT, LIC, "sponsor_licences_revoked_care_providers", "July 2022 to July 2025 (since July 2022, care firms stripped of their licence; officials)"),
            L("about 39,000", 39000, AP, P, "care_workers_displaced_by_licence_revocations", "July 2022 to July 2025 (since July 2022, workers needing another employer)"),
            R("between £5,000 and £15,000", 5000, 15000, GBP, "care_worker_illegal_recruitment_fees", "before arrival (paid in illegal fees to get here, per worker; a Unison regional organiser)"),
            L("£12.60", 12.60, E, GBP, "care_worker_hourly_pay", "March 2025 (an hour, England's independent sector)", geo=ENG),
            L("£12.21", 12.21, E, GBP, "national_living_wage_hourly", "from April 2025 (the national living wage that took effect in April, an hour)"),
        ]),
    "03-the-quarterjack-ons-net-migration-ye-june-2025": dict(
        meta=dict(url="https://www.thequarterjack.example/news/articles/net-migration-204000-britons-moving-abroad-c8q2x7m1lp4o",
                  title="Britons moving abroad help push net migration down to 204,000",
                  publisher="The Quarterjack", author="Barnaby Wrenfield-Achebe", published_date="2025-11-27"),
        labels=[
            L("204,000", 204000, E, P, NM, YJ25 + "; ONS provisional estimate; headline)", occ=0),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the 12 months to June 2025; new official estimates)", occ=1),
            L("less than a third", 1 / 3, LT, RATIO, "net_migration_ratio", "year ending June 2025 vs year ending June 2024 (of the figure a year before; new official estimates)"),
            L("898,000", 898000, E, P, IMM, YJ25 + ", long-term arrivals" + ONS3),
            L("694,000", 694000, E, P, EMI, YJ25 + ", long-term departures" + ONS3),
            L("649,000", 649000, E, P, NM, "July 2023 to June 2024 (a year earlier, on revised numbers; ONS)"),
            L("445,000", -445000, E, P, NMC, "year ending June 2025 vs year ending June 2024 (has fallen by, in a year; ONS)"),
            L("more than 900,000", 900000, MT, P, NM, "April 2022 to March 2023 (at its height, the 12 months to March 2023; ONS)"),
            L("431,000", 431000, E, P, NM, "January to December 2024 (calendar year 2024, May's figure; ONS)"),
            L("345,000", 345000, E, P, NM, "January to December 2024 (calendar year 2024, now; ONS)"),
            L("86,000", -86000, E, P, NMR, "January to December 2024 (calendar year 2024, lowered by; ONS)"),
            L("above 900,000", 900000, MT, P, NM, "2023 (estimates peaked; ONS provisional estimates; chart caption)"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the latest period, to June 2025; ONS provisional estimates; chart caption)", occ=2),
            L("252,000", 252000, E, P, EBR, YJ25 + ", British nationals who left" + ONS3),
            L("143,000", 143000, E, P, IBR, YJ25 + ", British nationals who came back" + ONS3),
            L("minus 109,000", -109000, E, P, NBR, YJ25 + ", net migration among British citizens" + ONS3),
            L("158,000", 158000, E, P, "emigration_eu", YJ25 + ", EU citizens who went" + ONS3),
            L("88,000", 88000, E, P, "immigration_eu", YJ25 + ", EU citizens who came" + ONS3),
            L("70,000", -70000, E, P, NEU, YJ25 + ", more EU citizens left than moved in" + ONS3),
            L("383,000", 383000, E, P, NNEU, YJ25 + ", non-EU nationals" + ONS3),
            L("under half", 0.5, LT, RATIO, "emigration_to_immigration_ratio", "July 2023 to June 2024 (a year ago, departures against arrivals; Dr Ottoline Harcastle-Mensah, ONS)"),
            L("more than three-quarters", 0.75, MT, RATIO, "emigration_to_immigration_ratio", "July 2024 to June 2025 (today, departures against arrivals; Dr Ottoline Harcastle-Mensah, ONS)"),
            L("46%", -46, E, PCT, "immigration_work_non_eu_change", "year ending June 2025 vs year ending June 2024 (down; ONS)"),
            L("195,000", 195000, E, P, "immigration_work_non_eu", YJ25 + ", non-EU arrivals for work including family members" + ONS3),
            L("361,000", 361000, E, P, "immigration_work_non_eu", "July 2023 to June 2024 (a year earlier; ONS)"),
            L("24%", -24, E, PCT, "immigration_study_non_eu_change", "year ending June 2025 vs year ending June 2024 (study-related arrivals fell; ONS)"),
            L("199,000", 199000, E, P, "immigration_study_non_eu", YJ25 + ", study-related arrivals" + ONS3),
            L("262,000", 262000, E, P, "immigration_study_non_eu", "July 2023 to June 2024 (study-related arrivals, a year earlier; ONS)"),
            L("6%", 6, E, PCT, "immigration_study_non_eu_share_dependants", YJ25 + ", dependants' share of study-related arrivals" + ONS3),
            L("more than two-thirds", -200 / 3, MT, PCT, NMC, "year ending June 2025 vs year ending June 2024 (has fallen by; the Home Secretary)"),
            L("204,000", 204000, E, P, NM, YJ25 + ", still far too high; the shadow home secretary)", occ=3),
            L("more than half a million", 500000, MT, P, "immigration_non_eu", YJ25 + ", arriving from outside the EU in a single year; Reform UK)"),
            V("tens of thousands", 20000, 90000, P, NMR, "July 2024 to June 2025 (the provisional figures could be revised by, in either direction; Oxford University's Migration Observatory)"),
        ]),
    "04-daily-alarum-net-migration-britons-exodus-tories": dict(
        meta=dict(url="https://www.dailyalarum.example/news/article-15839204/net-migration-171000-record-exodus-britons-tories-labour.html",
                  title="Labour's migration 'triumph' flattered by record exodus of Britons, Tories claim as net figure drops to 171,000",
                  publisher="Daily Alarum", author="Rupert Fothergill-Nwachukwu", published_date="2026-05-21"),
        labels=[
            L("171,000", 171000, E, P, NM, Y25 + "; ONS; headline)", occ=0),
            L("171,000", 171000, E, P, NM, "January to December 2025 (calendar 2025; ONS; bullet point)", occ=1),
            L("268,000", 268000, E, P, EBR, Y25 + ", a record; ONS; bullet point)", occ=0),
            L("a fifth", 20, E, PCT, EBR + "_change", "2025 vs 2024 (up, in a year; ONS; bullet point)", ctx="up a fifth"),
            L("More than a quarter of a million", 250000, MT, P, EBR, "January to December 2025 (Britons who emigrated in 2025; image caption)"),
            L("171,000", 171000, E, P, NM, Y25 + ", tumbled to; ONS)", occ=2),
            L("812,000", 812000, E, P, IMM, "January to December 2025 (2025, moved to Britain long-term; Office for National Statistics)"),
            L("641,000", 641000, E, P, EMI, "January to December 2025 (2025, left; Office for National Statistics)"),
            L("268,000", 268000, E, P, EBR, Y25 + ", British nationals leaving, a high for the series; ONS)", occ=1),
            L("224,000", 224000, E, P, EBR, "January to December 2024 (the year before; ONS)"),
            L("146,000", 146000, E, P, IBR, Y25 + ", Britons who came back; ONS)"),
            L("minus 122,000", -122000, E, P, NBR, Y25 + ", net migration among UK citizens; ONS)"),
            L("22,000", 22000, E, P, NMR, "July 2024 to June 2025 (the count lifted by; ONS)"),
            L("226,000", 226000, E, P, NM, "July 2024 to June 2025 (revised; ONS)"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (November's first estimate; ONS)"),
            L("nearly eight", 80, ALM, PCT, "emigration_share_of_immigration", Y25 + ", for every ten people who came, packed their bags and left" + SHS),
            L("Two in five", 40, E, PCT, "emigration_british_share_under_35", Y25 + ", Britons who emigrated who were under 35" + SHS),
            L("More than 41,000", 41000, MT, P, SBA, Y25 + ", crossed in small boats" + SHS),
            L("312", 312, E, P, SBA, "18 May 2026 (on Monday alone" + SHS),
            L("11,206", 11206, E, P, SBA, "1 January to 20 May 2026 (so far this year" + SHS),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "per year (a Conservative government's binding yearly limit" + SHS),
            L("48.6k", 48600, E, SIG, "petition_signatures", "to 20 May 2026 (by last night; a Tory petition calling for the cap)"),
            L("171,000", 171000, E, P, NM, Y25 + ", too many; Reform UK's home affairs spokesman)", occ=3),
            L("64,000", -64000, E, P, NEU, Y25 + ", departures of EU citizens exceeded arrivals by; ONS)"),
            L("357,000", 357000, E, P, NNEU, Y25 + ", non-EU arrivals exceeded departures by; ONS)"),
            L("3 per cent", 3, E, PCT, VST + "_change", "2025 vs 2024 (rose; Home Office data)"),
            L("402,000", 402000, E, P, VST, "January to December 2025 (2025, sponsored study visas to main applicants; Home Office data)"),
            L("18,400", 18400, E, P, VSD, "January to December 2025 (2025, visas for students' dependants; Home Office data)"),
            L("87 per cent", -87, E, PCT, VSD + "_change", "2025 vs 2023 (down on; Home Office data)"),
            L("143,000", 143000, E, P, VSD, "January to December 2023 (handed out in 2023; Home Office data)"),
            L("9,870", 9870, E, P, VCW, Y25 + ", care worker visas; Home Office data)"),
            L("more than 80 per cent", -80, MT, PCT, NMC, "2025 vs the peak under the last government (shrunk by, compared with the Tory peak; a Home Office spokesman)"),
            L("almost a million", 1000000, ALM, P, NM, "the peak under the Conservative government (presided over; a Labour source)"),
        ]),
    "05-ballymena-belfry-nisra-mid-2025-population": dict(
        meta=dict(url="https://www.ballymenabelfry.example/news/northern-ireland/newcomers-push-northern-irelands-population-beyond-193m-as-births-slide-5520718",
                  title="Newcomers push Northern Ireland's population beyond 1.93m as births slide",
                  publisher="Ballymena Belfry", author="Saoirse Quigley-Ramaswamy", published_date="2026-06-25"),
        labels=[
            L("beyond 1.93m", 1930000, MT, P, POP, "30 June 2025 (mid-2025; NISRA; headline)", geo=NI),
            L("almost 8,000", 8000, ALM, P, PGR, YR5 + ", gained)", geo=NI),
            L("above 1.93 million", 1930000, MT, P, POP, MID25, geo=NI),
            L("more than half", 50, MT, PCT, "net_migration_share_of_population_growth", YR5 + ", of the increase came from people settling here)", geo=NI),
            L("1,931,400", 1931400, E, P, POP, MID25, occ=0, geo=NI),
            L("7,900", 7900, E, P, PGR, YR5 + ", up on a year earlier)", geo=NI),
            L("0.4%", 0.4, E, PCT, PCH, YR5 + ", up on a year earlier)", geo=NI),
            L("20,150", 20150, E, P, "births", YR5 + ", over the year)", occ=0, geo=NI),
            L("16,380", 16380, E, P, "deaths", YR5 + ", over the year)", occ=0, geo=NI),
            L("3,770", 3770, E, P, NAT, YR5 + ", a natural increase, the smallest since records began)", geo=NI),
            L("4,130", 4130, E, P, NM, YR5 + ", migration added)", occ=0, geo=NI),
            L("Some 14,800", 14800, AP, P, IMM, YR5 + ", arrived from outside the UK)", geo=NI),
            L("9,340", 9340, E, P, EMI, YR5 + ", left for overseas)", geo=NI),
            L("5,460", 5460, E, P, "net_migration_international", YR5 + ", a net inflow from outside the UK)", geo=NI),
            L("1,330", -1330, E, P, "net_migration_rest_of_uk", YR5 + ", more people moved to Great Britain than came the other way)", geo=NI),
            L("About a third", THIRD, AP, PCT, "emigration_rest_of_uk_share_aged_18_19", "each year (those we lose to Britain who are 18- or 19-year-olds; Dr Cathal Ormsby-Nakagawa, Queen's University Belfast)", geo=NI),
            L("310", 310, E, P, PGR, YR5 + ", grew by)", geo=MEA),
            L("140,680", 140680, E, P, POP, MID25, geo=MEA),
            L("0.2%", 0.2, E, PCT, PCH, YR5 + ", a rise of)", geo=MEA),
            L("1,240", 1240, E, P, "gp_registrations_previously_abroad", "April 2025 to March 2026 (the 12 months to March; health service data)", geo=MEA),
            L("1,610", 1610, E, P, "gp_registrations_previously_abroad", "April 2024 to March 2025 (a year before; health service data)", geo=MEA),
            L("almost a quarter", -25, ALM, PCT, "gp_registrations_previously_abroad_change", "12 months to March 2026 vs the year before (a drop of; health service data)", geo=MEA),
            L("At least 2,000", 2000, AL, P, "food_processing_workers_born_outside_uk", "June 2026 (the borough's food-processing workers born outside the UK; Kenneth Drumgoole-Asante MLA)", geo=MEA),
            L("0.9%", 0.9, E, PCT, PCH, YR5 + ", grew quickest)", geo="Armagh City, Banbridge and Craigavon"),
            L("0.1%", -0.1, E, PCT, PCH, YR5 + ", shrank)", geo="Derry City and Strabane"),
            L("336,000", 336000, E, P, "population_aged_65_and_over", MID25.replace("(mid", "(now, mid"), geo=NI),
            L("more than one resident in six", SIXTH, MT, PCT, "population_share_aged_65_and_over", MID25, geo=NI),
            L("381,000", 381000, E, P, "population_aged_under_16", MID25, geo=NI),
            L("just under a fifth", 20, LT, PCT, "population_share_aged_under_16", MID25, geo=NI),
            L("171,000", 171000, E, P, NM, "January to December 2025 (2025; last month's ONS release)"),
            L("About 2.8%", 2.8, AP, PCT, "population_share_ni_of_uk", "mid-2025 (the UK's people who live in Northern Ireland)", geo=NI),
            L("1,931,400", 1931400, E, P, POP, MID25.replace(")", BOX5), occ=1, geo=NI),
            L("20,150", 20150, E, P, "births", YR5 + BOX5, occ=1, geo=NI),
            L("16,380", 16380, E, P, "deaths", YR5 + BOX5, occ=1, geo=NI),
            L("+4,130", 4130, E, P, NM, YR5 + BOX5, geo=NI),
        ]),
    "06-perth-carillon-nrs-scotland-population-mid-2025": dict(
        meta=dict(url="https://www.perthcarillon.example/news/scotland/scotlands-population-growth-slows-sharply-as-fewer-people-arrive-from-overseas-3308815",
                  title="Scotland's population growth slows sharply as fewer people arrive from overseas",
                  publisher="Perth Carillon", author="Ewan Strachan-Oyelaran", published_date="2026-10-07"),
        labels=[
            L("1,120", 1120, E, P, PGR, YR6 + "; image caption)", occ=0, geo=PK),
            L("passed 5.58 million", 5580000, MT, P, POP, MID25S, geo=SCO),
            L("almost 40%", -40, ALM, PCT, PGR + "_change", "year to mid-2025 vs year to mid-2024 (growth slowed by; National Records of Scotland)", geo=SCO),
            L("5,581,400", 5581400, E, P, POP, MID25S, occ=0, geo=SCO),
            L("34,500", 34500, E, P, PGR, YR6 + ", up on mid-2024)", geo=SCO),
            L("0.6%", 0.6, E, PCT, PCH, YR6 + ", a rise of)", ctx="a rise of 0.6%", geo=SCO),
            L("56,800", 56800, E, P, PGR, YR6P + ")", geo=SCO),
            L("45,400", 45400, E, P, "births", YR6 + ", the lowest annual total since civil registration began)", occ=0, geo=SCO),
            L("60,900", 60900, E, P, "deaths", YR6 + ")", occ=0, geo=SCO),
            L("15,500", -15500, E, P, NAT, YR6 + ", natural change took off the population)", geo=SCO),
            L("50,000", 50000, E, P, NM, YR6 + ", net migration added)", occ=0, geo=SCO),
            L("31,800", 31800, E, P, "net_migration_overseas", YR6 + ", from overseas)", geo=SCO),
            L("18,200", 18200, E, P, "net_migration_rest_of_uk", YR6 + ", from elsewhere in the UK)", geo=SCO),
            L("more than two-fifths", -40, MT, PCT, "net_migration_overseas_change", "year to mid-2025 vs year to mid-2024 (the overseas component was down by; National Records of Scotland)", geo=SCO),
            L("54,200", 54200, E, P, "net_migration_overseas", YR6P + ", the year before)", geo=SCO),
            R("between 20,000 and 30,000", 20000, 30000, P, "population_growth_projection", "per year to 2030 (annually until 2030, on current trends; Dr Morag Ballantyne-Okafor, NRS)", geo=SCO),
            L("154,900", 154900, E, P, POP, MID25S, geo=PK),
            L("1,120", 1120, E, P, PGR, YR6 + ", up)", occ=1, geo=PK),
            L("0.7%", 0.7, E, PCT, PCH, YR6 + ", up)", geo=PK),
            L("690", -690, E, P, NAT, YR6 + ", deaths outnumbered births by)", geo=PK),
            L("1,810", 1810, E, P, NM, YR6 + ", net migration more than made up the difference)", geo=PK),
            L("24.6%", 24.6, E, PCT, "population_share_aged_65_and_over", MID25S, geo=PK),
            L("almost a quarter", 25, ALM, PCT, "population_share_aged_65_and_over", MID25S, geo=PK),
            L("20.8%", 20.8, E, PCT, "population_share_aged_65_and_over", MID25S.replace("(mid", "(Scotland as a whole, mid"), geo=SCO),
            L("22", 22, E, CA, "council_areas_population_growth", YR6 + ", the population grew in)", geo=SCO),
            L("10", 10, E, CA, "council_areas_population_decline", YR6 + ", fell in the other)", ctx="the other 10", geo=SCO),
            L("1.4%", 1.4, E, PCT, PCH, YR6 + ", grew fastest)", geo="Midlothian"),
            L("0.6%", -0.6, E, PCT, PCH, YR6 + ", shrank by)", ctx="shrank by 0.6%", geo="Inverclyde"),
            L("0.8%", 0.8, E, PCT, PCH, "July 2024 to June 2025 (the same period; the ONS)", geo=EW),
            L("0.5%", 0.5, E, PCT, PCH, "July 2024 to June 2025 (the same period, Wales alone; the ONS)", geo=WAL),
            L("about 8%", 8, AP, PCT, "population_share_scotland_of_uk", "mid-2025 (Scotland's share of the UK population)", geo=SCO),
            L("171,000", 171000, E, P, NM, "January to December 2025 (2025, UK-wide; the ONS)"),
            V("Tens of thousands", 20000, 90000, P, "emigration_to_england_young_scots", "2016 to 2026 (over the past decade; Fenella Drysdale-Mbatha, Scottish Conservative MSP)", geo=SCO),
            L("5,581,400", 5581400, E, P, POP, MID25S.replace(")", BOX6), occ=1, geo=SCO),
            L("45,400", 45400, E, P, "births", YR6 + BOX6, occ=1, geo=SCO),
            L("60,900", 60900, E, P, "deaths", YR6 + BOX6, occ=1, geo=SCO),
            L("50,000", 50000, E, P, NM, YR6 + BOX6, occ=1, geo=SCO),
        ]),
    "07-the-hairspring-net-migration-slowdown-charts": dict(
        meta=dict(url="https://www.thehairspring.example/britain/2026/11/26/the-great-slowdown",
                  title="The great slowdown",
                  publisher="The Hairspring", author=None, published_date="2026-11-26"),
        labels=[
            L("132,000", 132000, E, P, NM, YJ26 + ", July 2025 to June 2026; ONS, 26 November 2026)"),
            L("little more than a seventh", 1 / 7, MT, RATIO, "net_migration_ratio", "year ending June 2026 vs year ending June 2023 (of the figure close to the peak; ONS)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (estimated, close to the peak; ONS)"),
            L("18,000", 18000, E, P, NMR, "January to December 2025 (calendar 2025, nudged up by; ONS)"),
            L("189,000", 189000, E, P, NM, "January to December 2025 (calendar 2025, revised; ONS)"),
            L("672,000", 672000, E, P, NM, "July 2022 to June 2023 (that earlier figure, as first published; ONS)"),
            L("more than a third", THIRD, MT, PCT, NMR, "July 2022 to June 2023 (that earlier figure has since grown by; ONS)"),
            L("906", 906000, E, P, NM, "July 2022 to June 2023 (12 months ending June 2023, '000; ONS" + C1),
            L("649", 649000, E, P, NM, "July 2023 to June 2024 (12 months ending June 2024, '000; ONS" + C1),
            L("226", 226000, E, P, NM, "July 2024 to June 2025 (12 months ending June 2025, '000; ONS" + C1),
            L("132", 132000, E, P, NM, "July 2025 to June 2026 (12 months ending June 2026, '000; ONS" + C1),
            L("768,000", 768000, E, P, IMM, YJ26 + ", the latest 12 months, long-term immigrants; ONS)"),
            L("1.3m", 1300000, E, P, IMM, "July 2022 to June 2023 (at the peak; ONS)"),
            L("636,000", 636000, E, P, EMI, YJ26 + "; ONS)"),
            L("Some 271,000", 271000, AP, P, EBR, YJ26 + ", British nationals left; ONS)"),
            L("nearly twice as many", 2, ALM, RATIO, "emigration_british_ratio", YJ26 + ", British nationals who left against those who came home; ONS)"),
            L("140,000", 140000, E, P, IBR, YJ26 + ", British nationals who came home; ONS)"),
            L("58,000", -58000, E, P, NEU, YJ26 + ", more EU citizens left than arrived; ONS)"),
            L("271", 271000, E, P, EBR, YJ26 + ", British, '000; ONS" + C2),
            L("142", 142000, E, P, "emigration_eu", YJ26 + ", EU, '000; ONS" + C2),
            L("223", 223000, E, P, "emigration_non_eu", YJ26 + ", non-EU, '000; ONS" + C2),
            L("389,000", 389000, E, P, VST, "July 2025 to June 2026 (between July 2025 and June 2026, study visas to main applicants; Home Office)"),
            L("4%", -4, E, PCT, VST + "_change", "year ending June 2026 vs year ending June 2025 (fewer than a year earlier; Home Office)"),
            L("16,900", 16900, E, P, VSD, YJ26 + ", visas for their dependants; Home Office)"),
            L("about a ninth", 1 / 9, AP, RATIO, VSD + "_ratio", "year ending June 2026 vs year ending June 2023 (of the number granted then; Home Office)"),
            L("152,000", 152000, E, P, VSD, "July 2022 to June 2023 (granted in the year to June 2023; Home Office)"),
            L("£11.8bn", 11800000000, E, GBP, "international_student_fee_income", "academic year 2023-24 (2023-24, fees from overseas students, English institutions)", geo=ENG),
            L("£22,000", 22000, E, GBP, "international_student_tuition_fee_average", "per year (an average, foreign undergraduates, 2026)", geo=ENG),
            L("£925", 925, E, GBP, "international_student_levy", "per year from 2028 (a year for each international student enrolled; ministers' plan)", geo=ENG),
            L("around 45%", 45, AP, PCT, "universities_share_in_deficit", "academic year 2026-27 (this academic year, English universities in deficit; the Office for Students)", geo=ENG),
            L("105.6", 105600, E, P, VCW, "January to December 2023 (2023, '000; Home Office" + C3),
            L("21.3", 21300, E, P, VCW, "January to December 2024 (2024, '000; Home Office" + C3),
            L("3.1", 3100, E, P, VCW, "July 2025 to June 2026 (year to June 2026, '000; Home Office" + C3),
            L("3,100", 3100, E, P, VCW, YJ26 + ", care-worker visas granted; Home Office)"),
            L("105,600", 105600, E, P, VCW, "January to December 2023 (in 2023; Home Office)"),
            L("c. 600", 600, AP, P, "care_workers_leaving_sector_visa_holders", "per month (each month, foreign carers already here who quit the sector, 2026; providers' estimate)"),
            L("258,000", 258000, E, P, "net_migration_forecast", "per year (the level it settles at; the Office for Budget Responsibility's forecast, March 2026)"),
            L("about half", 0.5, AP, RATIO, "net_migration_forecast_ratio", "year ending June 2026 vs the OBR's long-run assumption (today's number)"),
            V("tens of thousands", 20000, 90000, P, NMR, "July 2025 to June 2026 (the provisional figures, likely to be revised again by; the ONS)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
