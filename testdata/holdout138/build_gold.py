#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-thirty-eighth hand-labelled hold-out set (holdout138).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, EUR, PPB, RATIO, HOTELS, THIRD, SIXTH,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, RSC)

UK, ENG, WAL, SCO, NI, FR, EU = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France", "EU"
HH, PER10K = "other:households", "other:persons_per_10000_residents"
LANGS, VAC, COUNTRIES = "other:languages", "other:vacancies", "other:countries"
TWO_THIRDS = 200 / 3

# 01 (Thursday 27 August 2026; Sky-style live page on the Home Office quarterly statistics, year ending June 2026)
HO1 = "Home Office quarterly immigration statistics released Thursday 27 August 2026"
YJ26 = "July 2025 to June 2026 (the year ending June 2026; " + HO1
YJ25 = "July 2024 to June 2025 (the year before; " + HO1 + ")"
J26 = "30 June 2026 (the end of June; " + HO1
CH1 = "year ending June 2026 vs year ending June 2025 ("
SHS1 = "the shadow home secretary"
HOS1 = "a Home Office spokesperson"
# 02 (Tuesday 17 March 2026; HESA student data published Thursday 12 March 2026)
HESA = "HESA student data published Thursday 12 March 2026"
AY25 = "2024/25 academic year (" + HESA
AY23 = "2022/23 academic year (two years earlier; " + HESA + ")"
ACH = "2024/25 vs 2022/23 academic years ("
SHF, LDS, LS, YH = "Sheffield", "Leeds", "Leeds and Sheffield", "Yorkshire and the Humber"
ISTU = "international_students"
SDEP = "student_dependants_resident"
PUP = "the Pennine Universities Partnership"
# 03 (Friday 27 November 2026; ONS provisional estimates released Thursday 26 November 2026, year ending June 2026)
ONS3 = "ONS provisional estimates released Thursday 26 November 2026"
YE26 = "July 2025 to June 2026 (the year ending June 2026; " + ONS3
YE25 = "July 2024 to June 2025 (the previous twelve months, as revised; " + ONS3 + ")"
CH3 = "year ending June 2026 vs year ending June 2025 ("
DEM = "Dr Marisol Penhaligon, Calloway Institute"
# 04 (Wednesday 14 October 2026; Home Office data for 30 June 2026, Cardiff Council FOI figures)
J26_4 = "30 June 2026 (the end of June; Home Office data"
DISP = "asylum_dispersal_population"
CDF, SWA, NPT, WRX = "Cardiff", "Swansea", "Newport", "Wrexham"
FOI = "Cardiff Council figures obtained under freedom of information"
CLLR4 = "Councillor Iestyn Carew, Cardiff Council"
# 05 (Tuesday 6 October 2026; Home Office daily small-boat figures to Monday 5 October 2026)
HOD = "Home Office daily small-boat figures"
MON5 = "5 October 2026 (on Monday; " + HOD
YTD5 = "1 January to 5 October 2026 (so far this year; " + HOD
IOM = "International Organization for Migration"
OCC = "small_boat_occupancy"
# 06 (Thursday 10 September 2026; NISRA migration statistics released Wednesday 9 September 2026; the 2021 census)
NIS = "NISRA migration statistics released Wednesday 9 September 2026"
YR6 = "July 2024 to June 2025 (the twelve months ending 30 June 2025; " + NIS
CEN = "21 March 2021 (the 2021 census"
C11 = "27 March 2011 (the 2011 census, a decade earlier)"
BORN = "population_born_outside_uk_ireland"
BORNSH = "population_share_born_outside_uk_ireland"
MU = "Mid Ulster"
FORUM = "Gerard McCloskey-Hume, Mid Ulster Food Producers' Forum"
# 07 (Tuesday 21 July 2026; Home Office annual report and accounts 2025/26, published Monday 20 July 2026)
ARA = "Home Office annual report and accounts 2025/26, published Monday 20 July 2026"
FY26 = "April 2025 to March 2026 (2025/26, last year; " + ARA
FY25 = "April 2024 to March 2025 (2024/25, the year before; " + ARA + ")"
M26 = "31 March 2026 (the end of March; " + ARA + ")"
HCOST = "asylum_cost_hotels"
CONTRACT = "asylum_accommodation_contracts_cost"

ARTICLES = {
    "01-pelorus-news-immigration-statistics-live": dict(
        meta=dict(url="https://news.pelorus.example/live/politics/immigration-statistics-live-asylum-claims-small-boats-returns-13492611",
                  title="Immigration statistics live: Asylum claims slip 6% but Channel crossings climb again",
                  publisher="Pelorus News", author="Tamsin Heathcote", published_date="2026-08-27"),
        labels=[
            L("6%", -6, E, PCT, "asylum_applications_change", CH1 + "asylum claims slip; headline)", occ=0),
            L("103,940", 103940, E, P, "asylum_applications", YJ26 + "; key points)", occ=0),
            L("5%", 5, E, PCT, SBA + "_change", CH1 + "small boat arrivals up on the previous year; key points)"),
            L("a quarter", 25, E, PCT, "returns_enforced_change", CH1 + "enforced returns up by; key points)"),
            L("a third", -THIRD, E, PCT, HOT + "_change", "30 June 2026 vs 30 June 2025 (hotel population down in twelve months; key points)"),
            L("More than 45,000", 45000, MT, P, SBA, "July 2025 to June 2026 (the past year; " + SHS1 + ")"),
            L("roughly 125", 125, AP, P, SBA, "per day, July 2025 to June 2026 (a day, every single day; " + SHS1 + ")"),
            L("well over 90,000", 90000, MT, P, SBA, "5 July 2024 to 27 August 2026 (since 5 July 2024, landed on our beaches; " + SHS1 + ")"),
            L("Nearly 37,000", 37000, ALM, P, "returns", "July 2025 to June 2026 (have gone in a single year; " + HOS1 + ")"),
            L("21,640", 21640, E, P, HOT, J26 + "; living in hotels)"),
            L("31,900", 31900, E, P, HOT, "30 June 2025 (a year before; " + HO1 + ")"),
            L("141", 141, E, HOTELS, "asylum_hotels_in_use", J26 + "; still in use; 'Just' left out)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "autumn 2023 (the figure in the autumn of 2023; home affairs editor)"),
            L("Some 71,900", 71900, AP, P, DISP, J26 + "; now in dispersal flats and shared houses)"),
            L("412,600", 412600, E, P, "visas_granted_study", YJ26 + "; study visas granted to main applicants)"),
            L("4%", 4, E, PCT, "visas_granted_study_change", CH1 + "more than a year earlier)"),
            L("17,300", 17300, E, P, "visas_granted_study_dependants", YJ26 + "; visas for students' dependants)"),
            L("three-quarters", -75, E, PCT, "visas_granted_study_dependants_change", "year ending June 2026 vs year ending June 2024 (three-quarters fewer than two years ago; " + HO1 + ")"),
            L("24%", 24, E, PCT, "returns_enforced_change", CH1 + "enforced returns grew by)"),
            L("11,020", 11020, E, P, "returns_enforced", YJ26 + ")"),
            L("25,930", 25930, E, P, "returns_voluntary", YJ26 + "; voluntary departures)"),
            L("36,950", 36950, E, P, "returns", YJ26 + "; left the UK in all)"),
            L("2,610", 2610, E, P, "returns", "September 2025 to 26 August 2026 (handed back under the one-in, one-out pilot by Wednesday; " + HO1 + ")", geo=FR),
            L("103,940", 103940, E, P, "asylum_applications", YJ26 + "; claimed asylum in the UK)", occ=1),
            L("6%", -6, E, PCT, "asylum_applications_change", CH1 + "down from the year before)", occ=1),
            L("110,600", 110600, E, P, "asylum_applications", YJ25[:-1] + "; 'a record' left out)"),
            L("Roughly two in five", 40, AP, PCT, "asylum_applications_share_small_boat_arrivals", YJ26 + "; claimants who had come by small boat)"),
            L("10,870", 10870, E, P, "asylum_applications_pakistani", YJ26 + "; Pakistani nationals lodged the most claims)"),
            L("54,800", 54800, E, P, "asylum_backlog", J26 + "; awaiting an initial decision)"),
            L("40%", -40, E, PCT, "asylum_backlog_change", "30 June 2026 vs 30 June 2025 (a fall on June 2025; " + HO1 + ")"),
            L("45,860", 45860, E, P, SBA, YJ26 + "; arrivals by small boat)"),
            L("43,690", 43690, E, P, SBA, YJ25),
            L("744", 744, E, BOATS, SBC, YJ26 + ")"),
            L("62", 62, E, PPB, "small_boat_occupancy", YJ26 + "; people a boat)"),
            L("31,480", 31480, E, P, SBA, "1 January to 26 August 2026 (so far this year; Home Office daily figures)"),
        ]),
    "02-the-wapentake-leeds-sheffield-international-students": dict(
        meta=dict(url="https://www.thewapentake.example/education/sheffield-loses-a-fifth-of-its-overseas-students-in-two-years-as-ban-on-bringing-families-bites-5538104",
                  title="Sheffield loses a fifth of its overseas students in two years as ban on bringing families bites",
                  publisher="The Wapentake", author="Rhiannon Gledhill", published_date="2026-03-17"),
        labels=[
            L("a fifth", -20, E, PCT, ISTU + "_change", ACH + "loses a fifth of its overseas students; headline)", ctx="loses a fifth", geo=SHF),
            L("up to £90m", 90000000, AM, GBP, "international_student_fee_income_shortfall", "per year, 2025/26 (a hole in fee income; standfirst)", geo=LS),
            L("a fifth", -20, E, PCT, ISTU + "_change", ACH + "fallen by a fifth in two years)", ctx="fallen by a fifth", geo=SHF),
            L("14,260", 14260, E, P, ISTU, AY25 + "; students from outside the UK at the city's two universities)", geo=SHF),
            L("17,830", 17830, E, P, ISTU, AY23, geo=SHF),
            L("21,950", 21950, E, P, ISTU, AY25 + "; last year)", geo=LDS),
            L("9%", -9, E, PCT, ISTU + "_change", ACH + "down on two years earlier)", geo=LDS),
            L("24,120", 24120, E, P, ISTU, AY23, geo=LDS),
            L("10,660", 10660, E, P, ISTU + "_postgraduate_taught", AY23, geo=SHF),
            L("7,480", 7480, E, P, ISTU + "_postgraduate_taught", AY25 + ")", geo=SHF),
            L("30%", -30, E, PCT, ISTU + "_postgraduate_taught_change", ACH + "a fall of)", geo=SHF),
            L("more than two in five", 40, MT, PCT, "international_students_share_china", AY25 + "; of the city's overseas cohort)", geo=SHF),
            L("5,980", 5980, E, P, ISTU + "_china", AY25 + ")", geo=SHF),
            L("58%", -58, E, PCT, ISTU + "_nigeria_change", ACH + "Nigerian enrolments collapsed by)", geo=LS),
            L("1,140", 1140, E, P, ISTU + "_nigeria", AY25 + ")", geo=LS),
            L("3,410", 3410, E, P, ISTU + "_india", AY25 + "; Leeds now counts)", geo=LDS),
            L("143,800", 143800, E, P, "visas_granted_study_dependants", "January to December 2023 (Home Office tables)"),
            L("17,600", 17600, E, P, "visas_granted_study_dependants", "January to December 2025 (last year; Home Office tables)"),
            L("88%", -88, E, PCT, "visas_granted_study_dependants_change", "2025 vs 2023 (a drop of; Home Office tables)"),
            L("about 2,300", 2300, AP, P, SDEP, "2023 (family members of students living in the city; Sheffield City Council estimate)", geo=SHF),
            L("c. 600", 600, AP, P, SDEP, "March 2026 (now; Sheffield City Council estimate)", geo=SHF),
            L("1,700", -1700, E, P, SDEP + "_change", "2023 to March 2026 (1,700 fewer family members living here; Councillor Bernadette Haworth-Lindqvist, Sheffield City Council)", geo=SHF),
            L("£24,500", 24500, E, GBP, "international_student_tuition_fee_average", "per year, 2025/26 (an international master's student in Yorkshire pays fees averaging; " + PUP + ")", geo=YH),
            R("between £70m and £90m", 70000000, 90000000, GBP, "international_student_fee_income_shortfall", "per year, 2022/23 to 2025/26 (lost in fee income as recruitment has fallen; " + PUP + " briefing)", geo=LS),
            L("£1.2bn", 1200000000, E, GBP, "international_students_economic_contribution", "per year, 2025/26 (still worth to the Leeds and Sheffield economies; research for " + PUP + ")", geo=LS),
            L("more than three-quarters", -75, MT, PCT, NM + "_change", "year ending June 2023 (the 2023 high point) to year ending June 2025 (the net figure has shrunk by; a Home Office spokesperson)"),
            L("4%", 4, E, PCT, "visas_granted_study_change", "2025 vs 2024 (study visas for main applicants rose in the year to December; the Home Office)"),
            L("409,800", 409800, E, P, "visas_granted_study", "January to December 2025 (the year to December, main applicants; the Home Office)"),
        ]),
    "03-plainly-why-net-migration-fell": dict(
        meta=dict(url="https://plainly.example/news/politics/why-net-migration-fallen-138000-parts-sum-explained-3417765",
                  title="Why has net migration fallen to 138,000? The parts of the sum, explained",
                  publisher="Plainly", author="Oliver Strang", published_date="2026-11-27"),
        labels=[
            L("138,000", 138000, E, P, NM, YE26 + "; headline)", occ=0),
            L("138,000", 138000, E, P, NM, YE26 + "; has dropped to)", occ=1),
            L("227,000", 227000, E, P, NM, YE25),
            L("39%", -39, E, PCT, NM + "_change", CH3 + "a fall of)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the high-water mark, the twelve months to June 2023; ONS)"),
            L("less than a sixth", SIXTH, LT, PCT, NM + "_share_of_peak", "year ending June 2026 vs year ending June 2023 (today's figure against the peak)"),
            L("23,000", 23000, E, P, NM + "_revision", "July 2024 to June 2025 (the ONS revised the year to June 2025 up by; " + ONS3 + ")", ctx="up by 23,000"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the estimate the ONS first published, November 2025)"),
            L("824,000", 824000, E, P, "immigration", YE26 + ")"),
            L("898,000", 898000, E, P, "immigration", YE25),
            L("74,000", -74000, E, P, "immigration_change", CH3 + "a drop of)"),
            L("680,000", 680000, E, P, "immigration_non_eu", YE26 + "; non-EU nationals among the arrivals)"),
            L("296,000", 296000, E, P, "immigration_study_non_eu", YE26 + "; study, the largest reason)"),
            L("more than two in five", 40, MT, PCT, "immigration_share_study_non_eu", YE26 + "; of the non-EU total)"),
            L("198,000", 198000, E, P, "immigration_work_non_eu", YE26 + ")"),
            L("101,000", 101000, E, P, "immigration_humanitarian_non_eu", YE26 + ")"),
            L("81%", 81, E, PCT, "immigration_humanitarian_non_eu_share_asylum", YE26 + "; 81% of these were people claiming asylum)"),
            L("38,000", 38000, E, P, "immigration_work_dependants_non_eu", YE26 + "; work dependants)"),
            L("112,000", 112000, E, P, "immigration_work_dependants_non_eu", YE25),
            L("two-thirds", -TWO_THIRDS, E, PCT, "immigration_work_dependants_non_eu_change", CH3 + "down by)"),
            L("2%", 2, E, PCT, "emigration_change", CH3 + "emigration edged up)"),
            L("686,000", 686000, E, P, "emigration", YE26 + ")"),
            L("386,000", 386000, E, P, "emigration_non_eu", YE26 + "; non-EU nationals who left)"),
            L("172,000", 172000, E, P, "emigration_former_study_visa_non_eu", YE26 + "; had originally come to study)"),
            L("roughly 45%", 45, AP, PCT, "emigration_non_eu_share_former_study", YE26 + ")"),
            L("Some 146,000", 146000, AP, P, "emigration_eu", YE26 + "; EU citizens who left)"),
            L("82,000", 82000, E, P, "immigration_eu", YE26 + "; EU citizens who arrived)"),
            L("nearly twice", 2, ALM, RATIO, "emigration_eu_ratio", YE26 + "; EU citizens moving out against moving in)"),
            L("64,000", -64000, E, P, "net_migration_eu", YE26 + "; a net outflow of)", ctx="outflow of 64,000"),
            L("minus 92,000", -92000, E, P, "net_migration_british_nationals", YE26 + "; British nationals, in the sum)"),
            L("minus 64,000", -64000, E, P, "net_migration_eu", YE26 + "; EU citizens, in the sum)"),
            L("plus 294,000", 294000, E, P, "net_migration_non_eu", YE26 + "; non-EU nationals, in the sum)"),
            L("138,000", 138000, E, P, NM, YE26 + "; the sum)", occ=2),
            R("between 100,000 and 180,000", 100000, 180000, P, NM + "_forecast", "per year, to 2030 (settle each year until 2030; " + DEM + ")"),
            L("more than 700,000", -700000, MT, P, NM + "_change", "year ending June 2023 to year ending June 2026 (the total was now below the peak; the Home Secretary)"),
        ]),
    "04-gwynt-news-wales-asylum-dispersal-councils": dict(
        meta=dict(url="https://www.gwyntnews.example/news/wales-71840329",
                  title="Cardiff houses more than a third of Wales's asylum seekers as bill for support grows",
                  publisher="Gwynt News", author="Lowri Pennant-Davies", published_date="2026-10-14"),
        labels=[
            L("more than a third", THIRD, MT, PCT, DISP + "_share_cardiff", J26_4 + "; Cardiff's share of Wales's asylum seekers; headline)", ctx="houses more than a third", geo=CDF),
            L("more than a third", THIRD, MT, PCT, DISP + "_share_cardiff", J26_4 + "; of all asylum seekers housed in Wales)", ctx="home to more than a third", geo=CDF),
            L("3,380", 3380, E, P, DISP, J26_4 + ")", geo=WAL),
            L("11%", 11, E, PCT, DISP + "_change", "30 June 2026 vs 30 June 2025 (up on a year earlier; Home Office data)", geo=WAL),
            L("260", 260, E, P, "asylum_hotel_and_initial_accommodation_population", J26_4 + "; a further, in hotels or initial accommodation)", geo=WAL),
            L("1,190", 1190, E, P, DISP, J26_4 + ")", geo=CDF),
            L("780", 780, E, P, DISP, J26_4 + ")", geo=SWA),
            L("660", 660, E, P, DISP, J26_4 + ")", geo=NPT),
            L("420", 420, E, P, DISP, J26_4 + ")", geo=WRX),
            L("about nine in 10", 90, AP, PCT, DISP + "_share_four_dispersal_areas", J26_4 + "; the four councils' share of the total)", geo=WAL),
            L("330", 330, E, P, DISP + "_other_councils", J26_4 + "; the remaining, shared by the other 18 councils)", geo=WAL),
            L("about 31", 31, AP, PER10K, DISP + "_per_10000_residents", J26_4 + "; for every 10,000 residents)", geo=CDF),
            L("nearly three times", 3, ALM, RATIO, DISP + "_per_10000_residents_ratio", J26_4 + "; Cardiff's rate against Wales as a whole)", geo=CDF),
            L("roughly 11", 11, AP, PER10K, DISP + "_per_10000_residents", J26_4 + "; the rate for Wales as a whole)", geo=WAL),
            L("10", 10, E, PER10K, DISP + "_per_10000_residents", J26_4 + "; the UK average)", ctx="UK average of 10"),
            L("5,560", 5560, E, P, DISP, J26_4 + ")", geo=SCO),
            L("£19", 19, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, 2026 (the Home Office pays its contractor an average of, in a dispersed home)"),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "per night, 2026 (in a hotel)"),
            L("about £23m", 23000000, AP, GBP, "asylum_dispersal_cost", "per year, 2026 (on those rates, housing asylum seekers in Wales costs the department)", geo=WAL),
            L("£3.1m", 3100000, E, GBP, "council_asylum_cost", "April 2025 to March 2026 (2025/26; " + FOI + ")", geo=CDF),
            L("£640,000", 640000, E, GBP, "council_asylum_grant", "April 2025 to March 2026 (read as 2025/26; received from the Home Office; " + FOI + ")", geo=CDF),
            L("almost £2.5m", 2500000, ALM, GBP, "council_asylum_cost_shortfall", "April 2025 to March 2026 (read as 2025/26; the cost that fell on the council; " + FOI + ")", geo=CDF),
            L("640", 640, E, HH, "refugees_homeless_after_leaving_asylum_support", "April 2025 to March 2026 (the 12 months to March; households granted refugee status who came to the council for help with housing)", geo=CDF),
            L("38%", 38, E, PCT, "refugees_homeless_after_leaving_asylum_support_change", "12 months to March 2026 vs the previous year (up on the previous year)", geo=CDF),
            L("more than 40", 40, MT, LANGS, "school_pupils_languages_spoken", "October 2026 (children in our schools speak between them; " + CLLR4 + ")", geo=CDF),
            L("£4.2m", 4200000, E, GBP, "nation_of_sanctuary_funding", "2026/27 (committed this year; the Welsh Government)", geo=WAL),
            V("millions", 2000000, 9000000, GBP, "asylum_cost_saving", "no period stated (widening dispersal and closing hotels saves the taxpayer; the Home Office statement)"),
            L("one in 10", 10, E, PCT, DISP + "_share_other_councils", "October 2026 (asylum seekers shared between 18 authorities; Siân Morgan-Price, Llwybr Network)", geo=WAL),
        ]),
    "05-the-ropewalk-channel-boats-occupancy-deaths": dict(
        meta=dict(url="https://www.theropewalk.example/uk-news/2026/oct/06/more-than-1000-people-cross-channel-in-a-day-as-2026-death-toll-reaches-at-least-37",
                  title="More than 1,000 people cross Channel in a day as 2026 death toll reaches at least 37",
                  publisher="The Ropewalk", author="Beatrix Saltash", published_date="2026-10-06"),
        labels=[
            L("More than 1,000", 1000, MT, P, SBA, MON5 + "; in a day; headline)"),
            L("at least 37", 37, AL, P, "small_boat_deaths", "1 January to 6 October 2026 (the 2026 death toll; headline)", occ=0),
            L("36,870", 36870, E, P, SBA, YTD5 + "; this year's total; standfirst)", occ=0),
            L("12%", 12, E, PCT, SBA + "_change", "1 January to 5 October 2026 vs the same point of 2025 (up on 2025; standfirst)", occ=0),
            L("more than 1,000", 1000, MT, P, SBA, MON5 + "; reached the English coast)"),
            L("at least 37", 37, AL, P, "small_boat_deaths", "1 January to 6 October 2026 (lost their lives making the attempt this year)", occ=1),
            L("1,027", 1027, E, P, SBA, MON5 + ")"),
            L("16", 16, E, BOATS, SBC, MON5 + ")", ctx="in 16 boats"),
            L("64", 64, E, PPB, OCC, MON5 + "; an average of, in each)", ctx="average of 64"),
            L("1,206", 1206, E, P, SBA, "18 July 2026 (the busiest day of 2026; " + HOD + ")"),
            L("36,870", 36870, E, P, SBA, YTD5 + ")", occ=1),
            L("12%", 12, E, PCT, SBA + "_change", "1 January to 5 October 2026 vs 1 January to 5 October 2025 (a 12% increase)", occ=1),
            L("32,940", 32940, E, P, SBA, "1 January to 5 October 2025 (recorded at this point in 2025; " + HOD + ")"),
            L("more than 100,000", 100000, MT, P, SBA, "5 July 2024 to 5 October 2026 (since 5 July 2024, when Labour won power; a Ropewalk tally of the daily figures)"),
            L("612", 612, E, BOATS, SBC, YTD5 + "; dinghies that have made it across)"),
            L("60", 60, E, PPB, OCC, YTD5 + "; people apiece on average)", ctx="carrying 60 people"),
            L("13", 13, E, PPB, OCC, "January to December 2020 (the average in 2020)", ctx="average was 13"),
            L("more than four times", 4, MT, RATIO, OCC + "_ratio", "2026 so far vs 2020 (each boat is now more than four times as full)"),
            L("81", 81, E, PPB, OCC + "_max", MON5 + "; one inflatable that reached Dungeness; Border Force sources)", geo="Dungeness"),
            L("Two", 2, E, P, "small_boat_deaths", "5 October 2026 (early on Monday, off Équihen-Plage; French authorities)", geo="Équihen-Plage"),
            L("at least 37", 37, AL, P, "small_boat_deaths", "1 January to 6 October 2026 (the 2026 toll on the route; " + IOM + ")", occ=2),
            L("at least 41", 41, AL, P, "small_boat_deaths", "January to December 2025 (across all of 2025; " + IOM + ")"),
            L("at least 78", 78, AL, P, "small_boat_deaths", "January to December 2024 (the deadliest twelve months on record; " + IOM + ")"),
            L("about 18,900", 18900, AP, P, "small_boat_launch_attempts_stopped_people", "1 January to 5 October 2026 (stopped from launching since January; the prefecture in Lille)", geo=FR),
            L("roughly a third", THIRD, AP, PCT, "small_boat_launch_attempts_stopped_people_share", "1 January to 5 October 2026 (of all attempts; the prefecture in Lille)", geo=FR),
            L("14%", 14, E, PCT, "frontex_channel_detections_change", "January to August 2026 vs January to August 2025 (detections on the Channel route; Frontex)", geo=EU),
            R("between €1,500 and €2,500", 1500, 2500, EUR, "smuggler_fee", "October 2026 (a seat in a dinghy now costs; Dr Anselm Vance-Mercer, University of Kent)", geo=FR),
            L("2,880", 2880, E, P, "returns", "September 2025 to 6 October 2026 (returned under the one-in, one-out pilot so far)", geo=FR),
            L("roughly 6%", 6, AP, PCT, "returns_share_of_small_boat_arrivals", "September 2025 to 6 October 2026 (of those who have crossed in that time)", geo=FR),
            L("40%", 40, E, PCT, "smuggling_arrests_change", "2026 vs 2025 (arrests of suspected smugglers up on last year; the border security minister)"),
        ]),
    "06-the-townland-northern-ireland-migration-census": dict(
        meta=dict(url="https://www.thetownland.example/news/northern-ireland/net-migration-adds-6300-to-northern-ireland-as-newcomers-from-abroad-rise-8-4471902",
                  title="Net migration adds 6,300 to Northern Ireland as newcomers from abroad rise 8%",
                  publisher="The Townland", author="Declan Ferriter", published_date="2026-09-10"),
        labels=[
            L("6,300", 6300, E, P, "migration_net_inflow_all_sources", YR6 + "; headline)", occ=0, geo=NI),
            L("8%", 8, E, PCT, "immigration_change", "year to 30 June 2025 vs the previous twelve months (newcomers from abroad rise; headline)", occ=0, geo=NI),
            L("6,300", 6300, E, P, "migration_net_inflow_all_sources", YR6 + "; adding a net 6,300 to the population)", occ=1, geo=NI),
            L("29,800", 29800, E, P, "migration_inflow_all_sources", YR6 + "; came to live here)", geo=NI),
            L("23,500", 23500, E, P, "migration_outflow_all_destinations", YR6 + "; moved away)", geo=NI),
            L("15,400", 15400, E, P, "immigration", YR6 + "; arrivals from outside the UK)", geo=NI),
            L("8%", 8, E, PCT, "immigration_change", "year to 30 June 2025 vs the previous twelve months (an increase of; " + NIS + ")", occ=1, geo=NI),
            L("14,400", 14400, E, P, "internal_migration_inflow_from_great_britain", YR6 + "; moved from Great Britain)", geo=NI),
            L("9,600", 9600, E, P, "emigration", YR6 + "; leaving for another country)", geo=NI),
            L("13,900", 13900, E, P, "internal_migration_outflow_to_great_britain", YR6 + "; heading across the Irish Sea)", geo=NI),
            L("5,800", 5800, E, P, "net_migration_international", YR6 + "; a net, from international migration)", geo=NI),
            L("500", 500, E, P, "internal_migration_net", YR6 + "; from the exchange with England, Scotland and Wales; 'just' left out)", geo=NI),
            L("More than half", 50, MT, PCT, "immigration_share_aged_20_34", YR6 + "; of those arriving from abroad, aged 20 to 34)", geo=NI),
            L("12.9k", 12900, E, P, "national_insurance_registrations_overseas_nationals", "April 2025 to March 2026 (2025/26; Department for Communities)", geo=NI),
            L("some 1,200", 1200, AP, P, "national_insurance_registrations_overseas_nationals_change", "2025/26 vs 2024/25 (higher than the year before; Department for Communities)", geo=NI),
            L("1,903,175", 1903175, E, P, "population", CEN + ")", geo=NI),
            L("124,300", 124300, E, P, BORN, CEN + "; residents whose birthplace lay beyond these islands)", geo=NI),
            L("6.5%", 6.5, E, PCT, BORNSH, CEN + "; of the total)", geo=NI),
            L("81,500", 81500, E, P, BORN, C11, geo=NI),
            L("more than half", 50, MT, PCT, BORN + "_change", "2011 to 2021 censuses (the overseas-born population had grown by, in ten years)", geo=NI),
            L("about 22,000", 22000, AP, P, "population_born_abroad_poland", CEN + "; the largest group)", geo=NI),
            L("more than doubled", 2, MT, RATIO, "population_born_abroad_india_ratio", "2011 to 2021 censuses (the number born in India)", geo=NI),
            L("9.1%", 9.1, E, PCT, BORNSH, CEN + ")", geo="Belfast"),
            L("8.7%", 8.7, E, PCT, BORNSH, CEN + ")", geo=MU),
            L("one in six", SIXTH, E, PCT, "population_share_born_abroad", "21 March 2021 (the same census, the overseas-born share)", geo=EW),
            L("Around one in four", 25, AP, PCT, "food_processing_workforce_share_born_abroad", "September 2026 (workers in food processing born abroad; Dr Orla Kinsella-Boyd, Ulster University)", geo=NI),
            L("c. 1,300", 1300, AP, VAC, "food_producers_unfilled_vacancies", "September 2026 (members' vacancies they could not fill; " + FORUM + ")", geo=MU),
            L("30", 30, E, COUNTRIES, "food_processing_workforce_countries_of_origin", "September 2026 (factories that run on people from 30 different countries; " + FORUM + ")", ctx="from 30 different", geo=MU),
        ]),
    "07-the-burgage-asylum-hotel-costs-closure-plan": dict(
        meta=dict(url="https://www.theburgage.example/politics/2026/07/21/asylum-hotels-cost-taxpayer-164bn-last-year-closure-pledge-slips/",
                  title="Asylum hotels cost taxpayer £1.64bn last year as closure pledge slips",
                  publisher="The Burgage", author="Caspar Wrayford-Lyle", published_date="2026-07-21"),
        labels=[
            L("£1.64bn", 1640000000, E, GBP, HCOST, FY26 + "; headline)", occ=0),
            L("nearly £4.5m", 4500000, ALM, GBP, HCOST, "per day, " + FY26 + "; a bill of, a day; standfirst)", occ=0),
            L("£1.64bn", 1640000000, E, GBP, HCOST, FY26 + "; taxpayers spent on hotels)", occ=1),
            L("22%", -22, E, PCT, HCOST + "_change", "2025/26 vs 2024/25 (the hotel bill fell by; " + ARA + ")"),
            L("£2.1bn", 2100000000, E, GBP, HCOST, FY25),
            L("nearly £4.5m", 4500000, ALM, GBP, HCOST, "per day, " + FY26 + "; every day)", occ=1),
            L("£4.11bn", 4110000000, E, GBP, AC, FY26 + "; total spending on asylum support)"),
            L("11%", -11, E, PCT, AC + "_change", "2025/26 vs 2024/25 (down on the previous year; " + ARA + ")"),
            L("£5.38bn", 5380000000, E, GBP, AC, "April 2023 to March 2024 (2023/24; 'record' left out; " + ARA + ")"),
            L("two-fifths", 40, E, PCT, "asylum_cost_share_hotels", FY26 + "; hotels swallowed)"),
            L("24,310", 24310, E, P, HOT, M26),
            L("22,480", 22480, E, P, HOT, M26, geo=ENG),
            L("168", 168, E, HOTELS, "asylum_hotels_in_use", M26),
            L("more than 56,000", 56000, MT, P, HOT, "September 2023 (when hotel use hit its high)"),
            L("upwards of 400", 400, MT, HOTELS, "asylum_hotels_in_use", "September 2023 (when hotel use hit its high)"),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "per night, " + FY26 + "; on average, each person in a hotel)"),
            L("£19", 19, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, " + FY26 + "; in the flats and shared houses used for dispersal)"),
            L("more than seven times", 7, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", FY26 + "; hotel against dispersal cost per night)"),
            L("halve", -50, E, PCT, "asylum_hotels_in_use_target_change", "July 2026 to March 2027 (the aim is to halve the number of hotels by March 2027; officials)"),
            L("a quarter", -25, E, PCT, HOT + "_change", "year to July 2026 (we have cut hotel use by a quarter in a year; a Home Office minister)"),
            L("£15.3bn", 15300000000, E, GBP, CONTRACT, "2019 to 2029 (the ten-year contracts with the three accommodation providers, expected bill; " + ARA + ")"),
            L("more than three times", 3, MT, RATIO, CONTRACT + "_ratio", "2019 to 2029 (the expected bill against the forecast when the contracts were signed)"),
            L("£4.5bn", 4500000000, E, GBP, CONTRACT + "_original_forecast", "2019 to 2029 (forecast when the contracts were signed in 2019)"),
            V("billions", 2000000000, 9000000000, GBP, HCOST, "July 2024 to July 2026 (since then they have spent on hotels; the shadow home secretary)"),
            L("£715m", 715000000, E, GBP, RSC, "2022 to 2024 (went on the Conservatives' Rwanda scheme)"),
            L("four", 4, E, P, "rwanda_relocations", "2022 to 2024 (relocated before it was abandoned; 'just' left out)"),
            L("about £57", 57, AP, GBP, HCOST + "_per_household", "2025/26 (the hotel bill alone was equivalent to, for every household in Britain; Jonathan Pryce-Whitlock, Exchequer Watch)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
