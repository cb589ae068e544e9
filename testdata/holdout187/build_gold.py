#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the hundred-and-eighty-seventh hand-labelled hold-out set (holdout187).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, PPB, RATIO, HOTELS, THIRD, SIXTH,
                        E, AP, MT, AL, LT, AM, ALM, SBA, SBC, AC)

UK, FR, NI = "UK", "France", "Northern Ireland"
DAYS, LAUNCHES, INCIDENTS = "other:days", "other:launches", "other:incidents"
DPK = "other:deaths_per_1000_arrivals"
OCC = "small_boat_occupancy"
STOP = "small_boat_launch_attempts_stopped_people"
DEA = "small_boat_deaths"
RF = "returns_france"
LR = "uk_france_legal_route_arrivals"

# 01 (Tuesday 3 February 2026; Home Office daily small-boat figures)
J26 = "January 2026 (Home Office daily figures)"
Y25 = "January to December 2025 (last year; Home Office data)"

# 02 (Thursday 5 March 2026; PA copy; Home Office figures for February 2026)
F26 = "February 2026 (last month; Home Office figures)"
YTD2 = "1 January to 4 March 2026 (so far this year; none recorded in March by Wednesday evening)"
BOX2 = " (CHANNEL CROSSINGS IN NUMBERS box; Home Office, Border Force)"

# 03 (Wednesday 15 April 2026; Home Office figures released to the Beryl)
D25 = "31 December 2025 (the end of December; Home Office figures released to the Beryl)"
YTD3 = "1 January to 14 April 2026 (so far this year)"
ASP = "asylum_support_population"

# 04 (Friday 12 June 2026; Home Office returns pilot data to 31 May 2026, published Thursday 11 June)
PIL = "6 August 2025 to 31 May 2026 (since the pilot began; Home Office data published Thursday 11 June 2026"
RSH = "returns_share_of_small_boat_arrivals"
CLAIM1 = "the claim (the shadow home secretary, television interview on Sunday 7 June 2026"
CLAIM2 = "per week (the claim; the home secretary in the Commons on Wednesday 10 June 2026"

# 05 (Monday 20 July 2026; Home Office budget papers seen by the Daily Garnet)
BSC = "border_security_command_funding"
FY27 = "April 2026 to March 2027 (2026/27, this year; Home Office budget papers"
MIN = "the Border Security Minister"
YTD5 = "1 January to 19 July 2026 (so far this year; Home Office figures)"

# 06 (Tuesday 8 September 2026; French prefecture data obtained by The Moonstone)
YTD6 = "1 January to 6 September 2026 (this year; prefecture data obtained by The Moonstone)"
YTD6H = "1 January to 6 September 2026 (so far this year; Home Office figures)"

# 07 (Thursday 19 November 2026; IOM records and Home Office figures)
YTD7 = "1 January to 18 November 2026 (so far this year; IOM count)"

ARTICLES = {
    "01-malachite-news-channel-crossings-january": dict(
        meta=dict(url="https://www.malachitenews.example/news/uk-68230417",
                  title="Small boats: More than 2,000 cross Channel in January as winter lull ends early",
                  publisher="Malachite News", author="Ottilie Brackenbury-Nwachukwu", published_date="2026-02-03"),
        labels=[
            L("More than 2,000", 2000, MT, P, SBA, "January 2026 (headline)"),
            L("2,140", 2140, E, P, SBA, J26),
            L("34", 34, E, BOATS, SBC, J26),
            L("63", 63, E, PPB, OCC, "January 2026 (average people per boat; Home Office daily figures)"),
            L("26%", 26, E, PCT, SBA + "_change", "January 2026 vs January 2025 (up)"),
            L("1,705", 1705, E, P, SBA, "January 2025 (the same month of 2025)"),
            L("nine", 9, E, DAYS, "small_boat_crossing_days", "January 2026 (days on which crossings were recorded)"),
            L("486", 486, E, P, SBA, "Wednesday 14 January 2026 (a single day, the busiest since early October)"),
            L("seven", 7, E, BOATS, SBC, "Wednesday 14 January 2026 (a single day)"),
            L("118", 118, E, P, SBA, "Monday 2 February 2026 (on Monday, a further; the first arrivals of February)"),
            L("two", 2, E, BOATS, SBC, "Monday 2 February 2026 (on Monday)", ctx="in two boats"),
            L("2,258", 2258, E, P, SBA, "1 January to 2 February 2026 (so far this year)"),
            L("41,472", 41472, E, P, SBA, Y25),
            L("4,656", 4656, E, P, SBA + "_change", "2025 vs 2024 (more)"),
            L("13%", 13, E, PCT, SBA + "_change", "2025 vs 2024 (higher)"),
            L("36,816", 36816, E, P, SBA, "January to December 2024"),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (the highest annual figure)"),
            L("More than 190,000", 190000, MT, P, SBA, "2018 to 2 February 2026 (since 2018, when the Home Office started counting)"),
            L("665", 665, E, BOATS, SBC, "January to December 2025 (last year)"),
            L("62", 62, E, PPB, OCC, "January to December 2025 (last year, average people per boat)"),
            L("53", 53, E, PPB, OCC, "January to December 2024 (average people per boat)"),
            L("about one in six", SIXTH, AP, PCT, "small_boat_arrivals_share_eritrean", "January to December 2025 (Eritreans, the largest single nationality)"),
            L("roughly three-quarters", 75, AP, PCT, "small_boat_arrivals_share_adult_men", "January to December 2025 (adult men)"),
            L("about 95%", 95, AP, PCT, "small_boat_arrivals_share_claimed_asylum", "2018 to 2025 (went on to make an asylum claim; Home Office data)"),
            L("281", 281, E, P, RF, "6 August 2025 to 31 January 2026 (by 31 January, one in, one out pilot; the Home Office)"),
            L("247", 247, E, P, LR, "6 August 2025 to 31 January 2026 (travelled the other way, from France; the Home Office)"),
            L("almost 50,000", 50000, ALM, P, "returns", "5 July 2024 to 3 February 2026 (removals and returns since the election; a Home Office spokesperson)"),
        ]),
    "02-folkestone-feldspar-pa-record-people-per-boat": dict(
        meta=dict(url="https://www.folkestonefeldspar.example/news/dover/record-73-people-per-boat-crossed-the-channel-last-month-4410927",
                  title="Record 73 people per boat crossed the Channel last month",
                  publisher="Folkestone Feldspar", author="Imogen Stallybrass-Okoro", published_date="2026-03-05"),
        labels=[
            L("73", 73, E, PPB, OCC, "February 2026 (last month, a record; headline)", ctx="Record 73 people"),
            L("73", 73, E, PPB, OCC, "February 2026 (last month, a record average; Home Office figures)", ctx="average of 73 people"),
            L("1,388", 1388, E, P, SBA, F26, ctx="A total of 1,388"),
            L("19", 19, E, BOATS, SBC, F26, ctx="in 19 boats"),
            L("70", 70, E, PPB, OCC, "September 2025 (the previous monthly peak)"),
            L("62", 62, E, PPB, OCC, "January to December 2025 (the whole of 2025)", ctx="average of 62 people"),
            L("53", 53, E, PPB, OCC, "January to December 2024", ctx="up from 53 in 2024"),
            L("13", 13, E, PPB, OCC, "January to December 2020 (when crossings first took off; just)"),
            L("more than five times", 5, MT, RATIO, OCC + "_ratio", "February 2026 vs 2020 (six years ago)"),
            L("109", 109, E, PPB, OCC + "_max", "February 2026 (the most crowded dinghy to reach Kent last month; Border Force records)", ctx="carrying 109 people"),
            L("3,528", 3528, E, P, SBA, YTD2),
            L("53", 53, E, BOATS, SBC, YTD2, ctx="in 53 boats"),
            L("roughly 67", 67, AP, PPB, OCC, YTD2),
            L("10%", 10, E, PCT, SBA + "_change", "1 January to 4 March 2026 vs the same date in 2025 (up)"),
            L("3,210", 3210, E, P, SBA, "1 January to 4 March 2025 (by the same date in 2025)"),
            L("At least 41", 41, AL, P, DEA, "January to December 2025 (International Organization for Migration)"),
            L("Eleven", 11, E, P, DEA + "_crushed_or_suffocated", "January to December 2025 (inside overloaded dinghies; International Organization for Migration)"),
            L("412", 412, E, P, "unaccompanied_children_in_care", "March 2026 (currently looking after; Kent County Council)", geo="Kent"),
            L("more than 700", 700, MT, P, STOP, "February 2026 (stopped from setting off, February alone; the Home Office)", geo=FR),
            L("73", 73, E, PPB, OCC, "February 2026 (average people per boat" + BOX2 + ")", ctx="73 - average"),
            L("1,388", 1388, E, P, SBA, "February 2026 (people who crossed" + BOX2 + ")", ctx="1,388 - people"),
            L("109", 109, E, PPB, OCC + "_max", "February 2026 (most people counted in one boat" + BOX2 + ")", ctx="109 - most"),
            L("62", 62, E, PPB, OCC, "January to December 2025 (average per boat" + BOX2 + ")", ctx="62 - average"),
            L("131", 131, E, LAUNCHES, "rnli_lifeboat_launches", "January to December 2025 (Dover lifeboat launches to small boats; RNLI figures)", geo="Dover"),
            L("almost twice", 2, ALM, RATIO, "rnli_lifeboat_launches_ratio", "2025 vs 2022 (Dover lifeboat launches to small boats; RNLI figures)", geo="Dover"),
        ]),
    "03-ballymena-beryl-ni-small-boat-arrivals-housed": dict(
        meta=dict(url="https://www.ballymenaberyl.example/news/politics/six-in-10-asylum-seekers-housed-in-ni-came-across-the-channel-in-small-boats-5120934",
                  title="Six in 10 asylum seekers housed in NI 'came across the Channel in small boats'",
                  publisher="Ballymena Beryl", author="Aoibheann Carrickmore-Osei", published_date="2026-04-15"),
        labels=[
            L("Six in 10", 60, E, PCT, ASP + "_share_small_boat_arrivals", "31 December 2025 (arrived by small boat; headline)", geo=NI),
            L("2,480", 2480, E, P, ASP, D25, geo=NI, ctx="housing 2,480"),
            L("1,470", 1470, E, P, ASP + "_small_boat_arrivals", D25, geo=NI),
            L("roughly 59%", 59, AP, PCT, ASP + "_share_small_boat_arrivals", D25, geo=NI),
            L("18%", 18, E, PCT, ASP + "_change", "31 December 2025 vs 31 December 2024 (up)", geo=NI),
            L("2,110", 2110, E, P, ASP, "31 December 2024 (a year earlier)", geo=NI),
            L("just under 3%", 3, ALM, PCT, "population_share_ni_of_uk", "2026 (Northern Ireland's share of the UK's population)"),
            L("2,480", 2480, E, P, ASP, D25, geo=NI, ctx="but the 2,480"),
            L("about 2.3%", 2.3, AP, PCT, ASP + "_share_ni", D25 + " (share of the UK total)"),
            L("107,000", 107000, E, P, ASP, D25 + " (across the UK)"),
            L("four", 4, E, HOTELS, "asylum_hotels_in_use", "April 2026 (currently used by the accommodation contractor)", geo=NI, ctx="uses four hotels"),
            L("three", 3, E, HOTELS, "asylum_hotels_in_use", "April 2026 (currently used by the accommodation contractor)", geo="Belfast", ctx="three of them in Belfast"),
            L("nine", 9, E, HOTELS, "asylum_hotels_in_use", "2024 (the peak)", geo=NI),
            L("£41.2m", 41200000, E, GBP, "asylum_cost_accommodation", "April 2024 to March 2025 (2024/25; Home Office figures released to the Beryl)", geo=NI),
            L("Some 1,610", 1610, AP, P, "asylum_applications", "January to December 2025 (claims made in Northern Ireland)", geo=NI),
            L("a quarter", 25, E, PCT, "asylum_applications_change", "2025 vs 2024 (more)", geo=NI),
            L("41,472", 41472, E, P, SBA, "January to December 2025 (last year; second only to 2022)"),
            L("6,102", 6102, E, P, SBA, YTD3),
            L("11%", -11, E, PCT, SBA + "_change", "1 January to 14 April 2026 vs the same point in 2025 (fewer)"),
            L("6,860", 6860, E, P, SBA, "1 January to 14 April 2025 (by the same point in 2025)"),
            L("466", 466, E, P, RF, "6 August 2025 to 31 March 2026 (by 31 March, one in, one out pilot; the Home Office)"),
            V("Hundreds", 200, 900, P, "asylum_dispersal_arrivals", "per month (put on buses in Kent and driven to Cairnryan for Northern Ireland; Gordon Haslett-Ogunbiyi, TUV MLA)", geo=NI),
            L("fewer than 2,500", 2500, LT, P, ASP, "April 2026 (asylum seekers housed here; Niamh Dunseverick-Adeyemi, Alliance MLA)", geo=NI),
            L("almost two million", 2000000, ALM, P, "population", "2026 (Northern Ireland's population; Niamh Dunseverick-Adeyemi, Alliance MLA)", geo=NI),
            L("1,930", 1930, E, P, "charity_service_users", "January to December 2025 (last year; the Belfast Welcome Network)", geo="Belfast"),
            L("412", 412, E, P, "charity_service_users_children", "January to December 2025 (last year, children; the Belfast Welcome Network)", geo="Belfast"),
            L("more than 80%", 80, MT, PCT, "asylum_applications_share_via_northern_ireland", "January to December 2025 (last year, applicants for protection in the Republic who entered across the land border; Irish government estimate)", geo="Ireland"),
        ]),
    "04-zircon-verify-returns-to-france-claims": dict(
        meta=dict(url="https://www.zirconverify.example/verify/small-boat-returns-france-two-claims-checked",
                  title="Are small-boat arrivals really being sent back to France? We checked two claims",
                  publisher="Zircon Verify", author="Saoirse Hallinan-Kowalczyk", published_date="2026-06-12"),
        labels=[
            L("Fewer than one in 100", 1, LT, PCT, RSH, CLAIM1 + "; CLAIM ONE)"),
            L("more than 100", 100, MT, P, RF, CLAIM2 + "; CLAIM TWO)"),
            L("roughly four in every 100", 4, AP, PCT, RSH, PIL + "; OUR VERDICT)"),
            L("about 31", 31, AP, P, RF, "per week, 18 September 2025 to 31 May 2026 (the scheme as a whole; OUR VERDICT)", ctx="averaged about 31 returns"),
            L("1,126", 1126, E, P, RF, PIL + ")"),
            L("1,019", 1019, E, P, LR, PIL + "; admitted from France under the deal's legal route)"),
            L("26,280", 26280, E, P, SBA, "6 August 2025 to 31 May 2026 (between the start of the pilot and 31 May)"),
            L("4.3%", 4.3, E, PCT, RSH, PIL + "; Zircon Verify calculation)"),
            L("about one in 23", 100 / 23, AP, PCT, RSH, PIL + "; Zircon Verify calculation)"),
            L("fewer than one in 100", 1, LT, PCT, RSH, CLAIM1 + "; repeated in the cross-head question)", ctx="arrive at fewer than one in 100"),
            L("more than 203,000", 203000, MT, P, SBA, "2018 to 31 May 2026 (everyone who has crossed since 2018; the shadow home secretary's office)"),
            L("about 0.55%", 0.55, AP, PCT, RSH, "2018 to 31 May 2026 (returns against all arrivals since 2018, the shadow home secretary's basis)"),
            L("about 75,000", 75000, AP, P, SBA, "5 July 2024 to 31 May 2026 (since the general election in July 2024)"),
            L("about 1.5%", 1.5, AP, PCT, RSH, "5 July 2024 to 31 May 2026 (returns against arrivals since the general election)"),
            L("about 50", 50, AP, P, RF + "_weekly_cap", "per week (the rate the pilot was designed to begin at; the Home Office)"),
            L("281", 281, E, P, RF, "6 August 2025 to 31 January 2026 (by the end of January, only)"),
            L("412", 412, E, P, RF, "4 to 31 May 2026 (the four weeks to 31 May)"),
            L("103", 103, E, P, RF, "per week, 4 to 31 May 2026 (average over the four weeks to 31 May)"),
            L("131", 131, E, P, RF, "18 to 24 May 2026 (the busiest single week)"),
            L("about 31", 31, AP, P, RF, "per week, 18 September 2025 to 31 May 2026 (average since the first return, just over 36 weeks)", ctx="the average is about 31"),
            L("About 340", 340, AP, P, "detention_population_returns_france", "late May 2026 (detained awaiting removal to France; the Home Office)"),
            L("at least 14", 14, AL, P, RF + "_crossed_again", "18 September 2025 to June 2026 (sent back to France who have since crossed again; the Home Office)"),
        ]),
    "05-daily-garnet-border-security-command-budget": dict(
        meta=dict(url="https://www.dailygarnet.example/news/politics/2139847/border-security-command-budget-312-million-channel-gangs",
                  title="Border Security Command handed £312MILLION war chest as minister vows to 'tear apart' Channel gangs",
                  publisher="Daily Garnet", author="Percival Tregothnan-Amadi", published_date="2026-07-20"),
        labels=[
            L("£312MILLION", 312000000, E, GBP, BSC, FY27 + "; headline)"),
            L("30 per cent", 30, E, PCT, BSC + "_change", "2026/27 vs 2025/26 (rise; standfirst)", ctx="rise by 30 per cent"),
            V("thousands", 2000, 9000, P, SBA, "per month (still running at; critics, standfirst)", ctx="running at thousands a month"),
            L("£312million", 312000000, E, GBP, BSC, FY27 + ")", ctx="given £312million"),
            L("30 per cent", 30, E, PCT, BSC + "_change", "2026/27 vs 2025/26 (up; Home Office budget papers)", ctx="is up 30 per cent"),
            L("£240million", 240000000, E, GBP, BSC, "April 2025 to March 2026 (2025/26)"),
            L("£345million", 345000000, E, GBP, BSC, "April 2028 to March 2029 (2028/29)"),
            L("almost £1billion", 1000000000, ALM, GBP, BSC, "April 2026 to March 2029 (total over the next three years)"),
            L("300", 300, E, P, "border_security_command_investigators_extra", "2026/27 (extra investigators the cash will pay for)"),
            L("Around 840", 840, AP, P, SBA, "Saturday 18 July 2026 (on Saturday alone; caption)"),
            L("13", 13, E, BOATS, SBC, "Saturday 18 July 2026 (caption)", ctx="Saturday alone in 13 boats"),
            L("842", 842, E, P, SBA, "Saturday 18 July 2026 (on Saturday, a summer high)"),
            L("13", 13, E, BOATS, SBC, "Saturday 18 July 2026 (on Saturday)", ctx="on Saturday in 13 boats"),
            L("20,906", 20906, E, P, SBA, YTD5),
            L("11%", -11, E, PCT, SBA + "_change", "1 January to 19 July 2026 vs the same weekend in 2025 (down)"),
            L("23,480", 23480, E, P, SBA, "1 January to 19 July 2025 (logged up to this weekend in 2025)"),
            L("£312million", 312000000, E, GBP, BSC, FY27 + "; every penny of, " + MIN + ")", ctx="every penny of the £312million"),
            L("1,090", 1090, E, P, "smuggling_arrests", "July 2025 to June 2026 (the year to June; arrests of people smugglers; " + MIN + ")"),
            L("28 per cent", 28, E, PCT, "smuggling_arrests_change", "year to June 2026 vs the 12 months before (up; " + MIN + ")"),
            L("852", 852, E, P, "smuggling_arrests", "July 2024 to June 2025 (the 12 months before; " + MIN + ")"),
            L("more than 900", 900, MT, BOATS, "small_boats_and_engines_seized", "2026 (boats and engines seized before they reached a beach; " + MIN + ")"),
            L("more than 55,000", 55000, MT, P, "returns", "5 July 2024 to July 2026 (since 5 July 2024; " + MIN + ")"),
            L("more than 1,600", 1600, MT, P, RF, "August 2025 to July 2026 (went back to France under the deal with Paris; " + MIN + ")"),
            V("thousands", 2000, 9000, P, SBA, "per month (still coming in their thousands every month; the shadow home secretary)", ctx="in their thousands every month"),
            L("about £7,500", 7500, AP, GBP, BSC + "_per_small_boat_arrival", "2026/27 budget per person who crossed in 2025 (Garnet sums)"),
            L("41,472", 41472, E, P, SBA, "January to December 2025 (last year)"),
            L("£4.7billion", 4700000000, E, GBP, AC, "April 2024 to March 2025 (2024/25; the wider asylum system)"),
            L("£5.38billion", 5380000000, E, GBP, AC, "April 2023 to March 2024 (2023/24, the previous year; a record)"),
            V("tens of thousands of pounds", 20000, 90000, GBP, "asylum_cost_saving", "per person stopped from arriving (a Home Office source)"),
        ]),
    "06-the-moonstone-french-police-launches-stopped": dict(
        meta=dict(url="https://www.themoonstone.example/news/2026/09/08/french-police-stop-fewer-than-half-channel-migrants/",
                  title="French police stop fewer than half of Channel migrants despite British cash",
                  publisher="The Moonstone", author="Jasper Ravenscroft-Ilori", published_date="2026-09-08"),
        labels=[
            L("fewer than half", 50, LT, PCT, STOP + "_share", "1 January to 6 September 2026 (this year, of Channel migrants; headline)", geo=FR, ctx="stop fewer than half"),
            L("19,460", 19460, E, P, STOP, "1 January to 6 September 2026 (this year, would-be crossers halted; standfirst)", geo=FR, ctx="halted 19,460"),
            L("fewer than half", 50, LT, PCT, STOP + "_share", YTD6 + " of the migrants who tried to cross", geo=FR, ctx="prevented fewer than half"),
            L("19,460", 19460, E, P, STOP, YTD6, geo=FR, ctx="stopped 19,460"),
            L("26,370", 26370, E, P, SBA, YTD6H),
            L("roughly 42%", 42, AP, PCT, STOP + "_share", "1 January to 6 September 2026 (of would-be crossers, turned back)", geo=FR),
            L("28,700", 28700, E, P, STOP, "January to December 2025 (last year)", geo=FR),
            L("41,472", 41472, E, P, SBA, "January to December 2025 (last year)"),
            L("about 41%", 41, AP, PCT, STOP + "_share", "January to December 2025 (last year's rate)", geo=FR),
            L("18%", 18, E, PCT, STOP + "_change", "1 January to 6 September 2026 vs the same point in 2025 (ahead)", geo=FR),
            L("16,490", 16490, E, P, STOP, "1 January to 6 September 2025 (at this point in 2025)", geo=FR),
            L("612", 612, E, BOATS, "small_boat_launches_prevented", YTD6 + " launch attempts broken up", geo=FR),
            L("391", 391, E, BOATS, SBC, YTD6H + " boats that made it across"),
            L("roughly six in 10", 60, AP, PCT, "small_boat_launches_prevented_share", "1 January to 6 September 2026 (launches foiled)", geo=FR),
            L("67", 67, E, PPB, OCC, "1 January to 6 September 2026 (this year, average people per boat)"),
            L("About seven in 10", 70, AP, PCT, "small_boat_count_share_taxi_boats", "1 January to 6 September 2026 (boats that reached Britain this year using taxi boats; French officials)"),
            L("55%", 55, E, PCT, "small_boat_launches_share_south_of_boulogne", "1 January to 6 September 2026 (this year, attempts from beaches south of Boulogne-sur-Mer)", geo=FR),
            L("17", 17, E, BOATS, "small_boat_interceptions_at_sea", "spring to 6 September 2026 (since the French government allowed its maritime forces to stop boats in shallow water)", geo=FR),
            L("604", 604, E, P, "small_boat_interceptions_at_sea_people", "spring to 6 September 2026 (carried by the dinghies intercepted at sea)", geo=FR),
            L("At least 23", 23, AL, P, DEA, "1 January to 7 September 2026 (so far this year, on French beaches or off the French coast)", geo=FR),
            L("£476million", 476000000, E, GBP, "uk_funding_to_france", "2023/24 to 2025/26 (the three-year agreement signed in 2023)"),
            L("About 1,200", 1200, AP, P, "french_coastal_police_deployed", "2026 (gendarmes and police deployed on a typical night)", geo=FR),
            L("about £5,500", 5500, AP, GBP, "uk_funding_to_france_per_person_stopped", "per person stopped (the 2023 deal at last year's rate of interceptions)"),
        ]),
    "07-the-obsidian-channel-deaths-at-sea": dict(
        meta=dict(url="https://www.theobsidian.example/uk-news/2026/nov/19/channel-small-boat-deaths-2026-second-deadliest-year",
                  title="'They die within sight of the beach': 2026 already second deadliest year for Channel crossings",
                  publisher="The Obsidian", author="Rosalind Achterberg-Nakamura", published_date="2026-11-19"),
        labels=[
            L("At least 54", 54, AL, P, DEA, "1 January to 18 November 2026 (in 2026; standfirst)", ctx="At least 54 people have died on"),
            L("one in six", SIXTH, E, PCT, DEA + "_share_children", "1 January to 18 November 2026 (in 2026, children; standfirst)"),
            L("At least 54", 54, AL, P, DEA, YTD7, ctx="At least 54 people attempting"),
            L("almost a third", THIRD, ALM, PCT, DEA + "_change", "2026 so far vs the whole of 2025 (higher)"),
            L("41", 41, E, P, DEA, "January to December 2025 (the whole of 2025)", ctx="when 41 deaths"),
            L("three", 3, E, P, DEA + "_revision", "January to December 2025 (revised up in the spring after bodies washed ashore)", ctx="revised up by three"),
            L("at least 78", 78, AL, P, DEA, "January to December 2024 (the deadliest year)"),
            L("Nine", 9, E, P, DEA + "_children", YTD7),
            L("31", 31, E, P, DEA + "_drowned_near_french_beaches", "1 January to 18 November 2026 (drowned in shallow water close to French beaches; The Obsidian's analysis of IOM records)", geo=FR),
            L("19", 19, E, P, DEA + "_crushed_or_suffocated", "1 January to 18 November 2026 (inside dinghies; The Obsidian's analysis of IOM records)", ctx="Another 19"),
            L("more than a third", THIRD, MT, PCT, DEA + "_share_crushed_or_suffocated", "1 January to 18 November 2026 (of all the deaths)"),
            L("four", 4, E, P, DEA + "_in_hospital", "1 January to 18 November 2026 (died in hospital after being pulled from the water)", ctx="The other four"),
            L("Seventeen", 17, E, P, DEA + "_unidentified", "1 January to 18 November 2026 (still not identified)"),
            L("36,210", 36210, E, P, SBA, "1 January to 18 November 2026 (since January; Home Office figures)"),
            L("7%", -7, E, PCT, SBA + "_change", "1 January to 18 November 2026 vs the same date in 2025 (down)"),
            L("39,080", 39080, E, P, SBA, "1 January to 18 November 2025 (by this date in 2025)"),
            L("roughly 1.5", 1.5, AP, DPK, DEA + "_per_1000_arrivals", "1 January to 18 November 2026 (deaths for every 1,000 people who reached Britain)"),
            L("about one", 1, AP, DPK, DEA + "_per_1000_arrivals", "January to December 2025 (last year)", ctx="about one per 1,000"),
            L("67", 67, E, PPB, OCC, "1 January to 18 November 2026 (this year, average people per boat)"),
            L("62", 62, E, PPB, OCC, "January to December 2025"),
            L("fewer than 30", 30, LT, PPB, OCC, "January to December 2021"),
            V("Hundreds", 200, 900, P, DEA, "since the crossings began (on this short stretch of sea; Amara Quennell-Fofanah, Shoreline Watch)"),
            L("1,030", 1030, E, P, "small_boat_rescues", "1 January to 18 November 2026 (this year, pulled from the water; France's maritime prefecture for the Channel)", geo=FR),
            L("611", 611, E, INCIDENTS, "coastguard_small_boat_incidents", "January to December 2025 (HM Coastguard)"),
            L("1,560", 1560, E, P, LR, "August 2025 to 31 October 2026 (admitted through the returns deal's legal route by the end of October)"),
            L("12", 12, E, P, DEA, "2025 (a single sinking off Calais)", geo=FR),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
