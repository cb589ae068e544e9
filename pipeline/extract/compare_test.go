package extract

import (
	"testing"
	"time"
)

// Figures joined to a comparison ("up from 49 in 2023 and 41 in 2022") are
// the same kind of figure; a ratio is of the figure it follows.
func TestComparedFigures(t *testing.T) {
	x, err := New()
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
	x, err := New()
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
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	ms := x.Extract("Emigration rose sharply, above all among people who first arrived on student visas (64,000 in 2031).", time.Time{})
	if len(ms) != 1 || ms[0].Measure != "emigration" {
		t.Errorf("%+v", ms)
	}
}
