#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-seventy-seventh hand-labelled hold-out set (holdout177).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, HOTELS, THIRD,
                        E, AP, MT, LT, AM, ALM, SBA, NM, PTR, RSC, RSP)

UK, ENG, WAL, SCO = "UK", "England", "Wales", "Scotland"
HH, HOMES, AREAS, WEEKS = "other:households", "other:homes", "other:council_areas", "other:weeks"
DAYS, BEDS, UNIS, PPHH = "other:days", "other:beds", "other:universities", "other:persons_per_household"
P1000 = "other:persons_per_1000_residents"

# 01 (Tuesday 13 January 2026; a fact check of claims made on Saturday 10 and Sunday 11 January 2026)
C1 = "Rupert Ellingham-Sowande, shadow immigration minister, Sunday 11 January 2026"
C2 = "Bethan Lisle-Mbeki, Liberal Democrat home affairs spokesperson, Sunday 11 January 2026"
C3 = "Gareth Pennock-Dlamini, Reform UK deputy chairman, Saturday 10 January 2026"
MEDP = "April 2022 to July 2024 (the Migration and Economic Development Partnership until it was scrapped; "
ACC = MEDP + "Home Office annual accounts)"
PERREL = "rwanda_scheme_cost_per_relocation"
Y25 = "January to December 2025 (Home Office data for 2025)"
YOUNG = "small_boat_arrivals_share_young_men"

# 02 (Saturday 30 May 2026; ONS estimates published last week, Thursday 21 May 2026)
ONS2 = "ONS estimate published Thursday 21 May 2026"
FY26 = "April 2025 to March 2026 (2025/26; housing ministry figures)"
THREE = "mid-2022 to mid-2025 (the three years to mid-2025"
HOC = "Dr Harriet Olufemi-Caddick, housing economist, University of Leeds"

# 03 (Friday 28 August 2026; Home Office statistics published Thursday 27 August 2026)
HO3 = "Home Office statistics published Thursday 27 August 2026"
J26 = "30 June 2026 (the close of June; " + HO3 + ")"
J25 = "30 June 2025 (a year earlier; " + HO3 + ")"
YJ26 = "July 2025 to June 2026 (the year to June 2026; " + HO3 + ")"
GR = "asylum_grants_share_initial_decisions"
BOX3 = " (THE QUEUE IN NUMBERS box)"
ABA = "asylum_backlog_appeals"

# 04 (Tuesday 2 June 2026; Home Office figures for 31 March 2026 published last Thursday, 28 May 2026)
HO4 = "Home Office figures published Thursday 28 May 2026"
M26 = "31 March 2026 (the end of March; " + HO4 + ")"
TAB = "31 March 2026 (Where people are housed table; " + HO4 + ")"
ADP = "asylum_dispersal_population"
GLA = "Glasgow"
SHG = "asylum_dispersal_population_share_glasgow"

# 05 (Wednesday 9 September 2026; Home Office figures for the end of June 2026, PA copy)
E26 = "30 June 2026 (the end of June; Home Office)"
E25 = "30 June 2025 (a year earlier; Home Office)"
FOI5 = "April 2025 to March 2026 (2025/26; figures obtained by PA under freedom of information rules)"
BOX5 = " (KEY FACTS box)"
HPN = "asylum_hotel_cost_per_person_night"
TRW = "Trowse"

# 06 (Wednesday 11 November 2026; National Audit Office report published that day)
NAO = "National Audit Office report published Wednesday 11 November 2026"
YJ = "July 2025 to June 2026 (the year to June 2026; " + NAO + ")"
FNO = "foreign_national_offenders_awaiting_removal_in_community"

# 07 (Tuesday 30 June 2026; HESA data published Thursday 25 June 2026)
HESA = "HESA data published Thursday 25 June 2026"
AY25 = "2024/25 academic year (" + HESA + ")"
AY24 = "2023/24 academic year (the previous year; " + HESA + ")"
INT = "international_students"
USW = "international_students_university_of_south_wales"
MEDR = "Medr"

ARTICLES = {
    "01-proofmeter-channel-crossings-rwanda-cost-claims": dict(
        meta=dict(url="https://www.proofmeter.example/fact-checks/channel-crossings-rwanda-bill-three-claims-checked",
                  title="Channel crossings and the Rwanda bill: three claims checked",
                  publisher="ProofMeter", author="Imogen Rattray-Quarshie", published_date="2026-01-13"),
        labels=[
            L("doubled", 2, E, RATIO, "small_boat_arrivals_ratio", "under the Labour government (since July 2024) against before it (the claim; " + C1 + ")", ctx="has doubled under"),
            L("31,140", 31140, E, P, SBA, "July 2023 to June 2024 (the year ending June 2024, the final twelve months under the previous government; Home Office daily count)"),
            L("41,470", 41470, E, P, SBA, "January to December 2025 (the 12 months to December 2025; Home Office daily count)"),
            L("about 33%", 33, AP, PCT, "small_boat_arrivals_change", "12 months to December 2025 vs 12 months to June 2024 (up)"),
            L("a third", THIRD, E, PCT, "small_boat_arrivals_change", "12 months to December 2025 vs 12 months to June 2024 (an increase of)", ctx="an increase of a third"),
            L("11,860", 11860, E, P, SBA, "July to December 2023 (the second half of 2023)"),
            L("23,150", 23150, E, P, SBA, "July to December 2025 (the second half of 2025)"),
            L("1.95 times", 1.95, E, RATIO, "small_boat_arrivals_ratio", "second half of 2025 vs second half of 2023"),
            L("286", 286, E, P, SBA, "1 to 13 January 2026 (so far this year)"),
            L("a billion pounds", 1000000000, E, GBP, RSC, "the scheme's total cost (the claim; " + C2 + ")"),
            L("£250 million", 250000000, E, GBP, PERREL, "the scheme's cost for each person who went (the claim; " + C2 + ")"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (the people who went; the claim; " + C2 + ")", ctx="the four people who went"),
            L("about £721m", 721000000, AP, GBP, RSC, MEDP + "the total spent; OUR VERDICT)"),
            L("£1bn", 1000000000, E, GBP, RSC, "the claimed total (not; OUR VERDICT)", ctx="not £1bn."),
            L("£721m", 721000000, E, GBP, RSC, ACC, ctx="department spent £721m"),
            L("£318m", 318000000, E, GBP, PTR, ACC + " paid directly to the Rwandan government"),
            L("roughly £403m", 403000000, AP, GBP, "rwanda_scheme_cost_uk", ACC + " staff, flights, detention and legal costs in the UK"),
            L("£1bn", 1000000000, E, GBP, RSP, "had the scheme continued (an estimate; the source of the claimed figure)", ctx="The £1bn figure"),
            L("£279m", 279000000, E, GBP, "payment_to_rwanda_due_not_made", "committed but never made (a further)"),
            L("Four", 4, E, P, "rwanda_relocations", MEDP + "volunteers relocated under a separate voluntary scheme)", ctx="Four volunteers"),
            L("nobody", 0, E, P, "rwanda_enforced_removals", MEDP + "nobody ever forcibly flown there)", ctx="and nobody was ever"),
            L("£721m", 721000000, E, GBP, RSC, ACC + " (dividing)", ctx="Dividing £721m"),
            L("four", 4, E, P, "rwanda_relocations", MEDP + "dividing by)", ctx="by four gives"),
            L("about £180m", 180000000, AP, GBP, PERREL, MEDP + "per person)"),
            L("£250m", 250000000, E, GBP, PERREL, "the claimed cost per person (not)", ctx="not £250m"),
            L("Nine out of ten", 90, E, PCT, YOUNG, "the people coming across on the boats (the claim; " + C3 + ")"),
            L("nine in ten", 90, E, PCT, YOUNG, "the claimed share (not; OUR VERDICT)", ctx="not nine in ten"),
            L("76%", 76, E, PCT, "small_boat_arrivals_share_adult_men", Y25),
            L("13%", 13, E, PCT, "small_boat_arrivals_share_children", Y25 + " under 18"),
            L("11%", 11, E, PCT, "small_boat_arrivals_share_adult_women", Y25),
            L("58%", 58, E, PCT, "asylum_applications_share_main_applicants_aged_18_29", "January to December 2025 (last year, main applicants aged 18 to 29, every route)"),
            L("closer to 87%", 87, AP, PCT, "small_boat_arrivals_share_adult_men", "January to December 2022 (in 2022; Dr Fiona Achterberg-Njoku, University of Stirling)"),
        ]),
    "02-the-quodlibet-net-migration-housing-ons-revisions": dict(
        meta=dict(url="https://www.quodlibet.example/p/the-numbers-we-build-on",
                  title="The numbers we build on",
                  publisher="The Quodlibet", author="Leopold Gaskarth-Ihejirika", published_date="2026-05-30"),
        labels=[
            L("204,000", 204000, E, P, NM, "January to December 2025 (calendar 2025; " + ONS2 + ")"),
            L("less than a quarter", 25, LT, PCT, "net_migration_share_of_peak", "calendar 2025 against the peak (year to March 2023; " + ONS2 + ")"),
            L("934,000", 934000, E, P, NM, "April 2022 to March 2023 (the peak, the year to March 2023, as the ONS now puts it)"),
            L("412,000", 412000, E, P, NM, "January to December 2024 (the first estimate; ONS)"),
            L("358,000", 358000, E, P, NM, "January to December 2024 (revised; " + ONS2 + ")"),
            L("54,000", -54000, E, P, "net_migration_revision", "January to December 2024 (a cut of; " + ONS2 + ")"),
            L("49,000", 49000, E, P, "emigration_revision", "January to December 2024 (revised up by; " + ONS2 + ")"),
            L("517,000", 517000, E, P, "emigration", "January to December 2024 (revised; " + ONS2 + ")"),
            L("186,400", 186400, E, HOMES, "housing_completions", FY26, geo=ENG),
            L("9%", -9, E, PCT, "housing_completions_change", "2025/26 vs 2024/25 (down on the year before; housing ministry figures)", geo=ENG),
            L("1.5 million", 1500000, E, HOMES, "housing_target", "over the parliament, 2024 to 2029 (Labour's promise)", geo=ENG),
            L("roughly 300,000", 300000, AP, HOMES, "housing_target", "per year (implied by the pledge)", geo=ENG),
            L("about three-fifths", 60, AP, PCT, "housing_completions_share_of_target", "2025/26 against the implied 300,000 a year", geo=ENG),
            L("about 2.1m", 2100000, AP, P, "population_growth", THREE + ", mostly through migration)", geo=ENG),
            L("some 610,000", 610000, AP, HOMES, "housing_completions", THREE + ", over the same three years)", geo=ENG),
            L("3.4", 3.4, E, RATIO, "population_growth_per_housing_completion_ratio", THREE + "; additional residents for every new home)", geo=ENG),
            L("about 2.4", 2.4, AP, PPHH, "average_household_size", "2025 (an average household)", geo=ENG),
            L("two million", 2000000, E, P, "population_growth", "mid-2022 to mid-2025 (added in three years; " + HOC + ")", geo=ENG),
            L("something like 80,000", 80000, AP, HOMES, "housing_demand_from_migration", "per year (annually, just to keep pace, at 200,000 a year net; " + HOC + ")", geo=ENG),
            L("1.33 million", 1330000, E, HH, "housing_waiting_list_households", "May 2026 (now, on council waiting lists)", geo=ENG),
            L("14%", 14, E, PCT, "housing_waiting_list_households_change", "2026 vs 2021 (up on five years ago)", geo=ENG),
            L("nearly eight times", 8, ALM, RATIO, "house_price_to_earnings_ratio", "2026 (the typical house against typical earnings)", geo=ENG),
            R("anywhere between 151,000 and 262,000", 151000, 262000, P, NM, "January to December 2025 (the ONS's range for 2025)"),
        ]),
    "03-the-misericord-asylum-backlog-appeals-grant-rates": dict(
        meta=dict(url="https://www.misericord.example/news/uk/politics/asylum-backlog-appeals-tribunal-grant-rates-b2814407.html",
                  title="Asylum backlog falls by 41% - but almost 59,000 people are now stuck waiting for appeals",
                  publisher="The Misericord", author="Maya Thistlewood-Ansah", published_date="2026-08-28"),
        labels=[
            L("41%", -41, E, PCT, "asylum_backlog_change", "30 June 2026 vs 30 June 2025 (falls by; headline)", ctx="falls by 41%"),
            L("almost 59,000", 59000, ALM, P, ABA, "30 June 2026 (stuck waiting for appeals; headline)"),
            L("48,730", 48730, E, P, "asylum_backlog", J26 + " the initial-decision queue", ctx="queue at 48,730"),
            L("41 per cent", -41, E, PCT, "asylum_backlog_change", "30 June 2026 vs 30 June 2025 (a drop of; " + HO3 + ")"),
            L("82,600", 82600, E, P, "asylum_backlog", J25),
            L("58,940", 58940, E, P, ABA, J26 + " before the First-tier Tribunal", ctx="grew to 58,940"),
            L("44,100", 44100, E, P, ABA, "30 June 2025 (twelve months before; " + HO3 + ")"),
            L("roughly a third", THIRD, AP, PCT, ABA + "_change", "30 June 2026 vs 30 June 2025 (an increase of)"),
            L("39%", 39, E, PCT, GR, YJ26, ctx="protection in 39%"),
            L("52%", 52, E, PCT, GR, "July 2024 to June 2025 (a year before; " + HO3 + ")"),
            L("99%", 99, E, PCT, GR + "_sudanese", YJ26),
            L("96%", 96, E, PCT, GR + "_eritrean", YJ26),
            L("62%", 62, E, PCT, GR + "_iranian", YJ26),
            L("37%", 37, E, PCT, GR + "_afghan", YJ26),
            L("88%", 88, E, PCT, GR + "_afghan", "July 2023 to June 2024 (two years ago; " + HO3 + ")"),
            L("4%", 4, E, PCT, GR + "_albanian", YJ26 + " (just)"),
            L("9%", 9, E, PCT, GR + "_vietnamese", YJ26),
            L("11%", 11, E, PCT, GR + "_pakistani", YJ26),
            L("48,730", 48730, E, P, "asylum_backlog", "30 June 2026 (awaiting initial decision" + BOX3 + ")", ctx="decision: 48,730"),
            L("58,940", 58940, E, P, ABA, "30 June 2026 (appeals pending at tribunal" + BOX3 + ")", ctx="tribunal: 58,940"),
            L("39%", 39, E, PCT, GR, YJ26 + BOX3, ctx="rate: 39%"),
            L("43%", 43, E, PCT, "asylum_appeals_share_allowed", YJ26 + BOX3, ctx="allowed: 43%"),
            L("52,300", 52300, E, P, "asylum_appeals_lodged", "July 2025 to June 2026 (the 12 months to June; " + HO3 + ")"),
            L("nearly four times", 4, ALM, RATIO, "asylum_appeals_lodged_ratio", "year to June 2026 vs year to June 2024 (two years earlier)"),
            L("36,800", 36800, E, P, "asylum_appeals_determined", "July 2025 to June 2026 (judges decided)"),
            L("43%", 43, E, PCT, "asylum_appeals_share_allowed", "July 2025 to June 2026 (of those decided)", ctx="decided, 43%"),
            L("47 weeks", 47, E, WEEKS, "asylum_appeal_wait_average", "August 2026 (now, from lodging to a hearing; figures obtained by The Misericord under freedom of information rules)"),
            L("29,800", 29800, E, P, "asylum_support_population_awaiting_appeal", J26 + " (an estimated)"),
            L("around a third", THIRD, AP, PCT, "asylum_support_population_share_awaiting_appeal", J26),
            L("more than four in ten", 40, MT, PCT, "asylum_appeals_share_allowed", "2025/26 (refusals overturned on appeal; Tomas Ferreira-Waddell, Asylum Route Watch)"),
            L("5,000", 5000, E, DAYS, "tribunal_sitting_days_added", "2026 (this year, extra sitting days paid for; Ministry of Justice)"),
            L("120", 120, E, P, "tribunal_judges_recruited", "1 January to 27 August 2026 (since January; Ministry of Justice)"),
        ]),
    "04-alidade-news-scotland-asylum-dispersal-glasgow-councils": dict(
        meta=dict(url="https://www.alidadenews.example/news/articles/c9e4k2p7lr0o",
                  title="Asylum seekers housed in 23 Scottish council areas as Glasgow's share falls",
                  publisher="Alidade News", author="Catriona Muirhead-Adeyemi", published_date="2026-06-02"),
        labels=[
            L("23", 23, E, AREAS, "council_areas_hosting_asylum_seekers", "31 March 2026 (headline; " + HO4 + ")", geo=SCO),
            L("More than 5,800", 5800, MT, P, ADP, "31 March 2026 (now being housed across Scotland)", geo=SCO),
            L("fewer than three in five", 60, LT, PCT, SHG, "31 March 2026 (of them in Glasgow)", geo=SCO),
            L("5,870", 5870, E, P, ADP, M26 + " across Scotland", geo=SCO),
            L("3,190", 3190, E, P, ADP, M26, ctx="housing 3,190", geo=GLA),
            L("10%", -10, E, PCT, ADP + "_change", "31 March 2026 vs 31 March 2025 (down on a year earlier)", geo=GLA),
            L("54%", 54, E, PCT, SHG, M26, geo=SCO),
            L("roughly nine in every ten", 90, AP, PCT, SHG, "spring 2023 (three years ago)", geo=SCO),
            L("3,190", 3190, E, P, ADP, TAB, ctx="Glasgow: 3,190", geo=GLA),
            L("520", 520, E, P, ADP, TAB, geo="Edinburgh"),
            L("410", 410, E, P, ADP, TAB, geo="Aberdeen"),
            L("330", 330, E, P, ADP, TAB, geo="Dundee"),
            L("290", 290, E, P, ADP, TAB, geo="Renfrewshire"),
            L("270", 270, E, P, ADP, TAB, geo="North Lanarkshire"),
            L("180", 180, E, P, ADP, TAB, geo="Falkirk"),
            L("150", 150, E, P, ADP, TAB, ctx="Inverclyde: 150", geo="Inverclyde"),
            L("110", 110, E, P, ADP, TAB, geo="Perth and Kinross"),
            L("420", 420, E, P, ADP, M26 + " the remaining, across 14 other council areas", geo=SCO),
            L("14", 14, E, AREAS, "council_areas_hosting_asylum_seekers", M26 + " other council areas besides the nine listed", geo=SCO),
            L("about five", 5, AP, P1000, ADP + "_per_1000_residents", M26, geo=GLA),
            L("1.1", 1.1, E, P1000, ADP + "_per_1000_residents", M26 + " Scotland as a whole", geo=SCO),
            L("32", 32, E, AREAS, "council_areas_agreed_full_dispersal", "2023 (all Scottish councils agreed in principle)", geo=SCO),
            L("£2,750", 2750, E, GBP, "council_asylum_grant_per_new_dispersal_bed", "2026 (a one-off payment for each new bed)", geo=SCO),
            L("£4.2m", 4200000, E, GBP, "scottish_government_refugee_integration_funding", "April 2026 to March 2027 (this year; Scottish government)", geo=SCO),
            L("around 1,900", 1900, AP, HH, "temporary_accommodation_households", "June 2026 (still; Cllr Morag Dunsinane-Okafor, Glasgow City Council)", geo=GLA),
            L("fewer than 20", 20, LT, P, ADP, "spring 2024 (two years ago; Inverclyde Council)", geo="Inverclyde"),
            L("150", 150, E, P, ADP, "31 March 2026 (grown to; Inverclyde Council)", ctx="to 150, a council", geo="Inverclyde"),
            L("nearly 90%", 90, ALM, PCT, "asylum_support_share_dispersal", "June 2026 (now, in dispersal housing rather than contingency hotels; Home Office)", geo=SCO),
            L("about 70%", 70, AP, PCT, "asylum_support_share_dispersal", "March 2025 (Home Office)", geo=SCO),
        ]),
    "05-loddon-garganey-pa-asylum-hotels-closing-cost-per-night": dict(
        meta=dict(url="https://www.loddongarganey.example/news/politics/asylum-hotel-near-norwich-to-close-as-home-office-cuts-nightly-bill-6631908",
                  title="Asylum hotel near Norwich to close as Home Office cuts nightly bill",
                  publisher="Loddon Garganey", author="Oliver Trenholme-Asante", published_date="2026-09-09"),
        labels=[
            L("almost a third", -THIRD, ALM, PCT, "asylum_hotels_in_use_change", "30 June 2026 vs 30 June 2025 (fallen by)"),
            L("148", 148, E, HOTELS, "asylum_hotels_in_use", E26, ctx="said 148 hotels"),
            L("217", 217, E, HOTELS, "asylum_hotels_in_use", E25, ctx="down from 217"),
            L("41", 41, E, HOTELS, "asylum_hotels_closed", "1 January to early September 2026 (since January; stopped taking asylum seekers)"),
            L("21,300", 21300, E, P, "asylum_hotel_population", E26 + " living in hotels", ctx="fell to 21,300"),
            L("30,940", 30940, E, P, "asylum_hotel_population", "30 June 2025 (June 2025; Home Office)"),
            L("31%", -31, E, PCT, "asylum_hotel_population_change", "30 June 2026 vs 30 June 2025 (a fall of)"),
            L("£131", 131, E, GBP, HPN, "per night, " + FOI5, ctx="was £131 a night"),
            L("£19", 19, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, " + FOI5, ctx="against £19"),
            L("nearly seven times", 7, ALM, RATIO, HPN + "_ratio", "2025/26 (a hotel against dispersal accommodation)"),
            L("£1.74bn", 1740000000, E, GBP, "asylum_cost_hotels", "April 2025 to March 2026 (2025/26; the department spent)"),
            L("about £4.8m", 4800000, AP, GBP, "asylum_cost_hotels", "per day, April 2025 to March 2026 (2025/26)"),
            L("£2.31bn", 2310000000, E, GBP, "asylum_cost_hotels", "April 2024 to March 2025 (the year before)"),
            L("148", 148, E, HOTELS, "asylum_hotels_in_use", "30 June 2026 (end of June" + BOX5 + ")", ctx="June: 148"),
            L("217", 217, E, HOTELS, "asylum_hotels_in_use", "30 June 2025 (a year earlier" + BOX5 + ")", ctx="(217 a year"),
            L("21,300", 21300, E, P, "asylum_hotel_population", "30 June 2026 (people in hotels" + BOX5 + ")", ctx="hotels: 21,300"),
            L("£131", 131, E, GBP, HPN, "per night, 2025/26 (average hotel cost" + BOX5 + ")", ctx="cost: £131"),
            L("£19", 19, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, 2025/26 (dispersal housing" + BOX5 + ")", ctx="housing: £19"),
            L("up to 180", 180, AM, P, "asylum_hotel_population", "2023 to 2026 (men at a time at the Yare Meadows Hotel)", geo=TRW),
            L("two", 2, E, HOTELS, "asylum_hotels_in_use", "after the Yare Meadows closure, autumn 2026 (left in the county)", ctx="leave two hotels", geo="Norfolk"),
            L("four", 4, E, HOTELS, "asylum_hotels_in_use", "January 2026 (the start of the year)", ctx="down from four", geo="Norfolk"),
            L("c. 140", 140, AP, P, "asylum_hotel_population", "September 2026 (the current residents of the Yare Meadows Hotel; South Norfolk Council)", geo=TRW),
            L("£640,000", 640000, E, GBP, "police_cost_asylum_hotel_protests", "2024 to September 2026 (since 2024, policing protests outside the hotel; Norfolk Constabulary)", geo=TRW),
            L("more than 300", 300, MT, P, "police_officers_deployed", "a single weekend, summer 2025 (last summer; Norfolk Constabulary)", geo=TRW),
            L("nearly 400", 400, ALM, HOTELS, "asylum_hotels_in_use", "July 2024 (inherited by this government; a Home Office spokesperson)"),
            V("millions of pounds", 2000000, 9000000, GBP, "asylum_cost_hotels", "per day, July 2024 (inherited; a Home Office spokesperson)"),
            L("more than halved", -50, MT, PCT, "asylum_hotels_in_use_change", "July 2024 to June 2026 (a Home Office spokesperson)"),
        ]),
    "06-the-antiphon-nao-removals-returns-foreign-offenders": dict(
        meta=dict(url="https://www.theantiphon.example/uk-news/2026/nov/11/home-office-returns-value-for-money-national-audit-office",
                  title="Home Office 'cannot say' whether returns spending offers value for money, watchdog finds",
                  publisher="The Antiphon", author="Ravi Castellanos-Boyd", published_date="2026-11-11"),
        labels=[
            V("thousands", 2000, 9000, P, "foreign_national_offenders_lost_contact", "November 2026 (lost track of, awaiting deportation; standfirst)", ctx="lost track of thousands"),
            L("36,940", 36940, E, P, "returns", YJ + " removals and returns"),
            L("14%", 14, E, PCT, "returns_change", "year to June 2026 vs the previous 12 months (up; " + NAO + ")"),
            L("24,310", 24310, E, P, "returns_voluntary", YJ + " departed voluntarily"),
            L("9,870", 9870, E, P, "returns_enforced", YJ),
            L("2,760", 2760, E, P, "returns_port", YJ + " turned away at ports and airports"),
            L("Roughly one in five", 20, AP, PCT, "returns_share_refused_asylum_seekers", YJ),
            L("7,210", 7210, E, P, "returns_refused_asylum_seekers", YJ),
            L("about £21,000", 21000, AP, GBP, "returns_enforced_cost_per_person", "per return, 2025/26 (on average; NAO estimate)"),
            L("£2,400", 2400, E, GBP, "voluntary_return_cost_per_person", "per return, 2025/26 (an assisted voluntary return; NAO estimate)"),
            L("nearly nine times", 9, ALM, RATIO, "returns_enforced_cost_per_person_ratio", "2025/26 (an enforced removal against an assisted voluntary return; NAO estimate)"),
            L("up to £3,000", 3000, AM, GBP, "voluntary_return_payment", "per person, 2026 (each, to help them resettle)"),
            L("£412m", 412000000, E, GBP, "returns_cost", "April 2025 to March 2026 (2025-26; " + NAO + ")"),
            L("a third", THIRD, E, PCT, "returns_cost_change", "2025-26 vs 2023-24 (higher than)", ctx="a third higher"),
            L("5,420", 5420, E, P, "returns_foreign_national_offenders", YJ),
            L("18%", 18, E, PCT, "returns_foreign_national_offenders_change", "year to June 2026 vs year to June 2025 (up)"),
            L("4,610", 4610, E, P, "returns_foreign_national_offenders", "July 2024 to June 2025 (the year before; " + NAO + ")"),
            L("19,640", 19640, E, P, FNO, "June 2026 (reached, the highest on record; " + NAO + ")"),
            L("17,900", 17900, E, P, FNO, "June 2025 (a year before; " + NAO + ")"),
            L("4,730", 4730, E, P, "foreign_national_offenders_lost_contact", "June 2026 (meant to be reporting; " + NAO + ")"),
            L("nearly a quarter", 25, ALM, PCT, "foreign_national_offenders_share_lost_contact", "June 2026 (of the total; " + NAO + ")"),
            V("thousands", 2000, 9000, P, "people_awaiting_removal_whereabouts_unknown", "November 2026 (people it intends to remove; " + NAO + ")", ctx="where thousands of people"),
            V("hundreds of millions of pounds", 200000000, 900000000, GBP, "returns_cost", "per year (Dame Philippa Rowntree-Agyeman, chair of the Commons public accounts committee)"),
            L("2,180", 2180, E, BEDS, "detention_capacity", "30 June 2026 (the end of June; " + NAO + ")"),
            L("about 290", 290, AP, BEDS, "detention_capacity_planned_change", "2027 (next year, more; " + NAO + ")"),
            L("almost half", 50, ALM, PCT, "returns_enforced_share_scheduled_flights", YJ + " escorted seats on scheduled flights"),
            L("over 60,000", 60000, MT, P, "returns", "July 2024 to November 2026 (since July 2024; Home Office)"),
        ]),
    "07-treorchy-twite-international-students-dependants-wales-universities": dict(
        meta=dict(url="https://www.treorchytwite.example/news/education/welsh-universities-lose-almost-fifth-overseas-students-30419876",
                  title="Welsh universities lose almost a fifth of overseas students as dependants ban bites",
                  publisher="Treorchy Twite", author="Sioned Pritchard-Akande", published_date="2026-06-30"),
        labels=[
            L("almost a fifth", -20, ALM, PCT, INT + "_change", "2024/25 vs 2023/24 (lose; headline)", ctx="lose almost a fifth", geo=WAL),
            L("almost a fifth", -20, ALM, PCT, INT + "_change", "2024/25 vs 2023/24 (fewer than a year earlier; " + HESA + ")", ctx="teaching almost a fifth", geo=WAL),
            L("24,860", 24860, E, P, INT, AY25, geo=WAL),
            L("18%", -18, E, PCT, INT + "_change", "2024/25 vs 2023/24 (down; " + HESA + ")", geo=WAL),
            L("30,300", 30300, E, P, INT, AY24, geo=WAL),
            L("27%", -27, E, PCT, INT + "_entrants_non_eu_change", "2024/25 vs 2023/24 (fell, new non-EU students; " + HESA + ")", geo=WAL),
            L("9,410", 9410, E, P, INT + "_entrants_non_eu", AY25 + " new non-EU students starting courses", geo=WAL),
            L("3,120", 3120, E, P, USW, AY25, geo=WAL),
            L("4,800", 4800, E, P, USW, "2023/24 academic year (a year earlier; " + HESA + ")", geo=WAL),
            L("35%", -35, E, PCT, USW + "_change", "2024/25 vs 2023/24 (a drop of; " + HESA + ")", geo=WAL),
            L("16,200", 16200, E, P, "visas_granted_study_dependants", "April 2025 to March 2026 (the 12 months to March 2026, UK-wide; Home Office data)"),
            L("121,500", 121500, E, P, "visas_granted_study_dependants", "April 2023 to March 2024 (two years before; Home Office data)"),
            L("£388m", 388000000, E, GBP, "international_student_fee_income", "2024/25 (an estimated, paid to Welsh universities; " + MEDR + ")", geo=WAL),
            L("about 21%", 21, AP, PCT, "university_income_share_international_fees", "2024/25 (of the sector's total income; " + MEDR + ")", geo=WAL),
            L("£64.7m", 64700000, E, GBP, "university_sector_deficit", "2024/25 (last year, combined; " + MEDR + ")", geo=WAL),
            L("seven", 7, E, UNIS, "universities_forecasting_deficit", "2025/26 (of the nine, expect to be in deficit again; " + MEDR + ")", geo=WAL),
            L("More than 1,000", 1000, MT, P, "university_job_cuts", "early 2024 to June 2026 (posts gone or earmarked for redundancy since early 2024)", geo=WAL),
            L("60", 60, E, P, "postgraduate_nursing_course_intake", "before the dependants rule (on some programmes; Dr Gareth Llewellyn-Mensah, union branch chair)", geo=WAL),
            L("a dozen", 12, E, P, "postgraduate_nursing_course_intake", "2025/26 (now, on some programmes; Dr Gareth Llewellyn-Mensah, union branch chair)", geo=WAL),
            L("around £15,000", 15000, AP, GBP, "international_student_tuition_fee", "per year (fees each international student brings; Dr Gareth Llewellyn-Mensah)", geo=WAL),
            L("£9,535", 9535, E, GBP, "home_student_tuition_fee_cap", "per year, 2025/26 (Welsh and other UK students in Wales)", geo=WAL),
            L("£19m", 19000000, E, GBP, "welsh_government_university_support_funding", "2026/27 (this year, extra for Medr; Welsh Government)", geo=WAL),
            L("more than halved", -50, MT, PCT, "net_migration_change", "since the rules changed (January 2024) to 2026 (Home Office)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
