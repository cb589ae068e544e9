#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-eighty-third hand-labelled hold-out set (holdout183).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, RATIO, HOTELS, MONTHS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, NM, HOT)

UK, SCO, FR = "UK", "Scotland", "France"
INC, DAYS, REPS, RECS = "other:incidents", "other:days", "other:reports", "other:recommendations"
SIGS, ATT, HH, COMMS = "other:signatures", "other:attempts", "other:households", "other:communities"
LIC, PLACES = "other:licences", "other:places"
TWO3 = 200 / 3

# 01 (Tuesday 14 April 2026; figures obtained under FOI for calendar 2025)
Y25 = "January to December 2025 (last year; figures obtained by the Chrysoprase under FOI)"
D25 = "31 December 2025 (as the year closed; Home Office statistics)"
SHT = "detention_self_harm_incidents_requiring_medical_treatment"
DL = "detention_leavers_share_returned"
BH = "Brook House"

# 02 (Thursday 18 June 2026; NAO report published Wednesday 17 June 2026; PA copy)
CKF = "Cockfield"
NAO = "NAO report published Wednesday 17 June 2026"
NINE = "September 2025 to June 2026 (its first nine months; " + NAO + ")"
LSC = "large_site_capacity"

# 03 (Thursday 20 August 2026; Home Office quarterly statistics for the year to June 2026 published that day)
HO3 = "Home Office quarterly statistics published Thursday 20 August 2026"
YJ26 = "July 2025 to June 2026 (the year to June; " + HO3 + ")"
YJ25 = "July 2024 to June 2025 (the previous 12 months; " + HO3 + ")"
BOX3 = " (Key figures box)"
AA = "asylum_applications"
GR = "asylum_grants_share_initial_decisions"

# 04 (Wednesday 9 September 2026; fact check)
COH = "January 2018 to March 2025 arrivals, outcomes by the end of June 2026 (Home Office cohort data)"
Y4 = "July 2025 to June 2026 (the year to June 2026, the latest year; Home Office data)"
SB = "small_boat_arrivals"
GRS = "asylum_grants_share_initial_decisions"
CAL = "2025 (last year; Routes North survey of people in camps near Calais)"

# 05 (Wednesday 11 February 2026; explainer)
NOW5 = "February 2026 (currently, per worker per year of the visa)"
APR = "from 6 April 2026 (per worker per year of the visa)"
YS25 = "October 2024 to September 2025 (the year ending September 2025; Home Office figures)"
ISC = "skills_charge"
SW = "visas_granted_skilled_worker"

# 06 (Wednesday 7 October 2026; Highland Council figures to the end of September 2026)
HL = "Highland"
TOS = "2016 to end of September 2026 (over the past decade; Highland Council figures)"
BOX6 = " (RESETTLEMENT IN THE HIGHLANDS box)"
RA = "resettlement_arrivals"
SYW = "resettlement_syrian_adults_share_in_work_or_study"

# 07 (Thursday 26 November 2026; OBR Economic and fiscal outlook published with the Budget on Wednesday 25 November 2026)
OBR = "OBR forecast published Wednesday 25 November 2026"
MT7 = "per year, medium term (long-term assumption; " + OBR + ")"
SPR = "per year, medium term (assumed in the spring forecast, March 2026; OBR)"
Y2627 = "April 2026 to March 2027 (2026-27; " + OBR + ")"
Y2728 = "April 2027 to March 2028 (2027-28, the following year; " + OBR + ")"
Y3031 = "April 2030 to March 2031 (2030-31; " + OBR + ")"
BOX7 = " (THE OBR'S MIGRATION FORECAST box)"
NMF = "net_migration_forecast"
PBE = "public_borrowing_effect_lower_migration"
PSNB = "public_sector_net_borrowing"

ARTICLES = {
    "01-the-chrysoprase-detention-deaths-self-harm": dict(
        meta=dict(url="https://www.thechrysoprase.example/uk-news/2026/apr/14/deaths-immigration-detention-highest-decade-self-harm-figures",
                  title="Deaths in immigration detention at highest level in a decade, figures show",
                  publisher="The Chrysoprase", author="Nadia Pemberton-Ashe", published_date="2026-04-14"),
        labels=[
            L("more than a third", THIRD, MT, PCT, SHT + "_change", "2025 vs 2024 (standfirst)"),
            L("Eleven", 11, E, P, "detention_deaths", Y25 + " died in detention or soon after leaving it"),
            L("2,614", 2614, E, INC, "detention_self_harm_incidents", Y25),
            L("417", 417, E, INC, SHT, Y25),
            L("37%", 37, E, PCT, SHT + "_change", "2025 vs 2024 (up on 2024; FOI figures)"),
            L("3,980", 3980, E, P, "detention_constant_watch_population", Y25 + " put on constant or near-constant watch"),
            L("11", 11, E, P, "detention_deaths", Y25, ctx="Of the 11 deaths"),
            L("seven", 7, E, P, "detention_deaths_inside_centres", Y25),
            L("four", 4, E, P, "detention_deaths_after_release", Y25 + " within a fortnight of release", ctx="and four within"),
            L("About 2,300", 2300, AP, P, "detention_population", D25),
            L("nearly twice", 2, ALM, RATIO, "detention_population_ratio", "end of 2025 vs end of 2022 (the same point in 2022; Home Office statistics)"),
            L("Around 28,500", 28500, AP, P, "detention_entries", "January to December 2025 (during the year; Home Office statistics)"),
            L("roughly one in four", 25, AP, PCT, "detention_leavers_share_held_over_28_days", "January to December 2025 (of those who left; Home Office statistics)"),
            L("1,040 days", 1040, E, DAYS, "detention_length_longest_held", D25 + " the longest-held detainee"),
            L("Fewer than half", 50, LT, PCT, DL, "January to December 2025 (those who left detention in 2025)"),
            L("46%", 46, E, PCT, DL, "January to December 2025 (those who left detention in 2025)"),
            L("£142m", 142e6, E, GBP, "detention_cost", "April 2024 to March 2025 (2024/25; Home Office annual accounts)"),
            L("about £118", 118, AP, GBP, "detention_cost_per_person_day", "April 2024 to March 2025 (2024/25, per detainee per day; Home Office annual accounts)"),
            L("three", 3, E, REPS, "ombudsman_detention_death_reports_published", "2026 (so far; Prisons and Probation Ombudsman, on the 2025 deaths)", ctx="reports on three so far"),
            L("22", 22, E, RECS, "ombudsman_detention_death_recommendations", "2026 (so far; Prisons and Probation Ombudsman)"),
            L("19", 19, E, RECS, "ombudsman_detention_death_recommendations_accepted", "2026 (so far; a Home Office source)"),
            L("61", 61, E, REPS, "detention_rule35_reports", "September 2025 to February 2026 (the six months to February; independent monitoring board report)", geo=BH),
            L("nine", 9, E, P, "detention_rule35_releases", "September 2025 to February 2026 (the six months to February; independent monitoring board report)", ctx="only nine had been released", geo=BH),
            L("14%", 14, E, PCT, "returns_enforced_change", "since July 2024 (Home Office spokesperson)"),
            L("about 290", 290, AP, P, "detention_capacity_change", "2026 (this year, planned; government)"),
            L("roughly 2,500", 2500, AP, P, "detention_capacity", "end of 2026 (planned total capacity; government)"),
        ]),
    "02-sudbury-sardonyx-pa-raf-cockfield-asylum-site": dict(
        meta=dict(url="https://www.sudburysardonyx.example/news/asylum-site-former-raf-cockfield-almost-double-61m-bill-4418207",
                  title="Asylum site at former RAF Cockfield to almost double in size despite £61m bill",
                  publisher="Sudbury Sardonyx", author="Gareth Moyo-Whitcombe", published_date="2026-06-18"),
        labels=[
            L("almost double", 2, ALM, RATIO, LSC + "_ratio", "by end of March 2027 vs June 2026 (planned expansion; headline)", ctx="to almost double in size", geo=CKF),
            L("£61m", 61e6, E, GBP, "large_site_cost", "September 2025 to June 2026 (first nine months; headline)", geo=CKF),
            L("1,400", 1400, E, P, LSC + "_planned", "by end of March 2027 (to be expanded to take; Home Office)", ctx="to take 1,400 men", geo=CKF),
            L("742", 742, E, P, "large_site_population", "1 June 2026 (figures released to MPs)", geo=CKF),
            L("800", 800, E, P, LSC, "June 2026 (current capacity; figures released to MPs)", geo=CKF),
            L("1,400", 1400, E, P, LSC + "_planned", "by end of March 2027 (beds; ministers' announcement Tuesday 16 June 2026)", ctx="to 1,400 beds", geo=CKF),
            L("almost double", 2, ALM, RATIO, LSC + "_ratio", "by end of March 2027 vs June 2026 (its present size)", ctx="almost double its present", geo=CKF),
            L("£61.3m", 61.3e6, E, GBP, "large_site_cost", NINE + " to set up and run", geo=CKF),
            L("£23.8m", 23.8e6, E, GBP, "large_site_cost_security_and_site_works", NINE, geo=CKF),
            L("roughly £190", 190, AP, GBP, "large_site_cost_per_person_night", NINE + " per person per night", geo=CKF),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "2025/26 (average for a room in an asylum hotel, per night; " + NAO + ")"),
            L("£40m", 40e6, E, GBP, "large_site_saving_planned", "per year (compared with hotels; Home Office's original claim to Parliament)", geo=CKF),
            L("212", 212, E, P, "large_site_residents_held_over_nine_months", "June 2026 (had been there longer than nine months; " + NAO + ")", geo=CKF),
            L("5.8 months", 5.8, E, MONTHS, "large_site_average_stay", NINE + " average stay", geo=CKF),
            L("About 60%", 60, AP, PCT, "large_site_population_share_eritrea_sudan_afghanistan_iran", "June 2026 (residents; Home Office breakdown)", geo=CKF),
            L("1,106", 1106, E, P, "large_site_residents_asylum_decisions", "September 2025 to June 2026 (claims decided so far from men who passed through the site)", geo=CKF),
            L("78%", 78, E, PCT, "asylum_grants_share_decisions_large_site_residents", "September 2025 to June 2026 (of claims decided so far)", geo=CKF),
            L("more than 9,000", 9000, MT, SIGS, "petition_signatures", "June 2026 (petition against the expansion)", geo=CKF),
            L("nearly twice", 2, ALM, RATIO, LSC + "_ratio", "by end of March 2027 vs June 2026 (Cllr Rosalind Atherley-Nwosu, Babergh District Council)", geo=CKF),
            L("1,200", 1200, E, P, "gp_surgery_waiting_list", "June 2026 (the nearest surgery; Cllr Rosalind Atherley-Nwosu)", geo=CKF),
            L("two", 2, E, ATT, "large_site_suicide_attempts", "January to June 2026 (this year; Tobias Grenfell-Akande, Suffolk Refugee Support Network)", ctx="there had been two suicide", geo=CKF),
            L("more than 200", 200, MT, HOTELS, "asylum_hotels_in_use", "July 2024 (inherited by this government; Home Office spokeswoman)"),
            L("below £120", 120, LT, GBP, "large_site_cost_per_person_night_expected", "once full (per night; Home Office)", geo=CKF),
            L("31", 31, E, INC, "large_site_police_incidents", "September 2025 to June 2026 (since it opened; Suffolk Constabulary)", geo=CKF),
            L("71%", 71, E, PCT, "large_site_occupancy_share", "April 2025 to March 2026 (the year to March, averaged across large sites; " + NAO + ")"),
        ]),
    "03-tourmaline-news-asylum-claims-by-nationality": dict(
        meta=dict(url="https://www.tourmalinenews.example/news/uk-68120457",
                  title="Asylum claims fall for first time in four years as Pakistanis top list",
                  publisher="Tourmaline News", author="Harriet Quennell-Osei", published_date="2026-08-20"),
        labels=[
            L("98,640", 98640, E, P, AA, YJ26 + " claims (main applicants)", ctx="There were 98,640"),
            L("121,300", 121300, E, P, AA, YJ26 + " people including dependants"),
            L("9%", -9, E, PCT, AA + "_change", "year to June 2026 vs year to June 2025 (down on the previous 12 months)", ctx="down 9% on"),
            L("108,400", 108400, E, P, AA, YJ25 + " a record"),
            L("11,870", 11870, E, P, AA + "_pakistani", YJ26),
            L("9,410", 9410, E, P, AA + "_eritrean", YJ26),
            L("8,960", 8960, E, P, AA + "_afghan", YJ26),
            L("8,250", 8250, E, P, AA + "_iranian", YJ26),
            L("nearly 40%", 40, ALM, PCT, AA + "_pakistani_change", "year to June 2026 vs year to June 2025 (in a year)"),
            L("41%", 41, E, PCT, AA + "_share_visa_holders", YJ26 + " main applicants who had entered on a visa"),
            L("33%", 33, E, PCT, AA + "_share_small_boat", YJ26 + " main applicants who arrived on small boats"),
            L("about a quarter", -25, AP, PCT, AA + "_afghan_change", "year to June 2026 vs year to June 2025 (fell)"),
            L("more than halved", -50, MT, PCT, AA + "_vietnamese_change", "year to June 2026 vs year to June 2025"),
            L("2,140", 2140, E, P, AA + "_vietnamese", YJ26),
            L("52,180", 52180, E, P, "asylum_backlog", "30 June 2026 (waiting on a first decision; " + HO3 + ")", ctx="first decision: 52,180"),
            L("almost 91,000", 91000, ALM, P, "asylum_backlog", "30 June 2025 (a year earlier; " + HO3 + ")"),
            L("132,700", 132700, E, P, "asylum_initial_decisions", YJ26 + " the most in any year", ctx="made 132,700"),
            L("44%", 44, E, PCT, GR, YJ26, ctx="fell to 44%"),
            L("61%", 61, E, PCT, GR, "July 2024 to June 2025 (the year to June 2025; " + HO3 + ")"),
            L("4%", 4, E, PCT, GR + "_pakistani", YJ26),
            L("92%", 92, E, PCT, GR + "_eritrean", YJ26),
            L("89%", 89, E, PCT, GR + "_sudanese", YJ26),
            L("98,640", 98640, E, P, AA, YJ26 + BOX3, ctx="Asylum claims: 98,640"),
            L("9%", -9, E, PCT, AA + "_change", "year to June 2026 vs year to June 2025 (down" + BOX3 + ")", ctx="(down 9%)"),
            L("132,700", 132700, E, P, "asylum_initial_decisions", YJ26 + BOX3, ctx="Initial decisions: 132,700"),
            L("44%", 44, E, PCT, GR, YJ26 + BOX3, ctx="Granted at initial decision: 44%"),
            L("52,180", 52180, E, P, "asylum_backlog", "30 June 2026 (waiting for an initial decision" + BOX3 + ")", ctx="initial decision: 52,180"),
            L("27,950", 27950, E, P, HOT, "30 June 2026 (people in asylum hotels" + BOX3 + ")", ctx="People in asylum hotels: 27,950"),
            L("64,300", 64300, E, P, "asylum_backlog_appeals", "30 June 2026 (appeals stuck in the tribunal system when June ended)"),
            L("38,900", 38900, E, P, "asylum_backlog_appeals", "30 June 2025 (a year before)"),
            L("36,480", 36480, E, P, "returns", YJ26 + " enforced, voluntary or port returns"),
            L("9,820", 9820, E, P, "returns_enforced", YJ26),
            L("13%", 13, E, PCT, "returns_enforced_change", "year to June 2026 vs year to June 2025 (up on the year before)"),
            L("one-in-ten", -10, E, PCT, AA + "_change", "year to June 2026 vs year to June 2025 (a fall; Rupert Hazeldean-Okoye, shadow home secretary)"),
            V("thousands", 2000, 9000, P, SB, "per month, 2026 (still crossing the Channel every month; Rupert Hazeldean-Okoye, shadow home secretary)"),
            L("nearly doubled", 2, ALM, RATIO, "asylum_backlog_appeals_ratio", "June 2026 vs June 2025 (the appeals queue; Rupert Hazeldean-Okoye, shadow home secretary)"),
            L("More than two in five", 40, MT, PCT, AA + "_share_visa_holders", "2026 (now; Enver Solanki-Marsh, Refugee Policy Forum)"),
            L("27,950", 27950, E, P, HOT, "30 June 2026 (asylum seekers living in hotels; " + HO3 + ")", ctx="falling: 27,950"),
            L("31,650", 31650, E, P, HOT, "31 March 2026 (three months earlier; Home Office statistics)"),
        ]),
    "04-spinel-check-small-boats-economic-migrants-claim": dict(
        meta=dict(url="https://www.spinelcheck.example/immigration/small-boat-arrivals-economic-migrants-claim/",
                  title="Are most small boat arrivals \"economic migrants\"?",
                  publisher="Spinel Check", author="Priya Latchford-Nunes", published_date="2026-09-09"),
        labels=[
            L("Ninety per cent", 90, E, PCT, SB + "_share_economic_migrants", "2026 (the claim checked, in a social media post)"),
            L("148,900", 148900, E, P, SB, "January 2018 to March 2025 (the start of 2018 to March 2025; Home Office cohort data)"),
            L("96%", 96, E, PCT, SB + "_share_claimed_asylum", COH),
            L("about 71%", 71, AP, PCT, SB + "_asylum_claims_share_decided", COH + " had had a first decision"),
            L("58%", 58, E, PCT, GRS + "_small_boat_arrivals", COH + " grants of protection"),
            L("29%", 29, E, PCT, "asylum_refusals_share_initial_decisions_small_boat_arrivals", COH),
            L("13%", 13, E, PCT, "asylum_withdrawals_share_initial_decisions_small_boat_arrivals", COH),
            L("two thirds", TWO3, E, PCT, "asylum_grant_rate_small_boat_arrivals_excluding_withdrawals", COH + " counting only claims decided on their merits"),
            L("around 46%", 46, AP, PCT, "asylum_appeals_share_allowed", "July 2025 to June 2026 (the 12 months to June 2026; Ministry of Justice tribunal statistics)"),
            L("5,890", 5890, E, P, SB + "_afghan", Y4),
            L("5,120", 5120, E, P, SB + "_eritrean", Y4),
            L("4,460", 4460, E, P, SB + "_sudanese", Y4),
            L("3,940", 3940, E, P, SB + "_iranian", Y4),
            L("almost half", 50, ALM, PCT, SB + "_share_afghan_eritrean_sudanese_iranian", Y4),
            L("41,720", 41720, E, P, SB, Y4 + " people who crossed"),
            L("68%", 68, E, PCT, GRS + "_afghan", Y4),
            L("93%", 93, E, PCT, GRS + "_eritrean", Y4),
            L("88%", 88, E, PCT, GRS + "_sudanese", Y4),
            L("61%", 61, E, PCT, GRS + "_iranian", Y4),
            L("about a quarter", 25, AP, PCT, SB + "_share_albanian", "January to December 2022 (Home Office data)"),
            L("610", 610, E, P, SB + "_albanian", Y4),
            L("9%", 9, E, PCT, GRS + "_albanian", Y4),
            L("2,870", 2870, E, P, SB + "_vietnamese", Y4),
            L("17%", 17, E, PCT, GRS + "_vietnamese", Y4),
            L("420", 420, E, P, "survey_respondents_calais_camps", CAL, geo=FR),
            L("one in five", 20, E, PCT, "calais_migrants_share_work_main_reason", CAL, geo=FR),
            L("63%", 63, E, PCT, "calais_migrants_share_citing_war_or_persecution", CAL, geo=FR),
        ]),
    "05-the-peridot-immigration-skills-charge-explainer": dict(
        meta=dict(url="https://www.theperidot.example/news/politics/immigration-skills-charge-explained-rise-employers-overseas-workers-3374912",
                  title="What is the Immigration Skills Charge, and why is it going up by a third?",
                  publisher="The Peridot", author="Ben Tarrant-Owusu", published_date="2026-02-11"),
        labels=[
            L("a third", THIRD, E, PCT, ISC + "_change", "from 6 April 2026 vs now (going up; headline)", ctx="going up by a third"),
            L("£1,150", 1150, E, GBP, ISC + "_large_employers_per_worker", NOW5),
            L("£420", 420, E, GBP, ISC + "_small_employers_per_worker", NOW5),
            L("£1,530", 1530, E, GBP, ISC + "_large_employers_per_worker", APR),
            L("£560", 560, E, GBP, ISC + "_small_employers_per_worker", APR),
            L("about a third", THIRD, AP, PCT, ISC + "_change", "from 6 April 2026 vs now (an increase, in both cases)"),
            L("£7,650", 7650, E, GBP, ISC + "_five_year_visa_large_employers", "from 6 April 2026 (upfront, per worker on a five-year visa)"),
            L("£5,750", 5750, E, GBP, ISC + "_five_year_visa_large_employers", "February 2026 (now, upfront, per worker on a five-year visa)"),
            L("£612m", 612e6, E, GBP, ISC + "_receipts", "April 2024 to March 2025 (2024/25; Home Office accounts)"),
            L("£240m", 240e6, E, GBP, ISC + "_receipts_change", "per year, from April 2026 (an extra; Treasury expectation)"),
            L("136,400", 136400, E, P, SW, YS25 + " main applicants"),
            L("29%", -29, E, PCT, SW + "_change", "year ending September 2025 vs the year before (down; Home Office figures)"),
            L("118,900", 118900, E, P, SW + "_dependants", YS25),
            L("Roughly a third", THIRD, AP, PCT, SW + "_share_health_care_worker", YS25 + " main applicants on the health and care visa"),
            L("44,200", 44200, E, P, "visas_granted_health_care_worker", YS25),
            L("less than half", 0.5, LT, RATIO, "visas_granted_health_care_worker_ratio", "year ending September 2025 vs two years earlier"),
            L("38%", 38, E, PCT, SW + "_share_india", YS25 + " main applicant visas"),
            L("around one in every five", 20, AP, PCT, ISC + "_receipts_share_nhs_and_public_bodies", "recent years (one in every five pounds raised; Institute for Workforce Research)"),
            L("£46m", 46e6, E, GBP, ISC + "_increase_cost_nhs", "per year, from April 2026 (an extra; Institute for Workforce Research estimate)"),
            L("about 117,000", 117000, AP, LIC, "sponsor_licences", "February 2026 (organisations licensed to sponsor workers)"),
            L("roughly 70%", 70, AP, PCT, "sponsor_licences_share_small_or_charity", "February 2026 (small businesses or charities)"),
            L("25,000", 25000, E, PLACES, "apprenticeship_places_funded_by_skills_charge", "from April 2026 (new places; Home Office)"),
            L("£43,200", 43200, E, GBP, "skilled_worker_salary_threshold", "February 2026 (per year, most skilled workers must be paid at least)"),
            L("£1,110", 1110, E, GBP, "visa_immigration_health_surcharge", "February 2026 (per year)"),
        ]),
    "06-dornoch-agate-highland-refugee-resettlement": dict(
        meta=dict(url="https://www.dornochagate.example/news/highland-news/highlands-marks-ten-years-welcoming-refugees-total-tops-600-6620931/",
                  title="Highlands marks ten years of welcoming refugees as total tops 600",
                  publisher="Dornoch Agate", author="Kirsty MacRitchie-Adebayo", published_date="2026-10-07"),
        labels=[
            L("tops 600", 600, MT, P, RA, TOS + " headline", geo=HL),
            L("MORE than 600", 600, MT, P, RA, TOS + " refugees from Syria and Afghanistan", geo=HL),
            L("612", 612, E, P, RA, "2016 to 30 September 2026 (by the end of September; Highland Council)", geo=HL),
            L("384", 384, E, P, RA + "_syrian", "2016 to 30 September 2026 (fled the war in Syria; Highland Council)", ctx="384 who fled", geo=HL),
            L("228", 228, E, P, RA + "_afghan", "2021 to 30 September 2026 (from Afghanistan; Highland Council)", ctx="and 228 from", geo=HL),
            L("14", 14, E, HH, RA + "_syrian_families_first_group", "winter of 2016 (the first Syrian families, in Inverness)", geo=HL),
            L("19", 19, E, COMMS, "resettlement_communities", "2016 to September 2026 (communities where refugees have been placed; Highland Council)", ctx="in 19 communities", geo=HL),
            L("More than 80%", 80, MT, PCT, SYW, "October 2026 (now; Highland Council)", geo=HL),
            L("41", 41, E, HH, "resettled_families_moved_to_private_or_owned_homes", "October 2026 (have moved on; Highland Council)", geo=HL),
            L("228", 228, E, P, RA + "_afghan", "2021 to 30 September 2026 (Highland Council)", ctx="Of the 228 Afghans", geo=HL),
            L("137", 137, E, P, RA + "_afghan_arap", "2021 to 30 September 2026 (Highland Council)", geo=HL),
            L("91", 91, E, P, RA + "_afghan_acrs", "2021 to 30 September 2026 (Highland Council)", geo=HL),
            L("Nearly half", 50, ALM, PCT, RA + "_afghan_share_children", "2021 to 30 September 2026 (Highland Council)", geo=HL),
            L("£21,800", 21800, E, GBP, "council_resettlement_grant_per_refugee", "over five years per person (Home Office tariff, 2026)", geo=HL),
            L("£3.6m", 3.6e6, E, GBP, "council_resettlement_spending", "April 2025 to March 2026 (2025/26; Highland Council)", geo=HL),
            L("£410,000", 410000, E, GBP, "council_resettlement_cost_shortfall", "April 2025 to March 2026 (2025/26, an extra cost the tariff does not cover; council officers)", geo=HL),
            L("around 8,400", 8400, AP, HH, "housing_waiting_list_households", "October 2026 (the Highland housing waiting list)", geo=HL),
            L("more than 3,700", 3700, MT, P, RA + "_syrian", "2015 to 2020s (under the Syrian scheme; Scotland)", geo=SCO),
            L("about one in ten", 10, AP, PCT, RA + "_syrian_share_highland", "under the Syrian scheme (the Highlands' share of Scotland's total)", geo=SCO),
            L("15%", 15, E, PCT, "council_resettlement_grant_per_refugee_change", "proposed rise (Fergus Drummond-Ajayi MSP)"),
            L("384", 384, E, P, RA + "_syrian", "2016 to 30 September 2026 (Syrian scheme" + BOX6 + ")", ctx="Syrian scheme: 384", geo=HL),
            L("228", 228, E, P, RA + "_afghan", "2021 to 30 September 2026 (Afghan schemes" + BOX6 + ")", ctx="Afghan schemes: 228", geo=HL),
            L("19", 19, E, COMMS, "resettlement_communities", "2016 to September 2026 (communities with resettled families" + BOX6 + ")", ctx="families: 19", geo=HL),
            L("81%", 81, E, PCT, SYW, "October 2026 (working-age Syrian adults in work or study" + BOX6 + ")", geo=HL),
        ]),
    "07-the-chrysoberyl-obr-net-migration-forecast-deficit": dict(
        meta=dict(url="https://www.thechrysoberyl.example/politics/2026/11/26/falling-migration-add-74bn-borrowing-obr-warns/",
                  title="Falling migration to add £7.4bn a year to borrowing, OBR warns",
                  publisher="The Chrysoberyl", author="Julian Ashcombe-Nwankwo", published_date="2026-11-26"),
        labels=[
            L("£7.4bn", 7.4e9, E, GBP, PBE, "per year, 2030-31 (headline; " + OBR + ")", ctx="add £7.4bn a year"),
            L("240,000", 240000, E, P, NMF, MT7 + " standfirst", ctx="net migration to 240,000"),
            L("up to £7.4bn", 7.4e9, AM, GBP, PBE, "per year, 2030-31 (by 2030-31; " + OBR + ")"),
            L("240,000", 240000, E, P, NMF, MT7, ctx="settle at 240,000"),
            L("315,000", 315000, E, P, NMF, SPR, ctx="the 315,000 it"),
            L("198,000", 198000, E, P, NMF, Y2627, ctx="net migration of 198,000"),
            L("172,000", 172000, E, P, NMF, Y2728 + " a trough", ctx="trough of 172,000"),
            L("410,000", -410000, E, P, "population_working_age_forecast_revision", "2030-31 (lower than expected in March; " + OBR + ")"),
            L("about 0.6%", -0.6, AP, PCT, "gdp_forecast_revision", "2030-31 (reducing the size of the economy; " + OBR + ")"),
            L("£7.4bn", 7.4e9, E, GBP, PBE, Y3031 + " the lower migration forecast alone", ctx="adds £7.4bn to borrowing"),
            L("roughly £0.6bn", 0.6e9, AP, GBP, "public_borrowing_effect_per_10000_lower_net_migration", "per year, after five years (OBR estimate)"),
            L("198,000", 198000, E, P, NMF, Y2627 + BOX7, ctx="2026-27: 198,000"),
            L("172,000", 172000, E, P, NMF, Y2728 + BOX7, ctx="2027-28: 172,000"),
            L("240,000", 240000, E, P, NMF, MT7 + BOX7, ctx="assumption: 240,000"),
            L("315,000", 315000, E, P, NMF, SPR + BOX7, ctx="(was 315,000)"),
            L("£7.4bn", 7.4e9, E, GBP, PBE, Y3031 + " added to borrowing" + BOX7, ctx="by 2030-31: £7.4bn"),
            L("£118.6bn", 118.6e9, E, GBP, PSNB, "April 2026 to March 2027 (this year; " + OBR + ")"),
            L("3.9%", 3.9, E, PCT, PSNB + "_share_gdp", "April 2026 to March 2027 (this year; " + OBR + ")"),
            L("£71.2bn", 71.2e9, E, GBP, PSNB, Y3031),
            L("£13.1bn", 13.1e9, E, GBP, "fiscal_headroom", "2030-31 (against the main fiscal rule; " + OBR + ")"),
            L("£16.4bn", 16.4e9, E, GBP, "fiscal_headroom", "2030-31 (as forecast in March 2026; OBR)"),
            L("£19bn", 19e9, E, GBP, "budget_tax_rises", "per year (announced in the Budget of Wednesday 25 November 2026)"),
            L("211,000", 211000, E, P, NM, "July 2025 to June 2026 (the year to June; ONS estimate published last week)"),
            L("topped 900,000", 900000, MT, P, NM, "2023 (the 2023 high; ONS)"),
            L("about 560,000", 560000, AP, P, "emigration", "July 2025 to June 2026 (the year to June; ONS)"),
            L("nearly a million", 1e6, ALM, P, NM, "per year, the 2023 high (going back to it; Mel Stroud-Adeyinka, Halden Institute)"),
            L("£4.9bn", -4.9e9, E, GBP, "income_tax_and_national_insurance_receipts_forecast_revision", Y3031 + " lower than in the spring"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
