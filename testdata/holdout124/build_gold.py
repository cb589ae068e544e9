#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-twenty-fourth hand-labelled hold-out set (holdout124).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, HOTELS, THIRD, E, AP, MT, AL, LT, AM,
                        ALM, SBA, SBC, NM, AC, PTR, RSC)

UK, ENG, SCO, WAL, FR = "UK", "England", "Scotland", "Wales", "France"
HH, PER10K, COUNCILS = "other:households", "other:persons_per_10000_residents", "other:council_areas"
LICENCES, APPLICATIONS, VACANCIES, SIGNATURES = "other:licences", "other:applications", "other:vacancies", "other:signatures"
TWO3 = 200 / 3

# 01 (Sunday 26 April 2026; Home Office figures for the seven days Sunday 19 to Saturday 25 April)
WK = "19 to 25 April 2026 (the seven days to Saturday, Sunday to Saturday; Home Office figures"
YTD = "1 January to 25 April 2026 (so far this year"
STOP = "small_boat_launch_attempts_stopped_people"
ESTRAN = "Estran Watch"
# 02 (Friday 10 July 2026; ONS revisions "released on Thursday", 9 July)
ONS = "ONS revised estimates released Thursday 9 July 2026"
Y25 = "January to December 2025 (last year, 2025; " + ONS
NMR = NM + "_revision"
# 03 (Tuesday 3 March 2026; Home Office statistics "released on Thursday", 26 February, stocks at the end of December)
D25 = "31 December 2025 (when December ended, as 2025 closed; Home Office statistics released Thursday 26 February 2026"
DISP = "asylum_dispersal_population"
RATE = DISP + "_per_10000_residents"
GLA = "Glasgow"
FY = "April 2025 to March 2026 (this year, 2025/26; Glasgow City Council officials)"
# 04 (Tuesday 8 September 2026; Home Office figures "published late last month", Thursday 27 August, for the year ending June)
J26 = "30 June 2026 (when June ended; Home Office figures published late August 2026"
YJ = "July 2025 to June 2026 (the year ending June; Home Office figures"
SC = "skills_charge"
REV = "sponsor_licences_revoked"
EMF = "Employers' Migration Forum poll of members, 2026"
# 05 (Friday 20 November 2026; DfE looked-after children statistics "released yesterday", Thursday 19 November, for 31 March 2026)
M26 = "31 March 2026 (on 31 March; DfE children looked after statistics released Thursday 19 November 2026"
YM = "April 2025 to March 2026 (the 12 months to March; DfE children looked after statistics"
UCC = "unaccompanied_children_in_care"
U16 = "small_boat_arrivals_unaccompanied_children_under_16"
# 06 (Wednesday 17 June 2026; Senedd written answer "on Tuesday", 16 June)
WA = "Senedd written answer, Tuesday 16 June 2026"
S21 = "August 2021 to June 2026 (since the fall of Kabul, since August 2021; " + WA + ")"
FAM = "afghan_families_resettled"
# 07 (Monday 3 August 2026; essay)
LIFE = "April 2022 to July 2024 (the Rwanda scheme's life"

ARTICLES = {
    "01-crosswind-news-channel-crossings-week-french-patrols": dict(
        meta=dict(url="https://news.crosswind.example/channel-crossings-more-than-2100-people-reach-uk-in-a-week-as-calm-seas-return-13592204",
                  title="Channel crossings: More than 2,100 people reach UK in a week as calm seas return",
                  publisher="Crosswind News", author="Hollis Vantongeren-Obi", published_date="2026-04-26"),
        labels=[
            L("More than 2,100", 2100, MT, P, SBA, WK + "; in a week; headline)", occ=0),
            L("nearly four times", 4, ALM, RATIO, SBA + "_ratio", "19 to 25 April 2026 vs the matching week a year ago (standfirst)"),
            L("More than 2,100", 2100, MT, P, SBA, WK + "; over the past week)", occ=1),
            L("2,148", 2148, E, P, SBA, WK + ")"),
            L("38", 38, E, BOATS, SBC, WK + ")", ctx="on 38 boats"),
            L("almost 57", 57, ALM, PPB, "small_boat_occupancy", WK + "; an average in each boat)"),
            L("96%", 96, E, PCT, "small_boat_arrivals_share_claimed_asylum", WK + "; lodged asylum claims on arrival)"),
            L("803", 803, E, P, SBA, "Wednesday 22 April 2026 (Wednesday alone; the most on any single day since January)"),
            L("13", 13, E, BOATS, SBC, "Wednesday 22 April 2026", ctx="in 13 boats"),
            L("560", 560, E, P, SBA, "20 to 26 April 2025 (the equivalent week last spring)"),
            L("11,462", 11462, E, P, SBA, YTD + "; the tally)"),
            L("20%", 20, E, PCT, SBA + "_change", "1 January to 25 April, 2026 vs 2025 (up on the same point in 2025)"),
            L("9,552", 9552, E, P, SBA, "1 January to 25 April 2025 (logged by this point in 2025)"),
            L("41,472", 41472, E, P, SBA, "January to December 2025 (all of 2025)"),
            L("About two in five", 40, AP, PCT, "small_boat_arrivals_share_eritrean_sudanese", WK + "; this week's arrivals who were Eritrean or Sudanese)"),
            L("167", 167, E, P, "small_boat_arrivals_children", WK + "; arrivals under 18)"),
            L("1,370", 1370, E, P, STOP, "19 to 25 April 2026 (the same seven days; French authorities)", geo=FR),
            L("6,290", 6290, E, P, STOP, "1 January to 25 April 2026 (departures prevented since January; French authorities)", geo=FR),
            L("around 1,250", 1250, AP, P, "french_coastal_police_deployed", "April 2026 (police and gendarmes on the beaches from Dunkirk to the Somme bay; French authorities)", geo=FR),
            L("nine", 9, E, BOATS, "small_boat_interceptions_at_sea", "19 to 25 April 2026 (taxi boats stopped in shallow water this week; the prefecture)", ctx="did so nine times", geo=FR),
            L("£476m", 476e6, E, GBP, "uk_france_funding", "April 2023 to March 2026 (over the three years to March, under the 2023 agreement)"),
            L("up to £510m", 510e6, AM, GBP, "uk_france_funding", "three years from 2026 (a successor deal signed last month, March 2026)"),
            L("more than two-thirds", TWO3, MT, PCT, "small_boat_launches_prevented_share", "some nights in 2026 (of attempted launches the French stopped; Border Security Minister)", geo=FR),
            L("Just over 2,000", 2000, MT, P, "returns", "2025 to April 2026 (gone back to France under the returns agreement; Border Security Minister)", geo=FR),
            L("at least 11", 11, AL, P, "small_boat_deaths", "1 January to 25 April 2026 (lost their lives on the route since January; " + ESTRAN + ")"),
            L("three", 3, E, P, "small_boat_deaths", "a single night in March 2026 (" + ESTRAN + ")", ctx="three of them on a single night"),
            L("more than 70", 70, MT, PPB, "small_boat_occupancy_max", "19 to 25 April 2026 (some of the boats this week carried; " + ESTRAN + " director)"),
        ]),
    "02-the-baldric-ons-migration-revisions": dict(
        meta=dict(url="https://www.thebaldric.example/politics/2026/07/10/net-migration-166000-higher-ons-admits-revisions/",
                  title="Net migration was 166,000 higher than official figures said, ONS admits",
                  publisher="The Baldric", author="Rupert Thistlewood-Asante", published_date="2026-07-10"),
        labels=[
            L("166,000", 166000, E, P, NMR, "mid-2021 to December 2025 (cumulative revision over four and a half years; headline)", occ=0),
            L("166,000", 166000, E, P, NMR, "mid-2021 to December 2025 (underestimated over the past four and a half years; " + ONS + ")", occ=1),
            L("251,000", 251000, E, P, NM, Y25 + "; as revised)"),
            L("some 68,000", 68000, AP, P, NMR, "January to December 2025 (higher than first published in May)"),
            L("183,000", 183000, E, P, NM, "January to December 2025 (the first estimate, put out by the ONS in May 2026)"),
            L("47,000", 47000, E, P, NMR, "January to December 2024 (revised up by)"),
            L("418,000", 418000, E, P, NM, "January to December 2024 (as revised; " + ONS + ")"),
            L("928,000", 928000, E, P, NM, "July 2022 to June 2023 (the year to June 2023, the all-time high, as revised)"),
            L("22,000", 22000, E, P, NMR, "July 2022 to June 2023 (an increase to the peak)"),
            L("29,000 or so", 29000, AP, P, NMR, "mid-2021 to mid-2022 and July to December 2023 (the remaining revision, scattered across earlier periods)"),
            L("2.74 million", 2.74e6, E, P, NM, "mid-2021 to December 2025 (added to the population on the new numbers)"),
            L("581,000", 581000, E, P, "emigration", Y25 + "; people who emigrated, as revised)"),
            L("52,000", -52000, E, P, "emigration_revision", "January to December 2025 (cutting its earlier figure by)"),
            L("16,000", 16000, E, P, "immigration_revision", "January to December 2025 (nudged up by)"),
            L("832,000", 832000, E, P, "immigration", Y25 + "; as revised)"),
            L("roughly three-quarters", 75, AP, PCT, NMR + "_share_emigration", "January to December 2025 (of the correction, people wrongly written off as leavers)"),
            L("About one in five", 20, AP, PCT, "emigration_recorded_share_stayed", "January to December 2024 (of those logged as emigrants in 2024, turned out to have stayed; " + ONS + ")"),
            L("Around 1.2m", 1.2e6, AP, P, "immigration_study_non_eu", "2021 to 2024 (study visa holders who arrived from outside Europe)"),
            L("38 per cent", 38, E, PCT, "immigration_study_non_eu_share_still_in_uk", "2021 to 2024 arrivals, at the close of 2025 (still in the country; the ONS's new assumption)"),
            L("27 per cent", 27, E, PCT, "immigration_study_non_eu_share_still_in_uk", "2021 to 2024 arrivals, at the close of 2025 (the ONS's earlier assumption)"),
            R("between 196,000 and 307,000", 196000, 307000, P, NM, Y25 + "; 95 per cent confidence interval)"),
            L("166,000", 166000, E, P, NMR, "mid-2021 to December 2025 (wrong by; shadow home secretary)", occ=2),
            L("61,000", 61000, E, P, NMR, "each year since 2022 (average revision of the first estimate; Dr Imogen Saltash-Dlamini, Brackenbury Population Unit)"),
            L("more than two-thirds", -TWO3, MT, PCT, NM + "_change", "2025 vs the year to June 2023 peak (a drop since the peak on the revised numbers; Home Office spokesman)"),
            L("258,000", 258000, E, P, "net_migration_forecast", "per year, over the medium term (the OBR's spring 2026 forecast assumption)"),
            L("69.9 million", 69.9e6, E, P, "population", "30 June 2025 (mid-2025, as revised; " + ONS + ")"),
            L("about 110,000", 110000, AP, P, "population_revision", "30 June 2025 (more than published a year ago)"),
        ]),
    "03-clyde-tenement-times-glasgow-asylum-dispersal-per-head": dict(
        meta=dict(url="https://www.clydetenementtimes.example/news/glasgow/25930418.glasgow-one-153-residents-asylum-housing-six-times-uk-rate/",
                  title="Glasgow has one in 153 residents in asylum housing - more than six times the UK rate",
                  publisher="Clyde Tenement Times", author="Ailsa McCorquodale-Annan", published_date="2026-03-03"),
        labels=[
            L("one in 153", 100 / 153, E, PCT, DISP + "_share_residents", "31 December 2025 (residents in asylum housing; headline)", geo=GLA),
            L("more than six times", 6, MT, RATIO, RATE + "_ratio", "31 December 2025 (Glasgow's rate against the UK rate; headline)", occ=0, geo=GLA),
            L("more than three-quarters", 75, MT, PCT, DISP + "_share_of_scotland", "31 December 2025 (of Scotland's dispersed asylum seekers; standfirst)", occ=0, geo=GLA),
            L("more than six times", 6, MT, RATIO, RATE + "_ratio", "31 December 2025 (Glasgow's rate against the UK as a whole)", occ=1, geo=GLA),
            L("4,182", 4182, E, P, DISP, D25 + ")", geo=GLA),
            L("9%", 9, E, PCT, DISP + "_change", "31 December 2025 vs 31 December 2024 (a rise in twelve months)", geo=GLA),
            L("about 640,000", 640000, AP, P, "population", "2025 (the city's population)", geo=GLA),
            L("65.3", 65.3, E, PER10K, RATE, D25 + "; for every 10,000 residents)", geo=GLA),
            L("roughly one in every 153", 100 / 153, AP, PCT, DISP + "_share_residents", D25 + ")", geo=GLA),
            L("10.1", 10.1, E, PER10K, RATE, D25 + "; per 10,000 across the UK)"),
            L("9.7", 9.7, E, PER10K, RATE, D25 + "; per 10,000 in Scotland)", geo=SCO),
            L("more than three-quarters", 75, MT, PCT, DISP + "_share_of_scotland", D25 + "; Glasgow's share of the 5,380)", occ=1, geo=GLA),
            L("5,380", 5380, E, P, DISP, D25 + ")", geo=SCO),
            L("212", 212, E, P, DISP, D25 + ")", geo="Edinburgh"),
            L("187", 187, E, P, DISP, D25 + ")", geo="Aberdeen"),
            L("96", 96, E, P, DISP, D25 + ")", geo="Falkirk"),
            L("around 700", 700, AP, P, DISP, D25 + "; shared among other Scottish councils)", geo=SCO),
            L("about 4", 4, AP, PER10K, RATE, D25 + "; the capital's rate per 10,000)", geo="Edinburgh"),
            L("less than a sixteenth", 1 / 16, LT, RATIO, RATE + "_ratio", "31 December 2025 (Edinburgh's rate against Glasgow's)", geo="Edinburgh"),
            L("Two", 2, E, HOTELS, "asylum_hotels_in_use", "March 2026 (still in use in the city)", ctx="Two hotels are still", geo=GLA),
            L("314", 314, E, P, "asylum_hotel_population", "March 2026 (held in the two hotels still in use)", geo=GLA),
            L("six", 6, E, HOTELS, "asylum_hotels_in_use", "2023 (the high point)", ctx="with six hotels", geo=GLA),
            L("1,150", 1150, E, P, "asylum_hotel_population", "2023 (residents at the high point)", geo=GLA),
            L("2,630", 2630, E, HH, "refugees_homeless_after_leaving_asylum_support", "April 2024 to March 2025 (2024/25; homeless applications from households with refugee status)", geo=GLA),
            L("61%", 61, E, PCT, "refugees_homeless_after_leaving_asylum_support_change", "2024/25 vs 2023/24 (up on the year before)", geo=GLA),
            L("about one in three", THIRD, AP, PCT, "homeless_applications_share_refugees", "2024/25 (of all homeless applications in Glasgow)", geo=GLA),
            L("£18.7m", 18.7e6, E, GBP, "council_refugee_temporary_accommodation_cost", FY, geo=GLA),
            L("£2.9m", 2.9e6, E, GBP, "council_refugee_temporary_accommodation_home_office_funding", FY, geo=GLA),
            L("almost £16m", 16e6, ALM, GBP, "council_refugee_temporary_accommodation_funding_gap", FY, geo=GLA),
            L("c. 600", 600, AP, HH, "refugee_households_temporary_accommodation", "Monday 2 March 2026 (tonight, in hotels and B&Bs; Cllr Fergus Balloch-Nkemdirim, city convener for housing)", geo=GLA),
            L("14", 14, E, COUNCILS, "asylum_dispersal_councils_participating", "March 2026 (Scottish councils now taking part in dispersal; Home Office spokesperson)", ctx="said 14 Scottish", geo=SCO),
        ]),
    "04-the-cambist-skills-charge-sponsor-licences": dict(
        meta=dict(url="https://www.thecambist.example/content/7d3f19c2-5a80-4e61-b2d4-skills-charge-sponsor-licences-fall",
                  title="Employers retreat from visa sponsorship as skills charge rise bites",
                  publisher="The Cambist", author="Cosima Wetherall-Ibekwe", published_date="2026-09-08"),
        labels=[
            L("7%", -7, E, PCT, "sponsor_licences_change", "30 June 2026 vs 30 June 2025 (licensed sponsors fall in a year; standfirst)"),
            L("118,400", 118400, E, LICENCES, "sponsor_licences", J26 + "; organisations on the register of licensed sponsors)"),
            L("7 per cent", -7, E, PCT, "sponsor_licences_change", "30 June 2026 vs 30 June 2025 (down from a year before)"),
            L("127,300", 127300, E, LICENCES, "sponsor_licences", "30 June 2025 (a year before)"),
            L("13,650", 13650, E, LICENCES, "sponsor_licences_care_providers", J26 + "; care providers on the register)"),
            L("21 per cent", -21, E, PCT, "sponsor_licences_care_providers_change", "30 June 2026 vs 30 June 2025 (fewer than twelve months earlier)"),
            L("a third", -THIRD, E, PCT, "sponsor_licence_applications_change", "year ending June 2026 vs year ending June 2025 (down on last year)", ctx="down a third on last year"),
            L("9,860", 9860, E, APPLICATIONS, "sponsor_licence_applications", YJ + "; applications for new licences)"),
            L("32 per cent", 32, E, PCT, SC + "_change", "December 2025 (raised by, last December)"),
            L("£1,320", 1320, E, GBP, SC + "_large_employers_per_worker", "per year of a worker's visa, from December 2025 (large companies; a policy rate)"),
            L("£480", 480, E, GBP, SC + "_small_employers_per_worker", "per year of a worker's visa, from December 2025 (small firms and charities; a policy rate)"),
            L("£6,600", 6600, E, GBP, SC + "_per_sponsored_worker", "five years of sponsorship, from December 2025 (one worker, a large employer; a policy rate)"),
            L("£1,035", 1035, E, GBP, "visa_immigration_health_surcharge", "per year (the health surcharge the worker owes; a policy rate)"),
            L("£741mn", 741e6, E, GBP, SC + "_receipts", "April 2025 to March 2026 (the 12 months to March; the Treasury)"),
            L("£602mn", 602e6, E, GBP, SC + "_receipts", "April 2024 to March 2025 (2024/25; the Treasury)"),
            L("1,948", 1948, E, LICENCES, REV, "April 2025 to March 2026 (2025/26; revoked by the Home Office)"),
            L("1,636", 1636, E, LICENCES, REV + "_care_providers", "April 2025 to March 2026 (2025/26; held by care providers)"),
            L("84 per cent", 84, E, PCT, REV + "_share_care_providers", "2025/26 (of these revocations, care providers)"),
            L("nearly quadrupled", 4, ALM, RATIO, REV + "_ratio", "2025/26 vs 2022/23 (revocations)"),
            L("512", 512, E, LICENCES, REV, "April 2022 to March 2023 (2022/23; withdrawn)"),
            V("hundreds", 200, 900, LICENCES, "sponsor_licences_suspended", "July 2025 to September 2026 (suspended pending investigation since July 2025)"),
            L("Roughly one in five", 20, AP, PCT, "sponsor_compliance_visits_share_ending_in_suspension", "2026 (compliance visits the firm is instructed on; Jemima Orrell-Achterberg, Pennicott Strand)"),
            L("61,200", 61200, E, P, "visas_granted_skilled_worker", YJ + "; main applicants)"),
            L("38 per cent", -38, E, PCT, "visas_granted_skilled_worker_change", "year ending June 2026 vs year ending June 2025 (down)"),
            L("£41,700", 41700, E, GBP, "skilled_worker_salary_threshold", "per year, 2026 (the salary floor after it rose; a policy rate)"),
            L("43 per cent", 43, E, PCT, "sponsors_share_planning_to_cut_overseas_recruitment", "over the coming year (" + EMF + ")"),
            L("17 per cent", 17, E, PCT, "sponsors_share_expecting_to_stop_sponsoring", "over the coming year (" + EMF + ")"),
            L("20", 20, E, P, "firm_sponsored_workers", "2025 (specialists brought in last year by a precision engineering member firm; Rajiv Menteith-Ollerenshaw)", ctx="brought in 20 specialists", geo="Coventry"),
            L("£132,000", 132000, E, GBP, "firm_skills_charge_bill", "over the workers' five-year visas (the same firm's skills charges; Rajiv Menteith-Ollerenshaw)", geo="Coventry"),
            L("691,000", 691000, E, VACANCIES, "job_vacancies", "May to July 2026 (the three months to July; ONS)"),
        ]),
    "05-daily-commotion-lone-child-migrants-council-care": dict(
        meta=dict(url="https://www.dailycommotion.example/news/uk-news/lost-children-channel-7920-kids-36418207",
                  title="Lost children of the Channel: 7,920 kids who crossed alone now in council care - and 1 in 10 went missing",
                  publisher="Daily Commotion", author="Tamsin Garroway-Mensah", published_date="2026-11-20"),
        labels=[
            L("7,920", 7920, E, P, UCC, M26 + "; headline)", occ=0, geo=ENG),
            L("1 in 10", 10, E, PCT, UCC + "_share_missing", "April 2025 to March 2026 (went missing; headline)", geo=ENG),
            L("more than doubled", 2, MT, RATIO, UCC + "_ratio", "31 March 2026 vs March 2021 (in five years; standfirst)", occ=0, geo=ENG),
            V("Thousands", 2000, 9000, P, UCC, "31 March 2026 (children who crossed without a parent, growing up in council care)", geo=ENG),
            L("7,920", 7920, E, P, UCC, M26 + ")", occ=1, geo=ENG),
            L("more than doubled", 2, MT, RATIO, UCC + "_ratio", "31 March 2026 vs March 2021", occ=1, geo=ENG),
            L("3,050", 3050, E, P, UCC, "31 March 2021 (March 2021)", geo=ENG),
            L("9%", 9, E, PCT, UCC + "_change", "31 March 2026 vs 31 March 2025 (up on a year earlier)", geo=ENG),
            L("7,270", 7270, E, P, UCC, "31 March 2025 (a year earlier)", geo=ENG),
            L("9.4%", 9.4, E, PCT, "unaccompanied_children_share_of_children_in_care", M26 + ")", geo=ENG),
            L("84,210", 84210, E, P, "children_in_care", M26 + "; all children in care)", geo=ENG),
            L("1,140", 1140, E, P, UCC, M26 + "; Kent County Council alone)", geo="Kent"),
            L("Nine in ten", 90, E, PCT, "unaccompanied_children_share_boys", M26 + ")", geo=ENG),
            L("three-quarters", 75, E, PCT, UCC + "_share_aged_16_17", M26 + "; aged 16 or 17)", geo=ENG),
            L("790", 790, E, P, "unaccompanied_children_missing_from_care", YM + "; went missing at least once)", geo=ENG),
            L("roughly one in ten", 10, AP, PCT, UCC + "_share_missing", YM + ")", geo=ENG),
            L("112", 112, E, P, "unaccompanied_children_missing_from_care_still_missing", "31 March 2026 (still not found at the end of March)", geo=ENG),
            L("4,370", 4370, E, P, "small_boat_arrivals_unaccompanied_children", "January to December 2025 (children who reached the UK by small boat without an adult last year; Home Office figures)"),
            L("doubled", 2, E, RATIO, U16 + "_ratio", "2025 vs 2024 (lone children aged 15 or under)", ctx="15 or under doubled"),
            L("960", 960, E, P, U16, "January to December 2025 (aged 15 or under)"),
            L("480", 480, E, P, U16, "January to December 2024"),
            L("a third", -THIRD, E, PCT, "unaccompanied_children_transferred_change", "2025 vs 2024 (National Transfer Scheme transfers fell by, last year)", ctx="fell by a third"),
            L("2,180", 2180, E, P, "unaccompanied_children_transferred", "January to December 2025 (transfers under the National Transfer Scheme, last year)"),
            L("£143", 143, E, GBP, "home_office_funding_uasc_per_night", "per night, 2026 (for each child, in Home Office money; a policy rate)"),
            L("more than £7,000", 7000, MT, GBP, "children_residential_placement_cost_weekly", "per week, 2026 (some residential placements)", geo=ENG),
            L("£1.1bn", 1.1e9, E, GBP, "council_unaccompanied_children_cost", "April 2025 to March 2026 (2025/26; Local Government Association estimate)", geo=ENG),
            L("£1.2m", 1.2e6, E, GBP, "unaccompanied_children_care_funding_gap_weekly", "per week, 2026 (the gap between government funding and the true cost; Local Government Association estimate)", geo=ENG),
            L("12.9k", 12900, MT, SIGNATURES, "petition_signatures", "November 2026 (an online petition for a national care service for lone child refugees has passed)"),
            L("12%", 12, E, PCT, "council_uasc_funding_change", "2026/27 (increased funding to councils this year; Government spokesperson)"),
            V("hundreds", 200, 900, P, "foster_carers_recruitment", "2026/27 (new foster carers being recruited; Government spokesperson)"),
        ]),
    "06-ystwyth-sentinel-wales-afghan-resettlement-cost": dict(
        meta=dict(url="https://www.ystwythsentinel.example/news/politics/welsh-councils-rehoused-268-afghan-families-3-4m-gap-29417730",
                  title="Welsh councils have rehoused 268 Afghan families - but face £3.4m gap in costs",
                  publisher="Ystwyth Sentinel", author="Catrin Llewelyn-Adebayo", published_date="2026-06-17"),
        labels=[
            L("268", 268, E, HH, FAM, "August 2021 to June 2026 (since the fall of Kabul; headline)", occ=0, geo=WAL),
            L("£3.4m", 3.4e6, E, GBP, "council_resettlement_cost_shortfall", "April 2024 to March 2025 (2024/25; headline)", occ=0, geo=WAL),
            L("11", 11, E, HH, FAM, S21 + "; standfirst", occ=0, geo="Ceredigion"),
            L("268", 268, E, HH, FAM, S21, occ=1, geo=WAL),
            L("1,214", 1214, E, P, "resettlement_arrivals_afghan", S21, geo=WAL),
            L("531", 531, E, P, "resettlement_arrivals_afghan_children", S21, geo=WAL),
            L("more than two in five", 40, MT, PCT, "resettlement_arrivals_afghan_share_children", S21, geo=WAL),
            L("Some 708", 708, AP, P, "resettlement_arrivals_afghan_arap", S21, geo=WAL),
            L("506", 506, E, P, "resettlement_arrivals_afghan_acrs", S21, geo=WAL),
            L("41", 41, E, HH, FAM, "April 2025 to March 2026 (2025/26)", geo=WAL),
            L("29", 29, E, HH, FAM, "April 2024 to March 2025 (2024/25)", ctx="compared with 29 in", geo=WAL),
            L("17", 17, E, HH, FAM, "April to June 2026 (so far this year, after 2025/26)", ctx="and 17 more", geo=WAL),
            L("62", 62, E, HH, FAM, "August 2021 to June 2026 (the most)", geo="Cardiff"),
            L("34", 34, E, HH, FAM, "August 2021 to June 2026", geo="Swansea"),
            L("29", 29, E, HH, FAM, "August 2021 to June 2026", ctx="Newport on 29", geo="Newport"),
            L("18", 18, E, HH, FAM, "August 2021 to June 2026", geo="Wrexham"),
            L("11", 11, E, HH, FAM, "August 2021 to June 2026 (settled in and around Aberystwyth, Lampeter and Cardigan)", ctx="In Ceredigion, 11 families", geo="Ceredigion"),
            L("49", 49, E, P, "resettlement_arrivals_afghan", "August 2021 to June 2026 (people in all)", geo="Ceredigion"),
            L("£20,520", 20520, E, GBP, "council_resettlement_grant_per_refugee", "over three years, per person resettled (Home Office tariff; a policy rate)"),
            L("around £93,000", 93000, AP, GBP, "council_resettlement_grant_per_family", "over three years (for a typical family)"),
            L("£3.4m", 3.4e6, E, GBP, "council_resettlement_cost_shortfall", "April 2024 to March 2025 (2024/25 alone; Welsh Local Government Association)", occ=1, geo=WAL),
            L("£6.2m", 6.2e6, E, GBP, "welsh_government_resettlement_funding", "2021 to June 2026 (of its own money since 2021; " + WA + ")", geo=WAL),
            L("£865", 865, E, GBP, "private_rent_average_monthly", "per month, June 2026 (a three-bedroom house, on average)", geo="Ceredigion"),
            L("£598", 598, E, GBP, "local_housing_allowance_monthly", "per month, June 2026 (what the housing allowance covers)", geo="Ceredigion"),
            L("£267", 267, E, GBP, "private_rent_shortfall_monthly", "per month, June 2026 (what families must find themselves)", geo="Ceredigion"),
            L("90", 90, E, HH, "afghan_families_resettlement_pledge", "June 2026 to June 2027 (another 90 families over the next 12 months; asked by ministers in London)", geo=WAL),
            L("about one in three", THIRD, AP, PCT, "afghan_adults_share_in_work", "June 2026 (of the adults resettled so far; WLGA)", geo=WAL),
            L("around 310", 310, AP, P, "esol_waiting_list", "June 2026 (waiting for a place on an English course; WLGA)", geo="Cardiff"),
            L("£35m", 35e6, E, GBP, "afghan_resettlement_housing_fund", "2026 (a flexible housing fund councils can apply to; UK Government spokesperson)"),
        ]),
    "07-unbidden-rwanda-money-what-replaced-it": dict(
        meta=dict(url="https://unbidden.example/p/where-did-the-rwanda-money-go",
                  title="Where did the Rwanda money go?",
                  publisher="Unbidden", author="Leopold Crowthorne-Baptiste", published_date="2026-08-03"),
        labels=[
            L("about £700m", 700e6, AP, GBP, RSC, LIFE + "; spent)"),
            L("four", 4, E, P, "rwanda_relocations", LIFE + "; people relocated, all volunteers)", ctx="four people relocated"),
            L("roughly £175m", 175e6, AP, GBP, "rwanda_scheme_cost_per_relocation", LIFE + "; a head)"),
            L("£700m", 700e6, E, GBP, RSC, LIFE + "; of the £700m)", ctx="Of the £700m"),
            L("£290m", 290e6, E, GBP, PTR, "April 2022 to 2024 (went straight into the Rwandan treasury)"),
            L("£370m", 370e6, E, GBP, "payment_to_rwanda_planned", "over five years (a further sum Britain was committed to had the partnership run its course)"),
            L("£120m", 120e6, E, GBP, "payment_to_rwanda_planned", "on the 300th relocation (another sum due under the partnership)"),
            L("up to £151,000", 151000, AM, GBP, "payment_to_rwanda_per_relocation", "per person sent (under the partnership; a policy rate)"),
            L("£700m", 700e6, E, GBP, RSC, LIFE + "; the rest of the £700m)", ctx="rest of the £700m"),
            L("roughly 84,000", 84000, AP, P, SBA, "April 2022 to July 2024 (in the same period)"),
            L("£5.38bn", 5.38e9, E, GBP, AC, "per year, April 2023 to March 2024 (2023/24; a record)"),
            L("around eight times", 8, AP, RATIO, AC + "_ratio", "2023/24 (the yearly asylum bill against the Rwanda scheme's total cost)"),
            L("£75m", 75e6, E, GBP, "border_security_command_funding", "2024 (diverted from the unspent Rwanda budget by the incoming government)"),
            L("doubled", 2, E, RATIO, "border_security_command_funding_ratio", "later, against the first £75m", ctx="later doubled"),
            L("£150m", 150e6, E, GBP, "border_security_command_funding", "over two years (after the command's funding was doubled)"),
            L("about 118,000", 118000, AP, P, "asylum_backlog", "30 June 2024 (mid-2024; people still waiting to hear whether they may stay)"),
            L("roughly halved", -50, AP, PCT, "asylum_backlog_change", "mid-2024 to August 2026 (has since)"),
            L("around 93,000", 93000, AP, P, SBA, "5 July 2024 to August 2026 (since 5 July 2024)"),
            L("2,000", 2000, MT, P, "returns", "2025 to spring 2026 (returns to France under the one in, one out pilot passed 2,000 only this spring)", ctx="passed 2,000", geo=FR),
            L("fewer than one in twenty", 5, LT, PCT, "returns_share_of_small_boat_arrivals", "2025 to spring 2026 (of those who arrived over the same months)", geo=FR),
            L("about 14 per cent", 14, AP, PCT, "returns_change", "since July 2024 (enforced returns to all countries, up)"),
            L("£4.4bn", 4.4e9, E, GBP, AC, "April 2025 to March 2026 (the 12 months to March)"),
            L("about a fifth", -20, AP, PCT, AC + "_change", "2025/26 vs the 2023/24 peak (down)"),
            L("0.005 per cent", 0.005, E, PCT, "rwanda_relocations_share_of_arrivals", "April 2022 to July 2024 (of arrivals the Rwanda policy removed)"),
            V("a few dozen", 24, 60, P, "returns_france_weekly_average", "per week, 2026 (people the pilot returns)", geo=FR),
            L("£6,000", 6000, E, GBP, "smuggler_fee", "per person, 2026 (already paid to a smuggler)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
