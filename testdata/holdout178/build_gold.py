#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-seventy-eighth hand-labelled hold-out set (holdout178).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, THIRD,
                        E, AP, MT, AL, LT, ALM, SBA, SBC, NM)

UK, FR = "UK", "France"
LAUNCH, OPS, FLIGHTS, HH, LIC = "other:launches", "other:operations", "other:flights", "other:households", "other:licences"
CALLS, INCS, ASSESS, VAC = "other:calls", "other:incidents", "other:assessments", "other:vacancies"
TWO3 = 200 / 3

# 01 (Friday 4 September 2026; Home Office figures for Thursday 3 September published that morning)
THU = "Thursday 3 September 2026"
YTD1 = "1 January to 3 September 2026 (so far this year, since January"
CHG1 = "1 January to 3 September 2026 vs the same point of 2025"
STOP = "small_boat_launch_attempts_stopped_people"
PDC = THU + " (Pas-de-Calais prefecture)"
KENT = "Kent"

# 02 (Tuesday 17 February 2026; figures obtained by The Lowboy under freedom of information)
SINCE2 = "18 September 2025 to 16 February 2026 (since the first return flight of the pilot; figures obtained by The Lowboy"
RF = "returns_france"
LR = "uk_france_legal_route_"

# 03 (Monday 12 January 2026; figures for calendar 2025)
Y25 = "January to December 2025 (last year"
Y24 = "January to December 2024"
SD = "small_boat_deaths"
RNLI = "; RNLI figures shared with Anemometer News)"
KS = "Kent and Sussex"

# 04 (Thursday 28 May 2026; ONS estimates published last Thursday, 21 May 2026)
ONS4 = "ONS estimates published Thursday 21 May 2026"
C25 = "January to December 2025 (2025, last year; " + ONS4 + ")"
C24 = "January to December 2024 (the year before; " + ONS4 + ")"
NMR = "net_migration_revision"
NMB = "net_migration_british_nationals"
COL = "Barnaby Threlkeld-Asante, columnist"

# 05 (Wednesday 8 April 2026; Kent County Council report to the children's services cabinet committee)
KCC = "Kent County Council report"
NOW5 = "April 2026 (is looking after; " + KCC + ")"
FY5 = "April 2025 to March 2026 (2025/26; " + KCC + ")"
C5 = "January to December 2025 (last year; " + KCC + ")"
UCC = "unaccompanied_children_in_care"
GAP = "unaccompanied_children_care_funding_gap"

# 06 (Thursday 20 August 2026; Home Office data released that day)
HO6 = "Home Office data released Thursday 20 August 2026"
YJ = "July 2025 to June 2026 (the 12 months to June, the latest year; " + HO6 + ")"
YJP = "July 2024 to June 2025 (a year earlier, the previous 12 months; " + HO6 + ")"
CHG6 = "July 2025 to June 2026 vs July 2024 to June 2025 ("
VA = "visa_applications_health_care_worker"
ENG = "England"

# 07 (Thursday 26 November 2026; Home Office quarterly statistics published that day)
HO7 = "Home Office quarterly statistics published Thursday 26 November 2026"
YS = "October 2025 to September 2026 (the 12 months to September; " + HO7 + ")"
YSP = "October 2024 to September 2025 (the previous year; " + HO7 + ")"
CHG7 = "October 2025 to September 2026 vs October 2024 to September 2025 ("
S30 = "30 September 2026 (the end of September; " + HO7 + ")"
AGS = "asylum_grants_share_initial_decisions"
ABA = "asylum_backlog_appeals"

ARTICLES = {
    "01-pantograph-news-channel-crossings-busiest-day-live": dict(
        meta=dict(url="https://news.pantograph.example/live/uk-channel-crossings-more-than-1000-in-a-day-2026-total-31000-40718823",
                  title="Live: Channel sees more than 1,000 arrivals in 24 hours, with 2026 count past 31,000",
                  publisher="Pantograph News", author="Priya Castellane-Obi and Fergal Underhill-Nwosu",
                  published_date="2026-09-04"),
        labels=[
            L("more than 1,000", 1000, MT, P, SBA, THU + " (in 24 hours; headline)"),
            L("past 31,000", 31000, MT, P, SBA, YTD1 + "; the 2026 count; headline)"),
            L("14%", 14, E, PCT, SBA + "_change", CHG1 + " (higher than at the same stage; standfirst)", ctx="now 14% higher"),
            L("1,094", 1094, E, P, SBA, THU + " (Summary; the Home Office)", ctx="• 1,094 people"),
            L("19", 19, E, BOATS, SBC, THU + " (Summary; the Home Office)", ctx="in 19 boats on Thursday"),
            L("31,418", 31418, E, P, SBA, YTD1 + "; Summary)", ctx="January is 31,418"),
            L("14%", 14, E, PCT, SBA + "_change", CHG1 + " (up on this point last year; Summary)", ctx="up 14% on this point"),
            L("310", 310, E, P, STOP, THU + " (prevented from launching; French officers; Summary)", ctx="prevented 310 people from launching", geo=FR),
            L("seven", 7, E, LAUNCH, "rnli_lifeboat_launches", THU + " (crews at Dungeness and Walmer; RNLI)", ctx="launched seven times", geo=KENT),
            L("212", 212, E, P, "small_boat_rescues_lifeboat", THU + " (brought ashore by the Dungeness and Walmer crews; RNLI)", geo=KENT),
            L("1,094", 1094, E, P, SBA, THU, ctx="The 1,094 arrivals"),
            L("912", 912, E, P, SBA, "a day in late June 2026 (the highest daily count earlier this year)"),
            L("31,418", 31418, E, P, SBA, YTD1 + ")", ctx="With 31,418 people"),
            L("about three-quarters", 75, AP, PCT, "small_boat_arrivals_share_of_previous_year_total", "1 January to 3 September 2026 against the whole of 2025"),
            L("41,870", 41870, E, P, SBA, "January to December 2025 (the whole of 2025)"),
            L("27,560", 27560, E, P, SBA, "1 January to 3 September 2025 (at the same point last year)"),
            L("58", 58, E, PPB, "small_boat_occupancy", THU + " (average people a boat)", ctx="average was 58 people"),
            L("53", 53, E, PPB, "small_boat_occupancy", "January to December 2025 (average across 2025)"),
            L("nearly 96,000", 96000, ALM, P, SBA, "5 July 2024 to 3 September 2026 (since Labour came to power in July 2024; the shadow home secretary)"),
            L("310", 310, E, P, STOP, PDC + " mostly on beaches near Équihen and Hardelot", ctx="prevented 310 people from boarding", geo=FR),
            L("86", 86, E, P, "small_boat_rescues_returned_to_france", THU + " (taken back to Boulogne by French rescue vessels)", geo=FR),
            L("five", 5, E, OPS, "channel_rescue_operations", THU + " (separate French rescue operations)", ctx="after five separate", geo=FR),
            L("c. 450", 450, AP, P, "calais_dunkirk_camp_population", "September 2026 (sleeping in woodland near the town; aid workers)", geo="Dunkirk"),
            V("dozens", 24, 96, P, "calais_dunkirk_camp_population_children", "September 2026 (children among those sleeping in woodland; aid workers)", geo="Dunkirk"),
            L("no fewer than 19", 19, AL, P, "small_boat_deaths", "1 January to 4 September 2026 (for 2026, deaths on the route; Shoreline Welcome's tally)"),
            L("1,094", 1094, E, P, SBA, THU + " (Home Office figures published this morning)", ctx="show 1,094 people"),
            L("19", 19, E, BOATS, SBC, THU + " (Home Office figures published this morning)", ctx="on Thursday in 19 boats"),
            L("388", 388, E, P, SBA, "Wednesday 2 September 2026"),
            L("seven", 7, E, BOATS, SBC, "Wednesday 2 September 2026", ctx="in seven boats"),
        ]),
    "02-the-lowboy-one-in-one-out-france-returns": dict(
        meta=dict(url="https://www.thelowboy.example/politics/2026/02/17/one-in-one-out-deal-sent-back-just-304-migrants-france/",
                  title="'One in, one out' deal has sent back just 304 migrants to France",
                  publisher="The Lowboy", author="Rupert Hazeldine-Okafor", published_date="2026-02-17"),
        labels=[
            L("304", 304, E, P, RF, SINCE2 + "; headline)", ctx="just 304 migrants"),
            L("304", 304, E, P, RF, SINCE2 + ")", ctx="Just 304 small boat"),
            L("26,940", 26940, E, P, SBA, "18 September 2025 to 16 February 2026 (in the period since the opening flight of the pilot)"),
            L("1.1 per cent", 1.1, E, PCT, RF + "_share_of_small_boat_arrivals", SINCE2 + ")", ctx="only 1.1 per cent"),
            L("351", 351, E, P, LR + "arrivals", SINCE2 + "; accepted from France through the reciprocal legal route)"),
            L("96", 96, E, P, RF, "January 2026 (figures obtained by The Lowboy)"),
            L("nearly four times", 4, ALM, RATIO, RF + "_monthly_ratio", "January 2026 vs October 2025"),
            L("25", 25, E, P, RF, "October 2025 (figures obtained by The Lowboy)"),
            L("45", 45, E, P, RF, "1 to 16 February 2026 (so far this month)"),
            L("141", 141, E, P, RF, "1 January to 16 February 2026 (the total since January)"),
            L("50", 50, E, P, RF + "_weekly_initial_expected", "per week (the pace officials privately spoke of when the pilot was announced)"),
            L("31", 31, E, FLIGHTS, RF + "_charter_flights", SINCE2 + "; the documents)"),
            L("£4.3m", 4300000, E, GBP, RF + "_cost", SINCE2 + "; estimated cost of the charter flights)"),
            L("more than £14,000", 14000, MT, GBP, RF + "_cost_per_person", SINCE2 + "; for every person removed)"),
            L("1,210", 1210, E, P, RF + "_detained_for_return", SINCE2 + "; detained for removal under the scheme)"),
            L("roughly a third", THIRD, AP, PCT, RF + "_detained_share_released", SINCE2 + "; of those detained, since released)"),
            L("2,870", 2870, E, P, LR + "applications", SINCE2 + "; applied through the online portal)", geo=FR),
            L("About one in eight", 12.5, AP, PCT, LR + "applications_share_accepted", SINCE2 + "; accepted so far)", geo=FR),
            L("1.1 per cent", 1.1, E, PCT, RF + "_share_of_small_boat_arrivals", SINCE2 + "; Hannah Weatherall-Mensah, Portcullis Institute)", ctx="At 1.1 per cent"),
            L("exceed 35,000", 35000, MT, P, "returns", "5 July 2024 to February 2026 (removals of those without leave to stay since July 2024; a Home Office spokesman)"),
        ]),
    "03-anemometer-news-channel-deaths-missing-rnli": dict(
        meta=dict(url="https://www.anemometer.example/news/2026-01-12/channel-deaths-2025-at-least-66-lifeboat-crews-relentless-call-outs",
                  title="Channel claimed at least 66 lives in 2025, as lifeboat crews describe 'relentless' call-outs",
                  publisher="Anemometer News", author="Delphine Arkwright-Sesay", published_date="2026-01-12"),
        labels=[
            L("at least 66", 66, AL, P, SD, Y25 + "; headline)"),
            L("At least 66", 66, AL, P, SD, Y25 + "; died trying to reach the UK in small boats; UN migration agency)"),
            L("19", 19, E, P, "small_boat_missing", Y25 + "; missing and presumed drowned; UN migration agency)"),
            L("Eleven", 11, E, P, SD + "_children", Y25 + "; UN migration agency)"),
            L("73", 73, E, P, SD, Y24 + " (the deadliest year since crossings began)"),
            L("More than half", 50, MT, PCT, SD + "_share_on_beaches_or_in_shallows", Y25 + "; on French beaches or in the shallow water close to shore)"),
            L("12", 12, E, P, SD + "_single_incident", "March 2025 (one incident off Wimereux)", ctx="March, 12 people", geo=FR),
            L("more than 70", 70, MT, PPB, "small_boat_occupancy_single_boat", "March 2025 (the boat that broke apart off Wimereux)", geo=FR),
            L("284", 284, E, LAUNCH, "rnli_lifeboat_launches", Y25 + "; cross-head)", ctx="Lifeboats launched 284", geo=KS),
            L("284", 284, E, LAUNCH, "rnli_lifeboat_launches", Y25 + " to small boat incidents; crews on the Kent and Sussex coasts" + RNLI, ctx="launched 284 times to", geo=KS),
            L("1,370", 1370, E, P, "small_boat_rescues_lifeboat", Y25 + "; brought ashore" + RNLI, geo=KS),
            L("14%", 14, E, PCT, "small_boat_rescues_lifeboat_change", "2025 vs 2024 (up" + RNLI, geo=KS),
            L("1,200", 1200, E, P, "small_boat_rescues_lifeboat", Y24 + " (rescued" + RNLI, geo=KS),
            L("more than 2,900", 2900, MT, CALLS, "coastguard_small_boat_emergency_calls", Y25 + "; during 2025; HM Coastguard)"),
            L("1,065", 1065, E, INCS, "coastguard_small_boat_incidents", Y25 + "; responses co-ordinated; HM Coastguard)"),
            L("32,900", 32900, E, P, "small_boat_rescues_border_force", Y25 + "; picked up at sea by Border Force; Home Office data)"),
            L("nearly four in five", 80, ALM, PCT, "small_boat_arrivals_share_picked_up_at_sea", Y25 + "; of those who arrived in small boats; Home Office data)"),
            L("41,870", 41870, E, P, SBA, Y25 + "; over the year; Home Office data)"),
            R("60 or 70", 60, 70, PPB, "small_boat_occupancy", "2025 (a boat on a typical call-out; Graham Tolhurst-Adeyemi, Dungeness coxswain)"),
            L("17", 17, E, P, SD + "_unidentified", "January 2026 (still held in the mortuary, not identified)", geo="Boulogne-sur-Mer"),
            L("1,140", 1140, E, OPS, "channel_rescue_operations", Y25 + "; off the French coast; French authorities)", geo=FR),
        ]),
    "04-the-misericord-net-migration-revisions-britons-leaving": dict(
        meta=dict(url="https://www.themisericord.example/article/the-migration-figures-keep-going-up-after-theyve-gone-down/",
                  title="The migration figures keep going up, after they've gone down",
                  publisher="The Misericord", author="Barnaby Threlkeld-Asante", published_date="2026-05-28"),
        labels=[
            L("204,000", 204000, E, P, NM, C25, ctx="fell to 204,000"),
            L("less than a quarter", 25, LT, PCT, "net_migration_share_of_peak", "2025 against the year to June 2023 (the 928,000 peak)"),
            L("928,000", 928000, E, P, NM, "July 2022 to June 2023 (the peak of mid-2023)"),
            L("397,000", 397000, E, P, NM, "January to December 2024 (the first estimate for 2024)"),
            L("55,000", 55000, E, P, NMR, C24.replace("the year before", "revised up last week")),
            L("452,000", 452000, E, P, NM, "January to December 2024 (revised; " + ONS4 + ")"),
            L("38,000", 38000, E, P, NMR, "January to December 2023 (the year before, revised up too; " + ONS4 + ")"),
            L("more than halved", -50, MT, PCT, NM + "_change", "2025 vs 2024 (a minister's claim, as reported by " + COL + ")"),
            L("less than half", 50, LT, PCT, "net_migration_share_of_previous_year", "2025 first estimate against the 2024 revised figure (" + COL + ")"),
            L("204,000", 204000, E, P, NM, C25, ctx="and the 204,000"),
            L("612,000", 612000, E, P, "emigration", C25),
            L("Some 816,000", 816000, AP, P, "immigration", C25),
            L("three-quarters", 75, E, PCT, "emigration_share_of_immigration", C25 + " emigration equal to three-quarters of immigration"),
            L("Some 143,000", 143000, AP, P, "emigration_british", C25),
            L("21%", 21, E, PCT, "emigration_british_change", "2025 vs 2024 (up on the year before; " + ONS4 + ")"),
            L("118,000", 118000, E, P, "emigration_british", C24),
            L("89,000", 89000, E, P, "immigration_british", C25 + " came back"),
            L("54,000", -54000, E, P, NMB, C25 + " lost, net, over twelve months"),
            L("Roughly two-thirds", TWO3, AP, PCT, "emigration_british_share_under_35", C25),
            L("About one in five", 20, AP, PCT, "emigration_british_share_australia", C25 + " went to Australia"),
            L("about 480,000", -480000, AP, P, NMB, "2016 to 2025 (since 2016, more left than returned; " + COL + "'s rough count of the ONS series)"),
            L("£7.4bn", 7400000000, E, GBP, "public_finances_cost_of_lower_migration", "per year by 2029-30 (worse off because of lower net migration; OBR spring forecast)"),
        ]),
    "05-sittingbourne-shoveler-kent-unaccompanied-children-care-costs": dict(
        meta=dict(url="https://www.sittingbourneshoveler.example/news/kent/kent-taxpayers-face-21-6m-bill-council-cares-612-child-asylum-seekers-318842/",
                  title="Kent taxpayers face £21.6m bill as council cares for 612 child asylum seekers",
                  publisher="Sittingbourne Shoveler", author="Imogen Fairweather-Dlamini", published_date="2026-04-08"),
        labels=[
            L("£21.6m", 21600000, E, GBP, GAP, FY5.replace("2025/26;", "2025/26, the bill to Kent taxpayers; headline;"), ctx="face £21.6m bill", geo=KENT),
            L("612", 612, E, P, UCC, NOW5 + "; headline", ctx="cares for 612", geo=KENT),
            L("almost twice", 2, ALM, RATIO, UCC + "_nts_threshold_ratio", "April 2026 (against the number it would be asked to look after under the national scheme; standfirst)", ctx="looking after almost twice", geo=KENT),
            L("612", 612, E, P, UCC, NOW5, ctx="looking after 612", geo=KENT),
            L("almost twice", 2, ALM, RATIO, UCC + "_nts_threshold_ratio", "April 2026 (against the number it would be expected to care for if the burden were shared evenly across England)", ctx="children, almost twice", geo=KENT),
            L("1,480", 1480, E, P, "unaccompanied_children_care_leavers", NOW5.replace("is looking after", "care leavers who arrived alone as children"), geo=KENT),
            L("£87.3m", 87300000, E, GBP, "unaccompanied_children_care_cost", FY5.replace("; " + KCC, "; children and care leavers; " + KCC), geo=KENT),
            L("£65.7m", 65700000, E, GBP, "unaccompanied_children_care_funding", FY5.replace(KCC, "covered by the Home Office"), geo=KENT),
            L("£21.6m", 21600000, E, GBP, GAP, FY5.replace(KCC, "left for the council to find"), ctx="leaving £21.6m", geo=KENT),
            L("1,260", 1260, E, P, "unaccompanied_children_arrivals", C5, geo=KENT),
            L("9%", 9, E, PCT, "unaccompanied_children_arrivals_change", "2025 vs 2024 (up; " + KCC + ")", geo=KENT),
            L("1,020", 1020, E, P, "unaccompanied_children_transferred", C5.replace("last year;", "last year, moved from Kent to other authorities;"), geo=KENT),
            L("around one in five", 20, AP, PCT, "children_in_care_share_unaccompanied", NOW5.replace("is looking after", "now; of all children in the council's care"), geo=KENT),
            L("around 2,950", 2950, AP, P, "children_in_care", NOW5.replace("is looking after", "looks after, in total"), geo=KENT),
            L("£150", 150, E, GBP, "unaccompanied_children_care_funding_per_night", "per night, April 2026 (per child, under the current funding rules)"),
            L("£198", 198, E, GBP, "unaccompanied_children_care_cost_per_night", "per night, " + C5.replace("last year;", "last year, Kent's actual cost averaged;"), geo=KENT),
            L("410", 410, E, ASSESS, "age_assessments_completed", C5, geo=KENT),
            L("more than four in ten", 40, MT, PCT, "age_assessments_share_found_adults", C5.replace("last year;", "last year, judged to be an adult;"), geo=KENT),
            L("more than £20m", 20000000, MT, GBP, GAP, "per year, 2026 (what the people of Kent pay; Cllr Rosalind Ashdown-Kwarteng)", geo=KENT),
            L("38", 38, E, HH, "foster_households_trained_unaccompanied_children", NOW5.replace("is looking after", "has"), geo=KENT),
            L("about 150", 150, AP, HH, "foster_carers_needed", NOW5.replace("is looking after", "the need"), geo=KENT),
            L("£312", 312, AL, GBP, "fostering_allowance_weekly", "per week, per child, April 2026 (fostering allowances start at)", geo=KENT),
        ]),
    "06-the-seigniorage-health-care-visas-dependants-fall": dict(
        meta=dict(url="https://www.theseigniorage.example/content/6b2e91f4-care-worker-visa-applications-collapse-curbs-bite",
                  title="Overseas care worker applications collapse as visa curbs bite",
                  publisher="The Seigniorage", author="Eleanor Vasquez-Pendry and Tobias Grainger-Oyelaran",
                  published_date="2026-08-20"),
        labels=[
            L("71%", -71, E, PCT, VA + "_change", CHG6 + "down in a year; standfirst)"),
            L("118,000", 118000, E, VAC, "adult_social_care_vacancies", "2026 (vacancies providers are scrambling to fill; standfirst)", ctx="fill 118,000", geo=ENG),
            L("about a tenth", 10, AP, PCT, VA + "_share_of_peak", "July 2025 to June 2026 against the year to June 2023 (" + HO6 + ")"),
            L("12,300", 12300, E, P, VA, YJ + " main applicants"),
            L("71 per cent", -71, E, PCT, VA + "_change", CHG6 + "down; " + HO6 + ")"),
            L("42,400", 42400, E, P, VA, YJP + " main applicants"),
            L("121,000", 121000, E, P, VA, "July 2022 to June 2023 (the year to June 2023, the peak; " + HO6 + ")"),
            L("9,800", 9800, E, P, VA + "_dependants", YJ),
            L("83 per cent", -83, E, PCT, VA + "_dependants_change", CHG6 + "down; " + HO6 + ")"),
            L("57,600", 57600, E, P, VA + "_dependants", YJP),
            L("1,850", 1850, E, P, VA + "_care_roles", YJ + " care worker and senior care worker main applications"),
            L("more than two-thirds", TWO3, MT, PCT, VA + "_share_care_roles", "the route's height, 2022/23 (care roles' share of applications)"),
            L("more than half", 50, MT, PCT, "visas_granted_health_care_worker_share_india_nigeria", YJ + " India and Nigeria together, share of all grants"),
            V("hundreds of thousands", 200000, 900000, P, "visas_granted_health_care_worker", "early 2022 to 2026 (workers and their families brought to Britain since the route opened to care staff)"),
            L("455", 455, E, LIC, "sponsor_licences_revoked_care_providers", "July 2022 to August 2026 (since July 2022; care providers stripped of sponsorship rights)"),
            L("about 14,600", 14600, AP, P, "sponsored_workers_needing_new_sponsor", "July 2022 to August 2026 (overseas workers left needing a new sponsor)"),
            L("118,000", 118000, E, VAC, "adult_social_care_vacancies", "2026 (the sector's workforce body)", ctx="England at 118,000", geo=ENG),
            L("7.4 per cent", 7.4, E, PCT, "adult_social_care_vacancy_rate", "2026 (the sector's workforce body)", geo=ENG),
            L("about 1.6mn", 1600000, AP, P, "adult_social_care_workforce", "2026 (the sector's workforce body)", geo=ENG),
            L("£4.3bn", 4300000000, E, GBP, "agency_staff_cost", "April 2025 to March 2026 (2025/26; providers' agency staff spending, an estimate; Care Providers Forum survey)"),
            L("14 per cent", 14, E, PCT, "agency_staff_cost_change", "2025/26 vs 2024/25 (a rise over the previous year; Care Providers Forum survey)"),
            L("40,000", 40000, E, P, "adult_social_care_international_recruits", "per year, before the curbs (Fatima Okwuosa-Lindqvist, Care Providers Forum)"),
            L("roughly 60,000", -60000, AP, P, "population_working_age_change", "per year, compared with pre-2024 trends (effect of lower health and care migration; Harriet Oduya-Blackwood, Castellan Partners)"),
            L("Roughly one in five", 20, AP, PCT, "nurses_register_share_internationally_educated", "2026 (nurses on the register in England trained abroad; Nursing and Midwifery Council)", geo=ENG),
            L("more than a third", -THIRD, MT, PCT, "nurses_joining_register_internationally_educated_change", "latest year vs 2023 (international nurses joining each year, fallen since 2023; Nursing and Midwifery Council)"),
            L("more than halved", -50, MT, PCT, NM + "_change", "latest estimate vs the level before the curbs (a Home Office spokesperson)"),
        ]),
    "07-cleobury-crossbill-pa-quarterly-asylum-decisions-detention": dict(
        meta=dict(url="https://www.cleoburycrossbill.example/news/national/asylum-claims-fall-8-but-refusals-climb-as-grant-rate-drops-to-41-5518207",
                  title="Asylum claims fall 8% but refusals climb as grant rate drops to 41%",
                  publisher="Cleobury Crossbill", author="Hollis Penrose-Achebe", published_date="2026-11-26"),
        labels=[
            L("8%", -8, E, PCT, "asylum_applications_change", CHG7 + "fall; headline)", ctx="claims fall 8%"),
            L("41%", 41, E, PCT, AGS, YS.replace("; Home", "; headline; Home"), ctx="drops to 41%"),
            L("Some 98,640", 98640, AP, P, "asylum_applications", YS),
            L("8%", -8, E, PCT, "asylum_applications_change", CHG7 + "down; " + HO7 + ")", ctx="down 8% on"),
            L("107,210", 107210, E, P, "asylum_applications", YSP),
            L("44%", 44, E, PCT, "asylum_applications_share_small_boat_arrivals", YS),
            L("121,900", 121900, E, P, "asylum_initial_decisions", YS),
            L("49,980", 49980, E, P, "asylum_grants", YS + " protection granted at initial decision"),
            L("71,920", 71920, E, P, "asylum_refusals", YS + " initial decisions ending in refusal"),
            L("41%", 41, E, PCT, AGS, YS, ctx="rate at 41%"),
            L("49%", 49, E, PCT, AGS, YSP.replace("the previous year", "a year earlier")),
            L("58,920", 58920, E, P, "asylum_backlog", S30 + " awaiting a first decision, claimants and their families"),
            L("21%", -21, E, PCT, "asylum_backlog_change", "30 September 2026 vs 30 September 2025 (down on a year earlier; " + HO7 + ")"),
            L("around a third", THIRD, AP, PCT, "asylum_backlog_share_of_peak", "30 September 2026 against the 2023 peak"),
            L("168,000", 168000, E, P, "asylum_backlog", "2023 (the 2023 peak)"),
            L("47,300", 47300, E, P, ABA, S30 + " asylum appeals on the tribunal's books"),
            L("nearly four times", 4, ALM, RATIO, ABA + "_ratio", "30 September 2026 vs 30 September 2024 (two years earlier)"),
            L("12,100", 12100, E, P, ABA, "30 September 2024 (two years earlier)"),
            L("Some 22,170", 22170, AP, P, "detention_entries", YS + " taken into detention"),
            L("14%", 14, E, PCT, "detention_entries_change", CHG7 + "up; " + HO7 + ")"),
            L("19,450", 19450, E, P, "detention_entries", YSP),
            L("2,310", 2310, E, P, "detention_population", "30 September 2026 (being held on September 30; " + HO7 + ")"),
            L("Just over one in five", 20, MT, PCT, "detention_leavers_share_held_over_28_days", YS + " detainees released or removed"),
            L("36,450", 36450, E, P, "returns", YS),
            L("9,120", 9120, E, P, "returns_enforced", YS),
            L("a quarter", 25, E, PCT, "returns_enforced_share", YS + " enforced returns' share of the total"),
            L("1,640", 1640, E, P, "resettlement_arrivals", YS),
            L("2,110", 2110, E, P, "resettlement_arrivals", YSP),
            L("38,760", 38760, E, P, SBA, "1 January to 25 November 2026 (so far this year; separate daily data)"),
            L("412", 412, E, P, SBA, "Monday 16 to Sunday 22 November 2026 (last week; separate daily data)"),
            L("more than two-thirds", -TWO3, MT, PCT, "asylum_backlog_change", "July 2024 to September 2026 (the backlog we inherited, cut; the border security minister)"),
            V("tens of thousands", 20000, 90000, P, ABA, "November 2026 (waiting in limbo at the tribunal for an appeal; Dr Miriam Castleton-Ibeh, Harbour Refugee Alliance)"),
            L("Around half", 50, AP, PCT, "asylum_appeals_share_allowed", "January to December 2025 (appeals decided last year that succeeded; Dr Miriam Castleton-Ibeh, Harbour Refugee Alliance)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
