#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the ninetieth hand-labelled hold-out set (holdout90).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, HOTELS, MONTHS, THIRD, SIXTH, E,
                        AP, MT, LT, AM, ALM, SBA, PTR, RSC, RSP, EW)

UK, NI, ENG, WA, SCO, EU = "UK", "Northern Ireland", "England", "Wales", "Scotland", "EU"
BEL, HULL = "Belfast", "Kingston upon Hull"
HH, INC, P10K = "other:households", "other:incidents", "other:persons_per_10000_residents"
CPW = "other:children_per_woman"

# 01 (Thursday 12 March 2026; NAO report on the Rwanda partnership "published on Wednesday", 11 March)
LIFE = "April 2022 to March 2026 (the scheme's whole life, including the wind-down; NAO final figure)"
WIND = "July 2024 to March 2026 (winding the policy down since it was cancelled"
RSCR = "rwanda_scheme_cost_per_relocation"
PAC = "Public Accounts Committee chairman"
HO1 = "Home Office statement"
# 02 (Saturday 23 May 2026; Home Office figures to March 2026 "published on Thursday", 21 May)
RA = "resettlement_arrivals_afghan"
YM26 = "April 2025 to March 2026 (the 12 months to March)"
YM25 = "April 2024 to March 2025 (the year before)"
AWAIT = "arap_eligible_awaiting_relocation"
HCT = "Helmand Comrades Trust director"
AHH = "afghan_households_homeless"
# 03 (Wednesday 4 March 2026; Executive Office written answer "on Monday", 2 March; Home Office statistics "last week")
D25 = "31 December 2025 (end of December"
D24 = "31 December 2024 (the same point of 2024)"
HOT = "asylum_hotel_population"
HIU = "asylum_hotels_in_use"
RHL = "refugees_homeless_after_leaving_asylum_support"
# 04 (Thursday 29 October 2026; ONS 2024-based national population projections "released yesterday", 28 October)
M24 = "mid-2024 (30 June 2024)"
M34 = "mid-2034 (30 June 2034; 2024-based principal projection)"
DEC = "mid-2024 to mid-2034 (2024-based principal projection, over ten years)"
PP = "population_projection"
PPC = "population_projection_change"
NMA = "net_migration_projection_assumption"
TOL = "Tolland Centre demographer"
# 05 (Friday 21 August 2026; Home Office data to the end of June 2026 "revealed yesterday", Thursday 20 August)
FAR = "foreign_national_offenders_awaiting_removal"
FARC = FAR + "_in_community"
FNR = "returns_foreign_national_offenders"
EJ26 = "30 June 2026 (end of June)"
EJ25 = "30 June 2025 (twelve months before)"
YJ26 = "July 2025 to June 2026 (the year ending June)"
YJ25 = "July 2024 to June 2025 (the previous year)"
WR = "Whitlock Research poll for the Daily Trestle"
# 06 (Wednesday 2 December 2026; Home Office statistics to the end of September "published last Thursday", 26 November)
ADP = "asylum_dispersal_population"
ES26 = "30 September 2026 (end of September)"
ES25 = "30 September 2025 (a year earlier)"
NEIGH = "East Riding of Yorkshire, North East Lincolnshire and North Lincolnshire"
# 07 (Friday 12 June 2026; ONS provisional estimates for 2025 "last month", May 2026)
Y25 = "2025 (calendar year; ONS estimate published last month)"
EB = "emigration_british"
CI = "Cressington Insight survey of adults aged 18 to 34"
GMC = "doctors_certificates_to_practise_abroad"
GF = "Gresley Foundation economist"

ARTICLES = {
    "01-the-chancel-rwanda-scheme-final-bill-nao": dict(
        meta=dict(url="https://www.thechancel.example/news/2026/03/12/rwanda-scheme-final-bill-738m-national-audit-office/",
                  title="Rwanda scheme's final bill reaches £738m – or £184m for every volunteer flown to Kigali",
                  publisher="The Chancel", author="Jonty Adebayo-Craske", published_date="2026-03-12"),
        labels=[
            L("£738m", 738e6, E, GBP, RSC, LIFE + "; headline)", occ=0),
            L("£184m", 184e6, E, GBP, RSCR, LIFE + "; for every volunteer flown to Kigali; headline)"),
            L("£46m", 46e6, E, GBP, RSC, WIND + "; winding down on its own; standfirst)", occ=0),
            L("£38m", 38e6, E, GBP, "rwanda_scheme_cost_revision", "final figure vs the July 2024 estimate (above the figure ministers gave Parliament; standfirst)", occ=0),
            L("£738m", 738e6, E, GBP, RSC, LIFE + ")", occ=1),
            L("£38m", 38e6, E, GBP, "rwanda_scheme_cost_revision", "final figure vs the £700m announced in July 2024 (higher)", occ=1),
            L("£700m", 700e6, E, GBP, RSC, "April 2022 to July 2024 (the estimate the Home Secretary announced in July 2024)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (people ever relocated, all volunteers)", ctx="Just four people were ever relocated"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "2024 (payment each volunteer took to go)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (spread across those four; the same volunteers named again)", ctx="Spread across those four"),
            L("£184.5m", 184.5e6, E, GBP, RSCR, LIFE + "; a head)"),
            L("£290m", 290e6, E, GBP, PTR, "April 2022 to July 2024 (handed directly to the Rwandan government; the largest item)", occ=0),
            L("£112m", 112e6, E, GBP, RSC, LIFE + "; officials' salaries)"),
            L("about 1,100", 1100, AP, P, "rwanda_scheme_staff", "early 2024 (civil servants at the scheme's height)"),
            L("£95m", 95e6, E, GBP, RSC, LIFE + "; flights, escorts and detention)"),
            L("£66m", 66e6, E, GBP, RSC, LIFE + "; legal fees)"),
            L("£129m", 129e6, E, GBP, RSC, LIFE + "; IT, casework and preparations in Kigali)"),
            L("£46m", 46e6, E, GBP, RSC, WIND + "; cancelling contracts and redeploying staff)", occ=1),
            L("about 100", 100, AP, P, "rwanda_accommodation_capacity", "2022 to 2024 (rooms in a refurbished hostel in Kigali)", geo="Rwanda"),
            L("2,143", 2143, E, P, "immigration_detentions_rwanda", "spring 2024 (people picked out for removal, detained; NAO)"),
            L("More than half", 50, MT, PCT, "rwanda_detainees_share_released_on_bail", "spring 2024 onwards (of the 2,143 detained, later released on bail)"),
            L("300", 300, E, P, "rwanda_relocations_planned", "March 2024 (the relocations the NAO costed then)"),
            R("between £500m and £600m", 500e6, 600e6, GBP, RSP, "March 2024 (NAO's earlier estimate for relocating 300 people)"),
            L("some 86,000", 86000, AP, P, SBA, "April 2022 to July 2024 (over the life of the deal)"),
            L("About 52,000", 52000, AP, P, "asylum_backlog_illegal_migration_act_cohort", "7 March 2023 to July 2024 (arrivals whose claims were frozen under the Illegal Migration Act)"),
            L("Three-quarters of a billion pounds", 750e6, E, GBP, RSC, LIFE + "; " + PAC + ")"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (" + PAC + ")", ctx="bought four relocations"),
            L("£290m", 290e6, E, GBP, PTR, "April 2022 to July 2024 (sent to Kigali; " + PAC + ")", occ=1),
            L("more than 40%", 40, MT, PCT, SBA + "_change",
              "5 July 2024 to January 2026 vs January 2023 to July 2024 (Labour's first 18 months vs the preceding 18; Conservative spokesman)"),
            L("£738m", 738e6, E, GBP, RSC, LIFE + "; " + HO1 + ")", occ=2),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers moved; " + HO1 + ")", ctx="moved four volunteers"),
            L("£150m", 150e6, E, GBP, "border_security_command_funding", "July 2024 to March 2026 (new funding; " + HO1 + ")"),
            L("a quarter", 25, E, PCT, "returns_change", "since July 2024 vs under the previous government (enforced returns; " + HO1 + ")", ctx="running a quarter higher"),
        ]),
    "02-the-gorget-afghan-resettlement-falls": dict(
        meta=dict(url="https://www.thegorget.example/news/uk/home-news/afghan-resettlement-arap-acrs-pakistan-home-office-figures-b2740518.html",
                  title="Afghan resettlement falls by a third as families of British army interpreters wait in Pakistan",
                  publisher="The Gorget", author="Priya Oduwole-Hartigan", published_date="2026-05-23"),
        labels=[
            L("a third", -THIRD, E, PCT, RA + "_change", YM26 + " vs " + YM25 + " (headline)", ctx="falls by a third"),
            L("3,120", 3120, E, P, RA, YM26 + " (brought to the UK on resettlement routes; standfirst)", occ=0),
            L("about 2,400", 2400, AP, P, AWAIT, "May 2026 (already found eligible, yet to travel; standfirst)", occ=0),
            L("a third", -THIRD, E, PCT, RA + "_change", YM26 + " vs " + YM25 + " (in a year)", ctx="dropped by a third"),
            L("3,120", 3120, E, P, RA, YM26 + " (Home Office figures published on Thursday)", occ=1),
            L("4,690", 4690, E, P, RA, YM25),
            L("2,470", 2470, E, P, RA + "_arap", YM26 + " (Afghan Relocations and Assistance Policy)"),
            L("nearly four times", 4, ALM, RATIO, RA + "_arap_to_acrs_ratio", YM26 + " (Arap arrivals vs ACRS arrivals)"),
            L("650", 650, E, P, RA + "_acrs", YM26 + " (Afghan Citizens Resettlement Scheme)"),
            L("almost four in five", 80, ALM, PCT, RA + "_share_arap", YM26),
            L("about 15,000", 15000, AP, P, "afghan_evacuees_operation_pitting", "August 2021 (carried out in the Operation Pitting airlift)"),
            L("37,960", 37960, E, P, RA, "August 2021 to March 2026 (resettled in all since Operation Pitting)"),
            L("about 2,400", 2400, AP, P, AWAIT, "May 2026 (approved under Arap, still in Pakistan; Ministry of Defence)", occ=1),
            L("about 900", 900, AP, P, AWAIT + "_children", "May 2026 (children among those approved and waiting; Ministry of Defence)"),
            L("more than a million", 1e6, MT, P, "afghan_returns_from_pakistan", "late 2023 to May 2026 (pushed across the border by Islamabad)", geo="Pakistan"),
            L("up to 20,000", 20000, AM, P, "resettlement_cap", "from 2021 (the ACRS promise, over the coming years; " + HCT + ")"),
            L("Fewer than 14,000", 14000, LT, P, RA + "_acrs", "2021 to May 2026 (through ACRS so far; " + HCT + ")"),
            L("£20,520", 20520, E, GBP, "council_resettlement_grant_per_refugee", "2026 (per person, spread over three years; councils' tariff for resettled Afghans)"),
            L("1,530", 1530, E, HH, AHH, "2025/26 (April 2025 to March 2026; assessed as homeless or threatened with homelessness by councils)", geo=ENG),
            L("20%", 20, E, PCT, AHH + "_change", "2025/26 vs 2024/25", geo=ENG),
            L("more than a third", THIRD, MT, PCT, "afghan_households_temporary_accommodation_share_out_of_borough",
              "2025/26 (of those placed in temporary accommodation, sent outside their home borough)", geo="London"),
            L("1,180", 1180, E, P, "afghan_transitional_accommodation_population", "May 2026 (still on military bases; Ministry of Defence)"),
            L("£2.4bn", 2.4e9, E, GBP, "afghan_resettlement_schemes_cost", "2021 to 2026 (an estimated; the two departments, since 2021; Commons Library briefing)"),
            L("6,730", 6730, E, P, SBA, "2025 (calendar year; last year; Afghans, the largest nationality)"),
            L("about one in six", SIXTH, AP, PCT, "small_boat_arrivals_share_afghan", "2025 (calendar year; of all arrivals)"),
            L("97%", 97, E, PCT, "asylum_grants_share_initial_decisions_afghan", "2023 (calendar year)"),
            L("41%", 41, E, PCT, "asylum_grants_share_initial_decisions_afghan", YM26),
            L("more than 5,800", 5800, MT, P, RA + "_arap", "5 July 2024 to May 2026 (since 5 July 2024; MoD spokesperson)"),
        ]),
    "03-the-antrim-lamp-belfast-asylum-hotels": dict(
        meta=dict(url="https://www.antrimlamp.example/news/belfast/belfast-hotels-still-housing-1190-asylum-seekers-home-office-exit-plan-stalls-4829163",
                  title="Belfast hotels still housing 1,190 asylum seekers as Home Office exit plan stalls",
                  publisher="The Antrim Lamp", author="Orla McCandless-Mbeki", published_date="2026-03-04"),
        labels=[
            L("1,190", 1190, E, P, HOT, D25 + "; headline)", occ=0, geo=BEL),
            L("Eleven", 11, E, HOTELS, HIU, D25 + "; of the 14 in use across Northern Ireland; standfirst)", geo=BEL),
            L("14", 14, E, HOTELS, HIU, D25 + "; Assembly answer; standfirst)", ctx="Eleven of the 14 hotels", geo=NI),
            L("Almost 1,200", 1200, ALM, P, HOT, D25 + "; still living in Belfast hotels; lead)", geo=BEL),
            L("1,190", 1190, E, P, HOT, D25 + "; written answer to an MLA on Monday 2 March 2026)", occ=1, geo=BEL),
            L("1,410", 1410, E, P, HOT, D25 + "; across Northern Ireland)", geo=NI),
            L("14", 14, E, HOTELS, HIU, D25 + ")", ctx="spread over 14 hotels", geo=NI),
            L("11", 11, E, HOTELS, HIU, D25 + ")", ctx="11 of them in Belfast", geo=BEL),
            L("18%", -18, E, PCT, HOT + "_change", "31 December 2025 vs " + D24, geo=NI),
            L("1,720", 1720, E, P, HOT, D24, geo=NI),
            L("3,240", 3240, E, P, "asylum_support_population", D25 + "; as the year closed; Home Office statistics released last week)", geo=NI),
            L("about 3%", 3, AP, PCT, "asylum_support_population_share_northern_ireland", D25 + "; of the UK total)"),
            L("107,300", 107300, E, P, "asylum_support_population", D25 + "; the UK total)"),
            L("more than two in five", 40, MT, PCT, "asylum_support_share_hotels", D25 + "; those in hotels)", geo=NI),
            L("some 1,860", 1860, AP, P, "asylum_applications", "2025 (calendar year; claims lodged here)", geo=NI),
            L("more than doubled", 2, MT, RATIO, "asylum_applications_ratio", "2025 vs 2022", geo=NI),
            L("£118", 118, E, GBP, "asylum_hotel_cost_per_person_night", "per night, 2025 (an average, hotel place here; freedom of information documents)", geo=NI),
            L("about £24", 24, AP, GBP, "asylum_dispersal_cost_per_person_night", "per night, 2025 (a bed in dispersal accommodation)", geo=NI),
            L("nearly five times", 5, ALM, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2025 (hotel place vs dispersal bed)", geo=NI),
            L("almost 85%", 85, ALM, PCT, "asylum_hotel_population_share_belfast", "December 2025 (Belfast's share of the hotel population; Belfast City Councillor)", geo=NI),
            L("1,040", 1040, E, HH, RHL, "2024/25 (April 2024 to March 2025; presented as homeless soon after refugee status; Housing Executive)", geo=NI),
            L("690", 690, E, HH, RHL, "2023/24 (April 2023 to March 2024; the year before; Housing Executive)", geo=NI),
            L("half as many again", 50, E, PCT, RHL + "_change", "2024/25 vs 2023/24", geo=NI),
            L("870", 870, E, P, "charity_service_users", "2025 (new clients registered last year; Bridgeway Refugee Network)", geo=BEL),
            L("1,412", 1412, E, INC, "race_hate_incidents", "January to December 2025 (the 12 months to December; PSNI)", geo=NI),
            L("a fifth", 20, E, PCT, "race_hate_incidents_change", "year to December 2025 vs year to December 2024 (up)", geo=NI),
            L("a third", -THIRD, E, PCT, HIU + "_change", "early 2026 vs a year earlier (hotel numbers across the UK down on last year; Home Office)"),
        ]),
    "04-the-scrivener-ons-national-population-projections": dict(
        meta=dict(url="https://www.thescrivener.example/article/ons-population-projections-britain-2034-migration-explainer-7tq2vkx9m",
                  title="What the new population projections say about Britain in 2034",
                  publisher="The Scrivener", author="Imogen Strutt-Nakamura", published_date="2026-10-29"),
        labels=[
            L("3.5 million", 3.5e6, E, P, "population_growth_projection", DEC + "; within a decade; standfirst)", occ=0),
            L("69.3 million", 69.3e6, E, P, "population", M24, occ=0),
            L("72.8 million", 72.8e6, E, P, PP, M34 + " (projections released yesterday)"),
            L("3.5 million", 3.5e6, E, P, "population_growth_projection", DEC + ")", occ=1),
            L("5.1 per cent", 5.1, E, PCT, PPC, DEC + ")"),
            L("142,000", 142000, E, P, "population_revision", "mid-2024 (30 June 2024; the starting estimate, revised up last year)"),
            L("72.5 million", 72.5e6, E, P, PP, "mid-2032 (30 June 2032; 2022-based projections published in January 2025)"),
            L("72.2 million", 72.2e6, E, P, PP, "mid-2032 (30 June 2032; 2024-based projections, the same year)"),
            L("about 300,000", -300000, AP, P, "population_projection_revision", "mid-2032 (2024-based vs 2022-based projections, lower)"),
            L("315,000", 315000, E, P, NMA, "per year, long term (2024-based projections)", occ=0),
            L("340,000", 340000, E, P, NMA, "per year, long term (2022-based projections)"),
            L("3.4 million", 3.4e6, E, P, "net_migration_projection_cumulative", DEC + "; net international migration over the decade)"),
            L("about 100,000", 100000, AP, P, "population_natural_change_projection", DEC + "; births over deaths in total)"),
            L("1.42", 1.42, E, CPW, "total_fertility_rate", "long term (2024-based fertility assumption)"),
            L("1.45", 1.45, E, CPW, "total_fertility_rate", "long term (2022-based fertility assumption)"),
            L("about 640,000", 640000, AP, P, "births_projection", "per year, year to mid-2034 (2024-based principal projection)"),
            L("1.7 million", 1.7e6, E, P, "population_aged_85_and_over", M24),
            L("2.4 million", 2.4e6, E, P, "population_aged_85_and_over_projection", M34, ctx="1.7 million to 2.4 million"),
            L("41 per cent", 41, E, PCT, "population_aged_85_and_over_projection_change", DEC + ")"),
            L("1.2m", 1.2e6, E, P, "population_over_state_pension_age_projection_change", DEC + ")"),
            L("13.9 million", 13.9e6, E, P, "population_over_state_pension_age_projection", M34),
            L("almost one in four", 25, ALM, PCT, "population_share_aged_65_and_over_projection", "mid-2049 (30 June 2049; 2024-based principal projection)"),
            L("about one in five", 20, AP, PCT, "population_share_aged_65_and_over", "2026 (today)"),
            L("2.9", 2.9, E, RATIO, "working_age_per_pensioner_ratio", "2034 (2024-based principal projection)", ctx="2.9 people"),
            L("3.3", 3.3, E, RATIO, "working_age_per_pensioner_ratio", "2026 (now)"),
            L("5.6 per cent", 5.6, E, PCT, PPC, DEC + "; grows fastest)", geo=ENG),
            L("61.9 million", 61.9e6, E, P, PP, M34, geo=ENG),
            L("2.9 per cent", 2.9, E, PCT, PPC, DEC + ")", geo=WA),
            L("2.4 per cent", 2.4, E, PCT, PPC, DEC + ")", geo=SCO),
            L("1.8 per cent", 1.8, E, PCT, PPC, DEC + ")", geo=NI),
            L("69.3 million", 69.3e6, E, P, PP, "around 2028 (2018-based projections)", occ=1),
            L("190,000", 190000, E, P, NMA, "per year (2018-based projections)"),
            R("between 70.6 million and 74.9 million", 70.6e6, 74.9e6, P, PP, M34 + "; the ONS's migration variants)"),
            L("nearer 200,000", 200000, AP, P, "net_migration_scenario", "per year (if net migration settles there; " + TOL + ")"),
            L("about 1.1 million", -1.1e6, AP, P, "population_projection_scenario_change", "mid-2034 (smaller than the principal projection under that scenario; " + TOL + ")"),
        ]),
    "05-daily-trestle-foreign-offenders-awaiting-deportation": dict(
        meta=dict(url="https://www.dailytrestle.example/news/article-15820374/foreign-criminals-free-streets-awaiting-deportation-17600.html",
                  title="More than 17,600 foreign criminals free on Britain's streets while they wait to be deported – nearly four times as many as are behind bars",
                  publisher="Daily Trestle", author="Graham Wexcombe-Adu", published_date="2026-08-21"),
        labels=[
            L("More than 17,600", 17600, MT, P, FARC, EJ26 + " (free on Britain's streets; headline)", occ=0),
            L("nearly four times", 4, ALM, RATIO, FARC + "_ratio", EJ26 + " (in the community vs behind bars; headline)", occ=0),
            L("22,280", 22280, E, P, FAR, EJ26 + " (bullet)", occ=0),
            L("1,270", 1270, E, P, FAR + "_change", EJ26 + " vs " + EJ25 + " (up in a year; bullet)", occ=0),
            L("14%", 14, E, PCT, FNR + "_change", YJ26 + " vs " + YJ25 + " (bullet)", occ=0),
            L("5,870", 5870, E, P, FNR, YJ26 + " (bullet)", occ=0),
            L("More than 17,600", 17600, MT, P, FARC, EJ26 + " (figures revealed yesterday)", occ=1),
            L("22,280", 22280, E, P, FAR, EJ26 + " (Home Office data)", occ=1),
            L("1,270", 1270, E, P, FAR + "_change", EJ26 + " vs " + EJ25, occ=1),
            L("17,620", 17620, E, P, FARC, EJ26 + " (living freely)", occ=0),
            L("nearly four times", 4, ALM, RATIO, FARC + "_ratio", EJ26 + " (in the community vs in prison or detention)", occ=1),
            L("4,660", 4660, E, P, FAR + "_in_prison", EJ26 + " (held in prison or immigration detention)"),
            L("71 per cent", 71, E, PCT, FARC + "_share_waiting_over_year", EJ26 + " (of these, waiting for more than a year)"),
            L("More than 2,300", 2300, MT, P, FARC + "_violent_sexual", EJ26 + " (convictions for violent or sexual crimes)"),
            L("5,870", 5870, E, P, FNR, YJ26, occ=1),
            L("14 per cent", 14, E, PCT, FNR + "_change", YJ26 + " vs " + YJ25),
            L("5,150", 5150, E, P, FNR, YJ25),
            L("Some 1,940", 1940, AP, P, FNR + "_early_removal_scheme", YJ26),
            L("one in five", 20, E, PCT, FNR + "_share_albanian", YJ26),
            L("almost half", 50, ALM, PCT, FNR + "_share_albanian_romanian_polish", YJ26),
            L("17 months", 17, E, MONTHS, "foreign_national_offenders_time_to_removal_after_sentence", YJ26 + " (an average, from the end of a sentence to removal)"),
            L("10,620", 10620, E, P, "prison_population_foreign_nationals", EJ26 + " (Ministry of Justice figures)", geo=EW),
            L("12.4 per cent", 12.4, E, PCT, "prison_population_share_foreign_nationals", EJ26 + " (of all inmates)", geo=EW),
            L("almost £54,000", 54000, ALM, GBP, "prison_place_cost_per_year", "per year, 2026 (each prison place)", geo=EW),
            L("1,128", 1128, E, P, "foreign_national_offender_deportation_appeals_allowed", "2025 (calendar year; last year; by immigration judges)"),
            L("two-thirds", 200 / 3, E, PCT, "deportation_appeals_allowed_share_article_8", "2025 (citing Article 8 and family ties)"),
            L("17,620", 17620, E, P, FARC, EJ26 + " (Shadow Home Secretary)", occ=1),
            L("doubled", 2, E, RATIO, FAR + "_ratio", "2026 vs 2016 (Castlegate Policy Unit analysis)"),
            L("1,860", 1860, E, P, "poll_sample_size", "August 2026 (adults; " + WR + ")"),
            L("78 per cent", 78, E, PCT, "poll_share_support_deporting_all_foreign_criminals", "August 2026 (removed automatically after serving their time; " + WR + ")"),
            L("11 per cent", 11, E, PCT, "poll_share_oppose_deporting_all_foreign_criminals", "August 2026 (" + WR + ")"),
            L("14%", 14, E, PCT, FNR + "_change", YJ26 + " vs " + YJ25 + " (the past year; Home Office spokesman)", occ=1),
            L("more than 11,000", 11000, MT, P, FNR, "5 July 2024 to August 2026 (since 5 July 2024; Home Office spokesman)"),
        ]),
    "06-the-wyke-courier-hull-asylum-dispersal-hotel": dict(
        meta=dict(url="https://www.wykecourier.example/news/hull-east-riding-news/hull-asylum-seekers-dispersal-priory-quay-hotel-10482263",
                  title="Hull houses more asylum seekers than the rest of the Humber combined as hotel closure date slips again",
                  publisher="The Wyke Courier", author="Callum Brackenridge-Osei", published_date="2026-12-02"),
        labels=[
            L("52", 52, E, P10K, ADP + "_per_10000_residents", ES26 + " (standfirst)", occ=0, geo=HULL),
            L("more than double", 2, MT, RATIO, ADP + "_per_10000_residents_ratio", ES26 + " (vs the average for England; standfirst)", occ=0, geo=HULL),
            L("1,410", 1410, E, P, ADP, ES26 + " (statistics published last Thursday)", occ=0, geo=HULL),
            L("9%", 9, E, PCT, ADP + "_change", ES26 + " vs " + ES25, geo=HULL),
            L("88", 88, E, P, ADP, ES26, geo="East Riding of Yorkshire"),
            L("402", 402, E, P, ADP, ES26, geo="North East Lincolnshire"),
            L("137", 137, E, P, ADP, ES26, geo="North Lincolnshire"),
            L("627", 627, E, P, ADP, ES26 + " (the three councils between them)", geo=NEIGH),
            L("52", 52, E, P10K, ADP + "_per_10000_residents", ES26 + " (Hull's rate)", occ=1, geo=HULL),
            L("more than double", 2, MT, RATIO, ADP + "_per_10000_residents_ratio", ES26 + " (vs the England average)", occ=1, geo=HULL),
            L("21", 21, E, P10K, ADP + "_per_10000_residents", ES26 + " (the England average)", geo=ENG),
            L("9,930", 9930, E, P, ADP, ES26, geo="Yorkshire and the Humber"),
            L("about one in seven", 100 / 7, AP, PCT, ADP + "_share_yorkshire_and_the_humber", ES26),
            L("70,200", 70200, E, P, ADP, ES26 + " (across the UK)"),
            L("1.21k", 1210, E, P, ADP, "30 September 2024 (chart)", geo=HULL),
            L("1.29k", 1290, E, P, ADP, "30 September 2025 (chart)", geo=HULL),
            L("1.41k", 1410, E, P, ADP, "30 September 2026 (chart)", geo=HULL),
            L("about 180", 180, AP, P, "asylum_hotel_population", "December 2026 (men at the Priory Quay Hotel now)", geo=HULL),
            L("240", 240, E, P, "asylum_hotel_population", "2024 (the Priory Quay Hotel's peak)", geo=HULL),
            L("23,100", 23100, E, P, "asylum_hotel_population", ES26 + " (when September ended)"),
            L("a third", -THIRD, E, PCT, "asylum_hotel_population_change", ES26 + " vs " + ES25 + " (down on last year)"),
            L("127", 127, E, HOTELS, "asylum_hotels_in_use", ES26),
            L("£2.3m", 2.3e6, E, GBP, "council_asylum_cost", "2025/26 (April 2025 to March 2026; services linked to asylum dispersal; Hull City Council)", geo=HULL),
            L("£1.1m", 1.1e6, E, GBP, "council_asylum_grant", "2025/26 (received from the Home Office; Hull City Council)", geo=HULL),
            L("less than half", 50, LT, PCT, "council_asylum_grant_share_of_cost", "2025/26 (Home Office money against the council's cost)", geo=HULL),
            L("Some 6,800", 6800, AP, P, "petition_signatures", "2026 (petition demanding the Priory Quay Hotel's closure)", geo=HULL),
            L("£310,000", 310000, E, GBP, "police_cost_asylum_hotel_protests", "summer 2026 (policing protests outside the hotel; Humberside Police)", geo=HULL),
            L("1,150", 1150, E, P, "charity_service_users", "1 January to 2 December 2026 (so far this year; Humber Open Door)", geo=HULL),
            L("a quarter", 25, E, PCT, "charity_service_users_change", "1 January to 2 December 2026 vs the same period of 2025 (Humber Open Door)", ctx="up a quarter", geo=HULL),
            L("almost half", 50, ALM, PCT, "asylum_hotels_closed_share", "5 July 2024 to December 2026 (of the hotels open at the general election, since shut; Home Office)"),
            L("c. 270,000", 270000, AP, P, "population", "2026 (Hull in numbers box; ONS)", geo=HULL),
            L("1,410", 1410, E, P, ADP, ES26 + " (Hull in numbers box)", occ=1, geo=HULL),
            L("1", 1, E, HOTELS, "asylum_hotels_in_use", "December 2026 (Hull in numbers box)", ctx="Asylum hotels in use: 1", geo=HULL),
        ]),
    "07-the-sennet-young-britons-emigration-essay": dict(
        meta=dict(url="https://www.thesennet.example/ideas/2026/06/quiet-exodus-why-my-generation-is-packing-up",
                  title="The quiet exodus: why my generation is packing up",
                  publisher="The Sennet", author="Rafe Castellanos-Lowe", published_date="2026-06-12"),
        labels=[
            L("116,000", -116000, E, P, "net_migration_british_nationals", "2025 (calendar year; last year; standfirst)", occ=0),
            L("264,000", 264000, E, P, EB, Y25),
            L("148,000", 148000, E, P, "immigration_british", Y25 + " (came back)"),
            L("116,000", -116000, E, P, "net_migration_british_nationals", Y25 + " (lost, net)", occ=1),
            L("Three in five", 60, E, PCT, EB + "_share_aged_16_34", Y25 + " (of those leaving)"),
            L("116,000", -116000, E, P, "net_migration_british_nationals", "2025 (calendar year; pull quote)", occ=2),
            L("31,000", 31000, E, P, EB + "_revision", "2024 (calendar year; revised up)"),
            L("233,000", 233000, E, P, EB, "2024 (calendar year; revised estimate)"),
            L("13%", 13, E, PCT, EB + "_change", "2025 vs 2024 (revised)"),
            L("38,400", 38400, E, P, "australia_working_holiday_visas_british", "2024-25 (July 2024 to June 2025; granted to Britons)", geo="Australia"),
            L("double", 2, E, RATIO, "australia_working_holiday_visas_british_ratio", "2024-25 vs 2018-19", geo="Australia"),
            L("11,900", 11900, E, P, "canada_permanent_residents_british", "2025 (calendar year; last year)", geo="Canada"),
            L("240,000", 240000, E, P, "british_nationals_resident_abroad", "2026 (an estimated; Britons living in the UAE)", geo="United Arab Emirates"),
            L("about 102,000", 102000, AP, P, "eu_first_residence_permits_uk_citizens", "2024 (calendar year; first-time residence permits issued to Britons)", geo=EU),
            L("almost 30%", 30, ALM, PCT, "eu_first_residence_permits_uk_citizens_change", "2024 vs 2021 (the first year without free movement)", geo=EU),
            L("roughly 5.5 million", 5.5e6, AP, P, "british_nationals_resident_abroad", "2026 (British citizens living abroad; Foreign Office)", geo="Outside the UK"),
            L("38%", 38, E, PCT, "rent_share_of_pay_young_renters", "2026 (a typical young renter's take-home pay)", geo=ENG),
            L("46%", 46, E, PCT, "rent_share_of_pay_young_renters", "2026 (a typical young renter's take-home pay)", geo="London"),
            L("2,000", 2000, E, P, "poll_sample_size", "2026 (adults aged 18 to 34; " + CI + ")"),
            L("41%", 41, E, PCT, "public_share_considering_emigration_under_35", "2026 (would consider moving abroad for good; " + CI + ")"),
            L("one in four", 25, E, PCT, "public_share_under_35_taken_step_to_emigrate", "2026 (a concrete step such as applying for a visa or a job; " + CI + ")"),
            L("4,880", 4880, E, P, GMC, "2025 (calendar year; certificates doctors need to practise overseas; General Medical Council)"),
            L("a quarter", 25, E, PCT, GMC + "_change", "2025 vs 2024 (the year before)", ctx="up a quarter"),
            L("three-quarters", 75, E, PCT, GMC + "_share_under_35", "2025 (doctors who asked for them, under 35)"),
            L("more than a million", 1e6, MT, P, EB + "_to_australia", "post-war (the assisted passage schemes)"),
            L("About 45%", 45, AP, PCT, EB + "_share_graduates", "2025 (hold a degree, now; " + GF + ")"),
            L("28%", 28, E, PCT, EB + "_share_graduates", "2010 (calendar year; " + GF + ")"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
