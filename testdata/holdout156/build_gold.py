#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-fifty-sixth hand-labelled hold-out set (holdout156).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, PPB, RATIO, THIRD, HOTELS, MONTHS,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, AC, PTR, RSC)

UK, SCO, FR, NI, EU = "UK", "Scotland", "France", "Northern Ireland", "EU"
VIEWS, EMPLOYERS, UNIS, COUNTRIES, VISITS, MINUTES, DRONES = (
    "other:views", "other:employers", "other:universities", "other:countries", "other:visits", "other:minutes",
    "other:drones")

# 01 (Wednesday 15 July 2026; Home Office annual report and accounts laid Tuesday 14 July 2026)
ACC = "Home Office annual accounts, laid Tuesday 14 July 2026"
FY26 = "April 2025 to March 2026 (2025/26, last year; " + ACC
TFF = "Mervyn Tolland-Birch, Taxpayers First Forum"
HOS1 = "a Home Office spokesperson"

# 02 (Monday 8 June 2026; Home Office statistics for the year ending March 2026, published Thursday 21 May 2026)
HOD = "Home Office data published last month (Thursday 21 May 2026)"
IMA = "asylum_backlog_illegal_migration_act_cohort"
IMC = "illegal_migration_act_cohort"
HL = "Harbourlight"
NE = "North East"

# 03 (Wednesday 16 September 2026; report to Bradford Council's scrutiny committee on Monday 14 September 2026)
BD, LDS = "Bradford", "Leeds"
REP = "report to Bradford Council's regeneration and environment scrutiny committee, Monday 14 September 2026"
TW = "October 2024 to September 2026 (since the Threadway programme launched in October 2024; " + REP
AW = "April 2024 to September 2026 (since the Aire to Work programme began in April 2024; Leeds City Council figures)"
REP_ = "refugee_employment_programme_"

# 04 (Thursday 16 July 2026; claim made on Sunday 12 July 2026; Home Office daily small boat data to 12 July 2026)
LAB2 = "5 July 2024 to 4 July 2026 (Labour's first two years"
CON2 = "5 July 2022 to 4 July 2024 (the last two years of Conservative government"
HLF = "Harriet Lomax-Fairweather, Conservative MP"

# 05 (Friday 20 March 2026; HESA figures released on Thursday 19 March 2026 for the 2024/25 academic year)
HESA = "HESA figures released Thursday 19 March 2026"
AY25 = "2024/25 academic year (" + HESA
IS = "international_students"
FEELOSS = "international_student_fee_income_loss_graduate_route"

# 06 (Friday 22 May 2026; Home Office figures published Thursday 21 May 2026 for the 12 months to March 2026)
HOF = "Home Office figures published Thursday 21 May 2026"
YM26 = "April 2025 to March 2026 (the 12 months to March, the last year; " + HOF
RFNO = "returns_foreign_national_offenders"
FNOC = "foreign_national_offenders_awaiting_removal_in_community"
M31 = "31 March 2026 (when March closed; " + HOF

# 07 (Monday 9 March 2026; UK-France agreement sealed in Paris on Friday 6 March 2026)
NEW = "April 2026 to March 2029 (the new deal, sealed Friday 6 March 2026, over the next three years"
OLD = "April 2023 to March 2026 (the deal struck in March 2023, over three years"
UKF = "uk_funding_to_france"
STOP = "small_boat_launch_attempts_stopped_people"

ARTICLES = {
    "01-daily-bombast-asylum-bill-per-taxpayer": dict(
        meta=dict(url="https://www.dailybombast.example/news/politics/asylum-bill-costs-every-taxpayer-116-home-office-spends-441billion-2098417",
                  title="Asylum bill costs every taxpayer £116 as Home Office spends £4.41BILLION",
                  publisher="Daily Bombast", author="Gareth Pennywhistle-Moss", published_date="2026-07-15"),
        labels=[
            L("£116", 116, E, GBP, "asylum_cost_per_taxpayer", FY26 + "; per income taxpayer; headline)", occ=0),
            L("£4.41BILLION", 4410000000, E, GBP, AC, FY26 + "; headline)"),
            L("more than a third", THIRD, MT, PCT, "asylum_cost_share_hotels", FY26 + "; migrant hotels' share of the total; standfirst)", ctx="swallowed more than a third"),
            L("about £4.2million", 4200000, AP, GBP, "asylum_cost_hotels", FY26 + "; per day; caption)", occ=0),
            L("£116", 116, E, GBP, "asylum_cost_per_taxpayer", FY26 + "; each taxpayer; first words)", ctx="coughed up £116"),
            L("£4.41billion", 4410000000, E, GBP, AC, FY26 + ")"),
            L("38 million", 38000000, E, P, "income_taxpayers", "2025/26 (the people who pay income tax)"),
            L("roughly £116", 116, AP, GBP, "asylum_cost_per_taxpayer", FY26 + "; a head, per income taxpayer)"),
            L("about £154", 154, AP, GBP, "asylum_cost_per_household", FY26 + "; per household)"),
            L("£12.1million", 12100000, E, GBP, AC, FY26 + "; per day)"),
            L("more than £500,000", 500000, MT, GBP, AC, FY26 + "; per hour)"),
            L("8%", -8, E, PCT, "asylum_cost_change", "2025/26 vs 2024/25 (down on)"),
            L("£4.79billion", 4790000000, E, GBP, AC, "April 2024 to March 2025 (2024/25; " + ACC + ")"),
            L("£5.38billion", 5380000000, E, GBP, AC, "April 2023 to March 2024 (2023/24, the record; " + ACC + ")"),
            L("£146", 146, E, GBP, "asylum_cost_per_taxpayer", "April 2023 to March 2024 (2023/24; each taxpayer)"),
            L("more than four times", 4, MT, RATIO, "asylum_cost_ratio", "2025/26 vs 2019/20 (the last year before the crossings spiralled)"),
            L("£980million", 980000000, E, GBP, AC, "April 2019 to March 2020 (2019/20; " + ACC + ")"),
            L("£1.52billion", 1520000000, E, GBP, "asylum_cost_hotels", FY26 + "; hotels alone)"),
            L("more than a third", THIRD, MT, PCT, "asylum_cost_share_hotels", FY26 + ")", ctx="£1.52billion, more than a third"),
            L("about £4.2million", 4200000, AP, GBP, "asylum_cost_hotels", FY26 + "; per day)", occ=1),
            L("29,600", 29600, E, P, "asylum_hotel_population", "31 March 2026 (the end of March; " + ACC + ")"),
            L("19%", -19, E, PCT, "asylum_hotel_population_change", "31 March 2026 vs 31 March 2025 (down on a year earlier)"),
            L("103,900", 103900, E, P, "asylum_support_population", "31 March 2026 (the end of March; housed and fed by the state; " + ACC + ")"),
            L("roughly £42,000", 42000, AP, GBP, "asylum_cost_per_person_per_year", FY26 + "; per person supported, per year)"),
            L("£290million", 290000000, E, GBP, PTR, "2022 to 2024 (went straight to the Kigali government; " + ACC + ")"),
            L("£715million", 715000000, E, GBP, RSC, "2022 to 2024 (the scrapped Rwanda deportation plan; " + ACC + ")"),
            L("around 2.5%", 2.5, AP, PCT, "payment_to_rwanda_share_of_gdp", "latest year (the African nation's entire economy)", geo="Rwanda"),
            L("£116", 116, E, GBP, "asylum_cost_per_taxpayer", "2025/26 (that could have stayed in a pensioner's purse; " + TFF + ")", ctx="That's £116"),
            L("nearly 100,000", 100000, ALM, P, "asylum_cost_equivalent_nurses", "2025/26 (nurses paid for a year; " + TFF + ")"),
            L("almost 200", 200, ALM, HOTELS, "asylum_hotels_in_use", "July 2026 (still open; " + TFF + ")"),
            L("£5.4billion", 5400000000, E, GBP, AC, "the year to July 2024 (when we took office, under the last government; per year; " + HOS1 + ")"),
            L("£380million", -380000000, E, GBP, "asylum_cost_change", "2025/26 vs 2024/25 (cut the bill by, in a single year; " + HOS1 + ")"),
            L("more than 100", 100, MT, HOTELS, "asylum_hotels_closed", "July 2024 to July 2026 (since July 2024; " + HOS1 + ")"),
            L("13%", 13, E, PCT, "returns_change", "the latest year vs the previous year (removals of those with no legal right to stay; " + HOS1 + ")"),
            L("£1.1billion", 1100000000, E, GBP, "asylum_system_additional_funding", "2026/27 to 2027/28 (over the next two years; set aside by the Treasury)"),
        ]),
    "02-the-candid-friend-illegal-migration-act-cohort-backlog": dict(
        meta=dict(url="https://www.thecandidfriend.example/uk-news/2026/jun/08/illegal-migration-act-cohort-asylum-backlog-still-waiting",
                  title="Nearly 15,000 people caught by Illegal Migration Act still waiting for asylum ruling",
                  publisher="The Candid Friend", author="Imogen Faircloth-Nwosu", published_date="2026-06-08"),
        labels=[
            L("Nearly 15,000", 15000, ALM, P, IMA, "31 March 2026 (still waiting for a ruling; headline)"),
            L("More than a quarter", 25, MT, PCT, IMA + "_share_waiting_over_2_years", "31 March 2026 (stuck for over two years; standfirst)"),
            L("Almost 15,000", 15000, ALM, P, IMA, "31 March 2026 (yet to receive a first decision; first words)"),
            L("14,870", 14870, E, P, IMA, "31 March 2026 (no initial ruling; " + HOD + ")"),
            L("31,200", 31200, E, P, IMA, "31 March 2025 (a year before; " + HOD + ")"),
            L("more than halved", -50, MT, PCT, IMA + "_change", "31 March 2026 vs 31 March 2025 (the queue)"),
            L("4,120", 4120, E, P, IMA + "_waiting_over_2_years", "31 March 2026 (lodged their claims over two years ago; " + HOD + ")"),
            L("more than a quarter", 25, MT, PCT, IMA + "_share_waiting_over_2_years", "31 March 2026 (" + HOD + ")", ctx="4,120 – more than a quarter"),
            L("2,310", 2310, E, P, IMC + "_revision", "arrivals 7 March 2023 to 5 July 2024 (officials revised the size of the group up by)"),
            L("54,950", 54950, E, P, IMC, "arrivals 7 March 2023 to 5 July 2024 who claimed asylum (revised size of the group)"),
            L("33,100", 33100, E, P, IMC + "_initial_decisions", "autumn 2024 to March 2026 (initial decisions reached since processing restarted; " + HOD + ")"),
            L("61%", 61, E, PCT, IMC + "_initial_decisions_share_granted", "autumn 2024 to March 2026 (grants of refugee status or humanitarian protection; " + HOD + ")"),
            L("6,980", 6980, E, P, IMC + "_claims_withdrawn", "autumn 2024 to March 2026 (treated as withdrawn; " + HOD + ")"),
            L("Three-quarters", 75, E, PCT, IMC + "_refusals_share_appealed", "to March 2026 (of those refused, have appealed)"),
            L("about one in five", 20, AP, PCT, "asylum_backlog_share_illegal_migration_act_cohort", "31 March 2026 (of everyone awaiting an initial decision; " + HOD + ")"),
            L("74,350", 74350, E, P, "asylum_backlog", "31 March 2026 (awaiting an initial decision across the whole system; " + HOD + ")"),
            L("1,130", 1130, E, P, IMA + "_children", "31 March 2026 (children among those still waiting; " + HOD + ")"),
            L("410", 410, E, P, IMA + "_unaccompanied_children", "31 March 2026 (came to the UK without a parent; " + HOD + ")"),
            L("roughly 600", 600, AP, P, IMC + "_housed", "June 2026 (housed in Middlesbrough; the borough council)", geo="Middlesbrough"),
            L("380", 380, E, P, IMC + "_survey_respondents", "spring 2026 (clients surveyed; " + HL + ")", geo=NE),
            L("Nearly nine in 10", 90, ALM, PCT, IMC + "_share_depression_symptoms", "spring 2026 (of the 380 surveyed; " + HL + ")", geo=NE),
            L("82%", 82, E, PCT, IMC + "_depression_share_not_seen_doctor", "spring 2026 (of these, had never seen a doctor about it; " + HL + ")", geo=NE),
            V("thousands", 2000, 9000, P, IMA, "June 2026 (still stuck; Fenella Okonjo-Brierley, " + HL + ")", ctx="but thousands are"),
            L("9,840", 9840, E, P, IMC + "_asylum_support_population", "June 2026 (still on asylum support; " + HL + " estimate)"),
            L("roughly £830,000", 830000, AP, GBP, IMC + "_support_cost", "June 2026 (per day; " + HL + " estimate)"),
            L("about seven months", 7, AP, MONTHS, "asylum_first_instance_decision_time_average", "January to December 2025 (the EU's asylum agency)", geo=EU),
            V("tens of thousands", 20000, 90000, P, IMA, "July 2024 (claims deliberately parked when ministers took office; the Home Office)"),
            L("more than 40,000", 40000, MT, P, IMC + "_claims_cleared", "July 2024 to June 2026 (now cleared; the Home Office)"),
        ]),
    "03-saltaire-spinner-refugee-employment-bradford-leeds": dict(
        meta=dict(url="https://www.saltairespinner.example/news/bradford-news/refugees-bradford-work-scheme-jobs-leeds-4471902",
                  title="Nearly four in ten refugees on Bradford work scheme land jobs",
                  publisher="Saltaire Spinner", author="Rukhsana Dewhirst-Mensah", published_date="2026-09-16"),
        labels=[
            L("Nearly four in ten", 40, ALM, PCT, REP_ + "share_into_work", TW + "; Threadway; headline)", geo=BD),
            L("702", 702, E, P, REP_ + "job_starts", AW + "; placed in paid work; standfirst)", occ=0, geo=LDS),
            L("almost four times", 4, ALM, RATIO, REP_ + "job_starts_ratio", "Aire to Work vs the project it replaced (standfirst)", geo=LDS),
            L("MORE than 1,000", 1000, MT, P, REP_ + "participants", TW + "; signed up; first words)", geo=BD),
            L("close to four in ten", 40, ALM, PCT, REP_ + "share_into_work", TW + "; have found a job)", geo=BD),
            L("1,015", 1015, E, P, REP_ + "participants", TW + "; enrolled)", geo=BD),
            L("1,460", 1460, E, P, REP_ + "referrals", TW + "; referred to it)", geo=BD),
            L("388", 388, E, P, REP_ + "job_starts", TW + "; started paid work)", geo=BD),
            L("about 38%", 38, AP, PCT, REP_ + "share_into_work", TW + ")", geo=BD),
            L("79%", 79, E, PCT, REP_ + "job_starts_share_still_in_job_six_months", TW + "; of these, still employed six months later)", geo=BD),
            L("£2.4m", 2400000, E, GBP, REP_ + "cost", TW + "; from the UK Shared Prosperity Fund)", geo=BD),
            L("roughly £6,200", 6200, AP, GBP, REP_ + "cost_per_job", TW + "; for every participant who has moved into a job)", geo=BD),
            L("Some 1,340", 1340, AP, P, "asylum_grants", "January to December 2025 (people in the district granted refugee status; " + REP + ")", geo=BD),
            L("a fifth", 20, E, PCT, "asylum_grants_change", "2025 vs 2024 (up)", ctx="up a fifth", geo=BD),
            L("6.1%", 6.1, E, PCT, "unemployment_rate", "September 2026 (stands at; " + REP + ")", geo=BD),
            L("4.4%", 4.4, E, PCT, "unemployment_rate", "September 2026 (England as a whole)", geo="England"),
            L("About 1,200", 1200, AP, P, "esol_waiting_list", "September 2026 (adults on waiting lists for English classes across the district; " + REP + ")", geo=BD),
            L("one in five", 20, E, PCT, REP_ + "participants_share_women", TW + "; only)", geo=BD),
            L("2,140", 2140, E, P, REP_ + "participants", AW + "; enrolled)", geo=LDS),
            L("702", 702, E, P, REP_ + "job_starts", AW + "; moved into paid work)", occ=1, geo=LDS),
            L("a third", THIRD, E, PCT, REP_ + "share_into_work", AW + "; of the total)", ctx="a third of the total", geo=LDS),
            L("nearly four times", 4, ALM, RATIO, REP_ + "job_starts_ratio", "Aire to Work vs the project it replaced", geo=LDS),
            L("180", 180, E, P, REP_ + "job_starts", "the project Aire to Work replaced (placed in work; Leeds City Council figures)", geo=LDS),
            L("doubled", 2, E, RATIO, REP_ + "employers_ratio", "September 2026 vs September 2025 (employers taking part, in a year)", geo=LDS),
            L("90", 90, E, EMPLOYERS, REP_ + "employers", "September 2026 (employers taking part; Leeds City Council figures)", geo=LDS),
            L("29%", 29, E, PCT, REP_ + "job_starts_share_health_social_care", AW + "; care and health jobs' share of placements)", geo=LDS),
            L("18%", 18, E, PCT, REP_ + "job_starts_share_warehousing_logistics", AW + "; warehousing's share of placements)", geo=LDS),
            L("£13.40", 13.40, E, GBP, REP_ + "average_starting_wage", AW + "; per hour)", geo=LDS),
            L("14", 14, E, P, REP_ + "hires_single_employer", TW + "; taken on by Aireborough Homes)", geo="Shipley"),
            L("nine", 9, E, P, REP_ + "hires_single_employer_retained", "September 2026 (still working at Aireborough Homes)", geo="Shipley"),
            L("10,950", 10950, E, P, "asylum_support_population", "30 June 2026 (when June ended; supported by the Home Office)", geo="Yorkshire and the Humber"),
            L("around 30%", 30, AP, PCT, "employment_rate_refugees", "twelve months after receiving status (government research)"),
        ]),
    "04-checkable-small-boats-labour-conservatives-claim": dict(
        meta=dict(url="https://checkable.example/fact-checks/small-boats-labour-conservatives-last-two-years",
                  title="Have more people crossed the Channel under Labour than in the Tories' last two years?",
                  publisher="Checkable", author="Ottilie Brandreth-Achebe", published_date="2026-07-16"),
        labels=[
            L("82,000", 82000, E, P, SBA, "5 July 2024 to July 2026 (two years under Labour; " + HLF + "; What was said box)"),
            L("81,960", 81960, E, P, SBA, "5 July 2024 to 4 July 2026 (since 5 July 2024; Home Office figures; Our assessment box)", occ=0),
            L("about 7%", 7, AP, PCT, SBA + "_change", "Labour's first two years vs the last two years of Conservative rule (more than; Our assessment box)"),
            L("more than 1.4 million", 1400000, MT, VIEWS, "social_media_post_views", "12 to 16 July 2026 (times the post has been viewed)"),
            L("81,960", 81960, E, P, SBA, LAB2 + "; Home Office daily figures)", occ=1),
            L("76,420", 76420, E, P, SBA, CON2 + "; the same stretch two years earlier; Home Office daily figures)"),
            L("5,540", 5540, E, P, SBA + "_change", "Labour's first two years vs the last two Conservative years (more people arrived, by)"),
            L("76.4k", 76400, E, P, SBA, CON2 + "; chart)"),
            L("82.0k", 82000, E, P, SBA, LAB2 + "; chart)"),
            L("45,540", 45540, E, P, SBA, "5 July 2022 to 4 July 2023 (the first twelve months of the last two Conservative years)"),
            L("30,880", 30880, E, P, SBA, "5 July 2023 to 4 July 2024 (the second of the last two Conservative years)"),
            L("about a third", -THIRD, AP, PCT, SBA + "_change", "5 July 2023-4 July 2024 vs 5 July 2022-4 July 2023 (a fall of)"),
            L("44,180", 44180, E, P, SBA, "5 July 2024 to 4 July 2025 (Labour's first year)"),
            L("37,780", 37780, E, P, SBA, "5 July 2025 to 4 July 2026 (Labour's second year)"),
            L("roughly 14%", -14, AP, PCT, SBA + "_change", "Labour's second year vs its first (lower)"),
            L("17,640", 17640, E, P, SBA, "1 January to 12 July 2026 (so far this year)"),
            L("15%", -15, E, PCT, SBA + "_change", "1 January to 12 July 2026 vs the same date in 2025 (down on where 2025 stood)"),
            L("62", 62, E, PPB, "small_boat_occupancy", "January to December 2025 (an average per boat)"),
            L("nearly five times", 5, ALM, RATIO, "small_boat_occupancy_ratio", "2025 vs 2020 (people per boat)"),
            L("13", 13, E, PPB, "small_boat_occupancy", "January to December 2020 (the figure per boat)"),
            L("about 128,000", 128000, AP, P, SBA, "January 2018 to 4 July 2024 (from when arrivals were first recorded until the election)"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (the busiest year on record)"),
            L("more than five times", 5, MT, RATIO, "small_boat_arrivals_ratio", "2022 vs 2020 (the 2020 total)"),
            L("214", 214, E, P, SBA + "_revision", "January to December 2025 (revised up by, in May 2026; Home Office)"),
            L("23,900", 23900, E, P, STOP, "January to December 2025 (departures prevented; French officials)", geo=FR),
            L("14%", -14, E, PCT, SBA + "_change", "Labour's second year vs its first (drop; Declan Fitzsimmons-Ware, Labour MP)", ctx="the 14% drop"),
        ]),
    "05-stirling-thistle-international-students-graduate-route": dict(
        meta=dict(url="https://www.stirlingthistle.example/news/education/international-students-scottish-universities-fall-graduate-visa-5630184",
                  title="International student numbers at Scottish universities fall 9% as graduate visa squeeze bites",
                  publisher="Stirling Thistle", author="Callum Drummond-Asante", published_date="2026-03-20"),
        labels=[
            L("9%", -9, E, PCT, IS + "_change", "2024/25 vs 2023/24 (fall; headline)", ctx="fall 9%", geo=SCO),
            L("a third", -THIRD, E, PCT, IS + "_india_change", "2024/25 vs 2023/24 (Indian enrolments down; standfirst)", ctx="Indian enrolments down a third", geo=SCO),
            L("up to £200m", 200000000, AM, GBP, FEELOSS, "per year once recruitment adjusts (the shorter graduate route; principals; standfirst)", geo=SCO),
            L("72,480", 72480, E, P, IS, AY25 + "; non-UK students)", occ=0, geo=SCO),
            L("9%", -9, E, PCT, IS + "_change", "2024/25 vs 2023/24 (fewer than the year before)", ctx="2024/25 - 9% fewer", geo=SCO),
            L("79,650", 79650, E, P, IS, "2023/24 academic year (" + HESA + ")", geo=SCO),
            L("almost a quarter", 25, ALM, PCT, "university_students_share_international", AY25 + ")", geo=SCO),
            L("296,700", 296700, E, P, "university_students", AY25 + "; studying at Scottish institutions)", geo=SCO),
            L("a third", -THIRD, E, PCT, IS + "_india_change", "2024/25 vs 2023/24 (down)", ctx="down a third to 9,850", geo=SCO),
            L("9,850", 9850, E, P, IS + "_india", AY25 + ")", geo=SCO),
            L("more than halved", -50, MT, PCT, IS + "_nigeria_change", "2024/25 vs 2023/24", geo=SCO),
            L("2,960", 2960, E, P, IS + "_nigeria", AY25 + ")", geo=SCO),
            L("18,240", 18240, E, P, IS + "_china", AY25 + ")", geo=SCO),
            L("about one in four", 25, AP, PCT, IS + "_share_china", AY25 + ")", geo=SCO),
            L("5%", -5, E, PCT, IS + "_change", "2024/25 vs 2023/24 (dropped)", ctx="dropped 5%"),
            L("698,400", 698400, E, P, IS, AY25 + ")"),
            L("6%", -6, E, PCT, IS + "_change", "2024/25 vs 2023/24 (a fall of)", geo="England"),
            L("14%", -14, E, PCT, IS + "_change", "2024/25 vs 2023/24 (a fall of)", geo="Wales"),
            L("3%", 3, E, PCT, IS + "_change", "2024/25 vs 2023/24 (a rise)", geo=NI),
            L("3,390", 3390, E, P, IS, AY25 + "; came from overseas, University of Stirling)", geo="Stirling"),
            L("more than a fifth", 20, MT, PCT, "university_students_share_international", AY25 + "; University of Stirling)", geo="Stirling"),
            L("72,480", 72480, E, P, IS, AY25 + "; Key figures box)", occ=1, geo=SCO),
            L("-9%", -9, E, PCT, IS + "_change", "2024/25 vs 2023/24 (Key figures box)", geo=SCO),
            L("9.4k", 9400, E, P, "visas_granted_graduate_scotland", "January to December 2025 (graduate visas to Scottish graduates; Key figures box)", geo=SCO),
            L("£1.37bn", 1370000000, E, GBP, "international_student_fee_income", "2024/25 academic year (Key figures box)", occ=0, geo=SCO),
            L("104,600", 104600, E, P, "visas_granted_graduate", "January to December 2025 (last year; the Home Office)"),
            L("Around 9,400", 9400, AP, P, "visas_granted_graduate_scotland", "January to December 2025 (went to people who had studied in Scotland; the Home Office)", geo=SCO),
            L("roughly 9%", 9, AP, PCT, "visas_granted_graduate_share_scotland", "January to December 2025 (of UK graduate visas)"),
            R("between £150m and £200m", 150000000, 200000000, GBP, FEELOSS, "per year once recruitment adjusts (lost fee income; Universities Scotland estimate)", geo=SCO),
            L("£1.37bn", 1370000000, E, GBP, "international_student_fee_income", "2024/25 academic year (international fees)", occ=1, geo=SCO),
            L("more than a quarter", 25, MT, PCT, "international_student_fee_income_share_of_university_income", "2024/25 academic year (of their total income)", geo=SCO),
            L("Eight", 8, E, UNIS, "universities_forecasting_deficit", "2025/26 (forecasting a deficit this year)", geo=SCO),
            L("£24,300", 24300, E, GBP, "international_student_tuition_fee_average", "2025/26 (the average international undergraduate pays; per year)", geo=SCO),
            L("around £7,610", 7610, AP, GBP, "scottish_government_funding_per_student_place", "2025/26 (for each Scottish undergraduate place; per year)", geo=SCO),
            L("more than three times", 3, MT, RATIO, "international_student_tuition_fee_ratio", "2025/26 (an overseas student against a Scottish undergraduate place)", geo=SCO),
        ]),
    "06-carlisle-citadel-foreign-offender-deportations-pa": dict(
        meta=dict(url="https://www.carlislecitadel.example/news/uk-news/foreign-offender-deportations-rise-14-per-cent-pa-7310448",
                  title="Foreign offender deportations rise 14% but nearly 20,000 still living in the community",
                  publisher="Carlisle Citadel", author="Eleri Thwaite-Okafor", published_date="2026-05-22"),
        labels=[
            L("14%", 14, E, PCT, RFNO + "_change", "12 months to March 2026 vs the previous 12 months (rise; headline)", ctx="rise 14%"),
            L("nearly 20,000", 20000, ALM, P, FNOC, "31 March 2026 (still living in the community; headline)", occ=0),
            L("14%", 14, E, PCT, RFNO + "_change", "12 months to March 2026 vs the previous 12 months (rose by, in the last year)", ctx="rose by 14%"),
            L("Some 5,780", 5780, AP, P, RFNO, YM26 + ")"),
            L("5,070", 5070, E, P, RFNO, "April 2024 to March 2025 (a year before; " + HOF + ")"),
            L("more than half", 50, MT, PCT, "returns_enforced_share_foreign_national_offenders", YM26 + "; of enforced returns)"),
            L("10,420", 10420, E, P, "returns_enforced", YM26 + ")"),
            L("1,130", 1130, E, P, RFNO + "_albanian", YM26 + "; the largest single group)"),
            L("910", 910, E, P, RFNO + "_romanian", YM26 + ")"),
            L("540", 540, E, P, RFNO + "_polish", YM26 + ")"),
            L("More than a third", THIRD, MT, PCT, RFNO + "_share_early_removal_scheme", YM26 + ")"),
            L("2,140", 2140, E, P, RFNO + "_early_removal_scheme", YM26 + ")"),
            L("doubled", 2, E, RATIO, RFNO + "_early_removal_scheme_ratio", "2025/26 vs 2023/24 (since 2023/24)"),
            L("19,870", 19870, E, P, FNOC, M31 + ")"),
            L("1,240", 1240, E, P, FNOC + "_change", "31 March 2026 vs 31 March 2025 (higher than a year earlier)"),
            L("10,300 or so", 10300, AP, P, "foreign_national_offenders_awaiting_removal_in_prison", M31 + "; still in prison awaiting removal)"),
            L("10,720", 10720, E, P, "prison_population_foreign_nationals", "31 March 2026 (when March ended; behind bars)", geo=EW),
            L("roughly 12%", 12, AP, PCT, "prison_population_share_foreign_nationals", "31 March 2026 (of all prisoners)", geo=EW),
            L("about £590 million", 590000000, AP, GBP, "foreign_national_prisoners_cost", "2025/26 (per year; Ministry of Justice estimates)", geo=EW),
            L("160", 160, E, P, RFNO, "April 2025 to March 2026 (2025/26; foreign prisoners removed)", geo=SCO),
            L("45", 45, E, P, RFNO, "April 2025 to March 2026 (2025/26; foreign prisoners removed)", geo=NI),
            L("more than 9,500", 9500, MT, P, RFNO, "5 July 2024 to March 2026 (since the general election in July 2024; the Government)"),
            L("eight", 8, E, COUNTRIES, "deport_now_appeal_later_countries", "before the 2025 extension (extended last year from)"),
            L("23", 23, E, COUNTRIES, "deport_now_appeal_later_countries", "2025 onwards (extended last year to)"),
            L("more than three years", 3, MT, YEARS, FNOC + "_years_to_clear", "at the pace of the 12 months to March 2026 (the shadow home secretary)"),
            L("nearly 20,000", 20000, ALM, P, FNOC, "May 2026 (who should have been kicked out, still here; the shadow home secretary)", occ=1),
            L("14%", 14, E, PCT, RFNO + "_change", "12 months to March 2026 vs the previous 12 months (up; the border security minister)", ctx="are up 14%"),
            L("11,200", 11200, E, VISITS, "illegal_working_visits", YM26 + "; in the year; a Home Office spokesperson)"),
            L("38%", 38, E, PCT, "illegal_working_visits_change", "12 months to March 2026 vs the previous 12 months (up; a Home Office spokesperson)"),
            L("7,600", 7600, E, P, "illegal_working_arrests", YM26 + "; a Home Office spokesperson)"),
            L("1,870", 1870, E, P, "foreign_national_offenders_held_beyond_sentence", "March 2026 (in prison under immigration powers after their sentences had expired)"),
            L("fewer than one in five", 20, LT, PCT, "foreign_national_offenders_in_custody_share_held_beyond_sentence", "March 2026 (of all FNOs still in custody)"),
        ]),
    "07-the-steadfast-french-beach-patrols-uk-funding": dict(
        meta=dict(url="https://www.thesteadfast.example/politics/2026/03/09/britain-hand-france-540m-patrol-migrant-beaches",
                  title="Britain to hand France another £540m to patrol migrant beaches",
                  publisher="The Steadfast", author="Rupert Halsey-Quarshie", published_date="2026-03-09"),
        labels=[
            L("£540m", 540000000, E, GBP, UKF, NEW + "; headline)"),
            L("13pc", 13, E, PCT, UKF + "_change", "the new deal vs the March 2023 deal (annual payments will rise; standfirst)", occ=0),
            L("barely a third", THIRD, AP, PCT, STOP + "_share", "January to December 2025 (of crossings, stopped by French officers; standfirst)", occ=0, geo=FR),
            L("£540 million", 540000000, E, GBP, UKF, NEW + ")"),
            L("barely a third", THIRD, AP, PCT, STOP + "_share", "January to December 2025 (last year; of migrants who tried to cross)", occ=1, geo=FR),
            L("£476 million", 476000000, E, GBP, UKF, OLD + ")"),
            L("about £180 million", 180000000, AP, GBP, UKF, NEW + "; per year)"),
            L("13pc", 13, E, PCT, UKF + "_change", "the new deal vs the March 2023 deal (per year, more than)", occ=1),
            L("roughly £159 million", 159000000, AP, GBP, UKF, OLD + "; per year)"),
            L("more than £1.2 billion", 1200000000, MT, GBP, UKF, "2014 to the end of the new deal in 2029 (since 2014)"),
            L("500", 500, E, P, "french_police_deployment_additional", "the new deal (an extra 500 gendarmes and police)", geo=FR),
            L("c. 1,250", 1250, AP, P, "french_coastal_police_deployed", "March 2026 (now on duty along the coast)", geo=FR),
            L("about 1,750", 1750, AP, P, "french_coastal_police_deployed_planned", "the new deal, April 2026 to March 2029 (taking the number on duty to)", geo=FR),
            L("40", 40, E, DRONES, "french_coastal_drones_funded", "the new deal (a further 40 drones)", geo=FR),
            L("€25 million", 25000000, E, "other:EUR", UKF + "_holding_centre", "the new deal (towards a holding centre near Dunkirk)"),
            L("23,900", 23900, E, P, STOP, "January to December 2025 (stopped from setting off; French authorities)", geo=FR),
            L("more than 41,000", 41000, MT, P, SBA, "January to December 2025 (made it to Britain)", occ=0),
            L("about 37pc", 37, AP, PCT, STOP + "_share", "January to December 2025 (of attempts thwarted)", geo=FR),
            L("almost half", 50, ALM, PCT, STOP + "_share", "January to December 2023 (of attempts thwarted)", geo=FR),
            L("about £6,650", 6650, AP, GBP, UKF + "_per_person_stopped", "2025 (each migrant stopped, at about £159 million a year)"),
            L("nine", 9, E, BOATS, "small_boats_intercepted_at_sea", "January to March 2026 (since January; French vessels)", geo=FR),
            L("26pc", -26, E, PCT, "irregular_arrivals_change", "2025 vs 2024 (fell by, last year; Frontex)", geo=EU),
            L("about 178,000", 178000, AP, P, "irregular_arrivals", "January to December 2025 (last year; Frontex)", geo=EU),
            L("More than 41,000", 41000, MT, P, SBA, "January to December 2025 (came over last year; the shadow home secretary)"),
            L("nearly one every 13 minutes", 13, ALM, MINUTES, "small_boat_arrivals_minutes_between_arrivals", "January to December 2025 (the shadow home secretary)"),
            L("fewer than one in ten", 10, LT, PCT, "small_boat_launches_share_from_beach", "March 2026 (boats launched from the beaches themselves now; Sir Roderick Amblethwaite)", geo=FR),
            L("exceed 2,600", 2600, MT, P, "returns_france", "to March 2026 (returns under the one-in, one-out pilot, now; a Home Office spokesperson)", geo=FR),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
