package check

import (
	"strings"
	"testing"
	"time"
)

// months makes official monthly figures of measure from the first of
// month ym ("2024-01"), one a month, all in one release.
func months(measure, ym, published string, vs ...float64) []Figure {
	first, err := time.Parse("2006-01", ym)
	if err != nil {
		panic(err)
	}
	var out []Figure
	for i, v := range vs {
		s := first.AddDate(0, i, 0)
		e := s.AddDate(0, 1, -1)
		from, to := s.Format(time.DateOnly), e.Format(time.DateOnly)
		out = append(out, official(measure+"-"+s.Format("2006-01")+"-"+published, measure, v, from, to, published))
	}
	return out
}

// sumFixture is a table of monthly small boat arrivals: all of 2023 and
// January to September 2024 (the first half 10,000 in 2023 and 13,489 in
// 2024; July to September 10,000 and 10,300), but none for April 2022.
func sumFixture() []Figure {
	var figs []Figure
	figs = append(figs, months("small_boat_arrivals", "2022-01", "2023-02-20", 1000, 1000, 1000)...)
	figs = append(figs, months("small_boat_arrivals", "2022-05", "2023-02-20", 1000, 1000)...)
	figs = append(figs, months("small_boat_arrivals", "2023-01", "2024-02-20", 1000, 1200, 1500, 1800, 2000, 2500, 3000, 3500, 3500, 2000, 1000, 500)...)
	figs = append(figs, months("small_boat_arrivals", "2024-01", "2024-10-20", 1500, 1700, 2000, 2400, 2889, 3000, 3100, 3600, 3600)...)
	return figs
}

// boatsIn is a reported level of small boat arrivals over [from, to] in a
// document of 1 November 2024.
func boatsIn(quote, text, qualifier string, v float64, from, to string) Figure {
	f := withPeriod(reported(quote, text, qualifier, v), from, to)
	f.Measure = "small_boat_arrivals"
	f.Published = time.Date(2024, 11, 1, 0, 0, 0, 0, time.UTC)
	return f
}

// With no official figure for a period's own dates, the figures of the
// same measure that tile it exactly (months here) are added up, and the
// rule names them and their sum.
func TestLevelOverMonths(t *testing.T) {
	c := New(sumFixture())
	for _, tc := range []struct {
		name    string
		f       Figure
		verdict string
		rule    string
		ref     float64
		ids     int
	}{
		{"a half-year, consistent", boatsIn("13,489", "13,489", "exact", 13489, "2024-01-01", "2024-06-30"), "consistent",
			"official 13,489 for 2024-01-01..2024-06-30 (sum of 6 monthly figures, Jan..Jun 2024: 1,500 + 1,700 + 2,000 + 2,400 + 2,889 + 3,000; Release 2024-10-20) is within it", 13489, 6},
		{"a half-year, inconsistent", boatsIn("more than 14,000", "14,000", "more_than", 14000, "2024-01-01", "2024-06-30"), "inconsistent",
			"'more than 14,000' means more than 14,000: official 13,489 for 2024-01-01..2024-06-30 (sum of 6 monthly figures", 13489, 6},
		{"a quarter", boatsIn("10,300", "10,300", "exact", 10300, "2024-07-01", "2024-09-30"), "consistent",
			"sum of 3 monthly figures, Jul..Sep 2024: 3,100 + 3,600 + 3,600", 10300, 3},
		{"across a year's end", boatsIn("about 4,800", "4,800", "approximately", 4800, "2023-11-01", "2024-02-29"), "consistent",
			"sum of 4 monthly figures, Nov 2023..Feb 2024: 1,000 + 500 + 1,500 + 1,700; Release 2024-02-20; Release 2024-10-20", 4700, 4},
		{"a month missing", boatsIn("6,000", "6,000", "exact", 6000, "2022-01-01", "2022-06-30"), "no_reference",
			"no official figure for small_boat_arrivals in United Kingdom for 2022-01-01..2022-06-30, nor figures that add up to it: those inside it leave out 2022-04-01..2022-04-30", 0, 0},
		{"a period that no months tile", boatsIn("6,000", "6,000", "exact", 6000, "2024-01-15", "2024-06-30"), "no_reference",
			"those inside it leave out 2024-01-15..2024-01-31", 0, 0},
		{"no figures in the period", boatsIn("6,000", "6,000", "exact", 6000, "2021-01-01", "2021-06-30"), "no_reference",
			"no official figure for small_boat_arrivals in United Kingdom for 2021-01-01..2021-06-30", 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ch := c.Compare(tc.f)
			if ch.Verdict != tc.verdict || !strings.Contains(ch.Rule, tc.rule) {
				t.Fatalf("got %s %q, want %s with %q", ch.Verdict, ch.Rule, tc.verdict, tc.rule)
			}
			if tc.ids == 0 {
				if ch.Reference != nil || len(ch.ReferenceIDs) > 0 {
					t.Errorf("figures filled for %s: %+v", tc.verdict, ch)
				}
				return
			}
			if ch.Reference == nil || *ch.Reference != tc.ref || len(ch.ReferenceIDs) != tc.ids || *ch.Difference != *ch.Reference-*ch.Reported {
				t.Errorf("figures: %v %v %v, want %v from %d", ch.Reference, ch.ReferenceIDs, ch.Difference, tc.ref, tc.ids)
			}
		})
	}
}

// A change over a half-year or a quarter said to be on the same period a
// year earlier is measured between the sums of the months of both.
func TestChangeOverMonths(t *testing.T) {
	c := New(sumFixture())
	change := func(quote, text, qualifier string, v float64, from, to, sentence string) Figure {
		f := boatsIn(quote, text, qualifier, v, from, to)
		f.Statistic, f.Unit, f.Sentence = "percent_change", "percent", sentence
		return f
	}
	for _, tc := range []struct {
		name    string
		f       Figure
		verdict string
		rule    string
		ref     float64
	}{
		{"a half-year on the same half a year earlier", change("more than a third", "a third", "more_than", 100.0/3, "2024-01-01", "2024-06-30",
			"Small boat arrivals in the first half of 2024 were up more than a third on the same period last year."), "consistent",
			"official 13,489 for 2024-01-01..2024-06-30 (sum of 6 monthly figures, Jan..Jun 2024: 1,500 + 1,700 + 2,000 + 2,400 + 2,889 + 3,000) against 10,000 for 2023-01-01..2023-06-30 (sum of 6 monthly figures, Jan..Jun 2023: 1,000 + 1,200 + 1,500 + 1,800 + 2,000 + 2,500) is a change of +34.9% (Release 2024-10-20; Release 2024-02-20), which is within it", 34.89},
		{"a half-year, a wrong figure", change("40%", "40", "exact", 40, "2024-01-01", "2024-06-30",
			"Small boat arrivals in the first half of 2024 were up 40% on the same period last year."), "inconsistent", "is a change of +34.9%", 34.89},
		{"a quarter on a year earlier", change("3%", "3", "exact", 3, "2024-07-01", "2024-09-30",
			"In the three months to September, crossings were up 3% on a year earlier."), "consistent",
			"official 10,300 for 2024-07-01..2024-09-30 (sum of 3 monthly figures, Jul..Sep 2024: 3,100 + 3,600 + 3,600) against 10,000 for 2023-07-01..2023-09-30 (sum of 3 monthly figures, Jul..Sep 2023: 3,000 + 3,500 + 3,500) is a change of +3%", 3},
		{"a half-year with no base said", change("more than a third", "a third", "more_than", 100.0/3, "2024-01-01", "2024-06-30",
			"Small boat arrivals in the first half of 2024 were up more than a third."), "ambiguous", "less than a year", 0},
		{"a base with a month missing", change("20%", "20", "exact", 20, "2023-01-01", "2023-06-30",
			"Small boat arrivals in the first half of 2023 were up 20% on the same period last year."), "no_reference",
			"no official level of small_boat_arrivals in United Kingdom for 2022-01-01..2022-06-30, which '20%' is measured from; the figures inside it leave out 2022-04-01..2022-04-30", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ch := c.Compare(tc.f)
			if ch.Verdict != tc.verdict || !strings.Contains(ch.Rule, tc.rule) {
				t.Fatalf("got %s %q, want %s with %q", ch.Verdict, ch.Rule, tc.verdict, tc.rule)
			}
			if tc.ref == 0 {
				return
			}
			if ch.Reference == nil || *ch.Reference < tc.ref-0.01 || *ch.Reference > tc.ref+0.01 {
				t.Errorf("reference %v, want %v", ch.Reference, tc.ref)
			}
			if tc.f.PeriodEnd.Month() == 6 && len(ch.ReferenceIDs) != 12 || tc.f.PeriodEnd.Month() == 9 && len(ch.ReferenceIDs) != 6 {
				t.Errorf("reference ids %v", ch.ReferenceIDs)
			}
		})
	}
}

// Where a quarter and its months are both published, the sum takes the
// fewest figures that tile the period, and no day is counted twice.
func TestSumPrefersFewestFigures(t *testing.T) {
	figs := sumFixture()
	// (the quarter's own estimate, 5,300, is not the sum of its months, 5,200)
	q1 := official("q1-2024", "small_boat_arrivals", 5300, "2024-01-01", "2024-03-31", "2024-05-20")
	figs = append(figs, q1)
	c := New(figs)
	ch := c.Compare(boatsIn("about 13,500", "13,500", "approximately", 13500, "2024-01-01", "2024-06-30"))
	if ch.Verdict != "consistent" || *ch.Reference != 13589 || len(ch.ReferenceIDs) != 4 || ch.ReferenceIDs[0] != "q1-2024" ||
		!strings.Contains(ch.Rule, "(sum of 1 quarterly and 3 monthly figures, Q1 2024 + Apr..Jun 2024: 5,300 + 2,400 + 2,889 + 3,000; Release 2024-05-20; Release 2024-10-20)") {
		t.Errorf("a quarter and its months: %s %v %q", ch.Verdict, ch.ReferenceIDs, ch.Rule)
	}
	// (the quarter itself is the figure for its own dates)
	if ch := c.Compare(boatsIn("5,300", "5,300", "exact", 5300, "2024-01-01", "2024-03-31")); ch.Verdict != "consistent" || len(ch.ReferenceIDs) != 1 || ch.ReferenceIDs[0] != "q1-2024" {
		t.Errorf("the quarter: %s %v %q", ch.Verdict, ch.ReferenceIDs, ch.Rule)
	}
	// figures that cover the period only by overlapping give no sum
	c = New([]Figure{
		official("jan-mar", "small_boat_arrivals", 3000, "2024-01-01", "2024-03-31", "2024-05-20"),
		official("feb-apr", "small_boat_arrivals", 3500, "2024-02-01", "2024-04-30", "2024-05-20"),
	})
	if ch := c.Compare(boatsIn("6,000", "6,000", "exact", 6000, "2024-01-01", "2024-04-30")); ch.Verdict != "no_reference" ||
		!strings.Contains(ch.Rule, "those inside it overlap, so that no set of them covers each day once") {
		t.Errorf("overlapping quarters: %s %q", ch.Verdict, ch.Rule)
	}
	// months and days: June's month and the first 15 days of July
	var days []Figure
	for i := 1; i <= 15; i++ {
		s := time.Date(2024, 7, i, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		days = append(days, official("day-"+s, "small_boat_arrivals", 100, s, s, "2024-07-20"))
	}
	c = New(append(sumFixture(), days...))
	if ch := c.Compare(boatsIn("4,500", "4,500", "exact", 4500, "2024-06-01", "2024-07-15")); ch.Verdict != "consistent" || *ch.Reference != 4500 || len(ch.ReferenceIDs) != 16 ||
		!strings.Contains(ch.Rule, "(sum of 1 monthly and 15 daily figures, Jun 2024 + 2024-07-01..2024-07-15; Release 2024-10-20; Release 2024-07-20)") {
		t.Errorf("a month and days: %s %v %q", ch.Verdict, ch.Reference, ch.Rule)
	}
}

// Each month is the revision the writer could know, and the rule names
// the other estimates of it.
func TestSumOfRevisedMonth(t *testing.T) {
	rev := official("mar-2024-rev", "small_boat_arrivals", 2100, "2024-03-01", "2024-03-31", "2024-12-01")
	c := New(append(sumFixture(), rev))
	f := boatsIn("13,489", "13,489", "exact", 13489, "2024-01-01", "2024-06-30")
	ch := c.Compare(f)
	if ch.Verdict != "consistent" || *ch.Reference != 13489 ||
		!strings.Contains(ch.Rule, "; Release 2024-10-20; other estimates of Mar 2024: 2,100 in Release 2024-12-01)") {
		t.Errorf("before the revision: %s %v %q", ch.Verdict, ch.Reference, ch.Rule)
	}
	f.Published = time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)
	ch = c.Compare(f)
	if ch.Verdict != "inconsistent" || *ch.Reference != 13589 || !strings.Contains(ch.Rule, "1,500 + 1,700 + 2,100 + 2,400") ||
		!strings.Contains(ch.Rule, "other estimates of Mar 2024: 2,000 in Release 2024-10-20") {
		t.Errorf("after the revision: %s %v %q", ch.Verdict, ch.Reference, ch.Rule)
	}
}

// A stock is never summed: the backlog over a half-year is the backlog at
// its end, and monthly levels of it are no parts of one.
func TestStockNotSummed(t *testing.T) {
	backlog := func(id string, v float64, from, to string) Figure {
		return official(id, "asylum_backlog", v, from, to, "2024-08-20")
	}
	c := New([]Figure{
		backlog("b-mar", 90000, "2024-03-31", "2024-03-31"),
		backlog("b-jun", 80000, "2024-06-30", "2024-06-30"),
		backlog("m-jul", 78000, "2024-07-01", "2024-07-31"),
		backlog("m-aug", 76000, "2024-08-01", "2024-08-31"),
	})
	stockIn := func(from, to string) Figure {
		f := boatsIn("170,000", "170,000", "exact", 170000, from, to)
		f.Measure = "asylum_backlog"
		return f
	}
	for _, tc := range []struct{ from, to string }{{"2024-01-01", "2024-05-31"}, {"2024-07-01", "2024-08-31"}} {
		if ch := c.Compare(stockIn(tc.from, tc.to)); ch.Verdict != "no_reference" || ch.Reference != nil {
			t.Errorf("backlog over %s..%s: %s %v %q", tc.from, tc.to, ch.Verdict, ch.Reference, ch.Rule)
		}
	}
	// (its level at the period's end stands)
	if ch := c.Compare(stockIn("2024-01-01", "2024-06-30")); ch.Verdict != "inconsistent" || ch.ReferenceIDs[0] != "b-jun" {
		t.Errorf("backlog at the end of June: %s %v %q", ch.Verdict, ch.ReferenceIDs, ch.Rule)
	}
	// a change of it over the two months is not summed either
	f := stockIn("2024-07-01", "2024-08-31")
	f.Statistic, f.Value, f.Quote, f.ValueText = "change", fp(-2000), "2,000", "2,000"
	f.Sentence = "The backlog fell by 2,000 over July and August."
	if ch := c.Compare(f); ch.Verdict != "no_reference" || ch.Reference != nil {
		t.Errorf("a change of the backlog: %s %q", ch.Verdict, ch.Rule)
	}
}

// Figures published rounded stand, added up, for the sum of what each may
// be: 1,100 and 1,200 to the hundred are 2,200 to 2,400.
func TestSumOfRoundedFigures(t *testing.T) {
	figs := months("small_boat_arrivals", "2030-01", "2030-04-01", 1100, 1200)
	for i := range figs {
		figs[i].Qualifier = "approximately"
	}
	c := New(figs)
	for _, tc := range []struct {
		v       float64
		verdict string
	}{{2390, "consistent"}, {2410, "inconsistent"}} {
		f := boatsIn(group(tc.v), group(tc.v), "exact", tc.v, "2030-01-01", "2030-02-28")
		if ch := c.Compare(f); ch.Verdict != tc.verdict || *ch.Reference != 2300 {
			t.Errorf("%v: %s %v %q, want %s", tc.v, ch.Verdict, ch.Reference, ch.Rule, tc.verdict)
		}
	}
}
