#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the eighty-ninth hand-labelled hold-out set (holdout89).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, PPB, BOATS, HOTELS, MONTHS, THIRD, E,
                        AP, MT, AL, LT, ALM, SBA, SBC, NM, AC, HOT, RSC, EW)

UK, FR, WA, SC, NI, ENG, EU = "UK", "France", "Wales", "Scotland", "Northern Ireland", "England", "EU"
SWA, DOV = "Swansea", "Dover"
WEEKS, DAYS, OFFICES = "other:weeks", "other:days", "other:offices"
HH, HOMES, P10K, VIEWS = "other:households", "other:homes", "other:persons_per_10000_residents", "other:views"
LIC, EMPL, LAUNCHES = "other:licences", "other:employers", "other:launches"

# 01 (Friday 12 June 2026; Ministry of Justice tribunal statistics for January to March 2026 "put out on Thursday", 11 June)
ABA = "asylum_backlog_appeals"
EM26 = "end of March 2026 (31 March 2026; when March ended)"
EM25 = "end of March 2025 (31 March 2025; 12 months earlier)"
Q126 = "January to March 2026 (the first three months of 2026)"
Q125 = "January to March 2025 (early 2025; the same quarter of 2025)"
AAN = "Appeals Access Network solicitor"
MOJ = "Ministry of Justice spokesperson"
# 02 (Friday 27 November 2026; ONS estimates for the year ending June 2026 "out yesterday", Thursday 26 November)
YJ26 = "year ending June 2026 (July 2025 to June 2026; provisional)"
YJ25 = "year ending June 2025 (July 2024 to June 2025; revised estimate)"
IWN = "immigration_work_non_eu"
HOS = "Home Office spokesman"
MF = "Marlowe Fieldwork poll for the Daily Rivet"
# 03 (Tuesday 24 February 2026; Home Office figures to the end of January, Scottish Government estimates "published on Monday")
EJ26 = "end of January 2026 (31 January 2026)"
H4U = "immigration_ukraine_homes_for_ukraine"
SHARE_LEFT = "ukrainian_arrivals_share_left_scotland"
WAC = "ukrainian_welcome_accommodation_population"
UPEA = "ukraine_permission_extension_applications"
# 04 (Wednesday 17 June 2026; PA copy during Refugee Week)
RA = "resettlement_arrivals"
CAB = "Swansea Council cabinet member for communities"
# 05 (Thursday 16 July 2026; claim made on a podcast released on Monday 13 July)
FY26 = "2025/26 (April 2025 to March 2026)"
FY24 = "2023/24 (April 2023 to March 2024)"
CLAIM = "per day, July 2026 (hotels; the claim, made by an MP on a podcast released on Monday 13 July"
# 06 (Tuesday 21 April 2026; analysis of the sponsor register and a survey "published on Monday", 20 April)
SL = "sponsor_licences"
SLR = "sponsor_licences_revoked"
VSW = "visas_granted_skilled_worker"
SBC_SURVEY = "Stannary Business Council survey of employers, published on Monday 20 April 2026"
KES = "Kestrelford Engineering"
# 07 (Monday 7 September 2026; record day on Saturday 5 September)
SAT = "5 September 2026 (Saturday; a single day)"
YTD = "1 January to 5 September 2026 (this year's running total)"
YTD25 = "1 January to 5 September 2025 (by the same date last year)"

ARTICLES = {
    "01-the-soffit-asylum-appeals-backlog-tribunal": dict(
        meta=dict(url="https://www.thesoffit.example/uk-news/2026/jun/12/asylum-appeals-backlog-first-tier-tribunal-doubles-70000",
                  title="Asylum appeals backlog almost doubles to more than 70,000 as Home Office refusals pile up at tribunal",
                  publisher="The Soffit", author="Imogen Threlfall-Baptiste", published_date="2026-06-12"),
        labels=[
            L("almost doubles", 2, ALM, RATIO, ABA + "_ratio", "end of March 2026 vs end of March 2025 (first-tier tribunal; headline)"),
            L("more than 70,000", 70000, MT, P, ABA, EM26 + " (waiting at the first-tier tribunal; headline)"),
            L("58 weeks", 58, E, WEEKS, "asylum_appeal_wait_average", Q126 + " (average wait from lodging to decision; standfirst)", occ=0),
            L("71,480", 71480, E, P, ABA, EM26 + " (queuing for a first-tier tribunal judge; MoJ statistics)"),
            L("almost double", 2, ALM, RATIO, ABA + "_ratio", "end of March 2026 vs end of March 2025 (the level of a year ago)"),
            L("88%", 88, E, PCT, ABA + "_change", EM26 + " vs " + EM25),
            L("38,020", 38020, E, P, ABA, EM25),
            L("nearly four times", 4, ALM, RATIO, ABA + "_ratio", "end of March 2026 vs March 2023"),
            L("18,700", 18700, E, P, ABA, "March 2023 (cases waiting)"),
            L("62,400", 62400, E, P, "asylum_backlog", EM26 + " (claims awaiting an initial decision)"),
            L("almost a third", -THIRD, ALM, PCT, "asylum_backlog_change", "end of March 2026 vs end of March 2025 (down on last year)"),
            L("38%", 38, E, PCT, "asylum_grants_share_initial_decisions", "April 2025 to March 2026 (the year to March)"),
            L("47%", 47, E, PCT, "asylum_grants_share_initial_decisions", "April 2024 to March 2025 (a year before)"),
            L("19,640", 19640, E, P, "asylum_appeals_lodged", Q126 + " (fresh asylum appeals)"),
            L("41%", 41, E, PCT, "asylum_appeals_lodged_change", "January to March 2026 vs January to March 2025 (the same quarter of 2025)"),
            L("9,870", 9870, E, P, "asylum_appeals_disposed", Q126 + " (cases disposed of by judges)"),
            L("roughly half", 0.5, AP, RATIO, "asylum_appeals_disposed_ratio", Q126 + " (disposals against appeals lodged)"),
            L("46%", 46, E, PCT, "asylum_appeals_share_allowed", Q126 + " (of appeals determined at a full hearing)"),
            L("58 weeks", 58, E, WEEKS, "asylum_appeal_wait_average", Q126 + " (from lodging an appeal to a judgment)", occ=1),
            L("37 weeks", 37, E, WEEKS, "asylum_appeal_wait_average", Q125),
            L("almost two in five", 40, ALM, PCT, "asylum_appeals_lodged_share_iranian_eritrean_sudanese", Q126 + " (of the new cases)"),
            L("About 21,000", 21000, AP, P, "asylum_support_population_awaiting_appeal", EM26 + " (when the quarter closed)"),
            L("104,300", 104300, E, P, "asylum_support_population", EM26),
            L("roughly one in five", 20, AP, PCT, "asylum_support_population_share_awaiting_appeal", EM26),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "per night, June 2026 (what the department pays for a hotel bed)"),
            L("Almost half", 50, ALM, PCT, "asylum_appeals_share_allowed", "June 2026 (appeals that succeed; " + AAN + ")"),
            R("14 to 18 months", 14, 18, MONTHS, "asylum_appeal_listing_wait", "spring 2026 (new appeals listed for hearing ahead; " + AAN + ")"),
            L("288", 288, E, OFFICES, "legal_aid_immigration_offices", "2019 (offices holding legal aid immigration contracts; " + AAN + ")", geo=EW),
            L("201", 201, E, OFFICES, "legal_aid_immigration_offices", "June 2026 (today; " + AAN + ")", geo=EW),
            L("14,500", 14500, E, DAYS, "tribunal_sitting_days", "2026-27 (this year, immigration and asylum chamber; " + MOJ + ")"),
            L("more than 120", 120, MT, P, "tribunal_judges_recruited", "July 2024 to June 2026 (since July 2024; " + MOJ + ")"),
            L("31,200", 31200, E, P, "asylum_initial_decisions", "January to March 2026 (Home Office spokesperson)"),
        ]),
    "02-daily-rivet-non-eu-net-migration-visa-curbs": dict(
        meta=dict(url="https://www.dailyrivet.example/news/uk/1894407/net-migration-plunges-142000-non-eu-migrants-half-million",
                  title="Net migration PLUNGES to 142,000 - but MORE than half a million non-EU migrants still came to Britain",
                  publisher="Daily Rivet", author="Greta Halloran-Mbeki", published_date="2026-11-27"),
        labels=[
            L("142,000", 142000, E, P, NM, YJ26 + " (headline)", occ=0),
            L("MORE than half a million", 500000, MT, P, "immigration_non_eu", YJ26 + " (non-EU migrants who came; headline)"),
            L("almost two-fifths", -40, ALM, PCT, NM + "_change", "year ending June 2026 vs year ending June 2025 (in a year; standfirst)"),
            L("142,000", 142000, E, P, NM, YJ26 + " (ONS figures out yesterday)", occ=1),
            L("27,000", 27000, E, P, NM + "_revision", "year ending June 2025 (the previous 12 months, revised up)"),
            L("231,000", 231000, E, P, NM, YJ25),
            L("89,000", -89000, E, P, NM + "_change", "year ending June 2026 vs year ending June 2025 (the latest drop)"),
            R("between 96,000 and 188,000", 96000, 188000, P, NM, YJ26 + " (the ONS's 95% confidence interval)"),
            L("944,000", 944000, E, P, NM, "year ending March 2023 (April 2022 to March 2023; the record)"),
            L("Some 798,000", 798000, AP, P, "immigration", YJ26 + " (came to live in Britain)"),
            L("656,000", 656000, E, P, "emigration", YJ26),
            L("598,000", 598000, E, P, "immigration_non_eu", YJ26 + " (came from outside the European Union)"),
            L("more than four times", 4, MT, RATIO, "immigration_non_eu_vs_eu_ratio", YJ26 + " (non-EU against EU arrivals)"),
            L("130,000", 130000, E, P, "immigration_eu", YJ26 + " (EU citizens who arrived)"),
            L("268,000", 268000, E, P, "net_migration_non_eu", YJ26),
            L("330,000", 330000, E, P, "emigration_non_eu", YJ26),
            L("52,000", 52000, E, P, "emigration_non_eu_change", "year ending June 2026 vs year ending June 2025 (higher than a year before)"),
            L("57,000", -57000, E, P, "net_migration_eu", YJ26 + " (more EU citizens left than came)"),
            L("69,000", -69000, E, P, "net_migration_british_nationals", YJ26 + " (Britons departing outnumbered those returning)"),
            L("almost halved", -50, ALM, PCT, IWN + "_change", "year ending June 2026 vs year ending June 2025"),
            L("141,000", 141000, E, P, IWN, YJ26),
            L("273,000", 273000, E, P, IWN, "year ending June 2025 (July 2024 to June 2025)"),
            L("187,000", 187000, E, P, "immigration_study_non_eu", YJ26 + " (students and their families)"),
            L("58,900", 58900, E, P, "visas_granted_skilled_worker", "October 2025 to September 2026 (main applicants)"),
            L("36 percent", -36, E, PCT, "visas_granted_skilled_worker_change", "October 2025 to September 2026 vs the previous 12 months"),
            L("£41,700", 41700, E, GBP, "skilled_worker_salary_threshold", "per year, November 2026 (current; Home Secretary)"),
            L("£43,900", 43900, E, GBP, "skilled_worker_salary_threshold", "per year, from April 2027 (next April; Home Secretary)"),
            L("more than 40,000", 40000, MT, P, SBA, "2025 (calendar year; last year; Shadow Home Secretary)"),
            L("2,040", 2040, E, P, "poll_sample_size", "November 2026 (adults; " + MF + ")"),
            L("61 percent", 61, E, PCT, "poll_share_immigration_too_high", "November 2026 (" + MF + ")"),
            L("9 percent", 9, E, PCT, "poll_share_immigration_too_low", "November 2026 (" + MF + ")"),
            L("more than 800,000", -800000, MT, P, NM + "_change", "year ending June 2026 vs the peak, year ending March 2023 (" + HOS + ")"),
            L("£700m", 700e6, E, GBP, RSC, "April 2022 to July 2024 (the last government's Rwanda scheme; " + HOS + ")"),
            L("four", 4, E, P, "rwanda_relocations", "April 2022 to July 2024 (volunteers sent to Kigali; " + HOS + ")", ctx="just four volunteers"),
        ]),
    "03-cairnwell-news-scotland-ukrainians-super-sponsor": dict(
        meta=dict(url="https://www.cairnwellnews.example/news/articles/c4x7rmz2d9ko",
                  title="Ukraine war: Two in five who fled to Scotland have since moved on",
                  publisher="Cairnwell News", author="Eilidh Brannigan-Osei", published_date="2026-02-24"),
        labels=[
            L("Two in five", 40, E, PCT, SHARE_LEFT, "February 2026 (of those who fled to Scotland, since moved on; headline)", geo=SC),
            L("More than 7,000", 7000, MT, P, WAC, "end of 2022 (hotels, ships and other temporary accommodation; caption)", geo=SC),
            L("about two in five", 40, AP, PCT, SHARE_LEFT, "February 2026 (four years after the invasion; new analysis)", geo=SC),
            L("28,140", 28140, E, P, H4U, "March 2022 to January 2026 (arrived by the end of January; Home Office figures)", geo=SC),
            L("about 17,000", 17000, AP, P, "ukrainians_resident", "February 2026 (still living here; Scottish Government estimates published on Monday)", geo=SC),
            L("roughly two in five", 40, AP, PCT, SHARE_LEFT, "February 2026 (gone home, elsewhere in the UK or abroad)", geo=SC),
            L("Almost three-quarters", 75, ALM, PCT, "immigration_ukraine_supersponsor_share", "March 2022 to January 2026 (via the super sponsor route)", geo=SC),
            L("20,410", 20410, E, P, "immigration_ukraine_supersponsor", "March 2022 to January 2026 (arrivals; route paused to new applications on 13 July 2022)", geo=SC),
            L("7,730", 7730, E, P, "immigration_ukraine_individual_sponsors", "March 2022 to January 2026 (matched with individual hosts)", geo=SC),
            L("163,900", 163900, E, P, H4U, "March 2022 to January 2026 (across the UK)"),
            L("17%", 17, E, PCT, "immigration_ukraine_share_scotland", "March 2022 to January 2026 (of UK Homes for Ukraine arrivals)", geo=SC),
            L("more than twice", 2, MT, RATIO, "immigration_ukraine_share_scotland_ratio", "March 2022 to January 2026 (against Scotland's population share)", geo=SC),
            L("about 8%", 8, AP, PCT, "population_share_of_uk", "2026 (Scotland's share of the UK population)", geo=SC),
            L("about 7,100", 7100, AP, P, H4U, "March 2022 to January 2026", geo=WA),
            L("about 2,900", 2900, AP, P, H4U, "March 2022 to January 2026", geo=NI),
            L("6,300", 6300, E, P, H4U, "March 2022 to January 2026 (welcomed by the council; the most of any local authority)", geo="City of Edinburgh"),
            L("about 3,400", 3400, AP, P, H4U, "March 2022 to January 2026 (next after Edinburgh)", geo="Glasgow"),
            L("more than 7,000", 7000, MT, P, WAC, "end of 2022 (staying in welcome accommodation)", geo=SC),
            L("390", 390, E, P, WAC, EJ26, geo=SC),
            L("£6.2m", 6.2e6, E, GBP, "scottish_government_ukraine_resettlement_funding", "2026-27 (April 2026 to March 2027; draft budget)", geo=SC),
            L("£10.5m", 10.5e6, E, GBP, "scottish_government_ukraine_resettlement_funding", "2025-26 (April 2025 to March 2026; this year)", geo=SC),
            L("Around 1,900", 1900, AP, HH, "homes_for_ukraine_host_households", "February 2026 (still providing a home)", geo=SC),
            L("£350", 350, E, GBP, "homes_for_ukraine_thank_you_payment", "per month, February 2026 (paid by the UK government)", geo=SC),
            L("62%", 62, E, PCT, "employment_rate_ukrainian_working_age", "2025-26 (in paid work; Scottish Government survey)", geo=SC),
            L("9,850", 9850, E, P, UPEA, "to the end of January 2026 (Ukraine Permission Extension scheme, people living in Scotland)", geo=SC),
            L("8,120", 8120, E, P, "ukraine_permission_extension_grants", "to the end of January 2026", geo=SC),
            L("121,400", 121400, E, P, UPEA, "to the end of January 2026 (across the UK)"),
            L("94%", 94, E, PCT, UPEA + "_share_granted", "to the end of January 2026 (of those decided)"),
            L("one in three", THIRD, E, PCT, "charity_service_users_share_tenancy_not_renewed",
              "2026 (families told their tenancy will not be renewed this year; Thistle and Sunflower)", geo=SC),
            V("tens of thousands", 20000, 90000, P, H4U, "2022 to February 2026 (people Scotland opened its doors to; Scotland's equalities minister)", geo=SC),
            L("more than 300,000", 300000, MT, P, "visas_granted_ukraine_schemes", "2022 to February 2026 (since 2022; UK government spokesperson)"),
        ]),
    "04-the-gower-lamp-pa-swansea-refugee-resettlement": dict(
        meta=dict(url="https://www.gowerlamp.example/news/swansea/refugee-resettlement-swansea-up-almost-half-council-funding-gap-4718236",
                  title="Refugee resettlement in Swansea up by almost half as council warns of funding gap",
                  publisher="The Gower Lamp", author="Bethan Olawale-Pryce", published_date="2026-06-17"),
        labels=[
            L("almost half", 50, ALM, PCT, RA + "_change", "2025 vs 2024 (headline)", occ=0, geo=SWA),
            L("142", 142, E, P, RA, "2025 (calendar year; last year, through the UK's formal schemes)", ctx="took in 142 refugees", geo=SWA),
            L("96", 96, E, P, RA, "2024 (calendar year)", geo=SWA),
            L("almost half", 50, ALM, PCT, RA + "_change", "2025 vs 2024 (figures seen by PA)", occ=1, geo=SWA),
            L("about one in eight", 12.5, AP, PCT, RA + "_share_swansea", "2025 (of those resettled across Wales)", geo=WA),
            L("1,130", 1130, E, P, RA, "2025 (calendar year; across the country)", geo=WA),
            L("9,210", 9210, E, P, RA, "2025 (calendar year; last year, across the UK)"),
            L("7,180", 7180, E, P, RA, "2025 (calendar year)", geo=ENG),
            L("about 12%", 12, AP, PCT, RA + "_share_wales", "2025 (Wales's share of the UK total)"),
            L("61", 61, E, P, RA + "_children", "2025 (of Swansea's new arrivals)", geo=SWA),
            L("87", 87, E, P, RA + "_afghan", "2025 (came to Swansea)", geo=SWA),
            L("about three-fifths", 60, AP, PCT, RA + "_share_afghan", "2025 (of those who came to Swansea)", geo=SWA),
            L("1,146", 1146, E, P, RA, "2015 to June 2026 (since 2015)", geo=SWA),
            L("about 20,000", 20000, AP, P, RA + "_syrian", "2015 to 2021 (the Vulnerable Persons Resettlement Scheme, until it closed)"),
            L("£20,520", 20520, E, GBP, "council_resettlement_grant_per_refugee", "2026 (Home Office tariff per resettled refugee, paid over three years)"),
            L("£27,300", 27300, E, GBP, "council_resettlement_cost_per_refugee", "2026 (real cost a head, Swansea Council estimate)", geo=SWA),
            L("More than 1,100", 1100, MT, P, RA, "2015 to June 2026 (over the past decade; " + CAB + ")", geo=SWA),
            L("about a quarter", 25, AP, PCT, "council_resettlement_cost_share_unfunded", "2026 (picked up by the council; " + CAB + ")", geo=SWA),
            L("almost £1m", 1e6, ALM, GBP, "council_resettlement_cost_shortfall", "2025-26 (April 2025 to March 2026; " + CAB + ")", geo=SWA),
            L("38", 38, E, HOMES, "council_resettlement_homes_secured", "2025-26 (private rented homes for resettled families)", geo=SWA),
            L("4,850", 4850, E, HH, "housing_waiting_list_households", "June 2026 (already on the council's own waiting list)", geo=SWA),
            L("15%", 15, E, PCT, "housing_waiting_list_households_change", "June 2026 vs June 2024 (more than two years ago)", geo=SWA),
            L("More than 400", 400, MT, P, "esol_waiting_list", "June 2026 (English classes run by the city's adult learning service)", geo=SWA),
            L("215", 215, E, P, "refugee_employment_programme_job_starts", "April 2023 to June 2026 (since April 2023; Welsh Government scheme)", geo=SWA),
            L("about 1,020", 1020, AP, P, "asylum_support_population", "end of March 2026 (housed by the Home Office when March ended)", geo=SWA),
            L("about 41", 41, AP, P10K, "asylum_support_population_per_10000_residents", "end of March 2026", ctx="about 41 for every", geo=SWA),
            L("Around 560", 560, AP, P, "ukrainians_resident", "June 2026 (living in the city)", geo=SWA),
            L("£2.4m", 2.4e6, E, GBP, "welsh_government_resettlement_funding", "2026-27 (integration grants to local authorities)", geo=WA),
            L("more than 38,000", 38000, MT, P, RA + "_afghan", "2021 to June 2026 (since 2021; Home Office spokesperson)"),
        ]),
    "05-straightedge-asylum-accommodation-cost-a-day-claim": dict(
        meta=dict(url="https://straightedge.example/fact-check/immigration/asylum-hotel-bill-8m-a-day/",
                  title="Is the asylum hotel bill still £8m a day?",
                  publisher="Straightedge", author="Tomasz Achterberg-Lowe", published_date="2026-07-16"),
        labels=[
            L("£8m", 8e6, E, GBP, AC, CLAIM + "; headline)", occ=0),
            L("£8 million", 8e6, E, GBP, AC, CLAIM + "; claim box)", occ=0),
            L("about £4.5m", 4.5e6, AP, GBP, AC, "per day, " + FY26 + " (hotels; verdict)", occ=0),
            L("about £9.8m", 9.8e6, AP, GBP, AC, "per day, " + FY26 + " (all asylum accommodation; verdict)", occ=0),
            L("more than 1.4m", 1.4e6, MT, VIEWS, "social_media_post_views", "13 to 16 July 2026 (a clip of the claim on X)"),
            L("£8 million", 8e6, E, GBP, AC, CLAIM + "; the figure, an old one)", occ=1),
            L("£8 million", 8e6, E, GBP, AC, CLAIM + "; crosshead)", occ=2),
            L("£8m", 8e6, E, GBP, AC, "per day, 2023 (hotels for asylum seekers; Home Office)", occ=1),
            L("around 400", 400, AP, HOTELS, "asylum_hotels_in_use", "2023 (at that time; Home Office)"),
            L("£3.05bn", 3.05e9, E, GBP, AC, FY24 + " (hotel spending; accounts)"),
            L("roughly £8.3m", 8.3e6, AP, GBP, AC, "per day, " + FY24 + " (hotels)"),
            L("£1.64bn", 1.64e9, E, GBP, AC, FY26 + " (asylum hotels; annual report published last week)"),
            L("about £4.5m", 4.5e6, AP, GBP, AC, "per day, " + FY26 + " (hotels)", occ=1),
            L("46%", -46, E, PCT, AC + "_change", "2025/26 vs 2023/24 (hotel spending, lower)"),
            L("27,300", 27300, E, P, HOT, "end of March 2026 (31 March 2026; when March closed)"),
            L("one in four", 25, E, PCT, "asylum_support_share_hotels", "end of March 2026"),
            L("108,900", 108900, E, P, "asylum_support_population", "end of March 2026"),
            L("about 160", 160, AP, HOTELS, "asylum_hotels_in_use", "end of March 2026"),
            L("£3.58bn", 3.58e9, E, GBP, AC, FY26 + " (hotels, dispersal housing and large sites)"),
            L("about £9.8m", 9.8e6, AP, GBP, AC, "per day, " + FY26 + " (all accommodation)", occ=1),
            L("£4.38bn", 4.38e9, E, GBP, AC, FY26 + " (asylum support as a whole)"),
            L("about £12m", 12e6, AP, GBP, AC, "per day, " + FY26 + " (asylum support as a whole)"),
            L("£144", 144, E, GBP, "asylum_hotel_cost_per_person_night", "per night, 2025/26 (a hotel place; Home Office estimate)"),
            L("nearly seven times", 7, ALM, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2025/26 (hotel place vs dispersal bed)"),
            L("£21", 21, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, 2025/26 (a bed in dispersal accommodation)"),
            L("about £90", 90, AP, GBP, "asylum_cost_per_person_per_day", "per day, " + FY26 + " (accommodation bill divided by people supported)"),
            L("£8.86", 8.86, E, GBP, "asylum_support_weekly_allowance_catered", "per week, July 2026 (cash for people in catered hotels)"),
            L("£49.18", 49.18, E, GBP, "asylum_support_weekly_allowance", "per week, July 2026 (self-catered housing)"),
            L("about £7", 7, AP, GBP, "asylum_support_daily_allowance", "per day, July 2026 (self-catered housing)"),
            L("more than 40", 40, MT, HOTELS, "asylum_hotels_closed", "July 2025 to July 2026 (the past year; Home Office)"),
        ]),
    "06-the-escritoire-sponsor-licences-skills-charge": dict(
        meta=dict(url="https://www.theescritoire.example/content/5e1b9c2a-77d4-4f0e-9a61-2c8d4be30f17",
                  title="Employers give up 11,700 sponsor licences as skills charge bites",
                  publisher="The Escritoire", author="Gideon Marchetti-Obi", published_date="2026-04-21"),
        labels=[
            L("11,700", -11700, E, LIC, SL + "_change", "April 2026 vs April 2025 (given up; headline)"),
            L("9%", -9, E, PCT, SL + "_change", "April 2026 vs April 2025 (the register shrinks; standfirst)"),
            L("32%", 32, E, PCT, "skills_charge_change", "December 2025 (rise in the levy; standfirst)"),
            L("118,400", 118400, E, LIC, SL, "start of April 2026 (licensed sponsors on the Home Office register)"),
            L("130,100", 130100, E, LIC, SL, "start of April 2025 (a year earlier)"),
            L("2,140", 2140, E, LIC, SLR, "2025 (calendar year; revoked by the Home Office)"),
            L("nearly four times", 4, ALM, RATIO, SLR + "_ratio", "2025 vs 2023"),
            L("560", 560, E, LIC, SLR, "2023 (calendar year)"),
            L("about 70 per cent", 70, AP, PCT, SLR + "_share_care_providers", "2025 (of revocations)"),
            L("32 per cent", 32, E, PCT, "skills_charge_change", "December 2025 (the immigration skills charge rose)"),
            L("£1,320", 1320, E, GBP, "skills_charge_large_employers_per_worker", "per year, from December 2025 (per sponsored worker)"),
            L("£1,000", 1000, E, GBP, "skills_charge_large_employers_per_worker", "per year, before December 2025"),
            L("£480", 480, E, GBP, "skills_charge_small_employers_per_worker", "per year, from December 2025 (small businesses and charities)"),
            L("£364", 364, E, GBP, "skills_charge_small_employers_per_worker", "per year, before December 2025"),
            L("£612mn", 612e6, E, GBP, "skills_charge_receipts", "2024-25 (April 2024 to March 2025; a record)"),
            L("about £575mn", 575e6, AP, GBP, "skills_charge_receipts", "2025-26 (April 2025 to March 2026; expected by officials)"),
            L("122.1", 122100, E, P, VSW, "2023 (calendar year; main applicants; chart, thousands)"),
            L("103.8", 103800, E, P, VSW, "2024 (calendar year; main applicants; chart, thousands)"),
            L("71.6", 71600, E, P, VSW, "2025 (calendar year; main applicants; chart, thousands)"),
            L("71,600", 71600, E, P, VSW, "2025 (calendar year; last year, main applicants)"),
            L("31 per cent", -31, E, PCT, VSW + "_change", "2025 vs 2024"),
            L("£41,700", 41700, E, GBP, "skilled_worker_salary_threshold", "per year, since July 2025 (the general threshold)"),
            L("more than £14,000", 14000, MT, GBP, "sponsorship_cost_per_worker",
              "April 2026 (one overseas engineer on a five-year visa, before salary; Tullworth Vane partner)"),
            L("around 340", 340, AP, P, "firm_workforce", "April 2026 (" + KES + ")", geo="Sheffield"),
            L("41", 41, E, P, "firm_sponsored_workers", "April 2026 (on sponsored visas; " + KES + ")", geo="Sheffield"),
            L("£54,120", 54120, E, GBP, "firm_skills_charge_bill", "2026 (this year; " + KES + " chief operating officer)", geo="Sheffield"),
            L("1,020", 1020, E, EMPL, "poll_sample_size", "April 2026 (employers; " + SBC_SURVEY + ")"),
            L("27 per cent", 27, E, PCT, "employers_share_stopped_sponsorship", "April 2026 (stopped or planning to stop within 12 months; " + SBC_SURVEY + ")"),
            L("62 per cent", 62, E, PCT, "employers_stopped_sponsorship_share_citing_skills_charge", "April 2026 (of these, blamed the skills charge; " + SBC_SURVEY + ")"),
            L("Two in five", 40, E, PCT, "employers_share_raised_pay", "April 2026 (raised pay for hard-to-fill roles; " + SBC_SURVEY + ")"),
            L("a third", THIRD, E, PCT, "employers_share_left_roles_unfilled", "April 2026 (left vacancies open; " + SBC_SURVEY + ")"),
            L("more than 3,400", 3400, MT, LIC, "sponsor_licences_revoked_or_suspended", "July 2024 to April 2026 (since July 2024; Home Office)"),
        ]),
    "07-the-dour-tidesman-dover-border-force-record-crossings": dict(
        meta=dict(url="https://www.dourtidesman.example/news/dover/record-1437-cross-channel-single-day-border-force-dover-281946/",
                  title="Channel crossings hit new daily record of 1,437 as Dover's Border Force stretched to breaking point",
                  publisher="The Dour Tidesman", author="Lauren Pettigrew-Asante", published_date="2026-09-07"),
        labels=[
            L("1,437", 1437, E, P, SBA, SAT + " (a new daily record; headline)", occ=0),
            L("24", 24, E, BOATS, SBC, SAT + " (reached Kent; standfirst)", ctx="as 24 small boats"),
            L("1,437", 1437, E, P, SBA, SAT + " (a record for a single day; Home Office)", occ=1),
            L("24", 24, E, BOATS, SBC, SAT + " (dinghies that made it across)", ctx="The 24 dinghies"),
            L("almost 60", 60, ALM, PPB, "small_boat_occupancy", SAT + " (people apiece on average)"),
            L("1,344", 1344, E, P, SBA, "19 June 2026 (the previous daily record)"),
            L("nearly four times", 4, ALM, RATIO, "small_boat_arrivals_ratio", "5 September 2026 vs 6 September 2025 (the equivalent Saturday)"),
            L("372", 372, E, P, SBA, "6 September 2025 (the equivalent Saturday in 2025)"),
            L("31,870", 31870, E, P, SBA, YTD),
            L("19%", 19, E, PCT, SBA + "_change", YTD + " vs " + YTD25),
            L("26,780", 26780, E, P, SBA, YTD25),
            L("More than 3,000", 3000, MT, P, SBA, "30 August to 5 September 2026 (the seven days to Saturday)"),
            L("eleven", 11, E, LAUNCHES, "rnli_lifeboat_launches", SAT + " (Dover's RNLI lifeboat)", ctx="launched eleven times", geo=DOV),
            L("around 1,100", 1100, AP, P, "processing_site_population", "6 September 2026 (Sunday morning; held at the site)", geo="Manston"),
            L("1,600", 1600, E, P, "processing_site_capacity", "September 2026 (can hold)", geo="Manston"),
            L("212", 212, E, P, "small_boat_launch_attempts_stopped_people", SAT + " (French police and gendarmes)", geo=FR),
            L("520", 520, E, BOATS, SBC, YTD + " (boats this year)", occ=0),
            L("61", 61, E, PPB, "small_boat_occupancy", YTD + " (average this year)"),
            L("fewer than 30", 30, LT, PPB, "small_boat_occupancy", "2021 (calendar year)"),
            L("At least 27", 27, AL, P, "small_boat_deaths", "1 January to 7 September 2026 (since January)"),
            L("about 90", 90, AP, P, "border_force_staff_shortfall", "September 2026 (officers short at the port; Border Force union representative)", geo=DOV),
            L("£86,000", 86000, E, GBP, "council_small_boat_debris_clearance_cost", "2025 (last year; leader of Dover District Council)", geo=DOV),
            L("more than 2,600", 2600, MT, P, "returns", "September 2025 to September 2026 (sent back under the deal with Paris; Home Office spokesperson)", geo=FR),
            L("1.4k", 1400, E, P, SBA, SAT + " (fact box)"),
            L("31.9k", 31900, E, P, SBA, YTD + " (2026 so far; fact box)"),
            L("26.8k", 26800, E, P, SBA, YTD25 + " (same point in 2025; fact box)"),
            L("520", 520, E, BOATS, SBC, YTD + " (boats in 2026; fact box)", occ=1),
            L("c. 640", 640, AP, P, "border_force_officers", "September 2026 (based in Dover; fact box)", geo=DOV),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
