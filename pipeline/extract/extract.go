package extract

import (
	"cmp"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/numtrail/numtrail/pipeline/model"
	"github.com/numtrail/numtrail/schemas"
)

// Version names the rules of this extractor and its measure model (3: the
// model learnt from the labelled sets has the last word on a figure's
// measure); it goes into the extractor column of every row it produces.
const Version = "numtrail-rules/3"

// Extractor finds statistics in text and classifies them. It is safe for
// concurrent use.
type Extractor struct {
	lx   *lexicon
	pool sync.Pool // of *docState: buffers reused from one document to the next
}

// Option changes what New loads.
type Option func(*options)

type options struct {
	measures []schemas.Measure
	named    []model.NamedPeriod
	noModel  bool
	model    []byte // a model file in place of the embedded one (tests)
}

// WithoutMeasureModel leaves the choice of a figure's measure to the rules
// alone, without the measure model learnt from the labelled sets.
func WithoutMeasureModel() Option {
	return func(o *options) { o.noModel = true }
}

// WithNamedPeriods adds periods that copy names by an event ("since Sir
// Keir became PM"), from the calendar under the raw root.
func WithNamedPeriods(ps []model.NamedPeriod) Option {
	return func(o *options) { o.named = ps }
}

// WithMeasures replaces the embedded measure vocabulary: a new measure, or a
// new cue for one, is a change of data, not of code.
func WithMeasures(ms []schemas.Measure) Option {
	return func(o *options) { o.measures = ms }
}

// New loads the lexicons embedded in package schemas.
func New(opts ...Option) (*Extractor, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	lx, err := loadLexicon(o.measures)
	if err != nil {
		return nil, err
	}
	lx.named = o.named
	switch {
	case o.model != nil:
		if lx.model, err = parseMeasureModel(o.model, lx.measureIdx); err != nil {
			return nil, fmt.Errorf("measure model: %w", err)
		}
	case o.noModel:
	case o.measures == nil:
		if lx.model, err = defaultModel(); err != nil {
			return nil, err
		}
	default:
		if lx.model, err = embeddedModel(lx.measureIdx); err != nil {
			return nil, err
		}
	}
	for i, p := range o.named {
		for _, ph := range p.Phrases {
			lx.namedMatch.add(splitWords(ph), i, 1)
		}
	}
	lx.namedMatch.bit = fNamed
	lx.vocab.addMatcher(&lx.namedMatch)
	lx.vocab.linkWords(lx.matchers())
	if lx.words, err = newWordTable(lx.vocab, lx.matchers()...); err != nil {
		return nil, err
	}
	if months == nil {
		months = lx.periods.Months
	}
	return &Extractor{lx: lx}, nil
}

// MaxTextBytes is the longest text Extract reads: it keeps offsets in 32
// bits. The pipeline reads no document near this size (see the source
// stage's limit).
const MaxTextBytes = math.MaxInt32

// Extract returns the statistics stated in text, in order of position.
// published is the document's publication time (zero when unknown); it
// resolves relative periods such as "last year". Text longer than
// MaxTextBytes is a programming error: Extract panics.
func (x *Extractor) Extract(text string, published time.Time) []model.Mention {
	if len(text) > MaxTextBytes {
		panic(fmt.Sprintf("extract: text of %d bytes is longer than MaxTextBytes", len(text)))
	}
	d, _ := x.pool.Get().(*docState)
	if d == nil {
		d = &docState{x: x}
	}
	defer x.pool.Put(d)
	return x.extract(d, text, published)
}

// extract is Extract with the document's scratch d.
func (x *Extractor) extract(d *docState, text string, published time.Time) []model.Mention {
	d.text, d.pub = text, published
	d.toks = tokenize(text, d.toks[:0], x.lx.words, &d.low)
	d.thash = resize(d.thash, len(d.toks))
	d.scoredSent = 0
	d.sents = sentences(d.toks, d.sents[:0])
	d.found = append(d.found[:0], d.cues[:0], d.places[:0], d.reqs[:0])
	findAll(d.toks, text, []*phraseMatcher{&x.lx.cues, &x.lx.placeMatch, &x.lx.requires}, d.found)
	d.cues, d.places, d.reqs = vetoed(d.found[0]), longestOnly(notNameHead(d.toks, d.found[1])), d.found[2]
	d.councilsRead, d.localRead, d.retToRead, d.lhomeRead = false, false, false, false
	d.home = d.homePlace()
	d.prior = resize(d.prior, len(x.lx.measures))
	maxPrior := 0.0
	other := x.lx.other
	for _, c := range d.cues {
		if c.target == other {
			continue // what a document is about is one of the vocabulary's measures
		}
		d.prior[c.target] += c.weight
		maxPrior = math.Max(maxPrior, d.prior[c.target])
	}
	for i := range d.prior {
		if maxPrior > 0 {
			d.prior[i] /= maxPrior
		}
	}
	d.attribute()
	d.parens()
	d.para = resize(d.para, len(d.sents))
	for si, s := range d.sents {
		if si > 0 {
			d.para[si] = d.para[si-1]
			if d.toks[s.a].nl > 0 {
				d.para[si]++
			}
		}
	}
	d.msent, d.midx, d.mbase = d.msent[:0], d.midx[:0], d.mbase[:0]
	// mentions are gathered in a buffer reused from one document to the
	// next, and copied out once their number is known: one allocation of the
	// right size instead of a slice grown several times
	out := d.out[:0]
	furniture := false
	counted := uint32(0) // the small counts of people given so far (recogniser.counted)
	d.scale, d.scaleUnit, d.scaleAvg = 1, "", false
	d.headCues, d.headAt, d.header = nil, -1, -1
	next, nextUnit, nextAvg := 1.0, "", false
	bars := strings.IndexByte(text, '|') >= 0 // (a document with tables or charts on one line)
	titled := false                           // the sentence is a table's title (the one before, until the scale is set)
	links := false                            // in a list of links under "More on this story"
	body := false                             // a paragraph of prose has been read
	for si, s := range d.sents {
		if si == 0 || d.toks[s.a].nl > 0 {
			wasLinks := links
			furniture, links = d.isFurniture(s.a), false
			switch {
			case furniture:
				// ("Watch: Inside the control room (2:14)": furniture in a
				// list of links goes on with it)
				links = d.headingLine(s.a) || wasLinks
			case wasLinks && d.linkTitle(s.a):
				furniture, links = true, true
			}
		} else if !furniture && d.furnitureSentence(s.a) {
			// "… charity. Support our journalism from £3.": a notice after
			// the last sentence of a paragraph, for this sentence only
			continue
		}
		d.scale, d.scaleUnit, d.scaleAvg = next, nextUnit, nextAvg
		if d.toks[s.a].nl > 1 && !titled {
			d.scale, d.scaleUnit, d.scaleAvg = 1, "", false // a blank line ends a table (not one between a table's title and its rows)
		}
		next, nextUnit, nextAvg = d.scale, d.scaleUnit, d.scaleAvg
		titled = false
		if bars {
			if sc := d.inlineScale(s); sc > 0 {
				d.scale = sc // "Chart: UK net migration, thousands | 2023: 860 | 2024: 282": this line only
			}
		}
		if sc, cu := d.tableScale(s); sc > 0 {
			// "Table 1: Long-term migration, UK (thousands)", "Table 2.
			// Asylum spending, £ billion": the lines under it
			// ("Licensed sponsors ('000)": and what they count)
			if cu == "" {
				cu = d.titleNoun(s)
			}
			next, nextUnit, titled = sc, cu, true
		} else if sc := d.labelScale(s); sc > 0 {
			next, nextUnit = sc, "" // "Britain, year to June, '000. Immigration: 2023 1,326"
		} else if u := d.titleNoun(s); u != "" && next == 1 && nextUnit == "" {
			next, nextUnit, titled = 1, u, true // "HOTELS BY REGION, END OF JUNE" over "North West: 31"
		} else if d.averageTitle(s) {
			nextAvg, titled = true, true // "People per boat, by year" over "2025: 61"
		}
		if furniture {
			continue
		}
		r := &recogniser{toks: d.toks, src: text, lo: s.a, hi: s.b, counted: counted}
		d.qs = r.recognise(d.qs[:0])
		if slices.ContainsFunc(d.qs, smallSum) && (d.appeal(s) || si+1 < len(d.sents) && d.toks[d.sents[si+1].a].nl == 0 && d.appeal(d.sents[si+1])) {
			// "If you can, support us from just £5 a month", "Subscribers
			// get their first 12 issues for £12", "It takes £5 to check a
			// claim. Please donate": a publisher's appeal to its readers
			d.qs = slices.DeleteFunc(d.qs, func(q quantity) bool { return smallSum(q) || r.offerCount(&q) })
		}
		if titled {
			// "…, UK, thousands": a table title's unit is not a figure
			d.qs = slices.DeleteFunc(d.qs, func(q quantity) bool { return q.te == s.b })
		}
		if d.rowBar = d.firstBar(s); d.rowBar < 0 {
			d.header = -1
		}
		if len(d.qs) == 0 {
			if d.rowBar >= 0 {
				d.header = si // "Nationality | Applications | Grant rate"
			}
			// (a heading inside the body, or a table's title: the
			// headline and the lines over the first paragraph are the
			// document's topic, weighed in its prior)
			if (body || d.tableTitle(s)) && d.heading(s) {
				d.headCues, d.headAt = inSpan(d.cues, s), si
			}
		}
		body = body || s.b-s.a >= 8 && d.toks[s.b-1].low == "."
		if len(d.qs) == 0 {
			continue
		}
		d.ps = r.periods(x.lx, published, d.ps[:0])
		d.sentScanned, d.sentMoney, d.sentAnaphoric, d.sentNumberOf, d.sentEstimate, d.curSent = false, -1, -1, -1, -1, si
		d.reqMet = resize(d.reqMet, len(x.lx.measures))
		d.sentLabel = d.labelColon(s)
		d.sentCues, d.sentPlaces = inSpan(d.cues, s), inSpan(d.places, s)
		for qi := range d.qs {
			m := d.mention(r, si, d.qs, &d.qs[qi], d.ps, out)
			out = append(out, m)
			d.msent = append(d.msent, si)
			d.midx = append(d.midx, d.lastMI)
			d.mbase = append(d.mbase, d.lastBase)
			if v := m.Value; v != nil && m.Unit == "persons" && m.Statistic == "level" && *v >= 2 && *v <= 20 && *v == math.Trunc(*v) {
				counted |= 1 << uint(*v)
			}
		}
	}
	res := make([]model.Mention, len(out))
	copy(res, out)
	clear(out) // the buffer keeps no references to the document's text
	d.out = out[:0]
	// the figures of all the mentions in one block
	figs := make([]float64, 3*len(res))
	for i := range res {
		m := &res[i]
		if m.Value != nil {
			figs[3*i] = *m.Value
			m.Value = &figs[3*i]
		}
		if m.Low != nil {
			figs[3*i+1] = *m.Low
			m.Low = &figs[3*i+1]
		}
		if m.High != nil {
			figs[3*i+2] = *m.High
			m.High = &figs[3*i+2]
		}
	}
	d.figs = d.figs[:0]
	return res
}

// resize returns a zeroed slice of length n, reusing b's storage.
func resize[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	b = b[:n]
	clear(b)
	return b
}

type docState struct {
	x       *Extractor
	feats   []feature // the measure model's features of a figure (measureFeatures)
	mscores []float32 // the measure model's scores of a figure, per class
	thash   []uint64  // token → the hash of its word for the measure model, 0 until asked (ctxWord)
	// the measure model's features and scores of the sentence scoredSent-1
	// (sentenceScores)
	sentFeats  []feature
	sentScores []float32
	scoredSent int
	// learning says to record each figure's features in examples instead
	// of letting the measure model choose (Examples)
	learning bool
	examples []Example
	text     string
	pub      time.Time
	toks     []token
	sents    []span
	cues     []match
	places   []match
	prior    []float64
	// speaker of each token ("" for the publisher's voice)
	// voice says whose words each token is: 0 the publisher's, 1 the
	// quotation's speaker in its sentence (sentQuote), 2 the source the
	// sentence reports (sentOut)
	voice     []uint8
	sentQuote []string
	sentOut   []string
	// paren numbers the parenthesis each token is in (0 outside any)
	paren []int
	// asideEnd is, for each cue of the sentence (sentCues), the comma that
	// closes the aside it stands in, or -1 (see scanSentence)
	asideEnd []int
	// asideDef tells, for each cue of the sentence, whether its aside is a
	// definition ("…, meaning people arriving … minus those departing, …")
	asideDef []bool
	// reqs are the places where a measure's required words stand
	reqs []match
	// buffers reused for each sentence
	qs     []quantity
	ps     []period
	scores []float64
	low    lowerBuf
	found  [][]match
	para   []int // paragraph number of each sentence
	msent  []int // sentence of each mention found so far
	midx   []int // measure index of each mention found so far
	lastMI int   // measure index of the mention mention() made last
	// mbase says of each mention found so far whether its period is the
	// year before its sentence's ("from 285,000 a year earlier");
	// lastBase is that of the mention mention() made last
	mbase    []bool
	lastBase bool
	out      []model.Mention
	figs     []float64 // the figures of the mentions in out
	furn     []match   // isFurniture's matches
	// the cues and places of the sentence whose mentions are being made
	sentCues, sentPlaces []match
	home                 int            // the part of the UK the document is about (homePlace), or -1
	councils             []namedCouncil // the councils the document names, in order (readCouncils)
	councilsRead         bool           // councils is this document's
	retTo                int            // the country the document's returns go to (returnsTo), or -1
	retToRead            bool           // retTo is this document's
	local                string         // the town or borough the document is about, unnamed in the lexicon (localArea)
	tried                []string       // localArea's names, scratch
	localRead            bool           // local is this document's
	lhome                int            // the local place of the lexicon the document is about (localHome), or -1
	lhomeRead            bool           // lhome is this document's
	placeCount           []int          // homePlace's count of each place's mentions
	// whether the asides of that sentence have been found (scanSentence);
	// whether it speaks of money and whether it refers back (-1 until
	// asked); the colon that ends a label opening it ("Emigration: 603"),
	// or -1
	curSent int
	reqMet  []int8 // per measure: 1 its requirement is met in curSent, -1 not, 0 not asked
	// blocked are the measures the mention being classified cannot be,
	// whatever else holds (see measure), as a bit set of measure indexes
	blocked                  uint64
	sentScanned              bool
	sentMoney, sentAnaphoric int8
	sentEstimate             int8 // speaksOfEstimate of the current sentence: -1 not yet known
	sentNumberOf             int8 // whether it says "number of" (-1 until asked)
	sentLabel                int
	// scale multiplies the plain numbers of a table whose caption says
	// "(thousands)"; 1 elsewhere. scaleUnit is the unit its caption names
	// ("£ billion": GBP; "(%)": percent; "Licensed sponsors": other), or
	// "". scaleAvg says that its rows are averages ("People per boat" over
	// "2024: 53").
	scale     float64
	scaleUnit string
	scaleAvg  bool
	// headCues are the cues of the heading the sentence being read stands
	// under ("3. Asylum and protection", "Table 1: Visas granted by
	// category"), if any
	headCues []match
	headAt   int // the sentence of that heading, or -1
	header   int // the header row of the table being read, or -1
	rowBar   int // the first "|" of the sentence being read, or -1
}

// requirementMet reports whether a measure's required words stand in the
// sentence si or the four before it (twelve when the measure is one the
// document is mostly about).
func (d *docState) requirementMet(mi, si int) bool {
	if d.blocked&(1<<mi) != 0 {
		return false
	}
	if len(d.x.lx.measures[mi].Requires) == 0 {
		return true
	}
	if si == d.curSent {
		// asked for every figure of the sentence: answered once
		if c := d.reqMet[mi]; c != 0 {
			return c > 0
		}
		ok := d.requirementIn(mi, si)
		d.reqMet[mi] = -1
		if ok {
			d.reqMet[mi] = 1
		}
		return ok
	}
	return d.requirementIn(mi, si)
}

// requiredAt reports whether a required name of measure mi spans tokens
// a to b.
func (d *docState) requiredAt(mi, a, b int) bool {
	// (d.reqs is in the order of the text)
	for k := d.reqsFrom(a); k < len(d.reqs) && d.reqs[k].s < b; k++ {
		if m := &d.reqs[k]; m.target == mi && m.e <= b {
			return true
		}
	}
	return false
}

// reqsFrom returns the index of the first required name that starts at or
// after token a.
func (d *docState) reqsFrom(a int) int {
	return sort.Search(len(d.reqs), func(k int) bool { return d.reqs[k].s >= a })
}

// aboutFamily reports whether the document is mostly about measure mi or
// about another that requires the same names: a story on what the Rwanda
// scheme cost is about its relocations too.
func (d *docState) aboutFamily(mi int) bool {
	if d.prior[mi] >= 0.5 {
		return true
	}
	for _, mj := range d.x.lx.sameRequires[mi] {
		if d.prior[mj] >= 0.5 {
			return true
		}
	}
	return false
}

func (d *docState) requirementIn(mi, si int) bool {
	back, ahead := 4, 0
	if d.aboutFamily(mi) {
		// a document about the Rwanda scheme may name it less often, and
		// its headline ("What £715m bought") before it names it
		back, ahead = 12, 4
	}
	lo := d.sents[max(0, si-back)].a
	hi := d.sents[min(len(d.sents)-1, si+ahead)].b
	for k := d.reqsFrom(lo); k < len(d.reqs) && d.reqs[k].s < hi; k++ {
		if d.reqs[k].target == mi {
			return true
		}
	}
	return false
}

// parens numbers the parentheses of the document, so that cues inside one
// count less for a number outside it, and the other way round.
func (d *docState) parens() {
	d.paren = resize(d.paren, len(d.toks))
	cur, n := 0, 0
	for i := 0; i < len(d.toks); i++ {
		t := &d.toks[i]
		if t.nl > 0 {
			cur = 0
		}
		if t.kind == tPunct && t.low == "(" {
			n++
			cur = n
		}
		// "net migration – the difference between arrivals and those
		// leaving – was 204,000": an aside between spaced dashes
		if cur == 0 && d.spacedDash(i) {
			if j := d.closingDash(i); j > 0 {
				n++
				for k := i; k <= j; k++ {
					d.paren[k] = n
				}
				i = j
				continue
			}
		}
		d.paren[i] = cur
		if t.kind == tPunct && t.low == ")" {
			cur = 0
		}
	}
}

// spacedDash reports whether token i is a dash with spaces on both sides.
func (d *docState) spacedDash(i int) bool {
	t := &d.toks[i]
	if t.kind != tPunct || t.low != "-" && t.low != "–" && t.low != "—" {
		return false
	}
	return t.space && t.nl == 0 && i+1 < len(d.toks) && d.toks[i+1].space && d.toks[i+1].nl == 0
}

// closingDash returns the spaced dash that closes the aside opened at i,
// in the same sentence and line, or -1.
func (d *docState) closingDash(i int) int {
	for j := i + 1; j < len(d.toks) && j < i+40; j++ {
		t := &d.toks[j]
		if t.nl > 0 || t.kind == tPunct && (t.low == "." || t.low == ";" || t.low == "(") {
			return -1
		}
		if d.spacedDash(j) {
			return j
		}
	}
	return -1
}

// slice returns the text of tokens [a, b).
func (d *docState) slice(a, b int) string {
	last := &d.toks[b-1]
	return d.text[d.toks[a].bs:last.be]
}

func (d *docState) mention(r *recogniser, si int, qs []quantity, q *quantity, ps []period, prev []model.Mention) model.Mention {
	lx := d.x.lx
	s := d.sents[si]
	// "net migration of Britons at minus 77,000": a negative level (not
	// "plus or minus 34,000": a margin)
	minus := q.unit != "percent" && !q.ratio && (r.word(q.ts-1) == "minus" && !(r.word(q.ts-2) == "or" && r.word(q.ts-3) == "plus") || r.word(q.ts-1) == "negative") && q.ts == q.vs
	if minus {
		q.ts--
	}
	m := model.Mention{
		Start:     int(d.toks[q.ts].s),
		End:       int(d.toks[q.te-1].e),
		Quote:     d.slice(q.ts, q.te),
		Sentence:  d.slice(s.a, s.b),
		ValueText: d.slice(q.vs, q.ve),
		Qualifier: q.qualifier,
		Extractor: Version,
	}
	unit := q.unit
	// "-36" under "Change 2024-25 to 2025-26 (%)": a column of percentages,
	// whatever the table's title says of its sums
	pctCell := q.unit == "" && d.plainDigits(q) && d.percentColumn(q)
	if pctCell {
		unit = "percent"
	}
	if unit == "" && d.rowBar >= 0 && d.plainDigits(q) && d.rateColumn(q) {
		unit = "other" // "35.0" under "Per 10,000 residents"
	}
	if unit == "" && d.scaleUnit != "" && d.plainDigits(q) {
		unit = d.scaleUnit // "4.19" under "Table 1. Asylum spending, £ billion"
	}
	if unit == "" && fateWord(r.word(q.te)) {
		unit = "persons" // "two missing after dinghy sinks": people
	}
	if unit == "" && q.hasValue && q.value == 1 {
		unit = singularCounts[r.word(q.te)] // "just one hotel"
	}
	if unit == "" && r.perBase(q.te) {
		unit = "other" // "1.5 claims per 1,000 residents": a rate, not a count
	}
	if unit == "" && r.word(q.te) == "of" && r.partsOf(q.te+1) {
		unit = "other" // "Nine of the 11 council areas": council areas
	}
	if unit == "" && r.word(q.te) == "of" && r.word(q.te+1) == "the" && r.isNum(q.te+2) {
		// "Eleven of the 14 hotels", "and 41 of the 196 hotels": what the
		// whole counts, when the part opens its clause (not "EU nationals
		// held 51,300 of the 823,400 jobs": people)
		switch w := r.word(q.ts - 1); {
		case q.ts == r.lo, w == "and", w == "but", w == "that", w == "while", r.punct(q.ts-1) == ",":
			unit = r.nounUnit(q.te + 3)
		}
	}
	if unit == "" {
		unit = r.nounUnit(q.te)
		// "22 – small boats": a line of a "by numbers" panel, the figure
		// and then what it counts
		if p := r.punct(q.te); unit == "" && q.ts == r.lo && (p == "–" || p == "—" || p == "-" && r.toks[q.te].space) {
			unit = r.nounUnit(q.te + 1)
		}
	}
	// "the number of small boats rose by 17": the noun counted
	if unit == "" && !q.ratio && d.hasNumberOf(s) {
		if unit = r.numberOf(q.ts); unit == sameCount {
			unit = ""
			for k := len(prev) - 1; k >= 0 && d.msent[k] >= si-1; k-- {
				// (not the boats they came in: "412 people reached the UK
				// in nine boats, bringing the number to 29,870")
				if prev[k].Unit == "boats" && d.wordBefore(prev[k].Start) == "in" {
					continue
				}
				if prev[k].Statistic == "level" && (unitBit(prev[k].Unit)&countBits != 0 || prev[k].Unit == "other") {
					unit = prev[k].Unit
					break
				}
			}
		}
	}
	// "from more than 400 hotels at its peak to 176": the level a count
	// reached counts what the count it started from counted
	if f := r.fromBefore(q); unit == "" && f >= 0 {
		if n := len(prev); n > 0 && prev[n-1].Start >= int(d.toks[f].e) && prev[n-1].Unit != "percent" {
			unit = prev[n-1].Unit
		}
	}
	// "2,310 refugee households, double the 1,150 of 2023/24", "four times
	// as many as the 880 housed that way": the base of a comparison counts
	// what the sentence's first count counts (or the sentence before's:
	// "That was up 38 per cent on the 10,050"), but "the 19,982 who
	// landed" are people
	if unit == "" && r.comparisonBase(q.ts) && r.word(q.te) != "who" {
		first, in := -1, -1
		for k := len(prev) - 1; k >= 0 && d.msent[k] >= si-1; k-- {
			if in >= 0 && d.msent[k] != in {
				break
			}
			if prev[k].Statistic == "level" && unitBit(prev[k].Unit)&(countBits|unitBit("other")) != 0 {
				first, in = k, d.msent[k]
			}
		}
		if first >= 0 && prev[first].Unit != "persons" {
			unit = prev[first].Unit
		}
	}
	// "1.5 million new homes in England, or 300,000 a year": a figure
	// restated counts what the one before it counts
	if unit == "" && r.word(q.ts-1) == "or" && r.punct(q.ts-2) == "," && !r.perBoat(q.te) {
		unit = d.thingCountBefore(prev, si)
	}
	// "Ministers promised to close those hotels. 164 of them are still
	// open": a part counts what the noun the sentence before counts; "2,260
	// households in temporary accommodation, 310 of them in hotels": or
	// what the count before it in its own sentence counts, if not people
	if unit == "" && r.word(q.te) == "of" && r.word(q.te+1) == "them" {
		switch n, u := len(prev), d.thingCountBefore(prev, si); {
		case u != "":
			unit = u
		case si == 0 || d.unitNounBefore(r, q.ts):
		case n > 0 && d.msent[n-1] == si-1:
			// (the sentence's last count, not a percentage: "3,140 were
			// in dispersed housing, up 12%. Plymouth accounted for 648 of
			// them")
			unit = prev[n-1].Unit
			for k := n - 1; unit == "percent" && k > 0 && d.msent[k-1] == si-1; k-- {
				unit = prev[k-1].Unit
			}
			if unit == "percent" {
				unit = ""
			}
		case n == 0 || d.msent[n-1] < si-1:
			unit = d.unitBefore(si)
		}
	}
	// "one of 13 still in use", "eight remain open": things, not people
	if unit == "" && r.inUseAfter(q.te) {
		unit = "other"
	}
	// "Hotels in use | 215 | 180": a table's row counts what its label
	// names, in every cell (not "All nationalities | 831,000": a label
	// that does not open with the noun names a group)
	if unit == "" && r.punct(q.ts-1) == "|" {
		if n := len(prev); n > 0 && d.msent[n-1] == si {
			if prev[n-1].Unit != "percent" {
				unit = prev[n-1].Unit
			}
		} else if u, ok := lookup(r, r.lo, fUnitNoun, unitNouns); ok && (u == "other" || u == "boats") {
			unit = u
		}
	}
	// "1.41 children per woman": a fertility rate counts no one
	if w := r.word(q.te + 1); r.word(q.te) == "children" && (w == "per" && r.word(q.te+2) == "woman" || w == "each") {
		unit = "other"
	}
	// "Hotels in use dropped to 158", "Boats crossing on Sunday rose to
	// 19": the first figure of a sentence that opens by naming what it
	// counts
	// ("Calls to its helpline doubled last year, to 6,240": after a
	// multiple, which counts nothing)
	if unit == "" && subjectVerb[r.word(q.ts-1)] && d.firstCount(si, prev) {
		if u := r.subjectUnit(q.ts); u == "other" || u == "boats" || u == "persons" {
			unit = u
		}
	}
	// "Boats: 83", "Days with crossings: 13": a figure after a label's
	// colon counts what the label names
	if unit == "" && d.sentLabel >= 0 && d.sentLabel == q.ts-1 {
		unit = d.labelUnit(s.a, d.sentLabel)
	}
	// "12 sites, including two in Kent": a part counts what the whole
	// before it counts
	if unit == "" && r.word(q.ts-1) == "including" {
		if n := len(prev); n > 0 && prev[n-1].Start >= int(d.toks[s.a].s) && prev[n-1].Unit != "percent" {
			unit = prev[n-1].Unit
		}
	}
	// "The median age in Wales is 42.9": an age is in years
	if unit == "" && d.scale == 1 && r.averageAgeBefore(q.ts) {
		unit = "years"
	}
	// "The UK received 1.5 claims per 1,000 residents. France received
	// 2.2": a bare decimal counts no one (but an average may: "Average per
	// boat: 61.7"); it is a figure of the kind just given (a rate, a
	// percentage) with its noun left out (the base of a comparison, "down
	// from 3.4", is left to the rules of comparisons below)
	if unit == "" && d.scale == 1 && d.plainDigits(q) && strings.IndexByte(m.ValueText, '.') >= 0 && r.nounUnit(q.te) == "" && !r.comparedWith(q.ts) && !r.isAverage(q) {
		unit = "other"
		// ("the median age has reached 43.1 years, against 40.9": the
		// last level before it, if it counts no one)
		for k := len(prev) - 1; k >= 0 && d.msent[k] >= si-1; k-- {
			if prev[k].Statistic == "level" {
				if unitBit(prev[k].Unit)&countBits == 0 {
					unit = prev[k].Unit
				}
				break
			}
		}
	}
	if unit == "" && d.backToWords(si, prev) {
		unit = d.unitBefore(si) // "… boats per year. The count fell from 1,110"
	}
	// "£280m paid to Kigali as well as tens of millions spent on flights":
	// a large figure with no unit of its own in a sentence about money
	if unit == "" && (q.vague && q.high >= 1e7 || q.hasValue && q.value >= 1e6) {
		if n := len(prev); n > 0 && prev[n-1].Start >= int(d.toks[s.a].s) {
			switch prev[n-1].Unit {
			case "GBP", "EUR", "USD":
				unit = prev[n-1].Unit
			}
		}
	}
	// "the bill could have run into the billions", "costing the taxpayer
	// millions"; "paid £290m, not half a billion": no count of people in
	// this country's migration reaches a hundred million
	if unit == "" && (q.vague && q.high >= 1e6 || q.hasValue && q.value >= 1e8) && d.aboutMoney(si) {
		unit = "GBP"
	}
	q.perPeriod = r.rate(lx, q.te)
	stat, sign := r.statistic(q)
	if minus {
		sign = -sign
	}
	// "growing, but at about 0.4% a year": a rate of growth
	if stat == "share" && unit == "percent" && q.perPeriod != "" && r.word(q.ts-1) == "at" && r.growthBefore(q.ts) {
		stat = "change"
	}
	// "2025: 61" under "People per boat, by year": an average
	if d.scaleAvg && stat == "level" && d.plainDigits(q) {
		stat = "average"
	}
	// "compared with 764,000", "up from 41": the base of a comparison is the
	// same kind of figure as the one compared with it
	s0 := int(d.toks[s.a].s)
	// ("151 hotels are in use. That is down from 210": the sentence
	// before, when this one opens by referring back to it)
	if n := len(prev); n > 0 && prev[n-1].Start < s0 && unit == "" && prev[n-1].Unit != "persons" && prev[n-1].Unit != "percent" && d.msent[n-1] == si-1 && r.comparedWith(q.ts) && d.pronounOpens(si) {
		unit = prev[n-1].Unit
	}
	if n := len(prev); n > 0 && prev[n-1].Start >= s0 && prev[n-1].Statistic != "ratio" && (r.comparedWith(q.ts) || d.coordinated(q.ts, prev[n-1])) {
		p := prev[n-1]
		// "1,240 people were living in nine hotels, down from 2,310": the
		// base goes with the count of people, not with where they were
		// ("… compared with 28,900 in 161": and the second count of a
		// pair with the second)
		switch {
		case n > 1 && d.whereCount(&p) && prev[n-2].Start >= s0 && prev[n-2].Unit == "persons":
			p = prev[n-2]
		case n > 1 && p.Unit == "persons" && r.word(q.ts-1) == "in" && prev[n-2].Start >= s0 && prev[n-2].Unit == "other" && d.wordBefore(prev[n-2].Start) == "in":
			p = prev[n-2]
		}
		// "840 arriving on Saturday in 14 boats and 722 following on
		// Sunday": of the counts before it in the sentence, the one its
		// size is nearest
		if unit == "" && q.hasValue && q.value > 0 && p.Unit == "boats" && !r.comparedWith(q.ts) {
			best := math.Inf(1)
			for k := n - 1; k >= 0 && prev[k].Start >= s0; k-- {
				if v := prev[k].Value; v != nil && *v > 0 && (prev[k].Unit == "persons" || prev[k].Unit == "boats") {
					if dd := math.Abs(math.Log10(q.value / *v)); dd < best {
						best, p = dd, prev[k]
					}
				}
			}
		}
		// "25% more than 2023's 29,437": the base of a percentage is a count
		// (and "about one in five, and 21 have still not been identified":
		// a count that has a verb of its own after a share counts people;
		// "in 402 boats and 53 a boat": people per boat)
		if unit == "" && !(p.Unit == "boats" && r.perBoat(q.te)) && (p.Unit != "percent" || !q.hasValue || q.value <= 100) && !(p.Unit == "percent" && q.unit == "" && r.word(q.ts-1) == "and" && shareVerb(r.word(q.te))) {
			unit = p.Unit
		}
		// (not "up 32%, and 86% of these came on small boats", "rose 4%,
		// and 45% were paid late": a share)
		if (stat == "level" || stat == "share") && !(stat == "share" && (r.word(q.te) == "of" || shareVerb(r.word(q.te)))) {
			switch ps := p.Statistic; ps {
			case "average", "share", "level", "percent_change":
				if p.Unit == unit || unit == "" && p.Unit != "percent" {
					stat = p.Statistic
				}
			}
		}
	}
	// "Scotland recorded 9,900 more deaths than births and Wales 5,200",
	// "England had a net loss of 14,500 and Northern Ireland 1,100": a
	// place with no verb of its own after "and" repeats the figure before,
	// its sign too
	if n := len(prev); n > 0 && q.hasValue && prev[n-1].Start >= s0 && prev[n-1].Value != nil && *prev[n-1].Value < 0 && prev[n-1].Unit != "percent" &&
		(unit == "" || unit == prev[n-1].Unit) && (prev[n-1].Statistic == "level" || prev[n-1].Statistic == "change") && d.gappedPlace(q) {
		stat, sign = prev[n-1].Statistic, -1
	}
	// "net outflows of 62,000 and 56,000 respectively": the second of two
	// figures joined by "and" is a loss as the first is
	if n := len(prev); n > 0 && q.hasValue && prev[n-1].Start >= s0 && prev[n-1].Value != nil && *prev[n-1].Value < 0 && prev[n-1].Statistic == "level" && prev[n-1].Unit != "percent" &&
		(unit == "" || unit == prev[n-1].Unit) && r.word(q.ts-1) == "and" && q.ts >= 2 && int(d.toks[q.ts-2].e) == prev[n-1].End {
		sign = -1
	}
	// "a net loss of 105,000, nearly four times the 27,000 recorded in
	// 2019": the base of a ratio is a figure of the kind compared with it,
	// a loss too
	if n := len(prev); n > 1 && q.hasValue && prev[n-1].Statistic == "ratio" && prev[n-2].Start >= s0 && prev[n-2].Statistic == "level" && prev[n-2].Value != nil && *prev[n-2].Value < 0 &&
		(unit == "" || unit == prev[n-2].Unit) && r.word(q.ts-1) == "the" && q.ts >= 2 && int(d.toks[q.ts-2].e) == prev[n-1].End {
		sign = -1
	}
	// "an average of 68 people, more than twice the 28 of 2021": the base
	// of a ratio of an average count is an average count too, of the same
	// measure
	ratioBase := -1
	if n := len(prev); n > 1 && q.hasValue && stat == "level" && prev[n-1].Statistic == "ratio" && prev[n-2].Start >= s0 && prev[n-2].Statistic == "average" && prev[n-2].Unit == "persons" &&
		(unit == "" || unit == prev[n-2].Unit) && r.word(q.ts-1) == "the" && q.ts >= 2 && int(d.toks[q.ts-2].e) == prev[n-1].End {
		stat, ratioBase = prev[n-2].Statistic, n-2
	}
	// "a fall of 68,000, or 30%", "rose by 17 (2%)": the same change as a
	// percentage, with its sign
	// ("The increase of 1,720, or 1.8%": a level of a change measure is a
	// change too)
	if n := len(prev); n > 0 && unit == "percent" && (prev[n-1].Statistic == "change" || prev[n-1].Statistic == "level" && d.changeMeasure(prev[n-1].Measure)) && prev[n-1].Unit != "percent" && prev[n-1].Value != nil &&
		(prev[n-1].Start >= s0 && r.word(q.ts-1) == "or" && d.coordinated(q.ts, prev[n-1]) || d.restates(q, unit, prev) ||
			// "cut by 86,000, almost exactly a fifth, to 345,000"
			prev[n-1].Statistic == "change" && q.fraction && q.ts >= 1 && d.toks[q.ts-1].low == "," && int(d.toks[q.ts-2].e) == prev[n-1].End) {
		stat, sign = "change", math.Copysign(1, *prev[n-1].Value)
	}
	// "a drop of 69%, or more than two-thirds": the same change again, as
	// a fraction (not "up 12%, or one in eight were children": a share)
	if n := len(prev); n > 0 && unit == "percent" && q.fraction && !q.oneIn && stat != "percent_change" && prev[n-1].Statistic == "percent_change" && prev[n-1].Start >= s0 && prev[n-1].Value != nil &&
		r.word(q.ts-1) == "or" && r.punct(q.ts-2) == "," && int(d.toks[q.ts-2].s) == prev[n-1].End {
		stat, sign = "percent_change", math.Copysign(1, *prev[n-1].Value)
	}
	// "Cardiff grew 1.1% to 383,600 and Wrexham 0.9%", "faster than
	// Northern Ireland, at 0.3 per cent", "outpacing Scotland's 0.5%": a
	// place's own percentage after a change in percent, the same kind of
	// figure
	if unit == "percent" && stat == "share" && !q.fraction && !q.oneIn && d.parallelPercent(r, q) {
		for k := len(prev) - 1; k >= 0 && prev[k].Start >= s0; k-- {
			if prev[k].Unit == "percent" {
				if prev[k].Statistic == "percent_change" && prev[k].Value != nil {
					stat, sign = "percent_change", math.Copysign(1, *prev[k].Value)
				}
				break
			}
		}
	}
	// "down by almost three-quarters (74%)": a percentage restating a
	// change given as a fraction
	if n := len(prev); n > 0 && unit == "percent" && prev[n-1].Statistic == "percent_change" && prev[n-1].Value != nil && d.restates(q, unit, prev) {
		stat, sign = "change", math.Copysign(1, *prev[n-1].Value)
	}
	// "… carrying an average of 57 people each. Last year the figure was
	// 53": the figure goes on with the one before, an average too
	if n := len(prev); n > 0 && stat == "level" && prev[n-1].Statistic == "average" && d.msent[n-1] >= si-1 && (unit == "" || unit == prev[n-1].Unit) {
		k := q.ts - 1
		if r.word(k) == "at" {
			k--
		}
		if w := r.word(k); (w == "was" || w == "is" || w == "stood") && r.word(k-1) == "figure" {
			stat = "average"
		}
		// "rising from 28 people each in 2021 to 53 in 2024 and 62 last
		// year": the later points of a series of averages
		// (of a size with it: not "takes the running total to 34,948")
		if w := r.word(q.ts - 1); (w == "to" || w == "and") && d.msent[n-1] == si && q.unit == "" && !r.is(q.te, fUnitNoun) && r.boatsBefore(q.ts) &&
			q.hasValue && prev[n-1].Value != nil && q.value <= 3**prev[n-1].Value && 3*q.value >= *prev[n-1].Value {
			stat = "average"
		}
	}
	// "Midlothian saw the fastest growth, at 1.7%, followed by East Lothian
	// (1.2%)": a percentage in brackets after a name, in a sentence whose
	// percentage came before, is another of the same
	// (or after "at" or "on": "followed by Tower Hamlets at 1.7%", "ahead
	// of Aberdeen City on 0.9%")
	// (or the next of a list: "grew by 1.2%, against 0.9% in Wales, 0.8%
	// in Scotland and 0.5% in Northern Ireland")
	listed := -1
	if n := len(prev); n > 0 && unit == "percent" && q.signed == 0 && prev[n-1].Start >= s0 && prev[n-1].Unit == "percent" && (r.punct(q.ts-1) == "(" && r.punct(q.te) == ")" && r.word(q.ts-2) != "" && !d.restates(q, unit, prev) || (r.word(q.ts-1) == "at" || r.word(q.ts-1) == "on" || r.word(q.ts-1) == "with") && q.ts-2 >= r.lo && r.toks[q.ts-2].upper ||
		prev[n-1].Statistic == "percent_change" && d.nextInPlaceList(r, q, prev[n-1])) {
		listed = n - 1
		stat, sign = prev[n-1].Statistic, 1
		if prev[n-1].Value != nil && *prev[n-1].Value < 0 {
			sign = -1
		}
	}
	// "EU citizens had negative net migration of about 117,000, and British
	// citizens of about 80,000": negative levels
	if stat == "level" && r.word(q.ts-1) == "of" && unit != "percent" {
		// "negative" a few words before "of" ("negative net migration of"),
		// or earlier in the sentence when the figure before it was made
		// negative so ("…, and British citizens of about 80,000")
		n := len(prev)
		elided := n > 0 && prev[n-1].Start >= s0 && prev[n-1].Statistic == "level" && prev[n-1].Value != nil && *prev[n-1].Value < 0
		// ("the largest net outflow to the rest of the UK, of 84,200": the
		// phrase may stand a clause before, over a comma)
		comma, reach := r.punct(q.ts-2) == ",", 5
		if comma {
			reach = 10
		}
		for k := q.ts - 2; k >= r.lo && (elided || k >= q.ts-reach); k-- {
			if r.word(k) == "negative" || (r.word(k) == "outflow" || r.word(k) == "outflows") && r.word(k-1) == "net" {
				sign = -1 // ("a net outflow of 107,000 Britons")
				break
			}
			if !elided && r.toks[k].kind != tWord && !(k == q.ts-2 && comma) {
				break
			}
		}
	}
	// "712 small boats were detected, 2% more than in 2024 (695)": the base
	// in brackets is the kind of figure the sentence began with
	base := -1
	if unit == "" && !q.ratio && d.paren[q.ts] != 0 {
		if n := len(prev); n > 1 && prev[n-1].Start >= s0 && prev[n-1].Unit == "percent" && prev[n-1].Statistic == "percent_change" {
			for k := n - 2; k >= 0 && prev[k].Start >= s0; k-- {
				if prev[k].Unit != "percent" && prev[k].Statistic == "level" {
					unit, base = prev[k].Unit, k
					break
				}
			}
		}
	}
	// "at least 78 deaths in 2025, and at least 19 so far in 2026",
	// "26,480 people were in 183 hotels. At the peak there were more than
	// 400": a count with no noun of its own, in a clause that names
	// nothing, counts what the figure of its size just before counted
	// "Monday (612 people in 11 boats), Friday (688 in 12)": the second
	// number of a pair after "in" counts boats, as the first pair's does
	if unit == "" && !q.ratio && q.ts >= 2 && r.word(q.ts-1) == "in" && r.isNum(q.ts-2) && r.boatsEarlier(q.ts-2) {
		unit = "boats"
	}
	// "176 hotels, only 35 fewer than in January", "118,400 organisations
	// …, 7 per cent fewer than a year earlier and 9,500 below the peak":
	// how many more or fewer of what the count before counts
	if unit == "" && !q.ratio && q.te+1 < r.hi && r.moreOrFewer(q.te) {
		for k := len(prev) - 1; k >= 0 && prev[k].Start >= s0; k-- {
			if prev[k].Unit != "percent" {
				if prev[k].Statistic == "level" {
					unit = prev[k].Unit
				}
				break
			}
		}
	}
	// "England has 149 of the hotels, Scotland 14": a place's count in a
	// list counts what the one before it counts, whatever their sizes
	if n := len(prev); unit == "" && !q.ratio && stat == "level" && n > 0 && prev[n-1].Start >= s0 && prev[n-1].Statistic == "level" && prev[n-1].Unit != "percent" && prev[n-1].Unit != "persons" && d.gappedPlace(q) {
		unit = prev[n-1].Unit
	}
	elided := -1
	if unit == "" && !q.ratio && stat == "level" {
		if elided = d.elided(r, si, q, prev); elided >= 0 {
			unit = prev[elided].Unit
		}
	}
	// measure: cues near the number, among the measures allowed for the unit
	mu := unit
	if q.ratio {
		mu = anyUnit
	}
	mi := d.measure(r, si, q, mu, stat, prev)
	if listed >= 0 {
		if li, ok := lx.measureIdx[prev[listed].Measure]; ok {
			mi = li
		}
	}
	if base >= 0 {
		if bi, ok := lx.measureIdx[prev[base].Measure]; ok {
			mi = bi
		}
	}
	// "Divided between those four": the count named again is of the
	// measure it was given in
	if q.inWords && q.hasValue && !q.fraction && q.unit == "" && r.countAgain(q.vs, q.ve, q.value) {
		for k := len(prev) - 1; k >= 0; k-- {
			if v := prev[k].Value; v != nil && *v == q.value && prev[k].Unit == "persons" && prev[k].Statistic == "level" {
				if pi, ok := lx.measureIdx[prev[k].Measure]; ok {
					mi = pi
				}
				break
			}
		}
	}
	if ratioBase >= 0 {
		if bi, ok := lx.measureIdx[prev[ratioBase].Measure]; ok && d.unitAllowed(bi, unit) {
			mi = bi
		}
	}
	// "net migration was 38,600, made up of 25,900 from overseas and
	// 12,700 from elsewhere in the UK": the parts of a whole broken down
	// keep its measure
	if w := d.brokenDown(r, si, q, unit, prev); w >= 0 {
		if wi, ok := lx.measureIdx[prev[w].Measure]; ok && wi != lx.other {
			mi = wi
		}
	} else if (unit == "persons" || unit == "") && stat == "level" {
		if wi := d.byOrigin(r, si, q, prev); wi >= 0 {
			mi = wi
		}
	}
	// "1,180 asylum seekers, roughly one in every 125 residents", "about
	// 0.6% of Glasgow's population": the share of a place's people who
	// are asylum seekers is a figure of theirs (none of the vocabulary's),
	// not one of the population
	if n := lx.measures[mi].Name; stat == "share" && (n == "population" || n == "population_change") && d.speaksOfAsylumSeekers(si, q) {
		mi = lx.other
	}
	// "Of those who crossed in the year, 95% lodged an asylum claim",
	// "Nearly all of them - 95% - went on to claim asylum": the share of
	// the arrivals who claimed is a share of the arrivals, as "96% of
	// small-boat arrivals claimed asylum" is
	if ai, ok := lx.measureIdx["small_boat_arrivals"]; ok && stat == "share" && lx.measures[mi].Name == "asylum_applications" && d.arrivalsWhoClaimed(r, si, q, prev) {
		mi = ai
	}
	// "Appeals are taking about 13 months", "can wait more than two
	// years": a length of time is no measure of the vocabulary
	if unit == "years" || unit == "other" && !q.ratio && (r.is(q.te-1, fTimeNoun) || q.unit == "" && r.is(q.te, fTimeNoun)) {
		mi = lx.other
	}
	// "the cost of relocating the first 300 people": a count that marks a
	// threshold counts nothing that happened
	if elided >= 0 || q.unit == "" && !q.ratio && r.word(q.ts-1) == "first" && r.word(q.ts-2) == "the" {
		mi = lx.other
	}
	if q.unit == "" && !q.ratio && (unit == "other" || r.staffAfter(q.te)) {
		// "more than 400 hotels", "250 more caseworkers": no measure
		// counts hotels or staff
		mi = lx.other
	}
	// "nearly four times as much as in 2019/20": a ratio compares the figure
	// before it in the sentence
	// (not one whose own subject stands just before it: "Grants rose to
	// 49,700 from 38,100, but refusals more than doubled")
	if q.ratio && !d.ownSubject(q, mi) {
		// or the sentence before: "Spending reached £5.4bn. That is nearly
		// four times what was spent in 2019/20."
		if si > 0 && d.anaphoric(si) {
			s0 = int(d.toks[d.sents[si-1].a].s)
		}
		if n := len(prev); n > 0 && prev[n-1].Start >= s0 {
			if pi, ok := lx.measureIdx[prev[n-1].Measure]; ok {
				mi = pi
			}
			// "1,027 people crossed in 17 boats. That is more than double
			// Sunday's total of 448": the figure the ratio is of says what
			// kind of figure it compares (people, not boats)
			if u := r.ratioBaseUnit(q); u != "" && prev[n-1].Unit != u {
				for k := n - 2; k >= 0 && prev[k].Start >= s0; k-- {
					if pi, ok := lx.measureIdx[prev[k].Measure]; ok && prev[k].Unit == u && prev[k].Statistic == "level" {
						mi = pi
						break
					}
				}
			}
			// "an average of 61 people in every dinghy, nearly four times
			// as many as in 2019": a ratio of an average count (people per
			// boat) is no ratio of the measure's count, and the vocabulary
			// has no name for it (a ratio of an average sum, "£145 a night,
			// six times the £24 …", is still one of the spending's)
			if prev[n-1].Statistic == "average" && unitBit(prev[n-1].Unit)&countBits != 0 {
				mi = lx.other
				// (in the sentence before, after the count it averages, the
				// ratio is of that count: "1,014 people made the journey in
				// 18 boats, an average of 56 per boat. It was nearly four
				// times as many as …")
				if ps := d.msent[n-1]; ps < si {
					for k := n - 2; k >= 0 && d.msent[k] == ps; k-- {
						if prev[k].Statistic == "level" && prev[k].Unit == "persons" {
							if pi, ok := lx.measureIdx[prev[k].Measure]; ok {
								mi = pi
							}
						}
					}
				}
			}
		}
		// "the average boat now carries about four times as many people
		// as in 2020": the same, said of the boat
		if r.loadRatio(q) {
			mi = lx.other
		}
		// "The increase was less than a third of …", "roughly a third of
		// the growth in the year to mid-2024": a ratio of growth is one of
		// the change measure
		if cm := lx.measures[mi].ChangeMeasure; cm != "" && (r.word(q.te) == "of" && r.word(q.te+1) == "the" && growthNoun(r.word(q.te+2)) ||
			(r.word(q.ts-1) == "was" || r.word(q.ts-1) == "is") && growthNoun(r.word(q.ts-2))) {
			mi = lx.measureIdx[cm]
		}
	}
	// "less than a third of the 690,400 recorded in the previous 12
	// months": the figure a ratio is of is of the ratio's measure
	if n := len(prev); n > 0 && !q.ratio && q.ts >= r.lo+3 && prev[n-1].Statistic == "ratio" && prev[n-1].Measure != "other" &&
		r.word(q.ts-1) == "the" && r.word(q.ts-2) == "of" && int(d.toks[q.ts-3].e) == prev[n-1].End {
		if pi, ok := lx.measureIdx[prev[n-1].Measure]; ok && d.unitAllowed(pi, unit) {
			mi = pi
		}
	}
	// "deaths exceeded births by 3,700": a natural decrease, births
	// minus deaths (natural change is a change of the population, as "a
	// natural decrease of 12,000" is)
	if q.unit == "" && r.word(q.ts-1) == "by" {
		switch r.word(q.ts - 3) {
		case "exceeded", "outnumbered", "outstripped", "exceed", "exceeds", "outnumber", "outnumbers", "outstrip", "outstrips":
			a, b := r.word(q.ts-4), r.word(q.ts-2)
			if a == "there" || a == "again" || a == "also" || a == "still" || a == "now" || a == "already" {
				a = r.word(q.ts - 5) // "deaths there exceeded births by 14,800"
			}
			if nat, ok := lx.measureIdx["natural_change"]; ok && (a == "deaths" && b == "births" || a == "births" && b == "deaths") {
				mi, stat, unit = nat, "change", "persons"
				if a == "deaths" {
					sign = -1
				} else {
					sign = 1
				}
			}
		}
	}
	// "departures exceeded arrivals by 68,000", "Britons leaving
	// outnumbered those coming home by 87,000": net migration, a loss when
	// those who left are the more
	if q.unit == "" {
		if sg := r.flowExcess(q); sg != 0 {
			if nm, ok := lx.measureIdx["net_migration"]; ok {
				mi, stat, unit, sign = nm, "level", "persons", sg
			}
		}
	}
	// "5,400 more people moved to Wales from England … than went the other
	// way", "a net 1,047 moved to Harrowfield from other parts of the UK":
	// moves within the UK are none of the vocabulary's migration
	if unit == "persons" && lx.measures[mi].NotInternal && d.internalMove(r, q) {
		mi = lx.other
	}
	if lx.measures[mi].NotPersonal && r.personalSum(q) || r.allowanceSum(q) {
		// "offered up to £3,000 each to relocate", "an allowance of £49.18
		// a week": a payment to a person
		mi = lx.other
	}
	measure := lx.measures[mi]
	// "natural change added just 23,200 people": births minus deaths is a
	// change of the population, whatever word gives it
	if measure.Name == "natural_change" && stat == "level" && unit != "percent" {
		stat = "change"
	}
	if stat == "change" && measure.ChangeMeasure != "" && unit != "percent" && !r.revision(q.ts) {
		mi = lx.measureIdx[measure.ChangeMeasure]
		measure = lx.measures[mi]
		stat = "level"
	} else if lx.isChangeMeasure[mi] && unit == "percent" {
		// "the population grew by 1.2%": a percent change of the population;
		// "one in five people (19.4%) were aged 65 and over": a share of it
		mi = lx.changeOf[mi]
		measure = lx.measures[mi]
		if d.restates(q, unit, prev) {
			stat = prev[len(prev)-1].Statistic // "706,900 (1.2%)", "one in five (19.4%)"
		}
		if stat != "share" {
			stat = "change"
		}
	} else if stat == "change" && lx.isChangeMeasure[mi] && unit != "percent" && r.revision(q.ts) {
		// "revised its estimate of the mid-2024 population up by 1,900": a
		// change of the estimate, not growth of the population
		mi = lx.changeOf[mi]
		measure = lx.measures[mi]
	} else if stat == "change" && lx.isChangeMeasure[mi] {
		stat = "level" // "the population grew by 133,000": the growth is the figure
	} else if stat == "level" && lx.isChangeMeasure[mi] && (r.word(q.ts-1) == "to" || r.word(q.ts-1) == "reaching" && r.punct(q.ts-2) == ",") && r.changeContext(q.ts) {
		// "the population grew by 0.8% to 58,950,000", "grew by 25,100 in
		// the year, reaching 5,571,800": the level it reached
		mi = lx.changeOf[mi]
		measure = lx.measures[mi]
	}
	// "2.4 unemployed people for every vacancy", "3.2 people of working
	// age for each one over 65": one count over another, which the
	// vocabulary has no measure for
	// ("that ratio stands at about 3.3": a figure the sentence calls a
	// ratio)
	if !q.ratio && (unit == "" || unit == "persons" || unit == "other" && r.nounUnit(q.te) == "") && q.unit == "" && !q.fraction && !q.oneIn && stat == "level" && (r.forEvery(q) || r.ratioSubject(q.ts)) {
		mi, stat, unit = lx.other, "ratio", "other"
		measure = lx.measures[mi]
		// "almost eight left for every ten who arrived": eight to ten, 0.8
		// ("3.5 asylum seekers for every 1,000 residents" is a rate, as
		// "per 1,000" is)
		switch base := r.forEveryBase(q); {
		case base >= 100:
			stat = "level"
		case base > 0:
			q.value, q.low, q.high = q.value/base, q.low/base, q.high/base
		}
	}
	if unit == "" {
		unit = defaultUnit(measure.Units)
	}
	// "British | 118,000 | 204,000 | -86,000" under "… | Net migration":
	// a signed cell is a change only in a column of changes
	if q.signed != 0 && stat == "change" && !d.changeColumn(q) {
		stat = "level"
	}
	if stat == "change" && unit == "percent" {
		stat = "percent_change"
	}
	if stat == "percent_change" && unit != "percent" {
		stat = "change"
	}
	// the measure model has the last word (see learn.go)
	if d.learning || lx.model != nil {
		fs := d.measureFeatures(si, q, mi, unit, stat, prev)
		if d.learning {
			e := Example{Start: m.Start, End: m.End, Features: make([]string, len(fs))}
			for i, f := range fs {
				e.Features[i] = f.String()
			}
			d.examples = append(d.examples, e)
		} else {
			d.mscores = append(d.mscores[:0], d.sentenceScores(lx.model, si)...)
			if k := lx.model.choose(fs, mi, func(k int) bool { return d.modelAllows(k, unit) }, d.mscores); k != mi {
				mi, measure = k, lx.measures[k]
				// "grew by 4,000": the population's change, as the rules
				// give it above (not a revision of its estimate)
				if cm := measure.ChangeMeasure; cm != "" && stat == "change" && unit != "percent" && !r.revision(q.ts) {
					mi, stat = lx.measureIdx[cm], "level"
					measure = lx.measures[mi]
				}
			}
		}
	}
	m.Measure, m.Statistic, m.Unit, m.PerPeriod = measure.Name, stat, unit, q.perPeriod
	d.lastMI = mi
	// the three figures go to scratch reused from one document to the
	// next; Extract copies them out with the mentions
	n := len(d.figs)
	d.figs = append(d.figs, 0, 0, 0)
	vals := d.figs[n : n+3 : n+3]
	if q.hasValue {
		vals[0] = sign * q.value
		m.Value = &vals[0]
	}
	if q.hasLow {
		vals[1] = sign * q.low
		m.Low = &vals[1]
	}
	if q.hasHigh {
		vals[2] = sign * q.high
		m.High = &vals[2]
	}
	// a plain number in a table "(thousands)": 948 is 948,000
	if d.scale != 1 && q.unit == "" && !pctCell && d.plainDigits(q) {
		// (read again with the scale's exponent where the figure is the
		// number as written, as the recogniser reads "4.19bn": 4.19×10⁹
		// is not 4190000000)
		exp := int(math.Round(math.Log10(d.scale)))
		scaled, ok := numberValue(d.toks[q.ve-1].str(d.text), exp)
		for i := range vals {
			if ok && q.hasValue && vals[i] == sign*q.value {
				vals[i] = sign * math.Copysign(scaled, q.value) // ("-9" in a column of changes)
			} else {
				vals[i] *= d.scale
			}
		}
	}
	if sign < 0 && m.Low != nil && m.High != nil && *m.Low > *m.High {
		m.Low, m.High = m.High, m.Low
	} else if sign < 0 {
		m.Low, m.High = m.High, m.Low
	}
	// geography: the place the sentence names, else the part of the UK the
	// document is about or the measure's own place
	pi, local := -1, ""
	if !measure.GeographyFixed {
		pi = d.place(s, q, measure.Name == "emigration", stat == "share")
		// "Britain had returned 1,842 people to France": returns are about
		// the country people are returned to, when the sentence names one
		if measure.Name == "returns" {
			if to := d.returnedTo(s); to >= 0 {
				pi = to
			} else if fr := d.returnsTo(); pi < 0 && fr >= 0 && d.speaksOfDeal(s) {
				// "some 900 people have been sent back across the water",
				// in a story on returns to France: there
				pi = fr
			}
		}
		if pi < 0 {
			// "Skellbridge Metropolitan Borough Council says it has spent
			// £1.6m", "the council is almost £1m out of pocket": a local
			// authority's area, which has no entry in the lexicon
			local = d.council(s)
		}
		// "612 people were living in dispersed flats across the borough":
		// the town a local story is about, when the lexicon does not know
		// it and the sentence names it or speaks of the town
		if pi < 0 && local == "" && d.localRef(s) {
			local = d.localArea()
		}
		// "The city received 3,960 applications", in a story on Glasgow:
		// the local place of the lexicon the story is about
		if pi < 0 && local == "" {
			if lh := d.localHome(); lh >= 0 && (d.speaksOfPlace(s) || d.mostlyLocal(lh)) {
				pi = lh
			}
		}
	}
	if pi < 0 && local == "" && d.home >= 0 && (lx.defaultPlace[mi] < 0 || measure.GeographyFromDocument && d.placeCount[d.home] > 1) {
		pi = d.home // a place named once is too little to go against the measure's own
	}
	if pi < 0 && local == "" {
		pi = lx.defaultPlace[mi]
	}
	// "Two hotels still house 310 people between them", in a story on a
	// town the lexicon does not know and that names no part of the UK:
	// the town (rather than no place at all)
	if pi < 0 && local == "" && !measure.GeographyFixed {
		local = d.localArea()
	}
	if pi >= 0 {
		m.Geography, m.GeographyCode = lx.places[pi].Name, lx.places[pi].Code
	} else if local != "" {
		m.Geography = local
	}
	// period
	d.lastBase = false
	if p, ok := r.nearestPeriod(ps, qs, q); ok {
		m.PeriodLabel = d.slice(p.s, p.e)
		m.PeriodStart, m.PeriodEnd = p.start, p.end
		// "down 49% from 860,000 a year earlier": the base is of the
		// period a year before the one the sentence names ("roughly
		// double the year before" is a ratio of the sentence's period)
		// (a period open at one end, "by the end of March", moves too)
		if at, n, years := r.yearsEarlierAfter(q.te); n > 0 && (stat == "level" || stat == "average" || stat == "share") && (p.e <= q.ts || p.s >= at+n) && (!p.start.IsZero() || !p.end.IsZero()) {
			m.PeriodLabel = d.slice(p.s, p.e) + " (" + d.slice(at, at+n) + ")"
			m.PeriodStart, m.PeriodEnd = earlierBy(p.start.Time, years), earlierBy(p.end.Time, years)
			d.lastBase = true
		}
	} else if len(prev) > 0 && (d.para[d.msent[len(prev)-1]] == d.para[si] || d.refersBack(s) || d.listLead(si) >= 0) && !(r.word(q.ts-1) == "to" && r.fromFigureBefore(qs, q.ts)) {
		// "during that period", or a figure that goes on with the one
		// before (an item of a list after "Of these:"); not the base of
		// a comparison ("… from 285,000 a year earlier. In Scotland it was
		// 150,000": the sentence's period, not the year before)
		k := len(prev) - 1
		for k > 0 && d.mbase[k] && d.msent[k-1] == d.msent[k] {
			k--
		}
		// (from another sentence: its first figure's period, not that of
		// the figure it was compared with: "… fell to 204,000 in 2025,
		// from 1.2m in 2023. Emigration rose to 614,000")
		if d.msent[k] != si {
			for j := k - 1; j >= 0 && d.msent[j] == d.msent[k]; j-- {
				if prev[j].PeriodLabel != "" && !d.mbase[j] {
					k = j
				}
			}
		}
		if !d.mbase[k] {
			last := prev[k]
			m.PeriodLabel, m.PeriodStart, m.PeriodEnd = last.PeriodLabel, last.PeriodStart, last.PeriodEnd
			// "… at the end of June. Twelve months earlier the figure was
			// 129,700": the year before the period carried
			// ("… nearly double the 24,100 of a year earlier": after it)
			j, n, years := r.yearsEarlierIn(s.a, q.ts)
			if n == 0 && (stat == "level" || stat == "average" || stat == "share") {
				j, n, years = r.yearsEarlierAfter(q.te)
			}
			if n > 0 && m.PeriodLabel != "" && (!m.PeriodStart.IsZero() || !m.PeriodEnd.IsZero()) {
				m.PeriodLabel += " (" + d.slice(j, j+n) + ")"
				m.PeriodStart, m.PeriodEnd = earlierBy(m.PeriodStart.Time, years), earlierBy(m.PeriodEnd.Time, years)
				d.lastBase = j >= q.te // (a base, when the phrase follows the figure)
			}
		}
	}
	switch d.voice[q.ts] {
	case 1:
		m.AttributedTo = d.sentQuote[si]
	case 2:
		m.AttributedTo = d.sentOut[si]
	}
	return m
}

func defaultUnit(allowed []string) string {
	if len(allowed) > 0 {
		return allowed[0]
	}
	return "other"
}

// fromFigureBefore reports whether a quantity after "from" ends before
// token i ("from more than 400 at the peak in 2023"), with no quantity
// between it and i.
func (r *recogniser) fromFigureBefore(qs []quantity, i int) bool {
	found := false
	for j := range qs {
		if qs[j].te <= i {
			found = r.word(qs[j].ts-1) == "from"
		}
	}
	return found
}

// publishedBefore reports whether a verb that says figures came out stands
// right before the period from token i ("published on Thursday", "it said
// in May", "first published it in May"): the period is when, not what the
// figures are of.
func (r *recogniser) publishedBefore(i int) bool {
	for k := i - 1; k >= r.lo && k >= i-3; k-- {
		switch r.word(k) {
		case "published", "released", "said", "announced", "reported":
			return true
		case "in", "it", "them", "this":
		default:
			return false
		}
	}
	return false
}

// nearestPeriod picks the period expression closest to the quantity,
// preferring one that follows it.
func (r *recogniser) nearestPeriod(ps []period, qs []quantity, q *quantity) (period, bool) {
	best, bestD := -1, math.MaxFloat64
	// "rose by 0.4% to 5,402,000 in the year to mid-2025": the change and
	// the level it reached are of one period
	from := q.te
	if r.word(q.te) == "to" && r.word(q.ts-1) == "by" {
		for i := range qs {
			if qs[i].ts == q.te+1 {
				from = qs[i].te
			}
		}
	}
	// "down from £5bn the previous year", in a sentence that names its own
	// period: the year before that one (below), not the year before
	// publication
	earlier, _ := r.yearsEarlier(q.te)
	for i, p := range ps {
		if earlier > 0 && len(ps) > 1 && p.s >= q.te && p.e <= q.te+earlier {
			continue
		}
		// "up 12% on 2022 (18,000)": the figure in brackets is of that
		// period; "2023: 860 | 2024: 282": a chart's figure is of the
		// label before its colon
		if p.e == q.ts-1 && (r.punct(p.e) == "(" || r.punct(p.e) == ":") {
			return p, true
		}
		// "25% more than 2023's 29,437": the year whose figure it is; "down a
		// third on last year's 70,400": the same, of a phrase (and not the
		// period of a figure before it)
		if p.e == q.ts-2 && (r.punct(p.e) == "'" || r.punct(p.e) == "’") && r.word(p.e+1) == "s" {
			return p, true
		}
		if poss := p.e > p.s && strings.HasSuffix(r.toks[p.e-1].low, "'s"); poss && p.e == q.ts {
			return p, true
		} else if poss && p.s >= q.te && p.e < r.hi && r.mayStart(p.e) {
			continue
		}
		if r.comparison(p.s) {
			continue // "19% more than in 2023": the base of a comparison
		}
		// "fallen from more than 400 at the peak in 2023 to 210": the period
		// of the figure the change started from, not of the one it reached
		if p.e <= q.ts && r.word(q.ts-1) == "to" && r.fromFigureBefore(qs, p.s) {
			continue
		}
		if r.publishedBefore(p.s) {
			continue // "figures published on Thursday show …", "the 171,000 it published in May": when they came out
		}
		var dist float64
		switch {
		case p.s >= q.te:
			if r.beyond(qs, from, p.s) {
				continue // "53 in 2024, up from 41 in 2023": 2023 is 41's
			}
			if clauseEnds(r.toks, from, p.s) {
				continue // "Last year the figure was 53, and in 2019 a boat held 13": the next clause's
			}
			if r.relativeClause(q.te, p.s) {
				continue // "219,000, reflecting the ban, which came into force in March 2024"
			}
			for k := q.te; k < p.s; k++ {
				if w := r.word(k); w != "in" && w != "the" && w != "during" && w != "for" && w != "of" && w != "over" {
					dist++
				}
			}
		case p.e <= q.ts:
			dist = float64(q.ts-p.e) + 1
		default:
			continue // overlaps the quote
		}
		if dist < bestD {
			best, bestD = i, dist
		}
	}
	if best < 0 {
		return period{}, false
	}
	return ps[best], true
}

// measure scores every measure by the cue words around the quantity, which
// stands in the sentence si.
func (d *docState) measure(r *recogniser, si int, q *quantity, unit, stat string, prev []model.Mention) int {
	lx := d.x.lx
	// "paid France £318m": a sum whose recipient, named just before it, is
	// a place that none of a measure's required names ("rwanda",
	// "kigali") names is not that measure's
	d.blocked = 0
	if unit == "GBP" || unit == "EUR" || unit == "USD" {
		for _, pl := range d.sentPlaces {
			if pl.e != q.ts {
				continue
			}
			for i, m := range lx.measures {
				if len(m.Requires) > 0 && !d.requiredAt(i, pl.s, pl.e) {
					d.blocked |= 1 << i
				}
			}
		}
	}
	// "58% said immigration was too high", "61% think it should fall": a
	// share of the people asked, whatever they were asked about (as "61
	// per cent said" is, by its cue)
	if unit == "percent" && stat == "share" && r.word(q.te) != "" && opinionVerbs[r.word(q.te)] {
		return lx.other
	}
	// "The mid-2024 figure has been revised up by 4,600, to 5,546,900",
	// "the estimate for mid-2024": a mid-year estimate is of the population
	// (not "the year to mid-2024", a year's flow)
	if (unit == "persons" || unit == "") && (stat == "change" || stat == "level") && r.midYearFigure() {
		name := "population"
		if stat == "change" {
			name = "population_change"
		}
		// (unless the sentence names another measure; "the estimate for
		// mid-2024" names the population)
		named := false
		for _, c := range d.sentCues {
			if n := lx.measures[c.target].Name; c.weight >= 5 && c.target != lx.other && n != "population" && n != "population_change" {
				named = true
			}
		}
		if mi, ok := lx.measureIdx[name]; ok && !named {
			return mi
		}
	}
	// "The figure for the year ending June 2023 was revised up by
	// 166,000", "Revisions of 14k barely register": a revision whose
	// sentence names no measure is of net migration, the estimate that is
	// revised, in a document that names net migration
	// ("the 15,000 upward revision")
	if stat == "change" && (unit == "persons" || unit == "") && (r.revision(q.ts) || r.word(q.ts-1) == "of" && (r.word(q.ts-2) == "revisions" || r.word(q.ts-2) == "revision") || r.word(q.te) == "revision" || r.word(q.te+1) == "revision") {
		// ("The population was 3,209,800, 23,200 more than a year earlier.
		// Last year's figure was nudged up by 4,100": the estimate given
		// just before)
		// (not "The figure for mid-2029 to mid-2030 was revised up by
		// 2,000, to 19,000": a figure revised to less than half that level
		// is another estimate's)
		if pi, ok := lx.measureIdx["population"]; ok && !d.namesMeasure() {
			if v, found := d.levelBefore(si, "population", prev); found && d.revisedTo(r, q) > v/2 {
				return pi
			}
		}
		if mi, ok := lx.measureIdx["net_migration"]; ok && d.prior[mi] > 0 && !d.namesMeasure() {
			return mi
		}
	}
	// "The ONS also knocked its estimate for 2024 down to 331k": in a
	// document mostly about net migration, an estimate whose sentence
	// names no measure is of net migration, not of the figure before
	if unit == "persons" || unit == "" || unit == "percent" && stat == "change" {
		if mi, ok := lx.measureIdx["net_migration"]; ok && d.prior[mi] >= 0.5 && d.speaksOfEstimate(si) && !d.namesMeasure() && r.flowPair(q) == "" {
			return mi
		}
	}
	// "Italy's deal to process claims in Albania, budgeted at roughly
	// €650m": a sentence that names another country, and none of a
	// measure's required names, is not about that measure, however much
	// of the document is
	if foreign := d.foreignPlace(); foreign {
		sa, sb := d.sents[si].a, d.sents[si].b
		for i, m := range lx.measures {
			if len(m.Requires) > 0 && !m.CountedAbroad && !d.requiredAt(i, sa, sb) {
				d.blocked |= 1 << i
			}
		}
	}
	// "In London 41% of workers were born overseas": a share of a whole
	// that names no measure (the whole is what a share is of) is other
	if unit == "percent" && stat == "share" && d.plainWhole(r, q) {
		return lx.other
	}
	// "84% of these", "Of these, 35% were ...": a share of the figure before
	if unit == "percent" && len(prev) > 0 && (r.word(q.te) == "of" && anaphora[r.word(q.te+1)] && r.word(q.te+1) != "the" && !r.described(q.te+2) ||
		r.word(r.lo) == "of" && anaphora[r.word(r.lo+1)] && r.word(r.lo+1) != "the" && r.punct(r.lo+2) == "," && q.ts <= r.lo+4) {
		if mi, ok := lx.measureIdx[prev[len(prev)-1].Measure]; ok {
			return mi
		}
	}
	// "1,180 people had been returned under the deal. That is under 4% of
	// everyone who has crossed": a share that refers back to returns is
	// of the returns, whatever whole it names
	if unit == "percent" && stat == "share" && len(prev) > 0 && d.msent[len(prev)-1] == si-1 {
		switch d.toks[d.sents[si].a].low {
		case "that", "it", "this":
			if p := prev[len(prev)-1].Measure; p == "returns" || p == "rwanda_relocations" {
				return lx.measureIdx[p]
			}
		}
	}
	// "Net migration accounted for 91% of population growth", "Migration
	// accounts for almost half of the year's growth": migration's share
	// of the growth is net migration's (the part), not the population's
	if unit == "percent" && r.word(q.te) == "of" && growthWhole(r, q.te+1) {
		if mi, ok := lx.measureIdx["net_migration"]; ok && d.migrationBefore(si, q, prev) {
			return mi
		}
	}
	// "Small boat arrivals made up 88% of the total", "…, a third of the
	// total and up from 1,960": a share of the total given before
	if unit == "percent" && r.word(q.te) == "of" && r.word(q.te+1) == "the" && (r.word(q.te+2) == "total" || r.word(q.te+2) == "whole") && (r.word(q.te+3) == "" || r.word(q.te+3) == "and" || r.word(q.te+3) == "but") {
		if mi := d.lastCount(si, prev); mi >= 0 {
			return mi
		}
	}
	// "Of the people returned between July 2024 and June 2026, 6,880 had
	// come by small boat": a count of part of the whole the sentence opens
	// with is of that whole's measure
	if sa := d.sents[si].a; unit != "percent" && d.toks[sa].low == "of" && sa+1 < q.ts && d.toks[sa+1].low == "the" && q.ts-1 > sa && d.toks[q.ts-1].low == "," && !d.figureBetween(sa, q.ts) {
		for _, c := range d.sentCues {
			if c.e >= q.ts-1 {
				break
			}
			if c.weight >= 5 && c.target != lx.other && d.unitAllowed(c.target, unit) {
				return c.target
			}
		}
	}
	// "643,000 people emigrated. Of these, 274,000 were non-EU nationals,
	// 172,000 were EU nationals": counts that break down the figure before
	if unit != "percent" && r.word(r.lo) == "of" && (r.word(r.lo+1) == "these" || r.word(r.lo+1) == "them" || r.word(r.lo+1) == "those") && r.punct(r.lo+2) == "," {
		if mi := d.lastCount(si, prev); mi >= 0 && d.unitAllowed(mi, unit) {
			return mi
		}
	}
	// "… totalled 656,000. Of these:" and a list, "- 289,000 were non-EU
	// nationals": each item breaks down the count before the list
	if unit != "percent" {
		if lead := d.listLead(si); lead >= 0 {
			// (the count may stand a sentence or two before the lead:
			// "… 108,140 people claimed asylum. Small-boat arrivals are
			// only part of that picture. Of these:")
			for n := len(prev) - 1; n >= 0 && d.msent[n] >= lead-2; n-- {
				if d.msent[n] > lead {
					continue // an item before this one
				}
				if p := &prev[n]; p.Statistic == "level" && p.Unit != "percent" {
					// (unless the item names a measure of its own: "£290m:
					// payments to the Rwandan government")
					if mi, ok := lx.measureIdx[p.Measure]; ok && d.unitAllowed(mi, unit) && !d.namesOther(mi) {
						return mi
					}
					break
				}
			}
		}
	}
	// "The UK paid Rwanda £290m in four instalments: £120m in April 2022,
	// £20m later that year to cover the costs of setting up, …": the parts
	// of a sum given before a colon in the sentence are of its measure,
	// unless a part names a measure of its own
	if unit == "GBP" || unit == "EUR" || unit == "USD" {
		if mi := d.colonWhole(si, q, unit, prev); mi >= 0 {
			return mi
		}
	}
	// "about 4.3 billion pounds ($5.8 billion)": the sum before, converted
	// into another currency
	if n := len(prev); n > 0 && (unit == "USD" || unit == "EUR") && prev[n-1].Unit == "GBP" && q.ts > 1 && d.toks[q.ts-1].low == "(" && prev[n-1].End == int(d.toks[q.ts-2].e) {
		if mi, ok := lx.measureIdx[prev[n-1].Measure]; ok {
			return mi
		}
	}
	// "an increase of 706,900 (1.2%)": the same figure as a percentage;
	// "reached 1,362 …, equivalent to roughly one in 33 of those
	// arriving": the figure before as a share of a whole
	if d.restates(q, unit, prev) || stat == "share" && d.equivalentShare(q, prev) {
		if mi, ok := lx.measureIdx[prev[len(prev)-1].Measure]; ok && d.unitAllowed(mi, unit) {
			return mi
		}
	}
	s := d.sents[si]
	// "Liverpool is home to around 500,000 people", "a town of 38,000
	// people", "the borough's 142,000 residents": the people of a place
	// are its population
	if (unit == "persons" || unit == "") && stat == "level" && d.placesPeople(r, q) {
		if mi, ok := lx.measureIdx["population"]; ok {
			return mi
		}
	}
	// "officers stopped 11 boats carrying about 590 people from setting
	// off": the people on boats stopped before they left are no arrivals
	if (unit == "persons" || unit == "") && stat == "level" && (r.word(q.ts-1) == "carrying" || r.word(q.ts-1) == "with") && r.stoppedBoats(q.ts-1) {
		return lx.other
	}
	// "the population grew by a net 171,000 through migration", "the
	// number of Britons living here fell by 91,000 through migration
	// alone": growth that migration brought is net migration
	if (unit == "persons" || unit == "") && (r.word(q.ts-1) == "by" || r.word(q.ts-1) == "net" && r.word(q.ts-3) == "by") {
		if w := r.word(q.te); w == "through" || w == "from" || w == "via" {
			k := q.te + 1
			if r.word(k) == "net" || r.word(k) == "international" || r.word(k) == "overseas" {
				k++
			}
			if r.word(k) == "migration" {
				if mi, ok := lx.measureIdx["net_migration"]; ok {
					return mi
				}
			}
		}
	}
	// "The capital added 4,500 residents in a year", "Powys lost 1,200
	// people": the people a place gains or loses are its population's change
	if unit == "persons" || unit == "" {
		switch r.word(q.ts - 1) {
		case "added", "gained", "lost", "adds", "gains", "loses":
			switch r.word(q.te) {
			case "people", "residents", "inhabitants":
				// (not "Net migration added 34,900 people", "gained 2,900
				// people through overseas migration": where they came from, or
				// went)
				if mi, ok := lx.measureIdx["population_change"]; ok && !d.strongCueBefore(q.ts, mi) && !fromWhere[r.word(q.te+1)] {
					return mi
				}
			}
		}
	}
	// "Some 802,000 people arrived and 654,000 left": the two flows
	if unit == "persons" || unit == "" {
		if name := r.flowPair(q); name != "" {
			if mi, ok := lx.measureIdx[name]; ok {
				return mi
			}
		}
	}
	// "compared with our estimate of 764,000": the measure of the figure it
	// is compared with, unless a clause of its own names what it is ("…
	// to 826,000, while emigration rose from 582,000")
	// ("£1.2m supporting people housed at two hotels, against £450,000":
	// the figure before a count of where people are)
	// (not one whose own relative clause says what it counts: "more than
	// twice as many as the 73,000 who came home")
	if n := len(prev); n > 0 && prev[n-1].Start >= int(d.toks[s.a].s) && r.comparedWith(q.ts) && !d.cueAfter(prev[n-1].End, q.ts) && !d.ownClauseCue(q, prev[n-1].Measure) && !d.contrastedNouns(q, &prev[n-1]) {
		p := &prev[n-1]
		if n > 1 && d.whereCount(p) && prev[n-2].Start >= int(d.toks[s.a].s) && prev[n-2].Unit != "other" {
			p = &prev[n-2]
		}
		if mi, ok := lx.measureIdx[p.Measure]; ok && d.unitAllowed(mi, unit) {
			return mi
		}
	}
	// "32,345 were housed in hotels, down 19% from 39,805", "31,912 were in
	// hotels, a 16% reduction": a percent change added after a comma to the
	// figure before it is that figure's change, whatever the clause between
	// says about it
	if unit == "percent" && stat == "change" {
		if n := len(prev); n > 0 && prev[n-1].Start >= int(d.toks[s.a].s) && (prev[n-1].Statistic == "level" && prev[n-1].Unit != "percent" || prev[n-1].Statistic == "share") && d.appendedChange(r, q, prev[n-1].End) {
			// of the clause's first figure: "41,472 people crossed in 786
			// boats, up 13%" is about the people
			f := n - 1
			for f > 0 && prev[f-1].Start >= int(d.toks[s.a].s) && prev[f-1].Statistic == prev[n-1].Statistic && prev[f-1].Unit != "percent" && !d.joinBetween(prev[f-1].End, prev[f].Start) {
				f--
			}
			if mi, ok := lx.measureIdx[prev[f].Measure]; ok {
				return mi
			}
		}
	}
	// "England grew by 241,500 (0.4%), Wales by 14,300 (0.4%)": a place
	// and "by", with no verb of their own, repeat the change before
	if r.word(q.ts-1) == "by" && (unit == "persons" || unit == "") {
		for _, pl := range d.sentPlaces {
			if pl.e != q.ts-1 {
				continue
			}
			for k := len(prev) - 1; k >= 0 && prev[k].Start >= int(d.toks[d.sents[si].a].s); k-- {
				if prev[k].Unit != "persons" {
					continue
				}
				if mi, ok := lx.measureIdx[prev[k].Measure]; ok && (prev[k].Statistic == "change" || lx.isChangeMeasure[mi]) {
					return mi
				}
				break
			}
		}
	}
	// "after better data on students and departures had arrived, the
	// figure stood at 906,000": "the figure" is the one the text has been
	// giving, unless the sentence names a measure outright
	if n := len(prev); n > 0 && d.msent[n-1] >= si-1 && prev[n-1].Measure != "other" && (prev[n-1].Unit == unit || unit == "") && prev[n-1].Statistic == "level" && d.theFigureIs(r, q) && !d.namesMeasure() {
		if mi, ok := lx.measureIdx[prev[n-1].Measure]; ok && d.unitAllowed(mi, unit) {
			return mi
		}
	}
	// "EU citizens left on balance, at minus 61,000. For non-EU nationals
	// the figure was 338,000": the same figure, for another group
	if n := len(prev); n > 0 && d.msent[n-1] >= si-1 && prev[n-1].Measure != "other" && (prev[n-1].Unit == unit || unit == "") && d.forGroupFigure(r, si, q) {
		if mi, ok := lx.measureIdx[prev[n-1].Measure]; ok && d.unitAllowed(mi, unit) {
			return mi
		}
	}
	// "The grant rate varies by nationality. For Eritreans it was above
	// 95%": "it" is what the sentence before was about
	if mi := d.itRefersBack(r, si, q, unit, prev); mi >= 0 {
		return mi
	}
	// "At least 31" on a line of its own, over "The number of people known
	// to have died trying to reach Britain by boat": the first thing the
	// line after it names is what the figure counts
	if unit != anyUnit && d.figureLine(si, q) {
		next := d.sents[si+1]
		best, bestW := -1, 0.0
		for _, c := range inSpan(d.cues, next) {
			if w := c.weight / (1 + float64(c.s-next.a)/4); w > bestW && d.unitAllowed(c.target, unit) && lx.speaksFor(c)&cueUnit(unit) != 0 && d.requirementMet(c.target, si+1) {
				best, bestW = c.target, w
			}
		}
		if best >= 0 {
			return best
		}
	}
	// "… down from at least 64 in 2025" in the line that explains such a
	// figure: the base of the comparison counts what the figure counts
	if n := len(prev); n > 0 && si > 0 && d.msent[n-1] == si-1 && r.comparedWith(q.ts) && prev[n-1].Start == int(d.toks[d.sents[si-1].a].s) && prev[n-1].End == int(d.toks[d.sents[si-1].b-1].e) {
		if mi, ok := lx.measureIdx[prev[n-1].Measure]; ok && d.unitAllowed(mi, unit) {
			return mi
		}
	}
	d.scores = resize(d.scores, len(lx.measures))
	scores := d.scores
	var touched uint64 // the measures with a score (at most 64: see lexicon)
	ub := cueUnit(unit)
	countOnly := false
	switch unit {
	case anyUnit:
		ub = ^uint32(0)
		if d.aboutMoney(si) {
			// "costing ten times what a rented home would": sums compared
			ub = unitBit("GBP") | unitBit("EUR") | unitBit("USD")
		}
	case "percent":
		// "the number of hotels in use is down 36%": a percentage in a
		// sentence about no sum of money is of a count
		if !d.aboutMoney(si) {
			ub |= unitBit("persons")
			countOnly = true
		}
	}
	// "Emigration: 603; 642": a figure on a line that opens with a label is
	// about that label, not about the lines around it
	// (a line break always ends a sentence)
	labelLine := d.sentLabel >= 0 && d.sentLabel < q.ts
	// "fell by 27% to 948,000": the level a change reached is not a figure
	// that stands between it and the subject
	reached := r.word(q.ts-1) == "to" && r.changeContext(q.ts-1)
	// "1,905 small-boat arrivals were returned": the verb of the figure's
	// clause, when it names an event as plainly as "returned" or
	// "detained", says what the figure counts, and the words between say
	// whom ("visas were granted" stays visas: "granted" is not so plain)
	verb := -1
	for _, c := range d.sentCues {
		if c.s >= q.te+12 {
			break
		}
		if (c.s > q.te || c.s == q.te && befell[d.toks[c.s].low]) && c.weight >= 5 {
			aux := c.s - 1
			if w := d.toks[aux].low; (w == "or" || w == "and") && aux-2 > q.te {
				aux -= 2 // "had been flown or ferried back"
			}
			if auxAdverb[d.toks[aux].low] && aux-1 > q.te {
				aux-- // "are eventually allowed"
			}
			w := d.toks[aux].low
			// ("roughly half of the appeals we support are eventually
			// allowed", "nearly half of those appeals succeed": the share
			// is of an outcome)
			share := unit == "percent" && (w == "are" || w == "is" || bareVerb[d.toks[c.s].low])
			if (w == "were" || w == "was" || w == "been" || share) && !d.clauseBreak(q.te, c.s) {
				verb = c.s
				break
			}
			// "had seen 1,150 small-boat arrivals flown back": a past
			// participle right after the figure's noun says what befell
			// the people it counts
			// ("67 people died trying to reach the UK", "58 people
			// rescued off Wimereux": a verb of what befell them, whatever
			// the journey around it)
			// ("Three die off French coast": the figure its subject)
			if pastParticiple[d.toks[c.s].low] && d.nounOnly(q.te, c.s) || befell[d.toks[c.s].low] && (c.s == q.te || d.nounOnly(q.te, c.s)) {
				verb = c.s
				break
			}
		}
	}
	// "A dinghy carrying around 55 people was intercepted": the people on
	// a boat are small-boat arrivals, whatever befell the boat
	boatLoad := stat == "average" && unit != "percent" && q.boatLoad
	// "158,000 more people came to live in the UK than left": the flow
	// the comparison names ("than left") is what the figure is
	than := -1
	if unit != "percent" && r.word(q.te) == "more" {
		_, than = r.netFlowThan(q.te + 1)
	}
	// "Scotland's growth outpaced Northern Ireland (0.3%)": a figure in
	// brackets right after a place is that place's value of what the
	// sentence says, not an aside
	placeValue := false
	if open := q.ts - 1; d.paren[q.ts] != 0 && open > s.a && d.toks[open].low == "(" {
		for _, pl := range d.sentPlaces {
			if pl.e == open {
				placeValue = true
			}
		}
	}
	for ci, c := range d.sentCues {
		t := c.target
		// "Elsewhere in the UK, Scotland's population rose by 0.3%": the
		// rest of the UK opening the sentence says where, not that people
		// moved within it
		if t == lx.other && c.s == s.a && c.e < s.b && d.toks[c.e].low == "," && r.restOfUK(c.s) {
			continue
		}
		// "the population rose by 0.5%": a percentage of a measure that
		// counts only people speaks for its change measure
		if unit == "percent" && !d.unitAllowed(t, unit) && lx.measures[t].ChangeMeasure != "" {
			t = lx.measureIdx[lx.measures[t].ChangeMeasure]
		}
		cu := lx.cueUnits[t]
		if t == c.target {
			cu = lx.speaksFor(c)
		}
		if cu&ub == 0 || t == lx.other && boatLoad {
			continue
		}
		var dist int
		lo, hi := c.e, q.ts
		switch {
		case c.e <= q.ts:
			dist = q.ts - c.e
		case c.s >= q.te:
			dist = c.s - q.te
			lo, hi = q.te, c.s
		}
		if dist > maxCueDist {
			continue // (and a sentence of thousands of words costs no more per figure than one of a hundred)
		}
		// "net migration - arrivals minus departures - was 156,000": an
		// aside between the cue and the figure does not part them
		qp := d.paren[q.ts]
		sameParen := d.paren[c.s] == qp
		// a cue in a different clause or in a parenthesis counts less
		w := 1.0
		modifier, rel, comma := false, -1, false
		for k := lo; k < hi; k++ {
			tk := &d.toks[k]
			if sameParen && d.paren[k] != qp {
				dist--
			}
			if tk.kind != tPunct && tk.flags&fCueGap == 0 {
				continue
			}
			switch t := tk.low; t {
			case ";", ":":
				w *= 0.3
			case ",":
				comma = true
				if k+1 < hi && clauseJoin[d.toks[k+1].low] {
					w *= 0.4 // "fell to 948,000, while emigration rose"
				}
			case "against", "versus", "vs":
				w *= 0.4 // "1.2 million arrivals against half a million departures"
			case "as":
				// "crossings up 14% as the backlog falls"
				if k == q.te && k+1 < hi && !asNotJoin[d.toks[k+1].low] {
					w *= 0.4
				}
			case "-", "–", "—":
				// "more than 200,000 a year - the population of a city"
				if c.s >= q.te && d.spacedDash(k) {
					w *= 0.3
				}
			case "and", "while", "whereas", "but":
				if c.s >= q.te && k > 0 && d.toks[k-1].low != "," {
					w *= 0.5 // "1,200,000 and emigration at 480,000": the next figure's
				} else if c.e <= q.ts && t != "and" {
					// "immigration fell to 798,000 while emigration rose to
					// 627,000": the clause before is another figure's
					w *= 0.4
				}
			case "driven", "due", "thanks", "because", "despite", "helped", "fuelled", "boosted":
				// "The rise of 0.6% was driven by migration": a cause;
				// "Syrian arrivals doubled, despite decisions being paused";
				// "up 1.2% to 384,600, helped by its universities"
				if c.s >= q.te {
					w *= 0.15
				}
			case "since":
				// "37,950 small boat arrivals since the first person was
				// flown to France": the event a period starts from
				if c.s >= q.te && d.sinceEvent(k, c.s) {
					w *= 0.2
				}
			case "from", "who", "whom", "whose", "which":
				if t == "whose" && k > q.te+1 {
					break // (not "…, nationalities whose claims usually succeed")
				}
				// "the total at £715m, of which £290m was handed to Kigali":
				// what follows "of which" is said of a part, not the whole
				if t != "from" && k > lo && d.toks[k-1].low == "of" && c.s >= q.te {
					w *= 0.2
				}
				// "thousands of claims from small boat arrivals were
				// awaiting a decision", "1,350 people who had arrived by
				// small boat were returned": the phrase says whose claims
				// or which people, up to the main verb; after a verb of its
				// own ("moved to the district from other parts of the UK")
				// it says where from; "14,000 people whose claims were
				// frozen are still waiting": whose they are
				modifier = c.s >= q.te && !d.cueWithin(q.te, k)
				rel = k
			case "were", "was", "are", "is", "have", "has", "had", "will", "would":
				if k != rel+1 {
					modifier = false
				}
			}
		}
		w *= c.weight / (1 + float64(dist)/4)
		if modifier {
			w *= 0.5
		}
		switch {
		case verb < 0:
		case c.s == verb:
			w *= 2
		case c.s >= q.te && c.s < verb:
			w *= 0.4
		}
		if labelLine && c.e < q.ts && d.toks[c.e].low == ":" {
			w = c.weight // "Emigration: 603; 642"
		}
		// "The backlog of initial decisions has shrunk to 59,200": a cue
		// after another's "of" says what the other counts, not what the
		// figure is
		if c.s >= 2 && d.toks[c.s-1].low == "of" && d.cueEndsAt(c.s-1, t) {
			w *= 0.3
		}
		// "a population of 84 million": the noun the figure is "of";
		// "With immigration at 827,000, net migration fell": the noun it
		// is "at"
		if c.e == q.ts-1 && (d.toks[c.e].low == "of" || d.toks[c.e].low == "at" && c.weight >= 4 && t != lx.other) {
			w *= 2
		} else if c.s >= q.te && c.e < len(d.toks) && d.toks[c.e].low == "of" && d.quantityAt(c.e+1) {
			w *= 0.2 // "a few hundred people in a town of over 100,000": the other figure's
		} else if c.s > q.te && d.cueBeforeFigure(ci) {
			w *= 0.3 // "immigration was 768,000 and emigration 626,000": the next figure's
		}
		if than >= 0 && c.s <= than && than < c.e {
			w *= 3
		}
		// "A net 4,800 people moved to Northern Ireland": "net" right
		// before the figure makes it a net flow, whatever the verb after
		// (not a net move within the UK: "a net 6,100 moved to Wales from
		// elsewhere in the UK")
		if c.e == q.ts && c.e-c.s == 1 && d.toks[c.s].low == "net" && !r.withinUK() {
			w *= 3
		}
		// "84% of all irregular arrivals": a share is of the whole it names
		if unit == "percent" && c.s > q.te && c.s <= q.te+4 && d.toks[q.te].low == "of" {
			w *= 2.5
		}
		// "£220m in payments to Rwanda, about £270m for charter flights": a
		// cue with another figure between belongs to that figure
		if c.e <= q.ts && !reached && d.figureBetween(c.e, q.ts) || c.s >= q.te && d.toks[q.te].low != "of" && d.figureBetween(q.te, c.s) {
			w *= 0.5
		}
		// the subject that opens the sentence is what its figures are about
		if c.s <= s.a+2 && c.e <= q.ts {
			w *= 1.5
		}
		if d.paren[c.s] != d.paren[q.ts] && !placeValue || comma && c.e <= q.ts && d.inAside(s, ci, q.ts) {
			w *= 0.3
			if comma && c.e <= q.ts && d.inDefinition(s, ci, q.ts) {
				w *= 0.1
			}
		}
		scores[t] += w
		touched |= 1 << t
	}
	if countOnly {
		for _, i := range lx.moneyOnly {
			scores[i] = 0
		}
	}
	// "had the UK reaching 72.5 million on the assumption that net
	// migration …": more people than a measure ever counts
	for m := touched; m != 0; m &= m - 1 {
		if i := bits.TrailingZeros64(m); d.tooMany(i, q, unit) {
			scores[i] = 0
		}
	}
	for m := d.blocked & touched; m != 0; m &= m - 1 {
		scores[bits.TrailingZeros64(m)] = 0
	}
	// "£7bn to £8bn a year": a rate is not a measure that is a total
	if q.perPeriod != "" {
		for i := range scores {
			if lx.measures[i].NoRates {
				scores[i] = 0
			}
		}
	}
	// "A second chart shows boats per year. The count fell from 1,110 …":
	// a sentence that refers back to one without figures is about what
	// that one names; "And how many has the Government returned to France?
	// Just 960.": a figure with no cue of its own answers the question just
	// before it
	if si > 0 && (d.backToWords(si, prev) || d.question(si-1)) && slices.Max(scores) < 1 {
		for _, c := range inSpan(d.cues, d.sents[si-1]) {
			if d.unitAllowed(c.target, unit) && lx.speaksFor(c)&ub != 0 {
				scores[c.target] += c.weight * 0.4
				touched |= 1 << c.target
			}
		}
	}
	// "Study | 420,700 | 398,300" under "Table 1: Visas granted by
	// category": a table's row is about what its title names, unless the
	// row's label names a measure clearly
	// "Nationality | Applications | Grant rate" over "Eritrea | 8,610 |
	// 89%": a cell is about what its column's header names
	if hc := d.columnHead(q, unit, si); hc >= 0 {
		return hc
	}
	// "Year | Asylum spending | Home Office RDEL": a column whose header
	// names no measure, beside one whose header does, holds something
	// else (not a column of changes: "Change since mid-2030"; nor one of a
	// table of a measure broken down, "Returns by type of return": "Year |
	// Enforced | Voluntary")
	if a, b, ok := d.columnHeader(q); ok && len(inSpan(d.cues, span{a, b})) == 0 && !d.speaksOfChange(a, b) && d.headerNamesMeasure() && !d.titleBreaksDown() {
		return lx.other
	}
	if d.weakRowLabel() {
		if hi := d.headMeasure(unit, si); hi >= 0 {
			// (under "Change since mid-2024", the change of the title's
			// measure: "Population and components of change")
			if cm := lx.measures[hi].ChangeMeasure; cm != "" && unit != "percent" {
				if a, b, ok := d.columnHeader(q); ok && d.speaksOfChange(a, b) {
					return lx.measureIdx[cm]
				}
			}
			return hi
		}
	}
	// "27,400 babies born and 33,200 deaths": a strong cue that is the
	// figure's own noun names what it counts
	if unit == "persons" && stat == "level" {
		for _, c := range d.sentCues {
			if c.s == q.te && c.weight >= 5 && c.target != lx.other && d.unitAllowed(c.target, unit) && d.requirementMet(c.target, si) && lx.speaksFor(c)&ub != 0 {
				return c.target
			}
		}
	}
	// "For £700m you could have cleared the backlog": a figure the document
	// has already given is about what it was about then, unless the
	// sentence says clearly that it is about something else
	pm := d.repeated(q, unit, prev)
	// "would cost at least £541m, and almost £600m if ...": a figure joined
	// to the one before by "and" or "or" is of the same kind
	// (not one whose own noun names another: "27,400 babies born and
	// 33,200 deaths")
	if n := len(prev); pm < 0 && n > 0 && prev[n-1].Start >= int(d.toks[s.a].s) && prev[n-1].Measure != "other" && d.coordinated(q.ts, prev[n-1]) && !d.ownNounCue(q.te, prev[n-1].Measure) && !d.contrastedNouns(q, &prev[n-1]) {
		if mi, ok := lx.measureIdx[prev[n-1].Measure]; ok && d.unitAllowed(mi, unit) && (prev[n-1].Unit == unit || unit == "") {
			pm = mi
		}
	}
	if pm >= 0 {
		strongest := 0.0
		for i, sc := range scores {
			if i != pm && sc > strongest && d.unitAllowed(i, unit) && d.requirementMet(i, si) {
				strongest = sc
			}
		}
		if strongest < 3 || strongest <= scores[pm] {
			return pm
		}
	}
	// a figure in brackets with no cue of its own ("… on study visas
	// (91,000 in 2022)") is about the measure the sentence is about: its
	// first measure noun
	if p := d.paren[q.ts]; p != 0 {
		// "… above emigration of non-EU nationals (296,000)": the measure
		// noun the bracket's noun phrase is "of"
		if open := q.ts - 1; d.toks[open].low == "(" {
			for k := open - 1; k > s.a && k >= open-5; k-- {
				if d.toks[k].low != "of" {
					if d.toks[k].kind == tPunct && d.toks[k].low != "-" {
						break
					}
					continue
				}
				for _, c := range d.sentCues {
					if c.e == k && c.weight >= 4 && d.unitAllowed(c.target, unit) && lx.speaksFor(c)&ub != 0 {
						return c.target
					}
				}
				break
			}
		}
		inside, head := false, -1
		for _, c := range d.sentCues {
			if d.paren[c.s] == p {
				inside = true
			}
			if head < 0 && c.weight >= 4 && d.paren[c.s] == 0 && c.e <= q.ts && d.unitAllowed(c.target, unit) && lx.speaksFor(c)&ub != 0 {
				head = c.target
			}
		}
		if !inside && head >= 0 {
			return head
		}
	}
	// "Net migration was the main driver of growth, adding an estimated
	// 679,000": a participle clause's figure is about the sentence's subject
	if i := r.participle(q.ts); i > s.a {
		for _, c := range inSpan(d.cues, s) {
			if c.s > s.a+2 || c.e > i {
				break
			}
			if c.weight >= 4 && d.unitAllowed(c.target, unit) && d.requirementMet(c.target, si) {
				return c.target
			}
		}
	}
	// (a tie goes to the measure the document is more about: "the final
	// bill" in a story on the Rwanda scheme)
	best, bestScore := -1, 0.0
	for m := touched; m != 0; m &= m - 1 {
		i := bits.TrailingZeros64(m)
		sc := scores[i]
		if sc == 0 {
			continue
		}
		if (sc > bestScore || sc == bestScore && d.prior[i] > d.prior[best]) && d.unitAllowed(i, unit) && d.requirementMet(i, si) {
			best, bestScore = i, sc
		}
	}
	// "Under 5% of those who crossed have been returned", "a third of
	// claims came from small-boat arrivals": in a share, small-boat arrival
	// names the group, and the share is of the other measure the sentence
	// names; unless the share is of that group and the other is what it did
	// ("4% of small-boat arrivals claimed asylum")
	if best >= 0 && stat == "share" && unit == "percent" && len(lx.groupIn[best]) > 0 && !d.groupIsWhole(r, q, best) {
		g, gs := -1, 0.0
		for _, k := range lx.groupIn[best] {
			if sc := scores[k]; touched&(1<<k) != 0 && sc >= 1 && sc > gs && d.strongCue(k) && d.unitAllowed(k, unit) && d.requirementMet(k, si) {
				g, gs = k, sc
			}
		}
		if g >= 0 {
			best, bestScore = g, gs
		}
	}
	// "1,380 small boat arrivals have been flown to France", "France has
	// taken back 1,930 small boat arrivals": a count of the group that a
	// verb of its own clause says were returned is a count of returns
	if best >= 0 && stat == "level" && unit == "persons" && len(lx.groupIn[best]) > 0 {
		if k := d.clauseCueOf(si, q, best, lx.groupIn[best], r.comparedWith(q.ts)); k >= 0 && d.unitAllowed(k, unit) && d.requirementMet(k, si) {
			best, bestScore = k, scores[k]
		}
	}
	if best >= 0 && stat == "share" && unit == "percent" && len(lx.wholeIn[best]) > 0 {
		w := d.wholeAt(r, q)
		for _, c := range d.sentCues {
			if c.s == w && slices.Contains(lx.wholeIn[best], c.target) && d.unitAllowed(c.target, unit) && d.requirementMet(c.target, si) {
				best, bestScore = c.target, scores[c.target]
				break
			}
		}
	}
	// "If Labour hadn't scrapped Rwanda, tens of thousands would have been
	// removed": removals in a sentence that names Rwanda, and no other
	// country, are relocations under the scheme
	if best >= 0 && len(lx.narrowedBy[best]) > 0 {
		for _, k := range lx.narrowedBy[best] {
			if d.blocked&(1<<k) == 0 && d.unitAllowed(k, unit) && d.requiredAt(k, s.a, s.b) && !d.foreignPlace() {
				best = k
				break
			}
		}
	}
	// "Asylum support cost £4.21bn. Officials expect the bill to fall to
	// £3.9bn": weak words that fit the figure just before as well as
	// another measure go on with that figure
	if bestScore > 0 && bestScore < 2 {
		if n := len(prev); n > 0 && d.msent[n-1] >= si-1 && prev[n-1].Unit == unit && prev[n-1].Statistic == "level" {
			if pi := d.midx[n-1]; pi != best && scores[pi] >= bestScore*0.75 && d.requirementMet(pi, si) {
				best, bestScore = pi, scores[pi]
			}
		}
	}
	// weak or no cues: "The figure now stands at 758,000" goes on with the
	// figure before it, if that is near and of a kind the unit allows
	// (not when the measure is the subject the sentence opens with: "Net
	// migration is now at its lowest since 2020, when …, and far below the
	// high point of 906,000")
	if best >= 0 && bestScore > 0 && bestScore < 1 && d.opensWith(s, best, q.ts) {
		return best
	}
	if bestScore < 0.5 || bestScore < 1 && d.anaphoric(si) {
		// (not across a heading: "Returns" over "Of those, 2,950 went
		// back" starts another subject)
		// ("What was claimed / "Net migration is still over half a
		// million" / Our verdict / Incorrect. Official figures put it at
		// 227,000": a fact check's verdict goes on with the claim above it)
		back, verdict := 2, d.verdictAbove(si)
		if verdict {
			back = 3
		}
		if n := len(prev); n > 0 && prev[n-1].Start >= int(d.toks[d.sents[max(0, si-back)].a].s) && (d.msent[n-1] > d.headAt || verdict) {
			// (one the document is about, unless it is in this sentence or
			// the one before, in the same paragraph, and nothing here names
			// another)
			pm := prev[n-1].Measure
			if mi, ok := lx.measureIdx[pm]; ok && unit == "percent" && (stat == "change" || stat == "share" && prev[n-1].Statistic == "share" && prev[n-1].Unit == unit) && lx.measures[mi].ChangeMeasure != "" {
				// "The rise of 0.5%" after the population's level; "In
				// Scotland the figure was one in ten" after a share of the
				// population: a percentage of a measure that counts only
				// people is its change measure's, as for a cue (the share
				// goes back to the population)
				pm = lx.measures[mi].ChangeMeasure
			}
			if mi, ok := lx.measureIdx[pm]; ok && pm != "other" && d.unitAllowed(mi, unit) && d.requirementMet(mi, si) && (d.prior[mi] >= 0.3 || d.prior[lx.measureIdx[prev[n-1].Measure]] >= 0.3 || bestScore < 0.5 && d.msent[n-1] >= si-1 && (d.para[d.msent[n-1]] == d.para[si] || d.namesFigure(si))) {
				return mi
			}
			// "… housing 56,000 asylum seekers in hotels. Today that figure
			// is lower, at about 32,000": a sentence that says it goes on
			// with the figure before keeps it, whatever it counts
			if d.namesFigure(si) {
				for k := n - 1; k >= 0 && d.msent[k] >= si-1; k-- {
					if prev[k].Unit == unit || unit == "" && prev[k].Unit == "persons" {
						if prev[k].Measure == "other" {
							return lx.other
						}
						break
					}
				}
			}
		}
	}
	// (a cue that scores under 0.5, a weak word some way from the figure,
	// names no measure on its own: "gave 4,100 meals to families in the
	// weeks after they had arrived")
	if bestScore >= 0.5 {
		return best
	}
	// "3. Asylum and protection … The claims covered 119,600 people": a
	// figure whose sentence names no measure is about what the heading it
	// stands under names
	if hi := d.headMeasure(unit, si); hi >= 0 {
		return hi
	}
	// no cue at all: the document's topic, when it has a clear one: the
	// measure its cues name most, and no other (a count with no cue in a
	// story on the cost of asylum is not of the crossings it also speaks
	// of; a percentage in a sentence about no sum of money is not of a
	// measure that counts only money: "The capital expanded by 1.1%" in a
	// story on the cost of asylum)
	best, bestScore = -1, 0.0
	for i, p := range d.prior {
		if countOnly && slices.Contains(lx.moneyOnly, i) || d.tooMany(i, q, unit) {
			continue
		}
		t := i
		// "Inverclyde faces a 7.2% drop" in a piece on the population: a
		// percentage change of a measure that counts only people is of its
		// change measure, as with a cue (unless the sentence names
		// another measure: "Births were 3% lower")
		if unit == "percent" && stat == "change" && !d.unitAllowed(i, unit) && lx.measures[i].ChangeMeasure != "" && !d.namesMeasure() {
			t = lx.measureIdx[lx.measures[i].ChangeMeasure]
		}
		if p > bestScore && d.unitAllowed(t, unit) && d.requirementMet(i, si) {
			best, bestScore = t, p
		}
	}
	if best >= 0 && bestScore >= 1 { // (the priors are shares of the largest)
		// only a measure whose stories' bare figures are its own (a count
		// with no cue in a story on small boats; not a sum in a story on
		// the cost of asylum, as often a council's or a contract's)
		u := unit
		if u == "" || u == anyUnit {
			u = defaultUnit(lx.measures[best].Units)
		}
		if lx.topicUnits[best]&unitBit(u) == 0 {
			return lx.other
		}
		// A share, ratio or average names its whole, or what it is of,
		// in its own words: when neither its sentence nor the one before
		// names the topic's measure at all, it is of something else ("one
		// in four people here is over 65", "more than eight times typical
		// earnings", "an average price of £5.10" in a story on net
		// migration)
		switch stat {
		case "share", "ratio", "average":
			if !d.cueNear(best, si) {
				return lx.other
			}
		}
		return best
	}
	return lx.other
}

// placesPeople reports whether the figure q counts the people of a place:
// its noun is one a population is counted in, and a place is home to them
// ("Rwanda, home to about 14 million people"), has them ("the town's",
// "Wales's") or is a community of them ("a district of"). People somewhere
// doing something are some of them ("home to 760 people seeking asylum",
// "the city's 2,000 people in hotels").
func (d *docState) placesPeople(r *recogniser, q *quantity) bool {
	if !residentNouns[r.word(q.te)] {
		return false
	}
	switch r.word(q.te + 1) {
	case "in", "on", "who", "living", "staying", "waiting", "awaiting", "seeking", "claiming", "housed", "were", "are", "have", "had":
		return false
	}
	prev := r.word(q.ts - 1)
	if poss, ok := strings.CutSuffix(prev, "'s"); ok {
		if communityNouns[poss] {
			return true
		}
		for _, pl := range d.sentPlaces {
			if pl.e == q.ts {
				return true
			}
		}
		return false
	}
	switch before := r.word(q.ts - 2); prev {
	case "to":
		return before == "home"
	case "of":
		// ("a market town of 38,000 people")
		a := r.word(q.ts - 3)
		if a != "a" && a != "the" {
			a = r.word(q.ts - 4)
		}
		return communityNouns[before] && (a == "a" || a == "the")
	}
	return false
}

// cueNear reports whether sentence si or the one before it has a cue of
// measure mi, however weak.
func (d *docState) cueNear(mi, si int) bool {
	lo, hi := d.sents[max(0, si-1)].a, d.sents[si].b
	for _, c := range d.cues {
		if c.s >= hi {
			break
		}
		if c.s >= lo && c.target == mi {
			return true
		}
	}
	return false
}

// flowExcess reports for "departures exceeded arrivals by 68,000" -1
// (more left), for "arrivals outnumbered departures by 12,000" 1, and 0
// for any other figure.
func (r *recogniser) flowExcess(q *quantity) float64 {
	by := q.ts - 1
	if r.word(by) == "estimated" {
		by-- // "by an estimated 86,000"
		if r.word(by) == "an" {
			by--
		}
	}
	if r.word(by) != "by" {
		return 0
	}
	// "More Britons left than came back, by 94,000": the more, then
	// "than" and the other way
	if t := r.thanBefore(by); t > 0 {
		a, b := 0, 0
		for k := t - 1; k >= r.lo && k >= t-4 && a == 0; k-- {
			a = flowWord(r.word(k))
		}
		for k := t + 1; k < by && b == 0; k++ {
			b = flowWord(r.word(k))
		}
		if a != 0 && b == -a && r.moreBefore(t) {
			return float64(a)
		}
	}
	for v := by - 1; v >= r.lo+1 && v >= by-5; v-- {
		switch r.word(v) {
		case "exceeded", "outnumbered", "outstripped", "exceed", "exceeds", "outnumber", "outnumbers", "outstrip", "outstrips":
		default:
			continue
		}
		a := flowWord(r.word(v - 1))
		b := 0
		for k := v + 1; k < by && b == 0; k++ {
			b = flowWord(r.word(k))
		}
		if a != 0 && b == -a {
			return float64(a)
		}
		return 0
	}
	return 0
}

// thanBefore returns the "than" a few words before token by ("left than
// came back, by"), or -1.
func (r *recogniser) thanBefore(by int) int {
	for k := by - 1; k > r.lo && k >= by-6; k-- {
		if r.word(k) == "than" {
			return k
		}
	}
	return -1
}

// moreBefore reports whether "more" stands in the few words before token i.
func (r *recogniser) moreBefore(i int) bool {
	for k := i - 1; k >= r.lo && k >= i-6; k-- {
		if r.word(k) == "more" {
			return true
		}
	}
	return false
}

// flowWord tells a word of people coming (1: "arrivals", "coming") from
// one of people going (-1: "departures", "leaving"); 0 for any other.
func flowWord(w string) int {
	switch w {
	case "arrivals", "arriving", "arrived", "coming", "came", "immigration", "immigrants", "inflows", "inflow", "returning", "returned":
		return 1
	case "departures", "departing", "departed", "leaving", "left", "emigration", "emigrants", "outflows", "outflow":
		return -1
	}
	return 0
}

// firstBar returns the first "|" of sentence s, which makes it a row of a
// table, or -1.
func (d *docState) firstBar(s span) int {
	for k := s.a; k < s.b; k++ {
		if d.toks[k].low == "|" {
			return k
		}
	}
	return -1
}

// columnHead returns the measure that the header of the column q stands
// in names with cues of weight 1.5 or more, among those that allow the
// unit, or -1. A header is a bare label, so a word that says little in
// running text says what the column counts there: "Country | Claims".
func (d *docState) columnHead(q *quantity, unit string, si int) int {
	a, b, ok := d.columnHeader(q)
	if !ok {
		return -1
	}
	if best, w := d.cueVote(inSpan(d.cues, span{a, b}), b, unit, si); w >= 1.5 {
		return best
	}
	return -1
}

// titleBreaksDown reports whether the heading the table being read stands
// under breaks a measure down: "Returns by type of return, selected years".
func (d *docState) titleBreaksDown() bool {
	if d.headAt < 0 {
		return false
	}
	h := d.sents[d.headAt]
	for k := h.a; k < h.b; k++ {
		if d.toks[k].low == "by" {
			return true
		}
	}
	return false
}

// headerNamesMeasure reports whether the header row of the table being
// read names one of the vocabulary's measures clearly over a column of
// figures (not over the row labels: "Type of return | YE Sep 2025").
func (d *docState) headerNamesMeasure() bool {
	h := d.sents[d.header]
	for k := h.a; k < h.b; k++ {
		if d.toks[k].low == "|" {
			h.a = k + 1
			break
		}
	}
	for _, c := range inSpan(d.cues, h) {
		if c.target != d.x.lx.other && c.weight >= 2 {
			return true
		}
	}
	return false
}

// columnHeader returns the tokens [a, b) of the header of the column of
// the table the figure q stands in, if the table has a header row.
func (d *docState) columnHeader(q *quantity) (a, b int, ok bool) {
	if d.header < 0 || d.header >= d.curSent || d.rowBar < 0 {
		return 0, 0, false
	}
	col := 0
	for k := d.rowBar; k < q.ts; k++ {
		if d.toks[k].low == "|" {
			col++
		}
	}
	h := d.sents[d.header]
	a, b, n := h.a, h.b, 0 // the tokens of the header's column col
	for k := h.a; k < h.b; k++ {
		if d.toks[k].low != "|" {
			continue
		}
		if n++; n == col {
			a = k + 1
		} else if n == col+1 {
			b = k
			break
		}
	}
	return a, b, n >= col && a < b
}

// percentColumn reports whether the figure q stands in a table column whose
// header says its cells are percentages: "Change (%)", "Grant rate, per
// cent".
func (d *docState) percentColumn(q *quantity) bool {
	a, b, ok := d.columnHeader(q)
	if !ok {
		return false
	}
	for k := a; k < b; k++ {
		switch d.toks[k].low {
		case "%", "percent":
			return true
		case "per":
			if k+1 < b && d.toks[k+1].low == "cent" {
				return true
			}
		}
	}
	return false
}

// rateColumn reports whether the figure q stands in a table column whose
// header is a rate per so many ("Per 10,000 residents", "Rate per 1,000"):
// its cells count no one.
func (d *docState) rateColumn(q *quantity) bool {
	a, b, ok := d.columnHeader(q)
	if !ok {
		return false
	}
	for k := a; k+1 < b; k++ {
		if d.toks[k].low == "per" && d.toks[k+1].kind == tNum {
			return true
		}
	}
	return false
}

// changeColumn reports whether the figure q stands in a table column whose
// header speaks of a change ("Change", "Rise on 2024", "%"), or in a table
// with no header row, or in no table: where a signed figure is a change.
func (d *docState) changeColumn(q *quantity) bool {
	a, b, ok := d.columnHeader(q)
	return !ok || d.speaksOfChange(a, b)
}

// speaksOfChange reports whether tokens [a, b) of a table's header speak
// of a change.
func (d *docState) speaksOfChange(a, b int) bool {
	for k := a; k < b; k++ {
		switch d.toks[k].low {
		case "change", "changes", "rise", "fall", "increase", "decrease", "difference", "%", "growth", "up", "down", "on", "revision", "revisions":
			return true
		}
	}
	return false
}

// weakRowLabel reports whether the sentence being read is a row of a
// table (its cells set off by "|") whose label, the first cell, names no
// measure with a cue of weight 2 or more: "Work", "Study", "Total".
func (d *docState) weakRowLabel() bool {
	bar := d.rowBar
	if bar < 0 {
		return false
	}
	for _, c := range d.sentCues {
		if c.e <= bar && c.weight >= 2 {
			return false
		}
	}
	return true
}

// headMeasure returns the measure whose cues in the heading the sentence
// si stands under weigh most, among those that allow the unit, or -1.
func (d *docState) headMeasure(unit string, si int) int {
	best, w := d.cueVote(d.headCues, len(d.toks), unit, si)
	if best >= 0 && w < 2 && d.prior[best] < 0.5 {
		// ("Afghan arrivals" in a story on resettlement: one weak word
		// names no measure the story is not about; "The courtroom bill"
		// in one on the cost of asylum does)
		return -1
	}
	return best
}

// cueVote returns the measure whose cues among cs (ending by token end)
// weigh most in all, of those that allow the unit and speak for it, with
// that weight; or -1.
func (d *docState) cueVote(cs []match, end int, unit string, si int) (int, float64) {
	lx := d.x.lx
	var sum [64]float64
	best := -1
	for _, c := range cs {
		if t := c.target; c.e <= end && d.unitAllowed(t, unit) && d.requirementMet(t, si) && lx.speaksFor(c)&cueUnit(unit) != 0 {
			sum[t] += c.weight
			if best < 0 || sum[t] > sum[best] {
				best = t
			}
		}
	}
	if best < 0 {
		return -1, 0
	}
	return best, sum[best]
}

// elided returns the figure before q, in its sentence or the one before in
// the same paragraph, whose count q goes on with when q has no noun of its
// own and no cue stands in its clause ("…, and at least 19 so far in
// 2026"), and that figure counts what no measure counts; or -1. Of several
// figures before, it is the one nearest q in size, within a factor of ten.
func (d *docState) elided(r *recogniser, si int, q *quantity, prev []model.Mention) int {
	if !q.hasValue || q.value <= 0 || len(prev) == 0 {
		return -1
	}
	switch r.word(q.te) {
	case "so", "in", "at", "on", "since", "during", "this", "last", "by", "before", "after", "until", "were", "was", "had", "have", "are":
	case "":
		if q.te < r.hi && d.toks[q.te].kind != tPunct {
			return -1
		}
	default:
		return -1
	}
	s := d.sents[si]
	lo, hi := d.clauseSpan(q.ts, q.te, s.a, s.b)
	// "The backlog has shrunk too, to 59,200": the level a change reached,
	// after a comma, is in the change's clause
	if lo == q.ts-1 && d.toks[lo].low == "to" && lo-1 > s.a && d.toks[lo-1].low == "," {
		lo, _ = d.clauseSpan(lo-1, hi, s.a, s.b)
	}
	for _, c := range d.sentCues {
		// ("more than 400 were in use": a cue of other names nothing)
		if c.s < hi && c.e > lo && c.target != d.x.lx.other {
			return -1
		}
	}
	best, bestD := -1, 1.0
	for k := len(prev) - 1; k >= 0 && d.msent[k] >= si-1 && d.para[d.msent[k]] == d.para[si]; k-- {
		p := &prev[k]
		if p.Statistic != "level" || p.Value == nil || *p.Value <= 0 || unitBit(p.Unit)&countBits == 0 && p.Unit != "other" {
			continue
		}
		if dd := math.Abs(math.Log10(q.value / *p.Value)); dd < bestD {
			best, bestD = k, dd
		}
	}
	if best < 0 || prev[best].Measure != "other" {
		return -1
	}
	return best
}

// clauseEdge reports whether t ends a clause: a comma, semicolon, colon,
// bracket or dash, or a word that joins clauses.
// clauseSpan widens tokens [a, b) to their clause, no further than [lo,
// hi): to the nearest clause edge on each side (see clauseEdge).
func (d *docState) clauseSpan(a, b, lo, hi int) (int, int) {
	for a > lo && !clauseEdge(&d.toks[a-1]) {
		a--
	}
	for b < hi && !clauseEdge(&d.toks[b]) {
		b++
	}
	return a, b
}

func clauseEdge(t *token) bool {
	switch t.low {
	case ",", ";", ":", "(", ")", "-", "–", "—", "and", "but", "while", "whereas":
		return true
	}
	return false
}

// cueGapWords are the words between a cue and its figure that measure()
// weighs: clause joins, comparisons, causes, relative pronouns and
// auxiliaries.
var cueGapWords = map[string]bool{"meaning": true, "defined": true, "against": true, "versus": true, "vs": true, "as": true, "and": true, "while": true,
	"whereas": true, "but": true, "driven": true, "due": true, "thanks": true, "because": true, "despite": true, "helped": true, "fuelled": true, "boosted": true, "since": true, "from": true, "who": true, "whom": true, "whose": true,
	"which": true, "were": true, "was": true, "are": true, "is": true, "have": true, "has": true, "had": true, "will": true,
	"would": true}

// moneyWords are the words that say a sentence speaks of money.
var moneyWords = map[string]bool{"bill": true, "bills": true, "budget": true, "paid": true, "pay": true, "payment": true,
	"payments": true, "price": true, "funding": true, "expenditure": true, "saving": true, "savings": true, "money": true,
	"pounds": true, "cheaper": true, "expensive": true, "taxpayer": true, "taxpayers": true, "cost": true, "costs": true,
	"costing": true, "costed": true, "costly": true, "spend": true, "spends": true, "spending": true, "spent": true}

// asNotJoin are the words after "as" that make it part of a comparison or
// a phrase ("as many as", "as well as", "as a share of"), not a clause.
var asNotJoin = map[string]bool{"many": true, "much": true, "well": true, "of": true, "a": true, "an": true, "high": true,
	"low": true, "large": true, "big": true, "long": true, "far": true, "few": true, "little": true, "in": true}

// labelColon returns the colon that ends a label of one to four words
// opening the sentence s ("Emigration: 603; 642"), or -1. A line break
// always ends a sentence, so the label is its line's.
func (d *docState) labelColon(s span) int {
	for k := s.a; k < s.b && k < s.a+5; k++ {
		switch t := &d.toks[k]; {
		case t.kind == tPunct && t.low == ":":
			if k > s.a {
				return k
			}
			return -1
		case t.kind != tWord:
			return -1
		}
	}
	return -1
}

// scanSentence finds, for each cue of the sentence s, whether it stands in
// an aside: a relative, "with" or participle clause set off by commas
// ("Immigration for humanitarian reasons, which includes people arriving
// on resettlement schemes, was 89,000", "In 2025, with Rwanda long buried,
// 44,180 people came"). A clause that no comma closes before its sentence
// ends is not an aside, nor is one longer than about forty words.
func (d *docState) scanSentence(s span) {
	d.sentScanned = true
	d.asideEnd = d.asideEnd[:0]
	d.asideDef = d.asideDef[:0]
	for _, c := range d.sentCues {
		end, def := -1, false
		for j := c.s - 1; j > s.a && j >= c.s-16; j-- {
			t := &d.toks[j]
			if t.kind == tPunct && t.low == "," {
				break
			}
			if t.flags&fCueGap != 0 && t.kind == tWord && asideOpener[t.low] && (d.toks[j-1].low == "," || d.toks[j-1].low == "the" && j-2 > s.a && d.toks[j-2].low == ",") {
				for k := c.e; k < s.b && k < c.e+30; k++ {
					if d.toks[k].kind == tPunct && d.toks[k].low == "," {
						end = k
						break
					}
				}
				def = end >= 0 && (t.low == "meaning" || t.low == "defined")
				break
			}
		}
		d.asideEnd = append(d.asideEnd, end)
		d.asideDef = append(d.asideDef, def)
	}
}

// fromWhere are the words that say where the people a place gained came
// from, or how.
var fromWhere = map[string]bool{"from": true, "to": true, "through": true, "via": true, "by": true, "thanks": true}

// strongCueBefore reports whether a strong cue of a measure other than m,
// its level's measure and other stands in the sentence before token i.
func (d *docState) strongCueBefore(i, m int) bool {
	lx := d.x.lx
	for _, c := range d.sentCues {
		if c.e > i {
			break
		}
		if c.weight >= 4 && c.target != m && c.target != lx.other && lx.measures[c.target].ChangeMeasure != lx.measures[m].Name {
			return true
		}
	}
	return false
}

// opensWith reports whether the sentence s opens with a strong cue of
// measure m, its subject, in the clause of token i (no semicolon or colon
// between them).
func (d *docState) opensWith(s span, m, i int) bool {
	for _, c := range d.sentCues {
		if c.s > s.a+2 {
			break
		}
		if c.target == m && c.weight >= 5 {
			for k := c.e; k < i; k++ {
				if l := d.toks[k].low; l == ";" || l == ":" {
					return false
				}
			}
			return true
		}
	}
	return false
}

// inAside reports whether the cue ci of the sentence s stands in an aside
// (see scanSentence) that closes before token i.
func (d *docState) inAside(s span, ci, i int) bool {
	if !d.sentScanned {
		d.scanSentence(s)
	}
	end := d.asideEnd[ci]
	return end >= 0 && end < i
}

// inDefinition reports whether sentence cue ci stands in a definition set
// off by commas before token i ("net migration, meaning people arriving …
// minus those departing, is 171,000"): it names the parts of what the
// figure counts, not what it counts.
func (d *docState) inDefinition(s span, ci, i int) bool {
	if !d.sentScanned {
		d.scanSentence(s)
	}
	return d.asideDef[ci] && d.asideEnd[ci] < i
}

// personalSum reports whether a sum of money is paid to each person: "up
// to £3,000 each", "£3,000 to relocate", "can receive up to £3,000",
// "offered up to £3,000 a head".
func (r *recogniser) personalSum(q *quantity) bool {
	switch q.unit {
	case "GBP", "EUR", "USD":
	default:
		return false
	}
	if q.hasValue && q.value >= 1e5 || q.hasHigh && q.high >= 1e5 {
		return false
	}
	switch r.word(q.te) {
	case "each", "apiece":
		return true
	case "a", "per":
		// "up to £3,000 a head" (not "£184m a head": over the bound above;
		// nor "£20,000 per person to Rwanda": a state's)
		switch r.word(q.te + 1) {
		case "head", "person", "volunteer", "migrant":
			return !r.stateNear(q.te+2, q.te+5)
		}
	case "to":
		switch r.word(q.te + 1) {
		case "relocate", "leave", "go", "move", "depart",
			// "offered up to £3,000 to refused asylum seekers"
			"refused", "failed", "rejected", "volunteers", "migrants", "anyone", "those":
			return true
		}
	}
	// "were each offered a payment of up to £3,000", "all volunteers
	// paid up to £3,000": a small sum offered, paid or received is a
	// person's
	before := r.word(q.ts - 1)
	if before == "of" && (r.word(q.ts-2) == "payment" || r.word(q.ts-2) == "grant") {
		before = "payment"
	}
	switch before {
	case "each", "receive", "received", "receives", "receiving", "offered", "offering", "offers", "paid", "payment":
		// (not "Rwanda would also have received £20,000 for every person")
		return !r.stateNear(q.ts-5, q.ts-1)
	}
	return false
}

// allowanceSum reports whether q is the allowance each person is paid: "the
// standard allowance will go up from £49.18 to £51.20", "£7.31 a day to
// live on". No measure of the vocabulary counts it: it is other.
func (r *recogniser) allowanceSum(q *quantity) bool {
	switch q.unit {
	case "GBP", "EUR", "USD":
	default:
		return false
	}
	if !(q.hasValue && q.value < 1e4 || q.hasHigh && q.high < 1e4) {
		return false
	}
	if r.allowanceNear(q) || r.word(q.te+2) == "to" && r.word(q.te+3) == "live" && r.word(q.te+4) == "on" {
		return true
	}
	// "receive £49.18 a week", "get £8.86 a week", "living on £49.18 a
	// week": a small sum a person is paid each week, day or month
	if w := r.word(q.te); w != "a" && w != "per" && w != "each" {
		return false
	}
	switch r.word(q.te + 1) {
	case "week", "day", "month":
	default:
		return false
	}
	switch r.word(q.ts - 1) {
	case "receive", "receives", "received", "receiving", "get", "gets", "getting", "given", "handed":
		return true
	case "on":
		w := r.word(q.ts - 2)
		return w == "living" || w == "live" || w == "lives" || w == "survive" || w == "surviving" || w == "survives"
	}
	return false
}

// growthBefore reports whether a verb or noun of growth or decline stands
// in the sentence before token i: "the population will keep growing, …
// but at about 0.4% a year".
func (r *recogniser) growthBefore(i int) bool {
	for k := i - 1; k >= r.lo; k-- {
		switch r.word(k) {
		case "growing", "grow", "grows", "grew", "growth", "rising", "rise", "rises", "rose", "falling", "fall", "falls", "fell", "shrinking", "shrink", "declining", "decline":
			return true
		}
	}
	return false
}

// allowanceNear reports whether "allowance" stands in the clause just before
// q ("the standard allowance will go up from £49.18") or right after it
// ("a £49.18 weekly allowance").
func (r *recogniser) allowanceNear(q *quantity) bool {
	for k := q.ts - 1; k >= r.lo && k >= q.ts-8; k-- {
		if w := r.word(k); w == "allowance" || w == "allowances" {
			return true
		} else if w == "" || w == "and" || w == "but" || w == "while" {
			break
		}
	}
	for k := q.te; k < r.hi && k <= q.te+3; k++ {
		if w := r.word(k); w == "allowance" || w == "allowances" {
			return true
		}
	}
	return false
}

// stateNear reports whether a state that takes payments ("Rwanda",
// "Kigali", "the government", "France") is named in tokens [a, b).
func (r *recogniser) stateNear(a, b int) bool {
	for k := max(a, r.lo); k < b && k < r.hi; k++ {
		switch r.word(k) {
		case "rwanda", "kigali", "government", "country", "france":
			return true
		}
	}
	return false
}

// netFlowThan reads "left than came back" or "people arrived than left" from
// token i, after "N more": -1 for more leaving than arriving, +1 for the
// reverse, 0 when the words say neither.
// It returns the token of the "than" too ("158,000 more people came to
// live in the UK than left"), or -1.
func (r *recogniser) netFlowThan(i int) (float64, int) {
	var sg float64
	for k := i; k < i+14 && k < r.hi; k++ {
		switch w := r.word(k); w {
		case "than":
			// the other way just after "than" ("… than came back"): not
			// "2,000 more people arrived this year than last", a change
			if k == i || sg == 0 {
				return 0, -1
			}
			for j := k + 1; j < k+4 && j < r.hi; j++ {
				if flowWay(r.word(j)) == -sg {
					return sg, k
				}
			}
			return 0, -1
		case "":
			return 0, -1
		default:
			if sg == 0 {
				sg = flowWay(w)
			}
		}
	}
	return 0, -1
}

// flowWay is -1 for a word of leaving the country, +1 for one of coming
// to it, else 0.
func flowWay(w string) float64 {
	switch w {
	case "left", "emigrated", "departed", "leaving", "departing", "emigrating", "emigrate", "leave", "depart":
		return -1
	case "arrived", "came", "immigrated", "arriving", "moved", "coming", "returned", "returning", "arrive", "come", "return":
		return 1
	}
	return 0
}

// itRefersBack returns the measure "it" stands for when the figure q is
// what "it was", "it had been" or "it stood at": the figure before it in
// this sentence or the one before, or, when there is none, the strongest
// cue of the sentence before. It returns -1 when q is not so introduced or
// nothing before says.
func (d *docState) itRefersBack(r *recogniser, si int, q *quantity, unit string, prev []model.Mention) int {
	if si == 0 {
		return -1
	}
	k := q.ts - 1
	// "That is down just 14%": a change of the figure before, whose
	// sentence the demonstrative stands for
	change := false
	for k > r.lo && intensifiers[r.word(k)] {
		k--
	}
	if _, ok := changeBefore[r.word(k)]; ok && k > r.lo && unit == "percent" {
		k, change = k-1, true
	}
	switch r.word(k) {
	case "was", "is", "been", "at":
	default:
		return -1
	}
	for j := k - 1; j >= r.lo && j >= k-3; j-- {
		switch r.word(j) {
		case "had", "has", "stood", "stands", "now", "still", "then":
			continue
		case "it":
			goto found
		case "that", "this":
			if change && j == r.lo {
				goto found
			}
		}
		return -1
	}
	return -1
found:
	lx := d.x.lx
	// what this sentence names before "it", when no figure stands between:
	// "net international migration has fallen from its peak; the ONS
	// estimated that it stood at 192,000"
	if n := len(prev) - 1; n < 0 || d.msent[n] < si {
		ub := cueUnit(unit)
		best, bestW := -1, 0.0
		for _, c := range d.sentCues {
			if c.e > k {
				break
			}
			if c.weight > bestW && c.weight >= 4 && d.unitAllowed(c.target, unit) && lx.speaksFor(c)&ub != 0 && d.requirementMet(c.target, si) {
				best, bestW = c.target, c.weight
			}
		}
		if best >= 0 {
			return best
		}
	}
	// the figure before, in this sentence ("revised its estimate down to
	// 345,000, having first put it at 431,000") or the one before
	if n := len(prev) - 1; n >= 0 && d.msent[n] >= si-1 {
		if mi, ok := lx.measureIdx[prev[n].Measure]; ok && d.unitAllowed(mi, unit) && (prev[n].Unit == unit || unit == "" || prev[n].Statistic == "share" || change && prev[n].Statistic == "level") {
			return mi
		}
		return -1
	}
	best, bestW := -1, 0.0
	for _, c := range inSpan(d.cues, d.sents[si-1]) {
		if c.weight > bestW && d.unitAllowed(c.target, unit) && lx.speaksFor(c)&unitBit(unit) != 0 {
			best, bestW = c.target, c.weight
		}
	}
	if bestW >= 4 {
		return best
	}
	return -1
}

// asideOpener are the words that open a clause set off by commas that
// describes rather than names: "which includes …", "with Rwanda long
// buried", "driven largely by small-boat arrivals", "the difference
// between …" (after "the").
var asideOpener = map[string]bool{"which": true, "who": true, "with": true, "driven": true, "fuelled": true,
	"difference": true, "gap": true, // "net migration, the difference between immigration and emigration, was"
	"fueled": true, "helped": true, "boosted": true, "led": true, "largely": true, "mainly": true, "mostly": true,
	"meaning": true, "defined": true} // "net migration, meaning people arriving … minus those departing, is 171,000"

// yearsEarlierAfter returns the phrase of yearsEarlier that follows a
// figure ending at token i, right after it or after a few words of its
// own ("the 1,940 held a year earlier"): where it starts, its length and
// how many years.
func (r *recogniser) yearsEarlierAfter(i int) (at, n, years int) {
	for k := i; k < r.hi && k <= i+3; k++ {
		if n, years := r.yearsEarlier(k); n > 0 {
			return k, n, years
		}
		if r.word(k) == "" || r.isNum(k) {
			break
		}
	}
	return 0, 0, 0
}

// earlierBy returns the date t, a bound of a period, some years before
// (a zero date, an open bound, stays zero).
func earlierBy(t time.Time, years int) model.Date {
	if t.IsZero() {
		return model.Date{}
	}
	return model.Date{Time: t.AddDate(-years, 0, 0)}
}

// yearsEarlierIn returns the first phrase of yearsEarlier in tokens [a, b):
// where it starts, its length and how many years.
func (r *recogniser) yearsEarlierIn(a, b int) (at, n, years int) {
	for k := max(a, r.lo); k < b; k++ {
		if n, years := r.yearsEarlier(k); n > 0 && k+n <= b {
			return k, n, years
		}
	}
	return 0, 0, 0
}

// yearsEarlier returns the length of a phrase at token i that puts a figure
// some whole years before the period of its sentence ("a year earlier",
// "twelve months before", "the year before", "the previous year", "two
// years earlier", and those after "in" or "of": "from 53 in the previous
// year", "the £2.31bn of the year before"), and how many years; or 0, 0.
func (r *recogniser) yearsEarlier(i int) (n, years int) {
	w0, w1, w2 := r.word(i), r.word(i+1), r.word(i+2)
	if (w0 == "in" || w0 == "of") && (w1 == "the" || w1 == "a") {
		if n, years := r.yearsEarlier(i + 1); n > 0 {
			return n + 1, years
		}
	}
	if r.isNum(i) && r.text(i) == "12" {
		w0 = "twelve"
	}
	later := w2 == "earlier" || w2 == "before"
	switch {
	case (w0 == "a" || w0 == "one") && w1 == "year" && later,
		w0 == "twelve" && w1 == "months" && later,
		w0 == "the" && (w1 == "year" && w2 == "before" || w1 == "previous" && w2 == "year"):
		return 3, 1
	case w1 == "years" && later:
		if v, ok := units[w0]; ok && v >= 2 && v <= 5 {
			return 3, v // "two years earlier"
		}
		if r.isNum(i) && len(r.text(i)) == 1 && r.text(i) >= "2" && r.text(i) <= "5" {
			return 3, int(r.text(i)[0] - '0')
		}
	}
	return 0, 0
}

// clauseBreak reports whether a clause ends between tokens a and b: a
// semicolon, colon or full stop, or a comma before a joining word.
func (d *docState) clauseBreak(a, b int) bool { return clauseEnds(d.toks, a, b) }

// clauseEnds is clauseBreak over toks: also what the recogniser asks of a
// period after a figure ("Last year the figure was 53, and in 2019 …").
func clauseEnds(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		switch toks[k].low {
		case ";", ":", ".":
			return true
		case ",":
			if k+1 < b && clauseJoin[toks[k+1].low] {
				return true
			}
		}
	}
	return false
}

// whereCount reports whether m counts the places people are in: "in nine
// hotels", "at two sites".
func (d *docState) whereCount(m *model.Mention) bool {
	if m.Unit != "other" {
		return false
	}
	switch d.wordBefore(m.Start) {
	case "in", "at", "across":
		return true
	}
	return false
}

// smallSum reports whether q is a sum of money of £25 or less: what a
// reader is asked to give.
func smallSum(q quantity) bool {
	switch q.unit {
	case "GBP", "EUR", "USD":
		return q.hasValue && q.value <= 25
	}
	return false
}

// offerCount reports whether q counts what an offer to readers gives:
// "your first 12 issues", "3 months for £3".
func (r *recogniser) offerCount(q *quantity) bool {
	switch r.word(q.te) {
	case "issues", "months", "weeks":
		return q.unit == "" && q.hasValue && q.value <= 12
	}
	return false
}

// appeal reports whether sentence s asks readers for money: it speaks of
// subscribing, donating or contributing, or asks them to support "us",
// "our journalism" or "it".
func (d *docState) appeal(s span) bool {
	for k := s.a; k < s.b; k++ {
		switch d.toks[k].low {
		case "subscribe", "subscription", "subscriber", "subscribers", "donate", "donation", "donations", "donating", "contribute", "supporter", "supporters", "journalism", "reporting", "door":
			return true
		case "support", "help":
			if k+1 < s.b {
				switch d.toks[k+1].low {
				case "us", "our", "it":
					return true
				}
			}
		case "give", "giving", "gift":
			if k == s.a || d.toks[k-1].low == ":" {
				return true // "Give £3 a month and we can check more claims"
			}
		}
	}
	return false
}

// shareVerb reports whether w, after a percentage, makes the percentage
// the subject of its own clause: "45% were paid late", "a third said".
func shareVerb(w string) bool {
	switch w {
	case "were", "was", "are", "is", "said", "say", "had", "have", "came", "come":
		return true
	}
	return false
}

// parallelPercent reports whether the percentage q is named after a place
// or at a point, with nothing after it that makes it a share: "Wrexham
// 0.9%", "Scotland's 0.5%", "Northern Ireland, at 0.3 per cent", "the 0.7%
// recorded for England and Wales" (not "45% were Afghan", "0.9% of them").
func (d *docState) parallelPercent(r *recogniser, q *quantity) bool {
	switch r.word(q.te) {
	case "", "and", "recorded", "in", "while", "but":
		if r.isNum(q.te) {
			return false
		}
	default:
		return false
	}
	k := q.ts - 1
	switch w := r.word(k); {
	case w == "at" || w == "the":
		return true
	case w != "":
		return d.toks[k].upper && k > r.lo
	}
	return false
}

// ownNounCue reports whether a cue of a measure other than the one named
// m starts at token i, the noun right after a figure: "33,200 deaths".
func (d *docState) ownNounCue(i int, m string) bool {
	mi, ok := d.x.lx.measureIdx[m]
	for _, c := range d.sentCues {
		if c.s == i && c.weight >= 4 && (!ok || c.target != mi) {
			return true
		}
	}
	return false
}

// nextInPlaceList reports whether q follows the figure p as the next item
// of a list of places: "0.9% in Wales, 0.8% in Scotland and 0.5% in
// Northern Ireland" (between them, "in" and the capitalised words of the
// place before, then a comma or "and").
func (d *docState) nextInPlaceList(r *recogniser, q *quantity, p model.Mention) bool {
	k := q.ts - 1
	if w := r.word(k); w != "and" && r.punct(k) != "," {
		return false
	}
	k--
	for n := 0; k >= r.lo && n < 5; k, n = k-1, n+1 {
		if int(d.toks[k].e) <= p.End {
			return false // (no place between)
		}
		if r.word(k) == "in" {
			return k > 0 && int(d.toks[k-1].e) == p.End
		}
		if d.toks[k].kind != tWord || !d.toks[k].upper {
			return false
		}
	}
	return false
}

// verdictAbove reports whether one of the two sentences before sentence
// si is a line that gives a fact check's verdict ("Our verdict", "The
// verdict: false").
func (d *docState) verdictAbove(si int) bool {
	for j := si - 1; j >= 0 && j >= si-2; j-- {
		s := d.sents[j]
		if d.toks[s.a].nl == 0 {
			continue
		}
		for k := s.a; k < s.b && k < s.a+3; k++ {
			if d.toks[k].low == "verdict" {
				return true
			}
		}
	}
	return false
}

// wordBefore returns the word of the token before the one that starts at
// code point a, or "".
func (d *docState) wordBefore(a int) string {
	k, _ := slices.BinarySearchFunc(d.toks, a, func(t token, a int) int { return cmp.Compare(int(t.s), a) })
	if k == 0 || d.toks[k-1].kind != tWord {
		return ""
	}
	return d.toks[k-1].low
}

// joinBetween reports whether a clause of its own starts between the code
// points a and b: "while", "whereas", "but" or a semicolon ("868,900
// arrived, while 661,500 moved abroad").
func (d *docState) joinBetween(a, b int) bool {
	k, _ := slices.BinarySearchFunc(d.toks, a, func(t token, a int) int { return cmp.Compare(int(t.s), a) })
	for ; k < len(d.toks) && int(d.toks[k].s) < b; k++ {
		switch d.toks[k].low {
		case "while", "whereas", "but", ";":
			return true
		}
	}
	return false
}

// listItem reports whether sentence si is an item of a list: a line that
// opens with a dash or a bullet.
func (d *docState) listItem(si int) bool {
	t := &d.toks[d.sents[si].a]
	return t.kind == tPunct && (t.low == "-" || t.low == "•" || t.low == "*" || t.low == "–") && (si == 0 || t.nl > 0)
}

// listLead returns the sentence that opens the list sentence si is an
// item of, when it ends in a colon and says the items are parts of a
// figure before ("Of these:", "of whom:"), or -1.
func (d *docState) listLead(si int) int {
	k := si
	for k >= 0 && d.listItem(k) {
		k--
	}
	if k < 0 || k == si {
		return -1
	}
	s := d.sents[k]
	if d.toks[s.b-1].low != ":" {
		return -1
	}
	for i := s.a; i+1 < s.b; i++ {
		if d.toks[i].low == "of" {
			switch d.toks[i+1].low {
			case "these", "them", "those", "whom", "which":
				return k
			}
		}
	}
	// "The report breaks the £728m down as follows:", "… comprising:"
	if s.b-3 < s.a {
		return -1
	}
	if w := d.toks[s.b-2].low; w == "comprising" || w == "follows" && d.toks[s.b-3].low == "as" {
		return k
	}
	return -1
}

// brokenDown returns the figure before q in its sentence that a phrase
// such as "made up of" breaks down into parts, q being one of them, when it
// counts what q counts; or -1.
func (d *docState) brokenDown(r *recogniser, si int, q *quantity, unit string, prev []model.Mention) int {
	n := len(prev)
	if n == 0 || d.msent[n-1] != si {
		return -1
	}
	for k := q.ts - 1; k > r.lo && k >= q.ts-25; k-- {
		w := r.word(k)
		if w == "while" || w == "but" || w == "whereas" || r.punct(k) == ";" {
			return -1 // another clause
		}
		marker := w == "comprising" || w == "of" && (r.word(k-1) == "up" && r.word(k-2) == "made" || r.word(k-1) == "consisting") ||
			w == "into" && r.word(k-1) == "down" && r.word(k-2) == "broken"
		if !marker {
			continue
		}
		for j := n - 1; j >= 0 && d.msent[j] == si; j-- {
			if prev[j].End <= int(d.toks[k].s) {
				if prev[j].Unit == unit && prev[j].Statistic == "level" {
					return j
				}
				return -1
			}
		}
		return -1
	}
	return -1
}

// byOrigin returns the measure of the flow that q is the part of from one
// origin, or -1: "net migration of 36,500, with 21,300 people arriving from
// abroad and 15,200 from elsewhere in the UK", "Net migration of 47,100
// more than made up for that. About two-thirds of it, 31,900, came from
// overseas". The whole is the last count of people before q, in its
// sentence or the one before, of a measure that counts moves to or from
// abroad (not_internal): a part of it from elsewhere in the UK keeps its
// measure, as a breakdown does. A count with a clause of its own ("and a
// net 6,100 people moved to Wales from elsewhere in the UK") is no part.
func (d *docState) byOrigin(r *recogniser, si int, q *quantity, prev []model.Mention) int {
	k := q.te
	for n := 0; n < 5 && k < r.hi && r.word(k) != "from"; n++ {
		switch w := r.word(k); w {
		case "people", "came", "coming", "arriving", "arrived", "more", "of", "them", "made", "up":
			k++
		case "":
			if r.punct(k) != "," {
				return -1
			}
			k++
		default:
			return -1
		}
	}
	if r.word(k) != "from" {
		return -1
	}
	if w := r.word(k + 1); w != "overseas" && w != "abroad" && !r.restOfUK(k+1) {
		return -1
	}
	lx := d.x.lx
	for j := len(prev) - 1; j >= 0 && d.msent[j] >= si-1; j-- {
		p := &prev[j]
		if p.Unit != "persons" || p.Statistic != "level" {
			continue
		}
		if mi, ok := lx.measureIdx[p.Measure]; ok && lx.measures[mi].NotInternal {
			return mi
		}
		return -1
	}
	return -1
}

// lastCount returns the measure of the last level that counts something
// (not a percentage) in the sentence before si or earlier in si, or -1.
func (d *docState) lastCount(si int, prev []model.Mention) int {
	for n := len(prev) - 1; n >= 0 && d.msent[n] >= si-1; n-- {
		if p := &prev[n]; p.Statistic == "level" && p.Unit != "percent" {
			if mi, ok := d.x.lx.measureIdx[p.Measure]; ok {
				return mi
			}
			return -1
		}
	}
	return -1
}

// hasNumberOf reports whether the sentence s (the one being read) says
// "number" or "count".
func (d *docState) hasNumberOf(s span) bool {
	if d.sentNumberOf < 0 {
		d.sentNumberOf = 0
		for k := s.a; k < s.b; k++ {
			if w := d.toks[k].low; w == "number" || w == "count" {
				d.sentNumberOf = 1
				break
			}
		}
	}
	return d.sentNumberOf == 1
}

// sameCount is what numberOf returns for "the number" with no noun: the
// figure counts what the one before it counted.
const sameCount = "="

// numberOf returns the unit of the noun counted in "the number of small
// boats" before token i in its clause, sameCount for "the number" with no
// noun of its own ("the number in use has fallen from 400 to 210", "the
// number almost doubled, from 201 to 389"), or "".
func (r *recogniser) numberOf(i int) string {
	for k := i - 1; k > r.lo && k >= i-16; k-- {
		if r.isNum(k) && r.word(i-1) == "to" {
			continue // "the number of hotels from more than 400 to 183"
		}
		if r.punct(k) == "," && (r.word(k+1) == "from" || r.word(k+1) == "to" && k+2 == i) {
			continue // ("fell for the first time in a decade, to 118,700")
		}
		if r.word(k-1) == "in" && r.yearToken(k) {
			continue // "the count of hotels peaked in 2023 at more than 400"
		}
		if r.punct(k) != "" && r.punct(k) != "-" || r.isNum(k) {
			return ""
		}
		if r.word(k) == "number" && r.word(k-1) == "the" && r.word(k+1) != "of" && r.word(k+1) != "" {
			switch r.word(k + 1) {
			case "in", "on", "living", "staying", "housed", "held", "waiting", "awaiting":
				// "the number in hotels fell to 24,310": people (not "the
				// number in use", hotels)
				if r.word(k+2) == "use" {
					return "other"
				}
				return "persons"
			}
			return sameCount
		}
		if r.word(k) == "of" && (r.word(k-1) == "number" || r.word(k-1) == "count") {
			// the head of the noun phrase: "the number of asylum hotels"
			// counts hotels
			unit := ""
			for j := k + 1; j < k+4 && j < i && r.word(j) != ""; j++ {
				if u, ok := lookup(r, j, fUnitNoun, unitNouns); ok && u != "" {
					unit = u
				} else if unit != "" {
					break
				}
			}
			return unit
		}
	}
	return ""
}

// cueAfter reports whether, between code point end and token i, a new
// clause starts (", while", ", and", ";") and a cue of the sentence stands
// in it: "… to 826,000, while emigration rose from 582,000".
// ownSubject reports whether a strong cue of measure mi ends right before
// q, after a clause break: the subject of q's own clause ("…, but refusals
// more than doubled").
func (d *docState) ownSubject(q *quantity, mi int) bool {
	for _, c := range d.sentCues {
		if c.e == q.ts && c.target == mi && c.weight >= 5 && c.s > 0 {
			switch d.toks[c.s-1].low {
			case "but", "while", "whereas", "and", ",", ";":
				return true
			}
		}
	}
	return false
}

// contrastedNouns reports whether q and the figure p before it each have a
// noun of their own, right after them, that cues a different measure:
// "798,000 long-term arrivals, set against 627,000 departures".
//
// "601,000 of the arrivals and 188,000 of the departures": the noun may
// stand after "of the".
func (d *docState) contrastedNouns(q *quantity, p *model.Mention) bool {
	pe, _ := slices.BinarySearchFunc(d.toks, p.End, func(t token, e int) int { return cmp.Compare(int(t.s), e) })
	qn, pn := d.ofThe(q.te), d.ofThe(pe)
	mine, theirs := -1, -1
	for _, c := range d.sentCues {
		if c.target == d.x.lx.other {
			continue
		}
		if c.s == qn && c.weight >= 3 {
			mine = c.target
			// ("sent 2,350 people back …, against more than 44,000 small
			// boat arrivals": a strong noun of its own is enough)
			if c.weight >= 4 && d.x.lx.measures[c.target].Name != p.Measure {
				return true
			}
		}
		if c.s == pn && d.x.lx.measures[c.target].Name == p.Measure {
			theirs = c.target
		}
	}
	return mine >= 0 && theirs >= 0 && mine != theirs
}

// sinceEvent reports whether token k opens a period that starts from an
// event told in a clause of its own, before token hi: "since the first
// person was flown to France" (not "since the 2011 census").
func (d *docState) sinceEvent(k, hi int) bool {
	if k+2 >= hi || d.toks[k].low != "since" || d.toks[k+1].low != "the" && d.toks[k+1].low != "a" {
		return false
	}
	for j := k + 2; j < hi && j < k+8 && d.toks[j].kind != tPunct; j++ {
		switch d.toks[j].low {
		case "was", "were", "is", "are", "had", "has", "have":
			return true
		}
	}
	return false
}

// ofThe returns the token after "of the" at k, or k.
func (d *docState) ofThe(k int) int {
	if k+2 < len(d.toks) && d.toks[k].low == "of" && d.toks[k+1].low == "the" {
		return k + 2
	}
	return k
}

// ownClauseCue reports whether a relative clause right after q ("who came
// home", "that were granted", "who landed") holds a cue of weight 3 or more
// of a measure other than the named one, within its first four words.
func (d *docState) ownClauseCue(q *quantity, measure string) bool {
	k := q.te
	if k < len(d.toks) && d.toks[k].kind == tWord && d.toks[k].low != "who" && d.toks[k].low != "that" {
		k++ // ("the 73,000 people who …")
	}
	if k >= len(d.toks) || d.toks[k].low != "who" && d.toks[k].low != "that" {
		return false
	}
	for _, c := range d.sentCues {
		if c.s >= k && c.s <= k+4 && c.weight >= 3 && c.target != d.x.lx.other && d.x.lx.measures[c.target].Name != measure {
			return true
		}
	}
	return false
}

func (d *docState) cueAfter(end, i int) bool {
	k := i - 1
	for k > 0 && int(d.toks[k].s) >= end {
		if t := d.toks[k].low; t == ";" || t == "," && k+1 < i && clauseJoin[d.toks[k+1].low] {
			break
		}
		k--
	}
	if k <= 0 || int(d.toks[k].s) < end {
		return false
	}
	for _, c := range d.sentCues {
		if c.s > k && c.e <= i {
			return true
		}
	}
	return false
}

// cueWithin reports whether a cue of the sentence starts in tokens [a, b).
func (d *docState) cueWithin(a, b int) bool {
	for _, c := range d.sentCues {
		if c.s >= a && c.s < b {
			return true
		}
	}
	return false
}

// quantityAt reports whether a quantity of the sentence being read starts
// at token i.
func (d *docState) quantityAt(i int) bool {
	for k := range d.qs {
		if d.qs[k].ts == i {
			return true
		}
	}
	return false
}

// cueUnit returns the unit a cue must speak for to count for a figure in
// unit: a bare number, or one of things no measure counts, counts people.
func cueUnit(unit string) uint32 {
	if unit == "" || unit == "other" {
		return unitBit("persons")
	}
	return unitBit(unit)
}

// countBits are the units that count things.
var countBits = unitBit("persons") | unitBit("boats") | unitBit("cases")

// moneyBits are the units of sums of money.
var moneyBits = unitBit("GBP") | unitBit("EUR") | unitBit("USD")

// aboutMoney reports whether sentence si speaks of money: a sum in it, a
// word for spending, or, when it refers back ("That is a fall of 12%"), a
// sum in the sentence before.
func (d *docState) aboutMoney(si int) bool {
	if d.sentMoney < 0 {
		d.sentMoney = 0
		if d.speaksOfMoney(si) {
			d.sentMoney = 1
		}
	}
	return d.sentMoney == 1
}

func (d *docState) speaksOfMoney(si int) bool {
	for i := range d.qs {
		switch d.qs[i].unit {
		case "GBP", "EUR", "USD":
			return true
		}
	}
	s := d.sents[si]
	for k := s.a; k < s.b; k++ {
		if t := &d.toks[k]; t.flags&fMoney != 0 || t.kind == tPunct && t.low == "£" {
			return true
		}
	}
	if si > 0 && d.anaphoric(si) {
		p := d.sents[si-1]
		for k := p.a; k < p.b; k++ {
			if w := d.toks[k].low; w == "£" || w == "$" || w == "€" {
				return true
			}
		}
	}
	return false
}

// appendedChange reports whether q is a change added after a comma or dash
// to a clause that began at or before byte offset end (the figure before
// it): ", down 19%", "- an increase of 8%", ", a 16% reduction". A clause
// that turns to something else first ("while", "but", ";") is not one.
func (d *docState) appendedChange(r *recogniser, q *quantity, end int) bool {
	k := q.ts - 1
	if w := r.word(k); w == "of" || w == "by" {
		k-- // "an increase of", "fallen by"
	}
	if _, ok := lookup(r, k, fChangeBefore, changeBefore); ok {
		k--
	} else if _, ok := lookup(r, q.te, fChangeAfter, changeAfter); ok {
		// ", a 16% reduction", ", 9% fewer than in 2024"
	} else {
		return false
	}
	if w := r.word(k); w == "a" || w == "an" || w == "has" || w == "have" || w == "is" || w == "was" {
		k--
	}
	switch r.punct(k) {
	case ",", "-", "–", "—":
	default:
		return false
	}
	for j := k - 1; j >= r.lo && int(d.toks[j].s) >= end; j-- {
		switch d.toks[j].low {
		case ";", ":", "while", "whereas", "but", "including":
			// ("41 areas saw a fall, including Blackpool, down 0.4%": a
			// change of one of them, not of their number)
			return false
		}
	}
	return true
}

// tableTitle reports whether sentence s opens as a table's title does:
// "Table 1".
func (d *docState) tableTitle(s span) bool {
	return d.toks[s.a].low == "table" && s.a+1 < s.b && d.toks[s.a+1].kind == tNum
}

// heading reports whether sentence s is a heading: a line of its own of
// at most 14 tokens with no figure (the caller knows), not a list's item
// and not ending in a full stop, a question mark or a colon ("3. Asylum and
// protection", "Table 1: Entry clearance visas granted by category").
func (d *docState) heading(s span) bool {
	a := s.a
	if a > 0 && d.toks[a].nl == 0 {
		// "3." split off as a sentence of its own
		if p := a - 1; !(d.toks[p].low == "." && p > 0 && d.toks[p-1].kind == tNum && (p-1 == 0 || d.toks[p-1].nl > 0)) {
			return false
		}
	}
	limit := 14
	if d.tableTitle(s) {
		limit = 30 // "Table 1: Population and components of change, UK and constituent countries, mid-2024 to mid-2025"
	}
	if s.b-s.a > limit || s.b < len(d.toks) && d.toks[s.b].nl == 0 {
		return false
	}
	switch d.toks[s.b-1].low {
	case ".", "?", "!", ":", ",", ";", "\"", "”", "|":
		return false
	}
	switch d.toks[s.a].low {
	case "-", "•", "*", "–", "—":
		return false // a list's item
	}
	for k := s.a; k < s.b; k++ {
		if d.toks[k].low == "|" {
			return false
		}
	}
	return true
}

// tableScale returns the scale a line sets for the table lines under it
// when it ends with "(thousands)" or "(millions)", or is a table's title
// that ends with ", thousands" or "in thousands", else 0.
func (d *docState) tableScale(s span) (float64, string) {
	n := s.b - s.a
	if n < 4 || s.b < len(d.toks) && d.toks[s.b].nl == 0 {
		return 0, ""
	}
	unit := ""
	switch {
	case d.toks[s.b-1].low == ")" && d.toks[s.b-3].low == "(":
		unit = d.toks[s.b-2].low
	case d.toks[s.b-1].low == ")" && d.barsNext(s.b):
		// "Net migration, before and after (thousands, 12 months ending)"
		// over "Period | Old | New"
		for k := s.b - 2; k > s.a; k-- {
			if d.toks[k].low == "(" {
				if d.toks[k+2].low == "," {
					unit = d.toks[k+1].low
				}
				break
			}
		}
	case d.toks[s.a].low == "table" && (d.toks[s.b-2].low == "," || d.toks[s.b-2].low == "in"):
		unit = d.toks[s.b-1].low // "Table 1: Long-term international migration, UK, thousands"
	case d.toks[s.b-2].low == "," && d.barsNext(s.b):
		unit = d.toks[s.b-1].low // "Net migration to the UK, year ending, thousands", over "Period | Net migration"
	}
	switch unit {
	case "thousands":
		return 1000, ""
	case "millions":
		return 1e6, ""
	case "%":
		// "Employment rate, people aged 16-64 (%)" over "UK-born: 74.6"
		// (not a table's header row: "… | Change (%)" is its last column's)
		if d.firstBar(s) < 0 {
			return 1, "percent"
		}
	}
	// "Licensed sponsors ('000), at end of March", "Arrivals (000s)": a
	// title that counts in thousands, however it goes on (a title ends
	// with no full stop)
	if d.toks[s.b-1].low != "." {
		for k := s.a + 1; k+2 < s.b; k++ {
			if d.toks[k].low != "(" {
				continue
			}
			j := k + 1
			if d.toks[j].low == "'" || d.toks[j].low == "’" {
				j++
			}
			if j < s.b && d.toks[j].kind == tNum && d.toks[j].str(d.text) == "000" {
				j++
				if j < s.b && d.toks[j].low == "s" && d.toks[j].adjacentTo(&d.toks[j-1]) {
					j++
				}
				if j < s.b && d.toks[j].low == ")" {
					return 1000, ""
				}
			}
			break
		}
	}
	// a currency and a scale as an item of the title, after a comma or in
	// brackets, with no figure: "…, £ billion, cash terms", "(£m)", "(€
	// million)" (a title ends with no full stop)
	if d.toks[s.b-1].low == "." {
		return 0, ""
	}
	for k := s.a + 1; k+1 < s.b; k++ {
		if d.toks[k].kind != tPunct || d.toks[k-1].kind != tPunct {
			continue
		}
		cur, ok := currencySigns[d.toks[k].low]
		if !ok || d.toks[k-1].low != "," && d.toks[k-1].low != "(" {
			continue
		}
		w := d.toks[k+1]
		if w.kind != tWord || k+2 < s.b && d.toks[k+2].low != "," && d.toks[k+2].low != ")" {
			continue
		}
		e, ok := scaleWords[w.low]
		if !ok {
			e, ok = scaleAttached[w.low]
		}
		if ok && e >= 3 {
			return math.Pow10(e), cur
		}
	}
	return 0, ""
}

// titleNoun returns the unit of what a table counts when sentence s is a
// table's title on a line of its own that opens with a noun counted in
// other units than people or years, and "by" ("HOTELS BY REGION, END OF
// JUNE 2026", "Councils by…"), and the next line is a row ("North West:
// 31", "Leeds | 12"); or "".
func (d *docState) titleNoun(s span) string {
	if !d.titleOverRows(s) {
		return ""
	}
	u := ""
	switch {
	case d.toks[s.a+1].low == "by":
		r := &recogniser{toks: d.toks, src: d.text, lo: s.a, hi: s.a + 1}
		u = r.nounUnit(s.a)
	case d.toks[s.a+2].low == "(" && d.toks[s.a].kind == tWord:
		// "Licensed sponsors ('000), at end of March": the noun before
		// the brackets
		r := &recogniser{toks: d.toks, src: d.text, lo: s.a, hi: s.a + 2}
		u = r.nounUnit(s.a)
	default:
		// "HOW THE HOTEL COUNT HAS FALLEN (sites in use at the end of each
		// month)": the noun that opens the brackets
		for k := s.a + 1; k+1 < s.b; k++ {
			if d.toks[k].low == "(" {
				r := &recogniser{toks: d.toks, src: d.text, lo: k + 1, hi: k + 2}
				u = r.nounUnit(k + 1)
				break
			}
		}
	}
	if u == "" || u == "persons" || u == "years" {
		return ""
	}
	return u
}

// titleOverRows reports whether sentence s is a line of its own, with no
// full stop, over a line of "label: figure" or "label | figure": the title
// of a chart or table ("HOTELS BY REGION" over "North West: 31").
func (d *docState) titleOverRows(s span) bool {
	if s.b-s.a < 3 || s.b >= len(d.toks) || d.toks[s.b].nl == 0 || s.a > 0 && d.toks[s.a].nl == 0 || d.toks[s.b-1].low == "." {
		return false
	}
	for k := s.b; k < len(d.toks) && (k == s.b || d.toks[k].nl == 0); k++ {
		if p := d.toks[k].low; (p == ":" || p == "|") && k+1 < len(d.toks) && d.toks[k+1].kind == tNum {
			return true
		}
	}
	return false
}

// barsNext reports whether the line that starts at token i has a "|": a
// row of a table.
func (d *docState) barsNext(i int) bool {
	for k := i; k < len(d.toks) && (k == i || d.toks[k].nl == 0); k++ {
		if d.toks[k].low == "|" {
			return true
		}
	}
	return false
}

// inlineScale returns 1000 (or 10⁶) when sentence s is a chart written on
// one line, whose label names its unit before the first bar: "Chart: UK net
// migration, thousands | 2023: 860 | 2024: 282".
func (d *docState) inlineScale(s span) float64 {
	for k := s.a + 1; k+1 < s.b; k++ {
		if d.toks[k].low != "|" {
			continue
		}
		if k-2 > s.a && d.toks[k-2].low == "," {
			switch d.toks[k-1].low {
			case "thousands":
				return 1000
			case "millions":
				return 1e6
			}
		}
		return 0 // (only before the first bar)
	}
	return 0
}

// labelScale returns 1000 when sentence s is a chart's label that ends in
// "'000" ("Britain, year to June, '000."): the plain figures of the lines
// after it are thousands, until a blank line.
//
// So is a table's title that ends in a bracket with "'000" ("Net migration
// ('000, calendar years)").
func (d *docState) labelScale(s span) float64 {
	k := s.b - 1
	if k > s.a && (d.toks[k].low == "." || d.toks[k].low == ")") {
		// "… ('000, calendar years)": the bracket's first item
		if d.toks[k].low == ")" {
			for j := k - 1; j > s.a && j >= k-8; j-- {
				if d.toks[j].low == "(" {
					k = j + 2
					break
				}
			}
		} else {
			k--
		}
	}
	if k-1 > s.a && k < s.b && d.toks[k].kind == tNum && d.text[d.toks[k].bs:d.toks[k].be] == "000" && (d.toks[k-1].low == "'" || d.toks[k-1].low == "’") && d.toks[k].adjacentTo(&d.toks[k-1]) {
		return 1000
	}
	return 0
}

// plainDigits reports whether q's value is written as bare digits (no
// scale word, currency or percent): "948", "1,218".
// averageTitle reports whether sentence s is the title of a chart of
// averages over rows of "label: figure": "People per boat, by year",
// "Average number of people per boat".
func (d *docState) averageTitle(s span) bool {
	if !d.titleOverRows(s) {
		return false
	}
	avg := false
	for k := s.a; k < s.b; k++ {
		if d.toks[k].kind == tNum {
			return false // ("People per boat: 59": a row, not a title)
		}
		if w := d.toks[k].low; w == "average" || w == "per" && k+1 < s.b && isBoat(d.toks[k+1].low) {
			avg = true
		}
	}
	return avg
}

func (d *docState) plainDigits(q *quantity) bool {
	vs := q.vs
	if d.toks[vs].kind == tPunct && q.ve == vs+2 {
		vs++ // "-7", "+25" in a table
	}
	return q.ve == vs+1 && d.toks[vs].kind == tNum && !q.inWords
}

// changeMeasure reports whether the measure named m is some measure's
// change measure ("population_change").
func (d *docState) changeMeasure(m string) bool {
	mi, ok := d.x.lx.measureIdx[m]
	return ok && d.x.lx.isChangeMeasure[mi]
}

// restates reports whether a percentage in brackets right after the
// figure before it gives that figure as a percentage: "706,900 (1.2%)".
func (d *docState) restates(q *quantity, unit string, prev []model.Mention) bool {
	n := len(prev)
	return n > 0 && unit == "percent" && q.ts > 1 && d.toks[q.ts-1].kind == tPunct && d.toks[q.ts-1].low == "(" && prev[n-1].End == int(d.toks[q.ts-2].e)
}

// equivalentShare reports whether the share q restates the count just
// before it in its sentence, in an aside "equivalent to" or "equal to" it
// ("reached 1,362, equivalent to one in 33 of those arriving"; not "40,850
// arrived, so returns were equal to 4% of arrivals", of its own subject).
func (d *docState) equivalentShare(q *quantity, prev []model.Mention) bool {
	n := len(prev)
	if n == 0 || q.ts < 3 || d.toks[q.ts-1].low != "to" || prev[n-1].Unit != "persons" || prev[n-1].Statistic != "level" || prev[n-1].Start < int(d.toks[d.sents[d.curSent].a].s) {
		return false
	}
	if w := d.toks[q.ts-2].low; w != "equivalent" && w != "equal" {
		return false
	}
	switch d.toks[q.ts-3].low {
	case ",", "-", "–", "—":
		return true
	}
	return false
}

// figureBetween reports whether a figure already found in the sentence
// stands between tokens a and b.
func (d *docState) figureBetween(a, b int) bool {
	for i := range d.qs {
		if d.qs[i].ts >= a && d.qs[i].te <= b {
			return true
		}
	}
	return false
}

// repeated returns the measure of an earlier mention of the same figure in
// the document: the same value, as digits, and the same unit, large enough
// (a sum of money, or 1,000 or more) not to repeat by chance. It returns -1
// when there is none.
func (d *docState) repeated(q *quantity, unit string, prev []model.Mention) int {
	if !q.hasValue || q.inWords || q.ratio || q.fraction {
		return -1
	}
	money := unit == "GBP" || unit == "EUR" || unit == "USD"
	if !money && (q.value < 1000 || unit == "percent") {
		return -1
	}
	if unit == "" {
		unit = "persons"
	}
	for i := len(prev) - 1; i >= 0; i-- {
		// the figures of the mentions so far lie one after the other in
		// d.figs (value, low, high of each): compared there first
		if 3*i < len(d.figs) && math.Abs(d.figs[3*i]) != q.value {
			continue
		}
		p := &prev[i]
		if p.Value == nil || math.Abs(*p.Value) != q.value || p.Unit != unit || p.Measure == "other" || p.Statistic != "level" {
			continue
		}
		if mi, ok := d.x.lx.measureIdx[p.Measure]; ok && d.unitAllowed(mi, unit) {
			return mi
		}
	}
	return -1
}

// anyUnit is the unit a ratio is classified with: "ten times what a
// rented home would" compares figures of any unit.
const anyUnit = "any"

func (d *docState) unitAllowed(mi int, unit string) bool {
	if unit == anyUnit {
		return true
	}
	if unit == "" || unit == "other" {
		// a bare number counts people unless a noun says otherwise
		return d.x.lx.unitOK[mi]&unitBit("persons") != 0
	}
	return d.x.lx.unitOK[mi]&unitBit(unit) != 0
}

// homePlace returns the part of the United Kingdom (a place with a GSS
// code) the document names most often, not counting places it names as
// somewhere else (see elsewhere), the first in the lexicon on a tie,
// or -1 when it names none: what a figure is about when its sentence names
// no place and its measure has no place of its own ("a quarter of them were
// children" in a piece on the UK; "the population rose by 0.6%" in one on
// Scotland).
// ewCode is the code of England and Wales.
const ewCode = "K04000001"

// maxCueDist is the most words a cue may stand from the figure it speaks
// for: no sentence of news holds a cue and its figure farther apart.
const maxCueDist = 80

// regionCode begins the codes of the regions of England (and London).
const regionCode = "E12"

func (d *docState) homePlace() int {
	lx := d.x.lx
	d.placeCount = resize(d.placeCount, len(lx.places))
	best := -1
	for _, p := range d.places {
		if !lx.ukPart[p.target] || d.elsewhere(p) {
			continue
		}
		d.placeCount[p.target]++
	}
	// "Scottish councils", "the Welsh Government": a part named as an
	// adjective counts too (earlyAdj: the first such, for the opening test
	// below)
	earlyAdj := -1
	if slices.ContainsFunc(lx.nationAdjText, func(a string) bool { return strings.Contains(d.text, a) }) {
		early := len(d.toks)
		if n := min(len(d.sents), homeSentences); n < len(d.sents) {
			early = d.sents[n].a
		}
		for k := range d.toks {
			t := &d.toks[k]
			if !t.upper || t.kind != tWord {
				continue
			}
			if i, ok := lx.nationAdj[t.low]; ok {
				d.placeCount[i]++
				if k < early && earlyAdj < 0 {
					earlyAdj = i
				}
			}
		}
	}
	// the place named most (of two named as often, the first in the
	// lexicon)
	for i, c := range d.placeCount {
		if c == 0 {
			continue
		}
		if best < 0 || c > d.placeCount[best] {
			best = i
		}
	}
	// a story that sets English regions side by side ("the North West now
	// has more than London") is about none of them
	if best >= 0 && strings.HasPrefix(lx.places[best].Code, regionCode) {
		for i, c := range d.placeCount {
			if i != best && 2*c >= d.placeCount[best] && strings.HasPrefix(lx.places[i].Code, regionCode) {
				best = -1
				break
			}
		}
	}
	// "Hull houses more asylum seekers than the East Riding": a county or
	// authority named less often than a town of the lexicon (which has no
	// code) is not what the story is about
	if best >= 0 && localCode(lx.places[best].Code) {
		counts := map[int]int{}
		for _, p := range d.places {
			if lx.places[p.target].Code == "" && !d.elsewhere(p) {
				counts[p.target]++
				if counts[p.target] > d.placeCount[best] {
					best = -1
					break
				}
			}
		}
	}
	// none: a local story about a town of the lexicon is about the town
	// ("Hull houses more asylum seekers than …"), and a document that
	// names the Home Office or the ONS is about the United Kingdom
	if best < 0 {
		if lh := d.localHome(); lh >= 0 {
			return lh
		}
	}
	if best < 0 && d.namesNationalBody() {
		return lx.ukIdx
	}
	// and named where a story says what it is about, in its first
	// sentences (headline, standfirst, opening paragraph): a live blog of a
	// statement on UK net migration that quotes the SNP on Scotland late
	// on is not about Scotland
	if best >= 0 && lx.places[best].Code != ukCode {
		early := len(d.toks)
		if n := min(len(d.sents), homeSentences); n < len(d.sents) {
			early = d.sents[n].a
		}
		for _, p := range d.places {
			if p.s >= early {
				break
			}
			if p.target == best && !d.elsewhere(p) {
				return best
			}
		}
		if earlyAdj == best {
			return best // ("Home > News > Scottish News", "Scottish councils are …")
		}
		// "in England and Wales" three times or more: the jurisdiction
		// the figures are of (legal aid, the courts, the census), however
		// late it is first named
		if lx.places[best].Code == ewCode && d.placeCount[best] >= 3 {
			return best
		}
		// (a story that names the UK, or a UK-wide body, as well is about
		// the UK, unless it is a story on a town)
		if (d.placeCount[lx.ukIdx] > 0 || d.namesNationalBody()) && d.localArea() == "" {
			return lx.ukIdx
		}
		return -1
	}
	return best
}

// namesNationalBody reports whether the document names one of the UK-wide
// bodies of the geography lexicon ("the Home Office", "the ONS").
func (d *docState) namesNationalBody() bool {
	bodies := d.x.lx.nationalBodies
	for k := range d.toks {
		for _, ws := range bodies[d.toks[k].low] {
			if k+len(ws) > len(d.toks) {
				continue
			}
			j := 1
			for j < len(ws) && d.toks[k+j].low == ws[j] {
				j++
			}
			if j == len(ws) {
				return true
			}
		}
	}
	return false
}

// localArea returns the town or borough a local story is about when the
// lexicon does not know it ("Pendleford", "Kelsey Bridge"): a name of one
// or two capitalised words that the document gives as a council's area or
// after "in", "across" or "at", at least three times in all, in a
// document that speaks of "the town", "the borough" or the like; or "".
// (A name is counted in the text once, whatever times it is met; a
// capitalised name's first byte is rare, so the count is quick.)
func (d *docState) localArea() string {
	if d.localRead {
		return d.local
	}
	d.localRead, d.local = true, ""
	if !d.speaksOfTown() {
		return "" // (most documents: no name is counted)
	}
	best, bestN := "", 2
	tried := d.tried[:0]
	try := func(name string) {
		// ("in B&B accommodation": a capital letter is no place's name)
		if len(name) < 3 || slices.Contains(tried, name) {
			return
		}
		tried = append(tried, name)
		if n := strings.Count(d.text, name); n > bestN {
			best, bestN = name, n
		}
	}
	for k := 1; k < len(d.toks); k++ {
		t := &d.toks[k]
		if t.kind != tWord || !t.upper || t.nl > 0 || t.flags&(fPlaces|fMonth) != 0 {
			continue
		}
		if t.low == "council" {
			if name := d.councilName(k); name != "" {
				try(name) // "Pendleford Borough Council"
			}
			continue
		}
		switch d.toks[k-1].low {
		case "in", "across", "at":
		default:
			continue
		}
		e := k + 1
		if e < len(d.toks) && d.toks[e].kind == tWord && d.toks[e].upper && d.toks[e].nl == 0 {
			if bodyNouns[d.toks[e].low] {
				continue // "in Home Office housing": a body's name
			}
			if !councilKinds[d.toks[e].low] && !placeNouns[d.toks[e].low] {
				e++ // "Kelsey Bridge"
			}
		}
		name := d.text[t.bs:d.toks[e-1].be]
		if e == k+1 && acronym(strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")) {
			continue // "the fewest in NISRA's series": an organisation
		}
		try(name)
	}
	d.tried = tried
	d.local = best
	return d.local
}

// localRef reports whether sentence s names the document's local area or
// speaks of "the town", "our borough" or "the council" (not "councils",
// "council leaders").
func (d *docState) localRef(s span) bool {
	a := d.localArea()
	if a == "" {
		return false // (the area is what the caller gives the figure)
	}
	if d.speaksOfPlace(s) {
		return true
	}
	// (the name, in a sentence that names no place of the lexicon:
	// "Greater Manchester" is not Manchester)
	if len(d.sentPlaces) > 0 {
		return false
	}
	return strings.Contains(d.text[d.toks[s.a].bs:d.toks[s.b-1].be], a)
}

// speaksOfPlace reports whether sentence s speaks of "the town", "the
// county", "the city's", "our borough" or "the council" (not "councils",
// "council leaders").
func (d *docState) speaksOfPlace(s span) bool {
	for k := s.a + 1; k < s.b; k++ {
		switch d.toks[k].low {
		case "town", "borough", "district", "village", "council", "city", "county", "town's", "borough's", "city's", "council's", "county's":
			switch d.toks[k-1].low {
			case "the", "this", "our", "borough", "district":
				return true
			}
		}
	}
	return false
}

// localHome returns the local place of the lexicon (a town or council area,
// with no code) that a local story is about: one it names three times or
// more, and more than any other, in a story that speaks of "the city",
// "the town" or "the council"; or -1.
func (d *docState) localHome() int {
	if d.lhomeRead {
		return d.lhome
	}
	d.lhomeRead, d.lhome = true, -1
	lx := d.x.lx
	best, n, second := -1, 0, 0
	for _, p := range d.places {
		if lx.places[p.target].Code != "" || d.elsewhere(p) {
			continue
		}
		d.placeCount[p.target]++ // (homePlace counted only parts of the UK)
		switch c := d.placeCount[p.target]; {
		case p.target == best:
			n = c
		case c > n:
			best, second, n = p.target, n, c
		case c > second:
			second = c
		}
	}
	if n >= 3 && n > second && d.speaksOfPlace(span{0, len(d.toks)}) {
		d.lhome = best
	}
	return d.lhome
}

// mostlyLocal reports whether the document names the local place lh at
// least four times, and three times as often as the parts of the United
// Kingdom: a story on Sheffield that mentions "the UK" once is about
// Sheffield.
func (d *docState) mostlyLocal(lh int) bool {
	if d.placeCount[lh] < 4 {
		return false
	}
	parts := 0
	for i, c := range d.placeCount {
		if d.x.lx.ukPart[i] {
			parts += c
		}
	}
	return d.placeCount[lh] >= 3*parts
}

// speaksOfTown reports whether the document speaks of a town, borough or
// district as the place it is about: "the town", "the borough's", "town
// hall".
func (d *docState) speaksOfTown() bool {
	for k := 1; k < len(d.toks); k++ {
		if d.toks[k].flags&fTown == 0 {
			continue // (a flag of the vocabulary, townWords: no string compared for most words)
		}
		if w := d.toks[k].low; d.toks[k-1].low == "the" || w == "town" && k+1 < len(d.toks) && d.toks[k+1].low == "hall" {
			return true
		}
	}
	return false
}

// placeNouns are the nouns that end the name of a building or a street,
// not of a place: "the Brierholme Hotel", "Colne Road".
var placeNouns = map[string]bool{"hotel": true, "road": true, "street": true, "house": true, "hall": true, "centre": true, "court": true, "station": true, "lane": true, "park": true, "barracks": true}

// bodyNouns are the nouns that end the name of a body, whose first word
// is no place: "the Home Office", "the Migration Advisory Committee".
var bodyNouns = map[string]bool{"office": true, "department": true, "ministry": true, "committee": true, "commission": true, "agency": true, "institute": true, "foundation": true, "trust": true, "observatory": true, "service": true}

// acronym reports whether w is written in capitals and short, as the
// initials of a body are ("ONS", "NISRA"), not a place's name.
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// localCode reports whether a GSS code is a county's or a local
// authority's (E06–E11, W06, S12, N09), not a nation's or a region's.
func localCode(code string) bool {
	for _, p := range []string{"E06", "E07", "E08", "E09", "E10", "E11", "W06", "S12", "N09"} {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// homeSentences is how many sentences at the top of a document may name
// the part of the United Kingdom it is about.
const homeSentences = 8

// elsewhere reports whether the place p is named as somewhere a document
// is not about: "from outside the UK", "beyond it", or inside the name of
// a body ("National Records of Scotland", "the Bank of England").
func (d *docState) elsewhere(p match) bool {
	if p.s == 0 {
		return false
	}
	switch d.toks[p.s-1].low {
	case "outside", "beyond":
		return true
	case "of":
		if p.s >= 2 {
			t := &d.toks[p.s-2]
			return t.kind == tWord && t.upper && t.nl == 0 && p.s >= 3 && d.toks[p.s-3].kind == tWord
		}
	}
	return false
}

// speaksOfEstimate reports whether sentence si speaks of "its estimate",
// "our estimate", "the first estimate", of a figure "revised", or of "the
// true figure" an estimate's range holds.
func (d *docState) speaksOfEstimate(si int) bool {
	if si == d.curSent && d.sentEstimate >= 0 {
		return d.sentEstimate == 1
	}
	v := d.speaksOfEstimateIn(si)
	if si == d.curSent {
		d.sentEstimate = 0
		if v {
			d.sentEstimate = 1
		}
	}
	return v
}

func (d *docState) speaksOfEstimateIn(si int) bool {
	s := d.sents[si]
	for k := s.a + 1; k < s.b; k++ {
		switch d.toks[k].low {
		case "estimate", "estimates":
			j := k - 1
			switch d.toks[j].low {
			case "first", "latest", "previous", "original", "initial", "provisional", "new", "earlier", "updated", "revised", "central":
				if j > s.a {
					j-- // "The first estimate, published in May 2025, was 431,000"
				}
			}
			switch d.toks[j].low {
			case "its", "our", "the", "their", "ons's", "ons'":
				return true
			}
		case "revised":
			return true // "2024 has been revised down again, to 322,000"
		case "figure":
			if d.toks[k-1].low == "true" {
				return true // "the true figure is likely to lie between 62,000 and 174,000"
			}
		}
	}
	return false
}

// tooMany reports whether q counts more people than measure mi ever does
// (max_persons).
func (d *docState) tooMany(mi int, q *quantity, unit string) bool {
	m := d.x.lx.measures[mi].MaxPersons
	return m > 0 && (unit == "persons" || unit == "") && q.hasValue && q.value > m
}

// cueBeforeFigure reports whether the sentence cue ci, or another that
// starts where it does, ends right before a figure ("emigration 626,000",
// "returning Britons 107,000"): the cues that start there name that figure.
func (d *docState) cueBeforeFigure(ci int) bool {
	cs := d.sentCues
	a := cs[ci].s
	for j := ci; j >= 0 && cs[j].s == a; j-- {
		if d.figureAfter(cs[j].e) {
			return true
		}
	}
	for j := ci + 1; j < len(cs) && cs[j].s == a; j++ {
		if d.figureAfter(cs[j].e) {
			return true
		}
	}
	return false
}

// figureAfter reports whether a figure starts at token e, or after a verb
// of being or reaching there: "net inflow hits 5,200", "immigration was
// 812,000", "(put immigration at 812,000 and) emigration at 636,000".
func (d *docState) figureAfter(e int) bool {
	if d.quantityAt(e) {
		return true
	}
	if e+1 < len(d.toks) && d.toks[e].kind == tWord && linkVerb(d.toks[e].low) {
		return d.quantityAt(e + 1)
	}
	return false
}

// linkVerb reports whether w is a verb that joins a measure to its figure.
func linkVerb(w string) bool {
	switch w {
	case "was", "were", "is", "are", "hits", "hit", "reached", "reaches", "stood", "totalled", "totals", "topped", "tops", "passed", "passes", "at":
		return true
	}
	return false
}

// cueEndsAt reports whether a cue of weight 5 or more, of a measure other
// than t, ends at token e in the current sentence ("backlog" before "of
// initial decisions").
func (d *docState) cueEndsAt(e, t int) bool {
	for _, c := range d.sentCues {
		if c.e == e && c.target != t && c.weight >= 5 {
			return true
		}
	}
	return false
}

// namesMeasure reports whether the sentence being read names a measure of
// the vocabulary with a cue of weight 4 or more.
func (d *docState) namesMeasure() bool {
	for _, c := range d.sentCues {
		if c.weight >= 4 && c.target != d.x.lx.other {
			return true
		}
	}
	return false
}

// growthWhole reports whether the words from token k name a population's
// growth: "(the) (year's|UK|annual) (population) growth|increase|rise".
func growthWhole(r *recogniser, k int) bool {
	if r.word(k) == "the" {
		k++
	}
	switch r.word(k) {
	case "year's", "uk", "annual", "this":
		k++
	}
	if r.word(k) == "population" {
		k++
	}
	switch r.word(k) {
	case "growth", "increase", "rise":
		return true
	}
	return false
}

// migrationBefore reports whether the clause before q names migration as
// its subject ("Net international migration … accounted for"), or opens
// with "It" after a figure of net migration.
func (d *docState) migrationBefore(si int, q *quantity, prev []model.Mention) bool {
	s := d.sents[si]
	for k := s.a; k < q.ts; k++ {
		switch d.toks[k].low {
		case "migration":
			return true
		case "natural", "births", "deaths":
			return false
		}
	}
	if w := d.toks[s.a].low; (w == "it" || w == "this") && len(prev) > 0 && prev[len(prev)-1].Measure == "net_migration" {
		return true
	}
	return false
}

// returnedTo returns the place outside the UK that sentence s names as
// where people were returned or sent ("to France", "back to France"), or
// -1.
func (d *docState) returnedTo(s span) int {
	for _, p := range d.sentPlaces {
		if p.s > s.a && d.toks[p.s-1].low == "to" && !d.x.lx.ukPart[p.target] && !d.x.lx.local[p.target] && !d.notAbout(p) {
			return p.target
		}
	}
	return -1
}

// returnsTo returns the country a document says people are returned to
// ("returned to France", "sent back to France", "returns to France"), when
// it names one, or -1: the place of the returns whose sentences name none.
func (d *docState) returnsTo() int {
	if d.retToRead {
		return d.retTo
	}
	d.retToRead, d.retTo = true, -1
	lx := d.x.lx
	for _, p := range d.places {
		if p.s < 2 || lx.ukPart[p.target] || lx.local[p.target] || d.toks[p.s-1].low != "to" {
			continue
		}
		for k := p.s - 2; k >= 0 && k >= p.s-4; k-- {
			switch d.toks[k].low {
			case "returned", "returns", "return", "returning", "sent", "send", "removed", "removals", "deported":
				if d.retTo >= 0 && d.retTo != p.target {
					d.retTo = -1 // returns to two countries: neither is the document's
					return -1
				}
				d.retTo = p.target
			}
		}
	}
	return d.retTo
}

// speaksOfDeal reports whether sentence s speaks of people sent back, or
// of the pilot, deal or agreement they are sent back under.
func (d *docState) speaksOfDeal(s span) bool {
	for k := s.a; k < s.b; k++ {
		switch d.toks[k].low {
		case "pilot", "deal", "agreement", "arrangement", "pact", "treaty":
			return true
		case "back":
			if k > s.a {
				switch d.toks[k-1].low {
				case "sent", "send", "sending", "taken", "flown", "returned":
					return true
				}
			}
		}
	}
	return false
}

// paidTo reports whether the place p is named as where money is paid
// ("pay France £476m", "handed Rwanda £290m").
func (d *docState) paidTo(p match) bool {
	if p.s == 0 {
		return false
	}
	switch d.toks[p.s-1].low {
	case "pay", "pays", "paying", "paid", "give", "gives", "giving", "gave", "given", "hand", "hands", "handing", "handed":
		return true
	}
	return false
}

// visitedOrCompared reports whether the place p is named as where someone
// spoke ("Speaking during a visit to Croydon", "at a rally in Bolton") or
// as a measure of size ("a city the size of Portsmouth").
func (d *docState) visitedOrCompared(p match) bool {
	for k := p.s - 1; k >= 0 && k >= p.s-4; k-- {
		switch d.toks[k].low {
		case "visit", "visiting", "speaking", "speech", "rally", "size":
			return true
		}
	}
	return false
}

// foreignPlace reports whether the sentence names a country outside the
// United Kingdom that no measure requires (France, Italy; not Rwanda).
func (d *docState) foreignPlace() bool {
	for _, p := range d.sentPlaces {
		if d.x.lx.ukPart[p.target] || d.x.lx.local[p.target] {
			continue
		}
		required := false
		for k := d.reqsFrom(p.s); k < len(d.reqs) && d.reqs[k].s < p.e; k++ {
			if d.reqs[k].e <= p.e {
				required = true
			}
		}
		if !required {
			return true
		}
	}
	return false
}

// notAbout reports whether the place p (a match in d.places) is not what a
// figure near it is about: where people come from ("EU nationals",
// "France-born"), or the partner country a policy is named after ("the
// Rwanda scheme", "the UK-France agreement").
func (d *docState) notAbout(p match) bool {
	k := p.e
	for k+1 < len(d.toks) && d.toks[k].low == "-" {
		next := -1 // another place joined to p by a hyphen: "UK-France"
		for _, q := range d.sentPlaces {
			if q.s == k+1 {
				next = q.e
			}
		}
		if next < 0 {
			break
		}
		k = next
	}
	if k < len(d.toks) && d.toks[k].low == "-" && k+1 < len(d.toks) {
		k++ // "France-born"
	}
	if k >= len(d.toks) {
		return false
	}
	w := d.toks[k].low
	f := d.x.lx.notAbout[w]
	return f&notAboutAny != 0 || f&notAboutForeign != 0 && !d.x.lx.ukPart[p.target] && !d.x.lx.local[p.target]
}

// destination reports whether place p is where people went, named after
// "left for" or "headed for" or in a list that follows one ("left for
// England, Scotland and Wales").
func (d *docState) destination(p match) bool {
	k := p.s - 1
	for k > 0 {
		switch d.toks[k].low {
		case ",", "and":
			// back over the places listed before this one
			j := -1
			for _, q := range d.sentPlaces {
				if q.e == k {
					j = q.s
				}
			}
			if j < 0 {
				return false
			}
			k = j - 1
			continue
		case "for":
			// (not "moved to England and Wales from overseas": arrivals
			// there, which the figure is about)
			switch d.toks[k-1].low {
			case "left", "leave", "leaves", "leaving", "headed", "heading", "bound", "departed":
				return true
			}
		}
		return false
	}
	return false
}

// gappedPrep are the words that join a place to its figure when the verb
// is left out: "and Northern Ireland's by 0.4%", "and Wales at 2.1%".
var gappedPrep = map[string]bool{"by": true, "at": true, "to": true, "on": true, "with": true}

// place picks the place named nearest the quantity in its sentence,
// passing over places people came from ("from outside the UK", "EU
// nationals", "the Rwanda scheme") unless the figure counts people leaving.
func (d *docState) place(s span, q *quantity, leaving, share bool) int {
	best, bestD, bestFrom := -1, math.MaxInt, true
	for _, p := range d.sentPlaces {
		if d.notAbout(p) || d.x.lx.local[p.target] && (share || !d.toks[p.s].upper || d.visitedOrCompared(p)) {
			continue
		}
		// "Britain agreed to pay France £476m": the country money is paid
		// to is not what the sum is about; the one that pays is
		if !d.x.lx.ukPart[p.target] && !d.x.lx.local[p.target] && d.paidTo(p) {
			continue
		}
		// "About 12,100 left for England, Scotland and Wales": where people
		// went is not what the count is about
		if d.destination(p) {
			continue
		}
		from := false
		for k := p.s - 1; k >= s.a && k >= p.s-4; k-- {
			if w := d.toks[k].low; w == "outside" || w == "from" && !leaving || w == "non" || w == "in" && k > s.a && d.toks[k-1].low == "born" {
				from = true // ("born in the UK": where people came from)
			}
		}
		if from {
			continue
		}
		dist := 0
		if p.e <= q.ts {
			dist = q.ts - p.e
		} else if p.s >= q.te {
			dist = p.s - q.te
			// "1,140 were in Scotland, 690 in Wales and 410 in Northern
			// Ireland": "in" and a place right after a figure (or its
			// noun) are that figure's, nearer than any place before it
			if w := d.toks[p.s-1].low; (w == "in" || w == "across") && (p.s-1 == q.te || p.s-2 == q.te && d.toks[q.te].kind == tWord) {
				dist = -1
			}
		}
		// "22.3% are 65 or over, against 18.8% over the border in
		// England": a place after another figure is that figure's (but
		// "England and Wales grew by 610,000 to 60.9 million": a place
		// before both is the subject of both)
		if p.s >= q.te && d.figureBetween(q.te, p.s) {
			continue
		}
		// "Midlothian grew fastest, up 1.9%, while Inverclyde …",
		// "Edinburgh's population climbed to 541,300, and Glasgow grew …":
		// a place in a clause after the figure's is that clause's
		if p.s >= q.te && d.clauseBreak(q.te, p.s) {
			continue
		}
		// ("England had a net loss of 14,500 and Northern Ireland 1,100": a
		// place right before the next figure, after "and", is that one's)
		// ("Scotland's population rose by 0.3% and Northern Ireland's by
		// 0.4%": or before a word that joins it to the next figure)
		if p.s >= q.te && (d.toks[p.s-1].low == "and" || d.toks[p.s-1].low == ",") && (d.quantityAt(p.e) || p.e+1 < s.b && gappedPrep[d.toks[p.e].low] && d.quantityAt(p.e+1)) {
			continue
		}
		if best < 0 || (bestFrom && !from) || (from == bestFrom && dist < bestD) {
			best, bestD, bestFrom = p.target, dist, from
		}
	}
	return best
}

// arrivalsWhoClaimed reports whether the share q says how many of the
// people who arrived went on to claim asylum: a verb of claiming after q,
// and a whole of arrivals, named before q in its sentence ("Of those who
// crossed in the year, 95% lodged a claim"), right after it ("97% of those
// landing lodged a claim"), or referred back to ("Nearly all of them - 95%
// - went on to claim asylum", after a count of small-boat arrivals in its
// sentence or the one before). Not a share of the claims: "people who came
// in dinghies accounted for 38% of every claim", "a third of them lodged
// by people who came by dinghy".
func (d *docState) arrivalsWhoClaimed(r *recogniser, si int, q *quantity, prev []model.Mention) bool {
	claims := false
	for k := q.te; k < r.hi && k < q.te+10 && !claims; k++ {
		switch r.word(k) {
		case "claimed", "lodged", "sought":
			claims = r.word(k+1) != "by"
		case "claim", "seek", "lodge":
			claims = r.word(k-1) == "to"
		}
	}
	if !claims {
		return false
	}
	arrival := func(w string) bool {
		switch w {
		case "crossed", "arrived", "arriving", "land", "landed", "landing", "came", "come", "arrivals":
			return true
		}
		return false
	}
	if w := r.word(q.ts - 1); w == "for" || w == "up" || w == "to" {
		return false // "accounted for", "made up", "amounted to": a share of the claims
	}
	if r.word(q.te) == "of" {
		if w := r.word(q.te + 1); w == "those" || w == "people" || w == "the" {
			for k := q.te + 2; k < r.hi && k < q.te+7; k++ {
				if arrival(r.word(k)) {
					return true
				}
			}
		}
	}
	for k := r.lo; k < q.ts; k++ {
		switch w := r.word(k); {
		case arrival(w):
			return true
		case w == "them" || w == "these":
			for j := len(prev) - 1; j >= 0 && d.msent[j] >= si-1; j-- {
				if prev[j].Measure == "small_boat_arrivals" && prev[j].Statistic == "level" {
					return true
				}
			}
		}
	}
	return false
}

// speaksOfAsylumSeekers reports whether sentence si speaks of asylum
// seekers or refugees, or the one before it does and q refers back to it
// ("In Coventry that amounts to roughly 0.5%").
func (d *docState) speaksOfAsylumSeekers(si int, q *quantity) bool {
	from := d.sents[si].a
	for k := max(from, q.ts-6); k < q.ts; k++ {
		if w := d.toks[k].low; si > 0 && (w == "that" || w == "this") {
			from = d.sents[si-1].a
		}
	}
	for k := from; k < d.sents[si].b; k++ {
		if t := &d.toks[k]; t.kind == tWord && (t.low == "asylum" || strings.HasPrefix(t.low, "refugee")) {
			return true
		}
	}
	return false
}

// levelBefore returns the last level of the named measure given in the
// two sentences before si, and whether there is one.
func (d *docState) levelBefore(si int, measure string, prev []model.Mention) (float64, bool) {
	for k := len(prev) - 1; k >= 0 && d.msent[k] >= si-2; k-- {
		if d.msent[k] < si && prev[k].Measure == measure && prev[k].Statistic == "level" && prev[k].Value != nil {
			return *prev[k].Value, true
		}
	}
	return 0, false
}

// revisedTo returns the figure a revision q brings the estimate to ("up by
// 3,700, to 3,184,300"), or +Inf when its sentence gives none.
func (d *docState) revisedTo(r *recogniser, q *quantity) float64 {
	for i := range d.qs {
		if q2 := &d.qs[i]; q2.ts > q.te && q2.ts <= q.te+8 && r.word(q2.ts-1) == "to" && q2.hasValue {
			return q2.value
		}
	}
	return math.Inf(1)
}

// perBoat reports whether the words at k say "a boat" or "per boat":
// a figure right before them counts people in each boat.
func (r *recogniser) perBoat(k int) bool {
	if w := r.word(k); w != "a" && w != "per" {
		return false
	}
	return isBoat(r.word(k + 1))
}

// nounUnit reads the unit from the noun after a number.
func (r *recogniser) nounUnit(i int) string {
	for k := i; k < i+3 && k < r.hi; k++ {
		w := r.word(k)
		switch w {
		case "", "per", "each", "on", "in", "into", "aboard", "to", "from", "at", "for", "with", "across", "between", "as", "while", "but", "when", "because", "since", "and", "or",
			"under", "through", "via", "came", "come", "went", "over", "within", "after", "before", "during":
			// "65 per boat", "50 on a dinghy", "500 in small boats", "moved
			// 1,860 to other authorities": people ("604 came under Homes
			// for Ukraine": the figure is the subject, with no noun)
			return ""
		}
		if k == i && r.perBoat(k) {
			return "" // "an average of 53 a boat": people, per boat
		}
		if u, ok := lookup(r, k, fUnitNoun, unitNouns); ok && u != "" {
			if u == "years" && k != i {
				return ""
			}
			// "4,000 boat engines", "1,380 small boat arrivals": the noun
			// the first one modifies
			// ("41 migrant boats": boats)
			if u2, ok := lookup(r, k+1, fUnitNoun, unitNouns); ok && (u2 == "other" && u != "other" || u == "persons" && u2 == "boats" || u == "boats" && (r.word(k+1) == "arrivals" || r.word(k+1) == "migrants" || r.word(k+1) == "passengers")) {
				return u2
			}
			return u
		}
	}
	return ""
}

// rate reads "per year", "a week" after a quantity (allowing a noun between).
func (r *recogniser) rate(lx *lexicon, i int) string {
	hi := minInt(r.hi, i+5)
	for k := i; k < hi; k++ {
		m, found := lx.rates.at(r.toks, r.src, k, hi)
		if !found {
			continue
		}
		// "a year earlier", "a year ago" are not rates
		if w := r.word(m.e); w == "earlier" || w == "ago" || w == "before" || w == "later" {
			continue
		}
		ok := true
		for k := i; k < m.s; k++ {
			if r.toks[k].low == "-" {
				continue // "£4billion-a-year"
			}
			if r.toks[k].kind != tWord || r.toks[k].low == "in" || r.toks[k].low == "for" || r.toks[k].low == "than" {
				ok = false
			}
		}
		if ok {
			return lx.rateNames[m.target]
		}
	}
	return ""
}

// statistic tells a level from a change, a share or an average, and the
// sign a change carries.
func (r *recogniser) statistic(q *quantity) (string, float64) {
	if q.ratio {
		return "ratio", 1
	}
	if q.halving {
		return "change", -1
	}
	if q.signed != 0 {
		return "change", 1 // (the sign is in the value already)
	}
	p := q.ts - 1
	for p > r.lo && intensifiers[r.word(p)] && r.word(p-1) != "" {
		p-- // "down just 14%", "a dip of only 3%", "down by another 50,000"
		if r.word(p) == "a" && r.word(p+1) == "further" && p > r.lo {
			p-- // "by a further 20,000"
		}
	}
	pw := r.word(p)
	// ("Average house prices have fallen by 17%": a change of an average)
	if r.isAverage(q) && !(pw == "by" && r.is(p-1, fChangeBefore)) {
		return "average", 1
	}
	// "adds £23m to the cost", "adds 49,000 to last year's figure": an
	// increase
	if (pw == "adds" || pw == "added" || pw == "add" || pw == "adding") && r.word(q.te) == "to" {
		switch w := r.word(q.te + 1); {
		case w == "the" || w == "its" || w == "their", (w == "last" || w == "this") && strings.HasSuffix(r.word(q.te+2), "'s"):
			return "change", 1
		}
	}
	// "knock 0.4 per cent off the level of real GDP", "wipes £6.2bn off the
	// buffer", "shed £750m from the cost": a fall (not "shed 400 posts":
	// the posts it lost)
	off := q.te
	if w := r.word(off); w == "a" && q.perPeriod != "" || w == "each" || w == "every" || w == "per" {
		off += 2 // "shave about 0.2 percentage points a year off potential growth"
	}
	if from, ok := offVerbs[pw]; ok && (r.word(off) == "off" || from && r.word(q.te) == "from" || q.unit == "percent" && strings.HasPrefix(pw, "shed")) {
		return "change", -1 // ("the sector has shed 3% since spring")
	}
	// "the 15,000 upward revision", "a 20,000 downward revision": a
	// revision is a change, its direction written before it
	if w := r.word(q.te); w == "upward" || w == "downward" || w == "revision" || w == "correction" {
		if n := r.word(q.te + 1); w == "revision" || w == "correction" || n == "revision" || n == "correction" {
			if w == "downward" {
				return "change", -1
			}
			return "change", 1
		}
	}
	// "Edinburgh added 1.1% to reach 535,200", "gaining 0.5% in
	// population": a percentage added is a growth
	if q.unit == "percent" && !q.fraction && !q.oneIn {
		switch pw {
		case "adds", "added", "adding", "gains", "gaining", "gain":
			return "change", 1
		}
	}
	// "4,100 more deaths than births", "2,000 fewer births than deaths",
	// "15,220 more people died than were born", "deaths are expected to
	// outnumber births by around 150,000": a natural decrease (as with
	// "deaths exceeded births by" in mention)
	if w := r.word(q.te); (w == "more" || w == "fewer") && r.word(q.te+2) == "than" {
		switch a, b := r.word(q.te+1), r.word(q.te+3); {
		case w == "more" && a == "deaths" && b == "births", w == "fewer" && a == "births" && b == "deaths":
			return "change", -1
		case w == "more" && a == "births" && b == "deaths", w == "fewer" && a == "deaths" && b == "births":
			return "change", 1
		}
	}
	if r.word(q.te) == "more" && r.word(q.te+1) == "people" && r.word(q.te+2) == "died" && r.word(q.te+3) == "than" {
		return "change", -1
	}
	// "a petition … has been signed by more than 112,000 people", "backed
	// by 61%": by whom, not by how much
	if pw == "by" {
		switch r.word(p - 1) {
		case "signed", "backed", "supported", "opposed", "endorsed", "used", "visited", "viewed", "watched", "shared", "attended", "joined", "approved", "rejected", "employed", "owned":
			return r.levelOrShare(q), 1
		}
	}
	if pw == "by" {
		for k := p - 1; k >= r.lo && k >= p-16; k-- {
			// "It beats the previous high of 1,295 people, set in 2022, by
			// 141": by how much a record was beaten
			switch r.word(k) {
			case "beat", "beats", "beaten", "beating", "exceeded", "exceeds", "exceeding", "surpassed", "surpasses", "eclipsed", "eclipses", "topped", "tops", "outstripped", "outstrips", "overtook", "overtakes",
				"smashed", "smashing", "smashes", "broke", "breaking", "broken", "shattered", "shattering":
				return "change", 1
			}
			if k < p-6 {
				continue
			}
			if w := r.word(k); w == "outnumber" || w == "outnumbered" || w == "outnumbering" || w == "outnumbers" {
				// ("deaths are expected to outnumber births by …")
				a := ""
				for j := k - 1; j >= r.lo && j >= k-4; j-- {
					if w := r.word(j); w == "deaths" || w == "births" {
						a = w
						break
					}
				}
				switch b := r.word(k + 1); {
				case a == "deaths" && b == "births":
					return "change", -1
				case a == "births" && b == "deaths":
					return "change", 1
				}
			}
		}
	}
	// "natural change took 6,800 people off the population", "knocked
	// £1bn off the bill": a fall
	switch pw {
	case "took", "takes", "taken", "taking", "knocked", "knocks", "shaved", "wiped", "lopped":
		if r.word(q.te) == "off" || r.word(q.te+1) == "off" && r.word(q.te) != "" {
			return "change", -1
		}
	}
	// "ministers plan to add 290 beds", "adding about 900 places", "an
	// extra 25,000 people", "a change of 46,000": a change
	switch {
	case pw == "add" || pw == "adds" || pw == "adding" || pw == "added":
		// (of places: "net migration added 33,300 people" is how many
		// net migration was)
		switch r.word(q.te) {
		case "places", "beds", "spaces", "rooms", "bed":
			return "change", 1
		}
	case pw == "extra" && (r.word(p-1) == "an" || r.word(p-1) == "another") && q.unit == "":
		// (not money: "an extra £50m for the border command" is a sum)
		return "change", 1
	case pw == "of" && r.word(p-1) == "change" && r.word(p-2) == "a":
		return "change", 1
	}
	// "Wales added 12,300 residents in the year": a place's growth
	if (pw == "added" || pw == "adding" || pw == "adds" || pw == "gained" || pw == "gaining") && (r.word(q.te) == "residents" || r.word(q.te) == "inhabitants") {
		return "change", 1
	}
	// "a net loss of 101,900 people to other parts of the UK": a level,
	// signed
	// ("net departures of 103,000 Britons and 26,000 EU citizens": both)
	of := p
	if pw == "and" {
		for k := p - 1; k > r.lo && k >= p-6; k-- {
			if r.word(k) == "of" && r.figureWithin(k+1, p) {
				of = k
				break
			}
		}
	}
	if r.word(of) == "of" && r.word(of-2) == "net" {
		switch r.word(of - 1) {
		case "loss", "outflow", "departures", "emigration":
			return "level", -1
		case "gain", "inflow", "arrivals", "immigration":
			return "level", 1
		}
	}
	// "for EU nationals the net outflow was 77,000", "the net loss stood at
	// 12,000" (not "the net inflow is a fifth lower than the high": by how
	// much it changed)
	if _, after := changeAfter[r.word(q.te)]; !after && (pw == "was" || pw == "is" || pw == "at") {
		k := p
		if pw == "at" && r.word(k-1) == "stood" {
			k--
		}
		if r.word(k-2) == "net" {
			switch r.word(k - 1) {
			case "loss", "outflow":
				return "level", -1
			case "gain", "inflow":
				return "level", 1
			}
		}
	}
	// "London lost a net 84,200 residents": the verb before "a net"
	if pw == "net" {
		k := p - 1
		if r.word(k) == "a" {
			k--
		}
		if sg, ok := changeBefore[r.word(k)]; ok && (r.word(k) == "lost" || r.word(k) == "gained") {
			return "level", sg
		}
	}
	// "a net 39,000 EU citizens and 88,000 British nationals left": a net
	// flow, out or in by the verb after it (for both figures)
	if net := pw == "net" || pw == "and" && r.word(p-2) != "" && r.netBefore(p); net {
		for k := q.te; k < r.hi && k <= q.te+8; k++ {
			switch r.word(k) {
			case "left", "departed", "emigrated":
				return "level", -1
			case "arrived", "came":
				return "level", 1
			}
			if r.punct(k) == "," || r.punct(k) == ";" {
				break
			}
		}
	}
	// "every week the boat sits idle it loses about £18,000": the sum a
	// loss comes to, each time
	if (pw == "loses" || pw == "lose" || pw == "losing") && unitBit(q.unit)&moneyBits != 0 {
		return "level", 1
	}
	if sg, ok := lookup(r, p, fChangeBefore, changeBefore); ok && pw != "higher" && pw != "lower" && pw != "revised" && !madeUp(r.word(p-1), pw) && !r.levelCrossing(q) {
		return "change", sg
	}
	if pw == "of" {
		// "a rise of 5%"; not "made up of £245m"; "the steepest fall, of
		// 0.6%" (a comma between); "a downward revision of 91,000"
		c := p - 1
		if r.punct(c) == "," {
			c--
		}
		if sg, ok := lookup(r, c, fChangeBefore, changeBefore); ok && !madeUp(r.word(c-1), r.word(c)) {
			if w := r.word(c - 1); w == "downward" || w == "downwards" {
				sg = -1
			}
			return "change", sg
		}
		// "a fall of 14% in the year, and of about a quarter from the
		// peak": the change word governs both
		if w := r.word(p - 1); w == "and" || w == "or" {
			for k := p - 2; k > r.lo && k >= p-12; k-- {
				if r.word(k) == "of" {
					if sg, ok := lookup(r, k-1, fChangeBefore, changeBefore); ok && !madeUp(r.word(k-2), r.word(k-1)) && r.figureWithin(k+1, p) {
						return "change", sg
					}
					break
				}
			}
		}
	}
	// "so the increase is indeed 13%", "the fall was about 4,000"
	for k := p; k >= r.lo && k > p-4; k-- {
		switch r.word(k) {
		case "is", "was", "were", "has", "been", "indeed", "now", "therefore", "thus", "only", "just", "roughly":
			continue
		case "increase", "rise", "fall", "drop", "decrease", "decline", "reduction", "growth", "change", "jump":
			if k < p && (r.word(k+1) == "is" || r.word(k+1) == "was" || r.word(k+1) == "has") {
				if sg, ok := changeBefore[r.word(k)]; ok {
					return "change", sg
				}
				return "change", 1
			}
		}
		break
	}
	// "Midlothian saw the fastest growth, at 1.7%", "Inverclyde faces the
	// steepest decline, 11.9%"
	if pw == "at" || r.punct(p) == "," && q.unit == "percent" {
		k := p - 1
		if pw == "at" && r.punct(k) == "," {
			k--
		}
		switch w := r.word(k); w {
		case "increase", "rise", "fall", "drop", "decrease", "decline", "reduction", "growth", "jump":
			return "change", changeBefore[w]
		}
	}
	// "projected to grow over the decade, led by Midlothian at 14.8%": the
	// rate a growing or shrinking thing in its clause changes at (or in
	// brackets after the name: "led by Midlothian (10.2%)", and "The
	// largest falls are projected for Inverclyde (6.4%)")
	bracketed := r.punct(p) == "(" && r.punct(q.te) == ")" && p-1 >= r.lo && r.toks[p-1].upper
	if (pw == "at" || bracketed) && q.unit == "percent" && !q.oneIn && !q.fraction {
		from := p - 1
		if bracketed {
			from = p - 2
		}
		for k := from; k >= r.lo && k >= p-20 && r.punct(k) != ";"; k-- {
			w := r.word(k)
			if w == "while" || w == "but" || w == "whereas" {
				break
			}
			if sg := growVerb(w); sg != 0 {
				return "change", sg
			}
			switch w {
			case "falls", "declines", "drops", "decreases", "rises", "increases", "fall", "decline", "drop", "rise", "increase", "growth":
				if r.superlativeBefore(k) {
					return "change", changeBefore[w]
				}
			}
		}
	}
	// "The drop between the two years was 30%": a sentence whose subject
	// is a change, and whose verb comes just before the figure (or a
	// clause after an opening phrase: "Adjusted for inflation, the fall
	// between 2024-25 and 2025-26 was about 14%")
	if pw == "was" || pw == "is" {
		k := p - 1
		for k > r.lo && r.punct(k-1) != "," && r.punct(k-1) != ";" {
			k--
		}
		if w := r.word(k); w == "the" || w == "this" || w == "that" {
			k++
		}
		switch w := r.word(k); w {
		case "increase", "rise", "fall", "drop", "decrease", "decline", "reduction", "jump":
			if !r.figureWithin(k+1, p) {
				return "change", changeBefore[w]
			}
		}
	}
	if pw == "by" {
		// "revised up by", "fell by", "growing in the year to mid-2023 by",
		// "lowered its estimate for 2025, by 12,000, to 207,000"
		for k := p - 1; k >= r.lo && k >= p-16; k-- {
			t := &r.toks[k]
			if t.kind == tPunct && (t.low == "," || t.low == ";" || t.low == ":" || t.low == "(") {
				// "lowered its estimate …, by 12,000"; "fell by 36% to
				// 50,140, and care worker visas by 77%": the verb of the
				// clause before
				if k == p-1 && t.low == "," || t.low == "," && r.word(k+1) == "and" {
					continue
				}
				break
			}
			if sg, ok := byVerbs[t.low]; ok && t.kind == tWord {
				return "change", sg
			}
			if sg, ok := lookup(r, k, fChangeBefore, changeBefore); ok {
				// ("trimmed its growth forecast for 2027 by 0.2
				// percentage points": a noun of the object, not the
				// verb)
				switch r.word(k + 1) {
				case "forecast", "forecasts", "estimate", "estimates", "projection", "projections", "assumption", "target", "rate":
					continue
				}
				if t.low == "revised" {
					if r.word(k+1) == "down" {
						sg = -1
					}
				}
				return "change", sg
			}
		}
		// "projected to grow by 5.4%, Wales on its own by 3.2% and
		// Northern Ireland by 2.4%": the verb of an earlier "by" in the
		// sentence governs a short clause that has none
		if sg, ok := r.elidedBy(p); ok {
			return "change", sg
		}
	}
	// after: "68,000 higher", "19% more than", "19,000 and 68,000 higher"
	// (and '"more than three-quarters" below its peak': past a quote's end)
	k := q.te
	if p := r.punct(k); (p == "\"" || p == "”") && r.word(k+1) != "" {
		k++
	}
	// "322,200 (0.5%) more than at mid-2024": past the figure restated in
	// brackets
	if r.punct(k) == "(" {
		for j := k + 1; j < r.hi && j <= k+5; j++ {
			if r.punct(j) == ")" {
				if _, ok := lookup(r, j+1, fChangeAfter, changeAfter); ok {
					k = j + 1
				}
				break
			}
		}
	}
	// "23,200, or 0.7%, more than a year earlier": past the figure restated
	// between commas, and for that figure past its closing comma
	if r.punct(k) == "," {
		switch {
		case r.word(k+1) == "or" && r.isNum(k+2):
			for j := k + 3; j < r.hi && j <= k+6; j++ {
				if r.punct(j) == "," {
					if _, ok := lookup(r, j+1, fChangeAfter, changeAfter); ok {
						k = j + 1
					}
					break
				}
			}
		case r.word(q.ts-1) == "or" && r.punct(q.ts-2) == ",":
			if _, ok := lookup(r, k+1, fChangeAfter, changeAfter); ok {
				k++
			}
		}
	}
	for {
		if (r.word(k) == "and" || r.word(k) == "or") && r.isNum(k+1) {
			k += 2
			continue
		}
		break
	}
	// "Net migration of 33,300 more than made up for …": "more than" before
	// a verb says by how much, not that the figure is a difference
	if r.word(k) == "more" && r.word(k+1) == "than" && moreThanVerb(r.word(k+2)) {
		return r.levelOrShare(q), 1
	}
	if sg, ok := lookup(r, k, fChangeAfter, changeAfter); ok {
		w := r.word(k)
		// "more than" after a percent or a count compares; a count "above"
		// or "below" compares only with a reference ("740,000 below the
		// peak", not "500,000 below the poverty line")
		if (w == "above" || w == "below") && q.unit != "percent" && !r.reference(k+1) {
			return r.levelOrShare(q), 1
		}
		// ("this year's total is about 13% down." ends on it: a change)
		if (w == "up" || w == "down") && r.word(k+1) != "on" && r.word(k+1) != "from" && !(q.unit == "percent" && r.word(k+1) == "" && r.punct(k+1) != "") {
			return r.levelOrShare(q), 1
		}
		if w == "more" && q.unit != "percent" {
			// "89,000 more left than came back": a net flow, out of the country
			if sg, _ := r.netFlowThan(k + 1); sg != 0 {
				return "level", sg
			}
		}
		if w == "fewer" && !r.thanWithin(k+1, 4) {
			return "change", -1 // "50,000 fewer people leaving"
		}
		// ("paying 4.99 per cent more in council tax": a percentage more is
		// a change)
		// ("partly offset by £1.4bn less spent on benefits": a sum less is
		// a fall; but "£50m more due next year" is another £50m)
		if w == "less" && unitBit(q.unit)&moneyBits != 0 && !r.thanWithin(k+1, 4) {
			return "change", sg
		}
		if (w == "more" || w == "fewer" || w == "less") && (!r.thanWithin(k+1, 4) && !r.thanTimeWithin(k+1, 9) && (q.unit != "percent" || q.oneIn) || r.word(k+1) == "than" && r.durationAfter(k+2)) {
			// "hundreds more migrants crossed": another few hundred; "one
			// in five more than a year": waiting longer than a threshold
			return r.levelOrShare(q), 1
		}
		return "change", sg
	}
	// "Scotland's growth outpaced Northern Ireland (0.3%) and Wales
	// (0.5%)": percentages of a sentence about a change are changes (not
	// the two ends of "whose grant rate dropped from 91% to 36%")
	// ("Growth in regular pay has eased to 3.6 per cent": the rate of
	// growth; but "The fall has been among …, whose employment rate
	// dropped to 72.8 per cent": the level another clause's subject
	// reached)
	if q.unit == "percent" && !q.fraction && r.word(q.te) != "of" && r.word(r.lo) != "of" && !r.fromTo(q) {
		for k := r.lo; k < r.lo+4 && k < q.ts && !r.isNum(k); k++ {
			switch w := r.word(k); w {
			case "growth", "increase", "rise", "fall", "decline", "drop", "decrease", "reduction":
				if k+1 < q.ts && r.word(k+1) != "of" && !(r.word(q.ts-1) == "to" && q.ts-k > 10) {
					return "change", changeBefore[w]
				}
			}
		}
	}
	// "cut that daily bill almost in half": a fall of half
	if q.fraction && !q.oneIn && pw == "in" && q.hasValue && q.value == 50 {
		for k := p - 1; k >= r.lo && k >= p-8; k-- {
			if sg, ok := lookup(r, k, fChangeBefore, changeBefore); ok {
				return "change", sg
			}
		}
	}
	// "a fall of a third"; but "down from more than half" is the base (as
	// "fell to 36%, against almost half" is the figure compared with), and
	// "a fall of 4%, around a third of them lodged by …" a share of them
	if bw := r.word(q.ts - 1); q.fraction && !q.oneIn && bw != "from" && bw != "against" && bw != "versus" && !(bw == "with" && r.word(q.ts-2) == "compared") && r.changeContext(q.ts) {
		direct := pw == "by" || pw == "of" || r.is(p, fChangeBefore)
		if r.word(q.te) != "of" || direct {
			return "change", r.changeSign(q.ts)
		}
	}
	return r.levelOrShare(q), 1
}

// reference reports whether the words from k name a figure to compare
// with: "the peak", "its 2023 level", "last year's total", "2019".
func (r *recogniser) reference(k int) bool {
	switch r.word(k) {
	case "the", "its", "their", "this", "that", "last", "a":
		k++
	}
	for n := 0; n < 3 && k < r.hi; n, k = n+1, k+1 {
		if r.isNum(k) || r.toks[k].kind == tPunct && r.toks[k].low != "'" && r.toks[k].low != "-" {
			return r.isNum(k)
		}
		if referenceNouns[r.word(k)] {
			return true
		}
	}
	return false
}

// officialCraft are the words before "vessel" or "boat" that make it one
// that rescues or patrols ("a Border Force vessel carrying around 60
// people"), whose load is not a small boat's.
var officialCraft = map[string]bool{"force": true, "rescue": true, "patrol": true, "coastguard": true, "navy": true,
	"naval": true, "police": true, "lifeboat": true, "ferry": true}

// boatLoad reports whether q counts the people in one boat.
func (r *recogniser) boatLoad(q *quantity) bool {
	// one boat's load: "a dinghy carrying around 60 people", "boats with
	// 40 people in", "the typical dinghy carried fewer than 15", "boats
	// leave carrying 70 or more people" (but not "15 boats carrying 882
	// people", the total of several)
	if w := r.word(q.ts - 1); w == "carrying" || w == "carried" || w == "carry" || w == "carries" || w == "with" || w == "holding" || w == "held" {
		for k := q.ts - 2; k >= r.lo && k >= q.ts-4; k-- {
			// (nor "nine dinghies carrying around 410 people")
			if b := r.word(k); (isBoat(b) || isBoats(b) && !r.isNum(k-1) && !r.is(k-1, fNumWord) && !r.isNum(k-2)) && !officialCraft[r.word(k-1)] {
				return true
			}
			if r.toks[k].kind == tPunct {
				break
			}
		}
	}
	// "Around 60 people were on board", "Around 50 people from that boat"
	// (not "four who were crushed aboard": what befell them)
	for k := q.te; k < q.te+4 && k < r.hi; k++ {
		w := r.word(k)
		if fateWord(w) {
			break
		}
		if w == "of" && q.unit == "percent" {
			break // "one in four of those on board": a share of them
		}
		if w == "on" && r.word(k+1) == "board" && !r.isNum(k+2) || w == "aboard" && !r.isNum(k+1) {
			return true // (not "1,200 people aboard 20 boats")
		}
		// "… from that boat", "more than sixty of us in the boat"
		if (w == "from" || w == "in" || w == "into") && (r.word(k+1) == "that" || r.word(k+1) == "the" || r.word(k+1) == "this" || r.word(k+1) == "one") && isBoat(r.word(k+2)) {
			return true
		}
		if w == "" || w == "and" || w == "but" {
			break
		}
	}
	return false
}

// growthNoun reports whether w names a growth: "the increase", "the rise".
func growthNoun(w string) bool {
	return w == "growth" || w == "increase" || w == "rise"
}

// loadRatio reports whether the ratio q is one of a boat's load: "the
// average boat now carries about four times as many people".
func (r *recogniser) loadRatio(q *quantity) bool {
	k := q.ts - 1
	if r.word(k) == "now" {
		k--
	}
	switch r.word(k) {
	case "carries", "carry", "carried", "carrying", "holds", "held":
	default:
		return false
	}
	for j := k - 1; j >= r.lo && j >= k-3; j-- {
		if isBoat(r.word(j)) || isBoats(r.word(j)) {
			return true
		}
		if r.toks[j].kind == tPunct {
			break
		}
	}
	return false
}

// isAverage reports whether q is an average: "an average of 53 people per
// boat", "61 people were packed into each dinghy", "40 or 50 on a dinghy".
func (r *recogniser) isAverage(q *quantity) bool {
	for k := q.ts - 1; k >= r.lo && k >= q.ts-12; k-- {
		if t := r.punct(k); t == "," || t == ";" || t == ":" && k < q.ts-1 || t == "(" {
			break // (not a label's colon: "Average per boat: 62")
		}
		if r.isNum(k) && !r.comparedAcross(k+1, q.ts) {
			// "an average of 1,940 migrants a night … in 11 hotels": the
			// average is the other figure (but "from an average of 13 in
			// 2020 to 53": both)
			break
		}
		if r.word(k) == "average" || r.word(k) == "per" && (r.word(k+1) == "boat" || r.word(k+1) == "dinghy" || r.word(k+1) == "vessel") {
			return true
		}
	}
	// "53 people per boat", "61 people were packed into each dinghy",
	// "40 or 50 on a dinghy", "59 people crammed into each flimsy dinghy"
	// "70 or more people into a single dinghy", "80 people are now being
	// packed into each boat"
	for k := q.te; k < q.te+8 && k < r.hi; k++ {
		w := r.word(k)
		switch w {
		case "", "and", "but", "while":
			k = r.hi // the clause ends
		case "on":
			if r.word(k+1) == "average" {
				return true // "about 53 people each on average"
			}
		case "per", "each", "every", "a":
			// ("67 packed into every boat", "57 into every dinghy")
			b := k + 1
			if r.word(b) == "single" {
				b++
			}
			if w != "a" && !isBoat(r.word(b)) && isBoat(r.word(b+1)) {
				b++ // "into each flimsy dinghy", "per small boat"
			}
			if isBoat(r.word(b)) && (w != "a" || k == q.te || r.word(k-1) == "on" || r.word(k-1) == "in" || r.word(k-1) == "into") {
				return true
			}
			// "came in 17 boats, meaning almost 60 people were squeezed
			// into each one"
			if (w == "each" || w == "every") && r.word(b) == "one" && r.word(k-1) == "into" && r.boatsBefore(q.ts) {
				return true
			}
			// "the boats had become more crowded, rising from 28 people
			// each in 2021"
			if w == "each" && k == q.te+1 && r.is(q.te, fUnitNoun) && r.boatsBefore(q.ts) && (r.word(b) == "" || r.word(b) == "in" || r.word(b) == "on") {
				return true
			}
		}
	}
	if r.boatLoad(q) {
		q.boatLoad = true
		return true
	}
	// "dinghies crammed with up to 70 people"
	if w := r.word(q.ts - 1); w == "with" || w == "by" {
		switch r.word(q.ts - 2) {
		case "crammed", "packed", "loaded", "overloaded", "filled", "squeezed":
			return true
		}
	}
	if r.word(q.te) == "on" && r.word(q.te+1) == "average" || r.word(r.lo) == "on" && r.word(r.lo+1) == "average" {
		return true
	}
	return false
}

// boatsBefore reports whether boats are named in the sentence before token
// i.
func (r *recogniser) boatsBefore(i int) bool {
	for k := r.lo; k < i; k++ {
		if w := r.word(k); isBoat(w) || isBoats(w) {
			return true
		}
	}
	return false
}

func (r *recogniser) changeSign(i int) float64 {
	for k := i - 1; k >= r.lo && k >= i-4; k-- {
		if sg, ok := lookup(r, k, fChangeBefore, changeBefore); ok {
			return sg
		}
	}
	return 1
}

func (r *recogniser) levelOrShare(q *quantity) string {
	if q.unit == "percent" {
		return "share"
	}
	return "level"
}

// attribute works out who states each token: the speaker of a quotation,
// which may run over several paragraphs, or the source named in reported
// speech ("according to the ONS", "X said").
func (d *docState) attribute() {
	d.voice = resize(d.voice, len(d.toks))
	d.sentQuote = resize(d.sentQuote, len(d.sents))
	d.sentOut = resize(d.sentOut, len(d.sents))
	inQuote := false
	quoteSpeaker := ""
	last := &lastName{d: d, sent: -1}
	for si, s := range d.sents {
		startPara := si == 0 || d.toks[s.a].nl > 0
		if startPara {
			// a quotation carries on into a paragraph that opens with a quote mark
			if !isOpenQuote(d.toks[s.a].low) {
				inQuote = false
				quoteSpeaker = ""
			} else if !inQuote {
				quoteSpeaker = ""
			}
		}
		// a person who opens a sentence is whom a later "she said" means
		if s.b-s.a > 2 && d.toks[s.a].kind == tWord && d.toks[s.a+1].kind == tWord && isUpperWord(&d.toks[s.a]) && isUpperWord(&d.toks[s.a+1]) {
			last.sent = si // worked out only if a pronoun needs it
		}
		outside, from := d.reported(s.a, s.b, last)
		// a speaker named in this sentence also owns its quotation
		if outside != "" {
			quoteSpeaker = outside
		} else if quoteSpeaker == "" && startPara && isOpenQuote(d.toks[s.a].low) {
			// the speaker may be named after the quotation: "“...,” she said."
			quoteSpeaker = d.speakerAhead(si, last)
		}
		d.sentQuote[si], d.sentOut[si] = quoteSpeaker, outside
		for i := s.a; i < s.b; i++ {
			if d.toks[i].kind == tPunct {
				switch d.quoteMark(i, inQuote) {
				case 1:
					inQuote = true
				case -1:
					inQuote = false
				}
			}
			switch {
			case inQuote:
				d.voice[i] = 1
			case i >= from:
				d.voice[i] = 2
			}
		}
	}
}

func isOpenQuote(s string) bool { return s == "“" || s == "\"" || s == "‘" }

// speakerAhead looks in the next few sentences of the paragraph for "X said".
func (d *docState) speakerAhead(si int, last *lastName) string {
	for k := si; k < len(d.sents) && k < si+3; k++ {
		if k > si && d.toks[d.sents[k].a].nl > 0 {
			break
		}
		if sp, _ := d.reported(d.sents[k].a, d.sents[k].b, last); sp != "" {
			return sp
		}
	}
	return ""
}

var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "warned": true, "claimed": true, "insisted": true,
	"explained": true, "stated": true, "argued": true, "revealed": true, "admitted": true, "announced": true,
	// "The Migration Observatory estimates …", "the OBR forecasts …"
	"estimates": true, "estimated": true, "forecasts": true, "predicts": true, "predicted": true, "calculated": true,
	"calculates": true, "reported": true, "reports": true,
}

// sourceAdjectives are the words that open a sentence before a source
// noun or a verb of speech without naming a source ("Official figures
// show", "Official estimates show").
var sourceAdjectives = map[string]bool{"official": true, "new": true, "latest": true, "recent": true, "provisional": true,
	"final": true, "published": true, "revised": true, "updated": true, "these": true, "those": true}
var sourceNouns = map[string]bool{"figures": true, "data": true, "statistics": true, "estimates": true, "analysis": true, "research": true}
var speakerTitles = map[string]bool{"spokesperson": true, "spokesman": true, "spokeswoman": true, "source": true, "minister": true, "secretary": true}
var pronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true}

// reported finds who a sentence reports, outside quotation marks, and the
// token from which that holds ("Home Office figures show ..." holds for
// what follows it; "X said" for the whole sentence).
func (d *docState) reported(a, b int, last *lastName) (string, int) {
	depth := false
	for i := a; i < b; i++ {
		t := &d.toks[i]
		if t.kind == tPunct { // quoteMark is 0 for any other token
			switch d.quoteMark(i, depth) {
			case 1:
				depth = true
			case -1:
				depth = false
			}
		}
		if depth || t.kind != tWord || t.flags&(fSpeech|fSource) == 0 {
			continue
		}
		if t.low == "according" && i+1 < b && d.toks[i+1].low == "to" {
			k := i + 2
			if k < b && d.toks[k].low == "the" {
				k++
			}
			if name := d.capRun(k, b, 1); name != "" {
				return name, a
			}
		}
		if t.flags&fSpeech != 0 && t.low != "according" { // speechVerbs[t.low]
			if name := d.capRunBack(i-1, a); name != "" {
				if inLower(pronouns, name) {
					return last.get(), a
				}
				name = stripTitle(name)
				last.set(name)
				return name, a
			}
			if i > a && pronouns[d.toks[i-1].low] {
				return last.get(), a
			}
			k := i + 1
			if k < b && d.toks[k].low == "the" {
				k++
			}
			if name := d.capRun(k, b, 1); name != "" {
				name = stripTitle(name)
				last.set(name)
				return name, a
			}
		}
		if t.flags&fSource != 0 && i+1 < b && (d.toks[i+1].low == "show" || d.toks[i+1].low == "showed" || d.toks[i+1].low == "shows" || d.toks[i+1].low == "suggest") {
			if name := d.capRunBack(i-1, a); name != "" {
				return name, i
			}
		}
	}
	return "", b
}

// capRun reads a run of capitalised words from i ("the Office for National
// Statistics", "Home Secretary Yvette Cooper").
func (d *docState) capRun(i, b, minWords int) string {
	j := i
	n := 0
	for j < b && n < 7 {
		t := &d.toks[j]
		if t.kind == tWord && (isUpperWord(t) || (n > 0 && (t.low == "for" || t.low == "of" || t.low == "and") && j+1 < b && isUpperWord(&d.toks[j+1]))) {
			j++
			n++
			continue
		}
		break
	}
	if n < minWords {
		return ""
	}
	return strings.TrimSuffix(strings.TrimSuffix(d.slice(i, j), "'s"), "’s")
}

// capRunBack reads a run of capitalised words ending at i, going back, and
// takes "a Home Office spokesperson" style titles with it.
func (d *docState) capRunBack(i, a int) string {
	// "The Office for National Statistics (ONS) said": the name before the abbreviation
	if i-2 >= a && d.toks[i].low == ")" && d.toks[i-2].low == "(" {
		i -= 3
	}
	if i < a {
		return ""
	}
	j := i
	for j >= a {
		t := &d.toks[j]
		if t.kind == tWord && (isUpperWord(t) || speakerTitles[t.low]) {
			j--
			continue
		}
		// "Office for National Statistics": a joining word inside a name
		if j < i && j > a && (t.low == "for" || t.low == "of" || t.low == "and") && isUpperWord(&d.toks[j-1]) && d.toks[j-1].kind == tWord {
			j--
			continue
		}
		break
	}
	if j == i {
		return ""
	}
	start := j + 1
	if d.toks[start].low == "the" {
		start++
	}
	if w := d.toks[start].low; w == "a" || w == "an" {
		start++
	}
	if start > i || start == i && sourceAdjectives[d.toks[i].low] {
		return "" // ("Official estimates show": no one's)
	}
	return d.slice(start, i+1)
}

// quoteMark tells whether token i opens (1) or closes (-1) a quotation, or
// is no quote mark (0). A straight quote opens when it is glued to the word
// after it and not to the one before.
func (d *docState) quoteMark(i int, open bool) int {
	t := &d.toks[i]
	if t.kind != tPunct {
		return 0
	}
	switch t.low {
	case "“":
		return 1
	case "”":
		return -1
	case "\"":
		gluedAfter := i+1 < len(d.toks) && d.toks[i+1].adjacentTo(t)
		gluedBefore := i > 0 && t.adjacentTo(&d.toks[i-1])
		switch {
		case gluedAfter && !gluedBefore:
			return 1
		case gluedBefore && !gluedAfter:
			return -1
		case open:
			return -1
		}
		return 1
	}
	return 0
}

// longestOnly drops matches that lie inside a longer one ("Wales" inside
// "England and Wales").
// vetoed drops from the cues ms (in order of start) the not_cues and the
// cues of their measure that stand inside them ("left" in "left behind").
func vetoed(ms []match) []match {
	var buf [8]match
	vs := buf[:0]
	for _, m := range ms {
		if m.veto {
			vs = append(vs, m)
		}
	}
	if len(vs) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		inside := m.veto
		for j := 0; j < len(vs) && !inside; j++ {
			inside = vs[j].target == m.target && vs[j].s <= m.s && m.e <= vs[j].e
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

// notNameHead drops the place names that open a longer name joined by
// hyphens: "Newcastle" of "Newcastle-under-Lyme", "Bradford" of
// "Bradford-on-Avon" are other towns (but "UK-France" names both).
func notNameHead(toks []token, ms []match) []match {
	out := ms[:0]
	for _, m := range ms {
		if e := m.e; e+1 < len(toks) && toks[e].low == "-" && toks[e].adjacentTo(&toks[e-1]) && toks[e+1].adjacentTo(&toks[e]) {
			switch toks[e+1].low {
			case "on", "upon", "under", "super", "le", "en", "by", "in":
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

func longestOnly(ms []match) []match {
	out := ms[:0]
	for i, m := range ms {
		inside := false
		for j, o := range ms {
			if i != j && o.s <= m.s && m.e <= o.e && o.e-o.s > m.e-m.s {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

// refersBack reports whether a sentence points at the period of the one
// before ("during that period", "the same period").
func (d *docState) refersBack(s span) bool {
	for i := s.a + 1; i < s.b; i++ {
		if d.toks[i].low == "period" {
			switch d.toks[i-1].low {
			case "that", "same", "this":
				return true
			}
		}
	}
	return false
}

// comparison reports whether the period at token i is the base of a
// comparison ("than in 2023", "compared with 2022", "on last year").
func (r *recogniser) comparison(i int) bool {
	k := i - 1
	if r.word(k) == "in" || r.word(k) == "the" {
		k--
	}
	// "40% more than at the same point last year"
	if r.word(k) == "point" || r.word(k) == "time" || r.word(k) == "stage" {
		if r.word(k-1) == "same" && r.word(k-2) == "the" && r.word(k-3) == "at" {
			k -= 4
		}
	}
	switch r.word(k) {
	case "than", "on":
		return true
	case "with", "to":
		return r.word(k-1) == "compared"
	}
	// "its highest level since the early 1980s": how long since, after a
	// superlative, not when the figure was
	for k >= r.lo && (r.word(k) == "the" || r.word(k) == "early" || r.word(k) == "late" || r.word(k) == "mid") {
		k--
	}
	return r.word(k) == "since" && r.superlativeBefore(k)
}

// relativeClause reports whether a clause of its own ("…, which came into
// force in March 2024") opens between tokens a and b.
func (r *recogniser) relativeClause(a, b int) bool {
	for k := a; k < b; k++ {
		if r.punct(k) == "," {
			switch r.word(k + 1) {
			case "which", "who", "whose", "reflecting":
				return true
			}
		}
	}
	return false
}

// comparedWith reports whether the number at i is what a figure before it
// is compared with ("compared with our updated estimate of 764,000").
func (r *recogniser) comparedWith(i int) bool {
	// "almost double the £2.12bn spent in 2021-22": the base of a ratio
	if k := i - 1; r.word(k) == "the" {
		switch r.word(k - 1) {
		case "double", "twice", "treble", "triple", "times", "half":
			return true
		}
	}
	for k := i - 1; k >= r.lo && k >= i-7; k-- {
		w := r.word(k)
		if w == "than" && k+1 < i && r.isNum(k+1) {
			return false // "less than 3% of the 17,940": the qualifier of the figure before
		}
		if w == "than" && moreThanVerb(r.word(k+1)) {
			return false // "33,300 more than made up for 13,100 more deaths": no comparison
		}
		if w == "compared" || w == "against" || w == "versus" || w == "than" {
			return true
		}
		// "down almost a fifth on the 870,000 of the year before", "up 4%
		// on 2,310": the base of the change just given
		if w == "on" && (k == i-1 || k == i-2 && r.word(k+1) == "the") {
			for j := k - 1; j >= r.lo && j >= k-6; j-- {
				if w := r.word(j); r.isNum(j) || r.punct(j) == "%" || w == "per" || w == "cent" || w == "percent" || w == "a" || r.is(j, fNumWord) || r.is(j, fQualifier) || fractions[w] != 0 || pluralFractions[w] != 0 {
					continue
				}
				if _, ok := lookup(r, j, fChangeBefore, changeBefore); ok && j < k-1 {
					return true
				}
				break
			}
		}
		if w == "from" && k == i-1 {
			if _, ok := lookup(r, k-1, fChangeBefore, changeBefore); ok {
				return true // "up from 41", "fell from 45,000"
			}
			if r.punct(k-1) == "," && r.changedTo(k-1) {
				return true // "rose to 61, from 53"
			}
			// "up 24% from 8,002", "dropped to 72.8 per cent from 74"
			for j := k - 1; j >= r.lo && j >= k-6; j-- {
				if w := r.word(j); r.isNum(j) || r.punct(j) == "%" || w == "per" || w == "cent" || w == "percent" || w == "to" {
					continue
				}
				if _, ok := lookup(r, j, fChangeBefore, changeBefore); ok && j < k-1 {
					return true
				}
				break
			}
		}
		// ("… falls by more than a third – but almost 29,000 …": the
		// "than" of the figure before is not this one's)
		if t := r.punct(k); t == ";" || t == ":" || t == "," || t == "–" || t == "—" || r.word(k) == "and" || r.word(k) == "but" || r.word(k) == "while" {
			return false
		}
	}
	return false
}

// between reports whether a quantity lies within tokens [a, b).
// beyond reports whether a quantity stands between tokens a and b outside
// brackets: in "431,000 (down 49%) in the year to June" the period is
// 431,000's too.
func (r *recogniser) beyond(qs []quantity, a, b int) bool {
	for i := range qs {
		if qs[i].ts >= a && qs[i].te <= b && !r.bracketed(a, qs[i].ts, b) && !r.attached(&qs[i]) {
			return true
		}
	}
	return false
}

// attached reports whether q is a figure that hangs on the one before it
// in the same clause, and so shares its period: the boats the people came
// in ("1,027 people crossed in 17 boats yesterday") or the whole they are a
// part of ("11,200 of the 104,300 lodged in the year to June").
func (r *recogniser) attached(q *quantity) bool {
	switch r.word(q.ts - 1) {
	case "in", "aboard", "on":
		w := r.word(q.te)
		return isBoats(w) || w == "small" && (isBoats(r.word(q.te+1)) || isBoat(r.word(q.te+1)))
	case "the":
		return r.word(q.ts-2) == "of" && q.ts-3 >= r.lo && r.toks[q.ts-3].kind == tNum
	}
	return false
}

// bracketed reports whether token i, between a and b, is inside a bracket
// that opens and closes between them.
func (r *recogniser) bracketed(a, i, b int) bool {
	open := -1
	for k := a; k < i; k++ {
		switch r.punct(k) {
		case "(":
			open = k
		case ")":
			open = -1
		}
	}
	if open < 0 {
		return false
	}
	for k := i; k < b; k++ {
		if r.punct(k) == ")" {
			return true
		}
	}
	return false
}

// isFurniture reports whether the paragraph starting at token i is page
// furniture: "READ MORE: ...", "Sign up to our newsletter", "Published 5 July".
func (d *docState) isFurniture(i int) bool {
	// skip leading punctuation and look at the words only
	for i < len(d.toks) && d.toks[i].kind == tPunct && d.toks[i].low != "-" {
		i++
	}
	d.furn = d.x.lx.furniture.find(d.toks, d.text, i, minInt(len(d.toks), i+6), d.furn[:0])
	for _, m := range d.furn {
		if m.s != i {
			continue
		}
		if m.target >= d.x.lx.headingFrom {
			// "More from UK": a link heading is a short line of words
			if d.shortWordLine(m.e, 3) {
				return true
			}
			continue
		}
		// "More than 1,100 migrants ...", "Sponsored study visas rose by
		// 3% ..." and "Published figures show ..." are prose: one word is
		// furniture only as a label ("MORE:", "Watch |") or a short line
		// ("Published 5 July 2024, 12:01am", "Advertisement")
		// (so is a time stamp: "First published 9 July 2026, 17:32",
		// not "First published at 431,000 last May, it was cut to …")
		if (m.e-m.s == 1 || stamp[d.toks[m.e-1].low]) && !d.labelOrShortLine(m.e) {
			continue
		}
		return true
	}
	return false
}

// stamp are the last words of the furniture phrases that stamp a page with
// its time ("Published", "First published", "Last updated").
var stamp = map[string]bool{"published": true, "updated": true}

// furnitureSentence reports whether the sentence starting at token i,
// inside a paragraph, opens with a furniture phrase of two words or more
// ("Support our journalism from £3.", "If you found this useful, please
// support our work"): one word ("More", "Share") is too often prose.
func (d *docState) furnitureSentence(i int) bool {
	if d.toks[i].flags&fFurniture == 0 {
		return false // (no furniture phrase starts with this word)
	}
	d.furn = d.x.lx.furniture.find(d.toks, d.text, i, minInt(len(d.toks), i+6), d.furn[:0])
	for _, m := range d.furn {
		// ("Subscribe: 12 issues for £12": one word as a label)
		// (a time stamp is a line of its own: "… moved twice. First
		// published at 431,000 last May, it was cut …" is prose)
		if m.s == i && (m.e-m.s >= 2 || m.e < len(d.toks) && d.toks[m.e].low == ":" && d.toks[i].low != "share") && m.target < d.x.lx.headingFrom && !stamp[d.toks[m.e-1].low] {
			return true
		}
	}
	return false
}

// shortWordLine reports whether the line ends within n tokens from token i
// and those tokens are words (a colon may end it): "More from | UK".
func (d *docState) shortWordLine(i, n int) bool {
	for k := i; k <= i+n; k++ {
		if k >= len(d.toks) || d.toks[k].nl > 0 {
			return true
		}
		if d.toks[k].kind != tWord && !(d.toks[k].low == ":" && (k+1 >= len(d.toks) || d.toks[k+1].nl > 0)) {
			return false
		}
	}
	return false
}

// madeUp reports "made up 12%", "make up", where "up" is no rise.
// labelOrShortLine reports whether token i, after a line's first word,
// makes that word a label (a colon, bar or dash follows) or whether the
// line ends within a few tokens, as a dateline or a link does.
// headingLine reports whether the line that starts at token i holds a
// furniture phrase and nothing else ("More on this story", "Read more"):
// the heading of a list of links.
func (d *docState) headingLine(i int) bool {
	for i < len(d.toks) && d.toks[i].kind == tPunct {
		i++
	}
	switch d.toks[i].low {
	case "share", "save", "published", "updated", "last", "first", "advertisement", "bookmark", "copy", "comment", "comments", "sign", "subscribe", "sponsored", "total", "vote":
		return false // ("Share", "Published 3 August": a notice heads no list of links)
	}
	for _, m := range d.furn {
		if m.s != i {
			continue
		}
		// ("Related fact checks", "More on this story": a few words may
		// follow the phrase; "Darllenwch fwy / Read more": in two languages)
		for k := m.e; k <= m.e+3; k++ {
			if k >= len(d.toks) || d.toks[k].nl > 0 {
				return true
			}
			if d.toks[k].kind != tWord && d.toks[k].low != "/" {
				// ("Further reading:")
				if d.toks[k].low == ":" && (k+1 >= len(d.toks) || d.toks[k+1].nl > 0) {
					return true
				}
				break
			}
		}
	}
	return false
}

// linkTitle reports whether the line that starts at token i reads as the
// title of a link: short, and not ended as a sentence is ("Four migrants
// flown to Rwanda under voluntary scheme").
func (d *docState) linkTitle(i int) bool {
	k := i + 1
	for k < len(d.toks) && d.toks[k].nl == 0 {
		k++
	}
	if k-i > 16 {
		return false
	}
	// "Did 1 in 3 new jobs really go to migrants?", "- Is the appeals
	// backlog really 100,000?", "Asylum claims by people arriving on visas
	// - what are the rules?": a question of one line, under a heading of
	// links, is the title of a link too
	if d.toks[k-1].low == "?" {
		return true
	}
	switch d.toks[k-1].low {
	case ".", "!", "?", "\"", "”", ":", "’":
		return false
	}
	return true
}

func (d *docState) labelOrShortLine(i int) bool {
	if i >= len(d.toks) || d.toks[i].nl > 0 {
		return true
	}
	if d.toks[i].kind == tPunct {
		switch d.toks[i].low {
		case ":", "|", "-", "–", "—", "•", ">":
			return true
		}
	}
	if d.toks[i-1].low == "more" {
		return false // "More than 1,100 migrants": "more" as a label needs a colon
	}
	for k := i; k < len(d.toks) && k < i+12; k++ {
		if d.toks[k].nl > 0 {
			return true
		}
	}
	return i+12 > len(d.toks)
}

func madeUp(before, w string) bool {
	if w != "up" {
		return false
	}
	switch before {
	case "made", "make", "makes", "making", "account", "accounted", "sum", "summed", "end", "ended", "ending", "back", "set", "added", "add", "adds", "total", "totalled", "totaled",
		"picked", "pick", "picks", "picking", "rounded", "locked", "signed", "taken", "took", "turned", "held", "brought", "scooped",
		"broken", "broke", "break", "breaking", "split", "dried", "snapped", "tied", "run", "ran", "runs", "running", "racked", "rack", "racking", "clocked", "clock", "clocking", "notched", "notch", "chalked",
		"eats", "eat", "ate", "eaten", "eating", "swallows", "swallowed", "swallowing", "soaks", "soaked", "soaking", "gobbles", "gobbled", "gobbling",
		"uses", "used", "use", "using", "takes", "take", "taking", "mops", "mopped", "mopping":
		return true
	}
	return false
}

// levelCrossing reports "fell below 1,000", "rose above 50%": the verb
// moves the level past a threshold, which is the figure's level.
func (r *recogniser) levelCrossing(q *quantity) bool {
	switch r.word(q.ts) {
	case "below", "above", "under", "over", "past":
		return true
	}
	return false
}

// thanWithin reports whether "than" stands within n tokens from i.
// thanTimeWithin reports whether "than" and a time follow within n tokens
// of i ("2,000 more people arrived this year than last", "… than in 2024"):
// a change over time, not a difference between two flows.
func (r *recogniser) thanTimeWithin(i, n int) bool {
	for k := i; k < i+n && k < r.hi; k++ {
		if r.word(k) == "than" {
			switch r.word(k + 1) {
			case "last", "in", "during", "before":
				return true
			case "a", "the":
				switch r.word(k + 2) {
				case "year", "month", "week", "decade", "previous", "same", "last":
					return true // "than a year earlier", "than the previous year"
				}
				return false
			}
			return r.isNum(k+1) && len(r.text(k+1)) == 4
		}
		if r.toks[k].kind == tPunct {
			return false
		}
	}
	return false
}

func (r *recogniser) thanWithin(i, n int) bool {
	for k := i; k < i+n && k < r.hi; k++ {
		if r.word(k) == "than" {
			return true
		}
		if r.toks[k].kind == tPunct {
			return false
		}
	}
	return false
}

// titles that stand before a name: "Home Secretary Maria Lopez" is Maria Lopez.
var titleWords = map[string]bool{"secretary": true, "minister": true, "chancellor": true, "mp": true, "leader": true,
	"chief": true, "director": true, "commissioner": true, "mayor": true, "president": true, "chair": true,
	"chairman": true, "chairwoman": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "editor": true,
	"correspondent": true, "officer": true, "executive": true, "head": true, "shadow": true, "peer": true, "councillor": true}

// stripTitle keeps the name after a title; a title with no name after it
// ("A Home Office spokesperson") is kept whole.
//
// It reads the words as strings.Fields splits them, without allocating
// unless the name after the title is spaced other than by single spaces.
func stripTitle(name string) string {
	cut, n := -1, 0 // the last title word; the number of words
	after := 0      // the byte offset of the first word after the title
	single := true  // the words after the title are separated by single spaces
	prevEnd := -1   // the end of the word before, after the title
	for i := 0; i < len(name); {
		r, sz := utf8.DecodeRuneInString(name[i:])
		if unicode.IsSpace(r) {
			i += sz
			continue
		}
		a := i
		for i < len(name) {
			r, sz := utf8.DecodeRuneInString(name[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += sz
		}
		if inLower(titleWords, name[a:i]) {
			cut, after, single, prevEnd = n, i, true, -1
		} else if cut >= 0 {
			if prevEnd < 0 {
				after = a
			} else if a-prevEnd != 1 || name[prevEnd] != ' ' {
				single = false
			}
			prevEnd = i
		}
		n++
	}
	if cut >= 0 && n-cut-1 >= 2 {
		if single {
			return name[after:prevEnd]
		}
		return strings.Join(strings.Fields(name)[cut+1:], " ")
	}
	return name
}

// inLower reports whether the lower-case form of w is a key of m, without
// allocating for a short ASCII w.
func inLower(m map[string]bool, w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}

// anaphoric reports whether a sentence opens by pointing back at a figure
// already given: "It", "This", "The figure", "That number".
// backToWords reports whether sentence si refers back ("The count fell
// …") to the sentence before it, and that one has no figure of its own.
func (d *docState) backToWords(si int, prev []model.Mention) bool {
	if si == 0 || !d.anaphoric(si) {
		return false
	}
	if k := d.sents[si].a + 2; k < len(d.toks) && d.toks[k].low == "of" {
		return false // "The number of appeals waiting …" names what it counts
	}
	for i := len(prev) - 1; i >= 0; i-- {
		if d.msent[i] < si {
			return d.msent[i] < si-1
		}
	}
	return true
}

// flowPair reads a sentence that gives arrivals and departures as a pair
// of figures ("Some 802,000 people arrived and 654,000 left"): immigration
// for the figure that arrived, emigration for the one that left; "" when
// the sentence is not such a pair or speaks of boats or the Channel.
func (r *recogniser) flowPair(q *quantity) string {
	// ("263,000 British nationals left the UK and 121,000 returned": those
	// who come home are immigration)
	nationals, read, boats := false, false, false
	sentence := func() bool { // false when the sentence speaks of boats
		if !read {
			read = true
			for k := r.lo; k < r.hi; k++ {
				switch r.word(k) {
				case "boat", "boats", "channel", "crossed", "dinghies", "dinghy":
					boats = true
				case "british", "nationals", "citizens", "britons":
					nationals = true
				}
			}
		}
		return !boats
	}
	verbAfter := func(k int) (string, int) {
		// (past the group: "144,000 EU nationals emigrated")
		for j := 0; j < 3; j++ {
			switch r.word(k) {
			case "eu", "non", "-", "british", "irish", "foreign":
				k++
				continue
			}
			break
		}
		switch r.word(k) {
		case "people", "migrants", "nationals", "citizens", "britons":
			k++
		}
		if r.word(k) == "who" || r.word(k) == "that" {
			k++ // "the 812,000 people who arrived … and the 629,000 who left"
		}
		switch r.word(k) {
		case "arrived", "came", "immigrated", "arriving", "coming":
			return "in", k
		case "moved", "went":
			if w := r.word(k + 1); w == "to" && r.word(k) == "moved" || w == "here" {
				return "in", k // "812,000 people moved to the UK"
			}
			if w := r.word(k + 1); w == "overseas" || w == "abroad" || w == "away" {
				return "out", k // "15,600 moved overseas", "the 642,000 who moved away"
			}
			// "while 614,200 moved the other way", "went in the other
			// direction": the other way from the figure it is paired with
			if r.word(k+1) == "the" && r.word(k+2) == "other" && r.word(k+3) == "way" ||
				r.word(k+1) == "in" && r.word(k+2) == "the" && (r.word(k+3) == "other" || r.word(k+3) == "opposite") && r.word(k+4) == "direction" {
				return "opp", k
			}
		case "returned", "returning":
			if sentence() && nationals {
				return "in", k
			}
			// ("Some 241,000 emigrated and 144,000 returned": those who
			// come back, when paired with those who left)
			return "back", k
		case "left", "departed", "emigrated", "departing", "leaving":
			return "out", k
		}
		return "", k
	}
	dir, v := verbAfter(q.te)
	if dir == "" || !sentence() {
		return ""
	}
	// the other figure of the pair: after "and" following this one's verb
	// ("arrived in 2025 and 654,000 left"), or before this one's "and"
	// ("263,000 left the UK and 121,000 returned"), in the same clause
	other := ""
	for k := v + 1; k < r.hi && k <= v+14; k++ {
		if r.punct(k) != "" && !(r.punct(k) == "," && (r.word(k+1) == "while" || r.word(k+1) == "whereas")) {
			break // (", while 614,200 moved the other way" goes on)
		}
		if w := r.word(k); w == "and" || w == "while" || w == "whereas" {
			if w := r.word(k + 1); w == "the" || w == "only" || w == "just" {
				k++
			}
			if r.isNum(k + 1) {
				other, _ = verbAfter(k + 2)
			}
			break
		}
	}
	and := q.ts - 1
	if w := r.word(and); w == "the" || w == "only" || w == "just" {
		and-- // "and only 63,000 arriving"
	}
	// ("Immigration totalled 812,000, with 641,000 people leaving": the
	// flow whose level a figure with no verb of its own gives)
	if w := r.word(and); other == "" && w == "with" && r.punct(and-1) == "," {
		for k := and - 2; k > r.lo && k >= and-16; k-- {
			if !r.isNum(k) {
				continue
			}
			for j := k - 1; j >= r.lo && j >= k-8 && r.punct(j) == ""; j-- {
				switch flowWord(r.word(j)) {
				case 1:
					other = "in"
				case -1:
					other = "out"
				}
			}
			break
		}
	}
	if w := r.word(and); other == "" && (w == "and" || w == "while" || w == "whereas") {
		for k := and - 1; k > r.lo && k >= and-16; k-- {
			// (commas may stand between: "252,000 emigrated in 2025, up by
			// half since 2019, while 141,000 returned")
			// (nor a hyphen within a word: "moved to the UK long-term")
			if p := r.punct(k); p != "" && !(p == "," && r.word(and) != "and") && !(p == "-" && r.toks[k].adjacentTo(&r.toks[k-1])) {
				break
			}
			if r.isNum(k) {
				if o, e := verbAfter(k + 1); o != "" && e < q.ts {
					other = o
					break
				}
			}
		}
	}
	switch {
	case dir == "opp" && other == "in":
		dir = "out"
	case dir == "opp" && other == "out":
		dir = "in"
	case other == "opp" && dir == "in":
		other = "out"
	case other == "opp" && dir == "out":
		other = "in"
	}
	switch {
	case (dir == "in" || dir == "back") && other == "out":
		return "immigration"
	case dir == "out" && (other == "in" || other == "back"):
		return "emigration"
	}
	return ""
}

// ukCode is the GSS code of the United Kingdom as a whole.
const ukCode = "K02000001"

// internalMove reports whether the clause of q says that people moved
// from one part of the UK to another: a part of the UK (not the UK itself)
// named after "from" ("from England", "from other parts of the UK"), or
// "to other parts of the UK".
//
// A figure that is not its sentence's first is left alone: "Net migration
// added 48,760, with 33,940 from overseas and 14,820 from the rest of the
// UK" breaks the net migration down, and a breakdown keeps its measure.
func (d *docState) internalMove(r *recogniser, q *quantity) bool {
	if len(d.qs) == 0 || d.qs[0].ts != q.ts && !d.opensClause(r, q) {
		return false
	}
	lx := d.x.lx
	for _, p := range d.sentPlaces {
		if p.s < q.te || !lx.ukPart[p.target] || lx.places[p.target].Code == ukCode {
			continue
		}
		k := p.s - 1
		if r.word(k) == "the" {
			k--
		}
		if r.word(k) == "from" && !d.clauseBreak(q.te, k) && !d.figureBetween(q.te, k) {
			return true
		}
	}
	for k := q.te; k+4 < r.hi && k < q.te+14; k++ {
		if w := r.word(k); (w == "from" || w == "to") && r.restOfUK(k+1) && !d.clauseBreak(q.te, k) {
			// ("Net migration from overseas added 36,700 and moves from
			// the rest of the UK another 15,200": a clause of its own,
			// whose figure comes after the place)
			return !d.figureBetween(q.te, k) && !(slices.ContainsFunc(d.toks[q.te:k], func(t token) bool { return t.low == "and" }) && d.figureBetween(k+1, r.hi))
		}
	}
	return false
}

// opensClause reports whether q is the first figure of a clause that
// "while", "whereas" or a semicolon opens: "Net international migration
// added 13,900, while 7,600 more moved to Wales from other parts of the UK
// than left for them".
func (d *docState) opensClause(r *recogniser, q *quantity) bool {
	for k := q.ts - 1; k > r.lo; k-- {
		if r.isNum(k) {
			return false
		}
		if w := r.word(k); w == "while" || w == "whereas" || r.punct(k) == ";" {
			return true
		}
	}
	return false
}

// council returns the area of the local council that sentence s names
// ("Skellbridge Metropolitan Borough Council", "Croydon Council"), or of
// the one the document named last before it when s speaks of "the
// council"; or "".
func (d *docState) council(s span) string {
	name, the := d.councilIn(s)
	if name != "" || !the {
		return name
	}
	if !d.councilsRead {
		d.readCouncils()
	}
	for i := len(d.councils) - 1; i >= 0; i-- {
		if d.councils[i].at < s.a {
			return d.councils[i].name
		}
	}
	return ""
}

// councilIn returns the council sentence s names, and whether it speaks
// of "the council" or "its council".
func (d *docState) councilIn(s span) (name string, the bool) {
	for k := s.a; k < s.b; k++ {
		t := &d.toks[k]
		if t.low != "council" {
			continue
		}
		if n := d.councilName(k); n != "" {
			return n, the
		}
		if k > s.a && (d.toks[k-1].low == "the" || d.toks[k-1].low == "its") {
			the = true
			// "In Croydon, the council is spending £1.2m a month"
			if j := k - 4; j >= s.a && d.toks[j].low == "in" && d.toks[j+1].kind == tWord && d.toks[j+1].upper && d.toks[j+2].low == "," {
				return d.text[d.toks[j+1].bs:d.toks[j+1].be], the
			}
		}
	}
	return "", the
}

// readCouncils lists the councils the document names, sentence by
// sentence, figures or not ("… turning to Liverpool City Council for
// help …"), for the sentences that speak of "the council" after them.
func (d *docState) readCouncils() {
	d.councilsRead = true
	d.councils = d.councils[:0]
	// only the sentences whose text has "council" in it
	last := -1
	for _, stem := range []string{"ouncil", "OUNCIL"} {
		for off := 0; ; {
			i := strings.Index(d.text[off:], stem)
			if i < 0 {
				break
			}
			off += i + len(stem)
			si := sort.Search(len(d.sents), func(k int) bool { return int(d.toks[d.sents[k].b-1].be) >= off })
			if si >= len(d.sents) || si == last {
				continue
			}
			last = si
			if name, _ := d.councilIn(d.sents[si]); name != "" {
				d.councils = append(d.councils, namedCouncil{at: d.sents[si].a, name: name})
			}
		}
	}
	// (the two stems' sentences, merged in the order of the text)
	slices.SortStableFunc(d.councils, func(a, b namedCouncil) int { return a.at - b.at })
}

// namedCouncil is a council a document names, and the first token of the
// sentence that names it.
type namedCouncil struct {
	at   int
	name string
}

// councilName reads the place before "Council" at token k: capitalised
// words, over the kinds of council ("Metropolitan Borough"), that are not
// a body's ("the Refugee Council").
func (d *docState) councilName(k int) string {
	t := &d.toks[k]
	if !t.upper {
		return ""
	}
	e := k // the end of the name
	for e > 0 && d.toks[e].nl == 0 && d.toks[e-1].kind == tWord && d.toks[e-1].upper && councilKinds[d.toks[e-1].low] {
		e--
	}
	if d.toks[e].nl > 0 {
		return "" // "News | Politics" over "Council tax to rise": no name on the line
	}
	// one capitalised word, or two when the first does not open the
	// sentence or line ("Tower Hamlets Council"; not "Yesterday Croydon")
	b := e - 1
	if b < 0 || d.toks[b].kind != tWord || !d.toks[b].upper {
		return ""
	}
	if a := b - 1; a >= 0 && d.toks[b].nl == 0 && d.toks[a].kind == tWord && d.toks[a].upper && d.toks[a].nl == 0 && a > 0 && d.toks[a-1].kind == tWord {
		b = a
	}
	for j := b; j < e; j++ {
		if d.x.lx.notCouncil[d.toks[j].low] {
			return ""
		}
	}
	name := d.text[d.toks[b].bs:d.toks[e-1].be]
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	if strings.ToUpper(name) == name {
		// "BRACKENFORD Borough Council": a tabloid's capitals
		name = name[:1] + strings.ToLower(name[1:])
	}
	return name
}

// councilKinds are the words between a council's place and "Council".
var councilKinds = map[string]bool{"metropolitan": true, "borough": true, "district": true, "city": true, "county": true, "town": true}

// fromTo reports whether q is one end of "from X to Y": the word before it
// is "from", or "to" after a figure that follows "from".
func (r *recogniser) fromTo(q *quantity) bool {
	switch r.word(q.ts - 1) {
	case "from":
		return true
	case "to":
		return r.fromBefore(q) >= 0
	}
	return false
}

// fromBefore returns the token "from" of "from X to Y" when q is Y (the
// word before it is "to"; a few words may follow X: "from more than 400
// hotels at its peak to 176"), or -1.
func (r *recogniser) fromBefore(q *quantity) int {
	if r.word(q.ts-1) != "to" {
		return -1
	}
	for k := q.ts - 2; k > r.lo && k >= q.ts-10; k-- {
		if p := r.punct(k); p == "," || p == ";" {
			return -1
		}
		if r.word(k) == "from" {
			for j := k + 1; j < q.ts-1; j++ {
				if r.isNum(j) {
					return k
				}
			}
			return -1
		}
	}
	return -1
}

// moreThanVerb reports whether w is a verb that "more than" qualifies
// ("more than made up for", "more than offset"): not a comparison.
func moreThanVerb(w string) bool {
	switch w {
	case "made", "make", "makes", "offset", "offsets", "covered", "covers", "filled", "fills", "compensated", "cancelled", "outweighed", "balanced":
		return true
	}
	return false
}

// growVerb tells a verb of growing (1) from one of shrinking (-1); 0 for
// any other word.
func growVerb(w string) float64 {
	switch w {
	case "grow", "grows", "grew", "growing", "grown", "rise", "rises", "rising", "risen", "expand", "expanding", "expanded":
		return 1
	case "shrink", "shrinks", "shrank", "shrinking", "shrunk", "decline", "declines", "declining", "declined", "contract", "contracting", "contracted":
		return -1
	}
	return 0
}

// auxAdverb are the adverbs that stand between an auxiliary and its verb:
// "were later returned", "are eventually allowed".
var auxAdverb = map[string]bool{"later": true, "eventually": true, "ultimately": true, "subsequently": true, "finally": true, "then": true, "now": true, "ever": true, "actually": true}

// bareVerb are cue words that are a clause's verb with no auxiliary before
// them: "nearly half of those appeals succeed".
var bareVerb = map[string]bool{"succeed": true, "succeeded": true, "succeeds": true}

// question reports whether sentence si asks a question: its last token,
// before any closing quotation mark, is "?".
func (d *docState) question(si int) bool {
	s := d.sents[si]
	for k := s.b - 1; k >= s.a; k-- {
		switch d.toks[k].low {
		case "?":
			return true
		case "\"", "'", "”", "’":
			continue
		}
		return false
	}
	return false
}

// subjectVerb are the words before a figure that make it a figure of the
// sentence's subject ("Hotels in use dropped to 158", "stood at", "were
// 41"), not the object of a verb ("sites hold 1,100", "hotels housed 30,400").
var subjectVerb = map[string]bool{"to": true, "at": true, "by": true, "from": true, "was": true, "were": true, "is": true, "are": true, "numbered": true, "totalled": true, "totaled": true}

// yearToken reports whether token i is a year: "in 2023".
func (r *recogniser) yearToken(i int) bool {
	_, ok := r.year(i)
	return ok
}

// forEvery reports whether q is a count set against each of another:
// "for every" or "for each" follows it in its clause, or opens the
// sentence before it ("For each person aged 65 and over there were 3.2").
func (r *recogniser) forEvery(q *quantity) bool {
	if !q.hasValue || q.value >= 100 {
		return false // "420 people for every …" is a count
	}
	for k := q.te; k < r.hi-1 && k < q.te+8; k++ {
		if r.word(k) == "for" && (r.word(k+1) == "every" || r.word(k+1) == "each") {
			return true
		}
		if p := r.punct(k); p != "" && p != "-" {
			break
		}
	}
	k := r.lo
	for k < q.ts && r.punct(k) != "" {
		k++
	}
	if r.word(k) == "for" && (r.word(k+1) == "every" || r.word(k+1) == "each") && k+2 < q.ts {
		return true
	}
	return r.forEveryBefore(q.ts)
}

// forEveryBase returns the number after the "for every" or "for each"
// that sets q against another count, in q's clause after it ("eight left
// for every ten who arrived": 10) or before it ("For every ten people who
// came, almost eight left": 10); 0 when none is given.
func (r *recogniser) forEveryBase(q *quantity) float64 {
	at := -1
	for k := q.te; k < r.hi-2 && k < q.te+8; k++ {
		if r.word(k) == "for" && (r.word(k+1) == "every" || r.word(k+1) == "each") {
			at = k + 2
			break
		}
		if p := r.punct(k); p != "" && p != "-" {
			break
		}
	}
	for k := q.ts - 2; at < 0 && k >= r.lo; k-- {
		if r.word(k) == "for" && (r.word(k+1) == "every" || r.word(k+1) == "each") {
			at = k + 2
		}
	}
	switch {
	case at < 0 || at >= q.ts && at < q.te:
		return 0
	case r.isNum(at):
		if v, err := strconv.ParseFloat(stripCommas(r.text(at)), 64); err == nil && v > 0 {
			return v
		}
	default:
		if v, _, frac, ok := r.parseWords(at); ok && !frac && v > 1 {
			return v
		}
	}
	return 0
}

// forEveryBefore reports whether a clause of its own opening "for every"
// or "for each" stands before token i, with no figure in it: "In other
// words, for every migrant stopped, 1.6 got through".
func (r *recogniser) forEveryBefore(i int) bool {
	comma := false
	for k := i - 1; k >= r.lo; k-- {
		if r.isNum(k) {
			return false
		}
		comma = comma || r.punct(k) == ","
		if r.word(k) == "for" && (r.word(k+1) == "every" || r.word(k+1) == "each") && k+2 < i {
			return comma
		}
	}
	return false
}

// inUseAfter reports whether a count ending at token i is followed by
// "(still) in use", "(still|remain) open", "(were) in service" or "(were)
// being used": a count of hotels or sites.
func (r *recogniser) inUseAfter(i int) bool {
	switch r.word(i) {
	case "are", "were", "is", "was":
		i++ // "197 are still open", "197 were still in service"
	}
	switch r.word(i) {
	case "still", "remain", "remained", "remaining", "now":
		i++
	}
	switch r.word(i) {
	case "in":
		w := r.word(i + 1)
		return w == "use" || w == "service" || w == "operation"
	case "open":
		return true
	case "being":
		return r.word(i+1) == "used" // "around 400 were being used"
	}
	return false
}

// firstCount reports whether no figure of sentence si but a multiple
// ("doubled", "three times") comes before the one being read.
func (d *docState) firstCount(si int, prev []model.Mention) bool {
	for k := len(prev) - 1; k >= 0 && d.msent[k] == si; k-- {
		if prev[k].Statistic != "ratio" {
			return false
		}
	}
	return true
}

// subjectUnit returns the unit of the plural noun a sentence opens with
// ("Hotels in use", "The asylum hotels still open", "International
// recruits starting care jobs"), when no number stands between it and
// token i; or "".
func (r *recogniser) subjectUnit(i int) string {
	k := r.lo
	if r.word(k) == "the" {
		k++
	}
	unit := ""
	for lim := r.lo + 4; k < i && k < lim; k++ {
		// ("Self-harm incidents rose to 487": over the hyphen of a
		// compound)
		if r.punct(k) == "-" && r.adjacent(k) {
			lim++
			continue
		}
		u, ok := lookup(r, k, fUnitNoun, unitNouns)
		if !ok || u == "" {
			switch r.word(k) {
			case "", "number", "total", "count", "figure", "share", "in", "of", "at", "on", "for", "with", "from":
				return "" // "The number in hotels is down to 35,000": people
			}
			continue
		}
		unit = u
		// the head of a compound: "Small boat arrivals" counts people
		for k+1 < i {
			u2, ok := lookup(r, k+1, fUnitNoun, unitNouns)
			if !ok || u2 == "" {
				break
			}
			k, unit = k+1, u2
		}
		break
	}
	if unit == "" {
		return ""
	}
	for k++; k < i; k++ {
		if r.isNum(k) {
			return ""
		}
	}
	return unit
}

// unitNounBefore reports whether a counted noun stands in the sentence
// before token i: "106,800 people were on support, 29,870 of them in hotels".
func (d *docState) unitNounBefore(r *recogniser, i int) bool {
	for k := r.lo; k < i; k++ {
		if u, ok := lookup(r, k, fUnitNoun, unitNouns); ok && u != "" && u != "years" {
			return true
		}
	}
	return false
}

// unitBefore returns the unit of what the sentence before si counts, when
// it is not people: "A second chart shows boats per year."
func (d *docState) unitBefore(si int) string {
	s := d.sents[si-1]
	r := &recogniser{toks: d.toks, lo: s.a, hi: s.b, src: d.text}
	for k := s.a; k < s.b; k++ {
		if u, ok := lookup(r, k, fUnitNoun, unitNouns); ok && u != "" && u != "years" {
			if u == "persons" {
				return "" // "how many people were detected arriving in small boats"
			}
			return u
		}
	}
	return ""
}

// figureLine reports whether sentence si is a line that holds nothing but
// the figure q: a heading of an "in numbers" piece, which the line after it
// explains ("1,960" over "The number sent back across the Channel …").
func (d *docState) figureLine(si int, q *quantity) bool {
	s := d.sents[si]
	return q.ts == s.a && q.te == s.b && si+1 < len(d.sents) && d.toks[d.sents[si+1].a].nl > 0
}

func (d *docState) anaphoric(si int) bool {
	if d.sentAnaphoric >= 0 && si == d.curSent {
		return d.sentAnaphoric == 1
	}
	a := d.refersToBefore(si)
	if si == d.curSent {
		d.sentAnaphoric = 0
		if a {
			d.sentAnaphoric = 1
		}
	}
	return a
}

func (d *docState) refersToBefore(si int) bool {
	s := d.sents[si]
	k := s.a
	for k < s.b && d.toks[k].kind == tPunct {
		k++
	}
	if k >= s.b {
		return false
	}
	switch d.toks[k].low {
	case "it", "this", "that", "which":
		return true
	case "in", "by", "last":
		// "In 2023/24 that was a record £5.38bn": after a period
		for j := k + 1; j < s.b && j <= k+5; j++ {
			switch d.toks[j].low {
			case "that", "this", "it":
				if j+1 >= s.b {
					return false
				}
				switch d.toks[j+1].low {
				case "was", "is", "were", "stood", "reached", "rose", "fell", "came", "totalled", "hit":
					return true
				}
				return false
			}
		}
	}
	return d.namesFigure(si)
}

// namesFigure reports whether sentence si opens by naming the figure
// before it: "The figure now stands at …", "Today that figure is lower".
func (d *docState) namesFigure(si int) bool {
	s := d.sents[si]
	k := s.a
	for k < s.b && d.toks[k].kind == tPunct {
		k++
	}
	for j := k; j < k+2 && j+1 < s.b; j++ {
		// "Last year's total of 42,370", "2024's figure"
		if w := d.toks[j].low; strings.HasSuffix(w, "'s") {
			switch d.toks[j+1].low {
			case "figure", "number", "total", "count", "tally":
				return true
			}
		}
		switch d.toks[j].low {
		case "the":
			if j > k {
				continue // "Despite the rise in claims" does not refer back
			}
			fallthrough
		case "that", "this":
			switch d.toks[j+1].low {
			case "figure", "number", "total", "estimate", "rise", "fall", "increase", "decrease", "count", "tally":
				return true
			}
		}
	}
	return false
}

// elidedBy reports, for the "by" at the end of a short clause that names
// its subject and has no verb ("…, Wales on its own by 3.2%"), the sign of
// the change verb before an earlier "by" of the sentence ("grow by 5.4%").
func (r *recogniser) elidedBy(by int) (float64, bool) {
	k := by - 1
	for k > r.lo && by-k <= 6 && r.punct(k) != "," && r.word(k) != "and" {
		if r.is(k, fChangeBefore) || byVerbs[r.word(k)] != 0 {
			return 0, false
		}
		k--
	}
	if r.punct(k) != "," && r.word(k) != "and" || k+1 >= by || !r.toks[k+1].upper {
		return 0, false // (the clause names its subject first: not ", driven by 200 closures")
	}
	for j := k - 1; j > r.lo && j >= by-30; j-- {
		if r.word(j) != "by" {
			continue
		}
		if sg, ok := lookup(r, j-1, fChangeBefore, changeBefore); ok {
			return sg, true
		}
		if sg := byVerbs[r.word(j-1)]; sg != 0 {
			return sg, true
		}
	}
	return 0, false
}

// ratioBaseUnit returns the unit of the figure a ratio is of, when the
// words after the ratio give it ("more than double Sunday's total of 448":
// people, a bare count; "three times the £4.6bn": GBP), or "".
func (r *recogniser) ratioBaseUnit(q *quantity) string {
	for k := q.te; k < r.hi && k <= q.te+7; k++ {
		if p := r.punct(k); p == "," || p == ";" || p == "." {
			return ""
		}
		if !r.isNum(k) {
			continue
		}
		if t := r.text(k); len(t) == 4 && t >= "1900" && t <= "2100" {
			continue // a year
		}
		if u, ok := currencySigns[r.punct(k-1)]; ok {
			return u
		}
		if u := r.nounUnit(k + 1); u != "" {
			return u
		}
		return "persons" // (a bare count counts people)
	}
	return ""
}

// ratioSubject reports whether the word "ratio" stands in the few words
// before token i, with no figure between: "that ratio stands at about
// 3.3", "the dependency ratio is 0.31".
func (r *recogniser) ratioSubject(i int) bool {
	for k := i - 1; k >= r.lo && k >= i-6; k-- {
		if r.isNum(k) || r.punct(k) != "" {
			return false
		}
		if r.word(k) == "ratio" {
			return true
		}
	}
	return false
}

// averageAgeBefore reports whether "median age" or "average age" stands in
// the words before token i, with no figure between: "the median age in
// Wales is 42.9", "the median age of people arriving on long-term visas is
// around 26".
func (r *recogniser) averageAgeBefore(i int) bool {
	for k := i - 1; k > r.lo && k >= i-14; k-- {
		if r.isNum(k) || r.punct(k) == ";" || r.punct(k) == ":" {
			return false
		}
		if r.word(k) == "age" {
			switch r.word(k - 1) {
			case "median", "average", "mean":
				return true
			}
		}
	}
	return false
}

// perBase reports whether a rate's base follows token i, past a noun or
// two: "per 1,000 residents" after "1.5 claims".
func (r *recogniser) perBase(i int) bool {
	for k := i; k < r.hi && k <= i+2; k++ {
		if r.word(k) == "per" {
			return r.isNum(k + 1)
		}
		if r.word(k) == "" {
			return false
		}
	}
	return false
}

// netBefore reports whether "a net" and a figure stand in the few words
// before the "and" at token and: "a net 39,000 EU citizens and".
func (r *recogniser) netBefore(and int) bool {
	for k := and - 1; k > r.lo && k >= and-6; k-- {
		if r.isNum(k) {
			return r.word(k-1) == "net"
		}
	}
	return false
}

// changedTo reports whether the comma at token c closes "rose to 61" or
// "fell by 6% to 41,000": a level reached by a change.
func (r *recogniser) changedTo(c int) bool {
	for k := c - 1; k >= r.lo && k >= c-8; k-- {
		if r.punct(k) != "" && r.punct(k) != "%" {
			return false
		}
		if r.word(k) == "to" {
			for j := k - 1; j >= r.lo && j >= k-6; j-- {
				if _, ok := changeBefore[r.word(j)]; ok {
					return true
				}
			}
			return false
		}
	}
	return false
}

// described reports whether the word at i says which ones "those" are:
// "90% of those crossing", "of those who arrived", "of those aged 18".
func (r *recogniser) described(i int) bool {
	w := r.word(i)
	if r.word(i-1) == "all" && w != "" && w != "were" && w != "are" && w != "was" && w != "had" && w != "have" {
		return true // "84% of all irregular arrivals": the whole is named
	}
	// ("29% of those removed": the whole is what befell them)
	return w == "who" || w == "that" || w == "aged" || w == "with" || w == "from" || w == "in" || w == "on" || len(w) > 4 && strings.HasSuffix(w, "ing") ||
		pastParticiple[w] || befell[w] || w == "granted" || w == "refused" || w == "resettled" || w == "relocated"
}

// durationAfter reports whether a length of time starts at i: "(more
// than) a year", "six months", "12 weeks"; not "last year".
func (r *recogniser) durationAfter(i int) bool {
	if w := r.word(i); w != "a" && w != "an" && w != "one" && !r.isNum(i) && !r.is(i, fNumWord) {
		return false
	}
	w := r.word(i + 1)
	switch r.word(i + 2) {
	case "earlier", "ago", "before", "previously", "later":
		return false // "29% fewer than a year earlier": a comparison
	}
	return r.is(i+1, fTimeNoun) || w == "year" || w == "years"
}

// comparedAcross reports whether a word that sets one figure against
// another ("to", "with", "against", "than", "versus") stands in tokens
// [a, b).
func (r *recogniser) comparedAcross(a, b int) bool {
	for k := a; k < b; k++ {
		switch r.word(k) {
		case "to", "with", "against", "than", "versus", "vs":
			return true
		}
	}
	return false
}

// withinUK reports whether the sentence speaks of moves within the UK or
// one of its parts: "elsewhere in the UK", "within the UK", "the rest of
// the UK", "other parts of the UK", "the rest of Northern Ireland".
func (r *recogniser) withinUK() bool {
	for k := r.lo; k+2 < r.hi; k++ { // (r.word is "" past the sentence)
		if r.restOfUK(k) || r.word(k) == "within" && r.ukAt(k+1) {
			return true
		}
	}
	return false
}

// restOfUK reports whether the words at k name the rest of the UK or of
// one of its parts: "(the) rest of (the) UK", "(other) parts of Scotland",
// "elsewhere in the UK".
func (r *recogniser) restOfUK(k int) bool {
	if w := r.word(k); w == "the" || w == "other" {
		k++
	}
	switch w := r.word(k); {
	case (w == "rest" || w == "parts") && r.word(k+1) == "of",
		w == "elsewhere" && r.word(k+1) == "in":
		return r.ukAt(k + 2)
	}
	return false
}

// ukAt reports whether the words at k, after an optional "the", name the
// UK or one of its parts.
func (r *recogniser) ukAt(k int) bool {
	if r.word(k) == "the" {
		k++
	}
	switch r.word(k) {
	case "uk", "united", "britain", "england", "scotland", "wales", "northern":
		return true
	}
	return false
}

// stoppedBoats reports whether the few words before token i (the "carrying"
// of "stopped 11 boats carrying …") say boats were stopped, intercepted or
// prevented from leaving.
func (r *recogniser) stoppedBoats(i int) bool {
	boats := false
	for k := i - 1; k >= r.lo && k >= i-5; k-- {
		switch w := r.word(k); w {
		case "stopped", "intercepted", "prevented", "halted", "blocked", "foiled", "thwarted":
			return boats
		case "":
			if r.toks[k].kind != tNum {
				return false
			}
		default:
			boats = boats || isBoat(w) || isBoats(w)
		}
	}
	return false
}

// midYearFigure reports whether the sentence names a mid-year estimate as
// its subject: "the mid-2024 figure", "their mid-2024 estimate",
// "mid-2024's figure", "the estimate for mid-2025" (not "the year to
// mid-2024", nor "the figure for mid-2022 to mid-2023").
func (r *recogniser) midYearFigure() bool {
	for k := r.lo; k+2 < r.hi; k++ {
		if r.toks[k].low != "mid" || r.punct(k+1) != "-" || !r.isNum(k+2) {
			continue
		}
		switch r.word(k + 3) {
		case "figure", "estimate", "estimates":
			switch r.word(k - 1) {
			case "the", "its", "their", "our":
				return true
			}
			return false
		}
		// "revised mid-2024's figure up by 8,300"
		if p := r.punct(k + 3); (p == "'" || p == "’") && r.word(k+4) == "s" {
			switch r.word(k + 5) {
			case "figure", "estimate", "estimates":
				return true
			}
		}
		if r.word(k-1) == "for" && r.word(k+3) != "to" { // (not "the figure for mid-2022 to mid-2023")
			switch r.word(k - 2) {
			case "figure", "estimate", "estimates":
				return true
			}
		}
	}
	return false
}

// revision reports whether the change ending just before token i is a
// revision ("revised up by 41,200"): a change of the estimate, not growth.
func (r *recogniser) revision(i int) bool {
	for k := i - 1; k >= r.lo && k >= i-4; k-- {
		if w := r.word(k); w == "revised" || w == "revision" {
			return true
		}
	}
	// "lowered its estimate for the year to March, by 12,000"
	if r.word(i-1) != "by" {
		return false
	}
	estimate, verb := false, false
	for k := i - 2; k >= r.lo && k >= i-12; k-- {
		switch w := r.word(k); {
		case w == "estimate" || w == "estimates" || w == "figure":
			if verb {
				return true // ("last year's figure was nudged up by 4,100")
			}
			estimate = true
		case byVerbs[w] != 0 || w == "revised" || w == "cut" || w == "nudged" || w == "marked":
			if estimate {
				return true // ("revised its estimate of the mid-2024 population up by 1,900")
			}
			verb = true
		}
	}
	return false
}

// participle returns the token of ", adding" or ", accounting for" that
// opens the clause a quantity starting at token i stands in, or -1.
func (r *recogniser) participle(i int) int {
	for j := i - 1; j > r.lo; j-- {
		switch w := r.word(j); w {
		case "an", "a", "estimated", "another", "further", "some", "for":
			continue
		default:
			if isParticiple(w) && r.punct(j-1) == "," {
				return j
			}
			return -1
		}
	}
	return -1
}

// staffAfter reports whether the count ending at token i is of staff:
// "250 more caseworkers", "100 extra investigators", "some 800 French
// coastal police", "thousands of caseworkers". The first noun that counts
// people ends the search.
func (r *recogniser) staffAfter(i int) bool {
	for k := i; k < i+5 && k < r.hi; k++ {
		w := r.word(k)
		if w == "" {
			if r.punct(k) == "-" {
				continue // "120 additional fee-paid judges"
			}
			return false
		}
		if isStaff(w) {
			return true
		}
		if u, ok := lookup(r, k, fUnitNoun, unitNouns); ok && u != "" {
			return false
		}
	}
	return false
}

// isStaff reports whether w counts staff or places, which no measure of
// the vocabulary counts.
func isStaff(w string) bool {
	switch w {
	case "caseworkers", "investigators", "officers", "staff", "officials", "judges", "interpreters", "agents", "guards", "employees", "beds", "places", "police", "gendarmes", "troops":
		return true
	}
	return false
}

func isBoat(w string) bool {
	return w == "boat" || w == "dinghy" || w == "vessel" || w == "craft" || w == "inflatable"
}

func isBoats(w string) bool {
	return w == "boats" || w == "dinghies" || w == "vessels" || w == "inflatables"
}

// pastParticiple are the first words of cues that, right after a figure's
// noun, say what was done to the people it counts.
var pastParticiple = map[string]bool{"flown": true, "sent": true, "returned": true, "removed": true, "deported": true, "ferried": true, "detained": true, "taken": true}

// befell are the verbs that, right after a count of people, say plainly
// what happened to them: they died, or were rescued or stopped on the way.
var befell = map[string]bool{"die": true, "dies": true, "died": true, "drowned": true, "perished": true, "rescued": true, "intercepted": true, "arrested": true, "absconded": true, "dead": true}

// nounOnly reports whether tokens a to b (at most five) are the words of a
// noun phrase: no verb, preposition or punctuation but a hyphen.
func (d *docState) nounOnly(a, b int) bool {
	if b <= a || b-a > 5 {
		return false
	}
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if t.kind == tPunct {
			if t.low != "-" {
				return false
			}
			continue
		}
		switch t.low {
		case "were", "was", "are", "is", "have", "has", "had", "be", "been", "to", "of", "in", "on", "by", "and", "or", "who", "that", "which", "from", "for", "at", "with":
			return false
		}
	}
	return true
}

func isParticiple(w string) bool {
	switch w {
	case "adding", "contributing", "accounting", "bringing", "pushing", "taking", "representing":
		return true
	}
	return false
}

// clauseJoin are the words that open a new clause after a comma.
var clauseJoin = map[string]bool{"as": true, "so": true, "giving": true, "making": true, "leaving": true, "bringing": true, "taking": true, "meaning": true, "while": true, "whereas": true, "but": true, "and": true, "although": true, "though": true, "with": true}

// inSpan returns the matches (sorted by start) that lie within the
// sentence s.
func inSpan(ms []match, s span) []match {
	lo, hi := 0, len(ms) // the first match at or after s.a, as sort.Search finds it
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ms[m].s < s.a {
			lo = m + 1
		} else {
			hi = m
		}
	}
	hi = lo
	for hi < len(ms) && ms[hi].s < s.b {
		hi++
	}
	return ms[lo:hi]
}

// units of the contract, as bits of a measure's allowed units.
var unitBits = map[string]uint32{"persons": 1, "GBP": 2, "EUR": 4, "USD": 8, "percent": 16, "boats": 32, "years": 64, "cases": 128, "other": 256}

func unitBit(u string) uint32 {
	switch u { // without a map lookup: this is asked for every figure
	case "persons":
		return 1
	case "GBP":
		return 2
	case "EUR":
		return 4
	case "USD":
		return 8
	case "percent":
		return 16
	case "boats":
		return 32
	case "years":
		return 64
	case "cases":
		return 128
	case "other":
		return 256
	}
	return 0
}

// lastName is the person a pronoun ("she said") refers to: the last speaker
// named, or the person who opened a later sentence, worked out only when a
// pronoun asks for it.
type lastName struct {
	d    *docState
	name string
	sent int // a sentence opening with a name not yet read; -1 when none
}

func (l *lastName) get() string {
	if l.sent >= 0 {
		s := l.d.sents[l.sent]
		if name := l.d.capRun(s.a, s.b, 2); name != "" && !strings.HasPrefix(name, "The ") {
			l.name = stripTitle(name)
		}
		l.sent = -1
	}
	return l.name
}

func (l *lastName) set(name string) { l.name, l.sent = name, -1 }

// coordinated reports whether the number at token i is joined by "and" or
// "or" to the figure p just before it ("up from 49 in 2023 and 41 in
// 2022"): it is the same kind of figure.
func (d *docState) coordinated(i int, p model.Mention) bool {
	if i > 1 && (d.toks[i-1].low == "just" || d.toks[i-1].low == "only") {
		i-- // "compared with 53 in 2024 and just 13 in 2020"
	}
	if i > 2 && d.toks[i-1].low == "from" && (d.toks[i-2].low == "and" || d.toks[i-2].low == "or") {
		i-- // "up from 52 in 2024 and from 13 in 2020"
	}
	if i < 1 || (d.toks[i-1].low != "and" && d.toks[i-1].low != "or") {
		return false
	}
	n := 0
	for k := i - 2; k >= 0 && n < 8; k, n = k-1, n+1 {
		if int(d.toks[k].e) <= p.End {
			return true
		}
		if d.toks[k].kind == tPunct && d.toks[k].low != "," {
			return false
		}
	}
	return false
}

// groupIsWhole reports whether the figure q is a share "of" a group named
// by measure t that is followed by what the group did: "4% of small-boat
// arrivals claimed asylum", but not "a third of claims came from people
// who crossed" or "under 5% of those who crossed have been returned", where
// the group is described after a noun or a pronoun, or what the share is
// of stands before the figure ("returning fewer than one in 20 small-boat
// arrivals").
func (d *docState) groupIsWhole(r *recogniser, q *quantity, t int) bool {
	k := d.wholeAt(r, q)
	for _, c := range d.sentCues {
		if c.e <= q.ts && c.target != t && c.weight >= 2 && slices.Contains(d.x.lx.groupIn[t], c.target) {
			return false // what the share is of stands before the figure
		}
	}
	for _, c := range d.sentCues {
		if c.s == k && c.target == t && c.weight >= 2 {
			return true // (not a weak word: "4% of the migrants who crossed")
		}
	}
	return false
}

// strongCue reports whether the sentence names measure t by a cue of
// weight 3 or more ("irregular", "returned"), not only by a word other
// measures share ("arrivals").
func (d *docState) strongCue(t int) bool {
	for _, c := range d.sentCues {
		if c.target == t && c.weight >= 3 {
			return true
		}
	}
	return false
}

// forGroupFigure reports whether q is given as "the figure" of a group a
// clause opening with "for" names: "For non-EU nationals the figure was
// 338,000", "For Wales, the number stood at 3,100", "while for non-EU
// nationals it was plus 304,000".
func (d *docState) forGroupFigure(r *recogniser, si int, q *quantity) bool {
	s := d.sents[si]
	k := d.figureSubject(r, q)
	if k < 0 {
		return false
	}
	for j := k - 1; j >= s.a && j >= k-6; j-- {
		if d.toks[j].low == "for" {
			return j == s.a || d.toks[j-1].low == "while" || d.toks[j-1].low == "and" || d.toks[j-1].low == "but" || d.toks[j-1].low == ","
		}
	}
	return false
}

// pronounOpens reports whether sentence si opens with "That", "This" or
// "It" and a form of "to be": "That is down from 210".
func (d *docState) pronounOpens(si int) bool {
	s := d.sents[si]
	if s.b-s.a < 3 {
		return false
	}
	switch d.toks[s.a].low {
	case "that", "this", "it":
		switch d.toks[s.a+1].low {
		case "is", "was", "'s":
			return true
		}
	}
	return false
}

// wholeAt returns the token where the whole a share q is of is named:
// "37% of main applicants", "four in ten applicants", "a third of the
// claims".
func (d *docState) wholeAt(r *recogniser, q *quantity) int {
	k := q.te
	if r.word(k) == "of" {
		k++
		if w := r.word(k); w == "the" || w == "all" {
			k++
		}
		switch r.word(k) {
		case "uk", "uk's", "britain's", "british":
			k++ // "of UK claims"
		}
	}
	return k
}

// plainWhole reports whether the share q is of a whole named just after it
// ("41% of workers were born overseas", "one in five of the 34m employed
// were born abroad") whose words name no measure clearly: the words from
// "of" to the clause's verb, not a word that refers back ("of these", "of
// the total"), a people ("of Scots") or a whole that goes on past the verb
// ("of people who come by small boat").
func (d *docState) plainWhole(r *recogniser, q *quantity) bool {
	if r.word(q.te) != "of" {
		return false
	}
	a := q.te + 1
	if a >= r.hi {
		return false
	}
	if t := &d.toks[a]; t.kind == tWord && t.upper {
		return false // "20.9% of Scots", "of Syrians": a people, not a plain whole
	}
	switch r.word(a) {
	case "these", "them", "those", "this", "that", "which", "whom", "it", "all", "its", "their", "his", "her", "our", "my", "your", "us", "you", "everyone", "everybody":
		return false
	case "the":
		switch r.word(a + 1) {
		case "total", "whole", "rest", "remainder", "figure", "number", "latter", "former", "same", "overall":
			return false
		}
	}
	for k := a + 1; k < r.hi && k <= a+6; k++ {
		switch r.word(k) {
		case "were", "was", "are", "is", "had", "have", "has", "will", "would", "could", "came", "come", "said", "say", "told":
			for _, c := range inSpan(d.sentCues, span{a, k}) {
				if c.weight >= 1.5 && c.target != d.x.lx.other {
					return false // ("of claims came from", not "of workers were")
				}
			}
			for j := a; j < k; j++ {
				if t := &d.toks[j]; t.kind == tWord && t.upper || t.flags&fPlaces != 0 {
					return false // ("of the Syrians", "of UK adults")
				}
			}
			return true
		}
		switch r.word(k) {
		case "":
			if r.toks[k].kind != tNum {
				return false // punctuation before a verb
			}
		case "who", "that", "which", "whom", "whose":
			return false // "of people who come by small boat": a whole that goes on past its verb
		}
	}
	return false
}

// namesOther reports whether the sentence being read names a measure other
// than mi by a cue of weight 5 or more.
func (d *docState) namesOther(mi int) bool {
	for _, c := range d.sentCues {
		if c.target != mi && c.target != d.x.lx.other && c.weight >= 5 {
			return true
		}
	}
	return false
}

// clauseCueOf returns one of the measures in, named by a cue of weight 5 or
// more in the clause of q, when q's own noun is a cue of measure group
// ("1,380 small boat arrivals have been flown to France"); else -1. A
// figure compared with one before (compared) takes only a cue after it:
// "returned 2,350 people, against 44,000 small boat arrivals".
func (d *docState) clauseCueOf(si int, q *quantity, group int, in []int, compared bool) int {
	own := false
	for _, c := range d.sentCues {
		if c.s == q.te && c.target == group {
			own = true
		}
	}
	if !own {
		return -1
	}
	s := d.sents[si]
	lo, hi := d.clauseSpan(q.ts, q.te, s.a, s.b)
	if compared {
		lo = q.te
	}
	for k := q.te; k < hi; k++ {
		if d.sinceEvent(k, hi) {
			hi = k // ("… since the first person was flown to France")
			break
		}
	}
	for _, c := range d.sentCues {
		if c.s >= lo && c.e <= hi && c.weight >= 5 && slices.Contains(in, c.target) {
			return c.target
		}
	}
	return -1
}

// theFigureIs reports whether "the figure" is the subject q is given for:
// "the figure stood at 906,000", "the total was 42,100", "the number
// rose to 1,200".
func (d *docState) theFigureIs(r *recogniser, q *quantity) bool {
	k := d.figureSubject(r, q)
	return k >= 0 && r.word(k) == "the"
}

// figureSubject returns the token that opens "the figure", "the total",
// "the number" or "it" as the subject q is given for ("the figure stood
// at 906,000", "it was plus 304,000"), or -1.
func (d *docState) figureSubject(r *recogniser, q *quantity) int {
	k := q.ts - 1
	if w := r.word(k); w == "at" || w == "to" || w == "plus" {
		k--
	}
	switch r.word(k) {
	case "was", "is", "were", "stood", "stands", "reached", "rose", "fell", "climbed", "dropped":
	default:
		return -1
	}
	switch k--; r.word(k) {
	case "it":
		return k
	case "figure", "total", "number", "tally", "count":
		if r.word(k-1) == "the" {
			return k - 1
		}
	}
	return -1
}

// moreOrFewer reports whether the words at i say by how much a figure is
// above or below another: "fewer than", "more than", "below the peak",
// "above the level".
func (r *recogniser) moreOrFewer(i int) bool {
	switch r.word(i) {
	case "fewer", "more", "less":
		return r.word(i+1) == "than"
	case "below", "above", "short":
		if r.word(i) == "short" && r.word(i+1) == "of" {
			i++
		}
		if w := r.word(i + 1); w == "the" || w == "its" || w == "their" {
			switch r.word(i + 2) {
			case "peak", "high", "level", "record", "target", "total", "figure":
				return true
			}
		}
	}
	return false
}

// gappedPlace reports whether q follows a place named after "and" or a
// comma with no verb between: "… and Wales 5,200".
func (d *docState) gappedPlace(q *quantity) bool {
	for _, p := range d.sentPlaces {
		// ("… and in Wales by roughly 3,000")
		if (p.e == q.ts || p.e == q.ts-1 && d.toks[p.e].low == "by") && p.s > 1 {
			k := p.s - 1
			if d.toks[k].low == "in" {
				k--
			}
			switch d.toks[k].low {
			case "and", ",":
				return true
			}
		}
	}
	return false
}

// colonWhole returns the measure of the sum a colon in sentence si opens a
// list of parts of, when q is one of those parts: the last figure before
// the colon, in unit; or -1.
func (d *docState) colonWhole(si int, q *quantity, unit string, prev []model.Mention) int {
	s := d.sents[si]
	colon := -1
	for k := q.ts - 1; k > s.a; k-- {
		if d.toks[k].low == ":" {
			colon = k
			break
		}
	}
	if colon < 0 {
		return -1
	}
	var whole *model.Mention
	for k := len(prev) - 1; k >= 0 && prev[k].Start >= int(d.toks[s.a].s); k-- {
		if prev[k].End <= int(d.toks[colon].s) {
			whole = &prev[k]
			break
		}
	}
	if whole == nil || whole.Unit != unit || whole.Statistic != "level" {
		return -1
	}
	mi, ok := d.x.lx.measureIdx[whole.Measure]
	if !ok || mi == d.x.lx.other {
		return -1
	}
	lo, hi := d.clauseSpan(q.ts, q.te, colon+1, s.b)
	for _, c := range d.sentCues {
		if c.s >= lo && c.e <= hi && c.target != mi && c.weight >= 5 {
			return -1
		}
	}
	return mi
}

// thingCountBefore returns the unit of the figure just before in sentence
// si when it is a level counting something other than people (households,
// boats, cases): "2,260 households …, 310 of them", "1.2 million new homes,
// or 240,000 a year"; or "".
func (d *docState) thingCountBefore(prev []model.Mention, si int) string {
	n := len(prev)
	if n == 0 || d.msent[n-1] != si || prev[n-1].Statistic != "level" {
		return ""
	}
	switch u := prev[n-1].Unit; u {
	case "other", "boats", "cases":
		return u
	}
	return ""
}

// comparisonBase reports whether the figure at i is the base a comparison
// is made against: "double the 1,150", "up 38 per cent on the 10,050",
// "four times as many as the 880".
func (r *recogniser) comparisonBase(i int) bool {
	if r.word(i-1) != "the" {
		return false
	}
	switch r.word(i - 2) {
	case "double", "doubled", "treble", "trebled", "triple", "tripled", "times", "as", "on", "than", "with", "against":
		return true
	}
	return false
}

// labelUnit returns the unit the label in tokens [a, colon) names by its
// first or last word: "Boats" is boats, "Days with crossings" days (other).
func (d *docState) labelUnit(a, colon int) string {
	// ("Year to date: 14.2k", "Year ending June: 94,310": a period, not
	// a count of years)
	if w := d.toks[a].low; (w == "year" || w == "years") && colon-a > 1 {
		return ""
	}
	for _, k := range [2]int{a, colon - 1} {
		if k > a && d.toks[k-1].low == "per" {
			continue // "Average per boat: 62": the base of a rate
		}
		if w := d.toks[k].low; k > a && (w == "year" || w == "month" || w == "week") && (d.toks[k-1].low == "a" || d.toks[k-1].low == "the") {
			continue // "Growth in a year: 16.5k": a period, not a count of years
		}
		w := d.toks[k].low
		// ("Days with crossings: 13" counts days; "Busiest day: 1,194"
		// is what came on one)
		if timeNouns[w] && k == a {
			return "other"
		}
		if u, ok := unitNouns[w]; ok && u != "" {
			return u
		}
	}
	// "UK hotels in use: 183": the first noun that counts something
	for k := a + 1; k < colon-1; k++ {
		if d.toks[k-1].low == "per" {
			continue
		}
		if u, ok := unitNouns[d.toks[k].low]; ok && u != "" && u != "years" {
			return u
		}
	}
	return ""
}
