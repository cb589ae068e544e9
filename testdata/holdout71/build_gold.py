#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the seventy-first hand-labelled hold-out set (holdout71).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 build_gold.py && python3 check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, BOATS, YEARS, HOTELS, THIRD, E,
                        AP, MT, AL, LT, AM, ALM, SBA, SBC, NM, AC, HOT)

UK, FR, SC, WA, NI, ENG, EU = "UK", "France", "Scotland", "Wales", "Northern Ireland", "England", "EU"
DAYS, BEDS, VIEWS = "other:days", "other:beds", "other:views"
LICENCES, UNIS = "other:licences", "other:universities"

# 01 (Tuesday 9 June 2026; Home Office figures confirmed "yesterday", Monday 8 June; "last week" = Monday 1 to Sunday 7 June)
WK = "1-7 June 2026 (last week; Monday to Sunday)"
PILOT = "18 September 2025 to 7 June 2026 (since the first removal flight)"
YTD01 = "1 January to 8 June 2026 (so far this year)"
SAME25 = "1 January to 8 June 2025 (the same stage of 2025)"
APR = "April to early June 2026 (since the start of April; a week, average)"
# 02 (Friday 28 August 2026; Home Office statistics released on Thursday 27 August 2026)
YJ26 = "year ending June 2026 (July 2025 to June 2026)"
YJ25 = "year ending June 2025 (July 2024 to June 2025; the previous 12 months)"
YJ24 = "year ending June 2024 (July 2023 to June 2024; two years earlier)"
GS = "asylum_grants_share_initial_decisions"
# 03 (Wednesday 15 April 2026; report to KCC's children's services committee on Tuesday 14 April)
UCA = "unaccompanied_children_arrivals"
C25, C24 = "2025 (calendar year; last year)", "2024 (calendar year)"
NOW03 = "April 2026 (now; KCC report)"
YM26 = "year ending March 2026 (April 2025 to March 2026; the year to March)"
YM25 = "year ending March 2025 (April 2024 to March 2025; the year before)"
# 04 (Wednesday 4 March 2026; Home Office statistics published last Thursday, 26 February 2026)
ED25 = "end of December 2025 (31 December 2025)"
EJ24 = "end of June 2024 (30 June 2024; just before the general election)"
CLAIM = "claim (Conservative by-election candidate, radio phone-in, Monday 2 March 2026)"
# 05 (Wednesday 8 April 2026; fees rose on Tuesday 7 April 2026)
NOW05 = "from 7 April 2026 (current)"
FY25 = "2024/25 (April 2024 to March 2025)"
FAM = "April 2026 (engineer, partner and two children, five-year visa; Fair Passage Trust)"
HPA = "2026 (survey of members; Homecare Providers Alliance)"
# 06 (Wednesday 13 May 2026; Scottish Funding Council report published yesterday, Tuesday 12 May)
AY25, AY24 = "2024/25 academic year", "2023/24 academic year (the year before)"
IS = "international_students"
ARD = "Ardlair University"
# 07 (Saturday 10 October 2026; essay)
C25E = "2025 (calendar year; last year; ONS)"

ARTICLES = {
    "01-daily-cudgel-one-in-one-out-france-returns-week": dict(
        meta=dict(url="https://www.dailycudgel.example/news/politics/2026/06/09/just-38-sent-back-france-week-one-in-one-out-1146-migrants",
                  title="Just 38 sent back to France in a WEEK under 'one in, one out' deal - while 1,146 more migrants land on Kent beaches",
                  publisher="Daily Cudgel", author="Harriet Quennell-Adebayo", published_date="2026-06-09"),
        labels=[
            L("38", 38, E, P, "returns", WK + " (one in, one out; headline)", ctx="Just 38 sent back", geo=FR),
            L("1,146", 1146, E, P, SBA, WK + " (headline)", occ=0),
            L("fewer than one in 30", 100 / 30, LT, PCT, "returns_share_of_small_boat_arrivals", WK + " (of last week's arrivals; standfirst)", geo=FR),
            L("21%", 21, E, PCT, SBA + "_change", YTD01 + " vs " + SAME25 + " (standfirst)"),
            L("38", 38, E, P, "returns", WK + " (flown back under the returns pact)", ctx="Only 38 migrants", geo=FR),
            L("1,146", 1146, E, P, SBA, WK + " (over the same seven days)", occ=1),
            L("19", 19, E, BOATS, SBC, WK, ctx="in 19 small boats"),
            L("roughly 30", 30, AP, RATIO, "small_boat_arrivals_to_returns_france_ratio", WK + " (arrivals for every person removed)", geo=FR),
            L("1,063", 1063, E, P, "returns", PILOT + " (one in, one out pilot)", occ=0, geo=FR),
            L("1,040", 1040, E, P, "uk_france_legal_route_arrivals", PILOT + " (taken in from France through the legal route)", occ=0),
            L("33,920", 33920, E, P, SBA, PILOT + " (across those same months)"),
            L("about 3 per cent", 3, AP, PCT, "returns_share_of_small_boat_arrivals", PILOT, geo=FR),
            L("16,480", 16480, E, P, SBA, YTD01),
            L("21 per cent", 21, E, PCT, SBA + "_change", YTD01 + " vs " + SAME25),
            L("1,063", 1063, E, P, "returns", PILOT + " (the deal in numbers box)", occ=1, geo=FR),
            L("1,040", 1040, E, P, "uk_france_legal_route_arrivals", PILOT + " (the deal in numbers box)", occ=1),
            L("33.9k", 33900, E, P, SBA, PILOT + " (the deal in numbers box)"),
            L("41", 41, E, P, "returns", APR + " (the deal in numbers box)", ctx="since April: 41", geo=FR),
            L("41", 41, E, P, "returns", APR + " (officials)", ctx="averaged 41 a week", geo=FR),
            L("nearly doubled", 2, ALM, RATIO, "returns_ratio", APR + " vs February 2026 (weekly removals; officials)", geo=FR),
            L("50", 50, E, P, "returns_france_weekly_cap", "pilot (a week; treaty signed with Paris)", ctx="at 50 a week", geo=FR),
            L("£3.9million", 3.9e6, E, GBP, "returns_cost", PILOT + " (charter and scheduled flights; so far; parliamentary answers)"),
            L("27 per cent", 27, E, PCT, "returns_share_eritrean", PILOT + " (of those removed under the pilot)", geo=FR),
            L("Some 212", 212, AP, P, "returns_france_legal_challenges", PILOT + " (of those picked for removal)"),
            L("More than half", 50, MT, PCT, "returns_france_legal_challengers_share_still_in_uk", "June 2026 (still in the UK while cases are heard)"),
            L("nearly 20 years", 20, ALM, YEARS, "returns_france_years_to_match_annual_arrivals", "at the current rate (one year's arrivals; Shadow Home Secretary)"),
            L("more than 55,000", 55000, MT, P, "returns", "5 July 2024 to June 2026 (since 5 July 2024; Home Office spokesperson)"),
            L("13 per cent", 13, E, PCT, "returns_change", "last 12 months to June 2026 vs the 12 months before (Home Office spokesperson)"),
            L("2,340", 2340, E, P, "small_boat_launch_attempts_stopped_people", "May 2026 (French officials)", geo=FR),
            L("a third", -THIRD, E, PCT, "small_boat_launch_attempts_stopped_people_change", "May 2026 vs May 2025 (May last year; French officials)", ctx="down a third on May", geo=FR),
        ]),
    "02-tidewell-news-asylum-grant-rates-nationality": dict(
        meta=dict(url="https://www.tidewell.example/news/uk-politics-2026-08-28-asylum-grant-rate-falls-below-40-percent",
                  title="Fewer than four in ten asylum claims now succeed, figures show",
                  publisher="Tidewell News", author="Elspeth Marwood-Achebe", published_date="2026-08-28"),
        labels=[
            L("Fewer than four in ten", 40, LT, PCT, GS, YJ26 + " (headline)"),
            L("below 40%", 40, LT, PCT, GS, YJ26 + " (first time since 2018)"),
            L("37%", 37, E, PCT, GS, YJ26 + " (Home Office)"),
            L("47%", 47, E, PCT, GS, YJ25),
            L("118,600", 118600, E, P, "asylum_initial_decisions", YJ26),
            L("43,880", 43880, E, P, "asylum_grants", YJ26),
            L("15,700", 15700, E, P, "asylum_withdrawals", YJ26),
            L("46%", 46, E, PCT, GS + "_afghan", YJ26, occ=0),
            L("98%", 98, E, PCT, GS + "_afghan", YJ24, occ=0),
            L("7%", 7, E, PCT, GS + "_syrian", "March to June 2026 (since decisions restarted in March)"),
            L("2,140", 2140, E, P, "asylum_initial_decisions_syrian", "March to June 2026 (since decisions restarted in March)"),
            L("98%", 98, E, PCT, GS + "_sudanese", YJ26 + " (chart)", occ=1),
            L("89%", 89, E, PCT, GS + "_eritrean", YJ26 + " (chart)"),
            L("52%", 52, E, PCT, GS + "_iranian", YJ26 + " (chart)"),
            L("46%", 46, E, PCT, GS + "_afghan", YJ26 + " (chart)", occ=1),
            L("19%", 19, E, PCT, GS + "_iraqi", YJ26 + " (chart)"),
            L("9%", 9, E, PCT, GS + "_vietnamese", YJ26 + " (chart)"),
            L("3%", 3, E, PCT, GS + "_pakistani", YJ26 + " (chart)"),
            L("6%", 6, E, PCT, "asylum_applications_change", YJ26 + " vs " + YJ25),
            L("112,300", 112300, E, P, "asylum_applications", YJ26 + " (the year to June)"),
            L("11,950", 11950, E, P, "asylum_applications", YJ26 + " (Pakistani nationals)"),
            L("nearly nine in ten", 90, ALM, PCT, "asylum_applications_pakistani_share_visa_holders", YJ26 + " (first came on a visa)"),
            L("About 41%", 41, AP, PCT, "asylum_applications_share_small_boat", YJ26),
            L("62,400", 62400, E, P, "asylum_backlog", "end of June 2026 (30 June 2026; awaiting an initial decision)"),
            L("a third", -THIRD, E, PCT, "asylum_backlog_change", "end of June 2026 vs end of June 2025 (last year)", ctx="down a third on last year"),
            L("49%", 49, E, PCT, "asylum_appeals_share_allowed", YJ26 + " (appeals decided over the year; tribunal figures)"),
            L("roughly half", 50, AP, PCT, "asylum_grant_rate_fall_share_afghan_syrian",
              YJ26 + " vs " + YJ25 + " (Afghans and Syrians; Hallamgate University researcher)"),
            L("32%", 32, E, PCT, GS, "2025 (calendar year; first-instance decisions; EU Agency for Asylum)", geo=EU),
            L("around a quarter", 25, AP, PCT, GS, "2025 (calendar year; EU Agency for Asylum)", geo=FR),
            L("more than 50,000", -50000, MT, P, "asylum_backlog_change", "July 2024 to June 2026 (since July 2024; Home Office spokesperson)"),
            L("almost half", 50, ALM, PCT, "asylum_appeals_share_allowed", "current (refusals overturned on appeal; Harbour Rights)"),
        ]),
    "03-the-swale-courier-pa-kent-unaccompanied-children-dover": dict(
        meta=dict(url="https://www.swalecourier.example/news/kent/kent-more-than-1000-lone-child-migrants-council-unfair-burden-pa-8812043",
                  title="Kent took in more than 1,000 lone child migrants last year as council warns of 'unfair' burden",
                  publisher="The Swale Courier (PA)", author="Priya Nandakumar-Hale", published_date="2026-04-15"),
        labels=[
            L("more than 1,000", 1000, MT, P, UCA, C25 + " (taken into care; headline)", occ=0, geo="Kent"),
            L("more than 1,000", 1000, MT, P, UCA, C25 + " (taken into care)", occ=1, geo="Kent"),
            L("1,084", 1084, E, P, UCA, C25 + " (became the council's responsibility; KCC report)", geo="Kent"),
            L("18%", 18, E, PCT, UCA + "_change", C25 + " vs " + C24, geo="Kent"),
            L("919", 919, E, P, UCA, C24, geo="Kent"),
            L("296", 296, E, P, UCA, "1 January to 14 April 2026 (since January)", geo="Kent"),
            L("41,470", 41470, E, P, SBA, C25 + " (Home Office)"),
            L("around 3,900", 3900, AP, P, SBA, C25 + " (said they were children travelling alone)"),
            L("512", 512, E, P, "unaccompanied_children_in_care", NOW03, geo="Kent"),
            L("1,347", 1347, E, P, "unaccompanied_care_leavers_supported", NOW03 + " (arrived alone, since turned 18)", geo="Kent"),
            L("about 345", 345, AP, P, "unaccompanied_children_nts_threshold", "current (National Transfer Scheme; 0.1% of the child population)", geo="Kent"),
            L("2,460", 2460, E, P, "unaccompanied_children_transferred", C25 + " (moved to other local authorities)", geo="Kent"),
            L("47", 47, E, P, "unaccompanied_children_transferred", C25 + " (a week, average)", ctx="an average of 47 a week", geo="Kent"),
            L("nine days", 9, E, DAYS, "unaccompanied_children_transfer_time_average", C25, geo="Kent"),
            L("five days", 5, E, DAYS, "unaccompanied_children_transfer_time_average", C24, geo="Kent"),
            L("Around nine in ten", 90, AP, PCT, UCA + "_share_boys", C25, geo="Kent"),
            L("almost two-thirds", 200 / 3, ALM, PCT, UCA + "_share_sudan_eritrea_afghanistan", C25, geo="Kent"),
            L("120", 120, E, BEDS, "unaccompanied_children_reception_centre_beds", "current (council's reception centres)", geo="Kent"),
            L("£41.3 million", 41.3e6, E, GBP, "council_unaccompanied_children_cost", "2024/25 (April 2024 to March 2025)", geo="Kent"),
            L("£33.8 million", 33.8e6, E, GBP, "home_office_funding_to_councils", "2024/25 (April 2024 to March 2025; unaccompanied children)", geo="Kent"),
            L("£7.5 million", 7.5e6, E, GBP, "council_asylum_cost_shortfall", "2024/25 (April 2024 to March 2025; unaccompanied children)", geo="Kent"),
            L("167", 167, E, P, "unaccompanied_children_in_care_above_nts_threshold", "April 2026 (more than the fair share; cabinet member for children's services)", geo="Kent"),
            L("4,215", 4215, E, P, "asylum_applications", YM26 + " (unaccompanied children)"),
            L("12%", -12, E, PCT, "asylum_applications_change", YM26 + " vs " + YM25 + " (unaccompanied children)"),
            L("1,130", 1130, E, P, "asylum_age_disputes_found_adult", C25 + " (said at Dover they were under 18)", geo="Dover"),
            L("£6,000", 6000, E, GBP, "unaccompanied_children_transfer_payment_per_child", "current (one-off, each child taken from Kent; Home Office spokesperson)"),
        ]),
    "04-checkworthy-fact-check-asylum-hotels-housing": dict(
        meta=dict(url="https://checkworthy.example/fact-checks/most-asylum-seekers-not-living-in-hotels",
                  title="Most asylum seekers are not living in hotels",
                  publisher="Checkworthy", author="Oluwaseun Redfern-Llewellyn", published_date="2026-03-04"),
        labels=[
            L("Two in three", 200 / 3, E, PCT, "asylum_support_share_hotels", CLAIM + " (what was claimed box; rejected)"),
            L("29,740", 29740, E, P, HOT, ED25 + " (verdict box)", occ=0),
            L("29%", 29, E, PCT, "asylum_support_share_hotels", ED25 + " (verdict box)", occ=0),
            L("101,850", 101850, E, P, "asylum_support_population", ED25 + " (verdict box)", occ=0),
            L("Twice as many", 2, E, RATIO, "asylum_hotel_population_ratio", CLAIM + " (now vs the general election; what was claimed box; rejected)"),
            L("29,590", 29590, E, P, HOT, EJ24 + " (verdict box)", occ=0),
            L("1.2m", 1.2e6, E, VIEWS, "social_media_post_views", "2-4 March 2026 (clip viewed since Monday)"),
            L("101,850", 101850, E, P, "asylum_support_population", ED25 + " (Home Office)", occ=1),
            L("29,740", 29740, E, P, HOT, ED25 + " (list)", occ=1),
            L("63,180", 63180, E, P, "asylum_dispersal_population", ED25 + " (list)"),
            L("3,620", 3620, E, P, "asylum_initial_accommodation_population", ED25 + " (other initial accommodation, not hotels or large sites; list)"),
            L("1,020", 1020, E, P, "asylum_large_sites_population", ED25 + " (mostly Wethersfield; list)"),
            L("4,290", 4290, E, P, "asylum_support_subsistence_only_population", ED25 + " (cash support only; list)"),
            L("29%", 29, E, PCT, "asylum_support_share_hotels", ED25, occ=1),
            L("just under three in ten", 30, ALM, PCT, "asylum_support_share_hotels", ED25),
            L("62%", 62, E, PCT, "asylum_support_share_dispersal", ED25),
            L("two in three", 200 / 3, E, PCT, "asylum_support_share_hotels", CLAIM + " (nowhere near; rejected)"),
            L("34,380", 34380, E, P, "asylum_initial_accommodation_population", ED25 + " (hotels, large sites and other initial accommodation together)"),
            L("about a third", THIRD, AP, PCT, "asylum_support_share_initial_accommodation", ED25),
            L("29,590", 29590, E, P, HOT, EJ24, occ=1),
            L("38,080", 38080, E, P, HOT, "end of March 2025 (March last year)"),
            L("more than 56,000", 56000, MT, P, HOT, "September 2023 (all-time high)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "September 2023 (all-time high)"),
            L("188", 188, E, HOTELS, "asylum_hotels_in_use", "February 2026 (told MPs; now)"),
            L("about £127", 127, AP, GBP, "asylum_hotel_cost_per_person_night", "2025 (a night; National Audit Office estimate, last year)"),
            L("about £17", 17, AP, GBP, "asylum_dispersal_cost_per_person_night", "2025 (a night; National Audit Office estimate, last year)"),
            L("more than seven times", 7, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2025 (hotel against dispersal accommodation; National Audit Office)"),
            L("roughly three-quarters", 75, AP, PCT, "asylum_cost_share_hotels", FY25),
            L("£4.3bn", 4.3e9, E, GBP, AC, FY25 + " (asylum accommodation and support)"),
            L("fewer than a third", THIRD, LT, PCT, "asylum_support_share_hotels", FY25 + " (of those supported)"),
            L("29,740", 29740, E, P, HOT, ED25 + " (across the UK)", occ=2),
            L("27,310", 27310, E, P, HOT, ED25, geo=ENG),
            L("5,080", 5080, E, P, "asylum_support_population", ED25, geo=SC),
            L("3,260", 3260, E, P, "asylum_support_population", ED25, geo=WA),
            L("2,410", 2410, E, P, "asylum_support_population", ED25, geo=NI),
        ]),
    "05-the-fanlight-visa-fees-skills-charge-health-surcharge": dict(
        meta=dict(url="https://www.thefanlight.example/uk-news/2026/apr/08/visa-fees-immigration-skills-charge-health-surcharge-rise-employers",
                  title="Employers and overseas workers face soaring bills as visa charges climb again",
                  publisher="The Fanlight", author="Imogen Sallow-Nakamura", published_date="2026-04-08"),
        labels=[
            L("more than £24,000", 24000, MT, GBP, "visa_and_surcharge_cost_family_of_four", FAM + " (standfirst)", occ=0),
            L("more than a third", THIRD, MT, PCT, "skilled_worker_sponsorship_cost_change", "April 2026 vs April 2024 (in two years; cost to an employer)"),
            L("as much as 7%", 7, AM, PCT, "visa_application_fee_change", "7 April 2026 (on Tuesday; most visas)"),
            L("£1,618", 1618, E, GBP, "visa_application_fee_skilled_worker", NOW05 + " (more than three years)"),
            L("£1,519", 1519, E, GBP, "visa_application_fee_skilled_worker", "to 6 April 2026 (before Tuesday's rise; more than three years)"),
            L("£819", 819, E, GBP, "visa_application_fee_skilled_worker", NOW05 + " (up to three years)"),
            L("£1,035", 1035, E, GBP, "visa_immigration_health_surcharge", "per year, current (adults)"),
            L("£776", 776, E, GBP, "visa_immigration_health_surcharge", "per year, current (students and children)"),
            L("£1,290", 1290, E, GBP, "visa_immigration_health_surcharge_planned", "per year, from January 2027 (adults; Treasury)"),
            L("£200", 200, E, GBP, "visa_immigration_health_surcharge", "per year, 2015 (when introduced)"),
            L("more than fivefold", 5, MT, RATIO, "visa_immigration_health_surcharge_ratio", "2026 vs 2015 (adult rate)"),
            L("32%", 32, E, PCT, "skills_charge_change", "December 2025 (rise)"),
            L("£1,320", 1320, E, GBP, "skills_charge", "per year, from December 2025 (per worker; large companies)"),
            L("£1,000", 1000, E, GBP, "skills_charge", "per year, before December 2025 (per worker; large companies)", ctx="up from £1,000"),
            L("£480", 480, E, GBP, "skills_charge", "per year, from December 2025 (per worker; small firms and charities)"),
            L("more than £24,000", 24000, MT, GBP, "visa_and_surcharge_cost_family_of_four", FAM, occ=1),
            L("nearly four times", 4, ALM, RATIO, "visa_and_surcharge_cost_family_of_four_ratio", FAM + " (against comparable visas in Canada, Australia, Germany and France)"),
            L("£5.38bn", 5.38e9, E, GBP, "visa_fee_and_immigration_health_surcharge_income", FY25 + " (a record; visa and nationality fees and the surcharge)"),
            L("About 1.1 million", 1.1e6, AP, P, "visa_immigration_health_surcharge_payers", "2025 (calendar year)"),
            L("84%", 84, E, PCT, "visa_immigration_health_surcharge_payers_share_work_study", "2025 (calendar year; held work or study visas)"),
            L("£486m", 486e6, E, GBP, "skills_charge_receipts", FY25),
            L("3,940", 3940, E, LICENCES, "sponsor_licences_care_providers", "April 2026 (care firms holding a sponsor licence; Home Office)"),
            L("20%", -20, E, PCT, "sponsor_licences_care_providers_change", "April 2026 vs April 2025 (in a year; Home Office)"),
            L("600", 600, E, P, "poll_sample_size", HPA, ctx="survey of 600 members"),
            L("one in five", 20, E, PCT, "care_providers_share_expecting_to_stop_sponsoring", HPA + " (within a year)"),
            V("thousands of pounds", 2000, 9000, GBP, "sponsorship_cost_per_worker", "2026 (to keep staff already trained; Derbyshire care home owner)"),
        ]),
    "06-the-cairngorm-herald-international-students-scottish-universities": dict(
        meta=dict(url="https://www.cairngormherald.example/news/scotland/education/international-students-scottish-universities-fall-second-year-funding-gap-4471920",
                  title="Overseas student numbers at Scottish universities fall for second year as funding gap widens",
                  publisher="The Cairngorm Herald", author="Fraser Lindqvist-Mackay", published_date="2026-05-13"),
        labels=[
            L("nearly half", 50, ALM, PCT, "university_students_share_international", "current (image caption)", geo="St Andrews"),
            L("9%", -9, E, PCT, IS + "_change", AY25 + " vs " + AY24 + " (standfirst)", occ=0, geo=SC),
            L("9%", -9, E, PCT, IS + "_change", AY25 + " vs " + AY24 + " (last year)", occ=1, geo=SC),
            L("84,315", 84315, E, P, IS, AY25 + " (Scottish Funding Council)", geo=SC),
            L("92,640", 92640, E, P, IS, AY24, geo=SC),
            L("71,980", 71980, E, P, IS + "_non_eu", AY25, geo=SC),
            L("12,335", 12335, E, P, IS + "_eu", AY25, geo=SC),
            L("more than a quarter", 25, MT, PCT, "university_students_share_international", AY25, geo=SC),
            L("301,200", 301200, E, P, "university_students", AY25, geo=SC),
            L("19,870", 19870, E, P, IS + "_china", AY25, geo=SC),
            L("more than a third", -THIRD, MT, PCT, IS + "_india_change", AY25 + " vs " + AY24, geo=SC),
            L("11,240", 11240, E, P, IS + "_india", AY25, geo=SC),
            L("halved", -50, E, PCT, IS + "_nigeria_change", AY25 + " vs " + AY24 + " (second year running)", geo=SC),
            L("24,900", 24900, E, P, IS, AY25 + " (universities in Edinburgh)", geo="Edinburgh"),
            L("21,300", 21300, E, P, IS, AY25 + " (universities in Glasgow)", geo="Glasgow"),
            L("8,120", 8120, E, P, IS, AY25 + " (universities in Aberdeen)", geo="Aberdeen"),
            L("84.3k", 84300, E, P, IS, AY25 + " (at a glance box)", geo=SC),
            L("-9%", -9, E, PCT, IS + "_change", AY25 + " vs " + AY24 + " (at a glance box)", geo=SC),
            L("19.9k", 19900, E, P, IS + "_china", AY25 + " (at a glance box)", geo=SC),
            L("£1.36bn", 1.36e9, E, GBP, "international_student_fee_income", AY25 + " (at a glance box)", occ=0, geo=SC),
            L("£1.36bn", 1.36e9, E, GBP, "international_student_fee_income", AY25 + " (SFC report)", occ=1, geo=SC),
            L("about 23%", 23, AP, PCT, "university_income_share_international_fees", AY25, geo=SC),
            L("£7,650", 7650, E, GBP, "scottish_government_funding_per_student_place", "2025/26 (a year, average)", geo=SC),
            L("£8,500-plus", 8500, MT, GBP, "university_teaching_cost_per_place", "2025/26 (SFC estimate)", geo=SC),
            L("Nine", 9, E, UNIS, "universities_forecasting_deficit", "2025/26 (this year; of the 18 universities)", ctx="Nine of Scotland's", geo=SC),
            L("£112m", 112e6, E, GBP, "university_sector_deficit_forecast", "2025/26 (this year; combined shortfall; SFC)", geo=SC),
            L("1,240", -1240, E, P, IS + "_change", "2025/26 vs 2023/24 academic year (two years ago; principal)", geo=ARD),
            L("roughly £26m", 26e6, AP, GBP, "university_fee_income_shortfall", "2025/26 vs 2023/24 academic year (lost fees; principal)", geo=ARD),
            L("2%", -2, E, PCT, "university_acceptances_scottish_domiciled_change", "2025 (last year; Scottish Liberal Democrat MSP)", geo=SC),
            L("more than £1.1bn", 1.1e9, MT, GBP, "scottish_government_university_college_funding", "2026/27 (universities and colleges; Scottish Government spokesperson)", geo=SC),
        ]),
    "07-contrarium-british-emigration-brain-drain-essay": dict(
        meta=dict(url="https://contrarium.example/society/the-quiet-exodus-british-emigration-brain-drain",
                  title="The quiet exodus: Britain frets endlessly about who arrives. It should worry more about who leaves",
                  publisher="Contrarium", author="Lucian Abernethy-Osei", published_date="2026-10-10"),
        labels=[
            L("Some 660", 660, AP, P, "emigration_british", "per day, 2025 (image caption)"),
            L("241,000", 241000, E, P, "emigration_british", C25E),
            L("132,000", 132000, E, P, "immigration_british", C25E + " (came home)"),
            L("109,000", -109000, E, P, "net_migration_british_nationals", C25E + " (a net loss of our own citizens)"),
            L("68,000", 68000, E, P, "emigration_british_revision", "2024 (calendar year; higher than first published, after the switch to exit checks)"),
            L("Nearly six in ten", 60, ALM, PCT, "emigration_british_share_aged_16_34", C25E),
            L("6,910", 6910, E, P, "doctors_certificates_to_practise_abroad", "2025 (calendar year; General Medical Council)"),
            L("nearly twice", 2, ALM, RATIO, "doctors_certificates_to_practise_abroad_ratio", "2025 vs 2019"),
            L("15%", 15, E, PCT, "nurses_verification_requests_to_register_abroad_change", "2025 vs 2024 (British-trained nurses)"),
            L("3,480", 3480, E, P, "nurses_verification_requests_to_register_abroad", "2025 (British-trained nurses)"),
            L("about £48,000", 48000, AP, GBP, "nurse_starting_salary", "2026 (newly qualified; a year, sterling equivalent)", geo="Perth, Western Australia"),
            L("£31,000", 31000, E, GBP, "nurse_starting_salary", "2026 (newly qualified; a year)", geo="Leeds"),
            L("41,960", 41960, E, P, "australia_working_holiday_visas_british", "2024-25 (July 2024 to June 2025; Australian financial year)", geo="Australia"),
            L("20%", 20, E, PCT, "australia_working_holiday_visas_british_change", "2024-25 vs 2023-24 (a year earlier)", geo="Australia"),
            L("about 960,000", 960000, AP, P, "uk_born_population_abroad", "current (UK-born residents)", geo="Australia"),
            L("Some 240,000", 240000, AP, P, "british_nationals_resident_abroad", "current (Foreign Office estimate)", geo="United Arab Emirates"),
            L("something like 5.5 million", 5.5e6, AP, P, "british_nationals_resident_abroad", "current (all countries)", geo="Outside the UK"),
            L("roughly one in 12", 100 / 12, AP, PCT, "british_nationals_share_living_abroad", "current"),
            L("95,600", 95600, E, P, "eu_first_residence_permits_uk_citizens", "2024 (calendar year; Eurostat)", geo=EU),
            L("a third", THIRD, E, PCT, "rent_share_of_pay_young_renters", "2026 (much of England)", ctx="Rents take a third", geo=ENG),
            L("more than eight times", 8, MT, RATIO, "house_price_to_earnings_ratio", "2026 (starter home against average earnings)", geo=ENG),
            L("one in five", 20, E, PCT, "graduates_share_expecting_to_live_abroad", "September 2026 (last month; graduates under 30; Meridian Polling)"),
            L("three-quarters", 75, E, PCT, "graduates_expecting_to_live_abroad_share_citing_housing", "September 2026 (last month; Meridian Polling)"),
            L("about 29%", 29, AP, PCT, "income_tax_share_top_1pc_earners", "latest (HMRC)"),
            L("some £700m", 700e6, AP, GBP, "rwanda_scheme_cost", "2022 to 2024 (politicians who spent)"),
            L("191,000", 191000, E, P, NM, "2025 (calendar year; last year)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
