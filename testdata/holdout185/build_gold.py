#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-eighty-fifth hand-labelled hold-out set (holdout185).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, YEARS, BOATS, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, HOT)

UK, FR, NE = "UK", "France", "North East"
TWO3 = 200 / 3
WEEKS, HOURS, DAYS, BEDS = "other:weeks", "other:hours", "other:days", "other:beds"
RATE10K, SHARES, VISITS, DRONES, KM = ("other:persons_per_10000_residents", "other:shares", "other:visits",
                                       "other:drones", "other:kilometres")

# 01 (Tuesday 14 April 2026; French interior ministry data for 2025 obtained under freedom of information)
Y25 = "January to December 2025 (last year; French interior ministry data obtained by the Spindleberry)"
STOP = "small_boat_launch_attempts_stopped_people"
UKF = "uk_funding_to_france"
DEAL = "April 2026 to March 2029 (the next three years; new UK-France agreement)"
YTD1 = "1 January to 13 April 2026 (since January)"
WK1 = "6 to 12 April 2026 (last week)"

# 02 (Thursday 10 September 2026; Ministry of Justice tribunal statistics published that day)
J26 = "30 June 2026 (the end of June; Ministry of Justice quarterly tribunal statistics)"
YJ26 = "July 2025 to June 2026 (the 12 months to June; Ministry of Justice quarterly tribunal statistics)"
ABA = "asylum_backlog_appeals"
WAIT = "asylum_appeal_wait_average"
RAP = "March to June 2026 (Refugee Appeals Project survey at hearing centres)"
LEGAL = "asylum_appellants_share_legal_aid"

# 03 (Wednesday 18 November 2026; National Audit Office report published that day)
NAO = "National Audit Office report published Wednesday 18 November 2026"
LIFE = "2019 to 2029 (the contracts' 10-year life; " + NAO + ")"
FY26 = "April 2025 to March 2026 (2025/26; " + NAO + ")"
S30 = "30 September 2026 (the end of September; " + NAO + ")"
ACC = "asylum_accommodation_contracts_cost"

# 04 (Tuesday 24 February 2026; Home Office figures for 31 December 2025)
D25 = "31 December 2025 (the end of December; Home Office figures)"
DISP = "asylum_dispersal_population"
RATE = "asylum_dispersal_population_per_10000_residents"

# 05 (Friday 18 September 2026; Home Office quarterly data for the year to June 2026)
YJ = "July 2025 to June 2026 (the year to June 2026; Home Office quarterly data)"
CLAIM = "September 2026 (the claim, a social media post shared this week"
ERI = "small_boat_arrivals_share_eritrean"
WK5 = "31 August to 6 September 2026 (the seven days to 6 September; Home Office breakdown released to MPs)"

# 06 (Saturday 17 October 2026; a column)
BNN = "net_migration_british_nationals"
AWH = "australia_working_holiday_visas_british"

# 07 (Friday 6 November 2026; figures obtained by the Mulberry)
MAN = "Manston"
PSP = "processing_site_population"
STAY = "processing_site_average_stay"
THRU = "processing_site_throughput"
YTD7 = "1 January to 5 November 2026 (so far this year)"

ARTICLES = {
    "01-daily-spindleberry-french-police-channel-interceptions-payments": dict(
        meta=dict(url="https://www.spindleberry.example/news/article-14588213/French-police-stop-just-THIRD-Channel-migrants-Britain-hands-Paris-612million.html",
                  title="French police stop just a THIRD of Channel migrants - as Britain hands Paris another £612MILLION",
                  publisher="Daily Spindleberry", author="Marcus Tredwell-Ansah", published_date="2026-04-14"),
        labels=[
            L("a THIRD", THIRD, E, PCT, STOP + "_share", "January to December 2025 (last year, of those trying to cross; headline)", geo=FR),
            L("£612MILLION", 612000000, E, GBP, UKF, DEAL.replace(")", "; headline)")),
            L("21,840", 21840, E, P, STOP, "January to December 2025 (last year, halted on northern French beaches; bullet point)", ctx="halted 21,840", geo=FR),
            L("41,400", 41400, E, P, SBA, "January to December 2025 (still reached Britain; bullet point)", ctx="But 41,400"),
            L("more than £9,000", 9000, MT, GBP, UKF + "_per_person_stopped", "per person stopped, new agreement at 2025's rate (critics; bullet point)"),
            L("around one in three", THIRD, AP, PCT, STOP + "_share", Y25 + " of migrants who tried to make the crossing", geo=FR),
            L("21,840", 21840, E, P, STOP, Y25 + " prevented from setting off between Dunkirk and Berck", ctx="show 21,840", geo=FR),
            L("41,400", 41400, E, P, SBA, "January to December 2025 (over the same 12 months, made it to British shores)", ctx="months, 41,400"),
            L("roughly 34 per cent", 34, AP, PCT, STOP + "_share", Y25 + " of those who attempted the journey", geo=FR),
            L("£612million", 612000000, E, GBP, UKF, DEAL + " confirmed by the Home Office"),
            L("£204million", 204000000, E, GBP, UKF, "per year, April 2026 to March 2029 (the new agreement)"),
            L("14%", 14, E, PCT, UKF + "_change", "per year, new agreement vs the previous agreement (up)"),
            L("£179million", 179000000, E, GBP, UKF, "per year, to March 2026 (the previous agreement, which expired last month)"),
            L("more than £9,300", 9300, MT, GBP, UKF + "_per_person_stopped", "per person stopped, new agreement at last year's rate of interceptions"),
            L("c. 600", 600, AP, P, "uk_funded_french_officers", DEAL + " extra gendarmes and police officers", geo=FR),
            L("40", 40, E, DRONES, "french_coastal_drones_funded", DEAL + " surveillance drones", ctx="of 40 surveillance", geo=FR),
            L("140", 140, E, P, "french_holding_centre_places", DEAL + " a new holding centre near Dunkirk", geo=FR),
            L("3,960", 3960, E, P, STOP, YTD1, geo=FR),
            L("7,710", 7710, E, P, SBA, YTD1 + " landed in Kent"),
            L("nearly twice", 2, ALM, RATIO, "small_boat_arrivals_to_launch_attempts_stopped_ratio", YTD1 + " arrivals against people stopped"),
            L("1,146", 1146, E, P, SBA, WK1),
            L("19", 19, E, BOATS, SBC, WK1),
            L("more than 400", 400, MT, P, SBA, "a single day in the week of 6 to 12 April 2026 (the busiest day last week)"),
            L("nine", 9, E, BOATS, "small_boat_interceptions_at_sea", "summer 2025 to April 2026 (since the policy was announced last summer, just)", geo=FR),
            L("Two out of every three", TWO3, E, PCT, "small_boat_launch_attempts_share_not_stopped", "2025 (who try to cross; Harriet Okafor-Lisle, shadow Home Office minister)", geo=FR),
            L("roughly 130 kilometres", 130, AP, KM, "french_coastline_patrolled_length", "2026 (beach and dunes to watch; Sylvain Marchetti-Diallo, French police union)", geo=FR),
            R("five or six", 5, 6, BOATS, "small_boat_launches_simultaneous", "2026 (boats sent at once from different places; Sylvain Marchetti-Diallo)", geo=FR),
            V("tens of thousands", 20000, 90000, P, STOP, "since the UK-France partnership began (crossings stopped; a Home Office spokesman)", geo=FR),
            L("more than 35,000", 35000, MT, P, "returns", "July 2024 to April 2026 (since July 2024; a Home Office spokesman)"),
            L("21,840", 21840, E, P, STOP, Y25 + " people physically stopped on beaches, the French interior ministry said", ctx="the 21,840 figure", geo=FR),
        ]),
    "02-the-buckthorn-asylum-appeals-tribunal-backlog": dict(
        meta=dict(url="https://www.thebuckthorn.example/uk-news/2026/sep/10/asylum-appeals-backlog-68930-immigration-tribunal-waits",
                  title="Asylum appeals backlog hits 68,930 as tribunal waits stretch to almost a year",
                  publisher="The Buckthorn", author="Priya Hallworth-Mensah", published_date="2026-09-10"),
        labels=[
            L("68,930", 68930, E, P, ABA, "30 June 2026 (headline)", ctx="backlog hits 68,930"),
            L("almost a year", 1, ALM, YEARS, WAIT, "July 2025 to June 2026 (tribunal waits; headline)"),
            L("41%", 41, E, PCT, ABA + "_change", "30 June 2026 vs 30 June 2025 (cases awaiting an immigration judge, in 12 months; standfirst)"),
            L("68,930", 68930, E, P, ABA, J26 + " waiting for a hearing", ctx="has grown to 68,930"),
            L("nearly four times", 4, ALM, RATIO, ABA + "_ratio", "30 June 2026 vs June 2023 (the level of three years ago)"),
            L("68,930", 68930, E, P, ABA, J26, ctx="statistics put 68,930"),
            L("48,890", 48890, E, P, ABA, "30 June 2025 (twelve months earlier; Ministry of Justice)"),
            L("17,800", 17800, E, P, ABA, "June 2023 (Ministry of Justice)"),
            L("52,300", 52300, E, P, "asylum_appeals_lodged", YJ26),
            L("31,400", 31400, E, P, "asylum_appeals_determined", YJ26 + " disposed of by judges"),
            L("49 weeks", 49, E, WEEKS, WAIT, YJ26 + " median time from lodging to a decision"),
            L("37 weeks", 37, E, WEEKS, WAIT, "July 2024 to June 2025 (a year before; median)"),
            L("Almost half", 50, ALM, PCT, "asylum_appeals_share_allowed", YJ26 + " of appellants won"),
            L("46%", 46, E, PCT, "asylum_appeals_share_allowed", YJ26 + " of decided appeals"),
            L("11,450", 11450, E, P, ABA, J26 + " Taylor House hearing centre, Clerkenwell", geo="London"),
            L("6,120", 6120, E, P, ABA, J26 + " the hearing centre in Birmingham", geo="Birmingham"),
            L("5,480", 5480, E, P, ABA, J26 + " Piccadilly hearing centre", geo="Manchester"),
            L("Roughly 29,000", 29000, AP, P, "asylum_support_population_awaiting_appeal", "August 2026 (housed by the Home Office, the department told MPs last month)"),
            L("about £24,000", 24000, AP, GBP, "asylum_support_cost_per_person", "per year (supporting one asylum seeker; National Audit Office)"),
            L("Fewer than two in five", 40, LT, PCT, LEGAL, RAP + " appellants with a legal aid lawyer"),
            L("1,100", 1100, E, P, "refugee_appeals_project_survey_respondents", RAP),
            L("one in four", 25, E, PCT, LEGAL, RAP + " in the north-east", geo=NE),
            L("a third", -THIRD, E, PCT, "legal_aid_caseworkers_change", "2019 to 2026 (lost since 2019; Gwen Ashdown-Achterberg, immigration solicitor)", geo="Leeds"),
            L("6,500", 6500, E, DAYS, "tribunal_sitting_days_added", "April 2026 to March 2027 (2026/27, extra sitting days for the immigration chamber; Ministry of Justice)"),
            L("£31m", 31000000, E, GBP, "tribunal_sitting_days_added_cost", "April 2026 to March 2027 (2026/27; Ministry of Justice)"),
            L("140", 140, E, P, "tribunal_judges_recruited", "January to September 2026 (fee-paid judges since January; Ministry of Justice)"),
            L("41,700", 41700, E, P, "asylum_backlog", "2026 (now, claims awaiting a first decision, the lowest since 2019; Home Office)"),
        ]),
    "03-juniper-news-asylum-accommodation-contracts-cost": dict(
        meta=dict(url="https://www.junipernews.example/news/articles/c4r8x2m7n1qo",
                  title="Asylum housing contracts to cost £15.3bn, spending watchdog says",
                  publisher="Juniper News", author="Owen Pritchard-Nwosu", published_date="2026-11-18"),
        labels=[
            L("£15.3bn", 15300000000, E, GBP, ACC, "2019 to 2029 (the contracts' life; headline)", ctx="to cost £15.3bn"),
            L("196", 196, E, HOTELS, "asylum_hotels_in_use", "November 2026 (still uses; picture caption)", ctx="still uses 196"),
            L("£15.3bn", 15300000000, E, GBP, ACC, LIFE + " forecast", ctx="to reach £15.3bn"),
            L("more than three times", 3, MT, RATIO, ACC + "_ratio", "forecast vs the original estimate of 2019"),
            L("about £4.5bn", 4500000000, AP, GBP, ACC, "2019 to 2029 (the original estimate when the deals were signed in 2019)"),
            L("£4.3bn", 4300000000, E, GBP, "asylum_cost_accommodation", FY26),
            L("£2.7bn", 2700000000, E, GBP, "asylum_cost_hotels", FY26),
            L("63%", 63, E, PCT, "asylum_cost_accommodation_share_hotels", FY26),
            L("about £7.4m", 7400000, AP, GBP, "asylum_cost_hotels", "per day, " + FY26),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "per night, April 2025 to March 2026 (last year, on average)"),
            L("£14", 14, E, GBP, "asylum_dispersal_cost_per_person_night", "per night, April 2025 to March 2026 (last year, dispersal housing)"),
            L("more than 10 times", 10, MT, RATIO, "asylum_hotel_cost_per_person_night_ratio", "per night, 2025/26 (a hotel night against dispersal housing)"),
            L("29,440", 29440, E, P, HOT, S30),
            L("196", 196, E, HOTELS, "asylum_hotels_in_use", S30, ctx="in 196 hotels"),
            L("more than 56,000", 56000, MT, P, HOT, "autumn 2023 (at the peak)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "autumn 2023 (at the peak, sites)"),
            L("£46m", 46000000, E, GBP, "asylum_accommodation_excess_profit_recovered", "2019 to November 2026 (recovered only; " + NAO + ")"),
            L("about 14,000", 14000, AP, BEDS, "asylum_dispersal_beds_required", "by the next general election (extra dispersal beds to end hotel use; " + NAO + ")"),
            V("billions", 2000000000, 9000000000, GBP, ACC, "the contracts' life (a permanent business worth; Sir Geoffrey Clitheroe-Amankwah, Public Accounts Committee)"),
            L("almost half", -50, ALM, PCT, HOT + "_change", "July 2024 to November 2026 (since the general election; Home Office officials)"),
            L("£1bn", 1000000000, E, GBP, "asylum_hotel_exit_saving", "per year (once all hotels are closed; Home Office officials)"),
            L("one in five", 20, E, PCT, HOT + "_share_decided_awaiting_move", S30 + " hotel residents already given a decision"),
        ]),
    "04-morpeth-medlar-pa-north-east-asylum-dispersal": dict(
        meta=dict(url="https://www.morpethmedlar.example/news/politics/north-east-takes-the-most-asylum-seekers-for-its-size-of-any-english-region-5531907",
                  title="North East takes the most asylum seekers for its size of any English region",
                  publisher="Morpeth Medlar", author="Ellen Strachan-Obi", published_date="2026-02-24"),
        labels=[
            L("6,270", 6270, E, P, DISP, D25 + " living in dispersed housing across the region", geo=NE),
            L("about 23", 23, AP, RATE10K, RATE, D25, geo=NE),
            L("12", 12, E, RATE10K, RATE, D25, ctx="rate was 12 per", geo="England"),
            L("almost twice", 2, ALM, RATIO, RATE + "_ratio", D25 + " the North East's rate against the national figure", geo=NE),
            L("84", 84, E, RATE10K, RATE, D25 + " the highest of any council in the country", geo="Middlesbrough"),
            L("1,250", 1250, E, P, DISP, D25, geo="Middlesbrough"),
            L("1,140", 1140, E, P, DISP, D25, geo="Sunderland"),
            L("1,470", 1470, E, P, DISP, D25, geo="Newcastle upon Tyne"),
            L("710", 710, E, P, DISP, D25, geo="Stockton-on-Tees"),
            L("560", 560, E, P, DISP, D25, geo="Hartlepool"),
            L("118", 118, E, P, DISP, D25 + " housed just", geo="Northumberland"),
            L("around four", 4, AP, RATE10K, RATE, D25 + " one of the lowest in England", geo="Northumberland"),
            L("up to 340", 340, AM, P, "asylum_dispersal_target", "by March 2027 (Northumberland's share under the Home Office plan published last week)", geo="Northumberland"),
            L("£3,500", 3500, E, GBP, "asylum_dispersal_grant_per_bed", "2026 (for every additional bed, new scheme)"),
            L("£750", 750, E, GBP, "asylum_dispersal_grant_per_bed", "before 2026 (the previous scheme)"),
            L("17%", 17, E, PCT, DISP + "_change", "31 December 2025 vs 31 December 2024 (the 12 months to December)", geo=NE),
            L("5,360", 5360, E, P, DISP, "31 December 2024 (a year earlier)", geo=NE),
            L("71,900", 71900, E, P, DISP, D25 + " UK-wide"),
            L("33,800", 33800, E, P, HOT, D25 + " a further, in hotels"),
            L("More than a third", THIRD, MT, PCT, "housing_share_rural", "2026 (homes in rural areas; Northumberland County Council)", geo="Northumberland"),
            L("11%", 11, E, PCT, "private_rents_change", "2024 to 2026 (average private rents, in two years; Northumberland County Council)", geo="Northumberland"),
            L("roughly 2,300", 2300, AP, VISITS, "refugee_drop_in_visits", "January to December 2025 (last year, a drop-in service for new arrivals)", geo="Sunderland"),
            L("more than 150", 150, MT, HOTELS, "asylum_hotels_closed", "July 2024 to February 2026 (since the election; a Home Office spokesperson)"),
            L("about 40%", 40, AP, PCT, DISP + "_share_families_with_children", "2026 (North East Migration Partnership)", geo=NE),
        ]),
    "05-sloecheck-eritrean-share-small-boat-arrivals-claim": dict(
        meta=dict(url="https://sloecheck.example/fact-check/eritreans-are-not-half-of-small-boat-arrivals",
                  title="Eritreans are not half of all small boat arrivals",
                  publisher="Sloecheck", author="Callum Threlkeld-Nakamura", published_date="2026-09-18"),
        labels=[
            L("half", 50, E, PCT, ERI, CLAIM + "; headline)", ctx="are not half of"),
            L("Half", 50, E, PCT, ERI, CLAIM + "; What was claimed)", ctx="Half of the migrants crossing"),
            L("about 19%", 19, AP, PCT, ERI, YJ + " (Our verdict)", ctx="Eritreans were about 19% of people"),
            L("half", 50, E, PCT, ERI, CLAIM + "; well short of, Our verdict)", ctx="well short of half"),
            L("close to half", 50, AP, PCT, ERI, "one week in early September 2026 (Our verdict)", ctx="They were close to half"),
            L("more than 14,000", 14000, MT, SHARES, "social_media_post_shares", "September 2026 (reshared this week)"),
            L("half", 50, E, PCT, ERI, CLAIM + "; the post's words)", ctx='"half of the migrants'),
            L("42,260", 42260, E, P, SBA, YJ),
            L("8,030", 8030, E, P, "small_boat_arrivals_eritrean", YJ),
            L("19%", 19, E, PCT, ERI, YJ, ctx="or 19%"),
            L("6,790", 6790, E, P, "small_boat_arrivals_afghan", YJ),
            L("16%", 16, E, PCT, "small_boat_arrivals_share_afghan", YJ),
            L("5,110", 5110, E, P, "small_boat_arrivals_iranian", YJ),
            L("12%", 12, E, PCT, "small_boat_arrivals_share_iranian", YJ, ctx="5,110, 12%"),
            L("4,870", 4870, E, P, "small_boat_arrivals_sudanese", YJ),
            L("12%", 12, E, PCT, "small_boat_arrivals_share_sudanese", YJ, ctx="4,870, 12%"),
            L("7%", 7, E, PCT, "small_boat_arrivals_share_vietnamese", YJ + " a further"),
            L("about one in five", 20, AP, PCT, ERI, YJ),
            L("66%", 66, E, PCT, "small_boat_arrivals_share_top_five_nationalities", YJ),
            L("a third", THIRD, E, PCT, "small_boat_arrivals_share_other_nationalities", YJ + " from everywhere else"),
            L("3,410", 3410, E, P, "small_boat_arrivals_eritrean", "July 2023 to June 2024 (the year to June 2024)"),
            L("12%", 12, E, PCT, ERI, "July 2023 to June 2024 (the year to June 2024)", ctx="arrived, 12% of"),
            L("more than doubled", 2, MT, RATIO, "small_boat_arrivals_eritrean_ratio", "year to June 2026 vs year to June 2024 (in two years)"),
            L("half", 50, E, PCT, ERI, CLAIM + '; "Where might half come from?")', ctx='"half" come from'),
            L("1,320", 1320, E, P, SBA, WK5),
            L("640", 640, E, P, "small_boat_arrivals_eritrean", WK5),
            L("48%", 48, E, PCT, ERI, WK5),
            L("nearly half", 50, ALM, PCT, ERI, WK5),
            L("23%", 23, E, PCT, ERI, "August 2026 (over the whole of August)"),
            L("86%", 86, E, PCT, "asylum_grants_share_initial_decisions_eritrean", YJ + " initial decisions on Eritrean claims"),
            L("47%", 47, E, PCT, "asylum_grants_share_initial_decisions", YJ + " across all nationalities"),
            L("half", 50, E, PCT, ERI, "the claim (nowhere near; Dr Ruth Anand-Galloway, migration statistician)", ctx="nowhere near half"),
            L("half", 50, E, PCT, ERI, CLAIM + "; Conclusion)", ctx="claim that half of"),
            L("about 19%", 19, AP, PCT, ERI, YJ + " (Conclusion)", ctx="Eritreans were about 19% of arrivals"),
            L("close to half", 50, AP, PCT, ERI, "one week in September 2026 (briefly; Conclusion)", ctx="briefly close to half"),
        ]),
    "06-the-larch-britons-emigrating-australia-dubai-spain": dict(
        meta=dict(url="https://www.thelarch.example/article/the-great-british-getaway",
                  title="The great British getaway",
                  publisher="The Larch", author="Harriet Fairbairn-Ossei", published_date="2026-10-17"),
        labels=[
            L("94,000", -94000, E, P, BNN, "July 2025 to June 2026 (the year to June 2026, more British citizens left than came home; ONS)"),
            L("14%", 14, E, PCT, BNN + "_change", "year to June 2026 vs the year before (the net outflow, up; ONS)"),
            L("37,900", 37900, E, P, AWH, "July 2024 to June 2025 (2024/25, issued to British under-35s)", geo="Australia"),
            L("nearly four times", 4, ALM, RATIO, AWH + "_ratio", "2024/25 vs 2020/21 (when the borders were shut)", geo="Australia"),
            L("Roughly 1.2m", 1200000, AP, P, "uk_born_population_abroad", "2026 (people born in Britain who live in Australia)", geo="Australia"),
            L("some 240,000", 240000, AP, P, "british_residents_uae", "2026 (British nationals who have made their home in the Emirates; Foreign Office)", geo="United Arab Emirates"),
            L("about twice", 2, AP, RATIO, "british_residents_uae_ratio", "2026 vs 2016 (ten years ago; Foreign Office)", geo="United Arab Emirates"),
            L("296,000", 296000, E, P, "british_residents_spain", "2026 (Britons registered as resident; Spain's statistics office)", geo="Spain"),
            L("8%", 8, E, PCT, "british_residents_spain_change", "2021 to 2026 (up since 2021; Spain's statistics office)", geo="Spain"),
            L("Roughly a third", THIRD, AP, PCT, "british_residents_spain_share_aged_65_and_over", "2026 (over 65)", geo="Spain"),
            L("51%", 51, E, PCT, "graduate_effective_marginal_tax_rate", "2026 (a graduate on £38,000, counting student loan repayments; the Carrow Institute)"),
            L("One in five", 20, E, PCT, "graduates_share_expect_to_emigrate", "spring 2026 (graduates under 30, within ten years; pollsters)"),
            L("10,400", 10400, E, P, "emigration_millionaires", "January to December 2025 (quit the UK; a Mayfair consultancy)"),
        ]),
    "07-margate-mulberry-manston-processing-centre-capacity": dict(
        meta=dict(url="https://www.margatemulberry.example/news/thanet/manston-held-1870-migrants-in-one-day-far-above-its-limit-of-1600-7702841",
                  title="Manston held 1,870 migrants in one day - far above its limit of 1,600",
                  publisher="Margate Mulberry", author="Lauren Whitstable-Odukoya", published_date="2026-11-06"),
        labels=[
            L("1,870", 1870, E, P, PSP, "Tuesday 27 October 2026 (in one day; headline)", ctx="Manston held 1,870", geo=MAN),
            L("1,600", 1600, E, P, "processing_site_capacity", "2026 (its limit; headline)", ctx="limit of 1,600", geo=MAN),
            L("MORE than 1,800", 1800, MT, P, PSP, "Tuesday 27 October 2026 (a single day last week)", geo=MAN),
            L("1,870", 1870, E, P, PSP, "Tuesday 27 October 2026 (figures obtained by the Mulberry)", ctx="show 1,870", geo=MAN),
            V("hundreds", 200, 900, P, SBA, "25 to 27 October 2026 (in 48 hours, a run of calm weather)"),
            L("no more than 1,600", 1600, AM, P, "processing_site_capacity", "2026 (designed to hold at a time)", geo=MAN),
            L("31 hours", 31, E, HOURS, STAY, "October 2025 to September 2026 (the 12 months to September; Home Office data)", geo=MAN),
            L("19 hours", 19, E, HOURS, STAY, "October 2024 to September 2025 (a year earlier; Home Office data)", geo=MAN),
            L("one in eight", 12.5, E, PCT, "processing_site_share_held_beyond_24_hours", "summer 2026 (kept longer than the legal limit; inspectors)", geo=MAN),
            L("97 hours", 97, E, HOURS, "processing_site_longest_reported_stay", "summer 2026 (one man told inspectors)", geo=MAN),
            L("36,480", 36480, E, P, THRU, YTD7 + " passed through Manston", geo=MAN),
            L("31,900", 31900, E, P, THRU, "1 January to early November 2025 (by this point in 2025)", geo=MAN),
            L("14%", 14, E, PCT, THRU + "_change", "2026 so far vs the same period of 2025 (a rise)", geo=MAN),
            L("£94m", 94000000, E, GBP, "processing_site_cost", "April 2025 to March 2026 (2025/26, to run; the Home Office)", geo=MAN),
            L("about 730", 730, AP, P, "processing_site_staff", "2026 (employs)", geo=MAN),
            L("about 4,000", 4000, AP, P, PSP, "autumn 2022 (its busiest period, squeezed into marquees)", geo=MAN),
            L("512", 512, E, P, "unaccompanied_children_in_care", "November 2026 (caring for; Kent County Council)", geo="Kent"),
            L("roughly two-thirds", TWO3, AP, PCT, "unaccompanied_children_in_care_share_aged_16_17", "November 2026 (aged 16 or 17; Kent County Council)", geo="Kent"),
            L("38,950", 38950, E, P, SBA, "1 January to 5 November 2026 (since January 1; the Home Office's daily figures)"),
            L("nearly 2%", 2, ALM, PCT, SBA + "_change", "2026 so far vs the same period last year (more)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
