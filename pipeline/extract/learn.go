package extract

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"
	"github.com/numtrail/numtrail/schemas"
)

// The measure model: a linear classifier, learnt from the labelled sets
// under testdata, that has the last word on a figure's measure. It reads
// the measure the rules chose, the figure's unit and statistic, what the
// document is about, the measure of the figure before, and the words of the
// figure's sentence by their distance from it; it keeps the rules' choice
// unless the words say clearly that labellers chose otherwise in the same
// surroundings. The weights are data (schemas/lexicon/measure_model.tsv),
// written by cmd/trainmeasure from the labelled sets, not edited by hand.

// featKind is the kind of a feature: what the word or name stands for.
type featKind uint8

const (
	fkBias       featKind = iota
	fkRule                // the measure the rules chose
	fkUnit                // the figure's unit
	fkStat                // its statistic
	fkRuleUnit            // the rules' measure | the unit
	fkTopic               // the measure the document's cues name most
	fkPrev                // the measure of the figure before
	fkSize                // the unit | the figure's order of magnitude
	fkCue                 // a measure a cue of the sentence names | strong or weak
	fkNearCue             // the measure the cue nearest the figure names
	fkLeft0               // the word just before the figure
	fkLeft1               // the word before that
	fkLeft                // another of the six words before those
	fkRight0              // the word just after the figure
	fkRight1              // the word after that
	fkRight               // another of the six words after those
	fkSent                // another word of the sentence
	fkBigramL             // the two words before the figure
	fkBigramR             // the two words after it
	fkSentBigram          // two words in a row in the sentence ("#" the figure)
	numFeatKinds
)

// featNames name the kinds in the model file; featSeps join a feature's two
// parts, for the kinds that have two.
var (
	featNames = [numFeatKinds]string{"bias", "rule", "unit", "stat", "ruleunit", "topic", "prev", "size", "c", "cn",
		"l0", "l1", "l", "r0", "r1", "r", "w", "bl", "br", "w2"}
	featSeps = [numFeatKinds]string{fkRuleUnit: "|", fkSize: "|", fkCue: "|", fkBigramL: "_", fkBigramR: "_", fkSentBigram: "_"}
)

// window is how many words on each side of a figure are read by their
// distance; the rest of the sentence, up to reach tokens on each side, is
// read as a bag of words and of pairs of words.
const (
	window = 8
	reach  = 60
)

// feature is one feature of a figure: a kind and a word or name, or two.
type feature struct {
	kind featKind
	a, b string
}

// String is the feature's name in the model file: "l0=of",
// "ruleunit=immigration|persons".
func (f feature) String() string {
	if f.kind == numFeatKinds {
		return f.a
	}
	if sep := featSeps[f.kind]; sep != "" {
		return featNames[f.kind] + "=" + f.a + sep + f.b
	}
	return featNames[f.kind] + "=" + f.a
}

// hash is FNV-1a of the feature's String, without building it.
func (f feature) hash() uint64 {
	if f.kind == numFeatKinds { // (a name read whole, by PredictMeasures)
		return fnv(offset64, f.a)
	}
	h := fnv(fnv(fnv(offset64, featNames[f.kind]), "="), f.a)
	if sep := featSeps[f.kind]; sep != "" {
		h = fnv(fnv(h, sep), f.b)
	}
	return h
}

const offset64 = 14695981039346656037

// fnv continues the FNV-1a hash h over s.
func fnv(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

// contextWord returns the word token i stands for in the model's features:
// a word in lower case or a currency or percent sign; "" for numbers and
// other punctuation.
func (d *docState) contextWord(i int) string {
	t := &d.toks[i]
	switch t.kind {
	case tWord:
		return t.low
	case tPunct:
		switch t.low {
		case "£", "$", "€", "%":
			return t.low
		}
	}
	return ""
}

// measureFeatures returns the features of the figure q whose rules chose
// measure rule, with unit and stat, in sentence si. The slice is reused.
func (d *docState) measureFeatures(si int, q *quantity, rule, unit, stat string, prev []model.Mention) []feature {
	lx := d.x.lx
	fs := append(d.feats[:0], feature{kind: fkBias}, feature{fkRule, rule, ""}, feature{fkUnit, unit, ""},
		feature{fkStat, stat, ""}, feature{fkRuleUnit, rule, unit})
	topic := "none"
	for i, p := range d.prior {
		if p == 1 {
			topic = lx.measures[i].Name
			break
		}
	}
	pm := "none"
	if n := len(prev); n > 0 {
		pm = prev[n-1].Measure
	}
	fs = append(fs, feature{fkTopic, topic, ""}, feature{fkPrev, pm, ""})
	if v := q.value; q.hasValue || q.hasHigh {
		if !q.hasValue {
			v = q.high
		}
		mag := 0
		if v = math.Abs(v); v >= 1 {
			mag = int(math.Log10(v))
		}
		fs = append(fs, feature{fkSize, unit, strconv.Itoa(mag)})
	}
	cues := len(fs)
	near, dist := -1, 0
	for _, c := range d.sentCues {
		strength := "weak"
		if c.weight >= 4 {
			strength = "strong"
		}
		fs = addOnce(fs, cues, feature{fkCue, lx.measures[c.target].Name, strength})
		dd := c.s - q.te
		if c.e <= q.ts {
			dd = q.ts - c.e
		}
		if dd >= 0 && (near < 0 || dd < dist) {
			near, dist = c.target, dd
		}
	}
	if near >= 0 {
		fs = append(fs, feature{fkNearCue, lx.measures[near].Name, ""})
	}
	s := d.sents[si]
	lo, hi := max(s.a, q.ts-reach), min(s.b, q.te+reach)
	var around [4]string // the two words before the figure and the two after
	n := 0
	for i := q.ts - 1; i >= lo; i-- {
		w := d.contextWord(i)
		if w == "" {
			continue
		}
		k := fkSent
		switch {
		case n < 2:
			k = fkLeft0 + featKind(n)
			around[n] = w
		case n < window:
			k = fkLeft
		}
		fs = append(fs, feature{k, w, ""})
		n++
	}
	n = 0
	for i := q.te; i < hi; i++ {
		w := d.contextWord(i)
		if w == "" {
			continue
		}
		k := fkSent
		switch {
		case n < 2:
			k = fkRight0 + featKind(n)
			around[2+n] = w
		case n < window:
			k = fkRight
		}
		fs = append(fs, feature{k, w, ""})
		n++
	}
	if around[1] != "" {
		fs = append(fs, feature{fkBigramL, around[1], around[0]})
	}
	if around[3] != "" {
		fs = append(fs, feature{fkBigramR, around[2], around[3]})
	}
	last := ""
	for i := lo; i < hi; i++ {
		if i == q.ts {
			i, last = q.te-1, "#"
			continue
		}
		w := d.contextWord(i)
		if w == "" {
			continue
		}
		if last != "" {
			fs = append(fs, feature{fkSentBigram, last, w})
		}
		last = w
	}
	d.feats = fs
	return fs
}

// addOnce appends f unless fs[from:] holds it: the rest of the sentence is
// a set of words.
func addOnce(fs []feature, from int, f feature) []feature {
	for _, g := range fs[from:] {
		if g == f {
			return fs
		}
	}
	return append(fs, f)
}

// modelAllows returns which measures the model may choose for a figure of
// unit instead of the rules' choice: other, or a measure the unit is allowed
// for; not a measure for a figure of unit other (a ratio of counts); and not
// a change measure for a percentage ("grew by 0.6%" is a percent change of
// the population, as the rules give it, not of the population's change).
func (d *docState) modelAllows(unit string) func(int) bool {
	lx := d.x.lx
	return func(k int) bool {
		if k == lx.other {
			return true
		}
		if unit == "other" || unit == "percent" && lx.isChangeMeasure[k] {
			return false
		}
		return d.unitAllowed(k, unit)
	}
}

// measureModel holds the weights of the classifier: for each feature, a
// weight for each class.
type measureModel struct {
	classes []int            // class → measure index, -1 for a class the vocabulary lacks
	rows    map[uint64]int32 // feature hash → its first weight in w
	w       []float32
	// margin is how much more than the rules' choice another measure must
	// score to be chosen instead
	margin float32
}

// embeddedModel parses the embedded model file for a vocabulary.
func embeddedModel(measureIdx map[string]int) (*measureModel, error) {
	b, err := schemas.MeasureModel()
	if err != nil {
		return nil, err
	}
	m, err := parseMeasureModel(b, measureIdx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", schemas.MeasureModelPath, err)
	}
	return m, nil
}

// defaultModel is the embedded model for the embedded vocabulary, parsed
// once: a model is only read once parsed, and every Extractor of the
// embedded lexicons shares it.
var defaultModel = sync.OnceValues(func() (*measureModel, error) {
	ms, err := schemas.Measures()
	if err != nil {
		return nil, err
	}
	idx := make(map[string]int, len(ms))
	for i, m := range ms {
		idx[m.Name] = i
	}
	return embeddedModel(idx)
})

// parseMeasureModel reads a model file: a line "classes" and the class
// names, then a line for each feature, its name and its weights as
// "class:weight" (a class it does not list weighs 0). Lines starting with
// "#" are comments. Classes the vocabulary lacks are never chosen.
func parseMeasureModel(b []byte, measureIdx map[string]int) (*measureModel, error) {
	m := &measureModel{rows: map[uint64]int32{}}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		parts := strings.Split(t, "\t")
		if parts[0] == "margin" && len(parts) == 2 {
			v, err := strconv.ParseFloat(parts[1], 32)
			if err != nil || v < 0 {
				return nil, fmt.Errorf("line %d: bad margin %q", line, parts[1])
			}
			m.margin = float32(v)
			continue
		}
		if parts[0] == "classes" {
			if m.classes != nil {
				return nil, fmt.Errorf("line %d: a second classes line", line)
			}
			for _, c := range parts[1:] {
				i, ok := measureIdx[c]
				if !ok {
					i = -1
				}
				m.classes = append(m.classes, i)
			}
			continue
		}
		if m.classes == nil {
			return nil, fmt.Errorf("line %d: a feature before the classes line", line)
		}
		h := fnv(offset64, parts[0])
		if _, dup := m.rows[h]; dup {
			return nil, fmt.Errorf("line %d: feature %q given twice (or its hash collides)", line, parts[0])
		}
		at := len(m.w)
		m.rows[h] = int32(at)
		m.w = append(m.w, make([]float32, len(m.classes))...)
		for _, cw := range parts[1:] {
			k, w, ok := strings.Cut(cw, ":")
			ki, err1 := strconv.Atoi(k)
			wf, err2 := strconv.ParseFloat(w, 32)
			if !ok || err1 != nil || err2 != nil || ki < 0 || ki >= len(m.classes) {
				return nil, fmt.Errorf("line %d: bad weight %q", line, cw)
			}
			m.w[at+ki] = float32(wf)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if m.classes == nil {
		return nil, fmt.Errorf("no classes line")
	}
	return m, nil
}

// choose returns the measure the model gives the features, among those
// allowed; on a tie, rule (the rules' choice) wins. sc is scratch, reused.
func (m *measureModel) choose(fs []feature, rule int, allowed func(int) bool, sc []float32) int {
	sc = resize(sc, len(m.classes))
	for _, f := range fs {
		at, ok := m.rows[f.hash()]
		if !ok {
			continue
		}
		for k, w := range m.w[at : int(at)+len(sc)] {
			sc[k] += w
		}
	}
	best, bestScore := rule, float32(math.Inf(-1))
	for k, mi := range m.classes {
		if mi == rule {
			bestScore = sc[k] + m.margin
		}
	}
	for k, mi := range m.classes {
		if mi >= 0 && mi != rule && sc[k] > bestScore && allowed(mi) {
			best, bestScore = mi, sc[k]
		}
	}
	return best
}

// PredictMeasures returns the measure a model file gives each example,
// with margin in place of the file's: for measuring a model on examples
// it was not learnt from.
func PredictMeasures(file []byte, examples []Example, margin float32) ([]string, error) {
	var names []string
	for _, l := range strings.Split(string(file), "\n") {
		if c, ok := strings.CutPrefix(l, "classes\t"); ok {
			names = strings.Split(c, "\t")
			break
		}
	}
	idx := map[string]int{}
	for i, n := range names {
		idx[n] = i
	}
	m, err := parseMeasureModel(file, idx)
	if err != nil {
		return nil, err
	}
	m.margin = margin
	out := make([]string, len(examples))
	var fs []feature
	var sc []float32
	for i, e := range examples {
		fs = fs[:0]
		for _, f := range e.Features {
			fs = append(fs, feature{kind: numFeatKinds, a: f}) // hashed whole, as the file's names are
		}
		rule, ok := idx[e.Rule]
		if !ok {
			rule = -1
		}
		sc = resize(sc, len(names))
		k := m.choose(fs, rule, func(int) bool { return true }, sc)
		if k < 0 {
			out[i] = e.Rule
		} else {
			out[i] = names[k]
		}
	}
	return out, nil
}

// Example is a figure the extractor found, with the features the measure
// model reads of it and the measure the rules chose: one case to learn
// from.
type Example struct {
	Start, End int // code points, as Mention's
	Rule       string
	Features   []string
}

// Examples returns the figures Extract finds in text, as Examples, in the
// order of its mentions, classified by the rules alone.
func (x *Extractor) Examples(text string, published time.Time) []Example {
	d := &docState{x: x, learning: true}
	ms := x.extract(d, text, published)
	out := make([]Example, 0, len(ms))
	for _, m := range ms {
		// (the last recorded at the mention's place: a figure read again)
		for k := len(d.examples) - 1; k >= 0; k-- {
			if e := d.examples[k]; e.Start == m.Start && e.End == m.End {
				e.Rule = m.Measure
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// minWeight is the least weight the model file keeps: the many smaller
// ones, of words seen a few times, change few choices.
var minWeight = 1.0

// TrainMeasureModel learns weights for classes from examples whose measure
// a person gave (targets, one for each example), with the averaged
// perceptron: epochs passes in an order shuffled from a fixed seed, so that
// the same examples give the same file. It returns the model file.
func TrainMeasureModel(classes []string, examples []Example, targets []string, epochs int, margin float64, header string) ([]byte, error) {
	if len(examples) != len(targets) {
		return nil, fmt.Errorf("%d examples and %d targets", len(examples), len(targets))
	}
	ci := map[string]int{}
	for i, c := range classes {
		ci[c] = i
	}
	nc := len(classes)
	fi := map[string]int{}
	var names []string
	type ex struct {
		fs     []int
		rule   int
		target int
	}
	data := make([]ex, 0, len(examples))
	for i, e := range examples {
		t, ok := ci[targets[i]]
		if !ok {
			return nil, fmt.Errorf("example %d: target %q is not a class", i, targets[i])
		}
		r, ok := ci[e.Rule]
		if !ok {
			r = -1
		}
		var fs []int
		for _, f := range e.Features {
			k, ok := fi[f]
			if !ok {
				k = len(names)
				fi[f] = k
				names = append(names, f)
			}
			fs = append(fs, k)
		}
		data = append(data, ex{fs, r, t})
	}
	w := make([]float64, len(names)*nc) // weights
	u := make([]float64, len(names)*nc) // their updates weighed by when they were made
	sc := make([]float64, nc)
	c := 1.0
	predict := func(e *ex) int {
		clear(sc)
		for _, f := range e.fs {
			for k, v := range w[f*nc : f*nc+nc] {
				sc[k] += v
			}
		}
		best := e.rule
		if best < 0 {
			best = 0
		}
		for k := range sc {
			if sc[k] > sc[best] {
				best = k
			}
		}
		return best
	}
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	for ep := range epochs {
		rand.New(rand.NewPCG(uint64(ep), 0x6e756d747261696c)).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			e := &data[i]
			if p := predict(e); p != e.target {
				for _, f := range e.fs {
					w[f*nc+e.target]++
					u[f*nc+e.target] += c
					w[f*nc+p]--
					u[f*nc+p] -= c
				}
			}
			c++
		}
	}
	type row struct {
		name string
		ws   []string
	}
	var rows []row
	for f, name := range names {
		var ws []string
		for k := range nc {
			if v := math.Round((w[f*nc+k]-u[f*nc+k]/c)*10) / 10; math.Abs(v) >= minWeight {
				ws = append(ws, strconv.Itoa(k)+":"+strconv.FormatFloat(v, 'f', -1, 64))
			}
		}
		if ws != nil {
			rows = append(rows, row{name, ws})
		}
	}
	slices.SortFunc(rows, func(a, b row) int { return strings.Compare(a.name, b.name) })
	var b bytes.Buffer
	for _, l := range strings.Split(strings.TrimRight(header, "\n"), "\n") {
		b.WriteString("# " + l + "\n")
	}
	b.WriteString("margin\t" + strconv.FormatFloat(margin, 'f', -1, 64) + "\n")
	b.WriteString("classes\t" + strings.Join(classes, "\t") + "\n")
	for _, r := range rows {
		b.WriteString(r.name + "\t" + strings.Join(r.ws, "\t") + "\n")
	}
	return b.Bytes(), nil
}
