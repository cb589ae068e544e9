#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the two-hundred-and-first hand-labelled hold-out set (holdout201).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, EUR, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, SBA, HOT)

UK, ENG, WAL, SCO, EW = "UK", "England", "Wales", "Scotland", "England and Wales"
CROSSINGS, ENGINES, JACKETS = "other:crossings", "other:engines", "other:life_jackets"
INVESTIGATIONS, BEDS, VISITS = "other:investigations", "other:beds", "other:visits"
PENALTIES, HOURS, OPS = "other:penalties", "other:hours", "other:operations"
ROOMS, COUNCILS, INCIDENTS = "other:rooms", "other:councils", "other:incidents"
LORRIES, VEHICLES = "other:lorries", "other:vehicles"
ADDRESSES, NETWORKS, BUSINESSES = "other:addresses", "other:networks", "other:businesses"

# 01 (Friday 21 June 2024; PA copy; gang sentenced at Canterbury Crown Court)
GANG = "April 2022 to June 2023 (the gang's crossings; Canterbury Crown Court"
PROS = "; prosecutor Imogen Farthingale-Adebayo KC)"
PSG = "people_smuggled_by_gang"
NCA1 = "National Crime Agency"

# 02 (Wednesday 12 February 2025; Scottish paper; Court of Session bail ruling)
S24 = "30 September 2024 (Home Office figures)"
YS24 = "October 2023 to September 2024 (the year ending September 2024; Home Office figures)"
DUN = "Dungavel"
DVG = "Dungavel Visitors Group"

# 03 (Thursday 4 September 2025; fact check on foreign national offenders returned)
RFNO = "returns_foreign_national_offenders"
YJ25 = "July 2024 to June 2025 (the year ending June 2025; Home Office figures)"
CLAIM = "5 July 2024 to late August 2025 (since we came into office; the claim by a government minister"

# 04 (Tuesday 17 March 2026; Welsh paper; illegal working in Gwent)
GW, NEWP = "Gwent", "Newport"
Y25G = "January to December 2025 (last year; Home Office figures released to the Sixpence)"
Y24G = "January to December 2024 (2024; Home Office figures released to the Sixpence)"
IWV, IWA = "illegal_working_visits", "illegal_working_arrests"
IWP, IWPV = "illegal_working_civil_penalties", "illegal_working_civil_penalties_value"
MAIN = "October 2025 (the Chepstow Road car wash, Maindee; Newport Magistrates' Court)"
UKY25 = "January to December 2025 (2025; Home Office figures published last month)"

# 05 (Wednesday 14 January 2026; Lincolnshire local paper; High Court ruling on Monday 12 January 2026)
SLE, NK = "Sleaford", "North Kesteven"
HOTEL5 = "January 2026 (the Kesteven Arms Hotel"
NKDC = "North Kesteven District Council"
LDR5 = "Cllr Hester Quarrington-Blythe, council leader"

# 06 (Saturday 18 July 2026; Express-style; clandestine entrant penalties on hauliers)
YM26 = "April 2025 to March 2026 (the year ending March 2026; figures obtained by the Daily Half-Crown"
FY25 = "April 2024 to March 2025 (2024-25"
CEP, CEPV = "clandestine_entrant_civil_penalties", "clandestine_entrant_civil_penalties_value"
CED = "clandestine_entrants_detected"
DET = "Dover, Folkestone, Calais and Coquelles"

# 07 (Thursday 19 November 2026; Economist-style analysis)
OCT = "October 2026 (a night in October; National Crime Agency and Border Force raids"
NETS = "smuggling_networks_disrupted"
NOIC = "nca_officers_organised_immigration_crime"

ARTICLES = {
    "01-canterbury-noble-channel-smuggling-gang-jailed": dict(
        meta=dict(url="https://www.canterburynoble.example/news/courts/gang-who-packed-more-than-1100-people-into-dinghies-jailed-4471902",
                  title="Gang who packed more than 1,100 people into dinghies jailed for 61 years",
                  publisher="Canterbury Noble", author="Perpetua Oakhanger-Lindqvist", published_date="2024-06-21"),
        labels=[
            L("more than 1,100", 1100, MT, P, PSG, GANG + "; headline)", occ=0),
            L("Five", 5, E, P, "smugglers_convicted", "21 June 2024 (jailed at Canterbury Crown Court)", ctx="Five men who", geo=UK),
            L("more than 1,100", 1100, MT, P, PSG, GANG + ")", occ=1),
            L("at least 23", 23, AL, CROSSINGS, "smuggling_gang_crossings_organised", GANG + ")"),
            L("48", 48, E, PPB, "small_boat_occupancy", GANG + "; an average per inflatable)"),
            R("between £2,500 and £4,000", 2500, 4000, GBP, "smuggling_fee_per_person", GANG + "; a place" + PROS),
            L("£3.4m", 3400000, E, GBP, "smuggling_revenue", GANG + "; estimated fees" + PROS),
            L("Almost £1.9m", 1900000, ALM, GBP, "smuggling_proceeds_laundered", GANG + "; moved through car washes and a money transfer shop" + PROS, geo="Kent"),
            L("1,104", 1104, E, P, PSG, GANG + "; passengers the prosecution identified)"),
            L("212", 212, E, P, PSG + "_children", GANG + "; children among the passengers)"),
            L("almost one in five", 20, ALM, PCT, PSG + "_share_children", GANG + "; children among the passengers)"),
            L("71", 71, E, P, "small_boat_passengers_single_boat", "November 2022 (one crossing; Canterbury Crown Court)"),
            L("20", 20, E, P, "small_boat_design_capacity", "November 2022 (a boat built to carry; Canterbury Crown Court)", ctx="built to carry 20"),
            L("Four", 4, E, P, "small_boat_passengers_rescued", "November 2022 (pulled from the water by a French patrol vessel; Canterbury Crown Court)", ctx="Four of them", geo="France"),
            V("hundreds", 200, 900, P, PSG, GANG + "; men, women and children whose lives were gambled; Judge Rowena Quarrington-Bassi)"),
            L("All five", 5, E, P, "smugglers_convicted", "3 May 2024 (convicted after the trial; Canterbury Crown Court)", ctx="All five were"),
            L("14", 14, E, ENGINES, "boat_engines_seized", "July 2022 to 2023 (recovered from a lock-up in Dartford; " + NCA1 + ")", ctx="recovered 14 outboard", geo="Dartford"),
            L("nine", 9, E, BOATS, "small_boats_seized", "July 2022 to 2023 (recovered from a lock-up in Dartford; " + NCA1 + ")", ctx="nine boats", geo="Dartford"),
            L("about 600", 600, AP, JACKETS, "life_jackets_seized", "July 2022 to 2023 (recovered from a lock-up in Dartford; " + NCA1 + ")", geo="Dartford"),
            L("more than 300", 300, MT, P, "smuggling_gang_customers_messaged", GANG + "; analysis of the ringleader's phones)"),
            L("more than 70", 70, MT, INVESTIGATIONS, "nca_people_smuggling_investigations", "21 June 2024 (currently under way; NCA branch commander Tobias Greenhalgh-Mwangi)"),
            L("246", 246, E, P, "smuggling_arrests", "January to December 2023 (last year, linked to organised immigration crime; " + NCA1 + ")"),
            L("about a third", THIRD, AP, PCT, "smuggling_arrests_change", "2023 vs 2022 (more than; " + NCA1 + ")"),
            L("185", 185, E, P, "smuggling_arrests", "January to December 2022 (2022; " + NCA1 + ")"),
            L("29,437", 29437, E, P, SBA, "January to December 2023 (2023; Home Office figures)"),
            L("36%", -36, E, PCT, SBA + "_change", "2023 vs 2022 (down; Home Office figures)"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (2022; Home Office figures)"),
            L("More than 12,300", 12300, MT, P, SBA, "1 January to 19 June 2024 (this year, by 19 June)"),
            L("roughly a fifth", 20, AP, PCT, SBA + "_change", "1 January to 19 June 2024 vs the same point in 2023 (higher)"),
            L("all five", 5, E, P, "smugglers_convicted", "21 June 2024 (facing confiscation orders in December)", ctx="all five men"),
        ]),
    "02-the-bawbee-dungavel-detention-bail-ruling": dict(
        meta=dict(url="https://www.thebawbee.example/news/home-news/judge-frees-man-held-at-dungavel-for-14-months-as-detention-numbers-climb-5521873",
                  title="Judge frees man held at Dungavel for 14 months as detention numbers climb",
                  publisher="The Bawbee", author="Eilidh Strathbungo-Nakamura", published_date="2025-02-12"),
        labels=[
            L("1,904", 1904, E, P, "detention_population", S24),
            L("12%", 12, E, PCT, "detention_population_change", "30 September 2024 vs 30 September 2023 (up on a year earlier; Home Office figures)"),
            L("26,870", 26870, E, P, "detention_entries", YS24),
            L("more than 4,000", 4000, MT, P, "detention_entries_change", "year ending September 2024 vs the previous 12 months (a rise of; Home Office figures)"),
            L("About 2,300", 2300, AP, P, "detention_entries", YS24 + " passed through Dungavel", geo=DUN),
            L("249", 249, E, BEDS, "detention_capacity", "February 2025 (Dungavel immigration removal centre has)", geo=DUN),
            L("53%", 53, E, PCT, "detention_leavers_share_returned", YS24 + " removed from the UK"),
            L("41%", 41, E, PCT, "detention_leavers_share_bailed", YS24 + " granted immigration bail"),
            L("Around three-quarters", 75, AP, PCT, "detention_leavers_share_held_28_days_or_less", YS24),
            L("312", 312, E, P, "detention_leavers_held_over_6_months", YS24),
            L("418", 418, E, P, "detainees_visited_by_support_group", "January to December 2024 (last year; " + DVG + ")", geo=DUN),
            L("almost double", 2, ALM, RATIO, "detainees_visited_by_support_group_ratio", "2024 vs 2023 (" + DVG + ")", geo=DUN),
            L("215", 215, E, P, "detainees_visited_by_support_group", "January to December 2023 (2023; " + DVG + ")", geo=DUN),
            L("4,120", 4120, E, P, "tribunal_bail_applications_heard", "April 2023 to March 2024 (2023/24; First-tier Tribunal; freedom of information figures)"),
            L("1,236", 1236, E, P, "tribunal_bail_grants", "April 2023 to March 2024 (2023/24; First-tier Tribunal; freedom of information figures)"),
            L("30%", 30, E, PCT, "tribunal_bail_applications_share_granted", "April 2023 to March 2024 (2023/24; First-tier Tribunal; freedom of information figures)"),
            L("290", 290, E, P, "detention_capacity_change", "February to December 2025 (extra places by the end of the year; Home Office plans)", geo=ENG),
            L("about 2,500", 2500, AP, P, "detention_capacity", "December 2025 (the total by the end of the year; Home Office plans)"),
            L("£105", 105, E, GBP, "detention_cost_per_person_day", "per day (February 2025; estimated)"),
            L("about £80m", 80000000, AP, GBP, "detention_cost", "per year (February 2025; the system in total)"),
        ]),
    "03-the-hundredweight-foreign-offenders-deported-factcheck": dict(
        meta=dict(url="https://www.thehundredweight.example/factchecks/foreign-criminals-deported-record-numbers",
                  title="Have foreign criminals been deported in record numbers?",
                  publisher="The Hundredweight", author="Jonah Pettigrew-Afolabi", published_date="2025-09-04"),
        labels=[
            L("over 5,100", 5100, MT, P, RFNO, CLAIM + ", quoted under What was claimed)", occ=0),
            L("5,179", 5179, E, P, RFNO, YJ25 + "; Our verdict)", occ=0),
            L("14%", 14, E, PCT, RFNO + "_change", "year ending June 2025 vs year ending June 2024 (more than the year before; Our verdict)", occ=0),
            L("5,179", 5179, E, P, RFNO, YJ25 + ")", occ=1),
            L("14%", 14, E, PCT, RFNO + "_change", "year ending June 2025 vs year ending June 2024 (up; Home Office figures)", occ=1),
            L("4,543", 4543, E, P, RFNO, "July 2023 to June 2024 (the year ending June 2024; Home Office figures)"),
            L("5,128", 5128, E, P, RFNO, "5 July 2024 to 30 June 2025 (deported since Labour took office; a Home Office spokesperson)"),
            L("over 5,100", 5100, MT, P, RFNO, CLAIM + ")", occ=1),
            L("about 6,300", 6300, AP, P, RFNO, "July 2015 to June 2016 (the year ending June 2016; Home Office figures)"),
            L("above 6,000", 6000, MT, P, RFNO, "year ending June 2016 to 2017 (the annual total stayed above until 2017)"),
            L("2,681", 2681, E, P, RFNO, "July 2020 to June 2021 (the year ending June 2021; Home Office figures)"),
            L("less than half", 0.5, LT, RATIO, RFNO + "_ratio", "year ending June 2021 vs year ending June 2016 (the 2016 level)"),
            L("nearly twice", 2, ALM, RATIO, RFNO + "_ratio", "year ending June 2025 vs year ending June 2021 (that low point)"),
            L("Just over a third", THIRD, MT, PCT, RFNO + "_share_eu", YJ25 + "; went to EU countries)"),
            L("About 1,100", 1100, AP, P, RFNO + "_early_removal_scheme", YJ25 + "; the latest year)"),
            L("19,244", 19244, E, P, "foreign_national_offenders_awaiting_removal_in_community", "31 March 2025 (figures published under the Freedom of Information Act)"),
            L("18,030", 18030, E, P, "foreign_national_offenders_awaiting_removal_in_community", "31 March 2024 (a year before; figures published under the Freedom of Information Act)"),
            L("10,820", 10820, E, P, "prison_population_foreign_nationals", "30 June 2025 (Ministry of Justice figures)", geo=EW),
            L("around 12%", 12, AP, PCT, "prison_population_share_foreign_nationals", "30 June 2025 (of all prisoners; Ministry of Justice figures)", geo=EW),
            V("double digits", 10, 99, PCT, RFNO + "_change", "year ending June 2025 vs the year before (up by; a Home Office spokesperson)"),
            L("5,214", 5214, E, P, RFNO, "July 2018 to June 2019 (the year ending June 2019; Home Office figures)"),
        ]),
    "04-newport-sixpence-illegal-working-raids-gwent": dict(
        meta=dict(url="https://www.newportsixpence.example/news/newport/car-washes-and-nail-bars-hit-with-1-4m-in-fines-after-raids-across-gwent-6630194",
                  title="Car washes and nail bars hit with £1.4m in fines after raids across Gwent",
                  publisher="Newport Sixpence", author="Rhiannon Caerleon-Abernethy", published_date="2026-03-17"),
        labels=[
            L("£1.4m", 1400000, E, GBP, IWPV, "January to December 2025 (headline)", geo=GW),
            L("almost £1.4 million", 1400000, ALM, GBP, IWPV, "January to December 2025 (new figures)", geo=GW),
            L("128", 128, E, VISITS, IWV, Y25G, geo=GW),
            L("94", 94, E, P, IWA, Y25G, ctx="leading to 94 arrests", geo=GW),
            L("61", 61, E, VISITS, IWV, Y24G, geo=GW),
            L("39", 39, E, P, IWA, Y24G, geo=GW),
            L("more than doubled", 2, MT, RATIO, IWA + "_ratio", "2025 vs 2024 (in a year)", geo=GW),
            L("94", 94, E, P, IWA, Y25G, ctx="Of the 94 people", geo=GW),
            L("57", 57, E, P, IWA, Y25G + " found at car washes, takeaways and nail bars", geo=NEWP),
            L("31", 31, E, PENALTIES, IWP, Y25G + " notices issued to employers", geo=GW),
            L("£1.38m", 1380000, E, GBP, IWPV, Y25G, geo=GW),
            L("about £44,500", 44500, AP, GBP, IWP + "_average_value", Y25G + " an average each", geo=GW),
            L("11", 11, E, PENALTIES, IWP + "_paid", "2025 penalties paid in full by the end of February 2026", ctx="Just 11 of", geo=GW),
            L("£60,000", 60000, E, GBP, "illegal_working_civil_penalty_per_worker", "March 2026 (the maximum for a repeat breach)"),
            L("£45,000", 45000, E, GBP, "illegal_working_civil_penalty_per_worker", "March 2026 (the maximum for a first offence)"),
            L("trebled", 3, E, RATIO, "illegal_working_civil_penalty_per_worker_ratio", "February 2024 (the levels were trebled)"),
            L("412", 412, E, VISITS, IWV, "January to December 2025 (2025)", geo=WAL),
            L("47%", 47, E, PCT, IWV + "_change", "2025 vs 2024 (up)", geo=WAL),
            L("280", 280, E, VISITS, IWV, "January to December 2024 (the year before)", geo=WAL),
            L("11,460", 11460, E, VISITS, IWV, UKY25),
            L("8,120", 8120, E, P, IWA, UKY25),
            L("51%", 51, E, PCT, IWV + "_change", "2025 vs 2024 (up; Home Office figures published last month)"),
            L("63%", 63, E, PCT, IWA + "_change", "2025 vs 2024 (up; Home Office figures published last month)"),
            L("seven", 7, E, P, IWA, MAIN + ")", ctx="where seven men", geo=NEWP),
            L("£4,500", 4500, E, GBP, "illegal_working_criminal_fine", "March 2026 (fined last week; Newport Magistrates' Court)", geo=NEWP),
            L("£650", 650, E, GBP, "illegal_working_court_costs", "March 2026 (ordered to pay; Newport Magistrates' Court)", geo=NEWP),
            L("£1,800", 1800, E, GBP, "illegal_working_victim_surcharge", "March 2026 (Newport Magistrates' Court)", geo=NEWP),
            L("£315,000", 315000, E, GBP, IWPV, MAIN + "; the business faces, under appeal)", geo=NEWP),
            L("£30", 30, E, GBP, "illegal_workers_pay", "per day (up to October 2025; the Chepstow Road car wash, Maindee; in cash; magistrates heard)", geo=NEWP),
            L("up to 11 hours", 11, AM, HOURS, "illegal_workers_shift_length", MAIN + "; shifts; magistrates heard)", geo=NEWP),
            L("four", 4, E, P, "illegal_workers_sleeping_on_premises", MAIN + "; slept in a storeroom; magistrates heard)", ctx="four of them slept", geo=NEWP),
            L("about a third", THIRD, AP, PCT, "illegal_working_arrestees_share_potential_modern_slavery_victims", "January to December 2025 (people helped after raids last year; Sanctuary Gwent)", geo=GW),
            L("23", 23, E, OPS, "illegal_working_visits_supported_by_police", "January to December 2025 (last year; Gwent Police)", geo=GW),
        ]),
    "05-lincoln-shilling-high-court-hotel-injunction": dict(
        meta=dict(url="https://www.lincolnshilling.example/news/courts/high-court-refuses-council-bid-to-stop-asylum-seekers-being-housed-at-sleaford-hotel-2209431",
                  title="High Court refuses council bid to stop asylum seekers being housed at Sleaford hotel",
                  publisher="Lincoln Shilling", author="Barnaby Welbourn-Achterberg", published_date="2026-01-14"),
        labels=[
            L("138", 138, E, P, HOT, HOTEL5 + "; standfirst)", ctx="to the 138 men", geo=SLE),
            L("84", 84, E, ROOMS, "asylum_hotel_rooms", HOTEL5 + "; the court heard)", geo=SLE),
            L("138", 138, E, P, HOT, HOTEL5 + "; the court heard)", ctx="houses 138 men", geo=SLE),
            L("138", 138, E, P, HOT, HOTEL5 + "; Mrs Justice Harrowby-Quaye's judgment)", ctx="removal, at short notice, of 138", geo=SLE),
            L("more than 20", 20, MT, COUNCILS, "councils_considering_asylum_hotel_injunctions", "summer 2025 to January 2026 (since the Epping case)", geo=ENG),
            L("More than 6,400", 6400, MT, P, "petition_signatures_asylum_hotel", "2025 (signed the petition; " + LDR5 + ")", geo=NK),
            L("around 900", 900, AP, P, "population", "January 2026 (the village on whose edge the hotel sits; " + LDR5 + ")", geo=SLE),
            L("more than one in eight", 12.5, MT, PCT, "asylum_hotel_population_share_of_population", "January 2026 (of the people now living in the community; " + LDR5 + ")", geo=SLE),
            L("£186,000", 186000, E, GBP, "council_legal_costs_asylum_hotel", "September 2025 to January 2026 (so far; a report to the council's executive)", geo=NK),
            L("£95,000", 95000, E, GBP, "council_legal_costs_asylum_hotel_adverse_costs", "January 2026 (the Home Office's and the hotel owner's costs, estimated)", geo=NK),
            L("17", 17, E, INCIDENTS, "police_callouts_asylum_hotel", "January to December 2025 (the 12 months to December; Lincolnshire Police)", geo=SLE),
            L("26", 26, E, INCIDENTS, "police_callouts_asylum_hotel", "January to December 2024 (the previous year; Lincolnshire Police)", geo=SLE),
            L("Three", 3, E, P, "protest_arrests", "August 2025 (a protest outside the hotel; Lincolnshire Police)", ctx="Three people were arrested", geo=SLE),
            L("36,273", 36273, E, P, HOT, "30 September 2025 (latest Home Office figures)"),
            L("32,059", 32059, E, P, HOT, "30 June 2025 (three months earlier; Home Office figures)"),
            L("around 210", 210, AP, HOTELS, "asylum_hotels_in_use", "January 2026 (open now)"),
            L("more than 400", 400, MT, HOTELS, "asylum_hotels_in_use", "2023 (at their 2023 height)"),
        ]),
    "06-daily-half-crown-haulier-stowaway-fines": dict(
        meta=dict(url="https://www.dailyhalfcrown.example/news/uk/2041876/lorry-drivers-fines-stowaways-clandestine-entrants-border-force",
                  title="Lorry drivers hit with £14m in fines as stowaways in trucks soar by 68%",
                  publisher="Daily Half-Crown", author="Crispin Ashworth-Delacroix", published_date="2026-07-18"),
        labels=[
            L("£14m", 14000000, E, GBP, CEPV, YM26 + "; headline)"),
            L("68%", 68, E, PCT, CED + "_change", "2025-26 vs 2024-25 (soar by; headline)", ctx="soar by 68%"),
            L("1,710", 1710, E, PENALTIES, CEP, YM26 + "; bullet point)", occ=0),
            L("Fewer than two in five", 40, LT, PCT, CEPV + "_share_paid", YM26 + "; bullet point)"),
            L("nearly 1,000", 1000, ALM, P, CED + "_change", "2025-26 vs 2024-25 (up by; bullet point)"),
            L("almost £14million", 14000000, ALM, GBP, CEPV, YM26 + ")"),
            L("1,710", 1710, E, PENALTIES, CEP, YM26 + ")", occ=1),
            L("1,040", 1040, E, PENALTIES, CEP, FY25 + "; the year before)"),
            L("£13.8million", 13800000, E, GBP, CEPV, YM26 + "; in total)"),
            L("38%", 38, E, PCT, CEPV + "_share_paid", YM26 + "; collected)"),
            L("2,390", 2390, E, P, CED, "April 2025 to March 2026 (found concealed in vehicles at " + DET + ")"),
            L("68%", 68, E, PCT, CED + "_change", "2025-26 vs 2024-25 (up on)", ctx="up 68%"),
            L("970", 970, E, P, CED + "_change", "2025-26 vs 2024-25 (more than the previous 12 months)"),
            L("1,420", 1420, E, P, CED, FY25 + "; the previous 12 months; found at " + DET + ")"),
            L("up to £10,000", 10000, AM, GBP, "clandestine_entrant_civil_penalty", "February 2024 onwards (the maximum for each stowaway, per driver)"),
            L("£2,000", 2000, E, GBP, "clandestine_entrant_civil_penalty", "before February 2024 (the old maximum)"),
            L("about 9.5k", 9500, AP, LORRIES, "lorries_searched_border_force", "per day (July 2026; Border Force officers at Dover)", geo="Dover"),
            L("14", 14, E, P, "clandestine_entrants_detected_single_vehicle", "May 2026 (one case, a refrigerated trailer at Coquelles)", ctx="May, 14 Eritrean", geo="France"),
            L("£42,000", 42000, E, GBP, "clandestine_entrant_civil_penalty", "May 2026 (the driver in the Coquelles case)"),
            L("£60,000", 60000, E, GBP, "clandestine_entrant_civil_penalty", "May 2026 (his employer, in the Coquelles case)"),
            L("about one in four", 25, AP, PCT, CEP + "_share_cancelled_on_appeal", "2025 (last year, issued to UK firms; Road Haulage Association spokesman Kieran Dunsfold-Oyelowo)"),
            L("17,640", 17640, E, P, SBA, "1 January to 18 July 2026 (so far this year; Home Office figures)"),
            L("a fifth", -20, E, PCT, SBA + "_change", "1 January to 18 July 2026 vs the same date in 2025 (fewer; Home Office figures)"),
            L("49", 49, E, P, "clandestine_entrants_detected_single_vehicle", "April 2026 (a single lorry at Purfleet)", geo="Purfleet"),
            L("39", 39, E, P, "clandestine_entrant_deaths_lorry", "October 2019 (died in a trailer in Essex)", geo="Essex"),
            L("£14million", 14000000, E, GBP, CEPV, YM26 + "; Tory MP Jasper Whitstable-Nkemelu)", ctx="If £14million"),
            L("£5.2m", 5200000, E, GBP, CEPV + "_collected", "to July 2026 (recovered unpaid penalties; the Home Office)"),
            L("212", 212, E, VEHICLES, "foreign_trucks_blocked_unpaid_clandestine_penalties", "to July 2026 (blocked from entering the UK; the Home Office)"),
            L("£150million", 150000000, E, GBP, "border_force_extra_funding", "2026-27 (this year; a Home Office spokesperson)"),
        ]),
    "07-the-pennyweight-smuggling-money-trail-analysis": dict(
        meta=dict(url="https://www.thepennyweight.example/britain/2026/11/19/follow-the-money",
                  title="Follow the money",
                  publisher="The Pennyweight", author=None, published_date="2026-11-19"),
        labels=[
            L("17", 17, E, ADDRESSES, "nca_addresses_raided", OCT + ")", ctx="raided 17 addresses"),
            L("11", 11, E, P, "smuggling_arrests", OCT + ")", ctx="arrested 11 people"),
            L("£430,000", 430000, E, GBP, "cash_seized_smuggling_investigation", OCT + ")"),
            L("about £28m", 28000000, AP, GBP, "smuggling_proceeds_laundered", "about October 2024 to October 2026 (two years; the hawala network, as the NCA believes)"),
            L("94", 94, E, NETWORKS, NETS, "April 2025 to March 2026 (the financial year 2025-26; National Crime Agency)"),
            L("74", 74, E, NETWORKS, NETS, "April 2024 to March 2025 (2024-25; National Crime Agency)"),
            L("nearly four times", 4, ALM, RATIO, NETS + "_ratio", "2025-26 vs 2019-20 (National Crime Agency)"),
            L("c. 600", 600, AP, P, NOIC, "November 2026 (now; National Crime Agency)"),
            L("around double", 2, AP, RATIO, NOIC + "_ratio", "November 2026 vs five years ago (National Crime Agency)"),
            V("dozens", 24, 99, P, "smugglers_jailed", "November 2025 to November 2026 (the past year; British courts)"),
            L("38,460", 38460, E, P, SBA, "October 2025 to September 2026 (the year to September 2026; Home Office figures)"),
            L("1,400", 1400, E, P, SBA + "_revision", "year to September 2026 (revised up from the first estimate; Home Office figures)"),
            L("61", 61, E, PPB, "small_boat_occupancy", "January to November 2026 (this year, an average per boat)"),
            L("53", 53, E, PPB, "small_boat_occupancy", "January to December 2024 (2024)"),
            R("between €1,500 and €3,000", 1500, 3000, EUR, "smuggler_fee", "November 2026 (a place on a boat from northern France)", geo="France"),
            L("well over €100,000", 100000, MT, EUR, "smuggling_revenue_per_crossing", "November 2026 (a single crossing can gross)", geo="France"),
            L("€5.4bn", 5400000000, E, EUR, "smuggling_revenue", "January to December 2025 (YE December 2025, a record; Europol estimate)", geo="EU"),
            L("20%", 20, E, PCT, "smuggling_revenue_change", "2025 vs 2024 (up on the year before; Europol estimate)", geo="EU"),
            L("312", 312, E, BUSINESSES, "money_service_businesses_closed", "2024 to November 2026 (since 2024; NCA and HMRC)"),
            L("almost a third", THIRD, ALM, PCT, "money_service_businesses_closed_share_london", "2024 to November 2026 (since 2024, in London; NCA and HMRC)"),
            L("£9.6m", 9600000, E, GBP, "smuggling_confiscation_orders_value", "April 2025 to March 2026 (2025-26; Home Office figures)", geo=EW),
            V("tens of thousands", 20000, 90000, GBP, "smuggling_revenue_per_crossing", "November 2026 (change hands for every boat that leaves; Hugo Bellingham-Traoré)", geo="France"),
            L("less than 1%", 1, LT, PCT, "smuggling_proceeds_share_recovered", "November 2026 (ever recovered; Hugo Bellingham-Traoré)"),
            L("£476m", 476000000, E, GBP, "uk_funding_to_france", "2023 to 2026 (over three years, under a 2023 deal)"),
            L("12.9k", 12900, E, P, "small_boat_crossings_prevented", "January to September 2026 (the first nine months of 2026; French officers)", geo="France"),
            L("about three-quarters", 75, AP, PCT, "small_boat_crossings_prevented_share_dunkirk_calais", "January to September 2026 (on the beaches around Dunkirk and Calais; French officers)", geo="France"),
            L("1,130", 1130, E, P, "returns_france_one_in_one_out", "August 2025 to October 2026 (under the pilot by the end of October)"),
            L("2,600", 2600, E, P, "returns_france_one_in_one_out_target", "per year (the Home Office had hoped for)"),
            L("58%", 58, E, PCT, "border_force_staff_share_understaffed", "summer 2026 (morale surveys published in the summer)"),
            L("41%", 41, E, PCT, "border_force_staff_share_understaffed", "2023 (morale surveys)"),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
