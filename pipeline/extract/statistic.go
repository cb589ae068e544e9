// The rules that tell a level from a change, a share, an average or a ratio.

package extract

import (
	"strconv"
	"strings"
)

// statistic tells a level from a change, a share or an average, and the
// sign a change carries.
func (r *recogniser) statistic(q *quantity) (string, float64) {
	if q.ratio {
		return "ratio", 1
	}
	if q.halving {
		return "change", -1
	}
	if q.signed != 0 {
		return "change", 1 // (the sign is in the value already)
	}
	p := q.ts - 1
	for p > r.lo && r.is(p, fIntensifier) && r.word(p-1) != "" {
		p-- // "down just 14%", "a dip of only 3%", "down by another 50,000"
		if r.word(p) == "a" && (r.word(p+1) == "further" || r.word(p+1) == "mere") && p > r.lo {
			p-- // "by a further 20,000", "grows by a mere 1.1 per cent"
		}
	}
	// "grew by a more modest 1.6%", "rose by a sharp 12%": a word of size
	// between "by a" and the figure
	if sizeWord[r.word(p)] {
		j := p - 1
		if w := r.word(j); w == "more" || w == "less" || w == "much" || w == "very" {
			j--
		}
		if w := r.word(j); (w == "a" || w == "an") && r.word(j-1) == "by" && j-1 >= r.lo {
			p = j - 1
		}
	}
	pw := r.word(p)
	// "Cardiff accounted for half", "made up a third": a share, whatever
	// change the sentence tells of
	if q.unit == "percent" && !q.oneIn && r.partOfWholeBefore(p+1) {
		return "share", 1
	}
	// ("Average house prices have fallen by 17%": a change of an average)
	if r.isAverage(q) && !(pw == "by" && r.is(p-1, fChangeBefore)) {
		return "average", 1
	}
	// "adds £23m to the cost", "adds 49,000 to last year's figure": an
	// increase
	if (pw == "adds" || pw == "added" || pw == "add" || pw == "adding") && r.word(q.te) == "to" {
		switch w := r.word(q.te + 1); {
		case w == "the" || w == "its" || w == "their", (w == "last" || w == "this") && strings.HasSuffix(r.word(q.te+2), "'s"):
			return "change", 1
		}
	}
	// "knock 0.4 per cent off the level of real GDP", "wipes £6.2bn off the
	// buffer", "shed £750m from the cost": a fall (not "shed 400 posts":
	// the posts it lost)
	off := q.te
	if w := r.word(off); w == "a" && q.perPeriod != "" || w == "each" || w == "every" || w == "per" {
		off += 2 // "shave about 0.2 percentage points a year off potential growth"
	}
	if from, ok := lookup(r, p, fOffVerb, offVerbs); ok && (r.word(off) == "off" || from && r.word(q.te) == "from" || q.unit == "percent" && strings.HasPrefix(pw, "shed")) {
		return "change", -1 // ("the sector has shed 3% since spring")
	}
	// "the 15,000 upward revision", "a 20,000 downward revision": a
	// revision is a change, its direction written before it
	if w := r.word(q.te); w == "upward" || w == "downward" || w == "revision" || w == "correction" {
		if n := r.word(q.te + 1); w == "revision" || w == "correction" || n == "revision" || n == "correction" {
			if w == "downward" {
				return "change", -1
			}
			return "change", 1
		}
	}
	// "Edinburgh added 1.1% to reach 535,200", "gaining 0.5% in
	// population": a percentage added is a growth
	if q.unit == "percent" && !q.fraction && !q.oneIn {
		switch pw {
		case "adds", "added", "adding", "gains", "gaining", "gain":
			return "change", 1
		}
	}
	// "4,100 more deaths than births", "2,000 fewer births than deaths",
	// "15,220 more people died than were born", "deaths are expected to
	// outnumber births by around 150,000": a natural decrease (as with
	// "deaths exceeded births by" in mention)
	if w := r.word(q.te); (w == "more" || w == "fewer") && r.word(q.te+2) == "than" {
		switch a, b := r.word(q.te+1), r.word(q.te+3); {
		case w == "more" && a == "deaths" && b == "births", w == "fewer" && a == "births" && b == "deaths":
			return "change", -1
		case w == "more" && a == "births" && b == "deaths", w == "fewer" && a == "deaths" && b == "births":
			return "change", 1
		}
	}
	if r.word(q.te) == "more" && r.word(q.te+1) == "people" && r.word(q.te+2) == "died" && r.word(q.te+3) == "than" {
		return "change", -1
	}
	// "a petition … has been signed by more than 112,000 people", "backed
	// by 61%": by whom, not by how much
	if pw == "by" {
		switch r.word(p - 1) {
		case "signed", "backed", "supported", "opposed", "endorsed", "used", "visited", "viewed", "watched", "shared", "attended", "joined", "approved", "rejected", "employed", "owned",
			"followed", "trailed", "accompanied": // ("… followed by 5,880 Sudanese": the next in a list)
			return r.levelOrShare(q), 1
		}
	}
	if pw == "by" {
		changed := false // a verb of change between k and the figure
		for k := p - 1; k >= r.lo && k >= p-20; k-- {
			// "It beats the previous high of 1,295 people, set in 2022, by
			// 141": by how much a record was beaten ("It smashes the previous
			// weekly high of 3,517, set only five weeks ago in early June, by
			// more than 500"; but not past a verb of change nearer the
			// figure: "deaths exceeded births: … so the population shrank
			// naturally by 8,800")
			if k < p-16 && changed {
				break
			}
			changed = changed || r.is(k, fChangeBefore)
			switch r.word(k) {
			case "beat", "beats", "beaten", "beating", "exceeded", "exceeds", "exceeding", "surpassed", "surpasses", "eclipsed", "eclipses", "topped", "tops", "outstripped", "outstrips", "overtook", "overtakes",
				"smashed", "smashing", "smashes", "broke", "breaking", "broken", "shattered", "shattering":
				return "change", 1
			}
			if k < p-6 {
				continue
			}
			if w := r.word(k); w == "outnumber" || w == "outnumbered" || w == "outnumbering" || w == "outnumbers" {
				// ("deaths are expected to outnumber births by …")
				a := ""
				for j := k - 1; j >= r.lo && j >= k-4; j-- {
					if w := r.word(j); w == "deaths" || w == "births" {
						a = w
						break
					}
				}
				switch b := r.word(k + 1); {
				case a == "deaths" && b == "births":
					return "change", -1
				case a == "births" && b == "deaths":
					return "change", 1
				}
			}
		}
	}
	// "natural change took 6,800 people off the population", "knocked
	// £1bn off the bill": a fall
	switch pw {
	case "took", "takes", "taken", "taking", "knocked", "knocks", "shaved", "wiped", "lopped":
		// (not people taken off a boat: "we took 83 people off a single
		// boat" is a rescue)
		if k := q.te + 1; r.word(q.te) == "off" || r.word(k) == "off" && r.word(q.te) != "" {
			if r.word(q.te) == "off" {
				k = q.te
			}
			if !r.offBoat(k + 1) {
				return "change", -1
			}
		}
	}
	// "ministers plan to add 290 beds", "adding about 900 places", "an
	// extra 25,000 people", "a change of 46,000": a change
	switch {
	case pw == "add" || pw == "adds" || pw == "adding" || pw == "added":
		// (of places: "net migration added 33,300 people" is how many
		// net migration was)
		switch r.word(q.te) {
		case "places", "beds", "spaces", "rooms", "bed":
			return "change", 1
		}
	case pw == "extra" && (r.word(p-1) == "an" || r.word(p-1) == "another") && q.unit == "":
		// (not money: "an extra £50m for the border command" is a sum)
		return "change", 1
	case pw == "of" && r.word(p-1) == "change" && r.word(p-2) == "a":
		return "change", 1
	}
	// "Wales added 12,300 residents in the year": a place's growth
	if (pw == "added" || pw == "adding" || pw == "adds" || pw == "gained" || pw == "gaining") && (r.word(q.te) == "residents" || r.word(q.te) == "inhabitants") {
		return "change", 1
	}
	// "a net loss of 101,900 people to other parts of the UK": a level,
	// signed
	// ("net departures of 103,000 Britons and 26,000 EU citizens": both)
	of := p
	if pw == "and" {
		for k := p - 1; k > r.lo && k >= p-6; k-- {
			if r.word(k) == "of" && r.figureWithin(k+1, p) {
				of = k
				break
			}
		}
	}
	if r.word(of) == "of" && r.word(of-2) == "net" {
		switch r.word(of - 1) {
		case "loss", "outflow", "departures", "emigration":
			return "level", -1
		case "gain", "inflow", "arrivals", "immigration":
			return "level", 1
		}
	}
	// "for EU nationals the net outflow was 77,000", "the net loss stood at
	// 12,000" (not "the net inflow is a fifth lower than the high": by how
	// much it changed)
	// (the verb is read first: the map only after it)
	if pw == "was" || pw == "is" || pw == "at" {
		if _, after := changeAfter[r.word(q.te)]; !after {
			k := p
			if pw == "at" && r.word(k-1) == "stood" {
				k--
			}
			if r.word(k-2) == "net" {
				switch r.word(k - 1) {
				case "loss", "outflow":
					return "level", -1
				case "gain", "inflow":
					return "level", 1
				}
			}
		}
	}
	// "London lost a net 84,200 residents": the verb before "a net"
	if pw == "net" {
		k := p - 1
		if r.word(k) == "a" {
			k--
		}
		if sg, ok := changeBefore[r.word(k)]; ok && (r.word(k) == "lost" || r.word(k) == "gained") {
			return "level", sg
		}
	}
	// "a net 39,000 EU citizens and 88,000 British nationals left": a net
	// flow, out or in by the verb after it (for both figures)
	if net := pw == "net" || pw == "and" && r.word(p-2) != "" && r.netBefore(p); net {
		for k := q.te; k < r.hi && k <= q.te+8; k++ {
			switch r.word(k) {
			case "left", "departed", "emigrated":
				return "level", -1
			case "arrived", "came":
				return "level", 1
			}
			if r.punct(k) == "," || r.punct(k) == ";" {
				break
			}
		}
	}
	// "every week the boat sits idle it loses about £18,000": the sum a
	// loss comes to, each time
	if (pw == "loses" || pw == "lose" || pw == "losing") && unitBit(q.unit)&moneyBits != 0 {
		return "level", 1
	}
	// (not the end of a compound adjective: "a jaw-dropping £749m"; nor
	// County Down: "and Newry, Mourne and Down 145")
	if sg, ok := lookup(r, p, fChangeBefore, changeBefore); ok && pw != "higher" && pw != "lower" && pw != "revised" && !madeUp(r.word(p-1), pw) && !r.levelCrossing(q) && !r.compoundEnd(p) && !r.countyDown(p) {
		return "change", sg
	}
	if pw == "of" {
		// "a rise of 5%"; not "made up of £245m"; "the steepest fall, of
		// 0.6%" (a comma between); "a downward revision of 91,000"
		c := p - 1
		if r.punct(c) == "," {
			c--
		}
		if sg, ok := lookup(r, c, fChangeBefore, changeBefore); ok && !madeUp(r.word(c-1), r.word(c)) {
			if w := r.word(c - 1); w == "downward" || w == "downwards" {
				sg = -1
			}
			return "change", sg
		}
		// "a fall of 14% in the year, and of about a quarter from the
		// peak": the change word governs both
		if w := r.word(p - 1); w == "and" || w == "or" {
			for k := p - 2; k > r.lo && k >= p-12; k-- {
				if r.word(k) == "of" {
					if sg, ok := lookup(r, k-1, fChangeBefore, changeBefore); ok && !madeUp(r.word(k-2), r.word(k-1)) && r.figureWithin(k+1, p) {
						return "change", sg
					}
					break
				}
			}
		}
	}
	// "so the increase is indeed 13%", "the fall was about 4,000"
	for k := p; k >= r.lo && k > p-4; k-- {
		switch r.word(k) {
		case "is", "was", "were", "has", "been", "indeed", "now", "therefore", "thus", "only", "just", "roughly":
			continue
		case "increase", "rise", "fall", "drop", "decrease", "decline", "reduction", "growth", "change", "jump", "revision":
			// ("The total revision was 234,000": the estimate's change)
			if k < p && (r.word(k+1) == "is" || r.word(k+1) == "was" || r.word(k+1) == "has") {
				if sg, ok := changeBefore[r.word(k)]; ok {
					return "change", sg
				}
				return "change", 1
			}
		}
		break
	}
	// "Midlothian saw the fastest growth, at 1.7%", "Inverclyde faces the
	// steepest decline, 11.9%"
	if pw == "at" || r.punct(p) == "," && q.unit == "percent" {
		k := p - 1
		if pw == "at" && r.punct(k) == "," {
			k--
		}
		switch w := r.word(k); w {
		case "increase", "rise", "fall", "drop", "decrease", "decline", "reduction", "growth", "jump":
			return "change", changeBefore[w]
		case "rate":
			// "Mid Ulster had the fastest rate, at 1.1%": of growth
			if s := r.word(k - 1); s == "fastest" || s == "quickest" || s == "slowest" {
				return "change", 1
			}
		}
	}
	// "London put on 0.9 per cent": grew
	if q.unit == "percent" && pw == "on" && r.word(p-1) == "put" && r.word(q.te) != "of" {
		return "change", 1
	}
	// "projected to grow over the decade, led by Midlothian at 14.8%": the
	// rate a growing or shrinking thing in its clause changes at (or in
	// brackets after the name: "led by Midlothian (10.2%)", and "The
	// largest falls are projected for Inverclyde (6.4%)")
	bracketed := r.punct(p) == "(" && r.punct(q.te) == ")" && p-1 >= r.lo && r.toks[p-1].upper
	if (pw == "at" || bracketed) && q.unit == "percent" && !q.oneIn && !q.fraction {
		from := p - 1
		if bracketed {
			from = p - 2
		}
		for k := from; k >= r.lo && k >= p-20 && r.punct(k) != ";"; k-- {
			w := r.word(k)
			if w == "while" || w == "but" || w == "whereas" {
				break
			}
			if sg := growVerb(w); sg != 0 {
				return "change", sg
			}
			switch w {
			case "falls", "declines", "drops", "decreases", "rises", "increases", "fall", "decline", "drop", "rise", "increase", "growth":
				if r.superlativeBefore(k) {
					return "change", changeBefore[w]
				}
			}
		}
	}
	// "The drop between the two years was 30%": a sentence whose subject
	// is a change, and whose verb comes just before the figure (or a
	// clause after an opening phrase: "Adjusted for inflation, the fall
	// between 2024-25 and 2025-26 was about 14%")
	if pw == "was" || pw == "is" {
		k := p - 1
		for k > r.lo && r.punct(k-1) != "," && r.punct(k-1) != ";" {
			k--
		}
		if w := r.word(k); w == "the" || w == "this" || w == "that" {
			k++
		}
		switch w := r.word(k); w {
		case "increase", "rise", "fall", "drop", "decrease", "decline", "reduction", "jump":
			if !r.figureWithin(k+1, p) {
				return "change", changeBefore[w]
			}
		}
	}
	if pw == "by" {
		// "revised up by", "fell by", "growing in the year to mid-2023 by",
		// "lowered its estimate for 2025, by 12,000, to 207,000"
		for k := p - 1; k >= r.lo && k >= p-16; k-- {
			t := &r.toks[k]
			if t.kind == tPunct && (t.low == "," || t.low == ";" || t.low == ":" || t.low == "(") {
				// "lowered its estimate …, by 12,000"; "fell by 36% to
				// 50,140, and care worker visas by 77%": the verb of the
				// clause before
				if k == p-1 && t.low == "," || t.low == "," && r.word(k+1) == "and" {
					continue
				}
				// ("will probably go up, possibly by tens of thousands")
				if k == p-2 && t.low == "," && hedgeAdverb[r.word(p-1)] {
					continue
				}
				break
			}
			if sg, ok := byVerbs[t.low]; ok && t.kind == tWord {
				return "change", sg
			}
			if sg, ok := lookup(r, k, fChangeBefore, changeBefore); ok {
				// ("trimmed its growth forecast for 2027 by 0.2
				// percentage points": a noun of the object, not the
				// verb)
				switch r.word(k + 1) {
				case "forecast", "forecasts", "estimate", "estimates", "projection", "projections", "assumption", "target", "rate":
					continue
				}
				if t.low == "revised" {
					if r.word(k+1) == "down" {
						sg = -1
					}
				}
				return "change", sg
			}
		}
		// "projected to grow by 5.4%, Wales on its own by 3.2% and
		// Northern Ireland by 2.4%": the verb of an earlier "by" in the
		// sentence governs a short clause that has none
		if sg, ok := r.elidedBy(p); ok {
			return "change", sg
		}
	}
	// after: "68,000 higher", "19% more than", "19,000 and 68,000 higher"
	// (and '"more than three-quarters" below its peak': past a quote's end)
	k := q.te
	if p := r.punct(k); (p == "\"" || p == "”") && r.word(k+1) != "" {
		k++
	}
	// "322,200 (0.5%) more than at mid-2024": past the figure restated in
	// brackets
	if r.punct(k) == "(" {
		for j := k + 1; j < r.hi && j <= k+5; j++ {
			if r.punct(j) == ")" {
				if _, ok := lookup(r, j+1, fChangeAfter, changeAfter); ok {
					k = j + 1
				}
				break
			}
		}
	}
	// "23,200, or 0.7%, more than a year earlier": past the figure restated
	// between commas, and for that figure past its closing comma
	if r.punct(k) == "," {
		switch {
		case r.word(k+1) == "or" && r.isNum(k+2):
			for j := k + 3; j < r.hi && j <= k+6; j++ {
				if r.punct(j) == "," {
					if _, ok := lookup(r, j+1, fChangeAfter, changeAfter); ok {
						k = j + 1
					}
					break
				}
			}
		case r.word(q.ts-1) == "or" && r.punct(q.ts-2) == ",":
			if _, ok := lookup(r, k+1, fChangeAfter, changeAfter); ok {
				k++
			}
		}
	}
	for {
		if (r.word(k) == "and" || r.word(k) == "or") && r.isNum(k+1) {
			k += 2
			continue
		}
		break
	}
	// "a 3% annual rise", "a 2% yearly increase": past the rate's adjective
	// ("a 2.4 per cent real-terms rise", "a 3% year-on-year fall")
	switch r.word(k) {
	case "annual", "yearly", "monthly", "weekly", "daily":
		if _, ok := lookup(r, k+1, fChangeAfter, changeAfter); ok {
			k++
		}
	case "real", "cash":
		j := k + 1
		if r.punct(j) == "-" && r.adjacent(j) {
			j++
		}
		if r.word(j) == "terms" {
			if _, ok := lookup(r, j+1, fChangeAfter, changeAfter); ok {
				k = j + 1
			}
		}
	case "year":
		if r.punct(k+1) == "-" && r.word(k+2) == "on" && r.punct(k+3) == "-" && r.word(k+4) == "year" {
			if _, ok := lookup(r, k+5, fChangeAfter, changeAfter); ok {
				k += 5
			}
		}
	}
	// "£7.4bn a year lighter": past the figure's rate
	// (not "£3,300 a year more in taxes than they cost", "100,000 a year
	// below its forecast": a net figure, a shortfall)
	if q.perPeriod != "" && (r.word(k) == "a" || r.word(k) == "per" || r.word(k) == "each") && r.word(k+1) != "" {
		switch r.word(k + 2) {
		case "lighter", "heavier", "higher", "lower", "smaller", "bigger", "larger":
			k += 2
		}
	}
	// "- 8%: rise on June 2024": a box's line, its figure and then what the
	// figure is
	if r.punct(k) == ":" && q.ts == r.lo || r.punct(k) == ":" && (r.punct(q.ts-1) == "-" || r.punct(q.ts-1) == "•") && r.toks[q.ts-1].nl > 0 {
		switch r.word(k + 1) {
		case "rise", "fall", "increase", "decrease", "drop", "up", "down":
			k++
		}
	}
	// "Net migration of 33,300 more than made up for …": "more than" before
	// a verb says by how much, not that the figure is a difference
	if r.word(k) == "more" && r.word(k+1) == "than" && moreThanVerb(r.word(k+2)) {
		return r.levelOrShare(q), 1
	}
	if sg, ok := lookup(r, k, fChangeAfter, changeAfter); ok {
		w := r.word(k)
		// "10,650 behind bars", "put £39bn behind affordable housing": no
		// comparison; "12% behind last year", "3,000 ahead of target" are
		if (w == "behind" || w == "ahead") && !r.behindWhat(k+1) {
			return r.levelOrShare(q), 1
		}
		// "more than" after a percent or a count compares; a count "above"
		// or "below" compares only with a reference ("740,000 below the
		// peak", not "500,000 below the poverty line")
		if (w == "above" || w == "below") && q.unit != "percent" && !r.reference(k+1) {
			return r.levelOrShare(q), 1
		}
		// ("this year's total is about 13% down." ends on it: a change)
		// ("2,900 down since January", "12% up compared with 2024": a change)
		// ("0.5% up year on year": a change)
		yearOnYear := r.word(k+1) == "year" && (r.word(k+2) == "on" || r.word(k+2) == "over") && r.word(k+3) == "year"
		if (w == "up" || w == "down") && !upDownOn[r.word(k+1)] && !yearOnYear && !(q.unit == "percent" && r.word(k+1) == "" && r.punct(k+1) != "") {
			return r.levelOrShare(q), 1
		}
		if w == "more" && q.unit != "percent" {
			// "89,000 more left than came back": a net flow, out of the country
			if sg, _ := r.netFlowThan(k + 1); sg != 0 {
				return "level", sg
			}
		}
		if w == "fewer" && !r.thanWithin(k+1, 4) {
			return "change", -1 // "50,000 fewer people leaving"
		}
		// ("paying 4.99 per cent more in council tax": a percentage more is
		// a change)
		// ("partly offset by £1.4bn less spent on benefits": a sum less is
		// a fall; but "£50m more due next year" is another £50m)
		if w == "less" && unitBit(q.unit)&moneyBits != 0 && !r.thanWithin(k+1, 4) {
			return "change", sg
		}
		if (w == "more" || w == "fewer" || w == "less") && (!r.thanWithin(k+1, 4) && !r.thanTimeWithin(k+1, 9) && (q.unit != "percent" || q.oneIn) || r.word(k+1) == "than" && r.durationAfter(k+2)) {
			// "hundreds more migrants crossed": another few hundred; "one
			// in five more than a year": waiting longer than a threshold
			return r.levelOrShare(q), 1
		}
		return "change", sg
	}
	// "Scotland's growth outpaced Northern Ireland (0.3%) and Wales
	// (0.5%)": percentages of a sentence about a change are changes (not
	// the two ends of "whose grant rate dropped from 91% to 36%")
	// ("Growth in regular pay has eased to 3.6 per cent": the rate of
	// growth; but "The fall has been among …, whose employment rate
	// dropped to 72.8 per cent": the level another clause's subject
	// reached)
	if q.unit == "percent" && !q.fraction && r.word(q.te) != "of" && r.word(r.lo) != "of" && !r.fromTo(q) {
		for k := r.lo; k < r.lo+4 && k < q.ts && !r.isNum(k); k++ {
			switch w := r.word(k); w {
			case "growth", "increase", "rise", "fall", "decline", "drop", "decrease", "reduction":
				if k+1 < q.ts && r.word(k+1) != "of" && !(r.word(q.ts-1) == "to" && q.ts-k > 10) {
					return "change", changeBefore[w]
				}
			}
		}
	}
	// "cut that daily bill almost in half": a fall of half
	if q.fraction && !q.oneIn && pw == "in" && q.hasValue && q.value == 50 {
		for k := p - 1; k >= r.lo && k >= p-8; k-- {
			if sg, ok := lookup(r, k, fChangeBefore, changeBefore); ok {
				return "change", sg
			}
		}
	}
	// "a fall of a third"; but "down from more than half" is the base (as
	// "fell to 36%, against almost half" is the figure compared with),
	// "a fall of 4%, around a third of them lodged by …" a share of them,
	// and "slips below three-quarters" the level it crossed
	if bw := r.word(q.ts - 1); q.fraction && !q.oneIn && bw != "from" && bw != "against" && bw != "versus" && !(bw == "with" && r.word(q.ts-2) == "compared") && !r.levelCrossing(q) && r.changeContext(q.ts) {
		direct := pw == "by" || pw == "of" || r.is(p, fChangeBefore)
		// (not the subject of a clause of its own: "York gained 2,900,
		// and nearly three-quarters were students", "a quarter said they
		// feared closing")
		// (nor a part of them restated: "lost touch with 2,460 of them,
		// almost half")
		restated := bw == "" && r.punct(q.ts-1) == "," && r.word(q.ts-3) == "of" && (r.word(q.ts-2) == "them" || r.word(q.ts-2) == "those" || r.word(q.ts-2) == "these")
		if (r.word(q.te) != "of" || direct) && (direct || !clauseVerb[r.word(q.te)] && !restated) {
			return "change", r.changeSign(q.ts)
		}
	}
	return r.levelOrShare(q), 1
}

// reference reports whether the words from k name a figure to compare
// with: "the peak", "its 2023 level", "last year's total", "2019".
func (r *recogniser) reference(k int) bool {
	switch r.word(k) {
	case "the", "its", "their", "this", "that", "last", "a":
		k++
	}
	for n := 0; n < 3 && k < r.hi; n, k = n+1, k+1 {
		if r.isNum(k) || r.toks[k].kind == tPunct && r.toks[k].low != "'" && r.toks[k].low != "-" {
			return r.isNum(k)
		}
		if referenceNouns[r.word(k)] {
			return true
		}
	}
	return false
}

func (r *recogniser) changeSign(i int) float64 {
	for k := i - 1; k >= r.lo && k >= i-4; k-- {
		if sg, ok := lookup(r, k, fChangeBefore, changeBefore); ok {
			return sg
		}
	}
	return 1
}

func (r *recogniser) levelOrShare(q *quantity) string {
	if q.unit == "percent" {
		return "share"
	}
	return "level"
}

// clauseVerb are verbs a share may be the subject of, right after it:
// "nearly three-quarters were students", "a third had left vacancies open".
var clauseVerb = map[string]bool{"were": true, "was": true, "are": true, "is": true, "had": true, "have": true, "has": true,
	"said": true, "say": true, "says": true, "told": true, "reported": true, "came": true, "come": true, "lived": true, "live": true,
	"worked": true, "work": true, "wanted": true, "want": true, "expect": true, "expected": true, "feared": true, "fear": true,
	"think": true, "thought": true, "believe": true, "believed": true, "would": true, "will": true, "could": true, "can": true,
	"may": true, "might": true, "did": true, "do": true, "does": true, "arrived": true, "left": true, "went": true, "got": true}

// countyDown reports whether "Down" at p is the county's name: "County
// Down", "Newry, Mourne and Down".
func (r *recogniser) countyDown(p int) bool {
	return r.word(p) == "down" && r.toks[p].upper && (r.word(p-1) == "county" || r.word(p-1) == "and" && r.word(p-2) == "mourne")
}

// offBoat reports whether the words at i name a boat or a beach people
// were taken off: "a single boat", "the dinghy", "one dinghy".
func (r *recogniser) offBoat(i int) bool {
	for k := i; k < i+3; k++ {
		if w := r.word(k); isBoat(w) || isBoats(w) || w == "beach" || w == "beaches" {
			return true
		}
	}
	return false
}

// behindWhat reports whether the words at i say what a figure "behind" or
// "ahead" is compared with: "last year", "the same point", "target",
// "schedule", "of the plan".
func (r *recogniser) behindWhat(i int) bool {
	switch r.word(i) {
	case "", "last", "the", "its", "their", "this", "that", "target", "targets", "schedule", "plan", "forecast", "of", "where", "a", "on":
		return true // ("running 20% ahead.": of the year before)
	}
	return r.yearToken(i)
}

// compoundEnd reports whether the word at p ends a hyphenated compound:
// "jaw-dropping", "fast-growing".
func (r *recogniser) compoundEnd(p int) bool {
	return r.punct(p-1) == "-" && r.adjacent(p) && r.adjacent(p-1) && r.word(p-2) != ""
}

// madeUp reports "made up 12%", "make up", where "up" is no rise; and
// "turning down 57% of them", where "down" is no fall.
func madeUp(before, w string) bool {
	if w == "down" {
		switch before {
		case "turn", "turns", "turned", "turning", "handed", "hands", "broken", "broke", "breaks", "breaking":
			return true
		}
		return false
	}
	if w != "up" {
		return false
	}
	switch before {
	case "made", "make", "makes", "making", "account", "accounted", "sum", "summed", "end", "ended", "ending", "back", "set", "added", "add", "adds", "total", "totalled", "totaled",
		"picked", "pick", "picks", "picking", "rounded", "locked", "signed", "taken", "took", "turned", "held", "brought", "scooped",
		"broken", "broke", "break", "breaking", "split", "dried", "snapped", "tied", "run", "ran", "runs", "running", "racked", "rack", "racking", "clocked", "clock", "clocking", "notched", "notch", "chalked",
		"eats", "eat", "ate", "eaten", "eating", "swallows", "swallowed", "swallowing", "soaks", "soaked", "soaking", "gobbles", "gobbled", "gobbling",
		"uses", "used", "use", "using", "takes", "take", "taking", "mops", "mopped", "mopping":
		return true
	}
	return false
}

// levelCrossing reports "fell below 1,000", "rose above 50%": the verb
// moves the level past a threshold, which is the figure's level.
func (r *recogniser) levelCrossing(q *quantity) bool {
	switch r.word(q.ts) {
	case "below", "above", "under", "over", "past":
		return true
	}
	return false
}

// thanTimeWithin reports whether "than" and a time follow within n tokens
// of i ("2,000 more people arrived this year than last", "… than in 2024"):
// a change over time, not a difference between two flows.
func (r *recogniser) thanTimeWithin(i, n int) bool {
	for k := i; k < i+n && k < r.hi; k++ {
		if r.word(k) == "than" {
			switch r.word(k + 1) {
			case "last", "in", "during", "before":
				return true
			case "a", "the":
				switch r.word(k + 2) {
				case "year", "month", "week", "decade", "previous", "same", "last":
					return true // "than a year earlier", "than the previous year"
				}
				return false
			}
			return r.isNum(k+1) && len(r.text(k+1)) == 4
		}
		if r.toks[k].kind == tPunct {
			return false
		}
	}
	return false
}

// thanWithin reports whether "than" stands within n tokens from i.
func (r *recogniser) thanWithin(i, n int) bool {
	for k := i; k < i+n && k < r.hi; k++ {
		if r.word(k) == "than" {
			return true
		}
		if r.toks[k].kind == tPunct {
			return false
		}
	}
	return false
}

// fromTo reports whether q is one end of "from X to Y": the word before it
// is "from", or "to" after a figure that follows "from".
func (r *recogniser) fromTo(q *quantity) bool {
	switch r.word(q.ts - 1) {
	case "from":
		return true
	case "to":
		return r.fromBefore(q) >= 0
	}
	return false
}

// fromBefore returns the token "from" of "from X to Y" when q is Y (the
// word before it is "to"; a few words may follow X: "from more than 400
// hotels at its peak to 176"), or -1.
func (r *recogniser) fromBefore(q *quantity) int {
	if r.word(q.ts-1) != "to" {
		return -1
	}
	for k := q.ts - 2; k > r.lo && k >= q.ts-10; k-- {
		if p := r.punct(k); p == "," || p == ";" {
			return -1
		}
		if r.word(k) == "from" {
			for j := k + 1; j < q.ts-1; j++ {
				if r.isNum(j) {
					return k
				}
			}
			return -1
		}
	}
	return -1
}

// moreThanVerb reports whether w is a verb that "more than" qualifies
// ("more than made up for", "more than offset"): not a comparison.
func moreThanVerb(w string) bool {
	switch w {
	case "made", "make", "makes", "offset", "offsets", "covered", "covers", "filled", "fills", "compensated", "cancelled", "outweighed", "balanced":
		return true
	}
	return false
}

// growVerb tells a verb of growing (1) from one of shrinking (-1); 0 for
// any other word.
func growVerb(w string) float64 {
	switch w {
	case "grow", "grows", "grew", "growing", "grown", "rise", "rises", "rising", "risen", "expand", "expanding", "expanded":
		return 1
	case "shrink", "shrinks", "shrank", "shrinking", "shrunk", "decline", "declines", "declining", "declined", "contract", "contracting", "contracted":
		return -1
	}
	return 0
}

// forEvery reports whether q is a count set against each of another:
// "for every" or "for each" follows it in its clause, or opens the
// sentence before it ("For each person aged 65 and over there were 3.2").
func (r *recogniser) forEvery(q *quantity) bool {
	if !q.hasValue || q.value >= 100 {
		return false // "420 people for every …" is a count
	}
	for k := q.te; k < r.hi-1 && k < q.te+8; k++ {
		if r.word(k) == "for" && (r.word(k+1) == "every" || r.word(k+1) == "each") {
			return true
		}
		if p := r.punct(k); p != "" && p != "-" {
			break
		}
	}
	k := r.lo
	for k < q.ts && r.punct(k) != "" {
		k++
	}
	if r.word(k) == "for" && (r.word(k+1) == "every" || r.word(k+1) == "each") && k+2 < q.ts {
		return true
	}
	return r.forEveryBefore(q.ts)
}

// forEveryOne reports whether "for every one" sets q against one of
// another count, just after it: "18 objections for every one in favour".
func (r *recogniser) forEveryOne(q *quantity) bool {
	for k := q.te; k < r.hi-2 && k < q.te+4; k++ {
		if r.word(k) == "for" && (r.word(k+1) == "every" || r.word(k+1) == "each") && r.word(k+2) == "one" {
			return true
		}
	}
	return false
}

// forEveryBase returns the number after the "for every" or "for each"
// that sets q against another count, in q's clause after it ("eight left
// for every ten who arrived": 10) or before it ("For every ten people who
// came, almost eight left": 10); 0 when none is given.
func (r *recogniser) forEveryBase(q *quantity) float64 {
	at := -1
	for k := q.te; k < r.hi-2 && k < q.te+8; k++ {
		if r.word(k) == "for" && (r.word(k+1) == "every" || r.word(k+1) == "each") {
			at = k + 2
			break
		}
		if p := r.punct(k); p != "" && p != "-" {
			break
		}
	}
	for k := q.ts - 2; at < 0 && k >= r.lo; k-- {
		if r.word(k) == "for" && (r.word(k+1) == "every" || r.word(k+1) == "each") {
			at = k + 2
		}
	}
	switch {
	case at < 0 || at >= q.ts && at < q.te:
		return 0
	case r.isNum(at):
		if v, err := strconv.ParseFloat(stripCommas(r.text(at)), 64); err == nil && v > 0 {
			return v
		}
	default:
		if v, _, frac, ok := r.parseWords(at); ok && !frac && v > 1 {
			return v
		}
	}
	return 0
}

// forEveryBefore reports whether a clause of its own opening "for every"
// or "for each" stands before token i, with no figure in it: "In other
// words, for every migrant stopped, 1.6 got through".
func (r *recogniser) forEveryBefore(i int) bool {
	comma := false
	for k := i - 1; k >= r.lo; k-- {
		if r.isNum(k) {
			return false
		}
		comma = comma || r.punct(k) == ","
		if r.word(k) == "for" && (r.word(k+1) == "every" || r.word(k+1) == "each") && k+2 < i {
			return comma
		}
	}
	return false
}

// elidedBy reports, for the "by" at the end of a short clause that names
// its subject and has no verb ("…, Wales on its own by 3.2%"), the sign of
// the change verb before an earlier "by" of the sentence ("grow by 5.4%").
func (r *recogniser) elidedBy(by int) (float64, bool) {
	k := by - 1
	for k > r.lo && by-k <= 6 && r.punct(k) != "," && r.word(k) != "and" {
		if r.is(k, fChangeBefore) || byVerbs[r.word(k)] != 0 {
			return 0, false
		}
		k--
	}
	if r.punct(k) != "," && r.word(k) != "and" || k+1 >= by || !r.toks[k+1].upper {
		return 0, false // (the clause names its subject first: not ", driven by 200 closures")
	}
	for j := k - 1; j > r.lo && j >= by-30; j-- {
		if r.word(j) != "by" {
			continue
		}
		if sg, ok := lookup(r, j-1, fChangeBefore, changeBefore); ok {
			return sg, true
		}
		if sg := byVerbs[r.word(j-1)]; sg != 0 {
			return sg, true
		}
	}
	return 0, false
}

// ratioSubject reports whether the word "ratio" stands in the few words
// before token i, with no figure between: "that ratio stands at about
// 3.3", "the dependency ratio is 0.31".
func (r *recogniser) ratioSubject(i int) bool {
	for k := i - 1; k >= r.lo && k >= i-6; k-- {
		if r.isNum(k) || r.punct(k) != "" {
			return false
		}
		if r.word(k) == "ratio" {
			return true
		}
	}
	return false
}

// netBefore reports whether "a net" and a figure stand in the few words
// before the "and" at token and: "a net 39,000 EU citizens and".
func (r *recogniser) netBefore(and int) bool {
	for k := and - 1; k > r.lo && k >= and-6; k-- {
		if r.isNum(k) {
			return r.word(k-1) == "net"
		}
	}
	return false
}

// durationAfter reports whether a length of time starts at i: "(more
// than) a year", "six months", "12 weeks"; not "last year".
func (r *recogniser) durationAfter(i int) bool {
	if w := r.word(i); w != "a" && w != "an" && w != "one" && !r.isNum(i) && !r.is(i, fNumWord) {
		return false
	}
	w := r.word(i + 1)
	switch r.word(i + 2) {
	case "earlier", "ago", "before", "previously", "later":
		return false // "29% fewer than a year earlier": a comparison
	}
	return r.is(i+1, fTimeNoun) || w == "year" || w == "years"
}

// upDownOn are the words after "up" or "down" that make the figure before
// them a change: "2,900 down on last year", "up from 2024", "down since
// January", "up compared with", "down against".
var upDownOn = map[string]bool{"on": true, "from": true, "since": true, "compared": true, "against": true}
