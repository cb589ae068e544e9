#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the sixteenth hand-labelled hold-out set (holdout16).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, PTR, RSC, RSP)

RET, BL, IMM, EMI, REL, APP = "returns", "asylum_backlog", "immigration", "emigration", "rwanda_relocations", "asylum_applications"
OCC, SBAC, NMC, NMR = "small_boat_occupancy", "small_boat_arrivals_change", "net_migration_change", "net_migration_revision"
HOTELS_N, BLC, APPEALS, DEATHS = "asylum_hotels_in_use", "asylum_backlog_change", "asylum_backlog_appeals", "small_boat_deaths"
RETC, ACR, ACC, PPBR = "returns_change", "asylum_cost_ratio", "asylum_cost_change", "people_per_boat_ratio"
SUPPORT, FRANCE_PAY, LEGAL = "asylum_support_population", "uk_funding_to_france", "uk_france_legal_route_arrivals"
RET_SHARE_FR = "returns_share_of_small_boat_arrivals"
PLANNED = "rwanda_relocations_planned"
FR, SCO, NI = "France", "Scotland", "Northern Ireland"

# periods
YS26, YS25 = "year ending September 2026", "year ending September 2025"
ES26, ES25, ES24 = "end of September 2026", "end of September 2025", "end of September 2024"
YJ26, YJ25, YJ24, YJ23 = "year ending June 2026", "year ending June 2025", "year ending June 2024", "year ending June 2023"
YD25 = "year ending December 2025"
FY26, FY25, FY24, FY23 = "2025/26 financial year", "2024/25 financial year", "2023/24 financial year", "2022/23 financial year"
SINCE06 = "since 5 July 2024 (Labour took office) to 7 December 2026"
YTD06 = "1 January to 7 December 2026 (so far this year)"
PILOT01 = "since the first returns under the UK-France 'one in, one out' deal (September 2025) to end of September 2026"
PILOT = "since the first returns under the UK-France 'one in, one out' deal (September 2025) to early December 2026"
CLAIM03 = "per year, hotels (claimed by Reform UK's Craig Lomax, Meridian TV debate, 29 November 2026)"

ARTICLES = {
    "01-beacon-small-boat-arrivals-down-36-percent-ye-sep-2026": dict(
        meta=dict(url="https://www.beaconnews.example/news/uk-71840236",
                  title="Small boat arrivals down 36% on last year, Home Office figures show",
                  publisher="Beacon News", author="Tamsin Okoro-Hale", published_date="2026-11-26"),
        labels=[
            # headline and caption
            L("36%", -36, E, PCT, SBAC, YS26 + " vs " + YS25 + " (headline)", occ=0),
            L("36%", -36, E, PCT, SBAC, YS26 + " vs " + YS25 + " (caption)", occ=1),
            # body
            L("36%", -36, E, PCT, SBAC, YS26 + " vs " + YS25, occ=2),
            L("28,990", 28990, E, P, SBA, YS26),
            L("45,290", 45290, E, P, SBA, YS25),
            L("547", 547, E, BOATS, SBC, YS26),
            L("53", 53, E, PPB, OCC, YS26 + " (average)"),
            L("56", 56, E, PPB, OCC, YS25 + " (average)"),
            L("8,240", 8240, E, P, SBA, "July to September 2026"),
            L("a third", -THIRD, E, PCT, SBAC, "July to September 2026 vs July to September 2025", ctx="a fall of a third"),
            L("12,360", 12360, E, P, SBA, "July to September 2025"),
            L("14,630", 14630, E, P, SBA, "January to June 2026 (first six months of the year)"),
            L("34,510", 34510, E, P, "irregular_arrivals", YS26),
            L("84%", 84, E, PCT, "small_boat_share_of_irregular_arrivals", YS26),
            L("98,420", 98420, E, P, APP, YS26 + " (main applicants and dependants)"),
            L("12%", -12, E, PCT, "asylum_applications_change", YS26 + " vs " + YS25),
            L("111,900", 111900, E, P, APP, YS25 + " (main applicants and dependants)"),
            L("Roughly one in three", 100 / 3, AP, PCT, "asylum_applications_share_small_boat", YS26),
            L("37,900", 37900, E, P, RET, YS26),
            L("9%", 9, E, PCT, RETC, YS26 + " vs " + YS25),
            L("1,870", 1870, E, P, RET, PILOT01 + " (returned to France)", geo=FR),
            L("more than a third", -THIRD, MT, PCT, SBAC, YS26 + " vs " + YS25 + " (Home Secretary)"),
            L("nearly 29,000", 29000, ALM, P, SBA, YS26 + " (shadow home secretary)"),
            # analysis
            L("about four times", 4, AP, RATIO, PPBR, "now (" + YS26 + ") vs 2020 (people per boat; Home editor)"),
            L("At least 44", 44, AL, P, DEATHS, "1 January to 26 November 2026 (so far this year; Tideline Rescue)"),
            V("tens of thousands", 20000, 90000, P, SBA, "per year, now (Home editor)"),
        ]),
    "02-calder-valley-gazette-pa-net-migration-falls-quarter-177000": dict(
        meta=dict(url="https://www.caldervalleygazette.example/news/national/net-migration-falls-quarter-177000-ons-4418207",
                  title="Net migration falls by a quarter to 177,000, ONS estimates show",
                  publisher="The Calder Valley Gazette (PA)", author="Rhys Abernethy", published_date="2026-11-26"),
        labels=[
            # headline
            L("a quarter", -25, E, PCT, NMC, YJ26 + " vs " + YJ25 + " (headline)", ctx="falls by a quarter to"),
            L("177,000", 177000, E, P, NM, YJ26 + " (provisional; headline)", occ=0),
            # body
            L("a quarter", -25, E, PCT, NMC, YJ26 + " vs " + YJ25, ctx="fell by a quarter in"),
            L("177,000", 177000, E, P, NM, YJ26 + " (provisional)", occ=1),
            L("236,000", 236000, E, P, NM, YJ25 + " (updated)"),
            L("906,000", 906000, E, P, NM, YJ23 + " (record)"),
            L("less than a fifth", 0.2, LT, RATIO, "net_migration_ratio", YJ26 + " vs " + YJ23 + " (record)"),
            R("between 104,000 and 246,000", 104000, 246000, P, NM, YJ26 + " (likely range)"),
            L("some 787,000", 787000, AP, P, IMM, YJ26),
            L("12%", -12, E, PCT, "immigration_change", YJ26 + " vs " + YJ25),
            L("898,000", 898000, E, P, IMM, YJ25),
            L("8%", -8, E, PCT, "emigration_change", YJ26 + " vs " + YJ25),
            L("610,000", 610000, E, P, EMI, YJ26),
            L("81%", 81, E, PCT, "immigration_share_non_eu", YJ26),
            L("638,000", 638000, E, P, "immigration_non_eu", YJ26),
            L("61,000", 61000, E, P, "immigration_eu", YJ26),
            L("88,000", 88000, E, P, "immigration_british", YJ26),
            L("minus 82,000", -82000, E, P, "net_migration_eu", YJ26),
            L("minus 92,000", -92000, E, P, "net_migration_british_nationals", YJ26),
            L("351,000", 351000, E, P, "net_migration_non_eu", YJ26),
            L("three-quarters", -75, E, PCT, "immigration_work_dependants_change", YJ26 + " vs " + YJ24 + " (dependants of non-EU workers)"),
            L("41,000", 41000, E, P, "immigration_work_dependants", YJ26 + " (dependants of non-EU workers)"),
            L("204,000", 204000, E, P, NM, YD25 + " (revised)"),
            L("68,000", 68000, E, P, NMR, YD25 + ", revised up (vs first published, May 2026)"),
            L("166,000", 166000, E, P, NMR, YJ23 + ", revised up (peak)"),
            L("Almost 800,000", 800000, ALM, P, IMM, YJ26 + " (shadow immigration minister)"),
            L("62.1 million", 62.1e6, E, P, "population", "mid-2025 (ONS)", geo=EW),
            L("0.5%", 0.5, E, PCT, "population_change", "year to mid-2025", geo=EW),
        ]),
    "03-truemeasure-three-debate-claims-asylum-rwanda-net-migration": dict(
        meta=dict(url="https://truemeasure.example/fact-checks/meridian-tv-immigration-debate-three-claims-checked/",
                  title="Three claims from Sunday's immigration debate, checked",
                  publisher="TrueMeasure", author="Kiran Webb-Adeyemi", published_date="2026-12-01"),
        labels=[
            # Claim 1
            L("£7 billion", 7e9, E, GBP, AC, CLAIM03),
            L("£4.2bn", 4.2e9, E, GBP, AC, FY26 + " (asylum support, the 12 months to March 2026)"),
            L("£1.9bn", 1.9e9, E, GBP, AC, FY26 + " (hotels)", occ=0),
            L("about £5.2m", 5.2e6, AP, GBP, AC, "per day, hotels, " + FY26),
            L("£5.38bn", 5.38e9, E, GBP, AC, FY24 + " (asylum support, record)"),
            L("£7bn", 7e9, E, GBP, AC, CLAIM03 + " (restated as a comparison)", occ=0),
            L("21,340", 21340, E, P, HOT, ES26),
            L("more than 56,000", 56000, MT, P, HOT, "peak (2023)"),
            L("£1.9bn", 1.9e9, E, GBP, AC, FY26 + " (hotels; verdict)", occ=1),
            L("barely more than a quarter", 0.25, MT, RATIO, ACR, "hotel spending " + FY26 + " vs the claimed £7bn a year"),
            L("£7bn", 7e9, E, GBP, AC, CLAIM03 + " (restated in the verdict)", occ=1),
            # Claim 2
            L("£700 million", 700e6, E, GBP, PTR, "total paid to Rwanda (claimed by Home Office minister Sanjay Mistry-Cole)"),
            L("four", 4, E, P, REL, "total (claimed by Home Office minister)", ctx="got four people"),
            L("£715m", 715e6, E, GBP, RSC, "total, April 2022 to July 2024"),
            L("£290m", 290e6, E, GBP, PTR, "total paid to the Rwandan government", occ=0),
            L("about two-fifths", 40, AP, PCT, "payment_to_rwanda_share_of_scheme_cost", "total (payments to Rwanda as a share of the scheme's cost)"),
            L("Four", 4, E, P, REL, "total, all voluntary (to July 2024)", ctx="Four people did go"),
            L("roughly £700m", 700e6, AP, GBP, RSC, "total (verdict)"),
            L("£290m", 290e6, E, GBP, PTR, "total paid to the Rwandan government (verdict)", occ=1),
            # Claim 3
            L("three-quarters", -75, E, PCT, NMC, "since the July 2024 election (claimed by Home Office minister)", ctx="net migration by three-quarters"),
            L("177,000", 177000, E, P, NM, YJ26 + " (provisional)"),
            L("684,000", 684000, E, P, NM, YJ24),
            L("74%", -74, E, PCT, NMC, YJ26 + " vs " + YJ24),
            L("68,000", 68000, E, P, NMR, YD25 + ", revised up"),
            L("906,000", 906000, E, P, NM, YJ23 + " (peak)"),
            L("166,000", 166000, E, P, NMR, YJ23 + ", higher than first published"),
            L("almost three-quarters", -75, ALM, PCT, NMC, YJ26 + " vs " + YJ24 + " (since mid-2024; verdict)"),
        ]),
    "04-counterpoint-rwanda-the-deterrent-that-never-deterred": dict(
        meta=dict(url="https://counterpoint.example/politics/rwanda-the-deterrent-that-never-deterred",
                  title="The deterrent that never deterred",
                  publisher="Counterpoint", author="Edmund Garside", published_date="2026-12-03"),
        labels=[
            L("£715m", 715e6, E, GBP, RSC, "total (April 2022 to cancellation, July 2024)"),
            L("£290m", 290e6, E, GBP, PTR, "total paid to Kigali (economic development payment)"),
            L("£120m", 120e6, E, GBP, PTR, "further payment due once the first 300 people had been relocated"),
            L("300", 300, E, P, PLANNED, "first cohort (trigger for the further £120m payment)", occ=0),
            L("four", 4, E, P, REL, "total, all voluntary (to July 2024)", ctx="four departures"),
            L("roughly £179m", 179e6, AP, GBP, RSC, "per person relocated"),
            L("300", 300, E, P, PLANNED, "first cohort (NAO estimate, early 2024)", occ=1),
            L("at least £541m", 541e6, AL, GBP, RSP, "relocating the first 300 (NAO estimate, early 2024)"),
            L("about £1.8m", 1.8e6, AP, GBP, RSP, "per person, first 300 (NAO estimate, early 2024)"),
            L("around £55,000", 55000, AP, GBP, AC, "per person per year, hotel (early 2024)"),
            L("45,774", 45774, E, P, SBA, "2022 (record)"),
            L("29,437", 29437, E, P, SBA, "2023"),
            L("more than a third", -THIRD, MT, PCT, SBAC, "2023 vs 2022"),
            L("36,816", 36816, E, P, SBA, "2024"),
            L("a quarter", 25, E, PCT, SBAC, "2024 vs 2023", ctx="up a quarter"),
            L("roughly 5,700", 5700, AP, P, "rwanda_removal_candidates_identified", "identified as suitable for removal to Rwanda"),
            L("about 2,100", 2100, AP, P, "rwanda_removal_cohort_reporting", "2024 (still reporting to the Home Office)"),
            V("tens of thousands", 20000, 90000, P, BL, "2023-2024 (claims that could not lawfully be decided under the Illegal Migration Act)"),
            L("£3.97bn", 3.97e9, E, GBP, AC, FY23 + " (asylum support)"),
            L("£5.38bn", 5.38e9, E, GBP, AC, FY24 + " (asylum support, record)"),
            L("2,140", 2140, E, P, RET, PILOT + " (returned to France)", geo=FR),
            L("about £19m", 19e6, AP, GBP, "returns_cost", PILOT + " (UK-France returns deal, reported cost)"),
            L("close to £9,000", 9000, AP, GBP, "returns_cost", "per person returned to France under the UK-France deal"),
            L("some 20,000 times", 20000, AP, RATIO, "rwanda_scheme_cost_ratio", "cost per Rwanda relocation vs cost per return to France"),
            L("1.2m", 1.2e6, E, P, IMM, "2023"),
            V("hundreds", 200, 900, P, PLANNED, "per year, at the plan's most ambitious", ctx="taken hundreds a year"),
            V("hundreds of millions", 200e6, 900e6, GBP, RSC, "total (essayist's characterisation)"),
        ]),
    "05-lantern-asylum-appeals-queue-doubles-71480-initial-backlog-falls": dict(
        meta=dict(url="https://www.thelantern.example/news/uk/home-news/asylum-appeals-backlog-doubles-71000-home-office-figures-b2988416.html",
                  title="Asylum appeals queue doubles in two years to more than 71,000 as first-decision backlog shrinks",
                  publisher="The Lantern", author="Holly Makinde", published_date="2026-11-27"),
        labels=[
            # headline and standfirst
            L("doubles", 2, E, RATIO, "asylum_backlog_appeals_ratio", ES26 + " vs " + ES24 + " (headline)"),
            L("more than 71,000", 71000, MT, P, APPEALS, ES26 + " (appeals outstanding; headline)"),
            L("more than a third", -THIRD, MT, PCT, BLC, ES26 + " vs " + ES25 + " (awaiting initial decision; standfirst)"),
            # body
            L("doubled", 2, E, RATIO, "asylum_backlog_appeals_ratio", ES26 + " vs " + ES24),
            L("71,480", 71480, E, P, APPEALS, "30 September 2026 (appeals outstanding at the tribunal)"),
            L("19%", 19, E, PCT, "asylum_backlog_appeals_change", ES26 + " vs " + ES25),
            L("35,700", 35700, E, P, APPEALS, "September 2024"),
            L("51,830", 51830, E, P, BL, ES26 + " (awaiting initial decision)"),
            L("35%", -35, E, PCT, BLC, ES26 + " vs " + ES25),
            L("79,640", 79640, E, P, BL, ES25 + " (awaiting initial decision)"),
            L("less than a third", THIRD / 100, LT, RATIO, "asylum_backlog_ratio", ES26 + " vs peak (June 2023)"),
            L("175,457", 175457, E, P, BL, "June 2023 (peak)"),
            L("118,600", 118600, E, P, "asylum_initial_decisions", YS26),
            L("47%", 47, E, PCT, "asylum_grants_share_initial_decisions", YS26),
            L("43%", 43, E, PCT, "asylum_appeals_share_allowed", YS26 + " (appeals determined at a hearing)"),
            L("102,900", 102900, E, P, SUPPORT, ES26),
            L("about one in five", 20, AP, PCT, "asylum_support_share_hotels", ES26 + " (share of supported people in hotels)"),
            L("Around 5,800", 5800, AP, P, SUPPORT, ES26, geo=SCO),
            L("2,300", 2300, E, P, SUPPORT, ES26, geo=NI),
            # charity
            V("tens of thousands", 20000, 90000, P, APPEALS, "now, November 2026 (refused applicants in the appeals system; Asylum Justice Network)"),
            V("Thousands", 2000, 9000, P, "asylum_backlog_appeals_waiting_over_1_year", "now, November 2026 (Asylum Justice Network)"),
            L("more than two in five", 40, MT, PCT, "asylum_appeals_share_allowed", "now (Asylum Justice Network)"),
            # Home Office
            L("almost 28,000", -28000, ALM, P, BLC, ES26 + " vs " + ES25 + " (awaiting initial decision; Home Office spokesperson)"),
            L("120", 120, E, P, "tribunal_judges_recruited", "now, November 2026 (extra tribunal judges funded; Home Office spokesperson)"),
            L("£45m", 45e6, E, GBP, "tribunal_funding", "now, November 2026 (additional funding for the courts; Home Office spokesperson)"),
            R("between 6,000 and 7,000", 6000, 7000, P, "asylum_appeals_determined", "per month, now (Home Office spokesperson)"),
            L("9%", 9, E, PCT, RETC, YS26 + " vs " + YS25 + " (Home Office spokesperson)"),
            L("21,340", 21340, E, P, HOT, ES26),
            L("12%", -12, E, PCT, "asylum_applications_change", YS26 + " vs " + YS25),
            L("98,420", 98420, E, P, APP, YS26),
        ]),
    "06-bulwark-channel-crossings-since-election-top-92000-returns": dict(
        meta=dict(url="https://www.dailybulwark.example/news/politics/2214907/channel-crossings-since-election-top-92000-home-secretary-removals",
                  title="Channel crossings since Labour took power top 92,000 as Home Secretary boasts of 37,900 removals",
                  publisher="Daily Bulwark", author="Martin Colebrooke", published_date="2026-12-08"),
        labels=[
            # headline
            L("top 92,000", 92000, MT, P, SBA, SINCE06 + " (headline)"),
            L("37,900", 37900, E, P, RET, YS26 + " (headline)", occ=0),
            # body
            L("More than 92,000", 92000, MT, P, SBA, SINCE06),
            L("92,410", 92410, E, P, SBA, SINCE06),
            L("25,460", 25460, E, P, SBA, YTD06),
            L("41%", -41, E, PCT, SBAC, YTD06 + " vs same point of 2025"),
            L("almost 43,000", 43000, ALM, P, SBA, "1 January to 7 December 2025 (same point last year)"),
            # Home Secretary
            L("37,900", 37900, E, P, RET, YS26 + " (Home Secretary)", occ=1),
            L("9%", 9, E, PCT, RETC, YS26 + " vs " + YS25 + " (Home Secretary)"),
            L("10,420", 10420, E, P, RET, YS26 + " (enforced returns; Home Secretary)"),
            L("2,140", 2140, E, P, RET, PILOT + " (returned to France; Home Secretary)", geo=FR, occ=0),
            L("2,140", 2140, E, P, RET, PILOT + " (returned to France; caption)", geo=FR, occ=1),
            # shadow home secretary
            L("43,810", 43810, E, P, SBA, "2025 (shadow home secretary)"),
            L("19%", 19, E, PCT, SBAC, "2025 vs 2024 (shadow home secretary)"),
            L("Fewer than one in ten", 10, LT, PCT, RET_SHARE_FR, YTD06 + " (returns to France vs arrivals; shadow home secretary)", geo=FR),
            L("92.4k", 92400, E, P, SBA, SINCE06 + " (Conservatives' post on X)"),
            L("£476m", 476e6, E, GBP, FRANCE_PAY, "over three years (patrols, drones and surveillance)"),
            L("1,960", 1960, E, P, LEGAL, PILOT + " (legal route from France)"),
            L("up to 100", 100, AM, P, RET, "per week by spring 2027 (Home Office sources' expectation; returns to France)", geo=FR),
            L("53", 53, E, PPB, OCC, "now (" + YS26 + ", average)"),
        ]),
    "07-horizon-asylum-system-in-numbers-december-2026": dict(
        meta=dict(url="https://news.horizon.example/small-boats-hotels-and-the-bill-the-uks-asylum-system-in-numbers-13482071",
                  title="Small boats, hotels and the bill: the UK's asylum system in numbers",
                  publisher="Horizon News", author="Farah Quilliam", published_date="2026-12-09"),
        labels=[
            V("tens of thousands", 20000, 90000, P, SBA, "2026 (so far this year; standfirst)"),
            # Crossings
            L("more than 25,000", 25000, MT, P, SBA, YTD06),
            L("around two-fifths", -40, AP, PCT, SBAC, YTD06 + " vs same point of 2025"),
            L("43,810", 43810, E, P, SBA, "2025"),
            L("45,774", 45774, E, P, SBA, "2022 (record)"),
            L("53", 53, E, PPB, OCC, YS26 + " (average)"),
            # Hotels
            L("21,340", 21340, E, P, HOT, ES26),
            L("148", 148, E, HOTELS, HOTELS_N, ES26),
            L("more than 56,000", 56000, MT, P, HOT, "peak (2023)"),
            L("more than 400", 400, MT, HOTELS, HOTELS_N, "peak (2023)"),
            L("c. 1,100", 1100, AP, P, "large_site_population", "now, December 2026 (former military sites)"),
            # Returns
            L("some 37,900", 37900, AP, P, RET, YS26),
            L("9%", 9, E, PCT, RETC, YS26 + " vs " + YS25),
            L("A little over a quarter", 25, MT, PCT, "returns_share_enforced", YS26),
            L("about one in eight", 12.5, AP, PCT, "returns_share_foreign_national_offenders", YS26),
            # French cooperation
            L("2,140", 2140, E, P, RET, PILOT + " (returned to France)", geo=FR),
            L("roughly one for every 15", 100 / 15, AP, PCT, RET_SHARE_FR, PILOT + " (returns to France vs crossings)", geo=FR),
            L("1,960", 1960, E, P, LEGAL, PILOT + " (legal route from France)"),
            L("£476m", 476e6, E, GBP, FRANCE_PAY, "over three years (French policing of the coast)"),
            # Deaths
            L("at least 44", 44, AL, P, DEATHS, "2026 to early December (Tideline Rescue)"),
            L("at least 71", 71, AL, P, DEATHS, "2025 (Tideline Rescue)"),
            L("at least 78", 78, AL, P, DEATHS, "2024 (deadliest year)"),
            # Costs
            L("£4.2bn", 4.2e9, E, GBP, AC, FY26 + " (asylum support)"),
            L("13%", -13, E, PCT, ACC, FY26 + " vs " + FY25 + " (asylum support)"),
            L("£4.83bn", 4.83e9, E, GBP, AC, FY25 + " (asylum support)"),
            L("£5.38bn", 5.38e9, E, GBP, AC, FY24 + " (asylum support, record)"),
            L("about £5.2m", 5.2e6, AP, GBP, AC, "per day, hotels, " + FY26),
            L("£715m", 715e6, E, GBP, RSC, "total (scheme scrapped in 2024)"),
            L("four", 4, E, P, REL, "total, all voluntary", ctx="relocated four people"),
            # What comes next
            V("hundreds", 200, 900, P, SBA, "per week, coming months (Home Office expectation)", ctx="expects hundreds of people"),
            L("up to 100", 100, AM, P, RET, "per week by spring 2027 (ministers' hope; returns to France)", geo=FR),
        ]),
}


if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
