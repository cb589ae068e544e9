// Boats: the people one boat carries, averages per boat, boats stopped.

package extract

// perBoat reports whether the words at k say "a boat" or "per boat":
// a figure right before them counts people in each boat.
func (r *recogniser) perBoat(k int) bool {
	if w := r.word(k); w != "a" && w != "per" {
		return false
	}
	return isBoat(r.word(k + 1))
}

// officialCraft are the words before "vessel" or "boat" that make it one
// that rescues or patrols ("a Border Force vessel carrying around 60
// people"), whose load is not a small boat's.
var officialCraft = map[string]bool{"force": true, "rescue": true, "patrol": true, "coastguard": true, "navy": true,
	"naval": true, "police": true, "lifeboat": true, "ferry": true}

// boatLoad reports whether q counts the people in one boat.
func (r *recogniser) boatLoad(q *quantity) bool {
	// one boat's load: "a dinghy carrying around 60 people", "boats with
	// 40 people in", "the typical dinghy carried fewer than 15", "boats
	// leave carrying 70 or more people" (but not "15 boats carrying 882
	// people", the total of several)
	if w := r.word(q.ts - 1); w == "carrying" || w == "carried" || w == "carry" || w == "carries" || w == "with" || w == "holding" || w == "held" {
		for k := q.ts - 2; k >= r.lo && k >= q.ts-4; k-- {
			// (nor "nine dinghies carrying around 410 people")
			if b := r.word(k); (isBoat(b) || isBoats(b) && !r.isNum(k-1) && !r.is(k-1, fNumWord) && !r.isNum(k-2)) && !officialCraft[r.word(k-1)] {
				return true
			}
			if r.toks[k].kind == tPunct {
				break
			}
		}
	}
	// "Around 60 people were on board", "Around 50 people from that boat"
	// (not "four who were crushed aboard": what befell them)
	for k := q.te; k < q.te+4 && k < r.hi; k++ {
		w := r.word(k)
		if fateWord(w) {
			break
		}
		if w == "of" && q.unit == "percent" {
			break // "one in four of those on board": a share of them
		}
		if w == "on" && r.word(k+1) == "board" && !r.isNum(k+2) || w == "aboard" && !r.isNum(k+1) {
			return true // (not "1,200 people aboard 20 boats")
		}
		// "… from that boat", "more than sixty of us in the boat"
		if (w == "from" || w == "in" || w == "into") && (r.word(k+1) == "that" || r.word(k+1) == "the" || r.word(k+1) == "this" || r.word(k+1) == "one") && isBoat(r.word(k+2)) {
			return true
		}
		if w == "" || w == "and" || w == "but" {
			break
		}
	}
	return false
}

// loadRatio reports whether the ratio q is one of a boat's load: "the
// average boat now carries about four times as many people".
func (r *recogniser) loadRatio(q *quantity) bool {
	k := q.ts - 1
	if r.word(k) == "now" {
		k--
	}
	switch r.word(k) {
	case "carries", "carry", "carried", "carrying", "holds", "held":
	default:
		return false
	}
	for j := k - 1; j >= r.lo && j >= k-3; j-- {
		if isBoat(r.word(j)) || isBoats(r.word(j)) {
			return true
		}
		if r.toks[j].kind == tPunct {
			break
		}
	}
	return false
}

// isAverage reports whether q is an average: "an average of 53 people per
// boat", "61 people were packed into each dinghy", "40 or 50 on a dinghy".
func (r *recogniser) isAverage(q *quantity) bool {
	for k := q.ts - 1; k >= r.lo && k >= q.ts-12; k-- {
		if t := r.punct(k); t == "," && r.word(k+1) != "from" && !r.risingFrom(k+1) || t == ";" || t == ":" && k < q.ts-1 || t == "(" {
			break // (not a label's colon: "Average per boat: 62"; nor "has risen, from 13 to 53", "on average, rising from 28")
		}
		// (a year that labels the figure: "Average per boat, 2024: 53")
		if _, ok := r.year(k); ok && r.punct(k+1) == ":" && k+2 == q.ts {
			if r.punct(k-1) == "," {
				k--
			}
			continue
		}
		if r.isNum(k) && !r.comparedAcross(k+1, q.ts) {
			// "an average of 1,940 migrants a night … in 11 hotels": the
			// average is the other figure (but "from an average of 13 in
			// 2020 to 53": both)
			break
		}
		if r.word(k) == "average" || r.word(k) == "per" && (r.word(k+1) == "boat" || r.word(k+1) == "dinghy" || r.word(k+1) == "vessel") {
			return true
		}
	}
	// "53 people per boat", "61 people were packed into each dinghy",
	// "40 or 50 on a dinghy", "59 people crammed into each flimsy dinghy"
	// "70 or more people into a single dinghy", "80 people are now being
	// packed into each boat"
	for k := q.te; k < q.te+8 && k < r.hi; k++ {
		w := r.word(k)
		if fateWord(w) {
			break // what befell them: "the nine people listed as missing were on a boat that sank"
		}
		switch w {
		case "", "and", "but", "while":
			k = r.hi // the clause ends
		case "on":
			if r.word(k+1) == "average" {
				return true // "about 53 people each on average"
			}
		case "per", "each", "every", "a":
			// ("67 packed into every boat", "57 into every dinghy")
			b := k + 1
			if r.word(b) == "single" {
				b++
			}
			if w != "a" && !isBoat(r.word(b)) && isBoat(r.word(b+1)) {
				b++ // "into each flimsy dinghy", "per small boat"
			}
			if isBoat(r.word(b)) && (w != "a" || k == q.te || r.word(k-1) == "on" || r.word(k-1) == "in" || r.word(k-1) == "into") {
				return true
			}
			// "came in 17 boats, meaning almost 60 people were squeezed
			// into each one"
			if (w == "each" || w == "every") && r.word(b) == "one" && r.word(k-1) == "into" && r.boatsBefore(q.ts) {
				return true
			}
			// "the boats had become more crowded, rising from 28 people
			// each in 2021"
			if w == "each" && k == q.te+1 && r.is(q.te, fUnitNoun) && r.boatsBefore(q.ts) && (r.word(b) == "" || r.word(b) == "in" || r.word(b) == "on") {
				return true
			}
		}
	}
	if r.boatLoad(q) {
		q.boatLoad = true
		return true
	}
	// "dinghies crammed with up to 70 people"
	if w := r.word(q.ts - 1); w == "with" || w == "by" {
		switch r.word(q.ts - 2) {
		case "crammed", "packed", "loaded", "overloaded", "filled", "squeezed":
			return true
		}
	}
	if r.word(q.te) == "on" && r.word(q.te+1) == "average" || r.word(r.lo) == "on" && r.word(r.lo+1) == "average" {
		return true
	}
	return false
}

// risingFrom reports whether a change's verb and "from" stand at token i:
// "rising from", "up from", "falling from".
func (r *recogniser) risingFrom(i int) bool {
	if r.word(i+1) != "from" {
		return false
	}
	switch r.word(i) {
	case "rising", "up", "falling", "down", "climbing", "growing", "increasing", "dropping":
		return true
	}
	return false
}

// boatsBefore reports whether boats are named in the sentence before token
// i.
func (r *recogniser) boatsBefore(i int) bool {
	for k := r.lo; k < i; k++ {
		if w := r.word(k); isBoat(w) || isBoats(w) {
			return true
		}
	}
	return false
}

// stoppedBoats reports whether the few words before token i (the "carrying"
// of "stopped 11 boats carrying …") say boats were stopped, intercepted or
// prevented from leaving.
func (r *recogniser) stoppedBoats(i int) bool {
	boats := false
	for k := i - 1; k >= r.lo && k >= i-5; k-- {
		switch w := r.word(k); w {
		case "stopped", "intercepted", "prevented", "halted", "blocked", "foiled", "thwarted":
			return boats
		case "":
			if r.toks[k].kind != tNum {
				return false
			}
		default:
			boats = boats || isBoat(w) || isBoats(w)
		}
	}
	return false
}

func isBoat(w string) bool {
	return w == "boat" || w == "dinghy" || w == "vessel" || w == "craft" || w == "inflatable"
}

func isBoats(w string) bool {
	return w == "boats" || w == "dinghies" || w == "vessels" || w == "inflatables"
}
