#!/usr/bin/env python3
"""Write gold/*.jsonl and articles/*.meta.json for the two-hundred-and-sixth hand-labelled hold-out set (holdout206).

Labels are written by hand below; the code that locates each quote (by `ctx` and/or `occ` where the quote
alone is ambiguous) and writes the files is in ../holdoutlib.py.

    python3 -B build_gold.py && python3 -B check.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from holdoutlib import (build_gold, L, V, R, P, GBP, PCT, BOATS, EUR, PPB, RATIO, HOTELS, THIRD,
                        E, AP, MT, AL, LT, AM, ALM, EW, SBA, SBC, NM, AC, HOT, PTR, RSC, RSP)

UK, ENG, WAL, RW, EU = "UK", "England", "Wales", "Rwanda", "EU"
SBO = "small_boat_occupancy"
ACH = "asylum_cost_hotels"
HIU = "asylum_hotels_in_use"
RET, RENF, RFNO = "returns", "returns_enforced", "returns_foreign_national_offenders"
REL = "rwanda_relocations"
SAVE = "rwanda_scheme_cancellation_saving"
BSC = "border_security_command_funding"
APP = "asylum_applications"
ASP = "asylum_support_population"
PER1000 = "other:applications_per_1000_population"
PER10K = "other:persons_per_10000_residents"

# 01 (Friday 13 June 2025; fact check of claims made at PMQs on Wednesday 11 June 2025)
ONS1 = "ONS provisional estimate)"
NB = "; The numbers in brief box)"
SINCE1 = "5 July 2024 to 31 May 2025 (between 5 July 2024 and 31 May 2025; the Home Office"
SF1 = "1 January to 11 June 2025 (since New Year's Day, by Wednesday; Home Office data)"
FY2425 = "April 2024 to March 2025 (2024-25"

# 02 (Wednesday 17 July 2024; King's Speech)
SCHEME = "April 2022 to July 2024 (in two years, the scheme"
HS2 = "; the Home Secretary)"
SHS2 = "; the shadow home secretary)"

# 03 (Tuesday 12 November 2024; explainer; "on Monday" is 11 November 2024)
SAVEP = "November 2024 to 2029 (over the next five years, not spent after scrapping the scheme; "
COST3 = "April 2022 to July 2024 (from the deal's signing to its end; the Home Office"
MON3 = "11 November 2024 (on Monday; Home Office figures)"

# 04 (Thursday 26 February 2026; PA copy; Home Office figures for the year ending December 2025)
Y25 = "January to December 2025 (2025, last year; Home Office figures"
Y24 = "January to December 2024 (2024, the year before; Home Office figures"
GL = "; Returns at a glance box, YE December 2025)"
NLD = "Northumberland"

# 05 (Tuesday 14 October 2025; essay)
DE, DK, IT, SE, ES, AL_ = "Germany", "Denmark", "Italy", "Sweden", "Spain", "Albania"

# 06 (Friday 24 April 2026; leaflet check before the Senedd election of 7 May 2026)
WRX = "Wrexham"
D25 = "31 December 2025 (the end of December 2025; Home Office asylum support by local authority"
FB6 = "; fact box)"

# 07 (Tuesday 17 November 2026; local paper on the MP's newsletter)
CC, STAFFS = "Cannock Chase", "Staffordshire"
J26 = "30 June 2026 (the end of June 2026; Home Office local authority figures"
J24 = "30 June 2024 (the end of June 2024, two years earlier; Home Office local authority figures"
MPC = "the MP's newsletter claim"
NIGHT = "per night (the Chaseside Hotel, November 2026; "

ARTICLES = {
    "01-the-heartwood-pmq-party-claims-factcheck": dict(
        meta=dict(url="https://www.theheartwood.example/fact-checks/pmqs-migration-claims-net-migration-hotels-returns-boats",
                  title="The parties' migration claims at PMQs, checked",
                  publisher="The Heartwood", author="Perpetua Oakenshaw-Mbeki", published_date="2025-06-13"),
        labels=[
            L("doubled", 2, E, RATIO, "net_migration_ratio", "July 2024 to June 2025 (since this government came in; claim by the Leader of the Opposition)"),
            L("roughly half", 0.5, AP, RATIO, "net_migration_ratio", "year ending December 2024 vs year ending June 2024 (the one before it; Our verdict)"),
            L("431,000", 431000, E, P, NM, "January to December 2024 (the year ending December 2024; " + ONS1, occ=0),
            L("132,000", 132000, E, P, "net_migration_revision", "July 2023 to June 2024 (the year ending June 2024, revised up by; ONS)"),
            L("728,000", 728000, E, P, NM, "July 2023 to June 2024 (the year ending June 2024, first estimate; ONS)"),
            L("860,000", 860000, E, P, NM, "July 2023 to June 2024 (the year ending June 2024, revised estimate now; ONS)"),
            L("944,000", 944000, E, P, NM, "April 2022 to March 2023 (the year ending March 2023, the peak; ONS)"),
            L("32,345", 32345, E, P, HOT, "31 March 2025 (the Home Office's quarterly tables)", occ=0),
            L("56,042", 56042, E, P, HOT, "September 2023 (the record; Home Office)"),
            L("more than 400", 400, MT, HOTELS, HIU, "September 2023 (when the record was set; Home Office)"),
            L("29,585", 29585, E, P, HOT, "30 June 2024 (the end of June 2024; Home Office)"),
            L("9%", 9, E, PCT, HOT + "_change", "31 March 2025 vs 30 June 2024 (up; Home Office)"),
            L("2,760", 2760, E, P, HOT + "_change", "31 March 2025 vs 30 June 2024 (higher; Home Office)"),
            L("almost 30,000", 30000, ALM, P, RET, "5 July 2024 to 11 June 2025 (since polling day; claim by the Home Secretary)"),
            L("29,867", 29867, E, P, RET, SINCE1 + ")", occ=0),
            L("8,970", 8970, E, P, RENF, SINCE1 + ")"),
            L("about three in ten", 30, AP, PCT, "returns_share_enforced", SINCE1 + ")"),
            L("24%", 24, E, PCT, RENF + "_change", "5 July 2024 to 31 May 2025 vs the equivalent months a year before (higher; the Home Office)"),
            L("£5.5m", 5500000, E, GBP, ACH, "per day (every day, 2025; claim by the Liberal Democrats' home affairs spokesperson)"),
            L("£2.1bn", 2100000000, E, GBP, ACH, FY2425 + "; Home Office figures given to the Home Affairs Committee)"),
            L("about £5.8m", 5800000, AP, GBP, ACH, "per day (" + FY2425[FY2425.index("2024-25"):] + ", works out at a day; Home Office figures)"),
            L("£4.76bn", 4760000000, E, GBP, AC, FY2425 + ", the same financial year, a record; Home Office figures)"),
            L("44%", 44, E, PCT, "asylum_cost_share_hotels", FY2425 + ", hotels' share of total asylum spending; Home Office figures)", ctx="hotels taking 44%"),
            L("a third", THIRD, E, PCT, SBA + "_change", "1 January to 11 June 2025 vs the same period of 2024 (up this year; claim by the shadow home secretary)"),
            L("16,545", 16545, E, P, SBA, SF1),
            L("44%", 44, E, PCT, SBA + "_change", "1 January to 11 June 2025 vs the same date in 2024 (more than; Home Office data)", ctx="44% more than"),
            L("11,488", 11488, E, P, SBA, "1 January to 11 June 2024 (by the same date in 2024; Home Office data)"),
            L("295", 295, E, BOATS, SBC, SF1),
            L("56", 56, E, PPB, SBO, SF1.replace("(since", "(an average per boat, since")),
            L("53", 53, E, PPB, SBO, "January to December 2024 (across the whole of 2024, the average; Home Office data)"),
            L("431,000", 431000, E, P, NM, "January to December 2024 (YE December 2024; ONS" + NB, occ=1),
            L("32,345", 32345, E, P, HOT, "31 March 2025 (end of March 2025; Home Office" + NB, occ=1),
            L("29,867", 29867, E, P, RET, "5 July 2024 to 31 May 2025 (since 5 July 2024; Home Office" + NB, occ=1),
        ]),
    "02-the-sapwood-kings-speech-border-command-rwanda": dict(
        meta=dict(url="https://www.thesapwood.example/politics/kings-speech-rwanda-scrapped-border-security-command-b2581944.html",
                  title="King's Speech: Rwanda flights axed as Labour promises a Border Security Command with terror-style powers",
                  publisher="The Sapwood", author="Cosmo Fairclough-Nakamura", published_date="2024-07-17"),
        labels=[
            V("hundreds of millions of pounds", 200000000, 900000000, GBP, RSC, SCHEME + "; the Home Secretary; standfirst)"),
            L("four", 4, E, P, REL, SCHEME + "; the Home Secretary; standfirst)", ctx="pounds for four volunteers", geo=RW),
            L("40", 40, E, "other:bills", "kings_speech_bills", "17 July 2024 (the King's Speech, the government's first legislative programme)"),
            L("£700m", 700000000, E, GBP, RSC, SCHEME + HS2),
            L("four", 4, E, P, REL, SCHEME + ", sent to Kigali" + HS2, ctx="sent four volunteers", geo=RW),
            L("more than 13,000", 13000, MT, P, SBA, "January to June 2024 (between January and June, the highest ever for that part of the year" + HS2),
            L("£75m", 75000000, E, GBP, BSC, "April 2024 to March 2025 (this financial year, left in the Rwanda budget" + HS2),
            L("up to 100", 100, AM, P, "border_security_command_investigators", "2024-25 (to be hired for the new command" + HS2),
            L("about 118,000", 118000, AP, P, "asylum_backlog", "31 March 2024 (yet to receive an initial decision, latest figures" + HS2),
            V("tens of thousands", 20000, 90000, P, "asylum_backlog_illegal_migration_act_cohort", "March 2023 to July 2024 (arrived after March 2023, stuck" + HS2),
            L("more than 1,500", 1500, MT, P, SBA, "5 July to 17 July 2024 (since polling day" + SHS2),
            L("29,437", 29437, E, P, SBA, "January to December 2023 (last year" + SHS2),
            L("more than a third", -THIRD, MT, PCT, SBA + "_change", "2023 vs 2022 (below" + SHS2),
            L("45,774", 45774, E, P, SBA, "January to December 2022 (2022" + SHS2),
            V("thousands", 2000, 9000, P, "rwanda_relocations_planned", "per year (once flights began, would have removed" + SHS2, ctx="removed thousands of people", geo=RW),
            L("685,000", 685000, E, P, NM, "January to December 2023 (last year; Reform UK's leader)"),
            L("nearly four times", 4, ALM, RATIO, "net_migration_ratio", "2023 vs 2019 (the level of 2019; Reform UK's leader)"),
            L("£4.7bn", 4700000000, E, GBP, AC, "April 2023 to March 2024 (2023/24, asylum support; official figures)"),
            L("almost two-thirds", 200 / 3, ALM, PCT, "asylum_cost_share_hotels", "April 2023 to March 2024 (2023/24, of asylum support spending; official figures)"),
            L("about 36,000", 36000, AP, P, HOT, "31 March 2024 (the end of March; the Home Office)"),
            L("fewer than one in ten", 10, LT, PCT, "small_boat_arrivals_share_eligible_for_resettlement", "2024 (small-boat arrivals who would qualify for an existing resettlement scheme; a refugee charity's estimate)"),
        ]),
    "03-the-clearfell-rwanda-cost-savings-explainer": dict(
        meta=dict(url="https://news.theclearfell.example/politics/rwanda-scheme-where-the-money-went-did-scrapping-it-save-750m-13251190",
                  title="Rwanda scheme: where the money went, and did scrapping it save £750m?",
                  publisher="The Clearfell", author="Cordelia Hawthorne-Asante", published_date="2024-11-12"),
        labels=[
            L("£750m", 750000000, E, GBP, SAVE, SAVEP + "ministers' claim; headline)", occ=0),
            V("hundreds of millions of pounds", 200000000, 900000000, GBP, SAVE, SAVEP + "ministers say; standfirst)"),
            L("four", 4, E, P, REL, "April 2022 to July 2024 (ever, under the partnership; image caption)", ctx="Only four people", geo=RW),
            L("£750m", 750000000, E, GBP, SAVE, SAVEP + "the Home Secretary, on Monday)", occ=1),
            L("£715m", 715000000, E, GBP, RSC, COST3 + ")", occ=0),
            L("£290m", 290000000, E, GBP, PTR, COST3 + ", paid directly to Rwanda's government)", occ=0, geo=RW),
            L("£425m", 425000000, E, GBP, "rwanda_scheme_cost_uk_side", COST3 + ", detention, chartered flights, IT, staff and legal fees)"),
            L("four", 4, E, P, REL, COST3 + ", relocated, all volunteers)", ctx="relocated four people", geo=RW),
            L("almost £180m", 180000000, ALM, GBP, "rwanda_scheme_cost_per_relocation", COST3 + ", for each person who went)"),
            L("300", 300, E, P, "rwanda_relocations_planned", "the first relocations under the scheme (National Audit Office, March 2024)", geo=RW),
            L("£541m", 541000000, E, GBP, RSP, "the first 300 relocations (National Audit Office, March 2024)"),
            L("about £1.8m", 1800000, AP, GBP, RSP + "_per_relocation", "the first 300 relocations, per person (National Audit Office, March 2024)"),
            L("£750m", 750000000, E, GBP, SAVE, SAVEP + "cross-head)", occ=2),
            L("£750m", 750000000, E, GBP, SAVE, SAVEP + "according to the Home Office)", occ=3),
            L("£220m", 220000000, E, GBP, "payment_to_rwanda_planned", SAVEP + "further payments to Rwanda no longer due; the Home Office)", geo=RW),
            L("£530m", 530000000, E, GBP, "rwanda_scheme_planned_cost_running", SAVEP + "running costs; the Home Office)"),
            R("between £300m and £400m", 300000000, 400000000, GBP, SAVE, SAVEP + "the genuine saving, a fair estimate; Dr Ignatius Farrow-Quaye)"),
            L("£75m", 75000000, E, GBP, BSC, "April 2024 to March 2025 (moved from the Rwanda budget; ministers)"),
            L("£150m", 150000000, E, GBP, BSC, "two years from 2025 (set aside later, over two years; ministers)"),
            L("more than £4m", 4000000, MT, GBP, ACH, "per day (a day, 2024; the Home Office)"),
            L("5,700", 5700, E, P, "rwanda_removal_cohort", "before the July 2024 election (identified for the first flights; the Home Office)"),
            L("2,145", 2145, E, P, "rwanda_removal_cohort_reporting", "May 2024 (could locate only; the Home Office)"),
            L("fewer than two in five", 40, LT, PCT, "rwanda_removal_cohort_share_located", "May 2024 (of the 5,700 identified; the Home Office)"),
            L("More than 32,000", 32000, MT, P, SBA, "1 January to 11 November 2024 (so far in 2024; Home Office figures)"),
            L("29,437", 29437, E, P, SBA, "January to December 2023 (the whole of 2023; Home Office figures)"),
            L("11", 11, E, BOATS, SBC, MON3),
            L("628", 628, E, P, SBA, MON3),
            L("£750m", 750000000, E, GBP, SAVE, SAVEP + "the figure disputed by the shadow home secretary)", occ=4),
            L("£715m", 715000000, E, GBP, RSC, COST3 + " statement, paid out by the last government)", occ=1),
            L("four", 4, E, P, REL, COST3 + " statement, to relocate four volunteers)", ctx="relocate four volunteers", geo=RW),
            L("£715m", 715000000, E, GBP, RSC, COST3 + "; The Rwanda scheme in figures box)", occ=2),
            L("£290m", 290000000, E, GBP, PTR, COST3 + ", paid to Kigali; The Rwanda scheme in figures box)", occ=1, geo=RW),
            L("4", 4, E, P, REL, COST3 + ", relocations; The Rwanda scheme in figures box)", ctx="Relocations: 4", geo=RW),
        ]),
    "04-kielder-spruce-pa-returns-foreign-offenders": dict(
        meta=dict(url="https://www.kielderspruce.example/news/uk-news/enforced-returns-rise-28-as-home-office-removes-more-foreign-offenders-5190327",
                  title="Enforced returns rise 28% as Home Office removes more foreign offenders",
                  publisher="Kielder Spruce", author="Dominic Larkspur-Obi", published_date="2026-02-26"),
        labels=[
            L("28%", 28, E, PCT, RENF + "_change", "2025 vs 2024 (rise; Home Office figures; headline)", occ=0),
            L("2,146", 2146, E, P, "returns_by_charter_flight", Y25 + "; image caption)", occ=0),
            L("28%", 28, E, PCT, RENF + "_change", "2025 vs 2024 (climbed by, last year; Home Office figures)", occ=1),
            L("9,960", 9960, E, P, RENF, Y25 + ")", occ=0),
            L("7,781", 7781, E, P, RENF, Y24 + ")"),
            L("37,820", 37820, E, P, RET, "January to December 2025 (the year ending December 2025; Home Office figures)", occ=0),
            L("16%", 16, E, PCT, RET + "_change", "year ending December 2025 vs the year before (up; Home Office figures)"),
            L("32,604", 32604, E, P, RET, Y24 + ")"),
            L("just over two-thirds", 200 / 3, MT, PCT, "returns_share_voluntary", Y25 + ")"),
            L("25,450", 25450, E, P, "returns_voluntary", Y25 + ")"),
            L("2,410", 2410, E, P, "returns_refused_entry_at_port", Y25 + ")"),
            L("5,830", 5830, E, P, RFNO, Y25 + ")", occ=0),
            L("13%", 13, E, PCT, RFNO + "_change", "2025 vs 2024 (up; Home Office figures)"),
            L("5,160", 5160, E, P, RFNO, Y24 + ")"),
            L("about 15%", 15, AP, PCT, "returns_share_foreign_national_offenders", Y25 + ")"),
            L("4,020", 4020, E, P, "returns_albania", Y25 + ")"),
            L("more than one in 10", 10, MT, PCT, "returns_share_albania", Y25 + ")"),
            L("2,146", 2146, E, P, "returns_by_charter_flight", Y25 + ")", occ=1),
            L("1,482", 1482, E, P, "returns_by_charter_flight", Y24 + ")"),
            L("45%", 45, E, PCT, "returns_by_charter_flight_change", "2025 vs 2024 (a rise of; Home Office figures)"),
            L("more than 55,000", 55000, MT, P, RET, "5 July 2024 to 26 February 2026 (since 5 July 2024, removed or departed; the Home Secretary)"),
            L("more than 41,000", 41000, MT, P, SBA, "January to December 2025 (last year; the shadow home secretary)"),
            L("fewer than 10,000", 10000, LT, P, RENF, "January to December 2025 (last year, forced out; the shadow home secretary)"),
            L("19,870", 19870, E, P, "foreign_national_offenders_awaiting_removal_in_community", "26 February 2026 (now, walking our streets; the shadow home secretary)", occ=0),
            L("more than 1,800", 1800, MT, P, "foreign_national_offenders_awaiting_removal_in_community_change", "July 2024 to now (higher than when Labour took office; the shadow home secretary)"),
            L("19,870", 19870, E, P, "foreign_national_offenders_awaiting_removal_in_community", "31 December 2025 (the end of December; the Home Office)", occ=1),
            L("281", 281, E, P, "returns_france", "summer 2025 to 31 December 2025 (up to 31 December, under the 'one in, one out' pilot; Home Office figures)", geo="France"),
            L("10,950", 10950, E, P, "prison_population_foreign_nationals", "31 December 2025 (Ministry of Justice figures)", geo=EW),
            L("about 12%", 12, AP, PCT, "prison_population_share_foreign_nationals", "31 December 2025 (of the total; Ministry of Justice figures)", geo=EW),
            L("96", 96, E, P, "prison_population_foreign_nationals", "31 December 2025 (HMP Northumberland, near Acklington)", geo=NLD),
            L("1,348", 1348, E, P, "prison_population", "31 December 2025 (HMP Northumberland's prisoners)", geo=NLD),
            L("about 7%", 7, AP, PCT, "prison_population_share_foreign_nationals", "31 December 2025 (HMP Northumberland)", geo=NLD),
            L("7,361", 7361, E, P, RENF, "January to December 2019 (2019, before COVID-19; Home Office figures)"),
            L("fewer than 3,000", 3000, LT, P, RENF, "April 2020 to March 2021 (the 12 months to March 2021; Home Office figures)"),
            L("37,820", 37820, E, P, RET, Y25 + GL, occ=1),
            L("9,960", 9960, E, P, RENF, Y25 + GL, occ=1),
            L("5,830", 5830, E, P, RFNO, Y25 + GL, occ=1),
        ]),
    "05-the-understorey-europe-asylum-comparisons-essay": dict(
        meta=dict(url="https://theunderstorey.example/2025/10/britain-is-now-europes-soft-touch",
                  title="Britain is now Europe's soft touch",
                  publisher="The Understorey", author="Ambrose Whitlock-Nwosu", published_date="2025-10-14"),
        labels=[
            L("111,084", 111084, E, P, APP, "July 2024 to June 2025 (the year ending June 2025, the highest ever recorded)"),
            L("65,495", 65495, E, P, APP, "January to June 2025 (first-time applications between January and June)", geo=DE),
            L("43%", -43, E, PCT, APP + "_change", "January to June 2025 vs January to June 2024 (down, a year earlier; first-time applications)", geo=DE),
            L("114,902", 114902, E, P, APP, "January to June 2024 (a year earlier; first-time applications)", geo=DE),
            L("about 1.6", 1.6, AP, PER1000, "asylum_applications_per_1000_population", "July 2024 to June 2025 (now, per 1,000 residents)"),
            L("about 3.0", 3.0, AP, PER1000, "asylum_applications_per_1000_population", "January to December 2024 (Germany's rate in 2024)", geo=DE),
            L("fewer than 2,500", 2500, LT, P, APP, "per year (spontaneous claims, a year, 2025)", geo=DK),
            L("roughly 6m", 6000000, AP, P, "population", "2025 (a country of)", geo=DK),
            L("about a quarter", 0.25, AP, RATIO, "asylum_applications_per_1000_population_ratio", "2025 (Denmark's rate vs the UK's, ours)", geo=DK),
            L("66,317", 66317, E, P, "irregular_arrivals_sea", "January to December 2024 (2024, sea arrivals)", geo=IT),
            L("more than half", -50, MT, PCT, "irregular_arrivals_sea_change", "2024 vs 2023 (down by, the year before)", geo=IT),
            L("157,651", 157651, E, P, "irregular_arrivals_sea", "January to December 2023 (the year before)", geo=IT),
            L("up to 3,000", 3000, AM, P, "italy_albania_centres_capacity", "per month (a month, as planned; Italy's centres in Albania)", geo=AL_),
            V("a few hundred", 200, 900, P, "italy_albania_centres_detainees", "2024 to October 2025 (held in practice; Italy's centres in Albania)", geo=AL_),
            L("€670m", 670000000, E, EUR, "italy_albania_scheme_cost", "five years from 2024 (over five years, estimated; Italy's centres in Albania)", geo=IT),
            L("36,816", 36816, E, P, SBA, "January to December 2024 (last year)"),
            L("about 11%", -11, AP, PCT, APP + "_change", "2024 vs 2023 (fell by, in 2024)", geo=EU),
            L("roughly 1m", 1000000, AP, P, APP, "January to December 2024 (in 2024, across the EU as a whole)", geo=EU),
            L("431,000", 431000, E, P, NM, "January to December 2024 (2024 as a whole; the ONS figure)"),
            L("roughly half", 0.5, AP, RATIO, "net_migration_ratio", "2024 vs 2023 (the previous year's; ONS)"),
            L("about a fifth", 20, AP, PCT, "population_germany_larger_than_uk", "2024 (a population larger than the UK's)", geo=DE),
            L("around 430,000", 430000, AP, P, NM, "January to December 2024 (net immigration in 2024)", geo=DE),
            L("14 million", 14000000, E, P, "population_germany_larger_than_uk", "2024 (more people than the UK)", geo=DE),
            L("around one in five", 20, AP, PCT, "returns_share_of_return_orders", "recent years (people ordered to leave who actually go; the European Commission)", geo=EU),
            L("162,877", 162877, E, P, APP, "January to December 2015 (2015)", geo=SE),
            L("fewer than 10,000", 10000, LT, P, APP, "per year (now, a year, 2025)", geo=SE),
            L("about 900,000", 900000, AP, P, "regularisation_undocumented_migrants_planned", "three years from 2025 (over three years, planned)", geo=ES),
        ]),
    "06-wrexham-rowan-senedd-leaflet-claims-check": dict(
        meta=dict(url="https://www.wrexhamrowan.example/news/politics/senedd-election-2026-leaflet-check-migration-claims-wrexham-flintshire-1102938",
                  title="Leaflet check: the migration claims landing on doormats in Wrexham and Flintshire",
                  publisher="Wrexham Rowan", author="Eluned Pryce-Abernathy", published_date="2026-04-24"),
        labels=[
            L("96", 96, E, P, "senedd_members", "7 May 2026 (members to be elected at the Senedd election)", ctx="elect 96 members", geo=WAL),
            L("60", 60, E, P, "senedd_members", "2021 to 2026 (up from, the outgoing Senedd)", geo=WAL),
            L("six", 6, E, P, "senedd_members_per_constituency", "7 May 2026 (chosen in each constituency)", geo=WAL),
            L("16", 16, E, "other:constituencies", "senedd_constituencies", "7 May 2026 (larger constituencies)", geo=WAL),
            L("410", 410, E, P, ASP, "April 2026 (now housing; Reform UK leaflet claim)", geo=WRX),
            L("187", 187, E, P, "asylum_dispersal_population", D25 + ")", occ=0, geo=WRX),
            L("about 14", 14, AP, PER10K, "asylum_dispersal_population_per_10000_residents", D25 + ")", geo=WRX),
            L("more than twice", 2, MT, RATIO, "asylum_support_population_claim_vs_official_ratio", "31 December 2025 (the leaflet's figure against the official one)", geo=WRX),
            V("Thousands", 2000, 9000, P, HOT, "April 2026 (being put up in Welsh hotels; Reform UK leaflet claim)", geo=WAL),
            L("3,140", 3140, E, P, ASP, D25 + ")", occ=0, geo=WAL),
            L("265", 265, E, P, HOT, D25 + ")", occ=0, geo=WAL),
            L("about 8%", 8, AP, PCT, "asylum_support_share_hotels", D25 + ")", geo=WAL),
            L("3%", 3, E, PCT, "net_migration_international_share_wales", "recent years (Wales gets just; Plaid Cymru leaflet claim)", ctx="just 3%"),
            L("27,500", 27500, E, P, "net_migration_international", "mid-2023 to mid-2024 (the year to mid-2024; Office for National Statistics)", geo=WAL),
            L("860,000", 860000, E, P, NM, "July 2023 to June 2024 (a similar period; Office for National Statistics)"),
            L("about 3%", 3, AP, PCT, "net_migration_international_share_wales", "mid-2023 to mid-2024 (Wales's share of the UK figure; Office for National Statistics)"),
            L("4.6%", 4.6, E, PCT, "population_share_wales", "2024 (of the people in the UK who live in Wales)"),
            L("a fifth", 20, E, PCT, SBA + "_change", "since July 2024 (up under Labour; Welsh Conservatives leaflet claim)"),
            L("41,290", 41290, E, P, SBA, "January to December 2025 (calendar year 2025; Home Office figures)"),
            L("12%", 12, E, PCT, SBA + "_change", "2025 vs 2024 (up; Home Office figures)", ctx="up 12% on"),
            L("36,816", 36816, E, P, SBA, "January to December 2024 (2024; Home Office figures)"),
            L("43,309", 43309, E, P, SBA, "July 2024 to June 2025 (the 12 months to June 2025, Labour's first full year; Home Office figures)"),
            L("38%", 38, E, PCT, SBA + "_change", "July 2024 to June 2025 vs the 12 months before (more than; Home Office figures)", ctx="crossed, 38% more"),
            R("between 12% and 38%", 12, 38, PCT, SBA + "_change", "depending on the period, 2025 or the 12 months to June 2025 (rose by; Home Office figures)"),
            L("halved", -50, E, PCT, HIU + "_change", "July 2024 to April 2026 (under Labour; Welsh Labour leaflet claim)", ctx="Labour has halved"),
            L("213", 213, E, HOTELS, HIU, "July 2024 (when Labour took office; the Home Office)"),
            L("96", 96, E, HOTELS, HIU, "31 March 2026 (remained; the Home Office)", ctx="said 96 remained"),
            L("55%", -55, E, PCT, HIU + "_change", "31 March 2026 vs July 2024 (a fall of; the Home Office)"),
            L("more than halved", -50, MT, PCT, HIU + "_change", "31 March 2026 vs July 2024 (the number has; Wrexham Rowan)"),
            L("3,140", 3140, E, P, ASP, D25 + FB6, occ=1, geo=WAL),
            L("265", 265, E, P, HOT, D25 + FB6, occ=1, geo=WAL),
            L("187", 187, E, P, "asylum_dispersal_population", D25 + FB6, occ=1, geo=WRX),
        ]),
    "07-rugeley-larch-mp-asylum-hotel-figures": dict(
        meta=dict(url="https://www.rugeleylarch.example/news/local-news/do-the-mps-asylum-hotel-figures-add-up-we-checked-the-numbers-9921734",
                  title="Do the MP's asylum hotel figures add up? We checked the numbers",
                  publisher="Rugeley Larch", author="Tobias Wetherell-Ansah", published_date="2026-11-17"),
        labels=[
            L("more than trebled", 3, MT, RATIO, ASP + "_ratio", "30 June 2024 to 30 June 2026 (in the district; " + MPC + ")", occ=0, geo=CC),
            L("£40,000", 40000, E, GBP, "asylum_hotel_cost_chaseside", NIGHT + "every single night; " + MPC + ")", occ=0, geo=CC),
            L("212", 212, E, P, ASP, J26 + ")", occ=0, geo=CC),
            L("68", 68, E, P, ASP, J24 + ")", occ=0, geo=CC),
            L("144", 144, E, P, ASP + "_change", "30 June 2024 to 30 June 2026 (an increase of; Home Office local authority figures)", geo=CC),
            L("212", 212, E, P, ASP, J26 + ", compared)", occ=1, geo=CC),
            L("a little over three times", 3, MT, RATIO, ASP + "_ratio", "30 June 2026 vs 30 June 2024 (Home Office local authority figures)", geo=CC),
            L("68", 68, E, P, ASP, J24 + ", compared)", occ=1, geo=CC),
            L("more than trebled", 3, MT, RATIO, ASP + "_ratio", "30 June 2024 to 30 June 2026 (" + MPC + ", accurate)", occ=1, geo=CC),
            L("c. 101,000", 101000, AP, P, "population", "2026 (the district's population)", geo=CC),
            L("about 21", 21, AP, PER10K, "asylum_support_population_per_10000_residents", J26 + ")", geo=CC),
            L("about 17", 17, AP, PER10K, "asylum_support_population_per_10000_residents", J26 + ", the England average)", geo=ENG),
            L("1,940", 1940, E, P, ASP, J26 + ", Staffordshire's districts and boroughs)", geo=STAFFS),
            L("about one in nine", 100 / 9, AP, PCT, "asylum_support_population_share_cannock_chase", J26 + ", Cannock Chase's share)", geo=STAFFS),
            L("174", 174, E, P, HOT, "November 2026 (currently houses, the Chaseside Hotel; the Home Office)", occ=0, geo=CC),
            L("£145", 145, E, GBP, "asylum_hotel_cost_per_person_night", "per day (per person per night, average cost of hotel accommodation, 2026; Home Office published figures)"),
            L("about £25,000", 25000, AP, GBP, "asylum_hotel_cost_chaseside", NIGHT + "a night, on that basis; Rugeley Larch calculation)", geo=CC),
            L("£40,000", 40000, E, GBP, "asylum_hotel_cost_chaseside", NIGHT + "not; " + MPC + ")", occ=1, geo=CC),
            L("nearly 60%", 60, ALM, PCT, "asylum_hotel_cost_chaseside_claim_overstatement", "November 2026 (too high, the newsletter's figure; Rugeley Larch calculation)", geo=CC),
            L("£18", 18, E, GBP, "dispersal_accommodation_cost_per_person_night", "per day (per person per night, dispersal accommodation, 2026; Home Office published figures)"),
            L("about eight times", 8, AP, RATIO, "asylum_hotel_cost_per_person_night_ratio", "2026 (a night in a hotel vs dispersal accommodation; Home Office published figures)"),
            L("nearly one in five", 20, ALM, PCT, "asylum_hotel_residents_share_staying_over_a_year", "November 2026 (the men at the Chaseside Hotel, there for more than a year; volunteers at a Rugeley church)", geo=CC),
            L("61", 61, E, HOTELS, HIU, "30 September 2026 (remained open at the close of September; the Home Office)"),
            L("96", 96, E, HOTELS, HIU, "31 March 2026 (six months before; the Home Office)"),
            L("Around 17,450", 17450, AP, P, HOT, "30 June 2026 (nationally; the Home Office)"),
            L("almost half", -50, ALM, PCT, HOT + "_change", "30 June 2026 vs 31 March 2025 (a fall of, from 15 months earlier; the Home Office)"),
            L("1,213", 1213, E, P, "poll_sample_size", "autumn 2026 (residents who replied to the MP's online survey; " + MPC + ")", geo=CC),
            L("84%", 84, E, PCT, "poll_share_asylum_hotel_should_close", "autumn 2026 (of these, the MP's online survey; " + MPC + ")", geo=CC),
            L("12.9k", 12900, E, "other:signatures", "petition_signatures", "summer to November 2026 (launched in the summer; the MP's petition)", geo=CC),
            L("£25,000", 25000, E, GBP, "asylum_hotel_cost_chaseside", NIGHT + "whether it is; Harriet Quennell-Adeyemi)", occ=1, geo=CC),
            L("£40,000", 40000, E, GBP, "asylum_hotel_cost_chaseside", NIGHT + "or; Harriet Quennell-Adeyemi)", occ=2, geo=CC),
            L("£160,000", 160000, E, GBP, "council_asylum_grant", "2026-27 (this year, asylum dispersal grant; Cannock Chase District Council)", geo=CC),
            L("212", 212, E, P, ASP, "30 June 2026 (June 2026; Home Office; The figures box)", occ=2, geo=CC),
            L("174", 174, E, P, HOT, "November 2026 (hotel residents at the Chaseside; The figures box)", occ=1, geo=CC),
        ]),
}

if __name__ == "__main__":
    build_gold(HERE, ARTICLES)
