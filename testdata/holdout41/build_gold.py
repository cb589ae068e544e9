#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the forty-first hand-labelled hold-out set (holdout41).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, PPB, HOTELS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, PTR, RSC, RSP)

HH, DAYS, CPW = "other:households", "other:days", "other:children_per_woman"
RET, APPS, SUPPORT, HOTELS_IN_USE = "returns", "asylum_applications", "asylum_support_population", "asylum_hotels_in_use"
SHARE_SB, LEGAL, OCC = "returns_share_of_small_boat_arrivals", "uk_france_legal_route_arrivals", "small_boat_occupancy"
POP, NMI, NAT = "population", "net_migration_international", "population_natural_change"
REL, CBM, WAR = "rwanda_relocations", "net_migration_rest_of_uk", "working_age_per_pensioner_ratio"
FR, WA, SC, NI = "France", "Wales", "Scotland", "Northern Ireland"

# periods
YTD26 = "1 January to 2 August 2026 (so far this year)"
YTD25 = "1 January to 2 August 2025 (same point last year)"
PILOT = "18 September 2025 (first removal to France) to "
EJ26, EJ25, EM26 = "end of June 2026 (30 June 2026)", "end of June 2025 (30 June 2025)", "end of March 2026 (31 March 2026)"
YJ26, YJ25 = "year ending June 2026", "year ending June 2025"
REL_AUG = " (Home Office quarterly statistics published Thursday 20 August 2026)"
FY26, FY25, FY24 = "2025/26 financial year", "2024/25 financial year", "2023/24 financial year"
MEDP = "April 2022 to July 2024 (Migration and Economic Development Partnership)"
MID25, MID24 = "mid-2025 (30 June 2025)", "mid-2024 (30 June 2024)"
Y_MID25, Y_MID24 = "year to mid-2025 (1 July 2024 to 30 June 2025)", "year to mid-2024 (1 July 2023 to 30 June 2024)"
T1 = " (Table 1)"

ARTICLES = {
    "01-plover-news-small-boats-2026-so-far": dict(
        meta=dict(url="https://www.plovernews.example/news/uk-england-2026-08-03-small-boat-arrivals-21384",
                  title="Small boat arrivals this year reach 21,384 but lag behind 2025",
                  publisher="Plover News", author="Imogen Castellano-Reid", published_date="2026-08-03"),
        labels=[
            L("21,384", 21384, E, P, SBA, YTD26 + " (headline)", occ=0),
            # Key points
            L("21,384", 21384, E, P, SBA, YTD26 + " (since 1 January; key points)", occ=1),
            L("16%", -16, E, PCT, SBA + "_change", YTD26 + " vs " + YTD25 + " (down; key points)", occ=0),
            L("4,512", 4512, E, P, SBA, "July 2026 (the year's busiest month so far; key points)", occ=0),
            L("1,240", 1240, E, P, RET, PILOT + "31 July 2026 (sent back under the pilot returns deal; key points)", occ=0, geo=FR),
            # body
            L("more than 21,000", 21000, MT, P, SBA, YTD26 + " (Home Office figures)"),
            L("21,384", 21384, E, P, SBA, YTD26 + " (by the end of Sunday 2 August 2026)", occ=2),
            L("341", 341, E, BOATS, SBC, YTD26),
            L("63", 63, E, PPB, OCC, YTD26 + " (average on each boat)"),
            L("25,458", 25458, E, P, SBA, YTD25 + " (at the start of August 2025)"),
            L("16%", -16, E, PCT, SBA + "_change", YTD26 + " vs " + YTD25 + " (running lower)", occ=1),
            L("4,512", 4512, E, P, SBA, "July 2026 (more than any other month of 2026)", occ=1),
            L("6%", -6, E, PCT, SBA + "_change", "July 2026 vs July 2025 (fewer)"),
            L("912", 912, E, P, SBA, "Saturday 25 July 2026 (the heaviest single day)"),
            L("14", 14, E, BOATS, SBC, "Saturday 25 July 2026"),
            # chart
            L("842", 842, E, P, SBA, "January 2026 (chart)"),
            L("3,394", 3394, E, P, SBA, "April 2026 (chart)"),
            L("4,512", 4512, E, P, SBA, "July 2026 (chart)", occ=2),
            L("804", 804, E, P, SBA, "1 to 2 August 2026 (first two days of August; chart)"),
            L("41,472", 41472, E, P, SBA, "2025 (calendar year; the second-largest annual total)"),
            L("almost five times", 5, ALM, RATIO, SBA + "_ratio", "2025 vs 2020 (calendar years)"),
            L("8,466", 8466, E, P, SBA, "2020 (calendar year)"),
            L("45,774", 45774, E, P, SBA, "2022 (calendar year; the record)"),
            # France deal
            L("1,240", 1240, E, P, RET, PILOT + "31 July 2026 (flown to France; figures released Friday 31 July 2026)", occ=1, geo=FR),
            L("1,105", 1105, E, P, LEGAL, PILOT + "31 July 2026 (travelled to Britain through the legal route)"),
            L("About 31,000", 31000, AP, P, SBA, PILOT + "2 August 2026 (crossed since the first removal flight)"),
            L("roughly one in 25", 4, AP, PCT, SHARE_SB, PILOT + "end of July 2026 (arrivals returned to France)", geo=FR),
            L("9,760", 9760, E, P, "small_boat_launch_attempts_stopped_people", "1 January to 2 August 2026 (in 2026; French police, Nord and Pas-de-Calais)", geo=FR),
            L("At least 19", 19, AL, P, "small_boat_deaths", "1 January to 2 August 2026 (this year; International Organization for Migration)"),
            L("Roughly one in six", SIXTH, AP, PCT, "small_boat_arrivals_share_children", "January to March 2026 (first quarter; recorded as children)"),
            # quotes
            L("more than 450", 450, MT, P, "smuggling_arrests", "August 2025 to July 2026 (over the past year; National Crime Agency; Home Office)"),
            L("more than 86,000", 86000, MT, P, SBA, "5 July 2024 to 2 August 2026 (since Labour took office; Shadow Home Secretary)"),
            L("One in 25", 4, E, PCT, SHARE_SB, PILOT + "end of July 2026 (sent back; Shadow Home Secretary)", geo=FR),
            L("More than 80%", 80, MT, PCT, "asylum_grants_share_initial_decisions",
              "now, 2026 (claims from Eritrean, Sudanese and Afghan nationals granted at first decision; Coastline Sanctuary Network)"),
        ]),
    "02-arun-valley-argus-asylum-hotels-sussex-councils": dict(
        meta=dict(url="https://www.arunvalleyargus.example/news/politics/asylum-hotel-numbers-fall-by-more-than-a-fifth-sussex-councils-bill-5120774",
                  title="Asylum hotel numbers fall by more than a fifth – but Sussex councils say they are still picking up the bill",
                  publisher="The Arun Valley Argus (PA)", author="Harriet Quaintance-Obi", published_date="2026-08-22"),
        labels=[
            L("more than a fifth", -20, MT, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (headline)", occ=0),
            L("more than a fifth", -20, MT, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (over the past year)", occ=1),
            L("Some 24,870", 24870, AP, P, HOT, EJ26 + REL_AUG),
            L("22%", -22, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (down)"),
            L("32,059", 32059, E, P, HOT, EJ25 + " (twelve months earlier)"),
            L("158", 158, E, HOTELS, HOTELS_IN_USE, EJ26),
            L("171", 171, E, HOTELS, HOTELS_IN_USE, EM26),
            L("103,210", 103210, E, P, SUPPORT, EJ26),
            L("fewer than one in four", 25, LT, PCT, "asylum_support_share_hotels", EJ26 + " (of those on asylum support, in hotel rooms)"),
            L("98,640", 98640, E, P, APPS, YJ26),
            L("11%", -11, E, PCT, APPS + "_change", YJ26 + " vs " + YJ25 + " (down on the previous year)"),
            L("37,558", 37558, E, P, SBA, YJ26 + " (in the same twelve months)"),
            L("112,300", 112300, E, P, "asylum_initial_decisions", YJ26 + " (over the year)"),
            L("42,670", 42670, E, P, "asylum_grants", YJ26 + " (granted protection at initial decision)"),
            L("38%", 38, E, PCT, "asylum_grants_share_initial_decisions", YJ26 + " (of the total)"),
            L("38,410", 38410, E, P, RET, YJ26 + " (removals and voluntary departures)"),
            L("10%", 10, E, PCT, RET + "_change", YJ26 + " vs " + YJ25 + " (up on the year before)"),
            L("more than 50", 50, MT, HOTELS, "asylum_hotels_closed", "July 2024 to August 2026 (since the election; Home Office)"),
            V("hundreds of millions of pounds", 200e6, 900e6, GBP, "asylum_cost_saving",
              "now, 2026 (moving people into cheaper housing; Home Office spokeswoman)"),
            # Sussex
            L("four", 4, E, HOTELS, HOTELS_IN_USE, "now, August 2026 (still accommodating asylum seekers; Sussex councils)", ctx="four hotels still", geo="Sussex"),
            L("nine", 9, E, HOTELS, HOTELS_IN_USE, "start of 2024 (Sussex councils)", geo="Sussex"),
            L("1,130", 1130, E, P, SUPPORT, EJ26 + " (Home Office data)", geo="West Sussex"),
            L("710", 710, E, P, SUPPORT, EJ26, geo="Brighton and Hove"),
            L("640", 640, E, P, SUPPORT, EJ26, geo="East Sussex"),
            L("about 200", 200, AP, P, HOT, "now, August 2026 (men in one hotel near Gatwick; Crawley Borough Council)", geo="Crawley"),
            L("214", 214, E, P, "unaccompanied_children_in_care", EM26 + " (unaccompanied asylum-seeking children in the county council's care)", geo="West Sussex"),
            L("£19.4m", 19.4e6, E, GBP, "unaccompanied_asylum_seeking_children_cost", FY26 + " (looking after them; West Sussex County Council)", geo="West Sussex"),
            L("£12.6m", 12.6e6, E, GBP, "council_asylum_grant", FY26 + " (Home Office grant for unaccompanied children)", geo="West Sussex"),
            L("£6.8m", 6.8e6, E, GBP, "council_asylum_cost_shortfall", FY26 + " (gap met from the council's own budget)", geo="West Sussex"),
            L("more than 180", 180, MT, P, "unaccompanied_children_arrivals",
              "2025 (last year; children arriving alone at Gatwick; cabinet member for children and young people)", geo="West Sussex"),
            L("less than two-thirds", 200 / 3, LT, PCT, "unaccompanied_children_cost_share_funded",
              "now, 2026 (share of the cost covered by Government funding; cabinet member for children and young people)", geo="West Sussex"),
            L("262", 262, E, HH, "refugees_homeless_after_leaving_asylum_support", FY26 + " (households granted refugee status approaching the council as homeless)", geo="Brighton and Hove"),
            L("44%", 44, E, PCT, "refugees_homeless_after_leaving_asylum_support_change", FY26 + " vs " + FY25 + " (up)", geo="Brighton and Hove"),
            L("182", 182, E, HH, "refugees_homeless_after_leaving_asylum_support", FY25 + " (the year before)", geo="Brighton and Hove"),
            L("about £1.2m", 1.2e6, AP, GBP, "council_refugee_homelessness_cost", "per year, now (housing refugees leaving Home Office housing; council spokesperson)", geo="Brighton and Hove"),
        ]),
    "03-sound-figures-asylum-bill-rwanda-claims": dict(
        meta=dict(url="https://www.soundfigures.example/fact-checks/asylum-bill-rwanda-money-three-claims-checked/",
                  title="The asylum bill and the Rwanda money: three claims from this week checked",
                  publisher="Sound Figures", author="Priyanka Wolstenholme-Dunne", published_date="2026-07-24"),
        labels=[
            # Claims checked
            L("more than £5 billion", 5e9, MT, GBP, AC, "per year, now (the Shadow Home Secretary on Sunday 19 July 2026; claims box)"),
            L("£700 million", 700e6, E, GBP, PTR, MEDP + " (the Home Secretary in the Commons on Monday 20 July 2026; claims box)", occ=0),
            L("four", 4, E, P, REL, MEDP + " (the Home Secretary; claims box)", ctx="sent just four people"),
            L("£8 million", 8e6, E, GBP, AC, "per day, now (hotels; a Reform UK MP on X on Tuesday 21 July 2026; claims box)", occ=0),
            # Our verdict
            L("above £5 billion", 5e9, MT, GBP, AC, FY24 + " (two years ago; verdict)"),
            L("About £700 million", 700e6, AP, GBP, RSC, MEDP + " (the scheme's total cost; verdict)"),
            L("less than half", 50, LT, PCT, "payment_to_rwanda_share_of_scheme_cost", MEDP + " (what Rwanda itself received; verdict)"),
            L("about £5.2 million", 5.2e6, AP, GBP, AC, "per day, " + FY26 + " (hotels; the latest figures; verdict)", occ=0),
            # More than £5 billion a year
            L("More than £5 billion", 5e9, MT, GBP, AC, "per year, now (the Shadow Home Secretary's claim; crosshead)"),
            L("£4.2 billion", 4.2e9, E, GBP, AC, FY26 + " (asylum support; Home Office annual report and accounts published Thursday 16 July 2026)"),
            L("£4.8 billion", 4.8e9, E, GBP, AC, FY25),
            L("an eighth", -12.5, E, PCT, AC + "_change", FY26 + " vs " + FY25 + " (a fall of)"),
            L("£5.4 billion", 5.4e9, E, GBP, AC, FY24 + " (the highest figure)"),
            # Gave Rwanda £700 million
            L("£700 million", 700e6, E, GBP, PTR, MEDP + " (the Home Secretary's claim; crosshead)", occ=2),
            L("£715 million", 715e6, E, GBP, RSC, MEDP + " (in total; Home Office)"),
            L("£290 million", 290e6, E, GBP, PTR, MEDP + " (paid to the Rwandan government)"),
            L("£240 million", 240e6, E, GBP, PTR, "April 2022 to end of 2023 (by the end of 2023)"),
            L("£50 million", 50e6, E, GBP, PTR, "April 2024 (a further payment)"),
            L("Four", 4, E, P, REL, MEDP + " (relocated, all voluntarily)"),
            L("£370 million", 370e6, E, GBP, PTR, "over five years from 2022 (due had the deal run its course)"),
            L("£120 million", 120e6, E, GBP, PTR, "future (due once 300 people had been relocated; not paid)"),
            # £8 million a day
            L("£8 million", 8e6, E, GBP, AC, "per day, now (hotels; the Reform UK MP's claim; crosshead)", occ=1),
            L("£1.9 billion", 1.9e9, E, GBP, AC, FY26 + " (hotels; annual report)"),
            L("about £5.2 million", 5.2e6, AP, GBP, AC, "per day, " + FY26 + " (hotels, spread over a year)", occ=1),
            L("£8 million", 8e6, E, GBP, AC, "per day, 2023 (hotels; figure used by ministers)", occ=2),
            L("more than 400", 400, MT, HOTELS, HOTELS_IN_USE, "2023"),
            L("27,480", 27480, E, P, HOT, EM26),
            L("171", 171, E, HOTELS, HOTELS_IN_USE, EM26),
        ]),
    "04-unbridled-essay-net-migration-population": dict(
        meta=dict(url="https://unbridled.example/p/britain-has-closed-the-door-the-population-will-keep-growing",
                  title="Britain has closed the door. The population will keep growing anyway",
                  publisher="The Unbridled", author="Fenella Marchbanks-Oyelaran", published_date="2026-06-06"),
        labels=[
            L("158,000", 158000, E, P, NM, "2025 (calendar year; first estimate announced Thursday 21 May 2026, two weeks ago)", occ=0),
            L("836,000", 836000, E, P, "immigration", "2025 (last year; an estimated)"),
            L("678,000", 678000, E, P, "emigration", "2025 (last year)"),
            L("944,000", 944000, E, P, NM, "year ending March 2023 (the peak)"),
            L("about a sixth", 1 / 6, AP, RATIO, NM + "_ratio", "2025 vs year ending March 2023 (the peak)"),
            L("345,000", 345000, E, P, NM, "2024 (calendar year)"),
            L("more than halved", -50, MT, PCT, NM + "_change", "2025 vs 2024"),
            L("1.2m", 1.2e6, E, P, "immigration", "2023 (calendar year; moved here)"),
            L("286,000", 286000, E, P, "visas_granted_skilled_worker", "2023 (calendar year; main applicants)"),
            L("139,000", 139000, E, P, "visas_granted_skilled_worker", "2025 (calendar year; main applicants)"),
            L("fewer than 8,000", 8000, LT, P, "visas_granted_health_care_worker", "2025 (last year; main applicants)"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "the old Conservative promise (2010 onwards)"),
            L("69.3 million", 69.3e6, E, P, POP, MID24),
            L("72.5 million", 72.5e6, E, P, "population_projection", "2032 (national population projections, 2022-based)"),
            L("4.9 million", 4.9e6, E, P, "population_growth_projection", "mid-2022 to 2032 (over ten years from the 2022 base)"),
            L("340,000", 340000, E, P, "net_migration_projection_assumption", "per year, from 2028 (the projection's assumption)"),
            L("more than twice", 2, MT, RATIO, "net_migration_projection_assumption_ratio", "from 2028 vs 2025 (the assumption against last year's figure)"),
            L("1.41", 1.41, E, CPW, "total_fertility_rate", "2024 (a record low)", geo=EW),
            L("about 10,400", -10400, AP, P, NAT, Y_MID24 + " (deaths exceeded births; the gap)", geo=SC),
            L("around 3,500", 3500, AP, P, NAT, "per year, now (births exceed deaths)", geo=NI),
            L("Some 257,000", 257000, AP, P, "emigration_british", "2025 (last year; British nationals who emigrated)"),
            L("109,000", -109000, E, P, "net_migration_british_nationals", "2025 (more left than came home)"),
            L("Around 19%", 19, AP, PCT, "population_share_aged_65_and_over", "now, 2026 (already 65 or over)"),
            L("about three", 3, AP, RATIO, WAR, "now, 2026 (people of working age for every one above pension age)"),
            L("nearly one in four", 25, ALM, PCT, "population_share_aged_65_and_over", "2045 (on the trend of the last few years; over 65)"),
            L("158,000", 158000, E, P, NM, "2025 (calendar year)", occ=1),
        ]),
    "05-freeborn-rwanda-scheme-final-cost": dict(
        meta=dict(url="https://www.thefreeborn.example/news/uk/home-news/rwanda-scheme-final-cost-715m-four-volunteers-b2871406.html",
                  title="Final Rwanda bill confirmed at £715m – for four volunteers",
                  publisher="The Freeborn", author="Lowri Abernethy-Santos", published_date="2026-03-10"),
        labels=[
            L("£715m", 715e6, E, GBP, RSC, MEDP + " (final bill; headline)", occ=0),
            L("four", 4, E, P, REL, MEDP + " (volunteers; headline)", ctx="for four volunteers"),
            L("more than £200m", 200e6, MT, GBP, RSC, MEDP + " (legal fees and grounded flights; standfirst)", occ=0),
            L("£715m", 715e6, E, GBP, RSC, MEDP + " (before it was scrapped; Home Office letter published Monday 9 March 2026)", occ=1),
            L("£290m", 290e6, E, GBP, PTR, MEDP + " (received directly by Kigali)"),
            L("£220m", 220e6, E, GBP, RSC, MEDP + " (staff, IT systems and preparing detention space)"),
            L("£118m", 118e6, E, GBP, RSC, MEDP + " (legal and court costs)"),
            L("£87m", 87e6, E, GBP, RSC, MEDP + " (charter flights, escorts and other removal work)"),
            L("about £500,000", 500000, AP, GBP, RSC, "14 June 2022 (charter booked for the first planned departure; officials' estimate)"),
            L("Seven", 7, E, P, "rwanda_relocations_planned", "14 June 2022 (still due to board the first flight when it was cancelled)"),
            L("four", 4, E, P, REL, MEDP + " (relocated, all volunteers)", ctx="only four people"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", "per person, " + MEDP),
            L("almost £179m", 179e6, ALM, GBP, RSC, "per person relocated, " + MEDP),
            L("more than £200m", 200e6, MT, GBP, RSC, MEDP + " (legal costs and the flight bill together)", occ=1),
            L("45,774", 45774, E, P, SBA, "2022 (calendar year; the year the partnership was announced)"),
            L("29,437", 29437, E, P, SBA, "2023 (calendar year)"),
            L("36,816", 36816, E, P, SBA, "2024 (calendar year)"),
            L("41,472", 41472, E, P, SBA, "2025 (calendar year; last year)"),
            L("about 52,000", 52000, AP, P, "rwanda_removal_candidates_identified", "by July 2024 (identified as potentially eligible for removal to Rwanda; Home Office letter)"),
            L("more than 200", 200, MT, P, "immigration_detentions_rwanda", "May to July 2024 (the weeks before the general election; detained in preparation for flights)"),
            L("about 14 million", 14e6, AP, P, POP, "now, 2026 (Rwandan government spokesperson)", geo="Rwanda"),
            L("more than 2,000", 2000, MT, P, "refugees_hosted", "2019 to 2026 (people evacuated from Libya; Rwandan government spokesperson)", geo="Rwanda"),
            L("£370m", 370e6, E, GBP, PTR, "over five years from 2022 (due under the treaty)"),
            L("some 912,000", 912000, AP, P, APPS, "2024 (calendar year; first-time applications in EU member states)", geo="EU"),
            L("more than 35,000", 35000, MT, P, RET, "March 2025 to March 2026 (removed in the past year; Home Office spokesperson)"),
        ]),
    "06-daily-fanfare-asylum-system-billions-minister": dict(
        meta=dict(url="https://www.dailyfanfare.example/news/politics/2106583/asylum-system-cost-4-2billion-hotel-bill-5-2million-a-day",
                  title="Asylum system costing Britain £4.2BILLION a year as hotel bill hits £5.2MILLION a DAY",
                  publisher="Daily Fanfare", author="Dominic Achterberg-Nwosu", published_date="2026-10-15"),
        labels=[
            L("£4.2BILLION", 4.2e9, E, GBP, AC, "per year, " + FY26 + " (headline)"),
            L("£5.2MILLION", 5.2e6, E, GBP, AC, "per day, " + FY26 + " (hotels; headline)"),
            L("£11.5million", 11.5e6, E, GBP, AC, "per day, " + FY26 + " (standfirst)", occ=0),
            L("£4.2billion", 4.2e9, E, GBP, AC, "per year, " + FY26 + " (Public Accounts Committee report published Thursday 15 October 2026)"),
            L("£11.5million", 11.5e6, E, GBP, AC, "per day, " + FY26, occ=1),
            L("about £60", 60, AP, GBP, AC, "per person per year, " + FY26 + " (for every man, woman and child in the country)"),
            L("£1.9billion", 1.9e9, E, GBP, AC, FY26 + " (hotels alone; last year)"),
            L("£5.2million", 5.2e6, E, GBP, AC, "per day, " + FY26 + " (hotels)"),
            L("£152", 152, E, GBP, AC, "per night, now (average hotel place; Public Accounts Committee)"),
            L("more than six times", 6, MT, RATIO, AC + "_ratio", "now (cost per night of a hotel place vs a bed in a shared house)"),
            L("£24", 24, E, GBP, AC, "per night, now (a bed in a shared house)"),
            L("about £55,000", 55000, AP, GBP, AC, "per person per year, now (a single asylum seeker in a hotel)"),
            L("£900million", 900e6, E, GBP, "asylum_cost_overspend", FY26 + " (over the Home Office's own asylum budget; Public Accounts Committee)"),
            L("24,870", 24870, E, P, HOT, EJ26),
            L("158", 158, E, HOTELS, HOTELS_IN_USE, EJ26),
            L("71,200", 71200, E, P, "asylum_backlog_appeals", "now, October 2026 (asylum appeals waiting to be heard)"),
            L("nearly four times", 4, ALM, RATIO, "asylum_backlog_appeals_ratio", "now vs start of 2024"),
            L("18,700", 18700, E, P, "asylum_backlog_appeals", "start of 2024 (January 2024)"),
            L("more than a year", 1, MT, "years", "asylum_appeal_wait_average", "now, October 2026 (typical wait for a hearing)"),
            V("billions of pounds", 2e9, 9e9, GBP, AC, "per year, future (after the last hotel has closed; the committee's chair)", occ=0),
            # the minister
            L("£5.4billion", 5.4e9, E, GBP, AC, "per year, " + FY24 + " (inherited on coming into office; Border Security and Asylum Minister)"),
            L("more than two-fifths", -40, MT, PCT, "asylum_backlog_change", YJ26 + " vs " + YJ25 + " (queue for initial decisions cut in a single year; minister)"),
            L("more than 50", 50, MT, HOTELS, "asylum_hotels_closed", "July 2024 to October 2026 (since the election; minister)"),
            L("below £4million", 4e6, LT, GBP, AC, "per day, now, October 2026 (the daily hotel bill; minister)"),
            L("38,410", 38410, E, P, RET, YJ26 + " (removed; minister)"),
            L("almost 10 per cent", 10, ALM, PCT, RET + "_change", YJ26 + " vs " + YJ25 + " (up; minister)"),
            L("nearly a decade", 10, ALM, "years", "returns_record_period", YJ26 + " (the highest level for; minister)"),
            L("£1billion", 1e9, E, GBP, "asylum_cost_saving", "per year, by the end of this Parliament (2029; the minister's plan)"),
            V("thousands", 2000, 9000, DAYS, "tribunal_sitting_days_added", "now, October 2026 (extra sitting days for judges; minister)"),
            # Shadow Home Secretary
            V("billions of pounds", 2e9, 9e9, GBP, AC, "per year, now (hotels and handouts; Shadow Home Secretary)", occ=1),
            L("nearly 25,000", 25000, ALM, P, HOT, "now, October 2026 (still in hotels; Shadow Home Secretary)"),
            # THE ASYLUM BILL box
            L("£5.4bn", 5.4e9, E, GBP, AC, FY24 + " (The asylum bill box)"),
            L("£4.8bn", 4.8e9, E, GBP, AC, FY25 + " (The asylum bill box)"),
            L("£4.2bn", 4.2e9, E, GBP, AC, FY26 + " (The asylum bill box)"),
            L("24.9k", 24900, E, P, HOT, EJ26 + " (The asylum bill box)"),
        ]),
    "07-psa-population-estimates-england-wales-mid-2025": dict(
        meta=dict(url="https://www.psa.example/peopleandplaces/population/populationestimates/bulletins/englandandwales/mid2025",
                  title="Mid-2025 population estimates, England and Wales",
                  publisher="Population Statistics Authority", author="Population Estimates Unit", published_date="2026-07-22",
                  license="Open Government Licence v3.0"),
        labels=[
            # 1. Headline figures
            L("62,016,500", 62016500, E, P, POP, MID25 + " (headline figures)", geo=EW),
            L("203,900", 203900, E, P, "population_growth", Y_MID25 + " (headline figures)", occ=0, geo=EW),
            L("0.3%", 0.3, E, PCT, "population_change", Y_MID25 + " (headline figures)", ctx="203,900 (0.3%)", geo=EW),
            L("less than a third", 1 / 3, LT, RATIO, "population_growth_ratio", Y_MID25 + " vs " + Y_MID24, geo=EW),
            L("706,900", 706900, E, P, "population_growth", Y_MID24 + " (headline figures)", occ=0, geo=EW),
            L("1.2%", 1.2, E, PCT, "population_change", Y_MID24, geo=EW),
            L("191,800", 191800, E, P, NMI, Y_MID25 + " (headline figures)", occ=0, geo=EW),
            L("13,700", 13700, E, P, NAT, Y_MID25 + " (headline figures)", occ=0, geo=EW),
            L("96", 96, E, "other:council_areas", "council_areas_population_decline", Y_MID25 + " (local authority areas where the population fell)", occ=0, geo=EW),
            # Table 1
            L("594,700", 594700, E, P, "births", Y_MID24 + T1, geo=EW),
            L("580,100", 580100, E, P, "births", Y_MID25 + T1, geo=EW),
            L("578,600", 578600, E, P, "deaths", Y_MID24 + T1, geo=EW),
            L("566,400", 566400, E, P, "deaths", Y_MID25 + T1, geo=EW),
            L("16,100", 16100, E, P, NAT, Y_MID24 + T1, geo=EW),
            L("13,700", 13700, E, P, NAT, Y_MID25 + T1, occ=1, geo=EW),
            L("690,300", 690300, E, P, NMI, Y_MID24 + T1, geo=EW),
            L("191,800", 191800, E, P, NMI, Y_MID25 + T1, occ=1, geo=EW),
            L("500", 500, E, P, CBM, Y_MID24 + " (net cross-border migration with Scotland and Northern Ireland)" + T1, geo=EW),
            L("-1,600", -1600, E, P, CBM, Y_MID25 + " (net cross-border migration)" + T1, geo=EW),
            L("706,900", 706900, E, P, "population_growth", Y_MID24 + " (total change)" + T1, occ=1, geo=EW),
            L("203,900", 203900, E, P, "population_growth", Y_MID25 + " (total change)" + T1, occ=1, geo=EW),
            # 2. How the population changed
            L("847,000", 847000, E, P, "immigration", Y_MID25 + " (long-term migrants from overseas; an estimated)", geo=EW),
            L("655,200", 655200, E, P, "emigration", Y_MID25, geo=EW),
            L("72%", -72, E, PCT, NMI + "_change", Y_MID25 + " vs " + Y_MID24 + " (below its level a year earlier)", geo=EW),
            L("94%", 94, E, PCT, "net_migration_share_of_population_growth", Y_MID25, geo=EW),
            L("1,600", -1600, E, P, CBM, Y_MID25 + " (net loss through cross-border moves)", ctx="net loss of 1,600", geo=EW),
            L("2.5%", -2.5, E, PCT, "births_change", Y_MID25 + " vs " + Y_MID24 + " (fewer births)", geo=EW),
            # 3. Countries and local authorities
            L("193,600", 193600, E, P, "population_growth", Y_MID25, geo="England"),
            L("0.3%", 0.3, E, PCT, "population_change", Y_MID25, ctx="193,600 (0.3%)", geo="England"),
            L("58,816,400", 58816400, E, P, POP, MID25, geo="England"),
            L("10,300", 10300, E, P, "population_growth", Y_MID25, geo=WA),
            L("0.3%", 0.3, E, PCT, "population_change", Y_MID25, ctx="10,300 (0.3%)", geo=WA),
            L("3,200,100", 3200100, E, P, POP, MID25, geo=WA),
            L("4,700", -4700, E, P, NAT, Y_MID25 + " (deaths exceeding births)", geo=WA),
            L("1.9%", 1.9, E, PCT, "population_change", Y_MID25 + " (the fastest-growing local authority)", geo="Dartford"),
            L("0.4%", 0.4, E, PCT, "population_change", Y_MID25, geo="London"),
            L("96", 96, E, "other:council_areas", "council_areas_population_decline", Y_MID25 + " (local authorities where the population fell)", occ=1, geo=EW),
            L("0.6%", -0.6, E, PCT, "population_change", Y_MID25 + " (the largest percentage fall)", geo="Blackpool"),
            # 4. Ages
            L("40.9 years", 40.9, E, "years", "population_median_age", MID25, geo=EW),
            L("12.0 million", 12.0e6, E, P, "population_aged_65_and_over", MID25, geo=EW),
            L("nearly one in five", 20, ALM, PCT, "population_share_aged_65_and_over", MID25, geo=EW),
            L("19.4%", 19.4, E, PCT, "population_share_aged_65_and_over", MID25, geo=EW),
            L("3.2", 3.2, E, RATIO, WAR, MID25 + " (people aged 16 to 64 for each person aged 65 and over)", geo=EW),
            L("3.4", 3.4, E, RATIO, WAR, "mid-2020 (30 June 2020; five years earlier)", geo=EW),
            # 5. Across the UK
            L("5,558,300", 5558300, E, P, POP, MID25 + " (National Records of Scotland)", geo=SC),
            L("1,928,600", 1928600, E, P, POP, MID25 + " (Northern Ireland Statistics and Research Agency)", geo=NI),
            L("69,503,400", 69503400, E, P, POP, MID25),
            L("0.3%", 0.3, E, PCT, "population_change", Y_MID25, ctx="mid-2025 was 0.3%"),
            L("under a third", 1 / 3, LT, RATIO, "population_growth_ratio", Y_MID25 + " vs " + Y_MID24 + " (rate of growth)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
