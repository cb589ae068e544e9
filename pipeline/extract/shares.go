// Shares and the wholes they are of, and figures broken down into parts.

package extract

import (
	"slices"
	"strings"

	"github.com/numtrail/numtrail/pipeline/model"
)

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

// grantRateOf reports whether the percentage q is a grant rate: "grant
// rate" or "grant rates" stands before it in its clause, joined to it by
// the words that say what a rate was or did ("the grant rate peaked at
// 76%", "a grant rate of 41%", "grant rates for Vietnamese and Albanian
// claimants were far lower, at 18% and 9%", "the grant rate fell from 76%
// to 47%"), not by a clause of its own ("the fall in the grant rate would
// push more people into appeals, where almost half of cases …").
func (r *recogniser) grantRateOf(q *quantity) bool {
	for k := q.ts - 1; k > r.lo && k >= q.ts-14; k-- {
		t := &r.toks[k]
		switch {
		case t.low == "rate" || t.low == "rates":
			return r.word(k-1) == "grant" || r.punct(k-1) == "-" && r.word(k-2) == "grant"
		case t.kind == tNum:
			if !r.yearToken(k) && r.punct(k+1) != "%" && r.word(k+1) != "per" && r.word(k+1) != "percent" {
				return false
			}
		case t.kind == tWord:
			if !rateLink[t.low] && !isUpperWord(t) {
				return false
			}
		case t.low != "," && t.low != "%" && t.low != "(" && t.low != ")" && !(t.low == ":" && k == q.ts-1):
			return false
		}
	}
	return false
}

// rateLink are the words that may join a rate to its figure.
var rateLink = map[string]bool{"of": true, "was": true, "is": true, "were": true, "are": true, "has": true, "had": true, "have": true, "been": true, "be": true,
	"stood": true, "stands": true, "at": true, "to": true, "from": true, "for": true, "in": true, "on": true, "the": true, "a": true, "its": true, "their": true,
	"fell": true, "falls": true, "fallen": true, "rose": true, "rises": true, "risen": true, "dropped": true, "drops": true, "peaked": true, "peaks": true,
	"reached": true, "reaches": true, "slipped": true, "slips": true, "climbed": true, "climbs": true, "jumped": true, "increased": true, "decreased": true, "declined": true,
	"year": true, "years": true, "ending": true, "now": true, "just": true, "only": true, "still": true, "then": true, "also": true, "far": true, "much": true,
	"lower": true, "higher": true, "and": true, "or": true, "respectively": true, "down": true, "up": true, "compared": true, "with": true, "against": true,
	"initial": true, "overall": true, "asylum": true, "claims": true, "claimants": true, "applicants": true, "applications": true, "decisions": true, "first": true,
	"last": true, "this": true, "that": true, "months": true, "hit": true, "high": true, "low": true, "record": true, "peak": true, "since": true,
	"apart": true, "different": true, "than": true, "below": true, "above": true, "under": true, "over": true}
