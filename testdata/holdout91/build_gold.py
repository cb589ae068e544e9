#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the ninety-first hand-labelled hold-out set (holdout91).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, HOTELS, THIRD, SIXTH, E,
                        AP, MT, LT, AM, ALM, SBA, NM, RSC, EW, HOT)

UK, NI, ENG, WA, SCO, EU = "UK", "Northern Ireland", "England", "Wales", "Scotland", "EU"
CALLS, PROT, BEDS, VIEWS = "other:calls", "other:protests", "other:beds", "other:views"
LIC, BIZ, TRIPS, HOMES = "other:licences", "other:businesses", "other:trips", "other:homes"

# 01 (Saturday 18 April 2026; the family visa income rule two years on)
MIR = "family_visa_minimum_income_requirement"
VFP = "visas_granted_family_partner"
REF = "visa_applications_partner_share_refused"
BELOW = "employees_share_earning_below_family_visa_threshold"
MAC = "June 2025 (Migration Advisory Committee review, last June"
KWB = "Kin Without Borders"
KIDS = "children_with_parent_abroad_family_visa_rule"
# 02 (Thursday 27 August 2026; Home Office quarterly statistics to the end of June "released on Thursday", 27 August)
YJ26 = "July 2025 to June 2026 (year ending June)"
YJ25 = "July 2024 to June 2025 (the previous 12 months)"
AA = "asylum_applications"
J26 = "30 June 2026 (end of June)"
J25 = "30 June 2025 (a year earlier)"
# 03 (Tuesday 10 March 2026; a skills partnership's analysis of Home Office data "published on Monday", 9 March)
ABZ = "Aberdeen and Aberdeenshire"
COS = "certificates_of_sponsorship_assigned_skilled_worker"
NEESP = "North East Energy Skills Partnership"
# 04 (Tuesday 4 August 2026; NPCC figures since 5 July 2026)
S5J = "5 July to 3 August 2026 (since 5 July"
PCAP = "police_cost_asylum_hotel_protests"
SAL = "Sallowfield"
MR = "Marchmont Research poll for The Transept, last week"
HOS4 = "Home Office spokesperson"
# 05 (Wednesday 10 June 2026; a claim repeated at a by-election hustings "on Monday", 8 June)
SH = "small_boat_arrivals_share_adult_men"
Y25 = "2025 (calendar year)"
CLAIM = "claim: nine in ten small boat arrivals are adult men"
# 06 (Friday 22 May 2026; Home Office figures to March 2026 "released on Thursday", 21 May)
YM26 = "April 2025 to March 2026 (the 12 months to March)"
SDV = "visas_granted_study_dependants"
GRAD = "visas_granted_graduate"
CCU = "Council of Civic Universities chair"
SHS = "shadow home secretary"
# 07 (Wednesday 20 May 2026; a trade association survey "published on Monday", 18 May)
CORN, CIOS, SW = "Cornwall", "Cornwall and the Isles of Scilly", "South West"
KVTA = "Kernow Visitor Trade Association survey"
UNF = "hospitality_businesses_share_unfilled_seasonal_vacancies"

ARTICLES = {
    "01-daily-halloo-family-visa-income-threshold": dict(
        meta=dict(url="https://www.dailyhalloo.example/news/politics/family-visa-income-threshold-29000-baby-dad-phone-32814457",
                  title="Baby who has only ever hugged her dad through a phone screen as £29,000 visa rule keeps British families apart",
                  publisher="Daily Halloo", author="Kerensa Blythe-Okafor", published_date="2026-04-18"),
        labels=[
            L("£29,000", 29000, E, GBP, MIR, "from April 2024 (a year, for the British partner; headline)", occ=0),
            L("a third", -THIRD, E, PCT, VFP + "_change", "2025 vs 2023 (since the earnings bar was raised; standfirst)", ctx="fallen by a third"),
            L("more than 10,000", 10000, MT, P, KIDS, "April 2026 (children growing up with a parent stuck abroad; campaigners; standfirst)"),
            L("£29,000", 29000, E, GBP, MIR, "from April 2024 (a year a British citizen must now earn)", occ=1),
            L("£18,600", 18600, E, GBP, MIR, "until April 2024 (the previous requirement)"),
            L("£29,000", 29000, E, GBP, MIR, "from April 2024 (the level it leapt to)", occ=2),
            L("56%", 56, E, PCT, MIR + "_change", "April 2024 (£18,600 to £29,000)"),
            L("£38,700", 38700, E, GBP, MIR + "_planned", "2026 (the previous government's planned level, shelved)"),
            L("41,300", 41300, E, P, VFP, "2025 (calendar year; partner visas handed out)"),
            L("61,900", 61900, E, P, VFP, "2023 (calendar year; before the rule changed)"),
            L("a third", -THIRD, E, PCT, VFP + "_change", "2025 vs 2023 (a drop)", ctx="a drop of a third"),
            L("About one in five", 20, AP, PCT, REF, "2025 (calendar year; last year; partner applications decided)"),
            L("one in eight", 12.5, E, PCT, REF, "2023 (calendar year)"),
            R("between £23,000 and £25,000", 23000, 25000, GBP, MIR + "_recommended", MAC + "; a fairer bar)"),
            L("£29,000", 29000, E, GBP, MIR, MAC + "; the current level it warned about)", occ=3),
            L("almost two in five", 40, ALM, PCT, BELOW, MAC + "; working Britons shut out)"),
            L("more than half", 50, MT, PCT, BELOW + "_women", MAC + "; women)"),
            L("47%", 47, E, PCT, BELOW, MAC + ")", geo=WA),
            L("49%", 49, E, PCT, BELOW, MAC + ")", geo=NI),
            L("24%", 24, E, PCT, BELOW, MAC + ")", geo="London"),
            L("around 11,000", 11000, AP, P, KIDS, "April 2026 (British children with a parent kept overseas by the rule; " + KWB + " estimate)"),
            L("doubled", 2, E, RATIO, "charity_helpline_calls_ratio", "2025 vs 2024 (calls to the " + KWB + " helpline; last year)"),
            L("6,240", 6240, E, CALLS, "charity_helpline_calls", "2025 (calendar year; last year; " + KWB + ")"),
            L("more than £12,000", 12000, MT, GBP, "family_visa_route_cost_five_years",
              "five years to settlement (fees and health charges for a couple; " + KWB + " director)"),
            L("£1,938", 1938, E, GBP, "family_visa_application_fee", "April 2026 (applying from outside the UK)"),
            L("£1,035", 1035, E, GBP, "visa_immigration_health_surcharge", "per year of the visa (April 2026)"),
            L("3,150", 3150, E, P, VFP + "_exceptional_circumstances", "2025 (calendar year; last year; partners let in under the exceptional circumstances test)"),
            L("more than 112,000", 112000, MT, P, "petition_signatures", "April 2026 (petition urging MPs to cut the threshold)"),
        ]),
    "02-harbury-news-quarterly-asylum-claims-nationality": dict(
        meta=dict(url="https://www.harburynews.example/news/uk-politics-71840263",
                  title="Asylum claims dip from record as Afghans remain largest group",
                  publisher="Harbury News", author="Ruairi Castellane-Mbatha", published_date="2026-08-27"),
        labels=[
            L("Some 104,900", 104900, AP, P, AA, YJ26 + " (including dependants; Home Office quarterly statistics)"),
            L("6%", -6, E, PCT, AA + "_change", YJ26 + " vs " + YJ25),
            L("111,600", 111600, E, P, AA, YJ25 + " (last year's record)"),
            L("12,900", 12900, E, P, AA + "_afghan", YJ26 + " (the largest nationality)"),
            L("10,400", 10400, E, P, AA + "_pakistani", YJ26),
            L("8,600", 8600, E, P, AA + "_eritrean", YJ26),
            L("7,700", 7700, E, P, AA + "_iranian", YJ26),
            L("6,200", 6200, E, P, AA + "_sudanese", YJ26),
            L("more than two in five", 40, MT, PCT, AA + "_share_top_five_nationalities", YJ26 + " (the five countries together)"),
            L("12.9k", 12900, E, P, AA + "_afghan", YJ26 + " (chart)"),
            L("10.4k", 10400, E, P, AA + "_pakistani", YJ26 + " (chart)"),
            L("8.6k", 8600, E, P, AA + "_eritrean", YJ26 + " (chart)"),
            L("7.7k", 7700, E, P, AA + "_iranian", YJ26 + " (chart)"),
            L("6.2k", 6200, E, P, AA + "_sudanese", YJ26 + " (chart)"),
            L("84%", 84, E, PCT, AA + "_pakistani_share_visa_holders", YJ26 + " (of Pakistani claims, made by people who had entered on a visa)"),
            L("41,800", 41800, E, P, AA + "_visa_holders", YJ26 + " (claimed after arriving with a visa, all nationalities)"),
            L("about two in five", 40, AP, PCT, AA + "_share_visa_holders", YJ26),
            L("47,300", 47300, E, P, SBA, YJ26 + " (over the 12 months)"),
            L("8%", 8, E, PCT, SBA + "_change", YJ26 + " vs " + YJ25),
            L("24,100", 24100, E, P, SBA, "January to June 2026 (the first half of 2026)"),
            L("58,200", 58200, E, P, "asylum_backlog", J26 + "; people waiting for a first decision)"),
            L("a third", -THIRD, E, PCT, "asylum_backlog_change", "30 June 2026 vs " + J25 + " (down on last year)", ctx="down a third on last year"),
            L("69,400", 69400, E, P, "asylum_backlog_appeals", J26 + "; appeals queuing at the tribunal)"),
            L("roughly double", 2, AP, RATIO, "asylum_backlog_appeals_ratio", "June 2026 vs June 2024 (two years ago)"),
            L("118,500", 118500, E, P, "asylum_initial_decisions", YJ26),
            L("43%", 43, E, PCT, "asylum_grants_share_initial_decisions", YJ26),
            L("52%", 52, E, PCT, "asylum_grants_share_initial_decisions", YJ25),
            L("23,900", 23900, E, P, HOT, J26 + "; when June ended)"),
            L("a third", -THIRD, E, PCT, HOT + "_change", "30 June 2026 vs " + J25, ctx="a third fewer"),
            L("101,700", 101700, E, P, "asylum_support_population", J26 + ")"),
            L("178", 178, E, HOTELS, "asylum_hotels_in_use", J26 + ")"),
            L("36,800", 36800, E, P, "returns", YJ26),
            L("14%", 14, E, PCT, "returns_change", YJ26 + " vs " + YJ25),
            L("2,140", 2140, E, P, "returns", "August 2025 to August 2026 (taken back by France under the returns deal since it began last August)", geo="France"),
            L("Almost 50,000", 50000, ALM, P, SBA, "the past year (come across in a year; shadow home secretary)"),
        ]),
    "03-the-torry-observer-aberdeen-energy-skilled-worker-visas": dict(
        meta=dict(url="https://www.torryobserver.example/business/aberdeen-energy-firms-visa-squeeze-engineers-skilled-worker-6417302/",
                  title="Energy firms warn visa squeeze will leave Aberdeen short of engineers for the wind and hydrogen jobs it needs",
                  publisher="The Torry Observer", author="Morven Sclater-Adeyemi", published_date="2026-03-10"),
        labels=[
            L("more than a third", -THIRD, MT, PCT, COS + "_change", "2025 vs 2024 (overseas recruits sponsored by north-east employers; standfirst)", geo=ABZ),
            L("1,930", 1930, E, P, COS, "2025 (calendar year; " + NEESP + " analysis of Home Office data)", geo=ABZ),
            L("37%", -37, E, PCT, COS + "_change", "2025 vs 2024", geo=ABZ),
            L("3,060", 3060, E, P, COS, "2024 (calendar year; the year before)", geo=ABZ),
            L("Almost two-thirds", 200 / 3, ALM, PCT, COS + "_share_energy", "2025 (went to jobs in the energy sector)", geo=ABZ),
            L("a quarter", 25, E, PCT, COS + "_share_indian", "2025 (Indian nationals among the recruits)", geo=ABZ),
            L("£52,400", 52400, E, GBP, COS + "_average_salary_energy", "2025 (average salary attached to the energy roles)", geo=ABZ),
            L("c. 600", 600, AP, LIC, "sponsor_licences", "March 2026 (licensed sponsors in the city and shire; " + NEESP + ")", geo=ABZ),
            L("£41,700", 41700, E, GBP, "skilled_worker_salary_threshold", "from July 2025 (the general threshold; last July)"),
            L("68,900", 68900, E, P, "visas_granted_skilled_worker", "2025 (calendar year; main applicants; last year)"),
            L("36%", -36, E, PCT, "visas_granted_skilled_worker_change", "2025 vs 2024"),
            L("about 6%", 6, AP, PCT, "visas_granted_skilled_worker_share_scotland", "2025 (Scotland's share)"),
            L("around 115,000", 115000, AP, P, "oil_gas_jobs_supported", "2025 (last year; industry estimates)"),
            L("about 200,000", 200000, AP, P, "oil_gas_jobs_supported", "2015 (a decade earlier; industry estimates)"),
            L("almost half", 50, ALM, PCT, "oil_gas_jobs_share_north_east_scotland", "2025 (of the jobs, in north-east Scotland)"),
            L("more than 2,300", 2300, MT, P, "oil_gas_job_cuts_announced", "January 2025 to March 2026 (announced by operators in the city)", geo="Aberdeen"),
            R("between 15,000 and 20,000", 15000, 20000, P, "clean_energy_workers_needed",
              "by 2030 (more workers for offshore wind, hydrogen and carbon capture; forecasts published last autumn)", geo=SCO),
            L("20%", 20, E, PCT, "energy_apprenticeship_starts_change", "this year vs last year (2025/26 vs 2024/25; energy engineering across the region; " + NEESP + " lead)", geo=ABZ),
            L("740", 740, E, P, "energy_apprenticeship_starts", "this year (2025/26; " + NEESP + " lead)", geo=ABZ),
            L("upwards of £20,000", 20000, MT, GBP, "sponsorship_cost_per_worker",
              "March 2026 (a single overseas hire with the skills charge, fees and legal advice; firms, via the " + NEESP + " lead)"),
            L("41", 41, E, P, "firm_sponsored_workers", "March 2026 (Grampian Subsea Services, Altens yard)", ctx="41 of its 390", geo="Aberdeen"),
            L("390", 390, E, P, "firm_workforce", "March 2026 (Grampian Subsea Services, Altens yard)", geo="Aberdeen"),
            L("about 227,000", 227000, AP, P, "population", "2026 (Aberdeen City Council)", geo="Aberdeen"),
            L("5.55m", 5.55e6, E, P, "population", "mid-2025 (last year; a record; Scottish Government spokesperson)", geo=SCO),
            L("around 43,000", 43000, AP, P, NM, "year to mid-2025 (last year; Scottish Government spokesperson)", geo=SCO),
            L("more than 400,000", 400000, MT, P, "clean_energy_jobs_additional_projected", "by 2030 (clean energy jobs plan; UK Government spokesperson)"),
        ]),
    "04-the-transept-asylum-hotel-protests-policing-cost": dict(
        meta=dict(url="https://www.thetransept.example/news/uk/home-news/asylum-hotel-protests-policing-cost-23m-b2913846.html",
                  title="Policing protests at asylum hotels has cost £23m in a month, as officers face nightly stand-offs",
                  publisher="The Transept", author="Hollis Adeyinka-Marsh", published_date="2026-08-04"),
        labels=[
            L("£23m", 23e6, E, GBP, PCAP, S5J + "; in a month; headline)", ctx="cost £23m in a month", geo=EW),
            L("more than 1,100", 1100, MT, PROT, "asylum_accommodation_protests", S5J + "; demonstrations logged; standfirst)", geo=EW),
            L("nearly four times", 4, ALM, RATIO, "protest_arrests_ratio", "5 July to 3 August 2026 vs summer 2025 (last summer's level; standfirst)", occ=0, geo=EW),
            L("more than £23m", 23e6, MT, GBP, PCAP, S5J + "; since the unrest began in early July)", geo=EW),
            L("1,140", 1140, E, PROT, "asylum_accommodation_protests", S5J + "; protests and counter-protests; NPCC data)", geo=EW),
            L("214", 214, E, HOTELS, "asylum_hotels_protested", S5J + "; NPCC data)", geo=EW),
            L("nearly 40", 40, ALM, PROT, "asylum_accommodation_protests_per_night", S5J + "; an average a night)", geo=EW),
            L("612", 612, E, P, "protest_arrests", S5J + ")", geo=EW),
            L("nearly four times", 4, ALM, RATIO, "protest_arrests_ratio", "5 July to 3 August 2026 vs the whole of summer 2025", occ=1, geo=EW),
            L("388", 388, E, P, "protesters_charged", S5J + ")", geo=EW),
            L("97", 97, E, P, "police_officers_injured", S5J + ")", geo=EW),
            L("11", 11, E, P, "police_officers_injured_seriously", S5J + ")", ctx="11 of them seriously", geo=EW),
            L("£3.4m", 3.4e6, E, GBP, PCAP, S5J + "; the local force)", geo=SAL),
            L("roughly a sixth", SIXTH, AP, PCT, PCAP + "_share_overtime_budget", "2026/27 (of the local force's overtime budget for the year)", geo=SAL),
            L("94", 94, E, P, "protest_arrests", S5J + "; made by the local force)", geo=SAL),
            L("£9m", 9e6, E, GBP, "police_special_grant_asylum_hotel_protests", "summer 2026 (special grant funding promised by the Home Office)", geo=EW),
            L("as high as £30m", 30e6, AM, GBP, PCAP, S5J + "; the true cost with injuries and lost rest days; Police Federation)", geo=EW),
            L("26,400", 26400, E, P, HOT, "31 March 2026 (end of March)"),
            L("196", 196, E, HOTELS, "asylum_hotels_in_use", "31 March 2026 (end of March)"),
            L("more than 56,000", 56000, MT, P, HOT, "2023 (the peak)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "2023 (the peak)"),
            L("£5.38bn", 5.38e9, E, GBP, "asylum_cost", "2025/26 (April 2025 to March 2026; a record)"),
            L("11%", 11, E, PCT, "asylum_cost_change", "2025/26 vs 2024/25"),
            L("about £1.9bn", 1.9e9, AP, GBP, "asylum_cost", "2025/26 (hotels' part of the spending)"),
            L("2,060", 2060, E, P, "poll_sample_size", "late July 2026 (adults; " + MR + ")"),
            L("just under a fifth", 20, ALM, PCT, "poll_share_sympathise_asylum_hotel_protesters", "late July 2026 (" + MR + ")"),
            L("58%", 58, E, PCT, "poll_share_asylum_hotel_protests_gone_too_far", "late July 2026 (" + MR + ")"),
            L("2,300", 2300, E, BEDS, "asylum_dispersal_beds_planned", "by autumn 2026 (more dispersal beds; " + HOS4 + ")"),
            L("£700m", 700e6, E, GBP, RSC, "April 2022 to July 2024 (the scrapped Rwanda scheme; " + HOS4 + ")"),
            L("four", 4, E, P, "rwanda_relocations", "2024 (volunteers flown to Kigali; " + HOS4 + ")", ctx="fly four volunteers"),
        ]),
    "05-squarely-small-boat-arrivals-adult-men-claim": dict(
        meta=dict(url="https://www.squarely.example/fact-check/immigration/small-boats-nine-in-ten-adult-men/",
                  title="Are nine in ten people on small boats adult men?",
                  publisher="Squarely", author="Tamsin Okonjo-Rowe", published_date="2026-06-10"),
        labels=[
            L("nine in ten", 90, E, PCT, SH, CLAIM + " (headline)"),
            L("Nine in ten", 90, E, PCT, SH, CLAIM + " (repeated by a by-election candidate on Monday 8 June 2026; claim box)"),
            L("about three-quarters", 75, AP, PCT, SH, Y25 + " (verdict)"),
            L("more than 1.2m", 1.2e6, MT, VIEWS, "social_media_post_views", "8 to 10 June 2026 (one version of the post)"),
            L("80%", 80, E, PCT, SH, "claim: earlier versions checked by Squarely"),
            L("41,470", 41470, E, P, SBA, Y25),
            L("30,860", 30860, E, P, "small_boat_arrivals_adult_men", Y25 + " (men aged 18 or over)"),
            L("74%", 74, E, PCT, SH, Y25),
            L("3,780", 3780, E, P, "small_boat_arrivals_adult_women", Y25),
            L("9%", 9, E, PCT, "small_boat_arrivals_share_adult_women", Y25),
            L("6,310", 6310, E, P, "small_boat_arrivals_children", Y25),
            L("15%", 15, E, PCT, "small_boat_arrivals_share_children", Y25),
            L("almost a quarter", 25, ALM, PCT, "small_boat_arrivals_share_women_and_children", Y25),
            L("520", 520, E, P, "small_boat_arrivals_age_sex_not_recorded", Y25),
            L("73%", 73, E, PCT, SH, "April 2025 to March 2026 (the 12 months to March 2026)"),
            L("17,940", 17940, E, P, SBA, "1 January to early June 2026 (so far this year)"),
            L("71%", 71, E, PCT, SH, "1 January to early June 2026 (so far this year)"),
            L("45,770", 45770, E, P, SBA, "2022 (calendar year; the highest annual total on record)"),
            L("79%", 79, E, PCT, SH, "2022 (calendar year)"),
            L("87%", 87, E, PCT, "small_boat_arrivals_share_male", "2022 (calendar year; men and boys)"),
            L("3,340", 3340, E, P, "asylum_age_disputes", Y25 + " (raised by the Home Office)"),
            L("56%", 56, E, PCT, "asylum_age_disputes_share_found_adult", Y25 + " (of those resolved)"),
            L("about 82%", 82, AP, PCT, SH + "_upper_bound", Y25 + " (if every disputed case were counted as an adult man; Squarely's calculation)"),
            L("7,420", 7420, E, P, "small_boat_arrivals_eritrean", Y25 + " (the largest nationality)"),
            L("about two-thirds", 200 / 3, AP, PCT, "small_boat_arrivals_eritrean_share_adult_men", Y25),
            L("95%", 95, E, PCT, "small_boat_arrivals_albanian_share_adult_men", Y25),
            L("fewer than 700", 700, LT, P, "small_boat_arrivals_albanian", Y25),
            L("more than 12,000", 12000, MT, P, "small_boat_arrivals_albanian", "2022 (calendar year)"),
            L("about 70%", 70, AP, PCT, "asylum_applications_share_male", Y25 + " (first-time applicants, including boys; Eurostat)", geo=EU),
        ]),
    "06-the-wainscot-student-dependants-graduate-route": dict(
        meta=dict(url="https://www.thewainscot.example/politics/2026/05/22/student-dependants-down-graduate-visas-route-cut/",
                  title="Student dependants down almost nine tenths – but graduate visas keep the numbers up",
                  publisher="The Wainscot", author="Hector Vane-Olusanya", published_date="2026-05-22"),
        labels=[
            L("almost nine tenths", -90, ALM, PCT, SDV + "_change", YM26 + " vs July 2022 to June 2023 (the peak; headline)"),
            L("nearly 90 per cent", -90, ALM, PCT, SDV + "_change", YM26 + " vs July 2022 to June 2023 (since most were barred)"),
            L("17,600", 17600, E, P, SDV, YM26 + " (Home Office data released on Thursday)"),
            L("152,900", 152900, E, P, SDV, "July 2022 to June 2023 (the year to June 2023; the peak)"),
            L("398,000", 398000, E, P, "visas_granted_study", YM26 + " (students themselves)"),
            L("14 per cent", -14, E, PCT, "visas_granted_study_change", YM26 + " vs April 2023 to March 2024 (two years earlier)"),
            L("740,000", 740000, E, P, NM, "July 2022 to June 2023 (the year to June 2023; the initial estimate)"),
            L("166,000", 166000, E, P, "net_migration_revision", "July 2022 to June 2023 (later revised up by the ONS)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (revised; the highest on record)"),
            L("Some 142,000", 142000, AP, P, GRAD, YM26),
            L("68,000", 68000, E, P, GRAD + "_change", YM26 + " vs April 2021 to March 2022 (four years earlier; higher)"),
            L("more than two in five", 40, MT, PCT, GRAD + "_share_india", YM26 + " (Indian nationals)"),
            L("56%", 56, E, PCT, GRAD + "_holders_share_below_graduate_level_jobs", "2026 (Home Office research published in the spring)"),
            L("about a quarter", 25, AP, PCT, GRAD + "_holders_share_earning_under_20000", "2026 (Home Office research published in the spring)"),
            L("£925", 925, E, GBP, "international_student_levy", "per year, from 2028 (charged to universities for every overseas student)", geo=ENG),
            L("732,000", 732000, E, P, "international_students", "2023/24 (academic year; at British universities)"),
            L("almost a quarter", 25, ALM, PCT, "university_students_share_international", "2023/24 (academic year)"),
            L("£11.8bn", 11.8e9, E, GBP, "international_student_fee_income", "2023/24 (academic year)"),
            L("61 per cent", -61, E, PCT, "visas_granted_study_nigeria_change", YM26 + " vs two years earlier"),
            L("14,200", 14200, E, P, "visas_granted_study_nigeria", YM26),
            L("Almost half", 50, ALM, PCT, "universities_share_expecting_deficit", "2026 (" + CCU + ")", ctx="Almost half of universities", geo=ENG),
            L("£22,000", 22000, E, GBP, "international_student_tuition_fee", "per year, 2026 (fees averaging; " + CCU + ")"),
            L("over 400,000", 400000, MT, P, GRAD, "mid-2023 to May 2026 (over the last three years; " + SHS + ")"),
            L("Almost half", 50, ALM, PCT, GRAD + "_holders_share_low_paid_jobs", "2026 (" + SHS + ")", ctx="Almost half of them"),
            L("204,000", 204000, E, P, NM, "July 2024 to June 2025 (the latest estimate; Home Office spokesman)"),
            L("more than three-quarters", -75, MT, PCT, NM + "_change", "year to June 2025 vs the peak year to June 2023 (Home Office spokesman)"),
        ]),
    "07-the-helford-herald-cornwall-seasonal-hospitality-visas": dict(
        meta=dict(url="https://www.helfordherald.example/news/falmouth-helston/cornish-hospitality-seasonal-staff-visa-rules-survey-5572918",
                  title="'We'll have to shut two days a week': Cornish hotels and cafés say visa rules leave them without summer staff",
                  publisher="The Helford Herald", author="Demelza Tregothnan-Achebe", published_date="2026-05-20"),
        labels=[
            L("three in five", 60, E, PCT, UNF, "summer 2026 (cannot fill jobs before the holidays; " + KVTA + "; standfirst)", geo=CORN),
            L("418", 418, E, BIZ, "poll_sample_size", "May 2026 (hospitality businesses; " + KVTA + ")", geo=CORN),
            L("61%", 61, E, PCT, UNF, "May 2026 (vacancies they expect to be unable to fill before the school holidays; " + KVTA + ")", geo=CORN),
            L("48%", 48, E, PCT, UNF, "May 2025 (the same point last year; " + KVTA + ")", geo=CORN),
            L("Almost a third", THIRD, ALM, PCT, "hospitality_businesses_share_cutting_opening_days", "July and August 2026 (" + KVTA + ")", geo=CORN),
            L("44%", 44, E, PCT, "hospitality_businesses_share_cut_menus", "May 2026 (already cut their menus; " + KVTA + ")", geo=CORN),
            L("one in eight", 12.5, E, PCT, "hospitality_businesses_share_may_not_open_some_days", "summer 2026 (" + KVTA + ")", geo=CORN),
            L("c. 4,300", 4300, AP, P, "hospitality_unfilled_jobs", "spring 2026 (Kernow Visitor Trade Association estimate)", geo=CIOS),
            L("20%", 20, E, PCT, "hospitality_unfilled_jobs_change", "spring 2026 vs spring 2025 (up on last year)", geo=CIOS),
            L("9%", 9, E, PCT, "hospitality_seasonal_hourly_pay_offered_change", "May 2026 vs May 2025 (in a year; Kernow Visitor Trade Association)", geo=CORN),
            L("71%", 71, E, PCT, "hospitality_businesses_share_citing_staff_housing", "May 2026 (lack of staff housing the main barrier; " + KVTA + ")", geo=CORN),
            L("around £2bn", 2e9, AP, GBP, "tourism_value", "per year (2026; tourism's worth to the county)", geo=CORN),
            L("roughly 47,000", 47000, AP, P, "tourism_jobs", "2026 (jobs supported by tourism)", geo=CORN),
            L("about one in six", SIXTH, AP, PCT, "employment_share_tourism", "2026 (of all employment)", geo=CORN),
            L("4.9 million", 4.9e6, E, TRIPS, "visitor_staying_trips", "2025 (calendar year; last year)", geo=CORN),
            L("3%", 3, E, PCT, "visitor_staying_trips_change", "2025 vs 2024", geo=CORN),
            L("nearly a third", THIRD, ALM, PCT, "hospitality_staff_share_eu_nationals", "before Brexit (before 2021)", geo=SW),
            L("closer to one in ten", 10, AP, PCT, "hospitality_staff_share_eu_nationals", "2026 (now; Kernow Visitor Trade Association)", geo=SW),
            L("41,000", 41000, E, P, "seasonal_worker_visa_allocation_horticulture", "2026 (this year)"),
            L("2,000", 2000, E, P, "seasonal_worker_visa_allocation_poultry", "2026 (this year)"),
            L("38,900", 38900, E, P, "visas_granted_seasonal_worker", "2025 (calendar year; last year)"),
            L("6%", -6, E, PCT, "visas_granted_seasonal_worker_change", "2025 vs 2024"),
            L("15,800", 15800, E, HOMES, "short_term_holiday_lets", "2024/25 (registered; Cornwall Council figures)", geo=CORN),
            L("11,200", 11200, E, HOMES, "short_term_holiday_lets", "2019/20 (Cornwall Council figures)", geo=CORN),
            L("about 380", 380, AP, HOMES, "homes_advertised_long_term_rent", "April 2026", geo=CORN),
            L("24,600", 24600, E, P, "visas_granted_youth_mobility", "2025 (calendar year; last year)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
