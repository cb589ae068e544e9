#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-fourth hand-labelled hold-out set (holdout104).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, RATIO, PPB, BOATS, EUR, THIRD, SIXTH, E, AP, MT, AL,
                        LT, AM, ALM, SBA, SBC, EW)

UK, ENG, WA, SCO, NI, FR, EU = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France", "EU"
AREAS, PROPS, PER10K = "other:council_areas", "other:properties", "other:persons_per_10000_residents"
HH, HOMES, SHARES = "other:households", "other:homes", "other:shares"
POSTS, PLACES, VAC = "other:posts", "other:places", "other:vacancies"
RESP, JOBS = "other:responses", "other:jobs"

# 01 (live page, Wednesday 19 August 2026, last updated 15:08; "last week" = Monday 10 to Sunday 16 August 2026)
SBD = "small_boat_deaths"
TODAY = "19 August 2026 (today"
YTD1 = "1 January to 19 August 2026 (so far this year"
# 02 (Tuesday 3 March 2026; Home Office figures "published last Thursday", 26 February 2026, for calendar 2025)
Y25 = "January to December 2025 (2025; Home Office figures published Thursday 26 February 2026"
ETA = "electronic_travel_authorisation_applications"
FEE = "electronic_travel_authorisation_fee"
ITC = "Inbound Travel Council"
# 03 (Thursday 11 June 2026; report to Wrexham County Borough Council's executive board, discussed "on Tuesday", 9 June)
WX = "Wrexham"
M26 = "31 March 2026 (end of March; report to the council's executive board, discussed Tuesday 9 June 2026"
ADP = "asylum_dispersal_population"
# 04 (Tuesday 10 November 2026; Home Office accounts; OBR March 2026 forecast)
ISC = "skills_charge_receipts"
MB = "chief UK economist, Marlowe Brothers"
CHART4 = "(chart, £mn; Home Office annual accounts)"
MAC = "Migration Advisory Committee survey, 2026"
# 05 (Saturday 7 February 2026; figures obtained by the Daily Holler)
OL = "Oldham"
NOW5 = "February 2026 (now; figures obtained by the Daily Holler"
SHL = "social_housing_lettings"
CAB = "cabinet member for housing, Oldham Council"
# 06 (Saturday 31 January 2026; column; "last year" = 2025)
CCPS = "doctors_certificates_to_practise_abroad"
GMC = "General Medical Council"
# 07 (Wednesday 8 July 2026; Home Office FOI release; West Lindsey scrutiny committee "on Monday", 6 July 2026)
SC, WL = "Scampton", "West Lindsey"
FOI = "March 2023 to July 2026 (total spent on the former RAF Scampton, to date; Home Office Freedom of Information release"
LSC = "large_site_cost"

ARTICLES = {
    "01-cumulus-news-channel-crossings-live-deaths-at-sea": dict(
        meta=dict(url="https://news.cumulus.example/story/channel-crossings-live-four-dead-off-french-coast-13408215",
                  title="Channel crossings live: Four dead off French coast as hundreds more reach Dover",
                  publisher="Cumulus News", author="Niamh Okonkwo-Birtles", published_date="2026-08-19"),
        labels=[
            L("Four", 4, E, P, SBD, TODAY + ", before dawn; off the French coast; headline)", ctx="live: Four dead", geo=FR),
            V("hundreds", 200, 900, P, SBA, TODAY + "; more reach Dover; headline)", ctx="as hundreds more"),
            L("Four", 4, E, P, SBD, TODAY + "; off Équihen-Plage; key points)", ctx="• Four dead", geo=FR),
            L("58", 58, E, P, "small_boat_rescues", TODAY + "; French rescuers take from the water; key points)", ctx="take 58 people", geo=FR),
            L("At least 640", 640, AL, P, SBA, "19 August 2026, by 10am (ashore in Dover, by our count; key points)"),
            L("706", 706, E, P, SBA, "19 August 2026, by 2pm (detected; Home Office; key points)", ctx="says 706 were"),
            L("51", 51, E, P, SBD, YTD1 + ", deaths so far in 2026; key points)", ctx="reach 51,"),
            V("hundreds", 200, 900, P, SBD, "since small boats became the main route, to 19 August 2026 (drowned or crushed in the Strait; Ridgeway Refugee Network)", ctx="says hundreds of people"),
            L("706", 706, E, P, SBA, "19 August 2026, by 2pm (its first figure for the day; Home Office)", ctx="the day: 706 people"),
            L("13", 13, E, BOATS, SBC, "19 August 2026, by 2pm (Home Office)", ctx="in 13 boats"),
            L("about 54", 54, AP, PPB, "small_boat_occupancy", "19 August 2026, by 2pm (per boat; Home Office)"),
            L("27,614", 27614, E, P, SBA, YTD1 + ", the running total for 2026; Home Office)"),
            L("14%", 14, E, PCT, SBA + "_change", "1 January to 19 August, 2026 vs 2025 (running ahead of the same date in 2025)"),
            L("24,223", 24223, E, P, SBA, "1 January to 19 August 2025 (at the same date in 2025)"),
            L("four", 4, E, P, SBD, TODAY + "; confirmed this morning)", ctx="With the four confirmed", geo=FR),
            L("at least 51", 51, AL, P, SBD, YTD1 + ", this year, on the small boat route to the UK; French officials and aid groups)"),
            L("44", 44, E, P, SBD, "January to December 2025 (across the whole of 2025; French officials and aid groups)"),
            L("at least 78", 78, AL, P, SBD, "January to December 2024 (the worst year)"),
            L("2,940", 2940, E, P, "returns", "August 2025 to 19 August 2026 (gone back to France under the deal since it began last August; Prime Minister's official spokesman)", geo=FR),
            L("well over 90,000", 90000, MT, P, SBA, "5 July 2024 to 19 August 2026 (crossings since the general election; shadow home secretary)"),
            L("1,152", 1152, E, P, SBA, "9 June 2026 (this year's busiest day)"),
            L("19", 19, E, BOATS, SBC, "9 June 2026 (this year's busiest day)", ctx="in 19 boats"),
            L("3,208", 3208, E, P, SBA, "10 to 16 August 2026 (last week's arrivals)"),
            L("a third", -THIRD, E, PCT, SBA + "_change", "10 to 16 August 2026 vs the same week in 2025 (down on)", ctx="down a third on"),
            L("4,812", 4812, E, P, SBA, "the same week in 2025 (about 11 to 17 August 2025)"),
            L("56", 56, E, PPB, "small_boat_occupancy", YTD1 + ", average per boat this year)", ctx="carried 56 people"),
            L("twice", 2, E, RATIO, "small_boat_occupancy_ratio", "2026 so far vs 2021 (average people per boat)"),
            L("28", 28, E, PPB, "small_boat_occupancy", "January to December 2021", ctx="the 28 of 2021"),
            L("Roughly two in five", 40, AP, PCT, "small_boat_arrivals_share_eritrean_afghan_sudanese", YTD1 + ", this year's arrivals from Eritrea, Sudan or Afghanistan)"),
            L("1,870", 1870, E, P, "small_boat_launch_attempts_stopped_people", "10 to 16 August 2026 (stopped from launching last week; French police)", geo=FR),
            L("22%", -22, E, PCT, "irregular_arrivals_change", "January to July 2026 vs January to July 2025 (fewer irregular crossings than a year earlier; Frontex)", geo=EU),
            L("around 70", 70, AP, PPB, "small_boat_occupancy", TODAY + ", about 4.30am; the boat that got into trouble, carrying; French maritime prefecture)", geo=FR),
            L("58", 58, E, P, "small_boat_rescues", TODAY + "; survivors picked up by a navy patrol vessel; French maritime prefecture)", ctx="picked up 58 survivors", geo=FR),
            L("11", 11, E, P, "small_boat_casualties_hospitalised", TODAY + "; taken to hospital at Boulogne-sur-Mer; French maritime prefecture)", ctx="where 11 were", geo=FR),
            L("at least 640", 640, AL, P, SBA, "19 August 2026, by 10am (brought ashore; our correspondent's count)"),
        ]),
    "02-the-kernel-electronic-travel-authorisations-visitor-visas-explained": dict(
        meta=dict(url="https://www.thekernel.example/news/uk/eta-travel-permit-explained-how-many-issued-visitors-3519872",
                  title="UK's £16 travel permit: who needs one, how many have been issued, and is it putting visitors off?",
                  publisher="The Kernel", author="Tobias Mwangi-Harcourt", published_date="2026-03-03"),
        labels=[
            L("£16", 16, E, GBP, FEE, "since 9 April 2025 (the UK's travel permit; headline; a policy rate)", ctx="UK's £16 travel"),
            L("More than six times", 6, MT, RATIO, "eta_applications_to_visitor_visas_granted_ratio", "2025 (last year; ETA applications against visitor visas granted; standfirst)"),
            L("13.4m", 13.4e6, E, P, ETA, Y25 + "; ETAs at a glance)"),
            L("38.7k", 38700, E, P, "electronic_travel_authorisations_refused", Y25 + "; ETAs at a glance)"),
            L("£16", 16, E, GBP, FEE, "since 9 April 2025 (since April 2025; ETAs at a glance; a policy rate)", ctx="£16 fee since"),
            L("2.15m", 2.15e6, E, P, "visas_granted_visit", Y25 + "; ETAs at a glance)"),
            L("€20", 20, E, EUR, "etias_fee", "from the final quarter of 2026 (the EU's own version; ETAs at a glance; a policy rate)", ctx="€20 for the", geo=EU),
            L("13.4 million", 13.4e6, E, P, ETA, Y25 + "; received)"),
            L("13.36 million", 13.36e6, E, P, "electronic_travel_authorisations_granted", Y25 + ")"),
            L("38,700", 38700, E, P, "electronic_travel_authorisations_refused", Y25 + ")"),
            L("fewer than 0.3%", 0.3, LT, PCT, ETA + "_share_refused", Y25 + ")"),
            L("3.1 million", 3.1e6, E, P, ETA + "_us_nationals", Y25 + "; Americans lodged)"),
            L("nearly a quarter", 25, ALM, PCT, ETA + "_share_us_nationals", Y25 + "; of the total)"),
            L("1.9 million", 1.9e6, E, P, ETA + "_french_nationals", Y25 + ")"),
            L("1.4 million", 1.4e6, E, P, ETA + "_german_nationals", Y25 + ")"),
            L("three-quarters", 75, E, PCT, ETA + "_share_automated_decision_within_10_minutes", "2025 (officials say)"),
            L("£10", 10, E, GBP, FEE, "until 8 April 2025 (the fee went up from; a policy rate)"),
            L("£16", 16, E, GBP, FEE, "from 9 April 2025 (a policy rate)", ctx="to £16 on"),
            L("60%", 60, E, PCT, FEE + "_change", "9 April 2025 (a rise)"),
            L("almost £200m", 200e6, ALM, GBP, FEE + "_receipts", "January to December 2025 (last year; the Kernel's calculation)"),
            L("£20", 20, E, GBP, FEE + "_proposed", "future (ministers are now consulting on raising it to; a proposed policy rate)", ctx="raising it to £20"),
            L("£127", 127, E, GBP, "visit_visa_fee", "2026 (standard visitor visa; a policy rate)"),
            L("£115", 115, E, GBP, "visit_visa_fee", "before April 2025 (up from; a policy rate)"),
            L("Some 2,148,000", 2148000, AP, P, "visas_granted_visit", Y25 + "; granted)"),
            L("6%", 6, E, PCT, "visas_granted_visit_change", "2025 vs 2024"),
            L("about a third", THIRD, AP, PCT, "visas_granted_visit_share_chinese", Y25 + "; Chinese visitors received)"),
            L("more than a quarter", 25, MT, PCT, "visas_granted_visit_share_indian", Y25 + "; Indians)"),
            L("One application in six", SIXTH, E, PCT, "visit_visa_applications_share_refused", Y25 + "; refused)"),
            L("up to 1.2m", 1.2e6, AM, P, "overseas_visits_lost_to_eta_estimate", "per year (the permit could cost the UK; " + ITC + ")"),
            R("between £700m and £1bn", 700e6, 1e9, GBP, "overseas_visitor_spending_lost_to_eta_estimate", "per year (in lost spending; " + ITC + ")"),
            L("8%", -8, E, PCT, "overseas_visitors_entering_through_republic_change", "2025 vs 2024 (last year; overseas visitors entering through the Republic; Tourism NI)", geo=NI),
            L("€20", 20, E, EUR, "etias_fee", "from the final quarter of 2026 (ETIAS will cost; a policy rate)", ctx="will cost €20", geo=EU),
            L("around 4,200", 4200, AP, P, "electronic_travel_authorisations_refused_serious_criminal_records", "since the scheme began, to March 2026 (already refused; Home Office spokeswoman)"),
        ]),
    "03-the-clywedog-chronicle-wrexham-asylum-dispersal": dict(
        meta=dict(url="https://www.clywedogchronicle.example/news/wrexham/asylum-seekers-housed-wrexham-rise-fifth-30117846",
                  title="Asylum seekers housed in Wrexham rise by a fifth as councillors say the town is 'doing more than its share'",
                  publisher="The Clywedog Chronicle", author="Gethin Vaughan-Adebayo", published_date="2026-06-11"),
        labels=[
            L("a fifth", 20, E, PCT, ADP + "_change", "31 March 2026 vs 31 March 2025 (rise by; headline)", geo=WX),
            L("nearly one in seven", 100 / 7, ALM, PCT, ADP + "_share_wrexham", M26 + "; Wrexham's share of Wales's dispersal housing; standfirst)", occ=0, geo=WA),
            L("20%", 20, E, PCT, ADP + "_change", "31 March 2026 vs 31 March 2025 (in a year; report to the executive board)", geo=WX),
            L("486", 486, E, P, ADP, M26 + "; receiving section 95 support in dispersal housing)", geo=WX),
            L("405", 405, E, P, ADP, "31 March 2025 (twelve months earlier)", geo=WX),
            L("3,410", 3410, E, P, ADP, M26 + "; across Wales)", geo=WA),
            L("nearly one in seven", 100 / 7, ALM, PCT, ADP + "_share_wrexham", M26 + "; Wrexham accounted for)", occ=1, geo=WA),
            L("1,260", 1260, E, P, ADP, M26 + ")", geo="Cardiff"),
            L("740", 740, E, P, ADP, M26 + ")", geo="Swansea"),
            L("690", 690, E, P, ADP, M26 + ")", geo="Newport"),
            L("nine", 9, E, AREAS, "council_areas_hosting_asylum_seekers", M26 + "; of Wales's 22 local authorities)", ctx="Only nine of", geo=WA),
            L("118", 118, E, PROPS, "asylum_dispersal_properties", M26 + "; properties the contractor now uses)", geo=WX),
            L("97", 97, E, PROPS, "asylum_dispersal_properties", "31 March 2025 (up from)", geo=WX),
            L("36", 36, E, PER10K, ADP + "_per_10000_residents", M26 + "; Wrexham's rate)", geo=WX),
            L("about 11", 11, AP, PER10K, ADP + "_per_10000_residents", M26 + "; across Wales)", geo=WA),
            L("roughly 16", 16, AP, PER10K, ADP + "_per_10000_residents", "31 March 2026 (across England and Wales)", geo=EW),
            L("£1.9m", 1.9e6, E, GBP, "council_asylum_cost", "2025/26 (supporting new arrivals cost local services; council officers' estimate)", geo=WX),
            L("£640,000", 640000, E, GBP, "council_asylum_cost_schools", "2025/26 (fell on schools; council officers' estimate)", geo=WX),
            L("131", 131, E, P, "school_pupils_asylum_seeking_families", "June 2026 (now, in Wrexham schools)", geo=WX),
            L("c. 1,100", 1100, AP, P, "esol_learners", "June 2026 (adults on English language courses in the borough)", geo=WX),
            L("£2,800", 2800, E, GBP, "council_asylum_grant_per_dispersal_bed", "2025/26 (the Home Office pays the council for each new dispersal bed; a policy rate)"),
            L("£230,000", 230000, E, GBP, "council_asylum_grant", "2025/26 (last year; brought in)", geo=WX),
            L("an eighth", 12.5, E, PCT, "council_asylum_grant_share_of_cost", "2025/26 (the money coming in covers; lead member for communities, Wrexham County Borough Council)", geo=WX),
            L("twice", 2, E, RATIO, ADP + "_fair_share_ratio", "June 2026 (taking twice the number it should; Reform UK group leader on the council)", geo=WX),
            L("612", 612, E, P, "charity_service_users", "2025 (last year; Wrexham Sanctuary Hub)", geo=WX),
            L("388", 388, E, P, "charity_service_users", "2024 (Wrexham Sanctuary Hub)", geo=WX),
            L("More than a third", THIRD, MT, PCT, "charity_service_users_share_children", "2025 (were children; Wrexham Sanctuary Hub)", geo=WX),
            L("£2.4m", 2.4e6, E, GBP, "welsh_government_sanctuary_funding", "2026/27 (set aside across Wales for the Nation of Sanctuary plan; Welsh Government)", geo=WA),
            L("8%", 8, E, PCT, ADP + "_change", "31 March 2026 vs 31 March 2025 (climbed UK-wide; Home Office)"),
            L("103,600", 103600, E, P, ADP, "31 March 2026 (UK-wide; Home Office)"),
        ]),
    "04-the-gilt-edge-immigration-skills-charge-treasury-receipts": dict(
        meta=dict(url="https://www.giltedge.example/content/5e2a91c4-immigration-skills-charge-receipts-treasury-shortfall",
                  title="Treasury faces shortfall as sponsored-worker slump erodes skills charge windfall",
                  publisher="The Gilt Edge", author="Harriet Sandiford-Obasi", published_date="2026-11-10"),
        labels=[
            L("£614mn", 614e6, E, GBP, ISC, "2025/26 (a record; Home Office accounts)"),
            L("32 per cent", 32, E, PCT, "skills_charge_change", "16 December 2025 (the levy rose by; a policy change)"),
            L("£1,320", 1320, E, GBP, "skills_charge_large_employers_per_worker", "per year, from 16 December 2025 (for every year of a worker's visa; a policy rate)"),
            L("£1,000", 1000, E, GBP, "skills_charge_large_employers_per_worker", "per year, before 16 December 2025 (up from; a policy rate)"),
            L("£480", 480, E, GBP, "skills_charge_small_employers_per_worker", "per year, from 16 December 2025 (small firms and charities; a policy rate)"),
            L("£364", 364, E, GBP, "skills_charge_small_employers_per_worker", "per year, before 16 December 2025 (up from; a policy rate)"),
            L("12 per cent", 12, E, PCT, ISC + "_change", "2025/26 vs 2024/25 (Home Office accounts)"),
            L("£548mn", 548e6, E, GBP, ISC, "2024/25 (collected; Home Office accounts)"),
            L("£281mn", 281e6, E, GBP, ISC, "April to September 2026 (since April)"),
            L("9 per cent", -9, E, PCT, ISC + "_change", "April to September 2026 vs April to September 2025"),
            L("£309mn", 309e6, E, GBP, ISC, "April to September 2025 (the same six months of 2025)"),
            L("58,900", 58900, E, P, "visas_granted_skilled_worker", "October 2025 to September 2026 (the 12 months to September; main applicants)"),
            L("41 per cent", -41, E, PCT, "visas_granted_skilled_worker_change", "12 months to September 2026 vs a year earlier"),
            L("40,900", -40900, E, P, "visas_granted_skilled_worker_change", "12 months to September 2026 vs a year earlier (fewer)"),
            L("more than nine-tenths", -90, MT, PCT, "visas_granted_care_worker_change", "12 months to September 2026 vs a year earlier (fell by)"),
            R("between £520mn and £580mn", 520e6, 580e6, GBP, ISC + "_forecast", "2026/27 (officials now expect; people familiar with the numbers)"),
            L("£690mn", 690e6, E, GBP, ISC + "_forecast", "2026/27 (pencilled in in March 2026; Office for Budget Responsibility)"),
            L("as much as £170mn", -170e6, AM, GBP, ISC + "_forecast_revision", "2026/27 (the OBR's forecast could be marked down by)"),
            L("about £1.2tn", 1.2e12, AP, GBP, "tax_receipts_total", "per year, 2026/27 (total tax receipts; " + MB + ")"),
            L("roughly 0.05 per cent", 0.05, AP, PCT, ISC + "_share_of_tax_receipts", "2026 (of the Exchequer's take; " + MB + ")"),
            L("£4.27bn", 4.27e9, E, GBP, "visa_fee_and_immigration_health_surcharge_income", "2025/26 (the last financial year; a record; visa fees, surcharge and skills charge)"),
            L("£1.94bn", 1.94e9, E, GBP, "visa_immigration_health_surcharge_receipts", "2025/26 (the surcharge alone)"),
            L("about one-seventh", 100 / 7, AP, PCT, ISC + "_share_of_visa_income", "2025/26 (of the total)"),
            L("£38mn", 38e6, E, GBP, "skills_charge_barnett_consequential", "2025/26 (received through the Barnett formula; Scottish government)", geo=SCO),
            L("one in four", 25, E, PCT, "sponsors_share_cut_overseas_recruitment_citing_skills_charge", "2026 (cut back overseas recruitment because of the cost; " + MAC + ")"),
            L("7 per cent", 7, E, PCT, "employers_stopped_sponsorship_share_citing_skills_charge", "2026 (given up their licence altogether; " + MAC + ")"),
            L("£264,000", 264000, E, GBP, "firm_skills_charge_bill", "2026 (paid up front this year; an engineering group)", geo="Midlands"),
            L("40", 40, E, P, "firm_sponsored_workers", "2026 (engineers on five-year visas; an engineering group)", ctx="sponsor 40 engineers", geo="Midlands"),
            L("412", 412e6, E, GBP, ISC, "2022/23 " + CHART4, ctx="2022-23: 412"),
            L("497", 497e6, E, GBP, ISC, "2023/24 " + CHART4, ctx="2023-24: 497"),
            L("548", 548e6, E, GBP, ISC, "2024/25 " + CHART4, ctx="2024-25: 548"),
            L("614", 614e6, E, GBP, ISC, "2025/26 " + CHART4, ctx="2025-26: 614"),
        ]),
    "05-daily-holler-oldham-council-housing-waiting-list-refugees": dict(
        meta=dict(url="https://www.dailyholler.example/news/uk-news/mum-three-seven-year-wait-council-36291748",
                  title="Mum-of-three's seven-year wait for a council home as 'refugees jump the queue' myth is busted",
                  publisher="Daily Holler", author="Callum Hartigan-Oyelowo", published_date="2026-02-07"),
        labels=[
            L("36", 36, E, HH, SHL + "_refugees", "2025 (went to refugees last year; standfirst)", ctx="Just 36 of", geo=OL),
            L("1,512", 1512, E, HH, SHL, "2025 (social homes let in Oldham last year; standfirst)", ctx="the 1,512 social", geo=OL),
            L("fewer than one in 40", 2.5, LT, PCT, SHL + "_share_refugees", "2025 (standfirst)", geo=OL),
            L("10,284", 10284, E, HH, "housing_waiting_list_households", NOW5 + "; a record, on the housing register)", geo=OL),
            L("38%", 38, E, PCT, "housing_waiting_list_households_change", "February 2026 vs 2021 (since 2021)", geo=OL),
            L("7,452", 7452, E, HH, "housing_waiting_list_households", "2021 (when there were)", geo=OL),
            L("Nearly a quarter", 25, ALM, PCT, "housing_waiting_list_share_priority_bands", NOW5 + "; in the two highest priority bands)", geo=OL),
            L("2,460", 2460, E, HH, "housing_waiting_list_households_priority_bands", NOW5 + ")", geo=OL),
            L("1,512", 1512, E, HH, SHL, "2025 (housing associations in the borough let)", ctx="let 1,512 homes", geo=OL),
            L("16%", -16, E, PCT, SHL + "_change", "2025 vs 2024", geo=OL),
            L("1,790", 1790, E, HH, SHL, "2024", geo=OL),
            L("36", 36, E, HH, SHL + "_refugees", "2025 (lets to households with refugee status)", ctx="Only 36 of", geo=OL),
            L("1,376", 1376, E, HH, SHL + "_uk_nationals", "2025 (British nationals got)", geo=OL),
            L("91%", 91, E, PCT, SHL + "_share_uk_nationals", "2025 (of the total)", geo=OL),
            L("more than 40,000", 40000, MT, SHARES, "social_media_post_shares", "2025 to February 2026 (a post shared)"),
            L("half", 50, E, PCT, SHL + "_share_migrants", "2025/26 (new council homes going to migrants; a social media post's claim)", ctx="\"half of new"),
            L("214", 214, E, HOMES, "housing_completions_social", "2025 (social homes built last year; " + CAB + ")", geo=OL),
            L("650", 650, E, HOMES, "housing_need", "per year (the borough needs; " + CAB + ")", geo=OL),
            L("five and a half years", 5.5, E, YEARS, "council_housing_waiting_time", "February 2026 (a family needing a three-bedroom home now waits an average of)", geo=OL),
            L("487", 487, E, HH, "temporary_accommodation_households", "February 2026 (the council has)", geo=OL),
            L("nearly four times", 4, ALM, RATIO, "temporary_accommodation_households_ratio", "February 2026 vs 2020", geo=OL),
            L("£7.3m", 7.3e6, E, GBP, "council_temporary_accommodation_cost", "2024/25", geo=OL),
            L("58", 58, E, HH, "refugee_households_temporary_accommodation", "February 2026 (refugee families in temporary accommodation)", geo=OL),
            L("9.4%", 9.4, E, PCT, "private_rent_change", "February 2026 vs a year earlier (in a year)", geo=OL),
            L("£795", 795, E, GBP, "private_rent_average_monthly", "per month, February 2026 (an average)", geo=OL),
            L("more than 1.3million", 1.3e6, MT, HH, "housing_waiting_list_households", "2026 (across England; housing charity Roofline)", geo=ENG),
            L("one in five", 20, E, PCT, "social_housing_new_tenants_share_not_local", "2026 (new tenants in parts of the borough 'not from here'; Reform UK councillor)", geo=OL),
            L("£39bn", 39e9, E, GBP, "social_and_affordable_housing_investment", "2026 to 2036 (over 10 years; housing ministry)", geo=ENG),
            L("90%", 90, E, PCT, SHL + "_share_uk_nationals", "2024/25 (new social lets in England, nationally)", geo=ENG),
        ]),
    "06-the-quarterdeck-young-doctors-emigrating": dict(
        meta=dict(url="https://www.thequarterdeck.example/article/we-train-them-then-wave-them-off-to-perth/",
                  title="We train them, then wave them off to Perth",
                  publisher="The Quarterdeck", author="Philippa Thackeray-Bello", published_date="2026-01-31"),
        labels=[
            L("8,620", 8620, E, P, CCPS, "January to December 2025 (last year; requests from UK-trained doctors; " + GMC + ")"),
            L("27 per cent", 27, E, PCT, CCPS + "_change", "2025 vs 2024 (" + GMC + ")"),
            L("Nearly two-thirds", 200 / 3, ALM, PCT, CCPS + "_share_under_35", "2025 (came from doctors under 35; " + GMC + ")"),
            L("roughly three in four", 75, AP, PCT, CCPS + "_share_australia_new_zealand", "2025 (Australia and New Zealand the destination; " + GMC + ")"),
            L("2,350", 2350, E, P, "uk_trained_doctors_registered_australia", "2025 (Australia's medical regulator)", geo="Australia"),
            L("nearly double", 2, ALM, RATIO, "uk_trained_doctors_registered_australia_ratio", "2025 vs 2021 (its 2021 intake)", geo="Australia"),
            L("about £230,000", 230000, AP, GBP, "doctor_training_cost", "2026 (the taxpayer spends putting each medic through medical school and the foundation years)"),
            L("£715m", 715e6, E, GBP, "rwanda_scheme_cost", "April 2022 to July 2024 (a plan to fly four asylum seekers to Rwanda)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (asylum seekers flown to Rwanda)", ctx="fly four asylum"),
            L("about £38,800", 38800, AP, GBP, "doctor_starting_salary", "per year, 2025/26 (a first-year doctor in England starts on)", geo=ENG),
            L("roughly £43,000", 43000, AP, GBP, "doctor_starting_salary", "per year, 2026 (the equivalent in New South Wales, once converted)", geo="New South Wales"),
            L("29 per cent", 29, E, PCT, "bma_pay_restoration_demand", "2026 (the British Medical Association's demand for a 'pay restoration')"),
            L("33,400", 33400, E, P, "specialty_training_applicants", "2025 (last year; doctors applied)"),
            L("10,100", 10100, E, POSTS, "specialty_training_posts", "2025 (last year)"),
            L("more than three", 3, MT, RATIO, "specialty_training_competition_ratio", "2025 (applicants for every place)"),
            L("1.4", 1.4, E, RATIO, "specialty_training_competition_ratio", "2019"),
            L("38.5 per cent", 38.5, E, PCT, "foundation_doctors_share_entering_specialty_training", "2025 (last year; went straight into specialty training after the second foundation year; foundation programme surveys)"),
            L("71 per cent", 71, E, PCT, "foundation_doctors_share_entering_specialty_training", "2011"),
            L("about 7,500", 7500, AP, PLACES, "medical_school_places", "2026 (there are, in England)", geo=ENG),
            L("double", 2, E, RATIO, "medical_school_places_planned_ratio", "by 2031 vs 2026 (the plan)", ctx="plan is to double", geo=ENG),
            L("15,000", 15000, E, PLACES, "medical_school_places_planned", "by 2031 (the plan)", geo=ENG),
            L("8,900", 8900, E, VAC, "nhs_medical_vacancies", "autumn 2025 (unfilled medical posts reported by hospitals in England)", geo=ENG),
            L("6.1 per cent", 6.1, E, PCT, "nhs_medical_vacancy_rate", "autumn 2025", geo=ENG),
            L("Nearly three in five", 60, ALM, PCT, "doctors_joining_register_share_qualified_abroad", "2024 (doctors joining the UK register)"),
            L("640", 640, E, P, CCPS, "January to December 2025 (last year; lost to overseas certificates)", geo=SCO),
            L("109,000", -109000, E, P, "net_migration_british_nationals", "July 2024 to June 2025 (the year to June 2025; a net outflow; Office for National Statistics)"),
            L("£230,000", 230000, E, GBP, "doctor_training_cost", "2026 (in return for the; the columnist's proposal)", ctx="return for the £230,000"),
        ]),
    "07-the-ancholme-advertiser-raf-scampton-asylum-site-costs": dict(
        meta=dict(url="https://www.ancholmeadvertiser.example/news/politics/scampton-asylum-camp-bill-48-9m-never-used-5123904",
                  title="£48.9m bill for Scampton asylum camp that never took in a single asylum seeker",
                  publisher="The Ancholme Advertiser", author="Rachel Dunsmore-Nwachukwu", published_date="2026-07-08"),
        labels=[
            L("£48.9m", 48.9e6, E, GBP, LSC, FOI + "; headline)", occ=0, geo=SC),
            L("up to 2,000", 2000, AM, P, "large_site_population_planned", "2023 (the Home Office had planned to house; standfirst)", occ=0, geo=SC),
            L("£48.9m", 48.9e6, E, GBP, LSC, FOI + "; preparing the site without housing anyone there)", occ=1, geo=SC),
            L("up to 2,000", 2000, AM, P, "large_site_population_planned", "2023 (single men the department had planned to accommodate)", occ=1, geo=SC),
            L("200", 200, E, P, "large_site_population_planned_initial", "2023 (starting with an initial)", geo=SC),
            L("£21.6m", 21.6e6, E, GBP, LSC + "_site_works", FOI + "; site works)", geo=SC),
            L("£14.2m", 14.2e6, E, GBP, LSC + "_security", FOI + "; security and guarding)", geo=SC),
            L("£8.7m", 8.7e6, E, GBP, LSC + "_contractors_fees", FOI + "; contractors' fees)", geo=SC),
            L("£4.4m", 4.4e6, E, GBP, LSC + "_site_clearance", FOI + "; clearing the site afterwards)", geo=SC),
            L("more than a quarter", 25, MT, PCT, LSC + "_share_security", FOI + "; security alone)", geo=SC),
            L("£5.9m", 5.9e6, E, GBP, "large_site_security_budget_overspend", FOI + "; over its original budget)", geo=SC),
            R("Between 60 and 80", 60, 80, P, "large_site_security_guards", "2023 to 2025 (on duty at any one time)", geo=SC),
            L("£2.3m", 2.3e6, E, GBP, "council_legal_costs_asylum_site", "2023 to July 2026 (legal and planning costs had reached; West Lindsey District Council, overview and scrutiny committee, Monday 6 July 2026)", geo=WL),
            L("more than doubled", 2, MT, RATIO, "council_legal_costs_asylum_site_ratio", "July 2026 vs the 2023 budget", geo=WL),
            L("£1.1m", 1.1e6, E, GBP, "council_legal_costs_asylum_site_budget", "2023 (set aside in 2023)", geo=WL),
            L("2,740", 2740, E, RESP, "consultation_responses", "2023 (the council's consultation on the plan)", geo=WL),
            L("81%", 81, E, PCT, "consultation_responses_share_opposed", "2023 (of these opposed it)", geo=WL),
            L("£48.9m", 48.9e6, E, GBP, LSC, FOI + "; every penny of that; leader, West Lindsey District Council)", occ=2, geo=SC),
            L("£300m", 300e6, E, GBP, "scampton_regeneration_investment", "future (the developer's regeneration scheme; Scampton Holdings)", geo=SC),
            L("up to 1,200", 1200, AM, JOBS, "scampton_regeneration_jobs", "future (could bring; director, Scampton Holdings)", geo=SC),
            L("About 900", 900, AP, P, "population", "2026 (live in Scampton village)", geo=SC),
            L("c. 400", 400, AP, P, "public_meeting_attendance", "2023 (a parish meeting; its chair)", geo=SC),
            L("about 720", 720, AP, P, "large_site_population", "July 2026 (Wethersfield in Essex, the only site still in use)", geo="Wethersfield"),
            L("roughly £1.4m", 1.4e6, AP, GBP, LSC, "per week, July 2026 (Wethersfield)", geo="Wethersfield"),
            L("27,900", 27900, E, P, "asylum_hotel_population", "31 March 2026 (end of March; Home Office figures)"),
            L("13%", -13, E, PCT, "asylum_hotel_population_change", "31 March 2026 vs 31 March 2025 (a year earlier)"),
            L("£290m", 290e6, E, GBP, "payment_to_rwanda", "April 2022 to July 2024 (handed to Rwanda for a scheme that never got off the ground; the area's MP)", geo="Rwanda"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
