// What a figure counts: its unit, from the nouns and labels around it.

package extract

import (
	"strings"

	"github.com/numtrail/numtrail/pipeline/model"
)

func defaultUnit(allowed []string) string {
	if len(allowed) > 0 {
		return allowed[0]
	}
	return "other"
}

// whereCount reports whether m counts the places people are in: "in nine
// hotels", "at two sites".
func (d *docState) whereCount(m *model.Mention) bool {
	if m.Unit != "other" {
		return false
	}
	switch d.wordBefore(m.Start) {
	case "in", "at", "across":
		return true
	}
	return false
}

// hasNumberOf reports whether the sentence s (the one being read) says
// "number" or "count".
func (d *docState) hasNumberOf(s span) bool {
	return sentenceFact(&d.sentNumberOf, func() bool {
		for k := s.a; k < s.b; k++ {
			if w := d.toks[k].low; w == "number" || w == "count" {
				return true
			}
		}
		return false
	})
}

// sameCount is what numberOf returns for "the number" with no noun: the
// figure counts what the one before it counted.
const sameCount = "="

// numberOf returns the unit of the noun counted in "the number of small
// boats" before token i in its clause, sameCount for "the number" with no
// noun of its own ("the number in use has fallen from 400 to 210", "the
// number almost doubled, from 201 to 389"), or "".
func (r *recogniser) numberOf(i int) string {
	for k := i - 1; k > r.lo && k >= i-16; k-- {
		if (r.isNum(k) || r.punct(k) == "%" && r.isNum(k-1)) && r.word(i-1) == "to" {
			continue // "the number of hotels from more than 400 to 183", "the number of boats fell by 18% to 138"
		}
		if r.punct(k) == "," && (r.word(k+1) == "from" || r.word(k+1) == "to" && k+2 == i || r.word(k+1) == "which") {
			continue // ("fell for the first time in a decade, to 118,700"; "the number of hotels, which now stands at about 220")
		}
		if r.word(k-1) == "in" && r.yearToken(k) {
			continue // "the count of hotels peaked in 2023 at more than 400"
		}
		if r.yearToken(k) && r.word(k+1) == "peak" && r.word(k+2) == "of" && k+3 == i {
			continue // "the number of hotels has halved since the summer 2023 peak of 402"
		}
		if r.punct(k) != "" && r.punct(k) != "-" || r.isNum(k) {
			return ""
		}
		if r.word(k) == "number" && r.word(k-1) == "the" && r.word(k+1) != "of" && r.word(k+1) != "" {
			switch r.word(k + 1) {
			case "in", "on", "living", "staying", "housed", "held", "waiting", "awaiting":
				// "the number in hotels fell to 24,310": people (not "the
				// number in use", hotels)
				if r.word(k+2) == "use" {
					return "other"
				}
				return "persons"
			}
			return sameCount
		}
		if r.word(k) == "of" && (r.word(k-1) == "number" || r.word(k-1) == "count") {
			// the head of the noun phrase: "the number of asylum hotels"
			// counts hotels
			unit := ""
			for j := k + 1; j < k+4 && j < i && r.word(j) != ""; j++ {
				if unit != "" && strings.HasSuffix(r.word(j), "ed") {
					break // ("the number of small boats detected": boats)
				}
				if u, ok := lookup(r, j, fUnitNoun, unitNouns); ok && u != "" {
					unit = u
				} else if unit != "" {
					break
				}
			}
			return unit
		}
	}
	return ""
}

// cueUnit returns the unit a cue must speak for to count for a figure in
// unit: a bare number, or one of things no measure counts, counts people.
func cueUnit(unit string) uint32 {
	if unit == "" || unit == "other" {
		return unitBit("persons")
	}
	return unitBit(unit)
}

// countBits are the units that count things.
var countBits = unitBit("persons") | unitBit("boats") | unitBit("cases")

// anyUnit is the unit a ratio is classified with: "ten times what a
// rented home would" compares figures of any unit.
const anyUnit = "any"

func (d *docState) unitAllowed(mi int, unit string) bool {
	if unit == anyUnit {
		return true
	}
	if unit == "" || unit == "other" {
		// a bare number counts people unless a noun says otherwise
		return d.x.lx.unitOK[mi]&unitBit("persons") != 0
	}
	return d.x.lx.unitOK[mi]&unitBit(unit) != 0
}

// nounUnit reads the unit from the noun after a number.
func (r *recogniser) nounUnit(i int) string {
	// "seen 'hundreds' of boats", "a “record” 900 …": past the quote
	// mark that closes on the figure
	if p := r.punct(i); (p == "'" || p == "’" || p == "\"" || p == "”") && r.adjacent(i) {
		i++
	}
	// "a 40-bed home", "a 120-room hotel": the size of one, in the
	// things the noun after the hyphen names
	if r.punct(i) == "-" && r.adjacent(i) && r.adjacent(i+1) {
		if w := r.word(i + 1); w != "" && r.punct(i+2) != "-" {
			if u := unitNouns[w+"s"]; u == "other" {
				return u
			}
		}
	}
	for k, end := i, i+3; k < end && k < r.hi; k++ {
		// "2,614 self-harm incidents": a hyphen within a compound word is
		// not a word of the three read
		if k > i && r.punct(k) == "-" && r.adjacent(k) && r.adjacent(k+1) && r.word(k-1) != "" && r.word(k+1) != "" {
			end++
			continue
		}
		w := r.word(k)
		switch w {
		case "", "per", "each", "on", "in", "into", "aboard", "to", "from", "at", "for", "with", "across", "between", "as", "while", "but", "when", "because", "since", "and", "or",
			"under", "through", "via", "came", "come", "went", "over", "within", "after", "before", "during":
			// "65 per boat", "50 on a dinghy", "500 in small boats", "moved
			// 1,860 to other authorities": people ("604 came under Homes
			// for Ukraine": the figure is the subject, with no noun)
			return ""
		case "the", "its", "their", "our":
			if k == i {
				return "" // "the 11,900 the region houses": a clause of its own
			}
		}
		if k == i && r.perBoat(k) {
			return "" // "an average of 53 a boat": people, per boat
		}
		if u, ok := lookup(r, k, fUnitNoun, unitNouns); ok && u != "" {
			if u == "years" && k != i {
				return ""
			}
			// "4,000 boat engines", "1,380 small boat arrivals": the noun
			// the first one modifies
			// ("41 migrant boats": boats)
			if u2, ok := lookup(r, k+1, fUnitNoun, unitNouns); ok && (u2 == "other" && u != "other" || u == "persons" && u2 == "boats" || u == "boats" && (r.word(k+1) == "arrivals" || r.word(k+1) == "migrants" || r.word(k+1) == "passengers")) {
				return u2
			}
			return u
		}
	}
	return ""
}

// rate reads "per year", "a week" after a quantity (allowing a noun between).
func (r *recogniser) rate(lx *lexicon, i int) string {
	hi := minInt(r.hi, i+5)
	for k := i; k < hi; k++ {
		m, found := lx.rates.at(r.toks, r.src, k, hi)
		if !found {
			continue
		}
		// "a year earlier", "a year ago" are not rates
		if w := r.word(m.e); w == "earlier" || w == "ago" || w == "before" || w == "later" {
			continue
		}
		ok := true
		for k := i; k < m.s; k++ {
			if r.toks[k].low == "-" {
				continue // "£4billion-a-year"
			}
			// (nor "five within a month of release": a time after an event)
			if r.toks[k].kind != tWord || r.toks[k].low == "in" || r.toks[k].low == "for" || r.toks[k].low == "than" || r.toks[k].low == "within" {
				ok = false
			}
		}
		if ok {
			return lx.rateNames[m.target]
		}
	}
	return ""
}

// subjectVerb are the words before a figure that make it a figure of the
// sentence's subject ("Hotels in use dropped to 158", "stood at", "were
// 41"), not the object of a verb ("sites hold 1,100", "hotels housed 30,400").
var subjectVerb = map[string]bool{"to": true, "at": true, "by": true, "from": true, "was": true, "were": true, "is": true, "are": true, "numbered": true, "totalled": true, "totaled": true}

// yearToken reports whether token i is a year: "in 2023".
func (r *recogniser) yearToken(i int) bool {
	_, ok := r.year(i)
	return ok
}

// inUseAfter reports whether a count ending at token i is followed by
// "(still) in use", "(still|remain) open", "(were) in service" or "(were)
// being used": a count of hotels or sites.
func (r *recogniser) inUseAfter(i int) bool {
	switch r.word(i) {
	case "are", "were", "is", "was":
		i++ // "197 are still open", "197 were still in service"
	}
	switch r.word(i) {
	case "still", "remain", "remained", "remaining", "now":
		i++
	}
	switch r.word(i) {
	case "in":
		w := r.word(i + 1)
		return w == "use" || w == "service" || w == "operation"
	case "open":
		return true
	case "being":
		return r.word(i+1) == "used" // "around 400 were being used"
	}
	return false
}

// firstCount reports whether no figure of sentence si but a multiple
// ("doubled", "three times") comes before the one being read.
func (d *docState) firstCount(si int, prev []model.Mention) bool {
	for k := len(prev) - 1; k >= 0 && d.msent[k] == si; k-- {
		if prev[k].Statistic != "ratio" {
			return false
		}
	}
	return true
}

// subjectUnit returns the unit of the plural noun a sentence opens with
// ("Hotels in use", "The asylum hotels still open", "International
// recruits starting care jobs"), when no number stands between it and
// token i; or "".
func (r *recogniser) subjectUnit(i int) string {
	k := r.lo
	if r.word(k) == "the" {
		k++
	}
	unit := ""
	for lim := r.lo + 4; k < i && k < lim; k++ {
		// ("Self-harm incidents rose to 487": over the hyphen of a
		// compound)
		if r.punct(k) == "-" && r.adjacent(k) {
			lim++
			continue
		}
		u, ok := lookup(r, k, fUnitNoun, unitNouns)
		if !ok || u == "" {
			switch r.word(k) {
			case "", "number", "total", "count", "figure", "share", "in", "of", "at", "on", "for", "with", "from":
				return "" // "The number in hotels is down to 35,000": people
			}
			continue
		}
		// the head of a compound: "Small boat arrivals" counts people
		k, unit = r.compoundHead(k, i, u)
		break
	}
	if unit == "" {
		return ""
	}
	for k++; k < i; k++ {
		if r.isNum(k) {
			return ""
		}
	}
	return unit
}

// clauseSubjectUnit returns the unit of the plural noun that opens the
// clause whose verb of change stands before token to, "to" before a
// figure: "(the fact that) hotels in use have fallen to", "(, and) boats
// seized rose to"; or "".
func (r *recogniser) clauseSubjectUnit(to int) string {
	v := to - 1
	switch r.word(v) {
	case "fallen", "risen", "fell", "rose", "dropped", "climbed", "grown", "grew", "increased", "decreased", "shrunk", "shrank":
	default:
		return ""
	}
	if w := r.word(v - 1); w == "have" || w == "has" || w == "had" {
		v--
	}
	// the clause's start, within five words of the verb
	start := -1
	for k := v - 1; k >= r.lo && k >= v-6; k-- {
		if w := r.word(k); w == "that" || w == "while" || w == "and" || w == "but" || w == "as" || r.punct(k) == "," {
			start = k + 1
			break
		}
		if r.isNum(k) {
			return ""
		}
		if k == r.lo {
			start = k
		}
	}
	if start < 0 {
		return ""
	}
	if r.word(start) == "the" {
		start++
	}
	// its head noun: the first counted noun, or the last of a compound
	// ("asylum hotels"); not "the number of …"
	for k := start; k < v; k++ {
		switch r.word(k) {
		case "number", "total", "share", "count", "figure":
			return ""
		}
		if u, ok := lookup(r, k, fUnitNoun, unitNouns); ok && u != "" {
			_, u = r.compoundHead(k, v, u)
			return u
		}
	}
	return ""
}

// compoundHead returns the last of the counted nouns that run on from the
// one at k, of unit u, before token end, and its unit: "small boat
// arrivals" counts people, "asylum hotels" hotels.
func (r *recogniser) compoundHead(k, end int, u string) (int, string) {
	for k+1 < end {
		u2, ok := lookup(r, k+1, fUnitNoun, unitNouns)
		if !ok || u2 == "" {
			break
		}
		k, u = k+1, u2
	}
	return k, u
}

// unitNounBefore reports whether a counted noun stands in the sentence
// before token i: "106,800 people were on support, 29,870 of them in hotels".
func (d *docState) unitNounBefore(r *recogniser, i int) bool {
	for k := r.lo; k < i; k++ {
		if u, ok := lookup(r, k, fUnitNoun, unitNouns); ok && u != "" && u != "years" {
			return true
		}
	}
	return false
}

// unitBefore returns the unit of what the sentence before si counts, when
// it is not people: "A second chart shows boats per year."
func (d *docState) unitBefore(si int) string {
	s := d.sents[si-1]
	r := newRecogniser(d.toks, d.text, s.a, s.b)
	for k := s.a; k < s.b; k++ {
		if u, ok := lookup(r, k, fUnitNoun, unitNouns); ok && u != "" && u != "years" {
			if u == "persons" {
				return "" // "how many people were detected arriving in small boats"
			}
			return u
		}
	}
	return ""
}

// ratioBaseUnit returns the unit of the figure a ratio is of, when the
// words after the ratio give it ("more than double Sunday's total of 448":
// people, a bare count; "three times the £4.6bn": GBP), or "".
func (r *recogniser) ratioBaseUnit(q *quantity) string {
	for k := q.te; k < r.hi && k <= q.te+7; k++ {
		if p := r.punct(k); p == "," || p == ";" || p == "." {
			return ""
		}
		if !r.isNum(k) {
			continue
		}
		if t := r.text(k); len(t) == 4 && t >= "1900" && t <= "2100" {
			continue // a year
		}
		if u := r.currencySign(k - 1); u != "" {
			return u
		}
		if u := r.nounUnit(k + 1); u != "" {
			return u
		}
		return "persons" // (a bare count counts people)
	}
	return ""
}

// averageAgeBefore reports whether "median age" or "average age" stands in
// the words before token i, with no figure between: "the median age in
// Wales is 42.9", "the median age of people arriving on long-term visas is
// around 26".
func (r *recogniser) averageAgeBefore(i int) bool {
	for k := i - 1; k > r.lo && k >= i-14; k-- {
		if r.isNum(k) || r.punct(k) == ";" || r.punct(k) == ":" {
			return false
		}
		if r.word(k) == "age" {
			switch r.word(k - 1) {
			case "median", "average", "mean":
				return true
			}
		}
	}
	return false
}

// perBase reports whether a rate's base follows token i, past a noun or
// two: "per 1,000 residents" after "1.5 claims", or an area: "286 people
// per square kilometre", "per sq km", "per hectare" (a density).
func (r *recogniser) perBase(i int) bool {
	for k := i; k < r.hi && k <= i+2; k++ {
		if r.word(k) == "per" {
			switch r.word(k + 1) {
			case "square", "sq", "km2", "hectare", "acre":
				return true
			}
			return r.isNum(k + 1)
		}
		if r.word(k) == "" {
			return false
		}
	}
	return false
}

// staffAfter reports whether the count ending at token i is of staff:
// "250 more caseworkers", "100 extra investigators", "some 800 French
// coastal police", "thousands of caseworkers". The first noun that counts
// people ends the search.
func (r *recogniser) staffAfter(i int) bool {
	for k := i; k < i+5 && k < r.hi; k++ {
		w := r.word(k)
		if w == "" {
			if r.punct(k) == "-" {
				continue // "120 additional fee-paid judges"
			}
			return false
		}
		if isStaff(w) {
			return true
		}
		if w == "people" && (r.word(k+1) == "smugglers" || r.word(k+1) == "traffickers") {
			return true // "120 people smugglers"
		}
		if u, ok := lookup(r, k, fUnitNoun, unitNouns); ok && u != "" {
			return false
		}
	}
	return false
}

// isStaff reports whether w counts staff, places or smugglers, which no
// measure of the vocabulary counts.
func isStaff(w string) bool {
	switch w {
	case "caseworkers", "investigators", "officers", "staff", "officials", "judges", "interpreters", "agents", "guards", "employees", "beds", "places", "police", "gendarmes", "troops", "smugglers", "traffickers":
		return true
	}
	return false
}

// units of the contract, as bits of a measure's allowed units.
var unitBits = map[string]uint32{"persons": 1, "GBP": 2, "EUR": 4, "USD": 8, "percent": 16, "boats": 32, "years": 64, "cases": 128, "other": 256}

func unitBit(u string) uint32 {
	switch u { // without a map lookup: this is asked for every figure
	case "persons":
		return 1
	case "GBP":
		return 2
	case "EUR":
		return 4
	case "USD":
		return 8
	case "percent":
		return 16
	case "boats":
		return 32
	case "years":
		return 64
	case "cases":
		return 128
	case "other":
		return 256
	}
	return 0
}

// thingCountBefore returns the unit of the figure just before in sentence
// si when it is a level counting something other than people (households,
// boats, cases): "2,260 households …, 310 of them", "1.2 million new homes,
// or 240,000 a year"; or "".
func (d *docState) thingCountBefore(prev []model.Mention, si int) string {
	n := len(prev)
	if n == 0 || d.msent[n-1] != si || prev[n-1].Statistic != "level" {
		return ""
	}
	switch u := prev[n-1].Unit; u {
	case "other", "boats", "cases":
		return u
	}
	return ""
}
