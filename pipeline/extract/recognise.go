package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// recognise finds the quantities of the sentence toks[lo:hi].
func (r *recogniser) recognise(out []quantity) []quantity {
	for i := r.lo; i < r.hi; {
		q, ok := r.at(i)
		if !ok {
			i++
			continue
		}
		out = append(out, q)
		i = q.te
	}
	return out
}

// at tries to read a quantity starting at token i.
func (r *recogniser) at(i int) (quantity, bool) {
	// "between X and Y"
	if r.word(i) == "between" {
		if q, ok := r.between(i, i); ok {
			return q, true
		}
	}
	// hedge words
	if qw, e, ok := r.qualifierAt(i); ok {
		if r.word(e) == "between" {
			if q, ok := r.between(e, e); ok {
				return q, true
			}
		}
		if v, ve, ok := r.vagueAt(e); ok {
			q := r.vague(e, ve, v)
			if qw.inQuote {
				q.ts = i
			}
			return q, true
		}
		if q, ok := r.ratioAt(e); ok {
			q.qualifier = qw.q
			if qw.inQuote {
				q.ts = i
			}
			r.bounds(&q)
			return q, true
		}
		if q, ok := r.oneIn(e); ok {
			q.qualifier = qw.q
			if qw.inQuote {
				q.ts = i
			}
			r.bounds(&q)
			return q, true
		}
		c, ok := r.parseCore(e)
		if ok && r.keep(c, true) {
			q := r.single(c)
			q.qualifier = qw.q
			if qw.inQuote {
				q.ts = i
			}
			r.bounds(&q)
			return q, true
		}
		return quantity{}, false
	}
	if v, ve, ok := r.vagueAt(i); ok {
		return r.vague(i, ve, v), true
	}
	if q, ok := r.ratioAt(i); ok {
		r.bounds(&q)
		return q, true
	}
	if q, ok := r.oneIn(i); ok {
		r.bounds(&q)
		return q, true
	}
	c, ok := r.parseCore(i)
	if !ok || !r.keep(c, false) {
		return quantity{}, false
	}
	// ranges: "X-Y", "X to Y", "from X to Y"
	if q, ok := r.rangeFrom(c); ok {
		return q, true
	}
	q := r.single(c)
	r.bounds(&q)
	return q, true
}

func (r *recogniser) single(c core) quantity {
	q := quantity{ts: c.s, te: c.e, vs: c.s, ve: c.e, value: c.value, hasValue: true, qualifier: "exact",
		unit: c.unit, inWords: c.inWords, fraction: c.fraction}
	if c.fraction {
		q.unit = "percent"
	}
	// "in 75 years": the unit word belongs to the quote
	if c.unit == "" && (r.word(c.e) == "years") {
		q.te = c.e + 1
		q.unit = "years"
	}
	// "tens of millions of pounds": the currency word belongs to the quote
	return q
}

// bounds sets value_low and value_high from the qualifier.
func (r *recogniser) bounds(q *quantity) {
	switch q.qualifier {
	case "exact":
		q.low, q.high, q.hasLow, q.hasHigh = q.value, q.value, true, true
	case "more_than", "at_least":
		q.low, q.hasLow = q.value, true
	case "less_than", "at_most", "almost":
		q.high, q.hasHigh = q.value, true
	}
}

func (r *recogniser) vague(i, e int, v vagueWord) quantity {
	q := quantity{ts: i, te: e, vs: i, ve: e, low: v.low, high: v.high, hasLow: true, hasHigh: true, qualifier: "vague", vague: true}
	// "tens of millions of pounds"
	if r.word(e) == "of" {
		if u, ok := currencyWords[r.word(e+1)]; ok {
			q.unit = u
			q.te, q.ve = e+2, e+2
		}
	}
	if r.punct(i-1) == "£" && r.adjacent(i) {
		q.unit = "GBP"
		q.ts, q.vs = i-1, i-1
	}
	return q
}

// between reads "between X and Y" with "between" at i; the quote starts at qs.
func (r *recogniser) between(i, qs int) (quantity, bool) {
	a, ok := r.parseCore(i + 1)
	if !ok || !r.keep(a, true) {
		return quantity{}, false
	}
	j := a.e
	if r.word(j) != "and" && r.punct(j) != "-" && r.punct(j) != "–" {
		return quantity{}, false
	}
	b, ok := r.parseCore(j + 1)
	if !ok || !r.keep(b, true) {
		return quantity{}, false
	}
	return r.makeRange(qs, a, b), true
}

func (r *recogniser) makeRange(qs int, a, b core) quantity {
	// "£3m to £5m", "3 to 5 million", "20-30%": a part without scale or unit takes the other's
	if a.unit == "" {
		a.unit = b.unit
	}
	if b.unit == "" {
		b.unit = a.unit
	}
	if b.scaled && !a.scaled && !a.inWords {
		if t := r.toks[a.s]; t.kind == tNum || (a.unit != "" && a.s+1 < r.hi) {
			a.value *= b.value / r.unscaled(b)
		}
	}
	q := quantity{ts: qs, te: b.e, vs: a.s, ve: b.e, low: a.value, high: b.value, hasLow: true, hasHigh: true,
		qualifier: "range", unit: b.unit}
	return q
}

// unscaled returns the value of c without its scale word.
func (r *recogniser) unscaled(c core) float64 {
	for k := c.s; k < c.e; k++ {
		if r.toks[k].kind == tNum {
			f, err := strconv.ParseFloat(stripCommas(r.toks[k].text), 64)
			if err == nil && f != 0 {
				return f
			}
		}
	}
	return 1
}

func stripCommas(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != ',' {
			b = append(b, s[i])
		}
	}
	return string(b)
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
	if to && r.changeContext(a.s) {
		return quantity{}, false // "increased from 125,000 to 219,000": two levels
	}
	qs := a.s
	if r.word(a.s-1) == "from" {
		qs = a.s - 1
	}
	return r.makeRange(qs, a, b), true
}

// changeContext reports whether a change word comes before token i in its clause.
func (r *recogniser) changeContext(i int) bool {
	for k := i - 1; k >= r.lo && k >= i-25; k-- {
		t := &r.toks[k]
		if t.kind == tPunct && (t.text == ";" || t.text == ":" || t.text == ".") {
			return false
		}
		if t.kind == tWord {
			if _, ok := changeBefore[t.low]; ok {
				return true
			}
			if t.low == "by" {
				return true
			}
		}
	}
	return false
}

// keep applies the tests that tell a statistic from a date, a year, an age,
// a time, an ordinal, a label or a phone number. hedged is true when hedge
// words or "between" come before the number.
func (r *recogniser) keep(c core, hedged bool) bool {
	first := c.s
	if r.punct(first) != "" || r.word(first) == "us" {
		// a currency sign: money is always a statistic
		for first < c.e && r.toks[first].kind != tNum && r.toks[first].kind != tWord {
			first++
		}
		if first < c.e && r.toks[first].kind == tNum {
			return !r.attachedLetterAfter(first) || c.scaled
		}
	}
	if c.inWords {
		return r.keepWords(c, hedged)
	}
	t := &r.toks[first]
	// glued to letters before: "MI5", "COVID-19", "mid-2023", "G7"
	if r.adjacent(first) {
		p := &r.toks[first-1]
		if p.kind == tWord {
			return false
		}
		if (p.text == "-" || p.text == "/" || p.text == "–") && first-2 >= r.lo && r.toks[first-1].adjacentTo(&r.toks[first-2]) &&
			(r.toks[first-2].kind == tWord || r.toks[first-2].kind == tNum) {
			return false
		}
		if p.text == "+" || p.text == "#" || p.text == ":" || p.text == "." {
			return false
		}
	}
	next := c.e
	// glued to letters after that are not a scale: "5th", "10am", "1990s", "4x4"
	if !c.scaled && r.attachedLetterAfter(first) {
		return false
	}
	// a time: "10:30", "10.30pm"
	if (r.punct(next) == ":" || r.punct(next) == ".") && r.adjacent(next) && r.isNum(next+1) && r.adjacent(next+1) {
		return false
	}
	// list numbering at the start of a line: "1. Main points", "2) ..."
	if (t.nl > 0 || first == 0) && (r.punct(next) == "." || r.punct(next) == ")") && c.unit == "" && !c.scaled {
		return false
	}
	// phone numbers and codes: "0800 123 4567", "020 7946 0000" — numbers
	// that follow each other with only spaces between
	if len(t.text) >= 3 && t.text[0] == '0' && !c.decimal {
		return false
	}
	if c.unit == "" && !c.scaled && (r.isNum(first-1) && r.toks[first].space || r.isNum(next) && r.toks[next].space) {
		return false
	}
	// labels: "Article 8", "section 3", "Channel 4", "aged 25"
	if w := r.word(first - 1); w != "" && labelWords[w] && c.unit == "" && !c.scaled && !c.grouped {
		return false
	}
	// durations and times: "six months", "72 hours", "10 am", "25-year-old"
	nw := r.word(next)
	if timeNouns[nw] && c.unit == "" && !c.scaled {
		return false
	}
	if (r.punct(next) == "-" || r.punct(next) == "–") && r.adjacent(next) && r.word(next+1) != "" && r.adjacent(next+1) {
		w := r.word(next + 1)
		if timeNouns[w] || w == "year" || w == "years" || w == "strong" || w == "point" || w == "page" || w == "man" || w == "mile" {
			return false
		}
	}
	if (nw == "years" || nw == "year") && c.unit == "" {
		// ages and frames: "25 years old", "five years ago", "the next 10 years"; keep "in 75 years"
		if r.word(next+1) == "old" || r.word(next+1) == "ago" || r.word(first-1) != "in" {
			return false
		}
	}
	// dates: "5 July", "July 5", "5th of July"
	if c.digits && c.unit == "" && !c.scaled {
		v := c.value
		if v >= 1 && v <= 31 {
			if _, ok := months[r.word(next)]; ok {
				return false
			}
			if r.word(next) == "of" {
				if _, ok := months[r.word(next+1)]; ok {
					return false
				}
			}
			if _, ok := months[r.word(first-1)]; ok {
				return false
			}
		}
		// years: "in 2024", "2022/23", "the 2000 Terrorism Act"; "2000 people" is a count
		if len(t.text) == 4 && v >= 1800 && v <= 2100 {
			if !r.countNounAfter(next) {
				return false
			}
		}
		// "2022/23" second part
		if (r.punct(first-1) == "/" || r.punct(first-1) == "-") && r.adjacent(first) && r.isNum(first-2) && len(r.toks[first-2].text) == 4 {
			return false
		}
		if _, ok := months[r.word(first-1)]; ok && len(t.text) == 4 {
			return false
		}
	}
	return true
}

// keepWords decides whether a number in words is a statistic: it needs a
// scale, a percent, a counted noun, or to be a fraction of something.
func (r *recogniser) keepWords(c core, hedged bool) bool {
	if c.unit != "" || c.scaled {
		return true
	}
	next := c.e
	if c.fraction {
		// "half of", "a third of"; "a fall of a third"
		return r.word(next) == "of" || r.changeContext(c.s) || hedged && r.word(next) != "a"
	}
	if c.value < 2 && !hedged {
		return false // "one", "day one", "one of"
	}
	if timeNouns[r.word(next)] || r.word(next) == "years" || r.word(next) == "year" {
		return false
	}
	if r.word(next) == "times" {
		return false // ratios are read elsewhere
	}
	return r.countNounAfter(next)
}

// countNounAfter reports whether a counted noun follows at i, allowing a few
// modifiers ("1,100 migrants", "43,630 detected irregular arrivals").
func (r *recogniser) countNounAfter(i int) bool {
	for k := i; k < i+3 && k < r.hi; k++ {
		w := r.word(k)
		if w == "" {
			return false
		}
		if u, ok := unitNouns[w]; ok && u != "" && w != "year" && w != "years" {
			return true
		}
	}
	return false
}

// attachedLetterAfter reports whether the number token at i is glued to
// letters that are not a scale abbreviation.
func (r *recogniser) attachedLetterAfter(i int) bool {
	if i+1 >= r.hi || !r.toks[i+1].adjacentTo(&r.toks[i]) || r.toks[i+1].kind != tWord {
		return false
	}
	w := r.toks[i+1].low
	_, scale := scaleAttached[w]
	if _, ok := scaleWords[w]; ok {
		scale = true
	}
	return !scale && w != "per"
}

func isUpperWord(t *token) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// multiplying verbs: "doubled", "tripled".
var multiplyVerbs = map[string]float64{
	"doubled": 2, "doubling": 2, "tripled": 3, "trebled": 3, "tripling": 3, "quadrupled": 4, "halved": 0.5,
}

// ratioAt reads "four times as many", "three times higher", "twice as
// many", or a multiplying verb ("doubled").
func (r *recogniser) ratioAt(i int) (quantity, bool) {
	if v, ok := multiplyVerbs[r.word(i)]; ok {
		return quantity{ts: i, te: i + 1, vs: i, ve: i + 1, value: v, hasValue: true, qualifier: "exact", unit: "other", ratio: true}, true
	}
	if r.word(i) == "twice" && (r.word(i+1) == "as" || r.word(i+1) == "the") {
		return quantity{ts: i, te: i + 1, vs: i, ve: i + 1, value: 2, hasValue: true, qualifier: "exact", unit: "other", ratio: true}, true
	}
	var v float64
	var e int
	switch {
	case r.isNum(i) && !strings.Contains(r.toks[i].text, ","):
		f, err := strconv.ParseFloat(r.toks[i].text, 64)
		if err != nil {
			return quantity{}, false
		}
		v, e = f, i+1
	default:
		w, end, frac, ok := r.parseWords(i)
		if !ok || frac {
			return quantity{}, false
		}
		v, e = w, end
	}
	if r.word(e) != "times" {
		return quantity{}, false
	}
	next := r.word(e + 1)
	if next != "as" && next != "more" && next != "higher" && next != "larger" && next != "greater" && next != "bigger" && next != "the" {
		return quantity{}, false
	}
	return quantity{ts: i, te: e + 1, vs: i, ve: e + 1, value: v, hasValue: true, qualifier: "exact", unit: "other", ratio: true}, true
}

// oneIn reads "one in five" as a share: 20 percent.
func (r *recogniser) oneIn(i int) (quantity, bool) {
	var a float64
	switch {
	case r.isNum(i) && len(r.toks[i].text) <= 2:
		a, _ = strconv.ParseFloat(r.toks[i].text, 64)
	default:
		w, _, frac, ok := r.parseWords(i)
		if !ok || frac || r.word(i+1) != "in" {
			return quantity{}, false
		}
		a = w
	}
	if r.word(i+1) != "in" || a <= 0 {
		return quantity{}, false
	}
	var b float64
	e := i + 3
	switch {
	case r.isNum(i + 2):
		f, err := strconv.ParseFloat(stripCommas(r.toks[i+2].text), 64)
		if err != nil {
			return quantity{}, false
		}
		b = f
	default:
		w, end, frac, ok := r.parseWords(i + 2)
		if !ok || frac {
			return quantity{}, false
		}
		b, e = w, end
	}
	if b <= a || b > 1000 {
		return quantity{}, false
	}
	// "1 in 2024" is not a share
	if b >= 1900 {
		return quantity{}, false
	}
	v := 100 * a / b
	return quantity{ts: i, te: e, vs: i, ve: e, value: v, hasValue: true, qualifier: "exact", unit: "percent", fraction: true}, true
}
