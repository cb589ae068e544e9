package extract

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/numtrail/numtrail/schemas"
)

// The margin of an estimate ("+/-", "±", "plus or minus") is no level of the
// estimate's measure: it is other, a level in the estimate's unit, with the
// estimate's period, whether the rules decide alone, with the embedded
// model, or with a model that scores the estimate's measure far above the
// rest; the estimate itself keeps its measure.
func TestMarginIsNoLevelOfTheMeasure(t *testing.T) {
	ms, err := schemas.Measures()
	if err != nil {
		t.Fatal(err)
	}
	names := make([]string, len(ms))
	for i, m := range ms {
		names[i] = m.Name
	}
	class := func(name string) string { return strconv.Itoa(slices.Index(names, name)) }
	rules, embedded := rulesAndModel(t)
	// a model that calls every figure net migration, by far more than its margin
	eager, err := New(withModel("margin\t0\nclasses\t" + strings.Join(names, "\t") + "\n" +
		"bias=\t" + class("net_migration") + ":50\n"))
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2031, time.November, 20, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text, estimate, measure, margin, unit, from, to string
	}{
		{"Net migration to the UK was put at 388,000 +/- 47,000 in the year ending June 2030.", "388,000", "net_migration", "47,000", "persons", "2029-07-01", "2030-06-30"},
		{"Emigration of British nationals is modelled at 96,000 (± 21,000) for the year ending June 2030.", "96,000", "emigration", "21,000", "persons", "2029-07-01", "2030-06-30"},
		{"The statisticians estimate long-term immigration at 905,000 in 2030, plus or minus 58,000.", "905,000", "immigration", "58,000", "persons", "2030-01-01", "2030-12-31"},
		{"Some 61% of those arriving on small boats in 2030 were adult men, ±3 percentage points.", "Some 61%", "", "3 percentage points", "percent", "2030-01-01", "2030-12-31"},
	}
	for _, c := range cases {
		for xi, x := range []*Extractor{rules, embedded, eager} {
			var est, mar bool
			for _, m := range x.Extract(c.text, pub) {
				switch m.Quote {
				case c.estimate:
					est = true
					if xi < 2 && c.measure != "" && m.Measure != c.measure {
						t.Errorf("extractor %d, %q: estimate %s, want %s", xi, c.text, m.Measure, c.measure)
					}
				case c.margin:
					mar = true
					if m.Measure != "other" || m.Statistic != "level" || m.Unit != c.unit {
						t.Errorf("extractor %d, %q: margin %s %s %s, want other level %s", xi, c.text, m.Measure, m.Statistic, m.Unit, c.unit)
					}
					if from, to := m.PeriodStart.Format(time.DateOnly), m.PeriodEnd.Format(time.DateOnly); from != c.from || to != c.to {
						t.Errorf("extractor %d, %q: margin's period %s..%s, want %s..%s", xi, c.text, from, to, c.from, c.to)
					}
					if m.Extractor != Version {
						t.Errorf("extractor %d, %q: margin's extractor %q, want the rules' %q", xi, c.text, m.Extractor, Version)
					}
				}
			}
			if !est || !mar {
				t.Errorf("extractor %d, %q: estimate found %v, margin found %v", xi, c.text, est, mar)
			}
		}
	}
}

// A grant rate is the share of asylum decisions that were grants:
// asylum_grants, statistic share, with or without the model, whatever
// else the story is about; a rate that is not joined to the figure, or is
// of visas, is not.
func TestGrantRateIsAShareOfGrants(t *testing.T) {
	rules, embedded := rulesAndModel(t)
	pub := time.Date(2031, time.November, 20, 0, 0, 0, 0, time.UTC)
	cases := []struct{ text, quote, measure, statistic string }{
		{"The queue of asylum claims awaiting a decision shrank to 58,000. The grant rate hit a high of 81% in 2029 and has since fallen to 44%.", "44%", "asylum_grants", "share"},
		{"Asylum backlog cut to 58,000 as the initial grant rate fell to 44%.", "44%", "asylum_grants", "share"},
		{"Of 96,500 asylum decisions, 41,000 were grants, a grant rate of 42%.", "42%", "asylum_grants", "share"},
		{"Asylum grant rates for Iraqi and Iranian claimants were far apart, at 23% and 71%.", "71%", "asylum_grants", "share"},
		{"The asylum grant rate slipped from 64% to 52% in the year to March 2031.", "64%", "asylum_grants", "share"},
		{"A charity said the fall in the asylum grant rate would push more claimants into appeals, where 46% of cases succeed.", "46%", "other", ""},
		{"Home Office figures show 14,300 youth mobility visa applications and 13,900 visas issued, a grant rate of 97%.", "97%", "other", "share"},
	}
	for _, c := range cases {
		for xi, x := range []*Extractor{rules, embedded} {
			found := false
			for _, m := range x.Extract(c.text, pub) {
				if m.Quote != c.quote {
					continue
				}
				found = true
				if m.Measure != c.measure || c.statistic != "" && m.Statistic != c.statistic {
					t.Errorf("extractor %d, %q: %s %s, want %s %s", xi, c.text, m.Measure, m.Statistic, c.measure, c.statistic)
				}
			}
			if !found {
				t.Errorf("%q: no mention %q", c.text, c.quote)
			}
		}
	}
}

// rulesAndModel returns an extractor that classifies by the rules alone
// and one with the embedded measure model.
func rulesAndModel(t *testing.T) (rules, embedded *Extractor) {
	t.Helper()
	rules, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	if embedded, err = New(); err != nil {
		t.Fatal(err)
	}
	return rules, embedded
}
