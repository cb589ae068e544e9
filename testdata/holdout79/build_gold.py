#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the seventy-ninth hand-labelled hold-out set (holdout79).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, RATIO, PPB, BOATS, HOTELS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT, EW)

UK, FR, SC, ENG, WA, EU = "UK", "France", "Scotland", "England", "Wales", "EU"
NE = "North East"
DAYS, HOUSEHOLDS, HOMES, COUNCILS = "other:days", "other:households", "other:homes", "other:council_areas"
PROPERTIES, REPORTS, INCIDENTS, CENTRES = "other:properties", "other:reports", "other:incidents", "other:centres"
OPERATIONS, PPH, PPG = "other:operations", "other:persons_per_household", "other:patients_per_gp"

# 01 (Thursday 16 July 2026; Home Office spending plans laid before MPs "on Tuesday", 14 July)
FY27 = "2026/27 (April 2026 to March 2027; this year, spending plans)"
FY26 = "2025/26 (April 2025 to March 2026; last year, the 12 months to March)"
EJ26 = "end of June 2026 (30 June 2026)"
SHS = "Shadow Home Secretary"
HOS = "Home Office spokesman"
PAC = "Public Accounts Committee, March 2026"
# 02 (Wednesday 15 July 2026; ONS mid-2025 population estimates for England and Wales, "out on Wednesday")
YM25 = "year to mid-2025 (July 2024 to June 2025)"
YM24 = "year to mid-2024 (July 2023 to June 2024; a year earlier)"
M25 = "mid-2025 (30 June 2025)"
ONSH = "ONS head of population estimates"
# 03 (Friday 6 March 2026; Home Office statistics to the end of December 2025 "published last week", 26 February)
ED25 = "end of December 2025 (31 December 2025)"
ED24 = "end of December 2024 (twelve months earlier)"
CLLR = "Middlesbrough Council executive member for communities"
# 04 (Tuesday 26 May 2026; ONS provisional estimates for 2025 published "on Thursday", 21 May)
CON = "mid-2010 to mid-2024 (Conservative-led governments)"
LAB = "May 1997 to May 2010 (Labour governments)"
HS1 = "Home Secretary's claim, Commons statement of 21 May 2026"
SHS2 = "Shadow Home Secretary's claim, 24 May 2026"
YJ24 = "year ending June 2024 (July 2023 to June 2024; the last full year before the election)"
C25 = "2025 (calendar year; provisional)"
# 05 (Friday 27 February 2026; Home Office statistics for 2025 released "on Thursday", 26 February)
D25 = "31 December 2025 (end of last year)"
Y25 = "2025 (calendar year)"
LDP = "Lanthorn Detention Project director"
DP = "detention_population"
# 06 (Monday 12 October 2026; essay)
# 07 (Saturday 15 August 2026, 11:42)
SINCE = "18 May to 15 August 2026 (since the rules changed)"
YTD = "1 January to 15 August 2026 (so far this year)"
NAV = "French navy Channel command spokeswoman"
SBI = "small_boat_interceptions_at_sea"
STOP = "small_boat_launch_attempts_stopped_people"

ARTICLES = {
    "01-daily-hawser-asylum-hotels-cost-this-year": dict(
        meta=dict(url="https://www.dailyhawser.example/news/politics/2096317/asylum-hotels-5-7million-a-day-2-08billion-bill-this-year",
                  title="Asylum hotels still costing £5.7MILLION a DAY as taxpayers face £2.08billion bill this year",
                  publisher="Daily Hawser", author="Roderick Tallantire-Oduya", published_date="2026-07-16"),
        labels=[
            L("£5.7MILLION", 5.7e6, E, GBP, AC, "per day, " + FY27 + " (hotels; headline)"),
            L("£2.08billion", 2.08e9, E, GBP, AC, FY27 + " (hotels; headline)", occ=0),
            L("12%", -12, E, PCT, AC + "_change", "2026/27 vs 2025/26 (hotels; down on last year; standfirst)", occ=0),
            L("197", 197, E, HOTELS, "asylum_hotels_in_use", EJ26 + " (still open; standfirst)", occ=0),
            L("197", 197, E, HOTELS, "asylum_hotels_in_use", EJ26 + " (still housing migrants; caption)", occ=1),
            L("£2.08billion", 2.08e9, E, GBP, AC, FY27 + " (hotels)", occ=1),
            L("12%", -12, E, PCT, AC + "_change", "2026/27 vs 2025/26 (hotels; only 12% below)", occ=1),
            L("£2.37billion", 2.37e9, E, GBP, AC, FY26 + " (hotels; paid out last year)"),
            L("roughly £5.7million", 5.7e6, AP, GBP, AC, "per day, " + FY27 + " (hotels; every single day)"),
            L("about £6.5million", 6.5e6, AP, GBP, AC, "per day, " + FY26 + " (hotels; the daily bill)"),
            L("197", 197, E, HOTELS, "asylum_hotels_in_use", EJ26 + " (still in service when June ended)", occ=2),
            L("around 400", 400, AP, HOTELS, "asylum_hotels_in_use", "summer 2023 (when the crisis peaked)"),
            L("£541million", 541e6, E, GBP, AC, "April to June 2026 (already, so far this year; hotels; parliamentary written answer)"),
            L("31,240", 31240, E, P, HOT, EJ26 + " (migrants held in the hotels)"),
            L("a fifth", -20, E, PCT, HOT + "_change", EJ26 + " vs end of June 2025 (a year earlier)", ctx="down a fifth"),
            L("39,100", 39100, E, P, HOT, "end of June 2025 (a year earlier)"),
            L("£152", 152, E, GBP, "asylum_hotel_cost_per_person_night", "per night, July 2026 (now; average hotel place; officials)"),
            L("nearly seven times", 7, ALM, RATIO, "asylum_hotel_cost_per_person_night_ratio", "July 2026 (hotel place vs ordinary dispersal housing)"),
            L("£23", 23, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, July 2026 (ordinary dispersal housing)"),
            L("£5.4billion", 5.4e9, E, GBP, AC, "2023/24 (April 2023 to March 2024; a record; whole asylum system)"),
            L("£4.7billion", 4.7e9, E, GBP, AC, "2024/25 (April 2024 to March 2025; whole asylum system)"),
            L("two billion pounds", 2e9, E, GBP, AC, FY27 + " (hotels; another; " + SHS + ")"),
            L("more than £5billion", 5e9, MT, GBP, AC, "5 July 2024 to July 2026 (since July 5, 2024; hotel rooms; " + SHS + ")"),
            L("nearly £9million", 9e6, ALM, GBP, AC, "per day, 2023 (hotels at their peak; " + HOS + ")"),
            L("More than 100", 100, MT, HOTELS, "asylum_hotels_closed", "5 July 2024 to July 2026 (closed since the election; " + HOS + ")"),
            L("£1billion", 1e9, E, GBP, "asylum_cost_saving", "per year, by the end of this Parliament (target; " + HOS + ")"),
            L("20%", 20, E, PCT, "returns_change", "last 12 months vs the year before (failed asylum seekers and foreign criminals; " + HOS + ")"),
            L("42%", 42, E, PCT, "asylum_cost_share_hotels", "2024/25 (last year; share of asylum accommodation spending; " + PAC + ")"),
            L("fewer than one in three", THIRD, LT, PCT, "asylum_support_share_hotels", "2024/25 (last year; of those receiving support; " + PAC + ")"),
        ]),
    "02-plinth-news-ons-population-england-wales": dict(
        meta=dict(url="https://www.plinthnews.example/news/articles/c7w3mq8e2lzo",
                  title="Population growth in England and Wales almost halves as migration slows",
                  publisher="Plinth News", author="Nkechi Haverstock-Ruiz", published_date="2026-07-15"),
        labels=[
            L("almost halves", -50, ALM, PCT, "population_growth_change", YM25 + " vs " + YM24 + " (headline)", geo=EW),
            L("362,800", 362800, E, P, "population_growth", YM25, geo=EW),
            L("little more than half", 0.5, MT, RATIO, "population_growth_ratio", YM25 + " vs " + YM24, geo=EW),
            L("62,151,100", 62151100, E, P, "population", M25, geo=EW),
            L("0.6%", 0.6, E, PCT, "population_change", YM25, ctx="a rise of 0.6%", geo=EW),
            L("701,400", 701400, E, P, "population_growth", YM24 + " (the previous 12 months)", geo=EW),
            L("1.1%", 1.1, E, PCT, "population_change", YM24 + " (the sharpest annual growth since the late 1940s)", geo=EW),
            L("About 95%", 95, AP, PCT, "net_migration_share_of_population_growth", YM25, geo=EW),
            L("346,100", 346100, E, P, "net_migration_international", YM25, geo=EW),
            L("667,300", 667300, E, P, "net_migration_international", YM24, geo=EW),
            L("21,400", 21400, E, P, "population_natural_change", YM25, geo=EW),
            L("588,100", 588100, E, P, "births", YM25 + " (live births)", geo=EW),
            L("566,700", 566700, E, P, "deaths", YM25, geo=EW),
            L("912,500", 912500, E, P, "immigration", YM25 + " (the year to June 2025)", geo=EW),
            L("566,400", 566400, E, P, "emigration", YM25, geo=EW),
            L("24,100", -24100, E, P, "population_revision", "mid-2024 (30 June 2024; estimate cut)", geo=EW),
            L("19", 19, E, COUNCILS, "council_areas_population_decline", YM25 + " (of 318 local authority areas)", geo=EW),
            L("four", 4, E, COUNCILS, "council_areas_population_decline", YM24 + " (the year before)", ctx="compared with four the year", geo=EW),
            L("2.3%", 2.3, E, PCT, "population_change", YM25 + " (grew fastest)", geo="Leicester"),
            L("2.1%", 2.1, E, PCT, "population_change", YM25, geo="Coventry"),
            L("1.9%", 1.9, E, PCT, "population_change", YM25, geo="Tower Hamlets"),
            L("171", 171, E, COUNCILS, "council_areas_natural_decrease", YM25 + " (deaths outnumbered births)", geo=EW),
            L("58,954,700", 58954700, E, P, "population", M25, geo=ENG),
            L("0.6%", 0.6, E, PCT, "population_change", YM25 + " (on the year)", ctx="up 0.6% on the year", geo=ENG),
            L("0.4%", 0.4, E, PCT, "population_change", YM25, geo=WA),
            L("3,196,400", 3196400, E, P, "population", M25, geo=WA),
            L("nearly a third", THIRD, ALM, PCT, "population_growth_share_cardiff", YM25 + " (of the Welsh increase)", geo=WA),
            L("1.7m", 1.7e6, E, P, "population_aged_85_and_over", M25 + " (now)", geo=EW),
            L("3.1%", 3.1, E, PCT, "population_aged_85_and_over_change", YM25 + " (in a year)", geo=EW),
            L("40.9 years", 40.9, E, YEARS, "population_median_age", M25, geo=EW),
            L("One in five", 20, E, PCT, "population_share_aged_65_and_over", M25 + " (now)", geo=EW),
            L("roughly half", 0.5, AP, RATIO, "net_migration_international_ratio", YM25 + " vs " + YM24 + " (" + ONSH + ")", geo=EW),
            L("more than three times", 3, MT, RATIO, "population_growth_ratio",
              YM25 + " (growth rate vs the national rate; Ravelston Foundation researcher)", geo="Leicester and Coventry"),
            L("more than half", -50, MT, PCT, NM + "_change", "since July 2024 (since Labour won power; government spokesperson)", ctx="by \"more than half\""),
            L("about 69.6 million", 69.6e6, AP, P, "population", M25 + " (the UK as a whole; ONS)"),
        ]),
    "03-cleveland-coble-pa-asylum-dispersal-teesside-wearside": dict(
        meta=dict(url="https://www.clevelandcoble.example/news/national/north-east-councils-breaking-point-asylum-seekers-housed-rises-14-4471902",
                  title="North East councils 'at breaking point' as number of asylum seekers housed in region rises 14%",
                  publisher="The Cleveland Coble", author="Callum Ashdown-Nwachukwu", published_date="2026-03-06"),
        labels=[
            L("14%", 14, E, PCT, "asylum_dispersal_population_change", ED25 + " vs " + ED24 + " (headline)", occ=0, geo=NE),
            L("one in every 128", 100 / 128, E, PCT, "asylum_dispersal_population_share_of_residents", ED25 + " (caption)", occ=0, geo="Middlesbrough"),
            L("14%", 14, E, PCT, "asylum_dispersal_population_change", ED25 + " vs " + ED24 + " (last year)", occ=1, geo=NE),
            L("6,940", 6940, E, P, "asylum_dispersal_population", ED25 + " (when December ended; Home Office)", geo=NE),
            L("6,090", 6090, E, P, "asylum_dispersal_population", ED24, geo=NE),
            L("fewer than one in twenty", 5, LT, PCT, "population_share_north_east_of_england", "2025 (home to; residents)", geo=ENG),
            L("more than a tenth", 10, MT, PCT, "asylum_dispersal_population_share_north_east", ED25 + " (of those in dispersed housing in England)", geo=ENG),
            L("64,300", 64300, E, P, "asylum_dispersal_population", ED25, geo=ENG),
            L("6%", 6, E, PCT, "asylum_dispersal_population_change", ED25 + " vs " + ED24, geo=ENG),
            L("1,180", 1180, E, P, "asylum_dispersal_population", ED25 + " (the highest concentration in England)", geo="Middlesbrough"),
            L("one for every 128", 100 / 128, E, PCT, "asylum_dispersal_population_share_of_residents", ED25, geo="Middlesbrough"),
            L("1,040", 1040, E, P, "asylum_dispersal_population", ED25, geo="Sunderland"),
            L("22%", 22, E, PCT, "asylum_dispersal_population_change", ED25 + " vs " + ED24 + " (in a year)", geo="Sunderland"),
            L("710", 710, E, P, "asylum_dispersal_population", ED25, geo="Stockton-on-Tees"),
            L("almost four times", 4, ALM, RATIO, "asylum_dispersal_population_ratio", ED25 + " vs 2019", geo="Stockton-on-Tees"),
            L("412", 412, E, PROPERTIES, "asylum_dispersal_properties", "March 2026 (now; figures obtained by the council)", geo="Middlesbrough"),
            L("about 290", 290, AP, PROPERTIES, "asylum_dispersal_properties", "March 2026 (in just three wards)", geo="Middlesbrough"),
            L("one in every 128", 100 / 128, E, PCT, "asylum_dispersal_population_share_of_residents", ED25 + " (" + CLLR + ")", occ=1, geo="Middlesbrough"),
            L("£3,500", 3500, E, GBP, "council_asylum_grant_per_dispersal_bed", "since 2023 (for each new dispersal bed; scheme introduced in 2023)"),
            L("186", 186, E, P, "school_pupils_asylum_seeking_families", "September 2025 to March 2026 (joined schools in the east of the city since September; deputy leader)", geo="Sunderland"),
            L("Two", 2, E, HOTELS, "asylum_hotels_in_use", "March 2026 (still used)", ctx="Two hotels in the region", geo=NE),
            L("nine", 9, E, HOTELS, "asylum_hotels_in_use", "2023 (the peak)", ctx="down from nine in 2023", geo=NE),
            L("1,460", 1460, E, P, "charity_service_users", "2025 (last year; different people; Teesbank Welcome Centre)", geo="Stockton-on-Tees"),
            L("a third", THIRD, E, PCT, "charity_service_users_change", "2025 vs 2024 (Teesbank Welcome Centre)", ctx="up a third on 2024", geo="Stockton-on-Tees"),
            L("109,300", 109300, E, P, "asylum_support_population", "31 December 2025 (nationally)"),
            L("34,870", 34870, E, P, HOT, "31 December 2025 (nationally)"),
            L("more than halved", -50, MT, PCT, "asylum_hotels_in_use_change", "July 2024 to March 2026 (since the election; Home Office spokesperson)"),
        ]),
    "04-truthmark-net-migration-successive-governments": dict(
        meta=dict(url="https://truthmark.example/fact-checks/net-migration-labour-conservatives-two-claims-checked/",
                  title="Net migration under Labour and the Conservatives: two claims checked",
                  publisher="Truthmark", author="Imogen Vasquez-Trelawney", published_date="2026-05-26"),
        labels=[
            L("nearly five million", 5e6, ALM, P, NM, CON + " (in 14 years; " + HS1 + "; CLAIM box)"),
            L("more than double", 2, MT, RATIO, NM + "_ratio", CON + " vs " + LAB + " (" + HS1 + "; CLAIM box)"),
            L("a quarter", -25, E, PCT, NM + "_change", "year ending June 2024 vs the peak (before Labour took office; " + SHS2 + "; CLAIM box)",
              ctx="down by a quarter"),
            L("131,000", 131000, E, P, NM + "_revision", YJ24 + " (revised up since the first estimate; VERDICT box)", occ=0),
            L("about 9%", -9, AP, PCT, NM + "_change", YJ24 + " vs year ending March 2023 (the fall before the election; VERDICT box)", occ=0),
            L("about 4.8 million", 4.8e6, AP, P, NM, CON + " (sum of the ONS's yearly estimates)"),
            L("roughly 2.3 million", 2.3e6, AP, P, NM, LAB + " (sum of the ONS's yearly estimates)"),
            L("just over twice", 2, MT, RATIO, NM + "_ratio", CON + " vs " + LAB),
            L("around 343,000", 343000, AP, P, NM, "per year, " + CON + " (averaged out)"),
            L("about 177,000", 177000, AP, P, NM, "per year, " + LAB + " (averaged out)"),
            L("More than half", 50, MT, PCT, NM + "_share_of_conservative_period_total", "January 2021 to mid-2024 (the last three and a half years)"),
            L("about 2.6 million", 2.6e6, AP, P, NM, "January 2021 to mid-2024 (the last three and a half years of Conservative government)"),
            L("464,000", 464000, E, P, "population_revision", "March 2011 (2011 census count vs the ONS's estimates)", geo=EW),
            L("Nearly five million", 5e6, ALM, P, NM, CON + " (the claim restated)"),
            L("4.8 million", 4.8e6, E, P, NM, CON, ctx="rounding of 4.8 million"),
            L("944,000", 944000, E, P, NM, "year ending March 2023 (April 2022 to March 2023; the highest on record)"),
            L("728,000", 728000, E, P, NM, YJ24 + " (first estimate, November 2024)"),
            L("about 23%", -23, AP, PCT, NM + "_change", YJ24 + " (first estimate) vs year ending March 2023 (the peak)"),
            L("quarter", -25, E, PCT, NM + "_change", "year ending June 2024 vs the peak (the claim restated)", ctx="the \"quarter\" claimed"),
            L("131,000", 131000, E, P, NM + "_revision", YJ24 + " (revised up since November 2024)", occ=1),
            L("859,000", 859000, E, P, NM, YJ24 + " (current estimate)"),
            L("about 9%", -9, AP, PCT, NM + "_change", YJ24 + " vs year ending March 2023 (at the election, below its peak)", occ=1),
            L("204,000", 204000, E, P, NM, C25),
            L("811,000", 811000, E, P, "immigration", C25 + " (people arriving)"),
            L("607,000", 607000, E, P, "emigration", C25 + " (people leaving)"),
            L("more than three-quarters", -75, MT, PCT, NM + "_change", "2025 vs " + YJ24 + " (the year before the election)"),
            L("417,000", 417000, E, P, NM, "2024 (calendar year; revised estimate)"),
            L("49,000", 49000, E, P, NM + "_revision", "2024 (calendar year; higher than first published)"),
            L("58,000", -58000, E, P, "net_migration_eu", C25 + " (EU nationals; more departing than arriving)"),
            L("86%", -86, E, PCT, "visas_granted_study_dependants_change", "2024 vs 2023 (that year; students' family members)"),
        ]),
    "05-the-weft-immigration-detention-length": dict(
        meta=dict(url="https://www.theweft.example/uk-news/2026/feb/27/immigration-detention-highest-level-since-2018-home-office-figures",
                  title="Number held in immigration detention climbs to highest level since 2018",
                  publisher="The Weft", author="Priya Lindqvist-Achebe", published_date="2026-02-27"),
        labels=[
            L("2,460", 2460, E, P, DP, D25 + " (locked up; standfirst)", occ=0),
            L("more than 100", 100, MT, P, DP + "_held_over_six_months", D25 + " (held for over six months; standfirst)"),
            L("2,460", 2460, E, P, DP, D25 + " (detained under immigration powers; Home Office)", occ=1),
            L("29%", 29, E, PCT, DP + "_change", D25 + " vs 31 December 2024 (a year earlier)"),
            L("1,910", 1910, E, P, DP, "31 December 2024 (a year earlier)"),
            L("27,850", 27850, E, P, "detention_entries", Y25 + " (entered detention)"),
            L("18%", 18, E, PCT, "detention_entries_change", "2025 vs 2024"),
            L("27,300", 27300, E, P, "detention_leavers", Y25 + " (left detention during the year)"),
            L("46%", 46, E, PCT, "detention_leavers_share_held_7_days_or_less", Y25),
            L("nearly a third", THIRD, ALM, PCT, "detention_leavers_share_held_over_28_days", Y25),
            L("112", 112, E, P, DP + "_held_over_six_months", D25 + " (still detained at the end of December)"),
            L("nearly four times", 4, ALM, RATIO, DP + "_held_over_six_months_ratio", "end of December 2025 vs end of December 2023"),
            L("29", 29, E, P, DP + "_held_over_six_months", "end of December 2023", ctx="the 29 at"),
            L("1,041 days", 1041, E, DAYS, "detention_length_max", "February 2026 (the longest current case; a charity that visits detainees)"),
            L("Just over half", 50, MT, PCT, "detention_leavers_share_returned", Y25 + " (removed or returned from the UK)"),
            L("52%", 52, E, PCT, "detention_leavers_share_returned", Y25),
            L("nearly half", 50, ALM, PCT, "detention_leavers_share_released", "2025 (last year; released back into the community; " + LDP + ")"),
            L("1,380", 1380, E, REPORTS, "detention_rule35_reports", Y25 + " (last year; doctors' reports)"),
            L("84%", 84, E, PCT, "detention_rule35_reports_share_detention_continued", Y25 + " (84% of these cases)"),
            L("a fifth", 20, E, PCT, "detention_self_harm_incidents_change", "2025 vs 2024 (incidents needing medical treatment)", ctx="rose by a fifth"),
            L("426", 426, E, INCIDENTS, "detention_self_harm_incidents", Y25 + " (needing medical treatment)"),
            L("Three", 3, E, P, "detention_deaths", Y25, ctx="Three people died"),
            L("73", 73, E, P, DP, D25 + " (Dungavel, the only removal centre in Scotland)", geo=SC),
            V("hundreds", 200, 900, P, "immigration_detentions_rwanda", "spring 2024 (detained ahead of flights to Rwanda)"),
            L("two", 2, E, CENTRES, "removal_centres_reopened", "February 2026 (being reopened; former centres)", ctx="reopening two former"),
            L("2,720", 2720, E, P, "detention_capacity", "February 2026 (places now)"),
            L("about 3,300", 3300, AP, P, "detention_capacity_planned", "end of 2027 (planned places)"),
            L("£412m", 412e6, E, GBP, "detention_capacity_expansion_cost", "2026 to 2027 (to expand capacity)"),
            L("£124", 124, E, GBP, "detention_cost_per_person_day", "per day, 2026 (holding one person, on average)"),
            L("more than 52,000", 52000, MT, P, "returns", "July 2024 to February 2026 (since July 2024; Home Office spokesperson)"),
        ]),
    "06-gainsay-immigration-housing-public-services": dict(
        meta=dict(url="https://gainsay.example/essays/nobody-wants-to-do-the-sums-on-homes-clinics-and-classrooms",
                  title="Nobody wants to do the sums on homes, clinics and classrooms",
                  publisher="Gainsay", author="Ambrose Kettleby-Nuñez", published_date="2026-10-12"),
        labels=[
            L("a little under 2.7 million", 2.7e6, ALM, P, NM, "2021 to 2024 (the four years to the end of 2024)"),
            L("2.36", 2.36, E, PPH, "household_size_average", "2026 (the average household size)"),
            L("roughly 1.1 million", 1.1e6, AP, HOUSEHOLDS, "housing_demand_from_migration", "2021 to 2024 (extra households' worth of demand)"),
            L("about 880,000", 880000, AP, HOMES, "housing_net_additions", "2021 to 2024 (over the same four years)", geo=ENG),
            L("1.5 million", 1.5e6, E, HOMES, "housing_target", "2024 to 2029 (this Parliament; government target)", geo=ENG),
            L("300,000", 300000, E, HOMES, "housing_target", "per year, 2024 to 2029 (this Parliament; government target)", ctx="or 300,000 a year", geo=ENG),
            L("196,000", 196000, E, HOMES, "housing_net_additions", "2024/25 (April 2024 to March 2025)", geo=ENG),
            L("about a third", THIRD, AP, PCT, "housing_net_additions_shortfall_share_of_target", "2024/25 (short of the target's pace)", geo=ENG),
            R("between 250,000 and 340,000", 250000, 340000, HOMES, "housing_need", "per year (most serious estimates of what the country needs)", geo=ENG),
            L("about eight times", 8, AP, RATIO, "house_price_to_earnings_ratio", "2026 (a typical home vs typical earnings)", geo=ENG),
            L("6.2%", 6.2, E, PCT, "private_rents_change", "year to August 2026 (the twelve months to August)", geo=ENG),
            L("131,000", 131000, E, HOUSEHOLDS, "temporary_accommodation_households", "October 2026 (now)", geo=ENG),
            L("some 165,000", 165000, AP, P, "temporary_accommodation_children", "October 2026 (now)", geo=ENG),
            L("more than double", 2, MT, RATIO, "temporary_accommodation_households_ratio", "October 2026 vs 2011", geo=ENG),
            L("1.33 million", 1.33e6, E, HOUSEHOLDS, "housing_waiting_list_households", "October 2026 (councils' waiting lists)", geo=ENG),
            L("About one in five", 20, AP, PCT, "nhs_staff_share_non_british", "2026 (report a nationality other than British)", geo=ENG),
            L("more than a third", THIRD, MT, PCT, "nhs_doctors_share_non_british", "2026 (among doctors)", geo=ENG),
            R("700,000 or 800,000", 700000, 800000, P, NM, "per year, 2022 to 2023 (the rate the state kept admitting people)"),
            L("roughly one in six", SIXTH, AP, PCT, "population_share_born_abroad", "March 2021 (2021 census)", geo=EW),
            L("more than half", 50, MT, PCT, "population_share_born_abroad", "March 2021 (2021 census)", geo="Brent, Newham and Harrow"),
            L("2,290", 2290, E, PPG, "gp_registered_patients_per_gp", "2026 (now; the average GP)", geo=ENG),
            L("1,940", 1940, E, PPG, "gp_registered_patients_per_gp", "2015", geo=ENG),
            L("1.7m", 1.7e6, E, P, "school_pupils_english_additional_language", "2026 (state schools)", geo=ENG),
            L("about 21%", 21, AP, PCT, "school_pupils_share_english_additional_language", "2026 (state schools)", geo=ENG),
            L("about 204,000", 204000, AP, P, NM, "2025 (last year)"),
            L("less than half", 0.5, LT, RATIO, NM + "_ratio", "2025 vs 2024"),
        ]),
    "07-azimuth-news-french-coastguard-interceptions-beaches": dict(
        meta=dict(url="https://news.azimuth.example/french-coastguard-stops-dozens-of-taxi-boats-at-sea-as-beach-patrols-turn-back-thousands-13402271",
                  title="French coastguard stops dozens of 'taxi boats' at sea as beach patrols turn back thousands",
                  publisher="Azimuth News", author="Camille Ostrowski-Baird", published_date="2026-08-15"),
        labels=[
            V("dozens", 24, 108, BOATS, SBI, SINCE + " (taxi boats stopped at sea; headline)", geo=FR),
            V("thousands", 2000, 9000, P, STOP, YTD + " (turned back by beach patrols; headline)", geo=FR),
            L("41", 41, E, BOATS, SBI, SINCE + " (standfirst)", occ=0, geo=FR),
            L("more than 18,000", 18000, MT, P, STOP, YTD + " (stopped on the beaches; standfirst)", geo=FR),
            L("41", 41, E, BOATS, SBI, SINCE + " (off the northern coast)", occ=1, geo=FR),
            L("2,210", 2210, E, P, SBI + "_people", SINCE + " (carried by the intercepted boats; French navy)", geo=FR),
            L("18,420", 18420, E, P, STOP, YTD + " (prevented from launching; French interior ministry)", geo=FR),
            L("611", 611, E, BOATS, "small_boat_launches_prevented", YTD + " (launch attempts broken up; French interior ministry)", geo=FR),
            L("about 46%", 46, AP, PCT, STOP + "_share", YTD + " (of attempted crossings, stopped)", geo=FR),
            L("roughly one in three", THIRD, AP, PCT, STOP + "_share", "2025 (over the whole of last year)", geo=FR),
            L("24,180", 24180, E, P, SBA, YTD + " (reached the UK; Home Office)"),
            L("9%", -9, E, PCT, SBA + "_change", YTD + " vs the same stage of 2025"),
            L("66", 66, E, PPB, "small_boat_occupancy", YTD + " (average per boat)", ctx="average of 66"),
            L("18.4k", 18400, E, P, STOP, YTD + " (THE NUMBERS SO FAR IN 2026 box)", geo=FR),
            L("41", 41, E, BOATS, SBI, SINCE + " (box)", ctx="at sea: 41 boats", geo=FR),
            L("24.2k", 24200, E, P, SBA, YTD + " (box)"),
            L("c. 1,800", 1800, AP, P, "people_waiting_northern_france", "August 2026 (in camps near Dunkirk; aid groups' estimate; box)", geo=FR),
            L("57", 57, E, BOATS, SBI + "_attempted", SINCE + " (boats approached; " + NAV + ")", geo=FR),
            L("16", 16, E, BOATS, SBI + "_abandoned", SINCE + " (too dangerous to intervene; " + NAV + ")", ctx="In 16 cases", geo=FR),
            L("312", 312, E, OPERATIONS, "channel_rescue_operations", "January to July 2026 (Cap Gris-Nez coastguard centre)", geo=FR),
            L("At least 36", 36, AL, P, "small_boat_deaths", "1 January to 15 August 2026 (in 2026; off the French coast or in the Channel)", geo=FR),
            L("£158m", 158e6, E, GBP, "uk_funding_to_france", "2026 (this year; patrols, drones and maritime units)"),
            L("£498m", 498e6, E, GBP, "uk_funding_to_france", "three years (the package this year's payment is part of)"),
            L("1,240", 1240, E, P, "returns", "August 2025 to 15 August 2026 (returns pilot, since last August; removed to France)", geo=FR),
            L("roughly one for every 30", 100 / 30, AP, PCT, "returns_share_of_small_boat_arrivals", "August 2025 to 15 August 2026 (returns pilot)", geo=FR),
            L("about a fifth", -20, AP, PCT, "irregular_arrivals_change", "2025 vs 2024 (irregular crossings into the bloc; Frontex)", geo=EU),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
