#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-fifty-third hand-labelled hold-out set (holdout153).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, PPB, RATIO, HOTELS, THIRD, SIXTH, EW,
                        E, AP, MT, AL, LT, AM, ALM, SBA, AC, HOT, PTR, RSC, RSP)

UK, ENG, SCO, FR, EU = "UK", "England", "Scotland", "France", "EU"
HH, PER10K, AREAS = "other:households", "other:persons_per_10000_residents", "other:council_areas"
VIEWS, FOLLOWERS, PROTESTS = "other:views", "other:followers", "other:protests"
DAYS, OCCASIONS = "other:days", "other:occasions"
TWO3 = 200 / 3

# 01 (Tuesday 17 November 2026; one year since the asylum reforms of Monday 17 November 2025; Home Office data to
# Sunday 15 November 2026 and quarterly statistics to September 2026, published Thursday 12 November 2026)
YR = "17 November 2025 to 15 November 2026 (since the reforms were unveiled"
YR0 = "17 November 2024 to 16 November 2025 (the previous 12 months)"
SEL = "5 July 2024 to 15 November 2026 (since Labour took office"
Q26 = "October 2025 to September 2026 (the 12 months to September; Home Office quarterly statistics published Thursday 12 November 2026)"
Q25 = "October 2024 to September 2025 (a year earlier; Home Office quarterly statistics)"
ABS = "Dr Anjali Brannock-Sewell, Harbourlight"
SHS = "the shadow home secretary"
HOS = "a Home Office spokesperson"

# 02 (Tuesday 14 July 2026; a cabinet report for Tuesday 21 July 2026 on 2025/26; Home Office asylum support figures
# for 31 March 2026)
BR, SW = "Bristol", "South West"
FY26 = "April 2025 to March 2026 (2025/26, the last financial year; cabinet report"
M26 = "31 March 2026 (end of March; Home Office figures)"
TOB = "Cllr Tamsin Okafor-Braide, cabinet member for housing"
PHN = "Cllr Piers Hallam-Ncube"
TAC = "council_temporary_accommodation_cost"
RH = "refugees_homeless_after_leaving_asylum_support"
SPP = "asylum_support_population"

# 03 (Thursday 20 August 2026; Home Office quarterly statistics for the year ending June 2026, published that day)
HO3 = "Home Office statistics published Thursday 20 August 2026"
YE = "July 2025 to June 2026 (the year ending June; " + HO3
YE0 = "July 2025 to June 2026 vs July 2024 to June 2025 ("
Q2 = "April to June 2026 (between April and June; " + HO3 + ")"
IA, IDA, PD, ICD = "irregular_arrivals", "inadequately_documented_air_arrivals", "port_detections", "in_country_detections"
SBS = "small_boat_share_of_irregular_arrivals"
OCC = "small_boat_occupancy"

# 04 (Friday 6 March 2026; fact check of a post on X seen since Monday 2 March 2026)
CLAIM = "April 2022 to July 2024 (the claim, a post on X since Monday 2 March 2026"
LIFE = "April 2022 to July 2024 (the scheme's life"
RPC = "rwanda_scheme_cost_per_relocation"
REL = "rwanda_relocations"
NAO = "NAO estimate, March 2024"

# 05 (Monday 7 September 2026; police chiefs' figures for 1 June to 31 August 2026)
SUM = "1 June to 31 August 2026 (this summer; police chiefs' figures"
SUM25 = "1 June to 31 August 2025 (the same three months of 2025; police chiefs' figures)"
PCP = "police_cost_asylum_hotel_protests"
GPA = "Gary Penwarden-Asante, Essex Police Federation"
SPM = "the shadow policing minister"
AAP = "asylum_accommodation_protests"

# 06 (Tuesday 24 February 2026; four years since the invasion of Thursday 24 February 2022)
RF = "Renfrewshire"
HFU = "March 2022 to February 2026 (since March 2022"
SG = "Scottish Government"
SGF = "scottish_government_ukraine_resettlement_funding"
OKR = "Olena Kovalchuk-Reid"

# 07 (Friday 22 May 2026; ONS migration estimates published Thursday 21 May 2026)
ONS = "ONS figures published Thursday 21 May 2026"
YJ25 = "July 2024 to June 2025 (the 12 months to June 2025; " + ONS
Y25 = "January to December 2025 (the year ending December 2025, last year; " + ONS
Y24 = "January to December 2024 (calendar 2024; " + ONS
ER, NMR = "emigration_revision", "net_migration_revision"
NM = "net_migration"

ARTICLES = {
    "01-the-candid-eye-asylum-overhaul-one-year-on": dict(
        meta=dict(url="https://www.thecandideye.example/news/uk/politics/asylum-reforms-one-year-on-channel-crossings-claims-b2871140.html",
                  title="A year on from the asylum shake-up, Channel crossings are down just 8% – and claims have hardly budged",
                  publisher="The Candid Eye", author="Harriet Okonjo-Fenwick", published_date="2026-11-17"),
        labels=[
            L("8%", -8, E, PCT, "small_boat_arrivals_change", YR + " vs the previous 12 months; down; headline)"),
            L("Almost 98,000", 98000, ALM, P, SBA, SEL + "; standfirst)"),
            L("less than a tenth", -10, LT, PCT, "small_boat_arrivals_change", YR + " vs the previous 12 months; fallen by; Home Office data)"),
            L("38,640", 38640, E, P, SBA, YR + "; Home Office data)"),
            L("42,010", 42010, E, P, SBA, YR0),
            L("33,050", 33050, E, P, SBA, "1 January to 15 November 2026 (so far this year)"),
            L("14%", -14, E, PCT, "small_boat_arrivals_change", "1 January to 15 November 2026 vs the same point of 2025 (down)"),
            L("97,820", 97820, E, P, SBA, SEL + "; the running total since 5 July 2024)"),
            L("Some 108,900", 108900, AP, P, "asylum_applications", Q26),
            L("1%", -1, E, PCT, "asylum_applications_change", "October 2025 to September 2026 vs a year before (fewer; Home Office quarterly statistics)"),
            L("Roughly two in five", 40, AP, PCT, "asylum_applications_share_small_boat", Q26),
            L("17%", -17, E, PCT, "asylum_applications_change", "January to June 2026 vs January to June 2025 (dropped; the EU's asylum agency)", geo=EU),
            L("54,300", 54300, E, P, "asylum_backlog", "30 September 2026 (cases waiting for a first decision at the end of September)"),
            L("86,500", 86500, E, P, "asylum_backlog", "30 June 2024 (end of June 2024)"),
            L("39%", 39, E, PCT, "asylum_grant_rate", Q26),
            L("47%", 47, E, PCT, "asylum_grant_rate", Q25),
            L("more than 51,000", 51000, MT, P, "asylum_backlog_appeals", "November 2026 (appeals now stuck at the tribunal)"),
            L("more than 61,000", 61000, MT, P, "returns", "5 July 2024 to November 2026 (left the UK since the election; Home Office)"),
            L("19,400", 19400, E, P, "returns_enforced", "5 July 2024 to November 2026 (enforced returns since the election; Home Office)"),
            L("23%", 23, E, PCT, "returns_enforced_change", "October 2025 to September 2026 vs the year before (rose by)"),
            L("10,480", 10480, E, P, "returns_enforced", "October 2025 to September 2026 (the year to September)"),
            L("2,260", 2260, E, P, "returns_france", "August 2025 to November 2026 (taken back under the one in, one out returns pilot)", geo=FR),
            L("roughly 6%", 6, AP, PCT, "returns_share_of_small_boat_arrivals", "August 2025 to November 2026 returns vs arrivals over the past year (one in, one out pilot)", geo=FR),
            L("164", 164, E, HOTELS, "asylum_hotels_in_use", "November 2026 (remain open; the government)"),
            L("about 400", 400, AP, HOTELS, "asylum_hotels_in_use", "2023 (the peak)"),
            L("26,700", 26700, E, P, HOT, "30 September 2026 (end of September)"),
            L("a fifth", -20, E, PCT, "asylum_hotel_population_change", "30 September 2026 vs 30 September 2025 (fewer)", ctx="only a fifth fewer"),
            L("14,700", 14700, E, P, "asylum_grants", "March to November 2026 (granted protection since March; " + ABS + ")"),
            L("Nearly 100,000", 100000, ALM, P, SBA, "5 July 2024 to November 2026 (on Labour's watch; " + SHS + ")"),
            L("more than 20 years", 20, MT, YEARS, "returns_france_years_to_match_annual_arrivals", "at the current one in, one out rate, for the arrivals of the last 12 months (" + SHS + ")", geo=FR),
            L("almost a quarter", 25, ALM, PCT, "returns_change", "October 2025 to September 2026 vs the year before (returns up; " + HOS + ")"),
            L("more than 230", 230, MT, HOTELS, "asylum_hotels_closed", "2023 to November 2026 (have shut their doors; " + HOS + ")"),
        ]),
    "02-bristol-bascule-asylum-housing-homelessness-bill": dict(
        meta=dict(url="https://www.bristolbascule.example/news/bristol-news/homelessness-bill-52m-asylum-seekers-housed-bristol-rise-10293847",
                  title="Council's homelessness bill hits £52m as asylum seekers housed in Bristol rise 12%",
                  publisher="Bristol Bascule", author="Kerensa Trevithick-Obi", published_date="2026-07-14"),
        labels=[
            L("£52m", 52e6, E, GBP, TAC, FY26 + "; headline)", geo=BR),
            L("12%", 12, E, PCT, SPP + "_change", "31 March 2026 vs 31 March 2025 (rise; headline)", occ=0, geo=BR),
            L("one in six", SIXTH, E, PCT, "homelessness_presentations_share_refugees", FY26 + "; refugees leaving Home Office housing; standfirst)", ctx="for one in six homeless", geo=BR),
            L("£52.3million", 52.3e6, E, GBP, TAC, FY26 + ")", geo=BR),
            L("27%", 27, E, PCT, TAC + "_change", "2025/26 vs 2024/25 (up; cabinet report)", geo=BR),
            L("£34m", 34e6, E, GBP, "council_temporary_accommodation_budget", FY26 + "; set aside)", geo=BR),
            L("£18.3m", 18.3e6, E, GBP, "council_homelessness_budget_overspend", FY26 + "; overshot the budget by)", geo=BR),
            L("1,846", 1846, E, P, SPP, M26, geo=BR),
            L("12%", 12, E, PCT, SPP + "_change", "31 March 2026 vs 31 March 2025 (more than a year earlier; Home Office figures)", occ=1, geo=BR),
            L("512", 512, E, P, HOT, M26, geo=BR),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", M26, ctx="in two hotels", geo=BR),
            L("38.4", 38.4, E, PER10K, "asylum_support_population_per_10000_residents", M26, geo=BR),
            L("almost two and a half times", 2.5, ALM, RATIO, "asylum_support_population_per_10000_residents_ratio", "31 March 2026 (Bristol vs the South West average)", geo=BR),
            L("15.8", 15.8, E, PER10K, "asylum_support_population_per_10000_residents", "31 March 2026 (the South West average)", geo=SW),
            L("438", 438, E, HH, RH, FY26 + "; newly recognised refugees approaching the council as homeless)", geo=BR),
            L("nearly double", 2, ALM, RATIO, RH + "_ratio", "2025/26 vs 2023/24 (two years earlier; cabinet report)", geo=BR),
            L("226", 226, E, HH, RH, "April 2023 to March 2024 (two years earlier; cabinet report)", geo=BR),
            L("about one in six", SIXTH, AP, PCT, "homelessness_presentations_share_refugees", FY26 + "; of all new homelessness cases)", geo=BR),
            L("£6.8m", 6.8e6, E, GBP, "council_refugee_homelessness_cost", "April 2025 to March 2026 (last year; council estimate)", geo=BR),
            L("£1.1m", 1.1e6, E, GBP, "council_refugee_homelessness_funding", "April 2025 to March 2026 (received from the Home Office)", geo=BR),
            L("around a sixth", SIXTH, AP, PCT, "council_refugee_homelessness_funding_share_of_cost", "April 2025 to March 2026 (the Home Office money as a share of the cost)", geo=BR),
            L("1,920", 1920, E, HH, "temporary_accommodation_households", "31 March 2026 (end of March; cabinet report)", geo=BR),
            L("more than 3,400", 3400, MT, P, "temporary_accommodation_children", "31 March 2026 (end of March; cabinet report)", geo=BR),
            L("21,400", 21400, E, HH, "housing_register_households", "July 2026 (waiting on the housing register now)", geo=BR),
            L("£96", 96, E, GBP, "council_temporary_accommodation_cost_per_night", "2025/26 (per night; average, a bed and breakfast room; cabinet report)", geo=BR),
            L("£31", 31, E, GBP, "council_hostel_cost_per_night", "2025/26 (per night; the council's own hostels; cabinet report)", geo=BR),
            L("around £1m", 1e6, AP, GBP, TAC, "July 2026 (per week; now; " + TOB + ")", geo=BR),
            V("hundreds", 200, 900, P, SPP + "_change", "2025 to 2026 (more people placed here by the Home Office; " + TOB + ")", geo=BR),
            L("at least £4m", 4e6, AL, GBP, "council_refugee_homelessness_funding_requested", "April 2026 to March 2027 (this year; asked of ministers; " + TOB + ")", geo=BR),
            L("£18.9m", 18.9e6, E, GBP, TAC, "January to December 2023 (in 2023; " + PHN + ")", geo=BR),
            L("nearly tripled", 3, ALM, RATIO, TAC + "_ratio", "2025/26 vs 2023 (in three years; " + PHN + ")", geo=BR),
            L("14", 14, E, AREAS, "move_on_period_pilot_areas", "July 2026 (the 56-day move-on pilot; Home Office)", ctx="covering 14 areas", geo=UK),
        ]),
    "03-crystal-set-news-irregular-arrivals-quarterly": dict(
        meta=dict(url="https://www.crystalsetnews.example/news/uk-79123456",
                  title="Irregular arrivals to UK dip as airport detections fall",
                  publisher="Crystal Set News", author="Nadia Quartermaine-Esi", published_date="2026-08-20"),
        labels=[
            L("About 60", 60, AP, PPB, OCC, "August 2026 (one dinghy leaving Gravelines earlier this month; caption)", geo=FR),
            L("more than nine in 10", 90, MT, PCT, SBS, YE + ")"),
            L("46,310", 46310, E, P, IA, YE + ")"),
            L("3%", -3, E, PCT, IA + "_change", YE0 + "down; " + HO3 + ")"),
            L("42,870", 42870, E, P, SBA, YE + ")"),
            L("93%", 93, E, PCT, SBS, YE + ")"),
            L("a third", -THIRD, E, PCT, IDA + "_change", YE0 + "fell by; " + HO3 + ")", ctx="fell by a third"),
            L("1,980", 1980, E, P, IDA, YE + ")"),
            L("20%", 20, E, PCT, PD + "_change", YE0 + "rose by; " + HO3 + ")"),
            L("1,120", 1120, E, P, PD, YE + "; mostly in the backs of lorries)"),
            L("more than 6,000", 6000, MT, P, PD, "July 2018 to June 2019 (the year to June 2019, before the pandemic)"),
            L("340", 340, E, P, ICD, YE + "; detected within the UK)"),
            L("42.9k", 42900, E, P, SBA, YE + "; chart)"),
            L("2.0k", 2000, E, P, IDA, YE + "; chart)"),
            L("1.1k", 1100, E, P, PD, YE + "; chart)"),
            L("0.3k", 300, E, P, ICD, YE + "; chart)"),
            L("13,950", 13950, E, P, IA, Q2),
            L("13,120", 13120, E, P, SBA, Q2),
            L("61", 61, E, PPB, OCC, "April to June 2026 (average per boat; the three months to June)"),
            L("53", 53, E, PPB, OCC, "April to June 2025 (average per boat; the same quarter of 2025)"),
            L("fewer than 15", 15, LT, PPB, OCC, "January to December 2020 (average per boat)"),
            L("7,890", 7890, E, P, "small_boat_arrivals_eritrean", YE + ")"),
            L("18%", 18, E, PCT, "small_boat_arrivals_share_eritrean", YE + ")"),
            L("About one in seven", 100 / 7, AP, PCT, "small_boat_arrivals_share_children", YE + ")"),
            L("62%", 62, E, PCT, "small_boat_arrivals_children_share_unaccompanied", YE + "; of these children, no parent with them)"),
            L("more than 140 times", 140, MT, RATIO, "small_boat_arrivals_ratio", "July 2025 to June 2026 vs January to December 2018 (the annual total vs 2018)"),
            L("299", 299, E, P, SBA, "January to December 2018 (the first full year of figures)"),
            L("11,200", 11200, E, P, "small_boat_crossings_prevented", "January to June 2026 (attempted crossings stopped; French authorities)", geo=FR),
            L("21%", -21, E, PCT, IA + "_change", "January to June 2026 vs January to June 2025 (fall in irregular entries to the bloc; Frontex)", geo=EU),
            L("11%", 11, E, PCT, "returns_change", YE0 + "rose; " + HO3 + ")"),
            L("36,940", 36940, E, P, "returns", YE + ")"),
            L("12,900", 12900, E, P, "returns_enforced", YE + ")"),
        ]),
    "04-factwright-rwanda-cost-per-person-claim": dict(
        meta=dict(url="https://www.factwright.example/fact-checks/rwanda-scheme-cost-175m-per-person-deported/",
                  title="Did the Rwanda scheme cost £175m for each person it removed?",
                  publisher="Factwright", author="Rosalind Achterfeld-Mbeki", published_date="2026-03-06"),
        labels=[
            L("£175m", 175e6, E, GBP, RPC, CLAIM + "; headline)"),
            L("£175 million", 175e6, E, GBP, RPC, CLAIM + "; claim box)"),
            L("Four", 4, E, P, REL, LIFE + "; went voluntarily; verdict)", ctx="Four people went voluntarily"),
            L("£715m", 715e6, E, GBP, RSC, LIFE + "; the scheme's total cost; verdict)", occ=0),
            L("about £179m", 179e6, AP, GBP, RPC, LIFE + "; the total spread across the four; verdict)", occ=0),
            L("more than 1.2m", 1.2e6, MT, VIEWS, "social_media_post_views", "2 to 6 March 2026 (views on X since Monday)"),
            L("about £700m", 700e6, AP, GBP, RSC, LIFE + "; the total the post seems to use)", occ=0),
            L("four", 4, E, P, REL, LIFE + "; the number who moved to Rwanda)", ctx="by four, the number"),
            L("Four", 4, E, P, REL, LIFE + "; under the voluntary route)", ctx="Four people did go"),
            L("up to £3,000", 3000, AM, GBP, "rwanda_voluntary_payment", LIFE + "; paid to each volunteer)"),
            L("about £700m", 700e6, AP, GBP, RSC, "April 2022 to July 2024 (told to MPs shortly after the election, July 2024)", occ=1),
            L("£715m", 715e6, E, GBP, RSC, LIFE + "; a fuller tally)", occ=1),
            L("£290m", 290e6, E, GBP, PTR, LIFE + "; went straight to the Rwandan government)"),
            L("four", 4, E, P, REL, LIFE + "; the four volunteers)", ctx="by the four volunteers"),
            L("about £179m", 179e6, AP, GBP, RPC, LIFE + "; the total divided by the volunteers)", occ=1),
            L("£72.5m", 72.5e6, E, GBP, "payment_to_rwanda_per_relocation", LIFE + "; counting only the payments to Rwanda)"),
            L("four", 4, E, P, REL, LIFE + "; never meant to pay for four relocations)", ctx="for four relocations"),
            L("£541m", 541e6, E, GBP, RSP, "the scheme if 300 people were relocated (" + NAO + ")"),
            L("about £1.8m", 1.8e6, AP, GBP, "rwanda_scheme_planned_cost_per_relocation", "the scheme if 300 people were relocated (a head; " + NAO + ")"),
            L("£120m", 120e6, E, GBP, "payment_to_rwanda_planned", "the scheme (more for Rwanda once 300 people had gone; " + NAO + ")"),
            L("£20,000", 20000, E, GBP, "payment_to_rwanda_per_relocation_planned", "the scheme (per relocation; " + NAO + ")"),
            L("£150,874", 150874, E, GBP, "rwanda_scheme_planned_processing_cost_per_relocation", "five years (a head, processing and support; " + NAO + ")"),
            L("£179m", 179e6, E, GBP, RPC, LIFE + "; the actual cost per person)", ctx="a small fraction of £179m"),
            L("£169,000", 169000, E, GBP, "rwanda_scheme_planned_cost_per_relocation", "June 2023 (each person relocated; Home Office economic impact assessment)"),
            L("37%", 37, E, PCT, "rwanda_scheme_break_even_deterrence_share", "June 2023 (share deterred for the policy to break even; Home Office economic impact assessment)"),
            L("around 84,000", 84000, AP, P, SBA, "April 2022 to July 2024 (while the partnership was live)"),
            L("36,816", 36816, E, P, SBA, "January to December 2024 (2024 as a whole)"),
            L("a quarter", 25, E, PCT, "small_boat_arrivals_change", "2024 vs 2023 (up)", ctx="up a quarter"),
            L("about 240,000", 240000, AP, FOLLOWERS, "social_media_account_followers", "March 2026 (the account behind the post)"),
        ]),
    "05-daily-barrage-hotel-protests-policing-bill": dict(
        meta=dict(url="https://www.dailybarrage.example/news/politics/2081734/asylum-hotel-protests-police-bill-38-million",
                  title="Asylum hotel protests leave taxpayers with £38MILLION police bill as officers 'pushed to breaking point'",
                  publisher="Daily Barrage", author="Declan Fairweather-Osei", published_date="2026-09-07"),
        labels=[
            L("£38MILLION", 38e6, E, GBP, PCP, SUM + "; headline)", geo=EW),
            L("more than £38million", 38e6, MT, GBP, PCP, SUM + "; standfirst)", geo=EW),
            L("almost four times", 4, ALM, RATIO, PCP + "_ratio", "summer 2026 vs summer 2025 (the cost a year ago; standfirst)", geo=EW),
            L("£38.2million", 38.2e6, E, GBP, PCP, SUM + ")", geo=EW),
            L("640", 640, E, PROTESTS, AAP, SUM + "; demonstrations)", geo=EW),
            L("94", 94, E, HOTELS, "asylum_hotels_protested", SUM + ")", geo=EW),
            L("nearly 50", 50, ALM, PROTESTS, AAP, SUM + "; per week)", geo=EW),
            L("£10.1million", 10.1e6, E, GBP, PCP, SUM25, geo=EW),
            L("212", 212, E, PROTESTS, AAP, SUM25, geo=EW),
            L("1,312", 1312, E, P, "protest_arrests", SUM + "; over the summer)", geo=EW),
            L("more than a third", THIRD, MT, PCT, "protest_arrests_share_charged", "1 June to 7 September 2026 (of those held, charged so far)", geo=EW),
            L("481", 481, E, P, "protesters_charged", "1 June to 7 September 2026 (charged so far)", geo=EW),
            L("118", 118, E, P, "police_officers_injured", SUM + ")", geo=EW),
            L("14", 14, E, P, "police_officers_injured_seriously", SUM + ")", ctx="14 of them seriously", geo=EW),
            L("c. 1,400", 1400, AP, P, "police_officers_deployed_asylum_hotel_protests", SUM + "; tied up at hotels on the worst nights)", geo=EW),
            L("97", 97, E, OCCASIONS, "police_protest_conditions_imposed", SUM + "; conditions imposed under section 14)", geo=EW),
            L("£7.9million", 7.9e6, E, GBP, PCP, SUM + "; Essex Police, the biggest single bill)", geo="Essex"),
            L("about £210,000", 210000, AP, GBP, PCP, "July to September 2026 (per week; the Stag Lodge Hotel; Essex Police)", geo="Harlow"),
            L("£4.6million", 4.6e6, E, GBP, PCP, SUM + "; the Metropolitan Police)", geo="London"),
            L("three", 3, E, HOTELS, "asylum_hotels_protested", SUM + "; the Metropolitan Police)", ctx="at three hotels", geo="London"),
            L("12", 12, E, DAYS, "police_rest_days_cancelled", "June to September 2026 (some colleagues; " + GPA + ")", geo="Essex"),
            L("£15million", 15e6, E, GBP, "police_special_grant_asylum_hotel_protests", "summer 2026 (offered by the Home Office)", geo=EW),
            L("less than half", 50, LT, PCT, "police_special_grant_share_of_cost", "summer 2026 (the grants as a share of the total)", geo=EW),
            L("171", 171, E, HOTELS, "asylum_hotels_in_use", "30 June 2026 (currently; latest Home Office figures)"),
            L("27,940", 27940, E, P, HOT, "30 June 2026 (currently; latest Home Office figures)"),
            L("around £4.9million", 4.9e6, AP, GBP, "asylum_cost_hotels", "2026 (per day; latest Home Office figures)"),
            V("thousands", 2000, 9000, P, HOT, "September 2026 (young men put in hotels in towns like Harlow; " + SPM + ")"),
            L("Ninety per cent", 90, E, PCT, "asylum_hotel_population_share_small_boat_arrivals", "September 2026 (crossed the Channel; " + SPM + ")"),
            L("58%", 58, E, PCT, "poll_share_asylum_hotel_should_close", "September 2026 (want the hotels shut immediately; Stanbridge Research poll)"),
            L("one in five", 20, E, PCT, "poll_share_sympathise_asylum_hotel_protesters", "September 2026 (some sympathy with protesters who break the law; Stanbridge Research poll)"),
            L("more than 200", 200, MT, HOTELS, "asylum_hotels_closed", "July 2024 to September 2026 (shut since the election; a Home Office spokesperson)"),
        ]),
    "06-paisley-pirn-ukrainians-super-sponsor-scotland": dict(
        meta=dict(url="https://www.paisleypirn.example/news/four-years-on-ukrainians-renfrewshire-home-super-sponsor-4471203",
                  title="Four years on: the Ukrainians who made Renfrewshire home",
                  publisher="Paisley Pirn", author="Morag Dunlevy-Kowal", published_date="2026-02-24"),
        labels=[
            L("Almost three-quarters", 75, ALM, PCT, "immigration_ukraine_supersponsor_share", HFU + "; standfirst)", geo=SCO),
            L("28,700", 28700, E, P, "immigration_ukraine_homes_for_ukraine", HFU + "; standfirst)", occ=0, geo=SCO),
            L("more than 1,100", 1100, MT, P, "ukrainians_resident", "February 2026 (living in Renfrewshire now)", geo=RF),
            L("28,700", 28700, E, P, "immigration_ukraine_homes_for_ukraine", HFU + "; UK Government figures)", occ=1, geo=SCO),
            L("21,300", 21300, E, P, "immigration_ukraine_supersponsor", HFU + "; UK Government figures)", geo=SCO),
            L("25,900", 25900, E, P, "visas_granted_ukraine_supersponsor", "March to July 2022 (issued by the pause)", geo=SCO),
            L("more than 4,600", 4600, MT, P, "ukraine_supersponsor_visa_holders_not_travelled", "March 2022 to February 2026 (never travelled)", geo=SCO),
            L("3,200", 3200, E, P, "immigration_ukraine_supersponsor", "2022 to February 2026 (brought in through Wales's own, smaller scheme)", geo="Wales"),
            L("about 18%", 18, AP, PCT, "immigration_ukraine_share_scotland", HFU + "; of all Homes for Ukraine arrivals across the UK)", geo=SCO),
            L("8%", 8, E, PCT, "population_share_scotland_of_uk", "2026 (Scotland's share of the UK population)", geo=SCO),
            L("more than 7,000", 7000, MT, P, "ukrainian_welcome_accommodation_population", "late 2022 (the peak)", geo=SCO),
            L("Fewer than 300", 300, LT, P, "ukrainian_welcome_accommodation_population", "February 2026 (remain now; " + SG + ")", geo=SCO),
            L("1,140", 1140, E, P, "immigration_ukraine", "2022 to February 2026 (arrived since 2022; council figures)", geo=RF),
            L("Some 312", 312, AP, P, "school_pupils_ukrainian", "February 2026 (now; council figures)", geo=RF),
            L("268", 268, E, P, "school_pupils_ukrainian", "February 2025 (a year ago; council figures)", geo=RF),
            L("96", 96, E, HH, "ukrainian_households_council_housing", "March 2022 to February 2026 (families housed in council homes)", ctx="housed 96 families", geo=RF),
            L("about one in five", 20, AP, PCT, "ukrainian_arrivals_share_left_scotland", HFU + "; moved on; " + SG + " analysis)", geo=SCO),
            L("roughly 5,700", 5700, AP, P, "ukrainian_arrivals_left_scotland", HFU + "; moved on; " + SG + " analysis)", geo=SCO),
            L("58%", 58, E, PCT, "employment_rate_ukrainian_working_age", "February 2026 (of those of working age who remain; " + SG + " analysis)", geo=SCO),
            L("200", 200, E, HH, "ukrainian_welcome_accommodation_families", "2022 (the first six months, a hotel in Glasgow; " + OKR + ")", geo="Glasgow"),
            L("11,400", 11400, E, P, "ukraine_permission_extension_applications", "to 31 January 2026 (up to the close of January)", geo=SCO),
            L("10,950", 10950, E, P, "ukraine_permission_extension_grants", "to 31 January 2026 (up to the close of January)", geo=SCO),
            L("96%", 96, E, PCT, "ukraine_permission_extension_applications_share_granted", "to 31 January 2026 (up to the close of January)", geo=SCO),
            L("more than £310million", 310e6, MT, GBP, SGF, "2022 to February 2026 (spent on its response since 2022)", geo=SCO),
            L("£6.3million", 6.3e6, E, GBP, SGF, "April 2026 to March 2027 (2026-27 draft budget)", geo=SCO),
            L("two-thirds", -TWO3, E, PCT, SGF + "_change", "2026-27 vs 2025-26 (down; draft budget)", geo=SCO),
            L("£18.9million", 18.9e6, E, GBP, SGF, "April 2025 to March 2026 (this year)", geo=SCO),
            L("£350", 350, E, GBP, "homes_for_ukraine_thank_you_payment", "February 2026 (per month; hosts still receive)", geo=SCO),
            L("About 2,300", 2300, AP, HH, "homes_for_ukraine_host_households", "31 December 2025 (still hosting at the end of last year)", geo=SCO),
        ]),
    "07-the-lychgate-ons-emigration-revision": dict(
        meta=dict(url="https://www.thelychgate.example/politics/2026/05/22/ons-revises-emigration-up-54000-net-migration-131000/",
                  title="Far more people are leaving Britain than we knew, as ONS revises emigration up by 54,000",
                  publisher="The Lychgate", author="Jonathan Cresswell-Ibe", published_date="2026-05-22"),
        labels=[
            L("54,000", 54000, E, P, ER, YJ25 + "; headline)", occ=0),
            L("131,000", 131000, E, P, NM, Y25 + "; standfirst)", occ=0),
            L("less than a sixth", 1 / 6, LT, RATIO, NM + "_ratio", "January to December 2025 vs July 2022 to June 2023 (of its peak; standfirst)", occ=0),
            V("tens of thousands", 20000, 90000, P, ER, YJ25 + "; departures the statisticians had missed; standfirst)", occ=0),
            V("tens of thousands", 20000, 90000, P, ER, YJ25 + "; more people left than estimated)", occ=1),
            L("54,000", 54000, E, P, ER, YJ25 + "; revised up by)", occ=1),
            L("747,000", 747000, E, P, "emigration", YJ25 + "; revised, a record)"),
            L("142,000", 142000, E, P, NM, YJ25 + "; revised)"),
            L("62,000", -62000, E, P, NMR, YJ25 + "; lower than the figure published in November 2025)"),
            L("131,000", 131000, E, P, NM, Y25 + "; first estimate)", occ=1),
            L("843,000", 843000, E, P, "immigration", Y25 + ")"),
            L("712,000", 712000, E, P, "emigration", Y25 + ")"),
            R("between 668,000 and 756,000", 668000, 756000, P, "emigration", Y25 + "; where the true total probably lies)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the year to June 2023, the post-pandemic high; " + ONS + ")"),
            L("less than a sixth", 1 / 6, LT, RATIO, NM + "_ratio", "January to December 2025 vs July 2022 to June 2023 (the latest figure vs the high)", occ=1),
            L("345,000", 345000, E, P, NM, Y24 + "; previous estimate)"),
            L("298,000", 298000, E, P, NM, Y24 + "; revised)"),
            L("About four in 10", 40, AP, PCT, "emigration_revision_share_former_students", YJ25 + "; extra leavers who had first come on study visas)"),
            L("247,000", 247000, E, P, "emigration_british", Y25 + ")"),
            L("199,000", 199000, E, P, "emigration_british", Y24 + ")"),
            L("139,000", 139000, E, P, "immigration_british", Y25 + "; came back)"),
            L("108,000", -108000, E, P, "net_migration_british_nationals", Y25 + "; net outflow)"),
            L("64,000", -64000, E, P, "net_migration_eu", Y25 + "; more leaving than arriving)"),
            L("303,000", 303000, E, P, "net_migration_non_eu", Y25 + ")"),
            L("36%", -36, E, PCT, "immigration_non_eu_work_change", "2025 vs 2024 (fell; " + ONS + ")"),
            L("171,000", 171000, E, P, "immigration_non_eu_work", Y25 + ")"),
            L("9%", -9, E, PCT, "immigration_non_eu_study_change", "2025 vs 2024 (dropped; " + ONS + ")"),
            L("Well over 800,000", 800000, MT, P, "immigration", "per year (still coming to Britain to live; the shadow immigration minister)"),
            L("258,000", 258000, E, P, "net_migration_forecast", "January to December 2026 (this year; OBR March 2026 forecast)"),
            L("about £6bn", 6e9, AP, GBP, "public_borrowing_effect_lower_migration", "by 2030-31 (if net migration runs 100,000 below the OBR forecast; Allingham Institute)"),
            L("more than two-thirds", -TWO3, MT, PCT, "net_migration_change", "since the election of July 2024 to 2025 (dropped by; the Home Office)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
