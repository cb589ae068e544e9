#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the sixty-eighth hand-labelled hold-out set (holdout68).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, EUR, BOATS, HOTELS, YEARS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, AC, HOT)

UK, FR, SC, WA, NI, ENG, EW, IE = "UK", "France", "Scotland", "Wales", "Northern Ireland", "England", "England and Wales", "Ireland"
YH, HK, HULL = "Yorkshire and the Humber", "Hong Kong", "Kingston upon Hull"
PROTESTS, DAYS, REPORTS, INCIDENTS = "other:protests", "other:days", "other:reports", "other:incidents"
CALLS, AREAS, HOUSEHOLDS = "other:calls", "other:council_areas", "other:households"
PER10K, UNIS = "other:persons_per_10000_residents", "other:universities"
ASP, ADP = "asylum_support_population", "asylum_dispersal_population"

# 01 (published Sunday 16 August 2026, 23:41; "this weekend" = Saturday 15 and Sunday 16 August 2026)
WKND = "15-16 August 2026 (this weekend; Saturday and Sunday)"
EJ26, EJ25 = "end of June 2026 (30 June 2026)", "end of June 2025 (30 June 2025; twelve months earlier)"
PEAK = "2023 (peak; summer 2023)"
POLL = "14-15 August 2026 (Friday and Saturday; Grindstone/Ridgeway poll)"
# 02 (Thursday 10 September 2026; "Tuesday" = 8 September, "on Monday" = 7 September 2026)
YTD02 = "1 January to 8 September 2026 (so far this year; up to and including Tuesday)"
SAME25 = "1 January to 8 September 2025 (the same point in 2025)"
MON = "7 September 2026 (on Monday)"
JA = "January to August 2026"
# 03 (Thursday 4 June 2026; Home Office statistics of Thursday 28 May 2026)
EM26, EM25 = "end of March 2026 (31 March 2026)", "end of March 2025 (31 March 2025)"
YM26 = "year ending March 2026 (April 2025 to March 2026; the 12 months to March)"
YM25 = "year ending March 2025 (April 2024 to March 2025)"
C25, C24 = "2025 (calendar year; last year)", "2024 (calendar year)"
YTD03 = "1 January to 4 June 2026 (so far this year)"
# 04 (Saturday 31 January 2026; Home Office data to the end of September 2025)
SINCE = "31 January 2021 to 30 September 2025 (since launch)"
YS25 = "year ending September 2025 (October 2024 to September 2025; latest 12 months)"
YS24 = "year ending September 2024 (October 2023 to September 2024)"
# 05 (Saturday 18 April 2026; HESA release of Thursday 16 April 2026)
AY25, AY24 = "2024/25 academic year", "2023/24 academic year (the year before)"
AY26 = "2025/26 academic year (the current academic year)"
# 06 (Thursday 25 June 2026, the day of the NISRA release)
YM25NI = "year to mid-2025 (July 2024 to June 2025)"
YM24NI = "year to mid-2024 (July 2023 to June 2024; the previous year)"
M25 = "mid-2025 (30 June 2025)"
# 07 (Tuesday 3 March 2026; Home Office statistics of Thursday 26 February 2026)
ED25, ED24 = "end of December 2025 (31 December 2025)", "end of December 2024 (31 December 2024; a year earlier)"
FY25 = "2024/25 (April 2024 to March 2025)"

ARTICLES = {
    "01-daily-grindstone-asylum-hotel-protests-regions": dict(
        meta=dict(url="https://www.dailygrindstone.example/news/article-2026081623/protests-erupt-41-migrant-hotels-north-west-more-than-london.html",
                  title="Protests erupt outside 41 migrant hotels in a single weekend as official figures show the North West now has MORE than London",
                  publisher="Daily Grindstone", author="Harriet Colquhoun-Mensah", published_date="2026-08-16"),
        labels=[
            L("41", 41, E, HOTELS, "asylum_hotels_protested", WKND + " (headline)", ctx="outside 41 migrant hotels"),
            L("63", 63, E, P, "protest_arrests", WKND + " (standfirst; from Cumbria to Kent)", ctx="- 63 people arrested", geo=ENG),
            L("198", 198, E, HOTELS, "asylum_hotels_in_use", EJ26 + " (standfirst)", ctx="in use at 198,"),
            L("less than half", 0.5, LT, RATIO, "asylum_hotels_in_use_ratio", EJ26 + " vs the 2023 peak (standfirst)"),
            L("two thirds", 200 / 3, E, PCT, "poll_share_asylum_hotel_should_close", POLL + " (voters wanting every hotel emptied within a year; standfirst)"),
            L("41", 41, E, HOTELS, "asylum_hotels_protested", WKND, ctx="outside 41 hotels housing"),
            L("63", 63, E, P, "protest_arrests", WKND + " (National Police Chiefs' Council tally)", ctx="made 63 arrests", geo=ENG),
            L("nine", 9, E, P, "police_officers_injured", WKND + " (National Police Chiefs' Council tally)", ctx="nine officers were hurt", geo=ENG),
            L("198", 198, E, HOTELS, "asylum_hotels_in_use", EJ26, ctx="that 198 hotels were"),
            L("31", 31, E, HOTELS, "asylum_hotels_in_use", EJ26, ctx="had 31 hotels in use", geo="North West"),
            L("198", 198, E, HOTELS, "asylum_hotels_in_use", EJ26 + " (between them)", ctx="the 198 hotels held"),
            L("27,460", 27460, E, P, HOT, EJ26),
            L("29 per cent", -29, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25),
            L("38,650", 38650, E, P, HOT, EJ25),
            L("417", 417, E, HOTELS, "asylum_hotels_in_use", PEAK + " (high-water mark)"),
            L("31", 31, E, HOTELS, "asylum_hotels_in_use", EJ26 + " (hotels by region panel)", ctx="North West: 31", geo="North West"),
            L("29", 29, E, HOTELS, "asylum_hotels_in_use", EJ26 + " (hotels by region panel)", ctx="London: 29", geo="London"),
            L("27", 27, E, HOTELS, "asylum_hotels_in_use", EJ26 + " (hotels by region panel)", ctx="Midlands: 27", geo="West Midlands"),
            L("22", 22, E, HOTELS, "asylum_hotels_in_use", EJ26 + " (hotels by region panel)", ctx="Humber: 22", geo=YH),
            L("19", 19, E, HOTELS, "asylum_hotels_in_use", EJ26 + " (hotels by region panel)", ctx="England: 19", geo="East of England"),
            L("18", 18, E, HOTELS, "asylum_hotels_in_use", EJ26 + " (hotels by region panel)", ctx="South East: 18", geo="South East"),
            L("52", 52, E, HOTELS, "asylum_hotels_in_use", EJ26 + " (rest of the UK; hotels by region panel)", ctx="UK: 52"),
            R("1,200 to 1,500", 1200, 1500, P, "protest_attendance", "15 August 2026 (Saturday; Grange Court Hotel; an estimated)", geo="Hexley Marsh"),
            V("several hundred", 300, 900, P, "counter_protest_attendance", "15 August 2026 (Saturday; Grange Court Hotel)", geo="Hexley Marsh"),
            L("17", 17, E, P, "protest_arrests", WKND + " (Lancashire Police)", ctx="said 17 of", geo="Hexley Marsh"),
            L("340", 340, E, P, "police_officers_deployed", WKND + " (on duty in the town; Assistant Chief Constable)", geo="Hexley Marsh"),
            L("214", 214, E, PROTESTS, "asylum_accommodation_protests", "1 January to 16 August 2026 (so far this year; Lancashire Police)", geo="Lancashire"),
            L("almost three times", 3, ALM, RATIO, "asylum_accommodation_protests_ratio", "1 January to 16 August 2026 vs the whole of 2025 (Lancashire Police)", geo="Lancashire"),
            L("up to 260", 260, AM, P, HOT, "since requisitioned (at a time; Grange Court Hotel; local MP)", geo="Hexley Marsh"),
            L("219", -219, E, HOTELS, "asylum_hotels_in_use_change", "August 2026 vs the 2023 peak (Home Office spokesman)"),
            L("more than half", 50, MT, PCT, "asylum_hotels_closed_share", "since the 2023 peak (Home Office spokesman)"),
            L("about £4.9million", 4.9e6, AP, GBP, AC, "per day, August 2026 (hotels; Whitehall sources)"),
            L("nearly £1.8billion", 1.8e9, ALM, GBP, AC, "per year, 2026 (hotels; Whitehall sources)"),
            L("66 per cent", 66, E, PCT, "poll_share_asylum_hotel_should_close", POLL + " (Britons wanting all asylum hotels emptied within twelve months)"),
            L("one in eight", 12.5, E, PCT, "poll_share_disapprove_asylum_hotel_protests", POLL),
        ]),
    "02-harbourlight-news-small-boats-people-per-boat-explained": dict(
        meta=dict(url="https://www.harbourlight.example/news/uk-explainers-small-boats-crowded-dinghies-france",
                  title="Small boats: Why are dinghies getting so crowded, and how many does France stop?",
                  publisher="Harbourlight News", author="Morwenna Tregaskis-Obi", published_date="2026-09-10"),
        labels=[
            L("27,318", 27318, E, P, SBA, YTD02 + " (Home Office)"),
            L("431", 431, E, BOATS, SBC, YTD02 + " (Home Office)"),
            L("9%", -9, E, PCT, SBA + "_change", YTD02 + " vs " + SAME25),
            L("almost a fifth", -20, ALM, PCT, SBC + "_change", YTD02 + " vs " + SAME25),
            L("63", 63, E, PPB, "small_boat_occupancy", YTD02 + " (average per dinghy)", ctx="average of 63 people"),
            L("28", 28, E, PPB, "small_boat_occupancy", "2021 (calendar year; chart)", ctx="2021: 28"),
            L("41", 41, E, PPB, "small_boat_occupancy", "2022 (calendar year; chart)", ctx="2022: 41"),
            L("49", 49, E, PPB, "small_boat_occupancy", "2023 (calendar year; chart)", ctx="2023: 49"),
            L("53", 53, E, PPB, "small_boat_occupancy", "2024 (calendar year; chart)", ctx="2024: 53"),
            L("61", 61, E, PPB, "small_boat_occupancy", "2025 (calendar year; chart)", ctx="2025: 61"),
            L("63", 63, E, PPB, "small_boat_occupancy", YTD02 + " (chart: 2026 to 8 Sept)", ctx="Sept): 63"),
            L("more than twice", 2, MT, RATIO, "people_per_boat_ratio", YTD02 + " vs 2021"),
            L("40,870", 40870, E, P, SBA, "2025 (calendar year; last year)"),
            L("670", 670, E, BOATS, SBC, "2025 (calendar year; last year)"),
            L("about 178,000", 178000, AP, P, "irregular_arrivals", "2025 (calendar year; irregular border crossings recorded by the EU)", geo="EU"),
            L("more than four times", 4, MT, RATIO, "irregular_arrivals_ratio", "2025 (EU irregular border crossings against small-boat arrivals in the UK)", geo="EU"),
            L("612", 612, E, P, SBA, MON),
            L("nine", 9, E, BOATS, SBC, MON, ctx="in nine boats"),
            L("68", 68, E, PPB, "small_boat_occupancy", MON + " (average)"),
            L("126", 126, E, PPB, "small_boat_occupancy_max", YTD02 + " (most crowded boat, intercepted in June; Home Office)"),
            R("10 or 12", 10, 12, PPB, "small_boat_occupancy", "2019 (typical boat; Channel Data Observatory researcher)"),
            L("about 30", 30, AP, PPB, "small_boat_design_capacity", "2026 (what boats are built for; Channel Data Observatory researcher)", geo=FR),
            L("around €1,400", 1400, AP, EUR, "smuggler_fee", "2026 (each place on a boat; Channel Data Observatory researcher)", geo=FR),
            L("nearly €90,000", 90000, ALM, EUR, "smuggling_revenue", "2026 (per boat with 63 on board; Channel Data Observatory researcher)", geo=FR),
            L("roughly 1,200", 1200, AP, P, "french_coastal_police_deployed", "2026 (any given night; prefecture in Lille)", geo=FR),
            L("14,600", 14600, E, P, "small_boat_launch_attempts_stopped_people", JA + " (French officers)", geo=FR),
            L("more than a third", THIRD, MT, PCT, "small_boat_launch_attempts_stopped_people_share", JA + " (of everyone who tried to cross; French officers)", geo=FR),
            L("512", 512, E, BOATS, "small_boat_launches_prevented", JA + " (French officers)", geo=FR),
            L("Roughly a quarter", 25, AP, PCT, "small_boat_count_share_taxi_boats", YTD02 + " (boats that collected passengers in the water; Channel Data Observatory)"),
            L("£476m", 476e6, E, GBP, "uk_funding_to_france", "March 2023 to 2026 (three-year deal signed in March 2023)"),
            L("more than 300", 300, MT, BOATS, "small_boats_and_engines_seized", YTD02 + " (boats and engines seized with partners in Europe; Home Office spokesperson)"),
        ]),
    "03-the-freestone-immigration-detention-deaths-length": dict(
        meta=dict(url="https://www.thefreestone.example/news/uk/home-news/immigration-detention-highest-since-pandemic-deaths-removal-centres-b2786415.html",
                  title="Immigration detention at highest level since before the pandemic as two more die in removal centres",
                  publisher="The Freestone", author="Eleni Drummond-Asante", published_date="2026-06-04"),
        labels=[
            L("two", 2, E, P, "detention_deaths", YTD03 + " (headline)", ctx="as two more die"),
            L("three years", 3, MT, YEARS, "detention_length_max", EM26 + " (one man; passes three years; standfirst)"),
            L("2,340", 2340, E, P, "detention_population", EM26),
            L("14 per cent", 14, E, PCT, "detention_population_change", EM26 + " vs " + EM25),
            L("fewer than 400", 400, LT, P, "detention_population", "mid-2020 (at one point; COVID-19)"),
            L("86", 86, E, P, "detention_population", EM26 + " (Dungavel, the only centre in Scotland)", geo=SC),
            L("28,650", 28650, E, P, "detention_entries", YM26),
            L("a fifth", 20, E, PCT, "detention_entries_change", YM26 + " vs " + YM25),
            L("more than 200", 200, MT, P, "immigration_detentions_rwanda", "spring 2024 (in a single week; earmarked for Rwanda)"),
            L("about 3,000", 3000, AP, P, "detention_capacity_planned", "by 2028 (places)"),
            L("28,120", 28120, E, P, "detention_leavers", YM26),
            L("71 per cent", 71, E, PCT, "detention_leavers_share_held_7_days_or_less", YM26),
            L("Around one in six", 100 / 6, AP, PCT, "detention_leavers_share_held_over_28_days", YM26),
            L("410", 410, E, P, "detention_leavers_held_over_6_months", YM26),
            L("1,104", 1104, E, DAYS, "detention_length_max", EM26 + " (longest current detention; The Freestone understands)"),
            L("Two", 2, E, P, "detention_deaths", YTD03 + " (removal centres)", ctx="Two people have died"),
            L("at least 61", 61, AL, P, "detention_deaths", "2000 to 4 June 2026 (since 2000; Open Gate Casework count)"),
            L("3,920", 3920, E, REPORTS, "detention_rule35_reports", C25 + " (doctors' reports of possible torture)"),
            L("1,410", 1410, E, P, "detention_rule35_reports_led_to_release", C25),
            L("just over a third", THIRD, MT, PCT, "detention_rule35_reports_share_led_to_release", C25),
            L("1,486", 1486, E, INCIDENTS, "detention_self_harm_incidents", C25 + " (requiring medical treatment; freedom of information)"),
            L("12 per cent", 12, E, PCT, "detention_self_harm_incidents_change", C25 + " vs " + C24),
            L("about £115", 115, AP, GBP, "detention_cost_per_person_per_day", "2024/25 (a day; Home Office accounts)"),
            L("£128m", 128e6, E, GBP, "detention_cost", "2024/25 (April 2024 to March 2025; detention estate; Home Office accounts)"),
            L("Over 60 per cent", 60, MT, PCT, "detention_leavers_share_returned", C25 + " (Home Office spokesperson)"),
            L("almost a quarter", 25, ALM, PCT, "returns_change", C25 + " (Home Office spokesperson)"),
            L("more than 5,200", 5200, MT, CALLS, "detention_charity_contacts", YTD03 + " (since January; Open Gate Casework advice line)"),
            L("3,100", 3100, E, CALLS, "detention_charity_contacts", "January to June 2025 (first half of 2025; Open Gate Casework advice line)"),
        ]),
    "04-quillpoint-hong-kong-bno-visa-five-years-on": dict(
        meta=dict(url="https://quillpoint.example/news/politics/hong-kong-bno-visa-five-years-settlement-explained",
                  title="Five years after the door opened, Hong Kongers in Britain can finally apply to stay for good",
                  publisher="Quillpoint", author="Wing-Yan Ashworth-Mbeki", published_date="2026-01-31"),
        labels=[
            L("231,400", 231400, E, P, "visa_applications_bno", SINCE + " (key numbers box)", occ=0),
            L("219,800", 219800, E, P, "visas_granted_bno", SINCE + " (key numbers box)", occ=0),
            L("14.2k", 14200, E, P, "visa_applications_bno", YS25 + " (key numbers box)"),
            L("c. 172,000", 172000, AP, P, "immigration_hong_kong_bno", SINCE + " (estimated arrivals; key numbers box)"),
            L("231,400", 231400, E, P, "visa_applications_bno", SINCE + " (by the end of September)", occ=1),
            L("219,800", 219800, E, P, "visas_granted_bno", SINCE, occ=1),
            L("about 95 per cent", 95, AP, PCT, "visa_applications_bno_share_granted", SINCE + " (grant rate)"),
            L("roughly 172,000", 172000, AP, P, "immigration_hong_kong_bno", SINCE + " (arrived so far; officials' estimate)"),
            L("103,900", 103900, E, P, "visa_applications_bno", "31 January 2021 to January 2022 (the route's first year)"),
            L("14,200", 14200, E, P, "visa_applications_bno", YS25 + " (the 12 months to September)"),
            L("nearly a fifth", -20, ALM, PCT, "visa_applications_bno_change", YS25 + " vs " + YS24),
            L("Just under a quarter", 25, ALM, PCT, "visas_granted_bno_share_children", SINCE + " (children under 18)"),
            L("17,000", 17000, E, P, "immigration_hong_kong", "year ending June 2025 (July 2024 to June 2025; ONS)"),
            L("76,000", 76000, E, P, "immigration_hong_kong", "2022 (calendar year; ONS)"),
            L("96,000", 96000, E, P, "population_born_hong_kong", "2021 census (21 March 2021)", geo=EW),
            L("about 6,200", 6200, AP, P, "bno_visa_holders_resident", "January 2026 (borough council estimate)", geo="Sutton"),
            L("around 3 per cent", 3, AP, PCT, "population_share_bno_visa_holders", "January 2026 (borough council estimate)", geo="Sutton"),
            L("£3,029", 3029, E, GBP, "settlement_application_fee", "January 2026 (indefinite leave to remain, per person)"),
            L("more than £12,000", 12000, MT, GBP, "settlement_application_fee_family_of_four", "January 2026 (a family of four)"),
            L("as many as 120,000", 120000, AM, P, "settlement_applications_bno_expected", "31 January 2026 to end of 2027 (Home Office expectation)"),
            L("1,850", 1850, E, P, "poll_sample_size", "survey of BN(O) arrivals, 2025 (Welcome Bridge UK)"),
            L("three-fifths", 60, E, PCT, "bno_arrivals_share_working_below_qualification", "survey, 2025 (Welcome Bridge UK)"),
            L("Almost nine in ten", 90, ALM, PCT, "bno_arrivals_share_planning_settlement", "survey, 2025 (Welcome Bridge UK)"),
            L("one in five", 20, E, PCT, "bno_arrivals_share_experienced_racist_abuse", "since arriving (survey, 2025; Welcome Bridge UK)"),
            R("£2.4bn to £2.9bn", 2.4e9, 2.9e9, GBP, "bno_route_net_fiscal_benefit_estimate", "five years from 2021 (Home Office impact assessment, 2020)"),
            L("£43.1m", 43.1e6, E, GBP, "hong_kong_welcome_programme_funding", "from 2021 (Welcome Programme, launched in 2021)"),
            L("113,200", -113200, E, P, "net_migration", "year to mid-2022 (July 2021 to June 2022; Hong Kong's statisticians; net outflow of residents)", geo=HK),
        ]),
    "05-the-bellringer-graduate-route-international-students-university-finances": dict(
        meta=dict(url="https://www.thebellringer.example/news/2026/04/18/universities-brace-losses-overseas-students-turn-away-britain/",
                  title="Universities brace for losses as overseas students turn away from Britain",
                  publisher="The Bellringer", author="Piers Latimer-Osei", published_date="2026-04-18"),
        labels=[
            L("£12.3bn", 12.3e9, E, GBP, "international_student_fee_income", AY25 + " (record; standfirst)", occ=0),
            L("94,700", 94700, E, P, "visas_granted_graduate", C25),
            L("13 per cent", -13, E, PCT, "visas_granted_graduate_change", C25 + " vs " + C24),
            L("More than 470,000", 470000, MT, P, "visas_granted_graduate", "July 2021 to December 2025 (since the route opened)"),
            L("38,800", 38800, E, P, "visas_granted_graduate_india", C25),
            L("41 per cent", 41, E, PCT, "visas_granted_graduate_share_india", C25),
            L("nearly three times", 3, ALM, RATIO, "visas_granted_graduate_india_ratio", C25 + " (Indian against Nigerian nationals)"),
            L("13,600", 13600, E, P, "visas_granted_graduate_nigeria", C25),
            L("18,500", 18500, E, P, "visas_granted_graduate_dependants", C25),
            L("around a third", THIRD, AP, PCT, "visas_granted_graduate_holders_share_earning_under_20000", "2025 (Home Office review; jobs paying less than £20,000 a year)"),
            L("711,400", 711400, E, P, "international_students", AY25 + " (HESA)"),
            L("3 per cent", -3, E, PCT, "international_students_change", AY25 + " vs " + AY24),
            L("732,300", 732300, E, P, "international_students", AY24),
            L("11 per cent", -11, E, PCT, "international_postgraduate_entrants_change", AY25 + " vs " + AY24 + " (new postgraduates)"),
            L("201,600", 201600, E, P, "international_postgraduate_entrants", AY25 + " (new postgraduates)"),
            L("143,800", 143800, E, P, "international_students_china", AY25),
            L("more than a quarter", -25, MT, PCT, "international_students_india_change", AY25 + " vs " + AY24),
            L("£12.3bn", 12.3e9, E, GBP, "international_student_fee_income", AY25 + " (record; Office for Students)", occ=1),
            L("about 24 per cent", 24, AP, PCT, "university_income_share_international_fees", AY25 + " (Office for Students)"),
            L("£38m", 38e6, E, GBP, "university_deficit_forecast", AY26 + " (crosshead)", occ=0, geo="University of Northmoor"),
            L("45 per cent", 45, E, PCT, "universities_share_in_deficit", AY26 + " (Office for Students forecast)", geo=ENG),
            L("40 per cent", 40, E, PCT, "universities_share_in_deficit", AY25 + " (last year)", geo=ENG),
            L("£1.6bn", 1.6e9, E, GBP, "university_sector_deficit_forecast", AY26 + " (combined shortfall across the sector; Office for Students)", geo=ENG),
            L("six", 6, E, UNIS, "universities_forecasting_deficit", AY26 + " (of the nine universities)", ctx="six of the nine", geo=WA),
            L("400", 400, E, P, "university_job_cuts", "April 2026 (announced)", geo="University of Northmoor"),
            L("£38m", 38e6, E, GBP, "university_deficit_forecast", AY26 + " (forecast)", occ=1, geo="University of Northmoor"),
            L("a fifth", -20, E, PCT, "international_student_recruitment_change", "in a single year (vice-chancellor)", ctx="falls by a fifth", geo="University of Northmoor"),
            L("at least 10,000", 10000, AL, P, "university_job_cuts", "January 2024 to April 2026 (since the start of 2024; cut or put at risk; Council of University Principals)"),
        ]),
    "06-the-knockagh-standard-ni-population-common-travel-area": dict(
        meta=dict(url="https://www.knockaghstandard.example/news/northern-ireland/migration-keeps-ni-growing-questions-over-open-border-a2026062501.html",
                  title="Migration keeps Northern Ireland growing as questions mount over the open border",
                  publisher="The Knockagh Standard", author="Aoife McCambridge-Adeyemi", published_date="2026-06-25"),
        labels=[
            L("6,200", 6200, E, P, "net_migration_international", YM25NI + " (standfirst)", occ=0, geo=NI),
            L("1,400", -1400, E, P, "net_migration_rest_of_uk", YM25NI + " (lost to Great Britain; standfirst)", occ=0, geo=NI),
            L("1,936,300", 1936300, E, P, "population", M25, geo=NI),
            L("8,100", 8100, E, P, "population_growth", YM25NI, geo=NI),
            L("0.4%", 0.4, E, PCT, "population_change", YM25NI, geo=NI),
            L("2,300", 2300, E, P, "population_revision", "mid-2024 (30 June 2024; revised up)", geo=NI),
            L("3,300", 3300, E, P, "population_natural_change", YM25NI, geo=NI),
            L("20,900", 20900, E, P, "births", YM25NI, geo=NI),
            L("17,600", 17600, E, P, "deaths", YM25NI, geo=NI),
            L("6,200", 6200, E, P, "net_migration_international", YM25NI, occ=1, geo=NI),
            L("Some 19,800", 19800, AP, P, "immigration", YM25NI + " (arrived from outside the UK)", geo=NI),
            L("13,600", 13600, E, P, "emigration", YM25NI + " (left for outside the UK)", geo=NI),
            L("more than a third", -THIRD, MT, PCT, "net_migration_international_change", YM25NI + " vs " + YM24NI, geo=NI),
            L("9,700", 9700, E, P, "net_migration_international", YM24NI, geo=NI),
            L("1,400", -1400, E, P, "net_migration_rest_of_uk", YM25NI + " (net loss to Great Britain)", occ=1, geo=NI),
            L("352,400", 352400, E, P, "population", M25, geo="Belfast"),
            L("1.1%", 1.1, E, PCT, "population_change", YM25NI + " (fastest-growing council area)", geo="Mid Ulster"),
            L("five", 5, E, AREAS, "council_areas_population_decline", YM25NI + " (of the 11 councils)", ctx="while five of the 11", geo=NI),
            L("18.4%", 18.4, E, PCT, "population_share_aged_65_and_over", M25, geo=NI),
            L("6.5%", 6.5, E, PCT, "population_share_born_abroad", "2021 census (21 March 2021; born outside the UK and Ireland)", geo=NI),
            L("Around three-quarters", 75, AP, PCT, "asylum_applications_share_via_northern_ireland", C25 + " (Ireland's justice minister)", geo=IE),
            L("1,270", 1270, E, P, "operation_gull_detections", "2025 (calendar year; ports and airports)", geo=NI),
            L("17%", 17, E, PCT, "operation_gull_detections_change", "2025 vs 2024", geo=NI),
            L("£16", 16, E, GBP, "electronic_travel_authorisation_fee", "since April 2025 (per authorisation)"),
            L("12%", -12, E, PCT, "overseas_visitor_day_trips_from_dublin_change", "April 2025 to March 2026 (the first year of ETAs; tourism bodies)", geo=NI),
            L("Around 30,000", 30000, AP, P, "cross_border_commuters", "2026 (every day; SDLP MLA)", geo="Irish border"),
            L("about 1.97 million", 1.97e6, AP, P, "population_projection", "early 2040s (peak; NISRA's last projections)", geo=NI),
        ]),
    "07-the-calverley-post-yorkshire-councils-asylum-dispersal-costs": dict(
        meta=dict(url="https://www.calverleypost.example/news/politics/yorkshire-councils-left-ps227m-short-as-asylum-dispersal-concentrates-in-poorest-towns-4581263",
                  title="Yorkshire councils left £22.7m short as asylum dispersal concentrates in the poorest towns",
                  publisher="The Calverley Post", author="Joe Ackroyd-Nwachukwu", published_date="2026-03-03"),
        labels=[
            L("£22.7m", 22.7e6, E, GBP, "council_asylum_cost_shortfall", FY25 + " (headline)", occ=0, geo=YH),
            L("more than twice", 2, MT, RATIO, "asylum_dispersal_population_per_10000_residents_ratio", ED25 + " (Hull against Leeds; standfirst)", geo=HULL),
            L("£41.6m", 41.6e6, E, GBP, "council_asylum_cost", FY25 + " (supporting asylum seekers and refugees; Yorkshire and Humber Councils' Migration Board)", geo=YH),
            L("£18.9m", 18.9e6, E, GBP, "home_office_funding_to_councils", FY25 + " (Yorkshire and Humber Councils' Migration Board)", geo=YH),
            L("£22.7m", 22.7e6, E, GBP, "council_asylum_cost_shortfall", FY25 + " (Yorkshire and Humber Councils' Migration Board)", occ=1, geo=YH),
            L("12,460", 12460, E, P, ASP, ED25 + " (when December ended)", geo=YH),
            L("9%", 9, E, PCT, ASP + "_change", ED25 + " vs " + ED24, geo=YH),
            L("11,340", 11340, E, P, ADP, ED25, geo=YH),
            L("1,120", 1120, E, P, HOT, ED25, geo=YH),
            L("26", 26, E, HOTELS, "asylum_hotels_in_use", ED25 + " (at the year end)", geo=YH),
            L("41", 41, E, HOTELS, "asylum_hotels_in_use", ED24 + " (twelve months before)", geo=YH),
            L("1,910", 1910, E, P, ADP, ED25 + " (list)", geo="Leeds"),
            L("1,760", 1760, E, P, ADP, ED25 + " (list)", geo="Bradford"),
            L("1,530", 1530, E, P, ADP, ED25 + " (list)", geo="Sheffield"),
            L("1,340", 1340, E, P, ADP, ED25 + " (list)", geo=HULL),
            L("1,150", 1150, E, P, ADP, ED25 + " (list)", geo="Kirklees"),
            L("840", 840, E, P, ADP, ED25 + " (list)", geo="Wakefield"),
            L("720", 720, E, P, ADP, ED25 + " (list)", geo="Calderdale"),
            L("650", 650, E, P, ADP, ED25 + " (list)", geo="Rotherham"),
            L("610", 610, E, P, ADP, ED25 + " (list)", geo="Doncaster"),
            L("470", 470, E, P, ADP, ED25 + " (list)", geo="Barnsley"),
            L("360", 360, E, P, ADP, ED25 + " (rest of region; list)", geo=YH),
            L("about 50", 50, AP, PER10K, "asylum_dispersal_population_per_10000_residents", ED25, geo=HULL),
            L("32", 32, E, PER10K, "asylum_dispersal_population_per_10000_residents", ED25, geo="Bradford"),
            L("23", 23, E, PER10K, "asylum_dispersal_population_per_10000_residents", ED25, geo="Leeds"),
            L("more than 600,000", 600000, MT, P, "population", "latest estimate (home to)", geo="North Yorkshire"),
            L("85", 85, E, P, ADP, ED25, geo="North Yorkshire"),
            L("almost 12%", 12, ALM, PCT, "asylum_dispersal_population_share_yorkshire_and_the_humber", ED25 + " (of everyone in dispersal accommodation in England)", geo=ENG),
            L("under a tenth", 10, LT, PCT, "population_share_yorkshire_and_the_humber_of_england", "latest estimate", geo=ENG),
            L("538", 538, E, HOUSEHOLDS, "refugees_homeless_after_leaving_asylum_support", C25 + " (refugee households; Hull City Council)", geo=HULL),
            L("more than double", 2, MT, RATIO, "refugees_homeless_after_leaving_asylum_support_ratio", "2025 vs 2023 (Hull City Council)", geo=HULL),
            L("£3.4m", 3.4e6, E, GBP, "council_reserves_used_asylum_costs", "2024 to 2026 (over two years; Kirklees Council)", geo="Kirklees"),
            L("£750", 750, E, GBP, "council_asylum_grant_per_dispersal_bed", "per year, since 2023 (chair of the migration board)"),
            L("roughly 45p in every pound", 45, AP, PCT, "council_asylum_cost_share_funded_by_home_office", FY25 + " (chair of the migration board)", geo=YH),
            L("more than a third", -THIRD, MT, PCT, "asylum_hotels_in_use_change", ED25 + " vs " + ED24 + " (since the previous December; Home Office spokesperson)", geo=YH),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
