package extract

import (
	"maps"
	"math"
	"testing"
	"time"
)

// Which measure and statistic a figure gets, from the words around it. The
// sentences are our own; the expectations come from the contract's
// vocabulary: a figure about something the vocabulary has no measure for
// (people detained, rescued, housed in hotels, or who died at sea) is
// "other", however close the Channel or asylum words stand. Spending on
// hotels for asylum seekers is spending on asylum accommodation (asylum_cost),
// as the labels of the evaluation set have it.
func TestMeasureChoice(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	type want struct{ quote, measure, statistic string }
	cases := []struct {
		name string
		text string
		want []want
	}{
		{"people who died on the way are no arrivals, whatever journey the clause names",
			"Crossings by small boat reached 21,400 this summer.\n\nOn the Channel route, 52 people died trying to reach the UK by small boat last year.\n\nChannel crossings: Two drowned off Wissant",
			[]want{{"21,400", "small_boat_arrivals", "level"}, {"52", "other", "level"}, {"Two", "other", "level"}}},
		{"a measure that opens the sentence is its far figure's, not the figure before's",
			"About 40% of last year's emigrants were students.\n\nNet migration is now lower than at any time since 2013, when Covid-19 restrictions all but shut the borders to travel, and well short of the record of 745,000.",
			[]want{{"About 40%", "emigration", "share"}, {"745,000", "net_migration", "level"}}},
		{"people who came here are immigrants, and an estimate revised goes on with its figure, in a piece on net migration",
			"Net migration is not at a record. Net migration was 204,000 last year, the ONS estimates, and net migration has fallen for two years.\n\nA viral post says 1.4m people came here last year. That is an estimate of immigration for an earlier year, first put at around 1.4m. It has since been revised to 1.52m.",
			[]want{{"204,000", "net_migration", "level"}, {"1.4m", "immigration", "level"}, {"around 1.4m", "immigration", "level"}, {"1.52m", "immigration", "level"}}},
		{"an interview's answer with no cue of its own is about what the question asked",
			"Net migration and the nation\n\nQ: Net migration fell to 204,000 last year. Is that enough?\n\nA: No. Net migration of 150,000 would suit us, and net migration to Scotland was 31,000.\n\nQ: And the Channel? Crossings are down. Does the government deserve credit?\n\nA: Some. The count this year is 31,200, down from 36,400 at this point last year.",
			[]want{{"204,000", "net_migration", "level"}, {"150,000", "net_migration", "level"}, {"31,000", "net_migration", "level"}, {"31,200", "small_boat_arrivals", "level"}, {"36,400", "small_boat_arrivals", "level"}}},
		{"people moving to Britain are immigrants, those moving away emigrants",
			"The statisticians estimate that 702,000 people were moving to Britain for at least a year, and 541,000 moving away.",
			[]want{{"702,000", "immigration", "level"}, {"541,000", "emigration", "level"}}},
		{"the people a place is home to are its population, but not some of them",
			"Arrivals by small boat reached 20,000 this year. Dunmore, home to roughly 88,000 people, took 140 of them; the town is now home to 310 people seeking asylum. Ashby, home to 41,200 people after a decade of growth, took 60.",
			[]want{{"20,000", "small_boat_arrivals", "level"}, {"roughly 88,000", "population", "level"}, {"140", "small_boat_arrivals", "level"}, {"310", "other", "level"}, {"41,200", "population", "level"}, {"60", "", ""}}},
		{"the people a place gained are its population's change, unless the sentence says what brought them",
			"Ballymore added 2,300 residents in a year. Net overseas migration added 3,100 people, and the county gained 900 people from elsewhere in Ireland.",
			[]want{{"2,300", "population_change", "level"}, {"3,100", "net_migration", ""}, {"900", "", ""}}},
		{"a share of those a verb names is a share of what the verb says befell them, not of the figure before",
			"The Home Office had received 8,300 asylum applications by June.\n\nAlbanians made up 31% of those deported, followed by Vietnamese (14%).",
			[]want{{"8,300", "asylum_applications", "level"}, {"31%", "returns", "share"}, {"14%", "returns", "share"}}},
		{"the cost of a prison place is no spending on asylum, in a story on removals",
			"Some 4,100 foreign offenders were deported last year. A prison place costs about £51,000 a year, so holding those awaiting removal costs more than £300m.",
			[]want{{"Some 4,100", "returns", "level"}, {"about £51,000", "other", ""}, {"more than £300m", "", ""}}},
		{"a revised mid-year estimate is of the population, a revised year to mid-year of net migration",
			"Net migration to Wales was 21,000 in the year to mid-2031.\n\nThe mid-2030 figure has been revised down by 3,100, to 3,204,500. The figure for mid-2029 to mid-2030 was revised up by 2,000, to 19,000.",
			[]want{{"21,000", "net_migration", "level"}, {"3,100", "population", "change"}, {"3,204,500", "population", "level"}, {"2,000", "net_migration", "change"}, {"19,000", "net_migration", "level"}}},
		{"a heading of one weak word names no measure the story is not about",
			"Ukrainian families in Powys\n\nImmigration to Wales has changed the county. Some 2,100 Ukrainians have found homes in the county under the sponsorship scheme.\n\nSyrian arrivals\n\nThe county has also resettled 310 Syrians since 2016. About 40 of them live in Brecon.",
			[]want{{"Some 2,100", "", ""}, {"310", "other", "level"}, {"About 40", "other", "level"}}},
		{"growth that migration brought is net migration",
			"Wales's population rose to 3.2 million. It grew by a net 24,000 through migration, and the number of Welsh-born residents fell by 3,000 through migration alone.",
			[]want{{"3.2 million", "population", "level"}, {"24,000", "net_migration", ""}, {"3,000", "net_migration", ""}}},
		{"a share or change of births is of births, one of deaths of deaths; residents born abroad are no births",
			"Of the 24,310 babies born in the county in 2025, 27.5% had mothers born outside the UK, against 25.9% a year earlier.\n\nBirths fell 1.7% and deaths rose 0.6%.\n\nSome 12% of people living in the county were born overseas, the census found.",
			[]want{{"24,310", "births", "level"}, {"27.5%", "births", "share"}, {"25.9%", "births", "share"}, {"1.7%", "births", "percent_change"}, {"0.6%", "deaths", "percent_change"}, {"Some 12%", "population", "share"}}},
		{"smugglers are counted by no measure, in a story on crossings",
			"Small boats brought 4,300 people across the Channel in June.\n\nThe agency says it has charged more than 300 smugglers since the spring, and jailed 120 people smugglers and 45 traffickers last year.",
			[]want{{"4,300", "small_boat_arrivals", "level"}, {"more than 300", "other", "level"}, {"120", "other", "level"}, {"45", "other", "level"}}},
		{"what a boat is built for is no count of arrivals",
			"Small boats brought 4,300 people across the Channel in June, in dinghies designed for 20.",
			[]want{{"4,300", "small_boat_arrivals", "level"}, {"20", "other", "level"}}},
		{"people crossing a land border every day are no small-boat arrivals",
			"Traders in Newry fear checks on the Irish border.\n\nAbout 25,000 people cross the border every day to work, the chamber says.\n\nAsylum claims in Northern Ireland reached 2,100 last year.",
			[]want{{"About 25,000", "other", "level"}, {"2,100", "asylum_applications", "level"}}},
		{"Britons who came home, and people who came to settle, are immigrants, even when compared with emigrants",
			"An estimated 171,000 Britons emigrated, more than twice as many as the 69,000 who came home.\n\nOf the 690,000 people who came to settle in the UK, most were not British.",
			[]want{{"171,000", "emigration", "level"}, {"more than twice", "emigration", "ratio"}, {"69,000", "immigration", "level"}, {"690,000", "immigration", "level"}}},
		{"spending on the Ukraine schemes is no spending on asylum",
			"Asylum support cost £4.1bn last year. Separately, the Welsh Government has spent £96m on its Ukraine super sponsor route since 2022.",
			[]want{{"£4.1bn", "asylum_cost", "level"}, {"£96m", "other", "level"}}},
		{"the people on boats stopped before they left are no arrivals; those on boats that landed are",
			"Some 640 people crossed the Channel on Sunday. French police intercepted nine dinghies carrying around 410 people before they could launch, and Border Force met 12 boats carrying 640.",
			[]want{{"Some 640", "small_boat_arrivals", "level"}, {"nine", "", ""}, {"around 410", "other", "level"}, {"12", "", ""}, {"640", "small_boat_arrivals", "level"}}},
		{"appeals lodged or decided are no backlog",
			"The asylum backlog fell to 61,000. Appeals lodged with the first-tier tribunal climbed to 39,800 in the year to June, nearly three times the 13,900 lodged a year before.",
			[]want{{"61,000", "asylum_backlog", "level"}, {"39,800", "other", "level"}, {"nearly three times", "other", "ratio"}, {"13,900", "other", "level"}}},
		{"a ratio whose own clause names its subject is that subject's, not the figure before's",
			"Grants of asylum rose to 52,300 from 40,900, but refusals nearly tripled. Asylum grants rose to 30,100 from 22,600, while refusals doubled.",
			[]want{{"52,300", "asylum_grants", "level"}, {"40,900", "asylum_grants", "level"}, {"nearly tripled", "other", "ratio"}, {"30,100", "asylum_grants", "level"}, {"22,600", "asylum_grants", "level"}, {"doubled", "other", "ratio"}}},
		{"pupils counted by a school census are no population",
			"The school census recorded 3,410 pupils with Syrian nationality, down 9% on a year before, in a population of 5.5 million.",
			[]want{{"3,410", "other", "level"}, {"9%", "other", ""}, {"5.5 million", "population", "level"}}},
		{"the people estimated at mid-year are the population, in a story on net migration",
			"The OBR now assumes net migration of 205,000 a year.\n\nScotland accounted for 5.5m of the 69.9m people estimated at mid-2031.",
			[]want{{"205,000", "net_migration", ""}, {"5.5m", "population", "level"}, {"69.9m", "population", "level"}}},
		{"the level a revised mid-year estimate reached is the population's, whatever new data the sentence names",
			"Wales grew by 12,000. The statistics agency's estimate for mid-2030 was also revised up by 2,100, to 3,190,000, after new data on international students.",
			[]want{{"12,000", "", ""}, {"2,100", "population", "change"}, {"3,190,000", "population", "level"}}},
		{"people who risk their lives in boats are crossings, not deaths",
			"More than 12,300 risk their lives in dinghies as summer crossings soar",
			[]want{{"More than 12,300", "small_boat_arrivals", "level"}}},
		{"a sentence that opens with a period and then refers back is about what the sentence before names",
			"Where does the number come from?\n\nEach year the Home Office reports its spending on asylum support and accommodation. In 2031/32 that was £4.9bn, or about £13.4m a day.",
			[]want{{"£4.9bn", "asylum_cost", "level"}, {"about £13.4m", "asylum_cost", "level"}}},
		{"rents are no asylum spending, in a story on resettlement",
			"The council has resettled 40 Afghan refugee families, and the Home Office funds their support. A three-bedroom house in the city now costs an average of £950 a month to rent, against a local housing allowance of £700.",
			[]want{{"40", "", ""}, {"£950", "other", ""}, {"£700", "other", ""}}},
		{"people who have not yet received a decision are the backlog",
			"Some 41,000 people had not yet received a decision on their claim at the end of June.",
			[]want{{"Some 41,000", "asylum_backlog", "level"}}},
		{"people who left detention are no emigrants",
			"Some 22,900 people left detention in 2031. About 81% of those who left detention had been held for 28 days or fewer.",
			[]want{{"Some 22,900", "other", "level"}, {"About 81%", "other", "share"}}},
		{"a speaker who claims a figure makes no asylum claims",
			"Immigration was 900,000 last year. A party spokesman claims more than 3 million people have arrived since 2020. Some 84,000 asylum claims were lodged.",
			[]want{{"900,000", "immigration", "level"}, {"more than 3 million", "immigration", "level"}, {"Some 84,000", "asylum_applications", "level"}}},
		{"a net count of people who moved is a net flow, unless the moves are within the UK",
			"Natural change added 1,900 people. A net 3,700 people moved to Cornwall from abroad. A net 2,600 people moved to the county from the rest of the UK. Moves within the UK brought a net 900.",
			[]want{{"1,900", "", ""}, {"3,700", "net_migration", "level"}, {"2,600", "other", "level"}, {"900", "other", "level"}}},
		{"citizens living overseas and overseas electors are no emigrants, in an essay on emigration",
			"Emigration of British nationals rose to 251,000 last year. About 5.4m British citizens live overseas, but only 172,000 overseas electors were registered.",
			[]want{{"251,000", "emigration", "level"}, {"About 5.4m", "other", "level"}, {"172,000", "other", "level"}}},
		{"employment forecast lower is no migration figure, in a piece on net migration",
			"The OBR now assumes net migration of 190,000. It expects employment in 2029 to be 160,000 lower than it did in the spring.",
			[]want{{"190,000", "net_migration", "level"}, {"160,000", "other", "change"}}},
		{"a cue that another figure follows 'at' is that figure's, across a period between",
			"The statisticians put immigration in the 12 months to March at 790,000 and emigration at 612,000.",
			[]want{{"790,000", "immigration", "level"}, {"612,000", "emigration", "level"}}},
		{"people arriving from outside the EU are immigrants",
			"About three in four of those counted arriving last year came from outside the EU: 598,000 people.",
			[]want{{"About three in four", "immigration", "share"}, {"598,000", "immigration", "level"}}},
		{"long-term arrivals are immigrants; children in a council's care are no crossings",
			"Long-term arrivals totalled 790,000 and departures 612,000. Around 380 unaccompanied children who came by small boat are in the care of Kent County Council.",
			[]want{{"790,000", "immigration", "level"}, {"612,000", "emigration", "level"}, {"Around 380", "other", "level"}}},
		{"an upward revision in a story on net migration is of net migration",
			"Net migration was raised to 219,000. The ONS said most of the 15,000 upward revision reflected students.",
			[]want{{"219,000", "net_migration", "level"}, {"15,000", "net_migration", "change"}}},
		{"a small count named again without its noun is that count, of its measure",
			"Just four volunteers were ever flown to Kigali. Spread across those four, the £700m bill is £175m a head. The France deal has sent back 2,100, which beats four.",
			[]want{{"four", "rwanda_relocations", "level"}, {"four", "rwanda_relocations", "level"}, {"£700m", "", "level"}, {"£175m", "", "level"}, {"2,100", "returns", "level"}, {"four", "rwanda_relocations", "level"}}},
		{"a number word with no count before it is no count again",
			"Spread across those four, the bill is large.",
			nil},
		{"a bare sum in a story on the cost of asylum is another sum",
			"Asylum bill soars\n\nThe cost of the asylum system rose to £5.1bn last year, with spending on asylum hotels at £3.4bn.\n\nMinisters say the asylum bill will fall. Critics doubt it.\n\nA charity in the town has £2.3m in reserve.",
			[]want{{"£5.1bn", "asylum_cost", "level"}, {"£3.4bn", "asylum_cost", "level"}, {"£2.3m", "other", "level"}}},
		{"a bare count in a story on small boats is a count of crossings",
			"Channel crossings hit a record\n\nSmall boat arrivals reached 31,200 this year as migrants crossed the Channel.\n\nMinisters met on Monday. They said little.\n\nIn all, 880 came on Friday.",
			[]want{{"31,200", "small_boat_arrivals", "level"}, {"880", "small_boat_arrivals", "level"}}},
		{"the base of a change given 'on the' is of the change's measure, not of a clause after it",
			"Immigration fell to 655,000, down about a sixth on the 790,000 of the previous year, while emigration climbed to 531,000.",
			[]want{{"655,000", "immigration", "level"}, {"about a sixth", "immigration", "percent_change"}, {"790,000", "immigration", "level"}, {"531,000", "emigration", "level"}}},
		{"people yet to hear about their claims are the backlog",
			"At the end of March 61,300 people were still to hear whether they would be granted protection.",
			[]want{{"61,300", "asylum_backlog", "level"}}},
		{"applications for visas are no asylum applications",
			"Universities saw 98,400 applications for sponsored study visas in the first half of the year.",
			[]want{{"98,400", "other", "level"}}},
		{"a part of net migration by where people came from keeps its measure, from elsewhere in the UK too",
			"Wales gained a net 21,700 people through migration in the year. Roughly three-fifths of it, 13,100, came from overseas, and the other 8,600 from elsewhere in the UK.",
			[]want{{"21,700", "net_migration", "level"}, {"Roughly three-fifths", "net_migration", "share"}, {"13,100", "net_migration", "level"}, {"8,600", "net_migration", "level"}}},
		{"a move from elsewhere in the UK with a clause of its own is none of the measures",
			"Net overseas migration to Wales was 12,900, and a net 4,300 people moved to Wales from elsewhere in the UK.",
			[]want{{"12,900", "net_migration", "level"}, {"4,300", "other", "level"}}},
		{"net migration from abroad is not a move within the UK when such moves have a clause and figure of their own",
			"Net migration from abroad added 28,400 residents to Fife and moves from the rest of the UK a further 6,900.",
			[]want{{"28,400", "net_migration", ""}, {"6,900", "", ""}}},
		{"'N a boat' right after a figure counts people per boat",
			"Crossings reached 21,480 by August, in 402 boats, or 53 a boat.",
			[]want{{"21,480", "small_boat_arrivals", "level"}, {"402", "small_boats", "level"}, {"53", "small_boat_arrivals", "average"}}},
		{"a figure compared with one before it keeps its own noun's measure when each names its own",
			"There were 14,200 births against 17,600 deaths. Surveys counted 512,000 long-term arrivals, set against 377,000 departures.",
			[]want{{"14,200", "births", "level"}, {"17,600", "deaths", "level"}, {"512,000", "immigration", "level"}, {"377,000", "emigration", "level"}}},
		{"a relative clause that opens with its cue names what the figure compared counts",
			"Some 731,000 people moved to Britain in the year, against the 488,000 who left.",
			[]want{{"Some 731,000", "immigration", "level"}, {"488,000", "emigration", "level"}}},
		{"a possessive mid-year figure is the population estimate",
			"Wales gained a net 17,900 people through migration. Statisticians also revised mid-2023's figure down by 4,100, to 3,127,300.",
			[]want{{"17,900", "net_migration", "level"}, {"4,100", "population", "change"}, {"3,127,300", "population", "level"}}},
		{"moves to the rest of a part of the UK are none of the measures",
			"Derry gained a net 2,140 people from abroad. Against that, the city lost a net 960 residents to the rest of Northern Ireland. Dundee lost a net 450 people to other parts of Scotland.",
			[]want{{"2,140", "net_migration", "level"}, {"960", "other", ""}, {"450", "other", ""}}},
		{"a share followed by what people answered is a survey's, whatever it asked about",
			"Of 1,800 voters polled in June, 64% think net migration is too high and one in eight believe it is about right.",
			[]want{{"1,800", "", ""}, {"64%", "other", "share"}, {"one in eight", "other", "share"}}},
		{"people who have gone back or were turned back at ports are returns, in a story on crossings too",
			"Small boat crossings have fallen this year as the Channel weather turned. Since September, some 1,940 have gone back. Border Force detected 21,000 people crossing the Channel. A further 3,100 were turned back at ports.",
			[]want{{"some 1,940", "returns", "level"}, {"21,000", "small_boat_arrivals", "level"}, {"3,100", "returns", "level"}}},
		{"sums spent on benefits or on each removal are none of the vocabulary's",
			"A post claimed 2.1 million migrants on universal credit were costing taxpayers £7.9bn a year. Each enforced removal costs about £15,200, while a voluntary return costs £2,900.",
			[]want{{"2.1 million", "other", "level"}, {"£7.9bn", "other", "level"}, {"about £15,200", "other", ""}, {"£2,900", "other", ""}}},
		{"economic growth, productivity and inflation are none of the vocabulary's",
			"Population growth slowed to 0.6%. The OBR cut its growth forecast for next year from 1.7% to 1.2%, and CPI inflation rose to 3.1%.",
			[]want{{"0.6%", "population", ""}, {"1.7%", "other", ""}, {"1.2%", "other", ""}, {"3.1%", "other", ""}}},
		{"a mid-year estimate after a possessive is the population estimate",
			"Net migration added 31,400. Statisticians also revised their mid-2024 estimate down by 2,600, to 1,911,300.",
			[]want{{"31,400", "net_migration", ""}, {"2,600", "population", "change"}, {"1,911,300", "population", "level"}}},
		{"applications with no word of asylum near them are not asylum claims",
			"Ukrainians in Britain want to stay longer. The Home Office received 41,300 applications to extend their permission in the first quarter. Travellers from Europe now need a permit. Officials processed 2.6 million applications for an electronic travel authorisation in June.",
			[]want{{"41,300", "other", "level"}, {"2.6 million", "other", "level"}}},
		{"claims lodged in other countries are asylum claims too",
			"Asylum applications across Europe fell in the first half of the year. Italy took in 48,200 applicants and France 45,100.",
			[]want{{"48,200", "asylum_applications", "level"}, {"45,100", "asylum_applications", "level"}}},
		{"people who applied are claimants, unless they applied for something else",
			"Refugee status was granted to 2,300 people in Ireland last year. In the first half of this year, 7,100 people applied. In the year to June, 5,940 asylum seekers applied for permission to work.",
			[]want{{"2,300", "asylum_grants", "level"}, {"7,100", "asylum_applications", "level"}, {"5,940", "other", "level"}}},
		{"people a processing site handled or held, and children in a council's care, are no crossings",
			"Small boat arrivals rose again. The Dover site processed 3,870 people in July. Crossings climbed again. Kent County Council said 511 children who came alone were now in its care. On its busiest day it held 520.",
			[]want{{"3,870", "other", "level"}, {"511", "other", "level"}, {"520", "other", "level"}}},
		{"people who left the UK voluntarily or through the returns system are returns, not emigrants",
			"In the year to September, 31,900 people left the UK through the returns system. Some 19,700 people left the UK voluntarily over the same period.",
			[]want{{"31,900", "returns", "level"}, {"Some 19,700", "returns", "level"}}},
		{"offenders who remain in the community while their deportation waits are no returns",
			"Deportations of foreign offenders rose by a fifth last year. Yet 18,940 foreign criminals remained in the community at the end of June while their cases dragged on.",
			[]want{{"a fifth", "returns", "percent_change"}, {"18,940", "other", "level"}}},
		{"the share of a place's people who are asylum seekers is no share of the population",
			"Bolton has 1,240 asylum seekers, roughly one in every 240 residents. In Wigan that works out at one for every 310 residents. Some 14% of the town's population was born abroad.",
			[]want{{"1,240", "other", "level"}, {"roughly one in every 240", "other", "share"}, {"one for every 310", "other", "share"}, {"Some 14%", "population", "share"}}},
		{"a change restated between commas is still a change; last year's figure nudged up is the estimate just given",
			"Net migration added 21,000 people to Wales in the year. The ONS put the population at 3,204,100 on 30 June. That was 19,800, or 0.6%, more than a year earlier. Last year's figure was nudged up by 3,700, to 3,184,300.",
			[]want{{"21,000", "net_migration", "level"}, {"3,204,100", "population", "level"}, {"19,800", "population_change", ""}, {"0.6%", "population", "percent_change"}, {"3,700", "population", "change"}, {"3,184,300", "population", "level"}}},
		{"coordinated figures each with a noun of its own after 'of the' keep their own measures",
			"Long-term immigration reached 812,000 last year. EU nationals made 124,000 of the arrivals and 203,000 of the departures.",
			[]want{{"812,000", "immigration", "level"}, {"124,000", "immigration", "level"}, {"203,000", "emigration", "level"}}},
		{"people pulled from the sea, brought ashore alive or in a critical condition are no crossings",
			"A dinghy broke apart off Calais on Tuesday. Rescuers pulled 44 people from the sea. Thirty-nine people were brought ashore alive, and three remain in a critical condition.",
			[]want{{"44", "other", "level"}, {"Thirty-nine", "other", "level"}, {"three", "other", "level"}}},
		{"'the number' after a count of people in boats counts the people",
			"Some 386 people crossed in eight boats on Friday, bringing the number for the year so far to 31,240.",
			[]want{{"Some 386", "small_boat_arrivals", "level"}, {"eight", "small_boats", "level"}, {"31,240", "small_boat_arrivals", "level"}}},
		{"visa applications, other countries' working holiday visas and visa fees are none of the vocabulary's",
			"Home Office data show 41,300 study visa applications from main applicants in January and February. Australia granted 39,800 working holiday visas to Britons in 2025. The Home Office has cut the asylum backlog and spends less on asylum hotels. A partner visa from outside the UK now costs £1,846, plus a health surcharge of £1,035 a year.",
			[]want{{"41,300", "other", "level"}, {"39,800", "other", "level"}, {"£1,846", "other", "level"}, {"£1,035", "other", "level"}}},
		{"visas issued to dependants are visas granted; 'dependants' alone says little",
			"Some 21,600 more were issued to dependants.",
			[]want{{"Some 21,600", "visas_granted", "level"}}},
		{"the share of arrivals who went on to claim asylum is a share of the arrivals, not of the claims",
			"Of those who crossed the Channel in the year, 95% lodged an asylum claim. There were 98,700 asylum claims in the year, and people who came in dinghies accounted for 41% of them.",
			[]want{{"95%", "small_boat_arrivals", "share"}, {"98,700", "asylum_applications", "level"}, {"41%", "asylum_applications", "share"}}},
		{"people who moved from elsewhere in the UK moved within it, but not in a clause of their own after the figure",
			"Some 2,870 people moved to Ceredigion from elsewhere in the UK. Net international migration added 11,200 people, while people arriving from elsewhere in the UK added another 3,400.",
			[]want{{"Some 2,870", "other", "level"}, {"11,200", "net_migration", "level"}, {"3,400", "other", "level"}}},
		{"a column headed by one weak cue ('Claims') holds that measure; a grant-rate column is other",
			"Protection claims by country of origin\n\nCountry | Claims | Initial grant rate\nSyria | 4,410 | 98%\nIndia | 2,150 | 1%\n",
			[]want{{"4,410", "asylum_applications", "level"}, {"98%", "other", ""}, {"2,150", "asylum_applications", "level"}, {"1%", "other", ""}}},
		{"people handed back to the French or sent to France are returns; those who travelled the other way are not",
			"Under the swap deal, 840 migrants had been handed back to the French by May, and 610 travelled the other way. Ministers said 95 more were sent to France last week.",
			[]want{{"840", "returns", "level"}, {"610", "other", "level"}, {"95", "returns", "level"}}},
		{"a cause after the figure ('helped by', 'boosted by') does not say what it counts",
			"Swansea was the fastest-growing council area, up 0.9% to 249,100, boosted by students at its two universities.",
			[]want{{"0.9%", "population", "percent_change"}, {"249,100", "population", "level"}}},
		{"the people of a place are its population; people somewhere doing something are not",
			"Haverbridge, a market town of 38,000 people, took 40 men. That is £2 for each of the borough's 121,500 residents. Wales's 3.2 million people pay for it; the county's 2,300 people in hotels do not.",
			[]want{{"38,000", "population", "level"}, {"40", "", ""}, {"£2", "", ""}, {"121,500", "population", "level"}, {"3.2 million", "population", "level"}, {"2,300", "other", "level"}}},
		{"a figure set against returns, with a noun of its own, is of that noun; the verb before the comparison is not its verb",
			"France took back 1,210 people under the pilot, against 39,600 small boat arrivals in the same months.",
			[]want{{"1,210", "returns", "level"}, {"39,600", "small_boat_arrivals", "level"}}},
		{"an event that a period starts from ('since the first … was returned') does not say what the figure counts",
			"Figures show 41,200 small boat arrivals since the first migrant was sent back to France.",
			[]want{{"41,200", "small_boat_arrivals", "level"}}},
		{"a census that a period starts from still names the population",
			"Newport has grown by 9% since the 2011 census, when it had 145,700 residents.",
			[]want{{"9%", "population", "percent_change"}, {"145,700", "", ""}}},
		{"the whole a share is of, with a relative clause of its own ('who landed'), is what that clause says",
			"The pilot has returned 2,480 people to France since it began. That is fewer than one in ten of the 33,900 who landed over the same period.",
			[]want{{"2,480", "returns", "level"}, {"fewer than one in ten", "returns", "share"}, {"33,900", "small_boat_arrivals", "level"}}},
		{"people a lifeboat brings out of the water are rescues, and the dead are deaths, not small-boat arrivals",
			"Some 41,000 people crossed the Channel in small boats last year. Lifeboat crews brought 2,140 people out of the water, and at least 31 dead were counted on the French coast.",
			[]want{{"Some 41,000", "small_boat_arrivals", "level"}, {"2,140", "other", "level"}, {"at least 31", "other", "level"}}},
		{"a count of the dead in a headline on crossings is of deaths",
			"At least 26 dead in Channel crossings so far this year as boats grow more crowded",
			[]want{{"At least 26", "other", "level"}}},
		{"'at the first decision' says when claims were granted, not that they wait for one",
			"The Home Office granted protection at the first decision in 47% of cases over the year, against 38% across the EU. Some 52,100 people were granted asylum at initial decision.",
			[]want{{"47%", "asylum_grants", "share"}, {"38%", "asylum_grants", "share"}, {"Some 52,100", "asylum_grants", "level"}}},
		{"the other figure of a pair of flows: 'moved away', 'left' after 'long-term', and 'with N leaving' after a flow with no verb",
			"The gap between the 791,000 people who moved to the UK and the 603,000 who moved away has narrowed. Some 799,000 people moved to the UK long-term and 611,000 left. Long-term arrivals totalled 805,000, the ONS says, with 622,000 people leaving.",
			[]want{{"791,000", "immigration", "level"}, {"603,000", "emigration", "level"}, {"Some 799,000", "immigration", "level"}, {"611,000", "emigration", "level"}, {"805,000", "immigration", "level"}, {"622,000", "emigration", "level"}}},
		{"a weak cue far from the figure is not enough to name its measure",
			"The charity gave 4,100 meals to families in the weeks after they had arrived.",
			[]want{{"4,100", "other", ""}}},
		{"a figure with no cue takes the document's main topic only, not the one it speaks of second",
			"The asylum system cost £4.2bn last year, the accounts show; the cost of asylum rose again, as did spending on asylum support and the asylum bill for hotels. Small boat crossings fell, and fewer dinghies crossed the Channel. The council counted 640 in its area.",
			[]want{{"£4.2bn", "asylum_cost", "level"}, {"640", "other", "level"}}},
		{"a share 'of UK claims' is of the claims, whoever makes them; people who 'made that journey' crossed",
			"Small boats are a big part of it. Close to a third of UK claims now come from people who crossed the Channel. About 36,900 people made that journey in the year.",
			[]want{{"Close to a third", "asylum_applications", "share"}, {"About 36,900", "small_boat_arrivals", "level"}}},
		{"a share in an aside 'equivalent to' the count before restates that count; one with its own subject does not",
			"Removals under the pilot, which began in August, reached 1,540 by June, officials said - equivalent to about one in 25 of those arriving in the same months. Over the year 38,100 people arrived by small boat, so removals were equal to about 4% of arrivals.",
			[]want{{"1,540", "returns", "level"}, {"about one in 25", "returns", "share"}, {"38,100", "small_boat_arrivals", "level"}, {"about 4%", "", "share"}}},
		{"a waiting list, or people waiting for a place on a course, is no asylum backlog",
			"The asylum backlog has fallen. The college's English waiting list stands at about 350 learners, and 120 more are waiting for a place on a course.",
			[]want{{"about 350", "other", "level"}, {"120", "other", "level"}}},
		{"the queue for initial decisions is the backlog; people who made the perilous journey or reached our beaches crossed",
			"Ministers said they had cut the queue for initial decisions by more than half. Figures show 412 people made the perilous journey on Sunday, and more than 21,000 have reached our beaches this year.",
			[]want{{"more than half", "asylum_backlog", "percent_change"}, {"412", "small_boat_arrivals", "level"}, {"more than 21,000", "small_boat_arrivals", "level"}}},
		{"'Elsewhere in the UK,' opening a sentence says where, not that people moved within the UK",
			"Elsewhere in the UK, Scotland's population rose by 0.4%.",
			[]want{{"0.4%", "population", "percent_change"}}},
		{"people who came on a visa route are immigration, not visas granted",
			"Of the 512,000 people who arrived from outside the EU, 198,000 came on study visas.",
			[]want{{"512,000", "immigration", "level"}, {"198,000", "immigration", "level"}}},
		{"people who left for other countries are emigration, even in the other direction",
			"About 3,900 people moved to Derry from abroad. In the other direction, 2,100 left for other countries.",
			[]want{{"About 3,900", "immigration", "level"}, {"2,100", "emigration", "level"}}},
		{"people who left through the returns system are returns",
			"Some 29,800 people left the UK through the returns system last year.",
			[]want{{"Some 29,800", "returns", "level"}}},
		{"more residents from overseas than a place lost is a net flow",
			"Cardiff gained 4,300 more residents from overseas than it lost in the year.",
			[]want{{"4,300", "net_migration", ""}}},
		{"people locked up, on universal credit or whose departures were halted are none of the measures",
			"About 1,640 people were locked up in immigration removal centres at the end of March. Around 410,000 migrants were on universal credit in May. Crossings fell. The prefecture says roughly 9,300 attempted departures have been halted on the French coast this year.",
			[]want{{"About 1,640", "other", "level"}, {"Around 410,000", "other", "level"}, {"roughly 9,300", "other", "level"}}},
		{"arrivals from abroad are immigrants, not boat arrivals",
			"Leeds saw 6,200 arrivals from abroad in the year.",
			[]want{{"6,200", "immigration", "level"}}},
		{"people who live in a place are its population; people who arrived to live in it immigrants",
			"Northern Ireland's population hits a new high\n\nA record 1.93 million people now live in Northern Ireland, statisticians said. The population grew by 0.6%. About 26,000 people arrived to live there in the year.",
			[]want{{"1.93 million", "population", "level"}, {"0.6%", "population", "percent_change"}, {"About 26,000", "immigration", "level"}}},
		{"a revision of a population estimate is a change of the population, its growth a figure of population change",
			"Wales's population grew by 9,600 in the year. Statisticians also revised their estimate of the mid-2024 population down by 3,100, to 3,186,400.",
			[]want{{"9,600", "population_change", "level"}, {"3,100", "population", "change"}, {"3,186,400", "population", "level"}}},
		{"the allowance each asylum seeker is paid is no spending on the asylum system; the cost of a hotel place is",
			"Spending on asylum support fell to £4.1bn. Adults in self-catered flats are paid an allowance of £52.10 a week, and those in hotels get £9.40 a week. A hotel place costs the Home Office £150 per person per night.",
			[]want{{"£4.1bn", "asylum_cost", "level"}, {"£52.10", "other", "level"}, {"£9.40", "other", "level"}, {"£150", "asylum_cost", "level"}}},
		{"the share of migrants in work is none of the vocabulary's measures",
			"Small boat arrivals rose again. Of the migrants who came in 2023, 61% were in work a year later, and 17% had a job within a month.",
			[]want{{"61%", "other", "share"}, {"17%", "other", "share"}}},
		{"applications for Section 4 support are no asylum applications",
			"Some 9,840 applications for Section 4 support were lodged in the year, against 6,200 a year earlier.",
			[]want{{"Some 9,840", "other", "level"}, {"6,200", "other", "level"}}},
		{"Britons living abroad are a stock, not emigration; those who left to live abroad are",
			"Some 248,000 British nationals left to live abroad last year. Roughly 5.2 million Britons now live abroad, and about 1.2 million pensioners are living abroad.",
			[]want{{"Some 248,000", "emigration", "level"}, {"Roughly 5.2 million", "other", "level"}, {"about 1.2 million", "other", "level"}}},
		{"people who perished on the crossing are deaths, not arrivals, and so is the count they are set against",
			"At least 58 men and women have perished making the crossing this year, more than the 44 deaths recorded in all of 2025.",
			[]want{{"At least 58", "other", "level"}, {"44", "other", "level"}}},
		{"a clause of whose claims they are says less than the verb of what befalls them",
			"Some 9,300 people whose asylum claims were put on hold by the act are still waiting for a decision.",
			[]want{{"Some 9,300", "asylum_backlog", "level"}}},
		{"GP registrations and a university's enrolment are counts of something else, in a story on immigration",
			"Immigration to Wales fell to 21,000 last year, with fewer students and dependants arriving.\n\nGP registrations by people from overseas dropped to 11,460. The college put its enrolment at 6,020, against 7,310 a year earlier.",
			[]want{{"21,000", "immigration", "level"}, {"11,460", "other", "level"}, {"6,020", "other", "level"}, {"7,310", "other", "level"}}},
		{"a share of the total before a base compared with is of the count before it",
			"Leeds logged 2,870 homeless applications from people granted refugee status in 2025, more than a quarter of the total and up from 1,140 three years earlier.",
			[]want{{"2,870", "other", "level"}, {"more than a quarter", "other", "share"}, {"1,140", "other", "level"}}},
		{"a waiting time is no measure of the vocabulary, however near the backlog",
			"The asylum backlog stood at 61,000, and appeals were taking about 14 months to be heard.",
			[]want{{"61,000", "asylum_backlog", "level"}, {"about 14 months", "other", "level"}}},
		{"people born somewhere are no births: the UK-born abroad are other, the foreign-born a share of the population",
			"Spain is home to about 290,000 UK-born residents. In England and Wales, 17% of the population were foreign-born.",
			[]want{{"about 290,000", "other", "level"}, {"17%", "population", "share"}}},
		{"a fact check's verdict goes on with the claim above it",
			"Claim\n\n\"Net migration is still running at 700,000 a year.\"\n\nOur verdict\n\nFalse. Official figures put it at 204,000 for 2025.\n\nClaim\n\n\"Study visas have tripled.\"\n\nOur verdict\n\nWrong. Grants of study visas fell by 4% to 398,000, and 510,000 visas were issued to workers.",
			[]want{{"700,000", "net_migration", "level"}, {"204,000", "net_migration", "level"}, {"tripled", "visas_granted", "ratio"}, {"4%", "visas_granted", "percent_change"}, {"398,000", "visas_granted", "level"}, {"510,000", "visas_granted", "level"}}},
		{"people who came here to live are immigrants",
			"Visas were issued to 510,000 workers. \"Last year 1.1m people came here to live,\" he said.",
			[]want{{"510,000", "visas_granted", "level"}, {"1.1m", "immigration", "level"}}},
		{"arrivals shipped back to France are returns; those arriving for work are immigrants",
			"Under the deal, 3,120 small-boat arrivals have been shipped back to French soil. Non-EU citizens arriving for work fell to 151,000.",
			[]want{{"3,120", "returns", "level"}, {"151,000", "immigration", "level"}}},
		{"what a claim or an appeal costs is the asylum system's, after a sentence on Rwanda",
			"The Rwanda scheme cost about £700m and flew four volunteers to Kigali.\n\nA single initial decision takes about £2,950 of caseworker time, and each appeal heard costs the tribunal service £1,840.",
			[]want{{"about £700m", "rwanda_scheme_cost", "level"}, {"four", "rwanda_relocations", "level"}, {"about £2,950", "asylum_cost", "level"}, {"£1,840", "asylum_cost", "level"}}},
		{"prisoners awaiting deportation are a prison's count, not returns",
			"Ministers vowed to deport more offenders. There were 10,300 foreign nationals in prison in England and Wales, and 4,900 were deported last year.",
			[]want{{"10,300", "other", "level"}, {"4,900", "returns", "level"}}},
		{"students enrolled, refugees into work and settled-status grants are other, not arrivals",
			"Universities had 71,900 international students enrolled this year. Some 2,100 refugees found work through the scheme. The EU Settlement Scheme granted settled status to 31,400 people.",
			[]want{{"71,900", "other", "level"}, {"Some 2,100", "other", "level"}, {"31,400", "other", "level"}}},
		{"students at universities are counted by the universities, not as arrivals",
			"Welsh universities taught 19,400 international students last year, 12% fewer than the year before. Net migration was 204,000.",
			[]want{{"19,400", "other", "level"}, {"12%", "other", "percent_change"}, {"204,000", "net_migration", "level"}}},
		{"age disputes count no arrivals",
			"Some 2,300 children crossed the Channel alone last year. Councils carried out 640 age assessments, and 51% were found to be adults.",
			[]want{{"Some 2,300", "small_boat_arrivals", "level"}, {"640", "other", "level"}, {"51%", "other", "share"}}},
		{"people taken back over to France are returns; a journey to Kigali is a relocation",
			"Only 1,870 migrants have gone back over to France under the swap. The scheme cost £700m, and just three people made the journey to Kigali.",
			[]want{{"1,870", "returns", "level"}, {"£700m", "rwanda_scheme_cost", "level"}, {"three", "rwanda_relocations", "level"}}},
		{"people born somewhere are not births",
			"About 540,000 residents of the UK were born in Romania.",
			[]want{{"About 540,000", "other", "level"}}},
		{"babies born somewhere are births",
			"In England, 612,000 babies were born in 2025.",
			[]want{{"612,000", "births", "level"}}},
		{"a plan to remove people is about returns, whatever they are called",
			"Ministers now hope to remove 12,000 migrants by the end of the year.",
			[]want{{"12,000", "returns", "level"}}},
		{"this year's tally is of crossings, in a story on returns too",
			"Just 280 were flown back to France in June. The surge pushes this year's tally to 22,940.",
			[]want{{"280", "returns", "level"}, {"22,940", "small_boat_arrivals", "level"}}},
		{"a figure's own noun names what it counts, after another figure's cues",
			"Scotland recorded 45,800 babies born and 63,100 deaths in 2025.",
			[]want{{"45,800", "births", "level"}, {"63,100", "deaths", "level"}}},
		{"claims still to receive a ruling are the backlog; people moved between hotels are no immigrants",
			"At the end of March 58,100 claims were still to receive an initial ruling. In the same months 2,430 people were moved to other hotels.",
			[]want{{"58,100", "asylum_backlog", "level"}, {"2,430", "other", "level"}}},
		{"refusals are other: the vocabulary counts grants, not refusals",
			"Caseworkers refused 14,200 claims in the quarter, and the refusal rate for spouse applications climbed to 29%.",
			[]want{{"14,200", "other", "level"}, {"29%", "other", "share"}}},
		{"a share of those who crossed that were sent back is of the returns",
			"Fewer than 4% of the migrants who reached Dover by dinghy since April have been deported, ministers admitted.",
			[]want{{"Fewer than 4%", "returns", "share"}}},
		{"a share of claims that came from small-boat arrivals is a share of claims",
			"About two in five claims came from people who reached Britain on small boats.",
			[]want{{"About two in five", "asylum_applications", "share"}}},
		{"a share of arrivals that claimed asylum stays with the arrivals",
			"Some 93% of small-boat arrivals went on to lodge an asylum claim within a month.",
			[]want{{"Some 93%", "small_boat_arrivals", "share"}}},
		{"less than: the qualifier of a share, not a comparison for the whole after it",
			"Officials removed 310 people to Tirana, less than 2% of the 16,400 small-boat arrivals of the same months.",
			[]want{{"310", "returns", "level"}, {"less than 2%", "returns", "share"}, {"16,400", "small_boat_arrivals", "level"}}},
		{"people relocated from Afghanistan are no relocations to Rwanda",
			"Afghans resettled\n\nSome 6,100 Afghans have been relocated to the UK under the Afghan Relocations and Assistance Policy, and 2,300 more are waiting in Pakistan.",
			[]want{{"Some 6,100", "other", "level"}, {"2,300", "other", "level"}}},
		{"in a story on what the Rwanda scheme cost, its relocations need not name Rwanda in the four sentences before",
			"The Rwanda bill\n\nThe UK paid Rwanda £290m under the partnership, and the scheme cost £715m in all.\n\nMinisters promised flights by spring.\n\nLawyers challenged every one.\n\nThe courts sided with them.\n\nThe Supreme Court ruled in November.\n\nParliament passed a new law.\n\nFour volunteers were relocated in the end.",
			[]want{{"£290m", "payment_to_rwanda", "level"}, {"£715m", "rwanda_scheme_cost", "level"}, {"Four", "rwanda_relocations", "level"}}},
		{"offenders awaiting deportation are no backlog of asylum claims and no returns",
			"Some 18,400 foreign offenders were awaiting deportation in March, and 4,900 were deported last year.",
			[]want{{"Some 18,400", "other", "level"}, {"4,900", "returns", "level"}}},
		{"jobs are counted as people but are no migration, unless people came to take them up",
			"The visa cuts come as tourism supports around 52,000 jobs in the county. Some 180,000 people came to take up jobs last year.",
			[]want{{"around 52,000", "other", "level"}, {"Some 180,000", "immigration", "level"}}},
		{"referrals of suspected trafficking are other, in a story on the Channel",
			"Channel crossings rose again this summer.\n\nReferrals of children to the national referral mechanism for suspected trafficking reached 6,210 last year, 11% more than in 2024.",
			[]want{{"6,210", "other", "level"}, {"11%", "other", "percent_change"}}},
		{"a mid-year estimate revised is the population's, in a story on migration",
			"Net migration drove the growth, the agency said.\n\nIt also revised its estimate for mid-2024 to 1,913,400, after counting GP registrations.",
			[]want{{"1,913,400", "population", "level"}}},
		{"removals in a sentence that names Rwanda are relocations",
			"Had the Rwanda plan survived, ministers claimed, some 20,000 people would have been deported within two years.",
			[]want{{"some 20,000", "rwanda_relocations", "level"}}},
		{"removals to another country named beside Rwanda stay returns",
			"Ministers dropped Rwanda and have since sent 2,300 people back to France.",
			[]want{{"2,300", "returns", "level"}}},
		{"people landing on beaches are small-boat arrivals",
			"Coastguards said 640 people were landing on Kent beaches in a single day.",
			[]want{{"640", "small_boat_arrivals", "level"}}},
		{"money for resettling refugees is not asylum spending",
			"Councils spent £2.7m on resettlement of Afghan families, and asylum support cost £4.1bn.",
			[]want{{"£2.7m", "other", "level"}, {"£4.1bn", "asylum_cost", "level"}}},
		{"vacant posts are not visas",
			"The care visa route is closing. About 120,000 care posts were vacant in England in March.",
			[]want{{"About 120,000", "other", "level"}}},
		{"the statisticians' estimate in a piece on net migration and visas is net migration",
			"Net migration fell last year as work visas and study visas dropped, and family visas too. Visas for care workers fell most.\n\nThe statisticians put a range of 101,000 to 219,000 around their central estimate.",
			[]want{{"101,000 to 219,000", "net_migration", "level"}}},
		{"a flow pair keeps its flows when the sentence speaks of the estimate",
			"Net migration was 150,000 in 2025. Net migration has fallen sharply.\n\nSome 790,000 people arrived and 640,000 left, the ONS said, adding that its estimates would be revised.",
			[]want{{"150,000", "net_migration", "level"}, {"Some 790,000", "immigration", "level"}, {"640,000", "emigration", "level"}}},
		{"people who arrived in the UK on small boats are small-boat arrivals",
			"Last year 39,200 people arrived in the UK on small boats, up 8%.",
			[]want{{"39,200", "small_boat_arrivals", "level"}, {"8%", "small_boat_arrivals", "percent_change"}}},
		{"the share of irregular arrivals who came by boat is a share of irregular arrivals",
			"Of the 41,900 irregular arrivals detected in 2025, 88% came by boat.",
			[]want{{"41,900", "irregular_arrivals", "level"}, {"88%", "irregular_arrivals", "share"}}},
		{"a nationality's share of small-boat arrivals stays with them",
			"Eritreans made up about 18% of people arriving by small boat last year.",
			[]want{{"about 18%", "small_boat_arrivals", "share"}}},
		{"people who took part in a protest are no measure",
			"Police said about 450 people took part in the march past the hotel.",
			[]want{{"about 450", "other", "level"}}},
		{"people who settled in a region came to it",
			"Some 1,400 Syrians have since settled in the Borders, the council said.",
			[]want{{"Some 1,400", "immigration", "level"}}},
		{"a weekly ceiling on returns is not a count of returns",
			"The deal has returned 310 people so far; officials want the weekly ceiling raised to 80.",
			[]want{{"310", "returns", "level"}, {"80", "other", "level"}}},
		{"a pension is not asylum spending",
			"A week in an asylum hotel costs £1,120, while the basic state pension pays £176.45.",
			[]want{{"£1,120", "asylum_cost", "level"}, {"£176.45", "other", "level"}}},
		{"people fed by a charity are not arrivals",
			"After the crossings resumed, volunteers in Dunkirk were feeding 650 people a night.",
			[]want{{"650", "other", "level"}}},
		{"the difference between those who arrived and those who left: the two flows",
			"Net migration is the gap between the 840,000 people who came to live here in 2025 and the 655,000 who left.",
			[]want{{"840,000", "immigration", "level"}, {"655,000", "emigration", "level"}}},
		{"the figure for another group is the same kind of figure",
			"Net migration of EU citizens was minus 48,000. For non-EU nationals the figure was 290,000.",
			[]want{{"minus 48,000", "net_migration", "level"}, {"290,000", "net_migration", "level"}}},
		{"those who emigrated and those who returned are the two flows",
			"Last year some 238,000 emigrated and 139,000 returned, a net loss of 99,000.",
			[]want{{"some 238,000", "emigration", "level"}, {"139,000", "immigration", "level"}, {"99,000", "net_migration", "level"}}},
		{"people who came back or moved back are immigration; those who departed, emigration",
			"Only 128,000 British nationals came back last year. Some 62,000 moved back to the UK from the EU, while 280,000 non-EU nationals departed.",
			[]want{{"128,000", "immigration", "level"}, {"Some 62,000", "immigration", "level"}, {"280,000", "emigration", "level"}}},
		{"people refused entry who then departed are returns",
			"Returns totalled 36,100, including 3,300 refused entry at a port who subsequently departed.",
			[]want{{"36,100", "returns", "level"}, {"3,300", "returns", "level"}}},
		{"people on asylum support, the fertility rate and people taken to hospital are other",
			"Wales had 3,100 people on support. The fertility rate fell to 1.44 children per woman. Nine people were taken to hospital after the dinghy sank.",
			[]want{{"3,100", "other", "level"}, {"1.44", "other", "level"}, {"Nine", "other", "level"}}},
		{"people who landed on beaches are small-boat arrivals",
			"Nearly 250 people a day landed on the beaches of Kent in August.",
			[]want{{"Nearly 250", "small_boat_arrivals", "level"}}},
		{"while for another group it was: the same figure",
			"Net migration was 190,000. For EU nationals it was minus 55,000, while for non-EU nationals it was plus 245,000.",
			[]want{{"190,000", "net_migration", "level"}, {"minus 55,000", "net_migration", "level"}, {"245,000", "net_migration", "level"}}},
		{"a district of so many people is its population",
			"We are a district of around 128,000 people, and last year almost 39,000 crossed the Channel to land here.",
			[]want{{"around 128,000", "population", "level"}, {"almost 39,000", "small_boat_arrivals", "level"}}},
		{"the statisticians' estimate as a fall from the peak is net migration's",
			"Emigration has risen, and net migration has fallen. Emigration is up a fifth.\n\nThe ONS's provisional estimate for 2025 is 74% below the peak.",
			[]want{{"a fifth", "emigration", "percent_change"}, {"74%", "net_migration", "percent_change"}}},
		{"a cost with nothing about asylum near it is not asylum spending",
			"Young graduates are leaving for Australia. A care home place costs £1,050 a week, and renewing a visa costs about £1,600.",
			[]want{{"£1,050", "other", "level"}, {"about £1,600", "other", "level"}}},
		{"a place and by with no verb repeat the change before",
			"The population of England grew by 233,000 (0.4%), Wales by 13,900 (0.4%) and Scotland by 15,100 (0.3%).",
			[]want{{"233,000", "population_change", "level"}, {"0.4%", "population", "percent_change"}, {"13,900", "population_change", "level"}, {"0.4%", "population", "percent_change"}, {"15,100", "population_change", "level"}, {"0.3%", "population", "percent_change"}}},
		{"natural change is a change, whatever word gives it",
			"There were 681,000 births and 662,000 deaths, so natural change added just 19,000 people.",
			[]want{{"681,000", "births", "level"}, {"662,000", "deaths", "level"}, {"19,000", "natural_change", "change"}}},
		{"small-boat arrivals flown to France or taken back are returns",
			"Since the deal began, 1,210 small boat arrivals have been flown to France. Paris has also taken back 640 small boat arrivals by ferry.",
			[]want{{"1,210", "returns", "level"}, {"640", "returns", "level"}}},
		{"the Channel's death toll, its victims and rescues are other",
			"The death toll in the Channel this year rose to at least 58. Crews brought 4,900 people to safety in 190 rescue operations, and at least nine of the victims were children.",
			[]want{{"at least 58", "other", "level"}, {"4,900", "other", "level"}, {"190", "other", "level"}, {"at least nine", "other", "level"}}},
		{"items of a breakdown keep the total's measure unless they name their own",
			"The audit office breaks the £700m cost of the Rwanda scheme down as follows:\n- £290m: payments to the Rwandan government\n- £110m: staff and running costs\n- £95m: detention places held ready",
			[]want{{"£700m", "rwanda_scheme_cost", "level"}, {"£290m", "payment_to_rwanda", "level"}, {"£110m", "rwanda_scheme_cost", "level"}, {"£95m", "rwanda_scheme_cost", "level"}}},
		{"a sum converted into another currency is the sum before",
			"Britain spent about 4.1 billion pounds ($5.5 billion) on asylum support last year, down from 5.1 billion pounds a year before.",
			[]want{{"about 4.1 billion pounds", "asylum_cost", "level"}, {"$5.5 billion", "asylum_cost", "level"}, {"5.1 billion pounds", "asylum_cost", "level"}}},
		{"a council's legal bills, a party's poll rating, employment rates and pay growth are other",
			"The council has run up £390,000 in legal bills fighting the asylum hotel. The party polled at around 27%. The employment rate of migrants is 72%, and regular pay grew by 5.1%.",
			[]want{{"£390,000", "other", "level"}, {"around 27%", "other", "share"}, {"72%", "other", "share"}, {"5.1%", "other", "percent_change"}}},
		{"the figure stood at: the one the text has been giving",
			"Net migration was first put at 685,000. After better data on students and departures arrived, the figure stood at 872,000.",
			[]want{{"685,000", "net_migration", "level"}, {"872,000", "net_migration", "level"}}},
		{"claims gathering dust are the backlog",
			"\"We inherited tens of thousands of claims gathering dust,\" the minister said.",
			[]want{{"tens of thousands", "asylum_backlog", "level"}}},
		{"the parts of a sum listed after a colon are of its measure",
			"The UK paid Rwanda £290m in four instalments: £120m in April 2022, £20m later that year to cover the costs of setting up, £100m in April 2023 and £50m in April 2024.",
			[]want{{"£290m", "payment_to_rwanda", "level"}, {"£120m", "payment_to_rwanda", "level"}, {"£20m", "payment_to_rwanda", "level"}, {"£100m", "payment_to_rwanda", "level"}, {"£50m", "payment_to_rwanda", "level"}}},
		{"the level a change reached is of the measure changed",
			"Wales's population grew by 14,100 in the year to mid-2025, reaching 3,210,000.",
			[]want{{"14,100", "population_change", "level"}, {"3,210,000", "population", "level"}}},
		{"nationals who emigrated while others came, and citizens coming home",
			"Some 139,000 EU nationals emigrated while 91,000 came. With 99,000 British citizens coming home, that left a net outflow of 41,000.",
			[]want{{"Some 139,000", "emigration", "level"}, {"91,000", "immigration", "level"}, {"99,000", "immigration", "level"}, {"41,000", "net_migration", "level"}}},
		{"a count of part of the whole a sentence opens with is of that whole",
			"Of the people deported between July 2024 and June 2026, 7,100 had first come by small boat.",
			[]want{{"7,100", "returns", "level"}}},
		{"money Rwanda pocketed, and paying for each person relocated, are payments",
			"Critics say Rwanda pocketed half a billion pounds. The deal also committed the UK to paying about £150,000 for each person relocated to Kigali.",
			[]want{{"half a billion pounds", "payment_to_rwanda", "level"}, {"about £150,000", "payment_to_rwanda", "level"}}},
		{"an asylum population is no population",
			"Scotland's asylum population compares with 3,300 in Wales.",
			[]want{{"3,300", "other", "level"}}},
		{"people who left after being refused permission to stay are returns",
			"Some 35,900 people left the country after being refused permission to stay or having no right to be here.",
			[]want{{"Some 35,900", "returns", "level"}}},
		{"people waiting to hear about their claim are the backlog; people applying are applications",
			"The number still waiting to hear whether their claim had succeeded fell to 57,900. The number of people applying fell by 4% to 101,200.",
			[]want{{"57,900", "asylum_backlog", "level"}, {"4%", "asylum_applications", "percent_change"}, {"101,200", "asylum_applications", "level"}}},
		{"a definition set off by commas names the parts, not the figure",
			"The ONS's first estimate of net migration for 2025, meaning people arriving to live here for a year or longer minus those departing, is 166,000.",
			[]want{{"166,000", "net_migration", "level"}}},
		{"that is down: a change of the figure before",
			"Officials counted 31,500 people in hotels in March. That is down only 11% on a year earlier.",
			[]want{{"31,500", "other", "level"}, {"11%", "other", "percent_change"}}},
		{"a change after including is of the place it names, not of the count before",
			"In Wales, 12 areas saw a fall in population, including Powys, down 0.3%.",
			[]want{{"12", "other", "level"}, {"0.3%", "population", "percent_change"}}},
		{"made the journey: small boats, not the returns named before",
			"The deal has sent 400 people back to France. Some 8,200 people made the journey in June.",
			[]want{{"400", "returns", "level"}, {"Some 8,200", "small_boat_arrivals", "level"}}},
		{"nationals returning from abroad are immigration",
			"British nationals returning from abroad numbered 79,000 last year.",
			[]want{{"79,000", "immigration", "level"}}},
		{"people who lived in a place are its population",
			"Deaths outnumbered births in Wales again, and the population estimate came out today.\n\nIt said 3,140,000 people lived in Wales in mid-2030.",
			[]want{{"3,140,000", "population", "level"}}},
		{"claims still waiting for an initial decision are the backlog",
			"Home Office data also show 41,300 asylum claims were still waiting for an initial decision in June.",
			[]want{{"41,300", "asylum_backlog", "level"}}},
		{"returned to live here is immigration, who left emigration",
			"Some 61,000 British nationals returned to live in the UK and 98,000 who left.",
			[]want{{"Some 61,000", "immigration", "level"}, {"98,000", "emigration", "level"}}},
		{"a bracket after a measure of a group is that measure's",
			"Immigration of non-EU nationals (512,000) was well above emigration of non-EU nationals (247,000).",
			[]want{{"512,000", "immigration", "level"}, {"247,000", "emigration", "level"}}},
		{"people who left voluntarily are returns",
			"Including people who left voluntarily (18,300), 30,100 people were returned.",
			[]want{{"18,300", "returns", "level"}, {"30,100", "returns", "level"}}},
		{"a bracket after a place is that place's value of what the sentence says",
			"Net migration added 51,300 people.\n\nScotland's growth outpaced Northern Ireland (0.4%), and Wales (0.2%).",
			[]want{{"51,300", "net_migration", "level"}, {"0.4%", "population", "percent_change"}, {"0.2%", "population", "percent_change"}}},
		{"detained is not a measure of the vocabulary",
			"Around 1,900 migrants were detained ahead of the planned flights to Kigali.",
			[]want{{"Around 1,900", "other", "level"}}},
		{"channel deaths are not registered deaths",
			"At least 64 people drowned while trying to cross the Channel last year, a charity said.",
			[]want{{"At least 64", "other", "level"}}},
		{"registered deaths are deaths",
			"There were 583,000 deaths registered in England and Wales last year and 605,000 births.",
			[]want{{"583,000", "deaths", "level"}, {"605,000", "births", "level"}}},
		{"people housed in hotels",
			"The Home Office was housing over 48,000 asylum seekers in hotels in March.",
			[]want{{"over 48,000", "other", "level"}}},
		{"the money for those hotels is spending on asylum accommodation",
			"The Home Office was housing asylum seekers in hotels at a cost of £6.1m a day.",
			[]want{{"£6.1m", "asylum_cost", "level"}}},
		{"rescues and boats stopped",
			"French coastguards rescued 41 people and stopped nine boats from setting off.",
			[]want{{"41", "other", "level"}, {"nine", "other", "level"}}},
		{"a participle clause is about the sentence's subject",
			"Net long-term migration was again the largest contributor to population growth, adding some 512,000 people.",
			[]want{{"some 512,000", "net_migration", "level"}}},
		{"the phrase after from says whose claims",
			"Thousands of claims from people who came by small boat are awaiting a decision.",
			[]want{{"Thousands", "asylum_backlog", "level"}}},
		{"a percentage in brackets restates the figure before it",
			"The population of Wales rose by 21,400 (0.7%) in the year to mid-2024.",
			[]want{{"21,400", "population_change", "level"}, {"0.7%", "population", "percent_change"}}},
		{"a percentage change of a count of people",
			"Scotland's population rose by 0.4% to 5,402,000 in the year to mid-2025.",
			[]want{{"0.4%", "population", "percent_change"}, {"5,402,000", "population", "level"}}},
		{"a share of the population, given twice",
			"Almost one in five of the population of Wales (21.3%) were aged 65 or over in 2025.",
			[]want{{"Almost one in five", "population", "share"}, {"21.3%", "population", "share"}}},
		{"the people in hotels are no population",
			"A spokesperson said the asylum hotel population has come down from more than 31,000 to around 24,100.",
			[]want{{"more than 31,000", "other", "level"}, {"around 24,100", "other", "level"}}},
		{"a change of the people in hotels is no change of the population",
			"The hotel population has dropped by a quarter in a year.",
			[]want{{"a quarter", "other", "percent_change"}}},
		{"a share of the population by age",
			"Cumbria is older than its neighbours. More than one in four people there, 26.1%, are now 65 or over.",
			[]want{{"More than one in four", "population", "share"}, {"26.1%", "population", "share"}}},
		{"the bill for housing and supporting asylum seekers is no Rwanda cost",
			"The Rwanda deal cost £700m in all. The total bill for housing and supporting asylum seekers came to more than £3billion.",
			[]want{{"£700m", "rwanda_scheme_cost", "level"}, {"more than £3billion", "asylum_cost", "level"}}},
		{"a share of those who crossed that is ever removed is of the returns",
			"Only one in 60 small boat migrants is ever removed, the MP claimed.",
			[]want{{"one in 60", "returns", "share"}}},
		{"claims lodged by main applicants are asylum claims, dependants included",
			"The 88,300 claims lodged by main applicants covered 104,900 people once dependants are included, against 93,400 main applicants a year before.",
			[]want{{"88,300", "asylum_applications", "level"}, {"104,900", "asylum_applications", "level"}, {"93,400", "asylum_applications", "level"}}},
		{"the parts of a whole broken down keep its measure",
			"Net migration to Wales was 21,300, made up of 15,800 from overseas and 5,500 from elsewhere in the UK.",
			[]want{{"21,300", "net_migration", "level"}, {"15,800", "net_migration", "level"}, {"5,500", "net_migration", "level"}}},
		{"a share of those who came from abroad is of immigration, whatever their age",
			"About three in five of those who arrived from abroad were aged 18 to 30.",
			[]want{{"About three in five", "immigration", "share"}}},
		{"appeals decided are no backlog",
			"The tribunal determined 29,800 asylum appeals in 2031.",
			[]want{{"29,800", "other", "level"}}},
		{"moves within the UK in a clause of their own are no migration",
			"Net international migration added 11,200 people to Cumbria, while 4,300 more people moved there from other parts of the UK than left for them.",
			[]want{{"11,200", "net_migration", "level"}, {"4,300", "other", "level"}}},
		{"people settling here from abroad are immigrants",
			"About 900 people a year have been settling here from abroad, many of them nurses at the new hospital.",
			[]want{{"About 900", "immigration", "level"}}},
		{"money that went to Kigali's government is a payment to Rwanda",
			"The auditors found that £270million went directly to Kigali's government, while £410million went on flights, staff and lawyers.",
			[]want{{"£270million", "payment_to_rwanda", "level"}, {"£410million", "rwanda_scheme_cost", "level"}}},
		{"people the deal would return are returns",
			"At its current pace the agreement would return around 2,400 people a year.",
			[]want{{"around 2,400", "returns", "level"}}},
		{"the range the true figure lies in is of the estimate, net migration",
			"Net migration fell sharply in 2031. That is the gap between 702,000 people who arrived and 590,000 who left. The ONS says the true figure is likely to lie between 58,000 and 166,000.",
			[]want{{"702,000", "immigration", "level"}, {"590,000", "emigration", "level"}, {"between 58,000 and 166,000", "net_migration", "level"}}},
		{"job openings are no visas, even in a story on visas",
			"Care visas fell again in 2031. Openings across the economy were down 31,000 on the quarter, and the sector advertised 62,000 jobs over the summer.",
			[]want{{"31,000", "other", "change"}, {"62,000", "other", "level"}}},
		{"those who lived here are the population, those who came to Scotland immigrants",
			"The agency said 5,602,300 people lived here at mid-2031. It estimates that 51,200 people came to Scotland from abroad, down from 60,400.",
			[]want{{"5,602,300", "population", "level"}, {"51,200", "immigration", "level"}, {"60,400", "immigration", "level"}}},
		{"claims lodged, and appeals sitting with the immigration tribunal",
			"Afghan nationals lodged the most claims (9,870). Some 48,300 appeals were sitting with the immigration tribunal in March.",
			[]want{{"9,870", "asylum_applications", "level"}, {"Some 48,300", "asylum_backlog", "level"}}},
		{"the other way from a flow in is a flow out",
			"An estimated 874,000 people moved to the UK from abroad for at least a year, while 598,000 moved the other way.",
			[]want{{"874,000", "immigration", "level"}, {"598,000", "emigration", "level"}}},
		{"flows paired across commas, with words between",
			"Irish nationals' net migration was minus 12,000, with 31,000 departing and only 19,000 arriving. Some 214,000 Britons emigrated in 2031, up by a third since 2025, while 128,000 returned. About 29,400 moved to Wales from overseas and 14,100 moved abroad.",
			[]want{{"minus 12,000", "net_migration", "level"}, {"31,000", "emigration", "level"}, {"19,000", "immigration", "level"},
				{"Some 214,000", "emigration", "level"}, {"a third", "emigration", "percent_change"}, {"128,000", "immigration", "level"},
				{"About 29,400", "immigration", "level"}, {"14,100", "emigration", "level"}}},
		{"flows paired past a verb's helpers and a comma before and",
			"Some 1,134,000 people are estimated to have arrived in the year to March 2031, and 512,000 departed.",
			[]want{{"Some 1,134,000", "immigration", "level"}, {"512,000", "emigration", "level"}}},
		{"what a place gains by migration is net migration's level; a revision added to an estimate, and a rise of net migration, are changes",
			"Scotland gained 33,900 people from overseas in 2031. Fife gained 1,270 people through migration. The ONS has added 41,000 to the year to June 2031. Net migration rose by 22,000 to 417,000.",
			[]want{{"33,900", "net_migration", "level"}, {"1,270", "net_migration", "level"}, {"41,000", "net_migration", "change"}, {"22,000", "net_migration", "change"}, {"417,000", "net_migration", "level"}}},
		{"flows paired with 'to have', 'with … leaving' past a year, and 'against … who arrived'",
			"Over the year, 803,000 people are estimated to have arrived and 598,000 to have left. The release estimated that 861,000 people moved to the UK in 2031, with 604,000 leaving. Some 617,000 people left the UK in the year, against 792,000 who arrived. About 655,000 people left in 2031, against 590,000 who left in 2030.",
			[]want{{"803,000", "immigration", "level"}, {"598,000", "emigration", "level"}, {"861,000", "immigration", "level"}, {"604,000", "emigration", "level"},
				{"Some 617,000", "emigration", "level"}, {"792,000", "immigration", "level"}, {"About 655,000", "emigration", "level"}, {"590,000", "emigration", "level"}}},
		{"a bare 'went' paired with a 'came' is a flow out, after a colon that names both",
			"Among Polish nationals, departures exceeded arrivals: 37,000 went and 26,000 came. Among students, arrivals outnumbered departures: 93,000 came and 52,000 went.",
			[]want{{"37,000", "emigration", "level"}, {"26,000", "immigration", "level"}, {"93,000", "immigration", "level"}, {"52,000", "emigration", "level"}}},
		{"long-term departures set against long-term arrivals",
			"The statisticians count 781,000 long-term arrivals in 2031, set against 562,000 long-term departures.",
			[]want{{"781,000", "immigration", "level"}, {"562,000", "emigration", "level"}}},
		{"what migration added is net migration, what the town added its population's change",
			"Deaths outnumbered births by 1,300. Migration added 6,020 people. The town added 4,500 residents in a year.",
			[]want{{"1,300", "natural_change", "change"}, {"6,020", "net_migration", "level"}, {"4,500", "population_change", "level"}}},
		{"net migrants are net migration",
			"The study finds that the roughly 310,000 net migrants who settled in England each year took up most new homes.",
			[]want{{"roughly 310,000", "net_migration", "level"}}},
		{"those who reached Britain, set against those stopped, arrived by small boat",
			"In 2031 the gendarmes reported 19,600 people prevented from leaving, against 28,300 who reached Britain.",
			[]want{{"19,600", "other", "level"}, {"28,300", "small_boat_arrivals", "level"}}},
		{"people who settled here and people who moved out",
			"About 760,000 people settled in Britain in 2031 and 588,000 moved out, the statisticians said.",
			[]want{{"About 760,000", "immigration", "level"}, {"588,000", "emigration", "level"}}},
		{"people coming into the country are immigration, in a story on net migration",
			"Net migration fell to 204,000 in 2031. Yet well over 900,000 people are still coming into this country every year.",
			[]want{{"204,000", "net_migration", "level"}, {"well over 900,000", "immigration", "level"}}},
		{"more than made up for: no comparison",
			"In Cumbria net migration of 4,100 more than made up for 2,600 more deaths than births.",
			[]want{{"4,100", "net_migration", "level"}, {"2,600", "natural_change", "change"}}},
		{"hotels are not people",
			"More than 350 hotels were used to house asylum seekers at the peak.",
			[]want{{"More than 350", "other", "level"}}},
		{"people living in hotels",
			"Some 31,000 asylum seekers were living in hotels at the end of March.",
			[]want{{"Some 31,000", "other", "level"}}},
		{"applications counted in people",
			"There were 96,000 asylum applications (relating to 119,000 people, including dependants) last year.",
			[]want{{"96,000", "asylum_applications", "level"}, {"119,000", "asylum_applications", "level"}}},
		{"a revision is a change of the estimate, not growth",
			"The estimate of the population of Wales at mid-2025 has been revised down by 6,300.",
			[]want{{"6,300", "population", "change"}}},
		{"growth is the change measure",
			"The population of Wales grew by 6,300 in the year to mid-2025.",
			[]want{{"6,300", "population_change", "level"}}},
		{"a ratio in the next sentence compares the figure before",
			"Asylum support cost £3.9bn in 2025/26. That is nearly three times what was spent in 2018/19.",
			[]want{{"£3.9bn", "asylum_cost", "level"}, {"nearly three times", "asylum_cost", "ratio"}}},
		{"a ratio of the load per boat is no ratio of arrivals",
			"This spring the boats carried an average of 63 people each, almost three times as many as in 2020.",
			[]want{{"63", "small_boat_arrivals", "average"}, {"almost three times", "other", "ratio"}}},
		{"a ratio after a count of arrivals stays with arrivals",
			"This spring 9,800 people crossed, almost three times as many as in 2020.",
			[]want{{"9,800", "small_boat_arrivals", "level"}, {"almost three times", "small_boat_arrivals", "ratio"}}},
		{"a council's spending and its shortfall are no spending of the asylum system",
			"The borough council spent £2.6m on services for asylum seekers in hotels last year, leaving a shortfall of £1.1m.",
			[]want{{"£2.6m", "other", "level"}, {"£1.1m", "other", "level"}}},
		{"money for French patrols is not spent on asylum",
			"The UK will spend £410m over three years on French patrols, drones and officers on the beaches.",
			[]want{{"£410m", "other", "level"}}},
		{"residents of a hotel are no population",
			"The Riverside Hotel has housed families since 2023. At its busiest it held 240 residents.",
			[]want{{"240", "other", "level"}}},
		{"residents of a town counted by the census are its population",
			"The town had 52,400 residents at the last census, up from 49,900 ten years earlier.",
			[]want{{"52,400", "population", "level"}, {"49,900", "population", "level"}}},
		{"people living in hotels are no population",
			"By the end of June, 31,200 people were living in 205 hotels, 12% fewer than a year before.",
			[]want{{"31,200", "other", "level"}, {"205", "other", "level"}, {"12%", "other", "percent_change"}}},
		{"people reaching the UK are arrivals",
			"Gusts ease as 540 people reach UK in a single morning",
			[]want{{"540", "small_boat_arrivals", "level"}}},
		{"asylum seekers counted in hotels are no applications",
			"Inspectors found 380 asylum seekers in two hotels near the airport. The UK received 84,000 asylum applications last year.",
			[]want{{"380", "other", "level"}, {"two", "other", "level"}, {"84,000", "asylum_applications", "level"}}},
		{"appeals waiting at the tribunal are a backlog, the share allowed is not",
			"At the end of June 64,300 appeals were waiting at the tribunal. Of those heard, 41% were allowed.",
			[]want{{"64,300", "asylum_backlog", "level"}, {"41%", "other", "share"}}},
		{"people arriving on the south coast came by small boat",
			"Figures show 31,400 people were detected arriving on the south coast in the year to June.",
			[]want{{"31,400", "small_boat_arrivals", "level"}}},
		{"a revised figure for net migration",
			"The ONS revised its figure for 2025 to 212,000, which is 57,000 higher than first published.",
			[]want{{"212,000", "net_migration", "level"}, {"57,000", "net_migration", "change"}}},
		{"people arriving in Britain legally are immigrants",
			"Last year 1.1m people arrived in Britain legally.",
			[]want{{"1.1m", "immigration", "level"}}},
		{"a boat carrying more people is a ratio of the load",
			"Fewer boats set off, but the typical dinghy now carries about three times as many people as in 2019.",
			[]want{{"about three times", "other", "ratio"}}},
		{"a ratio of population growth and the growth it is of",
			"The population of Wales reached 3.2 million. The increase was less than half of the 41,300 recorded a year earlier.",
			[]want{{"3.2 million", "population", "level"}, {"less than half", "population_change", "ratio"}, {"41,300", "population_change", "level"}}},
		{"a fraction of the growth in another year",
			"The population was 5.6 million. That is roughly a third of the growth seen in the year to mid-2024.",
			[]want{{"5.6 million", "population", "level"}, {"roughly a third", "population_change", "ratio"}}},
		{"deaths exceeding births is a natural decrease",
			"In Scotland deaths again exceeded births by 11,300, while in Northern Ireland births outnumbered deaths by 4,100.",
			[]want{{"11,300", "natural_change", "change"}, {"4,100", "natural_change", "change"}}},
		{"a provider's profit from asylum housing is not spending on asylum",
			"The three housing contracts will cost £14.2bn. The providers have made £410m in profit from them.",
			[]want{{"£14.2bn", "asylum_cost", "level"}, {"£410m", "other", "level"}}},
		{"appeals heard or lodged are no backlog, claims lodged are applications",
			"At the end of June 58,000 appeals were awaiting a hearing. The tribunal expects to be hearing about 7,500 appeals a month by spring. Some 41,200 asylum appeals were lodged last year, and one in four appellants was Albanian. Claims relating to 96,000 people were lodged in the year.",
			[]want{{"58,000", "asylum_backlog", "level"}, {"about 7,500", "other", "level"}, {"Some 41,200", "other", "level"}, {"one in four", "other", "share"}, {"96,000", "asylum_applications", "level"}}},
		{"people admitted from France by the legal route are not returns",
			"Since the deal began 1,520 people have been sent back to France. In exchange, 1,340 people with family here were admitted through a new legal route.",
			[]want{{"1,520", "returns", "level"}, {"1,340", "other", "level"}}},
		{"money for the Border Security Command after Rwanda is not the scheme's",
			"The Rwanda scheme was scrapped. The money went to the new Border Security Command, which was given £140m over two years.",
			[]want{{"£140m", "other", "level"}}},
		{"people per boat are an average of arrivals",
			"On the busiest day 1,200 people came in 19 boats, an average of almost 64 per boat.",
			[]want{{"1,200", "small_boat_arrivals", "level"}, {"19", "small_boats", "level"}, {"almost 64", "small_boat_arrivals", "average"}}},
		{"a change named before the copula",
			"There were 28,900 returns the year before, so the increase was 12%.",
			[]want{{"28,900", "returns", "level"}, {"12%", "returns", "percent_change"}}},
		{"the base of a change after a comma",
			"The average number of people per boat rose to 58, from 49 a year earlier.",
			[]want{{"58", "small_boat_arrivals", "average"}, {"49", "small_boat_arrivals", "average"}}},
		{"the level a change reached",
			"The population of Scotland grew by 0.6% to 5,436,000 in the year to mid-2025.",
			[]want{{"0.6%", "population", "percent_change"}, {"5,436,000", "population", "level"}}},
		{"people who left are emigration",
			"About 1.1 million people moved to the UK in the year, while 502,000 left.",
			[]want{{"About 1.1 million", "immigration", "level"}, {"502,000", "emigration", "level"}}},
		{"identified for removal is not relocated",
			"Some 2,300 people were identified for removal to Rwanda and about 900 of them absconded.",
			[]want{{"Some 2,300", "other", "level"}, {"about 900", "other", "level"}}},
		{"a share of the figure before, named at the start",
			"There were 91,000 asylum applications last year. Of these, 41% came from people who arrived by small boat.",
			[]want{{"91,000", "asylum_applications", "level"}, {"41%", "asylum_applications", "share"}}},
		{"the noun a figure is of",
			"France, with a population of 68 million, received 167,000 asylum applications in 2023.",
			[]want{{"68 million", "population", "level"}, {"167,000", "asylum_applications", "level"}}},
		{"those described are not the figure before",
			"Asylum support cost £4.7bn last year. Campaigners say 75% of those crossing would be granted asylum.",
			[]want{{"£4.7bn", "asylum_cost", "level"}, {"75%", "asylum_grants", "share"}}},
		{"staff are not a measure of the vocabulary",
			"The Home Office will hire 250 more caseworkers to clear claims.",
			[]want{{"250", "other", "level"}}},
		{"a share is of the whole it names",
			"Roughly 700 boats crossed last year. Small boats made up 82% of all irregular arrivals.",
			[]want{{"Roughly 700", "small_boats", "level"}, {"82%", "irregular_arrivals", "share"}}},
		{"figures joined by and are of one kind",
			"Auditors said the Rwanda scheme would cost at least £520m, and almost £590m if 300 people were relocated.",
			[]want{{"at least £520m", "rwanda_scheme_cost", "level"}, {"almost £590m", "rwanda_scheme_cost", "level"}}},
		{"a ratio may compare sums of money",
			"A hotel night is costing the public purse ten times what a rented home would.",
			[]want{{"ten times", "asylum_cost", "ratio"}}},
		{"a payment that is due",
			"The UK has paid Rwanda £290m. A further £50m is due next April.",
			[]want{{"£290m", "payment_to_rwanda", "level"}, {"£50m", "payment_to_rwanda", "level"}}},
		{"halving is a fall of half",
			"Net migration has roughly halved since its peak.",
			[]want{{"roughly halved", "net_migration", "percent_change"}}},
		{"an aside between dashes",
			"Net migration – the gap between people arriving and those leaving – was 431,000 in the year to June.",
			[]want{{"431,000", "net_migration", "level"}}},
		{"those leaving",
			"Among those leaving were 118,000 people who had come to study, up from 97,000.",
			[]want{{"118,000", "emigration", "level"}, {"97,000", "emigration", "level"}}},
		{"a country of so many people",
			"Britain is a country of 69 million people, one in six of them born abroad.",
			[]want{{"69 million", "population", "level"}, {"one in six", "population", "share"}}},
		{"asylum seekers in hotels are not applications",
			"There are about 29,000 asylum seekers in hotels, down from 51,000 last year.",
			[]want{{"about 29,000", "other", "level"}, {"51,000", "other", "level"}}},
		{"a natural decrease",
			"Scotland recorded a natural decrease of 12,000, with deaths outnumbering births.",
			[]want{{"12,000", "natural_change", "change"}}},
		{"a relative clause says which people",
			"The Home Office said 1,200 people who had arrived by small boat were returned last year.",
			[]want{{"1,200", "returns", "level"}}},
		{"people who came to live",
			"Some 880,000 people arrived to live in the UK for at least a year, while 690,000 left.",
			[]want{{"Some 880,000", "immigration", "level"}, {"690,000", "emigration", "level"}}},
		{"a Rwanda bill to the taxpayer",
			"The Rwanda deal collapsed.\n\nThe whole shambles has cost taxpayers £700million, including flights that never took off.",
			[]want{{"£700million", "rwanda_scheme_cost", "level"}}},
		{"the base of 'up 24% from'",
			"There were 9,100 enforced returns in 2025, up 21% from 7,500 in 2024, according to immigration statistics.",
			[]want{{"9,100", "returns", "level"}, {"21%", "returns", "percent_change"}, {"7,500", "returns", "level"}}},
		{"a result clause after a comma",
			"Immigration was estimated at 1,200,000 and emigration at 480,000, giving net migration of 720,000.",
			[]want{{"1,200,000", "immigration", "level"}, {"480,000", "emigration", "level"}, {"720,000", "net_migration", "level"}}},
		{"a smuggler's fee is not public spending",
			"A seat in a dinghy costs between €1,200 and €2,800, the asylum charity said.",
			[]want{{"between €1,200 and €2,800", "other", "level"}}},
		{"police deployed are staff",
			"France has deployed some 700 French coastal police to stop boats leaving.",
			[]want{{"some 700", "other", "level"}}},
		{"people in the camps",
			"The camps around Dunkirk hold a few thousand people at any one time.",
			[]want{{"a few thousand", "other", "level"}}},
		{"a sentence that refers back to one without figures",
			"The chart below counts boats, not people.\n\nThe count fell from 1,040 in 2022 to 610 in 2023.",
			[]want{{"1,040", "small_boats", "level"}, {"610", "small_boats", "level"}}},
		{"'the number of' names what it counts: appeals waiting are part of the backlog",
			"The backlog has moved elsewhere. The number of appeals waiting to be heard rose to more than 40,000.",
			[]want{{"more than 40,000", "asylum_backlog", "level"}}},
		{"'Of these' breaks down the count before",
			"An estimated 612,000 people emigrated last year. Of these, 251,000 were non-EU nationals, 160,000 were EU nationals and 201,000 were British.",
			[]want{{"612,000", "emigration", "level"}, {"251,000", "emigration", "level"}, {"160,000", "emigration", "level"},
				{"201,000", "emigration", "level"}}},
		{"a share of 'the total' is of the total given before",
			"The Home Office recorded 43,100 detected irregular arrivals in 2025. Small boat arrivals made up 87% of the total.",
			[]want{{"43,100", "irregular_arrivals", "level"}, {"87%", "irregular_arrivals", "share"}}},
		{"a repeated figure keeps its measure",
			"Ministers said the Rwanda scheme had cost £715m in total.\n\nFor £715m, one critic said, the asylum system could have hired hundreds more caseworkers.",
			[]want{{"£715m", "rwanda_scheme_cost", "level"}, {"£715m", "rwanda_scheme_cost", "level"}, {"hundreds", "", ""}}},
		{"a repeated figure yields to a clear cue",
			"The Rwanda scheme cost £715m.\n\nSeparately, the asylum system spent £715m on hotel accommodation in the first quarter.",
			[]want{{"£715m", "rwanda_scheme_cost", "level"}, {"£715m", "asylum_cost", "level"}}},
		{"Rwanda named a few sentences before",
			"The Rwanda partnership has been costly. No flights have left. The committee was scathing. \"The cost could reach £1.8m for every person relocated,\" its chair said.",
			[]want{{"£1.8m", "rwanda_scheme_cost", "level"}}},
		{"a percent change added to a count is that count's change",
			"By the end of May, 27,410 people were staying in contingency (hotel) accommodation, down 14% on a year before.",
			[]want{{"27,410", "other", "level"}, {"14%", "other", "percent_change"}}},
		{"a change added with a dash, and a change named after the figure",
			"There were 18,200 asylum seekers housed in hotels in April, up from 16,900 in January - a rise of 7.7%. Elsewhere, 9,300 people were in hotels, a 12% reduction.",
			[]want{{"18,200", "other", "level"}, {"16,900", "other", "level"}, {"7.7%", "other", "percent_change"},
				{"9,300", "other", "level"}, {"12%", "other", "percent_change"}}},
		{"a change of spending keeps the spending's measure",
			"Asylum support cost £3.9bn in 2025-26, down 11% on the year before.",
			[]want{{"£3.9bn", "asylum_cost", "level"}, {"11%", "asylum_cost", "percent_change"}}},
		{"a percentage about no money is not a cost",
			"Officials said the number of hotels used to house asylum seekers had fallen 28% since the spring.",
			[]want{{"28%", "other", "percent_change"}}},
		{"people sent and flown to Rwanda are relocations",
			"The Rwanda scheme cost about £650m yet managed to send just three volunteers.",
			[]want{{"about £650m", "rwanda_scheme_cost", "level"}, {"three", "rwanda_relocations", "level"}}},
		{"a plain passive verb names what is counted",
			"Last year 2,240 small-boat arrivals were removed from the UK.",
			[]want{{"2,240", "returns", "level"}}},
		{"but visas granted stay visas",
			"In 2025 some 640,000 visas were granted to people coming to work or study.",
			[]want{{"some 640,000", "visas_granted", "level"}}},
		{"the level a change reached is about the change's subject",
			"Immigration fell by 18% to 870,000, while emigration rose to 540,000.",
			[]want{{"18%", "immigration", "percent_change"}, {"870,000", "immigration", "level"}, {"540,000", "emigration", "level"}}},
		{"a figure after 'as' in a headline is not about the clause after it",
			"Channel crossings rise 9% as the asylum backlog shrinks",
			[]want{{"9%", "small_boat_arrivals", "percent_change"}}},
		{"a table row is about its own label",
			"Estimates (thousands)\nImmigration: 910; 845\nEmigration: 505; 560\nNet migration: 405; 285",
			[]want{{"910", "immigration", "level"}, {"845", "immigration", "level"}, {"505", "emigration", "level"},
				{"560", "emigration", "level"}, {"405", "net_migration", "level"}, {"285", "net_migration", "level"}}},
		{"an aside after a dash does not name the figure",
			"Net migration fell sharply last year.\n\nIt is still more than 250,000 a year - the population of a large town.",
			[]want{{"more than 250,000", "net_migration", "level"}}},
		{"people added to a population are its growth",
			"About 690,000 people were added to the population of England in the year to mid-2025.",
			[]want{{"About 690,000", "population_change", "level"}}},
		{"people waiting for a first decision are the backlog",
			"The number of people waiting for a first decision on an asylum claim fell to 71,200 in March.",
			[]want{{"71,200", "asylum_backlog", "level"}}},
		{"arrivals by small boat counted in a migration bulletin",
			"Long-term immigration was 810,000. Separate figures show that 39,500 people arrived in the UK by small boat in 2025.",
			[]want{{"810,000", "immigration", "level"}, {"39,500", "small_boat_arrivals", "level"}}},
		{"a grant rate is a share of decisions, which no measure counts",
			"The initial grant rate for Syrian applicants was 88%, the Home Office said.",
			[]want{{"88%", "other", "share"}}},
		{"a relative clause between commas does not name the subject's figure",
			"Immigration for family reasons, which includes people joining relatives on resettlement schemes, was 91,000 last year.",
			[]want{{"91,000", "immigration", "level"}}},
		{"a sum paid to each person is not a payment to Rwanda",
			"Under the Rwanda deal, failed asylum seekers were offered up to £2,500 each to relocate. The UK also agreed to pay Rwanda £18,000 for each person relocated.",
			[]want{{"up to £2,500", "other", "level"}, {"£18,000", "payment_to_rwanda", "level"}}},
		{"a small sum offered or paid to each volunteer is theirs, not the scheme's or Rwanda's",
			"The Rwanda scheme cost £690m. Its three relocations were volunteers who were each offered a payment of up to £2,800. A side scheme offered up to £2,800 a head to rejected applicants, and all three were paid up to £2,800. Britain would also pay £17,000 per person to Kigali.",
			[]want{{"£690m", "rwanda_scheme_cost", "level"}, {"three", "rwanda_relocations", "level"}, {"up to £2,800", "other", "level"}, {"up to £2,800", "other", "level"}, {"up to £2,800", "other", "level"}, {"£17,000", "payment_to_rwanda", "level"}}},
		{"a sentence that names the figure before goes on with it",
			"In March some 41,000 asylum seekers were living in hotels at a cost of £6m a day. By June that figure was about 35,500.",
			[]want{{"some 41,000", "other", "level"}, {"£6m", "asylum_cost", "level"}, {"about 35,500", "other", "level"}}},
		{"decision-makers are staff",
			"The asylum directorate now has more than 2,100 decision-makers, up from 1,300.",
			[]want{{"more than 2,100", "other", "level"}, {"1,300", "other", "level"}}},
		{"appeals outstanding are part of the backlog",
			"About 39,000 asylum appeals were outstanding at the tribunal in September.",
			[]want{{"About 39,000", "asylum_backlog", "level"}}},
		{"boats stopped from launching did not arrive",
			"French police said they had stopped nine boats from launching on Tuesday night.",
			[]want{{"nine", "other", "level"}}},
		{"an aside between dashes does not part the subject from its figure",
			"The ONS said net migration – long-term arrivals minus long-term departures – was 204,000 in the year to June.",
			[]want{{"204,000", "net_migration", "level"}}},
		{"a 'with' clause between commas is an aside",
			"More than 36,000 people crossed the Channel in small boats in 2024. In 2025, with Rwanda long forgotten, 41,300 people crossed.",
			[]want{{"More than 36,000", "small_boat_arrivals", "level"}, {"41,300", "small_boat_arrivals", "level"}}},
		{"people who left as returns are returns",
			"Some 33,900 people left the UK as returns last year, voluntarily or otherwise.",
			[]want{{"Some 33,900", "returns", "level"}}},
		{"people who sought protection applied for asylum",
			"More than 104,000 people sought protection in the UK last year.",
			[]want{{"More than 104,000", "asylum_applications", "level"}}},
		{"more left than came back is net migration",
			"Among British nationals an estimated 77,000 more left than came back.",
			[]want{{"77,000", "net_migration", "level"}}},
		{"a change after a comma with its word after the figure",
			"In 2025, 701,000 visas were granted for work, study and family reasons, 7% fewer than in 2024.",
			[]want{{"701,000", "visas_granted", "level"}, {"7%", "visas_granted", "percent_change"}}},
		{"a sentence that opens with 'despite the rise' does not refer back",
			"Applications rose again. Despite the rise in claims, the queue of people awaiting a first decision shrank to 77,900 in December.",
			[]want{{"77,900", "asylum_backlog", "level"}}},
		{"decisions, and the share of them that were grants, are other",
			"Caseworkers made 97,400 initial decisions on asylum claims last year. Of these, 52% were grants of protection, against 60% a year before, a fall of 8 percentage points.",
			[]want{{"97,400", "other", "level"}, {"52%", "other", "share"}, {"60%", "other", "share"}, {"8 percentage points", "other", "percent_change"}}},
		{"'it' is what the sentence before was about",
			"The grant rate differs widely by nationality. For Syrians it was above 90%, while for Indians it was under 5%.",
			[]want{{"above 90%", "other", "share"}, {"under 5%", "other", "share"}}},
		{"'it' is the figure before in its own sentence",
			"The ONS revised its estimate for 2024 down to 331,000, having first put it at 402,000 in May.",
			[]want{{"331,000", "net_migration", ""}, {"402,000", "net_migration", "level"}}},
		{"a vague sum in a sentence about money is in pounds",
			"Had the Rwanda flights gone ahead, the bill could have run into the billions.",
			[]want{{"billions", "rwanda_scheme_cost", "level"}}},
		{"people waiting for a first ruling are the backlog",
			"At its peak the queue of people waiting for a first ruling on their asylum claim stood at 168,300.",
			[]want{{"168,300", "asylum_backlog", "level"}}},
		{"the parts of a scheme's cost after its payments",
			"The Rwanda scheme cost £700m in all, including £240m in payments to Rwanda, about £250m for charter flights and £210m for detention and escorts.",
			[]want{{"£700m", "rwanda_scheme_cost", "level"}, {"£240m", "payment_to_rwanda", "level"},
				{"about £250m", "rwanda_scheme_cost", "level"}, {"£210m", "rwanda_scheme_cost", "level"}}},
		{"a change added to a clause is about its first figure",
			"Last year 39,800 people crossed in 741 boats, up 9% on 2024.",
			[]want{{"39,800", "small_boat_arrivals", "level"}, {"741", "small_boats", "level"}, {"9%", "small_boat_arrivals", "percent_change"}}},
		{"a cause after the figure does not name it",
			"Scotland's population rose by 28,400 to 5.58 million. The rise of 0.5% was driven entirely by migration.",
			[]want{{"28,400", "population_change", "level"}, {"5.58 million", "population", "level"}, {"0.5%", "population", "percent_change"}}},
		{"people who applied for protection",
			"More than 95,000 people applied for protection in the year to June.",
			[]want{{"More than 95,000", "asylum_applications", "level"}}},
		{"more departed than returned is net migration",
			"Among Britons, an estimated 61,000 more departed than returned.",
			[]want{{"61,000", "net_migration", "level"}}},
		{"people returned under a deal",
			"The deal with France is returning people at a rate of about 40 a month.",
			[]want{{"about 40", "returns", "level"}}},
		{"people on the beaches, views and vacancies are other",
			"He claimed thousands more were camped on the beaches. His post was viewed 300,000 times. Firms have hundreds of vacancies.",
			[]want{{"thousands", "other", "level"}, {"300,000", "other", ""}, {"hundreds", "other", "level"}}},
		{"a total with no cue goes on with the figure before in its paragraph",
			"Last year 38,900 people crossed the Channel in small boats. This year's total had passed 30,000 by September.",
			[]want{{"38,900", "small_boat_arrivals", "level"}, {"passed 30,000", "small_boat_arrivals", "level"}}},
		{"visas issued are visas",
			"Sponsored study visas issued to main applicants numbered 388,200, a decrease of 6%.",
			[]want{{"388,200", "visas_granted", "level"}, {"6%", "visas_granted", "percent_change"}}},
		{"main applicants who received visas, and grants to them, are visas",
			"Just 9,310 main applicants were given Health and Care Worker visas in the year, down 68%. Skilled Worker grants to main applicants fell by a quarter to 48,700.",
			[]want{{"9,310", "visas_granted", "level"}, {"68%", "visas_granted", "percent_change"}, {"a quarter", "visas_granted", "percent_change"}, {"48,700", "visas_granted", "level"}}},
		{"withdrawn claims, people in asylum accommodation, homeless households, votes, lives lost and a cost per detainee are other (the step of detainees is no statistic)",
			"Asylum applications fell again this year. Some 14,300 claims were withdrawn, more than double the 6,800 a year before.\n\nIn Lambeth 1,340 people were in asylum accommodation at the end of June, and Southwark had 910.\n\nA charity says 2,050 refugee households became homeless after leaving Home Office support.\n\nThe amendment on small boats was defeated by 301 votes to 190.\n\nThe Channel route has claimed at least 23 lives this year, a coastguard said, as 1,200 people crossed in small boats.\n\nEach extra 50 detainees adds about £2.1m a year to the bill, the department said.",
			[]want{{"Some 14,300", "other", "level"}, {"more than double", "other", "ratio"}, {"6,800", "other", "level"}, {"1,340", "other", "level"}, {"910", "other", "level"}, {"2,050", "other", "level"}, {"301", "other", "level"}, {"190", "other", "level"}, {"at least 23", "other", "level"}, {"1,200", "small_boat_arrivals", "level"}, {"about £2.1m", "other", "level"}}},
		{"a figure with no cue of its own answers the question before it",
			"Crossings rose again last year, to 41,000. And how many has the Government returned to France? Just 960.",
			[]want{{"41,000", "small_boat_arrivals", "level"}, {"960", "returns", "level"}}},
		{"the share of appeals that succeed is an outcome's, not the backlog's",
			"The appeals backlog reached 61,000. About 41 per cent of the appeals that are heard succeed, and roughly half of those the charity backs are eventually allowed.",
			[]want{{"61,000", "asylum_backlog", "level"}, {"About 41 per cent", "other", "share"}, {"roughly half", "other", "share"}}},
		{"moves within the UK are other, unless they break down net migration",
			"About 6,200 more people moved to Scotland from England than went the other way. A net 930 moved to Cardiff from other parts of the UK. Net migration added 41,300 people, with 29,100 from overseas and 12,200 from the rest of the UK.",
			[]want{{"About 6,200", "other", "level"}, {"930", "other", "level"}, {"41,300", "net_migration", "level"}, {"29,100", "net_migration", "level"}, {"12,200", "net_migration", "level"}}},
		{"people of an age are a breakdown of the population",
			"Net migration to Scotland was 38,000. One in four Scots will be of pensionable age by 2040.",
			[]want{{"38,000", "net_migration", "level"}, {"One in four", "population", "share"}}},
		{"asylum seekers receiving support or housed in an area are other, not applications",
			"Asylum claims rose in the year. At the end of June, 2,810 asylum seekers were receiving support across the region, with Leeds accommodating 930. The city now houses 1,150 asylum seekers.",
			[]want{{"2,810", "other", "level"}, {"930", "other", "level"}, {"1,150", "other", "level"}}},
		{"a count of asylum seekers in a place is a stock of people, not applications, unless a verb says they claimed",
			"Thornbury is now home to 530 people seeking asylum. Kelsall has the most, with 880 asylum seekers. About 2,100 asylum seekers are in the county. Some 41,000 people claimed asylum in the year.",
			[]want{{"530", "other", "level"}, {"880", "other", "level"}, {"About 2,100", "other", "level"}, {"Some 41,000", "asylum_applications", "level"}}},
		{"people held in detention are other, however near the returns; legal aid is not the asylum bill",
			"Removals rose again this year. The number held rose by 9 per cent, and 2,060 people were held in removal centres at the end of June.\n\nLegal aid for asylum appeals cost £64.2 million last year.",
			[]want{{"9 per cent", "other", "percent_change"}, {"2,060", "other", "level"}, {"£64.2 million", "other", "level"}}},
		{"people who have crossed are small-boat arrivals, not the returns set against them",
			"The Home Secretary hailed 1,400 returns while 29,000 people have crossed since January.",
			[]want{{"1,400", "returns", "level"}, {"29,000", "small_boat_arrivals", "level"}}},
		{"a sum in a sentence about another country's scheme is not the Rwanda scheme's; Rwanda's still names Rwanda",
			"The Rwanda scheme has cost £720m so far, the watchdog said.\n\nItaly's deal to process asylum claims in Albania, budgeted at about €670m, has stalled too.\n\nThe UK handed £240m to Rwanda's government under the partnership.",
			[]want{{"£720m", "rwanda_scheme_cost", "level"}, {"about €670m", "other", "level"}, {"£240m", "payment_to_rwanda", "level"}}},
		{"a place that added residents grew by them, as if its population grew by them",
			"The population of Scotland is 5.5 million. Glasgow added 6,400 residents in the year, and Dundee gained 900 inhabitants.",
			[]want{{"5.5 million", "population", "level"}, {"6,400", "population_change", "level"}, {"900", "population_change", "level"}}},
		{"migration's share of the growth is net migration's, not the population's",
			"The population of Wales grew by 0.5%. Net migration was 18,200 and made up 97% of the growth.\n\nMigration explains roughly two-thirds of the year's population increase in Cardiff.\n\nNatural change made up 3% of the growth.",
			[]want{{"0.5%", "population", "percent_change"}, {"18,200", "net_migration", "level"}, {"97%", "net_migration", "share"}, {"roughly two-thirds", "net_migration", "share"}, {"3%", "natural_change", "share"}}},
		{"a revision in a sentence that names no measure is of net migration",
			"Net migration fell to 215,000, the statisticians said, as immigration fell to 790,000.\n\n- Early estimates move a lot. The number for the year to December 2024 was revised down by 38,000. Revisions of 9k are routine.",
			[]want{{"215,000", "net_migration", "level"}, {"790,000", "immigration", "level"}, {"38,000", "net_migration", "change"}, {"9k", "net_migration", "change"}}},
		{"shares of people of an age are the population's",
			"The population of Devon rose by 0.6%. Costs of asylum support rose too.\n\nMore than one in four people in Devon, 26.3%, are now 65 or older.",
			[]want{{"0.6%", "population", "percent_change"}, {"More than one in four", "population", "share"}, {"26.3%", "population", "share"}}},
		{"Ukrainians who came under the Homes for Ukraine scheme are immigration; money for them and hosts' payments are not the asylum bill",
			"Since 2022, 6,300 Ukrainians have come to Scotland under the Homes for Ukraine scheme. Hosts get a thank-you payment of £350 a month, and the Scottish Government spent £18.2m for Ukrainians last year.",
			[]want{{"6,300", "immigration", "level"}, {"£350", "other", "level"}, {"£18.2m", "other", "level"}}},
		{"a site's room, a survey's finding, refunds and people suspected of offences are other",
			"The asylum reception site was designed to hold up to 1,800 people, but 3,500 were crowded into it that autumn.\n\nA survey by a polling firm found that 31 per cent of graduates had thought about emigrating.\n\nThe Rwanda scheme cost £715m, and refunds so far total £9.2m.\n\nBorder officers detained 870 people suspected of immigration offences.",
			[]want{{"up to 1,800", "other", "level"}, {"3,500", "other", "level"}, {"31 per cent", "other", "share"}, {"£715m", "rwanda_scheme_cost", "level"}, {"£9.2m", "other", "level"}, {"870", "other", "level"}}},
		{"claims yet to receive a decision are the backlog; departing former students are emigration; a visa route's grants are not asylum grants",
			"The Graduate route was granted to 98,000 people last year.\n\nEmigration of non-EU students rose again. Departures of former students came to 152,000, about three in five of the year's student arrivals.\n\nAsylum claims fell. Some 61,200 people were yet to receive a decision.",
			[]want{{"98,000", "visas_granted", "level"}, {"152,000", "emigration", "level"}, {"about three in five", "emigration", "share"}, {"Some 61,200", "asylum_backlog", "level"}}},
		{"more deaths than births is a natural decrease; natural growth is natural change; a levy and a skills charge are other",
			"The population of Cumbria barely moved. There were 3,200 more deaths than births, while Carlisle saw natural growth of 140.\n\nThe Immigration Skills Charge rose by 25 per cent, and employers face a levy of £600 a worker.",
			[]want{{"3,200", "natural_change", "change"}, {"140", "natural_change", "change"}, {"25 per cent", "other", "percent_change"}, {"£600", "other", "level"}}},
		{"the measure a figure is 'at' is its measure, not the next clause's subject",
			"With emigration at 612,000, net migration fell to 203,000.",
			[]want{{"612,000", "emigration", "level"}, {"203,000", "net_migration", "level"}}},
		{"a past participle right after the figure's noun says what befell the people it counts",
			"Since the deal began the pilot has seen 1,240 small-boat arrivals flown back to France.",
			[]want{{"1,240", "returns", "level"}}},
		{"\"last year's total\" goes on with the figure before, even in a paragraph of its own",
			"The asylum bill fell to £4.4bn. Some 96,000 people claimed asylum in the year, and 54,000 claims were awaiting a decision. The backlog of appeals grew.\n\nMeanwhile, 23,100 migrants have reached Britain on small boats so far this year.\n\nLast year's total of 41,900 was the second-highest on record.",
			[]want{{"£4.4bn", "asylum_cost", "level"}, {"Some 96,000", "asylum_applications", "level"}, {"54,000", "asylum_backlog", "level"}, {"23,100", "small_boat_arrivals", "level"}, {"41,900", "small_boat_arrivals", "level"}}},
		{"a percentage with no cue in a story on asylum costs is not a sum's",
			"The town expanded by 0.9% in the year.\n\nThe council spent £3.1m on asylum support last year, and the Home Office paid it £1.9m. Asylum costs dominate the budget.",
			[]want{{"0.9%", "other", "percent_change"}, {"£3.1m", "asylum_cost", "level"}, {"£1.9m", "asylum_cost", "level"}}},
		{"people from Ukraine who found safety are immigration",
			"More than 4,200 people from Ukraine have found safety in the county since 2022.",
			[]want{{"More than 4,200", "immigration", "level"}}},
		{"councils' spending on homeless refugees is not the asylum system's",
			"The asylum support bill fell to £4.1bn. Refugees leaving Home Office housing are turning to councils: Leeds spent £7.4m on temporary accommodation for refugee households last year, including £2.2m on bed and breakfast rooms.\n\nCouncils in the region spent £9.8m helping refugees move on from asylum hotels, and Hull spent £1.3m housing newly recognised refugees.",
			[]want{{"£4.1bn", "asylum_cost", "level"}, {"£7.4m", "other", "level"}, {"£2.2m", "other", "level"}, {"£9.8m", "other", "level"}, {"£1.3m", "other", "level"}}},
		{"a percentage change with no cue in a piece on the population is the population's",
			"Scotland's population is projected to rise by 2.1% over the decade. Most council areas will grow. Some will not. Rural areas face the sharpest falls.\n\nAngus faces a 3.4% drop.",
			[]want{{"2.1%", "population", "percent_change"}, {"3.4%", "population", "percent_change"}}},
		{"an estimate that names no measure, in a piece on net migration, is of net migration",
			"Net migration was 188,000 last year, the ONS said. Net migration had been far higher. Immigration was 790,000 and emigration 602,000.\n\nThe ONS also cut its estimate for 2024 to 318,000, from 329,000.",
			[]want{{"188,000", "net_migration", "level"}, {"790,000", "immigration", "level"}, {"602,000", "emigration", "level"}, {"318,000", "net_migration", "level"}, {"329,000", "net_migration", "level"}}},
		{"deaths outnumbering births, and more people dying than were born, are natural change",
			"Scotland's population grew. Deaths outnumbered births by 14,900, and in Dundee 800 more people died than were born.",
			[]want{{"14,900", "natural_change", "change"}, {"800", "natural_change", "change"}}},
		{"a cue after another's 'of' says what the other counts; the level a change reached after a comma is in the change's clause",
			"Hotels held 27,400 asylum seekers, roughly half the 55,000 housed at the peak. The backlog of initial decisions has shrunk too, to 61,300.",
			[]want{{"27,400", "other", "level"}, {"roughly half", "other", "ratio"}, {"55,000", "other", "level"}, {"61,300", "asylum_backlog", "level"}}},
		{"people a region is supporting, moves within the UK, payrolls, doctors' shares, poll answers and a hostel's space are other",
			"The North West was supporting 9,840 people seeking help at the end of June.\n\nMoves within the UK added a net 4,100 to Wales.\n\nNon-UK nationals make up about a fifth of the 30.1 million payrolled employees.\n\nNearly a quarter of the doctors who joined the NHS in Scotland trained abroad.\n\nJust 17 per cent said the Government had the crossings under control.\n\nThe Rwanda hostel had space for about 120 people.",
			[]want{{"9,840", "other", "level"}, {"4,100", "other", "level"}, {"about a fifth", "other", "share"}, {"30.1 million", "other", "level"}, {"Nearly a quarter", "other", "share"}, {"17 per cent", "other", "share"}, {"about 120", "other", "level"}}},
		{"the scheme's cost 'at a cost of' is the scheme's, even beside Kigali; the fiscal cost of lower migration is not the asylum bill; migrants who landed came by small boat",
			"The Rwanda deal flew four volunteers to Kigali at a cost of £700million.\n\nThe OBR put the fiscal cost of lower migration at £6.2bn a year.\n\nMore than 80,000 migrants have landed on British beaches since 2022.",
			[]want{{"four", "rwanda_relocations", "level"}, {"£700million", "rwanda_scheme_cost", "level"}, {"£6.2bn", "other", "level"}, {"More than 80,000", "small_boat_arrivals", "level"}}},
		{"people who moved to the UK and those who left are a pair of flows; British nationals who returned are immigration",
			"The statisticians estimate that 795,000 people moved to the UK in 2025 and 640,000 left. Net migration of British nationals was minus 130,000, as 250,000 left the UK and 120,000 returned.",
			[]want{{"795,000", "immigration", "level"}, {"640,000", "emigration", "level"}, {"minus 130,000", "net_migration", "level"}, {"250,000", "emigration", "level"}, {"120,000", "immigration", "level"}}},
		{"a measure named right before another figure is that figure's",
			"Net migration fell. In the year to June, immigration was an estimated 771,000 and emigration 618,000.",
			[]want{{"771,000", "immigration", "level"}, {"618,000", "emigration", "level"}}},
		{"a revised figure or the first estimate, in a piece on net migration, is net migration",
			"Net migration fell to 190,000 in the year to June, the ONS said. Net migration has been revised often. Immigration was 760,000 and emigration 570,000.\n\nThe year 2024 has been revised down again, to 319,000. The first estimate, published in May 2025, was 431,000.",
			[]want{{"190,000", "net_migration", "level"}, {"760,000", "immigration", "level"}, {"570,000", "emigration", "level"}, {"319,000", "net_migration", "level"}, {"431,000", "net_migration", "level"}}},
		{"more arriving than leaving is a net flow",
			"Scotland's population grew again. About 16,500 more people arrived from overseas than leaving.",
			[]want{{"About 16,500", "net_migration", "level"}}},
		{"people admitted in exchange through the returns deal's legal route are other",
			"Some 1,520 people have been returned to France under the pilot, and 1,390 have come to the UK in exchange through the legal route.",
			[]want{{"Some 1,520", "returns", "level"}, {"1,390", "other", "level"}}},
		{"tens of millions of people are never a flow of a year",
			"The 70 million question\n\nNet migration will shape the next decade. Net migration was 190,000 last year, and net migration may settle at 250,000.\n\nThe ONS population projections had the UK reaching 71.8 million by 2032 on the assumption that net migration stays at 340,000 a year.",
			[]want{{"70 million", "other", "level"}, {"190,000", "net_migration", "level"}, {"250,000", "net_migration", "level"}, {"71.8 million", "population", "level"}, {"340,000", "net_migration", "level"}}},
		{"grants to dependants are visas granted, not immigration",
			"Study visas rose 2%. Grants to the dependants of students fell to 16,900.",
			[]want{{"2%", "visas_granted", "percent_change"}, {"16,900", "visas_granted", "level"}}},
		{"a share that refers back to returns is of the returns, whatever whole it names",
			"By the end of June, 1,260 people had been returned under the deal. That is under 4% of everyone who has crossed since it began.",
			[]want{{"1,260", "returns", "level"}, {"under 4%", "returns", "share"}}},
		{"a pair of figures that arrived and left are immigration and emigration",
			"Small boat crossings rose again. About 910,000 people arrived and 620,000 left, the statisticians said.",
			[]want{{"About 910,000", "immigration", "level"}, {"620,000", "emigration", "level"}}},
		{"people put on planes are returns",
			"The asylum backlog has shrunk. Only 2,310 people were put on planes to their home countries last year.",
			[]want{{"2,310", "returns", "level"}}},
		{"sums in brackets take the sentence's measure, not a cue of other's",
			"The Rwanda partnership cost £720m. Beyond the payments, money went on charter flights (£90m), detention and escorting (£110m) and legal costs (£60m).",
			[]want{{"£720m", "rwanda_scheme_cost", "level"}, {"£90m", "rwanda_scheme_cost", "level"}, {"£110m", "rwanda_scheme_cost", "level"}, {"£60m", "rwanda_scheme_cost", "level"}}},
		{"a tie goes to what the document is about",
			"The Rwanda scheme was scrapped in July. Its costs were high. The final bill was £741m, MPs said.",
			[]want{{"£741m", "rwanda_scheme_cost", "level"}}},
		{"the noun after 'the number of' is the unit; a change in brackets restates it",
			"Compared with 2024, the number of small boats rose by 21 (3%).",
			[]want{{"21", "small_boats", "change"}, {"3%", "small_boats", "percent_change"}}},
		{"a bracketed base is the kind of figure the sentence began with",
			"There were 698 small boats detected in 2025, 3% more than in 2024 (678).",
			[]want{{"698", "small_boats", "level"}, {"3%", "small_boats", "percent_change"}, {"678", "small_boats", "level"}}},
		{"people living in a district are its population",
			"Figures show 151,200 people were living in the district in June, up from 149,300.",
			[]want{{"151,200", "population", "level"}, {"149,300", "population", "level"}}},
		{"a 'from' phrase after a verb says where from",
			"Another 1,120 people moved to the district from other parts of the UK.",
			[]want{{"1,120", "other", "level"}}},
		{"moves from the rest of the UK are not net migration",
			"London gained 98,000 from abroad but lost 41,000 residents to other parts of the UK.",
			[]want{{"98,000", "", ""}, {"41,000", "other", ""}}},
		{"the base of 'double the' is the kind of figure compared",
			"Tories say Labour tore up the Rwanda deterrent. Asylum support cost £4.3bn in 2025-26. That was down from £4.8bn the year before, but still almost double the £2.2bn spent in 2021-22.",
			[]want{{"£4.3bn", "asylum_cost", "level"}, {"£4.8bn", "asylum_cost", "level"}, {"almost double", "asylum_cost", "ratio"}, {"£2.2bn", "asylum_cost", "level"}}},
		{"people who came with visa holders are immigration",
			"The number of dependants arriving with work visa holders fell to 48,000 from 205,000.",
			[]want{{"48,000", "immigration", "level"}, {"205,000", "immigration", "level"}}},
		{"a rate is not the Rwanda scheme's total; weak words go on with the sum before",
			"Labour ripped up the Rwanda deterrent, the Tories said. Asylum support cost £4.2bn in 2025-26. Officials expect the bill to fall to around £3.9bn this year. Reform says the true cost is £7bn a year.",
			[]want{{"£4.2bn", "asylum_cost", "level"}, {"around £3.9bn", "asylum_cost", "level"}, {"£7bn", "asylum_cost", "level"}}},
		{"a base in a clause of its own is of that clause's measure",
			"Immigration fell from 1,180,000 to 840,000, while emigration rose from 560,000 to 640,000.",
			[]want{{"1,180,000", "immigration", "level"}, {"840,000", "immigration", "level"}, {"560,000", "emigration", "level"}, {"640,000", "emigration", "level"}}},
		{"people stuck in limbo, costing the taxpayer millions",
			"\"There were almost 115,000 people stuck in limbo, costing the taxpayer millions every single day,\" she said.",
			[]want{{"almost 115,000", "asylum_backlog", "level"}, {"millions", "asylum_cost", "level"}}},
		{"visas for students' dependants are visas; engines seized and networks disrupted are other",
			"Visas for dependants of students numbered 16,400. Police seized more than 3,000 boat engines and disrupted 210 smuggling networks.",
			[]want{{"16,400", "visas_granted", "level"}, {"more than 3,000", "other", ""}, {"210", "other", ""}}},
		{"the balance is net migration; appeals pending are the backlog; people living in hotels are other",
			"A year earlier the balance had been 251,000. A further 44,100 appeals were pending. Some 25,900 asylum seekers were living in 139 hotels.",
			[]want{{"251,000", "net_migration", "level"}, {"44,100", "asylum_backlog", "level"}, {"Some 25,900", "other", "level"}, {"139", "other", ""}}},
		{"staff after a hyphenated word are staff",
			"The tribunal has recruited 110 additional fee-paid judges this year.",
			[]want{{"110", "other", "level"}}},
		{"naming Rwanda does not make a count of people relocations",
			"More than 40,000 people crossed the Channel in small boats last year.\n\nTory MPs said that with the Rwanda plan scrapped nearly 95,000 people have come since the election.",
			[]want{{"More than 40,000", "small_boat_arrivals", "level"}, {"nearly 95,000", "small_boat_arrivals", "level"}}},
		{"appeals queuing are part of the backlog",
			"Some 41,200 appeals were queuing at the immigration tribunal in June, up from around 38,000 in March.",
			[]want{{"Some 41,200", "asylum_backlog", "level"}, {"around 38,000", "asylum_backlog", "level"}}},
		{"what follows of which is said of the part",
			"The Rwanda scheme was scrapped in July.\n\nThe department now puts the final total at £688m, of which £275m was handed to the government in Kigali.",
			[]want{{"£688m", "rwanda_scheme_cost", "level"}, {"£275m", "payment_to_rwanda", "level"}}},
		{"opinion polls are not migration statistics",
			"Net migration fell to 204,000 in 2025, yet a poll of 1,800 adults found that 61% of voters think it is still rising.",
			[]want{{"204,000", "net_migration", "level"}, {"1,800", "other", "level"}, {"61%", "other", "share"}}},
		{"returning Britons are immigrants, not returns",
			"Of the 690,000 who came to the UK, EU citizens accounted for 58,000 and returning Britons 96,000.",
			[]want{{"690,000", "immigration", "level"}, {"58,000", "immigration", "level"}, {"96,000", "immigration", "level"}}},
		{"more leaving than arriving is net migration",
			"EU nationals were net leavers, with 62,000 more leaving than arriving.",
			[]want{{"62,000", "net_migration", "level"}}},
		{"a percentage restating a change in population is its percent change",
			"The borough's population was 99,120 last June. The increase of 1,720, or 1.8%, was twice the national rate.",
			[]want{{"99,120", "population", "level"}, {"1,720", "population_change", "level"}, {"1.8%", "population", "percent_change"}, {"twice", "population", "ratio"}}},
		{"a dip is a fall",
			"Ashcombe saw its population dip by 0.4%, while Wetherby Vale grew by 1.9%.",
			[]want{{"0.4%", "population", "percent_change"}, {"1.9%", "population", "percent_change"}}},
		{"an estimate lowered by a figure is revised",
			"The statistics office has lowered its estimate of net migration for 2025, by 12,000, to 207,000.",
			[]want{{"12,000", "net_migration", "change"}, {"207,000", "net_migration", "level"}}},
		{"an estimate lifted by a figure is revised, as one raised is",
			"Statisticians lifted their estimate of net migration for 2025 by 48,000. Last year they bumped it by 12,500.",
			[]want{{"48,000", "net_migration", "change"}, {"12,500", "net_migration", "change"}}},
		{"moved by is a change, moved is not",
			"First estimates of net migration have moved by between 15,000 and 70,000 once fuller data arrived. Councils moved 5,000 people out of hotels.",
			[]want{{"between 15,000 and 70,000", "net_migration", "change"}, {"5,000", "", "level"}}},
		{"one boat's load is people per boat",
			"A dinghy carrying around 55 people was intercepted off Calais. Later, 14 boats carrying 812 people reached Kent. About 45 people were on board the last one. In 2019 the typical dinghy carried fewer than 12 people.",
			[]want{{"around 55", "small_boat_arrivals", "average"}, {"14", "small_boats", "level"}, {"812", "small_boat_arrivals", "level"},
				{"About 45", "small_boat_arrivals", "average"}, {"fewer than 12", "small_boat_arrivals", "average"}}},
		{"a rescue vessel's load is not a small boat's",
			"A Border Force vessel carrying around 70 people docked at Dover after a day of Channel crossings.",
			[]want{{"around 70", "small_boat_arrivals", "level"}}},
		{"a definition between commas does not name the figure",
			"Net migration to the UK, the difference between long-term immigration and long-term emigration, is estimated at 192,000 in 2025.",
			[]want{{"192,000", "net_migration", "level"}}},
		{"the items of a list after \"Of these:\" break down the count before it",
			"Long-term emigration from the UK totalled an estimated 651,000 in 2025. Of these:\n\n- 285,000 were non-EU nationals\n- 168,000 were EU nationals\n- 198,000 were British nationals",
			[]want{{"651,000", "emigration", "level"}, {"285,000", "emigration", "level"}, {"168,000", "emigration", "level"}, {"198,000", "emigration", "level"}}},
		{"the count a list breaks down may stand a sentence before its lead",
			"In all, 108,140 people claimed asylum in the year. Small-boat arrivals are only part of that picture. Of these:\n\n- 39,640 had arrived by small boat\n- 41,300 had entered on a visa",
			[]want{{"108,140", "asylum_applications", "level"}, {"39,640", "asylum_applications", "level"}, {"41,300", "asylum_applications", "level"}}},
		{"a list without such a lead is read item by item",
			"Main points:\n\n- 651,000 people emigrated in 2025\n- 898,000 people immigrated in 2025",
			[]want{{"651,000", "emigration", "level"}, {"898,000", "immigration", "level"}}},
		{"a sum handed to Rwanda is a payment, though the scheme's cost follows",
			"The last government handed Rwanda £300million under its deportation scheme, which cost £700million in total.",
			[]want{{"£300million", "payment_to_rwanda", "level"}, {"£700million", "rwanda_scheme_cost", "level"}}},
		{"people taken back are returns",
			"By the end of April, France had taken back 1,090 people under the pilot.",
			[]want{{"1,090", "returns", "level"}}},
		{"coming to power is not coming to the country",
			"Some 1,020 people crossed the Channel in small boats on Saturday.\n\nSince Labour came to power in July 2024, more than 77,000 people have reached the UK this way, and 68,000 came to join relatives.",
			[]want{{"Some 1,020", "small_boat_arrivals", "level"}, {"more than 77,000", "small_boat_arrivals", "level"}, {"68,000", "immigration", "level"}}},
		{"a headline sum in a story about the Rwanda scheme is its cost",
			"What £690m bought\n\nThe Rwanda scheme was meant to deter crossings. The Home Office says the scheme cost £690m in total, of which £280m went to Kigali. The scheme relocated four volunteers.",
			[]want{{"£690m", "rwanda_scheme_cost", "level"}, {"£690m", "rwanda_scheme_cost", "level"}, {"£280m", "payment_to_rwanda", "level"}, {"four", "rwanda_relocations", "level"}}},
		{"more people came than left is net migration",
			"The ONS estimated that 161,000 more people came to live in the UK than left in 2025, down 58 per cent.",
			[]want{{"161,000", "net_migration", "level"}, {"58 per cent", "net_migration", "percent_change"}}},
		{"people flown or ferried back are returns",
			"By 30 June, 1,410 people who crossed by boat had been flown or ferried back to France.",
			[]want{{"1,410", "returns", "level"}}},
		{"the scheme's cost per person who went is its cost, a sum per person relocated is a payment",
			"Rwanda scheme sent four people\n\nThe auditors' final account puts the bill at £179m for each person who went to Kigali. The deal also committed the UK to pay Rwanda £20,000 for each person relocated.",
			[]want{{"four", "rwanda_relocations", "level"}, {"£179m", "rwanda_scheme_cost", "level"}, {"£20,000", "payment_to_rwanda", "level"}}},
		{"two verbs joined by or: the passive still names the count",
			"A pilot treaty with Paris began in August 2025. By 30 June, 1,460 people who crossed by boat had been flown or ferried back to France, about 4% of those who have arrived by small boat since then.",
			[]want{{"1,460", "returns", "level"}, {"about 4%", "", "share"}}},
		{"a figure joined by and to one of other is other too",
			"At the Channel ports, immigration officers detained 412 people in March, and 388 in April.",
			[]want{{"412", "other", "level"}, {"388", "other", "level"}}},
		{"caseworkers are staff",
			"The Home Office has doubled the number of asylum caseworkers deciding claims since July 2024.",
			[]want{{"doubled", "other", "ratio"}}},
		{"the clause before while is another figure's",
			"Long-term immigration fell 14% to 798,000 while emigration rose to 627,000 from 594,000, the statisticians said.",
			[]want{{"14%", "immigration", "percent_change"}, {"798,000", "immigration", "level"}, {"627,000", "emigration", "level"}, {"594,000", "emigration", "level"}}},
		{"people who moved abroad emigrated",
			"Some 868,900 people arrived from abroad to live in England and Wales, while 661,500 moved abroad, an increase of 21%.",
			[]want{{"Some 868,900", "immigration", "level"}, {"661,500", "emigration", "level"}, {"21%", "emigration", "percent_change"}}},
		{"a revised estimate is of what it estimates, not of the cause of the revision",
			"Our mid-2024 population estimate has been revised down by 34,900, to 61,777,400, mainly because net international migration was revised down by 34,600.",
			[]want{{"34,900", "population", "change"}, {"61,777,400", "population", "level"}, {"34,600", "net_migration", "change"}}},
		{"children in a council's care are none of the vocabulary's measures",
			"The county council is responsible for 598 unaccompanied children, as well as 1,160 care leavers. Since the scheme began, it has transferred 2,290 children to other councils.\n\nBy December, 190 people had been transferred to France under the returns agreement.",
			[]want{{"598", "other", "level"}, {"1,160", "other", "level"}, {"2,290", "other", "level"}, {"190", "returns", "level"}}},
		{"a deal is no payment",
			"Two years on, the £690m Rwanda lesson hangs over Labour's deal with France.",
			[]want{{"£690m", "rwanda_scheme_cost", "level"}}},
		{"people sent back across the Channel are returns",
			"The Rwanda scheme flew four volunteers to Kigali. Its successor has sent more than 1,250 people back across the Channel.",
			[]want{{"four", "rwanda_relocations", "level"}, {"more than 1,250", "returns", "level"}}},
		{"a consequence after \", so\" is a clause of its own",
			"There were 588,100 births and 561,400 deaths, so natural change (births minus deaths) added 26,700 people.",
			[]want{{"588,100", "births", "level"}, {"561,400", "deaths", "level"}, {"26,700", "natural_change", "change"}}},
		{"a concession after the figure does not name it",
			"Small-boat arrivals rose again in the year. Syrian arrivals doubled, despite the Home Office pausing decisions on Syrian claims.",
			[]want{{"doubled", "small_boat_arrivals", "ratio"}}},
		{"a capacity is not a count of arrivals",
			"Most arrive at Dover by dinghy. The council's reception centres, which can take up to 105 children, are close to full.",
			[]want{{"up to 105", "other", "level"}}},
		{"\"we have revised our estimate\" is the statistics office's headline estimate, net migration",
			"Immigration fell to 898,000. Using more complete travel data, we have revised our estimate for 2024 up by 21,000 to 409,000.",
			[]want{{"898,000", "immigration", "level"}, {"21,000", "net_migration", "change"}, {"409,000", "net_migration", "level"}}},
		{"what Rwanda receives per person is a payment; what pays for staff is the scheme's cost",
			"The Rwanda scheme cost £700m. The remaining £270m or so paid for staff, IT systems and legal fees. Rwanda would also have received £20,000 for every person sent there.",
			[]want{{"£700m", "rwanda_scheme_cost", "level"}, {"£270m or so", "rwanda_scheme_cost", "level"}, {"£20,000", "payment_to_rwanda", "level"}}},
		{"the than of the figure before is not this one's",
			"Asylum backlog falls by more than a third – but almost 29,000 people are still living in hotels\n\nThe queue of people awaiting a ruling on their asylum claim has shrunk by more than a third.",
			[]want{{"more than a third", "asylum_backlog", "percent_change"}, {"almost 29,000", "other", "level"}, {"more than a third", "asylum_backlog", "percent_change"}}},
		{"a sum paid to France is no payment to Rwanda",
			"The previous government handed Rwanda £290million before the scheme was axed, and Britain has so far paid France £318million for extra patrols.",
			[]want{{"£290million", "payment_to_rwanda", "level"}, {"£318million", "other", "level"}}},
		{"a count with no noun of its own goes on with the figure of its size before it",
			"Channel crossings rise again\n\nSmall boats keep coming. Last month 12,900 people were housed in 88 hotels. At the height of the crisis there were more than 300.",
			[]want{{"12,900", "other", "level"}, {"88", "other", "level"}, {"more than 300", "other", "level"}}},
		{"a bare count after a figure of what no measure counts",
			"Coastguards counted 52 deaths in the Channel in 2024, and at least 11 so far this year.",
			[]want{{"52", "other", "level"}, {"at least 11", "other", "level"}}},
		{"a bare count after a count of crossings is a count of crossings",
			"Officials counted 21,300 crossings of the Channel in 2024, and at least 11,000 so far this year.",
			[]want{{"21,300", "small_boat_arrivals", "level"}, {"at least 11,000", "small_boat_arrivals", "level"}}},
		{"the first few hundred mark a threshold",
			"Auditors said that flying the first 250 asylum seekers to Kigali would cost at least £400m.",
			[]want{{"250", "other", "level"}, {"at least £400m", "", "level"}}},
		{"a figure on a line of its own counts what the line under it names",
			"Asylum in numbers\n\n2,480\n\nThe number of people sent back to their home countries from January to March.\n\nAt least 12\n\nPeople known to have drowned off the French coast this year, down from at least 40 in 2024.\n\n31,200\n\nThat is how many people reached Britain in dinghies during 2025.\n\nIt is 4,100 fewer than in 2024.",
			[]want{{"2,480", "returns", "level"}, {"At least 12", "other", "level"}, {"at least 40", "other", "level"}, {"31,200", "small_boat_arrivals", "level"}, {"4,100", "small_boat_arrivals", "change"}}},
		{"\"it\" stands for what its own sentence names before it",
			"Wales grew by 0.3% last year. Emigration from the UK has climbed since the pandemic, and the statisticians now think it stood at 610,000 in 2025.",
			[]want{{"0.3%", "population", "percent_change"}, {"610,000", "emigration", "level"}}},
		{"a ratio in the sentence after an average is of the count averaged",
			"Officials say 880 migrants crossed in 15 dinghies on Friday, an average of 59 per boat. That was more than three times as many as on the same day in 2025.",
			[]want{{"880", "small_boat_arrivals", "level"}, {"15", "small_boats", "level"}, {"59", "small_boat_arrivals", "average"}, {"more than three times", "small_boat_arrivals", "ratio"}}},
		{"a town of so many people is a population; people who moved away emigrated",
			"The mayor said Ashby is a town of 96,000 people. Some 12,000 people moved to the county during the year and 9,800 moved away.",
			[]want{{"96,000", "population", "level"}, {"Some 12,000", "immigration", "level"}, {"9,800", "emigration", "level"}}},
		{"the noun a later figure is of is not this one's",
			"Small boats\n\nMigrants keep landing in Kent. Another 350 people were seen near a town of 6,000 on Monday.",
			[]want{{"350", "small_boat_arrivals", "level"}, {"6,000", "population", "level"}}},
		{"polling day is a date, not a poll",
			"More than 3,000 migrants have crossed the Channel since polling day.",
			[]want{{"More than 3,000", "small_boat_arrivals", "level"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ms := x.Extract(c.text, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC))
			if len(ms) != len(c.want) {
				t.Fatalf("%d mentions, want %d: %+v", len(ms), len(c.want), ms)
			}
			for i, w := range c.want {
				m := ms[i]
				if m.Quote != w.quote {
					t.Errorf("mention %d: quote %q, want %q", i, m.Quote, w.quote)
				}
				if w.measure != "" && m.Measure != w.measure {
					t.Errorf("%q: measure %s, want %s", m.Quote, m.Measure, w.measure)
				}
				if w.statistic != "" && m.Statistic != w.statistic {
					t.Errorf("%q: statistic %s, want %s", m.Quote, m.Statistic, w.statistic)
				}
			}
		})
	}
}

// A figure whose sentence names no measure is about what the section
// heading it stands under names; the headline is the document's topic, not
// a section's.
func TestSectionHeading(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	text := "Border figures for the autumn\n\n" +
		"Officials published the quarterly tables on Thursday, a week later than planned.\n\n" +
		"Asylum applications\n\n" +
		"By nationality, the largest groups were Afghans with 6,120 and Eritreans with 5,480.\n\n" +
		"Returns\n\n" +
		"Of those, 2,950 went back to Albania and 1,310 to India.\n\n" +
		"People housed in hotels\n\n" +
		"The total stood at 24,300 at the end of June.\n"
	want := map[string]string{"6,120": "asylum_applications", "5,480": "asylum_applications", "2,950": "returns", "1,310": "returns", "24,300": "other"}
	wantMeasures(t, x, text, want)
}

// One flow exceeding the other by a number is net migration, negative when
// more left; long-term arrivals are immigration; a cue that leads the next
// figure ("the net inflow hits 3,100") is that figure's. (The first figure
// of each sentence is checked.)
func TestFlowExcess(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text    string
		measure string
		value   float64
	}{
		{"Among Irish citizens, departures exceeded arrivals by 4,300 in 2031.", "net_migration", -4300},
		{"Students arriving outnumbered those leaving by 39,000 last year.", "net_migration", 39000},
		{"Irish nationals leaving outnumbered those returning by an estimated 5,100.", "net_migration", -5100},
		{"About 655,000 people arrived intending to stay a year or more.", "immigration", 655000},
		{"In its autumn release the ONS trimmed its figure for 2030 to 204,000.", "net_migration", 204000},
		{"Migration lifts the county's population past 2.41 million as net inflow hits 6,800.", "population", 2410000},
		{"The agency estimates that 1,774,200 people were living here at mid-2031.", "population", 1774200},
	} {
		ms := x.Extract(c.text, time.Time{})
		if len(ms) == 0 || ms[0].Value == nil {
			t.Errorf("%q: %+v", c.text, ms)
			continue
		}
		if ms[0].Measure != c.measure || *ms[0].Value != c.value {
			t.Errorf("%q: %s %v, want %s %v", c.text, ms[0].Measure, *ms[0].Value, c.measure, c.value)
		}
	}
}

// A sum per day or per year is no payment to Rwanda, which the vocabulary
// counts as sums paid, whatever Rwanda the sentences around it name.
func TestRatesAreNoPayments(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	ms := x.Extract("Kigali has kept the £240m it was given. Meanwhile taxpayers paid more than £4million a day for asylum hotel rooms in 2030/31.", time.Time{})
	if len(ms) != 2 || ms[0].Measure != "payment_to_rwanda" || ms[1].PerPeriod != "day" || ms[1].Measure == "payment_to_rwanda" || ms[1].Measure == "rwanda_scheme_cost" {
		t.Errorf("%+v", ms)
	}
}

// The rows of a table whose labels name no measure are about what its
// title names; a row whose label names one keeps it; a column's header
// says what its cells are.
func TestTableTitle(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	text := "Table 2: Visas granted by route, 2030 and 2031\n\n" +
		"Route | 2030 | 2031\n" +
		"Study | 391,200 | 377,800\n" +
		"Family | 70,400 | 66,100\n" +
		"Asylum applications | 88,200 | 81,900\n\n" +
		"Table 3: Albania and India, 2031\n\n" +
		"Nationality | Asylum claims | Removals and voluntary returns\n" +
		"Albania | 6,240 | 4,410\n"
	want := map[string]string{"391,200": "visas_granted", "377,800": "visas_granted", "70,400": "visas_granted", "66,100": "visas_granted",
		"88,200": "asylum_applications", "81,900": "asylum_applications",
		"6,240": "asylum_applications", "4,410": "returns"}
	wantMeasures(t, x, text, want)
}

// A table's header says what its cells count: a row labelled with a group
// ("All nationalities") counts people, and a signed cell is a change only
// in a column of changes.
func TestTableCells(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	text := "Table 4: Long-term migration by nationality, UK, 2031\n\n" +
		"Nationality | Immigration | Emigration | Net migration\n" +
		"Irish | 21,000 | 26,000 | -5,000\n" +
		"All nationalities | 790,000 | 610,000 | 180,000\n\n" +
		"Table 5: Revisions, UK\n\n" +
		"Period | First estimate | Latest estimate | Revision\n" +
		"2030 | 204,000 | 229,000 | +25,000\n"
	type want struct{ measure, statistic, unit string }
	wants := map[string]want{
		"21,000": {"immigration", "level", "persons"}, "26,000": {"emigration", "level", "persons"}, "-5,000": {"net_migration", "level", "persons"},
		"790,000": {"immigration", "level", "persons"}, "610,000": {"emigration", "level", "persons"}, "180,000": {"net_migration", "level", "persons"},
		"+25,000": {"net_migration", "change", "persons"},
	}
	for _, m := range x.Extract(text, time.Time{}) {
		w, ok := wants[m.Quote]
		if !ok {
			continue
		}
		delete(wants, m.Quote)
		if got := (want{m.Measure, m.Statistic, m.Unit}); got != w {
			t.Errorf("%q: %+v, want %+v", m.Quote, got, w)
		}
	}
	for q := range wants {
		t.Errorf("%q not extracted", q)
	}
}

// A heading whose cues speak for other says the rows under it are none of
// the vocabulary's measures, even in a document about asylum claims.
func TestHeadingOfOther(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	text := "Asylum claims rose again this year, officials said on Thursday in their quarterly release.\n\n" +
		"People in dispersed asylum accommodation, selected council areas\n\n" +
		"Area | June 2030 | June 2031\nLeeds | 1,410 | 1,650\nWakefield | 420 | 575\n"
	wantMeasures(t, x, text, map[string]string{"1,410": "other", "1,650": "other", "420": "other", "575": "other"})
}

// A table's title that names a currency and a scale ("£ million") makes
// its plain cells sums of money of that size, read as the recogniser reads
// "£2.35m"; a column whose header names no measure, beside one whose header
// does, is other.
func TestTableCurrencyScale(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	text := "The council published its accounts on Monday.\n\n" +
		"Table 2. Asylum support spending and council budget, £ million, cash terms\n\n" +
		"Year | Asylum support spending | Council budget | Change (%)\n" +
		"2029–30 | 2.35 | 410.7 | -4\n"
	ms := x.Extract(text, time.Time{})
	want := map[string]struct {
		value   float64
		measure string
	}{"2.35": {2350000, "asylum_cost"}, "410.7": {410700000, "other"}, "-4": {-4, ""}}
	if len(ms) != len(want) {
		t.Fatalf("%d mentions, want %d: %+v", len(ms), len(want), ms)
	}
	for _, m := range ms {
		w, v := want[m.Quote], math.NaN()
		if m.Value != nil {
			v = *m.Value
		}
		if m.Quote == "-4" { // a column of percentages: not a sum of money
			if v != w.value || m.Unit != "percent" {
				t.Errorf("%q: value %v unit %s, want %v percent", m.Quote, v, m.Unit, w.value)
			}
			continue
		}
		if v != w.value || m.Unit != "GBP" || m.Measure != w.measure {
			t.Errorf("%q: value %v unit %s measure %s, want %v GBP %s", m.Quote, v, m.Unit, m.Measure, w.value, w.measure)
		}
	}
}

// In a table that breaks a measure down ("Returns by type"), a column
// whose header names no measure is still of that measure.
func TestBreakdownTableColumns(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	text := "The department published the figures on Thursday.\n\n" +
		"Table 4: Returns by type of return, selected years\n\n" +
		"Year | Enforced returns | Voluntary | Total\n" +
		"2031 | 8,100 | 21,000 | 29,100\n"
	want := map[string]string{"8,100": "returns", "21,000": "returns", "29,100": "returns"}
	wantMeasures(t, x, text, want)
}

// A table's long title is still its heading, and a column of changes holds
// the change of the title's measure.
func TestChangeColumn(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	text := "The figures were published on Tuesday by the statistics office.\n\n" +
		"Table 3: Population and components of change, the four nations of the UK, mid-2030 to mid-2031\n\n" +
		"Country | Mid-2031 population | Change since mid-2030 | Natural change\n" +
		"Wales | 3,214,900 | 11,800 | -7,100\n"
	want := map[string]string{"3,214,900": "population", "11,800": "population_change", "-7,100": "natural_change"}
	wantMeasures(t, x, text, want)
}

// A share that goes on with a share of the population ("the figure was
// one in eight") is a share of the population too, though the population
// is counted only in people, in a document about another measure.
func TestShareGoesOnWithPopulationShare(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	text := "Channel crossings\n\nAbout 21,000 people reached Kent in small boats last year, officials said.\n\n" +
		"The census tells another story. In 2031, 7 million residents of England, or 12.4%, were born abroad: roughly one in eight. " +
		"In Wales, counted a year later, the figure was about one in 20.\n"
	want := map[string]string{"About 21,000": "small_boat_arrivals", "7 million": "population", "12.4%": "population",
		"roughly one in eight": "population", "about one in 20": "population"}
	wantMeasures(t, x, text, want)
}

// A share, ratio or average whose sentence, and the one before, name no
// measure of the vocabulary is of something else, whatever the story is
// about; one next to a word for the story's measure is of that measure.
func TestShareWithoutCueIsOther(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	text := "Net migration falls again\n\nNet migration to the UK fell to 210,000 in the year to June, the ONS said. " +
		"Net migration had been 330,000 a year earlier.\n\n" +
		"Young graduates talk mostly about housing. Few of them expect to own a home soon. " +
		"A flat in the city now costs more than nine times a typical salary. In some seaside towns one in four people is over 70.\n\n" +
		"The estimate is revised often. Revisions since the first estimate have added about a fifth.\n"
	want := map[string]string{"210,000": "net_migration", "330,000": "net_migration",
		"more than nine times": "other", "one in four": "other", "about a fifth": "net_migration"}
	wantMeasures(t, x, text, want)
}

// A line of a "by numbers" panel gives the figure and then, after a dash,
// what it counts.
func TestByNumbersPanelUnits(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	text := "Crossings hit a new high as 900 people reach Kent in one day.\n\nIN NUMBERS\n\n" +
		"900 – people who crossed on Friday\n\n17 – small boats\n\n3 - boats stopped on the beach\n"
	ms := x.Extract(text, time.Time{})
	want := map[string]string{"900": "persons", "17": "boats", "3": "boats"}
	got := map[string]string{}
	for _, m := range ms {
		if m.Start > 20 {
			got[m.Quote] = m.Unit
		}
	}
	if !maps.Equal(got, want) {
		t.Errorf("units %v, want %v", got, want)
	}
}

// A share is of the whole named after it: a whole whose words name no
// measure clearly ("of workers", "of staff") makes it other, in a story on immigration; one that
// names a measure, refers back, or goes on past its verb does not.
func TestShareOfPlainWhole(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	text := "Immigration to the UK fell by a fifth in 2031, the statistics office said.\n\n" +
		"In Leeds 38% of workers were born overseas, the council said. In Bradford 21% of staff came from abroad. " +
		"Some 62% of asylum claims came from people who had crossed the Channel. " +
		"About 90% of people who arrive on work visas are still here after a year.\n"
	want := map[string]string{"a fifth": "immigration", "38%": "other", "21%": "other", "Some 62%": "asylum_applications", "About 90%": "visas_granted"}
	wantMeasures(t, x, text, want)
}

// "Net immigration" and "net emigration" are net migration, not
// immigration or emigration.
func TestNetImmigrationIsNetMigration(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	text := "Net immigration to Spain rose by about a quarter last year. Italy recorded net emigration of 40,000.\n"
	wantMeasures(t, x, text, map[string]string{"about a quarter": "net_migration", "40,000": "net_migration"})
}

// "People detected" is how the Home Office counts small-boat arrivals: in a
// story on small boats the word does not make them irregular arrivals by
// every route, which a story on those still counts.
func TestDetectedInASmallBoatStory(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	text := "Small boat crossings\n\nSome 3,900 people crossed the Channel in small boats in May.\n\nApril remains the peak month, with 4,450 people detected.\n"
	wantMeasures(t, x, text, map[string]string{"Some 3,900": "small_boat_arrivals", "4,450": "small_boat_arrivals"})
	text = "Irregular arrivals by every route\n\nIrregular arrivals rose to 11,200 in the quarter, with 2,100 detections at ports and airports.\n\nMay remains the peak month, with 4,450 people detected.\n"
	wantMeasures(t, x, text, map[string]string{"11,200": "irregular_arrivals", "2,100": "irregular_arrivals", "4,450": "irregular_arrivals"})
}

// wantMeasures checks that the figures extracted from text are those of
// want, by quote, each with its measure.
func wantMeasures(t *testing.T, x *Extractor, text string, want map[string]string) {
	t.Helper()
	ms := x.Extract(text, time.Time{})
	if len(ms) != len(want) {
		t.Fatalf("%d mentions, want %d: %+v", len(ms), len(want), ms)
	}
	for _, m := range ms {
		if m.Measure != want[m.Quote] {
			t.Errorf("%q: %s, want %s", m.Quote, m.Measure, want[m.Quote])
		}
	}
}

// A table written in Markdown: bars at both ends of each row and a rule
// row ("|---|---|") under the header, which is no header itself; the cells
// take their column's measure. Under a label column headed "Year ending",
// a row's month is the end of a year: "Mar 2031" is April 2030 to March 2031.
func TestMarkdownTable(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	text := "Migration estimates were revised again on Thursday, the statistics office said in its release.\n\n" +
		"| Year ending | Immigration | Emigration | Net migration |\n" +
		"|:---|---:|---:|---:|\n" +
		"| Mar 2031 | 1,104,000 | 512,000 | 592,000 |\n" +
		"| Mar 2032 | 884,000 | 530,000 | 354,000 |\n"
	type want struct{ measure, from, to string }
	wants := map[string]want{
		"1,104,000": {"immigration", "2030-04-01", "2031-03-31"}, "512,000": {"emigration", "2030-04-01", "2031-03-31"},
		"592,000": {"net_migration", "2030-04-01", "2031-03-31"}, "884,000": {"immigration", "2031-04-01", "2032-03-31"},
		"354,000": {"net_migration", "2031-04-01", "2032-03-31"},
	}
	for _, m := range x.Extract(text, time.Date(2032, 5, 21, 0, 0, 0, 0, time.UTC)) {
		w, ok := wants[m.Quote]
		if !ok {
			continue
		}
		delete(wants, m.Quote)
		if got := (want{m.Measure, m.PeriodStart.Format(time.DateOnly), m.PeriodEnd.Format(time.DateOnly)}); got != w {
			t.Errorf("%q: %+v, want %+v", m.Quote, got, w)
		}
	}
	for q := range wants {
		t.Errorf("%q not extracted", q)
	}
}

// Under a label column headed "Year ending September", a row's calendar
// year is the year to that September.
func TestYearEndingMonthHeader(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	text := "Asylum claims, UK\n\nYear ending September | Claims\n2031 | 99,800\n2032 | 110,000\n\n" +
		"Calendar year | Claims\n2031 | 84,200\n"
	want := map[string][2]string{"99,800": {"2030-10-01", "2031-09-30"}, "110,000": {"2031-10-01", "2032-09-30"}, "84,200": {"2031-01-01", "2031-12-31"}}
	for _, m := range x.Extract(text, time.Date(2032, 11, 27, 0, 0, 0, 0, time.UTC)) {
		w, ok := want[m.Quote]
		if !ok {
			continue
		}
		delete(want, m.Quote)
		if got := [2]string{m.PeriodStart.Format(time.DateOnly), m.PeriodEnd.Format(time.DateOnly)}; got != w {
			t.Errorf("%q: %v, want %v", m.Quote, got, w)
		}
	}
	for q := range want {
		t.Errorf("%q not extracted", q)
	}
}
