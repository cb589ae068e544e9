#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-fifty-fourth hand-labelled hold-out set (holdout154).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, THIRD, SIXTH, EW,
                        E, AP, MT, AL, LT, AM, ALM, SBA, NM, AC, RSC)

UK, ENG, WAL, FR = "UK", "England", "Wales", "France"
WEEKS, LICS, AGRS, VISITS = "other:weeks", "other:licences", "other:agreements", "other:visits"
TWO3 = 200 / 3

# 01 (Friday 21 August 2026; Home Office asylum statistics released Thursday 20 August 2026 for the year ending June
# 2026; Ministry of Justice tribunal statistics published in June 2026 for April 2025 to March 2026)
HO1 = "Home Office statistics released Thursday 20 August 2026"
YJ26 = "July 2025 to June 2026 (the year ending June 2026; " + HO1
YJ25 = "July 2024 to June 2025 (twelve months earlier; " + HO1 + ")"
MOJ1 = "Ministry of Justice tribunal statistics published June 2026"
FY26 = "April 2025 to March 2026 (the 12 months to March; " + MOJ1
GSI = "asylum_grants_share_initial_decisions"
ASA = "asylum_appeals_share_allowed"
HLT = "Harbourlight Legal Trust"
MQA = "Marisol Quennell-Adeyemi, Harbourlight Legal Trust"
HOS1 = "a Home Office spokesperson"

# 02 (Tuesday 13 October 2026; Home Office data published Monday 12 October 2026 for the year to June 2026)
HO2 = "Home Office data published Monday 12 October 2026"
YJ2 = "July 2025 to June 2026 (the year to June; " + HO2
CTC = "small_boat_arrivals_claiming_to_be_children"
SFA = "asylum_age_disputes_share_found_adult"
SHS2 = "Rupert Fairclough-Venn, shadow home secretary"
CUC = "council_unaccompanied_children_cost"

# 03 (Thursday 16 July 2026; ONS mid-2025 population estimates issued Wednesday 15 July 2026)
NFK = "Norfolk"
ONS3 = "ONS mid-year estimates issued Wednesday 15 July 2026"
Y3 = "July 2024 to June 2025 (the year ending June 2025; " + ONS3 + ")"
M25 = "30 June 2025 (mid-2025; " + ONS3 + ")"
MAD = "Cllr Martin Ashworth-Delaney, Norfolk County Council"

# 04 (Saturday 7 March 2026; Home Office figures published Thursday 26 February 2026 for 2025)
HO4 = "Home Office figures published Thursday 26 February 2026"
Y4 = "January to December 2025 (" + HO4 + ")"
OIOO = "August 2025 to end of February 2026 (since the one-in, one-out pilot started last August"
CWA = "Dr Corinna Whitlock-Amadi, Centre for Borders Research"

# 05 (Thursday 21 May 2026; ONS provisional migration estimates for 2025 published Thursday 21 May 2026)
ONS5 = "ONS provisional estimates published Thursday 21 May 2026"
Y5 = "January to December 2025 (last year; " + ONS5 + ")"
Y5B = "January to December 2024 (revised; " + ONS5 + ")"
HSEC = "the Home Secretary"
JOL = "Dr Jasmine Okwuosa-Lindqvist, Centre for Population Futures"

# 06 (Monday 14 September 2026; written answer to Elin Rhys-Kamara MP last week; Home Office statistics for 30 June 2026)
WA = "written parliamentary answer to Elin Rhys-Kamara MP, week of 7 September 2026"
FY6 = "April 2025 to March 2026 (2025/26; " + WA
J26 = "30 June 2026 (the end of June; Home Office statistics"
ASP = "asylum_support_population"
ERK = "Elin Rhys-Kamara MP"
WLGA = "Welsh Local Government Association"

# 07 (Wednesday 4 November 2026; Home Office figures for the year to June 2026)
YJ7 = "July 2025 to June 2026 (the year to June; Home Office figures"
YJ7B = "July 2024 to June 2025 (the previous 12 months; Home Office figures)"
FY7 = "April 2025 to March 2026 (2025-26"
SLR = "sponsor_licences_revoked"
SCR = "skills_charge_receipts"
NBS = "Nikhil Barraclough-Sefton, Harcastle Logistics"
ASE = "Association of Skilled Employers survey published Tuesday 3 November 2026"
ICM = "Isabel Croft-Mensah, Fernleigh Economics"

ARTICLES = {
    "01-the-fairwind-asylum-grant-rates-tribunal-appeals": dict(
        meta=dict(url="https://www.thefairwind.example/uk-news/2026/aug/21/asylum-grant-rate-falls-tribunal-overturns-nearly-half-of-refusals",
                  title="Fewer than half of asylum claims now succeed first time, yet judges overturn nearly half of refusals",
                  publisher="The Fairwind", author="Tamsin Okafor-Brightwell", published_date="2026-08-21"),
        labels=[
            L("Fewer than half", 50, LT, PCT, GSI, YJ26 + "; now, at the first decision; headline)"),
            L("nearly half", 50, ALM, PCT, ASA, FY26 + "; judges overturn, of refusals; headline)", ctx="overturn nearly half"),
            L("41%", 41, E, PCT, GSI, YJ26 + "; the initial grant rate; standfirst)", occ=0),
            L("47%", 47, E, PCT, ASA, FY26 + "; standfirst)", occ=0),
            L("nearly half", 50, ALM, PCT, ASA, FY26 + "; of those who challenge a refusal in front of a judge; first sentence)", ctx="but nearly half of those"),
            L("117,650", 117650, E, P, "asylum_initial_decisions", YJ26 + "; first decisions)"),
            L("41%", 41, E, PCT, GSI, YJ26 + ")", occ=1),
            L("52%", 52, E, PCT, GSI, YJ25),
            L("16%", -16, E, PCT, "asylum_grants_change", "year ending June 2026 vs year ending June 2025 (fell; " + HO1 + ")"),
            L("48,240", 48240, E, P, "asylum_grants", YJ26 + ")"),
            L("a third", THIRD, E, PCT, "asylum_refusals_change", "year ending June 2026 vs year ending June 2025 (went up by; " + HO1 + ")", ctx="up by a third"),
            L("69,410", 69410, E, P, "asylum_refusals", YJ26 + ")"),
            L("95%", 95, E, PCT, GSI + "_afghan", "before spring 2025 (slid from, before caseworkers were issued with tougher guidance; " + HO1 + ")"),
            L("38%", 38, E, PCT, GSI + "_afghan", YJ26 + "; slid to)"),
            L("3%", 3, E, PCT, GSI + "_albanian", YJ26 + "; only)"),
            L("24,900", 24900, E, P, "asylum_claims_withdrawn", YJ26 + ")"),
            L("nearly double", 2, ALM, RATIO, "asylum_claims_withdrawn_ratio", "year ending June 2026 vs year ending June 2025 (the number a year before; " + HO1 + ")"),
            L("47%", 47, E, PCT, ASA, FY26 + "; of the asylum appeals they determined)", occ=1),
            L("39%", 39, E, PCT, ASA, "April 2023 to March 2024 (2023/24; " + MOJ1 + ")"),
            L("14,660", 14660, E, P, "asylum_appeals_allowed", FY26 + ")", occ=0),
            L("31,190", 31190, E, P, "asylum_appeals_determined", FY26 + "; heard to a conclusion)"),
            L("About one in five", 20, AP, PCT, "asylum_appeals_allowed_share_human_rights_grounds", FY26 + "; of the successful appellants)"),
            L("nearly tripled", 3, ALM, RATIO, "asylum_appeals_lodged_ratio", "April 2025 to March 2026 vs April 2023 to March 2024 (over two years; " + MOJ1 + ")"),
            L("52,300", 52300, E, P, "asylum_appeals_lodged", FY26 + ")"),
            L("71,800", 71800, E, P, "asylum_backlog_appeals", "31 March 2026 (by the close of March, the tribunal's queue; " + MOJ1 + ")"),
            L("38,600", 38600, E, P, "asylum_backlog_appeals_change", "31 March 2026 vs 31 March 2025 (higher than a year earlier; " + MOJ1 + ")"),
            L("49 weeks", 49, E, WEEKS, "asylum_appeal_wait_average", "2026 (now; an average, for a hearing)"),
            L("about four in five", 80, AP, PCT, "asylum_refusals_share_appealed", "2026 (now; estimate of the " + HLT + ")"),
            L("roughly £2,300", 2300, AP, GBP, "asylum_appeal_cost", "per case (tribunal and Home Office legal costs; " + HLT + ")"),
            L("more than £70m", 70000000, MT, GBP, "asylum_appeals_cost_total", "per year (the bill for appeals; " + HLT + ")"),
            L("close to half", 50, ALM, PCT, ASA, FY26 + "; of refusals overturned by an independent judge; " + MQA + ")"),
            L("14,660", 14660, E, P, "asylum_appeals_allowed", FY26 + "; every one of those; " + MQA + ")", occ=1),
            L("58,200", 58200, E, P, "asylum_backlog", "30 June 2026 (first-instance claims still undecided; " + HOS1 + ")"),
            L("less than half", 0.5, LT, RATIO, "asylum_backlog_ratio", "30 June 2026 vs June 2024 (its level two years earlier; " + HOS1 + ")"),
            L("420", 420, E, P, "home_office_presenting_officers_recruited", "October 2025 to August 2026 (since last October; the Home Office)"),
        ]),
    "02-daily-muster-small-boat-child-age-claims": dict(
        meta=dict(url="https://www.dailymuster.example/news/article-14020736/Two-three-Channel-migrants-said-children-adults-checks-reveal.html",
                  title="Two in three Channel migrants who said they were children were adults, checks reveal",
                  publisher="Daily Muster", author="Gideon Hartshorne-Bligh", published_date="2026-10-13"),
        labels=[
            L("Two in three", TWO3, E, PCT, SFA, YJ2 + "; of age disputes resolved; headline)"),
            L("4,870", 4870, E, P, CTC, YJ2 + "; claimed to be under 18; standfirst)", occ=0),
            L("27 per cent", 27, E, PCT, CTC + "_change", "year to June 2026 vs the previous 12 months (up; standfirst)", occ=0),
            L("2,310", 2310, E, P, "asylum_age_disputes_resolved", YJ2 + "; settled; standfirst)", occ=0),
            L("1,540", 1540, E, P, "asylum_age_disputes_found_adult", YJ2 + "; standfirst)", occ=0),
            L("£312million", 312000000, E, GBP, CUC, "April 2025 to March 2026 (2025/26; caring for lone child migrants; standfirst)", occ=0, geo=ENG),
            L("Two-thirds", TWO3, E, PCT, SFA, YJ2 + "; of those whose claims were challenged)", occ=0),
            L("4,870", 4870, E, P, CTC, YJ2 + "; told officials in Dover they were under 18)", occ=1),
            L("27 per cent", 27, E, PCT, CTC + "_change", "year to June 2026 vs the previous 12 months (up)", occ=1),
            L("nearly three times", 3, ALM, RATIO, CTC + "_ratio", "year to June 2026 vs 2021 (as many as in 2021)"),
            L("roughly one in eight", 12.5, AP, PCT, "small_boat_arrivals_share_claiming_to_be_children", YJ2 + ")"),
            L("38,940", 38940, E, P, SBA, YJ2 + "; landed in small boats during that time)"),
            L("one in 12", 100 / 12, E, PCT, "small_boat_arrivals_share_claiming_to_be_children", "year to June 2024 (two years ago)"),
            L("3,460", 3460, E, P, "asylum_age_disputes", YJ2 + "; officials disputed the ages)"),
            L("2,310", 2310, E, P, "asylum_age_disputes_resolved", YJ2 + "; resolved so far)", occ=1),
            L("1,540", 1540, E, P, "asylum_age_disputes_found_adult", YJ2 + ")", occ=1),
            L("67 per cent", 67, E, PCT, SFA, YJ2 + ")"),
            L("1,150", 1150, E, P, "asylum_age_disputes_pending", "October 2026 (remain unresolved; " + HO2 + ")"),
            L("at least 26", 26, AL, P, "age_disputed_adults_enrolled_in_schools", YJ2 + "; later found to be adults)"),
            L("£312million", 312000000, E, GBP, CUC, "April 2025 to March 2026 (2025/26; on unaccompanied asylum-seeking children)", occ=1, geo=ENG),
            L("£58.6million", 58600000, E, GBP, CUC, "April 2025 to March 2026 (2025/26; Kent alone)", geo="Kent"),
            L("£143", 143, E, GBP, "home_office_funding_uasc_per_night", "2026 (per night, for each child; reimbursed by the Home Office)"),
            L("as much as £5,500", 5500, AM, GBP, "children_residential_placement_cost_weekly", "2026 (per week, a specialist placement; town halls)", geo=ENG),
            L("Two-thirds", TWO3, E, PCT, SFA, YJ2 + "; of those checked were lying; " + SHS2 + ")", occ=1),
            L("more than a quarter", 25, MT, PCT, CTC + "_change", "year to June 2026 vs the year before (soared by, in a year; " + SHS2 + ")"),
            V("thousands", 2000, 9000, GBP, "age_dispute_false_claim_cost", "per false claim (costs the taxpayer; Harriet Coldwell-Nash MP)"),
            L("412", 412, E, P, "age_disputed_children_placed_in_adult_accommodation", "January to December 2025 (last year; genuine children sent to adult hotels; Lantern Children's Network)"),
            L("doubled", 2, E, RATIO, "national_age_assessment_board_staff_ratio", "2026 (in size this year; a Home Office spokesman)"),
            L("84", 84, E, P, "national_age_assessment_board_staff", "October 2026 (social workers; a Home Office spokesman)"),
        ]),
    "03-swaffham-swift-norfolk-district-population-estimates": dict(
        meta=dict(url="https://www.swaffhamswift.example/news/norfolk/norfolk-population-nearly-950000-ons-mid-year-estimates-8841276",
                  title="Norfolk population nearly 950,000 as arrivals from abroad and London make up for falling births",
                  publisher="Swaffham Swift", author="Eloise Hambling-Okoro", published_date="2026-07-16"),
        labels=[
            L("nearly 950,000", 950000, ALM, P, "population", M25 + "; headline)", geo=NFK),
            L("1.5%", 1.5, E, PCT, "population_change", Y3[:-1] + "; expanding fastest; standfirst)", geo="Norwich"),
            L("1.1%", 1.1, E, PCT, "population_change", Y3[:-1] + "; caption)", geo="Breckland"),
            L("948,700", 948700, E, P, "population", M25, geo=NFK),
            L("8,120", 8120, E, P, "population_growth", Y3, geo=NFK),
            L("0.9%", 0.9, E, PCT, "population_change", Y3, geo=NFK),
            L("0.8%", 0.8, E, PCT, "population_change", Y3, geo=EW),
            L("62.3 million", 62300000, E, P, "population", M25, geo=EW),
            L("4,230", -4230, E, P, "population_natural_change", Y3[:-1] + "; deaths outnumbered births by)", geo=NFK),
            L("12,420", 12420, E, P, "deaths", Y3, geo=NFK),
            L("8,190", 8190, E, P, "births", Y3, geo=NFK),
            L("Some 11,300", 11300, AP, P, "immigration", Y3[:-1] + "; moved to the county from abroad)", geo=NFK),
            L("4,850", 4850, E, P, "emigration", Y3[:-1] + "; moved overseas)", geo=NFK),
            L("6,450", 6450, E, P, "net_migration_international", Y3[:-1] + "; better off)", geo=NFK),
            L("5,900", 5900, E, P, "internal_migration_net", Y3[:-1] + "; a further net, from elsewhere in the UK)", geo=NFK),
            L("just over half", 50, MT, PCT, "net_migration_share_international", Y3[:-1] + "; of the county's net gain from moves)", geo=NFK),
            L("1,340", 1340, E, P, "population_revision", "30 June 2024 (mid-2024; revised up by; " + ONS3 + ")", geo=NFK),
            L("940,580", 940580, E, P, "population", "30 June 2024 (mid-2024, revised; " + ONS3 + ")", geo=NFK),
            L("about 2,190", 2190, AP, P, "population_growth", Y3[:-1] + "; grew fastest, adding)", geo="Norwich"),
            L("148,200", 148200, E, P, "population", M25, geo="Norwich"),
            L("Nearly half", 50, ALM, PCT, "net_migration_international_share_norwich", Y3[:-1] + "; of Norfolk's net international migration)", geo=NFK),
            L("2,940", 2940, E, P, "net_migration_international", Y3[:-1] + "; to the city)", geo="Norwich"),
            L("1.3%", 1.3, E, PCT, "population_change", Y3, geo="South Norfolk"),
            L("157,500", 157500, E, P, "population", M25[:-1] + "; the county's most populous district)", geo="South Norfolk"),
            L("156,400", 156400, E, P, "population", M25, geo="King's Lynn and West Norfolk"),
            L("145,300", 145300, E, P, "population", M25, geo="Breckland"),
            L("135,900", 135900, E, P, "population", M25, geo="Broadland"),
            L("90", -90, E, P, "population_growth", Y3[:-1] + "; the only district to shrink, losing)", geo="Great Yarmouth"),
            L("100,800", 100800, E, P, "population", M25, geo="Great Yarmouth"),
            L("104,600", 104600, E, P, "population", M25, geo="North Norfolk"),
            L("More than a third", THIRD, MT, PCT, "population_share_aged_65_and_over", M25, geo="North Norfolk"),
            L("55.8", 55.8, E, "years", "population_median_age", M25, geo="North Norfolk"),
            L("about one in four", 25, AP, PCT, "population_share_aged_65_and_over", M25, geo=NFK),
            L("£1.4 million", 1400000, E, GBP, "council_adult_social_care_cost", "per day (2026; " + MAD + ")", geo=NFK),
        ]),
    "04-signalfire-news-returns-agreements-explainer": dict(
        meta=dict(url="https://news.signalfire.example/who-will-take-them-back-britains-returns-deals-explained-13489021",
                  title="Who will take them back? Britain's returns deals explained - and how many people are actually removed",
                  publisher="Signalfire News", author="Femi Castellane-Rowe", published_date="2026-03-07"),
        labels=[
            L("36,240", 36240, E, P, "returns", Y4, occ=0),
            L("14", 14, E, AGRS, "returns_agreements_signed", "2020 to March 2026 (signed since 2020; the House of Commons Library)"),
            L("36,240", 36240, E, P, "returns", Y4, occ=1),
            L("13%", 13, E, PCT, "returns_change", "2025 vs 2024 (more than in 2024; " + HO4 + ")"),
            L("9,870", 9870, E, P, "returns_enforced", Y4),
            L("a fifth", 20, E, PCT, "returns_enforced_change", "2025 vs 2024 (a rise of; " + HO4 + ")", ctx="a rise of a fifth"),
            L("nearly three-quarters", 75, ALM, PCT, "returns_share_voluntary", Y4[:-1] + "; the remainder, left voluntarily)"),
            L("up to £3,000", 3000, AM, GBP, "voluntary_return_payment", "2026 (a resettlement grant)"),
            L("5,430", 5430, E, P, "returns_foreign_national_offenders", Y4),
            L("roughly 15%", 15, AP, PCT, "returns_share_foreign_national_offenders", Y4),
            L("6,180", 6180, E, P, "returns", "January to December 2025 (last year, under the agreement signed in December 2022; " + HO4 + ")", geo="Albania"),
            L("about one in six", SIXTH, AP, PCT, "returns_share_albania", Y4[:-1] + "; of all returns)"),
            L("more than 12,000", 12000, MT, P, "small_boat_arrivals_albanian", "January to December 2022"),
            L("fewer than 500", 500, LT, P, "small_boat_arrivals_albanian", "January to December 2025"),
            L("almost doubled", 2, ALM, RATIO, "returns_ratio", "2025 vs 2024 (returns to Vietnam)", geo="Vietnam"),
            L("1,420", 1420, E, P, "returns", Y4, geo="Vietnam"),
            L("610", 610, E, P, "returns", Y4[:-1] + "; under a deal signed in the summer)", geo="Iraq"),
            L("nearly four times", 4, ALM, RATIO, "returns_ratio", "2025 vs 2024 (returns to Iraq, the number for 2024)", geo="Iraq"),
            L("1,380", 1380, E, P, "returns", OIOO + "; France had taken back)", geo=FR),
            L("some 27,500", 27500, AP, P, SBA, OIOO + "; over the same period)"),
            L("roughly one in 20", 5, AP, PCT, "returns_share_of_small_boat_arrivals", OIOO + "; arrivals sent back)", geo=FR),
            L("1,290", 1290, E, P, "uk_france_legal_route_arrivals", OIOO + "; admitted from France in exchange)"),
            L("about £715m", 715000000, AP, GBP, RSC, "April 2022 to July 2024 (by then, when Labour cancelled the partnership)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (only four people, all volunteers, had gone to Kigali)", ctx="only four people"),
            L("Two-thirds", TWO3, E, PCT, "returns_enforced_share_top_five_countries", "2025 (still go to just five countries; " + CWA + ")"),
            L("more than 40,000", 40000, MT, P, "appeal_rights_exhausted_remaining_in_uk", "2025 (last year; the National Audit Office)"),
            L("more than 57,000", 57000, MT, P, "returns", "July 2024 to March 2026 (since July 2024; a Home Office spokesperson)"),
        ]),
    "05-wigton-wren-pa-net-migration-nationality": dict(
        meta=dict(url="https://www.wigtonwren.example/news/uk-world/net-migration-more-than-halves-to-171000-as-fewer-arrive-for-work-and-study-5590312",
                  title="Net migration more than halves to 171,000 as fewer arrive for work and study",
                  publisher="Wigton Wren", author="Hollis Pemberton-Akande", published_date="2026-05-21"),
        labels=[
            L("more than halves", -50, MT, PCT, NM + "_change", "2025 vs 2024 (headline)"),
            L("171,000", 171000, E, P, NM, Y5[:-1] + "; headline)", occ=0),
            L("more than half", -50, MT, PCT, NM + "_change", "2025 vs 2024 (cut by; " + ONS5 + ")", occ=0),
            L("171,000", 171000, E, P, NM, Y5, occ=1),
            L("below a fifth", 0.2, LT, RATIO, NM + "_ratio", "2025 vs the year to June 2023 (of the 944,000 record; " + ONS5 + ")"),
            L("944,000", 944000, E, P, NM, "July 2022 to June 2023 (the record set in the year to June 2023; " + ONS5 + ")"),
            L("33,000", -33000, E, P, NM + "_revision", "January to December 2024 (revised down by; " + ONS5 + ")"),
            L("398,000", 398000, E, P, NM, Y5B),
            L("some 812,000", 812000, AP, P, "immigration", Y5[:-1] + "; long-term immigration)"),
            L("a fifth", -20, E, PCT, "immigration_change", "2025 vs 2024 (down; " + ONS5 + ")", ctx="down a fifth"),
            L("641,000", 641000, E, P, "emigration", Y5),
            L("27,000", 27000, E, P, "emigration_change", "2025 vs 2024 (an increase of; " + ONS5 + ")"),
            L("642,000", 642000, E, P, "immigration_non_eu", Y5),
            L("318,000", 318000, E, P, "emigration_non_eu", Y5),
            L("324,000", 324000, E, P, "net_migration_non_eu", Y5),
            L("Roughly 40%", 40, AP, PCT, "emigration_non_eu_share_former_study", Y5[:-1] + "; had originally held study visas)"),
            L("127,000", 127000, E, P, "emigration_eu", Y5),
            L("77,000", 77000, E, P, "immigration_eu", Y5),
            L("50,000", -50000, E, P, "net_migration_eu", Y5[:-1] + "; a net outflow of)"),
            L("196,000", 196000, E, P, "emigration_british", Y5[:-1] + "; an estimated)"),
            L("93,000", 93000, E, P, "immigration_british", Y5[:-1] + "; came back)"),
            L("103,000", -103000, E, P, "net_migration_british_nationals", Y5[:-1] + "; a net loss of)"),
            L("just over one in five", 20, MT, PCT, "immigration_share_british_and_eu", Y5[:-1] + "; Britons and EU nationals together, of all arrivals)"),
            L("41%", -41, E, PCT, "immigration_work_non_eu_change", "2025 vs 2024 (dropped by; " + ONS5 + ")"),
            L("148,000", 148000, E, P, "immigration_work_non_eu", Y5),
            L("89,000", 89000, E, P, "immigration_non_eu_india", Y5),
            L("61,000", 61000, E, P, "immigration_non_eu_china", Y5, ctx="on 61,000"),
            L("a third", -THIRD, E, PCT, "immigration_non_eu_nigeria_change", "2025 vs 2024 (Nigerian arrivals down; " + ONS5 + ")", ctx="down a third"),
            L("29,000", 29000, E, P, "immigration_non_eu_nigeria", Y5),
            L("about 61,000", 61000, AP, P, "immigration_humanitarian", Y5[:-1] + "; humanitarian routes)"),
            L("almost four times", 4, ALM, RATIO, NM + "_ratio", "the year to June 2024 (the net figure inherited) vs 2025 (what it is today; " + HSEC + ")"),
            L("more than half", -50, MT, PCT, NM + "_change", "2025 vs 2024 (cut it by, in one year; " + HSEC + ")", occ=1),
            L("171,000", 171000, E, P, NM, "January to December 2025 (every single year; Rupert Fairclough-Venn, shadow home secretary)", occ=2),
            L("Nearly 200,000", 200000, ALM, P, "emigration_british", "January to December 2025 (British citizens who left last year; " + JOL + ")"),
        ]),
    "06-cwmbran-cormorant-asylum-support-cost-wales": dict(
        meta=dict(url="https://www.cwmbrancormorant.example/news/senedd/cost-of-housing-asylum-seekers-in-wales-jumps-to-1186m-4417093",
                  title="Cost of housing asylum seekers in Wales jumps to £118.6m",
                  publisher="Cwmbran Cormorant", author="Carwyn Pryce-Adebayo", published_date="2026-09-14"),
        labels=[
            L("£118.6m", 118600000, E, GBP, AC, FY6 + "; headline)", occ=0, geo=WAL),
            L("22%", 22, E, PCT, AC + "_change", "2025/26 vs 2024/25 (spending up, in a year; standfirst)", occ=0, geo=WAL),
            L("more than 1,200", 1200, MT, P, ASP, "September 2026 (housed in Cardiff; caption)", geo="Cardiff"),
            L("£118.6m", 118600000, E, GBP, AC, FY6 + "; housing and supporting asylum seekers)", occ=1, geo=WAL),
            L("22%", 22, E, PCT, AC + "_change", "2025/26 vs 2024/25 (more than; " + WA + ")", occ=1, geo=WAL),
            L("£97.2m", 97200000, E, GBP, AC, "April 2024 to March 2025 (2024/25; " + WA + ")", geo=WAL),
            L("roughly £39,000", 39000, AP, GBP, "asylum_cost_per_person_per_year", FY6 + "; per year, for each person supported)", geo=WAL),
            L("about £108", 108, AP, GBP, "asylum_cost_per_person_per_day", FY6 + "; per day, for each person supported)", geo=WAL),
            L("3.1k", 3100, E, P, ASP, J26 + "; at a glance box)", geo=WAL),
            L("£118.6m", 118600000, E, GBP, AC, FY6 + "; at a glance box)", occ=2, geo=WAL),
            L("c. £108", 108, AP, GBP, "asylum_cost_per_person_per_day", FY6 + "; per day; at a glance box)", geo=WAL),
            L("98%", 98, E, PCT, "asylum_support_population_share_four_dispersal_areas", J26 + "; at a glance box)", occ=0, geo=WAL),
            L("3,110", 3110, E, P, ASP, J26 + ")", geo=WAL),
            L("6%", 6, E, PCT, ASP + "_change", "30 June 2026 vs 30 June 2025 (up; Home Office statistics)", geo=WAL),
            L("2,930", 2930, E, P, ASP, "30 June 2025 (twelve months before; Home Office statistics)", geo=WAL),
            L("about 3%", 3, AP, PCT, "asylum_support_population_share_wales", J26 + "; of everyone supported across Britain)"),
            L("almost 5%", 5, ALM, PCT, "population_share_wales_of_uk", "2026 (of the UK population lives here)"),
            L("1,260", 1260, E, P, ASP, J26 + ")", geo="Cardiff"),
            L("820", 820, E, P, ASP, J26 + ")", geo="Swansea"),
            L("640", 640, E, P, ASP, J26 + ")", geo="Newport"),
            L("330", 330, E, P, ASP, J26 + ")", geo="Wrexham"),
            L("98%", 98, E, PCT, "asylum_support_population_share_four_dispersal_areas", J26 + "; between them)", occ=1, geo=WAL),
            L("38", 38, E, P, ASP, "September 2026 (housed in asylum accommodation; Torfaen council)", geo="Torfaen"),
            L("Almost two in five", 40, ALM, PCT, "asylum_support_population_share_awaiting_appeal", "September 2026 (waiting for an appeal; the Home Office)", geo=WAL),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "2026 (per person each week, self-catering properties)"),
            L("More than £118 million", 118000000, MT, GBP, AC, "April 2025 to March 2026 (last year, went out of the door; " + ERK + ")", geo=WAL),
            L("£9.7m", 9700000, E, GBP, "council_asylum_cost", "April 2025 to March 2026 (2025/26; councils' own money; " + WLGA + ")", geo=WAL),
            L("a third", THIRD, E, PCT, "council_asylum_cost_change", "2025/26 vs 2024/25 (up by; " + WLGA + ")", ctx="up by a third", geo=WAL),
            L("£750", 750, E, GBP, "council_asylum_grant_per_dispersal_bed", "2025/26 (a one-off grant per new dispersal bed; " + WLGA + ")"),
            L("£4.2m", 4200000, E, GBP, "welsh_government_sanctuary_funding", "2026/27 (this year; a Welsh Government spokesperson)", geo=WAL),
            L("more than £700m", -700000000, MT, GBP, AC + "_change", "July 2024 to September 2026 (taken out of the UK-wide asylum support bill; the Home Office)"),
        ]),
    "07-the-moneyline-skills-charge-sponsor-licences-revoked": dict(
        meta=dict(url="https://www.themoneyline.example/content/7c41d2e8-skills-charge-sponsor-licence-revocations",
                  title="Home Office doubles down on sponsor crackdown as skills charge haul tops £740mn",
                  publisher="The Moneyline", author="Aurelia Stanhope-Nwosu", published_date="2026-11-04"),
        labels=[
            L("tops £740mn", 740000000, MT, GBP, SCR, FY7 + "; headline)"),
            L("almost twice", 2, ALM, RATIO, SLR + "_ratio", "year to June 2026 vs year to June 2025 (last year's level; standfirst)", occ=0),
            L("2,140", 2140, E, LICS, SLR, YJ7 + "; employers stripped of their right to sponsor)"),
            L("almost twice", 2, ALM, RATIO, SLR + "_ratio", "year to June 2026 vs year to June 2025 (as many as a year earlier)", occ=1),
            L("1,120", 1120, E, LICS, SLR, YJ7B),
            L("1,480", 1480, E, LICS, SLR + "_care_providers", YJ7 + "; of the latest total)"),
            L("more than two-thirds", TWO3, MT, PCT, SLR + "_share_care_providers", YJ7 + ")"),
            L("£742mn", 742000000, E, GBP, SCR, FY7 + ")"),
            L("21 per cent", 21, E, PCT, SCR + "_change", "2025-26 vs 2024-25 (up, on the year before)"),
            L("about £1.1bn", 1100000000, AP, GBP, "skills_charge_receipts_forecast", "April 2026 to March 2027 (2026-27; the Treasury expects)"),
            L("32 per cent", 32, E, PCT, "skills_charge_change", "December 2025 (rose by, last December)"),
            L("£1,320", 1320, E, GBP, "skills_charge_large_employers_per_worker", "November 2026 (now; per worker per year)"),
            L("£1,000", 1000, E, GBP, "skills_charge_large_employers_per_worker", "before December 2025 (per worker per year)"),
            L("£480", 480, E, GBP, "skills_charge_small_employers_per_worker", "November 2026 (now; small firms and charities, per worker per year)"),
            L("£364", 364, E, GBP, "skills_charge_small_employers_per_worker", "before December 2025 (per worker per year)"),
            L("7 per cent", -7, E, PCT, "sponsor_licences_change", "30 June 2026 vs 30 June 2025 (fell)"),
            L("118,600", 118600, E, LICS, "sponsor_licences", "30 June 2026 (organisations holding a licence at the end of June)"),
            L("127,500", 127500, E, LICS, "sponsor_licences", "30 June 2025 (from)"),
            L("Around 1.2mn", 1200000, AP, P, "sponsored_work_visa_holders_and_dependants", "November 2026 (now; Home Office data)"),
            L("61,400", 61400, E, P, "visas_granted_skilled_worker", YJ7 + "; main applicants, over the same twelve months)"),
            L("38 per cent", -38, E, PCT, "visas_granted_skilled_worker_change", "year to June 2026 vs year to June 2025 (a drop)"),
            L("£41,700", 41700, E, GBP, "skilled_worker_salary_threshold", "2026 (the general salary floor, after the increase)"),
            L("about 1,750", 1750, AP, P, "firm_sponsored_workers", "November 2026 (drivers and warehouse staff; " + NBS + ")"),
            L("roughly £2.3mn", 2300000, AP, GBP, "firm_skills_charge_bill", "per year (in the levy; " + NBS + ")"),
            L("27 per cent", 27, E, PCT, "employers_share_planning_to_sponsor_fewer_workers", "2027 (planned; of 712 sponsoring employers polled; " + ASE + ")"),
            L("One in five", 20, E, PCT, "employers_planning_fewer_sponsorships_share_citing_skills_charge", "2026 (of those, cited the skills charge as the main reason; " + ASE + ")"),
            L("about 39,000", 39000, AP, P, "care_workers_sponsored_by_revoked_providers", "2022 to November 2026 (since 2022; the Home Office)"),
            L("9,800", 9800, E, VISITS, "sponsor_compliance_visits", YJ7 + "; enforcement visits)"),
            L("5,600", 5600, E, VISITS, "sponsor_compliance_visits", YJ7B),
            L("a quarter", -25, E, PCT, "skills_charge_receipts_projection_change", "2026-27 to 2028 (could fall by, by 2028; " + ICM + ")", ctx="fall by a quarter"),
            L("at least £250mn", 250000000, AL, GBP, "skills_charge_receipts_projected_shortfall", "per year, by 2028 (a hole in the Treasury's sums; " + ICM + ")"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
