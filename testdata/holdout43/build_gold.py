#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the forty-third hand-labelled hold-out set (holdout43).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, RATIO, BOATS, PPB, HOTELS, MONTHS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, PTR, RSC)

USD, HH, DAYS = "other:USD", "other:households", "other:days"
IMM, EMI, RET, APPS = "immigration", "emigration", "returns", "asylum_applications"
BL, BLA, SUPPORT, DISP = "asylum_backlog", "asylum_backlog_appeals", "asylum_support_population", "asylum_dispersal_population"
HIU, OCC, LEGAL, FUND = "asylum_hotels_in_use", "small_boat_occupancy", "uk_france_legal_route_arrivals", "uk_funding_to_france"
DEATHS, KIDS, RESCUES = "small_boat_deaths", "small_boat_deaths_children", "small_boat_rescues"
STOPPED, PREVENTED = "small_boat_launch_attempts_stopped_people", "small_boat_launches_prevented"
GRANT_SH, DEC, REFUSALS = "asylum_grants_share_initial_decisions", "asylum_initial_decisions", "asylum_refusals"
SHARE_SB, PFE, VIS = "returns_share_of_small_boat_arrivals", "public_finances_effect_lower_migration", "visas_granted"
FR, UK, PF, LANCS = "France", "UK", "Pendleford", "Lancashire"

# periods
FY26, FY25 = "2025/26 financial year", "2024/25 financial year"
MEDP = "April 2022 to July 2024"
# 01 (Saturday 19 September 2026)
FRI = "Friday 18 September 2026"
YTD_FRI26 = "1 January to Friday 18 September 2026"
YTD_FRI25 = "1 January to 18 September 2025 (the same stretch of 2025)"
YEAR26 = "1 January to 19 September 2026"
OVERNIGHT = "overnight, Friday 18 to Saturday 19 September 2026"
# 02 (Tuesday 25 August 2026)
EJ26_REL = "end of June 2026 (30 June 2026; Home Office statistics published Thursday 20 August 2026)"
EJ26, EJ25 = "end of June 2026 (30 June 2026)", "end of June 2025 (30 June 2025)"
# 03 (Friday 18 September 2026)
PILOT16 = "18 September 2025 (first return under the UK–France pilot) to Wednesday 16 September 2026"
YTD_WED26 = "1 January to Wednesday 16 September 2026"
FR_STOPS = "1 January to Tuesday 15 September 2026"
# 05 and 07 (Thursday 26 November 2026 release)
ES26, ES25 = "end of September 2026 (30 September 2026)", "end of September 2025 (30 September 2025)"
YS26, YS25 = "year ending September 2026", "year ending September 2025"
HF, TAB, BOX = " (headline figures)", " (Table 1)", " (The hotel bill box)"

ARTICLES = {
    "01-cobalt-news-channel-crossings-live-712": dict(
        meta=dict(url="https://news.cobalt.example/live/channel-migrants-crossings-dover-19-september-2026",
                  title="Channel migrants live: 712 crossed on Friday as calm seas bring more dinghies towards Dover",
                  publisher="Cobalt News", author="Tamsin Okonjo-Reeve, Callum Hadleigh-Mensah", published_date="2026-09-19"),
        labels=[
            L("712", 712, E, P, SBA, FRI + " (headline)", occ=0),
            # Key points
            L("712", 712, E, P, SBA, FRI + " (Home Office; key points)", occ=1),
            L("11", 11, E, BOATS, SBC, FRI + " (key points)", ctx="came across in 11 boats"),
            L("32,000", 32000, MT, P, SBA, YTD_FRI26 + " (arrivals in 2026 have now passed; key points)"),
            L("three", 3, E, BOATS, PREVENTED, OVERNIGHT + " (French officers; key points)", ctx="stopped three boats", geo=FR),
            L("At least 34", 34, AL, P, DEATHS, YEAR26 + " (this year; lost their lives on the route; UN migration agency; key points)", ctx="At least 34 people"),
            # 15:05
            L("At least 260", 260, AL, P, SBA, "Saturday 19 September 2026, dawn to about 3pm (landed at Dover; provisional; entry heading)", geo="Dover"),
            L("at least 260", 260, AL, P, SBA, "Saturday 19 September 2026, dawn to about 3pm (brought in by Border Force; south-east correspondent)", geo="Dover"),
            # 14:20
            L("Roughly six in ten", 60, AP, PCT, "small_boat_arrivals_share_granted_protection",
              "eventually (those who land on the beaches; chief executive of the Kentside Refugee Alliance)"),
            L("1,100", 1100, E, P, "charity_service_users",
              "1 to 19 September 2026 (new arrivals met at the port since the start of the month; Kentside Refugee Alliance)", geo="Dover"),
            # 13:31
            L("More than 96,000", 96000, MT, P, SBA, "5 July 2024 to 18 September 2026 (since Labour took office; Shadow Home Secretary)"),
            V("hundreds", 200, 900, P, SBA, "per day (land here on a single day; Shadow Home Secretary)"),
            # 12:48
            L("more than 1,800", 1800, MT, P, RET,
              "18 September 2025 to 19 September 2026 (taken back by France under the returns agreement since the first removal; Home Office spokesperson)", geo=FR),
            L("a fifth", -20, E, PCT, HOT + "_change", "summer 2025 to September 2026 (dropped by; since last summer; Home Office spokesperson)"),
            # 11:55 The numbers
            L("32,195", 32195, E, P, SBA, YTD_FRI26 + " (data team)"),
            L("30,752", 30752, E, P, SBA, YTD_FRI25),
            L("almost 5%", 5, ALM, PCT, SBA + "_change", YTD_FRI26 + " vs " + YTD_FRI25 + " (a rise of)"),
            L("3,315", 3315, E, P, SBA, "1 to 18 September 2026 (September so far)"),
            L("more than three-quarters", 0.75, MT, RATIO, SBA + "_ratio", "1 to 18 September 2026 vs September 2025 (the whole of last September)"),
            L("4,300", 4300, E, P, SBA, "September 2025 (the whole of last September)"),
            L("712", 712, E, P, SBA, FRI + " (Friday's travellers)", occ=2),
            L("11", 11, E, BOATS, SBC, FRI + " (packed into)", ctx="packed into 11 boats"),
            L("almost 65", 65, ALM, PPB, OCC, FRI + " (on average per boat)"),
            L("13", 13, E, PPB, OCC, "2020 (a typical crossing)", ctx="carried 13"),
            # 10:36
            L("three", 3, E, BOATS, PREVENTED, OVERNIGHT + " (turned back; entry heading)", ctx="turned back three boats", geo=FR),
            L("three", 3, E, BOATS, PREVENTED, OVERNIGHT + " (prevented from setting off; maritime prefecture)", ctx="prevented three boats", geo=FR),
            L("146", 146, E, P, STOPPED, OVERNIGHT + " (maritime prefecture for the Channel and the North Sea)", geo=FR),
            L("49", 49, E, P, RESCUES, "about 4am, Saturday 19 September 2026 (taken on board off Gravelines by a French patrol boat)", geo=FR),
            L("more than 20,000", 20000, MT, P, STOPPED, "1 January to 19 September 2026 (since January; French authorities)", geo=FR),
            # 09:50
            L("at least 34", 34, AL, P, DEATHS, YEAR26 + " (this year; UN agency; entry heading)", ctx="at least 34 deaths this year"),
            L("at least 34", 34, AL, P, DEATHS, "1 January to 19 September 2026 (in 2026; International Organization for Migration)", ctx="counted at least 34"),
            L("seven", 7, E, P, KIDS, "1 January to 19 September 2026 (children among the dead; International Organization for Migration)"),
            # 09:12
            L("712", 712, E, P, SBA, FRI + " (Home Office figures confirm)", occ=3),
            L("11", 11, E, BOATS, SBC, FRI, ctx="on Friday in 11 boats"),
            L("388", 388, E, P, SBA, "Thursday 17 September 2026 (on Thursday)"),
        ]),
    "02-pendleford-evening-telegraph-asylum-housing-council-costs": dict(
        meta=dict(url="https://www.pendlefordtelegraph.example/news/politics/asylum-seekers-housed-in-pendleford-up-by-more-than-a-third-as-council-counts-the-cost-5184026",
                  title="Asylum seekers housed in Pendleford up by more than a third as council counts the cost",
                  publisher="Pendleford Evening Telegraph", author="Aoife Brennan-Kaur", published_date="2026-08-25"),
        labels=[
            L("more than a third", THIRD, MT, PCT, DISP + "_change", EJ26 + " vs " + EJ25 + " (asylum seekers housed; headline)", occ=0, geo=PF),
            L("752", 752, E, P, SUPPORT, EJ26_REL + " (people in Home Office accommodation in the town; standfirst)", occ=0, geo=PF),
            L("nearly £1m", 1e6, ALM, GBP, "council_asylum_cost_shortfall", FY26 + " (out of pocket; standfirst)", geo=PF),
            L("more than a third", THIRD, MT, PCT, DISP + "_change", EJ26 + " vs " + EJ25 + " (placed in houses and flats; over twelve months)", occ=1, geo=PF),
            L("612", 612, E, P, DISP, EJ26_REL + " (by 30 June; dispersed houses and flats)", occ=0, geo=PF),
            L("455", 455, E, P, DISP, EJ25 + " (a year before)", occ=0, geo=PF),
            L("140 or so", 140, AP, P, HOT, EJ26 + " (men staying at the Brierholme Hotel)", geo=PF),
            L("752", 752, E, P, SUPPORT, EJ26 + " (total the department supports in the town)", occ=1, geo=PF),
            L("roughly one in every 120", 100 / 120, AP, PCT, "asylum_support_population_share_of_residents", EJ26 + " (residents)", geo=PF),
            L("one in 300", 100 / 300, E, PCT, "asylum_support_population_share_of_residents", EJ26 + " (Lancashire as a whole)", geo=LANCS),
            L("5,310", 5310, E, P, SUPPORT, EJ26 + " (the county, including Blackburn with Darwen and Blackpool)", geo=LANCS),
            L("21,180", 21180, E, P, SUPPORT, EJ26, geo="North West"),
            L("about one in five", 20, AP, PCT, "asylum_support_population_share_north_west", EJ26 + " (of everyone on asylum support across the UK)"),
            L("102,800", 102800, E, P, SUPPORT, EJ26 + " (on asylum support across the UK)"),
            L("£1.37m", 1.37e6, E, GBP, "council_asylum_cost", FY26 + " (work linked to asylum seekers and newly recognised refugees)", occ=0, geo=PF),
            L("£410,000", 410000, E, GBP, "council_asylum_grant", FY26 + " (Home Office contribution)", occ=0, geo=PF),
            L("£960,000", 960000, E, GBP, "council_asylum_cost_shortfall", FY26 + " (gap met from reserves)", occ=0, geo=PF),
            # the cabinet member for housing and communities
            L("455", 455, E, P, DISP, EJ25 + " (cabinet member: gone from)", occ=1, geo=PF),
            L("612", 612, E, P, DISP, EJ26 + " (cabinet member: gone to, in a year)", occ=1, geo=PF),
            L("£1.37m", 1.37e6, E, GBP, "council_asylum_cost", FY26 + " (last year; cabinet member)", occ=1, geo=PF),
            L("£410,000", 410000, E, GBP, "council_asylum_grant", FY26 + " (got back; cabinet member)", occ=1, geo=PF),
            L("£960,000", 960000, E, GBP, "council_asylum_cost_shortfall", FY26 + " (came out of other budgets; cabinet member)", occ=1, geo=PF),
            L("148", 148, E, HH, "refugees_homeless_after_leaving_asylum_support", FY26 + " (last year; refugee households approaching the council as homeless; cabinet member)", geo=PF),
            L("more than double", 2, MT, RATIO, "refugees_homeless_after_leaving_asylum_support_ratio", FY26 + " vs " + FY25 + " (cabinet member)", geo=PF),
            L("61", 61, E, HH, "refugees_homeless_after_leaving_asylum_support", FY25 + " (the year before; cabinet member)", geo=PF),
            L("2,940", 2940, E, HH, "housing_waiting_list_households", "August 2026 (already on the waiting list; cabinet member)", geo=PF),
            L("£58", 58, E, GBP, "council_temporary_accommodation_cost", "per night, 2026 (bed and breakfast; cabinet member)", geo=PF),
            L("more than 3,100", 3100, MT, P, "petition_signatures", "August 2026 (petition calling for the hotel to close; leader of the council's Reform UK group)", geo=PF),
            L("more than 32,000", 32000, MT, P, HOT, EJ25 + " (a year ago; Home Office spokesperson)"),
            L("around 25,600", 25600, AP, P, HOT, EJ26 + " (Home Office spokesperson)"),
        ]),
    "03-lanyard-wire-uk-france-returns-first-year": dict(
        meta=dict(url="https://www.lanyardwire.example/world/europe/britain-sends-1870-migrants-back-france-first-year-returns-deal-2026-09-18/",
                  title="Britain sends 1,870 migrants back to France in first year of returns deal, well short of early hopes",
                  publisher="Lanyard Wire", author="Noor Achterberg-Quayle, Etienne Vasseur-Mbeki", published_date="2026-09-18"),
        labels=[
            L("1,870", 1870, E, P, RET, PILOT16 + " (headline)", occ=0, geo=FR),
            L("1,870", 1870, E, P, RET, PILOT16 + " (sent back across the Channel; government data published Friday 18 September 2026)", occ=1, geo=FR),
            L("nearly 42,000", 42000, ALM, P, SBA, PILOT16 + " (reached its shores in small boats over the same period)"),
            L("1,610", 1610, E, P, LEGAL, PILOT16 + " (arrived by the legal route; Home Office)"),
            L("fewer than one in 20", 5, LT, PCT, SHARE_SB, PILOT16 + " (arrivals since the scheme started who have been removed)", geo=FR),
            L("around 50", 50, AP, P, "returns_france_weekly_cap", "per week, at the pilot's launch, September 2025 (officials' hopes)", geo=FR),
            L("about 36", 36, AP, P, RET, "per week, " + PILOT16 + " (average)", geo=FR),
            L("more than half", 50, MT, PCT, "returns_share_eritrean_afghan_iranian", PILOT16 + " (Eritreans, Afghans and Iranians among those returned; Home Office)", geo=FR),
            L("97", 97, E, P, "returns_france_redetected_crossing", PILOT16 + " (returned people later detected trying to cross again; Home Office)", geo=FR),
            L("19,860", 19860, E, P, STOPPED, FR_STOPS + " (between January and Tuesday; French interior ministry)", geo=FR),
            L("12%", 12, E, PCT, STOPPED + "_change", FR_STOPS + " vs the same period of 2025 (up; French interior ministry)", geo=FR),
            L("23", 23, E, BOATS, "small_boat_interceptions_at_sea", "June to mid-September 2026 (since the rule change; halted at sea; French officers)", geo=FR),
            L("1,140", 1140, E, P, "small_boat_interceptions_at_sea_people", "June to mid-September 2026 (carried by the boats halted at sea)", geo=FR),
            L("476 million pounds", 476e6, E, GBP, FUND, "2023 to 2026 (across three years; 2023 accord)"),
            L("$644 million", 644e6, E, USD, FUND, "2023 to 2026 (across three years; in US dollars)"),
            L("Some 31,095", 31095, AP, P, SBA, YTD_WED26 + " (this year up to Wednesday; Home Office data)"),
            L("about 2%", 2, AP, PCT, SBA + "_change", YTD_WED26 + " vs the same point of 2025 (more)"),
            L("41,472", 41472, E, P, SBA, "2025 (calendar year; second-highest after 2022)"),
            L("about 4%", 4, AP, PCT, SHARE_SB, "now, September 2026 (chance of being sent back; analyst at a London-based migration think tank)", geo=FR),
            L("38,420", 38420, E, P, RET, "year ending June 2026 (all nationalities; official statistics published in August 2026)"),
            L("10%", 10, E, PCT, RET + "_change", "year ending June 2026 vs year ending June 2025 (more than a year earlier)"),
            L("about 112,000", 112000, AP, P, "irregular_arrivals", "January to August 2026 (irregular entries to the bloc; Frontex)", geo="EU"),
            L("18%", -18, E, PCT, "irregular_arrivals_change", "January to August 2026 vs January to August 2025 (a drop of; Frontex)", geo="EU"),
            L("0.7390 pounds", 0.739, E, GBP, "exchange_rate_usd_gbp", "per US dollar, 18 September 2026 (footer)"),
        ]),
    "04-cornhill-times-net-migration-public-finances": dict(
        meta=dict(url="https://www.cornhilltimes.example/content/falling-migration-hole-chancellor-budget-arithmetic",
                  title="Falling migration opens a hole in the Chancellor's Budget arithmetic",
                  publisher="The Cornhill Times", author="Imogen Fairweather-Osei", published_date="2026-10-19"),
        labels=[
            L("171,000", 171000, E, P, NM, "2025 (calendar year; last year; ONS provisional estimate, May 2026)"),
            L("roughly halving", -50, AP, PCT, NM + "_change", "2025 vs 2024"),
            L("345,000", 345000, E, P, NM, "2024 (calendar year)"),
            L("less than a fifth", 0.2, LT, RATIO, NM + "_ratio", "2025 vs year ending March 2023 (the high point)"),
            L("944,000", 944000, E, P, NM, "year ending March 2023 (the high point)"),
            L("About 812,000", 812000, AP, P, IMM, "2025 (calendar year; came to live in the UK)"),
            L("641,000", 641000, E, P, EMI, "2025 (calendar year; left)"),
            L("285,000", 285000, E, P, "net_migration_forecast", "per year, average over the next five years from 2026 (OBR March 2026 forecast)"),
            L("114,000", 114000, E, P, "obr_net_migration_assumption_shortfall", "2025 (last year's figure below the OBR assumption)"),
            L("36 per cent", -36, E, PCT, "visas_granted_skilled_worker_change", "year ending June 2026 vs year ending June 2025 (main applicants; down)"),
            L("79,300", 79300, E, P, "visas_granted_skilled_worker", "year ending June 2026 (main applicants)"),
            L("2,140", 2140, E, P, "visas_granted_care_worker", "year ending June 2026 (care worker route)"),
            L("100,000", -100000, E, P, "net_migration_scenario_change", "per year, lasting (a fall in annual net migration; OBR rule of thumb)"),
            L("about £7.5bn", 7.5e9, AP, GBP, PFE, "per year by the last year of the OBR forecast (extra borrowing for each lasting fall of 100,000; OBR rule of thumb)"),
            L("£8.6bn", 8.6e9, E, GBP, PFE, "2030-31 financial year (last year's shortfall scaled up; Fenmarsh Institute estimate)"),
            L("about two-fifths", 40, AP, PCT, "public_finances_effect_share_of_headroom", "2030-31 financial year (Fenmarsh Institute)"),
            L("£21.7bn", 21.7e9, E, GBP, "fiscal_headroom", "against the main fiscal rule, set at the November 2025 Budget (last November)"),
            V("several billion pounds", 2e9, 9e9, GBP, PFE, "Budget of November 2026 (tax rises or spending cuts needed to find the money; Fenmarsh Institute chief economist)"),
            L("4.1 per cent", 4.1, E, PCT, "income_tax_receipts_change", "April to September 2026 (first six months of the 2026/27 financial year) vs the same months of 2025/26"),
            L("6 per cent", 6, E, PCT, "income_tax_receipts_forecast_change", "2026/27 financial year (OBR forecast for the year as a whole)"),
            L("about 371,000", 371000, AP, P, "population_growth", "year to mid-2025 (ONS, July 2026)", geo=EW),
            L("0.6 per cent", 0.6, E, PCT, "population_change", "year to mid-2025", geo=EW),
            L("half", 0.5, E, RATIO, "population_growth_ratio", "year to mid-2025 vs year to mid-2024 (growth rate)", geo=EW),
            L("1.2 per cent", 1.2, E, PCT, "population_change", "year to mid-2024 (the previous year)", geo=EW),
            L("0.2 percentage points", -0.2, E, PCT, "gdp_growth_forecast_change", "2027 (could be shaved off by slower population growth; former OBR official)"),
            L("1.5 per cent", 1.5, E, PCT, "gdp_growth_forecast", "2027 (OBR March 2026 forecast)"),
            L("roughly £170,000", 170000, AP, GBP, "fiscal_lifetime_contribution_migrant", "lifetime (migrant arriving at 25 on average earnings; OBR estimate, 2025)"),
            L("about 95 per cent", 95, AP, PCT, "public_sector_net_debt_share_gdp", "October 2026 (now)"),
        ]),
    "05-cross-street-review-asylum-backlog-appeals-wait": dict(
        meta=dict(url="https://www.crossstreetreview.example/uk-news/2026/nov/27/asylum-backlog-falls-record-74800-wait-for-appeals",
                  title="Asylum backlog falls by two-fifths but record 74,800 now wait for appeals",
                  publisher="The Cross Street Review", author="Rosalind Achterberg-Nwosu", published_date="2026-11-27"),
        labels=[
            L("two-fifths", -40, E, PCT, BL + "_change", ES26 + " vs " + ES25 + " (falls by; headline)"),
            L("74,800", 74800, E, P, BLA, ES26 + " (record; headline)", occ=0),
            L("more than a year", 1, MT, YEARS, "asylum_appeal_wait_average", "November 2026 (cases at the tribunal take; standfirst)"),
            L("41%", -41, E, PCT, BL + "_change", ES26 + " vs " + ES25 + " (shrunk by; in a year)"),
            L("47,910", 47910, E, P, BL, ES26 + " (still without an initial decision; Home Office statistics published Thursday 26 November 2026)"),
            L("81,200", 81200, E, P, BL, ES25 + " (a year earlier)"),
            L("little more than a quarter", 0.25, MT, RATIO, BL + "_ratio", "end of September 2026 vs the 2023 peak"),
            L("175,457", 175457, E, P, BL, "2023 (the peak; end of June 2023)"),
            L("17,250", 17250, E, P, "asylum_backlog_waiting_over_6_months", ES26),
            L("36%", 36, E, PCT, "asylum_backlog_share_waiting_over_6_months", ES26),
            L("43%", 43, E, PCT, BLA + "_change", ES26 + " vs " + ES25 + " (climbed)"),
            L("52,300", 52300, E, P, BLA, ES25 + " (appeals outstanding at the first-tier tribunal)"),
            L("74,800", 74800, E, P, BLA, ES26 + " (appeals outstanding at the first-tier tribunal)", occ=1),
            L("129,300", 129300, E, P, DEC, YS26 + " (year to September)"),
            L("39%", 39, E, PCT, GRANT_SH, YS26 + " (only; granted protection)"),
            L("45%", 45, E, PCT, GRANT_SH, YS25 + " (a year earlier)"),
            L("more than a fifth", 20, MT, PCT, REFUSALS + "_change", YS26 + " vs " + YS25 + " (refusals rose by)"),
            L("78,870", 78870, E, P, REFUSALS, YS26),
            L("about seven months", 7, AP, MONTHS, "asylum_initial_decision_wait_average",
              "claims decided July to September 2026 (on average; Open Door Asylum Project analysis)"),
            L("almost 14 months", 14, ALM, MONTHS, "asylum_initial_decision_wait_average",
              "claims decided July to September 2025 (a year before; Open Door Asylum Project analysis)"),
            L("about 13 months", 13, AP, MONTHS, "asylum_appeal_wait_average", "November 2026 (appeals taking to be heard; Ministry of Justice data)"),
            L("2,300", 2300, E, P, "charity_service_users", "2026 (people advised this year; Open Door Asylum Project director)"),
            L("more than half", 50, MT, PCT, "charity_service_users_share_challenging_refusal", "2026 (of the people advised this year; Open Door Asylum Project director)"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week, 2026 (Open Door Asylum Project director)"),
            L("53%", 53, E, PCT, "asylum_refusals_share_without_legal_aid_solicitor",
              "April to November 2026 (since April; people refused asylum unable to find a legal aid solicitor; Westgate Refugee Law Centre research)", geo=EW),
            L("99,400", 99400, E, P, SUPPORT, ES26),
            L("5,040", 5040, E, P, SUPPORT, ES26, geo="Scotland"),
            L("3,080", 3080, E, P, SUPPORT, ES26, geo="Wales"),
            L("2,380", 2380, E, P, SUPPORT, ES26, geo="Northern Ireland"),
            L("22,960", 22960, E, P, HOT, ES26),
            L("149", 149, E, HOTELS, HIU, ES26),
            L("a third", -THIRD, E, PCT, HOT + "_change", ES26 + " vs " + ES25 + " (fewer people than a year earlier)"),
            L("more than halved", -50, MT, PCT, BL + "_change",
              "end of June 2024 (the election) to end of September 2026 (backlog of initial decisions; Home Office spokesperson)"),
            L("4,000", 4000, E, DAYS, "tribunal_sitting_days_added", "2026 (extra sitting days funded; Home Office spokesperson)"),
        ]),
    "06-daily-clamour-hotel-bill-2billion-rwanda-290m": dict(
        meta=dict(url="https://www.dailyclamour.example/news/article-16027431/Migrant-hotel-bill-nearly-2BILLION-year-290m-Rwanda-not-coming-back.html",
                  title="Migrant hotel bill hits nearly £2BILLION in a year - and not a penny of the £290m handed to Rwanda is coming back",
                  publisher="Daily Clamour", author="Perpetua Lindgren-Oduya", published_date="2026-08-22"),
        labels=[
            # headline and bullets
            L("nearly £2BILLION", 2e9, ALM, GBP, AC, FY26 + " (hotels; in a year; headline)"),
            L("£290m", 290e6, E, GBP, PTR, MEDP + " (handed to Rwanda; headline)", occ=0),
            L("more than £5million", 5e6, MT, GBP, AC, "per day, hotels, " + FY26 + " (bullet)", occ=0),
            L("Nearly 26,000", 26000, ALM, P, HOT, EJ26 + " (migrants still in hotels; bullet)"),
            L("163", 163, E, HOTELS, HIU, EJ26 + " (bullet)", occ=0),
            # body
            L("£1.96billion", 1.96e9, E, GBP, AC, FY26 + " (hotels; last year; Home Office annual accounts)"),
            L("more than £5million", 5e6, MT, GBP, AC, "per day, hotels, " + FY26 + " (every day of the financial year)", occ=1),
            L("15 per cent", -15, E, PCT, AC + "_change", FY26 + " vs " + FY25 + " (hotels; lower than)"),
            L("£2.31billion", 2.31e9, E, GBP, AC, FY25 + " (hotels; the year before)"),
            L("more than £4billion", 4e9, MT, GBP, AC, FY26 + " (total bill for housing and supporting asylum seekers)"),
            L("nearly 26,000", 26000, ALM, P, HOT, EJ26 + " (Home Office figures released Thursday 20 August 2026)"),
            L("163", 163, E, HOTELS, HIU, EJ26, occ=1),
            L("more than 400", 400, MT, HOTELS, HIU, "2023 (when hotel use peaked)"),
            L("almost £150", 150, ALM, GBP, AC, "per person per night, hotel place, " + FY26),
            L("about five times", 5, AP, RATIO, AC + "_ratio", "per night, hotel place vs dispersal flat, " + FY26),
            L("£29", 29, E, GBP, AC, "per person per night, dispersal flat, " + FY26),
            L("£290million", 290e6, E, GBP, PTR, MEDP + " (paid to Rwanda under the scrapped deal; none to be returned)"),
            L("around £700million", 700e6, AP, GBP, RSC, MEDP + " (the whole scheme)"),
            L("four", 4, E, P, "rwanda_relocations", MEDP + " (all went voluntarily)", ctx="relocated four people"),
            L("more than 300", 300, MT, P, "rwanda_accommodation_capacity", "August 2026 (accommodation that remains ready; Rwandan government spokeswoman)", geo="Rwanda"),
            L("More than 91,000", 91000, MT, P, SBA, "July 2024 to August 2026 (since Rwanda was scrapped; Shadow Home Secretary)"),
            L("£2billion", 2e9, E, GBP, AC, "per year, hotels, 2026 (handed out to hoteliers; Shadow Home Secretary)"),
            L("some 58 per cent", 58, AP, PCT, "poll_share_asylum_hotel_should_close", "August 2026 (voters wanting every migrant hotel shut; poll for the Daily Clamour this week)"),
            L("a fifth", -20, E, PCT, HOT + "_change", EJ26 + " vs " + EJ25 + " (dropped by; in twelve months; Home Office spokesman)"),
            L("more than half", 50, MT, PCT, "asylum_hotels_share_closed", "2023 peak to August 2026 (peak-era hotels handed back; Home Office spokesman)"),
            # THE HOTEL BILL box
            L("£1.96bn", 1.96e9, E, GBP, AC, FY26 + " (spent on hotels)" + BOX),
            L("£5.4m", 5.4e6, E, GBP, AC, "per day, hotels, " + FY26 + BOX),
            L("25.6k", 25600, E, P, HOT, EJ26 + " (migrants in hotels)" + BOX),
            L("163", 163, E, HOTELS, HIU, EJ26 + BOX, occ=2),
            L("£290m", 290e6, E, GBP, PTR, MEDP + " (paid to Rwanda)" + BOX, occ=1),
        ]),
    "07-gov-uk-key-facts-visas-asylum-returns-ye-sep-2026": dict(
        meta=dict(url="https://www.gov.uk.example/government/statistics/immigration-system-statistics-year-ending-september-2026/key-facts-visas-asylum-and-returns",
                  title="Key facts: visas, asylum and returns, year ending September 2026",
                  publisher="Immigration Statistics Branch (GOV.UK)", author=None, published_date="2026-11-26",
                  license="Open Government Licence v3.0"),
        labels=[
            # 1. Headline figures
            L("702,900", 702900, E, P, VIS, YS26 + " (entry clearance, excluding visitor and transit visas)" + HF, occ=0),
            L("14%", -14, E, PCT, VIS + "_change", YS26 + " vs " + YS25 + " (fewer)" + HF, occ=0),
            L("97,480", 97480, E, P, APPS, YS26 + " (main applicants)" + HF, occ=0),
            L("10%", -10, E, PCT, APPS + "_change", YS26 + " vs " + YS25 + " (down)" + HF),
            L("50,430", 50430, E, P, "asylum_grants", YS26 + " (granted protection at initial decision)" + HF, occ=0),
            L("39%", 39, E, PCT, GRANT_SH, YS26 + " (grant rate)" + HF, occ=0),
            L("39,260", 39260, E, P, RET, YS26 + " (enforced or voluntary returns)" + HF, occ=0),
            L("8%", 8, E, PCT, RET + "_change", YS26 + " vs " + YS25 + " (more)" + HF),
            L("42,170", 42170, E, P, SBA, YS26 + HF, occ=0),
            L("4%", 4, E, PCT, SBA + "_change", YS26 + " vs " + YS25 + " (an increase of)" + HF),
            # 2. Table 1 (main applicants and dependants)
            L("232,600", 232600, E, P, "visas_granted_work", YS25 + TAB),
            L("181,400", 181400, E, P, "visas_granted_work", YS26 + TAB),
            L("-22%", -22, E, PCT, "visas_granted_work_change", YS26 + " vs " + YS25 + TAB),
            L("420,700", 420700, E, P, "visas_granted_study", YS25 + TAB),
            L("398,300", 398300, E, P, "visas_granted_study", YS26 + TAB),
            L("-5%", -5, E, PCT, "visas_granted_study_change", YS26 + " vs " + YS25 + TAB),
            L("78,900", 78900, E, P, "visas_granted_family", YS25 + TAB),
            L("74,500", 74500, E, P, "visas_granted_family", YS26 + TAB),
            L("-6%", -6, E, PCT, "visas_granted_family_change", YS26 + " vs " + YS25 + TAB),
            L("85,100", 85100, E, P, "visas_granted_other", YS25 + TAB),
            L("48,700", 48700, E, P, "visas_granted_other", YS26 + TAB),
            L("-43%", -43, E, PCT, "visas_granted_other_change", YS26 + " vs " + YS25 + TAB),
            L("817,300", 817300, E, P, VIS, YS25 + " (total)" + TAB),
            L("702,900", 702900, E, P, VIS, YS26 + " (total)" + TAB, occ=1),
            L("-14%", -14, E, PCT, VIS + "_change", YS26 + " vs " + YS25 + " (total)" + TAB),
            L("12,600", 12600, E, P, "visas_granted_health_care_worker", YS26 + " (including dependants)"),
            L("71%", -71, E, PCT, "visas_granted_health_care_worker_change", YS26 + " vs " + YS25 + " (below the previous year)"),
            # 3. Asylum and protection
            L("97,480", 97480, E, P, APPS, YS26 + " (claims lodged by main applicants)", occ=1),
            L("119,600", 119600, E, P, APPS, YS26 + " (people covered, including dependants)"),
            L("108,140", 108140, E, P, APPS, YS25 + " (main applicants)"),
            L("129,300", 129300, E, P, DEC, YS26),
            L("9%", 9, E, PCT, DEC + "_change", YS26 + " vs " + YS25 + " (more than)"),
            L("118,600", 118600, E, P, DEC, YS25 + " (a year earlier)"),
            L("50,430", 50430, E, P, "asylum_grants", YS26 + " (refugee status, humanitarian protection or other leave)", occ=1),
            L("78,870", 78870, E, P, REFUSALS, YS26),
            L("39%", 39, E, PCT, GRANT_SH, YS26 + " (grant rate)", occ=1),
            L("45%", 45, E, PCT, GRANT_SH, YS25 + " (a year earlier)"),
            L("47,910", 47910, E, P, BL, ES26 + " (waiting for an initial decision)"),
            L("41%", -41, E, PCT, BL + "_change", ES26 + " vs " + ES25 + " (fewer than)"),
            L("81,200", 81200, E, P, BL, ES25 + " (the same date in 2025)"),
            # 4. Returns and small boats
            L("39,260", 39260, E, P, RET, YS26, occ=1),
            L("10,880", 10880, E, P, RET, YS26 + " (enforced returns)"),
            L("14%", 14, E, PCT, RET + "_change", YS26 + " vs " + YS25 + " (enforced returns; an increase of)", occ=2),
            L("28,380", 28380, E, P, RET, YS26 + " (voluntary returns)"),
            L("36,350", 36350, E, P, RET, YS25 + " (the previous year's total)"),
            L("5,910", 5910, E, P, RET, YS26 + " (foreign national offenders)"),
            L("1,930", 1930, E, P, RET, "18 September 2025 to 30 September 2026 (returned to France under the UK-France agreement)", geo=FR),
            L("1,690", 1690, E, P, LEGAL, "18 September 2025 to 30 September 2026 (came to the UK through the linked safe and legal route)"),
            L("42,170", 42170, E, P, SBA, YS26, occ=1),
            L("40,560", 40560, E, P, SBA, YS25),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
