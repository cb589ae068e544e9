#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the fifty-ninth hand-labelled hold-out set (holdout59).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, PPB, HOTELS, MONTHS, YEARS, THIRD, SIXTH,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, RSC, PTR, RSP)

BL, BLA, APPS = "asylum_backlog", "asylum_backlog_appeals", "asylum_applications"
GR = "asylum_grants_share_initial_decisions"
RET, SUP, DISP = "returns", "asylum_support_population", "asylum_dispersal_population"
SET, CAP = "settlement_qualifying_period", "resettlement_cap"
HOMES, HH, DAYS, P1000, PPH = "other:homes", "other:households", "other:days", "other:persons_per_1000", "other:persons_per_household"
UK, FR, EN, RW = "UK", "France", "England", "Rwanda"
MN = "Midlands and North of England"
PO = "Portsmouth"

# 01 (Wednesday 13 May 2026)
HS = "; Home Secretary"
TOOK = "July 2024 (when the government came into office"
# 02 (Friday 2 October 2026)
YTD, YTD25 = "1 January to 30 September 2026 (so far in 2026)", "1 January to 30 September 2025 (same point in 2025)"
LIST = " (figures by year list)"
YJ26 = "year to June 2026 (July 2025 to June 2026)"
# 03 (Friday 17 July 2026)
NAO = "April 2022 to March 2026 (National Audit Office final figure"
# 04 (Tuesday 8 September 2026)
FY26, FY25, FY24 = "2025/26 financial year", "2024/25 financial year", "2023/24 financial year"
CLAIM = " (claim; Reform UK deputy leader)"
# 05 (Saturday 24 October 2026)
Y25 = "2025 (calendar year)"
# 06 (Thursday 27 August 2026)
EJ26, EJ25, EJ24 = "end of June 2026 (30 June 2026)", "end of June 2025 (30 June 2025)", "end of June 2024 (when the government took office, July 2024)"
YJ25 = "year to June 2025 (July 2024 to June 2025)"
HLT = "; Harbour Line Refugee Trust"
# 07 (Tuesday 10 November 2026)
FY27 = "2026/27 financial year"
CAB = "; council cabinet member for housing"

ARTICLES = {
    "01-daily-battlement-kings-speech-border-bills": dict(
        meta=dict(url="https://www.dailybattlement.example/news/politics/kings-speech-border-crackdown-net-migration-204000",
                  title="King's Speech: Border crackdown at heart of new session as net migration slumps to 204,000",
                  publisher="Daily Battlement", author="Harriet Quennell-Dodd", published_date="2026-05-13"),
        labels=[
            L("204,000", 204000, E, P, NM, "year to June 2025 (headline)", occ=0),
            L("almost 29,000", 29000, ALM, P, HOT, "end of December 2025 (still living in them; critics; standfirst)"),
            L("doubles", 2, E, RATIO, SET + "_ratio", "Settlement Reform Bill vs current rules (standard wait for permanent residence)"),
            L("five years", 5, E, YEARS, SET, "current rules (standard wait for permanent residence)"),
            L("10", 10, E, YEARS, SET, "Settlement Reform Bill (proposed standard wait)", ctx="from five years to 10"),
            L("12,000", 12000, E, P, CAP, "per year (proposed cap on refugees resettled through safe and legal routes)", occ=0),
            L("Almost 119,000", 119000, ALM, P, BL, TOOK + "; queue for an initial ruling" + HS + ")"),
            L("more than 29,000", 29000, MT, P, HOT, TOOK + HS + ")"),
            L("62,400", 62400, E, P, BL, "end of December 2025 (latest figure; 'today'" + HS + ")"),
            L("less than a quarter", 0.25, LT, RATIO, NM + "_ratio", "year to June 2025 vs the peak in the year to March 2023 (now" + HS + ")"),
            L("more than 75,000", 75000, MT, P, RET, "5 July 2024 to 13 May 2026 (since polling day" + HS + ")"),
            L("1,500", 1500, E, P, "asylum_caseworkers_additional", "May 2026 to May 2028 (over the next two years" + HS + ")"),
            L("204,000", 204000, E, P, NM, "year to June 2025 (July 2024 to June 2025; ONS, published November 2025)", occ=1),
            L("more than three-quarters", -75, MT, PCT, NM + "_change", "year to June 2025 vs year to March 2023 (record)"),
            L("944,000", 944000, E, P, NM, "year to March 2023 (April 2022 to March 2023; record)"),
            L("755,000", 755000, E, P, "population_growth", "year to mid-2024 (1 July 2023 to 30 June 2024; ONS)"),
            L("69.3 million", 69.3e6, E, P, "population", "mid-2024 (30 June 2024; ONS)"),
            L("More than nine in ten", 90, MT, PCT, "net_migration_share_of_population_growth", "year to mid-2024 (share of the increase from international migration; ONS)"),
            L("1.2%", 1.2, E, PCT, "population_change", "year to mid-2024 (ONS)", geo="England"),
            L("0.9%", 0.9, E, PCT, "population_change", "year to mid-2024 (ONS)", geo="Wales"),
            L("0.8%", 0.8, E, PCT, "population_change", "year to mid-2024 (ONS)", geo="Scotland"),
            L("0.5%", 0.5, E, PCT, "population_change", "year to mid-2024 (ONS)", geo="Northern Ireland"),
            L("Nearly 11,000", 11000, ALM, P, SBA, "1 January to 13 May 2026 (so far this year; Shadow Home Secretary)"),
            L("around £12million", 12e6, AP, GBP, AC, "May 2026 (per day; asylum system; Shadow Home Secretary)"),
            L("12,000", 12000, E, P, CAP, "per year (proposed cap on safe routes; Reform home affairs spokesman)", occ=1),
            L("12,000", 12000, E, P, CAP, "per year (proposed cap: '12,000 too many'; Reform home affairs spokesman)", occ=2),
            L("Doubling", 2, E, RATIO, SET + "_ratio", "Settlement Reform Bill vs current rules (Sanctuary Voices spokeswoman)"),
            V("hundreds of thousands", 200000, 900000, P, "settlement_applicants_affected", "Settlement Reform Bill (people who work and pay tax here left in limbo; Sanctuary Voices spokeswoman)"),
        ]),
    "02-wherry-broadcasting-small-boats-explainer": dict(
        meta=dict(url="https://www.wherrynews.example/news/uk-explainers/how-many-people-cross-channel-small-boats",
                  title="How many people cross the Channel in small boats?",
                  publisher="Wherry Broadcasting News", author="Tomasz Ellery-Vane", published_date="2026-10-02"),
        labels=[
            L("more than 31,000", 31000, MT, P, SBA, YTD),
            L("31,240", 31240, E, P, SBA, YTD + " (Border Force)"),
            L("7%", -7, E, PCT, SBA + "_change", YTD + " vs " + YTD25),
            L("33,590", 33590, E, P, SBA, YTD25),
            L("6,918", 6918, E, P, SBA, "September 2026 (busiest month of the year)"),
            L("1,097", 1097, E, P, SBA, "19 September 2026 (busiest day)"),
            L("17", 17, E, BOATS, SBC, "19 September 2026", ctx="from 17 boats"),
            L("299", 299, E, P, SBA, "2018 (calendar year)"),
            L("1,843", 1843, E, P, SBA, "2019 (calendar year)" + LIST),
            L("8,466", 8466, E, P, SBA, "2020 (calendar year)" + LIST),
            L("28,526", 28526, E, P, SBA, "2021 (calendar year)" + LIST),
            L("45,774", 45774, E, P, SBA, "2022 (calendar year; highest)" + LIST),
            L("29,437", 29437, E, P, SBA, "2023 (calendar year)" + LIST),
            L("36,816", 36816, E, P, SBA, "2024 (calendar year)" + LIST),
            L("41,472", 41472, E, P, SBA, "2025 (calendar year; second highest)" + LIST, occ=0),
            L("13%", 13, E, PCT, SBA + "_change", "2025 vs 2024 (last year's total)"),
            L("62", 62, E, PPB, "small_boat_occupancy", "2025 (last year; average per boat)"),
            L("53", 53, E, PPB, "small_boat_occupancy", "2024 (average per boat)"),
            L("13", 13, E, PPB, "small_boat_occupancy", "2020 (average per boat)", ctx="only 13 back in 2020"),
            L("about 670", 670, AP, BOATS, SBC, "2025 (calendar year)"),
            L("more than 1,100", 1100, MT, BOATS, SBC, "2022 (calendar year)"),
            L("at least 78", 78, AL, P, "small_boat_deaths", "2024 (deadliest year; UN migration agency)"),
            L("41", 41, E, P, "small_boat_deaths", "2025 (provisional; UN migration agency)", ctx="2025 was 41"),
            L("about nine in ten", 90, AP, PCT, "small_boat_arrivals_share_claimed_asylum", YJ26),
            L("roughly one in six", SIXTH, AP, PCT, "small_boat_arrivals_share_eritrean", YJ26 + " (most common nationality)"),
            L("Around three-quarters", 75, AP, PCT, "small_boat_arrivals_share_adult_men", YJ26),
            L("2,090", 2090, E, P, RET, "18 September 2025 (first return) to 30 September 2026 (by the end of September; UK-France scheme)", geo=FR),
            L("roughly 41,000", 41000, AP, P, SBA, "18 September 2025 (first return to France) to 30 September 2026 (since the first person was flown back)"),
            L("£476m", 476e6, E, GBP, "uk_funding_to_france", "over three years (extra beach patrols)"),
            L("more than 16,000", 16000, MT, P, "small_boat_launch_attempts_stopped_people", "2025 (last year; French officials)", geo=FR),
            L("about 178,000", 178000, AP, P, "irregular_arrivals", "2025 (calendar year) (irregular border crossings; Frontex)", geo="EU"),
            L("a quarter", -25, E, PCT, "irregular_arrivals_change", "2025 vs 2024 (Frontex)", ctx="down by a quarter", geo="EU"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (previous administration's plan; all volunteers)"),
            L("fewer than 41,472", 41472, LT, P, SBA, "2026 (calendar year; expected total on current trends; ministers)"),
        ]),
    "03-cleat-wire-rwanda-scheme-watchdog-costs": dict(
        meta=dict(url="https://www.cleatwire.example/home-affairs/rwanda-scheme-cost-715m-spending-watchdog",
                  title="Abandoned Rwanda scheme cost taxpayers £715m, spending watchdog finds",
                  publisher="Cleat Wire", author="Ffion Ashdown-Reyes", published_date="2026-07-17"),
        labels=[
            L("£715m", 715e6, E, GBP, RSC, NAO + "; headline)"),
            L("£715 million", 715e6, E, GBP, RSC, NAO + ")", occ=0),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (relocated, all voluntarily)", ctx="Only four people"),
            L("roughly £179 million", 179e6, AP, GBP, "rwanda_scheme_cost_per_relocation", NAO + "; for each person who made the journey)"),
            L("£153 million", 153e6, E, GBP, RSC + "_revision", "final figure (July 2026) vs the NAO's estimate of 2024"),
            L("£562 million", 562e6, E, GBP, RSC, "NAO estimate of 2024 (two years ago, while the policy was in force)"),
            L("£290 million", 290e6, E, GBP, PTR, NAO + "; paid directly to the Rwandan government, none returned)", geo=RW),
            L("£163 million", 163e6, E, GBP, RSC, NAO + "; detaining and escorting people earmarked for removal)"),
            L("£124 million", 124e6, E, GBP, RSC, NAO + "; Home Office staff and legal costs)"),
            L("£58 million", 58e6, E, GBP, RSC, NAO + "; charter aircraft that stayed on the ground)"),
            L("about £80 million", 80e6, AP, GBP, RSC, NAO + "; IT systems, accommodation and other costs)"),
            L("Some 2,145", 2145, AP, P, "immigration_detentions_rwanda", "spring 2024 (ahead of planned flights)"),
            L("fewer than one in five", 20, LT, PCT, "rwanda_detainees_share_served_removal_notice", "spring 2024 (of those detained)"),
            L("more than 1,000", 1000, MT, P, "rwanda_scheme_staff", "at the scheme's peak (officials working on it; NAO)"),
            L("around 200", 200, AP, P, "rwanda_accommodation_capacity", "2024 (accommodation prepared in Kigali)", geo=RW),
            L("£1.1 billion", 1.1e9, E, GBP, RSP, "April 2022 to the end of 2026/27 (had the scheme gone ahead; NAO estimate)"),
            L("£120 million", 120e6, E, GBP, PTR, "further payments cancelled when the scheme was scrapped (to the end of 2026/27)", geo=RW),
            L("Seven hundred and fifteen million pounds", 715e6, E, GBP, RSC, NAO + "; chairwoman of the Public Accounts Committee)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (chairwoman of the Public Accounts Committee)", ctx="four people went to Rwanda"),
            L("£715 million", 715e6, E, GBP, RSC, NAO + "; enough to pay for hotel stays)", occ=1),
            L("about 13,500", 13500, AP, P, "asylum_hotel_stays_affordable_with_rwanda_cost", "a full year (asylum seekers in hotels at the average cost; NAO)"),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "2026 (average cost per person per night; NAO)"),
            L("18%", 18, E, PCT, SBA + "_change", "January to June 2024 (first half) vs January to June 2023"),
            V("hundreds of millions of pounds", 200e6, 900e6, GBP, RSC, "April 2022 to July 2024 (Home Office spokesperson)"),
            L("more than 80,000", 80000, MT, P, RET, "5 July 2024 to 17 July 2026 (since the government took office; Home Office spokesperson)"),
            L("over a third", -THIRD, MT, PCT, "asylum_hotels_in_use_change", "July 2024 to July 2026 (since the government took office; Home Office spokesperson)"),
            L("£715 million", 715e6, E, GBP, RSC, NAO + "; Refugee Route)", occ=2),
            V("thousands", 2000, 9000, P, "caseworkers_affordable_with_rwanda_cost", "the scheme's cost (Refugee Route)", ctx="thousands of caseworkers"),
        ]),
    "04-yardstick-asylum-cost-per-day-claim": dict(
        meta=dict(url="https://www.yardstick.example/fact-checks/immigration/uk-spending-17-million-a-day-asylum",
                  title="Is the UK spending £17 million a day on asylum?",
                  publisher="Yardstick", author=None, published_date="2026-09-08"),
        labels=[
            L("£17 million", 17e6, E, GBP, AC, "per day (headline" + CLAIM + ")", occ=0),
            L("£17 million", 17e6, E, GBP, AC, "per day (every single day" + CLAIM + ")", occ=1),
            L("about £12 million", 12e6, AP, GBP, AC, FY26 + " (per day; asylum support; verdict)", occ=0),
            L("nearly £17 million", 17e6, ALM, GBP, AC, FY26 + " (per day; with other departments' and border costs; verdict)"),
            L("£4.38 billion", 4.38e9, E, GBP, AC, FY26 + " (asylum support; Home Office annual accounts)", occ=0),
            L("roughly £12.0 million", 12e6, AP, GBP, AC, FY26 + " (per day; asylum support)"),
            L("8%", -8, E, PCT, AC + "_change", FY26 + " vs " + FY25),
            L("£4.76 billion", 4.76e9, E, GBP, AC, FY25 + " (asylum support)"),
            L("about £13.0 million", 13e6, AP, GBP, AC, FY25 + " (per day; asylum support)"),
            L("£5.38 billion", 5.38e9, E, GBP, AC, FY24 + " (asylum support; peak)"),
            L("around £14.7 million", 14.7e6, AP, GBP, AC, FY24 + " (per day; asylum support; peak)"),
            L("£1.51 billion", 1.51e9, E, GBP, AC, FY26 + " (hotels; last year)"),
            L("around 34%", 34, AP, PCT, "asylum_cost_share_hotels", FY26),
            L("about £4.1 million", 4.1e6, AP, GBP, AC, FY26 + " (per day; hotels)"),
            L("103,900", 103900, E, P, SUP, "end of March 2026 (31 March 2026)"),
            L("about £115", 115, AP, GBP, "asylum_cost_per_person_per_day", FY26 + " (average per person supported per day)"),
            L("around £145", 145, AP, GBP, "asylum_hotel_cost_per_person_night", "2026 (officials)"),
            L("roughly £14", 14, AP, GBP, "asylum_dispersal_cost_per_person_night", "2026 (bed in a flat or shared house; officials)"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "2026 (per week; self-catering housing)"),
            L("£17 million", 17e6, E, GBP, AC, "per day (sub-heading" + CLAIM + ")", ctx="Where could £17 million"),
            L("around £1.1 billion", 1.1e9, AP, GBP, "asylum_tribunal_legal_aid_cost", FY26 + " (immigration tribunals and legal aid for asylum cases; Ministry of Justice accounts)"),
            L("£0.7 billion", 0.7e9, E, GBP, "border_security_command_budget", FY26),
            L("£4.38 billion", 4.38e9, E, GBP, AC, FY26 + " (asylum support; Home Office)", occ=1),
            L("about £6.2 billion", 6.2e9, AP, GBP, AC, FY26 + " (Home Office, Ministry of Justice and Border Security Command combined)"),
            L("just under £17 million", 17e6, ALM, GBP, AC, FY26 + " (per day; wider definition)"),
            L("£3.9 billion", 3.9e9, E, GBP, AC, "2026/27 financial year (spending plans; asylum support)"),
            L("26,300", 26300, E, P, HOT, "end of March 2026 (31 March 2026)"),
            L("a fifth", -20, E, PCT, HOT + "_change", "end of March 2026 vs end of March 2025", ctx="down by a fifth"),
            L("about £12 million", 12e6, AP, GBP, AC, FY26 + " (per day; asylum support; conclusion)", occ=1),
            L("nearly £15 million", 15e6, ALM, GBP, AC, FY24 + " (per day; high)"),
        ]),
    "05-contrarian-essay-net-migration-housing": dict(
        meta=dict(url="https://www.thecontrarian.example/politics/the-arithmetic-of-the-housing-crisis",
                  title="The arithmetic of the housing crisis",
                  publisher="The Contrarian", author="Rosalind Achterberg-Lowe", published_date="2026-10-24"),
        labels=[
            L("944,000", 944000, E, P, NM, "year to March 2023 (April 2022 to March 2023; peak; ONS)"),
            L("234,400", 234400, E, HOMES, "housing_completions", "year to March 2024 (2023/24; net additional dwellings)", geo=EN),
            L("roughly four", 4, AP, RATIO, "net_migration_per_new_home_ratio", "year to March 2023 migration vs homes added in the year to March 2024", geo=EN),
            L("about 2.36", 2.36, AP, PPH, "household_size_average", "2026 (people per household)", geo=EN),
            L("about 2.1 million", 2.1e6, AP, P, NM, "2022 to 2024 (the three years to the end of 2024, combined)"),
            L("close to 900,000", 900000, ALM, HOMES, "housing_need", "2022 to 2024 (extra homes needed for net migration)", geo=EN),
            L("perhaps two-thirds", 200 / 3, AP, PCT, "housing_completions_share_of_need", "2022 to 2024 (homes delivered against the need from migration)", geo=EN),
            L("171,000", 171000, E, P, NM, Y25 + " (ONS, May 2026)", occ=0),
            L("812,000", 812000, E, P, "immigration", Y25),
            L("641,000", 641000, E, P, "emigration", Y25),
            L("208,600", 208600, E, HOMES, "housing_completions", "2024/25 (net additional dwellings)", geo=EN),
            L("about 0.8", 0.8, AP, RATIO, "net_migration_per_new_home_ratio", Y25 + " migration vs homes added in 2024/25"),
            L("5.1%", 5.1, E, PCT, "private_rents_change", "year to September 2026 (October 2025 to September 2026)", geo=EN),
            L("£2,260", 2260, E, GBP, "private_rent_average_monthly", "September 2026 (per month; average tenant)", geo="London"),
            L("7.7 times", 7.7, E, RATIO, "house_price_to_earnings_ratio", "2026 (typical home vs typical full-time salary)", geo=EN),
            L("nearly double", 2, ALM, RATIO, "house_price_to_earnings_growth_ratio", "2026 vs the late 1990s", geo=EN),
            L("1.33 million", 1.33e6, E, HH, "housing_waiting_list_households", "2026 (social housing waiting list)", geo=EN),
            L("131,000", 131000, E, HH, "temporary_accommodation_households", "2026 (record)", geo=EN),
            L("more than 170,000", 170000, MT, P, "children_in_temporary_accommodation", "2026", geo=EN),
            L("About two in five", 40, AP, PCT, "private_rented_households_share_born_abroad", "2026 (headed by someone born abroad)", geo=EN),
            L("more than half", 50, MT, PCT, "private_rented_households_share_born_abroad", "2026 (headed by someone born abroad)", geo="London"),
            L("1.5 million", 1.5e6, E, HOMES, "housing_target", "this Parliament (July 2024 to 2029; government target)", geo=EN),
            L("300,000", 300000, E, HOMES, "housing_target", "per year (implied by the target for this Parliament)", geo=EN),
            L("roughly 70%", 70, AP, PCT, "housing_completions_share_of_target", "2024/25 (completions against 300,000 a year)", geo=EN),
            L("171,000", 171000, E, P, NM, Y25 + " (migration at 171,000 a year)", occ=1),
            L("six million", 6e6, E, P, "population_growth", "2011 to 2025 (since 2011)"),
        ]),
    "06-nonaligned-asylum-backlog-hotels-charity": dict(
        meta=dict(url="https://www.thenonaligned.example/news/uk/home-news/asylum-backlog-appeals-record-hotels-a7741902.html",
                  title="Asylum backlog falls below 52,000 but appeals queue hits record as hotel numbers fall",
                  publisher="The Nonaligned", author="Marguerite Osei-Lindqvist", published_date="2026-08-27"),
        labels=[
            L("below 52,000", 52000, LT, P, BL, EJ26 + " (headline)"),
            L("more than a third", THIRD, MT, PCT, BLA + "_change", EJ26 + " vs " + EJ25 + " (standfirst)"),
            L("51,800", 51800, E, P, BL, EJ26 + " (initial backlog)"),
            L("43 per cent", -43, E, PCT, BL + "_change", EJ26 + " vs " + EJ25),
            L("90,700", 90700, E, P, BL, EJ25 + " (twelve months before)"),
            L("less than half", 0.5, LT, RATIO, BL + "_ratio", EJ26 + " vs " + EJ24),
            L("118,900", 118900, E, P, BL, EJ24),
            L("64,300", 64300, E, P, BLA, EJ26),
            L("36 per cent", 36, E, PCT, BLA + "_change", EJ26 + " vs " + EJ25),
            L("47,200", 47200, E, P, BLA, EJ25 + " (a year before)"),
            L("39 per cent", 39, E, PCT, GR, YJ26),
            L("47 per cent", 47, E, PCT, GR, YJ25 + " (previous 12 months)"),
            L("106,200", 106200, E, P, APPS, YJ26),
            L("4 per cent", -4, E, PCT, APPS + "_change", YJ26 + " vs " + YJ25),
            L("111,100", 111100, E, P, APPS, YJ25 + " (record)"),
            L("Around 40,100", 40100, AP, P, SBA, YJ26 + " (over the same period)"),
            L("23,900", 23900, E, P, HOT, EJ26),
            L("roughly a quarter", -25, AP, PCT, HOT + "_change", EJ26 + " vs " + EJ25),
            L("32,100", 32100, E, P, HOT, EJ25),
            L("138", 138, E, HOTELS, "asylum_hotels_in_use", EJ26),
            L("about 210", 210, AP, HOTELS, "asylum_hotels_in_use", "July 2024 (when ministers took office)"),
            L("101,200", 101200, E, P, SUP, EJ26),
            L("65,400", 65400, E, P, DISP, EJ26),
            V("tens of thousands", 20000, 90000, P, BLA, EJ26 + " (moved from the initial backlog to the appeals queue" + HLT + " chief executive)", occ=0),
            L("About one in three", THIRD, AP, PCT, "asylum_hotel_residents_share_over_one_year", "August 2026 (hotel residents the trust works with, there for over a year" + HLT + ")", geo=MN),
            L("4,600", 4600, E, P, "charity_service_users", Y25 + " (last year" + HLT + ")", geo=MN),
            L("up by half", 50, E, PCT, "charity_service_users_change", Y25 + " vs 2024 (the year before" + HLT + ")", geo=MN),
            L("13 months", 13, E, MONTHS, "asylum_appeal_wait_average", "August 2026 (now; Harbour Line Refugee Trust)"),
            L("around eight months", 8, AP, MONTHS, "asylum_appeal_wait_average", "early 2025 (Harbour Line Refugee Trust)"),
            V("tens of thousands", 20000, 90000, P, BL, "July 2024 (the system the government took over; Home Office spokesperson)", occ=1),
            L("more than halved", -50, MT, PCT, BL + "_change", EJ26 + " vs " + EJ24 + " (Home Office spokesperson)"),
            V("dozens", 24, 108, HOTELS, "asylum_hotels_closed", "July 2024 to August 2026 (Home Office spokesperson)"),
            L("6,000", 6000, E, DAYS, "tribunal_sitting_days_added", "2026/27 financial year (this year; Ministry of Justice)"),
            L("More than 64,000", 64000, MT, P, BLA, EJ26 + " (shadow home secretary)"),
            L("More than 1,100", 1100, MT, P, "asylum_grants_appeal", "April to June 2026 (since April)"),
        ]),
    "07-spinnaker-evening-news-portsmouth-asylum-council-costs": dict(
        meta=dict(url="https://www.spinnakereveningnews.example/news/politics/portsmouth-asylum-bill-council-faces-13m-shortfall",
                  title="Portsmouth asylum bill: council faces £1.3m shortfall as city houses more than double the national rate",
                  publisher="Spinnaker Evening News", author="Callum Dewhurst-Akande", published_date="2026-11-10"),
        labels=[
            L("£1.3m", 1.3e6, E, GBP, "council_asylum_cost_shortfall", "2025/26 financial year (headline)", occ=0, geo=PO),
            L("more than double", 2, MT, RATIO, SUP + "_ratio", "end of June 2026 (per head, Portsmouth vs the national rate; headline)", occ=0, geo=PO),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", "November 2026 (caption)", ctx="One of the two hotels", geo=PO),
            L("more than twice", 2, MT, RATIO, SUP + "_ratio", "end of June 2026 (per head, Portsmouth vs the national rate)", geo=PO),
            L("742", 742, E, P, SUP, EJ26, geo=PO),
            L("318", 318, E, P, HOT, EJ26, geo=PO),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", EJ26, ctx="in two hotels", geo=PO),
            L("178", 178, E, P, HOT, EJ26 + " (seafront hotel)", geo="Southsea"),
            L("140", 140, E, P, HOT, EJ26, geo="Cosham"),
            L("424", 424, E, P, DISP, EJ26 + " (shared homes and flats)", geo=PO),
            L("about 215,000", 215000, AP, P, "population", "2026 (current)", geo=PO),
            L("roughly 3.5", 3.5, AP, P1000, "asylum_support_population_per_1000_residents", EJ26, geo=PO),
            L("about 1.5", 1.5, AP, P1000, "asylum_support_population_per_1000_residents", EJ26),
            L("£3.2m", 3.2e6, E, GBP, "council_asylum_cost", FY26 + " (asylum seekers and newly recognised refugees; cabinet report)", geo=PO),
            L("£1.9m", 1.9e6, E, GBP, "council_asylum_grant", FY26 + " (Home Office grants)", geo=PO),
            L("£1.3m", 1.3e6, E, GBP, "council_asylum_cost_shortfall", FY26 + " (left for the city to find)", occ=1, geo=PO),
            L("£3.8m", 3.8e6, E, GBP, "council_asylum_cost", FY27 + " (this year; forecast)", geo=PO),
            L("19 per cent", 19, E, PCT, "council_asylum_cost_change", FY27 + " vs " + FY26 + " (forecast)", geo=PO),
            L("212", 212, E, HH, "refugees_homeless_after_leaving_asylum_support", FY26 + " (last year" + CAB + ")", geo=PO),
            L("96", 96, E, HH, "refugees_homeless_after_leaving_asylum_support", FY25 + " (the year before" + CAB + ")", geo=PO),
            L("more than double", 2, MT, RATIO, "refugees_homeless_after_leaving_asylum_support_ratio", FY26 + " vs " + FY25 + " (council cabinet member for housing)", ctx="That is more than double", geo=PO),
            L("Around one in six", SIXTH, AP, PCT, "temporary_accommodation_share_refugee_households", "November 2026 (now" + CAB + ")", geo=PO),
            L("£9.6m", 9.6e6, E, GBP, "council_temporary_accommodation_cost", FY26 + " (council cabinet member for housing)", geo=PO),
            L("2,950", 2950, E, HH, "housing_waiting_list_households", "November 2026 (social housing" + CAB + ")", geo=PO),
            L("£750", 750, E, GBP, "council_asylum_grant_per_dispersal_bed", "2026 (one-off per additional dispersal bed)", geo=PO),
            L("2,480", 2480, E, P, DISP, EJ26, geo="Hampshire and the Isle of Wight"),
            L("about a quarter", -25, AP, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (over the past year)"),
            L("23,900", 23900, E, P, HOT, EJ26),
            L("well over a million pounds", 1e6, MT, GBP, "council_asylum_cost_shortfall", "per year (now; leader of Portsmouth City Council)", geo=PO),
            L("more than £200m", 200e6, MT, GBP, "home_office_funding_to_councils", FY27 + " (this year; asylum dispersal and resettlement; Home Office spokesperson)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
