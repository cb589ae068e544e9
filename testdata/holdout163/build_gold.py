#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-sixty-third hand-labelled hold-out set (holdout163).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, RATIO, HOTELS, THIRD, SIXTH,
                        E, AP, MT, AL, LT, AM, ALM, SBA, NM, HOT)

NI, ENG, WM, STAFFS = "Northern Ireland", "England", "West Midlands", "Staffordshire"
WEEKS, CALLS, PROPS, FLIGHTS = "other:weeks", "other:calls", "other:properties", "other:flights"
LIC, VAC, HOMES, HH, PPH = "other:licences", "other:vacancies", "other:homes", "other:households", "other:persons_per_household"

# 01 (Saturday 22 August 2026; Home Office statistics released Thursday 20 August 2026 for the year ending June 2026)
HO1 = "Home Office statistics released Thursday 20 August 2026"
YJ26 = "July 2025 to June 2026 (the year ending June 2026; " + HO1 + ")"
YJ25 = "July 2024 to June 2025 (the previous 12 months; " + HO1 + ")"
YJ24 = "July 2023 to June 2024 (two years earlier; " + HO1 + ")"
SBC_ = "small_boat_arrivals_children"
AAD = "asylum_age_disputes"
ADC = "age_disputed_children_placed_in_adult_accommodation"
HCT = "Harbourlight Children's Trust research"
CL = "Crispin Ledbury, shadow Home Office minister"
HOS = "a Home Office spokesperson"

# 02 (Friday 26 June 2026; NISRA mid-2025 population estimates released Thursday 25 June 2026)
NIS = "NISRA mid-2025 estimates released Thursday 25 June 2026"
MY25 = "mid-2024 to mid-2025 (the 12 months to mid-2025; " + NIS + ")"
AT25 = "30 June 2025 (mid-2025; " + NIS + ")"
C21 = "21 March 2021 (the 2021 census; " + NIS + ")"
PBA = "population_born_abroad"
PSBA = "population_share_born_abroad"

# 03 (Saturday 14 November 2026; Home Office statistics published Thursday 12 November 2026, and the annual accounts)
HO3 = "Home Office statistics published Thursday 12 November 2026"
S26 = "30 September 2026 (when September ended; " + HO3 + ")"
H6 = "April to September 2026 (the six months to September; " + HO3 + ")"
HCN = "asylum_hotel_cost_per_person_night"
AHU, ACH = "asylum_hotels_in_use", "asylum_cost_hotels"
ACC = "Home Office annual accounts"

# 04 (Tuesday 1 September 2026; Home Office figures released 20 August 2026 for the year ending June 2026)
HO4 = "Home Office figures released 20 August 2026"
Y4 = "July 2025 to June 2026 (between July 2025 and June 2026; " + HO4 + ")"
GSI = "asylum_grants_share_initial_decisions"
CLAIM = "the claim (Gareth Mallender MP, Sunday 30 August 2026)"

# 05 (Thursday 20 August 2026; Home Office statistics for the year to June 2026)
HO5 = "Home Office statistics published Thursday 20 August 2026"
YJ5 = "July 2025 to June 2026 (the year to June; " + HO5 + ")"
LAQ = "Dr Lena Abernethy-Quist, Borderline Research Unit"

# 06 (Tuesday 10 March 2026; Home Office data released to the Treecreeper, Skills for Care, Staffordshire County Council)
REV = "July 2022 to 31 December 2025 (since the crackdown began; data released to the Treecreeper)"
SLR = "sponsor_licences_revoked_care_providers"
CWD = "care_workers_displaced_by_licence_revocations"
VCW = "visas_granted_care_worker"
SFC = "Skills for Care's latest figures"

# 07 (Wednesday 8 July 2026; a column citing ONS estimates and MHCLG housing figures)
M2125 = "mid-2021 to mid-2025 (four years; ONS)"
HNA = "housing_net_additional_dwellings"

ARTICLES = {
    "01-daily-tubthump-channel-children-age-disputes": dict(
        meta=dict(url="https://www.tubthump.example/news/politics/almost-6000-children-crossed-channel-35827164",
                  title="Almost 6,000 children crossed the Channel in small boats in a year - as age rows leave youngsters stuck in adult hotels",
                  publisher="Daily Tubthump", author="Aoife Brennan-Kaur", published_date="2026-08-22"),
        labels=[
            L("Almost 6,000", 6000, ALM, P, SBC_, "July 2025 to June 2026 (in a year; headline)", occ=0),
            L("a third", THIRD, E, PCT, SBC_ + "_change", "year ending June 2026 vs year ending June 2025 (more children than the year before; standfirst)", ctx="a third more children"),
            L("nearly doubled", 2, ALM, RATIO, AAD + "_ratio", "year ending June 2026 vs year ending June 2024 (disputed ages, in two years; standfirst)"),
            L("Almost 6,000", 6000, ALM, P, SBC_, "July 2025 to June 2026 (in the last year)", occ=1),
            L("5,870", 5870, E, P, SBC_, YJ26 + " under-18s", occ=0),
            L("roughly one in seven", 100 / 7, AP, PCT, "small_boat_arrivals_share_children", YJ26),
            L("43,120", 43120, E, P, SBA, YJ26 + " all who made the journey"),
            L("a third", THIRD, E, PCT, SBC_ + "_change", "year ending June 2026 vs year ending June 2025 (up by; " + HO1 + ")", ctx="up by a third on"),
            L("4,410", 4410, E, P, SBC_, YJ25),
            L("5,870", 5870, E, P, SBC_, YJ26 + " (Of the 5,870)", occ=1),
            L("some 3,640", 3640, AP, P, "small_boat_arrivals_unaccompanied_children", YJ26 + " no parent or guardian with them"),
            L("62%", 62, E, PCT, SBC_ + "_share_unaccompanied", YJ26 + " youngsters on their own"),
            L("2,265", 2265, E, P, AAD, YJ26 + " claimed ages challenged"),
            L("1,190", 1190, E, P, AAD, YJ24),
            L("nearly double", 2, ALM, RATIO, AAD + "_ratio", "year ending June 2026 vs year ending June 2024 (" + HO1 + ")"),
            L("1,480", 1480, E, P, AAD + "_resolved", YJ26),
            L("930", 930, E, P, AAD + "_found_adult", YJ26),
            L("almost two-thirds", 200 / 3, ALM, PCT, AAD + "_share_found_adult", YJ26),
            L("550", 550, E, P, AAD + "_found_child", YJ26),
            L("at least 388", 388, AL, P, ADC, "April 2025 to March 2026 (the 12 months to March; " + HCT + ")"),
            L("more than double", 2, MT, RATIO, ADC + "_ratio", "2025/26 vs 2024/25 (a year earlier; " + HCT + ")"),
            L("172", 172, E, P, ADC, "April 2024 to March 2025 (a year earlier; " + HCT + ")"),
            V("hundreds", 200, 900, P, ADC, "per year, 2026 (Rosa Pennington-Achebe, Harbourlight Children's Trust)", ctx="hundreds of children"),
            L("19 weeks", 19, E, WEEKS, "age_assessment_wait_average", "August 2026 (now, an average for a full council assessment; Harbourlight Children's Trust)"),
            L("512", 512, E, P, "unaccompanied_children_in_care", "30 June 2026 (the end of June; Kent County Council)", geo="Kent"),
            L("£46.8m", 46800000, E, GBP, "council_unaccompanied_children_cost", "April 2025 to March 2026 (2025/26; Kent County Council)", geo="Kent"),
            L("nearly two in three", 200 / 3, ALM, PCT, AAD + "_share_found_adult", "year ending June 2026 (the Home Office's own numbers; " + CL + ")"),
            V("hundreds", 200, 900, P, AAD + "_found_adult", "year ending June 2026 (grown men waved into schools and children's homes; " + CL + ")", ctx="hundreds of grown men"),
            L("doubled", 2, E, RATIO, "national_age_assessment_board_staff_ratio", "July 2024 to August 2026 (since taking office, social workers; " + HOS + ")", ctx="we have doubled"),
            L("£5.8m", 5800000, E, GBP, "scientific_age_assessment_funding", "2026 (being invested; " + HOS + ")"),
            L("24,970", 24970, E, P, SBA, "1 January to 21 August 2026 (so far this year)"),
            L("14%", 14, E, PCT, SBA + "_change", "1 January to 21 August 2026 vs the same date in 2025 (up)"),
            L("21,830", 21830, E, P, SBA, "1 January to 21 August 2025 (by this date in 2025)"),
            L("at least 34", 34, AL, P, "small_boat_deaths", "1 January to 22 August 2026 (since January; the UN migration agency)"),
            L("seven", 7, E, P, "small_boat_deaths_children", "1 January to 22 August 2026 (since January; the UN migration agency)", ctx="seven of them children"),
        ]),
    "02-belfast-tern-northern-ireland-population-born-outside-uk": dict(
        meta=dict(url="https://www.belfasttern.example/news/northern-ireland/more-than-176000-people-living-in-northern-ireland-were-born-outside-the-uk-figures-show-ARX20260626.html",
                  title="More than 176,000 people living in Northern Ireland were born outside the UK, figures show",
                  publisher="Belfast Tern", author="Rory Kilbride-Nakamura", published_date="2026-06-26"),
        labels=[
            L("More than 176,000", 176000, MT, P, PBA, "30 June 2025 (born outside the UK; headline)", geo=NI),
            L("1.94m", 1940000, E, P, "population", "30 June 2025 (edges up to; standfirst)", geo=NI),
            L("nearly three-fifths", 60, ALM, PCT, "population_growth_share_migration", "mid-2024 to mid-2025 (migration behind the rise; standfirst)", geo=NI),
            L("7,900", 7900, E, P, "population_growth", MY25, geo=NI),
            L("1,938,600", 1938600, E, P, "population", AT25, geo=NI),
            L("0.4%", 0.4, E, PCT, "population_change", "mid-2025 vs mid-2024 (a rise; " + NIS + ")", geo=NI),
            L("2,900", 2900, E, P, "population_revision", "30 June 2024 (the estimate for a year earlier, revised up by; " + NIS + ")", geo=NI),
            L("1,930,700", 1930700, E, P, "population", "30 June 2024 (a year earlier, revised; " + NIS + ")", geo=NI),
            L("19,800", 19800, E, P, "births", MY25, geo=NI),
            L("16,600", 16600, E, P, "deaths", MY25, geo=NI),
            L("3,200", 3200, E, P, "population_natural_change", MY25, geo=NI),
            L("4,700", 4700, E, P, NM, MY25 + " all migration, including with Great Britain", geo=NI),
            L("almost 60%", 60, ALM, PCT, "population_growth_share_migration", MY25, geo=NI),
            L("6,300", 6300, E, P, "net_migration_international", MY25 + " net inflow from outside the UK", geo=NI),
            L("1,600", -1600, E, P, "net_migration_rest_of_uk", MY25 + " net loss to Great Britain: more went than came", geo=NI),
            L("176,400", 176400, E, P, PBA, AT25 + " born outside the UK", geo=NI),
            L("9.1%", 9.1, E, PCT, PSBA, AT25, geo=NI),
            L("20,400", 20400, E, P, PBA + "_change", "mid-2025 vs census day 2021 (higher than; " + NIS + ")", geo=NI),
            L("156,000", 156000, E, P, PBA, C21, geo=NI),
            L("8.2%", 8.2, E, PCT, PSBA, C21, geo=NI),
            L("almost a quarter", 25, ALM, PCT, PBA + "_share_republic_of_ireland", AT25 + " of those born outside the UK", geo=NI),
            L("41,900", 41900, E, P, PBA + "_republic_of_ireland", AT25, geo=NI),
            L("134,500", 134500, E, P, "population_born_outside_uk_ireland", AT25, geo=NI),
            L("some 6.9%", 6.9, AP, PCT, "population_share_born_outside_uk_and_ireland", AT25, geo=NI),
            L("21,600", 21600, E, P, PBA + "_poland", AT25, geo=NI),
            L("11,300", 11300, E, P, PBA + "_india", AT25, geo=NI),
            L("nearly four times", 4, ALM, RATIO, PBA + "_india_ratio", "mid-2025 vs 2011 (the 2011 census; " + NIS + ")", geo=NI),
            L("14.8%", 14.8, E, PCT, PSBA, AT25 + " the highest share", geo="Belfast"),
            L("one in eight", 12.5, E, PCT, "population_share_born_outside_uk_and_ireland", AT25, geo="Mid Ulster"),
            L("5.6%", 5.6, E, PCT, PSBA, AT25 + " the lowest share", geo="Causeway Coast and Glens"),
            L("333,900", 333900, E, P, "population_aged_65_and_over", AT25, geo=NI),
            L("17.2%", 17.2, E, PCT, "population_share_aged_65_and_over", AT25, geo=NI),
            L("40.4 years", 40.4, E, YEARS, "population_median_age", AT25, geo=NI),
            L("about 1.98 million", 1980000, AP, P, "population_projection", "around 2040 (on current trends; Dr Ciaran Maguire-Osei, NISRA)", geo=NI),
            L("one in every 11", 100 / 11, E, PCT, PSBA, "mid-2025 (the figures meant; Olena Brady-Nwosu, Lagan Newcomers Network)", geo=NI),
            L("4,180", 4180, E, CALLS, "charity_advice_line_calls", "January to December 2025 (last year; Lagan Newcomers Network)", geo=NI),
            L("more than 19,000", 19000, MT, P, "school_pupils_newcomer", "2025/26 school year (now; Niamh Corvin MLA)", geo=NI),
            L("£3.6m", 3600000, E, GBP, "newcomer_pupils_support_budget", "per year, 2026 (frozen at; Niamh Corvin MLA)", geo=NI),
        ]),
    "03-the-armillary-asylum-hotel-closures-cost-per-night": dict(
        meta=dict(url="https://www.thearmillary.example/uk/home-affairs/article/ministers-shut-46-asylum-hotels-in-six-months-but-each-bed-still-costs-118-a-night-k7rq2vxzd",
                  title="Ministers shut 46 asylum hotels in six months - but each bed still costs £118 a night",
                  publisher="The Armillary", author="Matthew Ellery-Okafor", published_date="2026-11-14"),
        labels=[
            L("46", 46, E, HOTELS, "asylum_hotels_closed", "April to September 2026 (in six months; headline)", occ=0),
            L("£118", 118, E, GBP, HCN, "per night, April to September 2026 (each bed still costs; headline)", occ=0),
            L("almost a third", -THIRD, ALM, PCT, HOT + "_change", "30 September 2026 vs 30 September 2025 (down, in a year; standfirst)"),
            L("above £2.5m", 2500000, MT, GBP, ACH, "per day, November 2026 (the bill remains; standfirst)"),
            L("46", 46, E, HOTELS, "asylum_hotels_closed", "April to September 2026 (between April and September; " + HO3 + ")", occ=1),
            L("164", 164, E, HOTELS, AHU, S26 + " left in use"),
            L("210", 210, E, HOTELS, AHU, "31 March 2026 (the end of March; " + HO3 + ")"),
            L("more than 400", 400, MT, HOTELS, AHU, "summer 2023 (the 2023 peak)"),
            L("22,060", 22060, E, P, HOT, S26, occ=0),
            L("31 per cent", -31, E, PCT, HOT + "_change", "30 September 2026 vs 30 September 2025 (fewer; " + HO3 + ")"),
            L("31,800", 31800, E, P, HOT, "30 September 2025 (twelve months before; " + HO3 + ")"),
            L("about one in five", 20, AP, PCT, "asylum_support_share_hotels", S26),
            L("104,300", 104300, E, P, "asylum_support_population", S26 + " receiving asylum support"),
            L("£118", 118, E, GBP, HCN, "per night, " + H6 + " renegotiated rates", occ=1),
            L("£141", 141, E, GBP, HCN, "per night, April 2025 to March 2026 (across 2025-26)"),
            L("16 per cent", -16, E, PCT, HCN + "_change", "April to September 2026 vs 2025-26 (a fall)"),
            L("nearly seven times", 7, ALM, RATIO, HCN + "_ratio", "April to September 2026 (a hotel place vs dispersal accommodation)"),
            L("£17", 17, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, 2026 (on average)"),
            L("22,060", 22060, E, P, HOT, "November 2026 (kept in hotels at the new rate; The Armillary's calculation)", occ=1),
            L("about £2.6m", 2600000, AP, GBP, ACH, "per day, November 2026 (The Armillary's calculation)"),
            L("£1.6bn", 1600000000, E, GBP, ACH, "April 2025 to March 2026 (2025-26; " + ACC + ")"),
            L("about a quarter", -25, AP, PCT, ACH + "_change", "2025-26 vs 2024-25 (down by; " + ACC + ")"),
            L("£2.1bn", 2100000000, E, GBP, ACH, "April 2024 to March 2025 (the year before; " + ACC + ")"),
            L("£8.2m", 8200000, E, GBP, ACH, "per day, 2023 (at its height)"),
            L("£15.3bn", 15300000000, E, GBP, "asylum_accommodation_contracts_value", "over ten years (three contracts with private providers)"),
            L("1,150", 1150, E, P, "large_site_capacity", "November 2026 (men the former RAF base can hold)", geo="Wethermoor"),
            L("about £190", 190, AP, GBP, "large_site_cost_per_person_night", "per night, 2026 (each resident, with security and catering)", geo="Wethermoor"),
            L("up to 180", 180, AM, P, HOT, "until October 2026 (men housed at the Fairlands Court before it closed)", geo="Stevenage"),
            V("tens of thousands", 20000, 90000, P, HOT, "November 2026 (people remaining in hotels; Helena Sackwell-Obi, Conservative home affairs spokeswoman)"),
            L("about £800m", 800000000, AP, GBP, "asylum_hotel_exit_saving", "per year (moving everyone still in hotels into dispersal housing; Calloway Institute)"),
            L("at least 9,000", 9000, AL, PROPS, "asylum_dispersal_properties_needed", "November 2026 (more properties required; Calloway Institute)"),
            V("millions", 2000000, 9000000, GBP, ACH, "per day, July 2024 (on our arrival; the Home Office)"),
            L("More than 100", 100, MT, HOTELS, "asylum_hotels_closed", "July 2024 to November 2026 (since July 2024; the Home Office)"),
        ]),
    "04-tallystick-asylum-grant-rate-claim": dict(
        meta=dict(url="https://tallystick.example/immigration/four-in-five-asylum-claims-approved",
                  title="No, four in five asylum claims are not being approved",
                  publisher="Tallystick", author="Saoirse Penhallow-Adu", published_date="2026-09-01"),
        labels=[
            L("four in five", 80, E, PCT, GSI, CLAIM + " headline, denied", occ=0),
            L("Four in five", 80, E, PCT, GSI, CLAIM + " Claim box", occ=0),
            L("38%", 38, E, PCT, GSI, Y4 + " Our verdict box", occ=0),
            L("67%", 67, E, PCT, GSI, "January to December 2023 (Our verdict box)", occ=0),
            L("Four in five", 80, E, PCT, GSI, CLAIM + " in his words", occ=1),
            L("104,600", 104600, E, P, "asylum_initial_decisions", Y4),
            L("39,750", 39750, E, P, "asylum_grants", Y4 + " initial decisions"),
            L("38%", 38, E, PCT, GSI, Y4, occ=1),
            L("35,400", 35400, E, P, "asylum_grants_refugee_status", Y4),
            L("4,350", 4350, E, P, "asylum_grants_humanitarian_protection_or_other_leave", Y4),
            L("64,850", 64850, E, P, "asylum_refusals", Y4),
            L("more than three in five", 60, MT, PCT, "asylum_refusals_share_initial_decisions", Y4),
            L("21,300", 21300, E, P, "asylum_withdrawals", Y4 + " over the same period"),
            L("10.4k", 10400, E, P, "asylum_grants", "July to September 2025 (chart; " + HO4 + ")"),
            L("10.2k", 10200, E, P, "asylum_grants", "October to December 2025 (chart; " + HO4 + ")"),
            L("9.8k", 9800, E, P, "asylum_grants", "January to March 2026 (chart; " + HO4 + ")"),
            L("9.4k", 9400, E, P, "asylum_grants", "April to June 2026 (chart; " + HO4 + ")"),
            L("67%", 67, E, PCT, GSI, "January to December 2023 (the highest for more than three decades)", occ=1),
            L("47%", 47, E, PCT, GSI, "January to December 2024"),
            L("nearly 30 percentage points", -30, ALM, PCT, GSI + "_change", "2023 to the year ending June 2026 (a drop, in two and a half years)"),
            L("97%", 97, E, PCT, GSI + "_eritrean", Y4 + " the latest year"),
            L("about half", 50, AP, PCT, GSI + "_afghan", Y4 + " the latest year"),
            L("fewer than one in 20", 5, LT, PCT, GSI + "_albanian", Y4 + " the latest year"),
            L("some 18,900", 18900, AP, P, "asylum_initial_decisions_small_boat_arrivals", "January to December 2023 (small boat arrivals who received an initial decision)"),
            L("86%", 86, E, PCT, "small_boat_arrivals_share_granted_protection", "January to December 2023 (of these initial decisions, grants)"),
            L("46%", 46, E, PCT, "asylum_appeals_share_allowed", Y4 + " appeals determined by the tribunal over the same twelve months"),
            L("71%", 71, E, PCT, "asylum_grants_share_final_outcome", "claims made in 2022 with a final outcome by June 2026 (eventually granted after appeals; Home Office cohort analysis)"),
            L("four in five", 80, E, PCT, GSI, CLAIM + " no current measure shows it", occ=1),
        ]),
    "05-stonechat-news-returns-removals-foreign-offenders": dict(
        meta=dict(url="https://www.stonechat.example/news/articles/c4e8q1xz7m2o",
                  title="Removals from UK reach highest level in a decade",
                  publisher="Stonechat News", author="Tomasz Whitcombe-Amadi", published_date="2026-08-20"),
        labels=[
            L("38,940", 38940, E, P, "returns", YJ5 + " removed or returned, in total"),
            L("12%", 12, E, PCT, "returns_change", "year to June 2026 vs the previous year (more than; " + HO5 + ")"),
            L("23%", 23, E, PCT, "returns_enforced_change", "year to June 2026 vs year to June 2025 (rose by; " + HO5 + ")"),
            L("10,480", 10480, E, P, "returns_enforced", YJ5),
            L("25,210", 25210, E, P, "returns_voluntary", YJ5 + " the latest year"),
            L("almost two-thirds", 200 / 3, ALM, PCT, "returns_share_voluntary", YJ5),
            L("3,250", 3250, E, P, "returns_port", YJ5),
            L("More than a quarter", 25, MT, PCT, "returns_voluntary_share_assisted", YJ5),
            L("7,060", 7060, E, P, "returns_voluntary_assisted", YJ5),
            L("up to £3,000", 3000, AM, GBP, "voluntary_return_payment", "since April 2026 (offered to people who agree to leave)"),
            L("64", 64, E, FLIGHTS, "charter_removal_flights", YJ5 + " during the year"),
            L("about two in five", 40, AP, PCT, "returns_enforced_share_albanian", YJ5),
            L("5,740", 5740, E, P, "returns_foreign_national_offenders", YJ5),
            L("15%", 15, E, PCT, "returns_foreign_national_offenders_change", "year to June 2026 vs the year before (more than; " + HO5 + ")"),
            L("19,600", 19600, E, P, "foreign_national_offenders_awaiting_removal_in_community", "30 June 2026 (the end of June; " + HO5 + ")"),
            L("2,190", 2190, E, P, "detention_population", "30 June 2026 (held in immigration detention; " + HO5 + ")"),
            L("about 17%", 17, AP, PCT, "detention_population_change", "30 June 2026 vs 30 June 2025 (more than a year earlier)"),
            L("About a third", THIRD, AP, PCT, "deportation_appeals_allowed_share_article_8", "January to December 2025 (successful appeals against deportation last year that turned on Article 8)"),
            L("1,480", 1480, E, P, "returns", "August 2025 to August 2026 (taken back under the returns pilot agreed last summer)", geo="France"),
            L("43,120", 43120, E, P, SBA, YJ5 + " made the crossing"),
            L("Nearly 75,000", 75000, ALM, P, "returns", "5 July 2024 to August 2026 (left since we took office; the Home Secretary)"),
            L("about 100", 100, AP, P, "returns", "per day, 2026 (running at; Marcus Fennimore-Lyle, shadow immigration minister)"),
            L("120", 120, E, P, SBA, "per day, 2026 (small boats bringing in; Marcus Fennimore-Lyle, shadow immigration minister)"),
            L("Around 65,000", 65000, AP, P, "asylum_refusals", "July 2025 to June 2026 (refused at first decision in the last year; " + LAQ + ")"),
            L("roughly one in six", SIXTH, AP, PCT, "returns_share_of_refusals", "within the same year (people refused who end up leaving; " + LAQ + ")"),
            L("£15,000 or more", 15000, AL, GBP, "returns_cost_per_enforced_removal", "2026 (including detention and escorts; " + LAQ + ")"),
        ]),
    "06-tamworth-treecreeper-care-workers-sponsor-licences": dict(
        meta=dict(url="https://www.tamworthtreecreeper.example/news/staffordshire/care-firms-stripped-81-licences-hire-9931847",
                  title="Care firms across the region stripped of 81 licences to hire staff from abroad as visa numbers slump",
                  publisher="Tamworth Treecreeper", author="Jodie Harrowgate-Eze", published_date="2026-03-10"),
        labels=[
            L("81", 81, E, LIC, SLR, "July 2022 to December 2025 (stripped; headline)", geo=WM),
            L("72%", -72, E, PCT, VCW + "_change", "2025 vs 2024 (overseas recruitment into care fell, last year; standfirst)", occ=0),
            L("1,240", 1240, E, P, CWD, "July 2022 to December 2025 (caught up when employers lost the right to sponsor; standfirst)", geo=STAFFS, occ=0),
            L("Eighty-one", 81, E, LIC, SLR, REV, geo=WM),
            L("612", 612, E, LIC, SLR, REV.replace("since the crackdown began", "between July 2022 and the end of 2025")),
            L("Around 45,000", 45000, AP, P, CWD, REV.replace("since the crackdown began", "employed by those firms when they lost their licences")),
            L("17", 17, E, LIC, SLR, REV, geo=STAFFS),
            L("1,240", 1240, E, P, CWD, REV, geo=STAFFS, occ=1),
            L("Four", 4, E, LIC, SLR, REV, geo="Tamworth", ctx="Four of them were based"),
            L("8,730", 8730, E, P, VCW, "January to December 2025"),
            L("72%", -72, E, PCT, VCW + "_change", "2025 vs 2024 (down)", occ=1),
            L("31,200", 31200, E, P, VCW, "January to December 2024"),
            L("more than 100,000", 100000, MT, P, VCW, "January to December 2023 (the peak)"),
            L("about one in five", 20, AP, PCT, "adult_social_care_workforce_share_international_recruits", "2024/25 (latest; Skills for Care)", geo=WM),
            L("a third", -THIRD, E, PCT, "adult_social_care_international_recruits_change", "latest year vs last year (down; " + SFC + ")", geo=WM),
            L("7.6%", 7.6, E, PCT, "adult_social_care_vacancy_share", "2024/25 (latest; Skills for Care)", geo=WM),
            L("around 1,300", 1300, AP, VAC, "adult_social_care_vacancies", "2024/25 (latest; Skills for Care)", geo=STAFFS),
            L("£9,000", 9000, E, GBP, "recruitment_fee_paid_to_agent", "before 2025 (one carer's payment to an agent; cross-head)", geo="Tamworth", occ=0),
            L("£9,000", 9000, E, GBP, "recruitment_fee_paid_to_agent", "before 2025 (one carer's payment to an agent back home; an anonymous carer)", geo="Tamworth", occ=1),
            L("38", 38, E, P, "care_provider_staff", "March 2026 (carers employed by Anker Valley Homecare)", geo="Tamworth"),
            L("more than half", 50, MT, PCT, "care_provider_staff_share_recruited_abroad", "March 2026 (Anker Valley Homecare)", geo="Tamworth"),
            L("£12.5m", 12500000, E, GBP, "displaced_care_workers_support_funding", "since 2024 (the pot funding regional partnerships)", geo=ENG),
            L("1,130", 1130, E, P, "displaced_care_workers_matched_to_new_sponsors", "2024 to March 2026 (since 2024; the regional partnership)", geo=WM),
            L("£4.1m", 4100000, E, GBP, "council_agency_staff_cost_social_care", "April 2025 to March 2026 (2025/26, extra, on course to spend; Cllr Graham Steventon, Staffordshire County Council)", geo=STAFFS),
            V("thousands", 2000, 9000, P, CWD, "July 2022 to March 2026 (carers left in limbo; Dennis Oyelaran-Pugh, Care Workers' Guild)"),
            L("£12.71", 12.71, E, GBP, "national_living_wage_hourly", "per hour, from April 2026"),
            L("more than 600", 600, MT, LIC, SLR, "July 2022 to March 2026 (revoked in the care sector; " + HOS + ")"),
        ]),
    "07-the-wayward-immigration-housebuilding-population-essay": dict(
        meta=dict(url="https://thewayward.example/society/the-arithmetic-nobody-wants-to-do",
                  title="The arithmetic nobody wants to do",
                  publisher="The Wayward", author="Alasdair Rennick-Oyewole", published_date="2026-07-08"),
        labels=[
            L("2.7 million", 2700000, E, P, "population_growth", M2125.replace("ONS", "standfirst"), occ=0),
            L("69.8 million", 69800000, E, P, "population", "30 June 2025 (mid-2025; ONS)"),
            L("67.1 million", 67100000, E, P, "population", "30 June 2021 (four years earlier; ONS)"),
            L("2.7 million", 2700000, E, P, "population_growth", M2125, occ=1),
            L("more than nine-tenths", 90, MT, PCT, "population_growth_share_migration", M2125),
            L("c. 2.6m", 2600000, AP, P, NM, "mid-2021 to mid-2025 (net arrivals over the four years; ONS)"),
            L("118,000", 118000, E, P, "net_migration_revision", "mid-2021 to mid-2025 (revised up by, since first published; ONS)"),
            L("roughly 208,000", 208000, AP, HOMES, HNA, "April 2024 to March 2025 (2024/25, net of demolitions)", geo=ENG),
            L("about 850,000", 850000, AP, HOMES, HNA, "April 2021 to March 2025 (the four years to March 2025)", geo=ENG),
            L("2.36", 2.36, E, PPH, "average_household_size", "2025 (the average household)", geo=ENG),
            R("between 1.1 million and 1.3 million", 1100000, 1300000, HOMES, "housing_need_from_population_growth", "mid-2021 to mid-2025 (extra homes needed for the population growth; the author's calculation)"),
            L("roughly four in five", 80, AP, PCT, "population_growth_share_housed", "mid-2021 to mid-2025 (people who arrived for whom homes were built; the author's reading)"),
            L("4.7m", 4700000, E, HH, "private_rented_households", "2026 (now, a record)", geo=ENG),
            L("more than doubled", 2, MT, RATIO, "temporary_accommodation_households_ratio", "2010 to 2026 (since 2010)", geo=ENG),
            L("over 131,000", 131000, MT, HH, "temporary_accommodation_households", "2026 (now)", geo=ENG),
            L("more than half", 50, MT, PCT, "home_ownership_rate_aged_25_34", "2003", geo=ENG),
            L("about 40%", 40, AP, PCT, "home_ownership_rate_aged_25_34", "2026 (now)", geo=ENG),
            L("7.7 times", 7.7, E, RATIO, "house_price_to_earnings_ratio", "2026 (the average home against average earnings)", geo=ENG),
            L("more than twice", 2, MT, RATIO, "house_price_to_earnings_multiple_ratio", "2026 vs the late 1990s", geo=ENG),
            L("1.5 million", 1500000, E, HOMES, "housing_target", "July 2024 to 2029 (this Parliament; the government)", geo=ENG),
            L("300,000", 300000, E, HOMES, "housing_target", "per year, July 2024 to 2029 (the government)", geo=ENG),
            L("£39bn", 39000000000, E, GBP, "affordable_housing_funding", "2026 to 2036 (over the next ten years; the government)", geo=ENG),
            L("about 243,000", 243000, AP, HOMES, HNA, "April 2019 to March 2020 (2019/20, the best year in recent memory)", geo=ENG),
            L("340,000", 340000, E, P, "net_migration_projection_assumption", "per year, long term (the official projections assume)"),
            L("72.5 million", 72500000, E, P, "population_projection", "30 June 2032 (mid-2032; the official projections)"),
            R("between 200,000 and 250,000", 200000, 250000, P, NM, "July 2024 to June 2025 (the 12 months to June 2025; depending on which figures you trust)"),
            L("roughly one in ten", 10, AP, PCT, "social_housing_lettings_share_non_uk_nationals", "latest year (new social lettings to households headed by a non-UK national)", geo=ENG),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
