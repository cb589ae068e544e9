package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/numtrail/numtrail/schemas"
)

// Adding a measure is a change to the vocabulary's data: the extractor
// classifies with whatever the vocabulary holds.
func TestNewMeasureIsData(t *testing.T) {
	const text = "Some 2,100 people were in immigration detention at the end of June."
	x, err := New(WithoutMeasureModel())
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
	// (with the measure model, which knows nothing of the new measure and
	// leaves the rules' choice of it alone)
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
	if _, err := New(WithMeasures(bad), WithoutMeasureModel()); err == nil {
		t.Error("a change_measure outside the vocabulary was accepted")
	}
	badGroup := []schemas.Measure{{Name: "other", Units: []string{"persons"}}, {Name: "returns", Units: []string{"persons"}, GroupIn: []string{"deportations"}}}
	if _, err := New(WithMeasures(badGroup), WithoutMeasureModel()); err == nil {
		t.Error("a group_in outside the vocabulary was accepted")
	}
	badWhole := []schemas.Measure{{Name: "other", Units: []string{"persons"}}, {Name: "returns", Units: []string{"persons"}, WholeIn: []string{"claims"}}}
	if _, err := New(WithMeasures(badWhole), WithoutMeasureModel()); err == nil {
		t.Error("a whole_in outside the vocabulary was accepted")
	}
	badNarrow := []schemas.Measure{{Name: "other", Units: []string{"persons"}}, {Name: "returns", Units: []string{"persons"}, NarrowedBy: []string{"other"}}}
	if _, err := New(WithMeasures(badNarrow), WithoutMeasureModel()); err == nil {
		t.Error("a narrowed_by measure with no required names was accepted")
	}
	badNot := []schemas.Measure{{Name: "other", Units: []string{"persons"}}, {Name: "emigration", Units: []string{"persons"}, Cues: map[string]float64{"left": 2}, NotCues: []string{"right behind"}}}
	if _, err := New(WithMeasures(badNot), WithoutMeasureModel()); err == nil {
		t.Error("a not_cue that holds none of the measure's cues was accepted")
	}
	inner := []schemas.Measure{{Name: "other", Units: []string{"persons"}}, {Name: "asylum_backlog", Units: []string{"persons"}, Cues: map[string]float64{"first decision": 4}, NotCues: []string{"at the first decision"}}}
	if _, err := New(WithMeasures(inner), WithoutMeasureModel()); err != nil {
		t.Errorf("a not_cue that holds a cue of several words was refused: %v", err)
	}
	noMoney := []schemas.Measure{{Name: "other", Units: []string{"persons"}, MoneyCues: map[string]float64{"shortfall": 6}}}
	if _, err := New(WithMeasures(noMoney), WithoutMeasureModel()); err == nil {
		t.Error("money cues on a measure with no unit of money were accepted")
	}
	badTopic := []schemas.Measure{{Name: "other", Units: []string{"persons"}}, {Name: "returns", Units: []string{"persons"}, TopicUnits: []string{"GBP"}}}
	if _, err := New(WithMeasures(badTopic), WithoutMeasureModel()); err == nil {
		t.Error("a topic unit that is not one of the measure's units was accepted")
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
	x, err := New(WithMeasures(ms), WithoutMeasureModel())
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
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	x2, err := New(WithMeasures(without), WithoutMeasureModel())
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

// The quick tests before matchAt (secondMisses, and the index by second
// word of the words that start many phrases) never turn away a phrase that
// matchAt would find: findAll and phraseMatcher.at find what trying every
// phrase at every token finds, in any letter case.
func TestPhraseNarrowingLosesNothing(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	lx := x.lx
	narrowed := 0
	for _, wi := range lx.vocab {
		for id := range wi.bySecond {
			if wi.bySecond[id] != nil {
				narrowed++
			}
		}
	}
	if narrowed == 0 {
		t.Fatal("no word's phrases are indexed by their second word")
	}
	const text = "The Home Office said the UK and the EU met in the north east, while " +
		"THE UNITED KINGDOM's figures for the Republic of Ireland and the South West rose. " +
		"According to the ONS, the net migration figure for England and Wales fell; the " +
		"Channel crossings, the asylum backlog and The Asylum Support bill were debated " +
		"in the House of Commons, as were The Rwanda scheme and the French coast."
	// (in title case too: each word's first letter upper)
	titled := strings.Fields(strings.ToLower(text))
	for i, w := range titled {
		titled[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	for _, s := range []string{text, strings.ToUpper(text), strings.ToLower(text), strings.Join(titled, " ")} {
		checkNarrowing(t, lx.words, []*phraseMatcher{&lx.cues, &lx.placeMatch, &lx.requires}, s)
	}

	// a phrase word with a curly apostrophe is not in lower case as the
	// tokenizer writes it ("king's"): the text "king’s" matches it as
	// written, and the word before it must not turn it away, whether it
	// starts many phrases ("the") or few ("in")
	m := &phraseMatcher{bit: fCues}
	for i, p := range []string{"the king’s speech", "the home office", "the uk", "the eu", "the channel", "the ons",
		"the treasury", "the french", "the rwanda scheme", "the commons", "in king’s lynn"} {
		m.add(p, i, 1)
	}
	v := vocabulary{}
	v.addMatcher(m)
	v.linkWords([]*phraseMatcher{m})
	if v["the"].bySecond[0] == nil {
		t.Fatal("\"the\" is not indexed by second word")
	}
	words, err := newWordTable(v, m)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"In the king’s speech, the Home Office", "THE KING’S SPEECH and The Channel", "the King’s Speech, the UK", "homes in king’s lynn"} {
		checkNarrowing(t, words, []*phraseMatcher{m}, s)
	}
}

// checkNarrowing compares findAll and phraseMatcher.at on s with trying
// every phrase of each matcher at every token.
func checkNarrowing(t *testing.T, words *wordTable, ms []*phraseMatcher, s string) {
	t.Helper()
	var low lowerBuf
	toks := tokenize(s, nil, words, &low)
	got := make([][]match, len(ms))
	findAll(toks, s, ms, got)
	for k, m := range ms {
		var want []match
		for i := range toks {
			tk := &toks[i]
			if tk.flags&m.bit != 0 {
				es := tk.info.first[m.id]
				best, found := match{}, false
				for j := range es {
					e := &es[j]
					if end, ok := matchAt(toks, s, i, len(toks), e); ok {
						want = append(want, match{s: i, e: end, target: e.target, weight: e.weight, units: e.units, veto: e.veto})
						if !found || end > best.e {
							best, found = match{s: i, e: end, target: e.target, weight: e.weight, units: e.units}, true
						}
					}
				}
				if b, ok := m.at(toks, s, i, len(toks)); ok != found || b != best {
					t.Errorf("matcher %d at %q of %q: at() = %v %v, want %v %v", k, tk.str(s), s, b, ok, best, found)
				}
			}
			if len(m.stems) > 0 && tk.flags&fStem != 0 {
				want = m.stemsAt(tk, i, want)
			}
		}
		if !slices.Equal(got[k], want) {
			t.Errorf("matcher %d on %.40q…: findAll found %d matches, trying every phrase %d", k, s, len(got[k]), len(want))
		}
		if len(want) == 0 {
			t.Errorf("matcher %d on %.40q…: the text has none of its phrases", k, s)
		}
	}
}

// TestNoSourceAliasOfNothing: sourceName returns "" for "" without looking
// it up, which is right only while sources.json gives "" no alias.
func TestNoSourceAliasOfNothing(t *testing.T) {
	aliases, err := schemas.SourceAliases()
	if err != nil {
		t.Fatal(err)
	}
	if full, ok := aliases[""]; ok {
		t.Errorf("sources.json gives the empty name the alias %q", full)
	}
}
