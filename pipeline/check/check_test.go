package check

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"
)

func fp(v float64) *float64 { return &v }

func d(s string) model.Date {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return model.Date{Time: t}
}

// official makes an official figure for [from, to].
func official(id, measure string, v float64, from, to, published string) Figure {
	f := Figure{ID: id, SourceID: "official/t", Title: "Release " + published, Measure: measure, Statistic: "level", Unit: "persons",
		Qualifier: "exact", Geography: "United Kingdom", Value: fp(v), ValueText: group(v), PeriodStart: d(from), PeriodEnd: d(to),
		PeriodLabel: from + ".." + to}
	if published != "" {
		p, _ := time.Parse(time.DateOnly, published)
		f.Published = p
	}
	return f
}

// reported makes a reported figure.
func reported(quote, text, qualifier string, v float64) Figure {
	return Figure{ID: "r-" + quote, SourceID: "articles/x", Measure: "net_migration", Statistic: "level", Unit: "persons",
		Qualifier: qualifier, Geography: "United Kingdom", Value: fp(v), ValueText: text, Quote: quote,
		Published: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)}
}

func withPeriod(f Figure, from, to string) Figure {
	if from != "" {
		f.PeriodStart = d(from)
	}
	f.PeriodEnd = d(to)
	return f
}

func TestVerdictRules(t *testing.T) {
	c := New([]Figure{
		official("o1", "net_migration", 685000, "2023-01-01", "2023-12-31", "2024-05-23"),
		official("o2", "net_migration", 1234567, "2022-01-01", "2022-12-31", "2023-05-25"),
	})
	ye23 := func(f Figure) Figure { return withPeriod(f, "2023-01-01", "2023-12-31") }
	for _, tc := range []struct {
		name    string
		f       Figure
		verdict string
		rule    string
	}{
		{"exact at the precision written", ye23(reported("685,000", "685,000", "exact", 685000)), "consistent", "684,500 to 685,500"},
		{"rounded figure within half a step", ye23(reported("0.7 million", "0.7 million", "exact", 700000)), "consistent", "650,000 to 750,000"},
		{"rounded figure outside", ye23(reported("695,000", "695,000", "exact", 695000)), "inconsistent", "is outside"},
		{"half a step away rounds to it", ye23(reported("690,000", "690,000", "exact", 690000)), "consistent", "685,000 to 695,000"},
		{"more than: official exceeds", ye23(reported("more than 600,000", "600,000", "more_than", 600000)), "consistent", "more than 600,000"},
		{"more than: official below", ye23(reported("more than 700,000", "700,000", "more_than", 700000)), "inconsistent", "is outside"},
		{"more than: official equal is not more", ye23(reported("more than 685,000", "685,000", "more_than", 685000)), "inconsistent", ""},
		{"almost: below and within 5%", ye23(reported("almost 700,000", "700,000", "almost", 700000)), "consistent", "just under 700,000"},
		{"almost: more than 5% below", ye23(reported("almost 750,000", "750,000", "almost", 750000)), "inconsistent", ""},
		{"almost: above", ye23(reported("almost 680,000", "680,000", "almost", 680000)), "inconsistent", ""},
		{"about: within 5%", ye23(reported("about 700,000", "700,000", "approximately", 700000)), "consistent", ""},
		{"about: off by 10%", ye23(reported("about 760,000", "760,000", "approximately", 760000)), "inconsistent", ""},
		{"at most", ye23(reported("up to 700,000", "700,000", "at_most", 700000)), "consistent", "at most 700,000"},
		{"less than", ye23(reported("fewer than 600,000", "600,000", "less_than", 600000)), "inconsistent", "less than 600,000"},
		{"no period", reported("685,000", "685,000", "exact", 685000), "ambiguous", "gives no period"},
		{"period without an official figure", withPeriod(reported("500,000", "500,000", "exact", 500000), "2019-01-01", "2019-12-31"), "no_reference", "no official figure"},
		{"a change is compared with the change of the levels", func() Figure {
			f := ye23(reported("68,000", "68,000", "exact", 68000))
			f.Statistic = "change"
			return f
		}(), "inconsistent", "against 1,234,567 for 2022-01-01..2022-12-31 is a change of -549,567"},
		{"an average is not compared", func() Figure {
			f := ye23(reported("68,000", "68,000", "exact", 68000))
			f.Statistic = "average"
			return f
		}(), "no_reference", "an average, not a level"},
		{"no official figure for the measure", func() Figure { f := ye23(reported("5,000", "5,000", "exact", 5000)); f.Measure = "returns"; return f }(), "no_reference", "returns"},
		{"another place", func() Figure { f := ye23(reported("5,000", "5,000", "exact", 5000)); f.Geography = "Wales"; return f }(), "no_reference", "Wales"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ch := c.Compare(tc.f)
			if ch.Verdict != tc.verdict || !strings.Contains(ch.Rule, tc.rule) {
				t.Errorf("got %s %q, want %s with %q", ch.Verdict, ch.Rule, tc.verdict, tc.rule)
			}
			if ch.Kind != "official_comparison" || ch.ObservationID != tc.f.ID || ch.ID == "" {
				t.Errorf("check fields: %+v", ch)
			}
			if ch.Verdict == "consistent" || ch.Verdict == "inconsistent" {
				if ch.Reference == nil || ch.Difference == nil || *ch.Difference != *ch.Reference-*ch.Reported || len(ch.ReferenceIDs) == 0 {
					t.Errorf("figures not filled: %+v", ch)
				}
			}
		})
	}
}

// A later revision does not overwrite an earlier one: a figure is checked
// against what was published before the article, and the rule names the
// other estimates.
func TestRevisions(t *testing.T) {
	c := New([]Figure{
		official("first", "net_migration", 672000, "2022-07-01", "2023-06-30", "2023-11-23"),
		official("second", "net_migration", 740000, "2022-07-01", "2023-06-30", "2024-05-23"),
		official("third", "net_migration", 906000, "2022-07-01", "2023-06-30", "2024-11-28"),
	})
	f := withPeriod(reported("740,000", "740,000", "exact", 740000), "2022-07-01", "2023-06-30")
	f.Published = time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	ch := c.Compare(f)
	if ch.Verdict != "consistent" || ch.ReferenceIDs[0] != "second" || !strings.Contains(ch.Rule, "other estimates: 672,000") || !strings.Contains(ch.Rule, "906,000") {
		t.Errorf("June 2024 article: %s %v %q", ch.Verdict, ch.ReferenceIDs, ch.Rule)
	}
	f.Published = time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)
	if ch := c.Compare(f); ch.Verdict != "inconsistent" || ch.ReferenceIDs[0] != "third" {
		t.Errorf("January 2025 article: %s %v", ch.Verdict, ch.ReferenceIDs)
	}
	f.Published = time.Date(2023, 8, 1, 0, 0, 0, 0, time.UTC) // before any release: the first one
	if ch := c.Compare(f); ch.ReferenceIDs[0] != "first" {
		t.Errorf("article before the first release: %v", ch.ReferenceIDs)
	}
}

func TestPeriodMatching(t *testing.T) {
	var figs []Figure
	for i, v := range []float64{0, 0, 300, 0, 250, 120, 0, 900, 0, 0} { // 1..10 March 2031
		day := time.Date(2031, 3, i+1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		f := official("day"+day, "small_boat_arrivals", v, day, day, "")
		figs = append(figs, f)
	}
	figs = append(figs, official("pop", "population", 61000000, "2030-06-30", "2030-06-30", "2031-02-01"))
	figs = append(figs, official("fy", "asylum_cost", 3.2e9, "2029-04-01", "2030-03-31", "2030-11-01"))
	figs = append(figs, official("fy2", "asylum_cost", 4.1e9, "2030-04-01", "2031-03-31", "2031-11-01"))
	figs[len(figs)-1].Unit, figs[len(figs)-2].Unit = "GBP", "GBP"
	c := New(figs)
	boats := func(quote, text, q string, v float64, from, to string) Figure {
		f := withPeriod(reported(quote, text, q, v), from, to)
		f.Measure = "small_boat_arrivals"
		f.Published = time.Date(2031, 3, 12, 0, 0, 0, 0, time.UTC)
		return f
	}
	// daily figures are summed over the period; data may stop short of the day of publication
	ch := c.Compare(boats("more than 1,500", "1,500", "more_than", 1500, "2031-03-01", "2031-03-12"))
	if ch.Verdict != "consistent" || *ch.Reference != 1570 || len(ch.ReferenceIDs) != 10 {
		t.Errorf("sum of daily figures: %s %v %q", ch.Verdict, ch.Reference, ch.Rule)
	}
	// the day a running total passed the figure is named
	ch = c.Compare(boats("over 1,000", "1,000", "more_than", 1000, "2031-03-01", "2031-03-06"))
	if ch.Verdict != "inconsistent" || !strings.Contains(ch.Rule, "passed 1,000 only on 2031-03-08") {
		t.Errorf("crossing: %s %q", ch.Verdict, ch.Rule)
	}
	// days missing from the period: the sum is only a lower bound, and the
	// verdict says so (so when the data stop short of a period that ends
	// before the day of publication)
	if ch := c.Compare(boats("2,000", "2,000", "exact", 2000, "2031-02-20", "2031-03-10")); ch.Verdict != "ambiguous" || !strings.Contains(ch.Rule, "cover 10 of the days of 2031-02-20..2031-03-10 (their sum is 1,570") {
		t.Errorf("period beyond the daily data: %s %q", ch.Verdict, ch.Rule)
	}
	early := boats("1,500", "1,500", "exact", 1500, "2031-03-01", "2031-03-11")
	early.Published = time.Date(2031, 3, 20, 0, 0, 0, 0, time.UTC)
	if ch := c.Compare(early); ch.Verdict != "ambiguous" || !strings.Contains(ch.Rule, "cover 10 of the days") {
		t.Errorf("data short of a period that ended before publication: %s %q", ch.Verdict, ch.Rule)
	}
	// each day's figure is the one the writer could know: not a revision
	// published after the document
	rev := official("rev-day3", "small_boat_arrivals", 450, "2031-03-03", "2031-03-03", "2031-04-01")
	figs[2].Published = time.Date(2031, 3, 5, 0, 0, 0, 0, time.UTC)
	c2 := New(append(slices.Clone(figs), rev))
	if ch := c2.Compare(boats("more than 1,500", "1,500", "more_than", 1500, "2031-03-01", "2031-03-12")); *ch.Reference != 1570 {
		t.Errorf("a later revision of one day: %v %q", *ch.Reference, ch.Rule)
	}
	if ch := c2.Compare(boats("over 700", "700", "more_than", 700, "2031-03-01", "2031-03-06")); !strings.Contains(ch.Rule, "passed 700 only on 2031-03-08") {
		t.Errorf("crossing with a later revision: %s %q", ch.Verdict, ch.Rule)
	}
	// a stock is compared at the end of the period
	pop := withPeriod(reported("61 million", "61 million", "exact", 61e6), "2029-07-01", "2030-06-30")
	pop.Measure = "population"
	if ch := c.Compare(pop); ch.Verdict != "consistent" || ch.ReferenceIDs[0] != "pop" {
		t.Errorf("stock: %s %q", ch.Verdict, ch.Rule)
	}
	// a rate per year with no year: the years that ended in the two years before publication
	rate := reported("£3bn", "£3bn", "exact", 3e9)
	rate.Measure, rate.Unit, rate.PerPeriod = "asylum_cost", "GBP", "year"
	rate.Published = time.Date(2031, 6, 1, 0, 0, 0, 0, time.UTC)
	if ch := c.Compare(rate); ch.Verdict != "consistent" || !strings.Contains(ch.Rule, "2029-04-01..2030-03-31") || !strings.Contains(ch.Rule, "was higher (£4.1bn)") {
		t.Errorf("yearly rate: %s %q", ch.Verdict, ch.Rule)
	}
	rate.Value, rate.ValueText, rate.Quote = fp(6e9), "£6bn", "£6bn"
	if ch := c.Compare(rate); ch.Verdict != "inconsistent" || !strings.Contains(ch.Rule, "no official year") {
		t.Errorf("yearly rate that matches no year: %s %q", ch.Verdict, ch.Rule)
	}
	// an official year given as "about" matches within its own rounding,
	// and the rule says what the verdict says
	imm := official("imm-y", "immigration", 1.2e6, "2030-01-01", "2030-12-31", "2031-05-01")
	imm.Qualifier, imm.ValueText = "approximately", "1.2 million"
	immRate := reported("1.25 million", "1.25 million", "exact", 1.25e6)
	immRate.Measure, immRate.PerPeriod, immRate.Published = "immigration", "year", time.Date(2031, 6, 1, 0, 0, 0, 0, time.UTC)
	if ch := New([]Figure{imm}).Compare(immRate); ch.Verdict != "consistent" || !strings.Contains(ch.Rule, "consistent with official 1,200,000") {
		t.Errorf("a yearly rate against an approximate year: %s %q", ch.Verdict, ch.Rule)
	}
	// a running total ("already") is compared with the latest official total before the document
	total := withPeriod(reported("£4.1bn", "£4.1bn", "exact", 4.1e9), "", "2031-12-01")
	total.Measure, total.Unit = "asylum_cost", "GBP"
	if ch := c.Compare(total); ch.Verdict != "consistent" || ch.ReferenceIDs[0] != "fy2" {
		t.Errorf("to date: %s %v %q", ch.Verdict, ch.ReferenceIDs, ch.Rule)
	}
}

func TestPrecision(t *testing.T) {
	for _, tc := range []struct {
		text string
		v    float64
		step float64
	}{
		{"60.9 million", 60.9e6, 1e5}, {"1,084,000", 1084000, 1000}, {"£4billion", 4e9, 1e9}, {"£290 million", 290e6, 1e7},
		{"1,185", 1185, 1}, {"£5.38bn", 5.38e9, 1e7}, {"12.5%", 12.5, 0.1}, {"four", 4, 1},
		{"three-quarters of a million", 750000, 1e5}, {"half a million", 500000, 1e5}, {"two million", 2e6, 1e6}, {"a dozen", 12, 10},
	} {
		if got := precision(tc.text, tc.v); got < tc.step*0.999 || got > tc.step*1.001 {
			t.Errorf("precision(%q) = %v, want %v", tc.text, got, tc.step)
		}
	}
}

func TestIdentities(t *testing.T) {
	imm := official("imm", "immigration", 1084000, "2022-07-01", "2023-06-30", "")
	emi := official("emi", "emigration", 462000, "2022-07-01", "2023-06-30", "")
	net := official("net", "net_migration", 622000, "2022-07-01", "2023-06-30", "")
	nat := official("nat", "natural_change", 400, "2022-07-01", "2023-06-30", "")
	pc := official("pc", "population_change", 610000, "2022-07-01", "2023-06-30", "")
	pc.Qualifier = "almost"
	other := official("imm-other", "immigration", 1200000, "2023-01-01", "2023-12-31", "")
	chs := Identities([]Figure{imm, emi, net, nat, pc, other})
	if len(chs) != 2 {
		t.Fatalf("%d identity checks: %+v", len(chs), chs)
	}
	if chs[0].Verdict != "consistent" || chs[0].ObservationID != "net" || *chs[0].Reference != 622000 || !strings.Contains(chs[0].Rule, "1,084,000 − 462,000 = 622,000") {
		t.Errorf("immigration − emigration: %+v", chs[0])
	}
	if chs[1].Verdict != "consistent" || chs[1].ObservationID != "pc" {
		t.Errorf("population change: %s %q", chs[1].Verdict, chs[1].Rule)
	}
	bad := official("net", "net_migration", 700000, "2022-07-01", "2023-06-30", "")
	if chs := Identities([]Figure{imm, emi, bad}); len(chs) != 1 || chs[0].Verdict != "inconsistent" || *chs[0].Difference != -78000 {
		t.Errorf("a net migration that does not add up: %+v", chs)
	}
	// a natural change is a change of the population, and the level of its
	// measure: it is checked against the tables and in the identity
	nc := official("nc-art", "natural_change", 4000, "2022-07-01", "2023-06-30", "")
	nc.Statistic = "change"
	if chs := Identities([]Figure{nc, official("net-a", "net_migration", 622000, "2022-07-01", "2023-06-30", ""), official("pc-a", "population_change", 626000, "2022-07-01", "2023-06-30", "")}); len(chs) != 1 || chs[0].Verdict != "consistent" {
		t.Errorf("population change with a natural change stated as a change: %+v", chs)
	}
	if ch := New([]Figure{official("nc-off", "natural_change", 4000, "2022-07-01", "2023-06-30", "")}).Compare(nc); ch.Verdict != "consistent" {
		t.Errorf("a natural change against the tables: %s %q", ch.Verdict, ch.Rule)
	}
	// births − deaths = natural change
	b, dd := official("b", "births", 598400, "2022-07-01", "2023-06-30", ""), official("d", "deaths", 598000, "2022-07-01", "2023-06-30", "")
	if chs := Identities([]Figure{b, dd, official("nc-bad", "natural_change", 4000, "2022-07-01", "2023-06-30", "")}); len(chs) != 1 || chs[0].Verdict != "inconsistent" || !strings.Contains(chs[0].Rule, "births − deaths = natural change") || !strings.Contains(chs[0].Rule, "598,400 − 598,000 = 400 against 4,000") {
		t.Errorf("births and deaths: %+v", chs)
	}
	// a hedged part lets the sum be more (or less) than its value: "more
	// than 1.25 million" less 508,000 can be 770,000; less than it cannot
	more := official("imm-h", "immigration", 1250000, "2022-07-01", "2023-06-30", "")
	more.Qualifier, more.ValueText = "more_than", "1.25 million"
	emi2 := official("emi2", "emigration", 508000, "2022-07-01", "2023-06-30", "")
	if chs := Identities([]Figure{more, emi2, official("net2", "net_migration", 770000, "2022-07-01", "2023-06-30", "")}); len(chs) != 1 || chs[0].Verdict != "consistent" || !strings.Contains(chs[0].Rule, "as the hedges of the parts allow") {
		t.Errorf("a hedged part: %+v", chs)
	}
	if chs := Identities([]Figure{more, emi2, official("net3", "net_migration", 600000, "2022-07-01", "2023-06-30", "")}); len(chs) != 1 || chs[0].Verdict != "inconsistent" {
		t.Errorf("below what a hedged part allows: %+v", chs)
	}
	// shares of one whole add up to 100, allowing for rounding
	share := func(id string, v float64) Figure {
		f := official(id, "irregular_arrivals", v, "2030-01-01", "2030-12-31", "")
		f.Statistic, f.Unit, f.PeriodLabel = "share", "percent", "2030"
		return f
	}
	chs = Identities([]Figure{share("a", 84), share("b", 8), share("c", 7), share("d", 1)})
	if len(chs) != 1 || chs[0].Verdict != "consistent" || !strings.Contains(chs[0].Rule, "84% + 8% + 7% + 1% = 100%") {
		t.Errorf("shares that add up: %+v", chs)
	}
	chs = Identities([]Figure{share("a", 84), share("b", 8), share("c", 3), share("d", 1)})
	if len(chs) != 1 || chs[0].Verdict != "inconsistent" {
		t.Errorf("shares that do not add up: %+v", chs)
	}
	// (the difference is the reference's 100 less the sum reported, as
	// every check gives it, and over the reference)
	chs = Identities([]Figure{share("a", 88), share("b", 9), share("c", 7), share("d", 1)})
	if len(chs) != 1 || *chs[0].Difference != -5 || *chs[0].RelativeDifference != -0.05 {
		t.Errorf("the difference of shares that add up to 105: %+v", chs)
	}
	if chs := Identities([]Figure{share("a", 40), share("b", 30), share("c", 5)}); len(chs) != 0 {
		t.Errorf("shares of different wholes were checked: %+v", chs)
	}
}

// TestCompareRuleWording pins the whole rule of the verdicts whose rules
// are put together without fmt, with and without a place and a rate.
func TestCompareRuleWording(t *testing.T) {
	c := New([]Figure{official("o1", "net_migration", 685000, "2023-01-01", "2023-12-31", "2024-05-23")})
	for _, tc := range []struct {
		measure, statistic, geography, unit, per, want string
	}{
		{"returns", "level", "United Kingdom", "persons", "", "no official figure for returns in United Kingdom in persons"},
		{"returns", "level", "", "persons", "", "no official figure for returns (no place) in persons"},
		{"hotel_cost", "level", "", "GBP", "day", "no official figure for hotel_cost (no place) in GBP per day"},
		{"net_migration", "level", "United Kingdom", "GBP", "year", "no official figure for net_migration in United Kingdom in GBP per year"},
		{"net_migration", "change", "United Kingdom", "persons", "", "'q' is a change that gives no period, and the official levels of net_migration in United Kingdom cover 2023-01-01..2023-12-31"},
		{"returns", "change", "United Kingdom", "persons", "", "'q' is a change, and the official tables hold no level of returns in United Kingdom to measure it by"},
		{"net_migration", "ratio", "United Kingdom", "other", "", "'q' is a ratio, not a level; the official tables hold levels of net_migration in United Kingdom only"},
		{"net_migration", "share", "", "percent", "", "'q' is a share, not a level; the official tables hold levels of net_migration (no place) only"},
		{"net_migration", "level", "United Kingdom", "persons", "", "'q' gives no period, and the official figures for net_migration in United Kingdom cover 2023-01-01..2023-12-31"},
		{"other", "level", "England and Wales", "years", "", "'q' counts none of the vocabulary's measures (measure other): no official figures are kept for it"},
		{"other", "percent_change", "United Kingdom", "percent", "", "'q' counts none of the vocabulary's measures (measure other): no official figures are kept for it"},
	} {
		f := reported("q", "1,000", "exact", 1000)
		f.Measure, f.Statistic, f.Geography, f.Unit, f.PerPeriod = tc.measure, tc.statistic, tc.geography, tc.unit, tc.per
		if ch := c.Compare(f); ch.Rule != tc.want {
			t.Errorf("%+v:\n got %q\nwant %q", tc, ch.Rule, tc.want)
		}
	}
}

// A running total is the sum of one-off payments when the latest official
// figure is a payment, not a total from the start of the series; a total
// from the start stands as it is.
func TestRunningTotalOfPayments(t *testing.T) {
	pay := func(id string, v float64, from, to string) Figure {
		f := official(id, "payment_to_rwanda", v, from, to, "")
		f.Unit = "GBP"
		return f
	}
	first, second := pay("p1", 140e6, "2031-04-01", "2031-04-30"), pay("p2", 100e6, "2032-04-01", "2032-04-30")
	paid := withPeriod(reported("£240 million", "£240 million", "exact", 240e6), "", "2032-05-15")
	paid.Measure, paid.Unit = "payment_to_rwanda", "GBP"
	ch := New([]Figure{first, second}).Compare(paid)
	if ch.Verdict != "consistent" || *ch.Reference != 240e6 || len(ch.ReferenceIDs) != 2 || !strings.Contains(ch.Rule, "add up to £240m (£140m for 2031-04-01..2031-04-30 + £100m for 2032-04-01..2032-04-30") {
		t.Errorf("two payments: %s %v %q", ch.Verdict, ch.ReferenceIDs, ch.Rule)
	}
	total := pay("t", 290e6, "2031-04-01", "2032-04-30")
	if ch := New([]Figure{first, second, total}).Compare(paid); ch.Verdict != "inconsistent" || ch.ReferenceIDs[0] != "t" {
		t.Errorf("a total from the start: %s %v %q", ch.Verdict, ch.ReferenceIDs, ch.Rule)
	}
}

// "About X" allows 5% either side of a negative level as of a positive
// one: net migration of a group can be below zero.
func TestAboutNegativeLevel(t *testing.T) {
	c := New([]Figure{official("o", "net_migration", -82000, "2040-01-01", "2040-12-31", "2041-05-20")})
	f := withPeriod(reported("about -86,000", "86,000", "approximately", -86000), "2040-01-01", "2040-12-31")
	if ch := c.Compare(f); ch.Verdict != "consistent" || !strings.Contains(ch.Rule, "-90,300 to -81,700") {
		t.Errorf("got %s %q", ch.Verdict, ch.Rule)
	}
}

// When a document gives several figures of a measure for one place and
// period (a first estimate and a revision), an identity holds when one
// pairing of them does, and the rule says which figures it took and which
// others there were; it is inconsistent only when none does.
func TestIdentitiesOfSeveralFigures(t *testing.T) {
	fig := func(id, measure string, v float64) Figure {
		return official(id, measure, v, "2040-07-01", "2041-06-30", "")
	}
	first, now := fig("net-first", "net_migration", 591000), fig("net-now", "net_migration", 817000)
	imm, emi := fig("imm", "immigration", 1263000), fig("emi", "emigration", 446000)
	for _, tc := range []struct {
		name        string
		figs        []Figure
		verdict, of string
		rule        []string
	}{
		{"the revision adds up, given second", []Figure{first, now, imm, emi}, "consistent", "net-now", []string{
			"1,263,000 − 446,000 = 817,000 against 817,000",
			"; the document gives several figures of net_migration for United Kingdom, 2040-07-01..2041-06-30 (591,000, 817,000): 817,000 is the one that adds up"}},
		{"the first estimate adds up", []Figure{now, first, fig("emi-old", "emigration", 672000), imm}, "consistent", "net-first", []string{
			"1,263,000 − 672,000 = 591,000 against 591,000"}},
		{"several of a part", []Figure{now, imm, fig("emi-old", "emigration", 672000), emi}, "consistent", "net-now", []string{
			"1,263,000 − 446,000 = 817,000", "several figures of emigration", "(672,000, 446,000): 446,000 is the one that adds up"}},
		{"none adds up", []Figure{first, fig("net-other", "net_migration", 700000), imm, emi}, "inconsistent", "net-first", []string{
			"1,263,000 − 446,000 = 817,000 against 591,000",
			"; the document gives several figures of net_migration for United Kingdom, 2040-07-01..2041-06-30 (591,000, 700,000): none adds up"}},
		{"one figure given twice", []Figure{now, fig("net-again", "net_migration", 817000), imm, emi}, "consistent", "net-now", []string{
			"1,263,000 − 446,000 = 817,000 against 817,000, within 1,500 apart"}},
	} {
		chs := Identities(tc.figs)
		if len(chs) != 1 {
			t.Errorf("%s: %d checks %+v", tc.name, len(chs), chs)
			continue
		}
		ok := chs[0].Verdict == tc.verdict && chs[0].ObservationID == tc.of
		for _, r := range tc.rule {
			ok = ok && strings.Contains(chs[0].Rule, r)
		}
		if !ok {
			t.Errorf("%s: got %s of %s %q, want %s of %s with %q", tc.name, chs[0].Verdict, chs[0].ObservationID, chs[0].Rule, tc.verdict, tc.of, tc.rule)
		}
	}
}
