#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-eighth hand-labelled hold-out set (holdout108).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, RATIO, PPB, BOATS, EUR, THIRD, E, AP, MT, AL, LT, AM,
                        ALM, EW, SBA, SBC, NM, AC, HOT)

UK, ENG, WAL, NI, FR = "UK", "England", "Wales", "Northern Ireland", "France"
AREAS, VAC, HH = "other:council_areas", "other:vacancies", "other:households"
FLIGHTS, DAYS = "other:flights", "other:days"

# 01 (Thursday 16 July 2026; ONS mid-year estimates for mid-2025 "out on Wednesday", 15 July 2026)
MID25 = "mid-2025 (30 June 2025; ONS mid-year estimates published Wednesday 15 July 2026"
Y25 = "July 2024 to June 2025 (the 12 months ending in June 2025; ONS mid-year estimates"
NMI = "net_migration_international"
SHARE = "net_migration_share_of_population_growth"
ASH = "Ashgrove Population Trust"
# 02 (Monday 8 June 2026; "last week" = Monday 1 to Sunday 7 June 2026; "Wednesday" = 3 June 2026)
WK = "1 to 7 June 2026 (last week, Monday to Sunday; Home Office figures"
WED = "3 June 2026 (Wednesday, the busiest day"
PREF = "prefecture for the Channel coast"
TIDE = "Tidewatch Refugee Support"
# 03 (Friday 27 November 2026; Home Office statistics "released on Thursday", 26 November 2026, to the end of September)
S26 = "30 September 2026 (end of September; Home Office statistics released Thursday 26 November 2026"
Y26 = "October 2025 to September 2026 (the year to September; Home Office statistics released Thursday 26 November 2026"
S4 = "refused_asylum_seekers_section_4_support"
HAJ = "Harrowden Asylum Justice Project"
# 04 (Tuesday 20 October 2026; Home Office annual accounts for 2025/26)
FY = "April 2025 to March 2026 (2025/26, the financial year that ended in March; Home Office annual accounts"
WRAY = "economist, University of Wrayford"
# 05 (Thursday 23 July 2026; ONS mid-year estimates "last week", 15 July 2026; NHS Wales data)
MIDW = "mid-2025 (30 June 2025; ONS mid-year estimates published last week"
YW = "July 2024 to June 2025 (the year to mid-2025; ONS mid-year estimates"
HDDA = "Hywel Dda University Health Board"
# 06 (Friday 27 February 2026; Home Office data "published on Thursday", 26 February 2026, for calendar 2025)
C25 = "January to December 2025 (last year; Home Office data published Thursday 26 February 2026"
WD = "visas_granted_work_dependants"
CW = "visas_granted_care_worker"
HCW = "visas_granted_health_care_worker"
SW = "visas_granted_skilled_worker"
CHART = "(chart 'Dependants of work visa holders, '000'; Source: Home Office)"
# 07 (Wednesday 18 November 2026; Home Office figures released to the Standard for the 12 months to September 2026;
# Stormont committee "on Tuesday", 17 November 2026)
Y7 = "October 2025 to September 2026 (the 12 months to September; Home Office figures released to the Standard"
GULL = "operation_gull"

ARTICLES = {
    "01-the-ramparts-england-wales-population-62-million": dict(
        meta=dict(url="https://www.theramparts.example/news/2026/07/16/population-england-wales-tops-62-million-migration/",
                  title="Population of England and Wales tops 62 million for the first time as migration fuels growth",
                  publisher="The Ramparts", author="Hugo Pemberley-Nwachukwu", published_date="2026-07-16"),
        labels=[
            L("62 million", 62e6, MT, P, "population", MID25 + "; tops, for the first time; headline)", ctx="tops 62 million", geo=EW),
            L("268,400", 268400, E, P, "population_growth", Y25 + "; more residents in a year; standfirst)", occ=0, geo=EW),
            L("more than nine in ten", 90, MT, PCT, SHARE, Y25 + "; overseas arrivals' share of the rise; standfirst)", geo=EW),
            L("more than 62 million", 62e6, MT, P, "population", MID25 + "; now hold)", geo=EW),
            L("62,080,200", 62080200, E, P, "population", MID25 + ")", geo=EW),
            L("268,400", 268400, E, P, "population_growth", Y25 + "; having risen by)", occ=1, geo=EW),
            L("0.4 per cent", 0.4, E, PCT, "population_change", Y25 + ")", ctx="or 0.4 per cent", geo=EW),
            L("706,900", 706900, E, P, "population_growth", "July 2023 to June 2024 (added in the previous year; ONS)", geo=EW),
            L("more than three-fifths", -60, MT, PCT, "population_growth_change", "year to mid-2025 vs year to mid-2024 (a slowdown of)", geo=EW),
            L("some 735", 735, AP, P, "population_growth", "per day, July 2024 to June 2025 (extra residents every day)", geo=EW),
            L("21,300", 21300, E, P, "population_natural_change", Y25 + "; births exceeded deaths by)", geo=EW),
            L("862,300", 862300, E, P, "immigration", Y25 + "; moved in from overseas)", geo=EW),
            L("617,200", 617200, E, P, "emigration", Y25 + "; left)", geo=EW),
            L("245,100", 245100, E, P, NMI, Y25 + "; net international migration)", geo=EW),
            L("91 per cent", 91, E, PCT, SHARE, Y25 + "; of the rise)", geo=EW),
            L("2,000", 2000, E, P, "net_migration_rest_of_uk", Y25 + "; moves from Scotland and Northern Ireland added a further)", geo=EW),
            L("18,600", 18600, E, P, "population_revision", "mid-2024 (the figure for a year earlier, nudged up; ONS)", geo=EW),
            L("61,811,800", 61811800, E, P, "population", "mid-2024 (30 June 2024, revised; ONS)", geo=EW),
            L("58,883,700", 58883700, E, P, "population", MID25 + ")", geo=ENG),
            L("0.4 per cent", 0.4, E, PCT, "population_change", Y25 + ")", ctx="58,883,700, up 0.4 per cent", geo=ENG),
            L("0.3 per cent", 0.3, E, PCT, "population_change", Y25 + "; its weakest rise since 2021)", geo=WAL),
            L("3,196,500", 3196500, E, P, "population", MID25 + ")", geo=WAL),
            L("0.9 per cent", 0.9, E, PCT, "population_change", Y25 + "; faster than any other region)", geo="London"),
            L("2.4 per cent", 2.4, E, PCT, "population_change", Y25 + ")", geo="Coventry"),
            L("six times", 6, E, RATIO, "population_growth_ratio", Y25 + "; Coventry's growth against the national rate)", geo="Coventry"),
            L("61", 61, E, AREAS, "council_areas_population_decline", Y25 + "; of the 318 local authority areas, shrank)", ctx="61 of the 318", geo=EW),
            L("0.6 per cent", -0.6, E, PCT, "population_change", Y25 + "; down)", geo="Blackpool"),
            L("19.2 per cent", 19.2, E, PCT, "population_share_aged_65_and_over", MID25 + "; now)", geo=EW),
            L("18.6 per cent", 18.6, E, PCT, "population_share_aged_65_and_over", "mid-2020 (30 June 2020)", geo=EW),
            L("40.8 years", 40.8, E, YEARS, "population_median_age", MID25 + "; edged up to)", geo=EW),
            L("more than a quarter of a million", 250000, MT, P, "population_growth", "per year (this country is still adding; shadow home secretary)", geo=EW),
            L("64.4 million", 64.4e6, E, P, "population_projection", "mid-2032 (on current trends; " + ASH + ")", geo=EW),
            L("upwards of 67 million", 67e6, MT, P, "population_projection", "the early 2040s (on current trends; " + ASH + ")", geo=EW),
            L("more than two-thirds", -200 / 3, MT, PCT, "net_migration_change", "2026 vs the peak in the year ending March 2023 (below its high point; Home Office spokesman)"),
            L("about a third", THIRD, AP, PCT, "council_areas_share_natural_decrease", "2026 (now; local authorities where deaths already outnumber births; professor, University of Welland)", geo=EW),
        ]),
    "02-daily-fracas-channel-crossings-week-french-police": dict(
        meta=dict(url="https://www.dailyfracas.example/news/uk-news/nearly-3000-small-boat-migrants-kent-seven-days-37104826",
                  title="Nearly 3,000 small boat migrants reach Kent in seven days while French police halt 1,310 more on beaches",
                  publisher="Daily Fracas", author="Jodie Pennycook-Mbeki", published_date="2026-06-08"),
        labels=[
            L("Nearly 3,000", 3000, ALM, P, SBA, WK + "; in seven days; headline)"),
            L("1,310", 1310, E, P, "small_boat_launch_attempts_stopped_people", WK + "; halted on beaches by French police; headline)", occ=0, geo=FR),
            L("38%", 38, E, PCT, SBA + "_change", "1 to 7 June 2026 vs the same week of 2025 (standfirst)", occ=0),
            L("814", 814, E, P, SBA, WED + "; standfirst)", occ=0),
            L("2,946", 2946, E, P, SBA, WK + ")"),
            L("52", 52, E, BOATS, SBC, WK + "; dinghies)"),
            L("about 57", 57, AP, PPB, "small_boat_occupancy", WK + "; per boat)"),
            L("38%", 38, E, PCT, SBA + "_change", "1 to 7 June 2026 vs the equivalent week last June (higher)", occ=1),
            L("2,135", 2135, E, P, SBA, "the equivalent week of June 2025 (last June)"),
            L("814", 814, E, P, SBA, WED + ")", occ=1),
            L("13", 13, E, BOATS, SBC, WED + ")"),
            L("1,310", 1310, E, P, "small_boat_launch_attempts_stopped_people", "1 to 7 June 2026 (over the seven days; " + PREF + ")", occ=1, geo=FR),
            L("24", 24, E, BOATS, "small_boat_launches_prevented", "1 to 7 June 2026 (boats prevented from launching; " + PREF + ")", geo=FR),
            L("almost a third", THIRD, ALM, PCT, "small_boat_launch_attempts_share_prevented", "1 to 7 June 2026 (of all attempts, halted before they reached the water)", geo=FR),
            L("Around 700", 700, AP, P, "french_coastal_police_deployed", "June 2026 (now, along the coast each night; " + PREF + ")", geo=FR),
            L("18,730", 18730, E, P, SBA, "1 January to 7 June 2026 (so far this year)"),
            L("4,520", 4520, E, P, SBA + "_change", "1 January to 7 June, 2026 vs 2025 (more than by the same date in 2025)"),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", "1 to 7 June 2026 vs the same seven days of 2022"),
            L("780", 780, E, P, SBA, "the same seven days of June 2022"),
            L("41", 41, E, P, "returns", WK + "; flown back to France under the 'one in, one out' deal)", geo=FR),
            L("More than 85,000", 85000, MT, P, SBA, "5 July 2024 to June 2026 (since this Government took office; Reform UK's home affairs spokesman)"),
            L("one in four", 25, E, PCT, "small_boat_arrivals_share_sudanese", WK + "; of those arriving last week; " + TIDE + ")"),
            L("More than half", 50, MT, PCT, "small_boat_arrivals_share_expected_granted_asylum", "arrivals of 1 to 7 June 2026 (will end up being recognised as refugees; a forecast; director, " + TIDE + ")"),
            L("At least 11", 11, AL, P, "small_boat_deaths", "1 January to 7 June 2026 (lost their lives in the water off northern France since January; French coastguard)", geo=FR),
            L("more than 2,300", 2300, MT, P, "returns", "September 2025 to June 2026 (flown back to France under the returns agreement; Home Office spokesperson)", geo=FR),
            L("£476m", 476e6, E, GBP, "uk_funding_to_france", "over three years (put into French policing)"),
        ]),
    "03-the-openfield-asylum-backlog-refused-claimants": dict(
        meta=dict(url="https://www.theopenfield.example/news/uk/politics/asylum-backlog-refused-claimants-removals-b2914377.html",
                  title="Asylum queue cut by more than a third, yet almost 68,000 claims refused in a year",
                  publisher="The Openfield", author="Rowan Adebisi-Cartwright", published_date="2026-11-27"),
        labels=[
            L("more than a third", -THIRD, MT, PCT, "asylum_backlog_change", "30 September 2026 vs 30 September 2025 (asylum queue cut by; headline)"),
            L("almost 68,000", 68000, ALM, P, "asylum_refusals", Y26 + "; claims refused in a year; headline)"),
            L("about one in eight", 12.5, AP, PCT, "returns_share_of_refusals", Y26 + "; people whose claims fail who are removed; standfirst)"),
            L("44,350", 44350, E, P, "asylum_backlog", S26 + "; waiting for a first decision; 'At a glance' box)", occ=0),
            L("67.8k", 67800, E, P, "asylum_refusals", Y26 + "; claims refused; 'At a glance' box)"),
            L("12.9k", 12900, E, P, S4, S26 + "; refused claimants on support; 'At a glance' box)"),
            L("44,350", 44350, E, P, "asylum_backlog", S26 + "; still waiting for a first ruling)", occ=1),
            L("37%", -37, E, PCT, "asylum_backlog_change", "30 September 2026 vs 30 September 2025 (a drop on twelve months before)"),
            L("70,400", 70400, E, P, "asylum_backlog", "30 September 2025 (twelve months before)"),
            L("about a quarter", 0.25, AP, RATIO, "asylum_backlog_ratio", "30 September 2026 vs the peak of June 2023"),
            L("175,500", 175500, E, P, "asylum_backlog", "June 2023 (the peak)"),
            L("118,900", 118900, E, P, "asylum_initial_decisions", Y26 + ")"),
            L("57%", 57, E, PCT, "asylum_refusals_share_initial_decisions", Y26 + "; of initial decisions, refusals)"),
            L("67,800", 67800, E, P, "asylum_refusals", Y26 + "; people told that they did not qualify for protection)"),
            L("more than doubled", 2, MT, RATIO, "asylum_backlog_appeals_ratio", "30 September 2026 vs 30 September 2025 (the tribunal's stack of unheard asylum appeals)"),
            L("52,300", 52300, E, P, "asylum_backlog_appeals", S26 + ")"),
            L("24,900", 24900, E, P, "asylum_backlog_appeals", "30 September 2025 (a year earlier)"),
            L("46%", 46, E, PCT, "asylum_appeals_share_allowed", Y26 + "; of the appeals judges decided over the period)"),
            L("8,420", 8420, E, P, "returns", Y26 + "; people whose asylum claims had failed, removed or returned)"),
            L("19%", 19, E, PCT, "returns_change", "year to September 2026 vs the previous year (refused asylum seekers removed or returned)"),
            L("roughly one in eight", 12.5, AP, PCT, "returns_share_of_refusals", Y26 + "; of those refused)"),
            L("12,900", 12900, E, P, S4, S26 + "; refused claimants receiving section 4 accommodation and support)"),
            L("a fifth", 20, E, PCT, S4 + "_change", "30 September 2026 vs a year earlier (up in a year)"),
            L("96,000", 96000, E, P, "asylum_refused_not_removed", "January 2021 to 2026 (refused since the start of 2021 with no recorded departure; an estimated; Kestrel Forum)"),
            L("104,600", 104600, E, P, "asylum_applications", Y26 + ")"),
            L("6%", -6, E, PCT, "asylum_applications_change", "year to September 2026 vs the previous year (down)"),
            L("29%", -29, E, PCT, HOT + "_change", "30 September 2026 vs 30 September 2025 (people housed in hotels fell by)"),
            L("21,700", 21700, E, P, HOT, S26 + ")"),
            V("tens of thousands", 20000, 90000, P, "asylum_refused_not_removed", "2026 (people whose cases have failed, still here; shadow home secretary)"),
            L("over 26,000", -26000, MT, P, "asylum_backlog_change", "30 September 2026 vs 30 September 2025 (cut the queue in a single year; minister for border security)"),
            L("two in five", 40, E, PCT, "charity_clients_share_refused_without_lawyer", "2026 (refused clients it advised who had never spoken to a lawyer before their interview; " + HAJ + ")"),
            L("nearly half", 50, ALM, PCT, "asylum_appeals_share_allowed", "2026 (appeals succeed; " + HAJ + ")"),
        ]),
    "04-contrail-news-asylum-system-cost-explainer": dict(
        meta=dict(url="https://news.contrail.example/story/how-much-does-the-asylum-system-really-cost-and-why-is-the-bill-so-high-13408215",
                  title="How much does the asylum system really cost - and why is the bill so high?",
                  publisher="Contrail News", author="Niamh Fairbairn-Quaye", published_date="2026-10-20"),
        labels=[
            V("billions", 2e9, 9e9, GBP, AC, "per year, 2026 (the Home Office is still paying out a year; standfirst)"),
            L("£4.38bn", 4.38e9, E, GBP, AC, FY + ")"),
            L("about £12m", 12e6, AP, GBP, AC, "per day, 2025/26 (works out at)"),
            L("8%", -8, E, PCT, AC + "_change", "2025/26 vs 2024/25 (less than)"),
            L("£4.76bn", 4.76e9, E, GBP, AC, "April 2024 to March 2025 (2024/25)"),
            L("almost a fifth", -20, ALM, PCT, AC + "_change", "2025/26 vs 2023/24 (below the record)"),
            L("£5.38bn", 5.38e9, E, GBP, AC, "April 2023 to March 2024 (2023/24, the record)"),
            L("£2.71bn", 2.71e9, E, GBP, "asylum_cost_accommodation", FY + "; accommodation, last year)"),
            L("62%", 62, E, PCT, "asylum_cost_share_accommodation", FY + "; of the total)"),
            L("£1.49bn", 1.49e9, E, GBP, "asylum_cost_hotels", FY + "; hotels alone)"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week, 2026 (people in self-catered housing; a policy rate)"),
            L("£8.86", 8.86, E, GBP, "asylum_support_weekly_allowance_catered", "per week, 2026 (residents of catered hotels; a policy rate)"),
            L("103,700", 103700, E, P, "asylum_support_population", "30 June 2026 (the end of June)"),
            L("27,900", 27900, E, P, HOT, "30 June 2026 (the end of June; living in hotels)"),
            L("roughly £42,000", 42000, AP, GBP, "asylum_cost_per_person_per_year", "per year, 2025/26 (the annual bill divided by the number supported)"),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "2025/26 (an average a night per person)"),
            L("£17", 17, E, GBP, "dispersal_accommodation_cost_per_person_night", "2025/26 (a room in dispersal housing, a night)"),
            L("roughly eight and a half times", 8.5, AP, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2025/26 (a hotel night against a dispersal room)"),
            L("roughly £140m", 140e6, AP, GBP, "asylum_cost_saving", "per year (for every month shaved off the average wait; " + WRAY + ")"),
            L("nearly £470m", 470e6, ALM, GBP, "asylum_cost_saving", "per year (for every 10,000 people moved from hotels into ordinary housing; " + WRAY + ")"),
            L("£15.3bn", 15.3e9, E, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (the three contracts over their ten-year life; an estimated; National Audit Office)"),
            L("£109m", 109e6, E, GBP, "legal_aid_immigration_asylum_cost", "April 2024 to March 2025 (2024/25; paid by the Ministry of Justice)", geo=EW),
            L("£2.9bn", 2.9e9, E, GBP, "aid_in_donor_refugee_costs", "January to December 2025 (reported as aid)"),
            L("about 21%", 21, AP, PCT, "aid_in_donor_refugee_costs_share", "January to December 2025 (of all UK overseas aid)"),
            L("halved", -50, E, PCT, AC + "_change", "2025/26 to 2028/29 (Treasury spending plans assume; a projection)"),
            L("more than 40,000", 40000, MT, P, SBA, "per year (still arrive in small boats; shadow home secretary)"),
            L("€27.6bn", 27.6e9, E, EUR, AC, "January to December 2025 (last year; federal spending on refugees and asylum, including integration and social security)", geo="Germany"),
        ]),
    "05-the-cleddau-courier-wales-net-migration-nhs-workforce": dict(
        meta=dict(url="https://www.cleddaucourier.example/news/wales/net-migration-wales-halves-nhs-overseas-nurses-2026-07-23/",
                  title="Net migration to Wales more than halves as NHS overseas nurse recruitment falls by almost two-thirds",
                  publisher="The Cleddau Courier", author="Gwenllian Prothero-Boateng", published_date="2026-07-23"),
        labels=[
            L("more than halves", -50, MT, PCT, NMI + "_change", "year to mid-2025 vs year to mid-2024 (net migration to Wales; headline)", geo=WAL),
            L("almost two-thirds", -200 / 3, ALM, PCT, "nhs_wales_nurses_recruited_overseas_change", "2025/26 vs 2024/25 (NHS overseas nurse recruitment falls by; headline)", geo=WAL),
            L("9,900", 9900, E, P, "population_growth", YW + "; grew by just; standfirst)", occ=0, geo=WAL),
            L("3,196,500", 3196500, E, P, "population", MIDW + "; standfirst)", occ=0, geo=WAL),
            L("6,800", -6800, E, P, "population_natural_change", YW + "; deaths outnumbered births by; standfirst)", ctx="outnumbered births by 6,800", geo=WAL),
            L("11,900", 11900, E, P, NMI, YW + "; added to Wales)", ctx="added 11,900 people", geo=WAL),
            L("less than half", 0.5, LT, RATIO, NMI + "_ratio", "year to mid-2025 vs the previous year", geo=WAL),
            L("24,300", 24300, E, P, NMI, "July 2023 to June 2024 (the previous year)", geo=WAL),
            L("6,800", -6800, E, P, "population_natural_change", YW + "; deaths exceeded births by)", ctx="exceeded births by 6,800", geo=WAL),
            L("4,800", 4800, E, P, "net_migration_rest_of_uk", YW + "; arrived in net terms from elsewhere in the UK)", ctx="a further 4,800", geo=WAL),
            L("9,900", 9900, E, P, "population_growth", YW + "; rose by)", ctx="rose by 9,900", geo=WAL),
            L("0.3%", 0.3, E, PCT, "population_change", YW + ")", geo=WAL),
            L("3,196,500", 3196500, E, P, "population", MIDW + ")", occ=1, geo=WAL),
            L("0.9%", 0.9, E, PCT, "population_change", YW + ")", geo="Cardiff"),
            L("382,600", 382600, E, P, "population", MIDW + ")", geo="Cardiff"),
            L("0.5%", -0.5, E, PCT, "population_change", YW + "; shrank by)", geo="Ceredigion"),
            L("0.2%", 0.2, E, PCT, "population_change", YW + "; edged up)", geo="Pembrokeshire"),
            L("126,100", 126100, E, P, "population", MIDW + ")", geo="Pembrokeshire"),
            L("15", 15, E, AREAS, "council_areas_population_growth", YW + "; of Wales's 22 local authorities, grew)", ctx="15 of Wales", geo=WAL),
            L("109,800", 109800, E, P, "nhs_wales_workforce", "July 2026 (people the NHS in Wales employs)", geo=WAL),
            L("410", 410, E, P, "nhs_wales_nurses_recruited_overseas", "April 2025 to March 2026 (2025/26; health boards recruited from abroad)", geo=WAL),
            L("1,110", 1110, E, P, "nhs_wales_nurses_recruited_overseas", "April 2024 to March 2025 (2024/25)", geo=WAL),
            L("Around 14%", 14, AP, PCT, "nhs_wales_nurses_share_trained_overseas", "July 2026 (now; of the nursing workforce, trained outside the UK)", geo=WAL),
            L("9%", 9, E, PCT, "nhs_wales_nurses_share_trained_overseas", "2021", geo=WAL),
            L("1,340", 1340, E, P, HCW, "January to December 2025 (last year; health and care workers coming to Wales)", geo=WAL),
            L("78%", -78, E, PCT, HCW + "_change", "2025 vs 2024 (a fall of)", geo=WAL),
            L("386", 386, E, VAC, "nhs_nursing_vacancies", "30 June 2026 (registered nurse vacancies at the end of June; " + HDDA + ")", geo=HDDA),
            L("nearly a third", THIRD, ALM, PCT, "nhs_wales_doctors_share_qualified_abroad", "2026 (doctors working in Wales who qualified abroad; Welsh cabinet secretary for health)", geo=WAL),
            L("more than 1,700", 1700, MT, VAC, "nhs_nursing_vacancies", "2026 (registered nurse posts empty across the country; Royal College of Nursing in Wales)", geo=WAL),
            L("close to 60,000", 60000, ALM, P, NMI, "2020 to 2025 (moved to Wales from overseas in net terms, over five years; a Reform UK member of the Senedd)", geo=WAL),
            L("-6,800", -6800, E, P, "population_natural_change", YW + "; natural change; box)", geo=WAL),
            L("+11,900", 11900, E, P, NMI, YW + "; net international migration; box)", geo=WAL),
            L("+4,800", 4800, E, P, "net_migration_rest_of_uk", YW + "; net moves from elsewhere in the UK; box)", geo=WAL),
        ]),
    "06-the-ticker-tape-skilled-care-worker-visas-dependants": dict(
        meta=dict(url="https://www.thetickertape.example/content/7c41d2e8-care-worker-visas-plunge-dependants-curbs",
                  title="Care worker visas plunge 86% as curbs on family members bite",
                  publisher="The Ticker Tape", author="Philippa Castellane-Nakamura", published_date="2026-02-27"),
        labels=[
            L("86%", -86, E, PCT, CW + "_change", "2025 vs 2024 (care worker visas plunge; headline)"),
            L("more than halved", -50, MT, PCT, WD + "_change", "2025 vs 2024 (dependants of overseas workers; standfirst)"),
            L("63,700", 63700, E, P, SW, C25 + "; main applicants)"),
            L("21 per cent", -21, E, PCT, SW + "_change", "2025 vs 2024 (fewer)"),
            L("80,600", 80600, E, P, SW, "January to December 2024 (main applicants)"),
            L("64 per cent", -64, E, PCT, HCW + "_change", "2025 vs 2024 (grants to main applicants dropped)"),
            L("9,800", 9800, E, P, HCW, C25 + "; main applicants)"),
            L("27,200", 27200, E, P, HCW, "January to December 2024 (main applicants)"),
            L("3,100", 3100, E, P, CW, C25 + "; care workers and senior carers)"),
            L("22,200", 22200, E, P, CW, "January to December 2024"),
            L("fewer than one in 25", 0.04, LT, RATIO, CW + "_ratio", "2025 vs the 2023 peak"),
            L("89,300", 89300, E, P, CW, "January to December 2023 (the 2023 peak)"),
            L("48,700", 48700, E, P, WD, C25 + "; partners and children joining work visa holders)"),
            L("58 per cent", -58, E, PCT, WD + "_change", "2025 vs 2024 (down)"),
            L("115,900", 115900, E, P, WD, "January to December 2024 (the previous year)"),
            L("0.7", 0.7, E, RATIO, "visas_granted_work_dependants_to_main_applicants_ratio", C25 + "; average dependants accompanying each main applicant on work routes)"),
            L("1.4", 1.4, E, RATIO, "visas_granted_work_dependants_to_main_applicants_ratio", "January to December 2023"),
            L("9,400", 9400, E, P, "visas_granted_study_dependants", C25 + "; dependants of international students)"),
            L("143,500", 143500, E, P, "visas_granted_study_dependants", "January to December 2023 (two years earlier)"),
            L("219.6", 219600, E, P, WD, "January to December 2023 " + CHART),
            L("115.9", 115900, E, P, WD, "January to December 2024 " + CHART),
            L("48.7", 48700, E, P, WD, "January to December 2025 " + CHART),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the year to June 2025; latest ONS estimate)"),
            L("roughly £1.5bn", 1.5e9, AP, GBP, "tax_receipts_lost_lower_migration_estimate", "per year (the lost workers, in annual income tax and national insurance receipts; chief economist, Pellingham Capital)"),
            L("111,000", 111000, E, VAC, "adult_social_care_vacancies", "2025/26 (vacant posts in adult social care; Skills for Care)", geo=ENG),
            L("a third", THIRD, E, PCT, "care_providers_share_turned_away_clients", "2026 (members who had turned away new clients because they could not staff the hours; Association of Independent Care Employers)"),
            L("more than 700,000", -700000, MT, P, NM + "_change", "year to June 2025 vs the peak, year to March 2023 (shrunk since the peak; Home Office)"),
        ]),
    "07-the-sandy-row-standard-ni-removals-returns-belfast": dict(
        meta=dict(url="https://www.sandyrowstandard.example/news/belfast/removals-from-northern-ireland-up-41-larne-holding-centre-5120894",
                  title="Removals from Northern Ireland up 41% as Larne holding centre takes in 1,140 people",
                  publisher="The Sandy Row Standard", author="Declan Mulholland-Ekwueme", published_date="2026-11-18"),
        labels=[
            L("41%", 41, E, PCT, "returns_change", "12 months to September 2026 vs the previous 12 months (removals; headline)", occ=0, geo=NI),
            L("1,140", 1140, E, P, "detention_entries", Y7 + "; Larne holding centre takes in; headline)", occ=0, geo=NI),
            L("386", 386, E, P, "returns", Y7 + "; people who left in the past year; standfirst)", occ=0, geo=NI),
            L("386", 386, E, P, "returns", Y7 + "; removed or chose to depart)", occ=1, geo=NI),
            L("41%", 41, E, PCT, "returns_change", "12 months to September 2026 vs the previous 12 months (up)", occ=1, geo=NI),
            L("274", 274, E, P, "returns", "October 2024 to September 2025 (the previous 12 months)", geo=NI),
            L("268", 268, E, P, "returns", Y7 + "; chose to leave under voluntary return schemes)", geo=NI),
            L("more than two-thirds", 200 / 3, MT, PCT, "returns_share_voluntary", Y7 + "; went of their own accord)", geo=NI),
            L("118", 118, E, P, "returns", Y7 + "; enforced removals)", geo=NI),
            L("92", 92, E, P, "returns", Y7 + "; Albanians, the largest single group)", geo=NI),
            L("nearly a quarter", 25, ALM, PCT, "returns_share_albania", Y7 + "; of the total)", geo=NI),
            L("Four", 4, E, FLIGHTS, "charter_removal_flights", Y7 + "; left Belfast International Airport)", geo=NI),
            L("97", 97, E, P, "returns", Y7 + "; carried on the charter flights)", geo=NI),
            L("1,140", 1140, E, P, "detention_entries", Y7 + "; passed through Larne House)", occ=1, geo=NI),
            L("2.8 days", 2.8, E, DAYS, "detention_length_average", Y7 + "; Larne House, an average)", geo=NI),
            L("More than half", 50, MT, PCT, "detention_entries_share_moved_to_dungavel", Y7 + "; moved on to Dungavel immigration removal centre in Scotland)", geo=NI),
            L("1,920", 1920, E, P, GULL + "_travellers_questioned", Y7 + "; Operation Gull, at Belfast's harbour and two airports)", geo="Belfast"),
            L("Around one in three", THIRD, AP, PCT, GULL + "_share_no_right_to_be_in_uk", Y7 + "; of those questioned)", geo="Belfast"),
            L("640", 640, E, P, GULL + "_no_right_to_be_in_uk", Y7 + "; found to have no right to be in the UK)", geo="Belfast"),
            L("£2.1m", 2.1e6, E, GBP, "returns_cost", Y7 + "; removing people from Northern Ireland; Home Office)", geo=NI),
            L("about £5,400", 5400, AP, GBP, "returns_cost_per_person", Y7 + "; for each person; Home Office)", geo=NI),
            L("more than 800", 800, MT, P, "returns", "5 July 2024 to September 2026 (since 5 July 2024; removed or returned from Northern Ireland)", geo=NI),
            V("hundreds", 200, 900, P, "people_without_leave_to_remain", "November 2026 (in this province with no right to be here; DUP MLA for East Antrim)", geo=NI),
            L("57", 57, E, HH, "charity_service_users", "the year to November 2026 (families facing removal supported in the past year; Blackstaff Migrant Advice Centre)", geo="Belfast"),
            L("2,870", 2870, E, P, "deportation_orders_signed", "January to December 2025 (signed by the Department of Justice)", geo="Ireland"),
            L("about 70%", 70, AP, PCT, "international_protection_applicants_share_via_land_border", "2026 (now; arriving across the land border from Northern Ireland; Irish officials)", geo="Ireland"),
            L("more than 35,000", 35000, MT, P, "returns", "the last year to November 2026 (removed across the UK; Home Office spokesperson)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
