#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the ninety-eighth hand-labelled hold-out set (holdout98).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, HOTELS, THIRD, E, AP, MT, AL, LT, AM, ALM,
                        SBA, SBC, NM, AC, EW)

UK, ENG, WA, SCO, NI, IE = "UK", "England", "Wales", "Scotland", "Northern Ireland", "Ireland"
ABROAD = "Outside the UK"
EUR, HOMES, HH, LIC = "other:EUR", "other:homes", "other:households", "other:licences"
EMPLOYERS, XINGS = "other:employers", "other:crossing_points"

# 01 (Tuesday 26 May 2026; ONS figures for calendar 2025 published "Last Thursday", 21 May 2026)
EB = "emigration_british"
Y25 = "2025 (calendar year; ONS, published Thursday 21 May 2026"
BNA = "british_nationals_resident_abroad"
SPA = "state_pensioners_abroad"
# 02 (Thursday 13 August 2026; Home Office accommodation data "slipped out yesterday", 12 August)
HIU = "asylum_hotels_in_use"
HOTP = "asylum_hotel_population"
J26 = "31 July 2026 (end of July"
# 03 (Thursday 5 March 2026; OBR forecast "published on Tuesday", 3 March)
NMF = "net_migration_forecast"
OBR = "OBR March 2026 forecast, published Tuesday 3 March 2026"
LFF = "former Treasury economist, Lowther Fiscal Forum"
# 04 (Wednesday 17 June 2026; council report to cabinet "on Monday", 15 June)
NP = "Newport"
RA = "resettlement_arrivals"
SINCE15 = "December 2015 to June 2026 (since the first Syrian families arrived; council report to cabinet, Monday 15 June 2026"
HOMESEC = "council_resettlement_homes_secured"
CLLR = "cabinet member for housing and communities, Newport City Council"
GSH = "Gwent Sanctuary Hub"
# 05 (Friday 29 May 2026; Home Office data "published on Thursday", 28 May; the year to March 2026)
SL = "sponsor_licences"
SWV = "visas_granted_skilled_worker"
YM26 = "April 2025 to March 2026 (the year to March; Home Office data published Thursday 28 May 2026"
AME = "Association of Mobility Employers survey"
TYB = "chief executive, Tyburn Precision"
BHAM = "Birmingham"
# 06 (Thursday 23 April 2026)
AA = "asylum_applications"
DUP = "DUP home affairs spokesperson"
# 07 (Monday 9 November 2026; Home Office statistics to the end of June 2026 and FOI figures obtained by The Vestry)
S4 = "asylum_support_section_4"
HAN = "Hearth Asylum Network"
HAND = "director, Hearth Asylum Network"
YJ26 = "July 2025 to June 2026 (the year to June"

ARTICLES = {
    "01-unmoored-britons-abroad-emigration": dict(
        meta=dict(url="https://unmoored.example/society/the-britain-that-left-emigration-britons-abroad",
                  title="The Britain that left",
                  publisher="Unmoored", author="Cressida Vane-Okafor", published_date="2026-05-26"),
        labels=[
            L("Almost 250,000", 250000, ALM, P, EB, "2025 (last year; fellow citizens who packed up and went; standfirst)"),
            L("168,000", 168000, E, P, NM, Y25 + "; net migration for calendar 2025)", occ=0),
            L("more than 700,000", -700000, MT, P, NM + "_change", "2025 vs the peak (year ending March 2023; below the peak)"),
            L("244,000", 244000, E, P, EB, Y25 + "; British nationals emigrated)"),
            L("9%", 9, E, PCT, EB + "_change", "2025 vs 2024 (more than the year before)"),
            L("131,000", 131000, E, P, "immigration_british", "2025 (British nationals who came back)"),
            L("113,000", -113000, E, P, "net_migration_british_nationals", "2025 (a net loss of our own)", occ=0),
            L("22,000", 22000, E, P, EB + "_revision", "2024 (revised up since first published)"),
            L("698,000", 698000, E, P, "emigration", "2025 (people of every nationality who left; last year)"),
            L("866,000", 866000, E, P, "immigration", "2025 (arrived; last year)"),
            L("Some 58%", 58, AP, PCT, EB + "_share_aged_16_34", "2025 (Britons who left last year aged between 16 and 34)"),
            L("one in five", 20, E, PCT, "public_share_expect_to_live_abroad_aged_18_24", "March 2026 (18- to 24-year-olds expecting to live abroad within a decade; poll by Keystone Insight)"),
            L("5.5m", 5.5e6, E, P, BNA, "2026 (British citizens living overseas; the Foreign Office's working assumption)", geo=ABROAD),
            L("1.07m", 1.07e6, E, P, "uk_born_population_abroad", "the latest Australian census (2021; residents born in the UK)", geo="Australia"),
            L("about 290,000", 290000, AP, P, BNA, "2026 (registered Britons)", geo="Spain"),
            L("roughly doubled", 2, AP, RATIO, BNA + "_ratio", "2026 vs 2016 (Britons in the United Arab Emirates)", geo="United Arab Emirates"),
            L("240,000", 240000, E, P, BNA, "2026 (an estimated; Britons in the United Arab Emirates)", geo="United Arab Emirates"),
            L("41,200", 41200, E, P, "working_holiday_visas_granted_britons", "2024/25 (July 2024 to June 2025, the Australian programme year)", geo="Australia"),
            L("8%", 8, E, PCT, "working_holiday_visas_granted_britons_change", "2024/25 vs 2023/24", geo="Australia"),
            L("9,000", 9000, E, P, "youth_mobility_quota_canada_britons", "2026 (this year; raised quota for British applicants; a policy cap)", geo="Canada"),
            L("Roughly 1.1 million", 1.1e6, AP, P, SPA, "2026 (draw a British state pension abroad)", geo=ABROAD),
            L("about 453,000", 453000, AP, P, SPA + "_frozen", "2026 (in countries where the payment is frozen)", geo=ABROAD),
            L("Four in five", 80, E, PCT, SPA + "_frozen_share_australia_canada_new_zealand_south_africa", "2026 (four in five of these)", geo=ABROAD),
            L("£241.30", 241.30, E, GBP, "state_pension_full_new_weekly", "per week, from April 2026 (2026/27; a new pensioner; a policy rate)"),
            L("186,000", 186000, E, P, "overseas_electors_registered", "July 2024 (on the rolls at the 2024 general election)"),
            L("roughly one in twenty", 5, AP, PCT, "overseas_electors_share_registered", "July 2024 (of those the Electoral Commission thinks eligible)"),
            L("168,000", 168000, E, P, NM, "2025 (looks 'under control'; closing paragraph)", occ=1),
            L("113,000", -113000, E, P, "net_migration_british_nationals", "2025 (a net 113,000 Britons went the other way; closing paragraph)", occ=1),
        ]),
    "02-daily-brickbat-asylum-hotels-month-by-month": dict(
        meta=dict(url="https://www.dailybrickbat.example/news/politics/2147731/labour-176-migrant-hotels-month-by-month-closure-pledge",
                  title="Labour STILL using 176 migrant hotels as month-by-month figures show closure pledge crawling along",
                  publisher="Daily Brickbat", author="Duncan Merriweather-Osei", published_date="2026-08-13"),
        labels=[
            L("176", 176, E, HOTELS, HIU, J26 + "; headline)", occ=0),
            L("35", 35, E, HOTELS, "asylum_hotels_closed", "31 December 2025 to 31 July 2026 (sites shut since New Year; standfirst)", occ=0),
            L("almost 28,000", 28000, ALM, P, HOTP, J26 + "; remain in rooms paid for by the taxpayer; standfirst)"),
            L("176", 176, E, HOTELS, HIU, J26 + "; Home Office accommodation data released Wednesday 12 August 2026)", occ=1),
            L("35", -35, E, HOTELS, HIU + "_change", "31 December 2025 to 31 July 2026 (fewer than at the start of the year)", occ=1),
            L("211", 211, E, HOTELS, HIU, "31 December 2025 (December)"),
            L("205", 205, E, HOTELS, HIU, "31 January 2026 (end of month; month-by-month list)"),
            L("201", 201, E, HOTELS, HIU, "28 February 2026 (end of month; month-by-month list)"),
            L("196", 196, E, HOTELS, HIU, "31 March 2026 (end of month; month-by-month list)"),
            L("190", 190, E, HOTELS, HIU, "30 April 2026 (end of month; month-by-month list)"),
            L("186", 186, E, HOTELS, HIU, "31 May 2026 (end of month; month-by-month list)"),
            L("181", 181, E, HOTELS, HIU, "30 June 2026 (end of month; month-by-month list)"),
            L("176", 176, E, HOTELS, HIU, J26 + "; month-by-month list)", occ=2),
            L("27,930", 27930, E, P, HOTP, J26 + ")"),
            L("31,240", 31240, E, P, HOTP, "31 December 2025 (when December ended)"),
            L("11 per cent", -11, E, PCT, HOTP + "_change", "31 December 2025 to 31 July 2026 (a fall of just 11 per cent)"),
            L("about 27 per cent", 27, AP, PCT, "asylum_support_share_hotels", J26 + ")"),
            L("103,600", 103600, E, P, "asylum_support_population", J26 + "; on asylum support)"),
            L("£158", 158, E, GBP, "asylum_hotel_cost_per_person_night", "per night, July 2026 (average per person)"),
            L("more than £4million", 4e6, MT, GBP, AC, "per day, July 2026 (the hotel rooms)"),
            L("around £1.6billion", 1.6e9, AP, GBP, AC, "per year, at the July 2026 rate (the hotel rooms over a year)"),
            L("149", 149, E, HOTELS, HIU, J26 + ")", geo=ENG),
            L("14", 14, E, HOTELS, HIU, J26 + ")", ctx="Scotland 14", geo=SCO),
            L("eight", 8, E, HOTELS, HIU, J26 + ")", geo=WA),
            L("five", 5, E, HOTELS, HIU, J26 + ")", ctx="Northern Ireland five", geo=NI),
            L("nearly four times", 4, ALM, RATIO, HIU + "_ratio", "July 2026 vs March 2020"),
            L("47", 47, E, HOTELS, HIU, "March 2020 (before the COVID-19 pandemic)"),
            L("402", 402, E, HOTELS, HIU, "September 2023 (the height of the crisis)"),
            L("24,310", 24310, E, P, SBA, "1 January to 12 August 2026 (so far this year)"),
            L("17 per cent", 17, E, PCT, SBA + "_change", "1 January to 12 August 2026 vs the same stage of 2025"),
            L("338", 338, E, P, SBA, "11 August 2026 (on Tuesday)"),
            L("seven", 7, E, BOATS, SBC, "11 August 2026 (on Tuesday)"),
            L("five", 5, E, HOTELS, "asylum_hotels_closed", "per month, December 2025 to July 2026 (a snail's pace; Shadow Home Secretary)", ctx="snail's pace - five a month"),
            L("more than half", -50, MT, PCT, HIU + "_change", "September 2023 to July 2026 (since the 2023 high point; Home Office)"),
            L("more than £1billion", -1e9, MT, GBP, AC + "_change", "per year, to August 2026 (hotel costs already cut; Home Office spokesperson)"),
        ]),
    "03-the-overseer-obr-net-migration-public-finances": dict(
        meta=dict(url="https://www.theoverseer.example/article/the-obr-has-quietly-rewritten-the-migration-numbers/",
                  title="The OBR has quietly rewritten the migration numbers",
                  publisher="The Overseer", author="Piers Ashdown-Nwosu", published_date="2026-03-05"),
        labels=[
            L("185,000", 185000, E, P, NMF, "2026 (" + OBR + ")"),
            L("259,000", 259000, E, P, NMF, "2026 (OBR November 2025 forecast; pencilled in last November)"),
            L("74,000", -74000, E, P, NMF + "_revision", "2026 (March 2026 vs November 2025 forecast; revised down)", occ=0),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the twelve months to June 2025; ONS)"),
            L("almost four-fifths", -80, ALM, PCT, NM + "_change", "year ending June 2025 vs the peak, year ending March 2023 (below the peak)"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (the peak, the year to March 2023)"),
            L("166,000", 166000, E, P, NM + "_revision", "July 2022 to June 2023 (mid-2022 to mid-2023; revised up in a single release)"),
            L("68,000", 68000, E, P, "obr_net_migration_assumption_shortfall", "July 2024 to June 2025 (the outturn was higher than the OBR had assumed; the OBR's own admission)"),
            L("258,000", 258000, E, P, NMF, "per year, from 2029/30 onwards (the OBR's long-run figure)"),
            L("about £8.1bn", 8.1e9, AP, GBP, "public_borrowing_effect_lower_migration", "2030/31 (if net migration came in 100,000 a year below the central path; OBR sensitivity analysis)"),
            L("£21.7bn", 21.7e9, E, GBP, "fiscal_headroom", "March 2026 (headroom against the fiscal rules, rebuilt in autumn 2025)"),
            L("more than a third", THIRD, MT, PCT, "public_finances_effect_share_of_headroom", "2030/31 (one bad migration year would eat)"),
            L("£4.4bn", -4.4e9, E, GBP, "income_tax_nics_receipts_forecast_revision", "2029/30 (March 2026 vs November 2025 forecast; lower)"),
            L("180,000", -180000, E, P, "employment_forecast_revision", "2030 (March 2026 vs November 2025 forecast; lower than four months ago)"),
            L("0.2 percentage points", -0.2, E, PCT, "gdp_growth_forecast_revision", "2027 (growth forecast trimmed)"),
            L("71.2 million", 71.2e6, E, P, "population_projection", "2031 (" + OBR + ")"),
            L("1.2m", -1.2e6, E, P, "population_projection_revision", "2031 (fewer than in the previous projection)"),
            L("0.7 per cent", 0.7, E, PCT, "population_change", "July 2024 to June 2025 (the year to mid-2025; ONS)", geo=EW),
            L("about 3.3", 3.3, AP, RATIO, "working_age_per_pensioner_ratio", "2026 (today; people of working age for every pensioner)"),
            L("2.4", 2.4, E, RATIO, "working_age_per_pensioner_ratio", "early 2070s (the OBR's central projection)"),
            L("£640,000", 640000, E, GBP, "fiscal_lifetime_contribution_migrant", "lifetime (a graduate earning well above average, arriving at 25; OBR)"),
            L("£170,000", 170000, E, GBP, "fiscal_lifetime_net_cost_low_wage_migrant", "lifetime (a low-paid migrant arriving at 25; OBR)"),
            L("1.1 million", 1.1e6, E, P, "obr_net_migration_assumption_shortfall", "2022 to 2024 (cumulative undershoot; " + LFF + ")"),
            L("about 60 per cent", 60, AP, PCT, "net_migration_fall_share_dependants_and_students", "year ending March 2023 to year ending June 2025 (of the fall; " + LFF + ")"),
            L("£1,035", 1035, E, GBP, "health_surcharge_annual_rate", "per year, 2026 (the immigration health surcharge; a policy rate; " + LFF + ")"),
            L("96.1 per cent", 96.1, E, PCT, "public_sector_net_debt_share_gdp", "2027/28 (heading for; " + LFF + ")"),
            L("74,000", -74000, E, P, NMF + "_revision", "2026 (moved in a single winter; closing paragraph)", occ=1),
        ]),
    "04-the-caerleon-courier-newport-refugee-resettlement": dict(
        meta=dict(url="https://www.caerleoncourier.example/news/newport/newport-refugees-resettled-council-homes-shortage-28817464",
                  title="More than 1,100 refugees resettled in Newport in a decade - but council says it has run out of homes to offer them",
                  publisher="The Caerleon Courier", author="Bethan Llewellyn-Achebe", published_date="2026-06-17"),
        labels=[
            L("More than 1,100", 1100, MT, P, RA, "December 2015 to June 2026 (in a decade; headline)", geo=NP),
            L("43", 43, E, HOMES, HOMESEC, "2025 (last year; properties for arriving families; standfirst)", occ=0, geo=NP),
            L("96", 96, E, HOMES, HOMESEC, "2023 (standfirst)", occ=0, geo=NP),
            L("more than 1,100", 1100, MT, P, RA, "December 2015 to June 2026 (since 2015; through government resettlement schemes)", geo=NP),
            L("1,146", 1146, E, P, RA, SINCE15 + ")", geo=NP),
            L("604", 604, E, P, "immigration_ukraine_homes_for_ukraine", "March 2022 to June 2026 (came under Homes for Ukraine)", geo=NP),
            L("301", 301, E, P, RA + "_afghan", "2021 to June 2026 (through the two Afghan schemes)", geo=NP),
            L("187", 187, E, P, RA + "_syrian", "December 2015 to 2021 (the Syrian scheme, closed in 2021)", geo=NP),
            L("54", 54, E, P, RA + "_uk_resettlement_scheme", "2021 to June 2026 (through the UK Resettlement Scheme)", geo=NP),
            L("542", 542, E, P, RA, "December 2015 to June 2026 (leaving aside the Ukrainians)", geo=NP),
            L("about one in eight", 12.5, AP, PCT, RA + "_share_newport", "2015 to June 2026 (Newport's share of those resettled across Wales)", geo=WA),
            L("4,310", 4310, E, P, RA, "2015 to June 2026 (resettled across Wales over the same period)", geo=WA),
            L("71", 71, E, P, RA, "2025 (last year)", occ=0, geo=NP),
            L("52", 52, E, P, RA, "2024", geo=NP),
            L("37 per cent", 37, E, PCT, RA + "_change", "2025 vs 2024", geo=NP),
            L("43", 43, E, HOMES, HOMESEC, "2025 (homes for arriving families; council report)", occ=1, geo=NP),
            L("96", 96, E, HOMES, HOMESEC, "2023 (two years earlier)", occ=1, geo=NP),
            L("a fifth", 20, E, PCT, "private_rents_change", "2023 to 2025 (rents in the city climbed)", geo=NP),
            L("8,940", 8940, E, HH, "housing_waiting_list_households", "June 2026 (stands at)", geo=NP),
            L("c. 650", 650, AP, HH, "temporary_accommodation_households", "June 2026", geo=NP),
            L("£20,520", 20520, E, GBP, "council_resettlement_grant_per_refugee", "over three years (Home Office integration tariff for each resettled refugee; a policy rate)"),
            L("about £61,000", 61000, AP, GBP, "council_resettlement_cost_per_family", "first year (a family of five; council report)", geo=NP),
            L("43", 43, E, HOMES, HOMESEC, "2025 (last year; " + CLLR + ")", occ=2, geo=NP),
            L("71", 71, E, P, RA, "2025 (last year; " + CLLR + ")", occ=1, geo=NP),
            L("Three-quarters", 75, E, PCT, RA + "_share_adults_in_work_or_training", "2025 (adults who arrived in 2023, two years on; council report)", geo=NP),
            L("290", 290, E, P, "esol_waiting_list", "June 2026 (waiting for a place on an English language course)", geo=NP),
            L("nearly double", 2, ALM, RATIO, "esol_waiting_list_ratio", "June 2026 vs June 2025 (the number a year ago)", geo=NP),
            L("about 720", 720, AP, P, "asylum_dispersal_population", "June 2026 (asylum seekers in dispersal accommodation)", geo=NP),
            L("roughly one for every 225", 100 / 225, AP, PCT, "asylum_dispersal_population_share_of_residents", "June 2026 (one for every 225 residents)", geo=NP),
            L("1,870", 1870, E, P, "charity_service_users", "2025 (" + GSH + ")", geo=NP),
            L("a quarter", 25, E, PCT, "charity_service_users_change", "2025 vs 2024 (up on the previous year; " + GSH + ")", geo=NP),
            L("Roughly 40%", 40, AP, PCT, "charity_service_users_share_housing_advice", "2025 (wanted advice on housing; " + GSH + ")", geo=NP),
            L("£6.5m", 6.5e6, E, GBP, "welsh_government_resettlement_funding", "2026/27 (this year; to local authorities to support refugees; Welsh Government)", geo=WA),
            L("£1.4m", 1.4e6, E, GBP, "welsh_government_resettlement_funding", "2022 to June 2026 (since 2022; Welsh Government)", geo=NP),
        ]),
    "05-the-counterfoil-skilled-worker-salary-threshold-sponsors": dict(
        meta=dict(url="https://www.thecounterfoil.example/content/7c1d4e0a-employers-give-up-visa-sponsorship-salary-floor",
                  title="Employers give up on visa sponsorship as higher salary floor bites",
                  publisher="The Counterfoil", author="Hannah Ostergaard-Ibe and Marcus Feeney-Adu", published_date="2026-05-29"),
        labels=[
            L("7 per cent", -7, E, PCT, SL + "_change", "31 March 2026 vs 31 March 2025 (in a year; standfirst)", occ=0),
            L("£41,700", 41700, E, GBP, "skilled_worker_salary_threshold", "per year, from July 2025 (the general threshold; standfirst; a policy rate)", occ=0),
            L("118,400", 118400, E, LIC, SL, "31 March 2026 (organisations holding a licence at the end of March; Home Office data published Thursday 28 May 2026)"),
            L("7 per cent", -7, E, PCT, SL + "_change", "31 March 2026 vs 31 March 2025 (fewer than a year earlier)", occ=1),
            L("9,500", -9500, E, LIC, SL + "_change", "31 March 2026 vs the peak (31 March 2025; below the peak)"),
            L("47,200", 47200, E, P, SWV, YM26 + "; main applicants)"),
            L("41 per cent", -41, E, PCT, SWV + "_change", "year to March 2026 vs year to March 2025 (fewer than a year before)"),
            L("8 per cent", 8, E, PCT, "skilled_worker_salary_threshold_change", "July 2025 (the general salary threshold rose)"),
            L("£41,700", 41700, E, GBP, "skilled_worker_salary_threshold", "per year, from July 2025 (last July; a policy rate)", occ=1),
            L("52 per cent", -52, E, PCT, SWV + "_dependants_change", "year to March 2026 vs year to March 2025"),
            L("39,800", 39800, E, P, SWV + "_dependants", YM26 + ")"),
            L("more than a third", THIRD, MT, PCT, SWV + "_share_india", YM26 + "; Indian nationals)"),
            L("71.6", 71600, E, LIC, SL, "31 March 2022 (chart, '000)"),
            L("87.9", 87900, E, LIC, SL, "31 March 2023 (chart, '000)"),
            L("107.3", 107300, E, LIC, SL, "31 March 2024 (chart, '000)"),
            L("127.9", 127900, E, LIC, SL, "31 March 2025 (chart, '000)"),
            L("118.4", 118400, E, LIC, SL, "31 March 2026 (chart, '000)"),
            L("2,140", 2140, E, LIC, SL + "_revoked", YM26 + "; revoked in the year)"),
            L("more than doubled", 2, MT, RATIO, SL + "_revoked_ratio", "year to March 2026 vs year to March 2025"),
            L("1,020", 1020, E, LIC, SL + "_revoked", "April 2024 to March 2025 (the previous 12 months)"),
            L("almost two-thirds", 200 / 3, ALM, PCT, SL + "_revoked_share_care_providers", YM26 + "; care providers)"),
            L("roughly 7 per cent", 7, AP, PCT, "skilled_worker_salary_threshold_above_median_pay", "May 2026 (the general threshold against median full-time pay)"),
            L("£38,900", 38900, E, GBP, "median_full_time_pay", "per year, 2025 (official pay data)"),
            L("£33,400", 33400, E, GBP, "skilled_worker_salary_threshold_new_entrant", "per year, from July 2025 (new entrants such as recent graduates; a policy rate)"),
            L("640", 640, E, EMPLOYERS, "poll_sample_size", "2026 (sponsoring employers surveyed; " + AME + ")"),
            L("38 per cent", 38, E, PCT, "employers_share_plan_stop_sponsorship", "2026 (planned to stop sponsoring within two years; " + AME + ")"),
            L("one in four", 25, E, PCT, "employers_share_let_licence_lapse", "2026 (had already let a licence lapse; " + AME + ")"),
            L("upwards of £12,000", 12000, MT, GBP, "sponsorship_cost_per_worker", "2026 (a five-year visa, fees and charges per worker; Association of Mobility Employers estimate)"),
            L("34", 34, E, P, "firm_sponsored_workers", "2023 (engineers and welders; " + TYB + ")", geo=BHAM),
            L("three at most", 3, AM, P, "firm_sponsored_workers", "2026 (this year; " + TYB + ")", geo=BHAM),
            L("£36,500", 36500, E, GBP, "firm_welder_salary", "per year, 2026 (our welders earn; " + TYB + ")", geo=BHAM),
            L("23 per cent", 23, E, PCT, "certificates_of_sponsorship_assigned_share_it", YM26 + "; IT roles)"),
            R("between 3,000 and 4,000", 3000, 4000, LIC, SL + "_surrendered", "June 2025 to May 2026 (handed back voluntarily over the past year; one immigration lawyer in London)"),
            L("up to 50,000", 50000, AM, P, "skilled_worker_reforms_expected_net_migration_reduction", "per year (the July 2025 changes; Home Office impact assessment)"),
        ]),
    "06-binevenagh-news-ni-asylum-claims-irish-border": dict(
        meta=dict(url="https://www.binevenagh.example/news/articles/c4r7mq2vx1no",
                  title="Asylum claims made in NI up by a third as Dublin points to border route",
                  publisher="Binevenagh News", author="Eimear Rafferty-Boateng", published_date="2026-04-23"),
        labels=[
            L("a third", THIRD, E, PCT, AA + "_change", "2025 vs 2024 (headline)", occ=0, geo=NI),
            L("a third", THIRD, E, PCT, AA + "_change", "2025 vs 2024 (last year; Home Office figures)", occ=1, geo=NI),
            L("2,310", 2310, E, P, AA, "2025 (claims lodged in Northern Ireland)", occ=0, geo=NI),
            L("1,730", 1730, E, P, AA, "2024", geo=NI),
            L("790", 790, E, P, AA, "1 January to April 2026 (so far this year)", geo=NI),
            L("76%", 76, E, PCT, AA + "_share_via_northern_ireland", "2025 (last year's applicants who came via Northern Ireland; an estimate by the Irish government)", geo=IE),
            L("14,080", 14080, E, P, AA, "2025 (applications for international protection)", geo=IE),
            L("24%", -24, E, PCT, AA + "_change", "2025 vs 2024 (the year before)", geo=IE),
            L("22%", -22, E, PCT, AA + "_change", "2025 vs 2024 (last year; the EU's asylum agency)", geo="EU"),
            L("104,300", 104300, E, P, AA, "2025 (claimed asylum across the UK)"),
            L("about 2%", 2, AP, PCT, AA + "_share_northern_ireland", "2025 (Northern Ireland's share of the total)"),
            L("about 300", 300, AP, XINGS, "border_crossing_points", "2026 (public road crossings on the land border)", geo="Irish border"),
            L("1,180", 1180, E, P, "border_immigration_detections", "April 2025 to March 2026 (the 12 months to March; stopped at NI ports and airports in joint checks)", geo=NI),
            L("11", 11, E, P, "international_protection_returns_to_uk", "2025 (last year; Irish Department of Justice)", geo=IE),
            L("690", 690, E, P, "international_protection_return_requests_to_uk", "2025 (last year; Irish Department of Justice)", geo=IE),
            L("33,400", 33400, E, P, "international_protection_accommodation_population", "April 2026 (in state-provided accommodation)", geo=IE),
            L("€1.2bn", 1.2e9, E, EUR, "international_protection_accommodation_cost", "2025 (last year)", geo=IE),
            L("3,120", 3120, E, P, "asylum_support_population", "31 March 2026 (on Home Office support)", geo=NI),
            L("1,260", 1260, E, P, HOTP, "31 March 2026 (in hotels)", geo=NI),
            L("About nine in 10", 90, AP, PCT, "asylum_support_population_share_belfast", "31 March 2026 (housed in Belfast)", geo=NI),
            L("10", 10, E, HOTELS, "asylum_hotels_in_use", "April 2026 (now)", ctx="using 10 hotels", geo=NI),
            L("17", 17, E, HOTELS, "asylum_hotels_in_use", "April 2025 (a year earlier)", geo=NI),
            L("more than half", 50, MT, PCT, AA + "_share_sudanese_eritrean_somali", "2025 (last year; claims made in Northern Ireland)", geo=NI),
            L("2,310", 2310, E, P, AA, "2025 (last year; " + DUP + ")", occ=1, geo=NI),
            V("hundreds", 200, 900, P, "irregular_arrivals_via_land_border", "per month, 2026 (people crossing the border, by any sensible guess; " + DUP + ")", geo=NI),
            L("three-quarters", 75, E, PCT, AA + "_share_via_northern_ireland", "2025 (Dublin's applicants who came through Northern Ireland; " + DUP + ")", geo=IE),
            L("about 40", 40, AP, P, "charity_new_clients", "per week, April 2026 (new people; Belfast Welcome Network)", geo="Belfast"),
            L("£9.95", 9.95, E, GBP, "asylum_support_weekly_allowance_catered", "per week, 2026 (to live on in a hotel; Belfast Welcome Network)"),
        ]),
    "07-the-vestry-refused-asylum-seekers-section-4-destitution": dict(
        meta=dict(url="https://www.thevestry.example/uk-news/2026/nov/09/refused-asylum-seekers-destitution-section-4-support-applications",
                  title="Refused asylum seekers pushed into destitution as demand for last-resort support soars",
                  publisher="The Vestry", author="Saoirse Dunmore-Achterberg", published_date="2026-11-09"),
        labels=[
            L("almost doubled", 2, ALM, RATIO, S4 + "_applications_ratio", "year to June 2026 vs year to June 2025 (in a year; standfirst)"),
            V("thousands", 2000, 9000, P, "refused_asylum_seekers_destitute", "November 2026 (more are sleeping rough, sofa-surfing or living on food parcels; charities warn)"),
            L("41%", 41, E, PCT, S4 + "_applications_share_granted", YJ26 + "; standfirst)", occ=0),
            L("more than half", 50, MT, PCT, S4 + "_population_change", "30 June 2026 vs 30 June 2025 (in a year)"),
            L("7,340", 7340, E, P, S4 + "_population", "30 June 2026 (end of June; Home Office statistics)"),
            L("56%", 56, E, PCT, S4 + "_population_change", "30 June 2026 vs 30 June 2025 (a year earlier)"),
            L("4,710", 4710, E, P, S4 + "_population", "30 June 2025 (a year earlier)"),
            L("£49.18", 49.18, E, GBP, S4 + "_weekly_allowance", "per week, November 2026 (currently loaded on the payment card; a policy rate)"),
            L("11,260", 11260, E, P, S4 + "_applications", YJ26 + "; the 12 months to June; freedom of information)"),
            L("almost double", 2, ALM, RATIO, S4 + "_applications_ratio", "year to June 2026 vs year to June 2025"),
            L("5,790", 5790, E, P, S4 + "_applications", "July 2024 to June 2025 (the previous year)"),
            L("41%", 41, E, PCT, S4 + "_applications_share_granted", YJ26 + ")", occ=1),
            L("58%", 58, E, PCT, S4 + "_applications_share_granted", "July 2023 to June 2024 (two years earlier)"),
            L("64,200", 64200, E, P, "asylum_refusals", YJ26 + "; initial decisions that were refusals)"),
            L("68%", 68, E, PCT, "asylum_refusals_change", "year to June 2026 vs year to June 2025"),
            L("44%", 44, E, PCT, "asylum_grants_share_initial_decisions", YJ26 + ")"),
            L("Some 47,900", 47900, AP, P, "asylum_backlog_appeals", "30 June 2026 (in the first-tier tribunal's queue)"),
            L("14%", 14, E, PCT, "returns_change", "year to June 2026 vs year to June 2025 (enforced returns of people refused asylum)"),
            L("9,870", 9870, E, P, "returns", YJ26 + "; enforced returns of people refused asylum; over the same period)"),
            L("1,080", 1080, E, P, "returns", "September 2025 to November 2026 (Channel crossers returned since the one-in, one-out deal began last year)", geo="France"),
            R("between 18,000 and 25,000", 18000, 25000, P, "refused_asylum_seekers_destitute", "November 2026 (at any one time; " + HAN + " estimate)", geo=ENG),
            L("3,940", 3940, E, P, "charity_service_users", "2025 (last year; the network's drop-ins; " + HAN + ")"),
            L("84%", 84, E, PCT, "charity_service_users_share_refused_asylum", "2025 (84% of these; " + HAN + ")"),
            L("more than a third", THIRD, MT, PCT, "charity_service_users_share_slept_rough", "2025 (in the previous month; " + HAN + ")"),
            L("1,310", 1310, E, P, "rough_sleepers_left_asylum_accommodation", "2025/26 (last settled base was asylum accommodation; outreach workers)", geo="London"),
            L("nearly four times", 4, ALM, RATIO, "rough_sleepers_left_asylum_accommodation_ratio", "2025/26 vs 2022/23", geo="London"),
            L("five", 5, E, P, "charity_people_turned_away", "per week, November 2025 (a year ago; " + HAND + ")", geo="Peckham"),
            L("30", 30, E, P, "charity_people_turned_away", "per week, November 2026 (now; " + HAND + ")", geo="Peckham"),
            L("£38.6m", 38.6e6, E, GBP, AC, "2025/26 (spent on Section 4 support)"),
            L("£24.1m", 24.1e6, E, GBP, AC, "2024/25 (the year before; Section 4 support)"),
            L("More than 50,000", 50000, MT, P, "returns", "5 July 2024 to November 2026 (removed since 5 July 2024; Home Office spokesperson)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
