#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-fifty-eighth hand-labelled hold-out set (holdout158).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, THIRD, EW,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, NM)

UK, EU, FR, SCO, NI = "UK", "EU", "France", "Scotland", "Northern Ireland"
KENT, PK = "Kent", "Perth and Kinross"
AREAS, OPS, VAC = "other:council_areas", "other:operations", "other:vacancies"
TWO3 = 200 / 3

# 01 (Wednesday 14 January 2026; Frontex preliminary figures released Tuesday 13 January 2026 for 2025)
FRX = "Frontex preliminary figures released Tuesday 13 January 2026"
Y25 = "January to December 2025 (last year; " + FRX
Y25V24 = "2025 vs 2024 ("
HO1 = "Home Office data"
IOM = "the UN's International Organization for Migration"
ALO = "Dr Amara Lindqvist-Okoye, Tidewater Refugee Alliance"
IA = "irregular_arrivals"

# 02 (Thursday 6 August 2026; Home Office figures for Wednesday 5 August 2026; papers put to Kent County Council
# councillors on Tuesday 4 August 2026)
YTD2 = "1 January to 5 August 2026 (since January 1; Home Office figures"
KCCP = "papers put before Kent County Council councillors, Tuesday 4 August 2026"
JUL26 = "31 July 2026 (the end of July; " + KCCP + ")"
UCC = "unaccompanied_children_in_care"
CUC = "council_unaccompanied_children_cost"
PMA = "Cllr Pauline Marchwood-Ansah, Kent County Council"

# 03 (Monday 19 October 2026; Home Office data released Thursday 15 October 2026 for the end of June 2026)
HO3 = "Home Office data released Thursday 15 October 2026"
J26 = "30 June 2026 (the end of June; " + HO3 + ")"
YJ3 = "July 2025 to June 2026 (the 12 months to June; " + HO3 + ")"
FNOC = "foreign_national_offenders_awaiting_removal_in_community"
RFNO = "returns_foreign_national_offenders"
CAS = "analysis by the Castlereagh Institute"

# 04 (Thursday 9 July 2026; National Records of Scotland mid-2025 estimates published Tuesday 7 July 2026)
NRS = "NRS mid-2025 population estimates published Tuesday 7 July 2026"
Y4 = "July 2024 to June 2025 (the year to June 2025; " + NRS + ")"
M25 = "30 June 2025 (mid-2025; " + NRS + ")"
BOX = "30 June 2025 (mid-2025; Tayside at a glance box)"
BOXC = "July 2024 to June 2025 (Tayside at a glance box)"
NMI = "net_migration_international"

# 05 (Thursday 27 August 2026; Home Office statistics released Thursday 27 August 2026 for the year to June 2026)
HO5 = "Home Office statistics released Thursday 27 August 2026"
YJ5 = "July 2025 to June 2026 (the year to June; " + HO5 + ")"
YJ5C = "year to June 2026 vs year to June 2025 ("
VG = "visas_granted"
NCPA = "Dafydd Rowlands-Obi, National Care Providers Association"

# 06 (Monday 1 June 2026; the sinking before dawn on Sunday 31 May 2026)
SUN = "Sunday 31 May 2026 (before dawn, off Equihen-Plage; "
SUND = "Sunday 31 May 2026 ("
SBD = "small_boat_deaths"
SHS = "the shadow home secretary"

# 07 (Tuesday 3 March 2026; an essay on the 2021 census of England and Wales)
C21 = "21 March 2021 (the 2021 census"
PBA = "population_born_abroad"
PSBA = "population_share_born_abroad"

ARTICLES = {
    "01-the-wider-lens-europe-irregular-crossings-channel": dict(
        meta=dict(url="https://www.thewiderlens.example/world/2026/jan/14/irregular-crossings-europe-fall-frontex-channel-route-rises",
                  title="Irregular crossings into Europe fall by a fifth – but Channel route goes the other way",
                  publisher="The Wider Lens", author="Jessamy Thorne-Adeyinka and Cormac Ellery-Nwankwo",
                  published_date="2026-01-14"),
        labels=[
            L("a fifth", -20, E, PCT, IA + "_change", Y25V24 + "fall by; headline)", geo=EU),
            L("about 187,000", 187000, AP, P, IA, "January to December 2025 (2025; irregular entries to the EU; standfirst)", geo=EU),
            L("12%", 12, E, PCT, SBA + "_change", Y25V24 + "small boat arrivals in Britain climbed; standfirst)", occ=0),
            L("Nearly 41,400", 41400, ALM, P, SBA, "January to December 2025 (last year; caption)"),
            L("186,900", 186900, E, P, IA, Y25 + ")", geo=EU),
            L("22%", -22, E, PCT, IA + "_change", Y25V24 + "fewer than in 2024; " + FRX + ")", occ=0, geo=EU),
            L("barely a tenth", 0.1, AP, RATIO, IA + "_ratio", "2025 vs 2015 (of the detections at the height of the 2015 refugee emergency)", geo=EU),
            L("1.82m", 1820000, E, P, IA, "January to December 2015 (the height of the refugee emergency; Frontex)", geo=EU),
            L("65,800", 65800, E, P, IA + "_central_mediterranean", Y25 + "; the busiest corridor)", geo=EU),
            L("roughly a third", THIRD, AP, PCT, IA + "_share_central_mediterranean", Y25 + "; of the EU total)", geo=EU),
            L("48%", -48, E, PCT, IA + "_western_balkans_change", Y25V24 + "dropped; " + FRX + ")", geo=EU),
            L("about 11,300", 11300, AP, P, IA + "_western_balkans", Y25 + ")", geo=EU),
            L("nearly two-thirds", -TWO3, ALM, PCT, IA + "_western_africa_change", Y25V24 + "the Atlantic crossing to the Canary Islands shrank by; " + FRX + ")", geo=EU),
            L("16,900", 16900, E, P, IA + "_western_africa", Y25 + "; the Atlantic crossing to the Canary Islands)", geo=EU),
            L("9%", 9, E, PCT, IA + "_eastern_mediterranean_change", Y25V24 + "landings in Greece and Cyprus rose; " + FRX + ")", geo=EU),
            L("52,400", 52400, E, P, IA + "_eastern_mediterranean", Y25 + "; landings in Greece and Cyprus)", geo=EU),
            L("more than tripled", 3, MT, RATIO, IA + "_crete_ratio", "2025 vs 2024 (arrivals on Crete)", geo="Crete"),
            L("71,200", 71200, E, P, "small_boat_departure_attempts", Y25 + "; attempts to leave northern France for the UK)", geo=FR),
            L("18%", 18, E, PCT, "small_boat_departure_attempts_change", Y25V24 + "more than in 2024; " + FRX + ")", geo=FR),
            L("41,390", 41390, E, P, SBA, "January to December 2025 (2025; " + HO1 + ")"),
            L("12%", 12, E, PCT, SBA + "_change", Y25V24 + "up on; " + HO1 + ")", occ=1),
            L("36,816", 36816, E, P, SBA, "January to December 2024 (a year earlier; " + HO1 + ")"),
            L("63", 63, E, PPB, "small_boat_occupancy", "January to December 2025 (the average load; " + HO1 + ")"),
            L("53", 53, E, PPB, "small_boat_occupancy", "January to December 2024 (the year before; " + HO1 + ")"),
            L("roughly one in four", 25, AP, PCT, IA + "_share_bangladesh_syria_afghanistan", "January to December 2025 (of the people we detected; Henrik Aaltonen-Byrne, Frontex)", geo=EU),
            L("at least 2,140", 2140, AL, P, "migrant_deaths_mediterranean", "January to December 2025 (dead or missing, last year; " + IOM + ")", geo="Mediterranean"),
            L("2,450", 2450, E, P, "migrant_deaths_mediterranean", "January to December 2024 (" + IOM + ")", geo="Mediterranean"),
            L("at least 36", 36, AL, P, SBD, "January to December 2025 (in the Channel; " + IOM + ")"),
            L("less than half", 0.5, LT, RATIO, SBD + "_ratio", "2025 vs 2024 (the Channel toll; " + IOM + ")"),
            L("78", 78, E, P, SBD, "January to December 2024 (the deadliest year on record for the crossing; " + IOM + ")"),
            L("22%", -22, E, PCT, IA + "_change", Y25V24 + "a drop; " + ALO + ")", occ=1, geo=EU),
            L("about 111,000", 111000, AP, P, "asylum_applications", "January to December 2025 (last year; " + ALO + ")"),
            L("nearly eight times", 8, ALM, RATIO, "asylum_applications_ratio", "January to December 2025 (the EU, Norway and Switzerland together vs the UK; " + ALO + ")", geo=EU),
            L("more than 1,400", 1400, MT, P, "returns_france", "September 2025 to January 2026 (since flights started last September, one-in, one-out pilot; the Home Office)", geo=FR),
        ]),
    "02-whitstable-whelk-dover-arrivals-kent-lone-children": dict(
        meta=dict(url="https://www.whitstablewhelk.example/news/kent/kent-caring-for-nearly-600-lone-child-migrants-as-channel-crossings-top-21000-318842/",
                  title="Kent caring for nearly 600 lone child migrants as Channel crossings top 21,000 this year",
                  publisher="Whitstable Whelk", author="Grace Allardyce-Bello", published_date="2026-08-06"),
        labels=[
            L("nearly 600", 600, ALM, P, UCC, "end of July 2026 (lone child migrants the county is caring for; headline)", geo=KENT),
            L("top 21,000", 21000, MT, P, SBA, "1 January to 5 August 2026 (this year; headline)"),
            L("£4.2m", 4200000, E, GBP, CUC + "_change", "2026/27 vs 2025/26 (the county's bill rises by; standfirst)", occ=0, geo=KENT),
            L("barely four-fifths", 80, AP, PCT, "unaccompanied_children_cost_share_funded", "April 2026 to March 2027 (2026/27; Home Office money covering; standfirst)", geo=KENT),
            L("412", 412, E, P, SBA, "Wednesday 5 August 2026 (made the crossing; caption)", occ=0),
            L("passed 21,000", 21000, MT, P, SBA, "1 January to 5 August 2026 (this year)"),
            L("412", 412, E, P, SBA, "Wednesday 5 August 2026 (made the journey; Home Office figures)", occ=1),
            L("seven", 7, E, BOATS, SBC, "Wednesday 5 August 2026 (Home Office figures)", ctx="in seven boats"),
            L("21,460", 21460, E, P, SBA, YTD2 + ")"),
            L("about 16%", -16, AP, PCT, SBA + "_change", "1 January to 5 August 2026 vs the same point of 2025 (below)"),
            L("25,436", 25436, E, P, SBA, "1 January to early August 2025 (at this stage of 2025)"),
            L("5,980", 5980, E, P, SBA, "July 2026 (the most in any month since August 2024)"),
            L("1,870", 1870, E, P, "small_boat_arrivals_unaccompanied_children", YTD2 + "; said they were children travelling without a parent)"),
            L("roughly one in 11", 100 / 11, AP, PCT, "small_boat_arrivals_share_unaccompanied_children", YTD2 + "; of this year's arrivals)"),
            L("587", 587, E, P, UCC, JUL26, geo=KENT),
            L("431", 431, E, P, UCC, "31 January 2026 (the end of January; " + KCCP + ")", geo=KENT),
            L("about 345", 345, AP, P, "unaccompanied_children_national_transfer_scheme_threshold", "2026 (the National Transfer Scheme's ceiling for Kent)", geo=KENT),
            L("almost 1.7 times", 1.7, ALM, RATIO, UCC + "_ratio", "end of July 2026 (children in the county's care vs the scheme's ceiling)", geo=KENT),
            L("1,260", 1260, E, P, "unaccompanied_children_care_leavers", "August 2026 (care leavers who first arrived as unaccompanied children; " + KCCP + ")", geo=KENT),
            L("more than half", 50, MT, PCT, "care_leavers_share_former_unaccompanied_children", "August 2026 (of the county's care leavers; " + KCCP + ")", geo=KENT),
            L("2,300", 2300, E, P, "care_leavers", "August 2026 (the county's care leavers in all; " + KCCP + ")", geo=KENT),
            L("1,140", 1140, E, P, "unaccompanied_children_transferred", "January to August 2026 (since January, moved on to other councils under the scheme; " + KCCP + ")", geo=KENT),
            L("83%", 83, E, PCT, "unaccompanied_children_share_transferred_within_10_working_days", "January to August 2026 (of them; " + KCCP + ")", geo=KENT),
            L("£31.6m", 31600000, E, GBP, CUC, "April 2026 to March 2027 (2026/27, expected spending; " + KCCP + ")", geo=KENT),
            L("£4.2m", 4200000, E, GBP, CUC + "_change", "2026/27 vs 2025/26 (more than last year; " + KCCP + ")", occ=1, geo=KENT),
            L("£25.5m", 25500000, E, GBP, "home_office_funding_unaccompanied_children", "April 2026 to March 2027 (2026/27, government grants forecast to cover; " + KCCP + ")", geo=KENT),
            L("about 81%", 81, AP, PCT, "unaccompanied_children_cost_share_funded", "April 2026 to March 2027 (2026/27; " + KCCP + ")", geo=KENT),
            L("£143", 143, E, GBP, "home_office_funding_uasc_per_night", "per night, August 2026 (for each child in the county's care)", occ=0, geo=KENT),
            L("closer to £190", 190, AP, GBP, "unaccompanied_children_care_cost_per_night", "per night, August 2026 (the real cost; Kent County Council officers)", geo=KENT),
            L("about £47", 47, AP, GBP, "unaccompanied_children_care_funding_gap_per_night", "per night, August 2026 (the gap per child; Kent County Council officers)", geo=KENT),
            R("40 or 50", 40, 50, P, "unaccompanied_children_new_placements_needed", "per week, 2026 (more teenagers the county is asked to find beds for every week; " + PMA + ")", geo=KENT),
            L("£143", 143, E, GBP, "home_office_funding_uasc_per_night", "per night, 2022 to August 2026 (has not moved since 2022; " + PMA + ")", occ=1, geo=KENT),
            L("about a quarter", 25, AP, PCT, "unaccompanied_children_care_cost_change", "2022 to 2026 (our costs have gone up by; " + PMA + ")", geo=KENT),
            L("more than 1,100", 1100, MT, P, SBA, "a single day in 2025 (landed here; Cllr Trevor Haddington-Mensah, Dover District Council)", geo="Dover"),
            L("Over 10,500", 10500, MT, P, "unaccompanied_children_transferred", "February 2022 to August 2026 (moved out of Kent since the National Transfer Scheme became mandatory; a Home Office spokesperson)", geo=KENT),
        ]),
    "03-the-drawbridge-foreign-offenders-deportation-backlog": dict(
        meta=dict(url="https://www.thedrawbridge.example/politics/2026/10/19/record-21430-foreign-criminals-living-freely-await-deportation/",
                  title="Record 21,430 foreign criminals living freely while they await deportation",
                  publisher="The Drawbridge", author="Hugo Pennant-Ashby", published_date="2026-10-19"),
        labels=[
            L("21,430", 21430, E, P, FNOC, J26[:-1] + "; headline)", occ=0),
            L("a third", THIRD, E, PCT, FNOC + "_change", "June 2026 vs June 2023 (risen by, in three years; standfirst)", ctx="risen by a third in three years"),
            L("21,430", 21430, E, P, FNOC, J26[:-1] + "; a record)", occ=1),
            L("a third", THIRD, E, PCT, FNOC + "_change", "30 June 2026 vs 30 June 2023 (higher than three years earlier; " + HO3 + ")", ctx="was a third higher"),
            L("16,090", 16090, E, P, FNOC, "30 June 2023 (three years earlier; " + HO3 + ")"),
            L("1,380", 1380, E, P, FNOC + "_change", "30 June 2026 vs 30 June 2025 (more than in June last year; " + HO3 + ")"),
            L("9,640", 9640, E, P, "foreign_national_offenders_awaiting_removal_in_prison", J26),
            L("31,070", 31070, E, P, "foreign_national_offenders_awaiting_removal", J26[:-1] + "; the overall deportation caseload)"),
            L("Nearly a quarter", 25, ALM, PCT, FNOC + "_share_over_5_years", J26[:-1] + "; of those in the community, at large for more than five years)"),
            L("5,120", 5120, E, P, FNOC + "_over_5_years", J26),
            L("740", 740, E, P, FNOC + "_over_5_years_sex_offenders", J26),
            L("11 per cent", 11, E, PCT, RFNO + "_change", "12 months to June 2026 vs the previous 12 months (up; " + HO3 + ")"),
            L("Some 6,050", 6050, AP, P, RFNO, YJ3),
            L("5,450", 5450, E, P, RFNO, "July 2024 to June 2025 (a year before; " + HO3 + ")"),
            L("2,890", 2890, E, P, RFNO, "January to December 2020 (during the COVID-19 pandemic)"),
            L("142", 142, E, P, RFNO, "July 2025 to June 2026 (over the year; charter flights to Jamaica, resumed in March)", geo="Jamaica"),
            L("more than five years", 5, MT, YEARS, "foreign_national_offenders_awaiting_removal_years_to_clear", "at the pace of the 12 months to June 2026 (clearing the caseload if no new case were added)", ctx="would take more than five years"),
            L("2,940", 2940, E, P, "deportation_appeals_determined", "April 2025 to March 2026 (2025/26; Ministry of Justice tribunal statistics)"),
            L("38 per cent", 38, E, PCT, "deportation_appeals_share_allowed", "April 2025 to March 2026 (2025/26; Ministry of Justice tribunal statistics)"),
            L("nearly three-quarters", 75, ALM, PCT, "deportation_appeals_allowed_share_article_8", "2025/26 (of the successful appeals, relied on Article 8; " + CAS + ")"),
            L("10,260", 10260, E, P, "prison_population_foreign_nationals", "30 June 2026 (the end of June)", geo=EW),
            L("more than one in nine", 100 / 9, MT, PCT, "prison_population_share_foreign_nationals", "30 June 2026 (of the total prison population)", geo=EW),
            L("88,100", 88100, E, P, "prison_population", "30 June 2026 (the total prison population)", geo=EW),
            L("£53,200", 53200, E, GBP, "prison_place_cost", "per year, 2026 (each prison place; Ministry of Justice figures)", geo=EW),
            L("about £546m", 546000000, AP, GBP, "foreign_national_prisoners_cost", "per year, 2026 (locking them up; Ministry of Justice figures)", geo=EW),
            V("Tens of thousands", 20000, 90000, P, FNOC, "October 2026 (convicted foreigners roaming free; the shadow home secretary)"),
            L("more than 11,000", 11000, MT, P, RFNO, "5 July 2024 to October 2026 (since 5 July 2024; a Home Office spokesperson)"),
            L("17 per cent", 17, E, PCT, RFNO + "_change", "since 5 July 2024 vs the matching stretch before polling day (a rise; a Home Office spokesperson)"),
        ]),
    "04-perth-ptarmigan-scottish-council-population-estimates": dict(
        meta=dict(url="https://www.perthptarmigan.example/news/perth-kinross/perth-and-kinross-population-tops-155000-nrs-estimates-6604183/",
                  title="Perth and Kinross population tops 155,000 as incomers offset falling births",
                  publisher="Perth Ptarmigan", author="Fraser Kilgour-Danso", published_date="2026-07-09"),
        labels=[
            L("tops 155,000", 155000, MT, P, "population", M25[:-1] + "; headline)", geo=PK),
            L("16,600", -16600, E, P, "population_natural_change", Y4[:-1] + "; more deaths than births; standfirst)", occ=0, geo=SCO),
            L("a third", -THIRD, E, PCT, NMI + "_change", "year to June 2025 vs year to June 2024 (overseas migration lower than the year before; standfirst)", geo=SCO),
            L("1,120", 1120, E, P, "population_growth", Y4[:-1] + "; added over the year; caption)", occ=0, geo=PK),
            L("155,900", 155900, E, P, "population", M25, occ=0, geo=PK),
            L("1,120", 1120, E, P, "population_growth", Y4[:-1] + "; up, in twelve months)", occ=1, geo=PK),
            L("0.7%", 0.7, E, PCT, "population_change", Y4, ctx="or 0.7%", geo=PK),
            L("950", -950, E, P, "population_natural_change", Y4[:-1] + "; more deaths than births locally)", geo=PK),
            L("1,430", 1430, E, P, "internal_migration_net", Y4[:-1] + "; a net, arrived from elsewhere in the UK)", geo=PK),
            L("640", 640, E, P, NMI, Y4[:-1] + "; a further, from overseas)", geo=PK),
            L("31,400", 31400, E, P, "population_growth", Y4, geo=SCO),
            L("5,578,300", 5578300, E, P, "population", M25, geo=SCO),
            L("0.6%", 0.6, E, PCT, "population_change", Y4, geo=SCO),
            L("Some 61,900", 61900, AP, P, "deaths", Y4, geo=SCO),
            L("45,300", 45300, E, P, "births", Y4, geo=SCO),
            L("16,600", -16600, E, P, "population_natural_change", Y4[:-1] + "; a gap of)", occ=1, geo=SCO),
            L("33,200", 33200, E, P, NMI, Y4, geo=SCO),
            L("49,800", 49800, E, P, NMI, "July 2023 to June 2024 (the year to mid-2024; " + NRS + ")", geo=SCO),
            L("14,800", 14800, E, P, "internal_migration_net", Y4[:-1] + "; a net, moved north from England, Wales and Northern Ireland)", geo=SCO),
            L("8,700", 8700, E, P, "population_revision", "30 June 2024 (mid-2024, nudged up by; " + NRS + ")", geo=SCO),
            L("26", 26, E, AREAS, "council_areas_population_growth", Y4[:-1] + "; of Scotland's 32 council areas, grew)", geo=SCO),
            L("1.6%", 1.6, E, PCT, "population_change", Y4[:-1] + "; grew fastest)", geo="Midlothian"),
            L("0.4%", -0.4, E, PCT, "population_change", Y4[:-1] + "; shrank by)", geo="Inverclyde"),
            L("536,400", 536400, E, P, "population", M25, geo="Edinburgh"),
            L("7,400", 7400, E, P, NMI, Y4[:-1] + "; the net arrivals from abroad Edinburgh took)", geo="Edinburgh"),
            L("more than a fifth", 20, MT, PCT, NMI + "_share_edinburgh", Y4[:-1] + "; of the Scottish total)", geo=SCO),
            L("47.6", 47.6, E, YEARS, "population_median_age", M25, geo=PK),
            L("42.9", 42.9, E, YEARS, "population_median_age", M25, geo=SCO),
            L("almost one in four", 25, ALM, PCT, "population_share_aged_65_and_over", M25, geo=PK),
            L("155,900", 155900, E, P, "population", BOX, occ=1, geo=PK),
            L("+0.7%", 0.7, E, PCT, "population_change", BOXC, geo=PK),
            L("150,300", 150300, E, P, "population", BOX, geo="Dundee City"),
            L("+0.5%", 0.5, E, PCT, "population_change", BOXC, geo="Dundee City"),
            L("116,900", 116900, E, P, "population", BOX, geo="Angus"),
            L("+0.2%", 0.2, E, PCT, "population_change", BOXC, geo="Angus"),
        ]),
    "05-brecon-buzzard-pa-visa-grants-by-route": dict(
        meta=dict(url="https://www.breconbuzzard.example/news/uk-news/health-and-care-visas-more-than-halve-as-overall-grants-fall-17-pa-2207719/",
                  title="Health and care visas more than halve as overall grants fall 17%",
                  publisher="Brecon Buzzard", author="Ellie Fothergill-Baines", published_date="2026-08-27"),
        labels=[
            L("more than halve", -50, MT, PCT, VG + "_health_care_worker_change", YJ5C + "headline)"),
            L("17%", -17, E, PCT, VG + "_change", YJ5C + "overall grants fall; headline)", occ=0),
            L("more than halved", -50, MT, PCT, VG + "_health_care_worker_change", YJ5C + "in a year)"),
            L("some 14,950", 14950, AP, P, VG + "_health_care_worker", YJ5[:-1] + "; main applicants)"),
            L("52%", -52, E, PCT, VG + "_health_care_worker_change", YJ5C + "a drop of; " + HO5 + ")"),
            L("31,100", 31100, E, P, VG + "_health_care_worker", "July 2024 to June 2025 (the year before; " + HO5 + ")"),
            L("89%", -89, E, PCT, VG + "_care_worker_change", YJ5C + "care workers and senior carers fell; " + HO5 + ")"),
            L("1,180", 1180, E, P, VG + "_care_worker", YJ5[:-1] + "; care workers and senior carers)"),
            L("786,300", 786300, E, P, VG, YJ5[:-1] + "; long-term visas, all routes, dependants included, visitors not)"),
            L("17%", -17, E, PCT, VG + "_change", YJ5C + "fewer than; " + HO5 + ")", occ=1),
            L("947,200", 947200, E, P, VG, "July 2024 to June 2025 (a year before; " + HO5 + ")"),
            L("26%", -26, E, PCT, VG + "_work_change", YJ5C + "work visas of all kinds fell; " + HO5 + ")"),
            L("276,900", 276900, E, P, VG + "_work", YJ5[:-1] + "; including family members)"),
            L("18%", -18, E, PCT, VG + "_skilled_worker_change", YJ5C + "dropped; " + HO5 + ")"),
            L("48,600", 48600, E, P, VG + "_skilled_worker", YJ5[:-1] + "; main applicants)"),
            L("31%", 31, E, PCT, VG + "_skilled_worker_share_india", YJ5[:-1] + "; of them, received by Indian nationals)"),
            L("407,800", 407800, E, P, VG + "_study", YJ5[:-1] + "; sponsored main applicants)"),
            L("3%", 3, E, PCT, VG + "_study_change", YJ5C + "more than a year earlier; " + HO5 + ")"),
            L("17,900", 17900, E, P, VG + "_study_dependants", YJ5),
            L("less than an eighth", 0.125, LT, RATIO, VG + "_study_dependants_ratio", "year to June 2026 vs year to June 2023 (" + HO5 + ")"),
            L("152,980", 152980, E, P, VG + "_study_dependants", "July 2022 to June 2023 (the year to June 2023; " + HO5 + ")"),
            L("5%", 5, E, PCT, VG + "_family_change", YJ5C + "rose; " + HO5 + ")"),
            L("69,400", 69400, E, P, VG + "_family", YJ5),
            L("98,300", 98300, E, P, VG + "_graduate", YJ5),
            L("37,500", 37500, E, P, VG + "_seasonal_worker", YJ5),
            L("9,150", 9150, E, P, VG + "_bno", YJ5[:-1] + "; a further, British National (Overseas) route)"),
            L("6,400", 6400, E, P, VG + "_ukraine_schemes", YJ5),
            L("2.31m", 2310000, E, P, VG + "_visit", YJ5[:-1] + "; a record)"),
            L("8%", 8, E, PCT, VG + "_visit_change", YJ5C + "up; " + HO5 + ")"),
            L("more than two-thirds", -TWO3, MT, PCT, "net_migration_change", "latest vs the peak (down on the record level we inherited; the migration minister)"),
            L("Almost 800,000", 800000, ALM, P, VG, "July 2025 to June 2026 (in a year; the shadow home secretary)"),
            V("tens of thousands", 20000, 90000, VAC, "adult_social_care_vacancies", "August 2026 (left unfilled by the closure of the care route; National Care Providers Association)"),
            L("Around one in five", 20, AP, PCT, "care_posts_share_covered_by_agency_staff", "August 2026 (care posts in some parts of the country; " + NCPA + ")"),
            L("about 4,200", 4200, AP, P, "care_workers_displaced_found_new_sponsor", "April 2025 to August 2026 (matched with new sponsors since April 2025; the Home Office)"),
        ]),
    "06-daily-ding-dong-fatal-crossing-french-coast": dict(
        meta=dict(url="https://www.dailydingdong.example/news/uk-news/girl-9-among-four-dead-channel-37104582",
                  title="Girl, 9, among four dead in Channel tragedy as 739 still make crossing same day",
                  publisher="Daily Ding-Dong", author="Kayleigh Brannagh-Osei", published_date="2026-06-01"),
        labels=[
            L("four", 4, E, P, SBD, SUN + "Channel tragedy; headline)", ctx="among four dead"),
            L("739", 739, E, P, SBA, SUND + "the same day; headline)", occ=0),
            L("some 66", 66, AP, PPB, "small_boat_occupancy", SUN + "crammed into the dinghy; standfirst)", occ=0, geo=FR),
            L("one", 1, E, P, "small_boat_missing_at_sea", SUN + "one man still missing; standfirst)", ctx="with one man still missing"),
            L("14", 14, E, P, "small_boat_survivors_hospitalised", SUN + "taken to hospital at Boulogne-sur-Mer; caption)", ctx="where 14 were taken", geo=FR),
            L("four", 4, E, P, SBD, SUN + "French maritime officials)", ctx="among four people killed"),
            L("some 66", 66, AP, PPB, "small_boat_occupancy", SUN + "on board; French maritime officials)", occ=1, geo=FR),
            L("61", 61, E, P, "small_boat_rescues", SUN + "pulled from the water by French navy and lifeboat crews)", geo=FR),
            L("Fourteen", 14, E, P, "small_boat_survivors_hospitalised", SUN + "taken to hospital in Boulogne)", geo=FR),
            L("two", 2, E, P, "small_boat_survivors_critical", SUN + "in a critical condition)", ctx="two of them in a critical", geo=FR),
            L("one", 1, E, P, "small_boat_missing_at_sea", SUN + "still missing)", ctx="and one man, believed"),
            L("seven", 7, E, P, SBD, "October 2025 (the previous deadliest incident on the route)", ctx="when seven people died", geo="Sangatte"),
            L("41", 41, E, P, "small_boat_rescues", SUND + "later that morning, a second dinghy)", geo="Wimereux"),
            L("739", 739, E, P, SBA, SUND + "reached Dover; Home Office figures)", occ=1),
            L("13", 13, E, BOATS, SBC, SUND + "Home Office figures)", ctx="in 13 boats"),
            L("14,230", 14230, E, P, SBA, "1 January to 31 May 2026 (since January 1; Home Office figures)"),
            L("4%", -4, E, PCT, SBA + "_change", "1 January to 31 May 2026 vs the same point of 2025 (fewer than at this point last year)"),
            L("At least 27", 27, AL, P, SBD, "1 January to 31 May 2026 (in 2026; the UN's migration agency)"),
            L("19", 19, E, P, SBD, "1 January to 31 May 2025 (by the end of May last year; the UN's migration agency)", ctx="the 19 recorded"),
            L("214", 214, E, OPS, "channel_rescue_operations", "1 January to 31 May 2026 (since the start of the year, off the Pas-de-Calais and Nord coast; French officials)", geo=FR),
            L("more than 2,600", 2600, MT, P, "small_boat_rescues", "1 January to 31 May 2026 (saved since the start of the year; French officials)", geo=FR),
            L("5,870", 5870, E, P, "small_boat_launch_attempts_stopped_people", "January to April 2026 (would-be passengers stopped from launching boats; French police)", geo=FR),
            L("About two-thirds", TWO3, AP, PCT, "small_boat_count_share_taxi_boats", "June 2026 (of crossings, now begin with taxi boats)"),
            L("£476m", 476000000, E, GBP, "uk_funding_to_france", "2023/24 to 2025/26 (the 2023 deal, across three years)"),
            L("More than 100", 100, MT, P, SBD, "5 July 2024 to 31 May 2026 (drowned in the Channel since Labour took office; " + SHS + ")"),
            V("hundreds of millions of pounds", 200000000, 900000000, GBP, "uk_funding_to_france", "2023 to 2026 (sent across the water; " + SHS + ")"),
            L("more than 2,300", 2300, MT, P, "returns_france", "September 2025 to June 2026 (since the returns agreement began; a Home Office spokesperson)", geo=FR),
        ]),
    "07-the-long-game-census-migrants-essay": dict(
        meta=dict(url="https://thelonggame.example/2026/03/what-the-census-really-says-about-migrants",
                  title="What the census really says about migrants",
                  publisher="The Long Game", author="Ashwin Kettering-Boateng", published_date="2026-03-03"),
        labels=[
            L("10.0 million", 10000000, E, P, PBA, C21 + "; born abroad)", geo=EW),
            L("16.8%", 16.8, E, PCT, PSBA, C21 + "; of all residents)", geo=EW),
            L("7.5 million", 7500000, E, P, PBA, "27 March 2011 (the 2011 census, ten years earlier)", geo=EW),
            L("13.4%", 13.4, E, PCT, PSBA, "27 March 2011 (the 2011 census)", geo=EW),
            L("4.6 million", 4600000, E, P, PBA, "29 April 2001 (the 2001 census)", geo=EW),
            L("more than doubled", 2, MT, RATIO, PBA + "_ratio", "2021 vs 2001 (over two decades)", geo=EW),
            L("roughly one in six", 100 / 6, AP, PCT, PSBA, C21 + "; people now living in England and Wales who arrived from somewhere else)", geo=EW),
            L("c. 920,000", 920000, AP, P, PBA + "_india", C21 + "; the most common birthplace after the UK)", geo=EW),
            L("743,000", 743000, E, P, PBA + "_poland", C21 + ")", geo=EW),
            L("624,000", 624000, E, P, PBA + "_pakistan", C21 + ")", geo=EW),
            L("539,000", 539000, E, P, PBA + "_romania", C21 + ")", geo=EW),
            L("nearly seven times", 7, ALM, RATIO, PBA + "_romania_ratio", "2021 vs 2011 (residents born in Romania)", geo=EW),
            L("40.6%", 40.6, E, PCT, PSBA, C21 + "; Londoners)", geo="London"),
            L("above half", 50, MT, PCT, PSBA, C21 + ")", geo="Brent"),
            L("roughly three in ten", 30, AP, PCT, PSBA, C21 + "; the highest outside the capital)", geo="Boston"),
            L("under 3%", 3, LT, PCT, PSBA, C21 + "; at the other end)", geo="Redcar and Cleveland"),
            L("about one in ten", 10, AP, PCT, PSBA, "20 March 2022 (Scotland's census, delayed by a year)", geo=SCO),
            L("around 6%", 6, AP, PCT, "population_share_born_outside_uk_and_ireland", "21 March 2021 (Northern Ireland's 2021 count)", geo=NI),
            L("91.1%", 91.1, E, PCT, "population_share_main_language_english", C21 + "; usual residents aged three and over, English or Welsh in Wales)", geo=EW),
            L("About 880,000", 880000, AP, P, "population_cannot_speak_english_well", C21 + "; could not speak English well or at all)", geo=EW),
            L("1.5%", 1.5, E, PCT, "population_share_cannot_speak_english_well", C21 + "; of residents aged three and over)", geo=EW),
            L("roughly 2.6 million", 2600000, AP, P, "net_migration_cumulative", "March 2021 to early 2026 (since the census was taken)"),
            L("well above one in five", 20, MT, PCT, PSBA, "March 2026 (now; any serious estimate, the author's reading)", geo=EW),
            L("672,000", 672000, E, P, NM, "July 2022 to June 2023 (the year ending June 2023; the ONS's initial estimate)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (after successive revisions; ONS)"),
            L("more than a third", THIRD, MT, PCT, "net_migration_revision", "July 2022 to June 2023 (the revised figure vs the initial estimate, higher)"),
            L("a quarter of a million", 250000, E, P, "net_migration_revision", "July 2022 to June 2023 (people the official statisticians missed in a single year)"),
            L("Almost one in three", 100 / 3, ALM, PCT, "births_share_mother_born_abroad", "January to December 2024 (babies born in England and Wales with a mother born abroad)", geo=EW),
            L("roughly £900m", 900000000, AP, GBP, "census_cost", "2021 (the 2021 exercise)", geo=EW),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
