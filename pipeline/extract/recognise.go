package extract

// recognise finds the quantities of the sentence toks[lo:hi].
func (r *recogniser) recognise(out []quantity) []quantity {
	for i := r.lo; i < r.hi; {
		if !r.mayStart(i) {
			i++
			continue
		}
		q, ok := r.at(i)
		if !ok {
			i++
			continue
		}
		if (q.oneIn || q.value == 1 && r.perNumberAfter(q.te)) && r.ruleBefore(q.ts) {
			i = q.te // "no area should house more than one asylum seeker for every 200 residents": a rule's limit
			continue
		}
		if r.ageBand(&q) {
			i = q.te // "half of those going are between 16 and 34.": an age band
			continue
		}
		out = append(out, q)
		i = q.te
	}
	return out
}

// at tries to read a quantity starting at token i.
func (r *recogniser) at(i int) (quantity, bool) {
	if w := r.word(i); (w == "a" || w == "an") && !r.is(i+1, fANext) && !(w == "a" && r.punct(i+1) == "$" && r.adjacent(i+1)) { // (but "A$40m")
		return quantity{}, false
	}
	// "between X and Y"
	if r.word(i) == "between" {
		if q, ok := r.between(i, i); ok {
			return q, true
		}
	}
	// hedge words ("handed over £220m" has none)
	// (not a particle: "handed over £220m", "adds up to £290m", "edges up
	// to 1.93m")
	if qw, e, ok := r.qualifierAt(i); ok && !(qw.words[0] == "over" && overParticle[r.word(i-1)]) && !(qw.words[0] == "up" && upParticle[r.word(i-1)]) {
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
		q, ok := r.ratioAt(e)
		if !ok { // (multiples is looked up only when there is no ratio)
			if v, isMult := multiples[r.word(e)]; isMult && r.verbEnds(e+1) {
				// "the number will nearly double", "did roughly double
				// between 2021 and 2022": a hedged verb of multiplying
				q, ok = quantity{ts: e, te: e + 1, vs: e, ve: e + 1, value: v, hasValue: true, qualifier: "exact", unit: "other", ratio: true}, true
			} else if r.word(e) == "halve" && r.verbEnds(e+1) {
				// "Refugee family reunion visas more than halve after …": a
				// fall of half
				q, ok = quantity{ts: e, te: e + 1, vs: e, ve: e + 1, value: 50, hasValue: true, qualifier: "exact", unit: "percent", halving: true}, true
			}
		}
		if !ok {
			q, ok = r.oneIn(e)
		}
		if !ok {
			if c, cok := r.parseCore(e); cok && r.keep(c, true) {
				// "in the region of 120,000 to 170,000": a hedged range is a
				// range, quoted without the hedge (its bounds say it all)
				if rq, rok := r.rangeFrom(c); rok {
					return rq, true
				}
				q, ok = r.single(c), true
			}
		}
		if ok {
			q.qualifier = qw.q
			if qw.inQuote {
				q.ts = i
			}
			// "Some 1.5 million-plus": the "-plus" says more; "some
			// 400-odd hotels": the "-odd" is of the hedge
			if e := q.te; r.punct(e) == "-" && r.adjacent(e) && r.word(e+1) == "plus" && r.adjacent(e+1) {
				q.qualifier, q.te = "more_than", e+2
			} else if r.punct(e) == "-" && r.adjacent(e) && r.word(e+1) == "odd" && r.adjacent(e+1) {
				q.te = e + 2
			}
			r.bounds(&q)
			return q, true
		}
		return quantity{}, false
	}
	if r.toks[i].flags&fVague != 0 {
		if v, ve, ok := r.vagueAt(i); ok {
			if r.punct(i-1) == "(" && (r.punct(ve) == ")" || r.punct(ve) == ",") {
				return quantity{}, false // "(thousands)", "(thousands, calendar years)": the unit of a table
			}
			if r.punct(i-1) == "," && (ve >= r.hi || r.punct(ve) == "|" || r.punct(ve) == ":" || (r.punct(ve) == "." && ve+1 >= r.hi || r.punct(ve) == "-" || r.punct(ve) == "–" ||
				r.punct(ve) == "," || r.word(ve) == "a" && r.word(ve+1) == "year") && chartWord(r.word(r.lo))) {
				// "Chart: UK net migration, thousands | 2023: 860", "Chart:
				// net migration by route, 2025, thousands.", "Chart: UK net
				// migration, thousands, years to June", "Chart: the OBR's
				// assumption, thousands a year, 2020-2026": a label's unit
				return quantity{}, false
			}
			if r.word(i-1) == "nearest" || r.word(i-1) == "to" && r.word(i-2) == "rounded" {
				return quantity{}, false // "figures are rounded to thousands"
			}
			return r.vague(i, ve, v), true
		}
	}
	// what ratioAt and oneIn need before anything else, tested here so that
	// most tokens do not pay for their results
	if w := r.word(i); r.isNum(i) || r.is(i, fMultiply|fNumWord) || w == "twice" || w == "double" || w == "treble" || w == "triple" || w == "quadruple" {
		if q, ok := r.ratioAt(i); ok {
			r.bounds(&q)
			return q, true
		}
	}
	if (r.isNum(i) || r.is(i, fNumWord)) && r.oneInAhead(i) {
		if q, ok := r.oneIn(i); ok {
			r.bounds(&q)
			return q, true
		}
	}
	c, ok := r.parseCore(i)
	if !ok || !r.keep(c, false) {
		return quantity{}, false
	}
	// ranges: "X-Y", "X to Y", "from X to Y", "40 or 50"
	if q, ok := r.rangeFrom(c); ok {
		return q, true
	}
	if q, ok := r.orRange(c); ok {
		return q, true
	}
	q := r.single(c)
	r.postfix(&q)
	// "-77,000": a minus sign written against the number, after a space
	// (or after a bracket: "(-61,000)")
	if m := r.punct(c.s - 1); (m == "-" || m == "−") && c.unit == "" && r.adjacent(c.s) && (!r.adjacent(c.s-1) || r.punct(c.s-2) == "(") && c.s-1 > r.lo && !r.lineStart(c.s-1) {
		q.value, q.ts, q.vs = -q.value, c.s-1, c.s-1
	}
	// "| -13% |", "| +9% |", "| +25 |": a signed figure in a table's
	// column of changes; "the largest fall (-0.5%)": a signed percentage
	// in brackets; "+38% on 2024" opening a line of a box
	if m := r.punct(c.s - 1); (m == "-" || m == "−" || m == "+") && (c.unit == "percent" || c.unit == "") && r.adjacent(c.s) &&
		(c.s-1 > r.lo && r.signSpot(c.s-2, c.unit, c.e) || m == "+" && c.unit == "percent" && r.lineStart(c.s-1)) {
		q.ts, q.vs, q.signed = c.s-1, c.s-1, 1
		if m != "+" {
			q.signed = -1
			if q.value > 0 {
				q.value = -q.value // (not the minus rule's again)
			}
		}
	}
	r.bounds(&q)
	return q, true
}

// signSpot reports whether a sign after token k makes the figure of the
// given unit a signed change: a table's cell ("| -13% |", "| +25 |",
// "802,500	-13%"), a percentage in brackets ("the largest fall (-0.5%)")
// or a figure after a label's colon ("Midlothian: +11.2%", "Net moves from
// the rest of the UK: +430"); the figure's tokens end before token end.
func (r *recogniser) signSpot(k int, unit string, end int) bool {
	switch r.punct(k) {
	case "|":
		return unit == "percent" || unit == ""
	case "(":
		return unit == "percent"
	case ":":
		// "Net moves from the rest of the UK: +430", "Net gain: +6.6k", a
		// label's figure that ends its line
		return unit == "percent" || unit == "" && (end >= r.hi || r.toks[end].nl > 0)
	}
	// "Total	802,500	-13%": a cell after a cell of a table set out with
	// tabs or runs of spaces
	return r.isNum(k) && k+1 < r.hi && r.tableGap(k+1)
}

// postfix reads a hedge written after the number: "5,500 or so", "60-plus",
// "1,000 or more", "50 or fewer".
func (r *recogniser) postfix(q *quantity) {
	e := q.te
	if r.punct(e) == "-" && r.adjacent(e) && r.word(e+1) == "plus" {
		q.qualifier, q.te = "more_than", e+2
		return
	}
	if r.punct(e) == "-" && r.adjacent(e) && r.adjacent(e+1) && r.word(e+1) == "odd" {
		q.qualifier, q.te = "approximately", e+2 // "41,000-odd arrivals"
		return
	}
	// "will hold 300 at most.", "150 at least,": a hedge after the figure,
	// ending its clause
	if q.qualifier == "exact" && r.word(e) == "at" && (r.word(e+1) == "most" || r.word(e+1) == "least") && (e+2 >= r.hi || r.punct(e+2) != "") {
		q.qualifier, q.te = "at_most", e+2
		if r.word(e+1) == "least" {
			q.qualifier = "at_least"
		}
		return
	}
	if r.word(e) != "or" {
		return
	}
	switch r.word(e + 1) {
	case "so":
		q.qualifier, q.te = "approximately", e+2
	case "more":
		if !r.thanWithin(e+2, 2) {
			q.qualifier, q.te = "at_least", e+2
		}
	case "fewer", "less":
		if !r.thanWithin(e+2, 2) {
			q.qualifier, q.te = "at_most", e+2
		}
	}
}

func (r *recogniser) single(c core) quantity {
	q := quantity{ts: c.s, te: c.e, vs: c.s, ve: c.e, value: c.value, hasValue: true, qualifier: "exact",
		unit: c.unit, inWords: c.inWords, fraction: c.fraction}
	if c.fraction {
		q.unit = "percent"
		if r.fractionRatio(c) {
			q.value, q.unit, q.ratio, q.fraction = c.value/100, "other", true, false
		}
		// "a tenth of one per cent", "half of 1%", "a quarter of a
		// percentage point": a fraction of a point, one figure
		if e := r.pointAfterOf(c.e); e > 0 {
			q.te, q.ve, q.value, q.fraction = e, e, c.value/100, false
		}
	}
	// "in 75 years", "more than a year", "nearly a decade": the unit word
	// belongs to the quote
	if w := r.word(c.e); c.unit == "" && (w == "years" || c.inWords && (w == "year" || w == "decade") && (r.word(c.e-1) == "a" || r.word(c.e-1) == "an")) {
		q.te = c.e + 1
		q.unit = "years"
	}
	// "an average stay of 14 months": a waiting time, in a unit the
	// contract does not name
	if c.unit == "" && durationUnit(r.word(c.e)) {
		q.te = c.e + 1
		q.unit = "other"
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

func stripCommas(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != ',' {
			b = append(b, s[i])
		}
	}
	return string(b)
}

// ruleBefore reports whether a word of a rule or guideline stands in the
// eight words before token i: "guidance", "guideline", "should",
// "supposed to", "maximum", "limit".
func (r *recogniser) ruleBefore(i int) bool {
	for k := i - 1; k >= r.lo && k >= i-8; k-- {
		switch r.word(k) {
		case "guidance", "guideline", "guidelines", "should", "supposed", "maximum", "limit":
			return true
		}
	}
	return false
}

// perNumberAfter reports whether "per" or "every" and a number stand in the
// few words from token i: "(a maximum of one) asylum seeker per 200".
func (r *recogniser) perNumberAfter(i int) bool {
	for k := i; k < r.hi && k <= i+3; k++ {
		if w := r.word(k); (w == "per" || w == "every") && r.isNum(k+1) {
			return true
		}
	}
	return false
}

// peoplePerNumber reports whether the people counted in the words from
// token i are set against a number of others: "asylum seekers for every
// 10,000 residents", "refugees per 1,000 people" (not "people per boat").
func (r *recogniser) peoplePerNumber(i int) bool {
	for k := i; k < r.hi && k <= i+5; k++ { // ("44 people on asylum support per 10,000 residents")
		w := r.word(k)
		if w == "" {
			return false
		}
		if (w == "per" || w == "every" && r.word(k-1) == "for") && r.isNum(k+1) && r.toks[k+1].be-r.toks[k+1].bs >= 3 { // (a base of 100 or more)
			return k > i // (a noun of people between: "68 for every 10,000" is the rules' own)
		}
	}
	return false
}

// mayStart is a quick test that a quantity can start at token i: a number,
// a currency sign, or a word that begins a hedge, a number in words, a
// vague multiple or a ratio. Most tokens fail it and cost one lookup.
func (r *recogniser) mayStart(i int) bool {
	t := &r.toks[i]
	return t.kind == tNum || t.flags&fStarter != 0
}

// isMonth reports whether token i is a month name.
func (r *recogniser) isMonth(i int) bool {
	return i >= r.lo && i < r.hi && r.toks[i].flags&fMonth != 0
}

// pointAfterOf returns the end of "of one per cent", "of a percentage
// point" or "of 1%" at token i, or 0 if none stands there.
func (r *recogniser) pointAfterOf(i int) int {
	if r.word(i) != "of" {
		return 0
	}
	k := i + 1
	switch {
	case r.word(k) == "one" || r.word(k) == "a":
		k++
	case r.isNum(k) && r.toks[k].str(r.src) == "1":
		k++
		if r.punct(k) == "%" && r.adjacent(k) {
			return k + 1
		}
	default:
		return 0
	}
	switch r.word(k) {
	case "percent":
		return k + 1
	case "per":
		if r.word(k+1) == "cent" {
			return k + 2
		}
	case "percentage":
		if w := r.word(k + 1); w == "point" || w == "points" {
			return k + 2
		}
	}
	return 0
}

// chartWord reports whether w opens the caption of a chart or table.
func chartWord(w string) bool {
	switch w {
	case "chart", "graphic", "figure", "table", "graph":
		return true
	}
	return false
}
