package extract

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// quantity is a numeric expression recognised in a sentence.
type quantity struct {
	ts, te    int // tokens of the quote, half-open
	vs, ve    int // tokens of the value as written (currency sign and scale, no hedge words)
	value     float64
	low, high float64
	hasValue  bool
	hasLow    bool
	hasHigh   bool
	qualifier string
	unit      string // from a currency or percent sign; "" when the noun decides
	perPeriod string
	inWords   bool // written in words ("three", "a dozen")
	fraction  bool // "half", "a third": a share of a whole
	vague     bool
	ratio     bool // "four times"
	halving   bool // "halved": a fall of 50%
	signed    int  // "-13%", "+9%" in a table: a change with this sign (0: none written)
	boatLoad  bool // counts the people in one boat (set by isAverage)
	oneIn     bool // "one in five": always a share, never a change
}

// core is one number: an optional currency sign, digits or number words, an
// optional scale, and an optional percent sign or currency word.
type core struct {
	s, e     int // tokens
	value    float64
	unit     string
	inWords  bool
	fraction bool
	scaled   bool
	digits   bool // plain digits with no separators: could be a year
	decimal  bool
	grouped  bool // thousands separators
}

type recogniser struct {
	toks []token
	// sent is toks[lo:hi], the sentence (sentOf): word, punct, is and
	// isNum, called everywhere, test that a token is in the sentence with
	// one comparison, which is also the bounds check of reading it
	sent []token
	src  string // the document text
	lo   int    // first token of the sentence
	hi   int    // end of the sentence
	// counted has bit v set when the document has already given a count
	// of v people (2 to 20): "four volunteers were flown to Kigali" before
	// "divided between those four"
	counted uint32
}

// newRecogniser returns the recogniser of the tokens lo..hi of a document
// (its sentence, or a part of one); every recogniser is made here, so that
// sent always holds toks[lo:hi].
func newRecogniser(toks []token, src string, lo, hi int) *recogniser {
	return &recogniser{toks: toks, src: src, lo: lo, hi: hi, sent: sentOf(toks, lo, hi)}
}

// sentOf returns toks[lo:hi], the tokens of a recogniser's sentence: empty
// when hi <= lo, and cut at the end of toks (where a token read would not
// be found in any case).
func sentOf(toks []token, lo, hi int) []token {
	hi = min(hi, len(toks))
	if lo < 0 || lo >= hi {
		return nil
	}
	return toks[lo:hi]
}

// text returns token i as written.
func (r *recogniser) text(i int) string { return r.toks[i].str(r.src) }

// (j := uint(i-r.lo) < len(r.sent) is lo <= i < hi, and j indexes sent
// with no check of its own)

func (r *recogniser) word(i int) string {
	if j := uint(i - r.lo); j < uint(len(r.sent)) && r.sent[j].kind == tWord {
		return r.sent[j].low
	}
	return ""
}

func (r *recogniser) punct(i int) string {
	if j := uint(i - r.lo); j < uint(len(r.sent)) && r.sent[j].kind == tPunct {
		return r.sent[j].low // punctuation as written
	}
	return ""
}

// currencySign returns the currency whose sign token i is ("£": "GBP"), or
// "": the table is looked up only for punctuation, not for the words and
// numbers most calls ask about.
func (r *recogniser) currencySign(i int) string {
	p := r.punct(i)
	if p == "" || r.toks[i].flags&fStarter == 0 { // (a currency sign starts a quantity: the vocabulary flags it fStarter)
		return ""
	}
	return currencySigns[p]
}

// is reports whether token i is a word of the sentence with one of the
// vocabulary flags f.
func (r *recogniser) is(i int, f uint64) bool {
	j := uint(i - r.lo)
	return j < uint(len(r.sent)) && r.sent[j].kind == tWord && r.sent[j].flags&f != 0
}

// lookup returns m[r.word(i)]. The flag f marks the keys of m, so that the
// map is read only for the words it holds.
func lookup[V any](r *recogniser, i int, f uint64, m map[string]V) (V, bool) {
	if !r.is(i, f) {
		var zero V
		return zero, false
	}
	v, ok := m[r.toks[i].low]
	return v, ok
}

func (r *recogniser) isNum(i int) bool {
	j := uint(i - r.lo)
	return j < uint(len(r.sent)) && r.sent[j].kind == tNum
}

// adjacent reports whether token i touches token i-1.
func (r *recogniser) adjacent(i int) bool {
	k := i - r.lo // (lo < i < hi, read through sent as word does)
	return k > 0 && k < len(r.sent) && r.sent[k].adjacentTo(&r.sent[k-1])
}

// phrase reports whether the words at i spell ws; it returns the end.
func (r *recogniser) phrase(i int, ws []string) (int, bool) {
	for k, w := range ws {
		if r.word(i+k) != w {
			// "c." is written with a stop
			return 0, false
		}
	}
	return i + len(ws), true
}

// parseCore reads a number at token i.
func (r *recogniser) parseCore(i int) (core, bool) {
	c := core{s: i}
	j := i
	if p := r.punct(j); p != "" {
		if u, ok := currencySigns[p]; ok && (r.isNum(j+1) || r.wordNumberAt(j+1)) {
			c.unit = u
			j++
		} else {
			return c, false
		}
	} else if w := r.word(j); w != "" && r.punct(j+1) == "$" && r.adjacent(j+1) && (r.isNum(j+2) || r.wordNumberAt(j+2)) {
		// "US$1.2bn"; "HK$1m", "A$50m", "NZ$3m": dollars of elsewhere,
		// a currency the contract has no unit of
		if u, ok := dollarPrefixes[w]; ok {
			c.unit = u
			j += 2
		}
	}
	var num string // the number token, as written
	exp := 0
	switch {
	case r.isNum(j):
		t := r.text(j)
		c.grouped = strings.IndexByte(t, ',') >= 0 || !isASCII(t) // ("12 345": a no-break space between groups)
		c.decimal = strings.IndexByte(t, '.') >= 0
		c.digits = !c.grouped && !c.decimal
		num = t
		j++
		// scale: attached abbreviation or spaced word (not "6,200 BN(O)
		// visa holders": a name)
		if w := r.word(j); w != "" && r.toks[j].flags&fScale != 0 && !(r.punct(j+1) == "(" && r.adjacent(j+1)) {
			if e, ok := scaleAttached[w]; ok && r.adjacent(j) {
				exp, c.scaled = e, true
				j++
			} else if e, ok := scaleWords[w]; ok {
				exp, c.scaled = e, true
				j++
			}
		}
	default:
		v, e, frac, ok := r.parseWords(j)
		if !ok {
			return c, false
		}
		// "one and a half million", "two and a half thousand"
		if !frac && v < 1000 && r.word(e) == "and" && r.word(e+1) == "a" && r.word(e+2) == "half" && scaleWords[r.word(e+3)] > 0 {
			v, e = v+0.5, e+3
		}
		c.inWords, c.fraction = true, frac
		c.value = v
		c.scaled = !frac && v >= 1000
		j = e
		if w := r.word(j); !frac {
			if e, ok := lookup(r, j, fScale, scaleWords); ok && w != "mn" && w != "bn" && w != "tn" {
				c.value *= pow10(e)
				c.scaled = true
				j++
			}
		}
	}
	// "roughly 40p in every pound spent": a share of the money ("just 1.6p
	// of every pound", "40 pence of every extra pound"); a sum in pence on
	// its own, "24p above the legal minimum", "a price target of 240
	// pence", is money: but "up from 8p" after "12p in every pound" is a
	// share again (not "at 3p.m.", a time)
	if num != "" && exp == 0 && c.unit == "" && r.penceAt(j) && !strings.Contains(num, ",") {
		c.unit, exp = "GBP", -2
		if r.everyPoundBefore(c.s) && r.sharesListed(c.s) {
			c.unit, exp = "percent", 0
		}
		k := j + 1
		switch r.word(k) {
		case "in", "of", "for":
			k++
		case "out":
			if r.word(k+1) == "of" {
				k += 2
			}
		}
		if r.word(k) == "every" && k > j+1 && (r.word(k+1) == "pound" || r.word(k+2) == "pound" && (r.word(k+1) == "extra" || r.word(k+1) == "single")) {
			c.unit, exp = "percent", 0
			j = k + 2
			if r.word(k+1) != "pound" {
				j++ // "of every extra pound"
			}
		} else {
			j++
		}
	}
	// "rose 3 basis points", "fell 25 bps": hundredths of a percentage
	// point
	if num != "" && exp == 0 {
		switch w := r.word(j); {
		case w == "basis" && (r.word(j+1) == "points" || r.word(j+1) == "point"):
			exp, c.unit = -2, "percent"
			j += 2
		case w == "bps" || w == "bp":
			exp, c.unit = -2, "percent"
			j++
		}
	}
	if num != "" {
		f, ok := numberValue(num, exp)
		if !ok {
			return c, false
		}
		c.value = f
	}
	// percent
	switch {
	case r.punct(j) == "%":
		c.unit = "percent"
		j++
	case r.word(j) == "per" && r.word(j+1) == "cent":
		c.unit = "percent"
		j += 2
	case r.word(j) == "percent" || r.word(j) == "pc":
		c.unit = "percent"
		j++
	case r.word(j) == "percentage" && (r.word(j+1) == "points" || r.word(j+1) == "point"):
		c.unit = "percent"
		j += 2
	case (r.word(j) == "points" || r.word(j) == "point") && r.pointsOfChange(c.s, j+1):
		// "the rate was 10 points lower", "up four points": percentage
		// points (not "70 points" of a points-based visa)
		c.unit = "percent"
		j++
	}
	if c.unit == "" {
		if u, ok := lookup(r, j, fCurrencyWord, currencyWords); ok {
			c.unit = u
			j++
		}
	}
	c.e = j
	return c, true
}

// pointsOfChange reports whether "points" ending at k-1, after the number at
// s, are a change of a rate: a word of comparison after it ("10 points
// lower", "three points above") or a verb of change before the number
// ("fell 4 points", "up by 2.5 points").
func (r *recogniser) pointsOfChange(s, k int) bool {
	switch r.word(k) {
	case "higher", "lower", "above", "below", "ahead", "behind":
		return true
	}
	b := s - 1
	if r.word(b) == "by" {
		b--
	}
	_, ok := changeBefore[r.word(b)]
	return ok && r.word(b) != "revised"
}

// numberValue returns the value of a number token (digits, thousands
// groups, a decimal part) times 10^exp, as strconv.ParseFloat reads it;
// false when it is out of range.
//
// Most numbers are read without building a string: when the digits make an
// integer N below 2^53 and the value is N×10^e with N×10^e below 2^53, or
// N/10^-e with -e <= 22, the float is exact or one correctly rounded
// division of exact floats, which is what ParseFloat returns.
func numberValue(t string, exp int) (float64, bool) {
	const exact = 1 << 53
	var n uint64
	frac := 0 // digits after the decimal point
	point := false
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c == ',', c >= utf8.RuneSelf: // (a thousands separator: a comma or a no-break or thin space)
		case c == '.':
			point = true
		case isDigit(c) && n < exact/10:
			n = 10*n + uint64(c-'0')
			if point {
				frac++
			}
		default:
			return parseNumber(t, exp)
		}
	}
	if n >= exact {
		return parseNumber(t, exp)
	}
	e := exp - frac
	if e < 0 {
		if -e > 22 {
			return parseNumber(t, exp)
		}
		return float64(n) / pow10(-e), true
	}
	for ; e > 0; e-- {
		if n >= exact/10 {
			return parseNumber(t, exp)
		}
		n *= 10
	}
	return float64(n), true
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// parseNumber is numberValue by strconv.ParseFloat.
func parseNumber(t string, exp int) (float64, bool) {
	s := strings.Map(func(r rune) rune {
		if r == ',' || r >= utf8.RuneSelf {
			return -1
		}
		return r
	}, t)
	if exp != 0 {
		s += "e" + strconv.Itoa(exp)
	}
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil
}

func pow10(e int) float64 {
	f := 1.0
	for ; e > 0; e-- {
		f *= 10
	}
	return f
}

// wordNumberAt reports whether a number written in words starts at i.
func (r *recogniser) wordNumberAt(i int) bool {
	_, _, _, ok := r.parseWords(i)
	return ok
}

// parseWords reads a number in words: "three", "twenty-five", "a dozen",
// "a million", "one hundred and twenty", "half", "a third",
// "three-quarters". frac is true for fractions of a whole.
func (r *recogniser) parseWords(i int) (v float64, end int, frac bool, ok bool) {
	if i < r.lo || i >= r.hi || r.toks[i].flags&fNumWord == 0 {
		return 0, 0, false, false
	}
	w := r.word(i)
	switch {
	case w == "a" || w == "an":
		n := r.word(i + 1)
		switch {
		case n == "dozen":
			return 12, i + 2, false, true
		case n == "hundred":
			return 100, i + 2, false, true
		case n == "thousand" || n == "million" || n == "billion":
			return pow10(scaleOf(n)), i + 2, false, true
		case n == "year" || n == "decade":
			// "more than a year", "nearly a decade": a length of time
			// (kept only after a hedge, as a waiting time or the time
			// since a record; "£4bn a year" is a rate, not read at all)
			if p := r.word(i - 1); !r.is(i-1, fQualifier) && p != "than" && p != "of" && p != "over" {
				return 0, 0, false, false
			}
			if n == "decade" {
				return 10, i + 1, false, true
			}
			return 1, i + 1, false, true
		case fractions[n] > 0:
			// "a quarter of a million"
			if v, e, ok := r.fractionOfScale(i+2, fractions[n]); ok {
				return v, e, false, true
			}
			return fractions[n], i + 2, true, true
		}
		return 0, 0, false, false
	case w == "half":
		if r.word(i+1) == "a" {
			if s := r.word(i + 2); s == "million" || s == "billion" {
				return 0.5 * pow10(scaleOf(s)), i + 3, false, true
			}
		}
		return 50, i + 1, true, true
	}
	total, cur := 0.0, 0.0
	j := i
	seen := false
	for {
		w := r.word(j)
		if u, ok := lookup(r, j, fUnitWord, units); ok {
			cur += float64(u)
			j++
			seen = true
		} else if t, ok := lookup(r, j, fTens, tens); ok {
			cur += float64(t)
			j++
			seen = true
			// twenty-five
			if r.punct(j) == "-" && r.adjacent(j) {
				if u, ok := lookup(r, j+1, fUnitWord, units); ok && u < 10 && r.adjacent(j+1) {
					cur += float64(u)
					j += 2
				}
			}
		} else if w == "hundred" && seen {
			cur *= 100
			j++
		} else if w == "dozen" && seen {
			cur *= 12
			j++
		} else if (w == "thousand") && seen {
			total += cur * 1000
			cur = 0
			j++
		} else {
			break
		}
		// "one hundred and twenty"
		if r.word(j) == "and" && seen {
			if _, ok := lookup(r, j+1, fUnitWord, units); ok && (r.word(j-1) == "hundred" || r.word(j-1) == "thousand") {
				j++
				continue
			}
			if _, ok := lookup(r, j+1, fTens, tens); ok && (r.word(j-1) == "hundred" || r.word(j-1) == "thousand") {
				j++
				continue
			}
		}
	}
	if !seen {
		return 0, 0, false, false
	}
	v = total + cur
	// "two thirds", "three-quarters"
	k := j
	if r.punct(k) == "-" && r.adjacent(k) {
		k++
	}
	if f, ok := lookup(r, k, fFraction, pluralFractions); ok && v < 10 {
		if sv, e, ok := r.fractionOfScale(k+1, v*f); ok {
			return sv, e, false, true
		}
		return v * f, k + 1, true, true
	}
	if f, ok := lookup(r, k, fFraction, fractions); ok && v == 1 && r.word(k) != "half" {
		return f, k + 1, true, true
	}
	return v, j, false, true
}

func scaleOf(w string) int { return scaleWords[w] }

// tildeQualifier is "~" before a number.
var tildeQualifier = qualifierWord{words: []string{"~"}, q: "approximately", inQuote: true}

// revisedObject reports whether "revised" and a short object of words
// stand before token i: "revised that year", "revised its estimate for
// 2024".
func (r *recogniser) revisedObject(i int) bool {
	for k := i - 2; k >= r.lo && k >= i-6; k-- {
		switch w := r.word(k); w {
		case "revised", "revise", "revises", "revising":
			return true
		case "":
			if !r.yearToken(k) {
				return false // (a number or a mark: not a short object)
			}
		}
	}
	return false
}

// qualifierAt reads hedge words at i.
func (r *recogniser) qualifierAt(i int) (q qualifierWord, end int, ok bool) {
	// "~700", "~ £2bn": a tilde right before a number is "about" (not
	// between two: "5~6")
	if i < r.hi && r.toks[i].kind == tPunct && r.toks[i].low == "~" && i+1 < r.hi && (r.isNum(i+1) || r.currencySign(i+1) != "" && r.isNum(i+2)) && !(r.adjacent(i) && r.isNum(i-1)) {
		return tildeQualifier, i + 1, true
	}
	if i >= r.hi || r.toks[i].flags&fQualifier == 0 || r.word(i) == "" {
		return q, i, false
	}
	// (each hedge of quals starts with the word it is filed under, the
	// token's: phrase compares the words after it)
	for _, qw := range r.toks[i].info.quals { // qualifiersByFirst[r.toks[i].low]
		if e, ok := r.phrase(i+1, qw.words[1:]); ok {
			// "c." takes its stop
			if qw.words[0] == "c" {
				if r.punct(e) != "." || r.text(i) != "c" {
					continue
				}
				e++
			}
			if qw.words[0] == "approx" && r.punct(e) == "." {
				e++
			}
			// "Labour boasts about 37,600 returns": a preposition, not a hedge
			if qw.words[0] == "about" && len(qw.words) == 1 && aboutVerbs[r.word(i-1)] {
				continue
			}
			// "has been revised up to 187,000", "went up to 61%": the
			// particle of a verb of change, not a ceiling
			if qw.words[0] == "up" && len(qw.words) == 2 {
				switch r.word(i - 1) {
				case "revised", "went", "gone", "goes", "go", "moved", "shot", "crept", "edged", "climbed", "jumped", "rose", "risen", "pushed", "pushing", "going", "moving":
					continue
				}
				// "revised that year up to 906,000", "revised its estimate
				// up to 187,000": the verb's object between
				if r.revisedObject(i) {
					continue
				}
			}
			// "Crossings top 92,000": a headline's verb after its subject,
			// not "the top 10" or "Top 5 nationalities"
			if qw.words[0] == "top" {
				switch w := r.word(i - 1); w {
				case "", "the", "a", "its", "their", "our", "his", "her", "in", "of", "on", "at", "to":
					continue
				}
			}
			return qw, e, true
		}
	}
	return q, i, false
}

// vagueAt reads a vague multiple at i ("tens of thousands").
func (r *recogniser) vagueAt(i int) (vagueWord, int, bool) {
	if i >= r.hi || r.toks[i].flags&fVague == 0 || r.word(i) == "" {
		return vagueWord{}, i, false
	}
	for _, v := range r.toks[i].info.vagues { // vaguesByFirst[r.toks[i].low], as quals in qualifierAt
		if e, ok := r.phrase(i+1, v.words[1:]); ok {
			return v, e, true
		}
	}
	return vagueWord{}, i, false
}

// fractionOfScale reads "of a million" after a fraction given in percent:
// "a quarter of a million" is 250,000.
func (r *recogniser) fractionOfScale(i int, pct float64) (float64, int, bool) {
	if r.word(i) != "of" || r.word(i+1) != "a" {
		return 0, 0, false
	}
	switch w := r.word(i + 2); w {
	case "million", "billion", "thousand":
		return pct / 100 * pow10(scaleOf(w)), i + 3, true
	}
	return 0, 0, false
}

// qualifiersByFirst indexes the hedges by their first word, longest first.
var qualifiersByFirst = func() map[string][]qualifierWord {
	m := map[string][]qualifierWord{}
	for _, q := range qualifiers {
		m[q.words[0]] = append(m[q.words[0]], q)
	}
	return m
}()

// vaguesByFirst indexes the vague multiples by their first word, longest first.
var vaguesByFirst = func() map[string][]vagueWord {
	m := map[string][]vagueWord{}
	for _, v := range vagues {
		m[v.words[0]] = append(m[v.words[0]], v)
	}
	return m
}()

// figureWithin reports whether a number other than a year stands in tokens
// [a, b).
func (r *recogniser) figureWithin(a, b int) bool {
	for k := a; k < b; k++ {
		if !r.isNum(k) {
			continue
		}
		if t := r.text(k); len(t) == 4 && t >= "1900" && t <= "2100" {
			continue
		}
		return true
	}
	return false
}

// penceAt reports whether token j, after a number, says the number is in
// pence: "24p" (not "3p.m.") or "240 pence".
func (r *recogniser) penceAt(j int) bool {
	switch r.word(j) {
	case "p":
		return r.adjacent(j) && !(r.adjacent(j+1) && (r.word(j+1) != "" || r.isNum(j+1))) && !(r.punct(j+1) == "." && r.word(j+2) == "m")
	case "pence":
		return !r.adjacent(j)
	}
	return false
}

// everyPoundBefore reports whether a share of every pound, "12p in every
// pound", stands in the sentence before token i.
func (r *recogniser) everyPoundBefore(i int) bool {
	for k := i - 1; k > r.lo; k-- {
		if r.word(k) == "pound" && (r.word(k-1) == "every" || r.word(k-2) == "every") {
			return true
		}
	}
	return false
}

// sharesListed reports whether the word before token i goes on from an
// earlier share of every pound to this one: "up from 8p", "2p to national
// insurance and 9p to the loan company" (not "fares rise by 10p").
func (r *recogniser) sharesListed(i int) bool {
	switch r.word(i - 1) {
	case "from", "against", "than", "and", "with", "or":
		return true
	}
	p := r.punct(i - 1)
	return p == "," || p == ":" || p == ";"
}
