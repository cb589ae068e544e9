#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the eighty-eighth hand-labelled hold-out set (holdout88).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, RATIO, PPB, HOTELS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, SBA, NM, AC, HOT, PTR, RSC, EW)

UK, FR, WA, NI, ENG, EU = "UK", "France", "Wales", "Northern Ireland", "England", "EU"
BEL, LINCS = "Belfast", "Lincolnshire"
VAC, DAYS, FLIGHTS, PPF = "other:vacancies", "other:days", "other:flights", "other:persons_per_flight"
CALLS, GROWERS, REFERRALS, PROVIDERS = "other:calls", "other:growers", "other:referrals", "other:providers"

# 01 (Friday 22 May 2026; Home Office statistics to the end of March 2026 "released yesterday", Thursday 21 May)
FY26 = "2025/26 (April 2025 to March 2026)"
FY25 = "2024/25 (April 2024 to March 2025; the year before)"
EM26 = "end of March 2026 (31 March 2026)"
EM25 = "end of March 2025 (31 March 2025; twelve months earlier)"
HIU = "asylum_hotels_in_use"
SHS = "Shadow Home Secretary"
HOS = "Home Office spokesman"
HI = "Harcourt Insight poll for the Daily Tonnage"
# 02 (Saturday 25 April 2026; Home Office figures "slipped out on Thursday", 23 April)
PILOT = "18 September 2025 to 19 April 2026 (since the first removal flight under the pilot)"
# 03 (Tuesday 3 March 2026; Home Office figures for 2025 "published last week", Thursday 26 February)
NWR = "nhs_wales_nurses_recruited_overseas"
NJR = "nurses_joining_register_internationally_educated"
YS25 = "October 2024 to September 2025 (the year to September 2025; NMC register)"
YS24 = "October 2023 to September 2024 (the previous 12 months; NMC register)"
HCW = "visas_granted_health_care_worker"
CNA = "Cambrian Nursing Alliance survey of internationally recruited nurses in Wales"
# 04 (Friday 26 June 2026; NISRA mid-2025 population estimates "published on Thursday", 25 June)
YM25 = "year to mid-2025 (July 2024 to June 2025)"
M25 = "mid-2025 (30 June 2025)"
CROMAC = "Cromac Institute demographer"
# 05 (Sunday 29 November 2026; Home Office statistics to the end of September 2026 "published on Thursday", 26 November)
YES26 = "year ending September 2026 (October 2025 to September 2026)"
YES25 = "year ending September 2025 (October 2024 to September 2025)"
ES26 = "end of September 2026 (30 September 2026)"
ES25 = "end of September 2025 (30 September 2025; twelve months before)"
CRF = "charter_removal_flights"
GVN = "Gatewatch Visitors Network director"
# 06 (Tuesday 14 April 2026; seasonal worker allocation for 2026 and Home Office visa figures)
SWA = "seasonal_worker_visa_allocation_horticulture"
VSW = "visas_granted_seasonal_worker"
LGF = "Witham and Welland Growers' Forum survey, published on Monday 13 April 2026"
FEN = "Fenmarsh Produce"
# 07 (Wednesday 10 June 2026; Home Office figures to March 2026 and ONS estimates "published last month")
CW = "visas_granted_care_worker"
YM26 = "April 2025 to March 2026 (the 12 months to March)"
YM24 = "April 2023 to March 2024 (the year to March 2024, when the ban came into force)"
KAB = "Kin Across Borders survey of migrant care workers"
HPA = "Homecare Providers' Alliance survey"

ARTICLES = {
    "01-daily-tonnage-asylum-hotel-closures-bill": dict(
        meta=dict(url="https://www.dailytonnage.example/news/politics/2206418/migrant-hotel-bill-5million-a-day-148-hotels-open-labour-vow",
                  title="Migrant hotel bill still MORE than £5MILLION a day as 148 hotels stay open despite Labour vow",
                  publisher="Daily Tonnage", author="Marcus Pellingham-Oduya", published_date="2026-05-22"),
        labels=[
            L("MORE than £5MILLION", 5e6, MT, GBP, AC, "per day, 2025/26 (the hotel bill; headline)"),
            L("148", 148, E, HOTELS, HIU, EM26 + " (still open; headline)", occ=0),
            L("more than £5million", 5e6, MT, GBP, AC, "per day, 2025/26 (to put up asylum seekers in hotels; standfirst)"),
            L("£1.86billion", 1.86e9, E, GBP, AC, FY26 + " (hotel rooms for migrants; latest spending figures)"),
            L("roughly £5.1million", 5.1e6, AP, GBP, AC, "per day, " + FY26 + " (hotel rooms)"),
            L("23 percent", -23, E, PCT, AC + "_change", "2025/26 vs 2024/25 (the hotel bill, lower)"),
            L("£2.41billion", 2.41e9, E, GBP, AC, FY25 + " (hotel rooms)"),
            L("24,870", 24870, E, P, HOT, EM26 + " (when March ended; statistics released yesterday)"),
            L("29 percent", -29, E, PCT, HOT + "_change", EM26 + " vs " + EM25),
            L("35,020", 35020, E, P, HOT, EM25),
            L("148", 148, E, HOTELS, HIU, EM26, occ=1),
            L("nearly a third", -THIRD, ALM, PCT, HIU + "_change", EM26 + " vs end of March 2025 (fewer hotels)"),
            L("218", 218, E, HOTELS, HIU, EM25 + " (the same point last year)"),
            L("more than 400", 400, MT, HOTELS, HIU, "summer 2023 (when numbers were at their height)"),
            L("Almost a quarter", 25, ALM, PCT, "asylum_support_share_hotels", EM26 + " (of people on asylum support, in hotel rooms)"),
            L("103,600", 103600, E, P, "asylum_support_population", EM26),
            L("Some 61,200", 61200, AP, P, "asylum_dispersal_population", EM26 + " (dispersal housing)"),
            L("around 1,100", 1100, AP, P, "large_site_population", EM26 + " (at former military sites)"),
            L("£139", 139, E, GBP, "asylum_hotel_cost_per_person_night", "per night, 2026 (a hotel place)"),
            L("£23", 23, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, 2026 (a room in dispersal accommodation)"),
            L("six times", 6, E, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2026 (hotel place vs dispersal room)"),
            L("almost £3.7billion", 3.7e9, ALM, GBP, AC, "5 July 2024 to May 2026 (hotels, since Labour took office; " + SHS + ")"),
            L("148", 148, E, HOTELS, HIU, "May 2026 (still open; " + SHS + ")", occ=2),
            L("12,906", 12906, E, P, SBA, "1 January to 22 May 2026 (so far this year)"),
            L("8 percent", 8, E, PCT, SBA + "_change", "1 January to 22 May 2026 vs the same point in 2025"),
            L("4,300", 4300, E, P, "petition_signatures", "2024 to March 2026 (calling for the Ashcombe Court Hotel to close)", geo="Tamworth"),
            L("160", 160, E, P, HOT, "2024 to 2026 (men at the Ashcombe Court Hotel, as residents were told; petition organiser)", geo="Tamworth"),
            L("2,012", 2012, E, P, "poll_sample_size", "May 2026 (adults; " + HI + ")"),
            L("64 percent", 64, E, PCT, "poll_share_asylum_hotel_should_close", "May 2026 (every asylum hotel shut within a year; " + HI + ")"),
            L("19 percent", 19, E, PCT, "poll_share_oppose_asylum_hotel_closure", "May 2026 (against; " + HI + ")"),
            V("millions", 2e6, 9e6, GBP, AC, "per day, July 2024 (hotels, when the Government took office; " + HOS + ")"),
            L("70", 70, E, HOTELS, "asylum_hotels_closed", "June 2025 to May 2026 (the past 12 months; " + HOS + ")"),
            L("£550million", -550e6, E, GBP, AC + "_change", "2025/26 vs 2024/25 (the hotel bill, cut by; " + HOS + ")"),
            L("more than 60,000", 60000, MT, P, "returns", "5 July 2024 to May 2026 (since 5 July 2024; sent home; " + HOS + ")"),
        ]),
    "02-the-pilaster-one-in-one-out-france-returns": dict(
        meta=dict(url="https://www.thepilaster.example/article/fourteen-in-one-out-the-awkward-arithmetic-of-the-france-deal/",
                  title="Fourteen in, one out: the awkward arithmetic of the France deal",
                  publisher="The Pilaster", author="Ambrose Tiernan-Okafor", published_date="2026-04-25"),
        labels=[
            L("Fourteen", 14, E, RATIO, "small_boat_arrivals_per_return_ratio", PILOT + " (arrivals per return to France; headline)", geo=FR),
            L("a little over a thousand", 1000, MT, P, "returns", "September 2025 to April 2026 (sent back under the pilot in seven months; standfirst)", geo=FR),
            L("1,140", 1140, E, P, "returns", PILOT + " (returned to France under the scheme; Home Office figures of Thursday)", geo=FR),
            L("16,420", 16420, E, P, SBA, PILOT + " (over the same period)"),
            L("about 14", 14, AP, RATIO, "small_boat_arrivals_per_return_ratio", PILOT + " (arrivals for every person removed)", geo=FR),
            L("7 per cent", 7, E, PCT, "returns_share_of_small_boat_arrivals", PILOT + " (a return rate)", geo=FR),
            L("870", 870, E, P, "uk_france_legal_route_arrivals", PILOT + " (come the other way, through the reciprocal route)"),
            L("270", 270, E, P, "uk_france_deal_net_removals", PILOT + " (net reduction: returns minus reciprocal arrivals)"),
            L("31", 31, E, P, "returns", "September 2025 (the first month of the pilot)", ctx="just 31 people", geo=FR),
            L("243", 243, E, P, "returns", "March 2026", geo=FR),
            L("around 50", 50, AP, P, "returns_france_weekly_cap", "per week, from September 2025 (the initial ceiling; Home Secretary)", geo=FR),
            L("100", 100, E, P, "returns_france_weekly_cap", "per week, by summer 2026 (the ceiling will rise to; Home Secretary)", occ=0, geo=FR),
            L("100", 100, E, P, "returns_france_weekly_cap", "per week, summer 2026 (even at this ceiling; columnist's arithmetic)", occ=1, geo=FR),
            L("5,200", 5200, E, P, "returns_france_annual_capacity", "per year (at 100 a week; columnist's arithmetic)", geo=FR),
            L("about an eighth", 12.5, AP, PCT, "returns_france_annual_capacity_share_of_arrivals", "per year, against 2025 arrivals (columnist's arithmetic)", geo=FR),
            L("41,000-odd", 41000, AP, P, SBA, "2025 (calendar year; last year's arrivals)"),
            L("more than 20 years", 20, MT, YEARS, "returns_france_years_to_match_annual_arrivals", "April 2026 (at this rate, to return one year's crossings)"),
            L("31 per cent", 31, E, PCT, "returns_share_eritrean", PILOT + " (of those removed so far)", occ=0, geo=FR),
            L("22 per cent", 22, E, PCT, "returns_share_sudanese", PILOT + " (of those removed so far)", geo=FR),
            L("86", 86, E, P, "returns_france_legal_challenges", PILOT + " (of the first 300 selected; officials, privately)", geo=FR),
            L("£290 million", 290e6, E, GBP, PTR, "April 2022 to April 2024 (handed to Kigali)"),
            L("£700 million", 700e6, E, GBP, RSC, "April 2022 to July 2024 (spent on the Rwanda scheme in all)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers flown to Rwanda)"),
            L("£476 million", 476e6, E, GBP, "uk_france_funding", "2023 to April 2026 (since 2023; for patrols on French beaches)"),
            L("more than 90 per cent", -90, MT, PCT, SBA + "_change", "2023 vs 2022 (Albanian crossings, within a year of the 2022 arrangement)"),
            L("roughly 12,000", 12000, AP, P, SBA, "2022 (calendar year; Albanians)"),
            L("under 1,000", 1000, LT, P, SBA, "2023 (calendar year; Albanians, a year later)"),
            L("fewer than a quarter", 25, LT, PCT, "returns_share_of_return_orders", "recent years (people ordered to leave who are actually removed)", geo=EU),
            L("6,215", 6215, E, P, SBA, "1 January to 23 April 2026 (so far this year; by Thursday)"),
            L("9,040", 9040, E, P, SBA, "1 January to 23 April 2025 (by this date in 2025)"),
            L("31 per cent", -31, E, PCT, SBA + "_change", "1 January to 23 April 2026 vs the same period of 2025", occ=1),
            L("64", 64, E, PPB, "small_boat_occupancy", "2026 (the average dinghy now; so far this year)"),
            L("53", 53, E, PPB, "small_boat_occupancy", "2024 (calendar year; two years ago)"),
            L("fewer than one in five", 20, LT, PCT, "asylum_refused_share_removed_within_year",
              "April 2026 (at present; refused asylum seekers removed within a year of the decision)"),
        ]),
    "03-cantref-news-wales-overseas-nurses-health-care-visas": dict(
        meta=dict(url="https://www.cantrefnews.example/news/articles/c8w2kq4n7v1o",
                  title="Overseas nurse recruitment to Welsh NHS falls 60% in two years",
                  publisher="Cantref News", author="Carys Pennant-Adebayo", published_date="2026-03-03"),
        labels=[
            L("60%", -60, E, PCT, NWR + "_change", "2025 vs 2023 (in two years; headline)", occ=0, geo=WA),
            L("about one in seven", 100 / 7, AP, PCT, "nurses_register_share_internationally_educated", "September 2025 (now; trained overseas; caption)", geo=WA),
            L("60%", -60, E, PCT, NWR + "_change", "2025 vs 2023 (in two years)", occ=1, geo=WA),
            L("410", 410, E, P, NWR, "2025 (calendar year; all-Wales recruitment programme)", geo=WA),
            L("1,030", 1030, E, P, NWR, "2023 (calendar year)", geo=WA),
            L("almost halved", -50, ALM, PCT, HCW + "_change", "2025 vs 2024 (across the UK)"),
            L("21,800", 21800, E, P, HCW, "2025 (calendar year; main applicants; Home Office figures published last week)"),
            L("47%", -47, E, PCT, HCW + "_change", "2025 vs 2024 (main applicants)"),
            L("41,100", 41100, E, P, HCW, "2024 (calendar year; main applicants)"),
            L("700", 700, E, P, NJR, YS25 + " (nurses trained abroad with an address in Wales)", geo=WA),
            L("fewer than half", 0.5, LT, RATIO, NJR + "_ratio", "year to September 2025 vs the previous 12 months", geo=WA),
            L("1,460", 1460, E, P, NJR, YS24, geo=WA),
            L("14,240", 14240, E, P, NJR, YS25 + " (nurses and midwives, across the UK)"),
            L("41%", -41, E, PCT, NJR + "_change", "year to September 2025 vs the previous 12 months (across the UK)"),
            L("about 5,600", 5600, AP, P, "nurses_register_internationally_educated", "September 2025 (now; overseas-trained nurses and midwives)", geo=WA),
            L("38,900", 38900, E, P, "nurses_register", "September 2025 (nurses and midwives in total)", geo=WA),
            L("roughly one in seven", 100 / 7, AP, PCT, "nurses_register_share_internationally_educated", "September 2025 (now)", geo=WA),
            L("£96.7m", 96.7e6, E, GBP, "nhs_wales_agency_nursing_spend", "2024-25 (April 2024 to March 2025)", geo=WA),
            L("£133.4m", 133.4e6, E, GBP, "nhs_wales_agency_nursing_spend", "2022-23 (April 2022 to March 2023; the peak, two years earlier)", geo=WA),
            L("1,580", 1580, E, VAC, "nhs_nursing_vacancies", "end of September 2025 (registered nurse vacancies reported by health boards)", geo=WA),
            L("22%", -22, E, PCT, "nhs_nursing_vacancies_change", "end of September 2025 vs a year before", geo=WA),
            L("180", 180, E, P, NWR, "2025 (last year's overseas recruits; Betsi Cadwaladr University Health Board)", geo="North Wales"),
            L("more than two in five", 40, MT, PCT, NWR + "_share_betsi_cadwaladr", "2025 (of the total)", geo=WA),
            L("Nearly two-thirds", 200 / 3, ALM, PCT, NWR + "_share_india_philippines", "2025 (nurses who arrived in 2025)", geo=WA),
            L("1,240", 1240, E, P, "poll_sample_size", "early 2026 (" + CNA + ")", geo=WA),
            L("38%", 38, E, PCT, "nurses_internationally_recruited_share_considering_leaving_uk", "2026 (within two years; " + CNA + ")", geo=WA),
            L("almost half", 50, ALM, PCT, "nurses_internationally_recruited_share_less_likely_to_stay",
              "2026 (because of the settlement proposals; " + CNA + ")", geo=WA),
            L("one in five", 20, E, PCT, "nurses_internationally_recruited_share_moved_abroad_or_applying",
              "March 2026 (colleagues from abroad who have moved on or are applying; Cambrian Nursing Alliance director)", geo=WA),
            L("£4.2m", 4.2e6, E, GBP, "welsh_government_international_nurse_recruitment_funding", "2026-27 (April 2026 to March 2027; Welsh Government)", geo=WA),
            L("3,950", 3950, E, P, "nurse_training_places", "2025-26 (this year; a record, commissioned; Welsh Government)", geo=WA),
            L("£1,035", 1035, E, GBP, "visa_immigration_health_surcharge", "per year, March 2026 (health and care visa holders exempt; Home Office spokesperson)"),
        ]),
    "04-belfast-daylight-nisra-population-estimates": dict(
        meta=dict(url="https://www.belfastdaylight.example/news/northern-ireland/northern-ireland-population-record-193-million-migration-growth-5120467",
                  title="Northern Ireland population reaches record 1.93 million as migration drives growth",
                  publisher="Belfast Daylight", author="Ciaran Duddy-Ameobi", published_date="2026-06-26"),
        labels=[
            L("1.93 million", 1.93e6, E, P, "population", M25 + " (a record; headline)", geo=NI),
            L("0.9%", 0.9, E, PCT, "population_change", YM25 + " (the council area; caption)", occ=0, geo=BEL),
            L("7,300", 7300, E, P, "population_growth", YM25 + " (the year ending June 2025)", geo=NI),
            L("1,934,600", 1934600, E, P, "population", M25 + " (estimates published on Thursday)", geo=NI),
            L("0.4%", 0.4, E, PCT, "population_change", YM25 + " (the same as in the previous year; NISRA)", geo=NI),
            L("more than half", 50, MT, PCT, "net_migration_share_of_population_growth", YM25 + " (for the second year running)", geo=NI),
            L("4,050", 4050, E, P, NM, YM25 + " (a net 4,050 moved to Northern Ireland)", geo=NI),
            L("3,250", 3250, E, P, "population_natural_change", YM25 + " (births outnumbered deaths)", geo=NI),
            L("19,800", 19800, E, P, "immigration", YM25 + " (long-term arrivals from outside the UK)", geo=NI),
            L("14,200", 14200, E, P, "emigration", YM25 + " (departures)", geo=NI),
            L("5,600", 5600, E, P, "net_migration_international", YM25, geo=NI),
            L("4,900", 4900, E, P, "net_migration_international", "year to mid-2024 (July 2023 to June 2024; a year earlier)", geo=NI),
            L("1,550", -1550, E, P, "net_migration_rest_of_uk", YM25 + " (more leaving for Great Britain than arriving from it)", geo=NI),
            L("2.1%", -2.1, E, PCT, "births_change", YM25 + " vs the year to mid-2024", geo=NI),
            L("20,150", 20150, E, P, "births", YM25 + " (the lowest in NISRA's current series)", geo=NI),
            L("16,900", 16900, E, P, "deaths", YM25, geo=NI),
            L("1,200", 1200, E, P, "population_revision", "mid-2024 (30 June 2024; estimate revised up)", geo=NI),
            L("1,927,300", 1927300, E, P, "population", "mid-2024 (30 June 2024; revised estimate)", geo=NI),
            L("342,900", 342900, E, P, "population_aged_65_and_over", M25, geo=NI),
            L("17.7%", 17.7, E, PCT, "population_share_aged_65_and_over", M25, geo=NI),
            L("more than one in six", SIXTH, MT, PCT, "population_share_aged_65_and_over", M25, geo=NI),
            L("373,300", 373300, E, P, "population_aged_under_16", M25 + " (children under 16)", geo=NI),
            L("2.5%", 2.5, E, PCT, "population_aged_65_and_over_change", YM25 + " (in a year)", geo=NI),
            L("0.6%", -0.6, E, PCT, "population_aged_under_16_change", YM25 + " (in a year)", geo=NI),
            L("41,100", 41100, E, P, "population_aged_85_and_over", M25, geo=NI),
            L("almost doubled", 2, ALM, RATIO, "population_aged_85_and_over_ratio", "mid-2025 vs 2001 (since 2001)", geo=NI),
            L("351,200", 351200, E, P, "population", M25 + " (the largest of the 11 council areas)", geo=BEL),
            L("0.9%", 0.9, E, PCT, "population_change", YM25, occ=1, geo=BEL),
            L("1.2%", 1.2, E, PCT, "population_change", YM25 + " (grew fastest)", geo="Mid Ulster"),
            L("0.1%", -0.1, E, PCT, "population_change", YM25 + " (fell)", geo="Derry City and Strabane"),
            L("226,400", 226400, E, P, "population", M25 + " (the second largest council area)", geo="Armagh City, Banbridge and Craigavon"),
            L("around 8,000", 8000, AP, P, "population_natural_change", "per year, about 2005 (twenty years ago; " + CROMAC + ")", geo=NI),
            L("well under half", 0.5, LT, RATIO, "population_natural_change_ratio", "year to mid-2025 vs twenty years ago (" + CROMAC + ")", geo=NI),
            L("5.46 million", 5.46e6, E, P, "population", "April 2025 (Central Statistics Office)", geo="Ireland"),
            L("around 1.96 million", 1.96e6, AP, P, "population_projection", "mid-2040s (projected peak; NISRA's most recent projections)", geo=NI),
        ]),
    "05-the-mortise-immigration-detention-charter-flights": dict(
        meta=dict(url="https://www.themortise.example/news/uk/home-news/immigration-detention-three-year-high-charter-flights-home-office-b3018846.html",
                  title="Immigration detention hits three-year high as charter removal flights rise by more than half",
                  publisher="The Mortise", author="Rhiannon Castellano-Boateng", published_date="2026-11-29"),
        labels=[
            L("more than half", 50, MT, PCT, CRF + "_change", YES26 + " vs " + YES25 + " (headline)"),
            L("2,460", 2460, E, P, "detention_population", ES26 + " (figures published on Thursday)"),
            L("19 per cent", 19, E, PCT, "detention_population_change", ES26 + " vs " + ES25),
            L("2,070", 2070, E, P, "detention_population", ES25),
            L("31,700", 31700, E, P, "detention_entries", YES26 + " (over the year to September)"),
            L("17 per cent", 17, E, PCT, "detention_entries_change", YES26 + " vs " + YES25),
            L("31,200", 31200, E, P, "detention_leavers", YES26),
            L("64 per cent", 64, E, PCT, "detention_leavers_share_returned", YES26 + " (removed from the UK)"),
            L("71 per cent", 71, E, PCT, "detention_leavers_share_held_7_days_or_less", YES26 + " (seven days or fewer inside)"),
            L("440", 440, E, P, "detention_population_held_over_28_days", ES26 + " (passed the 28-day mark)"),
            L("412 days", 412, E, DAYS, "detention_length_max", ES26 + " (the longest-serving detainee)"),
            L("97", 97, E, FLIGHTS, CRF, YES26 + " (the 12 months to September)"),
            L("61", 61, E, FLIGHTS, CRF, YES25 + " (the previous year)"),
            L("Almost a third", THIRD, ALM, PCT, CRF + "_share_albania", YES26),
            L("Some 4,890", 4890, AP, P, "returns", YES26 + " (removed on charter flights)"),
            L("about 50", 50, AP, PPF, "charter_removal_flight_occupancy", YES26 + " (an average a flight)"),
            L("74", 74, E, P, "returns", "24 November 2026 (on Tuesday; one charter flight to Tirana; Home Office source)", geo="Albania"),
            L("£19.8m", 19.8e6, E, GBP, CRF + "_cost", "2025-26 (April 2025 to March 2026; parliamentary answer)"),
            L("88", 88, E, FLIGHTS, CRF, "2025-26 (April 2025 to March 2026; parliamentary answer)"),
            L("about £225,000", 225000, AP, GBP, CRF + "_cost_per_flight", "2025-26 (each)"),
            L("21 per cent", 21, E, PCT, "returns_change", YES26 + " vs " + YES25 + " (enforced returns)"),
            L("11,400", 11400, E, P, "returns", YES26 + " (enforced returns; the most since 2019)"),
            L("1,980", 1980, E, P, "returns_change", YES26 + " vs " + YES25 + " (enforced returns, higher)"),
            L("38,900", 38900, E, P, "returns", YES26 + " (including voluntary departures)"),
            L("about 2,800", 2800, AP, P, "detention_capacity", "November 2026 (beds in the detention estate now)"),
            L("600", 600, E, P, "detention_capacity_planned", "by the end of 2027 (extra places promised by ministers)"),
            L("£118", 118, E, GBP, "detention_cost_per_person_day", "per day, 2025-26 (the department's accounts)"),
            L("10,850", 10850, E, P, "prison_population_foreign_nationals", "September 2026", geo=EW),
            L("about 12 per cent", 12, AP, PCT, "prison_population_share_foreign_nationals", "September 2026 (of the prison population)", geo=EW),
            L("Two in five", 40, E, PCT, "detention_charity_clients_share_released_without_removal", "January to November 2026 (this year; " + GVN + ")"),
            L("more than 1,300", 1300, MT, CALLS, "detention_charity_contacts", "January to November 2026 (helpline calls since January; " + GVN + ")"),
            L("Two", 2, E, P, "detention_deaths", "1 January to 29 November 2026 (so far this year; Prisons and Probation Ombudsman)", ctx="Two people have died"),
            L("more than 80,000", 80000, MT, P, "returns", "5 July 2024 to November 2026 (since 5 July 2024; removed or deported; Home Office spokesperson)"),
        ]),
    "06-the-witham-herald-seasonal-worker-visas-farms": dict(
        meta=dict(url="https://www.withamherald.example/news/farming/lincolnshire-growers-empty-fields-seasonal-worker-visas-cut-9164230",
                  title="Lincolnshire growers warn of empty fields as seasonal worker visas cut by 2,500",
                  publisher="The Witham Herald", author="Joel Ashworth-Nkemelu", published_date="2026-04-14"),
        labels=[
            L("2,500", -2500, E, P, SWA + "_change", "2026 vs 2025 (this year's quota; headline)", occ=0),
            L("almost 6%", -6, ALM, PCT, SWA + "_change", "2026 vs 2025 (this year's quota trimmed; standfirst)"),
            L("40,500", 40500, E, P, SWA, "2026 (this year's allocation; fruit, vegetable and flower growers)"),
            L("2,500", -2500, E, P, SWA + "_change", "2026 vs 2025", occ=1),
            L("43,000", 43000, E, P, SWA, "2025"),
            L("2,000", 2000, E, P, "seasonal_worker_visa_allocation_poultry", "2026 (turkey and poultry plants before Christmas; the same as last year)"),
            L("2,500", 2500, E, P, "seasonal_worker_visa_allocation", "2019 (the pilot)", occ=2),
            L("36,870", 36870, E, P, VSW, "2025 (calendar year; last year)"),
            L("6%", 6, E, PCT, VSW + "_change", "2025 vs 2024", ctx="6% up on 2024"),
            L("4,210", 4210, E, P, VSW, "January to March 2026 (the first three months of 2026)"),
            L("12%", 12, E, PCT, VSW + "_change", "January to March 2026 vs January to March 2025 (the same period of last year)"),
            L("35.1k", 35100, E, P, VSW, "2023 (calendar year; chart)"),
            L("34.8k", 34800, E, P, VSW, "2024 (calendar year; chart)"),
            L("36.9k", 36900, E, P, VSW, "2025 (calendar year; chart)"),
            L("Nearly three in five", 60, ALM, PCT, VSW + "_share_central_asia", "2025 (workers from Kyrgyzstan, Uzbekistan and Tajikistan)"),
            L("9,420", 9420, E, P, VSW + "_kyrgyz", "2025 (Kyrgyz nationals alone)"),
            L("About one in five", 20, AP, PCT, VSW + "_share_scotland", "2025 (went to farms in Scotland)"),
            L("c. 600", 600, AP, P, "farm_seasonal_workforce", "2026 (seasonal pickers at the height of the season; " + FEN + ")", geo="Holbeach"),
            L("three-quarters", 75, E, PCT, "farm_seasonal_workforce_share_seasonal_worker_visa", "2026 (on the visa; " + FEN + ")", geo="Holbeach"),
            L("around £380,000", 380000, AP, GBP, "crops_wasted_value", "summer 2025 (last summer; produce lost for lack of hands; " + FEN + " managing director)", geo="Holbeach"),
            L("84", 84, E, GROWERS, "poll_sample_size", "April 2026 (growers; " + LGF + ")", geo=LINCS),
            L("71%", 71, E, PCT, "growers_share_expecting_picker_shortage", "2026 season (" + LGF + ")", geo=LINCS),
            L("one in four", 25, E, PCT, "growers_share_cut_planted_area", "2026 (" + LGF + ")", geo=LINCS),
            L("£4.6m", 4.6e6, E, GBP, "crops_wasted_value", "2025 (unharvested crops across the county, an estimated; " + LGF + ")", geo=LINCS),
            R("between £150 and £200", 150, 200, GBP, "seasonal_labour_shortage_cost_per_worker",
              "per day, 2026 (each missing picker, in lost produce; Witham and Welland Growers' Forum estimate)", geo=LINCS),
            L("more than a quarter", 25, MT, PCT, "population_share_born_abroad", "March 2021 (2021 census; people living in Boston borough)", geo="Boston"),
            L("41", 41, E, REFERRALS, "gangmasters_referrals_seasonal_workers", "2025 (calendar year; Gangmasters and Labour Abuse Authority)"),
            L("29", 29, E, REFERRALS, "gangmasters_referrals_seasonal_workers", "2024 (calendar year; the year before)"),
            L("up to £1,500", 1500, AM, GBP, "seasonal_workers_recruitment_fees_paid", "2025 (paid to recruiters before leaving home; workers told GLAA inspectors)"),
            L("£12.71", 12.71, E, GBP, "national_living_wage_hourly", "per hour, from April 2026"),
            L("around 60,000", 60000, AP, P, "agrifood_jobs", "April 2026 (agriculture and food processing; South Holland district councillor)", geo="Greater Lincolnshire"),
            L("£50m", 50e6, E, GBP, "farm_automation_fund", "2026 (automation and robotics for growers; Defra spokesperson)"),
        ]),
    "07-the-tittle-care-worker-visas-dependants-ban": dict(
        meta=dict(url="https://thetittle.example/news/politics/care-worker-family-visas-down-96-dependants-ban-staff-quitting-4471903",
                  title="Care worker family visas down 96% since dependants ban - but staff are quitting to rejoin children abroad",
                  publisher="The Tittle", author="Nadia Fairweather-Osagie", published_date="2026-06-10"),
        labels=[
            L("96%", -96, E, PCT, CW + "_dependants_change", YM26 + " vs " + YM24 + " (headline)"),
            L("96 per cent", -96, E, PCT, CW + "_dependants_change", YM26 + " vs " + YM24 + " (since the ban)"),
            L("4,260", 4260, E, P, CW + "_dependants", YM26 + " (dependants of care workers and senior care workers; official data released last month)"),
            L("105,300", 105300, E, P, CW + "_dependants", YM24),
            L("93 per cent", -93, E, PCT, CW + "_change", YM26 + " vs " + YM24 + " (over the same period)"),
            L("94,600", 94600, E, P, CW, YM24),
            L("6,980", 6980, E, P, CW, YM26),
            L("1.1", 1.1, E, RATIO, CW + "_dependants_per_main_applicant_ratio", YM24 + " (before the ban; on average)"),
            L("about 0.6", 0.6, AP, RATIO, CW + "_dependants_per_main_applicant_ratio", YM26 + " (now)"),
            L("81 per cent", -81, E, PCT, HCW + "_dependants_change", YM26 + " vs " + YM24 + " (the health and care visa as a whole)"),
            L("41,700", 41700, E, P, HCW + "_dependants", YM26 + " (the health and care visa as a whole)"),
            L("171,000", 171000, E, P, NM, "year to December 2025 (January to December 2025; ONS estimate published last month)"),
            L("944,000", 944000, E, P, NM, "year ending March 2023 (April 2022 to March 2023; the peak)"),
            L("820", 820, E, P, "poll_sample_size", "2026 (migrant care workers; " + KAB + ")"),
            L("almost two-thirds", 200 / 3, ALM, PCT, "care_workers_share_family_abroad", "2026 (a partner or child living overseas; " + KAB + ")"),
            L("84%", 84, E, PCT, "care_workers_family_abroad_share_considering_leaving", "2026 (of these, considering leaving the UK; " + KAB + ")"),
            L("One in three", THIRD, E, PCT, "care_workers_considering_leaving_share_planning_within_year",
              "June 2026 to June 2027 (of that group, planning to go within a year; " + KAB + ")"),
            L("41%", 41, E, PCT, "care_providers_share_lost_staff_to_family_abroad", "June 2025 to June 2026 (the past year; " + HPA + ")"),
            L("350", 350, E, PROVIDERS, "poll_sample_size", "June 2026 (providers; " + HPA + ")"),
            L("2,700", 2700, E, VAC, "care_provider_vacancies", "June 2026 (across the firms surveyed; " + HPA + ")"),
            L("about 22%", 22, AP, PCT, "adult_social_care_workforce_share_non_british", "2024/25 (official workforce estimates)", geo=ENG),
            L("1.6m", 1.6e6, E, P, "adult_social_care_workforce", "2024/25 (filled posts)", geo=ENG),
            L("16%", 16, E, PCT, "adult_social_care_workforce_share_non_british", "2021/22 (three years earlier)", geo=ENG),
            L("more than 470", 470, MT, PROVIDERS, "sponsor_licences_revoked_care_providers", "July 2022 to June 2026 (since July 2022)"),
            V("tens of thousands", 20000, 90000, P, "care_workers_displaced_by_licence_revocations", "July 2022 to June 2026 (needing a new employer)"),
            L("31,200", 31200, E, P, "care_workers_switched_sponsor_in_country", "22 July 2025 to June 2026 (since the route closed to overseas recruitment; Home Office)"),
            L("more than four-fifths", -80, MT, PCT, NM + "_change",
              "year to December 2025 vs the peak, year ending March 2023 (Home Office spokesperson)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
