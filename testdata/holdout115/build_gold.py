#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-fifteenth hand-labelled hold-out set (holdout115).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, HOTELS, THIRD, E, AP, MT, AL, LT, AM, ALM,
                        SBA, NM)

UK, ENG, SCO, WAL, NI, FR = "UK", "England", "Scotland", "Wales", "Northern Ireland", "France"
YH = "Yorkshire and the Humber"
PER10K, FAMILIES, DAYS = "other:persons_per_10000_residents", "other:families", "other:days"
D1000, PROVIDERS, VACANCIES = "other:deaths_per_1000_arrivals", "other:providers", "other:vacancies"
SHARES, AREAS = "other:shares", "other:council_areas"

# 01 (Friday 21 August 2026; PA copy; Home Office quarterly figures "published on Thursday", stocks at 30 June 2026)
Q2 = "30 June 2026 (end of June; Home Office quarterly asylum support statistics published Thursday 20 August 2026"
ASP, RATE = "asylum_support_population", "asylum_support_population_per_10000_residents"
HULL = "Kingston upon Hull"
# 02 (Friday 18 September 2026; a year since the first removal under the UK-France pilot, 18 September 2025)
PILOT = "18 September 2025 to 13 September 2026 (since the first removal under the UK-France pilot; Home Office"
HOME_SEC = "Home Secretary"
WOLDS = "migration researcher, Wolds University"
# 03 (Monday 12 October 2026; deaths on the Channel route "so far this year", 1 January to 11 October 2026)
SBD = "small_boat_deaths"
YTD3 = "1 January to 11 October 2026 (so far this year"
PREF = "Channel maritime prefecture"
IOM = "International Organization for Migration, Missing Migrants Project"
LVC = "Les Veilleurs de la Côte volunteer network"
# 04 (Saturday 22 August 2026; Home Office quarterly statistics for the year to June 2026, published Thursday 20 August)
CW, CWD = "visas_granted_care_worker", "visas_granted_care_worker_dependants"
Y26 = "July 2025 to June 2026 (the year to June; Home Office quarterly statistics published Thursday 20 August 2026"
Y25 = "July 2024 to June 2025 (the previous 12 months"
C23 = "January to December 2023 (the height of the recruitment boom"
OKE = "Okehampton"
OWNER = "owner of a care home near Okehampton"
# 05 (Wednesday 3 June 2026; fact check of a Facebook graphic shared "since Sunday", 31 May, and repeated "on Monday", 1 June)
YD25 = "January to December 2025 (the 12 months to December 2025; ONS provisional estimates published 21 May 2026"
PEAK = "July 2022 to June 2023 (the 12 months to June 2023; the peak"
CLAIM = "2026 (the claim checked"
# 06 (Wednesday 15 July 2026; National Records of Scotland mid-2025 estimates released "on Tuesday", 14 July 2026)
MID25 = "mid-2025 (30 June 2025; National Records of Scotland mid-year estimates published Tuesday 14 July 2026"
YM25 = "July 2024 to June 2025 (the year to mid-2025; National Records of Scotland"
NMO = "net_migration_overseas"
NES = "Na h-Eileanan Siar"
# 07 (Tuesday 3 November 2026; a breakdown of Home Office hotel spending released to the Home Affairs Committee)
ACH = "asylum_cost_hotels"
FY = "April 2025 to March 2026 (the 12 months to March, 2025/26; Home Office spending breakdown released to the Home Affairs Committee"

ARTICLES = {
    "01-ginnel-gazette-yorkshire-asylum-seekers-per-head": dict(
        meta=dict(url="https://www.ginnelgazette.example/news/national/hull-houses-more-asylum-seekers-for-its-size-than-anywhere-else-in-yorkshire-4918362",
                  title="Hull houses more asylum seekers for its size than anywhere else in Yorkshire",
                  publisher="Ginnel Gazette", author="Imogen Sowerby-Nkemelu", published_date="2026-08-21"),
        labels=[
            L("roughly one for every 200", 0.5, AP, PCT, ASP + "_share_of_residents", Q2 + "; residents)", geo=HULL),
            L("1,318", 1318, E, P, ASP, Q2 + ")", geo=HULL),
            L("48.7", 48.7, E, PER10K, RATE, Q2 + ")", geo=HULL),
            L("more than three times", 3, MT, RATIO, RATE + "_ratio", "30 June 2026 (Hull's rate against the UK-wide rate)", geo=HULL),
            L("14.2", 14.2, E, PER10K, RATE, Q2 + "; UK-wide)"),
            L("more than double", 2, MT, RATIO, RATE + "_ratio", "30 June 2026 (Hull's rate against Yorkshire and the Humber as a whole)", geo=HULL),
            L("20.3", 20.3, E, PER10K, RATE, Q2 + ")", geo=YH),
            L("30.4", 30.4, E, PER10K, RATE, Q2 + ")", geo="Rotherham"),
            L("26.5", 26.5, E, PER10K, RATE, Q2 + ")", geo="Bradford"),
            L("26.1", 26.1, E, PER10K, RATE, Q2 + ")", geo="Barnsley"),
            L("25.3", 25.3, E, PER10K, RATE, Q2 + ")", geo="Sheffield"),
            L("23.8", 23.8, E, PER10K, RATE, Q2 + ")", geo="Doncaster"),
            L("1,911", 1911, E, P, ASP, Q2 + "; the biggest authority in the region)", geo="Leeds"),
            L("23.0", 23.0, E, PER10K, RATE, Q2 + ")", geo="Leeds"),
            L("fewer than two", 2, LT, PER10K, RATE, Q2 + "; for every 10,000 people)", geo="North Yorkshire"),
            L("1.8", 1.8, E, PER10K, RATE, Q2 + ")", geo="East Riding of Yorkshire"),
            L("74", 74, E, P, ASP, Q2 + "; no hotel in use)", geo="York"),
            L("11,420", 11420, E, P, ASP, Q2 + "; across the region)", geo=YH),
            L("9%", -9, E, PCT, ASP + "_change", "30 June 2026 vs 30 June 2025 (down on twelve months before)", geo=YH),
            L("98,740", 98740, E, P, ASP, Q2 + "; the UK total)"),
            L("84%", 84, E, PCT, "asylum_support_share_dispersal", Q2 + "; in dispersal housing)", geo=YH),
            L("1,130", 1130, E, P, "asylum_hotel_population", Q2 + ")", geo=YH),
            L("1,720", 1720, E, P, "asylum_hotel_population", "30 June 2025 (June 2025)", geo=YH),
            L("about a third", -THIRD, AP, PCT, "asylum_hotel_population_change", "30 June 2026 vs 30 June 2025 (hotel numbers have fallen by)", geo=YH),
            L("212", 212, E, P, ASP + "_change", "1 January 2024 to 30 June 2026 (climbed since the start of 2024)", geo=HULL),
            L("halved", -50, E, PCT, ASP + "_change", "1 January 2024 to 30 June 2026 (over the same period, as hotels in Harrogate and Scarborough shut)", geo="North Yorkshire"),
            L("one resident in every 200", 0.5, E, PCT, ASP + "_share_of_residents", "2026 (now; leader of Hull City Council)", geo=HULL),
            L("£750", 750, E, GBP, "council_asylum_grant_per_dispersal_bed", "2026 (for each new bed; a policy rate; leader of Hull City Council)"),
            L("655", 655, E, P, ASP, "2026 (people the town has taken; Reform UK councillor in Barnsley)", geo="Barnsley"),
            L("around 40", 40, AP, FAMILIES, "asylum_seeker_families_moved_at_least_twice", "1 January to August 2026 (this year; families the charity supports; Hessle Road Welcome Project)", geo=HULL),
            L("more than half", -50, MT, PCT, "asylum_hotel_population_change", "5 July 2024 to August 2026 (hotel occupancy since the election; Home Office statement)"),
        ]),
    "02-signalbox-uk-france-returns-pilot-numbers": dict(
        meta=dict(url="https://www.signalbox.example/news/articles/uk-france-returns-deal-numbers-year-on-c8k2m4w7p1qo",
                  title="UK-France returns deal: What do the numbers show a year on?",
                  publisher="Signalbox", author="Ishbel Garrowby-Adeyinka", published_date="2026-09-18"),
        labels=[
            L("2,960", 2960, E, P, "returns", PILOT + "; returned to France by 13 September)", geo=FR),
            V("a few dozen", 24, 60, P, "returns", "per week, 18 September to December 2025 (in the first three months)", geo=FR),
            L("50", 50, E, P, "returns_france_weekly_cap", "per week (the rate officials briefed at the launch, September 2025)", ctx="the 50 a week", geo=FR),
            L("1,340", 1340, E, P, "returns", "April to August 2026 (returned between April and August)", geo=FR),
            L("about 45%", 45, AP, PCT, "returns_share_of_pilot_total_april_to_august", "April to August 2026 (of the total returned so far)", geo=FR),
            L("about 60", 60, AP, P, "returns", "per week, April to August 2026", ctx="about 60 a week", geo=FR),
            L("48,700", 48700, E, P, SBA, "18 September 2025 to September 2026 (small-boat arrivals since the first removal; Home Office)"),
            L("a quarter", 25, E, PCT, SBA + "_change", "the pilot's first year vs the 12 months before it began (up on)", ctx="up a quarter"),
            L("38,900", 38900, E, P, SBA, "September 2024 to September 2025 (the 12 months before the pilot began)"),
            L("roughly 6%", 6, AP, PCT, "returns_share_of_small_boat_arrivals", PILOT + "; arrivals over the period sent back)", geo=FR),
            L("about 16", 16, AP, RATIO, "small_boat_arrivals_to_returns_france_ratio", PILOT + "; reached the UK and stayed, for every person returned)", ctx="about 16 more"),
            L("11,900", 11900, E, P, "uk_france_legal_route_applications", "September 2025 to 31 August 2026 (applications received by 31 August; Home Office)"),
            L("2,710", 2710, E, P, "uk_france_legal_route_arrivals", "September 2025 to September 2026 (accepted and travelled; Home Office)"),
            L("around 23%", 23, AP, PCT, "uk_france_legal_route_applications_share_accepted", "September 2025 to September 2026 (of applications)"),
            L("29%", 29, E, PCT, "returns_share_eritrean", PILOT + "; of those removed)", geo=FR),
            L("17%", 17, E, PCT, "returns_share_afghan", PILOT + ")", geo=FR),
            L("12%", 12, E, PCT, "returns_share_iranian", PILOT + ")", geo=FR),
            L("More than 3,500", 3500, MT, P, "detention_entries", PILOT + "; detained under the pilot)"),
            L("84%", 84, E, PCT, "detention_leavers_share_returned", PILOT + "; of these, since removed)"),
            L("19 days", 19, E, DAYS, "detention_length_average", PILOT + "; average stay in detention before removal)"),
            L("At least 41", 41, AL, P, "returns_france_redetected_crossing", PILOT + "; detected making a second crossing)", geo=FR),
            L("£476m", 476e6, E, GBP, "uk_france_funding", "2023/24 to 2025/26 (a three-year arrangement signed in 2023 to police French beaches)"),
            L("£11.2m", 11.2e6, E, GBP, "returns_cost", "September 2025 to September 2026 (charter flights and escorts in the pilot's first year; answer to a parliamentary question)"),
            L("nearly £3,800", 3800, ALM, GBP, "returns_cost_per_person", "September 2025 to September 2026 (per person removed in the first year)"),
            L("£715m", 715e6, E, GBP, "rwanda_scheme_cost", "April 2022 to July 2024 (the scrapped scheme, by comparison)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers relocated)", ctx="just four volunteers"),
            L("more than double", 2, MT, RATIO, "returns_france_target_ratio", "2027 vs the pilot's first year (next year; the Home Secretary's aim)", geo=FR),
            L("about one in 17", 100 / 17, AP, PCT, "returns_share_of_small_boat_arrivals", "2026 (the chance of being sent back; " + WOLDS + ")", geo=FR),
        ]),
    "03-the-quillfeather-channel-deaths-how-counted": dict(
        meta=dict(url="https://www.thequillfeather.example/uk-news/2026/oct/12/channel-deaths-count-prefecture-iom-home-office",
                  title="Channel deaths: why nobody agrees how many people have died this year",
                  publisher="The Quillfeather", author="Marisol Kettering-Ibekwe", published_date="2026-10-12"),
        labels=[
            L("52", 52, E, P, SBD, YTD3 + "; deaths at sea counted by French officials; standfirst)", occ=0),
            L("closer to 80", 80, AP, P, SBD, YTD3 + "; aid groups' toll; standfirst)"),
            L("three", 3, E, P, SBD, "29 September 2026 (bodies recovered after a dinghy folded off Le Portel; French rescuers)", ctx="recovered three bodies", geo=FR),
            L("52", 52, E, P, SBD, YTD3 + "; deaths at sea since 1 January; " + PREF + ")", occ=1),
            L("2,480", 2480, E, P, "small_boat_rescues", YTD3 + "; pulled from the water or from failing boats; " + PREF + ")", geo=FR),
            L("68", 68, E, P, SBD, YTD3 + "; including deaths on land near the crossing points; " + IOM + ")", occ=0),
            L("79", 79, E, P, SBD, YTD3 + "; including people reported missing and never found; " + LVC + ")", occ=0),
            L("11", 11, E, P, "small_boat_missing_at_sea", YTD3 + "; still unaccounted for; " + LVC + ")", ctx="Of those, 11 are"),
            L("52", 52, E, P, SBD, YTD3 + "; the prefecture's count, quoted by a border deaths researcher at the University of Kentmere)", occ=2),
            L("79", 79, E, P, SBD, YTD3 + "; the volunteer count, quoted by a border deaths researcher at the University of Kentmere)", occ=1),
            L("27", 27, E, P, "small_boat_deaths_gap_between_counts", YTD3 + "; 'It is 27 families'; border deaths researcher, University of Kentmere)"),
            L("64", 64, E, P, SBD, "January to December 2025 (last year, the full 12 months; " + PREF + ")"),
            L("73", 73, E, P, SBD, "January to December 2025 (last year; " + IOM + ")"),
            L("at least 78", 78, AL, P, SBD, "January to December 2024 (the worst year since small-boat crossings began in 2018)"),
            L("34,260", 34260, E, P, SBA, "1 January to 30 September 2026 (January to September; Home Office figures)"),
            L("11%", 11, E, PCT, SBA + "_change", "January to September, 2026 vs 2025 (up on the same nine months)"),
            L("some 3,400", 3400, AP, P, SBA + "_change", "January to September, 2026 vs 2025 (higher than in the same nine months)"),
            L("about two", 2, AP, D1000, "small_boat_deaths_per_1000_arrivals", "January to October 2026 (for every 1,000 people who made it across, using the IOM's toll)"),
            L("more than 70", 70, MT, PPB, "small_boat_occupancy", "2026 (boats boarded from the water at launch; researchers)", geo=FR),
            L("68", 68, E, P, SBD, YTD3 + "; deaths logged by the IOM this year)", occ=1),
            L("13", 13, E, P, SBD + "_children", YTD3 + "; under 18; " + IOM + ")"),
            L("nearly one in five", 20, ALM, PCT, SBD + "_share_children", YTD3 + "; " + IOM + ")"),
            L("roughly one in eight", 12.5, AP, PCT, SBD + "_share_children", "January to December 2025 (last year; " + IOM + ")"),
            L("about a third", THIRD, AP, PCT, SBD + "_share_unidentified", YTD3 + "; yet to be formally named since January; French officials)"),
            L("at least nine", 9, AL, P, SBD + "_remains_held_in_mortuaries", "October 2026 (held in mortuaries in Boulogne-sur-Mer and Lille; French officials)", geo=FR),
            L("more than 19,000", 19000, MT, P, "small_boat_launch_attempts_stopped_people", YTD3 + "; attempted crossings stopped by joint patrols; Home Office spokesperson)", geo=FR),
        ]),
    "04-the-dovecote-care-worker-visas-dependants-fall": dict(
        meta=dict(url="https://www.thedovecote.example/news/2026/08/22/care-visas-collapse-overseas-recruitment-ban-dependants/",
                  title="Care visas collapse as ban on overseas recruitment bites",
                  publisher="The Dovecote", author="Perdita Sandbach-Oyenuga", published_date="2026-08-22"),
        labels=[
            L("three-quarters", -75, E, PCT, CWD + "_change", "year to June 2026 vs year to June 2025 (dependants arriving with care staff, down in a year; standfirst)"),
            L("more than two-thirds", -200 / 3, MT, PCT, CW + "_change", "year to June 2026 vs year to June 2025 (visas handed to overseas care workers, fallen in a year)"),
            L("8,420", 8420, E, P, CW, Y26 + "; care workers and senior care workers)"),
            L("71 per cent", -71, E, PCT, CW + "_change", "year to June 2026 vs year to June 2025 (down)"),
            L("29,300", 29300, E, P, CW, Y25 + ")"),
            L("less than a twelfth", 1 / 12, LT, RATIO, CW + "_ratio", "year to June 2026 vs 2023 (of those granted at the height of the recruitment boom)"),
            L("105,400", 105400, E, P, CW, C23 + ")"),
            L("more than 2,000", 2000, MT, P, CW, "per week, 2023 (the rate at which providers brought in staff from abroad)"),
            L("4,950", 4950, E, P, CWD, Y26 + "; dependants of care staff)"),
            L("a quarter", 0.25, E, RATIO, CWD + "_ratio", "year to June 2026 vs year to June 2025", ctx="a quarter of the 19,800"),
            L("19,800", 19800, E, P, CWD, "July 2024 to June 2025 (issued a year earlier)"),
            L("about 4 per cent", 4, AP, PCT, CWD + "_share_of_2023_total", "year to June 2026 vs 2023 (of the 2023 total)"),
            L("121,900", 121900, E, P, CWD, "January to December 2023 (the 2023 total)"),
            L("more than one", 1, MT, RATIO, CWD + "_per_main_applicant_ratio", "January to December 2023 (dependants for every worker)", ctx="more than one dependant"),
            L("44 per cent", -44, E, PCT, "visas_granted_health_care_worker_change", "year to June 2026 vs year to June 2025 (the wider Health and Care visa, grants dropped by)"),
            L("27,600", 27600, E, P, "visas_granted_health_care_worker", Y26 + "; the wider Health and Care visa, including nurses and doctors)"),
            L("more than 11,000", 11000, MT, P, "care_workers_switched_sponsor_in_country", Y26 + "; switched to a new employer in the UK)"),
            L("more than 470", 470, MT, PROVIDERS, "sponsor_licences_revoked_care_providers", "July 2022 to August 2026 (care providers' licences revoked since July 2022; Home Office)"),
            L("some 39,000", 39000, AP, P, "care_workers_displaced_by_licence_revocations", "July 2022 to August 2026 (workers displaced)"),
            L("about 118,000", 118000, AP, VACANCIES, "adult_social_care_vacancies", "2025/26 (posts lying empty; Skills for Care estimates)", geo=ENG),
            L("7.6 per cent", 7.6, E, PCT, "adult_social_care_vacancy_share", "2025/26 (vacancy rate; Skills for Care)", geo=ENG),
            L("7 per cent", 7, E, PCT, "adult_social_care_vacancy_share", "2024/25 (the year before; Skills for Care)", ctx="up from 7 per cent", geo=ENG),
            L("nearly half", 50, ALM, PCT, "adult_social_care_new_starters_share_overseas", "2023/24 (recruits from overseas among new starters)", geo=ENG),
            L("about 15 per cent", 15, AP, PCT, "adult_social_care_new_starters_share_overseas", "2026 (this year)", geo=ENG),
            L("Eight", 8, E, P, "care_home_staff_overseas_recruits", "August 2026 (care staff who came from overseas; " + OWNER + ")", geo=OKE),
            L("40", 40, E, P, "care_home_staff", "August 2026 (care staff at the home; " + OWNER + ")", ctx="Eight of our 40", geo=OKE),
            L("£12.95", 12.95, E, GBP, "care_worker_hourly_pay", "per hour, August 2026 (what the home pays, above the legal minimum; " + OWNER + ")", geo=OKE),
            L("more than half", -50, MT, PCT, NM + "_change", "the year to June 2023 peak vs the latest estimate (net migration since it peaked; Home Office spokesman)"),
            L("£400 million", 400e6, E, GBP, "care_workforce_investment", "2026/27 (this year; invested in the care workforce; Home Office spokesman)", geo=ENG),
        ]),
    "05-truthmeter-net-migration-highest-ever-claim": dict(
        meta=dict(url="https://truthmeter.example/fact-check/immigration/net-migration-not-highest-ever/",
                  title="Net migration is not at its highest ever level",
                  publisher="Truthmeter", author="Aurelio Westlake-Bamgbose", published_date="2026-06-03"),
        labels=[
            L("a million", 1e6, E, P, "immigration", "per year, " + CLAIM + ": 'a million people a year coming to Britain'; 'The claim' box)", ctx="with a million people a year"),
            L("171,000", 171000, E, P, NM, YD25 + "; 'Our verdict' box)", occ=0),
            L("about a fifth", 0.2, AP, RATIO, NM + "_ratio", "2025 vs the year to June 2023 (of its record level; 'Our verdict' box)"),
            L("906,000", 906000, E, P, NM, PEAK + ", its record level; 'Our verdict' box)", occ=0),
            L("798,000", 798000, E, P, "immigration", YD25 + "; 'Our verdict' box)", occ=0),
            L("well under a million", 1e6, LT, P, "immigration", YD25 + "; 'Our verdict' box)"),
            L("9.4k", 9400, E, SHARES, "social_media_post_shares", "31 May to 3 June 2026 (the graphic making the claim, shared on Facebook since Sunday)"),
            L("a million", 1e6, E, P, "immigration", "per year, " + CLAIM + "; a prospective Reform UK parliamentary candidate, in a video on Monday 1 June 2026)", ctx="\"a million a year\""),
            L("798,000", 798000, E, P, "immigration", YD25 + ")", occ=1),
            L("627,000", 627000, E, P, "emigration", YD25 + ")"),
            L("171,000", 171000, E, P, NM, YD25 + ")", occ=1),
            L("less than half", 0.5, LT, RATIO, NM + "_ratio", "2025 vs 2024 (the figure for 2024)"),
            L("362,000", 362000, E, P, NM, "January to December 2024 (as revised in May 2026; ONS)"),
            L("431,000", 431000, E, P, NM, "January to December 2024 (first published in May last year, 2025; ONS)"),
            L("345,000", 345000, E, P, NM, "January to December 2024 (as cut in November 2025; ONS)"),
            L("17,000", 17000, E, P, NM + "_revision", "January to December 2024 (the 2024 estimate, revised up in May 2026; ONS)"),
            R("128,000 to 214,000", 128000, 214000, P, NM, YD25 + "; the range within which the true figure could lie)"),
            L("906,000", 906000, E, P, NM, PEAK + ")", occ=1),
            L("roughly 1.3 million", 1.3e6, AP, P, "immigration", PEAK + "; immigration that year)"),
            L("336,000", 336000, E, P, NM, "July 2014 to June 2015 (the year ending June 2015; the highest before 2021 under the old estimates)"),
            L("around a fifth", 0.2, AP, RATIO, NM + "_ratio", "2025 vs the year to June 2023 (of the 2023 peak)"),
            L("316,000", 316000, E, P, "net_migration_non_eu", YD25 + "; more non-EU citizens arrived than left)"),
            L("57,000", -57000, E, P, "net_migration_eu", YD25 + "; EU citizens, a net outflow)"),
            L("88,000", -88000, E, P, "net_migration_british_nationals", YD25 + "; British nationals, an outflow)"),
            L("109,000", 109000, E, P, "immigration_work_non_eu", YD25 + "; non-EU nationals arriving to work)"),
            L("41%", -41, E, PCT, "immigration_work_non_eu_change", "2025 vs 2024 (down)"),
            L("69.6 million", 69.6e6, E, P, "population", "mid-2025 (30 June 2025; a record level; ONS population estimates)"),
            L("62.3 million", 62.3e6, E, P, "population", "mid-2025 (30 June 2025; ONS population estimates)", geo="England and Wales"),
            L("0.6%", 0.6, E, PCT, "population_change", "mid-2024 to mid-2025 (the UK, up on a year earlier; ONS)"),
        ]),
    "06-the-stravaiger-nrs-scotland-migration-estimates": dict(
        meta=dict(url="https://www.thestravaiger.example/news/scotland/scotland-population-record-nrs-overseas-migration-falls-third-24718305/",
                  title="Scotland's population hits record 5.57m - but overseas migration falls by a third",
                  publisher="The Stravaiger", author="Catriona Blairgowrie-Oteng", published_date="2026-07-15"),
        labels=[
            L("5.57m", 5.57e6, E, P, "population", MID25 + "; a record; headline)", geo=SCO),
            L("a third", -THIRD, E, PCT, NMO + "_change", "year to mid-2025 vs year to mid-2024 (overseas migration falls by; headline)", ctx="falls by a third", geo=SCO),
            L("18,100", -18100, E, P, "population_natural_change", YM25 + "; deaths outnumbered births by; standfirst)", occ=0, geo=SCO),
            L("5,572,900", 5572900, E, P, "population", MID25 + "; a new high)", geo=SCO),
            L("26,000", 26000, E, P, "population_growth", YM25 + "; people gained)", geo=SCO),
            L("0.5%", 0.5, E, PCT, "population_change", YM25 + ")", geo=SCO),
            L("44,200", 44200, E, P, "births", YM25 + ")", geo=SCO),
            L("62,300", 62300, E, P, "deaths", YM25 + ")", geo=SCO),
            L("18,100", -18100, E, P, "population_natural_change", YM25 + "; a natural decrease)", occ=1, geo=SCO),
            L("31,200", 31200, E, P, NMO, YM25 + "; net migration from overseas)", geo=SCO),
            L("a third", -THIRD, E, PCT, NMO + "_change", "year to mid-2025 vs year to mid-2024 (down)", ctx="down a third from", geo=SCO),
            L("46,800", 46800, E, P, NMO, "July 2023 to June 2024 (a year earlier; National Records of Scotland)", geo=SCO),
            L("Some 58,900", 58900, AP, P, "immigration", YM25 + "; moved to Scotland from abroad)", geo=SCO),
            L("27,700", 27700, E, P, "emigration", YM25 + "; left for other countries)", geo=SCO),
            L("Around 48,300", 48300, AP, P, "internal_migration_inflow_from_rest_of_uk", YM25 + "; came north from England, Wales and Northern Ireland)", geo=SCO),
            L("35,400", 35400, E, P, "internal_migration_outflow_to_rest_of_uk", YM25 + "; went the other way)", geo=SCO),
            L("12,900", 12900, E, P, "net_migration_rest_of_uk", YM25 + "; a net gain from the rest of the UK)", geo=SCO),
            L("4,600", 4600, E, P, "population_revision", "mid-2024 (30 June 2024; the estimate revised up; National Records of Scotland)", geo=SCO),
            L("5,546,900", 5546900, E, P, "population", "mid-2024 (30 June 2024, as revised; National Records of Scotland)", geo=SCO),
            L("1.3%", 1.3, E, PCT, "population_change", YM25 + "; grew fastest of Scotland's council areas)", geo="Edinburgh"),
            L("537,800", 537800, E, P, "population", MID25 + "; residents of the capital)", geo="Edinburgh"),
            L("0.9%", 0.9, E, PCT, "population_change", YM25 + ")", geo="Glasgow"),
            L("640,100", 640100, E, P, "population", MID25 + ")", geo="Glasgow"),
            L("Twenty-four", 24, E, AREAS, "council_areas_population_growth", YM25 + "; council areas that grew)", geo=SCO),
            L("0.8%", -0.8, E, PCT, "population_change", YM25 + "; among the biggest falls)", geo=NES),
            L("25,900", 25900, E, P, "population", MID25 + ")", geo=NES),
            L("0.6%", -0.6, E, PCT, "population_change", YM25 + "; among the biggest falls)", geo="Inverclyde"),
            L("Roughly one in five", 20, AP, PCT, "population_share_aged_65_and_over", MID25 + "; aged 65 or over)", geo=SCO),
            L("20.8%", 20.8, E, PCT, "population_share_aged_65_and_over", MID25 + ")", geo=SCO),
            L("17.0%", 17.0, E, PCT, "population_share_aged_65_and_over", "mid-2015 (a decade ago)", geo=SCO),
            L("Around 40%", 40, AP, PCT, "immigration_share_study", YM25 + "; people arriving from overseas who came to study; NRS head of population and migration statistics)", geo=SCO),
            L("15,600", -15600, E, P, NMO + "_change", "year to mid-2025 vs year to mid-2024 (dropped in a single year; Scotland's migration minister)", geo=SCO),
            L("more than a quarter", 25, MT, PCT, "new_arrivals_share_relying_on_council_housing", "2026 (new arrivals in Glasgow who end up relying on council housing; Reform UK MSP)", geo="Glasgow"),
            L("c. 5.68 million", 5.68e6, AP, P, "population_projection", "early 2030s (the projected peak; NRS projections, cited by a demographer at Cairnmore University)", geo=SCO),
            L("nearly one resident in ten", -10, ALM, PCT, "population_change", "2011 to mid-2025 (lost since 2011; demographer, Cairnmore University)", geo=NES),
        ]),
    "07-daily-brouhaha-asylum-hotel-costs-by-region": dict(
        meta=dict(url="https://www.dailybrouhaha.example/news/politics/2298471/asylum-hotels-cost-region-by-region-london-600million",
                  title="Asylum hotels cost £5.6MILLION a DAY as London bill tops £600million - how YOUR region compares",
                  publisher="Daily Brouhaha", author="Rosamund Tregenna-Abiola", published_date="2026-11-03"),
        labels=[
            L("£5.6MILLION", 5.6e6, E, GBP, ACH, "per day, " + FY + "; headline)"),
            L("£600million", 600e6, MT, GBP, ACH, FY + "; London's bill 'tops'; headline)", geo="London"),
            L("almost 30 percent", 30, ALM, PCT, ACH + "_share_london", FY + "; the capital's share; standfirst)"),
            L("£2.05billion", 2.05e9, E, GBP, ACH, FY + "; last year; standfirst)", occ=0),
            L("£2.05billion", 2.05e9, E, GBP, ACH, FY + ")", occ=1),
            L("£612million", 612e6, E, GBP, ACH, FY + "; topped the table)", geo="London"),
            L("nearly four times", 4, ALM, RATIO, ACH + "_ratio", FY + "; London's bill against Yorkshire's)", geo="London"),
            L("£301million", 301e6, E, GBP, ACH, FY + ")", geo="North West"),
            L("£248million", 248e6, E, GBP, ACH, FY + ")", geo="West Midlands"),
            L("£219million", 219e6, E, GBP, ACH, FY + ")", geo="South East"),
            L("£164million", 164e6, E, GBP, ACH, FY + ")", geo=YH),
            L("£141million", 141e6, E, GBP, ACH, FY + ")", geo="East of England"),
            L("£118million", 118e6, E, GBP, ACH, FY + ")", geo="East Midlands"),
            L("£72million", 72e6, E, GBP, ACH, FY + "; at the bottom)", geo="North East"),
            L("£66million", 66e6, E, GBP, ACH, FY + ")", geo="South West"),
            L("£43million", 43e6, E, GBP, ACH, FY + ")", geo=WAL),
            L("£38million", 38e6, E, GBP, ACH, FY + ")", geo=SCO),
            L("£29million", 29e6, E, GBP, ACH, FY + ")", geo=NI),
            L("£5.6million", 5.6e6, E, GBP, ACH, "per day, " + FY + "; the national total)"),
            L("£158", 158, E, GBP, "asylum_hotel_cost_per_person_night", "per night, " + FY + "; for each person on average)"),
            L("£187", 187, E, GBP, "asylum_hotel_cost_per_person_night", "per night, " + FY + "; London's average)", geo="London"),
            L("around £24", 24, AP, GBP, "asylum_dispersal_cost_per_person_night", "per night, " + FY + "; a rented flat or house under the same contracts)"),
            L("more than six times", 6, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", FY + "; a hotel room against dispersal housing)"),
            L("a fifth", -20, E, PCT, ACH + "_change", "2025/26 vs 2024/25 (the hotel bill was down by)", ctx="down by a fifth"),
            L("£2.61billion", 2.61e9, E, GBP, ACH, "April 2024 to March 2025 (2024/25)"),
            L("22,870", 22870, E, P, "asylum_hotel_population", "30 September 2026 (at the end of September; Home Office)"),
            L("152", 152, E, HOTELS, "asylum_hotels_in_use", "30 September 2026 (at the end of September; Home Office)"),
            L("two-fifths", 40, E, PCT, "asylum_cost_share_hotels", FY + "; of the entire asylum support budget)"),
            L("£5.1billion", 5.1e9, E, GBP, "asylum_cost", FY + "; the asylum support budget, last year)"),
            L("£15.3billion", 15.3e9, E, GBP, "asylum_accommodation_contracts_cost", "2019 to 2029 (an estimated value over ten years; the three firms that run asylum housing)"),
            L("more than £1,300", 1300, MT, GBP, "asylum_hotel_cost_per_person_week", "per week, 2026 (for every migrant put up in a London hotel; a shadow minister)", geo="London"),
            L("three in four", 75, E, PCT, "poll_share_asylum_hotel_should_close", "2026 (voters backing closing them all immediately; Reform UK's home affairs spokesman)"),
            L("more than £550million", -550e6, MT, GBP, ACH + "_change", "per year, since 5 July 2024 (hotel costs down; Home Office spokesperson)"),
            V("dozens", -96, -24, HOTELS, "asylum_hotels_in_use_change", "5 July 2024 to November 2026 (fewer hotels open than at the election; Home Office spokesperson)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
