// Numbers in words and the counts they make: keepWords and the tests for counts named again, in lists and in parts.

package extract

import (
	"math"
	"strconv"
	"strings"
)

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

// keepWords decides whether a number in words is a statistic: it needs a
// scale, a percent, a counted noun, or to be a fraction of something.
func (r *recogniser) keepWords(c core, hedged bool) bool {
	next := c.e
	// "a million reasons for the drift", "death by a thousand cuts": a
	// figure of speech
	if !hedged && c.unit == "" && (c.value == 100 || c.value == 1000 || c.value == 1e6) && r.word(c.s) == "a" && idiomNoun(r.word(next)) {
		return false
	}
	if c.unit != "" || c.scaled {
		return true
	}
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
		// "the other half of the equation", "in the lower half of the
		// league", "the missing half of border control", "the first and
		// second halves of the year": a part, not a share
		switch r.word(c.s - 1) {
		case "other", "lower", "upper", "top", "bottom", "missing":
			return false
		case "second":
			if r.word(next) == "of" {
				return false
			}
		}
		// "only half the story", "half of the equation": a figure of speech
		if r.word(c.s) == "half" && !hedged {
			k := next
			if r.word(k) == "of" {
				k++
			}
			if r.word(k) == "the" {
				switch r.word(k + 1) {
				case "story", "equation", "picture", "battle":
					return false
				}
			}
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
		// "for a quarter of a century", "half a century", "the highest
		// level in half a decade": a length of time (not "about a fifth a
		// decade ago", a share then)
		k := next
		if r.word(k) == "of" {
			k++
		}
		if r.word(k) == "a" && (r.word(k+1) == "century" || r.word(k+1) == "decade" && (k > next || r.word(next-1) == "half") || r.word(k+1) == "lifetime" || r.word(k+1) == "generation") {
			return false
		}
		// "a promise only half-kept", "half-empty": a manner, not a share
		if (r.punct(next) == "-" || r.punct(next) == "–") && r.adjacent(next) && r.adjacent(next+1) {
			switch r.word(next + 1) {
			case "kept", "done", "finished", "built", "empty", "full", "hearted", "baked", "truth", "truths":
				return false
			}
		}
		// "Glasgow accounted for half, with 742", "made up a third", "of
		// which three-quarters came from overseas": a share of a whole
		if r.partOfWholeBefore(c.s) {
			return true
		}
		// "has climbed by almost a third year on year": a change over a year
		if r.word(next) == "year" && r.word(next+1) == "on" && r.word(next+2) == "year" {
			return true
		}
		// "the grant rate is two thirds", "the share stood at a half": a
		// share, what a rate or share is
		if r.shareIsBefore(c.s) {
			return true
		}
		switch r.word(next) {
		case "year", "time", "month", "week", "day", "quarter", "consecutive", "successive", "straight", "term",
			"country", "countries", "party", "parties", "reading", "sector", "world", "summer", "winter", "spring", "autumn", "season":
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
			// ("sponsoring almost a quarter fewer skilled workers": what
			// the change counts follows it)
			if r.countNounAfter(next + 1) {
				return true
			}
			// ("a third more people with no right to stay than last year":
			// the words of what is compared may run to eight)
			for k := next + 1; k <= next+8; k++ {
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
		// ("but just a third felt their work used their skills", "only
		// half planned to stay": what a share of them did or thought)
		if shareVerb(r.word(next)) || fractionVerbs[r.word(next)] {
			k := c.s - 1
			if w := r.word(k); w == "only" || w == "just" || w == "barely" || w == "fully" {
				k--
			}
			// (or after the mark that opens a quotation: "He said: 'Half
			// came under Labour'")
			if w := r.word(k); k < r.lo || w == "found" || w == "and" || w == "but" || w == "while" || w == "that" || r.punct(k) == "," || (isOpenQuote(r.punct(k)) || r.punct(k) == "'") && r.adjacent(c.s) {
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
	// "net migration of zero", "bring it down to zero", "close to zero":
	// a figure that is nought (not "zero-hours contracts", "zero
	// tolerance" or a climate's "net zero")
	if c.value == 0 && r.word(c.s) == "zero" {
		return r.zeroFigure(c.s, next)
	}
	if c.value < 2 && !hedged {
		// "one", "day one", "one of"; but "just one hotel in Wales", "only
		// one council": a count of one, stressed
		if w := r.word(c.s - 1); c.value == 1 && (w == "just" || w == "only") && singularCounts[r.word(next)] != "" {
			return true
		}
		// "One man died off Wimereux", "one child drowned": a death, counted
		if c.value == 1 && (r.word(next+1) == "died" || r.word(next+1) == "drowned") {
			switch r.word(next) {
			case "man", "woman", "child", "person", "boy", "girl", "migrant", "baby", "teenager":
				return true
			}
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
		// more than a year": a waiting time; "made in an average of seven
		// months", as "an average of 14 months" is (in words, only an
		// average's: "can stay up to six months" is a rule's limit)
		return r.comparedWaitingTime(c.s) || r.takesTime(c.s, next) || r.word(next) == "year" && r.waitBefore(c.s) || next == c.s+1 && r.waitingTime(c.s) && (r.sentenceHas("average") || r.sentenceHas("median"))
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
	// "has fallen from 11 to four", "from 14 in July 2024 to nine": the
	// count a count fell or rose to; "Birmingham still has two in use",
	// "That would leave eight still in use": a count of what is still in
	// use, its noun left out
	if c.value >= 2 && !r.is(next, fTimeNoun) && (r.word(c.s-1) == "to" && r.fromCountBefore(c.s-1) || r.inUseAfter(next)) {
		return true
	}
	// "We sponsored 40 graduates. This year it was six.", "Today we have
	// nine": a count set against one before, its noun left out
	if c.value >= 2 && (next >= r.hi || r.toks[next].kind == tPunct) && r.thisYearIs(c.s) {
		return true
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
	// "Of the 11 deaths, seven happened inside a centre and four within a
	// fortnight of release", "Of the 130 people served, only seven were
	// still listed": the parts of the whole the sentence opens with
	if c.value >= 2 && r.word(next) != "of" && r.ofWholeOpener(c.s) {
		k := c.s - 1
		if w := r.word(k); w == "only" || w == "just" {
			k--
		}
		if r.punct(k) == "," || r.word(c.s-1) == "and" && r.numberBefore(c.s-1) {
			return true
		}
	}
	// "a rate of around four per 10,000": a rate (not "a ratio above one
	// per 200 residents", a rule's threshold)
	if hedged && c.value >= 2 && r.word(next) == "per" && r.isNum(next+1) {
		return true
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
	// "Two years ago that figure was barely a hundred", "the total stood
	// at about a thousand": a hedged round number that a figure was
	if hedged && c.value >= 100 {
		switch r.word(r.pastHedge(c.s - 1)) {
		case "was", "is", "were", "are", "at", "reached":
			return true
		}
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

// partOfWholeBefore reports whether the words before token i make the
// figure at i a part of a whole: "accounted for", "made up", "of which",
// "of whom".
func (r *recogniser) partOfWholeBefore(i int) bool {
	switch w := r.word(i - 2); r.word(i - 1) {
	case "which", "whom":
		return w == "of"
	case "for":
		return w == "accounted" || w == "accounts" || w == "account" || w == "accounting"
	case "up":
		return w == "made" || w == "make" || w == "makes" || w == "making"
	}
	return false
}

// shareIsBefore reports whether a rate or share is said to be the figure
// at token i: "the grant rate is", "the proportion stood at".
func (r *recogniser) shareIsBefore(i int) bool {
	k := i - 1
	switch r.word(k) {
	case "is", "was", "stands", "stood":
	case "at":
		if w := r.word(k - 1); w != "stands" && w != "stood" {
			return false
		}
		k--
	default:
		return false
	}
	switch r.word(k - 1) {
	case "rate", "share", "proportion", "percentage":
		return true
	}
	return false
}

// ofWholeOpener reports whether the sentence opens with a whole that
// counts, "Of the 11 deaths," or "Of those 130 people,", and token i comes
// after the comma that closes it.
func (r *recogniser) ofWholeOpener(i int) bool {
	if r.word(r.lo) != "of" {
		return false
	}
	switch r.word(r.lo + 1) {
	case "the", "those", "these":
	default:
		return false
	}
	num := false
	for k := r.lo + 2; k < i && k <= r.lo+8; k++ {
		switch {
		case r.isNum(k):
			num = true
		case r.punct(k) == ",":
			return num
		}
	}
	return false
}

// wholeUnit returns the unit of the whole that the sentence opens with,
// before token i ("Of the 63 families," counts other things), or "".
func (r *recogniser) wholeUnit(i int) string {
	for k := r.lo + 2; k < i && k <= r.lo+8 && r.punct(k) != ","; k++ {
		if !r.isNum(k) {
			continue
		}
		for j := k + 1; j < i && j <= k+3 && r.punct(j) != ","; j++ {
			if u, ok := lookup(r, j, fUnitNoun, unitNouns); ok && u != "" {
				return u
			}
		}
		return ""
	}
	return ""
}

// partOf reports whether v is smaller than the number at token k, as a
// part is than its whole ("48 of the 92 days"; not "the record 944,000 of
// the 12 months to March").
func (r *recogniser) partOf(v float64, k int) bool {
	f, err := strconv.ParseFloat(stripCommas(r.text(k)), 64)
	return err == nil && v < f
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

// fateWord reports whether w says what befell the people a number word
// before it counts. (A switch, not a map: it is asked for every figure.)
func fateWord(w string) bool {
	switch w {
	case "die", "died", "dead", "drown", "drowned", "killed", "injured", "hurt", "missing", "rescued", "arrested", "detained", "charged", "jailed", "crushed", "trampled", "suffocated":
		return true
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
		// "Leeds has gone from nine hotels to six": the count a change
		// starts from
		return r.word(k+1) == "to" && (r.isNum(k+2) || r.is(k+2, fUnitWord|fTens))
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
	// ("Rochdale 39 | Oldham 32 | Bolton 31": a row of places and counts)
	// ("Study 61; Work 98; Family 58": a chart's rows in a line)
	// ("310 arrests in Scotland and in Northern Ireland 95": the place
	// after its preposition)
	if w := r.word(k); (w == "in" || w == "for") && k < first-2 {
		k--
	}
	if r.word(k) != "and" && r.punct(k) != "," && r.punct(k) != "|" && r.punct(k) != ";" {
		return false
	}
	switch {
	case next >= r.hi, r.word(next) == "and", r.punct(next) == ",", r.punct(next) == ".", r.punct(next) == ";", r.punct(next) == "|":
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

// fractionVerbs are verbs after a fraction that make it the share of a
// group who did or thought something ("a third felt", "half planned to
// stay"), besides shareVerb's.
var fractionVerbs = map[string]bool{"felt": true, "feel": true, "thought": true, "think": true, "believe": true, "believed": true,
	"expect": true, "expected": true, "want": true, "wanted": true, "plan": true, "planned": true, "intend": true, "intended": true,
	"reported": true, "lived": true, "live": true, "worked": true, "remained": true, "remain": true, "stayed": true, "left": true,
	"went": true, "arrived": true, "crossed": true, "received": true, "owned": true, "rented": true, "needed": true, "lacked": true, "spoke": true, "speak": true}

// zeroFigure reports whether "zero" at token i, ending at next, is a
// figure: what a figure is, is brought to or stays near ("net migration of
// zero", "down to zero", "at zero", "below zero"), or migration's "net zero".
func (r *recogniser) zeroFigure(i, next int) bool {
	if (r.punct(next) == "-" || r.punct(next) == "–") && r.adjacent(next) {
		return false // "zero-hours"
	}
	switch r.word(next) {
	case "tolerance", "hours", "hour", "emissions", "carbon", "sum", "interest", "rates", "rate", "waste", "cost", "costs":
		return false
	}
	// "If net migration were to fall to zero, …", "decays, but never quite
	// to zero": a supposition or a figure of speech
	for j := r.lo; j < i; j++ {
		if w := r.word(j); w == "if" || w == "never" || w == "unless" {
			return false
		}
	}
	k := i - 1
	if p := r.punct(k); (p == "\"" || p == "“") && r.adjacent(i) {
		k-- // `should be "zero or below"`
	}
	switch r.word(k) {
	case "of", "to", "at", "below", "be", "is", "was", "reach", "reached", "hit":
		return true
	case "net":
		for j := r.lo; j < r.hi; j++ {
			if r.word(j) == "migration" {
				return true
			}
		}
	}
	return false
}

// idiomNoun reports whether w, after "a hundred", "a thousand" or "a
// million", makes the number a figure of speech.
func idiomNoun(w string) bool {
	switch w {
	case "reasons", "cuts", "excuses", "ways", "things", "questions", "miles", "pieces", "words", "times", "thanks", "apologies":
		return true
	}
	return false
}

// fromCountBefore reports whether "from" and a count in figures stand
// before token i ("to") in its clause, within ten words: "from 11 to",
// "from 14 in July 2024 to" (not "from 9am to", "from 5 years to").
func (r *recogniser) fromCountBefore(i int) bool {
	for k := i - 1; k > r.lo && k >= i-10; k-- {
		if p := r.punct(k); p == "," || p == ";" || p == "." {
			return false
		}
		if r.word(k) == "from" {
			// (in figures or words: "from 11 to four", "from nine hotels
			// to six")
			// (a count in words with its noun or none: not "from one cooked
			// meal a week to three")
			j := k + 1
			words := r.is(j, fUnitWord|fTens) && (r.word(j+1) == "to" || r.is(j+1, fUnitNoun))
			if !r.isNum(j) && !words || r.adjacent(j+1) && r.toks[j+1].kind == tWord || r.is(j+1, fTimeNoun) {
				return false
			}
			return true
		}
	}
	return false
}

// thisYearIs reports whether "this year it was", "this year it will be",
// "today we have" or "now it is" stands just before token i.
func (r *recogniser) thisYearIs(i int) bool {
	k := i - 1
	switch r.word(k) {
	case "was", "is":
	case "be":
		if r.word(k-1) != "will" {
			return false
		}
		k--
	case "have":
		if r.word(k-1) != "we" {
			return false
		}
		return r.word(k-2) == "today" || r.word(k-2) == "now"
	default:
		return false
	}
	if r.word(k-1) != "it" {
		return false
	}
	switch k -= 2; r.word(k) {
	case "today", "now":
		return true
	case "year", "month":
		return r.word(k-1) == "this"
	}
	return false
}
