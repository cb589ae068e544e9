// Ratios, fractions and shares: "twice as many", "doubled", "a third of the peak", "one in five".

package extract

import (
	"strconv"
	"strings"
)

// apposedFigure reports whether a dash or a bracket at k opens a figure
// set beside what comes before it ("– £1.71bn –", "(64,000)").
func (r *recogniser) apposedFigure(k int) bool {
	switch r.punct(k) {
	case "–", "—", "-", "(", ",":
	default:
		return false
	}
	if r.isNum(k + 1) {
		return true
	}
	sign := r.currencySign(k+1) != ""
	return sign && r.isNum(k+2)
}

// fractionRatio reports whether the fraction c compares a figure with an
// earlier one rather than sharing out a whole: "less than a third of the
// level two years earlier", "around half the number of 2023".
func (r *recogniser) fractionRatio(c core) bool {
	// "Emigration was equivalent to about four-fifths of immigration":
	// one figure as a fraction of another
	for j := c.s - 1; j > r.lo && j >= c.s-3; j-- {
		if r.word(j) == "to" && r.word(j-1) == "equivalent" {
			return true
		}
	}
	k := c.e
	// "the outflow was roughly a third the size of the inflow"
	// ("roughly half the pace of the early 2020s")
	if w := r.word(k + 1); r.word(k) == "the" && (w == "size" || w == "pace" || w == "speed" || w == "rate" || w == "level") && r.word(k+2) == "of" {
		return true
	}
	// "growth was less than half that of the previous year", "Britain's
	// diaspora is roughly half that size"
	if r.word(k) == "that" && (r.word(k+1) == "of" || r.word(k+1) == "size") {
		return true
	}
	// "Set against the 906,000 peak of mid-2023, it is less than a fifth.":
	// the figure compared with stands before, and the fraction ends the
	// sentence
	// (not "Set against its all-time high, net migration is down by about
	// three-quarters": a change)
	if r.word(k) == "" && r.setAgainstBefore(c.s) && !r.changedBy(c.s) {
		return true
	}
	// "Emigration was 673,000, nearly four-fifths as large"
	if r.word(k) == "as" {
		switch r.word(k + 1) {
		case "large", "big", "high", "great", "many", "much":
			return true
		}
	}
	if r.word(k) == "of" {
		k++
		// "a sixth of that": of a figure already given (but "accounts
		// for less than a tenth of that": the part of a whole, a share)
		if w := r.word(k); (w == "that" || w == "this" || w == "it") && (r.word(k+1) == "" || r.punct(k+1) != "") && !r.partOfWhole(c.s) {
			// but "two-fifths of it – £1.71bn – went on hotels": the part,
			// restated as a figure, is a share
			return !r.apposedFigure(k + 1)
		}
	}
	switch r.word(k) {
	case "what":
		// "just over half what it had been two years before"; "well under
		// a fifth of what the post claimed": a figure compared with a claim
		if r.claimedWithin(k+1, 5) {
			return true
		}
	case "the", "its", "their", "that", "this":
		past := false
		// "less than a fifth of the all-time high"
		if r.word(k+1) == "all" && r.punct(k+2) == "-" && r.word(k+3) == "time" {
			k += 3
			past = true
		}
		// "a third of the June 2023 peak", "a quarter of its YE December
		// 2023 level": the month or "YE" before the year
		j := k + 1
		for j < k+4 && (months[r.word(j)] != 0 || r.word(j) == "ye") {
			j++
		}
		if j > k+1 && r.isNum(j) && len(r.text(j)) == 4 {
			k = j - 1
		}
		// "roughly half the more than 56,000 housed at the peak": the hedge
		// of the figure compared with
		switch w := r.word(k + 1); {
		case (w == "more" || w == "fewer" || w == "less") && r.word(k+2) == "than" && r.isNum(k+3):
			k += 2
		case (w == "almost" || w == "nearly" || w == "about" || w == "around" || w == "roughly" || w == "some") && r.isNum(k+2):
			k++
		}
		if r.isNum(k+1) && len(r.text(k+1)) == 4 {
			k++ // "less than half its 2022 peak", "a quarter of its 2023 level"
			past = true
		} else if r.isNum(k + 1) {
			// "around a fifth of the 890,000 peak"
			switch r.word(k + 2) {
			case "peak", "high", "record", "level":
				return true
			case "who", "which", "that":
				// ("a third of the 36,000 who arrived in 2023": a part)
			default:
				// "a third of the 21,600 a year earlier", "less than a
				// tenth of the 89,200 issued at the 2023 peak": a figure
				// of another time, with no noun of its own
				if !r.countNounAfter(k+2) && r.otherTimeAfter(k+2) {
					return true
				}
			}
		}
		for {
			switch r.word(k + 1) {
			case "record", "former", "previous", "earlier", "original", "current", "present", "today's", "revised":
				k++ // "a fifth of the record 906,000", "an eighth of their former level", "less than half the current level"
				past = true
				continue
			}
			break
		}
		switch r.word(k + 1) {
		case "peak", "average", "high", "figure", "estimate", "claim":
			// "less than half the peak", "roughly half the average", "a
			// little over half of the figure quoted by the minister"
			return true
		case "":
			// "less than a fifth of that record."
			return past
		case "level", "number", "amount", "total", "size", "rate", "growth", "increase", "rise", "fall", "decline", "drop":
			// ("roughly a third of the growth in the year to mid-2024"; but
			// "two-thirds of the fall since 2023 came from emigration" is
			// a part of that fall, as is "half of the decline in
			// immigration since the peak")
			for j := k + 2; j < k+7 && r.word(j) != ""; j++ {
				if r.word(j) == "since" {
					return false
				}
			}
			if past || r.claimedWithin(k+2, 2) {
				return true // ("less than a fifth of the number claimed")
			}
			switch r.word(k + 1) {
			case "growth", "increase", "rise", "fall", "decline", "drop":
				// "Almost half of that fall took place before the election":
				// a part of the change just given
				if w := r.word(k); w == "that" || w == "this" {
					return false
				}
			}
		default:
			if !past || !r.isNum(k+1) && r.punct(k+1) != "£" {
				return false
			}
			return true
		}
		k++
	default:
		return false
	}
	return r.otherTimeAfter(k + 1)
}

// changedBy reports whether a word of change, or "by", stands before the
// figure at token i, past its hedge: "down by about three-quarters", "fell
// nearly a third".
func (r *recogniser) changedBy(i int) bool {
	k := r.pastHedge(i - 1)
	return r.word(k) == "by" || r.is(k, fChangeBefore)
}

// setAgainstBefore reports whether the sentence opens by setting what
// follows against a figure: "Set against the 906,000 peak, …",
// "Compared with the 2023 peak of 906,000, …".
func (r *recogniser) setAgainstBefore(i int) bool {
	if i-r.lo < 4 {
		return false
	}
	w0, w1 := r.word(r.lo), r.word(r.lo+1)
	if !(w0 == "set" && w1 == "against" || w0 == "compared" && (w1 == "with" || w1 == "to") || w0 == "measured" && w1 == "against") {
		return false
	}
	for k := r.lo + 2; k < i; k++ {
		if r.isNum(k) && len(r.text(k)) != 4 {
			return true
		}
	}
	return false
}

// claimedWithin reports whether one of the n words from i says a figure
// was claimed: "of what the post claimed", "of the number claimed".
func (r *recogniser) claimedWithin(i, n int) bool {
	for j := i; j < i+n && j < r.hi; j++ {
		switch r.word(j) {
		case "claimed", "claims", "claim", "quoted", "cited", "suggested", "alleged", "asserted":
			return true
		case "":
			return false
		}
	}
	return false
}

// otherTimeAfter reports whether the words from i on name another time
// than the figure's: "earlier", "ago", "last", "the peak", a year. The
// words stop at a figure compared with ("a third of the total and up from
// 1,960 two years earlier": the earlier time is that figure's).
func (r *recogniser) otherTimeAfter(i int) bool {
	for j := i; j < i+9 && j < r.hi; j++ {
		switch r.word(j) {
		case "earlier", "before", "ago", "previous", "last", "peak":
			return true
		}
		if r.isNum(j) && len(r.toks[j].str(r.src)) == 4 {
			return true // "the number in 2023"
		}
		if r.isNum(j) && (r.word(j-1) == "from" || r.word(j-1) == "with" || r.word(j-1) == "than") {
			return false
		}
	}
	return false
}

// partOfWhole reports whether a verb of making up a whole stands just
// before the fraction at token i: "accounts for", "made up", "makes up".
func (r *recogniser) partOfWhole(i int) bool {
	// (over the words of a hedge: "accounts for less than a tenth")
	for k := i - 1; k > r.lo && k >= i-4; k-- {
		switch w := r.word(k); w {
		case "for":
			switch r.word(k - 1) {
			case "accounts", "account", "accounted", "accounting":
				return true
			}
			return false
		case "up":
			switch r.word(k - 1) {
			case "makes", "make", "made", "making":
				return true
			}
			return false
		case "":
			return false
		}
	}
	return false
}

// verbEnds reports whether a verb's clause ends at token k, or goes on
// with when or by how much: "will nearly double.", "did roughly double
// between 2021 and 2022" (not "nearly double the number", an object).
func (r *recogniser) verbEnds(k int) bool {
	if k >= r.hi || r.punct(k) != "" {
		return true
	}
	switch r.word(k) {
	case "between", "in", "since", "over", "within", "from", "again", "by", "and", "but", "after":
		return true
	case "as":
		// "Removals to Vietnam nearly quadruple as ministers fill
		// detention" (not "as many")
		w := r.word(k + 1)
		return w != "many" && w != "much" && w != "high" && w != "large"
	}
	return false
}

func isRatioObject(w string) bool {
	switch w {
	case "the", "what", "that", "its", "their", "this", "those", "our", "his", "her", "last":
		return true // ("nearly double last year's total")
	}
	// "more than double Friday's figure"
	return len(w) > 2 && strings.HasSuffix(w, "'s")
}

// durationWithin reports whether a length of time follows token i, after
// "in", "within" or "over" and at most one more word: "in just 12 months",
// "over two years".
func (r *recogniser) durationWithin(i int) bool {
	switch r.word(i) {
	case "in", "within", "over":
	default:
		return false
	}
	for k := i + 1; k <= i+3 && k < r.hi; k++ {
		if w := r.word(k); w == "months" || w == "years" || w == "weeks" || w == "days" || w == "year" || w == "decade" {
			return true
		}
	}
	return false
}

// whenAfter reports whether w, after a verb, says when it happened ("in
// rubber boats doubling last year"), not what it acts on.
func whenAfter(w string) bool {
	return w == "last" || w == "this" || w == "since" || w == "between"
}

// notBefore reports whether "not", "no" or "never" stands in the three words
// before token i: "has not doubled", "is no doubling".
func (r *recogniser) notBefore(i int) bool {
	return r.wordBefore(i, 3, notWords)
}

// ratioAt reads "four times as many", "three times higher", "twice as
// many", or a multiplying verb ("doubled").
func (r *recogniser) ratioAt(i int) (quantity, bool) {
	if v, ok := lookup(r, i, fMultiply, multiplyVerbs); ok {
		// (but "arrivals doubling in just 12 months": a change over a time)
		// ("fell to 118,000, almost halving from 224,000": a change from a
		// figure)
		// ("after doubling the number of decision-makers": done)
		if w := r.word(i); (w == "halving" || w == "doubling" || w == "tripling") && r.word(i-1) != "after" && (r.word(i+1) != "" && !(r.word(i-1) == "a" && changeSpan[r.word(i+1)]) && !whenAfter(r.word(i+1)) && !(r.word(i+1) == "from" && r.isNum(i+2)) && !r.durationWithin(i+1) || r.word(i-1) == "of") {
			return quantity{}, false // "halving the backlog", "doubling the qualifying period", "the goal of halving": an aim
		}
		// "growers have doubled down on automation", "Home Office doubles
		// down on sponsor crackdown": a figure of speech
		if w := r.word(i); (w == "doubled" || w == "doubles" || w == "doubling") && r.word(i+1) == "down" {
			return quantity{}, false
		}
		// "both halves of that statement", "the first and second halves of
		// the year": the noun
		if r.word(i) == "halves" {
			switch r.word(i - 1) {
			case "both", "two", "the", "its", "their", "in", "second", "first":
				return quantity{}, false
			}
		}
		// "Have the numbers doubled?", "has not doubled", "does not
		// produce a doubling": a change asked about or denied
		if r.punct(i+1) == "?" || r.notBefore(i) {
			return quantity{}, false
		}
		if v == 0.5 {
			// "net migration has halved": a fall of 50%
			return quantity{ts: i, te: i + 1, vs: i, ve: i + 1, value: 50, hasValue: true, qualifier: "exact", unit: "percent", halving: true}, true
		}
		return quantity{ts: i, te: i + 1, vs: i, ve: i + 1, value: v, hasValue: true, qualifier: "exact", unit: "other", ratio: true}, true
	}
	// "nearly double the amount", "more than double what it was" (not the
	// verb: "You cannot double the work")
	if r.is(i, fStarter) && isRatioObject(r.word(i+1)) && !modalBefore[r.word(i-1)] {
		if v, ok := multiples[r.word(i)]; ok {
			return quantity{ts: i, te: i + 1, vs: i, ve: i + 1, value: v, hasValue: true, qualifier: "exact", unit: "other", ratio: true}, true
		}
	}
	// "648, half as many again as the 431 a year earlier": one and a half
	// times
	if r.word(i) == "half" && r.word(i+1) == "as" && (r.word(i+2) == "many" || r.word(i+2) == "much") && r.word(i+3) == "again" {
		return quantity{ts: i, te: i + 4, vs: i, ve: i + 4, value: 1.5, hasValue: true, qualifier: "exact", unit: "other", ratio: true}, true
	}
	// "men twice their age": an age compared, no statistic
	if w := r.word(i + 1); (w == "their" || w == "his" || w == "her" || w == "my" || w == "your") && r.word(i+2) == "age" {
		return quantity{}, false
	}
	if r.word(i) == "twice" && (r.word(i+1) == "as" || isRatioObject(r.word(i+1))) {
		return quantity{ts: i, te: i + 1, vs: i, ve: i + 1, value: 2, hasValue: true, qualifier: "exact", unit: "other", ratio: true}, true
	}
	// "a 2.5-fold increase", "a 10-fold jump": the factor written in
	// figures
	if r.isNum(i) && r.punct(i+1) == "-" && r.adjacent(i+1) && r.word(i+2) == "fold" && r.adjacent(i+2) {
		if f, err := strconv.ParseFloat(stripCommas(r.text(i)), 64); err == nil && f > 0 {
			return quantity{ts: i, te: i + 3, vs: i, ve: i + 3, value: f, hasValue: true, qualifier: "exact", unit: "other", ratio: true}, true
		}
	}
	var v float64
	var e int
	switch {
	case r.isNum(i):
		// ("some 20,000 times as much", "by 4 to 1": tested below; before
		// parsing the number)
		if r.word(i+1) != "times" && !(r.word(i+1) == "to" && r.toOne(i+2)) {
			return quantity{}, false
		}
		f, err := strconv.ParseFloat(stripCommas(r.text(i)), 64)
		if err != nil {
			return quantity{}, false
		}
		v, e = f, i+1
	default:
		w, end, frac, ok := r.parseWords(i)
		// (not "cut by a third of its size": a change)
		if ok && frac && w < 100 && !r.is(i-1, fOrdinal) && r.word(i-1) != "by" && !(r.word(i-2) == "by" && r.is(i-1, fQualifier)) && r.fractionOfFigure(end) && !r.partOfWhole(i) {
			// "216,000, half the 431,000 of 2024", "a third the level of
			// 2022": one figure as a fraction of another (a fraction reads
			// as a percentage)
			return quantity{ts: i, te: end, vs: i, ve: end, value: w / 100, hasValue: true, qualifier: "exact", unit: "other", ratio: true}, true
		}
		if !ok || frac {
			return quantity{}, false
		}
		v, e = w, end
	}
	// "deaths outnumbered births by almost two to one", "by 4 to 1": one
	// count set against another (not "fell from two to one", a count)
	if r.word(e) == "to" && r.toOne(e+1) && v > 1 && r.word(i-1) != "from" && !(r.word(i-2) == "from" && r.is(i-1, fQualifier)) {
		return quantity{ts: i, te: e + 2, vs: i, ve: e + 2, value: v, hasValue: true, qualifier: "exact", unit: "other", ratio: true}, true
	}
	// "two and a half times"
	if r.word(e) == "and" && r.word(e+1) == "a" && r.word(e+2) == "half" {
		v, e = v+0.5, e+3
	}
	if r.word(e) != "times" {
		return quantity{}, false
	}
	next := r.word(e + 1)
	// ("more than three times too high"; "three and a half times original
	// estimate", "almost four times first estimate" in a headline, without
	// its article)
	// ("a rate 18 times lower": the factor, as written)
	if next != "as" && next != "more" && next != "higher" && next != "larger" && next != "greater" && next != "bigger" && next != "too" && !isRatioObject(next) &&
		next != "lower" && next != "smaller" && next != "fewer" && next != "less" &&
		next != "original" && next != "initial" && next != "previous" && next != "earlier" && next != "first" && next != "last" && !r.grewBefore(i) {
		return quantity{}, false
	}
	return quantity{ts: i, te: e + 1, vs: i, ve: e + 1, value: v, hasValue: true, qualifier: "exact", unit: "other", ratio: true}, true
}

// toOne reports whether token i is the "one" of "two to one" ("4 to 1"),
// with no noun after it that it counts ("from two to one hotel").
func (r *recogniser) toOne(i int) bool {
	if r.word(i) != "one" && !(r.isNum(i) && r.text(i) == "1") {
		return false
	}
	return r.word(i+1) == "" || r.word(i+1) == "in" || r.word(i+1) == "against" || r.word(i+1) == "among" || r.word(i+1) == "for" && r.word(i+2) == "the"
}

// fractionOfFigure reports whether "the" and a figure or a word for one
// follow token i: "half the 431,000", "a third the level", "a quarter the
// size" (not "half the people", a share).
func (r *recogniser) fractionOfFigure(i int) bool {
	// "a third of its peak", "two-thirds of that ambition", "less than
	// half of that": one figure as a fraction of another named before
	// (not "a third of it", "a third of the total": a share)
	if r.word(i) == "of" {
		switch r.word(i + 1) {
		case "that":
			return r.word(i+2) == "" || ofFigureNoun[r.word(i+2)] || r.word(i+2) == "figure" || r.word(i+2) == "of"
		case "the", "its", "their", "this":
			for k := i + 2; k < i+5; k++ {
				if ofFigureNoun[r.word(k)] {
					return true
				}
				if r.word(k) == "" {
					return false
				}
			}
		}
		return false
	}
	if r.word(i) != "the" {
		return false
	}
	if r.currencySign(i+1) != "" || r.isNum(i+1) {
		return true
	}
	switch r.word(i + 1) {
	case "level", "size", "rate", "figure", "total", "amount", "peak":
		return true
	}
	return false
}

// grewBefore reports whether a verb of growth stands just before the
// number at i, past a hedge: "has risen nearly four times in two years".
func (r *recogniser) grewBefore(i int) bool {
	k := i - 1
	switch r.word(k) {
	case "nearly", "almost", "about", "around", "roughly", "some", "over", "more":
		k--
	}
	if r.word(k) == "than" && r.word(k-1) == "more" {
		k -= 2
	}
	switch r.word(k) {
	case "risen", "rose", "grown", "grew", "increased", "multiplied", "jumped", "climbed":
		return true
	case "costs", "cost", "costing", "earns", "earn":
		return true // "a typical home now costs more than eight times typical earnings"
	}
	return false
}

// oneInAhead reports whether "in", "out of" or "for every" follows token i
// closely enough for oneIn to read a share there.
func (r *recogniser) oneInAhead(i int) bool {
	if r.word(i+1) == "out" && r.word(i+2) == "of" || r.hyphenIn(i) {
		return true
	}
	for k := i + 1; k <= i+5; k++ {
		switch r.word(k) {
		case "in", "every":
			return true
		case "":
			return false
		}
	}
	return false
}

// hyphenIn reports whether "-in-" follows token i, written as one word:
// "one-in-three".
func (r *recogniser) hyphenIn(i int) bool {
	return r.punct(i+1) == "-" && r.adjacent(i+1) && r.word(i+2) == "in" && r.adjacent(i+2) && r.punct(i+3) == "-" && r.adjacent(i+3) && r.adjacent(i+4)
}

// oneIn reads "one in five" as a share: 20 percent.
func (r *recogniser) oneIn(i int) (quantity, bool) {
	// "one-in-three", "a one-in-five chance"
	if r.hyphenIn(i) {
		a, aend, afrac, aok := r.parseWords(i)
		if r.isNum(i) {
			a, aend, afrac, aok = 0, i+1, false, len(r.text(i)) <= 2
			a, _ = strconv.ParseFloat(r.text(i), 64)
		}
		b, bend, bfrac, bok := r.parseWords(i + 4)
		if r.isNum(i + 4) {
			f, err := strconv.ParseFloat(stripCommas(r.text(i+4)), 64)
			b, bend, bfrac, bok = f, i+5, false, err == nil
		}
		if !aok || !bok || afrac || bfrac || aend != i+1 || bend != i+5 || a <= 0 || b <= a || b > 1e6 {
			return quantity{}, false
		}
		return quantity{ts: i, te: i + 5, vs: i, ve: i + 5, value: 100 * a / b, hasValue: true, qualifier: "exact", unit: "percent", fraction: true, oneIn: true}, true
	}
	// "one in five", "four in every five", "one claim in ten", "nine out of
	// ten", "one for every 25"
	in := i + 1
	switch {
	case r.word(in) == "out" && r.word(in+1) == "of":
		in++ // "out of" reads as "in"
	case r.word(in) == "for" && r.word(in+1) == "every":
		// "one for every 25" reads as "one in every 25"
	case r.word(in) != "in":
		// "one claim in ten", "one dispersal resident for every 319": up
		// to three words of what is counted before "in" or "for every"
		in = -1
		for k := i + 2; k <= i+4; k++ {
			// (nor a date's month: "after 5 July travelled in 415
			// boats")
			if w := r.word(k - 1); w == "" || r.is(k-1, fNumWord) || r.isMonth(k-1) {
				break
			}
			// (not "One borough took in 90 households": a verb's "in")
			if r.word(k) == "in" && !inVerb[r.word(k-1)] || r.word(k) == "for" && r.word(k+1) == "every" {
				in = k
				break
			}
		}
		if in < 0 {
			return quantity{}, false
		}
	}
	var a float64
	switch {
	case r.isNum(i) && len(r.text(i)) <= 2:
		a, _ = strconv.ParseFloat(r.text(i), 64)
	default:
		w, end, frac, ok := r.parseWords(i)
		if !ok || frac || end != i+1 && end != in {
			return quantity{}, false
		}
		a = w
	}
	if a <= 0 {
		return quantity{}, false
	}
	j := in + 1
	every := r.word(j) == "every"
	if every {
		j++
	}
	var b float64
	e := j + 1
	switch {
	case r.isNum(j):
		f, err := strconv.ParseFloat(stripCommas(r.text(j)), 64)
		if err != nil {
			return quantity{}, false
		}
		b = f
	default:
		w, end, frac, ok := r.parseWords(j)
		if !ok || frac {
			return quantity{}, false
		}
		b, e = w, end
	}
	if b <= a || b > 1e6 {
		return quantity{}, false
	}
	// "47 asylum seekers for every 10,000 residents": a rate per so many,
	// not a share (as "one for every 175 residents" is)
	if a > 1 && b >= 100 && r.word(in) == "for" {
		return quantity{}, false
	}
	// "a different one in six months' time", "added two million people
	// in three years": a duration, not a share
	if r.is(e, fTimeNoun) || r.word(e) == "years" || r.word(e) == "year" {
		return quantity{}, false
	}
	// "1 in 2024" is not a share; "one arrival in every 28,000" and "one
	// in 4,000" are (a year has no thousands separator)
	if b > 1000 && !every && (!r.isNum(j) || !strings.Contains(r.text(j), ",")) {
		return quantity{}, false
	}
	v := 100 * a / b
	return quantity{ts: i, te: e, vs: i, ve: e, value: v, hasValue: true, qualifier: "exact", unit: "percent", fraction: true, oneIn: true}, true
}
