#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-nineteenth hand-labelled hold-out set (holdout119).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, HOTELS, THIRD, SIXTH, E, AP, MT, AL, LT,
                        AM, ALM, SBA, SBC, NM, AC)

UK, ENG, EW, SCO, WAL, NI, FR = "UK", "England", "England and Wales", "Scotland", "Wales", "Northern Ireland", "France"
HH, WEEKS, SHARES = "other:households", "other:weeks", "other:shares"

# 01 (Thursday 21 May 2026; Home Office quarterly statistics "published on Thursday", stocks at the end of March 2026)
M26 = "31 March 2026 (the end of March; Home Office quarterly statistics published Thursday 21 May 2026"
M25 = "31 March 2025 (twelve months earlier"
ASP, HOTP, HOTU = "asylum_support_population", "asylum_hotel_population", "asylum_hotels_in_use"
HS = "Home Secretary, to MPs on Monday 18 May 2026"
# 02 (Monday 3 August 2026; PA copy; Home Office figures for July 2026, "last month")
JUL = "1 to 31 July 2026 (July, last month; Home Office figures"
YTD2 = "1 January to 31 July 2026 (so far this year"
OCC = "small_boat_occupancy"
STOP = "small_boat_launch_attempts_stopped_people"
SEA = "small_boat_interceptions_at_sea"
UAC = "unaccompanied_children_in_care"
WSX = "West Sussex"
# 03 (Tuesday 14 July 2026; National Audit Office report "published on Tuesday"; the 12 months to March 2026)
FY26 = "April 2025 to March 2026 (2025/26, the 12 months to March; National Audit Office report published Tuesday 14 July 2026"
M26B = "31 March 2026 (the end of March; National Audit Office"
APB = "asylum_backlog_appeals"
PER = "asylum_cost_per_person_per_year"
# 04 (Friday 28 August 2026; Home Office figures "published yesterday", Thursday 27 August, for the year ending June 2026)
YJ26 = "July 2025 to June 2026 (the year ending June; Home Office figures published Thursday 27 August 2026"
YJ25 = "July 2024 to June 2025 (the previous 12 months"
C23 = "January to December 2023 (the 2023 peak"
DEP = "visas_granted_dependants"
STD, SWD, HCD = "visas_granted_study_dependants", "visas_granted_skilled_worker_dependants", "visas_granted_health_care_worker_dependants"
# 05 (Wednesday 10 June 2026; fact check of a post shared "since Sunday", 7 June, repeated on the radio "on Monday", 8 June)
YD25 = "January to December 2025 (the year ending December 2025; provisional; ONS release of 21 May 2026"
CLAIM = "per year, 2026 (the claim checked"
EB = "emigration_british"
# 06 (Wednesday 16 December 2026; Scottish Government pupil census "published on Tuesday", 15 December; census of September 2026)
S26 = "September 2026 (the annual pupil census; Scottish Government, published Tuesday 15 December 2026"
UP = "school_pupils_ukrainian"
ELT = "english_language_teaching_funding_councils"
SAT = "ukrainian_saturday_school_attendance"
MSP = "Scottish Conservative education spokesman"
# 07 (Thursday 26 November 2026; OBR Economic and fiscal outlook published with the Budget "on Wednesday", 25 November)
EFO = "OBR forecast published with the Budget, Wednesday 25 November 2026"
LR = "per year, the long run from the end of the decade"
NMF = "net_migration_forecast"
Y31 = "2030-31 ("

ARTICLES = {
    "01-airwave-news-asylum-accommodation-quarterly-figures": dict(
        meta=dict(url="https://www.airwavenews.example/news/uk-75820413",
                  title="Asylum hotels: A third fewer people housed than last year",
                  publisher="Airwave News", author="Tamsin Achterberg-Nwosu", published_date="2026-05-21"),
        labels=[
            L("A third", -THIRD, E, PCT, HOTP + "_change", "31 March 2026 vs 31 March 2025 (fewer people housed in hotels than last year; headline)"),
            L("a third", -THIRD, E, PCT, HOTP + "_change", "31 March 2026 vs 31 March 2025 (hotel use dropped in twelve months)", ctx="dropped by a third"),
            L("27,940", 27940, E, P, HOTP, M26 + "; in hotels paid for by the department)"),
            L("41,860", 41860, E, P, HOTP, M25 + ")"),
            L("171", 171, E, HOTELS, HOTU, M26 + "; spread across)", occ=0),
            L("224", 224, E, HOTELS, HOTU, "31 March 2025 (March 2025)"),
            L("400", 400, MT, HOTELS, HOTU, "summer 2023 (the high point; the count passed)", ctx="passed 400"),
            L("104,380", 104380, E, P, ASP, M26 + "; on asylum support when the quarter closed)"),
            L("6%", -6, E, PCT, ASP + "_change", "31 March 2026 vs 31 March 2025 (fewer than a year before)"),
            L("65,210", 65210, E, P, "asylum_dispersal_population", M26 + "; dispersal accommodation)"),
            L("1,870", 1870, E, P, "large_site_population", M26 + "; at large sites, including former military bases)"),
            L("9,360", 9360, E, P, "asylum_support_subsistence_only", M26 + "; cash support only, staying with friends or relatives)"),
            L("fewer than three in ten", 30, LT, PCT, "asylum_support_share_hotels", M26 + "; of those the Home Office houses, in hotels)"),
            L("£139", 139, E, GBP, "asylum_hotel_cost_per_person_night", "per night, 2024/25 (a hotel bed on average; the department's latest accounts)"),
            L("£26", 26, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, 2024/25 (dispersal housing; the department's latest accounts)"),
            L("more than five times", 5, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2024/25 (a hotel bed against dispersal housing)"),
            L("£3.1bn", 3.1e9, E, GBP, AC, "April 2024 to March 2025 (2024/25; spending on asylum accommodation)"),
            L("roughly two-thirds", 200 / 3, AP, PCT, "asylum_cost_share_hotels", "April 2024 to March 2025 (2024/25; of accommodation spending, went on hotels)"),
            L("17,840", 17840, E, P, ASP, M26 + "; the most of any region)", geo="North West"),
            L("14,920", 14920, E, P, ASP, M26 + ")", geo="London"),
            L("12,310", 12310, E, P, ASP, M26 + ")", geo="West Midlands"),
            L("4,120", 4120, E, P, ASP, M26 + ")", geo="Glasgow"),
            L("nearly three-quarters", 75, ALM, PCT, ASP + "_share_glasgow", M26 + "; Glasgow's share of the Scottish total)", geo=SCO),
            L("5,610", 5610, E, P, ASP, M26 + "; the Scottish total)", geo=SCO),
            L("3,390", 3390, E, P, ASP, M26 + ")", geo=WAL),
            L("2,560", 2560, E, P, ASP, M26 + ")", geo=NI),
            L("11%", 11, E, PCT, ASP + "_change", "31 March 2026 vs 31 March 2025 (up on last year)", geo=NI),
            L("almost 230", 230, ALM, HOTELS, HOTU, "5 July 2024 (the day the government took office; " + HS + ")"),
            L("171", 171, E, HOTELS, HOTU, "May 2026 (today; " + HS + ")", occ=1),
            L("61,350", 61350, E, P, "asylum_backlog", M26 + "; claims still awaiting an initial ruling)"),
            L("28%", -28, E, PCT, "asylum_backlog_change", "31 March 2026 vs 31 March 2025 (down on the year)"),
            L("Around 40%", 40, AP, PCT, "asylum_hotel_moves_out_share_temporary_accommodation", "2025 to May 2026 (people leaving hotels who went into other temporary accommodation; Halyard Migration Centre)"),
            L("5,900", 5900, E, HH, "refugees_homeless_after_leaving_asylum_support", "January to December 2025 (the 12 months to December; households made homeless after leaving asylum accommodation; councils)", geo=ENG),
            L("twice", 2, E, RATIO, "refugees_homeless_after_leaving_asylum_support_ratio", "2025 vs 2023 (as many as two years earlier; councils)", geo=ENG),
            L("More than 100,000", 100000, MT, P, ASP, "May 2026 (still being supported by the taxpayer; shadow home secretary)"),
        ]),
    "02-the-weald-chronicle-july-channel-crossings-french-prevention": dict(
        meta=dict(url="https://www.wealdchronicle.example/news/national/channel-crossings-up-a-fifth-in-july-as-french-police-start-stopping-boats-at-sea-5127790",
                  title="Channel crossings up a fifth in July as French police start stopping boats at sea",
                  publisher="The Weald Chronicle", author="Caspian Ollerenshaw-Diallo", published_date="2026-08-03"),
        labels=[
            L("a fifth", 20, E, PCT, SBA + "_change", "July 2026 vs July 2025 (headline)"),
            L("More than 6,000", 6000, MT, P, SBA, JUL + "; crossed the English Channel)"),
            L("20%", 20, E, PCT, SBA + "_change", "July 2026 vs July 2025 (up on the same month last year)"),
            L("6,385", 6385, E, P, SBA, JUL + ")"),
            L("97", 97, E, BOATS, SBC, JUL + ")"),
            L("5,320", 5320, E, P, SBA, "1 to 31 July 2025 (July 2025)"),
            L("27,140", 27140, E, P, SBA, YTD2 + ")"),
            L("around 16%", 16, AP, PCT, SBA + "_change", "1 January to 31 July, 2026 vs 2025 (more than at this stage of 2025)"),
            L("66", 66, E, PPB, OCC, JUL + "; average per boat)"),
            L("more than double", 2, MT, RATIO, OCC + "_ratio", "July 2026 vs 2021 (the 2021 figure)"),
            L("28", 28, E, PPB, OCC, "January to December 2021 (the 2021 figure)", ctx="figure of 28"),
            L("904", 904, E, P, SBA, "Saturday 18 July 2026 (the busiest day)"),
            L("14", 14, E, BOATS, SBC, "Saturday 18 July 2026 (the busiest day)", ctx="in 14 dinghies"),
            L("3,480", 3480, E, P, STOP, JUL + "; prevented from setting off from beaches in the Nord and Pas-de-Calais; French authorities)", geo=FR),
            L("roughly a third", THIRD, AP, PCT, STOP + "_share", JUL + "; of everyone who attempted the crossing; French authorities)", geo=FR),
            L("11", 11, E, BOATS, SEA, JUL + "; gendarmes stopped boats in shallow water)", ctx="so 11 times", geo=FR),
            L("nearly four times", 4, ALM, RATIO, SEA + "_ratio", "July 2026 vs June 2026 (as many as in June)", geo=FR),
            L("three", 3, E, BOATS, SEA, "1 to 30 June 2026 (June; such interventions)", ctx="there were three such", geo=FR),
            L("At least five", 5, AL, P, "small_boat_deaths", JUL + "; died attempting the crossing; Préfecture maritime)"),
            L("at least 23", 23, AL, P, "small_boat_deaths", "1 January to 31 July 2026 (the death toll for 2026; Préfecture maritime)"),
            L("Almost one in five", 20, ALM, PCT, "small_boat_arrivals_share_children", JUL + "; said they were under 18)"),
            L("more than 89,000", 89000, MT, P, SBA, "5 July 2024 to 31 July 2026 (since 5 July 2024, when the present ministers took over at the Home Office)"),
            L("£476 million", 476e6, E, GBP, "uk_france_funding", "2023 to 2026 (a three-year agreement reached in 2023; paid to France for officers, drones and coastal surveillance)"),
            L("more than 2,400", 2400, MT, P, "returns", "September 2025 to August 2026 (sent back since the returns pilot began last September; Home Office spokesperson)", geo=FR),
            L("212", 212, E, P, UAC, "August 2026 (unaccompanied asylum-seeking children looked after; West Sussex County Council)", geo=WSX),
            L("164", 164, E, P, UAC, "August 2025 (a year ago; West Sussex County Council)", geo=WSX),
            L("58", 58, E, P, UAC + "_arrived_by_small_boat", "May to August 2026 (of them, had come by small boat since May; West Sussex County Council)", geo=WSX),
            L("£4.2m", 4.2e6, E, GBP, "council_unaccompanied_children_cost_change", "2026 (costs risen this year alone; West Sussex County Council cabinet member)", geo=WSX),
            R("between 60 and 70", 60, 70, PPB, OCC, "July to August 2026 (packed into boats launched from beaches near Gravelines; Tideline Watch)", geo=FR),
        ]),
    "03-the-crosspiece-asylum-backlog-cost-per-person": dict(
        meta=dict(url="https://www.thecrosspiece.example/news/uk/politics/asylum-backlog-cost-per-person-nao-appeals-b2984417.html",
                  title="Each person stuck in asylum system costs taxpayer £41,000 a year, spending watchdog finds",
                  publisher="The Crosspiece", author="Priyanka Oduya-Fairweather", published_date="2026-07-14"),
        labels=[
            L("£41,000", 41000, E, GBP, PER, "per year, " + FY26 + "; each person stuck in the asylum system; headline)"),
            L("nearly doubled", 2, ALM, RATIO, APB + "_ratio", "31 March 2026 vs 31 March 2025 (the appeals queue; standfirst)"),
            L("£41,200", 41200, E, GBP, PER, "per year, " + FY26 + "; housing, subsistence and administration)", occ=0),
            L("£4.3bn", 4.3e9, E, GBP, AC, FY26 + ")"),
            L("£5.2bn", 5.2e9, E, GBP, AC, "April 2024 to March 2025 (a year earlier; National Audit Office)"),
            L("54 weeks", 54, E, WEEKS, "asylum_appeal_wait_average", M26B + "; appeals now take to reach a hearing)"),
            L("58,900", 58900, E, P, "asylum_backlog", M26B + "; yet to receive an initial decision)"),
            L("a third", -THIRD, E, PCT, "asylum_backlog_change", "31 March 2026 vs 31 March 2025 (down on last year)", ctx="down a third on last year"),
            L("46,700", 46700, E, P, APB, M26B + "; lodged with the First-tier Tribunal and not yet decided)"),
            L("nearly double", 2, ALM, RATIO, APB + "_ratio", "31 March 2026 vs 31 March 2025 (a year earlier)"),
            L("24,100", 24100, E, P, APB, "31 March 2025 (a year earlier)"),
            L("82%", 82, E, PCT, APB + "_share_still_supported", M26B + "; of these appeals, people still being supported; auditors' estimate)"),
            L("about 38,300", 38300, AP, P, "asylum_support_population_awaiting_appeal", M26B + "; in the appeals queue and still being supported; auditors' estimate)"),
            L("about £1.6bn", 1.6e9, AP, GBP, "asylum_cost_support_appellants", "per year, 2025/26 (supporting people in the appeals queue; National Audit Office)"),
            L("£41,200", 41200, E, GBP, PER, "per year, " + FY26 + "; the average)", occ=1),
            L("roughly £113", 113, AP, GBP, "asylum_cost_per_person_per_day", "per day, " + FY26 + ")"),
            L("closer to £61,000", 61000, AP, GBP, "asylum_hotel_cost_per_person_year", "per year, " + FY26 + "; someone housed in a hotel)"),
            L("£14,800", 14800, E, GBP, "asylum_dispersal_cost_per_person_year", "per year, " + FY26 + "; a person in dispersal housing)"),
            L("118,400", 118400, E, P, "asylum_initial_decisions", FY26 + ")"),
            L("19%", 19, E, PCT, "asylum_initial_decisions_change", "2025/26 vs 2024/25 (up)"),
            L("47%", 47, E, PCT, "asylum_grants_share_initial_decisions", FY26 + "; grants of protection)"),
            L("2,310", 2310, E, P, "asylum_decision_makers", M26B + "; decision-makers in post)"),
            L("290", 290, E, P, "asylum_decision_makers_shortfall", M26B + "; short of the department's own target)"),
            R("between 70,000 and 80,000", 70000, 80000, P, APB + "_projection", "31 March 2027 (if the queue keeps growing at its current rate; National Audit Office)"),
            L("up to £900m", 900e6, AM, GBP, "asylum_cost_additional_appeals_projection", "April 2026 to March 2028 (added to costs over two years; National Audit Office)"),
            L("£290m", 290e6, E, GBP, "payment_to_rwanda", "2022 to 2024 (paid to Rwanda under the abandoned removals partnership; none recovered)", geo="Rwanda"),
            L("almost half", 50, ALM, PCT, "asylum_appeals_share_allowed", "January to December 2025 (of the appeals tribunal judges decided last year)"),
            L("£41,200", 41200, E, GBP, PER, "per year, 2025/26 (to keep someone in limbo; chair of the Public Accounts Committee)", occ=2),
            L("roughly £190m", 190e6, AP, GBP, "asylum_cost_saving_per_month_shorter_wait", "2026 (each month taken off the average wait; Corbel Institute)"),
            L("halved", -50, E, PCT, "asylum_backlog_change", "July 2024 to July 2026 (the initial decision backlog since July 2024; Home Office spokesperson)"),
            L("more than £1bn", 1e9, MT, GBP, "asylum_cost_saving", "July 2024 to July 2026 (saved on asylum accommodation; Home Office spokesperson)"),
        ]),
    "04-daily-rammy-dependant-visas-fall": dict(
        meta=dict(url="https://www.dailyrammy.example/news/politics/2093841/migrant-family-visas-plunge-dependants-home-office-figures",
                  title="Migrant family visas PLUNGE 40 percent - but 112,000 relatives still given green light to come to Britain",
                  publisher="Daily Rammy", author="Hamish Pettigrew-Adebayo", published_date="2026-08-28"),
        labels=[
            L("40 percent", -40, E, PCT, DEP + "_change", "year ending June 2026 vs year ending June 2025 (PLUNGE; headline)", occ=0),
            L("112,000", 112000, E, P, DEP, YJ26 + "; relatives still given green light; headline)"),
            L("112,400", 112400, E, P, DEP, YJ26 + "; family members of overseas workers and students)", occ=0),
            L("40 percent", -40, E, PCT, DEP + "_change", "year ending June 2026 vs year ending June 2025 (down)", occ=1),
            L("187,300", 187300, E, P, DEP, YJ25 + ")"),
            L("nearly four times", 4, ALM, RATIO, DEP + "_ratio", "2023 vs the year ending June 2026 (as many at the 2023 peak)"),
            L("416,900", 416900, E, P, DEP, C23 + ")"),
            L("9,640", 9640, E, P, STD, YJ26 + "; only, dependants of students)"),
            L("93 percent", -93, E, PCT, STD + "_change", "year ending June 2026 vs 2023 (a drop of)"),
            L("143,700", 143700, E, P, STD, "January to December 2023 (issued in 2023)"),
            L("58,200", 58200, E, P, SWD, YJ26 + "; families of skilled workers)"),
            L("21 percent", -21, E, PCT, SWD + "_change", "year ending June 2026 vs year ending June 2025 (down)"),
            L("38,900", 38900, E, P, HCD, YJ26 + "; relatives of care and health staff)"),
            L("three-quarters", -75, E, PCT, HCD + "_change", "year ending June 2026 vs 2023 (fewer than in 2023)"),
            L("155,000", 155000, E, P, HCD, "January to December 2023 (the 155,000 of 2023)"),
            L("5,660", 5660, E, P, DEP + "_other_routes", YJ26 + "; the remaining, dependants on other routes including the graduate visa)"),
            L("27,300", 27300, E, P, DEP + "_india", YJ26 + "; Indian nationals)"),
            L("almost a quarter", 25, ALM, PCT, DEP + "_share_india", YJ26 + "; of the total)"),
            L("19,800", 19800, E, P, DEP + "_nigeria", YJ26 + "; Nigerians)"),
            L("more than one in six", 100 / 6, MT, PCT, DEP + "_share_nigeria", YJ26 + ")"),
            L("some 1.2m", 1.2e6, AP, P, DEP, "2019 to June 2026 (granted to dependants since 2019)"),
            L("31 percent", -31, E, PCT, "visas_granted_work_change", "year ending June 2026 vs year ending June 2025 (main applicants on work visas fell)"),
            L("121,500", 121500, E, P, "visas_granted_work", YJ26 + "; main applicants on work visas)"),
            L("62,100", 62100, E, P, "visas_granted_family", YJ26 + "; spouses and children of British citizens, counted separately)"),
            L("112,400", 112400, E, P, DEP, YJ26 + "; 'still the size of a large town arriving every year'; chairman of Bordercheck)", occ=1),
            L("50,000", 50000, E, P, DEP + "_cap_proposed", "per year (a cap on dependant visas called for by the chairman of Bordercheck)"),
            L("more than 300,000", -300000, MT, P, DEP + "_change", "per year, the year ending June 2026 vs the 2023 peak (cut compared with the peak; Home Office spokesperson)"),
            L("halved", -50, E, PCT, NM + "_change", "the peak (year to June 2023) to the latest estimate (net migration has halved; Home Office spokesperson)"),
        ]),
    "05-truthscale-british-emigration-half-a-million-claim": dict(
        meta=dict(url="https://truthscale.example/fact-checks/immigration/half-a-million-britons-not-leaving-uk-every-year/",
                  title="No, half a million Britons are not leaving the UK every year",
                  publisher="Truthscale", author="Rosalind Quartermaine-Ekwueme", published_date="2026-06-10"),
        labels=[
            L("half a million", 500000, E, P, EB, CLAIM + ", restated in the headline)", ctx="No, half a million"),
            L("Half a million", 500000, E, P, EB, CLAIM + ": 'Half a million Brits are leaving the country every year'; 'The claim' box)"),
            L("231,000", 231000, E, P, EB, YD25 + "; 'Our verdict' box)", occ=0),
            L("518,000", 518000, E, P, "emigration", YD25 + "; people of all nationalities leaving the UK; 'Our verdict' box)", occ=0),
            L("12.9k", 12900, E, SHARES, "social_media_post_shares", "7 to 10 June 2026 (the post making the claim, shared on X since Sunday)"),
            L("half a million", 500000, E, P, EB, CLAIM + "; a presenter on a late-night radio phone-in, Monday 8 June 2026)", ctx="half a million of our own"),
            L("more than double", 2, MT, RATIO, EB + "_claim_ratio", "2025 (the claimed number against the best available estimate)"),
            L("231,000", 231000, E, P, EB, YD25 + ")", occ=1),
            L("139,000", 139000, E, P, "immigration_british", YD25 + "; British nationals who moved back to the UK)"),
            L("92,000", -92000, E, P, "net_migration_british_nationals", YD25 + "; a net outflow of its own citizens)"),
            R("from 198,000 to 266,000", 198000, 266000, P, EB, YD25 + "; the uncertainty range)"),
            L("518,000", 518000, E, P, "emigration", YD25 + "; last year, everyone who left regardless of nationality)", occ=1),
            L("48,000", 48000, E, P, "emigration_change", "2025 vs 2024 (higher)"),
            L("470,000", 470000, E, P, "emigration", "January to December 2024 (estimated for 2024; ONS)"),
            L("about 45%", 45, AP, PCT, "emigration_share_british", YD25 + "; British nationals' share of the total)"),
            L("150,000", 150000, E, P, "emigration_eu", YD25 + "; EU nationals)"),
            L("137,000", 137000, E, P, "emigration_non_eu", YD25 + "; people from outside the EU)"),
            L("26,000", 26000, E, P, EB + "_revision", "January to December 2024 (the 2024 estimate revised up in May 2026; ONS)"),
            L("219,000", 219000, E, P, EB, "January to December 2024 (as revised in May 2026; ONS)"),
            L("about 5%", 5, AP, PCT, EB + "_change", "2025 vs 2024 (higher than the year before)"),
            L("nearly doubled", 2, ALM, RATIO, EB + "_ratio", "2025 vs 2021 (since 2021)"),
            L("121,000", 121000, E, P, EB, "January to December 2021 (travel still disrupted by COVID-19; ONS)"),
            L("around 190,000", 190000, AP, P, EB, "per year, the mid-2000s (older figures from a survey the ONS has since dropped)"),
            L("Roughly three in five", 60, AP, PCT, EB + "_share_aged_16_34", YD25 + "; British emigrants aged 16 to 34)"),
            L("about one in five", 20, AP, PCT, EB + "_share_australia", YD25 + "; Australia, the most popular destination)"),
            L("38,600", 38600, E, P, "australia_visas_granted_british_nationals", "July 2024 to June 2025 (2024-25; working holiday visas granted to Britons; Australian government figures)", geo="Australia"),
            L("9%", 9, E, PCT, "australia_visas_granted_british_nationals_change", "2024-25 vs 2023-24 (more than the year before)", geo="Australia"),
            L("roughly 4.6 million", 4.6e6, AP, P, "uk_born_population_abroad", "2024 (UK-born people living in other countries; United Nations)", geo="Outside the UK"),
        ]),
    "06-the-smirr-ukrainian-pupils-scottish-schools": dict(
        meta=dict(url="https://www.thesmirr.example/news/scotland/education/ukrainian-pupils-scotland-schools-fall-pupil-census-4417932",
                  title="Number of Ukrainian pupils in Scotland's schools falls by almost a third from peak",
                  publisher="The Smirr", author="Fergus Baird-Olawale", published_date="2026-12-16"),
        labels=[
            L("almost a third", -THIRD, ALM, PCT, UP + "_change", "September 2026 vs the 2023 peak (headline)", occ=0, geo=SCO),
            L("4,870", 4870, E, P, UP, S26 + "; children with Ukrainian nationality in classrooms; standfirst)", occ=0, geo=SCO),
            L("4,870", 4870, E, P, UP, S26 + "; pupils with Ukrainian nationality)", occ=1, geo=SCO),
            L("14%", -14, E, PCT, UP + "_change", "September 2026 vs September 2025 (down on a year earlier)", geo=SCO),
            L("5,660", 5660, E, P, UP, "September 2025 (counted a year earlier; pupil census)", geo=SCO),
            L("7,120", 7120, E, P, UP, "September 2023 (the peak, in 2023; pupil census)", geo=SCO),
            L("almost a third", -THIRD, ALM, PCT, UP + "_change", "September 2026 vs September 2023 (dropped since the peak)", occ=1, geo=SCO),
            L("about 0.7%", 0.7, AP, PCT, "school_pupils_share_ukrainian", S26 + "; of children in publicly funded schools)", geo=SCO),
            L("701,540", 701540, E, P, "school_pupils", S26 + "; children in publicly funded schools)", geo=SCO),
            L("2,960", 2960, E, P, UP + "_primary", S26 + "; in primary schools)", geo=SCO),
            L("1,780", 1780, E, P, UP + "_secondary", S26 + "; in secondaries)", geo=SCO),
            L("130", 130, E, P, UP + "_special_schools", S26 + "; in special schools)", geo=SCO),
            L("1,120", 1120, E, P, UP, S26 + "; the largest group)", geo="Edinburgh"),
            L("860", 860, E, P, UP, S26 + ")", geo="Glasgow"),
            L("540", 540, E, P, UP, S26 + ")", geo="Aberdeen"),
            L("310", 310, E, P, UP, S26 + ")", geo="Highland"),
            L("11,900", 11900, E, P, "school_pupils_polish", S26 + "; the largest group of non-UK nationals)", geo=SCO),
            L("98,300", 98300, E, P, "school_pupils_english_additional_language", S26 + "; all nationalities)", geo=SCO),
            L("about one in seven", 100 / 7, AP, PCT, "school_pupils_share_english_additional_language", S26 + "; of the school roll)", geo=SCO),
            L("about 16,000", 16000, AP, P, "ukrainians_resident", "mid-2026 (living in Scotland; National Records of Scotland)", geo=SCO),
            L("roughly 0.3%", 0.3, AP, PCT, "ukrainians_resident_share_of_population", "mid-2026 (of the population; National Records of Scotland)", geo=SCO),
            L("more than 20,000", 20000, MT, P, "ukrainians_resident", "mid-2024 (two years ago; National Records of Scotland)", geo=SCO),
            L("£3.2m", 3.2e6, E, GBP, ELT, "April 2026 to March 2027 (this year's allocation to councils for English language teaching; Scottish Government)", geo=SCO),
            L("a fifth", -20, E, PCT, ELT + "_change", "2026/27 vs 2025/26 (down on the £4m provided)", ctx="down a fifth", geo=SCO),
            L("£4m", 4e6, E, GBP, ELT, "April 2025 to March 2026 (2025/26)", geo=SCO),
            L("61", 61, E, P, UP, "2023 (at the school's height; headteacher of Hawthornvale High School)", ctx="had 61 Ukrainian", geo="Leith"),
            L("38", 38, E, P, UP, "December 2026 (now; headteacher of Hawthornvale High School)", ctx="now has 38", geo="Leith"),
            L("Nearly 5,000", 5000, ALM, P, UP, "December 2026 (children who depend on this support; " + MSP + ")", geo=SCO),
            L("a fifth", -20, E, PCT, ELT + "_change", "2026/27 vs 2025/26 (the Government is cutting it by; " + MSP + ")", ctx="cutting it by a fifth", geo=SCO),
            L("c. 450", 450, AP, P, "esol_waiting_list", "December 2026 (ESOL waiting lists in the capital; teachers, via the " + MSP + ")", geo="Edinburgh"),
            L("around 90", 90, AP, P, SAT, "before summer 2026 (a Saturday school for Ukrainian children)", geo="Dundee"),
            L("55", 55, E, P, SAT, "December 2026 (since the summer, attendance has fallen to)", ctx="to 55", geo="Dundee"),
        ]),
    "07-the-dreadnought-obr-net-migration-assumption": dict(
        meta=dict(url="https://www.thedreadnought.example/politics/2026/11/26/obr-slashes-migration-forecast-205000-budget-borrowing/",
                  title="OBR slashes migration forecast to 205,000, leaving a £4.4bn hole in the public finances",
                  publisher="The Dreadnought", author="Hugo Tremlett-Asante", published_date="2026-11-26"),
        labels=[
            L("205,000", 205000, E, P, NMF, LR + " (" + EFO + "; headline)", occ=0),
            L("£4.4bn", 4.4e9, E, GBP, "public_borrowing_effect_lower_migration", Y31 + "the hole in the public finances; " + EFO + "; headline)", occ=0),
            L("almost a fifth", -20, ALM, PCT, NMF + "_revision", "November 2026 vs March 2026 forecast (the long-term forecast cut by)"),
            V("billions", -9e9, -2e9, GBP, "tax_receipts_lower_migration_change", "per year, from the end of the decade (what the change will cost the Treasury in lost tax)", ctx="billions of pounds"),
            L("205,000", 205000, E, P, NMF, LR + " (" + EFO + ")", occ=1),
            L("250,000", 250000, E, P, NMF, LR + " (the OBR's assumption as recently as March 2026)"),
            L("315,000", 315000, E, P, NMF, LR + " (the OBR's assumption a year ago, November 2025)"),
            L("160,000", 160000, E, P, NMF, "January to December 2027 (next year; " + EFO + ")"),
            L("175,000", 175000, E, P, NMF, "January to December 2028 (" + EFO + ")"),
            L("164,000", 164000, E, P, NM, "July 2025 to June 2026 (the year to June 2026; ONS estimate published last week)", occ=0),
            L("208,000", 208000, E, P, NM, "January to December 2025 (calendar year 2025, as revised; ONS)"),
            L("37,000", 37000, E, P, NM + "_revision", "January to December 2025 (revised up; ONS, November 2026)"),
            L("150,000", -150000, E, P, "population_working_age_forecast_revision", Y31 + "smaller; " + EFO + ")", occ=0),
            L("0.3%", -0.3, E, PCT, "gdp_forecast_revision", Y31 + "the level of real GDP reduced by; " + EFO + ")"),
            L("£5.8bn", -5.8e9, E, GBP, "tax_receipts_lower_migration_change", Y31 + "receipts lower; " + EFO + ")"),
            L("£1.4bn", -1.4e9, E, GBP, "public_spending_lower_migration_change", Y31 + "less spent on benefits and public services; " + EFO + ")"),
            L("£4.4bn", 4.4e9, E, GBP, "public_borrowing_effect_lower_migration", Y31 + "extra borrowing, the net result; " + EFO + ")", occ=1),
            L("71.4m", 71.4e6, E, P, "population_projection", "2031 (" + EFO + ")"),
            L("0.6m", -0.6e6, E, P, "population_projection_revision", "2031 (fewer than in its previous forecast; " + EFO + ")"),
            L("around £410,000", 410000, AP, GBP, "fiscal_lifetime_contribution_migrant", "over a lifetime (a migrant arriving aged 25 on average pay; the OBR's central estimate)"),
            L("£5.38bn", 5.38e9, E, GBP, "visa_fee_and_immigration_health_surcharge_income", "April 2026 to March 2027 (2026-27; a record; Treasury documents)"),
            L("24%", -24, E, PCT, "visas_granted_work_change", "January to September, 2026 vs 2025 (main applicants, down on the same period of 2025)"),
            L("roughly £1.3bn", 1.3e9, AP, GBP, "tax_receipts_lost_per_10000_fewer_migrants", "per year, by the end of the decade (for every 10,000 fewer arrivals a year; chief economist, Kestrel Wealth)"),
            L("below zero", 0, LT, P, "net_migration_target", "per year (Reform UK's call)"),
            L("nearer 150,000", 150000, AP, P, NMF, LR + " (where she expects net migration to settle; Bascule Institute)"),
            L("roughly double", 2, AP, RATIO, "public_borrowing_effect_lower_migration_ratio", "the long run (the hit to the public finances at 150,000 against the OBR's 205,000; Bascule Institute)"),
            L("62.4m", 62.4e6, E, P, "population", "mid-2025 (30 June 2025; estimated)", geo=EW),
            L("69.8m", 69.8e6, E, P, "population", "mid-2025 (30 June 2025; estimated)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
