package check

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"
)

// A reported change is compared with the change between two official
// levels: of its period and of the year before (a flow), or at the
// period's end and at its start (a stock).
func TestChanges(t *testing.T) {
	backlog := func(id string, v float64, at string) Figure {
		f := official(id, "asylum_backlog", v, at, at, "2041-08-20")
		return f
	}
	c := New([]Figure{
		official("y40", "net_migration", 800000, "2039-07-01", "2040-06-30", "2040-11-20"),
		// the year ending June 2040 revised in the next year's release
		official("y40r", "net_migration", 900000, "2039-07-01", "2040-06-30", "2041-11-25"),
		official("y41", "net_migration", 720000, "2040-07-01", "2041-06-30", "2041-11-25"),
		official("c40", "net_migration", 500000, "2040-01-01", "2040-12-31", "2041-05-20"),
		backlog("b1", 90000, "2041-03-31"),
		backlog("b2", 81000, "2041-06-30"),
	})
	ye41 := func(quote, text, qualifier string, v float64, stat string) Figure {
		f := withPeriod(reported(quote, text, qualifier, v), "2040-07-01", "2041-06-30")
		f.Statistic, f.Published = stat, time.Date(2041, 12, 1, 0, 0, 0, 0, time.UTC)
		f.Sentence = "Net migration fell " + quote + " in the year to June 2041, the ONS said."
		if stat == "percent_change" {
			f.Unit = "percent"
		}
		return f
	}
	for _, tc := range []struct {
		name    string
		f       Figure
		verdict string
		rule    string
		ref     float64
	}{
		{"a fall in persons, against the revised base", ye41("by 180,000", "180,000", "exact", -180000, "change"),
			"consistent", "official 720,000 for 2040-07-01..2041-06-30 against 900,000 for 2039-07-01..2040-06-30 is a change of -180,000", -180000},
		{"a fall in percent, a round figure", ye41("20%", "20", "exact", -20, "percent_change"), "consistent", "means -25% to -15%", -20},
		{"a fall in percent, to the unit", ye41("19.6%", "19.6", "exact", -19.6, "percent_change"), "inconsistent", "means -19.65% to -19.55%", -20},
		{"a fall in percent, off by one", ye41("21%", "21", "exact", -21, "percent_change"), "inconsistent", "means -21.5% to -20.5%", -20},
		{"a fall in percent too small", ye41("10%", "10", "exact", -10, "percent_change"), "inconsistent", "is a change of -20%", -20},
		{"a rise where it fell", ye41("20%", "20", "exact", 20, "percent_change"), "inconsistent", "is outside", -20},
		{"a fall of more than", ye41("more than 15%", "15", "more_than", -15, "percent_change"), "consistent", "less than -15%", -20},
		{"a fall of more than, too much", ye41("more than 25%", "25", "more_than", -25, "percent_change"), "inconsistent", "less than -25%", -20},
		{"a fall of almost", ye41("almost 21%", "21", "almost", -21, "percent_change"), "consistent", "", -20},
		{"a fall of less than: not a rise", ye41("less than 30%", "30", "less_than", -30, "percent_change"), "consistent", "means -30% to 0%", -20},
		{"a fraction in words", ye41("a fifth", "a fifth", "exact", -20, "percent_change"), "consistent", "", -20},
		{"down a quarter is no quarter-year", func() Figure {
			f := ye41("a quarter", "a quarter", "exact", -25, "percent_change")
			return f
		}(), "consistent", "", -20},
		{"another year named", func() Figure {
			f := ye41("20%", "20", "exact", -20, "percent_change")
			f.Sentence = "Net migration in the year to June 2041 was 20% below its 2019 level."
			return f
		}(), "ambiguous", "names 2019", 0},
		{"a base word", func() Figure {
			f := ye41("20%", "20", "exact", -20, "percent_change")
			f.Sentence = "Net migration is down 20% from its peak."
			return f
		}(), "ambiguous", "names 'peak'", 0},
		{"less than a year", func() Figure {
			f := ye41("20%", "20", "exact", -20, "percent_change")
			f.PeriodStart, f.PeriodEnd = d("2041-01-01"), d("2041-06-30")
			return f
		}(), "ambiguous", "less than a year", 0},
		{"no base level", func() Figure {
			f := ye41("20%", "20", "exact", -20, "percent_change")
			f.PeriodStart, f.PeriodEnd = d("2041-01-01"), d("2041-12-31")
			return f
		}(), "no_reference", "no official level of net_migration in United Kingdom for 2041-01-01..2041-12-31", 0},
		{"no level of the period", func() Figure {
			f := ye41("20%", "20", "exact", -20, "percent_change")
			f.PeriodStart, f.PeriodEnd = d("2038-07-01"), d("2039-06-30")
			f.Sentence = "Net migration fell 20% in the year to June 2039."
			return f
		}(), "no_reference", "the period of '20%'", 0},
		{"a stock over a quarter", func() Figure {
			f := withPeriod(reported("10%", "10", "exact", -10), "2041-04-01", "2041-06-30")
			f.Measure, f.Statistic, f.Unit = "asylum_backlog", "percent_change", "percent"
			f.Sentence = "The backlog fell by 10% in the three months to June."
			return f
		}(), "consistent", "official 81,000 for 2041-06-30..2041-06-30 against 90,000 for 2041-03-31..2041-03-31 is a change of -10%", -10},
		{"a stock at a date", func() Figure {
			f := withPeriod(reported("9,000", "9,000", "exact", -9000), "2041-06-30", "2041-06-30")
			f.Measure, f.Statistic = "asylum_backlog", "change"
			return f
		}(), "ambiguous", "no date it is measured from", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ch := c.Compare(tc.f)
			if ch.Verdict != tc.verdict || !strings.Contains(ch.Rule, tc.rule) {
				t.Fatalf("got %s %q, want %s with %q", ch.Verdict, ch.Rule, tc.verdict, tc.rule)
			}
			if tc.verdict != "consistent" && tc.verdict != "inconsistent" {
				if ch.Reference != nil || len(ch.ReferenceIDs) > 0 {
					t.Errorf("figures filled for %s: %+v", tc.verdict, ch)
				}
				return
			}
			if ch.Reference == nil || *ch.Reference != tc.ref || len(ch.ReferenceIDs) != 2 ||
				ch.Difference == nil || *ch.Difference != *ch.Reference-*ch.Reported {
				t.Errorf("figures: ref %v ids %v diff %v, want ref %v", ch.Reference, ch.ReferenceIDs, ch.Difference, tc.ref)
			}
		})
	}
	// written before the revision, the base is the first estimate
	early := ye41("by 80,000", "80,000", "exact", -80000, "change")
	early.Published = time.Date(2041, 11, 24, 0, 0, 0, 0, time.UTC)
	early.PeriodStart, early.PeriodEnd = d("2039-07-01"), d("2040-06-30")
	early.Sentence = "Net migration fell by 80,000 in the year to June 2040."
	c2 := New([]Figure{official("y39", "net_migration", 880000, "2038-07-01", "2039-06-30", "2039-11-20"),
		official("y40", "net_migration", 800000, "2039-07-01", "2040-06-30", "2040-11-20"),
		official("y40r", "net_migration", 900000, "2039-07-01", "2040-06-30", "2041-11-25")})
	if ch := c2.Compare(early); ch.Verdict != "consistent" || ch.ReferenceIDs[0] != "y40" {
		t.Errorf("before the revision: %s %v %q", ch.Verdict, ch.ReferenceIDs, ch.Rule)
	}
	early.Published = time.Date(2041, 12, 1, 0, 0, 0, 0, time.UTC)
	if ch := c2.Compare(early); ch.Verdict != "inconsistent" || ch.ReferenceIDs[0] != "y40r" {
		t.Errorf("after the revision: %s %v %q", ch.Verdict, ch.ReferenceIDs, ch.Rule)
	}
}

func TestYearBefore(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2024-06-30", "2023-06-30"}, {"2024-02-29", "2023-02-28"}, {"2025-02-28", "2024-02-29"},
		{"2024-03-31", "2023-03-31"}, {"2024-07-01", "2023-07-01"}, {"2024-03-15", "2023-03-15"},
	} {
		if got := day(yearBefore(d(tc.in))); got != tc.want {
			t.Errorf("yearBefore(%s) = %s, want %s", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct {
		s, e string
		want bool
	}{
		{"2024-01-01", "2024-12-31", true}, {"2023-07-01", "2024-06-30", true}, {"2023-04-01", "2024-03-31", true},
		{"2023-03-01", "2024-02-29", true}, {"2024-01-01", "2024-06-30", false}, {"2023-01-01", "2024-12-31", false},
	} {
		if got := yearLong(d(tc.s), d(tc.e)); got != tc.want {
			t.Errorf("yearLong(%s, %s) = %v", tc.s, tc.e, got)
		}
	}
}

// "about X" allows 5% either side of a change's size whichever way it went:
// a fall of about 77,000 takes in a fall of 80,000, as a rise of about
// 77,000 takes in a rise of 80,000.
func TestChangeAboutBothWays(t *testing.T) {
	c := New([]Figure{
		official("y40", "net_migration", 800000, "2039-07-01", "2040-06-30", "2040-11-20"),
		official("y41", "net_migration", 720000, "2040-07-01", "2041-06-30", "2041-11-25"),
		official("y42", "net_migration", 800000, "2041-07-01", "2042-06-30", "2042-11-25"),
	})
	for _, tc := range []struct {
		name, from, to string
		v              float64
		rule           string
	}{
		{"a fall", "2040-07-01", "2041-06-30", -77000, "means -80,850 to -73,150"},
		{"a rise", "2041-07-01", "2042-06-30", 77000, "means 73,150 to 80,850"},
	} {
		f := withPeriod(reported("about 77,000", "77,000", "approximately", tc.v), tc.from, tc.to)
		f.Statistic, f.Published = "change", time.Date(2042, 12, 1, 0, 0, 0, 0, time.UTC)
		f.Sentence = "Net migration changed by about 77,000 in the year to June."
		if ch := c.Compare(f); ch.Verdict != "consistent" || !strings.Contains(ch.Rule, tc.rule) {
			t.Errorf("%s: got %s %q, want consistent with %q", tc.name, ch.Verdict, ch.Rule, tc.rule)
		}
	}
}

// Words that say where the new level stands ("a record", "its lowest
// level since 2038") are no base of the change: the change is still on the
// year before. Where the sentence measures from a record or a peak, the
// change stays ambiguous.
func TestChangeLevelWords(t *testing.T) {
	c := New([]Figure{
		official("y40", "net_migration", 900000, "2039-07-01", "2040-06-30", "2040-11-20"),
		official("y41", "net_migration", 720000, "2040-07-01", "2041-06-30", "2041-11-25"),
	})
	for _, tc := range []struct{ sentence, verdict, rule string }{
		{"Net migration fell 20% in the year to June 2041, to its lowest level since 2038.", "consistent", "is a change of -20%"},
		{"Net migration fell 20% in the year to June 2041, the lowest since records began.", "consistent", "is a change of -20%"},
		{"Net migration fell 20% in the year to June 2041, a record fall.", "consistent", "is a change of -20%"},
		{"Net migration fell 20% in the year to June 2041 after a record 900,000 the year before.", "consistent", "is a change of -20%"},
		{"Net migration fell 20% in the year to June 2041, the biggest fall since the pandemic.", "consistent", "is a change of -20%"},
		{"Net migration fell 20% in the year to June 2041, the sharpest drop since the 1990s.", "consistent", "is a change of -20%"},
		{"Net migration in the year to June 2041 was 20% below its level since the pandemic.", "ambiguous", "names 'since'"},
		{"Net migration in the year to June 2041 was 20% below the record.", "ambiguous", "names 'record'"},
		{"Net migration in the year to June 2041 was 20% below the lowest since 2038.", "ambiguous", "names 2038"},
		{"Net migration fell 20% in the year to June 2041, and is 30% lower than in 2019.", "ambiguous", "names 2019"},
	} {
		f := withPeriod(reported("20%", "20", "exact", -20), "2040-07-01", "2041-06-30")
		f.Statistic, f.Unit, f.Published = "percent_change", "percent", time.Date(2041, 12, 1, 0, 0, 0, 0, time.UTC)
		f.Sentence = tc.sentence
		if ch := c.Compare(f); ch.Verdict != tc.verdict || !strings.Contains(ch.Rule, tc.rule) {
			t.Errorf("%q: got %s %q, want %s with %q", tc.sentence, ch.Verdict, ch.Rule, tc.verdict, tc.rule)
		}
	}
}

// changeCase is a percent change of the figures of changeFixture.
type changeCase struct {
	name, measure, from, to, sentence string
	v                                 float64
	verdict, rule                     string
}

func (tc changeCase) run(t *testing.T, c *Checker) {
	t.Helper()
	quote := fmt.Sprintf("%g%%", math.Abs(tc.v)) // (as the sentence writes it)
	f := withPeriod(reported(quote, strings.TrimSuffix(quote, "%"), "exact", tc.v), tc.from, tc.to)
	f.Measure, f.Statistic, f.Unit, f.Published = tc.measure, "percent_change", "percent", time.Date(2041, 12, 1, 0, 0, 0, 0, time.UTC)
	f.Sentence = tc.sentence
	if ch := c.Compare(f); ch.Verdict != tc.verdict || !strings.Contains(ch.Rule, tc.rule) {
		t.Errorf("%s: got %s %q, want %s with %q", tc.name, ch.Verdict, ch.Rule, tc.verdict, tc.rule)
	}
}

func changeFixture() *Checker {
	return New([]Figure{
		official("m40", "small_boat_arrivals", 5000, "2040-08-01", "2040-08-31", "2041-09-01"),
		official("j41", "small_boat_arrivals", 5000, "2041-07-01", "2041-07-31", "2041-09-01"),
		official("m41", "small_boat_arrivals", 3800, "2041-08-01", "2041-08-31", "2041-09-01"),
		official("b1", "asylum_backlog", 120000, "2041-06-30", "2041-06-30", "2041-11-20"),
		official("b2", "asylum_backlog", 99600, "2041-09-30", "2041-09-30", "2041-11-20"),
	})
}

// A change of a flow over less than a year whose sentence says it is on
// the same period a year earlier is measured from that period.
func TestChangeSamePeriodLastYear(t *testing.T) {
	c := changeFixture()
	for _, tc := range []changeCase{
		{"the same month last year", "small_boat_arrivals", "2041-08-01", "2041-08-31",
			"Crossings in August were down 24% compared with the same month last year.", -24,
			"consistent", "against 5,000 for 2040-08-01..2040-08-31 is a change of -24%"},
		{"a year earlier", "small_boat_arrivals", "2041-08-01", "2041-08-31",
			"Crossings in August were 24% lower than a year earlier.", -24,
			"consistent", "against 5,000 for 2040-08-01..2040-08-31"},
		{"the same month of the year before, a wrong figure", "small_boat_arrivals", "2041-08-01", "2041-08-31",
			"Crossings in August were down 30% on the same month of 2040.", -30,
			"inconsistent", "against 5,000 for 2040-08-01..2040-08-31"},
		{"the same month of another year", "small_boat_arrivals", "2041-08-01", "2041-08-31",
			"Crossings in August were down 24% on the same month of 2019.", -24, "ambiguous", "names 2019"},
		{"no base said", "small_boat_arrivals", "2041-08-01", "2041-08-31",
			"Crossings in August were down 24%.", -24, "ambiguous", "less than a year"},
	} {
		tc.run(t, c)
	}
}

// A word for the length of the change's own period ("in the quarter to
// September" of a change over July to September) names no other base.
func TestChangeOwnSpanWord(t *testing.T) {
	c := changeFixture()
	for _, tc := range []changeCase{
		{"a stock over the quarter", "asylum_backlog", "2041-07-01", "2041-09-30",
			"The backlog fell by 17% in the quarter to September.", -17,
			"consistent", "against 120,000 for 2041-06-30..2041-06-30 is a change of -17%"},
		{"a stock over the quarter, on the previous quarter", "asylum_backlog", "2041-07-01", "2041-09-30",
			"The backlog at the end of September was 17% lower than in the previous quarter.", -17,
			"consistent", "is a change of -17%"},
		{"a flow over a month, on the month a year earlier", "small_boat_arrivals", "2041-08-01", "2041-08-31",
			"Crossings last month were 24% lower than a year earlier.", -24,
			"consistent", "is a change of -24%"},
		{"a stock over a year, on the quarter", "asylum_backlog", "2040-10-01", "2041-09-30",
			"The backlog was down 17% on the previous quarter.", -17, "ambiguous", "names 'quarter'"},
		{"a stock over the quarter, on the month", "asylum_backlog", "2041-07-01", "2041-09-30",
			"The backlog fell by 17% on the previous month.", -17, "ambiguous", "names 'month'"},
		{"a stock over the quarter, on the same quarter a year earlier", "asylum_backlog", "2041-07-01", "2041-09-30",
			"The backlog was down 17% on the same quarter last year.", -17, "ambiguous", "names 'same quarter last year'"},
	} {
		tc.run(t, c)
	}
}

// A change of a flow over more than a year is not said to be over less
// than one.
func TestChangeOverYears(t *testing.T) {
	changeCase{"more than a year", "small_boat_arrivals", "2039-01-01", "2041-08-31",
		"Crossings have fallen 24% since 2039.", -24, "ambiguous", "more than a year"}.run(t, changeFixture())
}

// A stock's change at a date, on the same date a year earlier ("the
// backlog at the end of June was 40% lower than a year earlier"), is
// measured from that date.
func TestChangeStockAtDateOnYearEarlier(t *testing.T) {
	c := New([]Figure{
		official("b0", "asylum_backlog", 150000, "2040-06-30", "2040-06-30", "2040-08-20"),
		official("b1", "asylum_backlog", 90000, "2041-06-30", "2041-06-30", "2041-08-20"),
	})
	for _, tc := range []changeCase{
		{"a year earlier", "asylum_backlog", "2041-06-30", "2041-06-30",
			"The backlog at the end of June was 40% lower than a year earlier.", -40,
			"consistent", "official 90,000 for 2041-06-30..2041-06-30 against 150,000 for 2040-06-30..2040-06-30 is a change of -40%"},
		{"no base said", "asylum_backlog", "2041-06-30", "2041-06-30",
			"The backlog at the end of June was 40% lower.", -40, "ambiguous", "no date it is measured from"},
	} {
		tc.run(t, c)
	}
}

// The rule of a change names the other estimates of each level, as the
// rule of a level does.
func TestChangeNamesOtherEstimates(t *testing.T) {
	c := New([]Figure{
		official("y40", "net_migration", 800000, "2039-07-01", "2040-06-30", "2040-11-20"),
		official("y40r", "net_migration", 900000, "2039-07-01", "2040-06-30", "2041-11-25"),
		official("y41", "net_migration", 720000, "2040-07-01", "2041-06-30", "2041-11-25"),
	})
	f := withPeriod(reported("20%", "20", "exact", -20), "2040-07-01", "2041-06-30")
	f.Statistic, f.Unit, f.Published = "percent_change", "percent", time.Date(2041, 12, 1, 0, 0, 0, 0, time.UTC)
	f.Sentence = "Net migration fell 20% in the year to June 2041."
	want := "; other estimates of 2039-07-01..2040-06-30: 800,000 in Release 2040-11-20"
	if ch := c.Compare(f); ch.Verdict != "consistent" || !strings.HasSuffix(ch.Rule, want) {
		t.Errorf("got %s %q, want consistent ending %q", ch.Verdict, ch.Rule, want)
	}
}

// A percent change that gives no rate of its own ("£8m a day, up 70% on the
// year before") is measured by levels that are rates, each against one of
// the same rate.
func TestChangePercentOfRate(t *testing.T) {
	day := func(id string, v float64, from, to string) Figure {
		f := official(id, "hotel_cost", v, from, to, "2041-09-01")
		f.Unit, f.PerPeriod = "GBP", "day"
		return f
	}
	c := New([]Figure{
		day("h39", 4000000, "2039-04-01", "2040-03-31"),
		day("h40", 6800000, "2040-04-01", "2041-03-31"),
	})
	f := withPeriod(reported("70%", "70", "exact", 70), "2040-04-01", "2041-03-31")
	f.Measure, f.Statistic, f.Unit, f.Published = "hotel_cost", "percent_change", "percent", time.Date(2041, 12, 1, 0, 0, 0, 0, time.UTC)
	f.Sentence = "Hotels cost £6.8m a day in 2040-41, up 70% on the year before."
	want := "official £6.8m for 2040-04-01..2041-03-31 against £4m for 2039-04-01..2040-03-31 is a change of +70%"
	if ch := c.Compare(f); ch.Verdict != "consistent" || !strings.Contains(ch.Rule, want) {
		t.Errorf("got %s %q, want consistent with %q", ch.Verdict, ch.Rule, want)
	}
}

// Written before the level of its period was published ("is expected to
// have fallen by a fifth"), a change is measured as that release measured
// it: from the base it gave, not an older estimate of the base.
func TestChangeBeforeRelease(t *testing.T) {
	c := New([]Figure{
		official("y40", "net_migration", 740000, "2039-07-01", "2040-06-30", "2041-05-20"),
		official("y40r", "net_migration", 900000, "2039-07-01", "2040-06-30", "2041-11-25"),
		official("y41", "net_migration", 720000, "2040-07-01", "2041-06-30", "2041-11-25"),
	})
	f := withPeriod(reported("around a fifth", "a fifth", "approximately", -20), "2040-07-01", "2041-06-30")
	f.Statistic, f.Unit, f.Published = "percent_change", "percent", time.Date(2041, 11, 20, 0, 0, 0, 0, time.UTC)
	f.Sentence = "Net migration is expected to have fallen by around a fifth in the year to June 2041."
	if ch := c.Compare(f); ch.Verdict != "consistent" || len(ch.ReferenceIDs) != 2 || ch.ReferenceIDs[1] != "y40r" {
		t.Errorf("got %s %v %q, want consistent against y40r", ch.Verdict, ch.ReferenceIDs, ch.Rule)
	}
}

// Words that measure a change from a year earlier are the base of the
// figure they follow, not of a figure after them or beyond another
// percentage.
func TestChangeSamePeriodOfOneFigure(t *testing.T) {
	c := changeFixture()
	for _, tc := range []changeCase{
		{"the figure before the words", "small_boat_arrivals", "2041-08-01", "2041-08-31",
			"Crossings in August were 24% lower than a year earlier but 19% higher than in July.", -24,
			"consistent", "against 5,000 for 2040-08-01..2040-08-31"},
		{"a figure after the words", "small_boat_arrivals", "2041-08-01", "2041-08-31",
			"Crossings in August were 24% lower than a year earlier but 19% higher than in July.", 19,
			"ambiguous", "less than a year"},
		{"another percentage between", "small_boat_arrivals", "2041-08-01", "2041-08-31",
			"Crossings in August rose 19% compared with July, while they were down 24% on a year earlier.", 19,
			"ambiguous", "less than a year"},
		{"a level between", "small_boat_arrivals", "2041-08-01", "2041-08-31",
			"Crossings in August fell 24% to 3,800, compared with the same month last year.", -24,
			"consistent", "against 5,000 for 2040-08-01..2040-08-31"},
	} {
		tc.run(t, c)
	}
}

// A stock's change since a date ("has fallen by 41,000 since June 2040")
// runs to the document's date, for which there is seldom a level: it is
// the latest official level the writer could know against the level the
// day before the period starts, and the "since" of its own period names no
// other base.
func TestChangeStockSincePublication(t *testing.T) {
	backlog := func(id string, v float64, at, published string) Figure {
		return official(id, "asylum_backlog", v, at, at, published)
	}
	c := New([]Figure{
		backlog("b0", 175000, "2040-06-30", "2040-08-20"),
		backlog("b3", 118000, "2041-03-31", "2041-05-20"),
		backlog("b6", 134000, "2041-06-30", "2041-08-20"),
		// published after the document: the writer could not know it
		backlog("b9", 150000, "2041-09-30", "2041-11-20"),
	})
	since := func(v float64, quote, from, label, sentence, published string) Figure {
		f := withPeriod(reported(quote, strings.TrimSuffix(quote, "%"), "exact", v), from, published)
		f.Measure, f.Statistic, f.PeriodLabel, f.Sentence = "asylum_backlog", "change", label, sentence
		if strings.HasSuffix(quote, "%") {
			f.Statistic, f.Unit = "percent_change", "percent"
		}
		f.Published = d(published).Time
		return f
	}
	for _, tc := range []struct {
		name          string
		f             Figure
		verdict, rule string
	}{
		{"since a quarter's end month", since(-41000, "41,000", "2040-07-01", "since June 2040",
			"The backlog has fallen by 41,000 since June 2040, figures show.", "2041-11-01"),
			"consistent", "official 134,000 for 2041-06-30..2041-06-30 against 175,000 for 2040-06-30..2040-06-30 is a change of -41,000"},
		{"the rule says why the level is not of the document's date", since(-41000, "41,000", "2040-07-01", "since June 2040",
			"The backlog has fallen by 41,000 since June 2040, figures show.", "2041-11-01"),
			"consistent", "2041-06-30 is the latest official level of asylum_backlog published by 2041-11-01, the document's date (124 days before it)"},
		{"since the end of a month, in percent", since(14, "14%", "2041-04-01", "since the end of March 2041",
			"The backlog is up 14% since the end of March 2041.", "2041-11-01"),
			"consistent", "official 134,000 for 2041-06-30..2041-06-30 against 118,000 for 2041-03-31..2041-03-31 is a change of +13.6%"},
		{"a wrong figure", since(-30000, "30,000", "2040-07-01", "since June 2040",
			"The backlog has fallen by 30,000 since June 2040.", "2041-11-01"),
			"inconsistent", "is a change of -41,000"},
		{"once the next level is out", since(-25000, "25,000", "2040-07-01", "since June 2040",
			"The backlog has fallen by 25,000 since June 2040.", "2041-12-01"),
			"consistent", "official 150,000 for 2041-09-30..2041-09-30 against 175,000"},
		{"the latest level too old", since(-25000, "25,000", "2040-07-01", "since June 2040",
			"The backlog has fallen by 25,000 since June 2040.", "2042-06-01"),
			"no_reference", "the latest official level of asylum_backlog published by 2042-06-01 is for 2041-09-30, more than six months before"},
		{"no level the day before the start", since(-25000, "25,000", "2040-06-01", "since May 2040",
			"The backlog has fallen by 25,000 since May 2040.", "2041-11-01"),
			"no_reference", "for 2040-05-31, which '25,000' is measured from"},
		{"another since in the sentence", since(-41000, "41,000", "2040-07-01", "",
			"The backlog has fallen by 41,000 since the new rules came in.", "2041-11-01"),
			"ambiguous", "names 'since'"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ch := c.Compare(tc.f)
			if ch.Verdict != tc.verdict || !strings.Contains(ch.Rule, tc.rule) {
				t.Fatalf("got %s %q, want %s with %q", ch.Verdict, ch.Rule, tc.verdict, tc.rule)
			}
		})
	}
}

// A percent change whose sentence gives it a rate ("£8.4m a day, up 5%")
// is measured between the official levels of that rate, even when the
// tables hold yearly totals of the measure too; one whose sentence gives a
// total, alone or beside a rate, is measured between the totals.
func TestChangePercentOfRateInSentence(t *testing.T) {
	rate := func(id string, v float64, from, to, per string) Figure {
		f := official(id, "asylum_cost", v, from, to, "2041-09-01")
		f.Unit, f.PerPeriod = "GBP", per
		return f
	}
	c := New([]Figure{
		rate("t39", 3000000000, "2039-04-01", "2040-03-31", ""),
		rate("t40", 3300000000, "2040-04-01", "2041-03-31", ""),
		rate("d39", 8000000, "2039-04-01", "2040-03-31", "day"),
		rate("d40", 8400000, "2040-04-01", "2041-03-31", "day"),
	})
	for _, tc := range []struct{ sentence, quote, verdict, rule string }{
		{"Asylum hotels cost £8.4m a day in 2040-41, up 5% on the year before.", "5%",
			"consistent", "official £8.4m for 2040-04-01..2041-03-31 against £8m for 2039-04-01..2040-03-31 is a change of +5%"},
		{"The Home Office paid £8.4m per night for hotels in 2040-41, up 5% on the year before.", "5%",
			"consistent", "against £8m for 2039-04-01..2040-03-31 is a change of +5%"},
		{"Asylum costs rose 5% in 2040-41 on the year before, to £8.4m a day.", "5%",
			"consistent", "against £8m for 2039-04-01..2040-03-31 is a change of +5%"},
		{"Asylum costs were £3.3bn in 2040-41, up 10% on the year before.", "10%",
			"consistent", "official £3.3bn for 2040-04-01..2041-03-31 against £3bn for 2039-04-01..2040-03-31 is a change of +10%"},
		{"Asylum hotels cost £8.4m a day in 2040-41, up 5% from £8m a day the year before.", "5%",
			"consistent", "against £8m for 2039-04-01..2040-03-31 is a change of +5%"},
		{"Asylum costs were £3.3bn in 2040-41, or £9m a day, up 10% on the year before.", "10%",
			"consistent", "official £3.3bn for 2040-04-01..2041-03-31 against £3bn for 2039-04-01..2040-03-31 is a change of +10%"},
		{"Asylum costs ran at £3.3bn a year in 2040-41, up 10% on the year before.", "10%",
			"consistent", "official £3.3bn for 2040-04-01..2041-03-31 against £3bn for 2039-04-01..2040-03-31 is a change of +10%"},
		{"Asylum hotels cost £8.4m a day in 2040-41, up 12% on the year before.", "12%",
			"inconsistent", "against £8m for 2039-04-01..2040-03-31 is a change of +5%"},
	} {
		v := strings.TrimSuffix(tc.quote, "%")
		f := withPeriod(reported(tc.quote, v, "exact", map[string]float64{"5": 5, "10": 10, "12": 12}[v]), "2040-04-01", "2041-03-31")
		f.Measure, f.Statistic, f.Unit, f.Published = "asylum_cost", "percent_change", "percent", time.Date(2041, 12, 1, 0, 0, 0, 0, time.UTC)
		f.Sentence = tc.sentence
		if ch := c.Compare(f); ch.Verdict != tc.verdict || !strings.Contains(ch.Rule, tc.rule) {
			t.Errorf("%q: got %s %q, want %s with %q", tc.sentence, ch.Verdict, ch.Rule, tc.verdict, tc.rule)
		}
	}
}
