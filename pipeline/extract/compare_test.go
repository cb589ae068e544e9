package extract

import (
	"testing"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"
)

// Figures joined to a comparison ("up from 49 in 2023 and 41 in 2022") are
// the same kind of figure; a ratio is of the figure it follows.
func TestComparedFigures(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	ms := x.Extract("Officials counted an average of 61 people per dinghy, up from 50 in 2029 and 38 in 2028.", time.Time{})
	if len(ms) != 3 {
		t.Fatalf("%+v", ms)
	}
	for _, m := range ms {
		if m.Statistic != "average" || m.Measure != "small_boat_arrivals" {
			t.Errorf("%q: %s %s, want an average of small boat arrivals", m.Quote, m.Measure, m.Statistic)
		}
	}
	if ms[2].PeriodStart.Year() != 2028 {
		t.Errorf("%q: period %v", ms[2].Quote, ms[2].PeriodStart)
	}
	ms = x.Extract("Spending on asylum support reached £6.1bn in 2030/31, nearly three times as much as in 2026/27.", time.Time{})
	if len(ms) != 2 || ms[1].Statistic != "ratio" || ms[1].Measure != "asylum_cost" || *ms[1].Value != 3 {
		t.Errorf("ratio: %+v", ms)
	}
}

// Identifiers and conditions are not counts.
func TestNotCounts(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"The trust is a registered charity (no. 2038841) based in Folkestone.",
		"Quote reference 784512 when you write to the council.",
		"A further £90m is due once 250 people have been moved.",
	} {
		for _, m := range x.Extract(text, time.Time{}) {
			if m.Quote != "£90m" {
				t.Errorf("%q: extracted %q", text, m.Quote)
			}
		}
	}
}

// A figure in brackets with no cue of its own is about what the sentence is
// about, not about the words next to it.
func TestBracketedFigure(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	ms := x.Extract("Emigration rose sharply, above all among people who first arrived on student visas (64,000 in 2031).", time.Time{})
	if len(ms) != 1 || ms[0].Measure != "emigration" {
		t.Errorf("%+v", ms)
	}
}

// A figure with no noun of its own counts what its sentence, or the one
// before, says it counts: hotels are not people.
func TestBareCountUnit(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text  string
		units map[string]string // quote: unit
	}{
		{"Barracks in use fell from more than 30 sites at the start of 2031 to 12.",
			map[string]string{"more than 30": "other", "12": "other"}},
		{"In Dunmore the number roughly doubled, from 140 to 270, after 85 refugee households were placed in bed and breakfasts.",
			map[string]string{"140": "persons", "270": "persons", "85": "other"}},
		{"The council put 85 refugee households in bed and breakfasts. In Dunmore the number roughly doubled, from 140 to 270.",
			map[string]string{"85": "other", "140": "other", "270": "other"}},
		{"The department said it would shut every one of the hotels on its books. By October 62 of them were still taking guests.",
			map[string]string{"62": "other"}},
		{"Some 9,400 people were on support in the county, 2,350 of them in hotels.",
			map[string]string{"Some 9,400": "persons", "2,350": "persons"}},
		{"The number of job vacancies fell to 702,000, and employers counted 118,000 vacant posts in care.",
			map[string]string{"702,000": "other", "118,000": "other"}},
		{"The council looked after 390 children and moved 1,420 to other authorities last year.",
			map[string]string{"390": "persons", "1,420": "persons"}},
		{"Overseas recruits starting care jobs fell from 98,000 in 2030 to about 46,000. Small boat arrivals rose to 31,200.",
			map[string]string{"98,000": "persons", "about 46,000": "persons", "31,200": "persons"}},
		{"Hotels in use slipped to 97, from 118 at the end of June.",
			map[string]string{"97": "other", "118": "other"}},
		{"Hotels on the coast housed 4,200 people in June.",
			map[string]string{"4,200": "persons"}},
		{"The number of boats launched fell by 18% to 138, and the number of hotels by 12% to 218.",
			map[string]string{"138": "boats", "218": "other"}},
		{"Population density was 286 people per square kilometre, against 5,700 residents per sq km in the borough and 12 per hectare in the county.",
			map[string]string{"286": "other", "5,700": "other", "12": "other"}},
		{"The minister said 58 hotels had closed. At the 2029 peak, more than 300 were in use.",
			map[string]string{"58": "other", "more than 300": "other"}},
		{"A former care home in Rhyl now houses asylum seekers. It is one of 7 still in use in the county.",
			map[string]string{"7": "other"}},
		{"The count of barges peaked in 2029 at 6.",
			map[string]string{"6": "other"}},
		{"Measure | 2030 | 2031\nHotels in use at the end of March | 240 | 205\nPeople in hotels at the end of March | 35,900 | 28,300",
			map[string]string{"240": "other", "205": "other", "35,900": "persons", "28,300": "persons"}},
		{"Women in Wales were having 1.38 children each on average in 2030.",
			map[string]string{"1.38": "other"}},
		{"The fertility rate in Scotland fell to 1.29 children per woman.",
			map[string]string{"1.29": "other"}},
		// the figure a change is measured against counts what changed, not
		// the first count of the sentence nor the things counted "in"
		{"In Carlow four hostels were housing 530 refugees at the end of May, down a fifth on the 660 of May 2030.",
			map[string]string{"530": "persons", "660": "persons"}},
		{"Since January 12,840 people have landed in 231 boats, 14% fewer than the 14,930 at this point last year.",
			map[string]string{"12,840": "persons", "231": "boats", "14,930": "persons"}},
		{"The county ran 63 hostels in March, up 5% on 60 a year earlier.",
			map[string]string{"63": "other", "60": "other"}},
		// a list goes on from the count before the brackets, and its
		// brackets hold rates as the first ones did
		{"Cardiff had 1,940 people in the scheme (12 per 1,000 residents), Swansea 1,310 (10) and Newport 1,070 (7).",
			map[string]string{"1,940": "persons", "12": "other", "1,310": "persons", "10": "other", "1,070": "persons", "7": "other"}},
		// a count its rate restates goes on from the count before, not from
		// a rate of its size; a bare figure after a rate goes on with it
		{"In March 800 refugees lived in council flats in Oldham, 31 for every 10,000 residents. In Bury there were 150, or 7.9 per 10,000.",
			map[string]string{"800": "persons", "31": "other", "150": "persons", "7.9": "other"}},
		{"Oldham had a rate of 31 per 10,000 residents. Bury was close behind at 29.",
			map[string]string{"31": "other", "29": "other"}},
		// people counted for every so many residents are a rate, and so
		// are the base of a ratio of it and the places listed after it
		{"Hull's figure works out at about 86 asylum seekers for every 10,000 residents, nearly six times the national average of 14. Across the region Hull had the highest rate, at 86 per 10,000, followed by Grimsby on 52 and Scunthorpe on 47.",
			map[string]string{"about 86": "other", "14": "other", "52": "other", "47": "other"}},
		{"Its figure works out at about 112 asylum seekers for every 10,000 residents.",
			map[string]string{"about 112": "other"}},
		// a part is no larger than its whole: not the rate
		{"Derry had 63 per 10,000 residents. About 240 of them were living in two hotels.",
			map[string]string{"63": "other", "About 240": "persons"}},
		// (a list of counts, each with its rate, goes on with the counts)
		{"Leeds housed the most, 1,740, or 21 per 10,000, followed by York on 1,310 (19).",
			map[string]string{"1,740": "persons", "21": "other", "1,310": "persons"}},
		// the peak of the count the sentence opens with, after its year
		{"The number of asylum hotels has more than halved since the spring 2030 peak of 388.",
			map[string]string{"388": "other"}},
		// a count the base of a comparison is, told in a clause of its own
		{"The target is 8,700, which is 1,400 lower than the 10,100 the county houses.",
			map[string]string{"8,700": "persons", "1,400": "persons", "10,100": "persons"}},
		// a box's label that says where the people are, not what it counts
		{"KEY FIGURES\nPeople on asylum support: 2,480\nIn hotels: 390\nIn Swansea: 610",
			map[string]string{"2,480": "persons", "390": "persons", "610": "persons"}},
		// the parts of a whole the sentence opens with count what it counts
		{"Bradford has taken in 74 Sudanese families since 2029. Of the 74 families, 51 came through the scheme and 23 through family reunion. Of the 212 people housed, 160 were children.",
			map[string]string{"51": "other", "23": "other", "160": "persons"}},
		// a part is no larger than its whole: "them" are the people
		{"By the end of May, 18,230 refugees were staying in 97 hostels across the country, 15,110 of them in England.",
			map[string]string{"18,230": "persons", "97": "other", "15,110": "persons"}},
	} {
		ms := x.Extract(c.text, time.Time{})
		got := map[string]string{}
		for _, m := range ms {
			got[m.Quote] = m.Unit
		}
		for q, u := range c.units {
			if got[q] != u {
				t.Errorf("%q: %q has unit %q, want %q (all: %v)", c.text, q, got[q], u, got)
			}
		}
	}
}

// One count set against each of another is a ratio the vocabulary has no
// measure for.
func TestForEveryRatio(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, quote string }{
		{"Across the county there were 1.7 jobseekers for every vacancy in March.", "1.7"},
		{"For each resident aged 65 or over there were 2.9 people of working age in 2031.", "2.9"},
		{"Today there are about three people of working age for every pensioner.", "about three"},
	} {
		ms := x.Extract(c.text, time.Time{})
		found := false
		for _, m := range ms {
			if m.Quote != c.quote {
				continue
			}
			found = true
			if m.Statistic != "ratio" || m.Unit != "other" || m.Measure != "other" {
				t.Errorf("%q: %s %s %s, want an other ratio", c.text, m.Measure, m.Statistic, m.Unit)
			}
		}
		if !found {
			t.Errorf("%q: no %q in %+v", c.text, c.quote, ms)
		}
	}
	// a count with a noun of its own after it is not set against anything
	for _, m := range x.Extract("The charity found 42 beds for every family that asked in 2030.", time.Time{}) {
		if m.Statistic == "ratio" && m.Quote == "42" {
			t.Errorf("%q: a ratio", m.Quote)
		}
	}
}

// A figure after a comparison goes on with the sentence's period, not with
// the year before that the comparison's base is of.
func TestPeriodAfterYearEarlierBase(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	ms := x.Extract("About 640,000 people left the UK in 2031, against 560,000 a year before. Of these, 300,000 were students.", time.Time{})
	want := map[string]int{"About 640,000": 2031, "560,000": 2030, "300,000": 2031}
	if len(ms) != len(want) {
		t.Fatalf("%+v", ms)
	}
	for _, m := range ms {
		if y := m.PeriodStart.Year(); y != want[m.Quote] {
			t.Errorf("%q: period starts in %d (%q), want %d", m.Quote, y, m.PeriodLabel, want[m.Quote])
		}
	}
}

// A chart written on one line names its unit before the first bar, and each
// figure is of the label before its colon.
func TestChartOnOneLine(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	x.Extract("A | 5 | 6", time.Time{}) // (a bar at the second token: nothing before it to read)
	ms := x.Extract("Net migration kept falling.\n\nChart: UK net migration, thousands | 2029: 310 | 2030: 244 | Source: ONS\n", time.Time{})
	want := map[string]struct {
		value float64
		year  int
	}{"310": {310000, 2029}, "244": {244000, 2030}}
	if len(ms) != len(want) {
		t.Fatalf("%d mentions, want %d: %+v", len(ms), len(want), ms)
	}
	for _, m := range ms {
		w := want[m.Quote]
		if m.Value == nil || *m.Value != w.value || m.PeriodStart.Year() != w.year {
			t.Errorf("%q: value %v, period %q, want %v in %d", m.Quote, m.Value, m.PeriodLabel, w.value, w.year)
		}
	}
}

// A ratio in the sentence after a count of people and a count of boats is
// of the kind of figure its own words compare it with.
func TestRatioOfTheKindItNames(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	ms := x.Extract("Officials said 980 people crossed in 16 boats on Friday.\n\nThat is nearly double Thursday's total of 510.", time.Time{})
	for _, m := range ms {
		if m.Statistic == "ratio" && m.Measure != "small_boat_arrivals" {
			t.Errorf("%q: %s, want small_boat_arrivals", m.Quote, m.Measure)
		}
	}
	if len(ms) != 4 {
		t.Errorf("%d mentions, want 4: %+v", len(ms), ms)
	}
}

// "on" before a day of a month is when the figure was, not the base of a
// comparison ("up 4% on 2030"); a day the figures came out on is no period
// of theirs; "the week to" a day is the seven days that end on it.
func TestDayAfterOnIsThePeriod(t *testing.T) {
	cases := []periodCase{
		{"Coastguards said 730 people reached Kent on 3 November.", "730", "2031-11-03", "2031-11-03"},
		{"On March 31 the council was housing 2,480 people in hotels.", "2,480", "2031-03-31", "2031-03-31"},
		{"Hotels held 9,150 people on the 30th of June, down from 11,700 a year before.", "11,700", "2030-06-30", "2030-06-30"},
		{"Claims rose 4% on 2030 to 81,200.", "4%", "", ""},
		{"Ministers said on 2 May that the scheme had cost £310m in 2030.", "£310m", "2030-01-01", "2030-12-31"},
		{"The first figures for 2030, published on 14 May, put the bill at £4.4bn.", "£4.4bn", "2030-01-01", "2030-12-31"},
		// a run of days up to one: "the week to", "the two weeks ending"
		{"Some 1,940 people crossed in the week to 9 November.", "Some 1,940", "2031-11-03", "2031-11-09"},
		{"In the two weeks ending October 26, 3,310 people arrived.", "3,310", "2031-10-13", "2031-10-26"},
		{"Police stopped 85 boats in the ten days to 1 June 2030.", "85", "2030-05-23", "2030-06-01"},
	}
	checkPeriods(t, cases)
}

// A month's own figure ("September's total"), the last or first day of a
// month, two months with no year, and "the year to the end of June" are
// periods resolved against the publication date; a possessive after a name
// is no month.
func TestMonthPeriods(t *testing.T) {
	cases := []periodCase{
		{"October's total of 2,730 crossings was the highest this year.", "2,730", "2031-10-01", "2031-10-31"},
		{"December's 880 arrivals came in 14 boats.", "880", "2030-12-01", "2030-12-31"},
		{"On the last day of September the council housed 1,760 people.", "1,760", "2031-09-30", "2031-09-30"},
		{"Between July and September, 12,400 people claimed asylum.", "12,400", "2031-07-01", "2031-09-30"},
		{"Grants reached 58,300 in the year to the end of June.", "58,300", "2030-07-01", "2031-06-30"},
		{"Sir Alan June's charity helped 640 families.", "640", "", ""},
		{"Jan's charity helped 310 families.", "310", "", ""},
	}
	checkPeriods(t, cases)
}

// periodCase is a sentence, a figure's quote in it, and the days its period
// should run from and to ("" for none), for documents published on
// 20 November 2031.
type periodCase struct {
	text, quote, from, to string
}

func checkPeriods(t *testing.T, cases []periodCase) {
	t.Helper()
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2031, time.November, 20, 0, 0, 0, 0, time.UTC)
	day := func(d model.Date) string {
		if d.IsZero() {
			return ""
		}
		return d.Format(time.DateOnly)
	}
	for _, c := range cases {
		found := false
		for _, m := range x.Extract(c.text, pub) {
			if m.Quote != c.quote {
				continue
			}
			found = true
			if from, to := day(m.PeriodStart), day(m.PeriodEnd); from != c.from || to != c.to {
				t.Errorf("%q in %q: period %q %s..%s, want %s..%s", c.quote, c.text, m.PeriodLabel, from, to, c.from, c.to)
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", c.text, c.quote)
		}
	}
}

// A figure in brackets after "the previous year", in a sentence that names
// its own period, is of the year before that period, not of the calendar
// year before publication.
func TestPreviousYearOfTheSentencesPeriod(t *testing.T) {
	checkPeriods(t, []periodCase{
		{"There were 45,180 people detected arriving by small boat in the year ending September 2031, 38% more than in the previous year (32,690).", "32,690", "2029-10-01", "2030-09-30"},
		{"There were 43,310 irregular arrivals in the year ending June 2031, an increase of 26% compared with the previous year (34,400).", "34,400", "2029-07-01", "2030-06-30"},
		{"Arrivals rose to 7,320 in the first quarter of 2031, double the previous year (3,600).", "3,600", "2030-01-01", "2030-03-31"},
		// (a sentence with no period of its own keeps the phrase's)
		{"Grants fell to 49,000, from the previous year (61,000).", "61,000", "2030-01-01", "2030-12-31"},
	})
}

// A phrase that puts a figure a year back ("a year earlier", "on the same
// period 12 months earlier") is the base of the figure it follows: a later
// figure of the sentence that goes on with the period before does not move
// back again, and not twice.
func TestYearEarlierIsTheBaseOfItsFigure(t *testing.T) {
	checkPeriods(t, []periodCase{
		{"Removals reached 24,100 in the year to June 2031. This includes 6,340 enforced returns, up 24% on the same period 12 months earlier, and 2,930 offenders, an increase of 21%.", "21%", "2030-07-01", "2031-06-30"},
		{"Removals reached 24,100 in the year to June 2031. This includes 6,340 enforced returns, up 24% on the same period 12 months earlier, and 2,930 offenders, an increase of 21%.", "2,930", "2030-07-01", "2031-06-30"},
		// ("when" opens a clause on the earlier time)
		{"At 30 September 2031, 61,300 people were waiting. This was 32% lower than a year earlier, when the figure stood at 89,700.", "89,700", "2030-09-30", "2030-09-30"},
	})
}

// The date in brackets after "today" is the day of a statement, not the
// period of its figures when the sentence names one.
func TestTodaysDateIsTheStatements(t *testing.T) {
	checkPeriods(t, []periodCase{
		{"The Home Secretary has today (11 March 2031) confirmed that 24,103 people with no right to be in the UK have been returned since 5 July 2030.", "24,103", "2030-07-05", "2031-11-20"},
	})
}

// A figure in a "when" clause on the year a superlative counts from is of
// that year.
func TestFigureOfTheYearSince(t *testing.T) {
	checkPeriods(t, []periodCase{
		{"Applications were the highest since 2002, when there were 103,081 applications.", "103,081", "2002-01-01", "2002-12-31"},
		{"Births have fallen by nearly a fifth since 2012, when 729,700 babies were born.", "729,700", "2012-01-01", "2012-12-31"},
		{"In the year ending September 2031 there were 97,886 applications, 15% more than in the previous year and the highest annual number since 2002, when there were 103,081.", "103,081", "2002-01-01", "2002-12-31"},
	})
}

// An estimate's margin does not stand between the estimate and its period.
func TestMarginKeepsThePeriod(t *testing.T) {
	checkPeriods(t, []periodCase{
		{"Net migration was revised to 431,000 +/- 52,000 in the year ending December 2030.", "431,000", "2030-01-01", "2030-12-31"},
		{"Net migration was revised to 431,000, plus or minus 52,000, in the year ending December 2030.", "431,000", "2030-01-01", "2030-12-31"},
	})
}

// A document that says what period its figures are of gives that period to
// a figure that has none of its own; a statement of what comparisons are
// with names a base, not the figures' period, and a figure with a period of
// its own keeps it.
func TestStatedPeriod(t *testing.T) {
	checkPeriods(t, []periodCase{
		{"Asylum in the UK\n\nFigures are for the year ending March 2031 unless otherwise stated.\n\nThe UK received 84,000 asylum claims.", "84,000", "2030-04-01", "2031-03-31"},
		{"This release covers the year ending June 2031.\n\nSome 312,000 study visas were granted to main applicants.", "Some 312,000", "2030-07-01", "2031-06-30"},
		{"All figures in this briefing relate to 2030.\n\nThe UK received 84,000 asylum claims, and 61,000 in 2029.", "61,000", "2029-01-01", "2029-12-31"},
		{"All comparisons are with the year ending June 2030 unless stated otherwise.\n\nSome 312,000 study visas were granted to main applicants.", "Some 312,000", "", ""},
	})
}
