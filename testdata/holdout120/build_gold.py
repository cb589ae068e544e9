#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-twentieth hand-labelled hold-out set (holdout120).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, THIRD, SIXTH, E, AP, MT, AL, LT, AM, ALM,
                        SBA, SBC, NM, AC, PTR, RSC)

UK, ENG, EW, WAL, SCO, NI, FR = "UK", "England", "England and Wales", "Wales", "Scotland", "Northern Ireland", "France"
HH, DAYS, COUNCILS = "other:households", "other:days", "other:council_areas"
VACANCIES, BUSINESSES = "other:vacancies", "other:businesses"

# 01 (Thursday 30 April 2026; MHCLG statutory homelessness statistics for October to December 2025 "on Thursday")
Q4 = "October to December 2025 (the latest quarter; MHCLG statutory homelessness statistics published Thursday 30 April 2026"
RH = "refugees_homeless_after_leaving_asylum_support"
DEC25 = "31 December 2025 (at the end of December; MHCLG statutory homelessness statistics"
LINTEL = "Lintel Trust survey of people it had supported since January 2026"
# 02 (Saturday 18 July 2026, published 22:05 on Friday 17 July; NAO report "yesterday")
NAO = "National Audit Office report, Friday 17 July 2026"
LIFE = "April 2022 to July 2024 (the scheme's final bill; " + NAO
# 03 (Saturday 29 August 2026; Home Office figures for the year ending June 2026 "published on Thursday", 27 August)
YE = "July 2025 to June 2026 (year ending June 2026; Home Office figures published Thursday 27 August 2026"
SB18 = "2018 to 30 June 2026 (since 2018, small-boat arrivals"
GRANTED = "small_boat_arrivals_share_granted_protection"
# 04 (Wednesday 15 July 2026; ONS mid-2025 estimates "published on Tuesday", 14 July)
YM = "July 2024 to June 2025 (the year to mid-2025; ONS mid-year estimates published Tuesday 14 July 2026"
MID = "30 June 2025 (mid-2025; ONS mid-year estimates published Tuesday 14 July 2026"
# 05 (Friday 27 November 2026; ONS release "on Thursday", 26 November)
ONS26 = "ONS, Thursday 26 November 2026"
YJ26 = "July 2025 to June 2026 (the year to June; " + ONS26
YJ25 = "July 2024 to June 2025 (the previous 12 months, as revised; " + ONS26
# 06 (Tuesday 10 February 2026; Home Office figures in a written answer "published on Monday", 9 February)
C25 = "January to December 2025 (last year; Home Office figures in a Westminster written answer published Monday 9 February 2026"
AA = "asylum_applications"
# 07 (Tuesday 1 September 2026; Home Office data "up to Monday", 31 August)
SUM = "1 June to 31 August 2026 (this summer; Home Office data up to Monday 31 August 2026"
S22 = "1 June to 31 August 2022 (the previous summer record"

ARTICLES = {
    "01-the-cordwainer-refugee-move-on-homelessness": dict(
        meta=dict(url="https://www.thecordwainer.example/society/2026/apr/30/refugee-homelessness-england-nearly-triples-move-on-period",
                  title="Refugee homelessness in England nearly triples in two years as Home Office evictions pile pressure on councils",
                  publisher="The Cordwainer", author="Imogen Thwaite-Adaeze", published_date="2026-04-30"),
        labels=[
            L("nearly triples", 3, ALM, RATIO, RH + "_ratio", "October to December 2025 vs October to December 2023 (in two years; headline)", geo=ENG),
            L("7,420", 7420, E, HH, RH, Q4 + "; turned to councils at the end of 2025; standfirst)", occ=0, geo=ENG),
            L("nearly tripled", 3, ALM, RATIO, RH + "_ratio", "October to December 2025 vs October to December 2023 (in two years)", geo=ENG),
            L("7,420", 7420, E, HH, RH, Q4 + "; councils accepted a duty to help)", occ=1, geo=ENG),
            L("31%", 31, E, PCT, RH + "_change", "October to December 2025 vs October to December 2024 (up)", geo=ENG),
            L("5,660", 5660, E, HH, RH, "October to December 2024", geo=ENG),
            L("2,560", 2560, E, HH, RH, "October to December 2023 (the final three months of 2023)", geo=ENG),
            L("26,300", 26300, E, HH, RH, "January to December 2025 (across 2025 as a whole; the highest annual total)", geo=ENG),
            L("About four in five", 80, AP, PCT, RH + "_share_single_adults", Q4 + "; people on their own)", geo=ENG),
            L("1,180", 1180, E, HH, RH + "_rough_sleeping", Q4 + "; already sleeping rough when they first asked for help)", geo=ENG),
            L("roughly one in six", SIXTH, AP, PCT, RH + "_share_rough_sleeping", Q4 + ")", geo=ENG),
            L("some 41,900", 41900, AP, P, "asylum_grants", "January to December 2025 (granted protection, mostly refugee status; Home Office)"),
            L("below 50,000", 50000, LT, P, "asylum_backlog", "December 2025 (undecided claims, by December)"),
            L("412", 412, E, P, "poll_sample_size", "January to April 2026 (people surveyed; " + LINTEL + ")", occ=0, geo=ENG),
            L("11 days", 11, E, DAYS, "refugee_eviction_notice_average", "2026 (on average, notice before they had to leave; " + LINTEL + ")", geo=ENG),
            L("412", 412, E, P, "poll_sample_size", "January to April 2026 (of the 412; " + LINTEL + ")", occ=1, geo=ENG),
            L("296", 296, E, P, "charity_service_users_approached_council_before_support_ended", "2026 (had gone to a council before their support ended; " + LINTEL + ")", geo=ENG),
            L("84%", 84, E, PCT, "charity_service_users_share_told_to_return_when_homeless", "2026 (of these 296, told to come back when actually on the street; " + LINTEL + ")", geo=ENG),
            L("4,850", 4850, E, HH, "refugee_households_temporary_accommodation", DEC25 + "; arranged by councils)", geo=ENG),
            L("1,630", 1630, E, HH, "refugee_households_bed_and_breakfast", DEC25 + "; in bed and breakfast hotels)", geo=ENG),
            L("134,600", 134600, E, HH, "temporary_accommodation_households", DEC25 + "; all households; a record)", geo=ENG),
            L("almost 172,000", 172000, ALM, P, "temporary_accommodation_children", DEC25 + "; children in temporary accommodation)", geo=ENG),
            L("About 1.2m", 1.2e6, AP, HH, "housing_waiting_list_households", "April 2026 (households on council waiting lists)", geo=ENG),
            L("2,140", 2140, E, HH, RH, Q4 + "; taken by the capital's boroughs)", geo="London"),
            L("more than a quarter", 25, MT, PCT, RH + "_share_london", Q4 + "; of England's total)", geo=ENG),
            L("£118m", 118e6, E, GBP, "council_refugee_homelessness_cost", "April 2025 to March 2026 (2025/26; emergency accommodation for refugees; London Councils estimate)", geo="London"),
            L("90", 90, E, HH, RH, "a single week in February 2026 (one borough, after a nearby hotel closed; London Councils' housing lead)", geo="London"),
            L("more than £1bn", 1e9, MT, GBP, "homelessness_prevention_grant", "April 2026 to March 2027 (this year; government spokesperson)", geo=ENG),
        ]),
    "02-daily-foofaraw-rwanda-cost-per-migrant": dict(
        meta=dict(url="https://www.dailyfoofaraw.example/news/article-15204418/Rwanda-scheme-cost-179million-migrant-NAO-report.html",
                  title="Revealed: Failed Rwanda scheme cost taxpayers £179MILLION for each migrant flown out - and Kigali won't return a PENNY",
                  publisher="Daily Foofaraw", author="Callum Braddock-Enwezor", published_date="2026-07-18"),
        labels=[
            L("£179MILLION", 179e6, E, GBP, "rwanda_scheme_cost_per_relocation", LIFE + "; for each migrant flown out; headline)"),
            L("£715million", 715e6, E, GBP, RSC, LIFE + "; bullet)", occ=0),
            L("£290million", 290e6, E, GBP, PTR, "April 2022 to April 2024 (paid straight to the Rwandan government; " + NAO + "; bullet)", occ=0),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (migrants who ever went, all volunteers; bullet)", ctx="Just four migrants"),
            L("£715million", 715e6, E, GBP, RSC, LIFE + ")", occ=1),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (sent to the African country)", ctx="just four people"),
            L("£290million", 290e6, E, GBP, PTR, "April 2022 to April 2024 (went directly to the government in Kigali; " + NAO + ")", occ=1),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (the volunteers eventually flown out)", ctx="the four volunteers"),
            L("almost £179million", 179e6, ALM, GBP, "rwanda_scheme_cost_per_relocation", LIFE + "; the bill divided by the four volunteers)"),
            L("seven", 7, E, P, "rwanda_removal_cohort", "Tuesday 14 June 2022 (the first flight, due to leave with seven men aboard)", ctx="with seven men"),
            L("£700,000", 700000, E, GBP, "rwanda_scheme_cost_flights", "June 2022 (chartering the first flight; " + NAO + ")"),
            L("£290million", 290e6, E, GBP, PTR, "April 2022 to April 2024 (of the £290million; " + NAO + ")", occ=2),
            L("£220million", 220e6, E, GBP, PTR, "April 2022 to March 2023 (the first year of the deal; " + NAO + ")"),
            L("£50million", 50e6, E, GBP, PTR, "April 2023 to March 2024 (the 12 months to March 2024; " + NAO + ")"),
            L("£20million", 20e6, E, GBP, PTR, "April 2024 (a final payment; " + NAO + ")"),
            L("£120million", 120e6, E, GBP, "payment_to_rwanda_planned", "on reaching 300 relocations (a further sum that would have been paid under the deal; " + NAO + ")"),
            L("up to £151,000", 151000, AM, GBP, "payment_to_rwanda_per_relocation", "over five years, per person sent (under the deal; a policy rate)"),
            L("£95million", 95e6, E, GBP, "rwanda_scheme_cost_staff", LIFE + "; Home Office staff costs)"),
            L("more than 1,000", 1000, MT, P, "rwanda_scheme_staff", "the scheme's peak, 2022 to 2024 (officials working on the policy; " + NAO + ")"),
            L("£34million", 34e6, E, GBP, "rwanda_scheme_cost_legal", LIFE + "; legal bills)"),
            L("2,145", 2145, E, P, "immigration_detentions_rwanda", "spring 2024 (migrants detained, earmarked for Kigali)"),
            L("More than half", 50, MT, PCT, "rwanda_detainees_share_released_on_bail", "spring 2024 to July 2026 (of the 2,145, have since been bailed)"),
            L("nearly 84,000", 84000, ALM, P, SBA, "April 2022 to July 2024 (between the deal being signed and its cancellation)"),
            L("21,000", 21000, E, RATIO, "small_boat_arrivals_to_rwanda_relocations_ratio", "April 2022 to July 2024 (arrived by dinghy for every person flown to Rwanda)"),
            L("£5.38billion", 5.38e9, E, GBP, AC, "per year, 2023/24 (at the time; a record)"),
            L("more than 83,000", 83000, MT, P, SBA, "5 July 2024 to July 2026 (since 5 July 2024; shadow home secretary)"),
            L("£715million", 715e6, E, GBP, RSC, "April 2022 to July 2024 (blown on the scheme; Home Office minister)", occ=2),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (the volunteers the gimmick removed; Home Office minister)", ctx="removed four volunteers"),
            L("38,600", 38600, E, P, "returns", "July 2025 to July 2026 (returned over the last 12 months alone; Home Office minister)"),
            L("around 18,000", 18000, AP, P, "caseworkers_affordable_with_rwanda_cost", "for a year (asylum caseworkers' salaries the money could have paid; Exchequer Watch)"),
        ]),
    "03-horizon24-news-small-boats-asylum-claims-grants": dict(
        meta=dict(url="https://news.horizon24.example/how-many-channel-migrants-claim-asylum-and-how-many-are-allowed-to-stay-13418250",
                  title="How many Channel migrants claim asylum - and how many are allowed to stay?",
                  publisher="Horizon24 News", author="Soraya Quennell-Mbata", published_date="2026-08-29"),
        labels=[
            L("46,300", 46300, E, P, SBA, YE + "; key figures)", occ=0),
            L("95%", 95, E, PCT, "small_boat_arrivals_share_claimed_asylum", YE + "; key figures)", occ=0),
            L("44%", 44, E, PCT, GRANTED, YE + "; initial decisions on their claims that were grants; key figures)", occ=0),
            L("46,300", 46300, E, P, SBA, YE + "; in the 12 months to June)", occ=1),
            L("20%", 20, E, PCT, SBA + "_change", "year ending June 2026 vs year ending June 2025 (up)"),
            L("38,600", 38600, E, P, SBA, "July 2024 to June 2025 (the previous year)"),
            L("205,000", 205000, MT, P, SBA, "2018 to June 2026 (since the first boats were recorded; the total has passed)"),
            L("95%", 95, E, PCT, "small_boat_arrivals_share_claimed_asylum", YE + "; of those who crossed in the year, lodged a claim)", occ=1),
            L("about two in five", 40, AP, PCT, "asylum_applications_share_small_boat", YE + "; of all asylum claims in the UK)"),
            L("109,800", 109800, E, P, AA, YE + "; claims over the year)"),
            L("43,900", 43900, E, P, AA, YE + "; claims from people who had arrived by boat)"),
            L("about 830,000", 830000, AP, P, AA, "January to December 2025 (EU countries, for comparison)", geo="EU"),
            L("191,000", 191000, E, P, AA, SB18 + ", claims)"),
            L("128,400", 128400, E, P, "asylum_initial_decisions", SB18 + "' claims with an initial decision by the end of June)", occ=0),
            L("128,400", 128400, E, P, "asylum_initial_decisions", SB18 + "' claims decided; of the 128,400)", occ=1),
            L("74,500", 74500, E, P, "asylum_grants", SB18 + "; granted asylum or humanitarian protection at the first attempt)"),
            L("58%", 58, E, PCT, GRANTED, SB18 + "; of initial decisions)"),
            L("53,900", 53900, E, P, "asylum_refusals", SB18 + "; refused)"),
            L("20,300", 20300, E, P, "asylum_withdrawals", SB18 + "; claims withdrawn)"),
            L("Some 42,300", 42300, AP, P, "asylum_backlog", "30 June 2026 (small-boat arrivals' claims still waiting for a first decision)"),
            L("44%", 44, E, PCT, GRANTED, YE + "; in the latest year)", occ=1),
            L("67%", 67, E, PCT, GRANTED, "July 2023 to June 2024 (two years earlier)"),
            L("98%", 98, E, PCT, "small_boat_arrivals_sudanese_share_granted_protection", YE + "; Sudanese claimants)"),
            L("96%", 96, E, PCT, "small_boat_arrivals_eritrean_share_granted_protection", YE + "; Eritrean claimants)"),
            L("about a third", THIRD, AP, PCT, "small_boat_arrivals_afghan_share_granted_protection", YE + "; Afghans now succeed)"),
            L("41%", 41, E, PCT, "small_boat_arrivals_iranian_share_granted_protection", YE + "; Iranians, fallen to)"),
            L("9%", 9, E, PCT, "small_boat_arrivals_vietnamese_share_granted_protection", YE + "; Vietnamese)"),
            L("around half", 50, AP, PCT, "asylum_appeals_share_allowed", YE + "; asylum appeals heard in the year)"),
            L("Some 6,950", 6950, AP, P, "returns", SB18 + " removed or left voluntarily)"),
            L("more than four in five", 80, MT, PCT, "returns_share_albania", SB18 + " removed or left voluntarily; Albanians)"),
            L("at least 27,000", 27000, AL, P, "asylum_refused_not_removed", "30 June 2026 (small-boat arrivals refused but still in the country; Lindley Policy Unit)"),
            L("14%", 14, E, PCT, "returns_change", "since the election, 5 July 2024 (returns of people without permission to stay; Home Office spokesperson)"),
        ]),
    "04-dyfnant-herald-wales-population-migration": dict(
        meta=dict(url="https://www.dyfnantherald.example/news/wales-news/wales-population-mid-2025-migration-ons-31172405",
                  title="Migration drives all of Wales's population growth as total rises by 23,200",
                  publisher="Dyfnant Herald", author="Elin Cadwaladr-Mensah", published_date="2026-07-15"),
        labels=[
            L("23,200", 23200, E, P, "population_growth", YM + "; headline)", occ=0, geo=WAL),
            L("23,200", 23200, E, P, "population_growth", YM + ")", occ=1, geo=WAL),
            L("3,209,800", 3209800, E, P, "population", MID + ")", geo=WAL),
            L("27,300", 27300, E, P, "births", YM + "; the 12 months to June 2025)", geo=WAL),
            L("34,900", 34900, E, P, "deaths", YM + ")", geo=WAL),
            L("7,600", -7600, E, P, "population_natural_change", YM + "; a natural decrease)", geo=WAL),
            L("22,900", 22900, E, P, NM + "_international", YM + "; net international migration added)", occ=0, geo=WAL),
            L("7,900", 7900, E, P, "internal_migration_net", YM + "; more people from the rest of the UK, chiefly England, than left)", geo=WAL),
            L("0.7%", 0.7, E, PCT, "population_change", YM + ")", geo=WAL),
            L("0.8%", 0.8, E, PCT, "population_change", YM + "; England and Wales as a whole)", geo=EW),
            L("62.1 million", 62.1e6, E, P, "population", MID + ")", geo=EW),
            L("0.5%", 0.5, E, PCT, "population_change", "July 2024 to June 2025 (Scotland's estimates, published separately)", geo=SCO),
            L("22,900", 22900, E, P, NM + "_international", YM + "; the net figure)", occ=1, geo=WAL),
            L("a third", -THIRD, E, PCT, NM + "_international_change", "year to mid-2025 vs year to mid-2024 (down on last year's)", ctx="down a third", geo=WAL),
            L("34,400", 34400, E, P, NM + "_international", "July 2023 to June 2024 (last year's)", geo=WAL),
            L("About 41,600", 41600, AP, P, "immigration", YM + "; moved to Wales from abroad)", geo=WAL),
            L("18,700", 18700, E, P, "emigration", YM + "; left for overseas)", geo=WAL),
            L("6,100", 6100, E, P, "population_revision", "30 June 2024 (mid-2024; revised up; ONS, Tuesday 14 July 2026)", geo=WAL),
            L("3,186,600", 3186600, E, P, "population", "30 June 2024 (mid-2024, as revised; ONS, Tuesday 14 July 2026)", geo=WAL),
            L("1.4%", 1.4, E, PCT, "population_change", YM + "; grew fastest)", geo="Cardiff"),
            L("385,100", 385100, E, P, "population", MID + ")", geo="Cardiff"),
            L("1.2%", 1.2, E, PCT, "population_change", YM + ")", geo="Newport"),
            L("18", 18, E, COUNCILS, "council_areas_population_growth", YM + "; of Wales's 22 councils, gained residents)", ctx="In all, 18 of", geo=WAL),
            L("0.3%", -0.3, E, PCT, "population_change", YM + "; shrank)", geo="Ceredigion"),
            L("more than one in five", 20, MT, PCT, "population_share_aged_65_and_over", MID + ")", geo=WAL),
            L("22.4%", 22.4, E, PCT, "population_share_aged_65_and_over", MID + ")", geo=WAL),
            L("19.2%", 19.2, E, PCT, "population_share_aged_65_and_over", MID + "; across England and Wales)", geo=EW),
            L("One in every eight", 12.5, E, PCT, "social_care_workforce_share_overseas_recruits", "2026 (workers in the care sector who came to Wales from overseas; Cabinet Secretary for Finance)", geo=WAL),
            L("more than 200,000", 200000, MT, P, "immigration", "2015 to 2025 (people from abroad since 2015; Reform UK's home affairs spokesperson in the Senedd, a claim)", geo=WAL),
            L("8,400", -8400, E, P, "international_students_change", "2025/26 vs 2024/25 (fewer international students recruited by Welsh universities; Plaid Cymru)", geo=WAL),
            R("between 3.3 million and 3.4 million", 3.3e6, 3.4e6, P, "population_projection", "the mid-2030s (if net migration holds at today's level; demographer, Teifi Institute for Social Research)", geo=WAL),
        ]),
    "05-the-tallowmark-net-migration-labour-market": dict(
        meta=dict(url="https://www.thetallowmark.example/content/8c2e41d7-5f0a-4b39-9e61-uk-net-migration-148000-labour-market",
                  title="UK net migration falls to 148,000 as cooling jobs market deters foreign workers",
                  publisher="The Tallowmark", author="Anselm Ferraby", published_date="2026-11-27"),
        labels=[
            L("148,000", 148000, E, P, NM, YJ26 + "; headline)", occ=0),
            L("68,000", 68000, E, P, NM + "_revision", "July 2024 to June 2025 (the previous year's figure, revised higher; " + ONS26 + "; standfirst)", occ=0),
            L("148,000", 148000, E, P, NM, YJ26 + ")", occ=1),
            L("712,000", 712000, E, P, "immigration", YJ26 + ")"),
            L("564,000", 564000, E, P, "emigration", YJ26 + ")"),
            L("46 per cent", -46, E, PCT, NM + "_change", "year to June 2026 vs year to June 2025 (below)"),
            L("272,000", 272000, E, P, NM, YJ25 + ")"),
            L("68,000", 68000, E, P, NM + "_revision", "July 2024 to June 2025 (the agency revised higher as fuller travel data came in; " + ONS26 + ")", occ=1),
            R("between 101,000 and 195,000", 101000, 195000, P, NM, YJ26 + "; the true figure could lie; the ONS's range)"),
            L("148,000", 148000, E, P, NM, YJ26 + "; at 148,000)", occ=2),
            L("more than four-fifths", -80, MT, PCT, NM + "_change", "year to June 2026 vs year to June 2023 (lower than the high)"),
            L("906,000", 906000, E, P, NM, "July 2022 to June 2023 (the high)"),
            L("118,000", 118000, E, P, "immigration_work_non_eu", YJ26 + "; non-EU nationals arriving for work)"),
            L("almost halving", -50, ALM, PCT, "immigration_work_non_eu_change", "year to June 2026 vs year to June 2025"),
            L("224,000", 224000, E, P, "immigration_work_non_eu", "July 2024 to June 2025 (a year earlier)"),
            L("78 per cent", -78, E, PCT, "visas_granted_care_worker_change", "year to June 2026 vs year to June 2025 (main applicants; dropped)"),
            L("9,300", 9300, E, P, "visas_granted_care_worker", "July 2025 to June 2026 (main applicants)"),
            L("689,000", 689000, E, VACANCIES, "job_vacancies", "August to October 2026 (the three months to October; the lowest since early 2021)"),
            L("1.3mn", 1.3e6, E, VACANCIES, "job_vacancies", "2022 (the peak)"),
            L("5.2 per cent", 5.2, E, PCT, "unemployment_rate", "autumn 2026 (the latest; a level last seen almost a decade ago)"),
            L("94,000", -94000, E, P, "payrolled_employees_non_eu_change", "October 2026 vs October 2025 (fewer non-EU nationals on company books; HMRC real-time payroll figures)"),
            L("4.31mn", 4.31e6, E, P, "payrolled_employees_non_eu", "October 2026 (HMRC real-time payroll figures)"),
            L("31,000", -31000, E, P, "payrolled_employees_eu_change", "October 2026 vs October 2025 (payrolled employees from the EU fell; HMRC)"),
            L("3.6 per cent", 3.6, E, PCT, "regular_pay_growth", "autumn 2026 (slowed to)"),
            L("4.7 per cent", 4.7, E, PCT, "regular_pay_growth", "early 2026 (at the start of the year)"),
            L("3.25 per cent", 3.25, E, PCT, "bank_rate", "November 2026 (cut this month; Bank of England)"),
            L("about 0.2 percentage points", -0.2, AP, PCT, "potential_growth_lower_migration_change", "per year (net migration at today's level; chief UK economist, Pellworth Securities)"),
            L("1,850", 1850, E, BUSINESSES, "poll_sample_size", "2026 (companies surveyed; Institute of Workforce Planning)"),
            L("37 per cent", 37, E, PCT, "employers_share_struggling_to_fill_roles", "2026 (Institute of Workforce Planning survey)"),
            L("52 per cent", 52, E, PCT, "employers_share_struggling_to_fill_roles", "2024 (Institute of Workforce Planning survey)"),
            V("tens of thousands", 20000, 90000, P, NM + "_revision", "earlier estimates, generally (readings routinely revised once more complete data arrive)"),
        ]),
    "06-drumlins-dispatch-northern-ireland-asylum-claims": dict(
        meta=dict(url="https://www.drumlinsdispatch.example/news/northern-ireland/asylum-claims-northern-ireland-nearly-four-times-pre-pandemic-5520917",
                  title="Nearly four times as many asylum claims lodged in Northern Ireland as before the pandemic",
                  publisher="Drumlins Dispatch", author="Declan Ferris-Achterberg", published_date="2026-02-10"),
        labels=[
            L("Nearly four times", 4, ALM, RATIO, AA + "_ratio", "2025 vs 2019 (as before the pandemic; headline)", geo=NI),
            L("2,140", 2140, E, P, AA, C25 + "; sought protection here; standfirst)", occ=0, geo=NI),
            L("almost quadrupled", 4, ALM, RATIO, AA + "_ratio", "2025 vs 2019 (since before COVID-19)", geo=NI),
            L("2,140", 2140, E, P, AA, C25 + "; lodged asylum claims)", occ=1, geo=NI),
            L("27%", 27, E, PCT, AA + "_change", "2025 vs 2024 (up)", geo=NI),
            L("1,690", 1690, E, P, AA, "January to December 2024 (2024's)", geo=NI),
            L("560", 560, E, P, AA, "January to December 2019 (claims made in 2019)", geo=NI),
            L("nearly four times", 4, ALM, RATIO, AA + "_ratio", "2025 vs 2019 (as many)", geo=NI),
            L("about 2%", 2, AP, PCT, "asylum_applications_share_northern_ireland", C25 + "; Northern Ireland's share of UK claims)"),
            L("108,900", 108900, E, P, AA, C25 + "; across the UK)"),
            L("roughly seven in ten", 70, AP, PCT, "asylum_applications_share_via_land_border", C25 + "; travelled through the Republic and crossed the land border)", geo=NI),
            L("310", 310, E, P, AA, C25 + "; Somali nationals)", geo=NI),
            L("270", 270, E, P, AA, C25 + "; Sudanese nationals)", geo=NI),
            L("190", 190, E, P, AA, C25 + "; Syrian nationals)", geo=NI),
            L("about three-quarters", 75, AP, PCT, "asylum_applications_share_via_northern_ireland", "January to December 2025 (applicants for international protection who came in from Northern Ireland; Ireland's Department of Justice)", geo="Ireland"),
            L("17,400", 17400, E, P, AA, "January to December 2025 (applied for international protection in the Republic; Ireland's Department of Justice)", geo="Ireland"),
            L("3,410", 3410, E, P, "asylum_support_population", "31 December 2025 (at the end of December; receiving Home Office support)", geo=NI),
            L("1,120", 1120, E, P, "asylum_hotel_population", "31 December 2025 (in hotels)", geo=NI),
            L("halved", -50, E, PCT, "asylum_hotel_population_change", "31 December 2025 vs 31 December 2024 (in a year)", geo=NI),
            L("c. 600", 600, AP, P, "asylum_hotel_population", "January 2026 (living in hotels in the city; report to Belfast City Council's strategic policy and resources committee last month)", geo="Belfast"),
            L("1,480", 1480, E, P, "asylum_initial_decisions", C25 + "; on claims lodged here)", geo=NI),
            L("52%", 52, E, PCT, "asylum_grants_share_initial_decisions", C25 + "; grants of protection)", geo=NI),
            L("640", 640, E, HH, RH, "April 2024 to March 2025 (2024/25; households with refugee status presented as homeless; Housing Executive)", geo=NI),
            L("410", 410, E, HH, RH, "April 2023 to March 2024 (the year before; Housing Executive)", geo=NI),
            L("seven in ten", 70, E, PCT, "asylum_applications_share_via_land_border", C25 + "; coming through the Republic; DUP home affairs spokesperson at Westminster)", ctx="If seven in ten", geo=NI),
            L("1,900", 1900, E, P, "charity_service_users", "January to December 2025 (last year; Harbourside Welcome Project coordinator)", geo="Belfast"),
            L("more than one in five", 20, MT, PCT, "charity_service_users_share_children", "January to December 2025 (were children; Harbourside Welcome Project coordinator)", geo="Belfast"),
            L("£2.1m", 2.1e6, E, GBP, "ni_executive_refugee_integration_funding", "April 2026 to March 2027 (2026/27; earmarked by the Executive Office)", geo=NI),
        ]),
    "07-daily-brangle-record-summer-channel-crossings": dict(
        meta=dict(url="https://www.dailybrangle.example/news/uk-news/record-summer-channel-crossings-19480-36221874",
                  title="19,480 risk their lives in flimsy boats in record summer of Channel crossings",
                  publisher="Daily Brangle", author="Kieran Odunsi-Blythe", published_date="2026-09-01"),
        labels=[
            L("19,480", 19480, E, P, SBA, SUM + "; headline)", occ=0),
            L("more than a quarter", 25, MT, PCT, SBA + "_change", "summer 2026 vs summer 2022 (on the previous summer record; standfirst)"),
            L("19,480", 19480, E, P, SBA, SUM + "; between June and August; a record)", occ=1),
            L("15,390", 15390, E, P, SBA, S22 + "; the previous summer high)"),
            L("4,090", 4090, E, P, SBA + "_change", "summer 2026 vs summer 2022 (smashed the previous summer high by)"),
            L("9,140", 9140, E, P, SBA, "August 2026 (the most in any month since records began)"),
            L("5,960", 5960, E, P, SBA, "July 2026"),
            L("4,380", 4380, E, P, SBA, "June 2026"),
            L("302", 302, E, BOATS, SBC, SUM + ")"),
            L("almost 65", 65, ALM, PPB, "small_boat_occupancy", SUM + "; an average crammed into each)"),
            L("fewer than 35", 35, LT, PPB, "small_boat_occupancy", S22 + "; four summers ago)"),
            L("61", 61, E, DAYS, "small_boat_crossing_days", SUM + "; days on which boats set off, of the summer's 92)"),
            L("1,210", 1210, E, P, SBA, "Saturday 22 August 2026 (the busiest single day)"),
            L("19", 19, E, BOATS, SBC, "Saturday 22 August 2026", ctx="in 19 boats"),
            L("1,870", 1870, E, P, "processing_site_population", "night of Saturday 22 August 2026 (held at one point)", geo="Manston"),
            L("1,600", 1600, E, P, "processing_site_capacity", "August 2026 (its intended capacity)", geo="Manston"),
            L("31,270", 31270, E, P, SBA, "1 January to 31 August 2026 (so far this year)"),
            L("a quarter", 25, E, PCT, SBA + "_change", "1 January to 31 August, 2026 vs 2025 (more than by this point last year)", ctx="a quarter more than by"),
            L("Three-quarters", 75, E, PCT, "small_boat_arrivals_share_adult_men", SUM + "; of those arriving this summer)"),
            L("doubled", 2, E, RATIO, SBA + "_ratio", "summer 2026 vs summer 2025 (children travelling alone; Home Office figures)"),
            L("1,460", 1460, E, P, SBA, SUM + "; children travelling alone, unaccompanied; Home Office figures)"),
            L("at least 37", 37, AL, P, "small_boat_deaths", "1 January to 1 September 2026 (deaths on the route in 2026; Tideline Watch)"),
            L("3,240", 3240, E, P, "returns", "2025 to 31 August 2026 (taken back by France through the one-in, one-out pilot since it began last year)", geo=FR),
            L("fewer than one for every ten", 10, LT, PCT, "returns_share_of_small_boat_arrivals", "2025 to 31 August 2026 (of those who arrived over the same period)", geo=FR),
            L("more than 14,000", 14000, MT, P, "small_boat_launch_attempts_stopped_people", "1 January to 1 September 2026 (crossings prevented by French officers since January; Border Security Minister)", geo=FR),
            L("£715million", 715e6, E, GBP, RSC, "April 2022 to July 2024 (the Tories' Rwanda gimmick; Border Security Minister)"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers sent; Border Security Minister)", ctx="sent four volunteers"),
            L("nearly 95,000", 95000, ALM, P, SBA, "5 July 2024 to 1 September 2026 (since the general election; Reform UK's deputy leader, a claim)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
