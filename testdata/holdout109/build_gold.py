#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-ninth hand-labelled hold-out set (holdout109).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, HOTELS, THIRD, E, AP, MT, AL, LT, AM,
                        ALM, SBA, SBC, NM, AC, HOT, PTR, RSC, RSP)

UK, ENG, SCO, WAL, NI, FR, EU = "UK", "England", "Scotland", "Wales", "Northern Ireland", "France", "EU"
COUNCILS, WEEKS, REPOSTS, HOMES = "other:councils", "other:weeks", "other:reposts", "other:homes"

# 01 (Thursday 21 May 2026; Home Office quarterly statistics "published on Thursday", stocks at 31 March 2026)
Q1 = "31 March 2026 (end of March; Home Office quarterly statistics published Thursday 21 May 2026"
HIU = "asylum_hotels_in_use"
MIN1 = "border security minister, to Aerial News"
SHS = "shadow home secretary"
LGA = "Local Government Association survey"
# 02 (Wednesday 11 March 2026; National Audit Office report "revealed today")
LIFE = "April 2022 to July 2024 (the scheme's lifetime; National Audit Office report published Wednesday 11 March 2026"
RR = "rwanda_relocations"
MIN2 = "border security minister"
# 03 (Thursday 26 November 2026; OBR forecasts published with "Wednesday's Budget", 25 November 2026)
EFO = "OBR Economic and fiscal outlook, published with the Budget on Wednesday 25 November 2026"
NMF = "net_migration_forecast"
PEN = "Pennant Economics"
# 04 (Tuesday 14 July 2026; Home Office statistics to the end of March 2026)
M26 = "31 March 2026 (end of March; the latest Home Office statistics"
Y26 = "April 2025 to March 2026 (the 12 months to March"
LSLC = "Lantern Street Law Centre survey"
# 05 (Sunday 2 August 2026; PA copy; the crossings of Saturday 1 August took the year's total past 30,000)
SAT = "1 August 2026 (Saturday; Home Office figures"
YTD = "1 January to 1 August 2026 (so far this year"
OCC = "small_boat_occupancy"
HOS = "Home Office spokesman"
WWN = "Wealden Welcome Network"
# 06 (Tuesday 9 June 2026; the claim was made on a Sunday politics programme on 7 June 2026)
APS = "April 2025 to March 2026 (the year to March 2026; ONS Annual Population Survey"
CLAIM = "Reform UK MP, Sunday politics programme, 7 June 2026"
ER = "employment_rate_non_uk_born_arrived_since_2021"
# 07 (Friday 16 October 2026; report to the communities, housing and public protection committee "on Wednesday", 14 October)
ABZ = "Aberdeen"
RPT = "report to Aberdeen City Council's communities, housing and public protection committee, Wednesday 14 October 2026"
RA = "resettlement_arrivals"
SINCE15 = "2015 to October 2026 (since 2015"

ARTICLES = {
    "01-aerial-news-asylum-hotels-count": dict(
        meta=dict(url="https://news.aerial.example/story/asylum-hotels-number-in-use-drops-below-200-for-first-time-in-four-years-13517204",
                  title="Asylum hotels: Number in use drops below 200 for first time in four years",
                  publisher="Aerial News", author="Greta Halloway-Mbeki", published_date="2026-05-21"),
        labels=[
            L("below 200", 200, LT, HOTELS, HIU, Q1 + "; headline)"),
            L("more than 27,000", 27000, MT, P, HOT, Q1 + "; sleeping in hotel rooms; standfirst)"),
            L("65", -65, E, HOTELS, HIU + "_change", "31 March 2026 vs 31 March 2025 (buildings handed back over the past 12 months; standfirst)", ctx="another 65 buildings"),
            L("Fewer than 200", 200, LT, HOTELS, HIU, Q1 + ")"),
            L("198", 198, E, HOTELS, HIU, Q1 + "; on 31 March)"),
            L("263", 263, E, HOTELS, HIU, "31 March 2025 (the same point in 2025)"),
            L("roughly a quarter", -25, AP, PCT, HIU + "_change", "31 March 2026 vs 31 March 2025 (fewer)"),
            L("27,480", 27480, E, P, HOT, Q1 + "; in hotel rooms when March ended)"),
            L("31%", -31, E, PCT, HOT + "_change", "31 March 2026 vs 31 March 2025 (below)"),
            L("39,830", 39830, E, P, HOT, "31 March 2025 (a year earlier)"),
            L("less than half", 0.5, LT, RATIO, HOT + "_ratio", "31 March 2026 vs autumn 2023 (the level seen then)"),
            L("more than 400", 400, MT, HOTELS, HIU, "autumn 2023 (the height of the hotel era)"),
            L("upwards of 56,000", 56000, MT, P, HOT, "autumn 2023 (held in those hotels)"),
            L("103,950", 103950, E, P, "asylum_support_population", Q1 + "; housed or paid a subsistence allowance)"),
            L("2%", -2, E, PCT, "asylum_support_population_change", "31 March 2026 vs 31 March 2025 (a drop on twelve months before)"),
            L("Just over a quarter", 25, MT, PCT, "asylum_support_share_hotels", Q1 + "; of people on asylum support, in hotels)"),
            L("More than three in five", 60, MT, PCT, "asylum_support_share_dispersal", Q1 + "; in dispersal accommodation)"),
            L("64,720", 64720, E, P, "asylum_dispersal_population", Q1 + ")"),
            L("about 1,150", 1150, AP, P, "large_site_population", Q1 + "; held at two former military bases)"),
            L("1,210", 1210, E, P, HOT, Q1 + "; almost all in Glasgow)", geo=SCO),
            L("340", 340, E, P, HOT, Q1 + ")", geo=WAL),
            L("560", 560, E, P, HOT, Q1 + ")", geo=NI),
            L("about £145", 145, AP, GBP, "asylum_hotel_cost_per_person_night", "2026 (now; each hotel bed a night; ministers)"),
            L("nearly six times", 6, ALM, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2026 (a hotel bed against a room in a dispersal property; ministers)"),
            L("£26", 26, E, GBP, "dispersal_accommodation_cost_per_person_night", "2026 (a room in a dispersal property a night; ministers)"),
            L("close to £9m", 9e6, ALM, GBP, "asylum_cost_hotels", "per day, July 2024 (when we came in; " + MIN1 + ")"),
            L("about £4m", 4e6, AP, GBP, "asylum_cost_hotels", "per day, May 2026 (now; " + MIN1 + ")"),
            L("17", 17, E, HOTELS, "asylum_hotels_closed", "1 January to 21 May 2026 (shut since January alone; " + MIN1 + ")"),
            L("two-thirds", 200 / 3, E, PCT, "asylum_initial_decisions_change", "2026 vs a year earlier (decisions on claims had risen by; " + MIN1 + ")"),
            L("more than 100,000", 100000, MT, P, "asylum_support_population", "May 2026 (still being supported at the taxpayer's expense; " + SHS + ")"),
            L("41", 41, E, COUNCILS, "councils_requesting_extra_asylum_dispersal_funding", "May 2025 to May 2026 (the last year; " + LGA + ")", ctx="found 41 councils", geo=ENG),
            L("26", 26, E, COUNCILS, "councils_requesting_extra_asylum_dispersal_funding", "May 2024 to May 2025 (the year before; " + LGA + ")", ctx="up from 26 in", geo=ENG),
        ]),
    "02-daily-ruckus-nao-rwanda-scheme-cost": dict(
        meta=dict(url="https://www.dailyruckus.example/news/politics/2149637/rwanda-scheme-cost-761-million-national-audit-office",
                  title="Rwanda scheme cost YOU £761MILLION - and just four volunteers ever went",
                  publisher="Daily Ruckus", author="Rory Penhallow-Adu", published_date="2026-03-11"),
        labels=[
            L("£761MILLION", 761e6, E, GBP, RSC, LIFE + "; headline)"),
            L("four", 4, E, P, RR, LIFE + "; volunteers who ever went; headline)", ctx="just four volunteers"),
            L("£190million", 190e6, E, GBP, "rwanda_scheme_cost_per_relocation", LIFE + "; for every person who boarded a plane to Kigali; standfirst)"),
            L("£761million", 761e6, E, GBP, RSC, LIFE + ")"),
            L("£290million", 290e6, E, GBP, PTR, LIFE + "; went straight to the government in Kigali)", occ=0),
            L("£100million", 100e6, E, GBP, "payment_to_rwanda_due_not_made", "July 2024 to July 2026 (due in instalments over two more years, never handed over; National Audit Office)"),
            L("£49million", 49e6, E, GBP, "rwanda_scheme_cost_flights", LIFE + "; charter flights that never took off)", occ=0),
            L("£38million", 38e6, E, GBP, "rwanda_scheme_cost_legal", LIFE + "; legal fees)", occ=0),
            L("Four", 4, E, P, RR, LIFE + "; went under a separate voluntary scheme)", ctx="Four people went to Rwanda"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "2024 (handed to each to go; a policy rate)"),
            L("almost double", 2, ALM, RATIO, "rwanda_scheme_cost_ratio", "the final bill vs the April 2022 estimate (National Audit Office)"),
            L("£400million", 400e6, E, GBP, RSP, "April 2022 (pencilled in by the Home Office when the deal with Kigali was struck)"),
            L("2,145", 2145, E, P, "immigration_detentions_rwanda", "spring 2024 (locked up in detention ahead of flights that never left; National Audit Office)"),
            L("More than four in five", 80, MT, PCT, "rwanda_detainees_share_released_on_bail", "2024 (later released on bail; National Audit Office)"),
            L("around 5,700", 5700, AP, P, "rwanda_removal_candidates_identified", "2024 (earmarked for the first wave of flights; National Audit Office)"),
            L("more than half", 50, MT, PCT, "rwanda_removal_candidates_share_lost_contact", "by May 2024 (had stopped reporting by the time the election was called; National Audit Office)"),
            L("some 135,000", 135000, AP, P, "refugees_hosted", "2026 (refugees from neighbouring countries already hosted by Kigali)", geo="Rwanda"),
            L("Around 1,000", 1000, AP, P, "rwanda_scheme_staff", "2022 to 2024 (civil servants at the scheme's height; National Audit Office)"),
            L("about 83,600", 83600, AP, P, SBA, "April 2022 to July 2024 (over the period the scheme was in force)"),
            L("Three-quarters of a billion pounds", 750e6, E, GBP, RSC, LIFE + "; cross-head quoting the minister)"),
            L("three-quarters of a billion pounds", 750e6, E, GBP, RSC, LIFE + "; burned through; " + MIN2 + ")"),
            L("Four", 4, E, P, RR, LIFE + "; all of them volunteers; " + MIN2 + ")", ctx="Four people went, all"),
            L("4,500", 4500, E, P, "caseworkers_affordable_with_rwanda_cost", "per year (extra asylum caseworkers for the same cash; " + MIN2 + ")"),
            L("70,000", 70000, E, P, SBA, "July 2024 to March 2026 (crossed since Labour scrapped the scheme; Reform UK home affairs spokesman)"),
            L("about £27", 27, AP, GBP, "rwanda_scheme_cost_per_household", LIFE + "; for every household in Britain; taxpayers' campaigners)"),
            L("£27", 27, E, GBP, "rwanda_scheme_cost_per_household", LIFE + "; each family; Fairer Purse campaign)", ctx="paying £27 each"),
            L("1,200", 1200, E, P, "asylum_decision_makers_change", "2025 (more Home Office decision-makers paid for from the savings; ministers)"),
            L("around 40%", -40, AP, PCT, "asylum_backlog_change", "January to December 2025 (cut last year; ministers)"),
            L("£290million", 290e6, E, GBP, PTR, LIFE + "; payments to Rwanda; How the money went box)", occ=1),
            L("£49million", 49e6, E, GBP, "rwanda_scheme_cost_flights", LIFE + "; unused charter flights; How the money went box)", occ=1),
            L("£38million", 38e6, E, GBP, "rwanda_scheme_cost_legal", LIFE + "; legal costs; How the money went box)", occ=1),
            L("£384million", 384e6, E, GBP, "rwanda_scheme_cost_staff_detention_it", LIFE + "; staff, detention and IT; How the money went box)"),
        ]),
    "03-the-wireless-obr-net-migration-forecast-public-finances": dict(
        meta=dict(url="https://www.thewireless.example/news/business-77140392",
                  title="Budget 2026: What the OBR's migration forecast means for your taxes",
                  publisher="The Wireless", author="Imogen Stallard-Oyelaran", published_date="2026-11-26"),
        labels=[
            L("180,000", 180000, E, P, NMF, "January to December 2027 (" + EFO + ")"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (the 12 months ending in March 2023, its height)"),
            L("more than five times", 5, MT, RATIO, NMF + "_ratio", "year to March 2023 (the peak) vs 2027 (the forecast)"),
            L("315,000", 315000, E, P, NMF, "per year, the longer term (the OBR's March 2026 assumption)"),
            L("55,000", -55000, E, P, NMF + "_revision", "the longer term, November 2026 vs March 2026 forecast (cut that assumption by; " + EFO + ")"),
            L("260,000", 260000, E, P, NMF, "per year, the longer term (" + EFO + ")", occ=0),
            L("225,000", 225000, E, P, NMF, "January to December 2028 (a gradual climb back; " + EFO + ")"),
            L("204,000", 204000, E, P, NM, "July 2025 to June 2026 (the year ending June 2026; ONS)", occ=0),
            L("some 68,000", 68000, AP, P, "obr_net_migration_assumption_shortfall", "July 2025 to June 2026 (ONS estimate lower than the OBR had pencilled in for that period)"),
            L("about a third", -THIRD, AP, PCT, "visa_applications_work_study_change", "since 2024 (since tighter rules on care workers and graduates came in)"),
            L("roughly half a million", 500000, AP, P, "emigration", "per year, 2025 to 2026 (has been running at)"),
            L("370,000", -370000, E, P, "population_working_age_forecast_revision", "2030-31 (smaller than forecast in March; " + EFO + ")"),
            L("1.6%", 1.6, E, PCT, "gdp_growth_forecast", "2027 (next year; the OBR's March 2026 forecast)"),
            L("1.3%", 1.3, E, PCT, "gdp_growth_forecast", "2027 (next year; " + EFO + ")"),
            L("£9.6bn", -9.6e9, E, GBP, "tax_receipts_lower_migration_change", "2030-31 (tax receipts lower as a result of lower migration; " + EFO + ")"),
            L("£2.2bn", -2.2e9, E, GBP, "public_spending_lower_migration_change", "2030-31 (less spending on public services and benefits; " + EFO + ")"),
            L("£7.4bn", 7.4e9, E, GBP, "public_borrowing_effect_lower_migration", "2030-31 (added to government borrowing; " + EFO + ")"),
            L("nearly half", 50, ALM, PCT, "public_finances_effect_share_of_headroom", "2030-31 (of the margin against the main borrowing rule)"),
            L("£15.6bn", 15.6e9, E, GBP, "fiscal_headroom", "2030-31 (the margin the chancellor has kept in reserve; " + EFO + ")"),
            L("£118bn", 118e9, E, GBP, "public_sector_net_borrowing", "2026-27 (this year; " + EFO + ")"),
            L("3.9%", 3.9, E, PCT, "public_sector_net_borrowing_share_gdp", "2026-27 (this year; " + EFO + ")"),
            L("around £925,000", 925000, AP, GBP, "fiscal_lifetime_contribution_migrant", "lifetime (a high earner arriving at 25 and staying for life; OBR modelling)"),
            L("about £150,000", 150000, AP, GBP, "fiscal_lifetime_net_cost_low_wage_migrant", "lifetime (someone on half of average pay; OBR modelling)"),
            L("260,000", 260000, E, P, NMF, "per year (the government is relying on; shadow chancellor)", occ=1),
            L("71.4 million", 71.4e6, E, P, "population_projection", "mid-2031 (still forecast to grow to; " + PEN + ")"),
            L("about 0.4%", 0.4, AP, PCT, "population_projection_change", "per year, to mid-2031 (" + PEN + ")"),
            L("roughly half", 0.5, AP, RATIO, "population_growth_forecast_ratio", "to mid-2031 vs the early 2020s (the pace of growth; " + PEN + ")", ctx="roughly half the pace"),
            L("roughly three", 3, AP, RATIO, "working_age_per_pensioner_ratio", "2026 (now; working-age adults for every pensioner; " + PEN + ")"),
        ]),
    "04-the-tidewrack-asylum-backlog-years-waiting": dict(
        meta=dict(url="https://www.thetidewrack.example/news/2026/jul/14/i-have-stopped-counting-the-days-life-inside-britains-asylum-queue",
                  title="'I have stopped counting the days': life inside Britain's asylum queue",
                  publisher="The Tidewrack", author="Niall Ferreira-Backhouse", published_date="2026-07-14"),
        labels=[
            V("tens of thousands", 20000, 90000, P, "asylum_backlog", "July 2026 (remain stuck; standfirst)"),
            L("58,300", 58300, E, P, "asylum_backlog", M26 + "; waiting for an initial decision)", occ=0),
            L("about 134,000", 134000, AP, P, "asylum_backlog", "summer 2023 (the peak)"),
            V("a few hundred", 200, 500, P, "asylum_initial_decisions", "per week, summer 2023 (barely, when the backlog peaked)"),
            L("58,300", 58300, E, P, "asylum_backlog", M26 + "; of those)", occ=1),
            L("some 21,900", 21900, AP, P, "asylum_backlog_waiting_over_1_year", M26 + ")"),
            L("more than a third", THIRD, MT, PCT, "asylum_backlog_share_waiting_over_1_year", M26 + ")"),
            L("About 4,100", 4100, AP, P, "asylum_backlog_waiting_over_3_years", M26 + ")"),
            L("roughly 7,300", 7300, AP, P, "asylum_backlog_eritrean", M26 + "; the largest single group)"),
            L("2,940", 2940, E, P, "asylum_dispersal_population", M26 + ")", geo="Leeds"),
            L("18%", 18, E, PCT, "asylum_dispersal_population_change", "31 March 2026 vs 31 March 2025 (up in a year)", geo="Leeds"),
            L("96,800", 96800, E, P, "asylum_initial_decisions", Y26 + "; a record)"),
            L("23%", 23, E, PCT, "asylum_initial_decisions_change", "year to March 2026 vs year to March 2025 (up on the year before)"),
            V("hundreds", 200, 900, P, "asylum_caseworkers_hired", "2025 to 2026 (has hired; Home Office)", ctx="hired hundreds of"),
            L("47,600", 47600, E, P, "asylum_backlog_appeals", M26 + "; queuing at the immigration tribunal when March ended)"),
            L("doubled", 2, E, RATIO, "asylum_backlog_appeals_ratio", "31 March 2026 vs 31 March 2025 (having doubled from twelve months before)"),
            L("23,800", 23800, E, P, "asylum_backlog_appeals", "31 March 2025 (twelve months before)"),
            L("54", 54, E, WEEKS, "asylum_appeal_wait_average", "July 2026 (now; a Tidewrack analysis of tribunal data)", ctx="takes 54 weeks"),
            L("37", 37, E, WEEKS, "asylum_appeal_wait_average", "April 2024 to March 2025 (2024/25; a Tidewrack analysis of tribunal data)", ctx="against 37 weeks"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week, 2026 (self-catering housing; a policy rate)"),
            L("£8.86", 8.86, E, GBP, "asylum_support_weekly_allowance_hotel", "per week, 2026 (people in hotels, where meals are provided; a policy rate)"),
            L("412", 412, E, P, "poll_sample_size", "2026 (people waiting for a decision surveyed; " + LSLC + ")"),
            L("57%", 57, E, PCT, "asylum_seekers_share_without_lawyer", "2026 (had no lawyer; " + LSLC + ")"),
            L("nearly nine in ten", 90, ALM, PCT, "asylum_seekers_share_depression_anxiety_symptoms", "2026 (reported symptoms of depression or anxiety; " + LSLC + ")"),
            L("47%", 47, E, PCT, "asylum_grants_share_initial_decisions", Y26 + "; grants of protection)"),
            L("just under half", 50, ALM, PCT, "asylum_appeals_share_allowed", Y26 + "; appeals against refusals that succeeded)"),
        ]),
    "05-wealdside-gazette-small-boats-pass-30000": dict(
        meta=dict(url="https://www.wealdsidegazette.example/news/national/channel-crossings-pass-30000-for-the-year-earlier-than-ever-before-5718306",
                  title="Channel crossings pass 30,000 for the year earlier than ever before",
                  publisher="Wealdside Gazette", author="Callum Ashbridge-Nkemelu", published_date="2026-08-02"),
        labels=[
            L("30,000", 30000, MT, P, SBA, YTD + "; passed; headline)", ctx="pass 30,000 for"),
            L("more than 30,000", 30000, MT, P, SBA, YTD + "; since January)"),
            L("612", 612, E, P, SBA, SAT + ")"),
            L("11", 11, E, BOATS, SBC, SAT + ")", ctx="in 11 boats"),
            L("30,247", 30247, E, P, SBA, YTD + "; the provisional total for 2026; Home Office)"),
            L("16%", 16, E, PCT, SBA + "_change", "1 January to 1 August, 2026 vs 2025 (up on the same date in 2025)"),
            L("26,010", 26010, E, P, SBA, "1 January to 1 August 2025 (logged by the same date in 2025)"),
            L("41,472", 41472, E, P, SBA, "January to December 2025 (the full-year total, second-highest on record)"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (the record)"),
            L("418", 418, E, P, SBA, "31 July 2026 (Friday)"),
            L("eight", 8, E, BOATS, SBC, "31 July 2026 (Friday)", ctx="in eight boats"),
            L("Some 521", 521, AP, BOATS, SBC, YTD + "; boats that reached the UK)"),
            L("58", 58, E, PPB, OCC, YTD + "; average per boat)", ctx="average of 58 people"),
            L("more than double", 2, MT, RATIO, OCC + "_ratio", "2026 so far vs 2021 (people per boat)"),
            L("28", 28, E, PPB, OCC, "January to December 2021", ctx="the 28 per boat"),
            L("about 9,400", 9400, AP, P, "small_boat_launch_attempts_stopped_people", "January to June 2026 (would-be passengers stopped leaving the beaches; French interior ministry)", geo=FR),
            L("nearly 30%", -30, ALM, PCT, "small_boat_launch_attempts_stopped_people_change", "January to June, 2026 vs 2025 (down on the same months; French interior ministry)", geo=FR),
            L("no fewer than 23", 23, AL, P, "small_boat_deaths", YTD + "; deaths at sea; French authorities)"),
            L("1,362", 1362, E, P, "returns", "August 2025 to 31 July 2026 (returns to France under the UK-French treaty; Home Office)", geo=FR),
            L("roughly one in 33", 100 / 33, AP, PCT, "returns_share_of_small_boat_arrivals", "August 2025 to 31 July 2026 (of those arriving over the same period)", geo=FR),
            L("more than 1,100", 1100, MT, P, "people_smugglers_arrested", "July 2024 to August 2026 (since July 2024; " + HOS + ")"),
            L("over 37,000", 37000, MT, P, "returns", "July 2024 to August 2026 (removed or gone voluntarily since July 2024; " + HOS + ")"),
            L("Well over 75,000", 75000, MT, P, SBA, "5 July 2024 to 1 August 2026 (crossed since Labour took office; " + SHS + ")"),
            L("640", 640, E, P, "charity_service_users", "July 2025 to June 2026 (new arrivals helped in the 12 months to June; " + WWN + ")", geo="Kent and Sussex"),
            L("455", 455, E, P, "charity_service_users", "July 2024 to June 2025 (the year before; " + WWN + ")", geo="Kent and Sussex"),
            L("21%", -21, E, PCT, "irregular_arrivals_change", "January to June, 2026 vs 2025 (irregular entries; Frontex)", geo=EU),
            L("about a third", -THIRD, AP, PCT, "irregular_arrivals_central_mediterranean_change", "January to June, 2026 vs 2025 (the central Mediterranean route; Frontex)", geo=EU),
            L("1,108", 1108, E, P, SBA, "14 June 2026 (this year's single-day peak)"),
            L("486", 486, E, P, "unaccompanied_children_in_care", "August 2026 (now; arrived by small boat; Kent County Council)", geo="Kent"),
            L("400", 400, E, P, "unaccompanied_children_in_care_safe_capacity", "2026 (what the council regards as safe; Kent County Council; a policy threshold)", ctx="the 400 it", geo="Kent"),
        ]),
    "06-countersign-recent-migrants-in-work-claim": dict(
        meta=dict(url="https://countersign.example/fact-checks/are-fewer-than-half-of-recent-migrants-in-work/",
                  title="Are fewer than half of recent migrants in work?",
                  publisher="Countersign", author="Tamsin Okafor-Lindgren", published_date="2026-06-09"),
        labels=[
            L("fewer than half", 50, LT, PCT, ER, "since 2021 (recent migrants in work; the claim checked; headline)"),
            L("Fewer than half", 50, LT, PCT, ER, "since 2021 (migrants who have arrived since 2021 who have a job; 'What was claimed' box; " + CLAIM + ")", ctx="Fewer than half of the migrants"),
            L("about 68%", 68, AP, PCT, ER, APS + "; working-age migrants who arrived in 2021 or later; 'Our verdict' box)"),
            L("75%", 75, E, PCT, "employment_rate_uk_born", APS + "; 'Our verdict' box)", occ=0),
            L("around 62%", 62, AP, PCT, ER + "_aged_16_plus", APS + "; everyone aged 16 and over; 'Our verdict' box)", occ=0),
            L("Fewer than half", 50, LT, PCT, ER, "since 2021 (people who've come here since 2021 who are working; " + CLAIM + ")", ctx="Fewer than half of the people"),
            L("21.4k", 21400, E, REPOSTS, "social_media_post_reposts", "7 to 8 June 2026 (a clip of the remark, by Monday afternoon)"),
            L("about 2.6 million", 2.6e6, AP, P, "population_non_uk_born_arrived_since_2021", APS + "; aged 16 and over)"),
            L("1.6 million", 1.6e6, E, P, "employment_non_uk_born_arrived_since_2021", APS + "; in work)"),
            L("around 62%", 62, AP, PCT, ER + "_aged_16_plus", APS + ")", occ=1),
            L("68%", 68, E, PCT, ER, APS + "; aged 16 to 64)", ctx="employment rate was 68%"),
            L("75%", 75, E, PCT, "employment_rate_uk_born", APS + ")", occ=1),
            L("7 percentage points", 7, E, PCT, "employment_rate_gap_non_uk_born_arrived_since_2021_vs_uk_born", APS + ")"),
            L("73%", 73, E, PCT, "employment_rate_non_uk_born", APS + "; everyone born abroad, whenever they came)"),
            L("64%", 64, E, PCT, ER, "April 2023 to March 2024 (the year to March 2024, two years earlier; ONS Annual Population Survey)"),
            L("Around 58%", 58, AP, PCT, ER + "_women", APS + "; recently arrived women of working age)"),
            L("79%", 79, E, PCT, ER + "_men", APS + ")"),
            L("Roughly 1 million", 1e6, AP, P, "population_non_uk_born_arrived_since_2021_not_in_work", APS + "; aged 16 and over)"),
            L("6.1%", 6.1, E, PCT, "unemployment_rate_non_uk_born_arrived_since_2021", APS + ")"),
            L("84%", 84, E, PCT, "economically_inactive_non_uk_born_arrived_since_2021_share_students_carers_retired", APS + "; of these)"),
            L("about one in five", 20, AP, PCT, "population_non_uk_born_arrived_since_2021_share_students", APS + "; students, of all recent arrivals)"),
            L("about 1,900", 1900, AP, P, "poll_sample_size", APS + "; people interviewed who arrived in 2021 or later)"),
            L("10.0 million", 10.0e6, E, P, "population_non_uk_born", "21 March 2021 (2021 Census)", geo="England and Wales"),
            L("16.8%", 16.8, E, PCT, "population_share_non_uk_born", "21 March 2021 (of residents; 2021 Census)", geo="England and Wales"),
            L("1.2m", 1.2e6, E, P, "payrolled_employees_non_eu_change", "March 2021 to March 2026 (more on company payrolls than five years earlier; HMRC)"),
            L("41%", 41, E, PCT, "payrolled_employees_non_eu_change", "March 2021 to March 2026 (a rise of; HMRC)"),
            L("21%", 21, E, PCT, "payrolled_employees_share_non_uk", "March 2026 (now; of all payrolled jobs; HMRC)"),
            L("less than half", 50, LT, PCT, "employment_rate_care_worker_dependants", "2022 arrivals (adult dependants who arrived alongside health and care workers; a think tank report cited by the MP's office)"),
        ]),
    "07-the-granite-press-aberdeen-refugee-resettlement": dict(
        meta=dict(url="https://www.granitepress.example/news/aberdeen-aberdeenshire/6814072/aberdeen-refugees-resettlement-funding-gap/",
                  title="Aberdeen has welcomed more than 1,100 refugees in a decade - but council warns funding gap is growing",
                  publisher="The Granite Press", author="Ewan Strachan-Addo", published_date="2026-10-16"),
        labels=[
            L("more than 1,100", 1100, MT, P, RA, SINCE15 + ", in a decade; headline)", occ=0, geo=ABZ),
            L("186", 186, E, P, RA, "April 2025 to March 2026 (last year; standfirst)", occ=0, geo=ABZ),
            L("20%", 20, E, PCT, RA + "_change", "2025/26 vs 2024/25 (up on the year before; standfirst)", occ=0, geo=ABZ),
            L("more than 1,100", 1100, MT, P, RA, SINCE15 + "; " + RPT + ")", occ=1, geo=ABZ),
            L("1,140", 1140, E, P, RA, SINCE15 + "; Syrian, Afghan and global resettlement routes; " + RPT + ")", geo=ABZ),
            L("186", 186, E, P, RA, "April 2025 to March 2026 (last year alone)", occ=1, geo=ABZ),
            L("20%", 20, E, PCT, RA + "_change", "2025/26 vs 2024/25 (a rise of)", occ=1, geo=ABZ),
            L("155", 155, E, P, RA, "April 2024 to March 2025 (2024/25)", geo=ABZ),
            L("612", 612, E, P, RA + "_afghan", "August 2021 to October 2026 (since the Taliban took Kabul)", geo=ABZ),
            L("455", 455, E, P, RA + "_syrian", SINCE15 + ", mostly between 2016 and 2019)", geo=ABZ),
            L("Some 2,380", 2380, AP, P, "immigration_ukraine", "March 2022 to October 2026 (Homes for Ukraine and Scottish super-sponsor schemes)", geo=ABZ),
            L("nearly four times", 4, ALM, RATIO, "immigration_ukraine_ratio", "to October 2026 (Ukrainians against arrivals from Afghanistan)", geo=ABZ),
            L("more than 28,000", 28000, MT, P, "immigration_ukraine", "March 2022 to October 2026 (Ukrainians arrived since March 2022)", geo=SCO),
            L("94", 94, E, HOMES, "council_resettlement_homes_secured", "October 2025 to October 2026 (the last 12 months)", geo=ABZ),
            L("£20,520", 20520, E, GBP, "council_resettlement_grant_per_refugee", "2026 (per refugee, spread over three years; Home Office tariff; a policy rate)", geo=UK),
            L("closer to £27,000", 27000, AP, GBP, "council_resettlement_cost_per_refugee", "2026 (the true cost of support; " + RPT + ")", geo=ABZ),
            L("about £1.2m", 1.2e6, AP, GBP, "council_resettlement_cost_shortfall", "2026/27 (this year; " + RPT + ")", geo=ABZ),
            L("£3.5m", 3.5e6, E, GBP, "scottish_government_ukraine_resettlement_funding", "2026/27 (made available to councils)", geo=SCO),
            L("around £310,000", 310000, AP, GBP, "scottish_government_ukraine_resettlement_funding", "2026/27 (Aberdeen's expected share)", geo=ABZ),
            L("58%", 58, E, PCT, "resettlement_arrivals_share_adults_in_work_or_training", "October 2026 (now; working-age adults resettled since 2021; " + RPT + ")", geo=ABZ),
            L("41%", 41, E, PCT, "resettlement_arrivals_share_adults_in_work_or_training", "2024 (two years ago; " + RPT + ")", geo=ABZ),
            L("almost one in eight", 12.5, ALM, PCT, "housing_waiting_list_share_waiting_over_2_years", "October 2026 (applicants on the city's housing list; opposition housing spokesman)", geo=ABZ),
            L("1,420", 1420, E, P, "school_pupils_english_additional_language", "2026 (now; teachers' union representatives)", geo=ABZ),
            L("a third", THIRD, E, PCT, "school_pupils_english_additional_language_change", "2026 vs 2023 (more than in 2023; teachers' union representatives)", geo=ABZ),
            L("c. 300", 300, AP, P, "esol_waiting_list", "October 2026 (learners; " + RPT + ")", geo=ABZ),
            L("705", 705, E, P, RA, SINCE15 + ", over the same period)", geo="Aberdeenshire"),
            L("140", 140, E, P, RA, SINCE15 + ", over the same period)", geo="Moray"),
            L("£1.8m", 1.8e6, E, GBP, "scottish_government_refugee_integration_fund", "2026/27 (its refugee integration fund)", geo=SCO),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
