// Ranges and vague quantities: "between X and Y", "X to Y", "40 or 50", "tens of thousands".

package extract

import (
	"math"
	"strconv"
	"strings"
)

// agentAfter reports whether the words at i, after "by", name who did
// something rather than how much it changed: "a survey by the charity",
// "by Migration Watch", not "by a third", "by the same amount".
func (r *recogniser) agentAfter(i int) bool {
	switch r.word(i) {
	case "the", "its", "their", "his", "her", "our":
		w := r.word(i + 1)
		return w != "" && !r.is(i+1, fNumWord|fTens|fFraction) && w != "same" && w != "equivalent" && w != "whole"
	}
	return r.word(i) != "" && r.toks[i].upper && !r.is(i, fNumWord|fTens|fFraction)
}

// timeAfter reports whether a time starts at i: "(by) 2022", "(by) March",
// "(by) the end of June", not "(by) 36%".
func (r *recogniser) timeAfter(i int) bool {
	if r.isNum(i) {
		t := r.text(i)
		return len(t) == 4 && t >= "1900" && t <= "2100"
	}
	if r.isMonth(i) {
		return true
	}
	switch r.word(i) {
	case "the":
		w := r.word(i + 1)
		return w == "end" || w == "start" || w == "time" || w == "middle"
	case "then", "now", "mid", "spring", "summer", "autumn", "winter":
		return true
	}
	return false
}

// orRange reads "40 or 50": two plain numbers of the same size joined by
// "or" are a range. "one or two" and "2023 or 2024" are not read here:
// words and years do not pass keep, and the second must be at most three
// times the first.
func (r *recogniser) orRange(a core) (quantity, bool) {
	if r.word(a.e) != "or" || a.fraction || a.unit != "" && a.unit != "percent" {
		return quantity{}, false
	}
	// (in figures or in words, both alike: "70 or 80", "five or six")
	b, ok := r.parseCore(a.e + 1)
	if !ok || b.inWords != a.inWords || b.fraction || !r.keep(b, false) || b.unit != a.unit && a.unit != "" || b.value <= a.value || b.value > 3*a.value {
		return quantity{}, false
	}
	return r.makeRange(a.s, a, b), true
}

func (r *recogniser) vague(i, e int, v vagueWord) quantity {
	q := quantity{ts: i, te: e, vs: i, ve: e, low: v.low, high: v.high, hasLow: true, hasHigh: true, qualifier: "vague", vague: true}
	// "tens of millions of pounds"; "several billion pounds"
	if r.word(e) == "of" {
		if u, ok := lookup(r, e+1, fCurrencyWord, currencyWords); ok {
			q.unit = u
			q.te, q.ve = e+2, e+2
		}
	} else if u, ok := lookup(r, e, fCurrencyWord, currencyWords); ok && r.is(e-1, fScale) {
		q.unit = u
		q.te, q.ve = e+1, e+1
	}
	if r.punct(i-1) == "£" && r.adjacent(i) {
		q.unit = "GBP"
		q.ts, q.vs = i-1, i-1
	}
	return q
}

// between reads "between X and Y" with "between" at i; the quote starts at qs.
func (r *recogniser) between(i, qs int) (quantity, bool) {
	if r.is(i-1, fAge) {
		return quantity{}, false // "aged between 18 and 25"
	}
	a, ok := r.parseCore(i + 1)
	if !ok || !r.keep(a, false) {
		return quantity{}, false
	}
	j := a.e
	if r.word(j) != "and" && r.punct(j) != "-" && r.punct(j) != "–" {
		return quantity{}, false
	}
	b, ok := r.parseCore(j + 1)
	if !ok || !r.keep(b, false) {
		return quantity{}, false
	}
	q := r.makeRange(qs, a, b)
	if q.low > q.high {
		return quantity{}, false // "between 500 and 300" is no range
	}
	return q, true
}

func (r *recogniser) makeRange(qs int, a, b core) quantity {
	// "£3m to £5m", "3 to 5 million", "20-30%": a part without scale or unit takes the other's
	if a.unit == "" {
		a.unit = b.unit
	}
	if b.unit == "" {
		b.unit = a.unit
	}
	// "3 to 5 million": the first number takes the second's scale when it is
	// smaller than the second's digits; "£7 to £1bn" keeps its own
	if b.scaled && !a.scaled && !a.inWords && a.value < r.unscaled(b) {
		a.value *= b.value / r.unscaled(b)
	}
	// "20-30,000 people", "between 5 and 6,000": the thousands written once,
	// when the first is a small whole number under the second's thousands
	if a.unit == b.unit && b.grouped && !b.scaled && !b.decimal && a.digits && !a.scaled && !a.decimal && a.value >= 1 && a.value < 1000 &&
		math.Mod(b.value, 1000) == 0 && a.value < b.value/1000 && strings.HasSuffix(r.text(b.e-1), ",000") {
		a.value *= 1000
	}
	q := quantity{ts: qs, te: b.e, vs: a.s, ve: b.e, low: a.value, high: b.value, hasLow: true, hasHigh: true,
		qualifier: "range", unit: b.unit}
	return q
}

// unscaled returns the value of c without its scale word.
func (r *recogniser) unscaled(c core) float64 {
	for k := c.s; k < c.e; k++ {
		if r.toks[k].kind == tNum {
			f, err := strconv.ParseFloat(stripCommas(r.text(k)), 64)
			if err == nil && f != 0 {
				return f
			}
		}
	}
	return 1
}

// rangeFrom reads "X-Y" or "X to Y" after the number c.
func (r *recogniser) rangeFrom(a core) (quantity, bool) {
	j := a.e
	dash := (r.punct(j) == "-" || r.punct(j) == "–") && a.unit != "percent"
	to := r.word(j) == "to"
	if !dash && !to {
		return quantity{}, false
	}
	if dash && !(r.adjacent(j) && r.adjacent(j+1)) && r.punct(j) == "-" {
		return quantity{}, false
	}
	b, ok := r.parseCore(j + 1)
	if !ok || !r.keep(b, true) || b.value <= a.value && !(b.scaled && !a.scaled) {
		return quantity{}, false
	}
	if a.unit == "percent" && b.unit != "percent" {
		return quantity{}, false // "climbing 3% to 412,000": a change and the level it reached
	}
	if to && (r.changeContext(a.s) || r.wentFrom(a.s)) && !r.rangeOfChanges(a, b) {
		// "increased from 125,000 to 219,000", "rose by 41,200 to
		// 68,981,400", "we have gone from 455 to 612": two figures
		return quantity{}, false
	}
	qs := a.s
	if r.word(a.s-1) == "from" {
		qs = a.s - 1
	}
	q := r.makeRange(qs, a, b)
	if q.low > q.high {
		return quantity{}, false
	}
	return q, true
}

// wentFrom reports whether "gone from", "went from" or "go from" stands
// just before token i: "we have gone from 455 to 612 in a year".
func (r *recogniser) wentFrom(i int) bool {
	if r.word(i-1) != "from" {
		return false
	}
	switch r.word(i - 2) {
	case "gone", "went", "go", "goes", "going":
		return true
	}
	return false
}

// rangeOfChanges reports whether "by a to b" is a range of changes ("lower
// its forecast by 0.2 to 0.3 percentage points"), not a change and the
// level it reached ("rose by 41,200 to 68,981,400", "lowered its
// assumption by 80,000 to 235,000"): numbers of one unit, the second at
// most twice the first.
func (r *recogniser) rangeOfChanges(a, b core) bool {
	return r.word(a.s-1) == "by" && !a.inWords && (a.unit == "" || a.unit == b.unit) && b.value <= 2*a.value
}

// changeContext reports whether a change word comes before token i in its clause.
func (r *recogniser) changeContext(i int) bool {
	for k := i - 1; k >= r.lo && k >= i-25; k-- {
		t := &r.toks[k]
		if t.kind == tPunct && (t.low == ";" || t.low == ":" || t.low == ".") {
			return false
		}
		if t.low == "while" || t.low == "whereas" {
			return false // (a clause of its own: "… raised pay, while a third had left vacancies open")
		}
		if t.kind == tWord {
			if r.is(k, fChangeBefore) && !madeUp(r.word(k-1), t.low) || r.is(k, fMultiply) {
				return true // ("have doubled, from 4,930 to 9,860")
			}
			if t.flags&fByVerb != 0 && byVerbs[t.low] != 0 {
				return true // ("will raise the capacity of the base from 1,600 to 2,300")
			}
			if t.low == "by" && !r.timeAfter(k+1) && !r.agentAfter(k+1) {
				return true
			}
		}
	}
	return false
}
