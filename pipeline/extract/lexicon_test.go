package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/numtrail/numtrail/schemas"
)

// Adding a measure is a change to the vocabulary's data: the extractor
// classifies with whatever the vocabulary holds.
func TestNewMeasureIsData(t *testing.T) {
	const text = "Some 2,100 people were in immigration detention at the end of June."
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	before := x.Extract(text, time.Time{})
	if len(before) != 1 || before[0].Measure == "immigration_detention" {
		t.Fatalf("before: %+v", before)
	}
	ms, err := schemas.Measures()
	if err != nil {
		t.Fatal(err)
	}
	ms = append(ms, schemas.Measure{
		Name: "immigration_detention", Description: "People held in immigration detention.",
		Units: []string{"persons"}, Cues: map[string]float64{"detention": 6, "detained": 6},
	})
	x2, err := New(WithMeasures(ms))
	if err != nil {
		t.Fatal(err)
	}
	after := x2.Extract(text, time.Time{})
	if len(after) != 1 || after[0].Measure != "immigration_detention" || after[0].Quote != "Some 2,100" {
		t.Fatalf("after adding the measure: %+v", after)
	}
}

// A vocabulary must keep "other" and name real change measures and groups.
func TestVocabularyChecked(t *testing.T) {
	if _, err := New(WithMeasures([]schemas.Measure{{Name: "population", Units: []string{"persons"}}})); err == nil {
		t.Error("a vocabulary without \"other\" was accepted")
	}
	bad := []schemas.Measure{{Name: "other", Units: []string{"persons"}}, {Name: "population", Units: []string{"persons"}, ChangeMeasure: "nope"}}
	if _, err := New(WithMeasures(bad)); err == nil {
		t.Error("a change_measure outside the vocabulary was accepted")
	}
	badGroup := []schemas.Measure{{Name: "other", Units: []string{"persons"}}, {Name: "returns", Units: []string{"persons"}, GroupIn: []string{"deportations"}}}
	if _, err := New(WithMeasures(badGroup)); err == nil {
		t.Error("a group_in outside the vocabulary was accepted")
	}
	badWhole := []schemas.Measure{{Name: "other", Units: []string{"persons"}}, {Name: "returns", Units: []string{"persons"}, WholeIn: []string{"claims"}}}
	if _, err := New(WithMeasures(badWhole)); err == nil {
		t.Error("a whole_in outside the vocabulary was accepted")
	}
	badNarrow := []schemas.Measure{{Name: "other", Units: []string{"persons"}}, {Name: "returns", Units: []string{"persons"}, NarrowedBy: []string{"other"}}}
	if _, err := New(WithMeasures(badNarrow)); err == nil {
		t.Error("a narrowed_by measure with no required names was accepted")
	}
	badNot := []schemas.Measure{{Name: "other", Units: []string{"persons"}}, {Name: "emigration", Units: []string{"persons"}, Cues: map[string]float64{"left": 2}, NotCues: []string{"right behind"}}}
	if _, err := New(WithMeasures(badNot)); err == nil {
		t.Error("a not_cue that begins with none of the measure's cues was accepted")
	}
	noMoney := []schemas.Measure{{Name: "other", Units: []string{"persons"}, MoneyCues: map[string]float64{"shortfall": 6}}}
	if _, err := New(WithMeasures(noMoney)); err == nil {
		t.Error("money cues on a measure with no unit of money were accepted")
	}
}

// A measure's money cues speak for sums of money even when its cue units
// leave money out, and for nothing else.
func TestMoneyCues(t *testing.T) {
	ms, err := schemas.Measures()
	if err != nil {
		t.Fatal(err)
	}
	for i := range ms {
		if ms[i].Name == "other" {
			ms[i].MoneyCues = map[string]float64{"whitewash": 8}
		}
	}
	x, err := New(WithMeasures(ms))
	if err != nil {
		t.Fatal(err)
	}
	got := x.Extract("Asylum spending came to £4.2bn, a whitewash, and 3,100 people were granted asylum, a whitewash.", time.Time{})
	if len(got) != 2 || got[0].Measure != "other" || got[1].Measure == "other" {
		t.Fatalf("a money cue should make the sum other and leave the count alone: %+v", got)
	}
}

// Every lexicon file parses and every measure's cues are reachable.
func TestLexiconsLoad(t *testing.T) {
	lx, err := loadLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.places) == 0 || len(lx.periods.Months) != 24 || len(lx.rateNames) == 0 {
		t.Errorf("lexicon incomplete: %d places, %d month words, %d rates", len(lx.places), len(lx.periods.Months), len(lx.rateNames))
	}
	for _, m := range lx.measures {
		if m.Name != "other" && len(m.Cues) == 0 {
			t.Errorf("measure %s has no cues: it can never be chosen", m.Name)
		}
	}
}

// unitBit answers without a map lookup; it must agree with unitBits.
func TestUnitBitAgreesWithTable(t *testing.T) {
	for u, b := range unitBits {
		if got := unitBit(u); got != b {
			t.Errorf("unitBit(%q) = %d, want %d", u, got, b)
		}
	}
	if got := unitBit(anyUnit); got != 0 {
		t.Errorf("unitBit(%q) = %d, want 0", anyUnit, got)
	}
}

// A not_cue keeps the cue it begins with from speaking for its measure, and
// is data: the same vocabulary without it lets the cue speak.
func TestNotCues(t *testing.T) {
	const text = "The flats the contractor left empty could house 380 people, the council says."
	ms, err := schemas.Measures()
	if err != nil {
		t.Fatal(err)
	}
	var withVeto bool
	without := slices.Clone(ms)
	for i, m := range without {
		if slices.Contains(m.NotCues, "left empty") {
			withVeto = true
			without[i].NotCues = nil
		}
	}
	if !withVeto {
		t.Fatal("no measure has the not_cue \"left empty\"")
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	x2, err := New(WithMeasures(without))
	if err != nil {
		t.Fatal(err)
	}
	got, got2 := x.Extract(text, time.Time{}), x2.Extract(text, time.Time{})
	if len(got) != 1 || len(got2) != 1 {
		t.Fatalf("%+v / %+v", got, got2)
	}
	if got[0].Measure == "emigration" {
		t.Errorf("with the not_cue: %s", got[0].Measure)
	}
	if got2[0].Measure != "emigration" {
		t.Errorf("without the not_cue the cue \"left\" should speak for emigration: %s", got2[0].Measure)
	}
}
