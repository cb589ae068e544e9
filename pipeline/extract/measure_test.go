package extract

import (
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
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	type want struct{ quote, measure, statistic string }
	cases := []struct {
		name string
		text string
		want []want
	}{
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
		{"'the number of' names what it counts",
			"The backlog has moved elsewhere. The number of appeals waiting to be heard rose to more than 40,000.",
			[]want{{"more than 40,000", "other", "level"}}},
		{"a repeated figure keeps its measure",
			"Ministers said the Rwanda scheme had cost £715m in total.\n\nFor £715m, one critic said, the asylum system could have hired hundreds more caseworkers.",
			[]want{{"£715m", "rwanda_scheme_cost", "level"}, {"£715m", "rwanda_scheme_cost", "level"}, {"hundreds", "", ""}}},
		{"a repeated figure yields to a clear cue",
			"The Rwanda scheme cost £715m.\n\nSeparately, the asylum system spent £715m on hotel accommodation in the first quarter.",
			[]want{{"£715m", "rwanda_scheme_cost", "level"}, {"£715m", "asylum_cost", "level"}}},
		{"Rwanda named a few sentences before",
			"The Rwanda partnership has been costly. No flights have left. The committee was scathing. \"The cost could reach £1.8m for every person relocated,\" its chair said.",
			[]want{{"£1.8m", "rwanda_scheme_cost", "level"}}},
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
