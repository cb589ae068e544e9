#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-fifty-fifth hand-labelled hold-out set (holdout155).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, MONTHS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, NM)

UK, NI, FR, SCO = "UK", "Northern Ireland", "France", "Scotland"
DAYS, AREAS, HOUSEHOLDS = "other:days", "other:council_areas", "other:households"
CALLOUTS, SIGS = "other:callouts", "other:signatures"
TWO3 = 200 / 3

# 01 (Tuesday 15 September 2026; the night of Monday 14 to Tuesday 15 September; Home Office figures for Monday)
SBD = "small_boat_deaths"
NIGHT = "night of Monday 14 to Tuesday 15 September 2026 ("
MON = "Monday 14 September 2026 ("
YTD = "1 January to 15 September 2026 ("
IOM = "the UN's migration agency"
SHS = "the shadow home secretary"
HOS = "a Home Office spokesperson"

# 02 (Thursday 12 February 2026; written parliamentary answer released Tuesday 10 February 2026)
WPA = "written parliamentary answer released Tuesday 10 February 2026"
FY25 = "April 2024 to March 2025 (2024/25, the 12 months to March; "
FY24 = "April 2023 to March 2024 (2023/24, the year before; "
D25 = "31 December 2025 (the end of December; "
D24 = "31 December 2024 (twelve months earlier, a year ago; "
AHU, AHP, ACH = "asylum_hotels_in_use", "asylum_hotel_population", "asylum_cost_hotels"
MLA = "Orla Maguire-Tennant MLA"

# 03 (Thursday 26 November 2026; OBR Economic and Fiscal Outlook published Wednesday 25 November 2026; ONS estimates
# released Thursday 19 November 2026)
EFO = "OBR Economic and Fiscal Outlook, published Wednesday 25 November 2026"
ONS3 = "ONS estimates released Thursday 19 November 2026"
YJ26 = "July 2025 to June 2026 (the year ending June; " + ONS3 + ")"
NMPA = "net_migration_projection_assumption"
PFE = "public_finances_effect_lower_migration"
DEM = "Dr Rupert Achterlonie-Vance, Meridian Population Trust"
ONSP = "ONS 2022-based national population projections, published January 2025"

# 04 (Friday 22 May 2026; Home Office figures published Thursday 21 May 2026 for the year ending March 2026)
HO4 = "Home Office figures published Thursday 21 May 2026"
YM26 = "April 2025 to March 2026 (the year ending March 2026; " + HO4 + ")"
M26 = "31 March 2026 (the end of March; " + HO4 + ")"

# 05 (Thursday 9 July 2026; Home Office plans told to the council on Monday 6 July 2026)
ASH = "Ashcombe Barracks"
OPEN = "14 October 2025 to July 2026 (since the site opened; "
LSP, LSC, LSN = "large_site_population", "large_site_cost", "large_site_cost_per_person_night"
CLLR = "Cllr Rosalind Ashdown-Mbatha, leader of Test Valley Borough Council"
KAG = "Neil Garside-Kumar, Keep Ashcombe Green"

# 06 (Tuesday 20 October 2026; FOI data for the 12 months to June 2026)
FOI = "freedom of information data obtained by The Crib Sheet"
YJ6 = "July 2025 to June 2026 (the 12 months up to June; " + FOI + ")"
J26 = "30 June 2026 (the end of June; " + FOI + ")"
BW1 = "asylum_backlog_waiting_over_1_year"
PTW = "permission_to_work"
HEC = "the Harbour Economics Centre"

# 07 (Saturday 21 February 2026; a column on 2010-2024)
NMR = "net_migration_ratio"
SDV = "visas_granted_study_dependants"

ARTICLES = {
    "01-daily-hurly-burly-deadliest-night-channel": dict(
        meta=dict(url="https://www.hurlyburly.example/news/politics/nine-die-channel-deadliest-night-2026-35581904",
                  title="Nine die in Channel's deadliest night of 2026 as 1,126 cross in a day",
                  publisher="Daily Hurly-Burly", author="Shona Pettigrew-Akande", published_date="2026-09-15"),
        labels=[
            L("Nine", 9, E, P, SBD, NIGHT + "the Channel's deadliest night of 2026; headline)", ctx="Nine die"),
            L("1,126", 1126, E, P, SBA, MON + "in a day; headline)", occ=0),
            L("Two", 2, E, P, "small_boat_deaths_children", NIGHT + "among the dead; standfirst)", ctx="Two children among dead"),
            L("at least 58", 58, AL, P, SBD, YTD + "this year's toll; standfirst)", occ=0),
            L("64", 64, E, P, "small_boat_survivors_rescued", NIGHT + "landed at Boulogne; caption)", occ=0, geo=FR),
            L("NINE", 9, E, P, SBD, NIGHT + "in the small hours of this morning; first words)"),
            L("two", 2, E, P, "small_boat_deaths_children", NIGHT + "two of them children)", ctx="two of them children"),
            L("1,126", 1126, E, P, SBA, MON + "on Monday, more than on any other day of 2026; Home Office data)", occ=1),
            L("about 70", 70, AP, PPB, "small_boat_occupancy", NIGHT + "the boat that left a beach near Wissant; French maritime officials)", geo=FR),
            L("64", 64, E, P, "small_boat_survivors_rescued", NIGHT + "hauled out of the sea, taken to Boulogne-sur-Mer)", occ=1, geo=FR),
            L("Eighteen", 18, E, P, "small_boat_survivors_hospitalised", NIGHT + "needed hospital treatment)", geo=FR),
            L("at least 58", 58, AL, P, SBD, YTD + "in 2026, on the route to England; " + IOM + ")", occ=1),
            L("41", 41, E, P, SBD, "1 January to mid-September 2025 (by mid-September last year; " + IOM + ")"),
            L("five", 5, E, P, SBD, "19 April 2026 (the worst incident of the year until now, off Gravelines)", ctx="claimed five lives", geo="Gravelines"),
            L("Roughly one in five", 20, AP, PCT, "small_boat_deaths_share_children", YTD + "this year's dead; " + IOM + ")"),
            L("19", 19, E, BOATS, SBC, MON + "Monday's arrivals; Home Office data)", ctx="in 19 boats"),
            L("59", 59, E, PPB, "small_boat_occupancy", MON + "an average, people in each boat)"),
            L("fewer than 30", 30, LT, PPB, "small_boat_occupancy", "2021 (the typical dinghy)"),
            L("more than doubled", 2, MT, RATIO, "small_boat_occupancy_ratio", "September 2026 vs 2021 (loads)"),
            L("1,126", 1126, E, P, SBA, MON + "landed on Monday)", occ=2),
            L("nearly four times", 4, ALM, RATIO, "small_boat_arrivals_ratio", "Monday 14 September 2026 vs Monday 15 September 2025 (the equivalent Monday of 2025)"),
            L("290", 290, E, P, SBA, "Monday 15 September 2025 (the equivalent Monday of 2025)"),
            L("31,482", 31482, E, P, SBA, "1 January to 14 September 2026 (since January 1)"),
            L("18%", 18, E, PCT, SBA + "_change", "1 January to 14 September 2026 vs the same date of 2025 (up on)"),
            L("26,680", 26680, E, P, SBA, "1 January to 14 September 2025 (by this date a year ago)"),
            L("c. 300", 300, AP, P, "people_waiting_northern_france", "September 2026 (camped in the dunes outside Calais at any one time; volunteers' estimate)", geo=FR),
            L("upwards of 94,000", 94000, MT, P, SBA, "5 July 2024 to 14 September 2026 (since 5 July 2024; " + SHS + ")"),
            L("more than 14,000", 14000, MT, P, "small_boat_crossings_prevented", "1 January to 15 September 2026 (so far in 2026, prevented from launching by French patrols; " + HOS + ")", geo=FR),
            L("2,150", 2150, E, P, "returns", "to September 2026 (sent back to France under the returns agreement; " + HOS + ")", geo=FR),
            L("£100million", 100000000, E, GBP, "border_security_command_funding", "September 2026 (an extra sum put into the Border Security Command; " + HOS + ")"),
        ]),
    "02-enniskillen-ember-ni-asylum-hotel-costs": dict(
        meta=dict(url="https://www.enniskillenember.example/news/northern-ireland/cost-of-housing-asylum-seekers-in-ni-hotels-jumps-37-to-618m-48810273.html",
                  title="Cost of housing asylum seekers in Northern Ireland hotels jumps 37% to £61.8m",
                  publisher="Enniskillen Ember", author="Ciarán Blevins-Okafor", published_date="2026-02-12"),
        labels=[
            L("37%", 37, E, PCT, ACH + "_change", "2024/25 vs 2023/24 (jumps; headline)", occ=0, geo=NI),
            L("£61.8m", 61800000, E, GBP, ACH, FY25 + "headline)", geo=NI),
            L("Fourteen", 14, E, HOTELS, AHU, "February 2026 (still in use across the north; standfirst)", geo=NI),
            L("nine", 9, E, HOTELS, AHU, "February 2026 (hotels in the city used by the Home Office; caption)", ctx="one of nine in the city", geo="Belfast"),
            L("£61.8 million", 61800000, E, GBP, ACH, FY25 + WPA + ")", geo=NI),
            L("37%", 37, E, PCT, ACH + "_change", "2024/25 vs 2023/24 (higher than the year before; " + WPA + ")", occ=1, geo=NI),
            L("£45.1m", 45100000, E, GBP, ACH, FY24 + WPA + ")", geo=NI),
            L("£138", 138, E, GBP, "asylum_hotel_cost_per_person_night", "per night, 2024/25 (an average per person here; " + WPA + ")", geo=NI),
            L("£27", 27, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, 2024/25 (a dispersed house or flat; " + WPA + ")", geo=NI),
            L("more than five times", 5, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2024/25 (hotel vs dispersed accommodation, per person per night; " + WPA + ")", geo=NI),
            L("£5.38bn", 5380000000, E, GBP, "asylum_cost", "April 2023 to March 2024 (2023/24, a record; across the UK)"),
            L("1,290", 1290, E, P, AHP, D25 + WPA + ")", geo=NI),
            L("14", 14, E, HOTELS, AHU, D25 + WPA + ")", ctx="living in 14 hotels", geo=NI),
            L("a quarter", -25, E, PCT, AHP + "_change", "31 December 2025 vs 31 December 2024 (down; " + WPA + ")", ctx="down a quarter", geo=NI),
            L("1,710", 1710, E, P, AHP, D24 + WPA + ")", geo=NI),
            L("21", 21, E, HOTELS, AHU, D24 + WPA + ")", ctx="A year ago 21 hotels", geo=NI),
            L("a third", -THIRD, E, PCT, AHU + "_change", "31 December 2025 vs 31 December 2024 (a third fewer; " + WPA + ")", ctx="now a third fewer", geo=NI),
            L("Nine", 9, E, HOTELS, AHU, D25 + "in Belfast; " + WPA + ")", ctx="Nine of the 14", geo="Belfast"),
            L("14", 14, E, HOTELS, AHU, D25 + "the total; " + WPA + ")", ctx="Nine of the 14", geo=NI),
            L("nearly two-thirds", TWO3, ALM, PCT, "asylum_hotels_share_belfast", D25 + "of the total; " + WPA + ")", geo="Belfast"),
            L("five", 5, E, AREAS, "asylum_hotels_council_areas_outside_belfast", D25 + "the remainder spread across; " + WPA + ")", ctx="across five council areas", geo=NI),
            L("about 85", 85, AP, P, AHP, "February 2026 (residents of a hotel on the edge of Enniskillen)", geo="Enniskillen"),
            L("Roughly one in every 22", 100 / 22, AP, PCT, "asylum_hotel_population_share_northern_ireland", "February 2026 (now; of asylum seekers housed in hotels anywhere in the UK)"),
            L("3,470", 3470, E, P, "asylum_support_population", D25 + "when the year ended; " + WPA + ")", geo=NI),
            L("37%", 37, E, PCT, "asylum_support_share_hotels", D25 + "of those on asylum support; " + WPA + ")", occ=2, geo=NI),
            L("11 months", 11, E, MONTHS, "asylum_hotel_stay_average", D25 + "residents had spent an average of; " + WPA + ")", geo=NI),
            L("over £60 million", 60000000, MT, GBP, ACH, "April 2024 to March 2025 (the money spent here in one year; " + MLA + ")", geo=NI),
            L("412", 412, E, HOUSEHOLDS, "refugees_homeless_after_leaving_asylum_support", "April 2024 to March 2025 (2024/25; Northern Ireland Housing Executive)", geo=NI),
            L("58%", 58, E, PCT, "refugees_homeless_after_leaving_asylum_support_change", "2024/25 vs 2023/24 (a rise on the year before; Northern Ireland Housing Executive)", geo=NI),
            L("more than 80%", 80, MT, PCT, "asylum_applications_share_via_northern_ireland", "2024 (people seeking asylum in the Republic who had arrived via Northern Ireland; Irish ministers' claim)", geo="Ireland"),
            V("millions of pounds", 2000000, 9000000, GBP, ACH, "per day, July 2024 (hotels left to the Government; " + HOS + ")"),
            L("almost half", -50, ALM, PCT, AHU + "_change", "summer 2024 to February 2026 (fallen by, across the UK; " + HOS + ")"),
        ]),
    "03-the-plumb-bob-obr-migration-assumptions-projections": dict(
        meta=dict(url="https://www.theplumbbob.example/article/fewer-migrants-open-6-8bn-gap-in-public-finances-obr-warns-k7rq2mzx",
                  title="Fewer migrants open £6.8bn gap in the public finances, OBR warns",
                  publisher="The Plumb Bob", author="Fenella Strachan-Oduya", published_date="2026-11-26"),
        labels=[
            L("£6.8bn", 6800000000, E, GBP, PFE, "2030-31 (the gap in the public finances; headline)", occ=0),
            L("185,000", 185000, E, P, NMPA, "a year, long run (the OBR's new assumption; standfirst)", occ=0),
            L("little more than half", 0.5, MT, RATIO, NMPA + "_ratio", "long run (the OBR's 185,000 vs the 340,000 in the official population projections; standfirst)"),
            L("£6.8 billion", 6800000000, E, GBP, PFE, "April 2030 to March 2031 (2030-31, weaker than previously expected; " + EFO + ")"),
            L("185,000", 185000, E, P, NMPA, "a year from 2030-31 (the long-run assumption; " + EFO + ")", occ=1),
            L("258,000", 258000, E, P, NMPA, "a year, long run (the OBR's March 2026 forecast)"),
            L("73,000", -73000, E, P, NMPA + "_revision", "long run (the new figure is lower than March's; " + EFO + ")"),
            L("162,000", 162000, E, P, NM, YJ26),
            L("649,000", 649000, E, P, NM, "July 2023 to June 2024 (two years earlier; " + ONS3 + ")"),
            L("about a sixth", 100 / 6, AP, PCT, "net_migration_share_of_peak", "year ending June 2026 vs the year to mid-2023 (of the peak; " + ONS3 + ")"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the peak, the year to mid-2023; ONS)"),
            L("166,000", 166000, E, P, "net_migration_revision", "July 2022 to June 2023 (the peak, revised up by, in November 2024; ONS)"),
            L("620,000", -620000, E, P, "population_working_age_projection_revision", "April 2030 to March 2031 (2030-31, smaller than forecast in March; " + EFO + ")"),
            L("1.6%", 1.6, E, PCT, "gdp_growth_forecast", "2027 (the OBR's March 2026 forecast)"),
            L("1.4%", 1.4, E, PCT, "gdp_growth_forecast", "2027 (trimmed to; " + EFO + ")"),
            L("£6.8bn", 6800000000, E, GBP, PFE, "April 2030 to March 2031 (2030-31, added to borrowing by lower migration alone; " + EFO + ")", occ=1),
            L("almost three-quarters", 75, ALM, PCT, "public_finances_effect_lower_migration_share_of_deterioration", "2030-31 (of the deterioration since March; " + EFO + ")"),
            L("£9.2bn", 9200000000, E, GBP, "fiscal_position_deterioration", "2030-31 (the overall deterioration since March 2026; " + EFO + ")"),
            L("£11.4bn", 11400000000, E, GBP, "fiscal_headroom", "2030-31 (headroom against the main fiscal rule, shrinks to; " + EFO + ")"),
            L("roughly £0.9 billion", 900000000, AP, GBP, PFE, "by the end of the forecast, 2030-31 (for every 10,000 fewer people arriving each year; the OBR's chairman)"),
            L("340,000", 340000, E, P, NMPA, "a year, long run (" + ONSP + ")", occ=0),
            L("72.5 million", 72500000, E, P, "population_projection", "30 June 2032 (mid-2032; " + ONSP + ")"),
            L("4.9 million", 4900000, E, P, "population_growth_projection", "mid-2022 to mid-2032 (up, in a decade; " + ONSP + ")"),
            L("7.5%", 7.5, E, PCT, "population_projection_change", "mid-2022 to mid-2032 (over those ten years; " + ONSP + ")", geo="England"),
            L("4.4%", 4.4, E, PCT, "population_projection_change", "mid-2022 to mid-2032 (" + ONSP + ")", geo="Wales"),
            L("2.6%", 2.6, E, PCT, "population_projection_change", "mid-2022 to mid-2032 (" + ONSP + ")", geo="Northern Ireland"),
            L("4.1%", 4.1, E, PCT, "population_projection_change", "mid-2022 to mid-2032 (Scotland's own projections, National Records of Scotland)", geo=SCO),
            L("around 70.9 million", 70900000, AP, P, "population_projection", "2032 (on the OBR's lower path)"),
            L("roughly 1.6 million", -1600000, AP, P, "population_projection_difference_obr_vs_ons", "2032 (fewer than the ONS projection, on the OBR's lower path)"),
            L("three-quarters", -75, E, PCT, "net_migration_change", "year ending June 2026 vs year ending June 2024 (fallen by, in two years; " + DEM + ")", ctx="fallen by three-quarters"),
            L("340,000", 340000, E, P, NMPA, "a year, long run (any projection built on; " + DEM + ")", occ=1),
            L("185,000", 185000, E, P, NMPA, "a year, long run (whether it is too low; " + DEM + ")", occ=2),
            L("531,000", 531000, E, P, "emigration", "July 2025 to June 2026 (the year ending June, close to a record; " + DEM + ", citing the ONS)"),
        ]),
    "04-crossbeam-news-refused-asylum-claims-explainer": dict(
        meta=dict(url="https://www.crossbeamnews.example/news/uk-70318842",
                  title="What happens to people whose asylum claims are refused?",
                  publisher="Crossbeam News", author="Tamsin Holloway-Nwachukwu", published_date="2026-05-22"),
        labels=[
            L("More than half", 50, MT, PCT, "asylum_refusals_share_initial_decisions", "April 2025 to March 2026 (the past year; " + HO4 + ")"),
            L("121,400", 121400, E, P, "asylum_initial_decisions", YM26),
            L("68,300", 68300, E, P, "asylum_refusals", YM26),
            L("56%", 56, E, PCT, "asylum_refusals_share_initial_decisions", YM26),
            L("53,100", 53100, E, P, "asylum_grants", YM26),
            L("44%", 44, E, PCT, "asylum_grants_share_initial_decisions", YM26),
            L("61%", 61, E, PCT, "asylum_grants_share_initial_decisions", "April 2023 to March 2024 (two years earlier; " + HO4 + ")"),
            L("about 7,900", 7900, AP, P, "asylum_refusals_pakistani", YM26),
            L("More than a third", THIRD, MT, PCT, "asylum_refusals_share_arrived_on_visa", YM26),
            L("17,900", 17900, E, P, "asylum_claims_withdrawn", YM26),
            L("Around seven in ten", 70, AP, PCT, "asylum_refusals_share_appealed", "latest (not dated; refused claimants who lodge an appeal)"),
            L("51,200", 51200, E, P, "asylum_backlog_appeals", M26),
            L("46%", 46, E, PCT, "asylum_appeals_share_allowed", YM26),
            L("6,800", 6800, E, P, "asylum_further_submissions", "January to December 2025 (in 2025; Home Office)"),
            L("£49.18", 49.18, E, GBP, "asylum_support_section_4_weekly_allowance", "per week, May 2026 (section 4 support, on a payment card)"),
            L("5,640", 5640, E, P, "asylum_support_section_4_population", M26),
            L("31%", 31, E, PCT, "asylum_support_section_4_population_change", "31 March 2026 vs 31 March 2025 (up, in a year; " + HO4 + ")"),
            L("38,200", 38200, E, P, "returns", YM26),
            L("12%", 12, E, PCT, "returns_change", "year ending March 2026 vs year ending March 2025 (a rise on the year before; " + HO4 + ")"),
            L("9,460", 9460, E, P, "returns_asylum_related", YM26),
            L("29,300", 29300, E, P, "returns_voluntary", YM26),
            L("up to £3,000", 3000, AM, GBP, "voluntary_return_payment", "May 2026 (offered towards resettling at home)"),
            L("8,900", 8900, E, P, "returns_enforced", YM26),
            L("2,310", 2310, E, P, "detention_population", M26),
            L("just over half", 50, MT, PCT, "detention_leavers_share_returned", YM26),
            L("four", 4, E, P, "rwanda_relocations", "to July 2024 (volunteers who had gone by the time the plan was abandoned)", ctx="four volunteers"),
            L("about 112,000", 112000, AP, P, "asylum_refused_not_removed", "2019 to 2025 (refused asylum since 2019 with no record of departure; National Audit Office report last year)"),
        ]),
    "05-andover-acorn-ashcombe-barracks-asylum-site": dict(
        meta=dict(url="https://www.andoveracorn.example/news/26190437.ashcombe-barracks-asylum-site-set-take-900-men/",
                  title="Ashcombe Barracks asylum site set to take up to 900 men as bill tops £31m",
                  publisher="Andover Acorn", author="Alys Fenwick-Darko", published_date="2026-07-09"),
        labels=[
            L("up to 900", 900, AM, P, LSP + "_planned", "by December 2026 (set to take; headline)", geo=ASH),
            L("tops £31m", 31000000, MT, GBP, LSC, OPEN + "the bill; headline)", geo=ASH),
            L("12.9k", 12900, E, SIGS, "petition_signatures_against_large_site", "late June to July 2026 (in a fortnight; standfirst)", geo="Andover"),
            L("almost double", 2, ALM, RATIO, LSP + "_ratio", "December 2026 vs July 2026 (by Christmas; the Home Office)", geo=ASH),
            L("about 480", 480, AP, P, LSP, "July 2026 (now; officials told Test Valley Borough Council on Monday 6 July 2026)", geo=ASH),
            L("as many as 900", 900, AM, P, LSP + "_planned", "by the end of 2026 (officials told Test Valley Borough Council on Monday 6 July 2026)", geo=ASH),
            L("£31.3 million", 31300000, E, GBP, LSC, OPEN + "so far; figures released to the Acorn)", geo=ASH),
            L("£26.7m", 26700000, E, GBP, "large_site_cost_site_works", "before 14 October 2025 (fencing, accommodation blocks and kitchens before it opened)", geo=ASH),
            L("£4.6m", 4600000, E, GBP, "large_site_cost_running", OPEN + "running costs since)", geo=ASH),
            L("£41", 41, E, GBP, LSN, "per night, July 2026 (housing a man at Ashcombe; the Home Office)", geo=ASH),
            L("£148", 148, E, GBP, "asylum_hotel_cost_per_person_night", "per night, July 2026 (in a hotel; the Home Office)"),
            L("less than a third", 1 / 3, LT, RATIO, LSN + "_ratio", "July 2026 (Ashcombe vs a hotel, per night; the Home Office)", geo=ASH),
            L("roughly £280", 280, AP, GBP, LSN, "per night, " + OPEN + "set-up costs included; campaigners)", geo=ASH),
            L("almost seven times", 7, ALM, RATIO, LSN + "_ratio", OPEN + "campaigners' figure vs the department's; campaigners)", geo=ASH),
            L("87 days", 87, E, DAYS, "large_site_stay_average", "July 2026 (before being moved on)", geo=ASH),
            L("31%", 31, E, PCT, "large_site_population_share_afghan", "July 2026 (of the current residents)", geo=ASH),
            L("18%", 18, E, PCT, "large_site_population_share_eritrean", "July 2026 (of the current residents)", geo=ASH),
            L("46", 46, E, CALLOUTS, "police_callouts_large_site", OPEN + "Hampshire and Isle of Wight Constabulary)", geo=ASH),
            L("£1.4m", 1400000, E, GBP, "police_cost_large_site", OPEN + "cost to the force; Hampshire and Isle of Wight Constabulary)", geo=ASH),
            L("£600,000", 600000, E, GBP, "police_cost_large_site_reimbursed", OPEN + "repaid by the Home Office; Hampshire and Isle of Wight Constabulary)", geo=ASH),
            L("350", 350, E, P, "gp_registrations_large_site_residents", "14 October 2025 to July 2026 (men from the site registered at the town's largest GP practice)", geo="Andover"),
            L("£240,000", 240000, E, GBP, "council_legal_costs_large_site", "to March 2026 (fighting the plans in the High Court; Test Valley Borough Council)", geo="Test Valley"),
            L("no more than 500", 500, AM, P, LSP + "_promised_cap", "2025 (a temporary site, as the council was told; " + CLLR + ")", geo=ASH),
            L("nearly twice", 2, ALM, RATIO, LSP + "_planned_ratio", "end of 2026 vs the promised 500 (" + CLLR + ")", geo=ASH),
            L("about 51,000", 51000, AP, P, "population", "2026 (a town of; " + CLLR + ")", geo="Andover"),
            L("12,912", 12912, E, SIGS, "petition_signatures_against_large_site", "to Wednesday 8 July 2026 (by yesterday evening; Keep Ashcombe Green)", geo="Andover"),
            L("300", 300, E, P, "population", "2026 (a village of; " + KAG + ")", ctx="a village of 300 people", geo="Ashcombe"),
            L("three times", 3, E, RATIO, LSP + "_planned_ratio_to_village_population", "end of 2026 (asked to host, vs its own population; " + KAG + ")", geo="Ashcombe"),
            L("11", 11, E, HOTELS, "asylum_hotels_in_use", "2023 (at the peak)", ctx="Hampshire had 11 hotels", geo="Hampshire"),
            L("Three", 3, E, HOTELS, "asylum_hotels_in_use", "July 2026 (remain open)", ctx="Three remain open", geo="Hampshire"),
            L("more than half", -50, MT, PCT, "asylum_hotels_in_use_change", "5 July 2024 to July 2026 (since 5 July 2024, the hotel estate has shrunk by; " + HOS + ")"),
            V("hundreds of millions of pounds", 200000000, 900000000, GBP, "asylum_cost_saving", "5 July 2024 to July 2026 (saving, from closing hotels; " + HOS + ")"),
        ]),
    "06-the-crib-sheet-asylum-right-to-work-waits": dict(
        meta=dict(url="https://www.thecribsheet.example/news/politics/asylum-seekers-permission-to-work-1140-waiting-41300-4417260",
                  title="Only 1,140 asylum seekers given permission to work in a year, as 41,300 wait more than 12 months for an answer",
                  publisher="The Crib Sheet", author="Maya Ferreira-Quinlan", published_date="2026-10-20"),
        labels=[
            L("1,140", 1140, E, P, PTW + "_grants", "July 2025 to June 2026 (in a year; headline)", occ=0),
            L("41,300", 41300, E, P, BW1, "30 June 2026 (wait more than 12 months for an answer; headline)", occ=0),
            L("Fewer than one in 30", 100 / 30, LT, PCT, PTW + "_grants_share_of_eligible", "July 2025 to June 2026 (of those eligible, allowed a job; standfirst)"),
            L("1,140", 1140, E, P, PTW + "_grants", YJ6, occ=1),
            V("tens of thousands", 20000, 90000, P, BW1, "June 2026 (had been waiting long enough to qualify)"),
            L("2,480", 2480, E, P, PTW + "_applications", YJ6),
            L("46%", 46, E, PCT, PTW + "_applications_share_granted", YJ6),
            L("1,340", 1340, E, P, PTW + "_refusals", YJ6),
            L("62%", 62, E, PCT, PTW + "_refusals_share_job_not_on_list", YJ6 + " (of these, refused because the job was not on the approved list)"),
            L("58,900", 58900, E, P, "asylum_backlog", J26),
            L("41,300", 41300, E, P, BW1, J26, occ=1),
            L("about seven in ten", 70, AP, PCT, "asylum_backlog_share_waiting_over_1_year", J26),
            L("fewer than one in 30", 100 / 30, LT, PCT, PTW + "_grants_share_of_eligible", YJ6),
            L("108,100", 108100, E, P, "asylum_applications", "July 2025 to June 2026 (over the same 12 months)"),
            L("3%", -3, E, PCT, "asylum_applications_change", "year to June 2026 vs year to June 2025 (fewer than a year before)"),
            L("14.2 months", 14.2, E, MONTHS, "asylum_initial_decision_wait_average", "April to June 2026 (claims decided between April and June)"),
            L("10.5 months", 10.5, E, MONTHS, "asylum_initial_decision_wait_average", "April to June 2025 (the same quarter of 2025)"),
            L("310", 310, E, P, PTW + "_holders_in_employment", "June 2026 (last year's successful applicants on a payroll; HMRC records)"),
            L("just over a quarter", 25, MT, PCT, PTW + "_holders_share_employed", "June 2026 (of last year's successful applicants; HMRC records)"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week, October 2026 (Reza, an asylum seeker in a Midlands hotel)", occ=0),
            L("about 15,000", 15000, AP, P, "right_to_work_projected_employment", "per year (more people into work if the ban were lifted after six months; " + HEC + ")"),
            L("£870m", 870000000, E, GBP, "right_to_work_projected_net_fiscal_gain", "per year (saved by the Treasury in support costs and extra tax; " + HEC + ")"),
            L("68%", 68, E, PCT, "poll_share_support_asylum_seekers_right_to_work", "October 2026 (adults in Britain who backed the change; polling for " + HEC + ")"),
            L("19%", 19, E, PCT, "poll_share_oppose_asylum_seekers_right_to_work", "October 2026 (opposed; polling for " + HEC + ")"),
            L("40%", -40, E, PCT, BW1 + "_change", "January 2025 to October 2026 (cut by, since the start of 2025; " + HOS + ")"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week, October 2026 (the allowance while they wait)", occ=1),
            L("roughly £7", 7, AP, GBP, "asylum_support_daily_allowance", "per day, October 2026 (the allowance while they wait)"),
        ]),
    "07-the-quizzing-glass-conservative-net-migration-record": dict(
        meta=dict(url="https://www.thequizzingglass.example/article/the-party-that-promised-less-and-delivered-more",
                  title="The party that promised less and delivered more",
                  publisher="The Quizzing Glass", author="Barnaby Lisle-Ogunwale", published_date="2026-02-21"),
        labels=[
            L("more than three times", 3, MT, RATIO, NMR, "Conservative years 2010-2024, the peak vs the 2010 level (standfirst)"),
            V("tens of thousands", 20000, 90000, P, "net_migration_target", "a year, from May 2010 (David Cameron's promise)"),
            L("roughly a quarter of a million", 250000, AP, P, NM, "2010 (at the time of the promise)"),
            L("about two-fifths", -40, AP, PCT, "net_migration_change", "2010 to 2012 (the coalition's cut, at its lowest point)"),
            L("above 330,000", 330000, MT, P, NM, "2015 (the year before the referendum)"),
            L("nearly 190,000", 190000, ALM, P, "net_migration_eu", "2015 (the year before the referendum; from the EU)"),
            L("below 100,000", 100000, LT, P, NM, "2020 (the locked-down year; briefly)"),
            L("well over 200,000", 200000, MT, P, "visas_granted_health_care_worker", "2022 to 2024 (workers brought in by the care route in three years)"),
            L("about 16,000", 16000, AP, P, SDV, "January to December 2019"),
            L("more than 135,000", 135000, MT, P, SDV, "January to December 2022"),
            L("eightfold", 8, E, RATIO, SDV + "_ratio", "2022 vs 2019 (an eightfold increase)"),
            L("about a third", THIRD, AP, PCT, "immigration_share_study", "January to December 2022 (students and their families, of all arrivals)"),
            L("roughly 350,000", 350000, AP, P, "immigration_humanitarian_ukraine_hong_kong", "2021 to 2024 (the schemes for Ukrainians and Hong Kongers together)"),
            L("about 1.2m", 1200000, AP, P, "immigration", "July 2022 to June 2023 (the twelve months to June 2023)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the peak)"),
            L("more than three and a half times", 3.5, MT, RATIO, NMR, "year to June 2023 vs 2010 (the 2010 level)"),
            L("more than four-fifths", 80, MT, PCT, "immigration_share_non_eu", "July 2022 to June 2023 (of those arriving)"),
            L("minus 86,000", -86000, E, P, "net_migration_eu", "July 2022 to June 2023 (EU citizens leaving faster than they came)"),
            L("866,000", 866000, E, P, NM, "January to December 2023 (calendar 2023)"),
            L("431,000", 431000, E, P, NM, "January to December 2024 (the year the party lost power; the first estimate)"),
            L("about half", 0.5, AP, RATIO, NMR, "2024 vs 2023 (the previous year's figure)"),
            L("roughly 5m", 5000000, AP, P, "net_migration_cumulative", "2010 to 2024 (across the 14 years, added up)"),
            L("one in six", 100 / 6, E, PCT, "population_share_born_abroad", "21 March 2021 (the census; the foreign-born)", geo="England and Wales"),
            L("299", 299, E, P, SBA, "January to December 2018 (in 2018)"),
            L("almost 46,000", 46000, ALM, P, SBA, "January to December 2022 (by 2022)"),
            L("more than 150 times", 150, MT, RATIO, "small_boat_arrivals_ratio", "2022 vs 2018"),
            L("about £700m", 700000000, AP, GBP, "rwanda_scheme_cost", "2022 to 2024 (the Rwanda plan, in all)"),
            L("£290m", 290000000, E, GBP, "payment_to_rwanda", "2022 to 2024 (of the £700m, paid to Rwanda)", geo="Rwanda"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
