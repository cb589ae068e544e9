package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/numtrail/numtrail/schemas"
)

func TestEmbeddedMeasureModel(t *testing.T) {
	m, err := defaultModel()
	if err != nil {
		t.Fatal(err)
	}
	ms, err := schemas.Measures()
	if err != nil {
		t.Fatal(err)
	}
	// every class is a measure of the vocabulary, in its order: a model
	// learnt before a measure was added or renamed must be learnt again
	if len(m.classes) != len(ms) {
		t.Fatalf("the model has %d classes, the vocabulary %d measures", len(m.classes), len(ms))
	}
	for k, mi := range m.classes {
		if mi != k {
			t.Errorf("class %d is measure %d", k, mi)
		}
	}
	if m.margin <= 0 {
		t.Errorf("margin %v: the model would overrule the rules on a tie", m.margin)
	}
	if m.n < 1000 {
		t.Errorf("only %d features", m.n)
	}
	b, _ := schemas.MeasureModel()
	for _, want := range []string{"\n# epochs: ", "\n# sets: testdata/"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("the model file's header lacks %q: cmd/trainmeasure reads it to learn the model again", want)
		}
	}
}

func TestParseMeasureModelErrors(t *testing.T) {
	idx := map[string]int{"other": 0, "immigration": 1}
	for _, c := range []struct{ file, want string }{
		{"l0=of\t0:1\n", "line 1: a feature before the classes line"},
		{"classes\tother\nl0=of\t0:x\n", `line 2: bad weight "0:x"`},
		{"classes\tother\nl0=of\t1:2\n", `line 2: bad weight "1:2"`},
		{"classes\tother\nl0=of\t0:1\nl0=of\t0:2\n", `line 3: feature "l0=of" given twice`},
		{"margin\t-1\nclasses\tother\n", `line 1: bad margin "-1"`},
		{"classes\tother\nclasses\tother\n", "line 2: a second classes line"},
		{"# nothing\n", "no classes line"},
		{"classes" + strings.Repeat("\tother", 257) + "\n", "line 1: 257 classes; a model has at most 256"},
	} {
		_, err := parseMeasureModel([]byte(c.file), idx)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.file, err, c.want)
		}
	}
	m, err := parseMeasureModel([]byte("# a comment\nmargin\t2.5\nclasses\tother\tno_such_measure\timmigration\nl0=of\t2:1.5\t0:-1\n"), idx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m.classes, []int{0, -1, 1}) || m.margin != 2.5 {
		t.Errorf("classes %v margin %v", m.classes, m.margin)
	}
	if w := m.weights(feature{kind: fkLeft0, a: "of"}.hash()); !slices.Equal(w, []weight{{2, 1.5}, {0, -1}}) {
		t.Errorf("weights %v", w)
	}
}

// cases: each example's features and the right answer.
func cases(n int, rule, target string, features ...string) ([]Example, []string) {
	var es []Example
	var ts []string
	for range n {
		es = append(es, Example{Rule: rule, Features: append([]string{"bias=", "rule=" + rule}, features...)})
		ts = append(ts, target)
	}
	return es, ts
}

func TestTrainMeasureModel(t *testing.T) {
	// the rules say "a" wherever "held" stands after a figure, but a person
	// said "other" there; "arrived" after a figure is "a", as the rules say
	var exs []Example
	var targets []string
	for _, c := range []struct {
		n            int
		rule, target string
		fs           []string
	}{
		{30, "a", "other", []string{"r0=held"}},
		{30, "a", "a", []string{"r0=arrived"}},
		{20, "b", "b", []string{"r0=applied"}},
		{5, "a", "b", []string{"r0=arrived"}}, // (labels the words do not explain)
	} {
		es, ts := cases(c.n, c.rule, c.target, c.fs...)
		exs, targets = append(exs, es...), append(targets, ts...)
	}
	classes := []string{"a", "b", "other"}
	file, err := TrainMeasureModel(classes, exs, targets, 5, 1, "test\nsets: none")
	if err != nil {
		t.Fatal(err)
	}
	again, _ := TrainMeasureModel(classes, exs, targets, 5, 1, "test\nsets: none")
	if !bytes.Equal(file, again) {
		t.Error("the same examples gave two different models")
	}
	if !bytes.HasPrefix(file, []byte("# test\n# sets: none\nmargin\t1\nclasses\ta\tb\tother\n")) {
		t.Errorf("file starts %q", file[:min(len(file), 80)])
	}
	test, _ := cases(1, "a", "", "r0=held")
	t2, _ := cases(1, "a", "", "r0=arrived")
	t3, _ := cases(1, "a", "", "r0=unknown")
	t4, _ := cases(1, "b", "", "r0=applied")
	test = append(test, t2[0], t3[0], t4[0])
	got, err := PredictMeasures(file, test, 1)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"other", "a", "a", "b"}; !slices.Equal(got, want) {
		t.Errorf("predicted %v, want %v", got, want)
	}
	// a margin larger than any score keeps the rules' choice
	got, _ = PredictMeasures(file, test, 1e6)
	if want := []string{"a", "a", "a", "b"}; !slices.Equal(got, want) {
		t.Errorf("with a large margin: %v, want %v", got, want)
	}
	if _, err := TrainMeasureModel(classes, exs, append(targets[1:], "c"), 5, 1, ""); err == nil || !strings.Contains(err.Error(), `target "c" is not a class`) {
		t.Errorf("a target outside the classes: %v", err)
	}
}

func TestMeasureFeatures(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	text := "Channel crossings rose again. Last week about 4,500 people reached Dover in small boats, the Border Force said."
	var got []string
	for _, e := range x.Examples(text, time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)) {
		if text[e.Start:e.End] == "about 4,500" {
			got = e.Features
		}
	}
	if got == nil {
		t.Fatal("no example for 'about 4,500'")
	}
	for _, want := range []string{
		"bias=", "rule=small_boat_arrivals", "unit=persons", "stat=level", "ruleunit=small_boat_arrivals|persons",
		"prev=none", "size=persons|3",
		"l0=week", "l1=last", "bl=last_week", // the words before, nearest first
		"r0=people", "r1=reached", "br=people_reached", "r=dover", "r=border",
		"w=force", "w=said", "w=last", "w=people", // the sentence's words
		"mark=week_#", "mark=#_people",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("no feature %q in %q", want, got)
		}
	}
	for _, not := range []string{"w=channel", "l0=about", "r0=4", "w=4"} { // (another sentence; the figure's own words; numbers)
		if slices.Contains(got, not) {
			t.Errorf("feature %q in %q", not, got)
		}
	}
}

// The first strong cue after a figure, in its clause, is a feature with the
// figure's unit; one past a clause's end is none.
func TestRightCueFeature(t *testing.T) {
	x, err := New(WithoutMeasureModel())
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, quote, want string }{
		{"The new law lets some 30,000 Channel migrants claim asylum after all.", "some 30,000", "rc=asylum_applications|persons"},
		{"Of those who landed at Dover, 94% went on to claim asylum.", "94%", "rc=asylum_applications|percent"},
		{"About 30,000 people landed at Dover, and ministers expect most to claim asylum.", "About 30,000", ""},
	} {
		var got []string
		found := false
		for _, e := range x.Examples(c.text, pub) {
			if c.text[e.Start:e.End] != c.quote {
				continue
			}
			found = true
			for _, f := range e.Features {
				if strings.HasPrefix(f, "rc=") {
					got = append(got, f)
				}
			}
		}
		if !found {
			t.Errorf("%q: no example for %q", c.text, c.quote)
		}
		if c.want == "" && len(got) != 0 || c.want != "" && !slices.Equal(got, []string{c.want}) {
			t.Errorf("%q, %q: %q, want %q", c.text, c.quote, got, c.want)
		}
	}
}

// withModel is an Option that reads a model file in place of the embedded one.
func withModel(file string) Option {
	return func(o *options) { o.model = []byte(file) }
}

func TestMeasureModelHasTheLastWord(t *testing.T) {
	pub := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	ms, _ := schemas.Measures()
	names := make([]string, len(ms))
	for i, m := range ms {
		names[i] = m.Name
	}
	classes := "classes\t" + strings.Join(names, "\t") + "\n"
	class := func(name string) string { return strconv.Itoa(slices.Index(names, name)) }
	measureOf := func(x *Extractor, text, quote string) string {
		t.Helper()
		for _, m := range x.Extract(text, pub) {
			if m.Quote == quote {
				return m.Measure
			}
		}
		t.Fatalf("%q: no mention %q", text, quote)
		return ""
	}
	rules, _ := New(WithoutMeasureModel())
	// a model that says "detention" in a sentence makes a figure other, by
	// more than its margin, and "pending" asylum_backlog by less
	x, err := New(withModel("margin\t3\n" + classes +
		"w=detention\t" + class("other") + ":10\n" +
		"w=pending\t" + class("asylum_backlog") + ":2\n"))
	if err != nil {
		t.Fatal(err)
	}
	s1 := "Some 2,100 people arrived on small boats last month, and officials said many were then held in detention."
	if r, m := measureOf(rules, s1, "Some 2,100"), measureOf(x, s1, "Some 2,100"); r != "small_boat_arrivals" || m != "other" {
		t.Errorf("%q: rules %s, model %s; want small_boat_arrivals, other", s1, r, m)
	}
	s2 := "Some 2,100 people arrived on small boats last month, and many claims are still pending."
	if m := measureOf(x, s2, "Some 2,100"); m != "small_boat_arrivals" {
		t.Errorf("%q: %s; a score under the margin should leave the rules' choice", s2, m)
	}
	// the extractor column tells a measure the model chose from the rules'
	for _, c := range []struct {
		x    *Extractor
		text string
		want string
	}{{x, s1, ModelVersion}, {x, s2, Version}, {rules, s1, Version}} {
		for _, m := range c.x.Extract(c.text, pub) {
			if m.Quote == "Some 2,100" && m.Extractor != c.want {
				t.Errorf("%q: extractor %q, want %q", c.text, m.Extractor, c.want)
			}
		}
	}
	// not a change measure for a percentage, nor a measure for a ratio, nor
	// one the unit is not allowed for
	y, err := New(withModel("margin\t0\n" + classes +
		"bias=\t" + class("population_change") + ":50\t" + class("payment_to_rwanda") + ":40\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, quote string }{
		{"The population of Wales grew by 0.6% in the year to mid-2025.", "0.6%"},
		{"There were 2.4 unemployed people for every vacancy in the town.", "2.4"},
	} {
		if r, m := measureOf(rules, c.text, c.quote), measureOf(y, c.text, c.quote); r != m {
			t.Errorf("%q: rules %s, model %s", c.text, r, m)
		}
	}
	s3 := "The population of Wales grew by 18,000 in the year to mid-2025."
	if m := measureOf(y, s3, "18,000"); m != "population_change" {
		t.Errorf("%q: %s, want population_change", s3, m)
	}
	// a change of the population is given as the rules give it: the
	// population's change, a level
	z, err := New(withModel("margin\t0\n" + classes + "bias=\t" + class("population") + ":50\n"))
	if err != nil {
		t.Fatal(err)
	}
	s4 := "Net migration to Wales fell by 18,000 last year."
	for _, m := range z.Extract(s4, pub) {
		if m.Quote == "18,000" && (m.Measure != "population_change" || m.Statistic != "level") {
			t.Errorf("%q: %s %s, want population_change level", s4, m.Measure, m.Statistic)
		}
	}
	if r := measureOf(rules, s4, "18,000"); r != "net_migration" {
		t.Errorf("%q: the rules give %s", s4, r)
	}
	// and back: a fall the rules gave the population's change, level, that
	// the model makes other, is other's change; a flow the model makes
	// other ("gained 900 people") stays a level
	o, err := New(withModel("margin\t0\n" + classes + "w=pupils\t" + class("other") + ":50\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, quote, rule, measure, statistic string }{
		{"The population of Lanark dropped by 640 in a year, and the schools have fewer pupils.", "640", "population_change", "other", "change"},
		{"Lanark gained 900 people in a year, and the schools have more pupils.", "900", "population_change", "other", "level"},
	} {
		if r := measureOf(rules, c.text, c.quote); r != c.rule {
			t.Errorf("%q: the rules give %s, want %s", c.text, r, c.rule)
		}
		for _, m := range o.Extract(c.text, pub) {
			if m.Quote == c.quote && (m.Measure != c.measure || m.Statistic != c.statistic) {
				t.Errorf("%q: %s %s, want %s %s", c.text, m.Measure, m.Statistic, c.measure, c.statistic)
			}
		}
	}
	if _, err := New(withModel("l0=of\t0:1\n")); err == nil || !strings.Contains(err.Error(), "measure model: line 1") {
		t.Errorf("a bad model file: %v", err)
	}
}

// TestFeaturesCarryHashes: the model hashes the words of a feature only
// when it has no ha (add), so every feature the extractor makes must carry
// the hashes of its words, hb too for a kind of two parts. Each paragraph
// of the labelled articles is read on its own, learning, so that its last
// figure's features and its sentence's are checked.
func TestFeaturesCarryHashes(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("../../testdata/holdout/articles/*.txt")
	if len(paths) == 0 {
		t.Skip("no articles")
	}
	kinds := map[featKind]bool{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, para := range strings.Split(string(b), "\n\n") {
			d := &docState{x: x, learning: true}
			x.extract(d, para, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC))
			for _, f := range d.feats {
				kinds[f.kind] = true
				if f.ha != featWordHash(f.a) || featSeps[f.kind] != "" && f.hb != featWordHash(f.b) {
					t.Errorf("%s: hashes %x, %x", f, f.ha, f.hb)
				}
			}
		}
	}
	if len(kinds) < int(numFeatKinds) {
		t.Logf("%d kinds of %d seen", len(kinds), numFeatKinds)
	}
}
