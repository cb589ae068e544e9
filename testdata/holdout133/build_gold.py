#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-thirty-third hand-labelled hold-out set (holdout133).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, HOTELS, THIRD, SIXTH,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT)

UK, ENG, WAL, SCO, NI, FR = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France"
HH, PER10K, WEEKS, VIEWS, SIGS, HOMES = ("other:households", "other:persons_per_10000_residents", "other:weeks",
                                        "other:views", "other:signatures", "other:homes")

# 01 (Sunday 17 May 2026; Home Office daily small-boat data for Saturday 16 May 2026)
HO1 = "Home Office data released Sunday 17 May 2026"
SAT = "16 May 2026 (on Saturday; " + HO1
YTD = "1 January to 16 May 2026 (since 1 January; " + HO1
OCC = "small_boat_occupancy"
PREV = "small_boat_launches_prevented"
STOP = "small_boat_launch_attempts_stopped_people"
FRA = "French authorities"
DRF = "Dr Fenella Okwuosa-Brandt, Solent Centre for Coastal Studies"
# 02 (Thursday 12 March 2026; Home Office quarterly tables published Thursday 26 February 2026, for 31 December 2025)
HO2 = "Home Office quarterly tables published 26 February 2026"
D25 = "31 December 2025 (at the end of December; " + HO2
D24 = "31 December 2024 (twelve months earlier; " + HO2
BHM, COV, WM = "Birmingham", "Coventry", "West Midlands"
DISP, RH = "asylum_dispersal_population", "refugees_homeless_after_leaving_asylum_support"
REP = "Coventry City Council cabinet report"
FY25 = "April 2024 to March 2025 (2024/25; " + REP
CLLR = "Councillor Imran Fairbairn-Osagie, Coventry"
DCH = "31 December 2025 vs 31 December 2024 ("
# 03 (Wednesday 4 March 2026; OBR spring forecast published Tuesday 3 March 2026)
OBR = "OBR spring forecast published Tuesday 3 March 2026"
FY30 = "April 2029 to March 2030 (2029-30; " + OBR
NMA = "net_migration_projection_assumption"
TFL = "Tobias Ferreira-Lund, Halstead Institute"
# 04 (Friday 11 September 2026; Ministry of Justice tribunal statistics published Thursday 10 September 2026)
MOJ = "Ministry of Justice tribunal statistics published Thursday 10 September 2026"
J26 = "30 June 2026 (the end of June; " + MOJ
Q2 = "April to June 2026 (the three months to June; " + MOJ
BAP, LODGED, WAIT = "asylum_backlog_appeals", "asylum_appeals_lodged", "asylum_appeal_wait_average"
SHS4 = "the shadow home secretary"
# 05 (Monday 9 February 2026; a claim made on Sunday 8 February 2026; Home Office tally updated 5 February 2026)
HO5 = "Home Office UK-France agreement tally, updated 5 February 2026"
CLAIM = "18 September 2025 to 8 February 2026 (the claim: a Home Office minister on a Sunday morning politics programme, Sunday 8 February 2026"
DEAL = "18 September 2025 to 1 February 2026 (since removals began, under the UK-France agreement; " + HO5
WK = "returns_france_weekly_average"
# 06 (Wednesday 29 July 2026; NRS mid-year estimates released Tuesday 28 July 2026)
NRS = "NRS mid-year estimates released Tuesday 28 July 2026"
M25 = "30 June 2025 (mid-2025; " + NRS
Y25 = "July 2024 to June 2025 (the year to mid-2025; " + NRS
NHE, HIG, ORK, SHE, AB = "Na h-Eileanan Siar", "Highland", "Orkney Islands", "Shetland Islands", "Argyll and Bute"
NETIN = "migration_net_inflow_all_sources"
CLLR6 = "Councillor Catriona MacAulay-Brennan, Comhairle nan Eilean Siar"
# 07 (Thursday 27 August 2026; Home Office statistics published that day for the year ending June 2026)
HO7 = "Home Office statistics published Thursday 27 August 2026"
YJ26 = "July 2025 to June 2026 (the year ending June 2026; main applicants; " + HO7
YJ25 = "July 2024 to June 2025 (the year to June 2025; "
STU, DEP, GRAD = "visas_granted_study", "visas_granted_study_dependants", "visas_granted_graduate"
JOURNEY = "the 2020 study visa cohort, five years on (Home Office migrant journey analysis"
HESA = "2024/25 academic year ("

ARTICLES = {
    "01-fulmar-news-channel-crossings-french-police": dict(
        meta=dict(url="https://news.fulmar.example/story/channel-migrants-busiest-day-of-2026-as-1184-arrive-and-french-police-stop-14-boats-13520871",
                  title="Channel migrants: Busiest day of 2026 as 1,184 arrive and French police stop 14 boats",
                  publisher="Fulmar News", author="Greer Halloran-Zubiri", published_date="2026-05-17"),
        labels=[
            L("1,184", 1184, E, P, SBA, SAT + "; headline)", occ=0),
            L("14", 14, E, BOATS, PREV, "16 May 2026 (on Saturday; " + FRA + "; headline)", ctx="stop 14 boats", geo=FR),
            L("18%", 18, E, PCT, SBA + "_change", "1 January to 16 May 2026 vs the same point in 2025 (ahead of last year's; standfirst)", occ=0),
            L("1,184", 1184, E, P, SBA, SAT + "; reached Kent in small boats)", occ=1),
            L("21", 21, E, BOATS, SBC, SAT + "; came in)"),
            L("about 56", 56, AP, PPB, OCC, SAT + "; each dinghy carried)"),
            L("902", 902, E, P, SBA, "11 April 2026 (the previous high for 2026; " + HO1 + ")"),
            L("14", 14, E, BOATS, PREV, "16 May 2026 (kept from launching on Saturday; " + FRA + ")", ctx="kept 14 boats", geo=FR),
            L("around 640", 640, AP, P, STOP, "16 May 2026 (left stranded on the sand on Saturday; " + FRA + ")", geo=FR),
            L("14,532", 14532, E, P, SBA, YTD + "; the tally)"),
            L("18%", 18, E, PCT, SBA + "_change", "1 January to 16 May 2026 vs the same point in 2025 (up on last year's figure)", occ=1),
            L("12,315", 12315, E, P, SBA, "1 January to mid-May 2025 (last year's figure for the same point; " + HO1 + ")"),
            L("nearly double", 2, ALM, RATIO, SBA + "_ratio", "1 January to 16 May 2026 vs the same stage of 2024"),
            L("7,390", 7390, E, P, SBA, "1 January to mid-May 2024 (recorded at this stage of 2024; " + HO1 + ")"),
            L("Some 262", 262, AP, BOATS, SBC, YTD + "; boats that have made it across this year)"),
            L("55.5", 55.5, E, PPB, OCC, YTD + "; an average carried)"),
            L("49", 49, E, PPB, OCC, "January to December 2025 (across 2025 as a whole; " + HO1 + ")"),
            L("More than 41,000", 41000, MT, P, SBA, "January to December 2025 (the whole of last year)"),
            L("Nearly 1,200", 1200, ALM, P, SBA, "16 May 2026 (yesterday; the shadow home secretary)"),
            L("fewer than 1,800", 1800, LT, P, "returns", "September 2025 to 17 May 2026 (since September, under the French returns deal; the shadow home secretary)", geo=FR),
            L("around one in three", THIRD, AP, PCT, "small_boat_launch_attempts_share_prevented", "2026 (now, attempted launches intercepted by French officers; a Home Office spokesperson)", geo=FR),
            L("more than 52,000", 52000, MT, P, "returns", "5 July 2024 to 17 May 2026 (removed since the election; a Home Office spokesperson)"),
            L("9,870", 9870, E, P, STOP, "1 January to 16 May 2026 (prevented since January; the French interior ministry)", geo=FR),
            L("a quarter", 25, E, PCT, STOP + "_change", "1 January to 16 May 2026 vs the same period of 2025 (up on; the French interior ministry)", geo=FR),
            L("at least nine", 9, AL, P, "small_boat_deaths", "1 January to 17 May 2026 (this year; the IOM)"),
            L("as many as 70", 70, AM, PPB, "small_boat_occupancy_max", "2026 (now routinely; " + DRF + ")"),
            L("Roughly one in five", 20, AP, PCT, "small_boat_arrivals_share_busiest_five_days", "1 January to 16 May 2026 (this year's arrivals who crossed on just five days; " + DRF + ")"),
        ]),
    "02-arden-spire-birmingham-coventry-asylum-dispersal": dict(
        meta=dict(url="https://www.ardenspire.example/news/birmingham/birmingham-coventry-asylum-seekers-dispersed-homes-figures-4471902",
                  title="Birmingham and Coventry now house more than 4,300 asylum seekers in dispersed homes",
                  publisher="Arden Spire", author="Kavita Rennard-Oduya", published_date="2026-03-12"),
        labels=[
            L("more than 4,300", 4300, MT, P, DISP, D25 + "; headline)", geo="Birmingham and Coventry"),
            L("almost a third", THIRD, ALM, PCT, DISP + "_change", DCH + "jumped by, in a year; standfirst)", geo=COV),
            L("2,946", 2946, E, P, DISP, D25 + "; dispersed accommodation)", geo=BHM),
            L("less than a third", THIRD, LT, PCT, "population_coventry_share_of_birmingham", "no period stated (Coventry's population as a share of Birmingham's)", geo=COV),
            L("1,418", 1418, E, P, DISP, D25 + ")", geo=COV),
            L("31%", 31, E, PCT, DISP + "_change", DCH + "up on the figure twelve months earlier)", geo=COV),
            L("1,082", 1082, E, P, DISP, D24 + ")", geo=COV),
            L("14%", 14, E, PCT, DISP + "_change", DCH + "climbed over the same period)", geo=BHM),
            L("2,584", 2584, E, P, DISP, D24 + ")", geo=BHM),
            L("39", 39, E, PER10K, DISP + "_per_10000_residents", D25 + "; for every 10,000 residents)", geo=COV),
            L("25", 25, E, PER10K, DISP + "_per_10000_residents", D25 + "; for every 10,000 residents)", ctx="compared with 25 in Birmingham", geo=BHM),
            L("11,740", 11740, E, P, DISP, D25 + "; on 31 December)", geo=WM),
            L("a quarter", 25, E, PCT, DISP + "_share_birmingham", D25 + "; Birmingham's share of the West Midlands total)", geo=BHM),
            L("66,910", 66910, E, P, DISP, D25 + "; the UK-wide total)"),
            L("1,390", 1390, E, P, DISP, D25 + ")", geo="Stoke-on-Trent"),
            L("1,060", 1060, E, P, DISP, D25 + ")", geo="Sandwell"),
            L("870", 870, E, P, DISP, D25 + ")", geo="Wolverhampton"),
            L("84", 84, E, P, DISP, D25 + "; just)", geo="Solihull"),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", "March 2026 (still has two in use)", ctx="still has two in use", geo=BHM),
            L("610", 610, E, P, HOT, "March 2026 (holding between them)", geo=BHM),
            L("three", 3, E, HOTELS, "asylum_hotels_closed", "to November 2025 (shut the last of its three hotels in November)", ctx="its three hotels", geo=COV),
            L("£2.7m", 2700000, E, GBP, "council_asylum_cost", FY25 + "; services for asylum seekers and newly recognised refugees)", geo=COV),
            L("£1.1m", 1100000, E, GBP, "council_asylum_grant", FY25 + "; Home Office grants)", geo=COV),
            L("less than half", 50, LT, PCT, "council_asylum_cost_share_funded", FY25 + "; of the bill was covered)", geo=COV),
            L("412", 412, E, HH, RH, FY25 + "; households who turned to the council for emergency housing)", geo=COV),
            L("nearly three times", 3, ALM, RATIO, RH + "_ratio", "2024/25 vs 2022/23 (" + REP + ")", geo=COV),
            L("141", 141, E, HH, RH, "April 2022 to March 2023 (2022/23; " + REP + ")", geo=COV),
            L("around a thousand", 1000, AP, P, DISP, "December 2024 (a year ago; " + CLLR + ")", geo=COV),
            L("well over 1,400", 1400, MT, P, DISP, "March 2026 (now; " + CLLR + ")", geo=COV),
            L("£9,800", 9800, E, GBP, "council_temporary_accommodation_cost_per_household", "per year (on average, in temporary accommodation; " + CLLR + ")", geo=COV),
            L("more than halved", -50, MT, PCT, "asylum_hotels_in_use_change", "summer 2023 to March 2026 (hotel use; a Home Office spokesperson)"),
            L("c. 600", 600, AP, P, "food_bank_users", "March 2026, per month (now using it every month; Beatriz Haldane-Nwachukwu, Foleshill Welcome Network)", geo=COV),
        ]),
    "03-the-bondholder-obr-net-migration-public-finances": dict(
        meta=dict(url="https://www.thebondholder.example/content/obr-lower-migration-tax-receipts-headroom-3f9a21c7",
                  title="Lower migration wipes £6.2bn off tax receipts, fiscal watchdog warns",
                  publisher="The Bondholder", author="Marguerite Obi-Latchford", published_date="2026-03-04"),
        labels=[
            L("£6.2bn", -6200000000, E, GBP, "tax_receipts_lower_migration_change", FY30 + "; headline)", occ=0),
            L("245,000", 245000, E, P, NMA, "long run, per year (" + OBR + "; standfirst)", occ=0),
            L("£6.2bn", -6200000000, E, GBP, "tax_receipts_lower_migration_change", FY30 + "; trimmed its forecast for tax receipts)", occ=1),
            L("245,000", 245000, E, P, NMA, "long run, per year (" + OBR + ")", occ=1),
            L("340,000", 340000, E, P, NMA, "long run, per year (OBR March 2025 projections)"),
            L("95,000", -95000, E, P, NMA + "_revision", "March 2025 to March 2026 forecasts (the assumption has been cut by; " + OBR + ")"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the year to June 2025; ONS latest estimate)"),
            L("under a quarter", 25, LT, PCT, "net_migration_share_of_peak", "year to June 2025 vs the year to June 2023 peak (ONS)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (its peak two years earlier; ONS)"),
            L("£1.9bn", -1900000000, E, GBP, "public_spending_lower_migration_change", FY30 + "; trimming spending by)"),
            L("£4.3bn", 4300000000, E, GBP, "public_borrowing_effect_lower_migration", FY30 + "; the net addition to borrowing)"),
            L("more than half", 50, MT, PCT, "public_borrowing_effect_share_of_headroom_fall", "November 2025 Budget to March 2026 (of the fall in headroom; " + OBR + ")"),
            L("£7.6bn", -7600000000, E, GBP, "fiscal_headroom_change", "November 2025 Budget to March 2026 (shrunk since the Budget; " + OBR + ")"),
            L("£14.1bn", 14100000000, E, GBP, "fiscal_headroom", "March 2026 (the margin now; " + OBR + ")"),
            L("£21.7bn", 21700000000, E, GBP, "fiscal_headroom", "November 2025 (four months ago, at the Budget; OBR)"),
            L("410,000", -410000, E, P, "population_projection_revision", "2030 (revised down its projection for the UK population; " + OBR + ")"),
            L("70.9mn", 70900000, E, P, "population_projection", "2030 (" + OBR + ")"),
            L("about 0.2 percentage points", -0.2, AP, PCT, "potential_output_growth_forecast_change", "per year over the forecast to 2030-31 (more slowly; " + OBR + ")"),
            L("0.7 per cent", 0.7, E, PCT, "population_change", "July 2024 to June 2025 (the 12 months to mid-2025; ONS)", geo=EW),
            L("0.8 percentage points", 0.8, E, PCT, "public_finances_effect_debt_share_gdp", "April 2030 to March 2031 (2030-31, from the migration changes alone; " + OBR + ")"),
            L("roughly £6.5bn", 6500000000, AP, GBP, "public_finances_effect_lower_migration", "by the end of the decade, for every 100,000 fewer net migrants (rule of thumb; " + TFL + ")"),
            R("between 150,000 and 180,000", 150000, 180000, P, "net_migration_scenario", "long run (if net migration bottoms out; " + TFL + ")"),
            R("£3bn to £4bn", 3000000000, 4000000000, GBP, "public_borrowing_effect_lower_migration", "by the end of the decade (more borrowing on top; " + TFL + ")"),
            L("about £37,000", 37000, AP, GBP, "median_full_time_pay", "per year (median pay, full time; OBR analysis)"),
            L("roughly £3,300", 3300, AP, GBP, "fiscal_net_contribution_migrant_median_pay", "per year in the first decade (OBR analysis)"),
            L("36%", -36, E, PCT, "visas_granted_skilled_worker_change", "January to December 2025 vs 2024 (lead applicants; Home Office)"),
            L("some 85%", -85, AP, PCT, "visas_granted_study_dependants_change", "January 2024 to 2025 (since the ban; Home Office)"),
            L("more than two-thirds", -200 / 3, MT, PCT, "net_migration_change", "July 2024 to the latest estimate (since Labour took office; a Treasury spokesperson)"),
        ]),
    "04-the-cloister-asylum-appeals-backlog-tribunal": dict(
        meta=dict(url="https://www.thecloister.example/news/2026/09/11/asylum-appeals-queue-record-71300-tribunal-wait/",
                  title="Asylum appeals queue hits record 71,300 as claimants wait over a year for a judge",
                  publisher="The Cloister", author="Rupert Ashdown-Kwarteng", published_date="2026-09-11"),
        labels=[
            L("71,300", 71300, E, P, BAP, J26 + "; a record; headline)", occ=0),
            L("over a year", 1, MT, YEARS, WAIT, "April to June 2026 (wait for a judge; headline)"),
            L("£1.4bn", 1400000000, E, GBP, AC, "per year (an estimated, to house and support failed asylum seekers challenging refusals; standfirst)", occ=0),
            L("71,300", 71300, E, P, BAP, J26 + "; climbed to a record)", occ=1),
            L("38 per cent", 38, E, PCT, BAP + "_change", "30 June 2026 vs 30 June 2025 (up on a year earlier; " + MOJ + ")"),
            L("more than three times", 3, MT, RATIO, BAP + "_ratio", "30 June 2026 vs June 2024 (" + MOJ + ")"),
            L("21,400", 21400, E, P, BAP, "June 2024 (on the books; " + MOJ + ")"),
            L("Some 19,840", 19840, AP, P, LODGED, Q2 + "; new asylum appeals)"),
            L("27 per cent", 27, E, PCT, LODGED + "_change", "April to June 2026 vs April to June 2025 (up on the same quarter of 2025)"),
            L("11,220", 11220, E, P, "asylum_appeals_determined", Q2 + "; disposed of)"),
            L("47 per cent", 47, E, PCT, "asylum_appeals_share_allowed", "April to June 2026 (between April and June; " + MOJ + ")"),
            L("58 weeks", 58, E, WEEKS, WAIT, "April to June 2026 (now, from lodging to a ruling; " + MOJ + ")"),
            L("41 weeks", 41, E, WEEKS, WAIT, "April to June 2025 (twelve months ago; " + MOJ + ")"),
            L("39,600", 39600, E, P, "asylum_support_population_awaiting_appeal", "30 June 2026 (when the quarter closed; Home Office figures)"),
            L("more than a third", THIRD, MT, PCT, "asylum_support_population_share_awaiting_appeal", "30 June 2026 (of those receiving asylum support; Home Office figures)"),
            L("106,000", 106000, E, P, "asylum_support_population", "30 June 2026 (receiving asylum support; Home Office figures)"),
            L("about £35,000", 35000, AP, GBP, "asylum_support_cost_per_person", "per year (an average per person)"),
            L("roughly £1.4bn", 1400000000, AP, GBP, AC, "per year (the implied bill for those awaiting an appeal)"),
            L("around £145", 145, AP, GBP, "asylum_hotel_cost_per_person_night", "per night (those placed in hotels)"),
            L("£98m", 98000000, E, GBP, "legal_aid_spending_immigration_asylum", "April 2025 to March 2026 (2025/26)"),
            L("almost double", 2, ALM, RATIO, "legal_aid_spending_immigration_asylum_ratio", "2025/26 vs 2020/21 (the sum spent five years earlier)"),
            L("Around one in six", SIXTH, AP, PCT, "asylum_appeals_allowed_share_article_8", "April to June 2026 (appeals allowed in the quarter; a breakdown obtained by The Cloister)"),
            L("3,180", 3180, E, P, LODGED + "_iranian", "April to June 2026 (period not stated, read as the quarter; " + MOJ + ")"),
            L("2,460", 2460, E, P, LODGED + "_eritrean", "April to June 2026 (period not stated, read as the quarter; " + MOJ + ")"),
            L("2,120", 2120, E, P, LODGED + "_sudanese", "April to June 2026 (period not stated, read as the quarter; " + MOJ + ")"),
            V("Tens of thousands", 20000, 90000, P, "asylum_refusals_yet_to_reach_tribunal", "September 2026 (more refusals still coming down the pipe from the caseworkers; one senior source)"),
            L("Seventy-one thousand", 71000, E, P, BAP, "September 2026 (now, sitting in a queue; " + SHS4 + ")"),
            L("Nearly half", 50, ALM, PCT, "asylum_appeals_share_allowed", "no period stated (will win; " + SHS4 + ")"),
            L("doubled", 2, E, RATIO, "tribunal_sitting_days_ratio", "5 July 2024 to July 2026 (since the election; a Home Office minister)"),
            L("150", 150, E, P, "tribunal_judges_recruited", "5 July 2024 to July 2026 (additional judges appointed since the election; a Home Office minister)"),
            L("61 per cent", 61, E, PCT, "asylum_initial_decisions_share_refused", "July 2025 to June 2026 (the year to June; Home Office)"),
        ]),
    "05-truthbox-returns-to-france-claim": dict(
        meta=dict(url="https://truthbox.example/fact-checks/more-than-2000-returned-to-france-one-in-one-out-claim/",
                  title="Has the UK returned more than 2,000 people to France under the one-in, one-out deal?",
                  publisher="Truthbox", author="Callum Iredale-Nakamura", published_date="2026-02-09"),
        labels=[
            L("more than 2,000", 2000, MT, P, "returns", CLAIM + "; headline, asked as a question)", ctx="returned more than 2,000", geo=FR),
            L("more than 2,000", 2000, MT, P, "returns", CLAIM + "; claim box)", ctx="removed more than 2,000", geo=FR),
            L("740", 740, E, P, "returns", DEAL + "; verdict box)", ctx="only 740 returns", geo=FR),
            L("more than 2,000", 2000, MT, P, "returns", CLAIM + "; quoted)", ctx="sent more than 2,000", geo=FR),
            L("1.3m", 1300000, E, VIEWS, "social_media_post_views", "8 to 9 February 2026 (by Monday morning)"),
            L("740", 740, E, P, "returns", DEAL + ")", ctx="it showed 740", geo=FR),
            L("690", 690, E, P, "uk_france_legal_route_arrivals", "18 September 2025 to 1 February 2026 (across the same months, through the reciprocal route; " + HO5 + ")"),
            L("about a quarter", 25, AP, PCT, "returns_share_eritrean", DEAL + "; the department)", geo=FR),
            L("2,000", 2000, E, P, "returns", CLAIM + "; cross-head)", ctx="Where does the 2,000", geo=FR),
            L("2,060", 2060, E, P, "returns_france_referrals_accepted", "18 September 2025 to 1 February 2026 (people referred to France and accepted for return, on 1 February; the Home Office)", geo=FR),
            L("740", 740, E, P, "returns", DEAL + "; already removed)", ctx="the 740 already", geo=FR),
            L("1,320", 1320, E, P, "returns_france_accepted_awaiting_removal", "1 February 2026 (still in the UK; the Home Office)"),
            L("Some 210", 210, AP, P, "returns_france_legal_challenges", "1 February 2026 (had launched legal challenges against their removal; the Home Office)"),
            L("19", 19, E, P, "returns_france_redetected_crossing", "18 September 2025 to early February 2026 (caught attempting the crossing again; the department)", geo=FR),
            L("12,960", 12960, E, P, SBA, "18 September 2025 to 1 February 2026 (Home Office daily data)"),
            L("less than 6%", 6, LT, PCT, "returns_share_of_small_boat_arrivals", "18 September 2025 to 1 February 2026 (removals under the deal as a share of those who crossed)", geo=FR),
            L("about one in 17", 100 / 17, AP, PCT, "returns_share_of_small_boat_arrivals", "18 September 2025 to 1 February 2026 (removals under the deal as a share of those who crossed)", geo=FR),
            L("300", 300, E, P, "returns", "January 2026 (in January alone, under the deal; " + HO5 + ")", ctx="January alone 300", geo=FR),
            L("roughly 70", 70, AP, P, WK, "January 2026, per week (" + HO5 + ")", geo=FR),
            L("more than twice", 2, MT, RATIO, WK + "_ratio", "January 2026 vs 18 September to 31 December 2025 (the rate)", geo=FR),
            L("about 30", 30, AP, P, WK, "18 September to 31 December 2025, per week (" + HO5 + ")", geo=FR),
            L("about 50", 50, AP, P, "returns_france_weekly_target", "the pilot's early stages, per week (ministers, when the pilot was announced)", geo=FR),
            L("four", 4, E, P, "rwanda_relocations", "2024, before the scheme was scrapped (ever relocated, all volunteers)", ctx="only four people"),
            L("More than 35,000", 35000, MT, P, "returns", "January to December 2025 (enforced or voluntary returns of every kind; Home Office)"),
            L("740", 740, E, P, "returns", DEAL + "; conclusion)", ctx="figures, 740 people", geo=FR),
            L("a little over a third", THIRD, MT, PCT, "returns_france_share_of_claimed_figure", "to 1 February 2026 (of the number the minister gave)", geo=FR),
        ]),
    "06-the-lochan-highland-islands-population-estimates": dict(
        meta=dict(url="https://www.thelochan.example/news/highlands-islands/western-isles-population-falls-deaths-outnumber-births-6627194/",
                  title="Western Isles shrinks again as deaths outnumber births by almost two to one",
                  publisher="The Lochan", author="Morag Fennick-Abiodun", published_date="2026-07-29"),
        labels=[
            L("almost two to one", 2, ALM, RATIO, "deaths_to_births_ratio", Y25 + "; deaths outnumber births; headline)", geo=NHE),
            L("1,410", 1410, E, P, "population_growth", Y25 + "; standfirst)", occ=0, geo=HIG),
            L("25,740", 25740, E, P, "population", M25 + ")", geo=NHE),
            L("0.4%", -0.4, E, PCT, "population_change", Y25 + "; down over twelve months)", geo=NHE),
            L("380", 380, E, P, "deaths", Y25 + ")", geo=NHE),
            L("196", 196, E, P, "births", Y25 + "; just)", geo=NHE),
            L("almost two", 2, ALM, RATIO, "deaths_to_births_ratio", Y25 + "; deaths for every baby born)", ctx="almost two for every", geo=NHE),
            L("84", 84, E, P, NETIN, Y25 + "; a modest net inflow)", geo=NHE),
            L("184", -184, E, P, "population_natural_change", Y25 + "; the natural decrease)", geo=NHE),
            L("1,410", 1410, E, P, "population_growth", Y25 + "; gained)", occ=1, geo=HIG),
            L("237,180", 237180, E, P, "population", M25 + ")", geo=HIG),
            L("0.6%", 0.6, E, PCT, "population_change", Y25 + ")", geo=HIG),
            L("2,710", 2710, E, P, "deaths", Y25 + ")", geo=HIG),
            L("1,880", 1880, E, P, "births", Y25 + ")", geo=HIG),
            L("2,240", 2240, E, P, NETIN, Y25 + "; more people moved in than left)", geo=HIG),
            L("1,350", 1350, E, P, "internal_migration_net", Y25 + "; net arrivals from elsewhere in the UK)", geo=HIG),
            L("890", 890, E, P, "net_migration_international", Y25 + "; net arrivals from abroad)", geo=HIG),
            L("0.2%", 0.2, E, PCT, "population_change", Y25 + "; edged up)", geo=ORK),
            L("22,190", 22190, E, P, "population", M25 + ")", geo=ORK),
            L("0.3%", -0.3, E, PCT, "population_change", Y25 + "; dipped)", geo=SHE),
            L("22,840", 22840, E, P, "population", M25 + ")", geo=SHE),
            L("0.1%", -0.1, E, PCT, "population_change", Y25 + "; slipped)", geo=AB),
            L("86,420", 86420, E, P, "population", M25 + ")", geo=AB),
            L("0.5%", 0.5, E, PCT, "population_change", Y25 + ")", geo=SCO),
            L("5.57 million", 5570000, E, P, "population", M25 + ")", geo=SCO),
            L("12,900", -12900, E, P, "population_natural_change", Y25 + "; deaths outstripped births by)", geo=SCO),
            L("40,500", 40500, E, P, NETIN, Y25 + "; a net gain from migration)", geo=SCO),
            L("28.4%", 28.4, E, PCT, "population_share_aged_65_and_over", M25 + ")", geo=NHE),
            L("20.5%", 20.5, E, PCT, "population_share_aged_65_and_over", M25 + ")", geo=SCO),
            L("a third", -THIRD, E, PCT, "population_aged_under_16_change", "2001 to 30 June 2025 (down by a third on 2001; " + NRS + ")", geo=NHE),
            L("11%", -11, E, PCT, "population_projection_change", "2025 to 2043 (could lose a further; NRS projections)", geo=NHE),
            L("roughly 500", 500, AP, P, "working_age_inflow_needed", "per year (just to stand still; " + CLLR6 + ")", geo=NHE),
            L("12.9k", 12900, E, SIGS, "petition_signatures", "March to July 2026 (since it opened in March)", geo="Highlands and Islands"),
            L("c. 24,000", 24000, AP, HOMES, "new_homes_needed", "2026 to 2036 (over the next decade, around Inverness and the Moray Firth; Highland Council)", geo=HIG),
        ]),
    "07-unpacked-student-visas-dependants-staying-on": dict(
        meta=dict(url="https://unpacked.example/news/politics/student-visas-explained-dependants-graduate-route-stay-on-3719406",
                  title="Student visas explained: how many bring family, and how many stay on after graduating",
                  publisher="Unpacked", author="Hester Okafor-Lindqvist", published_date="2026-08-27"),
        labels=[
            L("almost nine-tenths", -90, ALM, PCT, DEP + "_change", "year to June 2026 vs year to June 2023 (down since the 2024 ban; standfirst)"),
            L("418,600", 418600, E, P, STU, YJ26 + ")"),
            L("4%", 4, E, PCT, STU + "_change", "July 2025 to June 2026 vs July 2024 to June 2025 (up on the previous 12 months)"),
            L("402,500", 402500, E, P, STU, "July 2024 to June 2025 (the previous 12 months; main applicants; " + HO7 + ")"),
            L("72,200", -72200, E, P, STU + "_change", "year to June 2026 vs year to June 2023 (lower than the peak)"),
            L("490,800", 490800, E, P, STU, "July 2022 to June 2023 (the peak; " + HO7 + ")"),
            L("97,400", 97400, E, P, STU + "_indian", YJ26 + ")"),
            L("95,100", 95100, E, P, STU + "_chinese", YJ26 + ")"),
            L("roughly three-quarters", 75, AP, PCT, STU + "_share_postgraduate", YJ26 + ")"),
            L("41%", -41, E, PCT, STU + "_nigerian_change", "year to June 2026 vs year to June 2024 (below their level two years ago)"),
            L("18,300", 18300, E, P, DEP, "July 2025 to June 2026 (the latest year; " + HO7 + ")"),
            L("148,900", 148900, E, P, DEP, "July 2022 to June 2023 (the year to June 2023; " + HO7 + ")"),
            L("88%", -88, E, PCT, DEP + "_change", "year to June 2026 vs year to June 2023 (a drop of)"),
            L("112,300", 112300, E, P, GRAD, "July 2025 to June 2026 (the year to June; lead applicants; " + HO7 + ")"),
            L("9%", -9, E, PCT, GRAD + "_change", "July 2025 to June 2026 vs the year before (a fall of)"),
            L("more than 40%", 40, MT, PCT, GRAD + "_share_indian", "July 2025 to June 2026 (Indian graduates took; " + HO7 + ")"),
            L("21%", 21, E, PCT, "students_share_still_in_uk_after_five_years", JOURNEY + ")"),
            L("About half", 50, AP, PCT, "students_still_in_uk_share_moved_to_work_visas", JOURNEY + ")"),
            L("Roughly one in five", 20, AP, PCT, "students_share_still_in_uk_after_five_years", "no period stated (stay beyond five years; Dr Ruairi Ashgrove-Tembo, Bramhope Centre for Higher Education Policy)"),
            L("184,000", 184000, E, P, "emigration_former_study_visa", YJ25 + "people who had come on study visas and left; ONS)"),
            L("nearly twice", 2, ALM, RATIO, "emigration_former_study_visa_ratio", "year to June 2025 vs year to June 2023 (as many as two years earlier; ONS)"),
            L("38%", 38, E, PCT, "immigration_share_study_non_eu", YJ25 + "non-EU arrivals who came mainly to study; ONS)"),
            L("97,000", 97000, E, P, "net_migration_study", YJ25 + "students and their families added a net; ONS)"),
            L("under half", 50, LT, PCT, "net_migration_share_study", YJ25 + "of the overall net migration figure; ONS)"),
            L("204,000", 204000, E, P, NM, YJ25 + "the overall net migration figure; ONS)"),
            L("£12.2bn", 12200000000, E, GBP, "international_student_fee_income", HESA + "a record, tuition fees paid to UK universities)"),
            L("about 45%", 45, AP, PCT, "universities_share_expecting_deficit", "2026/27 academic year (this year; Office for Students)", geo=ENG),
            L("£925", 925, E, GBP, "international_student_levy", "per student per year, from 2028 (the government's planned levy)", geo=ENG),
            L("86,000", 86000, E, P, "international_students", HESA + "taught at Scottish universities)", geo=SCO),
            L("24,500", 24500, E, P, "international_students", HESA + "Welsh universities)", geo=WAL),
            L("9,800", 9800, E, P, "international_students", HESA + "universities in Northern Ireland)", geo=NI),
        ]),
}

if __name__ == "__main__":
    for d in ("articles", "gold"):
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
    build_gold(HERE, ARTICLES)
