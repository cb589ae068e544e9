// The rules that choose a figure's measure.

package extract

import (
	"math/bits"
	"slices"
	"sort"
	"strings"

	"github.com/numtrail/numtrail/pipeline/model"
)

// requirementMet reports whether a measure's required words stand in the
// sentence si or the four before it (twelve when the measure is one the
// document is mostly about).
func (d *docState) requirementMet(mi, si int) bool {
	if d.blocked&(1<<mi) != 0 {
		return false
	}
	if len(d.x.lx.measures[mi].Requires) == 0 {
		return true
	}
	if si == d.curSent {
		// asked for every figure of the sentence: answered once
		if c := d.reqMet[mi]; c != 0 {
			return c > 0
		}
		ok := d.requirementIn(mi, si)
		d.reqMet[mi] = -1
		if ok {
			d.reqMet[mi] = 1
		}
		return ok
	}
	return d.requirementIn(mi, si)
}

// requiredAt reports whether a required name of measure mi spans tokens
// a to b.
func (d *docState) requiredAt(mi, a, b int) bool {
	// (d.reqs is in the order of the text)
	for k := d.reqsFrom(a); k < len(d.reqs) && d.reqs[k].s < b; k++ {
		if m := &d.reqs[k]; m.target == mi && m.e <= b {
			return true
		}
	}
	return false
}

// reqsFrom returns the index of the first required name that starts at or
// after token a.
func (d *docState) reqsFrom(a int) int {
	return sort.Search(len(d.reqs), func(k int) bool { return d.reqs[k].s >= a })
}

// aboutFamily reports whether the document is mostly about measure mi or
// about another that requires the same names: a story on what the Rwanda
// scheme cost is about its relocations too.
func (d *docState) aboutFamily(mi int) bool {
	if d.prior[mi] >= 0.5 {
		return true
	}
	for _, mj := range d.x.lx.sameRequires[mi] {
		if d.prior[mj] >= 0.5 {
			return true
		}
	}
	return false
}

func (d *docState) requirementIn(mi, si int) bool {
	back, ahead := 4, 0
	if d.aboutFamily(mi) {
		// a document about the Rwanda scheme may name it less often, and
		// its headline ("What £715m bought") before it names it
		back, ahead = 12, 4
	}
	lo := d.sents[max(0, si-back)].a
	hi := d.sents[min(len(d.sents)-1, si+ahead)].b
	for k := d.reqsFrom(lo); k < len(d.reqs) && d.reqs[k].s < hi; k++ {
		if d.reqs[k].target == mi {
			return true
		}
	}
	return false
}

// measure scores every measure by the cue words around the quantity, which
// stands in the sentence si.
func (d *docState) measure(r *recogniser, si int, q *quantity, unit, stat string, prev []model.Mention) int {
	lx := d.x.lx
	// "paid France £318m": a sum whose recipient, named just before it, is
	// a place that none of a measure's required names ("rwanda",
	// "kigali") names is not that measure's
	d.blocked = 0
	if unit == "GBP" || unit == "EUR" || unit == "USD" {
		for _, pl := range d.sentPlaces {
			if pl.e != q.ts {
				continue
			}
			for i := range lx.measures {
				if len(lx.measures[i].Requires) > 0 && !d.requiredAt(i, pl.s, pl.e) {
					d.blocked |= 1 << i
				}
			}
		}
	}
	// "58% said immigration was too high", "61% think it should fall": a
	// share of the people asked, whatever they were asked about (as "61
	// per cent said" is, by its cue)
	if unit == "percent" && stat == "share" && r.word(q.te) != "" && opinionVerbs[r.word(q.te)] {
		return lx.other
	}
	// "The mid-2024 figure has been revised up by 4,600, to 5,546,900",
	// "the estimate for mid-2024": a mid-year estimate is of the population
	// (not "the year to mid-2024", a year's flow)
	if (unit == "persons" || unit == "") && (stat == "change" || stat == "level") && r.midYearFigure() {
		name := "population"
		if stat == "change" {
			name = "population_change"
		}
		// (unless the sentence names another measure; "the estimate for
		// mid-2024" names the population)
		named := false
		for _, c := range d.sentCues {
			if n := lx.measures[c.target].Name; c.weight >= 5 && c.target != lx.other && n != "population" && n != "population_change" {
				named = true
			}
		}
		if mi, ok := lx.measureIdx[name]; ok && !named {
			return mi
		}
	}
	// "The figure for the year ending June 2023 was revised up by
	// 166,000", "Revisions of 14k barely register": a revision whose
	// sentence names no measure is of net migration, the estimate that is
	// revised, in a document that names net migration
	// ("the 15,000 upward revision")
	if stat == "change" && (unit == "persons" || unit == "") && (r.revision(q.ts) || r.word(q.ts-1) == "of" && (r.word(q.ts-2) == "revisions" || r.word(q.ts-2) == "revision") || r.word(q.te) == "revision" || r.word(q.te+1) == "revision") {
		// ("The population was 3,209,800, 23,200 more than a year earlier.
		// Last year's figure was nudged up by 4,100": the estimate given
		// just before)
		// (not "The figure for mid-2029 to mid-2030 was revised up by
		// 2,000, to 19,000": a figure revised to less than half that level
		// is another estimate's)
		if pi, ok := lx.measureIdx["population"]; ok && !d.namesMeasure() {
			if v, found := d.levelBefore(si, "population", prev); found && d.revisedTo(r, q) > v/2 {
				return pi
			}
		}
		if mi, ok := lx.measureIdx["net_migration"]; ok && d.prior[mi] > 0 && !d.namesMeasure() {
			return mi
		}
	}
	// "The ONS also knocked its estimate for 2024 down to 331k": in a
	// document mostly about net migration, an estimate whose sentence
	// names no measure is of net migration, not of the figure before
	if unit == "persons" || unit == "" || unit == "percent" && stat == "change" {
		// (not "… immigration was put at around 1.2m. It has since been
		// revised to 1.31m": an estimate that goes on with the figure of
		// the sentence before)
		if mi := lx.netMigration; mi >= 0 && d.prior[mi] >= 0.5 && d.speaksOfEstimate(si) && !d.namesMeasure() && r.flowPair(q) == "" && !d.itGoesOn(si, prev) {
			return mi
		}
	}
	// "Italy's deal to process claims in Albania, budgeted at roughly
	// €650m": a sentence that names another country, and none of a
	// measure's required names, is not about that measure, however much
	// of the document is
	if foreign := d.foreignPlace(); foreign {
		sa, sb := d.sents[si].a, d.sents[si].b
		for i := range lx.measures {
			if m := &lx.measures[i]; len(m.Requires) > 0 && !m.CountedAbroad && !d.requiredAt(i, sa, sb) { // (m read in place: a Measure is some 200 bytes)
				d.blocked |= 1 << i
			}
		}
	}
	// (the rules of percentages down to the share of a total, under one
	// test: a figure of another unit skips them at once; each keeps its own)
	if unit == "percent" {
		// "In London 41% of workers were born overseas": a share of a whole
		// that names no measure (the whole is what a share is of) is other
		if unit == "percent" && stat == "share" && d.plainWhole(r, q) {
			return lx.other
		}
		// "84% of these", "Of these, 35% were ...": a share of the figure before
		if unit == "percent" && len(prev) > 0 && (r.word(q.te) == "of" && anaphora[r.word(q.te+1)] && r.word(q.te+1) != "the" && !r.described(q.te+2) ||
			r.word(r.lo) == "of" && anaphora[r.word(r.lo+1)] && r.word(r.lo+1) != "the" && r.punct(r.lo+2) == "," && q.ts <= r.lo+4) {
			if mi, ok := lx.measureIdx[prev[len(prev)-1].Measure]; ok {
				return mi
			}
		}
		// "1,180 people had been returned under the deal. That is under 4% of
		// everyone who has crossed": a share that refers back to returns is
		// of the returns, whatever whole it names
		if unit == "percent" && stat == "share" && len(prev) > 0 && d.msent[len(prev)-1] == si-1 {
			switch d.toks[d.sents[si].a].low {
			case "that", "it", "this":
				if p := prev[len(prev)-1].Measure; p == "returns" || p == "rwanda_relocations" {
					return lx.measureIdx[p]
				}
			}
		}
		// "Net migration accounted for 91% of population growth", "Migration
		// accounts for almost half of the year's growth": migration's share
		// of the growth is net migration's (the part), not the population's
		if unit == "percent" && r.word(q.te) == "of" && growthWhole(r, q.te+1) {
			if mi, ok := lx.measureIdx["net_migration"]; ok && d.migrationBefore(si, q, prev) {
				return mi
			}
		}
		// "Small boat arrivals made up 88% of the total", "…, a third of the
		// total and up from 1,960": a share of the total given before
		if unit == "percent" && r.word(q.te) == "of" && r.word(q.te+1) == "the" && (r.word(q.te+2) == "total" || r.word(q.te+2) == "whole") && (r.word(q.te+3) == "" || r.word(q.te+3) == "and" || r.word(q.te+3) == "but") {
			if mi := d.lastCount(si, prev); mi >= 0 {
				return mi
			}
		}
	}
	// "Of the people returned between July 2024 and June 2026, 6,880 had
	// come by small boat": a count of part of the whole the sentence opens
	// with is of that whole's measure
	if sa := d.sents[si].a; unit != "percent" && d.toks[sa].low == "of" && sa+1 < q.ts && d.toks[sa+1].low == "the" && q.ts-1 > sa && d.toks[q.ts-1].low == "," && !d.figureBetween(sa, q.ts) {
		for _, c := range d.sentCues {
			if c.e >= q.ts-1 {
				break
			}
			if c.weight >= 5 && c.target != lx.other && d.unitAllowed(c.target, unit) {
				return c.target
			}
		}
	}
	// "643,000 people emigrated. Of these, 274,000 were non-EU nationals,
	// 172,000 were EU nationals": counts that break down the figure before
	if unit != "percent" && r.word(r.lo) == "of" && (r.word(r.lo+1) == "these" || r.word(r.lo+1) == "them" || r.word(r.lo+1) == "those") && r.punct(r.lo+2) == "," {
		if mi := d.lastCount(si, prev); mi >= 0 && d.unitAllowed(mi, unit) {
			return mi
		}
	}
	// "… totalled 656,000. Of these:" and a list, "- 289,000 were non-EU
	// nationals": each item breaks down the count before the list
	if unit != "percent" {
		if lead := d.listLead(si); lead >= 0 {
			// (the count may stand a sentence or two before the lead:
			// "… 108,140 people claimed asylum. Small-boat arrivals are
			// only part of that picture. Of these:")
			for n := len(prev) - 1; n >= 0 && d.msent[n] >= lead-2; n-- {
				if d.msent[n] > lead {
					continue // an item before this one
				}
				if p := &prev[n]; p.Statistic == "level" && p.Unit != "percent" {
					// (unless the item names a measure of its own: "£290m:
					// payments to the Rwandan government")
					if mi, ok := lx.measureIdx[p.Measure]; ok && d.unitAllowed(mi, unit) && !d.namesOther(mi) {
						return mi
					}
					break
				}
			}
		}
	}
	// "The UK paid Rwanda £290m in four instalments: £120m in April 2022,
	// £20m later that year to cover the costs of setting up, …": the parts
	// of a sum given before a colon in the sentence are of its measure,
	// unless a part names a measure of its own
	if unit == "GBP" || unit == "EUR" || unit == "USD" {
		if mi := d.colonWhole(si, q, unit, prev); mi >= 0 {
			return mi
		}
	}
	// "about 4.3 billion pounds ($5.8 billion)": the sum before, converted
	// into another currency
	if n := len(prev); n > 0 && (unit == "USD" || unit == "EUR") && prev[n-1].Unit == "GBP" && q.ts > 1 && d.toks[q.ts-1].low == "(" && prev[n-1].End == int(d.toks[q.ts-2].e) {
		if mi, ok := lx.measureIdx[prev[n-1].Measure]; ok {
			return mi
		}
	}
	// "an increase of 706,900 (1.2%)": the same figure as a percentage;
	// "reached 1,362 …, equivalent to roughly one in 33 of those
	// arriving": the figure before as a share of a whole
	if d.restates(q, unit, prev) || stat == "share" && d.equivalentShare(q, prev) {
		if mi, ok := lx.measureIdx[prev[len(prev)-1].Measure]; ok && d.unitAllowed(mi, unit) {
			return mi
		}
	}
	s := d.sents[si]
	// (the rules of counts of people down to the two flows, under one test:
	// a sum or a percentage skips them at once; each keeps its own)
	if unit == "persons" || unit == "" {
		// "Liverpool is home to around 500,000 people", "a town of 38,000
		// people", "the borough's 142,000 residents": the people of a place
		// are its population
		if (unit == "persons" || unit == "") && stat == "level" && d.placesPeople(r, q) {
			if mi, ok := lx.measureIdx["population"]; ok {
				return mi
			}
		}
		// "officers stopped 11 boats carrying about 590 people from setting
		// off": the people on boats stopped before they left are no arrivals
		if (unit == "persons" || unit == "") && stat == "level" && (r.word(q.ts-1) == "carrying" || r.word(q.ts-1) == "with") && r.stoppedBoats(q.ts-1) {
			return lx.other
		}
		// "the population grew by a net 171,000 through migration", "the
		// number of Britons living here fell by 91,000 through migration
		// alone": growth that migration brought is net migration
		if (unit == "persons" || unit == "") && (r.word(q.ts-1) == "by" || r.word(q.ts-1) == "net" && r.word(q.ts-3) == "by") {
			if w := r.word(q.te); w == "through" || w == "from" || w == "via" {
				k := q.te + 1
				if r.word(k) == "net" || r.word(k) == "international" || r.word(k) == "overseas" {
					k++
				}
				if r.word(k) == "migration" {
					if mi, ok := lx.measureIdx["net_migration"]; ok {
						return mi
					}
				}
			}
		}
		// "The capital added 4,500 residents in a year", "Powys lost 1,200
		// people": the people a place gains or loses are its population's change
		if unit == "persons" || unit == "" {
			switch r.word(q.ts - 1) {
			case "added", "gained", "lost", "adds", "gains", "loses":
				switch r.word(q.te) {
				case "people", "residents", "inhabitants":
					// "Migration added 4,100 people": what migration adds is
					// net migration
					if r.word(q.ts-2) == "migration" && q.ts-2 >= s.a {
						if mi, ok := lx.measureIdx["net_migration"]; ok {
							return mi
						}
					}
					// (not "Net migration added 34,900 people", "gained 2,900
					// people through overseas migration": where they came from, or
					// went)
					if mi, ok := lx.measureIdx["population_change"]; ok && !d.strongCueBefore(q.ts, mi) && !fromWhere[r.word(q.te+1)] {
						return mi
					}
				}
			}
		}
		// "Some 802,000 people arrived and 654,000 left": the two flows
		if unit == "persons" || unit == "" {
			if name := r.flowPair(q); name != "" {
				if mi, ok := lx.measureIdx[name]; ok {
					return mi
				}
			}
		}
	}
	// "compared with our estimate of 764,000": the measure of the figure it
	// is compared with, unless a clause of its own names what it is ("…
	// to 826,000, while emigration rose from 582,000")
	// ("£1.2m supporting people housed at two hotels, against £450,000":
	// the figure before a count of where people are)
	// (not one whose own relative clause says what it counts: "more than
	// twice as many as the 73,000 who came home")
	if n := len(prev); n > 0 && prev[n-1].Start >= int(d.toks[s.a].s) && r.comparedWith(q.ts) && !d.cueAfter(prev[n-1].End, q.ts) && !d.ownClauseCue(q, prev[n-1].Measure) && !d.contrastedNouns(q, &prev[n-1]) {
		p := &prev[n-1]
		if n > 1 && d.whereCount(p) && prev[n-2].Start >= int(d.toks[s.a].s) && prev[n-2].Unit != "other" {
			p = &prev[n-2]
		}
		if mi, ok := lx.measureIdx[p.Measure]; ok && d.unitAllowed(mi, unit) {
			return mi
		}
	}
	// "32,345 were housed in hotels, down 19% from 39,805", "31,912 were in
	// hotels, a 16% reduction": a percent change added after a comma to the
	// figure before it is that figure's change, whatever the clause between
	// says about it
	if unit == "percent" && stat == "change" {
		if n := len(prev); n > 0 && prev[n-1].Start >= int(d.toks[s.a].s) && (prev[n-1].Statistic == "level" && prev[n-1].Unit != "percent" || prev[n-1].Statistic == "share") && d.appendedChange(r, q, prev[n-1].End) {
			// of the clause's first figure: "41,472 people crossed in 786
			// boats, up 13%" is about the people
			f := n - 1
			for f > 0 && prev[f-1].Start >= int(d.toks[s.a].s) && prev[f-1].Statistic == prev[n-1].Statistic && prev[f-1].Unit != "percent" && !d.joinBetween(prev[f-1].End, prev[f].Start) {
				f--
			}
			if mi, ok := lx.measureIdx[prev[f].Measure]; ok {
				return mi
			}
		}
	}
	// "England grew by 241,500 (0.4%), Wales by 14,300 (0.4%)": a place
	// and "by", with no verb of their own, repeat the change before
	if r.word(q.ts-1) == "by" && (unit == "persons" || unit == "") {
		for _, pl := range d.sentPlaces {
			if pl.e != q.ts-1 {
				continue
			}
			for k := len(prev) - 1; k >= 0 && prev[k].Start >= int(d.toks[d.sents[si].a].s); k-- {
				if prev[k].Unit != "persons" {
					continue
				}
				if mi, ok := lx.measureIdx[prev[k].Measure]; ok && (prev[k].Statistic == "change" || lx.isChangeMeasure[mi]) {
					return mi
				}
				break
			}
		}
	}
	// "after better data on students and departures had arrived, the
	// figure stood at 906,000": "the figure" is the one the text has been
	// giving, unless the sentence names a measure outright
	if n := len(prev); n > 0 && d.msent[n-1] >= si-1 && prev[n-1].Measure != "other" && (prev[n-1].Unit == unit || unit == "") && prev[n-1].Statistic == "level" && d.theFigureIs(r, q) && !d.namesMeasure() {
		if mi, ok := lx.measureIdx[prev[n-1].Measure]; ok && d.unitAllowed(mi, unit) {
			return mi
		}
	}
	// "EU citizens left on balance, at minus 61,000. For non-EU nationals
	// the figure was 338,000": the same figure, for another group
	if n := len(prev); n > 0 && d.msent[n-1] >= si-1 && prev[n-1].Measure != "other" && (prev[n-1].Unit == unit || unit == "") && d.forGroupFigure(r, si, q) {
		if mi, ok := lx.measureIdx[prev[n-1].Measure]; ok && d.unitAllowed(mi, unit) {
			return mi
		}
	}
	// "The grant rate varies by nationality. For Eritreans it was above
	// 95%": "it" is what the sentence before was about
	if mi := d.itRefersBack(r, si, q, unit, prev); mi >= 0 {
		return mi
	}
	// "At least 31" on a line of its own, over "The number of people known
	// to have died trying to reach Britain by boat": the first thing the
	// line after it names is what the figure counts
	if unit != anyUnit && d.figureLine(si, q) {
		next := d.sents[si+1]
		best, bestW := -1, 0.0
		for _, c := range inSpan(d.cues, next) {
			if w := c.weight / (1 + float64(c.s-next.a)/4); w > bestW && d.unitAllowed(c.target, unit) && lx.speaksFor(c)&cueUnit(unit) != 0 && d.requirementMet(c.target, si+1) {
				best, bestW = c.target, w
			}
		}
		if best >= 0 {
			return best
		}
	}
	// "… down from at least 64 in 2025" in the line that explains such a
	// figure: the base of the comparison counts what the figure counts
	if n := len(prev); n > 0 && si > 0 && d.msent[n-1] == si-1 && r.comparedWith(q.ts) && prev[n-1].Start == int(d.toks[d.sents[si-1].a].s) && prev[n-1].End == int(d.toks[d.sents[si-1].b-1].e) {
		if mi, ok := lx.measureIdx[prev[n-1].Measure]; ok && d.unitAllowed(mi, unit) {
			return mi
		}
	}
	d.scores = resize(d.scores, len(lx.measures))
	scores := d.scores
	var touched uint64 // the measures with a score (at most 64: see lexicon)
	ub := cueUnit(unit)
	countOnly := false
	switch unit {
	case anyUnit:
		ub = ^uint32(0)
		if d.aboutMoney(si) {
			// "costing ten times what a rented home would": sums compared
			ub = unitBit("GBP") | unitBit("EUR") | unitBit("USD")
		}
	case "percent":
		// "the number of hotels in use is down 36%": a percentage in a
		// sentence about no sum of money is of a count
		if !d.aboutMoney(si) {
			ub |= unitBit("persons")
			countOnly = true
		}
	}
	// "Emigration: 603; 642": a figure on a line that opens with a label is
	// about that label, not about the lines around it
	// (a line break always ends a sentence)
	// (a label of a few words: of a longer one, "Small boat arrivals since
	// the first return: 38.4k", the word before the colon need not be its
	// head)
	labelLine := d.sentLabel >= 0 && d.sentLabel < q.ts && d.sentLabel-d.sents[si].a < 5
	// "fell by 27% to 948,000": the level a change reached is not a figure
	// that stands between it and the subject
	reached := r.word(q.ts-1) == "to" && r.changeContext(q.ts-1)
	// "1,905 small-boat arrivals were returned": the verb of the figure's
	// clause, when it names an event as plainly as "returned" or
	// "detained", says what the figure counts, and the words between say
	// whom ("visas were granted" stays visas: "granted" is not so plain)
	verb := -1
	for _, c := range d.sentCues {
		if c.s >= q.te+12 {
			break
		}
		if (c.s > q.te || c.s == q.te && befell[d.toks[c.s].low]) && c.weight >= 5 {
			aux := c.s - 1
			if w := d.toks[aux].low; (w == "or" || w == "and") && aux-2 > q.te {
				aux -= 2 // "had been flown or ferried back"
			}
			if auxAdverb[d.toks[aux].low] && aux-1 > q.te {
				aux-- // "are eventually allowed"
			}
			w := d.toks[aux].low
			// ("roughly half of the appeals we support are eventually
			// allowed", "nearly half of those appeals succeed": the share
			// is of an outcome)
			share := unit == "percent" && (w == "are" || w == "is" || bareVerb[d.toks[c.s].low])
			if (w == "were" || w == "was" || w == "been" || share) && !d.clauseBreak(q.te, c.s) {
				verb = c.s
				break
			}
			// "had seen 1,150 small-boat arrivals flown back": a past
			// participle right after the figure's noun says what befell
			// the people it counts
			// ("67 people died trying to reach the UK", "58 people
			// rescued off Wimereux": a verb of what befell them, whatever
			// the journey around it)
			// ("Three die off French coast": the figure its subject)
			if pastParticiple[d.toks[c.s].low] && d.nounOnly(q.te, c.s) || befell[d.toks[c.s].low] && (c.s == q.te || d.nounOnly(q.te, c.s)) {
				verb = c.s
				break
			}
		}
	}
	// "A dinghy carrying around 55 people was intercepted": the people on
	// a boat are small-boat arrivals, whatever befell the boat
	boatLoad := stat == "average" && unit != "percent" && q.boatLoad
	// "158,000 more people came to live in the UK than left": the flow
	// the comparison names ("than left") is what the figure is
	than := -1
	if unit != "percent" && r.word(q.te) == "more" {
		_, than = r.netFlowThan(q.te + 1)
	}
	// "Scotland's growth outpaced Northern Ireland (0.3%)": a figure in
	// brackets right after a place is that place's value of what the
	// sentence says, not an aside
	placeValue := false
	if open := q.ts - 1; d.paren[q.ts] != 0 && open > s.a && d.toks[open].low == "(" {
		for _, pl := range d.sentPlaces {
			if pl.e == open {
				placeValue = true
			}
		}
	}
	for ci, c := range d.sentCues {
		t := c.target
		// "Elsewhere in the UK, Scotland's population rose by 0.3%": the
		// rest of the UK opening the sentence says where, not that people
		// moved within it
		if t == lx.other && c.s == s.a && c.e < s.b && d.toks[c.e].low == "," && r.restOfUK(c.s) {
			continue
		}
		// "the population rose by 0.5%": a percentage of a measure that
		// counts only people speaks for its change measure
		if unit == "percent" && !d.unitAllowed(t, unit) && lx.measures[t].ChangeMeasure != "" {
			t = lx.measureIdx[lx.measures[t].ChangeMeasure]
		}
		cu := lx.cueUnits[t]
		if t == c.target {
			cu = lx.speaksFor(c)
		}
		if cu&ub == 0 || t == lx.other && boatLoad {
			continue
		}
		var dist int
		lo, hi := c.e, q.ts
		switch {
		case c.e <= q.ts:
			dist = q.ts - c.e
		case c.s >= q.te:
			dist = c.s - q.te
			lo, hi = q.te, c.s
		}
		if dist > maxCueDist {
			continue // (and a sentence of thousands of words costs no more per figure than one of a hundred)
		}
		// "net migration - arrivals minus departures - was 156,000": an
		// aside between the cue and the figure does not part them
		qp := d.paren[q.ts]
		sameParen := d.paren[c.s] == qp
		// a cue in a different clause or in a parenthesis counts less
		w := 1.0
		modifier, rel, comma := false, -1, false
		for k := lo; k < hi; k++ {
			tk := &d.toks[k]
			if sameParen && d.paren[k] != qp {
				dist--
			}
			if tk.kind != tPunct && tk.flags&fCueGap == 0 {
				continue
			}
			switch t := tk.low; t {
			case ";", ":":
				w *= 0.3
			case ",":
				comma = true
				if k+1 < hi && d.toks[k+1].flags&fClauseJoin != 0 {
					w *= 0.4 // "fell to 948,000, while emigration rose"
				}
			case "against", "versus", "vs":
				w *= 0.4 // "1.2 million arrivals against half a million departures"
			case "as":
				// "crossings up 14% as the backlog falls"
				if k == q.te && k+1 < hi && !asNotJoin[d.toks[k+1].low] {
					w *= 0.4
				}
			case "-", "–", "—":
				// "more than 200,000 a year - the population of a city"
				if c.s >= q.te && d.spacedDash(k) {
					w *= 0.3
				}
			case "and", "while", "whereas", "but":
				if c.s >= q.te && k > 0 && d.toks[k-1].low != "," {
					w *= 0.5 // "1,200,000 and emigration at 480,000": the next figure's
				} else if c.e <= q.ts && t != "and" {
					// "immigration fell to 798,000 while emigration rose to
					// 627,000": the clause before is another figure's
					w *= 0.4
				}
			case "driven", "due", "thanks", "because", "despite", "helped", "fuelled", "boosted":
				// "The rise of 0.6% was driven by migration": a cause;
				// "Syrian arrivals doubled, despite decisions being paused";
				// "up 1.2% to 384,600, helped by its universities"
				if c.s >= q.te {
					w *= 0.15
				}
			case "since":
				// "37,950 small boat arrivals since the first person was
				// flown to France": the event a period starts from
				if c.s >= q.te && d.sinceEvent(k, c.s) {
					w *= 0.2
				}
			case "from", "who", "whom", "whose", "which":
				if t == "whose" && k > q.te+1 {
					break // (not "…, nationalities whose claims usually succeed")
				}
				// "the total at £715m, of which £290m was handed to Kigali":
				// what follows "of which" is said of a part, not the whole
				if t != "from" && k > lo && d.toks[k-1].low == "of" && c.s >= q.te {
					w *= 0.2
				}
				// "thousands of claims from small boat arrivals were
				// awaiting a decision", "1,350 people who had arrived by
				// small boat were returned": the phrase says whose claims
				// or which people, up to the main verb; after a verb of its
				// own ("moved to the district from other parts of the UK")
				// it says where from; "14,000 people whose claims were
				// frozen are still waiting": whose they are
				modifier = c.s >= q.te && !d.cueWithin(q.te, k)
				rel = k
			case "were", "was", "are", "is", "have", "has", "had", "will", "would":
				if k != rel+1 {
					modifier = false
				}
			}
		}
		w *= c.weight / (1 + float64(dist)/4)
		if modifier {
			w *= 0.5
		}
		switch {
		case verb < 0:
		case c.s == verb:
			w *= 2
		case c.s >= q.te && c.s < verb:
			w *= 0.4
		}
		if labelLine && c.e < q.ts && d.toks[c.e].low == ":" {
			w = c.weight // "Emigration: 603; 642"
		}
		// "The backlog of initial decisions has shrunk to 59,200": a cue
		// after another's "of" says what the other counts, not what the
		// figure is
		if c.s >= 2 && d.toks[c.s-1].low == "of" && d.cueEndsAt(c.s-1, t) {
			w *= 0.3
		}
		// "a population of 84 million": the noun the figure is "of";
		// "With immigration at 827,000, net migration fell": the noun it
		// is "at"
		if c.e == q.ts-1 && (d.toks[c.e].low == "of" || d.toks[c.e].low == "at" && c.weight >= 4 && t != lx.other) {
			w *= 2
		} else if c.s >= q.te && c.e < len(d.toks) && d.toks[c.e].low == "of" && d.quantityAt(c.e+1) {
			w *= 0.2 // "a few hundred people in a town of over 100,000": the other figure's
		} else if c.s > q.te && d.cueBeforeFigure(ci) {
			w *= 0.3 // "immigration was 768,000 and emigration 626,000": the next figure's
		}
		if than >= 0 && c.s <= than && than < c.e {
			w *= 3
		}
		// "A net 4,800 people moved to Northern Ireland": "net" right
		// before the figure makes it a net flow, whatever the verb after
		// (not a net move within the UK: "a net 6,100 moved to Wales from
		// elsewhere in the UK")
		if c.e == q.ts && c.e-c.s == 1 && d.toks[c.s].low == "net" && !r.withinUK() {
			w *= 3
		}
		// "84% of all irregular arrivals": a share is of the whole it names
		if unit == "percent" && c.s > q.te && c.s <= q.te+4 && d.toks[q.te].low == "of" {
			w *= 2.5
		}
		// "£220m in payments to Rwanda, about £270m for charter flights": a
		// cue with another figure between belongs to that figure
		if c.e <= q.ts && !reached && d.figureBetween(c.e, q.ts) || c.s >= q.te && d.toks[q.te].low != "of" && d.figureBetween(q.te, c.s) {
			w *= 0.5
		}
		// the subject that opens the sentence is what its figures are about
		if c.s <= s.a+2 && c.e <= q.ts {
			w *= 1.5
		}
		if d.paren[c.s] != d.paren[q.ts] && !placeValue || comma && c.e <= q.ts && d.inAside(s, ci, q.ts) {
			w *= 0.3
			if comma && c.e <= q.ts && d.inDefinition(s, ci, q.ts) {
				w *= 0.1
			}
		}
		scores[t] += w
		touched |= 1 << t
	}
	if countOnly {
		for _, i := range lx.moneyOnly {
			scores[i] = 0
		}
	}
	// "had the UK reaching 72.5 million on the assumption that net
	// migration …": more people than a measure ever counts
	for m := touched; m != 0; m &= m - 1 {
		if i := bits.TrailingZeros64(m); d.tooMany(i, q, unit) {
			scores[i] = 0
		}
	}
	for m := d.blocked & touched; m != 0; m &= m - 1 {
		scores[bits.TrailingZeros64(m)] = 0
	}
	// "£7bn to £8bn a year": a rate is not a measure that is a total
	if q.perPeriod != "" {
		for i := range scores {
			if lx.measures[i].NoRates {
				scores[i] = 0
			}
		}
	}
	// "A second chart shows boats per year. The count fell from 1,110 …":
	// a sentence that refers back to one without figures is about what
	// that one names; "And how many has the Government returned to France?
	// Just 960.": a figure with no cue of its own answers the question just
	// before it
	if si > 0 && (d.backToWords(si, prev) || d.question(si-1)) && slices.Max(scores) < 1 {
		for _, c := range inSpan(d.cues, d.sents[si-1]) {
			if d.unitAllowed(c.target, unit) && lx.speaksFor(c)&ub != 0 {
				scores[c.target] += c.weight * 0.4
				touched |= 1 << c.target
			}
		}
	}
	// "Q: Crossings in the Channel are down. Does the government deserve
	// credit?" over "A: Some. The Home Office's own count this year is
	// 33,150": an answer's figure with no cue of its own is about what the
	// interviewer asked
	if lo, hi := d.qaQuestion(si); lo >= 0 && slices.Max(scores) < 1 {
		for k := lo; k < hi; k++ {
			for _, c := range inSpan(d.cues, d.sents[k]) {
				if d.unitAllowed(c.target, unit) && lx.speaksFor(c)&ub != 0 {
					scores[c.target] += c.weight * 0.4
					touched |= 1 << c.target
				}
			}
		}
	}
	// "Study | 420,700 | 398,300" under "Table 1: Visas granted by
	// category": a table's row is about what its title names, unless the
	// row's label names a measure clearly
	// "Nationality | Applications | Grant rate" over "Eritrea | 8,610 |
	// 89%": a cell is about what its column's header names
	if hc := d.columnHead(q, unit, si); hc >= 0 {
		return hc
	}
	// "Year | Asylum spending | Home Office RDEL": a column whose header
	// names no measure, beside one whose header does, holds something
	// else (not a column of changes: "Change since mid-2030"; nor one of a
	// table of a measure broken down, "Returns by type of return": "Year |
	// Enforced | Voluntary")
	if a, b, ok := d.columnHeader(q); ok && len(inSpan(d.cues, span{a, b})) == 0 && !d.speaksOfChange(a, b) && d.headerNamesMeasure() && !d.titleBreaksDown() {
		return lx.other
	}
	if d.weakRowLabel() {
		if hi := d.headMeasure(unit, si); hi >= 0 {
			// (under "Change since mid-2024", the change of the title's
			// measure: "Population and components of change")
			if cm := lx.measures[hi].ChangeMeasure; cm != "" && unit != "percent" {
				if a, b, ok := d.columnHeader(q); ok && d.speaksOfChange(a, b) {
					return lx.measureIdx[cm]
				}
			}
			return hi
		}
	}
	// "27,400 babies born and 33,200 deaths": a strong cue that is the
	// figure's own noun names what it counts
	if unit == "persons" && stat == "level" {
		for _, c := range d.sentCues {
			if c.s == q.te && c.weight >= 5 && c.target != lx.other && d.unitAllowed(c.target, unit) && d.requirementMet(c.target, si) && lx.speaksFor(c)&ub != 0 {
				return c.target
			}
		}
	}
	// "For £700m you could have cleared the backlog": a figure the document
	// has already given is about what it was about then, unless the
	// sentence says clearly that it is about something else
	pm := d.repeated(q, unit, prev)
	// "would cost at least £541m, and almost £600m if ...": a figure joined
	// to the one before by "and" or "or" is of the same kind
	// (not one whose own noun names another: "27,400 babies born and
	// 33,200 deaths")
	if n := len(prev); pm < 0 && n > 0 && prev[n-1].Start >= int(d.toks[s.a].s) && prev[n-1].Measure != "other" && d.coordinated(q.ts, prev[n-1]) && !d.ownNounCue(q.te, prev[n-1].Measure) && !d.contrastedNouns(q, &prev[n-1]) {
		if mi, ok := lx.measureIdx[prev[n-1].Measure]; ok && d.unitAllowed(mi, unit) && (prev[n-1].Unit == unit || unit == "") {
			pm = mi
		}
	}
	if pm >= 0 {
		strongest := 0.0
		for i, sc := range scores {
			if i != pm && sc > strongest && d.unitAllowed(i, unit) && d.requirementMet(i, si) {
				strongest = sc
			}
		}
		if strongest < 3 || strongest <= scores[pm] {
			return pm
		}
	}
	// a figure in brackets with no cue of its own ("… on study visas
	// (91,000 in 2022)") is about the measure the sentence is about: its
	// first measure noun
	if p := d.paren[q.ts]; p != 0 {
		// "… above emigration of non-EU nationals (296,000)": the measure
		// noun the bracket's noun phrase is "of"
		if open := q.ts - 1; d.toks[open].low == "(" {
			for k := open - 1; k > s.a && k >= open-5; k-- {
				if d.toks[k].low != "of" {
					if d.toks[k].kind == tPunct && d.toks[k].low != "-" {
						break
					}
					continue
				}
				for _, c := range d.sentCues {
					if c.e == k && c.weight >= 4 && d.unitAllowed(c.target, unit) && lx.speaksFor(c)&ub != 0 {
						return c.target
					}
				}
				break
			}
		}
		inside, head := false, -1
		for _, c := range d.sentCues {
			if d.paren[c.s] == p {
				inside = true
			}
			if head < 0 && c.weight >= 4 && d.paren[c.s] == 0 && c.e <= q.ts && d.unitAllowed(c.target, unit) && lx.speaksFor(c)&ub != 0 {
				head = c.target
			}
		}
		if !inside && head >= 0 {
			return head
		}
	}
	// "Net migration was the main driver of growth, adding an estimated
	// 679,000": a participle clause's figure is about the sentence's subject
	if i := r.participle(q.ts); i > s.a {
		for _, c := range inSpan(d.cues, s) {
			if c.s > s.a+2 || c.e > i {
				break
			}
			if c.weight >= 4 && d.unitAllowed(c.target, unit) && d.requirementMet(c.target, si) {
				return c.target
			}
		}
	}
	// (a tie goes to the measure the document is more about: "the final
	// bill" in a story on the Rwanda scheme)
	best, bestScore := -1, 0.0
	for m := touched; m != 0; m &= m - 1 {
		i := bits.TrailingZeros64(m)
		sc := scores[i]
		if sc == 0 {
			continue
		}
		if (sc > bestScore || sc == bestScore && d.prior[i] > d.prior[best]) && d.unitAllowed(i, unit) && d.requirementMet(i, si) {
			best, bestScore = i, sc
		}
	}
	// "Under 5% of those who crossed have been returned", "a third of
	// claims came from small-boat arrivals": in a share, small-boat arrival
	// names the group, and the share is of the other measure the sentence
	// names; unless the share is of that group and the other is what it did
	// ("4% of small-boat arrivals claimed asylum")
	if best >= 0 && stat == "share" && unit == "percent" && len(lx.groupIn[best]) > 0 && !d.groupIsWhole(r, q, best) {
		g, gs := -1, 0.0
		for _, k := range lx.groupIn[best] {
			if sc := scores[k]; touched&(1<<k) != 0 && sc >= 1 && sc > gs && d.strongCue(k) && d.unitAllowed(k, unit) && d.requirementMet(k, si) {
				g, gs = k, sc
			}
		}
		if g >= 0 {
			best, bestScore = g, gs
		}
	}
	// "1,380 small boat arrivals have been flown to France", "France has
	// taken back 1,930 small boat arrivals": a count of the group that a
	// verb of its own clause says were returned is a count of returns
	if best >= 0 && stat == "level" && unit == "persons" && len(lx.groupIn[best]) > 0 {
		if k := d.clauseCueOf(si, q, best, lx.groupIn[best], r.comparedWith(q.ts)); k >= 0 && d.unitAllowed(k, unit) && d.requirementMet(k, si) {
			best, bestScore = k, scores[k]
		}
	}
	if best >= 0 && stat == "share" && unit == "percent" && len(lx.wholeIn[best]) > 0 {
		w := d.wholeAt(r, q)
		for _, c := range d.sentCues {
			if c.s == w && slices.Contains(lx.wholeIn[best], c.target) && d.unitAllowed(c.target, unit) && d.requirementMet(c.target, si) {
				best, bestScore = c.target, scores[c.target]
				break
			}
		}
	}
	// "If Labour hadn't scrapped Rwanda, tens of thousands would have been
	// removed": removals in a sentence that names Rwanda, and no other
	// country, are relocations under the scheme
	if best >= 0 && len(lx.narrowedBy[best]) > 0 {
		for _, k := range lx.narrowedBy[best] {
			if d.blocked&(1<<k) == 0 && d.unitAllowed(k, unit) && d.requiredAt(k, s.a, s.b) && !d.foreignPlace() {
				best = k
				break
			}
		}
	}
	// "Asylum support cost £4.21bn. Officials expect the bill to fall to
	// £3.9bn": weak words that fit the figure just before as well as
	// another measure go on with that figure
	if bestScore > 0 && bestScore < 2 {
		if n := len(prev); n > 0 && d.msent[n-1] >= si-1 && prev[n-1].Unit == unit && prev[n-1].Statistic == "level" {
			if pi := d.midx[n-1]; pi != best && scores[pi] >= bestScore*0.75 && d.requirementMet(pi, si) {
				best, bestScore = pi, scores[pi]
			}
		}
	}
	// weak or no cues: "The figure now stands at 758,000" goes on with the
	// figure before it, if that is near and of a kind the unit allows
	// (not when the measure is the subject the sentence opens with: "Net
	// migration is now at its lowest since 2020, when …, and far below the
	// high point of 906,000")
	if best >= 0 && bestScore > 0 && bestScore < 1 && d.opensWith(s, best, q.ts) {
		return best
	}
	if bestScore < 0.5 || bestScore < 1 && d.anaphoric(si) {
		// (not across a heading: "Returns" over "Of those, 2,950 went
		// back" starts another subject)
		// ("What was claimed / "Net migration is still over half a
		// million" / Our verdict / Incorrect. Official figures put it at
		// 227,000": a fact check's verdict goes on with the claim above it)
		back, verdict := 2, d.verdictAbove(si)
		if verdict {
			back = 3
		}
		if n := len(prev); n > 0 && prev[n-1].Start >= int(d.toks[d.sents[max(0, si-back)].a].s) && (d.msent[n-1] > d.headAt || verdict) {
			// (one the document is about, unless it is in this sentence or
			// the one before, in the same paragraph, and nothing here names
			// another)
			pm := prev[n-1].Measure
			if mi, ok := lx.measureIdx[pm]; ok && unit == "percent" && (stat == "change" || stat == "share" && prev[n-1].Statistic == "share" && prev[n-1].Unit == unit) && lx.measures[mi].ChangeMeasure != "" {
				// "The rise of 0.5%" after the population's level; "In
				// Scotland the figure was one in ten" after a share of the
				// population: a percentage of a measure that counts only
				// people is its change measure's, as for a cue (the share
				// goes back to the population)
				pm = lx.measures[mi].ChangeMeasure
			}
			if mi, ok := lx.measureIdx[pm]; ok && pm != "other" && d.unitAllowed(mi, unit) && d.requirementMet(mi, si) && (d.prior[mi] >= 0.3 || d.prior[lx.measureIdx[prev[n-1].Measure]] >= 0.3 || bestScore < 0.5 && d.msent[n-1] >= si-1 && (d.para[d.msent[n-1]] == d.para[si] || d.namesFigure(si))) {
				return mi
			}
			// "… housing 56,000 asylum seekers in hotels. Today that figure
			// is lower, at about 32,000": a sentence that says it goes on
			// with the figure before keeps it, whatever it counts
			if d.namesFigure(si) {
				for k := n - 1; k >= 0 && d.msent[k] >= si-1; k-- {
					if prev[k].Unit == unit || unit == "" && prev[k].Unit == "persons" {
						if prev[k].Measure == "other" {
							return lx.other
						}
						break
					}
				}
			}
		}
	}
	// (a cue that scores under 0.5, a weak word some way from the figure,
	// names no measure on its own: "gave 4,100 meals to families in the
	// weeks after they had arrived")
	if bestScore >= 0.5 {
		return best
	}
	// "3. Asylum and protection … The claims covered 119,600 people": a
	// figure whose sentence names no measure is about what the heading it
	// stands under names
	if hi := d.headMeasure(unit, si); hi >= 0 {
		return hi
	}
	// no cue at all: the document's topic, when it has a clear one: the
	// measure its cues name most, and no other (a count with no cue in a
	// story on the cost of asylum is not of the crossings it also speaks
	// of; a percentage in a sentence about no sum of money is not of a
	// measure that counts only money: "The capital expanded by 1.1%" in a
	// story on the cost of asylum)
	best, bestScore = -1, 0.0
	for i, p := range d.prior {
		if countOnly && slices.Contains(lx.moneyOnly, i) || d.tooMany(i, q, unit) {
			continue
		}
		t := i
		// "Inverclyde faces a 7.2% drop" in a piece on the population: a
		// percentage change of a measure that counts only people is of its
		// change measure, as with a cue (unless the sentence names
		// another measure: "Births were 3% lower")
		if unit == "percent" && stat == "change" && !d.unitAllowed(i, unit) && lx.measures[i].ChangeMeasure != "" && !d.namesMeasure() {
			t = lx.measureIdx[lx.measures[i].ChangeMeasure]
		}
		if p > bestScore && d.unitAllowed(t, unit) && d.requirementMet(i, si) {
			best, bestScore = t, p
		}
	}
	if best >= 0 && bestScore >= 1 { // (the priors are shares of the largest)
		// only a measure whose stories' bare figures are its own (a count
		// with no cue in a story on small boats; not a sum in a story on
		// the cost of asylum, as often a council's or a contract's)
		u := unit
		if u == "" || u == anyUnit {
			u = defaultUnit(lx.measures[best].Units)
		}
		if lx.topicUnits[best]&unitBit(u) == 0 {
			return lx.other
		}
		// A share, ratio or average names its whole, or what it is of,
		// in its own words: when neither its sentence nor the one before
		// names the topic's measure at all, it is of something else ("one
		// in four people here is over 65", "more than eight times typical
		// earnings", "an average price of £5.10" in a story on net
		// migration)
		switch stat {
		case "share", "ratio", "average":
			if !d.cueNear(best, si) {
				return lx.other
			}
		}
		return best
	}
	return lx.other
}

// placesPeople reports whether the figure q counts the people of a place:
// its noun is one a population is counted in, and a place is home to them
// ("Rwanda, home to about 14 million people"), has them ("the town's",
// "Wales's") or is a community of them ("a district of"). People somewhere
// doing something are some of them ("home to 760 people seeking asylum",
// "the city's 2,000 people in hotels").
func (d *docState) placesPeople(r *recogniser, q *quantity) bool {
	if !r.is(q.te, fResident) {
		return false
	}
	switch r.word(q.te + 1) {
	case "in", "on", "who", "living", "staying", "waiting", "awaiting", "seeking", "claiming", "housed", "were", "are", "have", "had":
		return false
	}
	prev := r.word(q.ts - 1)
	if poss, ok := strings.CutSuffix(prev, "'s"); ok {
		if communityNouns[poss] {
			return true
		}
		for _, pl := range d.sentPlaces {
			if pl.e == q.ts {
				return true
			}
		}
		return false
	}
	switch before := r.word(q.ts - 2); prev {
	case "to":
		return before == "home"
	case "of":
		// ("a market town of 38,000 people")
		a := r.word(q.ts - 3)
		if a != "a" && a != "the" {
			a = r.word(q.ts - 4)
		}
		return communityNouns[before] && (a == "a" || a == "the")
	}
	return false
}

// cueGapWords are the words between a cue and its figure that measure()
// weighs: clause joins, comparisons, causes, relative pronouns and
// auxiliaries.
var cueGapWords = map[string]bool{"meaning": true, "defined": true, "against": true, "versus": true, "vs": true, "as": true, "and": true, "while": true,
	"whereas": true, "but": true, "driven": true, "due": true, "thanks": true, "because": true, "despite": true, "helped": true, "fuelled": true, "boosted": true, "since": true, "from": true, "who": true, "whom": true, "whose": true,
	"which": true, "were": true, "was": true, "are": true, "is": true, "have": true, "has": true, "had": true, "will": true,
	"would": true}

// asNotJoin are the words after "as" that make it part of a comparison or
// a phrase ("as many as", "as well as", "as a share of"), not a clause.
var asNotJoin = map[string]bool{"many": true, "much": true, "well": true, "of": true, "a": true, "an": true, "high": true,
	"low": true, "large": true, "big": true, "long": true, "far": true, "few": true, "little": true, "in": true}

// fromWhere are the words that say where the people a place gained came
// from, or how.
var fromWhere = map[string]bool{"from": true, "to": true, "through": true, "via": true, "by": true, "thanks": true}

// maxCueDist is the most words a cue may stand from the figure it speaks
// for: no sentence of news holds a cue and its figure farther apart.
const maxCueDist = 80

// speaksOfEstimate reports whether sentence si speaks of "its estimate",
// "our estimate", "the first estimate", of a figure "revised", or of "the
// true figure" an estimate's range holds.
func (d *docState) speaksOfEstimate(si int) bool {
	if si != d.curSent {
		return d.speaksOfEstimateIn(si)
	}
	return sentenceFact(&d.sentEstimate, func() bool { return d.speaksOfEstimateIn(si) })
}

func (d *docState) speaksOfEstimateIn(si int) bool {
	s := d.sents[si]
	for k := s.a + 1; k < s.b; k++ {
		switch d.toks[k].low {
		case "estimate", "estimates":
			j := k - 1
			switch d.toks[j].low {
			case "first", "latest", "previous", "original", "initial", "provisional", "new", "earlier", "updated", "revised", "central":
				if j > s.a {
					j-- // "The first estimate, published in May 2025, was 431,000"
				}
			}
			switch d.toks[j].low {
			case "its", "our", "the", "their", "ons's", "ons'":
				return true
			}
		case "revised":
			return true // "2024 has been revised down again, to 322,000"
		case "figure":
			if d.toks[k-1].low == "true" {
				return true // "the true figure is likely to lie between 62,000 and 174,000"
			}
		}
	}
	return false
}

// tooMany reports whether q counts more people than measure mi ever does
// (max_persons).
func (d *docState) tooMany(mi int, q *quantity, unit string) bool {
	m := d.x.lx.measures[mi].MaxPersons
	return m > 0 && (unit == "persons" || unit == "") && q.hasValue && q.value > m
}

// migrationBefore reports whether the clause before q names migration as
// its subject ("Net international migration … accounted for"), or opens
// with "It" after a figure of net migration.
func (d *docState) migrationBefore(si int, q *quantity, prev []model.Mention) bool {
	s := d.sents[si]
	for k := s.a; k < q.ts; k++ {
		switch d.toks[k].low {
		case "migration":
			return true
		case "natural", "births", "deaths":
			return false
		}
	}
	if w := d.toks[s.a].low; (w == "it" || w == "this") && len(prev) > 0 && prev[len(prev)-1].Measure == "net_migration" {
		return true
	}
	return false
}

// auxAdverb are the adverbs that stand between an auxiliary and its verb:
// "were later returned", "are eventually allowed".
var auxAdverb = map[string]bool{"later": true, "eventually": true, "ultimately": true, "subsequently": true, "finally": true, "then": true, "now": true, "ever": true, "actually": true}

// bareVerb are cue words that are a clause's verb with no auxiliary before
// them: "nearly half of those appeals succeed".
var bareVerb = map[string]bool{"succeed": true, "succeeded": true, "succeeds": true}

// described reports whether the word at i says which ones "those" are:
// "90% of those crossing", "of those who arrived", "of those aged 18".
func (r *recogniser) described(i int) bool {
	w := r.word(i)
	if r.word(i-1) == "all" && w != "" && w != "were" && w != "are" && w != "was" && w != "had" && w != "have" {
		return true // "84% of all irregular arrivals": the whole is named
	}
	// ("29% of those removed": the whole is what befell them)
	return w == "who" || w == "that" || w == "aged" || w == "with" || w == "from" || w == "in" || w == "on" || len(w) > 4 && strings.HasSuffix(w, "ing") ||
		pastParticiple[w] || befell[w] || w == "granted" || w == "refused" || w == "resettled" || w == "relocated"
}

// midYearFigure reports whether the sentence names a mid-year estimate as
// its subject: "the mid-2024 figure", "their mid-2024 estimate",
// "mid-2024's figure", "the estimate for mid-2025" (not "the year to
// mid-2024", nor "the figure for mid-2022 to mid-2023").
func (r *recogniser) midYearFigure() bool {
	for k := r.lo; k+2 < r.hi; k++ {
		if r.toks[k].low != "mid" || r.punct(k+1) != "-" || !r.isNum(k+2) {
			continue
		}
		switch r.word(k + 3) {
		case "figure", "estimate", "estimates":
			switch r.word(k - 1) {
			case "the", "its", "their", "our":
				return true
			}
			return false
		}
		// "revised mid-2024's figure up by 8,300"
		if p := r.punct(k + 3); (p == "'" || p == "’") && r.word(k+4) == "s" {
			switch r.word(k + 5) {
			case "figure", "estimate", "estimates":
				return true
			}
		}
		if r.word(k-1) == "for" && r.word(k+3) != "to" { // (not "the figure for mid-2022 to mid-2023")
			switch r.word(k - 2) {
			case "figure", "estimate", "estimates":
				return true
			}
		}
	}
	return false
}

// pastParticiple are the first words of cues that, right after a figure's
// noun, say what was done to the people it counts.
var pastParticiple = map[string]bool{"flown": true, "sent": true, "returned": true, "removed": true, "deported": true, "ferried": true, "detained": true, "taken": true}

// befell are the verbs that, right after a count of people, say plainly
// what happened to them: they died, or were rescued or stopped on the way.
var befell = map[string]bool{"die": true, "dies": true, "died": true, "drowned": true, "perished": true, "rescued": true, "intercepted": true, "arrested": true, "absconded": true, "dead": true}
