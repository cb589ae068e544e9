#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-seventh hand-labelled hold-out set (holdout107).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, HOTELS, EUR, THIRD, E, AP, MT, AL, LT,
                        AM, ALM, SBA, SBC, NM, AC, HOT, PTR, RSC)

UK, ENG, SCO, WAL, NI, FR, EW = "UK", "England", "Scotland", "Wales", "Northern Ireland", "France", "England and Wales"
DAYS, HOURS, WEEKS, SHARES = "other:days", "other:hours", "other:weeks", "other:shares"
OCC = "small_boat_occupancy"

# 01 (Thursday 21 May 2026; Home Office quarterly statistics "came out on Thursday", for the year ending March 2026)
YM26 = "April 2025 to March 2026 (the 12 months to March 2026; Home Office quarterly statistics, published Thursday 21 May 2026"
YM25 = "April 2024 to March 2025 (the previous year"
M26 = "31 March 2026 (the end of March; Home Office quarterly statistics"
CHG1 = "12 months to March 2026 vs the 12 months to March 2025"
# 02 (Tuesday 1 September 2026; Home Office data for August 2026, "last month")
AUG = "1 to 31 August 2026 (last month; Home Office data"
YTD2 = "1 January to 31 August 2026 (so far this year"
SHS = "shadow home secretary"
# 03 (Friday 22 May 2026; ONS provisional estimates "out on Thursday", 21 May 2026, for calendar 2025)
C25 = "January to December 2025 (calendar year 2025; ONS provisional estimates published Thursday 21 May 2026"
MID = "mid-2024 to mid-2025 (the year to mid-2025; ONS mid-year population estimates"
# 04 (Tuesday 25 August 2026; FOI data for 2025/26; Home Office statistics "published on Thursday", 20 August 2026)
FY4 = "April 2025 to March 2026 (2025/26; Home Office data obtained by The Aperture under freedom of information"
J26 = "30 June 2026 (end of June; Home Office statistics published Thursday 20 August 2026"
WETH = "Wethersfield"
# 05 (Friday 24 July 2026; PA copy; ICIBI report "published on Thursday", 23 July 2026)
H1 = "1 January to 30 June 2026 (between January and June; Independent Chief Inspector of Borders and Immigration, report published Thursday 23 July 2026"
DOV = "Dover"
ICIBI = "Independent Chief Inspector of Borders and Immigration"
# 06 (Wednesday 7 October 2026; claim made "on Sunday", 4 October 2026; latest figures for 30 June 2026)
J26F = "30 June 2026 (end of June; Home Office quarterly statistics released 20 August 2026"
CLAIM = "shadow home secretary, party conference speech and post on X, Sunday 4 October 2026"
# 07 (Saturday 18 July 2026; Home Office annual report and accounts laid "this week", Thursday 16 July 2026)
LIFE = "April 2022 to July 2024 (the scheme's lifetime"
ACC = "Home Office annual report and accounts, laid Thursday 16 July 2026"
NAO = "National Audit Office"
RW = "Rwanda"

ARTICLES = {
    "01-the-marginalia-home-office-quarterly-asylum-visas": dict(
        meta=dict(url="https://www.themarginalia.example/uk-news/2026/may/21/asylum-claims-fall-grant-rate-home-office-figures",
                  title="Fewer people claim asylum in UK as grant rate slides to 44%",
                  publisher="The Marginalia", author="Imogen Faraday-Lutalo", published_date="2026-05-21"),
        labels=[
            L("44%", 44, E, PCT, "asylum_grants_share_initial_decisions", YM26 + "; headline)", ctx="slides to 44%"),
            L("104,300", 104300, E, P, "asylum_applications", YM26 + "; standfirst)", occ=0),
            L("12%", 12, E, PCT, "returns_change", CHG1 + " (returns up; standfirst)", occ=0),
            L("6%", -6, E, PCT, "asylum_applications_change", CHG1 + " (fewer asylum applications)"),
            L("104,300", 104300, E, P, "asylum_applications", YM26 + "; applied)", occ=1),
            L("110,900", 110900, E, P, "asylum_applications", YM25 + ")"),
            L("128,600", 128600, E, P, "asylum_initial_decisions", YM26 + ")"),
            L("44%", 44, E, PCT, "asylum_grants_share_initial_decisions", YM26 + "; of initial decisions, grants)", ctx="and 44% of them"),
            L("52%", 52, E, PCT, "asylum_grants_share_initial_decisions", YM25 + "; a year earlier)"),
            L("roughly 56,600", 56600, AP, P, "asylum_grants", YM26 + "; refugee status or some other protection)"),
            L("39%", 39, E, PCT, "asylum_applications_share_small_boat", YM26 + "; of claims, arrivals by small boat)"),
            L("one in five", 20, E, PCT, "asylum_applications_share_visa_holders", YM26 + "; claimants who had previously held a visa)"),
            L("52,400", 52400, E, P, "asylum_backlog", M26 + "; cases waiting for a first decision)"),
            L("41%", -41, E, PCT, "asylum_backlog_change", "31 March 2026 vs 31 March 2025 (fewer than twelve months before)"),
            L("46,800", 46800, E, P, "asylum_backlog_appeals", M26 + "; appeals outstanding at the immigration tribunal)"),
            L("nearly three-quarters", 75, ALM, PCT, "asylum_backlog_appeals_change", "31 March 2026 vs 31 March 2025 (more than a year earlier)"),
            L("27,000", 27000, E, P, "asylum_backlog_appeals", "31 March 2025 (a year earlier)"),
            L("roughly half", 50, AP, PCT, "asylum_appeals_share_allowed", "January to December 2025 (last year; of the appeals heard by the tribunal; head of the Larkspur Refugee Trust)"),
            L("12%", 12, E, PCT, "returns_change", CHG1 + " (returns rose by)", occ=1),
            L("37,900", 37900, E, P, "returns", YM26 + ")"),
            L("almost two-thirds", 200 / 3, ALM, PCT, "returns_share_voluntary", YM26 + "; voluntary departures, of all returns)"),
            L("24,100", 24100, E, P, "returns_voluntary", YM26 + "; voluntary departures)"),
            L("9,860", 9860, E, P, "returns_enforced", YM26 + "; the most in any 12-month period since 2019)"),
            L("103,900", 103900, E, P, "asylum_support_population", M26 + "; when March ended)"),
            L("27,400", 27400, E, P, HOT, M26 + ")"),
            L("28%", -28, E, PCT, HOT + "_change", "31 March 2026 vs 31 March 2025 (fewer in hotels than a year earlier)"),
            L("203", 203, E, HOTELS, "asylum_hotels_in_use", M26 + "; still being used)"),
            L("61,800", 61800, E, P, "visas_granted_skilled_worker", YM26 + "; main applicants)"),
            L("31%", -31, E, PCT, "visas_granted_skilled_worker_change", CHG1),
            L("14,200", 14200, E, P, "visas_granted_health_care_worker", YM26 + ")"),
            L("74%", -74, E, PCT, "visas_granted_health_care_worker_change", CHG1 + " (a fall on the previous year)"),
            L("4%", 4, E, PCT, "visas_granted_study_change", CHG1 + " (sponsored study visas rose)"),
            L("402,100", 402100, E, P, "visas_granted_study", YM26 + "; sponsored study)"),
            L("17,300", 17300, E, P, "visas_granted_study_dependants", YM26 + "; students' dependants)"),
            L("about a tenth", 0.1, AP, RATIO, "visas_granted_study_dependants_ratio", "12 months to March 2026 vs the 2023 peak"),
            L("more than a third", -THIRD, MT, PCT, "asylum_backlog_change", "31 March 2026 vs a year ago (the queue for initial decisions is shorter by; Home Office minister)"),
            L("More than 60,000", 60000, MT, P, "returns", "5 July 2024 to May 2026 (people whose cases for staying failed, left since 5 July 2024; Home Office minister)"),
            L("43,100", 43100, E, P, SBA, "April 2025 to March 2026 (reached the country in small boats during that period; " + SHS + ")"),
            L("above 90%", 90, MT, PCT, "asylum_grants_share_initial_decisions_afghan_sudanese", "recent years (Afghans' and Sudanese claims were granted at rates; research fellow, Pelham Institute)"),
        ]),
    "02-daily-ruckus-august-channel-crossings-boat-loads": dict(
        meta=dict(url="https://www.dailyruckus.example/news/politics/2031847/small-boats-august-6912-migrants-channel-67-per-dinghy",
                  title="SMALL BOATS SUMMER: 6,912 migrants cross Channel in August as gangs cram 67 into every dinghy",
                  publisher="Daily Ruckus", author="Oliver Marchetti-Boyle", published_date="2026-09-01"),
        labels=[
            L("6,912", 6912, E, P, SBA, AUG + "; headline)", ctx="SUMMER: 6,912"),
            L("67", 67, E, PPB, OCC, AUG + "; crammed into every dinghy; headline)", ctx="cram 67 into"),
            L("30 percent", 30, E, PCT, SBA + "_change", "August 2026 vs August 2025 (rocketed on August last year; standfirst)"),
            L("6,912", 6912, E, P, SBA, AUG + "; landed on England's south coast, the highest for the month since records began)", ctx="total of 6,912"),
            L("103", 103, E, BOATS, SBC, AUG + ")"),
            L("67", 67, E, PPB, OCC, AUG + "; average loaded into each inflatable)", ctx="average of 67 people"),
            L("5,301", 5301, E, P, SBA, "1 to 31 August 2025 (August 2025)"),
            L("doubled", 2, E, RATIO, OCC + "_ratio", "August 2026 vs 2022 (the load per boat)"),
            L("33", 33, E, PPB, OCC, "January to December 2022 (when the average stood at)"),
            L("more than five times", 5, MT, RATIO, OCC + "_ratio", "August 2026 vs 2020 (the load per boat)"),
            L("13", 13, E, PPB, OCC, "January to December 2020 (seen in 2020)", ctx="the 13 seen"),
            L("as many as 104", 104, AM, PPB, OCC + "_max", "Friday 14 August 2026 (one dinghy intercepted off Dungeness; officials)"),
            L("1,097", 1097, E, P, SBA, "Friday 14 August 2026 (the busiest single day of the summer)"),
            L("16", 16, E, BOATS, SBC, "Friday 14 August 2026", ctx="in 16 boats"),
            L("19", 19, E, DAYS, "small_boat_crossing_days", "August 2026 (days with crossings, of August's 31)", ctx="on 19 of"),
            L("31,486", 31486, E, P, SBA, YTD2 + ")"),
            L("17 percent", 17, E, PCT, SBA + "_change", "1 January to 31 August, 2026 vs 2025 (up on the same date in 2025)"),
            L("26,911", 26911, E, P, SBA, "1 January to 31 August 2025 (recorded by this date in 2025)"),
            L("Some 472", 472, AP, BOATS, SBC, "1 January to 31 August 2026 (made it across since January 1)"),
            R("between €1,500 and €2,500", 1500, 2500, EUR, "smuggling_fee_per_place", "2026 (now; per seat in a boat; French prosecutors)", geo=FR),
            L("more than 90,000", 90000, MT, P, SBA, "5 July 2024 to August 2026 (made it across since 5 July 2024, in just over two years; " + SHS + ")"),
            L("2,310", 2310, E, P, "returns", "September 2025 to August 2026 (returned to France since last September's first flight, under the 'one in, one out' deal)", geo=FR),
            L("fewer than one in 13", 100 / 13, LT, PCT, "returns_share_of_small_boat_arrivals", "September 2025 to August 2026 (of the boat arrivals over that period)", geo=FR),
            L("more than 13,000", 13000, MT, P, "small_boat_launch_attempts_stopped_people", "1 January to 1 September 2026 (stopped from setting off this year by French officers funded by the UK; Home Office spokesman)", geo=FR),
            L("over 2,000", 2000, MT, P, "returns", "September 2025 to 1 September 2026 (returned to France under the agreement; Home Office spokesman)", geo=FR),
            R("60 or 70", 60, 70, PPB, OCC, "2026 (now, the norm; former Border Force director)"),
            L("At least 27", 27, AL, P, "small_boat_deaths", "1 January to 31 August 2026 (drowned or crushed on the route in 2026; International Organization for Migration)"),
        ]),
    "03-cairnlight-news-ons-net-migration-explainer": dict(
        meta=dict(url="https://www.cairnlightnews.example/news/uk-politics-71820394",
                  title="Net migration: Where do the numbers come from and why do they keep changing?",
                  publisher="Cairnlight News", author="Hamish Teversham-Obi", published_date="2026-05-22"),
        labels=[
            L("204,000", 204000, E, P, NM, C25 + ")", occ=0),
            L("373,000", 373000, E, P, NM, "January to December 2024 (the year before, as revised; ONS)"),
            R("between 165,000 and 243,000", 165000, 243000, P, NM, C25 + "; where the latest figure could lie)"),
            L("798,000", 798000, E, P, "immigration", C25 + "; arrived, an estimated)"),
            L("594,000", 594000, E, P, "emigration", C25 + "; left)"),
            L("204,000", 204000, E, P, NM, C25 + "; immigration minus emigration)", occ=1),
            L("11%", -11, E, PCT, "immigration_change", "2025 vs 2024 (immigration fell last year)"),
            L("68,000", 68000, E, P, "emigration_change", "2025 vs 2024 (emigration higher than in 2024)"),
            L("about 700,000", 700000, AP, P, "international_passenger_survey_interviews", "per year, the survey's final years to March 2020 (passengers spoken to annually)"),
            V("a few thousand", 2000, 5000, P, "international_passenger_survey_migrant_interviews", "per year, the survey's final years to March 2020 (passengers who turned out to be migrants)"),
            L("166,000", 166000, E, P, "net_migration_revision", "July 2022 to June 2023 (year ending June 2023; revised up in November 2024; ONS)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (year ending June 2023, as revised in November 2024; ONS)"),
            L("about 1.2m", 1.2e6, AP, P, "immigration", "July 2023 to June 2024 (the 12 months to June 2024, still running at)"),
            L("about four in five", 80, AP, PCT, "immigration_share_non_eu", C25 + "; non-EU nationals, of those who came)"),
            L("636,000", 636000, E, P, "immigration_non_eu", C25 + ")"),
            L("228,000", 228000, E, P, "immigration_study_non_eu", C25 + "; study, the most common reason)"),
            L("211,000", 211000, E, P, "immigration_work_non_eu", C25 + "; work)"),
            L("Some 97,000", 97000, AP, P, "immigration_humanitarian_non_eu", C25 + "; humanitarian reasons)"),
            L("280,000", 280000, E, P, "net_migration_non_eu", C25 + "; non-EU nationals added)"),
            L("49,000", -49000, E, P, "net_migration_eu", C25 + "; EU citizens leaving outnumbered those arriving by)"),
            L("27,000", -27000, E, P, "net_migration_british_nationals", C25 + "; more British nationals left than returned, taking off the total)"),
            L("61.8 million", 61.8e6, E, P, "population", "mid-2025 (30 June 2025; ONS mid-year population estimates)", geo=EW),
            L("0.6%", 0.6, E, PCT, "population_change", MID + "; more than a year before)", geo=EW),
            L("347,000", 347000, E, P, "net_migration_international", MID + "; net international migration added)", geo=EW),
            L("26,000", 26000, E, P, "population_natural_change", MID + "; births outnumbered deaths by only)", geo=EW),
            L("0.5%", 0.5, E, PCT, "population_change", MID + "; the population grew by)", geo=WAL),
        ]),
    "04-the-aperture-asylum-hotel-cost-per-night-sites": dict(
        meta=dict(url="https://www.theaperture.example/news/uk/asylum-hotels-cost-138-night-eight-times-shared-house-4417392",
                  title="Asylum hotels still cost £138 a night per person, more than eight times the price of a shared house",
                  publisher="The Aperture", author="Priya Lindqvist-Adebayo", published_date="2026-08-25"),
        labels=[
            L("£138", 138, E, GBP, "asylum_hotel_cost_per_person_night", FY4 + "; headline)", ctx="still cost £138"),
            L("more than eight times", 8, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2025/26 (a hotel against a shared house, per person per night; headline)"),
            L("a third", -THIRD, E, PCT, HOT + "_change", "30 June 2026 vs 30 June 2025 (cut the number living in hotels by, in a year; standfirst)", ctx="by a third in a year"),
            L("£138", 138, E, GBP, "asylum_hotel_cost_per_person_night", FY4 + "; an average per night)", ctx="average of £138"),
            L("£17", 17, E, GBP, "asylum_dispersal_cost_per_person_night", FY4 + "; dispersed accommodation, per person per night)"),
            L("about £50,000", 50000, AP, GBP, "asylum_hotel_cost_per_person_year", "per year, 2025/26 (over a full year, each person in a hotel)"),
            L("just over £6,000", 6000, MT, GBP, "asylum_dispersal_cost_per_person_year", "per year, 2025/26 (each person in a shared house)"),
            L("5%", -5, E, PCT, "asylum_hotel_cost_per_person_night_change", "2025/26 vs 2024/25 (the hotel figure is down)", ctx="down 5% on"),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "April 2024 to March 2025 (2024/25, the average)"),
            L("about £96", 96, AP, GBP, "large_site_cost_per_person_night", "2025/26 (per person per night; officials)", geo=WETH),
            L("roughly 70%", 70, AP, PCT, "large_site_cost_per_person_night_share_of_hotel_rate", "2025/26 (of the hotel rate)", geo=WETH),
            L("610", 610, E, P, "large_site_population", "2025/26 (an average held over the year)", geo=WETH),
            L("up to 1,200", 1200, AM, P, "large_site_capacity", "2025/26 (capacity)", geo=WETH),
            L("25,100", 25100, E, P, HOT, J26 + "; the hotel population)"),
            L("a third", -THIRD, E, PCT, HOT + "_change", "30 June 2026 vs 30 June 2025 (down on last year's figure)", ctx="down a third on"),
            L("37,800", 37800, E, P, HOT, "30 June 2025 (last year's figure)"),
            L("262", 262, E, HOTELS, "asylum_hotels_in_use", "30 June 2025 (the start of the same 12 months)"),
            L("187", 187, E, HOTELS, "asylum_hotels_in_use", J26 + ")"),
            L("22,900", 22900, E, P, HOT, J26 + "; most of those still in hotels)", geo=ENG),
            L("1,020", 1020, E, P, HOT, J26 + ")", geo=SCO),
            L("720", 720, E, P, HOT, J26 + ")", geo=NI),
            L("460", 460, E, P, HOT, J26 + ")", geo=WAL),
            L("£121", 121, E, GBP, "asylum_hotel_cost_per_person_night", FY4 + "; hotels in Northern Ireland were cheaper)", geo=NI),
            L("£1.39bn", 1.39e9, E, GBP, AC, "April 2025 to March 2026 (2025/26; total spending on asylum hotels)"),
            L("£2.1bn", 2.1e9, E, GBP, AC, "April 2024 to March 2025 (the year before; spending on asylum hotels)"),
            L("£710m", -710e6, E, GBP, AC + "_change", "2025/26 vs 2024/25 (a saving on asylum hotels)"),
            L("54%", 54, E, PCT, "asylum_accommodation_cost_share_hotels", "2025/26 (hotels, of accommodation spending)"),
            L("roughly 25,000", 25000, AP, P, HOT, "August 2026 (now; people for whom dispersed homes would be needed if every hotel were emptied)"),
            R("between £900m and £1.1bn", 900e6, 1.1e9, GBP, "asylum_cost_saving", "per year, at current prices (moving everyone out of hotels into dispersed housing could save; economist, Ravensgill Trust)"),
            V("millions of pounds", 2e6, 9e6, GBP, AC, "per day, July 2024 (hotels were swallowing, when this government took office; Home Office spokesperson)"),
            L("more than 140", 140, MT, HOTELS, "asylum_hotels_closed", "July 2024 to August 2026 (closed since July 2024; Home Office spokesperson)"),
        ]),
    "05-the-kearsney-courier-dover-border-force-western-jet-foil": dict(
        meta=dict(url="https://www.kearsneycourier.example/news/dover/western-jet-foil-border-force-stretched-to-the-limit-inspectors-5530218",
                  title="Western Jet Foil: inspectors find Dover's Border Force 'stretched to the limit' as small boat numbers climb",
                  publisher="The Kearsney Courier", author="Rowan Ashgrove-Kamara", published_date="2026-07-24"),
        labels=[
            L("nearly four times", 4, ALM, RATIO, "processing_site_throughput_ratio", "June 2026 vs January 2026 (people handled at Western Jet Foil; standfirst)", occ=0, geo=DOV),
            L("one in eight", 12.5, E, PCT, "border_force_posts_share_vacant", "March 2026 (officer posts at the port unfilled; standfirst)", geo=DOV),
            L("87%", 87, E, PCT, "small_boat_arrivals_share_landed_at_western_jet_foil", H1 + "; brought ashore at Western Jet Foil)"),
            L("18,940", 18940, E, P, SBA, H1 + "; crossed the Channel)"),
            L("4,560", 4560, E, P, "processing_site_throughput", "1 to 30 June 2026 (processed at Western Jet Foil in June; " + ICIBI + ")", geo=DOV),
            L("nearly four times", 4, ALM, RATIO, "processing_site_throughput_ratio", "June 2026 vs January 2026 (" + ICIBI + ")", occ=1, geo=DOV),
            L("1,210", 1210, E, P, "processing_site_throughput", "1 to 31 January 2026 (handled in January; " + ICIBI + ")", geo=DOV),
            L("up to 300", 300, AM, P, "processing_site_capacity", "2026 (Western Jet Foil is designed to hold, at a time)", geo=DOV),
            L("c. 600", 600, AP, P, "processing_site_throughput", "per day, the busiest day of the inspection in early 2026 (passed through Western Jet Foil; " + ICIBI + ")", geo=DOV),
            L("9.5 hours", 9.5, E, HOURS, "processing_site_average_stay", H1 + "; an average at Western Jet Foil before being moved on)", geo=DOV),
            L("2,140", 2140, E, P, "small_boat_arrivals_children", H1 + "; children among those landed at Western Jet Foil)", geo=DOV),
            L("1,380", 1380, E, P, "small_boat_arrivals_unaccompanied_children", H1 + "; travelling without a parent)", geo=DOV),
            L("46", 46, E, P, "processing_site_held_beyond_24_hours", H1 + "; the first half of the year; held for longer than the legal limit)", geo="Manston"),
            L("1,240", 1240, E, P, "border_force_officers", "March 2026 (officers in post at Dover; " + ICIBI + ")", geo=DOV),
            L("1,410", 1410, E, P, "border_force_funded_posts", "March 2026 (funded posts; " + ICIBI + ")", geo=DOV),
            L("170", 170, E, P, "border_force_staff_shortfall", "March 2026 (a shortfall; " + ICIBI + ")", geo=DOV),
            L("20%", 20, E, PCT, "border_force_overtime_cost_change", "2025/26 vs 2024/25 (overtime spending at the port rose)", geo=DOV),
            L("£6.3m", 6.3e6, E, GBP, "border_force_overtime_cost", "April 2025 to March 2026 (2025/26; overtime at the port)", geo=DOV),
            L("£5.25m", 5.25e6, E, GBP, "border_force_overtime_cost", "April 2024 to March 2025 (the year before)", geo=DOV),
            L("1,130", 1130, E, P, "clandestine_entrants_detected_lorries", "January to December 2025 (found hidden in lorries at the port, last year)", geo=DOV),
            L("35%", -35, E, PCT, "clandestine_entrants_detected_lorries_change", "2025 vs 2024 (down on 2024)", geo=DOV),
            L("double", 2, E, RATIO, "processing_site_capacity_utilisation_ratio", "on a busy day, 2026 (the site is running at, against its intended capacity; chief inspector)", geo=DOV),
            L("486", 486, E, P, "unaccompanied_children_in_care", "30 June 2026 (the end of June; lone asylum-seeking children looked after by Kent County Council)", geo="Kent"),
            L("about a fifth", 20, AP, PCT, "border_force_channel_rota_share_on_loan_from_airports", "July 2026 (of those on the Channel rota, on loan from airports; Immigration Services Union)", geo=DOV),
            L("more than 300", 300, MT, P, "border_force_officers_recruitment", "2026 (extra officers being recruited for Kent this year; Home Office spokesperson)", geo="Kent"),
        ]),
    "06-tallycheck-asylum-seekers-in-hotels-claim": dict(
        meta=dict(url="https://www.tallycheck.example/fact-checks/asylum-seekers-hotels-40000-claim/",
                  title="Are more than 40,000 asylum seekers still living in hotels?",
                  publisher="Tallycheck", author="Saoirse Demetriou-Blake", published_date="2026-10-07"),
        labels=[
            L("more than 40,000", 40000, MT, P, HOT, "4 October 2026 (still, today; the claim checked; headline)", ctx="Are more than 40,000"),
            L("More than 40,000", 40000, MT, P, HOT, "4 October 2026 (today; 'What was claimed' box; " + CLAIM + ")"),
            L("25,100", 25100, E, P, HOT, J26F + "; 'Our verdict' box)", occ=0),
            L("29,600", 29600, E, P, HOT, "30 June 2024 (just before the 2024 general election; 'Our verdict' box)", occ=0),
            L("12.9k", 12900, E, SHARES, "social_media_post_shares", "4 to 6 October 2026 (the post on X, shared by Tuesday afternoon)"),
            L("25,100", 25100, E, P, HOT, J26F + "; the most recent release)", occ=1),
            L("a third", -THIRD, E, PCT, HOT + "_change", "30 June 2026 vs 30 June 2025 (down on a year earlier)"),
            L("37,800", 37800, E, P, HOT, "30 June 2025 (a year earlier)", occ=0),
            L("about 56,000", 56000, AP, P, HOT, "autumn 2023 (the peak)"),
            L("45,800", 45800, E, P, HOT, "31 December 2023 (the last time the quarterly figure was above 40,000)"),
            L("187", 187, E, HOTELS, "asylum_hotels_in_use", J26F + ")"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "2023 (the height of their use)"),
            L("29,600", 29600, E, P, HOT, "30 June 2024 (the nearest official figure to the election of 4 July 2024)", occ=1),
            L("about 15%", -15, AP, PCT, HOT + "_change", "30 June 2026 vs 30 June 2024 (the current figure is lower than that)"),
            L("37,800", 37800, E, P, HOT, "30 June 2025 (the hotel population climbed after the election, reaching)", occ=1),
            L("roughly 8,000", 8000, AP, P, HOT + "_change", "30 June 2025 vs 30 June 2024 (more than when the government took over)"),
            L("40,000", 40000, E, P, HOT, "4 October 2026 (the claim's figure; cross-head)", ctx="Where might 40,000"),
            L("Around 3,400", 3400, AP, P, "asylum_contingency_accommodation_population_non_hotel", J26F + "; large sites and other contingency accommodation)"),
            L("roughly 28,500", 28500, AP, P, "asylum_contingency_accommodation_population", J26F + "; hotels and other contingency accommodation, the wider measure)"),
            L("more than 40,000", 40000, MT, P, HOT, "4 October 2026 (the claim's figure, restated as 'not more than 40,000')", ctx="not more than 40,000"),
            L("104,900", 104900, E, P, "asylum_support_population", J26F + "; supported by the asylum system)"),
            L("76,400", 76400, E, P, "asylum_dispersal_population", J26F + "; in dispersed accommodation)"),
            L("84%", 84, E, PCT, "asylum_dispersal_population_share_england", J26F + "; of these, in England)"),
            L("just under a quarter", 25, ALM, PCT, "asylum_support_share_hotels", J26F + "; hotel residents, of everyone on asylum support)"),
            L("150", 150, E, HOTELS, "asylum_hotels_closed", "5 July 2024 to October 2026 (closed since 5 July 2024; Home Office)"),
        ]),
    "07-the-cupola-rwanda-scheme-money-recovered": dict(
        meta=dict(url="https://www.thecupola.example/article/the-rwanda-money-is-gone-and-nobody-is-coming-to-get-it-back/",
                  title="The Rwanda money is gone, and nobody is coming to get it back",
                  publisher="The Cupola", author="Ambrose Kittering-Nwankwo", published_date="2026-07-18"),
        labels=[
            L("three days", 3, LT, DAYS, "rwanda_scheme_refunds_days_of_hotel_spending", "July 2026 (the recovered sum would not cover, of hotel bills; standfirst)", ctx="cover three days"),
            L("£718m", 718e6, E, GBP, RSC, LIFE + "; the total, a final bill; " + ACC + ")", occ=0),
            L("£715m", 715e6, E, GBP, RSC, LIFE + "; the total ministers gave in 2024)"),
            L("£290m", 290e6, E, GBP, PTR, LIFE + "; went to the government in Kigali)", occ=0, geo=RW),
            L("£240m", 240e6, E, GBP, PTR, "April 2022 to December 2023 (the first payments, before 2024)", geo=RW),
            L("£50m", 50e6, E, GBP, PTR, "April 2024 (a further payment, weeks before the election)", geo=RW),
            L("roughly two-fifths", 40, AP, PCT, "payment_to_rwanda_share_of_scheme_cost", LIFE + "; of the money, ended up in Rwanda)"),
            L("Four", 4, E, P, "rwanda_relocations", LIFE + "; all went voluntarily)", ctx="Four people, all"),
            L("four", 4, E, P, "rwanda_relocations", LIFE + "; the divisor)", ctx="bill by four"),
            L("about £180m", 180e6, AP, GBP, "rwanda_scheme_cost_per_relocation", LIFE + "; a head)"),
            L("four", 4, E, P, "rwanda_relocations", LIFE + "; judged on four relocations)", ctx="judged on four"),
            L("£370m", 370e6, E, GBP, "payment_to_rwanda_planned", "over five years from 2022 (agreed, into an economic fund; " + NAO + ")", geo=RW),
            L("£120m", 120e6, E, GBP, "payment_to_rwanda_planned", "once 300 people had been sent (agreed; " + NAO + ")", geo=RW),
            L("£20,000", 20000, E, GBP, "payment_to_rwanda_per_relocation", "per person relocated (agreed; a policy rate; " + NAO + ")", geo=RW),
            L("up to £150,874", 150874, AM, GBP, "payment_to_rwanda_per_relocation", "per person relocated (to cover their care; agreed; a policy rate; " + NAO + ")", geo=RW),
            V("thousands", 2000, 9000, P, "rwanda_relocations_planned", "the scheme's design (removals it assumed)"),
            L("£9.3m", 9.3e6, E, GBP, "rwanda_scheme_cost_refunds", "July 2024 to July 2026 (recovered; " + ACC + ")", occ=0),
            L("£6.1m", 6.1e6, E, GBP, "rwanda_scheme_cost_refunds_charter_flights", "July 2024 to July 2026 (from cancelled charter flight contracts; " + ACC + ")"),
            L("about 1.3%", 1.3, AP, PCT, "rwanda_scheme_cost_refunds_share", "July 2024 to July 2026 (recovered, of the total)"),
            L("£290m", 290e6, E, GBP, PTR, LIFE + "; Kigali insists it owes nothing back from)", occ=1, geo=RW),
            L("£5.38bn", 5.38e9, E, GBP, AC, "April 2023 to March 2024 (2023/24, a record)"),
            L("about seven weeks", 7, AP, WEEKS, "rwanda_scheme_cost_weeks_of_asylum_spending", "against 2023/24 asylum spending (the whole Rwanda scheme amounts to)"),
            L("£9.3m", 9.3e6, E, GBP, "rwanda_scheme_cost_refunds", "July 2024 to July 2026 (recovered)", occ=1),
            L("less than three days", 3, LT, DAYS, "rwanda_scheme_refunds_days_of_hotel_spending", "July 2026 (would pay for asylum hotels for, at the current rate)"),
            L("about £3.5m", 3.5e6, AP, GBP, AC, "per day, July 2026 (the current rate on asylum hotels)"),
            L("£718m", 718e6, E, GBP, RSC, LIFE + "; for the same)", occ=1),
            L("roughly 20,000", 20000, AP, P, "caseworkers_affordable_with_rwanda_cost", "for a year (asylum caseworkers the same £718m could have employed)"),
            L("about 840,000", 840000, AP, P, "asylum_applications", "January to December 2025 (last year; received by the EU)", geo="EU"),
            L("5,700", 5700, E, P, "rwanda_removal_candidates_identified", "2024 (first identified for removal to Rwanda)"),
            L("about 2,100", 2100, AP, P, "rwanda_removal_cohort_reporting", "July 2024 (still in touch with the Home Office when the scheme was scrapped)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
