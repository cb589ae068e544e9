#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-twenty-third hand-labelled hold-out set (holdout123).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, MONTHS, THIRD, E, AP, MT, AL, LT, AM, ALM, SBA)

UK, ENG, EW, WAL, SCO, NI = "UK", "England", "England and Wales", "Wales", "Scotland", "Northern Ireland"
CALLS, PROTESTS, HOUSEHOLDS, COUPLES = "other:calls", "other:protests", "other:households", "other:couples"
VIEWS, SHARES, CERTS, PERMITS, VISAS = "other:views", "other:shares", "other:certificates", "other:permits", "other:visas"
TWO3 = 200 / 3

# 01 (Thursday 26 November 2026; Home Office statistics "released on Thursday", for the year ending September 2026)
HO1 = "Home Office statistics released Thursday 26 November 2026"
S26 = "30 September 2026 (at the end of September; " + HO1
Y26 = "October 2025 to September 2026 (the year to September; " + HO1
# 02 (Tuesday 14 April 2026; a written parliamentary answer "published on Monday", 13 April)
WA = "written parliamentary answer published Monday 13 April 2026"
FY = "April 2025 to March 2026 (2025/26; " + WA
BL, DOR, BF = "Bulbarrow Lines", "Dorset", "Blandford Forum"
LS = "large_site_cost_per_person_night"
# 03 (Wednesday 10 June 2026; Interpunct analysis of Home Office data to March 2026)
YM26 = "April 2025 to March 2026 (the 12 months to March 2026; Home Office data analysed by Interpunct"
YM24 = "April 2023 to March 2024 (the year to March 2024, the last full year under the old rules"
MIR = "family_visa_minimum_income_requirement"
KPU = "Kinship Policy Unit analysis of official pay data"
EMP = "employees_share_earning_below_family_visa_threshold"
# 04 (Tuesday 3 February 2026; provisional Home Office figures "released on Monday", 2 February)
HO4 = "provisional Home Office figures released Monday 2 February 2026"
FNO = "foreign_national_offenders_awaiting_removal_in_community"
RF = "returns_foreign_national_offenders"
# 05 (Friday 9 October 2026; a post first shared Sunday 4 October, repeated by an MP on Tuesday 6 October)
CLAIM = "a social media post first shared Sunday 4 October 2026, the claim checked"
SB = "January 2018 to June 2026 (people arriving by small boat since 2018; Home Office data published 27 August 2026"
SBD = "small_boat_arrivals_initial_decisions_share_"
GR = "asylum_grants_share_initial_decisions"
SBG = "small_boat_arrivals_share_granted_protection"
# 06 (Friday 26 June 2026; NISRA mid-2025 estimates "published on Thursday", 25 June)
NIS = "NISRA mid-year estimates published Thursday 25 June 2026"
M25 = "30 June 2025 (mid-2025; " + NIS
YM = "July 2024 to June 2025 (the year to mid-2025; " + NIS
NMD = "Newry, Mourne and Down"
# 07 (Tuesday 8 September 2026; a long read)
ONS = "ONS estimates"
C25 = "January to December 2025 (2025; " + ONS
WHV = "working_holiday_visas_granted_britons"
GWA = "graduates_share_working_abroad"

ARTICLES = {
    "01-mercator-news-asylum-backlog-decision-waits": dict(
        meta=dict(url="https://www.mercatornews.example/news/uk-politics-73318406",
                  title="Asylum backlog shrinks by more than two-fifths, but nearly 10,000 have waited over a year",
                  publisher="Mercator News", author="Imogen Strathairn-Oduya", published_date="2026-11-26"),
        labels=[
            L("more than two-fifths", -40, MT, PCT, "asylum_backlog_change", "30 September 2026 vs 30 September 2025 (the backlog shrinks by; headline)"),
            L("nearly 10,000", 10000, ALM, P, "asylum_backlog_waiting_over_1_year", S26 + "; have waited over a year; headline)"),
            L("almost a fifth", 20, ALM, PCT, "asylum_backlog_share_waiting_over_1_year", S26 + "; of those still in the queue, there for more than 12 months)"),
            L("48,300", 48300, E, P, "asylum_backlog", S26 + "; still without an initial decision)", occ=0),
            L("83,900", 83900, E, P, "asylum_backlog", "30 September 2025 (the same point of 2025; " + HO1 + ")"),
            L("42%", -42, E, PCT, "asylum_backlog_change", "30 September 2026 vs 30 September 2025 (a reduction)"),
            L("about 175,000", 175000, AP, P, "asylum_backlog", "summer 2023 (the high-water mark)"),
            L("48,300", 48300, E, P, "asylum_backlog", S26 + "; Of the 48,300)", occ=1),
            L("some 21,700", 21700, AP, P, "asylum_backlog_waiting_over_6_months", S26 + "; had spent more than six months in the system)"),
            L("Some 9,600", 9600, AP, P, "asylum_backlog_waiting_over_1_year", S26 + "; waiting beyond a year)"),
            L("roughly one in five", 20, AP, PCT, "asylum_backlog_share_waiting_over_1_year", S26 + "; of the 48,300, waiting beyond a year)"),
            L("7.4 months", 7.4, E, MONTHS, "asylum_initial_decision_wait_median", Y26 + "; half of first decisions came within, of a claim being lodged)"),
            L("11.2 months", 11.2, E, MONTHS, "asylum_initial_decision_wait_median", "October 2024 to September 2025 (the preceding 12 months; " + HO1 + ")"),
            L("118,600", 118600, E, P, "asylum_initial_decisions", Y26 + "; initial decisions issued)"),
            L("9%", 9, E, PCT, "asylum_initial_decisions_change", "year to September 2026 vs year to September 2025 (up, on a year earlier)"),
            L("about 2,450", 2450, AP, P, "asylum_decision_makers", "November 2026 (now employs; the Home Office)"),
            L("nearly twice", 2, ALM, RATIO, "asylum_decision_makers_ratio", "November 2026 vs 2022 (as many decision-makers as it had in 2022; the Home Office)"),
            L("41%", 41, E, PCT, GR, Y26 + "; granted some form of protection at first decision)"),
            L("47%", 47, E, PCT, GR, "October 2024 to September 2025 (a year before; " + HO1 + ")"),
            L("97,800", 97800, E, P, "asylum_applications", "October 2025 to September 2026 (the year ending September 2026; " + HO1 + ")"),
            L("12%", -12, E, PCT, "asylum_applications_change", "year ending September 2026 vs the previous year (fewer)"),
            L("nearly two-thirds", TWO3, ALM, PCT, "asylum_applications_share_small_boat_arrivals", Y26 + "; of those who claimed asylum, had arrived by small boat)"),
            L("more than twice", 2, MT, RATIO, "asylum_backlog_appeals_ratio", "30 September 2026 vs 30 September 2025 (asylum appeals still to be heard at the First-tier Tribunal, what it was a year ago)"),
            L("51,200", 51200, E, P, "asylum_backlog_appeals", S26 + "; asylum appeals still to be heard by the First-tier Tribunal)"),
            L("Around 28,000", 28000, AP, P, "asylum_support_population_awaiting_appeal", S26 + "; appellants still living in Home Office accommodation)"),
            L("nearly three-quarters", -75, ALM, PCT, "asylum_backlog_change", "summer 2023 peak to November 2026 (brought it down by, from its peak; the Home Secretary)"),
            L("below 30,000", 30000, LT, P, "asylum_backlog_target", "by the end of 2027 (ministers want the number awaiting a first decision to be; the Home Secretary)"),
            L("More than 50,000", 50000, MT, P, "asylum_backlog_appeals", "November 2026 (now waiting for a judge instead of a caseworker; the shadow home secretary)"),
            L("6,800", 6800, E, CALLS, "charity_advice_line_calls", "1 January to 26 November 2026 (so far this year, from people chasing a decision; Harbourlight Refugee Trust)"),
            L("a quarter", 25, E, PCT, "charity_advice_line_calls_change", "so far in 2026 vs the same stretch of 2025 (up; Harbourlight Refugee Trust)"),
            L("46%", 46, E, PCT, "asylum_appeals_share_allowed", "January to December 2025 (last year, tribunal judges sided with the claimant; Harbourlight Refugee Trust director)"),
        ]),
    "02-cranborne-chase-courier-dorset-asylum-camp-cost": dict(
        meta=dict(url="https://www.cranbornechasecourier.example/news/dorset/blandford-forum/asylum-camp-bulbarrow-lines-cost-per-night-5510482",
                  title="Asylum camp near Blandford costs £162 a night for each man housed there",
                  publisher="Cranborne Chase Courier", author="Philippa Colebrook-Mensah and Tamsin Hardacre",
                  published_date="2026-04-14"),
        labels=[
            L("£162", 162, E, GBP, LS, "per night, 2025/26 (for each man housed there; headline)", occ=0, geo=BL),
            L("£162", 162, E, GBP, LS, "per night, 2025/26 (for every asylum seeker it houses at a former army camp in north Dorset)", occ=1, geo=BL),
            L("£162", 162, E, GBP, LS, "per night, " + FY + "; an average, per person per night)", occ=2, geo=BL),
            L("£118", 118, E, GBP, "asylum_hotel_cost_per_person_night", "per night, " + FY + "; a hotel place, on average, over the same 12 months)"),
            L("37%", 37, E, PCT, LS + "_vs_hotels_change", FY + "; the camp more expensive than a hotel place)", geo=BL),
            L("£46.8 million", 46.8e6, E, GBP, "large_site_cost", "May 2025 to April 2026 (since it took in its first residents in May 2025; " + WA + ")", geo=BL),
            L("£19.5 million", 19.5e6, E, GBP, "large_site_cost_site_works", "May 2025 to April 2026 (converting the old barracks and bringing in modular blocks)", geo=BL),
            L("£214", 214, MT, GBP, LS, "per night, May to July 2025 (its first three months, the nightly figure topped)", geo=BL),
            L("up to 1,200", 1200, AM, P, "large_site_capacity", "as planned when it opened, 2025 (would hold, single men; ministers)", geo=BL),
            L("about £25 million", 25e6, AP, GBP, "large_site_saving_planned", "per year, as planned when it opened (save, compared with hotels; ministers)", geo=BL),
            L("560", 560, E, P, "large_site_population", FY + "; an average a night during the financial year)", geo=BL),
            L("520", 520, E, P, "large_site_population", "March 2026 (an average a night; " + WA + ")", geo=BL),
            L("fewer than half", 50, LT, PCT, "large_site_occupancy_share", "March 2026 (of the beds available)", geo=BL),
            L("790", 790, E, P, "large_site_population", "August 2025 (the population peaked, last August)", geo=BL),
            L("roughly £9m", 9e6, AP, GBP, "large_site_cost_excess_over_hotels", FY + "; housing the same number in hotels would have cost less, on the department's own figures)", geo=BL),
            L("c. 600", 600, AP, P, "large_site_population_planned_change", "by the end of summer 2026 (more men to be moved to the camp; the Home Office)", geo=BL),
            L("£1.2m", 1.2e6, E, GBP, "council_asylum_cost", "May 2025 to April 2026 (extra work linked to the camp; Dorset Council)", geo=DOR),
            L("£310,000", 310000, E, GBP, "council_asylum_cost_refunded_by_home_office", "May 2025 to April 2026 (refunded by the Home Office; Dorset Council)", geo=DOR),
            L("about a quarter", 25, AP, PCT, "council_asylum_cost_share_funded_by_home_office", "May 2025 to April 2026 (of the council's £1.2m, refunded; Dorset Council)", geo=DOR),
            L("14", 14, E, PROTESTS, "asylum_accommodation_protests", "May 2025 to April 2026 (protests at the gates policed; Dorset Police)", ctx="policed 14 protests", geo=BL),
            L("£2.3m", 2.3e6, E, GBP, "police_cost_large_site", "May 2025 to April 2026 (its bill for the site had reached; Dorset Police)", geo=DOR),
            L("about 11,000", 11000, AP, P, "population", "April 2026 (a town of; Dorset Council portfolio holder for communities)", geo=BF),
            L("1,200", 1200, E, P, "large_site_capacity", "as planned (men put on the town's doorstep; Dorset Council portfolio holder for communities)", ctx="Putting 1,200 men", geo=BL),
            L("612", 612, E, HOUSEHOLDS, "poll_sample_size", "April 2026 (households surveyed; Bulbarrow Neighbours group)", geo=BF),
            L("three-quarters", 75, E, PCT, "poll_share_oppose_large_site_expansion", "April 2026 (of households surveyed, opposed any expansion; Bulbarrow Neighbours group)", geo=BF),
            L("27,400", 27400, E, P, "asylum_hotel_population", "31 December 2025 (as December closed; Home Office)"),
            L("a third", -THIRD, E, PCT, "asylum_hotel_population_change", "31 December 2025 vs 31 December 2024 (down, on a year earlier)"),
            L("Around 2,900", 2900, AP, P, "large_site_population", "31 December 2025 (housed at large sites; the Home Office)"),
        ]),
    "03-interpunct-family-visas-income-threshold": dict(
        meta=dict(url="https://www.interpunct.example/news/politics/partner-visas-down-third-income-threshold-29000-4127736",
                  title="Partner visas down by a third since income bar rose to £29,000",
                  publisher="Interpunct", author="Hannah Quill-Adebayo", published_date="2026-06-10"),
        labels=[
            L("a third", -THIRD, E, PCT, "visas_granted_family_partner_change", "year to March 2026 vs year to March 2024 (down by, since the income bar rose; headline)", ctx="down by a third since"),
            L("£29,000", 29000, E, GBP, MIR, "since 11 April 2024 (the income bar rose to; a policy rate; headline)", ctx="income bar rose to £29,000"),
            V("Thousands", 2000, 9000, COUPLES, "couples_separated_by_minimum_income_requirement", "June 2026 (couples living apart because the British partner does not earn enough; standfirst)", ctx="Thousands of couples"),
            L("around a third", -THIRD, AP, PCT, "visas_granted_family_partner_change", "year to March 2026 vs year to March 2024 (fallen by, in the two years since the requirement was raised)"),
            L("Some 41,300", 41300, AP, P, "visas_granted_family_partner", YM26 + ")"),
            L("62,700", 62700, E, P, "visas_granted_family_partner", YM24 + ")"),
            L("48,900", 48900, E, P, "visa_applications_family_partner", YM26 + "; applications in the latest year)"),
            L("22%", -22, E, PCT, "visa_applications_family_partner_change", "year to March 2026 vs year to March 2025 (fewer than in the year before)"),
            L("Around 18%", 18, AP, PCT, "visa_applications_partner_share_refused", YM26 + "; of decisions on partner applications, refusals)"),
            L("11%", 11, E, PCT, "visa_applications_partner_share_refused", "April 2023 to March 2024 (two years earlier)"),
            L("Some 7,400", 7400, AP, P, "visa_applications_partner_refused_financial_requirement", YM26 + "; refused because the sponsor did not meet the financial requirement)"),
            L("nearly four times", 4, ALM, RATIO, "visa_applications_partner_refused_financial_requirement_ratio", "year to March 2026 vs year to March 2024 (as many as)"),
            L("1,950", 1950, E, P, "visa_applications_partner_refused_financial_requirement", YM24 + "; refused on those grounds)"),
            L("£18,600", 18600, E, GBP, MIR, "per year, 2012 to April 2024 (had to earn at least, a level set in 2012; a policy rate)"),
            L("£29,000", 29000, E, GBP, MIR, "per year, from 11 April 2024 (jumped to; a policy rate)", ctx="jumped to £29,000"),
            L("56%", 56, E, PCT, MIR + "_change", "from 11 April 2024 (a rise of, from £18,600 to £29,000)"),
            L("£38,700", 38700, E, GBP, MIR + "_planned", "per year (the previous government's planned level, shelved after the July 2024 election)"),
            L("£88,500", 88500, E, GBP, "family_visa_savings_requirement", "June 2026 (cash savings needed to clear the bar on savings alone; a policy rate)"),
            L("around 37%", 37, AP, PCT, EMP, "2025 (of UK employees, paid below £29,000; " + KPU + ")"),
            L("46%", 46, E, PCT, EMP + "_women", "2025 (for women; " + KPU + ")"),
            L("29%", 29, E, PCT, EMP + "_men", "2025 (for men; " + KPU + ")"),
            L("47%", 47, E, PCT, EMP, "2025 (in the North East it rises to; " + KPU + ")", geo="North East"),
            L("44%", 44, E, PCT, EMP, "2025 (in Wales; " + KPU + ")", geo=WAL),
            L("23%", 23, E, PCT, EMP, "2025 (in London; " + KPU + ")", geo="London"),
            L("Around half", 50, AP, PCT, EMP + "_women", "June 2026 (of women in work could not sponsor a husband from abroad on their own earnings; Kinship Policy Unit director)"),
            L("£1,938", 1938, E, GBP, "family_visa_application_fee", "June 2026 (the application fee from overseas; a policy rate)"),
            L("£1,035", 1035, E, GBP, "visa_immigration_health_surcharge", "per year (each adult must hand over, the immigration health surcharge; a policy rate)"),
            L("more than £4,500", 4500, MT, GBP, "family_visa_upfront_cost", "June 2026 (a two-and-a-half-year visa, up front: the fee and the surcharge)"),
            L("13,000", 13000, E, P, "children_separated_from_parent_by_income_requirement", "June 2026 (British children growing up apart from a parent because of the rules; Kindred Borders estimate)"),
            R("between £23,000 and £25,000", 23000, 25000, GBP, MIR + "_recommended", "per year (the figure suggested by the Migration Advisory Committee)"),
            L("£29,000", 29000, E, GBP, MIR, "June 2026 (the level remains under review; Home Office spokesperson)", ctx="the £29,000 level"),
        ]),
    "04-daily-stooshie-foreign-criminals-deportation": dict(
        meta=dict(url="https://www.dailystooshie.example/news/politics/2163044/foreign-criminals-awaiting-deportation-home-office-figures",
                  title="19,730 FOREIGN CRIMINALS still free on Britain's streets as deportations climb by almost a quarter",
                  publisher="Daily Stooshie", author="Angus Lockerbie-Durojaiye", published_date="2026-02-03"),
        labels=[
            L("19,730", 19730, E, P, FNO, "30 September 2025 (still free on Britain's streets; headline)", occ=0),
            L("almost a quarter", 25, ALM, PCT, RF + "_change", "2025 vs 2024 (deportations climb by; headline)", occ=0),
            L("NEARLY 20,000", 20000, ALM, P, FNO, "30 September 2025 (convicted foreign offenders living in communities while they wait to be thrown out; standfirst)"),
            L("19,730", 19730, E, P, FNO, "30 September 2025 (awaiting deportation, not behind bars, at the end of September; " + HO4 + ")", occ=1),
            L("1,410", 1410, E, P, FNO + "_change", "30 September 2025 vs 30 September 2024 (higher than a year before)"),
            L("3,140", 3140, E, P, "foreign_national_offenders_awaiting_removal_in_prison", "30 September 2025 (still in prison while officials tried to remove them)"),
            L("5,210", 5210, E, P, FNO + "_over_5_years", "30 September 2025 (of those free in the community, waiting longer than five years)"),
            L("more than one in four", 25, MT, PCT, FNO + "_share_over_5_years", "30 September 2025 (of those free in the community, waiting longer than five years)"),
            L("5,870", 5870, E, P, RF, "January to December 2025 (deported in 2025; " + HO4 + ")"),
            L("23 percent", 23, E, PCT, RF + "_change", "2025 vs 2024 (up)"),
            L("4,770", 4770, E, P, RF, "January to December 2024 (removed in 2024)"),
            L("more than 7,900", 7900, MT, P, RF, "5 July 2024 to February 2026 (kicked out since July 5, 2024, when Labour took office; the Government)"),
            L("1,380", 1380, E, P, RF + "_early_removal_scheme", "January to December 2025 (last year, freed early from jail under the early removal scheme)"),
            L("doubled", 2, E, RATIO, RF + "_early_removal_scheme_ratio", "2025 vs 2023 (a total that has doubled since 2023)"),
            L("around a fifth", 20, AP, PCT, RF + "_share_albanian", "January to December 2025 (of those deported, Albanians)"),
            L("4,120", 4120, E, P, RF + "_european", "January to December 2025 (removals of Europeans)"),
            L("58 percent", 58, E, PCT, RF + "_european_share_eu", "January to December 2025 (of the Europeans' removals, to EU countries)"),
            L("43", 43, E, P, RF, "November 2025 (offenders on a single charter flight)", ctx="carried 43 offenders", geo="Jamaica"),
            L("Almost 20,000", 20000, ALM, P, FNO, "February 2026 (foreign criminals roaming free in our towns; the Shadow Home Secretary)"),
            L("Some 640", 640, AP, P, "foreign_national_offender_deportation_appeals_allowed", "April 2024 to March 2025 (2024/25, won appeals against deportation citing Article 8)"),
            L("roughly one in three", THIRD, AP, PCT, "foreign_national_offender_deportation_appeals_share_allowed", "April 2024 to March 2025 (of all such appeals decided; court figures)"),
            L("10,840", 10840, E, P, "prison_population_foreign_nationals", "31 December 2025 (foreign nationals held in prisons at the end of December)", geo=EW),
            L("12 percent", 12, E, PCT, "prison_population_share_foreign_nationals", "31 December 2025 (of all inmates)", geo=EW),
            L("£53,900", 53900, E, GBP, "prison_place_cost_per_year", "per year (a prison place)", geo=EW),
            L("nearly £600million", 600e6, ALM, GBP, "foreign_national_prisoners_cost", "per year (the bill for locking up foreign national prisoners)", geo=EW),
            L("almost a quarter", 25, ALM, PCT, RF + "_change", "2025 vs 2024 (deportations are up by; Home Office spokesman)", occ=1),
            L("£700million", 700e6, E, GBP, "rwanda_scheme_cost", "2022 to July 2024 (the Rwanda scheme, which cost; Home Office spokesman)"),
            L("four", 4, E, P, "rwanda_relocations", "2022 to July 2024 (flew out just, volunteers; Home Office spokesman)", ctx="just four volunteers"),
        ]),
    "05-factfold-small-boat-asylum-grant-claim": dict(
        meta=dict(url="https://factfold.example/fact-checks/immigration/small-boat-arrivals-90-percent-asylum-claim",
                  title="Post wrongly says 90% of small boat arrivals are granted asylum",
                  publisher="Factfold", author="Ruairi Penberthy-Nnadi", published_date="2026-10-09"),
        labels=[
            L("90%", 90, E, PCT, SBG, "no period stated (small boat arrivals granted asylum; " + CLAIM + "; headline)", occ=0),
            L("90%", 90, E, PCT, SBG, "no period stated (of the people who come over in small boats, given asylum; " + CLAIM + "; claim box)", occ=1),
            L("Nine out of ten", 90, E, PCT, SBG, "no period stated (" + CLAIM + "; claim box)"),
            L("38%", 38, E, PCT, SBG, SB + "; of everyone who has crossed, granted protection by the end of June 2026; verdict box)", occ=0),
            L("fewer than half", 50, LT, PCT, SBD + "granted", SB + "; of claims decided so far, grants at the first stage; verdict box)"),
            L("1.3m", 1.3e6, E, VIEWS, "social_media_post_views", "4 to 9 October 2026 (the post viewed, since it first appeared on Sunday)"),
            L("14.2k", 14200, E, SHARES, "social_media_post_shares", "4 to 9 October 2026 (the post shared, since it first appeared on Sunday)"),
            L("nine in ten", 90, E, PCT, SBG, "no period stated (small boat arrivals allowed to stay; an MP in a radio interview, Tuesday 6 October 2026)"),
            L("214,600", 214600, E, P, SBA, SB + "; reached the UK by small boat)"),
            L("203,900", 203900, E, P, "asylum_applications", SB + "; small boat arrivals who claimed asylum)"),
            L("95%", 95, E, PCT, "small_boat_arrivals_share_claimed_asylum", SB + "; claimed asylum)"),
            L("148,200", 148200, E, P, "asylum_initial_decisions", SB + "; small boat arrivals' claims with an initial decision by the end of June)"),
            L("67,400", 67400, E, P, "asylum_grants", SB + "; granted refugee status or another kind of protection at initial decision)"),
            L("45%", 45, E, PCT, SBD + "granted", SB + "; of initial decisions)"),
            L("58,100", 58100, E, P, "asylum_refusals", SB + "; refused at initial decision)"),
            L("39%", 39, E, PCT, SBD + "refused", SB + "; of initial decisions)"),
            L("22,700", 22700, E, P, "asylum_withdrawals", SB + "; withdrawn)"),
            L("15%", 15, E, PCT, SBD + "withdrawn", SB + "; of initial decisions)"),
            L("55,700", 55700, E, P, "asylum_backlog", "30 June 2026 (small boat arrivals' claims still waiting for a first decision; Home Office data published 27 August 2026)"),
            L("81,600", 81600, E, P, "asylum_grants", SB + "; granted protection at some stage, counting appeals)"),
            L("55%", 55, E, PCT, "asylum_grants_share_final", SB + "; of the small boat arrivals' claims decided so far, granted at some stage)"),
            L("38%", 38, E, PCT, SBG, SB + "; of everyone who made the crossing, granted protection at some stage)", occ=1),
            L("fewer than two in five", 40, LT, PCT, SBG, SB + "; so far allowed to stay)"),
            L("90%", 90, E, PCT, SBG, "no period stated (" + CLAIM + "; cross-head: Where might 90% have come from?)", occ=2),
            L("54%", 54, E, PCT, GR, SB + "; small boat arrivals' claims, withdrawn claims left out)"),
            L("76%", 76, E, PCT, GR, "people who arrived by small boat in 2022 (initial decisions excluding withdrawals)"),
            L("close to 100%", 100, AP, PCT, GR, "to June 2026 (grant rates for people from Afghanistan, Eritrea and Sudan)"),
            L("41%", 41, E, PCT, GR, "people who crossed by small boat in 2025 (decisions made so far, to June 2026)"),
            L("about 6%", 6, AP, PCT, GR + "_albanian", SB + "; Albanian small boat arrivals)"),
            L("9,800", 9800, E, P, "returns", SB + "; small boat arrivals returned or removed from the UK)"),
            L("fewer than one in 20", 5, LT, PCT, "returns_share_of_small_boat_arrivals", SB + "; of the total who crossed)"),
            L("1,270", 1270, E, P, "returns", "2025 to June 2026 (small boat arrivals returned to France through the UK-France pilot scheme)", geo="France"),
        ]),
    "06-camlough-chronicle-ni-population-cross-border": dict(
        meta=dict(url="https://www.camloughchronicle.example/news/local/newry-mourne-and-down-population-growth-nisra-2025-4418820",
                  title="Newry area leads Northern Ireland's population growth as border traffic keeps rising",
                  publisher="Camlough Chronicle", author="Declan McAlinden-Boateng", published_date="2026-06-26"),
        labels=[
            L("1,935,800", 1935800, E, P, "population", M25 + "; standfirst)", occ=0, geo=NI),
            L("186,400", 186400, E, P, "population", M25 + ")", geo=NMD),
            L("1,650", 1650, E, P, "population_growth", YM + "; more than 12 months earlier)", geo=NMD),
            L("0.9%", 0.9, E, PCT, "population_change", YM + "; the fastest growth of any council area)", geo=NMD),
            L("8,900", 8900, E, P, "population_growth", YM + "; rose by)", geo=NI),
            L("0.5%", 0.5, E, PCT, "population_change", YM + ")", geo=NI),
            L("1,935,800", 1935800, E, P, "population", M25 + ")", occ=1, geo=NI),
            L("Just under half", 50, LT, PCT, "population_growth_share_natural_change", YM + "; of the increase, natural growth)", geo=NI),
            L("20,240", 20240, E, P, "births", YM + ")", geo=NI),
            L("16,140", 16140, E, P, "deaths", YM + ")", geo=NI),
            L("4,100", 4100, E, P, "population_natural_change", YM + "; leaving more people)", geo=NI),
            L("4,800", 4800, E, P, "net_migration", YM + "; a net, moved to Northern Ireland)", geo=NI),
            L("6,900", 6900, E, P, "net_migration", "July 2023 to June 2024 (the year before; " + NIS + ")", geo=NI),
            L("3,600", 3600, E, P, "net_migration_international", YM + "; international migration added a net)", geo=NI),
            L("1,200", 1200, E, P, "internal_migration_net", YM + "; movement across the Irish Sea, with Great Britain)", geo=NI),
            L("13,700", 13700, E, P, "internal_migration_inflow_from_great_britain", YM + "; arriving from Great Britain)", geo=NI),
            L("12,500", 12500, E, P, "internal_migration_outflow_to_great_britain", YM + "; going the other way, to Great Britain)", geo=NI),
            L("Some 5,200", 5200, AP, P, "immigration_from_ireland", YM + "; came north from the Republic of Ireland)", geo=NI),
            L("c. 4,600", 4600, AP, P, "emigration_to_ireland", YM + "; moved south to the Republic of Ireland)", geo=NI),
            L("0.3%", 0.3, E, PCT, "population_change", YM + ")", geo="Belfast"),
            L("352,700", 352700, E, P, "population", M25 + ")", geo="Belfast"),
            L("0.2%", -0.2, E, PCT, "population_change", YM + "; the only district to shrink, losing)", geo="Derry City and Strabane"),
            L("18.1%", 18.1, E, PCT, "population_share_aged_65_and_over", M25 + ")", geo=NI),
            L("13.3%", 13.3, E, PCT, "population_share_aged_65_and_over", "mid-2005 (twenty years ago)", geo=NI),
            L("Roughly 16,000", 16000, AP, P, "cross_border_commuters", "March 2021 (cross the border each day to get to work or college; the 2021 census)", geo="Irish border"),
            L("more than three times", 3, MT, RATIO, "population_change_ireland_vs_northern_ireland_ratio", "the year to April 2025 against the year to mid-2025 (the Republic grew as fast as Northern Ireland; Gap of the North Research Centre economist)", geo="Ireland"),
            L("5.46 million", 5.46e6, E, P, "population", "April 2025 (Central Statistics Office)", geo="Ireland"),
            L("1.8%", 1.8, E, PCT, "population_change", "April 2024 to April 2025 (up, in a year; Central Statistics Office)", geo="Ireland"),
            L("38", 38, E, P, "firm_workforce", "June 2026 (drivers employed by a haulage firm outside Camlough; its owner)", ctx="employed 38 drivers", geo="Camlough"),
            L("about a third", THIRD, AP, PCT, "firm_workforce_share_living_across_border", "June 2026 (of the haulage firm's drivers, living in County Louth; its owner)", geo="Camlough"),
            L("around 1.97m", 1.97e6, AP, P, "population_projection", "mid-2040s (the projected peak; NISRA projections)", geo=NI),
        ]),
    "07-the-deckle-young-graduates-emigration": dict(
        meta=dict(url="https://www.thedeckle.example/news/2026/sep/08/the-leaving-generation-young-graduates-emigration-britain",
                  title="The leaving generation: why so many of Britain's young graduates are buying one-way tickets",
                  publisher="The Deckle", author="Esme Varnavides-Okonjo", published_date="2026-09-08"),
        labels=[
            L("about 252,000", 252000, AP, P, "emigration_british", C25 + "; British nationals who left the UK to live abroad)"),
            L("Roughly 56%", 56, AP, PCT, "emigration_british_share_aged_16_34", C25 + "; of them aged between 16 and 34)"),
            L("Around 143,000", 143000, AP, P, "immigration_british", C25 + "; Britons who returned from abroad)"),
            L("about 109,000", -109000, AP, P, "net_migration_british_nationals", C25 + "; a net loss of British nationals in a single year)"),
            L("14,000", 14000, E, P, "emigration_british_revision", "January to December 2024 (revised up by, in May 2026; the ONS)"),
            L("241,000", 241000, E, P, "emigration_british", "January to December 2024 (as revised in May 2026; the ONS)"),
            L("41,600", 41600, E, VISAS, WHV, "July 2024 to June 2025 (2024/25, a record; the Australian government)", geo="Australia"),
            L("nearly double", 2, ALM, RATIO, WHV + "_ratio", "2024/25 vs 2018/19 (working holiday visas granted to Britons)", geo="Australia"),
            L("21,300", 21300, E, VISAS, WHV, "July 2018 to June 2019 (2018/19, handed out)", geo="Australia"),
            L("Some 240,000", 240000, AP, P, "british_nationals_living_abroad", "September 2026 (Britons who now call the United Arab Emirates home)", geo="United Arab Emirates"),
            L("8,300", 8300, E, PERMITS, "youth_mobility_work_permits_britons", "January to December 2025 (issued to Britons by Canada)", geo="Canada"),
            L("5,100", 5100, E, PERMITS, "youth_mobility_work_permits_britons", "January to December 2022 (issued to Britons by Canada)", geo="Canada"),
            L("3,640", 3640, E, CERTS, "doctors_certificates_to_practise_abroad", "January to December 2025 (certificates issued to doctors wanting to practise overseas; General Medical Council)"),
            L("20%", 20, E, PCT, "doctors_certificates_to_practise_abroad_change", "2025 vs 2024 (more than in 2024)"),
            L("4.3%", 4.3, E, PCT, GWA, "graduates of 2022/23, 15 months after finishing (UK-domiciled graduates working abroad; graduate tracking data)"),
            L("2.8%", 2.8, E, PCT, GWA, "graduates of 2017/18, 15 months after finishing (graduate tracking data)"),
            L("5.1%", 5.1, E, PCT, GWA, "graduates of 2022/23, 15 months after finishing (graduate tracking data)", geo=SCO),
            L("about £53,000", 53000, AP, GBP, "student_loan_debt_average_graduates", "2025 (owed on average by a graduate leaving an English university)", geo=ENG),
            L("41%", 41, E, PCT, "rent_share_of_pay_young_renters", "2026 (of take-home pay spent on rent by Londoners in their twenties)", geo="London"),
            L("some 156,000", 156000, AP, P, "student_loan_borrowers_overseas", "September 2026 (borrowers living overseas; the Student Loans Company)"),
            L("about 38%", 38, AP, PCT, "student_loan_borrowers_overseas_share_in_arrears", "September 2026 (of borrowers living overseas, behind on repayments; the Student Loans Company)"),
            L("£31,500", 31500, E, GBP, "graduate_salary", "per year, 2025 (the median starting salary for graduates, last year)"),
            L("roughly £41,000", 41000, AP, GBP, "graduate_salary", "per year, 2026 (the equivalent a new engineer can expect)", geo="Sydney"),
            L("2,040", 2040, E, P, "poll_sample_size", "2026 (people aged 18 to 34 surveyed for the Carrow Foundation)"),
            L("31%", 31, E, PCT, "public_share_considering_emigration_under_35", "2026 (seriously considering a move abroad; Carrow Foundation survey)"),
            L("22%", 22, E, PCT, "public_share_considering_emigration_under_35", "2022 (when the same question was asked in 2022; Carrow Foundation survey)"),
            L("One in five", 20, E, PCT, "public_share_under_35_started_looking_into_visas", "2026 (had already started looking into visas; Carrow Foundation survey)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
