package extract

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/numtrail/numtrail/pipeline/model"
	"github.com/numtrail/numtrail/schemas"
)

// Version names the rules of this extractor and its measure model (3: the
// model learnt from the labelled sets has the last word on a figure's
// measure); it goes into the extractor column of every row it produces.
const Version = "numtrail-rules/3"

// ModelVersion is the extractor column of a row whose measure the measure
// model chose instead of the rules' choice: a reader can tell the rows the
// learnt model decided from those the rules did.
const ModelVersion = Version + "+measure-model"

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
	ms, _ := x.ExtractAtMost(text, published, 0) // (no limit: no error)
	return ms
}

// ErrTooManyFigures is the error of ExtractAtMost for a text with more
// figures than it was allowed.
var ErrTooManyFigures = errors.New("too many figures")

// ExtractAtMost is Extract for a text that may hold at most max figures:
// past them it stops reading and returns ErrTooManyFigures, so that a data
// dump of millions of numbers ("1, 2, 3, …" in a 16 MiB file) takes no more
// memory than max figures do. max <= 0 is no limit.
func (x *Extractor) ExtractAtMost(text string, published time.Time, max int) ([]model.Mention, error) {
	if len(text) > MaxTextBytes {
		panic(fmt.Sprintf("extract: text of %d bytes is longer than MaxTextBytes", len(text)))
	}
	d, _ := x.pool.Get().(*docState)
	if d == nil {
		d = &docState{x: x}
	}
	defer x.pool.Put(d)
	d.limit = max
	ms := x.extract(d, text, published)
	if max > 0 && len(ms) > max {
		return nil, fmt.Errorf("%w: more than %d", ErrTooManyFigures, max)
	}
	return ms, nil
}

// extract is Extract with the document's scratch d.
func (x *Extractor) extract(d *docState, text string, published time.Time) []model.Mention {
	d.text, d.pub = text, published
	d.toks = tokenize(text, d.toks[:0], x.lx.words, &d.low)
	d.thash = resize(d.thash, len(d.toks))
	d.scoredSent = 0
	d.sents = sentences(d.toks, d.sents[:0])
	d.joinFigureLines()
	d.found = append(d.found[:0], d.cues[:0], d.places[:0], d.reqs[:0])
	findAll(d.toks, text, []*phraseMatcher{&x.lx.cues, &x.lx.placeMatch, &x.lx.requires}, d.found)
	d.cues, d.places, d.reqs = vetoed(d.found[0]), capitalOnly(d.toks, x.lx.capOnly, longestOnly(notNameHead(d.toks, d.found[1]))), d.found[2]
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
	d.topic = -1
	for i := range d.prior {
		if maxPrior > 0 {
			d.prior[i] /= maxPrior
		}
		if d.prior[i] == 1 && d.topic < 0 {
			d.topic = i
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
	d.docPeriod, d.hasDocPeriod = d.statedPeriod(published)
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
		if d.limit > 0 && len(out) > d.limit {
			break // (ExtractAtMost: the caller refuses the document)
		}
		if si == 0 || d.toks[s.a].nl > 0 {
			wasLinks := links
			furniture, links = d.isFurniture(s.a) || d.readerOffer(s), false
			switch {
			case furniture:
				// ("Watch: Inside the control room (2:14)": furniture in a
				// list of links goes on with it)
				links = d.headingLine(s.a) || wasLinks
			case wasLinks && d.linkTitle(s.a):
				furniture, links = true, true
			}
		} else if !furniture && (d.furnitureSentence(s.a) || d.readerOffer(s)) {
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
		if sc := d.chartLineScale(s); sc > 0 {
			d.scale = sc // "Chart: Emigration, '000 - 2021: 454; 2023: 532": this line only
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
		r := newRecogniser(d.toks, text, s.a, s.b)
		r.counted = counted
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
		if d.rowBar = -1; bars { // (no sentence has a bar when the text has none)
			d.rowBar = d.firstBar(s)
		}
		if d.rowBar < 0 {
			d.header = -1
		}
		if len(d.qs) == 0 {
			if d.rowBar >= 0 && !d.ruleRow(s) {
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
		d.ps = d.resolveAnaphors(si, d.ps)
		d.sentScanned, d.sentMoney, d.sentAnaphoric, d.sentNumberOf, d.sentEstimate, d.curSent = false, -1, -1, -1, -1, si
		d.reqMet = resize(d.reqMet, len(x.lx.measures))
		d.sentLabel = d.labelColon(s)
		d.sentCues, d.sentPlaces = inSpan(d.cues, s), inSpan(d.places, s)
		for qi := range d.qs {
			// (the mention is written in place, not copied: it is some
			// 300 bytes)
			out = append(out, model.Mention{})
			m := &out[len(out)-1]
			d.mention(r, si, d.qs, &d.qs[qi], d.ps, out[:len(out)-1], m)
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

// sentenceFact returns a fact about the sentence being read that *c keeps
// (-1 while it is not known: the scratch is reset at each sentence), working
// it out with f the first time it is asked.
func sentenceFact(c *int8, f func() bool) bool {
	if *c < 0 {
		*c = 0
		if f() {
			*c = 1
		}
	}
	return *c == 1
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
	limit   int       // ExtractAtMost's most figures, or 0
	feats   []feature // the measure model's features of a figure (measureFeatures)
	mscores []float32 // the measure model's scores of a figure, per class
	thash   []uint64  // token → the hash of its word for the measure model, 0 until asked (ctxWord)
	topic   int       // the first measure of prior 1, the one the document's cues name most (fkTopic); -1 for none
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
	// sentSrc is the source a "Source:" line under a sentence's box or
	// chart names (sourceLines), for its figures in the publisher's voice
	sentSrc []string
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
	qs  []quantity
	ps  []period
	hps []period // the periods of a table's column header (headerPeriod)
	// the period the document says its figures are of ("Figures are for
	// the year ending March 2025 unless otherwise stated": statedPeriod)
	docPeriod    period
	hasDocPeriod bool
	scores       []float64
	low          lowerBuf
	found        [][]match
	para         []int // paragraph number of each sentence
	msent        []int // sentence of each mention found so far
	midx         []int // measure index of each mention found so far
	lastMI       int   // measure index of the mention mention() made last
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
	adjCount             int            // how many of those are a nation named as an adjective ("Scottish councils")
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
		if t.kind != tPunct {
			d.paren[i] = cur // (most tokens: no bracket and no dash)
			continue
		}
		if t.low == "(" {
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
		if t.low == ")" {
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

// capitalOnly drops the matches of places named only as written with a
// capital ("North West") that are not ("the north west of the city").
func capitalOnly(toks []token, capOnly []bool, ms []match) []match {
	out := ms[:0]
	for _, m := range ms {
		if !capOnly[m.target] || toks[m.s].upper {
			out = append(out, m)
		}
	}
	return out
}

// longestOnly drops matches that lie inside a longer one ("Wales" inside
// "England and Wales"): another starts at or before it and ends at or after
// it. It takes matches in order of start (as findAll gives them and inSpan
// needs them; others are sorted so), and reads them once: a document of
// thousands of place names takes no time in their square.
func longestOnly(ms []match) []match {
	if !slices.IsSortedFunc(ms, byStart) {
		slices.SortStableFunc(ms, byStart)
	}
	out := ms[:0]
	reach := -1 // the furthest end of the matches that start before the group read
	for i := 0; i < len(ms); {
		j, groupEnd := i, -1
		for ; j < len(ms) && ms[j].s == ms[i].s; j++ {
			groupEnd = max(groupEnd, ms[j].e)
		}
		for k := i; k < j; k++ {
			// (out is written at most at k: what is read next is unchanged)
			if m := ms[k]; reach < m.e && groupEnd <= m.e {
				out = append(out, m)
			}
		}
		reach = max(reach, groupEnd)
		i = j
	}
	return out
}

func byStart(a, b match) int { return cmp.Compare(a.s, b.s) }

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
