// Changes, comparisons and flows: growth, revisions, arrivals set against departures.

package extract

import "math"

// flowExcess reports for "departures exceeded arrivals by 68,000" -1
// (more left), for "arrivals outnumbered departures by 12,000" 1, and 0
// for any other figure.
func (r *recogniser) flowExcess(q *quantity) float64 {
	by := q.ts - 1
	if w := r.word(by); w == "estimated" || w == "net" {
		by-- // "by an estimated 86,000", "by a net 62,000"
		if w := r.word(by); w == "an" || w == "a" {
			by--
		}
	}
	if r.word(by) != "by" {
		return 0
	}
	// "More Britons left than came back, by 94,000": the more, then
	// "than" and the other way
	if t := r.thanBefore(by); t > 0 {
		a, b := 0, 0
		for k := t - 1; k >= r.lo && k >= t-4 && a == 0; k-- {
			a = flowWord(r.word(k))
		}
		for k := t + 1; k < by && b == 0; k++ {
			b = flowWord(r.word(k))
		}
		if a != 0 && b == -a && r.moreBefore(t) {
			return float64(a)
		}
	}
	for v := by - 1; v >= r.lo+1 && v >= by-5; v-- {
		switch r.word(v) {
		case "exceeded", "outnumbered", "outstripped", "exceed", "exceeds", "outnumber", "outnumbers", "outstrip", "outstrips":
		default:
			continue
		}
		a := flowWord(r.word(v - 1))
		if w := r.word(v - 1); a == 0 && (w == "still" || w == "now" || w == "again" || w == "far" || w == "easily") {
			a = flowWord(r.word(v - 2)) // "Britons leaving still outnumber those coming home"
		}
		b := 0
		for k := v + 1; k < by && b == 0; k++ {
			b = flowWord(r.word(k))
		}
		if a != 0 && b == -a {
			return float64(a)
		}
		return 0
	}
	return 0
}

// thanBefore returns the "than" a few words before token by ("left than
// came back, by"), or -1.
func (r *recogniser) thanBefore(by int) int {
	for k := by - 1; k > r.lo && k >= by-6; k-- {
		if r.word(k) == "than" {
			return k
		}
	}
	return -1
}

// moreBefore reports whether "more" stands in the few words before token i.
func (r *recogniser) moreBefore(i int) bool {
	for k := i - 1; k >= r.lo && k >= i-6; k-- {
		if r.word(k) == "more" {
			return true
		}
	}
	return false
}

// flowWord tells a word of people coming (1: "arrivals", "coming") from
// one of people going (-1: "departures", "leaving"); 0 for any other.
func flowWord(w string) int {
	switch w {
	case "arrivals", "arriving", "arrived", "coming", "came", "immigration", "immigrants", "inflows", "inflow", "returning", "returned":
		return 1
	case "departures", "departing", "departed", "leaving", "left", "emigration", "emigrants", "outflows", "outflow":
		return -1
	}
	return 0
}

// growthBefore reports whether a verb or noun of growth or decline stands
// in the sentence before token i: "the population will keep growing, …
// but at about 0.4% a year".
func (r *recogniser) growthBefore(i int) bool {
	for k := i - 1; k >= r.lo; k-- {
		switch r.word(k) {
		case "growing", "grow", "grows", "grew", "growth", "rising", "rise", "rises", "rose", "falling", "fall", "falls", "fell", "shrinking", "shrink", "declining", "decline":
			return true
		}
	}
	return false
}

// netFlowThan reads "left than came back" or "people arrived than left" from
// token i, after "N more": -1 for more leaving than arriving, +1 for the
// reverse, 0 when the words say neither.
// It returns the token of the "than" too ("158,000 more people came to
// live in the UK than left"), or -1.
func (r *recogniser) netFlowThan(i int) (float64, int) {
	var sg float64
	for k := i; k < i+14 && k < r.hi; k++ {
		switch w := r.word(k); w {
		case "than":
			// the other way just after "than" ("… than came back"): not
			// "2,000 more people arrived this year than last", a change
			if k == i || sg == 0 {
				return 0, -1
			}
			for j := k + 1; j < k+4 && j < r.hi; j++ {
				if flowWay(r.word(j)) == -sg {
					return sg, k
				}
			}
			return 0, -1
		case "":
			return 0, -1
		default:
			if sg == 0 {
				sg = flowWay(w)
			}
		}
	}
	return 0, -1
}

// flowWay is -1 for a word of leaving the country, +1 for one of coming
// to it, else 0.
func flowWay(w string) float64 {
	switch w {
	case "left", "emigrated", "departed", "leaving", "departing", "emigrating", "emigrate", "leave", "depart":
		return -1
	case "arrived", "came", "immigrated", "arriving", "moved", "coming", "returned", "returning", "arrive", "come", "return":
		return 1
	}
	return 0
}

// appendedChange reports whether q is a change added after a comma or dash
// to a clause that began at or before byte offset end (the figure before
// it): ", down 19%", "- an increase of 8%", ", a 16% reduction". A clause
// that turns to something else first ("while", "but", ";") is not one.
func (d *docState) appendedChange(r *recogniser, q *quantity, end int) bool {
	k := q.ts - 1
	if w := r.word(k); w == "of" || w == "by" {
		k-- // "an increase of", "fallen by"
	}
	if _, ok := lookup(r, k, fChangeBefore, changeBefore); ok {
		k--
	} else if _, ok := lookup(r, q.te, fChangeAfter, changeAfter); ok {
		// ", a 16% reduction", ", 9% fewer than in 2024"
	} else {
		return false
	}
	if w := r.word(k); w == "a" || w == "an" || w == "has" || w == "have" || w == "is" || w == "was" {
		k--
	}
	switch r.punct(k) {
	case ",", "-", "–", "—":
	default:
		return false
	}
	for j := k - 1; j >= r.lo && int(d.toks[j].s) >= end; j-- {
		switch d.toks[j].low {
		case ";", ":", "while", "whereas", "but", "including":
			// ("41 areas saw a fall, including Blackpool, down 0.4%": a
			// change of one of them, not of their number)
			return false
		}
	}
	return true
}

// changeMeasure reports whether the measure named m is some measure's
// change measure ("population_change").
func (d *docState) changeMeasure(m string) bool {
	mi, ok := d.x.lx.measureIdx[m]
	return ok && d.x.lx.isChangeMeasure[mi]
}

// growthWhole reports whether the words from token k name a population's
// growth: "(the) (year's|UK|annual) (population) growth|increase|rise".
func growthWhole(r *recogniser, k int) bool {
	if r.word(k) == "the" {
		k++
	}
	switch r.word(k) {
	case "year's", "uk", "annual", "this":
		k++
	}
	if r.word(k) == "population" {
		k++
	}
	switch r.word(k) {
	case "growth", "increase", "rise":
		return true
	}
	return false
}

// revisedTo returns the figure a revision q brings the estimate to ("up by
// 3,700, to 3,184,300"), or +Inf when its sentence gives none.
func (d *docState) revisedTo(r *recogniser, q *quantity) float64 {
	for i := range d.qs {
		if q2 := &d.qs[i]; q2.ts > q.te && q2.ts <= q.te+8 && r.word(q2.ts-1) == "to" && q2.hasValue {
			return q2.value
		}
	}
	return math.Inf(1)
}

// growthNoun reports whether w names a growth: "the increase", "the rise".
func growthNoun(w string) bool {
	return w == "growth" || w == "increase" || w == "rise"
}

// comparedWith reports whether the number at i is what a figure before it
// is compared with ("compared with our updated estimate of 764,000").
func (r *recogniser) comparedWith(i int) bool {
	// "almost double the £2.12bn spent in 2021-22": the base of a ratio
	if k := i - 1; r.word(k) == "the" {
		switch r.word(k - 1) {
		case "double", "twice", "treble", "triple", "times", "half":
			return true
		}
	}
	for k := i - 1; k >= r.lo && k >= i-7; k-- {
		w := r.word(k)
		if w == "than" && k+1 < i && r.isNum(k+1) {
			return false // "less than 3% of the 17,940": the qualifier of the figure before
		}
		if w == "than" && moreThanVerb(r.word(k+1)) {
			return false // "33,300 more than made up for 13,100 more deaths": no comparison
		}
		if w == "compared" || w == "against" || w == "versus" || w == "than" {
			return true
		}
		// "down almost a fifth on the 870,000 of the year before", "up 4%
		// on 2,310": the base of the change just given
		if w == "on" && (k == i-1 || k == i-2 && r.word(k+1) == "the") {
			for j := k - 1; j >= r.lo && j >= k-6; j-- {
				if w := r.word(j); r.isNum(j) || r.punct(j) == "%" || w == "per" || w == "cent" || w == "percent" || w == "a" || r.is(j, fNumWord) || r.is(j, fQualifier) || fractions[w] != 0 || pluralFractions[w] != 0 {
					continue
				}
				if _, ok := lookup(r, j, fChangeBefore, changeBefore); ok && j < k-1 {
					return true
				}
				break
			}
		}
		if w == "from" && k == i-1 {
			if _, ok := lookup(r, k-1, fChangeBefore, changeBefore); ok {
				return true // "up from 41", "fell from 45,000"
			}
			if r.punct(k-1) == "," && r.changedTo(k-1) {
				return true // "rose to 61, from 53"
			}
			// "up 24% from 8,002", "dropped to 72.8 per cent from 74"
			for j := k - 1; j >= r.lo && j >= k-6; j-- {
				if w := r.word(j); r.isNum(j) || r.punct(j) == "%" || w == "per" || w == "cent" || w == "percent" || w == "to" {
					continue
				}
				if _, ok := lookup(r, j, fChangeBefore, changeBefore); ok && j < k-1 {
					return true
				}
				break
			}
		}
		// ("… falls by more than a third – but almost 29,000 …": the
		// "than" of the figure before is not this one's)
		if t := r.punct(k); t == ";" || t == ":" || t == "," || t == "–" || t == "—" || r.word(k) == "and" || r.word(k) == "but" || r.word(k) == "while" {
			return false
		}
	}
	return false
}

// flowPair reads a sentence that gives arrivals and departures as a pair
// of figures ("Some 802,000 people arrived and 654,000 left"): immigration
// for the figure that arrived, emigration for the one that left; "" when
// the sentence is not such a pair or speaks of boats or the Channel.
func (r *recogniser) flowPair(q *quantity) string {
	// ("263,000 British nationals left the UK and 121,000 returned": those
	// who come home are immigration)
	nationals, read, boats := false, false, false
	sentence := func() bool { // false when the sentence speaks of boats
		if !read {
			read = true
			for k := r.lo; k < r.hi; k++ {
				switch r.word(k) {
				case "boat", "boats", "channel", "crossed", "dinghies", "dinghy":
					boats = true
				case "british", "nationals", "citizens", "britons":
					nationals = true
				}
			}
		}
		return !boats
	}
	verbAfter := func(k int) (string, int) {
		// (past the group: "144,000 EU nationals emigrated")
		for j := 0; j < 3; j++ {
			switch r.word(k) {
			case "eu", "non", "-", "british", "irish", "foreign":
				k++
				continue
			}
			break
		}
		switch r.word(k) {
		case "people", "migrants", "nationals", "citizens", "britons":
			k++
		}
		if r.word(k) == "who" || r.word(k) == "that" {
			k++ // "the 812,000 people who arrived … and the 629,000 who left"
		}
		// past the verb's helpers: "1.2m people are estimated to have
		// arrived", "the 640,000 who had left"
		switch r.word(k) {
		case "are", "were", "is", "was":
			switch r.word(k + 1) {
			case "estimated", "thought", "believed", "understood", "reckoned":
				if r.word(k+2) == "to" && r.word(k+3) == "have" {
					k += 4
				}
			}
		case "have", "had":
			k++
		case "to":
			if r.word(k+1) == "have" {
				k += 2 // "and 641,000 to have left"
			}
		}
		switch r.word(k) {
		case "arrived", "came", "immigrated", "arriving", "coming":
			return "in", k
		case "settled":
			if w := r.word(k + 1); w == "in" || w == "here" {
				return "in", k // "842,000 people settled in Britain"
			}
		case "moved", "went":
			if w := r.word(k + 1); w == "to" && r.word(k) == "moved" || w == "here" || w == "in" && r.word(k) == "moved" {
				return "in", k // "812,000 people moved to the UK", "moved in"
			}
			if w := r.word(k + 1); w == "overseas" || w == "abroad" || w == "away" || w == "out" {
				return "out", k // "15,600 moved overseas", "the 642,000 who moved away", "moved out"
			}
			// "while 614,200 moved the other way", "went in the other
			// direction": the other way from the figure it is paired with
			if r.word(k+1) == "the" && r.word(k+2) == "other" && r.word(k+3) == "way" ||
				r.word(k+1) == "in" && r.word(k+2) == "the" && (r.word(k+3) == "other" || r.word(k+3) == "opposite") && r.word(k+4) == "direction" {
				return "opp", k
			}
			// "158,000 went and 88,000 came": "went" with nothing after it
			// (not "went up", "went to the polls")
			if r.word(k) == "went" && (r.punct(k+1) != "" && r.punct(k+1) != "-" || r.word(k+1) == "and" || r.word(k+1) == "while" || r.word(k+1) == "whereas") {
				return "out", k
			}
		case "returned", "returning":
			if sentence() && nationals {
				return "in", k
			}
			// ("Some 241,000 emigrated and 144,000 returned": those who
			// come back, when paired with those who left)
			return "back", k
		case "left", "departed", "emigrated", "departing", "leaving":
			return "out", k
		}
		return "", k
	}
	dir, v := verbAfter(q.te)
	if dir == "" || !sentence() {
		return ""
	}
	// the other figure of the pair: after "and" following this one's verb
	// ("arrived in 2025 and 654,000 left"), or before this one's "and"
	// ("263,000 left the UK and 121,000 returned"), in the same clause
	other := ""
	for k := v + 1; k < r.hi && k <= v+14; k++ {
		// (", while 614,200 moved the other way" goes on, as does ", and
		// 479,000 departed": a comma before the other figure's "and")
		if r.punct(k) != "" && !(r.punct(k) == "," && (r.word(k+1) == "while" || r.word(k+1) == "whereas" || r.word(k+1) == "against" || r.word(k+1) == "and" && r.isNum(k+2))) {
			break
		}
		if w := r.word(k); w == "and" || w == "while" || w == "whereas" || w == "against" {
			if w := r.word(k + 1); w == "the" || w == "only" || w == "just" {
				k++
			}
			if r.isNum(k + 1) {
				other, _ = verbAfter(k + 2)
			}
			break
		}
	}
	and := q.ts - 1
	if w := r.word(and); w == "the" || w == "only" || w == "just" {
		and-- // "and only 63,000 arriving"
	}
	// ("Immigration totalled 812,000, with 641,000 people leaving": the
	// flow whose level a figure with no verb of its own gives)
	if w := r.word(and); other == "" && w == "with" && r.punct(and-1) == "," {
		for k := and - 2; k > r.lo && k >= and-16; k-- {
			if !r.isNum(k) || r.yearToken(k) {
				continue
			}
			// ("845,000 people moved to the UK in 2025, with 629,000
			// leaving": the other figure's own verb)
			if o, _ := verbAfter(k + 1); o == "in" || o == "out" {
				other = o
				break
			}
			for j := k - 1; j >= r.lo && j >= k-8 && r.punct(j) == ""; j-- {
				switch flowWord(r.word(j)) {
				case 1:
					other = "in"
				case -1:
					other = "out"
				}
			}
			break
		}
	}
	if w := r.word(and); other == "" && (w == "and" || w == "while" || w == "whereas" || w == "against") {
		for k := and - 1; k > r.lo && k >= and-16; k-- {
			// (commas may stand between: "252,000 emigrated in 2025, up by
			// half since 2019, while 141,000 returned")
			// (nor a hyphen within a word: "moved to the UK long-term")
			// (nor the comma just before "and": "… arrived over the year
			// to June, and 479,000 departed")
			if p := r.punct(k); p != "" && !(p == "," && (r.word(and) != "and" || k == and-1)) && !(p == "-" && r.toks[k].adjacentTo(&r.toks[k-1])) {
				break
			}
			if r.isNum(k) {
				if o, e := verbAfter(k + 1); o != "" && e < q.ts {
					other = o
					break
				}
			}
		}
	}
	switch {
	case dir == "opp" && other == "in":
		dir = "out"
	case dir == "opp" && other == "out":
		dir = "in"
	case other == "opp" && dir == "in":
		other = "out"
	case other == "opp" && dir == "out":
		other = "in"
	}
	switch {
	case (dir == "in" || dir == "back") && other == "out":
		return "immigration"
	case dir == "out" && (other == "in" || other == "back"):
		return "emigration"
	}
	return ""
}

// changedTo reports whether the comma at token c closes "rose to 61" or
// "fell by 6% to 41,000": a level reached by a change.
func (r *recogniser) changedTo(c int) bool {
	for k := c - 1; k >= r.lo && k >= c-8; k-- {
		if r.punct(k) != "" && r.punct(k) != "%" {
			return false
		}
		if r.word(k) == "to" {
			for j := k - 1; j >= r.lo && j >= k-6; j-- {
				if _, ok := changeBefore[r.word(j)]; ok {
					return true
				}
			}
			return false
		}
	}
	return false
}

// comparedAcross reports whether a word that sets one figure against
// another ("to", "with", "against", "than", "versus") stands in tokens
// [a, b).
func (r *recogniser) comparedAcross(a, b int) bool {
	for k := a; k < b; k++ {
		switch r.word(k) {
		case "to", "with", "against", "than", "versus", "vs":
			return true
		}
	}
	return false
}

// revision reports whether the change ending just before token i is a
// revision ("revised up by 41,200"): a change of the estimate, not growth.
func (r *recogniser) revision(i int) bool {
	for k := i - 1; k >= r.lo && k >= i-4; k-- {
		if w := r.word(k); w == "revised" || w == "revision" {
			return true
		}
	}
	// "lowered its estimate for the year to March, by 12,000"
	if r.word(i-1) != "by" {
		return false
	}
	estimate, verb := false, false
	for k := i - 2; k >= r.lo && k >= i-12; k-- {
		switch w := r.word(k); {
		case w == "estimate" || w == "estimates" || w == "figure":
			if verb {
				return true // ("last year's figure was nudged up by 4,100")
			}
			estimate = true
		case byVerbs[w] != 0 || w == "revised" || w == "cut" || w == "nudged" || w == "marked":
			if estimate {
				return true // ("revised its estimate of the mid-2024 population up by 1,900")
			}
			verb = true
		}
	}
	return false
}

// moreOrFewer reports whether the words at i say by how much a figure is
// above or below another: "fewer than", "more than", "below the peak",
// "above the level".
func (r *recogniser) moreOrFewer(i int) bool {
	switch r.word(i) {
	case "fewer", "more", "less", "higher", "lower":
		return r.word(i+1) == "than" // ("8,120 households …, 490 higher than a year earlier")
	case "up", "down":
		return r.word(i+1) == "on" // ("2,460 households, 310 up on last year")
	case "below", "above", "short":
		if r.word(i) == "short" && r.word(i+1) == "of" {
			i++
		}
		if w := r.word(i + 1); w == "the" || w == "its" || w == "their" {
			switch r.word(i + 2) {
			case "peak", "high", "level", "record", "target", "total", "figure":
				return true
			}
		}
	}
	return false
}

// comparisonBase reports whether the figure at i is the base a comparison
// is made against: "double the 1,150", "up 38 per cent on the 10,050",
// "four times as many as the 880".
func (r *recogniser) comparisonBase(i int) bool {
	if r.word(i-1) != "the" {
		return false
	}
	switch r.word(i - 2) {
	case "double", "doubled", "treble", "trebled", "triple", "tripled", "times", "as", "on", "than", "with", "against":
		return true
	}
	return false
}

// netOutflowSubject reports whether the figure at i is what a net outflow
// the clause is about came to: "the net outflow of British nationals was
// 139,000", "Net emigration of Britons reached 92,000", "the net loss
// stood at 40,000" (within ten words, no punctuation between).
func (r *recogniser) netOutflowSubject(i int) bool {
	switch w := r.word(i - 1); w {
	case "was", "is", "were", "reached", "totalled", "totaled", "hit":
	case "at":
		if v := r.word(i - 2); v != "stood" && v != "stands" && v != "standing" {
			return false
		}
		i--
	default:
		return false
	}
	for k := i - 2; k > r.lo && k >= i-12; k-- {
		if r.toks[k].kind != tWord {
			return false
		}
		switch r.word(k) {
		case "outflow", "outflows", "emigration", "loss", "exodus":
			if r.word(k-1) == "net" {
				return true
			}
		}
	}
	return false
}
