#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-thirtieth hand-labelled hold-out set (holdout130).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, PTR, RSC)

UK, ENG, WAL, SCO, NI, FR = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France"
HH, DAYS, CASES, VIEWS = "other:households", "other:days", "other:cases", "other:views"
VAC, HOMES_C, PROVIDERS, FLIGHTS = "other:vacancies", "other:care_homes", "other:providers", "other:flights"
TWO3 = 200 / 3

# 01 (Thursday 28 May 2026, live page last updated 16:45; ONS provisional estimates released that morning)
ONS1 = "ONS provisional estimates released Thursday 28 May 2026"
Y25 = "January to December 2025 (last year; " + ONS1
Y24 = "January to December 2024 (as revised; " + ONS1
CH1 = "2025 vs 2024"
NMC = NM + "_change"
# 02 (Saturday 30 May 2026; ONS estimates released "on Thursday", 28 May 2026)
ONS2 = "ONS estimates released Thursday 28 May 2026"
C25 = "January to December 2025 (in 2025; " + ONS2
EMB, SH1634 = "emigration_british", "emigration_british_share_aged_16_34"
HART = "this month, May 2026 (Hartfield Research survey of adults aged 18 to 34"
POLLC = "poll_share_young_adults_considering_emigrating"
# 03 (Tuesday 14 July 2026; a report to Cardiff Council's cabinet on Thursday 16 July 2026)
REP = "Cardiff Council cabinet report for Thursday 16 July 2026"
FY26 = "April 2025 to March 2026 (the 12 months to March; " + REP
CDF = "Cardiff"
RH = "refugees_homeless_after_leaving_asylum_support"
CLLR = "Councillor Gethin Maddox-Ugwu"
# 04 (Wednesday 14 October 2026; Skills for Care report "on Tuesday", 13 October 2026; Home Office data for the year ending June 2026)
SFC = "Skills for Care, Tuesday 13 October 2026"
F26 = "April 2025 to March 2026 (2025/26; " + SFC + ")"
F25 = "April 2024 to March 2025 (a year earlier, 2024/25; " + SFC + ")"
VACS, VSH, IR = "adult_social_care_vacancies", "adult_social_care_vacancy_share", "adult_social_care_international_recruits"
LARCH = "Larchmere Care, Tuesday 13 October 2026"
# 05 (Monday 2 November 2026; deaths to the weekend; the dinghy on Saturday 31 October off northern France)
SNP = "Shoreline Names Project"
YTD5 = "1 January to 2 November 2026 (this year; " + SNP
SAT = "31 October 2026 (on Saturday, off northern France"
HO5 = "Home Office figures"
# 06 (Friday 26 June 2026; NISRA mid-2025 estimates published "on Thursday", 25 June 2026)
NIS = "NISRA estimates published Thursday 25 June 2026"
M25 = "30 June 2025 (mid-2025; " + NIS + ")"
YM25 = "July 2024 to June 2025 (the twelve months to mid-2025; " + NIS
DCS, BEL = "Derry City and Strabane", "Belfast"
# 07 (Tuesday 8 December 2026; an essay)
LIFE = "April 2022 to summer 2024 (the Rwanda deal"
YJ26 = "July 2025 to June 2026 (the 12 months to June"

ARTICLES = {
    "01-stormcone-news-ons-net-migration-live": dict(
        meta=dict(url="https://news.stormcone.example/live/net-migration-live-ons-figures-may-2026-13602281",
                  title="Net migration live: Figure roughly halves to 197,000 as more Britons pack up and go",
                  publisher="Stormcone News", author="Tamsin Okereke-Lyle, Barnaby Feltham-Cray", published_date="2026-05-28"),
        labels=[
            L("197,000", 197000, E, P, NM, Y25 + "; headline)", occ=0),
            L("roughly halves", -50, AP, PCT, NMC, CH1 + " (the figure roughly halves; headline)"),
            L("197,000", 197000, E, P, NM, Y25 + "; key points)", occ=1),
            L("386,000", 386000, E, P, NM, Y24 + "; down from a revised; key points)", occ=0),
            L("57,000", 57000, E, P, NM + "_revision", "January to December 2024 (statisticians lift their 2024 estimate by; key points)", occ=0),
            L("386,000", 386000, E, P, NM, Y24 + "; the ONS has put its figure for 2024 at; the data editor)", occ=1),
            L("57,000", 57000, E, P, NM + "_revision", "January to December 2024 (higher than it told us a year ago; the data editor)", occ=1),
            R("136,000-258,000", 136000, 258000, P, NM, Y25 + "; the band of uncertainty, where the true figure sits)"),
            L("roughly halved", -50, AP, PCT, NMC, CH1 + " (the headline, restated by the data editor)"),
            L("49%", -49, E, PCT, NMC, CH1 + " (a fall of; the data editor)", occ=0),
            L("Almost 200,000", 200000, ALM, P, NM, "January to December 2025 (extra people in one year; the shadow home secretary)"),
            L("nearly a quarter of a million", 250000, ALM, P, EMB, "January to December 2025 (Britons walked out of the door; the shadow home secretary)"),
            L("189,000", -189000, E, P, NMC, CH1 + " (the drop; the Home Secretary)"),
            L("more than four times", 4, MT, RATIO, NM + "_ratio", "when the government came in, July 2024, vs 2025 (net migration was running at today's level; the Home Secretary)"),
            L("571,000", 571000, E, P, "immigration_non_eu", Y25 + "; non-EU nationals, of last year's arrivals)"),
            L("88,000", 88000, E, P, "immigration_eu", Y25 + "; from the EU)"),
            L("147,000", 147000, E, P, "immigration_british", Y25 + "; British nationals coming home)", occ=0),
            L("164,000", 164000, E, P, "immigration_work_non_eu", Y25 + "; for work from beyond the EU)"),
            L("a third", -THIRD, E, PCT, "immigration_work_non_eu_change", CH1 + " (down a third on last year)", ctx="down a third on last year"),
            L("238,000", 238000, E, P, "immigration_study_non_eu", Y25 + "; arrived to study)"),
            L("12%", -12, E, PCT, "immigration_study_non_eu_change", CH1 + " (fewer than in 2024)", ctx="12% fewer"),
            L("About one in nine", 100 / 9, AP, PCT, "immigration_non_eu_share_humanitarian", Y25 + "; non-EU arrivals through humanitarian routes)"),
            L("64,000", 64000, E, P, "immigration_humanitarian_non_eu", Y25 + "; in total)"),
            L("609,000", 609000, E, P, "emigration", Y25 + "; emigration climbed to)", occ=0),
            L("244,000", 244000, E, P, EMB, Y25 + "; of those leaving, held UK passports)"),
            L("12%", 12, E, PCT, EMB + "_change", CH1 + " (a rise of, on a year earlier)", ctx="a rise of 12%"),
            L("147,000", 147000, E, P, "immigration_british", Y25 + "; Britons returning)", occ=1),
            L("97,000", -97000, E, P, "net_migration_british_nationals", Y25 + "; a net loss of UK nationals)"),
            L("minus 71,000", -71000, E, P, "net_migration_eu", Y25 + "; EU citizens)"),
            L("197,000", 197000, E, P, NM, "January to December 2025 (the 12 months to December; " + ONS1 + ")", occ=2),
            L("49%", -49, E, PCT, NMC, CH1 + " (lower than in 2024)", occ=1),
            L("806,000", 806000, E, P, "immigration", Y25 + "; an estimated, moved here)"),
            L("609,000", 609000, E, P, "emigration", Y25 + "; left)", occ=1),
            L("around 230,000", 230000, AP, P, "net_migration_forecast", "January to December 2025 (what City economists surveyed by Stormcone News had pencilled in)"),
        ]),
    "02-the-ravelin-british-emigration-young": dict(
        meta=dict(url="https://www.theravelin.example/news/2026/05/30/quarter-of-a-million-britons-emigrate-young-give-up-on-home/",
                  title="A quarter of a million Britons emigrate in a year as the young give up on home",
                  publisher="The Ravelin", author="Rupert Ashgrove-Nwosu", published_date="2026-05-30"),
        labels=[
            L("A quarter of a million", 250000, E, P, EMB, C25 + "; emigrate in a year; headline)"),
            L("Almost three in five", 60, ALM, PCT, SH1634, C25 + "; UK nationals leaving last year who were under 35; standfirst)"),
            L("Some 244,000", 244000, AP, P, EMB, C25 + "; UK nationals emigrated)"),
            L("12 per cent", 12, E, PCT, EMB + "_change", "2025 vs 2024 (more than the year before; " + ONS2 + ")"),
            L("218,000", 218000, E, P, EMB, "January to December 2024 (who left the year before; " + ONS2 + ")"),
            L("142,000", 142000, E, P, "emigration_british_aged_16_34", C25 + "; aged between 16 and 34)"),
            L("58 per cent", 58, E, PCT, SH1634, C25 + ")"),
            L("31", 31, E, YEARS, "median_age_british_emigrants", C25 + "; the median age of British emigrants)", ctx="emigrants was 31"),
            L("147,000", 147000, E, P, "immigration_british", C25 + "; British citizens moved back; \"Only\" left out)"),
            L("97,000", -97000, E, P, "net_migration_british_nationals", C25 + "; a net outflow)"),
            L("more than double", 2, MT, RATIO, "net_migration_british_nationals_ratio", "2025 vs 2022 (the net loss recorded in 2022)"),
            L("41,000", -41000, E, P, "net_migration_british_nationals", "January to December 2022 (more Britons departed than returned)"),
            L("131,000", 131000, E, P, "student_loan_borrowers_overseas", "April 2024 to March 2025 (2024/25, repaying from overseas addresses; the Student Loans Company)"),
            L("a third", THIRD, E, PCT, "student_loan_borrowers_overseas_change", "2024/25 vs 2020/21 (up by, from four years earlier; the Student Loans Company)", ctx="up by a third"),
            L("98,000", 98000, E, P, "student_loan_borrowers_overseas", "April 2020 to March 2021 (four years earlier; the Student Loans Company)"),
            L("5,310", 5310, E, P, "doctors_certificates_to_practise_abroad", "January to December 2025 (last year, certificates of good standing; the General Medical Council)"),
            L("nearly four times", 4, ALM, RATIO, "doctors_certificates_to_practise_abroad_ratio", "2025 vs 2015 (the number issued a decade before)"),
            L("1,380", 1380, E, P, "doctors_certificates_to_practise_abroad", "January to December 2015 (issued a decade before; the General Medical Council)"),
            L("about one in five", 20, AP, PCT, "emigration_british_share_australia", "no period stated (Australia remains the favourite destination, drawing)"),
            L("c. 240,000", 240000, AP, P, "british_residents_uae", "May 2026 (now; the Foreign Office)", geo="United Arab Emirates"),
            L("roughly double", 2, AP, RATIO, "british_residents_uae_ratio", "2026 vs 2016 (its level ten years ago; the Foreign Office)", geo="United Arab Emirates"),
            L("1.2m", 1200000, E, VIEWS, "social_media_post_views", "March to May 2026 (a video about her first pay packet in Melbourne has been watched, times)"),
            L("2,046", 2046, E, P, "poll_sample_size", HART + ")"),
            L("21 per cent", 21, E, PCT, POLLC, HART + "; giving serious thought to emigrating in the next five years)"),
            L("83%", 83, E, PCT, "poll_share_considering_emigrating_housing_main_reason", HART + "; housing costs the main reason, of these)"),
            L("up to £1.9bn", 1900000000, AM, GBP, "lost_tax_revenue_young_graduate_emigration", "per year (lost income tax and National Insurance; the Ashby Fiscal Institute's estimate)"),
            L("a fifth", 20, E, PCT, POLLC, HART + "; of your young workforce eyeing the exit; Dr Fenella Radcliffe-Oduya)", ctx="When a fifth"),
        ]),
    "03-llusern-caerdydd-refugee-move-on-homelessness": dict(
        meta=dict(url="https://www.llusern.example/newyddion-news/cardiff/refugee-homelessness-cardiff-up-38-move-on-period-30418862",
                  title="Refugee homelessness in Cardiff up 38% as families are given days to leave asylum housing",
                  publisher="Llusern Caerdydd", author="Elinor Probert-Adeyinka", published_date="2026-07-14"),
        labels=[
            L("38%", 38, E, PCT, RH + "_change", "2025/26 vs 2024/25 (refugee homelessness up; headline)", occ=0, geo=CDF),
            L("nearly one in four", 25, ALM, PCT, "homelessness_presentations_share_refugees", FY26 + "; people turning to the city for help had just been granted refugee status; standfirst)", occ=0, geo=CDF),
            L("more than a third", THIRD, MT, PCT, RH + "_change", "2025/26 vs 2024/25 (higher than a year ago)", geo=CDF),
            L("1,184", 1184, E, HH, RH, FY26 + "; refugee households presented as homeless)", geo=CDF),
            L("38%", 38, E, PCT, RH + "_change", "2025/26 vs 2024/25 (up on 2024/25; " + REP + ")", occ=1, geo=CDF),
            L("858", 858, E, HH, RH, "April 2024 to March 2025 (2024/25; " + REP + ")", geo=CDF),
            L("nearly one in four", 25, ALM, PCT, "homelessness_presentations_share_refugees", FY26 + "; of the homelessness cases)", occ=1, geo=CDF),
            L("4,960", 4960, E, HH, "homelessness_presentations", FY26 + "; homelessness cases the council dealt with over the year)", geo=CDF),
            L("68%", 68, E, PCT, RH + "_share_single_adults", FY26 + "; single adults, of the refugee households)", geo=CDF),
            L("296", 296, E, HH, RH + "_families", FY26 + "; the number of families has grown to)", geo=CDF),
            L("437", 437, E, HH, "refugee_households_temporary_accommodation", "31 March 2026 (at the end of March; " + REP + ")", geo=CDF),
            L("112", 112, E, HH, "refugee_households_bed_and_breakfast", "31 March 2026 (in hotels or bed and breakfasts; " + REP + ")", geo=CDF),
            L("£3.6m", 3600000, E, GBP, "council_refugee_homelessness_cost", "April 2025 to March 2026 (last year, emergency accommodation for refugees; " + REP + ")", geo=CDF),
            L("doubled", 2, E, RATIO, "council_refugee_homelessness_cost_ratio", "2025/26 vs 2023/24 (has doubled from two years earlier)", geo=CDF),
            L("£1.8m", 1800000, E, GBP, "council_refugee_homelessness_cost", "April 2023 to March 2024 (two years earlier; " + REP + ")", geo=CDF),
            L("19 days", 19, E, DAYS, "refugee_eviction_notice_average", FY26 + "; an average of, notice received by the time refugees came to the council)", geo=CDF),
            L("2,070", 2070, E, HH, RH, "April 2025 to March 2026 (refugee households that sought help from councils across Wales)", geo=WAL),
            L("57%", 57, E, PCT, RH + "_share_cardiff", FY26 + "; Cardiff alone accounted for, of the total for Wales)", geo=WAL),
            L("20,410", 20410, E, HH, RH, "April 2025 to March 2026 (over the same period, councils in England)", geo=ENG),
            L("double", 2, E, RATIO, RH + "_ratio", "2025/26 vs 2023/24 (the number of two years earlier)", ctx="double the number of two years", geo=ENG),
            L("1,290", 1290, E, P, "asylum_support_population", "31 March 2026 (as March ended, people seeking asylum housed by the Home Office)", geo=CDF),
            L("3,470", 3470, E, CASES, "asylum_grants", "January to December 2025 (Welsh cases in which the Home Office granted protection)", geo=WAL),
            L("nineteen", 19, E, DAYS, "refugee_eviction_notice_average", FY26 + "; the average notice, restated; " + CLLR + ")", geo=CDF),
            L("23", 23, E, P, "rough_sleepers_left_asylum_accommodation", "July 2025 to July 2026 (refugees sleeping rough in the last year; " + CLLR + ")", geo=CDF),
            L("around 640", 640, AP, P, "charity_service_users", "2025 (helped by its drop-in last year; the Drws Agored refugee network)", geo=CDF),
            L("Three-quarters", 75, E, PCT, "charity_service_users_share_within_fortnight_of_decision", "2025 (came in the first fortnight after their decision; Gwen Ashworth-Nyathi, Drws Agored)", geo=CDF),
            L("£2.2m", 2200000, E, GBP, "welsh_government_refugee_move_on_funding", "April 2026 to March 2027 (given to councils this year; the Welsh Government)", geo=WAL),
        ]),
    "04-the-countinghouse-care-visa-closure-vacancies": dict(
        meta=dict(url="https://www.thecountinghouse.example/content/3c7e91d2-care-operators-warn-closures-visa-ban-vacancies",
                  title="Care operators warn of closures as visa ban leaves 134,000 posts empty",
                  publisher="The Countinghouse", author="Imelda Stratton-Obi", published_date="2026-10-14"),
        labels=[
            L("134,000", 134000, E, VAC, VACS, F26[:-1] + "; posts empty; headline)", occ=0, geo=ENG),
            L("8.3 per cent", 8.3, E, PCT, VSH, F26[:-1] + "; the vacancy rate climbs to; standfirst)", occ=0, geo=ENG),
            L("almost two-thirds", -TWO3, ALM, PCT, IR + "_change", "2025/26 vs 2024/25 (overseas recruitment falls by; standfirst)", geo=ENG),
            L("134,000", 134000, E, VAC, VACS, F26, occ=1, geo=ENG),
            L("21 per cent", 21, E, PCT, VACS + "_change", "2025/26 vs 2024/25 (up from a year earlier; " + SFC + ")", geo=ENG),
            L("111,000", 111000, E, VAC, VACS, F25, geo=ENG),
            L("8.3 per cent", 8.3, E, PCT, VSH, F26, occ=1, geo=ENG),
            L("7.0 per cent", 7.0, E, PCT, VSH, F25, geo=ENG),
            L("9.1 per cent", 9.1, E, PCT, VSH, "2025/26 (the equivalent rate, higher still; Social Care Wales)", geo=WAL),
            L("c. 18,000", 18000, AP, P, IR, F26[:-1] + "; staff hired from abroad during the year)", geo=ENG),
            L("50,000", 50000, E, P, IR, "April 2024 to March 2025 (2024/25; " + SFC + ")", geo=ENG),
            L("2,140", 2140, E, P, "visas_granted_care_worker", "July 2025 to June 2026 (the year ending June, main applicants; \"only\" left out; Home Office data)"),
            L("24,300", 24300, E, P, "visas_granted_care_worker", "July 2024 to June 2025 (the preceding 12 months; Home Office data)"),
            L("more than 100,000", 100000, MT, P, "visas_granted_care_worker", "January to December 2023 (at the peak in 2023)"),
            L("27 per cent", 27, E, PCT, "agency_staff_cost_change", "April to September 2026 vs the same six months of 2025 (spending on agency staff had risen; " + LARCH + ")"),
            L("£412mn", 412000000, E, GBP, "agency_staff_cost", "April to September 2026 (the six months to September; " + LARCH + ")"),
            L("6 per cent", -6, E, PCT, "company_share_price_change", "13 October 2026 (Larchmere Care's shares closed lower on Tuesday)"),
            L("about 1.6mn", 1600000, AP, P, "adult_social_care_workforce", "October 2026 (filled posts; Skills for Care)", geo=ENG),
            L("roughly one in five", 20, AP, PCT, "adult_social_care_workforce_share_non_british", "October 2026 (filled posts held by someone without British nationality; Skills for Care)", geo=ENG),
            R("between 1,600 and 2,100", 1600, 2100, HOMES_C, "care_homes_at_risk_of_closure", "October 2026 to October 2028 (could shut or stop admitting residents over the next two years; Halvergate Partners' estimate)", geo=ENG),
            L("roughly one in eight", 12.5, AP, PCT, "care_homes_share_at_risk_of_closure", "October 2026 to October 2028 (Halvergate Partners' estimate)", geo=ENG),
            L("£12.71", 12.71, E, GBP, "national_living_wage_hourly", "per hour, since April 2026 (a policy rate)"),
            L("one in 12", 100 / 12, E, PCT, VSH, "2025/26 (when posts are empty; Margaret Amankwah-Hughes, Care Operators' Forum)", geo=ENG),
            L("up to £3.7bn", 3700000000, AM, GBP, "adult_social_care_funding_increase", "April 2026 to March 2027 (extra funding for social care councils can access this financial year; the Department of Health and Social Care)", geo=ENG),
            L("more than 21,000", 21000, MT, P, "care_workers_switched_sponsor_in_country", "July 2022 to October 2026 (staff sponsored by those providers who had since moved to new employers; a Home Office spokesperson)"),
            L("1,140", 1140, E, PROVIDERS, "sponsor_licences_revoked_care_providers", "July 2022 to October 2026 (care providers that lost their sponsor licences since July 2022; a Home Office spokesperson)"),
        ]),
    "05-daily-hooter-channel-deaths-this-year": dict(
        meta=dict(url="https://www.dailyhooter.example/news/uk-news/channel-death-toll-hits-58-36184207",
                  title="Channel death toll hits 58 this year as little boy among four lost off French beach",
                  publisher="Daily Hooter", author="Kerry-Ann Bellweather-Quist", published_date="2026-11-02"),
        labels=[
            L("58", 58, E, P, "small_boat_deaths", YTD5 + "; the toll hits; headline)", occ=0),
            L("four", 4, E, P, "small_boat_deaths", SAT + "; a little boy among four lost; headline)", ctx="among four lost", geo=FR),
            L("One in five", 20, E, PCT, "small_boat_deaths_share_children", YTD5 + "; of those who have died trying to reach Britain; standfirst)"),
            L("12.9k", 12900, E, P, "petition_signatures", "April to 2 November 2026 (mum's plea for safe routes passes; standfirst)", occ=0),
            L("four", 4, E, P, "small_boat_deaths", SAT + "; died when a packed dinghy got into trouble)", ctx="among four people", geo=FR),
            L("58", 58, E, P, "small_boat_deaths", YTD5 + "; deaths in the Channel this year)", occ=1),
            L("around 65", 65, AP, P, "small_boat_people_on_board", SAT + "; people on the dinghy; the French coastguard)", geo=FR),
            L("61", 61, E, P, "small_boat_rescues", SAT + "; picked up by a patrol vessel; the French coastguard)", geo=FR),
            L("36", 36, E, P, "small_boat_deaths", "January to December 2025 (last year, lost their lives on the crossing)"),
            L("82", 82, E, P, "small_boat_deaths", "January to December 2024 (the grim record set in 2024)"),
            L("Twelve", 12, E, P, "small_boat_deaths_children", YTD5 + "; this year's victims who were children)"),
            L("one in five", 20, E, PCT, "small_boat_deaths_share_children", YTD5 + "; of all those lost)"),
            L("41", 41, E, P, "small_boat_deaths_identified", YTD5 + "; formally named so far)", ctx="So far 41"),
            L("nearly half", 50, ALM, PCT, "small_boat_deaths_identified_share_eritrean_sudanese", YTD5 + "; of those named, came from Eritrea or Sudan)"),
            L("At least nine", 9, AL, P, "small_boat_missing_at_sea", "2 November 2026 (still missing at sea; " + SNP + ")"),
            L("17", 17, E, P, "small_boat_deaths_unidentified", "2 November 2026 (bodies that remain unidentified in mortuaries in Boulogne and Calais; " + SNP + ")", geo=FR),
            L("36,870", 36870, E, P, SBA, "1 January to 1 November 2026 (so far this year; " + HO5 + ")"),
            L("576", 576, E, BOATS, SBC, "1 January to 1 November 2026 (so far this year; " + HO5 + ")"),
            L("20%", 20, E, PCT, SBA + "_change", "2026 so far vs the same point in 2025 (up on)"),
            L("64", 64, E, PPB, "small_boat_occupancy", "1 January to 1 November 2026 (an average a boat)"),
            L("1,940", 1940, E, P, "small_boat_rescues", "1 January to 2 November 2026 (pulled from the water or sinking boats by French rescuers)", geo=FR),
            L("nearly four times", 4, ALM, RATIO, "small_boat_rescues_ratio", "2026 so far vs 2023 (as many people as in 2023; French rescuers)", geo=FR),
            L("510", 510, E, P, "small_boat_rescues", "January to December 2023 (rescued by French rescuers in 2023)", geo=FR),
            L("more than 300", 300, MT, P, "small_boat_deaths", "2018 to 2 November 2026 (since 2018, deaths among people attempting the crossing; " + SNP + ")"),
            L("12.9k", 12900, E, P, "petition_signatures", "April to 2 November 2026 (had gathered by Monday lunchtime)", occ=1),
            L("58", 58, E, P, "small_boat_deaths", YTD5 + "; 58 dead, and we are not even at Christmas; Amina Hassan-Kerrigan)", occ=2),
            L("19,400", 19400, E, P, "small_boat_launch_attempts_stopped_people", "1 January to 2 November 2026 (prevented from launching this year by French officers; a Home Office spokesperson)", geo=FR),
        ]),
    "06-foyle-ferryman-nisra-migration-derry-belfast": dict(
        meta=dict(url="https://www.foyleferryman.example/news/derry/derry-population-nisra-mid-2025-estimates-young-people-leave-5520917",
                  title="Derry's population barely moves as young people leave for Great Britain and newcomers arrive from Donegal and beyond",
                  publisher="Foyle Ferryman", author="Roisin Gallagher-Okoro", published_date="2026-06-26"),
        labels=[
            L("210", 210, E, P, "population_growth", YM25 + "; the district grew by just; standfirst)", occ=0, geo=DCS),
            L("46%", 46, E, PCT, "immigration_share_belfast", YM25 + "; of all Northern Ireland's arrivals from abroad, Belfast took; standfirst)", occ=0, geo=NI),
            L("210", 210, E, P, "population_growth", YM25 + "; grew by only)", occ=1, geo=DCS),
            L("150,900", 150900, E, P, "population", M25, geo=DCS),
            L("0.1%", 0.1, E, PCT, "population_change", YM25 + "; a rise of)", geo=DCS),
            L("1,690", 1690, E, P, "births", YM25 + ")", geo=DCS),
            L("1,260", 1260, E, P, "deaths", YM25 + ")", geo=DCS),
            L("430", 430, E, P, "population_natural_change", YM25 + "; a natural increase)", geo=DCS),
            L("Some 1,620", 1620, AP, P, "immigration", YM25 + "; moved into the district from outside the UK)", geo=DCS),
            L("1,140", 1140, E, P, "emigration", YM25 + "; emigrated)", geo=DCS),
            L("480", 480, E, P, "net_migration_international", YM25 + "; international migration added a net)", geo=DCS),
            L("About a third", THIRD, AP, PCT, "immigration_share_republic_of_ireland", YM25 + "; of those arrivals, came from the Republic of Ireland)", geo=DCS),
            L("roughly 540", 540, AP, P, "immigration_from_republic_of_ireland", YM25 + "; people who came from the Republic of Ireland)", geo=DCS),
            L("700", -700, E, P, "internal_migration_net", YM25 + "; moves elsewhere in the UK cost the district a net)", geo=DCS),
            L("1,050", 1050, E, P, "internal_migration_outflow_to_great_britain_aged_18_24", YM25 + "; people aged 18 to 24 who left for Great Britain)", geo=DCS),
            L("0.7%", 0.7, E, PCT, "population_change", YM25 + "; the city's population rose)", ctx="rose 0.7%", geo=BEL),
            L("355,600", 355600, E, P, "population", M25, geo=BEL),
            L("8,890", 8890, E, P, "immigration", YM25 + "; migrants from abroad received by the city)", geo=BEL),
            L("46%", 46, E, PCT, "immigration_share_belfast", YM25 + "; of the arrivals to Northern Ireland as a whole)", occ=1, geo=NI),
            L("19,300", 19300, E, P, "immigration", YM25 + "; came to Northern Ireland as a whole)", geo=NI),
            L("13,600", 13600, E, P, "emigration", YM25 + "; people emigrated)", geo=NI),
            L("5,700", 5700, E, P, "net_migration_international", YM25 + ")", geo=NI),
            L("28%", -28, E, PCT, "net_migration_international_change", "year to mid-2025 vs year to mid-2024 (down on the previous year)", geo=NI),
            L("7,900", 7900, E, P, "net_migration_international", "July 2023 to June 2024 (the previous year, as revised; " + NIS + ")", geo=NI),
            L("1,300", 1300, E, P, "net_migration_international_revision", "July 2023 to June 2024 (higher than first published; " + NIS + ")", geo=NI),
            L("1,926,300", 1926300, E, P, "population", M25, geo=NI),
            L("0.5%", 0.5, E, PCT, "population_change", YM25 + ")", geo=NI),
            L("2,100", -2100, E, P, "net_migration_rest_of_uk", YM25 + "; lost a net to Great Britain)", geo=NI),
            L("0.7%", 0.7, E, PCT, "population_change", "July 2024 to June 2025 (growth in Scotland)", ctx="Scotland, at 0.7%", geo=SCO),
            L("0.4%", 0.4, E, PCT, "population_change", "July 2024 to June 2025 (growth in Wales)", geo=WAL),
            L("Roughly two in three", TWO3, AP, PCT, "internal_migration_share_young_leavers_not_returning", "no period stated (young people who leave to study never come back; Dr Eamonn Devlin-Asante, Waterside Policy Unit)", geo=DCS),
            L("10,000", 10000, E, P, "university_students_target", "no date stated (Ulster University's plan to grow its Magee campus to; a target)", geo=DCS),
            L("about 5,400", 5400, AP, P, "university_students", "June 2026 (at the Magee campus today)", geo=DCS),
        ]),
    "07-countervail-rwanda-money-cost-of-returns": dict(
        meta=dict(url="https://countervail.example/p/what-the-rwanda-money-bought",
                  title="What the Rwanda money bought",
                  publisher="Countervail", author="Lavender Okwuosa-Penhallow", published_date="2026-12-08"),
        labels=[
            L("Seven hundred million pounds", 700000000, E, GBP, RSC, LIFE + "; standfirst)"),
            L("four", 4, E, P, "rwanda_relocations", LIFE + "; volunteers; standfirst)", ctx="pounds, four volunteers"),
            L("some £700m", 700000000, AP, GBP, RSC, LIFE + " cost the British taxpayer)"),
            L("£290m", 290000000, E, GBP, PTR, LIFE + "; handed directly to Kigali)"),
            L("four", 4, E, P, "rwanda_relocations", LIFE + "; people flown to Rwanda, every one voluntarily)", ctx="four people were flown"),
            L("about £175m", 175000000, AP, GBP, "rwanda_scheme_cost_per_relocation", LIFE + "; a head)"),
            L("£169,000", 169000, E, GBP, "rwanda_scheme_planned_cost_per_relocation", "2023 (for each person relocated; the Home Office's impact assessment)"),
            L("more than a thousand times", 1000, MT, RATIO, "rwanda_scheme_cost_per_relocation_ratio", "outturn vs the impact assessment's estimate (the outturn was)"),
            L("29,437", 29437, E, P, SBA, "January to December 2023 (crossed the Channel in 2023)"),
            L("a quarter", 25, E, PCT, SBA + "_change", "2024 vs 2023 (the following year the figure rose by)", ctx="rose by a quarter"),
            L("£231m", 231000000, E, GBP, "returns_cost", "April 2025 to March 2026 (2025/26, spent on removals and returns; Home Office accounts)"),
            L("63", 63, E, FLIGHTS, "charter_removal_flights", "April 2025 to March 2026 (2025/26; Home Office accounts)"),
            L("about £118", 118, AP, GBP, "detention_cost_per_person_day", "per day (a day in detention costs, a person)"),
            L("9,870", 9870, E, P, "returns_enforced", YJ26 + "; removed against their will)"),
            L("14%", 14, E, PCT, "returns_enforced_change", "year to June 2026 vs year to June 2025 (up on the year before)"),
            L("26,900", 26900, E, P, "returns_voluntary", YJ26 + "; left voluntarily)"),
            L("almost three-quarters", 75, ALM, PCT, "returns_share_voluntary", YJ26 + "; voluntary departures, of the total)"),
            L("more than 50,000", 50000, MT, P, "returns", "5 July 2024 to December 2026 (since 5 July 2024, returned; ministers)"),
            L("c. 600", 600, AP, P, "returns", "first year of the UK-France \"one in, one out\" deal, to about autumn 2026 (sent back across the Channel)", geo=FR),
            L("41,500", 41500, E, P, SBA, "January to December 2025 (arrived by small boat in 2025)"),
            L("roughly one in 70", 100 / 70, AP, PCT, "returns_share_of_small_boat_arrivals", "first year of the deal vs 2025 arrivals (returns to France against small-boat arrivals)", geo=FR),
            L("1,870", 1870, E, CASES, "judicial_reviews_immigration_lodged", "January to December 2025 (lodged in the Upper Tribunal last year)", geo=EW),
            L("around 2,200", 2200, AP, P, "detention_capacity", "December 2026 (beds the removal estate holds)"),
            L("19,300", 19300, E, P, "foreign_national_offenders_awaiting_removal_in_community", "December 2026 (awaiting deportation while living in the community, has reached)"),
            L("23,900", 23900, E, P, "detention_leavers", "January to December 2025 (people who left detention last year)"),
            L("48%", 48, E, PCT, "detention_leavers_share_returned", "January to December 2025 (actually removed, of those who left detention; \"just\" left out)"),
            L("£5.38bn", 5380000000, E, GBP, AC, "April 2023 to March 2024 (2023/24, the asylum system's record bill)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
