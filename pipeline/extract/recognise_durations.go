// Lengths of time: waiting times, how long something takes, and years since a record.

package extract

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
	// "On average, detainees stayed 41 days": an average stay, however
	// far the sentence's "average"
	switch r.word(r.pastHedge(i - 1)) {
	case "spent", "spend", "spends", "stayed", "stay", "stays":
		if r.sentenceHas("average") || r.sentenceHas("typically") {
			return true
		}
	}
	compared := r.afterComparedWith(i)
	switch r.word(i - 1) {
	case "is", "was", "at", "of", "now", "around", "about", "roughly", "nearly", "almost", "over", "than", "some", "reached", "hit", "to", "taking", "takes", "took", "from":
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
			// punctuation: another clause (not a figure: "fell from 21
			// months in 2023 to 14 months")
			if !compared && !r.isNum(k) {
				return false
			}
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
	case "spent", "spend", "spends", "stayed", "stay", "stays":
		// "On average, a child spent nine days in one of the centres": an
		// average stay (not "she spent three years in Calais")
		return r.sentenceHas("average") || r.sentenceHas("typically")
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
