// Figures that refer back to, or go on with, a figure or sentence before them.

package extract

import (
	"math"
	"strings"

	"github.com/numtrail/numtrail/pipeline/model"
)

// rateAfter reports whether a figure ending at code point end is a rate:
// "39 for every 10,000 residents", "12 per 1,000".
func (d *docState) rateAfter(end int) bool {
	k := d.tokenAt(end)
	switch d.toks[k].low {
	case "per":
		return true
	case "for":
		return k+1 < len(d.toks) && (d.toks[k+1].low == "every" || d.toks[k+1].low == "each")
	}
	return false
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
	// ("In Trafford there were 185, or 7.8 per 10,000": a count that its
	// rate restates goes on with no rate, but "close behind at 68" may)
	count := r.punct(q.te) == "," && r.word(q.te+1) == "or" && r.isNum(q.te+2) && d.rateAfter(int(d.toks[q.te+2].e))
	best, bestD := -1, 1.0
	for k := len(prev) - 1; k >= 0 && d.msent[k] >= si-1 && d.para[d.msent[k]] == d.para[si]; k-- {
		p := &prev[k]
		if p.Statistic != "level" || p.Value == nil || *p.Value <= 0 || unitBit(p.Unit)&countBits == 0 && p.Unit != "other" || count && d.rateAfter(p.End) {
			continue
		}
		// (not the size of one thing: "The 96-room hotel … At its busiest
		// it held 138")
		if e := d.tokenAt(p.End); int(d.toks[e].s) == p.End && d.toks[e].low == "-" {
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
	for k > r.lo && r.is(k, fIntensifier) {
		k--
	}
	if _, ok := lookup(r, k, fChangeBefore, changeBefore); ok && k > r.lo && unit == "percent" {
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

// backToWords reports whether sentence si refers back ("The count fell
// …") to the sentence before it, and that one has no figure of its own.
func (d *docState) backToWords(si int, prev []model.Mention) bool {
	if si == 0 || !d.anaphoric(si) {
		return false
	}
	k := d.sents[si].a
	if k < d.sents[si].b && d.toks[k].kind == tPunct {
		k++ // (a quotation's opening mark: "“The number of people in hotels has fallen …")
	}
	if k += 2; k < len(d.toks) && d.toks[k].low == "of" {
		return false // "The number of appeals waiting …" names what it counts
	}
	for i := len(prev) - 1; i >= 0; i-- {
		if d.msent[i] < si {
			return d.msent[i] < si-1
		}
	}
	return true
}

// figureLine reports whether sentence si is a line that holds nothing but
// the figure q: a heading of an "in numbers" piece, which the line after it
// explains ("1,960" over "The number sent back across the Channel …").
func (d *docState) figureLine(si int, q *quantity) bool {
	s := d.sents[si]
	return q.ts == s.a && q.te == s.b && si+1 < len(d.sents) && d.toks[d.sents[si+1].a].nl > 0
}

// anaphoric reports whether a sentence opens by pointing back at a figure
// already given: "It", "This", "The figure", "That number".
func (d *docState) anaphoric(si int) bool {
	if si != d.curSent {
		return d.refersToBefore(si)
	}
	return sentenceFact(&d.sentAnaphoric, func() bool { return d.refersToBefore(si) })
}

func (d *docState) refersToBefore(si int) bool {
	s := d.sents[si]
	k := d.firstWord(s)
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
	if i > 2 && d.toks[i-1].kind == tWord && (strings.HasSuffix(d.toks[i-1].low, "'s") || strings.HasSuffix(d.toks[i-1].low, "’s")) && (d.toks[i-2].low == "and" || d.toks[i-2].low == "or") {
		i-- // "58 people a boat on Saturday, and Sunday's 55"
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

// itGoesOn reports whether sentence si opens with "It" or "The figure"
// ("That figure", "This figure") and a verb, and the sentence before it
// in its paragraph gave a figure of a measure: "… immigration was put at
// around 1.2m. It has since been revised to 1.31m."
func (d *docState) itGoesOn(si int, prev []model.Mention) bool {
	s := d.sents[si]
	if si == 0 || s.b-s.a < 3 || d.para[si-1] != d.para[si] {
		return false
	}
	k := s.a
	switch d.toks[k].low {
	case "it":
	case "the", "that", "this":
		if w := d.toks[k+1].low; w != "figure" && w != "estimate" && w != "number" && w != "total" {
			return false
		}
		k++
	default:
		return false
	}
	switch d.toks[k+1].low {
	case "has", "had", "was", "is", "have", "were", "will", "would", "could", "may", "might":
	default:
		return false
	}
	n := len(prev)
	return n > 0 && d.msent[n-1] == si-1 && prev[n-1].Measure != "other"
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
