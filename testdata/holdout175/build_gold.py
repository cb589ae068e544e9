#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-seventy-fifth hand-labelled hold-out set (holdout175).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM)

UK, ENG, WAL, SCO, NI, FR, EU = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France", "EU"
HH, P10K, OPS = "other:households", "other:persons_per_10000_residents", "other:operations"
WEEKS, VIEWS, APPS, ROOMS = "other:weeks", "other:views", "other:applications", "other:rooms"
FLIGHTS, BEDS = "other:flights", "other:beds"
TWO3 = 200 / 3

# 01 (Wednesday 17 June 2026, a live blog; Home Office figures for Tuesday 16 June 2026 published that morning)
TUE = "Tuesday 16 June 2026"
YTD = "1 January to 16 June 2026 (the running total for 2026"
YTD25 = "1 January to 16 June 2025 (by 16 June 2025; Home Office figures)"
CHG = "1 January to 16 June 2026 vs the same point of 2025"
SINCE = "5 July 2024 to 16 June 2026 (since July 2024; a Home Office spokesperson)"
STOP = "small_boat_launch_attempts_stopped_people"
PDC = TUE + " (beaches between Berck and Wissant; Pas-de-Calais prefecture)"

# 02 (Tuesday 26 May 2026; Home Office statistics for 31 March 2026 published Thursday 21 May 2026)
HO2 = "Home Office statistics published Thursday 21 May 2026"
M26 = "31 March 2026 (end of March; " + HO2 + ")"
M25 = "31 March 2025 (twelve months before; " + HO2 + ")"
ADP = "asylum_dispersal_population"
GM, MAN = "Greater Manchester", "Manchester"
MCC = "April 2025 to March 2026 (2025/26; Manchester City Council)"
RHL = "refugees_homeless_after_leaving_asylum_support"
BOL = "April 2025 to March 2026 (2025/26; Bolton Council)"
PRB = "Cllr Priya Raworth-Bello, Manchester City Council"

# 03 (Friday 27 February 2026; Home Office statistics for the year to December 2025 published Thursday 26 February 2026)
HO3 = "Home Office statistics published Thursday 26 February 2026"
D25 = "31 December 2025 (" + HO3 + ")"
D24 = "31 December 2024 (twelve months before; " + HO3 + ")"
C25 = "January to December 2025 (" + HO3 + ")"
C24 = "January to December 2024 (" + HO3 + ")"
ABA, AGS = "asylum_backlog_appeals", "asylum_grants_share_initial_decisions"
AID, ALO, AAS = "asylum_initial_decisions", "asylum_appeals_lodged", "asylum_appeals_share_allowed"
WD = "asylum_claims_withdrawn"

# 04 (Tuesday 23 June 2026; a claim made on television on Sunday 21 June 2026)
CLAIM = "the claim (Crispin Gainsford-Achebe MP, television panel, Sunday 21 June 2026"
IRS = "irregular_arrivals_share_of_immigration"
CY = "January to December 2025"
ONS4 = CY + " (ONS provisional estimates)"
HO4 = CY + " (Home Office figures)"
CS = CY + " (Claimsift's arithmetic)"

# 05 (Thursday 20 August 2026; Home Office figures for the year ending June 2026 published that day)
HO5 = "Home Office figures published Thursday 20 August 2026"
YJ26 = "July 2025 to June 2026 (the year ending June; " + HO5 + ")"
YJ25 = "July 2024 to June 2025 (the previous 12 months; " + HO5 + ")"
CHG5 = "July 2025 to June 2026 vs July 2024 to June 2025 ("
VG, VS, VSD = "visas_granted_graduate", "visas_granted_study", "visas_granted_study_dependants"

# 06 (Wednesday 11 March 2026; a Glasgow City Council report published Monday 9 March 2026)
GLA = "Glasgow"
GCC = "Glasgow City Council report published Monday 9 March 2026"
G25 = "January to December 2025 (last year; " + GCC + ")"
G25C = "2025 vs 2024 ("
HB = "council_homelessness_hotel_bb_cost"
GFY = "April 2025 to March 2026 (2025/26, forecast; " + GCC + ")"

# 07 (Friday 27 November 2026; Home Office statistics for the year to September 2026 published Thursday 26 November 2026)
HO7 = "Home Office data published Thursday 26 November 2026"
YS26 = "October 2025 to September 2026 (the 12 months to September; " + HO7 + ")"
YS25 = "October 2024 to September 2025 (the year before; " + HO7 + ")"
YS23 = "October 2022 to September 2023 (the year to September 2023; " + HO7 + ")"
RE = "returns_enforced"
REF = "refused_asylum_seekers_remaining_in_uk"

ARTICLES = {
    "01-perihelion-news-channel-crossings-calm-day-live": dict(
        meta=dict(url="https://news.perihelion.example/channel-crossings-live-887-migrants-reach-uk-on-calmest-day-of-the-year-13458812",
                  title="Channel crossings live: 887 migrants reach UK on calmest day of the year as French stop 240 on the beaches",
                  publisher="Perihelion News", author="Tamsin Okonedo-Rayne", published_date="2026-06-17"),
        labels=[
            L("887", 887, E, P, SBA, TUE + " (headline)", ctx="live: 887 migrants"),
            L("240", 240, E, P, STOP, TUE + " (headline; French police)", ctx="French stop 240", geo=FR),
            L("a fifth", 20, E, PCT, SBA + "_change", CHG + " (up on last year; standfirst)", ctx="up a fifth on"),
            L("887", 887, E, P, SBA, TUE + " (key point; Home Office)", ctx="• 887 people"),
            L("15", 15, E, BOATS, SBC, TUE + " (key point; Home Office)", ctx="in 15 boats on Tuesday"),
            L("240", 240, E, P, STOP, TUE + " (key point; French police)", ctx="stopped 240 would-be", geo=FR),
            L("19,212", 19212, E, P, SBA, YTD + "; key point)", ctx="reaches 19,212"),
            L("20%", 20, E, PCT, SBA + "_change", CHG + " (up, year on year; key point)", ctx="up 20% year"),
            L("more than 1,200", 1200, MT, P, "people_smuggler_arrests", SINCE),
            L("over 58,000", 58000, MT, P, "returns", "5 July 2024 to 16 June 2026 (in that time, since July 2024, returned with no right to remain; a Home Office spokesperson)"),
            L("nearly 13,000", 13000, ALM, P, "returns", "1 January to 16 June 2026 (in 2026 alone; a Home Office spokesperson)"),
            L("887", 887, E, P, SBA, TUE + " (in one day; the shadow home secretary)", ctx="described 887 landings"),
            L("more than 81,000", 81000, MT, P, SBA, "5 July 2024 to 16 June 2026 (since Labour took office; the shadow home secretary)"),
            L("six", 6, E, OPS, "small_boat_rescue_operations_france", "night of 15 June to Tuesday morning 16 June 2026 (overnight and on Tuesday morning; French naval authority for the Manche)", geo=FR),
            L("71", 71, E, P, "small_boat_rescues", "night of 15 June to Tuesday morning 16 June 2026 (taken back to Boulogne-sur-Mer; French naval authority)", geo=FR),
            L("240", 240, E, P, STOP, PDC, ctx="prevented 240 people", geo=FR),
            L("about one in five", 20, AP, PCT, STOP + "_share", TUE + " (of everyone who tried to leave the French coast; Perihelion News calculation)", geo=FR),
            L("9,480", 9480, E, P, STOP, "1 January to 16 June 2026 (since January, departures foiled; French interior ministry)", geo=FR),
            L("almost 15%", -15, ALM, PCT, STOP + "_change", "1 January to 16 June 2026 vs the same point of 2025 (fewer; French interior ministry)", geo=FR),
            L("£476m", 476000000, E, GBP, "uk_funding_to_france", "2023 to 2026 (over three years, agreed in 2023)"),
            L("887", 887, E, P, SBA, TUE + " (Home Office figures)", ctx="Tuesday's 887 arrivals"),
            L("15", 15, E, BOATS, SBC, TUE + " (Home Office figures)", ctx="across 15 boats"),
            L("59", 59, E, PPB, "small_boat_occupancy", TUE + " (per dinghy on average)"),
            L("764", 764, E, P, SBA, "Tuesday 28 April 2026 (the previous high for 2026)"),
            L("1,012", 1012, E, P, SBA, "19 August 2025 (the most on a single day before Tuesday)"),
            L("19,212", 19212, E, P, SBA, YTD + "; Home Office figures)", ctx="stands at 19,212"),
            L("16,010", 16010, E, P, SBA, YTD25),
            L("20%", 20, E, PCT, SBA + "_change", CHG + " (running ahead)", ctx="running 20% ahead"),
            L("40,950", 40950, E, P, SBA, "January to December 2025 (2025 as a whole)"),
            L("43", 43, E, P, SBA, "Monday 15 June 2026"),
            L("one", 1, E, BOATS, SBC, "Monday 15 June 2026", ctx="in one boat"),
            L("c. 600", 600, AP, P, "people_waiting_northern_france", "June 2026 (sleeping rough around the town right now; Passage Watch volunteers)", geo="Calais"),
            L("at least 14", 14, AL, P, "small_boat_deaths", "1 January to 17 June 2026 (since 1 January; UN migration agency, via Passage Watch)"),
            L("887", 887, E, P, SBA, TUE + " (yesterday; Home Office figures published just after 9am)", ctx="show that 887 people"),
        ]),
    "02-ardwick-auk-greater-manchester-asylum-dispersal": dict(
        meta=dict(url="https://www.ardwickauk.example/news/greater-manchester-news/manchester-houses-nearly-third-greater-manchesters-33918405",
                  title="Manchester houses nearly a third of Greater Manchester's asylum seekers as borough gap widens",
                  publisher="Ardwick Auk", author="Joel Featherstone-Amadi", published_date="2026-05-26"),
        labels=[
            L("nearly a third", 100 / 3, ALM, PCT, ADP + "_share_manchester", M26 + " (headline)", ctx="houses nearly a third", geo=GM),
            L("150", 150, E, P, ADP, M26 + " (Stockport and Trafford between them; standfirst)", geo="Stockport and Trafford"),
            L("12%", 12, E, PCT, ADP + "_change", "31 March 2026 vs 31 March 2025 (rose, in a year; " + HO2 + ")", geo=GM),
            L("nearly a third", 100 / 3, ALM, PCT, ADP + "_share_manchester", M26, ctx="taking nearly a third", geo=GM),
            L("5,860", 5860, E, P, ADP, M26 + " (the ten boroughs)", geo=GM),
            L("5,240", 5240, E, P, ADP, M25, geo=GM),
            L("1,910", 1910, E, P, ADP, M26, geo=MAN),
            L("240", 240, E, P, ADP + "_change", "31 March 2025 to 31 March 2026 (higher than a year ago; " + HO2 + ")", ctx="which is 240 higher", geo=MAN),
            L("820", 820, E, P, ADP, M26, geo="Salford"),
            L("760", 760, E, P, ADP, M26, geo="Bolton"),
            L("690", 690, E, P, ADP, M26, geo="Rochdale"),
            L("640", 640, E, P, ADP, M26, geo="Oldham"),
            L("410", 410, E, P, ADP, M26, ctx="Wigan housed 410", geo="Wigan"),
            L("260", 260, E, P, ADP, M26, geo="Bury"),
            L("220", 220, E, P, ADP, M26, geo="Tameside"),
            L("90", 90, E, P, ADP, M26, ctx="Stockport had just 90", geo="Stockport"),
            L("60", 60, E, P, ADP, M26, ctx="Trafford 60", geo="Trafford"),
            L("roughly 32", 32, AP, P10K, ADP + "_per_10000_residents", M26 + " for every 10,000 residents", geo=MAN),
            L("31", 31, E, P10K, ADP + "_per_10000_residents", M26 + " for every 10,000 residents", ctx="Rochdale 31", geo="Rochdale"),
            L("fewer than three", 3, LT, P10K, ADP + "_per_10000_residents", M26 + " for every 10,000 residents", geo="Trafford"),
            L("almost 13 times", 13, ALM, RATIO, ADP + "_per_10000_residents_ratio", M26 + " Manchester's rate against Trafford's", geo=MAN),
            L("19,800", 19800, E, P, ADP, M26 + " the region as a whole", geo="North West"),
            L("almost 30%", 30, ALM, PCT, ADP + "_share_greater_manchester", M26 + " of the North West total", geo="North West"),
            L("110,400", 110400, E, P, "asylum_support_population", "31 March 2026 (the end of the quarter; " + HO2 + ")"),
            L("Three", 3, E, HOTELS, "asylum_hotels_in_use", M26 + " (still in use)", geo=GM),
            L("410", 410, E, P, "asylum_hotel_population", M26 + " (held in the three hotels)", ctx="holding 410 people", geo=GM),
            L("14", 14, E, HOTELS, "asylum_hotels_in_use", "31 March 2025 (a year earlier)", ctx="compared with 14 a year", geo=GM),
            L("£6.8m", 6800000, E, GBP, "council_asylum_cost", MCC, geo=MAN),
            L("£1.9m", 1900000, E, GBP, "council_asylum_grant", MCC + " Government grants", geo=MAN),
            L("£4.9m", 4900000, E, GBP, "council_asylum_cost_shortfall", MCC + " the gap", geo=MAN),
            L("312", 312, E, HH, RHL, BOL, geo="Bolton"),
            L("46%", 46, E, PCT, RHL + "_change", "2025/26 vs 2024/25 (up on the year before; Bolton Council)", geo="Bolton"),
            L("78%", 78, E, PCT, RHL + "_share_single_adults", BOL + " 78% of these, of the 312", geo="Bolton"),
            L("Nearly five million pounds", 5000000, ALM, GBP, "council_asylum_cost_shortfall", "April 2025 to March 2026 (last year, from council taxpayers; " + PRB + ")", geo=MAN),
            L("around 1,100", 1100, AP, P, "refugee_support_network_clients", "per month, May 2026 (now supports; Irk Valley Welcome)", geo=MAN),
            L("double", 2, E, RATIO, "refugee_support_network_clients_ratio", "2026 vs 2023 (Irk Valley Welcome)", ctx="double the number", geo=MAN),
            L("more than halved", -50, MT, PCT, "asylum_hotels_in_use_change", "4 July 2024 to May 2026 (since the general election; a Home Office spokesperson)"),
        ]),
    "03-the-cartulary-asylum-backlog-grant-rates-appeals": dict(
        meta=dict(url="https://www.thecartulary.example/article/asylum-backlog-shrinks-appeals-queue-swells-tribunal-k7q2w9xbn",
                  title="Asylum backlog shrinks by 30% - but appeals queue swells to 51,200",
                  publisher="The Cartulary", author="Georgina Ashcombe-Bediako", published_date="2026-02-27"),
        labels=[
            L("30%", -30, E, PCT, "asylum_backlog_change", "31 December 2025 vs 31 December 2024 (shrinks; headline)", ctx="shrinks by 30%"),
            L("51,200", 51200, E, P, ABA, D25 + " (swells to; headline)", ctx="swells to 51,200"),
            L("more than a year", 1, MT, YEARS, "asylum_appeal_wait_average", "appeals waiting at the tribunals, February 2026 (standfirst)"),
            L("62,400", 62400, E, P, "asylum_backlog", D25 + " awaiting an initial decision"),
            L("30 per cent", -30, E, PCT, "asylum_backlog_change", "31 December 2025 vs 31 December 2024 (down; " + HO3 + ")"),
            L("89,100", 89100, E, P, "asylum_backlog", D24),
            L("22 per cent", 22, E, PCT, ABA + "_change", "31 December 2025 vs 31 December 2024 (grew by; First-tier Tribunal)"),
            L("51,200", 51200, E, P, ABA, D25 + " outstanding at the First-tier Tribunal", ctx="22 per cent to 51,200"),
            L("almost double", 2, ALM, RATIO, ABA + "_ratio", "31 December 2025 vs 31 December 2023 (two years ago)"),
            L("26,700", 26700, E, P, ABA, "31 December 2023 (two years ago, on the tribunal's books)"),
            L("142,800", 142800, E, P, AID, C25),
            L("a quarter", 25, E, PCT, AID + "_change", "2025 vs 2024 (more than; " + HO3 + ")", ctx="a quarter more"),
            L("115,100", 115100, E, P, AID, C24),
            L("44 per cent", 44, E, PCT, AGS, C25),
            L("47 per cent", 47, E, PCT, AGS, C24 + " (the previous year)", ctx="down from 47 per cent"),
            L("76 per cent", 76, E, PCT, AGS, "January to December 2022 (the 2022 peak)"),
            L("98 per cent", 98, E, PCT, AGS + "_sudanese", C25),
            L("97 per cent", 97, E, PCT, AGS + "_eritrean", C25),
            L("just over a third", 100 / 3, MT, PCT, AGS + "_afghan", C25),
            L("3 per cent", 3, E, PCT, AGS + "_bangladeshi", C25),
            L("46,900", 46900, E, P, ALO, C25 + " (a record)"),
            L("more than three times", 3, MT, RATIO, ALO + "_ratio", "2025 vs 2023"),
            L("14,200", 14200, E, P, ALO, "January to December 2023"),
            L("47 per cent", 47, E, PCT, AAS, C25 + " of appeals decided", ctx="allowed 47 per cent"),
            L("51 per cent", 51, E, PCT, AAS, C24),
            L("54 weeks", 54, E, WEEKS, "asylum_appeal_wait_average", "February 2026 (now, from lodging to hearing; " + HO3 + ")"),
            L("Roughly 31,500", 31500, AP, P, "asylum_support_population_awaiting_appeal", D25),
            L("106,200", 106200, E, P, "asylum_support_population", D25 + " in Home Office accommodation or receiving cash support"),
            L("about three in ten", 30, AP, PCT, "asylum_support_population_share_awaiting_appeal", D25),
            L("£1.1bn", 1100000000, E, GBP, "asylum_support_cost_awaiting_appeal", "per year (the yearly cost of housing them, an estimated; a Whitehall source)"),
            L("£4.7bn", 4700000000, E, GBP, "asylum_cost", "April 2024 to March 2025 (2024/25, asylum support as a whole, a record; the department's accounts)"),
            L("3,400", 3400, E, P, WD + "_revision", "January to December 2024 (revised up by; " + HO3 + ")"),
            L("27,600", 27600, E, P, WD, C24 + ", revised"),
            L("18,900", 18900, E, P, WD, C25 + " (a further)"),
            L("9,600", 9600, E, P, "asylum_grants_small_boat_arrivals", "October to December 2025 (the final quarter of 2025; the Conservatives)"),
        ]),
    "04-claimsift-legal-illegal-arrivals-claim": dict(
        meta=dict(url="https://claimsift.example/fact-check/half-of-migrants-do-not-arrive-illegally",
                  title="No, half of migrants do not arrive in the UK illegally",
                  publisher="Claimsift", author="Oluwaseun Pargeter-Dunne", published_date="2026-06-23"),
        labels=[
            L("half", 50, E, PCT, IRS, CLAIM + "; headline)", ctx="No, half of migrants"),
            L("Half", 50, E, PCT, IRS, CLAIM + "; WHAT WAS CLAIMED box)", ctx='"Half the people', occ=0),
            L("About 46,300", 46300, AP, P, "irregular_arrivals", HO4 + " (detected; OUR VERDICT box)"),
            L("826,000", 826000, E, P, "immigration", ONS4 + " (an estimated; OUR VERDICT box)", ctx="an estimated 826,000"),
            L("roughly one in 18", 100 / 18, AP, PCT, IRS, CS + " (OUR VERDICT box)", occ=0),
            L("Half", 50, E, PCT, IRS, CLAIM + "; his words)", ctx='"Half the people', occ=1),
            L("half", 50, E, PCT, "lawful_arrivals_share_of_immigration", CLAIM + "; the other half, let in)", ctx="The other half"),
            L("more than 900,000", 900000, MT, VIEWS, "claim_video_views", "21 to 23 June 2026 (footage of the remark watched online)"),
            L("826,000", 826000, E, P, "immigration", ONS4, ctx="reckoning, 826,000"),
            L("717,000", 717000, E, P, "emigration", ONS4),
            L("109,000", 109000, E, P, NM, ONS4),
            L("918,000", 918000, E, P, "visas_granted", HO4 + " work, study and family visas, counting dependants"),
            L("2.1m", 2100000, E, P, "visas_granted_visitor", HO4),
            L("46,300", 46300, E, P, "irregular_arrivals", HO4, ctx="recorded 46,300"),
            L("40,950", 40950, E, P, SBA, HO4),
            L("nearly nine in ten", 90, ALM, PCT, "small_boat_share_of_irregular_arrivals", HO4),
            L("3,100", 3100, E, P, "port_detections", HO4 + " found in lorries or at ports (a further)"),
            L("2,250", 2250, E, P, "inadequately_documented_air_arrivals", HO4),
            L("46,300", 46300, E, P, "irregular_arrivals", HO4, ctx="Even so, 46,300"),
            L("less than 6%", 6, LT, PCT, IRS, CS + " of the ONS immigration estimate"),
            L("42%", 42, E, PCT, "irregular_arrivals_share_of_net_migration", CS),
            L("half", 50, E, PCT, IRS, CLAIM + "; the MP's \"half\")", ctx='MP\'s "half"'),
            L("109,300", 109300, E, P, "asylum_applications", HO4 + " (a record)"),
            L("Around one in three", 100 / 3, AP, PCT, "asylum_applications_share_visa_holders", HO4 + " had entered legally on a visa"),
            L("41%", 41, E, PCT, "asylum_applications_share_small_boat", HO4 + " (just; had crossed the Channel)"),
            L("Fewer than 5,000", 5000, LT, P, "resettlement_arrivals", CY + " (last year; UK Resettlement Scheme and Afghan schemes)"),
            L("about 178,000", 178000, AP, P, "irregular_arrivals", CY + " (last year, irregular border crossings into the bloc; Frontex)", geo=EU),
            L("26%", -26, E, PCT, "irregular_arrivals_change", "2025 vs 2024 (fewer; Frontex)", geo=EU),
            L("10 million", 10000000, E, P, "population_born_abroad", "21 March 2021 (the 2021 census)", geo=EW),
            L("half", 50, E, PCT, IRS, CLAIM + "; conclusion)", ctx="said half of those"),
            L("about 6%", 6, AP, PCT, IRS, CS + " (conclusion)"),
            L("roughly one in 18", 100 / 18, AP, PCT, IRS, CS + " (conclusion)", occ=1),
        ]),
    "05-the-incunable-student-visas-graduate-route": dict(
        meta=dict(url="https://www.theincunable.example/education/2026/aug/20/graduate-route-visas-fall-ministers-shorten-post-study-stay",
                  title="Graduate route visas fall 9% as ministers prepare to shorten post-study stay",
                  publisher="The Incunable", author="Aditi Varghese-Lomax", published_date="2026-08-20"),
        labels=[
            L("9%", -9, E, PCT, VG + "_change", CHG5 + "fall; headline)", ctx="visas fall 9%"),
            L("6%", -6, E, PCT, VS + "_change", CHG5 + "down; standfirst)", ctx="study visas down 6%"),
            L("less than a tenth", 10, LT, PCT, VSD + "_share_of_2023_peak", "July 2025 to June 2026 against calendar 2023 (standfirst)", ctx="at less than a tenth"),
            L("118,400", 118400, E, P, VG, YJ26 + " main applicants"),
            L("9%", -9, E, PCT, VG + "_change", CHG5 + "fewer; " + HO5 + ")", ctx="9% fewer"),
            L("130,100", 130100, E, P, VG, YJ25),
            L("41%", 41, E, PCT, VG + "_share_india", YJ26),
            L("6%", -6, E, PCT, VS + "_change", CHG5 + "fell; " + HO5 + ")", ctx="fell 6% to"),
            L("388,000", 388000, E, P, VS, YJ26 + " sponsored study visas"),
            L("412,700", 412700, E, P, VS, YJ25),
            L("14,900", 14900, E, P, VSD, YJ26),
            L("19%", -19, E, PCT, VSD + "_change", CHG5 + "a drop of, on the year)"),
            L("less than a tenth", 10, LT, PCT, VSD + "_share_of_2023_peak", "July 2025 to June 2026 against calendar 2023", ctx="year and less than a tenth"),
            L("152,000", 152000, E, P, VSD, "January to December 2023 (the peak)"),
            L("99,800", 99800, E, P, VS + "_china", YJ26),
            L("3%", 3, E, PCT, VS + "_china_change", CHG5 + "up)"),
            L("11%", -11, E, PCT, VS + "_india_change", CHG5 + "fell)", ctx="fell 11% to 96,300"),
            L("96,300", 96300, E, P, VS + "_india", YJ26),
            L("29%", -29, E, PCT, VS + "_nigeria_change", CHG5 + "down)"),
            L("17,200", 17200, E, P, VS + "_nigeria", YJ26),
            L("nearly six times", 6, ALM, RATIO, VS + "_china_to_nigeria_ratio", YJ26 + " China against Nigeria"),
            L("11%", -11, E, PCT, VS + "_change", CHG5 + "fell; sponsored by institutions in Scotland)", ctx="Scotland fell 11%", geo=SCO),
            L("14%", -14, E, PCT, VS + "_change", CHG5 + "fell; institutions in Wales)", geo=WAL),
            L("4%", 4, E, PCT, VS + "_change", CHG5 + "a rise of; Northern Ireland's universities)", geo=NI),
            L("38,200", 38200, E, P, "graduate_route_switches_to_skilled_worker", YJ26),
            L("about one in three", 100 / 3, AP, PCT, "graduate_route_share_switched_to_skilled_worker", YJ26 + " of those whose graduate permission expired"),
            L("43%", 43, E, PCT, "universities_share_expecting_deficit", "April 2025 to March 2026 (2025-26, forecast; Office for Students, May 2026)", geo=ENG),
            L("£925", 925, E, GBP, "international_student_levy", "per student per year, from 2028 (plans set out by the chancellor)", geo=ENG),
            L("£41.9bn", 41900000000, E, GBP, "international_student_economic_contribution", "over the course of their studies (Universities UK estimate)"),
            L("more than half", 50, MT, PCT, "graduate_visa_holders_share_earning_below_30000", "2025 (last year; Migration Advisory Committee)"),
            L("two-thirds", -TWO3, E, PCT, NM + "_change", "since the peak (year to June 2023) to 2026 (fallen by; a Home Office spokesperson)"),
        ]),
    "06-gorbals-grebe-glasgow-refugee-homelessness-costs": dict(
        meta=dict(url="https://www.gorbalsgrebe.example/news/25918347.refugee-homelessness-glasgow-38-hotel-b-b-bill-passes-21m/",
                  title="Refugee homelessness in Glasgow up 38% as city's hotel and B&B bill passes £21m",
                  publisher="Gorbals Grebe", author="Siobhan McCracken-Odili", published_date="2026-03-11"),
        labels=[
            L("38%", 38, E, PCT, "refugees_homeless_after_leaving_asylum_support_change", G25C + "up; headline)", ctx="Glasgow up 38%", geo=GLA),
            L("passes £21m", 21000000, MT, GBP, HB, GFY + "; headline)", geo=GLA),
            L("2,140", 2140, E, HH, "refugees_homeless_after_leaving_asylum_support", "January to December 2025 (in 2025; standfirst; " + GCC + ")", ctx="says 2,140", geo=GLA),
            L("2.1k", 2100, E, HH, "refugees_homeless_after_leaving_asylum_support", "January to December 2025 (AT A GLANCE box)", geo=GLA),
            L("+38%", 38, E, PCT, "refugees_homeless_after_leaving_asylum_support_change", G25C + "AT A GLANCE box)", geo=GLA),
            L("£21.4m", 21400000, E, GBP, HB, "April 2025 to March 2026 (2025/26; AT A GLANCE box)", ctx="£21.4m on hotels and B&Bs, 2025/26", geo=GLA),
            L("3.4k", 3400, E, P, "asylum_dispersal_population", "31 December 2025 (housed in the city; AT A GLANCE box)", geo=GLA),
            L("more than a third", 100 / 3, MT, PCT, "refugees_homeless_after_leaving_asylum_support_change", G25C + "rose by; " + GCC + ")", geo=GLA),
            L("2,140", 2140, E, HH, "refugees_homeless_after_leaving_asylum_support", G25, ctx="shows 2,140", geo=GLA),
            L("38%", 38, E, PCT, "refugees_homeless_after_leaving_asylum_support_change", G25C + "up on; " + GCC + ")", ctx="up 38% on", geo=GLA),
            L("1,550", 1550, E, HH, "refugees_homeless_after_leaving_asylum_support", "January to December 2024 (" + GCC + ")", geo=GLA),
            L("more than a quarter", 25, MT, PCT, "homelessness_presentations_share_refugees", G25, geo=GLA),
            L("7,940", 7940, E, APPS, "homelessness_applications", G25 + " (all homeless applications)", geo=GLA),
            L("3,460", 3460, E, HH, "temporary_accommodation_households", "31 January 2026 (the end of January; " + GCC + ")", geo=GLA),
            L("1,180", 1180, E, HH, "refugee_households_temporary_accommodation", "31 January 2026 (" + GCC + ")", geo=GLA),
            L("about a third", 100 / 3, AP, PCT, "temporary_accommodation_share_refugee_households", "31 January 2026 (" + GCC + ")", geo=GLA),
            L("three-quarters", 75, E, PCT, "refugee_households_temporary_accommodation_share_single_men", "31 January 2026 (" + GCC + ")", geo=GLA),
            L("c. 850", 850, AP, ROOMS, "council_emergency_rooms_booked", "per night, early 2026 (on a typical night; " + GCC + ")", geo=GLA),
            L("£87", 87, E, GBP, "council_emergency_room_cost_per_night", "per night, early 2026 (an average of, a room; " + GCC + ")", geo=GLA),
            L("£21.4m", 21400000, E, GBP, HB, GFY, ctx="spend £21.4m", geo=GLA),
            L("more than four times", 4, MT, RATIO, HB + "_ratio", "2025/26 vs 2022/23 (" + GCC + ")", geo=GLA),
            L("£5.1m", 5100000, E, GBP, HB, "April 2022 to March 2023 (2022/23; " + GCC + ")", geo=GLA),
            L("£17.3m", 17300000, E, GBP, "council_homelessness_budget_overspend", GFY + " this year", geo=GLA),
            L("£6.5m", 6500000, E, GBP, "scottish_government_emergency_housing_funding", "April 2026 to March 2027 (2026/27; Scottish Government)", geo=GLA),
            L("just over a third", 100 / 3, MT, PCT, "scottish_government_emergency_housing_funding_share_of_overspend", "2026/27 funding against the 2025/26 gap (only; council officials)", geo=GLA),
            L("3,420", 3420, E, P, "asylum_dispersal_population", "31 December 2025 (the end of December; Home Office figures)", geo=GLA),
            L("almost two-thirds", TWO3, ALM, PCT, "asylum_dispersal_population_share_glasgow", "31 December 2025 (Home Office figures)", geo=SCO),
            L("5,310", 5310, E, P, "asylum_dispersal_population", "31 December 2025 (across Scotland; Home Office figures)", geo=SCO),
            L("At least 45", 45, AL, P, "refugees_rough_sleeping", "January 2026 (found sleeping rough in the city; " + GCC + ")", geo=GLA),
            R("70 or 80", 70, 80, P, "refugee_drop_in_attendance", "per week, early 2026 (newly recognised refugees; Clydeside Welcome Project, Govan)", geo=GLA),
            L("16,800", 16800, E, HH, "temporary_accommodation_households", "30 September 2025 (a record; Scottish Government statistics)", geo=SCO),
            L("7,420", 7420, E, HH, "refugees_homeless_after_leaving_asylum_support", "April to September 2025 (the six months to September 2025)", geo=ENG),
        ]),
    "07-daily-ocarina-failed-asylum-returns-enforced-removals": dict(
        meta=dict(url="https://www.dailyocarina.example/news/politics/enforced-removals-double-three-years-36640219",
                  title="Enforced removals DOUBLE in three years - but most who leave Britain still go voluntarily",
                  publisher="Daily Ocarina", author="Kieran Mottershead-Boateng", published_date="2026-11-27"),
        labels=[
            L("DOUBLE", 2, E, RATIO, RE + "_ratio", "year to September 2026 vs year to September 2023 (in three years; headline)"),
            L("10,940", 10940, E, P, RE, "October 2025 to September 2026 (forced returns Labour hails; standfirst; " + HO7 + ")", ctx="hails 10,940"),
            V("tens of thousands", 20000, 90000, P, REF, "November 2026 (refused asylum seekers still here; critics, standfirst)"),
            L("doubled", 2, E, RATIO, RE + "_ratio", "year to September 2026 vs year to September 2023 (in three years; " + HO7 + ")"),
            L("10,940", 10940, E, P, RE, YS26 + " removed against their will", ctx="shows 10,940"),
            L("17%", 17, E, PCT, RE + "_change", "year to September 2026 vs year to September 2025 (up on; " + HO7 + ")"),
            L("9,350", 9350, E, P, RE, YS25),
            L("twice", 2, E, RATIO, RE + "_ratio", "year to September 2026 vs year to September 2023 (" + HO7 + ")", ctx="and twice the"),
            L("5,470", 5470, E, P, RE, YS23),
            L("Some 27,800", 27800, AP, P, "returns_voluntary", YS26),
            L("almost 39,000", 39000, ALM, P, "returns", YS26 + " total returns"),
            L("more than seven in ten", 70, MT, PCT, "returns_share_voluntary", YS26),
            L("11,600", 11600, E, P, "returns_failed_asylum_seekers", YS26),
            L("fewer than three in ten", 30, LT, PCT, "returns_share_failed_asylum_seekers", YS26 + " of the total"),
            L("5,720", 5720, E, P, "returns_foreign_national_offenders", YS26 + " (foreign criminals)"),
            L("41", 41, E, FLIGHTS, "charter_removal_flights", YS26 + " (in the year)"),
            L("a third", -THIRD, E, PCT, "charter_removal_flights_change", "year to September 2026 vs the year before (down … on last year; " + HO7 + ")", ctx="down a third on last year"),
            L("2,380", 2380, E, P, "returns_charter_flights", YS26),
            L("2,930", 2930, E, P, RE + "_albania", YS26, geo="Albania"),
            L("more than a quarter", 25, MT, PCT, RE + "_share_albania", YS26 + " of the total enforced returns"),
            L("more than 70,000", 70000, MT, P, "returns", "5 July 2024 to November 2026 (since Labour's election win, voluntarily or by force; ministers)", ctx="Ministers say more than 70,000"),
            L("£16,800", 16800, E, GBP, "returns_cost_per_person", "2026 (each enforced removal, an average of; Home Office estimates)"),
            L("up to £3,000", 3000, AM, GBP, "voluntary_return_payment", "2026 (for those who agree to go; Home Office)"),
            L("2,210", 2210, E, P, "detention_population_removal_centres", "30 September 2026 (a record; " + HO7 + ")"),
            L("290", 290, E, BEDS, "removal_centre_beds_added", "2026 (being added at two sites; the Home Office)"),
            L("as many as 48,000", 48000, AM, P, REF, "January 2023 to November 2026 (refused since the start of 2023, still in the country; Migration Audit Unit estimate)"),
            L("Ten thousand", 10000, E, P, RE, "per year (in a year; Craig Ollerenshaw, Migration Audit Unit)"),
            L("about one in five", 20, AP, PCT, "returns_share_of_return_orders", "January to December 2025 (Eurostat)", geo=EU),
            L("£290m", 290000000, E, GBP, "payment_to_rwanda", "April 2022 to July 2024 (in payments to Kigali alone)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (flew four volunteers there)"),
            L("More than 70,000", 70000, MT, P, "returns", "5 July 2024 to November 2026 (removed since the election; the Home Office)", ctx='"More than 70,000'),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
