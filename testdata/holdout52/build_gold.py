#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the fifty-second hand-labelled hold-out set (holdout52).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, EUR, RATIO, BOATS, PPB, YEARS, HOTELS, MONTHS, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, RSC, EW)

IMM, EMI, RET, BL, OCC = "immigration", "emigration", "returns", "asylum_backlog", "small_boat_occupancy"
APPS, GRANT_RATE = "asylum_applications", "asylum_grant_rate"
BLA, BLALL = "asylum_backlog_appeals", "asylum_backlog_including_appeals"
LEGAL, UKFR, SHARE_RET = "uk_france_legal_route_arrivals", "uk_funding_to_france", "returns_share_of_small_boat_arrivals"
NMF, NMS, PFE = "net_migration_forecast", "net_migration_scenario", "public_finances_effect_lower_migration"
POP, GROWTH, POPCH, NATCH = "population", "population_growth", "population_change", "population_natural_change"
NMI, INT = "net_migration_international", "internal_migration_net"
SW, HC, ST, FAM, VIS = ("visas_granted_skilled_worker", "visas_granted_health_care_worker", "visas_granted_study",
                        "visas_granted_family", "visas_granted")
DISP = "asylum_dispersal_population"
DAYS, VAC, AREAS, HOMES_U = "other:days", "other:vacancies", "other:council_areas", "other:homes"
UK, FR, EU, EN, SC, WA, NI, RW = "UK", "France", "EU", "England", "Scotland", "Wales", "Northern Ireland", "Rwanda"
STF, WM = "Stallingford", "West Midlands"

# periods
SAT, FRI, SUN = "Saturday 13 June 2026", "Friday 12 June 2026", "Sunday 14 June 2026"
YTD13, YTD13_25 = "1 January to 13 June 2026", "1 January to 13 June 2025"
PILOT_J = "18 September 2025 (first return) to 13 June 2026"
PILOT_S = "18 September 2025 (first return) to 30 September 2026"
YTD30, YTD30_25 = "1 January to 30 September 2026", "1 January to 30 September 2025"
Y25, Y24 = "2025 (calendar year)", "2024 (calendar year)"
ONS_MAY = " (ONS, May 2026)"
OBR = " (Office for Budget Responsibility)"
YMID25 = "year to mid-2025 (mid-2024 to mid-2025)"
MID25 = "mid-2025 (30 June 2025)"
EJ26, EJ25, EJ24, EJ23 = ("end of June 2026 (30 June 2026)", "end of June 2025 (30 June 2025)",
                          "end of June 2024 (30 June 2024)", "end of June 2023 (30 June 2023)")
YJ26, YJ25 = "year ending June 2026 (July 2025 to June 2026)", "year ending June 2025 (July 2024 to June 2025)"
FY26 = "2025–26 financial year"
T1 = " (Table 1)"
ES26, ES25 = "end of September 2026 (30 September 2026)", "end of September 2025 (30 September 2025)"

ARTICLES = {
    "01-tamar-broadcasting-live-channel-crossings-weekend": dict(
        meta=dict(url="https://www.tamarbroadcasting.example/news/live/uk-channel-crossings-weekend-13-14-june-2026",
                  title="Channel crossings: Hundreds more reach Kent as calm seas bring busy weekend",
                  publisher="Tamar Broadcasting News", author="Morwenna Trelease-Okafor, Dylan Pascoe-Ibrahim",
                  published_date="2026-06-14"),
        labels=[
            V("Hundreds", 200, 900, P, SBA, "13 to 14 June 2026 (the weekend; headline)"),
            # Summary
            L("612", 612, E, P, SBA, SAT + " (summary; Home Office)", occ=0),
            L("11", 11, E, BOATS, SBC, SAT + " (summary)", ctx="in 11 small boats"),
            L("more than double", 2, MT, RATIO, SBA + "_ratio", SAT + " vs " + FRI + " (summary)"),
            L("287", 287, E, P, SBA, FRI + " (summary)", occ=0),
            L("16,518", 16518, E, P, SBA, YTD13 + " (the total for 2026 now; summary)", occ=0),
            L("about 8%", -8, AP, PCT, SBA + "_change", YTD13 + " vs " + YTD13_25 + " (lower than at this point last year; summary)"),
            # Sunday 14 June
            L("about 450", 450, AP, P, SBA, SUN + " (landed today, provisional; a government source)"),
            L("more than 1,000", 1000, MT, P, SBA, "13 to 14 June 2026 (over the weekend, if Sunday's figure is confirmed)"),
            L("eight", 8, E, BOATS, "small_boat_launches_prevented", SAT + " (prevented from launching; the prefecture covering the northern French coast)", geo=FR),
            L("about 240", 240, AP, P, "small_boat_launch_attempts_stopped_people", SAT + " (stopped from trying to board; the prefecture)", geo=FR),
            L("one", 1, E, P, "small_boat_casualties_hospitalised", SAT + " (taken to hospital in Boulogne-sur-Mer; the prefecture)", ctx="that one man", geo=FR),
            L("1,310", 1310, E, P, RET, PILOT_J + " (sent back under the one-in, one-out deal so far; Home Office)", geo=FR),
            L("980", 980, E, P, LEGAL, PILOT_J + " (came to the UK the other way; Home Office)"),
            L("roughly one in 20", 5, AP, PCT, SHARE_RET, PILOT_J + " (returns against those who have crossed since the first return flight; critics)", geo=FR),
            L("612", 612, E, P, SBA, SAT + " (people detected; yesterday, published this morning)", occ=1),
            L("11", 11, E, BOATS, SBC, SAT + " (yesterday)", ctx="• 11 boats"),
            L("about 56", 56, AP, PPB, OCC, SAT + " (an average on each boat)"),
            L("874", 874, E, P, SBA, "Tuesday 19 May 2026 (the busiest day so far this year)"),
            L("300", 300, E, BOATS, SBC, YTD13 + " (across 2026 as a whole)"),
            L("55", 55, E, PPB, OCC, YTD13 + " (on average)", ctx="carrying 55"),
            L("16,518", 16518, E, P, SBA, YTD13 + " (crossed so far this year)", occ=1),
            L("17,952", 17952, E, P, SBA, YTD13_25 + " (on the equivalent date a year ago)"),
            L("45,774", 45774, E, P, SBA, "2022 (calendar year; the only year above last year's total)"),
            L("41,472", 41472, E, P, SBA, Y25 + " (last year's full total)"),
            L("more than 1,300", 1300, MT, P, RET, "18 September 2025 to 14 June 2026 (sent back to France; the Home Secretary's post)", geo=FR),
            # Saturday 13 June
            L("At least 14", 14, AL, P, "small_boat_deaths", "1 January to 13 June 2026 (died attempting the journey so far this year; French authorities)"),
            L("12.9k", 12900, E, P, SBA, "January to May 2026 (chart total)"),
            L("5,012", 5012, E, P, SBA, "May 2026 (the highest monthly figure of the year so far)"),
            L("287", 287, E, P, SBA, FRI + " (Home Office figures published Saturday morning)", occ=1),
            L("five", 5, E, BOATS, SBC, FRI, ctx="in five boats"),
            L("15,906", 15906, E, P, SBA, "1 January to 12 June 2026 (the total for the year)"),
        ]),
    "02-bishopsgate-journal-falling-migration-obr-fiscal-headroom": dict(
        meta=dict(url="https://www.bishopsgatejournal.example/content/falling-migration-chancellor-fiscal-headroom-obr-risks",
                  title="Falling migration threatens to eat into Chancellor's fiscal headroom",
                  publisher="The Bishopsgate Journal", author="Laurence Okonjo-Fairweather", published_date="2026-07-08"),
        labels=[
            L("a third", -100 / 3, E, PCT, NM + "_change", Y25 + " vs " + Y24 + ONS_MAY, ctx="fell by a third to"),
            L("188,000", 188000, E, P, NM, Y25 + " (last year)" + ONS_MAY),
            L("282,000", 282000, E, P, NM, Y24 + " (revised)" + ONS_MAY),
            L("about a fifth", 0.2, AP, RATIO, NM + "_ratio", Y25 + " vs year ending March 2023 (the post-pandemic peak)"),
            L("944,000", 944000, E, P, NM, "year ending March 2023 (the post-pandemic peak)"),
            L("290,000", 290000, E, P, NMF, Y25 + " (pencilled in; OBR March 2026 forecast)"),
            L("more than 100,000", 100000, MT, P, "obr_net_migration_assumption_shortfall", Y25 + " (outturn below the OBR's assumption)"),
            L("about £5bn", 5e9, AP, GBP, PFE, "2030–31 financial year (added to borrowing for every 100,000 fewer net migrants a year, if sustained; OBR rule of thumb)"),
            L("100,000", 100000, E, P, NMS, "per year (net inflows settle at, in the OBR's low-migration scenario; fiscal risks report, Tuesday 7 July 2026)", ctx="settle at 100,000"),
            L("245,000", 245000, E, P, NMF, "per year (assumed in March 2026; OBR)"),
            L("£7.3bn", 7.3e9, E, GBP, PFE, "2030–31 financial year (public sector net borrowing higher in the low-migration scenario; OBR)"),
            L("more than half", 50, MT, PCT, "public_finances_effect_share_of_headroom", "2030–31 financial year (the low scenario's extra borrowing against the headroom)"),
            L("£13.1bn", 13.1e9, E, GBP, "fiscal_headroom", "March 2026 (margin against the current-budget rule; OBR March 2026 forecast)"),
            L("1.2mn", 1.2e6, E, P, "population_working_age_forecast_change", "to 2030 (working-age population growth expected in the OBR's March 2026 forecast)"),
            L("about 450,000", 450000, AP, P, "population_working_age_scenario_change", "to 2030 (working-age population growth in the low-migration scenario; OBR)"),
            R("between £6bn and £9bn", 6e9, 9e9, GBP, PFE, "per year, by 2028–29 financial year (cut to receipts if net migration stays near last year's level; chief UK economist, Fenchurch Ridge)"),
            L("0.3 per cent", -0.3, E, PCT, "payrolled_employees_change", "year to May 2026 (HM Revenue & Customs)"),
            L("703,000", 703000, E, VAC, "job_vacancies", "March to May 2026 (the three months to May)"),
            L("a third", -100 / 3, E, PCT, NM + "_change", Y25 + " vs " + Y24 + " (fallen in a single year; Treasury spokesperson)", ctx="fallen by a third in"),
            L("796,000", 796000, E, P, IMM, Y25 + " (last year)"),
            L("10 per cent", -10, E, PCT, IMM + "_change", Y25 + " vs " + Y24 + " (decline)"),
            L("608,000", 608000, E, P, EMI, Y25 + " (barely changed)"),
            L("some £4.6bn", 4.6e9, AP, GBP, AC, FY26 + " (the asylum bill)"),
            # chart (thousands)
            L("860", 860000, E, P, NM, "2023 (calendar year; chart, thousands)"),
            L("282", 282000, E, P, NM, Y24 + " (chart, thousands)"),
            L("188", 188000, E, P, NM, Y25 + " (chart, thousands)"),
        ]),
    "03-bute-street-news-wales-population-england-border-moves": dict(
        meta=dict(url="https://www.butestreetnews.example/news/wales-news/wales-population-grows-faster-england-border-moves-30418562",
                  title="Wales grows faster than England as more people move west over the border",
                  publisher="Bute Street News", author="Carys Pemberton-Adeyemi", published_date="2026-07-15"),
        labels=[
            L("10,300", 10300, E, P, INT, YMID25 + " (more moved from England to Wales than went the other way; standfirst)", occ=0, geo=WA),
            L("3,208,900", 3208900, E, P, POP, MID25 + " (ONS, released Wednesday 15 July 2026)", geo=WA),
            L("17,800", 17800, E, P, GROWTH, YMID25, geo=WA),
            L("0.6%", 0.6, E, PCT, POPCH, YMID25, geo=WA),
            L("0.4%", 0.4, E, PCT, POPCH, YMID25 + " (over the same period; England and Wales together grew by the same)", occ=0, geo=EN),
            L("62.1 million", 62.1e6, E, P, POP, MID25 + " (England and Wales taken together)", geo=EW),
            L("28,100", 28100, E, P, "births", YMID25 + " (the year to June 2025)", geo=WA),
            L("34,900", 34900, E, P, "deaths", YMID25, geo=WA),
            L("6,800", -6800, E, P, NATCH, YMID25 + " (natural change took off the population)", geo=WA),
            L("13,900", 13900, E, P, NMI, YMID25 + " (net international migration added)", geo=WA),
            L("10,700", 10700, E, P, INT, YMID25 + " (moves within the UK added, nearly all from England)", geo=WA),
            L("58,400", 58400, E, P, "internal_migration_inflow", YMID25 + " (moved from England to Wales)", geo=WA),
            L("48,100", 48100, E, P, "internal_migration_outflow", YMID25 + " (moved from Wales to England)", geo=WA),
            L("10,300", 10300, E, P, INT, YMID25 + " (a net gain from England)", occ=1, geo=WA),
            L("5,400", 5400, E, P, INT, "year to mid-2015 (ten years earlier; net flow from England)", geo=WA),
            L("almost doubled", 2, ALM, RATIO, INT + "_ratio", YMID25 + " vs year to mid-2015 (net flow from England)", geo=WA),
            L("188,000", 188000, E, P, NM, Y25 + ONS_MAY),
            L("Roughly two in five", 40, AP, PCT, "internal_migration_inflow_share_aged_50_and_over", YMID25 + " (of those arriving from England, aged 50 or over)", geo=WA),
            L("More than one in five", 20, MT, PCT, "population_share_aged_65_and_over", "2026 (now; demographer, Taf Institute for Population Research)", geo=WA),
            L("above 50", 50, MT, YEARS, "population_median_age", "2026 (now; demographer, Taf Institute for Population Research)", geo="Conwy"),
            L("1.1%", 1.1, E, PCT, POPCH, YMID25 + " (the fastest growth of any Welsh local authority)", geo="Cardiff"),
            L("378,400", 378400, E, P, POP, MID25, geo="Cardiff"),
            L("5,600", 5600, E, P, NMI, YMID25 + " (gained from overseas)", geo="Cardiff"),
            L("1,900", -1900, E, P, INT, YMID25 + " (lost to the rest of the UK)", geo="Cardiff"),
            L("four", 4, E, AREAS, "council_areas_population_decline", YMID25 + " (local authorities where the population fell)", ctx="one of four authorities", geo=WA),
            L("0.3%", -0.3, E, PCT, POPCH, YMID25 + " (dropping, as student numbers declined)", occ=0, geo="Ceredigion"),
            L("0.3%", 0.3, E, PCT, POPCH, YMID25 + " (National Records of Scotland)", occ=1, geo=SC),
            L("0.4%", 0.4, E, PCT, POPCH, YMID25 + " (NISRA)", occ=1, geo=NI),
            L("roughly 6,000", -6000, AP, P, "internal_migration_net_aged_16_24", YMID25 + " (more people aged 16 to 24 left Wales for England than came the other way; Welsh Conservatives spokesperson)", geo=WA),
        ]),
    "04-daily-portico-asylum-appeals-backlog-four-times-2023": dict(
        meta=dict(url="https://www.dailyportico.example/news/2026/08/27/asylum-appeals-backlog-nearly-four-times-higher-2023/",
                  title="Asylum appeals backlog nearly four times higher than in 2023",
                  publisher="The Daily Portico", author="Hugo Fairclough-Mensah", published_date="2026-08-27"),
        labels=[
            L("nearly four times", 4, ALM, RATIO, BLA + "_ratio", EJ26 + " vs " + EJ23 + " (headline)", occ=0),
            L("Almost 127,000", 127000, ALM, P, BLALL, EJ26 + " (waiting for a final answer; standfirst)"),
            L("nearly four times", 4, ALM, RATIO, BLA + "_ratio", EJ26 + " vs " + EJ23 + " (its level of three years ago)", occ=1),
            L("Around 69,000", 69000, AP, P, BLA, EJ26 + " (asylum appeals in the First-tier Tribunal's queue by the close of June)"),
            L("18,400", 18400, E, P, BLA, EJ23 + " (the same point in 2023)"),
            L("roughly 35 per cent", 35, AP, PCT, BLA + "_change", EJ26 + " vs " + EJ25 + " (in the past year alone)"),
            L("almost 58,000", 58000, ALM, P, BL, EJ26 + " (claims awaiting an initial decision; Home Office statistics, Thursday 27 August 2026)"),
            L("more than a third", -100 / 3, MT, PCT, BL + "_change", EJ26 + " vs " + EJ25),
            L("nearly 91,000", 91000, ALM, P, BL, EJ25 + " (a year before)"),
            L("nearly 127,000", 127000, ALM, P, BLALL, EJ26 + " (initial decisions and appeals taken together)"),
            L("more than halved", -50, MT, PCT, BL + "_change", EJ26 + " vs the general election, 4 July 2024 (the Home Secretary)"),
            L("about 119,000", 119000, AP, P, BL, "general election, July 2024 (when it stood at; the Home Secretary)"),
            L("almost 14 months", 14, ALM, MONTHS, "asylum_appeal_wait_average", EJ26 + " (appeals take on average to be decided)"),
            L("roughly 45 per cent", 45, AP, PCT, "asylum_appeals_share_allowed", EJ26 + " (appeals that succeed)"),
            L("More than 40 per cent", 40, MT, PCT, GRANT_RATE, "2026 (applicants now granted asylum straight away; the Shadow Home Secretary)"),
            L("nearly half", 50, ALM, PCT, "asylum_appeals_share_allowed", "2026 (of those refused, win on appeal; the Shadow Home Secretary)"),
            L("98,400", 98400, E, P, APPS, YJ26 + " (claimed asylum in the year to June)"),
            L("11 per cent", -11, E, PCT, APPS + "_change", YJ26 + " vs " + YJ25 + " (fewer)"),
            L("111,084", 111084, E, P, APPS, YJ25 + " (the record; the previous 12 months)"),
            L("Some 38 per cent", 38, AP, PCT, "asylum_applications_share_small_boat", YJ26 + " (claimants who had arrived by small boat)"),
            L("41 per cent", 41, E, PCT, GRANT_RATE, YJ26 + " (initial decisions granting protection)"),
            L("47 per cent", 47, E, PCT, GRANT_RATE, YJ25 + " (a year earlier)"),
            L("112,600", 112600, E, P, "asylum_initial_decisions", YJ26 + " (initial decisions made over the year)"),
            L("17 per cent", 17, E, PCT, "asylum_initial_decisions_change", YJ26 + " vs " + YJ25 + " (up on the twelve months before)"),
            L("about £4.6bn", 4.6e9, AP, GBP, AC, FY26 + " (Home Office annual accounts)"),
            L("more than £12.5m", 12.5e6, MT, GBP, AC, "per day, " + FY26),
            L("Some 27,000", 27000, AP, P, HOT, EJ26 + " (still being put up in hotels when June ended)"),
            L("32,345", 32345, E, P, HOT, EJ25 + " (twelve months earlier)"),
            V("millions of pounds", 2e6, 9e6, GBP, AC, "per day, July 2024 (hotels, when ministers inherited the system; Home Office spokesman)"),
            L("more than 100", 100, MT, HOTELS, "asylum_hotels_closed", "4 July 2024 (general election) to 27 August 2026 (closed since the election; Home Office spokesman)"),
            L("up to 6,000", 6000, AM, DAYS, "tribunal_sitting_days_added", "2026–27 financial year (extra sitting days funded this year; Home Office spokesman)"),
        ]),
    "05-blackfriars-press-agency-france-returns-deal-2140": dict(
        meta=dict(url="https://www.blackfriarspress.example/news/uk/more-than-2000-migrants-sent-back-to-france-under-returns-deal-bpa-20261001",
                  title="More than 2,000 migrants sent back to France under returns deal",
                  publisher="Blackfriars Press Agency", author="Niamh Castellano-Reid", published_date="2026-10-01"),
        labels=[
            L("More than 2,000", 2000, MT, P, RET, PILOT_S + " (headline)", ctx="More than 2,000 migrants", geo=FR),
            L("More than 2,000", 2000, MT, P, RET, PILOT_S + " (returned under the one in, one out agreement; Home Office)", ctx="More than 2,000 people", geo=FR),
            L("2,140", 2140, E, P, RET, PILOT_S + " (returned as of 30 September)", geo=FR),
            L("1,655", 1655, E, P, LEGAL, PILOT_S + " (brought to the UK from France through the legal route; Home Office)"),
            L("about 50", 50, AP, P, RET, "per week, summer 2026 (July to September 2026; running at since the summer)", geo=FR),
            L("roughly 30", 30, AP, P, RET, "per week, September to December 2025 (the scheme's early months)", geo=FR),
            L("205", 205, E, P, RET, "September 2026 (in September alone)", geo=FR),
            L("32,406", 32406, E, P, SBA, YTD30 + " (so far this year; Home Office)"),
            L("6%", -6, E, PCT, SBA + "_change", YTD30 + " vs " + YTD30_25 + " (fewer than by the same date in 2025)"),
            L("Around 41,900", 41900, AP, P, SBA, PILOT_S + " (crossed since the first return)"),
            L("roughly one in 20", 5, AP, PCT, SHARE_RET, PILOT_S + " (has been sent back)", geo=FR),
            L("£662m", 662e6, E, GBP, UKFR, "2026–27 to 2028–29 (over three years, under the extended agreement signed in March 2026)"),
            L("more than 21,000", 21000, MT, P, "small_boat_launch_attempts_stopped_people", YTD30 + " (prevented from attempting the crossing this year; French interior ministry)", geo=FR),
            L("37", 37, E, BOATS, "small_boat_interceptions_at_sea", "July to 30 September 2026 (intercepted at sea since new maritime rules took effect; French interior ministry)", geo=FR),
            L("More than 640", 640, MT, P, "smuggling_arrests", YTD30 + " (smugglers arrested on French territory since January; French interior ministry)", geo=FR),
            L("€20,000", 20000, E, EUR, "eu_solidarity_contribution", "per person, from June 2026 (paid by member states that decline to take in asylum seekers; EU migration pact)", geo=EU),
            L("16 years", 16, E, YEARS, "returns_france_years_to_match_annual_arrivals", "at the current rate (to send back the people who crossed in 2025; the Shadow Home Secretary)"),
            L("more than 36,000", 36000, MT, P, RET, YJ26 + " (removals and voluntary departures in the 12 months to June; Home Office)"),
            L("almost a decade", 10, ALM, YEARS, "returns_record_period", YJ26 + " (its highest annual figure in)"),
            L("at least 22", 22, AL, P, "small_boat_deaths", YTD30 + " (deaths in the Channel so far this year; French coastguard)"),
            L("£715m", 715e6, E, GBP, RSC, "April 2022 to July 2024 (the previous government's Rwanda scheme, scrapped in July 2024)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers relocated)"),
            L("about 100", 100, AP, P, "rwanda_accommodation_capacity", "2024 (a Kigali hostel refurbished to house arrivals; Rwandan officials)", geo=RW),
            V("thousands", 2000, 9000, P, "people_waiting_northern_france", "October 2026 (still sleeping rough in northern France; Refugee Harbour Network)", geo=FR),
        ]),
    "06-carfax-migration-observatory-visas-granted-by-route": dict(
        meta=dict(url="https://www.carfaxobservatory.example/resources/briefings/who-is-still-getting-a-uk-visa-entry-visas-by-route-2026",
                  title="Who is still getting a UK visa? Entry visas by route, year ending June 2026",
                  publisher="Carfax Migration Observatory, University of Northwold",
                  author="Anjali Whitcombe-Osei, Tobias Lindqvist-Mbeki", published_date="2026-09-09"),
        labels=[
            # Key points
            L("741,200", 741200, E, P, VIS, YJ26 + " (excluding visitors; key points)", occ=0),
            L("9%", -9, E, PCT, VIS + "_change", YJ26 + " vs " + YJ25 + " (key points)", ctx="2026, 9% fewer"),
            L("52,100", 52100, E, P, SW, YJ26 + " (main applicants; key points)", occ=0),
            L("32%", -32, E, PCT, SW + "_change", YJ26 + " vs " + YJ25 + " (key points)", ctx="down 32%"),
            L("two-thirds", -200 / 3, E, PCT, HC + "_change", YJ26 + " vs " + YJ25 + " (shrank by; key points)"),
            L("6,400", 6400, E, P, HC, YJ26 + " (main-applicant grants; key points)", occ=0),
            L("396,500", 396500, E, P, ST, YJ26 + " (main applicants; key points)", occ=0),
            L("5%", 5, E, PCT, FAM + "_change", YJ26 + " vs " + YJ25 + " (rising by; key points)", ctx="rising by 5%"),
            L("£41,700", 41700, E, GBP, "skilled_worker_salary_threshold", "per year, from July 2025 (general salary threshold for skilled workers)"),
            # Table 1
            L("76,300", 76300, E, P, SW, YJ25 + T1),
            L("52,100", 52100, E, P, SW, YJ26 + T1, occ=1),
            L("-32%", -32, E, PCT, SW + "_change", YJ26 + " vs " + YJ25 + T1),
            L("18,900", 18900, E, P, HC, YJ25 + T1),
            L("6,400", 6400, E, P, HC, YJ26 + T1, occ=1),
            L("-66%", -66, E, PCT, HC + "_change", YJ26 + " vs " + YJ25 + T1),
            L("412,800", 412800, E, P, ST, YJ25 + " (sponsored study)" + T1),
            L("396,500", 396500, E, P, ST, YJ26 + " (sponsored study)" + T1, occ=1),
            L("-4%", -4, E, PCT, ST + "_change", YJ26 + " vs " + YJ25 + T1),
            L("71,400", 71400, E, P, FAM, YJ25 + T1),
            L("74,900", 74900, E, P, FAM, YJ26 + T1, occ=0),
            L("+5%", 5, E, PCT, FAM + "_change", YJ26 + " vs " + YJ25 + T1),
            L("811,400", 811400, E, P, VIS, YJ25 + " (all routes excluding visitors, including dependants)" + T1),
            L("741,200", 741200, E, P, VIS, YJ26 + " (all routes excluding visitors, including dependants)" + T1, occ=1),
            L("-9%", -9, E, PCT, VIS + "_change", YJ26 + " vs " + YJ25 + T1),
            # Work
            L("about 27%", 27, AP, PCT, "visas_granted_skilled_worker_share_india", YJ26 + " (India, the largest source country; grants to main applicants)"),
            L("about a third", 1 / 3, AP, RATIO, HC + "_ratio", YJ26 + " vs " + YJ25 + " (as many visas as a year earlier)"),
            L("more than 100,000", 100000, MT, P, HC, "2023 (calendar year; the route's busiest year; main applicants)"),
            # Study
            L("4%", -4, E, PCT, ST + "_change", YJ26 + " vs " + YJ25 + " (sponsored study visas dipped)", ctx="dipped by 4%"),
            L("about one in five", 20, AP, PCT, "visas_granted_study_share_china", YJ26 + " (Chinese nationals' share of sponsored study visas)"),
            L("17,200", 17200, E, P, "visas_granted_study_dependants", YJ26 + " (the latest twelve months)"),
            L("nearly 90%", -90, ALM, PCT, "visas_granted_study_dependants_change", YJ26 + " vs 2023 (calendar year) (below their 2023 level)"),
            # Family
            L("74,900", 74900, E, P, FAM, YJ26 + " (family visas rose to)", occ=1),
            L("roughly 70%", 70, AP, PCT, "visas_granted_family_share_partners", YJ26 + " (partners of British citizens and settled residents)"),
            L("£29,000", 29000, E, GBP, "family_visa_minimum_income_requirement", "per year, since April 2024 (minimum income for sponsoring a partner)"),
            # Net migration, visitors, limitations
            L("188,000", 188000, E, P, NM, Y25 + ONS_MAY),
            L("282,000", 282000, E, P, NM, Y24 + ONS_MAY),
            L("3%", 3, E, PCT, "visas_granted_visit_change", YJ26 + " vs " + YJ25 + " (visit visas rose)"),
            L("2.4 million", 2.4e6, E, P, "visas_granted_visit", YJ26),
            L("roughly one in ten", 10, AP, PCT, "visas_granted_share_unused", "(visas never used to enter the UK; Home Office analysis)"),
        ]),
    "07-the-trustee-stallingford-asylum-dispersal-feature": dict(
        meta=dict(url="https://www.thetrustee.example/uk-news/2026/nov/21/stallingford-asylum-dispersal-midlands-town-hotels",
                  title="'Nobody asked us, and nobody asked them': a Midlands town after the asylum hotels",
                  publisher="The Trustee", author="Ellen Mwangi-Hartley", published_date="2026-11-21"),
        labels=[
            L("nearly doubled", 2, ALM, RATIO, DISP + "_ratio", ES26 + " vs " + ES25 + " (asylum seekers living in Stallingford; standfirst)", geo=STF),
            L("about 80", 80, AP, P, "public_meeting_attendance", "Tuesday 17 November 2026 (crowded into the hall at St Barnabas church on a wet Tuesday evening)", geo=STF),
            L("about 128,000", 128000, AP, P, POP, "2026 (the town)", geo=STF),
            L("1,190", 1190, E, P, DISP, ES26 + " (in dispersed accommodation across the borough; Home Office statistics, Thursday 19 November 2026)", occ=0, geo=STF),
            L("615", 615, E, P, DISP, ES25 + " (a year earlier)", geo=STF),
            L("93%", 93, E, PCT, DISP + "_change", ES26 + " vs " + ES25 + " (a rise of)", geo=STF),
            L("roughly one in every 110", 100 / 110, AP, PCT, "asylum_dispersal_population_share_of_residents", ES26 + " (residents)", geo=STF),
            L("14,860", 14860, E, P, DISP, ES26 + " (in dispersed housing across the region)", geo=WM),
            L("about one in 12", 100 / 12, AP, PCT, "asylum_dispersal_population_share_stallingford", ES26 + " (the town's share of the region's total)", geo=WM),
            L("212", 212, E, P, HOT, "to September 2026 (the Kingsmead hotel at its fullest, before its closure in September)", geo=STF),
            L("19,800", 19800, E, P, HOT, ES26 + " (hotel use across the UK)"),
            L("more than 36,000", 36000, MT, P, HOT, ES25 + " (a year before)"),
            L("1,190", 1190, E, P, DISP, ES26 + " (placed here; leader of Stallingford borough council)", occ=1, geo=STF),
            L("£3,500", 3500, E, GBP, "council_asylum_grant", "per new bed space (a single payment from the Home Office; leader of the council)", geo=STF),
            L("£1.9m", 1.9e6, E, GBP, "council_asylum_cost", "2026–27 financial year (school places, social care and housing advice this year; council estimate)", geo=STF),
            L("64", 64, E, P, "asylum_seeker_children_school_admissions", "April to November 2026 (children from asylum-seeking families taken in by local primary schools since April; the council)", geo=STF),
            L("about 390", 390, AP, HOMES_U, "asylum_dispersal_homes_leased", "November 2026 (homes leased in the town by the Home Office's housing contractor; letting agents)", geo=STF),
            L("8%", 8, E, PCT, "private_rents_change", "November 2026 vs November 2025 (in a year; letting agents)", geo=STF),
            L("4,300", 4300, E, P, "petition_signatures", "November 2026 (petition calling for a cap on new placements)", geo=STF),
            L("more than half", 50, MT, PCT, "asylum_dispersal_population_share_sudan_eritrea", "November 2026 (nationals of Sudan and Eritrea among people placed in the town; the council)", geo=STF),
            L("more than 400", 400, MT, P, "charity_service_users", "1 January to November 2026 (helped this year; Stallingford Welcome)", geo=STF),
            L("a quarter", 25, E, PCT, "charity_service_users_change", "2026 vs 2025 (food bank demand, up on last year; the town's food bank)", geo=STF),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
