#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the eighty-fifth hand-labelled hold-out set (holdout85).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, MONTHS, THIRD, SIXTH, E,
                        AP, MT, AL, LT, AM, ALM, SBA, NM, AC, HOT, PTR, RSC)

UK, FR, SC, WA, NI, ENG, EW, EU, RW = ("UK", "France", "Scotland", "Wales", "Northern Ireland", "England",
                                       "England and Wales", "EU", "Rwanda")
FAMILIES, PPG, EMPLOYERS = "other:families", "other:patients_per_gp", "other:employers"
VAC, HOMES, COUNCILS = "other:vacancies", "other:homes", "other:council_areas"

# 01 (Friday 28 August 2026; Home Office quarterly statistics to the end of June 2026 "released yesterday", Thursday 27 August)
EJ26 = "end of June 2026 (30 June 2026)"
EJ25 = "end of June 2025 (twelve months earlier)"
YEJ26 = "year ending June 2026 (July 2025 to June 2026)"
ASP = "asylum_support_population"
AWA = "asylum_support_population_awaiting_appeal"
SHS = "Shadow Home Secretary"
HOS = "Home Office spokesman"
# 02 (Thursday 26 November 2026; ONS migration estimates with the new method for British emigration, published that day)
EB = "emigration_british"
NBN = "net_migration_british_nationals"
Y26 = "year ending June 2026 (July 2025 to June 2026)"
Y25 = "year ending June 2025 (July 2024 to June 2025)"
CHART = " (chart)"
# 03 (Friday 22 May 2026; Home Office statistics to the end of March 2026 "published on Thursday", 21 May)
FR_ = "visas_granted_family_reunion"
YM26 = "year ending March 2026 (April 2025 to March 2026)"
AWWP = "Aire and Wharfe Welcome Project"
WY = "West Yorkshire"
YH = "Yorkshire and the Humber"
# 04 (Monday 6 July 2026; fact check of a councillor's video posted late June 2026)
GRP = "gp_registered_patients"
GA = "gp_appointments"
FIVE = "June 2021 to June 2026"
CLAIM = " (claim: immigration put this many extra people on GP lists; councillor's video)"
# 05 (Tuesday 9 June 2026; freedom of information figures obtained by the paper)
W1Y = "asylum_backlog_waiting_over_1_year"
PTW = "permission_to_work"
EM26 = "end of March 2026 (31 March 2026)"
TOLL = "Tollgate Economics for Right to Work Now; scenario: permission to work after six months"
# 06 (Wednesday 15 July 2026; Home Office annual report and accounts for 2025/26 laid "on Tuesday", 14 July)
SCHEME = "April 2022 to July 2026 (the whole Rwanda scheme, to the 2025/26 accounts)"
PAID = "April 2022 to April 2024 (paid to Rwanda under the partnership)"
# 07 (Wednesday 30 September 2026; National Records of Scotland mid-2025 estimates "published last Thursday", 24 September)
WI = "Na h-Eileanan Siar"
M25 = "mid-2025 (30 June 2025)"
YM25 = "year to mid-2025 (July 2024 to June 2025)"
HI = "Highlands and Islands"

ARTICLES = {
    "01-daily-grommet-asylum-backlog-support": dict(
        meta=dict(url="https://www.dailygrommet.example/news/politics/2147730/asylum-support-100000-migrants-appeals-queue-doubles",
                  title="Asylum chaos: MORE than 100,000 migrants still living on handouts as appeals queue nearly DOUBLES",
                  publisher="Daily Grommet", author="Harriet Quennell-Obi", published_date="2026-08-28"),
        labels=[
            L("MORE than 100,000", 100000, MT, P, ASP, EJ26 + " (headline)"),
            L("nearly DOUBLES", 2, ALM, RATIO, AWA + "_ratio", EJ26 + " vs end of June 2025 (appeals queue; headline)"),
            L("Some 103,470", 103470, AP, P, ASP, EJ26 + " (housed and fed by the state)"),
            L("4 percent", -4, E, PCT, ASP + "_change", EJ26 + " vs end of June 2025 (a fall of just)"),
            L("108,140", 108140, E, P, ASP, EJ25),
            L("27,930", 27930, E, P, HOT, EJ26 + " (still in hotels)", occ=0),
            L("roughly one in four", 25, AP, PCT, "asylum_support_share_hotels", EJ26 + " (of the total on support)"),
            L("a third", -THIRD, E, PCT, "asylum_backlog_change", EJ26 + " vs end of June 2025 (awaiting a first ruling; ministers)", ctx="shrunk by a third"),
            L("58,260", 58260, E, P, "asylum_backlog", EJ26 + " (people awaiting an initial decision)"),
            L("87,400", 87400, E, P, "asylum_backlog", EJ25 + " (a year before)"),
            L("nearly doubled", 2, ALM, RATIO, AWA + "_ratio", EJ26 + " vs end of June 2025 (on support, fighting a refusal at the tribunal)"),
            L("27,100", 27100, E, P, AWA, EJ25),
            L("52,700", 52700, E, P, AWA, EJ26),
            L("more than 110,000", 110000, MT, P, "asylum_backlog_including_appeals", EJ26 + " (waiting for a first answer or appealing; taken together)"),
            L("£4.71billion", 4.71e9, E, GBP, AC, "2025/26 (April 2025 to March 2026; asylum support bill, a record)"),
            L("11 percent", 11, E, PCT, AC + "_change", "2025/26 vs 2024/25"),
            L("around £12.9million", 12.9e6, AP, GBP, AC, "per day, 2025/26 (every single day)"),
            L("112,480", 112480, E, P, "asylum_applications", YEJ26 + " (people who sought protection; highest since records began)"),
            L("6 percent", 6, E, PCT, "asylum_applications_change", YEJ26 + " vs the previous 12 months"),
            L("Nearly two in five", 40, ALM, PCT, "asylum_applications_share_small_boat", YEJ26 + " (of the claimants, arrived by small boat)"),
            L("41,000 or so", 41000, AP, P, "asylum_applications", YEJ26 + " (claimants who had come on visas, including student and work permits)"),
            L("104,900", 104900, E, P, "asylum_initial_decisions", YEJ26),
            L("over five times", 5, MT, RATIO, "asylum_initial_decisions_ratio", YEJ26 + " vs year ending June 2022"),
            L("42 percent", 42, E, PCT, "asylum_grants_share_initial_decisions", YEJ26 + " (the grant rate)"),
            L("61 percent", 61, E, PCT, "asylum_grants_share_initial_decisions", "year ending June 2025 (July 2024 to June 2025)"),
            L("24,310", 24310, E, P, SBA, "1 January to 27 August 2026 (so far this year)"),
            L("9,140", 9140, E, P, "small_boat_launch_attempts_stopped_people", "1 January to 27 August 2026 (so far this year; French police)", geo=FR),
            L("27,930", 27930, E, P, HOT, EJ26 + " (" + SHS + ")", occ=1),
            L("almost doubled", 2, ALM, RATIO, AWA + "_ratio", EJ26 + " vs end of June 2025 (an appeals queue; " + SHS + ")"),
            L("Half", 50, E, PCT, "asylum_support_population_share_awaiting_appeal", EJ26 + " (already turned down once; " + SHS + ")",
              ctx="Half of the people we are paying"),
            R("between 8,000 and 9,000", 8000, 9000, P, "tribunal_appeals_lodged_immigration_asylum", "per month, August 2026 (new appeals now being lodged; Border Ledger)"),
            L("about 4,500", 4500, AP, P, "tribunal_appeals_disposed_immigration_asylum", "per month, August 2026 (the tribunal is getting through; Border Ledger)"),
            L("more than halved", -50, MT, PCT, "asylum_backlog_change", "July 2024 to June 2026 (since July 2024; queue for first decisions; " + HOS + ")"),
            L("more than 58,000", 58000, MT, P, "returns", "July 2024 to August 2026 (since July 2024; sent home; " + HOS + ")"),
            L("almost 45 percent", -45, ALM, PCT, "asylum_hotels_in_use_change", "August 2026 vs the peak (hotels in use; " + HOS + ")"),
        ]),
    "02-fathom-news-ons-british-emigration-estimates": dict(
        meta=dict(url="https://www.fathomnews.example/news/uk-70418823",
                  title="Number of Britons moving abroad far higher than thought, ONS says",
                  publisher="Fathom News", author="Tomasz Everleigh-Achebe", published_date="2026-11-26"),
        labels=[
            L("257,000", 257000, E, P, EB, Y26 + " (new method)"),
            L("15%", 15, E, PCT, EB + "_change", Y26 + " vs year ending June 2025"),
            L("223,000", 223000, E, P, EB, Y25 + " (the previous 12 months; revised estimate)"),
            L("62,000", 62000, E, P, EB + "_revision", Y25 + " (revised up)"),
            L("161,000", 161000, E, P, EB, Y25 + " (previous estimate, International Passenger Survey)"),
            L("178k", 178000, E, P, EB, "year ending June 2022 (July 2021 to June 2022)" + CHART),
            L("196k", 196000, E, P, EB, "year ending June 2023 (July 2022 to June 2023)" + CHART),
            L("207k", 207000, E, P, EB, "year ending June 2024 (July 2023 to June 2024)" + CHART),
            L("223k", 223000, E, P, EB, Y25 + CHART),
            L("257k", 257000, E, P, EB, Y26 + CHART),
            L("166,000", 166000, E, P, EB + "_revision", "mid-2021 to mid-2025 (the four years; added by the new method)"),
            L("118,000", 118000, E, P, "immigration_british", Y26 + " (an estimated; came back to settle in the UK)"),
            L("139,000", -139000, E, P, NBN, Y26 + " (the net outflow of British nationals)"),
            L("nearly twice", 2, ALM, RATIO, NBN + "_ratio", Y26 + " vs year ending June 2024 (the net outflow, two years earlier)"),
            L("71,000", -71000, E, P, NBN, "year ending June 2024 (July 2023 to June 2024; two years earlier; net outflow)"),
            L("164,000", 164000, E, P, NM, Y26 + " (all nationalities)"),
            L("876,000", 876000, E, P, "immigration", Y26),
            L("712,000", 712000, E, P, "emigration", Y26),
            L("68,000", 68000, E, P, "emigration_revision", Y25 + " (higher than first published)"),
            L("more than nine in ten", 90, MT, PCT, "emigration_revision_share_british", Y25 + " (British nationals' share of the extra leavers)"),
            L("Some 47%", 47, AP, PCT, EB + "_share_aged_16_34", Y26 + " (of British emigrants)"),
            L("roughly one in six", SIXTH, AP, PCT, EB + "_share_australia", Y26 + " (where the destination could be identified)"),
            L("about one in 10", 10, AP, PCT, EB + "_share_uae", Y26 + " (to the United Arab Emirates; where the destination could be identified)"),
            L("680,800", 680800, E, P, "emigration", Y26 + " (ONS; all nationalities)", geo=EW),
            L("21,400", 21400, E, P, "emigration", Y26 + " (left Scotland for another country; National Records of Scotland)", geo=SC),
            L("9,800", 9800, E, P, "emigration", Y26 + " (moving abroad; Northern Ireland's statistics agency)", geo=NI),
            L("something like a quarter of a million", 250000, AP, P, EB, "per year, recent years (Carrow Institute professor)"),
            V("tens of thousands", -90000, -20000, P, NM + "_revision", "recent years (lowered by the higher emigration estimates; Carrow Institute professor)"),
            L("141,000", 141000, E, P, NM, Y25 + " (revised estimate)"),
            L("204,000", 204000, E, P, NM, Y25 + " (first estimate, published a year ago)"),
            L("more than three-quarters", -75, MT, PCT, NM + "_change", Y26 + " vs year ending March 2023 (below the peak; Home Office statement)"),
            L("944,000", 944000, E, P, NM, "year ending March 2023 (April 2022 to March 2023; the peak; Home Office statement)"),
        ]),
    "03-wharfedale-clarion-pa-refugee-family-reunion": dict(
        meta=dict(url="https://www.wharfedaleclarion.example/news/national/refugee-family-reunion-visas-more-than-halve-after-route-paused-5128843",
                  title="Refugee family reunion visas more than halve after route is paused",
                  publisher="The Wharfedale Clarion", author="Eluned Farraday-Kwame and Jonah Pickersgill", published_date="2026-05-22"),
        labels=[
            L("more than halve", -50, MT, PCT, FR_ + "_change", YM26 + " vs the previous 12 months (headline)"),
            V("hundreds", 200, 900, FAMILIES, "family_reunion_families_unable_to_apply", "May 2026 (separated families left with nowhere to turn; charities in Bradford and Leeds; standfirst)", geo=WY),
            L("more than halved", -50, MT, PCT, FR_ + "_change", YM26 + " vs the previous 12 months"),
            L("9,870", 9870, E, P, FR_, YM26 + " (the 12 months to March)"),
            L("54%", -54, E, PCT, FR_ + "_change", YM26 + " vs year ending March 2025"),
            L("21,460", 21460, E, P, FR_, "year ending March 2025 (April 2024 to March 2025; the previous 12 months)"),
            L("Fewer than 700", 700, LT, P, FR_, "January to March 2026"),
            L("58%", 58, E, PCT, FR_ + "_share_children", YM26 + " (of the year's grants)"),
            L("29%", 29, E, PCT, FR_ + "_share_women", YM26 + " (adult women, a further)"),
            L("2,610", 2610, E, P, FR_ + "_sudanese", YM26),
            L("1,940", 1940, E, P, FR_ + "_eritrean", YM26),
            L("1,380", 1380, E, P, FR_ + "_afghan", YM26),
            L("1,120", 1120, E, P, FR_ + "_syrian", YM26),
            L("About 4,100", 4100, AP, P, "family_reunion_applications_outstanding", "end of March 2026 (31 March 2026; made before the suspension, not yet decided)"),
            L("More than 110,000", 110000, MT, P, FR_, "2015 to March 2026 (issued since 2015)"),
            L("roughly two-thirds", 200 / 3, AP, PCT, FR_ + "_share_small_boat_sponsors", "2025 (sponsors whose relatives were granted visas, who had crossed the Channel; Home Office analysis)"),
            R("12,000 to 15,000", 12000, 15000, P, "family_reunion_relatives_stranded_abroad", "May 2026 (close relatives of refugees in the UK; Refugee Kinship Council estimate)"),
            L("1,290", 1290, E, P, FR_, YM26 + " (joining relatives in the region; freedom of information figures)", geo=YH),
            L("55%", -55, E, PCT, FR_ + "_change", YM26 + " vs year ending March 2025 (a drop of)", geo=YH),
            L("2,880", 2880, E, P, FR_, "year ending March 2025 (a year earlier)", geo=YH),
            L("402", 402, E, P, FR_, YM26 + " (joining family in Bradford)", geo="Bradford"),
            L("214", 214, E, FAMILIES, "family_reunion_families_helped_by_charity", "2025 (" + AWWP + ")", occ=0, geo=WY),
            L("almost double", 2, ALM, RATIO, "family_reunion_families_helped_by_charity_ratio", "2025 vs 2024 (" + AWWP + ")", geo=WY),
            L("112", 112, E, FAMILIES, "family_reunion_families_helped_by_charity", "2024 (" + AWWP + ")", geo=WY),
            V("thousands", 2000, 9000, GBP, "family_reunion_costs_individual", "May 2026 (fees for an Article 8 application; " + AWWP + " coordinator)",
              ctx="fees run into thousands"),
            L("214", 214, E, FAMILIES, "family_reunion_families_helped_by_charity", "2025 (last year; " + AWWP + " coordinator)", occ=1, geo=WY),
            L("about three in four", 75, AP, PCT, "family_reunion_families_helped_share_child_overseas", "May 2026 (still have at least one child overseas; " + AWWP + " coordinator)", geo=WY),
            L("nearly three times", 3, ALM, RATIO, FR_ + "_ratio", "2025 vs 2019 (calendar years; Home Office spokesperson)"),
        ]),
    "04-gauge-fact-immigration-gp-waiting-lists": dict(
        meta=dict(url="https://gaugefact.example/health/is-immigration-the-reason-you-cant-get-a-gp-appointment/",
                  title="Is immigration the reason you can't get a GP appointment?",
                  publisher="Gauge Fact", author="Priyanka Oyelaran-Whitfield", published_date="2026-07-06"),
        labels=[
            L("three million", 3e6, E, P, GRP + "_change", FIVE + " (the last five years; What was claimed box)" + CLAIM, occ=0, geo=ENG),
            L("about 3.1 million", 3.1e6, AP, P, GRP + "_change", FIVE + " (Our verdict box)", geo=ENG),
            L("64.2 million", 64.2e6, E, P, GRP, "June 2026", geo=ENG),
            L("61.1 million", 61.1e6, E, P, GRP, "June 2021", geo=ENG),
            L("3.1 million", 3.1e6, E, P, GRP + "_change", FIVE + " (an increase of)", occ=1, geo=ENG),
            L("5.1%", 5.1, E, PCT, GRP + "_change", FIVE, geo=ENG),
            L("2.6%", 2.6, E, PCT, GRP + "_change", FIVE + " (over the same period)", geo=WA),
            L("about 59.1 million", 59.1e6, AP, P, "population", "mid-2025 (ONS estimate)", geo=ENG),
            L("more than 5 million", 5e6, MT, P, GRP + "_excess_over_population", "mid-2025 / June 2026 (more names on GP lists than people living in England)", geo=ENG),
            L("three million", 3e6, E, P, GRP + "_change", FIVE + " (crosshead, the claim's figure named again)" + CLAIM, occ=1, geo=ENG),
            L("about 2.4 million", 2.4e6, AP, P, "population_growth", "mid-2021 to mid-2025 (ONS)", geo=ENG),
            L("about 95%", 95, AP, PCT, "net_migration_share_of_population_growth", "mid-2021 to mid-2025 (net international migration; ONS)", geo=ENG),
            L("1.02 million", 1.02e6, E, P, "gp_registrations_previously_abroad", "year to June 2025 (July 2024 to June 2025; NHS data)", geo=ENG),
            L("30.6 million", 30.6e6, E, P, GA, "May 2026", geo=ENG),
            L("18%", 18, E, PCT, GA + "_change", "May 2026 vs May 2021", geo=ENG),
            L("Some 44%", 44, AP, PCT, GA + "_share_same_day", "May 2026 (on the day they were booked)", geo=ENG),
            L("83%", 83, E, PCT, GA + "_share_within_two_weeks", "May 2026", geo=ENG),
            L("86%", 86, E, PCT, GA + "_share_within_two_weeks", "2019", geo=ENG),
            L("Roughly one in five", 20, AP, PCT, GA + "_share_telephone", "May 2026 (took place over the phone)", geo=ENG),
            L("Around 1.3 million", 1.3e6, AP, P, GA + "_missed", "May 2026 (the patient did not turn up)", geo=ENG),
            L("about 4%", 4, AP, PCT, GA + "_share_missed", "May 2026 (of the total)", geo=ENG),
            L("28,460", 28460, E, P, "gp_fully_qualified_fte", "May 2026 (full-time equivalent)", geo=ENG),
            L("2,256", 2256, E, PPG, "gp_registered_patients_per_gp", "May 2026 (per fully qualified GP, an average)", geo=ENG),
            L("2,110", 2110, E, PPG, "gp_registered_patients_per_gp", "2021", geo=ENG),
            L("around 23%", 23, AP, PCT, "gp_share_qualified_abroad", "2026 (GPs on the medical register in England)", geo=ENG),
            L("27%", 27, E, PCT, "gp_patient_survey_share_poor_appointment_experience", "2025 (GP Patient Survey)", geo=ENG),
        ]),
    "05-the-mullion-asylum-right-to-work-12-month-rule": dict(
        meta=dict(url="https://www.themullion.example/uk-news/2026/jun/09/asylum-seekers-waited-year-decision-few-allowed-to-work",
                  title="More than 20,000 asylum seekers have waited a year for a decision - but few are allowed to work",
                  publisher="The Mullion", author="Fenella Aguirre-Strachan", published_date="2026-06-09"),
        labels=[
            L("More than 20,000", 20000, MT, P, W1Y, EM26 + " (waited a year for a decision; headline)"),
            L("one in three", THIRD, E, PCT, PTW + "_applications_share_granted", "2025 (last year; standfirst)", ctx="Only one in three applications"),
            L("Almost 22,000", 22000, ALM, P, W1Y, EM26 + " (waited longer than a year for an initial decision)"),
            L("6,840", 6840, E, P, PTW + "_applications", "2025 (freedom of information responses)"),
            L("2,310", 2310, E, P, PTW + "_grants", "2025 (freedom of information responses)"),
            L("about a third", THIRD, AP, PCT, PTW + "_applications_share_granted", "2025"),
            L("4,120", 4120, E, P, PTW + "_applications", "2024"),
            L("66%", 66, E, PCT, PTW + "_applications_change", "2025 vs 2024"),
            L("fewer than 600", 600, LT, P, PTW + "_holders_in_employment", "2025 (in paid employment at any point during the year; HMRC data)"),
            L("21,900", 21900, E, P, W1Y, EM26),
            L("48,300", 48300, E, P, W1Y, "end of March 2025 (a year earlier)"),
            L("61,800", 61800, E, P, "asylum_backlog", EM26 + " (claims awaiting a first decision)"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week, June 2026 (self-catered housing)"),
            L("just under £10", 10, ALM, GBP, "asylum_support_weekly_allowance_catered", "per week, June 2026 (in a hotel where meals are provided)"),
            L("£4.7bn", 4.7e9, E, GBP, AC, "2025/26 (April 2025 to March 2026; asylum support)"),
            L("about 910,000", 910000, AP, P, "asylum_applications", "2025 (last year)", geo=EU),
            L("£211m", 211e6, E, GBP, "right_to_work_projected_support_saving", "per year (" + TOLL + ")"),
            L("£98m", 98e6, E, GBP, "right_to_work_projected_tax_revenue", "per year (" + TOLL + ")"),
            L("£14m", 14e6, E, GBP, "right_to_work_projected_admin_cost", "per year (the cost of handling applications; " + TOLL + ")"),
            L("almost £300m", 300e6, ALM, GBP, "right_to_work_projected_net_fiscal_gain", "per year (the public finances better off; " + TOLL + ")"),
            L("about 45%", 45, AP, PCT, "right_to_work_projected_employment_share", "within a year of becoming eligible (modelling assumption; " + TOLL + ")"),
            L("512", 512, E, EMPLOYERS, "poll_sample_size", "June 2026 (employers in care, construction and hospitality surveyed)"),
            L("63%", 63, E, PCT, "employers_share_would_consider_hiring_asylum_seeker", "June 2026 (with permission to work; employer survey)"),
            L("71%", 71, E, PCT, "poll_share_support_asylum_seekers_right_to_work", "June 2026 (adults in Britain; Wickford Research poll)"),
            L("2,104", 2104, E, P, "poll_sample_size", "June 2026 (adults in Britain; Wickford Research poll)"),
            L("about one in four", 25, AP, PCT, PTW + "_holders_share_employed", "June 2026 (cleared to work and found a job; Right to Work Now director)"),
            L("more than halved", -50, MT, PCT, W1Y + "_change", "end of March 2026 vs spring 2025 (since last spring; Home Office spokesperson)"),
        ]),
    "06-the-escutcheon-rwanda-payments-written-off": dict(
        meta=dict(url="https://www.theescutcheon.example/politics/2026/07/15/home-office-writes-off-290m-rwanda-kigali-keeps-money/",
                  title="Home Office writes off £290m paid to Rwanda as Kigali keeps the money",
                  publisher="The Escutcheon", author="Benedict Larkhall-Oyenuga", published_date="2026-07-15"),
        labels=[
            L("£290m", 290e6, E, GBP, PTR, PAID + " (written off; headline)", occ=0),
            L("£715m", 715e6, E, GBP, RSC, SCHEME + " (the full bill; standfirst)", occ=0),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers, and nobody else; standfirst)", ctx="under which four volunteers"),
            L("£290m", 290e6, E, GBP, PTR, PAID + " (formally written off)", occ=1),
            L("£715m", 715e6, E, GBP, RSC, SCHEME + " (Home Office annual report and accounts)", occ=1),
            L("£120m", 120e6, E, GBP, PTR, "April 2022 (when the partnership was signed)"),
            L("£20m", 20e6, E, GBP, PTR, "2022 (towards running costs, later that year)"),
            L("£100m", 100e6, E, GBP, PTR, "2023/24 (April 2023 to March 2024)", occ=0),
            L("£50m", 50e6, E, GBP, PTR, "April 2024 (a final payment, weeks before the general election)"),
            V("hundreds", 200, 900, P, "rwanda_scheme_staff", "April 2022 to July 2024 (officials assigned to the project)", ctx="the hundreds of officials"),
            L("£3.6m", 3.6e6, E, GBP, "rwanda_scheme_cost_refunds", SCHEME + " (clawed back, mostly refunds from charter airlines and contractors)"),
            L("about half of one per cent", 0.5, AP, PCT, "rwanda_scheme_cost_refunds_share", SCHEME + " (of the total)"),
            L("£100m", 100e6, E, GBP, "rwanda_scheme_cancellation_saving", "2025-2026 (the final two annual instalments, not paid)", occ=1),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (flown to Kigali, voluntarily)", ctx="Just four people were flown"),
            L("almost £179m", 179e6, ALM, GBP, "rwanda_scheme_cost_per_relocation", SCHEME + " (for each of the four)"),
            L("about 5,700", 5700, AP, P, "rwanda_removal_candidates_identified", "to July 2024 (for the first removals)"),
            L("Just over 2,100", 2100, MT, P, "rwanda_removal_cohort_reporting", "May 2024 (still turning up for check-ins when the election was called)"),
            L("more than 400", 400, MT, P, "immigration_detentions_rwanda", "May 2024 (a series of raids)"),
            L("£290m", 290e6, E, GBP, PTR, PAID, occ=2),
            L("about 2.5 per cent", 2.5, AP, PCT, "payment_to_rwanda_share_of_gdp", "per year (of the country's annual economic output)", geo=RW),
            L("c. 200", 200, AP, P, "rwanda_accommodation_capacity", "2022-2024 (a hostel in Kigali refurbished to receive arrivals)", geo=RW),
            L("£715m", 715e6, E, GBP, RSC, SCHEME, occ=2),
            L("nearly two months", 2, ALM, MONTHS, "rwanda_scheme_cost_months_of_asylum_spending", "2026 (the UK's asylum support bill)"),
            L("29,437", 29437, E, P, SBA, "2023 (calendar year)"),
            L("36,816", 36816, E, P, SBA, "2024 (calendar year)"),
            L("25 per cent", 25, E, PCT, SBA + "_change", "2024 vs 2023"),
            L("£290m", 290e6, E, GBP, PTR, PAID + " (Public Accounts Committee chairman)", occ=3),
            V("hundreds of millions", 200e6, 900e6, GBP, RSC, SCHEME + " (squandered by the previous government; Home Office spokesman)"),
            L("more than 35,000", 35000, MT, P, "returns", "July 2025 to July 2026 (the past year; Home Office spokesman)"),
        ]),
    "07-the-machair-herald-highland-islands-councils-migrants": dict(
        meta=dict(url="https://www.machairherald.example/news/highlands-islands/island-councils-plead-for-more-migrants-western-isles-population-shrinks-4417092",
                  title="Island councils plead for more migrants as Western Isles population shrinks again",
                  publisher="The Machair Herald", author="Catriona MacIver-Adeyemi", published_date="2026-09-30"),
        labels=[
            L("4.8%", -4.8, E, PCT, "population_change", "mid-2015 to mid-2025 (in a decade; standfirst)", geo=WI),
            L("25,940", 25940, E, P, "population", M25 + " (National Records of Scotland)", geo=WI),
            L("4.8 per cent", -4.8, E, PCT, "population_change", "mid-2015 to mid-2025 (a decade earlier)", geo=WI),
            L("27,250", 27250, E, P, "population", "mid-2015 (a decade earlier)", geo=WI),
            L("382", 382, E, P, "births", YM25, geo=WI),
            L("751", 751, E, P, "deaths", YM25, geo=WI),
            L("nearly twice", 2, ALM, RATIO, "deaths_to_births_ratio", YM25, geo=WI),
            L("0.5 per cent", 0.5, E, PCT, "population_change", YM25, geo="Highland"),
            L("238,900", 238900, E, P, "population", M25, geo="Highland"),
            L("1,240", -1240, E, P, "population_natural_change", YM25 + " (deaths exceeded births)", geo="Highland"),
            L("85,600", 85600, E, P, "population", M25, geo="Argyll and Bute"),
            L("9 per cent", -9, E, PCT, "population_projection_change", "mid-2025 to 2043 (projected)", geo="Argyll and Bute"),
            L("22,180", 22180, E, P, "population", M25, geo="Orkney"),
            L("22,940", 22940, E, P, "population", M25, geo="Shetland"),
            L("41,300", 41300, E, P, "population_growth", YM25, geo=SC),
            L("5.57 million", 5.57e6, E, P, "population", M25, geo=SC),
            L("10,600", -10600, E, P, "population_natural_change", YM25 + " (deaths outnumbered births)", geo=SC),
            L("36,700", 36700, E, P, "net_migration_overseas", YM25, geo=SC),
            L("15,200", 15200, E, P, "net_migration_rest_of_uk", YM25, geo=SC),
            L("1,000", 1000, E, P, "rural_visa_pilot_places_proposed", "per year (proposed pilot; five councils' joint letter)", geo=HI),
            L("a fifth", -20, E, PCT, "population_working_age_projection_change", "mid-2025 to 2043 (on course; five councils' joint letter)", geo=WI),
            L("about 6,500", 6500, AP, VAC, "job_vacancies_hard_to_fill", "September 2026 (employers across the region; five councils' joint letter)", geo=HI),
            L("24,000", 24000, E, HOMES, "housing_need", "2026-2036 (new homes over the next decade; Highland Council estimate)", geo="Highland"),
            L("Roughly one in three", THIRD, AP, PCT, "internal_migration_share_school_leavers_leaving", "September 2026 (go to the mainland and do not come back; Comhairle nan Eilean Siar leader)", geo=WI),
            L("24", 24, E, COUNCILS, "council_areas_natural_decrease", "year to mid-2025 (Scottish migration minister)", ctx="In 24 of our 32", geo=SC),
            L("more than two-thirds", -200 / 3, MT, PCT, NM + "_change", "latest estimate vs the 2023 high (year ending March 2023; UK Government spokesperson)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
