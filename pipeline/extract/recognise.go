package extract

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

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
	if w := r.word(i); (w == "a" || w == "an") && !r.is(i+1, fANext) {
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
		if v, isMult := multiples[r.word(e)]; !ok && isMult && r.verbEnds(e+1) {
			// "the number will nearly double", "did roughly double between
			// 2021 and 2022": a hedged verb of multiplying
			q, ok = quantity{ts: e, te: e + 1, vs: e, ve: e + 1, value: v, hasValue: true, qualifier: "exact", unit: "other", ratio: true}, true
		} else if !ok && r.word(e) == "halve" && r.verbEnds(e+1) {
			// "Refugee family reunion visas more than halve after …": a fall
			// of half
			q, ok = quantity{ts: e, te: e + 1, vs: e, ve: e + 1, value: 50, hasValue: true, qualifier: "exact", unit: "percent", halving: true}, true
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
			if r.punct(i-1) == "," && (ve >= r.hi || r.punct(ve) == "|" || r.punct(ve) == ":") {
				return quantity{}, false // "Chart: UK net migration, thousands | 2023: 860": a label's unit
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
	// in brackets
	if m := r.punct(c.s - 1); (m == "-" || m == "−" || m == "+") && (c.unit == "percent" || c.unit == "") && r.adjacent(c.s) && c.s-1 > r.lo && r.signSpot(c.s-2, c.unit) {
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
// the rest of the UK: +430").
func (r *recogniser) signSpot(k int, unit string) bool {
	switch r.punct(k) {
	case "|":
		return unit == "percent" || unit == ""
	case "(":
		return unit == "percent"
	case ":":
		// "Net moves from the rest of the UK: +430", a label's figure
		// that ends its line
		return unit == "percent" || unit == "" && (k+3 >= r.hi || r.toks[k+3].nl > 0)
	}
	// "Total	802,500	-13%": a cell after a cell of a table set out with
	// tabs or runs of spaces
	return r.isNum(k) && k+1 < r.hi && r.tableGap(k+1)
}

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
	_, sign := currencySigns[r.punct(k+1)]
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

// payBand reports whether the sum at token i is a band of pay that a
// share before it in the sentence is of: "46% earned below £25,000",
// "almost half of them are earning less than £25,000".
func (r *recogniser) payBand(i int) bool {
	k := i - 1
	if currencySigns[r.punct(k)] != "" {
		k--
	}
	switch r.word(k) {
	case "under", "below", "over", "above":
		k--
	case "than":
		if w := r.word(k - 1); w != "less" && w != "more" {
			return false
		}
		k -= 2
	default:
		return false
	}
	switch r.word(k) {
	case "earn", "earns", "earned", "earning", "paid":
	default:
		return false
	}
	for j := k - 1; j >= r.lo && j >= k-16; j-- {
		if r.punct(j) == "%" || r.is(j, fFraction) || r.word(j) == "cent" || r.word(j) == "percent" {
			return true
		}
	}
	return false
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

// livedBefore reports whether a verb of living or working stands before
// the number at i, with "here", "there" or a place between: "I've lived
// here 30 years", "she has worked in Britain 12 years" (as "for 30 years"
// is): how long one person has been somewhere.
func (r *recogniser) livedBefore(i int) bool {
	k := i - 1
	switch r.word(k) {
	case "here", "there":
		k--
	default:
		for j := k; j >= r.lo && j >= i-4; j-- {
			if r.word(j) == "in" {
				k = j - 1
				break
			}
			if !r.toks[j].upper && r.word(j) != "the" {
				break
			}
		}
	}
	switch r.word(k) {
	case "lived", "live", "living", "worked", "work", "working", "stayed", "resided":
		// (not "the average claimant has lived here 4 years")
		return !r.wordBefore(k, 5, []string{"average", "typical", "median"})
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

// waitingTime reports whether a number of months or weeks at token i is a
// statistic of how long something takes: "the average time to process a
// claim is now 18 months", "the average hotel stay was around 14 months".
// Durations that frame a period ("in the next six months", "for 12 weeks")
// are not.
func (r *recogniser) waitingTime(i int) bool {
	if !durationUnit(r.word(i + 1)) {
		return false
	}
	// "had been waiting 14.2 months on average"
	if r.word(i+2) == "on" && r.word(i+3) == "average" {
		return true
	}
	// "11,300 had been waiting longer than 12 months", "have waited over
	// six months": a threshold that counts people, not a waiting time
	k := -1
	switch w := r.word(i - 1); {
	case w == "than" && (r.word(i-2) == "longer" || r.word(i-2) == "more"):
		k = i - 3
	case w == "over":
		k = i - 2
	}
	if r.word(k) == "for" {
		k--
	}
	if w := r.word(k); k >= r.lo && (w == "waiting" || w == "waited") {
		return false
	}
	// "the average stay was 19 hours, the department said, compared with
	// almost four days at the worst point": the time it is compared with,
	// across the clauses between
	compared := r.afterComparedWith(i)
	switch r.word(i - 1) {
	case "is", "was", "at", "of", "now", "around", "about", "roughly", "nearly", "almost", "over", "than", "some", "reached", "hit", "to", "taking", "takes", "took":
	default:
		if !compared {
			return false
		}
	}
	reach := 10
	if compared {
		reach = 16
	}
	for k := i - 1; k >= r.lo && k >= i-reach; k-- {
		switch r.word(k) {
		case "average", "wait", "waiting", "waited", "waits", "stay", "stays", "typically", "median":
			return true
		case "takes", "take", "taking", "took":
			// "An appeal now takes about 13 months to be decided": how long
			// a case takes
			return true
		case "":
			if !compared {
				return false // punctuation: another clause
			}
		}
	}
	return false
}

// claimsChecked reports whether the number in words at i (ending at next)
// counts the claims a fact check looks at: "three claims from this week
// checked", "four viral claims, tested", "has checked three of those
// claims", "We've looked at six of them".
func (r *recogniser) claimsChecked(i, next int) bool {
	switch w := r.word(i - 1); {
	case w == "checked" || w == "tested" || w == "at" && r.word(i-2) == "looked":
		return r.word(next) == "of" || r.word(next) == "claims"
	}
	if r.word(next) != "claims" && r.word(next+1) != "claims" {
		return false
	}
	for k := r.lo; k < r.hi; k++ {
		switch r.word(k) {
		case "checked", "tested", "check", "factcheck", "verify", "verified":
			return true
		}
	}
	return false
}

// yearPreposition reports whether a preposition of time stands before
// token k past the words of a hedge: "since at least", "in about", "from
// around".
func (r *recogniser) yearPreposition(k int) bool {
	for k > r.lo && (r.is(k, fQualifier) || r.word(k) == "least" || r.word(k) == "at" || r.word(k) == "than") {
		k--
	}
	switch r.word(k) {
	case "since", "in", "from", "until", "till", "before", "after", "during":
		return true
	}
	return false
}

// takesTime reports whether a verb of how long something takes stands
// right before the duration whose number starts at token i and whose noun
// is at next, past a hedge:
// "cases take more than a year", "can wait more than two years", "had
// waited about seven months on average" (not "people waiting more than six
// months" or "a third have waited over six months", thresholds that count
// people, nor "Take the twelve months to June").
func (r *recogniser) takesTime(i, next int) bool {
	k := r.pastHedge(i - 1)
	// "takes the better part of a year"
	if r.word(k) == "of" && r.word(k-1) == "part" && (r.word(k-2) == "better" || r.word(k-2) == "best") && r.word(k-3) == "the" {
		k -= 4
	}
	switch r.word(k) {
	case "takes", "take", "taking", "took":
		return k > r.lo
	case "wait":
		// (not "would have to wait 10 years rather than five": a rule)
		return !r.ruleAlternative(next + 1)
	case "waited":
		return r.word(next+1) == "on" && r.word(next+2) == "average"
	}
	return false
}

// pastHedge returns the token before the hedge that ends at token k ("it
// would take | more than", "down by | about"): k itself when k is no hedge
// word.
func (r *recogniser) pastHedge(k int) int {
	for k > r.lo && (r.is(k, fQualifier) || r.word(k) == "than" || r.word(k) == "well") {
		k--
	}
	return k
}

// wouldTake reports whether the years at token i are how long something
// would take at a pace: "At this rate it would take more than 20 years to
// send back a year's arrivals", "you would need more than 30 years".
func (r *recogniser) wouldTake(i int) bool {
	k := r.pastHedge(i - 1)
	switch r.word(k) {
	case "take", "need":
		return r.word(k-1) == "would" || r.word(k-1) == "will"
	}
	return false
}

// possessive reports whether token i is the apostrophe of a plural
// possessive: "15 years' experience".
func (r *recogniser) possessive(i int) bool {
	p := r.punct(i)
	return (p == "'" || p == "’") && r.adjacent(i)
}

// ruleAlternative reports whether the length of time before token i is
// set against another, as a rule's old and new terms are: "10 years rather
// than five", "10 years in Britain, instead of five".
func (r *recogniser) ruleAlternative(i int) bool {
	for k := i; k < r.hi && k <= i+4; k++ {
		switch r.word(k) {
		case "rather":
			return r.word(k+1) == "than"
		case "instead":
			return r.word(k+1) == "of" && (r.isNum(k+2) || r.is(k+2, fNumWord))
		}
		if r.isNum(k) {
			return false
		}
	}
	return false
}

// afterComparedWith reports whether "compared with" stands before token i,
// with a hedge between: "compared with almost four days".
func (r *recogniser) afterComparedWith(i int) bool {
	j := i - 1
	switch r.word(j) {
	case "almost", "nearly", "about", "around", "roughly", "some", "over":
		j--
	}
	// ("an average of 57 weeks, up from 41 weeks in 2024/25")
	return r.word(j) == "with" && r.word(j-1) == "compared" || r.word(j) == "against" && r.punct(j-1) == "," ||
		r.word(j) == "from" && (r.word(j-1) == "up" || r.word(j-1) == "down")
}

// comparedWaitingTime is waitingTime for a time "compared with" another.
func (r *recogniser) comparedWaitingTime(i int) bool {
	return r.afterComparedWith(i) && r.waitingTime(i)
}

// durationUnit tells the units of a waiting time: "14 months", "19 hours".
func durationUnit(w string) bool {
	return w == "months" || w == "weeks" || w == "days" || w == "hours"
}

// timeAfter reports whether a time starts at i: "(by) 2022", "(by) March",
// "(by) the end of June", not "(by) 36%".
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
// level it reached ("rose by 41,200 to 68,981,400"): numbers of one unit
// and of like size.
func (r *recogniser) rangeOfChanges(a, b core) bool {
	return r.word(a.s-1) == "by" && !a.inWords && (a.unit == "" || a.unit == b.unit) && b.value <= 3*a.value
}

// changeContext reports whether a change word comes before token i in its clause.
func (r *recogniser) changeContext(i int) bool {
	for k := i - 1; k >= r.lo && k >= i-25; k-- {
		t := &r.toks[k]
		if t.kind == tPunct && (t.low == ";" || t.low == ":" || t.low == ".") {
			return false
		}
		if t.kind == tWord {
			if r.is(k, fChangeBefore) && !madeUp(r.word(k-1), t.low) || r.is(k, fMultiply) {
				return true // ("have doubled, from 4,930 to 9,860")
			}
			if byVerbs[t.low] != 0 {
				return true // ("will raise the capacity of the base from 1,600 to 2,300")
			}
			if t.low == "by" && !r.timeAfter(k+1) && !r.agentAfter(k+1) {
				return true
			}
		}
	}
	return false
}

// periodNoun are the label words that are also periods ("Year 9", "Day
// 3", but "this year", "last week"); timeDeterminer the words that make
// them periods.
var periodNoun = map[string]bool{"year": true, "week": true, "day": true}
var timeDeterminer = map[string]bool{"this": true, "last": true, "next": true, "that": true, "each": true, "every": true,
	"per": true, "a": true, "the": true, "same": true, "previous": true}

// appositive are the words that open a description of a person after a
// name and an age ("Mohammed, 24, a Sudanese man"), or a verb of theirs.
var appositive = map[string]bool{"a": true, "an": true, "who": true, "the": true, "from": true,
	// or a verb of the person's: "Mariam, 29, granted refugee status in
	// the spring, spent five weeks", "One dog walker, 67, said"
	"said": true, "says": true, "told": true, "tells": true, "added": true, "granted": true, "spent": true,
	"arrived": true, "fled": true, "lives": true, "lived": true, "works": true, "worked": true, "recalled": true,
	"has": true, "had": true, // "Yonas, 24, has slept in a car park"
	// or where the person stands: "Abdelrahman, 31, outside the day centre"
	"outside": true, "inside": true, "near": true, "beside": true, "pictured": true}

// ownAge reports whether w is a person's "I'm", "you're", "she's" or
// "he's", as before an age: "If you're 26 and can't imagine owning a home".
func ownAge(w string) bool {
	switch strings.ReplaceAll(w, "’", "'") {
	case "i'm", "you're", "she's", "he's", "we're", "they're":
		return true
	}
	return false
}

// ageLimitBefore reports whether "age limit" or "age cap" stands in the
// eight words before token i, within its clause: "raised the upper age limit
// for Britons from 30 to 35".
func (r *recogniser) ageLimitBefore(i int) bool {
	for k := i - 1; k > r.lo && k >= i-8; k-- {
		w := r.word(k)
		if w == "" && !r.isNum(k) {
			return false
		}
		if (w == "limit" || w == "cap" || w == "limits" || w == "threshold") && r.word(k-1) == "age" {
			return true
		}
	}
	return false
}

func childNoun(w string) bool {
	return w == "children" || w == "kids" || w == "sons" || w == "daughters" || w == "child"
}

// familyBefore reports whether a spouse or a family stands in the few words
// before token i: "a couple with", "his wife and", "a partner and".
func (r *recogniser) familyBefore(i int) bool {
	return r.wordBefore(i, 4, familyWords)
}

var familyWords = []string{"wife", "husband", "partner", "spouse", "couple", "family", "parents", "mother", "father"}

// wordBefore reports whether one of words stands in the n words before
// token i, within its clause (punctuation ends the search).
func (r *recogniser) wordBefore(i, n int, words []string) bool {
	for k := i - 1; k >= r.lo && k >= i-n; k-- {
		w := r.word(k)
		if w == "" {
			return false
		}
		if slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// pastTense reports whether w looks like a verb in the past tense, as the
// word after "Yusuf, 36," is: "trained", "fled", "arrived".
func pastTense(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// keep applies the tests that tell a statistic from a date, a year, an age,
// a time, an ordinal, a label or a phone number. hedged is true when hedge
// words or "between" come before the number.
func (r *recogniser) keep(c core, hedged bool) bool {
	first := c.s
	// "(1 euro = 0.8655 pounds)": a conversion rate; "[1]": a note's marker
	if r.punct(c.e) == "=" || r.punct(c.s-1) == "=" || r.punct(c.s-1) == "[" && r.punct(c.e) == "]" && c.unit == "" && !c.scaled {
		return false
	}
	// "46% earned below £25,000", "almost half earn under £25,000": the
	// pay band a share is of, a threshold
	if (c.unit != "" && c.unit != "percent" || currencySigns[r.punct(c.s-1)] != "") && r.payBand(c.s) {
		return false
	}
	// "Figures are rounded to the nearest £10 million", "rounded to
	// 1,000": the precision of a table
	if k := first - 1; k >= r.lo {
		if currencySigns[r.punct(k)] != "" {
			k-- // ("£10 million" read again as "10 million")
		}
		if w := r.word(k); w == "nearest" && r.word(k-1) == "the" || w == "to" && (r.word(k-1) == "rounded" || r.word(k-2) == "rounded") {
			return false
		}
	}
	if r.punct(first) != "" || r.word(first) == "us" {
		// a currency sign: money is always a statistic
		for first < c.e && r.toks[first].kind != tNum && r.toks[first].kind != tWord {
			first++
		}
		if first < c.e && r.toks[first].kind == tNum {
			return !r.attachedLetterAfter(first) || c.scaled
		}
	}
	// "for every ten people who arrived, almost eight left", "for every
	// 1,000 residents": the base a figure is set against
	// ("every 100,000 people added by net migration create demand for",
	// "each 100,000 drop in net migration adds £7bn": the unit of a rule of
	// thumb)
	if (r.word(first-1) == "every" || r.word(first-1) == "each") && (r.word(first-2) == "for" || c.value >= 1000 && r.word(c.e) != "of") && c.unit == "" && !c.scaled {
		return false
	}
	// "the scheme expects councils to care for no more than 0.1% of their
	// child population", "is expected to take children up to a level of
	// 0.1% of the under-18s": the share of children a council is asked to
	// care for, a rule's threshold (not "0.4% of its child population" in
	// a sentence with no rule; "equal to 0.1% of the children living in
	// its area", "the 0.1% of the local child population it is expected
	// to care for", "its own child population - 0.1% of it")
	if c.unit == "percent" && c.value <= 1 && r.word(c.e) == "of" && r.childBase(c.e+1) && r.sentenceHasRule() {
		return false
	}
	// "Of the 318 local authorities", "Scotland's 32 council areas",
	// "Wales' 22 councils", "the remaining 18 councils", "across the 27
	// member states": how many parts a country or union has, not a
	// statistic of them
	if c.unit == "" && !c.scaled && !c.decimal && !hedged && c.value < 1000 && r.partsNoun(c.e) && r.partsOwner(first) {
		return false
	}
	if c.inWords {
		return r.keepWords(c, hedged)
	}
	t := &r.toks[first]
	// glued to letters before: "MI5", "COVID-19", "mid-2023", "G7"
	if r.adjacent(first) {
		// "(https://www.gov.uk/…-statistics--4)": part of a web address
		if r.inURL(first) {
			return false
		}
		p := &r.toks[first-1]
		if p.kind == tWord {
			return false
		}
		// (not "£5bn-8bn": the word is a scale glued to a number)
		if (p.low == "-" || p.low == "–") && first-2 >= r.lo && r.toks[first-1].adjacentTo(&r.toks[first-2]) &&
			r.toks[first-2].kind == tWord && !(c.scaled && r.is(first-2, fScale) && r.isNum(first-3) && r.adjacent(first-2)) {
			return false
		}
		// "12/04/2024", "9/11", "24/7"
		if p.low == "/" && r.isNum(first-2) && r.toks[first-1].adjacentTo(&r.toks[first-2]) {
			return false
		}
		if p.low == "." && (r.word(first-2) == "c" || r.word(first-2) == "approx") {
			// "c.600"
		} else if p.low == "+" && r.signSpot(first-2, c.unit) {
			// "| +9% |", "| +25 |": a signed change in a table; "(+1.3%)"
		} else if p.low == "+" || p.low == "#" || p.low == ":" || p.low == "." {
			return false
		}
	}
	next := c.e
	// glued to letters after that are not a scale: "5th", "10am", "1990s", "4x4"
	if !c.scaled && r.attachedLetterAfter(first) && !(c.unit == "percent" && (r.word(first+1) == "pc" || r.word(first+1) == "p")) { // ("57pc" is a percentage, as "40p in every pound" is)
		return false
	}
	// a time: "10:30", "10.30pm"
	if (r.punct(next) == ":" || r.punct(next) == ".") && r.adjacent(next) && r.isNum(next+1) && r.adjacent(next+1) {
		return false
	}
	// "12/04/2024", "24/7": a number with a slash and a number after it
	if r.punct(next) == "/" && r.adjacent(next) && r.isNum(next+1) && r.adjacent(next+1) {
		return false
	}
	// list numbering at the start of a line: "1. Main points", "2) ...", "## 4. ..."
	if r.lineStart(first) && (r.punct(next) == "." || r.punct(next) == ")") && c.unit == "" && !c.scaled {
		return false
	}
	// a report's numbered paragraph: "3 The Department now expects …" (a
	// small number, then a capitalised word that counts nothing; not "40
	// Afghans", nor "22 – small boats")
	if c.digits && c.unit == "" && len(t.str(r.src)) <= 3 && r.lineStart(first) && next < r.hi && r.toks[next].kind == tWord && r.toks[next].upper && !r.countNounAfter(next) && !r.is(next, fMonth) {
		return false
	}
	// a time without am/pm: "at 10.30", "until 22.15"
	if c.decimal && c.unit == "" && !c.scaled {
		switch r.word(first - 1) {
		case "at", "until", "till", "by", "before", "after", "from", "around":
			if whole, frac, _ := strings.Cut(t.str(r.src), "."); len(frac) == 2 && len(whole) <= 2 {
				return false
			}
		}
	}
	// ages: "aged 16", "at the age of 16", "aged between 18 and 25" (not
	// "disputed the age of 2,110 people")
	if c.value < 130 && r.ageContext(first) {
		return false
	}
	// a date with the month cut short: "on Feb. 21"
	if c.unit == "" && !c.scaled && c.value <= 31 && r.punct(first-1) == "." && months[r.word(first-2)] != 0 {
		return false
	}
	// a rank: "the top 10 nationalities", "Top 5 routes"
	if c.unit == "" && r.word(first-1) == "top" && (first-1 == r.lo || r.word(first-2) == "the" || r.lineStart(first-1)) {
		return false
	}
	// an age after a name: "Lucy Brannock, 44, a Border Force officer",
	// "Maryam, now 41, told me", or after a person: "One Border Force
	// veteran, 52, told us"
	if c.unit == "" && !c.scaled && !c.grouped && !c.decimal && c.value < 120 && r.punct(next) == "," {
		k := first - 1
		now := r.word(k) == "now"
		if now {
			k--
		}
		if r.punct(k) == "," && k-1 >= r.lo && (r.toks[k-1].upper && (now || !r.lineStart(k-1) || appositive[r.word(next+1)] || pastTense(r.word(next+1))) || personNoun[r.word(k-1)]) {
			return false
		}
	}
	// "there were 12 of us on the boat", "with two other men": a speaker's
	// or a person's own company
	if c.unit == "" && !c.scaled && c.value <= 20 && r.company(first, next) {
		return false
	}
	// "Watch us on Freeview 236, Sky 515 and online": channels
	if c.unit == "" && !c.scaled && r.word(first-1) == "sky" && r.sentenceHas("freeview") {
		return false
	}
	// "people aged 65 or over", "one in five are now 65 or over": an age
	if c.unit == "" && !c.scaled && !c.grouped && !c.decimal && c.value < 120 && (r.word(next) == "or" || r.word(next) == "and") {
		switch r.word(next + 1) {
		case "over", "older", "above":
			if r.nounUnit(next+2) == "" {
				return false
			}
		}
	}
	// "She is 71 and has voted", "he was 19 when he crossed", "'I was 15
	// and they said I was 23'", "Yonas was 16 when he climbed out", "Now
	// 18, he is studying plumbing", "boys as young as 14", "the youngest
	// was 12 when he disappeared", "If you're 26 and", "the upper age
	// limit from 30 to 35", "18- to 34-year-olds": ages
	if c.unit == "" && !c.scaled && !c.grouped && !c.decimal && c.value < 120 && c.value >= 1 {
		w1, w2 := r.word(first-1), r.word(first-2)
		age := false
		switch {
		case (w1 == "is" || w1 == "was") && (w2 == "she" || w2 == "he" || w2 == "i" && w1 == "was" || r.word(next) == "when"), w1 == "am" && w2 == "i":
			age = true
		case w1 == "now" && first-1 == r.lo && r.punct(next) == ",":
			age = true
		case w1 == "as" && (w2 == "young" || w2 == "old") && r.word(first-3) == "as":
			age = true
		case (w1 == "was" || w1 == "is" || w1 == "were") && (w2 == "youngest" || w2 == "oldest"):
			age = true
		case ownAge(w1):
			age = true
		case (w1 == "is" || w1 == "was" || w1 == "turned") && personNoun[w2] && possessiveWords[r.word(first-3)]:
			// "My daughter is 14", "her son was 9"
			age = true
		case (w1 == "is" || w1 == "was") && r.onePersonBefore(first-2):
			// "One boy we worked with was 15 and …"
			age = true
		case ((w1 == "are" || w1 == "were") && (r.word(next) == "or" || r.word(next) == "and") && r.isNum(next+1) ||
			(w1 == "or" || w1 == "and") && r.isNum(first-2) && (r.word(first-3) == "are" || r.word(first-3) == "were")) &&
			(r.sentenceHas("boys") || r.sentenceHas("girls") || r.sentenceHas("teenagers")):
			// "Nine in ten are boys, and most are 16 or 17"
			age = true
		case r.word(next) == "or" && (r.word(next+1) == "younger" || r.word(next+1) == "older"):
			// "one in five were 15 or younger": an age, bounding a share
			age = true
		case (r.punct(next) == "-" || r.punct(next) == "–") && r.adjacent(next) && r.word(next+1) == "to" && r.isNum(next+2) && r.word(next+4) == "year" && r.adjacent(next+3):
			age = true
		default:
			age = r.ageLimitBefore(first)
		}
		if age && r.nounUnit(next) == "" && !r.countNounAfter(next) {
			return false
		}
	}
	// "within 10 working days": a length of time
	if c.unit == "" && r.word(next) == "working" && r.is(next+1, fTimeNoun) {
		return false
	}
	// "the 10 Year Health Plan", "a 25 Year Environment Plan": a name
	if c.unit == "" && !c.scaled && r.word(next) == "year" && r.toks[next].upper && next+1 < r.hi && r.toks[next+1].kind == tWord && r.toks[next+1].upper {
		return false
	}
	// "2021–23": the end of a span of years
	if c.digits && !c.grouped && r.toks[first].be-r.toks[first].bs == 2 && r.adjacent(first) && (r.punct(first-1) == "–" || r.punct(first-1) == "-") &&
		r.isNum(first-2) && len(r.text(first-2)) == 4 && r.toks[first-1].adjacentTo(&r.toks[first-2]) {
		return false
	}
	// "Image 1 of 5", "Page 2 of 3", "cols 214-268", "paragraphs 2.8 to
	// 2.11": the second number of a label
	if (r.word(first-1) == "of" || r.punct(first-1) == "-" || r.punct(first-1) == "–" || (r.word(first-1) == "to" || r.word(first-1) == "and") && strings.HasSuffix(r.word(first-3), "s") && r.word(first-3) != "years") && r.isNum(first-2) && r.is(first-3, fLabel) && c.unit == "" {
		return false
	}
	// "56 comments", "1.2k views", "Comments (1,184)": counts of a page,
	// not of its subject
	switch r.word(next) {
	case "comments", "views", "likes", "shares", "replies", "retweets", "reactions":
		return false
	case "view", "read", "see":
		if w := r.word(next + 1); w == "comments" || w == "replies" {
			return false // "388 View comments"
		}
	}
	if r.punct(first-1) == "(" && r.punct(next) == ")" && c.unit == "" {
		switch r.word(first - 2) {
		case "comments", "views", "likes", "shares", "replies", "reactions", "discussion", "conversation":
			return false
		}
	}
	// "Shares: 1,204", "Shared 318 times", "Download PDF (412 KB)", and
	// "Comments 1,084" as a line of its own
	if c.unit == "" && (r.punct(first-1) == ":" && (r.word(first-2) == "shares" || r.word(first-2) == "views" || r.word(first-2) == "comments") || r.word(first-1) == "shared" && r.word(next) == "times") {
		return false
	}
	if w := r.word(first - 1); c.unit == "" && (w == "comments" || w == "shares" || w == "views" || w == "replies") && r.lineStart(first-1) && (next >= r.hi || r.toks[next].nl > 0) {
		return false
	}
	// "Join 2,300 others in the comments"
	if c.unit == "" && r.word(first-1) == "join" && r.word(next) == "others" && (r.sentenceHas("comments") || r.sentenceHas("conversation") || r.sentenceHas("discussion")) {
		return false
	}
	// "one in four 18 to 34-year-olds": the first age of a range of ages
	if c.unit == "" && !c.scaled && c.value < 120 && (r.word(next) == "to" || r.punct(next) == "-" || r.punct(next) == "–") && r.isNum(next+1) && r.punct(next+2) == "-" && r.adjacent(next+2) && (r.word(next+3) == "year" || strings.HasPrefix(r.word(next+3), "year-")) {
		return false
	}
	// "people of working age, 16 to 64,": the ages that define the group
	if c.unit == "" && !c.scaled && c.value < 120 && (r.punct(first-1) == "," && r.word(first-2) == "age" && r.word(next) == "to" && r.isNum(next+1) ||
		r.word(first-1) == "to" && r.isNum(first-2) && r.punct(first-3) == "," && r.word(first-4) == "age") {
		return false
	}
	// a reader poll: "Yes 91%   No 9%", "Total votes: 9,418", "14,206 votes"
	// (not a division of the House: "defeated by 332 votes to 181")
	if c.unit == "" && (r.word(next) == "votes" && r.lineStart(first) && r.word(next+1) != "to" || r.punct(first-1) == ":" && r.word(first-2) == "votes") {
		return false
	}
	if w := r.word(first - 1); c.unit == "percent" && (w == "yes" || w == "no") && r.pollLine(first-1) {
		return false
	}
	// "came here around 2019 or 2020", "turns negative around 2030": a
	// hedged year, not a hedged figure
	if hedged && c.digits && c.unit == "" && !c.scaled && c.value >= 1900 && c.value <= 2100 && len(r.text(first)) == 4 && !r.countNounAfter(next) {
		return false
	}
	// "one person seeking asylum to every 200 residents": the base of a
	// ratio
	if c.unit == "" && r.word(first-1) == "every" && r.word(first-2) == "to" {
		return false
	}
	// "The top 1% of earners": a group, not a statistic of it
	if w := r.word(first - 1); c.unit == "percent" && (w == "top" || w == "bottom" || w == "richest" || w == "poorest") && r.word(first-2) == "the" {
		return false
	}
	// "table RTN_04", "MJ_02": a code
	if r.punct(first-1) == "_" && r.adjacent(first) {
		return false
	}
	// "Campus Futures, which represents 71 universities": who a body
	// speaks for
	if c.unit == "" && !hedged && r.representsBefore(first) {
		return false
	}
	// "every 100,000 fewer net migrants", "each extra 100 detainees": a
	// step of a rule of thumb (not "for every 1,000 residents", a base,
	// nor "one in every 110")
	if c.unit == "" {
		switch w := r.word(first - 1); {
		case w == "every" && r.word(first-2) != "for" && r.word(first-2) != "in" && stepWord(r.word(next)):
			return false
		case (w == "extra" || w == "additional") && r.word(first-2) == "each":
			return false
		}
	}
	switch r.word(next) {
	case "kb", "mb", "gb":
		return false
	}
	// "a 95% confidence interval", "the statisticians' 95% range"
	if c.unit == "percent" && (r.word(next) == "confidence" || r.word(next) == "confident" || (r.word(next) == "range" || r.word(next) == "interval") && c.value >= 90 && !r.changeContext(c.s)) {
		return false
	}
	// "Divided by 365, that works out at £6m a day": arithmetic
	if r.word(first-1) == "by" {
		switch r.word(first - 2) {
		case "divided", "divide", "dividing", "multiplied", "multiply", "multiplying":
			return false
		}
	}
	if c.unit == "" && !c.scaled && !c.grouped && !c.decimal && c.value < 120 {
		// "over 18", "under 30" with no noun: an age limit, not a count
		if q := r.word(c.s - 1); (q == "under" || q == "over" || q == "above" || q == "below") && r.nounUnit(next) == "" && !r.countNounAfter(next) {
			return false
		}
	}
	// "Scotland's 32 council areas": how many there are, not a statistic
	if c.unit == "" && !c.scaled && strings.HasSuffix(r.word(first-1), "'s") && (r.councilAreas(next+1) || r.councilAreas(next+2)) {
		return false
	}
	// names and addresses: "10 Downing Street", "Boeing 767", "Channel 4"
	if c.unit == "" && !c.scaled && !c.grouped {
		if w := r.word(next); w != "" && isUpperWord(&r.toks[next]) && (r.is(next+1, fStreet) || r.is(next+2, fStreet)) {
			return false
		}
		// (not a possessive: "with February's 860 the lowest", nor a day:
		// "Mon 412 | Tue 655")
		if !hedged && first-1 > r.lo && r.word(first-1) != "" && isUpperWord(&r.toks[first-1]) && !r.lineStart(first-1) && !r.isMonth(first-1) && !strings.HasSuffix(r.word(first-1), "'s") && !dayNames[r.word(first-1)] && r.nounUnit(next) == "" && !r.countNounAfter(next) && !r.listItem(first, next) {
			if !r.is(next, fUnitNoun) {
				return false
			}
		}
	}
	// phone numbers and codes: "0800 123 4567", "020 7946 0000" — numbers
	// that follow each other with only spaces between
	if len(t.str(r.src)) >= 3 && t.str(r.src)[0] == '0' && !c.decimal || r.phoneChain(first) {
		return false
	}
	if c.unit == "" && !c.scaled && (r.isNum(first-1) && r.toks[first].space && !r.tableGap(first) || r.isNum(next) && r.toks[next].space && !r.tableGap(next)) && !r.seriesPoint(first, next) {
		return false
	}
	// labels: "Article 8", "section 3", "Channel 4", "charity no. 1190417"
	if c.unit == "" && !c.scaled && !c.grouped {
		k := first - 1
		if r.word(k) == "" && (r.punct(k) == "." || r.punct(k) == "(") {
			k = first - 2 // "no. 1190417", "Comments (284)"
		}
		// ("this year 452 boats landed": a period, then a count)
		if r.is(k, fLabel) && !(periodNoun[r.word(k)] && timeDeterminer[r.word(k-1)]) {
			return false
		}
	}
	// a run of five or more digits with no separators and no counted noun is
	// a reference or an identifier: counts are written "36,816"
	if c.digits && len(t.str(r.src)) >= 5 && c.unit == "" && !c.scaled && r.nounUnit(next) == "" {
		return false
	}
	// "once 300 people have been relocated", "if 300 people were
	// relocated": a condition, not a count; "those first 300 people", "£1.8m
	// for each of the first 300": a frame for a figure per head ("the first
	// 300 people would cost £541m" is a count)
	if w := r.word(first - 1); w == "once" || w == "if" || w == "first" && c.unit == "" && (r.word(first-2) == "those" || r.word(first-2) == "these" || r.word(first-2) == "the" && r.word(first-3) == "of") {
		return false
	}
	// "within 10 to 12 weeks": a duration written as a range
	if c.unit == "" && !c.scaled && (r.word(c.e) == "to" || r.word(c.e) == "or" || r.punct(c.e) == "-" || r.punct(c.e) == "–") && r.isNum(c.e+1) && timeNouns[r.word(c.e+2)] {
		return false
	}
	// durations and times: "six months", "72 hours", "10 am", "25-year-old"
	nw := r.word(next)
	if r.is(next, fTimeNoun) && c.unit == "" && !c.scaled && !r.waitingTime(first) && !(hedged && nw == "years" && r.wouldTake(first)) {
		return false
	}
	// "It has fallen for six quarters in a row", "for five consecutive
	// quarters": how long a run lasted
	if nw == "quarters" && (r.word(next+1) == "in" && r.word(next+2) == "a" && r.word(next+3) == "row" || r.word(next+1) == "running") || nw == "consecutive" && r.word(next+1) == "quarters" {
		return false
	}
	// "18-to-34-year-olds": the first age of a range of ages
	if r.punct(next) == "-" && r.adjacent(next) && r.word(next+1) == "to" && r.punct(next+2) == "-" && r.isNum(next+3) && r.punct(next+4) == "-" && (r.word(next+5) == "year" || strings.HasPrefix(r.word(next+5), "year-")) {
		return false
	}
	// "were 16 to 34 years old", "aged between 18 and 24 years old": the
	// first age of a range of ages
	if (nw == "to" || nw == "and" || r.punct(next) == "-" || r.punct(next) == "–") && r.isNum(next+1) && r.word(next+2) == "years" && r.word(next+3) == "old" {
		return false
	}
	if (r.punct(next) == "-" || r.punct(next) == "–") && r.adjacent(next) && r.word(next+1) != "" && r.adjacent(next+1) {
		w := r.word(next + 1)
		// ("a 50-person manufacturer", "a six-storey block": a size that
		// describes one thing)
		if r.is(next+1, fTimeNoun) || w == "year" || w == "years" || w == "point" || w == "page" || w == "man" || w == "mile" || w == "person" || w == "member" || w == "storey" {
			return false
		}
		// "the 10-working-day target": a length of time
		if w == "working" && r.punct(next+2) == "-" && r.adjacent(next+2) && r.is(next+3, fTimeNoun) {
			return false
		}
	}
	// "1.5 claims per 1,000 residents": the base of a rate is no figure
	if r.word(first-1) == "per" && c.unit == "" && !c.scaled {
		return false
	}
	// "(PDF, 38 pages)", "a 120-page report": the length of a document
	if (nw == "pages" || nw == "page") && c.unit == "" {
		return false
	}
	if (nw == "years" || nw == "year") && c.unit == "" {
		// ages and frames: "25 years old", "five years ago", "the next 10 years",
		// "wait 10 years rather than five" (a rule);
		// keep "in 75 years", "an average wait of 1.4 years", "the largest
		// annual increase for 75 years"
		if r.word(next+1) == "old" || r.word(next+1) == "ago" || r.possessive(next+1) || r.ruleAlternative(next+1) || r.is(first-1, fFrame) && !(nw == "years" && (r.recordPeriod(first) || hedged && r.wouldTake(first))) || c.value == math.Trunc(c.value) && r.livedBefore(first) {
			return false
		}
	}
	// dates: "5 July", "July 5", "5th of July"
	if c.digits && c.unit == "" && !c.scaled {
		v := c.value
		if v >= 1 && v <= 31 {
			if r.isMonth(next) {
				return false
			}
			if r.word(next) == "of" {
				if r.isMonth(next + 1) {
					return false
				}
			}
			if r.isMonth(first - 1) {
				return false
			}
		}
		// years: "in 2024", "2022/23", "the 2000 Terrorism Act", "2023 arrivals";
		// news writes counts in the thousands with a comma
		// "below 2022's record pace": a year with an apostrophe is a year
		if len(t.str(r.src)) == 4 && v >= 1800 && v <= 2100 && hedged && (r.punct(next) == "'" || r.punct(next) == "’") && r.word(next+1) == "s" {
			return false
		}
		// "the highest since at least 2018": a year, however hedged
		if len(t.str(r.src)) == 4 && v >= 1800 && v <= 2100 && hedged && r.yearPreposition(first-1) {
			return false
		}
		// "emigrated over 2024 and 2025": "over" a year is a span of time
		if len(t.str(r.src)) == 4 && v >= 1800 && v <= 2100 && hedged && r.word(first-1) == "over" && !r.countNounAfter(next) && r.nounUnit(next) == "" {
			return false
		}
		// "less than 2023-24's record": a financial year or a span of years
		if len(t.str(r.src)) == 4 && v >= 1800 && v <= 2100 && (r.punct(next) == "-" || r.punct(next) == "–" || r.punct(next) == "/") &&
			r.adjacent(next) && r.isNum(next+1) && r.adjacent(next+1) && (len(r.text(next+1)) == 2 || len(r.text(next+1)) == 4) {
			return false
		}
		if len(t.str(r.src)) == 4 && v >= 1800 && v <= 2100 && !hedged {
			// "2000 people" (a round count) is a count; "2023 arrivals" is a year
			if int(v)%100 != 0 || !r.countNounAfter(next) {
				return false
			}
		}
		// "2022/23" second part
		if (r.punct(first-1) == "/" || r.punct(first-1) == "-") && r.adjacent(first) && r.isNum(first-2) && len(r.text(first-2)) == 4 {
			return false
		}
		if r.isMonth(first-1) && len(t.str(r.src)) == 4 {
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
		// "the first half of 2024", "the opening half of 2026" is a period
		if r.is(c.s-1, fOrdinal) {
			return false
		}
		switch r.word(c.s - 1) {
		case "opening", "closing", "latter", "former", "final", "last":
			if r.word(c.e) == "of" {
				return false
			}
		}
		// "three and a half years ago": the end of a mixed number of a
		// length of time
		if k := c.s - 1; (r.word(k) == "and" || r.word(k) == "a" && r.word(k-1) == "and") && (r.is(next, fTimeNoun) || r.word(next) == "years" || r.word(next) == "year") {
			return false
		}
		// "the other half of the equation"
		if r.word(c.s-1) == "other" {
			return false
		}
		// "fallen for six quarters in a row": a run of quarters of a year
		if r.word(next) == "in" && r.word(next+1) == "a" && r.word(next+2) == "row" || r.word(next) == "running" {
			return false
		}
		// "after serving a third of their sentence": a term served
		if r.word(next) == "of" {
			switch r.word(next + 2) {
			case "sentence", "sentences", "term", "terms":
				return false
			}
		}
		// "half of", "a third of"; "a fall of a third"; "a two-thirds drop"
		// "for a quarter of a century", "half a century": a length of time
		k := next
		if r.word(k) == "of" {
			k++
		}
		if r.word(k) == "a" && (r.word(k+1) == "century" || r.word(k+1) == "lifetime" || r.word(k+1) == "generation") {
			return false
		}
		// "a promise only half-kept", "half-empty": a manner, not a share
		if (r.punct(next) == "-" || r.punct(next) == "–") && r.adjacent(next) && r.adjacent(next+1) {
			switch r.word(next + 1) {
			case "kept", "done", "finished", "built", "empty", "full", "hearted", "baked", "truth", "truths":
				return false
			}
		}
		switch r.word(next) {
		case "year", "time", "month", "week", "day", "quarter", "consecutive", "successive", "straight", "term",
			"country", "countries", "party", "parties", "reading", "sector", "world":
			// "for a third year in a row", "a third quarter running",
			// "sent to a third country": an ordinal
			return false
		case "empty", "full":
			return hedged // "less than half full", a share of the places (not "the glass is half full")
		case "done", "finished", "complete", "completed", "built", "right", "true":
			return false // "the job is only half done", "half right": a manner, not a share
		case "drop", "fall", "rise", "increase", "cut", "decline", "reduction", "jump", "lower", "higher":
			return true // ("two-thirds lower than in the previous year")
		case "less", "more", "fewer", "smaller", "larger", "bigger", "slower", "faster", "cheaper":
			// "a quarter less than 2023-24's record", "a third slower than",
			// "a third fewer people than", "a third more asylum seekers than"
			// ("risen to 68, up from 41 a year ago - two-thirds more.": at
			// the end of a clause, after the figures it compares)
			if (next+1 >= r.hi || r.punct(next+1) != "") && r.numberBefore(c.s) {
				return true
			}
			for k := next + 1; k <= next+4; k++ {
				switch r.word(k) {
				case "than":
					return true
				case "":
					return false
				}
			}
			return false
		}
		// "accounted for 211,400 of them, or two-thirds", "over 65, against
		// a fifth across Scotland": a share restating a figure or set
		// against another
		if w := r.word(c.s - 1); (w == "or" && r.punct(c.s-2) == "," || w == "against" || w == "versus") && r.numberBefore(c.s-1) {
			return true
		}
		// ("Half the people who crossed were Afghan": a share of a count;
		// "the survey found three-fifths were in jobs": a share, the
		// subject of its clause)
		if shareVerb(r.word(next)) {
			if w := r.word(c.s - 1); c.s == r.lo || w == "found" || w == "and" || w == "but" || w == "while" || w == "that" || r.punct(c.s-1) == "," {
				return true
			}
		}
		return r.word(next) == "of" || r.changeContext(c.s) || hedged && r.word(next) != "a" || r.word(next) == "the" && r.is(next+1, fUnitNoun)
	}
	// "There were eleven of us on the same flight", "with two other men":
	// a speaker's or a person's own company
	if !hedged && c.value <= 20 && r.company(c.s, next) {
		return false
	}
	// "with her two children": what a person has, not a statistic (but
	// "its three relocations", "their two appeals" may be)
	switch r.word(c.s - 1) {
	case "her", "his", "my", "your":
		if c.value <= 10 && !hedged {
			return false
		}
	}
	// "a mum-of-two", "father-of-three": a person, not a statistic
	if (r.punct(c.s-1) == "-" || r.punct(c.s-1) == "–") && r.adjacent(c.s) && r.word(c.s-2) == "of" && r.adjacent(c.s-1) {
		return false
	}
	// "a couple with two children", "with his wife and four children": a
	// family, not a statistic
	if c.value <= 10 && !hedged && childNoun(r.word(next)) && r.familyBefore(c.s) {
		return false
	}
	// "from five years to ten": the second length of time of a change
	if r.word(c.s-1) == "to" && (r.is(c.s-2, fTimeNoun) || r.word(c.s-2) == "years") && r.word(c.s-4) == "from" && r.nounUnit(next) == "" {
		return false
	}
	if c.value < 2 && !hedged {
		// "one", "day one", "one of"; but "just one hotel in Wales", "only
		// one council": a count of one, stressed
		if w := r.word(c.s - 1); c.value == 1 && (w == "just" || w == "only") && singularCounts[r.word(next)] != "" {
			return true
		}
		return false
	}
	if r.is(next, fTimeNoun) || r.word(next) == "years" || r.word(next) == "year" {
		if r.word(next+1) == "ago" {
			return false // "double the wait two years ago"
		}
		// "the weakest growth in five years", as "the biggest annual
		// increase in 75 years": how long since, after a superlative
		if r.word(next) == "years" && !r.possessive(next+1) && r.recordPeriod(c.s) {
			return true
		}
		// "compared with almost four days at the worst point": a waiting
		// time it is compared with (not "waiting more than six months", a
		// threshold); "cases take more than a year", "had waited about
		// seven months on average", "the typical wait for a hearing is now
		// more than a year": a waiting time
		return r.comparedWaitingTime(c.s) || r.takesTime(c.s, next) || r.word(next) == "year" && r.waitBefore(c.s)
	}
	if r.word(next) == "times" {
		return false // ratios are read elsewhere
	}
	// "Migrant numbers: four viral claims checked", "We've looked at six
	// of them": the claims a fact check checks
	if r.claimsChecked(c.s, next) {
		return false
	}
	// "more than sixty of us": people
	if r.word(next) == "of" && (r.word(next+1) == "us" || r.word(next+1) == "them") {
		return true
	}
	// "Two of the dead were children", "At least eight of last year's
	// dead", "Eleven of the 14 hotels": a part of a group (not "Ten of
	// the best walks")
	if r.word(next) == "of" {
		switch r.word(next + 1) {
		case "the", "last", "this", "those", "these":
			if w := r.word(next + 2); w != "" && w != "best" && w != "most" && !(len(w) > 4 && strings.HasSuffix(w, "est")) || r.isNum(next+2) {
				return true
			}
		case "our", "their", "its":
			// "Eight of our 40 care staff"
			if r.isNum(next + 2) {
				return true
			}
		}
	}
	// "fewer than two for every 10,000 people", "more than one dependant
	// for every worker": a rate
	if k := next; c.value >= 1 && (r.word(k) == "for" || r.word(k+1) == "for" && r.toks[k].kind == tWord && !r.is(k, fTimeNoun)) {
		if r.word(k) != "for" {
			k++
		}
		if r.word(k+1) == "every" && (r.isNum(k+2) || r.word(k+2) != "" && !r.is(k+2, fTimeNoun)) {
			return true
		}
	}
	// "four hotels still take asylum seekers, compared with nine at the
	// start of 2024", "better than four": the base a count is compared
	// with, its noun left out; "At the start of 2025 there were nine.": a
	// count whose noun is in the sentence before
	if c.value >= 2 && !r.is(next, fTimeNoun) {
		switch w := r.word(c.s - 1); {
		case (w == "with" && r.word(c.s-2) == "compared" || w == "against" || w == "than") && r.numberBefore(c.s-1) && !r.durationBefore(c.s-1):
			return true
		case (w == "were" || w == "was") && r.word(c.s-2) == "there" && (next >= r.hi || r.punct(next) == "." || r.punct(next) == ","):
			return true
		}
	}
	// "Seven have still not been found", "Four still have none": a count
	// that opens its sentence, its noun in the sentence before
	if c.s == r.lo && r.lo > 0 && c.value >= 2 {
		switch r.word(next) {
		case "have", "had", "were", "are", "remain", "remained", "still":
			return true
		}
	}
	// "23 have been caught trying again, and nine have made it", "Six of
	// the deaths were at Harmondsworth, and two at Brook House": a second
	// count after "and", its noun left out as the first one's verb or
	// noun is
	if (r.word(c.s-1) == "and" || r.punct(c.s-1) == ",") && c.value >= 2 && r.numberBefore(c.s-1) {
		switch r.word(next) {
		case "have", "had", "were", "are", "remain", "remained", "still":
			return r.word(c.s-1) == "and"
		case "at", "in":
			if k := next + 1; k < r.hi && r.toks[k].kind == tWord && r.toks[k].upper && r.word(c.s-1) == "and" {
				return true
			}
			// "48 live in privately rented homes, nine in council
			// properties and six in temporary accommodation", "six of
			// the deaths happened in removal centres and three in
			// prisons": counts in a list, after a count "in" a place
			if r.countIn(c.s-1, r.word(next)) {
				return true
			}
		}
	}
	// "England has 149 of the hotels, Scotland 14, Wales eight and
	// Northern Ireland five": a place's count in a list of them
	if c.value >= 2 && c.s-1 > r.lo && r.toks[c.s-1].kind == tWord && r.toks[c.s-1].upper && !r.lineStart(c.s-1) && r.listItem(c.s, next) {
		return true
	}
	// "Monday (612 people in 11 boats), Thursday (468 in eight)": the boats
	// of a day, as the first day's are written
	if r.word(c.s-1) == "in" && r.isNum(c.s-2) && r.boatsEarlier(c.s-2) {
		return true
	}
	// "Four volunteers were flown to Kigali. … Divided between those four,
	// the scheme cost £179m each", "better than four", "by four": a count
	// the document has given, named again without its noun
	if r.countAgain(c.s, next, c.value) {
		return true
	}
	// "Twelve others were brought back to shore": people
	if r.word(next) == "others" {
		return true
	}
	// "Nine of the 11 council areas grew", "four of Wales' 22 councils":
	// how many of a country's parts
	if r.word(next) == "of" && r.partsOf(next+1) {
		return true
	}
	// "Two hotels remain open, down from six": the figure a count is
	// compared with, its noun left out
	if r.word(c.s-1) == "from" && r.is(c.s-2, fChangeBefore) && (next >= r.hi || r.word(next) == "" || r.is(next, fPeriod) || r.word(next) == "at" || r.word(next) == "in") {
		return true
	}
	// "For every Briton who returned, almost two departed": a count set
	// against each of another
	if r.forEveryBefore(c.s) {
		return true
	}
	// "the four who flew", "The four, including a girl of seven, died":
	// people
	if r.word(next) == "who" || r.punct(next) == "," && r.word(next+1) == "including" {
		switch r.word(c.s - 1) {
		case "the", "those", "these", "all":
			return true
		}
	}
	// "Three die off French coast", "Two arrested after …": people, by
	// what befell them
	if fateWord(r.word(next)) {
		return true
	}
	// "at least 24 have died so far this year, including five in one
	// night": a part of the count before, its noun left out
	if r.word(c.s-1) == "including" && r.punct(next) != "%" {
		for k := c.s - 2; k >= r.lo && k >= c.s-25; k-- {
			if r.isNum(k) {
				return true
			}
		}
	}
	// "How many people were actually sent? Four.": a number that is the
	// whole answer to the question before it
	if c.s == r.lo && (next >= r.hi || r.punct(next) == "." || r.punct(next) == "!") && r.lo > 0 && r.toks[r.lo-1].low == "?" {
		return true
	}
	// "All four went voluntarily", "four departures to Kigali": people
	if r.word(c.s-1) == "all" && r.word(next) == "went" || r.word(next) == "departures" {
		return true
	}
	// "Three claims from Sunday's debate, checked": claims made, not
	// claims for asylum
	if r.word(next) == "claims" && !r.sentenceHas("asylum") {
		return false
	}
	return r.countNounAfter(next)
}

// pollLine reports whether the line of token i opens with "Yes" and has a
// "No" on it: a reader poll's results.
func (r *recogniser) pollLine(i int) bool {
	a := i
	for a > r.lo && r.toks[a].nl == 0 {
		a--
	}
	if r.word(a) != "yes" {
		return false
	}
	for k := a + 1; k < r.hi && (k == a+1 || r.toks[k].nl == 0); k++ {
		if r.word(k) == "no" {
			return true
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

// ageBand reports whether q is a range of ages said of people: "(those
// leaving) are between 16 and 34", "were 16 to 34 -": two whole numbers
// under 100, the first a teenager's or more, after a verb "to be" and at
// the end of a clause.
func (r *recogniser) ageBand(q *quantity) bool {
	if q.qualifier != "range" || q.unit != "" || q.low < 15 || q.high >= 100 || q.high-q.low < 8 || q.low != math.Trunc(q.low) || q.high != math.Trunc(q.high) {
		return false
	}
	if p := r.punct(q.te); q.te < r.hi && p == "" {
		return false
	}
	switch r.word(q.ts - 1) {
	case "is", "are", "was", "were", "be", "been":
		return true
	}
	return false
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

// partsOf reports whether the whole of a country's parts begins at token
// k, after "of": "the 11 council areas", "the remaining 18 councils",
// "Wales' 22 councils", "Scotland's 32 local authorities".
func (r *recogniser) partsOf(k int) bool {
	for j := k + 1; j <= k+2; j++ {
		if (r.isNum(j) || r.is(j, fNumWord|fTens)) && r.partsNoun(j+1) && r.partsOwner(j) {
			return true
		}
	}
	return false
}

// countIn reports whether a count in figures or words stands before token
// i in the sentence and is followed, within four words, by the preposition
// prep ("48 live in", "six of the deaths happened in").
func (r *recogniser) countIn(i int, prep string) bool {
	for k := i - 1; k >= r.lo; k-- {
		if r.isNum(k) || r.is(k, fUnitWord) && r.word(k) != "one" {
			for j := k + 1; j < i && j <= k+6; j++ {
				if r.word(j) == prep {
					return true
				}
				if r.punct(j) != "" {
					break
				}
			}
			return false
		}
	}
	return false
}

// stepWord reports whether w, after "every 100,000", makes the figure the
// step of a rule of thumb: "every 100,000 fewer", "every 10,000 extra".
func stepWord(w string) bool {
	switch w {
	case "fewer", "more", "less", "extra", "additional", "fall", "rise", "drop", "increase", "reduction", "cut":
		return true
	}
	return false
}

// partsNoun reports whether the parts of a country or union are named at
// token i: "councils", "council areas", "local authorities", "boroughs",
// "member states", "countries", "nations".
func (r *recogniser) partsNoun(i int) bool {
	switch r.word(i) {
	case "councils", "boroughs", "countries", "nations", "universities":
		return true
	case "council":
		return r.word(i+1) == "areas"
	case "local":
		return r.word(i+1) == "authorities" || r.word(i+1) == "authority" && r.word(i+2) == "areas"
	case "member":
		return r.word(i+1) == "states"
	}
	return false
}

// partsOwner reports whether the number at token i is preceded by the
// whole its parts make up: "of the", "across the", "the remaining", or a
// capitalised possessive ("Scotland's", "Wales'").
func (r *recogniser) partsOwner(i int) bool {
	switch w := r.word(i - 1); {
	case w == "the":
		return r.word(i-2) == "of" || r.word(i-2) == "across"
	case w == "remaining":
		return r.word(i-2) == "the"
	case w == "our" || w == "its" || w == "their":
		return r.word(i-2) == "of" // "In 24 of our 32 council areas"
	case strings.HasSuffix(w, "'s") && r.toks[i-1].upper:
		return true
	case r.punct(i-1) == "'" || r.punct(i-1) == "’":
		return strings.HasSuffix(r.word(i-2), "s") && r.toks[i-2].upper
	}
	return false
}

// sentenceHasRule reports whether the sentence speaks of a rule: a
// "scheme", what councils are "expected" or "asked" to do, a "level" or
// "threshold" they are held to.
func (r *recogniser) sentenceHasRule() bool {
	for k := r.lo; k < r.hi; k++ {
		switch r.toks[k].low {
		case "scheme", "expected", "expects", "asks", "asked", "level", "threshold":
			return true
		}
	}
	return false
}

// childBase reports whether the words from i name a child population, as
// the base of a share: "their child population", "the under-18s", "the
// children living in its area", "it" in a sentence on a child population.
func (r *recogniser) childBase(i int) bool {
	if r.word(i) == "it" {
		return r.sentenceHas("child") && r.sentenceHas("population")
	}
	switch r.word(i) {
	case "its", "their", "the":
	default:
		return false
	}
	for k := i + 1; k <= i+3 && k < r.hi; k++ {
		switch r.word(k) {
		case "child", "children", "under":
			return true
		case "":
			return false
		}
	}
	return false
}

// sentenceHas reports whether the word w stands in the sentence.
func (r *recogniser) sentenceHas(w string) bool {
	for k := r.lo; k < r.hi; k++ {
		if r.toks[k].low == w {
			return true
		}
	}
	return false
}

// fateWord reports whether w says what befell the people a number word
// before it counts. (A switch, not a map: it is asked for every figure.)
func fateWord(w string) bool {
	switch w {
	case "die", "died", "dead", "drown", "drowned", "killed", "injured", "hurt", "missing", "rescued", "arrested", "detained", "charged", "jailed", "crushed", "trampled", "suffocated":
		return true
	}
	return false
}

// waitBefore reports whether a wait is what the clause before token i
// speaks of: "the typical wait for a hearing is now", "average waits now
// run to" (not "people waiting more than", a threshold: see waitingTime).
func (r *recogniser) waitBefore(i int) bool {
	for k := i - 1; k >= r.lo && k >= i-10; k-- {
		switch r.word(k) {
		case "wait", "waits":
			return true
		case "waiting", "waited":
			return false
		case "":
			return false
		}
	}
	return false
}

// recordPeriod reports whether the number of years at token i, past a
// hedge, follows "in" or "for" after a superlative: "the weakest growth in
// five years", "the largest annual increase for 75 years", "its lowest
// level for more than 12 years": how long since a record.
func (r *recogniser) recordPeriod(i int) bool {
	k := i - 1
	for k > r.lo {
		switch r.word(k) {
		case "more", "than", "over", "nearly", "almost", "about", "around", "some", "well", "under", "less":
			k--
			continue
		}
		break
	}
	if w := r.word(k); w != "in" && w != "for" {
		return false
	}
	return r.superlativeBefore(k)
}

// superlativeBefore reports whether a superlative ("biggest", "weakest",
// "fastest") stands in the few words before token i.
func (r *recogniser) superlativeBefore(i int) bool {
	for k := i - 1; k >= r.lo && k >= i-6; k-- {
		w := r.word(k)
		if w == "" {
			return false
		}
		// (not "Most of that came in two years": a quantifier)
		if len(w) > 4 && w[len(w)-3:] == "est" || (w == "most" || w == "least") && r.word(k-1) == "the" {
			return true
		}
	}
	return false
}

// countNounAfter reports whether a counted noun follows at i, allowing a few
// modifiers ("1,100 migrants", "43,630 detected irregular arrivals").
func (r *recogniser) countNounAfter(i int) bool {
	for k := i; k < i+3 && k < r.hi; k++ {
		w := r.word(k)
		if w == "" {
			return false
		}
		if u, ok := lookup(r, k, fUnitNoun, unitNouns); ok && u != "" && (u != "other" || w == "families" || w == "households" || r.councilAreas(k) || r.hotelsCounted(i, k)) && w != "year" && w != "years" {
			return true
		}
	}
	return false
}

// tableGap reports whether token i is set off from the token before by a
// run of two or more spaces or a tab, as the cells of a table in plain text
// are ("OBR, March 2025      386    342    340"); a phone number or "in 2024
// 1,200" has single spaces.
func (r *recogniser) tableGap(i int) bool {
	gap := r.src[r.toks[i-1].be:r.toks[i].bs]
	return len(gap) >= 2 && strings.Trim(gap, " \t") == "" || gap == "\t"
}

// inURL reports whether token i is part of a web address: the run of
// text without spaces that holds it has "://" or "www." before it.
func (r *recogniser) inURL(i int) bool {
	b := r.toks[i].bs
	for a := b - 1; a >= 0 && a >= b-300; a-- {
		switch r.src[a] {
		case ' ', '\n', '\t':
			return false
		case '/':
			if a >= 2 && r.src[a-1] == '/' && r.src[a-2] == ':' {
				return true
			}
		case '.':
			if a >= 3 && r.src[a-3:a] == "www" {
				return true
			}
		}
	}
	return false
}

// seriesPoint reports whether the number at first (ending at next) is the
// value of a year in a chart's series: "Immigration: 2023 1,326; 2024
// 1,095; 2025 898".
func (r *recogniser) seriesPoint(first, next int) bool {
	y := first - 1
	if !r.isNum(y) || len(r.text(y)) != 4 || !r.toks[first].space {
		return false
	}
	if v := r.text(y); v < "1900" || v > "2100" {
		return false
	}
	switch r.punct(y - 1) {
	case ":", ";", ",":
	default:
		return false
	}
	switch r.punct(next) {
	case ";", ".", ",":
		return true
	}
	return next >= r.hi
}

// hotelsCounted reports whether the noun at k, after a number ending at i,
// counts hotels or centres in use ("Five hotels in the city are still
// used", "Nine London hotels have stopped", "reopen two centres", "1,240
// people were living in nine hotels": the count of hotels in use is a
// figure of the story, as most of the labelled sets have it).
func (r *recogniser) hotelsCounted(i, k int) bool {
	switch r.word(k) {
	case "hotels", "centres", "centers":
	default:
		return false
	}
	switch r.word(i - 2) {
	case "from":
		// "down from six hotels at the peak": the base of a change
		switch r.word(i - 3) {
		case "down", "up", "fallen", "fell", "risen", "rose", "dropped", "cut":
			return true
		}
		return false
	}
	return true
}

// listItem reports whether the number at first (ending at next) is an item
// of a list whose verb is left out: "Cardiff housed 1,150, Swansea 810,
// Newport 700 and Wrexham 420" (a place and its figure after a comma or
// "and", when a figure stands just before), not "Channel 4" or "Boeing 767".
func (r *recogniser) listItem(first, next int) bool {
	// (over a name of several words: "and Stratford-on-Avon 41", "and
	// Bishop's Stortford 12")
	k := first - 2
	for n := 0; n < 6 && k > r.lo; n++ {
		t := &r.toks[k]
		if t.kind == tWord && t.upper || (t.low == "-" || t.low == "on" || t.low == "upon" || t.low == "under") && t.adjacentTo(&r.toks[k-1]) {
			k--
			continue
		}
		break
	}
	if r.word(k) != "and" && r.punct(k) != "," {
		return false
	}
	switch {
	case next >= r.hi, r.word(next) == "and", r.punct(next) == ",", r.punct(next) == ".", r.punct(next) == ";":
	case r.word(next) == "per" && r.isNum(next+1): // "and Italy 2.3 per 1,000"
	default:
		return false // "Channel 4 News"
	}
	// (the list's earlier figure may be far back: "France received 2.2,
	// almost half as many again, and Italy 2.3")
	for k--; k >= r.lo; k-- {
		if r.isNum(k) {
			return true
		}
	}
	return false
}

// councilAreas reports whether the noun at k counts the areas a country is
// divided into ("nine council areas", "four local authorities"), which
// population releases count as they count people.
func (r *recogniser) councilAreas(k int) bool {
	switch r.word(k) {
	case "areas", "authorities":
		w := r.word(k - 1)
		return w == "council" || w == "local"
	case "councils":
		// "Seven councils saw their populations shrink" (not "the six
		// councils", named before)
		return r.word(k-2) != "the"
	}
	return false
}

// attachedLetterAfter reports whether the number token at i is glued to
// letters that are not a scale abbreviation.
func (r *recogniser) attachedLetterAfter(i int) bool {
	if i+1 >= r.hi || !r.toks[i+1].adjacentTo(&r.toks[i]) || r.toks[i+1].kind != tWord {
		return false
	}
	// a scale word is a key of scaleAttached or of scaleWords
	scale := r.toks[i+1].flags&fScale != 0
	return !scale && r.toks[i+1].low != "per"
}

func isUpperWord(t *token) bool {
	return t.upper
}

// multiplying verbs: "doubled", "tripled".
// multiples are the adjectives of a ratio ("double the amount"), and
// ratioObject the words that make them one.
var multiples = map[string]float64{"double": 2, "treble": 3, "triple": 3, "quadruple": 4}

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

// modalBefore are the words that make "double" a verb: "cannot double the
// work", "plans to double the number".
var modalBefore = map[string]bool{"to": true, "cannot": true, "can": true, "will": true, "would": true, "could": true,
	"may": true, "might": true, "should": true, "must": true, "not": true, "never": true}

// changeSpan are the words after "a halving" that give the time it
// took: "a halving in a single year", "a halving since 2023".
var changeSpan = map[string]bool{"in": true, "since": true, "over": true, "on": true, "from": true}

// inVerb are the verbs whose "in" is their own ("took in 90 households",
// "moved in", "lived in"), not the "in" of "one in ten".
var inVerb = map[string]bool{"took": true, "take": true, "takes": true, "taken": true, "taking": true, "brought": true,
	"bring": true, "let": true, "lets": true, "moved": true, "move": true, "put": true, "came": true, "come": true,
	"lived": true, "live": true, "lives": true, "living": true, "stayed": true, "stay": true, "settled": true, "arrived": true,
	"slept": true, "housed": true, "fitted": true, "held": true, "kept": true, "locked": true, "checked": true}

var multiplyVerbs = map[string]float64{
	"doubled": 2, "doubling": 2, "tripled": 3, "trebled": 3, "tripling": 3, "quadrupled": 4, "halved": 0.5,
	"doubles": 2, "triples": 3, "trebles": 3, "quadruples": 4, "halves": 0.5, // "net migration halves"
	"halving": 0.5, // "the drop is a halving" (not "halving the backlog": see ratioAt)
	// "has gone up more than fivefold", "a tenfold rise"
	"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10,
}

// numberBefore reports whether a number (in figures or in words, but not
// "one") or a share stands in the sentence before token i.
func (r *recogniser) numberBefore(i int) bool {
	for k := i - 1; k >= r.lo; k-- {
		if r.isNum(k) || r.is(k, fFraction) || r.is(k, fUnitWord) && r.word(k) != "one" || r.is(k, fTens) {
			return true
		}
	}
	return false
}

// representsBefore reports whether "represents" stands in the few words
// before token i, in its clause: "which represents 71 universities", "which
// represents housing officers at 140 local authorities".
func (r *recogniser) representsBefore(i int) bool {
	// (not "the estimate represents a fall of 86,000": what a figure
	// amounts to)
	switch r.word(i - 1) {
	case "represents", "representing", "represent":
		return true
	case "at", "in", "across", "from":
		return r.wordBefore(i-1, 4, representWords)
	}
	return false
}

var representWords = []string{"represents", "representing", "represent"}

// durationBefore reports whether the last number before token i in its
// sentence is a length of time: "wait ten years rather than five".
func (r *recogniser) durationBefore(i int) bool {
	for k := i - 1; k >= r.lo; k-- {
		if r.isNum(k) || r.is(k, fUnitWord) || r.is(k, fTens) {
			w := r.word(k + 1)
			return r.is(k+1, fTimeNoun) || w == "years" || w == "year"
		}
	}
	return false
}

// whenAfter reports whether w, after a verb, says when it happened ("in
// rubber boats doubling last year"), not what it acts on.
// boatsEarlier reports whether "in N boats" stands in the sentence before
// token i: the pattern "people in boats" that later pairs of numbers
// follow ("Monday (612 people in 11 boats), Friday (688 in 12)").
func (r *recogniser) boatsEarlier(i int) bool {
	for k := r.lo; k+2 < i; k++ {
		if r.toks[k].kind == tWord && r.toks[k].low == "in" && r.isNum(k+1) {
			if w := r.word(k + 2); w == "boats" || w == "dinghies" || w == "boat" {
				return true
			}
		}
	}
	return false
}

// countAgain reports whether the number of value v at tokens [i, next)
// names again, without its noun, a count of people the document has given
// ("Four volunteers were flown to Kigali. … Divided between those four",
// "better than four", "by four").
func (r *recogniser) countAgain(i, next int, v float64) bool {
	if v < 2 || v > 20 || v != math.Trunc(v) || r.counted&(1<<uint(v)) == 0 || r.nounUnit(next) != "" || r.countNounAfter(next) {
		return false
	}
	switch r.word(i - 1) {
	case "those", "than", "beats", "beat", "by", "between", "across":
		return true
	}
	return false
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

func whenAfter(w string) bool {
	return w == "last" || w == "this" || w == "since" || w == "between"
}

// onePersonBefore reports whether the words up to token k, back to a
// number, name one person: "One boy we worked with", "the woman who runs it".
func (r *recogniser) onePersonBefore(k int) bool {
	for j := k; j > r.lo && j >= k-4; j-- {
		if r.isNum(j) || r.word(j) == "" {
			return false
		}
		if personNoun[r.word(j)] {
			switch r.word(j - 1) {
			case "one", "a", "the", "this", "that", "another":
				return true
			}
			return false
		}
	}
	return false
}

// notBefore reports whether "not", "no" or "never" stands in the three words
// before token i: "has not doubled", "is no doubling".
func (r *recogniser) notBefore(i int) bool {
	return r.wordBefore(i, 3, notWords)
}

var notWords = []string{"not", "no", "never", "didn't", "hasn't", "haven't", "doesn't", "won't"}

// ratioAt reads "four times as many", "three times higher", "twice as
// many", or a multiplying verb ("doubled").
func (r *recogniser) ratioAt(i int) (quantity, bool) {
	if v, ok := lookup(r, i, fMultiply, multiplyVerbs); ok {
		// (but "arrivals doubling in just 12 months": a change over a time)
		// ("fell to 118,000, almost halving from 224,000": a change from a
		// figure)
		if w := r.word(i); (w == "halving" || w == "doubling" || w == "tripling") && (r.word(i+1) != "" && !(r.word(i-1) == "a" && changeSpan[r.word(i+1)]) && !whenAfter(r.word(i+1)) && !(r.word(i+1) == "from" && r.isNum(i+2)) && !r.durationWithin(i+1) || r.word(i-1) == "of") {
			return quantity{}, false // "halving the backlog", "doubling the qualifying period", "the goal of halving": an aim
		}
		// "both halves of that statement": the noun
		if r.word(i) == "halves" {
			switch r.word(i - 1) {
			case "both", "two", "the", "its", "their", "in":
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
	var v float64
	var e int
	switch {
	case r.isNum(i):
		if r.word(i+1) != "times" {
			return quantity{}, false // tested below; before parsing the number
		}
		f, err := strconv.ParseFloat(stripCommas(r.text(i)), 64) // "some 20,000 times as much"
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
	// "two and a half times"
	if r.word(e) == "and" && r.word(e+1) == "a" && r.word(e+2) == "half" {
		v, e = v+0.5, e+3
	}
	if r.word(e) != "times" {
		return quantity{}, false
	}
	next := r.word(e + 1)
	// ("more than three times too high"; "three and a half times original
	// estimate" in a headline, without its article)
	// ("a rate 18 times lower": the factor, as written)
	if next != "as" && next != "more" && next != "higher" && next != "larger" && next != "greater" && next != "bigger" && next != "too" && !isRatioObject(next) &&
		next != "lower" && next != "smaller" && next != "fewer" && next != "less" &&
		next != "original" && next != "initial" && next != "previous" && next != "earlier" && !r.grewBefore(i) {
		return quantity{}, false
	}
	return quantity{ts: i, te: e + 1, vs: i, ve: e + 1, value: v, hasValue: true, qualifier: "exact", unit: "other", ratio: true}, true
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
	if _, sign := currencySigns[r.punct(i+1)]; sign || r.isNum(i+1) {
		return true
	}
	switch r.word(i + 1) {
	case "level", "size", "rate", "figure", "total", "amount", "peak":
		return true
	}
	return false
}

// ofFigureNoun are the nouns that name another figure after "a third of
// the …": what a figure is set against, not a whole it is part of ("half
// of the growth", "two-thirds of this year's increase" are shares of it).
var ofFigureNoun = map[string]bool{"peak": true, "level": true, "size": true, "sum": true, "high": true, "record": true,
	"one": true, "ambition": true, "claim": true, "estimate": true, "forecast": true, "target": true, "amount": true}

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
	if r.word(i+1) == "out" && r.word(i+2) == "of" {
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

// oneIn reads "one in five" as a share: 20 percent.
func (r *recogniser) oneIn(i int) (quantity, bool) {
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
			if w := r.word(k - 1); w == "" || r.is(k-1, fNumWord) {
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
	// "a different one in six months' time": a duration, not a share
	if r.is(e, fTimeNoun) {
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

// words that make "N years" the frame of a period, not a figure.
var frameWords = map[string]bool{"next": true, "last": true, "past": true, "previous": true, "first": true, "coming": true,
	"recent": true, "within": true, "the": true, "for": true, "over": true, "after": true, "than": true, "those": true, "these": true}

// lineStart reports whether only punctuation ("##", "*", "•") stands before
// token i on its line.
func (r *recogniser) lineStart(i int) bool {
	for k := i; k >= r.lo; k-- {
		if k < i && r.toks[k].kind != tPunct {
			return false
		}
		if r.toks[k].nl > 0 || k == 0 {
			return true
		}
		if k == r.lo {
			return k == 0 || r.toks[k].nl > 0
		}
	}
	return false
}

// phoneChain reports whether the number at i is part of a phone number:
// numbers joined by hyphens or spaces, one of them starting with 0.
func (r *recogniser) phoneChain(i int) bool {
	lo, hi := i, i
	for lo-2 >= r.lo && r.isNum(lo-2) && (r.punct(lo-1) == "-" && r.adjacent(lo) && r.adjacent(lo-1)) {
		lo -= 2
	}
	for hi+2 < r.hi && r.isNum(hi+2) && (r.punct(hi+1) == "-" && r.adjacent(hi+1) && r.adjacent(hi+2)) {
		hi += 2
	}
	if lo == hi {
		return false
	}
	for k := lo; k <= hi; k += 2 {
		if t := r.text(k); len(t) >= 3 && t[0] == '0' {
			return true
		}
	}
	return false
}

// company reports whether the number from first to next counts the company
// someone is in: "eleven of us on the same flight", "shares a room with two
// other men", "I share with three men".
func (r *recogniser) company(first, next int) bool {
	switch r.word(next) {
	case "of":
		return r.word(next+1) == "us"
	case "other", "others":
		return r.word(first-1) == "with"
	}
	// "I share with three men I did not know"
	switch r.word(first - 2) {
	case "share", "shares", "shared", "sharing":
		return r.word(first-1) == "with"
	}
	return false
}

// pensionAge reports whether the number at i is a pension's age: "after
// the pension age reaches 67", "the state pension age will rise to 68".
func (r *recogniser) pensionAge(i int) bool {
	for k := i - 1; k > r.lo && k >= i-5; k-- {
		switch r.word(k) {
		case "age":
			p := r.word(k - 1)
			return p == "pension" || p == "retirement"
		case "to", "of", "is", "was", "will", "be", "from", "up", "reaches", "reach", "reached", "rises", "rise", "rising", "risen", "rose", "goes", "go", "going", "went":
		default:
			return false
		}
	}
	return false
}

// ageContext reports whether an age word governs the number at i: "aged 16",
// "at the age of 16", "aged between 18 and 25", "aged 16 to 64".
func (r *recogniser) ageContext(i int) bool {
	// "the minister, who is 48, said"
	if w := r.word(i - 1); (w == "is" || w == "was") && r.word(i-2) == "who" && !r.isNum(i+1) && (r.word(i+1) == "" || r.word(i+1) == "and") {
		return true // (or "Maureen, who is 71 and has lived here since 1988")
	}
	// "care leavers who have since turned 18": an age reached
	if w := r.word(i - 1); (w == "turned" || w == "turns" || w == "turning" || w == "turn") && r.isNum(i) && len(r.text(i)) <= 3 && !r.is(i+1, fUnitNoun) {
		return true
	}
	// "a migrant who arrives at 25", "arriving at 25 on average earnings":
	// the age someone comes at
	// (not "the largest group of arrivals at 17 percent")
	if w := r.word(i - 2); r.word(i-1) == "at" && (w == "arrive" || w == "arrives" || w == "arriving" || w == "arrived") && r.isNum(i) && len(r.text(i)) == 2 && !r.is(i+1, fUnitNoun) && r.word(i+1) != "percent" && r.word(i+1) != "per" && r.punct(i+1) != "%" {
		return true
	}
	if r.pensionAge(i) {
		return true
	}
	// "a council assessed him as 16", "was assessed as 17": an age found
	if r.word(i-1) == "as" && r.isNum(i) && len(r.text(i)) == 2 && !r.is(i+1, fUnitNoun) {
		k := i - 2
		switch r.word(k) {
		case "him", "her", "them", "me":
			k--
		}
		if strings.HasPrefix(r.word(k), "assess") || r.word(k) == "judged" {
			return true
		}
	}
	for k := i - 1; k >= r.lo && k >= i-5; k-- {
		w := r.word(k)
		if r.is(k, fAge) {
			// ("a median age of 51": an average, see averageAgeBefore)
			switch r.word(k - 1) {
			case "median", "average", "mean":
				return w != "age"
			}
			return true
		}
		switch {
		case w == "of" || w == "between" || w == "and" || w == "or" || w == "to" || w == "under" || w == "over" || w == "as" && k == i-1:
		case r.isNum(k) || r.is(k, fNumWord) || (r.punct(k) == "-" || r.punct(k) == "–") && !r.toks[k].space && !r.toks[k+1].space:
			// ("two girls aged seven and 11"; "aged 16-64", but not "aged
			// 65 or over - 20.8% -", a dash that sets a figure apart)
		default:
			return false
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

// starterWords are the words a quantity can start with.
var starterWords = func() map[string]bool {
	m := map[string]bool{"between": true, "us": true, "a": true, "an": true, "half": true, "twice": true}
	for _, q := range qualifiers {
		m[q.words[0]] = true
	}
	for _, v := range vagues {
		m[v.words[0]] = true
	}
	for w := range units {
		m[w] = true
	}
	for w := range tens {
		m[w] = true
	}
	for w := range multiplyVerbs {
		m[w] = true
	}
	for w := range multiples {
		m[w] = true
	}
	return m
}()

// isMonth reports whether token i is a month name.
func (r *recogniser) isMonth(i int) bool {
	return i >= r.lo && i < r.hi && r.toks[i].flags&fMonth != 0
}

// aNext are the words that make "a"/"an" the start of a quantity: "a
// dozen", "a third", "a few thousand", "a minimum of".
var aNext = map[string]bool{"dozen": true, "hundred": true, "thousand": true, "million": true, "billion": true,
	"third": true, "quarter": true, "half": true, "fifth": true, "sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true, "twelfth": true, "twentieth": true, "thirtieth": true, "fortieth": true, "fiftieth": true, "hundredth": true, "thousandth": true, "few": true, "minimum": true, "maximum": true, "little": true}
