package main

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/numtrail/numtrail/pipeline/extract"
	"github.com/numtrail/numtrail/schemas"
)

func TestTarget(t *testing.T) {
	_, vocab, err := vocabulary()
	if err != nil {
		t.Fatal(err)
	}
	for label, want := range map[string]string{
		"small_boat_arrivals":                    "small_boat_arrivals",
		"small_boat_arrivals_change":             "small_boat_arrivals",
		"small_boat_occupancy":                   "small_boat_arrivals",
		"small_boat_count":                       "small_boats",
		"population_change":                      "population_change", // a measure of its own
		"population_growth":                      "population_change",
		"population_natural_change":              "natural_change",
		"population_share_born_abroad":           "population",
		"net_migration_revision":                 "net_migration",
		"immigration_work_non_eu":                "immigration",
		"visas_granted_study_change":             "visas_granted",
		"asylum_backlog_appeals_ratio":           "asylum_backlog",
		"rwanda_scheme_planned_cost":             "rwanda_scheme_cost",
		"small_boat_share_of_irregular_arrivals": "irregular_arrivals",
		"immigration_detentions_rwanda":          "other",
		"asylum_hotel_population":                "other", // (not a breakdown of a measure: it starts with none)
		"hotel_cost":                             "hotel_cost",
		"births":                                 "births",
	} {
		if got := target(label, vocab); got != want {
			t.Errorf("target(%q) = %q, want %q", label, got, want)
		}
	}
}

func TestMatch(t *testing.T) {
	// "about 4,500" and "4,500" overlap; the label of "about 4,500" takes
	// the example that covers it, and a label no example overlaps is left
	labels := []label{
		{Start: 10, Quote: "about 4,500"}, // 10..21
		{Start: 16, Quote: "4,500"},       // 16..21
		{Start: 40, Quote: "£3m"},         // 40..43
		{Start: 60, Quote: "half"},        // 60..64
	}
	exs := []extract.Example{{Start: 16, End: 21}, {Start: 10, End: 21}, {Start: 41, End: 43}, {Start: 70, End: 72}}
	got := match(labels, exs)
	want := []int{1, 0, 2, -1}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("match = %v, want %v", got, want)
		}
	}
}

// The committed model is what this program learns from the sets its header
// names: a change to the rules, the features or the labels that changes a
// case needs `just train-measure`.
func TestCommittedModelIsLearntFromItsSets(t *testing.T) {
	committed, err := schemas.MeasureModel()
	if err != nil {
		t.Fatal(err)
	}
	var sets []string
	margin := ""
	for _, l := range strings.Split(string(committed), "\n") {
		if s, ok := strings.CutPrefix(l, "# sets: "); ok {
			sets = strings.Fields(s)
		}
		if m, ok := strings.CutPrefix(l, "margin\t"); ok {
			margin = m
		}
	}
	if len(sets) < 100 || margin == "" {
		t.Fatalf("the header names %d sets and margin %q", len(sets), margin)
	}
	t.Chdir("../..")
	m, err := strconv.ParseFloat(margin, 64)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := train(sets, m)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, committed) {
		t.Errorf("learning from the %d sets gives another model than %s (%d bytes, not %d): run `just train-measure`", len(sets), schemas.MeasureModelPath, len(b), len(committed))
	}
}
