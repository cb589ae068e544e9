// Where a measure's cues stand relative to a figure: its clause, an aside, its own noun.

package extract

import (
	"cmp"
	"slices"

	"github.com/numtrail/numtrail/pipeline/model"
)

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

// asideOpener are the words that open a clause set off by commas that
// describes rather than names: "which includes …", "with Rwanda long
// buried", "driven largely by small-boat arrivals", "the difference
// between …" (after "the").
var asideOpener = map[string]bool{"which": true, "who": true, "with": true, "driven": true, "fuelled": true,
	"difference": true, "gap": true, // "net migration, the difference between immigration and emigration, was"
	"fueled": true, "helped": true, "boosted": true, "led": true, "largely": true, "mainly": true, "mostly": true,
	"meaning": true, "defined": true} // "net migration, meaning people arriving … minus those departing, is 171,000"

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

// allOther reports whether every figure in prev from character s0 on
// counts other things (unit "other").
func allOther(prev []model.Mention, s0 int) bool {
	for k := len(prev) - 1; k >= 0 && prev[k].Start >= s0; k-- {
		if prev[k].Unit != "other" {
			return false
		}
	}
	return true
}

// justAfter reports whether token i comes at most n words after the
// token that ends at character end, with only words between.
func (d *docState) justAfter(i, end, n int) bool {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if int(d.toks[k].e) == end {
			return true
		}
		if d.toks[k].kind != tWord {
			return false
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

// cueAfter reports whether, between code point end and token i, a new
// clause starts (", while", ", and", ";") and a cue of the sentence stands
// in it: "… to 826,000, while emigration rose from 582,000".
func (d *docState) cueAfter(end, i int) bool {
	k := i - 1
	for k > 0 && int(d.toks[k].s) >= end {
		if t := d.toks[k].low; t == ";" || t == "," && k+1 < i && d.toks[k+1].flags&fClauseJoin != 0 {
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
