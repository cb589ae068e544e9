// Small clause and word helpers.

package extract

import (
	"cmp"
	"slices"
)

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

// clauseEdge reports whether t ends a clause: a comma, semicolon, colon,
// bracket or dash, or a word that joins clauses.
func clauseEdge(t *token) bool {
	switch t.low {
	case ",", ";", ":", "(", ")", "-", "–", "—", "and", "but", "while", "whereas":
		return true
	}
	return false
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
			if k+1 < b && toks[k+1].flags&fClauseJoin != 0 {
				return true
			}
		}
	}
	return false
}

// tokenAt returns the token that starts at code point a (a mention's
// Start), or the first after it (the last token when none does: a
// mention's End at the end of the text).
func (d *docState) tokenAt(a int) int {
	k, _ := slices.BinarySearchFunc(d.toks, a, func(t token, a int) int { return cmp.Compare(int(t.s), a) })
	return min(k, len(d.toks)-1)
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

// qaQuestion returns the sentences [lo, hi) of the interviewer's question
// that the answer sentence si is in reply to, in an interview set out as
// "Q: …" and "A: …" paragraphs; or -1, -1.
func (d *docState) qaQuestion(si int) (int, int) {
	k := si
	for k > 0 && d.para[k-1] == d.para[si] {
		k--
	}
	if k == 0 || !d.labelled(k, "a") {
		return -1, -1
	}
	j := k - 1
	for j > 0 && d.para[j-1] == d.para[k-1] {
		j--
	}
	if !d.labelled(j, "q") {
		return -1, -1
	}
	return j, k
}

// labelled reports whether sentence si opens with the one-letter label w
// and a colon: "Q:", "A:".
func (d *docState) labelled(si int, w string) bool {
	a := d.sents[si].a
	return a+1 < d.sents[si].b && d.toks[a].low == w && d.toks[a+1].low == ":"
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

// clauseJoin are the words that open a new clause after a comma (the
// vocabulary flags them: fClauseJoin).
var clauseJoin = map[string]bool{"as": true, "so": true, "giving": true, "making": true, "leaving": true, "bringing": true, "taking": true, "meaning": true, "while": true, "whereas": true, "but": true, "and": true, "although": true, "though": true, "with": true}

// marginBefore reports whether the figure from token i is the margin of an
// estimate: "+/-", "±" or "plus or minus" stands right before it
// ("431,000 +/- 52,000", "plus or minus 34,000").
func (r *recogniser) marginBefore(i int) bool {
	if r.punct(i-1) == "±" || r.word(i-1) == "minus" && r.word(i-2) == "or" && r.word(i-3) == "plus" {
		return true
	}
	return r.punct(i-1) == "-" && r.punct(i-2) == "/" && r.punct(i-3) == "+"
}
