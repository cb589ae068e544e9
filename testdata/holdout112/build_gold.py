#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-twelfth hand-labelled hold-out set (holdout112).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, HOTELS, THIRD, E, AP, MT, AL, LT, AM,
                        ALM, SBA, SBC, NM, AC, HOT, RSC, PTR, EW)

UK, ENG, WA, SCO, NI, FR = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France"
GL, KENT = "Glasgow", "Kent"
VAC, HH, PER10K, AREAS = "other:vacancies", "other:households", "other:persons_per_10000_residents", "other:council_areas"
FLIGHTS, DAYS, WEEKS, TFR = "other:flights", "other:days", "other:weeks", "other:children_per_woman"

# 01 (Friday 21 August 2026; Home Office quarterly statistics "released on Thursday", 20 August, for the year ending June 2026)
YE26 = "July 2025 to June 2026 (year ending June 2026; Home Office statistics released Thursday 20 August 2026"
YOY1 = "year ending June 2026 vs year ending June 2025"
ICEA = "chair, Independent Care Employers' Association"
# 02 (Tuesday 15 September 2026; Home Office figures for January to June 2026; a charity report "published today")
H1 = "January to June 2026 (the first half of the year; Home Office figures"
HCT = "Harbourlight Children's Trust"
UASC = "small_boat_arrivals_unaccompanied_children"
# 03 (Friday 27 November 2026; Home Office statistics "published on Thursday", 26 November, for the year ending September 2026)
YS = "October 2025 to September 2026 (year ending September 2026; Home Office statistics published Thursday 26 November 2026"
YOY3 = "year ending September 2026 vs the 12 months before"
BOX = "; 'Returns in numbers' box)"
TREATY = "September 2025 to November 2026 (since the first flight under the 'one in, one out' treaty in September 2025"
RW = "2022 to 2024 (the abandoned Rwanda plan, scrapped in 2024)"
# 04 (Wednesday 3 June 2026; a report to Glasgow City Council's finance and audit scrutiny committee "on Tuesday", 2 June)
REP = "report to Glasgow City Council's finance and audit scrutiny committee, Tuesday 2 June 2026"
MAR26 = "31 March 2026 (the end of March; " + REP
FY26 = "April 2025 to March 2026 (2025/26; " + REP + ")"
# 05 (Saturday 24 October 2026; ONS national population projections published "on Wednesday", 21 October)
ONS5 = "ONS 2024-based national population projections, published Wednesday 21 October 2026"
DEC = "mid-2024 to mid-2034 (the decade; " + ONS5 + ")"
# 06 (Tuesday 10 March 2026; Ministry of Justice and Home Office figures to the end of December 2025)
DEC25 = "31 December 2025 (the end of December"
MOD = "The Modicum's calculation"
FY25 = "April 2024 to March 2025 (2024/25"
# 07 (Tuesday 19 May 2026; crossings "on Monday", 18 May, and in the seven days to Monday, 12-18 May)
MON = "Monday 18 May 2026 (on Monday; Home Office figures"
WK = "12 to 18 May 2026 (the seven days to Monday, last week; Home Office figures"
YTD7 = "1 January to 18 May 2026 (so far this year; Home Office figures"
WKND = "Saturday 16 to Sunday 17 May 2026 (over the weekend; French police"

ARTICLES = {
    "01-the-sallyport-visa-routes-care-work-study": dict(
        meta=dict(url="https://www.thesallyport.example/news/2026/08/21/care-visas-collapse-work-visas-fall-third-home-office-figures/",
                  title="Foreign care recruitment all but ends as work visas fall by a third",
                  publisher="The Sallyport", author="Rosalind Ashdown-Kiprono", published_date="2026-08-21"),
        labels=[
            L("a third", -THIRD, E, PCT, "visas_granted_work_change", YOY1 + " (work visas fall by; headline)", ctx="fall by a third"),
            L("one in five", 20, E, PCT, "visas_granted_study_share_india", YE26 + "; study visas going to a student from India; standfirst)", ctx="while one in five study"),
            L("9,870", 9870, E, P, "visas_granted_health_care_worker", YE26 + "; main applicants admitted)"),
            L("71 per cent", -71, E, PCT, "visas_granted_health_care_worker_change", YOY1 + " (fewer than the previous 12 months)"),
            L("34,050", 34050, E, P, "visas_granted_health_care_worker", "July 2024 to June 2025 (the previous 12 months)"),
            L("146,000", 146000, E, P, "visas_granted_health_care_worker", "October 2022 to September 2023 (the year to September 2023; the route's height)"),
            L("79 per cent", 79, E, PCT, "visas_granted_health_care_worker_share_nhs", YE26 + "; accounted for by NHS employers)"),
            L("178,400", 178400, E, P, "visas_granted_work", YE26 + "; main applicants, every work route)"),
            L("a third", -THIRD, E, PCT, "visas_granted_work_change", YOY1 + " (down on last year)", ctx="down a third on last year"),
            L("289,600", 289600, E, P, "visas_granted_work_including_dependants", YE26 + "; with the family members who travelled with them)"),
            L("almost two in five", 40, ALM, PCT, "visas_granted_work_share_dependants", YE26 + "; work visas going to dependants)"),
            L("61,300", 61300, E, P, "visas_granted_skilled_worker", YE26 + "; main applicants)"),
            L("23 per cent", -23, E, PCT, "visas_granted_skilled_worker_change", YOY1 + " (a fall of)"),
            L("17,900", 17900, E, P, "visas_granted_skilled_worker_india", YE26 + "; Indian nationals, more than any other country)"),
            L("6 per cent", 6, E, PCT, "visas_granted_study_change", YOY1 + " (sponsored study visas rose)"),
            L("403,500", 403500, E, P, "visas_granted_study", YE26 + "; sponsored study visas)"),
            L("One in five", 20, E, PCT, "visas_granted_study_share_india", YE26 + "; went to a student from India)", ctx="One in five went"),
            L("a fifth", -20, E, PCT, "visas_granted_study_dependants_change", YOY1 + " (fell by)"),
            L("16,950", 16950, E, P, "visas_granted_study_dependants", YE26 + "; students' husbands, wives and children)"),
            L("41,150", 41150, E, P, "visas_granted_seasonal_worker", YE26 + "; seasonal worker visas for farms)"),
            L("43,000", 43000, E, P, "seasonal_worker_visa_allocation", "2026 (the places ministers allowed this year; a policy cap)"),
            L("70,200", 70200, E, P, "visas_granted_family", YE26 + "; family route visas, broadly flat)"),
            L("above 120,000", 120000, MT, VAC, "adult_social_care_vacancies", "2026 (climbed back above; " + ICEA + ")", geo=ENG),
            L("about one in four", 25, AP, PCT, "care_providers_share_shut_beds_or_refused_clients", "spring to August 2026 (members who have shut beds or refused new clients since the spring; " + ICEA + ")"),
            L("some 38,000", 38000, AP, P, "sponsored_care_workers_without_employer", "August 2026 (care workers in Britain on sponsored visas who have lost their employer; Independent Care Employers' Association estimate)"),
            L("171,000", 171000, E, P, NM, "January to December 2025 (the year to December 2025; Office for National Statistics)"),
            L("below 150,000", 150000, LT, P, "net_migration_forecast", "the ONS's next estimate, due November 2026 (could drop below; Corran Institute)"),
            L("roughly halved", -50, AP, PCT, "visas_granted_work_change", "2024 to 2026 (in two years; Corran Institute)"),
            L("more than 40,000", 40000, MT, P, "asylum_applications_visa_holders", "per year, 2026 (asylum claims from people who came on visas; shadow home secretary)"),
            L("more than three-quarters", -75, MT, PCT, NM + "_change", "the peak (year to June 2023) to the latest estimate (down from the peak ministers inherited; Home Office spokesman)"),
        ]),
    "02-daily-bunfight-children-small-boats": dict(
        meta=dict(url="https://www.dailybunfight.example/news/uk-news/children-crossed-channel-small-boats-six-months-35190447",
                  title="More than 4,200 children crossed Channel in dinghies in just six months as charity warns 'no child should have to risk this'",
                  publisher="Daily Bunfight", author="Kezia Marlowe-Adebayo", published_date="2026-09-15"),
        labels=[
            L("More than 4,200", 4200, MT, P, "small_boat_arrivals_children", H1 + "; in just six months; headline)", ctx="More than 4,200 children crossed Channel"),
            L("more than one in five", 20, MT, PCT, "small_boat_arrivals_share_children", H1 + "; of those arriving by small boat; standfirst)", ctx="make up more than one in five"),
            L("More than 4,200", 4200, MT, P, "small_boat_arrivals_children", H1 + "; between January and June)", ctx="More than 4,200 children crossed the Channel"),
            L("4,210", 4210, E, P, "small_boat_arrivals_children", H1 + "; under-18s)"),
            L("20%", 20, E, PCT, "small_boat_arrivals_children_change", "January to June, 2026 vs 2025 (the same period last year)"),
            L("nearly four times", 4, ALM, RATIO, "small_boat_arrivals_children_ratio", "January to June, 2026 vs 2021"),
            L("more than one in five", 20, MT, PCT, "small_boat_arrivals_share_children", H1 + "; of the people who reached the UK by dinghy)", ctx="They made up more than one in five"),
            L("19,480", 19480, E, P, SBA, H1 + "; in those six months)"),
            L("Some 2,340", 2340, AP, P, UASC, H1 + "; with no parent or guardian)"),
            L("more than half", 50, MT, PCT, "small_boat_arrivals_children_share_unaccompanied", H1 + ")"),
            L("around 610", 610, AP, P, "small_boat_arrivals_children_under_five", H1 + ")"),
            L("244", 244, E, BOATS, "small_boats_carrying_children", H1 + "; boats with children aboard; analysis by " + HCT + ")"),
            L("301", 301, E, BOATS, SBC, H1 + "; boats that landed)"),
            L("Three-quarters", 75, E, PCT, "child_migrants_share_slept_rough_in_france_a_month_or_more", "2026 (young people interviewed for the report published Tuesday 15 September 2026; " + HCT + ")", geo=FR),
            L("84%", 84, E, PCT, "child_migrants_share_went_without_food_in_france", "2026 (of these; " + HCT + ")", geo=FR),
            L("at least nine", 9, AL, P, "small_boat_deaths_children", "1 January to 15 September 2026 (this year's Channel dead; chief executive, " + HCT + ")"),
            L("six", 6, E, P, "small_boat_deaths_children", "January to December 2025 (the whole of 2025; chief executive, " + HCT + ")", ctx="against six in"),
            L("1,020", 1020, E, P, UASC + "_sudanese", H1 + "; the largest group arriving alone)"),
            L("560", 560, E, P, UASC + "_eritrean", H1 + ")"),
            L("430", 430, E, P, UASC + "_afghan", H1 + ")"),
            L("250", 250, E, P, "safe_route_places_children_with_relatives", "per year (the current places; a policy cap)"),
            L("at least 2,000", 2000, AL, P, "safe_route_places_children_with_relatives_proposed", "per year (the expansion the charity wants; " + HCT + ")"),
            L("472", 472, E, P, "unaccompanied_children_in_care", "September 2026 (being cared for by Kent County Council)", geo=KENT),
            L("52", 52, E, P, "unaccompanied_children_in_care_excess_over_capacity", "September 2026 (more than its safe capacity; Kent County Council)", geo=KENT),
            L("420", 420, E, P, "unaccompanied_children_reception_capacity", "2026 (its safe capacity; Kent County Council)", geo=KENT),
            L("doubled", 2, E, RATIO, "uk_officers_working_with_french_police_ratio", "since July 2024 (British officers working alongside French police; Home Office spokesperson)", geo=FR),
        ]),
    "03-uplink-news-returns-removals-explainer": dict(
        meta=dict(url="https://news.uplink.example/removals-how-many-people-does-the-uk-really-send-back-13472208",
                  title="Removals: How many people does the UK really send back?",
                  publisher="Uplink News", author="Philippa Tarrant-Obi", published_date="2026-11-27"),
        labels=[
            L("12.9k", 12900, E, P, "returns", YS + "; enforced returns" + BOX),
            L("23.5k", 23500, E, P, "returns", YS + "; voluntary returns" + BOX),
            L("2.5k", 2500, E, P, "returns", YS + "; refused at port and returned" + BOX),
            L("2,960", 2960, E, P, "returns", TREATY + "; sent back to France" + BOX, occ=0, geo=FR),
            L("38,940", 38940, E, P, "returns", YS + "; returns of all kinds)"),
            L("11%", 11, E, PCT, "returns_change", YOY3 + " (returns of all kinds)"),
            L("12,930", 12930, E, P, "returns", YS + "; enforced returns)"),
            L("27%", 27, E, PCT, "returns_change", YOY3 + " (enforced returns)"),
            L("23,480", 23480, E, P, "returns", YS + "; left voluntarily)"),
            L("2,530", 2530, E, P, "returns", YS + "; refused entry at a port and sent home)"),
            L("roughly three in five", 60, AP, PCT, "returns_share_voluntary", YS + ")"),
            L("79,400", 79400, E, P, "returns", "5 July 2024 to September 2026 (since 5 July 2024, when Labour's ministers were appointed; Home Office data)"),
            L("Some 5,610", 5610, AP, P, "returns_foreign_national_offenders", YS + "; the latest year)"),
            L("18%", 18, E, PCT, "returns_foreign_national_offenders_change", YOY3),
            L("2,870", 2870, E, P, "returns", YS + "; enforced returns of Albanians, the largest single nationality)", geo="Albania"),
            L("about 22%", 22, AP, PCT, "returns_share_albania", YS + "; of enforced returns)"),
            L("Around 42,600", 42600, AP, P, SBA, YS + "; crossed the Channel in the same 12 months)"),
            L("2,960", 2960, E, P, "returns", TREATY + "; returned to France under the treaty)", occ=1, geo=FR),
            L("roughly one for every 14", 100 / 14, AP, PCT, "returns_share_of_small_boat_arrivals", TREATY + "; returned under the treaty, against those who arrived in that time)", geo=FR),
            L("more than a fifth", 20, MT, PCT, "returns_share_albania", YS + "; of the enforced figure; Fenwick Migration Observatory)"),
            L("2,260", 2260, E, P, "detention_population", "30 September 2026 (held when September ended)"),
            L("1,840", 1840, E, P, "detention_population", "30 September 2025 (a year earlier)"),
            L("96", 96, E, FLIGHTS, "charter_removal_flights", "October 2025 to September 2026 (the 12 months to September)"),
            L("59", 59, E, FLIGHTS, "charter_removal_flights", "October 2024 to September 2025 (the year before)"),
            L("about £15,000", 15000, AP, GBP, "returns_cost_per_person", "an enforced return, with detention, escorts and flights (National Audit Office estimate)"),
            L("four", 4, E, P, "rwanda_relocations", RW[:-1] + "; all of them volunteers)", ctx="relocated four people"),
            L("£715m", 715e6, E, GBP, RSC, RW),
            L("£290m", 290e6, E, GBP, PTR, RW[:-1] + "; Kigali's share)", geo="Rwanda"),
            L("fewer than one in five", 20, LT, PCT, "returns_share_of_return_orders", "the latest year (people ordered to leave a member state who actually go; European Commission)", geo="EU"),
            L("more than 200,000", 200000, MT, P, "refused_asylum_seekers_remaining_in_uk", "November 2026 (people whose asylum claims were refused still in the country; Reform UK)"),
        ]),
    "04-the-cowcaddens-courier-glasgow-asylum-dispersal": dict(
        meta=dict(url="https://www.cowcaddenscourier.example/news/glasgow/glasgow-asylum-dispersal-refugee-homelessness-shortfall-report-24817733/",
                  title="Glasgow still houses seven in ten of Scotland's asylum seekers as refugee homelessness bill climbs",
                  publisher="The Cowcaddens Courier", author="Fraser McInally-Adjei", published_date="2026-06-03"),
        labels=[
            L("seven in ten", 70, E, PCT, "asylum_dispersal_population_share_glasgow", MAR26 + "; headline)", ctx="houses seven in ten", geo=SCO),
            L("£15.2m", 15.2e6, E, GBP, "council_refugee_homelessness_cost_shortfall", FY26[:-1] + "; a gap it cannot recover; standfirst)", ctx="a £15.2m gap", geo=GL),
            L("4,870", 4870, E, P, "asylum_dispersal_population", MAR26 + ")", geo=GL),
            L("about seven in ten", 70, AP, PCT, "asylum_dispersal_population_share_glasgow", MAR26 + "; of those in Scotland)", geo=SCO),
            L("6,940", 6940, E, P, "asylum_dispersal_population", MAR26 + ")", geo=SCO),
            L("6%", -6, E, PCT, "asylum_dispersal_population_change", "31 March 2026 vs 31 March 2025 (down on a year earlier)", geo=GL),
            L("5,180", 5180, E, P, "asylum_dispersal_population", "31 March 2025 (a year earlier)", geo=GL),
            L("77", 77, E, PER10K, "asylum_dispersal_population_per_10000_residents", MAR26 + ")", geo=GL),
            L("nearly five times", 5, ALM, RATIO, "asylum_dispersal_population_per_10000_residents_ratio", "31 March 2026 (Glasgow against the UK average)", geo=GL),
            L("16", 16, E, PER10K, "asylum_dispersal_population_per_10000_residents", "31 March 2026 (the UK average)"),
            L("410", 410, E, P, "asylum_dispersal_population", MAR26 + ")", geo="Edinburgh"),
            L("380", 380, E, P, "asylum_dispersal_population", MAR26 + ")", geo="Aberdeen"),
            L("Fourteen", 14, E, AREAS, "council_areas_hosting_fewer_than_20_asylum_seekers", MAR26 + "; of Scotland's 32 councils)", geo=SCO),
            L("2,190", 2190, E, HH, "homelessness_applications_refugees", "April 2025 to March 2026 (the 12 months to March; households granted refugee status)", geo=GL),
            L("35%", 35, E, PCT, "homelessness_applications_refugees_change", "12 months to March 2026 vs the year before", geo=GL),
            L("more than a third", THIRD, MT, PCT, "homelessness_presentations_share_refugees", "April 2025 to March 2026 (of the city's total)", geo=GL),
            L("c. 600", 600, AP, HH, "refugee_households_in_hotels_and_bed_and_breakfasts", "April 2026 (at one point; paid for by the council; " + REP + ")", geo=GL),
            L("£21.4m", 21.4e6, E, GBP, "council_refugee_homelessness_cost", FY26, geo=GL),
            L("£6.2m", 6.2e6, E, GBP, "council_refugee_homelessness_funding_from_home_office", FY26, geo=GL),
            L("£15.2m", 15.2e6, E, GBP, "council_refugee_homelessness_cost_shortfall", FY26, ctx="shortfall of £15.2m", geo=GL),
            L("almost doubled", 2, ALM, RATIO, "council_refugee_homelessness_cost_shortfall_ratio", "2025/26 vs 2023/24 (in two years)", geo=GL),
            L("£15m", 15e6, E, GBP, "council_refugee_homelessness_cost_shortfall", "per year, 2026 (a hole in our budget; Glasgow's housing convener)", geo=GL),
            L("around 2,000", 2000, AP, P, "asylum_dispersal_population", "2022 to 2026 (taken on between them by other Scottish councils after full dispersal began; Glasgow's housing convener)", geo=SCO),
            L("41%", 41, E, PCT, "asylum_seekers_share_waited_over_a_year_for_decision", "2025 (people it worked with last year; Clydeside Refugee Network)", geo=GL),
            L("£4m", 4e6, E, GBP, "scottish_government_refugee_support_funding", "2026 (given to Glasgow this year; Scottish Government)", geo=GL),
            L("more than £100m", 100e6, MT, GBP, "council_move_on_funding_from_home_office", "2026 (given to local authorities across the UK; Home Office spokesperson)"),
            L("42%", -42, E, PCT, "asylum_backlog_change", "the last year, to 2026 (Home Office spokesperson)"),
            L("Three", 3, E, HOTELS, "asylum_hotels_in_use", "June 2026 (still house asylum seekers)", ctx="Three hotels", geo=GL),
            L("nine", 9, E, HOTELS, "asylum_hotels_in_use", "2023 (the peak)", ctx="against nine", geo=GL),
            L("about 640", 640, AP, P, HOT, "June 2026 (people living in the three hotels)", geo=GL),
            L("104,300", 104300, E, P, "asylum_support_population", "31 March 2026 (UK-wide)"),
        ]),
    "05-athwart-ons-population-projections-essay": dict(
        meta=dict(url="https://athwart.example/p/the-projections-nobody-wants-to-read",
                  title="The projections nobody wants to read",
                  publisher="Athwart", author="Beatrix Fennimore-Achebe", published_date="2026-10-24"),
        labels=[
            L("3.6 million", 3.6e6, E, P, "population_growth_projection", DEC[:-1] + "; in a decade; standfirst)", ctx="another 3.6 million"),
            L("69.3 million", 69.3e6, E, P, "population", "mid-2024 (30 June 2024; ONS)"),
            L("72.9 million", 72.9e6, E, P, "population_projection", "mid-2034 (" + ONS5 + ")"),
            L("3.6 million", 3.6e6, E, P, "population_growth_projection", DEC, ctx="a rise of 3.6 million"),
            L("5.2%", 5.2, E, PCT, "population_projection_change", DEC),
            L("about 6.7 million", 6.7e6, AP, P, "births_projection", DEC),
            L("6.8 million", 6.8e6, E, P, "deaths_projection", DEC),
            L("roughly 100,000", -100000, AP, P, "population_natural_change_projection", DEC[:-1] + "; the country would shrink by)"),
            L("3.7 million", 3.7e6, E, P, "net_migration_projection_cumulative", DEC),
            L("300,000", 300000, E, P, "net_migration_projection_assumption", "per year, the long run (" + ONS5 + ")"),
            L("340,000", 340000, E, P, "net_migration_projection_assumption", "per year, the long run (the ONS's 2022-based projections)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the peak, in the surge that followed COVID-19 and Brexit)"),
            L("Three hundred thousand", 300000, E, P, "net_migration_projection_assumption", "per year, the long run (" + ONS5 + "; restated)"),
            L("185,000", 185000, E, P, "net_migration_projection_assumption", "per year (the ONS's 2014-based projections)"),
            L("nearly twice", 2, ALM, RATIO, "net_migration_actual_to_2014_based_assumption_ratio", "2014 to 2024 (the following decade; the real figure against the assumption)"),
            L("410,000", 410000, E, P, "population_projection_revision", "mid-2032 (2024-based against 2022-based projections; revised up by)"),
            L("13.1 million", 13.1e6, E, P, "population_aged_65_and_over", "mid-2024 (" + ONS5 + ")"),
            L("15.8 million", 15.8e6, E, P, "population_aged_65_and_over_projection", "mid-2034 (" + ONS5 + ")"),
            L("three-quarters", 75, E, PCT, "population_growth_projection_share_aged_65_and_over", DEC[:-1] + "; of the entire increase)"),
            L("1.7 million", 1.7e6, E, P, "population_aged_85_and_over", "2026 (today)"),
            L("double", 2, E, RATIO, "population_aged_85_and_over_projection_ratio", "2026 to 2049 (" + ONS5 + ")"),
            L("1.2m", -1.2e6, E, P, "population_children_under_16_projection_change", DEC[:-1] + "; fall by)"),
            L("1.45", 1.45, E, TFR, "total_fertility_rate_assumption", "the long run (" + ONS5 + ")"),
            L("1.41", 1.41, E, TFR, "total_fertility_rate", "2025 (last year; a record low)", geo=EW),
            L("5.6%", 5.6, E, PCT, "population_projection_change", DEC, geo=ENG),
            L("2.9%", 2.9, E, PCT, "population_projection_change", DEC, geo=WA),
            L("2.4%", 2.4, E, PCT, "population_projection_change", DEC, geo=NI),
            L("1.8%", 1.8, E, PCT, "population_projection_change", DEC, geo=SCO),
            L("5.65 million", 5.65e6, E, P, "population_projection", "mid-2034 (" + ONS5 + ")", geo=SCO),
            L("68,000", 68000, E, P, "population_projection_revision", "mid-2034 (higher than in the previous round)", geo=SCO),
            L("about 1.17 million", 1.17e6, AP, P, "population", "2026 (Birmingham's population, against Reform UK's claim)", geo="Birmingham"),
            L("171,000", 171000, E, P, NM, "January to December 2025 (the year to December 2025; the fall Labour points to)"),
            L("about 260,000", 260000, AP, P, "net_migration_long_run_assumption", "per year, the long run (Office for Budget Responsibility)"),
        ]),
    "06-the-modicum-asylum-appeals-cost": dict(
        meta=dict(url="https://themodicum.example/news/politics/asylum-appeals-tribunal-queue-cost-taxpayers-4102287",
                  title="Asylum appeals: the tribunal queue costing taxpayers nearly £1bn a year",
                  publisher="The Modicum", author="Reuben Tolland-Nyambura", published_date="2026-03-10"),
        labels=[
            L("nearly £1bn", 1e9, ALM, GBP, "asylum_appeals_cost_total", "per year, 2026 (the tribunal queue; headline)"),
            L("More than 51,000", 51000, MT, P, "asylum_backlog_appeals", DEC25 + "; waiting for a judge to hear their case; standfirst)"),
            L("51,200", 51200, E, P, "asylum_backlog_appeals", DEC25 + "; outstanding at the First-tier Tribunal; Ministry of Justice figures)"),
            L("more than four times", 4, MT, RATIO, "asylum_backlog_appeals_ratio", "31 December 2025 vs 31 December 2023 (two years earlier)"),
            L("12,400", 12400, E, P, "asylum_backlog_appeals", "31 December 2023 (two years earlier)"),
            L("38,900", 38900, E, P, "asylum_support_population_awaiting_appeal", DEC25 + "; Home Office)"),
            L("more than a third", THIRD, MT, PCT, "asylum_support_population_share_awaiting_appeal", DEC25 + "; Home Office)"),
            L("107,000", 107000, E, P, "asylum_support_population", DEC25 + "; supported in total; Home Office)"),
            L("around £17,000", 17000, AP, GBP, "asylum_cost_per_person_per_year", "per year, 2026 (an average a head; " + MOD + ")"),
            L("about £660m", 660e6, AP, GBP, "asylum_cost_support_awaiting_appeal", "per year, 2026 (annually; " + MOD + ")"),
            L("Roughly 6,000", 6000, AP, P, "asylum_hotel_population_awaiting_appeal", "March 2026 (still in hotels)"),
            L("£139", 139, E, GBP, "asylum_hotel_cost_per_person_night", "2026 (a night each)"),
            L("£141m", 141e6, E, GBP, "tribunal_cost_immigration_asylum_chamber", FY25 + "; running the tribunal's immigration and asylum chamber)"),
            L("£98m", 98e6, E, GBP, "legal_aid_immigration_asylum_cost", "per year, latest (legal aid spent on asylum and immigration cases)", geo=EW),
            L("close to £900m", 900e6, AP, GBP, "asylum_appeals_cost_total", "per year, 2026 (the bill comes to; " + MOD + ")"),
            L("£5.38bn", 5.38e9, E, GBP, AC, "April 2023 to March 2024 (2023/24; a record)"),
            L("£4.76bn", 4.76e9, E, GBP, AC, FY25 + ")"),
            L("54", 54, E, WEEKS, "asylum_appeal_wait_average", "March 2026 (now; from lodging an appeal to a decision)"),
            L("37", 37, E, WEEKS, "asylum_appeal_wait_average", "March 2025 (a year earlier)"),
            L("nearly half", 50, ALM, PCT, "asylum_appeals_share_allowed", FY25 + "; win)"),
            L("58,300", 58300, E, P, "asylum_appeals_determined", FY25 + "; decided by the tribunal)"),
            L("48%", 48, E, PCT, "asylum_appeals_share_allowed", FY25 + "; allowed)"),
            L("Around a third", THIRD, AP, PCT, "asylum_appeals_allowed_share_human_rights_grounds", FY25 + "; of the successful ones)"),
            L("half", 50, E, PCT, "asylum_appeals_share_allowed", "2024 to 2026 (refusals that come back overturned; chair, Immigration Practitioners' Forum)", ctx="and half of them"),
            L("2,500", 2500, E, DAYS, "tribunal_sitting_days_added", "2026 (an extra, funded this year)"),
            L("94", 94, E, P, "tribunal_judges_recruited", "2026 (new judges)"),
            L("up to £450m", 450e6, AM, GBP, "asylum_cost_saving", "per year, once the new appeals system is running (Home Office spokesperson)"),
            L("a third", -THIRD, E, PCT, "asylum_hotels_in_use_change", "to March 2026 (hotels in use have already fallen by; Home Office spokesperson)", ctx="fallen by a third"),
            L("9 in 10", 90, E, PCT, "failed_asylum_appellants_share_never_removed", "2026 (those whose appeals fail; Conservative home affairs spokesman)"),
        ]),
    "07-daily-ballyhoo-sunshine-week-channel-crossings": dict(
        meta=dict(url="https://www.dailyballyhoo.example/news/uk/2164093/migrant-boats-surge-sunshine-channel-crossings-seven-days",
                  title="Migrant boats SURGE as sunshine brings 2,961 Channel crossings in just SEVEN days",
                  publisher="Daily Ballyhoo", author="Callum Westlake-Amoah", published_date="2026-05-19"),
        labels=[
            L("2,961", 2961, E, P, SBA, WK + "; in just seven days; headline)", occ=0),
            V("HUNDREDS", 200, 900, P, SBA, MON + "; standfirst)"),
            L("812", 812, E, P, SBA, MON + "; the biggest single-day figure so far this year)"),
            L("13", 13, E, BOATS, SBC, MON + ")"),
            L("more than 62", 62, MT, PPB, "small_boat_occupancy", MON + "; an average per boat)"),
            L("706", 706, E, P, SBA, "Thursday 23 April 2026 (the previous high for 2026)"),
            L("2,961", 2961, E, P, SBA, WK + ")", occ=1),
            L("49", 49, E, BOATS, SBC, WK + ")"),
            L("more than double", 2, MT, RATIO, "small_boat_arrivals_ratio", "12 to 18 May, 2026 vs 2025 (the same seven days last year)"),
            L("1,360", 1360, E, P, SBA, "12 to 18 May 2025 (the same seven days last year)"),
            L("3,240", 3240, E, P, SBA, "a seven-day spell in August 2025 (last August; the heaviest before last week)"),
            L("4,105", 4105, E, P, SBA, "1 to 18 May 2026 (May's total so far)"),
            L("389", 389, E, P, "small_boat_arrivals_children", WK + ")"),
            L("at least 240", 240, AL, P, UASC, WK + "; travelled without a parent)"),
            L("14,712", 14712, E, P, SBA, YTD7 + ")"),
            L("241", 241, E, BOATS, SBC, YTD7 + ")"),
            L("27 per cent", 27, E, PCT, SBA + "_change", "1 January to 18 May, 2026 vs 2025 (on this time last year)"),
            L("more than 78,000", 78000, MT, P, SBA, "5 July 2024 to 18 May 2026 (since 5 July 2024, Labour's first day in Downing Street)"),
            L("19", 19, E, BOATS, "small_boat_launches_prevented", WKND + ")", ctx="stopped 19 boats", geo=FR),
            L("some 640", 640, AP, P, "small_boat_launch_attempts_stopped_people", WKND + "; intercepted on beaches near Boulogne and Gravelines)", geo=FR),
            L("71", 71, E, P, "returns", "12 to 18 May 2026 (sent back to France last week under the 'one in, one out' deal)", geo=FR),
            L("50,000", 50000, E, P, "small_boat_arrivals_projection", "2026 (at this rate, this year; Reform UK home affairs spokesman)"),
            L("around £120million", 120e6, AP, GBP, AC, "per year (housing last week's arrivals alone; Border Integrity Forum)"),
            L("38", 38, E, P, "unaccompanied_children_arrivals", "Saturday 16 to Sunday 17 May 2026 (lone teenagers taken in by the county's children's services over the weekend; Kent county councillor)", geo=KENT),
            L("18 per cent", 18, E, PCT, "small_boat_arrivals_share_eritrean", YTD7 + "; Eritreans)"),
            L("More than 35,000", 35000, MT, P, "returns", "May 2025 to May 2026 (removed over the last 12 months; Home Office statement)"),
            L("61", 61, E, PPB, "small_boat_occupancy", YTD7 + "; this year's average)"),
            L("41", 41, E, PPB, "small_boat_occupancy", "January to December 2022"),
            L("1,295", 1295, E, P, SBA, "a single day in August 2022 (the record)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
