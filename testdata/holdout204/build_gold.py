#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the two-hundred-and-fourth hand-labelled hold-out set (holdout204).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, RATIO, HOTELS, THIRD, SIXTH,
                        E, AP, MT, AL, LT, AM, ALM, AC)

UK, ENG, WAL, SCO, NI, FR, RW, EU = "UK", "England", "Wales", "Scotland", "Northern Ireland", "France", "Rwanda", "EU"
CASES, HH, EUR = "other:cases", "other:households", "other:EUR"
HOT = "asylum_hotel_population"
HOTC = "asylum_cost_hotels"
HPN = "asylum_hotel_cost_per_person_night"
DPN = "asylum_dispersal_cost_per_person_night"
ASP = "asylum_support_population"
DISP = "asylum_dispersal_population"
BL, BLA = "asylum_backlog", "asylum_backlog_appeals"
INUSE = "asylum_hotels_in_use"

# 01 (Friday 23 August 2024; PA copy in a Teesside paper; quarterly statistics to 30 June 2024)
J24 = "30 June 2024 (the end of June"
M24 = "31 March 2024 (the end of March"
Q = "; quarterly Home Office statistics)"
TEES = "Teesside"
MBRO = "Middlesbrough"

# 02 (Tuesday 19 November 2024; fact check)
CLAIM = "per day (2023, the claimed hotel bill; "
NOW2 = "30 September 2024 (now, the latest figures"
FY2324 = "April 2023 to March 2024 (2023/24; Home Office annual accounts)"

# 03 (Wednesday 21 May 2025; BBC-style; National Audit Office report)
NAO = "the National Audit Office"
FY2425 = "April 2024 to March 2025 (2024-25"
CONTRACTS = "2019 to 2029 (the 10-year contracts signed in 2019"

# 04 (Monday 13 October 2025; Guardian-style investigation; documents for April 2024 to March 2025)
DOCS = "April 2024 to March 2025 (between April 2024 and March 2025, the 47 hotels' documents"

# 05 (Thursday 19 February 2026; Scottish paper; Glasgow budget)
GLA = "Glasgow"
FY2627 = "April 2026 to March 2027 (2026/27"
FY2526 = "April 2025 to March 2026 (2025/26"
BOX = "; fact box)"

# 06 (Wednesday 17 June 2026; Independent-style; Home Affairs Committee on Tuesday 16 June 2026)
PS = "Dame Honoria Blackwood-Achterberg, permanent secretary)"
M26 = "31 March 2026 (the end of March; "

# 07 (Thursday 5 November 2026; Mail-style; Home Office annual report and accounts 2025-26)
FY2526b = "April 2025 to March 2026 (2025-26"
SF26 = "1 January to 5 November 2026 (so far in 2026"

ARTICLES = {
    "01-tees-transporter-pa-asylum-support-teesside": dict(
        meta=dict(url="https://www.teestransporter.example/news/uk-news/hotel-numbers-fall-by-a-sixth-but-more-than-2200-asylum-seekers-now-live-on-teesside-4802261",
                  title="Hotel numbers fall by a sixth, but more than 2,200 asylum seekers now live on Teesside",
                  publisher="Tees Transporter", author="Imogen Garside-Mbeki", published_date="2024-08-23"),
        labels=[
            L("a sixth", -SIXTH, E, PCT, HOT + "_change", "31 March 2024 to 30 June 2024 (fall; Home Office figures; headline)", ctx="fall by a sixth"),
            L("more than 2,200", 2200, MT, P, DISP, "30 June 2024 (now live on Teesside; headline)", geo=TEES),
            L("about a sixth", -SIXTH, AP, PCT, HOT + "_change", "30 June 2024 vs 31 March 2024 (fewer than three months before; official figures)"),
            L("more than 100,000", 100000, MT, P, ASP, J24 + ", still depend on state support; official figures)"),
            L("29,585", 29585, E, P, HOT, "30 June 2024 (June 30" + Q),
            L("35,750", 35750, E, P, HOT, M24 + Q),
            L("109,580", 109580, E, P, ASP, J24 + Q),
            L("1%", -1, E, PCT, ASP + "_change", "30 June 2024 vs 31 March 2024 (fewer than three months earlier" + Q),
            L("Just over a quarter", 25, MT, PCT, "asylum_support_share_hotels", J24 + ", in hotels" + Q),
            L("65,940", 65940, E, P, DISP, J24 + ", flats and shared houses rented by contractors" + Q),
            L("14,055", 14055, E, P, ASP + "_other_housing_or_cash_only", J24 + ", the remaining, other housing or cash support only" + Q),
            V("millions of pounds", 2000000, 9000000, GBP, HOTC, "per day (July 2024, every day; the new Home Secretary)"),
            L("£145", 145, E, GBP, HPN, "per night (August 2024, the average quoted by officials)"),
            L("about £4.3m", 4300000, AP, GBP, HOTC, "per day (now, the current hotel population at £145 a night)"),
            L("118,882", 118882, E, P, BL, "30 June 2024 (on 30 June, people yet to receive an initial ruling" + Q),
            L("86,465", 86465, E, CASES, BL, "30 June 2024 (on 30 June, claims" + Q),
            L("almost a third", -THIRD, ALM, PCT, BL + "_change", "30 June 2024 vs 30 June 2023 (down on twelve months before" + Q),
            L("175,457", 175457, E, P, BL, "30 June 2023 (recorded twelve months before" + Q),
            L("41,200", 41200, E, CASES, "tribunal_appeals_outstanding_immigration_asylum", "30 June 2024 (outstanding; the tribunal service)"),
            L("68%", 68, E, PCT, "tribunal_appeals_outstanding_immigration_asylum_change", "30 June 2024 vs June 2023 (up on June 2023; the tribunal service)"),
            L("1,031", 1031, E, P, DISP, "30 June 2024 (on 30 June, in dispersal housing" + Q, geo=MBRO),
            L("about 70", 70, AP, "other:per_10000_residents", DISP + "_per_10000_residents", "30 June 2024 (for every 10,000 residents)", geo=MBRO),
            L("roughly seven times", 7, AP, RATIO, DISP + "_per_10000_residents_ratio", "30 June 2024 (Middlesbrough vs England as a whole)", geo=MBRO),
            L("about 10", 10, AP, "other:per_10000_residents", DISP + "_per_10000_residents", "30 June 2024 (England as a whole, per 10,000)", geo=ENG),
            L("612", 612, E, P, DISP, "30 June 2024 (housed" + Q, geo="Stockton-on-Tees"),
            L("418", 418, E, P, DISP, "30 June 2024 (housed" + Q, geo="Hartlepool"),
            L("157", 157, E, P, DISP, "30 June 2024 (housed" + Q, geo="Redcar and Cleveland"),
            L("past 2,200", 2200, MT, P, DISP, "30 June 2024 (the total across the four Teesside councils" + Q, geo=TEES),
            L("One in every 143", 100 / 143, E, PCT, DISP + "_share_of_residents", "August 2024 (people living in Middlesbrough in asylum accommodation; Cllr Dorothea Penwarden-Okoro)", geo=MBRO),
            L("about £1.2m", 1200000, AP, GBP, "council_asylum_cost", "per year (supporting people in asylum accommodation, council estimate; Cllr Dorothea Penwarden-Okoro)", geo=MBRO),
            L("£700m", 700000000, E, GBP, "rwanda_scheme_cost", "2022 to July 2024 (the scrapped scheme had cost; the Home Secretary, last month)", geo=RW),
            L("£290m", 290000000, E, GBP, "payment_to_rwanda", "2022 to July 2024 (paid to the government in Kigali; the Home Secretary, last month)", geo=RW),
            V("tens of thousands", 20000, 90000, CASES, BL, "up to July 2024 (claims left to pile up under the last government; a Home Office spokesperson)"),
            V("millions", 2000000, 9000000, GBP, HOTC, "up to July 2024 (the hotel bill under the last government; a Home Office spokesperson)", ctx="ran into millions"),
            L("1,000", 1000, E, P, "returns_enforcement_staff_redeployed", "August 2024 (redeploying to a new returns and enforcement unit; a Home Office spokesperson)"),
        ]),
    "02-stepping-stones-asylum-hotels-8m-a-day-factcheck": dict(
        meta=dict(url="https://www.steppingstones.example/fact-checks/is-britain-still-spending-8m-a-day-on-asylum-hotels",
                  title="Is Britain still spending £8m a day on asylum hotels?",
                  publisher="Stepping Stones", author="Leopold Ashdown-Nyarko", published_date="2024-11-19"),
        labels=[
            L("£8m", 8000000, E, GBP, HOTC, "per day (November 2024, still, as claimed; headline)", ctx="spending £8m a day"),
            L("£8 million", 8000000, E, GBP, HOTC, "per day (November 2024, still; the claim, an opposition MP)"),
            L("£8m", 8000000, E, GBP, HOTC, CLAIM + "the Home Office gave the figure; verdict)", ctx="gave the £8m figure"),
            L("more than 50,000", 50000, MT, P, HOT, "2023 (when the £8m figure was given; verdict)"),
            L("about 35,700", 35700, AP, P, HOT, NOW2 + "; verdict)"),
            L("closer to £5m", 5000000, AP, GBP, HOTC, "per day (now; Stepping Stones estimate; verdict)"),
            L("more than 400,000", 400000, MT, "other:views", "social_media_video_views", "12 to 19 November 2024 (since the video was posted on 12 November)"),
            L("£8m", 8000000, E, GBP, HOTC, CLAIM + "cross-head)", ctx="Where does £8m"),
            L("£8m", 8000000, E, GBP, HOTC, "per day (spring 2023, the £8m-a-day figure; the department)", ctx="using the £8m-a-day"),
            L("56,042", 56042, E, P, HOT, "30 September 2023 (the peak, the end of September that year)"),
            L("35,651", 35651, E, P, HOT, "30 September 2024 (30 September 2024; the latest Home Office statistics)", occ=0),
            L("36%", -36, E, PCT, HOT + "_change", "30 September 2024 vs 30 September 2023 (a fall in twelve months; Home Office statistics)"),
            L("more than 400", 400, MT, HOTELS, INUSE, "September 2023 (at the peak)", ctx="well: more than 400"),
            L("about 220", 220, AP, HOTELS, INUSE, "November 2024 (now)"),
            L("£8m", 8000000, E, GBP, HOTC, CLAIM + "cross-head)", ctx="still £8m a day?"),
            L("£139", 139, E, GBP, HPN, "per night, April 2023 to March 2024 (2023-24, a hotel place on average; officials in evidence to MPs)", occ=0),
            L("£23", 23, E, GBP, DPN, "per night, April 2023 to March 2024 (2023-24, dispersal accommodation; officials in evidence to MPs)"),
            L("about six times", 6, AP, RATIO, HPN + "_ratio", "April 2023 to March 2024 (2023-24, hotels vs dispersal accommodation; officials)"),
            L("£139", 139, E, GBP, HPN, "per night (the nightly rate used in Stepping Stones' calculation)", occ=1),
            L("35,651", 35651, E, P, HOT, "30 September 2024 (the people now in hotels)", occ=1),
            L("about £4.96m", 4960000, AP, GBP, HOTC, "per day (now; Stepping Stones calculation)"),
            L("roughly £5m", 5000000, AP, GBP, HOTC, "per day (now; Stepping Stones calculation)"),
            L("more than 60%", 60, MT, PCT, HPN + "_change", "November 2024 (the rise in the nightly rate needed to reach £8m a day; Stepping Stones calculation)"),
            L("£8m", 8000000, E, GBP, HOTC, "per day (the claimed bill, the rise needed to reach it)", ctx="to reach £8m"),
            L("£4.7bn", 4700000000, E, GBP, AC, FY2324),
            L("19%", 19, E, PCT, AC + "_change", "2023/24 vs 2022/23 (up; Home Office annual accounts)"),
            L("£3.96bn", 3960000000, E, GBP, AC, "April 2022 to March 2023 (2022/23; Home Office annual accounts)"),
            L("£2.28bn", 2280000000, E, GBP, HOTC, FY2324),
            L("almost half", 50, ALM, PCT, "asylum_cost_share_hotels", FY2324),
            L("about £6.2m", 6200000, AP, GBP, HOTC, "per day, April 2023 to March 2024 (spread across the year; Stepping Stones calculation)"),
            L("150", 150, E, HOTELS, "asylum_hotels_closed", "April 2023 to March 2024 (the 12 months to March; the previous government)"),
            L("more than 400", 400, MT, HOTELS, INUSE, "2023 (had spiralled to, sites; a Home Office spokesperson)", ctx="more than 400 sites"),
            L("£8m", 8000000, E, GBP, HOTC, CLAIM + "conclusion)", ctx="The £8m figure dates"),
            L("nearer £5m", 5000000, AP, GBP, HOTC, "per day (now, on official figures; conclusion)"),
            L("more than £1.8bn", 1800000000, MT, GBP, HOTC, "per year (if it continues at the current rate; conclusion)"),
        ]),
    "03-the-weirpool-nao-asylum-accommodation-contracts": dict(
        meta=dict(url="https://www.theweirpool.example/news/articles/c4r8n2y7vw3o",
                  title="Asylum housing contracts to cost £15.3bn, three times first estimate",
                  publisher="The Weirpool", author="Eleanor Rushworth-Adjei", published_date="2025-05-21"),
        labels=[
            L("£15.3bn", 15300000000, E, GBP, "asylum_accommodation_contracts_cost", CONTRACTS + ", expected; headline)", occ=0),
            L("three times", 3, E, RATIO, "asylum_accommodation_contracts_cost_ratio", "now vs the first estimate (2019 to 2029 contracts; headline)"),
            L("£15.3bn", 15300000000, E, GBP, "asylum_accommodation_contracts_cost", CONTRACTS + ", now expected; " + NAO + ")", occ=1),
            L("more than triple", 3, MT, RATIO, "asylum_accommodation_contracts_cost_ratio", "now vs the original forecast (2019 to 2029 contracts; " + NAO + ")"),
            L("£4.5bn", 4500000000, E, GBP, "asylum_accommodation_contracts_cost_original_forecast", CONTRACTS + ", expected when awarded; " + NAO + ")", occ=0),
            L("£145", 145, E, GBP, HPN, "per night, " + FY2425 + ", last year; " + NAO + "; image caption)", occ=0),
            L("£27", 27, E, GBP, DPN, "per night, " + FY2425 + ", last year, other housing; " + NAO + "; image caption)", occ=0),
            L("£145", 145, E, GBP, HPN, "per night, " + FY2425 + ", an average; " + NAO + ")", occ=1),
            L("£27", 27, E, GBP, DPN, "per night, " + FY2425 + ", flats and shared houses; " + NAO + ")", occ=1),
            L("more than five times", 5, MT, RATIO, HPN + "_ratio", FY2425 + ", hotels vs flats and shared houses; " + NAO + ")"),
            L("32,345", 32345, E, P, HOT, "31 March 2025 (by 31 March; " + NAO + ")"),
            L("about 36%", 36, AP, PCT, "asylum_accommodation_population_share_hotels", "31 March 2025 (of everyone in asylum accommodation; " + NAO + ")"),
            L("almost 90,000", 90000, ALM, P, "asylum_accommodation_population", "31 March 2025 (in asylum accommodation; " + NAO + ")"),
            L("about three-quarters", 75, AP, PCT, "asylum_accommodation_cost_share_hotels", "31 March 2025 (hotels' share of accommodation costs; " + NAO + ")"),
            L("£2.3bn", 2300000000, E, GBP, "asylum_cost_accommodation", FY2425 + "; " + NAO + ")"),
            L("£2.8bn", 2800000000, E, GBP, "asylum_cost_accommodation", "April 2023 to March 2024 (the year before; " + NAO + ")"),
            L("£58m", 58000000, E, GBP, "asylum_accommodation_excess_profit_recovered", "2019 to May 2025 (so far, clawed back; " + NAO + ")"),
            L("£13m", 13000000, E, GBP, "asylum_accommodation_excess_profit_owed", "May 2025 (a further, in talks; " + NAO + ")"),
            L("1,940", 1940, E, "other:properties", "asylum_accommodation_properties_inspected", "January to December 2024 (last year; Home Office inspectors)"),
            L("about one in five", 20, AP, PCT, "asylum_accommodation_properties_share_with_defects", "January to December 2024 (last year, found defects; Home Office inspectors)"),
            L("2,160", 2160, E, P, "asylum_accommodation_population", "31 March 2025 (the close of March; " + NAO + ")", geo=NI),
            L("640", 640, E, P, HOT, "31 March 2025 (the close of March, in hotels; " + NAO + ")", geo=NI),
            L("3,120", 3120, E, P, "asylum_accommodation_population", "31 March 2025 (the close of March; " + NAO + ")", geo=WAL),
            L("about £1bn", 1000000000, AP, GBP, "asylum_hotel_exit_saving", "per year (once moving people out of hotels is complete; the Home Office told the NAO)"),
            V("thousands", 2000, 9000, "other:homes", "asylum_dispersal_homes_needed", "May 2025 to 2029 (extra homes to empty hotels; " + NAO + ")", ctx="finding thousands"),
            L("£4.5bn", 4500000000, E, GBP, "asylum_accommodation_contracts_cost_original_forecast", CONTRACTS + ", meant to cost; the chair of the Public Accounts Committee)", occ=1),
            L("£15.3bn", 15300000000, E, GBP, "asylum_accommodation_contracts_cost", CONTRACTS + ", heading for; the chair of the Public Accounts Committee)", occ=2),
            V("tens of thousands", 20000, 90000, P, HOT, "July 2024 (the system the government took over; the Home Office)"),
            V("billions", 2000000000, 9000000000, GBP, "asylum_hotel_exit_saving", "May 2025 to 2029 (every asylum hotel shut; a Home Office spokesperson)"),
        ]),
    "04-the-oxbow-asylum-hotel-subcontractors-investigation": dict(
        meta=dict(url="https://www.theoxbow.example/uk-news/2025/oct/13/revealed-asylum-hotel-owners-get-less-than-a-third-of-what-taxpayers-pay-per-night",
                  title="Revealed: asylum hotel owners get less than a third of what taxpayers pay per night",
                  publisher="The Oxbow", author="Ffion Carradine-Mensah; Tobias Wetherell-Kagame", published_date="2025-10-13"),
        labels=[
            L("less than a third", THIRD, LT, PCT, "asylum_hotel_owner_payment_share_of_cost", DOCS + ", per night; headline)", occ=0, geo=ENG),
            L("about £42", 42, AP, GBP, "asylum_hotel_owner_payment_per_person_night", "per night, " + DOCS + ", for each person housed; standfirst)", occ=0, geo=ENG),
            L("£145", 145, E, GBP, HPN, "per night, April 2024 to March 2025 (2024-25, the Home Office pays; standfirst)", occ=0),
            L("doubled", 2, E, RATIO, "asylum_accommodation_provider_profit_ratio", "2024 vs 2022 (one contractor's profits; standfirst)", occ=0),
            L("less than a third", THIRD, LT, PCT, "asylum_hotel_owner_payment_share_of_cost", DOCS + ", the nightly sum the taxpayer is charged; the Oxbow)", occ=1, geo=ENG),
            L("47", 47, E, HOTELS, "asylum_hotels_documents_obtained", DOCS + "; the Oxbow)", occ=0, geo=ENG),
            R("between £55 and £95", 55, 95, GBP, "asylum_hotel_owner_payment_per_room_night", "per night, " + DOCS + ", per room)", geo=ENG),
            L("£71", 71, E, GBP, "asylum_hotel_owner_payment_per_room_night", "per night, " + DOCS + ", per room, an average)", geo=ENG),
            L("1.7", 1.7, E, "other:persons_per_room", "asylum_hotel_occupancy_per_room", DOCS + ", on average)", geo=ENG),
            L("about £42", 42, AP, GBP, "asylum_hotel_owner_payment_per_person_night", "per night, " + DOCS + ", for each person)", occ=1, geo=ENG),
            L("£145", 145, E, GBP, HPN, "per night, April 2024 to March 2025 (2024-25, an average for each hotel resident; the Home Office's own figures)", occ=1),
            L("more than £100", 100, MT, GBP, "asylum_hotel_cost_per_person_night_not_paid_to_owners", "per night, " + DOCS + ", of every night's bill went elsewhere)", geo=ENG),
            L("19", 19, E, HOTELS, "asylum_hotels_booked_through_multiple_subcontractors", DOCS + ", two or more layers of subcontractors)", geo=ENG),
            L("47", 47, E, HOTELS, "asylum_hotels_documents_obtained", DOCS + ", of the 47 hotels)", occ=1, geo=ENG),
            L("about two in five", 40, AP, PCT, "asylum_hotels_share_booked_through_multiple_subcontractors", DOCS + ")", geo=ENG),
            L("96", 96, E, "other:rooms", "asylum_hotel_rooms", "April 2024 to March 2025 (one Midlands hotel)", geo="Midlands"),
            L("181", 181, E, P, HOT, "April 2024 to March 2025 (one Midlands hotel, men at its busiest)", geo="Midlands"),
            L("nearly two", 2, ALM, "other:persons_per_room", "asylum_hotel_occupancy_per_room", "April 2024 to March 2025 (one Midlands hotel at its busiest, to a room)", geo="Midlands"),
            L("about 12%", 12, AP, PCT, "subcontractor_booking_fee_share", "October 2025 (off the top for arranging it; a booking agency director)"),
            L("three", 3, E, "other:companies", "asylum_accommodation_prime_contractors", "October 2025 (the Home Office pays to house asylum seekers across the UK)"),
            L("£2.3bn", 2300000000, E, GBP, "asylum_cost_accommodation", "April 2024 to March 2025 (2024-25, paid to the prime contractors between them; the National Audit Office)"),
            L("doubled", 2, E, RATIO, "asylum_accommodation_provider_profit_ratio", "2024 vs 2022 (pre-tax profit of one contractor's UK asylum accommodation business; its accounts)", occ=1),
            L("£74.3m", 74300000, E, GBP, "asylum_accommodation_provider_profit", "January to December 2024 (2024, pre-tax; one contractor's accounts)"),
            L("£36.9m", 36900000, E, GBP, "asylum_accommodation_provider_profit", "January to December 2022 (2022, pre-tax; one contractor's accounts)"),
            L("£1.05bn", 1050000000, E, GBP, "asylum_accommodation_provider_revenue", "January to December 2024 (2024, revenues; one contractor's accounts)"),
            L("about 7%", 7, AP, PCT, "asylum_accommodation_provider_profit_margin", "January to December 2024 (2024, margin; one contractor's accounts)"),
            L("£21m", 21000000, E, GBP, "asylum_accommodation_excess_profit_recovered", "2019 to October 2025 (paid back since 2019; the company)"),
            L("32,059", 32059, E, P, HOT, "30 June 2025 (the end of June; Home Office data)"),
            L("8%", 8, E, PCT, HOT + "_change", "30 June 2025 vs June 2024 (more than; Home Office data)"),
            L("About 210", 210, AP, HOTELS, INUSE, "30 June 2025 (in use at the end of June)"),
            L("roughly 150", 150, AP, "other:persons_per_hotel", "asylum_hotel_population_per_hotel_average", "30 June 2025 (an average per hotel)"),
            V("billions of pounds", 2000000000, 9000000000, GBP, "asylum_accommodation_contracts_cost_wasted", "2019 to October 2025 (contracts signed by the last government; a Home Office spokesperson)"),
            V("hundreds of millions", 200000000, 900000000, GBP, "asylum_hotel_exit_saving", "July 2024 to October 2025 (already saved by moving people into cheaper accommodation; a Home Office spokesperson)"),
            V("a few thousand", 2000, 9000, P, "asylum_initial_accommodation_population_planned", "2019 (planned for at any one time; Ophelia Dunstable-Mwangi, former Home Office official)"),
            L("about £9", 9, AP, GBP, "asylum_hotel_catering_cost_per_person_day", "per day (meals, per person; invoices seen by the Oxbow)", geo=ENG),
            L("£61", 61, E, GBP, "asylum_hotel_owner_payment_per_room_night", "per night, June to August 2025 (this summer, per room; a Kent hotel owner)", geo="Kent"),
            L("£80", 80, E, GBP, "asylum_hotel_owner_payment_per_room_night", "per night, summer 2023 (two years ago, per room; a Kent hotel owner)", geo="Kent"),
        ]),
    "05-govan-ferry-glasgow-budget-refugee-housing": dict(
        meta=dict(url="https://www.govanferry.example/news/glasgow/politics/glasgow-faces-53m-bill-for-housing-refugees-as-council-tax-rises-7-5518374",
                  title="Glasgow faces £53m bill for housing refugees as council tax rises 7%",
                  publisher="Govan Ferry", author="Morag Strachan-Okonkwo", published_date="2026-02-19"),
        labels=[
            L("£53m", 53000000, E, GBP, "council_refugee_temporary_accommodation_cost", FY2627 + "; headline)", occ=0, geo=GLA),
            L("7%", 7, E, PCT, "council_tax_change", FY2627 + "; headline)", occ=0, geo=GLA),
            L("more than trebled", 3, MT, RATIO, "council_refugee_temporary_accommodation_cost_ratio", "2025/26 vs 2022/23 (in three years; standfirst)", geo=GLA),
            L("£53 million", 53000000, E, GBP, "council_refugee_temporary_accommodation_cost", FY2627 + ", next year; Glasgow City Council)", geo=GLA),
            L("7%", 7, E, PCT, "council_tax_change", FY2627 + ", the budget councillors prepare to set)", occ=1, geo=GLA),
            L("£48.6m", 48600000, E, GBP, "council_refugee_temporary_accommodation_cost", FY2526 + ", forecast; budget papers)", occ=0, geo=GLA),
            L("£15.1m", 15100000, E, GBP, "council_refugee_temporary_accommodation_cost", "April 2022 to March 2023 (2022/23; budget papers)", geo=GLA),
            L("more than three times", 3, MT, RATIO, "council_refugee_temporary_accommodation_cost_ratio", "2025/26 vs 2022/23 (budget papers)", geo=GLA),
            L("3,910", 3910, E, P, DISP, "30 September 2025 (the end of September, section 95 support, Home Office contract housing)", geo=GLA),
            L("more than two-thirds", 200 / 3, MT, PCT, DISP + "_share_glasgow", "30 September 2025 (the end of September, of the total across Scotland)", geo=SCO),
            L("5,740", 5740, E, P, DISP, "30 September 2025 (the end of September, across Scotland)", geo=SCO),
            L("Roughly two in five", 40, AP, PCT, "temporary_accommodation_share_refugee_households", "February 2026 (now; picture caption)", geo=GLA),
            L("4,520", 4520, E, HH, "temporary_accommodation_households", "31 December 2025 (the end of December)", geo=GLA),
            L("1,870", 1870, E, HH, "refugee_households_temporary_accommodation", "31 December 2025 (the end of December)", geo=GLA),
            L("about 41%", 41, AP, PCT, "temporary_accommodation_share_refugee_households", "31 December 2025 (the end of December)", geo=GLA),
            L("£108m", 108000000, E, GBP, "council_budget_gap", FY2627 + ", after the Scottish Government's grant)", occ=0, geo=GLA),
            L("£29m", 29000000, E, GBP, "council_budget_savings", FY2627 + ", from services)", geo=GLA),
            L("7%", 7, E, PCT, "council_tax_change", FY2627 + ", the rise for a Band D home)", occ=2, geo=GLA),
            L("£1,698", 1698, E, GBP, "council_tax_band_d", "per year, " + FY2627 + ", Band D annual bill)", geo=GLA),
            L("£111", 111, E, GBP, "council_tax_band_d_change", FY2627 + " vs 2025/26, Band D increase)", geo=GLA),
            L("doubled", 2, E, RATIO, "refugee_households_homeless_presentations_ratio", "2024/25 vs 2022/23 (in two financial years; Cllr Alasdair McQuarrie-Bello)", geo=GLA),
            L("1,460", 1460, E, HH, "refugee_households_homeless_presentations", "April 2022 to March 2023 (2022/23; Cllr Alasdair McQuarrie-Bello)", geo=GLA),
            L("2,930", 2930, E, HH, "refugee_households_homeless_presentations", "April 2024 to March 2025 (2024/25; Cllr Alasdair McQuarrie-Bello)", geo=GLA),
            L("£2.4m", 2400000, E, GBP, "council_asylum_grant", FY2526 + ", this year, the dispersal grant; Cllr Alasdair McQuarrie-Bello)", geo=GLA),
            L("about £614", 614, AP, GBP, "council_asylum_grant_per_person", FY2526 + ", for each person housed; Cllr Alasdair McQuarrie-Bello)", geo=GLA),
            L("less than 5%", 5, LT, PCT, "council_asylum_grant_share_of_cost", FY2526 + ", of refugee housing spending; Cllr Alasdair McQuarrie-Bello)", geo=GLA),
            L("412", 412, E, "other:homes", "council_homes_bought", "2023 to February 2026 (flats bought since 2023; the council)", geo=GLA),
            L("£4.2m", 4200000, E, GBP, "scottish_government_refugee_support_funding", FY2526 + ", this year; a Scottish Government spokesperson)", geo=SCO),
            L("two", 2, E, HOTELS, INUSE, "February 2026 (now; the Home Office)", ctx="only two asylum hotels", geo=SCO),
            L("14", 14, E, HOTELS, INUSE, "at the peak (the Home Office)", geo=SCO),
            L("£108m", 108000000, E, GBP, "council_budget_gap", FY2627 + BOX, occ=1, geo=GLA),
            L("7%", 7, E, PCT, "council_tax_change", FY2627 + BOX, occ=3, geo=GLA),
            L("£48.6m", 48600000, E, GBP, "council_refugee_temporary_accommodation_cost", FY2526 + ", forecast" + BOX, occ=1, geo=GLA),
            L("£53m", 53000000, E, GBP, "council_refugee_temporary_accommodation_cost", FY2627 + ", budget" + BOX, occ=1, geo=GLA),
        ]),
    "06-the-towpath-permanent-secretary-appeals-backlog-committee": dict(
        meta=dict(url="https://www.thetowpath.example/news/uk/politics/home-office-permanent-secretary-asylum-appeals-backlog-cost-b2771904.html",
                  title="Home Office chief admits asylum appeals queue has almost doubled as cost of limbo passes £4bn",
                  publisher="The Towpath", author="Kit Hollingworth-Adebanjo", published_date="2026-06-17"),
        labels=[
            L("almost doubled", 2, ALM, RATIO, BLA + "_ratio", "31 March 2026 vs 31 March 2025 (the appeals queue; headline)", occ=0),
            L("passes £4bn", 4000000000, MT, GBP, AC, "per year (June 2026, the cost of limbo; headline)"),
            L("almost doubled", 2, ALM, RATIO, BLA + "_ratio", "31 March 2026 vs 31 March 2025 (in a year; " + PS, occ=1),
            L("more than £4bn", 4000000000, MT, GBP, AC, "per year (June 2026, supporting people stuck in the system; MPs heard)"),
            L("78,400", 78400, E, CASES, BLA, "31 March 2026 (on 31 March, outstanding; " + PS),
            L("41,900", 41900, E, CASES, BLA, "31 March 2025 (twelve months earlier; " + PS),
            L("46,180", 46180, E, P, BL, M26 + PS),
            L("less than half", 0.5, LT, RATIO, BL + "_ratio", "31 March 2026 vs 31 March 2025 (a year before; " + PS, occ=0),
            L("99,700", 99700, E, P, BL, "31 March 2025 (a year before; " + PS),
            L("about £4.1bn", 4100000000, AP, GBP, AC, "per year (March 2026, asylum support running at; " + PS),
            L("103,200", 103200, E, P, ASP, M26 + PS),
            L("about £40,000", 40000, AP, GBP, "asylum_cost_per_person_per_year", "per year (June 2026, each person in support on average; " + PS),
            L("about two in five", 40, AP, PCT, ASP + "_share_awaiting_appeal", M26 + PS),
            L("roughly £1.6bn", 1600000000, AP, GBP, "asylum_support_cost_awaiting_appeal", "per year (June 2026, people whose claims are with the tribunal; the committee's chair)"),
            L("54 weeks", 54, E, "other:weeks", "asylum_appeal_wait_average", "June 2026 (the average appeal, from lodging to decision; " + PS),
            L("just under half", 50, ALM, PCT, "asylum_appeals_share_allowed", "January to December 2025 (last year, at the First-tier Tribunal; " + PS),
            L("4,000", 4000, E, "other:sitting_days", "tribunal_sitting_days_added", "April 2026 to March 2027 (2026-27, immigration and asylum hearings; the Ministry of Justice)"),
            L("120", 120, E, P, "tribunal_judges_recruited", "June to autumn 2026 (by the autumn; the Ministry of Justice)"),
            L("21,640", 21640, E, P, HOT, "31 May 2026 (the end of May; " + PS),
            L("118", 118, E, HOTELS, INUSE, "31 May 2026 (the end of May; " + PS),
            L("more than 32,000", 32000, MT, P, HOT, "June 2025 (last summer; " + PS),
            L("1,160", 1160, E, P, "returns_france", "August 2025 to June 2026 (since the 'one in, one out' pilot began last August; " + PS),
            L("£290m", 290000000, E, GBP, "payment_to_rwanda", "2022 to 2024 (paid to Rwanda under the partnership; " + PS, geo=RW),
            L("£715m", 715000000, E, GBP, "rwanda_scheme_cost", "2022 to 2024 (the final cost of the Rwanda partnership; " + PS, geo=RW),
            L("44%", 44, E, PCT, "asylum_grant_rate", "April 2025 to March 2026 (the year to March, initial grant rate; " + PS),
            L("about 38%", 38, AP, PCT, "asylum_grant_rate", "April 2025 to March 2026 (the EU average; " + PS, geo=EU),
            L("about €30", 30, AP, EUR, "asylum_reception_cost_per_person_night", "per night (June 2026, state-run reception centres, for each person; " + PS, geo=FR),
            L("less than half", 0.5, LT, RATIO, BL + "_ratio", "June 2026 vs July 2024 (the initial-decision queue, what it was; the Home Office)", occ=1),
        ]),
    "07-daily-tollbridge-home-office-accounts-asylum-bill": dict(
        meta=dict(url="https://www.dailytollbridge.example/news/article-14088213/asylum-bill-still-4-5billion-hotels-costing-taxpayers-4-9m-every-day.html",
                  title="Asylum bill still £4.5BILLION a year - and hotels are costing taxpayers £4.9m EVERY DAY",
                  publisher="Daily Tollbridge", author="Rupert Hazeldine-Obi", published_date="2026-11-05"),
        labels=[
            L("£4.5BILLION", 4500000000, E, GBP, AC, "per year, " + FY2526b + ", still; headline)"),
            L("£4.9m", 4900000, E, GBP, HOTC, "per day, " + FY2526b + ", EVERY DAY; headline)"),
            L("£4.49bn", 4490000000, E, GBP, AC, FY2526b + "; Home Office accounts; bullet point)"),
            L("an eighth", -12.5, E, PCT, AC + "_change", "2025-26 vs 2024-25 (down; Home Office accounts; bullet point)", occ=0),
            L("£1.78bn", 1780000000, E, GBP, HOTC, FY2526b + ", hotels alone; bullet point)"),
            L("almost 40%", 40, ALM, PCT, "asylum_cost_share_hotels", FY2526b + ", of the total; bullet point)"),
            L("£112m", 112000000, E, GBP, "accommodation_contractor_payments_unverified", FY2526b + ", payments to contractors that could not be checked; the spending watchdog; bullet point)"),
            L("almost £4.5 billion", 4500000000, ALM, GBP, AC, FY2526b + ", last year; official accounts)"),
            L("nearly £5 million", 5000000, ALM, GBP, HOTC, "per day, " + FY2526b + ", last year, still going on hotels; official accounts)"),
            L("£4.49billion", 4490000000, E, GBP, AC, FY2526b + "; the Home Office's annual report)"),
            L("£5.13billion", 5130000000, E, GBP, AC, "April 2024 to March 2025 (the year before; the Home Office's annual report)"),
            L("an eighth", -12.5, E, PCT, AC + "_change", "2025-26 vs 2024-25 (a fall of; the Home Office's annual report)", occ=1),
            L("£1.78billion", 1780000000, E, GBP, HOTC, FY2526b + ", hotels alone; the Home Office's annual report)"),
            L("almost 40 per cent", 40, ALM, PCT, "asylum_cost_share_hotels", FY2526b + ", of the whole bill; the Home Office's annual report)"),
            L("£4.9million", 4900000, E, GBP, HOTC, "per day, " + FY2526b + "; the Home Office's annual report)"),
            L("£158", 158, E, GBP, HPN, "per night, " + FY2526b + ", the average cost of a hotel place; the watchdog)"),
            L("9 per cent", 9, E, PCT, HPN + "_change", "2025-26 vs 2024-25 (more than in 2024-25; the watchdog)"),
            L("£112million", 112000000, E, GBP, "accommodation_contractor_payments_unverified", FY2526b + ", payments to accommodation contractors not properly supported by evidence; the National Audit Office)"),
            L("More than 36,000", 36000, MT, P, "small_boat_arrivals", SF26 + "; picture caption)"),
            L("19,870", 19870, E, P, HOT, "30 June 2026 (June 30; official figures)"),
            L("38 per cent", -38, E, PCT, HOT + "_change", "30 June 2026 vs 30 June 2025 (a drop in a year; official figures)"),
            L("more than 80,000", 80000, MT, CASES, BLA, "November 2026 (appeals waiting to be heard; Home Office figures)"),
            L("more than £12million", 12000000, MT, GBP, AC, "per day (November 2026, the asylum bill still running at; the shadow home secretary)"),
            L("about £120", 120, AP, GBP, "asylum_cost_per_taxpayer", FY2526b + ", for every income taxpayer in Britain)"),
            L("more than 36,000", 36000, MT, P, "small_boat_arrivals", SF26 + "; Reform UK)"),
            L("more than £600million", -600000000, MT, GBP, AC + "_change", "2025-26 vs 2024-25 (cut in a single year; a Home Office spokesperson)"),
            L("more than 100", 100, MT, HOTELS, "asylum_hotels_closed", "July 2024 to November 2026 (since the election; a Home Office spokesperson)"),
            L("about a sixth", SIXTH, AP, PCT, "asylum_dispersal_cost_per_person_night_share_of_hotel_cost", "November 2026 (cheaper housing per night vs hotels; the department)"),
            L("1,740", 1740, E, P, "returns_france", "August 2025 to November 2026 (sent back under the returns deal with France, now; the department)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
